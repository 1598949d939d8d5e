/**
 * Journal webview front end (browser bundle, dist/webview/main.js): registers the
 * @vscode-elements components it uses, loads the extension's l10n bundle the host embedded in the
 * page (`#ij-l10n`, see JournalPanel.html) and mounts `<ij-journal>` (app.ts) in `#app`.
 * The imports run before this module's body, so no module of the webview calls `l10n.t` at load.
 */
import * as l10n from '@vscode/l10n';
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-multi-select/index.js';
import '@vscode-elements/elements/dist/vscode-option/index.js';
import '@vscode-elements/elements/dist/vscode-single-select/index.js';
import '@vscode-elements/elements/dist/vscode-textarea/index.js';
import '@vscode-elements/elements/dist/vscode-textfield/index.js';
import '@vscode-elements/elements/dist/vscode-toolbar-button/index.js';
import { JournalApp } from './app';
import { localizeMultiSelect } from './multiSelectL10n';
import { setDateLocale } from '../src/core/dateLabels';
import type { VsCodeApi } from './hostClient';

declare function acquireVsCodeApi(): VsCodeApi;

/** Translations for VS Code's display language, when the host embedded a bundle (none: English, as in the test harness). */
function configureL10n(): void {
  const text = document.getElementById('ij-l10n')?.textContent;
  if (!text) return;
  try {
    l10n.config({ contents: JSON.parse(text) as Record<string, string> });
  } catch {
    // an unreadable bundle leaves the webview in English rather than blank
  }
}

configureL10n();
// dates and numbers in the display language the host set as the page's language
setDateLocale(document.documentElement.lang);
localizeMultiSelect();

const root = document.getElementById('app')!;
root.textContent = '';
const app = new JournalApp();
app.vscode = acquireVsCodeApi();
root.append(app);
app.start();
