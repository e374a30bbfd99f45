-- The static site became its own module (org.gongkai.site): event publications still pending under the old names of
-- its listeners and of its event are renamed, so that a render or an audit entry left unfinished by the node that
-- was stopped for the upgrade is still carried out (Spring Modulith matches a pending publication to its listener
-- by this id and deserialises the event by its class name). The table is Spring Modulith's own and may not exist yet
-- on a new database, where there is nothing to rename.
do $$
begin
    if to_regclass('event_publication') is not null then
        update event_publication
        set listener_id = replace(listener_id, 'org.gongkai.publishing.Site.', 'org.gongkai.site.RenderQueue.')
        where completion_date is null and listener_id like 'org.gongkai.publishing.Site.%';
        update event_publication
        set event_type = 'org.gongkai.site.SiteTampered'
        where completion_date is null and event_type = 'org.gongkai.publishing.SiteTampered';
    end if;
end
$$;
