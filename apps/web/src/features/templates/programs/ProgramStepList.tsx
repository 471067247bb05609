import type { ProgramStep } from '@interlude/contracts';
import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { clinicPath } from '../../session/session-paths';
import { describeDayOffset, describeRecurrence, KIND_LABEL } from '../template-words';

/** A program's steps in order: the template, when it starts and how it repeats. */
export function ProgramStepList({ clinicId, steps }: { clinicId: string; steps: ProgramStep[] }) {
  if (steps.length === 0) return <Text c="dimmed">No steps.</Text>;
  return (
    <Stack component="ol" gap="md" m={0} pl="lg">
      {[...steps]
        .sort((a, b) => a.position - b.position)
        .map((step) => (
          <li key={step.position}>
            <Stack gap={2}>
              <Text>
                <Anchor component={Link} to={clinicPath(clinicId, `templates/${step.template.id}`)} fw={600}>
                  {step.template.title}
                </Anchor>{' '}
                <Text span c="dimmed" size="sm">
                  ({KIND_LABEL[step.template.kind]})
                </Text>
              </Text>
              <Text size="sm">
                {describeDayOffset(step.dayOffset)} · {describeRecurrence(step.recurrence)}
              </Text>
              {step.instructions ? (
                <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                  {step.instructions}
                </Text>
              ) : null}
            </Stack>
          </li>
        ))}
    </Stack>
  );
}
