/**
 * Weekly digest: at most once a week (ISO week, Monday first), in the first window opened that
 * week, one notification "N notable commits this week are not in your journal". Scheduled a while
 * after startup by digestSchedule.ts; never in quiet mode, an untrusted workspace or when
 * `impactJournal.weeklyDigest` is off.
 */
import { addDays, startOfISOWeek } from 'date-fns';
import * as vscode from 'vscode';
import { unitCandidates } from '../../core/candidates';
import { digestDue, digestMessage, weekKey } from '../../core/digest';
import { LAST_WEEK_KEY } from './digestSchedule';
import { readWorkspaceHistory } from '../history';
import type { Services } from '../services';

/** The digest itself: returns the message shown, if any. */
export async function runDigest(services: Services, state: vscode.Memento, review: () => Promise<void>, now = new Date()): Promise<string | undefined> {
  const { settings } = services;
  if (!settings.weeklyDigest || settings.quietMode || !vscode.workspace.isTrusted) return undefined;
  if (!digestDue(state.get<string>(LAST_WEEK_KEY), now)) return undefined;
  await state.update(LAST_WEEK_KEY, weekKey(now)); // claim the week first, so a second window stays quiet
  const journal = await services.journal.get();
  if (!journal) return undefined;
  const history = await readWorkspaceHistory(services, { since: startOfISOWeek(now), until: addDays(now, 1) }, vscode.ProgressLocation.Window);
  const message = digestMessage(unitCandidates(history.repositories, journal, settings.notabilityThreshold).length);
  if (!message) return undefined;
  const reviewButton = vscode.l10n.t('Review');
  const turnOff = vscode.l10n.t('Turn Off Weekly Digest');
  void vscode.window.showInformationMessage(message, reviewButton, turnOff).then(async (choice) => {
    if (choice === reviewButton) await review();
    if (choice === turnOff) await vscode.workspace.getConfiguration('impactJournal').update('weeklyDigest', false, vscode.ConfigurationTarget.Global);
  });
  return message;
}
