package tech.jobbot.sdk.event;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.ObjectMapper;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.account.ExternalSubject;
import tech.jobbot.domain.auth.Digest;
import tech.jobbot.domain.event.JobbotEvent;
import tech.jobbot.domain.auth.RateDecision;
import tech.jobbot.domain.auth.RateLimit;
import tech.jobbot.ports.in.account.ExternalAccounts;
import tech.jobbot.ports.out.auth.RateLimitLedger;
import tech.jobbot.ports.out.tx.Transactions;
import tech.jobbot.sdk.limits.RateGuard;
import tech.jobbot.ports.out.crypto.KeyDestroyedException;
import tech.jobbot.ports.out.crypto.KeyScope;
import tech.jobbot.ports.out.crypto.KeyVault;
import tech.jobbot.ports.out.partner.PartnerKeys;
import tech.jobbot.ports.out.partner.PartnerKeys.PartnerKey;
import tech.jobbot.ports.out.partner.WebhookTransport;
import tech.jobbot.ports.out.partner.Webhooks;

/**
 * Partner platforms calling a Jobbot server: API keys (shown once, kept as digests, scoped,
 * revocable, with a rate per minute), their subjects (each partner's own namespace of accounts),
 * and webhooks: the events about a partner's subjects, signed (HMAC-SHA256 over
 * {@code timestamp + "." + body}) and delivered through an outbox with retries and backoff.
 */
public final class PartnerService {
    public static final String KEY_PREFIX = "jbp_";
    public static final Set<String> SCOPES = Set.of("interviews", "profile", "data-rights", "webhooks");
    public static final Set<String> EVENTS = Set.of("interview.finished", "consent.changed", "account.erased");
    /** Attempts before a delivery is given up: about three and a half hours with the backoff below. */
    public static final int MAX_ATTEMPTS = 12;
    /** Endpoints one partner may register. */
    public static final int MAX_ENDPOINTS = 20;
    /** Deliveries claimed at a time: at most 15 s each, well inside the lease. */
    private static final int BATCH = 10;
    private static final Logger LOG = System.getLogger(PartnerService.class.getName());
    private static final String KEY_DIGEST = "partner-key";
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Transactions tx;
    private final RateGuard guard;
    private final PartnerKeys keys;
    private final Webhooks webhooks;
    private final WebhookTransport transport;
    private final KeyVault vault;
    private final ExternalAccounts accounts;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final ObjectMapper json = new ObjectMapper();

    public PartnerService(PartnerKeys keys, Webhooks webhooks, WebhookTransport transport, KeyVault vault,
            ExternalAccounts accounts, Transactions tx, RateLimitLedger ledger, Clock clock) {
        this.tx = tx;
        this.guard = new RateGuard(ledger, clock);
        this.keys = keys;
        this.webhooks = webhooks;
        this.transport = transport;
        this.vault = vault;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** A new key and its token, which is shown this once and stored only as a digest. */
    public record CreatedKey(PartnerKey key, String token) {
    }

    public CreatedKey createKey(String name, Set<String> scopes, int requestsPerMinute) {
        if (name == null || name.isBlank() || name.length() > 120) {
            throw new IllegalArgumentException("name: 1 to 120 characters");
        }
        if (scopes.isEmpty() || !SCOPES.containsAll(scopes)) {
            throw new IllegalArgumentException("scopes: some of " + SCOPES.stream().sorted().toList());
        }
        if (requestsPerMinute < 1 || requestsPerMinute > 100_000) {
            throw new IllegalArgumentException("requestsPerMinute: 1 to 100000");
        }
        String token = KEY_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(32));
        PartnerKey key = new PartnerKey(UUID.randomUUID(), name.strip(), Set.copyOf(scopes), requestsPerMinute,
                clock.instant(), Optional.empty());
        keys.add(key, digest(token));
        return new CreatedKey(key, token);
    }

    public Optional<PartnerKey> authenticate(String token) {
        if (token == null || !token.startsWith(KEY_PREFIX)) {
            return Optional.empty();
        }
        return keys.findByDigest(digest(token)).filter(PartnerKey::active);
    }

    /** Takes one request from the key's rate; how long to wait when it is spent. */
    public Optional<Duration> rateLimited(PartnerKey key) {
        return tx.inTransaction(() -> guard.take(List.of(new RateGuard.Check(
                new RateLimit("partner-key", key.requestsPerMinute(), Duration.ofMinutes(1)), "partner:" + key.id()))))
                .map(RateDecision.Limited::retryAfter);
    }

    public List<PartnerKey> keys() {
        return keys.all();
    }

    /** Revokes the key; its endpoints stop too, so nothing more about its subjects goes out. */
    public boolean revoke(UUID key) {
        boolean revoked = keys.revoke(key, clock.instant());
        if (revoked) {
            webhooks.endpointsOf(key).forEach(e -> webhooks.disable(e.id(), clock.instant()));
        }
        return revoked;
    }

    /** The account of one of the partner's subjects: its own namespace, so partners never meet. */
    public AccountId accountFor(PartnerKey partner, String subject) {
        return accounts.accountFor(new ExternalSubject(namespace(partner.id()) + subject));
    }

    private static String namespace(UUID partner) {
        return "partner:" + partner + "|";
    }

    // ---- webhooks -------------------------------------------------------------------------------

    /** A registered endpoint and its signing secret, shown this once. */
    public record CreatedEndpoint(Webhooks.Endpoint endpoint, String secret) {
    }

    /**
     * @throws IllegalArgumentException for a URL that is not https (plain http only to this machine,
     *         for development) or unknown event names
     */
    public CreatedEndpoint registerEndpoint(PartnerKey partner, URI url, Set<String> events) {
        String scheme = url.getScheme() == null ? "" : url.getScheme();
        boolean local = "http".equals(scheme) && url.getHost() != null
                && (url.getHost().equals("localhost") || url.getHost().equals("127.0.0.1") || url.getHost().equals("[::1]"));
        if (!("https".equals(scheme) && url.getHost() != null) && !local) {
            throw new IllegalArgumentException("url: an https URL (plain http only to localhost, for development)");
        }
        if (events.isEmpty() || !EVENTS.containsAll(events)) {
            throw new IllegalArgumentException("events: some of " + EVENTS.stream().sorted().toList());
        }
        if (webhooks.endpointsOf(partner.id()).stream().filter(Webhooks.Endpoint::active).count() >= MAX_ENDPOINTS) {
            throw new IllegalArgumentException("url: at most " + MAX_ENDPOINTS + " active endpoints per partner");
        }
        String secret = "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(32));
        Webhooks.Endpoint endpoint = new Webhooks.Endpoint(UUID.randomUUID(), partner.id(), url, Set.copyOf(events),
                clock.instant(), Optional.empty());
        webhooks.addEndpoint(endpoint, vault.seal(scope(partner.id()), secret.getBytes(StandardCharsets.UTF_8),
                context(endpoint.id())));
        return new CreatedEndpoint(endpoint, secret);
    }

    public List<Webhooks.Endpoint> endpoints(PartnerKey partner) {
        return webhooks.endpointsOf(partner.id());
    }

    public boolean disableEndpoint(PartnerKey partner, UUID endpoint) {
        return webhooks.endpoint(endpoint).filter(e -> e.partner().equals(partner.id()))
                .map(e -> webhooks.disable(endpoint, clock.instant())).orElse(false);
    }

    public List<Webhooks.Delivery> deliveries(PartnerKey partner, int limit) {
        return webhooks.log(partner.id(), limit);
    }

    /**
     * Enqueues the event for the endpoints of the partner whose subject it is about (no other
     * partner ever hears of it); called by the event dispatcher in its transaction.
     */
    public void enqueue(JobbotEvent event) {
        Optional<String> subject = event.externalSubject().filter(s -> s.startsWith("partner:"));
        if (subject.isEmpty()) {
            return;
        }
        int bar = subject.get().indexOf('|');
        UUID partner;
        try {
            partner = UUID.fromString(subject.get().substring("partner:".length(), bar));
        } catch (RuntimeException e) {
            return;
        }
        String ownSubject = subject.get().substring(bar + 1);
        if (keys.find(partner).filter(PartnerKey::active).isEmpty()) {
            return;
        }
        if (event instanceof JobbotEvent.AccountErased) {
            // What earlier deliveries said about the person goes; only the erasure's own remains, until sent.
            webhooks.forgetAccount(event.account().value());
        }
        for (Webhooks.Endpoint endpoint : webhooks.endpointsOf(partner)) {
            if (endpoint.active() && endpoint.events().contains(event.type())) {
                webhooks.enqueue(endpoint.id(), event.id(), event.type(),
                        sealPayload(event, partner, payload(event, ownSubject)), event.account().value(),
                        clock.instant());
            }
        }
    }

    private String payload(JobbotEvent event, String subject) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", event.id().toString());
        body.put("type", event.type());
        body.put("occurredAt", event.at().toString());
        body.put("subject", subject);
        switch (event) {
            case JobbotEvent.InterviewFinished f -> {
                body.put("interviewId", f.interview().toString());
                body.put("overall", f.overall());
            }
            case JobbotEvent.ConsentChanged c -> {
                body.put("purpose", c.purpose());
                body.put("choice", c.choice());
            }
            case JobbotEvent.AccountErased e -> { }
        }
        try {
            return json.writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends the due deliveries; returns how many were delivered now. */
    public int deliverDue() {
        int delivered = 0;
        for (Webhooks.Delivery d : webhooks.claimDue(clock.instant(), LEASE, BATCH)) {
            Optional<Webhooks.Endpoint> endpoint = webhooks.endpoint(d.endpoint()).filter(Webhooks.Endpoint::active)
                    .filter(e -> keys.find(e.partner()).filter(PartnerKey::active).isPresent());
            if (endpoint.isEmpty()) {
                webhooks.failed(d.id(), Optional.empty(), "the endpoint or its key was disabled", Optional.empty());
                webhooks.forgetPayload(d.id());
                continue;
            }
            String payload;
            try {
                payload = openPayload(d, endpoint.get().partner());
            } catch (KeyDestroyedException erased) {
                webhooks.failed(d.id(), Optional.empty(), "the person was erased before it could be sent",
                        Optional.empty());
                webhooks.forgetPayload(d.id());
                continue;
            }
            String secret = new String(vault.open(scope(endpoint.get().partner()), webhooks.secretOf(d.endpoint()),
                    context(d.endpoint())), StandardCharsets.UTF_8);
            long timestamp = clock.instant().getEpochSecond();
            byte[] body = payload.getBytes(StandardCharsets.UTF_8);
            Map<String, String> headers = Map.of(
                    "Jobbot-Webhook-Id", d.event().toString(),
                    "Jobbot-Webhook-Timestamp", Long.toString(timestamp),
                    "Jobbot-Webhook-Signature", "v1=" + sign(secret, timestamp, payload));
            Optional<Integer> status = Optional.empty();
            String error;
            try {
                int answered = transport.post(endpoint.get().url(), headers, body, TIMEOUT);
                if (answered >= 200 && answered < 300) {
                    webhooks.delivered(d.id(), answered, clock.instant());
                    if ("account.erased".equals(d.type())) {
                        webhooks.forgetPayload(d.id());
                    }
                    delivered++;
                    continue;
                }
                status = Optional.of(answered);
                error = "answered " + answered;
            } catch (RuntimeException e) {
                error = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
            int attempt = d.attempts() + 1;
            Optional<Instant> next = attempt >= MAX_ATTEMPTS ? Optional.empty()
                    : Optional.of(clock.instant().plus(backoff(attempt)));
            webhooks.failed(d.id(), status, error, next);
            if (next.isEmpty()) {
                webhooks.forgetPayload(d.id());
                LOG.log(Level.WARNING, "webhook delivery " + d.id() + " given up after " + attempt + " attempts");
            }
        }
        return delivered;
    }

    /** 10 s, 20 s, 40 s, ... at most an hour. */
    static Duration backoff(int attempt) {
        long seconds = 10L << Math.min(attempt - 1, 20);
        return Duration.ofSeconds(Math.min(seconds, 3600));
    }

    /** The signature a receiver recomputes: hex HMAC-SHA256 of {@code timestamp + "." + body} under the secret. */
    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Payloads are sealed like every personal value: under the person's key (so erasure makes them
     * unreadable), except the erasure's own, under the partner's.
     */
    private String sealPayload(JobbotEvent event, UUID partner, String payload) {
        boolean erased = event instanceof JobbotEvent.AccountErased;
        KeyScope scope = erased ? scope(partner) : KeyScope.account(event.account());
        byte[] sealed = vault.seal(scope, payload.getBytes(StandardCharsets.UTF_8), "webhook_deliveries.payload:"
                + event.id());
        return (erased ? "p:" : "a:") + event.account().value() + ":" + Base64.getEncoder().encodeToString(sealed);
    }

    private String openPayload(Webhooks.Delivery d, UUID partner) {
        String[] parts = d.payload().split(":", 3);
        if (parts.length != 3) {
            throw new KeyDestroyedException(scope(partner));
        }
        KeyScope scope = parts[0].equals("p") ? scope(partner)
                : KeyScope.account(new AccountId(UUID.fromString(parts[1])));
        return new String(vault.open(scope, Base64.getDecoder().decode(parts[2]), "webhook_deliveries.payload:"
                + d.event()), StandardCharsets.UTF_8);
    }

    private Digest digest(String token) {
        return vault.digest(KEY_DIGEST, token);
    }

    private static KeyScope scope(UUID partner) {
        return new KeyScope("partner:" + partner);
    }

    private static String context(UUID endpoint) {
        return "webhook_endpoints.secret_enc:" + endpoint;
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }
}
