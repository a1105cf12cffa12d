#!/usr/bin/env bash
# `pnpm run release:status`: the release dry run CI does. `changeset status` compares HEAD with the
# base branch (`main`, .changeset/config.json) and fails when a package changed without a
# changeset; it lists what the next `changeset version` would release. It needs the base in git:
# a local `main`, else `origin/main` (a clone checked out at another branch or commit may have
# only the latter).
set -euo pipefail
cd "$(dirname "$0")/.."

if git rev-parse --verify --quiet main >/dev/null; then
  since=main
elif git rev-parse --verify --quiet origin/main >/dev/null; then
  since=origin/main
else
  echo "release:status: no main or origin/main in this clone (a tarball or a shallow single-branch clone?); fetch main to check changesets" >&2
  exit 1
fi
pnpm exec changeset status --verbose --since="$since"
