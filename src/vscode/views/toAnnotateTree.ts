/**
 * The sidebar view "To annotate": unlogged reviews given, merged pull requests and notable pieces
 * of work (a PR, a topic, a series of commits, each with its commits listed inside) of the last
 * `inboxDays` days, newest first, with their reasons and what counted against them as tooltip and
 * inline actions (log impact, log learning, dismiss); impact entries whose outcome is missing,
 * with an action to add it; and "Connect …" items for providers the workspace uses. A badge shows
 * the count.
 */
import { unitTickets } from '../../core/candidates';
import type { TicketRef } from '../../core/trackers';
import * as vscode from 'vscode';
import type { Candidate } from '../../core/candidates';
import type { ConnectHint } from '../activity';
import { candidateLabel, unitSummary } from '../commands/logImpact';
import type { CommitRecord } from '../../core/commit';
import type { Entry, Source } from '../../core/model';
import type { Inbox } from '../inbox';
import { COMMANDS } from '../ids';
import { visibleText } from '../../core/visibleText';

/** Nodes of the view. */
export type InboxNode =
  | { readonly type: 'group'; readonly id: 'pullRequests' | 'commits' | 'outcomes'; readonly label: string; readonly count: number }
  | { readonly type: 'candidate'; readonly candidate: Candidate }
  | { readonly type: 'commit'; readonly parent: string; readonly commit: CommitRecord; readonly url: string | undefined }
  | { readonly type: 'hint'; readonly hint: ConnectHint }
  | { readonly type: 'nonCode' }
  | { readonly type: 'missingOutcome'; readonly entry: Entry };

/** The web URL of the commit `sha` among a candidate's sources. */
function urlOf(sources: readonly Source[], sha: string): string | undefined {
  for (const s of sources) if (s.type === 'commit' && s.sha === sha) return s.url;
  return undefined;
}

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
      const pullRequests = state.candidates.filter((c) => c.type === 'activity').length;
      const commits = state.candidates.length - pullRequests;
      if (pullRequests > 0) groups.push({ type: 'group', id: 'pullRequests', label: vscode.l10n.t('Reviews and pull requests'), count: pullRequests });
      if (commits > 0) groups.push({ type: 'group', id: 'commits', label: vscode.l10n.t('Notable work'), count: commits });
      if (state.missingOutcome.length > 0)
        groups.push({ type: 'group', id: 'outcomes', label: vscode.l10n.t('Add the outcome'), count: state.missingOutcome.length });
      return [...groups, ...(state.nonCodeNudge ? [{ type: 'nonCode' } as const] : []), ...state.hints.map((hint): InboxNode => ({ type: 'hint', hint }))];
    }
    if (node.type === 'candidate' && node.candidate.type === 'unit') {
      const { candidate } = node;
      return candidate.unit.commits.map((commit) => ({ type: 'commit', parent: candidate.key, commit, url: urlOf(candidate.sources, commit.sha) }));
    }
    if (node.type !== 'group') return [];
    if (node.id === 'outcomes') return state.missingOutcome.map((entry) => ({ type: 'missingOutcome', entry }));
    const type = node.id === 'commits' ? 'unit' : 'activity';
    return state.candidates.filter((c) => c.type === type).map((candidate) => ({ type: 'candidate', candidate }));
  }

  getTreeItem(node: InboxNode): vscode.TreeItem {
    switch (node.type) {
      case 'group': {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
        item.id = `group:${node.id}`;
        item.description = String(node.count);
        item.iconPath = new vscode.ThemeIcon({ pullRequests: 'git-pull-request', commits: 'git-commit', outcomes: 'edit' }[node.id]);
        return item;
      }
      case 'nonCode': {
        const item = new vscode.TreeItem(vscode.l10n.t('Anything this week that is not in git?'), vscode.TreeItemCollapsibleState.None);
        item.id = 'nonCode';
        item.description = vscode.l10n.t('mentoring, reviews, incidents, kudos…');
        item.tooltip = vscode.l10n.t(
          'Log non-code work: mentoring, design reviews, a design doc, interviews, an incident, a talk, hiring, helping another team, kudos. Asked once a week (off with impactJournal.weeklyDigest).',
        );
        item.iconPath = new vscode.ThemeIcon('add');
        item.contextValue = 'nonCodeNudge';
        item.command = { command: COMMANDS.logNonCodeWork, title: vscode.l10n.t('Log non-code work') };
        return item;
      }
      case 'hint': {
        const item = new vscode.TreeItem(`${node.hint.label}…`, vscode.TreeItemCollapsibleState.None);
        item.id = `hint:${node.hint.command}`;
        item.description = node.hint.detail;
        item.tooltip = node.hint.detail;
        item.iconPath = new vscode.ThemeIcon('plug');
        item.command = { command: node.hint.command, title: node.hint.label };
        return item;
      }
      case 'candidate': {
        const { candidate } = node;
        const { icon, label, description } = candidateLabel(candidate);
        const several = candidate.type === 'unit' && candidate.unit.commits.length > 1;
        const item = new vscode.TreeItem(label, several ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
        item.id = `candidate:${candidate.key}`;
        item.description = description;
        // a plain string: commit and PR text is untrusted and is not rendered as Markdown
        const against = candidate.notability.signals.filter((s) => s.weight < 0);
        item.tooltip = [
          label,
          '',
          vscode.l10n.t('Why it is notable:'),
          ...candidate.notability.signals.filter((s) => s.weight > 0).map((s) => `• ${visibleText(s.reason)}`),
          ...(against.length ? ['', vscode.l10n.t('Counted against:'), ...against.map((s) => `• ${visibleText(s.reason)}`)] : []),
          ...(candidate.type === 'unit' ? ticketLines(unitTickets(candidate, this.inbox.trackers).tickets) : []),
          ...(candidate.type === 'unit'
            ? [
                '',
                `${unitSummary(candidate.unit, candidate.remote)}:`,
                ...candidate.unit.commits.slice(0, 15).map((c) => `  ${c.sha.slice(0, 7)} ${visibleText(c.subject)}`),
              ]
            : []),
        ].join('\n');
        item.iconPath = new vscode.ThemeIcon(icon);
        item.contextValue = 'candidate';
        item.command = { command: COMMANDS.inboxLog, title: vscode.l10n.t('Log…'), arguments: [node] };
        return item;
      }
      case 'commit': {
        const item = new vscode.TreeItem(visibleText(node.commit.subject), vscode.TreeItemCollapsibleState.None);
        item.id = `commit:${node.parent}:${node.commit.sha}`;
        item.description = `${node.commit.sha.slice(0, 7)} · +${node.commit.additions} −${node.commit.deletions}`;
        item.tooltip = `${node.commit.sha}\n${visibleText(node.commit.subject)}`;
        item.iconPath = new vscode.ThemeIcon('git-commit');
        item.contextValue = 'unitCommit';
        if (node.url) item.command = { command: 'vscode.open', title: vscode.l10n.t('Open the commit'), arguments: [vscode.Uri.parse(node.url)] };
        return item;
      }
      case 'missingOutcome': {
        const item = new vscode.TreeItem(visibleText(node.entry.title), vscode.TreeItemCollapsibleState.None);
        item.id = `outcome:${node.entry.id}`;
        item.description = node.entry.occurredAt;
        item.tooltip = vscode.l10n.t('What came of it? Add the result, the measure and who benefited, now that they are known.');
        item.iconPath = new vscode.ThemeIcon('edit');
        item.contextValue = 'missingOutcome';
        item.command = { command: COMMANDS.inboxEditOutcome, title: vscode.l10n.t('Add the outcome'), arguments: [node] };
        return item;
      }
    }
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

/**
 * The provider of the "To annotate" tree view `view` (created by the activation bundle), keeping
 * its badge and message up to date. Disposed with `subscriptions`.
 */
export function toAnnotateTree(inbox: Inbox, view: vscode.TreeView<unknown>, subscriptions: vscode.Disposable[]): ToAnnotateProvider {
  const provider = new ToAnnotateProvider(inbox);
  provider.onLoaded = (count, notice) => {
    view.badge =
      count > 0 ? { value: count, tooltip: count === 1 ? vscode.l10n.t('1 item to annotate') : vscode.l10n.t('{0} items to annotate', count) } : undefined;
    view.message = notice;
  };
  subscriptions.push(provider);
  return provider;
}

/** Tooltip lines naming a candidate's issue-tracker keys and their links. */
function ticketLines(tickets: readonly TicketRef[]): string[] {
  return tickets.length === 0 ? [] : ['', vscode.l10n.t('Tickets:'), ...tickets.slice(0, 10).map((t) => `• ${visibleText(t.key)}${t.url ? ` ${t.url}` : ''}`)];
}
