/**
 * Renders the marketplace icon, `media/icon-large.svg`, to the 128×128 PNG the Visual Studio
 * Marketplace and Open VSX show (`media/icon.png`): `tsx scripts/iconPng.ts`. Needs Chromium
 * (`CHROMIUM`, default /usr/bin/chromium).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { chromium } from 'playwright-core';

async function main(): Promise<void> {
  const media = path.join(__dirname, '..', 'media');
  const svg = readFileSync(path.join(media, 'icon-large.svg'), 'utf8');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium' });
  try {
    const page = await browser.newPage({ viewport: { width: 128, height: 128 }, deviceScaleFactor: 1 });
    await page.setContent(`<!DOCTYPE html><html><body style="margin:0;background:transparent">${svg}</body></html>`);
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: 128, height: 128 } });
    writeFileSync(path.join(media, 'icon.png'), png);
    console.log(`wrote ${path.join(media, 'icon.png')} (${png.length} bytes)`);
  } finally {
    await browser.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
