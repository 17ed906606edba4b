-- Events for the host's listeners and the partners' webhooks, written in the transaction of the
-- change they announce (an outbox). No foreign key to accounts: an erasure's own event outlives
-- the account. Dispatched events are purged after the retention period.
CREATE TABLE events (
    id               UUID PRIMARY KEY,
    seq              BIGINT GENERATED ALWAYS AS IDENTITY,
    type             VARCHAR(40) NOT NULL,
    account_id       UUID NOT NULL,
    external_subject VARCHAR(300),
    interview_id     UUID,
    overall          INTEGER,
    purpose          VARCHAR(80),
    choice           VARCHAR(20),
    occurred_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_until    TIMESTAMP WITH TIME ZONE,
    dispatched_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX events_undispatched ON events (dispatched_at, seq);
