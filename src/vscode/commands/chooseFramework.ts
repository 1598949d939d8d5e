/**
 * "Impact Journal: Choose competency framework": a quick pick of the preset frameworks
 * (core/competencies.ts `FRAMEWORKS`) that writes the user setting `impactJournal.framework`.
 */
import * as vscode from 'vscode';
import { FRAMEWORKS, type FrameworkId } from '../../core/competencies';
import type { Services } from '../services';

/** Shows the pick; a custom `impactJournal.competencies` list still wins, which the pick says. */
export async function chooseFramework(services: Services): Promise<void> {
  const config = vscode.workspace.getConfiguration('impactJournal');
  const current = config.get<string>('framework') ?? 'default';
  const custom = (config.get<unknown[]>('competencies') ?? []).length > 0;
  type Item = vscode.QuickPickItem & { readonly id: FrameworkId };
  const items: Item[] = FRAMEWORKS.map((f) => ({
    id: f.id,
    label: f.label,
    description: f.id === current ? vscode.l10n.t('(current)') : undefined,
    detail: vscode.l10n.t('{0} — {1} competencies', f.detail, f.competencies.length),
  }));
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Competency framework'),
    placeHolder: custom
      ? vscode.l10n.t('Your impactJournal.competencies setting replaces the framework until you empty it')
      : vscode.l10n.t('Entries are grouped by the competencies of this framework'),
  });
  if (!picked || picked.id === current) return;
  // write where the value that wins is set, so the choice takes effect
  const where = config.inspect<string>('framework');
  const target = where?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await config.update('framework', picked.id, target);
  services.log.info(`Competency framework: ${picked.label}.`);
}
