-- Cancelled accounts waiting out their grace period (policy §7): signing in before erase_after
-- restores the account; after it, the account is erased. Nothing personal here.
CREATE TABLE account_cancellations (
    account_id   UUID PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    cancelled_at TIMESTAMP WITH TIME ZONE NOT NULL,
    erase_after  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX account_cancellations_due ON account_cancellations (erase_after);

-- What is kept after an erasure, as the law asks and in pseudonymous form: that an account was
-- erased, when, and the consent withdrawals it had made (purpose, time, method, policy version,
-- region), with nothing that points back to the person. The id is random, not the account's.
CREATE TABLE erasure_records (
    id           UUID PRIMARY KEY,
    cancelled_at TIMESTAMP WITH TIME ZONE NOT NULL,
    erased_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    kept         VARCHAR(100000) NOT NULL
);

-- The recipient of a queued mail as a blind index, so the mail queued for a person who is erased
-- can be dropped without opening any mail.
ALTER TABLE mail_outbox ADD COLUMN recipient_index VARCHAR(64);

-- Complaints and privacy requests (policy §7, §10): status and dates plain, so overdue ones can be
-- found; what was asked and answered sealed as one document under the requester's data key.
CREATE TABLE privacy_requests (
    id           UUID PRIMARY KEY,
    account_id   UUID NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    kind         VARCHAR(20) NOT NULL,
    filed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at    TIMESTAMP WITH TIME ZONE,
    answered     BOOLEAN NOT NULL,
    document_enc BYTEA NOT NULL
);
CREATE INDEX privacy_requests_account ON privacy_requests (account_id, filed_at);
CREATE INDEX privacy_requests_open ON privacy_requests (closed_at, due_at);
