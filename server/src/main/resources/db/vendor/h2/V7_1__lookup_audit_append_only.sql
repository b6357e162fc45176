-- lookup_audit is append-only: H2 refuses to update or delete its rows (the trigger is a Java
-- class of the server, vn.tiepdon.server.storage.AppendOnlyTrigger).
create trigger lookup_audit_no_update before update on lookup_audit for each row
    call 'vn.tiepdon.server.storage.AppendOnlyTrigger';
create trigger lookup_audit_no_delete before delete on lookup_audit for each row
    call 'vn.tiepdon.server.storage.AppendOnlyTrigger';
