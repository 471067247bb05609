import { MAIN_CONTENT_ID } from '@interlude/ui';
import { Container, Paper } from '@mantine/core';
import type { MouseEvent, ReactNode } from 'react';
import { PublicHelpButton } from '../features/crisis-help/components/HelpButtons';
import classes from './PublicFrame.module.css';

/**
 * Screens before sign-in (and while the session is checked): one quiet card, with "Need help now?" in
 * the header as on every other screen.
 */
export function PublicFrame({ children }: { children: ReactNode }) {
  const focusMain = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById(MAIN_CONTENT_ID)?.focus();
  };

  return (
    <div className={classes.page}>
      <a href={`#${MAIN_CONTENT_ID}`} className={classes.skipLink} onClick={focusMain}>
        Skip to content
      </a>
      <header className={classes.header}>
        <span className={classes.productName}>Interlude</span>
        <PublicHelpButton />
      </header>
      <Container component="main" id={MAIN_CONTENT_ID} tabIndex={-1} size={480} className={classes.main}>
        <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }}>
          {children}
        </Paper>
      </Container>
    </div>
  );
}
