package tech.jobbot.server.interview;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tech.jobbot.domain.interview.Attempt;
import tech.jobbot.domain.interview.Feedback;
import tech.jobbot.domain.interview.Interview;
import tech.jobbot.domain.interview.InterviewReport;
import tech.jobbot.domain.interview.Question;
import tech.jobbot.domain.interview.QuestionId;
import tech.jobbot.domain.interview.Remark;
import tech.jobbot.domain.interview.Scores;
import tech.jobbot.domain.job.SkillTaxonomy;
import tech.jobbot.server.job.JobRoutes;

/** The JSON shapes of interviews, questions, attempts, feedback and reports. */
public final class InterviewViews {
    private InterviewViews() {
    }

    static Map<String, Object> summary(Interview i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id().toString());
        m.put("jobId", i.jobId().toString());
        m.put("jobTitle", i.job().title());
        m.put("status", i.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        m.put("questionCount", i.questions().stream().filter(q -> q.followUpOf().isEmpty()).count());
        m.put("overall", i.report().map(InterviewReport::overall).orElse(null));
        m.put("startedAt", i.startedAt());
        m.put("finishedAt", i.finishedAt().orElse(null));
        return m;
    }

    static Map<String, Object> full(Interview i, SkillTaxonomy taxonomy) {
        Map<String, Object> m = summary(i);
        m.put("questions", i.questions().stream().map(q -> question(q, taxonomy)).toList());
        m.put("attempts", i.attempts().stream().map(a -> attempt(a, previousScores(i, a))).toList());
        m.put("nextQuestion", i.nextQuestion().map(q -> question(q, taxonomy)).orElse(null));
        m.put("report", i.report().map(InterviewViews::report).orElse(null));
        return m;
    }

    static Map<String, Object> question(Question q, SkillTaxonomy taxonomy) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", q.id().value());
        m.put("text", q.text());
        m.put("kind", q.kind().apiName());
        m.put("competency", q.competency().apiName());
        m.put("skills", JobRoutes.skills(q.skills(), taxonomy));
        m.put("probes", q.probes());
        m.put("followUpOf", q.followUpOf().map(QuestionId::value).orElse(null));
        return m;
    }

    /** The scores of the attempt before this one at the same question, to show what improved. */
    static Optional<Scores> previousScores(Interview i, Attempt a) {
        return i.attemptsAt(a.question()).stream()
                .filter(p -> p.number() < a.number() && p.feedback().isPresent())
                .reduce((first, second) -> second)
                .flatMap(Attempt::feedback)
                .map(Feedback::scores);
    }

    static Map<String, Object> attempt(Attempt a, Optional<Scores> previous) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("questionId", a.question().value());
        m.put("attempt", a.number());
        m.put("skipped", a.skipped());
        m.put("answer", a.answer().orElse(null));
        m.put("at", a.at());
        m.put("feedback", a.feedback().map(InterviewViews::feedback).orElse(null));
        if (previous.isPresent() && a.feedback().isPresent()) {
            m.put("improvement", delta(previous.get(), a.feedback().get().scores()));
        }
        return m;
    }

    static Map<String, Object> feedback(Feedback f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scores", scores(f.scores()));
        m.put("strengths", f.strengths().stream().map(InterviewViews::remark).toList());
        m.put("improvements", f.improvements().stream().map(InterviewViews::remark).toList());
        m.put("narrative", f.narrative());
        m.put("outline", f.outline());
        return m;
    }

    static Map<String, Object> scores(Scores s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("overall", s.overall());
        m.put("relevance", s.relevance());
        m.put("structure", s.structure());
        m.put("specificity", s.specificity());
        m.put("impact", s.impact());
        m.put("communication", s.communication());
        return m;
    }

    private static Map<String, Object> delta(Scores before, Scores after) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("overall", after.overall() - before.overall());
        m.put("relevance", after.relevance() - before.relevance());
        m.put("structure", after.structure() - before.structure());
        m.put("specificity", after.specificity() - before.specificity());
        m.put("impact", after.impact() - before.impact());
        m.put("communication", after.communication() - before.communication());
        return m;
    }

    private static Map<String, Object> remark(Remark r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", r.text());
        m.put("quote", r.quote().orElse(null));
        m.put("missingPart", r.missingPart().map(p -> p.name().toLowerCase(java.util.Locale.ROOT)).orElse(null));
        m.put("hint", r.hint());
        return m;
    }

    public static Map<String, Object> report(InterviewReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("overall", r.overall());
        Map<String, Integer> competencies = new LinkedHashMap<>();
        r.perCompetency().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> competencies.put(e.getKey().apiName(), e.getValue()));
        m.put("competencies", competencies);
        List<Map<String, Object>> questions = r.questions().stream().map(q -> {
            Map<String, Object> qm = new LinkedHashMap<>();
            qm.put("questionId", q.question().value());
            qm.put("text", q.text());
            qm.put("competency", q.competency().apiName());
            qm.put("skipped", q.skipped());
            qm.put("bestScore", q.bestScore());
            qm.put("takeaway", q.takeaway());
            return qm;
        }).toList();
        m.put("questions", questions);
        m.put("requirementsCovered", r.requirementsCovered());
        m.put("requirementsMissing", r.requirementsMissing());
        m.put("practice", r.practice());
        m.put("summary", r.summary());
        return m;
    }
}
