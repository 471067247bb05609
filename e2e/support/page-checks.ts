import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';

/** WCAG 2.2 AA, as ux.md asks ("Accessible by construction"). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

/** Waits until a locator is visible; playwright-core has no `expect`, so this is the assertion. */
export async function visible(locator: Locator, timeout = 10_000): Promise<Locator> {
  await locator.waitFor({ state: 'visible', timeout });
  return locator;
}

/** Until no CSS animation or transition is running (Mantine's modal fades in, for one). */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), null, {
    timeout: 5_000,
  });
}

/**
 * The axe violations on the page as one readable line each (rule id, impact, the first selectors),
 * so a failing test names what to fix. The page must come from a context made with
 * `browser.newContext()`: axe opens a blank page beside it to combine its results, which the
 * single-page context behind `browser.newPage()` refuses.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await settle(page);
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((v) => {
    const targets = v.nodes
      .slice(0, 5)
      .map((n) => n.target.join(' '))
      .join(' | ');
    return `${v.id} (${v.impact}): ${v.help} — ${targets}${v.nodes.length > 5 ? ` (+${v.nodes.length - 5} more)` : ''}`;
  });
}

/** True when the page is wider than the window, i.e. the reader would have to scroll sideways. */
export function scrollsSideways(
  page: Page,
): Promise<{ scrollWidth: number; clientWidth: number; overflows: boolean }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const scrollWidth = Math.max(root.scrollWidth, document.body.scrollWidth);
    return { scrollWidth, clientWidth: root.clientWidth, overflows: scrollWidth > root.clientWidth };
  });
}

/** Whether the element has the keyboard focus. */
export function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}

/** The text of the element that has the keyboard focus. */
export function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => (document.activeElement?.textContent ?? '').trim());
}

/** The system status list as [service, state] pairs, in display order. */
export async function statusRows(scope: Page | Locator): Promise<string[][]> {
  const names = await scope.getByRole('term').allTextContents();
  const states = await scope.getByRole('definition').allTextContents();
  return names.map((name, i) => [name.trim(), (states[i] ?? '').trim()]);
}
