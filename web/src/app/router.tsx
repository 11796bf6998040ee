import { createBrowserRouter, type RouteObject } from 'react-router';
import { PageLoader } from '../components/page-loader';
import { AppLayout } from './layout/app-layout';
import { RootErrorBoundary, RouteErrorBoundary } from './layout/route-error';
import { paths } from './paths';

/** Drops the leading slash: child paths are relative to the root route. */
const child = (path: string) => path.replace(/^\//, '');

function ShellWhileLoading() {
  return (
    <AppLayout>
      <PageLoader />
    </AppLayout>
  );
}

/**
 * Every page is its own chunk (`lazy`), so the first load carries the shell and one page. Each lazy
 * module exports `Component` (and may later export `loader`, `ErrorBoundary`, …).
 */
export const routes: RouteObject[] = [
  {
    id: 'root',
    path: paths.home,
    Component: AppLayout,
    // Shown while the first page's chunk loads, so the header and navigation appear at once.
    HydrateFallback: ShellWhileLoading,
    ErrorBoundary: RootErrorBoundary,
    children: [
      {
        // Pathless: errors in a page render inside the shell, keeping the navigation usable.
        ErrorBoundary: RouteErrorBoundary,
        children: [
          { index: true, lazy: () => import('./routes/home-route') },
          { path: child(paths.worklist), lazy: () => import('../features/worklist/routes/worklist-route') },
          { path: child(paths.intake), lazy: () => import('../features/intake/routes/intake-route') },
          { path: child(paths.meetings), lazy: () => import('../features/meetings/routes/meetings-route') },
          {
            path: child(paths.liveMeeting),
            lazy: () => import('../features/live-meeting/routes/live-meeting-route'),
          },
          {
            path: child(paths.myRecommendations),
            lazy: () => import('../features/referrer-inbox/routes/my-recommendations-route'),
          },
          { path: child(paths.scores), lazy: () => import('../features/scores/routes/scores-route') },
          { path: child(paths.quality), lazy: () => import('../features/quality/routes/quality-route') },
          { path: child(paths.admin), lazy: () => import('../features/admin/routes/admin-route') },
          { path: '*', lazy: () => import('./routes/not-found-route') },
        ],
      },
    ],
  },
];

export const createAppRouter = () => createBrowserRouter(routes);
