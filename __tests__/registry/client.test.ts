import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  credentialStoreFrom,
  loadDockerCredentials,
  type CredentialStore,
} from '../../src/registry/docker-config.js';
import { parseReference } from '../../src/core/reference.js';
import { parseChallenge } from '../../src/registry/challenge.js';
import { platformsFromIndex } from '../../src/registry/manifest.js';
import { RegistryClient, type RegistryClientOptions } from '../../src/registry/client.js';
import { RegistryError } from '../../src/registry/errors.js';
import type { RegistryRequestInfo } from '../../src/registry/transport.js';
import { failure as failureOf } from '../helpers/failure.js';
import {
  registrySupport,
  startProxy,
  startSilentServer,
  unusedPort,
  type PushedIndex,
  type PushedManifest,
  type Registry,
} from '../helpers/registry-server.js';
import { QUICK_RETRIES as FAST, registryTests, useRegistry } from '../helpers/registry-suite.js';

const { suite: withRegistry } = registryTests('registry');

const ref = (text: string) => parseReference(text);
const failure = (lookup: Promise<unknown>) => failureOf(lookup, RegistryError);

function basicStore(host: string, username: string, password: string): CredentialStore {
  const auth = Buffer.from(`${username}:${password}`).toString('base64');
  return credentialStoreFrom({ auths: { [host]: { auth } } });
}

function recorder(): { log: RegistryRequestInfo[]; onRequest: (i: RegistryRequestInfo) => void } {
  const log: RegistryRequestInfo[] = [];
  return { log, onRequest: (i) => log.push(i) };
}

describe('docker config', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'rt-dockercfg-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const b64 = (s: string) => Buffer.from(s).toString('base64');

  it.each([
    ['https://index.docker.io/v1/', 'docker.io'],
    ['https://index.docker.io/v1/', 'registry-1.docker.io'],
    ['https://index.docker.io/v1/', 'index.docker.io'],
    ['docker.io', 'docker.io'],
    ['registry-1.docker.io', 'docker.io'],
    ['ghcr.io', 'ghcr.io'],
    ['https://ghcr.io', 'ghcr.io'],
    ['GHCR.io', 'ghcr.io'],
    ['localhost:5000', 'localhost:5000'],
    ['http://127.0.0.1:5000/v2/', '127.0.0.1:5000'],
  ])('key %s gives credentials for %s', async (key, host) => {
    const store = credentialStoreFrom({ auths: { [key]: { auth: b64('u:p') } } });
    expect(await store.credentialsFor(host)).toEqual({ username: 'u', password: 'p' });
  });

  it.each([
    ['ghcr.io', 'docker.io'],
    ['localhost:5000', 'localhost:5001'],
    ['https://index.docker.io/v1/', 'ghcr.io'],
  ])('key %s gives nothing for %s', async (key, host) => {
    const store = credentialStoreFrom({ auths: { [key]: { auth: b64('u:p') } } });
    expect(await store.credentialsFor(host)).toBeUndefined();
  });

  it.each([
    ['auth', { auth: b64('me:pa:ss') }, { username: 'me', password: 'pa:ss' }],
    ['username/password', { username: 'me', password: 'pw' }, { username: 'me', password: 'pw' }],
    ['identitytoken', { auth: '', identitytoken: 'tok' }, { identityToken: 'tok' }],
    [
      'auth and identitytoken',
      { auth: b64('<token>:'), identitytoken: 'tok' },
      { username: '<token>', identityToken: 'tok' },
    ],
  ])('reads an entry with %s', async (_name, entry, expected) => {
    const store = credentialStoreFrom({ auths: { 'ghcr.io': entry } });
    expect(await store.credentialsFor('ghcr.io')).toEqual(expected);
  });

  it('treats a missing file as no credentials, without warnings', async () => {
    const store = await loadDockerCredentials({ DOCKER_CONFIG: join(dir, 'absent') });
    expect(store.warnings).toEqual([]);
    expect(await store.credentialsFor('ghcr.io')).toBeUndefined();
  });

  it('falls back to ~/.docker/config.json', async () => {
    const home = join(dir, 'home');
    await mkdir(join(home, '.docker'), { recursive: true });
    await writeFile(
      join(home, '.docker', 'config.json'),
      JSON.stringify({ auths: { 'ghcr.io': { auth: b64('h:1') } } }),
    );
    const store = await loadDockerCredentials({ HOME: home });
    expect(await store.credentialsFor('ghcr.io')).toEqual({ username: 'h', password: '1' });
    expect(store.source).toBe(join(home, '.docker', 'config.json'));
  });

  it.each([
    ['not JSON', '{"auths": {', 'not valid JSON'],
    ['not an object', '[1, 2]', 'not a JSON object'],
    ['auths not an object', '{"auths": "x"}', '"auths" is not an object'],
  ])('warns, naming the file, when the config is %s', async (name, text, why) => {
    const cfg = join(dir, name.replace(/\W/g, '-'));
    await mkdir(cfg, { recursive: true });
    await writeFile(join(cfg, 'config.json'), text);
    const store = await loadDockerCredentials({ DOCKER_CONFIG: cfg });
    expect(store.warnings).toHaveLength(1);
    expect(store.warnings[0]).toContain(join(cfg, 'config.json'));
    expect(store.warnings[0]).toContain(why);
    expect(await store.credentialsFor('ghcr.io')).toBeUndefined();
  });
});

describe('protocol helpers', () => {
  it.each([
    [
      'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/nginx:pull"',
      {
        scheme: 'bearer',
        realm: 'https://auth.docker.io/token',
        service: 'registry.docker.io',
        scope: 'repository:library/nginx:pull',
      },
    ],
    [
      'Bearer realm="https://ghcr.io/token", service="ghcr.io", scope="repository:a/b:pull,push"',
      {
        scheme: 'bearer',
        realm: 'https://ghcr.io/token',
        service: 'ghcr.io',
        scope: 'repository:a/b:pull,push',
      },
    ],
    ['Basic realm="Registry Realm"', { scheme: 'basic', realm: 'Registry Realm' }],
    ['basic realm=x', { scheme: 'basic', realm: 'x' }],
    [
      'Basic realm="r", Bearer realm="https://t/token",error="insufficient_scope"',
      { scheme: 'bearer', realm: 'https://t/token' },
    ],
    ['Bearer realm="a\\"b"', { scheme: 'bearer', realm: 'a"b' }],
    ['Negotiate abc==', undefined],
    ['Bearer service="x"', undefined],
    ['', undefined],
  ])('parses WWW-Authenticate %s', (header, expected) => {
    expect(parseChallenge(header)).toEqual(expected);
  });

  it('lists platforms of an index, leaving out attestations and unusable entries', () => {
    const d = (c: string) => `sha256:${c.repeat(64)}`;
    const doc = {
      manifests: [
        { digest: d('1'), platform: { os: 'linux', architecture: 'amd64' } },
        { digest: d('2'), platform: { os: 'linux', architecture: 'arm', variant: 'v7' } },
        { digest: d('3'), platform: { os: 'unknown', architecture: 'unknown' } },
        {
          digest: d('4'),
          platform: { os: 'linux', architecture: 'amd64' },
          annotations: { 'vnd.docker.reference.type': 'attestation-manifest' },
        },
        { digest: d('5') },
        { digest: 'sha512:abc', platform: { os: 'linux', architecture: 's390x' } },
        { digest: d('6'), platform: { os: 'windows', architecture: 'amd64', 'os.version': '10' } },
      ],
    };
    expect(platformsFromIndex(doc)).toEqual([
      { platform: 'linux/amd64', digest: d('1') },
      { platform: 'linux/arm/v7', digest: d('2') },
      { platform: 'windows/amd64', digest: d('6') },
    ]);
  });
});

describe('registry harness', () => {
  it('skips without the registry binary locally, and refuses to skip under CI', () => {
    const env = { PATH: process.env['PATH'], REGISTRY_BIN: '/nonexistent/docker-registry' };
    const local = registrySupport(env);
    expect(local.available).toBe(false);
    expect(local.available ? '' : local.reason).toContain('/nonexistent/docker-registry');
    expect(() => registrySupport({ ...env, CI: 'true' })).toThrow(/CI=true.*refusing to skip/);
  });
});

withRegistry('real registry, htpasswd auth', () => {
  let reg: Registry;
  let creds: CredentialStore;
  let multi: PushedIndex;
  let dockerMulti: PushedIndex;
  let single: PushedManifest;
  let dockerSingle: PushedManifest;

  useRegistry({ auth: 'htpasswd' }, async (started) => {
    reg = started;
    multi = await reg.pushIndex('team/app', 'multi');
    dockerMulti = await reg.pushIndex('team/app', 'docker-multi', { format: 'docker' });
    single = await reg.pushImage('team/app', 'single');
    dockerSingle = await reg.pushImage('team/app', 'docker-single', { format: 'docker' });
    await reg.pushImage('library/tool', 'latest');
    // The DOCKER_CONFIG the harness wrote, read the way the action reads it.
    creds = await loadDockerCredentials({ DOCKER_CONFIG: reg.dockerConfig });
  });

  const client = (options: RegistryClientOptions = {}) =>
    new RegistryClient({ ...FAST, credentials: creds, ...options });

  it.each([
    ['multi', () => multi, 'application/vnd.oci.image.index.v1+json'],
    [
      'docker-multi',
      () => dockerMulti,
      'application/vnd.docker.distribution.manifest.list.v2+json',
    ],
    ['single', () => single, 'application/vnd.oci.image.manifest.v1+json'],
    ['docker-single', () => dockerSingle, 'application/vnd.docker.distribution.manifest.v2+json'],
  ])('resolves tag %s to its digest and platforms', async (tag, pushed, mediaType) => {
    const expected = pushed();
    const got = await client().resolve(ref(`${reg.host}/team/app:${tag}`));
    expect(got.digest).toBe(expected.digest);
    expect(got.mediaType).toBe(mediaType);
    expect(got.platforms).toEqual('platforms' in expected ? expected.platforms : []);
  });

  it('leaves the attestation manifest out of the platforms', async () => {
    const got = await client().resolve(ref(`${reg.host}/team/app:multi`));
    expect(got.platforms.map((p) => p.platform)).toEqual(['linux/amd64', 'linux/arm64/v8']);
    expect(got.platforms.map((p) => p.digest)).not.toContain(multi.attestation.digest);
  });

  it('resolves a reference without a tag as latest', async () => {
    const got = await client().resolve(ref(`${reg.host}/library/tool`));
    expect(got.digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    const error = await failure(client().resolve(ref(`${reg.host}/team/app`)));
    expect(error.message).toBe(`not found: ${reg.host}/team/app:latest in ${reg.host}`);
  });

  it.each([
    ['index by digest', () => `team/app@${multi.digest}`, () => multi],
    ['single by digest', () => `team/app@${single.digest}`, () => single],
    // The digest is the pin: the tag beside it is not looked up, even if it names nothing.
    ['tag and digest', () => `team/app:no-such-tag@${multi.digest}`, () => multi],
  ])('resolves %s', async (_name, text, pushed) => {
    const expected = pushed();
    const got = await client().resolve(ref(`${reg.host}/${text()}`));
    expect(got.digest).toBe(expected.digest);
    expect(got.platforms).toEqual('platforms' in expected ? expected.platforms : []);
  });

  it.each([
    ['an index', () => multi.digest, () => multi.platforms],
    ['a docker manifest list', () => dockerMulti.digest, () => dockerMulti.platforms],
    ['a single manifest', () => single.digest, () => []],
  ])('platformsOf %s', async (_name, digest, expected) => {
    const got = await client().platformsOf(ref(`${reg.host}/team/app:whatever`), digest());
    expect(got).toEqual(expected());
  });

  it.each([
    ['no credentials', undefined],
    ['a wrong password', 'wrong'],
  ])('refuses with %s: unauthorized, naming the image', async (_name, password) => {
    const credentials =
      password === undefined
        ? credentialStoreFrom({})
        : basicStore(reg.host, reg.username, password);
    const error = await failure(
      new RegistryClient({ ...FAST, credentials }).resolve(ref(`${reg.host}/team/app:multi`)),
    );
    expect(error.kind).toBe('unauthorized');
    expect(error.message).toBe(
      `unauthorized: ${reg.host}/team/app:multi (log in with docker/login-action or check DOCKER_CONFIG)`,
    );
  });

  it.each([
    ['an unknown tag', 'team/app:nope', 'team/app:nope'],
    ['an unknown repository', 'team/none:1', 'team/none:1'],
    ['an unknown digest', `team/app@sha256:${'0'.repeat(64)}`, `team/app@sha256:${'0'.repeat(64)}`],
  ])('reports %s as not found, naming image and registry', async (_name, text, shown) => {
    const error = await failure(client().resolve(ref(`${reg.host}/${text}`)));
    expect(error.kind).toBe('not-found');
    expect(error.message).toBe(`not found: ${reg.host}/${shown} in ${reg.host}`);
  });

  it('answers the Basic challenge once, then sends credentials up front', async () => {
    const { log, onRequest } = recorder();
    const c = client({ onRequest });
    for (const tag of ['single', 'docker-single', 'single']) {
      await c.resolve(ref(`${reg.host}/team/app:${tag}`));
    }
    expect(log.map((i) => i.status)).toEqual([401, 200, 200, 200]);
  });

  describe('through a proxy', () => {
    const proxied = async (
      options: Parameters<typeof startProxy>[1],
      run: (host: string, c: RegistryClient, log: RegistryRequestInfo[]) => Promise<void>,
      clientOptions: RegistryClientOptions = {},
    ) => {
      const proxy = await startProxy(reg.host, options);
      const { log, onRequest } = recorder();
      try {
        const c = new RegistryClient({
          ...FAST,
          credentials: basicStore(proxy.host, reg.username, reg.password),
          onRequest,
          ...clientOptions,
        });
        await run(proxy.host, c, log);
      } finally {
        await proxy.stop();
      }
      return proxy;
    };

    it.each([
      ['an index', 'multi', () => multi],
      ['a single manifest', 'single', () => single],
    ])('hashes the body when Docker-Content-Digest is missing (%s)', async (_name, tag, pushed) => {
      await proxied({ stripHeaders: ['docker-content-digest'] }, async (host, c, log) => {
        const expected = pushed();
        const got = await c.resolve(ref(`${host}/team/app:${tag}`));
        expect(got.digest).toBe(expected.digest);
        expect(got.platforms).toEqual('platforms' in expected ? expected.platforms : []);
        expect(log.filter((i) => i.status === 200).map((i) => `${i.method} ${i.url}`)).toEqual([
          `HEAD http://${host}/v2/team/app/manifests/${tag}`,
          `GET http://${host}/v2/team/app/manifests/${tag}`,
        ]);
      });
    });

    it.each([
      ['503', { status: 503 }],
      ['502', { status: 502 }],
      ['429 with Retry-After: 0', { status: 429, headers: { 'Retry-After': '0' } }],
    ])('retries a %s, then succeeds', async (_name, canned) => {
      const proxy = await proxied(
        { intercept: (r) => (r.method === 'HEAD' && r.occurrence === 1 ? canned : undefined) },
        async (host, c) => {
          const got = await c.resolve(ref(`${host}/team/app:multi`));
          expect(got.digest).toBe(multi.digest);
        },
      );
      const heads = proxy.requests.filter((r) => r.method === 'HEAD').map((r) => r.status);
      expect(heads).toEqual([canned.status, 401, 200]);
    });

    it('gives up after the configured retries, naming registry and image', async () => {
      const proxy = await proxied(
        { intercept: () => ({ status: 503 }) },
        async (host, c) => {
          const error = await failure(c.resolve(ref(`${host}/team/app:multi`)));
          expect(error.kind).toBe('unreachable');
          expect(error.message).toBe(
            `${host} unreachable for ${host}/team/app:multi: HTTP 503 Service Unavailable`,
          );
        },
        { retries: 2 },
      );
      expect(proxy.requests).toHaveLength(3);
    });

    it('waits as long as Retry-After says', async () => {
      const started = Date.now();
      await proxied(
        {
          intercept: (r) =>
            r.occurrence === 1 ? { status: 503, headers: { 'Retry-After': '1' } } : undefined,
        },
        async (host, c) => {
          await c.resolve(ref(`${host}/team/app:single`));
        },
      );
      expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    });

    it('does not wait for a Retry-After beyond its limit', async () => {
      const proxy = await proxied(
        { intercept: () => ({ status: 429, headers: { 'Retry-After': '3600' } }) },
        async (host, c) => {
          const error = await failure(c.resolve(ref(`${host}/team/app:single`)));
          expect(error.message).toContain('HTTP 429');
        },
      );
      expect(proxy.requests).toHaveLength(1);
    });

    it('keeps the pin but warns when the platforms of an index cannot be read', async () => {
      const warnings: string[] = [];
      await proxied(
        { intercept: (r) => (r.method === 'GET' ? { status: 500 } : undefined) },
        async (host, c) => {
          const got = await c.resolve(ref(`${host}/team/app:multi`));
          expect(got.digest).toBe(multi.digest);
          expect(got.platforms).toEqual([]);
        },
        { retries: 0, onWarning: (w) => warnings.push(w) },
      );
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(
        /^platforms of 127\.0\.0\.1:\d+\/team\/app:multi unknown: .*HTTP 500/,
      );
    });

    it.each([
      [
        'content that does not hash to the digest',
        'digest',
        () => ({ status: 200, body: '{"schemaVersion":2}' }),
        /whose sha256 is sha256:[a-f0-9]{64}, not the digest asked for/,
      ],
      [
        'a body over 4 MiB',
        'tag',
        () => ({ status: 200, body: ' '.repeat(4 * 1024 * 1024 + 1) }),
        /over the 4194304-byte limit/,
      ],
      [
        'a body that is not JSON',
        'tag',
        () => ({ status: 200, body: 'hello' }),
        /not a JSON object/,
      ],
    ])('refuses %s as a protocol error', async (_name, by, answer, message) => {
      await proxied(
        {
          stripHeaders: ['docker-content-digest'],
          intercept: (r) =>
            r.method === 'GET' && r.path.includes('/manifests/') ? answer() : undefined,
        },
        async (host, c) => {
          // By digest the body must hash to it; by tag (no digest header) it must be a manifest.
          const text = by === 'digest' ? `team/app@${multi.digest}` : 'team/app:multi';
          const error = await failure(c.resolve(ref(`${host}/${text}`)));
          expect(error.kind).toBe('protocol');
          expect(error.message).toMatch(message);
          expect(error.message).toContain(`${host}/team/app`);
        },
      );
    });

    it.each([1, 3])('keeps at most %i look-ups in flight', async (concurrency) => {
      const tags = Array.from({ length: 8 }, (_, i) => `par-${i}`);
      for (const tag of tags)
        await reg.pushManifest('team/app', tag, single.mediaType, single.bytes);
      const proxy = await proxied(
        { delayMs: 60 },
        async (host, c) => {
          // Plain parallel resolve() calls, as generation makes them, are bounded too.
          const got = await Promise.all(tags.map((t) => c.resolve(ref(`${host}/team/app:${t}`))));
          expect(got.map((g) => g.digest)).toEqual(tags.map(() => single.digest));
        },
        { concurrency },
      );
      expect(proxy.maxInFlight).toBe(concurrency);
    });

    it('asks whether digests are served with at most the configured look-ups in flight', async () => {
      const digests = [multi.digest, single.digest, ...multi.platforms.map((p) => p.digest)];
      const proxy = await proxied(
        { delayMs: 60 },
        async (host, c) => {
          const served = await Promise.all(
            digests.map((d) => c.isServed(ref(`${host}/team/app`), d)),
          );
          expect(served).toEqual(digests.map(() => true));
        },
        { concurrency: 2 },
      );
      expect(proxy.maxInFlight).toBe(2);
      expect(new Set(proxy.requests.map((r) => r.method))).toEqual(new Set(['HEAD']));
    });

    it('falls back to a hashed GET where HEAD is not supported', async () => {
      const proxy = await proxied(
        { intercept: (r) => (r.method === 'HEAD' ? { status: 405 } : undefined) },
        async (host, c) => {
          expect(await c.isServed(ref(`${host}/team/app`), multi.digest)).toBe(true);
          expect(await c.isServed(ref(`${host}/team/app`), `sha256:${'0'.repeat(64)}`)).toBe(false);
        },
      );
      expect(proxy.requests.filter((r) => r.method === 'GET').map((r) => r.status)).toEqual([
        401, 200, 404,
      ]);
    });
  });

  it.each([
    ['a pushed index', () => multi.digest, true],
    ['a platform manifest', () => multi.platforms[0]?.digest ?? '', true],
    ['an unknown digest', () => `sha256:${'0'.repeat(64)}`, false],
  ])('says whether it still serves %s', async (_name, digest, expected) => {
    expect(await client().isServed(ref(`${reg.host}/team/app`), digest())).toBe(expected);
  });

  it('says a digest is gone once it is deleted, and no sooner', async () => {
    const gone = await reg.pushImage('team/app', 'to-delete');
    const c = client();
    expect(await c.isServed(ref(`${reg.host}/team/app`), gone.digest)).toBe(true);
    await reg.deleteManifest('team/app', gone.digest);
    expect(await c.isServed(ref(`${reg.host}/team/app`), gone.digest)).toBe(false);
  });

  it('never says gone when the credentials are refused: it throws', async () => {
    const c = new RegistryClient({
      ...FAST,
      credentials: basicStore(reg.host, reg.username, 'wrong'),
    });
    const error = await failure(c.isServed(ref(`${reg.host}/team/app`), multi.digest));
    expect(error.kind).toBe('unauthorized');
  });

  it('never says gone when the registry cannot be reached: it throws', async () => {
    const host = `127.0.0.1:${await unusedPort()}`;
    const c = new RegistryClient({ ...FAST, retries: 0 });
    const error = await failure(c.isServed(ref(`${host}/team/app`), multi.digest));
    expect(error.kind).toBe('unreachable');
  });
});

describe('unreachable registries', () => {
  it('names the registry and the cause for a closed port, after retrying', async () => {
    const port = await unusedPort();
    const host = `127.0.0.1:${port}`;
    const { log, onRequest } = recorder();
    const c = new RegistryClient({ ...FAST, retries: 2, onRequest });
    const error = await failure(c.resolve(ref(`${host}/team/app:1`)));
    expect(error.kind).toBe('unreachable');
    expect(error.message).toBe(
      `${host} unreachable for ${host}/team/app:1: connect ECONNREFUSED ${host}`,
    );
    expect(log.map((i) => i.attempt)).toEqual([1, 2, 3]);
  });

  it('times out a registry that never answers', async () => {
    const silent = await startSilentServer();
    try {
      const c = new RegistryClient({ ...FAST, timeoutMs: 200, retries: 1 });
      const started = Date.now();
      const error = await failure(c.resolve(ref(`${silent.host}/team/app:1`)));
      expect(error.kind).toBe('unreachable');
      expect(error.message).toBe(
        `${silent.host} unreachable for ${silent.host}/team/app:1: no answer within 0.2s to HEAD http://${silent.host}/v2/team/app/manifests/1`,
      );
      expect(Date.now() - started).toBeGreaterThanOrEqual(380);
    } finally {
      await silent.stop();
    }
  });

  it('asks a host that never answered no more: look-ups queued behind it fail at once', async () => {
    const silent = await startSilentServer();
    try {
      const { log, onRequest } = recorder();
      // One look-up at a time: the second waits for the first, as look-ups beyond the limit do.
      const c = new RegistryClient({
        ...FAST,
        timeoutMs: 200,
        retries: 1,
        concurrency: 1,
        onRequest,
      });
      const first = failure(c.resolve(ref(`${silent.host}/team/app:1`)));
      const second = failure(c.resolve(ref(`${silent.host}/team/other:2`)));
      expect((await first).message).toMatch(/no answer within 0\.2s to HEAD /);
      const started = Date.now();
      const error = await second;
      expect(Date.now() - started).toBeLessThan(150);
      expect(error.kind).toBe('unreachable');
      expect(error.message).toBe(
        `${silent.host} unreachable for ${silent.host}/team/other:2: no answer within 0.2s to HEAD http://${silent.host}/v2/team/app/manifests/1 earlier in this run`,
      );
      // Two attempts of the first look-up; none for the second.
      expect(log).toHaveLength(2);
    } finally {
      await silent.stop();
    }
  });
});

withRegistry('real registry, token auth', () => {
  let reg: Registry;
  let creds: CredentialStore;
  let multi: PushedIndex;
  let other: PushedManifest;

  useRegistry({ auth: 'token' }, async (started) => {
    reg = started;
    multi = await reg.pushIndex('team/app', 'multi');
    await reg.pushImage('team/app', 'single');
    other = await reg.pushImage('team/other', '1');
    creds = await loadDockerCredentials({ DOCKER_CONFIG: reg.dockerConfig });
  });

  const tokenRequestsFor = (scope: string) =>
    reg.tokenRequests.filter((r) => r.scopes.includes(scope));

  it('asks for one token per repository and reuses it across look-ups', async () => {
    const before = reg.tokenRequests.length;
    const { log, onRequest } = recorder();
    const c = new RegistryClient({ ...FAST, credentials: creds, onRequest });
    // Concurrent first look-ups all meet the challenge; they must share one token request.
    const first = await Promise.all([
      c.resolve(ref(`${reg.host}/team/app:multi`)),
      c.resolve(ref(`${reg.host}/team/app:single`)),
      c.resolve(ref(`${reg.host}/team/app@${multi.digest}`)),
      c.platformsOf(ref(`${reg.host}/team/app:multi`), multi.digest),
    ]);
    expect(first[0]).toMatchObject({ digest: multi.digest, platforms: multi.platforms });
    await c.resolve(ref(`${reg.host}/team/app:multi`));
    await c
      .resolve(ref(`${reg.host}/team/other:1`))
      .then((r) => expect(r.digest).toBe(other.digest));
    await c.resolve(ref(`${reg.host}/team/other:1`));

    const mine = reg.tokenRequests.slice(before);
    expect(mine.map((r) => r.scopes)).toEqual([
      ['repository:team/app:pull'],
      ['repository:team/other:pull'],
    ]);
    expect(mine.every((r) => r.account === reg.username && r.grant === 'basic')).toBe(true);
    expect(log.filter((i) => i.purpose === 'token')).toHaveLength(2);
  });

  it('exchanges an identity token (OAuth2 refresh token)', async () => {
    const credentials = credentialStoreFrom({
      auths: { [reg.host]: { auth: '', identitytoken: reg.identityToken } },
    });
    const before = tokenRequestsFor('repository:team/app:pull').length;
    const got = await new RegistryClient({ ...FAST, credentials }).resolve(
      ref(`${reg.host}/team/app:multi`),
    );
    expect(got.digest).toBe(multi.digest);
    const mine = tokenRequestsFor('repository:team/app:pull').slice(before);
    expect(mine.map((r) => [r.method, r.grant])).toEqual([['POST', 'refresh_token']]);
  });

  it.each([
    ['no credentials (the token grants nothing)', () => credentialStoreFrom({})],
    [
      'a wrong password (the token endpoint refuses)',
      () => basicStore(reg.host, reg.username, 'wrong'),
    ],
  ])('is unauthorized with %s', async (_name, credentials) => {
    const error = await failure(
      new RegistryClient({ ...FAST, credentials: credentials() }).resolve(
        ref(`${reg.host}/team/app:multi`),
      ),
    );
    expect(error.kind).toBe('unauthorized');
    expect(error.message).toBe(
      `unauthorized: ${reg.host}/team/app:multi (log in with docker/login-action or check DOCKER_CONFIG)`,
    );
  });
});

withRegistry('real registry, token auth with anonymous pull', () => {
  let reg: Registry;
  useRegistry({ auth: 'token', anonymousPull: true }, (started) => {
    reg = started;
  });

  it('resolves a public image without credentials, with an anonymous token', async () => {
    const pushed = await reg.pushIndex('library/public', '1.0');
    const got = await new RegistryClient(FAST).resolve(ref(`${reg.host}/library/public:1.0`));
    expect(got).toEqual({
      digest: pushed.digest,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      platforms: pushed.platforms,
    });
    expect(reg.tokenRequests.map((r) => [r.grant, r.account])).toEqual([['anonymous', undefined]]);
  });
});
