package tech.jobbot.domain.interview;

import java.util.Locale;

/** The kind of a question; an interview plan mixes them. */
public enum QuestionKind {
    BEHAVIORAL,
    TECHNICAL,
    SITUATIONAL,
    MOTIVATIONAL;

    /** The name used in the API: lower case. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
