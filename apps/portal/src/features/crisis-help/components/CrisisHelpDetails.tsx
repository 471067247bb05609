import type { PortalHome } from '@interlude/contracts';
import { List, Stack, Text, Title, type TitleOrder } from '@mantine/core';
import { type ReactNode, useId } from 'react';
import { CallLink } from './CallLink';

function HelpSection({
  title,
  headingOrder,
  children,
}: {
  title: string;
  headingOrder: TitleOrder;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <Stack component="section" gap="xs" aria-labelledby={headingId}>
      <Title order={headingOrder} size="h4" id={headingId}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

export interface CrisisHelpDetailsProps {
  /** The client's clinic, crisis lines and safety plan. */
  home: PortalHome;
  /** The level of the sections' headings (3 in the "Need help now?" dialog). */
  headingOrder?: TitleOrder;
}

/**
 * The clinic's crisis lines (tap to call) and the essentials of the client's safety plan: people to
 * contact, things that help, reasons for living. Used by "Need help now?" and after a worrying answer.
 */
export function CrisisHelpDetails({ home, headingOrder = 3 }: CrisisHelpDetailsProps) {
  const plan = home.safetyPlan;
  const contacts = [...plan.peopleToAsk, ...plan.professionals];
  return (
    <>
      <HelpSection title="Crisis lines" headingOrder={headingOrder}>
        {home.clinic.crisisResources.length > 0 ? (
          <List listStyleType="none" spacing="sm">
            {home.clinic.crisisResources.map((resource) => (
              <List.Item key={`${resource.name}-${resource.phone}`}>
                <CallLink name={resource.name} phone={resource.phone} />
                {resource.description ? (
                  <Text size="sm" c="dimmed">
                    {resource.description}
                  </Text>
                ) : null}
              </List.Item>
            ))}
          </List>
        ) : (
          <Text>{home.clinic.name} has not added crisis lines yet.</Text>
        )}
      </HelpSection>
      {contacts.length > 0 ? (
        <HelpSection title="People I can contact" headingOrder={headingOrder}>
          <List listStyleType="none" spacing="sm">
            {contacts.map((contact) => (
              <List.Item key={`${contact.name}-${contact.phone ?? ''}`}>
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
              </List.Item>
            ))}
          </List>
        </HelpSection>
      ) : null}
      {plan.copingStrategies.length > 0 ? (
        <HelpSection title="Things I can do to feel better" headingOrder={headingOrder}>
          <List spacing={4}>
            {plan.copingStrategies.map((entry) => (
              <List.Item key={entry.text}>{entry.text}</List.Item>
            ))}
          </List>
        </HelpSection>
      ) : null}
      {plan.reasonsForLiving.length > 0 ? (
        <HelpSection title="My reasons for living" headingOrder={headingOrder}>
          <List spacing={4}>
            {plan.reasonsForLiving.map((reason) => (
              <List.Item key={reason}>{reason}</List.Item>
            ))}
          </List>
        </HelpSection>
      ) : null}
    </>
  );
}
