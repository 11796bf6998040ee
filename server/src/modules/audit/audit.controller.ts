import { Controller, Get, Header, Inject } from '@nestjs/common';
import { auditPageSchema, auditQuerySchema, type AuditPage, type AuditQuery } from '@tumor-board/shared';
import { Roles } from '../../common/access/access.decorators.js';
import { ApiDoc, ValidQuery } from '../../common/openapi/api-decorators.js';
import { AuditQueryService } from './audit-query.service.js';

@Controller('admin/audit')
@Roles('admin')
export class AuditController {
  constructor(@Inject(AuditQueryService) private readonly audit: AuditQueryService) {}

  @Get()
  @ApiDoc({
    summary: 'The audit trail, newest first, filtered; keyset pages (`before`)',
    tags: ['admin'],
    response: auditPageSchema,
  })
  page(@ValidQuery(auditQuerySchema) query: AuditQuery): Promise<AuditPage> {
    return this.audit.page(query);
  }

  @Get('export')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="audit.csv"')
  @ApiDoc({ summary: 'The filtered audit trail as CSV (audited)', tags: ['admin'] })
  export(@ValidQuery(auditQuerySchema) query: AuditQuery): Promise<string> {
    return this.audit.exportCsv(query);
  }
}
