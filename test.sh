#!/usr/bin/env bash
# PartnerDesk's test command on a fresh Debian or Ubuntu machine: installs what the tests need and
# is missing (Chromium and its driver, OpenLDAP's slapd and ldap-utils, the PostgreSQL server, wrk),
# starts PostgreSQL, prepares the tests' login role, then runs `mvn -B verify` with the arguments
# given here and, when that passed and ran every test, a smoke run of the helpdesk benchmark on
# PostgreSQL (src/test/perf/helpdesk.sh: 1,000 requests, a second per case; it fails when a case
# answers an error). It asks nothing. On a machine that has all of it, `mvn verify` is the same run
# without the smoke run.
#
#   ./test.sh                  everything (about 20 minutes on two cores)
#   ./test.sh --check          only says what is missing and what would be done
#   ./test.sh -Dit.test=SignInIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
#                              Maven arguments are passed on
set -euo pipefail
cd "$(dirname "$0")"

check_only=false
maven_args=()
for arg in "$@"; do
    if [ "$arg" = "--check" ]; then
        check_only=true
    else
        maven_args+=("$arg")
    fi
done

# The role and database the production tests use, as the build passes them (pom.xml).
pg_role=partnerdesk_it
pg_password=partnerdesk_it-secret
production=true
smoke=true
for arg in "${maven_args[@]+"${maven_args[@]}"}"; do
    case "$arg" in
        -Dit.pg.database=*) pg_role="${arg#*=}" ;;
        -Dit.pg.password=*) pg_password="${arg#*=}" ;;
        -Dskip.production=true | -DskipITs | -DskipITs=true | -DskipTests | -DskipTests=true) production=false ;;
        -Dit.test=* | -Dtest=* | -Dskip.startArchive=true) smoke=false ;;
    esac
done
[ "$production" = true ] || smoke=false
if ! [[ "$pg_role" =~ ^[a-z_][a-z0-9_]*$ ]] || [[ "$pg_password" == *"'"* ]]; then
    echo "test.sh: -Dit.pg.database must be a plain lower-case name and -Dit.pg.password must not hold a quote" >&2
    exit 2
fi

role_sql="CREATE ROLE $pg_role LOGIN CREATEDB PASSWORD '$pg_password'"

# Root runs the privileged steps itself, anyone else through sudo; without either the script
# explains the manual steps instead.
if [ "$(id -u)" = 0 ]; then
    as_root=()
    as_postgres=(runuser -u postgres --)
elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
    as_postgres=(sudo -u postgres)
else
    as_root=(false)
    as_postgres=(false)
fi

refuse() {
    echo >&2
    echo "test.sh cannot $1 here (it needs root or sudo). The manual steps, as root:" >&2
    echo "  echo 'slapd slapd/no_configuration boolean true' | debconf-set-selections" >&2
    echo "  DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver slapd ldap-utils postgresql" >&2
    echo "  pg_ctlcluster --skip-systemctl-redirect <version> main start    # when PostgreSQL is not running" >&2
    echo "  runuser -u postgres -- psql -c \"$role_sql\"" >&2
    echo "Then \`mvn verify\` runs the tests (on a machine that has all of this, it is the whole test command)." >&2
    exit 1
}

if ! command -v mvn >/dev/null 2>&1 || ! command -v java >/dev/null 2>&1; then
    echo "test.sh: Java 17 and Maven 3.8 or newer are needed first (apt-get install openjdk-17-jdk-headless maven)" >&2
    exit 1
fi

# 1. Packages. The production tests run Debian's slapd with their own configuration under target/;
# the package's own instance is never configured or started.
packages=()
[ -x /usr/bin/chromium ] || packages+=(chromium)
[ -x /usr/bin/chromedriver ] || packages+=(chromium-driver)
if [ "$production" = true ]; then
    [ -x /usr/sbin/slapd ] || packages+=(slapd)
    command -v ldapsearch >/dev/null 2>&1 || packages+=(ldap-utils)
    compgen -G "/usr/lib/postgresql/*/bin/postgres" >/dev/null || packages+=(postgresql)
fi
if [ "$smoke" = true ]; then
    command -v wrk >/dev/null 2>&1 || packages+=(wrk)
fi

if [ ${#packages[@]} -gt 0 ]; then
    echo "test.sh will install with apt-get: ${packages[*]}"
    echo "  (Chromium and its driver for the browser tests; slapd, ldap-utils and the PostgreSQL server"
    echo "   for the production tests; wrk for the benchmark's smoke run)"
    if [ "$check_only" = true ]; then
        :
    elif ! "${as_root[@]}" true 2>/dev/null; then
        refuse "install ${packages[*]}"
    else
        echo "slapd slapd/no_configuration boolean true" | "${as_root[@]}" debconf-set-selections
        "${as_root[@]}" apt-get update -qq
        "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null
        echo "Installed ${packages[*]}"
    fi
else
    if [ "$production" = true ]; then
        echo "test.sh: Chromium, chromedriver, slapd and PostgreSQL are installed"
    else
        echo "test.sh: Chromium and chromedriver are installed"
    fi
fi

# The PostgreSQL cluster on port 5432, else the newest; created when the package made none (some
# container images install it with create_main_cluster off).
pg_cluster() {
    pg_lsclusters -h 2>/dev/null | awk '$3 == 5432 { print $1, $2; found = 1; exit } END { if (!found) exit 1 }' \
        || pg_lsclusters -h 2>/dev/null | sort -V | tail -n 1 | awk '{ print $1, $2 }'
}

if [ "$production" = true ] && [ "$check_only" = false ]; then
    # 2. The server. Debian's packages start it through systemd where there is one; in containers
    # and on CI nothing starts it, so the cluster is started directly.
    if ! pg_isready -q -h 127.0.0.1 -p 5432; then
        read -r pg_version pg_name < <(pg_cluster) || true
        if [ -z "${pg_version:-}" ]; then
            pg_version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
            pg_name=main
            echo "Creating the PostgreSQL $pg_version cluster $pg_name"
            "${as_root[@]}" pg_createcluster "$pg_version" "$pg_name" >/dev/null || refuse "create a PostgreSQL cluster"
        fi
        echo "Starting PostgreSQL $pg_version/$pg_name"
        "${as_root[@]}" pg_ctlcluster --skip-systemctl-redirect "$pg_version" "$pg_name" start \
            || refuse "start PostgreSQL"
        for _ in $(seq 1 30); do
            pg_isready -q -h 127.0.0.1 -p 5432 && break
            sleep 1
        done
        pg_isready -q -h 127.0.0.1 -p 5432 || {
            echo "test.sh: PostgreSQL $pg_version/$pg_name did not answer on 127.0.0.1:5432 (pg_lsclusters shows its port)" >&2
            exit 1
        }
    fi

    # 3. The tests' login role: it may create databases and nothing more. Left alone when it already
    # signs in with its password; otherwise made (or given that password) as the postgres account,
    # whose peer authentication works on a fresh install.
    if ! PGPASSWORD="$pg_password" psql -h 127.0.0.1 -p 5432 -U "$pg_role" -d postgres -qtAc \
        "SELECT 1 FROM pg_roles WHERE rolname = current_user AND rolcreatedb" 2>/dev/null | grep -q 1; then
        echo "Preparing the PostgreSQL login role $pg_role"
        "${as_postgres[@]}" psql -q -v ON_ERROR_STOP=1 -d postgres <<SQL || refuse "prepare the PostgreSQL role $pg_role"
DO \$\$
BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = '$pg_role') THEN
        ALTER ROLE $pg_role LOGIN CREATEDB PASSWORD '$pg_password';
    ELSE
        $role_sql;
    END IF;
END
\$\$;
SQL
    fi
elif [ "$production" = true ]; then
    if pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
        echo "test.sh: PostgreSQL answers on 127.0.0.1:5432; the role $pg_role is checked and prepared when missing"
    else
        echo "test.sh will start PostgreSQL (pg_ctlcluster --skip-systemctl-redirect ... start) and prepare the role $pg_role"
    fi
fi

if [ "$check_only" = true ]; then
    echo "test.sh --check: then it runs: mvn -B verify ${maven_args[*]+"${maven_args[*]}"}"
    [ "$smoke" = true ] && echo "  and then: SMOKE=1 CHECK=1 WARMUP=1 DURATION=1 COUNT_N=2 src/test/perf/helpdesk.sh"
    exit 0
fi

# 4. The tests. The build checks once more, before the first integration test, that everything is
# there (support/checks/TestPrerequisites).
# Each test class's output (the servers' logs among it) is kept in target/failsafe-reports*/; when a
# class fails, the errors its server logged are printed here, so that a failure on CI explains itself.
server_errors() {
    local report class
    for report in target/failsafe-reports*/*.txt; do
        case "$report" in *-output.txt) continue ;; esac
        grep -qE "FAILURE|ERROR" "$report" 2>/dev/null || continue
        class="${report%.txt}"
        [ -f "$class-output.txt" ] || continue
        echo "---- what the server logged while ${class##*/} ran (errors and warnings, first 40 lines)"
        grep -E "SEVERE|WARNING|Exception|Caused by|still taken|did not stop|Deployed\"" "$class-output.txt" \
            | grep -v -e "^\s*at " -e "Unable to find CDP implementation" -e "NCLS-MON-00506" \
                -e "FlashlightProbeProvider" -e "failed to unregister it" | head -n 40
    done
}
if ! mvn -B verify "${maven_args[@]+"${maven_args[@]}"}"; then
    server_errors
    exit 1
fi

# 5. The benchmark's smoke run: the portal started the production way on PostgreSQL, every helpdesk
# case measured for a second at 1,000 requests and its statements counted (about two minutes).
if [ "$smoke" = true ]; then
    echo "test.sh: smoke run of the helpdesk benchmark (src/test/perf/helpdesk.sh)"
    SMOKE=1 CHECK=1 WARMUP=1 DURATION=1 COUNT_N=2 src/test/perf/helpdesk.sh
fi
