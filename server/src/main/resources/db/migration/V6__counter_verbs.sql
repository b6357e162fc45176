-- The receptionist's verbs: a ticket's place in its queue (order_key: its id, lower when returned
-- to the front), how often its counter called it again, a transfer's note and target counter, when
-- it was parked; the counters' state (paused, and the run of priority calls, so priority cannot
-- starve the others).
alter table tickets add column order_key bigint;
update tickets set order_key = id;
alter table tickets alter column order_key set not null;
alter table tickets add column recall_count integer default 0 not null;
alter table tickets add column note varchar(500);
alter table tickets add column target_counter varchar(32);
alter table tickets add column parked_at timestamp with time zone;

create table counter_states (
    counter_id      varchar(32) primary key,
    paused          boolean default false not null,
    changed_at      timestamp with time zone,
    priority_streak integer default 0 not null
);

-- counter events (counter.paused, counter.resumed) are about a counter, not a ticket
alter table events alter column ticket_id drop not null;
alter table events add column counter_id varchar(32);
