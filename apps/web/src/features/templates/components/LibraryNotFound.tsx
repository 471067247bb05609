import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useCurrentClinic } from '../../session/hooks/useCurrentClinic';
import { clinicPath } from '../../session/session-paths';

export interface LibraryNotFoundProps {
  what: 'template' | 'program' | 'version';
}

const COPY = {
  template: { title: 'Template not found', text: 'This template does not exist in this clinic’s library.' },
  program: { title: 'Program not found', text: 'This program does not exist in this clinic.' },
  version: { title: 'Version not found', text: 'This template has no version with that number.' },
} as const;

/** A missing template, version or program: what happened and the way back. */
export function LibraryNotFound({ what }: LibraryNotFoundProps) {
  const { clinicId } = useCurrentClinic();
  const { title, text } = COPY[what];
  const back = what === 'program' ? 'programs' : 'templates';
  return (
    <Stack gap="md" maw={560}>
      <title>{`${title} · Interlude`}</title>
      <Title order={1}>{title}</Title>
      <Text>{text}</Text>
      <div>
        <Anchor component={Link} to={clinicPath(clinicId, back)}>
          {what === 'program' ? 'Back to programs' : 'Back to the library'}
        </Anchor>
      </div>
    </Stack>
  );
}
