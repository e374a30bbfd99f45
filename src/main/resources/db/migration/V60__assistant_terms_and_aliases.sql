-- The assistant's normalisation dictionary as staff extend it (the shipped entries are in assistant/terms.tsv):
-- how people write (口语、方言、错别字) → the words service guides use
create table assistant_term (
    id          bigserial primary key,
    variant     varchar(50)  not null unique,
    standard    varchar(100) not null,
    created_by  varchar(100) not null,
    created_at  timestamptz  not null
);

-- What citizens call a service item (常用说法), one entry each; the assistant finds the item by them
alter table service_item add column aliases jsonb not null default '[]';
