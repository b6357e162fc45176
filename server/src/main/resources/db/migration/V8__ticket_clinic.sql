-- The clinic (specialty) a patient chose at the kiosk, kept with the ticket as its slip printed it
-- (id, name and room), so the desk shows the room the patient was told even after the
-- configuration changes.
alter table tickets add column clinic_id varchar(32);
alter table tickets add column clinic_name varchar(100);
alter table tickets add column clinic_room varchar(100);
