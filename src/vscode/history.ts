/**
 * Reads the user's commits from every repository of the workspace (through the built-in git
 * extension) plus `impactJournal.extraRepositories`, with progress and cancellation. No git
 * process runs in an untrusted workspace.
 */
import * as vscode from 'vscode';
import type { RepositoryWork } from '../core/work';
import type { CommitCache } from '../git/commitCache';
import type { ScanRange } from '../git/historyReader';
import { repositoryWork } from '../git/repositoryWork';
import { readWorkHistory } from '../git/workHistory';
import { getGitApi } from './gitApi';
import type { Settings } from './settings';
import { describeError } from '../core/describe';

/** Result of scanning the workspace: what was read and what went wrong per folder. */
export interface WorkspaceHistory {
  /** Each repository's history, ready to be made into units of work (core/work.ts). */
  readonly repositories: readonly RepositoryWork[];
  /** Folders scanned (absolute paths). */
  readonly folders: readonly string[];
  /** One message per folder that could not be read. */
  readonly problems: readonly string[];
}

/** Raised when git work is refused because the workspace is not trusted (Restricted Mode). */
export class UntrustedWorkspaceError extends Error {
  constructor() {
    super(
      vscode.l10n.t(
        'Impact Journal reads git history only in trusted workspaces. Trust this workspace to see your notable commits; you can still add an entry by hand.',
      ),
    );
    this.name = 'UntrustedWorkspaceError';
  }
}

/** Repository folders to scan: the git extension's repositories (or the workspace folders) plus the extra ones. */
export async function repositoryFolders(settings: Settings): Promise<string[]> {
  const api = await getGitApi();
  const fromWorkspace = api ? api.repositories.map((r) => r.rootUri.fsPath) : (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.fsPath);
  return [...new Set([...fromWorkspace, ...settings.extraRepositories])];
}

/** Number of repositories read at the same time. */
const CONCURRENCY = 4;

/**
 * Scans all repositories for the user's work offered from `range` (their commits of a longer
 * window to compare with, the mainline's merges, the repository's conventions and release notes:
 * git/workHistory.ts; through `services.commitCache` when given), showing progress at `location`
 * (a notification by default, which can be cancelled: cancelling kills running git processes).
 * Throws UntrustedWorkspaceError in Restricted Mode and vscode.CancellationError when cancelled.
 */
export async function readWorkspaceHistory(
  services: { readonly settings: Settings; readonly log: vscode.LogOutputChannel; readonly commitCache?: CommitCache },
  range: ScanRange,
  location: vscode.ProgressLocation | { viewId: string } = vscode.ProgressLocation.Notification,
): Promise<WorkspaceHistory> {
  const { settings, log, commitCache } = services;
  if (!vscode.workspace.isTrusted) throw new UntrustedWorkspaceError();
  const folders = await repositoryFolders(settings);
  return vscode.window.withProgress(
    { location, title: vscode.l10n.t('Impact Journal: reading your commits'), cancellable: location === vscode.ProgressLocation.Notification },
    async (progress, token) => {
      const abort = new AbortController();
      const sub = token.onCancellationRequested(() => abort.abort());
      const repositories: RepositoryWork[] = [];
      const problems: string[] = [];
      let next = 0;
      let done = 0;
      const worker = async (): Promise<void> => {
        while (next < folders.length && !abort.signal.aborted) {
          const folder = folders[next++]!;
          const started = Date.now();
          try {
            const result = await readWorkHistory(folder, range, {
              authorEmails: settings.authorEmails,
              hosts: settings.hosts,
              signal: abort.signal,
              cache: commitCache,
            });
            repositories.push(repositoryWork(result));
            log.info(`Read ${result.commits.length} commits by ${result.identities.join(', ')} in ${result.repository.root} (${Date.now() - started} ms)`);
            const withoutStats = result.commits.filter((c) => c.statsUnavailable === true).length;
            if (withoutStats > 0)
              log.warn(
                `git could not read the changes of ${withoutStats} commits in ${result.repository.root} (an object is missing: a partial clone without its network, or a damaged repository); their size is not counted`,
              );
          } catch (err) {
            if (abort.signal.aborted) break;
            const message = describeError(err);
            problems.push(message);
            log.warn(`Skipped ${folder}: ${message}`);
          }
          progress.report({ increment: 100 / Math.max(folders.length, 1), message: vscode.l10n.t('{0} of {1} repositories', ++done, folders.length) });
        }
      };
      try {
        await Promise.all(Array.from({ length: Math.min(CONCURRENCY, folders.length) }, worker));
      } finally {
        sub.dispose();
      }
      if (token.isCancellationRequested) throw new vscode.CancellationError();
      return { repositories, folders, problems };
    },
  );
}
