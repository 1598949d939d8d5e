/**
 * Which machine holds the journal, for people. In a remote window (SSH, WSL, a dev container,
 * Codespaces, a tunnel, a VS Code server in the browser) the extension runs where the workspace is
 * (package.json `extensionKind: ["workspace"]`, because git runs there), so the default journal is
 * that machine's: one journal per remote. These words say so in the Journal view and in the
 * first-use message.
 */

/**
 * VS Code's remote kinds (`vscode.env.remoteName`, the authority's prefix before `+`), named as
 * the Remote Development extensions name them. A VS Code server opened in a browser (code-server,
 * `code serve-web`) reports its host and port instead.
 */
const REMOTE_KINDS: Readonly<Record<string, string>> = {
  'ssh-remote': 'SSH',
  wsl: 'WSL',
  'dev-container': 'Dev Container',
  'attached-container': 'Container',
  codespaces: 'Codespaces',
  tunnel: 'Tunnel',
  'k8s-container': 'Kubernetes',
};

/** `ssh-remote` → `SSH`; a host and port (`127.0.0.1:8080`, a server in the browser) → `VS Code server`; else the name as given. */
export function remoteKind(remoteName: string): string {
  return REMOTE_KINDS[remoteName] ?? (/^[\w.-]+:\d+$|^\[[\d:a-f]+\]:\d+$/i.test(remoteName) ? 'VS Code server' : remoteName);
}

/** Where the journal is kept, as the Journal view's description shows it: `on devbox (SSH)`; undefined in a local window (this computer is implied). */
export function journalPlace(remoteName: string | undefined, hostname: string): string | undefined {
  return remoteName ? `on ${hostname} (${remoteKind(remoteName)})` : undefined;
}

/**
 * The message shown on the first use in a remote window whose journal is the default one: which
 * machine holds it (`hostname`, of the remote) and at which path (`file`), and what the user can do.
 */
export function remoteJournalNotice(remoteName: string, hostname: string, file: string): string {
  return (
    `Impact Journal: this ${remoteKind(remoteName)} window keeps its own journal on ${hostname} (${file}). ` +
    'To keep one journal everywhere, choose a synced folder or a private git repository for it, or merge another machine’s journal into this one.'
  );
}
