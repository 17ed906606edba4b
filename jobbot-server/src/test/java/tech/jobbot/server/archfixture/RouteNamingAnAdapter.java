package tech.jobbot.server.archfixture;

import tech.jobbot.adapters.persistence.DatabaseSettings;

/** Breaks "the server uses the SDK, not adapters" on purpose. */
public final class RouteNamingAnAdapter {
    public DatabaseSettings settings() {
        return DatabaseSettings.inMemory("fixture");
    }
}
