import { randomUUID } from 'node:crypto';
import type { CaseStatus, PrimaryCancer, Problem, Urgency, WorklistPage, WorklistRow } from '@tumor-board/shared';
import { AuditEvent } from '../../server/src/modules/audit/audit-event.entity.js';
import { Patient } from '../../server/src/modules/patients/patient.entity.js';
import { createUser, signInAs, type TestUser } from '../factories/users.js';
import type { HttpClient } from '../support/http.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** One seeded case as the test knows it, to compute what each query must answer. */
interface Seed {
  id: string;
  mrn: string;
  familyName: string;
  status: CaseStatus;
  urgency: Urgency;
  primary: PrimaryCancer | null;
  referrerId: string | null;
  presenterId: string | null;
  /** Microsecond ISO text, as the API returns it: string order is time order. */
  at: string;
}

const STATUSES: CaseStatus[] = [
  'draft',
  'submitted',
  'ready',
  'scheduled',
  'discussed',
  'decided',
  'closed',
  'withdrawn',
];
const URGENCY_RANK: Record<Urgency, number> = { routine: 0, urgent: 1, emergency: 2 };
const FAMILY = ['Smith', 'Smithson', 'Jones', 'Okafor', 'Nguyen'];
const GIVEN = ['Ana', 'Ben', 'Chloe', 'Dev', 'Eve', 'Femi', 'Gus'];
const PRIMARIES: (PrimaryCancer | null)[] = ['breast', 'prostate', 'lung', 'kidney', null];

/** Referred at hour i of 2026-01-01, except: 12 rows share one exact instant, 4 differ by microseconds only. */
function referredAt(i: number): string {
  const hour = (h: number) => new Date(Date.UTC(2026, 0, 1, h)).toISOString().replace('Z', '000Z');
  if (i >= 20 && i < 32) return hour(20);
  if (i >= 32 && i < 36) return hour(32).replace('000000Z', `00000${i - 32}Z`);
  return hour(i);
}

const byReferred = (a: Seed, b: Seed) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id);
const SORTS = {
  referred_desc: (a: Seed, b: Seed) => -byReferred(a, b),
  referred_asc: byReferred,
  urgency: (a: Seed, b: Seed) => URGENCY_RANK[b.urgency] - URGENCY_RANK[a.urgency] || -byReferred(a, b),
};

describe('the worklist', () => {
  let t: TestApp;
  let board: HttpClient;
  let boardUser: TestUser;
  let referrers: TestUser[];
  let presenter: TestUser;
  const seeds: Seed[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    ({ client: board, user: boardUser } = await signInAs(t, ['coordinator']));
    referrers = [
      await createUser(t.dataSource, { roles: ['clinician'], name: 'Dr Ref One' }),
      await createUser(t.dataSource, { roles: ['clinician'], name: 'Dr Ref Two' }),
    ];
    presenter = await createUser(t.dataSource, { roles: ['surgeon'], name: 'Dr Presenter' });
    for (let i = 0; i < 40; i++) {
      const patientId = randomUUID();
      const seed: Seed = {
        id: randomUUID(),
        mrn: `WL-${String(i).padStart(3, '0')}`,
        familyName: FAMILY[i % FAMILY.length]!,
        status: STATUSES[i % STATUSES.length]!,
        urgency: (['routine', 'urgent', 'emergency'] as const)[Math.floor(i / 2) % 3]!,
        primary: PRIMARIES[i % PRIMARIES.length]!,
        referrerId: [referrers[0]!.id, referrers[1]!.id, null][i % 3]!,
        presenterId: i % 4 === 0 ? presenter.id : null,
        at: referredAt(i),
      };
      seeds.push(seed);
      await t.dataSource.manager.insert(Patient, {
        id: patientId,
        mrn: seed.mrn,
        givenName: GIVEN[i % GIVEN.length]!,
        familyName: seed.familyName,
        birthDate: '1955-06-01',
        sex: 'unknown',
      });
      await t.dataSource.query(
        `INSERT INTO board_case (id, patient_id, status, urgency, primary_cancer, referring_oncologist_id,
                                 presenting_clinician_id, referred_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8::timestamptz)`,
        [seed.id, patientId, seed.status, seed.urgency, seed.primary, seed.referrerId, seed.presenterId, seed.at],
      );
    }
  });
  afterAll(() => t.close());

  const list = (query: string) => board.get<WorklistPage & Problem>(`/api/cases?${query}`);
  const expected = (filter: (s: Seed) => boolean, sort: keyof typeof SORTS = 'referred_desc') =>
    seeds
      .filter(filter)
      .sort(SORTS[sort])
      .map((s) => s.id);
  const ids = (rows: WorklistRow[]) => rows.map((r) => r.id);

  /** Follows nextCursor to the end; every id seen, in order. */
  async function walk(query: string): Promise<{ seen: string[]; pages: number }> {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await list(`${query}${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      seen.push(...ids(res.body.items));
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor && pages < 100);
    return { seen, pages };
  }

  it('requires authentication', async () => {
    expect((await t.http.get('/api/cases')).status).toBe(401);
  });

  it('lists the newest referrals first, 25 a page, with the patient and the people on each case', async () => {
    const res = await list('');
    expect(res.status).toBe(200);
    expect(ids(res.body.items)).toEqual(expected(() => true).slice(0, 25));
    expect(res.body.nextCursor).toEqual(expect.any(String));
    const seed = seeds.find((s) => s.id === res.body.items[0]!.id)!;
    expect(res.body.items[0]).toMatchObject({
      status: seed.status,
      referredAt: seed.at,
      patient: { mrn: seed.mrn, familyName: seed.familyName, birthDate: '1955-06-01' },
    });
    const withPeople = res.body.items.find((r) => r.referrer && r.presenter)!;
    expect([withPeople.referrer!.name, withPeople.presenter]).toEqual([
      expect.stringMatching(/^Dr Ref (One|Two)$/),
      { id: presenter.id, name: 'Dr Presenter' },
    ]);
  });

  it.each([
    ['referred_desc', 1],
    ['referred_desc', 7],
    ['referred_asc', 5],
    ['urgency', 3],
    ['urgency', 1],
  ] as const)(
    'walks every row exactly once in %s order with pages of %i, across rows sharing an instant',
    async (sort, limit) => {
      const { seen, pages } = await walk(`sort=${sort}&limit=${limit}`);
      expect(seen).toEqual(expected(() => true, sort));
      expect(new Set(seen).size).toBe(40);
      expect(pages).toBe(Math.ceil(40 / limit));
    },
  );

  it('puts emergencies first in urgency order', async () => {
    const res = await list('sort=urgency&limit=100');
    const urgencies = res.body.items.map((r) => r.urgency);
    const firstNonEmergency = urgencies.findIndex((u) => u !== 'emergency');
    expect(urgencies.slice(0, firstNonEmergency).every((u) => u === 'emergency')).toBe(true);
    expect(urgencies.slice(firstNonEmergency)).not.toContain('emergency');
    expect(urgencies.at(-1)).toBe('routine');
  });

  it.each<[string, string, (s: Seed) => boolean]>([
    ['a status list', 'status=ready,scheduled', (s) => s.status === 'ready' || s.status === 'scheduled'],
    ['urgency', 'urgency=emergency', (s) => s.urgency === 'emergency'],
    ['primaries', 'primary=breast,kidney', (s) => s.primary === 'breast' || s.primary === 'kidney'],
    [
      'status and urgency together',
      'status=draft,closed&urgency=routine,urgent',
      (s) => ['draft', 'closed'].includes(s.status) && s.urgency !== 'emergency',
    ],
    [
      'referred from/to (to is exclusive)',
      'from=2026-01-01T10:00:00Z&to=2026-01-01T20:00:00Z',
      (s) => s.at >= '2026-01-01T10' && s.at < '2026-01-01T20',
    ],
    ['from, inclusive, at a shared instant', 'from=2026-01-01T20:00:00.000Z', (s) => s.at >= '2026-01-01T20'],
  ])('filters by %s', async (_what, query, filter) => {
    const res = await list(`${query}&limit=100`);
    expect(res.status).toBe(200);
    const want = expected(filter);
    expect(want.length).toBeGreaterThan(0);
    expect(want.length).toBeLessThan(40);
    expect(ids(res.body.items)).toEqual(want);
  });

  it('filters by referrer and by presenter', async () => {
    const referrer = referrers[1]!.id;
    expect(ids((await list(`referrerId=${referrer}&limit=100`)).body.items)).toEqual(
      expected((s) => s.referrerId === referrer),
    );
    expect(ids((await list(`presenterId=${presenter.id}&limit=100`)).body.items)).toEqual(
      expected((s) => s.presenterId === presenter.id),
    );
  });

  it('searches q as an exact MRN, or as the case-insensitive start of a name', async () => {
    expect((await list('q=WL-007')).body.items.map((r) => r.patient.mrn)).toEqual(['WL-007']);
    expect((await list('q=WL-00')).body.items).toEqual([]);
    expect(ids((await list('q=SMITH&limit=100')).body.items)).toEqual(
      expected((s) => s.familyName.startsWith('Smith')),
    );
    expect(ids((await list('q=smiths&limit=100')).body.items)).toEqual(expected((s) => s.familyName === 'Smithson'));
    // LIKE wildcards are taken literally.
    expect((await list('q=%25')).body.items).toEqual([]);
    expect((await list('q=_')).body.items).toEqual([]);
  });

  it('refuses a tampered cursor with a 400 naming query.cursor', async () => {
    const forge = (cursor: object) => Buffer.from(JSON.stringify(cursor)).toString('base64url');
    const decode = (cursor: string) => JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as object;
    const real = (await list('limit=2')).body.nextCursor!;
    const realUrgency = (await list('sort=urgency&limit=2')).body.nextCursor!;
    const tampered: [string, string][] = [
      ['garbage', 'limit=2&cursor=not-a-cursor'],
      ['truncated', `limit=2&cursor=${real.slice(0, -3)}`],
      ['another sort’s cursor', `sort=urgency&limit=2&cursor=${real}`],
      ['a time that is not one', `limit=2&cursor=${forge({ ...decode(real), at: 'last tuesday' })}`],
      ['an id that is not a UUID', `limit=2&cursor=${forge({ ...decode(real), id: '-'.repeat(36) })}`],
      ['an unknown urgency', `sort=urgency&limit=2&cursor=${forge({ ...decode(realUrgency), urgency: 'soon' })}`],
    ];
    const answers = [];
    for (const [what, query] of tampered) {
      const res = await list(query);
      answers.push([what, res.status, res.body.errors?.[0]?.path]);
    }
    expect(answers).toEqual(tampered.map(([what]) => [what, 400, 'query.cursor']));
  });

  it('refuses a limit over 100 and other bad parameters, naming each', async () => {
    const res = await list('limit=101&status=pending&sort=name&referrerId=nope');
    expect(res.status).toBe(400);
    expect(res.body.errors?.map((e) => e.path).sort()).toEqual([
      'query.limit',
      'query.referrerId',
      'query.sort',
      'query.status.0',
    ]);
    expect((await list('limit=100')).status).toBe(200);
  });

  it('writes one case.list audit row per list read, with the filter names but not their values', async () => {
    const before = await t.dataSource.manager.countBy(AuditEvent, { userId: boardUser.id, action: 'case.list' });
    await list('q=Smith&status=draft&limit=5');
    const rows = await t.dataSource.manager.find(AuditEvent, {
      where: { userId: boardUser.id, action: 'case.list' },
      order: { id: 'DESC' },
    });
    expect(rows).toHaveLength(before + 1);
    const count = Math.min(5, expected((s) => s.familyName.startsWith('Smith') && s.status === 'draft').length);
    expect(rows[0]!.detail).toEqual({ count, filters: ['q', 'status'] });
    expect(JSON.stringify(rows[0])).not.toContain('Smith');
  });
});
