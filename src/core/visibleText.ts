/**
 * Untrusted text (commit subjects, file paths, author names, PR titles, entry titles) shown in a
 * terminal, a notification, a tree item or a quick pick: control characters and bidirectional
 * overrides become visible escapes, so the text cannot retitle or clear a terminal (OSC, `ESC[2J`),
 * break a line, or reorder what a reader sees (the "Trojan Source" overrides, CVE-2021-42574).
 */

/** C0 controls (newline and tab included: shown text is one line), DEL and C1 controls; Unicode's bidirectional overrides, isolates and marks. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * `text` with every control character and bidirectional control replaced by a visible escape:
 * ESC → `\x1b`, newline → `\n`, U+202E → `\u202e`. Other text (any script, emoji) is unchanged.
 */
export function visibleText(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    if (c === '\n') return '\\n';
    if (c === '\t') return '\\t';
    if (c === '\r') return '\\r';
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** Like `visibleText`, line by line: newlines are kept (for multi-line tooltips), every other control is escaped. */
export function visibleLines(text: string): string {
  return text.split('\n').map(visibleText).join('\n');
}
