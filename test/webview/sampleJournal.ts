/**
 * Journals for the webview tests and the benchmark: a small one whose every entry a test can name,
 * and a large generated one (n entries spread over two years, several repositories, shared
 * competencies, goals), both valid `JournalFile`s.
 */
import { DEFAULT_COMPETENCIES } from '../../src/core/competencies';
import type { Entry, JournalFile, Source } from '../../src/core/model';

/** "Today" of the webview tests: the states' periods and the current quarter (2026 Q4) follow from it. */
export const NOW = new Date(2026, 10, 22, 12);

const STAMP = '2026-11-01T10:00:00.000Z';

/** A UUID whose last digits are `n`. */
export function uuid(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

function commit(repo: string, sha: string, subject: string): Source {
  return { type: 'commit', repo, sha, subject, additions: 120, deletions: 30, files: 4, url: `https://${repo}/commit/${sha}` };
}

function entry(n: number, fields: Partial<Entry> & Pick<Entry, 'title' | 'occurredAt' | 'competencies'>): Entry {
  return { id: uuid(n), kind: 'impact', body: '', createdAt: STAMP, updatedAt: STAMP, sources: [{ type: 'manual' }], tags: [], ...fields };
}

/** Goal ids of the small journal. */
export const GOAL_MIGRATION = '11111111-1111-4111-8111-111111111111';

/**
 * Eight entries: six in 2026 Q4 (three repositories, one shared by two competencies, one with a
 * competency outside the framework, one learning), one in 2026 Q3 and one in 2025; one goal.
 */
export function smallJournal(): JournalFile {
  return {
    schemaVersion: 1,
    entries: [
      entry(1, {
        title: 'Cut checkout p95 latency from 900 to 300 ms',
        occurredAt: '2026-11-18',
        competencies: ['reliability-operations'],
        body: 'EU users saw **3× faster** checkout. [dashboard](https://grafana.example/d/1)',
        sources: [commit('github.com/acme/shop', 'a1b2c3d4e5f6', 'perf: cache cart totals')],
      }),
      entry(2, {
        title: 'Reviewed the payments retry design',
        occurredAt: '2026-11-12',
        competencies: ['code-review', 'mentorship'],
        body: 'Walked Sam through idempotency keys.',
        sources: [
          {
            type: 'pullRequest',
            provider: 'github',
            repo: 'github.com/acme/payments',
            number: 57,
            title: 'Retry failed payments',
            url: 'https://github.com/acme/payments/pull/57',
            role: 'reviewer',
            state: 'APPROVED',
          },
        ],
      }),
      entry(3, {
        title: 'Learned how our Kafka consumer groups rebalance',
        occurredAt: '2026-11-05',
        kind: 'learning',
        competencies: ['learning-growth'],
        body: 'Read the KIP and wrote notes for the team.',
      }),
      entry(4, {
        title: 'Wrote the ADR for moving billing to the queue',
        occurredAt: '2026-10-28',
        competencies: ['design-documentation', 'system-design'],
        sources: [commit('github.com/acme/billing', 'b2c3d4e5f6a1', 'docs: ADR 12 billing queue')],
      }),
      entry(5, { title: 'Ran the incident review for the October outage', occurredAt: '2026-10-20', competencies: ['incident-command'] }),
      entry(6, {
        title: 'Migrated billing workers to the new queue',
        occurredAt: '2026-10-09',
        competencies: ['execution-delivery'],
        sources: [commit('github.com/acme/billing', 'c3d4e5f6a1b2', 'feat: billing workers on queue')],
        goals: [GOAL_MIGRATION],
      }),
      entry(7, { title: 'Onboarded two new engineers', occurredAt: '2026-08-14', competencies: ['mentorship'] }),
      entry(8, {
        title: 'Shipped the first version of the shop search',
        occurredAt: '2025-06-02',
        competencies: ['execution-delivery'],
        sources: [commit('github.com/acme/shop', 'd4e5f6a1b2c3', 'feat: search')],
      }),
    ],
    dismissed: [],
    goals: [
      { id: GOAL_MIGRATION, competency: 'system-design', title: 'Lead the migration of billing to the queue', targetQuarter: '2026-Q4', status: 'inProgress' },
    ],
    assessments: [{ competency: 'system-design', quarter: '2026-Q3', self: 3 }],
  };
}

const REPOS = ['github.com/acme/shop', 'github.com/acme/billing', 'gitlab.com/acme/infra', 'github.com/acme/web', 'github.com/acme/payments'];
const VERBS = ['Shipped', 'Fixed', 'Designed', 'Reviewed', 'Migrated', 'Documented', 'Mentored on', 'Sped up', 'Cleaned up', 'Led'];

/** `n` generated entries over the two years before `now`, newest first by date, deterministic. */
export function largeJournal(n: number, now: Date = NOW): JournalFile {
  const entries: Entry[] = [];
  const day = 86_400_000;
  for (let i = 0; i < n; i++) {
    const date = new Date(now.getTime() - Math.floor((i * 730) / n) * day);
    const occurredAt = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
    const c1 = DEFAULT_COMPETENCIES[i % DEFAULT_COMPETENCIES.length]!.id;
    const c2 = DEFAULT_COMPETENCIES[(i * 7 + 3) % DEFAULT_COMPETENCIES.length]!.id;
    const repo = REPOS[i % REPOS.length];
    const sha = (i * 2654435761).toString(16).padStart(12, '0').slice(-12);
    entries.push(
      entry(i + 1, {
        kind: i % 4 === 0 ? 'learning' : 'impact',
        title: `${VERBS[i % VERBS.length]} ${repo!.split('/').pop()} change #${i}`,
        occurredAt,
        competencies: i % 3 === 0 ? [c1, c2] : [c1],
        body: `What changed, for whom, how much: cut **p95 latency** from ${900 - (i % 500)} ms to 300 ms for EU users. [design doc](https://docs.example/${i})`,
        sources: i % 5 === 4 ? [{ type: 'manual' }] : [commit(repo!, sha, `perf: change ${i}`)],
      }),
    );
  }
  return { schemaVersion: 1, entries, dismissed: [], goals: [], assessments: [] };
}
