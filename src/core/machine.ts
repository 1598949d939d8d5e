/**
 * Which machine holds the journal, for people. In a remote window (SSH, WSL, a dev container,
 * Codespaces, a tunnel, a VS Code server in the browser) the extension runs where the workspace is
 * (package.json `extensionKind: ["workspace"]`, because git runs there), so the default journal is
 * that machine's: one journal per remote. These words say so in the Journal view and in the
 * first-use message.
 */
import * as l10n from '@vscode/l10n';

/**
 * VS Code's remote kinds (`vscode.env.remoteName`, the authority's prefix before `+`), named as
 * the Remote Development extensions name them. A VS Code server opened in a browser (code-server,
 * `code serve-web`) reports its host and port instead.
 */
function remoteKinds(): Readonly<Record<string, string>> {
  return {
    'ssh-remote': 'SSH',
    wsl: 'WSL',
    'dev-container': l10n.t('Dev Container'),
    'attached-container': l10n.t('Container'),
    codespaces: 'Codespaces',
    tunnel: l10n.t('Tunnel'),
    'k8s-container': 'Kubernetes',
  };
}

/** `ssh-remote` → `SSH`; a host and port (`127.0.0.1:8080`, a server in the browser) → `VS Code server`; else the name as given. */
export function remoteKind(remoteName: string): string {
  return remoteKinds()[remoteName] ?? (/^[\w.-]+:\d+$|^\[[\d:a-f]+\]:\d+$/i.test(remoteName) ? l10n.t('VS Code server') : remoteName);
}

/** Where the journal is kept, as the Journal view's description shows it: `on devbox (SSH)`; undefined in a local window (this computer is implied). */
export function journalPlace(remoteName: string | undefined, hostname: string): string | undefined {
  return remoteName ? l10n.t('on {0} ({1})', hostname, remoteKind(remoteName)) : undefined;
}

/**
 * The message shown on the first use in a remote window whose journal is the default one: which
 * machine holds it (`hostname`, of the remote) and at which path (`file`), and what the user can do.
 */
export function remoteJournalNotice(remoteName: string, hostname: string, file: string): string {
  return l10n.t(
    'Impact Journal: this {0} window keeps its own journal on {1} ({2}). To keep one journal everywhere, choose a synced folder or a private git repository for it, or merge another machine’s journal into this one.',
    remoteKind(remoteName),
    hostname,
    file,
  );
}
