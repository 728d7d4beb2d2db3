#!/usr/bin/env bash
# The national-scale benchmark in one command: fetches the division tree and the peer's
# packages if missing, then measures our API, raw Cypher and the Neo4j GraphQL Library at
# three graph sizes. The graphs are built once in target/scale-data/ (about 5 minutes for
# the national one) and reused; the report is written to target/scale-benchmark.md.
#
#   bench/run.sh                         # all three sizes
#   bench/run.sh -Dscale.sizes=seed      # one size; also -Dscale.seconds=3 -Dscale.clients=4
#   bench/run.sh -Dscale.sizes=seed -Dscale.questions=neighbourhood,path   # only these questions, quickly
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -f graph-seed/national/.cache/package/dist/villages.csv ]; then
    graph-seed/national/fetch-divisions.sh
fi
# Node and npm: the copy ./mvnw provides in .mvn/node, or the machine's.
PATH="$PWD/.mvn/node/bin:$PATH"
if [ ! -d bench/peer/node_modules ]; then
    (cd bench/peer && npm ci --no-audit --no-fund)
fi
exec ./mvnw -B verify -Pscale-benchmark "$@"
