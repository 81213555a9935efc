#!/usr/bin/env bash
# Measures the callback server under `smileid-sandbox load` (not run by CI): callbacks per
# second, p50/p99 latency, and each server's peak resident memory (VmHWM of /proc/PID/status),
# with SQLite, with PostgreSQL and one instance, and with PostgreSQL and two instances.
# Release builds, made first:
#   swift build -c release --product smileid-callback-server
#   swift build -c release --product smileid-sandbox
# Usage: Scripts/measure-load.sh [N] [C]   (default 10000 callbacks, concurrency 32)
# PostgreSQL: $SMILEID_TEST_POSTGRES_URL, or a throwaway cluster started here.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-10000}
concurrency=${2:-32}
bin=$(swift build -c release --show-bin-path)
work=$(mktemp -d)
chmod 755 "$work"
pids=()
pg_data=""
cleanup() {
    for pid in "${pids[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
    if [ -n "$pg_data" ]; then runuser -u postgres -- pg_ctl -D "$pg_data" -m immediate stop >/dev/null 2>&1 || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
export SMILE_PARTNER_ID=085 SMILE_API_KEY=load-synthetic-key SMILE_API_URL=http://127.0.0.1:18190 LOG_LEVEL=warning

start_server() {  # PORT DATABASE_URL; pid in $server_pid
    PORT=$1 DATABASE_URL=$2 "$bin/smileid-callback-server" >>"$work/server-$1.log" 2>&1 &
    server_pid=$!
    pids+=("$server_pid")
    for _ in $(seq 1 100); do
        curl -fsS "http://127.0.0.1:$1/health" >/dev/null 2>&1 && return 0
        sleep 0.1
    done
    echo "server on $1 did not start" >&2
    tail "$work/server-$1.log" >&2
    return 1
}
peak() { awk '/VmHWM/ {print $2 / 1024 " MiB"}' "/proc/$1/status"; }

postgres_url=${SMILEID_TEST_POSTGRES_URL:-}
if [ -z "$postgres_url" ]; then
    pg_data="$work/pg"
    mkdir -p "$pg_data" && chown postgres "$pg_data"
    runuser -u postgres -- initdb -D "$pg_data" -A trust -U postgres >/dev/null
    runuser -u postgres -- pg_ctl -D "$pg_data" -o "-p 55440 -k $pg_data -c listen_addresses=127.0.0.1" \
        -l "$pg_data/server.log" -w start >/dev/null
    postgres_url="postgres://postgres@127.0.0.1:55440/postgres?sslmode=disable"
fi
new_database() {
    local name="load_$1_$$"
    psql "${postgres_url%%\?*}" -qAt -c "CREATE DATABASE $name" >/dev/null
    local base=${postgres_url%%\?*}
    local query=${postgres_url#"$base"}
    echo "${base%/*}/$name$query"
}
load() { "$bin/smileid-sandbox" load --listen 127.0.0.1:18190 -n "$count" -c "$concurrency" --server "$1"; }

echo "== SQLite, one server"
start_server 18201 "sqlite:$work/load.sqlite"
load http://127.0.0.1:18201
echo "   peak RSS: $(peak "$server_pid")"
kill -TERM "$server_pid"; wait "$server_pid" || true

echo "== PostgreSQL, one server"
start_server 18202 "$(new_database one)"
load http://127.0.0.1:18202
echo "   peak RSS: $(peak "$server_pid")"
kill -TERM "$server_pid"; wait "$server_pid" || true

echo "== PostgreSQL, two servers (connections split between them)"
shared=$(new_database two)
start_server 18203 "$shared"
first=$server_pid
start_server 18204 "$shared"
second=$server_pid
load http://127.0.0.1:18203,http://127.0.0.1:18204
echo "   peak RSS: $(peak "$first") and $(peak "$second")"
kill -TERM "$first" "$second"; wait "$first" "$second" || true
