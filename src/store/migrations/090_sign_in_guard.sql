-- Sign-in lockout and CSRF keys (issue 15). Additive.

-- Sign-in attempts per user name, so that the lockout (10 failures in 15 minutes) holds across
-- every `serve` process of a fleet and whatever proxy headers a client sends. The name is kept
-- as the SHA-256 of its trimmed, lower-cased form: what people type there is sometimes a password.
CREATE TABLE sign_in_attempts (
  name_hash     text PRIMARY KEY,
  attempts      integer NOT NULL,
  window_start  timestamptz NOT NULL
);
CREATE INDEX sign_in_attempts_window ON sign_in_attempts (window_start);

-- Random keys every node shares, made once by the first node that needs one (the HMAC key of
-- the workspace's CSRF tokens).
CREATE TABLE server_keys (
  name        text PRIMARY KEY,
  key         text NOT NULL,
  created_at  timestamptz NOT NULL
);

-- CSRF tokens now come from @fastify/csrf-protection, bound to the session; the per-session
-- token is no longer written (the column stays for nodes of the previous version during an upgrade).
ALTER TABLE web_sessions ALTER COLUMN csrf_token DROP NOT NULL;
