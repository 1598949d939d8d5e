/**
 * Journal webview front end (browser bundle, dist/webview/main.js): registers the
 * @vscode-elements components it uses and mounts `<ij-journal>` (app.ts) in `#app`.
 */
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-multi-select/index.js';
import '@vscode-elements/elements/dist/vscode-option/index.js';
import '@vscode-elements/elements/dist/vscode-single-select/index.js';
import '@vscode-elements/elements/dist/vscode-textarea/index.js';
import '@vscode-elements/elements/dist/vscode-textfield/index.js';
import '@vscode-elements/elements/dist/vscode-toolbar-button/index.js';
import { JournalApp } from './app';
import type { VsCodeApi } from './hostClient';

declare function acquireVsCodeApi(): VsCodeApi;

const root = document.getElementById('app')!;
root.textContent = '';
const app = new JournalApp();
app.vscode = acquireVsCodeApi();
root.append(app);
app.start();
