-- lookup_audit is append-only: PostgreSQL refuses to update, delete or truncate its rows, for
-- every role that is not allowed to drop the triggers.
create or replace function lookup_audit_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'lookup_audit is append-only: % refused', tg_op using errcode = '42501';
end;
$$;
create trigger lookup_audit_no_change before update or delete on lookup_audit
    for each row execute procedure lookup_audit_refuse_change();
create trigger lookup_audit_no_truncate before truncate on lookup_audit
    for each statement execute procedure lookup_audit_refuse_change();
