/**
 * A cache of parsed commits per repository, keyed by SHA (a commit never changes), in a folder of
 * the extension's global storage, so a re-scan asks git for stats only of commits it has not seen
 * (docs/ARCHITECTURE.md, "One commit"). Beside the commits it remembers which commits recent scans listed, keyed by the
 * scan's selection and the repository's refs fingerprint (`RepositoryInfo.refs`): while no branch,
 * tag or HEAD has moved, the same scan is answered without running `git log` at all.
 * It is only a cache: each repository is one JSON file that may be deleted at any time; a file of
 * another version or shape is ignored and rewritten; sizes are bounded (`MAX_COMMITS_PER_REPOSITORY`,
 * `MAX_LISTINGS_PER_REPOSITORY`, `MAX_REPOSITORIES`).
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import * as path from 'node:path';
import * as z from 'zod';
import type { CommitRecord } from '../core/commit';
import { writeFileAtomic } from '../io/atomicWrite';
import type { ListedCommit } from './logParser';

/**
 * Format of the cache files; a file with another version is ignored. 2: listings added; 3: committer email and date; 4: pull
 * requests landed by Azure DevOps, Gitea and Bitbucket or imported by a tool (logParser.ts `parsePullRequestNumber`); 5: a subject
 * wrapped over lines is joined (logParser.ts `splitMessage`); 6: merge requests Marge Bot landed (`Part-of:`).
 */
export const CACHE_VERSION = 6;
/** Commits kept per repository (the newest by author date); 20,000 commits ≈ 10 MB of JSON. */
export const MAX_COMMITS_PER_REPOSITORY = 20_000;
/** Listings kept per repository (the most recently made): a few ranges (quarter, year, inbox) per branch state. */
export const MAX_LISTINGS_PER_REPOSITORY = 16;
/** Repository files kept (the most recently written). */
export const MAX_REPOSITORIES = 50;

const Sha = z.string().regex(/^[0-9a-f]{7,64}$/);
const Commit = z.object({
  sha: Sha,
  parents: z.array(z.string()),
  authorName: z.string(),
  authorEmail: z.string(),
  authorDate: z.string(),
  committerEmail: z.string(),
  committerDate: z.string(),
  subject: z.string(),
  body: z.string(),
  tags: z.array(z.string()),
  files: z.array(z.object({ path: z.string(), additions: z.number(), deletions: z.number(), binary: z.boolean(), created: z.boolean() })),
  additions: z.number(),
  deletions: z.number(),
  pullRequest: z.number().optional(),
  coAuthors: z.array(z.object({ name: z.string(), email: z.string() })),
});
const Listing = z.object({ key: z.string(), refs: z.string(), commits: z.array(z.object({ sha: Sha, authorEmail: z.string(), tags: z.array(z.string()) })) });
const CacheFile = z.object({ version: z.literal(CACHE_VERSION), root: z.string(), commits: z.array(Commit), listings: z.array(Listing) });

/** What a scan listed: its selection (`key`, the git log options), the refs fingerprint it saw, the commits in git's order. */
export type Listing = z.infer<typeof Listing>;

/** The cached state of one repository. */
interface RepositoryCache {
  readonly commits: ReadonlyMap<string, CommitRecord>;
  /** By key, oldest first. */
  readonly listings: ReadonlyMap<string, Listing>;
}

/** Parsed commits of many repositories, in memory and on disk under `dir`. */
export class CommitCache {
  private readonly loaded = new Map<string, RepositoryCache>();
  private writing: Promise<void> = Promise.resolve();

  /** `dir`: a folder the cache owns (created when first written). */
  constructor(readonly dir: string) {}

  private file(root: string): string {
    return path.join(this.dir, `${createHash('sha256').update(root).digest('hex').slice(0, 32)}.json`);
  }

  private async repository(root: string): Promise<RepositoryCache> {
    let cached = this.loaded.get(root);
    if (!cached) {
      const commits = new Map<string, CommitRecord>();
      const listings = new Map<string, Listing>();
      try {
        const parsed = CacheFile.safeParse(JSON.parse(await readFile(this.file(root), 'utf8')));
        if (parsed.success && parsed.data.root === root) {
          for (const c of parsed.data.commits) commits.set(c.sha, { ...c, pullRequest: c.pullRequest });
          for (const l of parsed.data.listings) listings.set(l.key, l);
        }
      } catch {
        // no cache yet, or not JSON: start empty (it is rewritten on the next store)
      }
      cached = { commits, listings };
      this.loaded.set(root, cached);
    }
    return cached;
  }

  /** The cached commits of the repository at `root` (absolute work-tree path), by SHA; empty when none or unreadable. */
  async get(root: string): Promise<ReadonlyMap<string, CommitRecord>> {
    return (await this.repository(root)).commits;
  }

  /**
   * What the scan `key` listed when the repository's refs fingerprint was `refs`, in git's order;
   * undefined when that scan has not run since a ref moved. Its commits may have been evicted from
   * the commit map since (the caller reads those from git again).
   */
  async listing(root: string, key: string, refs: string): Promise<readonly ListedCommit[] | undefined> {
    const listing = (await this.repository(root)).listings.get(key);
    return listing?.refs === refs ? listing.commits : undefined;
  }

  /**
   * Adds `commits` of the repository at `root`, and `listing` (replacing the one of the same key),
   * then writes its file (atomically; writes are serialized). Nothing is written when both are empty.
   * A commit read without its stats (`statsUnavailable`: an object was missing) is not kept: once
   * the object is there (the network is back, the clone repaired), the next scan reads it whole.
   */
  async add(root: string, commits: readonly CommitRecord[], listing?: Listing): Promise<void> {
    const whole = commits.filter((c) => c.statsUnavailable !== true);
    if (whole.length === 0 && !listing) return;
    const before = await this.repository(root);
    const map = new Map(before.commits);
    for (const c of whole) map.set(c.sha, c);
    let kept = [...map.values()];
    if (kept.length > MAX_COMMITS_PER_REPOSITORY) {
      kept = kept.sort((a, b) => b.authorDate.localeCompare(a.authorDate)).slice(0, MAX_COMMITS_PER_REPOSITORY);
    }
    const listings = new Map(before.listings);
    if (listing) {
      listings.delete(listing.key); // re-inserted last: the most recent
      listings.set(listing.key, listing);
      for (const key of [...listings.keys()].slice(0, Math.max(0, listings.size - MAX_LISTINGS_PER_REPOSITORY))) listings.delete(key);
    }
    this.loaded.set(root, { commits: new Map(kept.map((c) => [c.sha, c])), listings });
    const text = JSON.stringify({ version: CACHE_VERSION, root, commits: kept, listings: [...listings.values()] });
    this.writing = this.writing.then(() => this.write(root, text)).catch(() => undefined);
    await this.writing;
  }

  private async write(root: string, text: string): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await writeFileAtomic(this.file(root), text);
    const files = (await readdir(this.dir)).filter((f) => /^[0-9a-f]{32}\.json$/.test(f));
    if (files.length <= MAX_REPOSITORIES) return;
    const dated = await Promise.all(files.map(async (f) => ({ f, at: (await stat(path.join(this.dir, f))).mtimeMs })));
    for (const { f } of dated.sort((a, b) => b.at - a.at).slice(MAX_REPOSITORIES)) await unlink(path.join(this.dir, f)).catch(() => undefined);
  }
}
