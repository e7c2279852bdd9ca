import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CheckError } from '../../src/core/errors.js';
import { createGitHub, type GitHub, type RepoRef } from '../../src/github/client.js';
import {
  ensureRelease,
  findRelease,
  publishRelease,
  replaceSection,
  updateReleaseNotes,
  uploadAssets,
  uploadsBaseUrl,
  type AssetFile,
  type Release,
} from '../../src/github/release.js';
import { NOTES_END, NOTES_START } from '../../src/core/release-notes.js';
import {
  captureOutput,
  sequentialRoundTrips,
  start,
  type GitHubServer,
} from '../helpers/github-server.js';

let server: GitHubServer;
let gh: GitHub;
let repo: RepoRef;
let output: ReturnType<typeof captureOutput>;
const logged: string[] = [];
const log = {
  debug: (m: string) => logged.push(m),
  info: (m: string) => logged.push(m),
  warn: (m: string) => logged.push(m),
  error: (m: string) => logged.push(m),
};

/** The three assets of a release, with the content types the action uses. */
function assets(version = '1.0.0', app = '{\n    "name":"app"\n}'): AssetFile[] {
  return [
    {
      name: `v${version}-release-info.json`,
      content: Buffer.from(`{\n  "version": "${version}"\n}\n`),
      contentType: 'application/json',
    },
    {
      name: `v${version}-app-compose.json`,
      content: Buffer.from(app),
      contentType: 'application/json',
    },
    {
      name: `v${version}-docker-compose.yml`,
      content: Buffer.from('services:\n  app: {}\n'),
      contentType: 'application/yaml',
    },
  ];
}

/** A release object as the server holds it now (the server returns the API's JSON). */
function current(tag: string): Release {
  const release = server.release(tag);
  if (!release) throw new Error(`no release ${tag}`);
  return release as unknown as Release;
}

const seeded = (json: Record<string, unknown>): Release => json as unknown as Release;
const ops = (operation: string): number => server.calls(operation).length;
const section = (text: string): string => `${NOTES_START}\n${text}\n${NOTES_END}`;

beforeEach(async () => {
  server = await start();
  repo = { owner: server.owner, repo: server.repo };
  logged.length = 0;
  output = captureOutput();
  gh = createGitHub(server.token, { ...server.clientOptions(), log });
});

afterEach(async () => {
  output.restore();
  try {
    expect(server.violations).toEqual([]);
    const printed = output
      .text()
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'));
    expect(printed.join('\n')).not.toContain(server.token);
    expect(logged.join('\n')).not.toContain(server.token);
  } finally {
    await server.stop();
  }
});

describe('findRelease', () => {
  it('finds a published release by tag in one request', async () => {
    server.addRelease({ tag: 'v0.9.0' });
    const published = server.addRelease({ tag: 'v1.0.0' });
    const found = await findRelease(gh, repo, 'v1.0.0');
    expect(found?.id).toBe(published['id']);
    expect(server.requests.map((r) => r.operation)).toEqual(['repos/get-release-by-tag']);
  });

  it('finds a draft by paging the release list', async () => {
    const draft = server.addDraftRelease('v1.0.0');
    for (let i = 0; i < 150; i++) server.addRelease({ tag: `v0.1.${i}` });
    const found = await findRelease(gh, repo, 'v1.0.0');
    expect(found).toMatchObject({ id: draft['id'], draft: true, tag_name: 'v1.0.0' });
    expect(server.requests.map((r) => r.operation)).toEqual([
      'repos/get-release-by-tag',
      'repos/list-releases',
      'repos/list-releases',
    ]);
    expect(server.requests[1]?.path).toContain('per_page=100');
  });

  it('stops paging at the draft', async () => {
    for (let i = 0; i < 150; i++) server.addRelease({ tag: `v0.1.${i}` });
    server.addDraftRelease('v1.0.0');
    expect(await findRelease(gh, repo, 'v1.0.0')).not.toBeNull();
    expect(ops('repos/list-releases')).toBe(1);
  });

  it('returns null when no release has the tag, after every page', async () => {
    for (let i = 0; i < 201; i++) server.addRelease({ tag: `v0.1.${i}` });
    expect(await findRelease(gh, repo, 'v1.0.0')).toBeNull();
    expect(ops('repos/list-releases')).toBe(3);
  });

  it('finds a tag with build metadata', async () => {
    server.addRelease({ tag: 'v1.0.0+build.7' });
    expect((await findRelease(gh, repo, 'v1.0.0+build.7'))?.tag_name).toBe('v1.0.0+build.7');
  });
});

describe('ensureRelease', () => {
  it('creates a missing release as a draft', async () => {
    const sha = (await server.branchHead()) ?? '';
    const { release, created } = await ensureRelease(gh, repo, {
      tag: 'v1.0.0',
      create: true,
      targetCommitish: sha,
      name: 'v1.0.0',
    });
    expect(created).toBe(true);
    expect(release).toMatchObject({
      tag_name: 'v1.0.0',
      draft: true,
      name: 'v1.0.0',
      target_commitish: sha,
    });
    expect(current('v1.0.0').draft).toBe(true);
  });

  it('uses an existing release, draft or published, and leaves it as it is', async () => {
    const draft = server.addDraftRelease('v1.0.0');
    const result = await ensureRelease(gh, repo, { tag: 'v1.0.0', create: true });
    expect(result).toMatchObject({ created: false, release: { id: draft['id'], draft: true } });
    expect(ops('repos/create-release')).toBe(0);
  });

  it('fails naming create-release when the release is missing and may not be created', async () => {
    await expect(ensureRelease(gh, repo, { tag: 'v1.0.0', create: false })).rejects.toThrow(
      new CheckError(
        `no release exists for v1.0.0 in ${server.owner}/${server.repo}; create it first or set create-release: true`,
      ),
    );
    expect(server.releases()).toEqual([]);
  });

  it('skips the lookup when the caller already made it', async () => {
    await ensureRelease(gh, repo, { tag: 'v1.0.0', create: true, existing: null });
    expect(server.requests.map((r) => r.operation)).toEqual(['repos/create-release']);
  });

  it('uses the release of whoever won a creation race (422 already_exists)', async () => {
    // Our lookup found nothing; meanwhile another run created the release. GitHub refuses only a
    // second PUBLISHED release of a tag (a second draft is created), so the refusal is injected.
    const theirs = server.addDraftRelease('v1.0.0');
    server.failNext('POST', /\/releases$/, 422, 1, {
      message: 'Validation Failed',
      errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }],
    });
    const result = await ensureRelease(gh, repo, { tag: 'v1.0.0', create: true, existing: null });
    expect(result).toMatchObject({ created: false, release: { id: theirs['id'] } });
    expect(server.calls('repos/create-release').map((r) => r.status)).toEqual([422]);
    expect(server.releases()).toHaveLength(1);
  });

  it('marks a pre-release when asked', async () => {
    const { release } = await ensureRelease(gh, repo, {
      tag: 'v2.0.0-rc.1',
      create: true,
      prerelease: true,
    });
    expect(release.prerelease).toBe(true);
  });
});

describe('uploadAssets', () => {
  it('uploads every asset in parallel, with its bytes, type and name', async () => {
    const release = seeded(server.addDraftRelease('v1.0.0'));
    server.latencyMs = 100;
    const files = assets();
    const results = await uploadAssets(gh, repo, release, files, { overwrite: false });
    expect(results.map((r) => [r.name, r.action])).toEqual(files.map((f) => [f.name, 'uploaded']));
    for (const f of files) expect(server.assetBytes('v1.0.0', f.name)).toEqual(f.content);
    const stored = current('v1.0.0').assets;
    expect(stored.map((a) => [a.name, a.content_type, a.state, a.label])).toEqual(
      files.map((f) => [f.name, f.contentType, 'uploaded', f.name]),
    );
    expect(results.map((r) => r.asset.browser_download_url)).toEqual(
      stored.map((a) => a.browser_download_url),
    );
    // Three uploads, overlapping: one round trip.
    expect(ops('repos/upload-release-asset')).toBe(3);
    expect(sequentialRoundTrips(server.requests)).toBe(1);
  });

  it('keeps identical assets without uploading or downloading anything', async () => {
    const files = assets();
    const release = seeded(server.addRelease({ tag: 'v1.0.0', assets: files }));
    const results = await uploadAssets(gh, repo, release, files, { overwrite: false });
    expect(results.map((r) => r.action)).toEqual(['kept', 'kept', 'kept']);
    expect(server.requests).toEqual([]);
  });

  it('compares the bytes by downloading when GitHub gives no digest', async () => {
    const files = assets();
    const release = seeded(
      server.addRelease({ tag: 'v1.0.0', assets: files.map((f) => ({ ...f, digest: false })) }),
    );
    const results = await uploadAssets(gh, repo, release, files, { overwrite: false });
    expect(results.map((r) => r.action)).toEqual(['kept', 'kept', 'kept']);
    expect(ops('repos/get-release-asset')).toBe(3);
    expect(ops('repos/upload-release-asset')).toBe(0);
  });

  it('replaces a broken leftover of a failed upload', async () => {
    const files = assets();
    const release = seeded(
      server.addRelease({
        tag: 'v1.0.0',
        draft: true,
        assets: [{ name: files[1]?.name ?? '', content: '', state: 'starter' }],
      }),
    );
    const results = await uploadAssets(gh, repo, release, files, { overwrite: false });
    expect(results.map((r) => r.action)).toEqual(['uploaded', 'replaced', 'uploaded']);
    expect(server.assetBytes('v1.0.0', files[1]?.name ?? '')).toEqual(files[1]?.content);
    expect(current('v1.0.0').assets.every((a) => a.state === 'uploaded')).toBe(true);
    expect(ops('repos/delete-release-asset')).toBe(1);
  });

  it('refuses a different asset without overwrite, naming it, and changes nothing', async () => {
    const old = assets('1.0.0', '{"name":"old"}');
    const release = seeded(server.addRelease({ tag: 'v1.0.0', assets: [old[1] as AssetFile] }));
    const error = await uploadAssets(gh, repo, release, assets(), { overwrite: false }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CheckError);
    expect((error as Error).message).toMatch(
      /^release v1.0.0 already has a different v1.0.0-app-compose.json \(14 bytes, sha256:[0-9a-f]{64}\); set overwrite: true to replace it$/,
    );
    // Not even the missing assets were uploaded.
    expect(ops('repos/upload-release-asset')).toBe(0);
    expect(ops('repos/delete-release-asset')).toBe(0);
    expect(current('v1.0.0').assets.map((a) => a.name)).toEqual(['v1.0.0-app-compose.json']);
  });

  it('replaces a different asset with overwrite', async () => {
    const old = assets('1.0.0', '{"name":"old"}');
    const release = seeded(server.addRelease({ tag: 'v1.0.0', assets: old }));
    const files = assets();
    const results = await uploadAssets(gh, repo, release, files, { overwrite: true });
    expect(results.map((r) => r.action)).toEqual(['kept', 'replaced', 'kept']);
    expect(server.assetBytes('v1.0.0', files[1]?.name ?? '')).toEqual(files[1]?.content);
  });

  it('explains that a published immutable release takes no new assets', async () => {
    const release = seeded(
      server.addRelease({ tag: 'v1.0.0', immutable: true, assets: [assets()[0] as AssetFile] }),
    );
    const error = await uploadAssets(gh, repo, release, assets(), { overwrite: true }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CheckError);
    const message = (error as Error).message.split('\n');
    expect(message).toHaveLength(2);
    for (const line of message)
      expect(line).toMatch(
        /^release v1.0.0 is published and immutable, so v1.0.0-.* cannot be added; .*draft/,
      );
    expect(ops('repos/upload-release-asset')).toBe(0);
  });

  it('accepts an immutable release that already holds these assets', async () => {
    const files = assets();
    const release = seeded(server.addRelease({ tag: 'v1.0.0', immutable: true, assets: files }));
    const results = await uploadAssets(gh, repo, release, files, { overwrite: false });
    expect(results.map((r) => r.action)).toEqual(['kept', 'kept', 'kept']);
  });

  it('turns a refused upload to a release made immutable meanwhile into the same clear error', async () => {
    const release = seeded(server.addDraftRelease('v1.0.0'));
    server.immutableReleases = true;
    await publishRelease(gh, repo, release); // someone published it after we looked
    await expect(
      uploadAssets(gh, repo, release, assets().slice(0, 1), { overwrite: false }),
    ).rejects.toThrow(
      /release v1.0.0 is published and immutable, so v1.0.0-release-info.json cannot be added/,
    );
  });

  it('looks again when an upload loses a race, and keeps the identical winner', async () => {
    const files = assets();
    const stale = seeded(server.addDraftRelease('v1.0.0'));
    for (const f of files) server.addAsset(stale.id, f); // uploaded by another run after our lookup
    const results = await uploadAssets(gh, repo, stale, files, { overwrite: false });
    expect(results.map((r) => r.action)).toEqual(['kept', 'kept', 'kept']);
    expect(server.calls('repos/upload-release-asset').map((r) => r.status)).toEqual([
      422, 422, 422,
    ]);
    expect(ops('repos/list-release-assets')).toBe(3);
  });

  it('refuses a different winner of a race without overwrite', async () => {
    const stale = seeded(server.addDraftRelease('v1.0.0'));
    const files = assets();
    server.addAsset(stale.id, { name: files[0]?.name ?? '', content: 'different' });
    await expect(uploadAssets(gh, repo, stale, files, { overwrite: false })).rejects.toThrow(
      /already has a different v1.0.0-release-info.json .*overwrite: true/,
    );
  });

  it('matches an asset GitHub renamed by the label it was uploaded with', async () => {
    const release = seeded(server.addDraftRelease('v1.0.0+b.1'));
    const files = assets('1.0.0+b.1');
    await uploadAssets(gh, repo, release, files, { overwrite: false });
    expect(current('v1.0.0+b.1').assets.map((a) => a.name)).toEqual(
      files.map((f) => f.name.replace('+', '.')),
    );
    server.clearRequests();
    const again = await uploadAssets(gh, repo, current('v1.0.0+b.1'), files, { overwrite: false });
    expect(again.map((r) => r.action)).toEqual(['kept', 'kept', 'kept']);
    expect(server.requests).toEqual([]);
  });

  it('retries an upload that got a 5xx answer', async () => {
    const release = seeded(server.addDraftRelease('v1.0.0'));
    server.failNext('POST', /\/releases\/\d+\/assets$/, 502, 1);
    const results = await uploadAssets(gh, repo, release, assets(), { overwrite: false });
    expect(results.map((r) => r.action)).toEqual(['uploaded', 'uploaded', 'uploaded']);
    expect(
      server
        .calls('repos/upload-release-asset')
        .map((r) => r.status)
        .sort(),
    ).toEqual([201, 201, 201, 502]);
    expect(server.requests.filter((r) => r.status === 502)).toHaveLength(1);
  });

  it('uploads through the uploads root of a GHES server', async () => {
    const ghes = await start({ ghes: true });
    try {
      const client = createGitHub(ghes.token, { ...ghes.clientOptions(), log });
      const release = ghes.addDraftRelease('v1.0.0') as unknown as Release;
      const results = await uploadAssets(
        client,
        { owner: ghes.owner, repo: ghes.repo },
        release,
        assets(),
        { overwrite: false },
      );
      expect(results.map((r) => r.action)).toEqual(['uploaded', 'uploaded', 'uploaded']);
      expect(ghes.requests.every((r) => r.path.startsWith('/api/uploads/repos/'))).toBe(true);
      expect(ghes.violations).toEqual([]);
    } finally {
      await ghes.stop();
    }
  });
});

describe('uploadsBaseUrl', () => {
  it.each([
    [
      'https://uploads.github.com/repos/o/r/releases/1/assets{?name,label}',
      'https://uploads.github.com',
    ],
    [
      'https://ghes.example/api/uploads/repos/o/r/releases/22/assets{?name,label}',
      'https://ghes.example/api/uploads',
    ],
    [
      'https://uploads.github.com/repos/repos/repos/releases/3/assets',
      'https://uploads.github.com',
    ],
  ])('%s → %s', (uploadUrl, base) => {
    expect(uploadsBaseUrl({ upload_url: uploadUrl })).toBe(base);
  });

  it('refuses an upload_url of another shape', () => {
    expect(() => uploadsBaseUrl({ upload_url: 'https://x/y' })).toThrow(/unexpected upload_url/);
  });
});

describe('replaceSection', () => {
  const s1 = section('### Release record\nhash 1');
  const s2 = section('### Release record\nhash 2');
  it.each([
    ['no body', null, s1, s1],
    ['an empty body', '  \n', s1, s1],
    ['a body without the section', 'Intro\n', s1, `Intro\n\n${s1}`],
    ['a body with CRLF', 'Intro\r\nmore\r\n', s1, `Intro\r\nmore\r\n\r\n${s1}`],
    ['a body with the same section', `Intro\n\n${s1}`, s1, `Intro\n\n${s1}`],
    ['a body with an older section', `Intro\n\n${s1}\n\nOutro`, s2, `Intro\n\n${s2}\n\nOutro`],
    ['a body with the section twice', `A\n\n${s1}\n\nB\n\n${s1}\n`, s2, `A\n\n${s2}\n\nB\n`],
    ['a section given without markers', 'Intro', 'hash 1', `Intro\n\n${section('hash 1')}`],
    [
      'a stray start marker before the section',
      `${NOTES_START} stray\n${s1}`,
      s2,
      `${NOTES_START} stray\n${s2}`,
    ],
    ['an end marker alone', `x ${NOTES_END}`, s1, `x ${NOTES_END}\n\n${s1}`],
  ])('%s', (_name, body, text, expected) => {
    const result = replaceSection(body, text);
    expect(result).toBe(expected);
    // Applying it again changes nothing: never appended twice.
    expect(replaceSection(result, text)).toBe(result);
    const block = text.startsWith(NOTES_START) ? text : section(text);
    expect(result.split(block).length - 1).toBe(1);
  });
});

describe('updateReleaseNotes', () => {
  it('appends the section once, replaces it later, and sends nothing when it is right', async () => {
    server.addRelease({ tag: 'v1.0.0', body: 'Written by a human.' });
    const first = await updateReleaseNotes(gh, repo, current('v1.0.0'), section('hash 1'));
    expect(first.changed).toBe(true);
    expect(current('v1.0.0').body).toBe(`Written by a human.\n\n${section('hash 1')}`);

    const second = await updateReleaseNotes(gh, repo, current('v1.0.0'), section('hash 2'));
    expect(second.changed).toBe(true);
    expect(current('v1.0.0').body).toBe(`Written by a human.\n\n${section('hash 2')}`);

    server.clearRequests();
    const third = await updateReleaseNotes(gh, repo, current('v1.0.0'), section('hash 2'));
    expect(third.changed).toBe(false);
    expect(server.requests).toEqual([]);
  });

  it('updates the notes of an immutable release, which GitHub allows', async () => {
    server.addRelease({ tag: 'v1.0.0', immutable: true, body: 'x' });
    const result = await updateReleaseNotes(gh, repo, current('v1.0.0'), section('hash'));
    expect(result.changed).toBe(true);
    expect(current('v1.0.0').body).toBe(`x\n\n${section('hash')}`);
  });

  it('passes an immutable release whose notes cannot change when they are already right', async () => {
    server.lockImmutableNotes = true;
    server.addRelease({ tag: 'v1.0.0', immutable: true, body: section('hash') });
    expect((await updateReleaseNotes(gh, repo, current('v1.0.0'), section('hash'))).changed).toBe(
      false,
    );
    await expect(updateReleaseNotes(gh, repo, current('v1.0.0'), section('other'))).rejects.toThrow(
      /release v1.0.0 is immutable and GitHub refused to update its notes \(Cannot modify an immutable release\)/,
    );
  });
});

describe('publishRelease and the whole release step', () => {
  it('creates a draft, fills it, then publishes it (so an immutable release gets its assets)', async () => {
    server.immutableReleases = true;
    server.latencyMs = 100;
    const files = assets();
    const { release, created } = await ensureRelease(gh, repo, {
      tag: 'v1.0.0',
      create: true,
      name: 'v1.0.0',
      existing: null,
    });
    expect(created).toBe(true);
    await uploadAssets(gh, repo, release, files, { overwrite: false });
    const notes = await updateReleaseNotes(gh, repo, release, section('hash'));
    const published = await publishRelease(gh, repo, notes.release);
    expect(published).toMatchObject({ draft: false, immutable: true, body: section('hash') });
    expect(published.published_at).not.toBeNull();
    expect(current('v1.0.0').assets.map((a) => a.name)).toEqual(files.map((f) => f.name));
    // create, uploads (parallel), notes, publish
    expect(sequentialRoundTrips(server.requests)).toBe(4);

    // A re-run: found by tag, everything already right, nothing written.
    server.clearRequests();
    const again = await findRelease(gh, repo, 'v1.0.0');
    if (!again) throw new Error('release not found');
    expect(
      (await uploadAssets(gh, repo, again, files, { overwrite: false })).map((r) => r.action),
    ).toEqual(['kept', 'kept', 'kept']);
    expect((await updateReleaseNotes(gh, repo, again, section('hash'))).changed).toBe(false);
    expect(server.requests.map((r) => r.method)).toEqual(['GET']);
  });

  it('leaves a published release alone', async () => {
    const release = seeded(server.addRelease({ tag: 'v1.0.0' }));
    expect(await publishRelease(gh, repo, release)).toBe(release);
    expect(server.requests).toEqual([]);
  });

  it('checks that the asset digests are the sha256 of the bytes', async () => {
    const release = seeded(server.addDraftRelease('v1.0.0'));
    const files = assets();
    const results = await uploadAssets(gh, repo, release, files, { overwrite: false });
    for (const [i, r] of results.entries()) {
      const hex = createHash('sha256')
        .update(files[i]?.content ?? Buffer.alloc(0))
        .digest('hex');
      expect(r.asset.digest).toBe(`sha256:${hex}`);
    }
  });
});
