import { Button, Fieldset, Group, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useEffect, useRef } from 'react';
import { type ClinicSettingsValues, emptyCrisisResource, MAX_CRISIS_RESOURCES } from './settings-values';

export interface CrisisResourcesFieldsetProps {
  form: UseFormReturnType<ClinicSettingsValues>;
}

/** The crisis lines clients see under "Need help now?": one group of fields per line. */
export function CrisisResourcesFieldset({ form }: CrisisResourcesFieldsetProps) {
  const resources = form.values.crisisResources;
  const addRef = useRef<HTMLButtonElement>(null);
  const previousCount = useRef(resources.length);

  // A new line: the cursor goes to its first field. A removed one: to "Add", which is always there.
  useEffect(() => {
    const count = resources.length;
    if (count > previousCount.current) form.getInputNode(`crisisResources.${count - 1}.name`)?.focus();
    else if (count < previousCount.current) addRef.current?.focus();
    previousCount.current = count;
  }, [resources.length, form]);

  const listError = form.errors.crisisResources;

  return (
    <Fieldset
      legend={
        <Text span fw={600} size="md">
          Crisis lines
        </Text>
      }
      variant="unstyled"
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed" id="crisis-lines-help">
          Clients see these under “Need help now?” in the portal, with a button to call. Add up to{' '}
          {MAX_CRISIS_RESOURCES}.
        </Text>
        {listError ? (
          <Text c="red.9" size="sm" role="alert">
            {listError}
          </Text>
        ) : null}
        {resources.length === 0 ? (
          <Text>No crisis lines yet.</Text>
        ) : (
          resources.map((resource, index) => (
            <Fieldset
              // Lines have no identity of their own; the form holds their values, so position is enough.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              key={index}
              legend={`Crisis line ${index + 1}`}
            >
              <Stack gap="sm">
                <Group grow align="flex-start" gap="sm" wrap="wrap">
                  <TextInput
                    label="Service name"
                    required
                    miw={200}
                    {...form.getInputProps(`crisisResources.${index}.name`)}
                  />
                  <TextInput
                    label="Phone number"
                    type="tel"
                    required
                    miw={180}
                    {...form.getInputProps(`crisisResources.${index}.phone`)}
                  />
                </Group>
                <TextInput
                  label="Description (optional)"
                  description="For example: “Free, 24 hours a day”"
                  {...form.getInputProps(`crisisResources.${index}.description`)}
                />
                <Group>
                  <Button
                    variant="default"
                    size="compact-sm"
                    onClick={() => form.removeListItem('crisisResources', index)}
                  >
                    Remove {resource.name.trim() || `crisis line ${index + 1}`}
                  </Button>
                </Group>
              </Stack>
            </Fieldset>
          ))
        )}
        <Group>
          <Button
            ref={addRef}
            variant="default"
            disabled={resources.length >= MAX_CRISIS_RESOURCES}
            onClick={() => form.insertListItem('crisisResources', emptyCrisisResource())}
          >
            Add a crisis line
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
