/**
 * Judges the commits a HEAD move brought (one `git log`, core/commitWatch.ts) and, when some are
 * new work by the user, queues the notable pieces of work they make or extend for a prompt, each
 * once. The moves come from `HeadWatcher` (activation bundle), which runs no git; none are judged
 * in an untrusted workspace. Seen work and prompted units are remembered (bounded) across sessions.
 */
import { addDays, startOfDay, subDays } from 'date-fns';
import * as vscode from 'vscode';
import { judgeNewCommits, unitsToPrompt, workKey } from '../../core/commitWatch';
import { openRepository, readNewCommits, type RepositoryInfo } from '../../git/historyReader';
import { repositoryWork } from '../../git/repositoryWork';
import { readWorkHistory } from '../../git/workHistory';
import type { Inbox } from '../inbox';
import type { Services } from '../services';
import { HEADS_KEY, rememberHead } from './headWatcher';
import type { PromptQueue } from './promptQueue';

const SEEN_KEY = 'impactJournal.seenWork';
/** Memento key: keys of the units already prompted for. */
const PROMPTED_KEY = 'impactJournal.promptedUnits';
/** How many work keys are remembered (oldest forgotten first). */
const SEEN_LIMIT = 5000;
/** Work authored this long before the watcher started still counts as "at the moment" (ms). */
const GRACE_MS = 120_000;

/** Judges HEAD moves of the workspace's repositories. */
export class CommitWatcher {
  private readonly seen: Set<string>;
  private readonly repositories = new Map<string, Promise<RepositoryInfo>>();

  /** `startedAt`: when the extension started watching (epoch ms), for the grace window. */
  constructor(
    private readonly services: Services,
    private readonly queue: PromptQueue,
    private readonly inbox: Inbox,
    private readonly memento: vscode.Memento,
    private readonly startedAt: number,
  ) {
    this.seen = new Set(memento.get<string[]>(SEEN_KEY, []));
  }

  /** Judges what moving HEAD from `previous` to `head` brought; errors are logged. */
  headMoved(root: string, previous: string | undefined, head: string): void {
    void this.check(root, previous, head).catch((err: unknown) => this.services.log.warn(`Commit watcher: ${String(err)}`));
  }

  /** Judges what moving HEAD from `previous` to `head` brought. */
  private async check(root: string, previous: string | undefined, head: string): Promise<void> {
    const journal = await this.services.journal.get();
    if (!journal || !vscode.workspace.isTrusted) return;
    const repository = await this.repository(root);
    const identities = [...new Set([repository.userEmail, ...this.services.settings.authorEmails].filter((e): e is string => !!e).map((e) => e.toLowerCase()))];
    const commits = await readNewCommits(root, previous, head, { since: new Date(this.startedAt - GRACE_MS) });
    this.services.log.info(
      `Commit watcher: HEAD of ${root} moved ${previous?.slice(0, 7) ?? '(first seen)'} → ${head.slice(0, 7)} (${commits.length} new commits)`,
    );
    const decisions = judgeNewCommits(commits, { identities, seen: this.seen, startedAt: this.startedAt, graceMs: GRACE_MS, journal, repo: repository.repo });
    for (const d of decisions) {
      this.services.log.info(`Commit watcher: ${d.commit.sha.slice(0, 7)} ${d.verdict}`);
      if (d.verdict === 'new' || d.verdict === 'handled') this.seen.add(workKey(d.commit));
    }
    await this.memento.update(SEEN_KEY, [...this.seen].slice(-SEEN_LIMIT));
    await this.memento.update(HEADS_KEY, rememberHead(this.memento.get<Record<string, string>>(HEADS_KEY, {}), root, head));
    const fresh = new Set(decisions.filter((d) => d.verdict === 'new').map((d) => d.commit.sha));
    if (fresh.size === 0) return;
    // the pieces of work the new commits make or extend: the repository's history of the inbox's
    // window (the commit cache has nearly all of it), grouped and scored like everywhere else
    const { settings, commitCache } = this.services;
    const now = new Date();
    const history = await readWorkHistory(
      root,
      { since: startOfDay(subDays(now, settings.inboxDays)), until: addDays(now, 1) },
      { authorEmails: settings.authorEmails, hosts: settings.hosts, cache: commitCache },
    );
    const prompted = new Set(this.memento.get<string[]>(PROMPTED_KEY, []));
    const units = unitsToPrompt(repositoryWork(history), journal, settings.notabilityThreshold, fresh, prompted);
    for (const u of units) this.services.log.info(`Commit watcher: notable ${u.key} (${u.unit.commits.length} commits, score ${u.notability.score})`);
    if (units.length === 0) return;
    await this.memento.update(PROMPTED_KEY, [...prompted, ...units.map((u) => u.key)].slice(-SEEN_LIMIT));
    this.queue.add(units);
    if (this.inbox.loaded) void this.inbox.rescan();
  }

  private repository(root: string): Promise<RepositoryInfo> {
    let info = this.repositories.get(root);
    if (!info) {
      info = openRepository(root, { hosts: this.services.settings.hosts });
      this.repositories.set(root, info);
      info.catch(() => this.repositories.delete(root));
    }
    return info;
  }
}
