/**
 * A repository's read history (workHistory.ts) as the core's `RepositoryWork` (core/work.ts).
 */
import type { RepositoryWork } from '../core/work';
import type { WorkHistory } from './workHistory';

/** `history` as the core's input for units of work. */
export function repositoryWork(history: WorkHistory): RepositoryWork {
  return {
    repo: history.repository.repo,
    remote: history.repository.remote,
    range: history.range,
    commits: history.commits,
    topology: history.topology,
    conventions: history.conventions,
    releaseNotes: history.releaseNotes,
    releaseTags: history.releaseTags,
    notesAdditions: history.notesAdditions,
    fragmentAdditions: history.fragmentAdditions,
  };
}
