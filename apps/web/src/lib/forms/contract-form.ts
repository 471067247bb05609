import { isApiError } from '@interlude/api-client';
import { schemaResolver, type UseFormReturnType } from '@mantine/form';
import type { z } from 'zod';
import './plain-zod-messages';

/** Validates a form with a request schema from `@interlude/contracts`: the same rules the API applies. */
export const contractResolver = (schema: z.ZodType) => schemaResolver(schema, { sync: true });

/** What a form shows above its submit button when a failure belongs to no single field. */
export interface FormProblem {
  title: string;
  detail?: string;
  messages: string[];
  /** How many fields got their own error from the same answer (focus goes to the first of them). */
  markedFields: number;
}

/** Every path a form has a field for, including list items and their parents (`crisisResources.0.phone`). */
export function formPaths(values: unknown, prefix = ''): Set<string> {
  const paths = new Set<string>();
  if (values !== null && typeof values === 'object') {
    for (const [key, value] of Object.entries(values)) {
      const path = prefix ? `${prefix}.${key}` : key;
      paths.add(path);
      for (const nested of formPaths(value, path)) paths.add(nested);
    }
  }
  return paths;
}

/** Plain words for a failed request, for an alert or a form summary. */
export function describeFailure(error: unknown): { title: string; detail: string } {
  if (isApiError(error) && error.kind === 'network') {
    return { title: 'Could not reach Interlude', detail: 'Check your connection, then try again.' };
  }
  if (isApiError(error) && error.kind === 'invalid-response') {
    return {
      title: 'Unexpected answer from the server',
      detail: 'Try again. If it keeps happening, tell your clinic’s administrator.',
    };
  }
  if (isApiError(error) && error.status >= 500) {
    return {
      title: 'Something went wrong on our side',
      detail: error.detail ?? 'Please try again in a moment.',
    };
  }
  if (isApiError(error)) return { title: 'That did not work', detail: error.detail ?? error.title };
  return { title: 'Something went wrong', detail: 'Please try again.' };
}

/** Moves focus to the input of `path` (or the first input inside it, for a group of checkboxes). */
export function focusField(form: UseFormReturnType<never>, path: string): void {
  const node = form.getInputNode(path as never);
  if (!node) return;
  const target = node.matches('input, textarea, select, button')
    ? node
    : node.querySelector<HTMLElement>('input, textarea, select, button');
  target?.focus();
}

/**
 * Puts the API's field errors (`errors[].path`) on the form's fields and focuses the first of them.
 * Returns what belongs to no field (the problem's detail, errors on unknown paths) for a summary, or
 * null when every message found its field.
 */
export function applyProblemToForm<Values>(
  form: UseFormReturnType<Values>,
  error: unknown,
): FormProblem | null {
  const fieldErrors = isApiError(error) ? error.errors : [];
  const known = formPaths(form.getValues());
  const onFields = fieldErrors.filter((fieldError) => known.has(fieldError.path));
  const elsewhere = fieldErrors.filter((fieldError) => !known.has(fieldError.path));

  if (onFields.length > 0) {
    form.setErrors(Object.fromEntries(onFields.map(({ path, message }) => [path, message])));
    focusField(form as UseFormReturnType<never>, onFields[0].path);
  }
  if (onFields.length > 0 && elsewhere.length === 0) return null;

  const { title, detail } = describeFailure(error);
  return { title, detail, messages: elsewhere.map(({ message }) => message), markedFields: onFields.length };
}

/** For `form.onSubmit(submit, focusFirstError(form))`: after a failed check, focus the first field at fault. */
export const focusFirstError =
  <Values>(form: UseFormReturnType<Values>) =>
  (errors: Record<string, unknown>) => {
    const first = Object.keys(errors)[0];
    if (first) focusField(form as UseFormReturnType<never>, first);
  };
