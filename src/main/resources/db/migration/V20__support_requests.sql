-- Support requests (customer -> partner), service requests (partner -> vendor), the support-topic
-- catalogue, the support offering's holidays and response targets, and per-user notifications.

-- The offering gains holidays (ISO dates, comma-separated) and the first-response targets it
-- promises per severity, in minutes; rule 7's targets are the defaults and the upper bounds.
ALTER TABLE support_offering ADD COLUMN holidays VARCHAR(2000) DEFAULT '' NOT NULL;
ALTER TABLE support_offering ADD COLUMN response_a_minutes INTEGER DEFAULT 120 NOT NULL;
ALTER TABLE support_offering ADD COLUMN response_b_minutes INTEGER DEFAULT 240 NOT NULL;
ALTER TABLE support_offering ADD COLUMN response_c_minutes INTEGER DEFAULT 480 NOT NULL;

CREATE TABLE support_topic (
    id         VARCHAR(36)  NOT NULL PRIMARY KEY,
    code       VARCHAR(60)  NOT NULL,
    type       VARCHAR(20)  NOT NULL,
    name_en    VARCHAR(200) NOT NULL,
    name_tr    VARCHAR(200) NOT NULL,
    sort_order INTEGER      NOT NULL,
    CONSTRAINT support_topic_code_unique UNIQUE (code),
    CONSTRAINT support_topic_type_check CHECK (type IN ('COMMERCIAL', 'TECHNICAL'))
);

CREATE TABLE support_request (
    id                  VARCHAR(36)   NOT NULL PRIMARY KEY,
    customer_id         VARCHAR(36)   NOT NULL REFERENCES customer (id),
    subscription_id     VARCHAR(36)   NOT NULL REFERENCES subscription (id),
    handler_id          VARCHAR(36)   NOT NULL REFERENCES partner (id),
    escalated_from_id   VARCHAR(36)   REFERENCES support_request (id),
    title               VARCHAR(200)  NOT NULL,
    description         VARCHAR(4000) NOT NULL,
    severity            CHAR(1)       NOT NULL,
    preferred_contact   VARCHAR(20)   NOT NULL,
    status              VARCHAR(30)   NOT NULL,
    assignee            VARCHAR(100),
    resolution          VARCHAR(4000),
    created_by          VARCHAR(100)  NOT NULL,
    created_at          TIMESTAMP     NOT NULL,
    changed_at          TIMESTAMP     NOT NULL,
    first_response_due  TIMESTAMP     NOT NULL,
    first_responded_at  TIMESTAMP,
    sla_warned          BOOLEAN       NOT NULL,
    sla_breach_notified BOOLEAN       NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT support_request_severity_check CHECK (severity IN ('A', 'B', 'C')),
    CONSTRAINT support_request_status_check
        CHECK (status IN ('NEW', 'IN_PROGRESS', 'WAITING_ON_CUSTOMER', 'RESOLVED', 'CLOSED'))
);
-- The queue: the handler's requests by due time, filtered by status, severity, customer or assignee.
CREATE INDEX support_request_queue_idx ON support_request (handler_id, first_response_due);
CREATE INDEX support_request_status_idx ON support_request (handler_id, status, first_response_due);
CREATE INDEX support_request_assignee_idx ON support_request (handler_id, assignee);
CREATE INDEX support_request_customer_idx ON support_request (customer_id, created_at);
CREATE INDEX support_request_subscription_idx ON support_request (subscription_id);
CREATE INDEX support_request_escalated_idx ON support_request (escalated_from_id);
-- The SLA watch: open requests nobody has answered yet.
CREATE INDEX support_request_sla_idx ON support_request (first_responded_at, first_response_due);

CREATE TABLE support_request_note (
    support_request_id VARCHAR(36)   NOT NULL REFERENCES support_request (id),
    seq                INTEGER       NOT NULL,
    author             VARCHAR(100)  NOT NULL,
    author_name        VARCHAR(200)  NOT NULL,
    author_org         VARCHAR(200)  NOT NULL,
    created_at         TIMESTAMP     NOT NULL,
    body               VARCHAR(4000) NOT NULL,
    PRIMARY KEY (support_request_id, seq)
);

CREATE TABLE service_request (
    id                   VARCHAR(36)   NOT NULL PRIMARY KEY,
    customer_id          VARCHAR(36)   NOT NULL REFERENCES customer (id),
    partner_id           VARCHAR(36)   NOT NULL REFERENCES partner (id),
    support_request_id   VARCHAR(36)   REFERENCES support_request (id),
    type                 VARCHAR(20)   NOT NULL,
    support_topic_id     VARCHAR(36)   NOT NULL REFERENCES support_topic (id),
    product_id           VARCHAR(36)   REFERENCES product (id),
    title                VARCHAR(200)  NOT NULL,
    description          VARCHAR(4000) NOT NULL,
    severity             CHAR(1)       NOT NULL,
    status               VARCHAR(30)   NOT NULL,
    created_by           VARCHAR(100)  NOT NULL,
    created_at           TIMESTAMP     NOT NULL,
    changed_at           TIMESTAMP     NOT NULL,
    initial_response_due TIMESTAMP     NOT NULL,
    version              BIGINT        NOT NULL,
    CONSTRAINT service_request_type_check CHECK (type IN ('COMMERCIAL', 'TECHNICAL')),
    CONSTRAINT service_request_severity_check CHECK (severity IN ('A', 'B', 'C')),
    CONSTRAINT service_request_status_check CHECK (status IN ('OPEN', 'ATTENTION_NEEDED', 'CLOSED'))
);
CREATE INDEX service_request_partner_idx ON service_request (partner_id, status, created_at);
CREATE INDEX service_request_customer_idx ON service_request (customer_id, created_at);
CREATE INDEX service_request_origin_idx ON service_request (support_request_id);

CREATE TABLE service_request_note (
    service_request_id VARCHAR(36)   NOT NULL REFERENCES service_request (id),
    seq                INTEGER       NOT NULL,
    author             VARCHAR(100)  NOT NULL,
    author_name        VARCHAR(200)  NOT NULL,
    author_org         VARCHAR(200)  NOT NULL,
    created_at         TIMESTAMP     NOT NULL,
    body               VARCHAR(4000) NOT NULL,
    PRIMARY KEY (service_request_id, seq)
);

-- In-app notifications to one person (the organisation-wide notices stay in notification).
CREATE TABLE user_notification (
    id         VARCHAR(36)   NOT NULL PRIMARY KEY,
    username   VARCHAR(100)  NOT NULL,
    created_at TIMESTAMP     NOT NULL,
    message    VARCHAR(1000) NOT NULL,
    link       VARCHAR(400),
    read_at    TIMESTAMP
);
CREATE INDEX user_notification_user_idx ON user_notification (username, created_at);

-- The vendor's support topics: reference data every installation needs.
INSERT INTO support_topic (id, code, type, name_en, name_tr, sort_order) VALUES
 ('70000000-0000-4000-8000-000000000001', 'BILLING', 'COMMERCIAL', 'Billing and invoices', 'Faturalandırma ve faturalar', 10),
 ('70000000-0000-4000-8000-000000000002', 'LICENSING', 'COMMERCIAL', 'Licensing and subscriptions', 'Lisanslama ve abonelikler', 20),
 ('70000000-0000-4000-8000-000000000003', 'ACCOUNT', 'COMMERCIAL', 'Partner account and programme', 'İş ortağı hesabı ve programı', 30),
 ('70000000-0000-4000-8000-000000000004', 'MAIL_FLOW', 'TECHNICAL', 'Exchange Online: mail flow', 'Exchange Online: posta akışı', 40),
 ('70000000-0000-4000-8000-000000000005', 'TEAMS', 'TECHNICAL', 'Microsoft Teams: calls and meetings', 'Microsoft Teams: aramalar ve toplantılar', 50),
 ('70000000-0000-4000-8000-000000000006', 'SHAREPOINT', 'TECHNICAL', 'SharePoint Online and OneDrive', 'SharePoint Online ve OneDrive', 60),
 ('70000000-0000-4000-8000-000000000007', 'IDENTITY', 'TECHNICAL', 'Sign-in, identity and access', 'Oturum açma, kimlik ve erişim', 70),
 ('70000000-0000-4000-8000-000000000008', 'AZURE', 'TECHNICAL', 'Azure resources', 'Azure kaynakları', 80),
 ('70000000-0000-4000-8000-000000000009', 'DYNAMICS', 'TECHNICAL', 'Dynamics 365 apps', 'Dynamics 365 uygulamaları', 90);
