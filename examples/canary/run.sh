#!/usr/bin/env bash
# The canary and post-deploy phases against loopback stand-ins, as a pipeline would run them:
#
#   examples/canary/run.sh
#
# Starts fake_services.py (a health endpoint that turns unhealthy at its third answer, and a
# Prometheus whose 5xx count from Mistral is over the threshold), then runs
# `check --phase canary` (fails at the third sample, about 4 seconds in) and
# `check --phase post-deploy` (fails on MR-PRM-010). Needs python3. Exits 0 when both phases
# failed as they should, so the demo itself can be checked.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"

read -r health_port prometheus_port < <(python3 -c '
import socket
ports = []
for _ in range(2):
    s = socket.socket(); s.bind(("127.0.0.1", 0)); ports.append(s.getsockname()[1]); s.close()
print(*ports)')
python3 "$here/fake_services.py" "$health_port" "$prometheus_port" &
services=$!
trap 'kill "$services" 2>/dev/null || true' EXIT
for _ in $(seq 50); do
  python3 -c "import socket,sys; socket.create_connection(('127.0.0.1', $prometheus_port), 1)" 2>/dev/null && break
  sleep 0.1
done

export MISTRAL_READY_CANARY_URL="http://127.0.0.1:$health_port/health"
export PROMETHEUS_URL="http://127.0.0.1:$prometheus_port"

echo "== canary: watch the canary's health; a failure here means: kubectl rollout undo"
canary=0; "$root/dist/mistral-ready" check "$here" --phase canary || canary=$?
echo
echo "== post-deploy: the error rate in monitoring"
post=0; "$root/dist/mistral-ready" check "$here" --phase post-deploy || post=$?
echo
echo "canary phase exited $canary, post-deploy phase exited $post (1 and 1 expected)"
[[ "$canary" == 1 && "$post" == 1 ]]
