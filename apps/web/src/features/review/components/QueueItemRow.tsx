import type { ReviewQueueItem } from '@interlude/contracts';
import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatSessionTime } from '../../../lib/dates/clinic-time';
import { declinedBecause, KIND_LABEL } from '../../homework/homework-words';
import { clinicPath } from '../../session/session-paths';
import { RISK_FILL } from '../risk-color';

export interface QueueItemRowProps {
  item: ReviewQueueItem;
  clinicId: string;
  timeZone: string;
  /** Hide the client's name (on the client's own page). */
  withoutClient?: boolean;
  onAcknowledge?: (item: ReviewQueueItem) => void;
  onDiscussed?: (item: ReviewQueueItem) => void;
}

const TYPE_LABEL: Record<ReviewQueueItem['type'], string> = {
  risk_alert: 'Risk alert',
  submission: 'Submission',
  decline: 'Declined',
};

/** One thing waiting: a risk alert (calm but distinct), a submission to read, or a decline to talk through. */
export function QueueItemRow({
  item,
  clinicId,
  timeZone,
  withoutClient = false,
  onAcknowledge,
  onDiscussed,
}: QueueItemRowProps) {
  const isAlert = item.type === 'risk_alert';
  const when = <time dateTime={item.at}>{formatSessionTime(item.at, timeZone)}</time>;
  const client = withoutClient ? null : (
    <Anchor component={Link} to={clinicPath(clinicId, `clients/${item.client.id}`)} underline="always">
      {item.client.name}
    </Anchor>
  );

  return (
    <Paper
      component="li"
      withBorder
      p="md"
      bg={isAlert ? 'orange.0' : undefined}
      style={isAlert ? { borderLeft: '4px solid var(--mantine-color-orange-7)' } : undefined}
    >
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={4}>
          <Group gap="xs">
            <Badge variant={isAlert ? 'filled' : 'light'} color={isAlert ? RISK_FILL : 'gray'}>
              {TYPE_LABEL[item.type]}
            </Badge>
            {item.submissionId ? (
              <Anchor component={Link} to={clinicPath(clinicId, `submissions/${item.submissionId}`)} fw={600}>
                {item.title}
              </Anchor>
            ) : (
              <Text fw={600}>{item.title}</Text>
            )}
            {item.late ? (
              // Dark text on the pale yellow: Mantine's yellow-on-yellow fails WCAG AA contrast.
              <Badge variant="light" color="yellow" c="dark.8">
                Late
              </Badge>
            ) : null}
            {!item.open ? (
              <Badge variant="light" color="harbor">
                {item.type === 'risk_alert'
                  ? 'Acknowledged'
                  : item.type === 'decline'
                    ? 'Discussed'
                    : 'Reviewed'}
              </Badge>
            ) : null}
            {item.flagged ? (
              <Badge variant="light" color="blue">
                Wants to talk about it next session
              </Badge>
            ) : null}
          </Group>
          <Text size="sm" c="dimmed">
            {client}
            {client ? ' · ' : ''}
            {item.kind ? `${KIND_LABEL[item.kind]} · ` : ''}
            {when}
          </Text>
          {item.type === 'decline' ? (
            <Text size="sm">
              {declinedBecause(item.declineReason)}
              {item.declineNote ? `: “${item.declineNote}”` : ''}
            </Text>
          ) : null}
        </Stack>
        <Group gap="xs">
          {isAlert && item.open && onAcknowledge ? (
            <Button size="sm" color={RISK_FILL} onClick={() => onAcknowledge(item)}>
              Acknowledge
            </Button>
          ) : null}
          {item.type === 'decline' && item.open && onDiscussed ? (
            <Button size="sm" variant="default" onClick={() => onDiscussed(item)}>
              Discussed in session
            </Button>
          ) : null}
        </Group>
      </Group>
    </Paper>
  );
}
