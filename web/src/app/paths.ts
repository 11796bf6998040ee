import { QUALITY_ROLES, type Role } from '@tumor-board/shared';

/** Every top-level route of the client, so links never spell a path by hand. */
export const paths = {
  home: '/',
  worklist: '/worklist',
  intake: '/intake',
  caseDetail: '/cases/:caseId',
  meetings: '/meetings',
  liveMeeting: '/live',
  meeting: '/meetings/:meetingId',
  meetingMinutes: '/meetings/:meetingId/minutes',
  liveRoom: '/live/:meetingId',
  myRecommendations: '/my-recommendations',
  caseBoard: '/cases/:caseId/board',
  scores: '/scores',
  quality: '/quality',
  admin: '/admin',
  // Open without a session.
  login: '/login',
  setup: '/setup',
  setPassword: '/set-password',
} as const;

/** `/meetings/<id>`: one meeting's agenda, attendance and quorum. */
export const meetingPagePath = (meetingId: string) => `/meetings/${encodeURIComponent(meetingId)}`;

/** `/meetings/<id>/minutes`: the printable minutes of one meeting. */
export const meetingMinutesPath = (meetingId: string) => `/meetings/${encodeURIComponent(meetingId)}/minutes`;

/** `/live/<id>`: the live room of one meeting. */
export const liveRoomPath = (meetingId: string) => `/live/${encodeURIComponent(meetingId)}`;

/** `/cases/<id>/board`: a case's recommendations and the board's decision. */
export const caseBoardPath = (caseId: string) => `/cases/${encodeURIComponent(caseId)}/board`;

/** `/cases/<id>`: one case's summary, readiness, lesions, imaging, assessments and history. */
export const caseDetailPath = (caseId: string) => `/cases/${encodeURIComponent(caseId)}`;

/** `/login?next=/worklist`: where to go after signing in (left out for the overview). */
export function loginPath(next?: string): string {
  if (!next || next === paths.home) return paths.login;
  return `${paths.login}?${new URLSearchParams({ next }).toString()}`;
}

/**
 * The `next` parameter of the sign-in page as a path of this app, or the overview. Only same-origin
 * paths pass, so a crafted link cannot send a user elsewhere after signing in.
 */
export function safeNextPath(raw: string | null): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return paths.home;
  try {
    const url = new URL(raw, window.location.origin);
    if (url.origin !== window.location.origin || url.pathname === paths.login) return paths.home;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return paths.home;
  }
}

export interface NavItem {
  to: string;
  label: string;
  /** Only users holding one of these roles see the item (and may open the page); absent = everyone signed in. */
  roles?: readonly Role[];
  /** Shown to visitors who are not signed in, too. */
  public?: boolean;
}

/** The main navigation, in the order a board's week runs: refer, triage, meet, decide, follow up. */
export const navItems: readonly NavItem[] = [
  { to: paths.home, label: 'Overview' },
  { to: paths.worklist, label: 'Worklist' },
  { to: paths.intake, label: 'New referral' },
  { to: paths.meetings, label: 'Meetings' },
  { to: paths.liveMeeting, label: 'Live meeting room' },
  { to: paths.myRecommendations, label: 'My recommendations' },
  { to: paths.scores, label: 'Score calculators', public: true },
  { to: paths.quality, label: 'Quality dashboard', roles: QUALITY_ROLES },
  { to: paths.admin, label: 'Admin', roles: ['admin'] },
];
