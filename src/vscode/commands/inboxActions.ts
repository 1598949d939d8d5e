/**
 * Actions on "To annotate" items: log a notable commit as impact or learning, dismiss it (stored in
 * the journal, so it is never offered again on any machine sharing the file), and add the missing
 * results to an older impact entry.
 */
import * as vscode from 'vscode';
import { dismiss, updateEntry } from '../../core/journalOps';
import type { EntryKind } from '../../core/model';
import { plainText, showJournalError } from '../journalService';
import type { Services } from '../services';
import type { InboxNode } from '../views/toAnnotateTree';
import { captureEntry } from './captureEntry';
import { prefillFromCandidate } from './logImpact';
import { askResults, type ResultField } from './resultPrompts';

function isNode(value: unknown, type: InboxNode['type']): boolean {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === type;
}

/** Logs the candidate of `node`, asking the kind unless given. */
export async function logFromInbox(services: Services, node: unknown, kind?: EntryKind): Promise<void> {
  if (!isNode(node, 'candidate')) return;
  const { candidate } = node as Extract<InboxNode, { type: 'candidate' }>;
  await captureEntry(services, { ...prefillFromCandidate(candidate, services.settings.issueTrackers), kind });
}

/** Dismisses the candidate of `node`. */
export async function dismissFromInbox(services: Services, node: unknown): Promise<void> {
  if (!isNode(node, 'candidate')) return;
  const { candidate } = node as Extract<InboxNode, { type: 'candidate' }>;
  if (services.journal.readOnly) return showJournalError(services.journal.error);
  try {
    await services.journal.change(dismiss(candidate.type === 'unit' ? candidate.keys : [candidate.key]));
    services.log.info(`Dismissed ${candidate.key}`);
  } catch (err) {
    await showJournalError(err);
  }
}

/**
 * Asks for the results of an older impact entry (what happened afterwards, the measure, who
 * benefited), each prefilled with what the entry has and skippable, and saves them in its fields.
 */
export async function editOutcome(services: Services, node: unknown): Promise<void> {
  if (!isNode(node, 'missingOutcome')) return;
  const { entry } = node as Extract<InboxNode, { type: 'missingOutcome' }>;
  if (services.journal.readOnly) return showJournalError(services.journal.error);
  const name = plainText(entry.title);
  const titles: Record<ResultField, () => string> = {
    result: () => vscode.l10n.t('Outcome of “{0}”: what happened', name),
    metric: () => vscode.l10n.t('Outcome of “{0}”: measured', name),
    beneficiaries: () => vscode.l10n.t('Outcome of “{0}”: who benefited', name),
    links: () => vscode.l10n.t('Outcome of “{0}”: evidence', name),
  };
  const answers = await askResults(['result', 'metric', 'beneficiaries'], (field) => titles[field](), entry);
  if (answers === undefined || (!answers.result && !answers.metric && !answers.beneficiaries)) return;
  try {
    await services.journal.change(
      updateEntry(entry.id, { result: answers.result ?? '', metric: answers.metric ?? null, beneficiaries: answers.beneficiaries ?? '' }, new Date()),
    );
  } catch (err) {
    await showJournalError(err);
  }
}
