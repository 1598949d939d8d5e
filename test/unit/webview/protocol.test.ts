import * as assert from 'node:assert/strict';
import { parseWebviewMessage, refusal } from '../../../src/vscode/webview/protocol';

describe('webview protocol: every inbound message is validated', () => {
  it('accepts the messages the webview sends', () => {
    for (const m of [
      { type: 'ready' },
      { type: 'openLink', url: 'https://example.com' },
      {
        type: 'updateEntry',
        requestId: 1,
        id: 'x',
        edit: { title: 'New', kind: 'learning', competencies: ['code-review'], occurredAt: '2026-11-01', goals: [] },
      },
      { type: 'deleteEntry', requestId: 2, id: 'x' },
      { type: 'restoreEntry', requestId: 3, id: 'x' },
      { type: 'saveGoal', requestId: 4, goal: { competency: 'code-review', title: 'Review faster', status: 'planned' } },
      { type: 'deleteGoal', requestId: 5, id: 'g' },
      { type: 'rate', requestId: 6, competency: 'code-review', quarter: '2026-Q4', self: 4, manager: null },
      { type: 'chooseFramework' },
    ]) {
      assert.ok(parseWebviewMessage(m), JSON.stringify(m));
    }
  });

  it('refuses anything else: unknown types or fields, bad dates and ratings, empty titles, fields the user cannot edit', () => {
    for (const m of [
      null,
      'ready',
      { type: 'eval', code: '1' },
      { type: 'updateEntry', requestId: 1, id: 'x', edit: { title: '   ' } },
      { type: 'updateEntry', requestId: 1, id: 'x', edit: { occurredAt: '2026-13-01' } },
      { type: 'updateEntry', requestId: 1, id: 'x', edit: { sources: [] } },
      { type: 'updateEntry', requestId: 1, id: 'x', edit: { deletedAt: '2026-01-01T00:00:00Z' } },
      { type: 'updateEntry', requestId: -1, id: 'x', edit: {} },
      { type: 'updateEntry', requestId: 1, id: 'x', edit: { title: 'x'.repeat(301) } },
      { type: 'rate', requestId: 6, competency: 'code-review', quarter: '2026-Q4', self: 7, manager: null },
      { type: 'saveGoal', requestId: 4, goal: { competency: 'code-review', title: 'x', status: 'someday' } },
      { type: 'openLink', url: '' },
    ]) {
      assert.equal(parseWebviewMessage(m), undefined, JSON.stringify(m));
    }
  });

  it('an invalid change request is answered with a refusal naming the problem, so the webview never waits for nothing', () => {
    assert.deepEqual(refusal({ type: 'updateEntry', requestId: 7, id: 'x', edit: { body: 'x'.repeat(20_001) } }), {
      type: 'result',
      requestId: 7,
      ok: false,
      error: 'The change was refused (edit.body: Too big: expected string to have <=20000 characters).',
    });
    assert.equal(refusal({ type: 'eval' }), undefined, 'nothing to answer without a requestId');
  });
});
