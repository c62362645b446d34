#!/bin/sh
# npm run typecheck: the Node side (server, bench, reliability) and the web app are two programs
# of about the same size, each checked by tsc on one core, so they are checked side by side on
# two (34 s one after the other, 17–27 s together, measured); the browser tests, small, follow the
# web app. Fails if either fails.
tsc -p . &
node_side=$!
tsc -p web --noEmit && tsc -p e2e --noEmit
browser_side=$?
wait "$node_side"
node_status=$?
[ "$browser_side" -eq 0 ] && [ "$node_status" -eq 0 ]
