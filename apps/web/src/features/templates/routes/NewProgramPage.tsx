import { useCreateProgram } from '@interlude/api-client';
import { CreateProgramRequestSchema } from '@interlude/contracts';
import { EmptyState, ErrorState, LoadingState, PageHeader } from '@interlude/ui';
import { Anchor, Button, Stack } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { describeFailure } from '../../../lib/forms/contract-form';
import { notifySuccess } from '../../../lib/notify';
import { useCurrentClinic } from '../../session/hooks/useCurrentClinic';
import { clinicPath } from '../../session/session-paths';
import { useTemplateOptions } from '../hooks/useTemplateOptions';
import { ProgramForm } from '../programs/ProgramForm';
import { emptyProgramValues, toCreateProgramRequest, toProgramShape } from '../programs/program-values';

/** `/clinics/:clinicId/programs/new`. */
export function NewProgramPage() {
  const { clinicId } = useCurrentClinic();
  const templates = useTemplateOptions(clinicId);
  const create = useCreateProgram(clinicId);
  const navigate = useNavigate();
  const [initialValues] = useState(emptyProgramValues);
  const listPath = clinicPath(clinicId, 'programs');

  let body: React.ReactNode;
  if (templates.isPending) {
    body = <LoadingState label="Loading the library" lines={8} />;
  } else if (templates.isError) {
    body = (
      <ErrorState
        title="Could not load the library"
        description={describeFailure(templates.error).detail}
        onRetry={() => void templates.refetch()}
        retrying={templates.isFetching}
      />
    );
  } else if (templates.options.length === 0) {
    body = (
      <EmptyState
        title="There are no templates to use yet"
        description="A program is made of templates from the library. Build a template first."
        action={
          <Button component={Link} to={clinicPath(clinicId, 'templates/new')}>
            New template
          </Button>
        }
      />
    );
  } else {
    body = (
      <ProgramForm
        initialValues={initialValues}
        schema={CreateProgramRequestSchema}
        toShape={toProgramShape}
        templates={templates.grouped}
        submitLabel="Save program"
        busy={create.isPending}
        onCancel={() => navigate(listPath)}
        onSubmit={async (values) => {
          const created = await create.mutateAsync(toCreateProgramRequest(values));
          notifySuccess(`“${created.name}” was saved.`);
          navigate(clinicPath(clinicId, `programs/${created.id}`));
        }}
      />
    );
  }

  return (
    <Stack gap="lg">
      <title>New program · Interlude</title>
      <Anchor component={Link} to={listPath} size="sm">
        Back to programs
      </Anchor>
      <PageHeader
        title="New program"
        description="Put templates in order and say when each starts and how often it repeats."
      />
      {body}
    </Stack>
  );
}
