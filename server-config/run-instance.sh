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

# The data grid binds the chosen interface only (Hazelcast binds every interface otherwise), and
# neither Payara nor Hazelcast reports usage anywhere.
exec java ${PARTNERDESK_JAVA_OPTS:--Xmx768m} \
    -Dhazelcast.socket.bind.any=false \
    -Dhazelcast.phone.home.enabled=false \
    -jar "$payara_jar" \
    --name "$name" \
    --port "${PARTNERDESK_HTTP_PORT:-8080}" \
    --disablephonehome \
    "${cluster_options[@]}" \
    --addlibs "$jdbc_driver" \
    --prebootcommandfile "$here/pre-boot-commands.txt" \
    --postbootcommandfile "$post_boot" \
    --deploy "$war" \
    --contextroot / \
    "$@"
