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

-- Support requests in every status and severity across the three customers, in Contoso's queue and in
-- both resellers' (Fabrikam's and Northwind's), dated relative to the moment they are first loaded: one
-- due within the hour, one late, one escalated from Fabrikam to Contoso and on to the vendor as a service
-- request, with the notes and the notifications the portal would have written. Ids start e000000x-.
INSERT INTO support_request (id, customer_id, subscription_id, handler_id, escalated_from_id, title, description,
        severity, preferred_contact, status, assignee, resolution, created_by, created_at, changed_at,
        first_response_due, first_responded_at, sla_warned, sla_breach_notified, version)
SELECT 'e0000000-0000-4000-8000-000000000001', 'c0000000-0000-4000-8000-000000000001', 'f0000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000001', NULL, 'Virtual machines in West Europe fail to start',
       'Since 08:00 every start of our build servers fails with an allocation error. Nothing was changed on our side.',
       'A', 'PHONE', 'NEW', NULL, NULL, 'tom', CURRENT_TIMESTAMP - INTERVAL '20' MINUTE, CURRENT_TIMESTAMP - INTERVAL '20' MINUTE,
       CURRENT_TIMESTAMP + INTERVAL '40' MINUTE, NULL, FALSE, FALSE, 1
WHERE NOT EXISTS (SELECT 1 FROM support_request WHERE id = 'e0000000-0000-4000-8000-000000000001');
INSERT INTO support_request (id, customer_id, subscription_id, handler_id, escalated_from_id, title, description,
        severity, preferred_contact, status, assignee, resolution, created_by, created_at, changed_at,
        first_response_due, first_responded_at, sla_warned, sla_breach_notified, version)
SELECT 'e0000000-0000-4000-8000-000000000002', 'c0000000-0000-4000-8000-000000000001', 'f0000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000001', NULL, 'Azure invoice shows a charge we do not recognise',
       'The last invoice has a line for a storage account we cannot find in the portal.',
       'B', 'EMAIL', 'IN_PROGRESS', 'hana', NULL, 'tom', CURRENT_TIMESTAMP - INTERVAL '1500' MINUTE, CURRENT_TIMESTAMP - INTERVAL '1475' MINUTE,
       CURRENT_TIMESTAMP - INTERVAL '1260' MINUTE, CURRENT_TIMESTAMP - INTERVAL '1475' MINUTE, FALSE, FALSE, 4
WHERE NOT EXISTS (SELECT 1 FROM support_request WHERE id = 'e0000000-0000-4000-8000-000000000002');
INSERT INTO support_request (id, customer_id, subscription_id, handler_id, escalated_from_id, title, description,
        severity, preferred_contact, status, assignee, resolution, created_by, created_at, changed_at,
        first_response_due, first_responded_at, sla_warned, sla_breach_notified, version)
SELECT 'e0000000-0000-4000-8000-000000000003', 'c0000000-0000-4000-8000-000000000003', 'f0000000-0000-4000-8000-000000000005', 'a0000000-0000-4000-8000-000000000001', NULL, 'Shared mailbox not visible in Outlook for new staff',
       'The three people who joined on Monday do not see the Sales shared mailbox, everybody else does.',
       'B', 'EMAIL', 'NEW', NULL, NULL, 'lena', CURRENT_TIMESTAMP - INTERVAL '360' MINUTE, CURRENT_TIMESTAMP - INTERVAL '360' MINUTE,
       CURRENT_TIMESTAMP - INTERVAL '120' MINUTE, NULL, FALSE, FALSE, 1
WHERE NOT EXISTS (SELECT 1 FROM support_request WHERE id = 'e0000000-0000-4000-8000-000000000003');
INSERT INTO support_request (id, customer_id, subscription_id, handler_id, escalated_from_id, title, description,
        severity, preferred_contact, status, assignee, resolution, created_by, created_at, changed_at,
        first_response_due, first_responded_at, sla_warned, sla_breach_notified, version)
SELECT 'e0000000-0000-4000-8000-000000000004', 'c0000000-0000-4000-8000-000000000003', 'f0000000-0000-4000-8000-000000000005', 'a0000000-0000-4000-8000-000000000001', NULL, 'Some external e-mails bounce with 550 5.7.1',
       'Mail from two of our suppliers bounces since last week; the bounce mentions a policy.',
       'C', 'EMAIL', 'WAITING_ON_CUSTOMER', 'adam', NULL, 'lena', CURRENT_TIMESTAMP - INTERVAL '2880' MINUTE, CURRENT_TIMESTAMP - INTERVAL '2820' MINUTE,
       CURRENT_TIMESTAMP - INTERVAL '2400' MINUTE, CURRENT_TIMESTAMP - INTERVAL '2820' MINUTE, FALSE, FALSE, 4
WHERE NOT EXISTS (SELECT 1 FROM support_request WHERE id = 'e0000000-0000-4000-8000-000000000004');
INSERT INTO support_request (id, customer_id, subscription_id, handler_id, escalated_from_id, title, description,
        severity, preferred_contact, status, assignee, resolution, created_by, created_at, changed_at,
        first_response_due, first_responded_at, sla_warned, sla_breach_notified, version)
SELECT 'e0000000-0000-4000-8000-000000000005', 'c0000000-0000-4000-8000-000000000001', 'f0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000002', NULL, 'Teams calls drop after ten minutes',
       'Every Teams call with customers ends after about ten minutes. Internal calls are fine.',
       'B', 'PHONE', 'IN_PROGRESS', 'felix', NULL, 'tom', CURRENT_TIMESTAMP - INTERVAL '180' MINUTE, CURRENT_TIMESTAMP - INTERVAL '165' MINUTE,
       CURRENT_TIMESTAMP + INTERVAL '60' MINUTE, CURRENT_TIMESTAMP - INTERVAL '165' MINUTE, FALSE, FALSE, 4
WHERE NOT EXISTS (SELECT 1 FROM support_request WHERE id = 'e0000000-0000-4000-8000-000000000005');
INSERT INTO support_request (id, customer_id, subscription_id, handler_id, escalated_from_id, title, description,
        severity, preferred_contact, status, assignee, resolution, created_by, created_at, changed_at,
        first_response_due, first_responded_at, sla_warned, sla_breach_notified, version)
SELECT 'e0000000-0000-4000-8000-000000000006', 'c0000000-0000-4000-8000-000000000001', 'f0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000002', NULL, 'Mailbox of the managing director is disconnected',
       'After the licence change yesterday the managing director''s mailbox shows as disconnected and his mail bounces.',
       'A', 'PHONE', 'IN_PROGRESS', 'felix', NULL, 'tom', CURRENT_TIMESTAMP - INTERVAL '300' MINUTE, CURRENT_TIMESTAMP - INTERVAL '240' MINUTE,
       CURRENT_TIMESTAMP - INTERVAL '240' MINUTE, CURRENT_TIMESTAMP - INTERVAL '290' MINUTE, FALSE, FALSE, 5
WHERE NOT EXISTS (SELECT 1 FROM support_request WHERE id = 'e0000000-0000-4000-8000-000000000006');
INSERT INTO support_request (id, customer_id, subscription_id, handler_id, escalated_from_id, title, description,
        severity, preferred_contact, status, assignee, resolution, created_by, created_at, changed_at,
        first_response_due, first_responded_at, sla_warned, sla_breach_notified, version)
SELECT 'e0000000-0000-4000-8000-000000000007', 'c0000000-0000-4000-8000-000000000001', 'f0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001', 'e0000000-0000-4000-8000-000000000006', 'Mailbox of the managing director is disconnected',
       'After the licence change yesterday the managing director''s mailbox shows as disconnected and his mail bounces.',
       'A', 'PHONE', 'IN_PROGRESS', 'hana', NULL, 'felix', CURRENT_TIMESTAMP - INTERVAL '240' MINUTE, CURRENT_TIMESTAMP - INTERVAL '120' MINUTE,
       CURRENT_TIMESTAMP - INTERVAL '180' MINUTE, CURRENT_TIMESTAMP - INTERVAL '220' MINUTE, FALSE, FALSE, 5
WHERE NOT EXISTS (SELECT 1 FROM support_request WHERE id = 'e0000000-0000-4000-8000-000000000007');
INSERT INTO support_request (id, customer_id, subscription_id, handler_id, escalated_from_id, title, description,
        severity, preferred_contact, status, assignee, resolution, created_by, created_at, changed_at,
        first_response_due, first_responded_at, sla_warned, sla_breach_notified, version)
SELECT 'e0000000-0000-4000-8000-000000000008', 'c0000000-0000-4000-8000-000000000002', 'f0000000-0000-4000-8000-000000000003', 'a0000000-0000-4000-8000-000000000003', NULL, 'Cannot assign licences to two new employees',
       'The admin centre says there are no licences left, but we bought five more last week.',
       'C', 'WEB', 'NEW', NULL, NULL, 'ava', CURRENT_TIMESTAMP - INTERVAL '120' MINUTE, CURRENT_TIMESTAMP - INTERVAL '120' MINUTE,
       CURRENT_TIMESTAMP + INTERVAL '360' MINUTE, NULL, FALSE, FALSE, 1
WHERE NOT EXISTS (SELECT 1 FROM support_request WHERE id = 'e0000000-0000-4000-8000-000000000008');
INSERT INTO support_request (id, customer_id, subscription_id, handler_id, escalated_from_id, title, description,
        severity, preferred_contact, status, assignee, resolution, created_by, created_at, changed_at,
        first_response_due, first_responded_at, sla_warned, sla_breach_notified, version)
SELECT 'e0000000-0000-4000-8000-000000000009', 'c0000000-0000-4000-8000-000000000002', 'f0000000-0000-4000-8000-000000000004', 'a0000000-0000-4000-8000-000000000003', NULL, 'Dynamics sales app is slow in the morning',
       'Between 08:00 and 10:00 opening an opportunity takes half a minute.',
       'B', 'EMAIL', 'RESOLVED', 'ned', 'The nightly import now runs at 02:00 and ends before people start work.', 'ava', CURRENT_TIMESTAMP - INTERVAL '5760' MINUTE, CURRENT_TIMESTAMP - INTERVAL '4320' MINUTE,
       CURRENT_TIMESTAMP - INTERVAL '5520' MINUTE, CURRENT_TIMESTAMP - INTERVAL '5730' MINUTE, FALSE, FALSE, 5
WHERE NOT EXISTS (SELECT 1 FROM support_request WHERE id = 'e0000000-0000-4000-8000-000000000009');
INSERT INTO support_request (id, customer_id, subscription_id, handler_id, escalated_from_id, title, description,
        severity, preferred_contact, status, assignee, resolution, created_by, created_at, changed_at,
        first_response_due, first_responded_at, sla_warned, sla_breach_notified, version)
SELECT 'e0000000-0000-4000-8000-000000000010', 'c0000000-0000-4000-8000-000000000002', 'f0000000-0000-4000-8000-000000000003', 'a0000000-0000-4000-8000-000000000001', NULL, 'Nobody can sign in after the domain change',
       'Since we changed our primary domain nobody can sign in to Microsoft 365.',
       'A', 'PHONE', 'CLOSED', 'alice', 'Verified the new domain and moved the sign-in names to it.', 'ava', CURRENT_TIMESTAMP - INTERVAL '14400' MINUTE, CURRENT_TIMESTAMP - INTERVAL '12960' MINUTE,
       CURRENT_TIMESTAMP - INTERVAL '14340' MINUTE, CURRENT_TIMESTAMP - INTERVAL '14390' MINUTE, FALSE, FALSE, 4
WHERE NOT EXISTS (SELECT 1 FROM support_request WHERE id = 'e0000000-0000-4000-8000-000000000010');
INSERT INTO support_request (id, customer_id, subscription_id, handler_id, escalated_from_id, title, description,
        severity, preferred_contact, status, assignee, resolution, created_by, created_at, changed_at,
        first_response_due, first_responded_at, sla_warned, sla_breach_notified, version)
SELECT 'e0000000-0000-4000-8000-000000000011', 'c0000000-0000-4000-8000-000000000003', 'f0000000-0000-4000-8000-000000000005', 'a0000000-0000-4000-8000-000000000001', NULL, 'Calendar sharing with a partner company stopped working',
       'Our partner no longer sees our free/busy times.',
       'C', 'EMAIL', 'RESOLVED', 'hana', 'Renewed the organisation relationship for free/busy sharing.', 'lena', CURRENT_TIMESTAMP - INTERVAL '4320' MINUTE, CURRENT_TIMESTAMP - INTERVAL '4000' MINUTE,
       CURRENT_TIMESTAMP - INTERVAL '3840' MINUTE, CURRENT_TIMESTAMP - INTERVAL '4200' MINUTE, FALSE, FALSE, 4
WHERE NOT EXISTS (SELECT 1 FROM support_request WHERE id = 'e0000000-0000-4000-8000-000000000011');
INSERT INTO support_request (id, customer_id, subscription_id, handler_id, escalated_from_id, title, description,
        severity, preferred_contact, status, assignee, resolution, created_by, created_at, changed_at,
        first_response_due, first_responded_at, sla_warned, sla_breach_notified, version)
SELECT 'e0000000-0000-4000-8000-000000000012', 'c0000000-0000-4000-8000-000000000001', 'f0000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000001', NULL, 'Question about reserved instances',
       'Would reserved instances lower the cost of our two build servers?',
       'C', 'EMAIL', 'NEW', NULL, NULL, 'tom', CURRENT_TIMESTAMP - INTERVAL '30' MINUTE, CURRENT_TIMESTAMP - INTERVAL '30' MINUTE,
       CURRENT_TIMESTAMP + INTERVAL '450' MINUTE, NULL, FALSE, FALSE, 1
WHERE NOT EXISTS (SELECT 1 FROM support_request WHERE id = 'e0000000-0000-4000-8000-000000000012');
INSERT INTO support_request_note (support_request_id, seq, author, author_name, author_org, created_at, body)
SELECT 'e0000000-0000-4000-8000-000000000002', 0, 'hana', 'Hana Kaya', 'Contoso Distribution', CURRENT_TIMESTAMP - INTERVAL '1475' MINUTE, 'We found the account: it belongs to a test subscription that was moved. We are checking whether the charge can be credited.'
WHERE NOT EXISTS (SELECT 1 FROM support_request_note WHERE support_request_id = 'e0000000-0000-4000-8000-000000000002' AND seq = 0);
INSERT INTO support_request_note (support_request_id, seq, author, author_name, author_org, created_at, body)
SELECT 'e0000000-0000-4000-8000-000000000004', 0, 'adam', 'Adam Barnes', 'Contoso Distribution', CURRENT_TIMESTAMP - INTERVAL '2820' MINUTE, 'Could you send us the full bounce message of one of those e-mails? It names the rule that refused it.'
WHERE NOT EXISTS (SELECT 1 FROM support_request_note WHERE support_request_id = 'e0000000-0000-4000-8000-000000000004' AND seq = 0);
INSERT INTO support_request_note (support_request_id, seq, author, author_name, author_org, created_at, body)
SELECT 'e0000000-0000-4000-8000-000000000005', 0, 'felix', 'Felix Wagner', 'Fabrikam Solutions', CURRENT_TIMESTAMP - INTERVAL '165' MINUTE, 'We are comparing your firewall settings with the list of Teams media ports; we will call you back within the hour.'
WHERE NOT EXISTS (SELECT 1 FROM support_request_note WHERE support_request_id = 'e0000000-0000-4000-8000-000000000005' AND seq = 0);
INSERT INTO support_request_note (support_request_id, seq, author, author_name, author_org, created_at, body)
SELECT 'e0000000-0000-4000-8000-000000000006', 0, 'felix', 'Felix Wagner', 'Fabrikam Solutions', CURRENT_TIMESTAMP - INTERVAL '290' MINUTE, 'We restored the licence; the mailbox is still disconnected.'
WHERE NOT EXISTS (SELECT 1 FROM support_request_note WHERE support_request_id = 'e0000000-0000-4000-8000-000000000006' AND seq = 0);
INSERT INTO support_request_note (support_request_id, seq, author, author_name, author_org, created_at, body)
SELECT 'e0000000-0000-4000-8000-000000000006', 1, 'felix', 'Felix Wagner', 'Fabrikam Solutions', CURRENT_TIMESTAMP - INTERVAL '240' MINUTE, CHR(2) || 'note.escalatedToWithNote' || CHR(30) || 'Contoso Distribution' || CHR(30) || 'The mailbox needs a restore that only the provider can start.'
WHERE NOT EXISTS (SELECT 1 FROM support_request_note WHERE support_request_id = 'e0000000-0000-4000-8000-000000000006' AND seq = 1);
INSERT INTO support_request_note (support_request_id, seq, author, author_name, author_org, created_at, body)
SELECT 'e0000000-0000-4000-8000-000000000007', 0, 'felix', 'Felix Wagner', 'Fabrikam Solutions', CURRENT_TIMESTAMP - INTERVAL '240' MINUTE, 'The mailbox needs a restore that only the provider can start.'
WHERE NOT EXISTS (SELECT 1 FROM support_request_note WHERE support_request_id = 'e0000000-0000-4000-8000-000000000007' AND seq = 0);
INSERT INTO support_request_note (support_request_id, seq, author, author_name, author_org, created_at, body)
SELECT 'e0000000-0000-4000-8000-000000000007', 1, 'hana', 'Hana Kaya', 'Contoso Distribution', CURRENT_TIMESTAMP - INTERVAL '120' MINUTE, CHR(2) || 'note.escalatedToVendor' || CHR(30) || 'e1000000-0000-4000-8000-000000000001'
WHERE NOT EXISTS (SELECT 1 FROM support_request_note WHERE support_request_id = 'e0000000-0000-4000-8000-000000000007' AND seq = 1);
INSERT INTO support_request_note (support_request_id, seq, author, author_name, author_org, created_at, body)
SELECT 'e0000000-0000-4000-8000-000000000009', 0, 'ned', 'Ned Harper', 'Northwind IT', CURRENT_TIMESTAMP - INTERVAL '5730' MINUTE, 'We moved your nightly import to 02:00; it ran into the morning and held the locks.'
WHERE NOT EXISTS (SELECT 1 FROM support_request_note WHERE support_request_id = 'e0000000-0000-4000-8000-000000000009' AND seq = 0);
INSERT INTO support_request_note (support_request_id, seq, author, author_name, author_org, created_at, body)
SELECT 'e0000000-0000-4000-8000-000000000009', 1, 'ava', 'Ava Lopez', 'Adventure Works', CURRENT_TIMESTAMP - INTERVAL '4400' MINUTE, 'Much better today, thank you.'
WHERE NOT EXISTS (SELECT 1 FROM support_request_note WHERE support_request_id = 'e0000000-0000-4000-8000-000000000009' AND seq = 1);
INSERT INTO support_request_note (support_request_id, seq, author, author_name, author_org, created_at, body)
SELECT 'e0000000-0000-4000-8000-000000000010', 0, 'alice', 'Alice Andersen', 'Contoso Distribution', CURRENT_TIMESTAMP - INTERVAL '14390' MINUTE, 'The new domain was not verified yet; we verified it and moved the accounts back to it.'
WHERE NOT EXISTS (SELECT 1 FROM support_request_note WHERE support_request_id = 'e0000000-0000-4000-8000-000000000010' AND seq = 0);
INSERT INTO support_request_note (support_request_id, seq, author, author_name, author_org, created_at, body)
SELECT 'e0000000-0000-4000-8000-000000000011', 0, 'hana', 'Hana Kaya', 'Contoso Distribution', CURRENT_TIMESTAMP - INTERVAL '4200' MINUTE, 'The organisation relationship had expired; we renewed it. Could you check with your partner?'
WHERE NOT EXISTS (SELECT 1 FROM support_request_note WHERE support_request_id = 'e0000000-0000-4000-8000-000000000011' AND seq = 0);
INSERT INTO service_request (id, customer_id, partner_id, support_request_id, type, support_topic_id, product_id,
        title, description, severity, status, created_by, created_at, changed_at, initial_response_due, version)
SELECT 'e1000000-0000-4000-8000-000000000001', 'c0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001', 'e0000000-0000-4000-8000-000000000007', 'TECHNICAL', '70000000-0000-4000-8000-000000000004', 'b0000000-0000-4000-8000-000000000001',
       'Mailbox of the managing director is disconnected',
       'A licence change left the mailbox disconnected; restoring the licence did not reconnect it. Please restore the mailbox.',
       'A', 'OPEN', 'hana', CURRENT_TIMESTAMP - INTERVAL '120' MINUTE, CURRENT_TIMESTAMP - INTERVAL '60' MINUTE, CURRENT_TIMESTAMP + INTERVAL '120' MINUTE, 2
WHERE NOT EXISTS (SELECT 1 FROM service_request WHERE id = 'e1000000-0000-4000-8000-000000000001');
INSERT INTO service_request_note (service_request_id, seq, author, author_name, author_org, created_at, body)
SELECT 'e1000000-0000-4000-8000-000000000001', 0, 'vendor', 'Vendor support', 'Vendor', CURRENT_TIMESTAMP - INTERVAL '60' MINUTE, 'We are looking at the mailbox move history; please keep the licence assigned meanwhile.'
WHERE NOT EXISTS (SELECT 1 FROM service_request_note WHERE service_request_id = 'e1000000-0000-4000-8000-000000000001' AND seq = 0);
INSERT INTO user_notification (id, username, created_at, message, link, read_at)
SELECT 'e2000000-0000-4000-8000-000000000001', 'alice', CURRENT_TIMESTAMP - INTERVAL '20' MINUTE, 'notice.request.new' || CHR(31) || 'Virtual machines in West Europe fail to start' || CHR(31) || 'Tailspin Toys' || CHR(31) || 'A', 'support/request.xhtml?id=e0000000-0000-4000-8000-000000000001', NULL
WHERE NOT EXISTS (SELECT 1 FROM user_notification WHERE id = 'e2000000-0000-4000-8000-000000000001');
INSERT INTO user_notification (id, username, created_at, message, link, read_at)
SELECT 'e2000000-0000-4000-8000-000000000002', 'adam', CURRENT_TIMESTAMP - INTERVAL '20' MINUTE, 'notice.request.new' || CHR(31) || 'Virtual machines in West Europe fail to start' || CHR(31) || 'Tailspin Toys' || CHR(31) || 'A', 'support/request.xhtml?id=e0000000-0000-4000-8000-000000000001', NULL
WHERE NOT EXISTS (SELECT 1 FROM user_notification WHERE id = 'e2000000-0000-4000-8000-000000000002');
INSERT INTO user_notification (id, username, created_at, message, link, read_at)
SELECT 'e2000000-0000-4000-8000-000000000003', 'hana', CURRENT_TIMESTAMP - INTERVAL '20' MINUTE, 'notice.request.new' || CHR(31) || 'Virtual machines in West Europe fail to start' || CHR(31) || 'Tailspin Toys' || CHR(31) || 'A', 'support/request.xhtml?id=e0000000-0000-4000-8000-000000000001', NULL
WHERE NOT EXISTS (SELECT 1 FROM user_notification WHERE id = 'e2000000-0000-4000-8000-000000000003');
INSERT INTO user_notification (id, username, created_at, message, link, read_at)
SELECT 'e2000000-0000-4000-8000-000000000004', 'uma', CURRENT_TIMESTAMP - INTERVAL '20' MINUTE, 'notice.request.new' || CHR(31) || 'Virtual machines in West Europe fail to start' || CHR(31) || 'Tailspin Toys' || CHR(31) || 'A', 'support/request.xhtml?id=e0000000-0000-4000-8000-000000000001', NULL
WHERE NOT EXISTS (SELECT 1 FROM user_notification WHERE id = 'e2000000-0000-4000-8000-000000000004');
INSERT INTO user_notification (id, username, created_at, message, link, read_at)
SELECT 'e2000000-0000-4000-8000-000000000005', 'alice', CURRENT_TIMESTAMP - INTERVAL '360' MINUTE, 'notice.request.new' || CHR(31) || 'Shared mailbox not visible in Outlook for new staff' || CHR(31) || 'Litware Inc' || CHR(31) || 'B', 'support/request.xhtml?id=e0000000-0000-4000-8000-000000000003', NULL
WHERE NOT EXISTS (SELECT 1 FROM user_notification WHERE id = 'e2000000-0000-4000-8000-000000000005');
INSERT INTO user_notification (id, username, created_at, message, link, read_at)
SELECT 'e2000000-0000-4000-8000-000000000006', 'adam', CURRENT_TIMESTAMP - INTERVAL '360' MINUTE, 'notice.request.new' || CHR(31) || 'Shared mailbox not visible in Outlook for new staff' || CHR(31) || 'Litware Inc' || CHR(31) || 'B', 'support/request.xhtml?id=e0000000-0000-4000-8000-000000000003', NULL
WHERE NOT EXISTS (SELECT 1 FROM user_notification WHERE id = 'e2000000-0000-4000-8000-000000000006');
INSERT INTO user_notification (id, username, created_at, message, link, read_at)
SELECT 'e2000000-0000-4000-8000-000000000007', 'hana', CURRENT_TIMESTAMP - INTERVAL '360' MINUTE, 'notice.request.new' || CHR(31) || 'Shared mailbox not visible in Outlook for new staff' || CHR(31) || 'Litware Inc' || CHR(31) || 'B', 'support/request.xhtml?id=e0000000-0000-4000-8000-000000000003', NULL
WHERE NOT EXISTS (SELECT 1 FROM user_notification WHERE id = 'e2000000-0000-4000-8000-000000000007');
INSERT INTO user_notification (id, username, created_at, message, link, read_at)
SELECT 'e2000000-0000-4000-8000-000000000008', 'uma', CURRENT_TIMESTAMP - INTERVAL '360' MINUTE, 'notice.request.new' || CHR(31) || 'Shared mailbox not visible in Outlook for new staff' || CHR(31) || 'Litware Inc' || CHR(31) || 'B', 'support/request.xhtml?id=e0000000-0000-4000-8000-000000000003', NULL
WHERE NOT EXISTS (SELECT 1 FROM user_notification WHERE id = 'e2000000-0000-4000-8000-000000000008');
INSERT INTO user_notification (id, username, created_at, message, link, read_at)
SELECT 'e2000000-0000-4000-8000-000000000009', 'nina', CURRENT_TIMESTAMP - INTERVAL '120' MINUTE, 'notice.request.new' || CHR(31) || 'Cannot assign licences to two new employees' || CHR(31) || 'Adventure Works' || CHR(31) || 'C', 'support/request.xhtml?id=e0000000-0000-4000-8000-000000000008', NULL
WHERE NOT EXISTS (SELECT 1 FROM user_notification WHERE id = 'e2000000-0000-4000-8000-000000000009');
INSERT INTO user_notification (id, username, created_at, message, link, read_at)
SELECT 'e2000000-0000-4000-8000-000000000010', 'ned', CURRENT_TIMESTAMP - INTERVAL '120' MINUTE, 'notice.request.new' || CHR(31) || 'Cannot assign licences to two new employees' || CHR(31) || 'Adventure Works' || CHR(31) || 'C', 'support/request.xhtml?id=e0000000-0000-4000-8000-000000000008', NULL
WHERE NOT EXISTS (SELECT 1 FROM user_notification WHERE id = 'e2000000-0000-4000-8000-000000000010');
INSERT INTO user_notification (id, username, created_at, message, link, read_at)
SELECT 'e2000000-0000-4000-8000-000000000011', 'alice', CURRENT_TIMESTAMP - INTERVAL '30' MINUTE, 'notice.request.new' || CHR(31) || 'Question about reserved instances' || CHR(31) || 'Tailspin Toys' || CHR(31) || 'C', 'support/request.xhtml?id=e0000000-0000-4000-8000-000000000012', NULL
WHERE NOT EXISTS (SELECT 1 FROM user_notification WHERE id = 'e2000000-0000-4000-8000-000000000011');
INSERT INTO user_notification (id, username, created_at, message, link, read_at)
SELECT 'e2000000-0000-4000-8000-000000000012', 'adam', CURRENT_TIMESTAMP - INTERVAL '30' MINUTE, 'notice.request.new' || CHR(31) || 'Question about reserved instances' || CHR(31) || 'Tailspin Toys' || CHR(31) || 'C', 'support/request.xhtml?id=e0000000-0000-4000-8000-000000000012', NULL
WHERE NOT EXISTS (SELECT 1 FROM user_notification WHERE id = 'e2000000-0000-4000-8000-000000000012');
INSERT INTO user_notification (id, username, created_at, message, link, read_at)
SELECT 'e2000000-0000-4000-8000-000000000013', 'hana', CURRENT_TIMESTAMP - INTERVAL '30' MINUTE, 'notice.request.new' || CHR(31) || 'Question about reserved instances' || CHR(31) || 'Tailspin Toys' || CHR(31) || 'C', 'support/request.xhtml?id=e0000000-0000-4000-8000-000000000012', NULL
WHERE NOT EXISTS (SELECT 1 FROM user_notification WHERE id = 'e2000000-0000-4000-8000-000000000013');
INSERT INTO user_notification (id, username, created_at, message, link, read_at)
SELECT 'e2000000-0000-4000-8000-000000000014', 'uma', CURRENT_TIMESTAMP - INTERVAL '30' MINUTE, 'notice.request.new' || CHR(31) || 'Question about reserved instances' || CHR(31) || 'Tailspin Toys' || CHR(31) || 'C', 'support/request.xhtml?id=e0000000-0000-4000-8000-000000000012', NULL
WHERE NOT EXISTS (SELECT 1 FROM user_notification WHERE id = 'e2000000-0000-4000-8000-000000000014');
INSERT INTO user_notification (id, username, created_at, message, link, read_at)
SELECT 'e2000000-0000-4000-8000-000000000015', 'alice', CURRENT_TIMESTAMP - INTERVAL '240' MINUTE, 'notice.request.escalated' || CHR(31) || 'Mailbox of the managing director is disconnected' || CHR(31) || 'Fabrikam Solutions' || CHR(31) || 'Tailspin Toys', 'support/request.xhtml?id=e0000000-0000-4000-8000-000000000007', NULL
WHERE NOT EXISTS (SELECT 1 FROM user_notification WHERE id = 'e2000000-0000-4000-8000-000000000015');
INSERT INTO user_notification (id, username, created_at, message, link, read_at)
SELECT 'e2000000-0000-4000-8000-000000000016', 'adam', CURRENT_TIMESTAMP - INTERVAL '240' MINUTE, 'notice.request.escalated' || CHR(31) || 'Mailbox of the managing director is disconnected' || CHR(31) || 'Fabrikam Solutions' || CHR(31) || 'Tailspin Toys', 'support/request.xhtml?id=e0000000-0000-4000-8000-000000000007', NULL
WHERE NOT EXISTS (SELECT 1 FROM user_notification WHERE id = 'e2000000-0000-4000-8000-000000000016');
INSERT INTO user_notification (id, username, created_at, message, link, read_at)
SELECT 'e2000000-0000-4000-8000-000000000017', 'hana', CURRENT_TIMESTAMP - INTERVAL '240' MINUTE, 'notice.request.escalated' || CHR(31) || 'Mailbox of the managing director is disconnected' || CHR(31) || 'Fabrikam Solutions' || CHR(31) || 'Tailspin Toys', 'support/request.xhtml?id=e0000000-0000-4000-8000-000000000007', NULL
WHERE NOT EXISTS (SELECT 1 FROM user_notification WHERE id = 'e2000000-0000-4000-8000-000000000017');
INSERT INTO user_notification (id, username, created_at, message, link, read_at)
SELECT 'e2000000-0000-4000-8000-000000000018', 'uma', CURRENT_TIMESTAMP - INTERVAL '240' MINUTE, 'notice.request.escalated' || CHR(31) || 'Mailbox of the managing director is disconnected' || CHR(31) || 'Fabrikam Solutions' || CHR(31) || 'Tailspin Toys', 'support/request.xhtml?id=e0000000-0000-4000-8000-000000000007', NULL
WHERE NOT EXISTS (SELECT 1 FROM user_notification WHERE id = 'e2000000-0000-4000-8000-000000000018');
