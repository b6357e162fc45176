-- Queue statistics read each ticket's events in order: one index walk per range instead of a scan
-- of the whole event log.
create index events_ticket on events (ticket_id, id);
