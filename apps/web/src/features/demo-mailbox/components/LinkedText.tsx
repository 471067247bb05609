import { Anchor } from '@mantine/core';
import { Fragment } from 'react';
import { Link } from 'react-router';

const URL_PATTERN = /(https?:\/\/[^\s<>"')\]]+)/g;

export type TextPart = { kind: 'text'; text: string } | { kind: 'link'; href: string; internalPath?: string };

/**
 * Splits an email's text into words and links. A link to this app (same origin) keeps only its path,
 * so following it stays inside the app, as the emailed link would for the recipient.
 */
export function splitLinks(text: string, origin: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index ?? 0;
    // A sentence's closing punctuation is not part of the link.
    const href = match[0].replace(/[.,;:!?]+$/, '');
    if (start > last) parts.push({ kind: 'text', text: text.slice(last, start) });
    let internalPath: string | undefined;
    try {
      const url = new URL(href);
      if (url.origin === origin) internalPath = `${url.pathname}${url.search}${url.hash}`;
    } catch {
      // Not a URL after all: shown as a plain link to what it says.
    }
    parts.push({ kind: 'link', href, internalPath });
    last = start + href.length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

export function LinkedText({ text }: { text: string }) {
  const parts = splitLinks(text, window.location.origin);
  return (
    <>
      {parts.map((part, index) => (
        // The parts of one text never move: their position is their identity.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <Fragment key={index}>
          {part.kind === 'text' ? (
            part.text
          ) : part.internalPath ? (
            <Anchor component={Link} to={part.internalPath}>
              {part.href}
            </Anchor>
          ) : (
            <Anchor href={part.href} target="_blank" rel="noreferrer noopener">
              {part.href}
            </Anchor>
          )}
        </Fragment>
      ))}
    </>
  );
}
