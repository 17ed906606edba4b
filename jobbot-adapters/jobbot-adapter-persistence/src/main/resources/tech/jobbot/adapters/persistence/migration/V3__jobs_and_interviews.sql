-- Jobs and interview records. Their content (job descriptions, questions, answers, feedback,
-- reports) is personal: each is one JSON document sealed under the owner's data key.
CREATE TABLE jobs (
    id           UUID PRIMARY KEY,
    owner_id     UUID NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    source       VARCHAR(20) NOT NULL,
    document_enc BYTEA NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX jobs_owner ON jobs (owner_id, created_at);

-- An interview keeps a snapshot of its job, so deleting the job leaves the record whole.
CREATE TABLE interviews (
    id           UUID PRIMARY KEY,
    owner_id     UUID NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    job_id       UUID NOT NULL,
    status       VARCHAR(20) NOT NULL,
    document_enc BYTEA NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX interviews_owner ON interviews (owner_id, started_at);

CREATE TABLE interview_idempotency (
    interview_id UUID NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
    key_digest   VARCHAR(64) NOT NULL,
    question_id  VARCHAR(8) NOT NULL,
    attempt      INTEGER NOT NULL,
    PRIMARY KEY (interview_id, key_digest)
);
