package tech.jobbot.adapters.web;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import tech.jobbot.domain.job.JobPosting;

/**
 * Reads the schema.org {@code JobPosting} a page declares in its
 * {@code <script type="application/ld+json">} blocks: one object, a top-level array, an
 * {@code @graph}, or a posting nested in another node (a {@code WebPage}'s {@code mainEntity}).
 * A block that is not JSON is skipped; the first posting found, shallowest first, wins.
 */
final class JsonLdPostings {
    private static final int MAX_BLOCKS = 32;
    private static final int MAX_NODES_PER_BLOCK = 5_000;
    private static final int MAX_ITEMS = 100;
    private static final int MAX_ITEM_TEXT = 20_000;
    private static final int MAX_NESTING = 64;

    private static final Map<String, String> EMPLOYMENT_TYPES = Map.of(
            "FULL_TIME", "full-time",
            "PART_TIME", "part-time",
            "CONTRACTOR", "contract",
            "TEMPORARY", "temporary",
            "INTERN", "internship",
            "VOLUNTEER", "volunteer",
            "PER_DIEM", "per diem",
            "OTHER", "other");

    // Real pages put raw line breaks inside strings, leave trailing commas and add comments;
    // browsers' JSON-LD consumers forgive that, so this parser does too. The nesting cap keeps a
    // hostile block from costing deep recursion.
    private static final ObjectMapper JSON = new ObjectMapper(buildFactory());

    private JsonLdPostings() {
    }

    private static JsonFactory buildFactory() {
        return new JsonFactoryBuilder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
                .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
                .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
                .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
                .build();
    }

    /** The first JobPosting declared on the page, its text plain. */
    static Optional<JobPosting> first(Document page) {
        int blocks = 0;
        for (Element script : page.select("script[type]")) {
            if (!script.attr("type").strip().toLowerCase(Locale.ROOT).startsWith("application/ld+json")) {
                continue;
            }
            if (++blocks > MAX_BLOCKS) {
                break;
            }
            Optional<JsonNode> posting = parse(script.data()).flatMap(JsonLdPostings::findPosting);
            if (posting.isPresent()) {
                return posting.map(JsonLdPostings::toPosting);
            }
        }
        return Optional.empty();
    }

    private static Optional<JsonNode> parse(String block) {
        String json = block.strip();
        // Old pages hide script content from ancient browsers inside a comment or CDATA section.
        json = stripWrapper(json, "<!--", "-->");
        json = stripWrapper(json, "<![CDATA[", "]]>");
        try {
            return Optional.of(JSON.readTree(json)).filter(JsonNode::isContainerNode);
        } catch (IOException malformed) {
            return Optional.empty();
        }
    }

    private static String stripWrapper(String text, String open, String close) {
        if (text.startsWith(open) && text.endsWith(close)) {
            return text.substring(open.length(), text.length() - close.length()).strip();
        }
        return text;
    }

    private static Optional<JsonNode> findPosting(JsonNode root) {
        Deque<JsonNode> queue = new ArrayDeque<>();
        queue.add(root);
        for (int visited = 0; !queue.isEmpty() && visited < MAX_NODES_PER_BLOCK; visited++) {
            JsonNode node = queue.poll();
            if (node.isObject() && isJobPosting(node.get("@type"))) {
                return Optional.of(node);
            }
            for (JsonNode child : node) {
                if (child.isContainerNode()) {
                    queue.add(child);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isJobPosting(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode each : type) {
                if (isJobPosting(each)) {
                    return true;
                }
            }
            return false;
        }
        String name = type.asText("");
        return name.equals("JobPosting") || name.endsWith("/JobPosting") || name.endsWith(":JobPosting");
    }

    private static JobPosting toPosting(JsonNode posting) {
        Optional<String> title = text(posting.get("title")).or(() -> text(posting.get("name")))
                .map(value -> PlainText.inline(value, JsoupJobPostingReader.MAX_TITLE))
                .filter(value -> !value.isEmpty());
        Optional<String> company = text(posting.get("hiringOrganization"))
                .map(value -> PlainText.inline(value, JsoupJobPostingReader.MAX_TITLE))
                .filter(value -> !value.isEmpty());
        String description = text(posting.get("description"))
                .map(value -> PlainText.ofMarkup(value, JsoupJobPostingReader.MAX_TEXT))
                .orElse("");
        List<String> responsibilities = PlainText.distinct(items(posting.get("responsibilities")), MAX_ITEMS);
        List<String> qualifications = new ArrayList<>();
        qualifications.addAll(items(posting.get("qualifications")));
        qualifications.addAll(items(posting.get("experienceRequirements")));
        qualifications.addAll(items(posting.get("educationRequirements")));
        List<String> skills = new ArrayList<>();
        for (String item : items(posting.get("skills"))) {
            skills.addAll(splitList(item));
        }
        return new JobPosting(title, company, description, responsibilities,
                PlainText.distinct(qualifications, MAX_ITEMS), PlainText.distinct(skills, MAX_ITEMS),
                Optional.empty(), employmentType(posting.get("employmentType")));
    }

    /** The first piece of text in a value: a string, a number, an object's name, an array's first text. */
    private static Optional<String> text(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return Optional.empty();
        }
        if (value.isValueNode()) {
            return Optional.of(value.asText()).filter(text -> !text.isBlank());
        }
        if (value.isObject()) {
            return text(value.get("name")).or(() -> text(value.get("legalName"))).or(() -> text(value.get("@value")));
        }
        int seen = 0;
        for (JsonNode element : value) {
            if (++seen > MAX_ITEMS) {
                break;
            }
            Optional<String> text = text(element);
            if (text.isPresent()) {
                return text;
            }
        }
        return Optional.empty();
    }

    /**
     * The entries of a list-like property: a string (plain, HTML, or an HTML list, one entry per
     * line), an array of those, or schema.org objects such as an
     * {@code EducationalOccupationalCredential} or {@code OccupationalExperienceRequirements}.
     */
    private static List<String> items(JsonNode value) {
        List<String> items = new ArrayList<>();
        collectItems(value, items, 0);
        return items.size() > MAX_ITEMS ? List.copyOf(items.subList(0, MAX_ITEMS)) : items;
    }

    private static void collectItems(JsonNode value, List<String> items, int depth) {
        if (value == null || value.isNull() || value.isMissingNode() || items.size() >= MAX_ITEMS || depth > 2) {
            return;
        }
        if (value.isValueNode()) {
            items.addAll(PlainText.items(value.asText(), MAX_ITEM_TEXT));
        } else if (value.isArray()) {
            for (JsonNode element : value) {
                collectItems(element, items, depth + 1);
                if (items.size() >= MAX_ITEMS) {
                    return;
                }
            }
        } else {
            describe(value).ifPresent(text -> items.addAll(PlainText.items(text, MAX_ITEM_TEXT)));
        }
    }

    private static Optional<String> describe(JsonNode object) {
        Optional<String> named = text(object.get("name")).or(() -> text(object.get("description")))
                .or(() -> text(object.get("credentialCategory")))
                .or(() -> text(object.get("@value")));
        if (named.isPresent()) {
            return named;
        }
        JsonNode months = object.get("monthsOfExperience");
        if (months != null && months.isNumber() && months.asInt() > 0) {
            int count = months.asInt();
            return Optional.of(count % 12 == 0
                    ? count / 12 + (count == 12 ? " year" : " years") + " of experience"
                    : count + (count == 1 ? " month" : " months") + " of experience");
        }
        return Optional.empty();
    }

    private static Optional<String> employmentType(JsonNode value) {
        List<String> types = new ArrayList<>();
        for (String item : items(value)) {
            for (String type : splitList(item)) {
                String key = type.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
                types.add(EMPLOYMENT_TYPES.getOrDefault(key, type));
            }
        }
        return Optional.of(PlainText.distinct(types, MAX_ITEMS).stream().collect(Collectors.joining(", ")))
                .filter(joined -> !joined.isEmpty());
    }

    /** Splits "Java, SQL; Kubernetes" at commas and semicolons, but not inside parentheses: "Cloud (AWS, GCP)". */
    private static List<String> splitList(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if ((c == ',' || c == ';') && depth == 0) {
                addPart(parts, text.substring(start, i));
                start = i + 1;
            }
        }
        addPart(parts, text.substring(start));
        return parts;
    }

    private static void addPart(List<String> parts, String part) {
        String stripped = part.strip();
        if (!stripped.isEmpty()) {
            parts.add(stripped);
        }
    }
}
