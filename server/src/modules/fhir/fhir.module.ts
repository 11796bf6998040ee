import { Module } from '@nestjs/common';
import { ClinicalRecordModule } from '../cases/cases.module.js';
import { DecisionsModule } from '../decisions/decisions.module.js';
import { FhirController } from './fhir.controller.js';
import { FhirExportService } from './fhir-export.service.js';

/** FHIR R4 (mCODE-aligned) export of one case. */
@Module({
  imports: [ClinicalRecordModule, DecisionsModule],
  controllers: [FhirController],
  providers: [FhirExportService],
})
export class FhirModule {}
