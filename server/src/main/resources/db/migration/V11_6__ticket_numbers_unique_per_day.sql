-- A ticket keeps its number when it is transferred to another queue (A017 stays A017 in the
-- fee-paying queue), so the sequence alone is not unique within a queue any more: A017 moved into
-- the queue that issued B017 broke the old (service_day, queue_id, sequence) constraint and the
-- transfer failed. The number (with its queue's prefix) is what stays unique in a queue on a day;
-- issuing still takes its sequence from the queue's numbering row, under this same backstop.
alter table tickets drop constraint tickets_number_per_day;
create unique index tickets_day_queue_number on tickets (service_day, queue_id, number);
