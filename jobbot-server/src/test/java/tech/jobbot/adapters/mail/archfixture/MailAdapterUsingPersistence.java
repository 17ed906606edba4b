package tech.jobbot.adapters.mail.archfixture;

import tech.jobbot.adapters.persistence.DatabaseSettings;
import tech.jobbot.sdk.Jobbot;

/** Breaks "adapters do not use each other" and "adapters do not use the SDK" on purpose. */
public final class MailAdapterUsingPersistence {
    public DatabaseSettings settings() {
        return DatabaseSettings.inMemory("fixture");
    }

    public Jobbot.Builder sdk() {
        return Jobbot.builder();
    }
}
