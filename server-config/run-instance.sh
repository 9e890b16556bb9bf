#!/usr/bin/env bash
# Starts one PartnerDesk instance on Payara Micro the production way: the PostgreSQL pool, mail
# session and listener address come from server-config/*.txt, the data grid joins the instances
# listed in PARTNERDESK_CLUSTER_MEMBERS over TCP/IP on one interface (no multicast).
# The Docker image runs this same script; every setting is an environment variable (README.md here).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
project="$(cd "$here/.." && pwd)"

payara_jar="${PAYARA_MICRO_JAR:-$project/target/payara-micro.jar}"
war="${PARTNERDESK_WAR:-$project/target/partnerdesk.war}"
jdbc_driver="${PARTNERDESK_JDBC_DRIVER:-$project/target/server-lib/postgresql.jar}"

for file in "$payara_jar" "$war" "$jdbc_driver"; do
    if [ ! -f "$file" ]; then
        echo "run-instance.sh: $file is missing; build it with: mvn -B package -DskipTests" >&2
        exit 2
    fi
done
if [ -z "${PARTNERDESK_DB_PASSWORD:-}" ]; then
    echo "run-instance.sh: set PARTNERDESK_DB_PASSWORD (the database account's password)" >&2
    exit 2
fi

name="${PARTNERDESK_INSTANCE_NAME:-partnerdesk-$(hostname -s 2>/dev/null || echo local)}"
cluster_interface="${PARTNERDESK_CLUSTER_INTERFACE:-127.0.0.1}"
cluster_port="${PARTNERDESK_CLUSTER_PORT:-6900}"
cluster_members="${PARTNERDESK_CLUSTER_MEMBERS:-127.0.0.1:6900,127.0.0.1:6901}"

cluster_options=(--clustername "${PARTNERDESK_CLUSTER_NAME:-partnerdesk}"
    --clustermode "tcpip:$cluster_members"
    --interfaces "$cluster_interface"
    --startport "$cluster_port"
    --nohostaware)
if [ -n "${PARTNERDESK_CLUSTER_PUBLIC_ADDRESS:-}" ]; then
    cluster_options+=(--hzpublicaddress "$PARTNERDESK_CLUSTER_PUBLIC_ADDRESS")
fi

# The mail session mail/partnerdesk exists only when there is a mail server to name (Payara Micro
# takes one post-boot file, so the two are joined; the file holds references, never values).
post_boot="$here/post-boot-commands.txt"
if [ -n "${PARTNERDESK_MAIL_HOST:-}" ]; then
    if [ -n "${PARTNERDESK_MAIL_USERNAME:-}" ]; then
        export PARTNERDESK_MAIL_SMTP_AUTH=true
    else
        export PARTNERDESK_MAIL_SMTP_AUTH=false
    fi
    post_boot="${TMPDIR:-/tmp}/partnerdesk-$name-post-boot-commands.txt"
    cat "$here/post-boot-commands.txt" "$here/post-boot-mail-commands.txt" > "$post_boot"
fi

# Fast start: when the build made it (server-config/build-start-archive.sh), Payara Micro starts from
# its unpacked launcher with the archive of a real start's classes (class-data sharing), which roughly
# halves the time to the first page. The launcher always uses its own runtime directory, so one
# instance per host holds it (a lock for the instance's lifetime); that instance starts from the
# configuration as unpacked, like any other start. A further instance on the same host, or
# PARTNERDESK_FAST_START=false, starts the classic way from payara-micro.jar; so does a launcher made
# from another Payara Micro or JDBC driver than the ones this start is given.
launcher_root="${PARTNERDESK_LAUNCHER_ROOT:-$project/target/payara-launcher}"
runtime=(-jar "$payara_jar" --addlibs "$jdbc_driver")
start_options=()
made_from="$(readlink -f "$payara_jar") $(stat -c %s "$payara_jar") $(readlink -f "$jdbc_driver") $(stat -c %s "$jdbc_driver")"
if [ "${PARTNERDESK_FAST_START:-true}" = true ] \
    && [ -f "$launcher_root/launch-micro.jar" ] && [ -f "$launcher_root/partnerdesk.jsa" ] \
    && [ "$(cat "$launcher_root/made-from" 2> /dev/null)" = "$made_from" ]; then
    exec 9> "$launcher_root/instance.lock"
    if flock -n 9; then
        rm -rf "$launcher_root/config" "$launcher_root/applications" "$launcher_root/generated" \
            "$launcher_root/autodeploy" "$launcher_root/logs"
        cp -r "$launcher_root/config.pristine" "$launcher_root/config"
        runtime=(-jar "$launcher_root/launch-micro.jar")
        start_options=(-XX:SharedArchiveFile="$launcher_root/partnerdesk.jsa" -Xshare:auto)
        # (The launcher names its directory itself and says so if --rootdir was given.)
    else
        exec 9>&-
    fi
fi

# Memory for a host of two cores and about a gigabyte: the serial collector (the parallel ones keep
# structures of tens of megabytes and gain nothing on two cores), the heap given back when it is
# mostly free, and two malloc arenas (glibc makes one per core per thread otherwise). The code cache
# keeps the JVM's size: capped at 96 MB its half for profiled code filled under a day's mix of pages,
# and the JIT then threw compiled code away and compiled it again without end (the customer list
# answered 70 pages a second where it answers 135). On a bigger host set PARTNERDESK_MEMORY_OPTS to
# what suits it ("" for the JVM's own).
memory_options=(${PARTNERDESK_MEMORY_OPTS--XX:+UseSerialGC -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30})
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"

# The data grid binds the chosen interface only (Hazelcast binds every interface otherwise), and
# neither Payara nor Hazelcast reports usage anywhere.
exec java ${PARTNERDESK_JAVA_OPTS:--Xmx768m} \
    "${memory_options[@]}" \
    "${start_options[@]}" \
    -Dhazelcast.socket.bind.any=false \
    -Dhazelcast.phone.home.enabled=false \
    "${runtime[@]}" \
    --name "$name" \
    --port "${PARTNERDESK_HTTP_PORT:-8080}" \
    --disablephonehome \
    "${cluster_options[@]}" \
    --prebootcommandfile "$here/pre-boot-commands.txt" \
    --postbootcommandfile "$post_boot" \
    --deploy "$war" \
    --contextroot / \
    "$@"
