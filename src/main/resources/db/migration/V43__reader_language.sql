-- The language and time zone each person last read PartnerDesk in (chosen with the language switch
-- or in use when they signed in), so that the e-mails they are sent are written in them. Null until
-- known: English and UTC.
ALTER TABLE directory_user ADD COLUMN language VARCHAR(8);
ALTER TABLE directory_user ADD COLUMN time_zone VARCHAR(64);
