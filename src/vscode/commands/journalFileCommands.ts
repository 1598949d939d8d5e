/**
 * Commands on the journal file as a whole: restore from a rolling backup, export the whole journal
 * as JSON, import one (merging by id and `updatedAt`, after showing what will be added or changed),
 * and merge another machine's journal the same way.
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { format, formatDistanceToNow } from 'date-fns';
import * as vscode from 'vscode';
import { planMerge, type MergePlan } from '../../core/journalMerge';
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
  const source = await pickJournalFile('Import a journal (merged by entry id; the newer version of an entry wins)');
  if (source) await mergeFrom(services, source, { confirm: true, verb: 'Import', announce: true });
}

/**
 * "Impact Journal: Merge a journal from another machine": another machine's journal.json (or a
 * JSON export) merged into this one by the import's rules (by entry id, the newer version of an
 * entry wins, deletions are kept), so nothing is lost and merging the same file again adds
 * nothing. `file`: an absolute path given by a caller (another extension, a test), merged without
 * asking; otherwise the user picks the file and confirms what will change.
 */
export async function mergeJournal(services: Services, file?: string, options: { readonly announce?: boolean } = {}): Promise<MergePlan | undefined> {
  const source =
    file ??
    (await pickJournalFile(
      vscode.env.remoteName
        ? `Merge a journal into the one on this remote machine (${os.hostname()}): pick its journal.json or a JSON export`
        : 'Merge a journal from another machine: pick its journal.json or a JSON export',
    ));
  return source ? mergeFrom(services, source, { confirm: file === undefined, verb: 'Merge', announce: options.announce ?? true }) : undefined;
}

async function pickJournalFile(title: string): Promise<string | undefined> {
  const [picked] = (await vscode.window.showOpenDialog({ canSelectMany: false, filters: { JSON: ['json'] }, title })) ?? [];
  return picked?.fsPath;
}

/**
 * Merges the journal in `file` into the user's, after showing what will change when `confirm`, and
 * says what it did when `announce`. Resolves with what was merged (undefined when nothing was: an
 * unreadable file, a refusal, nothing new).
 */
async function mergeFrom(
  services: Services,
  file: string,
  how: { readonly confirm: boolean; readonly verb: 'Import' | 'Merge'; readonly announce: boolean },
): Promise<MergePlan | undefined> {
  const current = await services.journal.reload();
  if (!current) {
    await showJournalError(services.journal.error);
    return undefined;
  }
  let incoming;
  try {
    incoming = parseJournal(file, await fs.readFile(file));
  } catch (err) {
    await showJournalError(err);
    return undefined;
  }
  const plan = planMerge(current, incoming);
  if (plan.added.length + plan.changed.length + plan.dismissed.length + plan.goals.length + plan.assessments.length === 0) {
    if (how.announce)
      void vscode.window.showInformationMessage(
        `Impact Journal: nothing to ${how.verb.toLowerCase()} — all ${plan.unchanged} entries of ${file} are already in your journal.`,
      );
    return undefined;
  }
  if (how.confirm) {
    const titles = [...plan.added.map((e) => `+ ${e.title}`), ...plan.changed.map((e) => `${e.deletedAt ? '− (deleted)' : '~'} ${e.title}`)];
    const confirm = await vscode.window.showWarningMessage(
      `${how.verb} ${plan.added.length} new ${plan.added.length === 1 ? 'entry' : 'entries'} and ${plan.changed.length} newer ${plan.changed.length === 1 ? 'version' : 'versions'} of existing ones?`,
      {
        modal: true,
        detail: `${titles.slice(0, 12).join('\n')}${titles.length > 12 ? `\n… and ${titles.length - 12} more` : ''}\n\n${plan.unchanged} unchanged; ${plan.goals.length} goals and ${plan.assessments.length} self-ratings new or changed. The current journal is kept as a backup.`,
      },
      how.verb,
    );
    if (confirm !== how.verb) return undefined;
  }
  try {
    const done = await services.journal.change(importJournal(incoming));
    if (how.announce)
      void vscode.window.showInformationMessage(
        `Impact Journal: ${how.verb === 'Import' ? 'imported' : 'merged'} ${done.added.length} new and ${done.changed.length} newer entries from ${path.basename(file)}; ${done.unchanged} were already here.`,
      );
    return done;
  } catch (err) {
    await showJournalError(err);
    return undefined;
  }
}
