/**
 * Drafting with the editor's language model (VS Code's Language Model API): the model the user
 * already has (e.g. GitHub Copilot), never one of ours, and never without asking. A draft is offered
 * only when a model is available, `impactJournal.ai.enabled` is on and the workspace is trusted.
 * The first time a model is used, the exact text that will be sent is shown in an editor and the
 * user is asked, naming the model; the answer is remembered per model. A model error or a
 * cancellation is reported as such and changes nothing.
 */
import * as vscode from 'vscode';
import type { Services } from './services';

/** globalState key: ids of the models the user agreed to send drafts' prompts to. */
const CONSENT_KEY = 'impactJournal.ai.consentedModels';
/** Read-only documents showing what would be sent (never dirty, nothing to save). */
const PROMPT_SCHEME = 'impact-journal-prompt';
const promptTexts = new Map<string, string>();
let promptProvider: vscode.Disposable | undefined;

/** Opens `text` in a read-only editor named `name`; returns its URI. */
async function showReadOnly(services: Services, name: string, text: string): Promise<vscode.Uri> {
  if (!promptProvider) {
    promptProvider = vscode.workspace.registerTextDocumentContentProvider(PROMPT_SCHEME, {
      provideTextDocumentContent: (uri) => promptTexts.get(uri.path) ?? '',
    });
    services.context.subscriptions.push(promptProvider);
  }
  const uri = vscode.Uri.from({ scheme: PROMPT_SCHEME, path: `/${promptTexts.size + 1}/${name}` });
  promptTexts.set(uri.path, text);
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: true, preserveFocus: false });
  return uri;
}

/** Closes the editors showing `uri`. */
async function closeEditors(uri: vscode.Uri): Promise<void> {
  const tabs = vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .filter((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === uri.toString());
  await vscode.window.tabGroups.close(tabs);
  promptTexts.delete(uri.path);
}

/** The model a draft would use, or undefined when drafting is not offered (no model, the setting off, Restricted Mode). */
export async function draftingModel(services: Services): Promise<vscode.LanguageModelChat | undefined> {
  if (!services.settings.aiEnabled || !vscode.workspace.isTrusted) return undefined;
  const models = await vscode.lm.selectChatModels();
  return models[0];
}

/** "GPT-4o (copilot)": how a model is named to the user. */
export function modelName(model: vscode.LanguageModelChat): string {
  return `${model.name} (${model.vendor})`;
}

/** True when the user agreed to send prompts to `model` before. */
export function hasConsent(services: Services, model: vscode.LanguageModelChat): boolean {
  return (services.context.globalState.get<string[]>(CONSENT_KEY) ?? []).includes(model.id);
}

/** Records the user's agreement to send prompts to the model `modelId` (the chat's "Allow" button). */
export async function allowModel(services: Services, modelId: string): Promise<void> {
  const agreed = services.context.globalState.get<string[]>(CONSENT_KEY) ?? [];
  if (!agreed.includes(modelId)) await services.context.globalState.update(CONSENT_KEY, [...agreed, modelId]);
}

/**
 * Asks, the first time `model` is used, whether `prompts` may be sent to it: the prompts open in
 * an editor, exactly as they will be sent, and a modal dialog names the model. True when the user
 * agreed now or before.
 */
export async function consentToSend(services: Services, model: vscode.LanguageModelChat, prompts: readonly string[], purpose: string): Promise<boolean> {
  if (hasConsent(services, model)) return true;
  const separator = `\n\n${'─'.repeat(40)}\n\n`;
  const header = vscode.l10n.t({
    message: 'What Impact Journal will send to {0} to {1}:',
    args: [modelName(model), purpose],
    comment: ['{0}: a language model, e.g. "GPT-4o (copilot)"; {1}: what the text is for, e.g. "draft this entry’s statement"'],
  });
  const uri = await showReadOnly(services, `${vscode.l10n.t('What will be sent to {0}', model.name)}.txt`, `${header}\n\n${prompts.join(separator)}\n`);
  const send = vscode.l10n.t('Send');
  const answer = await vscode.window.showWarningMessage(
    vscode.l10n.t('Send this to {0}?', modelName(model)),
    {
      modal: true,
      detail:
        prompts.length === 1
          ? vscode.l10n.t({
              message:
                "To {0}, Impact Journal sends the text shown in the editor (1 request) to {1}, the language model VS Code provides, under that provider's terms. You are asked once per model; the setting impactJournal.ai.enabled turns drafting off.",
              args: [purpose, modelName(model)],
              comment: ['{0}: what the text is for, e.g. "draft this entry’s statement"; {1}: a language model, e.g. "GPT-4o (copilot)"'],
            })
          : vscode.l10n.t({
              message:
                "To {0}, Impact Journal sends the text shown in the editor ({1} requests) to {2}, the language model VS Code provides, under that provider's terms. You are asked once per model; the setting impactJournal.ai.enabled turns drafting off.",
              args: [purpose, prompts.length, modelName(model)],
              comment: ['{0}: what the text is for, e.g. "draft this entry’s statement"; {1}: a number; {2}: a language model, e.g. "GPT-4o (copilot)"'],
            }),
    },
    send,
  );
  await closeEditors(uri);
  if (answer !== send) return false;
  await allowModel(services, model.id);
  return true;
}

/** Sends `prompt` to `model` and returns its whole answer. Throws an Error saying what happened (the model's error, or that it was cancelled). */
export async function ask(model: vscode.LanguageModelChat, prompt: string, token: vscode.CancellationToken): Promise<string> {
  try {
    const response = await model.sendRequest(
      [vscode.LanguageModelChatMessage.User(prompt)],
      { justification: vscode.l10n.t('Drafts from your impact journal') },
      token,
    );
    let text = '';
    for await (const part of response.text) text += part;
    if (token.isCancellationRequested) throw new vscode.CancellationError();
    return text;
  } catch (err) {
    if (err instanceof vscode.CancellationError || token.isCancellationRequested) throw new vscode.CancellationError();
    if (err instanceof vscode.LanguageModelError && err.code)
      throw new Error(vscode.l10n.t('{0} could not draft it: {1} ({2})', modelName(model), err.message, err.code));
    throw new Error(vscode.l10n.t('{0} could not draft it: {1}', modelName(model), err instanceof Error ? err.message : String(err)));
  }
}
