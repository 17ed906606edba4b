package tech.jobbot.domain.auth;

import java.util.Objects;

/**
 * A coarse description of the device behind a session, "browser on operating system". The
 * full user-agent string is not kept: the browser family and OS are enough to recognise a
 * session in the list of one's sessions.
 */
public record Device(String browser, String operatingSystem) {
    public static final Device UNKNOWN = new Device("Unknown browser", "unknown OS");

    public Device {
        Objects.requireNonNull(browser, "browser");
        Objects.requireNonNull(operatingSystem, "operatingSystem");
    }

    public static Device fromUserAgent(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return UNKNOWN;
        }
        return new Device(browserOf(userAgent), osOf(userAgent));
    }

    private static String browserOf(String ua) {
        if (ua.contains("Edg/") || ua.contains("EdgA/") || ua.contains("EdgiOS/")) {
            return "Edge";
        }
        if (ua.contains("OPR/") || ua.contains("Opera")) {
            return "Opera";
        }
        if (ua.contains("Firefox/") || ua.contains("FxiOS/")) {
            return "Firefox";
        }
        if (ua.contains("Chrome/") || ua.contains("Chromium/") || ua.contains("CriOS/")) {
            return "Chrome";
        }
        if (ua.contains("Safari/")) {
            return "Safari";
        }
        if (ua.startsWith("curl/")) {
            return "curl";
        }
        if (ua.startsWith("Java-http-client") || ua.startsWith("Java/")) {
            return "Java HTTP client";
        }
        return "Other client";
    }

    private static String osOf(String ua) {
        if (ua.contains("Android")) {
            return "Android";
        }
        if (ua.contains("iPhone") || ua.contains("iPad")) {
            return "iOS";
        }
        if (ua.contains("Windows")) {
            return "Windows";
        }
        if (ua.contains("Mac OS X") || ua.contains("Macintosh")) {
            return "macOS";
        }
        if (ua.contains("CrOS")) {
            return "ChromeOS";
        }
        if (ua.contains("Linux")) {
            return "Linux";
        }
        return "unknown OS";
    }

    @Override
    public String toString() {
        return browser + " on " + operatingSystem;
    }
}
