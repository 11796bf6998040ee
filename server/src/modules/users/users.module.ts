import { Module } from '@nestjs/common';
import { AdminUsersController } from './admin-users.controller.js';
import { UsersService } from './users.service.js';

@Module({ providers: [UsersService], controllers: [AdminUsersController], exports: [UsersService] })
export class UsersModule {}
