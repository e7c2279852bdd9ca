import { describe, expect, it } from 'vitest';
import {
  planRemotely,
  recordRemotely,
  type RemoteJob,
  type RemoteResult,
} from '../../src/action/remote.js';
import { TRACKER_DRAFT_MARKER } from '../../src/core/release-notes.js';
import type { Generated } from '../../src/core/remote-plan.js';
import { createGitHub, type GitHub } from '../../src/github/client.js';
import { sequentialRoundTrips, type GitHubServer } from '../helpers/github-server.js';
import { useGitHubServer } from '../helpers/github-test.js';
import { makeRelease } from '../helpers/records.js';
import { remoteRunSettings as settings } from '../helpers/remote-settings.js';

// The executor in process against the GitHub test server: every way the state can change under a
// run, with the back-off made instant. The bundled action is run in action.test.ts and
// concurrency.test.ts.

let server: GitHubServer;
let gh: GitHub;
// Each test: a fresh server; after it, no refused request and the token printed nowhere.
const { logged } = useGitHubServer((t) => ({ server, gh } = t));

const ours = makeRelease();
const again = makeRelease({ createdAt: '2027-02-02T00:00:00Z', runAttempt: '2' });
const other = makeRelease({ digest: 'f' });

function job(over: Partial<RemoteJob> = {}, generated: Generated = ours): RemoteJob {
  return {
    gh,
    repo: { owner: server.owner, repo: server.repo },
    settings: settings(),
    generated,
    backoff: { firstMs: 1, maxMs: 5, budgetMs: 60_000 },
    log: { info: (m) => logged.push(m), warning: (m) => logged.push(`warning ${m}`) },
    ...over,
  };
}

const run = (over: Partial<RemoteJob> = {}, generated: Generated = ours): Promise<RemoteResult> =>
  recordRemotely(job(over, generated));

const RECORD = ours.files.map((f) => f.path);

async function committedFiles(sha: string): Promise<string[]> {
  const parent = (await server.git.text(['rev-parse', `${sha}^`])).trim();
  return (await server.git.text(['diff-tree', '--no-commit-id', '--name-only', '-r', parent, sha]))
    .trim()
    .split('\n')
    .sort();
}

type Json = Record<string, unknown> & {
  id: number;
  draft: boolean;
  body: string;
  assets: { name: string; state: string }[];
};
const releasesOf = (tag = 'v1.0.0') => server.releases(tag) as Json[];

function expectPublishedWith(generated: Generated): Json {
  const releases = releasesOf();
  expect(releases.map((r) => r.draft)).toEqual([false]);
  const [release] = releases;
  if (!release) throw new Error('no release');
  for (const f of generated.files) {
    expect(server.assetBytes('v1.0.0', f.name)?.equals(f.content), f.name).toBe(true);
  }
  expect(release.assets).toHaveLength(3);
  expect(release.body).toContain('<!-- release-tracker -->');
  expect(release.body).not.toContain(TRACKER_DRAFT_MARKER);
  return release;
}

describe('a first release and its re-run', () => {
  it('commits once, creates, fills and publishes the release, in five rounds', async () => {
    // Latency well above the client's own time to send a round's requests.
    server.latencyMs = 250;
    const initial = (await server.branchHead()) ?? '';
    const result = await run();
    expect(result.commitSha).toBe(await server.branchHead());
    expect((await server.git.text(['rev-parse', `${result.commitSha}^`])).trim()).toBe(initial);
    expect(await committedFiles(result.commitSha)).toEqual(
      [...RECORD, 'releases/README.md', 'releases/.gitattributes'].sort(),
    );
    const release = expectPublishedWith(ours);
    expect(result.release?.id).toBe(release.id);
    expect(server.latestReleaseId()).toBe(release.id);
    expect(result.reusedFrom).toBeNull();
    expect(sequentialRoundTrips(server.requests)).toBe(5);

    // A re-run of the same release (another attempt): one round of reads, nothing written.
    server.clearRequests();
    const rerun = await run({}, again);
    expect(rerun.commitSha).toBe('');
    expect(rerun.reusedFrom).toBe('main');
    expect(rerun.plan.files.map((f) => f.content)).toEqual(ours.files.map((f) => f.content));
    expect(server.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(sequentialRoundTrips(server.requests)).toBe(1);
  });

  it('asks the API for the default branch only when the event payload does not say', async () => {
    await run({ settings: settings({ defaultBranch: '' }) });
    expect(server.count('repos/get')).toBe(1);
    server.clearRequests();
    await run({}, again);
    expect(server.count('repos/get')).toBe(0);
  });
});

describe('a branch that moves under the commit', () => {
  it('commits again on the new head, keeping the other commit', async () => {
    let theirs = '';
    server.beforeRefUpdate(async ({ branch }) => {
      theirs = await server.commitOnBranch(branch, { 'src/other.ts': 'export {};\n' });
    });
    const result = await run();
    expect((await server.git.text(['rev-parse', `${result.commitSha}^`])).trim()).toBe(theirs);
    expect((await server.git.readFile(result.commitSha, 'src/other.ts'))?.toString()).toBe(
      'export {};\n',
    );
    expect(server.calls('git/update-ref').map((r) => r.status)).toEqual([422, 200]);
    expectPublishedWith(ours);
  });

  it('creates the README once: one another commit added meanwhile is kept as it is', async () => {
    server.beforeRefUpdate(async ({ branch }) => {
      await server.commitOnBranch(branch, { 'releases/README.md': 'ours, edited\n' });
    });
    const result = await run();
    expect((await server.git.readFile(result.commitSha, 'releases/README.md'))?.toString()).toBe(
      'ours, edited\n',
    );
    expect(await committedFiles(result.commitSha)).toEqual(
      [...RECORD, 'releases/.gitattributes'].sort(),
    );
  });

  it('reuses the same release another run committed meanwhile: no second commit', async () => {
    let theirs = '';
    server.beforeRefUpdate(async ({ branch }) => {
      theirs = await server.commitOnBranch(
        branch,
        Object.fromEntries(again.files.map((f) => [f.path, f.content])),
      );
    });
    const result = await run();
    expect(result.commitSha).toBe('');
    expect(await server.branchHead()).toBe(theirs);
    expect(result.reusedFrom).toBe('main');
    // The draft got this run's record file first; it is put right before it is published.
    expectPublishedWith(again);
  });

  it('refuses a different release committed meanwhile, naming overwrite, and removes its draft', async () => {
    server.beforeRefUpdate(async ({ branch }) => {
      await server.commitOnBranch(
        branch,
        Object.fromEntries(other.files.map((f) => [f.path, f.content])),
      );
    });
    await expect(run()).rejects.toThrow(
      /^main moved while this run was committing: main already records a different v1\.0\.0 \(.*\); set overwrite: true to replace it$/,
    );
    expect(server.releases()).toEqual([]);
  });

  it('retries with back-off for as long as the budget allows, then names the branch', async () => {
    server.beforeRefUpdate(async ({ branch }) => {
      await server.commitOnBranch(branch, { [`moving-${Math.random()}.txt`]: 'x' });
    }, 1000);
    const delays: number[] = [];
    let now = 0;
    const error = await run({
      backoff: { firstMs: 100, maxMs: 800, budgetMs: 4000 },
      sleep: async (ms) => {
        delays.push(ms);
        now += ms;
        await new Promise((r) => setTimeout(r, 1));
      },
      random: () => 0.5,
      now: () => now,
    }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(
      /^acme\/app@main kept moving while committing v1\.0\.0: gave up after \d+ attempts in \d+ s$/,
    );
    // Exponential, capped, and as many as the budget holds.
    expect(delays.slice(0, 5)).toEqual([75, 150, 300, 600, 600]);
    expect(delays.length).toBeGreaterThanOrEqual(5);
    expect(now).toBeLessThanOrEqual(4000);
  });

  it('says the branch may be protected when the update is refused while it does not move', async () => {
    server.failNext('PATCH', /\/git\/refs\//, 409, 100, {
      message: 'Repository rule violations found',
    });
    const head = await server.branchHead();
    await expect(run()).rejects.toThrow(
      /^GitHub refused to move acme\/app@main to the new commit 5 times although the branch did not move; is it protected against this token\?/,
    );
    expect(await server.branchHead()).toBe(head);
    expect(server.count('git/update-ref')).toBe(5);
  });

  it('plans from one commit when the files read by branch name come from a newer one', async () => {
    // The README read by name is carried out late: after the head was read, another commit added
    // the README, so the read by name sees it while the head does not hold it.
    // (The first read of that path is the one by name; Octokit sends the path's `/` as %2F.)
    server.slowNext('GET', /\/contents\/releases%2FREADME\.md$/, 1000);
    const readHead = (async () => {
      while (server.count('repos/get-branch') === 0) await new Promise((r) => setTimeout(r, 2));
      await server.commitOnBranch('main', { 'releases/README.md': 'theirs\n' });
    })();
    const result = await run();
    await readHead;
    // The first tree left the README out (it looked present); the check at the head commit saw
    // it absent there, so a second tree put it in; the ref update then found the branch moved.
    const firstRef = server.requests.findIndex((r) => r.operation === 'git/update-ref');
    const trees = server.requests
      .slice(0, firstRef)
      .filter((r) => r.operation === 'git/create-tree');
    expect(trees).toHaveLength(2);
    expect((await server.git.readFile(result.commitSha, 'releases/README.md'))?.toString()).toBe(
      'theirs\n',
    );
    expectPublishedWith(ours);
  });
});

describe('releases that exist already', () => {
  it("fills a person's draft and leaves it a draft", async () => {
    const draft = server.addRelease({ tag: 'v1.0.0', draft: true, body: 'Highlights' });
    const result = await run();
    const [release] = releasesOf();
    expect(release).toMatchObject({ id: draft['id'], draft: true });
    expect(release?.body).toMatch(/^Highlights\n\n<!-- release-tracker -->/);
    expect(release?.assets).toHaveLength(3);
    expect(result.notes).toEqual([
      'release v1.0.0 is a draft someone prepared: left a draft to publish',
    ]);
  });

  it('finishes and publishes the draft a failed run of the tracker left, as it is', async () => {
    const leftover = server.addRelease({
      tag: 'v1.0.0',
      draft: true,
      body: `${TRACKER_DRAFT_MARKER}\n<!-- release-tracker -->\nold section\n<!-- /release-tracker -->`,
      assets: [
        { name: again.files[0].name, content: again.files[0].content, label: again.files[0].name },
      ],
    });
    // The failed run had committed its record before its uploads were refused.
    await server.commitOnBranch(
      'main',
      Object.fromEntries(again.files.map((f) => [f.path, f.content])),
    );
    const result = await run();
    expect(result.commitSha).toBe('');
    const release = expectPublishedWith(again);
    expect(release.id).toBe(leftover['id']);
    expect(release.body).not.toContain('old section');
  });

  it('adds its files and notes to a published release, without publishing again', async () => {
    const published = server.addRelease({ tag: 'v1.0.0', body: 'Human notes' });
    await run();
    const release = expectPublishedWith(ours);
    expect(release.id).toBe(published['id']);
    expect(release.body).toMatch(/^Human notes\n\n<!-- release-tracker -->/);
    expect(server.count('repos/create-release')).toBe(0);
  });

  it('deletes stray tracker drafts of a tag that is published, never a person’s', async () => {
    server.addRelease({ tag: 'v1.0.0' });
    server.addRelease({ tag: 'v1.0.0', draft: true, body: `${TRACKER_DRAFT_MARKER}\nx` });
    const person = server.addRelease({ tag: 'v1.0.0', draft: true, body: 'mine' });
    await run();
    expect(releasesOf().map((r) => [r.draft, r.id])).toEqual(
      expect.arrayContaining([
        [true, person['id']],
        [false, expect.any(Number)],
      ]),
    );
    expect(releasesOf()).toHaveLength(2);
  });

  it('keeps a hotfix on an older line from becoming latest, unless told', async () => {
    const latest = server.addRelease({ tag: 'v2.0.0' });
    const hotfix = makeRelease({ version: '1.9.1' });
    const s = settings({ tag: 'v1.9.1', version: '1.9.1' });
    await run({ settings: s }, hotfix);
    expect(server.latestReleaseId()).toBe(latest['id']);
    const [published] = releasesOf('v1.9.1');
    expect(published?.draft).toBe(false);

    const next = makeRelease({ version: '1.9.2' });
    await run(
      { settings: settings({ tag: 'v1.9.2', version: '1.9.2', makeLatest: 'true' }) },
      next,
    );
    expect(server.latestReleaseId()).toBe(releasesOf('v1.9.2')[0]?.id);
  });
});

describe('interrupted and overtaken', () => {
  /** Resolves once the tag's draft holds `count` assets (this run's uploads are done). */
  async function draftFilled(count: number): Promise<void> {
    for (;;) {
      const draft = releasesOf().find((r) => r.draft);
      if (draft && draft.assets.length >= count) return;
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  it('a run whose draft was made but never answered fails in time; the re-run finishes that draft', async () => {
    const quick = createGitHub(server.token, {
      ...server.clientOptions(),
      retries: 2,
      retryAfterBaseValue: 10,
      timeoutMs: 300,
    });
    server.stallNext('POST', /\/releases$/, 1, { apply: true });
    const host = new URL(server.url).host;
    await expect(run({ gh: quick })).rejects.toThrow(
      `creating a draft release for v1.0.0: could not reach GitHub: no answer from ${host} within 0.3 s to POST /repos/acme/app/releases`,
    );
    // Sent once (a retry would have made a second draft), and nothing was committed.
    expect(server.count('repos/create-release')).toBe(1);
    expect(server.count('git/update-ref')).toBe(0);
    const [leftover] = releasesOf();
    expect(leftover?.draft).toBe(true);

    const healed = await run({}, again);
    expect(healed.commitSha).not.toBe('');
    const release = expectPublishedWith(again);
    expect(release.id).toBe(leftover?.id);
  });

  it('the loser of a publish race keeps the winner (same files) and deletes its own draft', async () => {
    server.slowNext('PATCH', /\/releases\/\d+$/, 400);
    const racing = run();
    await draftFilled(3);
    const winner = server.addRelease({
      tag: 'v1.0.0',
      body: 'published first',
      assets: ours.files.map((f) => ({ name: f.name, content: f.content, label: f.name })),
    });
    const result = await racing;
    // The publish refused, then the winner's notes given the section.
    expect(server.calls('repos/update-release').map((r) => r.status)).toEqual([422, 200]);
    expect(result.release?.id).toBe(winner['id']);
    expect(releasesOf().map((r) => [r.id, r.draft])).toEqual([[winner['id'], false]]);
    expect(releasesOf()[0]?.body).toMatch(/^published first\n\n<!-- release-tracker -->/);
  });

  it('the loser of a publish race to a release without files puts its files there', async () => {
    server.slowNext('PATCH', /\/releases\/\d+$/, 400);
    const racing = run();
    await draftFilled(3);
    const winner = server.addRelease({ tag: 'v1.0.0', body: 'made by hand' });
    const result = await racing;
    expect(result.release?.id).toBe(winner['id']);
    expect(releasesOf()).toHaveLength(1);
    expectPublishedWith(ours);
  });
});

describe('an upload that loses a race: the executor looks again and plans again', () => {
  /**
   * Before this run's first upload of `name`, another party uploads `content` under that name to
   * the release it is about to upload to (the asset appears between the look and the upload).
   */
  function raceUpload(name: string, content: Buffer | string): void {
    let done = false;
    gh.hook.before('request', (options) => {
      // The endpoint's parameters, before Octokit expands the URL template.
      const { name: named, release_id: id } = options as { name?: string; release_id?: number };
      if (done || options.method !== 'POST' || named !== name || id === undefined) return;
      done = true;
      server.addAsset(Number(id), { name, content });
    });
  }

  it('an identical winner is kept', async () => {
    const published = server.addRelease({ tag: 'v1.0.0' });
    raceUpload(ours.files[1].name, ours.files[1].content);
    await run();
    const release = expectPublishedWith(ours);
    expect(release.id).toBe(published['id']);
    expect(logged).toContain(
      `looking again: another upload of ${ours.files[1].name} reached release v1.0.0 first`,
    );
    // Looked again (a second round of reads), and planned a keep: nothing deleted.
    expect(server.count('repos/get-release-by-tag')).toBe(2);
    expect(server.count('repos/delete-release-asset')).toBe(0);
    expect(server.count('repos/list-release-assets')).toBe(0);
  });

  it('a different winner on a published release is refused, naming overwrite', async () => {
    server.addRelease({ tag: 'v1.0.0' });
    raceUpload(ours.files[0].name, 'different');
    await expect(run()).rejects.toThrow(
      /^release v1\.0\.0 already has a different v1\.0\.0-release-info\.json \(sha256 [0-9a-f]{64}\); set overwrite: true to replace it$/,
    );
    expect(server.assetBytes('v1.0.0', ours.files[0].name)?.toString()).toBe('different');
  });

  it("a different winner on the tracker's new draft is replaced (its assets are this run's)", async () => {
    raceUpload(ours.files[0].name, 'another run');
    await run();
    const release = expectPublishedWith(ours);
    expect(release.assets.map((a) => a.state)).toEqual(['uploaded', 'uploaded', 'uploaded']);
    expect(logged).toContain(
      `looking again: another upload of ${ours.files[0].name} reached the new draft first`,
    );
    expect(server.count('repos/create-release')).toBe(1);
    expect(server.count('repos/delete-release-asset')).toBe(1);
  });
});

describe('another run of the tag, at work on its own draft', () => {
  it("never commits that run's bytes: its own commit would be the same object, reported twice", async () => {
    // The other run (another workflow run of v1.0.0) made its draft and uploaded its files; its
    // commit of those same bytes is about to land.
    server.addRelease({
      tag: 'v1.0.0',
      draft: true,
      body: `${TRACKER_DRAFT_MARKER}\n<!-- release-tracker -->\nx\n<!-- /release-tracker -->`,
      assets: again.files.map((f) => ({ name: f.name, content: f.content, label: f.name })),
    });
    const initial = (await server.branchHead()) ?? '';
    const theirs = Object.fromEntries(again.files.map((f) => [f.path, f.content]));
    server.beforeRefUpdate(async ({ sha }) => {
      const info = await server.git.readFile(sha, again.files[0].path);
      if (info?.equals(again.files[0].content)) {
        // This run committed the other run's bytes on the same head with the same message: the
        // same commit object the other run made, which lands first. GitHub answers this run's
        // update to the commit the branch already points at as a success.
        await server.git.updateRef('refs/heads/main', sha, initial);
      } else {
        await server.commitOnBranch('main', theirs, 'chore(release): record v1.0.0 [skip ci]');
      }
    });
    const result = await run();
    // The other run's commit landed; this one made none and says it reused that record.
    expect(result.commitSha).toBe('');
    expect(result.reusedFrom).toBe('main');
    expect(await server.commitsOn('main', { since: initial })).toHaveLength(1);
    expect(result.plan.files.map((f) => f.content)).toEqual(again.files.map((f) => f.content));
    expectPublishedWith(again);
  });
});

describe('a dry run: the same look and the same plan, nothing written', () => {
  it('plans a first release from what GitHub holds, with reads only', async () => {
    server.addRelease({ tag: 'v0.9.0' });
    const plan = await planRemotely(job());
    expect(plan).toMatchObject({
      kind: 'act',
      reusedFrom: null,
      commit: { branch: 'main', files: expect.any(Array) },
      release: { target: { kind: 'create' }, publish: { makeLatest: 'true' } },
    });
    expect(server.requests.length).toBeGreaterThan(0);
    expect(server.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(releasesOf()).toEqual([]);
  });

  it('confirms a refusal at the head commit before reporting it, still with reads only', async () => {
    await server.commitOnBranch(
      'main',
      Object.fromEntries(other.files.map((f) => [f.path, f.content])),
    );
    const plan = await planRemotely(job());
    expect(plan).toMatchObject({
      kind: 'refuse',
      reason: expect.stringMatching(/^main already records a different v1\.0\.0 /),
    });
    expect(server.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });
});

describe('latest, with runs of other tags publishing at the same time', () => {
  it('a lower version published last gives latest back to the higher one', async () => {
    const higher = makeRelease({ version: '1.5.0' });
    const lower = makeRelease({ version: '1.2.0' });
    const tagged = (r: Generated): Partial<RemoteJob> => ({
      settings: settings({ tag: r.record.tag, version: r.record.version }),
    });
    // The higher run's publish is held; the lower run starts while its draft is in flight, so
    // both read "no latest yet" and both claim it; the lower one's publish lands last. The holds
    // are long enough for the lower run's look to end before the higher run publishes on a busy
    // machine (with 300 ms it sometimes did not, and the lower run rightly claimed nothing).
    server.slowNext('PATCH', /\/releases\/\d+$/, 2000);
    const first = run(tagged(higher), higher);
    for (;;) {
      const draft = releasesOf('v1.5.0')[0];
      if (draft?.assets.length === 3) break;
      await new Promise((r) => setTimeout(r, 5));
    }
    // The lower run's publish is carried out after the higher one's.
    server.slowNext('PATCH', /\/releases\/\d+$/, 4000);
    const second = await run(tagged(lower), lower);
    const a = await first;
    expect(second.release?.draft).toBe(false);
    expect(server.latestReleaseId()).toBe(a.release?.id);
    expect(logged).toContain(
      'v1.5.0 made the latest release again: runs of other tags published meanwhile',
    );
  });
});

describe('two runs of one tag at once', () => {
  it('end with one record, one commit, one published release with three assets, no draft', async () => {
    server.latencyMs = 20;
    const initial = await server.branchHead();
    const [a, b] = await Promise.all([run(), run({}, again)]);
    const commits = await server.git.text(['rev-list', `${initial}..main`]);
    expect(commits.trim().split('\n')).toHaveLength(1);
    const winner = [a, b].find((r) => r.commitSha !== '');
    const loser = [a, b].find((r) => r.commitSha === '');
    expect(winner && loser).toBeTruthy();
    // Both report the same published release and the same recorded bytes.
    expect(a.release?.id).toBe(b.release?.id);
    expect(a.plan.files[0].content.equals(b.plan.files[0].content)).toBe(true);
    expectPublishedWith(winner === a ? ours : again);
  });

  it('a different record for the tag: one fails naming overwrite, nothing of it stays', async () => {
    server.latencyMs = 20;
    const results = await Promise.allSettled([run(), run({}, other)]);
    const failed = results.filter((r) => r.status === 'rejected');
    expect(failed).toHaveLength(1);
    expect(String((failed[0] as PromiseRejectedResult).reason)).toMatch(/overwrite: true/);
    const done = results.find(
      (r) => r.status === 'fulfilled',
    ) as PromiseFulfilledResult<RemoteResult>;
    expect(releasesOf()).toHaveLength(1);
    expectPublishedWith(
      done.value.plan.files[0].content.equals(ours.files[0].content) ? ours : other,
    );
  });
});
