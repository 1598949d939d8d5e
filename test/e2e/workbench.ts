/**
 * What a user does in the workbench, as Playwright steps: the command palette, quick picks,
 * input boxes, notifications, the sidebar and the journal webview.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { REPO_ROOT, sleep, waitFor } from './vscodeServer';

export const SCREENSHOTS = path.join(REPO_ROOT, 'test', 'e2e', 'screenshots');

/** Opens the folder in the workbench and waits until it is ready. */
export async function openWorkbench(page: Page, url: string, folder: string): Promise<void> {
  await page.goto(`${url}?folder=${encodeURIComponent(folder)}`);
  await page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
  await page.waitForSelector('.statusbar', { timeout: 30_000 });
}

/** Runs a command from the palette by its title, retrying while contributions are still loading. */
export async function runCommand(page: Page, title: string): Promise<void> {
  const input = page.locator('.quick-input-widget input.input');
  const showsCommand = async (): Promise<boolean> => (await input.isVisible().catch(() => false)) && (await input.inputValue().catch(() => '')) === `>${title}`;
  for (let attempt = 0; attempt < 3; attempt++) {
    await waitFor(
      async () => {
        await page.keyboard.press('Escape');
        await page.keyboard.press('F1');
        // the palette closes when the focus moves (a view revealed by the command before, a
        // notification arriving): then it is opened again
        try {
          await input.waitFor({ state: 'visible', timeout: 5000 });
          await input.fill(`>${title}`, { timeout: 3000 });
        } catch {
          return undefined;
        }
        const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
        try {
          await row.waitFor({ state: 'visible', timeout: 3000 });
          return true;
        } catch {
          return undefined;
        }
      },
      60_000,
      () => `command "${title}" never appeared in the palette`,
    );
    // The key goes where the keyboard focus is: an open webview can take it back a moment after the
    // palette opened (the workbench hands focus to a webview asynchronously), and Enter is then lost
    // there. A user would click back into the palette; the test puts the focus there, and opens the
    // palette again if it closed meanwhile.
    if (!(await showsCommand())) continue;
    if (await enterInQuickInput(page, showsCommand)) return;
  }
  throw new Error(`command "${title}" could not be run from the palette`);
}

/**
 * Presses Enter in the quick input with the keyboard focus put back on it first, and tells whether
 * the input took it: whether `stillShowing` (what it showed before) turned false within 5 s.
 */
async function enterInQuickInput(page: Page, stillShowing: () => Promise<boolean>): Promise<boolean> {
  const input = page.locator('.quick-input-widget input.input');
  if (!(await input.evaluate((el) => el === document.activeElement).catch(() => false))) await input.focus().catch(() => undefined);
  await page.keyboard.press('Enter');
  return waitFor(
    async () => ((await stillShowing()) ? undefined : true),
    5_000,
    () => '',
  ).catch(() => false);
}

/** The quick input widget's text once it shows `text` (title, placeholder or an item; one of them when several). */
export async function quickInputShowing(page: Page, text: string | readonly string[], timeoutMs = 30_000): Promise<string> {
  const texts = typeof text === 'string' ? [text] : text;
  const widget = page.locator('.quick-input-widget');
  return waitFor(
    async () => {
      if (!(await widget.isVisible())) return undefined;
      const all = `${await widget.innerText()} ${(await widget.locator('input.input').getAttribute('placeholder')) ?? ''} ${
        (await widget
          .locator('.quick-input-message')
          .innerText()
          .catch(() => '')) ?? ''
      }`;
      return texts.some((t) => all.includes(t)) ? all : undefined;
    },
    timeoutMs,
    () => `the quick input never showed "${texts.join('" or "')}"`,
  );
}

/**
 * Accepts the quick pick showing `placeholder` once its focused row is the one with `row`
 * (pressing Enter before the list is ready would be lost), then waits for it to close or change.
 */
export async function acceptFocused(page: Page, placeholder: string, row: string): Promise<void> {
  await quickInputShowing(page, placeholder);
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: row }).first().waitFor({ timeout: 15_000 });
  // The key goes where the keyboard focus is. After a window reload, a restored webview can take the
  // focus back a moment after the quick pick opened (the workbench hands focus to a webview
  // asynchronously); a user would click back into the pick, so the test puts the focus there.
  const input = page.locator('.quick-input-widget input.input');
  const stillOpen = async (): Promise<boolean> =>
    ((await input.getAttribute('placeholder').catch(() => null)) ?? '').includes(placeholder) && (await page.locator('.quick-input-widget').isVisible());
  for (let attempt = 0; ; attempt++) {
    if (await enterInQuickInput(page, stillOpen)) return;
    if (attempt === 2) {
      const active = await page
        .evaluate('document.activeElement ? document.activeElement.tagName + "." + document.activeElement.className : "none"')
        .catch(() => '?');
      throw new Error(`the quick pick "${placeholder}" did not close (keyboard focus: ${String(active)})`);
    }
  }
}

/**
 * Chooses the row `row` of the quick pick showing `placeholder`, wherever it is in the list: types
 * it into the filter (as a user would) so it becomes the focused row, then accepts it.
 */
export async function choosePick(page: Page, placeholder: string, row: string): Promise<void> {
  await quickInputShowing(page, placeholder);
  await page.locator('.quick-input-widget input.input').fill(row);
  await acceptFocused(page, placeholder, row);
}

/**
 * Answers the capture prompts that follow picking something to log: the kind, the title (asserted
 * to be prefilled with `title`, then kept), the statement (typed), no results yet (Enter) and the
 * competencies (the suggested ones kept). `atCompetencies` runs while the competency pick shows (e.g. a screenshot).
 */
export async function answerCapturePrompts(
  page: Page,
  answers: {
    kind: 'Impact' | 'Learning';
    title: string;
    statement: string;
    /** What the statement box must hold already (a draft kept from an attempt left with Escape): the rest of `statement` is typed after it. */
    statementKept?: string;
    project?: string;
    atCompetencies?: () => Promise<unknown>;
  },
): Promise<void> {
  await acceptFocused(page, 'Is this impact or learning?', answers.kind);
  await quickInputShowing(page, 'Title');
  const prefilled = await page.locator('.quick-input-widget input.input').inputValue();
  if (prefilled !== answers.title) throw new Error(`title prefilled with "${prefilled}", expected "${answers.title}"`);
  await page.keyboard.press('Enter');
  await quickInputShowing(page, 'Impact statement');
  const kept = await page.locator('.quick-input-widget input.input').inputValue();
  if (kept !== (answers.statementKept ?? '')) throw new Error(`statement box holds "${kept}", expected "${answers.statementKept ?? ''}"`);
  await page.keyboard.type(answers.statement.slice(kept.length));
  await page.keyboard.press('Enter');
  await quickInputShowing(page, 'Add results and evidence?');
  await page.keyboard.press('Enter'); // no results now (the outcome reminder asks later); a suggested project is picked
  const next = await quickInputShowing(page, ['Competencies this is evidence of', 'Project or initiative']);
  if (next.includes('Project or initiative')) {
    // the work suggested a project: keep it as suggested
    const project = await page.locator('.quick-input-widget input.input').inputValue();
    if (answers.project !== undefined && project !== answers.project) throw new Error(`project prefilled with "${project}", expected "${answers.project}"`);
    await page.keyboard.press('Enter');
    await quickInputShowing(page, 'Competencies this is evidence of');
  } else if (answers.project !== undefined) throw new Error(`no project was suggested, expected "${answers.project}"`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'suggested' }).first().waitFor({ timeout: 15_000 });
  await answers.atCompetencies?.();
  await page.keyboard.press('Enter'); // keep the suggested ones
}

/** The journal file, parsed, once it has been written (within 20 s). */
export function journalWhenWritten<T>(file: string): Promise<T> {
  return waitFor(
    () => (existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : undefined),
    20_000,
    () => `journal file ${file} never written`,
  );
}

/** Waits for a notification toast containing `text`; returns its text. */
export async function notification(page: Page, text: string | RegExp, timeoutMs = 30_000): Promise<string> {
  const toasts = page.locator('.notifications-toasts .notification-toast');
  return waitFor(
    async () => {
      for (const t of await toasts.all()) {
        const s = await t.innerText().catch(() => '');
        if (typeof text === 'string' ? s.includes(text) : text.test(s)) return s;
      }
      return undefined;
    },
    timeoutMs,
    () => `no notification matching ${String(text)}`,
  );
}

/** The inner frame of the visible webview (VS Code nests the content in two iframes). */
export function webviewFrame(page: Page): FrameLocator {
  return page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
}

/** Saves a screenshot under test/e2e/screenshots/; returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

export { sleep };
