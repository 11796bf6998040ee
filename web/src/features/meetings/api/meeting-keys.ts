/**
 * Query keys of meetings and series. Every change to a meeting (agenda, attendance, move) invalidates
 * `meetingKeys.all`, which refreshes the calendar, the meeting page and the ready-case picker.
 */
export const meetingKeys = {
  all: ['meetings'] as const,
  lists: () => [...meetingKeys.all, 'list'] as const,
  list: (from: string, to: string) => [...meetingKeys.lists(), { from, to }] as const,
  details: () => [...meetingKeys.all, 'detail'] as const,
  detail: (id: string) => [...meetingKeys.details(), id] as const,
  readyCases: () => [...meetingKeys.all, 'ready-cases'] as const,
  series: () => ['meeting-series'] as const,
  seriesList: () => [...meetingKeys.series(), 'list'] as const,
  feedUrl: (seriesId: string) => [...meetingKeys.series(), 'feed-url', seriesId] as const,
};

export const meetingPath = (id: string) => `/api/meetings/${encodeURIComponent(id)}`;
