/**
 * Errors as one line for people: what the message of an error (or a thrown non-error) says, and a
 * zod error's first issues with their paths.
 */
import * as l10n from '@vscode/l10n';
import type * as z from 'zod';

/** The message of `err` when it is an Error, else `String(err)`. */
export function describeError(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Formats a zod error as `path: message; …` (at most 5 issues), e.g. `entries.3.title: an entry needs a title`. */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.join('.') : l10n.t('(root)')}: ${i.message}`)
    .join('; ');
}
