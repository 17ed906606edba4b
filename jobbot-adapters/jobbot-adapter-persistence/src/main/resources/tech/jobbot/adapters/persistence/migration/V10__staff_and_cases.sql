-- Staff (policy §6): separate from users' accounts. The email is sealed under the member's own data
-- key and found by its blind index; the TOTP secret is sealed; recovery codes and session tokens are
-- kept only as keyed digests.
CREATE TABLE staff_members (
    id             UUID PRIMARY KEY,
    email_index    VARCHAR(64) NOT NULL UNIQUE,
    email_enc      BYTEA NOT NULL,
    display_name   VARCHAR(120) NOT NULL,
    roles          VARCHAR(200) NOT NULL,
    active         BOOLEAN NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    deactivated_at TIMESTAMP WITH TIME ZONE,
    totp_enc       BYTEA,
    totp_confirmed BOOLEAN NOT NULL DEFAULT FALSE,
    totp_last_step BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE staff_recovery_codes (
    staff_id UUID NOT NULL REFERENCES staff_members (id),
    digest   VARCHAR(64) NOT NULL,
    used_at  TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (staff_id, digest)
);

CREATE TABLE staff_sessions (
    id           UUID PRIMARY KEY,
    staff_id     UUID NOT NULL REFERENCES staff_members (id),
    token_digest VARCHAR(64) NOT NULL UNIQUE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at   TIMESTAMP WITH TIME ZONE
);

-- A case: the only road from staff to a person's data, and only to the categories it names.
CREATE TABLE staff_cases (
    id         UUID PRIMARY KEY,
    kind       VARCHAR(20) NOT NULL,
    reference  UUID NOT NULL,
    account_id UUID NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    assignee   UUID NOT NULL REFERENCES staff_members (id),
    categories VARCHAR(200) NOT NULL,
    opened_by  UUID NOT NULL REFERENCES staff_members (id),
    opened_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX staff_cases_assignee ON staff_cases (assignee, opened_at);

-- Which case an access went through and which category of data it read, for the person to see.
ALTER TABLE staff_accesses ADD COLUMN case_ref VARCHAR(200);
ALTER TABLE staff_accesses ADD COLUMN category VARCHAR(20);
