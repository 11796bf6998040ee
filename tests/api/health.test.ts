import { startTestApp, type TestApp } from '../support/test-app.js';
import type { Problem, Readiness } from '@tumor-board/shared';

describe('health', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers liveness with the version', async () => {
    const res = await t.http.get<{ status: string; version: string }>('/api/health');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('ok');
    expect(res.body.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('is ready when the database answers and every migration is applied', async () => {
    const res = await t.http.get<Readiness>('/api/health/ready');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ready', database: 'up', migrations: { pending: 0 } });
    expect(res.body.migrations.applied).toBeGreaterThan(0);
  });

  it('sends a request id and never lets an API answer be cached', async () => {
    const res = await t.http.get('/api/health', { headers: { 'x-request-id': 'trace-abc-123' } });
    expect(res.headers.get('x-request-id')).toBe('trace-abc-123');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
  });
});

describe('readiness on a database without the schema', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({}, { emptyDatabase: true });
  });
  afterAll(() => t.close());

  it('answers 503 not_ready when migrations are pending', async () => {
    const res = await t.http.get<Readiness>('/api/health/ready');
    expect(res.status).toBe(503);
    expect(res.body.status).toBe('not_ready');
  });
});

describe('errors are problem+json', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ bodyLimit: '1kb' });
  });
  afterAll(() => t.close());

  it('answers an unknown route with a 404 problem that does not echo the query string', async () => {
    const res = await t.http.get<Problem>('/api/no-such-thing?mrn=CANARY-MRN-1');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body).toMatchObject({ status: 404, title: 'Not Found', instance: '/api/no-such-thing' });
    expect(res.text).not.toContain('CANARY');
  });

  it('answers malformed JSON with a 400 problem that does not quote the body', async () => {
    const res = await t.http.request<Problem>('/api/health', { method: 'POST', rawBody: '{"name": CANARY-NAME' });
    expect(res.status).toBe(400);
    expect(res.body.detail).toBe('The request body is not valid JSON.');
    expect(res.text).not.toContain('CANARY');
  });

  it('answers an oversized body with 413', async () => {
    const res = await t.http.post<Problem>('/api/health', { note: 'x'.repeat(5000) });
    expect(res.status).toBe(413);
    expect(res.body.title).toBe('Content Too Large');
  });

  it('logs requests without their query strings', async () => {
    await t.http.get('/api/health?name=CANARY-LOGGED');
    expect(t.logs.text).toContain('"path":"/api/health"');
    expect(t.logs.text).not.toContain('CANARY');
  });
});
