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

/**
 * A GitLab base URL normalized: origin plus path, no trailing slash, e.g. `https://gitlab.com`.
 * https only (the token must not travel in clear text), except on this machine (127.0.0.1, ::1,
 * localhost); no user name or password in the URL. Undefined when refused.
 */
export function normalizeGitLabUrl(input: string): string | undefined {
  try {
    const url = new URL(input.trim());
    const loopback = ['127.0.0.1', '[::1]', 'localhost'].includes(url.hostname);
    if (!(url.protocol === 'https:' || (url.protocol === 'http:' && loopback)) || url.username || url.password) return undefined;
    return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
  } catch {
    return undefined;
  }
}
