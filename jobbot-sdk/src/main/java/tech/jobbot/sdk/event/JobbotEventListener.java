package tech.jobbot.sdk.event;

import tech.jobbot.domain.event.JobbotEvent;

/**
 * Hears Jobbot's events in the host application: an interview finished, a consent changed, an
 * account erased. Called from a background worker after the change committed, at least once per
 * event (deduplicate by {@link JobbotEvent#id()}); an exception is logged and the event is not
 * offered to this listener again.
 */
@FunctionalInterface
public interface JobbotEventListener {
    void on(JobbotEvent event);
}
