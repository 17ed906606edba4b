package tech.jobbot.domain.recommendation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import tech.jobbot.domain.account.Background;
import tech.jobbot.domain.job.JobProfile;
import tech.jobbot.domain.job.SkillExtractor;
import tech.jobbot.domain.job.SkillId;

/**
 * The skills a job asks for that a person has not shown, each with how much it matters.
 *
 * <p>Which skills: every skill of {@link JobProfile#skills()}. A skill is <em>preferred</em> rather
 * than required when every posting line that names it reads as optional ("nice to have", "a plus",
 * "ideally", ...). Requirement lines decide; when none names the skill, responsibility lines do;
 * when neither does, a skill named in the title is required, and any other counts as required
 * only among the job's first {@value #LEADING_SKILLS} skills, because the profile lists the most
 * important first.
 *
 * <p>Personalised, answers beat background: a skill shown in an answer is no gap at all, a skill
 * only claimed in the background is a milder gap. Not personalised, neither answers nor background
 * are read, and every skill of the job is listed by what the posting asks alone.
 */
public final class SkillsGap {
    /** {@link SkillGap#source()} when no posting line names the skill but the title does. */
    public static final String FROM_TITLE = "the job title";
    /** {@link SkillGap#source()} when the skill was inferred from the posting as a whole. */
    public static final String FROM_DESCRIPTION = "the job description";
    /** Longest source quoted from the posting, ellipsis included. */
    public static final int MAX_SOURCE = 160;
    /** How many of the job's leading skills count as required without a line that names them. */
    public static final int LEADING_SKILLS = 5;

    /**
     * Words that make a clause optional, matched on lower-case text whose punctuation is folded to
     * single spaces. "plus", "bonus", "advantage" and "asset" count only after an article and at
     * most an intensifier, so that "a competitive advantage" or "bonus schemes" in a duty do not
     * demote a skill.
     */
    private static final String INTENSIFIER = "(big|huge|strong|real|great|definite|distinct|major|clear"
            + "|significant|added|nice|valuable) ";
    private static final Pattern OPTIONAL = Pattern.compile("\\b(nice to have|an? (" + INTENSIFIER + ")?(plus|bonus"
            + "|advantage|asset)|bonus points?|preferred|preferably|desirable|desired|ideally|would be (great|nice"
            + "|good|helpful|beneficial)|advantageous|optional|not (required|essential|mandatory)|beneficial)\\b");
    /** A label such as "Nice to have:" governs the whole line, even across sentences and semicolons. */
    private static final int MAX_LABEL = 40;
    /** Abbreviations whose dot does not end a clause ("a language, e.g. Python, is a plus"). */
    private static final Set<String> ABBREVIATIONS = Set.of("e.g", "eg", "i.e", "ie", "etc", "incl", "vs", "approx",
            "esp", "min", "max");

    private final SkillExtractor extractor;

    public SkillsGap(SkillExtractor extractor) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
    }

    /**
     * The gaps for a job, most severe first, then required before preferred, then in the job's
     * own skill order.
     *
     * @param shownInAnswers skills the person demonstrated in their answers for this job; ignored
     *                       unless {@code personalised}
     * @param background     what the person told about themselves; ignored unless {@code personalised}
     * @param personalised   false when the person switched personalisation off: then the result
     *                       depends on the job alone, and no gap is marked claimed
     */
    public List<SkillGap> gaps(JobProfile job, Set<SkillId> shownInAnswers, Background background,
            boolean personalised) {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(shownInAnswers, "shownInAnswers");
        Objects.requireNonNull(background, "background");
        Map<SkillId, List<Line>> inRequirements = linesBySkill(job.requirements());
        Map<SkillId, List<Line>> inResponsibilities = linesBySkill(job.responsibilities());
        Set<SkillId> inTitle = new HashSet<>(extractor.extract(job.title()));
        inTitle.addAll(extractor.taxonomy().typicalSkillsFor(job.title()));
        Set<SkillId> claimedSkills = Set.copyOf(background.claimedSkills());

        List<Ranked> ranked = new ArrayList<>();
        List<SkillId> skills = job.skills();
        for (int position = 0; position < skills.size(); position++) {
            SkillId skill = skills.get(position);
            if (personalised && shownInAnswers.contains(skill)) {
                continue;
            }
            List<Line> lines = inRequirements.getOrDefault(skill, inResponsibilities.getOrDefault(skill, List.of()));
            boolean required;
            String source;
            if (!lines.isEmpty()) {
                required = lines.stream().anyMatch(line -> !line.optional());
                source = clip(lines.getFirst().text());
            } else if (inTitle.contains(skill)) {
                required = true;
                source = FROM_TITLE;
            } else {
                required = position < LEADING_SKILLS;
                source = FROM_DESCRIPTION;
            }
            boolean claimed = personalised && claimedSkills.contains(skill);
            ranked.add(new Ranked(new SkillGap(skill, severity(required, claimed), source, claimed, required),
                    position));
        }
        ranked.sort(Comparator.comparing((Ranked r) -> r.gap().severity())
                .thenComparing(r -> !r.gap().required())
                .thenComparingInt(Ranked::position));
        return ranked.stream().map(Ranked::gap).toList();
    }

    private static GapSeverity severity(boolean required, boolean claimed) {
        if (required) {
            return claimed ? GapSeverity.MEDIUM : GapSeverity.HIGH;
        }
        return claimed ? GapSeverity.LOW : GapSeverity.MEDIUM;
    }

    /** For each skill, the lines naming it in posting order, each once, with whether it is optional there. */
    private Map<SkillId, List<Line>> linesBySkill(List<String> lines) {
        Map<SkillId, List<Line>> bySkill = new LinkedHashMap<>();
        for (String raw : lines) {
            String text = raw.strip().replaceAll("\\s+", " ");
            if (text.isEmpty()) {
                continue;
            }
            boolean labelledOptional = labelledOptional(text);
            Map<SkillId, Boolean> optionalHere = new LinkedHashMap<>();
            for (SkillExtractor.Mention mention : extractor.mentions(text)) {
                boolean optional = labelledOptional || optionalClause(clauseAround(text, mention.start()));
                // Named twice in one line, once plainly: the plain mention makes it required there.
                optionalHere.merge(mention.skill(), optional, Boolean::logicalAnd);
            }
            optionalHere.forEach((skill, optional) ->
                    bySkill.computeIfAbsent(skill, k -> new ArrayList<>()).add(new Line(text, optional)));
        }
        return bySkill;
    }

    private static boolean labelledOptional(String line) {
        int colon = line.indexOf(':');
        return colon > 0 && colon <= MAX_LABEL && optionalClause(line.substring(0, colon));
    }

    private static boolean optionalClause(String clause) {
        String folded = clause.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ");
        return OPTIONAL.matcher(folded).find();
    }

    /**
     * The sentence or semicolon-separated part of a line around an offset: "SQL required; Tableau
     * a plus" asks for SQL and welcomes Tableau. Commas do not split, since "Python, SQL and
     * Tableau are a plus" makes all three optional.
     */
    private static String clauseAround(String line, int offset) {
        int start = 0;
        int end = line.length();
        for (int i = 0; i < line.length(); i++) {
            if (endsClause(line, i)) {
                if (i < offset) {
                    start = i + 1;
                } else {
                    end = i;
                    break;
                }
            }
        }
        return line.substring(start, end);
    }

    private static boolean endsClause(String line, int i) {
        char c = line.charAt(i);
        if (c == ';') {
            return true;
        }
        if (c != '.' && c != '!' && c != '?') {
            return false;
        }
        if (i + 1 < line.length() && !Character.isWhitespace(line.charAt(i + 1))) {
            return false;
        }
        int wordStart = i;
        while (wordStart > 0 && (Character.isLetter(line.charAt(wordStart - 1)) || line.charAt(wordStart - 1) == '.')) {
            wordStart--;
        }
        return !ABBREVIATIONS.contains(line.substring(wordStart, i).toLowerCase(Locale.ROOT));
    }

    /** Cut at a word boundary with an ellipsis, so a long requirement still reads as a quote. */
    private static String clip(String text) {
        if (text.length() <= MAX_SOURCE) {
            return text;
        }
        int cut = MAX_SOURCE - 1;
        while (cut > MAX_SOURCE / 2 && !Character.isWhitespace(text.charAt(cut))) {
            cut--;
        }
        if (cut == MAX_SOURCE / 2) {
            cut = MAX_SOURCE - 1;
            if (Character.isHighSurrogate(text.charAt(cut - 1))) {
                cut--;
            }
        }
        return text.substring(0, cut).stripTrailing() + "…";
    }

    private record Line(String text, boolean optional) {
    }

    private record Ranked(SkillGap gap, int position) {
    }
}
