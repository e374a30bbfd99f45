-- publishing: a policy interpretation (政策解读) points to the policy document it explains

alter table document add column interprets_id bigint references document (id);
alter table document add column interpretation_form text
    check (interpretation_form in ('TEXT', 'GRAPHIC', 'VIDEO', 'QA'));
