#!/usr/bin/env bash
# Benchmark of the helpdesk on PostgreSQL: a fresh database, one instance started the production way
# (server-config/run-instance.sh: PostgreSQL pool, data grid of one on loopback) with the demo
# organisations and its embedded demo directory, then at 1,000, 10,000 and 100,000 support requests
# (seed-helpdesk.sql) each case is warmed up and measured with wrk on loopback, and its SQL statements
# per request counted from PostgreSQL's log. Prints one table (README.md, "Helpdesk on PostgreSQL").
#
# Usage: mvn -B package -DskipTests && src/test/perf/helpdesk.sh
#        SMOKE=1 src/test/perf/helpdesk.sh   (1,000 requests, 2 s per case: about three minutes)
#        SMOKE=1 CHECK=1 WARMUP=0 DURATION=1 COUNT_N=2 ...   (./test.sh: fails when a case fails)
# Needs wrk, psql and a PostgreSQL on PGHOST:PGPORT where PGSUPERUSER may sign in without a password
# (it creates the role and database below and switches statement logging for that database on and
# off), and read access to that server's log file (PG_LOG) on this machine.
set -euo pipefail
cd "$(dirname "$0")/../../.."

PORT=${PORT:-8380}
GRID_PORT=${GRID_PORT:-6941}
LDAP_PORT=${LDAP_PORT:-10789}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432}
PGSUPERUSER=${PGSUPERUSER:-postgres}
DB=${DB:-partnerdesk_bench}
DB_PASSWORD=${DB_PASSWORD:-partnerdesk_bench-secret}
PG_LOG=${PG_LOG:-$(ls -t /var/log/postgresql/postgresql-*-main.log 2>/dev/null | head -1)}
if [ "${SMOKE:-0}" = 1 ]; then
  SIZES=${SIZES:-1000} WARMUP=${WARMUP:-1} DURATION=${DURATION:-2} COUNT_N=${COUNT_N:-5} POOL=${POOL:-500}
else
  SIZES=${SIZES:-"1000 10000 100000"} WARMUP=${WARMUP:-10} DURATION=${DURATION:-15} COUNT_N=${COUNT_N:-20}
  POOL=${POOL:-2000}
fi
# PROFILE_AT: at this size, once everything is measured, the cases PROFILE names (a regular expression
# over the case names; the queue page by default, "" for none) run once more for DURATION seconds under
# Java Flight Recorder. Not while they are measured: a profiling recording leaves the JVM slower for the
# rest of its life (a run that recorded the queue page at 100,000 measured every later case at a third
# of its speed, the customer list at 73 req/s where it answers 274).
PROFILE_AT=${PROFILE_AT:-100000}
PROFILE=${PROFILE:-'^page queue$'}
# ONLY: a regular expression over the case names; only those run (the floor always does).
ONLY=${ONLY:-}
OUT=target/bench
BASE=http://127.0.0.1:$PORT
LUA=src/test/perf/helpdesk.lua
PASSWORD='Passw0rd!'

for tool in wrk psql curl python3; do
  command -v $tool > /dev/null || { echo "helpdesk.sh: $tool is missing (apt-get install wrk postgresql-client curl python3)"; exit 2; }
done
for file in target/payara-micro.jar target/partnerdesk.war target/server-lib/postgresql.jar; do
  [ -f $file ] || { echo "helpdesk.sh: $file is missing; build it with: mvn -B package -DskipTests"; exit 2; }
done
[ -r "$PG_LOG" ] || { echo "helpdesk.sh: cannot read PostgreSQL's log ($PG_LOG); set PG_LOG"; exit 2; }
for port in $PORT $GRID_PORT $LDAP_PORT; do
  if (exec 3<>/dev/tcp/127.0.0.1/$port) 2> /dev/null; then echo "helpdesk.sh: port $port is in use"; exit 2; fi
done

rm -rf $OUT && mkdir -p $OUT
: > $OUT/results.tsv
# The superuser signs in over TCP where the server trusts it (or with PGPASSWORD); as root on a fresh
# Debian install, where only the postgres account may, through that account and the local socket.
if psql -U "$PGSUPERUSER" -d postgres -qAtc 'SELECT 1' > /dev/null 2>&1; then
  superuser() { psql -U "$PGSUPERUSER" -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
elif [ "$(id -u)" = 0 ] && runuser -u postgres -- env -u PGHOST psql -p "$PGPORT" -d postgres -qAtc 'SELECT 1' > /dev/null 2>&1; then
  superuser() { runuser -u postgres -- env -u PGHOST psql -p "$PGPORT" -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
else
  echo "helpdesk.sh: cannot sign in to PostgreSQL as $PGSUPERUSER on $PGHOST:$PGPORT (set PGSUPERUSER, PGPASSWORD)"
  exit 2
fi
app_db() { PGPASSWORD="$DB_PASSWORD" psql -U "$DB" -d "$DB" -v ON_ERROR_STOP=1 -qAt "$@"; }

echo "== database $DB on $PGHOST:$PGPORT"
superuser <<SQL
DO \$\$BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$DB') THEN
    CREATE ROLE $DB LOGIN PASSWORD '$DB_PASSWORD';
  END IF;
END\$\$;
DROP DATABASE IF EXISTS $DB WITH (FORCE);
CREATE DATABASE $DB OWNER $DB;
SQL

echo "== starting the portal (run-instance.sh, -Xmx512m)"
start_ms=$(date +%s%3N)
PARTNERDESK_DB_HOST=$PGHOST PARTNERDESK_DB_PORT=$PGPORT PARTNERDESK_DB_NAME=$DB PARTNERDESK_DB_USER=$DB \
  PARTNERDESK_DB_PASSWORD=$DB_PASSWORD PARTNERDESK_DB_SSLMODE=disable PARTNERDESK_DEMO_DATA=true \
  PARTNERDESK_LDAP_PORT=$LDAP_PORT PARTNERDESK_HTTP_PORT=$PORT PARTNERDESK_CLUSTER_PORT=$GRID_PORT \
  PARTNERDESK_CLUSTER_MEMBERS=127.0.0.1:$GRID_PORT PARTNERDESK_CLUSTER_NAME=partnerdesk-bench \
  PARTNERDESK_INSTANCE_NAME=partnerdesk-bench PARTNERDESK_DATA_DIR=$PWD/$OUT/data \
  PARTNERDESK_JAVA_OPTS="-Xmx512m -XX:NativeMemoryTracking=summary -XX:FlightRecorderOptions:stackdepth=512 ${BENCH_JAVA_OPTS:-}" \
  bash server-config/run-instance.sh --rootdir $OUT/payara > $OUT/server.log 2>&1 &
PID=$!
echo $PID > $OUT/pid
stop() {
  if kill -0 $PID 2> /dev/null; then
    kill $PID
    for _ in $(seq 1 60); do kill -0 $PID 2> /dev/null || break; sleep 1; done
  fi
  superuser -c "ALTER DATABASE $DB RESET log_min_duration_statement" 2> /dev/null || true
}
trap stop EXIT
for _ in $(seq 1 600); do
  kill -0 $PID 2> /dev/null || { echo "the portal stopped; see $OUT/server.log"; exit 1; }
  [ "$(curl -s -o /dev/null -w '%{http_code}' $BASE/login.xhtml)" = 200 ] && break
  sleep 0.2
done
FIRST_PAGE_MS=$(($(date +%s%3N) - start_ms))
echo "first page answered $((FIRST_PAGE_MS / 1000)).$(((FIRST_PAGE_MS % 1000) / 100)) s after java -jar"

basic() { printf 'Authorization: Basic %s' "$(printf '%s:%s' "$1" "$PASSWORD" | base64)"; }
JSON='Content-Type: application/json'

# Signed-in sessions: 16 per person, one line of cookies each (as sessions.lua reads them).
sign_in() {
  local user=$1 file=$OUT/sessions-$1.txt
  : > "$file"
  for _ in $(seq 1 16); do
    rm -f $OUT/jar
    curl -s -o /dev/null -c $OUT/jar -b $OUT/jar \
      --data "login-form=login-form&username=$user&password=Passw0rd%21&next=&sign-in=&jakarta.faces.ViewState=stateless" \
      "$BASE/login.xhtml"
    echo "PARTNERDESK_SESSION=$(awk '/PARTNERDESK_SESSION/ {print $7}' $OUT/jar); JSESSIONIDVERSION=$(awk '/JSESSIONIDVERSION/ {print $7}' $OUT/jar)" >> "$file"
  done
  grep -q 'PARTNERDESK_SESSION=.' "$file" || { echo "$user could not sign in"; exit 1; }
}

# The queue filtered by status, as the page's filter does it: a Faces ajax post with the view state of
# the page each session opened, and the page's CSP nonce.
filtered_queue_sessions() {
  : > $OUT/sessions-queue-filtered.txt
  while read -r cookies; do
    curl -s -H "Cookie: $cookies" -o $OUT/queue.html "$BASE/support/queue.xhtml"
    python3 - "$cookies" $OUT/queue.html >> $OUT/sessions-queue-filtered.txt <<'PY'
import re, sys, urllib.parse
cookies, page = sys.argv[1], open(sys.argv[2], encoding="utf-8").read()
form = re.search(r'<form id="queue-form".*?</form>', page, re.S).group(0)
state = re.search(r'name="jakarta.faces.ViewState" id="[^"]*" value="([^"]*)"', form).group(1)
nonce = re.search(r'nonce="([^"]+)"', page).group(1)
print(cookies + "\t" + urllib.parse.urlencode({
    "jakarta.faces.partial.ajax": "true", "jakarta.faces.source": "filter-status",
    "jakarta.faces.partial.execute": "filter-status", "jakarta.faces.partial.render": "requests",
    "jakarta.faces.behavior.event": "change", "jakarta.faces.partial.event": "change",
    "queue-form": "queue-form", "filter-status_input": "NEW",
    "jakarta.faces.ViewState": state, "primefaces.nonce": nonce}))
PY
  done < $OUT/sessions-hana.txt
}

# The cases: kind (floor, rest or page), who, method, path ({id} from the ids file), body, ids file.
CASES=(
  "static file|floor|-|GET|/resources/css/partnerdesk.css||"
  "login page|floor|-|GET|/login.xhtml||"
  "GET /api/v1/me|floor|hana|GET|/api/v1/me||"
  "REST list|rest|hana|GET|/api/v1/supportrequests?size=25||"
  "REST list status=NEW|rest|hana|GET|/api/v1/supportrequests?size=25&status=NEW||"
  "REST list severity=A|rest|hana|GET|/api/v1/supportrequests?size=25&severity=A||"
  "REST list customerId|rest|hana|GET|/api/v1/supportrequests?size=25&customerId=c0000000-0000-4000-8000-000000000002||"
  "REST list assignee=me|rest|hana|GET|/api/v1/supportrequests?size=25&assignee=me||"
  "REST list assignee=none|rest|hana|GET|/api/v1/supportrequests?size=25&assignee=none||"
  "REST list breaching|rest|hana|GET|/api/v1/supportrequests?size=25&breaching=true||"
  "REST list open|rest|hana|GET|/api/v1/supportrequests?size=25&open=true||"
  "REST search common words|rest|hana|GET|/api/v1/supportrequests?size=25&q=teams%20meeting||"
  "REST search one request|rest|hana|GET|/api/v1/supportrequests?size=25&q=420||"
  "REST one request|rest|hana|GET|/api/v1/supportrequests/{id}||contoso"
  "page queue|page|hana|GET|/support/queue.xhtml||"
  "page queue status=NEW (ajax)|page|hana|POST|/support/queue.xhtml||"
  "page one request|page|hana|GET|/support/request.xhtml?id={id}||contoso"
  "page my requests (tom)|page|tom|GET|/my/requests.xhtml||"
  "page dashboard|page|hana|GET|/index.xhtml||"
  "page customer list|page|hana|GET|/customers/list.xhtml||"
  "page service requests|page|hana|GET|/support/servicerequests.xhtml||"
  "page audit log (alice)|page|alice|GET|/audit/list.xhtml||"
  "REST create (tom)|rest|tom|POST|/api/v1/customer/supportrequests|{\"subscriptionId\":\"f0000000-0000-4000-8000-000000000002\",\"title\":\"Printer queue stuck\",\"description\":\"Nothing prints since the update.\",\"severity\":\"B\",\"preferredContact\":\"EMAIL\"}|"
  "REST add note|rest|hana|PATCH|/api/v1/supportrequests/{id}|{\"newNote\":\"Checked the message trace; the connector is fine.\"}|notes"
  "REST escalate (felix)|rest|felix|POST|/api/v1/supportrequests/{id}/escalations|{\"level\":\"PROVIDER\",\"note\":\"Needs the provider.\"}|escalations"
)

if [ -n "$ONLY" ]; then
  chosen=()
  for spec in "${CASES[@]}"; do
    name=${spec%%|*} rest=${spec#*|}
    if [ "${rest%%|*}" = floor ] || [[ $name =~ $ONLY ]]; then chosen+=("$spec"); fi
  done
  CASES=("${chosen[@]}")
fi

# Sets the variables of one case for wrk (helpdesk.lua) and curl.
use_case() {
  IFS='|' read -r NAME KIND WHO METHOD CPATH BODY IDS <<< "$1"
  export BENCH_SKIP=0 BENCH_PATH=$CPATH BENCH_METHOD=$METHOD BENCH_BODY=$BODY BENCH_IDS="" BENCH_SESSIONS="" BENCH_FAIL=""
  [ -n "$IDS" ] && BENCH_IDS=$OUT/ids-$IDS.txt
  BENCH_HEADERS=""
  THREADS=2
  if [ "$KIND" = page ]; then
    THREADS=16
    BENCH_SESSIONS=$OUT/sessions-$WHO.txt
    if [ "$METHOD" = POST ]; then
      BENCH_SESSIONS=$OUT/sessions-queue-filtered.txt
      BENCH_HEADERS="Faces-Request: partial/ajax|Content-Type: application/x-www-form-urlencoded; charset=UTF-8"
      BENCH_FAIL="<error"
    fi
  elif [ "$WHO" != - ]; then
    BENCH_HEADERS="$(basic "$WHO")"
    [ -n "$BODY" ] && BENCH_HEADERS="$BENCH_HEADERS|$JSON"
  fi
  export BENCH_HEADERS BENCH_THREADS=$THREADS
}

# Where the machine's CPU went while a case was measured: the portal's process, everything else
# (PostgreSQL above all, and wrk), and idle, each as a share of all cores (jiffies from /proc).
cpu_ticks() {
  echo "$(awk '/^cpu / {print $2 + $3 + $4 + $5 + $6 + $7 + $8, $2 + $3 + $4 + $7 + $8}' /proc/stat)" \
    "$(awk '{print $14 + $15}' /proc/$PID/stat 2> /dev/null || echo 0)"
}
cpu_share() {
  read -r m0 b0 p0 <<< "$1"
  read -r m1 b1 p1 <<< "$2"
  awk -v m=$((m1 - m0)) -v b=$((b1 - b0)) -v p=$((p1 - p0)) 'BEGIN {
    if (m <= 0) { print "?"; exit }
    printf "portal %d %%, others %d %%, idle %d %%", 100 * p / m, 100 * (b - p) / m, 100 * (m - b) / m }'
}

run_wrk() { wrk -t$THREADS -c16 -d${1}s --timeout 10s -s $LUA "$BASE/" | awk '/^BENCH/ {print $2, $3, $4, $5, $6}'; }

# One request of the current case with curl (the i-th id, the first session): for counting statements.
one_request() {
  local i=$1 path=$BENCH_PATH body=$BENCH_BODY id="" args=()
  if [ -n "$BENCH_IDS" ]; then
    local n
    n=$(wc -l < "$BENCH_IDS")
    id=$(sed -n "$(((i + n) % n + 1))p" "$BENCH_IDS")
  fi
  path=${path//\{id\}/$id}
  body=${body//\{id\}/$id}
  if [ -n "$BENCH_SESSIONS" ]; then
    local line
    line=$(head -1 "$BENCH_SESSIONS")
    args+=(-H "Cookie: ${line%%$'\t'*}")
    [[ $line == *$'\t'* ]] && body=${line#*$'\t'}
  fi
  local IFS='|'
  for header in $BENCH_HEADERS; do args+=(-H "$header"); done
  [ -n "$body" ] && args+=(--data-binary "$body")
  curl -s -o /dev/null -w '%{http_code}' -X "$METHOD" "${args[@]}" "$BASE$path"
}

# PostgreSQL's own count: statements of the bench database in the server log while COUNT_N requests
# run one after the other (log_min_duration_statement=0 logs every statement's execution; the
# transaction brackets and the pool's validation query are left out).
count_statements() {
  local from to
  one_request 0 > /dev/null
  from=$(stat -c %s "$PG_LOG")
  for i in $(seq 1 "$COUNT_N"); do one_request "$i" > /dev/null; done
  sleep 0.3
  to=$(stat -c %s "$PG_LOG")
  tail -c +$((from + 1)) "$PG_LOG" | head -c $((to - from)) \
    | grep "$DB@$DB" | grep -E 'duration: [0-9.]+ ms  (execute [^:]*|statement): ' \
    | grep -vE ': (BEGIN|COMMIT|ROLLBACK|SELECT 1)$' | wc -l \
    | awk -v n="$COUNT_N" '{printf "%.1f", $1 / n}'
}

# Every connection of the pool is replaced, so that a new database setting applies to all of them:
# PostgreSQL ends them; the pool's validation notices and opens new ones.
reconnect_pool() {
  superuser -c "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = '$DB'" > /dev/null
  sleep 11
  for _ in 1 2 3 4; do curl -s -o /dev/null -H "$(basic hana)" "$BASE/api/v1/me"; done
}

write_ids() {
  app_db -c "SELECT id FROM support_request WHERE handler_id = 'a0000000-0000-4000-8000-000000000001'
             AND escalated_from_id IS NULL ORDER BY id LIMIT 500" > $OUT/ids-contoso.txt
  app_db -c "SELECT id FROM support_request WHERE handler_id = 'a0000000-0000-4000-8000-000000000001'
             ORDER BY id DESC LIMIT 2000" > $OUT/ids-notes.txt
}

echo "== signing in 16 sessions each for hana, tom, alice"
sign_in hana; sign_in tom; sign_in alice

for size in $SIZES; do
  echo "== seeding to $size support requests"
  seed_start=$(date +%s%3N)
  app_db -v target="$size" -f src/test/perf/seed-helpdesk.sql | tail -1
  echo "   seeded in $(($(date +%s%3N) - seed_start)) ms (requests|notes|service requests|notifications|audit)"
  write_ids
  for spec in "${CASES[@]}"; do
    use_case "$spec"
    if [ "$NAME" = "page queue status=NEW (ajax)" ]; then filtered_queue_sessions; fi
    if [ "$NAME" = "REST create (tom)" ]; then
      writes_since=$(app_db -c "SELECT (now() AT TIME ZONE 'UTC')::TIMESTAMP(3)")
    fi
    if [ "$IDS" = escalations ]; then
      # Each escalation takes a request of its own: enough for warm-up and run at three times the
      # rate of opening requests.
      pool=$(awk -v r="${create_rps:-0}" -v t=$((2 * WARMUP + DURATION)) -v min="$POOL" \
        'BEGIN { n = int(3 * r * t) + 100; print (n > min ? n : min) }')
      app_db -v pool="$pool" -f src/test/perf/escalation-pool.sql 2> /dev/null | grep -E '^[0-9a-f-]{36}$' \
        > $OUT/ids-escalations.txt
    fi
    # The first answer's status, from the last id (an escalation uses its request up); the measured run
    # goes on where the warm-up stopped in the ids.
    status=$(one_request -1)
    export BENCH_SKIP=0
    read -r warmup_requests _ <<< "$(run_wrk "$WARMUP")"
    # (A thread may have answered more than its share: skip as many ids as every thread could have used.)
    export BENCH_SKIP=$((THREADS * warmup_requests + 32))
    cpu_before=$(cpu_ticks)
    read -r requests rps p50 p99 errors <<< "$(run_wrk "$DURATION")"
    cpu=$(cpu_share "$cpu_before" "$(cpu_ticks)")
    [ "$NAME" = "REST create (tom)" ] && create_rps=$rps
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$NAME" "$size" "$rps" "$p50" "$p99" "$errors" "$KIND" "$status" \
      >> $OUT/results.tsv
    printf '   %-34s %6s req/s  p50 %6s ms  p99 %7s ms  errors %s of %s (first answer %s)  CPU %s\n' \
      "$NAME" "$rps" "$p50" "$p99" "$errors" "$requests" "$status" "$cpu"
  done
  echo "== counting SQL statements per request ($COUNT_N requests each, one after the other)"
  superuser -c "ALTER DATABASE $DB SET log_min_duration_statement = 0"
  reconnect_pool
  : > $OUT/statements-$size.tsv
  for spec in "${CASES[@]}"; do
    use_case "$spec"
    if [ "$NAME" = "page queue status=NEW (ajax)" ]; then filtered_queue_sessions; fi
    if [ "$IDS" = escalations ]; then
      app_db -v pool="$COUNT_N" -f src/test/perf/escalation-pool.sql 2> /dev/null | grep -E '^[0-9a-f-]{36}$' \
        > $OUT/ids-escalations.txt
    fi
    printf '%s\t%s\n' "$NAME" "$(count_statements)" >> $OUT/statements-$size.tsv
  done
  superuser -c "ALTER DATABASE $DB RESET log_min_duration_statement"
  reconnect_pool
  echo "== removing what the write cases wrote"
  [ -n "${writes_since:-}" ] && app_db -v since="$writes_since" -f src/test/perf/undo-writes.sql
  RSS_MB=$(($(ps -o rss= -p $PID) / 1024))
  # Where the memory is: the JVM's own account (native memory tracking, summary) and the heap's.
  { jcmd $PID VM.native_memory summary; jcmd $PID GC.heap_info; } > $OUT/memory.txt 2>&1 || true
  if [ -n "$PROFILE" ] && [ "$size" = "$PROFILE_AT" ]; then
    for spec in "${CASES[@]}"; do
      use_case "$spec"
      [[ $NAME =~ $PROFILE ]] || continue
      if [ "$NAME" = "page queue status=NEW (ajax)" ]; then filtered_queue_sessions; fi
      echo "== profiling $NAME ($DURATION s)"
      jfr=$OUT/$(echo "$NAME" | tr -cs 'a-zA-Z0-9=' '-' | sed 's/-$//')-$size.jfr
      jcmd $PID JFR.start name=case settings=profile filename="$PWD/$jfr" > /dev/null
      run_wrk "$DURATION" > /dev/null
      jcmd $PID JFR.stop name=case > /dev/null
    done
  fi
done
if ls $OUT/*.jfr > /dev/null 2>&1; then
  for jfr in $OUT/*.jfr; do
    jfr print --stack-depth 512 --events jdk.ExecutionSample "$jfr" > "${jfr%.jfr}.samples.txt"
    python3 - "${jfr%.jfr}.samples.txt" > "${jfr%.jfr}.profile.txt" <<'PY'
import collections, re, sys
# Each sample goes to the first of these parts of a request whose frame is on its stack (whole stacks:
# the portal runs with -XX:FlightRecorderOptions:stackdepth=512).
PARTS = [
    ("session read back from the data grid", r"PersistentManagerBase\.findSession|StoreBase\.readSession"),
    ("session saved to the data grid", r"HASessionStoreValve\.postInvoke|StoreBase\.writeSession"),
    ("SQL and JPA", r"^org\.eclipse\.persistence\.|^org\.postgresql\.|^com\.zaxxer\."),
    ("view state written into the page", r"StateManagerImpl\.writeState"),
    ("view state restored from the post", r"restoreView|ClientSideStateHelper\.getState"),
    ("data table rows rendered", r"DataTableRenderer\.encodeRows"),
    ("component tree built", r"FaceletViewHandlingStrategy\.buildView"),
    ("rest of rendering", r"renderView"),
    ("rest of the Faces lifecycle", r"FacesServlet\.service"),
    ("REST resources", r"^org\.glassfish\.jersey\."),
    ("sign-in and security filters", r"^org\.glassfish\.soteria\.|^com\.sun\.web\.security\.|RealmAdapter"),
    ("rest of the request (HTTP, filters)", r"CoyoteAdapter\.service|ContainerMapper\.service"),
]
top, pkg, anywhere, parts, total = (collections.Counter(), collections.Counter(), collections.Counter(),
                                     collections.Counter(), 0)
for event in open(sys.argv[1], encoding="utf-8").read().split("jdk.ExecutionSample")[1:]:
    frames = re.findall(r"^\s+([\w$.<>/]+)\(.*?line:", event, re.M)
    if not frames:
        continue
    total += 1
    top[frames[0]] += 1
    pkg[frames[0].rsplit(".", 2)[0]] += 1
    for frame in set(f for f in frames if f.startswith("io.partnerdesk.")):
        anywhere[frame] += 1
    parts[next((name for name, pattern in PARTS if any(re.search(pattern, f) for f in frames)),
               "outside requests (background threads)")] += 1
print(f"{total} execution samples")
print("\nwhere the time goes (each sample counted once, in the first part that matches):")
for name, _ in PARTS + [("outside requests (background threads)", None)]:
    print(f"{100 * parts[name] / max(total, 1):5.1f}%  {name}")
for title, counter in (("top frame, by method", top), ("top frame, by package", pkg),
                       ("PartnerDesk methods on the stack (inclusive)", anywhere)):
    print(f"\n{title}:")
    for name, n in counter.most_common(25):
        print(f"{100 * n / total:5.1f}%  {name}")
PY
  done
fi

echo
echo "== Helpdesk on PostgreSQL: first page after $((FIRST_PAGE_MS / 1000)).$(((FIRST_PAGE_MS % 1000) / 100)) s, RSS after the run ${RSS_MB} MB"
python3 - $OUT <<'PY' | tee $OUT/table.md
import csv, sys
out = sys.argv[1]
rows = list(csv.reader(open(f"{out}/results.tsv"), delimiter="\t"))
statements = {}
for size in {r[1] for r in rows}:
    for name, value in csv.reader(open(f"{out}/statements-{size}.tsv"), delimiter="\t"):
        statements[(name, size)] = value
floor = {(r[0], r[1]): float(r[2]) for r in rows if r[6] == "floor"}
print("| case | size | req/s | p50 ms | p99 ms | errors | SQL/req | vs floor |")
print("|---|---:|---:|---:|---:|---:|---:|---:|")
for name, size, rps, p50, p99, errors, kind, status in rows:
    base = {"page": "login page", "rest": "GET /api/v1/me"}.get(kind)
    ratio = f"{100 * float(rps) / floor[(base, size)]:.0f} %" if base and floor.get((base, size)) else ""
    print(f"| {name} | {int(size):,} | {float(rps):,.0f} | {p50} | {p99} | {errors} | "
          f"{statements.get((name, size), '')} | {ratio} |")
PY

# CHECK=1 (the smoke run of ./test.sh): every case must have answered, without an error.
if [ "${CHECK:-0}" = 1 ]; then
  failed=$(awk -F'\t' '$6 != 0 || $8 !~ /^2/ { print "   " $1 " at " $2 ": " $6 " errors, first answer " $8 }' $OUT/results.tsv)
  if [ -n "$failed" ]; then
    echo "helpdesk.sh: these cases failed:"
    echo "$failed"
    exit 1
  fi
  echo "helpdesk.sh: every case answered without an error"
fi
