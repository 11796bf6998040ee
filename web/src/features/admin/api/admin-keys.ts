import type { AuditFilters } from './get-audit-events';

/**
 * Query keys of the admin resources. A change to a user also adds to the audit trail, so user
 * mutations invalidate `adminKeys.audit()` as well as `adminKeys.users()`.
 */
export const adminKeys = {
  all: ['admin'] as const,
  users: () => [...adminKeys.all, 'users'] as const,
  userList: () => [...adminKeys.users(), 'list'] as const,
  audit: () => [...adminKeys.all, 'audit'] as const,
  auditList: (filters: AuditFilters) => [...adminKeys.audit(), 'list', filters] as const,
};
