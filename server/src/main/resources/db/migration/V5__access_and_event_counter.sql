-- Access: people log in with a password (ADMIN, RECEPTIONIST) and get a session; devices
-- (KIOSK, DISPLAY) hold a token each. Passwords are Argon2id hashes (PHC string); tokens are kept
-- only as their SHA-256 (hex), so a copy of the database gives no working token.
create table users (
    username        varchar(64) primary key,
    role            varchar(16) not null,
    password_hash   varchar(200) not null,
    failed_attempts integer default 0 not null,
    locked_until    timestamp with time zone,
    created_at      timestamp with time zone not null
);

-- Sessions survive a server restart; they end at expires_at or at logout.
create table sessions (
    token_hash  varchar(64) primary key,
    username    varchar(64) not null references users (username) on delete cascade,
    role        varchar(16) not null,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null
);
create index sessions_user on sessions (username);

-- One row per device; registering it again replaces its token, revoking it clears the token.
create table devices (
    id          varchar(64) primary key,
    role        varchar(16) not null,
    token_hash  varchar(64),
    created_at  timestamp with time zone not null,
    revoked_at  timestamp with time zone
);
create unique index devices_token on devices (token_hash);

-- Event ids come from this one counter row, incremented in the transaction that stores the event:
-- the row lock orders events by commit, ids have no gaps and are never reused, on H2 as on
-- PostgreSQL, from one server instance or several.
create table event_counter (
    id      integer primary key,
    last_id bigint not null
);
insert into event_counter (id, last_id) select 1, coalesce(max(id), 0) from events;

-- Who made each change: "kiosk:kiosk-1", "user:lan", "server" (background work).
alter table events add column actor varchar(80);
