package tech.jobbot.adapters.embedded;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import tech.jobbot.domain.interview.AnswerAnalysis;
import tech.jobbot.domain.interview.NonAnswer;
import tech.jobbot.domain.interview.Question;
import tech.jobbot.domain.interview.QuestionKind;
import tech.jobbot.domain.interview.StarPart;

/**
 * Writes the one follow-up a thin answer gets, aimed at the biggest gap the analysis found: a
 * non-answer gets the question again in simpler words; an answer without an outcome is asked for
 * it and how it was measured; a "we" story is asked what the candidate did; an answer that never
 * shows the skill the question probes is asked how that skill was used.
 */
final class FollowUpWriter {
    private static final double OWN_ACTION_SHARE = 0.5;
    private static final int MAX_QUOTE_WORDS = 12;
    private static final String PERSONAL_PART = "What did you personally do there, and which decisions were yours?";

    String followUp(Question question, String answer, AnswerAnalysis analysis, JobFacts job) {
        if (analysis.nonAnswer().isPresent()) {
            return lead(analysis.nonAnswer().get()) + " " + simpler(question, job);
        }
        if (question.kind() == QuestionKind.MOTIVATIONAL) {
            return motivational(question, analysis, job);
        }
        boolean hypothetical = question.kind() == QuestionKind.SITUATIONAL;
        if (!analysis.star().containsKey(StarPart.RESULT)) {
            return hypothetical
                    ? "How would you know your approach had worked, and what would you measure, for example "
                            + RoleFamilies.measures(job.family()) + "?"
                    : "What was the outcome, and how did you measure it, for example in "
                            + RoleFamilies.measures(job.family()) + "?";
        }
        if (!analysis.star().containsKey(StarPart.ACTION) || analysis.ownership() < OWN_ACTION_SHARE) {
            return ownAction(answer, analysis, hypothetical);
        }
        List<String> probed = job.skillNames(question.skills());
        if (!probed.isEmpty() && question.skills().stream().noneMatch(analysis.skillsShown()::contains)) {
            return hypothetical
                    ? "Which steps of your plan would rely on " + probed.getFirst()
                            + ", and how exactly would you use it?"
                    : "How did you use " + probed.getFirst() + " in that situation, and what difference did it make?";
        }
        if (analysis.specifics().isEmpty()) {
            return "Can you add one concrete detail, such as a number, a tool you used or the scale involved?";
        }
        return "If you faced the same situation again in this " + job.shortTitle()
                + " role, what would you do differently, and why?";
    }

    private static String lead(NonAnswer reason) {
        return switch (reason) {
            case EMPTY -> "Take your time.";
            case DONT_KNOW -> "That is fine; let's make it smaller.";
            case GIBBERISH -> "I could not follow that answer.";
            case COPY_OF_QUESTION -> "That repeats the question rather than answering it.";
            case OFF_TOPIC -> "That went in a different direction from the question.";
        };
    }

    // The same question, cut down to one thing to talk about and a shape to answer in.
    private static String simpler(Question question, JobFacts job) {
        List<String> skills = job.skillNames(question.skills());
        String focus = skills.isEmpty() ? "your " + job.shortTitle() + " work" : skills.getFirst();
        return switch (question.kind()) {
            case BEHAVIORAL -> "Think of one real moment when you used " + focus
                    + ": what was going on, what did you do, and how did it end?";
            case TECHNICAL -> "In plain words, how do you use " + focus
                    + ", and what is one example from your own experience?";
            case SITUATIONAL -> "Imagine it happens in your first week in this " + job.shortTitle()
                    + " role: what is the very first thing you would do about it, and why?";
            case MOTIVATIONAL -> "In one or two sentences, what draws you to this " + job.shortTitle() + " role?";
        };
    }

    private static String motivational(Question question, AnswerAnalysis analysis, JobFacts job) {
        if (analysis.skillsShown().isEmpty() && !job.skills().isEmpty()) {
            String skill = job.skillNames(question.skills().isEmpty()
                    ? List.of(job.skills().getFirst().id()) : question.skills()).getFirst();
            return "Which part of the work, for example " + skill + ", would you most look forward to in this "
                    + job.shortTitle() + " role, and why?";
        }
        return "What in your own experience so far shows that this " + job.shortTitle()
                + " role is the right next step for you?";
    }

    private static String ownAction(String answer, AnswerAnalysis analysis, boolean hypothetical) {
        if (hypothetical) {
            return "What exactly would you do yourself, step by step, and whom would you bring in?";
        }
        return weSentence(answer, analysis)
                .map(quote -> "You said \"" + quote + "\". " + PERSONAL_PART)
                .orElse("What did you personally do there, step by step, and which decisions were yours?");
    }

    // A short quote of the first "we" sentence makes clear which part of the story is meant; the
    // action sentences are searched first because that is where "we" hides the candidate's part.
    private static Optional<String> weSentence(String answer, AnswerAnalysis analysis) {
        List<String> sentences = new ArrayList<>(analysis.star().getOrDefault(StarPart.ACTION, List.of()));
        sentences.addAll(Arrays.asList(answer.split("(?<=[.!?])\\s+")));
        for (String sentence : sentences) {
            List<String> words = Arrays.asList(Phrases.firstSentence(sentence).replace("\"", "").split(" "));
            if (words.stream().anyMatch(w -> w.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "").equals("we"))) {
                String quote = String.join(" ", words.subList(0, Math.min(MAX_QUOTE_WORDS, words.size())));
                return Optional.of(words.size() > MAX_QUOTE_WORDS ? quote + "…" : quote);
            }
        }
        return Optional.empty();
    }
}
