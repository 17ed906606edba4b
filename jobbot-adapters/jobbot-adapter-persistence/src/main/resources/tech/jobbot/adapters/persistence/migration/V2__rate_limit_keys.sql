-- One row per rate-limit key, locked (SELECT ... FOR UPDATE) while a request checks and records
-- its events, so concurrent requests on any node are counted one after the other.
CREATE TABLE rate_limit_keys (
    limit_key VARCHAR(100) PRIMARY KEY
);
