import { useTemplateVersion } from '@interlude/api-client';
import { ErrorState, LoadingState } from '@interlude/ui';
import { Alert, Anchor, Stack } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { describeFailure } from '../../../lib/forms/contract-form';
import { useClinicTimeZone } from '../../session/hooks/useClinicTimeZone';
import { useCurrentClinic } from '../../session/hooks/useCurrentClinic';
import { clinicPath } from '../../session/session-paths';
import { LibraryNotFound } from '../components/LibraryNotFound';
import { TemplateContent } from '../components/TemplateContent';
import { TemplateHeader } from '../components/TemplateHeader';
import { isNotFound } from './route-utils';

/** `/clinics/:clinicId/templates/:templateId/versions/:version`: one version as it was made, read-only. */
export function TemplateVersionPage() {
  const { templateId = '', version: versionParam = '' } = useParams();
  const { clinicId } = useCurrentClinic();
  const timeZone = useClinicTimeZone();
  const version = /^[1-9]\d{0,5}$/.test(versionParam) ? Number(versionParam) : null;
  const template = useTemplateVersion(clinicId, templateId, version);
  const currentPath = clinicPath(clinicId, `templates/${templateId}`);

  if (version === null) return <LibraryNotFound what="version" />;
  if (template.isPending) return <LoadingState label="Loading the version" lines={10} />;
  if (template.isError) {
    if (isNotFound(template.error)) return <LibraryNotFound what="version" />;
    return (
      <ErrorState
        title="Could not load this version"
        description={describeFailure(template.error).detail}
        onRetry={() => void template.refetch()}
        retrying={template.isFetching}
      />
    );
  }

  const data = template.data;
  return (
    <Stack gap="lg" maw={960}>
      <title>{`${data.title}, version ${data.version} · Interlude`}</title>
      <Anchor component={Link} to={currentPath} size="sm">
        Back to the current version
      </Anchor>
      <TemplateHeader template={data} timeZone={timeZone} />
      <Alert role="note" color="gray" variant="light" title={`You are looking at version ${data.version}`}>
        This version cannot be changed. Homework assigned from it keeps these questions.{' '}
        <Anchor component={Link} to={currentPath} inherit>
          See the current version
        </Anchor>
        .
      </Alert>
      <TemplateContent template={data} />
    </Stack>
  );
}
