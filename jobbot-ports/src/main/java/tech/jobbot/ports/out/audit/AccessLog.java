package tech.jobbot.ports.out.audit;

import java.util.List;

import tech.jobbot.domain.audit.AccessRecord;

/** The access log's storage: written in batches. */
public interface AccessLog {
    /** Stores the records in one batch. */
    void append(List<AccessRecord> records);

    /** The newest records of a pseudonymous person, newest first: their recent activity. */
    List<AccessRecord> of(String subject, int limit);
}
