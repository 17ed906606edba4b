package tech.jobbot.domain.recommendation;

import java.util.Objects;

/**
 * Why a skill counts as asked for: a line of the posting, or a place the skill was inferred from.
 * Only a {@link Quote} is the posting's own words; a reason must not quote anything else.
 */
public sealed interface GapSource {
    /** How the source reads on screen: the quoted line, or the place in words. */
    String text();

    /**
     * A requirement or responsibility line that names the skill, tidied and clipped.
     *
     * @param text at most {@value #MAX_LENGTH} characters, ellipsis included
     */
    record Quote(String text) implements GapSource {
        public static final int MAX_LENGTH = 160;

        public Quote {
            Objects.requireNonNull(text, "text");
            if (text.isBlank() || text.length() > MAX_LENGTH) {
                throw new IllegalArgumentException("a quote is 1 to " + MAX_LENGTH + " characters");
            }
        }
    }

    /** Where a skill comes from when no line of the posting names it. */
    enum Inferred implements GapSource {
        /** The title names the skill ("SQL Developer"). */
        TITLE("the job title"),
        /**
         * The role in the title usually needs the skill ("Registered Nurse" → patient care): the
         * posting itself does not ask for it.
         */
        ROLE("the usual skills of this role"),
        /** The job's skills name it, but no line, title or role does. */
        DESCRIPTION("the job description");

        private final String text;

        Inferred(String text) {
            this.text = text;
        }

        @Override
        public String text() {
            return text;
        }
    }
}
