package tech.jobbot.ports.out.incident;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.incident.Affected;
import tech.jobbot.domain.incident.Incident;

/** The incident register, and the record of who was notified of which incident. */
public interface Incidents {
    void add(Incident incident);

    void update(Incident incident);

    Optional<Incident> find(UUID id);

    /** Finds and locks it for the rest of the transaction (read-modify-write). */
    Optional<Incident> findForUpdate(UUID id);

    /** Newest first. */
    List<Incident> all();

    /** Up to {@code limit} accounts the query selects that were not yet notified of the incident. */
    List<AccountId> notYetNotified(UUID incident, Affected affected, int limit);

    /** Records the notification; false if the person was notified already. */
    boolean recordNotified(UUID incident, AccountId person, Instant at);

    long notifiedCount(UUID incident);

    /** Whether the person is on record as affected by (notified of) the incident. */
    boolean wasNotified(UUID incident, AccountId person);
}
