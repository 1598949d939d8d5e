/**
 * "Log non-code work": pick a template (mentoring, design review, design doc, interview, incident,
 * talk, hiring, helping another team, kudos), then the capture flow with the template's prompts,
 * suggested competencies and tag. Kudos asks who said it, where, and the quote.
 */
import * as vscode from 'vscode';
import { kudosEntry, NON_CODE_TEMPLATES } from '../../core/nonCodeWork';
import type { Services } from '../services';
import { captureEntry, manualPrefill } from './captureEntry';

/** Runs the command. Escape at any step saves nothing. */
export async function logNonCodeWork(services: Services): Promise<void> {
  const picked = await vscode.window.showQuickPick(
    NON_CODE_TEMPLATES.map((t) => ({ label: t.label, iconPath: new vscode.ThemeIcon(t.icon), detail: t.detail, template: t })),
    { title: vscode.l10n.t('Log non-code work'), placeHolder: vscode.l10n.t('What kind of work? (type to filter)'), matchOnDetail: true, ignoreFocusOut: true },
  );
  if (!picked) return;
  const t = picked.template;
  let title = t.titleStart;
  let body: string | undefined;
  if (t.id === 'kudos') {
    const ask = (prompt: string, placeHolder: string, required: boolean): Thenable<string | undefined> =>
      vscode.window.showInputBox({
        title: vscode.l10n.t('Kudos received'),
        prompt,
        placeHolder,
        ignoreFocusOut: true,
        validateInput: (v) => (required && !v.trim() ? vscode.l10n.t('Needed for the entry.') : undefined),
      });
    const who = await ask(vscode.l10n.t('Who said it?'), vscode.l10n.t('e.g. Priya Natarajan, head of support'), true);
    if (who === undefined) return;
    const where = await ask(vscode.l10n.t('Where? (Enter to skip)'), vscode.l10n.t('e.g. Slack #payments, the Q3 review, an email'), false);
    if (where === undefined) return;
    const quote = await ask(
      vscode.l10n.t('Paste the praise, as they wrote it'),
      vscode.l10n.t('e.g. "The refund export saved my team a day every month."'),
      true,
    );
    if (quote === undefined) return;
    ({ title, body } = kudosEntry(who, where, quote));
  }
  await captureEntry(services, {
    ...manualPrefill(),
    title,
    kind: t.kind,
    suggestedCompetencies: t.competencies,
    tags: [t.tag],
    prompts: { title: t.titlePrompt, statement: t.id === 'kudos' ? vscode.l10n.t('The quote, attributed (edit if you like)') : t.statementPrompt },
    ...(body !== undefined ? { body } : {}),
  });
}
