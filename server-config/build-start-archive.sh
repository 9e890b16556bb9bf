#!/usr/bin/env bash
# Builds the fast-start runtime that run-instance.sh uses when it is there (mvn package runs this):
#   target/payara-launcher/launch-micro.jar  Payara Micro unpacked once, started through its launcher
#                                            (a plain class path, which class-data sharing needs)
#   target/payara-launcher/partnerdesk.jsa   the classes of a real start, archived by the JVM
#   target/payara-launcher/config.pristine   the configuration as unpacked, restored before each start
# The archive comes from a training run on the embedded defaults (H2, the embedded demo directory,
# demo data) on free loopback ports: the portal starts, a helpdesk agent signs in and opens the main
# pages, and the JVM writes the classes it loaded when the portal stops. A JVM started with the
# archive maps those classes instead of loading, verifying and linking them again.
# Usage: server-config/build-start-archive.sh [target directory]   (after the WAR is built)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
project="$(cd "$here/.." && pwd)"
target="${1:-$project/target}"
root="$target/payara-launcher"
work="$target/start-archive"

for file in "$target/payara-micro.jar" "$target/partnerdesk.war" "$target/server-lib/postgresql.jar"; do
    if [ ! -f "$file" ]; then
        echo "build-start-archive.sh: $file is missing" >&2
        exit 2
    fi
done

# The archive holds the JDK's and Payara's classes (the portal's own are checked class by class when
# loaded and used only while unchanged), so it stays valid while the JDK, Payara Micro, the JDBC driver
# and this script stay the same: then it is reused and only the runtime's configuration is reset.
stamp="$( (java -version 2>&1; sha256sum "$target/payara-micro.jar" "$target/server-lib/postgresql.jar" "$0") \
    | sha256sum | cut -d' ' -f1)"
if [ -s "$root/partnerdesk.jsa" ] && [ -f "$root/config.pristine/domain.xml" ] \
    && [ "$(cat "$root/stamp" 2> /dev/null)" = "$stamp" ]; then
    rm -rf "$root/config" "$root/applications" "$root/generated" "$root/logs" "$root/autodeploy"
    cp -r "$root/config.pristine" "$root/config"
    echo "build-start-archive.sh: $root/partnerdesk.jsa is current (same JDK and Payara Micro); reused"
    exit 0
fi

rm -rf "$root" "$work"
mkdir -p "$work"
java -jar "$target/payara-micro.jar" --rootdir "$root" --outputlauncher > "$work/launcher.log" 2>&1
# The launcher takes no --addlibs: the JDBC driver sits in the runtime's lib directory instead.
cp "$target/server-lib/postgresql.jar" "$root/lib/"
cp -r "$root/config" "$root/config.pristine"

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
http_port="$(free_port)"
ldap_port="$(free_port)"
base="http://127.0.0.1:$http_port"

PARTNERDESK_DATA_DIR="$work/data" PARTNERDESK_LDAP_PORT="$ldap_port" PARTNERDESK_DEMO_DATA=true \
    java -Xmx512m -XX:ArchiveClassesAtExit="$root/partnerdesk.jsa" \
    -Dhazelcast.socket.bind.any=false -Dhazelcast.phone.home.enabled=false \
    -jar "$root/launch-micro.jar" \
    --nocluster --disablephonehome --port "$http_port" \
    --prebootcommandfile "$here/pre-boot-single-instance.txt" \
    --deploy "$target/partnerdesk.war" --contextroot / > "$work/training.log" 2>&1 &
pid=$!
stop() { kill "$pid" 2> /dev/null || true; }
trap stop EXIT

ready=false
for _ in $(seq 1 600); do
    kill -0 "$pid" 2> /dev/null || break
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/login.xhtml")" = 200 ]; then
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
jar="$work/cookies"
curl -s -o /dev/null -c "$jar" -b "$jar" \
    --data "login-form=login-form&username=hana&password=Passw0rd%21&next=&sign-in=&jakarta.faces.ViewState=stateless" \
    "$base/login.xhtml"
for path in /index.xhtml /support/queue.xhtml /support/servicerequests.xhtml /customers/list.xhtml \
    /audit/list.xhtml /servicehealth/dashboard.xhtml /health/ready; do
    curl -s -o /dev/null -c "$jar" -b "$jar" "$base$path"
done
curl -s -o /dev/null -u 'hana:Passw0rd!' "$base/api/v1/me"
curl -s -o /dev/null -u 'hana:Passw0rd!' "$base/api/v1/supportrequests?size=25"

trap - EXIT
kill "$pid"
wait "$pid" || true
if [ ! -s "$root/partnerdesk.jsa" ]; then
    echo "build-start-archive.sh: the JVM wrote no archive; see $work/training.log" >&2
    exit 1
fi
# What the training run left behind goes; the configuration is the one Payara unpacked.
rm -rf "$root/config" "$root/applications" "$root/generated" "$root/logs" "$root/autodeploy" "$work/data"
cp -r "$root/config.pristine" "$root/config"
echo "$stamp" > "$root/stamp"
echo "build-start-archive.sh: $root/partnerdesk.jsa ($(($(stat -c %s "$root/partnerdesk.jsa") / 1048576)) MB)"
