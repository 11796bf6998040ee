import { Module } from '@nestjs/common';
import { AssessmentsController } from '../assessments/assessments.controller.js';
import { AssessmentsService } from '../assessments/assessments.service.js';
import { ImagingController } from '../imaging/imaging.controller.js';
import { ImagingService } from '../imaging/imaging.service.js';
import { LesionsController } from '../lesions/lesions.controller.js';
import { LesionsService } from '../lesions/lesions.service.js';
import { PatientsController } from '../patients/patients.controller.js';
import { PatientsService } from '../patients/patients.service.js';
import { CaseAccessService } from './case-access.service.js';
import { CaseReadinessService } from './case-readiness.service.js';
import { CasesController } from './cases.controller.js';
import { CasesService } from './cases.service.js';
import { WorklistService } from './worklist.service.js';

/** The clinical record: patients, cases and what belongs to a case. */
@Module({
  controllers: [PatientsController, CasesController, AssessmentsController, LesionsController, ImagingController],
  providers: [
    PatientsService,
    CaseAccessService,
    CaseReadinessService,
    CasesService,
    WorklistService,
    AssessmentsService,
    LesionsService,
    ImagingService,
  ],
  exports: [CaseAccessService, CaseReadinessService, CasesService],
})
export class ClinicalRecordModule {}
