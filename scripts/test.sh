#!/bin/sh
# npm test's tests, in two Vitest runs at once. The browser tests wait on the app much of the
# time: on a slow 2-core machine the CPU was a third idle over them. The server, web and
# reliability tests are bound by the CPU. One after the other they took 827 s there. So the
# browser tests run as usual, and the others beside them at the lowest priority (nice 19), which
# gives them only the CPU the browser tests leave. Fails if either run fails.
set -u
# Both runs start the built app: built here once, not by both set-ups at the same time.
npx tsx --eval "import { ensureBuilt } from './server/src/test-support/build.ts'; ensureBuilt('web', 'server');" || exit 1
npx vitest run --project e2e &
browser=$!
nice -n 19 npx vitest run --project server --project web --project reliability
others=$?
wait "$browser"
browser_status=$?
[ "$others" -eq 0 ] && [ "$browser_status" -eq 0 ]
