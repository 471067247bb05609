import { within } from '@testing-library/react';

/*
 * Queries for the large builder forms in tests. `ByRole` and `ByLabelText` walk the whole accessibility
 * tree (every label's control, for every element), which jsdom makes slow on a form of this size; these
 * find the same things through what people see (a legend, a label's text, a button's name) and what ties
 * them for a screen reader (the label's `for`, the button's `aria-label`).
 */

/** A fieldset by its legend, e.g. "Question 2". */
export function fieldsetByLegend(legend: string, scope: HTMLElement = document.body): HTMLElement {
  const found = within(scope).getAllByText(legend, { selector: 'legend' })[0]?.closest('fieldset');
  if (!found) throw new Error(`No fieldset "${legend}"`);
  return found as HTMLElement;
}

/** The control a visible label names, the first in `scope` (a question's own, not a nested question's). */
export function control(scope: HTMLElement, label: string | RegExp): HTMLElement {
  const found = within(scope).getAllByText(label, { selector: 'label' })[0] as HTMLLabelElement;
  const named = found.htmlFor ? document.getElementById(found.htmlFor) : null;
  if (!named) throw new Error(`The label "${found.textContent}" names no control`);
  return named;
}

/** A button by its name: its `aria-label`, or its text. */
export function button(name: string, scope: HTMLElement = document.body): HTMLButtonElement {
  const labelled = scope.querySelector<HTMLButtonElement>(`button[aria-label="${name}"]`);
  const found =
    labelled ?? within(scope).getAllByText(name, { selector: 'button span' })[0]?.closest('button');
  if (!found) throw new Error(`No button "${name}"`);
  return found as HTMLButtonElement;
}
