-- Partner platforms' API keys (only a keyed digest of each) and their webhooks: endpoints with a
-- sealed signing secret, and the deliveries, one per endpoint and event, retried with backoff.
CREATE TABLE partner_keys (
    id                  UUID PRIMARY KEY,
    name                VARCHAR(120) NOT NULL,
    key_digest          VARCHAR(64) NOT NULL UNIQUE,
    scopes              VARCHAR(200) NOT NULL,
    requests_per_minute INTEGER NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at          TIMESTAMP WITH TIME ZONE
);

CREATE TABLE webhook_endpoints (
    id          UUID PRIMARY KEY,
    partner_id  UUID NOT NULL REFERENCES partner_keys (id),
    url         VARCHAR(2000) NOT NULL,
    secret_enc  BYTEA NOT NULL,
    events      VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    disabled_at TIMESTAMP WITH TIME ZONE
);

CREATE TABLE webhook_deliveries (
    id              UUID PRIMARY KEY,
    endpoint_id     UUID NOT NULL REFERENCES webhook_endpoints (id),
    event_id        UUID NOT NULL,
    event_type      VARCHAR(40) NOT NULL,
    payload         TEXT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    state           VARCHAR(12) NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_until   TIMESTAMP WITH TIME ZONE,
    last_status     INTEGER,
    last_error      VARCHAR(500),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at    TIMESTAMP WITH TIME ZONE,
    UNIQUE (endpoint_id, event_id)
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (state, next_attempt_at);
