-- Password reset links. A token is mailed to the account's owner (or printed for an admin by
-- `tidings user reset-link`) and stored here only as its SHA-256, so a copy of the database
-- resets nobody's password. A token works once and for an hour: used_at is set when it is used,
-- and asking again deletes the account's older unused tokens.
CREATE TABLE password_resets (
  token_hash TEXT PRIMARY KEY,
  user_id ${BIGINT} NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at ${BIGINT} NOT NULL,
  expires_at ${BIGINT} NOT NULL,
  used_at ${BIGINT}
);
CREATE INDEX password_resets_user ON password_resets(user_id);
CREATE INDEX password_resets_expiry ON password_resets(expires_at);
