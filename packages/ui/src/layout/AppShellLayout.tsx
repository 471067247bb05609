import { AppShell, Burger, Group, Stack, useMantineTheme } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { type MouseEvent, type ReactNode, useId } from 'react';
import classes from './AppShellLayout.module.css';

export const MAIN_CONTENT_ID = 'main-content';

export interface AppShellLayoutProps {
  productName?: string;
  /** The clinic the user is working in; empty until sign-in exists. */
  clinicName?: ReactNode;
  /** Links for the side navigation; collapses behind a burger on phones. */
  navigation: ReactNode;
  navigationLabel?: string;
  /** Controls that stay visible in the header on every screen size (e.g. "Need help now?"). */
  headerActions?: ReactNode;
  children: ReactNode;
}

export function AppShellLayout({
  productName = 'Interlude',
  clinicName,
  navigation,
  navigationLabel = 'Main',
  headerActions,
  children,
}: AppShellLayoutProps) {
  const [opened, { toggle, close }] = useDisclosure(false);
  const theme = useMantineTheme();
  const isPhone = useMediaQuery(`(max-width: calc(${theme.breakpoints.sm} - 1px))`);
  const navigationId = useId();

  const focusMain = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById(MAIN_CONTENT_ID)?.focus();
  };

  // On phones the navigation covers the page, so following a link should reveal the page.
  const closeAfterNavigation = (event: MouseEvent<HTMLElement>) => {
    if (event.target instanceof Element && event.target.closest('a')) close();
  };

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 248, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <a href={`#${MAIN_CONTENT_ID}`} className={classes.skipLink} onClick={focusMain}>
        Skip to content
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? 'Close navigation' : 'Open navigation'}
              aria-expanded={opened}
              aria-controls={navigationId}
            />
            <Stack gap={0}>
              <span className={classes.productName}>{productName}</span>
              {clinicName ? <span className={classes.clinicName}>{clinicName}</span> : null}
            </Stack>
          </Group>
          {headerActions ? (
            <Group gap="sm" wrap="nowrap">
              {headerActions}
            </Group>
          ) : null}
        </Group>
      </AppShell.Header>
      <AppShell.Navbar
        id={navigationId}
        aria-label={navigationLabel}
        p="md"
        onClick={closeAfterNavigation}
        inert={isPhone && !opened}
      >
        {navigation}
      </AppShell.Navbar>
      <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1} className={classes.main}>
        {children}
      </AppShell.Main>
    </AppShell>
  );
}
