import { Alert, List } from '@mantine/core';
import { forwardRef, type ReactNode } from 'react';

export interface FormAlertProps {
  /** What went wrong, e.g. the problem's detail. */
  title?: string;
  children?: ReactNode;
  /** Further messages that belong to no single field. */
  messages?: string[];
}

/**
 * A form-level error above the submit button: announced when it appears (role="alert") and focusable,
 * so a form can move focus to it when no single field is to blame.
 */
export const FormAlert = forwardRef<HTMLDivElement, FormAlertProps>(function FormAlert(
  { title = 'That did not work', children, messages = [] },
  ref,
) {
  return (
    <Alert ref={ref} tabIndex={-1} role="alert" color="red" variant="light" title={title}>
      {children}
      {messages.length > 0 ? (
        <List size="sm" mt={children ? 'xs' : 0}>
          {messages.map((message) => (
            <List.Item key={message}>{message}</List.Item>
          ))}
        </List>
      ) : null}
    </Alert>
  );
});
