import { type UseReportExportOptions, useReportExport } from '@interlude/api-client';
import type { CreateExportRequest, ReportName } from '@interlude/contracts';
import { Alert, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { describeFailure } from '../../../lib/forms/contract-form';

export interface ExportButtonProps {
  clinicId: string;
  report: ReportName;
  /** The filters of the report on screen: the CSV holds the same figures. */
  request: CreateExportRequest;
  options?: UseReportExportOptions;
}

const NAME: Record<ReportName, string> = { engagement: 'engagement', outcomes: 'outcomes' };

/** "Download CSV": a background export with its progress, then the file; on failure, why and a retry. */
export function ExportButton({ clinicId, report, request, options }: ExportButtonProps) {
  const job = useReportExport(clinicId, options);
  const progressId = useId();
  const name = NAME[report];
  const running = job.state === 'running';

  return (
    <Stack gap={6} align="flex-end" miw={220}>
      <Button
        variant="default"
        size="sm"
        // Stays focusable while the job runs (a disabled button would drop the focus).
        onClick={() => {
          if (!running) job.start(report, request);
        }}
        data-disabled={running || undefined}
        aria-disabled={running || undefined}
        aria-describedby={running ? progressId : undefined}
        aria-label={`Download CSV of the ${name} report`}
      >
        Download CSV
      </Button>
      {running ? (
        <Stack gap={4} w="100%" id={progressId}>
          <Progress
            value={job.progress}
            size="sm"
            aria-label={`Preparing the ${name} CSV`}
            transitionDuration={200}
          />
          <Group justify="space-between" gap="xs">
            <Text size="xs" c="dimmed" role="status">
              Preparing the CSV…
            </Text>
            <Text size="xs" c="dimmed" aria-hidden="true">
              {job.progress} %
            </Text>
          </Group>
        </Stack>
      ) : null}
      {job.state === 'done' ? (
        <Text size="xs" c="dimmed" role="status">
          Downloaded {job.job?.fileName ?? 'the CSV'}
        </Text>
      ) : null}
      {job.state === 'failed' ? (
        <Alert color="red" variant="light" role="alert" title="Could not prepare the CSV" w="100%" maw={360}>
          <Stack gap="xs">
            <Text size="sm">
              {job.error
                ? describeFailure(job.error).detail
                : 'The export stopped before it finished. Nothing was downloaded.'}
            </Text>
            <Group>
              <Button size="compact-sm" variant="default" onClick={job.retry}>
                Try the download again
              </Button>
            </Group>
          </Stack>
        </Alert>
      ) : null}
    </Stack>
  );
}
