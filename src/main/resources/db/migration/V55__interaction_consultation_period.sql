-- The reply period a consultation got when it was received (the agency's setting then, in working days), so that its
-- due date can be counted again when the holiday notice of a year is entered after it was counted provisionally.
alter table consultation add column reply_working_days integer;

update consultation c
set reply_working_days = coalesce(
        (select s.consultation_working_days from interaction_setting s where s.agency_id = c.agency_id), 5);

alter table consultation alter column reply_working_days set not null;
