import { randomBytes } from 'node:crypto';
import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MoreThan, MoreThanOrEqual, type DataSource, type EntityManager } from 'typeorm';
import type { Logger } from 'pino';
import {
  generateOccurrences,
  seriesRuleIssues,
  seriesToIcsFeed,
  type MeetingSeriesCreate,
  type MeetingSeriesUpdate,
  type MeetingSeriesView,
} from '@tumor-board/shared';
import { APP_LOGGER } from '../../core.module.js';
import { CLOCK, type Clock } from '../../common/clock.js';
import { StaleVersionError, updateVersioned } from '../../common/database/versioned-update.js';
import { describeError } from '../../common/errors/describe-error.js';
import { conflict, notFound, unprocessable } from '../../common/problem/problem.exception.js';
import { AuditService } from '../audit/audit.service.js';
import { idempotentTransaction } from '../../common/idempotency/idempotent-transaction.js';
import { AgendaItem } from './agenda-item.entity.js';
import { Meeting } from './meeting.entity.js';
import { MeetingSeries } from './meeting-series.entity.js';

const WEEK_MS = 7 * 24 * 3_600_000;
/** The horizon is topped up at start and then every few hours, so it always reaches ahead. */
const TOP_UP_MS = 6 * 3_600_000;

const toView = (s: MeetingSeries): MeetingSeriesView => ({
  id: s.id,
  version: s.version,
  createdAt: s.createdAt.toISOString(),
  updatedAt: s.updatedAt.toISOString(),
  name: s.name,
  rrule: s.rrule,
  timeZone: s.timeZone,
  firstDate: s.firstDate,
  startTime: s.startTime,
  durationMinutes: s.durationMinutes,
  location: s.location,
  videoUrl: s.videoUrl,
  capacity: s.capacity,
  defaultMinutesPerCase: s.defaultMinutesPerCase,
  requiredDisciplines: s.requiredDisciplines,
  horizonWeeks: s.horizonWeeks,
});

/** Meeting series: occurrences generated ahead for a horizon, and a subscribable feed with no patient data. */
@Injectable()
export class SeriesService implements OnApplicationBootstrap, OnModuleDestroy {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    void this.topUpAll();
    this.timer = setInterval(() => void this.topUpAll(), TOP_UP_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  private async topUpAll(): Promise<void> {
    try {
      for (const series of await this.dataSource.manager.find(MeetingSeries, { where: { active: true } })) {
        await this.dataSource.transaction((manager) => this.generateAhead(manager, series));
      }
    } catch (error) {
      this.logger.warn({ err: describeError(error) }, 'could not top up meeting occurrences');
    }
  }

  /** Inserts the occurrences within the horizon that do not exist yet (one per series and date). */
  async generateAhead(manager: EntityManager, series: MeetingSeries): Promise<number> {
    const from = this.clock.now();
    const until = new Date(from.getTime() + series.horizonWeeks * WEEK_MS);
    const occurrences = generateOccurrences(series, { from, until });
    let created = 0;
    for (const o of occurrences) {
      const result = await manager
        .createQueryBuilder()
        .insert()
        .into(Meeting)
        .values({
          seriesId: series.id,
          title: series.name,
          startsAt: o.startsAt,
          endsAt: o.endsAt,
          occurrenceDate: o.localDate,
          location: series.location,
          videoUrl: series.videoUrl,
          capacity: series.capacity,
          defaultMinutesPerCase: series.defaultMinutesPerCase,
          requiredDisciplines: series.requiredDisciplines,
        })
        .orIgnore()
        .execute();
      created += result.identifiers.filter(Boolean).length;
    }
    return created;
  }

  async list(): Promise<{ items: MeetingSeriesView[] }> {
    return { items: (await this.dataSource.manager.find(MeetingSeries, { order: { name: 'ASC' } })).map(toView) };
  }

  async create(input: MeetingSeriesCreate): Promise<MeetingSeriesView> {
    return idempotentTransaction(this.dataSource, async (manager) => {
      const series = manager.create(MeetingSeries, { ...input, feedToken: randomBytes(24).toString('base64url') });
      await manager.save(series);
      await this.generateAhead(manager, series);
      await this.audit.record(
        { action: 'meeting_series.create', outcome: 'success', entityType: 'meeting_series', entityId: series.id },
        manager,
      );
      return toView(await manager.findOneByOrFail(MeetingSeries, { id: series.id }));
    });
  }

  /**
   * Changes a series. Future occurrences with nothing on their agenda are regenerated from the new
   * rule; ones that already hold cases keep their time (move them one by one if needed).
   */
  async update(id: string, input: MeetingSeriesUpdate): Promise<MeetingSeriesView> {
    const { version, ...changes } = input;
    try {
      return await this.dataSource.transaction(async (manager) => {
        const current = await manager.findOneBy(MeetingSeries, { id });
        if (!current) throw notFound('The meeting series');
        const issues = seriesRuleIssues({ ...current, ...changes });
        if (issues.length)
          throw unprocessable(
            'The series would never meet.',
            issues.map((i) => ({ path: ['body', ...i.path].join('.'), message: i.message })),
          );
        const updated = await updateVersioned(
          manager,
          MeetingSeries,
          id,
          version,
          changes as never,
          'The meeting series',
        );
        const future = await manager.find(Meeting, {
          where: { seriesId: id, status: 'scheduled', startsAt: MoreThan(this.clock.now()) },
          select: { id: true },
        });
        for (const meeting of future) {
          if (!(await manager.existsBy(AgendaItem, { meetingId: meeting.id })))
            await manager.delete(Meeting, { id: meeting.id });
        }
        await this.generateAhead(manager, updated);
        await this.audit.record(
          {
            action: 'meeting_series.update',
            outcome: 'success',
            entityType: 'meeting_series',
            entityId: id,
            detail: { fields: Object.keys(changes) },
          },
          manager,
        );
        return toView(updated);
      });
    } catch (error) {
      if (error instanceof StaleVersionError)
        throw conflict('Someone else changed this series first.', toView(error.current as MeetingSeries));
      throw error;
    }
  }

  /** The series' meetings as a subscribable calendar feed: titles, times and places, no patient data. */
  async feed(id: string, token: string): Promise<string> {
    const series = await this.dataSource.manager.findOneBy(MeetingSeries, { id, feedToken: token });
    if (!series) throw notFound('The calendar feed');
    // Recent and coming meetings: a long-running series would otherwise fill the feed with its past.
    const since = new Date(this.clock.now().getTime() - 8 * WEEK_MS);
    const meetings = await this.dataSource.manager.find(Meeting, {
      where: { seriesId: id, startsAt: MoreThanOrEqual(since) },
      order: { startsAt: 'ASC' },
      take: 500,
    });
    return seriesToIcsFeed(
      series.name,
      meetings.map((m) => ({
        uid: `${m.id}@tumor-board`,
        title: m.title,
        startsAt: m.startsAt,
        endsAt: m.endsAt,
        location: m.location,
        url: m.videoUrl,
        description: null,
        sequence: m.version - 1,
        cancelled: m.status === 'cancelled',
      })),
    );
  }

  async feedUrl(id: string, baseUrl: string): Promise<{ url: string }> {
    const series = await this.dataSource.manager.findOneBy(MeetingSeries, { id });
    if (!series) throw notFound('The meeting series');
    return { url: `${baseUrl}/api/meeting-series/${id}/feed.ics?token=${series.feedToken}` };
  }
}
