-- Accounts, sessions, rate limits, comments and their moderation.
-- Times are epoch milliseconds (UTC). Session tokens are stored only as SHA-256 hashes.

CREATE TABLE users (
  id ${ID_PK},
  email TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  role TEXT NOT NULL DEFAULT 'READER',
  suspended_at ${BIGINT},
  created_at ${BIGINT} NOT NULL,
  password_changed_at ${BIGINT} NOT NULL
);

CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id ${BIGINT} NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  csrf_token TEXT NOT NULL,
  created_at ${BIGINT} NOT NULL,
  expires_at ${BIGINT} NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);
CREATE INDEX sessions_expiry ON sessions(expires_at);

-- Fixed-window counters shared by every node; losing them only forgives recent attempts.
CREATE TABLE rate_limits (
  bucket TEXT NOT NULL,
  window_start ${BIGINT} NOT NULL,
  hits INTEGER NOT NULL,
  PRIMARY KEY (bucket, window_start)
);

-- A comment belongs to a target such as ('article', id) or ('story', id); replies point at
-- their top-level comment. Deleted and hidden comments keep their row so threads keep their shape.
CREATE TABLE comments (
  id ${ID_PK},
  target_kind TEXT NOT NULL,
  target_id TEXT NOT NULL,
  parent_id ${BIGINT} REFERENCES comments(id),
  user_id ${BIGINT} NOT NULL REFERENCES users(id),
  body_source TEXT NOT NULL,
  body_html TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  status TEXT NOT NULL,
  hold_reason TEXT,
  votes INTEGER NOT NULL DEFAULT 0,
  reports INTEGER NOT NULL DEFAULT 0,
  created_at ${BIGINT} NOT NULL,
  edited_at ${BIGINT},
  ip TEXT
);
CREATE INDEX comments_target ON comments(target_kind, target_id, status);
CREATE INDEX comments_parent ON comments(parent_id);
CREATE INDEX comments_user ON comments(user_id, created_at);
CREATE INDEX comments_hash ON comments(content_hash, created_at);
CREATE INDEX comments_status ON comments(status, created_at);

CREATE TABLE comment_votes (
  comment_id ${BIGINT} NOT NULL REFERENCES comments(id),
  user_id ${BIGINT} NOT NULL REFERENCES users(id),
  created_at ${BIGINT} NOT NULL,
  PRIMARY KEY (comment_id, user_id)
);

CREATE TABLE comment_reports (
  comment_id ${BIGINT} NOT NULL REFERENCES comments(id),
  user_id ${BIGINT} NOT NULL REFERENCES users(id),
  reason TEXT,
  created_at ${BIGINT} NOT NULL,
  resolved_at ${BIGINT},
  PRIMARY KEY (comment_id, user_id)
);

-- Every moderation action: who did what to which comment or account, and when.
CREATE TABLE moderation_log (
  id ${ID_PK},
  actor_id ${BIGINT} NOT NULL REFERENCES users(id),
  action TEXT NOT NULL,
  comment_id ${BIGINT},
  user_id ${BIGINT},
  note TEXT,
  at ${BIGINT} NOT NULL
);
CREATE INDEX moderation_log_at ON moderation_log(at);
