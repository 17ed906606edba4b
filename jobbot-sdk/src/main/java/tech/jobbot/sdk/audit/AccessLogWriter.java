package tech.jobbot.sdk.audit;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

import tech.jobbot.domain.audit.AccessRecord;
import tech.jobbot.ports.out.audit.AccessLog;

/**
 * Takes access records on the request path without waiting (a bounded queue; when it is full a
 * record is dropped and counted, never the request slowed) and writes them in batches from the
 * background worker.
 */
public final class AccessLogWriter {
    static final int CAPACITY = 50_000;
    private static final int BATCH = 1_000;
    private static final Logger LOG = System.getLogger(AccessLogWriter.class.getName());

    private final AccessLog log;
    private final BlockingQueue<AccessRecord> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final AtomicLong dropped = new AtomicLong();

    public AccessLogWriter(AccessLog log) {
        this.log = log;
    }

    /** Never blocks. */
    public void offer(AccessRecord record) {
        if (!queue.offer(record)) {
            dropped.incrementAndGet();
        }
    }

    /** Writes everything queued now, in batches; returns how many records were written. */
    public int flush() {
        int written = 0;
        List<AccessRecord> batch = new ArrayList<>(BATCH);
        while (queue.drainTo(batch, BATCH) > 0) {
            try {
                log.append(batch);
                written += batch.size();
            } catch (RuntimeException e) {
                // One bad record must not cost the batch: the rest are written one by one.
                for (AccessRecord record : batch) {
                    try {
                        log.append(List.of(record));
                        written++;
                    } catch (RuntimeException one) {
                        dropped.incrementAndGet();
                    }
                }
                LOG.log(Level.WARNING, "access log batch written record by record: " + e.getMessage());
            }
            batch.clear();
        }
        return written;
    }

    /** Records dropped so far (queue full or database down). */
    public long dropped() {
        return dropped.get();
    }
}
