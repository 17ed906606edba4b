package tech.jobbot.domain.incident;

import java.time.Instant;
import java.util.Objects;

/** Which accounts an incident affected: the query that selects the people to notify. */
public sealed interface Affected {
    /** Every account. */
    record Everyone() implements Affected {}

    /** Accounts with a session that began in the window (e.g. while a leak was open). */
    record SignedInBetween(Instant from, Instant to) implements Affected {
        public SignedInBetween {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("the window ends after it begins");
            }
        }
    }

    /** Accounts holding interview records (e.g. when interview data was exposed). */
    record WithInterviews() implements Affected {}
}
