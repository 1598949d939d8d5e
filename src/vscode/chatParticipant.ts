/**
 * `@journal` in VS Code's chat (package.json `contributes.chatParticipants`). Answers come from the
 * journal: `/gaps` (competencies with no evidence this half) and `/unlogged` (notable work not yet
 * logged, the To annotate view's) are read directly and send nothing to a model; a question, or
 * `/review` for a self-review paragraph, goes to the model the user chose in the chat with the
 * matching entries only, and every sentence of the answer must cite them: an uncited sentence is
 * left out, and the citations become links that open each entry in the journal webview. The first
 * question with a model shows, in the chat, exactly what would be sent and asks with a button;
 * nothing is sent before. Nothing at all in Restricted Mode or with `impactJournal.ai.enabled` off.
 */
import * as vscode from 'vscode';
import { citedSummary, questionPrompt } from '../core/aiDrafts';
import { groupByCompetency } from '../core/competencies';
import { escapeInline } from '../core/markdownEscape';
import { entriesInPeriod } from '../core/markdownExport';
import { liveEntries, type Entry } from '../core/model';
import { halfOf, toIsoDate } from '../core/quarters';
import { ask, hasConsent, modelName } from './ai';
import { COMMANDS } from './ids';
import type { Inbox } from './inbox';
import type { Services } from './services';

/** Words too common to narrow a question to entries. */
const STOP = new Set(
  'a an and are as at be by did do does for from had has have how i in is it me my of on or our so that the their them they this to was we were what when where which who why with you your ever last quarter half year about any'.split(
    ' ',
  ),
);

/** The entries a question is about: those sharing a meaningful word with it (all, newest first, when none does). */
export function entriesFor(question: string, entries: readonly Entry[]): Entry[] {
  const words = question
    .toLocaleLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((w) => w.length > 2 && !STOP.has(w));
  const text = (e: Entry): string => [e.title, e.body, e.result ?? '', e.project ?? '', ...e.tags, ...e.competencies].join(' ').toLocaleLowerCase();
  const scored = entries.map((e) => ({ e, n: words.filter((w) => text(e).includes(w)).length })).filter((x) => x.n > 0);
  const chosen = scored.length ? scored.sort((a, b) => b.n - a.n || b.e.occurredAt.localeCompare(a.e.occurredAt)).map((x) => x.e) : [...entries];
  return chosen.sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
}

/** A link that opens `entry` in the journal webview (a command link the chat runs: only that command is enabled). */
function entryLink(entry: Entry): string {
  const args = encodeURIComponent(JSON.stringify([entry.id]));
  return `[${escapeInline(entry.title)}](command:${COMMANDS.openJournal}?${args} "${vscode.l10n.t('Open in the journal')}")`;
}

function trusted(markdown: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(markdown);
  md.isTrusted = { enabledCommands: [COMMANDS.openJournal, COMMANDS.allowModel] };
  return md;
}

/** The handler of `@journal`; `clock` gives "now" (this half, today). */
export function journalChatHandler(services: Services, inbox: Inbox, clock: () => Date = () => new Date()): vscode.ChatRequestHandler {
  return async (request, _context, stream, token) => {
    if (!services.settings.aiEnabled) {
      stream.markdown(vscode.l10n.t('Impact Journal’s AI features are turned off (setting `impactJournal.ai.enabled`).'));
      return {};
    }
    if (!vscode.workspace.isTrusted) {
      stream.markdown(vscode.l10n.t('Impact Journal answers nothing in Restricted Mode: trust this workspace first.'));
      return {};
    }
    const journal = await services.journal.reload();
    if (!journal) {
      stream.markdown(vscode.l10n.t('The journal cannot be read: {0}', escapeInline(services.journal.error?.message ?? vscode.l10n.t('unknown error'))));
      return {};
    }
    const entries = liveEntries(journal);
    const now = clock();
    if (request.command === 'gaps') {
      const half = halfOf(now, services.settings.fiscalYearStartMonth);
      const inHalf = entriesInPeriod(journal, half);
      const groups = new Map(groupByCompetency(inHalf, services.settings.competencies).map(([c, list]) => [c.id, list.length]));
      const missing = services.settings.competencies.filter((c) => !groups.get(c.id));
      stream.markdown(
        missing.length
          ? vscode.l10n.t('No evidence in {0} yet for: {1}.', half.label, missing.map((c) => `**${escapeInline(c.label)}**`).join(', '))
          : vscode.l10n.t('Every competency has evidence in {0}.', half.label),
      );
      return {};
    }
    if (request.command === 'unlogged') {
      stream.progress(vscode.l10n.t('Reading your recent work…'));
      const state = await inbox.state();
      if (state.notice) stream.markdown(escapeInline(state.notice));
      else if (state.candidates.length === 0) stream.markdown(vscode.l10n.t('Nothing notable left to log.'));
      else
        stream.markdown(
          state.candidates
            .slice(0, 10)
            .map((c) => {
              const title = c.type === 'unit' ? c.unit.title : c.activity.title;
              const why = c.notability.signals.find((s) => s.weight > 0)?.reason ?? '';
              return `- **${escapeInline(title)}** (${escapeInline(c.repo)}): ${escapeInline(why)}`;
            })
            .join('\n'),
        );
      stream.button({ command: COMMANDS.logImpact, title: vscode.l10n.t('Log impact') });
      return {};
    }
    if (entries.length === 0) {
      stream.markdown(vscode.l10n.t('Your journal has no entries yet.'));
      stream.button({ command: COMMANDS.logImpact, title: vscode.l10n.t('Log impact') });
      return {};
    }
    const question = request.command === 'review' ? `Draft my self-review paragraph: ${request.prompt}` : request.prompt;
    const about = entriesFor(question, entries);
    const prompt = questionPrompt(question, about, toIsoDate(now));
    const model = request.model;
    if (!hasConsent(services, model)) {
      stream.markdown(
        `${vscode.l10n.t('To answer, Impact Journal would send this to **{0}**, the model chosen in this chat:', escapeInline(modelName(model)))}\n\n`,
      );
      stream.markdown(new vscode.MarkdownString().appendCodeblock(prompt, 'text'));
      stream.button({
        command: COMMANDS.allowModel,
        title: vscode.l10n.t('Allow {0} and ask again', modelName(model)),
        arguments: [model.id, `@journal ${request.command ? `/${request.command} ` : ''}${request.prompt}`],
      });
      return {};
    }
    stream.progress(
      about.length === 1
        ? vscode.l10n.t('Asking {0} about 1 entry…', modelName(model))
        : vscode.l10n.t('Asking {0} about {1} entries…', modelName(model), about.length),
    );
    let answer: string;
    try {
      answer = await ask(model, prompt, token);
    } catch (err) {
      if (err instanceof vscode.CancellationError) return {};
      stream.markdown(escapeInline((err as Error).message));
      return { errorDetails: { message: (err as Error).message } };
    }
    const checked = citedSummary(answer, about, entryLink);
    if (checked.kept === 0) {
      stream.markdown(
        `${vscode.l10n.t('{0}’s answer cited no entry, so it is not shown. The entries closest to your question:', escapeInline(modelName(model)))}\n\n`,
      );
      stream.markdown(
        trusted(
          about
            .slice(0, 5)
            .map((e) => `- ${entryLink(e)} — ${e.occurredAt}`)
            .join('\n'),
        ),
      );
      return {};
    }
    stream.markdown(trusted(checked.markdown));
    if (checked.dropped)
      stream.markdown(
        `\n\n_${checked.dropped === 1 ? vscode.l10n.t('1 sentence citing no entry left out.') : vscode.l10n.t('{0} sentences citing no entry left out.', checked.dropped)}_`,
      );
    return {};
  };
}
