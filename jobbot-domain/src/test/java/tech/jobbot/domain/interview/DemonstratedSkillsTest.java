package tech.jobbot.domain.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tech.jobbot.domain.job.JobProfile;
import tech.jobbot.domain.job.Seniority;
import tech.jobbot.domain.job.Skill;
import tech.jobbot.domain.job.SkillExtractor;
import tech.jobbot.domain.job.SkillId;
import tech.jobbot.domain.job.SkillTaxonomy;

class DemonstratedSkillsTest {
    private static final SkillId SQL = new SkillId("sql");
    private static final SkillId TABLEAU = new SkillId("tableau");
    private static final SkillTaxonomy TAXONOMY = new SkillTaxonomy(List.of(
            new Skill(SQL, "SQL", "data", List.of()),
            new Skill(TABLEAU, "Tableau", "data", List.of())));
    private static final SkillExtractor EXTRACTOR = new SkillExtractor(TAXONOMY);
    private static final AnswerAnalyzer ANALYZER = new AnswerAnalyzer(EXTRACTOR);
    private static final JobProfile JOB = new JobProfile("Data Analyst", Optional.empty(), "", List.of(),
            List.of("SQL and Tableau"), List.of(SQL, TABLEAU), Seniority.MID, Optional.empty());
    private static final Question QUESTION = new Question(QuestionId.planned(1),
            "Tell me about a report you built with SQL or Tableau.", QuestionKind.BEHAVIORAL, Competency.ROLE_EXPERTISE,
            List.of(SQL, TABLEAU), "SQL and Tableau", Optional.empty());

    private Set<SkillId> shown(String answer) {
        return DemonstratedSkills.in(ANALYZER.analyze(QUESTION, answer, JOB), EXTRACTOR, Set.of(SQL, TABLEAU));
    }

    @Test
    void a_skill_used_in_an_action_counts() {
        assertEquals(Set.of(SQL), shown("At Contoso our weekly report was always late. I wrote SQL queries to "
                + "join sales and returns, and as a result the report was ready by Monday 9 am."));
    }

    @Test
    void a_denied_or_merely_named_skill_does_not_count() {
        assertEquals(Set.of(), shown("I don't know SQL."));
        assertEquals(Set.of(SQL), shown("At my last job I wrote SQL queries every day to build the revenue "
                + "report. I have never used Tableau, so I presented it in Excel, and the team adopted it."));
    }

    @Test
    void a_list_of_skill_names_is_no_demonstration() {
        assertEquals(Set.of(), shown("SQL, Tableau."));
    }
}
