package tech.jobbot.server.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;

/**
 * Every setting of the server, from (highest first) command-line flags, environment variables,
 * a YAML file and built-in defaults. A setting {@code a.b-c} is {@code jobbot.a.b-c} in YAML and
 * {@code JOBBOT_A_B_C} in the environment. docs/configuration.md lists them all.
 */
public final class ServerSettings {
    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

    private final Map<String, String> flags;
    private final Map<String, String> env;
    private final Config yaml;

    private ServerSettings(Map<String, String> flags, Map<String, String> env, Config yaml) {
        this.flags = flags;
        this.env = env;
        this.yaml = yaml;
    }

    /**
     * Reads flags ({@code --port 8080}, {@code --data-dir DIR}, {@code --config FILE}), the
     * environment and the YAML file named by {@code --config}, {@code JOBBOT_CONFIG} or
     * {@code ./jobbot.yaml} when it exists.
     */
    public static ServerSettings load(String[] args, Map<String, String> env) {
        Map<String, String> flags = parseFlags(args);
        Optional<Path> file = Optional.ofNullable(flags.get("config")).or(() -> Optional.ofNullable(env.get("JOBBOT_CONFIG")))
                .map(Path::of)
                .or(() -> Optional.of(Path.of("jobbot.yaml")).filter(Files::isRegularFile));
        file.filter(f -> !Files.isRegularFile(f)).ifPresent(f -> {
            throw new IllegalArgumentException("configuration file " + f + " does not exist");
        });
        Config yaml = file.map(f -> Config.builder(ConfigSources.file(f)).disableEnvironmentVariablesSource()
                        .disableSystemPropertiesSource().build())
                .orElseGet(Config::empty);
        return new ServerSettings(flags, env, yaml);
    }

    static Map<String, String> parseFlags(String[] args) {
        Map<String, String> flags = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + arg + " (flags look like --port 8080)");
            }
            String name = arg.substring(2);
            String value;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException("flag --" + name + " needs a value");
            }
            flags.put(name, value);
        }
        return flags;
    }

    /** The value of a setting, or empty when nobody set it. */
    public Optional<String> get(String key) {
        String flag = flags.get(key);
        if (flag != null) {
            return Optional.of(flag);
        }
        String envName = "JOBBOT_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
        String fromEnv = env.get(envName);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Optional.of(fromEnv);
        }
        return yaml.get("jobbot." + key).asString().asOptional().filter(v -> !v.isBlank());
    }

    public String string(String key, String fallback) {
        return get(key).orElse(fallback);
    }

    public int integer(String key, int fallback, int min, int max) {
        return get(key).map(v -> {
            try {
                int value = Integer.parseInt(v.strip());
                if (value < min || value > max) {
                    throw new IllegalArgumentException(key + " must be between " + min + " and " + max);
                }
                return value;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(key + " must be a whole number, not '" + v + "'");
            }
        }).orElse(fallback);
    }

    /** A duration as ISO-8601 ({@code PT24H}) or short ({@code 90s}, {@code 10m}, {@code 24h}, {@code 30d}). */
    public Duration duration(String key, Duration fallback) {
        return get(key).map(v -> parseDuration(key, v.strip())).orElse(fallback);
    }

    public List<String> list(String key) {
        return get(key).map(v -> Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }

    static Duration parseDuration(String key, String value) {
        Matcher m = SHORT_DURATION.matcher(value);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        }
        try {
            return Duration.parse(value);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(key + " must be a duration such as 90s, 10m, 24h, 30d or PT24H, not '"
                    + value + "'");
        }
    }
}
