-- Duels: two players, one problem, a server-owned clock; their ratings, the
-- matchmaking queue, and a lease so one node at a time pairs the queue. Keep in
-- step with ../postgres/0006_duels.sql (they differ in the float type and in
-- how the document tables lose their foreign key).

CREATE TABLE duels (
    -- Unguessable, like a room's: the challenge link is the invitation.
    id TEXT PRIMARY KEY,
    created_by BIGINT NOT NULL REFERENCES users (id),
    origin TEXT NOT NULL CHECK (origin IN ('challenge', 'queue')),
    difficulty TEXT,
    -- The problem's slug: chosen when the duel is made, or when the second
    -- player arrives; shown to the players only from `running` on.
    problem TEXT,
    -- Tests of that problem (samples and hidden), for progress.
    total_tests BIGINT NOT NULL DEFAULT 0,
    language TEXT NOT NULL,
    duration_secs BIGINT NOT NULL,
    state TEXT NOT NULL
        CHECK (state IN ('waiting', 'countdown', 'running', 'finished', 'abandoned')),
    created_at BIGINT NOT NULL,
    starts_at BIGINT,
    ends_at BIGINT,
    finished_at BIGINT,
    winner_id BIGINT REFERENCES users (id),
    reason TEXT CHECK (reason IN ('solved', 'score', 'draw', 'forfeit', 'abandoned'))
);
CREATE INDEX duels_state_idx ON duels (state);

-- Seat 0 made the duel (or was paired first), seat 1 joined. Ratings before
-- and after are set when the duel starts and when it is rated.
CREATE TABLE duel_players (
    duel_id TEXT NOT NULL REFERENCES duels (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    seat BIGINT NOT NULL CHECK (seat IN (0, 1)),
    rating_before REAL,
    rd_before REAL,
    rating_after REAL,
    rd_after REAL,
    -- Open /ws connections watching the duel, and when the last one closed.
    connections BIGINT NOT NULL DEFAULT 0,
    left_at BIGINT,
    joined_at BIGINT NOT NULL,
    PRIMARY KEY (duel_id, user_id),
    UNIQUE (duel_id, seat)
);
CREATE INDEX duel_players_user_idx ON duel_players (user_id, joined_at);

-- Glicko-2 ratings; no row: never rated (1500, 350, 0.06).
CREATE TABLE ratings (
    user_id BIGINT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    rating REAL NOT NULL,
    rd REAL NOT NULL,
    volatility REAL NOT NULL,
    games BIGINT NOT NULL,
    wins BIGINT NOT NULL,
    losses BIGINT NOT NULL,
    draws BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX ratings_rating_idx ON ratings (rating);

-- Players waiting for an opponent.
CREATE TABLE duel_queue (
    user_id BIGINT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    rating REAL NOT NULL,
    difficulty TEXT,
    joined_at BIGINT NOT NULL
);

-- Work one node does at a time (the matchmaker), held until `until`.
CREATE TABLE leases (
    name TEXT PRIMARY KEY,
    holder TEXT NOT NULL,
    until BIGINT NOT NULL
);

-- A duel submission counts for its duel (received before the deadline).
ALTER TABLE submissions ADD COLUMN duel_id TEXT REFERENCES duels (id) ON DELETE SET NULL;
CREATE INDEX submissions_duel_idx ON submissions (duel_id);

-- Documents are no longer only rooms': each duel player has one
-- (`{duel id}.{seat}`), so the log and snapshots drop the foreign key.
CREATE TABLE doc_updates_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    room_id TEXT NOT NULL,
    at BIGINT NOT NULL,
    author TEXT NOT NULL,
    data BLOB NOT NULL
);
INSERT INTO doc_updates_new (id, room_id, at, author, data)
    SELECT id, room_id, at, author, data FROM doc_updates;
-- Ids keep growing from where they were: a snapshot covers "every update
-- with id <= upto_id", so a reused id would hide an update behind it (the
-- log may have been pruned down to fewer rows than ids handed out).
DELETE FROM sqlite_sequence WHERE name = 'doc_updates_new';
INSERT INTO sqlite_sequence (name, seq) VALUES ('doc_updates_new', MAX(
    COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'doc_updates'), 0),
    COALESCE((SELECT MAX(id) FROM doc_updates), 0),
    COALESCE((SELECT MAX(upto_id) FROM doc_snapshots), 0)));
DROP TABLE doc_updates;
ALTER TABLE doc_updates_new RENAME TO doc_updates;
CREATE INDEX doc_updates_room_idx ON doc_updates (room_id, id);

CREATE TABLE doc_snapshots_new (
    room_id TEXT PRIMARY KEY,
    upto_id BIGINT NOT NULL,
    data BLOB NOT NULL,
    at BIGINT NOT NULL
);
INSERT INTO doc_snapshots_new (room_id, upto_id, data, at)
    SELECT room_id, upto_id, data, at FROM doc_snapshots;
DROP TABLE doc_snapshots;
ALTER TABLE doc_snapshots_new RENAME TO doc_snapshots;
