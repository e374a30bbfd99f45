-- identity: the three separated administrators (三员分立, issue 19) and the forced change of a password set by
-- someone else (an initial or a reset password)

alter table staff_user_role drop constraint staff_user_role_role_check;
alter table staff_user_role add constraint staff_user_role_role_check check (role in ('ADMIN', 'EDITOR', 'REVIEWER',
    'OFFICER', 'LEADER', 'SUPERVISOR', 'SECURITY_ADMIN', 'AUDITOR'));

alter table staff_user add column must_change_password boolean not null default false;
