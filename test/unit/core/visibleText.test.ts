import * as assert from 'node:assert/strict';
import { visibleLines, visibleText } from '../../../src/core/visibleText';

describe('visible text (untrusted text in terminals, notifications, tree items, quick picks)', () => {
  it('turns C0 and C1 controls and bidirectional overrides into visible escapes, and leaves other text alone', () => {
    assert.equal(visibleText('title \x1b]0;pwned\x07 \x1b[2J\r\n\t\x7f\x9b'), 'title \\x1b]0;pwned\\x07 \\x1b[2J\\r\\n\\t\\x7f\\x9b');
    assert.equal(visibleText('access \u202eelbat\u202c \u2066x\u2069 \u200f'), 'access \\u202eelbat\\u202c \\u2066x\\u2069 \\u200f');
    assert.equal(visibleText('Ünïcödé 🎉 日本語 — “quotes”'), 'Ünïcödé 🎉 日本語 — “quotes”');
  });

  it('visibleLines keeps line breaks for multi-line tooltips', () => {
    assert.equal(visibleLines('one\x1b[2J\ntwo\u202e'), 'one\\x1b[2J\ntwo\\u202e');
  });
});
