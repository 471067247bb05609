import type { StaffRole } from '@interlude/contracts';
import { Checkbox, Stack } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { ROLE_DESCRIPTIONS, ROLE_LABELS, STAFF_ROLES } from '../../../lib/roles';

export interface RoleCheckboxesProps {
  /** `form.getInputProps('roles')`. */
  inputProps: GetInputPropsReturnType;
  /** Roles that cannot be unticked here, with the reason shown under them. */
  locked?: Partial<Record<StaffRole, string>>;
}

/** One checkbox per staff role, each saying what the role does. */
export function RoleCheckboxes({ inputProps, locked = {} }: RoleCheckboxesProps) {
  return (
    <Checkbox.Group label="Roles" description="Choose at least one." withAsterisk {...inputProps}>
      <Stack gap="sm" mt="xs">
        {STAFF_ROLES.map((role) => (
          <Checkbox
            key={role}
            value={role}
            label={ROLE_LABELS[role]}
            description={locked[role] ?? ROLE_DESCRIPTIONS[role]}
            disabled={Boolean(locked[role])}
          />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}
