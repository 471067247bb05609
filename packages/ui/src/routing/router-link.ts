import type { AnchorHTMLAttributes, FunctionComponent, Ref } from 'react';

/** What a router link is given: an anchor's attributes, with a path inside the app (`to`) for `href`. */
export interface RouterLinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  to: string;
  ref?: Ref<HTMLAnchorElement>;
}

/**
 * The app's router link (react-router's `Link`), passed in by the app: this package does not depend on
 * a router. It is rendered as a Mantine `component` with a `to` path, so following it stays in the app.
 */
export type RouterLinkComponent = FunctionComponent<RouterLinkProps>;
