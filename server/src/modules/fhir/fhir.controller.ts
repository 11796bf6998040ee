import { Controller, Get, Header, Inject } from '@nestjs/common';
import { z } from 'zod';
import { caseIdParamsSchema, CASE_ROLES } from '@tumor-board/shared';
import { Roles } from '../../common/access/access.decorators.js';
import { Auth, type Authenticated } from '../../common/access/current-user.decorator.js';
import { ApiDoc, ValidParams } from '../../common/openapi/api-decorators.js';
import { FhirExportService } from './fhir-export.service.js';
import type { FhirBundle } from './fhir-types.js';

/** The outline of the answer for OpenAPI; the resources themselves follow FHIR R4. */
const fhirBundleSchema = z.looseObject({
  resourceType: z.literal('Bundle'),
  type: z.literal('collection'),
  timestamp: z.string(),
  entry: z.array(z.looseObject({ fullUrl: z.string(), resource: z.looseObject({ resourceType: z.string() }) })),
});

@Controller('cases/:caseId/fhir')
export class FhirController {
  constructor(@Inject(FhirExportService) private readonly fhir: FhirExportService) {}

  @Get()
  @Roles(...CASE_ROLES)
  @Header('Content-Type', 'application/fhir+json; charset=utf-8')
  @ApiDoc({
    summary:
      'The case as a FHIR R4 Bundle (collection), mCODE-aligned: patient, cancer conditions, performance status, scores, imaging, decision as CarePlan (audited export)',
    tags: ['fhir'],
    response: fhirBundleSchema,
  })
  export(@ValidParams(caseIdParamsSchema) p: { caseId: string }, @Auth() auth: Authenticated): Promise<FhirBundle> {
    return this.fhir.exportCase(p.caseId, auth);
  }
}
