package tech.jobbot.ports.out.device;

import java.util.Objects;

import tech.jobbot.domain.auth.Device;

/**
 * Reads a user-agent header as browser, operating system and device type (policy §2: device
 * information for troubleshooting), so that the header itself is never kept.
 */
public interface UserAgentParser {
    String MOBILE = "mobile";
    String TABLET = "tablet";
    String DESKTOP = "desktop";
    /** A script, a crawler or a library rather than a person's browser. */
    String OTHER = "other";
    String UNKNOWN = "unknown";

    /** Never throws: a missing, empty or unrecognised header gives {@link Device#UNKNOWN} and {@link #UNKNOWN}. */
    Parsed parse(String userAgent);

    /** @param deviceType one of mobile, tablet, desktop, other, unknown */
    record Parsed(Device device, String deviceType) {
        public static final Parsed UNKNOWN_AGENT = new Parsed(Device.UNKNOWN, UNKNOWN);

        public Parsed {
            Objects.requireNonNull(device, "device");
            Objects.requireNonNull(deviceType, "deviceType");
        }
    }
}
