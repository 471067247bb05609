import type { PortalHome } from '@interlude/contracts';
import { Badge, Card, List, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { CallLink } from '../../crisis-help/components/CallLink';
import { PortalHomeStates } from '../../offline/PortalHomeStates';
import { useClientPortalHome } from '../../offline/use-client-portal-home';
import { usePortalSession } from '../../session/portal-session';
import { AddEntryForm } from '../components/AddEntryForm';
import { type SafetyPlanSection, SECTIONS } from '../sections';

const ADD_LABELS: Partial<Record<SafetyPlanSection, string>> = {
  copingStrategies: 'Add a coping strategy',
  distractions: 'Add something that helps distract me',
};

/** `/safety-plan`: the whole plan, step by step; the client adds their own coping strategies and distractions. */
export function SafetyPlanPage() {
  const session = usePortalSession();
  const home = useClientPortalHome(session);
  return (
    <Stack gap="lg" maw={640}>
      <title>My safety plan · Interlude</title>
      <PortalHomeStates query={home} loadingLabel="Loading your safety plan">
        {(data) => <SafetyPlanContent home={data} clinicId={session.clinicId} />}
      </PortalHomeStates>
    </Stack>
  );
}

function SafetyPlanContent({ home, clinicId }: { home: PortalHome; clinicId: string }) {
  return (
    <>
      <Stack gap={4}>
        <Title order={1}>My safety plan</Title>
        <Text c="dimmed">
          Made with your clinician, for hard moments. Start at the top and work down until you feel safer.
        </Text>
      </Stack>
      {SECTIONS.map((section, index) => (
        <PlanSection
          key={section.key}
          sectionKey={section.key}
          step={index + 1}
          title={section.title}
          description={section.description}
          home={home}
          clinicId={clinicId}
        />
      ))}
    </>
  );
}

interface PlanSectionProps {
  step: number;
  sectionKey: SafetyPlanSection;
  title: string;
  description: string;
  home: PortalHome;
  clinicId: string;
}

function PlanSection({ step, sectionKey, title, description, home, clinicId }: PlanSectionProps) {
  const headingId = useId();
  const [pending, setPending] = useState<string | null>(null);
  const addLabel = ADD_LABELS[sectionKey];
  const items = entriesOf(home, sectionKey, pending);

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Stack gap={2}>
          <Text size="sm" c="dimmed" aria-hidden="true">
            Step {step}
          </Text>
          <Title order={2} size="h3" id={headingId}>
            {title}
          </Title>
          <Text size="sm" c="dimmed">
            {description}
          </Text>
        </Stack>
        {items.length > 0 ? (
          <List spacing="xs">
            {items.map((item) => (
              <List.Item key={item.key}>{item.content}</List.Item>
            ))}
          </List>
        ) : (
          <Text>Nothing here yet. You and your clinician can fill this in together.</Text>
        )}
        {addLabel && (sectionKey === 'copingStrategies' || sectionKey === 'distractions') ? (
          <AddEntryForm
            clinicId={clinicId}
            section={sectionKey}
            label={addLabel}
            onPendingChange={setPending}
          />
        ) : null}
      </Stack>
    </Card>
  );
}

function entriesOf(home: PortalHome, section: SafetyPlanSection, pending: string | null) {
  const plan = home.safetyPlan;
  switch (section) {
    case 'copingStrategies':
    case 'distractions': {
      const entries = plan[section];
      // The optimistic line is the last one with the pending text.
      const pendingIndex = pending === null ? -1 : entries.map((e) => e.text).lastIndexOf(pending);
      return entries.map((entry, index) => ({
        key: `${index}-${entry.text}`,
        content: (
          <>
            {entry.text}
            {index === pendingIndex ? (
              <>
                {' '}
                <Badge variant="light" color="gray" size="sm">
                  Saving…
                </Badge>
              </>
            ) : entry.addedBy === 'client' ? (
              <Text span size="sm" c="dimmed">
                {' '}
                (added by you)
              </Text>
            ) : null}
          </>
        ),
      }));
    }
    case 'peopleToAsk':
    case 'professionals':
      return plan[section].map((contact, index) => ({
        key: `${index}-${contact.name}`,
        content: (
          <Stack gap={0}>
            {contact.phone ? (
              <CallLink name={contact.name} phone={contact.phone} />
            ) : (
              <Text fw={600}>{contact.name}</Text>
            )}
            {contact.note ? (
              <Text size="sm" c="dimmed">
                {contact.note}
              </Text>
            ) : null}
          </Stack>
        ),
      }));
    default:
      return plan[section].map((line, index) => ({ key: `${index}-${line}`, content: line }));
  }
}
