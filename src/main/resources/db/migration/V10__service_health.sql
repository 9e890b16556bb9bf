-- Service health imported from the vendor's service-communications feed (Microsoft Graph
-- serviceAnnouncement): each online service's current status, and the issues (incidents and
-- advisories) with their timeline of posts. Issue ids are the vendor's (e.g. EX123456).

CREATE TABLE service_health (
    service_id VARCHAR(36) NOT NULL PRIMARY KEY REFERENCES online_service (id),
    status     VARCHAR(40) NOT NULL,
    updated_at TIMESTAMP   NOT NULL,
    version    BIGINT      NOT NULL
);

CREATE TABLE service_incident (
    id                 VARCHAR(100)  NOT NULL PRIMARY KEY,
    service_id         VARCHAR(36)   NOT NULL REFERENCES online_service (id),
    title              VARCHAR(500)  NOT NULL,
    status             VARCHAR(40)   NOT NULL,
    classification     VARCHAR(20)   NOT NULL,
    impact_description VARCHAR(2000),
    start_at           TIMESTAMP     NOT NULL,
    end_at             TIMESTAMP,
    resolved           BOOLEAN       NOT NULL,
    last_modified_at   TIMESTAMP,
    imported_at        TIMESTAMP     NOT NULL,
    version            BIGINT        NOT NULL,
    CONSTRAINT service_incident_classification_check CHECK (classification IN ('ADVISORY', 'INCIDENT'))
);
CREATE INDEX service_incident_service_idx ON service_incident (service_id, resolved);
CREATE INDEX service_incident_start_idx ON service_incident (start_at);

CREATE TABLE service_incident_post (
    id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    incident_id  VARCHAR(100)  NOT NULL REFERENCES service_incident (id),
    published_at TIMESTAMP     NOT NULL,
    content      VARCHAR(8000) NOT NULL,
    CONSTRAINT service_incident_post_unique UNIQUE (incident_id, published_at)
);
