/**
 * Gives `@vscode/l10n` (used by src/core and the lazy modules, which never import `vscode`) the
 * translations VS Code loaded for this extension (`vscode.l10n.bundle`: l10n/bundle.l10n.<language>.json,
 * undefined in English). Imported first by the main bundle, so it runs before any module of the
 * main bundle is evaluated; esbuild.js makes every extension-host bundle share this one
 * `@vscode/l10n` instance (dist/lazy/vscode-l10n.js).
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { setDateLocale } from '../core/dateLabels';

if (vscode.l10n.bundle) l10n.config({ contents: vscode.l10n.bundle });
setDateLocale(vscode.env.language);
