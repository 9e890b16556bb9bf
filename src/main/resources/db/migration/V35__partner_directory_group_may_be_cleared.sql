-- The operator may clear an organisation's directory group (for instance one that named people of
-- another organisation): a partner without a group has nobody who can sign in for it.
ALTER TABLE partner ALTER COLUMN directory_group DROP NOT NULL;
