import * as assert from 'node:assert/strict';
import { formatEvidenceLink, formatMetric, parseEvidenceLink, parseEvidenceLinks, parseMetric, parseTags, type MetricValue } from '../../../src/core/evidence';

function metric(text: string): MetricValue {
  const m = parseMetric(text);
  if ('error' in m) throw new Error(`${text}: ${m.error}`);
  return m;
}

describe('structured results: metrics and evidence links as typed (core/evidence.ts)', () => {
  it('reads a before → after with its unit, written the ways people write it', () => {
    assert.deepEqual(metric('p95 900 ms → 300 ms'), { name: 'p95', before: '900', after: '300', unit: 'ms' });
    assert.deepEqual(metric('p95: 900 -> 300 ms'), { name: 'p95', before: '900', after: '300', unit: 'ms' });
    assert.deepEqual(metric('900ms->300ms'), { name: '', before: '900', after: '300', unit: 'ms' });
    assert.deepEqual(metric('error rate 2% => 0.1%'), { name: 'error rate', before: '2', after: '0.1', unit: '%' });
    assert.deepEqual(metric('build time 12 min to 4 min'), { name: 'build time', before: '12', after: '4', unit: 'min' });
    // a before with its own unit keeps it
    assert.deepEqual(metric('p95 latency 1.2 s → 300 ms'), { name: 'p95 latency', before: '1.2 s', after: '300', unit: 'ms' });
  });

  it('reads a count, and refuses text with no number, saying how to write it', () => {
    assert.deepEqual(metric('1,200 orders/day'), { name: '', after: '1,200', unit: 'orders/day' });
    assert.deepEqual(metric('Saved 40 hours/month'), { name: 'Saved', after: '40', unit: 'hours/month' });
    assert.deepEqual(metric('3M requests/day'), { name: '', after: '3M', unit: 'requests/day' });
    const none = parseMetric('much faster');
    assert.ok('error' in none && /p95 900 ms → 300 ms/.test(none.error));
    assert.ok('error' in parseMetric(`p95 ${'9'.repeat(300)} ms`));
  });

  it('prints a metric in one line, units joined as people write them, and reads back what it prints', () => {
    for (const [typed, printed] of [
      ['p95 900 ms → 300 ms', 'p95 900 ms → 300 ms'],
      ['error rate 2% -> 0.1%', 'error rate 2% → 0.1%'],
      ['on-call pages: 40/week → 5/week', 'on-call pages 40/week → 5/week'],
      ['p95 latency 1.2 s → 300 ms', 'p95 latency 1.2 s → 300 ms'],
      ['1,200 orders/day', '1,200 orders/day'],
    ] as const) {
      assert.equal(formatMetric(metric(typed)), printed);
      assert.deepEqual(metric(printed), metric(typed), `${printed} reads back`);
    }
  });

  it('evidence links: http(s) only, a title before the URL or one made from it', () => {
    assert.deepEqual(parseEvidenceLink('Design doc https://docs.example.com/cache'), { title: 'Design doc', url: 'https://docs.example.com/cache' });
    assert.deepEqual(parseEvidenceLink('Dashboard: https://grafana.example.com/d/abc?x=1'), {
      title: 'Dashboard',
      url: 'https://grafana.example.com/d/abc?x=1',
    });
    assert.deepEqual(parseEvidenceLink('https://docs.example.com/design/cache/'), {
      title: 'docs.example.com/design/cache',
      url: 'https://docs.example.com/design/cache/',
    });
    for (const hostile of [
      'javascript:alert(1)',
      'Click javascript:alert(document.cookie)',
      'x data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      'mailto:a@example.com',
      'vscode://command/workbench.action.terminal.new',
      'https://',
      'not a link',
      '',
    ]) {
      const parsed = parseEvidenceLink(hostile);
      assert.ok('error' in parsed, `${hostile} refused`);
    }
    // a title is only text: kept as typed, never read as markup here (the renderers escape it)
    assert.deepEqual(parseEvidenceLink('<img src=x onerror=alert(1)> https://ok.example.com/'), {
      title: '<img src=x onerror=alert(1)>',
      url: 'https://ok.example.com/',
    });
  });

  it('one link per line: blank lines skipped, the first bad line named, and each link typed back as it reads', () => {
    const links = parseEvidenceLinks('Design doc https://docs.example.com/a\n\nhttps://tickets.example.com/ABC-123\n');
    assert.ok(Array.isArray(links));
    assert.deepEqual(links.map(formatEvidenceLink), [
      'Design doc https://docs.example.com/a',
      'tickets.example.com/ABC-123 https://tickets.example.com/ABC-123',
    ]);
    const bad = parseEvidenceLinks('ok https://a.example.com\nevil javascript:alert(1)');
    assert.ok('error' in bad && bad.error.startsWith('Line 2:'));
    assert.ok('error' in parseEvidenceLinks(Array.from({ length: 21 }, (_, i) => `L${i} https://a.example.com/${i}`).join('\n')));
  });

  it('tags as typed: commas or lines, trimmed, # dropped, each once whatever its case', () => {
    assert.deepEqual(parseTags(' private, #billing-migration ,,Private\nPromo '), ['private', 'billing-migration', 'Promo']);
    assert.deepEqual(parseTags(' , # '), []);
  });
});
