import { useClinicSettings } from '@interlude/api-client';
import { ErrorState, LoadingState, PageHeader } from '@interlude/ui';
import { Stack } from '@mantine/core';
import { describeFailure } from '../../../lib/forms/contract-form';
import { useCurrentClinic } from '../../session/hooks/useCurrentClinic';
import { ClinicSettingsForm } from '../components/ClinicSettingsForm';

/** `/clinics/:clinicId/settings` (admins). */
export function ClinicSettingsPage() {
  const { clinicId } = useCurrentClinic();
  const settings = useClinicSettings(clinicId);

  return (
    <Stack gap="lg">
      <title>Clinic settings · Interlude</title>
      <PageHeader
        title="Clinic settings"
        description="How Interlude works for everyone in this clinic: staff and clients."
      />
      {settings.isPending ? (
        <LoadingState label="Loading the clinic settings" lines={8} />
      ) : settings.isError ? (
        <ErrorState
          title="Could not load the clinic settings"
          description={describeFailure(settings.error).detail}
          onRetry={() => void settings.refetch()}
          retrying={settings.isFetching}
        />
      ) : (
        <ClinicSettingsForm clinicId={clinicId} settings={settings.data} />
      )}
    </Stack>
  );
}
