import { useCreateTemplate } from '@interlude/api-client';
import { CreateTemplateRequestSchema } from '@interlude/contracts';
import { PageHeader } from '@interlude/ui';
import { Anchor, Stack } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { notifySuccess } from '../../../lib/notify';
import { useCurrentClinic } from '../../session/hooks/useCurrentClinic';
import { clinicPath } from '../../session/session-paths';
import { TemplateForm } from '../builder/TemplateForm';
import { emptyTemplateValues, toCreateRequest, toCreateShape } from '../builder/template-values';

/** `/clinics/:clinicId/templates/new`: build a template from scratch. */
export function NewTemplatePage() {
  const { clinicId } = useCurrentClinic();
  const create = useCreateTemplate(clinicId);
  const navigate = useNavigate();
  const [initialValues] = useState(emptyTemplateValues);
  const libraryPath = clinicPath(clinicId, 'templates');

  return (
    <Stack gap="lg">
      <title>New template · Interlude</title>
      <Anchor component={Link} to={libraryPath} size="sm">
        Back to the library
      </Anchor>
      <PageHeader
        title="New template"
        description="Give it a title and a kind, then add the questions the client answers. You can change it later; each save keeps the earlier versions."
      />
      <TemplateForm
        initialValues={initialValues}
        schema={CreateTemplateRequestSchema}
        toShape={toCreateShape}
        submitLabel="Save template"
        busy={create.isPending}
        onCancel={() => navigate(libraryPath)}
        onSubmit={async (values) => {
          const created = await create.mutateAsync(toCreateRequest(values));
          notifySuccess(`“${created.title}” was added to the library.`);
          navigate(clinicPath(clinicId, `templates/${created.id}`));
        }}
      />
    </Stack>
  );
}
