/**
 * Escaping of untrusted text (commit subjects, PR titles, entry titles and statements) for Markdown,
 * so that it renders as written in CommonMark and GitHub-flavoured Markdown: no emphasis, links,
 * HTML, headings, lists or tables appear that the text did not spell out literally.
 */

/**
 * Characters that can start inline syntax anywhere in a line: emphasis, code, links (`[` — so `(`,
 * `)` and `!` need no escape), autolinks and raw HTML (`<`), GFM tables, strikethrough and math, and
 * entity references (`&` only before `name;`).
 */
const INLINE = /[\\`*_[\]<>|~$]|&(?=#?[a-z0-9]+;)/gi;

/**
 * Escapes one line of text for use inside a Markdown paragraph, list item or heading.
 * Line-start constructs (`-`, `+`, `1.`, `>`, `=`, `#`) are neutralized as well.
 */
export function escapeInline(text: string): string {
  let out = text.replace(/[\r\n]+/g, ' ').replace(INLINE, (c) => `\\${c}`);
  // block-level markers at the start of a line: headings, list bullets, ordered lists, setext underlines, rules
  out = out.replace(/^(\s*)([-=+#])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
  // GFM autolinks (www.x.com, https://x) would turn text into links: break them with an escape on the dot/colon
  out = out.replace(/\b(https?|ftp)(:\/\/)/gi, '$1\\:\\/\\/').replace(/\b(www)\./gi, '$1\\.');
  // GFM and linkify turn user@host into a mailto: link
  out = out.replace(/([\w.+-])@(?=[\w-]+\.)/g, '$1\\@');
  return out;
}

/**
 * Escapes multi-line text as a block of hard-broken lines, each line escaped with `escapeInline`,
 * indented by `indent` (to continue a list item). Empty lines become paragraph breaks.
 */
export function escapeBlock(text: string, indent = ''): string {
  return text
    .replace(/\r\n?/g, '\n')
    .trim()
    .split('\n')
    .map((line) => (line.trim() === '' ? '' : `${indent}${escapeInline(line.trim())}`))
    .join('\n')
    .replace(/([^\n])\n(?=[^\n])/g, '$1\\\n')
    .replace(/\n{3,}/g, '\n\n');
}

/** A Markdown link `[text](url)` with escaped text, or the escaped text alone when there is no http(s) URL. */
export function link(text: string, url: string | undefined): string {
  if (!url || !/^https?:\/\//i.test(url)) return escapeInline(text);
  return `[${escapeInline(text)}](<${url.replace(/[<>\s]/g, encodeURIComponent)}>)`;
}
