#!/usr/bin/env bash
# Runs every test. Makes sure what the tests need is there first:
# Chromium and its driver (browser tests), a running PostgreSQL and MariaDB (database tests;
# MariaDB holds the Asterisk realtime tables of the extension tests).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    echo "test.sh: installing chromium and chromium-driver…"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  else
    echo "test.sh: chromium/chromium-driver missing and not root: browser tests will be skipped" >&2
  fi
fi

if command -v pg_ctlcluster >/dev/null 2>&1 && ! pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
  echo "test.sh: starting PostgreSQL…"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -n 1)" main start
  for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done
fi

if [ -x /usr/sbin/mariadbd ] && command -v mariadb-admin >/dev/null 2>&1 \
   && ! mariadb-admin --protocol=tcp -h 127.0.0.1 -P 3306 -u root ping >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    echo "test.sh: starting MariaDB…"
    mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld 2>/dev/null || true
    start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
    for _ in $(seq 1 30); do mariadb-admin --protocol=tcp -h 127.0.0.1 -P 3306 -u root ping >/dev/null 2>&1 && break; sleep 1; done
  else
    echo "test.sh: MariaDB is not running and not root: the MariaDB tests will be skipped" >&2
  fi
fi

export SE_OFFLINE=true SE_AVOID_STATS=true
exec ./mvnw -B verify "$@"
