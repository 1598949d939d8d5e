/**
 * The prompts for an entry's structured results (what happened afterwards, the measure, who
 * benefited, evidence links), shared by the capture flow and the outcome reminder. Each prompt
 * shows an example and is skipped by Enter on an empty box.
 */
import * as vscode from 'vscode';
import {
  MAX_BENEFICIARIES,
  MAX_LINKS,
  MAX_RESULT,
  formatMetric,
  parseEvidenceLink,
  parseMetric,
  type EvidenceLink,
  type MetricValue,
} from '../../core/evidence';

/** A structured result field. */
export type ResultField = 'result' | 'metric' | 'beneficiaries' | 'links';

/** What the user answered; a field left empty is absent. */
export interface ResultAnswers {
  result?: string;
  metric?: MetricValue;
  beneficiaries?: string;
  links?: EvidenceLink[];
}

/** Names of the fields, as the pick of the capture flow shows them (a function: translated when called). */
export function resultFields(): ReadonlyArray<{ readonly field: ResultField; readonly label: string; readonly detail: string }> {
  return [
    { field: 'result', label: vscode.l10n.t('Result'), detail: vscode.l10n.t('What happened afterwards, in the past tense') },
    { field: 'metric', label: vscode.l10n.t('Measured'), detail: vscode.l10n.t('Before → after with its unit, or a count: p95 900 ms → 300 ms') },
    { field: 'beneficiaries', label: vscode.l10n.t('Who benefited'), detail: vscode.l10n.t('A team, customers, on-call') },
    { field: 'links', label: vscode.l10n.t('Evidence links'), detail: vscode.l10n.t('Design doc, dashboard, incident review, ticket, recording') },
  ];
}

/**
 * Asks `fields` in order, each prefilled from `current`. `title(field)` titles each box. Returns the
 * answers (empty ones left out), or undefined when the user pressed Escape.
 */
export async function askResults(
  fields: readonly ResultField[],
  title: (field: ResultField) => string,
  current: ResultAnswers = {},
): Promise<ResultAnswers | undefined> {
  const answers: ResultAnswers = {};
  for (const field of fields) {
    switch (field) {
      case 'result': {
        const v = await box(
          title(field),
          vscode.l10n.t('Result: what happened afterwards, in the past tense. e.g. "Checkout errors fell to zero; support tickets halved." (Enter to skip)'),
          current.result,
          (t) => (t.length > MAX_RESULT ? vscode.l10n.t('Keep the result under {0} characters.', MAX_RESULT) : undefined),
        );
        if (v === undefined) return undefined;
        if (v) answers.result = v;
        break;
      }
      case 'metric': {
        const v = await box(
          title(field),
          vscode.l10n.t('Measured: before → after with its unit, or a count. e.g. "p95 900 ms → 300 ms", "1,200 orders/day". (Enter to skip)'),
          current.metric && formatMetric(current.metric),
          (t) => {
            const m = parseMetric(t);
            return 'error' in m ? m.error : undefined;
          },
        );
        if (v === undefined) return undefined;
        const m = v ? parseMetric(v) : undefined;
        if (m && !('error' in m)) answers.metric = m;
        break;
      }
      case 'beneficiaries': {
        const v = await box(
          title(field),
          vscode.l10n.t('Who benefited: a team, customers, on-call. e.g. "EU customers and the payments on-call." (Enter to skip)'),
          current.beneficiaries,
          (t) => (t.length > MAX_BENEFICIARIES ? vscode.l10n.t('Keep it under {0} characters.', MAX_BENEFICIARIES) : undefined),
        );
        if (v === undefined) return undefined;
        if (v) answers.beneficiaries = v;
        break;
      }
      case 'links': {
        const links: EvidenceLink[] = [...(current.links ?? [])];
        while (links.length < MAX_LINKS) {
          const v = await box(
            links.length > 0 ? vscode.l10n.t('{0} ({1} so far)', title(field), links.length) : title(field),
            links.length > 0
              ? vscode.l10n.t('Evidence link: a design doc, dashboard, incident review, ticket or recording. e.g. "Design doc https://…". (Enter when done)')
              : vscode.l10n.t('Evidence link: a design doc, dashboard, incident review, ticket or recording. e.g. "Design doc https://…". (Enter to skip)'),
            undefined,
            (t) => {
              const l = parseEvidenceLink(t);
              return 'error' in l ? l.error : undefined;
            },
          );
          if (v === undefined) return undefined;
          if (!v) break;
          const l = parseEvidenceLink(v);
          if (!('error' in l)) links.push(l);
        }
        if (links.length > 0) answers.links = links;
        break;
      }
    }
  }
  return answers;
}

/** One input box; the answer trimmed ('' when skipped), or undefined on Escape. `check` runs on non-empty text only. */
async function box(title: string, prompt: string, value: string | undefined, check: (text: string) => string | undefined): Promise<string | undefined> {
  const v = await vscode.window.showInputBox({
    title,
    prompt,
    value: value ?? '',
    ignoreFocusOut: true,
    validateInput: (t) => (t.trim() ? check(t.trim()) : undefined),
  });
  return v?.trim();
}
