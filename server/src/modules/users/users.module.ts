import { Module } from '@nestjs/common';
import { AdminUsersController } from './admin-users.controller.js';
import { UsersService } from './users.service.js';
import { DirectoryController } from './directory.controller.js';

@Module({
  providers: [UsersService],
  controllers: [AdminUsersController, DirectoryController],
  exports: [UsersService],
})
export class UsersModule {}
