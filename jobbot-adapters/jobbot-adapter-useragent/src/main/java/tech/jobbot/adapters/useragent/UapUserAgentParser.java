package tech.jobbot.adapters.useragent;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import ua_parser.Client;
import ua_parser.Parser;

import tech.jobbot.domain.auth.Device;
import tech.jobbot.ports.out.device.UserAgentParser;

/**
 * User agents parsed with ua-parser (uap-java and the uap-core regular expressions that most
 * analytics tools share), with the families shown to people coarsened: "Chrome Mobile iOS" is
 * Chrome, "Mac OS X" is macOS. The rules load in the background, so start-up does not wait for
 * them; results are cached (a few thousand distinct agents cover nearly all traffic). Safe to
 * share between threads.
 */
public final class UapUserAgentParser implements UserAgentParser {
    private static final Logger LOG = System.getLogger(UapUserAgentParser.class.getName());
    private static final int MAX_LENGTH = 512;
    private static final Pattern PRODUCT = Pattern.compile("([A-Za-z][A-Za-z0-9._-]{1,40})/[0-9]");
    private static final Map<String, String> BROWSERS = Map.ofEntries(
            Map.entry("Chrome Mobile", "Chrome"), Map.entry("Chrome Mobile iOS", "Chrome"),
            Map.entry("Chrome Mobile WebView", "Chrome"), Map.entry("Chromium", "Chrome"),
            Map.entry("HeadlessChrome", "Chrome"), Map.entry("Mobile Safari", "Safari"),
            Map.entry("Mobile Safari UI/WKWebView", "Safari"), Map.entry("Firefox Mobile", "Firefox"),
            Map.entry("Firefox iOS", "Firefox"), Map.entry("Edge Mobile", "Edge"), Map.entry("Opera Mobile", "Opera"),
            Map.entry("Samsung Internet", "Samsung Internet"), Map.entry("Other", "Other client"));
    private static final Map<String, String> SYSTEMS = Map.of("Mac OS X", "macOS", "Chrome OS", "ChromeOS",
            "Other", "unknown OS");
    private static final Set<String> PHONE_SYSTEMS = Set.of("Android", "iOS", "Windows Phone", "KaiOS", "BlackBerry OS");
    private static final Set<String> DESKTOP_SYSTEMS = Set.of("Windows", "Mac OS X", "Linux", "Ubuntu", "Fedora",
            "Debian", "Chrome OS", "FreeBSD", "OpenBSD");

    /** Empty when the rules failed to load (said once, in the log): then every agent is unknown. */
    private final CompletableFuture<Optional<Parser>> parser;
    private final Cache<String, Parsed> cache = Caffeine.newBuilder().maximumSize(4096).build();

    public UapUserAgentParser() {
        this.parser = CompletableFuture.supplyAsync(() -> {
            try {
                return Optional.of(new Parser());
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "the user-agent rules did not load; devices are recorded as unknown", e);
                return Optional.<Parser>empty();
            }
        }, runnable -> Thread.ofVirtual().name("ua-parser-load").start(runnable));
    }

    @Override
    public Parsed parse(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return Parsed.UNKNOWN_AGENT;
        }
        String ua = userAgent.length() > MAX_LENGTH ? userAgent.substring(0, MAX_LENGTH) : userAgent;
        // uap-java's Parser is stateless and safe to share; its own CachingParser is not (an
        // unsynchronised LRU map), so the cache here is Caffeine's.
        return cache.get(ua, this::parseUncached);
    }

    private Parsed parseUncached(String ua) {
        Optional<Parser> rules = parser.join();
        if (rules.isEmpty()) {
            return Parsed.UNKNOWN_AGENT;
        }
        Client client;
        try {
            client = rules.get().parse(ua);
        } catch (RuntimeException e) {
            return Parsed.UNKNOWN_AGENT;
        }
        String browserFamily = client.userAgent == null ? "Other" : client.userAgent.family;
        String osFamily = client.os == null ? "Other" : client.os.family;
        String deviceFamily = client.device == null ? "Other" : client.device.family;
        String browser = BROWSERS.getOrDefault(browserFamily, browserFamily);
        if ("Other".equals(browserFamily)) {
            // A library the rules do not know names itself first ("Java-http-client/21"): say which.
            Matcher product = PRODUCT.matcher(ua);
            if (product.lookingAt()) {
                browser = product.group(1);
            }
        }
        String os = SYSTEMS.getOrDefault(osFamily, osFamily);
        return new Parsed(new Device(browser, os), deviceType(ua, browserFamily, osFamily, deviceFamily));
    }

    private static String deviceType(String ua, String browser, String os, String device) {
        String lower = ua.toLowerCase(Locale.ROOT);
        if ("Spider".equals(device) || !lower.startsWith("mozilla/")) {
            return OTHER;
        }
        if ("iPad".equals(device) || lower.contains("tablet") || ("Android".equals(os) && !lower.contains("mobile"))) {
            return TABLET;
        }
        if (PHONE_SYSTEMS.contains(os)) {
            return MOBILE;
        }
        if (DESKTOP_SYSTEMS.contains(os)) {
            return DESKTOP;
        }
        return "Other".equals(browser) ? UNKNOWN : OTHER;
    }
}
