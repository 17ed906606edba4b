package tech.jobbot.adapters.persistence;

import java.sql.SQLException;
import java.util.function.Supplier;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

import tech.jobbot.ports.out.JobbotException;
import tech.jobbot.ports.out.tx.Transactions;

/**
 * Transactions over Jdbi. The open handle is bound to the thread, so every repository call made
 * inside {@link #inTransaction} joins it; outside one, each call runs in its own.
 */
public final class JdbiTransactions implements Transactions {
    private final Jdbi jdbi;
    private final ThreadLocal<Handle> current = new ThreadLocal<>();

    public JdbiTransactions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        try {
            return jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED, handle -> {
                current.set(handle);
                try {
                    return work.get();
                } finally {
                    current.remove();
                }
            });
        } catch (JdbiException e) {
            throw translate(e);
        }
    }

    /** Runs the callback on the thread's transaction, or on a fresh handle when there is none. */
    <T> T withHandle(HandleCallback<T, RuntimeException> callback) {
        Handle handle = current.get();
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
