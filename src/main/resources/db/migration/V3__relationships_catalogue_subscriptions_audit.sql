-- Reseller partnerships, customer relationships and their invitations; the product catalogue;
-- subscriptions with their designated support contact; partners' support offerings; the audit
-- log and in-app notices.

CREATE TABLE reseller_partnership (
    id           VARCHAR(36) NOT NULL PRIMARY KEY,
    provider_id  VARCHAR(36) NOT NULL REFERENCES partner (id),
    reseller_id  VARCHAR(36) NOT NULL REFERENCES partner (id),
    state        VARCHAR(20) NOT NULL,
    invited_at   TIMESTAMP   NOT NULL,
    activated_at TIMESTAMP,
    ended_at     TIMESTAMP,
    version      BIGINT      NOT NULL,
    CONSTRAINT reseller_partnership_state_check CHECK (state IN ('INVITED', 'ACTIVE', 'ENDED')),
    CONSTRAINT reseller_partnership_pair_unique UNIQUE (provider_id, reseller_id)
);
CREATE INDEX reseller_partnership_reseller_idx ON reseller_partnership (reseller_id);

CREATE TABLE partnership_invitation (
    token        VARCHAR(64)  NOT NULL PRIMARY KEY,
    provider_id  VARCHAR(36)  NOT NULL REFERENCES partner (id),
    reseller_id  VARCHAR(36)  REFERENCES partner (id),
    created_by   VARCHAR(100) NOT NULL,
    created_at   TIMESTAMP    NOT NULL,
    expires_at   TIMESTAMP    NOT NULL,
    accepted_by  VARCHAR(36)  REFERENCES partner (id),
    accepted_at  TIMESTAMP
);
CREATE INDEX partnership_invitation_provider_idx ON partnership_invitation (provider_id);

CREATE TABLE customer_relationship (
    id                         VARCHAR(36) NOT NULL PRIMARY KEY,
    partner_id                 VARCHAR(36) NOT NULL REFERENCES partner (id),
    customer_id                VARCHAR(36) NOT NULL REFERENCES customer (id),
    state                      VARCHAR(20) NOT NULL,
    delegated_admin            BOOLEAN     NOT NULL,
    delegated_admin_granted_at TIMESTAMP,
    delegated_admin_expires_at TIMESTAMP,
    created_at                 TIMESTAMP   NOT NULL,
    version                    BIGINT      NOT NULL,
    CONSTRAINT customer_relationship_state_check CHECK (state IN ('PENDING', 'ACTIVE', 'REMOVED')),
    CONSTRAINT customer_relationship_pair_unique UNIQUE (partner_id, customer_id)
);
CREATE INDEX customer_relationship_customer_idx ON customer_relationship (customer_id);
CREATE INDEX customer_relationship_expiry_idx ON customer_relationship (delegated_admin, delegated_admin_expires_at);

CREATE TABLE relationship_request (
    token           VARCHAR(64)  NOT NULL PRIMARY KEY,
    partner_id      VARCHAR(36)  NOT NULL REFERENCES partner (id),
    delegated_admin BOOLEAN      NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    created_at      TIMESTAMP    NOT NULL,
    expires_at      TIMESTAMP    NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    customer_id     VARCHAR(36)  REFERENCES customer (id),
    decided_at      TIMESTAMP,
    CONSTRAINT relationship_request_status_check CHECK (status IN ('OPEN', 'ACCEPTED', 'DECLINED'))
);
CREATE INDEX relationship_request_partner_idx ON relationship_request (partner_id);

CREATE TABLE online_service (
    id                        VARCHAR(36)  NOT NULL PRIMARY KEY,
    name                      VARCHAR(200) NOT NULL,
    feed_name                 VARCHAR(200) NOT NULL,
    admin_portal_url_template VARCHAR(400) NOT NULL,
    CONSTRAINT online_service_name_unique UNIQUE (name)
);

CREATE TABLE product (
    id   VARCHAR(36)  NOT NULL PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    CONSTRAINT product_name_unique UNIQUE (name)
);

CREATE TABLE product_service (
    product_id VARCHAR(36) NOT NULL REFERENCES product (id),
    service_id VARCHAR(36) NOT NULL REFERENCES online_service (id),
    PRIMARY KEY (product_id, service_id)
);
CREATE INDEX product_service_service_idx ON product_service (service_id);

CREATE TABLE subscription (
    id                 VARCHAR(36) NOT NULL PRIMARY KEY,
    customer_id        VARCHAR(36) NOT NULL REFERENCES customer (id),
    product_id         VARCHAR(36) NOT NULL REFERENCES product (id),
    quantity           INTEGER     NOT NULL,
    status             VARCHAR(20) NOT NULL,
    provider_id        VARCHAR(36) NOT NULL REFERENCES partner (id),
    reseller_id        VARCHAR(36) REFERENCES partner (id),
    support_contact_id VARCHAR(36) NOT NULL REFERENCES partner (id),
    created_at         TIMESTAMP   NOT NULL,
    changed_at         TIMESTAMP   NOT NULL,
    version            BIGINT      NOT NULL,
    CONSTRAINT subscription_status_check CHECK (status IN ('ACTIVE', 'SUSPENDED', 'DELETED')),
    CONSTRAINT subscription_quantity_check CHECK (quantity > 0)
);
CREATE INDEX subscription_customer_idx ON subscription (customer_id);
CREATE INDEX subscription_provider_idx ON subscription (provider_id, customer_id);
CREATE INDEX subscription_reseller_idx ON subscription (reseller_id, customer_id);
CREATE INDEX subscription_contact_idx ON subscription (support_contact_id, customer_id);

CREATE TABLE support_offering (
    partner_id      VARCHAR(36)   NOT NULL PRIMARY KEY REFERENCES partner (id),
    email           VARCHAR(200),
    telephone       VARCHAR(50),
    website         VARCHAR(400),
    time_zone       VARCHAR(60)   NOT NULL,
    weekly_hours    VARCHAR(400)  NOT NULL,
    contact_methods VARCHAR(200)  NOT NULL,
    pricing         VARCHAR(1000),
    scope           VARCHAR(2000),
    support_plans   VARCHAR(200)  NOT NULL,
    version         BIGINT        NOT NULL
);

CREATE TABLE audit_record (
    id                 VARCHAR(36)   NOT NULL PRIMARY KEY,
    at                 TIMESTAMP     NOT NULL,
    actor              VARCHAR(100)  NOT NULL,
    partner_id         VARCHAR(36),
    related_partner_id VARCHAR(36),
    customer_id        VARCHAR(36),
    action             VARCHAR(60)   NOT NULL,
    resource_type      VARCHAR(60)   NOT NULL,
    resource_id        VARCHAR(100)  NOT NULL,
    old_value          VARCHAR(2000),
    new_value          VARCHAR(2000)
);
CREATE INDEX audit_record_partner_idx ON audit_record (partner_id, at);
CREATE INDEX audit_record_related_idx ON audit_record (related_partner_id, at);
CREATE INDEX audit_record_customer_idx ON audit_record (customer_id, at);

CREATE TABLE notification (
    id          VARCHAR(36)   NOT NULL PRIMARY KEY,
    partner_id  VARCHAR(36),
    customer_id VARCHAR(36),
    created_at  TIMESTAMP     NOT NULL,
    message     VARCHAR(1000) NOT NULL,
    link        VARCHAR(400)
);
CREATE INDEX notification_partner_idx ON notification (partner_id, created_at);
CREATE INDEX notification_customer_idx ON notification (customer_id, created_at);

-- The vendor's catalogue: reference data every installation needs.
INSERT INTO online_service (id, name, feed_name, admin_portal_url_template) VALUES
 ('d0000000-0000-4000-8000-000000000001', 'Exchange Online', 'Exchange Online', 'https://admin.exchange.microsoft.com/?tenantId={tenantId}'),
 ('d0000000-0000-4000-8000-000000000002', 'SharePoint Online', 'SharePoint Online', 'https://admin.microsoft.com/sharepoint?tenantId={tenantId}'),
 ('d0000000-0000-4000-8000-000000000003', 'Microsoft Teams', 'Microsoft Teams', 'https://admin.teams.microsoft.com/?tenantId={tenantId}'),
 ('d0000000-0000-4000-8000-000000000004', 'Microsoft Intune', 'Microsoft Intune', 'https://intune.microsoft.com/{tenantId}'),
 ('d0000000-0000-4000-8000-000000000005', 'Azure', 'Microsoft Azure', 'https://portal.azure.com/#@{tenantId}'),
 ('d0000000-0000-4000-8000-000000000006', 'Dynamics 365', 'Dynamics 365 Apps', 'https://admin.powerplatform.microsoft.com/?tenantId={tenantId}');

INSERT INTO product (id, name) VALUES
 ('b0000000-0000-4000-8000-000000000001', 'Microsoft 365 Business Standard'),
 ('b0000000-0000-4000-8000-000000000002', 'Microsoft 365 E3'),
 ('b0000000-0000-4000-8000-000000000003', 'Exchange Online (Plan 1)'),
 ('b0000000-0000-4000-8000-000000000004', 'Azure plan'),
 ('b0000000-0000-4000-8000-000000000005', 'Dynamics 365 Sales');

INSERT INTO product_service (product_id, service_id) VALUES
 ('b0000000-0000-4000-8000-000000000001', 'd0000000-0000-4000-8000-000000000001'),
 ('b0000000-0000-4000-8000-000000000001', 'd0000000-0000-4000-8000-000000000002'),
 ('b0000000-0000-4000-8000-000000000001', 'd0000000-0000-4000-8000-000000000003'),
 ('b0000000-0000-4000-8000-000000000002', 'd0000000-0000-4000-8000-000000000001'),
 ('b0000000-0000-4000-8000-000000000002', 'd0000000-0000-4000-8000-000000000002'),
 ('b0000000-0000-4000-8000-000000000002', 'd0000000-0000-4000-8000-000000000003'),
 ('b0000000-0000-4000-8000-000000000002', 'd0000000-0000-4000-8000-000000000004'),
 ('b0000000-0000-4000-8000-000000000003', 'd0000000-0000-4000-8000-000000000001'),
 ('b0000000-0000-4000-8000-000000000004', 'd0000000-0000-4000-8000-000000000005'),
 ('b0000000-0000-4000-8000-000000000005', 'd0000000-0000-4000-8000-000000000006');
