/**
 * Actions on "To annotate" items: log a notable commit as impact or learning, dismiss it (stored in
 * the journal, so it is never offered again on any machine sharing the file), and add the missing
 * outcome to an older impact entry.
 */
import * as vscode from 'vscode';
import { dismiss, updateEntry } from '../../core/journalOps';
import type { EntryKind } from '../../core/model';
import { showJournalError } from '../journalService';
import type { Services } from '../services';
import type { InboxNode } from '../views/toAnnotateTree';
import { captureEntry } from './captureEntry';
import { prefillFromCandidate } from './logImpact';

function isNode(value: unknown, type: InboxNode['type']): boolean {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === type;
}

/** Logs the candidate of `node`, asking the kind unless given. */
export async function logFromInbox(services: Services, node: unknown, kind?: EntryKind): Promise<void> {
  if (!isNode(node, 'candidate')) return;
  const { candidate } = node as Extract<InboxNode, { type: 'candidate' }>;
  await captureEntry(services, { ...prefillFromCandidate(candidate), kind });
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

/** Asks for the outcome of an older impact entry and saves it into its statement. */
export async function editOutcome(services: Services, node: unknown): Promise<void> {
  if (!isNode(node, 'missingOutcome')) return;
  const { entry } = node as Extract<InboxNode, { type: 'missingOutcome' }>;
  if (services.journal.readOnly) return showJournalError(services.journal.error);
  const body = await vscode.window.showInputBox({
    title: `Outcome of “${entry.title}”`,
    prompt: 'What actually happened? Add the outcome: numbers, who benefited, what it enabled.',
    value: entry.body,
    ignoreFocusOut: true,
  });
  if (body === undefined || body.trim() === entry.body.trim()) return;
  try {
    await services.journal.change(updateEntry(entry.id, { body: body.trim() }, new Date()));
  } catch (err) {
    await showJournalError(err);
  }
}
