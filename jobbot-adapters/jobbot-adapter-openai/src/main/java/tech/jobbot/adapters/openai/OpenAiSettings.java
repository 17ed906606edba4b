package tech.jobbot.adapters.openai;

import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * How to reach an OpenAI-compatible Chat Completions server (OpenAI, an Azure-style gateway,
 * Ollama, vLLM, llama.cpp server) and how patiently to talk to it.
 *
 * @param baseUrl        the API root, such as {@code https://api.openai.com/v1} or
 *                       {@code http://localhost:11434/v1}; requests go to
 *                       {@code baseUrl + "/chat/completions"}, keeping a query such as
 *                       {@code ?api-version=...} at the end. A trailing slash is ignored.
 * @param model          the model name the server knows, such as {@code gpt-4o-mini} or {@code llama3.1}
 * @param apiKey         sent as {@code Authorization: Bearer <apiKey>}; {@code null} to send none
 *                       (local servers). Never shown by {@link #toString()}.
 * @param headers        extra request headers, such as Azure's {@code api-key}; {@code null} means none.
 *                       Their values are never shown by {@link #toString()}.
 * @param requestTimeout how long one attempt may take, and the longest silence allowed inside a
 *                       streamed reply; {@code null} means 20 seconds
 * @param maxRetries     how many times a failed attempt (429, 5xx, network) is retried, 0 to 10
 * @param temperature    sampling temperature, 0 to 2; low keeps questions and feedback on task
 * @param maxTokens      the most tokens the model may produce per reply, or {@code null} to leave
 *                       it to the server
 */
public record OpenAiSettings(
        URI baseUrl,
        String model,
        String apiKey,
        Map<String, String> headers,
        Duration requestTimeout,
        int maxRetries,
        double temperature,
        Integer maxTokens) {

    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(20);
    public static final int DEFAULT_MAX_RETRIES = 2;
    public static final double DEFAULT_TEMPERATURE = 0.2;
    public static final int DEFAULT_MAX_TOKENS = 2_000;

    /** The longest wait between attempts, even when the server asks for more with Retry-After. */
    static final Duration MAX_RETRY_WAIT = Duration.ofSeconds(10);

    private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    // The JDK client owns these (it throws if they are set), and the adapter owns the rest:
    // overriding them would break the wire protocol rather than configure it.
    private static final Set<String> RESERVED_HEADERS =
            Set.of("connection", "content-length", "expect", "host", "upgrade", "content-type", "accept");

    public OpenAiSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(model, "model");
        baseUrl = normalise(baseUrl);
        if (model.isBlank() || model.length() > 200) {
            throw new IllegalArgumentException("model must be 1 to 200 characters");
        }
        if (apiKey != null && (apiKey.isBlank() || hasLineBreakOrNul(apiKey))) {
            throw new IllegalArgumentException("apiKey must not be blank or contain line breaks; use null for none");
        }
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        requireValidHeaders(headers, apiKey != null);
        requestTimeout = requestTimeout == null ? DEFAULT_REQUEST_TIMEOUT : requestTimeout;
        if (requestTimeout.isNegative() || requestTimeout.isZero() || requestTimeout.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new IllegalArgumentException("requestTimeout must be positive and at most 10 minutes");
        }
        if (maxRetries < 0 || maxRetries > 10) {
            throw new IllegalArgumentException("maxRetries must be 0 to 10");
        }
        if (!(temperature >= 0 && temperature <= 2)) {
            throw new IllegalArgumentException("temperature must be 0 to 2");
        }
        if (maxTokens != null && (maxTokens < 1 || maxTokens > 1_000_000)) {
            throw new IllegalArgumentException("maxTokens must be 1 to 1000000, or null for the server's default");
        }
    }

    /** Settings with no key, no extra headers and the defaults for everything else. */
    public static OpenAiSettings of(String baseUrl, String model) {
        return new OpenAiSettings(URI.create(baseUrl), model, null, null, null, DEFAULT_MAX_RETRIES,
                DEFAULT_TEMPERATURE, DEFAULT_MAX_TOKENS);
    }

    /** A copy that authenticates with this key as a bearer token. */
    public OpenAiSettings withApiKey(String newApiKey) {
        return new OpenAiSettings(baseUrl, model, newApiKey, headers, requestTimeout, maxRetries, temperature, maxTokens);
    }

    /** A copy that sends these extra headers on every request. */
    public OpenAiSettings withHeaders(Map<String, String> newHeaders) {
        return new OpenAiSettings(baseUrl, model, apiKey, newHeaders, requestTimeout, maxRetries, temperature, maxTokens);
    }

    /** A copy with another per-attempt timeout. */
    public OpenAiSettings withRequestTimeout(Duration newRequestTimeout) {
        return new OpenAiSettings(baseUrl, model, apiKey, headers, newRequestTimeout, maxRetries, temperature, maxTokens);
    }

    /** A copy that retries failed attempts this many times. */
    public OpenAiSettings withMaxRetries(int newMaxRetries) {
        return new OpenAiSettings(baseUrl, model, apiKey, headers, requestTimeout, newMaxRetries, temperature, maxTokens);
    }

    /** A copy with another sampling temperature. */
    public OpenAiSettings withTemperature(double newTemperature) {
        return new OpenAiSettings(baseUrl, model, apiKey, headers, requestTimeout, maxRetries, newTemperature, maxTokens);
    }

    /** A copy with another reply length limit ({@code null}: the server's default). */
    public OpenAiSettings withMaxTokens(Integer newMaxTokens) {
        return new OpenAiSettings(baseUrl, model, apiKey, headers, requestTimeout, maxRetries, temperature, newMaxTokens);
    }

    /**
     * The longest one interviewer call may take, retries and waits included: every attempt at its
     * timeout, every wait at its cap. A streamed reply must also finish within it.
     */
    public Duration totalTimeout() {
        return requestTimeout.multipliedBy(maxRetries + 1L).plus(MAX_RETRY_WAIT.multipliedBy(maxRetries));
    }

    /** Where chat completions are posted. */
    URI chatCompletionsUri() {
        String query = baseUrl.getRawQuery() == null ? "" : "?" + baseUrl.getRawQuery();
        String path = baseUrl.getRawPath() == null ? "" : baseUrl.getRawPath();
        return URI.create(baseUrl.getScheme() + "://" + baseUrl.getRawAuthority() + path + "/chat/completions" + query);
    }

    private static URI normalise(URI baseUrl) {
        String scheme = baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("baseUrl must be an http or https URL");
        }
        if (baseUrl.getHost() == null) {
            throw new IllegalArgumentException("baseUrl must name a host");
        }
        // Credentials in the URL would end up wherever URLs are printed; the key has its own field.
        if (baseUrl.getRawUserInfo() != null) {
            throw new IllegalArgumentException("baseUrl must not contain credentials; use apiKey or headers");
        }
        if (baseUrl.getRawFragment() != null) {
            throw new IllegalArgumentException("baseUrl must not have a fragment");
        }
        String path = baseUrl.getRawPath() == null ? "" : baseUrl.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String query = baseUrl.getRawQuery() == null ? "" : "?" + baseUrl.getRawQuery();
        return URI.create(scheme + "://" + baseUrl.getRawAuthority() + path + query);
    }

    private static void requireValidHeaders(Map<String, String> headers, boolean hasApiKey) {
        Set<String> seen = new HashSet<>();
        headers.forEach((name, value) -> {
            if (!HEADER_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("header name is not a valid HTTP token: " + name);
            }
            String lower = name.toLowerCase(Locale.ROOT);
            if (!seen.add(lower)) {
                throw new IllegalArgumentException("header repeats with a different case: " + name);
            }
            if (RESERVED_HEADERS.contains(lower)) {
                throw new IllegalArgumentException("header is set by the adapter and cannot be configured: " + name);
            }
            if (lower.equals("authorization") && hasApiKey) {
                throw new IllegalArgumentException("give either apiKey or an Authorization header, not both");
            }
            if (hasLineBreakOrNul(value)) {
                throw new IllegalArgumentException("header value must not contain line breaks: " + name);
            }
        });
    }

    private static boolean hasLineBreakOrNul(String value) {
        return value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\0') >= 0;
    }

    @Override
    public String toString() {
        return "OpenAiSettings[baseUrl=" + baseUrl
                + ", model=" + model
                + ", apiKey=" + (apiKey == null ? "null" : "[redacted]")
                + ", headers=" + new TreeSet<>(headers.keySet()) + " (values redacted)"
                + ", requestTimeout=" + requestTimeout
                + ", maxRetries=" + maxRetries
                + ", temperature=" + temperature
                + ", maxTokens=" + maxTokens + "]";
    }
}
