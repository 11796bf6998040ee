import { createBrowserRouter, type RouteObject } from 'react-router';
import { QUALITY_ROLES } from '@tumor-board/shared';
import { PageLoader } from '../components/page-loader';
import { RequireRole } from '../features/auth/components/require-role';
import { RequireSession } from '../features/auth/components/require-session';
import { AppLayout } from './layout/app-layout';
import { PublicLayout } from './layout/public-layout';
import { RootErrorBoundary, RouteErrorBoundary } from './layout/route-error';
import { paths } from './paths';

/** Drops the leading slash: child paths are relative to the root route. */
const child = (path: string) => path.replace(/^\//, '');

const publicPaths: readonly string[] = [paths.login, paths.setup, paths.setPassword];

/** Shown while the first page's chunk loads, in the frame that page will have. */
function ShellWhileLoading() {
  const Layout = publicPaths.includes(window.location.pathname) ? PublicLayout : AppLayout;
  return (
    <Layout>
      <PageLoader />
    </Layout>
  );
}

/**
 * Every page is its own chunk (`lazy`), so the first load carries the shell and one page. Each lazy
 * module exports `Component` (and may later export `loader`, `ErrorBoundary`, …).
 *
 * Pages need a session (`RequireSession`) except sign-in, first-admin setup, setting a password
 * (their own narrow layout) and the score calculators, which hold no patient data.
 */
export const routes: RouteObject[] = [
  {
    id: 'root',
    path: paths.home,
    HydrateFallback: ShellWhileLoading,
    ErrorBoundary: RootErrorBoundary,
    children: [
      {
        Component: PublicLayout,
        children: [
          {
            ErrorBoundary: RouteErrorBoundary,
            children: [
              { path: child(paths.login), lazy: () => import('../features/auth/routes/login-route') },
              { path: child(paths.setup), lazy: () => import('../features/auth/routes/setup-route') },
              { path: child(paths.setPassword), lazy: () => import('../features/auth/routes/set-password-route') },
            ],
          },
        ],
      },
      {
        Component: AppLayout,
        children: [
          {
            // Pathless: errors in a page render inside the shell, keeping the navigation usable.
            ErrorBoundary: RouteErrorBoundary,
            children: [
              { path: child(paths.scores), lazy: () => import('../features/scores/routes/scores-route') },
              {
                Component: RequireSession,
                children: [
                  { index: true, lazy: () => import('./routes/home-route') },
                  { path: child(paths.worklist), lazy: () => import('../features/worklist/routes/worklist-route') },
                  { path: child(paths.intake), lazy: () => import('../features/intake/routes/intake-route') },
                  { path: child(paths.caseDetail), lazy: () => import('../features/cases/routes/case-route') },
                  { path: child(paths.meetings), lazy: () => import('../features/meetings/routes/meetings-route') },
                  {
                    path: child(paths.liveMeeting),
                    lazy: () => import('../features/live-meeting/routes/live-meeting-route'),
                  },
                  { path: child(paths.meeting), lazy: () => import('../features/meetings/routes/meeting-route') },
                  {
                    path: child(paths.meetingMinutes),
                    lazy: () => import('../features/meetings/routes/minutes-route'),
                  },
                  {
                    path: child(paths.liveRoom),
                    lazy: () => import('../features/live-meeting/routes/live-room-route'),
                  },
                  { path: child(paths.caseBoard), lazy: () => import('../features/decisions/routes/board-route') },
                  {
                    path: child(paths.myRecommendations),
                    lazy: () => import('../features/referrer-inbox/routes/my-recommendations-route'),
                  },
                  {
                    element: <RequireRole roles={QUALITY_ROLES} />,
                    children: [
                      { path: child(paths.quality), lazy: () => import('../features/quality/routes/quality-route') },
                    ],
                  },
                  {
                    element: <RequireRole roles={['admin']} />,
                    children: [
                      { path: child(paths.admin), lazy: () => import('../features/admin/routes/admin-route') },
                    ],
                  },
                  { path: '*', lazy: () => import('./routes/not-found-route') },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
];

export const createAppRouter = () => createBrowserRouter(routes);
