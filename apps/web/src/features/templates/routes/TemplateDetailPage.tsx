import { useTemplate } from '@interlude/api-client';
import { ErrorState, LoadingState } from '@interlude/ui';
import { Alert, Anchor, Button, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { describeFailure } from '../../../lib/forms/contract-form';
import { useClinicTimeZone } from '../../session/hooks/useClinicTimeZone';
import { useCurrentClinic } from '../../session/hooks/useCurrentClinic';
import { clinicPath } from '../../session/session-paths';
import { LibraryNotFound } from '../components/LibraryNotFound';
import { TemplateContent } from '../components/TemplateContent';
import { TemplateHeader } from '../components/TemplateHeader';
import { TemplateStatusDialog } from '../components/TemplateStatusDialog';
import { MEASURE_LABEL } from '../template-words';
import { isNotFound } from './route-utils';

/** `/clinics/:clinicId/templates/:templateId`: the current version, its earlier versions, edit and archive. */
export function TemplateDetailPage() {
  const { templateId = '' } = useParams();
  const { clinicId } = useCurrentClinic();
  const timeZone = useClinicTimeZone();
  const template = useTemplate(clinicId, templateId);
  const [changingStatus, setChangingStatus] = useState(false);

  if (template.isPending) return <LoadingState label="Loading the template" lines={10} />;
  if (template.isError) {
    if (isNotFound(template.error)) return <LibraryNotFound what="template" />;
    return (
      <ErrorState
        title="Could not load the template"
        description={describeFailure(template.error).detail}
        onRetry={() => void template.refetch()}
        retrying={template.isFetching}
      />
    );
  }

  const data = template.data;
  const isMeasure = data.kind === 'measure';
  const earlier = Array.from({ length: data.version - 1 }, (_, index) => data.version - 1 - index);

  return (
    <Stack gap="lg" maw={960}>
      <title>{`${data.title} · Interlude`}</title>
      <Anchor component={Link} to={clinicPath(clinicId, 'templates')} size="sm">
        Back to the library
      </Anchor>
      <TemplateHeader
        template={data}
        timeZone={timeZone}
        actions={
          <>
            {isMeasure ? null : (
              <Button component={Link} to={clinicPath(clinicId, `templates/${data.id}/edit`)}>
                Edit
              </Button>
            )}
            <Button variant="default" onClick={() => setChangingStatus(true)}>
              {data.status === 'active' ? 'Archive…' : 'Restore…'}
            </Button>
          </>
        }
      />
      {isMeasure ? (
        <Alert role="note" color="blue" variant="light" title="A standard questionnaire">
          {data.measure ? `${MEASURE_LABEL[data.measure]} is` : 'This is'} scored automatically. Its wording
          and scoring are fixed so scores stay comparable over time, so it cannot be edited.
        </Alert>
      ) : null}
      {data.status === 'archived' ? (
        <Text>
          This template is archived: it is not offered when assigning homework. Restore it to use it again.
        </Text>
      ) : null}

      <TemplateContent template={data} />

      <Paper withBorder p="lg" component="section" aria-labelledby="template-versions">
        <Title order={2} size="h3" id="template-versions" mb="sm">
          Earlier versions
        </Title>
        {earlier.length === 0 ? (
          <Text c="dimmed">
            This is the first version. Each time the template is saved, the earlier version is kept here.
          </Text>
        ) : (
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              Homework assigned from an earlier version keeps the questions it was given.
            </Text>
            <List>
              {earlier.map((version) => (
                <List.Item key={version}>
                  <Anchor
                    component={Link}
                    to={clinicPath(clinicId, `templates/${data.id}/versions/${version}`)}
                  >
                    Version {version}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          </Stack>
        )}
      </Paper>

      {changingStatus ? (
        <TemplateStatusDialog clinicId={clinicId} template={data} onClose={() => setChangingStatus(false)} />
      ) : null}
    </Stack>
  );
}
