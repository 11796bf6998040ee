/** Every top-level route of the client, so links never spell a path by hand. */
export const paths = {
  home: '/',
  worklist: '/worklist',
  intake: '/intake',
  meetings: '/meetings',
  liveMeeting: '/live',
  myRecommendations: '/my-recommendations',
  scores: '/scores',
  quality: '/quality',
  admin: '/admin',
} as const;

export interface NavItem {
  to: string;
  label: string;
}

/** The main navigation, in the order a board's week runs: refer, triage, meet, decide, follow up. */
export const navItems: readonly NavItem[] = [
  { to: paths.home, label: 'Overview' },
  { to: paths.worklist, label: 'Worklist' },
  { to: paths.intake, label: 'New referral' },
  { to: paths.meetings, label: 'Meetings' },
  { to: paths.liveMeeting, label: 'Live meeting room' },
  { to: paths.myRecommendations, label: 'My recommendations' },
  { to: paths.scores, label: 'Score calculators' },
  { to: paths.quality, label: 'Quality dashboard' },
  { to: paths.admin, label: 'Admin' },
];
