package tech.jobbot.domain.mail;

/** Plain text made safe to show in HTML: in mail bodies and in the pages the server renders. */
public final class Html {
    private Html() {
    }

    /** Escapes the five characters that could start markup or end an attribute. */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    /** Escaped paragraphs: one {@code <p>} per block of lines, line breaks kept as {@code <br>}. */
    public static String paragraphs(String text) {
        StringBuilder html = new StringBuilder();
        for (String block : text.strip().split("\\R\\s*\\R")) {
            html.append("<p>").append(escape(block.strip()).replaceAll("\\R", "<br>")).append("</p>\n");
        }
        return html.toString();
    }
}
