import { Button, type ButtonProps, Loader } from '@mantine/core';
import type { MouseEvent, ReactNode } from 'react';

export interface SubmitButtonProps extends Omit<ButtonProps, 'loading'> {
  /** True while the form is being sent: the button shows progress and ignores clicks. */
  busy?: boolean;
  children: ReactNode;
  type?: 'submit' | 'button';
  onClick?: (event: MouseEvent<HTMLButtonElement>) => void;
}

/**
 * A form's submit button that keeps keyboard focus while the form is sent. Mantine's `loading` disables
 * the button, and a browser moves focus away from a disabled element, leaving a keyboard or screen
 * reader user at the top of the page; this stays enabled (aria-disabled) and ignores repeat clicks.
 */
export function SubmitButton({
  busy = false,
  children,
  type = 'submit',
  onClick,
  ...props
}: SubmitButtonProps) {
  return (
    <Button
      type={type}
      aria-disabled={busy || undefined}
      data-busy={busy || undefined}
      leftSection={busy ? <Loader size={14} color="currentColor" aria-hidden="true" /> : undefined}
      onClick={(event) => {
        if (busy) {
          event.preventDefault();
          return;
        }
        onClick?.(event);
      }}
      {...props}
    >
      {children}
    </Button>
  );
}
