import { Box, Container, Group } from '@mantine/core';
import type { MouseEvent, ReactNode } from 'react';
import { MAIN_CONTENT_ID } from './AppShellLayout';
import classes from './PublicPageLayout.module.css';

export interface PublicPageLayoutProps {
  productName?: string;
  /** Controls at the end of the header, e.g. the portal's "Need help now?". */
  headerActions?: ReactNode;
  /** Quiet links under the content (system status, demo mailbox). */
  footer?: ReactNode;
  children: ReactNode;
}

/** For screens before sign-in (and the MFA set-up a clinic requires): one narrow column, nothing else. */
export function PublicPageLayout({
  productName = 'Interlude',
  headerActions,
  footer,
  children,
}: PublicPageLayoutProps) {
  const focusMain = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById(MAIN_CONTENT_ID)?.focus();
  };

  return (
    <div className={classes.page}>
      <a href={`#${MAIN_CONTENT_ID}`} className={classes.skipLink} onClick={focusMain}>
        Skip to content
      </a>
      <header className={classes.header} data-with-actions={headerActions ? true : undefined}>
        <span className={classes.productName}>{productName}</span>
        {headerActions}
      </header>
      <Container component="main" id={MAIN_CONTENT_ID} tabIndex={-1} size={480} className={classes.main}>
        {children}
      </Container>
      {footer ? (
        <Box component="footer" className={classes.footer}>
          <Group justify="center" gap="lg">
            {footer}
          </Group>
        </Box>
      ) : null}
    </div>
  );
}
