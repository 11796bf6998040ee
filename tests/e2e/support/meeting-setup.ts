import type { APIRequestContext, BrowserContext } from 'playwright-core';
import type { MeetingDetail, WorklistPage } from '@tumor-board/shared';

/** More demo accounts (server/src/demo/demo-users.ts) for the meeting tests. */
export const MEETING_USERS = {
  coordinator: { email: 'coordinator@demo.tumorboard.example', password: 'tb-demo-coordinator' },
  radiologist: { email: 'radiologist@demo.tumorboard.example', password: 'tb-demo-radiologist' },
  chair: { email: 'chair@demo.tumorboard.example', password: 'tb-demo-chair' },
} as const;

/**
 * Signs a browser context in through the API: the session and CSRF cookies land in the context's
 * jar, so both `context.request` and the context's pages are signed in.
 */
export async function signInContext(
  context: BrowserContext,
  baseUrl: string,
  user: { email: string; password: string },
): Promise<void> {
  const res = await context.request.post(`${baseUrl}/api/auth/login`, { data: user });
  if (!res.ok()) throw new Error(`sign-in as ${user.email} failed: ${res.status()} ${await res.text()}`);
}

/** An unsafe request with the CSRF header (`x-csrf-token` = the `tb_csrf` cookie), as the web client sends it. */
async function send<T>(context: BrowserContext, method: 'POST' | 'PUT', url: string, data: unknown): Promise<T> {
  const csrf = (await context.cookies(url)).find((c) => c.name === 'tb_csrf')?.value ?? '';
  const request: APIRequestContext = context.request;
  const res = await request.fetch(url, { method, data, headers: { 'x-csrf-token': decodeURIComponent(csrf) } });
  if (!res.ok()) throw new Error(`${method} ${url} failed: ${res.status()} ${await res.text()}`);
  return (await res.json()) as T;
}

/** An ad-hoc meeting an hour from now (coordinator or chair context). */
export function createMeeting(context: BrowserContext, baseUrl: string, title: string): Promise<MeetingDetail> {
  const startsAt = new Date(Date.now() + 60 * 60 * 1000);
  startsAt.setSeconds(0, 0);
  return send<MeetingDetail>(context, 'POST', `${baseUrl}/api/meetings`, {
    title,
    startsAt: startsAt.toISOString(),
    durationMinutes: 60,
  });
}

/** The demo's ready cases, most urgent first. */
export async function readyCases(context: BrowserContext, baseUrl: string): Promise<WorklistPage['items']> {
  const res = await context.request.get(`${baseUrl}/api/cases?status=ready&sort=urgency&limit=100`);
  if (!res.ok()) throw new Error(`ready cases: ${res.status()}`);
  return ((await res.json()) as WorklistPage).items;
}

export function addToAgenda(
  context: BrowserContext,
  baseUrl: string,
  meetingId: string,
  caseId: string,
): Promise<MeetingDetail> {
  return send<MeetingDetail>(context, 'POST', `${baseUrl}/api/meetings/${meetingId}/agenda`, { caseId });
}
