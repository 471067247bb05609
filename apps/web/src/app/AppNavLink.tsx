import { NavLink } from '@mantine/core';
import { Link, useMatch, useResolvedPath } from 'react-router';

export interface AppNavLinkProps {
  to: string;
  label: string;
  /** Also marked current on pages below `to` (e.g. a message under the mailbox). */
  matchDescendants?: boolean;
}

export function AppNavLink({ to, label, matchDescendants = false }: AppNavLinkProps) {
  const active = useMatch({ path: useResolvedPath(to).pathname, end: !matchDescendants }) !== null;
  return (
    <NavLink
      component={Link}
      to={to}
      label={label}
      active={active}
      aria-current={active ? 'page' : undefined}
    />
  );
}
