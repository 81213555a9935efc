#!/usr/bin/env bash
# The callback server against the stand-in Smile ID (smileid-sandbox), end to end, with the
# binaries already built (`swift build` in Examples/CallbackServer; nothing is built here):
#   (a) every fault scenario against one server on SQLite (every trail of the fixtures under
#       every fault), and one on PostgreSQL (every third trail, to keep CI short);
#   (b) two server instances on one PostgreSQL, each job's callbacks split between them;
#   (c) kill -9 of the server in the middle of a run and a restart on the same database
#       (SQLite, and PostgreSQL when there is one): every delivery answered 200 before the kill
#       is still in the store (sent again, it is a duplicate), nothing is emitted twice;
#   (d) job_status failing (500) for the first seconds of a run, then recovering.
# Each case ends with the sandbox's check: every job's final decision is the scenario's, each
# change emitted once, no 5xx. PostgreSQL: $SMILEID_TEST_POSTGRES_URL, or a throwaway cluster
# started here when initdb is on the PATH; otherwise its cases are skipped, saying so.
#
# Usage: Scripts/end-to-end.sh [BIN_DIR]   (default: swift build --show-bin-path, where the
# package's `swift test` has built both binaries). SANDBOX_PORT, END_TO_END_PG_PORT and
# KILL_AFTER_SECONDS change the ports and the moment of the kill.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-$(swift build --show-bin-path)}
server_bin="$bin/smileid-callback-server"
sandbox_bin="$bin/smileid-sandbox"
for product in smileid-callback-server smileid-sandbox; do
    if [ ! -x "$bin/$product" ]; then
        # Normally built already (the package's swift test builds every target); only if not.
        [ $# -eq 0 ] || { echo "end-to-end: $bin/$product is not built" >&2; exit 1; }
        echo "end-to-end: $product is not built yet: swift build --product $product"
        swift build --product "$product"
    fi
done
trails=../../Fixtures/decisions/trails.json

work=$(mktemp -d)
pids=()
pg_data=""
cleanup() {
    for pid in "${pids[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
    if [ -n "$pg_data" ]; then runuser -u postgres -- pg_ctl -D "$pg_data" -m immediate stop >/dev/null 2>&1 || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

# Synthetic credentials, shared by the servers and the sandbox; short timings keep each case to seconds.
export SMILE_PARTNER_ID=085 SMILE_API_KEY=end-to-end-synthetic-key
sandbox_port=${SANDBOX_PORT:-18090}
export SMILE_API_URL="http://127.0.0.1:$sandbox_port"
export SMILE_RECONCILE_AFTER_SECONDS=1 SMILE_FRESHNESS_SECONDS=300 SMILE_CONFIRMATION_LEASE_SECONDS=3
sandbox_options=(--scenarios "$trails" --listen "127.0.0.1:$sandbox_port" --settle-timeout 60)

# start_server NAME PORT DATABASE_URL: starts a server in the background; its pid in $server_pid.
start_server() {
    local name=$1 port=$2 database=$3
    PORT=$port DATABASE_URL=$database "$server_bin" >>"$work/$name.log" 2>&1 &
    server_pid=$!
    pids+=("$server_pid")
    for _ in $(seq 1 100); do
        if curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1; then return 0; fi
        if ! kill -0 "$server_pid" 2>/dev/null; then break; fi
        sleep 0.1
    done
    echo "end-to-end: server $name did not come up on port $port; its log:" >&2
    tail -n 30 "$work/$name.log" >&2
    return 1
}

stop_server() { kill -TERM "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }

# run_case TITLE SANDBOX-ARGS...: runs the sandbox, prints its report, fails the script on failure.
failures=0
run_case() {
    local title=$1
    shift
    local started=$SECONDS
    echo "-- $title"
    if "$sandbox_bin" run "${sandbox_options[@]}" "$@" >"$work/report.txt" 2>"$work/sandbox.log"; then
        tail -n 12 "$work/report.txt"
        echo "   passed in $((SECONDS - started)) s"
    else
        cat "$work/report.txt"
        tail -n 20 "$work/sandbox.log"
        echo "   FAILED: $title"
        failures=$((failures + 1))
    fi
}

# PostgreSQL: the CI's, or a throwaway cluster of our own.
postgres_url=${SMILEID_TEST_POSTGRES_URL:-}
if [ -z "$postgres_url" ] && command -v initdb >/dev/null 2>&1 && id postgres >/dev/null 2>&1; then
    chmod 755 "$work"   # initdb runs as postgres
    pg_data="$work/pg"
    mkdir -p "$pg_data" && chown postgres "$pg_data"
    pg_port=${END_TO_END_PG_PORT:-55439}
    runuser -u postgres -- initdb -D "$pg_data" -A trust -U postgres >/dev/null
    runuser -u postgres -- pg_ctl -D "$pg_data" -o "-p $pg_port -k $pg_data -c listen_addresses=127.0.0.1" \
        -l "$pg_data/server.log" -w start >/dev/null
    postgres_url="postgres://postgres@127.0.0.1:$pg_port/postgres"
fi
# new_database NAME: a database of its own for one case (so no server reconciles another case's
# jobs); the shared URL when it cannot be created.
new_database() {
    local name="e2e_$1_$$"
    local base=${postgres_url%%\?*}
    local query=${postgres_url#"$base"}
    if psql "$base" -qAt -c "CREATE DATABASE $name" >/dev/null 2>&1; then
        echo "${base%/*}/$name$query"
    else
        echo "$postgres_url"
    fi
}
if [ -z "$postgres_url" ]; then
    echo "end-to-end: NOTE: no PostgreSQL (SMILEID_TEST_POSTGRES_URL unset, no initdb): its cases are skipped"
fi

echo "== (a) every fault scenario, one server on SQLite"
start_server a-sqlite 18101 "sqlite:$work/a.sqlite"
run_case "SQLite, one server" --server http://127.0.0.1:18101
stop_server "$server_pid"

if [ -n "$postgres_url" ]; then
    echo "== (a) every fault scenario, one server on PostgreSQL"
    start_server a-postgres 18102 "$(new_database a)"
    run_case "PostgreSQL, one server" --server http://127.0.0.1:18102 --sample 3
    stop_server "$server_pid"

    echo "== (b) two servers on one PostgreSQL, each job's callbacks split between them"
    shared=$(new_database b)
    start_server b-one 18103 "$shared"
    first=$server_pid
    start_server b-two 18104 "$shared"
    second=$server_pid
    run_case "PostgreSQL, two servers" --server http://127.0.0.1:18103,http://127.0.0.1:18104 --sample 2 \
        --faults redelivered,out_of_order,same_millisecond,forged,lost_last
    stop_server "$first"
    stop_server "$second"
fi

# kill_case NAME PORT DATABASE_URL: kill -9 in the middle of a run, restart on the same database.
# The jobs whose confirmation the killed process held are confirmed again once its lease
# (SMILE_CONFIRMATION_LEASE_SECONDS, 60 s by default; 3 s here) expires.
kill_case() {
    local name=$1 port=$2 database=$3
    start_server "$name" "$port" "$database"
    "$sandbox_bin" run "${sandbox_options[@]}" --server "http://127.0.0.1:$port" --pace 60 --sample 3 \
        --settle-timeout 60 \
        >"$work/kill-report.txt" 2>"$work/kill-sandbox.log" &
    local sandbox_pid=$!
    pids+=("$sandbox_pid")
    sleep "${KILL_AFTER_SECONDS:-1.5}"
    kill -9 "$server_pid"
    wait "$server_pid" 2>/dev/null || true
    echo "   killed the server (kill -9) $(grep -c . "$work/$name.log" || true) log lines in; restarting on the same database"
    start_server "$name" "$port" "$database"
    local started=$SECONDS
    if wait "$sandbox_pid"; then
        tail -n 12 "$work/kill-report.txt"
        echo "   passed"
    else
        cat "$work/kill-report.txt"
        tail -n 20 "$work/kill-sandbox.log"
        echo "   FAILED: kill -9 ($name)"
        failures=$((failures + 1))
    fi
    stop_server "$server_pid"
}

echo "== (c) kill -9 mid-run, restart on the same SQLite file"
kill_case c-sqlite 18105 "sqlite:$work/c.sqlite"
if [ -n "$postgres_url" ]; then
    echo "== (c) kill -9 mid-run, restart on the same PostgreSQL"
    kill_case c-postgres 18106 "$(new_database c)"
fi

echo "== (d) job_status answers 500 for the first 3 s, then recovers"
start_server d-sqlite 18107 "sqlite:$work/d.sqlite"
run_case "job_status outage" --server http://127.0.0.1:18107 --job-status-outage 3 --sample 3
stop_server "$server_pid"

if [ "$failures" -ne 0 ]; then
    echo "end-to-end: $failures case(s) failed"
    exit 1
fi
echo "end-to-end: every case passed"
