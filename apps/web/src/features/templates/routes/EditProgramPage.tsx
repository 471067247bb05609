import { useProgram, useUpdateProgram } from '@interlude/api-client';
import { UpdateProgramRequestSchema } from '@interlude/contracts';
import { ErrorState, LoadingState, PageHeader } from '@interlude/ui';
import { Anchor, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { describeFailure } from '../../../lib/forms/contract-form';
import { notifySuccess } from '../../../lib/notify';
import { useCurrentClinic } from '../../session/hooks/useCurrentClinic';
import { clinicPath } from '../../session/session-paths';
import { LibraryNotFound } from '../components/LibraryNotFound';
import { useTemplateOptions } from '../hooks/useTemplateOptions';
import { ProgramForm } from '../programs/ProgramForm';
import { toProgramShape, toProgramValues, toUpdateProgramRequest } from '../programs/program-values';
import { isNotFound } from './route-utils';

/** `/clinics/:clinicId/programs/:programId/edit`. */
export function EditProgramPage() {
  const { programId = '' } = useParams();
  const { clinicId } = useCurrentClinic();
  const program = useProgram(clinicId, programId);
  const used = useMemo(
    () =>
      (program.data?.steps ?? []).map((step) => ({
        value: step.template.id,
        label: step.template.title,
        kind: step.template.kind,
      })),
    [program.data],
  );
  const templates = useTemplateOptions(clinicId, used);
  const update = useUpdateProgram(clinicId, programId);
  const navigate = useNavigate();
  const detailPath = clinicPath(clinicId, `programs/${programId}`);
  const initialValues = useMemo(() => (program.data ? toProgramValues(program.data) : null), [program.data]);

  if (program.isError && isNotFound(program.error)) return <LibraryNotFound what="program" />;
  const failed = program.isError ? program : templates.isError ? templates : null;
  if (failed) {
    return (
      <ErrorState
        title="Could not open the program"
        description={describeFailure(failed.error).detail}
        onRetry={() => void failed.refetch()}
        retrying={failed.isFetching}
      />
    );
  }
  if (!program.data || !initialValues || templates.isPending) {
    return <LoadingState label="Loading the program" lines={8} />;
  }

  const data = program.data;
  return (
    <Stack gap="lg">
      <title>{`Edit ${data.name} · Interlude`}</title>
      <Anchor component={Link} to={detailPath} size="sm">
        Back to {data.name}
      </Anchor>
      <PageHeader title={`Edit ${data.name}`} />
      <Text size="sm" c="dimmed" maw={720}>
        Changes apply to new assignments. Clients already following this program keep the steps they were
        given.
      </Text>
      <ProgramForm
        key={data.updatedAt}
        initialValues={initialValues}
        schema={UpdateProgramRequestSchema}
        toShape={toProgramShape}
        templates={templates.grouped}
        submitLabel="Save program"
        busy={update.isPending}
        onCancel={() => navigate(detailPath)}
        onSubmit={async (values) => {
          const saved = await update.mutateAsync(toUpdateProgramRequest(values));
          notifySuccess(`“${saved.name}” was saved.`);
          navigate(detailPath);
        }}
      />
    </Stack>
  );
}
