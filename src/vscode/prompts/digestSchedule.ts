/**
 * When the weekly digest runs: a while after startup, in a trusted workspace, and only when no
 * digest was shown yet this ISO week (core/digest.ts). Part of the thin activation bundle: the
 * digest itself (weeklyDigest.ts, which reads git) is in the main bundle, loaded only when due.
 */
import * as vscode from 'vscode';
import { digestDue } from '../../core/digest';

/** Memento key: the week key (core/digest `weekKey`) of the last digest shown. */
export const LAST_WEEK_KEY = 'impactJournal.lastDigestWeek';
/** Delay after startup before the digest reads git (ms), so startup stays light. */
const DELAY_MS = 20_000;

/** Where the schedule gets its time from: the clock (`now`) and the delay after startup (ms). */
export interface DigestClock {
  readonly now: () => Date;
  readonly delayMs: number;
}

/**
 * Schedules `run` (the digest) `clock.delayMs` after startup when it is due (no digest yet this ISO
 * week by `clock.now()`, per the week key kept in `state`), in a trusted workspace, with the digest
 * on and quiet mode off; returns a disposable that cancels it. `run`'s rejection goes to `onError`.
 */
export function scheduleWeeklyDigest(
  state: vscode.Memento,
  run: () => Promise<unknown>,
  onError: (err: unknown) => void,
  clock: DigestClock = { now: () => new Date(), delayMs: DELAY_MS },
): vscode.Disposable {
  const timer = setTimeout(() => {
    // the settings as written (validated by the main bundle, which checks them again): off means nothing is loaded
    const config = vscode.workspace.getConfiguration('impactJournal');
    if (config.get('weeklyDigest') === false || config.get('quietMode') === true) return;
    if (!vscode.workspace.isTrusted || !digestDue(state.get<string>(LAST_WEEK_KEY), clock.now())) return;
    run().catch(onError);
  }, clock.delayMs);
  return new vscode.Disposable(() => clearTimeout(timer));
}
