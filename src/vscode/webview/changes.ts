/**
 * Applies a change request from the journal webview to the journal store (pure: no `vscode`
 * import, so the webview test harness plays the host with the same code as the panel).
 */
import type { JournalStore } from '../../core/journalStore';
import type { WebviewMessage } from './protocol';

/** The messages that change the journal. */
export type ChangeMessage = Extract<WebviewMessage, { requestId: number }>;

/** True for a message that changes the journal (it carries a `requestId` to answer). */
export function isChange(message: WebviewMessage): message is ChangeMessage {
  return 'requestId' in message;
}

/**
 * Runs `message` through `store` (lock, re-read, validate, atomic write). Throws the store's error:
 * a `JournalReadError` when the file is unusable or read-only, an `Error` for an unknown entry or
 * goal or an invalid value (nothing is written then).
 */
export async function applyChange(store: JournalStore, message: ChangeMessage): Promise<void> {
  switch (message.type) {
    case 'updateEntry':
      await store.updateEntry(message.id, message.edit);
      return;
    case 'deleteEntry':
      await store.deleteEntry(message.id);
      return;
    case 'restoreEntry':
      await store.restoreEntry(message.id);
      return;
    case 'saveGoal':
      await store.saveGoal(message.goal);
      return;
    case 'deleteGoal':
      await store.deleteGoal(message.id);
      return;
    case 'rate':
      // clearing the self-rating clears the whole rating (a manager rating alone is not kept)
      await store.rate(message.competency, message.quarter, message.self ?? undefined, message.self === null ? undefined : (message.manager ?? undefined));
      return;
  }
}
