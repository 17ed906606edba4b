package tech.jobbot.domain.interview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import tech.jobbot.domain.interview.InterviewReport.QuestionSummary;
import tech.jobbot.domain.job.JobProfile;
import tech.jobbot.domain.job.SkillExtractor;
import tech.jobbot.domain.job.SkillId;

/**
 * Builds the report at the end of an interview from its questions, every attempt at them and
 * the job. A follow-up question counts as another attempt at the question it follows, and each
 * question is judged by its best attempt; a skipped or unanswered question counts as 0. An
 * attempt whose feedback is missing is scored afresh from its answer, with the same rules that
 * would have scored it at the time. The summary is left empty for the interviewer to write.
 */
public final class ReportBuilder {
    private static final int PRACTICE_ITEMS = 3;
    private static final double MISSING_REQUIREMENT_WEIGHT = 2.0;
    /** Words every requirement uses; sharing them says nothing about covering it. */
    private static final Set<String> REQUIREMENT_NOISE = AnswerText.stems("experience", "year", "strong",
            "ability", "skill", "knowledge", "excellent", "required", "preferred", "plus", "working", "proven",
            "demonstrated", "understanding", "familiarity", "comfortable", "ideally", "welcome", "solid", "sound",
            "advanced", "track", "record", "must", "good", "great", "clear", "clearly", "accurate", "accurately",
            "regular", "regularly", "high", "level", "able", "etc", "including", "relevant");

    private final SkillExtractor extractor;
    private final AnswerAnalyzer analyzer;
    private final FeedbackComposer composer = new FeedbackComposer();

    public ReportBuilder(SkillExtractor extractor) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.analyzer = new AnswerAnalyzer(extractor);
    }

    private record Scored(Question question, String answer, AnswerAnalysis analysis, Feedback feedback, int order) {
    }

    /**
     * The report of an interview: its questions (planned ones and follow-ups) in order, every
     * attempt in the order made, and the job it was for.
     *
     * @throws IllegalArgumentException if an attempt is at a question not in the list, or a
     *                                  follow-up does not follow a planned question of the list
     */
    public InterviewReport build(List<Question> questions, List<AttemptRecord> attempts, JobProfile job) {
        Objects.requireNonNull(questions, "questions");
        Objects.requireNonNull(attempts, "attempts");
        Objects.requireNonNull(job, "job");
        Map<QuestionId, Question> byId = new LinkedHashMap<>();
        for (Question question : questions) {
            if (byId.putIfAbsent(question.id(), question) != null) {
                throw new IllegalArgumentException("question " + question.id() + " appears twice");
            }
        }
        Map<QuestionId, List<Scored>> byMain = new LinkedHashMap<>();
        for (Question question : questions) {
            if (question.followUpOf().isEmpty()) {
                byMain.put(question.id(), new ArrayList<>());
            } else {
                Question parent = byId.get(question.followUpOf().get());
                if (parent == null || parent.followUpOf().isPresent()) {
                    throw new IllegalArgumentException(
                            "follow-up " + question.id() + " must follow a planned question");
                }
            }
        }
        for (int i = 0; i < attempts.size(); i++) {
            AttemptRecord record = attempts.get(i);
            Question answered = byId.get(record.question());
            if (answered == null) {
                throw new IllegalArgumentException("an attempt at unknown question " + record.question());
            }
            if (record.skipped()) {
                continue;
            }
            AnswerAnalysis analysis = analyzer.analyze(answered, record.answer(), job);
            Feedback feedback = record.feedback().orElseGet(() -> composer.compose(answered, record.answer(),
                    analysis, job, extractor.taxonomy()));
            byMain.get(answered.followUpOf().orElse(answered.id()))
                    .add(new Scored(answered, record.answer(), analysis, feedback, i));
        }

        List<QuestionSummary> summaries = new ArrayList<>();
        List<Scored> bestAttempts = new ArrayList<>();
        Map<Competency, int[]> competencyTotals = new LinkedHashMap<>();
        int total = 0;
        for (Map.Entry<QuestionId, List<Scored>> entry : byMain.entrySet()) {
            Question question = byId.get(entry.getKey());
            Optional<Scored> best = entry.getValue().stream()
                    .max(Comparator.comparingInt((Scored a) -> a.feedback().scores().overall())
                            .thenComparingInt(Scored::order));
            int score = best.map(a -> a.feedback().scores().overall()).orElse(0);
            best.ifPresent(bestAttempts::add);
            total += score;
            int[] sums = competencyTotals.computeIfAbsent(question.competency(), k -> new int[2]);
            sums[0] += score;
            sums[1]++;
            summaries.add(new QuestionSummary(question.id(), question.text(), question.competency(),
                    best.isEmpty(), score, best.map(a -> takeaway(a.feedback())).orElse(skippedTakeaway(question))));
        }
        int overall = byMain.isEmpty() ? 0 : (int) Math.round((double) total / byMain.size());
        Map<Competency, Integer> perCompetency = new LinkedHashMap<>();
        competencyTotals.forEach((k, v) -> perCompetency.put(k, (int) Math.round((double) v[0] / v[1])));

        List<Scored> evidence = new ArrayList<>();
        for (List<Scored> list : byMain.values()) {
            list.stream().filter(a -> a.analysis().nonAnswer().isEmpty()).forEach(evidence::add);
        }
        List<String> covered = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String requirement : job.requirements()) {
            (isCovered(requirement, evidence) ? covered : missing).add(requirement);
        }
        return new InterviewReport(overall, perCompetency, summaries, covered, missing,
                topUp(practice(bestAttempts, missing), perCompetency), "");
    }

    /**
     * A strong interview may leave fewer than three points of advice; the weakest competencies,
     * then habits worth keeping, make up the three, so the report always says what to practise next.
     */
    private static List<String> topUp(List<String> practice, Map<Competency, Integer> perCompetency) {
        List<String> result = new ArrayList<>(practice);
        perCompetency.entrySet().stream()
                .sorted(Map.Entry.<Competency, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> "Practise " + e.getKey().apiName().replace('-', ' ')
                        + " questions with a fresh example (your score: " + e.getValue() + ")")
                .forEach(item -> {
                    if (result.size() < PRACTICE_ITEMS) {
                        result.add(item);
                    }
                });
        for (String habit : List.of("Rehearse each answer aloud and keep it to about two minutes",
                "Prepare a second example for each requirement of the job")) {
            if (result.size() < PRACTICE_ITEMS) {
                result.add(habit);
            }
        }
        return List.copyOf(result);
    }

    private static String takeaway(Feedback feedback) {
        List<Remark> remarks = feedback.improvements().isEmpty() ? feedback.strengths() : feedback.improvements();
        if (remarks.isEmpty()) {
            return "";
        }
        Remark top = remarks.get(0);
        return top.text() + ". " + top.hint();
    }

    private static String skippedTakeaway(Question question) {
        String topic = question.probes().isBlank() ? "this question" : question.probes();
        return "Skipped. Prepare a short example for it: " + topic + ".";
    }

    /**
     * Covered when an answer that really answers names a skill the requirement names, or shares
     * at least half of the requirement's own words (two at the least).
     */
    private boolean isCovered(String requirement, List<Scored> evidence) {
        Set<SkillId> skills = new HashSet<>(extractor.extract(requirement));
        Set<String> words = new HashSet<>(AnswerText.contentStems(requirement));
        words.removeAll(REQUIREMENT_NOISE);
        int needed = Math.min(words.size(), Math.max(2, (words.size() + 1) / 2));
        for (Scored attempt : evidence) {
            for (SkillId shown : extractor.extract(attempt.answer())) {
                if (skills.contains(shown)) {
                    return true;
                }
            }
            if (needed > 0) {
                Set<String> answerWords = AnswerText.contentStems(attempt.answer());
                long shared = words.stream().filter(answerWords::contains).count();
                if (shared >= needed) {
                    return true;
                }
            }
        }
        return false;
    }

    private record Item(String text, double priority, int first) {
    }

    /**
     * The advice given most often and worth most (an Advice's weight times how many best
     * attempts got it), and the job's requirements no answer covered. At least one missing
     * requirement makes the list when there is one: practising for the job is the point.
     */
    private static List<String> practice(List<Scored> bestAttempts, List<String> missingRequirements) {
        Map<String, double[]> advice = new LinkedHashMap<>();
        for (Scored attempt : bestAttempts) {
            Set<String> seen = new HashSet<>();
            for (Remark remark : attempt.feedback().improvements()) {
                if (seen.add(remark.text())) {
                    double weight = Advice.ofHeadline(remark.text()).map(Advice::weight).orElse(1.0);
                    double[] stats = advice.computeIfAbsent(remark.text(), k -> new double[] {0, weight});
                    stats[0]++;
                }
            }
        }
        List<Item> items = new ArrayList<>();
        int position = 0;
        for (Map.Entry<String, double[]> entry : advice.entrySet()) {
            int count = (int) entry.getValue()[0];
            String text = count >= 2
                    ? entry.getKey() + " (came up in " + count + " of " + bestAttempts.size() + " answers)"
                    : entry.getKey();
            items.add(new Item(text, count * entry.getValue()[1], position++));
        }
        List<Item> requirementItems = new ArrayList<>();
        for (String requirement : missingRequirements) {
            requirementItems.add(new Item("Prepare an example that shows: " + requirement, MISSING_REQUIREMENT_WEIGHT,
                    position++));
        }
        items.addAll(requirementItems);
        items.sort(Comparator.comparingDouble((Item i) -> -i.priority()).thenComparingInt(Item::first));
        List<Item> chosen = new ArrayList<>(items.subList(0, Math.min(PRACTICE_ITEMS, items.size())));
        if (!requirementItems.isEmpty() && chosen.stream().noneMatch(requirementItems::contains)) {
            chosen.set(chosen.size() - 1, requirementItems.get(0));
        }
        return chosen.stream().map(Item::text).toList();
    }
}
