#!/usr/bin/env bash
# Installs Node 22 from npm's `node` package (a real binary, ~185 MB) into a folder of its own
# (.node22/, git-ignored; NODE22_DIR to change it) unless it is there already, and prints the
# folder holding its `node`. Shared by `pnpm run test:node22` and the ecosystem's runtime matrix.
set -euo pipefail
cd "$(dirname "$0")/.."

NODE22_VERSION="${NODE22_VERSION:-22.23.3}"
NODE22_DIR="${NODE22_DIR:-$PWD/.node22}"
NODE22_BIN="$NODE22_DIR/node_modules/node/bin"

if [ "$("$NODE22_BIN/node" --version 2>/dev/null)" != "v$NODE22_VERSION" ]; then
  echo "installing node@$NODE22_VERSION into $NODE22_DIR" >&2
  npm install --prefix "$NODE22_DIR" --no-save --no-package-lock --no-audit --no-fund --loglevel=error "node@$NODE22_VERSION" >&2
fi
[ "$("$NODE22_BIN/node" --version)" = "v$NODE22_VERSION" ] || { echo "$NODE22_BIN/node is not v$NODE22_VERSION" >&2; exit 1; }
echo "$NODE22_BIN"
