/**
 * `<vscode-multi-select>` (@vscode-elements/elements 2.5.1) writes its own words in English and has
 * no way to translate them: the "N Selected" badge on its face and the "Select all", "Deselect all"
 * and "OK" controls of its drop-down. `localizeMultiSelect()` replaces those two render methods with
 * the same markup speaking through the webview's l10n bundle. They are private in the library's
 * types, hence the cast; if an upgrade renames them, the pseudo-locale e2e test (flow 15) shows the
 * English again.
 */
import * as l10n from '@vscode/l10n';
import { VscodeMultiSelect } from '@vscode-elements/elements/dist/vscode-multi-select/index.js';
import { html, nothing, type TemplateResult } from 'lit';

/** The parts of VscodeMultiSelect the two render methods use (private in its .d.ts). */
interface MultiSelectInternals {
  readonly _opts: { readonly selectedIndexes: readonly number[] };
  readonly _filteredOptions: readonly unknown[];
  _onMultiSelectAllClick(): void;
  _onMultiDeselectAllClick(): void;
  _onMultiAcceptClick(): void;
  _renderLabel(): TemplateResult;
  _renderDropdownControls(): TemplateResult;
}

/** Makes every `<vscode-multi-select>` of the page use the l10n bundle; call once, before the first render. */
export function localizeMultiSelect(): void {
  const proto = VscodeMultiSelect.prototype as unknown as MultiSelectInternals;
  proto._renderLabel = function (this: MultiSelectInternals): TemplateResult {
    const n = this._opts.selectedIndexes.length;
    const text = n === 1 ? l10n.t('1 selected') : l10n.t('{0} selected', n);
    return html`<span class="select-face-badge ${n === 0 ? 'no-item' : ''}">${text}</span>`;
  };
  proto._renderDropdownControls = function (this: MultiSelectInternals): TemplateResult {
    if (this._filteredOptions.length === 0) return html`${nothing}`;
    return html`
      <div class="dropdown-controls">
        <button type="button" @click=${() => this._onMultiSelectAllClick()} title=${l10n.t('Select all')} class="action-icon" id="select-all">
          <vscode-icon name="checklist"></vscode-icon>
        </button>
        <button type="button" @click=${() => this._onMultiDeselectAllClick()} title=${l10n.t('Deselect all')} class="action-icon" id="select-none">
          <vscode-icon name="clear-all"></vscode-icon>
        </button>
        <vscode-button class="button-accept" @click=${() => this._onMultiAcceptClick()}>${l10n.t('OK')}</vscode-button>
      </div>
    `;
  };
}
