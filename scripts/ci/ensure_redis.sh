#!/usr/bin/env bash
# Make sure a Redis server answers on 127.0.0.1:6379 for the model-worker tests
# (tests/test_workers.py, which use databases 8 to 15 and empty them): the one already
# running (these machines run one), else one installed from the system's packages
# (Debian/Ubuntu: apt-get install redis-server) and started in the background.
set -euo pipefail

REDIS_HOST=127.0.0.1
REDIS_PORT="${CI_REDIS_PORT:-6379}"   # a different port only to try this script out

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

redis_answers() {
    if command -v redis-cli >/dev/null 2>&1; then
        [ "$(redis-cli -h "$REDIS_HOST" -p "$REDIS_PORT" ping 2>/dev/null)" = "PONG" ]
    else
        # A bare PING over TCP: the server's first line is +PONG.
        { exec 3<>"/dev/tcp/$REDIS_HOST/$REDIS_PORT"; } 2>/dev/null || return 1  # braces: exec alone would keep the 2>/dev/null
        printf 'PING\r\n' >&3
        local line
        read -r -t 2 line <&3 || line=""
        exec 3<&- 3>&-
        [ "${line%$'\r'}" = "+PONG" ]
    fi
}

if redis_answers; then
    echo "ci: Redis answers on $REDIS_HOST:$REDIS_PORT" >&2
    exit 0
fi
echo "ci: no Redis on $REDIS_HOST:$REDIS_PORT; starting one from the system's packages" >&2
if ! command -v redis-server >/dev/null 2>&1; then
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
fi
# A throw-away server for tests: loopback only, nothing saved to disk.
redis-server --bind "$REDIS_HOST" --port "$REDIS_PORT" --save "" --appendonly no \
    --daemonize yes --logfile /tmp/ci-redis.log
for _ in $(seq 30); do
    redis_answers && exit 0
    sleep 1
done
echo "ci: Redis did not start; see /tmp/ci-redis.log" >&2
exit 1
