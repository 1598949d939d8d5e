import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { DEFAULT_COMPETENCIES } from '../../../src/core/competencies';
import { escapeBlock, escapeInline } from '../../../src/core/markdownEscape';
import { exportPeriod } from '../../../src/core/markdownExport';
import { emptyJournal, type Entry, type JournalFile } from '../../../src/core/model';
import { quarterOf } from '../../../src/core/quarters';
import { HOSTILE_TEXT } from '../../fixtures/hostile';
import { makeEntry } from '../../fixtures/journal';

/** CommonMark plus the GFM features markdown-it has (tables, strikethrough, autolinks). */
const gfm = new MarkdownIt({ html: true, linkify: true });
const commonmark = new MarkdownIt('commonmark', { html: true });

const entry = (partial: Partial<Entry>): Entry => makeEntry({ competencies: ['code-quality'], ...partial });

function journal(entries: Entry[]): JournalFile {
  return { ...emptyJournal(), entries };
}

const Q3 = quarterOf(new Date(2026, 7, 1));
/** When the test documents are made: the footer's date. */
const GENERATED = new Date(2026, 10, 22);

/** Text of inline tokens; fails if any token other than text/breaks appears (i.e. the text turned into syntax). */
function inlineText(md: MarkdownIt, source: string): string {
  const blocks = md.parse(source, {});
  const inline = blocks.filter((t) => t.type === 'inline');
  const structural = blocks.filter((t) => !['paragraph_open', 'paragraph_close', 'inline'].includes(t.type));
  assert.deepEqual(
    structural.map((t) => t.type),
    [],
    `no block syntax in ${JSON.stringify(source)}`,
  );
  return inline
    .flatMap((t) => t.children ?? [])
    .map((c: Token) => {
      if (c.type === 'text') return c.content;
      if (c.type === 'softbreak' || c.type === 'hardbreak') return '\n';
      assert.fail(`unexpected ${c.type} token in ${JSON.stringify(source)}`);
    })
    .join('');
}

const HOSTILE = [
  ...HOSTILE_TEXT,
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '**bold** _em_ ~~strike~~ `code`',
  '[click](javascript:alert(1)) ![img](x.png)',
  '# heading',
  '- not a list',
  '1. not ordered',
  '> not a quote',
  '| a | b |',
  'visit https://evil.example and www.evil.example',
  'a \\ backslash & &amp; entity',
  '=== setext',
  '+ plus',
  'ok (#12) {x} <y>',
  'שלום עולם‏ mixed RTL',
  '***',
  '[ref]: https://x.example',
  '<!-- comment --> and <https://auto.example>',
  'tab\tseparated and trailing backslash \\',
  'math $x^2$ and :emoji: and footnote[^1]',
  '2) not ordered either',
  'mail ada@example.com or WWW.Example.com',
  'see example.com, docs.python.org/3 and wwww.x.com',
  'snake_https://evil.io/x x_ftp://a.org 1www.a.org',
  'a;@x.com a&@x.com a@пример.рф foo //example.com mailto:a@localhost',
  'Working in C #',
  'trailing backslash \\',
];

describe('markdown export', () => {
  it('groups by competency in framework order, impact before learning, with dates and commit links', () => {
    const doc = exportPeriod(
      journal([
        entry({ title: 'Learned Rust', kind: 'learning', competencies: ['learning-growth'], occurredAt: '2026-07-03' }),
        entry({
          title: 'Cut checkout latency',
          body: 'p95 from 900 ms to 300 ms.',
          competencies: ['reliability-operations', 'code-quality'],
          occurredAt: '2026-08-12',
          sources: [
            {
              type: 'commit',
              repo: 'github.com/acme/shop',
              sha: 'abcdef1234567890',
              subject: 'Speed up checkout',
              additions: 10,
              deletions: 2,
              files: 1,
              url: 'https://github.com/acme/shop/commit/abcdef1234567890',
            },
          ],
        }),
        entry({ title: 'Refactor notes', kind: 'learning', competencies: ['code-quality'], occurredAt: '2026-08-20' }),
        entry({ title: 'Out of quarter', occurredAt: '2026-10-01' }),
        entry({ title: 'Deleted', deletedAt: '2026-08-02T00:00:00.000Z' }),
        entry({ title: 'Custom competency', competencies: ['unknown-one'] }),
      ]),
      { period: Q3, competencies: DEFAULT_COMPETENCIES, generatedAt: GENERATED },
    );
    assert.match(doc, /^# Impact journal — 2026 Q3\n\nJul 1 – Sep 30, 2026 · 4 entries: 2 impact, 2 learning\./);
    const headings = doc.split('\n').filter((l) => l.startsWith('## ') || l.startsWith('### '));
    assert.deepEqual(headings.slice(0, 9), [
      '## Code quality & craft',
      '### Impact',
      '### Learning',
      '## Reliability & operations',
      '### Impact',
      '## Learning & growth',
      '### Learning',
      '## Other',
      '### Impact',
    ]);
    // evidence of two competencies: in full once, under the one its author put first; a pointer under the other
    assert.equal(doc.split('p95 from 900 ms to 300 ms.').length - 1, 1, 'the statement is printed once');
    assert.ok(doc.includes('- **Cut checkout latency** — 2026-08-12 _(also evidence for Code quality & craft)_'));
    assert.ok(doc.includes('- **Cut checkout latency** — 2026-08-12: in full under *Reliability & operations*.'));
    assert.ok(doc.indexOf('in full under *Reliability') < doc.indexOf('## Reliability & operations'), 'the pointer comes first here (framework order)');
    assert.ok(doc.includes('[commit abcdef1](<https://github.com/acme/shop/commit/abcdef1234567890>) in github\\.com/acme/shop'));
    assert.ok(!doc.includes('Out of quarter') && !doc.includes('Deleted'));
    assert.match(doc, /## No evidence this period\n\nImpact & ownership · /);
    const html = gfm.render(doc);
    assert.ok(html.includes('<a href="https://github.com/acme/shop/commit/abcdef1234567890">commit abcdef1</a>'), 'the link renders');
  });

  it('says so when the quarter is empty', () => {
    assert.ok(
      exportPeriod(emptyJournal(), { period: Q3, competencies: DEFAULT_COMPETENCIES, generatedAt: GENERATED }).includes('_No entries in this period yet._'),
    );
  });

  for (const [name, md] of [
    ['CommonMark', commonmark],
    ['GitHub-flavoured', gfm],
  ] as const) {
    it(`hostile text renders exactly as written (${name})`, () => {
      for (const text of HOSTILE) {
        assert.equal(inlineText(md, escapeInline(text)), text);
      }
      const body = HOSTILE.join('\n');
      assert.equal(inlineText(md, escapeBlock(body)), body);
    });
  }

  it('hostile entry text never becomes HTML in the rendered export', () => {
    const doc = exportPeriod(
      journal(
        HOSTILE.map((t) =>
          entry({ title: t, body: t, sources: [{ type: 'commit', repo: 'x', sha: 'abcdef1', subject: t, additions: 1, deletions: 0, files: 1 }] }),
        ),
      ),
      {
        period: Q3,
        competencies: DEFAULT_COMPETENCIES,
        generatedAt: GENERATED,
      },
    );
    const html = gfm.render(doc);
    assert.ok(!/<script|<img|<svg|<a href="javascript/i.test(html), html);
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'), 'shown as text');
  });
});
