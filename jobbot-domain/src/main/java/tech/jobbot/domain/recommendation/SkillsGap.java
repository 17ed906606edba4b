package tech.jobbot.domain.recommendation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import tech.jobbot.domain.account.Background;
import tech.jobbot.domain.job.JobProfile;
import tech.jobbot.domain.job.SkillExtractor;
import tech.jobbot.domain.job.SkillId;

/**
 * The skills a job asks for that a person has not shown, each with how much it matters.
 *
 * <p>Which skills: every skill of {@link JobProfile#skills()}. Requirement lines decide whether a
 * skill is required; when none names the skill, responsibility lines do. A skill is
 * <em>preferred</em> rather than required when every line that names it marks it optional, and a
 * marker counts only for the skill it qualifies (in full in {@code OptionalMarkers}):
 * <ul>
 * <li>a line starting with an optional label ("Nice to have:", "Bonus:", "Preferred:") makes all
 *     its skills optional;</li>
 * <li>otherwise a marker ("a plus", "nice to have", "ideally", "preferably", "X preferred",
 *     "X is desirable", "(preferred)") qualifies the nearest skill beside it within its piece of
 *     the line, pieces being cut at sentence ends, semicolons, commas, parentheses, colons,
 *     slashes, "and" and "or", and carries over to a list that skill ends ("Python, SQL and
 *     Tableau are a plus"). So "SQL required, Python preferred", "SQL (required) and Tableau (a
 *     plus)" and "Must have SQL; Tableau preferred, Excel desirable" require SQL only;</li>
 * <li>"preferred", "desired", "desirable", "beneficial" count only as a qualifier, not inside
 *     other phrases: "the preferred supplier" or "desired outcomes with SQL" demote nothing.</li>
 * </ul>
 * The source quotes the first line that requires the skill, else the first line that names it.
 * When no line names the skill, a skill named in the title is required ({@link GapSource.Inferred#TITLE}),
 * so is one the title's role usually needs ({@link GapSource.Inferred#ROLE}: the posting itself
 * does not ask for it), and any other counts as required only among the job's first
 * {@value #LEADING_SKILLS} skills, because the profile lists the most important first.
 *
 * <p>Personalised, answers beat background: a skill shown in an answer is no gap at all, a skill
 * only claimed in the background is a milder gap. Not personalised, neither answers nor background
 * are read, and every skill of the job is listed by what the posting asks alone.
 */
public final class SkillsGap {
    /** Longest source quoted from the posting, ellipsis included. */
    public static final int MAX_SOURCE = GapSource.Quote.MAX_LENGTH;
    /** How many of the job's leading skills count as required without a line that names them. */
    public static final int LEADING_SKILLS = 5;

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
     * @param personalised   false without consent to personalisation: then the result
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
        Set<SkillId> ofRole = new HashSet<>(extractor.taxonomy().typicalSkillsFor(job.title()));
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
            GapSource source;
            if (!lines.isEmpty()) {
                Line quoted = lines.stream().filter(line -> !line.optional()).findFirst().orElse(lines.getFirst());
                required = !quoted.optional();
                source = new GapSource.Quote(clip(quoted.text()));
            } else if (inTitle.contains(skill)) {
                required = true;
                source = GapSource.Inferred.TITLE;
            } else if (ofRole.contains(skill)) {
                required = true;
                source = GapSource.Inferred.ROLE;
            } else {
                required = position < LEADING_SKILLS;
                source = GapSource.Inferred.DESCRIPTION;
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
            List<SkillExtractor.Mention> mentions = extractor.mentions(text);
            boolean[] optional = OptionalMarkers.read(text, mentions);
            Map<SkillId, Boolean> optionalHere = new LinkedHashMap<>();
            for (int m = 0; m < mentions.size(); m++) {
                // Named twice in one line, once plainly: the plain mention makes it required there.
                optionalHere.merge(mentions.get(m).skill(), optional[m], Boolean::logicalAnd);
            }
            optionalHere.forEach((skill, optionalThere) ->
                    bySkill.computeIfAbsent(skill, k -> new ArrayList<>()).add(new Line(text, optionalThere)));
        }
        return bySkill;
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
