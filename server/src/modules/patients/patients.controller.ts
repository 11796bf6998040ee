import { Controller, Get, Inject, Patch, Post } from '@nestjs/common';
import {
  idParamsSchema,
  patientCreateSchema,
  patientLookupQuerySchema,
  patientLookupSchema,
  patientSchema,
  patientUpdateSchema,
  type Patient,
  type PatientCreate,
  type PatientLookup,
  type PatientUpdate,
  CASE_ROLES,
} from '@tumor-board/shared';
import { Roles } from '../../common/access/access.decorators.js';
import { Auth, type Authenticated } from '../../common/access/current-user.decorator.js';
import { ApiDoc, ValidBody, ValidParams, ValidQuery } from '../../common/openapi/api-decorators.js';
import { Idempotent } from '../../common/idempotency/idempotent.decorator.js';
import { PatientsService } from './patients.service.js';

@Controller('patients')
@Roles(...CASE_ROLES)
export class PatientsController {
  constructor(@Inject(PatientsService) private readonly patients: PatientsService) {}

  @Get()
  @ApiDoc({ summary: 'Find a patient by exact MRN (intake)', tags: ['patients'], response: patientLookupSchema })
  lookup(
    @ValidQuery(patientLookupQuerySchema) query: { mrn: string },
    @Auth() auth: Authenticated,
  ): Promise<PatientLookup> {
    return this.patients.lookup(query.mrn, auth);
  }

  @Post()
  @Idempotent()
  @ApiDoc({ summary: 'Register a patient (409 if the MRN exists)', tags: ['patients'], response: patientSchema })
  create(@ValidBody(patientCreateSchema) body: PatientCreate, @Auth() auth: Authenticated): Promise<Patient> {
    return this.patients.create(body, auth);
  }

  @Get(':id')
  @ApiDoc({ summary: 'A patient', tags: ['patients'], response: patientSchema })
  get(@ValidParams(idParamsSchema) params: { id: string }, @Auth() auth: Authenticated): Promise<Patient> {
    return this.patients.get(params.id, auth);
  }

  @Patch(':id')
  @ApiDoc({
    summary: 'Correct a patient’s details (send the version you read; 409 if stale)',
    tags: ['patients'],
    response: patientSchema,
  })
  update(
    @ValidParams(idParamsSchema) params: { id: string },
    @ValidBody(patientUpdateSchema) body: PatientUpdate,
    @Auth() auth: Authenticated,
  ): Promise<Patient> {
    return this.patients.update(params.id, body, auth);
  }
}
