/**
 * Reading the query string, without the rest of the URL state: the first module the page runs
 * (first-load.ts) needs `dataset=` before the main bundle has loaded, so this file stays small.
 */

/** Splits a query string into raw (still percent-encoded) values; the first occurrence of a key wins. */
export function rawParams(search: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const part of search.replace(/^\?/, '').split('&')) {
    if (part === '') continue;
    const equals = part.indexOf('=');
    const key = safeDecode(equals < 0 ? part : part.slice(0, equals));
    if (key === null || params.has(key)) continue;
    params.set(key, equals < 0 ? '' : part.slice(equals + 1));
  }
  return params;
}

/** Decodes one component ('+' is a space, as in forms); null when the percent-encoding is broken. */
export function safeDecode(raw: string): string | null {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** The dataset a query string asks for (`null` = the demo city), without checking it. */
export function datasetParam(search: string): string | null {
  const value = rawParams(search).get('dataset');
  const decoded = value === undefined ? null : safeDecode(value);
  return decoded === null || decoded.trim() === '' ? null : decoded;
}

/**
 * The absolute manifest URL for a `dataset=` value, or null when it leaves the page's origin (or is not
 * http(s)): data must not come from, or reveal the view to, another server.
 */
export function sameOriginManifestUrl(source: string, pageUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(source, pageUrl);
  } catch {
    return null;
  }
  const page = new URL(pageUrl);
  if (url.origin !== page.origin || (url.protocol !== 'http:' && url.protocol !== 'https:')) return null;
  return url.href;
}
