import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { Logger } from 'pino';
import type { AppConfig } from './config/config.js';
import { CLOCK, type Clock } from './common/clock.js';

export const APP_CONFIG = Symbol('APP_CONFIG');
export const APP_LOGGER = Symbol('APP_LOGGER');

/** What every module may inject: the config parsed at boot, the logger, and the clock. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig, logger: Logger, clock: Clock): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_LOGGER, useValue: logger },
        { provide: CLOCK, useValue: clock },
      ],
      exports: [APP_CONFIG, APP_LOGGER, CLOCK],
    };
  }
}
