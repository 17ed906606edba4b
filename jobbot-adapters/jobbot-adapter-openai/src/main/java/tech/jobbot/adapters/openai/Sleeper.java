package tech.jobbot.adapters.openai;

import java.time.Duration;

/** Waits between attempts; tests pass one that records the wait instead of taking it. */
@FunctionalInterface
interface Sleeper {
    Sleeper REAL = Thread::sleep;

    void sleep(Duration duration) throws InterruptedException;
}
