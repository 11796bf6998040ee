import type { Problem } from '@tumor-board/shared';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('score calculators API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers without sign-in: SINS for a T12 lytic lesion with mechanical pain', async () => {
    const res = await t.http.post<{ tool: string; total: number; category: string; derivedLocation: string }>(
      '/api/scores/sins',
      {
        level: 'T12',
        pain: 'mechanical',
        lesion: 'lytic',
        alignment: 'normal',
        collapse: 'under_50',
        posterolateral: 'unilateral',
      },
    );
    expect(res.status).toBe(200);
    // junctional 3 + mechanical 3 + lytic 2 + normal 0 + <50 % collapse 2 + unilateral 1 = 11
    expect(res.body).toMatchObject({
      tool: 'sins',
      total: 11,
      category: 'potentially_unstable',
      derivedLocation: 'junctional',
    });
  });

  it('names every missing or invalid component in a 400', async () => {
    const res = await t.http.post<Problem>('/api/scores/mirels', { site: 'upper_limb', pain: 'severe' });
    expect(res.status).toBe(400);
    expect(res.body.errors?.map((e) => e.path).sort()).toEqual(['body.lesion', 'body.pain', 'body.size']);
  });

  it('refuses a Bilsky grade sent as a number', async () => {
    const res = await t.http.post<Problem>('/api/scores/bilsky', { grade: 2 });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.path).toBe('body.grade');
  });

  it('answers an unknown tool with a 400 naming the parameter', async () => {
    const res = await t.http.post<Problem>('/api/scores/katagiri', {});
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.path).toBe('params.tool');
  });

  it('is rate limited per address', async () => {
    const statuses = new Set<number>();
    for (let i = 0; i < 125; i++) statuses.add((await t.http.post('/api/scores/bilsky', { grade: '1c' })).status);
    expect([...statuses].sort()).toEqual([200, 429]);
  });
});
