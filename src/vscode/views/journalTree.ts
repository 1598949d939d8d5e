/**
 * The sidebar tree "Journal": quarter → competency → entry. Clicking an entry opens it in the
 * journal webview. Empty journal → the welcome view (package.json `viewsWelcome`); unreadable
 * journal → the view's message names the problem.
 */
import { formatMetric } from '../../core/evidence';
import * as vscode from 'vscode';
import { groupByCompetency } from '../../core/competencies';
import { entriesInPeriod } from '../../core/markdownExport';
import { liveEntries, type Competency, type Entry, type JournalFile } from '../../core/model';
import { recentQuarters, type Quarter } from '../../core/quarters';
import type { Services } from '../services';
import { COMMANDS } from '../ids';
import { journalViewDescription } from '../remoteJournal';
import { visibleLines, visibleText } from '../../core/visibleText';

/** Nodes of the tree. */
export type JournalNode =
  | { readonly type: 'quarter'; readonly quarter: Quarter; readonly entries: readonly Entry[]; readonly expanded: boolean }
  | { readonly type: 'competency'; readonly quarter: Quarter; readonly competency: Competency; readonly entries: readonly Entry[] }
  | { readonly type: 'entry'; readonly entry: Entry; readonly competency: Competency; readonly quarter: Quarter };

/** TreeDataProvider of the "Journal" view. */
export class JournalTreeProvider implements vscode.TreeDataProvider<JournalNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly services: Services) {
    // the journal changed, or the framework or fiscal year it is grouped by
    this.subscription = vscode.Disposable.from(
      services.journal.onDidChange(() => this.changed.fire()),
      services.onDidChangeSettings(() => this.changed.fire()),
    );
  }

  async getChildren(node?: JournalNode): Promise<JournalNode[]> {
    if (!node) {
      const journal = await this.services.journal.get();
      return journal ? this.quarters(journal) : [];
    }
    if (node.type === 'quarter') {
      return groupByCompetency(node.entries, this.services.settings.competencies).map(([competency, entries]) => ({
        type: 'competency',
        quarter: node.quarter,
        competency,
        entries,
      }));
    }
    if (node.type === 'competency') {
      return [...node.entries].reverse().map((entry) => ({ type: 'entry', entry, competency: node.competency, quarter: node.quarter }));
    }
    return [];
  }

  /**
   * The quarters that hold entries, newest first; the newest is expanded (the current quarter, or
   * the latest one with entries when the current one has none yet, as the journal webview shows).
   */
  private quarters(journal: JournalFile): JournalNode[] {
    const fiscal = this.services.settings.fiscalYearStartMonth;
    const dates = liveEntries(journal).map((e) => e.occurredAt);
    return recentQuarters(new Date(), fiscal, 1, dates)
      .map((quarter) => ({ quarter, entries: entriesInPeriod(journal, quarter) }))
      .filter((n) => n.entries.length > 0)
      .map((n, i) => ({ type: 'quarter' as const, ...n, expanded: i === 0 }));
  }

  getTreeItem(node: JournalNode): vscode.TreeItem {
    switch (node.type) {
      case 'quarter': {
        const item = new vscode.TreeItem(
          node.quarter.label,
          node.expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed,
        );
        item.id = `quarter:${node.quarter.key}`;
        item.description = node.entries.length === 1 ? vscode.l10n.t('1 entry') : vscode.l10n.t('{0} entries', node.entries.length);
        item.iconPath = new vscode.ThemeIcon('calendar');
        item.contextValue = 'quarter';
        return item;
      }
      case 'competency': {
        const item = new vscode.TreeItem(node.competency.label, vscode.TreeItemCollapsibleState.Expanded);
        item.id = `competency:${node.quarter.key}:${node.competency.id}`;
        const impact = node.entries.filter((e) => e.kind === 'impact').length;
        item.description = vscode.l10n.t('{0} impact · {1} learning', impact, node.entries.length - impact);
        item.tooltip = node.competency.description;
        item.iconPath = new vscode.ThemeIcon('symbol-class');
        item.contextValue = 'competency';
        return item;
      }
      case 'entry': {
        const { entry } = node;
        const item = new vscode.TreeItem(visibleText(entry.title), vscode.TreeItemCollapsibleState.None);
        item.id = `entry:${node.quarter.key}:${node.competency.id}:${entry.id}`;
        item.description = entry.kind === 'impact' ? vscode.l10n.t('impact · {0}', entry.occurredAt) : vscode.l10n.t('learning · {0}', entry.occurredAt);
        // plain string tooltip: entry text is untrusted and must not be rendered as Markdown here
        const results = [
          entry.result && vscode.l10n.t('Result: {0}', entry.result),
          entry.metric && vscode.l10n.t('Measured: {0}', formatMetric(entry.metric)),
          entry.beneficiaries && vscode.l10n.t('Who benefited: {0}', entry.beneficiaries),
          entry.project && vscode.l10n.t('Project: {0}', entry.project),
          entry.tags.length > 0 && vscode.l10n.t('Tags: {0}', entry.tags.join(', ')),
        ].filter((line): line is string => Boolean(line));
        item.tooltip = visibleLines([entry.title, entry.body, results.join('\n')].filter(Boolean).join('\n\n'));
        item.iconPath = new vscode.ThemeIcon(entry.kind === 'impact' ? 'rocket' : 'book');
        item.contextValue = 'entry';
        item.command = { command: COMMANDS.openJournal, title: vscode.l10n.t('Open in Journal'), arguments: [entry.id] };
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
 * The provider of the "Journal" tree view `view` (created by the activation bundle), keeping the
 * view's message in step with the journal's readability, and its description naming the machine
 * that holds the journal in a remote window. Disposed with `subscriptions`.
 */
export function journalTree(services: Services, view: vscode.TreeView<unknown>, subscriptions: vscode.Disposable[]): JournalTreeProvider {
  const provider = new JournalTreeProvider(services);
  const update = (): void => {
    const error = services.journal.error;
    view.message = error ? `⚠ ${error.copy ? vscode.l10n.t('{0} A copy of it is at {1}.', error.message, error.copy) : error.message}` : undefined;
    view.description = journalViewDescription();
    void vscode.commands.executeCommand('setContext', 'impactJournal.journalUnreadable', error !== undefined);
  };
  subscriptions.push(provider, services.journal.onDidChange(update));
  update(); // the journal may have been read (and found unreadable) before the view was first shown
  return provider;
}
