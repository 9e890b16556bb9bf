-- Demo organisations of the embedded run. Runs after every migration and inserts only
-- what is missing, so it is safe to run any number of times.

INSERT INTO partner (id, name, kind, mpn_id, directory_group, created_at, version)
SELECT 'a0000000-0000-4000-8000-000000000001', 'Contoso Distribution', 'INDIRECT_PROVIDER', '4120001', 'org-contoso', CURRENT_TIMESTAMP, 1
WHERE NOT EXISTS (SELECT 1 FROM partner WHERE id = 'a0000000-0000-4000-8000-000000000001');
INSERT INTO partner (id, name, kind, mpn_id, directory_group, created_at, version)
SELECT 'a0000000-0000-4000-8000-000000000002', 'Fabrikam Solutions', 'INDIRECT_RESELLER', '4120002', 'org-fabrikam', CURRENT_TIMESTAMP, 1
WHERE NOT EXISTS (SELECT 1 FROM partner WHERE id = 'a0000000-0000-4000-8000-000000000002');
INSERT INTO partner (id, name, kind, mpn_id, directory_group, created_at, version)
SELECT 'a0000000-0000-4000-8000-000000000003', 'Northwind IT', 'INDIRECT_RESELLER', '4120003', 'org-northwind', CURRENT_TIMESTAMP, 1
WHERE NOT EXISTS (SELECT 1 FROM partner WHERE id = 'a0000000-0000-4000-8000-000000000003');
INSERT INTO partner (id, name, kind, mpn_id, directory_group, created_at, version)
SELECT 'a0000000-0000-4000-8000-000000000004', 'Wingtip Partners', 'INDIRECT_RESELLER', '4120004', 'org-wingtip', CURRENT_TIMESTAMP, 1
WHERE NOT EXISTS (SELECT 1 FROM partner WHERE id = 'a0000000-0000-4000-8000-000000000004');
-- Contoso runs the demo installation: its global admins alone change the data every tenant shares.
UPDATE partner SET operator = TRUE
WHERE id = 'a0000000-0000-4000-8000-000000000001' AND NOT EXISTS (SELECT 1 FROM partner WHERE operator = TRUE);

INSERT INTO customer (id, company_name, domain, country, tenant_id, directory_group, created_at, version)
SELECT 'c0000000-0000-4000-8000-000000000001', 'Tailspin Toys', 'tailspintoys.example', 'US', 'e0000000-0000-4000-8000-000000000001', 'org-tailspin', CURRENT_TIMESTAMP, 1
WHERE NOT EXISTS (SELECT 1 FROM customer WHERE id = 'c0000000-0000-4000-8000-000000000001');
INSERT INTO customer (id, company_name, domain, country, tenant_id, directory_group, created_at, version)
SELECT 'c0000000-0000-4000-8000-000000000002', 'Adventure Works', 'adventure-works.example', 'GB', 'e0000000-0000-4000-8000-000000000002', 'org-adventureworks', CURRENT_TIMESTAMP, 1
WHERE NOT EXISTS (SELECT 1 FROM customer WHERE id = 'c0000000-0000-4000-8000-000000000002');
INSERT INTO customer (id, company_name, domain, country, tenant_id, directory_group, created_at, version)
SELECT 'c0000000-0000-4000-8000-000000000003', 'Litware Inc', 'litware.example', 'TR', 'e0000000-0000-4000-8000-000000000003', 'org-litware', CURRENT_TIMESTAMP, 1
WHERE NOT EXISTS (SELECT 1 FROM customer WHERE id = 'c0000000-0000-4000-8000-000000000003');

-- Reseller partnerships: Fabrikam and Northwind sell through Contoso; Wingtip is invited and has
-- not accepted yet (walt can accept the invitation with the token below).
INSERT INTO reseller_partnership (id, provider_id, reseller_id, state, invited_at, activated_at, version)
SELECT '10000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000002', 'ACTIVE', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1
WHERE NOT EXISTS (SELECT 1 FROM reseller_partnership WHERE id = '10000000-0000-4000-8000-000000000002');
INSERT INTO reseller_partnership (id, provider_id, reseller_id, state, invited_at, activated_at, version)
SELECT '10000000-0000-4000-8000-000000000003', 'a0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000003', 'ACTIVE', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1
WHERE NOT EXISTS (SELECT 1 FROM reseller_partnership WHERE id = '10000000-0000-4000-8000-000000000003');
INSERT INTO reseller_partnership (id, provider_id, reseller_id, state, invited_at, version)
SELECT '10000000-0000-4000-8000-000000000004', 'a0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000004', 'INVITED', CURRENT_TIMESTAMP, 1
WHERE NOT EXISTS (SELECT 1 FROM reseller_partnership WHERE id = '10000000-0000-4000-8000-000000000004');
INSERT INTO partnership_invitation (token, provider_id, reseller_id, created_by, created_at, expires_at)
SELECT 'demo-wingtip-invitation', 'a0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000004', 'alice', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP + INTERVAL '90' DAY
WHERE NOT EXISTS (SELECT 1 FROM partnership_invitation WHERE token = 'demo-wingtip-invitation');

-- Customer relationships: who may see and support which customer.
INSERT INTO customer_relationship (id, partner_id, customer_id, state, delegated_admin, delegated_admin_granted_at, delegated_admin_expires_at, created_at, version)
SELECT '20000000-0000-4000-8000-000000000011', 'a0000000-0000-4000-8000-000000000001', 'c0000000-0000-4000-8000-000000000001', 'ACTIVE', TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP + INTERVAL '730' DAY, CURRENT_TIMESTAMP, 1
WHERE NOT EXISTS (SELECT 1 FROM customer_relationship WHERE id = '20000000-0000-4000-8000-000000000011');
INSERT INTO customer_relationship (id, partner_id, customer_id, state, delegated_admin, delegated_admin_granted_at, delegated_admin_expires_at, created_at, version)
SELECT '20000000-0000-4000-8000-000000000021', 'a0000000-0000-4000-8000-000000000002', 'c0000000-0000-4000-8000-000000000001', 'ACTIVE', TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP + INTERVAL '730' DAY, CURRENT_TIMESTAMP, 1
WHERE NOT EXISTS (SELECT 1 FROM customer_relationship WHERE id = '20000000-0000-4000-8000-000000000021');
INSERT INTO customer_relationship (id, partner_id, customer_id, state, delegated_admin, created_at, version)
SELECT '20000000-0000-4000-8000-000000000031', 'a0000000-0000-4000-8000-000000000003', 'c0000000-0000-4000-8000-000000000001', 'ACTIVE', FALSE, CURRENT_TIMESTAMP, 1
WHERE NOT EXISTS (SELECT 1 FROM customer_relationship WHERE id = '20000000-0000-4000-8000-000000000031');
INSERT INTO customer_relationship (id, partner_id, customer_id, state, delegated_admin, delegated_admin_granted_at, delegated_admin_expires_at, created_at, version)
SELECT '20000000-0000-4000-8000-000000000012', 'a0000000-0000-4000-8000-000000000001', 'c0000000-0000-4000-8000-000000000002', 'ACTIVE', TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP + INTERVAL '730' DAY, CURRENT_TIMESTAMP, 1
WHERE NOT EXISTS (SELECT 1 FROM customer_relationship WHERE id = '20000000-0000-4000-8000-000000000012');
INSERT INTO customer_relationship (id, partner_id, customer_id, state, delegated_admin, delegated_admin_granted_at, delegated_admin_expires_at, created_at, version)
SELECT '20000000-0000-4000-8000-000000000032', 'a0000000-0000-4000-8000-000000000003', 'c0000000-0000-4000-8000-000000000002', 'ACTIVE', TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP + INTERVAL '730' DAY, CURRENT_TIMESTAMP, 1
WHERE NOT EXISTS (SELECT 1 FROM customer_relationship WHERE id = '20000000-0000-4000-8000-000000000032');
INSERT INTO customer_relationship (id, partner_id, customer_id, state, delegated_admin, created_at, version)
SELECT '20000000-0000-4000-8000-000000000013', 'a0000000-0000-4000-8000-000000000001', 'c0000000-0000-4000-8000-000000000003', 'ACTIVE', FALSE, CURRENT_TIMESTAMP, 1
WHERE NOT EXISTS (SELECT 1 FROM customer_relationship WHERE id = '20000000-0000-4000-8000-000000000013');

-- Subscriptions, all provided by Contoso and supported by Contoso to begin with.
INSERT INTO subscription (id, customer_id, product_id, quantity, status, provider_id, reseller_id, support_contact_id, created_at, changed_at, version)
SELECT 'f0000000-0000-4000-8000-000000000001', 'c0000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000001', 25, 'ACTIVE', 'a0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000001', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1
WHERE NOT EXISTS (SELECT 1 FROM subscription WHERE id = 'f0000000-0000-4000-8000-000000000001');
INSERT INTO subscription (id, customer_id, product_id, quantity, status, provider_id, reseller_id, support_contact_id, created_at, changed_at, version)
SELECT 'f0000000-0000-4000-8000-000000000002', 'c0000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000004', 1, 'ACTIVE', 'a0000000-0000-4000-8000-000000000001', NULL, 'a0000000-0000-4000-8000-000000000001', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1
WHERE NOT EXISTS (SELECT 1 FROM subscription WHERE id = 'f0000000-0000-4000-8000-000000000002');
INSERT INTO subscription (id, customer_id, product_id, quantity, status, provider_id, reseller_id, support_contact_id, created_at, changed_at, version)
SELECT 'f0000000-0000-4000-8000-000000000003', 'c0000000-0000-4000-8000-000000000002', 'b0000000-0000-4000-8000-000000000002', 120, 'ACTIVE', 'a0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000003', 'a0000000-0000-4000-8000-000000000001', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1
WHERE NOT EXISTS (SELECT 1 FROM subscription WHERE id = 'f0000000-0000-4000-8000-000000000003');
INSERT INTO subscription (id, customer_id, product_id, quantity, status, provider_id, reseller_id, support_contact_id, created_at, changed_at, version)
SELECT 'f0000000-0000-4000-8000-000000000004', 'c0000000-0000-4000-8000-000000000002', 'b0000000-0000-4000-8000-000000000005', 10, 'ACTIVE', 'a0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000003', 'a0000000-0000-4000-8000-000000000001', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1
WHERE NOT EXISTS (SELECT 1 FROM subscription WHERE id = 'f0000000-0000-4000-8000-000000000004');
INSERT INTO subscription (id, customer_id, product_id, quantity, status, provider_id, reseller_id, support_contact_id, created_at, changed_at, version)
SELECT 'f0000000-0000-4000-8000-000000000005', 'c0000000-0000-4000-8000-000000000003', 'b0000000-0000-4000-8000-000000000003', 40, 'ACTIVE', 'a0000000-0000-4000-8000-000000000001', NULL, 'a0000000-0000-4000-8000-000000000001', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1
WHERE NOT EXISTS (SELECT 1 FROM subscription WHERE id = 'f0000000-0000-4000-8000-000000000005');

-- What each partner publishes as its support offering.
INSERT INTO support_offering (partner_id, email, telephone, website, time_zone, weekly_hours, contact_methods, pricing, scope, support_plans, version)
SELECT 'a0000000-0000-4000-8000-000000000001', 'support@contoso.example', '+90 212 555 0100', 'https://support.contoso.example', 'Europe/Istanbul', 'MON 09:00-18:00;TUE 09:00-18:00;WED 09:00-18:00;THU 09:00-18:00;FRI 09:00-18:00', 'EMAIL,PHONE,WEB', 'Included with every subscription.', 'Licensing, service configuration and incidents for all products we sell.', 'ADVANCED', 1
WHERE NOT EXISTS (SELECT 1 FROM support_offering WHERE partner_id = 'a0000000-0000-4000-8000-000000000001');
INSERT INTO support_offering (partner_id, email, telephone, website, time_zone, weekly_hours, contact_methods, pricing, scope, support_plans, version)
SELECT 'a0000000-0000-4000-8000-000000000002', 'helpdesk@fabrikam.example', '+44 20 5550 0200', 'https://fabrikam.example/support', 'Europe/London', 'MON 08:00-20:00;TUE 08:00-20:00;WED 08:00-20:00;THU 08:00-20:00;FRI 08:00-20:00;SAT 10:00-14:00', 'EMAIL,PHONE,CHAT', 'GBP 4 per user per month; first response free of charge.', 'Microsoft 365 set-up, mail flow, Teams and SharePoint questions.', '', 1
WHERE NOT EXISTS (SELECT 1 FROM support_offering WHERE partner_id = 'a0000000-0000-4000-8000-000000000002');
INSERT INTO support_offering (partner_id, email, telephone, website, time_zone, weekly_hours, contact_methods, pricing, scope, support_plans, version)
SELECT 'a0000000-0000-4000-8000-000000000003', 'servicedesk@northwind.example', '+1 425 555 0300', 'https://northwind.example/help', 'America/New_York', 'MON 07:00-19:00;TUE 07:00-19:00;WED 07:00-19:00;THU 07:00-19:00;FRI 07:00-19:00', 'EMAIL,PHONE', 'USD 250 per incident.', 'Dynamics 365 and Microsoft 365 for mid-size companies.', '', 1
WHERE NOT EXISTS (SELECT 1 FROM support_offering WHERE partner_id = 'a0000000-0000-4000-8000-000000000003');
