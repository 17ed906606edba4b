-- Legal holds (placed by a privacy officer, released explicitly): they win over erasure and the
-- retention schedule. No foreign key: a hold outlives nothing, but it must not vanish with a row.
-- The reason is for staff and the person; it names no one else.
CREATE TABLE legal_holds (
    id          UUID PRIMARY KEY,
    account_id  UUID NOT NULL,
    record_id   UUID,
    reason      VARCHAR(500) NOT NULL,
    placed_by   VARCHAR(200) NOT NULL,
    placed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    released_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX legal_holds_account ON legal_holds (account_id, released_at);

-- One audit entry per purge run and category: the cutoff and how many rows went.
CREATE TABLE retention_runs (
    id       UUID PRIMARY KEY,
    category VARCHAR(30) NOT NULL,
    cutoff   TIMESTAMP WITH TIME ZONE NOT NULL,
    purged   BIGINT NOT NULL,
    ran_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX retention_runs_time ON retention_runs (ran_at);

-- A lease so that only one node runs the purge at a time.
-- The owner is the run holding the lease: only it renews or releases it.
CREATE TABLE retention_lock (
    name         VARCHAR(30) PRIMARY KEY,
    locked_until TIMESTAMP WITH TIME ZONE NOT NULL,
    owner        VARCHAR(36) NOT NULL
);
INSERT INTO retention_lock (name, locked_until, owner)
VALUES ('purge', TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00', '-');

-- Owners told that their old interview records are about to be deleted: once per interview.
CREATE TABLE retention_notices (
    interview_id UUID PRIMARY KEY REFERENCES interviews (id) ON DELETE CASCADE,
    noticed_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX analytics_events_time ON analytics_events (recorded_at);
CREATE INDEX rate_limit_events_time ON rate_limit_events (occurred_at);

-- Corrections a person made to what they gave (policy §7): which field, when. The values
-- themselves live (sealed) where they belong; this is the record that they changed.
CREATE TABLE corrections (
    id           UUID PRIMARY KEY,
    append_order BIGINT GENERATED ALWAYS AS IDENTITY,
    account_id UUID NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    field      VARCHAR(40) NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX corrections_account ON corrections (account_id, changed_at);

-- Every staff access to a person's data (policy §6: need-to-know, audited): who, what, when. The
-- person sees them in their export.
CREATE TABLE staff_accesses (
    id           UUID PRIMARY KEY,
    append_order BIGINT GENERATED ALWAYS AS IDENTITY,
    account_id   UUID NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    actor        VARCHAR(200) NOT NULL,
    action       VARCHAR(200) NOT NULL,
    accessed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX staff_accesses_account ON staff_accesses (account_id, accessed_at);

-- The tamper-evident audit log: each entry chained to the one before by its MAC and sealed by its
-- own keyed MAC; people named only by pseudonyms. audit_head serialises appenders (one row, locked).
CREATE TABLE audit_log (
    sequence     BIGINT PRIMARY KEY,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    event        VARCHAR(60) NOT NULL,
    subject      VARCHAR(100),
    detail       VARCHAR(1000) NOT NULL,
    previous_mac VARCHAR(100) NOT NULL,
    mac          VARCHAR(100) NOT NULL
);
CREATE TABLE audit_head (
    name          VARCHAR(20) PRIMARY KEY,
    last_sequence BIGINT NOT NULL,
    last_mac      VARCHAR(100) NOT NULL,
    head_mac      VARCHAR(100) NOT NULL
);
INSERT INTO audit_head (name, last_sequence, last_mac, head_mac) VALUES ('audit', 0, 'genesis', 'genesis');

-- The access log (policy §2, §3): one row per request, written in batches off the request path.
-- A path template, never the raw URL; a pseudonym, never an account id or address; a truncated IP.
CREATE TABLE access_log (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    requested_at TIMESTAMP WITH TIME ZONE NOT NULL,
    method       VARCHAR(10) NOT NULL,
    path         VARCHAR(400) NOT NULL,
    status       INTEGER NOT NULL,
    latency_us   BIGINT NOT NULL,
    subject      VARCHAR(100),
    truncated_ip VARCHAR(60),
    browser      VARCHAR(60) NOT NULL,
    os           VARCHAR(60) NOT NULL,
    device_type  VARCHAR(20) NOT NULL
);
CREATE INDEX access_log_time ON access_log (requested_at);
CREATE INDEX access_log_subject ON access_log (subject, requested_at);

-- The incident register (policy §6). An incident is about the service, not a person: its document
-- holds categories and counts, never personal data, so it is plain JSON.
CREATE TABLE incidents (
    id          UUID PRIMARY KEY,
    aware_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    status      VARCHAR(20) NOT NULL,
    document    VARCHAR(100000) NOT NULL
);

-- Who was notified of which incident, when: one row per person, so a notification run resumes and
-- nobody is told twice.
CREATE TABLE incident_notifications (
    incident_id UUID NOT NULL REFERENCES incidents (id),
    account_id  UUID NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    notified_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (incident_id, account_id)
);
