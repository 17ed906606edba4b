package tech.jobbot.adapters.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import tech.jobbot.domain.interview.QuestionDraft;
import tech.jobbot.domain.interview.QuestionKind;
import tech.jobbot.domain.job.JobProfile;
import tech.jobbot.domain.job.Seniority;
import tech.jobbot.domain.job.SkillExtractor;
import tech.jobbot.domain.job.SkillId;
import tech.jobbot.domain.job.SkillTaxonomy;

/**
 * The tailoring evaluation of issue 3: on realistic jobs across role families, plans of 3, 6 and
 * 12 questions have no duplicates, mix the kinds, probe the job's skills, mention something of
 * this very job in at least 80% of the questions, come out the same for the same job, and differ
 * between jobs. Whether a question mentions the job is judged here independently of the planner:
 * by the skill names, a run of four words of a duty or requirement as the posting wrote it, or
 * the title.
 */
class PlanTailoringEvaluationTest {
    private static final int[] COUNTS = {3, 6, 12};
    private static final int CLAUSE_WINDOW = 4;

    private final EmbeddedInterviewer interviewer = new EmbeddedInterviewer(SampleJobs.TAXONOMY);

    @Test
    void plans_for_realistic_jobs_are_tailored_varied_and_stable() {
        Figures figures = evaluate(SampleJobs.ALL, SampleJobs.TAXONOMY);

        System.out.printf(Locale.ROOT, "plan tailoring: jobs=%d specificShare=%.1f%% duplicates=%d overlapMax=%d%n",
                SampleJobs.ALL.size(), figures.specificShare(), figures.duplicates(), figures.overlapMax());
        System.out.printf(Locale.ROOT, "plan tailoring: questions=%d namingSkillOrDuty=%.1f%% (plans of 3, 6, 12)%n",
                figures.questions(), figures.beyondTitleShare());
    }

    private static Figures evaluate(List<JobProfile> jobs, SkillTaxonomy taxonomy) {
        EmbeddedInterviewer interviewer = new EmbeddedInterviewer(taxonomy);
        int questions = 0;
        int specific = 0;
        int beyondTitle = 0;
        int duplicates = 0;
        int overlapMax = 0;
        for (int count : COUNTS) {
            List<List<QuestionDraft>> plans = new ArrayList<>();
            for (JobProfile job : jobs) {
                List<QuestionDraft> plan = interviewer.planQuestions(job, count);
                plans.add(plan);
                String where = job.title() + " x" + count;

                assertEquals(count, plan.size(), where);
                Set<String> texts = plan.stream().map(q -> q.text().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
                duplicates += plan.size() - texts.size();
                if (count >= 4) {
                    Set<QuestionKind> kinds = EnumSet.noneOf(QuestionKind.class);
                    plan.forEach(q -> kinds.add(q.kind()));
                    assertEquals(EnumSet.allOf(QuestionKind.class), kinds, where);
                }
                int planSpecific = 0;
                for (QuestionDraft q : plan) {
                    assertFalse(q.probes().isBlank(), where + ": " + q.text());
                    assertTrue(job.skills().containsAll(q.skills()), where + ": " + q.text());
                    if (q.kind() != QuestionKind.MOTIVATIONAL && !job.skills().isEmpty()) {
                        assertFalse(q.skills().isEmpty(), where + " names no skill: " + q.text());
                    }
                    if (mentionsSkillOrClause(q.text(), job, taxonomy)) {
                        beyondTitle++;
                        planSpecific++;
                    } else if (mentionsTitle(q.text(), job)) {
                        planSpecific++;
                    }
                }
                assertTrue(planSpecific >= 0.8 * count, where + ": only " + planSpecific + " specific");
                specific += planSpecific;
                questions += count;
                assertEquals(plan, new EmbeddedInterviewer(taxonomy).planQuestions(job, count), where);
            }
            for (int i = 0; i < plans.size(); i++) {
                for (int j = i + 1; j < plans.size(); j++) {
                    int shared = shared(plans.get(i), plans.get(j));
                    overlapMax = Math.max(overlapMax, shared);
                    assertTrue(shared <= 1, jobs.get(i).title() + " vs " + jobs.get(j).title());
                }
            }
        }
        assertEquals(0, duplicates);
        assertTrue(specific >= 0.8 * questions);
        return new Figures(questions, 100.0 * specific / questions, 100.0 * beyondTitle / questions, duplicates,
                overlapMax);
    }

    private record Figures(int questions, double specificShare, double beyondTitleShare, int duplicates,
            int overlapMax) {
    }

    @Test
    void two_similar_jobs_in_one_family_still_get_visibly_different_plans() {
        JobProfile other = SampleJobs.job("Java Developer", "Northwind Bank", Seniority.MID,
                List.of("Build REST APIs for the online banking platform in Java and Spring Boot",
                        "Write automated tests and take part in code reviews",
                        "Tune PostgreSQL queries for the accounts service"),
                List.of("3+ years of experience with Java and Spring Boot", "Experience with PostgreSQL"),
                "java", "spring-boot", "rest-api-design", "postgresql", "code-review");

        for (int count : COUNTS) {
            int shared = shared(interviewer.planQuestions(SampleJobs.BACKEND_ENGINEER, count),
                    interviewer.planQuestions(other, count));
            assertTrue(shared <= 1, count + " questions: " + shared + " shared");
        }
    }

    @Test
    void a_job_with_the_same_text_but_one_more_responsibility_gets_a_different_plan() {
        JobProfile base = SampleJobs.DATA_ANALYST;
        List<String> more = new ArrayList<>(base.responsibilities());
        more.add("Automate weekly reporting with Python");
        JobProfile changed = new JobProfile(base.title(), base.company(), base.description(), more,
                base.requirements(), base.skills(), base.seniority(), base.employmentType());

        assertFalse(interviewer.planQuestions(base, 6).equals(interviewer.planQuestions(changed, 6)));
    }

    private static int shared(List<QuestionDraft> a, List<QuestionDraft> b) {
        Set<String> texts = new HashSet<>();
        a.forEach(q -> texts.add(q.text()));
        return (int) b.stream().filter(q -> texts.contains(q.text())).count();
    }

    static boolean mentionsSkillOrClause(String question, JobProfile job, SkillTaxonomy taxonomy) {
        String text = words(question);
        for (SkillId id : job.skills()) {
            String name = taxonomy.get(id).name();
            if (containsPhrase(text, words(name))) {
                return true;
            }
        }
        List<String> lines = new ArrayList<>(job.responsibilities());
        lines.addAll(job.requirements());
        for (String line : lines) {
            String[] w = words(line).split(" ");
            int size = Math.min(CLAUSE_WINDOW, w.length);
            for (int i = 0; i + size <= w.length; i++) {
                if (containsPhrase(text, String.join(" ", List.of(w).subList(i, i + size)))) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean mentionsTitle(String question, JobProfile job) {
        String core = job.title().split(",|\\(| - | \\| ")[0];
        return containsPhrase(words(question), words(core));
    }

    private static boolean containsPhrase(String text, String phrase) {
        return !phrase.isBlank() && (" " + text + " ").contains(" " + phrase + " ");
    }

    private static String words(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}+#/]+", " ").strip();
    }
}
