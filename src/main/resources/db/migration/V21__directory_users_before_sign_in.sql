-- The portal reads an organisation's members from the directory (to notify them and to assign them
-- work) before they have ever signed in: such an account has no last sign-in yet.
ALTER TABLE directory_user ALTER COLUMN last_sign_in_at DROP NOT NULL;
