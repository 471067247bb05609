import { useUpdateClinicSettings } from '@interlude/api-client';
import { type ClinicSettings, UpdateClinicSettingsSchema } from '@interlude/contracts';
import { FormAlert, SubmitButton, TimezoneSelect } from '@interlude/ui';
import {
  Checkbox,
  Fieldset,
  Group,
  NumberInput,
  Paper,
  Radio,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import type { ReactNode } from 'react';
import { applyProblemToForm, contractResolver, focusFirstError } from '../../../lib/forms/contract-form';
import { useFormProblem } from '../../../lib/forms/use-form-problem';
import { notifySuccess } from '../../../lib/notify';
import { CrisisResourcesFieldset } from './CrisisResourcesFieldset';
import { type ClinicSettingsValues, toFormValues, toRequest, toRequestShape } from './settings-values';

const resolve = contractResolver(UpdateClinicSettingsSchema);

const HOMEWORK_TERMS = [
  { value: 'homework', label: 'Homework' },
  { value: 'practice', label: 'Practice' },
  { value: 'between-session activities', label: 'Between-session activities' },
] as const;

const OUTCOME_MEASURES = [
  { key: 'phq9', label: 'PHQ-9', max: 27, defaults: 'a case from 10 and a change of 6 points' },
  { key: 'gad7', label: 'GAD-7', max: 21, defaults: 'a case from 8 and a change of 4 points' },
] as const;

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="md">
        {title}
      </Title>
      <Stack gap="md">{children}</Stack>
    </Paper>
  );
}

export interface ClinicSettingsFormProps {
  clinicId: string;
  settings: ClinicSettings;
}

/** Every clinic setting on one page; the API's field errors land on their fields. */
export function ClinicSettingsForm({ clinicId, settings }: ClinicSettingsFormProps) {
  const update = useUpdateClinicSettings(clinicId);
  const { problem, alertRef, report } = useFormProblem();

  const form = useForm<ClinicSettingsValues>({
    mode: 'controlled',
    initialValues: toFormValues(settings),
    validate: (values) => resolve(toRequestShape(values)),
  });

  const submit = (values: ClinicSettingsValues) => {
    report(null);
    update.mutate(toRequest(values), {
      onSuccess: (saved) => {
        const next = toFormValues(saved);
        form.setInitialValues(next);
        form.setValues(next);
        form.resetDirty(next);
        notifySuccess('Clinic settings saved.');
      },
      onError: (error) => {
        report(applyProblemToForm(form, error));
      },
    });
  };

  return (
    <form onSubmit={form.onSubmit(submit, focusFirstError(form))} noValidate>
      <Stack gap="lg" maw={760}>
        <Section id="settings-clinic" title="Clinic">
          <TextInput label="Clinic name" required {...form.getInputProps('name')} />
          <TimezoneSelect
            label="Time zone"
            description="Due dates, reminders and the times in the audit log follow it."
            required
            {...form.getInputProps('timezone')}
          />
        </Section>

        <Section id="settings-clients" title="What clients see">
          <Radio.Group
            label="Term for homework"
            description="The word the portal uses for what clients do between sessions."
            {...form.getInputProps('homeworkTerm')}
          >
            <Stack gap="xs" mt="xs">
              {HOMEWORK_TERMS.map((term) => (
                <Radio key={term.value} value={term.value} label={term.label} />
              ))}
            </Stack>
          </Radio.Group>
          <CrisisResourcesFieldset form={form} />
        </Section>

        <Section id="settings-reminders" title="Reminders">
          <Text size="sm" c="dimmed">
            Clients get reminders in the portal, and by email unless they have turned email off.
          </Text>
          <NumberInput
            label="Remind clients this many hours before homework is due"
            description="0 turns these reminders off. At most 168 hours (a week)."
            min={0}
            max={168}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
            maw={560}
            styles={{ input: { maxWidth: 180 } }}
            {...form.getInputProps('reminderHoursBefore')}
          />
          <NumberInput
            label="Nudge clients this many hours after homework was due, if it is not done yet"
            description="Sent once, as a gentle reminder. 0 turns the nudge off. At most 168 hours (a week)."
            min={0}
            max={168}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
            maw={560}
            styles={{ input: { maxWidth: 180 } }}
            {...form.getInputProps('overdueNudgeHoursAfter')}
          />
          <Fieldset
            legend={
              <Text span fw={600} size="md">
                Quiet hours
              </Text>
            }
            variant="unstyled"
            aria-describedby="quiet-hours-help"
          >
            <Stack gap="sm">
              <Text size="sm" c="dimmed" id="quiet-hours-help">
                No reminder reaches a client between these times; one that falls inside them waits until they
                end. The times are read in each client’s own time zone, so a client abroad is not woken at
                night. For example, 21:00 to 08:00; the same time for both means no quiet hours.
              </Text>
              <Group gap="md" align="flex-start" wrap="wrap">
                <TextInput
                  type="time"
                  label="Quiet hours start"
                  required
                  w={180}
                  {...form.getInputProps('quietHoursStart')}
                />
                <TextInput
                  type="time"
                  label="Quiet hours end"
                  required
                  w={180}
                  {...form.getInputProps('quietHoursEnd')}
                />
              </Group>
            </Stack>
          </Fieldset>
          <TextInput
            type="time"
            label="Send clinicians their morning summary at"
            description={`Each clinician’s summary of open risk alerts, work to review and prep tasks due, on days when something is waiting. Sent at this time in the clinic’s time zone (${form.values.timezone || 'not chosen yet'}).`}
            required
            maw={560}
            styles={{ input: { maxWidth: 180 } }}
            {...form.getInputProps('digestTime')}
          />
        </Section>

        <Section id="settings-security" title="Security">
          <NumberInput
            label="Sign out staff after this many idle minutes"
            description="Between 5 and 480 minutes (8 hours)."
            min={5}
            max={480}
            allowDecimal={false}
            clampBehavior="none"
            maw={260}
            {...form.getInputProps('sessionTimeoutMinutes')}
          />
          <Checkbox
            label="Require two-step sign-in for all staff"
            description="Staff who have not set it up are asked to, before anything else, the next time they sign in."
            {...form.getInputProps('requireMfa', { type: 'checkbox' })}
          />
        </Section>

        <Section id="settings-reports" title="Reports">
          <NumberInput
            label="Smallest group shown in reports"
            description="Reports hide any group with fewer clients than this, so nobody can be recognised. Between 5 and 20."
            min={5}
            max={20}
            allowDecimal={false}
            clampBehavior="none"
            maw={260}
            {...form.getInputProps('smallCellThreshold')}
          />
          {OUTCOME_MEASURES.map((measure) => (
            <Fieldset key={measure.key} legend={`${measure.label} outcome thresholds`} variant="unstyled">
              <Text size="sm" c="dimmed" mb="xs">
                Used for recovery and reliable change in the outcome reports. The published values are{' '}
                {measure.defaults}.
              </Text>
              <Group align="flex-start">
                <NumberInput
                  label="A case from this score"
                  min={1}
                  max={measure.max}
                  allowDecimal={false}
                  clampBehavior="none"
                  maw={200}
                  {...form.getInputProps(`outcomeThresholds.${measure.key}.caseness`)}
                />
                <NumberInput
                  label="Reliable change (points)"
                  min={1}
                  max={measure.max}
                  allowDecimal={false}
                  clampBehavior="none"
                  maw={200}
                  {...form.getInputProps(`outcomeThresholds.${measure.key}.reliableChange`)}
                />
              </Group>
            </Fieldset>
          ))}
        </Section>

        {problem ? (
          <FormAlert ref={alertRef} title={problem.title} messages={problem.messages}>
            {problem.detail}
          </FormAlert>
        ) : null}
        <Group>
          <SubmitButton busy={update.isPending}>Save settings</SubmitButton>
        </Group>
      </Stack>
    </form>
  );
}
