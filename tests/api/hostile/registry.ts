import type { HostileRegistry } from './engine.js';
import { AUTH_ADMIN_SPECS } from './specs-auth-admin.js';
import { CLINICAL_SPECS } from './specs-clinical.js';
import { DECISION_SPECS } from './specs-decisions.js';
import { MEETING_SPECS } from './specs-meetings.js';

/** Every route's hostile-input spec, whichever test file runs it. */
export const ALL_SPECS: HostileRegistry = {
  ...AUTH_ADMIN_SPECS,
  ...CLINICAL_SPECS,
  ...DECISION_SPECS,
  ...MEETING_SPECS,
};
