/**
 * A real OCI registry for tests: Debian's `docker-registry` (distribution 2.8) on a free loopback
 * port, filesystem storage in a temporary directory, with htpasswd (Basic) auth, token (Bearer)
 * auth backed by a small local token server, or no auth. Images are pushed through the
 * Distribution API and their digests computed here, from the exact bytes pushed.
 *
 * Also: a forwarding proxy that can strip headers, inject errors and delay answers, and helpers for
 * an unused port and a server that never answers.
 *
 * Without the binary, tests skip with a visible reason; under CI (`CI=true`) the harness throws
 * instead, so CI can never pass by skipping. `.ci/install-registry.sh` installs what it needs.
 */
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import {
  createHash,
  generateKeyPairSync,
  randomBytes,
  sign as cryptoSign,
  X509Certificate,
  type KeyObject,
} from 'node:crypto';
import { accessSync, constants as fsConstants } from 'node:fs';
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/** The registry binary: `$REGISTRY_BIN`, else Debian's. */
export function registryBin(env: NodeJS.ProcessEnv = process.env): string {
  return env['REGISTRY_BIN'] || '/usr/bin/docker-registry';
}

export const MEDIA = {
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociConfig: 'application/vnd.oci.image.config.v1+json',
  ociLayer: 'application/vnd.oci.image.layer.v1.tar+gzip',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerConfig: 'application/vnd.docker.container.image.v1+json',
  dockerLayer: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
  inToto: 'application/vnd.in-toto+json',
} as const;

// ---------------------------------------------------------------------------------------------
// Availability

export type RegistrySupport =
  { readonly available: true } | { readonly available: false; readonly reason: string };

/**
 * Whether a real registry can run here. Missing tools skip the tests with `reason`; under CI they
 * throw, because a CI run that silently skips the registry tests proves nothing.
 */
export function registrySupport(env: NodeJS.ProcessEnv = process.env): RegistrySupport {
  const missing: string[] = [];
  const bin = registryBin(env);
  if (!isExecutable(bin)) missing.push(`${bin} (package docker-registry)`);
  if (findInPath('htpasswd', env) === undefined) missing.push('htpasswd (package apache2-utils)');
  if (missing.length === 0) return { available: true };
  const reason = `real-registry tests need ${missing.join(' and ')}; run .ci/install-registry.sh`;
  if (env['CI'] === 'true') throw new Error(`CI=true and ${reason}: refusing to skip them`);
  return { available: false, reason };
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, fsConstants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function findInPath(name: string, env: NodeJS.ProcessEnv): string | undefined {
  for (const dir of (env['PATH'] ?? '').split(delimiter)) {
    if (dir !== '' && isExecutable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// The registry

export type RegistryAuth = 'htpasswd' | 'token' | 'none';

export interface StartRegistryOptions {
  readonly auth?: RegistryAuth;
  /** Token auth only: anonymous clients get pull access (a public registry, like Docker Hub). */
  readonly anonymousPull?: boolean;
}

export interface TokenRequest {
  readonly method: 'GET' | 'POST';
  readonly scopes: readonly string[];
  readonly service: string | undefined;
  /** Who the token server took the client for; undefined when anonymous. */
  readonly account: string | undefined;
  readonly grant: 'basic' | 'refresh_token' | 'anonymous';
}

export interface PushedManifest {
  /** sha256 of `bytes`, computed here. */
  readonly digest: string;
  readonly mediaType: string;
  readonly bytes: Buffer;
}

export interface PushedIndex extends PushedManifest {
  /** In index order, attestation left out: what a client should report. */
  readonly platforms: readonly { readonly platform: string; readonly digest: string }[];
  readonly attestation: PushedManifest;
}

export interface PushImageOptions {
  /** `oci` (default) or `docker` (schema 2 media types). */
  readonly format?: 'oci' | 'docker';
  readonly os?: string;
  readonly architecture?: string;
  readonly variant?: string;
}

export interface Registry {
  /** `127.0.0.1:PORT`: the domain of image references, e.g. `${host}/app:1`. */
  readonly host: string;
  /** `http://127.0.0.1:PORT` */
  readonly url: string;
  readonly auth: RegistryAuth;
  readonly username: string;
  readonly password: string;
  /** Token auth: the refresh token the token server accepts as `identitytoken`. */
  readonly identityToken: string;
  /** A directory holding `config.json` with `auths["127.0.0.1:PORT"].auth`: use as DOCKER_CONFIG. */
  readonly dockerConfig: string;
  /** Token auth: every request the token server received, in order. */
  readonly tokenRequests: readonly TokenRequest[];
  /** The registry's log so far, for failure messages. */
  log(): string;
  pushBlob(repo: string, bytes: Uint8Array): Promise<string>;
  /** PUTs manifest bytes under a tag or (when `reference` is undefined) their digest. */
  pushManifest(
    repo: string,
    reference: string | undefined,
    mediaType: string,
    bytes: Buffer,
  ): Promise<PushedManifest>;
  /** A single-platform image (config + one layer), tagged when `tag` is given. */
  pushImage(repo: string, tag?: string, options?: PushImageOptions): Promise<PushedManifest>;
  /** Deletes a manifest by digest, as a retention policy would (the registry runs with delete enabled). */
  deleteManifest(repo: string, digest: string): Promise<void>;
  /** An index of linux/amd64 and linux/arm64/v8 plus an attestation manifest, tagged. */
  pushIndex(
    repo: string,
    tag?: string,
    options?: { readonly format?: 'oci' | 'docker' },
  ): Promise<PushedIndex>;
  stop(): Promise<void>;
}

const USERNAME = 'rt-user';
const SERVICE = 'release-tracker-test-registry';
const ISSUER = 'release-tracker-test-issuer';

const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export async function startRegistry(options: StartRegistryOptions = {}): Promise<Registry> {
  const support = registrySupport();
  if (!support.available) throw new Error(support.reason);
  const auth = options.auth ?? 'htpasswd';
  const dir = await mkdtemp(join(tmpdir(), 'rt-registry-'));
  const password = randomBytes(12).toString('hex');
  const identityToken = `refresh-${randomBytes(12).toString('hex')}`;
  let tokenServer: TokenServer | undefined;
  let child: ChildProcess | undefined;
  try {
    let authYaml = '';
    if (auth === 'htpasswd') {
      const { stdout } = await execFileAsync('htpasswd', ['-Bbn', USERNAME, password]);
      await writeFile(join(dir, 'htpasswd'), `${stdout.trim()}\n`);
      authYaml = `auth:\n  htpasswd:\n    realm: release-tracker-test\n    path: ${join(dir, 'htpasswd')}\n`;
    } else if (auth === 'token') {
      tokenServer = await startTokenServer({
        username: USERNAME,
        password,
        identityToken,
        anonymousPull: options.anonymousPull ?? false,
      });
      await writeFile(join(dir, 'token-ca.pem'), tokenServer.certPem);
      authYaml =
        `auth:\n  token:\n    realm: ${tokenServer.url}/token\n    service: ${SERVICE}\n` +
        `    issuer: ${ISSUER}\n    rootcertbundle: ${join(dir, 'token-ca.pem')}\n`;
    }
    const config =
      'version: 0.1\n' +
      'log:\n  level: info\n  formatter: text\n  accesslog:\n    disabled: true\n' +
      `storage:\n  filesystem:\n    rootdirectory: ${join(dir, 'data')}\n  delete:\n    enabled: true\n` +
      '  maintenance:\n    uploadpurging:\n      enabled: false\n' +
      // Port 0: the kernel picks a free port and the registry logs it; no race for a port.
      `http:\n  addr: 127.0.0.1:0\n  secret: ${randomBytes(16).toString('hex')}\n` +
      authYaml;
    await writeFile(join(dir, 'config.yml'), config);

    child = spawn(registryBin(), ['serve', join(dir, 'config.yml')], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { PATH: process.env['PATH'] ?? '' },
    });
    running.add(child);
    const proc = child;
    let log = '';
    const port = await new Promise<number>((resolvePort, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`docker-registry did not start in 20s:\n${log}`)),
        20_000,
      );
      const onData = (chunk: Buffer): void => {
        log += chunk.toString('utf8');
        const m = /listening on 127\.0\.0\.1:(\d+)/.exec(log);
        if (m?.[1]) {
          clearTimeout(timer);
          resolvePort(Number(m[1]));
        }
      };
      proc.stdout?.on('data', onData);
      proc.stderr?.on('data', onData);
      proc.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      proc.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`docker-registry exited (${code ?? signal}) before listening:\n${log}`));
      });
    });
    proc.removeAllListeners('exit');
    proc.once('exit', () => running.delete(proc));

    const host = `127.0.0.1:${port}`;
    const url = `http://${host}`;
    await waitForApi(url, () => log);

    const dockerConfig = join(dir, 'docker-config');
    await mkdir(dockerConfig);
    const basic = Buffer.from(`${USERNAME}:${password}`).toString('base64');
    await writeFile(
      join(dockerConfig, 'config.json'),
      JSON.stringify({ auths: { [host]: { auth: basic } } }, null, 2),
    );

    const ts = tokenServer;
    const authorization = (repo: string): string | undefined => {
      if (auth === 'htpasswd') return `Basic ${basic}`;
      if (ts)
        return `Bearer ${ts.mint(USERNAME, [{ type: 'repository', name: repo, actions: ['pull', 'push', 'delete'] }])}`;
      return undefined;
    };
    const api = async (
      method: string,
      path: string,
      repo: string,
      init: { headers?: Record<string, string>; body?: Uint8Array } = {},
    ): Promise<Response> => {
      const headers: Record<string, string> = { ...init.headers };
      const a = authorization(repo);
      if (a) headers['Authorization'] = a;
      const target = path.startsWith('http') ? path : `${url}${path}`;
      return fetch(target, { method, headers, ...(init.body ? { body: init.body } : {}) });
    };
    const expectStatus = async (res: Response, want: number, what: string): Promise<void> => {
      const text = await res.text();
      if (res.status !== want) throw new Error(`${what}: HTTP ${res.status} ${text}\n${log}`);
    };

    const pushBlob = async (repo: string, bytes: Uint8Array): Promise<string> => {
      const digest = sha256(bytes);
      const start = await api('POST', `/v2/${repo}/blobs/uploads/`, repo);
      await expectStatus(start, 202, `start upload to ${repo}`);
      const location = start.headers.get('location');
      if (!location) throw new Error(`upload to ${repo}: no Location header`);
      const target = new URL(location, url);
      target.searchParams.set('digest', digest);
      const put = await api('PUT', target.href, repo, {
        headers: { 'Content-Type': 'application/octet-stream' },
        body: bytes,
      });
      await expectStatus(put, 201, `finish upload of ${digest} to ${repo}`);
      return digest;
    };

    const pushManifest = async (
      repo: string,
      reference: string | undefined,
      mediaType: string,
      bytes: Buffer,
    ): Promise<PushedManifest> => {
      const digest = sha256(bytes);
      const res = await api('PUT', `/v2/${repo}/manifests/${reference ?? digest}`, repo, {
        headers: { 'Content-Type': mediaType },
        body: bytes,
      });
      await expectStatus(res, 201, `put manifest ${repo}:${reference ?? digest}`);
      const said = res.headers.get('docker-content-digest');
      if (said !== digest)
        throw new Error(`registry says ${said} for a manifest whose sha256 is ${digest}`);
      return { digest, mediaType, bytes };
    };

    const pushImage = async (
      repo: string,
      tag?: string,
      opts: PushImageOptions = {},
    ): Promise<PushedManifest> => {
      const docker = opts.format === 'docker';
      const layer = randomBytes(64);
      const platform = {
        architecture: opts.architecture ?? 'amd64',
        os: opts.os ?? 'linux',
        ...(opts.variant ? { variant: opts.variant } : {}),
      };
      const config = Buffer.from(
        JSON.stringify({
          ...platform,
          rootfs: { type: 'layers', diff_ids: [sha256(layer)] },
          config: {},
        }),
      );
      const configDigest = await pushBlob(repo, config);
      const layerDigest = await pushBlob(repo, layer);
      const mediaType = docker ? MEDIA.dockerManifest : MEDIA.ociManifest;
      const manifest = Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType,
          config: {
            mediaType: docker ? MEDIA.dockerConfig : MEDIA.ociConfig,
            digest: configDigest,
            size: config.length,
          },
          layers: [
            {
              mediaType: docker ? MEDIA.dockerLayer : MEDIA.ociLayer,
              digest: layerDigest,
              size: layer.length,
            },
          ],
        }),
      );
      return pushManifest(repo, tag, mediaType, manifest);
    };

    const pushAttestation = async (repo: string, subject: string): Promise<PushedManifest> => {
      const statement = Buffer.from(
        JSON.stringify({
          _type: 'https://in-toto.io/Statement/v0.1',
          predicateType: 'https://spdx.dev/Document',
          subject: [{ digest: { sha256: subject.slice(7) } }],
        }),
      );
      const config = Buffer.from(
        JSON.stringify({
          architecture: 'unknown',
          os: 'unknown',
          config: {},
          rootfs: { type: 'layers', diff_ids: [sha256(statement)] },
        }),
      );
      const configDigest = await pushBlob(repo, config);
      const statementDigest = await pushBlob(repo, statement);
      const manifest = Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: MEDIA.ociManifest,
          config: { mediaType: MEDIA.ociConfig, digest: configDigest, size: config.length },
          layers: [
            {
              mediaType: MEDIA.inToto,
              digest: statementDigest,
              size: statement.length,
              annotations: { 'in-toto.io/predicate-type': 'https://spdx.dev/Document' },
            },
          ],
        }),
      );
      return pushManifest(repo, undefined, MEDIA.ociManifest, manifest);
    };

    const pushIndex = async (
      repo: string,
      tag?: string,
      opts: { format?: 'oci' | 'docker' } = {},
    ): Promise<PushedIndex> => {
      const format = opts.format ?? 'oci';
      const amd64 = await pushImage(repo, undefined, { format, architecture: 'amd64' });
      const arm64 = await pushImage(repo, undefined, {
        format,
        architecture: 'arm64',
        variant: 'v8',
      });
      const attestation = await pushAttestation(repo, amd64.digest);
      const mediaType = format === 'docker' ? MEDIA.dockerList : MEDIA.ociIndex;
      const entry = (
        m: PushedManifest,
        extra: Record<string, unknown>,
      ): Record<string, unknown> => ({
        mediaType: m.mediaType,
        digest: m.digest,
        size: m.bytes.length,
        ...extra,
      });
      const index = Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType,
          manifests: [
            entry(amd64, { platform: { architecture: 'amd64', os: 'linux' } }),
            entry(arm64, { platform: { architecture: 'arm64', os: 'linux', variant: 'v8' } }),
            entry(attestation, {
              annotations: {
                'vnd.docker.reference.digest': amd64.digest,
                'vnd.docker.reference.type': 'attestation-manifest',
              },
              platform: { architecture: 'unknown', os: 'unknown' },
            }),
          ],
        }),
      );
      const pushed = await pushManifest(repo, tag, mediaType, index);
      return {
        ...pushed,
        platforms: [
          { platform: 'linux/amd64', digest: amd64.digest },
          { platform: 'linux/arm64/v8', digest: arm64.digest },
        ],
        attestation,
      };
    };

    const deleteManifest = async (repo: string, digest: string): Promise<void> => {
      const res = await api('DELETE', `/v2/${repo}/manifests/${digest}`, repo);
      await expectStatus(res, 202, `delete manifest ${repo}@${digest}`);
    };

    let stopped = false;
    return {
      host,
      url,
      auth,
      username: USERNAME,
      password,
      identityToken,
      dockerConfig,
      tokenRequests: tokenServer?.requests ?? [],
      log: () => log,
      pushBlob,
      pushManifest,
      pushImage,
      pushIndex,
      deleteManifest,
      stop: async () => {
        if (stopped) return;
        stopped = true;
        await stopProcess(proc);
        await ts?.stop();
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    if (child) await stopProcess(child);
    await tokenServer?.stop();
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

async function waitForApi(url: string, log: () => string): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      const res = await fetch(`${url}/v2/`);
      await res.arrayBuffer();
      if (res.status === 200 || res.status === 401) return;
    } catch {
      // not yet
    }
    if (Date.now() > deadline)
      throw new Error(`registry at ${url} does not answer /v2/:\n${log()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    running.delete(child);
    return;
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
  running.delete(child);
}

const sha256 = (bytes: Uint8Array): string =>
  `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

// ---------------------------------------------------------------------------------------------
// Token server (distribution's `token` auth): ES256 JWTs with the signing certificate in `x5c`

interface Access {
  readonly type: string;
  readonly name: string;
  readonly actions: readonly string[];
}

interface TokenServer {
  readonly url: string;
  readonly certPem: string;
  readonly requests: TokenRequest[];
  mint(subject: string, access: readonly Access[]): string;
  stop(): Promise<void>;
}

async function startTokenServer(opts: {
  username: string;
  password: string;
  identityToken: string;
  anonymousPull: boolean;
}): Promise<TokenServer> {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const certDer = selfSignedCertificate(privateKey, publicKey, 'release-tracker test token signer');
  const certPem = `-----BEGIN CERTIFICATE-----\n${certDer.toString('base64').replace(/.{64}/g, '$&\n').replace(/\n?$/, '\n')}-----END CERTIFICATE-----\n`;
  const requests: TokenRequest[] = [];

  const mint = (subject: string, access: readonly Access[]): string => {
    const now = Math.floor(Date.now() / 1000);
    const header = { typ: 'JWT', alg: 'ES256', x5c: [certDer.toString('base64')] };
    const claims = {
      iss: ISSUER,
      sub: subject,
      aud: SERVICE,
      exp: now + 300,
      nbf: now - 60,
      iat: now,
      jti: randomBytes(8).toString('hex'),
      access,
    };
    const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
    const signature = cryptoSign('sha256', Buffer.from(input), {
      key: privateKey,
      dsaEncoding: 'ieee-p1363',
    });
    return `${input}.${b64url(signature)}`;
  };

  const grant = (scopes: readonly string[], account: string | undefined): Access[] =>
    scopes.flatMap((scope) => {
      const m = /^([^:]+):(.+):([^:]+)$/.exec(scope);
      if (!m?.[1] || !m[2] || !m[3]) return [];
      const wanted = m[3].split(',');
      const allowed =
        account !== undefined
          ? wanted
          : opts.anonymousPull
            ? wanted.filter((a) => a === 'pull')
            : [];
      return allowed.length > 0 ? [{ type: m[1], name: m[2], actions: allowed }] : [];
    });

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const reply = (status: number, body: unknown): void => {
        res.writeHead(status, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (url.pathname !== '/token') return reply(404, { error: 'not found' });
      if (req.method === 'POST') {
        const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
        const scopes = form
          .getAll('scope')
          .flatMap((s) => s.split(' '))
          .filter(Boolean);
        requests.push({
          method: 'POST',
          scopes,
          service: form.get('service') ?? undefined,
          account: undefined,
          grant: 'refresh_token',
        });
        if (
          form.get('grant_type') !== 'refresh_token' ||
          form.get('refresh_token') !== opts.identityToken
        ) {
          return reply(401, { error: 'invalid_grant' });
        }
        return reply(200, {
          access_token: mint(opts.username, grant(scopes, opts.username)),
          expires_in: 300,
        });
      }
      const scopes = url.searchParams
        .getAll('scope')
        .flatMap((s) => s.split(' '))
        .filter(Boolean);
      const service = url.searchParams.get('service') ?? undefined;
      const header = req.headers.authorization;
      let account: string | undefined;
      if (header !== undefined) {
        const decoded = header.startsWith('Basic ')
          ? Buffer.from(header.slice(6), 'base64').toString('utf8')
          : '';
        if (decoded !== `${opts.username}:${opts.password}`) {
          requests.push({ method: 'GET', scopes, service, account: undefined, grant: 'basic' });
          return reply(401, { errors: [{ code: 'UNAUTHORIZED', message: 'bad credentials' }] });
        }
        account = opts.username;
      }
      requests.push({
        method: 'GET',
        scopes,
        service,
        account,
        grant: account ? 'basic' : 'anonymous',
      });
      const token = mint(account ?? '', grant(scopes, account));
      // Docker Hub answers with both names; a client must accept either.
      return reply(200, {
        token,
        access_token: token,
        expires_in: 300,
        issued_at: new Date().toISOString(),
      });
    });
  });
  const port = await listen(server);
  return {
    url: `http://127.0.0.1:${port}`,
    certPem,
    requests,
    mint,
    stop: () => close(server),
  };
}

const b64url = (data: string | Buffer): string => Buffer.from(data).toString('base64url');

/** A minimal DER writer: enough for one self-signed X.509 v3 certificate. */
function der(tag: number, ...parts: Buffer[]): Buffer {
  const body = Buffer.concat(parts);
  let length: Buffer;
  if (body.length < 0x80) length = Buffer.from([body.length]);
  else {
    const bytes: number[] = [];
    for (let n = body.length; n > 0; n >>= 8) bytes.unshift(n & 0xff);
    length = Buffer.from([0x80 | bytes.length, ...bytes]);
  }
  return Buffer.concat([Buffer.from([tag]), length, body]);
}

function derOid(oid: string): Buffer {
  const [a = 0, b = 0, ...rest] = oid.split('.').map(Number);
  const bytes = [40 * a + b];
  for (const n of rest) {
    const chunk = [n & 0x7f];
    for (let v = n >> 7; v > 0; v >>= 7) chunk.unshift((v & 0x7f) | 0x80);
    bytes.push(...chunk);
  }
  return der(0x06, Buffer.from(bytes));
}

function derTime(date: Date): Buffer {
  const text = date.toISOString().replace(/[-:T]/g, '').slice(2, 14) + 'Z';
  return der(0x17, Buffer.from(text, 'ascii'));
}

function selfSignedCertificate(
  privateKey: KeyObject,
  publicKey: KeyObject,
  commonName: string,
): Buffer {
  const seq = (...p: Buffer[]): Buffer => der(0x30, ...p);
  const ecdsaWithSha256 = seq(derOid('1.2.840.10045.4.3.2'));
  const name = seq(der(0x31, seq(derOid('2.5.4.3'), der(0x0c, Buffer.from(commonName, 'utf8')))));
  const serial = randomBytes(8);
  serial[0] = ((serial[0] ?? 0) & 0x7f) | 0x40; // positive, no leading zero: minimal DER
  const now = Date.now();
  const tbs = seq(
    der(0xa0, der(0x02, Buffer.from([2]))), // v3
    der(0x02, serial),
    ecdsaWithSha256,
    name,
    seq(derTime(new Date(now - 3_600_000)), derTime(new Date(now + 7 * 86_400_000))),
    name,
    publicKey.export({ type: 'spki', format: 'der' }),
  );
  const signature = cryptoSign('sha256', tbs, privateKey);
  const cert = seq(tbs, ecdsaWithSha256, der(0x03, Buffer.from([0]), signature));
  // Node checks what Go will check: a well-formed certificate signed by its own key.
  if (!new X509Certificate(cert).verify(publicKey))
    throw new Error('self-signed certificate does not verify');
  return cert;
}

// ---------------------------------------------------------------------------------------------
// A forwarding proxy, an unused port, a silent server

export interface ProxyRequest {
  readonly method: string;
  readonly path: string;
  /** 1 for the first request with this method and path, 2 for the next… */
  readonly occurrence: number;
}

export interface CannedAnswer {
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly body?: string;
}

export interface ProxyOptions {
  /** Answer a request here instead of forwarding it (e.g. inject a 503); undefined forwards it. */
  readonly intercept?: (req: ProxyRequest) => CannedAnswer | undefined;
  /** Response headers to remove (lowercase), e.g. `docker-content-digest`. */
  readonly stripHeaders?: readonly string[];
  /** Hold each answer this long, so concurrent requests overlap. */
  readonly delayMs?: number;
}

export interface Proxy {
  /** `127.0.0.1:PORT` */
  readonly host: string;
  /** Every request, in arrival order, with the status sent back. */
  readonly requests: readonly (ProxyRequest & { status?: number })[];
  /** Most requests in flight at one time. */
  readonly maxInFlight: number;
  stop(): Promise<void>;
}

/** A plain-HTTP proxy on loopback in front of `target` (`host:port`). */
export async function startProxy(target: string, options: ProxyOptions = {}): Promise<Proxy> {
  const [targetHost = '127.0.0.1', targetPort = '80'] = target.split(/:(?=\d+$)/);
  const requests: (ProxyRequest & { status?: number })[] = [];
  const seen = new Map<string, number>();
  let inFlight = 0;
  let maxInFlight = 0;
  const strip = new Set((options.stripHeaders ?? []).map((h) => h.toLowerCase()));

  const server = http.createServer((req, res) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    const method = req.method ?? 'GET';
    const path = req.url ?? '/';
    const key = `${method} ${path}`;
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    const record: ProxyRequest & { status?: number } = { method, path, occurrence };
    requests.push(record);
    const finish = (status: number, headers: http.OutgoingHttpHeaders, body: Buffer): void => {
      record.status = status;
      setTimeout(() => {
        inFlight--;
        res.writeHead(status, headers);
        res.end(method === 'HEAD' ? undefined : body);
      }, options.delayMs ?? 0);
    };
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const canned = options.intercept?.({ method, path, occurrence });
      if (canned) {
        finish(canned.status, canned.headers ?? {}, Buffer.from(canned.body ?? ''));
        return;
      }
      const upstream = http.request(
        {
          host: targetHost,
          port: Number(targetPort),
          method,
          path,
          headers: { ...req.headers, host: target },
        },
        (up) => {
          const body: Buffer[] = [];
          up.on('data', (c: Buffer) => body.push(c));
          up.on('end', () => {
            const headers: http.OutgoingHttpHeaders = {};
            for (const [name, value] of Object.entries(up.headers)) {
              if (value !== undefined && !strip.has(name) && name !== 'transfer-encoding')
                headers[name] = value;
            }
            finish(up.statusCode ?? 502, headers, Buffer.concat(body));
          });
        },
      );
      upstream.on('error', (error) =>
        finish(502, { 'content-type': 'text/plain' }, Buffer.from(error.message)),
      );
      upstream.end(Buffer.concat(chunks));
    });
  });
  const port = await listen(server);
  return {
    host: `127.0.0.1:${port}`,
    requests,
    get maxInFlight() {
      return maxInFlight;
    },
    stop: () => close(server),
  };
}

/** A loopback port nothing listens on (it was free a moment ago). */
export async function unusedPort(): Promise<number> {
  const server = net.createServer();
  const port = await listen(server);
  await close(server);
  return port;
}

/** A server that accepts connections and never answers: for timeouts. */
export async function startSilentServer(): Promise<{ host: string; stop(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const port = await listen(server);
  return {
    host: `127.0.0.1:${port}`,
    stop: async () => {
      for (const s of sockets) s.destroy();
      await close(server);
    },
  };
}

function listen(server: net.Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') reject(new Error('no port'));
      else resolve(address.port);
    });
  });
}

function close(server: net.Server): Promise<void> {
  if (server instanceof http.Server) server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
