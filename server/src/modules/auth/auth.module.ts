import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from '../../common/access/auth.guard.js';
import { RateLimitGuard } from '../../common/rate-limit/rate-limit.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { CredentialService } from './credential.service.js';
import { SessionService } from './session.service.js';

@Global()
@Module({
  providers: [
    SessionService,
    AuthService,
    CredentialService,
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_GUARD, useClass: RateLimitGuard },
  ],
  controllers: [AuthController],
  exports: [SessionService, CredentialService],
})
export class AuthModule {}
