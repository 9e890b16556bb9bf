-- The customer list at scale: a partner's customers are read in company-name order straight from
-- an index (stopping after one page), and counted from the relationship table alone.
CREATE INDEX customer_company_name_idx ON customer (company_name, id);
CREATE INDEX customer_relationship_partner_state_idx ON customer_relationship (partner_id, state, customer_id);
