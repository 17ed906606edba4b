package tech.jobbot.server.policy;

import tech.jobbot.domain.mail.Html;
import tech.jobbot.domain.policy.PolicyDocument;

/** The {@code /privacy} page: the policy's text, escaped, one paragraph per block of lines. */
final class PolicyPage {
    private PolicyPage() {
    }

    static String html(PolicyDocument d) {
        String body = Html.paragraphs(d.text());
        return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>Jobbot privacy policy</title></head>\n<body><main>\n"
                + "<p class=\"policy-meta\">Region " + Html.escape(d.region()) + ", version " + d.version()
                + ", in effect from " + d.effectiveFrom() + ". " + Html.escape(d.summary()) + "</p>\n"
                + body + "</main></body></html>\n";
    }

    static String error(String message) {
        return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Jobbot privacy policy</title></head>\n<body><main>\n<p class=\"policy-error\">"
                + Html.escape(message == null ? "This policy cannot be shown." : message) + "</p>\n</main></body></html>\n";
    }

}
