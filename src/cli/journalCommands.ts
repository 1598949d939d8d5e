/**
 * The CLI's journal commands: `export` (a period's entries as Markdown or HTML, to stdout or a file
 * written atomically) and `add` (one entry, through the store's locked transaction).
 */
import { MAX_BENEFICIARIES, MAX_PROJECT, MAX_RESULT, parseEvidenceLink, parseMetric } from '../core/evidence';
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_COMPETENCIES } from '../core/competencies';
import { addEntry, newEntry } from '../core/journalOps';
import { MAX_BODY, MAX_TITLE } from '../core/limits';
import { EXPORT_LAYOUTS, exportPeriod, type ExportLayout } from '../core/markdownExport';
import { EntryKind, IsoDate } from '../core/model';
import { periodFromKey, quarterOf, toIsoDate } from '../core/quarters';
import { writeFileAtomic, WriteError } from '../io/atomicWrite';
import { JournalStore } from '../journal/store';
import { DEFAULT_BACKUPS, journalPath, parse, tagsOf, USAGE, UsageError } from './args';

/** `--out` values that mean this process's standard output. */
const STDOUT_NAMES = new Set(['-', '/dev/stdout', '/dev/fd/1', '/proc/self/fd/1']);

/** Runs `export` with `args`; `out` prints messages, `print` the document (raw unless stdout is a terminal). */
export async function exportCommand(args: string[], out: (s: string) => void, now: Date, print: (s: string) => void): Promise<void> {
  const v = parse('export', args, {
    journal: { type: 'string' },
    period: { type: 'string' },
    layout: { type: 'string' },
    'fiscal-start': { type: 'string' },
    out: { type: 'string' },
    html: { type: 'boolean' },
    tag: { type: 'string', multiple: true },
    'exclude-tag': { type: 'string', multiple: true },
  });
  if (v.help) return out(USAGE.export);
  const fiscal = v['fiscal-start'] === undefined ? 1 : Number(v['fiscal-start']);
  if (!Number.isInteger(fiscal) || fiscal < 1 || fiscal > 12) throw new UsageError(`--fiscal-start must be a month 1-12\n\n${USAGE.export}`);
  const layout = (v.layout ?? 'competency') as ExportLayout;
  if (!EXPORT_LAYOUTS.includes(layout)) throw new UsageError(`--layout must be one of ${EXPORT_LAYOUTS.join(', ')}\n\n${USAGE.export}`);
  let period;
  try {
    period = typeof v.period === 'string' ? periodFromKey(v.period, fiscal) : quarterOf(now, fiscal);
  } catch (err) {
    throw new UsageError(`${(err as Error).message}\n\n${USAGE.export}`);
  }
  if (!period)
    throw new UsageError(
      `--period "${String(v.period)}" is not a period${fiscal === 1 ? '' : ' of a fiscal year (FY2027-Q2, FY2027-H1, FY2027)'}\n\n${USAGE.export}`,
    );
  const file = journalPath(v.journal);
  await fs.access(file).catch(() => {
    throw new Error(`no journal at ${file} (give --journal FILE or set IMPACT_JOURNAL_FILE)`);
  });
  const journal = await new JournalStore(file, { backups: 0 }).read();
  const tags = { include: tagsOf(v.tag, 'tag', 'export'), exclude: tagsOf(v['exclude-tag'], 'exclude-tag', 'export') };
  const markdown = exportPeriod(journal, { period, layout, competencies: DEFAULT_COMPETENCIES, generatedAt: now, tags });
  const text = v.html ? (await import('../core/htmlExport')).renderHtmlDocument(markdown, `Impact journal — ${period.label}`) : markdown;
  // this process's own output, named as a file: printed (opening /dev/stdout fails when it is a socket)
  if (typeof v.out === 'string' && STDOUT_NAMES.has(v.out)) {
    print(text.replace(/\n$/, ''));
  } else if (typeof v.out === 'string') {
    const target = path.resolve(v.out);
    const same = async (a: string, b: string): Promise<boolean> => (await fs.realpath(a).catch(() => a)) === (await fs.realpath(b).catch(() => b));
    if (await same(target, file)) throw new UsageError(`--out must not be the journal itself (${file})\n\n${USAGE.export}`);
    // a FIFO, /dev/stdout or /dev/null is written into, never replaced by a regular file
    await writeFileAtomic(target, text).catch((err: unknown) => {
      throw err instanceof WriteError && err.code === 'EISDIR' ? new UsageError(`--out ${target} is a folder: give a file name\n\n${USAGE.export}`) : err;
    });
    out(`wrote ${target}`);
  } else {
    print(text.replace(/\n$/, ''));
  }
}

/** Runs `add` with `args`: one manual entry dated `--date` or `now`. */
export async function add(args: string[], out: (s: string) => void, now: Date): Promise<void> {
  const v = parse('add', args, {
    journal: { type: 'string' },
    title: { type: 'string' },
    kind: { type: 'string' },
    body: { type: 'string' },
    competency: { type: 'string', multiple: true },
    date: { type: 'string' },
    backups: { type: 'string' },
    tag: { type: 'string', multiple: true },
    result: { type: 'string' },
    metric: { type: 'string' },
    benefited: { type: 'string' },
    link: { type: 'string', multiple: true },
    project: { type: 'string' },
  });
  if (v.help) return out(USAGE.add);
  if (typeof v.title !== 'string' || !v.title.trim()) throw new UsageError(`--title is required\n\n${USAGE.add}`);
  if (v.title.trim().length > MAX_TITLE)
    throw new UsageError(`--title has ${v.title.trim().length} characters; an entry's title has at most ${MAX_TITLE}\n\n${USAGE.add}`);
  if (typeof v.body === 'string' && v.body.length > MAX_BODY)
    throw new UsageError(`--body has ${v.body.length} characters; a statement has at most ${MAX_BODY}\n\n${USAGE.add}`);
  const backups = v.backups === undefined ? DEFAULT_BACKUPS : Number(v.backups);
  if (!Number.isInteger(backups) || backups < 0 || backups > 1000) throw new UsageError(`--backups must be a whole number from 0 to 1000\n\n${USAGE.add}`);
  const kind = EntryKind.safeParse(v.kind ?? 'impact');
  if (!kind.success) throw new UsageError(`--kind must be impact or learning\n\n${USAGE.add}`);
  const competencies = (v.competency ?? []).filter((c) => typeof c === 'string');
  const unknown = competencies.filter((c) => !DEFAULT_COMPETENCIES.some((d) => d.id === c));
  if (unknown.length)
    throw new UsageError(`unknown competency ${unknown.join(', ')}; one of: ${DEFAULT_COMPETENCIES.map((c) => c.id).join(', ')}\n\n${USAGE.add}`);
  const occurredAt = typeof v.date === 'string' ? v.date : toIsoDate(now);
  if (!IsoDate.safeParse(occurredAt).success) throw new UsageError(`--date must be a date as YYYY-MM-DD\n\n${USAGE.add}`);
  const metric = typeof v.metric === 'string' && v.metric.trim() ? parseMetric(v.metric) : undefined;
  if (metric && 'error' in metric) throw new UsageError(`--metric: ${metric.error}\n\n${USAGE.add}`);
  const links = tagsOf(v.link, 'link', 'add', "a title and an http(s) URL, e.g. --link 'Design doc https://docs.example.com/cache'").map((text) => {
    const link = parseEvidenceLink(text);
    if ('error' in link) throw new UsageError(`--link "${text}": ${link.error}\n\n${USAGE.add}`);
    return link;
  });
  for (const [name, value, max] of [
    ['result', v.result, MAX_RESULT],
    ['benefited', v.benefited, MAX_BENEFICIARIES],
    ['project', v.project, MAX_PROJECT],
  ] as const)
    if (typeof value === 'string' && value.trim().length > max)
      throw new UsageError(`--${name} has ${value.trim().length} characters; at most ${max} fit\n\n${USAGE.add}`);
  const file = journalPath(v.journal);
  const entry = newEntry(
    {
      kind: kind.data,
      title: v.title,
      body: typeof v.body === 'string' ? v.body : '',
      competencies,
      occurredAt,
      sources: [{ type: 'manual' }],
      tags: tagsOf(v.tag, 'tag', 'add'),
      result: typeof v.result === 'string' ? v.result : undefined,
      metric,
      beneficiaries: typeof v.benefited === 'string' ? v.benefited : undefined,
      links,
      project: typeof v.project === 'string' ? v.project.trim() : undefined,
    },
    randomUUID(),
    now,
  );
  await new JournalStore(file, { backups }).transact(addEntry(entry), now);
  out(`added ${entry.id} to ${file}`);
}
