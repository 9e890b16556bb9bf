-- The provider admin's dashboard: the partner's delegated admin privileges that run out soonest, and
-- its subscriptions by support contact, each read from an index instead of every row of the partner.
CREATE INDEX customer_relationship_partner_expiry_idx ON customer_relationship (partner_id, delegated_admin_expires_at);
CREATE INDEX subscription_provider_contact_idx ON subscription (provider_id, status, support_contact_id, reseller_id);
