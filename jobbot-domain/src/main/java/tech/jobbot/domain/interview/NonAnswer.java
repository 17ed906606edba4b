package tech.jobbot.domain.interview;

/** Why an answer does not answer at all; such an answer scores at most 10 and earns no praise. */
public enum NonAnswer {
    EMPTY,
    DONT_KNOW,
    GIBBERISH,
    COPY_OF_QUESTION,
    OFF_TOPIC
}
