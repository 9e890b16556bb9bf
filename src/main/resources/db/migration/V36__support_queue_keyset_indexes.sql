-- The queue is read in the order first-response due, filing time, id, and a page continues from the
-- last row of the one before (keyset paging): these indexes hold that whole order per handler, so
-- a page deep in a long queue is found as directly as the first, with and without a status filter.
CREATE INDEX support_request_queue_order_idx ON support_request (handler_id, first_response_due, created_at, id);
CREATE INDEX support_request_queue_status_idx ON support_request (handler_id, status, first_response_due, created_at, id);
DROP INDEX support_request_queue_idx;
DROP INDEX support_request_status_idx;
