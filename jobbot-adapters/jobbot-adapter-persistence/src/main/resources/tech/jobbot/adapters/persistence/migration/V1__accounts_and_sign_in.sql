-- One history for H2 (PostgreSQL mode) and PostgreSQL 15: only syntax both accept.
-- Personal values live only in *_enc columns, sealed with AES-256-GCM under the owner's data
-- key; *_index columns hold keyed digests (blind indexes) for lookups.

CREATE TABLE data_keys (
    scope       VARCHAR(100) PRIMARY KEY,
    wrapped_key BYTEA NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE accounts (
    id                     UUID PRIMARY KEY,
    email_index            VARCHAR(64) UNIQUE,
    email_enc              BYTEA,
    external_subject_index VARCHAR(64) UNIQUE,
    external_subject_enc   BYTEA,
    display_name_enc       BYTEA,
    country_enc            BYTEA,
    language_enc           BYTEA,
    avatar_name            VARCHAR(80),
    avatar_media_type      VARCHAR(20),
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT accounts_identity CHECK (email_index IS NOT NULL OR external_subject_index IS NOT NULL)
);

CREATE TABLE avatars (
    account_id UUID PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    name       VARCHAR(80) NOT NULL,
    media_type VARCHAR(20) NOT NULL,
    image_enc  BYTEA NOT NULL,
    stored_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE code_challenges (
    flow_id         VARCHAR(32) PRIMARY KEY,
    purpose         VARCHAR(20) NOT NULL,
    email_index     VARCHAR(64) NOT NULL,
    account_id      UUID REFERENCES accounts (id) ON DELETE CASCADE,
    code_digest     VARCHAR(64) NOT NULL,
    issued_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    failed_attempts INTEGER NOT NULL,
    consumed_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX code_challenges_expiry ON code_challenges (expires_at);

CREATE TABLE sessions (
    id           UUID PRIMARY KEY,
    account_id   UUID NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    token_digest VARCHAR(64) NOT NULL UNIQUE,
    device_enc   BYTEA NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX sessions_account ON sessions (account_id);

CREATE TABLE rate_limit_events (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    limit_key   VARCHAR(100) NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX rate_limit_events_key ON rate_limit_events (limit_key, occurred_at);

CREATE TABLE mail_outbox (
    id              VARCHAR(36) PRIMARY KEY,
    payload_enc     BYTEA,
    status          VARCHAR(10) NOT NULL,
    attempts        INTEGER NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_until   TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at     TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(500)
);
CREATE INDEX mail_outbox_due ON mail_outbox (status, next_attempt_at);
