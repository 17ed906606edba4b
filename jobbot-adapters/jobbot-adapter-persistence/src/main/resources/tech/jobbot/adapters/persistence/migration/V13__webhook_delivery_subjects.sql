-- Which account a webhook delivery is about, so that erasing the account clears what the deliveries
-- say about it (the log keeps only when, what type, and how it went).
ALTER TABLE webhook_deliveries ADD COLUMN account_id UUID;
CREATE INDEX webhook_deliveries_account ON webhook_deliveries (account_id);
