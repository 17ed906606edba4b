package tech.jobbot.domain.interview;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import tech.jobbot.domain.job.JobProfile;
import tech.jobbot.domain.job.Seniority;
import tech.jobbot.domain.job.SkillId;

/** Builders for the jobs, questions and feedback the interview tests need. */
final class TestInterviews {
    static final JobProfile DATA_ANALYST = job("Data Analyst",
            List.of("Strong SQL and Python for analysis", "Build dashboards in Tableau or Power BI",
                    "Explain findings to non-technical stakeholders"),
            "sql", "python", "tableau", "dashboards");
    static final JobProfile SUPPORT = job("Customer Support Specialist",
            List.of("Handle tickets and live chat in Zendesk", "Calmly de-escalate frustrated customers"),
            "zendesk", "de-escalation", "live-chat", "csat");

    private TestInterviews() {
    }

    static JobProfile job(String title, List<String> requirements, String... skills) {
        return new JobProfile(title, Optional.empty(), "", List.of(), requirements, ids(skills), Seniority.MID,
                Optional.empty());
    }

    static Question question(int position, QuestionKind kind, Competency competency, String text, String probes,
            String... skills) {
        return new Question(QuestionId.planned(position), text, kind, competency, ids(skills), probes,
                Optional.empty());
    }

    static Question behavioral(String text, String probes, String... skills) {
        return question(1, QuestionKind.BEHAVIORAL, Competency.PROBLEM_SOLVING, text, probes, skills);
    }

    static Question followUp(Question of, String text) {
        return new Question(of.id().followUp(), text, of.kind(), of.competency(), of.skills(), of.probes(),
                Optional.of(of.id()));
    }

    static List<SkillId> ids(String... skills) {
        return Arrays.stream(skills).map(SkillId::new).toList();
    }

    /** Feedback with the given overall score and the given improvements (by headline). */
    static Feedback feedback(int overall, String... improvements) {
        List<Remark> remarks = Arrays.stream(improvements)
                .map(text -> new Remark(text, Optional.empty(), Optional.of(StarPart.RESULT), "hint for " + text))
                .toList();
        return new Feedback(new Scores(overall, overall, overall, overall, overall, overall), List.of(), remarks, "",
                "");
    }
}
