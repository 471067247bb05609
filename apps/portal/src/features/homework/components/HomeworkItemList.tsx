import type { MyOccurrenceItem } from '@interlude/contracts';
import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { homeworkItemPath } from '../../session/session-paths';
import { dueWords, KIND_WORDS, statusWords } from '../homework-words';

function HomeworkItemCard({ item, today }: { item: MyOccurrenceItem; today: string }) {
  const done = item.status !== 'pending';
  return (
    <Card
      component={Link}
      to={homeworkItemPath(item.occurrenceId)}
      withBorder
      radius="md"
      padding="md"
      data-testid="homework-item"
    >
      <Stack gap={4}>
        <Text fw={600} size="lg">
          {item.title}
        </Text>
        <Group gap="xs">
          <Badge variant="light" color="gray" radius="sm">
            {KIND_WORDS[item.kind]}
          </Badge>
          <Text size="sm" c="dimmed">
            {dueWords(item, today)}
          </Text>
        </Group>
        {done || item.overdue ? <Text size="sm">{statusWords(item)}</Text> : null}
        {item.hasDraft && !done ? (
          <Text size="sm" c="dimmed">
            Started — your draft is saved
          </Text>
        ) : null}
        {item.feedbackCount > 0 ? (
          <Text size="sm" c="blue.8">
            {item.feedbackCount === 1
              ? 'A note from your clinician'
              : `${item.feedbackCount} notes from your clinician`}
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}

/** Homework as a list of big tappable cards, each opening its own screen. */
export function HomeworkItemList({ items, today }: { items: MyOccurrenceItem[]; today: string }) {
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
      {items.map((item) => (
        <li key={item.occurrenceId}>
          <HomeworkItemCard item={item} today={today} />
        </li>
      ))}
    </Stack>
  );
}
