package tech.jobbot.adapters.persistence;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

import tech.jobbot.ports.out.JobbotException;
import tech.jobbot.ports.out.tx.Transactions;

/**
 * Transactions over Jdbi, at READ COMMITTED. The open handle is bound to the thread, so every
 * repository call made inside {@link #inTransaction} joins it; outside one, each call runs in its own.
 */
public final class JdbiTransactions implements Transactions {
    private final Jdbi jdbi;
    private final ThreadLocal<Open> current = new ThreadLocal<>();
    /**
     * Whether every connection of the pool starts at READ COMMITTED (Jobbot's own pool is set so);
     * then the level is not set and reset around each transaction, which costs a round trip each
     * way on PostgreSQL's driver. For any other data source each transaction asks for the level.
     */
    private final boolean pooledAtReadCommitted;

    /** The thread's open transaction, with what it remembers until it ends. */
    private record Open(Handle handle, Map<String, Object> remembered) {
    }

    public JdbiTransactions(Jdbi jdbi, boolean pooledAtReadCommitted) {
        this.jdbi = jdbi;
        this.pooledAtReadCommitted = pooledAtReadCommitted;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        HandleCallback<T, RuntimeException> callback = handle -> {
            current.set(new Open(handle, new HashMap<>()));
            try {
                return work.get();
            } finally {
                current.remove();
            }
        };
        try {
            return pooledAtReadCommitted ? jdbi.inTransaction(callback)
                    : jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED, callback);
        } catch (JdbiException e) {
            throw translate(e);
        }
    }

    /**
     * A value remembered for the rest of the thread's open transaction (computed once by
     * {@code compute}); outside a transaction nothing is remembered and it is computed every time.
     */
    @SuppressWarnings("unchecked")
    <T> T rememberInTransaction(String key, Supplier<T> compute) {
        Open open = current.get();
        if (open == null) {
            return compute.get();
        }
        Object known = open.remembered().get(key);
        if (known == null) {
            known = compute.get();
            open.remembered().put(key, known);
        }
        return (T) known;
    }

    /** Forgets what the open transaction remembered under {@code key}. */
    void forgetInTransaction(String key) {
        Open open = current.get();
        if (open != null) {
            open.remembered().remove(key);
        }
    }

    /** Runs the callback on the thread's transaction, or on a fresh handle when there is none. */
    <T> T withHandle(HandleCallback<T, RuntimeException> callback) {
        Open open = current.get();
        Handle handle = open == null ? null : open.handle();
        try {
            return handle != null ? callback.withHandle(handle) : jdbi.withHandle(callback);
        } catch (JdbiException e) {
            throw translate(e);
        }
    }

    static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static RuntimeException translate(JdbiException e) {
        if (e.getCause() instanceof JobbotException jobbot) {
            return jobbot;
        }
        return new JobbotException("database operation failed: " + e.getClass().getSimpleName(), true, e);
    }
}
