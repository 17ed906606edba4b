package tech.jobbot.adapters.openai;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a {@code text/event-stream} line by line and gives back the data of each complete event
 * (WHATWG HTML, "server-sent events"). Only {@code data} matters to Chat Completions; comments
 * (keep-alives) and the other fields are skipped. Not thread-safe: one per stream.
 */
final class ServerSentEvents {
    private final StringBuilder data = new StringBuilder();
    private boolean hasData;

    /** The data of the events this line completes: none, or one at a blank line. */
    List<String> accept(String line) {
        if (line.isEmpty()) {
            return dispatch();
        }
        if (line.startsWith(":")) {
            return List.of();
        }
        int colon = line.indexOf(':');
        String field = colon < 0 ? line : line.substring(0, colon);
        if (!field.equals("data")) {
            return List.of();
        }
        String value = colon < 0 ? "" : line.substring(colon + 1);
        if (value.startsWith(" ")) {
            value = value.substring(1);
        }
        if (hasData) {
            data.append('\n');
        }
        data.append(value);
        hasData = true;
        return List.of();
    }

    /** The data of an event the stream ended in without its blank line. */
    List<String> finish() {
        return dispatch();
    }

    private List<String> dispatch() {
        if (!hasData) {
            return List.of();
        }
        List<String> complete = new ArrayList<>(1);
        complete.add(data.toString());
        data.setLength(0);
        hasData = false;
        return complete;
    }
}
