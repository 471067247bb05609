import { useDashboard } from '@interlude/api-client';
import type { RiskAlert } from '@interlude/contracts';
import { EmptyState, ErrorState, LoadingState } from '@interlude/ui';
import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import { formatSessionTime } from '../../../lib/dates/clinic-time';
import { describeFailure } from '../../../lib/forms/contract-form';
import { ITEM9_ANSWER } from '../../homework/homework-words';
import { PrepTaskList } from '../../prep-tasks/components/PrepTaskList';
import { AcknowledgeRiskAlertDialog } from '../../review/components/NoteDialogs';
import { RISK_FILL } from '../../review/risk-color';
import { clinicPath } from '../../session/session-paths';
import { CaseloadTable } from './CaseloadTable';

function Section({
  id,
  title,
  action,
  children,
}: {
  id: string;
  title: string;
  action?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={id}>
      <Group justify="space-between" align="center" mb="md" gap="sm">
        <Title order={2} size="h3" id={id}>
          {title}
        </Title>
        {action}
      </Group>
      {children}
    </Paper>
  );
}

export const riskAlertWords = (alert: RiskAlert): string =>
  `PHQ-9 item 9 (thoughts of self-harm) answered “${ITEM9_ANSWER[alert.itemAnswer] ?? alert.itemAnswer}”`;

function RiskAlerts({
  clinicId,
  alerts,
  timeZone,
}: {
  clinicId: string;
  alerts: RiskAlert[];
  timeZone: string;
}) {
  const [acknowledging, setAcknowledging] = useState<RiskAlert | null>(null);
  return (
    <Paper
      component="section"
      aria-labelledby="dashboard-risk-alerts"
      withBorder
      p="lg"
      bg="orange.0"
      style={{ borderLeft: '4px solid var(--mantine-color-orange-7)' }}
    >
      <Title order={2} size="h3" id="dashboard-risk-alerts" mb="sm">
        Risk alerts
      </Title>
      <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
        {alerts.map((alert) => (
          <Group key={alert.id} component="li" justify="space-between" wrap="wrap" gap="sm">
            <Stack gap={2}>
              <Text fw={600}>
                <Anchor component={Link} to={clinicPath(clinicId, `clients/${alert.client.id}`)} inherit>
                  {alert.client.name}
                </Anchor>
              </Text>
              <Text size="sm">
                {riskAlertWords(alert)} ·{' '}
                <time dateTime={alert.createdAt}>{formatSessionTime(alert.createdAt, timeZone)}</time> ·{' '}
                <Anchor
                  component={Link}
                  to={clinicPath(clinicId, `submissions/${alert.submissionId}`)}
                  inherit
                >
                  See the answers
                </Anchor>
              </Text>
            </Stack>
            <Button
              size="sm"
              color={RISK_FILL}
              onClick={() => setAcknowledging(alert)}
              aria-label={`Acknowledge the risk alert for ${alert.client.name}`}
            >
              Acknowledge
            </Button>
          </Group>
        ))}
      </Stack>
      {acknowledging ? (
        <AcknowledgeRiskAlertDialog
          clinicId={clinicId}
          alert={{
            id: acknowledging.id,
            clientName: acknowledging.client.name,
            description: `${acknowledging.client.name}: ${riskAlertWords(acknowledging)}. Write what you did; the alert then leaves your dashboard.`,
          }}
          onClose={() => setAcknowledging(null)}
        />
      ) : null}
    </Paper>
  );
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** A clinician's (or admin's) dashboard: risk alerts first, then review, prep tasks and the caseload. */
export function ClinicianDashboard({ clinicId, timeZone }: { clinicId: string; timeZone: string }) {
  const dashboard = useDashboard(clinicId);

  if (dashboard.isPending) return <LoadingState label="Loading your dashboard" lines={8} />;
  if (dashboard.isError) {
    return (
      <ErrorState
        title="Could not load your dashboard"
        description={describeFailure(dashboard.error).detail}
        onRetry={() => void dashboard.refetch()}
        retrying={dashboard.isFetching}
      />
    );
  }

  const { riskAlerts, reviewCounts, prepTasksDue, caseload } = dashboard.data;
  const waiting = reviewCounts.submissions + reviewCounts.declines + reviewCounts.riskAlerts;

  return (
    <Stack gap="lg">
      {riskAlerts.length > 0 ? (
        <RiskAlerts clinicId={clinicId} alerts={riskAlerts} timeZone={timeZone} />
      ) : null}

      <Section
        id="dashboard-review"
        title="Waiting for review"
        action={
          <Anchor component={Link} to={clinicPath(clinicId, 'review')}>
            Open the review queue
          </Anchor>
        }
      >
        {waiting === 0 ? (
          <Text c="dimmed">Nothing waiting. New submissions and declines will show here.</Text>
        ) : (
          <Text>
            {plural(reviewCounts.submissions, 'submission', 'submissions')},{' '}
            {plural(reviewCounts.declines, 'decline', 'declines')} to talk through
            {reviewCounts.flagged > 0 ? `, ${reviewCounts.flagged} flagged for next session` : ''}
            {reviewCounts.riskAlerts > 0
              ? `, ${plural(reviewCounts.riskAlerts, 'risk alert', 'risk alerts')}`
              : ''}
            .
          </Text>
        )}
      </Section>

      <Section
        id="dashboard-prep"
        title="Prep tasks due"
        action={
          <Anchor component={Link} to={clinicPath(clinicId, 'prep-tasks')}>
            All prep tasks
          </Anchor>
        }
      >
        {prepTasksDue.length === 0 ? (
          <Text c="dimmed">Nothing due soon.</Text>
        ) : (
          <PrepTaskList clinicId={clinicId} tasks={prepTasksDue} timeZone={timeZone} label="Prep tasks due" />
        )}
      </Section>

      <Section id="dashboard-caseload" title="Your caseload">
        {caseload.length === 0 ? (
          <EmptyState
            headingOrder={3}
            title="No clients yet"
            description="Clients on your caseload appear here with how their homework is going."
            action={
              <Button component={Link} to={clinicPath(clinicId, 'clients/new')} variant="default">
                Add a client
              </Button>
            }
          />
        ) : (
          <CaseloadTable clinicId={clinicId} rows={caseload} timeZone={timeZone} />
        )}
      </Section>
    </Stack>
  );
}
