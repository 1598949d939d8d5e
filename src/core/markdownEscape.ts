/**
 * Escaping of untrusted text (commit subjects, PR titles, entry titles and statements) for Markdown,
 * so that it renders as written in CommonMark and GitHub-flavoured Markdown: no emphasis, links,
 * HTML, headings, lists or tables appear that the text did not spell out literally.
 */

/**
 * What can start inline syntax anywhere in a line: emphasis, code, links (`[` — so `(`, `)` and
 * `!` need no escape), autolinks and raw HTML (`<`), GFM tables, strikethrough and math, entity
 * references (`&` only before `name;`), and what linkify and GFM turn into links: `@` of emails,
 * a `.` between letters or digits (`example.com`), `//`. A `#` ending a line would close a heading.
 */
const INLINE = /[\\`*_[\]<>|~$@]|&(?=#?[a-z0-9]+;)|\.(?=[\p{L}\p{N}])|\/(?=\/)|#(?=\s*$)/giu;

/**
 * Escapes one line of text for use inside a Markdown paragraph, list item or heading.
 * Line-start constructs (`-`, `+`, `1.`, `>`, `=`, `#`) are neutralized as well.
 */
export function escapeInline(text: string): string {
  // leading white space is dropped (CommonMark would drop it, or read four spaces as code)
  let out = text
    .replace(/[\r\n]+/g, ' ')
    .replace(/^\s+/, '')
    .replace(INLINE, (c) => `\\${c}`);
  // block-level markers at the start of a line: headings, list bullets, ordered lists, setext underlines, rules
  out = out.replace(/^(\s*)([-=+#])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
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
  // inside <…> CommonMark still reads backslash escapes: percent-encode backslashes with <, > and spaces
  return `[${escapeInline(text)}](<${url.replace(/[<>\s\\]/g, encodeURIComponent)}>)`;
}
