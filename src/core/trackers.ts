/**
 * Issue-tracker keys in commit messages, PR titles and branch names, made into links: Jira and
 * Linear keys (`ABC-123`, `ENG-42`) through the user's patterns and URL templates (setting
 * `impactJournal.issueTrackers`), and GitHub (`#123`, `owner/repo#123`) or GitLab (`#12` an issue,
 * `!34` a merge request) references through the repository's own remote. Also the project an entry
 * belongs to, suggested from a key's project or the branch name.
 */
import * as l10n from '@vscode/l10n';
import type { RemoteInfo } from './links';

/** A tracker as the user configures it: a regular expression for its keys and a URL template. */
export interface TrackerSetting {
  /** e.g. `\b(ABC|OPS)-\d+\b`; its first capture group, when it has one, is the key's project. */
  readonly pattern: string;
  /** e.g. `https://acme.atlassian.net/browse/{key}`; `{key}`, `{project}` and `{1}`…`{9}` are replaced (URL-encoded). */
  readonly url: string;
}

/** A key found in text, with its link when one can be made (http(s) only). */
export interface TicketRef {
  /** As written: `ABC-123`, `#12`, `acme/shop#12`, `!34`. */
  readonly key: string;
  readonly url?: string;
  /** The key's project (`ABC`), for a tracker key. */
  readonly project?: string;
}

/** A configured tracker, compiled. */
export interface CompiledTracker {
  readonly regex: RegExp;
  readonly url: string;
}

/** Text read for keys, per source (characters): keys are near the start; bounds the user's regex's work. */
const MAX_TEXT = 10_000;
/**
 * A debugger's backtrace frame quoted in a commit message, a line of its own (GDB's `#0  0x00007f3a in g_hash_table_remove ()`,
 * `#3  on_onscreen_destroyed() at ../src/wayland/meta-wayland-buffer.c`: mutter's): its number is no issue.
 */
const BACKTRACE_FRAME = /^[ \t]*#\d+[ \t]+(?:0x[0-9a-f]+\b|[\w:~.<>]+[ \t]*\().*$/gim;

/** Compiles the configured trackers; one whose pattern is not a valid regular expression or whose URL is not http(s) is left out with the reason. */
export function compileTrackers(settings: readonly TrackerSetting[]): { trackers: CompiledTracker[]; problems: string[] } {
  const trackers: CompiledTracker[] = [];
  const problems: string[] = [];
  for (const s of settings) {
    let regex: RegExp;
    try {
      regex = new RegExp(s.pattern, 'gu');
    } catch (err) {
      problems.push(
        l10n.t('impactJournal.issueTrackers: the pattern {0} is not a regular expression ({1}).', JSON.stringify(s.pattern), (err as Error).message),
      );
      continue;
    }
    if (!/^https?:\/\/[^/\s]+/i.test(s.url)) {
      problems.push(l10n.t('impactJournal.issueTrackers: the URL {0} is not an http(s) URL template.', JSON.stringify(s.url)));
      continue;
    }
    trackers.push({ regex, url: s.url });
  }
  return { trackers, problems };
}

/**
 * The keys in `texts` (commit subjects and bodies, a PR title, a branch name), each once, in the
 * order found: configured trackers first, then the remote's own references. `except`: a PR number
 * already a source of the entry (`(#42)` in a squash-merged subject), left out.
 */
export function findTickets(texts: readonly string[], trackers: readonly CompiledTracker[], remote: RemoteInfo | undefined, except?: number): TicketRef[] {
  const found = new Map<string, TicketRef>();
  const add = (ref: TicketRef): void => {
    if (!found.has(ref.key)) found.set(ref.key, ref);
  };
  for (const raw of texts) {
    const text = raw.slice(0, MAX_TEXT);
    for (const t of trackers) {
      for (const m of text.matchAll(t.regex)) {
        if (!m[0]) continue;
        const project = m[1] ?? /^([A-Za-z][\w]*)-\d+$/.exec(m[0])?.[1];
        const url = fill(t.url, m, project);
        add({ key: m[0], ...(url ? { url } : {}), ...(project ? { project } : {}) });
      }
    }
  }
  if (remote?.webBase && (remote.kind === 'github' || remote.kind === 'gitlab')) {
    const host = new URL(remote.webBase).origin;
    for (const raw of texts) {
      const text = raw.slice(0, MAX_TEXT).replace(BACKTRACE_FRAME, '');
      for (const m of text.matchAll(/(?<![\w/#&!-])([\w.-]+\/[\w.-]+)?([#!])(\d{1,7})\b/g)) {
        const [key, other, sign, number] = m as unknown as [string, string | undefined, '#' | '!', string];
        if (sign === '!' && remote.kind !== 'gitlab') continue;
        if (!other && sign === '#' && Number(number) === except) continue;
        const base = other ? `${host}/${other}` : remote.webBase;
        const url = remote.kind === 'github' ? `${base}/issues/${number}` : `${base}/-/${sign === '!' ? 'merge_requests' : 'issues'}/${number}`;
        add({ key, url });
      }
    }
  }
  return [...found.values()];
}

/** The URL template with the match's parts put in; undefined when the result is not an http(s) URL. */
function fill(template: string, m: RegExpMatchArray, project: string | undefined): string | undefined {
  const out = template
    .replace(/\{key\}/g, encodeURIComponent(m[0]))
    .replace(/\{project\}/g, encodeURIComponent(project ?? ''))
    .replace(/\{([1-9])\}/g, (_, i: string) => encodeURIComponent(m[Number(i)] ?? ''));
  try {
    const u = new URL(out);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The project to suggest for a piece of work: the project of its first tracker key (`ABC`), else
 * its branch name without the user's prefix and any key (`ada/ABC-12-refund-reports` → `refund
 * reports`). Undefined when there is neither.
 */
export function suggestProject(tickets: readonly TicketRef[], branch: string | undefined): string | undefined {
  const fromKey = tickets.find((t) => t.project)?.project;
  if (fromKey) return fromKey;
  if (!branch) return undefined;
  const name = branch
    .split('/')
    .at(-1)!
    .replace(/^[A-Za-z][\w]*-\d+[-_]?/, '')
    .replace(/[-_]+/g, ' ')
    .trim();
  return name && !/^(main|master|develop|dev|trunk|HEAD)$/i.test(name) ? name : undefined;
}

/** The branch a merge brought in: `Merge pull request #5 from acme/ABC-12-x` → `ABC-12-x`; `Merge branch 'ada/topic'` → `ada/topic`. */
export function mergedBranch(subject: string): string | undefined {
  return /^Merge pull request #\d+ from [^/\s]+\/(\S+)/.exec(subject)?.[1] ?? /^Merge (?:remote-tracking )?branch '([^']+)'/.exec(subject)?.[1];
}
