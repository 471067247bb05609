#!/usr/bin/env bash
# The tests use PostgreSQL and Redis on localhost (as in CI). Starts them when they are installed but
# stopped; does nothing when TEST_DATABASE_URL / TEST_REDIS_URL point elsewhere.
set -euo pipefail

if [ -z "${TEST_DATABASE_URL:-}" ] && ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
  if command -v pg_ctlcluster >/dev/null 2>&1; then
    echo "Starting PostgreSQL"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start
  else
    echo "PostgreSQL is not reachable on 127.0.0.1:5432; set TEST_DATABASE_URL." >&2
    exit 1
  fi
fi

if [ -z "${TEST_REDIS_URL:-}" ] && ! (exec 3<>/dev/tcp/127.0.0.1/6379) 2>/dev/null; then
  if command -v redis-server >/dev/null 2>&1; then
    echo "Starting Redis"
    redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no
  else
    echo "Redis is not reachable on 127.0.0.1:6379; set TEST_REDIS_URL." >&2
    exit 1
  fi
fi
