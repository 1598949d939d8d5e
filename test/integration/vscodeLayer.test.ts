/**
 * The VS Code layer's own logic, in the real extension host (real vscode API objects, real files in
 * a temp folder), with an in-memory memento and a clock the test sets: the journal service's
 * reload and failure paths, the HEAD watcher's memory of the last HEAD, and the weekly digest's
 * schedule. These construct the modules directly (bundled into this suite), beside the installed
 * extension, so each case starts from nothing.
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { unitCandidates, type UnitCandidate } from '../../src/core/candidates';
import { dayLabel } from '../../src/core/dateLabels';
import { weekKey } from '../../src/core/digest';
import { addEntry, dismiss, newEntry } from '../../src/core/journalOps';
import { DEFAULT_THRESHOLD } from '../../src/core/notability';
import { repositoryWork } from '../../src/git/repositoryWork';
import { readWorkHistory } from '../../src/git/workHistory';
import { emptyJournal, type JournalFile } from '../../src/core/model';
import { JournalReadError, serializeJournal } from '../../src/journal/format';
import { candidateLabel } from '../../src/vscode/commands/logImpact';
import { JournalService } from '../../src/vscode/journalService';
import { scheduleWeeklyDigest, LAST_WEEK_KEY } from '../../src/vscode/prompts/digestSchedule';
import { HEADS_KEY, HeadWatcher } from '../../src/vscode/prompts/headWatcher';
import type { GitRepository } from '../../src/vscode/gitApi';
import { PromptQueue, type PromptEvent } from '../../src/vscode/prompts/promptQueue';
import type { Services } from '../../src/vscode/services';
import { lines, TempRepo } from '../unit/helpers/tempRepo';

/** vscode.Memento over a Map (what globalState is, without the disk). */
class InMemoryMemento implements vscode.Memento {
  private readonly values = new Map<string, unknown>();
  keys(): readonly string[] {
    return [...this.values.keys()];
  }
  get<T>(key: string, defaultValue?: T): T | undefined {
    return this.values.has(key) ? (this.values.get(key) as T) : defaultValue;
  }
  update(key: string, value: unknown): Thenable<void> {
    if (value === undefined) this.values.delete(key);
    else this.values.set(key, value);
    return Promise.resolve();
  }
}

const NOW = new Date();

function journalWith(...titles: string[]): JournalFile {
  let journal = emptyJournal();
  titles.forEach((title, i) => {
    const entry = newEntry(
      { kind: 'impact', title, body: '', competencies: [], occurredAt: '2026-01-05', sources: [] },
      `00000000-0000-4000-8000-00000000000${i + 1}`,
      NOW,
    );
    journal = addEntry(entry)(journal).journal;
  });
  return journal;
}

function titles(journal: JournalFile | undefined): string[] | undefined {
  return journal?.entries.map((e) => e.title);
}

/** Resolves at the next `event`, or fails after `ms`. */
function next(event: vscode.Event<unknown>, what: string, ms = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out waiting for ${what}`));
    }, ms);
    const sub = event(() => {
      clearTimeout(timer);
      sub.dispose();
      resolve();
    });
  });
}

/**
 * Writes `bytes` to `file` as another program would, until `service` reloads (at most 10 s): the file
 * watcher starts listening a moment after it is created, and a write before that is not seen.
 */
async function writeUntilReloaded(service: JournalService, file: string, bytes: Buffer): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const reloaded = next(service.onDidChange, 'a reload after the file changed', 500);
    writeFileSync(file, bytes);
    try {
      return await reloaded;
    } catch (err) {
      if (attempt === 20) throw err;
    }
  }
}

describe('the VS Code layer, piece by piece', () => {
  let dir: string;
  let log: vscode.LogOutputChannel;
  before(() => (log = vscode.window.createOutputChannel('Impact Journal tests', { log: true })));
  after(() => log.dispose());
  beforeEach(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'ij-layer-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  describe('JournalService', () => {
    it('reads on first use, and reloads when the file changes on disk (the file watcher)', async () => {
      const file = path.join(dir, 'journal.json');
      writeFileSync(file, serializeJournal(journalWith('First')));
      const service = new JournalService(file, path.join(dir, 'default', 'journal.json'), 3, log);
      try {
        assert.deepEqual(titles(await service.get()), ['First']);
        await writeUntilReloaded(service, file, serializeJournal(journalWith('First', 'Written by another window')));
        assert.deepEqual(titles(await service.get()), ['First', 'Written by another window']);
      } finally {
        service.dispose();
      }
    });

    it('an unreadable file: the error names it, a copy of its bytes is kept aside, a change is refused and the file stays as it was', async () => {
      const file = path.join(dir, 'journal.json');
      const bytes = '{"schemaVersion": 1, "entries": [ {"title": "half written';
      writeFileSync(file, bytes);
      const service = new JournalService(file, path.join(dir, 'default', 'journal.json'), 3, log);
      try {
        assert.equal(await service.get(), undefined);
        const error = service.error;
        assert.ok(error instanceof JournalReadError);
        assert.equal(error.problem, 'invalidJson');
        assert.ok(error.message.includes(file), error.message);
        assert.ok(error.copy, 'a copy was made');
        assert.equal(readFileSync(error.copy, 'utf8'), bytes);
        // a known failure is not read again by views (get), only by reload
        assert.equal(await service.get(), undefined);
        await assert.rejects(
          service.change(addEntry(journalWith('Lost?').entries[0]!)),
          (err: unknown) => err instanceof JournalReadError && err.problem === 'invalidJson',
        );
        assert.equal(readFileSync(file, 'utf8'), bytes, 'the unreadable file is never overwritten');
        // fixed on disk: the watcher's reload clears the error
        await writeUntilReloaded(service, file, serializeJournal(journalWith('Fixed by hand')));
        assert.equal(service.error, undefined);
        assert.deepEqual(titles(await service.get()), ['Fixed by hand']);
      } finally {
        service.dispose();
      }
    });

    it('a journal from a newer version is shown read-only; a refused change does not hide it', async () => {
      const file = path.join(dir, 'journal.json');
      const newer = {
        ...(JSON.parse(serializeJournal(journalWith('From the future')).toString()) as Record<string, unknown>),
        schemaVersion: 99,
        laterField: { kept: true },
      };
      const text = JSON.stringify(newer, null, 2);
      writeFileSync(file, text);
      const service = new JournalService(file, path.join(dir, 'default', 'journal.json'), 3, log);
      try {
        assert.deepEqual(titles(await service.get()), ['From the future']);
        assert.equal(service.readOnly, true);
        assert.equal(service.error?.problem, 'newerVersion');
        await assert.rejects(service.change(addEntry(journalWith('Mine').entries[0]!)), JournalReadError);
        assert.deepEqual(titles(await service.get()), ['From the future'], 'still shown after the refusal');
        assert.equal(service.readOnly, true);
        assert.equal(readFileSync(file, 'utf8'), text);
      } finally {
        service.dispose();
      }
    });

    it('a change goes through the store and is read back; another file (settings changed) is read at once', async () => {
      const other = path.join(dir, 'other.json');
      writeFileSync(other, serializeJournal(journalWith('On the other file')));
      const defaultFile = path.join(dir, 'default', 'journal.json');
      const service = new JournalService(defaultFile, defaultFile, 3, log);
      try {
        assert.deepEqual(titles(await service.get()), [], 'a default journal that does not exist yet is empty');
        const entry = journalWith('Logged').entries[0]!;
        const added = await service.change(addEntry(entry));
        assert.equal(added.id, entry.id);
        assert.deepEqual(titles(await service.get()), ['Logged']);
        assert.deepEqual(titles(JSON.parse(readFileSync(defaultFile, 'utf8')) as JournalFile), ['Logged'], 'on disk, in the default folder it created');
        const changed = next(service.onDidChange, 'the reload of the other file');
        await service.setFile(other, 3);
        await changed;
        assert.equal(service.file, other);
        assert.deepEqual(titles(await service.get()), ['On the other file']);
      } finally {
        service.dispose();
      }
    });
  });

  describe('HeadWatcher (with an in-memory memento)', () => {
    /** A repository of the git extension whose HEAD the test moves. */
    function repository(root: string): GitRepository & { moveTo(commit: string): void } {
      const changed = new vscode.EventEmitter<void>();
      const state = { HEAD: undefined as { commit?: string } | undefined, onDidChange: changed.event };
      return {
        rootUri: vscode.Uri.file(root),
        state,
        moveTo(commit: string) {
          state.HEAD = { commit };
          changed.fire();
        },
      };
    }

    it('a repository never seen: its first HEAD is only remembered; later moves are reported with the HEAD before', () => {
      const memento = new InMemoryMemento();
      const moves: string[] = [];
      const watcher = new HeadWatcher(
        memento,
        (root, previous, head) => moves.push(`${path.basename(root)} ${previous ?? '-'} → ${head}`),
        () => undefined,
      );
      const repo = repository(path.join(dir, 'api'));
      watcher.watch(repo);
      watcher.watch(repo); // twice: watched once
      repo.moveTo('a1');
      assert.deepEqual(moves, []);
      assert.deepEqual(memento.get(HEADS_KEY), { [repo.rootUri.fsPath]: 'a1' });
      repo.moveTo('a1');
      repo.moveTo('b2');
      assert.deepEqual(moves, ['api a1 → b2']);
      watcher.dispose();
    });

    it('at the next start-up: the HEAD remembered means nothing new; another HEAD is a commit made meanwhile', () => {
      const memento = new InMemoryMemento();
      const root = path.join(dir, 'api');
      void memento.update(HEADS_KEY, { [vscode.Uri.file(root).fsPath]: 'a1' });
      const moves: string[] = [];
      const onMove = (_root: string, previous: string | undefined, head: string): void => void moves.push(`${previous ?? '-'} → ${head}`);
      const unchanged = new HeadWatcher(memento, onMove, () => undefined);
      const repo = repository(root);
      unchanged.watch(repo);
      repo.moveTo('a1');
      assert.deepEqual(moves, [], 'HEAD as remembered: nothing is loaded');
      unchanged.dispose();
      const moved = new HeadWatcher(memento, onMove, () => undefined);
      const again = repository(root);
      moved.watch(again);
      again.moveTo('c3');
      assert.deepEqual(moves, ['- → c3'], 'committed while VS Code was closed or starting');
      moved.dispose();
    });
  });

  describe('the weekly digest schedule (in-memory memento, a clock the test sets)', () => {
    /** Runs the schedule with `now` and a 10 ms delay; resolves with whether the digest ran. */
    async function ran(memento: vscode.Memento, now: Date): Promise<boolean> {
      let count = 0;
      const errors: unknown[] = [];
      const schedule = scheduleWeeklyDigest(
        memento,
        () => Promise.resolve(void count++),
        (err) => errors.push(err),
        { now: () => now, delayMs: 10 },
      );
      await new Promise((r) => setTimeout(r, 200));
      schedule.dispose();
      assert.deepEqual(errors, []);
      return count === 1;
    }

    it('a digest that fails reports its error (the extension logs it) instead of rejecting unhandled', async () => {
      const errors: unknown[] = [];
      const failure = new Error('git is gone');
      const schedule = scheduleWeeklyDigest(
        new InMemoryMemento(),
        () => Promise.reject(failure),
        (err) => errors.push(err),
        { now: () => NOW, delayMs: 10 },
      );
      await new Promise((r) => setTimeout(r, 200));
      schedule.dispose();
      assert.deepEqual(errors, [failure]);
    });

    it('runs once a week: not again in the week of the last digest, again from the next Monday', async () => {
      const memento = new InMemoryMemento();
      // a Sunday evening, then the Monday morning after it (ISO weeks start on Monday)
      const sunday = new Date(2026, 10, 29, 22, 0);
      const monday = new Date(2026, 10, 30, 8, 0);
      assert.equal(await ran(memento, sunday), true, 'no digest yet');
      await memento.update(LAST_WEEK_KEY, weekKey(sunday)); // what the digest stores when it runs
      assert.equal(await ran(memento, sunday), false, 'the same week');
      assert.equal(await ran(memento, monday), true, 'a new week');
    });

    it('nothing is run when the digest is off or quiet mode is on, and nothing after dispose', async () => {
      const memento = new InMemoryMemento();
      const config = vscode.workspace.getConfiguration('impactJournal');
      await config.update('weeklyDigest', false, vscode.ConfigurationTarget.Global);
      try {
        assert.equal(await ran(memento, NOW), false, 'digest off');
      } finally {
        await config.update('weeklyDigest', undefined, vscode.ConfigurationTarget.Global);
      }
      await config.update('quietMode', true, vscode.ConfigurationTarget.Global);
      try {
        assert.equal(await ran(memento, NOW), false, 'quiet mode');
      } finally {
        await config.update('quietMode', undefined, vscode.ConfigurationTarget.Global);
      }
      let count = 0;
      scheduleWeeklyDigest(
        memento,
        () => Promise.resolve(void count++),
        () => undefined,
        { now: () => NOW, delayMs: 10 },
      ).dispose();
      await new Promise((r) => setTimeout(r, 100));
      assert.equal(count, 0, 'cancelled');
    });
  });

  /** A branch of two commits (+440 lines) merged into main with `message`, all the day before `NOW`. */
  function mergeRetries(repo: TempRepo, message: string): void {
    const day = new Date(NOW.getTime() - 86_400_000).toISOString();
    repo.commit({ message: 'Initial import', date: day, files: { 'README.md': '# Tool\n' } });
    repo.git('checkout', '-q', '-b', 'retries');
    repo.commit({ message: 'Retry failed calls', date: day, files: { 'src/retry.ts': lines(400) } });
    repo.commit({ message: 'Test the retries', date: day, files: { 'test/retry.test.ts': lines(40) } });
    repo.git('checkout', '-q', 'main');
    repo.gitWith({ GIT_AUTHOR_DATE: day, GIT_COMMITTER_DATE: day }, 'merge', '-q', '--no-ff', '-m', message, 'retries');
  }

  describe('candidateLabel (a look-back over years)', () => {
    it('gives the day with its year when it is not the year of now', async () => {
      const repo = new TempRepo();
      try {
        // two notable pieces of work, the older one a year and a month before the newer
        const newer = new Date(NOW.getTime() - 86_400_000);
        const older = new Date(newer.getFullYear() - 1, newer.getMonth(), 1, 12);
        for (const [area, date] of [
          ['billing', older],
          ['refunds', newer],
        ] as const)
          repo.commit({ message: `Fix ${area} outage: retry failed calls`, date: date.toISOString(), files: { [`src/${area}/retry.ts`]: lines(400) } });
        const history = await readWorkHistory(repo.dir, { since: new Date(older.getTime() - 86_400_000), until: new Date(NOW.getTime() + 86_400_000) });
        const candidates = unitCandidates([repositoryWork(history)], emptyJournal(), DEFAULT_THRESHOLD);
        const described = (title: string, now: Date): string => candidateLabel(candidates.find((c) => c.unit.title.includes(title))!, now).description;
        assert.equal(candidates.length, 2, 'both are notable');
        assert.ok(described('billing', newer).includes(dayLabel(older, true)), described('billing', newer));
        assert.ok(described('refunds', newer).includes(` ${dayLabel(newer)} `), described('refunds', newer));
        assert.ok(!described('refunds', newer).includes(String(newer.getFullYear())), described('refunds', newer));
        // seen from the next year, the newer one gets its year too
        assert.ok(described('refunds', new Date(newer.getFullYear() + 1, 0, 2)).includes(dayLabel(newer, true)));
      } finally {
        repo.remove();
      }
    });

    it('gives a merged pull request’s lines once, not its merge’s stats added to its branch’s', async () => {
      const repo = new TempRepo();
      try {
        mergeRetries(repo, 'Merge pull request #7 from me/retries');
        const history = await readWorkHistory(repo.dir, { since: new Date(NOW.getTime() - 7 * 86_400_000), until: new Date(NOW.getTime() + 86_400_000) });
        const pr = unitCandidates([repositoryWork(history)], emptyJournal(), -100).find((c) => c.unit.pullRequest === 7)!;
        const description = candidateLabel(pr, NOW).description;
        assert.ok(description.endsWith(' · +440 −0'), description);
      } finally {
        repo.remove();
      }
    });
  });

  describe('candidateLabel (GitLab)', () => {
    it("names a GitLab merge request as GitLab does ('MR !7'), a GitHub pull request 'PR #7'", async () => {
      const repo = new TempRepo();
      try {
        mergeRetries(repo, "Merge branch 'retries' into 'main'\n\nRetry failed calls\n\nSee merge request acme/tool!7");
        const described = async (remote: string): Promise<string> => {
          repo.git('remote', 'remove', 'origin');
          repo.git('remote', 'add', 'origin', remote);
          const history = await readWorkHistory(repo.dir, { since: new Date(NOW.getTime() - 7 * 86_400_000), until: new Date(NOW.getTime() + 86_400_000) });
          const mr = unitCandidates([repositoryWork(history)], emptyJournal(), -100).find((c) => c.unit.pullRequest === 7)!;
          return candidateLabel(mr, NOW).description;
        };
        repo.git('remote', 'add', 'origin', 'https://example.org/acme/tool.git');
        assert.match(await described('https://gitlab.com/acme/tool.git'), / · MR !7 · 2 commits · /);
        assert.match(await described('https://github.com/acme/tool.git'), / · PR #7 · 2 commits · /);
      } finally {
        repo.remove();
      }
    });
  });

  describe('PromptQueue (quiet mode: what it would show, as events)', () => {
    /** Three notable pieces of work, each in its own area, made the day before `NOW`, as candidates. */
    async function threeCandidates(repo: TempRepo): Promise<UnitCandidate[]> {
      const day = new Date(NOW.getTime() - 86_400_000).toISOString();
      for (const area of ['billing', 'refunds', 'payouts'])
        repo.commit({ message: `Fix ${area} outage: retry failed calls`, date: day, files: { [`src/${area}/retry.ts`]: lines(400) } });
      const history = await readWorkHistory(repo.dir, { since: new Date(NOW.getTime() - 7 * 86_400_000), until: new Date(NOW.getTime() + 86_400_000) });
      return unitCandidates([repositoryWork(history)], emptyJournal(), DEFAULT_THRESHOLD);
    }

    it('batches the work queued within the window into one prompt, each piece once, and leaves out what was dismissed meanwhile', async () => {
      const repo = new TempRepo();
      const file = path.join(dir, 'journal.json');
      const journal = new JournalService(file, file, 0, log);
      // the parts of the services the queue reads in quiet mode: it never opens the capture flow then
      const services = { settings: { quietMode: true }, log, journal } as unknown as Services;
      const queue = new PromptQueue(services, () => Promise.resolve());
      try {
        const candidates = await threeCandidates(repo);
        assert.equal(candidates.length, 3, 'three notable pieces of work');
        const [a, b, c] = candidates as [UnitCandidate, UnitCandidate, UnitCandidate];
        const prompts: PromptEvent[] = [];
        queue.onDidPrompt((e) => prompts.push(e));
        const prompted = next(queue.onDidPrompt, 'the batched prompt');
        queue.add([a, b]);
        queue.add([b, c]); // b again, within the window
        await prompted;
        assert.equal(prompts.length, 1, 'one prompt for the batch');
        assert.equal(prompts[0]!.message, '3 notable pieces of work');
        assert.equal(prompts[0]!.shown, false, 'quiet mode shows nothing');
        assert.deepEqual([...prompts[0]!.shas].sort(), [a, b, c].flatMap((x) => x.unit.commits.map((k) => k.sha)).sort());

        // dismissed (in To annotate, say) before the queue flushes: not prompted for. The queue reads the
        // journal when it flushes, so the dismissal is made first (made after add, it would race the window)
        const again = next(queue.onDidPrompt, 'the second prompt');
        await journal.change(dismiss(a.keys));
        queue.add([a, b]);
        await again;
        assert.equal(prompts.length, 2);
        assert.equal(prompts[1]!.message, `Notable work: “${b.unit.title}”`);
      } finally {
        queue.dispose();
        journal.dispose();
        repo.remove();
      }
    });
  });
});
