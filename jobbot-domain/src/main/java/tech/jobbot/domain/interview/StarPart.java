package tech.jobbot.domain.interview;

/** The parts of a STAR answer: situation, task, action, result. */
public enum StarPart {
    SITUATION,
    TASK,
    ACTION,
    RESULT
}
