-- The portrait read from the CCCD chip (DG2) after the ticket was printed, for the receptionist
-- to compare with the patient. Personal data: kept for the service day only (the server deletes
-- the portraits of earlier days at start and once a day). content_type: image/jpeg or image/jp2.
-- bytea is PostgreSQL's binary type; H2 2.x reads it as BINARY VARYING.
create table ticket_portraits (
    ticket_id    bigint primary key references tickets (id),
    service_day  date not null,
    content_type varchar(20) not null,
    image        bytea not null,
    stored_at    timestamp with time zone not null
);
create index ticket_portraits_day on ticket_portraits (service_day);
