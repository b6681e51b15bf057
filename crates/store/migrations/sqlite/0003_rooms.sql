-- Collaboration rooms, their lobby, their event timeline and their shared
-- document's update log. Keep in step with ../postgres/0003_rooms.sql: the two
-- differ only in identity columns and the blob type.

CREATE TABLE rooms (
    -- Unguessable (128 random bits, URL-safe): the link is the invitation.
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    created_by BIGINT NOT NULL REFERENCES users (id),
    language TEXT NOT NULL,
    problem TEXT,
    state TEXT NOT NULL CHECK (state IN ('open', 'ended')),
    created_at BIGINT NOT NULL,
    ended_at BIGINT,
    last_active_at BIGINT NOT NULL
);

-- Everyone who asked to join, and what was decided. `member` is `u:{user id}`
-- or `g:{guest id}`.
CREATE TABLE room_members (
    room_id TEXT NOT NULL REFERENCES rooms (id) ON DELETE CASCADE,
    member TEXT NOT NULL,
    user_id BIGINT REFERENCES users (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('host', 'interviewer', 'candidate', 'observer')),
    status TEXT NOT NULL CHECK (status IN ('pending', 'admitted', 'rejected')),
    decided_by TEXT,
    created_at BIGINT NOT NULL,
    decided_at BIGINT,
    PRIMARY KEY (room_id, member)
);

-- The room's timeline besides document edits: chat, signals, notes, runs,
-- language and problem changes, lobby decisions. `audience` says who may read
-- an event: 'all' or 'staff' (interviewers and the host).
CREATE TABLE room_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    room_id TEXT NOT NULL REFERENCES rooms (id) ON DELETE CASCADE,
    at BIGINT NOT NULL,
    actor TEXT NOT NULL,
    kind TEXT NOT NULL,
    audience TEXT NOT NULL CHECK (audience IN ('all', 'staff')),
    data TEXT NOT NULL
);
CREATE INDEX room_events_room_idx ON room_events (room_id, id);

-- Every accepted Yjs update, in order, with time and author (replay, crash
-- recovery). Snapshots make loading fast; the log stays for replay.
CREATE TABLE doc_updates (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    room_id TEXT NOT NULL REFERENCES rooms (id) ON DELETE CASCADE,
    at BIGINT NOT NULL,
    author TEXT NOT NULL,
    data BLOB NOT NULL
);
CREATE INDEX doc_updates_room_idx ON doc_updates (room_id, id);

CREATE TABLE doc_snapshots (
    room_id TEXT PRIMARY KEY REFERENCES rooms (id) ON DELETE CASCADE,
    -- The snapshot holds every update with id <= upto_id.
    upto_id BIGINT NOT NULL,
    data BLOB NOT NULL,
    at BIGINT NOT NULL
);

-- A run made in a room is shared with it.
ALTER TABLE runs ADD COLUMN room_id TEXT REFERENCES rooms (id) ON DELETE SET NULL;

-- A submission made in a room judges the room's document (the whole program,
-- no stub around it) and its verdict is shared with the room.
ALTER TABLE submissions ADD COLUMN room_id TEXT REFERENCES rooms (id) ON DELETE SET NULL;
