import { PasswordInput, type PasswordInputProps } from '@mantine/core';

/** The password rule, shown under every field where a password is chosen (NIST 800-63B: length, no common ones). */
export const PASSWORD_RULE = 'At least 10 characters. Avoid common passwords.';

export function NewPasswordInput(props: PasswordInputProps) {
  return <PasswordInput autoComplete="new-password" description={PASSWORD_RULE} {...props} />;
}
