import { Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import {
  loginRequestSchema,
  sessionInfoSchema,
  setPasswordRequestSchema,
  setupRequestSchema,
  type LoginRequest,
  type SessionInfo,
  type SetPasswordRequest,
  type SetupRequest,
} from '@tumor-board/shared';
import { Auth, type Authenticated } from '../../common/access/current-user.decorator.js';
import { Public, SignedIn } from '../../common/access/access.decorators.js';
import { ApiDoc, ValidBody } from '../../common/openapi/api-decorators.js';
import { AuthService } from './auth.service.js';
import { CredentialService } from './credential.service.js';
import { clearSessionCookies, setSessionCookies } from './cookies.js';

@Controller('auth')
export class AuthController {
  constructor(
    @Inject(AuthService) private readonly auth: AuthService,
    @Inject(CredentialService) private readonly credentials: CredentialService,
  ) {}

  @Post('login')
  @HttpCode(200)
  @Public()
  @ApiDoc({
    summary: 'Sign in; sets the session and CSRF cookies',
    tags: ['auth'],
    status: 200,
    response: sessionInfoSchema,
  })
  async login(
    @ValidBody(loginRequestSchema) body: LoginRequest,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SessionInfo> {
    const { token, info, csrf } = await this.auth.login(body, req.ip);
    setSessionCookies(req, res, token, csrf);
    return info;
  }

  @Post('logout')
  @HttpCode(204)
  @SignedIn()
  @ApiDoc({ summary: 'Sign out: ends this session', tags: ['auth'], status: 204 })
  async logout(
    @Auth() auth: Authenticated,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<void> {
    await this.auth.logout(auth);
    clearSessionCookies(req, res);
  }

  @Get('me')
  @SignedIn()
  @ApiDoc({ summary: 'The signed-in user and when the session ends', tags: ['auth'], response: sessionInfoSchema })
  me(@Auth() auth: Authenticated): SessionInfo {
    return this.auth.sessionInfo(auth);
  }

  @Post('setup')
  @HttpCode(204)
  @Public()
  @ApiDoc({
    summary: 'Create the first admin with the one-time setup token printed at first start',
    tags: ['auth'],
    status: 204,
  })
  async setup(@ValidBody(setupRequestSchema) body: SetupRequest): Promise<void> {
    await this.credentials.setupFirstAdmin(body);
  }

  @Post('password')
  @HttpCode(204)
  @Public()
  @ApiDoc({ summary: 'Set a password from an invitation or reset link', tags: ['auth'], status: 204 })
  async setPassword(@ValidBody(setPasswordRequestSchema) body: SetPasswordRequest): Promise<void> {
    await this.credentials.setPasswordWithToken(body);
  }
}
