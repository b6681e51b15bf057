-- One-time password reset links (SHA-256 of the token, as for setup tokens):
-- valid for an hour, spent by their first use.
CREATE TABLE password_resets (
    token_hash TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);
CREATE INDEX password_resets_user_idx ON password_resets (user_id);
