import { type MyHomeworkWhen, useMyAssignments } from '@interlude/api-client';
import { EmptyState, ErrorState, LoadingState } from '@interlude/ui';
import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { describeFailure } from '../../../lib/describe-failure';
import { useClientPortalHome } from '../../offline/use-client-portal-home';
import { usePortalSession } from '../../session/portal-session';
import { HomeworkItemList } from '../components/HomeworkItemList';
import { termTitle, termWord } from '../components/OutcomeScreens';
import { todayIn } from '../homework-words';

const TABS: { value: MyHomeworkWhen; label: string }[] = [
  { value: 'today', label: 'Today' },
  { value: 'upcoming', label: 'Upcoming' },
  { value: 'overdue', label: 'Not done yet' },
  { value: 'done', label: 'Done' },
];

const EMPTY: Record<MyHomeworkWhen, (term: string) => { title: string; description: string }> = {
  today: () => ({
    title: 'Nothing due today — enjoy your day',
    description: 'Anything coming up is under Upcoming.',
  }),
  upcoming: (term) => ({
    title: 'Nothing coming up',
    description: `When your clinician adds ${term}, it will appear here.`,
  }),
  overdue: () => ({ title: 'You’re all caught up', description: 'Nothing is waiting from earlier days.' }),
  done: () => ({
    title: 'Nothing sent yet',
    description: 'What you send to your clinician, and their notes on it, will be kept here.',
  }),
};

const isWhen = (value: string | null): value is MyHomeworkWhen => TABS.some((tab) => tab.value === value);

/** `/homework?tab=`: today, upcoming, not done yet, and done. */
export function HomeworkListPage() {
  const session = usePortalSession();
  const home = useClientPortalHome(session).data;
  const [params, setParams] = useSearchParams();
  const tabParam = params.get('tab');
  const tab: MyHomeworkWhen = isWhen(tabParam) ? tabParam : 'today';
  const title = `My ${termWord(home)}`;

  return (
    <Stack gap="lg" maw={640}>
      <title>{`${termTitle(home)} · Interlude`}</title>
      <Title order={1}>{title}</Title>
      <Tabs
        value={tab}
        onChange={(value) => {
          if (isWhen(value)) setParams(value === 'today' ? {} : { tab: value }, { replace: true });
        }}
        keepMounted={false}
      >
        <Tabs.List grow>
          {TABS.map((t) => (
            <Tabs.Tab key={t.value} value={t.value} fz="md" py="md">
              {t.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {TABS.map((t) => (
          <Tabs.Panel key={t.value} value={t.value} pt="md">
            <WhenList when={t.value} timeZone={home?.client.timezone} term={termWord(home)} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}

function WhenList({ when, timeZone, term }: { when: MyHomeworkWhen; timeZone?: string; term: string }) {
  const { clinicId } = usePortalSession();
  const query = useMyAssignments(clinicId, when);
  if (query.data) {
    if (query.data.items.length === 0) {
      const empty = EMPTY[when](term);
      return <EmptyState headingOrder={2} title={empty.title} description={empty.description} />;
    }
    return (
      <Stack gap="sm">
        {when === 'overdue' ? (
          <Text c="dimmed">
            These are from earlier days. You can still do them, or tell your clinician why not.
          </Text>
        ) : null}
        <HomeworkItemList items={query.data.items} today={todayIn(timeZone)} />
      </Stack>
    );
  }
  if (query.isError) {
    return (
      <ErrorState
        title="Could not load this list"
        description={describeFailure(query.error).detail}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  return <LoadingState label="Loading" lines={4} />;
}
