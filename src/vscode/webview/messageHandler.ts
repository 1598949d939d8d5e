/**
 * The host side of the journal webview's protocol (pure: no `vscode` import): validates each
 * message, answers invalid change requests with a refusal, applies changes to the journal store one
 * at a time and answers each with a `result`. JournalPanel plugs VS Code in; the webview test
 * harness plugs in a plain JournalStore, so both run this same code.
 */
import { randomUUID } from 'node:crypto';
import * as l10n from '@vscode/l10n';
import { deleteEntry, deleteGoal, rate, restoreEntry, saveGoal, updateEntry, type Edit } from '../../core/journalOps';
import { safeExternalUrl } from '../../core/safeUrl';
import { parseWebviewMessage, refusal, type HostMessage, type WebviewMessage } from './protocol';
import { describeError } from '../../core/describe';

/** The messages that change the journal. */
export type ChangeMessage = Exclude<Extract<WebviewMessage, { requestId: number }>, { type: 'draftStatement' }>;

/** What the handler needs from its host. */
export interface WebviewHost {
  /** Sends a message to the webview. */
  post(message: HostMessage): Thenable<unknown>;
  /** Sends the current state (the webview asked for it). */
  postState(): Promise<void>;
  /** Runs `edit` through the journal store's transaction (the host then sends the new state). Throws the store's errors. */
  change(edit: Edit<unknown>): Promise<void>;
  /** Opens an http(s) URL (already checked). */
  openExternal(url: string): Promise<void>;
  chooseFramework(): Promise<void>;
  /** Asks the user before a goal is deleted; true to go ahead. */
  confirmGoalDeletion(id: string): Promise<boolean>;
  /** Drafts the statement of entry `id` with the editor's language model; throws an Error saying why it cannot (absent where there is no model). */
  draftStatement?(id: string): Promise<string>;
  /** Reports a failed change (the webview shows `error` beside what the user did). */
  failed(message: ChangeMessage, error: unknown): void;
  warn(message: string): void;
}

/** Handles every message of one webview. */
export class WebviewMessageHandler {
  /** The change being applied; the next one waits for it (the lock's retries are not first-come, first-served). */
  private changes: Promise<void> = Promise.resolve();

  constructor(private readonly host: WebviewHost) {}

  /** Handles one message as it came from the webview (untrusted). */
  async receive(data: unknown): Promise<void> {
    const message = parseWebviewMessage(data);
    if (!message) {
      this.host.warn('Ignored an invalid message from the journal webview.');
      const reply = refusal(data);
      if (reply) await this.host.post(reply);
      return;
    }
    switch (message.type) {
      case 'ready':
        return this.host.postState();
      case 'openLink': {
        const url = safeExternalUrl(message.url);
        if (url) await this.host.openExternal(url);
        else this.host.warn(`Refused to open a link that is not http(s): ${message.url.slice(0, 200)}`);
        return;
      }
      case 'chooseFramework':
        return this.host.chooseFramework();
      case 'draftStatement':
        return this.draft(message.requestId, message.id);
      default:
        await (this.changes = this.changes.then(() => this.change(message)));
    }
  }

  /** Drafts a statement (nothing is written) and answers with its text, or why there is none. */
  private async draft(requestId: number, id: string): Promise<void> {
    try {
      if (!this.host.draftStatement) throw new Error(l10n.t('Drafting is not available here.'));
      await this.host.post({ type: 'result', requestId, ok: true, text: await this.host.draftStatement(id) });
    } catch (err) {
      await this.host.post({ type: 'result', requestId, ok: false, error: describeError(err) });
    }
  }

  /** Applies one change and answers it with a `result`. */
  private async change(message: ChangeMessage): Promise<void> {
    let error: string | undefined;
    try {
      if (message.type === 'deleteGoal' && !(await this.host.confirmGoalDeletion(message.id))) error = l10n.t('The goal was kept.');
      else await this.host.change(editOf(message, new Date()));
    } catch (err) {
      error = describeError(err);
      this.host.failed(message, err);
    }
    await this.host.post({ type: 'result', requestId: message.requestId, ok: error === undefined, error });
  }
}

/**
 * The journal edit a change message asks for, made at `now` (a new goal gets a fresh id). Running it
 * throws an `Error` for an unknown entry or goal or an invalid value (nothing is written then).
 */
function editOf(message: ChangeMessage, now: Date): Edit<unknown> {
  switch (message.type) {
    case 'updateEntry':
      return updateEntry(message.id, message.edit, now);
    case 'deleteEntry':
      return deleteEntry(message.id, now);
    case 'restoreEntry':
      return restoreEntry(message.id, now);
    case 'saveGoal':
      return saveGoal(message.goal, randomUUID());
    case 'deleteGoal':
      return deleteGoal(message.id, now);
    case 'rate':
      // clearing the self-rating clears the whole rating (a manager rating alone is not kept)
      return rate(message.competency, message.quarter, message.self ?? undefined, message.self === null ? undefined : (message.manager ?? undefined));
  }
}
