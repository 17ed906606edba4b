package tech.jobbot.server.policy;

import tech.jobbot.domain.policy.PolicyDocument;

/** The {@code /privacy} page: the policy's text, escaped, one paragraph per block of lines. */
final class PolicyPage {
    private PolicyPage() {
    }

    static String html(PolicyDocument d) {
        StringBuilder body = new StringBuilder();
        for (String block : d.text().strip().split("\\R\\s*\\R")) {
            body.append("<p>").append(escape(block.strip()).replaceAll("\\R", "<br>")).append("</p>\n");
        }
        return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>Jobbot privacy policy</title></head>\n<body><main>\n"
                + "<p class=\"policy-meta\">Region " + escape(d.region()) + ", version " + d.version()
                + ", in effect from " + d.effectiveFrom() + ". " + escape(d.summary()) + "</p>\n"
                + body + "</main></body></html>\n";
    }

    static String error(String message) {
        return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Jobbot privacy policy</title></head>\n<body><main>\n<p class=\"policy-error\">"
                + escape(message == null ? "This policy cannot be shown." : message) + "</p>\n</main></body></html>\n";
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
