-- Leases that let one instance of a cluster run each scheduled job per period.
CREATE TABLE job_lock (
    name         VARCHAR(100) NOT NULL PRIMARY KEY,
    locked_until TIMESTAMP    NOT NULL,
    locked_by    VARCHAR(200) NOT NULL
);
