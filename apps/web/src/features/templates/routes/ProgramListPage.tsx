import { usePrograms } from '@interlude/api-client';
import { EmptyState, ErrorState, LoadingState, PageHeader } from '@interlude/ui';
import { Anchor, Badge, Button, Group, Stack, Switch, Table, VisuallyHidden } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { describeFailure } from '../../../lib/forms/contract-form';
import { useCurrentClinic } from '../../session/hooks/useCurrentClinic';
import { clinicPath } from '../../session/session-paths';
import { LibraryTabs } from '../components/LibraryTabs';
import { SourceBadge } from '../components/TemplateTable';
import { describeLength } from '../template-words';

/** `/clinics/:clinicId/programs`: sequences of templates to assign in one go. */
export function ProgramListPage() {
  const { clinicId } = useCurrentClinic();
  const [params, setParams] = useSearchParams();
  const archived = params.get('status') === 'archived';
  const programs = usePrograms(clinicId, archived ? 'archived' : 'active');
  const showArchived = (show: boolean) => setParams(show ? { status: 'archived' } : {}, { replace: true });

  const newProgram = (
    <Button component={Link} to={clinicPath(clinicId, 'programs/new')}>
      New program
    </Button>
  );
  const items = programs.data?.items ?? [];

  let list: React.ReactNode;
  if (programs.isPending) {
    list = <LoadingState label="Loading programs" lines={6} />;
  } else if (programs.isError && !programs.data) {
    list = (
      <ErrorState
        title="Could not load the programs"
        description={describeFailure(programs.error).detail}
        onRetry={() => void programs.refetch()}
        retrying={programs.isFetching}
      />
    );
  } else if (items.length === 0) {
    list = archived ? (
      <EmptyState
        title="No archived programs"
        description="Programs you archive are kept here, out of the way of assigning."
        action={
          <Button variant="default" onClick={() => showArchived(false)}>
            Show active programs
          </Button>
        }
      />
    ) : (
      <EmptyState
        title="No programs yet"
        description="A program is a sequence of templates, such as four weeks of journalling with a weekly plan, that you can assign in one go."
        action={newProgram}
      />
    );
  } else {
    list = (
      <Table.ScrollContainer minWidth={600}>
        <Table verticalSpacing="sm" highlightOnHover>
          <caption>
            <VisuallyHidden>{archived ? 'Archived programs' : 'Programs'}</VisuallyHidden>
          </caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Name</Table.Th>
              <Table.Th scope="col">Steps</Table.Th>
              <Table.Th scope="col">Length</Table.Th>
              <Table.Th scope="col">Source</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((program) => (
              <Table.Tr key={program.id}>
                <Table.Th scope="row" fw={400}>
                  <Group gap="xs" wrap="nowrap">
                    <Anchor component={Link} to={clinicPath(clinicId, `programs/${program.id}`)} fw={600}>
                      {program.name}
                    </Anchor>
                    {program.status === 'archived' ? (
                      <Badge variant="outline" color="gray" size="sm">
                        Archived
                      </Badge>
                    ) : null}
                  </Group>
                </Table.Th>
                <Table.Td>
                  {program.steps.length} {program.steps.length === 1 ? 'step' : 'steps'}
                </Table.Td>
                <Table.Td>{describeLength(program.lengthDays)}</Table.Td>
                <Table.Td>
                  <SourceBadge source={program.source} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  }

  return (
    <Stack gap="xl">
      <title>Programs · Interlude</title>
      <Stack gap="sm">
        <LibraryTabs clinicId={clinicId} current="programs" />
        <PageHeader
          title="Programs"
          description="Sequences of templates with their timing, to assign as one plan."
          action={newProgram}
        />
      </Stack>
      <Stack gap="md">
        <Switch
          label="Show archived programs"
          checked={archived}
          onChange={(event) => showArchived(event.currentTarget.checked)}
        />
        <div aria-busy={programs.isFetching}>{list}</div>
      </Stack>
    </Stack>
  );
}
