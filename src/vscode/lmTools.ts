/**
 * The journal as language model tools (package.json `contributes.languageModelTools`), for VS
 * Code's agent mode: `impactJournal_searchEntries`, `impactJournal_logEntry` (VS Code asks the user
 * to confirm the entry first) and `impactJournal_listCandidates` (the To annotate view's work).
 * The same checked inputs and operations as the MCP server (core/journalTools.ts); writes go
 * through the journal service (the store's lock). Offered only while `impactJournal.ai.enabled` is
 * on and the workspace is trusted (the contributions' `when`), and checked again here.
 */
import { randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import { candidateEvidence, type Candidate } from '../core/candidates';
import { describeZodError } from '../core/describe';
import { addEntry } from '../core/journalOps';
import { candidateSummary, entryFromLog, searchEntries, SearchInput, summarize, WorkspaceCandidatesInput, WorkspaceLogInput } from '../core/journalTools';
import { escapeBlock, escapeInline } from '../core/markdownEscape';
import { toIsoDate } from '../core/quarters';
import type { ToolName } from './ids';
import type { Inbox } from './inbox';
import type { Services } from './services';
import type * as z from 'zod';

/** `schema`'s parse of a tool's input, or an Error the model reads: which field is wrong and why. */
function parsed<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const r = schema.safeParse(input);
  if (!r.success) throw new Error(`Invalid input: ${describeZodError(r.error)}`);
  return r.data;
}

const text = (value: unknown): vscode.LanguageModelToolResult =>
  new vscode.LanguageModelToolResult([new vscode.LanguageModelTextPart(typeof value === 'string' ? value : JSON.stringify(value, null, 2))]);

/** Throws unless the user lets AI assistants use the journal here (the setting, and a trusted workspace). */
function ensureAllowed(services: Services): void {
  if (!services.settings.aiEnabled) throw new Error('The user turned the journal’s AI tools off (setting impactJournal.ai.enabled).');
  if (!vscode.workspace.isTrusted) throw new Error('The journal’s AI tools are not available in Restricted Mode.');
}

/** The three tools over `services` and `inbox`, by name. `clock`: the time an entry is logged at (tests may pass their own). */
export function journalTools(services: Services, inbox: Inbox, clock: () => Date = () => new Date()): Record<ToolName, vscode.LanguageModelTool<unknown>> {
  /** The candidate `key` of the workspace, or an Error saying why it cannot be logged. */
  const candidate = async (key: string): Promise<Candidate> => {
    const found = (await inbox.state()).candidates.find((c) => c.key === key);
    if (!found) throw new Error(`No piece of work ${key} left to log: it is logged or dismissed already. Call impactJournal_listCandidates for the keys.`);
    return found;
  };
  return {
    impactJournal_searchEntries: {
      invoke: async (options) => {
        ensureAllowed(services);
        const input = parsed(SearchInput, options.input);
        const journal = await services.journal.reload();
        if (!journal) throw new Error(services.journal.error?.message ?? 'The journal cannot be read.');
        return text(searchEntries(journal, input));
      },
    },
    impactJournal_logEntry: {
      prepareInvocation: (options) => {
        const input = parsed(WorkspaceLogInput, options.input);
        const message = new vscode.MarkdownString(
          [
            `**${escapeInline(input.title)}** · ${input.kind} · ${input.occurredAt ?? toIsoDate(clock())}`,
            input.statement ? escapeBlock(input.statement) : '',
            input.competencies.length ? vscode.l10n.t('Competencies: {0}', input.competencies.map(escapeInline).join(', ')) : '',
            input.candidateKey ? vscode.l10n.t('Evidence: the piece of work {0}', escapeInline(input.candidateKey)) : '',
          ]
            .filter(Boolean)
            .join('\n\n'),
        );
        return {
          invocationMessage: vscode.l10n.t('Logging “{0}” in the impact journal', input.title),
          confirmationMessages: { title: vscode.l10n.t('Log this entry in your impact journal?'), message },
        };
      },
      invoke: async (options) => {
        ensureAllowed(services);
        const input = parsed(WorkspaceLogInput, options.input);
        const from = input.candidateKey ? await candidate(input.candidateKey) : undefined;
        const now = clock();
        const entry = entryFromLog(input, services.settings.competencies, from ? candidateEvidence(from) : { sources: [] }, randomUUID(), now, toIsoDate(now));
        await services.journal.change(addEntry(entry));
        return text({ logged: summarize(entry), file: services.journal.file });
      },
    },
    impactJournal_listCandidates: {
      invoke: async (options) => {
        ensureAllowed(services);
        const input = parsed(WorkspaceCandidatesInput, options.input);
        const state = await inbox.state();
        if (state.notice) throw new Error(state.notice);
        return text(state.candidates.slice(0, input.limit ?? 10).map(candidateSummary));
      },
    },
  };
}
