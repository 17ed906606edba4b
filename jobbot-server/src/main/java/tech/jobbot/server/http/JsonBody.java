package tech.jobbot.server.http;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import tech.jobbot.domain.account.Patch;

/**
 * A JSON object body read field by field, collecting every problem so that one 400 answer names
 * all invalid fields at once. Unknown fields are errors too: a typo must not be silently ignored.
 */
public final class JsonBody {
    private final JsonNode node;
    private final List<FieldError> errors = new ArrayList<>();

    JsonBody(JsonNode node) {
        this.node = node;
    }

    /** Records an error for every field not in {@code allowed}. */
    public JsonBody allowOnly(Set<String> allowed) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                errors.add(new FieldError(name, "is not a known field"));
            }
        }
        return this;
    }

    /** A required string field converted by {@code parse}, whose IllegalArgumentException message becomes the error. */
    public <T> T required(String field, int maxLength, Function<String, T> parse) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            errors.add(new FieldError(field, "is required"));
            return null;
        }
        return convert(field, value, maxLength, parse);
    }

    public <T> Optional<T> optional(String field, int maxLength, Function<String, T> parse) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        return Optional.ofNullable(convert(field, value, maxLength, parse));
    }

    /** An optional whole number within [min, max]. */
    public Optional<Integer> optionalInteger(String field, int min, int max) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            errors.add(new FieldError(field, "must be a whole number, not " + kind(value)));
            return Optional.empty();
        }
        int number = value.intValue();
        if (number < min || number > max) {
            errors.add(new FieldError(field, "must be between " + min + " and " + max));
            return Optional.empty();
        }
        return Optional.of(number);
    }

    /** An optional list of strings (absent or null: empty), each at most {@code maxLength} characters. */
    public List<String> stringList(String field, int maxItems, int maxLength) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            errors.add(new FieldError(field, "must be an array of strings, not " + kind(value)));
            return List.of();
        }
        if (value.size() > maxItems) {
            errors.add(new FieldError(field, "must have at most " + maxItems + " entries"));
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (!item.isTextual()) {
                errors.add(new FieldError(field + "[" + i + "]", "must be a string, not " + kind(item)));
            } else if (item.textValue().length() > maxLength) {
                errors.add(new FieldError(field + "[" + i + "]", "must be at most " + maxLength + " characters"));
            } else if (unreadable(item.textValue())) {
                errors.add(new FieldError(field + "[" + i + "]", UNREADABLE));
            } else {
                items.add(item.textValue());
            }
        }
        return items;
    }

    /** An optional boolean (absent or null: empty). */
    public Optional<Boolean> optionalBoolean(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isBoolean()) {
            errors.add(new FieldError(field, "must be true or false, not " + kind(value)));
            return Optional.empty();
        }
        return Optional.of(value.booleanValue());
    }

    /** A required boolean. */
    public Boolean requiredBoolean(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            errors.add(new FieldError(field, "is required"));
            return null;
        }
        if (!value.isBoolean()) {
            errors.add(new FieldError(field, "must be true or false, not " + kind(value)));
            return null;
        }
        return value.booleanValue();
    }

    /** The body's fields, for objects whose keys are data (e.g. purpose keys). */
    public Iterator<java.util.Map.Entry<String, JsonNode>> fields() {
        return node.fields();
    }

    /** Records an error found by the caller (e.g. a cross-field rule). */
    public void reject(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    /** For PATCH: absent keeps, null clears, a string sets. */
    public <T> Patch<T> patch(String field, int maxLength, Function<String, T> parse) {
        JsonNode value = node.get(field);
        if (value == null) {
            return Patch.keep();
        }
        if (value.isNull()) {
            return Patch.clear();
        }
        T parsed = convert(field, value, maxLength, parse);
        return parsed == null ? Patch.keep() : Patch.set(parsed);
    }

    /** Throws a 400 naming every invalid field, if there is any. */
    public void validate() {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private <T> T convert(String field, JsonNode value, int maxLength, Function<String, T> parse) {
        if (!value.isTextual()) {
            errors.add(new FieldError(field, "must be a string, not " + kind(value)));
            return null;
        }
        String text = value.textValue();
        if (text.length() > maxLength) {
            errors.add(new FieldError(field, "must be at most " + maxLength + " characters"));
            return null;
        }
        if (unreadable(text)) {
            errors.add(new FieldError(field, UNREADABLE));
            return null;
        }
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, e.getMessage()));
            return null;
        }
    }

    private static final String UNREADABLE = "must be readable text: no NUL or other control characters"
            + " (line breaks, tabs and page breaks are fine) and no broken Unicode";

    /**
     * Text no person wrote: NUL and other C0 control characters (tab, line and page breaks aside), or a
     * surrogate without its pair (which JSON can express with {@code \ud800} but no text contains).
     */
    static boolean unreadable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && (c < 0x09 || c > 0x0d)) {
                return true;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static String kind(JsonNode value) {
        return switch (value.getNodeType()) {
            case NUMBER -> value.isIntegralNumber() ? "a number" : "a decimal number";
            case STRING -> "a string";
            case BOOLEAN -> "a boolean";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            default -> value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
