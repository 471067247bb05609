import { useSafetyPlan, useSafetyPlanVersion, useSafetyPlanVersions } from '@interlude/api-client';
import { ErrorState, LoadingState } from '@interlude/ui';
import { Button, Group, Modal, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { formatDateTime } from '../../../lib/dates/clinic-time';
import { describeFailure } from '../../../lib/forms/contract-form';
import { SafetyPlanEditor } from './SafetyPlanEditor';
import { SafetyPlanView } from './SafetyPlanView';

export interface SafetyPlanPanelProps {
  clinicId: string;
  clientId: string;
  clientName: string;
  timeZone: string;
}

function VersionModal({
  clinicId,
  clientId,
  clientName,
  version,
  timeZone,
  onClose,
}: Omit<SafetyPlanPanelProps, 'timeZone'> & { version: number; timeZone: string; onClose: () => void }) {
  const plan = useSafetyPlanVersion(clinicId, clientId, version);
  return (
    <Modal opened onClose={onClose} title={`Safety plan, version ${version}`} size="lg">
      {plan.isPending ? (
        <LoadingState label={`Loading version ${version}`} lines={6} />
      ) : plan.isError ? (
        <ErrorState
          title="Could not load this version"
          description={describeFailure(plan.error).detail}
          onRetry={() => void plan.refetch()}
          retrying={plan.isFetching}
        />
      ) : (
        <Stack gap="md">
          {plan.data.updatedAt ? (
            <Text size="sm" c="dimmed">
              Saved {formatDateTime(plan.data.updatedAt, timeZone)}
              {plan.data.updatedBy ? ` by ${plan.data.updatedBy}` : ''}
            </Text>
          ) : null}
          <SafetyPlanView plan={plan.data} clientName={clientName} />
        </Stack>
      )}
    </Modal>
  );
}

function VersionHistory({ clinicId, clientId, clientName, timeZone }: SafetyPlanPanelProps) {
  const versions = useSafetyPlanVersions(clinicId, clientId);
  const [viewing, setViewing] = useState<number | null>(null);

  if (versions.isPending) return <LoadingState label="Loading the version history" lines={3} />;
  if (versions.isError) {
    return (
      <ErrorState
        title="Could not load the version history"
        description={describeFailure(versions.error).detail}
        onRetry={() => void versions.refetch()}
        retrying={versions.isFetching}
      />
    );
  }
  if (versions.data.items.length === 0) return <Text c="dimmed">No earlier versions yet.</Text>;
  return (
    <>
      <Table>
        <caption>
          <VisuallyHidden>Versions of the safety plan</VisuallyHidden>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Version</Table.Th>
            <Table.Th scope="col">Saved</Table.Th>
            <Table.Th scope="col">By</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {versions.data.items.map((item) => (
            <Table.Tr key={item.version}>
              <Table.Th scope="row" fw="normal">
                {item.version}
              </Table.Th>
              <Table.Td>
                <time dateTime={item.updatedAt}>{formatDateTime(item.updatedAt, timeZone)}</time>
              </Table.Td>
              <Table.Td>{item.updatedBy ?? '—'}</Table.Td>
              <Table.Td>
                <Button variant="subtle" size="compact-sm" onClick={() => setViewing(item.version)}>
                  View version {item.version}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {viewing !== null ? (
        <VersionModal
          clinicId={clinicId}
          clientId={clientId}
          clientName={clientName}
          version={viewing}
          timeZone={timeZone}
          onClose={() => setViewing(null)}
        />
      ) : null}
    </>
  );
}

/** The client's safety plan on their page: read it, edit it (a new version), look at older versions. */
export function SafetyPlanPanel({ clinicId, clientId, clientName, timeZone }: SafetyPlanPanelProps) {
  const plan = useSafetyPlan(clinicId, clientId);
  const [editing, setEditing] = useState(false);
  const [showHistory, setShowHistory] = useState(false);

  let body: React.ReactNode;
  if (plan.isPending) {
    body = <LoadingState label="Loading the safety plan" lines={6} />;
  } else if (plan.isError) {
    body = (
      <ErrorState
        title="Could not load the safety plan"
        description={describeFailure(plan.error).detail}
        onRetry={() => void plan.refetch()}
        retrying={plan.isFetching}
      />
    );
  } else if (editing) {
    body = (
      <SafetyPlanEditor
        clinicId={clinicId}
        clientId={clientId}
        clientName={clientName}
        base={plan.data}
        onDone={() => setEditing(false)}
      />
    );
  } else {
    const { plan: current } = plan.data;
    body = (
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {current.updatedAt
            ? `Version ${current.version}, saved ${formatDateTime(current.updatedAt, timeZone)}${current.updatedBy ? ` by ${current.updatedBy}` : ''}.`
            : 'Not written yet. Work through it with the client in session.'}
        </Text>
        <SafetyPlanView plan={current} clientName={clientName} />
        {showHistory ? (
          <Stack gap="xs">
            <Title order={3} size="h5">
              Version history
            </Title>
            <VersionHistory
              clinicId={clinicId}
              clientId={clientId}
              clientName={clientName}
              timeZone={timeZone}
            />
          </Stack>
        ) : null}
      </Stack>
    );
  }

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="client-safety-plan">
      <Group justify="space-between" align="flex-start" mb="md" gap="sm">
        <Title order={2} size="h3" id="client-safety-plan">
          Safety plan
        </Title>
        {plan.data && !editing ? (
          <Group gap="sm">
            <Button
              variant="default"
              onClick={() => setShowHistory((shown) => !shown)}
              aria-expanded={showHistory}
            >
              {showHistory ? 'Hide version history' : 'Version history'}
            </Button>
            <Button onClick={() => setEditing(true)}>Edit safety plan</Button>
          </Group>
        ) : null}
      </Group>
      {body}
    </Paper>
  );
}
