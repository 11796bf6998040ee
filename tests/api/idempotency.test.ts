import { randomUUID } from 'node:crypto';
import type { Patient, PatientCreate, Problem } from '@tumor-board/shared';
import { RouteTable } from '../../server/src/common/openapi/route-table.js';
import { isIdempotentHandler } from '../../server/src/common/idempotency/idempotent.decorator.js';
import { idempotentTransaction } from '../../server/src/common/idempotency/idempotent-transaction.js';
import { StoredAnswerFound } from '../../server/src/common/idempotency/idempotency.problems.js';
import { purgeExpired } from '../../server/src/common/idempotency/idempotency.store.js';
import { requestFingerprint } from '../../server/src/common/idempotency/idempotency-key.js';
import {
  requestContextMiddleware,
  setActor,
  setIdempotencyClaim,
} from '../../server/src/common/request-context/request-context.js';
import { createCase, createPatient, uniqueMrn } from '../factories/clinical.js';
import { createSignedDecision, radiotherapyItem } from '../factories/decisions.js';
import { createAdHocMeeting, createReadyCase, seriesInput } from '../factories/meetings.js';
import { createUser, signIn, signInAs, type TestUser } from '../factories/users.js';
import type { ApiResponse, HttpClient } from '../support/http.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const HEADER = 'Idempotency-Key';
const newKey = () => `key-${randomUUID()}`;
const withKey = (key: string) => ({ headers: { [HEADER]: key } });

const patientBody = (overrides: Partial<PatientCreate> = {}): PatientCreate => ({
  mrn: uniqueMrn('IDEM'),
  givenName: 'Ada',
  familyName: 'Testpatient',
  birthDate: '1961-04-12',
  sex: 'female',
  ...overrides,
});

/** The problem names the header as the field in error. */
const namesHeader = (res: ApiResponse) =>
  expect((res.body as Problem).errors?.map((e) => e.path)).toEqual([`header.${HEADER}`]);

describe('Idempotency-Key on creates', () => {
  let t: TestApp;
  let coordinator: HttpClient;
  let coordinatorUser: TestUser;
  const count = async (sql: string, params: unknown[] = []): Promise<number> =>
    Number((await t.dataSource.query<{ n: string }[]>(sql, params))[0]!.n);
  const patientsWithMrn = (mrn: string) => count('SELECT count(*) AS n FROM patient WHERE mrn = $1', [mrn]);
  const storedKeys = (userId: string) =>
    count('SELECT count(*) AS n FROM idempotency_key WHERE user_id = $1', [userId]);

  beforeAll(async () => {
    t = await startTestApp();
    ({ user: coordinatorUser, client: coordinator } = await signInAs(t, ['coordinator']));
  });
  afterAll(() => t.close());

  it('requires authentication', async () => {
    const body = patientBody();
    const res = await t.http.post('/api/patients', body, withKey(newKey()));
    expect(res.status).toBe(401);
    expect(await patientsWithMrn(body.mrn)).toBe(0);
  });

  describe('the mechanism', () => {
    it('creates once, and replays the stored answer to a retry with the same key', async () => {
      const key = newKey();
      const body = patientBody();
      const first = await coordinator.post<Patient>('/api/patients', body, withKey(key));
      expect(first.status).toBe(201);
      expect(first.headers.get('idempotent-replayed')).toBeNull();

      const retry = await coordinator.post<Patient>('/api/patients', body, withKey(key));
      expect(retry.status).toBe(201);
      expect(retry.headers.get('idempotent-replayed')).toBe('true');
      expect(retry.body).toEqual(first.body);

      expect(await patientsWithMrn(body.mrn)).toBe(1);
      expect(
        await count(`SELECT count(*) AS n FROM audit_event WHERE action = 'patient.create' AND entity_id = $1`, [
          first.body.id,
        ]),
      ).toBe(1);
      const [row] = await t.dataSource.query<Record<string, unknown>[]>(
        'SELECT route, request_hash, response_status, response_body FROM idempotency_key WHERE user_id = $1 AND key = $2',
        [coordinatorUser.id, key],
      );
      expect(row).toEqual({
        route: 'POST /api/patients',
        request_hash: requestFingerprint(body),
        response_status: 201,
        response_body: first.body,
      });
    });

    it('leaves a create without the header as it was: nothing is stored', async () => {
      const before = await storedKeys(coordinatorUser.id);
      const created = await createPatient(coordinator);
      expect(created.id).toBeDefined();
      expect(await storedKeys(coordinatorUser.id)).toBe(before);
    });

    it('replays whatever the order of the fields in the body', async () => {
      const key = newKey();
      const body = patientBody();
      const first = await coordinator.post<Patient>('/api/patients', body, withKey(key));
      const reordered = Object.fromEntries(Object.entries(body).reverse());
      const retry = await coordinator.post<Patient>('/api/patients', reordered, withKey(key));
      expect(retry.status).toBe(201);
      expect(retry.headers.get('idempotent-replayed')).toBe('true');
      expect(retry.body.id).toBe(first.body.id);
    });

    it('replays the answer as it was given, not the record as it is now', async () => {
      const key = newKey();
      const body = patientBody();
      const first = await coordinator.post<Patient>('/api/patients', body, withKey(key));
      const renamed = await coordinator.patch<Patient>(`/api/patients/${first.body.id}`, {
        version: first.body.version,
        givenName: 'Ida',
      });
      expect(renamed.status).toBe(200);
      const retry = await coordinator.post<Patient>('/api/patients', body, withKey(key));
      expect(retry.body).toEqual(first.body);
    });

    it('refuses the key reused with a different body (422 naming the header) and creates nothing', async () => {
      const key = newKey();
      await coordinator.post('/api/patients', patientBody(), withKey(key));
      const other = patientBody();
      const reused = await coordinator.post('/api/patients', other, withKey(key));
      expect(reused.status).toBe(422);
      expect(reused.headers.get('content-type')).toContain('application/problem+json');
      expect((reused.body as Problem).detail).toContain(HEADER);
      namesHeader(reused);
      expect(await patientsWithMrn(other.mrn)).toBe(0);
    });

    it('refuses the key reused on another route', async () => {
      const key = newKey();
      const patient = await coordinator.post<Patient>('/api/patients', patientBody(), withKey(key));
      const reused = await coordinator.post(
        '/api/cases',
        { patientId: patient.body.id, urgency: 'routine' },
        withKey(key),
      );
      expect(reused.status).toBe(422);
      namesHeader(reused);
      expect(await count('SELECT count(*) AS n FROM board_case WHERE patient_id = $1', [patient.body.id])).toBe(0);
    });

    it("keeps each user's keys apart", async () => {
      const key = newKey();
      const other = await signInAs(t, ['coordinator']);
      const mine = await coordinator.post<Patient>('/api/patients', patientBody(), withKey(key));
      const theirs = await other.client.post<Patient>('/api/patients', patientBody(), withKey(key));
      expect(theirs.status).toBe(201);
      expect(theirs.headers.get('idempotent-replayed')).toBeNull();
      expect(theirs.body.id).not.toBe(mine.body.id);
    });

    it.each([
      ['empty', ''],
      ['with a space', 'two words'],
      ['longer than 255 characters', 'k'.repeat(256)],
      ['not ASCII', 'cl\u00e9'],
    ])('refuses a key that is %s (400 naming the header) and creates nothing', async (_what, key) => {
      const body = patientBody();
      const res = await coordinator.post('/api/patients', body, withKey(key));
      expect(res.status).toBe(400);
      namesHeader(res);
      expect(await patientsWithMrn(body.mrn)).toBe(0);
    });

    it('accepts a key of 255 visible ASCII characters', async () => {
      const key = `${'!~'.repeat(120)}${randomUUID().slice(0, 15)}`;
      expect(key).toHaveLength(255);
      const res = await coordinator.post('/api/patients', patientBody(), withKey(key));
      expect(res.status).toBe(201);
    });

    it('stores nothing for a create that failed, so the corrected request may use the key', async () => {
      const key = newKey();
      const taken = await createPatient(coordinator);
      const refused = await coordinator.post('/api/patients', patientBody({ mrn: taken.mrn }), withKey(key));
      expect(refused.status).toBe(409);
      const invalid = await coordinator.post('/api/patients', { ...patientBody(), sex: 'unknown-value' }, withKey(key));
      expect(invalid.status).toBe(400);
      const corrected = patientBody();
      const created = await coordinator.post('/api/patients', corrected, withKey(key));
      expect(created.status).toBe(201);
      expect(created.headers.get('idempotent-replayed')).toBeNull();
      expect(await patientsWithMrn(corrected.mrn)).toBe(1);
    });

    it('answers 409 while a request with the same key is still being processed', async () => {
      const key = newKey();
      const body = patientBody();
      // Another process's transaction holding the key, as the create's own transaction does.
      const runner = t.dataSource.createQueryRunner();
      await runner.connect();
      await runner.startTransaction();
      try {
        await runner.query('SELECT pg_advisory_xact_lock(7231100, hashtext($1))', [`${coordinatorUser.id}:${key}`]);
        const busy = await coordinator.post('/api/patients', body, withKey(key));
        expect(busy.status).toBe(409);
        namesHeader(busy);
        expect(await patientsWithMrn(body.mrn)).toBe(0);
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
      }
      const done = await coordinator.post('/api/patients', body, withKey(key));
      expect(done.status).toBe(201);
      expect(await patientsWithMrn(body.mrn)).toBe(1);
    });

    it('has one effect when the same request arrives many times at once', async () => {
      const key = newKey();
      const body = patientBody();
      const answers = await Promise.all(
        Array.from({ length: 8 }, () => coordinator.post<Patient>('/api/patients', body, withKey(key))),
      );
      const created = answers.filter((a) => a.status === 201);
      // Each duplicate either waits for nothing and is refused while the first runs (409), or
      // arrives after it and gets its answer: never a second patient.
      expect(answers.every((a) => a.status === 201 || a.status === 409)).toBe(true);
      expect(created.length).toBeGreaterThanOrEqual(1);
      expect(new Set(created.map((a) => a.body.id)).size).toBe(1);
      expect(await patientsWithMrn(body.mrn)).toBe(1);
    });

    it('replays, without writing, when the first request committed after the interceptor looked', async () => {
      const key = newKey();
      const body = patientBody();
      const first = await coordinator.post<Patient>('/api/patients', body, withKey(key));
      // A second request that passed the interceptor's look-up just before the first committed:
      // its transaction finds the answer under the key's lock and must not run the create.
      let ran = false;
      const outcome = await new Promise<unknown>((resolve) => {
        const req = { header: () => undefined, ip: '127.0.0.1' };
        const res = { setHeader: () => undefined };
        requestContextMiddleware(req as never, res as never, () => {
          setActor({ userId: coordinatorUser.id, roles: ['coordinator'], sessionId: randomUUID() });
          setIdempotencyClaim({
            key,
            userId: coordinatorUser.id,
            route: 'POST /api/patients',
            requestHash: requestFingerprint(body),
            status: 201,
            recorded: false,
          });
          idempotentTransaction(t.dataSource, () => {
            ran = true;
            return Promise.resolve('second effect');
          }).then(resolve, resolve);
        });
      });
      expect(ran).toBe(false);
      expect(outcome).toBeInstanceOf(StoredAnswerFound);
      expect((outcome as StoredAnswerFound).answer.body).toEqual(first.body);
    });

    it('forgets a key after 24 hours: the key then starts afresh', async () => {
      const key = newKey();
      await coordinator.post('/api/patients', patientBody(), withKey(key));
      await t.dataSource.query(
        `UPDATE idempotency_key SET created_at = now() - interval '25 hours' WHERE user_id = $1 AND key = $2`,
        [coordinatorUser.id, key],
      );
      const next = patientBody();
      const res = await coordinator.post<Patient>('/api/patients', next, withKey(key));
      expect(res.status).toBe(201);
      expect(res.headers.get('idempotent-replayed')).toBeNull();
      const rows = await t.dataSource.query<{ request_hash: string }[]>(
        'SELECT request_hash FROM idempotency_key WHERE user_id = $1 AND key = $2',
        [coordinatorUser.id, key],
      );
      expect(rows).toEqual([{ request_hash: requestFingerprint(next) }]);
    });

    it('purges keys older than 24 hours and keeps younger ones', async () => {
      const old = newKey();
      const young = newKey();
      await coordinator.post('/api/patients', patientBody(), withKey(old));
      await coordinator.post('/api/patients', patientBody(), withKey(young));
      await t.dataSource.query(
        `UPDATE idempotency_key SET created_at = now() - interval '24 hours 1 minute' WHERE key = $1`,
        [old],
      );
      await purgeExpired(t.dataSource.manager);
      const left = await t.dataSource.query<{ key: string }[]>(
        'SELECT key FROM idempotency_key WHERE key = ANY($1::text[])',
        [[old, young]],
      );
      expect(left).toEqual([{ key: young }]);
    });

    it('audits a replay with ids only, and never logs the key or the body', async () => {
      const key = newKey();
      const body = patientBody({ givenName: 'Replaycanary' });
      const first = await coordinator.post<Patient>('/api/patients', body, withKey(key));
      await coordinator.post('/api/patients', body, withKey(key));
      const [event] = await t.dataSource.query<{ user_id: string; entity_id: string; detail: unknown }[]>(
        `SELECT user_id, entity_id, detail FROM audit_event WHERE action = 'idempotency.replay' AND entity_id = $1`,
        [first.body.id],
      );
      expect(event).toEqual({
        user_id: coordinatorUser.id,
        entity_id: first.body.id,
        detail: { route: 'POST /api/patients', status: 201 },
      });
      expect(t.logs.text).not.toContain('Replaycanary');
      expect(t.logs.text).not.toContain(key);
      expect(t.logs.text).not.toContain('stored no answer');
    });
  });

  describe('every create route', () => {
    interface Prepared {
      client: HttpClient;
      path: string;
      body?: unknown;
      /** Rows of the created kind that this request may add to. */
      rows(): Promise<number>;
    }

    /**
     * One row per create route: what the request needs, and how to count the rows it creates.
     * The first test below fails when a create route is missing here.
     */
    const CREATES: Record<string, () => Promise<Prepared>> = {
      'POST /api/patients': () => {
        const body = patientBody();
        return Promise.resolve({
          client: coordinator,
          path: '/api/patients',
          body,
          rows: () => patientsWithMrn(body.mrn),
        });
      },
      'POST /api/cases': async () => {
        const patient = await createPatient(coordinator);
        return {
          client: coordinator,
          path: '/api/cases',
          body: { patientId: patient.id, urgency: 'urgent' },
          rows: () => count('SELECT count(*) AS n FROM board_case WHERE patient_id = $1', [patient.id]),
        };
      },
      'POST /api/cases/:caseId/assessments': async () => {
        const { case: c } = await createCase(coordinator);
        return {
          client: coordinator,
          path: `/api/cases/${c.id}/assessments`,
          body: { assessedOn: '2026-01-05', ecog: 1, painNrs: 4, neurology: 'intact' },
          rows: () => count('SELECT count(*) AS n FROM assessment WHERE case_id = $1', [c.id]),
        };
      },
      'POST /api/cases/:caseId/lesions': async () => {
        const { case: c } = await createCase(coordinator);
        return {
          client: coordinator,
          path: `/api/cases/${c.id}/lesions`,
          body: { site: { region: 'spine', level: 'L2' }, laterality: 'midline', type: 'blastic' },
          rows: () => count('SELECT count(*) AS n FROM lesion WHERE case_id = $1', [c.id]),
        };
      },
      'POST /api/cases/:caseId/imaging': async () => {
        const { case: c } = await createCase(coordinator);
        return {
          client: (await signInAs(t, ['radiologist'])).client,
          path: `/api/cases/${c.id}/imaging`,
          body: { modality: 'ct', performedOn: '2026-01-02', region: 'pelvis', impression: 'Sclerotic lesions.' },
          rows: () => count('SELECT count(*) AS n FROM imaging_summary WHERE case_id = $1', [c.id]),
        };
      },
      'POST /api/cases/:caseId/recommendations': async () => {
        const { case: c } = await createCase(coordinator);
        return {
          client: (await signInAs(t, ['radiation_oncologist'])).client,
          path: `/api/cases/${c.id}/recommendations`,
          body: { discipline: 'radiation_oncology', items: [radiotherapyItem()] },
          rows: () => count('SELECT count(*) AS n FROM recommendation WHERE case_id = $1', [c.id]),
        };
      },
      'POST /api/cases/:caseId/decisions': async () => {
        const { case: c } = await createCase(coordinator);
        return {
          client: coordinator,
          path: `/api/cases/${c.id}/decisions`,
          body: { items: [{ item: radiotherapyItem() }] },
          rows: () => count('SELECT count(*) AS n FROM board_decision WHERE case_id = $1', [c.id]),
        };
      },
      'POST /api/cases/:caseId/decisions/:id/amendments': async () => {
        const chair = await signInAs(t, ['chair']);
        const signed = await createSignedDecision(t, {
          client: coordinator,
          chair: chair.client,
          chairId: chair.user.id,
        });
        return {
          client: chair.client,
          path: `/api/cases/${signed.case.id}/decisions/${signed.decision.id}/amendments`,
          body: { reason: 'Dose corrected after the meeting.' },
          rows: () => count('SELECT count(*) AS n FROM board_decision WHERE case_id = $1', [signed.case.id]),
        };
      },
      'POST /api/decisions/:id/acknowledge': async () => {
        const chair = await signInAs(t, ['chair']);
        const referrer = await createUser(t.dataSource, { roles: ['referrer'] });
        const signed = await createSignedDecision(
          t,
          { client: coordinator, chair: chair.client, chairId: chair.user.id },
          { case: { referringOncologistId: referrer.id } },
        );
        return {
          client: await signIn(t, referrer),
          path: `/api/decisions/${signed.decision.id}/acknowledge`,
          rows: () =>
            count('SELECT count(*) AS n FROM decision_acknowledgement WHERE decision_id = $1', [signed.decision.id]),
        };
      },
      'POST /api/meetings': () => {
        const title = `Urgent board ${randomUUID().slice(0, 8)}`;
        return Promise.resolve({
          client: coordinator,
          path: '/api/meetings',
          body: { title, startsAt: new Date(Date.now() + 86_400_000).toISOString(), durationMinutes: 45 },
          rows: () => count('SELECT count(*) AS n FROM meeting WHERE title = $1', [title]),
        });
      },
      'POST /api/meetings/:id/agenda': async () => {
        const meeting = await createAdHocMeeting(coordinator);
        const { case: ready } = await createReadyCase(t, coordinator);
        return {
          client: coordinator,
          path: `/api/meetings/${meeting.id}/agenda`,
          body: { caseId: ready.id },
          rows: () => count('SELECT count(*) AS n FROM agenda_item WHERE meeting_id = $1', [meeting.id]),
        };
      },
      'POST /api/meetings/:id/attendance': async () => {
        const meeting = await createAdHocMeeting(coordinator);
        return {
          client: coordinator,
          path: `/api/meetings/${meeting.id}/attendance`,
          body: { mode: 'virtual' },
          rows: () => count('SELECT count(*) AS n FROM attendance WHERE meeting_id = $1', [meeting.id]),
        };
      },
      'POST /api/meeting-series': () => {
        const body = seriesInput({ name: `Series ${randomUUID().slice(0, 8)}` });
        return Promise.resolve({
          client: coordinator,
          path: '/api/meeting-series',
          body,
          rows: () => count('SELECT count(*) AS n FROM meeting_series WHERE name = $1', [body.name]),
        });
      },
      'POST /api/admin/users': async () => {
        const email = `invited-${randomUUID().slice(0, 8)}@test.example`;
        return {
          client: (await signInAs(t, ['admin'])).client,
          path: '/api/admin/users',
          body: { name: 'Dr New Colleague', email, roles: ['radiologist'], discipline: 'radiology' },
          rows: () => count('SELECT count(*) AS n FROM app_user WHERE email = $1', [email]),
        };
      },
      'POST /api/admin/users/:id/password-reset': async () => {
        const user = await createUser(t.dataSource, { roles: ['radiologist'] });
        return {
          client: (await signInAs(t, ['admin'])).client,
          path: `/api/admin/users/${user.id}/password-reset`,
          rows: () =>
            count(`SELECT count(*) AS n FROM credential_token WHERE user_id = $1 AND purpose = 'password_reset'`, [
              user.id,
            ]),
        };
      },
    };

    it('covers every route that creates: each POST answering 201, and the acknowledgement', () => {
      const routes = t.app.get(RouteTable).list();
      const marked = routes
        .filter((r) => isIdempotentHandler((r.prototype as Record<string, unknown>)[r.handler]))
        .map((r) => `${r.method} ${r.path}`);
      const creating = routes
        .filter((r) => r.method === 'POST')
        .filter((r) => {
          const fn = (r.prototype as Record<string, unknown>)[r.handler] as object;
          return (Reflect.getMetadata('__httpCode__', fn) ?? 201) === 201;
        })
        .map((r) => `${r.method} ${r.path}`);
      expect(creating.filter((r) => !marked.includes(r))).toEqual([]);
      expect(marked.sort()).toEqual(Object.keys(CREATES).sort());
    });

    /** Creates whose answer is a one-time link: never stored, so a retry is refused, not replayed. */
    const SECRET_ANSWERS = ['POST /api/admin/users', 'POST /api/admin/users/:id/password-reset'];
    const REPLAYED = Object.keys(CREATES).filter((route) => !SECRET_ANSWERS.includes(route));

    it.each(REPLAYED)('%s: a retry replays the same answer and creates exactly one row', async (route) => {
      const { client, path, body, rows } = await CREATES[route]!();
      const before = await rows();
      const key = newKey();
      const first = await client.post(path, body, withKey(key));
      expect([200, 201]).toContain(first.status);
      const retry = await client.post(path, body, withKey(key));
      expect(retry.status).toBe(first.status);
      expect(retry.headers.get('idempotent-replayed')).toBe('true');
      expect(retry.body).toEqual(first.body);
      expect(await rows()).toBe(before + 1);
      expect(t.logs.text).not.toContain('stored no answer');
    });

    it.each(SECRET_ANSWERS)('%s: a retry is refused, the one-time link never stored, one row made', async (route) => {
      const { client, path, body, rows } = await CREATES[route]!();
      const before = await rows();
      const key = newKey();
      const first = await client.post(path, body, withKey(key));
      expect(first.status).toBe(201);
      expect(first.text).toContain('token=');
      const retry = await client.post(path, body, withKey(key));
      expect(retry.status).toBe(409);
      namesHeader(retry);
      expect(retry.text).not.toContain('token=');
      const stored = await t.dataSource.query<{ body: string }[]>(
        'SELECT response_body::text AS body FROM idempotency_key WHERE key = $1',
        [key],
      );
      expect(stored).toHaveLength(1);
      expect(stored[0]!.body).not.toContain('token=');
      expect(await rows()).toBe(before + 1);
    });

    it('documents the header, and the replay header, in OpenAPI on exactly these routes', async () => {
      const doc = (await t.http.get<{ paths: Record<string, Record<string, OpenApiOperation>> }>('/api/openapi.json'))
        .body;
      const documented: string[] = [];
      for (const [path, operations] of Object.entries(doc.paths)) {
        for (const [method, operation] of Object.entries(operations)) {
          const header = operation.parameters?.find((p) => p.in === 'header' && p.name === HEADER);
          if (!header) continue;
          documented.push(`${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`);
          const success = Object.entries(operation.responses).find(([status]) => status.startsWith('2'))?.[1];
          expect(success?.headers?.['Idempotent-Replayed']).toBeDefined();
          expect(header.schema).toMatchObject({ minLength: 1, maxLength: 255 });
        }
      }
      expect(documented.sort()).toEqual(Object.keys(CREATES).sort());
    });
  });
});

interface OpenApiOperation {
  parameters?: { name: string; in: string; schema?: unknown }[];
  responses: Record<string, { headers?: Record<string, unknown> }>;
}
