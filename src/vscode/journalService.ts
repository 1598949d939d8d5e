/**
 * The journal as the VS Code layer sees it: one JournalStore for the configured file, the last
 * journal read (or the error that stopped it), a file watcher that reloads on outside changes, and
 * one event every view listens to. Nothing is read until a view or command asks.
 */
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { JournalReadError, JournalStore } from '../core/journalStore';
import type { JournalFile } from '../core/model';

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
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.store = this.makeStore(file);
  }

  private makeStore(file: string): JournalStore {
    return new JournalStore(file, { createFolder: file === this.defaultFile });
  }

  /** Absolute path of the journal file. */
  get file(): string {
    return this.store.file;
  }

  /** Why the journal cannot be used right now, if it cannot. */
  get error(): JournalReadError | undefined {
    return this.failure;
  }

  /** Switches to another file (the setting changed) and reloads. */
  async setFile(file: string): Promise<void> {
    if (file === this.store.file) return;
    this.store = this.makeStore(file);
    this.watcher?.dispose();
    this.watcher = undefined;
    this.current = undefined;
    await this.reload();
  }

  /** The journal as last read (read on first use); undefined when the file cannot be used (see `error`). Views use this. */
  async get(): Promise<JournalFile | undefined> {
    if (this.current) return this.current;
    return this.loading ?? this.reload();
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
      // reads overlap (file watcher, commands, views): only the latest one started may set the state
      if (generation === this.generation) {
        this.current = journal;
        this.failure = failure;
        this.loading = undefined;
        if (failure) this.log.error(failure.message);
        this.changed.fire();
      }
      return journal;
    })();
    this.loading = loading;
    return loading;
  }

  /**
   * Runs a change through the store (lock, re-read, validate, atomic write), then reloads.
   * Throws the store's error (JournalReadError when the file on disk is unusable; nothing is written).
   */
  async change<T>(run: (store: JournalStore) => Promise<T>): Promise<T> {
    this.ensureWatcher();
    try {
      return await run(this.store);
    } catch (err) {
      if (err instanceof JournalReadError) {
        this.failure = err;
        this.current = undefined;
        this.changed.fire();
      }
      throw err;
    } finally {
      if (!this.failure) await this.reload();
    }
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
 * Shows a journal error to the user with actions to open the file or its folder.
 * The message names the file (JournalReadError's message does).
 */
export async function showJournalError(err: unknown, extra?: { label: string; run: () => Thenable<unknown> }): Promise<void> {
  const message = `Impact Journal: ${(err instanceof Error ? err.message : String(err)).replace(/\]\s*\(/g, '] (')}`;
  const actions = [...(extra ? [extra.label] : []), ...(err instanceof JournalReadError ? ['Open Journal File', 'Reveal in Folder'] : [])];
  const choice = await vscode.window.showErrorMessage(message, ...actions);
  if (choice === extra?.label) await extra?.run();
  if (err instanceof JournalReadError && choice === 'Open Journal File') await vscode.window.showTextDocument(vscode.Uri.file(err.file));
  if (err instanceof JournalReadError && choice === 'Reveal in Folder') await vscode.commands.executeCommand('revealFileInOS', vscode.Uri.file(err.file));
}
