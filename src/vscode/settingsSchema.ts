/**
 * The schema of the extension's settings (`impactJournal.*`), apart from the code that reads them
 * from VS Code, so a unit test can hold `package.json` to it without starting VS Code. Its messages
 * are localized with `@vscode/l10n` (no `vscode` import here), when a value is checked.
 */
import * as l10n from '@vscode/l10n';
import * as path from 'node:path';
import * as z from 'zod';
import { CompetencyList, FRAMEWORK_IDS } from '../core/competencies';
import { EXPORT_LAYOUTS } from '../core/markdownExport';
import { DEFAULT_THRESHOLD } from '../core/notability';

/** The settings' section: every key below is `impactJournal.<key>`. */
export const SETTINGS_SECTION = 'impactJournal';

/** Emails must look like emails and must not look like command-line options (they reach git). */
const Email = z.email({ error: () => l10n.t('expected an email address') });
/** Folder paths must not start with `-` (they reach git as a working directory). */
const FolderPath = z
  .string()
  .trim()
  .min(1)
  .refine((p) => !p.startsWith('-'), { error: () => l10n.t('a folder path must not start with "-"') });

/**
 * Each setting's schema and default. `package.json` `contributes.configuration` must say the same
 * defaults, types, enums and bounds: test/unit/manifest.test.ts compares them.
 */
export const SETTINGS_SCHEMA = {
  journalFile: z
    .string()
    .trim()
    .refine((p) => p === '' || path.isAbsolute(p) || p === '~' || p.startsWith('~/'), { error: () => l10n.t('use an absolute path (or ~/…)') })
    .default(''),
  authorEmails: z.array(Email).default([]),
  extraRepositories: z.array(FolderPath).default([]),
  fiscalYearStartMonth: z.number().int().min(1).max(12).default(1),
  competencies: CompetencyList.default([]),
  framework: z.enum(FRAMEWORK_IDS).default('default'),
  notabilityThreshold: z.number().min(1).max(20).default(DEFAULT_THRESHOLD),
  lookbackDays: z.number().int().min(1).max(3660).default(90),
  inboxDays: z.number().int().min(1).max(365).default(30),
  quietMode: z.boolean().default(false),
  weeklyDigest: z.boolean().default(true),
  'ai.enabled': z.boolean().default(true),
  backups: z.number().int().min(0).max(1000).default(10),
  exportLayout: z.enum(EXPORT_LAYOUTS).default('competency'),
  'github.apiUrl': z
    .url({ protocol: /^https?$/, error: () => l10n.t('expected an http(s) URL, e.g. "https://api.github.com"') })
    .default('https://api.github.com'),
  hosts: z
    .record(
      z.string().regex(/^[a-z0-9.-]+(:\d+)?$/i, { error: () => l10n.t('a host name, e.g. "git.example.com"') }),
      z.enum(['github', 'gitlab', 'bitbucket', 'azure']),
    )
    .default({}),
  issueTrackers: z
    .array(
      z.strictObject({
        pattern: z.string().min(1).max(500),
        url: z.string().regex(/^https?:\/\/[^/\s]+/i, {
          error: () =>
            l10n.t({
              message: 'an http(s) URL template, e.g. "https://acme.atlassian.net/browse/{key}"',
              args: [],
              comment: ['{key} is literal: keep it as is'],
            }),
        }),
      }),
    )
    .max(50)
    .default([]),
} as const;
