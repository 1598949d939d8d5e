/**
 * "Impact Journal: Log impact": lists the user's notable pieces of work (a pull request, a topic,
 * a series of commits: core/units.ts) and pull-request activity (reviews given, PRs merged) of the
 * last N days (`impactJournal.lookbackDays`) that are not yet logged, with why each is notable and
 * what counted against it, plus "New entry…" and, for providers the workspace uses but the user
 * has not connected, "Connect …"; the choice goes through the capture flow, which records every
 * commit of the piece of work (and its PR) as sources.
 */
import { addDays, isSameYear, parseISO, startOfDay, subDays } from 'date-fns';
import { dayLabel } from '../../core/dateLabels';
import * as vscode from 'vscode';
import { activityTime } from '../../core/activity';
import { allCandidates, candidateEvidence, scanSummary, unitTickets, type Candidate } from '../../core/candidates';
import type { CompiledTracker } from '../../core/trackers';
import { toIsoDate } from '../../core/quarters';
import type { RemoteInfo } from '../../core/links';
import { reportActivityProblems, type ConnectHint } from '../activity';
import { readWorkspaceHistory, UntrustedWorkspaceError } from '../history';
import { showJournalError } from '../journalService';
import type { Services } from '../services';
import { captureEntry, manualPrefill, titleFromSubject, type Prefill } from './captureEntry';
import { MAX_TITLE } from '../../core/limits';
import { unitChange } from '../../core/unitFiles';
import { unitPullRequests, type WorkUnit } from '../../core/units';
import { visibleText } from '../../core/visibleText';

type Item = vscode.QuickPickItem & { candidate?: Candidate; manual?: true; hint?: ConnectHint };

/** Prefill of the capture flow for a commit or pull-request candidate. */
export function prefillFromCandidate(candidate: Candidate, trackers: readonly CompiledTracker[]): Prefill {
  if (candidate.type === 'activity') {
    const { activity } = candidate;
    const title =
      activity.type === 'review'
        ? vscode.l10n.t({
            message: 'Reviewed “{0}”',
            args: [activity.title],
            comment: ['The suggested title of an entry for a code review, which the user can edit; {0} is the pull request title'],
          })
        : activity.title;
    return {
      title: title.trim().slice(0, MAX_TITLE) || `${activity.repo}#${activity.number}`,
      occurredAt: toIsoDate(parseISO(activityTime(activity))),
      sources: [candidate.source],
      suggestedCompetencies: candidate.notability.suggestedCompetencies,
    };
  }
  const { unit } = candidate;
  // a topic's title is "<topic>: <its description>": the description names the work
  const title = unit.topic && unit.title.startsWith(`${unit.topic}: `) ? unit.title.slice(unit.topic.length + 2) : titleFromSubject(unit.title);
  const { tickets, project } = unitTickets(candidate, trackers);
  const commits = [...unit.commits].reverse();
  const { links } = candidateEvidence(candidate);
  return {
    title: title.slice(0, MAX_TITLE),
    occurredAt: toIsoDate(parseISO(candidate.unit.date)),
    sources: candidate.sources,
    suggestedCompetencies: candidate.notability.suggestedCompetencies,
    tickets,
    suggestedProject: project,
    ...(links.length ? { links } : {}),
    // what "Draft statement" may send to the editor's language model: messages and sizes, no file contents
    material: {
      title: unit.title,
      commits: commits.map((c) => ({ subject: c.subject, body: c.body, additions: c.additions, deletions: c.deletions })),
      files: [...new Set(commits.flatMap((c) => c.files.map((f) => f.path)))],
      ...(unit.pullRequest !== undefined && unit.merge ? { pullRequest: { number: unit.pullRequest, title: unit.title, body: unit.merge.body } } : {}),
    },
  };
}

/** Reasons a candidate is notable, then what counted against it, as one line (visible text: see core/visibleText.ts). */
export function candidateReasons(candidate: Candidate): string {
  const against = candidate.notability.signals.filter((s) => s.weight < 0).map((s) => s.reason);
  const reasons = candidate.notability.signals
    .filter((s) => s.weight > 0)
    .map((s) => s.reason)
    .join(' ');
  return visibleText(against.length ? vscode.l10n.t('{0} Counted against: {1}', reasons, against.join(' ')) : reasons);
}

/**
 * What a unit is made of, for people: "topic ps/foo · 6 commits", "PR #42 · 1 commit", "4 commits"; on a GitLab
 * remote, whose merge requests are numbered `!42`, "MR !42 · 1 commit".
 */
export function unitSummary(unit: WorkUnit, remote?: RemoteInfo): string {
  const n = unit.commits.length;
  const commits = n === 1 ? vscode.l10n.t('1 commit') : vscode.l10n.t('{0} commits', n);
  const prs = unitPullRequests(unit);
  const gitlab = remote?.kind === 'gitlab';
  if (prs.length > 1)
    return gitlab
      ? vscode.l10n.t('MRs {0} · {1}', prs.map((n) => `!${n}`).join(', '), commits)
      : vscode.l10n.t('PRs {0} · {1}', prs.map((n) => `#${n}`).join(', '), commits);
  if (unit.kind === 'pullRequest')
    return gitlab ? vscode.l10n.t('MR !{0} · {1}', String(unit.pullRequest), commits) : vscode.l10n.t('PR #{0} · {1}', String(unit.pullRequest), commits);
  if (unit.kind === 'topic' && unit.topic) return vscode.l10n.t('topic {0} · {1}', unit.topic, commits);
  return commits;
}

/**
 * Label and description of a candidate in a quick pick or tree: icon, title, where and when, as visible text
 * (core/visibleText.ts). The day is given with its year when that is not `now`'s (a long look-back lists work of
 * several years, newest first: "Nov 17, 2025" above "Dec 1, 2024", not "Nov 17" above "Dec 1").
 */
export function candidateLabel(candidate: Candidate, now: Date = new Date()): { icon: string; label: string; description: string } {
  const { icon, label, description } = rawLabel(candidate, now);
  return { icon, label: visibleText(label), description: visibleText(description) };
}

function rawLabel(candidate: Candidate, now: Date): { icon: string; label: string; description: string } {
  const day = (iso: string): string => {
    const date = parseISO(iso);
    return dayLabel(date, !isSameYear(date, now));
  };
  if (candidate.type === 'unit') {
    const { unit } = candidate;
    const { additions: added, deletions: deleted } = unitChange(unit);
    const icon = unit.kind === 'pullRequest' ? 'git-pull-request' : unit.commits.length > 1 ? 'git-merge' : 'git-commit';
    return {
      icon,
      label: unit.title,
      description: `${candidate.repo} · ${day(unit.date)} · ${unitSummary(unit, candidate.remote)} · +${added} −${deleted}`,
    };
  }
  const { activity } = candidate;
  const where = `${activity.repo}${activity.provider === 'gitlab' ? '!' : '#'}${activity.number} · ${day(activityTime(activity))}`;
  return activity.type === 'review'
    ? { icon: 'comment-discussion', label: vscode.l10n.t('Review: {0}', activity.title), description: where }
    : {
        icon: 'git-pull-request',
        label: activity.title,
        description: activity.additions === undefined ? where : `${where} · +${activity.additions} −${activity.deletions ?? 0}`,
      };
}

/** Runs the command. */
export async function logImpact(services: Services): Promise<void> {
  const journal = await services.journal.reload();
  if (!journal) {
    await showJournalError(services.journal.error);
    return;
  }
  const settings = services.settings;
  const now = new Date();
  const range = { since: startOfDay(subDays(now, settings.lookbackDays)), until: addDays(now, 1) };
  const items: Item[] = [
    {
      label: vscode.l10n.t('New entry…'),
      iconPath: new vscode.ThemeIcon('add'),
      description: vscode.l10n.t('write an entry without a commit'),
      manual: true,
      alwaysShow: true,
    },
  ];
  let placeHolder: string;
  try {
    if (!vscode.workspace.isTrusted) throw new UntrustedWorkspaceError(); // before any git or network work starts
    const [history, activity] = await Promise.all([readWorkspaceHistory(services, range), services.activity.read(range)]);
    void reportActivityProblems(activity.problems);
    const candidates = allCandidates(history.repositories, activity.activities, journal, settings.notabilityThreshold);
    placeHolder = scanSummary({ folders: history.folders.length, candidates: candidates.length, lookbackDays: settings.lookbackDays });
    if (history.problems.length > 0) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Impact Journal: skipped {0} folder(s). {1}', history.problems.length, history.problems.join(' ')));
    }
    const pullRequests = candidates.filter((c) => c.type === 'activity');
    const units = candidates.filter((c) => c.type === 'unit');
    const section = (title: (count: number) => string, list: readonly Candidate[]): void => {
      if (list.length === 0) return;
      items.push({ label: title(list.length), kind: vscode.QuickPickItemKind.Separator });
      for (const candidate of list) {
        const { icon, label, description } = candidateLabel(candidate, now);
        const tickets = candidate.type === 'unit' ? unitTickets(candidate, settings.issueTrackers).tickets : [];
        const keys = tickets.length > 0 ? `${visibleText(tickets.map((t) => t.key).join(', '))} · ` : '';
        items.push({ label, iconPath: new vscode.ThemeIcon(icon), description, detail: `${keys}${candidateReasons(candidate)}`, candidate });
      }
    };
    section((n) => vscode.l10n.t('Reviews and pull requests ({0})', n), pullRequests);
    section((n) => vscode.l10n.t('Notable work ({0})', n), units);
    const hints = await services.activity.hints(history.repositories.map((r) => r.remote));
    if (hints.length > 0) items.push({ label: vscode.l10n.t('Connect'), kind: vscode.QuickPickItemKind.Separator });
    for (const hint of hints) items.push({ label: `${hint.label}…`, iconPath: new vscode.ThemeIcon('plug'), detail: hint.detail, hint, alwaysShow: true });
  } catch (err) {
    if (err instanceof vscode.CancellationError) return;
    if (err instanceof UntrustedWorkspaceError) {
      services.log.warn(err.message);
      const newEntry = vscode.l10n.t('New Entry…');
      const manageTrust = vscode.l10n.t('Manage Workspace Trust');
      const choice = await vscode.window.showWarningMessage(err.message, newEntry, manageTrust);
      if (choice === manageTrust) await vscode.commands.executeCommand('workbench.trust.manage');
      if (choice === newEntry) await captureEntry(services, manualPrefill(now));
      return;
    }
    await showJournalError(err);
    return;
  }

  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Log impact'),
    placeHolder,
    matchOnDescription: true,
    matchOnDetail: true,
    ignoreFocusOut: true,
  });
  if (!picked) return;
  if (picked.hint) {
    await vscode.commands.executeCommand(picked.hint.command);
    return;
  }
  await captureEntry(services, picked.candidate ? prefillFromCandidate(picked.candidate, services.settings.issueTrackers) : manualPrefill(now));
}
