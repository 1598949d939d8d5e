/**
 * Reads and validates the extension's settings (`impactJournal.*`) with zod. An invalid value is
 * reported once with a clear message and replaced by its default, so one bad setting never stops
 * the user from logging.
 */
import { compileTrackers, type CompiledTracker } from '../core/trackers';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type * as z from 'zod';
import { frameworkById } from '../core/competencies';
import { describeZodError } from '../core/describe';
import type { ExportLayout } from '../core/markdownExport';
import type { HostKind, HostMap } from '../core/links';
import type { Competency } from '../core/model';
import { SETTINGS_SCHEMA as SCHEMA, SETTINGS_SECTION as SECTION } from './settingsSchema';

type Key = keyof typeof SCHEMA;

/** The validated settings. */
export interface Settings {
  /** Absolute path of the journal file (setting or the default in global storage). */
  readonly journalFile: string;
  readonly authorEmails: readonly string[];
  /** Absolute folder paths (`~` expanded). */
  readonly extraRepositories: readonly string[];
  /** 1–12; 1 means calendar quarters. */
  readonly fiscalYearStartMonth: number;
  /** The active framework: `impactJournal.competencies` if non-empty, else the preset of `impactJournal.framework`. */
  readonly competencies: readonly Competency[];
  /** Name of the active framework, e.g. `Engineering ladders (five axes)` or `Custom (impactJournal.competencies)`. */
  readonly frameworkLabel: string;
  readonly notabilityThreshold: number;
  /** How far back "Log impact" looks for commits (days). */
  readonly lookbackDays: number;
  /** How far back the "To annotate" view looks (days). */
  readonly inboxDays: number;
  /** No notifications (commit prompts, weekly digest); the views still work. */
  readonly quietMode: boolean;
  /** At most one "not in your journal" summary a week. */
  readonly weeklyDigest: boolean;
  /** Offer the journal to AI assistants: the language model tools and the MCP server definition (lmTools.ts, mcpServer.ts). */
  readonly aiEnabled: boolean;
  /** Previous versions of the journal kept beside it (0: none). */
  readonly backups: number;
  /** The export layout offered first. */
  readonly exportLayout: ExportLayout;
  /**
   * Git hosts to link to besides the public ones: `impactJournal.hosts` (host → kind) plus the host of
   * `github-enterprise.uri` (the setting VS Code's GitHub Enterprise sign-in uses) as GitHub.
   */
  readonly hosts: HostMap;
  /** GitHub's REST base URL (`impactJournal.github.apiUrl`, application scope: a workspace cannot redirect the token). */
  readonly githubApiUrl: string;
  /** `github-enterprise.uri` (VS Code's GitHub Enterprise sign-in setting) when it is an http(s) URL. */
  readonly enterpriseUri: string | undefined;
  /** Issue trackers whose keys become links (`impactJournal.issueTrackers`), compiled. */
  readonly issueTrackers: readonly CompiledTracker[];
  /** One message per invalid setting, e.g. `impactJournal.authorEmails: 0: expected an email address`. */
  readonly problems: readonly string[];
}

/** The default journal: `journal.json` in the extension's global storage folder. */
export function defaultJournalFile(globalStorageDir: string): string {
  return path.join(globalStorageDir, 'journal.json');
}

/** `github-enterprise.uri` when it is an http(s) URL, without a trailing slash. */
function enterpriseUri(): string | undefined {
  const uri = vscode.workspace.getConfiguration('github-enterprise').get<string>('uri');
  try {
    return uri && /^https?:$/.test(new URL(uri).protocol) ? uri.replace(/\/+$/, '') : undefined;
  } catch {
    return undefined;
  }
}

/** `{ "github.acme.corp": "github" }` from `github-enterprise.uri`, when it is set to a URL. */
function enterpriseHost(): HostMap {
  const uri = enterpriseUri();
  return uri ? { [new URL(uri).hostname.toLowerCase()]: 'github' } : {};
}

function lowerKeys(map: Record<string, HostKind>): HostMap {
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [k.toLowerCase().replace(/:\d+$/, ''), v]));
}

function expandHome(p: string): string {
  return p === '~' || p.startsWith('~/') ? path.join(os.homedir(), p.slice(1)) : p;
}

/**
 * Reads every setting; invalid ones fall back to their defaults and are listed in `problems`.
 * `defaultJournalDir` is the extension's global storage folder.
 */
export function readSettings(defaultJournalDir: string): Settings {
  const config = vscode.workspace.getConfiguration(SECTION);
  const problems: string[] = [];
  const get = <K extends Key>(key: K): z.output<(typeof SCHEMA)[K]> => {
    const schema = SCHEMA[key];
    const parsed = schema.safeParse(config.get(key));
    if (parsed.success) return parsed.data as z.output<(typeof SCHEMA)[K]>;
    problems.push(`${SECTION}.${key}: ${describeZodError(parsed.error)}`);
    return schema.parse(undefined) as z.output<(typeof SCHEMA)[K]>;
  };
  const trackers = compileTrackers(get('issueTrackers'));
  problems.push(...trackers.problems);
  const journalFile = get('journalFile');
  const competencies = get('competencies');
  const framework = frameworkById(get('framework'));
  return {
    journalFile: journalFile ? path.resolve(expandHome(journalFile)) : defaultJournalFile(defaultJournalDir),
    authorEmails: get('authorEmails'),
    extraRepositories: get('extraRepositories').map((p) => path.resolve(expandHome(p))),
    fiscalYearStartMonth: get('fiscalYearStartMonth'),
    competencies: competencies.length > 0 ? competencies : framework.competencies,
    frameworkLabel: competencies.length > 0 ? vscode.l10n.t('Custom (impactJournal.competencies)') : framework.label,
    notabilityThreshold: get('notabilityThreshold'),
    lookbackDays: get('lookbackDays'),
    inboxDays: get('inboxDays'),
    quietMode: get('quietMode'),
    weeklyDigest: get('weeklyDigest'),
    aiEnabled: get('ai.enabled'),
    backups: get('backups'),
    exportLayout: get('exportLayout'),
    hosts: { ...enterpriseHost(), ...lowerKeys(get('hosts')) },
    githubApiUrl: get('github.apiUrl'),
    enterpriseUri: enterpriseUri(),
    issueTrackers: trackers.trackers,
    problems,
  };
}

/** True when a configuration change touches our settings. */
export function affectsSettings(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(SECTION) || event.affectsConfiguration('github-enterprise.uri');
}
