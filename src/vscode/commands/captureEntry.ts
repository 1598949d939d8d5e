/**
 * The keyboard flow that turns a commit (or nothing) into a journal entry: kind → title →
 * impact statement → (date) → results and evidence, each skippable → competencies. Escape at any
 * step saves nothing.
 */
import * as vscode from 'vscode';
import { randomUUID } from 'node:crypto';
import { addEntry, newEntry, type NewEntry } from '../../core/journalOps';
import { IsoDate, sourceKey, type Entry, type EntryKind, type Source } from '../../core/model';
import { toIsoDate } from '../../core/quarters';
import { plainText, showJournalError } from '../journalService';
import type { Services } from '../services';
import { COMMANDS } from '../ids';
import { MAX_TITLE } from '../../core/limits';
import { askResults, resultFields } from './resultPrompts';
import { MAX_PROJECT, MAX_TAG, parseTags, type EvidenceLink } from '../../core/evidence';
import type { TicketRef } from '../../core/trackers';
import { visibleText } from '../../core/visibleText';
import type { StatementMaterial } from '../../core/aiDrafts';
import { askStatement } from './draftStatement';

/** What the flow starts from. */
export interface Prefill {
  readonly title: string;
  /** ISO date `YYYY-MM-DD` of the work. */
  readonly occurredAt: string;
  readonly sources: readonly Source[];
  readonly suggestedCompetencies: readonly string[];
  /** Skip the kind question when known. */
  readonly kind?: EntryKind;
  /** Issue-tracker keys the work carried, kept on the entry. */
  readonly tickets?: readonly TicketRef[];
  /** The project its keys or branch suggest. */
  readonly suggestedProject?: string;
  /** The statement to start from (a template's, e.g. a kudos quote). */
  readonly body?: string;
  /** Free tags the entry gets (a template's, e.g. `mentoring`). */
  readonly tags?: readonly string[];
  /** The title and statement boxes' prompts, when a template has its own. */
  readonly prompts?: { readonly title: string; readonly statement: string };
  /** What "Draft statement" sends to the editor's language model (a piece of work's messages and sizes). */
  readonly material?: StatementMaterial;
  /** Evidence links the entry starts with (where the work shipped); the Evidence links step shows and extends them. */
  readonly links?: readonly EvidenceLink[];
}

/** A prefill for an entry typed from scratch, dated today. */
export function manualPrefill(now = new Date()): Prefill {
  return { title: '', occurredAt: toIsoDate(now), sources: [{ type: 'manual' }], suggestedCompetencies: [] };
}

/** `feat(api): Add paging (#12)` → `Add paging`: a commit subject as an entry title. */
export function titleFromSubject(subject: string): string {
  const t = subject
    .replace(/^\w+(\([^)]*\))?!?:\s*/, '')
    .replace(/\s*\(#\d+\)\s*$/, '')
    .trim();
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/** What the user typed before pressing Escape, kept for the session per source (`sourceKey` or "manual"). */
interface Draft {
  readonly title: string;
  readonly body: string;
}
const drafts = new Map<string, Draft>();

/**
 * Runs the flow and saves the entry through the journal store. Returns the saved entry, or
 * undefined when the user pressed Escape (nothing saved; what was typed is kept as a draft that
 * prefills the next attempt for the same commit) or the save failed (error shown, entry kept).
 */
export async function captureEntry(services: Services, prefill: Prefill): Promise<Entry | undefined> {
  if (services.journal.readOnly) {
    await showJournalError(services.journal.error); // a newer version's file: shown, never written
    return undefined;
  }
  const manual = prefill.sources.every((s) => s.type === 'manual');
  const draftKey = (prefill.sources[0] && sourceKey(prefill.sources[0])) ?? 'manual';
  const draft = drafts.get(draftKey);
  const steps = manual ? 6 : 5;
  const title = (step: number): string => vscode.l10n.t('Log impact ({0}/{1})', step, steps);
  const keepDraft = (d: Draft): undefined => {
    if (d.body.trim() || (d.title.trim() && d.title !== prefill.title)) {
      drafts.set(draftKey, d);
      services.log.info(`Kept a draft of “${d.title}” for the next attempt.`);
    }
    return undefined;
  };

  const kind =
    prefill.kind ??
    (
      await vscode.window.showQuickPick(
        [
          {
            label: vscode.l10n.t('Impact'),
            iconPath: new vscode.ThemeIcon('rocket'),
            description: vscode.l10n.t('what changed, for whom, how much'),
            value: 'impact' as const,
          },
          {
            label: vscode.l10n.t('Learning'),
            iconPath: new vscode.ThemeIcon('book'),
            description: vscode.l10n.t('what you learned, and how you will use it'),
            value: 'learning' as const,
          },
        ],
        { title: title(1), placeHolder: vscode.l10n.t('Is this impact or learning?'), ignoreFocusOut: true },
      )
    )?.value;
  if (!kind) return undefined;

  const entryTitle = await vscode.window.showInputBox({
    title: title(2),
    prompt: prefill.prompts ? vscode.l10n.t('Title: {0}', prefill.prompts.title) : vscode.l10n.t('Title: one line that names the work'),
    value: draft?.title ?? prefill.title,
    // a template's start ("Mentored ") is completed, not replaced: the cursor goes after it
    valueSelection: !draft && prefill.prompts ? [prefill.title.length, prefill.title.length] : undefined,
    ignoreFocusOut: true,
    validateInput: (v) =>
      v.trim() === ''
        ? vscode.l10n.t('A title is needed.')
        : v.trim().length > MAX_TITLE
          ? vscode.l10n.t('Keep the title under {0} characters.', MAX_TITLE)
          : undefined,
  });
  if (entryTitle === undefined) return undefined;

  const statement = await askStatement(services, prefill.material, kind, {
    title: title(3),
    prompt: prefill.prompts
      ? vscode.l10n.t('Impact statement (Markdown): {0}', prefill.prompts.statement)
      : kind === 'impact'
        ? vscode.l10n.t(
            'Impact statement (Markdown): what changed, for whom, how much? e.g. "Cut p95 checkout latency from 900 ms to 300 ms for all EU users."',
          )
        : vscode.l10n.t('What did you learn, and where will you use it? (Markdown)'),
    placeHolder: vscode.l10n.t('Optional — you can fill in the outcome later'),
    value: draft?.body ?? prefill.body ?? '',
  });
  // Escape in the statement box keeps what was typed for the next attempt
  if (!statement.accepted) return keepDraft({ title: entryTitle, body: statement.typed });
  const body = statement.value;

  let occurredAt = prefill.occurredAt;
  if (manual) {
    const date = await vscode.window.showInputBox({
      title: title(4),
      prompt: vscode.l10n.t('When did it happen? (YYYY-MM-DD)'),
      value: prefill.occurredAt,
      ignoreFocusOut: true,
      validateInput: (v) => (IsoDate.safeParse(v.trim()).success ? undefined : vscode.l10n.t('A date as YYYY-MM-DD, e.g. 2026-03-14.')),
    });
    if (date === undefined) return keepDraft({ title: entryTitle, body });
    occurredAt = date.trim();
  }

  // results and evidence: one pick, Enter with nothing chosen goes on (the outcome reminder asks again in 30 days)
  const fields = resultFields();
  const offered = fields.filter((f) => kind === 'impact' || f.field === 'links');
  const chosen = await vscode.window.showQuickPick(
    [
      ...offered.map((f) => ({
        label: f.label,
        detail: f.field === 'links' && prefill.links?.length ? vscode.l10n.t('Has: {0}', visibleText(prefill.links.map((l) => l.title).join(', '))) : f.detail,
        field: f.field,
        picked: false,
      })),
      {
        label: vscode.l10n.t('Tags'),
        detail: prefill.tags?.length
          ? vscode.l10n.t('Has: {0}', visibleText(prefill.tags.join(', ')))
          : vscode.l10n.t('Free tags, e.g. private (kept out of shared exports), billing-migration'),
        field: 'tags' as const,
        picked: false,
      },
      {
        label: vscode.l10n.t('Project'),
        detail: prefill.suggestedProject
          ? vscode.l10n.t('Suggested: {0}', visibleText(prefill.suggestedProject))
          : vscode.l10n.t('The project or initiative it belongs to'),
        field: 'project' as const,
        picked: prefill.suggestedProject !== undefined,
      },
    ],
    {
      title: title(steps - 1),
      placeHolder: vscode.l10n.t('Add results and evidence? Optional: Space to choose, Enter to go on'),
      canPickMany: true,
      ignoreFocusOut: true,
    },
  );
  if (chosen === undefined) return keepDraft({ title: entryTitle, body });
  const results = await askResults(
    chosen.flatMap((c) => (c.field === 'project' || c.field === 'tags' ? [] : [c.field])),
    (field) =>
      vscode.l10n.t({
        message: '{0} — {1}',
        args: [title(steps - 1), fields.find((f) => f.field === field)!.label],
        comment: ['Title of an input box: the step title ("Log impact (4/5)"), then the name of the field asked ("Result")'],
      }),
    prefill.links?.length ? { links: [...prefill.links] } : {},
  );
  if (results === undefined) return keepDraft({ title: entryTitle, body });
  let tags = [...(prefill.tags ?? [])];
  if (chosen.some((c) => c.field === 'tags')) {
    const typed = await vscode.window.showInputBox({
      title: vscode.l10n.t('{0} — Tags', title(steps - 1)),
      prompt: vscode.l10n.t('Tags, separated by commas, e.g. "private, billing-migration" (entries tagged private can be left out of an export)'),
      value: tags.join(', '),
      ignoreFocusOut: true,
      validateInput: (v) => (parseTags(v).some((t) => t.length > MAX_TAG) ? vscode.l10n.t('Keep each tag under {0} characters.', MAX_TAG) : undefined),
    });
    if (typed === undefined) return keepDraft({ title: entryTitle, body });
    tags = parseTags(typed);
  }
  let project: string | undefined;
  if (chosen.some((c) => c.field === 'project')) {
    project = await vscode.window.showInputBox({
      title: vscode.l10n.t('{0} — Project', title(steps - 1)),
      prompt: vscode.l10n.t('Project or initiative, e.g. "Billing migration" (Enter to keep, empty for none)'),
      value: prefill.suggestedProject ?? '',
      ignoreFocusOut: true,
      validateInput: (v) => (v.trim().length > MAX_PROJECT ? vscode.l10n.t('Keep it under {0} characters.', MAX_PROJECT) : undefined),
    });
    if (project === undefined) return keepDraft({ title: entryTitle, body });
  }

  const framework = services.settings.competencies;
  const suggested = new Set(prefill.suggestedCompetencies.filter((id) => framework.some((c) => c.id === id)));
  if (kind === 'learning') suggested.add('learning-growth');
  const picks = await vscode.window.showQuickPick(
    framework.map((c) => ({
      label: c.label,
      description: suggested.has(c.id) ? vscode.l10n.t('suggested') : undefined,
      detail: c.description,
      picked: suggested.has(c.id),
      id: c.id,
    })),
    {
      title: title(steps),
      placeHolder: vscode.l10n.t('Competencies this is evidence of (Space to toggle, Enter to save)'),
      canPickMany: true,
      ignoreFocusOut: true,
      matchOnDetail: true,
    },
  );
  if (picks === undefined) return keepDraft({ title: entryTitle, body });

  const input: NewEntry = {
    kind,
    title: entryTitle,
    body: body.trim(),
    competencies: picks.map((p) => p.id),
    occurredAt,
    sources: prefill.sources,
    ...results,
    // the prefilled links are kept when the Evidence links step was not chosen (it starts from them when it was)
    ...(!results.links && prefill.links?.length ? { links: [...prefill.links] } : {}),
    ...(project?.trim() ? { project: project.trim() } : {}),
    ...(prefill.tickets?.length ? { tickets: prefill.tickets } : {}),
    ...(tags.length ? { tags } : {}),
  };
  try {
    const entry = await services.journal.change(addEntry(newEntry(input, randomUUID(), new Date())));
    drafts.delete(draftKey);
    services.log.info(`Logged ${kind} entry ${entry.id} "${entry.title}"`);
    const labels = picks.map((p) => p.label).join(', ') || vscode.l10n.t('Other');
    void vscode.window
      .showInformationMessage(vscode.l10n.t('Logged “{0}” under {1}.', plainText(entry.title), labels), vscode.l10n.t('Open Journal'))
      .then((choice) => {
        if (choice) void vscode.commands.executeCommand(COMMANDS.openJournal, entry.id);
      });
    return entry;
  } catch (err) {
    // what the user typed is never lost: it goes to the output channel and, on request, the clipboard
    const text = JSON.stringify(input, null, 2);
    services.log.error(`Could not save the entry; here it is so nothing is lost:\n${text}`);
    await showJournalError(err, { label: vscode.l10n.t('Copy Unsaved Entry'), run: () => vscode.env.clipboard.writeText(text) });
    return undefined;
  }
}
