import { fetchWithin, type FetchLimits } from './fetch-within.js';
import { isHttpsOrLoopback } from './hosts.js';
import { networkCause } from './network-cause.js';

/** Redirects followed before giving up. */
const MAX_REDIRECTS = 5;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * A GET of a public URL (an attestation document, a PCCS answer): no credentials or cookies are
 * ever sent, redirects are followed by hand and only to `https:` or a loopback host, and each
 * hop has the time and byte limits of `fetchWithin`. No answer, or one other than 2xx, is an
 * error naming the host. Returns the answer, its body already read.
 */
export async function getPublic(
  url: URL,
  limits: FetchLimits,
  accept: string,
  base: typeof fetch = fetch,
): Promise<{ response: Response; url: URL }> {
  const get = fetchWithin(limits, base);
  let current = checked(url, url);
  for (let hop = 0; ; hop++) {
    let response: Response;
    try {
      response = await get(current, {
        method: 'GET',
        headers: { accept },
        redirect: 'manual',
        credentials: 'omit',
      });
    } catch (error) {
      // undici's TypeError names no host; time and size limits already do.
      if (!(error instanceof TypeError)) throw error;
      throw new Error(
        `${current.host} unreachable for GET ${current.pathname}: ${networkCause(error)}`,
        { cause: error },
      );
    }
    const location = response.headers.get('location');
    if (REDIRECTS.has(response.status) && location !== null) {
      if (hop === MAX_REDIRECTS) {
        throw new Error(`${url.host} redirected more than ${MAX_REDIRECTS} times; refused`);
      }
      current = checked(new URL(location, current), current);
      continue;
    }
    if (response.status < 200 || response.status > 299) {
      throw new Error(
        `${current.host} answered GET ${current.pathname} with HTTP ${response.status}`,
      );
    }
    return { response, url: current };
  }
}

/** The rule for every URL followed; `from` names where a redirect came from. */
function checked(next: URL, from: URL): URL {
  const hop = next === from ? '' : `${from.host} redirected to ${next.protocol}//${next.host}: `;
  if (next.username !== '' || next.password !== '') {
    throw new Error(`${hop}a URL with credentials in it is refused: none are ever sent`);
  }
  if (!isHttpsOrLoopback(next)) {
    throw new Error(`${hop}only https:// (or http:// to a loopback host) is followed`);
  }
  return next;
}
