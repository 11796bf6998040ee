import { Controller, Get, Inject, Patch, Post, Req } from '@nestjs/common';
import type { Request } from 'express';
import {
  createdUserSchema,
  createUserSchema,
  credentialLinkSchema,
  idParamsSchema,
  updateUserSchema,
  userListSchema,
  userSchema,
  type CreatedUser,
  type CreateUser,
  type CredentialLink,
  type UpdateUser,
  type User,
  type UserList,
} from '@tumor-board/shared';
import { Roles } from '../../common/access/access.decorators.js';
import { ApiDoc, ValidBody, ValidParams } from '../../common/openapi/api-decorators.js';
import { Idempotent } from '../../common/idempotency/idempotent.decorator.js';
import { APP_CONFIG } from '../../core.module.js';
import type { AppConfig } from '../../config/config.js';
import { UsersService } from './users.service.js';

@Controller('admin/users')
@Roles('admin')
export class AdminUsersController {
  constructor(
    @Inject(UsersService) private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private baseUrl(req: Request): string {
    return this.config.publicUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`;
  }

  @Get()
  @ApiDoc({ summary: 'All user accounts', tags: ['admin'], response: userListSchema })
  async list(): Promise<UserList> {
    return { items: await this.users.list() };
  }

  @Post()
  @Idempotent()
  @ApiDoc({
    summary: 'Create a user, with a password or an invitation link',
    tags: ['admin'],
    response: createdUserSchema,
  })
  create(@ValidBody(createUserSchema) body: CreateUser, @Req() req: Request): Promise<CreatedUser> {
    return this.users.create(body, this.baseUrl(req));
  }

  @Patch(':id')
  @ApiDoc({
    summary: 'Change name, discipline, roles or active flag (send the version you read)',
    tags: ['admin'],
    response: userSchema,
  })
  update(
    @ValidParams(idParamsSchema) params: { id: string },
    @ValidBody(updateUserSchema) body: UpdateUser,
  ): Promise<User> {
    return this.users.update(params.id, body);
  }

  @Post(':id/password-reset')
  @Idempotent()
  @ApiDoc({
    summary: 'Issue a one-time password reset link; ends the user’s sessions',
    tags: ['admin'],
    response: credentialLinkSchema,
  })
  reset(@ValidParams(idParamsSchema) params: { id: string }, @Req() req: Request): Promise<CredentialLink> {
    return this.users.issuePasswordReset(params.id, this.baseUrl(req));
  }
}
