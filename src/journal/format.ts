/**
 * The journal file format: bytes → a validated `JournalFile` (older formats migrated), and back.
 * Anything that does not read back exactly as written is refused as unreadable, never "repaired"
 * on the next write: text that is not UTF-8 (a string would come back with U+FFFD in it), a key
 * given twice in one object (JSON.parse keeps the last and drops the other silently), nesting too
 * deep to be a journal, a shape zod does not accept. See ARCHITECTURE.md, "The journal file".
 */
import * as l10n from '@vscode/l10n';
import * as z from 'zod';
import { describeZodError } from '../core/describe';
import { migrate, versionOf } from '../core/migrations';
import { Entry, JournalFile, SCHEMA_VERSION } from '../core/model';

/** Why a journal file could not be used. */
export type JournalProblem =
  | 'unreadable'
  | 'notAFile'
  | 'empty'
  | 'invalidJson'
  | 'invalidShape'
  | 'newerVersion'
  | 'vanished'
  | 'noFolder'
  | 'readOnly'
  | 'notWritten';

/** Problems of the file's content: the file is copied aside (`JournalStore.copyAside`) so the user's bytes are safe. */
export const CONTENT_PROBLEMS: ReadonlySet<JournalProblem> = new Set(['empty', 'invalidJson', 'invalidShape']);

/** The journal file exists but cannot be used, or a change could not be written; the file is left untouched. */
export class JournalReadError extends Error {
  /** For a file from a newer version whose entries could still be read: the journal, to show read-only. */
  journal: JournalFile | undefined;
  /** Where a copy of the unreadable file was put (see `JournalStore.copyAside`), once it was. */
  copy: string | undefined;

  /**
   * `message`: what is wrong, one whole sentence naming `file` ("The journal file … is empty.");
   * the advice to fix or replace the file is added for a problem of the file itself.
   */
  constructor(
    readonly file: string,
    readonly problem: JournalProblem,
    message: string,
  ) {
    const ofTheFile = !(problem === 'vanished' || problem === 'noFolder' || problem === 'readOnly' || problem === 'notWritten');
    super(ofTheFile ? `${message} ${l10n.t('It was not changed; fix or replace it, then try again.')}` : message);
    this.name = 'JournalReadError';
  }
}

/** Deepest nesting (objects and arrays) a journal file may have: a journal needs 5, newer versions' fields a few more. */
export const MAX_DEPTH = 64;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The first structural problem of valid JSON text that JSON.parse would hide: a key repeated in one
 * object, or nesting deeper than `maxDepth`. Iterative (any depth), one pass: ~15 ms per MB.
 * Undefined when there is none. Only meaningful for text JSON.parse accepts.
 */
export function jsonStructureProblem(text: string, maxDepth = MAX_DEPTH): string | undefined {
  // per open container: its keys (objects) or undefined (arrays), and whether the next string is a key
  const stack: Array<Set<string> | undefined> = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      let j = i + 1;
      let escaped = false;
      for (; j < text.length; j++) {
        const d = text.charCodeAt(j);
        if (d === 0x5c /* \ */) {
          escaped = true;
          j++;
        } else if (d === 0x22) break;
      }
      if (expectKey) {
        const keys = stack[stack.length - 1]!;
        const raw = text.slice(i + 1, j);
        const key = escaped ? (JSON.parse(`"${raw}"`) as string) : raw;
        if (keys.has(key)) return l10n.t('the key {0} appears twice in one object (at character {1})', JSON.stringify(key.slice(0, 40)), i + 1);
        keys.add(key);
        expectKey = false;
      }
      i = j;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (stack.length >= maxDepth) return l10n.t('it is nested more than {0} levels deep', maxDepth);
      stack.push(c === 0x7b ? new Set() : undefined);
      expectKey = c === 0x7b;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
    } else if (c === 0x2c /* , */) {
      expectKey = stack[stack.length - 1] !== undefined;
    }
  }
  return undefined;
}

const Envelope = JournalFile.extend({ entries: z.array(z.unknown()) });

/**
 * Validates journal data, stopping at the first invalid entry: a huge file of the wrong shape
 * gives one message, not millions of issues held in memory. Returns the journal or a message.
 */
function firstProblem(data: unknown): { journal: JournalFile } | string {
  const envelope = Envelope.safeParse(data);
  if (!envelope.success) return describeZodError(envelope.error);
  const entries: Entry[] = [];
  for (const [i, raw] of envelope.data.entries.entries()) {
    const entry = Entry.safeParse(raw);
    if (!entry.success) return `entries.${i}: ${describeZodError(entry.error)}`;
    entries.push(entry.data);
  }
  return { journal: { ...envelope.data, entries } };
}

/**
 * Parses and validates the bytes of a journal file (`file` names it in errors), migrating older
 * formats. Throws JournalReadError: 'empty', 'invalidJson' (not UTF-8, not JSON, a repeated key,
 * too deep), 'invalidShape' (zod), 'newerVersion' (with `journal` set when its entries can be shown).
 */
export function parseJournal(file: string, bytes: Uint8Array): JournalFile {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new JournalReadError(
      file,
      'invalidJson',
      l10n.t('The journal file {0} is not valid UTF-8 text (a program that does not write UTF-8 changed it).', file),
    );
  }
  if (text.trim() === '') throw new JournalReadError(file, 'empty', l10n.t('The journal file {0} is empty.', file));
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new JournalReadError(file, 'invalidJson', l10n.t('The journal file {0} is not valid JSON ({1}).', file, (err as Error).message));
  }
  const structure = jsonStructureProblem(text);
  if (structure) throw new JournalReadError(file, 'invalidJson', l10n.t('The journal file {0} cannot be read safely: {1}.', file, structure));
  const version = versionOf(data);
  if (version !== undefined && version > SCHEMA_VERSION) {
    const error = new JournalReadError(
      file,
      'newerVersion',
      l10n.t(
        'The journal file {0} was written by a newer version of Impact Journal (format {1}; this version reads up to {2}). It is shown read-only; update the extension to change it.',
        file,
        version,
        SCHEMA_VERSION,
      ),
    );
    const loose = JournalFile.safeParse(data);
    error.journal = loose.success ? loose.data : undefined;
    throw error;
  }
  const problem = firstProblem(version !== undefined && version < SCHEMA_VERSION ? migrate(data as Record<string, unknown>) : data);
  if (typeof problem === 'string')
    throw new JournalReadError(file, 'invalidShape', l10n.t('The journal file {0} does not have the shape of a journal ({1}).', file, problem));
  return problem.journal;
}

/**
 * The bytes of each entry already written, as they appear in the file (indented for their place in
 * `entries`), by the entry object. Edits (core/journalOps.ts) never change an entry in place: they
 * return a new object for the entry they change and the others as they were, so an entry object
 * always stands for the same bytes.
 */
const entryBytes = new WeakMap<object, Buffer>();

/** Stands in for `entries` while the rest of the journal is turned into text (no journal holds it at the top level). */
const ENTRIES_MARK = '\u0000impact-journal-entries\u0000';
/** Where the entries go in that text: the top-level key (the only one indented 2 spaces) and the mark. */
const ENTRIES_SLOT = `\n  "entries": ${JSON.stringify(ENTRIES_MARK)}`;
const ENTRIES_KEY = '\n  "entries": ';
const OPEN = Buffer.from('[\n    ');
const BETWEEN = Buffer.from(',\n    ');
const CLOSE = Buffer.from('\n  ]');

/**
 * The bytes a journal is written as: 2-space JSON and a final newline, UTF-8, byte for byte
 * `JSON.stringify(journal, null, 2)`. Each entry is encoded once and its bytes reused on later
 * writes, so adding an entry to a 10,000-entry journal encodes one entry, not 10,001.
 */
export function serializeJournal(journal: JournalFile): Buffer {
  const text = JSON.stringify(
    journal,
    function (this: unknown, key: string, value: unknown) {
      return this === journal && key === 'entries' ? ENTRIES_MARK : value;
    },
    2,
  );
  const at = text.indexOf(ENTRIES_SLOT);
  if (at < 0) throw new Error('A journal without an entries list cannot be written'); // JournalFile always has one
  const parts: Buffer[] = [Buffer.from(text.slice(0, at + ENTRIES_KEY.length))];
  if (journal.entries.length === 0) parts.push(Buffer.from('[]'));
  for (const [i, entry] of journal.entries.entries()) {
    let bytes = entryBytes.get(entry);
    if (bytes === undefined) {
      // inside `"entries": [ … ]` at the top level every line of an entry sits 4 spaces in (a
      // newline inside a string is written `\n`, so only the structure's newlines are indented)
      bytes = Buffer.from(JSON.stringify(entry, null, 2).replaceAll('\n', '\n    '));
      entryBytes.set(entry, bytes);
    }
    parts.push(i === 0 ? OPEN : BETWEEN, bytes);
  }
  if (journal.entries.length > 0) parts.push(CLOSE);
  parts.push(Buffer.from(`${text.slice(at + ENTRIES_SLOT.length)}\n`));
  return Buffer.concat(parts);
}

/**
 * `JournalFile.safeParse(journal)` for a journal an edit made from `known`, a journal already
 * validated: entries that are, by reference, entries of `known` are not checked again (an edit
 * returns the entries it did not change as they were). On any problem the whole journal is checked,
 * so the error names its path as a full check would.
 */
export function validateEdited(journal: JournalFile, known: JournalFile | undefined): ReturnType<typeof JournalFile.safeParse> {
  if (!known || !Array.isArray(journal.entries)) return JournalFile.safeParse(journal);
  const checked = new Set<unknown>(known.entries);
  const rest = JournalFile.safeParse({ ...journal, entries: [] });
  if (!rest.success) return rest;
  const entries: Entry[] = [];
  for (const entry of journal.entries) {
    if (checked.has(entry)) {
      entries.push(entry);
      continue;
    }
    const one = Entry.safeParse(entry);
    if (!one.success) return JournalFile.safeParse(journal);
    entries.push(one.data);
  }
  return { success: true, data: { ...rest.data, entries } };
}
