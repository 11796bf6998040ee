import { useEffect, useRef, type RefObject } from 'react';
import { NavigationType, useLocation, useNavigationType } from 'react-router';

/**
 * After a client-side navigation, moves focus to the new page's heading so screen readers announce
 * the page and the next Tab starts from the content (not from the clicked link). A layout mounted by
 * a navigation (e.g. the shell after signing in) does so for its first page too; a page that has
 * already put focus inside itself (e.g. on its first field) keeps it.
 */
export function useFocusOnNavigate(mainRef: RefObject<HTMLElement | null>): void {
  const location = useLocation();
  const navigationType = useNavigationType();
  const shownPath = useRef<string | null>(navigationType === NavigationType.Pop ? location.pathname : null);

  useEffect(() => {
    if (shownPath.current === location.pathname) return;
    shownPath.current = location.pathname;
    const main = mainRef.current;
    if (!main) return;
    const active = document.activeElement;
    if (active && active !== main && main.contains(active)) return;
    const heading = main.querySelector<HTMLElement>('h1');
    if (heading) {
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: true });
    } else {
      main.focus({ preventScroll: true });
    }
  }, [location.pathname, mainRef]);
}
