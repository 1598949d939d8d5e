/**
 * The journal as the VS Code layer sees it: one JournalStore for the configured file, the last
 * journal read (or the error that stopped it), a file watcher that reloads on outside changes, and
 * one event every view listens to. Nothing is read until a view or command asks.
 */
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Edit } from '../core/journalOps';
import { CONTENT_PROBLEMS, JournalReadError } from '../journal/format';
import { JournalStore, type BackupInfo } from '../journal/store';
import type { JournalFile } from '../core/model';
import { COMMANDS } from './ids';
import { describeError } from '../core/describe';
import { visibleText } from '../core/visibleText';

/** Shared state of the journal for commands and views. */
export class JournalService implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after the journal was reloaded or changed (also when it became unreadable). */
  readonly onDidChange = this.changed.event;
  private store: JournalStore;
  private watcher: vscode.FileSystemWatcher | undefined;
  private current: JournalFile | undefined;
  private failure: JournalReadError | undefined;
  private loading: Promise<JournalFile | undefined> | undefined;
  /** Counts reloads, so an older read finishing late never overwrites a newer one. */
  private generation = 0;

  /** `defaultFile`: the journal in the extension's global storage, whose folder may be created. */
  constructor(
    file: string,
    private readonly defaultFile: string,
    private backups: number,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.store = this.makeStore(file);
  }

  private makeStore(file: string): JournalStore {
    return new JournalStore(file, { createFolder: file === this.defaultFile, backups: this.backups });
  }

  /** The backups of the current file, newest first. */
  listBackups(): Promise<BackupInfo[]> {
    return this.store.listBackups();
  }

  /** The folder of the current file's backups. */
  backupFolder(): Promise<string> {
    return this.store.backupFolder();
  }

  /** Absolute path of the journal file. */
  get file(): string {
    return this.store.file;
  }

  /** Why the journal cannot be used right now, if it cannot. */
  get error(): JournalReadError | undefined {
    return this.failure;
  }

  /** Switches to another file or backup count (the settings changed) and reloads. */
  async setFile(file: string, backups: number): Promise<void> {
    if (file === this.store.file && backups === this.backups) return;
    this.backups = backups;
    this.store = this.makeStore(file);
    this.watcher?.dispose();
    this.watcher = undefined;
    this.current = undefined;
    await this.reload();
  }

  /** The journal as last read (read on first use); undefined when the file cannot be used (see `error`). Views use this. */
  async get(): Promise<JournalFile | undefined> {
    // a known failure is not re-read here (views would re-read it on every refresh they trigger);
    // the file watcher, commands and "Try Again" reload
    if (this.current || this.failure) return this.current;
    return this.loading ?? this.reload();
  }

  /** True when the journal is shown but cannot be changed (a file from a newer version). */
  get readOnly(): boolean {
    return this.failure?.problem === 'newerVersion' && this.current !== undefined;
  }

  /** Re-reads the file from disk and notifies listeners. Commands use this, so they never act on a stale copy. */
  reload(): Promise<JournalFile | undefined> {
    this.ensureWatcher();
    const generation = ++this.generation;
    const loading = (async () => {
      let journal: JournalFile | undefined;
      let failure: JournalReadError | undefined;
      try {
        journal = await this.store.read();
      } catch (err) {
        if (generation === this.generation) this.loading = undefined;
        if (!(err instanceof JournalReadError)) throw err;
        failure = err;
      }
      if (failure && CONTENT_PROBLEMS.has(failure.problem)) {
        // keep the user's bytes safe whatever happens next (an editor, a sync client, a restore)
        failure.copy = await this.store.copyAside(new Date()).catch(() => undefined);
      }
      // a newer version's journal is shown read-only
      journal ??= failure?.journal;
      // reads overlap (file watcher, commands, views): only the latest one started may set the state
      if (generation === this.generation) {
        this.current = journal;
        this.failure = failure;
        this.loading = undefined;
        if (failure) this.log.error(failure.message + (failure.copy ? ` A copy is at ${failure.copy}.` : ''));
        this.changed.fire();
      }
      return journal;
    })();
    this.loading = loading;
    return loading;
  }

  /**
   * Runs an edit (core/journalOps.ts) through the store's transaction (lock, re-read, validate,
   * atomic write), then reloads; returns what the edit returned. Throws the store's error
   * (JournalReadError when the file on disk is unusable or the write failed; nothing is written).
   */
  change<T>(edit: Edit<T>): Promise<T> {
    return this.write(async () => (await this.store.transact(edit, new Date())).result);
  }

  /**
   * Replaces the journal with the backup at `backupPath`, through the same transaction as every
   * change (the version replaced is kept); then reloads. Throws like `change`.
   */
  async restore(backupPath: string): Promise<void> {
    await this.write(() => this.store.restore(backupPath, new Date()));
  }

  /** Runs a write of the store, keeps the state in step with its outcome, then reloads. */
  private async write<T>(run: () => Promise<T>): Promise<T> {
    this.ensureWatcher();
    let result: T;
    try {
      result = await run();
    } catch (err) {
      if (err instanceof JournalReadError) {
        // a refused change must not hide a journal that is still readable (read-only, newer version)
        this.generation++;
        this.loading = undefined;
        this.current = err.problem === 'readOnly' ? this.current : (err.journal ?? (err.problem === 'newerVersion' ? this.current : undefined));
        this.failure = err;
        this.changed.fire();
      }
      throw err;
    }
    await this.reload();
    return result;
  }

  private ensureWatcher(): void {
    if (this.watcher) return;
    // a watcher on a folder that does not exist yet never fires: create the default (empty) folder first
    if (this.store.file === this.defaultFile) mkdirSync(path.dirname(this.store.file), { recursive: true });
    const pattern = new vscode.RelativePattern(vscode.Uri.file(path.dirname(this.store.file)), path.basename(this.store.file));
    this.watcher = vscode.workspace.createFileSystemWatcher(pattern);
    const onDisk = (): void => void this.reload();
    this.watcher.onDidChange(onDisk);
    this.watcher.onDidCreate(onDisk);
    this.watcher.onDidDelete(onDisk);
  }

  dispose(): void {
    this.watcher?.dispose();
    this.changed.dispose();
  }
}

/**
 * Untrusted text for a notification: `[text](target)` would render as a link (even a `command:`
 * one), so that syntax is broken; control characters and bidirectional overrides become visible.
 */
export function plainText(text: string): string {
  return visibleText(text).replace(/\]\s*\(/g, '] (');
}

/**
 * Shows a journal error to the user with actions to open the file or its folder.
 * The message names the file (JournalReadError's message does).
 */
export async function showJournalError(err: unknown, extra?: { label: string; run: () => Thenable<unknown> }): Promise<void> {
  const text = plainText(describeError(err));
  const message =
    err instanceof JournalReadError && err.copy
      ? vscode.l10n.t('Impact Journal: {0} A copy of it is at {1}.', text, err.copy)
      : vscode.l10n.t('Impact Journal: {0}', text);
  const openFile = vscode.l10n.t('Open Journal File');
  const restore = vscode.l10n.t('Restore from Backup…');
  const actions = [...(extra ? [extra.label] : []), ...(err instanceof JournalReadError ? [openFile, restore] : [])];
  const choice = await vscode.window.showErrorMessage(message, ...actions);
  if (choice === extra?.label) await extra?.run();
  if (err instanceof JournalReadError && choice === openFile) await vscode.window.showTextDocument(vscode.Uri.file(err.file));
  if (err instanceof JournalReadError && choice === restore) await vscode.commands.executeCommand(COMMANDS.restoreBackup);
}
