/**
 * Reads the user's pull-request activity from every connected provider: github.com (signed in
 * through VS Code), GitHub Enterprise Server (`github-enterprise.uri`) and each connected GitLab
 * instance. Which providers matter is inferred from the workspace remotes: a provider the remotes
 * use but the user has not connected gets a hint, never a prompt. Results are kept for a few
 * minutes per range so the view and "Log impact" do not ask the network twice in a row.
 */
import { format } from 'date-fns';
import * as vscode from 'vscode';
import { ActivityError } from '../activity/errors';
import type { Activity } from '../core/activity';
import type { RemoteInfo } from '../core/links';
import { githubSession, type GitLabTokens } from './auth/credentials';
import type { Settings } from './settings';
import { COMMANDS } from './ids';
import { describeError } from '../core/describe';

/** The command that connects a provider, and its name on a button. */
interface Connect {
  readonly label: string;
  readonly command: string;
}

/** The Connect commands by provider, with their (localized) button names; built when used. */
function connects(): Record<'github' | 'enterprise' | 'gitlab', Connect> {
  return {
    github: { label: vscode.l10n.t('Connect GitHub'), command: COMMANDS.connectGitHub },
    enterprise: { label: vscode.l10n.t('Connect GitHub Enterprise'), command: COMMANDS.connectGitHubEnterprise },
    gitlab: { label: vscode.l10n.t('Connect GitLab'), command: COMMANDS.connectGitLab },
  };
}

/** A provider that failed, with the command that connects it again. */
export interface ActivityProblem {
  readonly error: ActivityError;
  /** The provider, e.g. `GitHub` or `GitLab (gitlab.example.com)`. */
  readonly provider: string;
  readonly connect: Connect;
}

/** What was read, and what the user should know about what was not. */
export interface WorkspaceActivity {
  readonly activities: readonly Activity[];
  /** One clear message per provider that failed (expired sign-in, rate limited until HH:MM, unreachable). */
  readonly problems: readonly ActivityProblem[];
}

/** A provider the workspace's remotes use but the user has not connected. */
export interface ConnectHint {
  /** E.g. 'Connect GitHub'. */
  readonly label: string;
  /** What connecting brings, one sentence. */
  readonly detail: string;
  /** The command that connects it. */
  readonly command: string;
}

/** How long a complete read is reused, ms. */
const CACHE_MS = 5 * 60_000;

interface Fetcher {
  /** Cache key and name in messages. */
  readonly key: string;
  readonly connect: Connect;
  readonly run: (range: { since: Date; until: Date }, signal: AbortSignal) => Promise<{ items: Activity[]; problem?: ActivityError }>;
}

/**
 * What the reader needs of the extension's shared services: the current settings (re-read on
 * change, so read each time) and the log. `Services` is one; passing only this keeps
 * `activity.ts` from importing `services.ts`, which creates the reader.
 */
export interface ActivityContext {
  readonly settings: Settings;
  readonly log: vscode.LogOutputChannel;
}

/** Reads and caches activity. One per extension. */
export class ActivityReader {
  private readonly cache = new Map<string, { at: number; items: Activity[] }>();
  /** Bumped by `clear()`, so a read that started before it does not fill the cache afterwards. */
  private generation = 0;

  constructor(
    private readonly services: ActivityContext,
    private readonly gitlab: GitLabTokens,
  ) {}

  /** Forgets cached results (after connecting, or on refresh). */
  clear(): void {
    this.cache.clear();
    this.generation++;
  }

  /**
   * Activity in `range` from every connected provider, read in parallel with progress at
   * `location` (cancellable in a notification). Throws vscode.CancellationError when cancelled.
   */
  async read(
    range: { since: Date; until: Date },
    location: vscode.ProgressLocation | { viewId: string } = vscode.ProgressLocation.Notification,
  ): Promise<WorkspaceActivity> {
    let fetchers: Fetcher[];
    try {
      fetchers = await this.fetchers();
    } catch (err) {
      this.services.log.error(`Reading the connected providers failed: ${describeError(err)}`);
      const error = new ActivityError(
        'badResponse',
        vscode.l10n.t('Impact Journal could not read your connected accounts; see the Impact Journal output for details.'),
      );
      return { activities: [], problems: [{ error, provider: 'accounts', connect: connects().github }] };
    }
    if (fetchers.length === 0) return { activities: [], problems: [] };
    return vscode.window.withProgress(
      { location, title: vscode.l10n.t('Impact Journal: reading your pull requests'), cancellable: location === vscode.ProgressLocation.Notification },
      async (_progress, token) => {
        const abort = new AbortController();
        const sub = token.onCancellationRequested(() => abort.abort());
        try {
          const results = await Promise.all(fetchers.map((f) => this.readOne(f, range, abort.signal)));
          const problems = results.flatMap((r, i) => (r.problem ? [{ error: r.problem, provider: fetchers[i]!.key, connect: fetchers[i]!.connect }] : []));
          return { activities: results.flatMap((r) => r.items), problems };
        } catch (err) {
          if (abort.signal.aborted) throw new vscode.CancellationError();
          throw err;
        } finally {
          sub.dispose();
        }
      },
    );
  }

  /** One provider's activity; never throws except when cancelled (an unexpected error becomes a problem). */
  private async readOne(fetcher: Fetcher, range: { since: Date; until: Date }, signal: AbortSignal): Promise<{ items: Activity[]; problem?: ActivityError }> {
    // by day: callers compute `until` from the current time, to the millisecond
    const key = `${fetcher.key}|${format(range.since, 'yyyy-MM-dd')}|${format(range.until, 'yyyy-MM-dd')}`;
    for (const [k, v] of this.cache) if (Date.now() - v.at >= CACHE_MS) this.cache.delete(k);
    const cached = this.cache.get(key);
    if (cached) return { items: cached.items };
    const started = Date.now();
    const generation = this.generation;
    let result: { items: Activity[]; problem?: ActivityError };
    try {
      result = await fetcher.run(range, signal);
    } catch (err) {
      if (signal.aborted) throw err;
      this.services.log.error(`${fetcher.key}: ${describeError(err)}`);
      return {
        items: [],
        problem: new ActivityError('badResponse', vscode.l10n.t('Impact Journal could not read {0}; see the Impact Journal output for details.', fetcher.key)),
      };
    }
    if (result.problem) this.services.log.warn(`${fetcher.key}: ${result.problem.message} (${result.items.length} items read before)`);
    else if (generation === this.generation) this.cache.set(key, { at: Date.now(), items: result.items });
    this.services.log.info(`Read ${result.items.length} pull-request activities from ${fetcher.key} (${Date.now() - started} ms)`);
    return result;
  }

  /** The connected providers to read. */
  private async fetchers(): Promise<Fetcher[]> {
    const settings = this.services.settings;
    const fetchers: Fetcher[] = [];
    const connect = connects();
    const github = await silentSession('github');
    if (github) {
      fetchers.push({
        key: 'GitHub',
        connect: connect.github,
        run: async (range, signal) => {
          const { fetchGitHubActivity } = await import('../activity/github');
          return fetchGitHubActivity(range, { provider: 'github', baseUrl: settings.githubApiUrl, webHost: 'github.com', token: github.accessToken, signal });
        },
      });
    }
    const enterprise = settings.enterpriseUri;
    const session = enterprise ? await silentSession('github-enterprise') : undefined;
    if (enterprise && session) {
      const host = new URL(enterprise).hostname.toLowerCase();
      fetchers.push({
        key: `GitHub Enterprise (${host})`,
        connect: connect.enterprise,
        run: async (range, signal) => {
          const { fetchGitHubActivity } = await import('../activity/github');
          return fetchGitHubActivity(range, {
            provider: 'github-enterprise',
            baseUrl: `${enterprise}/api/v3`,
            webHost: host,
            token: session.accessToken,
            signal,
          });
        },
      });
    }
    for (const baseUrl of this.gitlab.connected()) {
      const token = await this.gitlab.token(baseUrl);
      if (!token) continue;
      fetchers.push({
        key: `GitLab (${new URL(baseUrl).host})`,
        connect: connect.gitlab,
        run: async (range, signal) => {
          const { fetchGitLabActivity } = await import('../activity/gitlab');
          return fetchGitLabActivity(range, { baseUrl, token, signal });
        },
      });
    }
    return fetchers;
  }

  /** Providers the workspace's `remotes` use that are not connected (never prompts). */
  async hints(remotes: readonly (RemoteInfo | undefined)[]): Promise<ConnectHint[]> {
    const hosts = new Set(remotes.flatMap((r) => (r ? [r.repo.split('/')[0]] : [])));
    const hints: ConnectHint[] = [];
    const connect = connects();
    if (hosts.has('github.com') && !(await silentSession('github'))) {
      hints.push({ ...connect.github, detail: vscode.l10n.t('See the reviews you gave and your merged pull requests.') });
    }
    const enterprise = this.services.settings.enterpriseUri;
    if (enterprise && hosts.has(new URL(enterprise).hostname.toLowerCase()) && !(await silentSession('github-enterprise'))) {
      hints.push({ ...connect.enterprise, detail: vscode.l10n.t('See your reviews and pull requests on {0}.', new URL(enterprise).host) });
    }
    const connected = this.gitlab.connected().map((u) => new URL(u).hostname);
    const gitlabHosts = [...new Set(remotes.filter((r) => r?.kind === 'gitlab').map((r) => r!.repo.split('/')[0]))].filter((h) => !connected.includes(h!));
    if (gitlabHosts.length > 0) {
      hints.push({ ...connect.gitlab, detail: vscode.l10n.t('See your merge-request reviews and merged MRs on {0}.', gitlabHosts.join(', ')) });
    }
    return hints;
  }
}

/** The session of `provider` if the user is signed in; never prompts; undefined when the provider is unavailable. */
async function silentSession(provider: 'github' | 'github-enterprise'): Promise<vscode.AuthenticationSession | undefined> {
  try {
    return await githubSession(provider);
  } catch {
    return undefined;
  }
}

/** When each problem (kind and provider) was last shown (ms), so a refresh or the commit watcher does not repeat it. */
const lastShown = new Map<string, number>();
/** A problem is shown again after this long, ms. */
const REPEAT_AFTER_MS = 10 * 60_000;

/**
 * Shows each problem as a warning, at most once every 10 minutes per kind and provider; a refused
 * sign-in or token offers the provider's Connect command, which then asks for a new session.
 */
export async function reportActivityProblems(problems: readonly ActivityProblem[]): Promise<void> {
  for (const { error, provider, connect } of problems) {
    const key = `${error.kind}:${provider}`;
    const shown = lastShown.get(key);
    if (shown !== undefined && Date.now() - shown < REPEAT_AFTER_MS) continue;
    lastShown.set(key, Date.now());
    const offer = error.kind === 'signedOut' || error.kind === 'forbidden';
    const choice = await vscode.window.showWarningMessage(vscode.l10n.t('Impact Journal: {0}', error.message), ...(offer ? [connect.label] : []));
    if (choice === connect.label) await vscode.commands.executeCommand(connect.command, { reconnect: true });
  }
}
