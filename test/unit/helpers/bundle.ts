/**
 * Bundles a TypeScript entry point into one CommonJS file for Node 20 (esbuild), so a test can run
 * it as its own process: the CLI, or a journal worker.
 */
import { buildSync } from 'esbuild';
import * as path from 'node:path';

/** The CLI's entry point (src/cli.ts). */
export const CLI_ENTRY = path.join(__dirname, '..', '..', '..', 'src', 'cli.ts');

/** Bundles `entry` into `outfile` (absolute paths); `banner` goes first (e.g. a `#!` line). Throws on a build error. */
export function bundleForNode(entry: string, outfile: string, banner?: string): void {
  buildSync({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'error',
    ...(banner ? { banner: { js: banner } } : {}),
  });
}
