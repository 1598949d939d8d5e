/**
 * The journal in a remote window (SSH, WSL, a dev container, Codespaces, a VS Code server in the
 * browser). The extension runs on the remote machine, so the default journal is that machine's,
 * silently: one journal per remote. On the first use there, one message says which machine holds
 * it and offers to point `impactJournal.journalFile` at a folder the user keeps everywhere (the
 * journal so far is merged into the file there, so nothing is left behind) or to merge another
 * machine's journal into this one. The Journal view's description names the machine.
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { journalPlace, remoteJournalNotice } from '../core/machine';
import { mergeJournal } from './commands/journalFileCommands';
import type { Services } from './services';
import { defaultJournalFile } from './settings';

/** globalState key (the remote machine's state: the extension runs there): the remote names already told. */
const TOLD_KEY = 'impactJournal.remoteJournalTold';

/** The Journal view's description: `on devbox (SSH)` in a remote window, undefined locally. */
export function journalViewDescription(): string | undefined {
  return journalPlace(vscode.env.remoteName, os.hostname());
}

/**
 * Shows the first-use message of a remote window once per remote, when the journal is the
 * default one (a user who set `impactJournal.journalFile` already chose). Resolves with the
 * message shown, or undefined when none was; the user's answer is handled without being awaited.
 */
export async function tellRemoteJournalOnce(services: Services, state: vscode.Memento): Promise<string | undefined> {
  const remoteName = vscode.env.remoteName;
  if (!remoteName || services.journal.file !== defaultJournalFile(services.context.globalStorageUri.fsPath)) return undefined;
  const told = state.get<string[]>(TOLD_KEY) ?? [];
  if (told.includes(remoteName)) return undefined;
  await state.update(TOLD_KEY, [...told, remoteName]);
  const message = remoteJournalNotice(remoteName, os.hostname(), services.journal.file);
  // short button labels: a notification shows about 60 characters of them
  const chooseFolder = vscode.l10n.t('Choose Folder…');
  const merge = vscode.l10n.t('Merge…');
  void vscode.window.showInformationMessage(message, chooseFolder, merge, vscode.l10n.t('Keep Here')).then(async (answer) => {
    try {
      if (answer === chooseFolder) await useSyncedFolder(services);
      else if (answer === merge) await mergeJournal(services);
    } catch (err) {
      services.log.error(`Remote journal: ${String(err)}`);
    }
  });
  return message;
}

/**
 * Asks for a folder on this machine that the user keeps everywhere, points
 * `impactJournal.journalFile` at `journal.json` there, and merges the journal so far into it.
 */
async function useSyncedFolder(services: Services): Promise<void> {
  const [folder] =
    (await vscode.window.showOpenDialog({
      canSelectFiles: false,
      canSelectFolders: true,
      canSelectMany: false,
      title: vscode.l10n.t('A synced folder or a private git repository on {0}, for journal.json', os.hostname()),
      openLabel: vscode.l10n.t('Keep the Journal Here'),
    })) ?? [];
  if (!folder) return;
  const previous = services.journal.file;
  const target = path.join(folder.fsPath, 'journal.json');
  await vscode.workspace.getConfiguration('impactJournal').update('journalFile', target, vscode.ConfigurationTarget.Global);
  await services.journal.setFile(target, services.settings.backups);
  const hadJournal = await fs.stat(previous).then(
    () => true,
    () => false,
  );
  const merged = hadJournal ? await mergeJournal(services, previous, { announce: false }) : undefined;
  const count = merged ? merged.added.length + merged.changed.length : 0;
  void vscode.window.showInformationMessage(
    !merged
      ? vscode.l10n.t('Impact Journal: the journal is now {0}.', target)
      : count === 1
        ? vscode.l10n.t('Impact Journal: the journal is now {0}; 1 entry of the previous one merged into it ({1} is left as it was).', target, previous)
        : vscode.l10n.t(
            'Impact Journal: the journal is now {0}; {1} entries of the previous one merged into it ({2} is left as it was).',
            target,
            count,
            previous,
          ),
  );
}
