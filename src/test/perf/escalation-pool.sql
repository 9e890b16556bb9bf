-- Requests for the escalation case of the helpdesk benchmark (helpdesk.sh): each escalation takes an
-- open request of Fabrikam's queue that has no open escalation yet, so before the case runs this adds
-- :pool new ones, as tom opens them about Tailspin's subscription that Fabrikam resells (with the audit
-- record and the notifications to Fabrikam's support staff), and lists :pool escalatable ids.
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE p ON COMMIT DROP AS
WITH start AS (SELECT count(*) AS n FROM support_request WHERE id LIKE '5e000003-%')
SELECT '5e000003-0000-4000-8000-' || lpad(to_hex(start.n + i), 12, '0') AS id,
       'Bench escalation #' || (start.n + i) AS title,
       (now() AT TIME ZONE 'UTC')::TIMESTAMP(3) AS at
FROM start, generate_series(1, :pool) AS i;

INSERT INTO support_request (id, customer_id, subscription_id, handler_id, escalated_from_id, title, description,
        severity, preferred_contact, status, assignee, resolution, created_by, created_at, changed_at,
        first_response_due, first_responded_at, sla_warned, sla_breach_notified, version)
SELECT id, 'c0000000-0000-4000-8000-000000000001', 'f0000000-0000-4000-8000-000000000001',
       'a0000000-0000-4000-8000-000000000002', NULL, title, 'Teams calls drop for the whole sales floor.', 'A', 'PHONE',
       'NEW', NULL, NULL, 'tom', at, at, at + INTERVAL '2 hours', NULL, FALSE, FALSE, 1
FROM p;
INSERT INTO audit_record (id, at, actor, partner_id, related_partner_id, customer_id, action, resource_type,
        resource_id, old_value, new_value)
SELECT gen_random_uuid()::TEXT, at, 'tom', 'a0000000-0000-4000-8000-000000000002', NULL,
       'c0000000-0000-4000-8000-000000000001', 'SUPPORT_REQUEST_OPENED', 'SupportRequest', id, NULL,
       'A ' || title || ' (due ' || to_char(at + INTERVAL '2 hours', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') || ')'
FROM p;
INSERT INTO user_notification (id, username, created_at, message, link, read_at)
SELECT gen_random_uuid()::TEXT, staff.username, p.at,
       concat_ws(chr(31), 'notice.request.new', p.title, 'Tailspin Toys', 'A'), 'support/request.xhtml?id=' || p.id, NULL
FROM p CROSS JOIN (VALUES ('fiona'), ('felix')) AS staff(username);
COMMIT;
ANALYZE support_request, audit_record, user_notification;

\pset tuples_only on
\pset format unaligned
SELECT r.id FROM support_request r
WHERE r.handler_id = 'a0000000-0000-4000-8000-000000000002'
  AND r.status IN ('NEW', 'IN_PROGRESS', 'WAITING_ON_CUSTOMER')
  AND NOT EXISTS (SELECT 1 FROM support_request c
                  WHERE c.escalated_from_id = r.id AND c.status IN ('NEW', 'IN_PROGRESS', 'WAITING_ON_CUSTOMER'))
ORDER BY r.created_at DESC
LIMIT :pool;
