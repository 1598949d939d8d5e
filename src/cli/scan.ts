/**
 * `impact-journal scan`: the user's units of work in a repository over a window, scored as the
 * extension scores them; `--json` prints them all with their signals (the evaluation harness reads it).
 */
import * as path from 'node:path';
import { addDays, format, isBefore, parseISO, startOfDay, subDays } from 'date-fns';
import type { RemoteInfo } from '../core/links';
import { DEFAULT_THRESHOLD } from '../core/notability';
import { toIsoDate } from '../core/quarters';
import { unitPullRequests, type WorkUnit } from '../core/units';
import { scoreWork, type ScoredUnit } from '../core/work';
import { NoIdentityError } from '../git/historyReader';
import { repositoryWork } from '../git/repositoryWork';
import { readWorkHistory } from '../git/workHistory';
import { date, parse, USAGE, UsageError } from './args';

/**
 * JSON text with the characters a terminal would act on (DEL, C1 controls, bidirectional
 * overrides) written as `\uXXXX` escapes, which JSON.stringify leaves raw. Still valid JSON.
 */
function terminalSafeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Runs `scan` with `args`; `out` prints for people, `raw` prints JSON as it is. `now` ends the default window. */
export async function scan(args: string[], out: (s: string) => void, now: Date, raw: (s: string) => void): Promise<void> {
  const v = parse('scan', args, {
    repo: { type: 'string' },
    since: { type: 'string' },
    until: { type: 'string' },
    author: { type: 'string', multiple: true },
    threshold: { type: 'string' },
    json: { type: 'boolean' },
    all: { type: 'boolean' },
    'no-shipped': { type: 'boolean' },
  });
  if (v.help) return out(USAGE.scan);
  const threshold = v.threshold === undefined ? DEFAULT_THRESHOLD : Number(v.threshold);
  if (!Number.isFinite(threshold) || threshold < 1) throw new UsageError(`--threshold must be a number ≥ 1\n\n${USAGE.scan}`);
  const until = date(v.until, 'until') ?? addDays(startOfDay(now), 1);
  const since = date(v.since, 'since') ?? subDays(until, 91);
  if (!isBefore(since, until)) throw new UsageError(`--since must be before --until\n\n${USAGE.scan}`);
  const authors = (v.author ?? []).filter((a) => typeof a === 'string');
  for (const a of authors) if (a.startsWith('-') || !a.includes('@')) throw new UsageError(`--author must be an email, got "${a}"\n\n${USAGE.scan}`);
  const repo = path.resolve(typeof v.repo === 'string' ? v.repo : '.');
  const history = await readWorkHistory(repo, { since, until }, { authorEmails: authors }).catch((err: unknown) => {
    if (err instanceof NoIdentityError)
      throw new Error(`no author identity for ${err.folder}: set git user.email there, or name your commit email with --author EMAIL`);
    throw err;
  });
  const work = repositoryWork(history);
  const scored = scoreWork(work, { threshold, shippedEvidence: v['no-shipped'] !== true });
  const offered = scored.filter((s) => s.notability.notable);
  const inRange = history.commits.filter((c) => inRangeDate(c.authorDate, since, until));
  const commits = inRange.length;
  // commits git could not diff (a missing object: a partial clone offline, a damaged repository): their size is unknown
  const withoutStats = inRange.filter((c) => c.statsUnavailable === true).length;
  if (v.json) {
    raw(
      terminalSafeJson({
        repository: work.repo,
        since: toIsoDate(since),
        until: toIsoDate(until),
        identities: history.identities,
        commits,
        commitsWithoutStats: withoutStats,
        units: scored.length,
        offered: offered.length,
        threshold,
        conventions: work.conventions,
        [v.all ? 'all' : 'flagged']: (v.all ? scored : offered).map(unitJson),
      }),
    );
    return;
  }
  out(
    `${work.repo}: ${commits} commits by ${history.identities.join(', ')} from ${toIsoDate(since)} to ${toIsoDate(subDays(until, 1))}: ${scored.length} pieces of work, ${offered.length} notable`,
  );
  if (withoutStats > 0)
    out(
      `Note: git could not read the changes of ${withoutStats} of these commits (an object is missing: a partial clone without its network, or a damaged repository); their size is not counted.`,
    );
  for (const s of v.all ? scored : offered) {
    const u = s.unit;
    out('');
    out(`${format(parseISO(u.date), 'yyyy-MM-dd')}  ${s.notability.score.toFixed(1).padStart(5)}${s.notability.notable ? ' *' : '  '} ${u.title}`);
    out(`      ${describeKind(u, history.repository.remote)}`);
    const positive = s.notability.signals.filter((x) => x.weight > 0);
    const negative = s.notability.signals.filter((x) => x.weight < 0);
    if (positive.length) out(`      + ${positive.map((x) => `${x.reason} (${x.weight})`).join(' ')}`);
    if (negative.length) out(`      − Counts against: ${negative.map((x) => `${x.reason} (${x.weight})`).join(' ')}`);
    for (const c of u.commits.slice(0, 12)) out(`      · ${c.sha.slice(0, 7)} ${c.subject}`);
    if (u.commits.length > 12) out(`      · … and ${u.commits.length - 12} more`);
  }
}

/**
 * What kind of unit it is, for people: "topic ps/foo, 6 commits", "pull request #42, 1 commit"; on a GitLab remote
 * "merge request !42, 1 commit".
 */
function describeKind(unit: WorkUnit, remote: RemoteInfo | undefined): string {
  const commits = `${unit.commits.length} ${unit.commits.length === 1 ? 'commit' : 'commits'}`;
  const prs = unitPullRequests(unit);
  const [noun, sign] = remote?.kind === 'gitlab' ? ['merge request', '!'] : ['pull request', '#'];
  if (prs.length > 1) return `${noun}s ${prs.map((n) => `${sign}${n}`).join(', ')}, ${commits}`;
  if (unit.kind === 'pullRequest') return `${noun} ${sign}${unit.pullRequest}, ${commits}`;
  if (unit.kind === 'topic') return `topic ${unit.topic ?? unit.merge?.sha.slice(0, 7)}, ${commits}`;
  return `series of ${commits}`;
}

/** A scored unit as `scan --json` prints it. */
function unitJson(s: ScoredUnit): unknown {
  const u = s.unit;
  return {
    key: u.key,
    kind: u.kind,
    title: u.title,
    date: u.date,
    score: s.notability.score,
    notable: s.notability.notable,
    pullRequest: u.pullRequest,
    ...(u.parts ? { pullRequests: unitPullRequests(u), parts: u.parts.map((p) => p.key) } : {}),
    topic: u.topic,
    merge: u.merge?.sha,
    shipped: s.shipped,
    commits: u.commits.map((c) => ({
      sha: c.sha,
      date: c.authorDate,
      subject: c.subject,
      additions: c.additions,
      deletions: c.deletions,
      files: c.files.length,
    })),
    signals: s.notability.signals.map((x) => ({ id: x.id, weight: x.weight, reason: x.reason })),
    reasons: s.notability.signals.filter((x) => x.weight > 0).map((x) => x.reason),
    competencies: s.notability.suggestedCompetencies,
  };
}

function inRangeDate(iso: string, since: Date, until: Date): boolean {
  const t = Date.parse(iso);
  return t >= since.getTime() && t < until.getTime();
}
