package tech.jobbot.domain.interview;

import java.util.Optional;

/**
 * The improvements feedback can suggest. Each has a fixed headline (the remark's text), so that
 * the report can count how often the same advice came up across answers, and a weight for how
 * much acting on it tends to raise a score.
 */
enum Advice {
    ANSWER_THE_QUESTION("Answer the question with a real example", 4.0),
    DESCRIBE_ACTIONS("Describe what you did yourself, step by step", 3.0),
    ADD_RESULT("Close with a measurable result", 3.0),
    SHOW_SKILLS("Show the skills this job asks for", 2.5),
    BE_SPECIFIC("Give specifics: numbers, names, tools", 2.5),
    SAY_I("Say \"I\" for what you did, not only \"we\"", 2.0),
    SAY_MORE("Say more: aim for about 80 to 350 words", 2.0),
    SET_THE_SCENE("Set the scene: where, when and what was at stake", 1.5),
    STATE_THE_GOAL("State your goal or responsibility", 1.5),
    DROP_HEDGES("Drop the hedging and say it plainly", 1.0),
    CUT_FILLERS("Cut the filler words", 1.0),
    TIGHTEN("Tighten it: stay under about 350 words", 1.0),
    TELL_IN_ORDER("Tell it in order: situation, task, action, result", 0.75),
    TIE_TO_JOB("Tie it back to this job", 0.5);

    private final String headline;
    private final double weight;

    Advice(String headline, double weight) {
        this.headline = headline;
        this.weight = weight;
    }

    String headline() {
        return headline;
    }

    double weight() {
        return weight;
    }

    static Advice forMissing(StarPart part) {
        return switch (part) {
            case SITUATION -> SET_THE_SCENE;
            case TASK -> STATE_THE_GOAL;
            case ACTION -> DESCRIBE_ACTIONS;
            case RESULT -> ADD_RESULT;
        };
    }

    static Optional<Advice> ofHeadline(String headline) {
        for (Advice advice : values()) {
            if (advice.headline.equals(headline)) {
                return Optional.of(advice);
            }
        }
        return Optional.empty();
    }
}
