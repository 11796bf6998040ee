import { Global, Module } from '@nestjs/common';
import { AuditService } from './audit.service.js';
import { AuditQueryService } from './audit-query.service.js';
import { AuditController } from './audit.controller.js';

/** Global: every feature module records audit events. */
@Global()
@Module({ providers: [AuditService, AuditQueryService], controllers: [AuditController], exports: [AuditService] })
export class AuditModule {}
