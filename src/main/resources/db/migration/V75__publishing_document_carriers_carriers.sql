-- publishing: the 公开渠道和载体 of a document (国办发〔2019〕54号: a 目录 entry names 方式 and 渠道; 公开方式 stays the
-- statutory 主动/依申请, the carriers are the agency's own list, /admin/dictionaries/carriers). Every document so far is
-- on the portal, that is, on the 政府网站; the working copy and every kept version get it.

alter table document add column carriers text[] not null default '{政府网站}';
alter table document_revision add column carriers text[] not null default '{政府网站}';
