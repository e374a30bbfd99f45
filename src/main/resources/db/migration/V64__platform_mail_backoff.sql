-- Undeliverable mail is retried with a growing interval for about a day (Outbox.BACKOFF), then shown on the jobs page.
alter table outgoing_mail add column next_attempt_at timestamptz;
