import { io, type Socket } from 'socket.io-client';
import type {
  AddAgendaItem,
  AdHocMeeting,
  CaseCreate,
  LiveCommandName,
  LiveState,
  MeetingDetail,
  MeetingList,
  MeetingSeriesCreateInput,
  MeetingSeriesView,
  MeetingSummary,
} from '@tumor-board/shared';
import type { HttpClient } from '../support/http.js';
import type { TestApp } from '../support/test-app.js';
import { createCompleteCase, expectStatus, transition, type CompleteCase } from './clinical.js';

/*
 * Meeting series, meetings, agendas and the live room, made through the HTTP API as a signed-in
 * client (coordinator or chair), plus Socket.IO helpers for the /live namespace.
 */

const DAY_MS = 86_400_000;

/** A weekly Tuesday 07:00 London series starting today, unless told otherwise. */
export const seriesInput = (overrides: Partial<MeetingSeriesCreateInput> = {}): MeetingSeriesCreateInput => ({
  name: 'Bone metastasis board',
  rrule: 'FREQ=WEEKLY;BYDAY=TU',
  timeZone: 'Europe/London',
  firstDate: new Date().toISOString().slice(0, 10),
  startTime: '07:00',
  durationMinutes: 60,
  location: 'Seminar room 2',
  videoUrl: 'https://meet.example.org/board',
  capacity: 8,
  defaultMinutesPerCase: 10,
  requiredDisciplines: ['radiology', 'radiation_oncology'],
  horizonWeeks: 4,
  ...overrides,
});

export async function createSeries(
  client: HttpClient,
  overrides: Partial<MeetingSeriesCreateInput> = {},
): Promise<MeetingSeriesView> {
  return expectStatus(
    await client.post<MeetingSeriesView>('/api/meeting-series', seriesInput(overrides)),
    201,
    'create series',
  );
}

/** The meetings of a series from now until `days` ahead, earliest first. */
export async function seriesMeetings(client: HttpClient, seriesId: string, days = 400): Promise<MeetingSummary[]> {
  const from = new Date().toISOString();
  const to = new Date(Date.now() + days * DAY_MS).toISOString();
  const query = new URLSearchParams({ from, to, seriesId });
  return expectStatus(await client.get<MeetingList>(`/api/meetings?${query}`), 200, 'list meetings').items;
}

/** An ad-hoc meeting a few days ahead (60 minutes, capacity 10, 10 minutes per case). */
export async function createAdHocMeeting(
  client: HttpClient,
  overrides: Partial<AdHocMeeting> = {},
): Promise<MeetingDetail> {
  const body = {
    title: 'Urgent board',
    startsAt: new Date(Date.now() + 3 * DAY_MS).toISOString(),
    durationMinutes: 60,
    ...overrides,
  };
  return expectStatus(await client.post<MeetingDetail>('/api/meetings', body), 201, 'create ad-hoc meeting');
}

export const getMeeting = async (client: HttpClient, meetingId: string): Promise<MeetingDetail> =>
  expectStatus(await client.get<MeetingDetail>(`/api/meetings/${meetingId}`), 200, 'read meeting');

/** A complete case moved draft → submitted → ready, so it may go on an agenda. */
export async function createReadyCase(
  t: TestApp,
  client: HttpClient,
  options: { radiologist?: HttpClient; case?: Partial<CaseCreate> } = {},
): Promise<CompleteCase> {
  const complete = await createCompleteCase(t, client, options);
  await transition(client, complete.case.id, 'submitted');
  const detail = await transition(client, complete.case.id, 'ready');
  return { ...complete, case: detail.case };
}

export async function addToAgenda(
  client: HttpClient,
  meetingId: string,
  body: AddAgendaItem | { caseId: string },
): Promise<MeetingDetail> {
  return expectStatus(
    await client.post<MeetingDetail>(`/api/meetings/${meetingId}/agenda`, body),
    201,
    'add to agenda',
  );
}

/** The agenda item of a case on a meeting. */
export const itemOf = (meeting: MeetingDetail, caseId: string) => {
  const item = meeting.agenda.find((a) => a.caseId === caseId);
  if (!item) throw new Error(`case ${caseId} is not on the agenda of ${meeting.id}`);
  return item;
};

export const command = (client: HttpClient, meetingId: string, name: LiveCommandName, itemId?: string) =>
  client.post<LiveState>(`/api/meetings/${meetingId}/live/commands`, { command: name, ...(itemId ? { itemId } : {}) });

/** Runs a live command that must succeed, and gives the new state. */
export async function drive(
  client: HttpClient,
  meetingId: string,
  name: LiveCommandName,
  itemId?: string,
): Promise<LiveState> {
  return expectStatus(await command(client, meetingId, name, itemId), 200, `live command ${name}`);
}

// ---- Socket.IO --------------------------------------------------------------------------------

/** The session cookie a browser would send with the WebSocket handshake. */
export const sessionCookie = (client: HttpClient): string => {
  const token = client.cookies.get('tb_session');
  if (!token) throw new Error('the client is not signed in');
  return `tb_session=${token}`;
};

export interface LiveSocketOptions {
  cookie?: string;
  origin?: string;
  /** Which server to connect to (defaults to the client's own). */
  url?: string;
}

/** A socket on /live (not yet connected: call `connected` or `refused`). Close it in afterEach. */
export function liveSocket(url: string, options: LiveSocketOptions = {}): Socket {
  const extraHeaders: Record<string, string> = { origin: options.origin ?? url };
  if (options.cookie) extraHeaders.cookie = options.cookie;
  return io(`${url}/live`, { transports: ['websocket'], extraHeaders, forceNew: true, reconnection: false });
}

/** Resolves when the socket connects; rejects with the server's refusal. */
export const connected = (socket: Socket): Promise<Socket> =>
  new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });

/** Resolves with the refusal's message when the server turns the handshake down. */
export const refused = (socket: Socket): Promise<string> =>
  new Promise((resolve, reject) => {
    socket.once('connect', () => reject(new Error('the socket connected')));
    socket.once('connect_error', (error) => resolve(error.message));
  });

export interface JoinAnswer {
  ok: boolean;
  state?: LiveState;
  error?: string;
}

export const join = (socket: Socket, meetingId: string): Promise<JoinAnswer> =>
  socket.timeout(10_000).emitWithAck('join', { meetingId }) as Promise<JoinAnswer>;

/** A signed-in client's socket, connected and in the meeting's room; the join answer is kept. */
export async function joinedSocket(
  url: string,
  client: HttpClient,
  meetingId: string,
): Promise<{ socket: Socket; joined: JoinAnswer }> {
  const socket = await connected(liveSocket(url, { cookie: sessionCookie(client) }));
  return { socket, joined: await join(socket, meetingId) };
}

/** Every payload of one event a socket receives, from now on (to check what arrives and how often). */
export function recordEvents<T = unknown>(socket: Socket, event: string): T[] {
  const seen: T[] = [];
  socket.on(event, (payload: T) => seen.push(payload));
  return seen;
}

/** The first `event` whose payload passes `match`, or a rejection after `ms`. */
export const nextEvent = <T = unknown>(
  socket: Socket,
  event: string,
  match: (payload: T) => boolean = () => true,
  ms = 10_000,
): Promise<T> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, listener);
      reject(new Error(`no matching "${event}" event within ${ms} ms`));
    }, ms);
    const listener = (payload: T) => {
      if (!match(payload)) return;
      clearTimeout(timer);
      socket.off(event, listener);
      resolve(payload);
    };
    socket.on(event, listener);
  });

/** Resolves with the reason once the server closes the socket. */
export const disconnected = (socket: Socket, ms = 20_000): Promise<string> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the socket stayed connected for ${ms} ms`)), ms);
    socket.once('disconnect', (reason) => {
      clearTimeout(timer);
      resolve(reason);
    });
  });

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
