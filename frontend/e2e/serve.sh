#!/usr/bin/env bash
# Starts the real tradewind binary for the browser tests: the SPA built and
# embedded, demo mode, a fresh data directory removed afterwards.
# E2E_SKIP_BUILD=1 reuses frontend/dist as it is; E2E_BINARY=/path/to/tradewind
# runs a binary built elsewhere (it must embed this frontend/dist); E2E_KEEP_DATA=1
# keeps the data directory for a look after a failure.
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ "${E2E_SKIP_BUILD:-}" != "1" ] && [ -z "${E2E_BINARY:-}" ]; then
  npm run build >&2
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/tradewind-e2e.XXXXXX")"
mkdir "$work/data"
binary="${E2E_BINARY:-}"
if [ -z "$binary" ]; then
  binary="$work/tradewind"
  go build -o "$binary" ./cmd/tradewind
fi

"$binary" serve --demo --addr "127.0.0.1:${E2E_PORT:-18080}" --data-dir "$work/data" &
server=$!
stop() {
  kill -TERM "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  if [ "${E2E_KEEP_DATA:-}" = "1" ]; then echo "kept $work" >&2; else rm -rf "$work"; fi
}
trap stop EXIT INT TERM
wait "$server"
