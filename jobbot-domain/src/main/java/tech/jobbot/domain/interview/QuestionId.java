package tech.jobbot.domain.interview;

import java.util.Objects;
import java.util.regex.Pattern;

/** A question's id within its interview: {@code q1}..{@code q12}, follow-ups {@code q3f}. */
public record QuestionId(String value) {
    private static final Pattern FORMAT = Pattern.compile("q[1-9][0-9]?f?");

    public QuestionId {
        Objects.requireNonNull(value, "question id");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("is not a question id");
        }
    }

    public static QuestionId planned(int position) {
        return new QuestionId("q" + position);
    }

    public QuestionId followUp() {
        if (isFollowUp()) {
            throw new IllegalStateException("a follow-up has no follow-up");
        }
        return new QuestionId(value + "f");
    }

    public boolean isFollowUp() {
        return value.endsWith("f");
    }

    @Override
    public String toString() {
        return value;
    }
}
