-- The search's abbreviations and synonyms as staff extend them (the shipped groups are in search/synonyms.txt):
-- one group of words a search treats as the same per row, separated by spaces (年报 年度报告)
create table search_synonym (
    id          bigserial primary key,
    words       varchar(200) not null unique,
    created_by  varchar(100) not null,
    created_at  timestamptz  not null
);
