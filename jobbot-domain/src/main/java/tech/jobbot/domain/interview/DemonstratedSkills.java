package tech.jobbot.domain.interview;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import tech.jobbot.domain.job.SkillExtractor;
import tech.jobbot.domain.job.SkillId;

/**
 * Which skills an answer demonstrates, as opposed to merely names: a skill counts only where the
 * answer tells what the person did with it or what came of it (its action and result sentences),
 * not in a non-answer, and not in a sentence that denies it ("I have never used Tableau").
 */
public final class DemonstratedSkills {
    private static final Pattern DENIAL = Pattern.compile(
            "\\b(never|not|no experience|don't|do not|didn't|did not|haven't|have not|hasn't|can't|cannot|"
                    + "couldn't|wasn't|unfamiliar|no idea|don't know)\\b");

    private DemonstratedSkills() {
    }

    /** The skills of {@code among} that the analysed answer demonstrates. */
    public static Set<SkillId> in(AnswerAnalysis analysis, SkillExtractor extractor, Set<SkillId> among) {
        Set<SkillId> shown = new LinkedHashSet<>();
        if (analysis.nonAnswer().isPresent()) {
            return shown;
        }
        for (StarPart part : List.of(StarPart.ACTION, StarPart.RESULT)) {
            for (String sentence : analysis.star().getOrDefault(part, List.of())) {
                if (DENIAL.matcher(sentence.toLowerCase(Locale.ROOT)).find()) {
                    continue;
                }
                extractor.extract(sentence).stream().filter(among::contains).forEach(shown::add);
            }
        }
        return shown;
    }
}
