/**
 * Commands on the journal file as a whole: restore from a rolling backup, export the whole journal
 * as JSON, import one (merging by id and `updatedAt`, after showing what will be added or changed).
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { format, formatDistanceToNow } from 'date-fns';
import * as vscode from 'vscode';
import { planMerge } from '../../core/journalMerge';
import { importJournal } from '../../core/journalOps';
import { parseJournal } from '../../journal/format';
import { showJournalError } from '../journalService';
import type { Services } from '../services';

/** "Impact Journal: Restore from backup". */
export async function restoreBackup(services: Services): Promise<void> {
  const backups = await services.journal.listBackups();
  if (backups.length === 0) {
    void vscode.window.showInformationMessage(
      `Impact Journal: no backups yet in ${await services.journal.backupFolder()}. A backup is kept each time the journal changes.`,
    );
    return;
  }
  const picked = await vscode.window.showQuickPick(
    backups.map((b) => ({
      label: format(b.date, 'yyyy-MM-dd HH:mm:ss'),
      description: formatDistanceToNow(b.date, { addSuffix: true }),
      detail: b.entries === undefined ? 'cannot be read' : `${b.entries} ${b.entries === 1 ? 'entry' : 'entries'}`,
      backup: b,
    })),
    { title: 'Restore the journal from a backup', placeHolder: 'Which version? (newest first)' },
  );
  if (!picked || picked.backup.entries === undefined) return;
  const confirm = await vscode.window.showWarningMessage(
    `Replace the journal with the version of ${picked.label} (${picked.detail})?`,
    { modal: true, detail: 'The current version is kept: as a backup if it can be read, or copied aside if it cannot.' },
    'Restore',
  );
  if (confirm !== 'Restore') return;
  try {
    await services.journal.restore(picked.backup.path);
    void vscode.window.showInformationMessage(`Impact Journal: restored the version of ${picked.label}.`);
  } catch (err) {
    await showJournalError(err);
  }
}

/** "Impact Journal: Export journal as JSON". */
export async function exportJson(services: Services): Promise<void> {
  const journal = await services.journal.reload();
  if (!journal) {
    await showJournalError(services.journal.error);
    return;
  }
  const target = await vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.file(path.join(os.homedir(), `impact-journal-${format(new Date(), 'yyyy-MM-dd')}.json`)),
    filters: { JSON: ['json'] },
    title: 'Export the whole journal as JSON',
  });
  if (!target) return;
  await fs.writeFile(target.fsPath, `${JSON.stringify(journal, null, 2)}\n`);
  void vscode.window.showInformationMessage(`Impact Journal: exported ${journal.entries.length} entries to ${target.fsPath}.`);
}

/** "Impact Journal: Import journal from JSON". */
export async function importJson(services: Services): Promise<void> {
  const current = await services.journal.reload();
  if (!current) {
    await showJournalError(services.journal.error);
    return;
  }
  const [source] =
    (await vscode.window.showOpenDialog({
      canSelectMany: false,
      filters: { JSON: ['json'] },
      title: 'Import a journal (merged by entry id; the newer version of an entry wins)',
    })) ?? [];
  if (!source) return;
  let incoming;
  try {
    incoming = parseJournal(source.fsPath, await fs.readFile(source.fsPath));
  } catch (err) {
    await showJournalError(err);
    return;
  }
  const plan = planMerge(current, incoming);
  if (plan.added.length + plan.changed.length + plan.dismissed.length + plan.goals.length + plan.assessments.length === 0) {
    void vscode.window.showInformationMessage(`Impact Journal: nothing to import — all ${plan.unchanged} entries of that file are already in your journal.`);
    return;
  }
  const titles = [...plan.added.map((e) => `+ ${e.title}`), ...plan.changed.map((e) => `${e.deletedAt ? '− (deleted)' : '~'} ${e.title}`)];
  const confirm = await vscode.window.showWarningMessage(
    `Import ${plan.added.length} new ${plan.added.length === 1 ? 'entry' : 'entries'} and ${plan.changed.length} newer ${plan.changed.length === 1 ? 'version' : 'versions'} of existing ones?`,
    {
      modal: true,
      detail: `${titles.slice(0, 12).join('\n')}${titles.length > 12 ? `\n… and ${titles.length - 12} more` : ''}\n\n${plan.unchanged} unchanged; ${plan.goals.length} goals and ${plan.assessments.length} self-ratings new or changed. The current journal is kept as a backup.`,
    },
    'Import',
  );
  if (confirm !== 'Import') return;
  try {
    await services.journal.change(importJournal(incoming));
    void vscode.window.showInformationMessage(`Impact Journal: imported ${plan.added.length + plan.changed.length} entries.`);
  } catch (err) {
    await showJournalError(err);
  }
}
