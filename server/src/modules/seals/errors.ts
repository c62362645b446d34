import { ProblemError } from '../../platform/errors/index.js';

export type SealUnavailableReason = 'no_active_key' | 'key_undecryptable' | 'ca_unavailable';

/**
 * The seal cannot sign now (no active key yet, a key that does not decrypt under this DATA_KEY,
 * a CA that cannot be read or made). Nothing was signed; callers keep their work and retry later,
 * e.g. from an outbox handler, once the security administrator has fixed the configuration.
 */
export class SealUnavailableError extends ProblemError {
  readonly retryable = true;

  constructor(
    readonly reason: SealUnavailableReason,
    readonly detail: string,
  ) {
    super(503, 'seal.unavailable', { params: { reason } });
  }
}
