/**
 * The impact statement box of the capture flow, with "Draft statement" when the entry comes from a
 * piece of work and the editor has a language model (ai.ts): a button in the box sends the work's
 * commit messages, PR title and description, sizes and file list (never file contents) and puts the
 * model's first statement in the box, marked as a draft to edit. The first use with a model asks
 * first; a model error or Escape while drafting keeps what the user typed. Escape in the box itself
 * hands back what was typed, which the capture flow keeps as the draft of the next attempt.
 */
import * as vscode from 'vscode';
import { draftedStatement, statementPrompt, type StatementMaterial } from '../../core/aiDrafts';
import { MAX_BODY } from '../../core/limits';
import { ask, consentToSend, draftingModel, modelName } from '../ai';
import type { Services } from '../services';

/** The statement box's options (as `showInputBox` takes them). */
export interface StatementBox {
  readonly title: string;
  readonly prompt: string;
  readonly placeHolder: string;
  readonly value: string;
}

/** What the statement box ended with: the statement (Enter), or what was typed when the user left it (Escape), to keep as a draft. */
export type StatementAnswer = { readonly accepted: true; readonly value: string } | { readonly accepted: false; readonly typed: string };

/** Asks for the statement (one box, with the draft button when there is work to draft from and a model). */
export async function askStatement(
  services: Services,
  material: StatementMaterial | undefined,
  kind: 'impact' | 'learning',
  box: StatementBox,
): Promise<StatementAnswer> {
  const model = material ? await draftingModel(services) : undefined;
  const input = vscode.window.createInputBox();
  Object.assign(input, { title: box.title, prompt: box.prompt, placeholder: box.placeHolder, value: box.value, ignoreFocusOut: true });
  // a statement to go on with (a kept draft, a template's start): the cursor after it, nothing selected
  input.valueSelection = [box.value.length, box.value.length];
  const draftButton: vscode.QuickInputButton | undefined = model && {
    iconPath: new vscode.ThemeIcon('sparkle'),
    tooltip: vscode.l10n.t('Draft statement with {0}', modelName(model)),
  };
  if (draftButton) input.buttons = [draftButton];
  let drafting: vscode.CancellationTokenSource | undefined;
  let consenting = false;
  return new Promise<StatementAnswer>((resolve) => {
    let answered = false;
    const answer = (value: StatementAnswer): void => {
      if (answered) return;
      answered = true;
      drafting?.cancel();
      resolve(value);
    };
    // hidden first, disposed once VS Code says it is hidden: disposing it at once can hide the next step's pick
    input.onDidAccept(() => {
      answer({ accepted: true, value: input.value });
      input.hide();
    });
    input.onDidHide(() => {
      // hidden while a modal (the consent) is up: not an Escape
      if (consenting && !answered) return;
      answer({ accepted: false, typed: input.value });
      input.dispose();
    });
    input.onDidChangeValue(() => (input.validationMessage = undefined));
    input.onDidTriggerButton(async (button) => {
      if (!model || !material || button !== draftButton || drafting) return;
      const prompt = statementPrompt(material, kind);
      consenting = true;
      const allowed = await consentToSend(
        services,
        model,
        [prompt],
        vscode.l10n.t({
          message: 'draft this entry’s statement',
          args: [],
          comment: ['The purpose in the consent dialog: "What Impact Journal will send to {model} to <this>" and "To <this>, Impact Journal sends…"'],
        }),
      );
      consenting = false;
      input.show();
      if (!allowed) return;
      drafting = new vscode.CancellationTokenSource();
      const typed = input.value;
      input.busy = true;
      input.validationMessage = undefined;
      try {
        const text = draftedStatement(await ask(model, prompt, drafting.token), MAX_BODY);
        if (!text) throw new Error(vscode.l10n.t('{0} drafted nothing.', modelName(model)));
        // what the user typed is kept, after the draft
        input.value = typed.trim() ? `${text} ${typed.trim()}` : text;
        input.prompt = vscode.l10n.t('Drafted by {0}: edit it to what you did, then Enter. {1}', modelName(model), box.prompt);
      } catch (err) {
        if (!(err instanceof vscode.CancellationError)) input.validationMessage = vscode.l10n.t('{0} What you typed is kept.', (err as Error).message);
      } finally {
        input.busy = false;
        drafting = undefined;
      }
    });
    input.show();
  });
}
