-- publishing: 栏目授权 (issue 19). An editor with rows here drafts and submits only in these columns of their
-- agency's catalog; an editor without any writes in every column. staff_user is the account's id (identity's).
create table editor_column_grant (
    staff_user bigint not null,
    column_id  bigint not null references catalog_column (id) on delete cascade,
    primary key (staff_user, column_id)
);
create index editor_column_grant_column on editor_column_grant (column_id);
