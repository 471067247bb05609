import { useClient, useClinicSettings, useUpdateClient } from '@interlude/api-client';
import { UpdateClientRequestSchema } from '@interlude/contracts';
import { ErrorState, LoadingState, PageHeader } from '@interlude/ui';
import { Stack } from '@mantine/core';
import { useNavigate, useParams } from 'react-router';
import { describeFailure } from '../../../lib/forms/contract-form';
import { notifySuccess } from '../../../lib/notify';
import { useCurrentClinic } from '../../session/hooks/useCurrentClinic';
import { clinicPath } from '../../session/session-paths';
import { ClientForm } from '../components/ClientForm';
import { ClientNotFound } from '../components/ClientNotFound';
import { toClientValues, toUpdateRequest, toUpdateShape } from '../components/client-values';
import { useClinicianOptions } from '../hooks/useClinicianOptions';
import { isNotFound } from './client-route-utils';

/** `/clinics/:clinicId/clients/:clientId/edit`. */
export function EditClientPage() {
  const { clientId = '' } = useParams();
  const { clinicId, hasRole } = useCurrentClinic();
  const isAdmin = hasRole('admin');
  const client = useClient(clinicId, clientId);
  const settings = useClinicSettings(clinicId);
  const clinicians = useClinicianOptions(clinicId, isAdmin);
  const update = useUpdateClient(clinicId, clientId);
  const navigate = useNavigate();
  const detailPath = clinicPath(clinicId, `clients/${clientId}`);

  if (client.isError && isNotFound(client.error)) {
    return <ClientNotFound />;
  }
  const failed = client.isError
    ? client
    : settings.isError
      ? settings
      : isAdmin && clinicians.isError
        ? clinicians
        : null;
  if (failed) {
    return (
      <ErrorState
        title="Could not open the form"
        description={describeFailure(failed.error).detail}
        onRetry={() => void failed.refetch()}
        retrying={failed.isFetching}
      />
    );
  }
  if (!client.data || !settings.data || (isAdmin && !clinicians.data)) {
    return <LoadingState label="Loading the client" lines={8} />;
  }

  const clinicTimeZone = settings.data.timezone;
  const options = { clinicTimeZone, choosesClinicians: isAdmin };
  const current = client.data;
  // A clinician who is not yet in the options (e.g. deactivated) still shows by name.
  const known = new Set((clinicians.data ?? []).map((option) => option.value));
  const extra = [current.primaryClinician, ...current.additionalClinicians]
    .filter((ref) => !known.has(ref.membershipId))
    .map((ref) => ({ value: ref.membershipId, label: ref.name }));

  return (
    <Stack gap="lg">
      <title>{`Edit ${current.name} · Interlude`}</title>
      <PageHeader title={`Edit ${current.name}`} />
      <ClientForm
        key={current.updatedAt}
        initialValues={toClientValues(current, clinicTimeZone)}
        schema={UpdateClientRequestSchema}
        toShape={(values) => toUpdateShape(values, options)}
        clinicianOptions={isAdmin ? [...(clinicians.data ?? []), ...extra] : undefined}
        cliniciansNote={`Primary clinician: ${current.primaryClinician.name}. An administrator can change who holds this client.`}
        clinicTimeZone={clinicTimeZone}
        submitLabel="Save changes"
        busy={update.isPending}
        onCancel={() => navigate(detailPath)}
        onSubmit={async (values) => {
          const saved = await update.mutateAsync(toUpdateRequest(values, options));
          notifySuccess(`${saved.name}’s record was saved.`);
          navigate(detailPath);
        }}
      />
    </Stack>
  );
}
