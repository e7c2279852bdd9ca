import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReference } from '../../src/core/reference.js';
import { RegistryClient } from '../../src/registry/client.js';
import { RegistryError } from '../../src/registry/errors.js';
import { credentialStoreFrom, type CredentialStore } from '../../src/registry/docker-config.js';
import { helperBin, type HelperBin } from '../helpers/credential-helpers.js';
import { failure } from '../helpers/failure.js';
import type { PushedManifest, Registry } from '../helpers/registry-server.js';
import { QUICK_RETRIES as FAST, registryTests, useRegistries } from '../helpers/registry-suite.js';

// Docker credential helpers as shell scripts on PATH, run through the credential store and the
// registry client in this process, against the real test registry.
const { suite: withRegistry } = registryTests('registry');

let bin: HelperBin;
let originalPath: string | undefined;
beforeAll(() => {
  bin = helperBin();
  originalPath = process.env['PATH'];
  process.env['PATH'] = bin.path;
});
afterAll(() => {
  process.env['PATH'] = originalPath;
  bin.cleanup();
});

const b64 = (s: string) => Buffer.from(s).toString('base64');

describe('choosing the helper, as Docker does', () => {
  beforeAll(() => {
    // Each answers with its own name as Username and the server URL it was given as Secret.
    for (const name of ['store', 'own']) {
      bin.write(
        name,
        `printf '{"ServerURL":"%s","Username":"${name}","Secret":"%s"}' "$url" "$url"`,
      );
    }
  });

  it.each([
    ['credsStore, for any registry', { credsStore: 'store' }, 'ghcr.io', ['store', 'ghcr.io']],
    [
      "credsStore, asked for Docker Hub's key",
      { credsStore: 'store' },
      'docker.io',
      ['store', 'https://index.docker.io/v1/'],
    ],
    [
      'credHelpers for its registry, over credsStore',
      { credsStore: 'store', credHelpers: { 'ghcr.io': 'own' } },
      'ghcr.io',
      ['own', 'ghcr.io'],
    ],
    [
      'credsStore for a registry credHelpers does not name',
      { credsStore: 'store', credHelpers: { 'ghcr.io': 'own' } },
      'quay.io',
      ['store', 'quay.io'],
    ],
    [
      "credHelpers under Docker Hub's key",
      { credHelpers: { 'https://index.docker.io/v1/': 'own' } },
      'docker.io',
      ['own', 'https://index.docker.io/v1/'],
    ],
    [
      'credHelpers with a port',
      { credHelpers: { '127.0.0.1:5000': 'own' } },
      '127.0.0.1:5000',
      ['own', '127.0.0.1:5000'],
    ],
    [
      'the helper over the auths entry of the same registry',
      { credsStore: 'store', auths: { 'ghcr.io': { auth: b64('file:pw') } } },
      'ghcr.io',
      ['store', 'ghcr.io'],
    ],
    [
      'auths, when credHelpers names no helper ("") for the registry',
      {
        credsStore: 'store',
        credHelpers: { 'ghcr.io': '' },
        auths: { 'ghcr.io': { auth: b64('file:pw') } },
      },
      'ghcr.io',
      ['file', 'pw'],
    ],
    [
      "nothing, for Docker Hub under a key that is not Docker's",
      { credHelpers: { 'docker.io': 'own' } },
      'docker.io',
      undefined,
    ],
  ])('uses %s', async (_name, config, host, expected) => {
    const store = credentialStoreFrom(config, '/x/config.json');
    const creds = await store.credentialsFor(host);
    expect(creds && [creds.username, creds.password]).toEqual(expected);
  });

  it('names the helper a registry uses', () => {
    const store = credentialStoreFrom({ credsStore: 'store', credHelpers: { 'ghcr.io': 'own' } });
    expect(store.helperFor('ghcr.io')).toBe('docker-credential-own');
    expect(store.helperFor('quay.io')).toBe('docker-credential-store');
    expect(credentialStoreFrom({}).helperFor('quay.io')).toBeUndefined();
  });

  it('warns about helper settings that are not names, and ignores them', async () => {
    const store = credentialStoreFrom(
      {
        credsStore: 7,
        credHelpers: { 'ghcr.io': ['own'] },
        auths: { 'ghcr.io': { auth: b64('f:p') } },
      },
      '/x/config.json',
    );
    expect(store.warnings).toEqual([
      '/x/config.json: "credsStore" is not a string; ignored',
      '/x/config.json: credHelpers["ghcr.io"] is not a string; ignored',
    ]);
    expect(await store.credentialsFor('ghcr.io')).toEqual({ username: 'f', password: 'p' });
  });
});

describe("reading a helper's answer", () => {
  it.each([
    [
      'a username and password',
      `printf '{"ServerURL":"h","Username":"u","Secret":"p"}'`,
      { username: 'u', password: 'p' },
    ],
    [
      '<token>: an identity token',
      `printf '{"Username":"<token>","Secret":"refresh"}'`,
      { identityToken: 'refresh' },
    ],
    [
      'keys in any case, as Go decodes them',
      `printf '{"username":"u","SECRET":"p"}'`,
      { username: 'u', password: 'p' },
    ],
    [
      'a trailing newline',
      `printf '{"Username":"u","Secret":"p"}\\n'`,
      { username: 'u', password: 'p' },
    ],
    [
      '"not found" as no credentials',
      `echo 'credentials not found in native keychain'; exit 1`,
      undefined,
    ],
    ['an empty secret as no credentials', `printf '{"Username":"","Secret":""}'`, undefined],
  ])('reads %s', async (name, body, expected) => {
    const helper = `answer-${name.replace(/\W+/g, '-')}`;
    bin.write(helper, body);
    const store = credentialStoreFrom({ credsStore: helper });
    expect(await store.credentialsFor('ghcr.io')).toEqual(expected);
    expect(bin.calls(helper)).toEqual(['ghcr.io']);
  });

  it('hands each secret to onSecret before it is used', async () => {
    bin.answering('masked', 'u', 's3cret-masked');
    const secrets: string[] = [];
    const store = credentialStoreFrom({ credsStore: 'masked' }, undefined, {
      onSecret: (s) => secrets.push(s),
    });
    await store.credentialsFor('ghcr.io');
    expect(secrets).toEqual(['s3cret-masked']);
  });

  it('runs a helper once per registry, however many look-ups ask at once', async () => {
    bin.answering('counted', 'u', 'p');
    const store = credentialStoreFrom({ credsStore: 'counted' });
    await Promise.all([1, 2, 3, 4].map(() => store.credentialsFor('ghcr.io')));
    await store.credentialsFor('quay.io');
    await store.credentialsFor('ghcr.io');
    expect(bin.calls('counted')).toEqual(['ghcr.io', 'quay.io']);
  });

  it('runs no helper until a registry is asked for', () => {
    bin.answering('idle', 'u', 'p');
    const store = credentialStoreFrom({ credsStore: 'idle', credHelpers: { 'ghcr.io': 'idle' } });
    expect(store.helperFor('ghcr.io')).toBe('docker-credential-idle');
    expect(bin.calls('idle')).toEqual([]);
  });
});

describe('a helper that fails', () => {
  const SECRET = 'never-print-this-secret';

  it.each([
    [
      'exits non-zero: its message is shown',
      `echo 'keychain is locked' >&2; exit 4`,
      /^cannot get credentials for ghcr\.io from docker-credential-failing-\d+ \(credsStore in \/x\/config\.json\): it exited with code 4: keychain is locked$/,
    ],
    [
      'answers with something that is not JSON credentials',
      `printf 'token=${SECRET}'`,
      /: its answer is not the JSON object \{"ServerURL", "Username", "Secret"\} Docker expects$/,
    ],
    [
      'answers with a Secret that is not a string',
      `printf '{"Username":"u","Secret":42}'`,
      /: its answer is not the JSON object/,
    ],
    [
      'prints credentials and then fails: they are not shown',
      `printf '{"Username":"u","Secret":"${SECRET}"}'; exit 1`,
      /: it exited with code 1$/,
    ],
  ])('%s', async (name, body, message) => {
    const helper = `failing-${name.length}`;
    bin.write(helper, body);
    const store = credentialStoreFrom({ credsStore: helper }, '/x/config.json');
    const error = await failure(store.credentialsFor('ghcr.io'));
    expect(error.message).toMatch(message);
    expect(error.message).toContain(`docker-credential-${helper}`);
    expect(error.message).not.toContain(SECRET);
  });

  it('prints more than an answer can be', async () => {
    bin.write('chatty', 'head -c 2000000 /dev/zero');
    const store = credentialStoreFrom({ credsStore: 'chatty' }, '/x/config.json');
    const error = await failure(store.credentialsFor('ghcr.io'));
    expect(error.message).toMatch(
      /docker-credential-chatty .*: it printed more than 1048576 bytes$/,
    );
  });

  it('exits without reading the server URL: a failed helper, never a crash', async () => {
    // Its stdin may be closed before the URL is written (EPIPE); Docker ignores that too.
    bin.writeScript('deaf', `#!/bin/sh\necho 'credentials not found in native keychain'\nexit 1\n`);
    const answers = await Promise.all(
      Array.from({ length: 40 }, () =>
        credentialStoreFrom({ credsStore: 'deaf' }).credentialsFor(`r${'x'.repeat(4096)}.io`),
      ),
    );
    expect(answers).toEqual(Array.from({ length: 40 }, () => undefined));
  });

  it('is missing from PATH', async () => {
    const store = credentialStoreFrom(
      { credHelpers: { 'ghcr.io': 'not-installed' } },
      '/x/config.json',
    );
    const error = await failure(store.credentialsFor('ghcr.io'));
    expect(error.message).toBe(
      'cannot get credentials for ghcr.io from docker-credential-not-installed (credHelpers in /x/config.json): it is not on PATH',
    );
  });

  it('does not answer in time', async () => {
    bin.write('stuck', 'exec sleep 5');
    const store = credentialStoreFrom({ credsStore: 'stuck' }, '/x/config.json', {
      helperTimeoutMs: 300,
    });
    const started = Date.now();
    const error = await failure(store.credentialsFor('ghcr.io'));
    expect(error.message).toBe(
      'cannot get credentials for ghcr.io from docker-credential-stuck (credsStore in /x/config.json): no answer within 0.3s',
    );
    expect(Date.now() - started).toBeLessThan(4_000);
  });
});

withRegistry('helpers against the real registry', () => {
  let basic: Registry;
  let token: Registry;
  let publicToken: Registry;
  let open: Registry;
  let basicImage: PushedManifest;
  let tokenImage: PushedManifest;
  let publicImage: PushedManifest;
  let openImage: PushedManifest;
  useRegistries(
    [
      { auth: 'htpasswd' },
      { auth: 'token' },
      { auth: 'token', anonymousPull: true },
      { auth: 'none' },
    ],
    async (started) => {
      [basic, token, publicToken, open] = started;
      [basicImage, tokenImage, publicImage, openImage] = await Promise.all([
        basic.pushImage('team/app', '1.0'),
        token.pushImage('team/app', '1.0'),
        publicToken.pushImage('team/app', '1.0'),
        open.pushImage('team/app', '1.0'),
      ]);
    },
  );

  const client = (credentials: CredentialStore, onRequest?: (info: unknown) => void) =>
    new RegistryClient({ ...FAST, credentials, ...(onRequest && { onRequest }) });
  const ref = (r: Registry, tag = '1.0') => parseReference(`${r.host}/team/app:${tag}`);

  it('answers a Basic challenge with the credsStore helper, asked once for the registry', async () => {
    bin.answering('basic-store', basic.username, basic.password);
    const c = client(credentialStoreFrom({ credsStore: 'basic-store' }));
    const results = await Promise.all(
      [ref(basic), ref(basic), ref(basic)].map((r) => c.resolve(r)),
    );
    expect(results.map((r) => r.digest)).toEqual([
      basicImage.digest,
      basicImage.digest,
      basicImage.digest,
    ]);
    expect(bin.calls('basic-store')).toEqual([basic.host]);
  });

  it('gets a bearer token with the username and password a helper gives', async () => {
    bin.answering('token-password', token.username, token.password);
    const before = token.tokenRequests.length;
    const c = client(credentialStoreFrom({ credHelpers: { [token.host]: 'token-password' } }));
    expect((await c.resolve(ref(token))).digest).toBe(tokenImage.digest);
    expect(token.tokenRequests.slice(before)).toEqual([
      expect.objectContaining({ method: 'GET', grant: 'basic', account: token.username }),
    ]);
  });

  it('exchanges the identity token a helper gives as <token>', async () => {
    bin.answering('token-identity', '<token>', token.identityToken);
    const before = token.tokenRequests.length;
    const c = client(credentialStoreFrom({ credsStore: 'token-identity' }));
    expect((await c.resolve(ref(token))).digest).toBe(tokenImage.digest);
    expect(token.tokenRequests.slice(before)).toEqual([
      expect.objectContaining({ method: 'POST', grant: 'refresh_token' }),
    ]);
  });

  it('pulls anonymously when the helper holds nothing for a public registry', async () => {
    bin.empty('nothing-public');
    const before = publicToken.tokenRequests.length;
    const c = client(credentialStoreFrom({ credsStore: 'nothing-public' }));
    expect((await c.resolve(ref(publicToken))).digest).toBe(publicImage.digest);
    expect(publicToken.tokenRequests.slice(before)).toEqual([
      expect.objectContaining({ grant: 'anonymous' }),
    ]);
    expect(bin.calls('nothing-public')).toEqual([publicToken.host]);
  });

  it('never runs a helper for a registry that asks for no credentials', async () => {
    const c = client(credentialStoreFrom({ credsStore: 'not-installed-either' }));
    expect((await c.resolve(ref(open))).digest).toBe(openImage.digest);
  });

  it('says where refused credentials came from, without the secret', async () => {
    const wrong = 'wrong-password-from-helper';
    bin.answering('refused', basic.username, wrong);
    const log: unknown[] = [];
    const c = client(credentialStoreFrom({ credsStore: 'refused' }), (info) => log.push(info));
    const error = await failure(c.resolve(ref(basic)));
    expect(error).toBeInstanceOf(RegistryError);
    expect((error as RegistryError).kind).toBe('unauthorized');
    expect(error.message).toBe(
      `unauthorized: ${basic.host}/team/app:1.0 (credentials for ${basic.host} come from docker-credential-refused: check its login)`,
    );
    expect(JSON.stringify(log)).not.toContain(wrong);
  });

  it('fails the look-up naming the helper and the registry when the helper fails', async () => {
    bin.write('broken', `echo 'no session: run aws sso login'; exit 1`);
    const c = client(credentialStoreFrom({ credsStore: 'broken' }, '/x/config.json'));
    const error = await failure(c.resolve(ref(basic)));
    expect(error).toBeInstanceOf(RegistryError);
    expect((error as RegistryError).kind).toBe('credentials');
    expect(error.message).toBe(
      `cannot get credentials for ${basic.host} from docker-credential-broken (credsStore in /x/config.json): it exited with code 1: no session: run aws sso login`,
    );
  });
});
