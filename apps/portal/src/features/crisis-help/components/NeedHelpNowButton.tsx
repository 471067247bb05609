import { Button, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';

/** Always in the header: safety is one tap away. Crisis lines come from clinic settings later. */
export function NeedHelpNowButton() {
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
        <Stack gap="md">
          <Text fw={600}>If you are in immediate danger, call your local emergency number.</Text>
          <Text>
            Your clinic’s crisis lines and your safety plan will appear here once your clinic sets them up.
          </Text>
        </Stack>
      </Modal>
    </>
  );
}
