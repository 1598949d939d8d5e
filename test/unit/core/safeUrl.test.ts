import * as assert from 'node:assert/strict';
import { safeExternalUrl } from '../../../src/core/safeUrl';

describe('safe external URLs', () => {
  it('allows http(s) only', () => {
    assert.equal(safeExternalUrl('https://github.com/acme/shop/commit/abc'), 'https://github.com/acme/shop/commit/abc');
    assert.equal(safeExternalUrl(' http://example.com '), 'http://example.com/');
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox',
      'file:///etc/passwd',
      'command:workbench.action.quit',
      'vscode://ms-vscode.x',
      '//evil.example/x',
      'https://user:pw@evil.example/',
      'not a url',
      '',
    ]) {
      assert.equal(safeExternalUrl(bad), undefined, bad);
    }
  });
});
