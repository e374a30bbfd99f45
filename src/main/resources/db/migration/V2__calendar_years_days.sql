-- calendar: the State Council holiday notices, one row per year, with their dated exceptions to the weekend rule

create table calendar_year (
    year          integer primary key check (year between 2000 and 2100),
    notice_number text not null,
    notice_date   date not null,
    notes         text,
    updated_at    timestamptz not null default now(),
    updated_by    text not null default 'system'
);

create table calendar_day (
    day  date primary key,
    -- the notice the entry comes from (元旦 2023 began on 2022-12-31, in the 2023 notice)
    year integer not null references calendar_year (year) on delete cascade,
    kind text not null check (kind in ('HOLIDAY', 'MAKE_UP_WORKDAY')),
    name text not null
);
create index calendar_day_year on calendar_day (year);
