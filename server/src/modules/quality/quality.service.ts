import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { addDays, type QualityQuery, type QualityReport } from '@tumor-board/shared';
import { CLOCK, type Clock } from '../../common/clock.js';
import { unprocessable } from '../../common/problem/problem.exception.js';
import { AuditService } from '../audit/audit.service.js';
import { toQualityCsv } from './quality-csv.js';
import { toQualityReport, type QualityRows } from './quality.mapper.js';
import {
  CASES_BY_URGENCY,
  CASE_OUTCOMES,
  DECISION_TO_LETTER,
  DEFERRALS_BY_REASON,
  DISCUSSION,
  ITEM_OUTCOMES,
  MEETINGS_AND_QUORUM,
  SCHEDULING,
} from './quality.sql.js';

/**
 * The board's quality figures for a period and, optionally, one meeting series. The queries run in
 * one read-only REPEATABLE READ transaction, so every figure describes the same moment. The answer
 * holds aggregates only (no patient is named); each read and export is audited without a patient.
 */
@Injectable()
export class QualityService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async report(query: QualityQuery): Promise<QualityReport> {
    const report = await this.compute(query);
    await this.record('quality.read', query);
    return report;
  }

  async csv(query: QualityQuery): Promise<string> {
    const csv = toQualityCsv(await this.compute(query));
    await this.record('quality.export', query);
    return csv;
  }

  private async compute(query: QualityQuery): Promise<QualityReport> {
    const now = this.clock.now();
    // The period is whole UTC days, `to` included: [from 00:00Z, the day after `to` 00:00Z).
    const period = [new Date(`${query.from}T00:00:00Z`), new Date(`${addDays(query.to, 1)}T00:00:00Z`)];
    const params = [...period, query.seriesId ?? null];
    const rows = await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      await manager.query('SET TRANSACTION READ ONLY');
      // The planner guesses 100 items per decision (jsonb_array_elements), so its cost estimates
      // pass the JIT threshold; compiling then costs far more than these index-bounded queries run.
      await manager.query('SET LOCAL jit = off');
      if (query.seriesId) await this.assertSeries(manager, query.seriesId);
      const run = <T>(sql: string, extra: unknown[] = []) => manager.query<T[]>(sql, [...params, ...extra]);
      // One connection, so one query at a time.
      const rows: QualityRows = {
        urgency: await run(CASES_BY_URGENCY),
        meetings: (await run<QualityRows['meetings']>(MEETINGS_AND_QUORUM))[0]!,
        discussion: (await run<QualityRows['discussion']>(DISCUSSION))[0]!,
        deferrals: await run(DEFERRALS_BY_REASON),
        scheduling: (await run<QualityRows['scheduling']>(SCHEDULING))[0]!,
        letters: (await run<QualityRows['letters']>(DECISION_TO_LETTER))[0]!,
        itemOutcomes: (await run<QualityRows['itemOutcomes']>(ITEM_OUTCOMES))[0]!,
        caseOutcomes: await run(CASE_OUTCOMES, [now]),
      };
      return rows;
    });
    return toQualityReport(query, rows, now);
  }

  private async assertSeries(manager: EntityManager, seriesId: string): Promise<void> {
    const found = await manager.query<unknown[]>('SELECT 1 FROM meeting_series WHERE id = $1', [seriesId]);
    if (!found.length)
      throw unprocessable('There is no such meeting series.', [
        { path: 'query.seriesId', message: 'is not a meeting series' },
      ]);
  }

  /** Aggregates only: the audit row names the period and series, no patient. */
  private async record(action: 'quality.read' | 'quality.export', query: QualityQuery): Promise<void> {
    await this.audit.record({
      action,
      outcome: 'success',
      entityType: 'quality',
      entityId: query.seriesId ?? null,
      detail: { from: query.from, to: query.to, seriesId: query.seriesId ?? null },
    });
  }
}
