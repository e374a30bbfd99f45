-- publishing: publication at a set time (a reviewer approves now, the document goes live then), attachments

alter table document drop constraint document_status_check;
alter table document add constraint document_status_check
    check (status in ('DRAFT', 'SUBMITTED', 'SCHEDULED', 'PUBLISHED', 'WITHDRAWN'));
alter table document add column publish_at timestamptz;
create index document_due on document (publish_at) where status = 'SCHEDULED';

-- a file attached to a document, stored once by content hash under ${gongkai.data-dir}/files. An attachment goes live
-- with the revision it was added for and leaves with the one it was removed for, so a change to a published
-- document's files waits for that version's review like a change to its text.
create table document_attachment (
    id           bigint generated always as identity primary key,
    document_id  bigint not null references document (id),
    file_name    text not null,
    media_type   text not null,
    size         bigint not null check (size > 0),
    sha256       text not null,
    added_in     integer not null,
    removed_in   integer,
    uploaded_by  text not null,
    uploaded_at  timestamptz not null
);
create unique index document_attachment_name on document_attachment (document_id, file_name) where removed_in is null;

-- the column a published version is listed in: a draft that moves to another column moves its list entry only
-- when that version is published
alter table document_revision add column column_id bigint references catalog_column (id);
update document_revision r set column_id = d.column_id from document d where d.id = r.document_id;
alter table document_revision alter column column_id set not null;

-- index data of OGI art. 12 beside the text: 主题分类 and 公开方式, kept per published version with 关键词 and 体裁
alter table document add column topic text;
alter table document add column disclosure_method text not null default 'PROACTIVE'
    check (disclosure_method in ('PROACTIVE', 'ON_APPLICATION'));
alter table document_revision add column keywords text;
alter table document_revision add column genre text;
alter table document_revision add column topic text;
alter table document_revision add column disclosure_method text not null default 'PROACTIVE';
update document_revision r set keywords = d.keywords, genre = d.genre from document d where d.id = r.document_id;

-- the pattern of an agency's index numbers (索引号); without a row the default {prefix}/{year}-{serial}
create table index_number_pattern (
    agency_id bigint primary key references agency (id),
    pattern   text not null
);

-- 修改: the day a normative document was amended (amended_by names the amending entry of the ledger)
alter table normative_document add column amended_on date;
-- set once the daily check has announced that the validity period ran out (the page then says 已失效)
alter table normative_document add column expiry_announced boolean not null default false;
