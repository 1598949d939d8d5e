/**
 * The journal webview (`impactJournal.openJournal`): one panel showing a quarter's entries grouped
 * by competency. CSP with a nonce, `connect-src 'none'`, resources from dist/webview only; every
 * inbound message validated (protocol.ts); links opened by the host after an http(s) check.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { groupByCompetency } from '../../core/competencies';
import { entriesInPeriod } from '../../core/markdownExport';
import { liveEntries, type Entry, type JournalFile, type Source } from '../../core/model';
import { safeExternalUrl } from '../../core/safeUrl';
import { describeRange, parseLocalDate, quarterFromKey, quarterOf, recentQuarters, toIsoDate, type Quarter } from '../../core/quarters';
import type { Services } from '../services';
import { parseWebviewMessage, type HostMessage, type ViewSource, type ViewState } from './protocol';

const VIEW_TYPE = 'impactJournal.journal';

/** The single journal panel; `show` creates or reveals it. */
export class JournalPanel implements vscode.Disposable {
  private static current: JournalPanel | undefined;
  /** Selected quarter; undefined until the first state picks one. */
  private quarterKey: string | undefined;
  private focusEntryId: string | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  /** Opens the panel (or reveals it) on the quarter of `entryId` if given, else the current quarter. */
  static async show(services: Services, entryId?: string): Promise<JournalPanel> {
    const panel = JournalPanel.current ?? new JournalPanel(services);
    JournalPanel.current = panel;
    await panel.focus(entryId);
    panel.panel.reveal();
    return panel;
  }

  private readonly panel: vscode.WebviewPanel;

  private constructor(private readonly services: Services) {
    const root = vscode.Uri.joinPath(services.context.extensionUri, 'dist', 'webview');
    this.panel = vscode.window.createWebviewPanel(VIEW_TYPE, 'Impact Journal', vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: [root],
      retainContextWhenHidden: false,
    });
    this.panel.iconPath = vscode.Uri.joinPath(services.context.extensionUri, 'media', 'icon.svg');
    this.panel.webview.html = this.html(root);
    this.disposables.push(
      this.panel.onDidDispose(() => this.dispose()),
      this.panel.webview.onDidReceiveMessage((data: unknown) => void this.receive(data)),
      services.journal.onDidChange(() => void this.post()),
    );
  }

  private async focus(entryId: string | undefined): Promise<void> {
    this.focusEntryId = entryId;
    if (entryId) {
      const journal = await this.services.journal.get();
      const entry = journal?.entries.find((e) => e.id === entryId);
      if (entry) this.quarterKey = quarterOf(parseLocalDate(entry.occurredAt), this.services.settings.fiscalYearStartMonth).key;
    }
    await this.post();
  }

  private async receive(data: unknown): Promise<void> {
    const message = parseWebviewMessage(data);
    if (!message) {
      this.services.log.warn('Ignored an invalid message from the journal webview.');
      return;
    }
    switch (message.type) {
      case 'ready':
        await this.post();
        break;
      case 'selectQuarter':
        if (quarterFromKey(message.key, this.services.settings.fiscalYearStartMonth)) {
          this.quarterKey = message.key;
          this.focusEntryId = undefined;
          await this.post();
        }
        break;
      case 'openLink': {
        const url = safeExternalUrl(message.url);
        if (url) await vscode.env.openExternal(vscode.Uri.parse(url, true));
        else this.services.log.warn(`Refused to open a link that is not http(s): ${message.url.slice(0, 200)}`);
        break;
      }
    }
  }

  private async post(): Promise<void> {
    const journal = await this.services.journal.get();
    const message: HostMessage = { type: 'state', state: this.state(journal) };
    // scroll to the entry once; later updates (file changes, other windows) keep the user's place
    this.focusEntryId = undefined;
    await this.panel.webview.postMessage(message);
  }

  /** The view model of the selected quarter. */
  private state(journal: JournalFile | undefined): ViewState {
    const { fiscalYearStartMonth, competencies } = this.services.settings;
    const quarter = (this.quarterKey && quarterFromKey(this.quarterKey, fiscalYearStartMonth)) || defaultQuarter(journal, fiscalYearStartMonth);
    this.quarterKey = quarter.key;
    if (!journal) {
      return { quarters: [], quarterKey: quarter.key, total: 0, groups: [], missing: [], error: this.services.journal.error?.message ?? 'The journal could not be read.' };
    }
    const quarters = recentQuarters(new Date(), fiscalYearStartMonth, 4, [...liveEntries(journal).map((e) => e.occurredAt), toIsoDate(quarter.start)]);
    const entries = entriesInPeriod(journal, quarter);
    const labels = new Map(competencies.map((c) => [c.id, c.label]));
    const groups = groupByCompetency(entries, competencies).map(([c, list]) => ({
      id: c.id,
      label: c.label,
      description: c.description,
      impact: list.filter((e) => e.kind === 'impact').length,
      learning: list.filter((e) => e.kind === 'learning').length,
      entries: [...list].reverse().map((e) => toViewEntry(e, labels)),
    }));
    return {
      quarters: quarters.map((q) => ({ key: q.key, label: q.label, range: describeRange(q), count: entriesInPeriod(journal, q).length })),
      quarterKey: quarter.key,
      total: entries.length,
      groups,
      missing: competencies.filter((c) => !entries.some((e) => e.competencies.includes(c.id))).map((c) => c.label),
      focusEntryId: this.focusEntryId,
    };
  }

  private html(root: vscode.Uri): string {
    const webview = this.panel.webview;
    const nonce = randomBytes(18).toString('base64');
    const script = webview.asWebviewUri(vscode.Uri.joinPath(root, 'main.js'));
    const style = webview.asWebviewUri(vscode.Uri.joinPath(root, 'main.css'));
    const csp = [
      "default-src 'none'",
      `style-src ${webview.cspSource}`,
      `font-src ${webview.cspSource}`,
      `img-src ${webview.cspSource}`,
      `script-src 'nonce-${nonce}'`,
      "connect-src 'none'",
      "form-action 'none'",
      "base-uri 'none'",
    ].join('; ');
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style.toString()}">
<title>Impact Journal</title>
</head>
<body>
<main id="app" aria-live="polite"><p class="muted">Loading your journal…</p></main>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
  }

  dispose(): void {
    JournalPanel.current = undefined;
    for (const d of this.disposables) d.dispose();
    this.panel.dispose();
  }
}

/** The current quarter, or the latest quarter with entries when the current one has none. */
function defaultQuarter(journal: JournalFile | undefined, fiscalYearStartMonth: number): Quarter {
  const current = quarterOf(new Date(), fiscalYearStartMonth);
  if (!journal || entriesInPeriod(journal, current).length > 0) return current;
  const latest = liveEntries(journal).reduce<string | undefined>((max, e) => (max === undefined || e.occurredAt > max ? e.occurredAt : max), undefined);
  return latest ? quarterOf(parseLocalDate(latest), fiscalYearStartMonth) : current;
}

function toViewEntry(entry: Entry, labels: ReadonlyMap<string, string>): ViewState['groups'][number]['entries'][number] {
  return {
    id: entry.id,
    kind: entry.kind,
    title: entry.title,
    occurredAt: entry.occurredAt,
    body: entry.body,
    competencies: entry.competencies.map((id) => labels.get(id) ?? id),
    sources: entry.sources.map(toViewSource).filter((s): s is ViewSource => s !== undefined),
  };
}

function toViewSource(source: Source): ViewSource | undefined {
  switch (source.type) {
    case 'commit':
      return { label: `commit ${source.sha.slice(0, 7)}`, detail: `${source.repo} — ${source.subject} (+${source.additions} −${source.deletions})`, url: source.url };
    case 'pullRequest':
      return { label: `${source.role === 'reviewer' ? 'reviewed PR' : 'PR'} #${source.number}`, detail: `${source.repo} — ${source.title}`, url: source.url };
    default:
      return undefined;
  }
}
