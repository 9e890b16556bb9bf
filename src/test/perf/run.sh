#!/usr/bin/env bash
# Benchmark PartnerDesk on this machine: seed 100k customers and 1M subscriptions into a fresh
# embedded database, start the portal, and measure with wrk on loopback (bounded runs, loopback only).
# Usage: src/test/perf/run.sh   (after mvn package; needs wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/../../.."
DATA=$PWD/target/perf/data
ROOT=target/perf/payara
PORT=${PORT:-18790}
LDAP_PORT=${LDAP_PORT:-10789}
H2_JAR=$(find ~/.m2/repository/com/h2database/h2/2.2.224 -name 'h2-2.2.224.jar' | head -1)
JAR=target/payara-micro.jar
rm -rf target/perf && mkdir -p "$DATA" "$ROOT"
# MODE=single (default): one instance as the one-command run starts it, data grid off, sessions in
# memory (server-config/pre-boot-single-instance.txt). MODE=grid: an instance of a cluster (a data grid of one on loopback), every session saved
# to the grid after each request, as in production with two or more instances.
if [ "${MODE:-single}" = grid ]; then
  GRID_OPTIONS=(--clustermode tcpip:127.0.0.1:15791 --interfaces 127.0.0.1 --startport 15791 --nohostaware --disablephonehome)
else
  GRID_OPTIONS=(--nohazelcast --prebootcommandfile server-config/pre-boot-single-instance.txt)
fi

start() {
  java -Xms1g -Xmx1g -Dpartnerdesk.data.dir="$DATA" -Dpartnerdesk.ldap.port="$LDAP_PORT" \
    -Dhazelcast.socket.bind.any=false -Dhazelcast.phone.home.enabled=false \
    -jar "$JAR" --deploy target/partnerdesk.war --contextroot / --port "$PORT" --rootdir "$ROOT" \
    "${GRID_OPTIONS[@]}" > target/perf/server.log 2>&1 &
  echo $! > target/perf/pid
  for _ in $(seq 1 180); do grep -q "ready in" target/perf/server.log && return 0; sleep 1; done
  echo "portal did not start"; exit 1
}
stop() { kill "$(cat target/perf/pid)"; while kill -0 "$(cat target/perf/pid)" 2>/dev/null; do sleep 1; done; }

start; stop
echo "seeding 100k customers and 1M subscriptions..."
time java -cp "$H2_JAR" org.h2.tools.RunScript -url "jdbc:h2:file:$DATA/partnerdesk" \
  -user partnerdesk -password partnerdesk -script src/test/perf/seed-h2.sql
start
BASE=http://127.0.0.1:$PORT
AUTH="Authorization: Basic $(printf 'hana:Passw0rd!' | base64)"
curl -s -o /dev/null -H "$AUTH" "$BASE/api/v1/customers?size=25"

# Sixteen people signed in, each connection using a session of its own.
: > target/perf/cookies.txt
for _ in $(seq 1 16); do
  rm -f target/perf/jar
  curl -s -o /dev/null -c target/perf/jar -b target/perf/jar \
    --data "login-form=login-form&username=hana&password=Passw0rd%21&next=&sign-in=&jakarta.faces.ViewState=stateless" \
    "$BASE/login.xhtml"
  # A session saved to the data grid is named by two cookies; an in-memory one by the first alone.
  echo "PARTNERDESK_SESSION=$(awk '/PARTNERDESK_SESSION/ {print $7}' target/perf/jar); JSESSIONIDVERSION=$(awk '/JSESSIONIDVERSION/ {print $7}' target/perf/jar)" \
    >> target/perf/cookies.txt
done

# Each endpoint is warmed up for 20 s (the JIT compiler needs it on two cores), then measured for 20 s.
bench() {
  local name=$1; shift
  wrk -t2 -c16 -d20s "$@" > /dev/null
  echo; echo "== $name"
  wrk -t2 -c16 -d20s "$@" | grep -E "Requests/sec|Latency|requests in|Non-2xx"
}
bench "static file" "$BASE/resources/css/partnerdesk.css"
bench "REST GET /api/v1/me (Basic)" -H "$AUTH" "$BASE/api/v1/me"
bench "REST GET /api/v1/customers/{id}" -H "$AUTH" "$BASE/api/v1/customers/c0000000-0000-4000-8000-000000000001"
bench "REST GET /api/v1/customers?size=25 (first page of 100k)" -H "$AUTH" "$BASE/api/v1/customers?size=25"
bench "REST GET /api/v1/customers?size=25&offset=50000" -H "$AUTH" "$BASE/api/v1/customers?size=25&offset=50000"
bench "REST GET /api/v1/customers/{id}/subscriptions" -H "$AUTH" \
  "$BASE/api/v1/customers/c0000000-0000-4000-8000-000000000001/subscriptions"
bench "trivial JSF page (login.xhtml, stateless)" "$BASE/login.xhtml"
# Signed-in pages: sixteen people, one wrk thread each, each keeping its session's version cookie
# current as a browser does (sessions.lua).
sessions() {
  local name=$1; shift
  wrk -t16 -c16 -d40s -s src/test/perf/sessions.lua "$@" > /dev/null
  echo; echo "== $name"
  wrk -t16 -c16 -d20s -s src/test/perf/sessions.lua "$@" | grep -E "Requests/sec|Latency|requests in|Non-2xx"
}
sessions "25-row customer list page (16 signed-in sessions)" "$BASE/customers/list.xhtml"
sessions "dashboard (16 signed-in sessions)" "$BASE/index.xhtml"
stop
