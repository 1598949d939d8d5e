/**
 * The slice of the built-in `vscode.git` extension API (version 1) that we use, typed after
 * microsoft/vscode `extensions/git/src/api/git.d.ts`. Only read access; we never ask it to run git.
 */
import * as vscode from 'vscode';

/** A repository known to the built-in git extension. */
export interface GitRepository {
  readonly rootUri: vscode.Uri;
  readonly state: {
    readonly HEAD: { readonly name?: string; readonly commit?: string } | undefined;
    readonly onDidChange: vscode.Event<void>;
  };
}

/** `vscode.git` API version 1 (subset). */
export interface GitApi {
  readonly state: 'uninitialized' | 'initialized';
  readonly onDidChangeState: vscode.Event<'uninitialized' | 'initialized'>;
  readonly repositories: readonly GitRepository[];
  readonly onDidOpenRepository: vscode.Event<GitRepository>;
}

interface GitExtension {
  readonly enabled: boolean;
  getAPI(version: 1): GitApi;
}

/**
 * The git extension's API once it has discovered the workspace's repositories, or undefined when
 * the built-in git extension is missing or disabled (`git.enabled: false`). Waits at most `timeoutMs`
 * (ms) for the initial discovery.
 */
export async function getGitApi(timeoutMs = 5000): Promise<GitApi | undefined> {
  const extension = vscode.extensions.getExtension<GitExtension>('vscode.git');
  if (!extension) return undefined;
  const exports = extension.isActive ? extension.exports : await extension.activate();
  if (!exports?.enabled) return undefined;
  const api = exports.getAPI(1);
  if (api.state !== 'initialized') {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, timeoutMs);
      const sub = api.onDidChangeState((s) => s === 'initialized' && done());
      function done(): void {
        clearTimeout(timer);
        sub.dispose();
        resolve();
      }
    });
  }
  return api;
}
