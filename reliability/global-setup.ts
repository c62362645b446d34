import { ensureBuilt } from '../server/src/test-support/build.js';

/** The crash, process and backup tests run the compiled server as users do. */
export default function setup(): void {
  ensureBuilt('server');
}
