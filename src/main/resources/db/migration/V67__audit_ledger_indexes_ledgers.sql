-- audit: the operation and login logs are filtered by action, actor and time (issue 19); the list of actions the
-- form offers is read with a loose index scan over the action index
create index audit_entry_action on audit_entry (action, id);
create index audit_entry_actor on audit_entry (actor, id);
create index audit_entry_occurred_at on audit_entry (occurred_at);
