package tech.jobbot.domain.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A security incident in the register (policy §6): what happened, what it touches, what was done,
 * and the clocks it started. The clocks run from {@link #awareAt()}, when Jobbot became aware of it.
 *
 * @param dataCategories the kinds of personal data concerned, e.g. "email addresses", "interview answers"
 */
public record Incident(UUID id, Instant detectedAt, Instant awareAt, String nature, List<String> dataCategories,
        long approxPeople, long approxRecords, String likelyConsequences, String measures, String contact,
        String cause, String whatPeopleCanDo, Status status, Optional<Instant> reportedToAuthorityAt,
        List<Update> timeline) {
    public Incident {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(detectedAt, "detectedAt");
        Objects.requireNonNull(awareAt, "awareAt");
        dataCategories = List.copyOf(Objects.requireNonNull(dataCategories, "dataCategories"));
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reportedToAuthorityAt, "reportedToAuthorityAt");
        timeline = List.copyOf(Objects.requireNonNull(timeline, "timeline"));
        for (String text : List.of(nature, likelyConsequences, measures, contact, cause, whatPeopleCanDo)) {
            Objects.requireNonNull(text, "text");
            if (text.length() > 5_000) {
                throw new IllegalArgumentException("an incident field is at most 5,000 characters");
            }
        }
        if (nature.isBlank() || contact.isBlank()) {
            throw new IllegalArgumentException("an incident needs its nature and a contact person");
        }
        if (awareAt.isBefore(detectedAt)) {
            throw new IllegalArgumentException("Jobbot cannot become aware of an incident before it is detected");
        }
        if (approxPeople < 0 || approxRecords < 0) {
            throw new IllegalArgumentException("numbers affected cannot be negative");
        }
    }

    /** Adds a step to the timeline, optionally moving the status on. */
    public Incident update(String text, Optional<Status> newStatus, Instant at) {
        Objects.requireNonNull(text, "text");
        if (text.isBlank() || text.length() > 5_000) {
            throw new IllegalArgumentException("an update is 1 to 5,000 characters");
        }
        List<Update> more = new ArrayList<>(timeline);
        more.add(new Update(at, text.strip()));
        return new Incident(id, detectedAt, awareAt, nature, dataCategories, approxPeople, approxRecords,
                likelyConsequences, measures, contact, cause, whatPeopleCanDo, newStatus.orElse(status),
                reportedToAuthorityAt, more);
    }

    public Incident reportedToAuthority(Instant at) {
        List<Update> more = new ArrayList<>(timeline);
        more.add(new Update(at, "reported to the supervisory authority"));
        return new Incident(id, detectedAt, awareAt, nature, dataCategories, approxPeople, approxRecords,
                likelyConsequences, measures, contact, cause, whatPeopleCanDo, status, Optional.of(at), more);
    }

    /** Where each deadline clock stands now. */
    public List<DeadlineClock> clocks(List<Deadline> deadlines, Instant now) {
        return deadlines.stream().map(d -> DeadlineClock.of(d, awareAt, reportedToAuthorityAt, now)).toList();
    }

    public enum Status { OPEN, CONTAINED, RESOLVED }

    public record Update(Instant at, String text) {
    }

    /**
     * A notification deadline of one regime, e.g. "supervisory authority (GDPR art. 33)", 72 hours,
     * warning 24 hours before.
     */
    public record Deadline(String regime, Duration within, Duration warnBefore) {
        public static final Deadline GDPR_AUTHORITY = new Deadline("supervisory authority (GDPR art. 33)",
                Duration.ofHours(72), Duration.ofHours(24));

        public Deadline {
            Objects.requireNonNull(regime, "regime");
            Objects.requireNonNull(within, "within");
            Objects.requireNonNull(warnBefore, "warnBefore");
        }
    }

    /** One deadline as it stands: due when, and whether it is met, running, close or missed. */
    public record DeadlineClock(String regime, Instant dueAt, State state, Duration remaining) {
        public enum State { MET, RUNNING, WARNING, OVERDUE }

        static DeadlineClock of(Deadline d, Instant awareAt, Optional<Instant> reportedAt, Instant now) {
            Instant due = awareAt.plus(d.within());
            if (reportedAt.isPresent()) {
                return new DeadlineClock(d.regime(), due, reportedAt.get().isAfter(due) ? State.OVERDUE : State.MET,
                        Duration.ZERO);
            }
            Duration remaining = Duration.between(now, due);
            State state = remaining.isNegative() ? State.OVERDUE
                    : remaining.compareTo(d.warnBefore()) <= 0 ? State.WARNING : State.RUNNING;
            return new DeadlineClock(d.regime(), due, state, remaining.isNegative() ? Duration.ZERO : remaining);
        }
    }
}
