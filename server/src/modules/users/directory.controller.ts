import { Controller, Get } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { directorySchema, type Directory, CLINICAL_ROLES } from '@tumor-board/shared';
import { Roles } from '../../common/access/access.decorators.js';
import { ApiDoc } from '../../common/openapi/api-decorators.js';
import { AppUser } from './user.entity.js';

/** The board's active members by name and discipline, for pickers (attendees, presenters, dissent). */
@Controller('users/directory')
@Roles(...CLINICAL_ROLES)
export class DirectoryController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @ApiDoc({ summary: 'Active users by name and discipline (for pickers)', tags: ['users'], response: directorySchema })
  async list(): Promise<Directory> {
    const users = await this.dataSource.manager.find(AppUser, {
      where: { active: true },
      select: { id: true, name: true, discipline: true },
      order: { name: 'ASC' },
    });
    return { items: users.map((u) => ({ id: u.id, name: u.name, discipline: u.discipline })) };
  }
}
