package tech.jobbot.server.consent;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import tech.jobbot.domain.consent.ConsentMethod;
import tech.jobbot.domain.consent.ConsentRecord;
import tech.jobbot.domain.consent.ConsentState;
import tech.jobbot.domain.consent.PurposeKey;
import tech.jobbot.domain.consent.Purposes;
import tech.jobbot.ports.in.consent.PurposeConsent;
import tech.jobbot.sdk.Jobbot;
import tech.jobbot.sdk.consent.ConsentReceipts;
import tech.jobbot.server.http.Authenticator;
import tech.jobbot.server.http.Authenticator.Caller;
import tech.jobbot.server.http.FieldError;
import tech.jobbot.server.http.Json;
import tech.jobbot.server.http.JsonBody;
import tech.jobbot.server.http.ProblemException;

/** A person's consents: current state, changes, history and receipts (privacy policy §3, §4, §7). */
public final class ConsentRoutes implements HttpService {
    private static final int MAX_BODY_BYTES = 16 * 1024;

    private final Jobbot jobbot;
    private final Authenticator authenticator;

    public ConsentRoutes(Jobbot jobbot, Authenticator authenticator) {
        this.jobbot = jobbot;
        this.authenticator = authenticator;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/me/consents", this::current)
                .put("/me/consents", this::change)
                .get("/me/consents/history", this::history)
                .get("/me/consents/receipts/{id}", this::receipt);
    }

    private void current(ServerRequest req, ServerResponse res) {
        Caller caller = authenticator.require(req);
        Json.send(res, 200, view(jobbot.consents(caller.session().account())));
    }

    /** Body: {@code {"analytics.usage": true, "marketing.email": false}}; only changes are recorded. */
    private void change(ServerRequest req, ServerResponse res) {
        Caller caller = authenticator.require(req);
        JsonBody body = Json.readObject(req, MAX_BODY_BYTES);
        Map<PurposeKey, Boolean> choices = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            PurposeKey key;
            try {
                key = new PurposeKey(field.getKey());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(field.getKey(), "is not a purpose"));
                continue;
            }
            if (!field.getValue().isBoolean()) {
                errors.add(new FieldError(field.getKey(), "must be true (grant) or false (withdraw)"));
            } else if (Purposes.find(key).map(p -> !p.withdrawable()).orElse(false)) {
                errors.add(new FieldError(field.getKey(), "is essential to the service and not based on consent"));
            } else {
                choices.put(key, field.getValue().booleanValue());
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Json.send(res, 200, view(jobbot.changeConsents(caller.session().account(), choices,
                authenticator.context(req, ConsentMethod.SETTINGS))));
    }

    private void history(ServerRequest req, ServerResponse res) {
        Caller caller = authenticator.require(req);
        Json.send(res, 200, Map.of("records", jobbot.consentHistory(caller.session().account()).stream()
                .map(ConsentRoutes::record).toList()));
    }

    private void receipt(ServerRequest req, ServerResponse res) {
        Caller caller = authenticator.require(req);
        UUID id;
        try {
            id = UUID.fromString(req.path().pathParameters().get("id"));
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("no such consent record of yours");
        }
        ConsentRecord record = jobbot.consentRecord(caller.session().account(), id)
                .orElseThrow(() -> ProblemException.notFound("no such consent record of yours"));
        Json.send(res, 200, ConsentReceipts.of(record));
    }

    private static Map<String, Object> view(List<PurposeConsent> consents) {
        return Map.of("purposes", consents.stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", c.purpose().key().value());
            m.put("description", c.purpose().description());
            m.put("legalBasis", lower(c.purpose().legalBasis().name()));
            m.put("withdrawable", c.purpose().withdrawable());
            m.put("state", switch (c.state()) {
                case ConsentState.Granted g -> "granted";
                case ConsentState.Missing missing -> "missing";
                case ConsentState.Withdrawn w -> "withdrawn";
                case ConsentState.Outdated o -> "outdated";
                case ConsentState.NotNeeded n -> "not-needed";
            });
            return m;
        }).toList());
    }

    static Map<String, Object> record(ConsentRecord r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id().toString());
        m.put("purpose", r.purpose().value());
        m.put("choice", lower(r.choice().name()));
        m.put("method", lower(r.method().name()));
        m.put("at", r.at());
        m.put("policyVersion", r.policyVersion());
        m.put("region", r.region());
        return m;
    }

    static String lower(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
