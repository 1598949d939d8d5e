/**
 * Credentials for pull-request activity. GitHub and GitHub Enterprise Server sign in only through
 * VS Code's authentication providers (`github`, `github-enterprise`); a GitLab personal access
 * token lives only in SecretStorage. Nothing here prompts unless a "Connect" command asks it to,
 * and no token is ever logged, shown or written to a file.
 */
import * as vscode from 'vscode';

/**
 * Scopes asked of GitHub: `repo` to see reviews and PRs in private repositories, `read:user` for
 * the viewer's contributions (the scopes GitHub Pull Requests for VS Code asks as well).
 */
export const GITHUB_SCOPES = ['read:user', 'repo'];

/** VS Code authentication provider ids we use. */
export type GitHubProviderId = 'github' | 'github-enterprise';

/**
 * The user's session for `provider`: silently (never prompts; undefined when not signed in), or,
 * with `ask`, by asking them to sign in (undefined if they decline); `'reconnect'` asks for a new
 * session even if one exists (its token was refused). Throws if the provider is not available
 * (e.g. the GitHub Authentication extension is disabled).
 */
export async function githubSession(provider: GitHubProviderId, ask: boolean | 'reconnect' = false): Promise<vscode.AuthenticationSession | undefined> {
  const options: vscode.AuthenticationGetSessionOptions =
    ask === 'reconnect'
      ? {
          forceNewSession: {
            detail: vscode.l10n.t('Your previous sign-in was refused (expired or revoked). Sign in again to read your reviews and pull requests.'),
          },
        }
      : ask
        ? { createIfNone: true }
        : { silent: true };
  try {
    return await vscode.authentication.getSession(provider, GITHUB_SCOPES, options);
  } catch (err) {
    if (ask && err instanceof Error && /cancel/i.test(err.message)) return undefined;
    throw err;
  }
}

const GITLAB_URLS = 'gitlab.connectedUrls';
const secretKey = (baseUrl: string): string => `gitlab-token:${baseUrl}`;

/** GitLab tokens by instance, in SecretStorage; the list of connected instances (not secret) in global state. */
export class GitLabTokens {
  constructor(
    private readonly secrets: vscode.SecretStorage,
    private readonly state: vscode.Memento,
  ) {}

  /** Base URLs the user connected. */
  connected(): string[] {
    const urls = this.state.get<unknown>(GITLAB_URLS);
    return Array.isArray(urls) ? urls.filter((u): u is string => typeof u === 'string') : [];
  }

  async token(baseUrl: string): Promise<string | undefined> {
    return this.secrets.get(secretKey(baseUrl));
  }

  async store(baseUrl: string, token: string): Promise<void> {
    await this.secrets.store(secretKey(baseUrl), token);
    await this.state.update(GITLAB_URLS, [...new Set([...this.connected(), baseUrl])]);
  }

  async remove(baseUrl: string): Promise<void> {
    await this.secrets.delete(secretKey(baseUrl));
    await this.state.update(
      GITLAB_URLS,
      this.connected().filter((u) => u !== baseUrl),
    );
  }
}
