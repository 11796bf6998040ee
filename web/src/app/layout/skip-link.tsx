import type { MouseEvent } from 'react';

/**
 * First focusable element on every page. Focuses `<main>` directly (instead of only following the
 * hash) so the next Tab lands inside the page content in every browser.
 */
export function SkipLink({ targetId }: { targetId: string }) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(targetId);
    if (!target) return;
    event.preventDefault();
    target.focus();
  };
  return (
    <a className="skip-link" href={`#${targetId}`} onClick={onClick}>
      Skip to main content
    </a>
  );
}
