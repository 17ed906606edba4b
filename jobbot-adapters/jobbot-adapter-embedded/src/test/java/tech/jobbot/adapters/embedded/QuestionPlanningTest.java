package tech.jobbot.adapters.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tech.jobbot.domain.interview.Question;
import tech.jobbot.domain.interview.QuestionDraft;
import tech.jobbot.domain.interview.QuestionKind;
import tech.jobbot.domain.job.JobProfile;
import tech.jobbot.domain.job.Seniority;
import tech.jobbot.domain.job.SkillId;

class QuestionPlanningTest {
    private final EmbeddedInterviewer interviewer = new EmbeddedInterviewer(SampleJobs.TAXONOMY);

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 2, 13, 100})
    void given_a_count_outside_3_to_12_when_planning_then_it_is_refused(int count) {
        assertThrows(IllegalArgumentException.class, () -> interviewer.planQuestions(SampleJobs.DATA_ANALYST, count));
    }

    @Test
    void a_default_plan_of_six_opens_with_motivation_and_has_two_behavioral_two_technical_one_situational() {
        List<QuestionDraft> plan = interviewer.planQuestions(SampleJobs.REGISTERED_NURSE, 6);

        assertEquals(QuestionKind.MOTIVATIONAL, plan.getFirst().kind());
        Map<QuestionKind, Integer> kinds = new HashMap<>();
        plan.forEach(q -> kinds.merge(q.kind(), 1, Integer::sum));
        assertEquals(Map.of(QuestionKind.BEHAVIORAL, 2, QuestionKind.TECHNICAL, 2, QuestionKind.SITUATIONAL, 1,
                QuestionKind.MOTIVATIONAL, 1), kinds);
    }

    @Test
    void the_kind_mix_adds_up_and_has_every_kind_from_four_questions_on() {
        for (int count = EmbeddedInterviewer.MIN_QUESTIONS; count <= EmbeddedInterviewer.MAX_QUESTIONS; count++) {
            Map<QuestionKind, Integer> mix = QuestionPlanner.kindMix(count);
            assertEquals(count, mix.values().stream().mapToInt(Integer::intValue).sum(), "count " + count);
            assertEquals(count, QuestionPlanner.order(mix).size());
            if (count >= 4) {
                for (QuestionKind kind : QuestionKind.values()) {
                    assertTrue(mix.get(kind) >= 1, kind + " in " + count);
                }
            }
        }
        assertEquals(Map.of(QuestionKind.BEHAVIORAL, 1, QuestionKind.TECHNICAL, 1, QuestionKind.SITUATIONAL, 1,
                QuestionKind.MOTIVATIONAL, 0), QuestionPlanner.kindMix(3));
        assertEquals(Map.of(QuestionKind.BEHAVIORAL, 4, QuestionKind.TECHNICAL, 4, QuestionKind.SITUATIONAL, 2,
                QuestionKind.MOTIVATIONAL, 2), QuestionPlanner.kindMix(12));
    }

    @Test
    void given_a_job_known_only_by_its_title_when_planning_any_length_then_every_question_names_the_role() {
        JobProfile job = SampleJobs.titleOnly("Registered Nurse");
        for (int count = EmbeddedInterviewer.MIN_QUESTIONS; count <= EmbeddedInterviewer.MAX_QUESTIONS; count++) {
            List<QuestionDraft> plan = interviewer.planQuestions(job, count);

            assertEquals(count, plan.size());
            assertEquals(count, plan.stream().map(QuestionDraft::text).distinct().count());
            for (QuestionDraft q : plan) {
                assertTrue(q.text().contains("Registered Nurse"), q.text());
                assertTrue(q.skills().isEmpty());
                assertEquals("Registered Nurse", q.probes());
                assertFalse(q.text().contains("{") || q.text().contains("}"), q.text());
            }
        }
    }

    @Test
    void given_a_job_with_one_skill_and_no_details_when_planning_twelve_then_the_plan_is_full_and_probes_that_skill() {
        JobProfile job = new JobProfile("Forklift Driver", Optional.empty(), "", List.of(), List.of(),
                List.of(new SkillId("forklift-operation")), Seniority.UNKNOWN, Optional.empty());

        List<QuestionDraft> plan = interviewer.planQuestions(job, 12);

        assertEquals(12, new HashSet<>(plan.stream().map(QuestionDraft::text).toList()).size());
        plan.stream().filter(q -> q.kind() != QuestionKind.MOTIVATIONAL)
                .forEach(q -> assertEquals(List.of(new SkillId("forklift-operation")), q.skills(), q.text()));
    }

    @Test
    void given_a_skill_the_taxonomy_does_not_know_when_planning_then_its_slug_is_used_as_its_name() {
        JobProfile job = new JobProfile("Beekeeper", Optional.empty(), "", List.of(), List.of(),
                List.of(new SkillId("hive-inspection")), Seniority.UNKNOWN, Optional.empty());

        List<QuestionDraft> plan = interviewer.planQuestions(job, 6);

        assertTrue(plan.stream().anyMatch(q -> q.text().contains("hive inspection")), plan.toString());
    }

    @Test
    void a_question_that_quotes_a_duty_probes_that_duty_in_the_postings_words() {
        List<QuestionDraft> plan = interviewer.planQuestions(SampleJobs.STAFF_ACCOUNTANT, 12);

        boolean quoted = false;
        for (QuestionDraft q : plan) {
            for (String duty : SampleJobs.STAFF_ACCOUNTANT.responsibilities()) {
                String phrase = Phrases.responsibility(duty, Set.of("Excel", "GAAP")).orElseThrow();
                if (q.text().contains(phrase)) {
                    assertEquals(duty, q.probes(), q.text());
                    quoted = true;
                }
            }
        }
        assertTrue(quoted);
    }

    @Test
    void given_five_skills_and_only_skill_templates_when_planning_then_no_skill_is_asked_twice_before_all_are_asked() {
        QuestionPlanner planner = new QuestionPlanner(QuestionBank.parse(List.of(
                "behavioral\tproblem-solving\tany\tTell me about a time {skill} mattered.",
                "behavioral\tcollaboration\tany\tTell me how {skill} helped a team.",
                "behavioral\tleadership\tany\tTell me how you led with {skill}.",
                "technical\trole-expertise\tany\tHow do you use {skill}?",
                "technical\tproblem-solving\tany\tHow do you debug {skill}?",
                "technical\tcommunication\tany\tHow do you explain {skill}?",
                "situational\tadaptability\tany\tWhat if {skill} were taken away?",
                "motivational\tmotivation\tany\tWhy {skill}?"), "test"));
        JobFacts job = JobFacts.of(SampleJobs.BACKEND_ENGINEER, SampleJobs.TAXONOMY);

        List<QuestionDraft> plan = planner.plan(job, 5);

        Set<SkillId> asked = new HashSet<>();
        plan.forEach(q -> asked.addAll(q.skills()));
        assertEquals(5, asked.size(), plan.toString());
        assertFalse(asked.contains(new SkillId("communication")), "a skill of no craft fills no craft template");
    }

    @Test
    void given_a_job_without_an_employer_when_planning_then_no_template_about_the_employer_is_used() {
        QuestionPlanner planner = new QuestionPlanner(QuestionBank.parse(List.of(
                "motivational\tmotivation\tany\tWhy {company}, and why as {title}?",
                "behavioral\tproblem-solving\tany\tTell me about a hard problem in {title} work.",
                "behavioral\tcollaboration\tany\tTell me about a team you helped in {title} work.",
                "technical\trole-expertise\tany\tWhat makes a great {title}?",
                "situational\tadaptability\tany\tWhat if your {title} tools changed?"), "test"));

        List<QuestionDraft> withEmployer = planner.plan(JobFacts.of(SampleJobs.DATA_ANALYST, SampleJobs.TAXONOMY), 4);
        List<QuestionDraft> without = planner.plan(JobFacts.of(SampleJobs.titleOnly("Data Analyst"),
                SampleJobs.TAXONOMY), 4);

        assertTrue(withEmployer.stream().anyMatch(q -> q.text().startsWith("Why Brightcart,")), withEmployer.toString());
        assertTrue(without.stream().noneMatch(q -> q.text().startsWith("Why ")), without.toString());
    }

    @Test
    void the_family_of_a_job_is_the_most_common_family_of_its_skills() {
        assertEquals("healthcare-nursing", JobFacts.of(SampleJobs.REGISTERED_NURSE, SampleJobs.TAXONOMY).family());
        assertEquals("operations-logistics",
                JobFacts.of(SampleJobs.WAREHOUSE_SUPERVISOR, SampleJobs.TAXONOMY).family());
        assertEquals(RoleFamilies.ANY, JobFacts.of(SampleJobs.titleOnly("Astronaut"), SampleJobs.TAXONOMY).family());
    }

    @Test
    void taxonomy_families_spelt_differently_are_matched_to_the_banks_families() {
        assertEquals(Optional.of("finance-accounting"), RoleFamilies.canonical("Finance/Accounting"));
        assertEquals(Optional.of("healthcare-nursing"), RoleFamilies.canonical("nursing"));
        assertEquals(Optional.of("customer-support"), RoleFamilies.canonical("Customer Support"));
        assertEquals(Optional.of("hr"), RoleFamilies.canonical("Human Resources"));
        assertEquals(Optional.of("software"), RoleFamilies.canonical("software-engineering"));
        assertEquals(Optional.empty(), RoleFamilies.canonical("general"));
    }

    @Test
    void questions_stay_within_the_length_a_question_may_have() {
        for (JobProfile job : SampleJobs.ALL) {
            interviewer.planQuestions(job, 12)
                    .forEach(q -> assertTrue(q.text().length() <= Question.MAX_TEXT));
        }
    }
}
