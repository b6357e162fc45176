-- lookup_bhxh_submission_audit is append-only: PostgreSQL refuses to update, delete or truncate its
-- rows, for every role that is not allowed to drop the triggers.
create or replace function append_only_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % refused', tg_table_name, tg_op using errcode = '42501';
end;
$$;
create trigger lookup_bhxh_submission_audit_no_change before update or delete on lookup_bhxh_submission_audit
    for each row execute procedure append_only_refuse_change();
create trigger lookup_bhxh_submission_audit_no_truncate before truncate on lookup_bhxh_submission_audit
    for each statement execute procedure append_only_refuse_change();
