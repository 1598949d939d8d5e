/**
 * "Export quarter to Markdown" and "Export to HTML": pick a period (quarters — fiscal when
 * `impactJournal.fiscalYearStartMonth` is set —, halves, years or a custom range), a layout
 * (default `impactJournal.exportLayout`) and a destination (an editor, a file — its folder is
 * remembered — or the clipboard).
 */
import { visibleText } from '../../core/visibleText';
import type { Entry } from '../../core/model';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { subMonths } from 'date-fns';
import * as vscode from 'vscode';
import { citedSummary, summaryPrompt } from '../../core/aiDrafts';
import { groupByCompetency } from '../../core/competencies';
import { OTHER_COMPETENCY } from '../../core/limits';
import { entriesInPeriod, EXPORT_LAYOUTS, exportPeriod, filterByTags, LAYOUT_LABELS, type ExportLayout } from '../../core/markdownExport';
import { IsoDate, liveEntries, type JournalFile } from '../../core/model';
import { customPeriod, describeRange, halfOf, recentQuarters, toIsoDate, yearOf, type Period } from '../../core/quarters';
import { ask, consentToSend, draftingModel, modelName } from '../ai';
import { showJournalError } from '../journalService';
import type { Services } from '../services';

const FOLDER_KEY = 'impactJournal.exportFolder';

type PeriodItem = vscode.QuickPickItem & { period?: Period; custom?: true };

/** Asks for a period: recent quarters (and older ones with entries), halves, years, or a custom range. */
export async function pickPeriod(journal: JournalFile, fiscalYearStartMonth: number, title: string): Promise<Period | undefined> {
  const now = new Date();
  const item = (p: Period): PeriodItem => {
    const n = entriesInPeriod(journal, p).length;
    return { label: p.label, description: describeRange(p), detail: n === 1 ? vscode.l10n.t('1 entry') : vscode.l10n.t('{0} entries', n), period: p };
  };
  const separator = (label: string): PeriodItem => ({ label, kind: vscode.QuickPickItemKind.Separator });
  const quarters = recentQuarters(
    now,
    fiscalYearStartMonth,
    4,
    liveEntries(journal).map((e) => e.occurredAt),
  );
  const items: PeriodItem[] = [
    separator(fiscalYearStartMonth === 1 ? vscode.l10n.t('Quarters') : vscode.l10n.t('Fiscal quarters')),
    ...quarters.map(item),
    separator(vscode.l10n.t('Halves and years')),
    ...[
      halfOf(now, fiscalYearStartMonth),
      halfOf(subMonths(now, 6), fiscalYearStartMonth),
      yearOf(now, fiscalYearStartMonth),
      yearOf(subMonths(now, 12), fiscalYearStartMonth),
    ].map(item),
    separator(''),
    { label: vscode.l10n.t('Custom range…'), iconPath: new vscode.ThemeIcon('calendar'), custom: true },
  ];
  const picked = await vscode.window.showQuickPick(items, {
    title,
    placeHolder: vscode.l10n.t('Which quarter?'),
    ignoreFocusOut: true,
    matchOnDescription: true,
  });
  if (!picked?.custom) return picked?.period;
  const ask = (prompt: string, value: string): Thenable<string | undefined> =>
    vscode.window.showInputBox({
      title,
      prompt,
      value,
      ignoreFocusOut: true,
      validateInput: (v) => (IsoDate.safeParse(v.trim()).success ? undefined : vscode.l10n.t('A date as YYYY-MM-DD.')),
    });
  const first = await ask(vscode.l10n.t('First day (YYYY-MM-DD)'), toIsoDate(subMonths(now, 3)));
  if (first === undefined) return undefined;
  const last = await ask(vscode.l10n.t('Last day, included (YYYY-MM-DD)'), toIsoDate(now));
  if (last === undefined) return undefined;
  try {
    return customPeriod(first.trim(), last.trim());
  } catch (err) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Impact Journal: {0}', (err as Error).message));
    return undefined;
  }
}

/** Asks for a layout, the default (`impactJournal.exportLayout`) first. */
async function pickLayout(defaultLayout: ExportLayout, title: string): Promise<ExportLayout | undefined> {
  const order = [defaultLayout, ...EXPORT_LAYOUTS.filter((l) => l !== defaultLayout)];
  const details: Record<ExportLayout, string> = {
    competency: vscode.l10n.t('A summary per competency, then impact entries with statements and links, then learning'),
    brag: vscode.l10n.t('Goals, Projects, Collaboration & mentorship, Design & documentation, Learning'),
    timeline: vscode.l10n.t('Entries by month'),
  };
  const picked = await vscode.window.showQuickPick(
    order.map((l) => ({ label: LAYOUT_LABELS[l], description: l === defaultLayout ? vscode.l10n.t('default') : undefined, detail: details[l], layout: l })),
    { title, placeHolder: vscode.l10n.t('Which layout?'), ignoreFocusOut: true },
  );
  return picked?.layout;
}

/** Where the document goes. */
type Destination = 'editor' | 'file' | 'clipboard';

async function pickDestination(title: string, kind: 'Markdown' | 'HTML'): Promise<Destination | undefined> {
  const picked = await vscode.window.showQuickPick(
    [
      {
        label: vscode.l10n.t('Open in an editor'),
        iconPath: new vscode.ThemeIcon('go-to-file'),
        description: vscode.l10n.t('an untitled {0} document', kind),
        destination: 'editor' as const,
      },
      {
        label: vscode.l10n.t('Save to a file…'),
        iconPath: new vscode.ThemeIcon('save'),
        description: vscode.l10n.t('remembers the folder'),
        destination: 'file' as const,
      },
      {
        label: vscode.l10n.t('Copy to the clipboard'),
        iconPath: new vscode.ThemeIcon('clippy'),
        description: kind === 'HTML' ? vscode.l10n.t('the HTML source') : undefined,
        destination: 'clipboard' as const,
      },
    ],
    { title, placeHolder: vscode.l10n.t('Where to?'), ignoreFocusOut: true },
  );
  return picked?.destination;
}

/** Sends the document to the chosen destination; returns the editor's document when opened in one. */
async function deliver(
  services: Services,
  content: string,
  language: 'markdown' | 'html',
  fileName: string,
  destination: Destination,
): Promise<vscode.TextDocument | undefined> {
  if (destination === 'editor') {
    const document = await vscode.workspace.openTextDocument({ language, content });
    await vscode.window.showTextDocument(document, { preview: false });
    return document;
  }
  if (destination === 'clipboard') {
    await vscode.env.clipboard.writeText(content);
    void vscode.window.showInformationMessage(vscode.l10n.t('Impact Journal: copied {0} to the clipboard.', fileName.replace(/\.\w+$/, '')));
    return undefined;
  }
  const folder = services.context.globalState.get<string>(FOLDER_KEY) ?? os.homedir();
  const target = await vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.file(path.join(folder, fileName)),
    filters: language === 'html' ? { HTML: ['html'] } : { Markdown: ['md'] },
  });
  if (!target) return undefined;
  await fs.writeFile(target.fsPath, content);
  await services.context.globalState.update(FOLDER_KEY, path.dirname(target.fsPath));
  const open = vscode.l10n.t({ message: 'Open', args: [], comment: ['Button: opens the exported file'] });
  const choice = await vscode.window.showInformationMessage(vscode.l10n.t('Impact Journal: saved {0}.', target.fsPath), open);
  if (choice === open) await vscode.commands.executeCommand('vscode.open', target);
  return undefined;
}

/**
 * When the period's entries have tags, asks which to leave out of the document (`private` chosen
 * first, so private entries stay out of what is shared unless the user says otherwise). Returns the
 * tags to leave out ([] for none), or undefined on Escape.
 */
async function pickExcludedTags(entries: readonly Entry[], title: string): Promise<string[] | undefined> {
  const counts = new Map<string, number>();
  for (const e of entries) for (const t of new Set(e.tags.map((x) => x.trim().toLowerCase()).filter(Boolean))) counts.set(t, (counts.get(t) ?? 0) + 1);
  if (counts.size === 0) return [];
  const tags = [...counts.keys()].sort((a, b) => (a === 'private' ? -1 : b === 'private' ? 1 : a.localeCompare(b)));
  const picked = await vscode.window.showQuickPick(
    tags.map((t) => {
      const n = counts.get(t) ?? 0;
      return { label: visibleText(t), description: n === 1 ? vscode.l10n.t('1 entry') : vscode.l10n.t('{0} entries', n), picked: t === 'private', tag: t };
    }),
    {
      title,
      placeHolder: vscode.l10n.t('Leave out entries with these tags? (Space to toggle, Enter to go on)'),
      canPickMany: true,
      ignoreFocusOut: true,
    },
  );
  return picked?.map((p) => p.tag);
}

type Summaries = Map<string, { markdown: string; model: string }>;

/**
 * Offers, when a language model is available (ai.ts), to draft each competency's summary from the
 * period's `entries`; asks consent on a model's first use; drafts with progress, cancellable.
 * Resolves with the summaries (none when declined, when there is no model, or after a model error,
 * which is shown), or undefined when the user cancelled (the export stops).
 */
async function draftSummaries(services: Services, entries: readonly Entry[], period: Period, title: string): Promise<Summaries | undefined> {
  const none: Summaries = new Map();
  const model = await draftingModel(services);
  if (!model || entries.length === 0) return none;
  const choice = await vscode.window.showQuickPick(
    [
      { label: vscode.l10n.t('Export as it is'), draft: false },
      {
        label: vscode.l10n.t('Draft a summary of each competency with {0}', modelName(model)),
        detail: vscode.l10n.t('From this period’s entries only; a sentence that cites no entry is left out. Read and edit it before you share it.'),
        iconPath: new vscode.ThemeIcon('sparkle'),
        draft: true,
      },
    ],
    { title, placeHolder: vscode.l10n.t('Draft the summaries?'), ignoreFocusOut: true },
  );
  if (!choice) return undefined;
  if (!choice.draft) return none;
  const groups = groupByCompetency(entries, services.settings.competencies).filter(([c]) => c.id !== OTHER_COMPETENCY);
  const requests = groups.map(([competency, group]) => ({ competency, group, prompt: summaryPrompt(competency, group, period.label) }));
  if (
    !(await consentToSend(
      services,
      model,
      requests.map((r) => r.prompt),
      vscode.l10n.t({
        message: 'draft the summary of each competency for {0}',
        args: [period.label],
        comment: [
          'The purpose in the consent dialog: "What Impact Journal will send to {model} to <this>" and "To <this>, Impact Journal sends…"; {0} is a period, e.g. "Q1 2026"',
        ],
      }),
    ))
  )
    return undefined;
  try {
    return await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Impact Journal: drafting with {0}', modelName(model)), cancellable: true },
      async (progress, token) => {
        const out: Summaries = new Map();
        let dropped = 0;
        for (const [i, r] of requests.entries()) {
          progress.report({ message: vscode.l10n.t('{0} ({1} of {2})', r.competency.label, i + 1, requests.length), increment: 100 / requests.length });
          const summary = citedSummary(await ask(model, r.prompt, token), r.group);
          dropped += summary.dropped;
          out.set(r.competency.id, { markdown: summary.markdown, model: modelName(model) });
        }
        services.log.info(`Drafted ${out.size} summaries with ${modelName(model)}; ${dropped} sentences citing no entry left out`);
        return out;
      },
    );
  } catch (err) {
    if (err instanceof vscode.CancellationError) return undefined;
    void vscode.window.showErrorMessage(vscode.l10n.t('Impact Journal: {0} Exported without drafted summaries.', (err as Error).message));
    return none;
  }
}

/** Runs an export; `format` chooses Markdown or HTML. Returns the opened document (for tests), if any. */
export async function exportCommand(services: Services, format: 'markdown' | 'html'): Promise<vscode.TextDocument | undefined> {
  const journal = await services.journal.reload();
  if (!journal) {
    await showJournalError(services.journal.error);
    return undefined;
  }
  const title = format === 'html' ? vscode.l10n.t('Export to HTML') : vscode.l10n.t('Export quarter to Markdown');
  const period = await pickPeriod(journal, services.settings.fiscalYearStartMonth, title);
  if (!period) return undefined;
  const layout = await pickLayout(services.settings.exportLayout, title);
  if (!layout) return undefined;
  const exclude = await pickExcludedTags(entriesInPeriod(journal, period), title);
  if (!exclude) return undefined;
  const summaries =
    layout === 'competency' ? await draftSummaries(services, filterByTags(entriesInPeriod(journal, period), { exclude }), period, title) : new Map();
  if (!summaries) return undefined;
  const destination = await pickDestination(title, format === 'html' ? 'HTML' : 'Markdown');
  if (!destination) return undefined;
  const markdown = exportPeriod(journal, {
    period,
    layout,
    competencies: services.settings.competencies,
    generatedAt: new Date(),
    tags: { exclude },
    summaries,
  });
  const base = `impact-journal-${period.key.replace(/[^\w.-]+/g, '_')}-${layout}`;
  services.log.info(`Exported ${period.label} as ${layout} (${format}, ${destination})`);
  if (format === 'markdown') return deliver(services, markdown, 'markdown', `${base}.md`, destination);
  const { renderHtmlDocument } = await import('../../core/htmlExport');
  return deliver(services, renderHtmlDocument(markdown, vscode.l10n.t('Impact journal — {0}', period.label)), 'html', `${base}.html`, destination);
}
