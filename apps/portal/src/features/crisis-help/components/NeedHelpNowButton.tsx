import type { PortalHome } from '@interlude/contracts';
import { Anchor, Button, List, Modal, Stack, Text, Title } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useId } from 'react';
import { Link } from 'react-router';
import { SAFETY_PLAN_PATH } from '../../session/session-paths';
import { CallLink } from './CallLink';

export interface NeedHelpNowButtonProps {
  /** The client's clinic, crisis lines and safety plan: from the cache or the copy kept offline. */
  home?: PortalHome;
  /** Signed in: the dialog links to the whole safety plan. */
  signedIn?: boolean;
}

function HelpSection({ title, children }: { title: string; children: React.ReactNode }) {
  const headingId = useId();
  return (
    <Stack component="section" gap="xs" aria-labelledby={headingId}>
      <Title order={3} size="h4" id={headingId}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/** Always in the header: the crisis lines and the essentials of the client's safety plan, one tap away. */
export function NeedHelpNowButton({ home, signedIn = false }: NeedHelpNowButtonProps) {
  const [opened, { open, close }] = useDisclosure(false);
  const isSmallPhone = useMediaQuery('(max-width: 30em)');
  const plan = home?.safetyPlan;
  const contacts = plan ? [...plan.peopleToAsk, ...plan.professionals] : [];

  return (
    <>
      <Button size="sm" onClick={open} aria-haspopup="dialog">
        Need help now?
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title="Need help now?"
        closeButtonProps={{ 'aria-label': 'Close' }}
        fullScreen={isSmallPhone}
        centered
      >
        <Stack gap="lg">
          <Text fw={600}>If you are in immediate danger, call your local emergency number.</Text>
          {home ? (
            <>
              <HelpSection title="Crisis lines">
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
                <HelpSection title="People I can contact">
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
              {plan && plan.copingStrategies.length > 0 ? (
                <HelpSection title="Things I can do to feel better">
                  <List spacing={4}>
                    {plan.copingStrategies.map((entry) => (
                      <List.Item key={entry.text}>{entry.text}</List.Item>
                    ))}
                  </List>
                </HelpSection>
              ) : null}
              {plan && plan.reasonsForLiving.length > 0 ? (
                <HelpSection title="My reasons for living">
                  <List spacing={4}>
                    {plan.reasonsForLiving.map((reason) => (
                      <List.Item key={reason}>{reason}</List.Item>
                    ))}
                  </List>
                </HelpSection>
              ) : null}
              {signedIn ? (
                <Anchor component={Link} to={SAFETY_PLAN_PATH} onClick={close}>
                  See my whole safety plan
                </Anchor>
              ) : null}
            </>
          ) : (
            <Text>Once you sign in, your clinic’s crisis lines and your safety plan will appear here.</Text>
          )}
        </Stack>
      </Modal>
    </>
  );
}
