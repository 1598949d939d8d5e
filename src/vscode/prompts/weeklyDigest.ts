/**
 * Weekly digest: at most once a week (ISO week, Monday first), in the first window opened that
 * week, one notification "N notable commits this week are not in your journal". Runs a while after
 * startup, never in quiet mode, an untrusted workspace or when `impactJournal.weeklyDigest` is off.
 */
import { addDays, startOfISOWeek } from 'date-fns';
import * as vscode from 'vscode';
import { commitCandidates } from '../../core/candidates';
import { digestDue, digestMessage, weekKey } from '../../core/digest';
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

/** The digest itself: returns the message shown, if any. */
async function runDigest(services: Services, state: vscode.Memento, review: () => Promise<void>, now = new Date()): Promise<string | undefined> {
  const { settings } = services;
  if (!settings.weeklyDigest || settings.quietMode || !vscode.workspace.isTrusted) return undefined;
  if (!digestDue(state.get<string>(LAST_WEEK_KEY), now)) return undefined;
  await state.update(LAST_WEEK_KEY, weekKey(now)); // claim the week first, so a second window stays quiet
  const journal = await services.journal.get();
  if (!journal) return undefined;
  const history = await readWorkspaceHistory(services, { since: startOfISOWeek(now), until: addDays(now, 1) }, vscode.ProgressLocation.Window);
  const message = digestMessage(commitCandidates(history.repositories, journal, settings.notabilityThreshold).length);
  if (!message) return undefined;
  void vscode.window.showInformationMessage(message, 'Review', 'Turn Off Weekly Digest').then(async (choice) => {
    if (choice === 'Review') await review();
    if (choice === 'Turn Off Weekly Digest') await vscode.workspace.getConfiguration('impactJournal').update('weeklyDigest', false, vscode.ConfigurationTarget.Global);
  });
  return message;
}
