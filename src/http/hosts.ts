/**
 * Docker's rule for plain HTTP, which the tool also applies wherever it follows a URL it was given
 * (a token realm, an attestation document, a PCCS): loopback hosts only — `localhost`,
 * `127.0.0.0/8` and `::1`, any port. Everything else must be HTTPS.
 */
export function isLoopbackHost(host: string): boolean {
  let name = host.toLowerCase();
  if (name.startsWith('[')) {
    const end = name.indexOf(']');
    name = end > 0 ? name.slice(1, end) : name;
  } else {
    const colon = name.lastIndexOf(':');
    if (colon >= 0 && name.indexOf(':') === colon) name = name.slice(0, colon);
  }
  if (name === 'localhost' || name === '::1') return true;
  const m = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(name);
  return m !== null && m.slice(1).every((n) => Number(n) <= 255);
}

/** Whether a URL may be followed: `https:`, or `http:` to a loopback host. */
export function isHttpsOrLoopback(url: URL): boolean {
  return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.host));
}

/** The statuses that redirect to their `Location`. */
export const REDIRECTS: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

/** Docker (Go's HTTP client) follows at most 10; the servers this tool asks need one or two. */
export const MAX_REDIRECTS = 5;
