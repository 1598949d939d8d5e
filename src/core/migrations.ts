/**
 * Journal file format migrations. Each step takes the raw data of version N and returns version
 * N + 1; `migrate` runs them in order up to SCHEMA_VERSION. Data from a newer version is not
 * migrated (it is opened read-only by the store).
 */
import { SCHEMA_VERSION } from './model';

type Raw = Record<string, unknown>;

/**
 * Version 0 is the pre-release format: no `schemaVersion`, entries without `tags`, and no
 * `dismissed` / `goals` / `assessments` lists.
 */
const STEPS: Record<number, (data: Raw) => Raw> = {
  0: (data) => ({
    ...data,
    schemaVersion: 1,
    entries: Array.isArray(data.entries)
      ? data.entries.map((e: unknown) => (typeof e === 'object' && e !== null && !('tags' in e) ? { ...e, tags: [] } : e))
      : data.entries,
    dismissed: data.dismissed ?? [],
    goals: data.goals ?? [],
    assessments: data.assessments ?? [],
  }),
};

/** The format version of raw journal data: its `schemaVersion`, or 0 for a versionless object. */
export function versionOf(data: unknown): number | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const v = (data as Raw).schemaVersion;
  if (v === undefined) return 0;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined;
}

/** Migrates raw data of an older version to SCHEMA_VERSION; data already current is returned as is. */
export function migrate(data: Raw): Raw {
  let version = versionOf(data) ?? SCHEMA_VERSION;
  let out = data;
  while (version < SCHEMA_VERSION) {
    const step = STEPS[version];
    if (!step) throw new Error(`no migration from journal format ${version}`);
    out = step(out);
    version++;
  }
  return out;
}
