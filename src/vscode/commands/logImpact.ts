/**
 * "Impact Journal: Log impact": lists the user's notable commits of the last N days
 * (`impactJournal.lookbackDays`) that are not yet logged, with why each is notable, plus
 * "New entry…"; the choice goes through the capture flow.
 */
import { format, parseISO, startOfDay, subDays, addDays } from 'date-fns';
import * as vscode from 'vscode';
import { commitCandidates, scanSummary, type CommitCandidate } from '../../core/candidates';
import { toIsoDate } from '../../core/quarters';
import { readWorkspaceHistory, UntrustedWorkspaceError } from '../history';
import { showJournalError } from '../journalService';
import type { Services } from '../services';
import { captureEntry, manualPrefill, titleFromSubject, type Prefill } from './captureEntry';

type Item = vscode.QuickPickItem & { candidate?: CommitCandidate; manual?: true };

/** Prefill of the capture flow for a commit candidate. */
export function prefillFromCandidate(candidate: CommitCandidate): Prefill {
  return {
    title: titleFromSubject(candidate.commit.subject),
    occurredAt: toIsoDate(parseISO(candidate.commit.authorDate)),
    sources: [candidate.source],
    suggestedCompetencies: candidate.notability.suggestedCompetencies,
  };
}

/** Runs the command. */
export async function logImpact(services: Services): Promise<void> {
  const journal = await services.journal.reload();
  if (!journal) {
    await showJournalError(services.journal.error);
    return;
  }
  const settings = services.settings;
  const now = new Date();
  const items: Item[] = [{ label: '$(add) New entry…', description: 'write an entry without a commit', manual: true, alwaysShow: true }];
  let placeHolder: string;
  try {
    const history = await readWorkspaceHistory(settings, { since: startOfDay(subDays(now, settings.lookbackDays)), until: addDays(now, 1) }, services.log);
    const candidates = commitCandidates(history.repositories, journal, settings.notabilityThreshold);
    placeHolder = scanSummary({ folders: history.folders.length, candidates: candidates.length, lookbackDays: settings.lookbackDays });
    if (history.problems.length > 0) {
      void vscode.window.showWarningMessage(`Impact Journal: skipped ${history.problems.length} folder(s). ${history.problems.join(' ')}`);
    }
    if (candidates.length > 0) items.push({ label: `Notable commits (${candidates.length})`, kind: vscode.QuickPickItemKind.Separator });
    for (const candidate of candidates) {
      items.push({
        label: `$(git-commit) ${candidate.commit.subject}`,
        description: `${candidate.repo} · ${format(parseISO(candidate.commit.authorDate), 'MMM d')} · +${candidate.commit.additions} −${candidate.commit.deletions}`,
        detail: candidate.notability.signals.filter((s) => s.weight > 0).map((s) => s.reason).join(' '),
        candidate,
      });
    }
  } catch (err) {
    if (err instanceof vscode.CancellationError) return;
    if (err instanceof UntrustedWorkspaceError) {
      services.log.warn(err.message);
      const choice = await vscode.window.showWarningMessage(err.message, 'New Entry…', 'Manage Workspace Trust');
      if (choice === 'Manage Workspace Trust') await vscode.commands.executeCommand('workbench.trust.manage');
      if (choice === 'New Entry…') await captureEntry(services, manualPrefill(now));
      return;
    }
    await showJournalError(err);
    return;
  }

  const picked = await vscode.window.showQuickPick(items, {
    title: 'Log impact',
    placeHolder,
    matchOnDescription: true,
    matchOnDetail: true,
    ignoreFocusOut: true,
  });
  if (!picked) return;
  await captureEntry(services, picked.candidate ? prefillFromCandidate(picked.candidate) : manualPrefill(now));
}
