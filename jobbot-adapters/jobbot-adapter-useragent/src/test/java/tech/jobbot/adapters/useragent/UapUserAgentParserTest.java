package tech.jobbot.adapters.useragent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import tech.jobbot.domain.auth.Device;
import tech.jobbot.ports.out.device.UserAgentParser;
import tech.jobbot.ports.out.device.UserAgentParser.Parsed;

class UapUserAgentParserTest {
    private static final UapUserAgentParser PARSER = new UapUserAgentParser();

    /** Real user agents of current browsers, crawlers and libraries, as the families people are shown. */
    @ParameterizedTest(name = "{0} on {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            Chrome       | Windows    | desktop | Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36
            Chrome       | macOS      | desktop | Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36
            Chrome       | Linux      | desktop | Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36
            Chrome       | Android    | mobile  | Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36
            Chrome       | iOS        | mobile  | Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/124.0.6367.88 Mobile/15E148 Safari/604.1
            Chrome       | ChromeOS   | desktop | Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36
            Firefox      | Windows    | desktop | Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0
            Firefox      | macOS      | desktop | Mozilla/5.0 (Macintosh; Intel Mac OS X 14.4; rv:125.0) Gecko/20100101 Firefox/125.0
            Firefox      | Linux      | desktop | Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0
            Firefox      | Ubuntu     | desktop | Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0
            Firefox      | Android    | mobile  | Mozilla/5.0 (Android 14; Mobile; rv:125.0) Gecko/125.0 Firefox/125.0
            Safari       | macOS      | desktop | Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15
            Safari       | iOS        | mobile  | Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Mobile/15E148 Safari/604.1
            Safari       | iOS        | tablet  | Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1
            Edge         | Windows    | desktop | Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.51
            Edge         | macOS      | desktop | Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.51
            Edge         | Linux      | desktop | Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.51
            Opera        | Windows    | desktop | Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 OPR/110.0.0.0
            curl         | unknown OS | other   | curl/8.5.0
            Java-http-client | unknown OS | other   | Java-http-client/21.0.2
            Firefox      | iOS        | mobile  | Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/125.0 Mobile/15E148 Safari/605.1.15
            Edge         | iOS        | mobile  | Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 EdgiOS/124.2478.50 Mobile/15E148 Safari/605.1.15
            Edge         | Android    | mobile  | Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36 EdgA/124.0.2478.64
            Googlebot    | unknown OS | other   | Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)
            Chrome       | Android    | tablet  | Mozilla/5.0 (Linux; Android 13; SM-X700) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36
            Wget         | unknown OS | other   | Wget/1.21.4
            Chrome       | Linux      | desktop | Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36
            """)
    void recognises_browser_operating_system_and_device_type(String browser, String os, String type,
            String userAgent) {
        assertEquals(new Parsed(new Device(browser, os), type), PARSER.parse(userAgent));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void no_user_agent_is_an_unknown_device(String userAgent) {
        assertEquals(Parsed.UNKNOWN_AGENT, PARSER.parse(userAgent));
    }

    @Test
    void hostile_agents_are_cut_short_and_never_fail() {
        Parsed huge = PARSER.parse("Mozilla/5.0 (Windows NT 10.0; Win64; x64) " + "X".repeat(100_000));
        assertEquals("Windows", huge.device().operatingSystem(), "the first 512 characters still say Windows");
        Parsed control = PARSER.parse("\u0000\u0001\uffff");
        assertEquals(new Parsed(new Device("Other client", "unknown OS"), UserAgentParser.OTHER), control);
    }

    @Test
    void one_parser_serves_many_threads_with_the_same_answers() throws Exception {
        UapUserAgentParser shared = new UapUserAgentParser();
        java.util.List<String> agents = new java.util.ArrayList<>();
        for (int i = 0; i < 6_000; i++) {
            agents.add(i % 2 == 0
                    ? "Mozilla/5.0 (X11; Linux x86_64; rv:" + (i % 700) + ".0) Gecko/20100101 Firefox/" + (i % 700) + ".0"
                    : "Mozilla/5.0 (iPhone; CPU iPhone OS 17_" + (i % 9) + " like Mac OS X) AppleWebKit/605.1.15 "
                            + "(KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1 build/" + i);
        }
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<Boolean>>();
            for (int t = 0; t < 8; t++) {
                int offset = t;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < agents.size(); i++) {
                        String ua = agents.get((i + offset * 750) % agents.size());
                        Parsed p = shared.parse(ua);
                        boolean firefox = ua.contains("Firefox");
                        if (!p.equals(new Parsed(new Device(firefox ? "Firefox" : "Safari", firefox ? "Linux" : "iOS"),
                                firefox ? UserAgentParser.DESKTOP : UserAgentParser.MOBILE))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (var f : futures) {
                assertEquals(true, f.get(), "every thread got the right answer for every agent");
            }
        }
    }
}
