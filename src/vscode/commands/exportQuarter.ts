/**
 * "Impact Journal: Export quarter to Markdown": pick a quarter (calendar, or fiscal when
 * `impactJournal.fiscalYearStartMonth` is set), render it grouped by competency and open it in an
 * untitled Markdown editor.
 */
import * as vscode from 'vscode';
import { entriesInPeriod, exportPeriod } from '../../core/markdownExport';
import { liveEntries, type JournalFile } from '../../core/model';
import { describeRange, recentQuarters, type Quarter } from '../../core/quarters';
import { showJournalError } from '../journalService';
import type { Services } from '../services';

/** Asks for a quarter: the last four plus any older quarter with entries, newest first. */
export async function pickQuarter(journal: JournalFile, fiscalYearStartMonth: number, title: string): Promise<Quarter | undefined> {
  const quarters = recentQuarters(new Date(), fiscalYearStartMonth, 4, liveEntries(journal).map((e) => e.occurredAt));
  const picked = await vscode.window.showQuickPick(
    quarters.map((q) => {
      const n = entriesInPeriod(journal, q).length;
      return { label: q.label, description: describeRange(q), detail: `${n} ${n === 1 ? 'entry' : 'entries'}`, quarter: q };
    }),
    { title, placeHolder: 'Which quarter?', ignoreFocusOut: true },
  );
  return picked?.quarter;
}

/** Runs the command; returns the opened document (for tests), or undefined when cancelled. */
export async function exportQuarterCommand(services: Services): Promise<vscode.TextDocument | undefined> {
  const journal = await services.journal.reload();
  if (!journal) {
    await showJournalError(services.journal.error);
    return undefined;
  }
  const quarter = await pickQuarter(journal, services.settings.fiscalYearStartMonth, 'Export quarter to Markdown');
  if (!quarter) return undefined;
  const content = exportPeriod(journal, { period: quarter, competencies: services.settings.competencies });
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  await vscode.window.showTextDocument(document, { preview: false });
  services.log.info(`Exported ${quarter.label} (${content.length} characters)`);
  return document;
}
