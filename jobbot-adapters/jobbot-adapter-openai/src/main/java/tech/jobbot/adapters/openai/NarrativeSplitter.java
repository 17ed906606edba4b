package tech.jobbot.adapters.openai;

import java.util.Locale;
import java.util.function.Consumer;

import tech.jobbot.ports.out.interview.FeedbackNarrative;

/**
 * Splits a streamed reply of the form "narrative, then a line {@code OUTLINE:}, then the outline"
 * while it arrives. Narrative text is passed on at once, except the start of a line that could
 * still turn out to be the marker, which is held until it is clear; the marker and the outline
 * are never passed on, so the listener sees exactly the narrative. Not thread-safe: one per reply.
 */
final class NarrativeSplitter implements Consumer<String> {
    static final String MARKER = "OUTLINE:";

    private final Consumer<String> onChunk;
    private final StringBuilder narrative = new StringBuilder();
    private final StringBuilder heldLineStart = new StringBuilder();
    private final StringBuilder outline = new StringBuilder();
    private boolean restOfLineIsNarrative;
    private boolean inOutline;

    NarrativeSplitter(Consumer<String> onChunk) {
        this.onChunk = onChunk;
    }

    @Override
    public void accept(String content) {
        StringBuilder passOn = new StringBuilder();
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (inOutline) {
                outline.append(c);
            } else if (restOfLineIsNarrative) {
                passOn.append(c);
                restOfLineIsNarrative = c != '\n';
            } else {
                hold(c, passOn);
            }
        }
        pass(passOn);
    }

    /** The narrative and outline once the reply is complete; the outline is empty without a marker. */
    FeedbackNarrative finish() {
        if (!inOutline && !heldLineStart.isEmpty()) {
            pass(new StringBuilder(heldLineStart));
            heldLineStart.setLength(0);
        }
        return new FeedbackNarrative(narrative.toString().strip(), cleanOutline(outline.toString()));
    }

    private void hold(char c, StringBuilder passOn) {
        heldLineStart.append(c);
        if (c == '\n') {
            passOn.append(heldLineStart);
            heldLineStart.setLength(0);
            return;
        }
        String lead = withoutDecoration(heldLineStart).toUpperCase(Locale.ROOT);
        if (lead.startsWith(MARKER)) {
            inOutline = true;
            heldLineStart.setLength(0);
        } else if (!MARKER.startsWith(lead)) {
            passOn.append(heldLineStart);
            heldLineStart.setLength(0);
            restOfLineIsNarrative = true;
        }
    }

    private void pass(StringBuilder text) {
        if (!text.isEmpty()) {
            narrative.append(text);
            onChunk.accept(text.toString());
        }
    }

    /** Models dress the marker up as a heading or in bold ("## OUTLINE:", "**OUTLINE:**"). */
    private static String withoutDecoration(CharSequence lineStart) {
        int i = 0;
        while (i < lineStart.length() && isDecoration(lineStart.charAt(i))) {
            i++;
        }
        return lineStart.subSequence(i, lineStart.length()).toString();
    }

    /** Drops what closes a bold or underlined marker ("**OUTLINE:**"), then surrounding space. */
    private static String cleanOutline(String afterMarker) {
        int i = 0;
        while (i < afterMarker.length() && (afterMarker.charAt(i) == '*' || afterMarker.charAt(i) == '_')) {
            i++;
        }
        return afterMarker.substring(i).strip();
    }

    private static boolean isDecoration(char c) {
        return Character.isWhitespace(c) || c == '*' || c == '#' || c == '_';
    }
}
