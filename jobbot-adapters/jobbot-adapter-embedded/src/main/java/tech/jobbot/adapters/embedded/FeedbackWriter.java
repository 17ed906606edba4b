package tech.jobbot.adapters.embedded;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tech.jobbot.adapters.embedded.JobFacts.Clause;
import tech.jobbot.domain.interview.Competency;
import tech.jobbot.domain.interview.Feedback;
import tech.jobbot.domain.interview.InterviewReport;
import tech.jobbot.domain.interview.Question;
import tech.jobbot.domain.interview.QuestionKind;
import tech.jobbot.domain.interview.Remark;
import tech.jobbot.domain.interview.Scores;

/**
 * Puts the domain's feedback and report into a few plain sentences. It adds no judgement of its
 * own: every score, strength, improvement and quote comes from the feedback it is given, so the
 * words cannot contradict the numbers and never praise what the analysis did not find.
 */
final class FeedbackWriter {
    private static final int NON_ANSWER_CEILING = 10;
    private static final int MAX_QUOTE = 90;

    String narrative(Question question, Feedback feedback, JobFacts job) {
        Scores s = feedback.scores();
        List<String> sentences = new ArrayList<>();
        if (feedback.strengths().isEmpty() && s.overall() <= NON_ANSWER_CEILING) {
            sentences.add("This answer scored " + s.overall()
                    + "/100 because it does not yet answer the question about " + focus(question, job) + ".");
            feedback.improvements().stream().findFirst().ifPresent(r -> sentences.add(improvement(r)));
            sentences.add("Try again with one real example from your own experience, what you did and how it ended.");
            return String.join(" ", sentences);
        }
        sentences.add(verdict(question, s));
        feedback.strengths().stream().findFirst().ifPresent(r -> sentences.add(strength(r)));
        if (feedback.improvements().isEmpty()) {
            if (feedback.strengths().isEmpty()) {
                sentences.add(
                        "To make it stronger, add one real example with your own actions and a measurable result.");
            }
        } else {
            sentences.add(improvement(feedback.improvements().getFirst()));
            if (feedback.improvements().size() > 1) {
                sentences.add("After that: " + clause(feedback.improvements().get(1).text()) + ".");
            }
        }
        return String.join(" ", sentences);
    }

    /** An outline of a strong answer to this question for this job, in STAR shape or its kind's shape. */
    String outline(Question question, JobFacts job) {
        List<String> names = job.skillNames(question.skills());
        String skills = names.isEmpty() ? "the skills this " + job.shortTitle() + " role needs"
                : Phrases.joinNatural(names);
        String goal = job.clauseOf(question.probes()).map(Clause::phrase).map(p -> "tie it to \"" + p + "\"")
                .orElse("tie it to what this " + job.shortTitle() + " role needs");
        String measures = RoleFamilies.measures(job.family());
        return switch (question.kind()) {
            case BEHAVIORAL -> String.join("\n",
                    "Situation: one real moment from your work where " + skills + " mattered, in a sentence or two.",
                    "Task: what you were responsible for and why it was hard; " + goal + ".",
                    "Action: the steps you took yourself, using \"I\", and how you used " + skills + ".",
                    "Result: what changed, with a number such as " + measures + ", and what you learned.");
            case TECHNICAL -> String.join("\n",
                    "Approach: how you use " + skills + ", step by step, and why that way.",
                    "Example: one real case from your work, the situation and your task; " + goal + ".",
                    "Action: the tools, checks and decisions that were yours.",
                    "Result: the measurable effect, such as " + measures + ", and what you would do differently.");
            case SITUATIONAL -> String.join("\n",
                    "First step: what you would do straight away, and why.",
                    "Task: the goal you would set; " + goal + ".",
                    "Action: who you would involve and how you would use " + skills + ".",
                    "Result: how you would know it worked, for example " + measures
                            + ", backed by a similar moment from your past.");
            case MOTIVATIONAL -> String.join("\n",
                    "Why this role: what draws you to this " + job.shortTitle() + " role"
                            + job.company().map(c -> " at " + c).orElse("") + ", in your own words.",
                    "Evidence: a moment from your past that shows this interest is real.",
                    "Fit: how your experience with " + skills + " meets what the job asks.",
                    "Goal: what you would aim to achieve in your first months.");
        };
    }

    String summary(InterviewReport report, JobFacts job) {
        List<String> sentences = new ArrayList<>();
        long answered = report.questions().stream().filter(q -> !q.skipped()).count();
        long skipped = report.questions().size() - answered;
        sentences.add("Overall " + report.overall() + "/100 for the " + job.shortTitle() + " interview"
                + (report.questions().isEmpty() ? "" : ", " + answered + " of " + report.questions().size()
                        + " questions answered" + (skipped > 0 ? " and " + skipped + " skipped" : ""))
                + ".");
        List<Map.Entry<Competency, Integer>> ranked = new ArrayList<>(report.perCompetency().entrySet());
        ranked.sort(Comparator.comparingInt((Map.Entry<Competency, Integer> e) -> -e.getValue())
                .thenComparing(Map.Entry::getKey));
        if (ranked.isEmpty()) {
            sentences.add("No answer was assessed, so there are no competency scores yet.");
        } else if (ranked.size() == 1) {
            Map.Entry<Competency, Integer> only = ranked.getFirst();
            sentences.add("The answers assessed " + name(only.getKey()) + " (" + only.getValue() + ").");
        } else if (ranked.size() > 1) {
            Map.Entry<Competency, Integer> best = ranked.getFirst();
            Map.Entry<Competency, Integer> worst = ranked.getLast();
            sentences.add("Strongest competency: " + name(best.getKey()) + " (" + best.getValue() + "); weakest: "
                    + name(worst.getKey()) + " (" + worst.getValue() + ").");
        }
        if (!report.practice().isEmpty()) {
            sentences.add("Practise this first: " + clause(report.practice().getFirst()) + ".");
        }
        if (!report.requirementsMissing().isEmpty()) {
            List<String> missing = report.requirementsMissing().stream().limit(2).map(FeedbackWriter::clause).toList();
            sentences.add("Not yet shown in your answers: " + String.join("; ", missing) + ".");
        }
        return String.join(" ", sentences);
    }

    private static String verdict(Question question, Scores s) {
        Map<String, Integer> dimensions = new LinkedHashMap<>();
        dimensions.put("relevance", s.relevance());
        dimensions.put("structure", s.structure());
        dimensions.put("specificity", s.specificity());
        dimensions.put("impact", s.impact());
        dimensions.put("communication", s.communication());
        Map.Entry<String, Integer> best = null;
        Map.Entry<String, Integer> worst = null;
        for (Map.Entry<String, Integer> e : dimensions.entrySet()) {
            if (best == null || e.getValue() > best.getValue()) {
                best = e;
            }
            if (worst == null || e.getValue() < worst.getValue()) {
                worst = e;
            }
        }
        String kind = question.kind().apiName();
        if (best.getValue().equals(worst.getValue())) {
            return "This " + kind + " answer scored " + s.overall() + "/100, evenly across all five dimensions ("
                    + best.getValue() + ").";
        }
        return "This " + kind + " answer scored " + s.overall() + "/100, strongest on " + best.getKey() + " ("
                + best.getValue() + ") and weakest on " + worst.getKey() + " (" + worst.getValue() + ").";
    }

    private static String strength(Remark r) {
        return "What works: " + clause(r.text()) + r.quote().map(q -> ", as in \"" + quote(q) + "\"").orElse("") + ".";
    }

    private static String improvement(Remark r) {
        String hint = clause(r.hint());
        String missing = r.missingPart().map(p -> " (" + p.name().toLowerCase(Locale.ROOT) + " missing)").orElse("");
        return "To improve: " + clause(r.text()) + missing + (hint.isEmpty() ? "" : "; " + hint) + ".";
    }

    private static String focus(Question question, JobFacts job) {
        List<String> names = job.skillNames(question.skills());
        if (!names.isEmpty()) {
            return names.getFirst();
        }
        return question.kind() == QuestionKind.MOTIVATIONAL ? "why you want this role" : job.shortTitle() + " work";
    }

    // Remarks are written elsewhere and may run to several sentences; only the first is kept, so
    // the narrative stays at two to four sentences.
    private static String clause(String text) {
        return Phrases.lowerFirst(Phrases.firstSentence(text), Set.of());
    }

    private static String quote(String quote) {
        String first = Phrases.firstSentence(quote).replace("\"", "'");
        if (first.length() <= MAX_QUOTE) {
            return first;
        }
        int cut = first.lastIndexOf(' ', MAX_QUOTE);
        return first.substring(0, cut > 0 ? cut : MAX_QUOTE) + "…";
    }

    private static String name(Competency competency) {
        return competency.apiName().replace('-', ' ');
    }
}
