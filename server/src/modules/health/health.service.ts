import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Health, Readiness } from '@tumor-board/shared';
import { MIGRATIONS } from '../../../../migrations/index.js';
import { APP_VERSION } from '../../version.js';

@Injectable()
export class HealthService {
  private readonly started = Date.now();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  liveness(): Health {
    return { status: 'ok', version: APP_VERSION, uptimeSeconds: Math.round((Date.now() - this.started) / 1000) };
  }

  /** Ready = the database answers and every migration this build knows has been applied. */
  async readiness(): Promise<Readiness> {
    try {
      const rows = await this.dataSource.query<{ name: string }[]>('SELECT name FROM migrations');
      const applied = new Set(rows.map((r) => r.name));
      const pending = MIGRATIONS.filter((m) => !applied.has(m.name)).length;
      return {
        status: pending === 0 ? 'ready' : 'not_ready',
        database: 'up',
        migrations: { applied: applied.size, pending },
      };
    } catch {
      return { status: 'not_ready', database: 'down', migrations: { applied: 0, pending: MIGRATIONS.length } };
    }
  }
}
