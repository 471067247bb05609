import { useProgram } from '@interlude/api-client';
import { ErrorState, LoadingState } from '@interlude/ui';
import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { describeFailure } from '../../../lib/forms/contract-form';
import { useCurrentClinic } from '../../session/hooks/useCurrentClinic';
import { clinicPath } from '../../session/session-paths';
import { LibraryNotFound } from '../components/LibraryNotFound';
import { SourceBadge } from '../components/TemplateTable';
import { ProgramStatusDialog } from '../programs/ProgramStatusDialog';
import { ProgramStepList } from '../programs/ProgramStepList';
import { describeLength } from '../template-words';
import { isNotFound } from './route-utils';

/** `/clinics/:clinicId/programs/:programId`: the steps in order, edit and archive. */
export function ProgramDetailPage() {
  const { programId = '' } = useParams();
  const { clinicId } = useCurrentClinic();
  const program = useProgram(clinicId, programId);
  const [changingStatus, setChangingStatus] = useState(false);

  if (program.isPending) return <LoadingState label="Loading the program" lines={8} />;
  if (program.isError) {
    if (isNotFound(program.error)) return <LibraryNotFound what="program" />;
    return (
      <ErrorState
        title="Could not load the program"
        description={describeFailure(program.error).detail}
        onRetry={() => void program.refetch()}
        retrying={program.isFetching}
      />
    );
  }

  const data = program.data;
  const stepCount = `${data.steps.length} ${data.steps.length === 1 ? 'step' : 'steps'}`;
  return (
    <Stack gap="lg" maw={960}>
      <title>{`${data.name} · Interlude`}</title>
      <Anchor component={Link} to={clinicPath(clinicId, 'programs')} size="sm">
        Back to programs
      </Anchor>
      <Group justify="space-between" align="flex-start" gap="md" wrap="wrap">
        <div>
          <Group gap="sm" align="center">
            <Title order={1}>{data.name}</Title>
            <SourceBadge source={data.source} />
            {data.status === 'archived' ? (
              <Badge variant="outline" color="gray">
                Archived
              </Badge>
            ) : null}
          </Group>
          <Text c="dimmed" mt={4}>
            {stepCount} · {describeLength(data.lengthDays)}
          </Text>
        </div>
        <Group gap="sm">
          <Button component={Link} to={clinicPath(clinicId, `programs/${data.id}/edit`)}>
            Edit
          </Button>
          <Button variant="default" onClick={() => setChangingStatus(true)}>
            {data.status === 'active' ? 'Archive…' : 'Restore…'}
          </Button>
        </Group>
      </Group>
      {data.description.trim() ? <Text style={{ whiteSpace: 'pre-wrap' }}>{data.description}</Text> : null}
      {data.status === 'archived' ? (
        <Text>This program is archived: it is not offered when assigning homework.</Text>
      ) : null}
      <Paper withBorder p="lg" component="section" aria-labelledby="program-step-list">
        <Title order={2} size="h3" id="program-step-list" mb="sm">
          Steps
        </Title>
        <ProgramStepList clinicId={clinicId} steps={data.steps} />
      </Paper>
      {changingStatus ? (
        <ProgramStatusDialog clinicId={clinicId} program={data} onClose={() => setChangingStatus(false)} />
      ) : null}
    </Stack>
  );
}
