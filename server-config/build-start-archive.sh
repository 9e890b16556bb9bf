#!/usr/bin/env bash
# Builds the fast-start runtime that run-instance.sh uses when it is there (mvn package runs this, and
# so does the Docker image's build, with that image's own JVM):
#   <launcher>/launch-micro.jar  Payara Micro unpacked once, started through its launcher (a plain
#                                class path, which class-data sharing needs)
#   <launcher>/partnerdesk.jsa   the classes of a real start, archived by the JVM
#   <launcher>/config.pristine   the configuration as unpacked, restored before each start
#   <launcher>/made-from         the Payara Micro and JDBC driver it was made from (run-instance.sh
#                                uses the launcher only for those)
# The archive comes from a training run on the embedded defaults (H2, the embedded demo directory,
# demo data) on free loopback ports: the portal starts, a helpdesk agent signs in and opens the main
# pages, and the JVM writes the classes it loaded when the portal stops. A JVM started with the
# archive maps those classes instead of loading, verifying and linking them again. The archive belongs
# to the JVM that wrote it, so the image builds its own. Needs bash and java only (no curl, no python:
# the image has neither).
# Usage: server-config/build-start-archive.sh [target directory]   (after the WAR is built)
#   Reads <target>/payara-micro.jar, <target>/partnerdesk.war and <target>/server-lib/postgresql.jar
#   (or PAYARA_MICRO_JAR, PARTNERDESK_WAR, PARTNERDESK_JDBC_DRIVER, as run-instance.sh does) and writes
#   <target>/payara-launcher (or PARTNERDESK_LAUNCHER_ROOT).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
project="$(cd "$here/.." && pwd)"
target="${1:-$project/target}"
payara_jar="${PAYARA_MICRO_JAR:-$target/payara-micro.jar}"
war="${PARTNERDESK_WAR:-$target/partnerdesk.war}"
jdbc_driver="${PARTNERDESK_JDBC_DRIVER:-$target/server-lib/postgresql.jar}"
root="${PARTNERDESK_LAUNCHER_ROOT:-$target/payara-launcher}"
work="$root.training"

for file in "$payara_jar" "$war" "$jdbc_driver"; do
    if [ ! -f "$file" ]; then
        echo "build-start-archive.sh: $file is missing" >&2
        exit 2
    fi
done

# The archive holds the JDK's and Payara's classes (the portal's own are checked class by class when
# loaded and used only while unchanged), so it stays valid while the JDK, Payara Micro, the JDBC driver
# and this script stay the same: then it is reused and only the runtime's configuration is reset.
stamp="$( (java -version 2>&1; sha256sum "$payara_jar" "$jdbc_driver" "$0") | sha256sum | cut -d' ' -f1)"
# What run-instance.sh compares with the Payara Micro and driver it is given.
made_from="$(readlink -f "$payara_jar") $(stat -c %s "$payara_jar") $(readlink -f "$jdbc_driver") $(stat -c %s "$jdbc_driver")"
if [ -s "$root/partnerdesk.jsa" ] && [ -f "$root/config.pristine/domain.xml" ] \
    && [ "$(cat "$root/stamp" 2> /dev/null)" = "$stamp" ] \
    && [ "$(cat "$root/made-from" 2> /dev/null)" = "$made_from" ]; then
    rm -rf "$root/config" "$root/applications" "$root/generated" "$root/logs" "$root/autodeploy"
    cp -r "$root/config.pristine" "$root/config"
    echo "build-start-archive.sh: $root/partnerdesk.jsa is current (same JDK and Payara Micro); reused"
    exit 0
fi

rm -rf "$root" "$work"
mkdir -p "$work"
java -jar "$payara_jar" --rootdir "$root" --outputlauncher > "$work/launcher.log" 2>&1
# The launcher takes no --addlibs: the JDBC driver sits in the runtime's lib directory instead.
cp "$jdbc_driver" "$root/lib/postgresql.jar"
cp -r "$root/config" "$root/config.pristine"

# A loopback port nothing answers on.
free_port() {
    local port
    while :; do
        port=$((20000 + RANDOM % 30000))
        if ! (exec 3<> "/dev/tcp/127.0.0.1/$port") 2> /dev/null; then
            echo "$port"
            return
        fi
    done
}
http_port="$(free_port)"
ldap_port="$(free_port)"
while [ "$ldap_port" = "$http_port" ]; do ldap_port="$(free_port)"; done

# One HTTP/1.0 exchange over bash's /dev/tcp: http METHOD PATH [BODY]. Sets $status to the answer's
# status code (000 when nothing answers) and keeps the cookies the portal sets in $cookies, as a
# browser would; with $authorization set, sends it.
cookies=""
authorization=""
status=""
http() {
    local method="$1" path="$2" body="${3:-}" line name
    status=000
    { exec 3<> "/dev/tcp/127.0.0.1/$http_port"; } 2> /dev/null || return 0
    {
        printf '%s %s HTTP/1.0\r\nHost: 127.0.0.1:%s\r\n' "$method" "$path" "$http_port"
        if [ -n "$cookies" ]; then printf 'Cookie: %s\r\n' "$cookies"; fi
        if [ -n "$authorization" ]; then printf 'Authorization: %s\r\n' "$authorization"; fi
        if [ "$method" = POST ]; then
            printf 'Content-Type: application/x-www-form-urlencoded\r\nContent-Length: %s\r\n' "${#body}"
        fi
        printf '\r\n%s' "$body"
    } >&3
    IFS= read -r line <&3 || line=""
    line="${line%$'\r'}"
    status="${line#* }"
    status="${status%% *}"
    while IFS= read -r line <&3; do
        line="${line%$'\r'}"
        [ -z "$line" ] && break
        if [[ "${line,,}" == set-cookie:* ]]; then
            line="${line#*:}"
            line="${line# }"
            line="${line%%;*}"
            name="${line%%=*}"
            cookies="$(printf '%s' "$cookies" | tr ';' '\n' | sed 's/^ //' | grep -v "^$name=" | paste -sd ';' - || true)"
            cookies="${cookies:+$cookies; }$line"
        fi
    done
    cat <&3 > /dev/null
    exec 3<&-
}

PARTNERDESK_DATA_DIR="$work/data" PARTNERDESK_LDAP_PORT="$ldap_port" PARTNERDESK_DEMO_DATA=true \
    PARTNERDESK_HTTP_ADDRESS=127.0.0.1 \
    java -Xmx512m -XX:ArchiveClassesAtExit="$root/partnerdesk.jsa" \
    -Dhazelcast.socket.bind.any=false -Dhazelcast.phone.home.enabled=false \
    -jar "$root/launch-micro.jar" \
    --nocluster --disablephonehome --port "$http_port" \
    --prebootcommandfile "$here/pre-boot-single-instance.txt" \
    --deploy "$war" --contextroot / > "$work/training.log" 2>&1 &
pid=$!
stop() { kill "$pid" 2> /dev/null || true; }
trap stop EXIT

ready=false
for _ in $(seq 1 600); do
    kill -0 "$pid" 2> /dev/null || break
    http GET /login.xhtml
    if [ "$status" = 200 ]; then
        ready=true
        break
    fi
    sleep 0.2
done
if [ "$ready" != true ]; then
    echo "build-start-archive.sh: the training run did not start; see $work/training.log" >&2
    exit 1
fi

# A helpdesk agent signs in and opens the pages and endpoints used most, so that their classes are
# loaded (and archived) too.
http POST /login.xhtml \
    "login-form=login-form&username=hana&password=Passw0rd%21&next=&sign-in=&jakarta.faces.ViewState=stateless"
for path in /index.xhtml /support/queue.xhtml /support/servicerequests.xhtml /customers/list.xhtml \
    /servicehealth/dashboard.xhtml /health/ready; do
    http GET "$path"
    if [ "$status" != 200 ]; then
        echo "build-start-archive.sh: the training run answered $status for $path; see $work/training.log" >&2
        exit 1
    fi
done
cookies=""
authorization="Basic $(printf '%s' 'hana:Passw0rd!' | base64)"
for path in /api/v1/me "/api/v1/supportrequests?size=25"; do
    http GET "$path"
    if [ "$status" != 200 ]; then
        echo "build-start-archive.sh: the training run answered $status for $path; see $work/training.log" >&2
        exit 1
    fi
done

trap - EXIT
kill "$pid"
wait "$pid" || true
if [ ! -s "$root/partnerdesk.jsa" ]; then
    echo "build-start-archive.sh: the JVM wrote no archive; see $work/training.log" >&2
    exit 1
fi
# What the training run left behind goes; the configuration is the one Payara unpacked.
rm -rf "$root/config" "$root/applications" "$root/generated" "$root/logs" "$root/autodeploy" "$work"
cp -r "$root/config.pristine" "$root/config"
echo "$stamp" > "$root/stamp"
echo "$made_from" > "$root/made-from"
echo "build-start-archive.sh: $root/partnerdesk.jsa ($(($(stat -c %s "$root/partnerdesk.jsa") / 1048576)) MB)"
