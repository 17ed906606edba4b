package tech.jobbot.server.policy;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import tech.jobbot.domain.account.Account;
import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.account.Country;
import tech.jobbot.domain.consent.Regions;
import tech.jobbot.domain.policy.PolicyDocument;
import tech.jobbot.sdk.Jobbot;
import tech.jobbot.server.http.Authenticator;
import tech.jobbot.server.http.ClientAddress;
import tech.jobbot.server.http.Json;
import tech.jobbot.server.http.ProblemException;

/**
 * The privacy policies (policy header, §9): the one that applies to the reader, as JSON and as
 * the {@code /privacy} page, and every version of every region. The reader's region comes from an
 * explicit {@code region} parameter, else their account's country, else the country a trusted
 * proxy names, else GLOBAL. A region with no published policy gets a clear 404, never another
 * region's policy.
 */
public final class PolicyRoutes implements HttpService {
    private final Jobbot jobbot;
    private final Authenticator authenticator;
    private final ClientAddress clientAddress;
    private final Optional<String> countryHeader;

    public PolicyRoutes(Jobbot jobbot, Authenticator authenticator, ClientAddress clientAddress,
            Optional<String> countryHeader) {
        this.jobbot = jobbot;
        this.authenticator = authenticator;
        this.clientAddress = clientAddress;
        this.countryHeader = countryHeader;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/policies/current", this::current)
                .get("/policies/{region}", this::versions)
                .get("/policies/{region}/{version}", this::version);
    }

    private record Reader(String region, String from) {
    }

    /**
     * The reader's region: what Jobbot knows of them comes first — their account's country, else
     * where a trusted proxy locates them — so that no link with {@code ?region=} can show an EU or
     * China resident another region's policy as theirs. Only a reader Jobbot knows nothing about
     * picks with {@code ?region=}; anyone may browse every region under {@code /policies/{region}}.
     */
    private Reader reader(ServerRequest req) {
        Optional<String> asked = req.query().first("region").asOptional();
        String validated = asked.map(PolicyRoutes::region).orElse(null);
        Optional<Authenticator.Caller> caller = authenticator.optional(req);
        if (caller.isPresent()) {
            return new Reader(jobbot.policyRegionOf(caller.get().session().account()), "account");
        }
        Reader located = located(req);
        if (!located.from().equals("default") || validated == null) {
            return located;
        }
        return new Reader(validated, "query");
    }

    /**
     * The region a signed-in person lives in for rules such as the minimum age: their account's
     * country if they gave one, else where a trusted proxy locates the request, else GLOBAL.
     */
    public String regionOf(ServerRequest req, AccountId person) {
        return jobbot.profile(person).flatMap(Account::country).map(c -> Regions.of(Optional.of(c)))
                .orElseGet(() -> locatedRegion(req));
    }

    /** Where a trusted proxy locates the request, else GLOBAL. */
    public String locatedRegion(ServerRequest req) {
        return located(req).region();
    }

    private Reader located(ServerRequest req) {
        Optional<Country> located = countryHeader.flatMap(h -> clientAddress.fromTrustedProxy(req, h))
                .flatMap(PolicyRoutes::country);
        if (located.isPresent()) {
            return new Reader(Regions.of(located), "location");
        }
        return new Reader(Regions.GLOBAL, "default");
    }

    /**
     * Refuses to start a sign-up or sign-in from a region (by the visitor's location) where no
     * policy is published, rather than apply another region's policy. Refused for every address
     * alike, so the answer tells nothing about which addresses have accounts.
     */
    public void requirePolicyWhereVisitorIs(ServerRequest req) {
        Reader visitor = located(req);
        if (jobbot.currentPolicy(visitor.region()).isEmpty()) {
            throw new ProblemException(403, "no-policy-for-region", "Not available in your region",
                    "Jobbot has no privacy policy published for your region (" + visitor.region()
                            + ") yet, so it cannot sign you up there; it will not apply another region's policy",
                    java.util.List.of(), Map.of());
        }
    }

    private static Optional<Country> country(String raw) {
        try {
            return Optional.of(Country.parse(raw));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String region(String raw) {
        String region = raw.strip().toUpperCase(Locale.ROOT);
        if (!PolicyDocument.REGIONS.contains(region)) {
            throw ProblemException.invalid("region", "must be GLOBAL, EU or CN");
        }
        return region;
    }

    private PolicyDocument currentFor(Reader reader) {
        return jobbot.currentPolicy(reader.region()).orElseThrow(() -> new ProblemException(404,
                "no-policy-for-region", "No policy for your region",
                "no privacy policy is published for region " + reader.region()
                        + " yet; Jobbot does not apply another region's policy instead",
                java.util.List.of(), Map.of()));
    }

    private void current(ServerRequest req, ServerResponse res) {
        Reader reader = reader(req);
        Map<String, Object> view = view(currentFor(reader));
        view.put("regionFrom", reader.from());
        Json.send(res, 200, view);
    }

    private void versions(ServerRequest req, ServerResponse res) {
        String region = region(req.path().pathParameters().get("region"));
        Json.send(res, 200, Map.of("region", region, "versions", jobbot.policyVersions(region).stream().map(d -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("version", d.version());
            m.put("effectiveFrom", d.effectiveFrom().toString());
            m.put("summary", d.summary());
            return m;
        }).toList()));
    }

    private void version(ServerRequest req, ServerResponse res) {
        String region = region(req.path().pathParameters().get("region"));
        Json.send(res, 200, view(published(region, req.path().pathParameters().get("version"))));
    }

    private PolicyDocument published(String region, String rawVersion) {
        int version;
        try {
            version = Integer.parseInt(rawVersion);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("version", "must be a whole number");
        }
        return jobbot.policy(region, version).orElseThrow(
                () -> ProblemException.notFound("no version " + version + " of the " + region + " policy"));
    }

    /** {@code /privacy}: the policy that applies to the reader, as a page; {@code ?version=} for an older one. */
    public void page(ServerRequest req, ServerResponse res) {
        // Depends on who reads and from where: never cached by a proxy or CDN for another reader.
        res.header(HeaderNames.CACHE_CONTROL, "private, no-store");
        try {
            PolicyDocument doc = pageDocument(req);
            res.header(HeaderNames.CONTENT_TYPE, "text/html; charset=utf-8");
            res.send(PolicyPage.html(doc));
        } catch (ProblemException e) {
            // A reader's browser gets a page that says what is wrong, not problem+json.
            res.status(e.status());
            res.header(HeaderNames.CONTENT_TYPE, "text/html; charset=utf-8");
            StringBuilder message = new StringBuilder(String.valueOf(e.getMessage()));
            e.errors().forEach(f -> message.append(" — ").append(f.field()).append(' ').append(f.message()));
            res.send(PolicyPage.error(message.toString()));
        }
    }

    private PolicyDocument pageDocument(ServerRequest req) {
        Reader reader = reader(req);
        Optional<String> version = req.query().first("version").asOptional();
        return version.isPresent() ? published(reader.region(), version.get()) : currentFor(reader);
    }

    private static Map<String, Object> view(PolicyDocument d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("region", d.region());
        m.put("version", d.version());
        m.put("effectiveFrom", d.effectiveFrom().toString());
        m.put("summary", d.summary());
        m.put("text", d.text());
        return m;
    }
}
