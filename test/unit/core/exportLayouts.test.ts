import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import MarkdownIt from 'markdown-it';
import { DEFAULT_COMPETENCIES } from '../../../src/core/competencies';
import { renderHtmlDocument } from '../../../src/core/htmlExport';
import { EXPORT_LAYOUTS, exportPeriod } from '../../../src/core/markdownExport';
import { liveEntries } from '../../../src/core/model';
import { quarterOf } from '../../../src/core/quarters';
import { FIXTURE_JOURNAL } from '../../fixtures/journal';

const GOLDEN = path.join(__dirname, '..', 'golden');
const Q3 = quarterOf(new Date(2026, 7, 1));
const options = { period: Q3, competencies: DEFAULT_COMPETENCIES, generatedAt: new Date(2026, 10, 22) };

/** Golden files: set UPDATE_GOLDEN=1 to rewrite them after an intended change, then review the diff. */
describe('export layouts (golden files)', () => {
  for (const layout of EXPORT_LAYOUTS) {
    it(`${layout} matches test/unit/golden/${layout}.md`, () => {
      const doc = exportPeriod(FIXTURE_JOURNAL, { ...options, layout });
      const file = path.join(GOLDEN, `${layout}.md`);
      if (process.env.UPDATE_GOLDEN || !existsSync(file)) {
        mkdirSync(GOLDEN, { recursive: true });
        writeFileSync(file, doc);
      }
      assert.equal(doc, readFileSync(file, 'utf8'));
    });

    it(`${layout}: every entry's title and statement come back unchanged through CommonMark and GFM renderers`, () => {
      const doc = exportPeriod(FIXTURE_JOURNAL, { ...options, layout });
      for (const md of [new MarkdownIt('commonmark'), new MarkdownIt({ linkify: true })]) {
        const text = textOf(md, doc);
        for (const e of liveEntries(FIXTURE_JOURNAL).filter((e) => e.occurredAt < '2026-10-01')) {
          assert.ok(text.includes(e.title), `${layout}: title ${JSON.stringify(e.title.slice(0, 40))}`);
          for (const line of e.body.split('\n')) assert.ok(text.includes(line), `${layout}: body line ${JSON.stringify(line.slice(0, 40))}`);
          for (const field of [e.result, e.beneficiaries, ...(e.links ?? []).map((l) => l.title)])
            if (field) assert.ok(text.includes(field), `${layout}: result field ${JSON.stringify(field.slice(0, 40))}`);
        }
        assert.ok(!text.includes('Next quarter work') && !text.includes('Deleted entry'));
      }
    });
  }

  it('every layout lists reviews given with links, goals with status, ratings, and missing evidence', () => {
    for (const layout of EXPORT_LAYOUTS) {
      const doc = exportPeriod(FIXTURE_JOURNAL, { ...options, layout });
      assert.ok(
        doc.includes(
          '## Reviews given\n\n1 pull request reviewed:\n\n- [github\\.com/acme/payments#77](<https://github.com/acme/payments/pull/77>) Retry failed charges',
        ),
        layout,
      );
      assert.ok(doc.includes('- Lead the migration of billing to the event bus — System design, target 2026-Q4: **in progress**'), layout);
      assert.ok(doc.includes('| System design | 3 / 5 | 3 / 5 |') && doc.includes('| Code review | 4 / 5 | — |'), layout);
      assert.match(doc, /## No evidence this period\n\nExecution & delivery · Communication · Collaboration · /, layout);
    }
  });

  it('brag document: Projects gathers each project’s impact entries under its name, whatever their competency; the rest go by competency, learning last', () => {
    const doc = exportPeriod(FIXTURE_JOURNAL, { ...options, layout: 'brag' });
    const headings = doc.split('\n').filter((l) => l.startsWith('## ') || l.startsWith('### '));
    assert.deepEqual(headings.slice(0, 7), [
      '## Goals',
      '## Projects',
      '### Checkout speed',
      '### Other work',
      '## Collaboration & mentorship',
      '## Learning',
      '## Reviews given',
    ]);
    const project = doc.slice(doc.indexOf('### Checkout speed'), doc.indexOf('### Other work'));
    assert.deepEqual(
      [...project.matchAll(/^- \*\*(.+?)\*\*/gm)].map((m) => m[1]),
      ['Cut checkout latency', 'Wrote the event bus ADR'],
      'the ADR (design & documentation) is with its project',
    );
    assert.ok(!project.includes('**Project:**'), 'the heading names the project');
    assert.ok(exportPeriod(FIXTURE_JOURNAL, options).includes('**Project:** Checkout speed'), 'other layouts name it on the entry');
  });

  it('timeline groups by month, oldest first', () => {
    const doc = exportPeriod(FIXTURE_JOURNAL, { ...options, layout: 'timeline' });
    assert.deepEqual(
      doc.split('\n').filter((l) => /^## \w+ \d{4}$/.test(l)),
      ['## July 2026', '## August 2026', '## September 2026'],
    );
  });
});

describe('HTML export', () => {
  it('is a standalone document where entry text stays text and links stay http(s)', () => {
    const html = renderHtmlDocument(exportPeriod(FIXTURE_JOURNAL, options), 'Impact journal — <2026 Q3>');
    assert.match(html, /^<!DOCTYPE html>/);
    assert.ok(html.includes('<title>Impact journal — &lt;2026 Q3&gt;</title>'));
    assert.ok(!/<script|<img|<svg|<a href="javascript/i.test(html.replace(/<style>[\s\S]*?<\/style>/, '')));
    assert.ok(html.includes('<a href="https://github.com/acme/payments/pull/77">'));
    // the structured results: labelled, the measure in one line, the user's links before the commits
    assert.ok(html.includes('<strong>Measured:</strong> p95 checkout latency 900 ms → 300 ms'), 'the measure');
    assert.ok(html.includes('<a href="https://docs.example.com/design/cart-cache">Design doc: cart totals cache</a>'), 'an evidence link');
    assert.ok(html.includes('[evil](javascript:alert(1)) &lt;img src=x onerror=alert(1)&gt;</a>'), 'a hostile link title stays text');
    assert.ok(html.includes("&lt;img src=x onerror=&quot;window.__pwned = 'img'&quot;&gt;"));
  });
});

/** All text of a rendered document (entities decoded by the renderer's tokens). */
function textOf(md: MarkdownIt, doc: string): string {
  const out: string[] = [];
  for (const t of md.parse(doc, {})) {
    if (t.type !== 'inline') continue;
    out.push((t.children ?? []).map((c) => (c.type === 'softbreak' || c.type === 'hardbreak' ? '\n' : c.content)).join(''));
  }
  return out.join('\n');
}
