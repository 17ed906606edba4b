package tech.jobbot.ports.out.event;

import java.time.Instant;
import java.util.List;

import tech.jobbot.domain.event.JobbotEvent;

/**
 * Events written in the same transaction as the change they announce, then dispatched (to the
 * host's listeners and into webhook deliveries) by a background worker: an event is never told for
 * a change that rolled back, and never lost for one that committed.
 */
public interface EventOutbox {
    void record(JobbotEvent event);

    /**
     * Up to {@code limit} events not yet dispatched, oldest first, each claimed for {@code lease} so
     * that another node's dispatcher leaves it alone; a claim that lapses (a node died) is taken again.
     */
    List<JobbotEvent> claim(Instant now, java.time.Duration lease, int limit);

    void markDispatched(JobbotEvent event, Instant at);

    /** Deletes the event (an erasure's, once the host has heard of it). */
    void delete(JobbotEvent event);

    /** Deletes every event about the person (at their erasure: nothing about them may stay). */
    int forget(tech.jobbot.domain.account.AccountId person);

    /** Deletes events dispatched before {@code cutoff}; returns how many. */
    int purgeDispatchedBefore(Instant cutoff, int limit);
}
