/**
 * changie's release-notes fragments (https://changie.dev): one YAML file per change in `.changes/unreleased/`, named by its
 * kind and time (`added-20260819-235632.yaml`), which `changie batch` gathers into the release's notes. Its author writes
 * the entry's text (`body`) and the custom fields the project asks for, most often the issue it answers
 * (`custom: { Issue: "919" }`; dbt-core's too), which the notes then cite (`[#919](…/issues/919) Enums custom prompt type…`).
 */
import { parse } from 'yaml';
import { z } from 'zod';

/** The fields of a fragment read here; changie writes `kind`, `body`, `time` and `custom` (https://changie.dev/config/#change). */
const FRAGMENT = z.object({
  body: z.string().optional(),
  custom: z.record(z.string(), z.unknown()).optional(),
});

/** A changie fragment's entry: its text, and the issues and pull requests its custom fields name (numbers). */
export interface ChangieEntry {
  readonly body: string;
  readonly issues: readonly number[];
}

/** The custom fields that name an issue or a pull request (`Issue`, `Issues`, `PR`, `Pull Request`), case aside. */
const CITING_FIELD = /^(issues?|prs?|pull ?requests?)$/i;

/**
 * Reads `text` as a changie fragment; undefined when it is not one (not YAML, or no `body` and `kind`: a changeset's
 * Markdown, a towncrier fragment's prose). Issue fields may hold a number, a quoted one, `#12` or several (`"12, 14"`).
 */
export function changieEntry(text: string): ChangieEntry | undefined {
  if (!/^kind:/m.test(text) || !/^body:/m.test(text)) return undefined;
  let data: unknown;
  try {
    data = parse(text);
  } catch {
    return undefined;
  }
  const fragment = FRAGMENT.safeParse(data);
  if (!fragment.success || fragment.data.body === undefined) return undefined;
  const issues = Object.entries(fragment.data.custom ?? {})
    .filter(([key]) => CITING_FIELD.test(key))
    .flatMap(([, value]) => [...String(value).matchAll(/\d{1,7}/g)].map((m) => Number(m[0])));
  return { body: fragment.data.body, issues };
}
