import {
  programsQueryOptions,
  useApiClient,
  useEngagementReport,
  useOutcomesReport,
} from '@interlude/api-client';
import type { MeasureCodeValue } from '@interlude/contracts';
import { EmptyState, ErrorState, LoadingState, PageHeader } from '@interlude/ui';
import { Alert, Button, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useId } from 'react';
import { formatDateTime } from '../../../lib/dates/clinic-time';
import { describeFailure } from '../../../lib/forms/contract-form';
import { useClinicianOptions } from '../../clients/hooks/useClinicianOptions';
import { useClinicTimeZone } from '../../session/hooks/useClinicTimeZone';
import { useCurrentClinic } from '../../session/hooks/useCurrentClinic';
import { MEASURE_LABEL } from '../../templates/template-words';
import { DeclinesByReason } from '../components/DeclinesByReason';
import { EngagementBreakdown } from '../components/EngagementBreakdown';
import { ExportButton } from '../components/ExportButton';
import { KpiTiles } from '../components/KpiTiles';
import { OutcomesByBand } from '../components/OutcomesByBand';
import { OutcomesSummary } from '../components/OutcomesSummary';
import { ReportFilters } from '../components/ReportFilters';
import { WeeklyTrend } from '../components/WeeklyTrend';
import {
  type Breakdown,
  engagementQuery,
  exportRequest,
  hasNarrowingFilters,
  outcomesQuery,
  type ReportFilterValues,
  useReportFilters,
} from '../hooks/useReportFilters';
import { BREAKDOWN_LABEL, cellNumber, formatDay, suppressedWhy } from '../report-words';

function Section({
  title,
  action,
  children,
  busy,
}: {
  title: string;
  action?: ReactNode;
  children: ReactNode;
  busy?: boolean;
}) {
  const id = useId();
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={id}>
      <Group justify="space-between" align="flex-start" mb="md" gap="sm">
        <Title order={2} size="h3" id={id}>
          {title}
        </Title>
        {action}
      </Group>
      <div aria-busy={busy || undefined} style={{ opacity: busy ? 0.6 : 1, transition: 'opacity 150ms' }}>
        {children}
      </div>
    </Paper>
  );
}

function Part({ title, action, children }: { title: string; action?: ReactNode; children: ReactNode }) {
  const id = useId();
  return (
    <Stack component="section" aria-labelledby={id} gap="sm">
      <Group justify="space-between" align="center" gap="sm" wrap="wrap">
        <Title order={3} size="h4" id={id}>
          {title}
        </Title>
        {action}
      </Group>
      {children}
    </Stack>
  );
}

/** A labelled row of choices (radio buttons under the hood). */
function Choice<T extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: T;
  options: { value: T; label: string }[];
  onChange: (value: T) => void;
}) {
  const id = useId();
  return (
    <Group gap="xs" align="center">
      <Text id={id} size="sm" fw={500}>
        {label}
      </Text>
      <SegmentedControl
        role="radiogroup"
        aria-labelledby={id}
        size="xs"
        value={value}
        data={options}
        onChange={(next) => onChange(next as T)}
      />
    </Group>
  );
}

/** The period, how fresh the figures are, and what "Suppressed" means, said once per report. */
function ReportNote({
  from,
  to,
  asOf,
  threshold,
  timeZone,
}: {
  from: string;
  to: string;
  asOf: string;
  threshold: number;
  timeZone: string;
}) {
  return (
    <Stack gap={2}>
      <Text size="sm" c="dimmed">
        {formatDay(from)} to {formatDay(to)} · up to date as of{' '}
        <time dateTime={asOf}>{formatDateTime(asOf, timeZone)}</time>
      </Text>
      <Text size="sm" c="dimmed">
        “Suppressed”: {suppressedWhy(threshold).toLowerCase()} (and any number it could be worked out from).
      </Text>
    </Stack>
  );
}

function NoDataInPeriod({
  title,
  filtered,
  onClear,
}: {
  title: string;
  filtered: boolean;
  onClear: () => void;
}) {
  return (
    <EmptyState
      headingOrder={3}
      title={title}
      description={
        filtered
          ? 'Try a longer period, or clear the filters.'
          : 'Reports fill in as clients are given homework and complete questionnaires.'
      }
      action={
        filtered ? (
          <Button variant="default" onClick={onClear}>
            Clear filters
          </Button>
        ) : undefined
      }
    />
  );
}

/**
 * `/clinics/:clinicId/reports` (managers, admins and clinicians): engagement and outcomes in aggregate.
 * Managers and admins see the clinic, clinicians their own caseload; no client is ever named, and the
 * API hides any number built from fewer clients than the clinic's small-cell threshold.
 */
export function ReportsPage() {
  const { clinicId, hasRole } = useCurrentClinic();
  const timeZone = useClinicTimeZone();
  const [filters, setFilters] = useReportFilters();

  const clinicWide = hasRole('admin', 'manager');
  // Managers and admins filter by clinician; everyone by program (the API lists both by name only).
  const canFilterByClinician = clinicWide;
  const canFilterByProgram = true;
  const clinicians = useClinicianOptions(clinicId, canFilterByClinician);
  const programs = useQuery({
    ...programsQueryOptions(useApiClient(), clinicId, 'active'),
    enabled: canFilterByProgram,
  });

  // A clinician's caseload is theirs alone: no breakdown by clinician.
  const breakdowns = (['clinician', 'program', 'kind'] as const)
    .filter((b) => clinicWide || b !== 'clinician')
    .map((b) => ({ value: b, label: BREAKDOWN_LABEL[b] }));
  const defaultBreakdown: Breakdown = clinicWide ? 'clinician' : 'program';
  const breakdown =
    filters.groupBy && breakdowns.some((b) => b.value === filters.groupBy)
      ? filters.groupBy
      : defaultBreakdown;
  const measure: MeasureCodeValue = filters.measure ?? 'phq9';
  const engagementParams = engagementQuery({ ...filters, groupBy: breakdown }, defaultBreakdown);
  const outcomesParams = outcomesQuery(filters);
  const engagement = useEngagementReport(clinicId, engagementParams);
  const outcomes = useOutcomesReport(clinicId, outcomesParams);

  const caseloadOnly =
    !clinicWide || engagement.data?.scope === 'caseload' || outcomes.data?.scope === 'caseload';
  const filtered = hasNarrowingFilters(filters);
  const clear = () => setFilters({ groupBy: filters.groupBy, measure: filters.measure });
  const set = (patch: Partial<ReportFilterValues>) => setFilters({ ...filters, ...patch });

  let engagementContent: ReactNode;
  if (engagement.isPending) {
    engagementContent = <LoadingState label="Loading the engagement report" lines={10} />;
  } else if (engagement.isError) {
    engagementContent = (
      <ErrorState
        headingOrder={3}
        title="Could not load the engagement report"
        description={describeFailure(engagement.error).detail}
        onRetry={() => void engagement.refetch()}
        retrying={engagement.isFetching}
      />
    );
  } else if (cellNumber(engagement.data.totals.due) === 0) {
    engagementContent = (
      <NoDataInPeriod title="No homework was due in this period" filtered={filtered} onClear={clear} />
    );
  } else {
    const report = engagement.data;
    // While another breakdown loads, the table (and its title) still describe the figures shown.
    const shown: Breakdown = report.groupBy === 'week' ? breakdown : report.groupBy;
    engagementContent = (
      <Stack gap="xl">
        <ReportNote
          from={report.from}
          to={report.to}
          asOf={report.asOf}
          threshold={report.threshold}
          timeZone={timeZone}
        />
        {report.totals.clients.suppressed ? (
          <Alert variant="light" color="gray" title="Too few clients to show most figures">
            {suppressedWhy(report.threshold)}. Try a longer period or fewer filters.
          </Alert>
        ) : null}
        <KpiTiles totals={report.totals} threshold={report.threshold} />
        <Part title="Weekly trend">
          <WeeklyTrend weekly={report.weekly} threshold={report.threshold} />
        </Part>
        <Part
          title={`By ${BREAKDOWN_LABEL[shown].toLowerCase()}`}
          action={
            <Choice
              label="Break down by"
              value={breakdown}
              options={breakdowns}
              onChange={(groupBy) => set({ groupBy })}
            />
          }
        >
          <EngagementBreakdown report={report} breakdown={shown} />
        </Part>
        <Part title="Declines by reason">
          <DeclinesByReason totals={report.totals} threshold={report.threshold} />
        </Part>
      </Stack>
    );
  }

  let outcomesContent: ReactNode;
  if (outcomes.isPending) {
    outcomesContent = <LoadingState label="Loading the outcomes report" lines={8} />;
  } else if (outcomes.isError) {
    outcomesContent = (
      <ErrorState
        headingOrder={3}
        title="Could not load the outcomes report"
        description={describeFailure(outcomes.error).detail}
        onRetry={() => void outcomes.refetch()}
        retrying={outcomes.isFetching}
      />
    );
  } else if (cellNumber(outcomes.data.totals.clients) === 0) {
    outcomesContent = (
      <NoDataInPeriod
        title={`No clients with two or more ${MEASURE_LABEL[measure]} scores in this period`}
        filtered={filtered}
        onClear={clear}
      />
    );
  } else {
    const report = outcomes.data;
    const { clients, scores } = report.totals;
    outcomesContent = (
      <Stack gap="xl">
        <ReportNote
          from={report.from}
          to={report.to}
          asOf={report.asOf}
          threshold={report.threshold}
          timeZone={timeZone}
        />
        <Text>
          {clients.suppressed || clients.value === null
            ? `Clients with two or more ${MEASURE_LABEL[report.measure]} scores: suppressed (${suppressedWhy(report.threshold).toLowerCase()}).`
            : `${clients.value} ${clients.value === 1 ? 'client' : 'clients'} with two or more ${MEASURE_LABEL[report.measure]} scores${
                cellNumber(scores) !== null ? ` (${scores.value} scores in all)` : ''
              }, first score compared with last.`}
        </Text>
        <Part title="Change from first to last score">
          <OutcomesSummary report={report} />
        </Part>
        <Part title="Outcomes by homework completion">
          <Text size="sm" c="dimmed">
            Clients grouped by how much of their homework they completed in the period.
          </Text>
          <OutcomesByBand report={report} />
        </Part>
      </Stack>
    );
  }

  return (
    <Stack gap="lg" maw={1280}>
      <title>Reports · Interlude</title>
      <PageHeader
        title="Reports"
        description={`Homework engagement and questionnaire outcomes for ${
          caseloadOnly ? 'your caseload' : 'the whole clinic'
        }. No client is named, and small numbers are hidden to protect privacy.`}
      />
      {caseloadOnly ? (
        <Alert variant="light" color="harbor" title="Your caseload only">
          These figures count only clients you work with.
        </Alert>
      ) : null}
      <ReportFilters
        values={filters}
        onChange={setFilters}
        period={engagement.data ? { from: engagement.data.from, to: engagement.data.to } : undefined}
        clinicians={canFilterByClinician ? (clinicians.data ?? []) : undefined}
        programs={
          canFilterByProgram
            ? (programs.data?.items.map((p) => ({ value: p.id, label: p.name })) ?? [])
            : undefined
        }
        timeZone={timeZone}
      />
      <Section
        title="Engagement"
        busy={engagement.isPlaceholderData}
        action={
          <ExportButton clinicId={clinicId} report="engagement" request={exportRequest(engagementParams)} />
        }
      >
        {engagementContent}
      </Section>
      <Section
        title="Outcomes"
        busy={outcomes.isPlaceholderData}
        action={
          <Group gap="md" align="flex-start">
            <Choice
              label="Questionnaire"
              value={measure}
              options={[
                { value: 'phq9', label: MEASURE_LABEL.phq9 },
                { value: 'gad7', label: MEASURE_LABEL.gad7 },
              ]}
              onChange={(next) => set({ measure: next })}
            />
            <ExportButton clinicId={clinicId} report="outcomes" request={exportRequest(outcomesParams)} />
          </Group>
        }
      >
        {outcomesContent}
      </Section>
    </Stack>
  );
}
