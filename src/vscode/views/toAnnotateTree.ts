/**
 * The sidebar view "To annotate": unlogged notable commits of the last `inboxDays` days, newest
 * first, with their reasons as tooltip and inline actions (log impact, log learning, dismiss), and
 * impact entries whose outcome is missing, with an action to add it. A badge shows the count.
 */
import { format, parseISO } from 'date-fns';
import * as vscode from 'vscode';
import type { CommitCandidate } from '../../core/candidates';
import type { Entry } from '../../core/model';
import type { Inbox } from '../inbox';

/** Nodes of the view. */
export type InboxNode =
  | { readonly type: 'group'; readonly id: 'commits' | 'outcomes'; readonly label: string; readonly count: number }
  | { readonly type: 'candidate'; readonly candidate: CommitCandidate }
  | { readonly type: 'missingOutcome'; readonly entry: Entry };

/** TreeDataProvider of the "To annotate" view. */
export class ToAnnotateProvider implements vscode.TreeDataProvider<InboxNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;
  /** Called with the item count and notice after every load (for the badge and message). */
  onLoaded: ((count: number, notice: string | undefined) => void) | undefined;

  constructor(private readonly inbox: Inbox) {
    this.subscription = inbox.onDidChange(() => this.changed.fire());
  }

  async getChildren(node?: InboxNode): Promise<InboxNode[]> {
    const state = await this.inbox.state();
    if (!node) {
      this.onLoaded?.(state.candidates.length + state.missingOutcome.length, state.notice);
      const groups: InboxNode[] = [];
      if (state.candidates.length > 0) groups.push({ type: 'group', id: 'commits', label: 'Notable commits', count: state.candidates.length });
      if (state.missingOutcome.length > 0) groups.push({ type: 'group', id: 'outcomes', label: 'Add the outcome', count: state.missingOutcome.length });
      return groups;
    }
    if (node.type !== 'group') return [];
    return node.id === 'commits'
      ? state.candidates.map((candidate) => ({ type: 'candidate', candidate }))
      : state.missingOutcome.map((entry) => ({ type: 'missingOutcome', entry }));
  }

  getTreeItem(node: InboxNode): vscode.TreeItem {
    switch (node.type) {
      case 'group': {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
        item.id = `group:${node.id}`;
        item.description = String(node.count);
        item.iconPath = new vscode.ThemeIcon(node.id === 'commits' ? 'git-commit' : 'edit');
        return item;
      }
      case 'candidate': {
        const { candidate } = node;
        const item = new vscode.TreeItem(candidate.commit.subject, vscode.TreeItemCollapsibleState.None);
        item.id = `candidate:${candidate.key}`;
        item.description = `${candidate.repo} · ${format(parseISO(candidate.commit.authorDate), 'MMM d')}`;
        // a plain string: commit text is untrusted and is not rendered as Markdown
        item.tooltip = `${candidate.commit.subject}\n\nWhy it is notable:\n${candidate.notability.signals
          .filter((s) => s.weight > 0)
          .map((s) => `• ${s.reason}`)
          .join('\n')}`;
        item.iconPath = new vscode.ThemeIcon('git-commit');
        item.contextValue = 'candidate';
        item.command = { command: 'impactJournal.inbox.log', title: 'Log…', arguments: [node] };
        return item;
      }
      case 'missingOutcome': {
        const item = new vscode.TreeItem(node.entry.title, vscode.TreeItemCollapsibleState.None);
        item.id = `outcome:${node.entry.id}`;
        item.description = node.entry.occurredAt;
        item.tooltip = 'What actually happened? Add the outcome — numbers, who benefited — now that it is known.';
        item.iconPath = new vscode.ThemeIcon('edit');
        item.contextValue = 'missingOutcome';
        item.command = { command: 'impactJournal.inbox.editOutcome', title: 'Add the outcome', arguments: [node] };
        return item;
      }
    }
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

/** Creates the view with its badge and message. */
export function createToAnnotateView(inbox: Inbox): vscode.Disposable {
  const provider = new ToAnnotateProvider(inbox);
  const view = vscode.window.createTreeView('impactJournal.toAnnotate', { treeDataProvider: provider });
  provider.onLoaded = (count, notice) => {
    view.badge = count > 0 ? { value: count, tooltip: `${count} ${count === 1 ? 'item' : 'items'} to annotate` } : undefined;
    view.message = notice;
  };
  return vscode.Disposable.from(provider, view);
}
