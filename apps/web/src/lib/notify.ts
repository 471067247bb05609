import { notifications } from '@mantine/notifications';

/**
 * Confirms a saved change without moving focus: a polite status message that fades after a few
 * seconds (and can be closed), so keyboard and screen-reader users stay where they were.
 */
export function notifySuccess(message: string, title?: string): void {
  notifications.show({
    title,
    message,
    color: 'harbor',
    role: 'status',
    autoClose: 6000,
    withBorder: true,
    closeButtonProps: { 'aria-label': 'Dismiss this message' },
  });
}
