-- Checks of a card by OTHER facilities, as the gateway's card check listed them (dsLichSuKT2018):
-- a check elsewhere within gateway.concurrentVisitDays of a lookup may mean the patient is being
-- treated there at the same time, which the desk shows on the ticket. Kept by card (or CCCD) number
-- as the lookup sent it, not by lookup: it is a fact about the card that every lookup of it near that
-- time shows (the card-check answers of one patient list the same checks again). Only checks within
-- the window of the answer are kept; our own facility's are not.
create table other_facility_checks (
    card_key      varchar(64) not null,
    facility_code varchar(16) not null,
    checked_at    timestamp with time zone not null,
    message       varchar(500),
    seen_at       timestamp with time zone not null,
    constraint other_facility_checks_key primary key (card_key, facility_code, checked_at)
);
create index other_facility_checks_at on other_facility_checks (checked_at);
