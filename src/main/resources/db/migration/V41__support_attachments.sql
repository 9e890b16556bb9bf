-- Files attached to support requests (optionally to one of their notes). The bytes are kept in
-- chunks in a table of their own, so that neither an upload nor a download ever holds a whole file
-- in memory, and a list of attachments never reads their bytes.
CREATE TABLE support_attachment (
    id                 VARCHAR(36)  NOT NULL PRIMARY KEY,
    support_request_id VARCHAR(36)  NOT NULL REFERENCES support_request (id),
    note_number        INTEGER,
    file_name          VARCHAR(255) NOT NULL,
    content_type       VARCHAR(100) NOT NULL,
    size_bytes         BIGINT       NOT NULL,
    sha256             VARCHAR(64)  NOT NULL,
    uploaded_by        VARCHAR(100) NOT NULL,
    uploaded_by_name   VARCHAR(200) NOT NULL,
    uploaded_by_org    VARCHAR(200) NOT NULL,
    uploaded_at        TIMESTAMP    NOT NULL
);
-- A request's files, oldest first (its page and the API's list), and their total size.
CREATE INDEX support_attachment_request_idx ON support_attachment (support_request_id, uploaded_at);

CREATE TABLE support_attachment_chunk (
    attachment_id VARCHAR(36) NOT NULL REFERENCES support_attachment (id),
    seq           INTEGER     NOT NULL,
    bytes         BYTEA       NOT NULL,
    PRIMARY KEY (attachment_id, seq)
);
