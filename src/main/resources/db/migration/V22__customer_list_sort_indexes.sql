-- The customer list sorted by country or by creation date at scale: like the company-name order
-- (V4), each is read in order from an index and stops after one page, whatever the offset.
CREATE INDEX customer_country_idx ON customer (country, id);
CREATE INDEX customer_created_at_idx ON customer (created_at, id);
