-- The clarification period (OGI art. 30: set by the agency, in working days) is kept, so that its due date can be
-- counted again when the holiday notice of a year is entered after it was counted provisionally.
alter table disclosure_request add column clarification_working_days integer;

-- Earlier applications: the period as the timeline recorded it ("workingDays=N"), else the default of 15.
update disclosure_request r
set clarification_working_days = coalesce(
        (select substring(e.details from 'workingDays=(\d+)')::integer from request_event e
         where e.request_id = r.id and e.action = 'REQUEST_CLARIFICATION' order by e.id desc limit 1), 15)
where r.clarification_requested_on is not null;
