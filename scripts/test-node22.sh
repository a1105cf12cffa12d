#!/usr/bin/env bash
# `pnpm run test:node22`: the whole test suite again on Node 22, our second supported major.
# Node 22 comes from npm's `node` package (a real binary, ~185 MB), installed into a folder of its
# own (.node22/, git-ignored; NODE22_DIR to change it) and put first on PATH for this run only.
# NODE_VERSION is in turbo's globalEnv, so results cached under Node 20 are not reused.
set -euo pipefail
cd "$(dirname "$0")/.."

NODE22_VERSION="${NODE22_VERSION:-22.23.3}"
NODE22_DIR="${NODE22_DIR:-$PWD/.node22}"
NODE22_BIN="$NODE22_DIR/node_modules/node/bin"

if [ "$("$NODE22_BIN/node" --version 2>/dev/null)" != "v$NODE22_VERSION" ]; then
  echo "installing node@$NODE22_VERSION into $NODE22_DIR"
  npm install --prefix "$NODE22_DIR" --no-save --no-package-lock --no-audit --no-fund --loglevel=error "node@$NODE22_VERSION"
fi

export PATH="$NODE22_BIN:$PATH"
export NODE_VERSION="$(node --version)"
[ "$NODE_VERSION" = "v$NODE22_VERSION" ] || { echo "node on PATH is $NODE_VERSION, expected v$NODE22_VERSION" >&2; exit 1; }
echo "running the test suite on Node $NODE_VERSION"
pnpm test
