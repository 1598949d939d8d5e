/**
 * The Markdown export as a standalone HTML document, for pasting into tools that do not take
 * Markdown. markdown-it renders with raw HTML off (user text was escaped anyway), so nothing in an
 * entry becomes markup; links keep only http(s) targets.
 */
import MarkdownIt from 'markdown-it';

/** Renders `markdown` (from exportPeriod) as a complete HTML5 document titled `title`. */
export function renderHtmlDocument(markdown: string, title: string): string {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  const validate = md.validateLink.bind(md);
  md.validateLink = (url: string): boolean => /^https?:/i.test(url.trim()) && validate(url);
  const escapedTitle = md.utils.escapeHtml(title);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapedTitle}</title>
<style>
body { font-family: -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; max-width: 50rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #1f2328; }
h1, h2, h3 { line-height: 1.25; } h2 { border-bottom: 1px solid #d1d9e0; padding-bottom: .3em; }
table { border-collapse: collapse; } th, td { border: 1px solid #d1d9e0; padding: .3em .8em; }
a { color: #0969da; } li { overflow-wrap: anywhere; }
</style>
</head>
<body>
${md.render(markdown)}</body>
</html>
`;
}
