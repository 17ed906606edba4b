package tech.jobbot.domain.archfixture;

import io.helidon.http.Status;
import jakarta.mail.Session;
import org.jdbi.v3.core.Jdbi;

/** Breaks the domain's JDK-only rule and the framework placement rules on purpose. */
public final class DomainUsingHelidon {
    public Status status() {
        return Status.OK_200;
    }

    public Jdbi jdbi() {
        return null;
    }

    public Session mailSession() {
        return null;
    }
}
