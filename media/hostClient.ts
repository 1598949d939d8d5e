/**
 * The webview's side of change requests (protocol.ts): each request gets an id, the host answers
 * with a `result` message carrying it, and a request the host never answers (VS Code busy or gone)
 * resolves with an error after a time-out instead of leaving a form on "Saving…".
 */
import * as l10n from '@vscode/l10n';
import type { HostMessage, WebviewMessage } from '../src/vscode/webview/protocol';

/** The VS Code webview API (acquireVsCodeApi). */
export interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): unknown;
  setState(state: unknown): void;
}

/** The host's answer to one request. */
export interface RequestResult {
  readonly ok: boolean;
  readonly error?: string;
  /** A draft's text (`draftStatement`). */
  readonly text?: string;
}

/** A change request as the views make it: any message with a `requestId`, without the id. */
export type ChangeRequest = WebviewMessage extends infer M ? (M extends { requestId: number } ? Omit<M, 'requestId'> : never) : never;

/** How long a change request waits for the host's answer (ms); the journal lock's retries span ~15 s. */
export const REQUEST_TIMEOUT_MS = 30_000;

/** Sends change requests and matches the host's answers to them. */
export class HostClient {
  private nextId = 1;
  private readonly pending = new Map<number, (result: RequestResult) => void>();

  constructor(
    private readonly vscode: Pick<VsCodeApi, 'postMessage'>,
    private readonly timeoutMs = REQUEST_TIMEOUT_MS,
  ) {}

  /** Sends `request` with a new id; resolves with the host's answer, or a refusal after the time-out. Never rejects. */
  request(request: ChangeRequest): Promise<RequestResult> {
    const requestId = this.nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(requestId);
        resolve({ ok: false, error: l10n.t('VS Code did not answer in time; nothing may have been saved. Try again.') });
      }, this.timeoutMs);
      this.pending.set(requestId, (result) => {
        clearTimeout(timer);
        resolve(result);
      });
      this.vscode.postMessage({ ...request, requestId });
    });
  }

  /** Takes a host message: true when it was the answer to a request (late or unknown answers are dropped). */
  receive(message: HostMessage | undefined): boolean {
    if (message?.type !== 'result') return false;
    const resolve = this.pending.get(message.requestId);
    this.pending.delete(message.requestId);
    resolve?.({ ok: message.ok, error: message.error, ...(message.text !== undefined ? { text: message.text } : {}) });
    return true;
  }
}
