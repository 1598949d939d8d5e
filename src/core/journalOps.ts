/**
 * Pure edits of a journal. Each function here makes an `Edit`: a function that takes a journal
 * (never changed) and returns the new journal with what the caller needs back. The store
 * (src/journal/store.ts) runs an edit under its lock on the journal as it is on disk, and may run it
 * again on a fresh read, so edits depend only on their arguments: ids and times are given, never
 * made here. Invalid input throws an Error naming the field (nothing is written then).
 */
import * as l10n from '@vscode/l10n';
import { describeZodError } from './describe';
import { applyMerge, type MergePlan } from './journalMerge';
import type { EvidenceLink, MetricValue } from './evidence';
import type { TicketRef } from './trackers';
import { Assessment, Entry, Goal, type EntryKind, type JournalFile, type Source } from './model';

/** The result of an edit: the new journal and what the edit returns. */
export interface Edited<T> {
  readonly journal: JournalFile;
  readonly result: T;
}

/** An edit of a journal (see the module comment). */
export type Edit<T> = (journal: JournalFile) => Edited<T>;

/** What a caller supplies to create an entry; the id and timestamps are given to `addEntry`. */
export interface NewEntry {
  readonly kind: EntryKind;
  readonly title: string;
  readonly body: string;
  readonly competencies: readonly string[];
  /** ISO date `YYYY-MM-DD` of the work. */
  readonly occurredAt: string;
  readonly sources: readonly Source[];
  readonly tags?: readonly string[];
  /** The structured results (model.ts `Entry`); empty ones are left out. */
  readonly result?: string;
  readonly metric?: MetricValue;
  readonly beneficiaries?: string;
  readonly links?: readonly EvidenceLink[];
  readonly tickets?: readonly TicketRef[];
  readonly project?: string;
}

/**
 * Fields of an entry a user can edit. The structured results are cleared by an empty value: `''`
 * for `result` and `beneficiaries`, `null` for `metric`, `[]` for `links`.
 */
export type EntryPatch = Partial<Pick<Entry, 'kind' | 'title' | 'body' | 'competencies' | 'occurredAt' | 'tags' | 'goals'>> & {
  /** '' clears it. */
  readonly project?: string;
  readonly result?: string;
  readonly beneficiaries?: string;
  readonly metric?: MetricValue | null;
  readonly links?: readonly EvidenceLink[];
};

/** `entry` without its empty structured results (a cleared result is absent, not ''). */
function withoutEmptyResults<T extends Record<string, unknown>>(entry: T): T {
  const out: Record<string, unknown> = { ...entry };
  for (const key of ['result', 'beneficiaries', 'project'] as const) {
    const v = out[key];
    if (v === undefined || (typeof v === 'string' && !v.trim())) delete out[key];
  }
  if (out.metric === null || out.metric === undefined) delete out.metric;
  for (const key of ['links', 'tickets'] as const) if (out[key] === undefined || (Array.isArray(out[key]) && out[key].length === 0)) delete out[key];
  return out as T;
}

/** A goal as a caller supplies it: without `id` it is a new goal (the caller gives `newId`). */
export type GoalInput = Omit<Goal, 'id'> & { readonly id?: string };

/**
 * The entry `input` would become, with id `id` (a UUID) created at `now`. Throws an Error naming
 * the invalid field (from the model's zod schema) for invalid input.
 */
export function newEntry(input: NewEntry, id: string, now: Date): Entry {
  const stamp = now.toISOString();
  const parsed = Entry.safeParse({
    id,
    kind: input.kind,
    title: input.title.trim(),
    body: input.body,
    competencies: [...input.competencies],
    occurredAt: input.occurredAt,
    createdAt: stamp,
    updatedAt: stamp,
    sources: [...input.sources],
    tags: [...(input.tags ?? [])],
    ...withoutEmptyResults({
      result: input.result,
      metric: input.metric,
      beneficiaries: input.beneficiaries,
      links: input.links && [...input.links],
      project: input.project,
      tickets: input.tickets && input.tickets.map((t) => ({ key: t.key, ...(t.url ? { url: t.url } : {}) })),
    }),
  });
  if (!parsed.success) throw new Error(l10n.t('The entry is not valid: {0}', describeZodError(parsed.error)));
  return parsed.data;
}

/** Adds `entry` (made with `newEntry`). */
export function addEntry(entry: Entry): Edit<Entry> {
  return (journal) => ({ journal: { ...journal, entries: [...journal.entries, entry] }, result: entry });
}

function replaceEntry(journal: JournalFile, index: number, entry: Entry): JournalFile {
  const entries = [...journal.entries];
  entries[index] = entry;
  return { ...journal, entries };
}

/** Edits the live entry `id`, stamping `updatedAt` with `now`. Throws if there is none, or the result is invalid. */
export function updateEntry(id: string, patch: EntryPatch, now: Date): Edit<Entry> {
  return (journal) => {
    const i = journal.entries.findIndex((e) => e.id === id && e.deletedAt === undefined);
    if (i < 0) throw new Error(l10n.t('No entry with id {0} in the journal.', id));
    const next = Entry.safeParse(withoutEmptyResults({ ...journal.entries[i], ...patch, updatedAt: now.toISOString() }));
    if (!next.success) throw new Error(l10n.t('The entry is not valid: {0}', describeZodError(next.error)));
    return { journal: replaceEntry(journal, i, next.data), result: next.data };
  };
}

/** Deletes the live entry `id`, leaving a tombstone (`deletedAt`) so the deletion merges across machines. Throws if there is none. */
export function deleteEntry(id: string, now: Date): Edit<undefined> {
  return (journal) => {
    const i = journal.entries.findIndex((e) => e.id === id && e.deletedAt === undefined);
    const entry = journal.entries[i];
    if (!entry) throw new Error(l10n.t('No entry with id {0} in the journal.', id));
    const stamp = now.toISOString();
    return { journal: replaceEntry(journal, i, { ...entry, deletedAt: stamp, updatedAt: stamp }), result: undefined };
  };
}

/**
 * Undoes `deleteEntry`: removes the tombstone and stamps `updatedAt`, so the restored entry also
 * wins over the deletion when journals merge. Throws when no deleted entry has that id.
 */
export function restoreEntry(id: string, now: Date): Edit<Entry> {
  return (journal) => {
    const i = journal.entries.findIndex((e) => e.id === id && e.deletedAt !== undefined);
    const entry = journal.entries[i];
    if (!entry) throw new Error(l10n.t('No deleted entry with id {0} in the journal.', id));
    const { deletedAt: _deleted, ...rest } = entry;
    const restored: Entry = { ...rest, updatedAt: now.toISOString() };
    return { journal: replaceEntry(journal, i, restored), result: restored };
  };
}

/**
 * Adds a goal (no `input.id`: it gets `newId`) or replaces the goal with that id; returns it as
 * stored. Throws on an invalid goal or an unknown id.
 */
export function saveGoal(input: GoalInput, newId: string): Edit<Goal> {
  return (journal) => {
    const parsed = Goal.safeParse({ ...input, id: input.id ?? newId });
    if (!parsed.success) throw new Error(l10n.t('The goal is not valid: {0}', describeZodError(parsed.error)));
    const goal = parsed.data;
    const i = journal.goals.findIndex((g) => g.id === goal.id);
    if (i < 0 && input.id !== undefined) throw new Error(l10n.t('No goal with id {0} in the journal.', input.id));
    const goals = [...journal.goals];
    if (i >= 0) goals[i] = { ...goals[i], ...goal };
    else goals.push(goal);
    return { journal: { ...journal, goals }, result: goal };
  };
}

/**
 * Deletes a goal and unlinks it from entries (their `updatedAt` is stamped with `now` so the
 * unlinking merges). Throws when there is no goal with that id.
 */
export function deleteGoal(id: string, now: Date): Edit<undefined> {
  return (journal) => {
    const goals = journal.goals.filter((g) => g.id !== id);
    if (goals.length === journal.goals.length) throw new Error(l10n.t('No goal with id {0} in the journal.', id));
    const stamp = now.toISOString();
    const entries = journal.entries.map((e) => (e.goals?.includes(id) ? { ...e, goals: e.goals.filter((g) => g !== id), updatedAt: stamp } : e));
    return { journal: { ...journal, goals, entries }, result: undefined };
  };
}

/**
 * Sets the self-rating and optional manager rating (1–5) of `competency` for `quarter` (a quarter
 * key); `self: undefined` removes the rating. Fields a newer version added to the rating are kept.
 * Throws on a rating outside 1–5.
 */
export function rate(competency: string, quarter: string, self: number | undefined, manager: number | undefined): Edit<undefined> {
  return (journal) => {
    const rating = self === undefined ? undefined : Assessment.parse({ competency, quarter, self, ...(manager === undefined ? {} : { manager }) });
    const assessments = [...journal.assessments];
    const i = assessments.findIndex((a) => a.competency === competency && a.quarter === quarter);
    if (!rating) {
      if (i >= 0) assessments.splice(i, 1);
    } else if (assessments[i]) {
      // keep fields a newer version added; drop `manager` when it was cleared
      const { manager: _old, ...rest } = assessments[i];
      assessments[i] = { ...rest, ...rating };
    } else {
      assessments.push(rating);
    }
    return { journal: { ...journal, assessments }, result: undefined };
  };
}

/** Records source keys (see `sourceKey`) the user chose not to log, each once. */
export function dismiss(keys: readonly string[]): Edit<undefined> {
  return (journal) => ({ journal: { ...journal, dismissed: [...new Set([...journal.dismissed, ...keys])] }, result: undefined });
}

/** Merges `incoming` by entry id and `updatedAt` (see journalMerge.ts); returns what changed. */
export function importJournal(incoming: JournalFile): Edit<MergePlan> {
  return (journal) => {
    const copy: JournalFile = {
      ...journal,
      entries: [...journal.entries],
      dismissed: [...journal.dismissed],
      goals: [...journal.goals],
      assessments: [...journal.assessments],
    };
    const plan = applyMerge(copy, incoming);
    return { journal: copy, result: plan };
  };
}
