import type { PortalHome } from '@interlude/contracts';
import { Anchor, Button, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { Link } from 'react-router';
import { SAFETY_PLAN_PATH } from '../../session/session-paths';
import { CrisisHelpDetails } from './CrisisHelpDetails';

export interface NeedHelpNowButtonProps {
  /** The client's clinic, crisis lines and safety plan: from the cache or the copy kept offline. */
  home?: PortalHome;
  /** Signed in: the dialog links to the whole safety plan. */
  signedIn?: boolean;
}

/** Always in the header: the crisis lines and the essentials of the client's safety plan, one tap away. */
export function NeedHelpNowButton({ home, signedIn = false }: NeedHelpNowButtonProps) {
  const [opened, { open, close }] = useDisclosure(false);
  const isSmallPhone = useMediaQuery('(max-width: 30em)');

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
              <CrisisHelpDetails home={home} />
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
