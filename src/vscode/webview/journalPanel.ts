/**
 * The journal webview (`impactJournal.openJournal`): one panel with the whole journal; the webview
 * groups, filters and edits it (media/main.ts), every change goes through the journal store.
 * CSP with a nonce, `connect-src 'none'`, resources from dist/webview only; every inbound message
 * validated (protocol.ts); links opened by the host after an http(s) check. The page carries the
 * extension's l10n bundle (a JSON data block, `#ij-l10n`, read by media/main.ts) and VS Code's
 * display language (`<html lang>`). The panel survives a window reload through a serializer
 * (`JournalPanel.revive`); the webview keeps its own filters and scroll position in its webview state.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { JOURNAL_VIEW_TYPE, COMMANDS } from '../ids';
import { JournalReadError } from '../../journal/format';
import type { Services } from '../services';
import { WebviewMessageHandler } from './messageHandler';
import type { HostMessage } from './protocol';
import { buildViewState } from './viewState';
import { draftedStatement, materialOf, statementPrompt } from '../../core/aiDrafts';
import { MAX_BODY } from '../../core/limits';
import { ask, consentToSend, draftingModel, modelName } from '../ai';
import { describeError } from '../../core/describe';

/** The webview panel type (also in package.json `activationEvents`: `onWebviewPanel:impactJournal.journal`). */

/** The single journal panel; `show` creates or reveals it. */
export class JournalPanel implements vscode.Disposable {
  private static current: JournalPanel | undefined;
  /** Entry to scroll to in the next state, once. */
  private focusEntryId: string | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly messages = new WebviewMessageHandler({
    post: (message) => this.panel.webview.postMessage(message),
    postState: () => this.post(),
    // the journal service reloads after the change, and its change event sends the new state
    change: (edit) => this.services.journal.change(edit).then(() => undefined),
    openExternal: async (url) => void (await vscode.env.openExternal(vscode.Uri.parse(url, true))),
    chooseFramework: async () => void (await vscode.commands.executeCommand(COMMANDS.chooseFramework)),
    confirmGoalDeletion: (id) => this.confirmGoalDeletion(id),
    failed: (message, err) => {
      const text = describeError(err);
      this.services.log.error(`Journal webview: ${message.type} failed: ${text}`);
      if (err instanceof JournalReadError) void vscode.window.showErrorMessage(vscode.l10n.t('Impact Journal: {0}', text));
    },
    warn: (message) => this.services.log.warn(message),
    draftStatement: (id) => this.draftStatement(id),
  });

  /** Opens the panel (or reveals it), scrolled to `entryId` if given. */
  static async show(services: Services, entryId?: string): Promise<JournalPanel> {
    const panel = JournalPanel.current ?? new JournalPanel(services, JournalPanel.createPanel(services));
    JournalPanel.current = panel;
    panel.focusEntryId = entryId;
    panel.panel.reveal();
    await panel.post();
    return panel;
  }

  /** Takes over a panel VS Code restored after a reload (the serializer). */
  static revive(services: Services, webviewPanel: vscode.WebviewPanel): void {
    JournalPanel.current?.dispose();
    webviewPanel.webview.options = JournalPanel.webviewOptions(services);
    JournalPanel.current = new JournalPanel(services, webviewPanel);
  }

  private static webviewOptions(services: Services): vscode.WebviewOptions {
    return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(services.context.extensionUri, 'dist', 'webview')] };
  }

  private static createPanel(services: Services): vscode.WebviewPanel {
    return vscode.window.createWebviewPanel(JOURNAL_VIEW_TYPE, vscode.l10n.t('Impact Journal'), vscode.ViewColumn.Active, {
      ...JournalPanel.webviewOptions(services),
      // the webview keeps its filters and scroll position in its state: no need to keep it alive hidden
      retainContextWhenHidden: false,
    });
  }

  private constructor(
    private readonly services: Services,
    private readonly panel: vscode.WebviewPanel,
  ) {
    this.panel.iconPath = vscode.Uri.joinPath(services.context.extensionUri, 'media', 'icon.svg');
    this.panel.webview.html = this.html();
    this.disposables.push(
      this.panel.onDidDispose(() => this.dispose()),
      this.panel.webview.onDidReceiveMessage((data: unknown) => void this.messages.receive(data)),
      services.journal.onDidChange(() => void this.post()),
      services.onDidChangeSettings(() => void this.post()),
    );
  }

  /** Asks before deleting a goal: it also unlinks its evidence, and there is no undo. */
  private async confirmGoalDeletion(id: string): Promise<boolean> {
    const goal = (await this.services.journal.get())?.goals.find((g) => g.id === id);
    if (!goal) return true; // the store reports that it is gone
    const remove = vscode.l10n.t('Delete Goal');
    const choice = await vscode.window.showWarningMessage(
      vscode.l10n.t('Delete the goal “{0}”?', goal.title),
      { modal: true, detail: vscode.l10n.t('Entries linked to it stay in your journal, unlinked.') },
      remove,
    );
    return choice === remove;
  }

  /** Drafts entry `id`'s statement from its sources (the commits' subjects and sizes, the PR's title), after consent on the model's first use. */
  private async draftStatement(id: string): Promise<string> {
    const entry = (await this.services.journal.get())?.entries.find((e) => e.id === id && !e.deletedAt);
    if (!entry) throw new Error(vscode.l10n.t('The entry is not in the journal any more.'));
    const model = await draftingModel(this.services);
    if (!model) throw new Error(vscode.l10n.t('No language model is available for drafting (or drafting is turned off).'));
    const material = materialOf(entry);
    if (material.commits.length === 0 && !material.pullRequest)
      throw new Error(vscode.l10n.t('This entry has no commit or pull request to draft from: write its statement yourself.'));
    const prompt = statementPrompt(material, entry.kind);
    const purpose = vscode.l10n.t({
      message: 'draft this entry’s statement',
      args: [],
      comment: ['The purpose in the consent dialog: "What Impact Journal will send to {model} to <this>" and "To <this>, Impact Journal sends…"'],
    });
    if (!(await consentToSend(this.services, model, [prompt], purpose))) throw new Error(vscode.l10n.t('Nothing was sent.'));
    return vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Impact Journal: drafting with {0}', modelName(model)), cancellable: true },
      async (_progress, token) => draftedStatement(await ask(model, prompt, token), MAX_BODY),
    );
  }

  private async post(): Promise<void> {
    const journal = await this.services.journal.get();
    const model = await draftingModel(this.services);
    const { competencies, frameworkLabel, fiscalYearStartMonth } = this.services.settings;
    const state = buildViewState(journal, {
      framework: competencies,
      frameworkLabel,
      fiscalYearStartMonth,
      now: new Date(),
      focusEntryId: this.focusEntryId,
      readOnly: this.services.journal.readOnly,
      error: this.services.journal.error?.message,
      draftWith: model ? modelName(model) : undefined,
    });
    const message: HostMessage = { type: 'state', state };
    // scroll to the entry once (later updates keep the user's place), once the webview has it: a
    // hidden panel drops messages and asks again with `ready`
    if (await this.panel.webview.postMessage(message)) this.focusEntryId = undefined;
  }

  private html(): string {
    const webview = this.panel.webview;
    const root = vscode.Uri.joinPath(this.services.context.extensionUri, 'dist', 'webview');
    const nonce = randomBytes(18).toString('base64');
    const asset = (name: string): string => webview.asWebviewUri(vscode.Uri.joinPath(root, name)).toString();
    // the extension's translations for the webview (none in English): a JSON data block, which
    // the CSP lets be (it is never run); `<`, `>` and `&` escaped so no text can end the element
    const bundle = vscode.l10n.bundle;
    const l10nBlock = bundle
      ? `<script type="application/json" id="ij-l10n">${JSON.stringify(bundle).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}</script>\n`
      : '';
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
<html lang="${escapeHtml(vscode.env.language)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${asset('codicon.css')}" id="vscode-codicon-stylesheet">
<link rel="stylesheet" href="${asset('main.css')}">
<title>${escapeHtml(vscode.l10n.t('Impact Journal'))}</title>
</head>
<body>
<main id="app" aria-live="polite"><p class="muted">${escapeHtml(vscode.l10n.t('Loading your journal…'))}</p></main>
${l10nBlock}<script nonce="${nonce}" src="${asset('main.js')}"></script>
</body>
</html>`;
  }

  dispose(): void {
    if (JournalPanel.current === this) JournalPanel.current = undefined;
    for (const d of this.disposables) d.dispose();
    this.panel.dispose();
  }
}

/** `text` safe in HTML text and quoted attribute values. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
