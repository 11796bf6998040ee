// Every migration, in order. TypeORM runs them on start and with `npm run migrate`.
import { CreateAppUser1764240000000 } from './1764240000000-CreateAppUser.js';
import { IdentityAndAudit1764240100000 } from './1764240100000-IdentityAndAudit.js';
import { ClinicalRecord1764240200000 } from './1764240200000-ClinicalRecord.js';
import { DecisionsAndFollowUp1764240300000 } from './1764240300000-DecisionsAndFollowUp.js';
import { Meetings1764240400000 } from './1764240400000-Meetings.js';
import { QualityDashboard1764240700000 } from './1764240700000-QualityDashboard.js';
import { Idempotency1764240800000 } from './1764240800000-Idempotency.js';

export const MIGRATIONS = [
  CreateAppUser1764240000000,
  IdentityAndAudit1764240100000,
  ClinicalRecord1764240200000,
  DecisionsAndFollowUp1764240300000,
  Meetings1764240400000,
  QualityDashboard1764240700000,
  Idempotency1764240800000,
];
