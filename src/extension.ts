/**
 * Activation bundle (dist/extension.js). activate() registers the contributed commands, the two
 * tree views, the journal panel's serializer, the HEAD watcher and the weekly digest's timer, and
 * nothing else: each of them loads the main bundle (src/vscode/main.ts → dist/main.js) on first
 * use. Until then nothing reads git, the network or the journal file, and no zod schema or
 * date-fns locale is even evaluated (activation stays under 10 ms: README, "Developing").
 * This file and what it imports must stay light: vscode, ids, lazyTree, headWatcher (+ gitApi),
 * digestSchedule (+ core/digest: two date-fns functions), walkthrough, mcpServer (its light half).
 */
import * as vscode from 'vscode';
import { CHAT_PARTICIPANT_ID, COMMANDS, JOURNAL_TREE_ID, JOURNAL_VIEW_TYPE, TO_ANNOTATE_VIEW_ID, TOOL_NAMES } from './vscode/ids';
import { createLazyTreeView } from './vscode/lazyTree';
import type { Main } from './vscode/main';
import { HeadWatcher } from './vscode/prompts/headWatcher';
import { scheduleWeeklyDigest } from './vscode/prompts/digestSchedule';
import type { PromptEvent } from './vscode/prompts/promptQueue';
import type { UnitCandidate } from './core/candidates';
import { openWalkthroughOnce } from './vscode/walkthrough';
import { registerMcpServer } from './vscode/mcpServer';

/** Set by the bundle's first and last lines (esbuild.js banner and footer): `performance.now()` when the module started and finished loading. */
declare const __ijModuleStart: number | undefined;
declare const __ijModuleEnd: number | undefined;
/** Set by the banner: ms the extension host took to build the `vscode` API object on the bundle's first `require('vscode')`. */
declare const __ijVscodeMs: number | undefined;

/** What `activate` returns: a small read-only API for other extensions and the integration tests. */
export interface ImpactJournalApi {
  /** Absolute path of the journal file in use (loads the main bundle). */
  readonly journalFile: () => Promise<string>;
  /** One message per invalid `impactJournal.*` setting, each falling back to its default (loads the main bundle). */
  readonly settingsProblems: () => Promise<readonly string[]>;
  /** Commands the main bundle implements (loads it), to compare with package.json. */
  readonly commandNames: () => Promise<readonly string[]>;
  /** The first-use message shown in this remote window, if the first use showed one (loads the main bundle). */
  readonly remoteNotice: () => Promise<string | undefined>;
  /** The `@journal` chat participant's handler, for tests that drive it without the chat view (loads the main bundle). */
  readonly journalChat: vscode.ChatRequestHandler;
  /** True once the main bundle has been loaded (by a command, a view, a HEAD move, …). */
  readonly mainLoaded: () => boolean;
  /** Fires when a notable commit prompt is requested (also in quiet mode, with `shown: false`). */
  readonly onDidPrompt: vscode.Event<PromptEvent>;
  /** Fires with the pieces of work queued for a prompt, before the batching window. */
  readonly onDidQueuePrompt: vscode.Event<readonly UnitCandidate[]>;
  /**
   * What activation cost, ms: evaluating the activation bundle plus running `activate()`
   * (undefined when not run from the bundle). `vscodeMs`, part of `moduleMs`, is the host building
   * the `vscode` API object on the first `require('vscode')`, as it does for every extension.
   * `wallMs` also counts the extension host's own work between load and activate() (loading the
   * extension's storage), which is not ours.
   */
  readonly activation:
    | { readonly moduleMs: number; readonly vscodeMs: number; readonly activateMs: number; readonly totalMs: number; readonly wallMs: number }
    | undefined;
}

/** Called by VS Code after startup (the HEAD watcher), on the first command or view, or to restore a journal panel. */
export function activate(context: vscode.ExtensionContext): ImpactJournalApi {
  const activateStart = performance.now();
  const startedAt = Date.now();
  const log = vscode.window.createOutputChannel('Impact Journal', { log: true });
  const prompted = new vscode.EventEmitter<PromptEvent>();
  const queued = new vscode.EventEmitter<readonly UnitCandidate[]>();
  let main: Promise<Main> | undefined;
  let loaded = false;
  /** The main bundle, loaded (and started) on first call; a failed load is retried on the next. */
  const load = (): Promise<Main> => {
    if (!main) {
      main = import('./vscode/main').then(({ startMain }) => {
        const started = performance.now();
        const m = startMain(context, log, startedAt);
        context.subscriptions.push(
          m,
          m.onDidPrompt((e) => prompted.fire(e)),
          m.onDidQueuePrompt((e) => queued.fire(e)),
        );
        loaded = true;
        log.info(`Main bundle started in ${(performance.now() - started).toFixed(1)} ms`);
        return m;
      });
      main.catch((err: unknown) => {
        main = undefined;
        log.error(`Could not load the main bundle: ${String(err)}`);
      });
    }
    return main;
  };
  const reportError = (what: string) => (err: unknown) => log.warn(`${what}: ${String(err)}`);

  const heads = new HeadWatcher(
    context.globalState,
    (root, previous, head) => void load().then((m) => m.headMoved(root, previous, head), reportError('Commit watcher')),
    (message) => log.info(message),
  );
  context.subscriptions.push(
    log,
    prompted,
    heads,
    ...Object.values(COMMANDS).map((command) => vscode.commands.registerCommand(command, async (...args: unknown[]) => (await load()).run(command, args))),
    createLazyTreeView(JOURNAL_TREE_ID, { showCollapseAll: true }, async (view) => (await load()).journalTree(view)),
    createLazyTreeView(TO_ANNOTATE_VIEW_ID, {}, async (view) => (await load()).toAnnotateTree(view)),
    // a journal panel left open is restored after a reload (its filters and scroll come from its webview state)
    vscode.window.registerWebviewPanelSerializer(JOURNAL_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel) => (await load()).revivePanel(panel),
    }),
    scheduleWeeklyDigest(context.globalState, async () => (await load()).weeklyDigest(), reportError('Weekly digest')),
    // the journal for AI assistants: each tool's work is in the main bundle, loaded when a tool is first called
    ...TOOL_NAMES.map((name) =>
      vscode.lm.registerTool<unknown>(name, {
        prepareInvocation: async (options, token) => (await load()).tools[name].prepareInvocation?.(options, token),
        invoke: async (options, token) => (await load()).tools[name].invoke(options, token),
      }),
    ),
    registerMcpServer(context, async () => (await load()).mcpServer()),
  );
  const participant = vscode.chat.createChatParticipant(CHAT_PARTICIPANT_ID, async (request, chatContext, stream, token) =>
    (await load()).chat(request, chatContext, stream, token),
  );
  participant.iconPath = vscode.Uri.joinPath(context.extensionUri, 'media', 'icon.png');
  context.subscriptions.push(participant);
  void heads.start().catch(reportError('Commit watcher did not start'));
  void openWalkthroughOnce(context).catch(reportError('Getting-started walkthrough'));

  const end = performance.now();
  const activation =
    typeof __ijModuleStart === 'number' && typeof __ijModuleEnd === 'number'
      ? {
          moduleMs: __ijModuleEnd - __ijModuleStart,
          vscodeMs: __ijVscodeMs ?? 0,
          activateMs: end - activateStart,
          totalMs: __ijModuleEnd - __ijModuleStart + end - activateStart,
          wallMs: end - __ijModuleStart,
        }
      : undefined;
  if (activation)
    log.info(
      `Activated: module ${activation.moduleMs.toFixed(1)} ms (of which the host's vscode API object ${activation.vscodeMs.toFixed(1)} ms) + activate() ${activation.activateMs.toFixed(1)} ms`,
    );
  return {
    journalFile: async () => (await load()).services.journal.file,
    settingsProblems: async () => (await load()).services.settings.problems,
    commandNames: async () => (await load()).commandNames,
    remoteNotice: async () => (await load()).remoteNotice,
    journalChat: async (request, chatContext, stream, token) => (await load()).chat(request, chatContext, stream, token),
    mainLoaded: () => loaded,
    onDidPrompt: prompted.event,
    onDidQueuePrompt: queued.event,
    activation,
  };
}

/** Nothing to clean up beyond `context.subscriptions`. */
export function deactivate(): void {}
