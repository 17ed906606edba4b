package tech.jobbot.domain.auth;

import java.util.Objects;

/**
 * A coarse description of the device behind a session, "browser on operating system". The
 * full user-agent string is not kept: the browser family and OS are enough to recognise a
 * session in the list of one's sessions. Reading them from a user agent is an adapter's job
 * ({@code UserAgentParser}), with a maintained parser library.
 */
public record Device(String browser, String operatingSystem) {
    public static final Device UNKNOWN = new Device("Unknown browser", "unknown OS");

    public Device {
        Objects.requireNonNull(browser, "browser");
        Objects.requireNonNull(operatingSystem, "operatingSystem");
    }

    @Override
    public String toString() {
        return browser + " on " + operatingSystem;
    }
}
