/** One page of a list route: `{ items, nextCursor }`; `nextCursor` is null on the last page. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** For `useInfiniteQuery`: the cursor of the page after `last`, or undefined when there is none. */
export const nextPageCursor = <T>(last: Page<T>): string | undefined => last.nextCursor ?? undefined;
