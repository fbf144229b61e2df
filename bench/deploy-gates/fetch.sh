#!/usr/bin/env bash
# Clones every repository of repos.tsv at its pinned commit into DIR/<name>.
#
#   bench/deploy-gates/fetch.sh DIR
#
# A bench, not part of the build: CI never runs it.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec "$here/../model-lint/fetch.sh" "${1:?usage: $0 DIR}" "$here/repos.tsv"
