-- a hand-over becomes a consultation of the interaction module; its tracking number is kept with the hand-over
alter table assistant_handoff add column consultation text;
