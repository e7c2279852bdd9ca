import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  MAX_NOTES_CHARS,
  NOTES_START,
  TRACKER_DRAFT_MARKER,
} from '../../src/core/release-notes.js';
import {
  chooseRelease,
  decideMakeLatest,
  latestAfterConcurrentPublishes,
  needsReleaseFiles,
  planRemote,
  type AssetState,
  type BranchState,
  type Generated,
  type MakeLatest,
  type PlanResult,
  type ReleaseState,
  type RemoteSettings,
  type RemoteState,
  type RunMemory,
} from '../../src/core/remote-plan.js';
import { NO_STORED_FILES, type StoredFiles } from '../../src/core/same-release.js';
import { makeRelease, stored } from '../helpers/records.js';
import { remoteSettings as settings } from '../helpers/remote-settings.js';

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** This run's release, an earlier attempt of the same release, and a different release. */
const ours = makeRelease();
const earlier = makeRelease({ createdAt: '2026-01-01T00:00:00Z', runAttempt: '1' });
const other = makeRelease({ digest: 'f' });

const branch = (files: StoredFiles = NO_STORED_FILES, over: Partial<BranchState> = {}) => ({
  name: 'main',
  headSha: '1'.repeat(40),
  treeSha: '2'.repeat(40),
  files,
  hasReadme: true,
  hasGitattributes: true,
  ...over,
});

let nextAsset = 500;
/** The assets a release holds: these files' bytes (a count of them), or others'. */
function assets(release: Generated, count = 3): AssetState[] {
  return release.files.slice(0, count).map((f) => ({
    id: nextAsset++,
    name: f.name,
    label: f.name,
    uploaded: true,
    sha256: sha256(f.content),
  }));
}

const release = (id: number, over: Partial<ReleaseState> = {}): ReleaseState => ({
  id,
  draft: false,
  immutable: false,
  body: '',
  assets: [],
  ...over,
});
const trackerDraft = (id: number, over: Partial<ReleaseState> = {}) =>
  release(id, { draft: true, body: `${TRACKER_DRAFT_MARKER}\n${NOTES_START}\nold`, ...over });
const personDraft = (id: number, over: Partial<ReleaseState> = {}) =>
  release(id, { draft: true, body: 'Highlights, written by a person.', ...over });

const state = (over: Partial<RemoteState> = {}): RemoteState => ({
  branch: branch(),
  published: null,
  drafts: [],
  latestTag: null,
  releaseFiles: null,
  ...over,
});

const NONE: RunMemory = { createdDrafts: [] };

/** A plan in a few words, so a table row states the whole outcome. */
function describePlan(plan: PlanResult): Record<string, unknown> {
  if (plan.kind === 'refuse') return { refuse: plan.reason };
  const r = plan.release;
  const info = plan.files[0].content;
  return {
    record: plan.reusedFrom ?? (info.equals(ours.files[0].content) ? 'generated' : 'other bytes'),
    commit: plan.commit ? plan.commit.files.map((f) => f.path.replace('releases/', '')) : null,
    release: !r
      ? null
      : r.target.kind === 'create'
        ? 'create'
        : `${r.target.role} ${r.target.release.id}`,
    assets: r
      ? r.assets.map((a) => (a.kind === 'keep' ? 'keep' : a.replace ? 'replace' : 'upload'))
      : [],
    publish: r?.publish?.makeLatest ?? null,
    body: r?.body === null || r === null ? null : 'set',
    delete: r?.deleteDrafts ?? [],
  };
}

const RECORD = ['v1.0.0-release-info.json', 'v1.0.0-app-compose.json', 'v1.0.0-docker-compose.yml'];
const ALL_NEW = [...RECORD, 'README.md', '.gitattributes'];

interface Row {
  readonly settings?: Partial<RemoteSettings>;
  readonly state: RemoteState;
  readonly memory?: RunMemory;
  readonly expected: Record<string, unknown> | RegExp;
}

const rows: Record<string, Row> = {
  'nothing yet: commit with README and .gitattributes, create, upload, publish as latest': {
    state: state({
      branch: branch(NO_STORED_FILES, { hasReadme: false, hasGitattributes: false }),
    }),
    expected: {
      record: 'generated',
      commit: ALL_NEW,
      release: 'create',
      assets: ['upload', 'upload', 'upload'],
      publish: 'true',
      body: 'set',
      delete: [],
    },
  },
  'a README from before .gitattributes existed: only .gitattributes is added': {
    state: state({ branch: branch(NO_STORED_FILES, { hasGitattributes: false }) }),
    expected: { commit: [...RECORD, '.gitattributes'] },
  },
  'the same record on the branch and the release: nothing to do': {
    state: state({
      branch: branch(stored(earlier)),
      published: release(7, { assets: assets(earlier), body: '' }),
    }),
    expected: { refuse: undefined },
  },
  'a different record on the branch: refused, naming overwrite': {
    state: state({ branch: branch(stored(other)) }),
    expected:
      /^main already records a different v1\.0\.0 \(compose hash .*\); set overwrite: true to replace it$/,
  },
  'a different record with overwrite: replaced': {
    settings: { overwrite: true },
    state: state({
      branch: branch(stored(other)),
      published: release(7, { assets: assets(other) }),
    }),
    expected: {
      record: 'generated',
      commit: RECORD,
      release: 'published 7',
      assets: ['replace', 'replace', 'replace'],
      publish: null,
    },
  },
  "a person's draft: used, filled, left a draft": {
    state: state({ drafts: [personDraft(8)] }),
    expected: {
      record: 'generated',
      commit: RECORD,
      release: 'draft 8',
      assets: ['upload', 'upload', 'upload'],
      publish: null,
      body: 'set',
      delete: [],
    },
  },
  "a person's draft holding a different file: refused without overwrite": {
    state: state({ drafts: [personDraft(8, { assets: assets(other, 1) })] }),
    expected:
      /^release v1\.0\.0 already has a different v1\.0\.0-release-info\.json \(sha256 [0-9a-f]{64}\); set overwrite: true/,
  },
  'an unfinished draft of a failed run of this release: finished and published, its bytes reused': {
    state: state({
      drafts: [trackerDraft(9, { assets: assets(earlier, 1) })],
      releaseFiles: { ...NO_STORED_FILES, releaseInfo: earlier.files[0].content },
    }),
    expected: {
      // Only the record file made it: without the other two the stored record is no record.
      record: 'generated',
      release: 'finish 9',
      assets: ['replace', 'upload', 'upload'],
      publish: 'true',
      body: 'set',
    },
  },
  // Committing another run's bytes could make the very commit that run is making (README: Re-runs
  // and safety): an unfinished draft never decides a record that is committed.
  'an unfinished draft holding an earlier attempt, commit on: this run committed, the draft put right':
    {
      state: state({
        drafts: [trackerDraft(9, { assets: assets(earlier) })],
        releaseFiles: stored(earlier),
      }),
      expected: {
        record: 'generated',
        commit: RECORD,
        release: 'finish 9',
        assets: ['replace', 'keep', 'keep'],
        publish: 'true',
      },
    },
  'an unfinished draft holding an earlier attempt, commit off: its bytes reused, published': {
    settings: { commit: false },
    state: state({
      branch: null,
      drafts: [trackerDraft(9, { assets: assets(earlier) })],
      releaseFiles: stored(earlier),
    }),
    expected: {
      record: 'release v1.0.0',
      commit: null,
      release: 'finish 9',
      assets: ['keep', 'keep', 'keep'],
      publish: 'true',
    },
  },
  'a hand-written app-compose under the record’s name, no record beside it: refused': {
    state: state({
      branch: branch({ ...NO_STORED_FILES, appCompose: Buffer.from('{"name":"mine"}') }),
    }),
    expected:
      /^main already records a different v1\.0\.0 \(main:releases\/v1\.0\.0-app-compose\.json is there without main:releases\/v1\.0\.0-release-info\.json, and not this release's\); set overwrite: true to replace it$/,
  },
  'a lone docker-compose that is not this release’s, with overwrite: replaced': {
    settings: { overwrite: true },
    state: state({
      branch: branch({ ...NO_STORED_FILES, dockerCompose: Buffer.from('services: {}\n') }),
    }),
    expected: { record: 'generated', commit: RECORD, release: 'create' },
  },
  'this release’s own compose files without the record (bytes identical): committed': {
    state: state({
      branch: branch({
        ...NO_STORED_FILES,
        appCompose: ours.files[1].content,
        dockerCompose: ours.files[2].content,
      }),
    }),
    expected: { record: 'generated', commit: RECORD, release: 'create' },
  },
  'an unfinished draft of a different release: its files replaced (never published, no overwrite needed)':
    {
      settings: { commit: false },
      state: state({
        branch: null,
        drafts: [trackerDraft(9, { assets: assets(other) })],
        releaseFiles: stored(other),
      }),
      expected: {
        record: 'generated',
        commit: null,
        release: 'finish 9',
        assets: ['replace', 'replace', 'replace'],
        publish: 'true',
      },
    },
  "a person's draft beside a tracker draft: the person's is used, the tracker's left alone": {
    state: state({ drafts: [personDraft(11), trackerDraft(10)] }),
    expected: { release: 'draft 11', publish: null, delete: [] },
  },
  'two tracker drafts (runs at once): the oldest is finished, the other deleted after the publish':
    {
      state: state({ drafts: [trackerDraft(12), trackerDraft(10)] }),
      expected: { release: 'finish 10', publish: 'true', delete: [12] },
    },
  'published, without assets: filled, notes added, not published again': {
    state: state({ published: release(7, { body: 'Human notes' }) }),
    expected: {
      record: 'generated',
      commit: RECORD,
      release: 'published 7',
      assets: ['upload', 'upload', 'upload'],
      publish: null,
      body: 'set',
    },
  },
  'published with a broken leftover asset: it is replaced': {
    state: state({
      published: release(7, {
        assets: assets(ours).map((a, i) => (i === 0 ? { ...a, uploaded: false, sha256: null } : a)),
      }),
    }),
    expected: { assets: ['replace', 'keep', 'keep'] },
  },
  'published and immutable, without the assets: refused before anything changes': {
    state: state({ published: release(7, { immutable: true }) }),
    expected:
      /^release v1\.0\.0 is published and immutable, so v1\.0\.0-release-info\.json cannot be added;/,
  },
  'published and immutable, holding this release: nothing to do': {
    state: state({
      branch: branch(stored(earlier)),
      published: release(7, { immutable: true, assets: assets(earlier) }),
    }),
    expected: {
      record: 'main',
      commit: null,
      release: 'published 7',
      assets: ['keep', 'keep', 'keep'],
    },
  },
  'published by another run while this one had a draft: its draft is deleted, the winner kept': {
    memory: { createdDrafts: [20] },
    state: state({
      branch: branch(stored(earlier)),
      published: release(7, { assets: assets(earlier) }),
      drafts: [trackerDraft(20, { assets: assets(ours) })],
    }),
    expected: {
      record: 'main',
      commit: null,
      release: 'published 7',
      assets: ['keep', 'keep', 'keep'],
      publish: null,
      delete: [20],
    },
  },
  "this run's own draft after the branch moved with the same release: assets put right, published":
    {
      memory: { createdDrafts: [20] },
      state: state({
        branch: branch(stored(earlier)),
        drafts: [trackerDraft(20, { assets: assets(ours) })],
      }),
      expected: {
        record: 'main',
        commit: null,
        release: 'finish 20',
        // The record file differs in time and run only, but the branch's bytes are the record.
        assets: ['replace', 'keep', 'keep'],
        publish: 'true',
      },
    },
  'commit off, nothing yet: create, upload, publish': {
    settings: { commit: false },
    state: state({ branch: null }),
    expected: { record: 'generated', commit: null, release: 'create', publish: 'true' },
  },
  'commit off, the same release on the release: its bytes reused, nothing changes': {
    settings: { commit: false },
    state: state({
      branch: null,
      published: release(7, { assets: assets(earlier) }),
      releaseFiles: stored(earlier),
    }),
    expected: {
      record: 'release v1.0.0',
      commit: null,
      release: 'published 7',
      assets: ['keep', 'keep', 'keep'],
      publish: null,
    },
  },
  'commit off, a different release on the release: refused, naming overwrite': {
    settings: { commit: false },
    state: state({
      branch: null,
      published: release(7, { assets: assets(other) }),
      releaseFiles: stored(other),
    }),
    expected: /^release v1\.0\.0 already records a different v1\.0\.0 \(.*\); set overwrite: true/,
  },
  'upload-assets off: the release is made and published, without files': {
    settings: { uploadAssets: false },
    state: state(),
    expected: { commit: RECORD, release: 'create', assets: [], publish: 'true' },
  },
  'create-release off and no release: committed, nothing attached': {
    settings: { createRelease: false },
    state: state(),
    expected: { commit: RECORD, release: null },
  },
  "create-release off, a person's draft: still used": {
    settings: { createRelease: false },
    state: state({ drafts: [personDraft(8)] }),
    expected: { release: 'draft 8', assets: ['upload', 'upload', 'upload'] },
  },
  'no release work at all: only the commit': {
    settings: { createRelease: false, uploadAssets: false },
    state: state({ published: release(7) }),
    expected: { commit: RECORD, release: null },
  },
  'a hotfix on an older line (auto): published, not latest': {
    settings: { tag: 'v1.9.1', version: '1.9.1' },
    state: state({ latestTag: 'v2.0.0' }),
    expected: { release: 'create', publish: 'false' },
  },
  'make-latest true forces it for the hotfix': {
    settings: { tag: 'v1.9.1', version: '1.9.1', makeLatest: 'true' },
    state: state({ latestTag: 'v2.0.0' }),
    expected: { publish: 'true' },
  },
  'make-latest false keeps a higher version from becoming latest': {
    settings: { makeLatest: 'false' },
    state: state({ latestTag: 'v0.9.0' }),
    expected: { publish: 'false' },
  },
};

describe('planRemote: one plan from settings and state', () => {
  it.each(Object.entries(rows))('%s', (_name, row) => {
    const plan = planRemote(settings(row.settings), row.state, row.memory ?? NONE, ours);
    const described = describePlan(plan);
    if (row.expected instanceof RegExp) {
      expect(described['refuse']).toMatch(row.expected);
    } else if ('refuse' in row.expected) {
      expect(plan.kind).toBe('act');
      expect(described).toMatchObject({
        commit: null,
        assets: ['keep', 'keep', 'keep'],
        body: 'set',
      });
    } else {
      expect(described).toMatchObject(row.expected);
    }
  });

  it('a re-run of a recorded, published release with its notes in place changes nothing at all', () => {
    const first = planRemote(settings(), state(), NONE, earlier);
    if (first.kind !== 'act' || !first.release) throw new Error('expected a plan');
    const body = first.release.body ?? '';
    const plan = planRemote(
      settings(),
      state({
        branch: branch(stored(earlier)),
        published: release(7, { assets: assets(earlier), body }),
      }),
      NONE,
      ours,
    );
    expect(describePlan(plan)).toEqual({
      record: 'main',
      commit: null,
      release: 'published 7',
      assets: ['keep', 'keep', 'keep'],
      publish: null,
      body: null,
      delete: [],
    });
    // The stored bytes are what the workspace, the assets and the outputs get.
    expect(plan.kind === 'act' && plan.files.map((f) => f.content)).toEqual(
      earlier.files.map((f) => f.content),
    );
    expect(plan.kind === 'act' && plan.record).toEqual(earlier.record);
  });

  it("marks only the drafts it creates as the tracker's, and removes the mark when publishing", () => {
    const created = planRemote(settings(), state(), NONE, ours);
    if (created.kind !== 'act' || created.release?.target.kind !== 'create') throw new Error('no');
    expect(created.release.target.body.startsWith(`${TRACKER_DRAFT_MARKER}\n`)).toBe(true);
    expect(created.release.body).not.toContain(TRACKER_DRAFT_MARKER);

    const person = planRemote(settings(), state({ drafts: [personDraft(8)] }), NONE, ours);
    expect(person.kind === 'act' && person.release?.body).toMatch(
      /^Highlights, written by a person\.\n\n<!-- release-tracker -->/,
    );
    expect(person.kind === 'act' && person.release?.body).not.toContain(TRACKER_DRAFT_MARKER);

    const healed = planRemote(
      settings(),
      state({ drafts: [trackerDraft(9, { body: `Intro\n${TRACKER_DRAFT_MARKER}\nold` })] }),
      NONE,
      ours,
    );
    expect(healed.kind === 'act' && healed.release?.body).toMatch(
      /^Intro\nold\n\n<!-- release-tracker -->/,
    );
  });
});

describe("the notes within GitHub's 125,000 characters", () => {
  const digest = (i: number): string => `sha256:${i.toString(16).padStart(64, '0')}`;
  /** This release, its one image an index of `count` platforms. */
  const wide = (count: number, images = 1): Generated => ({
    ...ours,
    record: {
      ...ours.record,
      images: Array.from({ length: images }, (_, n) => ({
        ...(ours.record.images[0] as Generated['record']['images'][number]),
        service: `app${n}`,
        platforms: Array.from({ length: count }, (_, i) => ({
          platform: `linux/arm/v${i}`,
          digest: digest(i),
        })),
      })),
    },
  });
  const bodies = (plan: PlanResult): string[] => {
    if (plan.kind !== 'act' || !plan.release) throw new Error('expected a release plan');
    const { target, body } = plan.release;
    return [...(target.kind === 'create' ? [target.body] : []), ...(body === null ? [] : [body])];
  };

  it('a 2,000-platform index: the platform digests left out, saying where they are', () => {
    const plan = planRemote(settings(), state(), NONE, wide(2000));
    for (const body of bodies(plan)) {
      expect(body.length).toBeLessThanOrEqual(MAX_NOTES_CHARS);
      expect(body).toContain('| app0 | `ghcr.io/acme/app:1.0.0` |');
      expect(body).toContain('| 2,000 platforms |');
      expect(body).toContain(
        "To stay within GitHub's 125,000 characters of notes, this section leaves out the platform digests: `releases/v1.0.0-release-info.json` holds them all.",
      );
    }
  });

  it('thousands of images: as many rows as fit, the rest counted', () => {
    const plan = planRemote(settings(), state({ drafts: [personDraft(8)] }), NONE, wide(1, 3000));
    const [body = ''] = bodies(plan);
    expect(body.length).toBeLessThanOrEqual(MAX_NOTES_CHARS);
    expect(body).toMatch(/^Highlights, written by a person\.\n\n<!-- release-tracker -->/);
    const rows = body.split('\n').filter((l) => l.startsWith('| app')).length;
    expect(rows).toBeGreaterThan(500);
    expect(rows).toBeLessThan(3000);
    expect(body).toContain(
      `leaves out the platform digests and ${(3000 - rows).toLocaleString('en-US')} more images:`,
    );
    // One more row would not have fitted.
    expect(body.length + 200).toBeGreaterThan(MAX_NOTES_CHARS);
  });

  it("a person's draft whose own notes leave no room: refused before anything is created", () => {
    const full = personDraft(8, { body: 'x'.repeat(MAX_NOTES_CHARS - 100) });
    const plan = planRemote(settings(), state({ drafts: [full] }), NONE, ours);
    expect(plan).toEqual({
      kind: 'refuse',
      reason:
        'the notes of release v1.0.0 cannot hold the release-tracker section: GitHub takes 125000 characters and the notes already have 124902 outside it; shorten them',
    });
  });
});

describe('planRemote over the whole matrix of inputs and states', () => {
  const states: Record<string, RemoteState> = {
    nothing: state(),
    'own unfinished draft': state({ drafts: [trackerDraft(9, { assets: assets(ours, 1) })] }),
    "a person's draft": state({ drafts: [personDraft(8)] }),
    published: state({ published: release(7) }),
    'same record': state({
      branch: branch(stored(earlier)),
      published: release(7, { assets: assets(earlier) }),
    }),
    'different record': state({
      branch: branch(stored(other)),
      published: release(7, { assets: assets(other) }),
      releaseFiles: stored(other),
    }),
    'immutable published': state({ published: release(7, { immutable: true }) }),
  };
  const flags = [true, false];
  const combos: [string, RemoteSettings][] = [];
  for (const commit of flags)
    for (const uploadAssets of flags)
      for (const createRelease of flags)
        for (const overwrite of flags)
          for (const makeLatest of ['auto', 'true', 'false'] as MakeLatest[])
            combos.push([
              JSON.stringify({ commit, uploadAssets, createRelease, overwrite, makeLatest }),
              settings({ commit, uploadAssets, createRelease, overwrite, makeLatest }),
            ]);

  it.each(Object.entries(states))('%s: every combination keeps the rules', (name, base) => {
    for (const [label, s] of combos) {
      const st = s.commit ? base : { ...base, branch: null };
      const plan = planRemote(s, st, NONE, ours);
      const where = `${name} ${label}`;
      if (plan.kind === 'refuse') {
        // Refusals only for a different record or an immutable release.
        expect(plan.reason, where).toMatch(/overwrite: true|immutable/);
        if (name === 'different record') expect(s.overwrite, where).toBe(false);
        continue;
      }
      const r = plan.release;
      if (!s.commit) expect(plan.commit, where).toBeNull();
      if (!s.uploadAssets) expect(r?.assets ?? [], where).toEqual([]);
      if (!s.uploadAssets && !s.createRelease) expect(r, where).toBeNull();
      if (!s.createRelease) expect(r?.target.kind, where).not.toBe('create');
      if (r?.target.kind === 'existing' && r.target.role === 'draft') {
        // A person's draft is never published by the tracker.
        expect(r.publish, where).toBeNull();
      }
      if (r?.target.kind === 'existing' && r.target.release.immutable) {
        expect(
          r.assets.every((a) => a.kind === 'keep'),
          where,
        ).toBe(true);
      }
      if (name === 'same record') {
        expect(plan.commit, where).toBeNull();
        if (s.commit) expect(plan.reusedFrom, where).toBe('main');
      }
      if (name === 'different record' && s.commit) {
        expect(s.overwrite, where).toBe(true);
        expect(plan.files[0].content.equals(ours.files[0].content), where).toBe(true);
      }
      if (r?.publish && s.makeLatest !== 'auto')
        expect(r.publish.makeLatest, where).toBe(s.makeLatest);
    }
  });
});

describe('chooseRelease and needsReleaseFiles', () => {
  it('prefers the published release, then this run’s draft, a person’s, the oldest tracker draft', () => {
    const s = settings();
    const pick = (st: RemoteState, memory = NONE) => {
      const t = chooseRelease(s, st, memory);
      return t.kind === 'existing' ? `${t.role} ${t.release.id}` : t.kind;
    };
    expect(pick(state())).toBe('create');
    expect(pick(state({ drafts: [trackerDraft(5), trackerDraft(3)] }))).toBe('finish 3');
    expect(
      pick(state({ drafts: [trackerDraft(5), trackerDraft(3)] }), { createdDrafts: [5] }),
    ).toBe('finish 5');
    expect(pick(state({ drafts: [trackerDraft(5), personDraft(3)] }))).toBe('draft 3');
    expect(pick(state({ published: release(1), drafts: [personDraft(3)] }))).toBe('published 1');
    expect(chooseRelease(settings({ createRelease: false }), state(), NONE).kind).toBe('none');
  });

  it('asks for the release files only when a release-info asset differs and no branch record decides', () => {
    const differing = state({ published: release(7, { assets: assets(earlier) }) });
    expect(needsReleaseFiles(settings(), differing, NONE, ours)?.id).toBe(7);
    expect(
      needsReleaseFiles(settings({ commit: false }), { ...differing, branch: null }, NONE, ours)
        ?.id,
    ).toBe(7);
    // Identical bytes need no download; a record on the branch decides first.
    expect(
      needsReleaseFiles(
        settings(),
        state({ published: release(7, { assets: assets(ours) }) }),
        NONE,
        ours,
      ),
    ).toBeNull();
    expect(
      needsReleaseFiles(settings(), { ...differing, branch: branch(stored(earlier)) }, NONE, ours),
    ).toBeNull();
    expect(needsReleaseFiles(settings({ uploadAssets: false }), differing, NONE, ours)).toBeNull();
    // An unfinished tracker draft decides no committed record, so its files are not read.
    const draft = state({ drafts: [trackerDraft(9, { assets: assets(earlier) })] });
    expect(needsReleaseFiles(settings(), draft, NONE, ours)).toBeNull();
    expect(
      needsReleaseFiles(settings({ commit: false }), { ...draft, branch: null }, NONE, ours)?.id,
    ).toBe(9);
  });
});

describe('decideMakeLatest', () => {
  it.each<[MakeLatest, string, boolean, string | null, 'true' | 'false']>([
    ['auto', '1.0.0', false, null, 'true'],
    ['auto', '2.0.0', false, 'v1.9.9', 'true'],
    ['auto', '1.9.1', false, 'v2.0.0', 'false'],
    ['auto', '2.0.0', false, '2.0.0', 'false'],
    ['auto', '2.0.0', false, 'v2.0.0-rc.1', 'true'],
    ['auto', '1.0.0', false, 'nightly-2026-01-01', 'true'],
    ['auto', '3.0.0-rc.1', true, 'v2.0.0', 'false'],
    ['true', '1.9.1', false, 'v2.0.0', 'true'],
    ['true', '3.0.0-rc.1', true, null, 'false'],
    ['false', '9.0.0', false, 'v1.0.0', 'false'],
  ])('%s, %s (pre-release %s) against latest %s → %s', (input, version, pre, latest, expected) => {
    expect(decideMakeLatest(input, version, pre, latest)).toBe(expected);
  });
});

describe('latestAfterConcurrentPublishes', () => {
  const listed = (
    id: number,
    tag: string,
    over: { draft?: boolean; prerelease?: boolean } = {},
  ) => ({
    id,
    tag,
    draft: over.draft ?? false,
    prerelease: over.prerelease ?? false,
  });
  const before = new Set([1, 2]);
  const now = [
    listed(1, 'v1.0.0'),
    listed(2, 'v9.0.0'), // kept from being latest by its owner, before this run looked
    listed(3, 'v1.2.0'), // this run's
    listed(4, 'v1.5.0'), // another run's, published meanwhile
    listed(5, 'v1.9.0', { draft: true }),
    listed(6, 'v2.0.0-rc.1', { prerelease: true }),
  ];
  it.each<[string, string | null, number | null]>([
    ['a lower run published last and took latest', 'v1.2.0', 4],
    ['an older release made latest meanwhile', 'v1.0.0', 4],
    ['the highest new release is latest already', 'v1.5.0', null],
    ['the latest is above every new release', 'v9.0.0', null],
    ['no latest at all', null, 4],
  ])('%s (latest %s) → %s', (_name, latest, expected) => {
    expect(latestAfterConcurrentPublishes(before, now, latest)).toBe(expected);
  });

  it('leaves everything alone when nothing was published meanwhile', () => {
    expect(latestAfterConcurrentPublishes(new Set([1, 2, 3, 4]), now, 'v1.0.0')).toBeNull();
  });
});
