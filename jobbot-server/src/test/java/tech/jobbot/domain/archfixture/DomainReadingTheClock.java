package tech.jobbot.domain.archfixture;

import java.time.Instant;

/** Breaks "no clock reads in the domain" on purpose; only the architecture test imports it. */
public final class DomainReadingTheClock {
    public Instant deadline() {
        return Instant.now().plusSeconds(600);
    }

    public long millis() {
        return System.currentTimeMillis();
    }
}
