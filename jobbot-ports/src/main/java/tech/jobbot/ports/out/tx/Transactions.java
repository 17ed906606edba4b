package tech.jobbot.ports.out.tx;

import java.util.function.Supplier;

/**
 * Runs work in one transaction: every repository call inside commits together or not at all.
 * Nested calls join the outer transaction.
 */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
