package tech.jobbot.adapters.skills;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import tech.jobbot.domain.job.Skill;
import tech.jobbot.domain.job.SkillExtractor;
import tech.jobbot.domain.job.SkillId;
import tech.jobbot.domain.job.SkillTaxonomy;
import tech.jobbot.ports.out.JobbotException;
import tech.jobbot.ports.out.job.SkillTaxonomySource;

/**
 * The skills taxonomy shipped with Jobbot: {@code skills.tsv} (skills, families, aliases) and
 * {@code roles.tsv} (what role titles imply), read from the classpath as UTF-8 once and then kept.
 *
 * <p>The files are checked strictly, because a silent mistake in them would make skill extraction
 * quietly wrong for every job: a malformed line, a repeated id, two skills sharing a name or alias
 * (as the extractor would see it) or a role naming an unknown skill fails the load with a message
 * that names the file and line.
 */
public final class ClasspathSkillTaxonomy implements SkillTaxonomySource {
    static final String SKILLS = "tech/jobbot/adapters/skills/skills.tsv";
    static final String ROLES = "tech/jobbot/adapters/skills/roles.tsv";

    private static final Pattern FAMILY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final String skillsResource;
    private final String rolesResource;
    private volatile SkillTaxonomy loaded;

    /** The taxonomy shipped in this module. */
    public ClasspathSkillTaxonomy() {
        this(SKILLS, ROLES);
    }

    /** A taxonomy from other classpath resources (for instance a customised copy), same format. */
    public ClasspathSkillTaxonomy(String skillsResource, String rolesResource) {
        this.skillsResource = Objects.requireNonNull(skillsResource, "skillsResource");
        this.rolesResource = Objects.requireNonNull(rolesResource, "rolesResource");
    }

    @Override
    public SkillTaxonomy load() {
        SkillTaxonomy taxonomy = loaded;
        if (taxonomy == null) {
            synchronized (this) {
                taxonomy = loaded;
                if (taxonomy == null) {
                    taxonomy = read();
                    loaded = taxonomy;
                }
            }
        }
        return taxonomy;
    }

    private SkillTaxonomy read() {
        try (Reader skills = open(skillsResource); Reader roles = open(rolesResource)) {
            return parse(name(skillsResource), skills, name(rolesResource), roles);
        } catch (CharacterCodingException e) {
            throw new JobbotException("the skills taxonomy is not valid UTF-8: " + e.getMessage(), false, e);
        } catch (IOException e) {
            throw new JobbotException("cannot read the skills taxonomy: " + e.getMessage(), false, e);
        }
    }

    private Reader open(String resource) {
        InputStream in = ClasspathSkillTaxonomy.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new JobbotException("skills taxonomy resource not found on the classpath: " + resource, false);
        }
        // Strict decoding: a mis-saved file must fail, not turn "Résumé" into "R?sum?".
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private static String name(String resource) {
        return resource.substring(resource.lastIndexOf('/') + 1);
    }

    /** Reads both files; {@code skillsName} and {@code rolesName} appear in error messages. */
    static SkillTaxonomy parse(String skillsName, Reader skills, String rolesName, Reader roles) throws IOException {
        List<Skill> parsed = new ArrayList<>();
        Map<SkillId, Integer> idLines = new HashMap<>();
        Map<String, Owner> termOwners = new HashMap<>();
        List<String> lines = readLines(skills);
        for (int i = 0; i < lines.size(); i++) {
            int lineNo = i + 1;
            String line = lines.get(i);
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            Skill skill = skillOf(skillsName, lineNo, line);
            Integer firstLine = idLines.putIfAbsent(skill.id(), lineNo);
            if (firstLine != null) {
                throw fail(skillsName, lineNo, "skill id '" + skill.id() + "' is already defined on line " + firstLine);
            }
            for (String term : skill.terms()) {
                String key = SkillExtractor.matchKey(term);
                if (key.isEmpty()) {
                    throw fail(skillsName, lineNo, "'" + term + "' has no letters or digits to match");
                }
                Owner owner = termOwners.putIfAbsent(key, new Owner(skill.id(), lineNo, term));
                if (owner != null && !owner.skill().equals(skill.id())) {
                    throw fail(skillsName, lineNo, "'" + term + "' of " + skill.id() + " is already used by "
                            + owner.skill() + " on line " + owner.line() + " ('" + owner.term()
                            + "'): a name or alias must point to one skill");
                }
            }
            parsed.add(skill);
        }
        if (parsed.isEmpty()) {
            throw new JobbotException(skillsName + " lists no skills", false);
        }

        Map<String, List<SkillId>> roleSkills = new LinkedHashMap<>();
        Map<String, Integer> roleLines = new HashMap<>();
        List<String> roleLinesText = readLines(roles);
        for (int i = 0; i < roleLinesText.size(); i++) {
            int lineNo = i + 1;
            String line = roleLinesText.get(i);
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            if (columns.length != 2 || columns[0].isBlank() || columns[1].isBlank()) {
                throw fail(rolesName, lineNo, "expected a role keyword and its skill ids separated by one tab");
            }
            String role = columns[0].strip();
            String roleKey = role.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
            Integer firstLine = roleLines.putIfAbsent(roleKey, lineNo);
            if (firstLine != null) {
                throw fail(rolesName, lineNo, "role '" + role + "' is already listed on line " + firstLine);
            }
            List<SkillId> ids = new ArrayList<>();
            Set<SkillId> seen = new HashSet<>();
            for (String raw : columns[1].split(",")) {
                String id = raw.strip();
                if (id.isEmpty()) {
                    continue;
                }
                SkillId skillId;
                try {
                    skillId = new SkillId(id);
                } catch (IllegalArgumentException e) {
                    throw fail(rolesName, lineNo, "'" + id + "' is not a skill id (a lower-case slug)");
                }
                if (!idLines.containsKey(skillId)) {
                    throw fail(rolesName, lineNo, "role '" + role + "' names unknown skill '" + id + "'");
                }
                if (seen.add(skillId)) {
                    ids.add(skillId);
                }
            }
            roleSkills.put(role, ids);
        }
        try {
            return new SkillTaxonomy(parsed, roleSkills);
        } catch (IllegalArgumentException e) {
            throw new JobbotException("the skills taxonomy is inconsistent: " + e.getMessage(), false, e);
        }
    }

    private static Skill skillOf(String file, int lineNo, String line) {
        String[] columns = line.split("\t", -1);
        if (columns.length < 3 || columns.length > 4) {
            throw fail(file, lineNo, "expected id, name, family and aliases separated by tabs, found "
                    + columns.length + " column(s)");
        }
        SkillId id;
        try {
            id = new SkillId(columns[0].strip());
        } catch (IllegalArgumentException e) {
            throw fail(file, lineNo, "'" + columns[0].strip() + "' is not a skill id (a lower-case slug)");
        }
        Set<String> exactCase = new HashSet<>();
        Set<String> contextual = new HashSet<>();
        String name = unmark(columns[1].strip(), exactCase, contextual);
        if (name.isBlank()) {
            throw fail(file, lineNo, "skill " + id + " has no name");
        }
        String family = columns[2].strip();
        if (!FAMILY.matcher(family).matches()) {
            throw fail(file, lineNo, "family '" + family + "' of " + id + " is not a lower-case slug");
        }
        List<String> aliases = new ArrayList<>();
        if (columns.length == 4) {
            for (String raw : columns[3].split("\\|")) {
                String alias = unmark(raw.strip(), exactCase, contextual);
                boolean marked = !alias.equals(raw.strip());
                if (alias.isEmpty() || (marked && alias.equals(name))) {
                    // "=Swift" beside the name Swift marks the name itself.
                    continue;
                }
                if (alias.equals(name) || aliases.contains(alias)) {
                    throw fail(file, lineNo, "'" + alias + "' is listed twice for " + id);
                }
                aliases.add(alias);
            }
        }
        return new Skill(id, name, family, aliases, exactCase, contextual);
    }

    /** Strips a leading = (exact case) or ~ (exact case, beside another skill) and records it. */
    private static String unmark(String term, Set<String> exactCase, Set<String> contextual) {
        if (term.startsWith("=")) {
            String bare = term.substring(1).strip();
            exactCase.add(bare);
            return bare;
        }
        if (term.startsWith("~")) {
            String bare = term.substring(1).strip();
            contextual.add(bare);
            return bare;
        }
        return term;
    }

    private static List<String> readLines(Reader reader) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(reader)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(lines.isEmpty() && line.startsWith("\uFEFF") ? line.substring(1) : line);
            }
        }
        return lines;
    }

    private static JobbotException fail(String file, int line, String problem) {
        return new JobbotException(file + " line " + line + ": " + problem, false);
    }

    private record Owner(SkillId skill, int line, String term) {
    }
}
