-- The consent ledger (policy §3, §4, §7): one row per grant, withdrawal or acknowledgement, never
-- changed. What proves the choice (subject, purpose, choice, policy version shown, method, time,
-- region) is plain, so current consent can be derived and audited; the personal context of the
-- choice (language, truncated IP, user agent summary) is sealed under the subject's data key.
-- append_order keeps records of the same instant in the order they were appended.
-- V6_1 (a Java migration, as the trigger differs per database) makes the table append-only.
CREATE TABLE consent_ledger (
    id               UUID PRIMARY KEY,
    append_order     BIGINT GENERATED ALWAYS AS IDENTITY,
    account_id       UUID NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    purpose          VARCHAR(80) NOT NULL,
    choice           VARCHAR(12) NOT NULL,
    policy_version   INTEGER NOT NULL,
    method           VARCHAR(12) NOT NULL,
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    region           VARCHAR(6) NOT NULL,
    language_enc     BYTEA,
    truncated_ip_enc BYTEA,
    user_agent_enc   BYTEA
);
CREATE INDEX consent_ledger_subject ON consent_ledger (account_id, recorded_at, append_order);
