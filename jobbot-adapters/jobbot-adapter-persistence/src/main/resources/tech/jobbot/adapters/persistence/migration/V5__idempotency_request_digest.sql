-- An idempotency key remembers what request it came with, so reusing it for a different
-- answer is refused instead of being taken for a retry.
ALTER TABLE interview_idempotency ADD COLUMN request_digest VARCHAR(64) NOT NULL DEFAULT '';
