/**
 * From a repository's history to scored units of work: group the user's commits into units
 * (units.ts), build their profile from all of them (their own history, a longer window than the
 * scan), find where each shipped (shipped.ts), and score the units of the scan's range
 * (notability.ts). Pure: src/git/workHistory.ts reads what it needs.
 */
import type { CommitRecord } from './commit';
import { changieEntry } from './changie';
import { isRevert, reapplies } from './unitKind';
import { fragmentIssue, isBookkeepingPath, isGeneratedIn, isReleaseCommit, isTestIn, type Conventions } from './conventions';
import type { RemoteInfo } from './links';
import { isProsePath, isSourceCodePath } from './paths';
import { buildProfile, DEFAULT_THRESHOLD, scoreUnit, type Notability, type UnitProfile } from './notability';
import {
  citedNumbers,
  citesFew,
  filedInternal,
  TEST_FRAMEWORK_REPO,
  indexReleaseNotes,
  matchShipped,
  moduleKey,
  shippedByName,
  subjectNames,
  type CitingItem,
  type Matchable,
  type ReleaseNotesFile,
  type ReleaseTag,
  type ShippedEvidence,
} from './shipped';
import {
  closedIssues,
  groupUnits,
  joinedGroups,
  mergeUnits,
  ownNumbers,
  remainingCommits,
  siblingPullRequests,
  unitPullRequests,
  writesUpAnother,
  type Topology,
  type WorkUnit,
} from './units';

/** The history of one repository, as src/git/workHistory.ts reads it. */
export interface RepositoryWork {
  /** Normalized repository name (see `CommitSource.repo`). */
  readonly repo: string;
  readonly remote: RemoteInfo | undefined;
  /** The range units are offered from (`since` inclusive, `until` exclusive, author dates). */
  readonly range: { readonly since: Date; readonly until: Date };
  /** The user's commits of a window at least as long as `range` (their history to compare with), newest first. */
  readonly commits: readonly CommitRecord[];
  readonly topology: Topology | undefined;
  readonly conventions: Conventions;
  readonly releaseNotes: readonly ReleaseNotesFile[];
  /** The repository's release tags: they date the releases of its notes (`indexReleaseNotes`). */
  readonly releaseTags: readonly ReleaseTag[];
  /** The lines each of `commits` adds to the release-notes files, by commit SHA (none when absent): the items it wrote. */
  readonly notesAdditions?: ReadonlyMap<string, readonly string[]>;
  /** The text of each release-notes fragment and changeset `commits` create, by commit SHA (none when absent). */
  readonly fragmentAdditions?: ReadonlyMap<string, readonly string[]>;
}

/** A unit with its verdict. */
export interface ScoredUnit {
  readonly unit: WorkUnit;
  readonly notability: Notability;
  /** Where it shipped, when a release-notes file names it (counted in the score unless turned off). */
  readonly shipped: ShippedEvidence | undefined;
}

/** Options of `scoreWork`. */
export interface WorkOptions {
  /** Minimum score to be notable (setting `impactJournal.notabilityThreshold`). */
  readonly threshold: number;
  /** Count shipped evidence in the score (default true; the evaluation turns it off to judge the detector without it). */
  readonly shippedEvidence?: boolean;
}

/** What a scan's history makes, computed once per `work` value (per shipped-evidence choice). */
interface Grouped {
  readonly units: readonly WorkUnit[];
  /** Where each unit shipped (empty when shipped evidence is not used). */
  readonly shipped: ReadonlyMap<WorkUnit, ShippedEvidence>;
  /** Where the notes file units they do not count as users' (`filedInternal`; empty when shipped evidence is not used). */
  readonly filed: ReadonlyMap<WorkUnit, ShippedEvidence>;
  readonly profile: UnitProfile;
  /** `listingOf` each threshold asked for. */
  readonly listings: Map<number, Listing | undefined>;
}
/**
 * How far apart (ms) a unit and the work whose release it may share are, for `shippedByName`: 90 days, a quarter. An item
 * of a release no work of those months shipped in is older or newer work on the same function.
 */
const NEAR_RELEASE_MS = 90 * 24 * 3600 * 1000;

/** How far apart (ms) the units of an item that cites many (`MAX_CITED_CLOSE`) may be and still be one piece of work: 45 days. */
const CITED_SPAN_MS = 45 * 24 * 3600 * 1000;

const grouped = new WeakMap<RepositoryWork, Map<boolean, Grouped>>();

/**
 * The units of a repository's history, where each shipped, and the profile they make (all of the
 * window, not only the range); with shipped evidence, the units one release-notes item cites are one (`mergeUnits`).
 * Computed once per `work` value (a scan's result).
 */
export function unitsOf(work: RepositoryWork, shippedEvidence = true): Grouped {
  let byChoice = grouped.get(work);
  if (!byChoice) grouped.set(work, (byChoice = new Map<boolean, Grouped>()));
  let result = byChoice.get(shippedEvidence);
  if (!result) {
    let units = groupUnits(work.repo, work.commits, work.topology, work.conventions);
    const shipped = new Map<WorkUnit, ShippedEvidence>();
    const filed = new Map<WorkUnit, ShippedEvidence>();
    if (shippedEvidence && work.releaseNotes.length > 0) {
      const cited = new Map<CitingItem, WorkUnit[]>();
      const index = indexReleaseNotes(work.releaseNotes, work.releaseTags);
      const textOf = (unit: WorkUnit): string => (unit.merge && unit.kind === 'topic' ? (unit.merge.body.split(/\n\s*\n/)[0] ?? unit.title) : unit.title);
      const changesProduct = (c: CommitRecord): boolean => c.files.some((f) => !isBookkeepingPath(f.path, work.conventions));
      // the notes its commits of nothing but notes write, where it changes more lines of code than of prose (not gitui's
      // "cleanup changelog", its notes and two screenshots; not lru-cache's "docs for onInsert", +8 lines of its readme)
      const notedOf = (unit: WorkUnit): Matchable['noted'] => {
        let code = 0;
        let prose = 0;
        let coding = 0;
        for (const c of unit.commits) {
          let lines = 0;
          for (const f of c.files) {
            if (isGeneratedIn(work.conventions, f.path) || isBookkeepingPath(f.path, work.conventions)) continue;
            if (isProsePath(f.path)) prose += f.additions + f.deletions;
            else lines += f.additions + f.deletions;
          }
          code += lines;
          if (lines > 0) coding++;
        }
        if (code <= prose) return undefined;
        // (not a line that cites a pull request or issue none of the unit's commits answer to: clj-kondo's maintainer pushes
        // "changelog", `- [#2848](…/pull/2848): allow calling sets … ([@p-himik](…))`, a contributor's pull request, among his own work)
        const own = ownNumbers(unit);
        const lines = unit.commits
          .filter((c) => !isReleaseCommit(c) && !changesProduct(c) && !writesUpAnother(c, unit))
          .map((c) => (work.notesAdditions?.get(c.sha) ?? []).filter((line) => citedNumbers(line).every((n) => own.has(n))));
        return lines.length > 0 ? { lines, items: coding } : undefined;
      };
      const matchable = (unit: WorkUnit): Matchable => {
        // the release-notes fragments it wrote, a changie fragment by its entry's text and the issues it names
        const fragments = unit.commits.filter((c) => !isReleaseCommit(c)).flatMap((c) => work.fragmentAdditions?.get(c.sha) ?? []);
        const changie = fragments.map((text) => changieEntry(text));
        return {
          pullRequest: unit.pullRequest,
          // the issues it closes, and those its release-notes fragments are named by (towncrier's `changelog/13743.feature.rst`)
          // or name (changie's `custom: { Issue: "519" }`); and the pull requests of its other parts
          issues: [
            ...new Set([
              ...unit.commits.flatMap((c) => [...closedIssues(c), ...c.files.flatMap((f) => (f.created ? (fragmentIssue(f.path) ?? []) : []))]),
              ...changie.flatMap((entry) => entry?.issues ?? []),
              ...unitPullRequests(unit),
            ]),
          ],
          shas: unit.commits.map((c) => c.sha),
          // (by a commit that changes the product too: a release's or a changelog catch-up's lines are others' items)
          // (nor one that writes up another's work: "Update release notes for #4788")
          // (and the lines of the fragments it creates, gathered into the notes: alembic's `.. change::` entries)
          written: unit.commits
            .filter((c) => !isReleaseCommit(c) && changesProduct(c) && !writesUpAnother(c, unit))
            .map((c) => [...(work.notesAdditions?.get(c.sha) ?? []), ...(work.fragmentAdditions?.get(c.sha) ?? []).flatMap((text) => text.split('\n'))]),
          entries: fragments.map((text, i) => changie[i]?.body ?? text),
          testFramework: TEST_FRAMEWORK_REPO.test(work.repo),
          noted: notedOf(unit),
          text: textOf(unit),
          subjects: unit.commits.filter((c) => c.parents.length < 2 && !isReleaseCommit(c)).map((c) => c.subject),
          authored: authoredOf(unit),
          // not a release commit's (`tracing: prepare to release v0.1.40`): its message quotes the notes
          body: unit.commits
            .filter((c) => !/\breleases?\b/i.test(c.subject))
            .map((c) => c.body)
            .join('\n'),
        };
      };
      for (const unit of units) {
        const found = matchShipped(matchable(unit), index);
        if (!found) continue;
        shipped.set(unit, work.topology ? { ref: work.topology.ref, ...found.evidence } : found.evidence);
        if (found.citedBy) cited.set(found.citedBy, [...(cited.get(found.citedBy) ?? []), unit]);
      }
      // the units one item cites are one piece of work, offered once
      // (an item that cites many, only when they landed weeks apart at most: a release's one line for a month's work)
      const close = (parts: readonly WorkUnit[]): boolean => {
        const times = parts.map((p) => Date.parse(p.date));
        return Math.max(...times) - Math.min(...times) <= CITED_SPAN_MS;
      };
      const merged = [...cited]
        .filter(([item, parts]) => parts.length > 1 && (citesFew(item) || close(parts)))
        .map(([item, parts]) => ({ parts, unit: mergeUnits(parts, item.words) }));
      for (const { parts, unit } of merged) {
        shipped.set(unit, shipped.get(parts[0]!)!);
        for (const part of parts) shipped.delete(part);
      }
      const gone = new Set(merged.flatMap((m) => m.parts));
      if (gone.size > 0) units = [...units.filter((u) => !gone.has(u)), ...merged.map((m) => m.unit)].sort((a, b) => Date.parse(b.date) - Date.parse(a.date));
      // then by code names, in the releases of the work around it
      const unitNames = new Map<string, number>();
      for (const unit of units) for (const name of subjectNames(textOf(unit))) unitNames.set(name, (unitNames.get(name) ?? 0) + 1);
      const unitModules = new Map<string, number>();
      for (const unit of units) for (const m of createdModules(unit, work.conventions)) unitModules.set(m, (unitModules.get(m) ?? 0) + 1);
      const found = [...shipped].map(([u, evidence]) => ({ t: Date.parse(u.date), release: `${evidence.file}\n${evidence.version}` }));
      for (const unit of units) {
        if (shipped.has(unit)) continue;
        const t = Date.parse(unit.date);
        const nearRelease = (e: ShippedEvidence): boolean => found.some((f) => f.release === `${e.file}\n${e.version}` && Math.abs(f.t - t) <= NEAR_RELEASE_MS);
        const byName = shippedByName({ text: textOf(unit), authored: authoredOf(unit), modules: createdModules(unit, work.conventions) }, index, {
          unitNames,
          nearRelease,
          unitModules,
        });
        if (byName) shipped.set(unit, work.topology ? { ref: work.topology.ref, ...byName } : byName);
      }
      // and where the notes file what they do not count as users' (chores, refactors, tests)
      for (const unit of units) {
        const evidence = shipped.has(unit) ? undefined : filedInternal(matchable(unit), index);
        if (evidence) filed.set(unit, work.topology ? { ref: work.topology.ref, ...evidence } : evidence);
      }
    }
    let profile = buildProfile(units, work.conventions, (u) => shipped.get(u), work.fragmentAdditions);
    // sibling pull requests each notable alone are one piece of work, offered once (two small ones are not made one big one)
    // (as scoreWork scores them, with what the notes leave out)
    const listing = listingOf({ units, shipped, filed, profile, listings: new Map() }, work, DEFAULT_THRESHOLD);
    const notable = (u: WorkUnit): boolean =>
      scoreUnit(u, DEFAULT_THRESHOLD, {
        conventions: work.conventions,
        profile,
        shipped: shipped.get(u),
        filed: filed.get(u),
        unlisted: unlistedBy(listing, u, shipped.get(u)),
        ownEntries: work.fragmentAdditions,
        undone: undoneOf(work),
      }).notable;
    const siblings = joinedGroups(
      units,
      siblingPullRequests(units, work.conventions).filter((pair) => pair.every(notable)),
    );
    if (siblings.length > 0) {
      const merged = siblings.map((parts) => {
        const unit = mergeUnits(parts);
        // (where a part shipped, else where the notes filed one)
        const evidence = parts.map((p) => shipped.get(p)).find((e) => e !== undefined);
        const filing = parts.map((p) => filed.get(p)).find((e) => e !== undefined);
        for (const part of parts) {
          shipped.delete(part);
          filed.delete(part);
        }
        if (evidence) shipped.set(unit, evidence);
        else if (filing) filed.set(unit, filing);
        return unit;
      });
      const gone = new Set(siblings.flat());
      units = [...units.filter((u) => !gone.has(u)), ...merged].sort((a, b) => Date.parse(b.date) - Date.parse(a.date));
      profile = buildProfile(units, work.conventions, (u) => shipped.get(u), work.fragmentAdditions);
    }
    byChoice.set(shippedEvidence, (result = { units, shipped, filed, profile, listings: new Map() }));
  }
  return result;
}

/**
 * The modules a unit created (`moduleKey` of each new source file's name, not a test's nor a generated file's):
 * `lib/phoenix_live_view/colocated_css.ex` → `colocatedcss`.
 */
function createdModules(unit: WorkUnit, conventions: Conventions): string[] {
  const created = unit.commits.flatMap((c) =>
    c.files.filter((f) => f.created && isSourceCodePath(f.path) && !isTestIn(conventions, f.path) && !isGeneratedIn(conventions, f.path)),
  );
  return [...new Set(created.flatMap((f) => moduleKey(f.path.split('/').at(-1)!.replace(/\..*$/, '')) ?? []))];
}

/** The author date (ms) of a unit's oldest commit. */
function authoredOf(unit: WorkUnit): number {
  return Math.min(...unit.commits.map((c) => Date.parse(c.authorDate)));
}

/** True when the unit's work falls in `range` (its newest commit's author date). */
export function inRange(unit: WorkUnit, range: RepositoryWork['range']): boolean {
  const t = Date.parse(unit.date);
  return t >= range.since.getTime() && t < range.until.getTime();
}

/**
 * The units of `work.range`, scored against the user's history, newest first. `select` picks the
 * units to score from all of them (default: those in range; candidates.ts also takes out what is
 * handled).
 */
export function scoreWork(
  work: RepositoryWork,
  options: WorkOptions,
  select: (units: readonly WorkUnit[]) => readonly WorkUnit[] = (units) => units.filter((u) => inRange(u, work.range)),
): ScoredUnit[] {
  const all = unitsOf(work, options.shippedEvidence !== false);
  let listing = all.listings.get(options.threshold);
  if (!all.listings.has(options.threshold)) all.listings.set(options.threshold, (listing = listingOf(all, work, options.threshold)));
  return select(all.units).map((unit) => {
    // a series with handled commits taken out is a new value: it keeps the shipped evidence of the series it came from
    const shipped =
      all.shipped.get(unit) ?? all.shipped.get(all.units.find((u) => u.key.startsWith('series:') && unit.commits.every((c) => u.commits.includes(c))) ?? unit);
    const unlisted = unlistedBy(listing, unit, shipped);
    const filed = all.filed.get(unit);
    return {
      unit,
      shipped,
      notability: scoreUnit(unit, options.threshold, {
        conventions: work.conventions,
        profile: all.profile,
        shipped,
        filed,
        unlisted,
        ownEntries: work.fragmentAdditions,
        undone: undoneOf(work),
      }),
    };
  });
}

/**
 * Fewest notable units the release notes could name before their silence about one counts against
 * it, and the share of them they must name (tuning label sets: share 0.7 costs recall, 73.0 → 71.8 %, for
 * no precision; 0.85 leaves out helix's and pytest's notes; a minimum of 4 or 8 units changes nothing).
 */
const LISTING_MIN_UNITS = 5;
const LISTING_SHARE = 0.75;

/** `undoneOf`'s sets, by the commits they were found in. */
const undoneCache = new WeakMap<readonly CommitRecord[], ReadonlySet<string>>();

/**
 * The SHAs of the user's commits in `work` that a later one of theirs reverts, and of those reverts (`remainingCommits` over all of
 * them; a revert said in its subject, `Revert "…"`, and a revert of one, `Reapply "…"`): work undone in another unit than its own (Nix's "Add `builtins.imap` function",
 * pushed to master by accident, then reverted by the pull request "Undo accidental push to master").
 */
function undoneOf(work: RepositoryWork): ReadonlySet<string> {
  let undone = undoneCache.get(work.commits);
  if (!undone) {
    // (by a revert said in its subject: ripgrep's "searcher: fix regression with `--line-buffered` flag" says it reverts
    // half of an earlier fix, and fixes the regression that made)
    const reverts = work.commits.filter((c) => isRevert(c.subject) || reapplies(c.subject) || !/\bThis reverts commit\b/i.test(c.body));
    const kept = new Set(remainingCommits(reverts));
    undone = new Set(reverts.filter((c) => !kept.has(c)).map((c) => c.sha));
    undoneCache.set(work.commits, undone);
  }
  return undone;
}

/** How completely a repository's release notes name the user's notable work (`listingOf`). */
interface Listing {
  /** Notable units the notes name, of `of`. */
  readonly listed: number;
  readonly of: number;
  /** The author date of the newest unit they name (ms): work after it is not released yet. */
  readonly before: number;
}

/** The listing that counts against `unit`: notes that name most work and not it (not `shipped`), released before their newest item's work. */
function unlistedBy(listing: Listing | undefined, unit: WorkUnit, shipped: ShippedEvidence | undefined): Listing | undefined {
  return listing && !shipped && Date.parse(unit.date) <= listing.before ? listing : undefined;
}

/**
 * Of the units notable at `threshold` (each with its shipped evidence) up to the newest unit the notes
 * name, how many they name. Undefined when they name fewer than LISTING_SHARE of at least
 * LISTING_MIN_UNITS: notes that leave out much (or whose items the matcher cannot find, tmux's and
 * htop's) are no evidence against what they leave out.
 */
function listingOf(all: Grouped, work: RepositoryWork, threshold: number): Listing | undefined {
  if (all.shipped.size === 0) return undefined;
  const before = Math.max(...[...all.shipped.keys()].map((u) => Date.parse(u.date)));
  const offers = all.units.filter(
    (u) =>
      Date.parse(u.date) <= before &&
      scoreUnit(u, threshold, {
        conventions: work.conventions,
        profile: all.profile,
        shipped: all.shipped.get(u),
        ownEntries: work.fragmentAdditions,
        undone: undoneOf(work),
      }).notable,
  );
  // a unit of several that one item cites counts as them all: merging them tells nothing of how much the notes leave out
  const count = (units: readonly WorkUnit[]): number => units.reduce((n, u) => n + (u.parts?.length ?? 1), 0);
  const listed = count(offers.filter((u) => all.shipped.has(u)));
  const of = count(offers);
  return of >= LISTING_MIN_UNITS && listed >= LISTING_SHARE * of ? { listed, of, before } : undefined;
}
