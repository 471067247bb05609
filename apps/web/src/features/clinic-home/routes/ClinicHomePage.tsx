import { useClinicSettings } from '@interlude/api-client';
import { Anchor, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { describeRoles } from '../../../lib/roles';
import { ClinicianDashboard } from '../../dashboard/components/ClinicianDashboard';
import { useClinicTimeZone } from '../../session/hooks/useClinicTimeZone';
import { useCurrentClinic } from '../../session/hooks/useCurrentClinic';
import { clinicPath } from '../../session/session-paths';

function NextStep({ title, children, link }: { title: string; children: ReactNode; link?: ReactNode }) {
  return (
    <Paper withBorder p="lg" component="section" aria-label={title}>
      <Stack gap="xs">
        <Title order={3} size="h4">
          {title}
        </Title>
        <Text c="dimmed">{children}</Text>
        {link}
      </Stack>
    </Paper>
  );
}

/**
 * `/clinics/:clinicId`: a greeting; for clinicians and admins the dashboard (risk alerts first), then
 * what each of the person's roles does here next.
 */
export function ClinicHomePage() {
  const { clinicId, clinicName, me, hasRole, membership } = useCurrentClinic();
  const settings = useClinicSettings(clinicId);
  const timeZone = useClinicTimeZone();
  const isAdmin = hasRole('admin');
  const seesDashboard = hasRole('admin', 'clinician');
  const noCrisisLines = isAdmin && settings.data?.crisisResources.length === 0;
  const nextSteps = noCrisisLines || isAdmin || hasRole('manager');

  return (
    <Stack gap="xl" maw={1200}>
      <title>{`${clinicName} · Interlude`}</title>
      <Stack gap={4}>
        <Title order={1}>Welcome, {me.user.name}</Title>
        <Text c="dimmed">
          {clinicName} · {describeRoles(membership.roles)}
        </Text>
      </Stack>

      {seesDashboard ? <ClinicianDashboard clinicId={clinicId} timeZone={timeZone} /> : null}

      {nextSteps ? (
        <Stack gap="sm">
          <Title order={2} size="h3">
            {seesDashboard ? 'Running the clinic' : 'What comes next'}
          </Title>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            {noCrisisLines ? (
              <NextStep
                title="Add your clinic’s crisis lines"
                link={
                  <Anchor component={Link} to={clinicPath(clinicId, 'settings')}>
                    Add crisis lines in clinic settings
                  </Anchor>
                }
              >
                Clients see them under “Need help now?” in the portal. None are set yet.
              </NextStep>
            ) : null}
            {isAdmin ? (
              <NextStep
                title="Your team"
                link={
                  <Anchor component={Link} to={clinicPath(clinicId, 'staff')}>
                    Invite and manage staff
                  </Anchor>
                }
              >
                Invite clinicians and managers, choose their roles, and turn off access when someone leaves.
              </NextStep>
            ) : null}
            {isAdmin ? (
              <NextStep
                title="Keep an eye on access"
                link={
                  <Anchor component={Link} to={clinicPath(clinicId, 'audit')}>
                    Open the audit log
                  </Anchor>
                }
              >
                Every sign-in, change and refused request is recorded.
              </NextStep>
            ) : null}
            {hasRole('manager') ? (
              <NextStep
                title="Reports"
                link={
                  <Anchor component={Link} to={clinicPath(clinicId, 'reports')}>
                    Open the reports
                  </Anchor>
                }
              >
                Engagement and outcomes across the clinic, week by week. They never name a client.
              </NextStep>
            ) : null}
          </SimpleGrid>
        </Stack>
      ) : null}
    </Stack>
  );
}
