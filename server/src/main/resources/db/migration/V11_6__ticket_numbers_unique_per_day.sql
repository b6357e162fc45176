-- A ticket keeps its number when it is transferred to another queue (A017 stays A017 in the
-- fee-paying queue), so the sequence alone is not unique within a queue any more: A017 moved
-- into the queue that issued B017 broke the old (service_day, queue_id, sequence) constraint
-- and the transfer failed. Numbers carry their queue's prefix (prefixes are unique), so the number
-- is what stays unique per day; the per-queue sequence rows still hand them out.
alter table tickets drop constraint tickets_number_per_day;
create unique index tickets_day_number on tickets (service_day, number);
