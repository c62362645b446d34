#!/bin/sh
# npm test's tests, in two Vitest runs at once. The browser tests wait on the app much of the
# time: on a slow 2-core machine the CPU was a third idle over them. The server, web and
# reliability tests are bound by the CPU. One after the other they took 827 s there. So the
# browser tests run as usual, and the others beside them at the lowest priority, which gives them
# only the CPU the browser tests leave. Fails if either run fails.
set -u
# Both runs start the built app: built here once, not by both set-ups at the same time.
npx tsx --eval "import { ensureBuilt } from './server/src/test-support/build.ts'; ensureBuilt('web', 'server');" || exit 1

# Linux shares the CPU fairly between sessions (autogroups) before nice counts within one, and
# Playwright starts Chromium in a session of its own: niced tests in this shell's session still
# took half the CPU from Chromium (measured). So they get a session of their own, niced as a whole.
session=$(command -v setsid || true)
$session sh -c '{ echo 19 > /proc/self/autogroup; } 2>/dev/null; exec nice -n 19 npx vitest run --project server --project web --project reliability' &
others=$!
trap 'kill -TERM -- "-$others" "$others" 2>/dev/null; exit 130' INT TERM
npx vitest run --project e2e
browser_status=$?
wait "$others"
others_status=$?
[ "$browser_status" -eq 0 ] && [ "$others_status" -eq 0 ]
