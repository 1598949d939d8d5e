/**
 * The in-place editor's draft of an entry, without the DOM: what was typed so far, whether it
 * differs from the entry it was opened on, and what stops it from being saved. The host checks
 * the edit again (zod, `src/vscode/webview/protocol.ts`); this check only says it first, beside the
 * fields, in the user's words.
 */
import * as l10n from '@vscode/l10n';
import type { EntryEdit, ViewEntry } from '../src/vscode/webview/protocol';
import { MAX_BODY, MAX_TITLE } from '../src/core/limits';
import {
  MAX_BENEFICIARIES,
  MAX_PROJECT,
  MAX_RESULT,
  MAX_TAG,
  formatEvidenceLink,
  formatMetric,
  parseEvidenceLinks,
  parseMetric,
  parseTags,
} from '../src/core/evidence';
import { displayLocale } from '../src/core/dateLabels';

/** An entry being edited (fields as typed so far; `occurredAt` an ISO date, `YYYY-MM-DD`). */
export interface EntryDraft {
  readonly id: string;
  title: string;
  body: string;
  kind: 'impact' | 'learning';
  occurredAt: string;
  competencies: string[];
  goals: string[];
  /** The structured results as typed: what happened, the measure (`p95 900 ms → 300 ms`), who benefited, links one per line (`Title https://…`). */
  result: string;
  metric: string;
  beneficiaries: string;
  links: string;
  /** The project, as typed ('' for none). */
  project: string;
  /** Tags as typed, separated by commas. */
  tags: string;
}

/** A draft of `entry` as it is now (its own copies of the lists, so typing never changes the entry). */
export function draftOf(entry: ViewEntry): EntryDraft {
  const { id, title, body, kind, occurredAt } = entry;
  return {
    id,
    title,
    body,
    kind,
    occurredAt,
    competencies: [...entry.competencies],
    goals: [...entry.goals],
    ...resultTexts(entry),
    project: entry.project ?? '',
    tags: entry.tags.join(', '),
  };
}

/** The structured results of `entry` as the editor's fields show them. */
function resultTexts(entry: ViewEntry | undefined): Pick<EntryDraft, 'result' | 'metric' | 'beneficiaries' | 'links'> {
  return {
    result: entry?.result ?? '',
    metric: entry?.metric ? formatMetric(entry.metric) : '',
    beneficiaries: entry?.beneficiaries ?? '',
    links: (entry?.links ?? []).map(formatEvidenceLink).join('\n'),
  };
}

/** True when `draft` differs from `entry` in any field the editor shows, or `entry` is gone (undefined). */
export function draftChanged(draft: EntryDraft, entry: ViewEntry | undefined): boolean {
  return (
    !entry ||
    draft.title !== entry.title ||
    draft.body !== entry.body ||
    draft.kind !== entry.kind ||
    draft.occurredAt !== entry.occurredAt ||
    !sameList(draft.competencies, entry.competencies) ||
    !sameList(draft.goals, entry.goals) ||
    (['result', 'metric', 'beneficiaries', 'links'] as const).some((k) => draft[k].trim() !== resultTexts(entry)[k]) ||
    draft.project.trim() !== (entry.project ?? '') ||
    !sameList(parseTags(draft.tags), entry.tags)
  );
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * Why `draft` cannot be saved, as a sentence to show beside the fields, or undefined when it can.
 * The title is checked trimmed (it is saved trimmed) against `MAX_TITLE` characters, the statement
 * as typed against `MAX_BODY` (both from src/core/limits.ts, the limits the journal format keeps);
 * the date must be a whole ISO date (what `<input type="date">` gives, or '' while half typed).
 */
export function draftProblem(draft: EntryDraft): string | undefined {
  const title = draft.title.trim();
  if (!title) return l10n.t('A title is needed.');
  if (title.length > MAX_TITLE) return l10n.t('A title has at most {0} characters.', MAX_TITLE);
  if (draft.body.length > MAX_BODY)
    return l10n.t(
      'The statement has {0} characters; at most {1} fit.',
      draft.body.length.toLocaleString(displayLocale()),
      MAX_BODY.toLocaleString(displayLocale()),
    );
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.occurredAt)) return l10n.t('Pick the date of the work.');
  if (draft.result.trim().length > MAX_RESULT) return l10n.t('The result has at most {0} characters.', MAX_RESULT);
  if (draft.beneficiaries.trim().length > MAX_BENEFICIARIES) return l10n.t('"Who benefited" has at most {0} characters.', MAX_BENEFICIARIES);
  if (draft.project.trim().length > MAX_PROJECT) return l10n.t('A project name has at most {0} characters.', MAX_PROJECT);
  if (parseTags(draft.tags).some((t) => t.length > MAX_TAG)) return l10n.t('A tag has at most {0} characters.', MAX_TAG);
  const metric = draft.metric.trim() ? parseMetric(draft.metric) : undefined;
  if (metric && 'error' in metric) return l10n.t('Measured: {0}', metric.error);
  const links = parseEvidenceLinks(draft.links);
  if ('error' in links) return l10n.t('Evidence links: {0}', links.error);
  return undefined;
}

/** The change request for a draft `draftProblem` accepts: every field, results parsed (empty ones clear). */
export function draftEdit(draft: EntryDraft): EntryEdit {
  const metric = draft.metric.trim() ? parseMetric(draft.metric) : undefined;
  const links = parseEvidenceLinks(draft.links);
  return {
    title: draft.title.trim(),
    body: draft.body,
    kind: draft.kind,
    occurredAt: draft.occurredAt,
    competencies: draft.competencies,
    goals: draft.goals,
    result: draft.result.trim(),
    metric: metric && !('error' in metric) ? metric : null,
    beneficiaries: draft.beneficiaries.trim(),
    links: 'error' in links ? [] : links,
    project: draft.project.trim(),
    tags: parseTags(draft.tags),
  };
}
