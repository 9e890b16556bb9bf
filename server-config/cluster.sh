#!/usr/bin/env bash
# Starts, stops or reports on a two-instance PartnerDesk cluster on this host: instances "a" and
# "b", each started by run-instance.sh with the same server-config, sharing one PostgreSQL
# database and forming one data grid over TCP/IP on loopback (no multicast).
#
#   server-config/cluster.sh start [a|b]    start both (or one) and wait until they are ready
#   server-config/cluster.sh stop [a|b]     stop both (or one) gracefully
#   server-config/cluster.sh status
#
# The database and directory settings are the environment variables of run-instance.sh
# (server-config/README.md); logs and pid files go to PARTNERDESK_CLUSTER_RUN_DIR.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
run_dir="${PARTNERDESK_CLUSTER_RUN_DIR:-$here/../target/cluster}"
http_a="${PARTNERDESK_HTTP_PORT_A:-18080}"
http_b="${PARTNERDESK_HTTP_PORT_B:-18081}"
grid_a="${PARTNERDESK_CLUSTER_PORT_A:-15700}"
grid_b="${PARTNERDESK_CLUSTER_PORT_B:-15701}"
timeout="${PARTNERDESK_START_TIMEOUT:-300}"
members="127.0.0.1:$grid_a,127.0.0.1:$grid_b"
mkdir -p "$run_dir"

http_port() { if [ "$1" = a ]; then echo "$http_a"; else echo "$http_b"; fi; }
grid_port() { if [ "$1" = a ]; then echo "$grid_a"; else echo "$grid_b"; fi; }

running() {
    local pidfile="$run_dir/$1.pid"
    [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null
}

start_one() {
    local id="$1"
    if running "$id"; then
        echo "partnerdesk-$id is already running (pid $(cat "$run_dir/$id.pid"))"
        return
    fi
    date +%s%N >"$run_dir/$id.started"
    PARTNERDESK_INSTANCE_NAME="partnerdesk-$id" \
        PARTNERDESK_HTTP_PORT="$(http_port "$id")" \
        PARTNERDESK_CLUSTER_PORT="$(grid_port "$id")" \
        PARTNERDESK_CLUSTER_MEMBERS="$members" \
        PARTNERDESK_CLUSTER_INTERFACE=127.0.0.1 \
        nohup "$here/run-instance.sh" >"$run_dir/$id.log" 2>&1 </dev/null &
    echo $! >"$run_dir/$id.pid"
}

wait_ready() {
    local id="$1" port
    port="$(http_port "$id")"
    local started
    started="$(cat "$run_dir/$id.started")"
    local deadline=$((SECONDS + timeout))
    until curl -fsS -o /dev/null "http://127.0.0.1:$port/health/ready" 2>/dev/null; do
        if ! running "$id"; then
            echo "partnerdesk-$id stopped while starting; see $run_dir/$id.log" >&2
            return 1
        fi
        # The process may live on with the portal not deployed (the embedded directory's port taken
        # by another instance, a database that refuses the account...): say so at once, with why.
        local failed
        failed="$(grep -m 1 -E 'Exception while loading the app|Exception during lifecycle processing' \
            "$run_dir/$id.log" 2>/dev/null || true)"
        if [ -n "$failed" ]; then
            # The first cause that is not a container's wrapper says what went wrong.
            local reason
            reason="$(grep -E '^Caused by: ' "$run_dir/$id.log" \
                | grep -v -E 'jakarta\.ejb\.|EJBException|DeploymentException' | head -n 1 || true)"
            reason="${reason:-$failed}"
            echo "partnerdesk-$id could not deploy the portal: ${reason:0:400}" >&2
            echo "  (see $run_dir/$id.log; the embedded directory serves one instance only:" \
                "a cluster needs PARTNERDESK_LDAP_URL)" >&2
            stop_one "$id"
            return 1
        fi
        if [ "$SECONDS" -ge "$deadline" ]; then
            echo "partnerdesk-$id was not ready within ${timeout}s; see $run_dir/$id.log" >&2
            return 1
        fi
        sleep 0.25
    done
    local millis=$((($(date +%s%N) - started) / 1000000))
    printf 'partnerdesk-%s ready on http://127.0.0.1:%s/ after %d.%03d s\n' "$id" "$port" $((millis / 1000)) $((millis % 1000))
}

stop_one() {
    local id="$1"
    if ! running "$id"; then
        rm -f "$run_dir/$id.pid"
        return
    fi
    local pid
    pid="$(cat "$run_dir/$id.pid")"
    kill -TERM "$pid"
    for _ in $(seq 1 240); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.25
    done
    if kill -0 "$pid" 2>/dev/null; then
        echo "partnerdesk-$id did not stop within 60 s; killing it" >&2
        kill -KILL "$pid"
    fi
    rm -f "$run_dir/$id.pid"
    echo "partnerdesk-$id stopped"
}

command="${1:-status}"
instances=("${2:-a}")
if [ -z "${2:-}" ]; then instances=(a b); fi

case "$command" in
start)
    for id in "${instances[@]}"; do start_one "$id"; done
    for id in "${instances[@]}"; do wait_ready "$id"; done
    ;;
stop)
    for id in "${instances[@]}"; do stop_one "$id"; done
    ;;
status)
    for id in a b; do
        if running "$id"; then
            echo "partnerdesk-$id running (pid $(cat "$run_dir/$id.pid")) on http://127.0.0.1:$(http_port "$id")/"
        else
            echo "partnerdesk-$id stopped"
        fi
    done
    ;;
*)
    echo "usage: $0 start|stop|status [a|b]" >&2
    exit 2
    ;;
esac
