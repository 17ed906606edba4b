package tech.jobbot.adapters.catalog;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import tech.jobbot.domain.job.SkillId;
import tech.jobbot.domain.recommendation.CatalogItem;
import tech.jobbot.domain.recommendation.ItemFormat;
import tech.jobbot.domain.recommendation.ItemType;
import tech.jobbot.domain.recommendation.PriceBand;
import tech.jobbot.domain.recommendation.SkillLevel;

/**
 * The catalog format, shared by the bundled file and partner feeds:
 *
 * <pre>{@code
 * {"items": [
 *   {"id": "sql-for-absolute-beginners", "title": "SQL for absolute beginners", "type": "course",
 *    "skills": ["sql", "relational-databases"], "level": "beginner", "format": "online",
 *    "duration": "self-paced, about 12 h", "price": "free", "provider": "Open Data School",
 *    "url": "https://opendata.example.org/courses/sql-for-absolute-beginners"}
 * ]}
 * }</pre>
 *
 * <ul>
 * <li>{@code type}: training, course or consulting; {@code level}: beginner, intermediate or
 *     advanced; {@code format}: online, in-person or one-to-one; {@code price}: free, low, medium
 *     or high. Exactly these lower-case words.</li>
 * <li>{@code skills}: 1 to 4 distinct taxonomy skill ids, most central first.</li>
 * <li>{@code url}: optional (absent or null); when given, an https link.</li>
 * </ul>
 *
 * <p>Parsing is strict: an unknown field, a wrong type or an unknown word makes the item invalid
 * rather than half-read, because a field we do not understand (say {@code "discontinued": true})
 * could change what the item means. A feed's invalid items are skipped and reported one by one;
 * a document that is not a catalog at all is refused as a whole.
 */
final class CatalogJson {
    static final int MAX_SKILLS = 4;
    static final int MAX_TITLE = 160;
    static final int MAX_PROVIDER = 100;
    static final int MAX_DURATION = 60;
    static final int MAX_URL = 500;

    private static final Set<String> FIELDS = Set.of("id", "title", "type", "skills", "level", "format", "duration",
            "price", "provider", "url");
    private static final int MAX_ECHO = 40;

    /** Duplicate keys and trailing text are refused rather than guessed at. */
    private static final ObjectMapper STRICT_JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private CatalogJson() {
    }

    /**
     * What a document held: the valid items in document order, and one line per invalid item.
     * Problem lines may quote a short, sanitised piece of an offending value.
     */
    record Parsed(List<CatalogItem> items, List<String> problems) {
        Parsed {
            items = List.copyOf(items);
            problems = List.copyOf(problems);
        }

        int skipped() {
            return problems.size();
        }
    }

    /**
     * Reads a catalog document, keeping the valid items and reporting the others.
     *
     * @param maxItems     the most items the document may hold, valid or not
     * @param isKnownSkill whether a skill id belongs to the taxonomy in use
     * @throws IllegalArgumentException if the document is not a catalog: not JSON, not an object
     *                                  with an {@code items} array, or more than {@code maxItems}
     *                                  items. The message never quotes the document.
     */
    static Parsed parse(byte[] json, long maxItems, Predicate<SkillId> isKnownSkill) {
        JsonNode root = readTree(json);
        if (!root.isObject()) {
            throw new IllegalArgumentException("a catalog is a JSON object with an \"items\" array");
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals("items")) {
                throw new IllegalArgumentException("a catalog has only an \"items\" array, not " + echo(name));
            }
        }
        JsonNode items = root.get("items");
        if (items == null || !items.isArray()) {
            throw new IllegalArgumentException("a catalog is a JSON object with an \"items\" array");
        }
        if (items.size() > maxItems) {
            throw new IllegalArgumentException(
                    "the catalog has " + items.size() + " items, more than the " + maxItems + " allowed");
        }
        List<CatalogItem> valid = new ArrayList<>(items.size());
        List<String> problems = new ArrayList<>();
        Map<String, Integer> firstPosition = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode node = items.get(i);
            String label = label(node, i);
            try {
                CatalogItem item = item(node, isKnownSkill);
                Integer earlier = firstPosition.putIfAbsent(item.id(), i);
                if (earlier != null) {
                    throw new IllegalArgumentException("the id is already used by item #" + (earlier + 1));
                }
                valid.add(item);
            } catch (IllegalArgumentException e) {
                problems.add(label + ": " + e.getMessage());
            }
        }
        return new Parsed(valid, problems);
    }

    /**
     * Reads a catalog that must be valid throughout, such as the one shipped with Jobbot.
     *
     * @throws IllegalArgumentException naming every invalid item and what is wrong with it
     */
    static List<CatalogItem> parseAllValid(byte[] json, Predicate<SkillId> isKnownSkill) {
        Parsed parsed = parse(json, Long.MAX_VALUE, isKnownSkill);
        if (parsed.skipped() > 0) {
            throw new IllegalArgumentException(parsed.skipped() + " invalid catalog item(s): "
                    + String.join("; ", parsed.problems()));
        }
        return parsed.items();
    }

    private static JsonNode readTree(byte[] json) {
        try {
            JsonNode root = STRICT_JSON.readTree(json);
            if (root == null || root.isMissingNode()) {
                throw new IllegalArgumentException("the catalog is empty");
            }
            return root;
        } catch (JsonProcessingException e) {
            // Jackson's own message quotes the offending text; a partner's body stays out of our logs.
            JsonLocation where = e.getLocation();
            throw new IllegalArgumentException(where == null ? "the catalog is not valid JSON"
                    : "the catalog is not valid JSON (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")");
        } catch (IOException e) {
            throw new IllegalArgumentException("the catalog could not be read", e);
        }
    }

    private static String label(JsonNode node, int index) {
        JsonNode id = node.get("id");
        if (id != null && id.isTextual() && !id.asText().isBlank()) {
            return "item " + echo(id.asText()) + " (#" + (index + 1) + ")";
        }
        return "item #" + (index + 1);
    }

    private static CatalogItem item(JsonNode node, Predicate<SkillId> isKnownSkill) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("an item is a JSON object");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new IllegalArgumentException("unknown field " + echo(name));
            }
        }
        String id = text(node, "id", 80);
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("field \"id\" must be a lower-case slug (a-z, 0-9, -), not " + echo(id));
        }
        String title = text(node, "title", MAX_TITLE);
        ItemType type = word(node, "type", ItemType.class);
        List<SkillId> skills = skills(node, isKnownSkill);
        SkillLevel level = word(node, "level", SkillLevel.class);
        ItemFormat format = word(node, "format", ItemFormat.class);
        String duration = text(node, "duration", MAX_DURATION);
        PriceBand price = word(node, "price", PriceBand.class);
        String provider = text(node, "provider", MAX_PROVIDER);
        Optional<String> url = url(node);
        return new CatalogItem(id, title, type, skills, level, format, duration, price, provider, url);
    }

    private static String text(JsonNode item, String field, int maxLength) {
        JsonNode value = item.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("field \"" + field + "\" is missing");
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException("field \"" + field + "\" must be a string");
        }
        String text = value.asText().strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("field \"" + field + "\" must not be blank");
        }
        if (text.length() > maxLength) {
            throw new IllegalArgumentException("field \"" + field + "\" must be at most " + maxLength + " characters");
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("field \"" + field + "\" must not contain control characters");
        }
        return text;
    }

    /** The enum constant written as its lower-case name with hyphens: IN_PERSON is "in-person". */
    private static <E extends Enum<E>> E word(JsonNode item, String field, Class<E> type) {
        JsonNode value = item.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("field \"" + field + "\" is missing");
        }
        List<String> words = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            String word = wordFor(constant);
            if (value.isTextual() && value.asText().equals(word)) {
                return constant;
            }
            words.add(word);
        }
        throw new IllegalArgumentException("field \"" + field + "\" must be one of " + String.join(", ", words)
                + ", not " + (value.isTextual() ? echo(value.asText()) : "a " + value.getNodeType().name().toLowerCase(Locale.ROOT)));
    }

    private static String wordFor(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static List<SkillId> skills(JsonNode item, Predicate<SkillId> isKnownSkill) {
        JsonNode value = item.get("skills");
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("field \"skills\" is missing");
        }
        if (!value.isArray() || value.isEmpty() || value.size() > MAX_SKILLS) {
            throw new IllegalArgumentException("field \"skills\" must be an array of 1 to " + MAX_SKILLS + " skill ids");
        }
        Set<SkillId> skills = new LinkedHashSet<>();
        for (JsonNode element : value) {
            if (!element.isTextual()) {
                throw new IllegalArgumentException("field \"skills\" must hold skill ids as strings");
            }
            SkillId skill;
            try {
                skill = new SkillId(element.asText());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("skill " + echo(element.asText()) + " is not a skill id (a lower-case slug)");
            }
            if (!isKnownSkill.test(skill)) {
                throw new IllegalArgumentException("skill " + echo(skill.value()) + " is not in the skills taxonomy");
            }
            if (!skills.add(skill)) {
                throw new IllegalArgumentException("skill " + echo(skill.value()) + " is listed twice");
            }
        }
        return List.copyOf(skills);
    }

    private static Optional<String> url(JsonNode item) {
        JsonNode value = item.get("url");
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        String url = text(item, "url", MAX_URL);
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("field \"url\" is not a valid URL");
        }
        // Links are shown to people: a plain-http or credential-carrying link is not one we pass on.
        if (!url.startsWith("https://") || uri.getHost() == null || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("field \"url\" must be an https link to a named host, without credentials");
        }
        return Optional.of(url);
    }

    /** A value quoted in a message: short, and with nothing that could forge a log line. */
    private static String echo(String value) {
        StringBuilder out = new StringBuilder("\"");
        value.codePoints().limit(MAX_ECHO).forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append('?');
            } else {
                out.appendCodePoint(c);
            }
        });
        if (value.codePointCount(0, value.length()) > MAX_ECHO) {
            out.append('…');
        }
        return out.append('"').toString();
    }
}
