import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readComposeServices } from '../../src/core/compose-model.js';
import { InputError } from '../../src/core/errors.js';
import type { ComposeService } from '../../src/core/types.js';
import { FIXTURES } from '../helpers/cli.js';

const fixture = (name: string): string => readFileSync(join(FIXTURES, 'compose', name), 'utf8');
const dstackCompose = (name: string): string =>
  (
    JSON.parse(readFileSync(join(FIXTURES, 'dstack', name), 'utf8')) as {
      docker_compose_file: string;
    }
  ).docker_compose_file;

type Brief = Pick<ComposeService, 'name' | 'image' | 'hasBuild'>;
const brief = (services: ComposeService[]): Brief[] =>
  services.map(({ name, image, hasBuild }) => ({ name, ...(image && { image }), hasBuild }));

function refusal(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).input).toBe('compose-file');
    return error as InputError;
  }
  throw new Error('expected a refusal');
}

describe('readComposeServices: the services as Compose reads them', () => {
  it.each<[string, string, Brief[]]>([
    [
      'two-services.yml',
      fixture('two-services.yml'),
      [
        { name: 'app', image: 'xmregistry/crossmint-ts-tee:latest', hasBuild: true },
        { name: 'nginx', image: 'nginx:1.27', hasBuild: false },
      ],
    ],
    [
      'full.yml',
      fixture('full.yml'),
      [
        { name: 'app', image: 'xmregistry/app:latest', hasBuild: true },
        { name: 'worker', image: 'ghcr.io/acme/worker', hasBuild: true },
        { name: 'db', image: 'postgres:16-alpine', hasBuild: false },
        { name: 'proxy', image: 'nginx:1.27', hasBuild: false },
      ],
    ],
    [
      'crlf.yml',
      fixture('crlf.yml'),
      [
        { name: 'app', image: 'acme/app:1.0.0', hasBuild: true },
        { name: 'redis', image: 'redis:7', hasBuild: false },
      ],
    ],
    [
      'build-only.yml',
      fixture('build-only.yml'),
      [
        { name: 'api', hasBuild: true },
        { name: 'web', hasBuild: true },
        { name: 'cache', image: 'redis:7.4', hasBuild: false },
      ],
    ],
    [
      'anchors.yml',
      fixture('anchors.yml'),
      [
        { name: 'app', image: 'acme/app:2.0.0', hasBuild: true },
        { name: 'twin', image: 'acme/app:2.0.0', hasBuild: false },
        { name: 'inherited', image: 'acme/inherited', hasBuild: true },
      ],
    ],
    [
      'merge-image.yml',
      fixture('merge-image.yml'),
      [
        { name: 'svc', image: 'acme/base:latest', hasBuild: true },
        { name: 'other', image: 'acme/base:latest', hasBuild: false },
      ],
    ],
    [
      'dstack vector 4',
      dstackCompose('vector4-dstack-simulator-app-compose.json'),
      [
        { name: 'dstack-agent', image: 'ubuntu', hasBuild: false },
        { name: 'dstack-verifier', image: 'dstacktee/dstack-verifier:0.5.4', hasBuild: false },
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(brief(readComposeServices(text, 'f.yml'))).toEqual(expected);
  });

  it('a literal image is its own value', () => {
    expect(readComposeServices('services:\n  10:\n    image: acme/app:1\n', 'f')).toEqual([
      { name: '10', image: 'acme/app:1', imageValue: 'acme/app:1', hasBuild: false },
    ]);
  });
});

describe('readComposeServices: extends within the file, as Compose resolves it', () => {
  const base = 'services:\n  app:\n    image: acme/app:1\n    build: .\n';

  it.each<[string, string, Brief[]]>([
    [
      'image and build inherited',
      `${base}  worker:\n    extends: app\n    command: work\n`,
      [
        { name: 'app', image: 'acme/app:1', hasBuild: true },
        { name: 'worker', image: 'acme/app:1', hasBuild: true },
      ],
    ],
    [
      'the mapping form',
      `${base}  worker:\n    extends: { service: app }\n`,
      [
        { name: 'app', image: 'acme/app:1', hasBuild: true },
        { name: 'worker', image: 'acme/app:1', hasBuild: true },
      ],
    ],
    [
      'its own image wins; build still inherited',
      `${base}  worker:\n    extends: app\n    image: acme/worker:2\n`,
      [
        { name: 'app', image: 'acme/app:1', hasBuild: true },
        { name: 'worker', image: 'acme/worker:2', hasBuild: true },
      ],
    ],
    [
      'a chain, written in any order',
      `services:\n  c:\n    extends: b\n  b:\n    extends: a\n  a:\n    image: acme/a\n`,
      [
        { name: 'c', image: 'acme/a', hasBuild: false },
        { name: 'b', image: 'acme/a', hasBuild: false },
        { name: 'a', image: 'acme/a', hasBuild: false },
      ],
    ],
    [
      '!reset drops what would be inherited',
      `${base}  worker:\n    extends: app\n    build: !reset null\n  plain:\n    extends: app\n    image: !reset null\n`,
      [
        { name: 'app', image: 'acme/app:1', hasBuild: true },
        { name: 'worker', image: 'acme/app:1', hasBuild: false },
        { name: 'plain', hasBuild: true },
      ],
    ],
    [
      'extends through a merge key',
      `x-w: &w\n  extends: app\n${base}  worker:\n    <<: *w\n`,
      [
        { name: 'app', image: 'acme/app:1', hasBuild: true },
        { name: 'worker', image: 'acme/app:1', hasBuild: true },
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(brief(readComposeServices(text, 'f.yml'))).toEqual(expected);
  });

  it.each<[string, string, RegExp]>([
    [
      'extends with file:',
      `${base}  worker:\n    extends:\n      file: common.yml\n      service: base\n`,
      /^f\.yml line 7: service "worker" extends a service of another file \("extends" with "file:"\), whose services the pinned file would leave out; a dstack CVM receives only the one pinned file, so the release records one self-contained compose file: write it with "docker compose -f f\.yml config --no-interpolate > compose\.release\.yml" \(or merge the files by hand\) and point compose-file \(--compose\) at it$/,
    ],
    [
      'extends of a service that is not there',
      `${base}  worker:\n    extends: ghost\n`,
      /^f\.yml line 6: service "worker" extends service "ghost", which is not in the file$/,
    ],
    [
      'a circle',
      'services:\n  a:\n    extends: b\n  b:\n    extends: a\n',
      /^f\.yml line 3: "extends" goes round in a circle \(a → b → a\); Docker Compose refuses it$/,
    ],
    [
      'extends naming no service',
      `${base}  worker:\n    extends: { file: x.yml }\n`,
      /line 6: service "worker" extends a service of another file/,
    ],
    [
      'extends that is a number',
      `${base}  worker:\n    extends: 3\n`,
      /^f\.yml line 6: "extends" of service "worker" must name a service/,
    ],
  ])('refuses %s', (_name, text, message) => {
    expect(refusal(() => readComposeServices(text, 'f.yml')).reason).toMatch(message);
  });
});

describe('readComposeServices: every service accounted for', () => {
  it.each<[string, string, RegExp]>([
    [
      'include:',
      'name: app\ninclude:\n  - other/compose.yaml\nservices:\n  a:\n    image: x\n',
      /^f\.yml line 2: "include:" pulls services from other compose files, which the pinned file would leave out; a dstack CVM receives only the one pinned file, .*docker compose -f f\.yml config --no-interpolate/,
    ],
    [
      'include: in its long form',
      'include:\n  - path: [a.yml, b.yml]\n    env_file: a.env\nservices:\n  a:\n    image: x\n',
      /^f\.yml line 1: "include:"/,
    ],
    [
      'a service with neither image nor build',
      'services:\n  a:\n    image: x\n  b:\n    command: sleep\n',
      /^f\.yml line 4: service "b" has neither "image" nor "build"; Docker Compose refuses it$/,
    ],
    [
      'one that extends a service with neither',
      'services:\n  a:\n    command: x\n  b:\n    extends: a\n',
      /line 2: service "a" has neither/,
    ],
    [
      'an image that is null',
      'services:\n  a:\n    image:\n',
      /service "a" has neither "image" nor "build"/,
    ],
    [
      'an image that is not a string',
      'services:\n  web:\n    image: 1.5\n',
      /^f\.yml line 3: the image of service "web" is a number, not a string; Docker Compose refuses it$/,
    ],
    [
      'an inherited image that is not a string',
      'services:\n  web:\n    image: [a]\n  b:\n    extends: web\n',
      /line 3: the image of service "web" is a sequence/,
    ],
  ])('refuses %s', (_name, text, message) => {
    expect(refusal(() => readComposeServices(text, 'f.yml')).reason).toMatch(message);
  });

  it('an empty include: is nothing to include', () => {
    expect(readComposeServices('include: []\nservices:\n  a:\n    image: x\n', 'f')).toHaveLength(
      1,
    );
  });

  it('a service that runs a provider needs no image', () => {
    const text = 'services:\n  model:\n    provider:\n      type: model\n';
    expect(readComposeServices(text, 'f')).toEqual([
      { name: 'model', hasBuild: false, provider: true },
    ]);
  });
});

describe('readComposeServices: images interpolated as Compose does', () => {
  const text = 'services:\n  app:\n    image: ${REGISTRY:-ghcr.io}/acme/app:${TAG:-latest}\n';
  const read = (source: string, variables: Record<string, string>): ComposeService | undefined =>
    readComposeServices(source, 'f', new Map(Object.entries(variables)))[0];

  it('the defaults, without variables', () => {
    expect(read(text, {})).toEqual({
      name: 'app',
      image: '${REGISTRY:-ghcr.io}/acme/app:${TAG:-latest}',
      imageValue: 'ghcr.io/acme/app:latest',
      hasBuild: false,
    });
  });

  it('the variables, where set', () => {
    expect(read(text, { REGISTRY: 'registry.example.com', TAG: 'v2' })?.imageValue).toBe(
      'registry.example.com/acme/app:v2',
    );
  });

  it('names the variables that are not set', () => {
    expect(read('services:\n  a:\n    image: acme/${NAME}:${TAG}\n', { TAG: '1' })).toMatchObject({
      imageValue: 'acme/:1',
      unsetVariables: ['NAME'],
    });
  });

  it('a required variable without a value, or a bad template, is a problem of the image', () => {
    expect(read('services:\n  a:\n    image: acme/a:${TAG:?set TAG}\n', {})).toMatchObject({
      image: 'acme/a:${TAG:?set TAG}',
      imageProblem: 'variable TAG is required (":?" or "?") and has no value',
    });
    expect(read('services:\n  a:\n    image: acme/a:${TAG\n', {})?.imageProblem).toMatch(
      /not a valid interpolation/,
    );
    expect(read('services:\n  a:\n    image: acme/a:${TAG:?}\n', {})?.imageValue).toBeUndefined();
  });

  it('$$ is a literal dollar', () => {
    expect(read("services:\n  a:\n    image: 'acme/a:$$x'\n", {})?.imageValue).toBe('acme/a:$x');
  });
});
