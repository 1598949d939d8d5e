/**
 * A cache of parsed commits per repository, keyed by SHA (a commit never changes), in a folder of
 * the extension's global storage, so a re-scan asks git for stats only of commits it has not seen
 * (DESIGN.md §5). It is only a cache: each repository is one JSON file that may be deleted at any
 * time; a file of another version or shape is ignored and rewritten; sizes are bounded
 * (`MAX_COMMITS_PER_REPOSITORY`, `MAX_REPOSITORIES`).
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import * as path from 'node:path';
import * as z from 'zod';
import type { CommitRecord } from '../core/commit';

/** Format of the cache files; a file with another version is ignored. */
export const CACHE_VERSION = 1;
/** Commits kept per repository (the newest by author date); 20,000 commits ≈ 10 MB of JSON. */
export const MAX_COMMITS_PER_REPOSITORY = 20_000;
/** Repository files kept (the most recently written). */
export const MAX_REPOSITORIES = 50;

const Commit = z.object({
  sha: z.string().regex(/^[0-9a-f]{7,64}$/),
  parents: z.array(z.string()),
  authorName: z.string(),
  authorEmail: z.string(),
  authorDate: z.string(),
  subject: z.string(),
  body: z.string(),
  tags: z.array(z.string()),
  files: z.array(z.object({ path: z.string(), additions: z.number(), deletions: z.number(), binary: z.boolean(), created: z.boolean() })),
  additions: z.number(),
  deletions: z.number(),
  pullRequest: z.number().optional(),
  coAuthors: z.array(z.object({ name: z.string(), email: z.string() })),
});
const CacheFile = z.object({ version: z.literal(CACHE_VERSION), root: z.string(), commits: z.array(Commit) });

/** Parsed commits of many repositories, in memory and on disk under `dir`. */
export class CommitCache {
  private readonly loaded = new Map<string, Map<string, CommitRecord>>();
  private writing: Promise<void> = Promise.resolve();

  /** `dir`: a folder the cache owns (created when first written). */
  constructor(readonly dir: string) {}

  private file(root: string): string {
    return path.join(this.dir, `${createHash('sha256').update(root).digest('hex').slice(0, 32)}.json`);
  }

  /** The cached commits of the repository at `root` (absolute work-tree path), by SHA; empty when none or unreadable. */
  async get(root: string): Promise<ReadonlyMap<string, CommitRecord>> {
    let commits = this.loaded.get(root);
    if (!commits) {
      commits = new Map();
      try {
        const parsed = CacheFile.safeParse(JSON.parse(await readFile(this.file(root), 'utf8')));
        if (parsed.success && parsed.data.root === root) {
          for (const c of parsed.data.commits) commits.set(c.sha, { ...c, pullRequest: c.pullRequest });
        }
      } catch {
        // no cache yet, or not JSON: start empty (it is rewritten on the next store)
      }
      this.loaded.set(root, commits);
    }
    return commits;
  }

  /** Adds `commits` of the repository at `root` and writes its file (atomically; writes are serialized). */
  async add(root: string, commits: readonly CommitRecord[]): Promise<void> {
    if (commits.length === 0) return;
    const map = new Map(await this.get(root));
    for (const c of commits) map.set(c.sha, c);
    let kept = [...map.values()];
    if (kept.length > MAX_COMMITS_PER_REPOSITORY) {
      kept = kept.sort((a, b) => b.authorDate.localeCompare(a.authorDate)).slice(0, MAX_COMMITS_PER_REPOSITORY);
    }
    this.loaded.set(root, new Map(kept.map((c) => [c.sha, c])));
    const text = JSON.stringify({ version: CACHE_VERSION, root, commits: kept });
    this.writing = this.writing.then(() => this.write(root, text)).catch(() => undefined);
    await this.writing;
  }

  private async write(root: string, text: string): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const { default: writeFileAtomic } = await import('write-file-atomic'); // loaded on first write, not at activation
    await writeFileAtomic(this.file(root), text);
    const files = (await readdir(this.dir)).filter((f) => /^[0-9a-f]{32}\.json$/.test(f));
    if (files.length <= MAX_REPOSITORIES) return;
    const dated = await Promise.all(files.map(async (f) => ({ f, at: (await stat(path.join(this.dir, f))).mtimeMs })));
    for (const { f } of dated.sort((a, b) => b.at - a.at).slice(MAX_REPOSITORIES)) await unlink(path.join(this.dir, f)).catch(() => undefined);
  }
}
