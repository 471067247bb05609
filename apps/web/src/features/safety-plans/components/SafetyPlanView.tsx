import type { SafetyPlanContent } from '@interlude/contracts';
import { Anchor, Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { SAFETY_PLAN_SECTIONS, type SafetyPlanSection, telHref } from '../safety-plan-sections';

export interface SafetyPlanViewProps {
  plan: SafetyPlanContent;
  /** How entries the client added are credited: "added by Jo". */
  clientName: string;
  /** Heading level of the section titles (the view sits under a section heading). */
  headingOrder?: 3 | 4;
}

function SectionItems({
  section,
  plan,
  clientName,
}: {
  section: SafetyPlanSection;
  plan: SafetyPlanContent;
  clientName: string;
}) {
  if (section.kind === 'line') {
    const items = plan[section.key];
    if (items.length === 0) return <Text c="dimmed">Nothing written yet.</Text>;
    return (
      <List spacing={4}>
        {items.map((text, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity of their own
          <List.Item key={index}>{text}</List.Item>
        ))}
      </List>
    );
  }
  if (section.kind === 'entry') {
    const items = plan[section.key];
    if (items.length === 0) return <Text c="dimmed">Nothing written yet.</Text>;
    return (
      <List spacing={4}>
        {items.map((entry, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: entries have no identity of their own
          <List.Item key={index}>
            <Group gap="xs" wrap="wrap">
              <span>{entry.text}</span>
              {entry.addedBy === 'client' ? (
                <Badge variant="light" color="blue" tt="none">
                  added by {clientName}
                </Badge>
              ) : null}
            </Group>
          </List.Item>
        ))}
      </List>
    );
  }
  const contacts = plan[section.key];
  if (contacts.length === 0) return <Text c="dimmed">Nobody listed yet.</Text>;
  return (
    <List spacing={4}>
      {contacts.map((contact, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: contacts have no identity of their own
        <List.Item key={index}>
          <Text span fw={600}>
            {contact.name}
          </Text>
          {contact.phone ? (
            <>
              {' · '}
              <Anchor href={telHref(contact.phone)} aria-label={`Call ${contact.name}: ${contact.phone}`}>
                {contact.phone}
              </Anchor>
            </>
          ) : null}
          {contact.note ? (
            <Text span c="dimmed">
              {' · '}
              {contact.note}
            </Text>
          ) : null}
        </List.Item>
      ))}
    </List>
  );
}

/** The plan as the client and clinician read it: seven sections in Stanley–Brown order, numbered. */
export function SafetyPlanView({ plan, clientName, headingOrder = 3 }: SafetyPlanViewProps) {
  const idPrefix = useId();
  return (
    <Stack gap="lg">
      {SAFETY_PLAN_SECTIONS.map((section, index) => (
        <section key={section.key} aria-labelledby={`${idPrefix}-${section.key}`}>
          <Title order={headingOrder} size="h5" id={`${idPrefix}-${section.key}`} mb={4}>
            {index + 1}. {section.title}
          </Title>
          <SectionItems section={section} plan={plan} clientName={clientName} />
        </section>
      ))}
    </Stack>
  );
}
