/**
 * Weekly digest: at most once a week (ISO week, Monday first), in the first window opened that
 * week, one notification "N notable commits this week are not in your journal". Runs a while after
 * startup, never in quiet mode, an untrusted workspace or when `impactJournal.weeklyDigest` is off.
 */
import { addDays, format, startOfISOWeek } from 'date-fns';
import * as vscode from 'vscode';
import { commitCandidates } from '../../core/candidates';
import { readWorkspaceHistory } from '../history';
import type { Services } from '../services';

const LAST_WEEK_KEY = 'impactJournal.lastDigestWeek';
/** Delay after startup before the digest reads git (ms), so startup stays light. */
const DELAY_MS = 20_000;

/** Schedules the digest check; returns a disposable that cancels it. */
export function scheduleWeeklyDigest(services: Services, state: vscode.Memento, review: () => Promise<void>): vscode.Disposable {
  const timer = setTimeout(() => void runDigest(services, state, review).catch((err: unknown) => services.log.warn(`Weekly digest: ${String(err)}`)), DELAY_MS);
  return new vscode.Disposable(() => clearTimeout(timer));
}

/** The digest itself (exported for tests): returns the message shown, if any. */
export async function runDigest(services: Services, state: vscode.Memento, review: () => Promise<void>, now = new Date()): Promise<string | undefined> {
  const { settings } = services;
  if (!settings.weeklyDigest || settings.quietMode || !vscode.workspace.isTrusted) return undefined;
  const week = format(startOfISOWeek(now), 'yyyy-MM-dd');
  if (state.get<string>(LAST_WEEK_KEY) === week) return undefined;
  await state.update(LAST_WEEK_KEY, week); // claim the week first, so a second window stays quiet
  const journal = await services.journal.get();
  if (!journal) return undefined;
  const history = await readWorkspaceHistory(settings, { since: startOfISOWeek(now), until: addDays(now, 1) }, services.log, vscode.ProgressLocation.Window);
  const count = commitCandidates(history.repositories, journal, settings.notabilityThreshold).length;
  if (count === 0) return undefined;
  const message = `${count} notable ${count === 1 ? 'commit' : 'commits'} this week ${count === 1 ? 'is' : 'are'} not in your journal.`;
  void vscode.window.showInformationMessage(message, 'Review', 'Turn Off Weekly Digest').then(async (choice) => {
    if (choice === 'Review') await review();
    if (choice === 'Turn Off Weekly Digest') await vscode.workspace.getConfiguration('impactJournal').update('weeklyDigest', false, vscode.ConfigurationTarget.Global);
  });
  return message;
}
