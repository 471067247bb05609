import { useTemplate, useUpdateTemplate } from '@interlude/api-client';
import { UpdateTemplateRequestSchema } from '@interlude/contracts';
import { ErrorState, LoadingState, PageHeader } from '@interlude/ui';
import { Alert, Anchor, Stack } from '@mantine/core';
import { useMemo } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { describeFailure } from '../../../lib/forms/contract-form';
import { notifySuccess } from '../../../lib/notify';
import { useCurrentClinic } from '../../session/hooks/useCurrentClinic';
import { clinicPath } from '../../session/session-paths';
import { NewVersionNotice, TemplateForm } from '../builder/TemplateForm';
import {
  contentOf,
  sameContent,
  toContent,
  toContentShape,
  toTemplateValues,
} from '../builder/template-values';
import { LibraryNotFound } from '../components/LibraryNotFound';
import { isNotFound } from './route-utils';

/** `/clinics/:clinicId/templates/:templateId/edit`: saving makes a new version; assigned homework keeps its own. */
export function EditTemplatePage() {
  const { templateId = '' } = useParams();
  const { clinicId } = useCurrentClinic();
  const template = useTemplate(clinicId, templateId);
  const update = useUpdateTemplate(clinicId, templateId);
  const navigate = useNavigate();
  const detailPath = clinicPath(clinicId, `templates/${templateId}`);
  const current = template.data;
  const initialValues = useMemo(() => (current ? toTemplateValues(current) : null), [current]);

  if (template.isPending) return <LoadingState label="Loading the template" lines={10} />;
  if (template.isError) {
    if (isNotFound(template.error)) return <LibraryNotFound what="template" />;
    return (
      <ErrorState
        title="Could not open the template"
        description={describeFailure(template.error).detail}
        onRetry={() => void template.refetch()}
        retrying={template.isFetching}
      />
    );
  }

  const data = template.data;
  const back = (
    <Anchor component={Link} to={detailPath} size="sm">
      Back to {data.title}
    </Anchor>
  );

  if (data.kind === 'measure') {
    return (
      <Stack gap="lg" maw={720}>
        <title>{`${data.title} · Interlude`}</title>
        {back}
        <PageHeader title={data.title} />
        <Alert role="note" color="blue" variant="light" title="Questionnaires cannot be edited">
          Standard questionnaires keep their exact wording and scoring, so scores stay comparable over time.
        </Alert>
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <title>{`Edit ${data.title} · Interlude`}</title>
      {back}
      <PageHeader title={`Edit ${data.title}`} description={`Currently version ${data.version}.`} />
      {initialValues ? (
        <TemplateForm
          key={`${data.id}-${data.version}`}
          initialValues={initialValues}
          schema={UpdateTemplateRequestSchema}
          toShape={toContentShape}
          fixedKind={data.kind}
          notice={<NewVersionNotice version={data.version} />}
          blockSubmit={(values) =>
            sameContent(toContent(values), contentOf(data))
              ? {
                  title: 'Nothing has changed yet',
                  detail: 'Change the title, the instructions or a question to save a new version.',
                  messages: [],
                  markedFields: 0,
                }
              : null
          }
          submitLabel={`Save as version ${data.version + 1}`}
          busy={update.isPending}
          onCancel={() => navigate(detailPath)}
          onSubmit={async (values) => {
            const saved = await update.mutateAsync(toContent(values));
            notifySuccess(`“${saved.title}” saved as version ${saved.version}.`);
            navigate(detailPath);
          }}
        />
      ) : null}
    </Stack>
  );
}
