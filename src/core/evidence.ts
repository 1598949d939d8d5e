/**
 * The structured results of an entry, as people type them and as they are printed: a metric
 * (`p95 900 ms → 300 ms`, or a count: `1,200 orders/day`) and evidence links (`Design doc
 * https://…`). Shared by the extension, the CLI and the webview (which imports this file: it must
 * stay free of zod and of any other import but `@vscode/l10n`, which the webview uses too).
 */
import * as l10n from '@vscode/l10n';

/** Longest result (what happened afterwards), in characters. */
export const MAX_RESULT = 1_000;
/** Longest "who benefited" text, in characters. */
export const MAX_BENEFICIARIES = 200;
/** Longest metric as typed, in characters. */
export const MAX_METRIC = 200;
/** Most evidence links on one entry. */
export const MAX_LINKS = 20;
/** Longest evidence link title, in characters. */
export const MAX_LINK_TITLE = 200;
/** Longest project name, in characters. */
export const MAX_PROJECT = 100;
/** Longest tag, in characters. */
export const MAX_TAG = 60;

/** A measured result: a value before → after the work, with its unit; or a count (no `before`). */
export interface MetricValue {
  /** What was measured, e.g. `p95 checkout latency`; '' when the unit says it all (`1,200 orders/day`). */
  readonly name: string;
  /** The value before the work as typed (`900`, `2.5`, `1,200`; with its own unit when it differs: `1.2 s`); absent for a count. */
  readonly before?: string;
  /** The value after the work, or the count, as typed. */
  readonly after: string;
  /** Unit of `after` (and of `before` unless it has its own), e.g. `ms`, `%`, `orders/day`; '' when none. */
  readonly unit: string;
}

/** A link to evidence outside git: a design doc, dashboard, incident review, ticket or recording. */
export interface EvidenceLink {
  readonly title: string;
  /** An http(s) URL. */
  readonly url: string;
}

// a number as people write it in a result: 900, 1,200, 2.5, 1.2k, 3M (not the m of ms)
const NUMBER = String.raw`[-+−]?\d[\d,]*(?:\.\d+)?(?:[kKMB](?![A-Za-z]))?`;
const ARROW = String.raw`(?:→|->|=>|⟶|\bto\b)`;
const CHANGE = new RegExp(String.raw`^(.*?)(?:^|\s|:)(${NUMBER})\s*([^\s\d→][^→]*?)?\s*${ARROW}\s*(${NUMBER})\s*(.*?)$`, 'u');
const COUNT = new RegExp(String.raw`^(.*?)(?:^|\s|:)(${NUMBER})\s*(.*?)$`, 'u');

/**
 * Reads a metric as typed: `p95 900 ms → 300 ms`, `error rate 2% -> 0.1%`, `build 12 min to 4 min`,
 * `1,200 orders/day`, `on-call pages: 40/week → 5/week`. Returns the metric, or a sentence saying
 * how to write it when `text` has no number or is too long (MAX_METRIC characters).
 */
export function parseMetric(text: string): MetricValue | { readonly error: string } {
  const t = text.trim().replace(/\s+/g, ' ');
  if (t.length > MAX_METRIC) return { error: l10n.t('Keep the measure under {0} characters.', MAX_METRIC) };
  const change = CHANGE.exec(t);
  if (change) {
    const [, name = '', before = '', beforeUnit = '', after = '', afterUnit = ''] = change;
    const unit = afterUnit.trim() || beforeUnit.trim();
    const ownUnit = beforeUnit.trim() && beforeUnit.trim() !== unit ? `${joinUnit(beforeUnit.trim())}` : '';
    return { name: cleanName(name), before: `${before}${ownUnit}`, after, unit };
  }
  const count = COUNT.exec(t);
  if (count) {
    const [, name = '', after = '', unit = ''] = count;
    return { name: cleanName(name), after, unit: unit.trim() };
  }
  return { error: l10n.t('Write the measure with its numbers, e.g. "p95 900 ms → 300 ms" or "1,200 orders/day".') };
}

/** `p95 900 ms → 300 ms`, `error rate 2% → 0.1%`, `1,200 orders/day`: a metric in one line. */
export function formatMetric(metric: MetricValue): string {
  const unit = metric.unit ? joinUnit(metric.unit) : '';
  const value =
    metric.before !== undefined ? `${metric.before}${/[^\d.,kKMB]$/.test(metric.before) ? '' : unit} → ${metric.after}${unit}` : `${metric.after}${unit}`;
  return metric.name ? `${metric.name} ${value}` : value;
}

/** A unit after its number: `%`, `×`, `x`, `/week` stick to it (`2%`, `40/week`); words get a space (`900 ms`). */
function joinUnit(unit: string): string {
  return /^(?:[%×‰/]|x\b)/.test(unit) ? unit : ` ${unit}`;
}

function cleanName(name: string): string {
  return name
    .trim()
    .replace(/[:–—-]\s*$/, '')
    .trim();
}

/**
 * Reads an evidence link as typed: `https://…` or `Title https://…` (also `Title: https://…`,
 * `Title - https://…`). Only http(s) URLs are taken; the title defaults to the URL's host and path.
 * Returns the link, or a sentence saying what is wrong.
 */
export function parseEvidenceLink(text: string): EvidenceLink | { readonly error: string } {
  const t = text.trim();
  const m = /^(.*?)\s*(\S+)$/s.exec(t);
  const url = m?.[2] ?? '';
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || !parsed.hostname)
    return { error: l10n.t('A link is an http(s) URL, with a title before it if you like: "Design doc https://…".') };
  const title = (m?.[1] ?? '')
    .replace(/[\s:–—-]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (title.length > MAX_LINK_TITLE)
    return { error: l10n.t({ message: "Keep a link's title under {0} characters.", args: [MAX_LINK_TITLE], comment: ['{0} is a number of characters'] }) };
  return { title: title || defaultTitle(parsed), url: parsed.href };
}

/** One evidence link per line (blank lines skipped) → the links, or the first line's problem with its line number. */
export function parseEvidenceLinks(text: string): EvidenceLink[] | { readonly error: string } {
  const lines = text.split('\n').map((l) => l.trim());
  const links: EvidenceLink[] = [];
  for (const [i, line] of lines.entries()) {
    if (!line) continue;
    const link = parseEvidenceLink(line);
    if ('error' in link) return { error: lines.filter(Boolean).length > 1 ? l10n.t('Line {0}: {1}', i + 1, link.error) : link.error };
    links.push(link);
  }
  if (links.length > MAX_LINKS) return { error: l10n.t('At most {0} links fit on one entry.', MAX_LINKS) };
  return links;
}

/** Tags as typed, separated by commas (or new lines): trimmed, empty ones dropped, each once (case-insensitive), `#` prefixes removed. */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.split(/[,\n]/)) {
    const tag = raw.trim().replace(/^#+/, '').trim();
    if (!tag || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    out.push(tag);
  }
  return out;
}

/** A link as the user would type it back: `Title https://…`. */
export function formatEvidenceLink(link: EvidenceLink): string {
  return `${link.title} ${link.url}`;
}

function defaultTitle(url: URL): string {
  const path = url.pathname.replace(/\/$/, '');
  const text = `${url.hostname}${path}`;
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
