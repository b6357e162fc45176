-- lookup_bhxh_submission_audit is append-only: H2 refuses to update or delete its rows.
create trigger lookup_bhxh_submission_audit_no_update before update on lookup_bhxh_submission_audit for each row
    call 'vn.tiepdon.server.storage.AppendOnlyTrigger';
create trigger lookup_bhxh_submission_audit_no_delete before delete on lookup_bhxh_submission_audit for each row
    call 'vn.tiepdon.server.storage.AppendOnlyTrigger';
