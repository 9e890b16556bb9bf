-- Directory groups are stored in lower case so that a plain index serves the sign-in lookup.
-- Partner organisations, customer tenants and the directory accounts seen at sign-in.

CREATE TABLE partner (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    name            VARCHAR(200) NOT NULL,
    kind            VARCHAR(30)  NOT NULL,
    mpn_id          VARCHAR(10)  NOT NULL,
    directory_group VARCHAR(200) NOT NULL,
    created_at      TIMESTAMP    NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT partner_kind_check CHECK (kind IN ('INDIRECT_PROVIDER', 'INDIRECT_RESELLER', 'DIRECT')),
    CONSTRAINT partner_mpn_id_unique UNIQUE (mpn_id)
);
CREATE UNIQUE INDEX partner_directory_group_idx ON partner (directory_group);

CREATE TABLE customer (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    company_name    VARCHAR(200) NOT NULL,
    domain          VARCHAR(253) NOT NULL,
    country         CHAR(2)      NOT NULL,
    tenant_id       VARCHAR(36)  NOT NULL,
    directory_group VARCHAR(200),
    created_at      TIMESTAMP    NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT customer_domain_unique UNIQUE (domain),
    CONSTRAINT customer_tenant_unique UNIQUE (tenant_id)
);
CREATE UNIQUE INDEX customer_directory_group_idx ON customer (directory_group);

CREATE TABLE directory_user (
    username        VARCHAR(100) NOT NULL PRIMARY KEY,
    display_name    VARCHAR(200) NOT NULL,
    email           VARCHAR(200),
    partner_id      VARCHAR(36) REFERENCES partner (id),
    customer_id     VARCHAR(36) REFERENCES customer (id),
    roles           VARCHAR(400) NOT NULL,
    last_sign_in_at TIMESTAMP    NOT NULL
);
CREATE INDEX directory_user_partner_idx ON directory_user (partner_id);
CREATE INDEX directory_user_customer_idx ON directory_user (customer_id);
