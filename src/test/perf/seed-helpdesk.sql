-- Support requests for the helpdesk benchmark (src/test/perf/helpdesk.sh), on the demo organisations of
-- PostgreSQL with demo data. Run with psql -v target=N: tops the support requests up to about N,
-- written as the portal writes them: the customer's admin opens a request about one of the demo
-- subscriptions; it goes to a partner (Contoso, or the subscription's reseller, which escalates one in
-- three of its requests to Contoso as a linked copy); the handler's staff assign it, answer, change its
-- status; the customer adds notes; Contoso files service requests with the vendor for some; the SLA
-- watch has marked and announced the unanswered overdue ones. Every step leaves its audit record and
-- the notifications it sends. Seeded rows have ids starting 5e00000x-, so a second run adds only what
-- is missing. First-response due times are the offering's targets on the wall clock (severities B and
-- C really count service hours only); everything else follows the use cases. Requests were opened at
-- least four hours ago, so that everything that followed (at most three hours later) is in the past.
\set ON_ERROR_STOP on
BEGIN;

-- Who works where: support staff (the roles that see the queue) of each handling partner, the
-- customers' admins.
CREATE TEMP TABLE bench_partner (idx INT PRIMARY KEY, id TEXT, name TEXT, staff TEXT[]) ON COMMIT DROP;
INSERT INTO bench_partner VALUES
 (1, 'a0000000-0000-4000-8000-000000000001', 'Contoso Distribution', ARRAY['alice', 'adam', 'hana', 'uma']),
 (2, 'a0000000-0000-4000-8000-000000000002', 'Fabrikam Solutions', ARRAY['fiona', 'felix']),
 (3, 'a0000000-0000-4000-8000-000000000003', 'Northwind IT', ARRAY['nina', 'ned']);
CREATE TEMP TABLE bench_staff ON COMMIT DROP AS
SELECT idx AS partner_idx, unnest(staff) AS username FROM bench_partner;

CREATE TEMP TABLE bench_now ON COMMIT DROP AS SELECT (now() AT TIME ZONE 'UTC')::TIMESTAMP(3) AS ts;

-- One row per request to open: i numbers the seeded requests; h spreads the choices.
CREATE TEMP TABLE g ON COMMIT DROP AS
WITH counts AS (
    SELECT count(*) FILTER (WHERE id LIKE '5e000000-%') AS seeded, count(*) AS total FROM support_request
), todo AS (
    -- About one request in eleven brings its escalated copy along.
    SELECT seeded, GREATEST(0, ceil((:target - total) / 1.1))::INT AS n FROM counts
), base AS (
    SELECT i, (i::BIGINT * 2654435761) % 1000003 AS h, i % 5 + 1 AS sub
    FROM todo, generate_series(todo.seeded + 1, todo.seeded + todo.n) AS i
), routed AS (
    SELECT b.*,
           CASE WHEN sub <= 2 THEN 1 WHEN sub <= 4 THEN 2 ELSE 3 END AS cust,
           CASE sub WHEN 1 THEN 2 WHEN 3 THEN 3 WHEN 4 THEN 3 END AS reseller
    FROM base b
), shaped AS (
    SELECT r.*,
           CASE WHEN reseller IS NOT NULL AND (i / 5) % 2 = 0 THEN reseller ELSE 1 END AS handler,
           CASE WHEN h % 20 < 4 THEN 'NEW' WHEN h % 20 < 9 THEN 'IN_PROGRESS'
                WHEN h % 20 < 11 THEN 'WAITING_ON_CUSTOMER' WHEN h % 20 < 15 THEN 'RESOLVED'
                ELSE 'CLOSED' END AS drawn_status,
           CASE WHEN (h / 20) % 10 < 2 THEN 'A' WHEN (h / 20) % 10 < 6 THEN 'B' ELSE 'C' END AS severity,
           ((h / 200) % 4)::INT AS notes,
           (SELECT ts FROM bench_now) - INTERVAL '4 hours' - make_interval(mins => ((h * 7) % 525600)::INT) AS created_at
    FROM routed r
), decided AS (
    SELECT s.*,
           handler <> 1 AND (i / 10) % 3 = 0 AS escalated,
           CASE WHEN handler <> 1 AND (i / 10) % 3 = 0 AND drawn_status = 'NEW' THEN 'IN_PROGRESS'
                ELSE drawn_status END AS status,
           created_at + make_interval(mins => CASE severity WHEN 'A' THEN 120 WHEN 'B' THEN 240 ELSE 480 END)
               AS due
    FROM shaped s
)
SELECT d.*,
       '5e000000-0000-4000-8000-' || lpad(to_hex(i), 12, '0') AS id,
       'f0000000-0000-4000-8000-00000000000' || sub AS subscription_id,
       'c0000000-0000-4000-8000-00000000000' || cust AS customer_id,
       (ARRAY['Tailspin Toys', 'Adventure Works', 'Litware Inc'])[cust] AS company,
       (ARRAY['tom', 'ava', 'lena'])[cust] AS customer_admin,
       p.id AS handler_id, p.name AS handler_name, p.staff AS staff,
       CASE WHEN status = 'NEW' THEN NULL
            ELSE (p.staff || NULL::TEXT)[1 + (h / 800) % (array_length(p.staff, 1) + 1)] END AS assignee,
       (ARRAY['Mail stuck in the outbound queue', 'Teams meeting drops after ten minutes',
              'Cannot assign licences to new staff', 'SharePoint site shows access denied',
              'MFA prompt loops on sign-in', 'Invoice does not match the seat count',
              'Azure VM will not start', 'Dynamics sales app is slow'])[1 + h % 8]
           || ' #' || i AS title,
       (ARRAY['EMAIL', 'PHONE', 'WEB'])[1 + h % 3] AS preferred_contact
FROM decided d JOIN bench_partner p ON p.idx = d.handler;

-- Who answered for the handler: the assignee, or the first of its support staff.
ALTER TABLE g ADD COLUMN responder TEXT;
UPDATE g SET responder = COALESCE(assignee, staff[1]);

INSERT INTO support_request (id, customer_id, subscription_id, handler_id, escalated_from_id, title, description,
        severity, preferred_contact, status, assignee, resolution, created_by, created_at, changed_at,
        first_response_due, first_responded_at, sla_warned, sla_breach_notified, version)
SELECT id, customer_id, subscription_id, handler_id, NULL, title,
       'Since this morning: ' || title || '. Several users are affected; we tried signing out and in again and'
           || ' clearing the cache. Please call back on the usual number.',
       severity, preferred_contact, status, assignee,
       CASE WHEN status IN ('RESOLVED', 'CLOSED') THEN 'Fixed the configuration and confirmed with the customer.' END,
       customer_admin, created_at,
       LEAST((SELECT ts FROM bench_now), created_at + make_interval(hours => notes + 1)),
       due,
       CASE WHEN status <> 'NEW' THEN created_at + make_interval(mins => (10 + h % 90)::INT) END,
       status = 'NEW' AND due <= (SELECT ts FROM bench_now) + INTERVAL '30 minutes',
       status = 'NEW' AND due <= (SELECT ts FROM bench_now),
       1 + notes + (status <> 'NEW')::INT + (assignee IS NOT NULL)::INT + escalated::INT
FROM g;

-- The linked copies in Contoso's queue, each with the reseller's note.
CREATE TEMP TABLE e ON COMMIT DROP AS
SELECT g.i, g.h, g.id AS original_id, '5e000001-0000-4000-8000-' || lpad(to_hex(g.i), 12, '0') AS id,
       g.customer_id, g.subscription_id, g.company, g.customer_admin, g.title, g.severity, g.preferred_contact,
       g.handler_id AS reseller_id, g.handler_name AS reseller_name, g.responder AS escalated_by,
       g.created_at + INTERVAL '1 hour' AS created_at,
       g.created_at + INTERVAL '1 hour'
           + make_interval(mins => CASE g.severity WHEN 'A' THEN 120 WHEN 'B' THEN 240 ELSE 480 END) AS due,
       CASE WHEN g.h % 3 = 0 THEN 'NEW' WHEN g.h % 3 = 1 THEN 'IN_PROGRESS' ELSE 'RESOLVED' END AS status,
       (ARRAY['alice', 'adam', 'hana', NULL])[1 + (g.h / 7) % 4] AS assignee
FROM g WHERE g.escalated;
UPDATE e SET assignee = NULL WHERE status = 'NEW';

INSERT INTO support_request (id, customer_id, subscription_id, handler_id, escalated_from_id, title, description,
        severity, preferred_contact, status, assignee, resolution, created_by, created_at, changed_at,
        first_response_due, first_responded_at, sla_warned, sla_breach_notified, version)
SELECT id, customer_id, subscription_id, 'a0000000-0000-4000-8000-000000000001', original_id, title,
       'Since this morning: ' || title || '. Several users are affected; we tried signing out and in again and'
           || ' clearing the cache. Please call back on the usual number.',
       severity, preferred_contact, status, assignee,
       CASE WHEN status = 'RESOLVED' THEN 'Fixed the configuration and confirmed with the customer.' END,
       escalated_by, created_at, LEAST((SELECT ts FROM bench_now), created_at + INTERVAL '2 hours'), due,
       CASE WHEN status <> 'NEW' THEN created_at + INTERVAL '20 minutes' END,
       status = 'NEW' AND due <= (SELECT ts FROM bench_now) + INTERVAL '30 minutes',
       status = 'NEW' AND due <= (SELECT ts FROM bench_now),
       1 + (status <> 'NEW')::INT + (assignee IS NOT NULL)::INT
FROM e;

-- Notes: the customer and the handler take turns, the customer's admin first; an escalated request
-- ends with the note that it went to Contoso.
INSERT INTO support_request_note (support_request_id, seq, author, author_name, author_org, created_at, body)
SELECT g.id, n.seq,
       CASE WHEN n.seq % 2 = 0 THEN g.customer_admin ELSE g.responder END,
       initcap(CASE WHEN n.seq % 2 = 0 THEN g.customer_admin ELSE g.responder END),
       CASE WHEN n.seq % 2 = 0 THEN g.company ELSE g.handler_name END,
       g.created_at + make_interval(mins => 30 * (n.seq + 1)),
       CASE WHEN n.seq % 2 = 0 THEN 'Any news? The users keep asking.'
            ELSE 'We are looking into it and will call you within the hour.' END
FROM g CROSS JOIN LATERAL generate_series(0, g.notes - 1) AS n(seq);
INSERT INTO support_request_note (support_request_id, seq, author, author_name, author_org, created_at, body)
SELECT e.original_id, g.notes, e.escalated_by, initcap(e.escalated_by), e.reseller_name, e.created_at,
       'Escalated to Contoso Distribution'
FROM e JOIN g ON g.i = e.i;
INSERT INTO support_request_note (support_request_id, seq, author, author_name, author_org, created_at, body)
SELECT e.id, 0, e.escalated_by, initcap(e.escalated_by), e.reseller_name, e.created_at,
       'Escalated by ' || e.reseller_name
FROM e;

-- Contoso files a technical service request with the vendor for one in twenty of its requests of the
-- customers that granted it delegated admin rights.
CREATE TEMP TABLE s ON COMMIT DROP AS
SELECT g.i, g.id AS support_request_id, '5e000002-0000-4000-8000-' || lpad(to_hex(g.i), 12, '0') AS id,
       g.customer_id, g.title, g.severity, g.company, g.responder,
       '70000000-0000-4000-8000-00000000000' || (4 + g.h % 6) AS topic_id,
       (ARRAY['b0000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000004',
              'b0000000-0000-4000-8000-000000000002', 'b0000000-0000-4000-8000-000000000005'])[g.sub] AS product_id,
       CASE (g.h / 3) % 3 WHEN 0 THEN 'OPEN' WHEN 1 THEN 'ATTENTION_NEEDED' ELSE 'CLOSED' END AS status,
       g.created_at + INTERVAL '2 hours' AS created_at
FROM g WHERE g.handler = 1 AND g.cust <= 2 AND g.status <> 'NEW' AND (g.h / 50) % 20 = 0;
INSERT INTO service_request (id, customer_id, partner_id, support_request_id, type, support_topic_id, product_id,
        title, description, severity, status, created_by, created_at, changed_at, initial_response_due, version)
SELECT id, customer_id, 'a0000000-0000-4000-8000-000000000001', support_request_id, 'TECHNICAL', topic_id,
       product_id, title, 'The customer reports: ' || title || '. Reproduced on our side; logs attached.',
       severity, status, responder, created_at, created_at + INTERVAL '1 hour', created_at + INTERVAL '4 hours',
       CASE status WHEN 'OPEN' THEN 1 ELSE 2 END
FROM s;
INSERT INTO service_request_note (service_request_id, seq, author, author_name, author_org, created_at, body)
SELECT id, 0, 'vendor', 'Vendor support', 'Vendor', created_at + INTERVAL '1 hour',
       'We are investigating; please send the message trace.'
FROM s;

-- The notifications those steps sent (the sender never hears of their own step). Read by now unless
-- from the last week.
INSERT INTO user_notification (id, username, created_at, message, link, read_at)
SELECT gen_random_uuid()::TEXT, x.username, x.at, x.message, x.link,
       CASE WHEN x.at < (SELECT ts FROM bench_now) - INTERVAL '7 days' THEN x.at + INTERVAL '1 hour' END
FROM (
    -- Opened: the handler's support staff.
    SELECT st.username, g.created_at AS at,
           concat_ws(chr(31), 'notice.request.new', g.title, g.company, g.severity) AS message,
           'support/request.xhtml?id=' || g.id AS link
    FROM g JOIN bench_staff st ON st.partner_idx = g.handler
    UNION ALL
    -- Notes: the customer's go to the assignee (or all the staff), the handler's to the customer's admin.
    SELECT CASE WHEN n.seq % 2 = 0 THEN st.username ELSE g.customer_admin END,
           g.created_at + make_interval(mins => 30 * (n.seq + 1)),
           CASE WHEN n.seq % 2 = 0 THEN concat_ws(chr(31), 'notice.request.customerNote', g.title, g.company)
                ELSE concat_ws(chr(31), 'notice.request.partnerNote', g.title, g.handler_name) END,
           CASE WHEN n.seq % 2 = 0 THEN 'support/request.xhtml?id=' || g.id ELSE 'my/request.xhtml?id=' || g.id END
    FROM g CROSS JOIN LATERAL generate_series(0, g.notes - 1) AS n(seq)
    JOIN bench_staff st ON st.partner_idx = g.handler
    WHERE (n.seq % 2 = 0 AND (g.assignee IS NULL OR st.username = g.assignee))
       OR (n.seq % 2 = 1 AND st.username = g.staff[1])
    UNION ALL
    -- Status changes: the customer's admin.
    SELECT g.customer_admin, g.created_at + INTERVAL '10 minutes',
           concat_ws(chr(31), 'notice.request.status.' || g.status, g.title), 'my/request.xhtml?id=' || g.id
    FROM g WHERE g.status <> 'NEW'
    UNION ALL
    -- The SLA watch: at risk, then overdue, to the staff of the handler of an unanswered request.
    SELECT st.username, r.first_response_due - INTERVAL '30 minutes',
           concat_ws(chr(31), 'notice.request.slaApproaching', r.title, c.company_name, '30'),
           'support/request.xhtml?id=' || r.id
    FROM support_request r JOIN customer c ON c.id = r.customer_id
    JOIN bench_partner p ON p.id = r.handler_id JOIN bench_staff st ON st.partner_idx = p.idx
    WHERE r.id IN (SELECT id FROM g UNION ALL SELECT id FROM e) AND r.sla_warned
    UNION ALL
    SELECT st.username, r.first_response_due,
           concat_ws(chr(31), 'notice.request.slaBroken', r.title, c.company_name),
           'support/request.xhtml?id=' || r.id
    FROM support_request r JOIN customer c ON c.id = r.customer_id
    JOIN bench_partner p ON p.id = r.handler_id JOIN bench_staff st ON st.partner_idx = p.idx
    WHERE r.id IN (SELECT id FROM g UNION ALL SELECT id FROM e) AND r.sla_breach_notified
    UNION ALL
    -- Escalated: Contoso's support staff.
    SELECT st.username, e.created_at,
           concat_ws(chr(31), 'notice.request.escalated', e.title, e.reseller_name, e.company),
           'support/request.xhtml?id=' || e.id
    FROM e JOIN bench_staff st ON st.partner_idx = 1
) x;

-- The audit log of every step.
INSERT INTO audit_record (id, at, actor, partner_id, related_partner_id, customer_id, action, resource_type,
        resource_id, old_value, new_value)
SELECT gen_random_uuid()::TEXT, x.at, x.actor, x.partner_id, x.related, x.customer_id, x.action, x.type, x.rid,
       x.old, x.new
FROM (
    SELECT g.created_at AS at, g.customer_admin AS actor, g.handler_id AS partner_id, NULL AS related, g.customer_id,
           'SUPPORT_REQUEST_OPENED' AS action, 'SupportRequest' AS type, g.id AS rid, NULL AS old,
           g.severity || ' ' || g.title || ' (due ' || to_char(g.due, 'YYYY-MM-DD"T"HH24:MI:SS"Z"') || ')' AS new
    FROM g
    UNION ALL
    SELECT g.created_at + INTERVAL '5 minutes', g.responder, g.handler_id, NULL, g.customer_id,
           'SUPPORT_REQUEST_ASSIGNED', 'SupportRequest', g.id, NULL, g.assignee
    FROM g WHERE g.assignee IS NOT NULL
    UNION ALL
    SELECT g.created_at + make_interval(mins => 30 * (n.seq + 1)),
           CASE WHEN n.seq % 2 = 0 THEN g.customer_admin ELSE g.responder END, g.handler_id, NULL, g.customer_id,
           'SUPPORT_REQUEST_NOTE_ADDED', 'SupportRequest', g.id, NULL,
           CASE WHEN n.seq % 2 = 0 THEN 'Any news? The users keep asking.'
                ELSE 'We are looking into it and will call you within the hour.' END
    FROM g CROSS JOIN LATERAL generate_series(0, g.notes - 1) AS n(seq)
    UNION ALL
    SELECT g.created_at + INTERVAL '10 minutes', g.responder, g.handler_id, NULL, g.customer_id,
           'SUPPORT_REQUEST_STATUS_CHANGED', 'SupportRequest', g.id, 'NEW',
           g.status || CASE WHEN g.status = 'RESOLVED'
                            THEN ': Fixed the configuration and confirmed with the customer.' ELSE '' END
    FROM g WHERE g.status <> 'NEW'
    UNION ALL
    SELECT e.created_at, e.escalated_by, e.reseller_id, 'a0000000-0000-4000-8000-000000000001', e.customer_id,
           'SUPPORT_REQUEST_ESCALATED', 'SupportRequest', e.original_id, NULL, 'Contoso Distribution (' || e.id || ')'
    FROM e
    UNION ALL
    SELECT r.first_response_due, 'system', r.handler_id, NULL, r.customer_id, 'SUPPORT_REQUEST_SLA_BROKEN',
           'SupportRequest', r.id, NULL,
           'first response was due ' || to_char(r.first_response_due, 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
    FROM support_request r
    WHERE r.id IN (SELECT id FROM g UNION ALL SELECT id FROM e) AND r.sla_breach_notified
    UNION ALL
    SELECT s.created_at, s.responder, 'a0000000-0000-4000-8000-000000000001', NULL, s.customer_id,
           'SERVICE_REQUEST_FILED', 'ServiceRequest', s.id, NULL,
           'TECHNICAL ' || s.severity || ' ' || t.code || ': ' || s.title || ' (support request '
               || s.support_request_id || ')'
    FROM s JOIN support_topic t ON t.id = s.topic_id
) x;

COMMIT;
-- What autovacuum does on its own shortly after inserts of this size (PostgreSQL 13 and later vacuum
-- after inserts too): statistics for the planner, and the visibility map that lets a count be
-- answered from an index alone. Measuring before it ran would measure a table no server keeps so.
VACUUM ANALYZE support_request, support_request_note, service_request, service_request_note, user_notification, audit_record;
SELECT (SELECT count(*) FROM support_request) AS support_requests,
       (SELECT count(*) FROM support_request_note) AS notes,
       (SELECT count(*) FROM service_request) AS service_requests,
       (SELECT count(*) FROM user_notification) AS notifications,
       (SELECT count(*) FROM audit_record) AS audit_records;
