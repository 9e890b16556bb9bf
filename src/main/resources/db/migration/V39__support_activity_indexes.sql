-- The helpdesk dashboard's chart: a handler's requests received per day, and resolved or closed per
-- day, read from the last 30 days of each index instead of every request the handler ever had.
CREATE INDEX support_request_handler_created_idx ON support_request (handler_id, created_at);
CREATE INDEX support_request_handler_changed_idx ON support_request (handler_id, status, changed_at);
