package tech.jobbot.domain.interview;

import java.util.Locale;

/** What a question assesses; reports and progress are kept per competency. */
public enum Competency {
    ROLE_EXPERTISE,
    PROBLEM_SOLVING,
    COLLABORATION,
    LEADERSHIP,
    COMMUNICATION,
    ADAPTABILITY,
    CUSTOMER_FOCUS,
    MOTIVATION;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
