import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseReference } from '../../src/core/reference.js';
import { RegistryClient, type RegistryClientOptions } from '../../src/registry/client.js';
import {
  credentialStoreFrom,
  loadDockerCredentials,
  type CredentialStore,
} from '../../src/registry/docker-config.js';
import { tempDir } from '../helpers/cli.js';
import {
  cliMeasured,
  endlessBody,
  startEndlessRegistry,
  startServer,
  type Handler,
  type TestServer,
} from '../helpers/hostile-servers.js';
import {
  MEDIA,
  startProxy,
  type PushedIndex,
  type PushedManifest,
  type Registry,
} from '../helpers/registry-server.js';
import { failure } from '../helpers/failure.js';
import { registryTests, useRegistry } from '../helpers/registry-suite.js';
import { RegistryError } from '../../src/registry/errors.js';

const registryError = (lookup: Promise<unknown>) => failure(lookup, RegistryError);

// What a hostile or broken registry can send, and what the client makes of it: endless bodies,
// token realms that redirect, forged digests, Retry-After storms, error bodies and platform names
// carrying text they should not.

const { suite: withRegistry } = registryTests('hostile registry');

const FAST: RegistryClientOptions = { retryDelayMs: 5, timeoutMs: 10_000 };
const ref = (text: string) => parseReference(text);
const sha256 = (b: Uint8Array | string) => `sha256:${createHash('sha256').update(b).digest('hex')}`;
const b64 = (s: string) => Buffer.from(s).toString('base64');

const servers: TestServer[] = [];
async function server(handler: Handler): Promise<TestServer> {
  const s = await startServer(handler);
  servers.push(s);
  return s;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop()));
});

describe('an endless body', () => {
  it('is refused at the manifest limit, and the client stops reading it', async () => {
    const endless = await startEndlessRegistry();
    servers.push(endless);
    const error = await registryError(
      new RegistryClient({ ...FAST, retries: 0 }).resolve(ref(`${endless.host}/acme/app:1`)),
    );
    expect(error.kind).toBe('protocol');
    expect(error.message).toBe(
      `${endless.host} sent an answer over the 4194304-byte limit for ${endless.host}/acme/app:1`,
    );
    // The connection is dropped at the limit: what was sent is the limit plus socket buffers.
    await new Promise((r) => setTimeout(r, 100));
    expect(endless.sent.bytes).toBeLessThan(64 * 1024 * 1024);
  });

  it('from a token endpoint is refused at the token limit', async () => {
    const sent = { bytes: 0 };
    const realm = await server((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      endlessBody(res, sent);
    });
    const registry = await server((_req, res) => {
      res.writeHead(401, { 'WWW-Authenticate': `Bearer realm="${realm.url}/token"` }).end();
    });
    const error = await registryError(
      new RegistryClient({ ...FAST, retries: 0 }).resolve(ref(`${registry.host}/acme/app:1`)),
    );
    expect(error.message).toBe(
      `${registry.host} sent an answer over the 1048576-byte limit for ${registry.host}/acme/app:1`,
    );
    await new Promise((r) => setTimeout(r, 100));
    expect(sent.bytes).toBeLessThan(64 * 1024 * 1024);
  });

  it('keeps generate, the built CLI, under 256 MiB, failing with a clear error', async () => {
    const endless = await startEndlessRegistry();
    servers.push(endless);
    const { dir, cleanup } = tempDir('rt-endless-');
    try {
      writeFileSync(
        join(dir, 'docker-compose.yml'),
        `services:\n  app:\n    image: ${endless.host}/acme/app:1\n`,
      );
      const run = await cliMeasured(['generate', 'v1.0.0', `app=${endless.host}/acme/app:1`], dir, {
        RELEASE_TRACKER_RETRY_BASE_MS: '5',
      });
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(
        `error: image argument: cannot pin ${endless.host}/acme/app:1 (service "app"): ${endless.host} sent an answer over the 4194304-byte limit for ${endless.host}/acme/app:1\n`,
      );
      expect(run.peakRssBytes).toBeLessThan(256 * 1024 * 1024);
      expect(run.peakRssBytes).toBeGreaterThan(0);
    } finally {
      cleanup();
    }
  });
});

/** A single OCI manifest and its digest, as a fake registry serves it. */
const MANIFEST = JSON.stringify({
  schemaVersion: 2,
  mediaType: MEDIA.ociManifest,
  config: { mediaType: MEDIA.ociConfig, digest: sha256('{}'), size: 2 },
  layers: [],
});

/**
 * A registry that wants a Bearer token from `realm` and accepts only `good-token`; it names the
 * realm as given, so a test points it wherever it likes.
 */
async function bearerRegistry(realm: () => string): Promise<TestServer> {
  return server((req, res) => {
    if (req.headers.authorization !== 'Bearer good-token') {
      res.writeHead(401, { 'WWW-Authenticate': `Bearer realm="${realm()}",service="svc"` });
      return void res.end();
    }
    res.writeHead(200, {
      'Content-Type': MEDIA.ociManifest,
      'Docker-Content-Digest': sha256(MANIFEST),
    });
    res.end(req.method === 'HEAD' ? undefined : MANIFEST);
  });
}

const tokenAnswer: Handler = (_req, res) => {
  res.writeHead(200, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify({ token: 'good-token', expires_in: 300 }));
};

describe('a token realm that redirects', () => {
  const IDENTITY = 'refresh-SECRET-identity-token';
  const identity = (host: string): CredentialStore =>
    credentialStoreFrom({ auths: { [host]: { auth: '', identitytoken: IDENTITY } } });
  const basic = (host: string): CredentialStore =>
    credentialStoreFrom({ auths: { [host]: { auth: b64('rt-user:SECRET-password') } } });

  /** A realm on its own host that redirects every request to `to()` with `status`. */
  const redirecting = (status: number, to: () => string): Promise<TestServer> =>
    server((_req, res) => void res.writeHead(status, { Location: to() }).end());

  it('does not send the identity token on to another host', async () => {
    const other = await server(tokenAnswer);
    const realm = await redirecting(307, () => `${other.url}/token`);
    const registry = await bearerRegistry(() => `${realm.url}/token`);
    const error = await registryError(
      new RegistryClient({ ...FAST, credentials: identity(registry.host) }).resolve(
        ref(`${registry.host}/acme/app:1`),
      ),
    );
    expect(error.kind).toBe('protocol');
    expect(error.message).toBe(
      `token endpoint of ${registry.host} redirected POST for ${registry.host}/acme/app:1 to ${other.host}; the identity token is sent to no other host and no other request`,
    );
    expect(error.message).not.toContain('SECRET');
    expect(realm.requests.map((r) => r.method)).toEqual(['POST']);
    expect(other.requests).toEqual([]);
  });

  it('follows a redirect on the same host with the identity token', async () => {
    const realm = await server((req, res) => {
      if (req.path === '/token') return void res.writeHead(307, { Location: '/v2/token' }).end();
      tokenAnswer(req, res);
    });
    const registry = await bearerRegistry(() => `${realm.url}/token`);
    const got = await new RegistryClient({ ...FAST, credentials: identity(registry.host) }).resolve(
      ref(`${registry.host}/acme/app:1`),
    );
    expect(got.digest).toBe(sha256(MANIFEST));
    expect(realm.requests.map((r) => [r.method, r.path])).toEqual([
      ['POST', '/token'],
      ['POST', '/v2/token'],
    ]);
    expect(realm.requests.every((r) => r.body.includes(`refresh_token=${IDENTITY}`))).toBe(true);
  });

  it('follows a redirect to another host without the Basic credentials', async () => {
    const other = await server(tokenAnswer);
    const realm = await redirecting(302, () => `${other.url}/token?service=svc`);
    const registry = await bearerRegistry(() => `${realm.url}/token`);
    const got = await new RegistryClient({ ...FAST, credentials: basic(registry.host) }).resolve(
      ref(`${registry.host}/acme/app:1`),
    );
    expect(got.digest).toBe(sha256(MANIFEST));
    expect(realm.requests[0]?.headers.authorization).toBe(
      `Basic ${b64('rt-user:SECRET-password')}`,
    );
    expect(other.requests).toHaveLength(1);
    expect(other.requests[0]?.headers.authorization).toBeUndefined();
  });

  it.each([
    [
      'plain HTTP to a host that is not loopback',
      'http://registry.example.com/token',
      'http://registry.example.com',
    ],
    ['a scheme that is not HTTP', 'file:///etc/passwd', 'file://'],
  ])('refuses a redirect to %s, asking nothing there', async (_name, location, shown) => {
    const realm = await redirecting(307, () => location);
    const registry = await bearerRegistry(() => `${realm.url}/token`);
    const error = await registryError(
      new RegistryClient({ ...FAST, credentials: basic(registry.host) }).resolve(
        ref(`${registry.host}/acme/app:1`),
      ),
    );
    expect(error.kind).toBe('protocol');
    expect(error.message).toBe(
      `token endpoint of ${registry.host} redirected GET for ${registry.host}/acme/app:1 to ${shown}, which is neither HTTPS nor loopback; not followed`,
    );
  });

  it('stops after five redirects', async () => {
    const realm = await server((req, res) => {
      const n = Number(/\d+/.exec(req.path)?.[0] ?? 0);
      res.writeHead(307, { Location: `/token${n + 1}` }).end();
    });
    const registry = await bearerRegistry(() => `${realm.url}/token`);
    const error = await registryError(
      new RegistryClient(FAST).resolve(ref(`${registry.host}/acme/app:1`)),
    );
    expect(error.message).toBe(
      `token endpoint of ${registry.host} redirected GET for ${registry.host}/acme/app:1 more than 5 times`,
    );
    expect(realm.requests).toHaveLength(6);
  });
});

describe('registry error bodies', () => {
  const answering = (status: number, body: unknown) =>
    server((req, res) => {
      if (req.method === 'HEAD') return void res.writeHead(405).end();
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(typeof body === 'string' ? body : JSON.stringify(body));
    });

  it('show the OCI errors[] code and message', async () => {
    const registry = await answering(400, {
      errors: [{ code: 'MANIFEST_INVALID', message: 'manifest invalid', detail: { why: 'x' } }],
    });
    const error = await registryError(
      new RegistryClient(FAST).resolve(ref(`${registry.host}/acme/app:1`)),
    );
    expect(error.kind).toBe('protocol');
    expect(error.message).toBe(
      `${registry.host} answered GET manifest of ${registry.host}/acme/app:1 with HTTP 400 Bad Request: MANIFEST_INVALID: manifest invalid`,
    );
  });

  it('show them for a registry that stays down, too', async () => {
    const registry = await answering(503, {
      errors: [{ code: 'UNAVAILABLE', message: 'service unavailable' }],
    });
    const error = await registryError(
      new RegistryClient({ ...FAST, retries: 1 }).resolve(ref(`${registry.host}/acme/app:1`)),
    );
    expect(error.kind).toBe('unreachable');
    expect(error.message).toBe(
      `${registry.host} unreachable for ${registry.host}/acme/app:1: HTTP 503 Service Unavailable: UNAVAILABLE: service unavailable`,
    );
  });

  it('are bounded and stripped of control characters', async () => {
    const registry = await answering(400, {
      errors: [
        {
          code: 'DENIED\u001b[2J',
          message: `\u001b[31mred\u001b[0m\r\n::error::forged\u202e${'x'.repeat(5000)}`,
        },
        { code: 'A', message: 'one' },
        { code: 'B', message: 'two' },
        { code: 'C', message: 'three' },
        { code: 'D', message: 'four' },
      ],
    });
    const error = await registryError(
      new RegistryClient(FAST).resolve(ref(`${registry.host}/acme/app:1`)),
    );
    // eslint-disable-next-line no-control-regex
    expect(error.message).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202e]/);
    expect(error.message).toContain(
      `with HTTP 400 Bad Request: DENIED[2J: [31mred[0m ::error::forged${'x'.repeat(170)}`,
    );
    expect(error.message).toMatch(/x…; A: one; B: two \(and 2 more\)$/);
    expect(error.message.length).toBeLessThan(400);
  });

  it('that are not the OCI shape add nothing', async () => {
    const registry = await answering(400, '<html>nope</html>');
    const error = await registryError(
      new RegistryClient(FAST).resolve(ref(`${registry.host}/acme/app:1`)),
    );
    expect(error.message).toBe(
      `${registry.host} answered GET manifest of ${registry.host}/acme/app:1 with HTTP 400 Bad Request`,
    );
  });
});

withRegistry('a real registry behind a lying proxy', () => {
  let reg: Registry;
  let creds: CredentialStore;
  let single: PushedManifest;
  let multi: PushedIndex;
  useRegistry({ auth: 'htpasswd' }, async (started) => {
    reg = started;
    single = await reg.pushImage('team/app', 'single');
    multi = await reg.pushIndex('team/app', 'multi');
    creds = await loadDockerCredentials({ DOCKER_CONFIG: reg.dockerConfig });
  });

  const proxied = async <T>(
    options: Parameters<typeof startProxy>[1],
    run: (host: string, c: RegistryClient) => Promise<T>,
    clientOptions: RegistryClientOptions = {},
  ): Promise<T> => {
    const proxy = await startProxy(reg.host, options);
    try {
      const credentials = credentialStoreFrom({
        auths: { [proxy.host]: { auth: b64(`${reg.username}:${reg.password}`) } },
      });
      return await run(proxy.host, new RegistryClient({ ...FAST, credentials, ...clientOptions }));
    } finally {
      await proxy.stop();
    }
  };

  it('refuses a Docker-Content-Digest that is not the hash of the manifest sent with it', async () => {
    const forged = multi.digest;
    const error = await proxied(
      {
        intercept: (r) =>
          r.method === 'HEAD'
            ? { status: 405 }
            : r.path.endsWith('/manifests/single')
              ? {
                  status: 200,
                  headers: { 'Content-Type': single.mediaType, 'Docker-Content-Digest': forged },
                  body: single.bytes.toString('utf8'),
                }
              : undefined,
      },
      (host, c) => registryError(c.resolve(ref(`${host}/team/app:single`))),
    );
    expect(error.kind).toBe('protocol');
    expect(error.message).toMatch(
      new RegExp(
        `sent a manifest for 127\\.0\\.0\\.1:\\d+/team/app:single whose sha256 is ${single.digest}, and a Docker-Content-Digest that is another digest; not believed$`,
      ),
    );
  });

  it('refuses a HEAD by digest whose Docker-Content-Digest names another digest', async () => {
    const error = await proxied(
      {
        intercept: (r) =>
          r.method === 'HEAD'
            ? { status: 200, headers: { 'Docker-Content-Digest': multi.digest } }
            : undefined,
      },
      (host, c) => registryError(c.isServed(ref(`${host}/team/app`), single.digest)),
    );
    expect(error.kind).toBe('protocol');
    expect(error.message).toContain('with a Docker-Content-Digest that is another digest');
  });

  it('bounds the waiting of a Retry-After storm for the run, not per image', async () => {
    const tags = ['a', 'b', 'c', 'd', 'e'];
    const started = Date.now();
    const errors = await proxied(
      { intercept: () => ({ status: 429, headers: { 'Retry-After': '1' } }) },
      (host, c) =>
        Promise.all(tags.map((t) => registryError(c.resolve(ref(`${host}/team/app:${t}`))))),
      { retries: 2, concurrency: 1, waitBudgetMs: 2_500 },
    );
    const elapsed = Date.now() - started;
    // Unbounded, five images would wait 2 s each: 10 s. The run may wait 2.5 s in all.
    expect(elapsed).toBeGreaterThanOrEqual(1_900);
    expect(elapsed).toBeLessThan(4_500);
    expect(errors.every((e) => e.kind === 'unreachable')).toBe(true);
    expect(errors[0]?.message).toMatch(/: HTTP 429 Too Many Requests$/);
    for (const e of errors.slice(1)) {
      expect(e.message).toMatch(
        /: HTTP 429 Too Many Requests; not retried: this run has spent the 2\.5 s it may wait for registries to recover \(Retry-After and back-off\)$/,
      );
    }
  });

  it('leaves the platforms of an index whose platform names carry markup unknown, keeping the pin', async () => {
    const index = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: MEDIA.ociIndex,
        manifests: [
          {
            mediaType: single.mediaType,
            digest: single.digest,
            size: single.bytes.length,
            platform: { os: 'linux', architecture: 'amd64 | [x](https://evil) <b>' },
          },
        ],
      }),
    );
    const pushed = await reg.pushManifest('team/app', 'markup', MEDIA.ociIndex, index);
    const warnings: string[] = [];
    const c = new RegistryClient({
      ...FAST,
      credentials: creds,
      onWarning: (w) => warnings.push(w),
    });
    const got = await c.resolve(ref(`${reg.host}/team/app:markup`));
    expect(got).toEqual({ digest: pushed.digest, mediaType: MEDIA.ociIndex, platforms: [] });
    expect(warnings).toEqual([
      `platforms of ${reg.host}/team/app:markup unknown: ${reg.host} sent ${reg.host}/team/app:markup@${pushed.digest}: entry 1 of its index names a platform that is not one`,
    ]);
    await expect(c.platformsOf(ref(`${reg.host}/team/app`), pushed.digest)).rejects.toThrow(
      /names a platform that is not one/,
    );
  });
});
