export type AuthChallenge =
  | {
      readonly scheme: 'bearer';
      readonly realm: string;
      readonly service?: string;
      readonly scope?: string;
    }
  | { readonly scheme: 'basic'; readonly realm?: string };

/**
 * Parses `WWW-Authenticate` (RFC 7235), which may hold several challenges; prefers `Bearer`.
 * Returns undefined when there is no challenge this client can answer.
 */
export function parseChallenge(header: string | null | undefined): AuthChallenge | undefined {
  if (!header) return undefined;
  const challenges: { scheme: string; params: Map<string, string> }[] = [];
  let i = 0;
  const s = header;
  const skip = (re: RegExp): void => {
    while (i < s.length && re.test(s.charAt(i))) i++;
  };
  const token = (): string => {
    const start = i;
    while (i < s.length && /[!#$%&'*+\-.^_`|~0-9A-Za-z]/.test(s.charAt(i))) i++;
    return s.slice(start, i);
  };
  while (i < s.length) {
    skip(/[\s,]/);
    const scheme = token();
    if (scheme === '') break;
    const params = new Map<string, string>();
    challenges.push({ scheme: scheme.toLowerCase(), params });
    for (;;) {
      skip(/[\s,]/);
      const save = i;
      const key = token();
      skip(/\s/);
      if (key === '' || s.charAt(i) !== '=') {
        // Not `key=`: the next challenge's scheme (or token68 data, which no registry scheme uses).
        i = save;
        if (key === '') i++;
        break;
      }
      i++;
      skip(/\s/);
      let value = '';
      if (s.charAt(i) === '"') {
        i++;
        while (i < s.length && s.charAt(i) !== '"') {
          if (s.charAt(i) === '\\' && i + 1 < s.length) i++;
          value += s.charAt(i);
          i++;
        }
        i++;
      } else {
        value = token();
      }
      params.set(key.toLowerCase(), value);
    }
  }
  const bearer = challenges.find((c) => c.scheme === 'bearer');
  const realm = bearer?.params.get('realm');
  if (bearer && realm) {
    const service = bearer.params.get('service');
    const scope = bearer.params.get('scope');
    return {
      scheme: 'bearer',
      realm,
      ...(service !== undefined ? { service } : {}),
      ...(scope !== undefined ? { scope } : {}),
    };
  }
  const basic = challenges.find((c) => c.scheme === 'basic');
  if (basic) {
    const basicRealm = basic.params.get('realm');
    return { scheme: 'basic', ...(basicRealm !== undefined ? { realm: basicRealm } : {}) };
  }
  return undefined;
}
