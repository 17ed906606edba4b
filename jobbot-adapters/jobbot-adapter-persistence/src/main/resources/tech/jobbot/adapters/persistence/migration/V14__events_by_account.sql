-- Erasure deletes a person's events: found by account, not by scanning the outbox.
CREATE INDEX events_account ON events (account_id);
