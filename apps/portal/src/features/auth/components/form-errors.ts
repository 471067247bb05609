import { isApiError } from '@interlude/api-client';
import { describeFailure } from '../../../lib/describe-failure';

export type FieldErrors<Field extends string> = Partial<Record<Field, string>>;

/** A form-level problem shown above the submit button. */
export interface FormProblem {
  title: string;
  detail: string;
}

interface SafeParser {
  safeParse(
    values: unknown,
  ): { success: true } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
}

/** Checks the values with the request schema from `@interlude/contracts`: the same rules the API applies. */
export function validate<Field extends string>(
  schema: SafeParser,
  values: Record<Field, string>,
): FieldErrors<Field> {
  const result = schema.safeParse(values);
  if (result.success) return {};
  const errors: FieldErrors<Field> = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0]) as Field;
    if (field in values && !errors[field]) errors[field] = issue.message;
  }
  return errors;
}

/** The API's field errors on the form's own fields, and what belongs to none of them. */
export function problemOf<Field extends string>(
  error: unknown,
  fields: readonly Field[],
): { fieldErrors: FieldErrors<Field>; problem: FormProblem | null } {
  const fieldErrors: FieldErrors<Field> = {};
  const apiErrors = isApiError(error) ? error.errors : [];
  for (const { path, message } of apiErrors) {
    if ((fields as readonly string[]).includes(path)) fieldErrors[path as Field] = message;
  }
  const allOnFields = apiErrors.length > 0 && Object.keys(fieldErrors).length === apiErrors.length;
  return { fieldErrors, problem: allOnFields ? null : describeFailure(error) };
}

/** Focus the first field at fault, by its `name`, inside `form`. */
export function focusFirst(form: HTMLFormElement | null, fields: readonly string[], errors: object): void {
  const first = fields.find((field) => field in errors && (errors as Record<string, unknown>)[field]);
  if (first) form?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
}
