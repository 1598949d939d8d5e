/**
 * The getting-started walkthrough (package.json `contributes.walkthroughs`), opened once after
 * install. VS Code opens a walkthrough by itself only for an extension installed while a window is
 * running; one installed from a .vsix or by settings sync is opened here, on the first activation
 * on this machine. Both honour the user's `workbench.welcomePage.walkthroughs.openOnInstall`.
 * Part of the activation bundle: it imports only vscode and ids.
 */
import * as vscode from 'vscode';
import { WALKTHROUGH_ID } from './ids';

/** globalState key: true once the walkthrough has been opened after install. */
const SHOWN_KEY = 'impactJournal.walkthroughShown';

/** `publisher.name#gettingStarted`: what `workbench.action.openWalkthrough` takes. */
export function walkthroughRef(context: vscode.ExtensionContext): string {
  return `${context.extension.id}#${WALKTHROUGH_ID}`;
}

/** Opens the walkthrough beside nothing (in the active editor group). */
export function openWalkthrough(context: vscode.ExtensionContext): Thenable<unknown> {
  return vscode.commands.executeCommand('workbench.action.openWalkthrough', walkthroughRef(context), false);
}

/** Opens the walkthrough if it never was on this machine and the user has not turned walkthroughs-on-install off. */
export async function openWalkthroughOnce(context: vscode.ExtensionContext): Promise<void> {
  if (context.globalState.get<boolean>(SHOWN_KEY)) return;
  if (vscode.workspace.getConfiguration('workbench.welcomePage').get<boolean>('walkthroughs.openOnInstall') === false) return;
  await context.globalState.update(SHOWN_KEY, true);
  await openWalkthrough(context);
}
