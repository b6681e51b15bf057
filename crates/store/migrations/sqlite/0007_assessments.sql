-- Assessments: an interviewer's set of problems with points, a duration and
-- an open window; invitations (unique links, stored as hashes); attempts
-- (a running clock per candidate); integrity signals. Keep in step with
-- ../postgres/0007_assessments.sql (they differ only in identity columns).

CREATE TABLE assessments (
    id TEXT PRIMARY KEY,
    owner_id BIGINT NOT NULL REFERENCES users (id),
    title TEXT NOT NULL,
    instructions TEXT NOT NULL,
    duration_secs BIGINT NOT NULL CHECK (duration_secs > 0),
    opens_at BIGINT NOT NULL,
    closes_at BIGINT NOT NULL,
    -- JSON array of language ids; NULL: every language.
    languages TEXT,
    archived_at BIGINT,
    -- When the results email went out (once).
    reported_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX assessments_owner_idx ON assessments (owner_id, created_at);

CREATE TABLE assessment_problems (
    assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    slug TEXT NOT NULL,
    points REAL NOT NULL CHECK (points > 0),
    PRIMARY KEY (assessment_id, position)
);

CREATE TABLE invitations (
    id TEXT PRIMARY KEY,
    assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    email TEXT NOT NULL,
    -- SHA-256 of the link's token: the token itself is only in the email.
    token_hash TEXT NOT NULL UNIQUE,
    extra_minutes BIGINT NOT NULL DEFAULT 0,
    extra_percent BIGINT NOT NULL DEFAULT 0,
    revoked_at BIGINT,
    created_at BIGINT NOT NULL,
    sent_at BIGINT NOT NULL,
    UNIQUE (assessment_id, email)
);

-- One per invitation: starting twice gives the same attempt back.
CREATE TABLE attempts (
    id TEXT PRIMARY KEY,
    invitation_id TEXT NOT NULL UNIQUE REFERENCES invitations (id) ON DELETE CASCADE,
    assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    -- An account of its own (no password, no sign-in) so submissions and
    -- runs go through the normal pipeline.
    user_id BIGINT NOT NULL REFERENCES users (id),
    state TEXT NOT NULL CHECK (state IN ('running', 'submitted', 'expired')),
    started_at BIGINT NOT NULL,
    deadline BIGINT NOT NULL,
    ended_at BIGINT,
    -- The newest page that opened the attempt; older ones are read-only.
    session TEXT NOT NULL,
    sessions BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX attempts_assessment_idx ON attempts (assessment_id);
CREATE INDEX attempts_user_idx ON attempts (user_id);

CREATE TABLE attempt_signals (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    attempt_id TEXT NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,
    at BIGINT NOT NULL,
    kind TEXT NOT NULL,
    severity TEXT NOT NULL CHECK (severity IN ('low', 'medium', 'high')),
    duration_ms BIGINT,
    length BIGINT
);
CREATE INDEX attempt_signals_attempt_idx ON attempt_signals (attempt_id, at);

ALTER TABLE submissions ADD COLUMN attempt_id TEXT REFERENCES attempts (id) ON DELETE SET NULL;
CREATE INDEX submissions_attempt_idx ON submissions (attempt_id);
