-- Editable dictionaries (issue 19): the entries staff add to any dictionary, one table for all (the shipped entries
-- stay in the resources of the module that defines the dictionary). dictionary is the code a module gives its
-- dictionary (search-synonyms, assistant-terms, sensitive-words, wording, genres); term the word, group or variant;
-- value the standard term or suggested replacement where the dictionary has one.
create table dictionary_entry (
    id          bigserial primary key,
    dictionary  varchar(50)  not null,
    term        varchar(200) not null,
    value       varchar(200),
    created_by  varchar(100) not null,
    created_at  timestamptz  not null,
    unique (dictionary, term)
);

-- The two lists that had a table each, search's synonyms (V66) and the assistant's dictionary (V60), move in,
-- in the order they were added
insert into dictionary_entry (dictionary, term, value, created_by, created_at)
select 'search-synonyms', words, null, created_by, created_at from search_synonym order by id;

insert into dictionary_entry (dictionary, term, value, created_by, created_at)
select 'assistant-terms', variant, standard, created_by, created_at from assistant_term order by id;

drop table search_synonym;
drop table assistant_term;

-- Their change events became dictionaries.DictionaryChanged: an audit entry left pending under the old classes by the
-- node stopped for the upgrade is rewritten to the new one, with the same action, subject and summary, so that it is
-- still written (Spring Modulith deserialises a pending event by its class name; its table may not exist yet)
do $$
begin
    if to_regclass('event_publication') is not null then
        update event_publication
        set event_type = 'org.gongkai.dictionaries.DictionaryChanged',
            serialized_event = json_build_object(
                'dictionary', 'search-synonyms',
                'action', 'SEARCH_SYNONYMS_' || (serialized_event::jsonb ->> 'how'),
                'subject', 'search-synonyms:' || (serialized_event::jsonb ->> 'words'),
                'summary', serialized_event::jsonb ->> 'words',
                'actor', serialized_event::jsonb ->> 'actor')::text
        where completion_date is null and event_type = 'org.gongkai.search.SearchSynonymsChanged';
        update event_publication
        set event_type = 'org.gongkai.dictionaries.DictionaryChanged',
            serialized_event = json_build_object(
                'dictionary', 'assistant-terms',
                'action', 'ASSISTANT_TERM_' || (serialized_event::jsonb ->> 'how'),
                'subject', 'assistant-term:' || (serialized_event::jsonb ->> 'variant'),
                'summary', (serialized_event::jsonb ->> 'variant') || ' → ' || (serialized_event::jsonb ->> 'standard'),
                'actor', serialized_event::jsonb ->> 'actor')::text
        where completion_date is null and event_type = 'org.gongkai.assistant.AssistantTermsChanged';
    end if;
end
$$;
