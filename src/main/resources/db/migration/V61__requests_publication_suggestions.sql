-- An applicant's suggestion, after a disclosure, that the information be published proactively (OGI art. 44).
create table publication_suggestion (
    request_id   bigint primary key references disclosure_request (id),
    suggested_on date not null
);
