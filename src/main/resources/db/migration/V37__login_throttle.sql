-- Failed logins per account and per client address (auth.LoginThrottle), in the database so that
-- every instance behind a load balancer counts the same attempts.
CREATE TABLE login_throttle (
    throttle_key  VARCHAR(300) PRIMARY KEY,
    failures      INTEGER      NOT NULL,
    last_failure  TIMESTAMP    NOT NULL,
    locked_until  TIMESTAMP
);
