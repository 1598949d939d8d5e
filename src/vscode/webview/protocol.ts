/**
 * The typed message protocol between the journal webview and the extension host.
 * Webview → host messages are validated with zod on the host (`parseWebviewMessage`); the webview
 * bundle imports only the types of this file.
 */
import * as z from 'zod';

/** Messages the webview sends. */
export const WebviewMessage = z.discriminatedUnion('type', [
  /** The webview has loaded and wants the state. */
  z.object({ type: z.literal('ready') }),
  /** The user chose another quarter (key as in `Quarter.key`). */
  z.object({ type: z.literal('selectQuarter'), key: z.string().min(1).max(20) }),
  /** The user clicked a link; the host opens it after checking it is http(s). */
  z.object({ type: z.literal('openLink'), url: z.string().min(1).max(4000) }),
]);
export type WebviewMessage = z.infer<typeof WebviewMessage>;

/** Parses an inbound message; undefined for anything that is not a valid message. */
export function parseWebviewMessage(data: unknown): WebviewMessage | undefined {
  const parsed = WebviewMessage.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}

/** A link to a source, ready to show. */
export interface ViewSource {
  /** e.g. `commit 1a2b3c4` or `PR #12`. */
  readonly label: string;
  /** e.g. repository and subject. */
  readonly detail: string;
  /** http(s) URL, when the host could build one. */
  readonly url?: string;
}

/** An entry as the webview shows it. Text fields are untrusted and must be set as text. */
export interface ViewEntry {
  readonly id: string;
  readonly kind: 'impact' | 'learning';
  readonly title: string;
  /** ISO date `YYYY-MM-DD`. */
  readonly occurredAt: string;
  /** Markdown, rendered with raw HTML disabled. */
  readonly body: string;
  /** Labels of all the entry's competencies. */
  readonly competencies: readonly string[];
  readonly sources: readonly ViewSource[];
}

/** A competency with its entries of the selected quarter. */
export interface ViewGroup {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly impact: number;
  readonly learning: number;
  readonly entries: readonly ViewEntry[];
}

/** Everything the webview renders. */
export interface ViewState {
  readonly quarters: ReadonlyArray<{ readonly key: string; readonly label: string; readonly range: string; readonly count: number }>;
  readonly quarterKey: string;
  readonly total: number;
  readonly groups: readonly ViewGroup[];
  /** Competencies of the framework with no entry this quarter. */
  readonly missing: readonly string[];
  /** Entry to scroll to and highlight. */
  readonly focusEntryId?: string;
  /** Shown instead of entries when the journal cannot be read. */
  readonly error?: string;
}

/** Messages the host sends. */
export type HostMessage = { readonly type: 'state'; readonly state: ViewState };
