-- Small per-person documents (background, recommendation choices): one row per kind, the
-- content sealed under the person's data key.
CREATE TABLE account_documents (
    account_id   UUID NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    kind         VARCHAR(40) NOT NULL,
    document_enc BYTEA NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account_id, kind)
);
