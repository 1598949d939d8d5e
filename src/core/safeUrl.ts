/**
 * The one rule for opening a link that came from untrusted text (an entry body, a commit subject,
 * a source URL in the journal file): http and https only, parsed by the WHATWG URL parser, no
 * credentials. Anything else is refused.
 */

/** The normalized URL if `raw` is a safe http(s) link, else undefined. */
export function safeExternalUrl(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.username || url.password) return undefined;
  return url.href;
}
