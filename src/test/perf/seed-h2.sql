-- Benchmark data for the embedded H2 database: 100,000 customers related to Contoso (every
-- 10th one also to Fabrikam with delegated admin) and 1,000,000 subscriptions (10 per customer).
-- Run against a stopped portal's database after its first start (see run.sh).

INSERT INTO customer (id, company_name, domain, country, tenant_id, directory_group, created_at, version)
SELECT CAST(RANDOM_UUID() AS VARCHAR(36)), 'Perf Customer ' || LPAD(CAST(X AS VARCHAR), 6, '0'),
       'perf' || X || '.example', 'US', CAST(RANDOM_UUID() AS VARCHAR(36)), NULL, CURRENT_TIMESTAMP, 1
FROM SYSTEM_RANGE(1, 100000);

INSERT INTO customer_relationship (id, partner_id, customer_id, state, delegated_admin, delegated_admin_granted_at, delegated_admin_expires_at, created_at, version)
SELECT CAST(RANDOM_UUID() AS VARCHAR(36)), 'a0000000-0000-4000-8000-000000000001', c.id, 'ACTIVE', TRUE, CURRENT_TIMESTAMP,
       DATEADD('DAY', 730, CURRENT_TIMESTAMP), CURRENT_TIMESTAMP, 1
FROM customer c WHERE c.domain LIKE 'perf%';

INSERT INTO customer_relationship (id, partner_id, customer_id, state, delegated_admin, delegated_admin_granted_at, delegated_admin_expires_at, created_at, version)
SELECT CAST(RANDOM_UUID() AS VARCHAR(36)), 'a0000000-0000-4000-8000-000000000002', c.id, 'ACTIVE', TRUE, CURRENT_TIMESTAMP,
       DATEADD('DAY', 730, CURRENT_TIMESTAMP), CURRENT_TIMESTAMP, 1
FROM customer c WHERE c.domain LIKE 'perf%' AND MOD(CAST(SUBSTRING(c.domain, 5, LOCATE('.', c.domain) - 5) AS INT), 10) = 0;

INSERT INTO subscription (id, customer_id, product_id, quantity, status, provider_id, reseller_id, support_contact_id, created_at, changed_at, version)
SELECT CAST(RANDOM_UUID() AS VARCHAR(36)), c.id,
       CASE MOD(r.X, 5) WHEN 0 THEN 'b0000000-0000-4000-8000-000000000001' WHEN 1 THEN 'b0000000-0000-4000-8000-000000000002'
            WHEN 2 THEN 'b0000000-0000-4000-8000-000000000003' WHEN 3 THEN 'b0000000-0000-4000-8000-000000000004'
            ELSE 'b0000000-0000-4000-8000-000000000005' END,
       1 + MOD(r.X * 7, 300), 'ACTIVE', 'a0000000-0000-4000-8000-000000000001', NULL, 'a0000000-0000-4000-8000-000000000001',
       CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1
FROM customer c CROSS JOIN SYSTEM_RANGE(1, 10) r WHERE c.domain LIKE 'perf%';

ANALYZE;
