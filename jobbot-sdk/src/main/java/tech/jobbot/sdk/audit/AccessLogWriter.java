package tech.jobbot.sdk.audit;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

import tech.jobbot.domain.audit.AccessRecord;
import tech.jobbot.ports.out.audit.AccessLog;
import tech.jobbot.ports.out.device.UserAgentParser;

/**
 * Takes access records on the request path without waiting (a bounded queue; when it is full a
 * record is dropped and counted, never the request slowed) and writes them in batches from the
 * background worker, which is also where user agents are parsed: nothing slow on the request path.
 */
public final class AccessLogWriter {
    static final int CAPACITY = 50_000;
    private static final int BATCH = 1_000;
    private static final Logger LOG = System.getLogger(AccessLogWriter.class.getName());

    private final AccessLog log;
    private final UserAgentParser userAgents;
    private final BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final AtomicLong dropped = new AtomicLong();

    public AccessLogWriter(AccessLog log, UserAgentParser userAgents) {
        this.log = log;
        this.userAgents = userAgents;
    }

    /**
     * A request as seen on the request path: everything but the device, which the writer reads
     * from the user agent later. The user agent itself is never stored.
     */
    public record Pending(Instant at, String method, String pathTemplate, int status, long latencyMicros,
            Optional<String> pseudonym, Optional<String> network, Optional<String> userAgent) {
    }

    /** Never blocks. */
    public void offer(Pending request) {
        if (!queue.offer(request)) {
            dropped.incrementAndGet();
        }
    }

    /** Writes everything queued now, in batches; returns how many records were written. */
    public int flush() {
        int written = 0;
        List<Pending> pending = new ArrayList<>(BATCH);
        while (queue.drainTo(pending, BATCH) > 0) {
            List<AccessRecord> batch = pending.stream().map(this::record).toList();
            pending.clear();
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
        }
        return written;
    }

    private AccessRecord record(Pending p) {
        UserAgentParser.Parsed agent = p.userAgent().map(userAgents::parse).orElse(UserAgentParser.Parsed.UNKNOWN_AGENT);
        return new AccessRecord(p.at(), p.method(), p.pathTemplate(), p.status(), p.latencyMicros(), p.pseudonym(),
                p.network(), agent.device().browser(), agent.device().operatingSystem(), agent.deviceType());
    }

    /** Records dropped so far (queue full or database down). */
    public long dropped() {
        return dropped.get();
    }
}
