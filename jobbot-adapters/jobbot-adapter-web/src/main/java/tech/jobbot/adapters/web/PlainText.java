package tech.jobbot.adapters.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;

/**
 * Turns markup into plain text that keeps the shape a reader relies on: headings and paragraphs
 * as blocks separated by a blank line, list items as lines starting with "- ". Every method
 * stops writing at a character limit, so hostile input costs at most one pass over it.
 */
final class PlainText {
    static final String BULLET = "- ";

    private static final Pattern HTML_TAG = Pattern.compile(
            "<!doctype\\s+html|<\\s*/?\\s*(?:html|head|body|main|article|section|header|footer|nav|aside|div|span|p|br|hr"
                    + "|ul|ol|li|dl|dt|dd|h[1-6]|strong|b|em|i|u|a|font|small|table|thead|tbody|tr|td|th|blockquote|pre"
                    + "|title|meta|link|script|style|img|form)(?:\\s[^<>]*)?/?\\s*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_BULLET = Pattern.compile("^(?:[-*•·‣◦▪–—]|\\d{1,2}[.)])\\s+");
    private static final Set<String> PARAGRAPHS = Set.of(
            "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "blockquote", "pre", "hr",
            "section", "article", "figure", "address", "details", "fieldset");
    private static final Set<String> LINES = Set.of(
            "div", "tr", "dt", "dd", "main", "header", "footer", "nav", "aside", "form", "caption",
            "summary", "figcaption", "legend", "option", "center");
    private static final Set<String> SKIPPED = Set.of(
            "script", "style", "noscript", "template", "iframe", "svg", "canvas", "object", "embed", "head");
    private static final int MAX_UNESCAPE_ROUNDS = 3;

    private PlainText() {
    }

    /** Whether {@code text} contains HTML tags (not merely a stray "&lt;"). */
    static boolean looksLikeHtml(String text) {
        return HTML_TAG.matcher(text).find();
    }

    /** The text of {@code root} and its descendants, with blocks and bullets kept as lines. */
    static String ofHtml(Element root, int maxChars) {
        Lines lines = new Lines(maxChars);
        NodeFilter filter = new NodeFilter() {
            private int preformatted;

            @Override
            public FilterResult head(Node node, int depth) {
                if (lines.full()) {
                    return FilterResult.STOP;
                }
                if (node instanceof TextNode text) {
                    lines.append(text.getWholeText(), preformatted > 0);
                } else if (node instanceof Element element) {
                    String name = element.normalName();
                    if (SKIPPED.contains(name)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    open(element, name);
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element element) {
                    close(element, element.normalName());
                }
                return FilterResult.CONTINUE;
            }

            private void open(Element element, String name) {
                switch (name) {
                    case "br" -> lines.lineBreak();
                    case "li" -> lines.bullet();
                    case "td", "th" -> lines.space();
                    case "ul", "ol" -> listBreak(element);
                    default -> blockBreak(name);
                }
                if (name.equals("pre")) {
                    preformatted++;
                }
            }

            private void close(Element element, String name) {
                switch (name) {
                    case "li" -> lines.lineBreak();
                    case "ul", "ol" -> listBreak(element);
                    default -> blockBreak(name);
                }
                if (name.equals("pre")) {
                    preformatted--;
                }
            }

            private void listBreak(Element list) {
                // A list inside a list item continues the outer list line by line.
                Element parent = list.parent();
                if (parent != null && parent.closest("li") != null) {
                    lines.lineBreak();
                } else {
                    lines.paragraphBreak();
                }
            }

            private void blockBreak(String name) {
                if (PARAGRAPHS.contains(name)) {
                    lines.paragraphBreak();
                } else if (LINES.contains(name)) {
                    lines.lineBreak();
                }
            }
        };
        root.filter(filter);
        return lines.toString();
    }

    /**
     * The plain text of a value that may be plain text, HTML, or HTML escaped once or twice (as
     * JSON-LD descriptions often are: {@code "&lt;p&gt;We build&lt;/p&gt;"}).
     */
    static String ofMarkup(String value, int maxChars) {
        String text = value;
        for (int round = 0; round < MAX_UNESCAPE_ROUNDS && !looksLikeHtml(text) && text.indexOf('&') >= 0; round++) {
            String unescaped = Parser.unescapeEntities(text, false);
            if (unescaped.equals(text)) {
                break;
            }
            text = unescaped;
        }
        if (looksLikeHtml(text)) {
            return ofHtml(Jsoup.parseBodyFragment(text).body(), maxChars);
        }
        return normalise(text, maxChars);
    }

    /** {@link #ofMarkup} on one line: for titles and names. */
    static String inline(String value, int maxChars) {
        String text = ofMarkup(value, maxChars).replace('\n', ' ');
        return normalise(LEADING_BULLET.matcher(text).replaceFirst(""), maxChars);
    }

    /** The lines of {@link #ofMarkup}, without bullets or blank lines: one entry per list item or paragraph. */
    static List<String> items(String value, int maxChars) {
        List<String> items = new ArrayList<>();
        for (String line : ofMarkup(value, maxChars).split("\n")) {
            String item = LEADING_BULLET.matcher(line.strip()).replaceFirst("").strip();
            if (!item.isEmpty()) {
                items.add(item);
            }
        }
        return items;
    }

    /**
     * Plain text tidied: line breaks kept (at most one blank line in a row), other whitespace runs
     * made one space, lines trimmed, control and zero-width characters dropped.
     */
    static String normalise(String text, int maxChars) {
        Lines lines = new Lines(maxChars);
        lines.append(text, true);
        return lines.toString();
    }

    /** Drops repeats (ignoring case) and keeps at most {@code max} entries, in their first order. */
    static List<String> distinct(List<String> values, int max) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String value : values) {
            if (byKey.size() == max) {
                break;
            }
            byKey.putIfAbsent(value.toLowerCase(Locale.ROOT), value);
        }
        return List.copyOf(byKey.values());
    }

    /**
     * Writes text line by line. Breaks and bullets are requested, not written, until the next
     * visible character: so empty elements leave no blank lines and a page never ends in one.
     */
    private static final class Lines {
        private static final int NONE = 0;
        private static final int LINE = 1;
        private static final int PARAGRAPH = 2;

        private final StringBuilder out = new StringBuilder();
        private final int maxChars;
        private int pendingBreak = NONE;
        private boolean pendingSpace;
        private boolean pendingBullet;

        Lines(int maxChars) {
            this.maxChars = maxChars;
        }

        boolean full() {
            return out.length() >= maxChars;
        }

        void lineBreak() {
            pendingBreak = Math.max(pendingBreak, LINE);
        }

        void paragraphBreak() {
            pendingBreak = PARAGRAPH;
        }

        void bullet() {
            lineBreak();
            pendingBullet = true;
        }

        void space() {
            pendingSpace = true;
        }

        /** Appends text; with {@code keepLineBreaks} a newline breaks the line and two make a paragraph. */
        void append(String text, boolean keepLineBreaks) {
            int newlines = 0;
            for (int i = 0; i < text.length() && !full(); i++) {
                char c = text.charAt(i);
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    continue;
                }
                if (c == '\n' || c == '\r') {
                    if (keepLineBreaks) {
                        newlines++;
                        pendingBreak = Math.max(pendingBreak, Math.min(newlines, PARAGRAPH));
                    } else {
                        pendingSpace = true;
                    }
                } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    pendingSpace = true;
                } else if (!isInvisible(c)) {
                    write(c);
                    newlines = 0;
                }
            }
        }

        private void write(char c) {
            if (!out.isEmpty()) {
                if (pendingBreak == PARAGRAPH) {
                    out.append("\n\n");
                } else if (pendingBreak == LINE) {
                    out.append('\n');
                } else if (pendingSpace) {
                    out.append(' ');
                }
            }
            if (pendingBullet) {
                out.append(BULLET);
            }
            pendingBreak = NONE;
            pendingSpace = false;
            pendingBullet = false;
            out.append(c);
        }

        private static boolean isInvisible(char c) {
            return Character.isISOControl(c) || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060'
                    || c == '\uFEFF' || c == '\u00AD';
        }

        @Override
        public String toString() {
            int end = Math.min(out.length(), maxChars);
            // Text cut after the first half of a surrogate pair would end in an unpaired character.
            if (end > 0 && Character.isHighSurrogate(out.charAt(end - 1))) {
                end--;
            }
            return out.substring(0, end).strip();
        }
    }
}
