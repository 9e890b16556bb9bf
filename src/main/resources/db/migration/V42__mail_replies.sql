-- Replies by e-mail: each request's reply address carries a token of its own (not its id, which
-- can be seen and guessed), and each mail read from the mailbox is remembered by the digest of its
-- Message-ID, so that none is ever turned into a note twice.
ALTER TABLE support_request ADD COLUMN reply_token VARCHAR(32);
CREATE UNIQUE INDEX support_request_reply_token_idx ON support_request (reply_token);

CREATE TABLE mail_reply (
    id                 VARCHAR(64)  NOT NULL PRIMARY KEY,
    support_request_id VARCHAR(36),
    sender             VARCHAR(320),
    outcome            VARCHAR(20)  NOT NULL,
    reason             VARCHAR(200),
    received_at        TIMESTAMP    NOT NULL
);
