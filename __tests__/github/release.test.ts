import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CheckError } from '../../src/core/errors.js';
import type { AssetStep } from '../../src/core/remote-plan.js';
import { createGitHub, type GitHub, type RepoRef } from '../../src/github/client.js';
import {
  createDraft,
  deleteRelease,
  downloadAsset,
  findTagReleases,
  latestReleaseTag,
  putAssets,
  ReleaseGone,
  releasePageBudget,
  releaseState,
  updateRelease,
  uploadsBaseUrl,
  type AssetFile,
  type Release,
} from '../../src/github/release.js';
import { sequentialRoundTrips, start, type GitHubServer } from '../helpers/github-server.js';
import { useGitHubServer } from '../helpers/github-test.js';

let server: GitHubServer;
let gh: GitHub;
let repo: RepoRef;
// Each test: a fresh server; after it, no refused request and the token printed nowhere.
const { log } = useGitHubServer((t) => ({ server, gh, repo } = t));

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

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
const uploads = (files: AssetFile[]): AssetStep[] =>
  files.map((f) => ({ kind: 'upload', name: f.name, replace: null }));

describe('findTagReleases', () => {
  it('asks for the published release and the list at once', async () => {
    server.latencyMs = 50;
    server.addRelease({ tag: 'v0.9.0' });
    const published = server.addRelease({ tag: 'v1.0.0' });
    const draft = server.addDraftRelease('v1.0.0');
    const found = await findTagReleases(gh, repo, 'v1.0.0', releasePageBudget());
    expect(found.published?.id).toBe(published['id']);
    expect(found.drafts.map((d) => d.id)).toEqual([draft['id']]);
    expect(server.requests.map((r) => r.operation).sort()).toEqual([
      'repos/get-release-by-tag',
      'repos/list-releases',
    ]);
    expect(sequentialRoundTrips(server.requests)).toBe(1);
    expect(server.calls('repos/list-releases')[0]?.path).toContain('per_page=100');
  });

  it('pages on for drafts only while nothing is published', async () => {
    const mine = server.addDraftRelease('v1.0.0');
    for (let i = 0; i < 150; i++) server.addRelease({ tag: `v0.1.${i}` });
    const found = await findTagReleases(gh, repo, 'v1.0.0', releasePageBudget());
    expect(found).toMatchObject({ published: null, drafts: [{ id: mine['id'], draft: true }] });
    expect(ops('repos/list-releases')).toBe(2);

    server.clearRequests();
    server.addRelease({ tag: 'v1.0.0' });
    const withPublished = await findTagReleases(gh, repo, 'v1.0.0', releasePageBudget());
    expect(withPublished.published?.tag_name).toBe('v1.0.0');
    expect(ops('repos/list-releases')).toBe(1);
  });

  it('finds every draft of a tag, newest first, and none of another tag', async () => {
    const a = server.addDraftRelease('v1.0.0');
    server.addDraftRelease('v1.0.1');
    const b = server.addDraftRelease('v1.0.0');
    const found = await findTagReleases(gh, repo, 'v1.0.0', releasePageBudget());
    expect(found.drafts.map((d) => d.id)).toEqual([b['id'], a['id']]);
  });

  it('finds nothing after every page', async () => {
    for (let i = 0; i < 201; i++) server.addRelease({ tag: `v0.1.${i}` });
    const found = await findTagReleases(gh, repo, 'v1.0.0', releasePageBudget());
    expect(found).toMatchObject({ published: null, drafts: [] });
    expect(found.recent).toHaveLength(100);
    expect(ops('repos/list-releases')).toBe(3);
  });

  it('reads no more pages than the run has left, and says so', async () => {
    for (let i = 0; i < 350; i++) server.addRelease({ tag: `v0.1.${i}` });
    const budget = releasePageBudget(3);
    await expect(findTagReleases(gh, repo, 'v1.0.0', budget)).rejects.toThrow(
      new CheckError(
        'listing the releases of acme/app to find the drafts of v1.0.0: read 3 pages in this ' +
          'run and the list went on; a list that long (or one that never ends) is not followed further',
      ),
    );
    expect(ops('repos/list-releases')).toBe(3);
    expect(budget.left).toBe(0);
  });

  it('finds a tag with build metadata', async () => {
    server.addRelease({ tag: 'v1.0.0+build.7' });
    const found = await findTagReleases(gh, repo, 'v1.0.0+build.7', releasePageBudget());
    expect(found.published?.tag_name).toBe('v1.0.0+build.7');
  });
});

describe('latestReleaseTag', () => {
  it('is the tag GitHub calls latest, or null', async () => {
    expect(await latestReleaseTag(gh, repo)).toBeNull();
    server.addRelease({ tag: 'v2.0.0' });
    server.addRelease({ tag: 'v1.9.1', makeLatest: 'false' });
    expect(await latestReleaseTag(gh, repo)).toBe('v2.0.0');
  });
});

describe('createDraft, updateRelease, deleteRelease', () => {
  it('creates a draft with its notes, target and pre-release flag', async () => {
    const sha = (await server.branchHead()) ?? '';
    const draft = await createDraft(gh, repo, {
      tag: 'v2.0.0-rc.1',
      name: 'v2.0.0-rc.1',
      body: 'notes',
      prerelease: true,
      targetCommitish: sha,
    });
    expect(draft).toMatchObject({
      tag_name: 'v2.0.0-rc.1',
      draft: true,
      prerelease: true,
      body: 'notes',
      target_commitish: sha,
    });
  });

  it('sends the creation once: a retry after a lost answer could make a second draft', async () => {
    server.failNext('POST', /\/releases$/, 502, 1);
    await expect(
      createDraft(gh, repo, { tag: 'v1.0.0', name: 'v1.0.0', body: '', prerelease: false }),
    ).rejects.toThrow(/creating a draft release for v1\.0\.0: GitHub answered 502/);
    expect(ops('repos/create-release')).toBe(1);
  });

  it('publishes with the notes and latest in one request', async () => {
    server.addRelease({ tag: 'v2.0.0' });
    const draft = seeded(server.addDraftRelease('v1.9.1'));
    const result = await updateRelease(gh, repo, draft, {
      body: 'final notes',
      publish: { makeLatest: 'false' },
    });
    expect(result.kind).toBe('updated');
    expect(current('v1.9.1')).toMatchObject({ draft: false, body: 'final notes' });
    expect(await latestReleaseTag(gh, repo)).toBe('v2.0.0');
    expect(ops('repos/update-release')).toBe(1);
  });

  it('reports a tag published by someone else, and a release that is gone, as values', async () => {
    server.addRelease({ tag: 'v1.0.0' });
    const draft = seeded(server.addDraftRelease('v1.0.0'));
    expect(await updateRelease(gh, repo, draft, { publish: { makeLatest: 'true' } })).toEqual({
      kind: 'taken',
    });
    await deleteRelease(gh, repo, draft);
    expect(await updateRelease(gh, repo, draft, { body: 'x' })).toEqual({ kind: 'gone' });
    // Deleting again is fine.
    await deleteRelease(gh, repo, draft);
  });

  it('explains an immutable release whose notes GitHub will not change', async () => {
    server.lockImmutableNotes = true;
    const release = seeded(server.addRelease({ tag: 'v1.0.0', immutable: true, body: 'x' }));
    await expect(updateRelease(gh, repo, release, { body: 'y' })).rejects.toThrow(
      /release v1.0.0 is immutable and GitHub refused to update its notes \(Cannot modify an immutable release\)/,
    );
  });
});

describe('downloadAsset', () => {
  it('follows the redirect to storage without the token, which storage would refuse', async () => {
    const files = assets();
    const release = seeded(server.addRelease({ tag: 'v1.0.0', assets: files }));
    const asset = release.assets[1];
    if (!asset) throw new Error('no asset');
    expect(await downloadAsset(gh, repo, asset)).toEqual(files[1]?.content);
    const storage = server.requests.filter((r) => r.storage);
    expect(storage.map((r) => r.status)).toEqual([200]);
  });

  it('hashes an asset GitHub gives no digest for, by its bytes', async () => {
    const files = assets();
    const release = seeded(
      server.addRelease({ tag: 'v1.0.0', assets: files.map((f) => ({ ...f, digest: false })) }),
    );
    const state = await releaseState(gh, repo, release);
    expect(state.assets.map((a) => a.sha256)).toEqual(files.map((f) => sha256(f.content)));
    expect(ops('repos/get-release-asset')).toBe(3);
  });
});

describe('putAssets', () => {
  const put = (release: Release, files: AssetFile[], steps: AssetStep[]) =>
    putAssets(gh, repo, release, { files, steps });

  it('uploads every asset in parallel, with its bytes, type, name and label', async () => {
    const release = seeded(server.addDraftRelease('v1.0.0'));
    server.latencyMs = 100;
    const files = assets();
    const results = await put(release, files, uploads(files));
    expect(results.map((r) => [r.name, r.action])).toEqual(files.map((f) => [f.name, 'uploaded']));
    for (const f of files) expect(server.assetBytes('v1.0.0', f.name)).toEqual(f.content);
    expect(current('v1.0.0').assets.map((a) => [a.name, a.content_type, a.state, a.label])).toEqual(
      files.map((f) => [f.name, f.contentType, 'uploaded', f.name]),
    );
    expect(sequentialRoundTrips(server.requests)).toBe(1);
    // GitHub's digest is the sha256 of the bytes: identical files are known without a download.
    for (const [i, a] of current('v1.0.0').assets.entries()) {
      expect(a.digest).toBe(`sha256:${sha256(files[i]?.content ?? '')}`);
    }
  });

  it('deletes what a step replaces before uploading', async () => {
    const files = assets();
    const release = seeded(server.addDraftRelease('v1.0.0'));
    const broken = server.addAsset(release.id, {
      name: files[1]?.name ?? '',
      content: '',
      state: 'starter',
    });
    const steps: AssetStep[] = [
      { kind: 'upload', name: files[0]?.name ?? '', replace: null },
      { kind: 'upload', name: files[1]?.name ?? '', replace: broken['id'] as number },
      { kind: 'keep', name: files[2]?.name ?? '' },
    ];
    const results = await put(release, files, steps);
    expect(results.map((r) => r.action)).toEqual(['uploaded', 'replaced', 'kept']);
    expect(server.assetBytes('v1.0.0', files[1]?.name ?? '')).toEqual(files[1]?.content);
    expect(ops('repos/delete-release-asset')).toBe(1);
  });

  it('reports an upload that lost a race, never looking again itself, never deleting', async () => {
    const draft = seeded(server.addDraftRelease('v1.0.0'));
    const files = assets();
    // Uploaded by another run after this one looked: the executor looks again and plans again.
    server.addAsset(draft.id, { name: files[0]?.name ?? '', content: 'another run' });
    const results = await put(draft, files, uploads(files));
    expect(results.map((r) => r.action)).toEqual(['raced', 'uploaded', 'uploaded']);
    expect(
      server
        .calls('repos/upload-release-asset')
        .map((r) => r.status)
        .sort(),
    ).toEqual([201, 201, 422]);
    expect(ops('repos/list-release-assets')).toBe(0);
    expect(ops('repos/delete-release-asset')).toBe(0);
    expect(server.assetBytes('v1.0.0', files[0]?.name ?? '')?.toString()).toBe('another run');
  });

  it('says the release is gone when it was deleted meanwhile', async () => {
    const draft = seeded(server.addDraftRelease('v1.0.0'));
    await deleteRelease(gh, repo, draft);
    const error = await put(draft, assets(), uploads(assets())).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReleaseGone);
  });

  it('turns a refused upload to a release made immutable meanwhile into a clear error', async () => {
    const release = seeded(server.addDraftRelease('v1.0.0'));
    server.immutableReleases = true;
    await updateRelease(gh, repo, release, { publish: { makeLatest: 'true' } });
    const files = assets().slice(0, 1);
    await expect(put(release, files, uploads(files))).rejects.toThrow(
      new CheckError(
        'release v1.0.0 is published and immutable, so v1.0.0-release-info.json cannot be replaced or added; ' +
          'an immutable release takes assets only while it is a draft: record into a draft release ' +
          '(let this action create it) or a new tag',
      ),
    );
  });

  it('uploads under the name GitHub gives and keeps ours as the label', async () => {
    const release = seeded(server.addDraftRelease('v1.0.0+b.1'));
    const files = assets('1.0.0+b.1');
    await put(release, files, uploads(files));
    expect(current('v1.0.0+b.1').assets.map((a) => [a.name, a.label])).toEqual(
      files.map((f) => [f.name.replace('+', '.'), f.name]),
    );
  });

  it('retries an upload that got a 5xx answer', async () => {
    const release = seeded(server.addDraftRelease('v1.0.0'));
    server.failNext('POST', /\/releases\/\d+\/assets$/, 502, 1);
    const results = await put(release, assets(), uploads(assets()));
    expect(results.map((r) => r.action)).toEqual(['uploaded', 'uploaded', 'uploaded']);
    expect(
      server
        .calls('repos/upload-release-asset')
        .map((r) => r.status)
        .sort(),
    ).toEqual([201, 201, 201, 502]);
  });

  it('uploads through the uploads root of a GHES server', async () => {
    const ghes = await start({ ghes: true });
    try {
      const client = createGitHub(ghes.token, { ...ghes.clientOptions(), log });
      const release = ghes.addDraftRelease('v1.0.0') as unknown as Release;
      const results = await putAssets(client, { owner: ghes.owner, repo: ghes.repo }, release, {
        files: assets(),
        steps: uploads(assets()),
      });
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
