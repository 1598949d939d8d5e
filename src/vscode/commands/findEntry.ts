/**
 * "Find entry": a quick pick over every entry of the journal (title, date, project, tags,
 * statement, result), filtered as the user types; the one picked opens in the journal webview.
 */
import * as vscode from 'vscode';
import { liveEntries } from '../../core/model';
import { visibleText } from '../../core/visibleText';
import { COMMANDS } from '../ids';
import { showJournalError } from '../journalService';
import type { Services } from '../services';

/** Runs the command. */
export async function findEntry(services: Services): Promise<void> {
  const journal = await services.journal.get();
  if (!journal) return showJournalError(services.journal.error);
  const labels = new Map(services.settings.competencies.map((c) => [c.id, c.label]));
  const entries = liveEntries(journal).sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
  const picked = await vscode.window.showQuickPick(
    entries.map((e) => ({
      label: visibleText(e.title),
      iconPath: new vscode.ThemeIcon(e.kind === 'impact' ? 'rocket' : 'book'),
      description: visibleText(
        [e.occurredAt, e.project, e.competencies.map((c) => labels.get(c) ?? c).join(', '), ...e.tags.map((t) => `#${t}`)].filter(Boolean).join(' · '),
      ),
      detail: visibleText([e.body, e.result].filter(Boolean).join(' — ').replace(/\s+/g, ' ').slice(0, 200)) || undefined,
      id: e.id,
    })),
    {
      title: vscode.l10n.t('Find entry'),
      placeHolder: entries.length
        ? vscode.l10n.t('Search {0} entries: title, date, project, competency, #tag or statement', entries.length)
        : vscode.l10n.t('The journal has no entries yet'),
      matchOnDescription: true,
      matchOnDetail: true,
    },
  );
  if (picked) await vscode.commands.executeCommand(COMMANDS.openJournal, picked.id);
}
