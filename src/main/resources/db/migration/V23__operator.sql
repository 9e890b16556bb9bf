-- The operator: the one indirect provider that runs this installation (created from the
-- configured provider, or Contoso in the demo). Only its global admins change the data every
-- tenant shares. TRUE for the operator, NULL for every other partner, so the unique constraint
-- allows exactly one.
ALTER TABLE partner ADD COLUMN operator BOOLEAN;
ALTER TABLE partner ADD CONSTRAINT partner_operator_unique UNIQUE (operator);
ALTER TABLE partner ADD CONSTRAINT partner_operator_true CHECK (operator IS NULL OR operator = TRUE);
