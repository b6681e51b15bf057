-- Codemint schema, SQLite dialect. Keep in step with ../postgres/0001_initial.sql:
-- the two differ only in identity columns and the blob type.
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    email TEXT NOT NULL,
    name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('admin', 'interviewer', 'user')),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CONSTRAINT users_email_key UNIQUE (email)
);

CREATE TABLE refresh_tokens (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    family TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT,
    revoked_at BIGINT
);
CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family);

CREATE TABLE setup_tokens (
    token_hash TEXT PRIMARY KEY,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);

CREATE TABLE blobs (
    hash TEXT PRIMARY KEY,
    size BIGINT NOT NULL,
    data BLOB NOT NULL
);

CREATE TABLE problems (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    slug TEXT NOT NULL,
    current_version BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    deleted_at BIGINT,
    CONSTRAINT problems_slug_key UNIQUE (slug)
);

CREATE TABLE problem_versions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    problem_id BIGINT NOT NULL REFERENCES problems (id),
    version BIGINT NOT NULL,
    title TEXT NOT NULL,
    statement TEXT NOT NULL,
    difficulty TEXT NOT NULL,
    tags TEXT NOT NULL,
    time_limit_ms BIGINT NOT NULL,
    memory_mb BIGINT NOT NULL,
    checker TEXT NOT NULL,
    samples TEXT NOT NULL,
    stubs TEXT NOT NULL,
    hidden_count BIGINT NOT NULL,
    author TEXT,
    license TEXT,
    created_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    CONSTRAINT problem_versions_version_key UNIQUE (problem_id, version)
);

CREATE TABLE problem_tests (
    version_id BIGINT NOT NULL REFERENCES problem_versions (id),
    ord BIGINT NOT NULL,
    name TEXT NOT NULL,
    input_hash TEXT NOT NULL REFERENCES blobs (hash),
    answer_hash TEXT NOT NULL REFERENCES blobs (hash),
    PRIMARY KEY (version_id, ord)
);

CREATE TABLE problem_files (
    version_id BIGINT NOT NULL REFERENCES problem_versions (id),
    path TEXT NOT NULL,
    blob_hash TEXT NOT NULL REFERENCES blobs (hash),
    PRIMARY KEY (version_id, path)
);
