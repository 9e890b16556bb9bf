-- Takes the helpdesk benchmark's database back to its seeded size after the write cases
-- (helpdesk.sh): removes what was written from :'since' on (UTC, as the portal stores time), namely the
-- requests opened or escalated, the escalation pool, their service requests, every note, notification
-- and audit record, so that the next size is seeded on top of the seeded rows only.
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE gone ON COMMIT DROP AS
SELECT id FROM support_request WHERE created_at >= :'since'::TIMESTAMP;
DELETE FROM service_request_note WHERE service_request_id IN
    (SELECT id FROM service_request WHERE support_request_id IN (SELECT id FROM gone) OR created_at >= :'since'::TIMESTAMP);
DELETE FROM service_request WHERE support_request_id IN (SELECT id FROM gone) OR created_at >= :'since'::TIMESTAMP;
DELETE FROM support_request_note WHERE support_request_id IN (SELECT id FROM gone) OR created_at >= :'since'::TIMESTAMP;
DELETE FROM support_request WHERE escalated_from_id IN (SELECT id FROM gone);
DELETE FROM support_request WHERE id IN (SELECT id FROM gone);
DELETE FROM user_notification WHERE created_at >= :'since'::TIMESTAMP;
DELETE FROM audit_record WHERE at >= :'since'::TIMESTAMP;
COMMIT;
VACUUM ANALYZE support_request;
VACUUM ANALYZE support_request_note;
VACUUM ANALYZE user_notification;
VACUUM ANALYZE audit_record;
