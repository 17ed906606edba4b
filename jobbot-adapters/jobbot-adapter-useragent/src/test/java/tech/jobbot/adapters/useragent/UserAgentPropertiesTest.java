package tech.jobbot.adapters.useragent;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import tech.jobbot.ports.out.device.UserAgentParser;

/** Any header at all, real-looking or hostile, is read without an exception and within a bound. */
class UserAgentPropertiesTest {
    private static final UapUserAgentParser PARSER = new UapUserAgentParser();
    private static final Set<String> TYPES = Set.of(UserAgentParser.MOBILE, UserAgentParser.TABLET,
            UserAgentParser.DESKTOP, UserAgentParser.OTHER, UserAgentParser.UNKNOWN);

    @Provide
    Arbitrary<String> agents() {
        Arbitrary<String> tokens = Arbitraries.of("Mozilla/5.0", "(Windows NT 10.0; Win64; x64)", "AppleWebKit/537.36",
                "(KHTML, like Gecko)", "Chrome/124.0", "Safari/537.36", "Mobile", "Android 14;", "iPhone OS 17_4",
                "Firefox/125.0", "Edg/124", "bot", "(", ")", ";", "/", "\u0000", "\uffff", "%n", "${jndi:x}");
        return Arbitraries.oneOf(
                tokens.list().ofMaxSize(60).map(l -> String.join(" ", l)),
                Arbitraries.strings().ofMaxLength(2_000),
                Arbitraries.strings().withChars("()/;. ").ofMinLength(500).ofMaxLength(5_000));
    }

    @Property(tries = 400)
    void any_header_gives_a_device_and_a_known_type(@ForAll("agents") String agent) {
        long start = System.nanoTime();
        UserAgentParser.Parsed parsed = PARSER.parse(agent);
        assertNotNull(parsed.device().browser());
        assertNotNull(parsed.device().operatingSystem());
        assertTrue(TYPES.contains(parsed.deviceType()), parsed.deviceType());
        assertTrue(parsed.device().browser().length() <= 512 && parsed.device().operatingSystem().length() <= 512);
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "no pathological backtracking");
    }
}
