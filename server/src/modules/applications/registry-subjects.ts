// Import-free: the views that name these load while applications and licences import each other.

/**
 * Whose registry record a person document is: the applicant's own, their organisation's legal
 * representative's, or the organisation's agent's (经办人) own.
 */
export const REGISTRY_SUBJECTS = ['applicant', 'legal_representative', 'agent'] as const;
export type RegistrySubject = (typeof REGISTRY_SUBJECTS)[number];
