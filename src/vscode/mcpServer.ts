/**
 * The MCP server VS Code starts for agents without configuration (package.json
 * `contributes.mcpServerDefinitionProviders`): the packaged CLI's `impact-journal mcp`
 * (src/cli/mcp.ts), run by the extension host's own runtime. `registerMcpServer` is part of the
 * activation bundle and stays light: it offers the server from the raw setting, and the main bundle
 * fills in the journal file, backups and framework (`mcpServerFor`) only when VS Code starts it.
 */
import * as vscode from 'vscode';
import { MCP_PROVIDER_ID } from './ids';
import type { Services } from './services';

/** The server as offered before it is started: the command, without the user's journal yet. */
function offered(context: vscode.ExtensionContext, args: readonly string[] = [], env: Record<string, string> = {}): vscode.McpStdioServerDefinition {
  const version = (context.extension.packageJSON as { version?: string }).version;
  // the extension host's executable is Electron's on the desktop: run it as Node
  return new vscode.McpStdioServerDefinition(
    'Impact Journal',
    process.execPath,
    [context.asAbsolutePath('dist/cli.js'), 'mcp', ...args],
    { ELECTRON_RUN_AS_NODE: '1', ...env },
    version,
  );
}

/**
 * Registers the provider: one server while `impactJournal.ai.enabled` is on and the workspace is
 * trusted, none otherwise (re-asked when either changes). `resolve` gives the full definition when
 * VS Code starts it (loads the main bundle).
 */
export function registerMcpServer(context: vscode.ExtensionContext, resolve: () => Promise<vscode.McpStdioServerDefinition | undefined>): vscode.Disposable {
  const changed = new vscode.EventEmitter<void>();
  const enabled = (): boolean => vscode.workspace.isTrusted && vscode.workspace.getConfiguration('impactJournal').get<boolean>('ai.enabled') !== false;
  return vscode.Disposable.from(
    changed,
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('impactJournal')) changed.fire();
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => changed.fire()),
    vscode.lm.registerMcpServerDefinitionProvider(MCP_PROVIDER_ID, {
      onDidChangeMcpServerDefinitions: changed.event,
      provideMcpServerDefinitions: () => (enabled() ? [offered(context)] : []),
      resolveMcpServerDefinition: async () => (enabled() ? resolve() : undefined),
    }),
  );
}

/** The full definition: this journal file, its backups and the user's framework (undefined when the AI setting is off). */
export function mcpServerFor(context: vscode.ExtensionContext, services: Services): vscode.McpStdioServerDefinition | undefined {
  if (!services.settings.aiEnabled || !vscode.workspace.isTrusted) return undefined;
  return offered(context, ['--journal', services.journal.file, '--backups', String(services.settings.backups)], {
    IMPACT_JOURNAL_COMPETENCIES: JSON.stringify(services.settings.competencies),
  });
}
