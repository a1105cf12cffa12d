#!/usr/bin/env bash
# `pnpm run test:node22`: the whole test suite again on Node 22, our second supported major.
# Node 22 comes from scripts/install-node22.sh (npm's `node` package in .node22/), put first on
# PATH for this run only. NODE_VERSION is in turbo's globalEnv, so results cached under Node 20
# are not reused.
set -euo pipefail
cd "$(dirname "$0")/.."

NODE22_BIN="$(bash scripts/install-node22.sh)"
export PATH="$NODE22_BIN:$PATH"
export NODE_VERSION="$(node --version)"
echo "running the test suite on Node $NODE_VERSION"
pnpm test
