/**
 * Git remote URL → normalized repository name and web links for commits and pull requests.
 *
 * Supported hosts: GitHub (and GitHub Enterprise hosts the caller names), GitLab (gitlab.com, hosts
 * whose name starts with "gitlab.", and hosts the caller names), Bitbucket Cloud, Azure DevOps
 * (dev.azure.com, ssh.dev.azure.com, *.visualstudio.com). Unknown hosts get no links.
 * URL layouts follow each host's web UI (e.g. GitLab's `/-/commit/<sha>`).
 */

/** Kinds of git hosting we can link to. */
export type HostKind = 'github' | 'gitlab' | 'bitbucket' | 'azure';

/** A remote understood as a web repository. */
export interface RemoteInfo {
  /** Normalized name, `host/path` without `.git`, e.g. `github.com/owner/name`. */
  readonly repo: string;
  /** Hosting kind, or undefined for a host we cannot link to. */
  readonly kind: HostKind | undefined;
  /** `https://…` base of the repository's web page, when `kind` is known. */
  readonly webBase: string | undefined;
}

/** Extra hosts (lower-case host name → kind), e.g. a GitHub Enterprise or self-hosted GitLab server. */
export type HostMap = Readonly<Record<string, HostKind>>;

/**
 * Parses a remote URL in any of git's forms (`https://`, `ssh://`, `git://`, scp-like
 * `git@host:path`). Returns undefined for local paths and anything that is not a remote.
 */
export function parseRemote(url: string, extraHosts: HostMap = {}): RemoteInfo | undefined {
  const trimmed = url.trim();
  let host: string;
  let path: string;
  const scp = /^(?:[^@/\s]+@)?([^:/\s]+):\/?(?!\/)(.+)$/.exec(trimmed);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) {
    let u: URL;
    try {
      u = new URL(trimmed);
    } catch {
      return undefined;
    }
    if (u.protocol === 'file:') return undefined;
    host = u.hostname.toLowerCase();
    try {
      path = decodeURIComponent(u.pathname);
    } catch {
      path = u.pathname; // a stray % is kept as written
    }
  } else if (scp && !/^[a-z]$/i.test(scp[1]!)) {
    host = scp[1]!.toLowerCase();
    path = scp[2]!;
  } else {
    return undefined;
  }
  path = path.replace(/^\/+|\/+$/g, '').replace(/\.git$/, '');
  if (!host || !path) return undefined;
  if (host === 'ssh.github.com') host = 'github.com'; // SSH over the HTTPS port (ssh://git@ssh.github.com:443/…)

  const kind = hostKind(host, extraHosts);
  if (kind === 'azure') return azureRemote(host, path);
  const repo = `${host}/${path}`;
  return { repo, kind, webBase: kind ? `https://${repo}` : undefined };
}

function hostKind(host: string, extraHosts: HostMap): HostKind | undefined {
  if (extraHosts[host]) return extraHosts[host];
  if (host === 'github.com') return 'github';
  if (host === 'gitlab.com' || host.startsWith('gitlab.')) return 'gitlab';
  if (host === 'bitbucket.org') return 'bitbucket';
  if (host === 'dev.azure.com' || host === 'ssh.dev.azure.com' || host.endsWith('.visualstudio.com') || host === 'vs-ssh.visualstudio.com') {
    return 'azure';
  }
  return undefined;
}

/**
 * Azure DevOps remotes: `https://dev.azure.com/ORG/PROJECT/_git/REPO`,
 * `git@ssh.dev.azure.com:v3/ORG/PROJECT/REPO`, `https://ORG.visualstudio.com/PROJECT/_git/REPO`.
 * All normalize to `dev.azure.com/ORG/PROJECT/REPO`.
 */
function azureRemote(host: string, path: string): RemoteInfo | undefined {
  const parts = path.split('/').filter((p) => p !== '_git' && p !== 'DefaultCollection');
  let org: string | undefined;
  let rest: string[];
  if (host === 'dev.azure.com') {
    [org, ...rest] = parts;
  } else if (host === 'ssh.dev.azure.com' || host === 'vs-ssh.visualstudio.com') {
    [, org, ...rest] = parts; // leading "v3"
  } else {
    org = host.split('.')[0];
    rest = parts;
  }
  if (!org || rest.length < 2) return undefined;
  const project = rest[0]!;
  const repoName = rest[rest.length - 1]!;
  return {
    repo: `dev.azure.com/${org}/${project}/${repoName}`,
    kind: 'azure',
    webBase: `https://dev.azure.com/${encodeURIComponent(org)}/${encodeURIComponent(project)}/_git/${encodeURIComponent(repoName)}`,
  };
}

/** Web URL of a commit, or undefined when the host is unknown. */
export function commitUrl(remote: RemoteInfo | undefined, sha: string): string | undefined {
  if (!remote?.webBase || !/^[0-9a-f]{7,64}$/i.test(sha)) return undefined;
  switch (remote.kind) {
    case 'github':
      return `${remote.webBase}/commit/${sha}`;
    case 'gitlab':
      return `${remote.webBase}/-/commit/${sha}`;
    case 'bitbucket':
      return `${remote.webBase}/commits/${sha}`;
    case 'azure':
      return `${remote.webBase}/commit/${sha}`;
    default:
      return undefined;
  }
}

/**
 * Web URL of the file `path` (relative to the repository root) on the branch `ref` (`refs/heads/main`
 * or `main`) or at the tag `refs/tags/v2.22.0`, or undefined when the host is unknown or `ref` is neither.
 */
export function fileUrl(remote: RemoteInfo | undefined, ref: string, path: string): string | undefined {
  const tag = ref.startsWith('refs/tags/');
  const branch = ref.replace(/^refs\/(heads|tags)\//, '');
  if (!remote?.webBase || !branch || branch.startsWith('refs/') || !path) return undefined;
  const b = branch.split('/').map(encodeURIComponent).join('/');
  const p = path.split('/').map(encodeURIComponent).join('/');
  switch (remote.kind) {
    case 'github':
      return `${remote.webBase}/blob/${b}/${p}`;
    case 'gitlab':
      return `${remote.webBase}/-/blob/${b}/${p}`;
    case 'bitbucket':
      return `${remote.webBase}/src/${b}/${p}`;
    case 'azure':
      return `${remote.webBase}?path=${encodeURIComponent(`/${path}`)}&version=${tag ? 'GT' : 'GB'}${encodeURIComponent(branch)}`;
    default:
      return undefined;
  }
}

/** Web URL of a pull request (merge request on GitLab), or undefined when the host is unknown. */
export function pullRequestUrl(remote: RemoteInfo | undefined, pr: number): string | undefined {
  if (!remote?.webBase || !Number.isInteger(pr) || pr <= 0) return undefined;
  switch (remote.kind) {
    case 'github':
      return `${remote.webBase}/pull/${pr}`;
    case 'gitlab':
      return `${remote.webBase}/-/merge_requests/${pr}`;
    case 'bitbucket':
      return `${remote.webBase}/pull-requests/${pr}`;
    case 'azure':
      return `${remote.webBase}/pullrequest/${pr}`;
    default:
      return undefined;
  }
}
