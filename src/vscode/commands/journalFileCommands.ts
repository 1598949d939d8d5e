/**
 * Commands on the journal file as a whole: restore from a rolling backup, export the whole journal
 * as JSON, import one (merging by id and `updatedAt`, after showing what will be added or changed),
 * and merge another machine's journal the same way.
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { format } from 'date-fns';
import * as vscode from 'vscode';
import { distanceLabel } from '../../core/dateLabels';
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
      vscode.l10n.t('Impact Journal: no backups yet in {0}. A backup is kept each time the journal changes.', await services.journal.backupFolder()),
    );
    return;
  }
  const now = new Date();
  const picked = await vscode.window.showQuickPick(
    backups.map((b) => ({
      label: format(b.date, 'yyyy-MM-dd HH:mm:ss'),
      description: distanceLabel(b.date, now),
      detail: b.entries === undefined ? vscode.l10n.t('cannot be read') : b.entries === 1 ? vscode.l10n.t('1 entry') : vscode.l10n.t('{0} entries', b.entries),
      backup: b,
    })),
    { title: vscode.l10n.t('Restore the journal from a backup'), placeHolder: vscode.l10n.t('Which version? (newest first)') },
  );
  if (!picked || picked.backup.entries === undefined) return;
  const restore = vscode.l10n.t('Restore');
  const confirm = await vscode.window.showWarningMessage(
    vscode.l10n.t('Replace the journal with the version of {0} ({1})?', picked.label, picked.detail),
    { modal: true, detail: vscode.l10n.t('The current version is kept: as a backup if it can be read, or copied aside if it cannot.') },
    restore,
  );
  if (confirm !== restore) return;
  try {
    await services.journal.restore(picked.backup.path);
    void vscode.window.showInformationMessage(vscode.l10n.t('Impact Journal: restored the version of {0}.', picked.label));
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
    title: vscode.l10n.t('Export the whole journal as JSON'),
  });
  if (!target) return;
  await fs.writeFile(target.fsPath, `${JSON.stringify(journal, null, 2)}\n`);
  void vscode.window.showInformationMessage(vscode.l10n.t('Impact Journal: exported {0} entries to {1}.', journal.entries.length, target.fsPath));
}

/** "Impact Journal: Import journal from JSON". */
export async function importJson(services: Services): Promise<void> {
  const source = await pickJournalFile(vscode.l10n.t('Import a journal (merged by entry id; the newer version of an entry wins)'));
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
        ? vscode.l10n.t('Merge a journal into the one on this remote machine ({0}): pick its journal.json or a JSON export', os.hostname())
        : vscode.l10n.t('Merge a journal from another machine: pick its journal.json or a JSON export'),
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
  const importing = how.verb === 'Import';
  if (plan.added.length + plan.changed.length + plan.dismissed.length + plan.goals.length + plan.assessments.length === 0) {
    if (how.announce)
      void vscode.window.showInformationMessage(
        importing
          ? vscode.l10n.t('Impact Journal: nothing to import — all {0} entries of {1} are already in your journal.', plan.unchanged, file)
          : vscode.l10n.t('Impact Journal: nothing to merge — all {0} entries of {1} are already in your journal.', plan.unchanged, file),
      );
    return undefined;
  }
  if (how.confirm) {
    const titles = [
      ...plan.added.map((e) => `+ ${e.title}`),
      ...plan.changed.map((e) => (e.deletedAt ? vscode.l10n.t('− (deleted) {0}', e.title) : `~ ${e.title}`)),
    ];
    const more = titles.length > 12 ? `\n${vscode.l10n.t('… and {0} more', titles.length - 12)}` : '';
    const button = importing ? vscode.l10n.t('Import') : vscode.l10n.t('Merge');
    const confirm = await vscode.window.showWarningMessage(
      mergeQuestion(importing, plan.added.length, plan.changed.length),
      {
        modal: true,
        detail: `${titles.slice(0, 12).join('\n')}${more}\n\n${vscode.l10n.t(
          '{0} unchanged; {1} goals and {2} self-ratings new or changed. The current journal is kept as a backup.',
          plan.unchanged,
          plan.goals.length,
          plan.assessments.length,
        )}`,
      },
      button,
    );
    if (confirm !== button) return undefined;
  }
  try {
    const done = await services.journal.change(importJournal(incoming));
    if (how.announce)
      void vscode.window.showInformationMessage(
        importing
          ? vscode.l10n.t(
              'Impact Journal: imported {0} new and {1} newer entries from {2}; {3} were already here.',
              done.added.length,
              done.changed.length,
              path.basename(file),
              done.unchanged,
            )
          : vscode.l10n.t(
              'Impact Journal: merged {0} new and {1} newer entries from {2}; {3} were already here.',
              done.added.length,
              done.changed.length,
              path.basename(file),
              done.unchanged,
            ),
      );
    return done;
  } catch (err) {
    await showJournalError(err);
    return undefined;
  }
}

/** The confirmation question of an import or merge: one whole sentence per verb and plural form. */
function mergeQuestion(importing: boolean, added: number, changed: number): string {
  if (importing) {
    if (added === 1)
      return changed === 1
        ? vscode.l10n.t('Import 1 new entry and 1 newer version of existing ones?')
        : vscode.l10n.t('Import 1 new entry and {0} newer versions of existing ones?', changed);
    return changed === 1
      ? vscode.l10n.t('Import {0} new entries and 1 newer version of existing ones?', added)
      : vscode.l10n.t('Import {0} new entries and {1} newer versions of existing ones?', added, changed);
  }
  if (added === 1)
    return changed === 1
      ? vscode.l10n.t('Merge 1 new entry and 1 newer version of existing ones?')
      : vscode.l10n.t('Merge 1 new entry and {0} newer versions of existing ones?', changed);
  return changed === 1
    ? vscode.l10n.t('Merge {0} new entries and 1 newer version of existing ones?', added)
    : vscode.l10n.t('Merge {0} new entries and {1} newer versions of existing ones?', added, changed);
}
