# Sourced by ./mvnw (POSIX sh, globbing off). Vaadin builds the explorer's frontend (the
# graph canvas and charts in frontend/) with Node.js 24 or newer and would otherwise try to
# download Node from nodejs.org. When the Node on PATH is older, this puts a Node 24 and npm,
# fetched once from the npm registry (packages node-<os>-<arch> and npm) into .mvn/node, first
# on PATH. Maven's plugins and the application they start both see it.
__pa_node_version=24.21.0
__pa_npm_version=11.6.2
__pa_node_major() {
  command -v node >/dev/null 2>&1 || { echo 0; return; }
  node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0
}
if [ "$(__pa_node_major)" -lt 24 ] 2>/dev/null; then
  __pa_node_home="$(cd "$(dirname "$0")" && pwd)/.mvn/node"
  if [ ! -x "$__pa_node_home/bin/node" ] || [ ! -f "$__pa_node_home/lib/node_modules/npm/bin/npm-cli.js" ]; then
    case "$(uname -s)-$(uname -m)" in
      Linux-x86_64) __pa_platform=linux-x64 ;;
      Linux-aarch64) __pa_platform=linux-arm64 ;;
      Darwin-x86_64) __pa_platform=darwin-x64 ;;
      Darwin-arm64) __pa_platform=darwin-arm64 ;;
      *) __pa_platform="" ;;
    esac
    if [ -n "$__pa_platform" ] && command -v npm >/dev/null 2>&1; then
      echo "Pairing Atlas: fetching Node.js $__pa_node_version and npm $__pa_npm_version from the npm registry into .mvn/node" >&2
      __pa_tmp="$__pa_node_home.part"
      rm -rf "$__pa_tmp" && mkdir -p "$__pa_tmp/bin" "$__pa_tmp/lib/node_modules/npm"
      if (cd "$__pa_tmp" && npm pack --silent "node-$__pa_platform@$__pa_node_version" "npm@$__pa_npm_version" >/dev/null 2>&1) \
        && tar -xzf "$__pa_tmp/node-$__pa_platform-$__pa_node_version.tgz" -C "$__pa_tmp" package/bin/node \
        && tar -xzf "$__pa_tmp/npm-$__pa_npm_version.tgz" -C "$__pa_tmp/lib/node_modules/npm" --strip-components=1 \
        && mv "$__pa_tmp/package/bin/node" "$__pa_tmp/bin/node" \
        && ln -s ../lib/node_modules/npm/bin/npm-cli.js "$__pa_tmp/bin/npm" \
        && ln -s ../lib/node_modules/npm/bin/npx-cli.js "$__pa_tmp/bin/npx"; then
        rm -rf "$__pa_tmp/package" "$__pa_tmp"/*.tgz "$__pa_node_home"
        mv "$__pa_tmp" "$__pa_node_home"
      else
        rm -rf "$__pa_tmp"
        echo "Pairing Atlas: could not fetch Node.js from the npm registry; the frontend build needs Node.js 24 or newer on PATH." >&2
      fi
    else
      echo "Pairing Atlas: the frontend build needs Node.js 24 or newer on PATH (or npm, to fetch it)." >&2
    fi
  fi
  if [ -x "$__pa_node_home/bin/node" ]; then
    PATH="$__pa_node_home/bin:$PATH"
    export PATH
  fi
fi
