#!/usr/bin/env bash
# The soak in one command: the application on the seed graph, in this JVM, answers a
# fixed rate of requests for a fixed time; it fails on any error or on heap growth after
# the first minute. The per-minute table is written to target/soak.md.
#
#   bench/soak.sh                                      # 10 minutes at 20 requests/s
#   bench/soak.sh -Dsoak.minutes=60 -Dsoak.rate=100
set -euo pipefail
cd "$(dirname "$0")/.."
exec ./mvnw -B verify -Psoak "$@"
