package tech.jobbot.server.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every setting the server reads is in docs/configuration.md, with its environment variable. */
class ConfigurationDocTest {
    private static final Pattern READ = Pattern.compile(
            "settings\\.(?:get|string|integer|duration|list|bool[a-zA-Z]*|path)\\(\"([a-z][a-z.-]+)\"");

    @Test
    void every_key_the_server_reads_is_documented_with_its_environment_name() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = READ.matcher(Files.readString(source));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        assertTrue(keys.size() >= 30, "the settings were found: " + keys);
        String doc = Files.readString(Path.of("../docs/configuration.md"));
        Set<String> missing = new TreeSet<>();
        for (String key : keys) {
            String env = "JOBBOT_" + key.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_');
            if (!doc.contains("`" + key + "`") || !doc.contains("`" + env + "`")) {
                missing.add(key + " (" + env + ")");
            }
        }
        assertEquals(Set.of(), missing, "settings read by the server but not in docs/configuration.md");
    }
}
