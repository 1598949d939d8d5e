/**
 * Entry statements are Markdown, rendered by markdown-it with raw HTML off, no images (they would
 * load from anywhere), no headings or tables inside a statement, and links to http(s) only (link
 * clicks go to the host, which checks again). Rendered HTML is cached per body text.
 */
import MarkdownIt from 'markdown-it';

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: true });
markdown.disable(['image', 'heading', 'lheading', 'table']);
const defaultValidateLink = markdown.validateLink.bind(markdown);
markdown.validateLink = (url: string): boolean => /^https?:/i.test(url.trim()) && defaultValidateLink(url);

const cache = new Map<string, string>();
const CACHE_SIZE = 500;

/** Safe HTML of a Markdown statement (markdown-it escapes all raw HTML and refuses other link schemes). */
export function renderMarkdown(body: string): string {
  let out = cache.get(body);
  if (out === undefined) {
    out = markdown.render(body);
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    cache.set(body, out);
  }
  return out;
}

/** Only http(s) URLs become links. */
export function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}
