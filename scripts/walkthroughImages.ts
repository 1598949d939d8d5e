/**
 * The getting-started walkthrough's pictures (`media/walkthrough/*.png`, package.json
 * `contributes.walkthroughs`), cut from the screenshots the end-to-end suite takes in the real
 * workbench (`test/e2e/screenshots/`, 1400×900): run `npm run test:e2e` first, then
 * `tsx scripts/walkthroughImages.ts`. Needs Chromium (`CHROMIUM`, default /usr/bin/chromium).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { chromium } from 'playwright-core';

/** Each picture: the e2e screenshot it is cut from and the region, in the screenshot's pixels. */
const PICTURES: ReadonlyArray<{ out: string; from: string; x: number; y: number; width: number; height: number }> = [
  { out: 'framework.png', from: '2-webview.png', x: 352, y: 36, width: 750, height: 540 },
  { out: 'connect.png', from: 'activity-3-to-annotate.png', x: 48, y: 36, width: 300, height: 660 },
  { out: 'log-impact.png', from: '1-log-impact-pick.png', x: 400, y: 4, width: 604, height: 230 },
  { out: 'journal.png', from: '2-webview.png', x: 0, y: 36, width: 1100, height: 830 },
  { out: 'export.png', from: '3-export.png', x: 0, y: 36, width: 1100, height: 560 },
];

async function main(): Promise<void> {
  const root = path.join(__dirname, '..');
  const shots = path.join(root, 'test', 'e2e', 'screenshots');
  const out = path.join(root, 'media', 'walkthrough');
  mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium' });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1 });
    for (const p of PICTURES) {
      const data = readFileSync(path.join(shots, p.from)).toString('base64');
      await page.setContent(`<!DOCTYPE html><html><body style="margin:0"><img src="data:image/png;base64,${data}"></body></html>`);
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      const png = await page.screenshot({ clip: { x: p.x, y: p.y, width: p.width, height: p.height } });
      writeFileSync(path.join(out, p.out), png);
      console.log(`wrote media/walkthrough/${p.out} (${png.length} bytes)`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
