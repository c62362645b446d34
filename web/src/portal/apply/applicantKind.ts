import type { Audience } from '../../api/catalogueTypes';
import type { Session } from '../../api/types';

/** Who the application is for: an organisation when its account or an agent acting for it applies. */
export function applicantKind(session: Session): Audience {
  return session.account.kind === 'organization' || session.actingFor ? 'organization' : 'person';
}
