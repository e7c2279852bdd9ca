/**
 * Image references as Docker parses them (github.com/distribution/reference):
 * `[domain/]path[:tag][@digest]`, normalised the way `docker pull` does, so that `nginx`,
 * `docker.io/library/nginx` and `index.docker.io/library/nginx:1.27` all name one repository.
 * Only `sha256:` digests are accepted: a pin must be something the release record can verify.
 */
import { InputError } from './errors.js';
import type { ImageRef } from './types.js';

const DEFAULT_DOMAIN = 'docker.io';
/** Docker Hub's other names; `docker pull` treats them as `docker.io`. */
const HUB_ALIASES = new Set(['index.docker.io', 'registry-1.docker.io']);
const OFFICIAL_PREFIX = 'library/';
/**
 * distribution/reference's RepositoryNameTotalLengthMax. Since v0.6.0 (February 2024) Docker
 * counts it on the path alone (`library/` included, the registry host not), so a long name on a
 * long registry host is valid.
 */
const PATH_MAX = 255;

const SHA256_DIGEST = /^sha256:[a-f0-9]{64}$/;
/** Anything shaped like `algorithm:hex`, so a wrong digest gets a precise message. */
const DIGEST_LIKE = /^([A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*):([0-9A-Za-z]*)$/;
/** A bare image ID; Docker refuses it as a name because it is ambiguous with a digest. */
const IDENTIFIER = /^[a-f0-9]{64}$/;
const TAG = /^\w[\w.-]{0,127}$/;
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = new RegExp(
  `^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?$`,
);

/** A registry host as Docker names it: Docker Hub's other names (`index.docker.io`…) are `docker.io`. */
export function registryDomain(host: string): string {
  return HUB_ALIASES.has(host) ? DEFAULT_DOMAIN : host;
}

/** Whether `tag` is a tag Docker accepts: letters, digits, `_`, `.` and `-`, at most 128, not starting with `.` or `-`. */
export function isValidTag(tag: string): boolean {
  return TAG.test(tag);
}

/** `sha256:` followed by exactly 64 lowercase hex characters. */
export function isSha256Digest(s: string): boolean {
  return SHA256_DIGEST.test(s);
}

/** Parses `[domain/]path[:tag][@digest]`; errors name `input` and quote the offending part. */
export function parseReference(text: string, input = 'images'): ImageRef {
  const original = text.trim();
  const fail = (why: string): never => {
    throw new InputError(input, `invalid image reference "${original}": ${why}`);
  };

  if (original === '') fail('the reference is empty');
  const space = /\s/.exec(original);
  if (space) fail(`whitespace is not allowed (at position ${space.index + 1})`);
  if (IDENTIFIER.test(original)) {
    fail('a bare 64-character hex string is an image ID, not a repository name');
  }

  let rest = original;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    checkDigest(digest, fail);
  }

  let tag: string | undefined;
  // The tag colon is the one after the last `/`; an earlier colon belongs to a registry port.
  const colon = rest.indexOf(':', rest.lastIndexOf('/') + 1);
  if (colon >= 0) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (tag === '') fail('empty tag after ":"');
    if (!TAG.test(tag)) {
      fail(
        `tag "${tag}" is invalid: it must start with a letter, digit or "_" and contain only ` +
          'letters, digits, "_", "." and "-" (at most 128 characters)',
      );
    }
  }

  const name = rest;
  if (name === '') fail('the repository name is empty');

  const { domain: writtenDomain, remote } = splitDomain(name);
  if (writtenDomain !== undefined && !DOMAIN.test(writtenDomain)) {
    fail(`registry host "${writtenDomain}" is not a valid host[:port]`);
  }
  if (remote !== remote.toLowerCase()) {
    fail(`repository name must be lowercase ("${remote}")`);
  }
  for (const component of remote.split('/')) {
    if (component === '') fail(`empty path component in "${remote}"`);
    if (!PATH_COMPONENT.test(component)) {
      fail(
        `path component "${component}" is invalid: use lowercase letters and digits, ` +
          'joined by ".", "_", "__" or "-"',
      );
    }
  }

  const domain = writtenDomain === undefined ? DEFAULT_DOMAIN : registryDomain(writtenDomain);
  const path =
    domain === DEFAULT_DOMAIN && !remote.includes('/') ? OFFICIAL_PREFIX + remote : remote;
  if (path.length > PATH_MAX) {
    fail(
      `repository name is ${path.length} characters long without the registry host; at most ${PATH_MAX} allowed`,
    );
  }
  const repository = `${domain}/${path}`;

  return {
    original,
    domain,
    path,
    repository,
    name,
    ...(tag !== undefined ? { tag } : {}),
    ...(digest !== undefined ? { digest } : {}),
  };
}

/**
 * The first component is a registry only when it looks like a host (a `.` or `:`), is
 * `localhost`, or has uppercase letters (a repository may not, so Docker reads it as a host).
 */
function splitDomain(name: string): { domain?: string; remote: string } {
  const slash = name.indexOf('/');
  if (slash < 0) return { remote: name };
  const first = name.slice(0, slash);
  if (first === 'localhost' || /[.:]/.test(first) || first !== first.toLowerCase()) {
    return { domain: first, remote: name.slice(slash + 1) };
  }
  return { remote: name };
}

function checkDigest(digest: string, fail: (why: string) => never): void {
  if (SHA256_DIGEST.test(digest)) return;
  const expected = 'expected sha256: followed by 64 lowercase hex characters';
  const shaped = DIGEST_LIKE.exec(digest);
  if (!shaped) fail(`digest "${digest}" is malformed; ${expected}`);
  const algorithm = shaped?.[1] ?? '';
  const hex = shaped?.[2] ?? '';
  if (algorithm !== 'sha256') {
    fail(`digest algorithm "${algorithm}" in "${digest}" is not supported; ${expected}`);
  }
  if (/[A-F]/.test(hex) && /^[0-9a-fA-F]+$/.test(hex)) {
    fail(`digest "${digest}" has uppercase hex; ${expected}`);
  }
  if (!/^[0-9a-f]*$/.test(hex)) fail(`digest "${digest}" has non-hex characters; ${expected}`);
  fail(`digest "${digest}" has ${hex.length} hex characters; ${expected}`);
}

/** The normalised `domain/path` of a name, with or without tag or digest. */
export function normalizeRepository(name: string, input = 'images'): string {
  return parseReference(name, input).repository;
}

/** The same image under `tag` and without a digest: what a registry look-up by tag takes. */
export function withTag(ref: ImageRef, tag: string | undefined): ImageRef {
  const { original, domain, path, repository, name } = ref;
  return { original, domain, path, repository, name, ...(tag !== undefined && { tag }) };
}

/** `name:tag@digest`, or `name@digest` without a tag: the form a pinned compose file holds. */
export function pinnedReference(name: string, tag: string | undefined, digest: string): string {
  // Every reference written must read back: a tag Docker refuses is a bug, never written.
  if (tag !== undefined && !TAG.test(tag)) throw new Error(`"${tag}" is not a valid image tag`);
  return tag === undefined ? `${name}@${digest}` : `${name}:${tag}@${digest}`;
}
