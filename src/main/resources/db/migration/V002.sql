-- Leases, so several nodes sharing one database never fetch the same feed or page at once.
-- A node that dies simply lets its leases run out; another node then takes the work.
ALTER TABLE sources ADD COLUMN lease_owner TEXT;
ALTER TABLE sources ADD COLUMN lease_until ${BIGINT};
ALTER TABLE entries ADD COLUMN lease_owner TEXT;
ALTER TABLE entries ADD COLUMN lease_until ${BIGINT};
CREATE INDEX sources_due ON sources(enabled, next_fetch_at);
