import { Module, type DynamicModule } from '@nestjs/common';
import type { Logger } from 'pino';
import type { AppConfig } from './config/config.js';
import type { Clock } from './common/clock.js';
import { CoreModule } from './core.module.js';
import { DatabaseModule } from './database/database.module.js';
import { OpenApiModule } from './common/openapi/openapi.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { UsersModule } from './modules/users/users.module.js';
import { ScoresModule } from './modules/scores/scores.module.js';
import { ClinicalRecordModule } from './modules/cases/cases.module.js';
import { DecisionsModule } from './modules/decisions/decisions.module.js';
import { MeetingsModule } from './modules/meetings/meetings.module.js';
import { FhirModule } from './modules/fhir/fhir.module.js';
import { MinutesModule } from './modules/minutes/minutes.module.js';
import { IdempotencyModule } from './common/idempotency/idempotency.module.js';
import { QualityModule } from './modules/quality/quality.module.js';

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  logger: Logger;
  clock: Clock;
}

@Module({})
export class AppModule {
  static forRoot({ config, databaseUrl, logger, clock }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config, logger, clock),
        DatabaseModule.forRoot({
          url: databaseUrl,
          poolSize: config.dbPoolSize,
          logger,
          role: config.dbAppRole || undefined,
        }),
        OpenApiModule,
        HealthModule,
        AuditModule,
        AuthModule,
        UsersModule,
        ScoresModule,
        ClinicalRecordModule,
        DecisionsModule,
        MeetingsModule,
        FhirModule,
        MinutesModule,
        IdempotencyModule,
        QualityModule,
      ],
    };
  }
}
