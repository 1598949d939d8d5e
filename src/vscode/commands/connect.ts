/**
 * "Connect GitHub", "Connect GitHub Enterprise", "Connect GitLab" and "Disconnect GitLab": the only
 * places that ask the user for credentials. GitHub goes through VS Code's sign-in; a GitLab token
 * is typed into a password box and kept in SecretStorage.
 */
import * as vscode from 'vscode';
import { normalizeGitLabUrl } from '../../core/safeUrl';
import { githubSession, type GitHubProviderId } from '../auth/credentials';
import type { Services } from '../services';
import { describeError } from '../../core/describe';

/** Signs in to github.com or the Enterprise Server of `github-enterprise.uri`; `reconnect` asks for a new session (the stored one was refused). */
export async function connectGitHub(services: Services, provider: GitHubProviderId, onConnected: () => Promise<void>, reconnect = false): Promise<void> {
  if (provider === 'github-enterprise' && !services.settings.enterpriseUri) {
    const choice = await vscode.window.showWarningMessage(
      vscode.l10n.t('Set "github-enterprise.uri" to your GitHub Enterprise Server URL first, e.g. https://github.acme.corp.'),
      vscode.l10n.t('Open Settings'),
    );
    if (choice) await vscode.commands.executeCommand('workbench.action.openSettings', 'github-enterprise.uri');
    return;
  }
  let session: vscode.AuthenticationSession | undefined;
  try {
    session = await githubSession(provider, reconnect ? 'reconnect' : true);
  } catch (err) {
    services.log.warn(`Sign-in to ${provider} failed: ${describeError(err)}`);
    void vscode.window.showErrorMessage(
      vscode.l10n.t(
        'Impact Journal: could not sign in to {0}. Is the GitHub Authentication extension enabled?',
        provider === 'github' ? 'GitHub' : 'GitHub Enterprise',
      ),
    );
    return;
  }
  if (!session) return;
  services.activity.clear();
  services.log.info(`Connected ${provider} as ${session.account.label}`);
  void vscode.window.showInformationMessage(
    vscode.l10n.t(
      'Impact Journal: connected to {0} as {1}. Your reviews and merged pull requests now appear in "Log impact".',
      provider === 'github' ? 'GitHub' : 'GitHub Enterprise',
      session.account.label,
    ),
  );
  await onConnected();
}

/** Asks for a GitLab instance (gitlab.com, one seen in the workspace remotes, or any URL) and a personal access token. */
export async function connectGitLab(services: Services, onConnected: () => Promise<void>): Promise<void> {
  const tokens = services.gitlabTokens;
  // only gitlab.com and instances the user connected before: a workspace setting must not be able to suggest a look-alike host
  const known = [...new Set(['https://gitlab.com', ...tokens.connected()])];
  const picked = await vscode.window.showQuickPick([...known.map((url) => ({ label: url })), { label: vscode.l10n.t('Other GitLab URL…'), other: true }], {
    title: vscode.l10n.t('Connect GitLab (1/2): which GitLab?'),
    placeHolder: vscode.l10n.t('gitlab.com or your own GitLab instance'),
    ignoreFocusOut: true,
  });
  if (!picked) return;
  let baseUrl: string | undefined = 'other' in picked ? undefined : picked.label;
  if (!baseUrl) {
    const typed = await vscode.window.showInputBox({
      title: vscode.l10n.t('Connect GitLab (1/2): GitLab URL'),
      prompt: vscode.l10n.t('The address of your GitLab instance'),
      placeHolder: 'https://gitlab.example.com',
      ignoreFocusOut: true,
      validateInput: (v) => (normalizeGitLabUrl(v) ? undefined : vscode.l10n.t('Enter an https URL without a user name, e.g. https://gitlab.example.com')),
    });
    if (typed === undefined) return;
    baseUrl = normalizeGitLabUrl(typed);
  }
  if (!baseUrl) return;
  const token = await vscode.window.showInputBox({
    title: vscode.l10n.t('Connect GitLab (2/2): access token for {0}', new URL(baseUrl).host),
    prompt: vscode.l10n.t("A personal access token with the read_api scope (User settings → Access tokens). It is kept in VS Code's secret storage only."),
    password: true,
    ignoreFocusOut: true,
    validateInput: (v) => (/^\S{8,}$/.test(v.trim()) ? undefined : vscode.l10n.t('Paste the whole token (no spaces)')),
  });
  if (token === undefined) return;
  await tokens.store(baseUrl, token.trim());
  services.activity.clear();
  services.log.info(`Connected GitLab at ${baseUrl}`);
  void vscode.window.showInformationMessage(
    vscode.l10n.t('Impact Journal: connected to GitLab at {0}. Your merge-request reviews and merged MRs now appear in "Log impact".', new URL(baseUrl).host),
  );
  await onConnected();
}

/** Forgets the token of a connected GitLab instance. */
export async function disconnectGitLab(services: Services, onDisconnected: () => Promise<void>): Promise<void> {
  const tokens = services.gitlabTokens;
  const connected = tokens.connected();
  if (connected.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Impact Journal: no GitLab instance is connected.'));
    return;
  }
  const picked = await vscode.window.showQuickPick(connected, {
    title: vscode.l10n.t('Disconnect GitLab'),
    placeHolder: vscode.l10n.t('Forget the access token of…'),
  });
  if (!picked) return;
  await tokens.remove(picked);
  services.activity.clear();
  services.log.info(`Disconnected GitLab at ${picked}`);
  await onDisconnected();
}
