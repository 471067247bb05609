import { Group, Stack, Text } from '@mantine/core';
import classes from './SystemStatus.module.css';

export type ServiceState = 'up' | 'down';

/** The readiness as the API reports it (structurally the contracts' `Readiness`). */
export interface SystemReadiness {
  status: 'ready' | 'unavailable';
  version: string;
  mode: 'demo' | 'standard';
  checks: { database: ServiceState; queue: ServiceState };
}

export interface SystemStatusProps {
  readiness: SystemReadiness;
}

const SERVICES = [
  { check: 'database', name: 'Database' },
  { check: 'queue', name: 'Background jobs' },
] as const;

/** Colour is never the only signal: the dot sits beside words that say the same thing. */
function StateDot({ state }: { state: ServiceState }) {
  return <span className={classes.dot} data-state={state} aria-hidden="true" />;
}

export function SystemStatus({ readiness }: SystemStatusProps) {
  const allWorking =
    readiness.status === 'ready' && SERVICES.every(({ check }) => readiness.checks[check] === 'up');

  return (
    <Stack gap="lg">
      <p className={classes.overall} role="status">
        <StateDot state={allWorking ? 'up' : 'down'} />
        {allWorking ? 'All systems working' : 'Something is down'}
      </p>
      <dl className={classes.list}>
        {SERVICES.map(({ check, name }) => (
          <div key={check} className={classes.row}>
            <dt className={classes.name}>{name}</dt>
            <dd className={classes.state}>
              <StateDot state={readiness.checks[check]} />
              {readiness.checks[check] === 'up' ? 'Working' : 'Not reachable'}
            </dd>
          </div>
        ))}
      </dl>
      <Group gap="md">
        <Text size="sm" c="dimmed">
          Version {readiness.version}
        </Text>
        <Text size="sm" c="dimmed">
          {readiness.mode === 'demo' ? 'Demo mode' : 'Standard mode'}
        </Text>
      </Group>
    </Stack>
  );
}
