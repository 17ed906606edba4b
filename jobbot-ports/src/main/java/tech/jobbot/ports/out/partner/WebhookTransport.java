package tech.jobbot.ports.out.partner;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/** Posts a webhook to a partner's endpoint over HTTP. */
public interface WebhookTransport {
    /**
     * @return the HTTP status the endpoint answered
     * @throws java.io.UncheckedIOException when it did not answer (refused, timed out)
     */
    int post(URI url, Map<String, String> headers, byte[] json, Duration timeout);
}
