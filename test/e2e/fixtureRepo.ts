/**
 * The workspace the end-to-end tests open: a real git repository with a GitHub remote and
 * commits by the configured user (some notable, some routine) and by someone else, dated in the
 * last weeks so "Log impact" (90-day window) offers them.
 */
import { subDays } from 'date-fns';
import { lines, ME, OTHER, TempRepo } from '../unit/helpers/tempRepo';

/** Subject of the notable commit the tests log. */
export const NOTABLE_SUBJECT = 'Fix checkout outage: retry failed payments (#42)';

/** Creates the repository; returns it (its `dir` is the workspace folder). */
export function createWorkspaceRepo(now = new Date()): TempRepo {
  const repo = new TempRepo();
  repo.git('remote', 'add', 'origin', 'git@github.com:acme/shop.git');
  const at = (days: number): string => subDays(now, days).toISOString();
  repo.commit({ message: 'Initial import', files: { 'README.md': '# Shop\n', 'src/app.ts': lines(20) }, date: at(30) });
  repo.commit({ message: 'Tweak wording', files: { 'README.md': '# Shop\n\nA shop.\n' }, date: at(20) });
  repo.commit({ message: 'Someone else’s big change', author: OTHER, files: { 'src/other.ts': lines(400) }, date: at(15) });
  repo.commit({
    message: `${NOTABLE_SUBJECT}\n\nPayments failed during the outage because the gateway timed out.\n\nCo-authored-by: Grace Hopper <grace@example.com>\n`,
    files: { 'src/payments/retry.ts': lines(140, 'retry'), 'src/payments/retry.test.ts': lines(40, 'test') },
    author: ME,
    date: at(5),
  });
  repo.commit({ message: 'Rename variable', files: { 'src/app.ts': lines(21) }, date: at(2) });
  return repo;
}
