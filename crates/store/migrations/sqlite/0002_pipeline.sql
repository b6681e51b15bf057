-- Submissions, runs and the durable job queue. Keep in step with
-- ../postgres/0002_pipeline.sql: the two differ only in identity columns.

-- The job queue (crates/queue runs it). A row lives while the job is pending,
-- running or dead; a job that succeeds is deleted.
CREATE TABLE jobs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    -- Higher runs first: interactive runs before submissions before re-judges.
    priority BIGINT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('queued', 'running', 'dead')),
    attempts BIGINT NOT NULL DEFAULT 0,
    max_attempts BIGINT NOT NULL,
    run_at BIGINT NOT NULL,
    lease_until BIGINT,
    -- A random token per claim: only the holder of the current lease may finish it.
    lease_token TEXT,
    last_error TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX jobs_ready_idx ON jobs (state, priority, run_at);

CREATE TABLE submissions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    problem_id BIGINT NOT NULL REFERENCES problems (id),
    -- The exact version judged (problem_versions.id), fixed at submit time.
    version_id BIGINT NOT NULL REFERENCES problem_versions (id),
    language TEXT NOT NULL,
    -- The user's part only; the stub's prefix and suffix come from the version.
    code TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('queued', 'compiling', 'running', 'finished')),
    verdict TEXT,
    -- The judge report as JSON once finished.
    result TEXT,
    -- Bumped by a re-judge; a job for an older generation is a no-op.
    generation BIGINT NOT NULL DEFAULT 1,
    idempotency_key TEXT,
    created_at BIGINT NOT NULL,
    finished_at BIGINT,
    CONSTRAINT submissions_idempotency_key UNIQUE (user_id, idempotency_key)
);
CREATE INDEX submissions_user_problem_idx ON submissions (user_id, problem_id, id);
CREATE INDEX submissions_problem_idx ON submissions (problem_id);

CREATE TABLE runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    code TEXT NOT NULL,
    stdin TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('queued', 'compiling', 'running', 'finished')),
    result TEXT,
    idempotency_key TEXT,
    created_at BIGINT NOT NULL,
    finished_at BIGINT,
    CONSTRAINT runs_idempotency_key UNIQUE (user_id, idempotency_key)
);
CREATE INDEX runs_user_idx ON runs (user_id, id);
