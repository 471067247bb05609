import { TEMPLATE_PAGE_SIZE, useTemplateList } from '@interlude/api-client';
import { HOMEWORK_KINDS, type TemplateSummary } from '@interlude/contracts';
import { EmptyState, ErrorState, LoadingState, PageHeader, SubmitButton } from '@interlude/ui';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { describeFailure } from '../../../lib/forms/contract-form';
import { useClinicTimeZone } from '../../session/hooks/useClinicTimeZone';
import { useCurrentClinic } from '../../session/hooks/useCurrentClinic';
import { clinicPath } from '../../session/session-paths';
import { LibraryTabs } from '../components/LibraryTabs';
import { TemplateFilterBar } from '../components/TemplateFilterBar';
import { TemplateTable } from '../components/TemplateTable';
import { hasTemplateFilters, useTemplateFilters } from '../hooks/useTemplateFilters';
import { KIND_LABEL } from '../template-words';

/** The loaded rows by kind, in the library's order of kinds. */
function byKind(templates: TemplateSummary[]) {
  return HOMEWORK_KINDS.map((kind) => ({
    kind,
    templates: templates.filter((template) => template.kind === kind),
  })).filter((group) => group.templates.length > 0);
}

/** `/clinics/:clinicId/templates`: the homework library, grouped by kind, with search and archived ones on request. */
export function TemplateLibraryPage() {
  const { clinicId } = useCurrentClinic();
  const timeZone = useClinicTimeZone();
  const [filters, setFilters] = useTemplateFilters();
  const templates = useTemplateList(clinicId, filters);
  const [filterBarKey, setFilterBarKey] = useState(0);
  const [clearing, setClearing] = useState(false);

  // The search box keeps what is typed; once the URL is back to the default view, it starts afresh.
  useEffect(() => {
    if (clearing && !hasTemplateFilters(filters)) {
      setClearing(false);
      setFilterBarKey((key) => key + 1);
    }
  }, [clearing, filters]);

  const rows = templates.data?.pages.flatMap((page) => page.items) ?? [];
  const newTemplate = (
    <Button component={Link} to={clinicPath(clinicId, 'templates/new')}>
      New template
    </Button>
  );
  const archived = filters.status === 'archived';

  let list: React.ReactNode;
  if (templates.isPending) {
    list = <LoadingState label="Loading the library" lines={8} />;
  } else if (templates.isError && rows.length === 0) {
    list = (
      <ErrorState
        title="Could not load the library"
        description={describeFailure(templates.error).detail}
        onRetry={() => void templates.refetch()}
        retrying={templates.isFetching}
      />
    );
  } else if (rows.length === 0) {
    const clear = (
      <Button
        variant="default"
        onClick={() => {
          setFilters({ status: 'active' });
          setClearing(true);
        }}
      >
        {archived && !filters.kind && !filters.q ? 'Show active templates' : 'Clear filters'}
      </Button>
    );
    list = !hasTemplateFilters(filters) ? (
      <EmptyState
        title="The library is empty"
        description="Templates are the homework you assign: a journal, a worksheet, a plan for an event. Build the first one to start."
        action={newTemplate}
      />
    ) : archived && !filters.kind && !filters.q ? (
      <EmptyState
        title="No archived templates"
        description="Templates you archive are kept here, out of the way of assigning. Homework already given from them is not affected."
        action={clear}
      />
    ) : (
      <EmptyState
        title="No templates match these filters"
        description="Try another title or kind."
        action={clear}
      />
    );
  } else {
    list = (
      <Stack gap="xl">
        {byKind(rows).map((group) => {
          const headingId = `kind-${group.kind}`;
          return (
            <Stack key={group.kind} gap="xs" component="section" aria-labelledby={headingId}>
              <Title order={2} size="h3" id={headingId}>
                {KIND_LABEL[group.kind]}
              </Title>
              <TemplateTable
                templates={group.templates}
                clinicId={clinicId}
                captionId={headingId}
                timeZone={timeZone}
              />
            </Stack>
          );
        })}
        <Group justify="space-between">
          <Text size="sm" c="dimmed" role="status">
            Showing {rows.length} {rows.length === 1 ? 'template' : 'templates'}
            {templates.hasNextPage ? `; more load ${TEMPLATE_PAGE_SIZE} at a time` : ''}
          </Text>
          {templates.hasNextPage ? (
            <SubmitButton
              type="button"
              variant="default"
              onClick={() => void templates.fetchNextPage()}
              busy={templates.isFetchingNextPage}
            >
              Load more
            </SubmitButton>
          ) : null}
        </Group>
        {templates.isFetchNextPageError ? (
          <Text c="red.9" size="sm" role="alert">
            Could not load more templates. {describeFailure(templates.error).detail}
          </Text>
        ) : null}
      </Stack>
    );
  }

  return (
    <Stack gap="xl">
      <title>Homework library · Interlude</title>
      <Stack gap="sm">
        <LibraryTabs clinicId={clinicId} current="templates" />
        <PageHeader
          title="Homework library"
          description="Templates you can assign to clients. Library templates come with Interlude; clinic templates are your own."
          action={newTemplate}
        />
      </Stack>
      <Stack gap="md">
        <TemplateFilterBar key={filterBarKey} filters={filters} onChange={setFilters} />
        <div aria-busy={templates.isFetching && !templates.isFetchingNextPage}>{list}</div>
      </Stack>
    </Stack>
  );
}
