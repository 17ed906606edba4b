package tech.jobbot.domain.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DeviceTest {
    @Test
    void the_device_reads_as_browser_on_os() {
        assertEquals("Firefox on Linux", new Device("Firefox", "Linux").toString());
        assertEquals("Unknown browser on unknown OS", Device.UNKNOWN.toString());
    }

    @Test
    void a_device_has_both_parts() {
        assertThrows(NullPointerException.class, () -> new Device(null, "Linux"));
        assertThrows(NullPointerException.class, () -> new Device("Firefox", null));
    }
}
