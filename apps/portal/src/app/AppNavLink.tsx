import { NavLink } from '@mantine/core';
import { Link, useMatch, useResolvedPath } from 'react-router';

export interface AppNavLinkProps {
  to: string;
  label: string;
}

export function AppNavLink({ to, label }: AppNavLinkProps) {
  const active = useMatch({ path: useResolvedPath(to).pathname, end: true }) !== null;
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
