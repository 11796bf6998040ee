import { NavLink } from '@mantine/core';
import { Link, useMatch } from 'react-router';
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

export function MainNav({ onNavigate }: { onNavigate: () => void }) {
  return (
    <ul className="main-nav-list">
      {navItems.map((item) => (
        <li key={item.to}>
          <MainNavLink item={item} onNavigate={onNavigate} />
        </li>
      ))}
    </ul>
  );
}
