-- Webhooks: a partner's registered receivers of signed events about its own objects, and the log of
-- every delivery (written in the transaction of the change it tells about, sent after it commits).
CREATE TABLE webhook (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    partner_id  VARCHAR(36)  NOT NULL REFERENCES partner (id),
    url         VARCHAR(500) NOT NULL,
    events      VARCHAR(200) NOT NULL,
    secret      VARCHAR(64)  NOT NULL,
    created_at  TIMESTAMP    NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    stopped_at  TIMESTAMP,
    stopped_by  VARCHAR(100)
);
CREATE INDEX webhook_partner_idx ON webhook (partner_id, created_at);

CREATE TABLE webhook_delivery (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    webhook_id      VARCHAR(36)   NOT NULL REFERENCES webhook (id),
    event           VARCHAR(40)   NOT NULL,
    payload         VARCHAR(8000) NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    attempts        INTEGER       NOT NULL,
    created_at      TIMESTAMP     NOT NULL,
    next_attempt_at TIMESTAMP,
    last_attempt_at TIMESTAMP,
    response_code   INTEGER,
    version         BIGINT        NOT NULL
);
-- A webhook's log, newest first; and the deliveries due, which the dispatcher reads every few seconds.
CREATE INDEX webhook_delivery_webhook_idx ON webhook_delivery (webhook_id, created_at);
CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (status, next_attempt_at);
