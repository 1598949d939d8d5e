/**
 * A commit as the rest of the product sees it: parsed from `git log --numstat --summary` by
 * src/git/logParser.ts, scored by notability.ts, turned into a journal source by the commands.
 */

/** One file changed by a commit (from `--numstat`). Binary files have 0/0 lines and `binary: true`. */
export interface FileChange {
  /** Path after the change (renames resolved to the new path), relative to the repository root. */
  readonly path: string;
  /** Lines added. */
  readonly additions: number;
  /** Lines deleted. */
  readonly deletions: number;
  readonly binary: boolean;
  /** True when the commit created the file (`create mode` in `--summary`). */
  readonly created: boolean;
}

/** A person named in a `Co-authored-by:` trailer. */
export interface Person {
  readonly name: string;
  readonly email: string;
}

/** A parsed commit. Dates are ISO 8601 strings with the author's offset, as git prints `%aI`. */
export interface CommitRecord {
  readonly sha: string;
  readonly parents: readonly string[];
  readonly authorName: string;
  readonly authorEmail: string;
  readonly authorDate: string;
  /**
   * Who put the commit where it is, and when (`%ce`, `%cI`): the author for a commit of their own, a maintainer who
   * applied or rebased it, GitHub for a pull request rebased and merged. Absent in commits made by older versions.
   */
  readonly committerEmail?: string;
  readonly committerDate?: string;
  /** First line of the message. */
  readonly subject: string;
  /** The message after the subject, trimmed. */
  readonly body: string;
  /** Tag names pointing at this commit (from `%D`). */
  readonly tags: readonly string[];
  readonly files: readonly FileChange[];
  /** Sum of `files[].additions` (lines). */
  readonly additions: number;
  /** Sum of `files[].deletions` (lines). */
  readonly deletions: number;
  /** PR / MR number from `Merge pull request #N`, a squash suffix `(#N)` or GitLab's `See merge request …!N`. */
  readonly pullRequest: number | undefined;
  readonly coAuthors: readonly Person[];
  /**
   * True when git could not read an object this commit's diff needs (a partial clone's blob with no network, a damaged
   * repository): `files` is then empty and the line counts 0, which say nothing of its size. Never cached (commitCache.ts).
   */
  readonly statsUnavailable?: boolean;
}
