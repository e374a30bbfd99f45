-- The text of each attachment, extracted once on upload, which the confidentiality check reads with the body
-- (OGI art. 17). Null for files kept before: their text is read from the file when checked.
alter table document_attachment add column text text;
