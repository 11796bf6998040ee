import { NavLink } from '@mantine/core';
import { Link, useMatch } from 'react-router';
import { hasAnyRole, type SessionState } from '../../features/auth/api/get-session';
import { navItems, paths, type NavItem } from '../paths';

function MainNavLink({ item, onNavigate }: { item: NavItem; onNavigate: () => void }) {
  // Sections own their sub-routes (e.g. /meetings/42 keeps "Meetings" current); Overview is exact.
  const match = useMatch({ path: item.to, end: item.to === paths.home });
  const active = match !== null;
  return (
    <NavLink
      component={Link}
      to={item.to}
      label={item.label}
      active={active}
      aria-current={active ? 'page' : undefined}
      onClick={onNavigate}
      variant="light"
      fw={active ? 600 : 500}
    />
  );
}

/** The items a user may open: public ones when signed out, role-limited ones only to their roles. */
export function visibleNavItems(session: SessionState | undefined): readonly NavItem[] {
  if (!session) return [];
  if (session.status === 'signed-out') return navItems.filter((item) => item.public);
  const { user } = session.info;
  return navItems.filter((item) => !item.roles || hasAnyRole(user, item.roles));
}

export function MainNav({ items, onNavigate }: { items: readonly NavItem[]; onNavigate: () => void }) {
  return (
    <ul className="main-nav-list">
      {items.map((item) => (
        <li key={item.to}>
          <MainNavLink item={item} onNavigate={onNavigate} />
        </li>
      ))}
    </ul>
  );
}
