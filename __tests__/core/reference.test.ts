import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import {
  isSha256Digest,
  isValidTag,
  normalizeRepository,
  parseReference,
  pinnedReference,
} from '../../src/core/reference.js';
import type { ImageRef } from '../../src/core/types.js';
import { FIXTURES } from '../helpers/cli.js';

const D = `sha256:${'0123456789abcdef'.repeat(4)}`;

describe('parseReference: valid references', () => {
  it.each([
    // text, domain, path, name, tag, digest
    ['nginx', 'docker.io', 'library/nginx', 'nginx', undefined, undefined],
    ['nginx:1.27', 'docker.io', 'library/nginx', 'nginx', '1.27', undefined],
    ['library/nginx', 'docker.io', 'library/nginx', 'library/nginx', undefined, undefined],
    ['docker.io/nginx', 'docker.io', 'library/nginx', 'docker.io/nginx', undefined, undefined],
    [
      'index.docker.io/library/nginx',
      'docker.io',
      'library/nginx',
      'index.docker.io/library/nginx',
      undefined,
      undefined,
    ],
    [
      'registry-1.docker.io/acme/app:v1',
      'docker.io',
      'acme/app',
      'registry-1.docker.io/acme/app',
      'v1',
      undefined,
    ],
    ['xmregistry/app', 'docker.io', 'xmregistry/app', 'xmregistry/app', undefined, undefined],
    ['ghcr.io/a/b/c:tag', 'ghcr.io', 'a/b/c', 'ghcr.io/a/b/c', 'tag', undefined],
    ['localhost:5000/app:1', 'localhost:5000', 'app', 'localhost:5000/app', '1', undefined],
    ['localhost/app', 'localhost', 'app', 'localhost/app', undefined, undefined],
    ['127.0.0.1:5000/a', '127.0.0.1:5000', 'a', '127.0.0.1:5000/a', undefined, undefined],
    ['[::1]:5000/a', '[::1]:5000', 'a', '[::1]:5000/a', undefined, undefined],
    ['[2001:db8::1]/team/a:x', '[2001:db8::1]', 'team/a', '[2001:db8::1]/team/a', 'x', undefined],
    [
      'registry.example.com:8443/team/app',
      'registry.example.com:8443',
      'team/app',
      'registry.example.com:8443/team/app',
      undefined,
      undefined,
    ],
    [`nginx:1.27@${D}`, 'docker.io', 'library/nginx', 'nginx', '1.27', D],
    [`nginx@${D}`, 'docker.io', 'library/nginx', 'nginx', undefined, D],
    [`localhost:5000/app@${D}`, 'localhost:5000', 'app', 'localhost:5000/app', undefined, D],
    // An uppercase first component is read as a host, as Docker does.
    ['Registry/app', 'Registry', 'app', 'Registry/app', undefined, undefined],
    ['a.b-c--d/f_g', 'a.b-c--d', 'f_g', 'a.b-c--d/f_g', undefined, undefined],
    [
      'a/b.c_d__e---f:V_1.0-rc',
      'docker.io',
      'a/b.c_d__e---f',
      'a/b.c_d__e---f',
      'V_1.0-rc',
      undefined,
    ],
    ['  nginx:1.27  ', 'docker.io', 'library/nginx', 'nginx', '1.27', undefined],
    // Without a slash, `localhost:5000` is name `localhost` with tag `5000` (Docker's reading).
    ['localhost:5000', 'docker.io', 'library/localhost', 'localhost', '5000', undefined],
  ])('%s', (text, domain, path, name, tag, digest) => {
    const ref = parseReference(text);
    expect(ref.original).toBe(text.trim());
    expect(ref.domain).toBe(domain);
    expect(ref.path).toBe(path);
    expect(ref.repository).toBe(`${domain}/${path}`);
    expect(ref.name).toBe(name);
    expect(ref.tag).toBe(tag);
    expect(ref.digest).toBe(digest);
    expect('tag' in ref).toBe(tag !== undefined);
    expect('digest' in ref).toBe(digest !== undefined);
  });

  it('accepts a 128-character tag and a path of exactly 255 characters, however long the host', () => {
    const tag = `v${'1'.repeat(127)}`;
    expect(parseReference(`nginx:${tag}`).tag).toBe(tag);
    const path = `acme/${'a'.repeat(255 - 'acme/'.length)}`;
    expect(parseReference(path).path).toHaveLength(255);
    const host = `${'r'.repeat(60)}.example.com:5000`;
    expect(parseReference(`${host}/${path}:1`).repository).toBe(`${host}/${path}`);
    // `library/` counts: it is part of the path Docker checks.
    expect(parseReference('a'.repeat(255 - 'library/'.length)).path).toHaveLength(255);
  });
});

describe('parseReference: invalid references', () => {
  it.each([
    ['Nginx', 'repository name must be lowercase ("Nginx")'],
    ['acme/MyApp:1', 'repository name must be lowercase ("acme/MyApp")'],
    ['ghcr.io/Acme/app', 'repository name must be lowercase ("Acme/app")'],
    [`nginx@sha256:${'ABCDEF0123456789'.repeat(4)}`, 'has uppercase hex'],
    ['nginx@sha256:abc123', 'has 6 hex characters'],
    [`nginx@sha256:${'a'.repeat(65)}`, 'has 65 hex characters'],
    [`nginx@sha512:${'a'.repeat(128)}`, 'digest algorithm "sha512"'],
    [`nginx@md5:${'a'.repeat(32)}`, 'digest algorithm "md5"'],
    [`nginx@sha256:${'g'.repeat(64)}`, 'non-hex characters'],
    ['nginx@', 'digest "" is malformed'],
    ['nginx@latest', 'digest "latest" is malformed'],
    [`a@b@${D}`, `digest "b@${D}" is malformed`],
    ['a//b', 'empty path component in "a//b"'],
    ['a/b/', 'empty path component in "a/b/"'],
    ['/a', 'empty path component in "/a"'],
    ['nginx:', 'empty tag after ":"'],
    ['nginx:-1', 'tag "-1" is invalid'],
    ['nginx:a:b', 'tag "a:b" is invalid'],
    [`nginx:${'t'.repeat(129)}`, `tag "${'t'.repeat(129)}" is invalid`],
    ['ngi nx', 'whitespace is not allowed (at position 4)'],
    ['nginx\t:1', 'whitespace is not allowed (at position 6)'],
    ['', 'the reference is empty'],
    ['   ', 'the reference is empty'],
    [':1.0', 'the repository name is empty'],
    [`@${D}`, 'the repository name is empty'],
    ['-bad', 'path component "-bad" is invalid'],
    ['acme/bad-', 'path component "bad-" is invalid'],
    ['a..b', 'path component "a..b" is invalid'],
    ['a___b', 'path component "a___b" is invalid'],
    ['-host.io/app', 'registry host "-host.io" is not a valid host[:port]'],
    ['a_b.io/app', 'registry host "a_b.io" is not a valid host[:port]'],
    ['host.io:port/app', 'registry host "host.io:port" is not a valid host[:port]'],
    ['[::1/app', 'registry host "[::1" is not a valid host[:port]'],
    [
      `acme/${'a'.repeat(256)}`,
      'repository name is 261 characters long without the registry host; at most 255 allowed',
    ],
    [
      `${'r'.repeat(60)}.example.com/${'a'.repeat(256)}`,
      'repository name is 256 characters long without the registry host; at most 255 allowed',
    ],
    [
      'a'.repeat(255 - 'library/'.length + 1),
      'repository name is 256 characters long without the registry host',
    ],
    ['0123456789abcdef'.repeat(4), 'a bare 64-character hex string is an image ID'],
  ])('%j', (text, why) => {
    let caught: unknown;
    try {
      parseReference(text, 'images');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InputError);
    const error = caught as InputError;
    expect(error.input).toBe('images');
    expect(error.message).toContain(`images: invalid image reference "${text.trim()}": `);
    expect(error.message).toContain(why);
  });

  it('names the input it was given', () => {
    expect(() => parseReference('A', 'compose-file')).toThrow(/^compose-file: invalid image/);
  });

  it('explains the rule for a bad digest', () => {
    expect(() => parseReference('nginx@sha256:abc')).toThrow(
      'expected sha256: followed by 64 lowercase hex characters',
    );
  });
});

describe('isSha256Digest', () => {
  it.each([
    [D, true],
    [`sha256:${'f'.repeat(64)}`, true],
    [`sha256:${'F'.repeat(64)}`, false],
    [`sha256:${'f'.repeat(63)}`, false],
    [`sha256:${'f'.repeat(65)}`, false],
    [`sha512:${'f'.repeat(64)}`, false],
    [`SHA256:${'f'.repeat(64)}`, false],
    ['f'.repeat(64), false],
    [` ${D}`, false],
    [`${D}\n`, false],
    ['', false],
  ])('%j → %s', (digest, expected) => {
    expect(isSha256Digest(digest)).toBe(expected);
  });
});

describe('normalizeRepository', () => {
  it.each([
    ['nginx', 'docker.io/library/nginx'],
    ['nginx:1.27', 'docker.io/library/nginx'],
    [`nginx:1.27@${D}`, 'docker.io/library/nginx'],
    ['xmregistry/app:v1.0.0', 'docker.io/xmregistry/app'],
    ['docker.io/xmregistry/app:latest', 'docker.io/xmregistry/app'],
    ['index.docker.io/xmregistry/app', 'docker.io/xmregistry/app'],
    ['ghcr.io/acme/app:v1', 'ghcr.io/acme/app'],
    ['localhost:5000/app', 'localhost:5000/app'],
  ])('%s → %s', (name, expected) => {
    expect(normalizeRepository(name)).toBe(expected);
  });

  it('refuses what parseReference refuses, naming the input', () => {
    expect(() => normalizeRepository('Acme', 'metadata')).toThrow(InputError);
    expect(() => normalizeRepository('Acme', 'metadata')).toThrow(/^metadata: /);
  });
});

describe('pinnedReference', () => {
  it.each([
    ['xmregistry/app', '1.0.0', `xmregistry/app:1.0.0@${D}`],
    ['nginx', undefined, `nginx@${D}`],
    ['localhost:5000/app', 'v1', `localhost:5000/app:v1@${D}`],
  ])('%s %s', (name, tag, expected) => {
    const pinned = pinnedReference(name, tag, D);
    expect(pinned).toBe(expected);
    // What we pin must parse back to the same parts.
    const ref = parseReference(pinned);
    expect(ref.name).toBe(name);
    expect(ref.tag).toBe(tag);
    expect(ref.digest).toBe(D);
  });

  it.each(['1.0.0+build.5', '', '-rc', 'x'.repeat(129)])(
    'never writes a reference its own parser refuses (tag %j)',
    (tag) => {
      expect(() => pinnedReference('ghcr.io/acme/app', tag, D)).toThrow(/not a valid image tag/);
    },
  );
});

// ---------------------------------------------------------------------------------------------
// distribution/reference's own test tables (fixtures/distribution-reference, SOURCE.txt there).
// This project's parser is Docker's ParseNormalizedNamed, keeping both tag and digest (the
// pinned form); each Go test function's rows are checked through the counterpart of the API it
// tests. Rows are Go's data, unchanged.

type Row = Record<string, unknown>;
interface GoTest {
  readonly file: string;
  readonly test: string;
  readonly api: string;
  readonly cases: readonly Row[];
}

const TABLES: { tests: GoTest[] } = JSON.parse(
  readFileSync(join(FIXTURES, 'distribution-reference/cases.json'), 'utf8'),
);

type Parsed = { ok: true; ref: ImageRef } | { ok: false; message: string };

function parse(text: string): Parsed {
  try {
    return { ok: true, ref: parseReference(text, 'images') };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { ok: false, message: error.message };
  }
}

const str = (row: Row, key: string): string => (typeof row[key] === 'string' ? row[key] : '');
const opt = (row: Row, key: string): string | undefined => str(row, key) || undefined;

function parsed(text: string): ImageRef {
  const result = parse(text);
  if (!result.ok) throw new Error(`expected ${JSON.stringify(text)} to parse: ${result.message}`);
  return result.ref;
}

function refused(text: string): string {
  const result = parse(text);
  if (result.ok) throw new Error(`expected ${JSON.stringify(text)} to be refused`);
  return result.message;
}

/** The reference as Docker prints a normalised one: `domain/path[:tag][@digest]`. */
const full = (ref: ImageRef): string =>
  `${ref.repository}${ref.tag !== undefined ? `:${ref.tag}` : ''}${ref.digest !== undefined ? `@${ref.digest}` : ''}`;

/**
 * Docker's parser splits `first/rest` into a registry and a path only when `first` looks like a
 * host; the raw grammar (Parse, the regexps) always does. So where the grammar saw a domain, the
 * parser keeps it (and its path) or reads it as Docker Hub's.
 */
function sameSplit(ref: ImageRef, domain: string, path: string): void {
  if (domain !== '' && ref.domain === domain) expect(ref.path).toBe(path);
  else expect(ref.domain).toBe('docker.io');
}

/** Checks one row. */
type Check = (row: Row) => void;

const PORTED: Record<string, Check> = {
  // Parse: validity, the name as written, tag and digest.
  TestReferenceParse: (row) => {
    const input = str(row, 'input');
    if (row['err'] !== undefined) return void refused(input);
    const ref = parsed(input);
    expect(ref.name).toBe(str(row, 'repository'));
    expect(ref.tag).toBe(opt(row, 'tag'));
    expect(ref.digest).toBe(opt(row, 'digest'));
    sameSplit(ref, str(row, 'domain'), ref.name.slice(str(row, 'domain').length + 1));
  },
  // WithName takes a bare name: each of these is refused, or is more than a name.
  TestWithNameFailure: (row) => {
    const result = parse(str(row, 'input'));
    if (result.ok) expect(result.ref.tag ?? result.ref.digest).toBeDefined();
  },
  TestDomainAndPath: (row) => {
    const ref = parsed(str(row, 'input'));
    expect(ref.domain).toBe(opt(row, 'domain') ?? 'docker.io');
    expect(ref.path).toBe(str(row, 'path'));
  },
  // The JSON field is Parse underneath: its parse is what is ported.
  TestSerialization: (row) => {
    if (row['err'] !== undefined) return void refused(str(row, 'input'));
    const ref = parsed(str(row, 'input'));
    expect(ref.name).toBe(str(row, 'name'));
    expect(ref.tag).toBe(opt(row, 'tag'));
    expect(ref.digest).toBe(opt(row, 'digest'));
  },
  // ParseNamed accepts only the canonical (normalised) form.
  TestParseNamed: (row) => {
    const input = str(row, 'input');
    const ref = parsed(input);
    const canonical = full(ref) === input && ref.repository === input;
    expect(canonical).toBe(row['err'] === undefined);
    if (canonical) {
      expect(ref.domain).toBe(str(row, 'domain'));
      expect(ref.path).toBe(str(row, 'path'));
    }
  },
  TestValidateReferenceName: (row) => {
    expect(parse(str(row, 'input')).ok).toBe(row['valid']);
  },
  TestValidateRemoteName: (row) => {
    expect(parse(str(row, 'input')).ok).toBe(row['valid']);
  },
  // Each of the familiar, full and ambiguous spellings names one repository. (This project keeps
  // the name as written instead of computing Docker's familiar form, so that is not compared.)
  TestParseRepositoryInfo: (row) => {
    const spellings = [str(row, 'FamiliarName'), str(row, 'FullName'), str(row, 'AmbiguousName')];
    for (const spelling of spellings.filter(Boolean)) {
      const ref = parsed(spelling);
      expect(ref.repository).toBe(str(row, 'FullName'));
      expect(ref.domain).toBe(str(row, 'Domain'));
      expect(ref.path).toBe(str(row, 'RemoteName'));
    }
  },
  TestParseReferenceWithTagAndDigest: (row) => {
    const ref = parsed(str(row, 'input'));
    expect(full(ref)).toBe(str(row, 'full'));
    expect(ref.tag).toBe(str(row, 'tag'));
    expect(ref.digest).toBe(str(row, 'digest'));
  },
  // WithTag and WithDigest validate what they are given: isValidTag and isSha256Digest here.
  TestInvalidReferenceComponents: (row) => {
    if (row['tag'] !== undefined) expect(isValidTag(str(row, 'tag'))).toBe(false);
    else if (row['digest'] !== undefined) expect(isSha256Digest(str(row, 'digest'))).toBe(false);
    else refused(str(row, 'name'));
  },
  // ParseAnyReference also reads a bare digest or image ID as a reference without a name; a pin
  // needs a repository, so this parser is ParseNormalizedNamed: the bare ID is refused, and
  // `sha256:<hex>` is, as ParseNormalizedNamed reads it, the image `sha256` at that tag.
  TestParseAnyReference: (row) => {
    if (row['Expected'] !== undefined) {
      const result = parse(str(row, 'Reference'));
      if (result.ok)
        expect([result.ref.path, result.ref.digest]).toEqual(['library/sha256', undefined]);
      else expect(result.message).toContain('is an image ID');
      return;
    }
    expect(full(parsed(str(row, 'Reference')))).toBe(str(row, 'Equivalent'));
  },
  TestNormalizedSplitHostname: (row) => {
    const ref = parsed(str(row, 'input'));
    expect(ref.domain).toBe(str(row, 'domain'));
    expect(ref.path).toBe(str(row, 'path'));
  },
  // ParseDockerRef names what a pull fetches: the digest when there is one, else the tag or
  // `latest` — what the registry client asks for.
  TestParseDockerRef: (row) => {
    const ref = parsed(str(row, 'input'));
    const asked = ref.digest !== undefined ? `@${ref.digest}` : `:${ref.tag ?? 'latest'}`;
    expect(`${ref.repository}${asked}`).toBe(str(row, 'expected'));
  },
  // The registry host grammar, through a reference on that host.
  TestDomainRegexp: (row) => {
    expect(parse(`${str(row, 'input')}/app`).ok).toBe(row['match']);
  },
  // The name grammar: a match is a reference that is a name alone. The regexp has no length
  // limit: a matching name whose path is over 255 characters is refused by Docker's parser as by
  // this one (only that refusal is accepted there).
  TestFullNameRegexp: (row) => {
    const input = str(row, 'input');
    const result = parse(input);
    if (row['match'] === true && !result.ok && input.length > 255) {
      return void expect(result.message).toContain('characters long without the registry host');
    }
    const isName = result.ok && result.ref.tag === undefined && result.ref.digest === undefined;
    expect(isName).toBe(row['match']);
    const subs = row['subs'];
    if (result.ok && Array.isArray(subs)) {
      expect(result.ref.name).toBe(input);
      sameSplit(result.ref, String(subs[0]), String(subs[1]));
    }
  },
  TestReferenceRegexp: (row) => {
    const result = parse(str(row, 'input'));
    expect(result.ok).toBe(row['match']);
    const subs = row['subs'];
    if (result.ok && Array.isArray(subs)) {
      expect(result.ref.name).toBe(subs[0]);
      expect(result.ref.tag).toBe(subs[1] || undefined);
      expect(result.ref.digest).toBe(subs[2] || undefined);
    }
  },
  // A bare 64-hex image ID is refused as a name; anything else here is a name.
  TestIdentifierRegexp: (row) => {
    const result = parse(str(row, 'input'));
    const isId = !result.ok && result.message.includes('is an image ID');
    expect(isId).toBe(row['match']);
  },
};

/** Test functions of APIs this project does not have. */
const NOT_PORTED: Record<string, string> = {
  TestWithTag:
    'builds a reference from parts, with a 37-hex digest that Parse itself refuses; pins are built by pinnedReference, tested above',
  TestWithDigest: 'the same, for WithDigest',
  TestMatch: 'familiar-name glob matching (FamiliarMatch)',
  TestMatchError: 'familiar-name glob matching (FamiliarMatch)',
};

describe("distribution/reference's test tables", () => {
  for (const table of TABLES.tests) {
    const check = PORTED[table.test];
    if (check === undefined) continue;
    it.for(table.cases.map((row, i) => [i + 1, row] as const))(
      `${table.file} ${table.test} (${table.api}) row %i`,
      ([, row]) => check(row),
    );
  }

  it('leaves no test function out unless it tests an API this project does not have', () => {
    const names = TABLES.tests.map((t) => t.test);
    expect(names.filter((n) => !(n in PORTED) && !(n in NOT_PORTED))).toEqual([]);
    expect([...Object.keys(PORTED), ...Object.keys(NOT_PORTED)].sort()).toEqual([...names].sort());
  });
});
