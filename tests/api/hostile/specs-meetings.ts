import type { MeetingDetail } from '@tumor-board/shared';
import { expectStatus } from '../../factories/clinical.js';
import {
  addToAgenda,
  createAdHocMeeting,
  createReadyCase,
  createSeries,
  itemOf,
  seriesInput,
} from '../../factories/meetings.js';
import type { HostileRegistry } from './engine.js';
import type { World } from './world.js';

const DAY_MS = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString();

/** Values aimed at recurrence rules, zones, times and links. */
const MEETING_FIELD_VALUES: Record<string, readonly unknown[]> = {
  rrule: [
    'FREQ=SECONDLY',
    'FREQ=MINUTELY;COUNT=100000',
    'FREQ=DAILY;COUNT=999999999',
    'FREQ=WEEKLY;BYDAY=XX',
    'FREQ=WEEKLY;BYDAY=TU;UNTIL=00000101T000000Z',
    'FREQ=WEEKLY;BYDAY=TU;UNTIL=99991231T235959Z',
    'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30',
    'FREQ=WEEKLY;INTERVAL=0',
    'FREQ=WEEKLY;INTERVAL=-1',
    'RRULE:FREQ=WEEKLY\nDTSTART:19700101T000000Z',
    'FREQ=WEEKLY;BYDAY=TU;BYSETPOS=999',
  ],
  timeZone: ['Etc/GMT+99', 'Europe/Nowhere', '../../etc/passwd', 'UTC\u0000', 'europe/london', 'Local', '+14:00'],
  startTime: ['24:00', '7:00', '07:60', '07:00:00', '-01:00', '23:59'],
  firstDate: ['9999-12-31', '0100-01-01', '2026-02-29'],
  horizonWeeks: [0, 1000, 2 ** 31],
  capacity: [0, 61, 1e308],
  durationMinutes: [14, 481, 0, 1440],
  itemIds: [[], Array.from({ length: 61 }, () => '4f1c2b9e-4a57-4d38-9a4c-2f3f9d9b1a11')],
  command: ['START', 'goto ', 'undo', 'end'],
};

/** The series form's messages name the rule part or the zone that is wrong, quoting it (shared/meetings). */
const SERIES_QUOTES = ['body.rrule', 'body.timeZone'];

const coordinator = (world: World) => world.as('coordinator');

/** A meeting with one ready case on its agenda (made once per key). */
const meetingWithCase = (world: World, key: string) =>
  world.once(key, async () => {
    const { client } = await coordinator(world);
    const ready = await createReadyCase(world.t, client, { radiologist: (await world.as('radiologist')).client });
    world.remember(ready.case);
    const meeting = world.remember(await createAdHocMeeting(client, { startsAt: inDays(5) }));
    const withItem: MeetingDetail = await addToAgenda(client, meeting.id, { caseId: ready.case.id, minutes: 10 });
    const item = world.remember(itemOf(withItem, ready.case.id));
    return { meeting: withItem, item, caseId: ready.case.id };
  });

/** Meeting series, meetings, agendas, attendance and the live room's commands. */
export const MEETING_SPECS: HostileRegistry = {
  'GET /api/meetings': {
    role: 'coordinator',
    setup: async (world) => {
      const series = world.remember(await createSeries((await coordinator(world)).client));
      return {
        client: (await coordinator(world)).client,
        query: () => ({ from: inDays(0), to: inDays(30), seriesId: series.id }),
      };
    },
  },
  'GET /api/meeting-series/:id/feed.ics': {
    role: 'anonymous',
    // Rate limited to 60 per minute per address: examples and runs stay under it.
    setup: async (world) => {
      const { client } = await coordinator(world);
      const series = world.remember(await createSeries(client));
      const { url } = expectStatus(
        await client.get<{ url: string }>(`/api/meeting-series/${series.id}/feed-url`),
        200,
        'feed url',
      );
      const token = new URL(url).searchParams.get('token')!;
      return { client: world.t.client(), params: { id: series.id }, query: () => ({ token }) };
    },
  },
  'POST /api/meeting-series': {
    role: 'coordinator',
    quotes: SERIES_QUOTES,
    setup: async (world) => ({
      client: (await coordinator(world)).client,
      body: () => seriesInput({ horizonWeeks: 2 }),
      fieldValues: MEETING_FIELD_VALUES,
    }),
  },
  'PATCH /api/meeting-series/:id': {
    role: 'chair',
    quotes: SERIES_QUOTES,
    setup: async (world) => {
      const series = world.remember(await createSeries((await coordinator(world)).client, { horizonWeeks: 2 }));
      return {
        client: (await world.as('chair')).client,
        params: { id: series.id },
        body: async () => ({
          version: await world.version('meeting_series', series.id),
          name: 'Spine board',
          location: 'Seminar room 3',
          rrule: 'FREQ=WEEKLY;BYDAY=WE',
          startTime: '08:00',
        }),
        fieldValues: MEETING_FIELD_VALUES,
      };
    },
  },
  'POST /api/meetings': {
    role: 'coordinator',
    setup: async (world) => ({
      client: (await coordinator(world)).client,
      body: () => ({
        title: 'Urgent board',
        startsAt: inDays(3),
        durationMinutes: 60,
        location: 'Room 1',
        videoUrl: 'https://meet.example.org/urgent',
        capacity: 6,
        requiredDisciplines: ['radiology'],
      }),
      fieldValues: MEETING_FIELD_VALUES,
    }),
  },
  'PATCH /api/meetings/:id': {
    role: 'coordinator',
    setup: async (world) => {
      const { client } = await coordinator(world);
      const meeting = world.remember(await createAdHocMeeting(client));
      return {
        client,
        params: { id: meeting.id },
        body: async () => ({
          version: await world.version('meeting', meeting.id),
          startsAt: inDays(4),
          durationMinutes: 90,
          location: 'Room 2',
        }),
        fieldValues: MEETING_FIELD_VALUES,
      };
    },
  },
  'POST /api/meetings/:id/cancel': {
    role: 'coordinator',
    setup: async (world) => {
      const { client } = await coordinator(world);
      const meeting = world.remember(await createAdHocMeeting(client));
      return {
        client,
        params: { id: meeting.id },
        body: async () => ({ version: await world.version('meeting', meeting.id), reason: 'Bank holiday.' }),
      };
    },
    renewAfterSuccess: true,
  },
  'POST /api/meetings/:id/agenda': {
    role: 'chair',
    setup: async (world) => {
      const { client } = await coordinator(world);
      const ready = await createReadyCase(world.t, client, { radiologist: (await world.as('radiologist')).client });
      world.remember(ready.case);
      const meeting = world.remember(await createAdHocMeeting(client));
      const presenter = await world.as('clinician');
      return {
        client: (await world.as('chair')).client,
        params: { id: meeting.id },
        body: () => ({ caseId: ready.case.id, minutes: 15, presenterId: presenter.user.id }),
        fieldValues: { overrideReason: ['Cord compression tonight.', ''] },
      };
    },
  },
  'PUT /api/meetings/:id/agenda/order': {
    role: 'coordinator',
    setup: async (world) => {
      const { meeting, item } = await meetingWithCase(world, 'agenda');
      return {
        client: (await coordinator(world)).client,
        params: { id: meeting.id },
        body: async () => ({ version: await world.version('meeting', meeting.id), itemIds: [item.id] }),
        fieldValues: MEETING_FIELD_VALUES,
      };
    },
  },
  'PATCH /api/meetings/:id/agenda/:itemId': {
    role: 'coordinator',
    setup: async (world) => {
      const { meeting, item } = await meetingWithCase(world, 'agenda');
      const presenter = await world.as('clinician');
      return {
        client: (await coordinator(world)).client,
        params: { id: meeting.id, itemId: item.id },
        body: async () => ({
          version: await world.version('agenda_item', item.id),
          minutes: 20,
          presenterId: presenter.user.id,
        }),
      };
    },
  },
  'DELETE /api/meetings/:id/agenda/:itemId': {
    role: 'coordinator',
    setup: async (world) => {
      const { meeting, item } = await meetingWithCase(world, 'agenda-delete');
      return { client: (await coordinator(world)).client, params: { id: meeting.id, itemId: item.id } };
    },
    numRuns: 6,
  },
  'POST /api/meetings/:id/attendance': {
    role: 'coordinator',
    setup: async (world) => {
      const { client } = await coordinator(world);
      const meeting = world.remember(await createAdHocMeeting(client));
      const attendee = await world.as('surgeon');
      return {
        client,
        params: { id: meeting.id },
        body: () => ({ mode: 'virtual', userId: attendee.user.id }),
      };
    },
  },
  'DELETE /api/meetings/:id/attendance/:userId': {
    role: 'radiologist',
    setup: async (world) => {
      const { client: coordinatorClient } = await coordinator(world);
      const meeting = world.remember(await createAdHocMeeting(coordinatorClient));
      const { user, client } = await world.as('radiologist');
      expectStatus(await client.post(`/api/meetings/${meeting.id}/attendance`, { mode: 'in_person' }), 201, 'check in');
      return { client, params: { id: meeting.id, userId: user.id } };
    },
    numRuns: 6,
  },
  'POST /api/meetings/:id/live/commands': {
    role: 'chair',
    setup: async (world) => {
      const { meeting, item } = await meetingWithCase(world, 'live');
      const { client } = await world.as('chair');
      await world.once('live-started', async () =>
        expectStatus(
          await client.post(`/api/meetings/${meeting.id}/live/commands`, { command: 'start' }),
          200,
          'start',
        ),
      );
      return {
        client,
        params: { id: meeting.id },
        body: () => ({ command: 'goto', itemId: item.id }),
        fieldValues: { ...MEETING_FIELD_VALUES, reason: ['out_of_time', 'OUT_OF_TIME', 'not_reached'] },
      };
    },
  },
};
