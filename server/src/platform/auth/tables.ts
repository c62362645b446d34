export interface SessionTable {
  id: string;
  accountId: string;
  actingForOrgId: string | null;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  sourceIp: string | null;
  userAgent: string | null;
}

export interface LoginAttemptTable {
  key: string;
  failures: number;
  lastFailureAt: string;
  lockedUntil: string | null;
}

export interface AuthTables {
  sessions: SessionTable;
  loginAttempts: LoginAttemptTable;
}
