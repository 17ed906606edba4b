package tech.jobbot.server.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;

import tech.jobbot.domain.mail.Html;

/**
 * The readable rendering of an export: the JSON read token by token and written as nested lists,
 * so a large export is never held in memory whole. Every value is escaped.
 */
final class ExportHtml {
    private ExportHtml() {
    }

    static void render(InputStream json, OutputStream out) throws IOException {
        Writer html = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        html.write("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>Your data at Jobbot</title></head><body><main><h1>Your data at Jobbot</h1>\n"
                + "<p>Everything Jobbot holds about you. The same, machine-readable: the JSON export.</p>\n");
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                switch (token) {
                    case START_OBJECT -> html.write(opening(parser) + "<dl>");
                    case END_OBJECT -> html.write("</dl>" + closing(parser) + "\n");
                    case START_ARRAY -> html.write(opening(parser) + "<ol>");
                    case END_ARRAY -> html.write("</ol>" + closing(parser) + "\n");
                    case FIELD_NAME -> html.write("<dt>" + Html.escape(parser.currentName()) + "</dt>");
                    default -> html.write(value(parser, token));
                }
            }
        }
        html.write("</main></body></html>\n");
        html.flush();
    }

    /** A nested object or list sits in a list item, or in the description of its field. */
    private static String opening(JsonParser parser) {
        JsonStreamContext parent = parser.getParsingContext().getParent();
        return parent == null || parent.inRoot() ? "" : parent.inArray() ? "<li>" : "<dd>";
    }

    /** After an object or list ends, the context is its parent again. */
    private static String closing(JsonParser parser) {
        JsonStreamContext context = parser.getParsingContext();
        return context.inRoot() ? "" : context.inArray() ? "</li>" : "</dd>";
    }

    private static String value(JsonParser parser, JsonToken token) throws IOException {
        String text = token == JsonToken.VALUE_NULL ? "—" : parser.getText();
        boolean inArray = parser.getParsingContext().inArray();
        return (inArray ? "<li>" : "<dd>") + Html.escape(text) + (inArray ? "</li>" : "</dd>");
    }
}
