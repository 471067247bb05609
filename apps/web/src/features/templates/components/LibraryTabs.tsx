import { Anchor, Group } from '@mantine/core';
import { Link } from 'react-router';
import { clinicPath } from '../../session/session-paths';

/** Between the two halves of the library: single templates, and programs made of them. */
export function LibraryTabs({ clinicId, current }: { clinicId: string; current: 'templates' | 'programs' }) {
  const link = (page: 'templates' | 'programs', label: string) => (
    <Anchor
      component={Link}
      to={clinicPath(clinicId, page)}
      aria-current={current === page ? 'page' : undefined}
      fw={current === page ? 700 : 400}
      underline={current === page ? 'always' : 'hover'}
    >
      {label}
    </Anchor>
  );
  return (
    <Group component="nav" aria-label="Homework library" gap="lg">
      {link('templates', 'Templates')}
      {link('programs', 'Programs')}
    </Group>
  );
}
