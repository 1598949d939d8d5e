/**
 * Notices HEAD moving in every repository the built-in git extension knows, and hands each move to
 * `onMove` (the commit watcher, in the main bundle, loaded then). Part of the thin activation
 * bundle: it runs no git process and loads nothing heavy; in an untrusted workspace it waits for
 * trust before watching.
 */
import * as vscode from 'vscode';
import { getGitApi, type GitRepository } from '../gitApi';

/** Memento key: HEAD of each watched repository when last checked, so a start-up with an unchanged HEAD loads nothing. */
export const HEADS_KEY = 'impactJournal.lastHeads';

/** Repositories whose last HEAD is remembered (the oldest forgotten first). */
const HEADS_LIMIT = 100;

/** `heads` with `root` set to `head` (moved to the end, as the newest), at most HEADS_LIMIT of them. */
export function rememberHead(heads: Readonly<Record<string, string>>, root: string, head: string): Record<string, string> {
  return Object.fromEntries([
    ...Object.entries(heads)
      .filter(([r]) => r !== root)
      .slice(-(HEADS_LIMIT - 1)),
    [root, head],
  ]);
}

/** A HEAD move: `previous` is undefined for the first HEAD seen in this session. */
export type HeadMove = (root: string, previous: string | undefined, head: string) => void;

/** Watches the HEAD of every repository of the git extension. */
export class HeadWatcher implements vscode.Disposable {
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly watched = new Set<string>();

  constructor(
    private readonly memento: vscode.Memento,
    private readonly onMove: HeadMove,
    private readonly log: (message: string) => void,
  ) {}

  /** Subscribes to the git extension (now if trusted, else once trust is granted). */
  async start(): Promise<void> {
    if (!vscode.workspace.isTrusted) {
      this.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => void this.start()));
      return;
    }
    const api = await getGitApi();
    if (!api) {
      this.log('Commit watcher: the built-in git extension is not available.');
      return;
    }
    for (const repository of api.repositories) this.watch(repository);
    this.subscriptions.push(api.onDidOpenRepository((r) => this.watch(r)));
  }

  /**
   * Watches one repository (once; `start` calls it for each the git extension opens). The first
   * HEAD seen is compared with the one remembered in the memento (see the comment inside).
   */
  watch(repository: GitRepository): void {
    const root = repository.rootUri.fsPath;
    if (this.watched.has(root)) return;
    this.watched.add(root);
    this.log(`Commit watcher: watching ${root}`);
    let last = repository.state.HEAD?.commit;
    this.subscriptions.push(
      repository.state.onDidChange(() => {
        const head = repository.state.HEAD?.commit;
        if (!head || head === last) return;
        const previous = last;
        last = head;
        // the first HEAD seen (the git extension was still reading the repository) may already hold a
        // commit made while VS Code started: check what was committed since the watcher started,
        // unless it is the HEAD checked last time (nothing new: nothing loaded, no git process at
        // start-up) or the repository was never seen before (its HEAD is only remembered)
        if (previous === undefined) {
          const heads = this.memento.get<Record<string, string>>(HEADS_KEY, {});
          if (heads[root] === head) return;
          if (heads[root] === undefined) {
            void this.memento.update(HEADS_KEY, rememberHead(heads, root, head));
            return;
          }
        }
        this.onMove(root, previous, head);
      }),
    );
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
