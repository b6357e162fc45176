-- How the patient's identity was verified when it came from the CCCD chip (passive
-- authentication verdict): CHIP_VALID, CHIP_UNTRUSTED_CHAIN, CHIP_HASH_MISMATCH, CHIP_SIGNATURE_INVALID,
-- CHIP_CHAIN_INVALID.
alter table tickets add column identity_check varchar(40);
