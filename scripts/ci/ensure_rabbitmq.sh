#!/usr/bin/env bash
# Make sure a RabbitMQ server answers on 127.0.0.1:5672 with the virtual host
# "triglot-tests" open to guest, for the model-worker tests over AMQP
# (tests/test_workers.py, which empty the queues of that virtual host and nothing else):
# the server already running (these machines run one), else one installed from the
# system's packages (Debian/Ubuntu: apt-get install rabbitmq-server) and started.
set -euo pipefail

AMQP_HOST=127.0.0.1
AMQP_PORT=5672
VHOST=triglot-tests

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

amqp_answers() {
    # An AMQP server answers a wrong protocol header with its own ("AMQP\0\0\9\1"), closes.
    { exec 3<>"/dev/tcp/$AMQP_HOST/$AMQP_PORT"; } 2>/dev/null || return 1  # braces: exec alone would keep the 2>/dev/null
    printf 'HELLO\r\n\r\n' >&3
    local reply
    reply="$(timeout 5 head -c 4 <&3 2>/dev/null || true)"
    exec 3<&- 3>&-
    [ "$reply" = "AMQP" ]
}

if amqp_answers; then
    echo "ci: RabbitMQ answers on $AMQP_HOST:$AMQP_PORT" >&2
else
    echo "ci: no RabbitMQ on $AMQP_HOST:$AMQP_PORT; starting one from the system's packages" >&2
    if ! command -v rabbitmq-server >/dev/null 2>&1; then
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq rabbitmq-server \
            >/dev/null
    fi
    as_root rabbitmq-server -detached >/dev/null 2>&1 || true
    for _ in $(seq 60); do
        amqp_answers && break
        sleep 1
    done
    amqp_answers || { echo "ci: RabbitMQ did not start" >&2; exit 1; }
fi
as_root rabbitmqctl await_startup >/dev/null
as_root rabbitmqctl add_vhost "$VHOST" >/dev/null 2>&1 || true  # already there: fine
as_root rabbitmqctl set_permissions -p "$VHOST" guest '.*' '.*' '.*' >/dev/null
echo "ci: RabbitMQ virtual host $VHOST ready for guest" >&2
