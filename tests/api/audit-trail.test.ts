import pg from 'pg';
import type { AuditPage } from '@tumor-board/shared';
import { AuditEvent } from '../../server/src/modules/audit/audit-event.entity.js';
import { createUser, signIn, signInAs } from '../factories/users.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('the audit trail', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await t.dataSource.manager.insert(AuditEvent, { action: 'test.seed', outcome: 'success' });
  });
  afterAll(() => t.close());

  describe('is append-only', () => {
    it('refuses UPDATE, DELETE and TRUNCATE from the app’s own connections (role tumor_board_app)', async () => {
      expect((await t.dataSource.query<{ current_user: string }[]>('SELECT current_user'))[0]?.current_user).toBe(
        'tumor_board_app',
      );
      await expect(t.dataSource.query(`UPDATE audit_event SET action = 'x'`)).rejects.toThrow(
        /permission denied|append-only/,
      );
      await expect(t.dataSource.query(`DELETE FROM audit_event`)).rejects.toThrow(/permission denied|append-only/);
      await expect(t.dataSource.query(`TRUNCATE audit_event`)).rejects.toThrow(/permission denied|append-only/);
      await expect(t.dataSource.query(`ALTER TABLE audit_event DISABLE TRIGGER ALL`)).rejects.toThrow(/must be owner/);
    });

    it('refuses UPDATE, DELETE and TRUNCATE even from the table’s owner, by trigger', async () => {
      const owner = new pg.Client({ connectionString: t.database.url });
      await owner.connect();
      try {
        await expect(owner.query(`UPDATE audit_event SET action = 'x'`)).rejects.toThrow(/append-only: UPDATE/);
        await expect(owner.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only: DELETE/);
        await expect(owner.query(`TRUNCATE audit_event`)).rejects.toThrow(/append-only: TRUNCATE/);
      } finally {
        await owner.end();
      }
      expect(await t.dataSource.manager.countBy(AuditEvent, { action: 'test.seed' })).toBe(1);
    });
  });

  describe('admin page API', () => {
    it('requires authentication', async () => {
      expect((await t.http.get('/api/admin/audit')).status).toBe(401);
    });

    it('is for admins only, and the denial is itself audited', async () => {
      const { user, client } = await signInAs(t, ['coordinator']);
      expect((await client.get('/api/admin/audit')).status).toBe(403);
      const denial = await t.dataSource.manager.findOneByOrFail(AuditEvent, {
        userId: user.id,
        action: 'access.denied',
      });
      expect(denial).toMatchObject({
        outcome: 'denied',
        roles: 'coordinator',
        detail: { reason: 'role', route: 'GET /api/admin/audit' },
      });
      expect(denial.requestId).toMatch(/[0-9a-f-]{36}/);
      expect(denial.sourceIp).toBeTruthy();
    });

    it('filters by user and action, newest first, in keyset pages', async () => {
      const admin = await createUser(t.dataSource, { roles: ['admin'], name: 'Audit Admin' });
      const client = await signIn(t, admin);
      const subject = await createUser(t.dataSource, { roles: ['surgeon'] });
      for (let i = 0; i < 3; i++) await signIn(t, subject);
      const first = await client.get<AuditPage>(`/api/admin/audit?userId=${subject.id}&action=auth.login&limit=2`);
      expect(first.status).toBe(200);
      expect(first.body.items).toHaveLength(2);
      expect(first.body.items.every((e) => e.userId === subject.id && e.action === 'auth.login')).toBe(true);
      expect(Number(first.body.items[0]!.id)).toBeGreaterThan(Number(first.body.items[1]!.id));
      const second = await client.get<AuditPage>(
        `/api/admin/audit?userId=${subject.id}&action=auth.login&limit=2&before=${first.body.nextCursor}`,
      );
      expect(second.body.items).toHaveLength(1);
      expect(second.body.nextCursor).toBeNull();
    });

    it('rejects a bad filter with a 400 naming it', async () => {
      const { client } = await signInAs(t, ['admin']);
      const res = await client.get<{ errors: { path: string }[] }>('/api/admin/audit?userId=nope&limit=9999');
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e) => e.path).sort()).toEqual(['query.limit', 'query.userId']);
    });

    it('exports CSV, and audits the export', async () => {
      const { user, client } = await signInAs(t, ['admin']);
      const res = await client.get('/api/admin/audit/export?action=auth.login');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/csv');
      const [header, ...rows] = res.text.trim().split('\r\n');
      expect(header).toBe(
        'id,at,user_id,user_name,roles,action,entity_type,entity_id,patient_id,request_id,outcome,source_ip,detail',
      );
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((r) => r.includes(',auth.login,'))).toBe(true);
      expect(await t.dataSource.manager.countBy(AuditEvent, { userId: user.id, action: 'audit.export' })).toBe(1);
    });
  });
});
