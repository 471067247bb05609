import { useClinicSettings, useCreateClient } from '@interlude/api-client';
import { CreateClientRequestSchema } from '@interlude/contracts';
import { ErrorState, LoadingState, PageHeader } from '@interlude/ui';
import { Stack } from '@mantine/core';
import { useNavigate } from 'react-router';
import { describeFailure } from '../../../lib/forms/contract-form';
import { notifySuccess } from '../../../lib/notify';
import { useCurrentClinic } from '../../session/hooks/useCurrentClinic';
import { clinicPath } from '../../session/session-paths';
import { ClientForm } from '../components/ClientForm';
import { emptyClientValues, toCreateRequest, toCreateShape } from '../components/client-values';
import { useClinicianOptions } from '../hooks/useClinicianOptions';

/** `/clinics/:clinicId/clients/new`: admins choose the clinician; a clinician adds to their own caseload. */
export function NewClientPage() {
  const { clinicId, hasRole, membership } = useCurrentClinic();
  const isAdmin = hasRole('admin');
  const isClinician = hasRole('clinician');
  // Admins and clinicians both choose who holds the client; a clinician starts as the primary.
  const choosesClinicians = isAdmin || isClinician;
  const settings = useClinicSettings(clinicId);
  const clinicians = useClinicianOptions(clinicId, choosesClinicians);
  const create = useCreateClient(clinicId);
  const navigate = useNavigate();
  const listPath = clinicPath(clinicId, 'clients');

  const ready = settings.data && (!choosesClinicians || clinicians.data);
  const failed = settings.isError ? settings : choosesClinicians && clinicians.isError ? clinicians : null;

  let body: React.ReactNode;
  if (failed) {
    body = (
      <ErrorState
        title="Could not open the form"
        description={describeFailure(failed.error).detail}
        onRetry={() => void failed.refetch()}
        retrying={failed.isFetching}
      />
    );
  } else if (!ready || !settings.data) {
    body = <LoadingState label="Loading the form" lines={8} />;
  } else {
    const clinicTimeZone = settings.data.timezone;
    const options = { clinicTimeZone, choosesClinicians };
    body = (
      <ClientForm
        initialValues={emptyClientValues(clinicTimeZone, isClinician ? membership.id : '')}
        schema={CreateClientRequestSchema}
        toShape={(values) => toCreateShape(values, options)}
        clinicianOptions={choosesClinicians ? clinicians.data : undefined}
        cliniciansNote="You will be their primary clinician. An administrator can add colleagues or transfer the client later."
        clinicTimeZone={clinicTimeZone}
        submitLabel="Add client"
        busy={create.isPending}
        onCancel={() => navigate(listPath)}
        onSubmit={async (values) => {
          const created = await create.mutateAsync(toCreateRequest(values, options));
          notifySuccess(`${created.name} was added.`);
          navigate(clinicPath(clinicId, `clients/${created.id}`));
        }}
      />
    );
  }

  return (
    <Stack gap="lg">
      <title>Add a client · Interlude</title>
      <PageHeader
        title="Add a client"
        description="Only the name is required; you can fill in the rest later."
      />
      {body}
    </Stack>
  );
}
