-- Privacy policy versions an operator published (policy §9), besides those Jobbot ships with.
-- Not personal data, so plain. changed_purposes lists the consent-based purposes whose terms the
-- version changed (comma-separated keys): consents given before it are outdated. notified_after
-- is the cursor of the batched notification of affected people (the last account id done);
-- notified_at is set once everybody was notified.
CREATE TABLE published_policies (
    region           VARCHAR(6) NOT NULL,
    version          INTEGER NOT NULL,
    effective_from   DATE NOT NULL,
    summary          VARCHAR(2000) NOT NULL,
    body             VARCHAR(200000) NOT NULL,
    changed_purposes VARCHAR(2000) NOT NULL,
    published_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    notified_after   UUID,
    notified_at      TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (region, version)
);

-- The in-site inbox (policy §3, §9): policy updates, security notices, replies to complaints.
-- dedupe_key makes posting idempotent (a retried notification batch adds no second copy).
CREATE TABLE inbox_messages (
    id          UUID PRIMARY KEY,
    account_id  UUID NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    kind        VARCHAR(20) NOT NULL,
    dedupe_key  VARCHAR(120) NOT NULL,
    subject_enc BYTEA NOT NULL,
    body_enc    BYTEA NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at     TIMESTAMP WITH TIME ZONE,
    UNIQUE (account_id, dedupe_key)
);
CREATE INDEX inbox_messages_account ON inbox_messages (account_id, created_at);

-- Interview reports shared with a named third party (policy §4): a link whose token is kept only
-- as a digest, with an expiry, revocable. Deleting the interview deletes its shares.
CREATE TABLE report_shares (
    id            UUID PRIMARY KEY,
    account_id    UUID NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    interview_id  UUID NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
    partner_slug  VARCHAR(63) NOT NULL,
    recipient_enc BYTEA NOT NULL,
    token_digest  VARCHAR(100) NOT NULL UNIQUE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX report_shares_account ON report_shares (account_id, created_at);

-- Every disclosure through a share: who received what, when. Shown to the person and exported.
-- A disclosure outlives its share and the interview (what was disclosed stays disclosed), so it
-- keeps its own copy of the recipient and only names the share, without a foreign key.
CREATE TABLE share_disclosures (
    id            UUID PRIMARY KEY,
    share_id      UUID NOT NULL,
    account_id    UUID NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    disclosed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    recipient_enc BYTEA NOT NULL,
    what_enc      BYTEA NOT NULL
);
CREATE INDEX share_disclosures_account ON share_disclosures (account_id, disclosed_at);

-- The link a guardian of a supervised minor follows (policy §8), found by the digest of its token,
-- with the digest of the code mailed with it. One link per account: asking again replaces it.
CREATE TABLE guardian_links (
    token_digest    VARCHAR(100) PRIMARY KEY,
    account_id      UUID NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    code_digest     VARCHAR(100) NOT NULL,
    code_expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    failed_attempts INTEGER NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX guardian_links_account ON guardian_links (account_id);

-- Usage analytics (purpose analytics.usage), kept only with consent: a page pattern (ids removed)
-- and the time spent on it. Anonymous visitors' events carry no account.
CREATE TABLE analytics_events (
    id          UUID PRIMARY KEY,
    account_id  UUID REFERENCES accounts (id) ON DELETE CASCADE,
    page        VARCHAR(200) NOT NULL,
    dwell_ms    INTEGER NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX analytics_events_account ON analytics_events (account_id);

-- Marketing mailings by campaign id, so that a retried send queues nothing twice.
CREATE TABLE mailing_campaigns (
    id         VARCHAR(80) PRIMARY KEY,
    queued     INTEGER NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
