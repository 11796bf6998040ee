// Every entity the app maps. The data source, the migration CLI and the tests use this list.
import { AppUser } from '../modules/users/user.entity.js';
import { UserSession } from '../modules/auth/user-session.entity.js';
import { CredentialToken } from '../modules/auth/credential-token.entity.js';
import { AuditEvent } from '../modules/audit/audit-event.entity.js';

export const ENTITIES = [AppUser, UserSession, CredentialToken, AuditEvent];
