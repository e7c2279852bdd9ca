import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/cli.js';
import YAML from 'yaml';
import { readComposeServices } from '../../src/core/compose-model.js';
import { pinCompose, type ComposeEdit } from '../../src/core/compose-pin.js';
import { InputError } from '../../src/core/errors.js';

const fixtures = join(FIXTURES, 'compose');
const fixture = (name: string): string => readFileSync(join(fixtures, name), 'utf8');
const dstackCompose = (name: string): string => {
  const doc = JSON.parse(readFileSync(join(FIXTURES, 'dstack', name), 'utf8')) as {
    docker_compose_file: string;
  };
  return doc.docker_compose_file;
};

const D1 = `sha256:${'0123456789abcdef'.repeat(4)}`;
const D2 = `sha256:${'fedcba9876543210'.repeat(4)}`;
const D3 = `sha256:${'a1'.repeat(32)}`;

const edit = (image: string, removeBuild = false): ComposeEdit => ({ image, removeBuild });

/** Lines with their terminators, so CRLF and a missing final newline are compared too. */
const linesOf = (text: string): string[] => text.split(/(?<=\n)/);

/** A line diff (LCS): the lines only in `a` and the lines only in `b`, in order. */
function lineDiff(a: string, b: string): { removed: string[]; added: string[] } {
  const x = linesOf(a);
  const y = linesOf(b);
  const lcs: number[][] = Array.from({ length: x.length + 1 }, () =>
    new Array<number>(y.length + 1).fill(0),
  );
  for (let i = x.length - 1; i >= 0; i--) {
    for (let j = y.length - 1; j >= 0; j--) {
      const row = lcs[i] as number[];
      const below = lcs[i + 1] as number[];
      row[j] = x[i] === y[j] ? (below[j + 1] ?? 0) + 1 : Math.max(below[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const removed: string[] = [];
  const added: string[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) {
      i++;
      j++;
    } else if (
      j < y.length &&
      (i === x.length || (lcs[i]?.[j + 1] ?? 0) >= (lcs[i + 1]?.[j] ?? 0))
    ) {
      added.push(y[j++] ?? '');
    } else {
      removed.push(x[i++] ?? '');
    }
  }
  return { removed, added };
}

type Json = Record<string, unknown>;

/** What the source means once the edits are applied: only images set and `build` dropped. */
function expectedData(text: string, edits: ReadonlyMap<string, ComposeEdit>, merge: boolean): Json {
  const data = YAML.parse(text, { merge }) as Json;
  const services = data.services as Record<string, Json>;
  for (const [name, e] of edits) {
    const service = services[name] as Json;
    service.image = e.image;
    if (e.removeBuild) delete service.build;
  }
  return data;
}

interface PinCase {
  readonly name: string;
  readonly text: string;
  readonly edits: ReadonlyMap<string, ComposeEdit>;
  /** The exact lines that change (terminators stripped); every other line must stay as it was. */
  readonly removed: readonly string[];
  readonly added: readonly string[];
}

const pinCases: PinCase[] = [
  {
    name: 'two services, build: . removed',
    text: fixture('two-services.yml'),
    edits: new Map([
      ['app', edit(`xmregistry/crossmint-ts-tee:1.0.0@${D1}`, true)],
      ['nginx', edit(`nginx:1.27@${D2}`)],
    ]),
    removed: [
      '    build: .',
      '    image: xmregistry/crossmint-ts-tee:latest',
      '    image: nginx:1.27',
    ],
    added: [`    image: xmregistry/crossmint-ts-tee:1.0.0@${D1}`, `    image: nginx:1.27@${D2}`],
  },
  {
    name: 'comments, quoting styles, merge keys, multi-line and flow build',
    text: fixture('full.yml'),
    edits: new Map([
      ['app', edit(`xmregistry/app:1.0.0@${D1}`, true)],
      ['worker', edit(`ghcr.io/acme/worker:1.0.0@${D2}`, true)],
      ['db', edit(`postgres:16-alpine@${D3}`)],
      ['proxy', edit(`nginx:1.27@${D3}`)],
    ]),
    removed: [
      '    image: xmregistry/app:latest # pinned by CI',
      '    build:',
      '      context: .',
      '      dockerfile: docker/Dockerfile   # multi-stage',
      '      # target: dev',
      '      args:',
      '        NODE_VERSION: "22"',
      '        GIT_SHA: ${GIT_SHA}',
      '      # cache_from:',
      '      #   - type=gha',
      '    build: { context: ., dockerfile: docker/Worker.dockerfile }',
      '    image: "ghcr.io/acme/worker"',
      "    image: 'postgres:16-alpine'  # single quotes",
      '    image: nginx:1.27',
    ],
    added: [
      `    image: xmregistry/app:1.0.0@${D1} # pinned by CI`,
      `    image: "ghcr.io/acme/worker:1.0.0@${D2}"`,
      `    image: 'postgres:16-alpine@${D3}'  # single quotes`,
      `    image: nginx:1.27@${D3}`,
    ],
  },
  {
    name: 'CRLF line endings',
    text: fixture('crlf.yml'),
    edits: new Map([
      ['app', edit(`acme/app:1.0.0@${D1}`, true)],
      ['redis', edit(`redis:7@${D2}`)],
    ]),
    removed: [
      '    image: acme/app:1.0.0',
      '    build:',
      '      context: .',
      '      args:',
      '        X: "1"',
      '    image: "redis:7"',
    ],
    added: [`    image: acme/app:1.0.0@${D1}`, `    image: "redis:7@${D2}"`],
  },
  {
    name: 'build: as the unterminated last line',
    text: fixture('no-final-newline.yml'),
    edits: new Map([['app', edit(`acme/app:1.0.0@${D1}`, true)]]),
    removed: ['    image: acme/app', '      - "8080:8080"', '    build: .'],
    added: [`    image: acme/app:1.0.0@${D1}`, '      - "8080:8080"'],
  },
  {
    name: 'services with only build: get image: in its place',
    text: fixture('build-only.yml'),
    edits: new Map([
      ['api', edit(`acme/api:1.0.0@${D1}`, true)],
      ['web', edit(`acme/web:1.0.0@${D2}`, true)],
      ['cache', edit(`redis:7.4@${D3}`)],
    ]),
    removed: [
      '    build:',
      '      context: ./api',
      '      dockerfile: Dockerfile',
      '    build: ./web # local only',
      '    image: redis:7.4',
    ],
    added: [
      `    image: acme/api:1.0.0@${D1}`,
      `    image: acme/web:1.0.0@${D2}`,
      `    image: redis:7.4@${D3}`,
    ],
  },
  {
    name: 'flow-style service mappings',
    text: fixture('flow.yml'),
    edits: new Map([
      ['app', edit(`acme/app:1.0.0@${D1}`, true)],
      ['side', edit(`acme/side:1.0.0@${D2}`, true)],
      ['tool', edit(`acme/tool:1.0.0@${D3}`, true)],
      ['multi', edit(`acme/multi:1.0.0@${D1}`, true)],
      ['nginx', edit(`nginx:1.27@${D2}`)],
    ]),
    removed: [
      '  app: { build: ., image: acme/app:latest, ports: ["80:80"] }',
      '  side: {image: acme/side, build: {context: ./side}}',
      '  tool: { build: ./tool }',
      '    build: ./multi,   # comment after build',
      "    image: 'acme/multi',",
      '  nginx: { image: nginx:1.27 }',
    ],
    added: [
      `  app: { image: acme/app:1.0.0@${D1}, ports: ["80:80"] }`,
      `  side: {image: acme/side:1.0.0@${D2}}`,
      `  tool: { image: acme/tool:1.0.0@${D3} }`,
      `    image: 'acme/multi:1.0.0@${D1}',`,
      `  nginx: { image: nginx:1.27@${D2} }`,
    ],
  },
  {
    name: 'aliased image, tagged image, anchors kept for other services',
    text: fixture('anchors.yml'),
    edits: new Map([
      ['app', edit(`acme/app:2.0.0@${D1}`, true)],
      ['inherited', edit(`acme/inherited:2.0.0@${D2}`, true)],
    ]),
    removed: [
      '    image: *appimage',
      '    build: .',
      '    image: !!str acme/inherited',
      '    build:',
      '      context: .',
    ],
    added: [`    image: acme/app:2.0.0@${D1}`, `    image: !!str acme/inherited:2.0.0@${D2}`],
  },
  {
    name: 'image inherited through << gets an explicit image: in place of build:',
    text: fixture('merge-image.yml'),
    edits: new Map([['svc', edit(`acme/base:1.0.0@${D1}`, true)]]),
    removed: ['    build: ./svc'],
    added: [`    image: acme/base:1.0.0@${D1}`],
  },
  {
    name: 'dstack vector 1 (version, ${VAR:-"default"}, comments in lists)',
    text: dstackCompose('vector1-near-tee-rng-app-compose.json'),
    edits: new Map([['cvm_runner', edit(`robortyan/nearai_cvm_runner:1.0.0@${D1}`)]]),
    removed: [
      '    image: robortyan/nearai_cvm_runner:latest@sha256:a27359cd0d747ae62300649e959c02707d70a9fb0900a9771d1f6f9311e89c3f',
    ],
    added: [`    image: robortyan/nearai_cvm_runner:1.0.0@${D1}`],
  },
  {
    name: 'dstack vector 2 (commented-out deploy block)',
    text: dstackCompose('vector2-tee-solver-app-compose.json'),
    edits: new Map([['intents_tee_amm_solver', edit(`robortyan/intents-tee-amm-solver:2@${D2}`)]]),
    removed: [
      '    image: robortyan/intents-tee-amm-solver@sha256:660825a1ef7c98ee64bacf5b00ee4d526364a4a8417e1b8898fa9f6bcebef6c7',
    ],
    added: [`    image: robortyan/intents-tee-amm-solver:2@${D2}`],
  },
  {
    name: 'dstack vector 4 (block scalar entrypoint, no final newline)',
    text: dstackCompose('vector4-dstack-simulator-app-compose.json'),
    edits: new Map([
      ['dstack-agent', edit(`ubuntu:24.04@${D1}`)],
      ['dstack-verifier', edit(`dstacktee/dstack-verifier:0.5.4@${D2}`)],
    ]),
    removed: ['    image: ubuntu', '    image: dstacktee/dstack-verifier:0.5.4'],
    added: [`    image: ubuntu:24.04@${D1}`, `    image: dstacktee/dstack-verifier:0.5.4@${D2}`],
  },
];

describe('pinCompose', () => {
  it.each(pinCases)('$name: means the source with only the edits applied', (c) => {
    const out = pinCompose(c.text, c.edits, 'docker-compose.yml');
    for (const merge of [true, false]) {
      expect(YAML.parse(out, { merge })).toEqual(expectedData(c.text, c.edits, merge));
    }
    const services = readComposeServices(out, 'out.yml');
    for (const [name, e] of c.edits) {
      const service = services.find((s) => s.name === name);
      expect(service?.image).toBe(e.image);
      if (e.removeBuild) expect(service?.hasBuild).toBe(false);
    }
  });

  it.each(pinCases)('$name: every other byte is unchanged', (c) => {
    const out = pinCompose(c.text, c.edits, 'docker-compose.yml');
    const { removed, added } = lineDiff(c.text, out);
    const strip = (lines: string[]): string[] => lines.map((l) => l.replace(/\r?\n$/, ''));
    expect(strip(removed)).toEqual(c.removed);
    expect(strip(added)).toEqual(c.added);
    // Changed lines keep the file's line endings; the final newline (or its absence) is kept.
    const crlf = c.text.includes('\r\n');
    for (const line of added.filter((l) => l.endsWith('\n'))) {
      expect(line.endsWith('\r\n')).toBe(crlf);
    }
    expect(out.endsWith('\n')).toBe(c.text.endsWith('\n'));
  });

  it.each(pinCases)('$name: pinning again changes nothing', (c) => {
    const once = pinCompose(c.text, c.edits);
    expect(pinCompose(once, c.edits)).toBe(once);
  });

  it.each(pinCases)('$name: no edits, same text', (c) => {
    expect(pinCompose(c.text, new Map())).toBe(c.text);
  });

  it.each([
    ['plain', 'image: acme/app', `image: acme/app:1@${D1}`],
    ['double-quoted', 'image: "acme/app"', `image: "acme/app:1@${D1}"`],
    ['single-quoted', "image: 'acme/app'", `image: 'acme/app:1@${D1}'`],
    ['block literal', 'image: |\n      acme/app', `image: acme/app:1@${D1}`],
    ['null', 'image:', `image: acme/app:1@${D1}`],
    ['anchored, not reused', 'image: &img acme/app', `image: &img acme/app:1@${D1}`],
  ])('keeps the %s style of the image value', (_style, source, pinned) => {
    const text = `services:\n  app:\n    ${source}\n    restart: always\n`;
    const out = pinCompose(text, new Map([['app', edit(`acme/app:1@${D1}`)]]));
    expect(out).toBe(`services:\n  app:\n    ${pinned}\n    restart: always\n`);
  });

  it.each([
    ['a comment marker', 'acme/app #x'],
    ['a colon and space', 'acme/app: x'],
    ['a leading indicator', '*app'],
    ['a number', '12'],
  ])('quotes a new plain value that holds %s', (_what, image) => {
    const text = 'services:\n  app: { image: acme/app }\n  web:\n    image: acme/web\n';
    const edits = new Map([
      ['app', edit(image)],
      ['web', edit(image)],
    ]);
    const out = pinCompose(text, edits);
    expect(out).toBe(
      `services:\n  app: { image: ${JSON.stringify(image)} }\n  web:\n    image: ${JSON.stringify(image)}\n`,
    );
    expect(readComposeServices(out, 'f').map((s) => s.image)).toEqual([image, image]);
  });

  it.each([
    [
      'flow, empty image',
      '  app: {image: , command: x}\n',
      `  app: {image: acme/app@${D1} , command: x}\n`,
    ],
    [
      'flow, empty image last',
      '  app: { command: x, image: }\n',
      `  app: { command: x, image: acme/app@${D1} }\n`,
    ],
    [
      'block, empty image with comment',
      '  app:\n    image:   # set me\n    command: x\n',
      `  app:\n    image: acme/app@${D1}\n    command: x\n`,
    ],
    ['block, spaced key', '  app:\n    image : old\n', `  app:\n    image : acme/app@${D1}\n`],
    [
      'flow, trailing comma after build',
      '  app: { image: a, build: ., }\n',
      `  app: { image: acme/app@${D1}, }\n`,
    ],
    [
      'flow, comment before build',
      '  app: { image: a, # note\n    build: . }\n',
      `  app: { image: acme/app@${D1} }\n`,
    ],
    [
      'block, build first',
      '  app:\n    build: .\n    image: a\n',
      `  app:\n    image: acme/app@${D1}\n`,
    ],
    [
      'block, blank line kept after build',
      '  app:\n    build: .\n\n    image: a\n',
      `  app:\n\n    image: acme/app@${D1}\n`,
    ],
    [
      'block, shallower comment kept',
      '  app:\n    image: a\n    build: .\n  # next\n  b: {image: b}\n',
      `  app:\n    image: acme/app@${D1}\n  # next\n  b: {image: b}\n`,
    ],
    [
      'block, deeper comment after a blank line',
      '  app:\n    image: a\n    build:\n      context: .\n\n      # dockerfile: x\n    ports: [1]\n',
      `  app:\n    image: acme/app@${D1}\n    ports: [1]\n`,
    ],
    [
      'a sequence at the key indentation',
      '  app:\n    image: a\n    build:\n    - x\n    ports: [1]\n',
      `  app:\n    image: acme/app@${D1}\n    ports: [1]\n`,
    ],
  ])('handles %s', (_what, body, pinned) => {
    const out = pinCompose(`services:\n${body}`, new Map([['app', edit(`acme/app@${D1}`, true)]]));
    expect(out).toBe(`services:\n${pinned}`);
  });

  it('removes an unterminated last build: line of a CRLF file, keeping no final newline', () => {
    const text = 'services:\r\n  app:\r\n    image: a\r\n    build: .';
    expect(pinCompose(text, new Map([['app', edit(`acme/app@${D1}`, true)]]))).toBe(
      `services:\r\n  app:\r\n    image: acme/app@${D1}`,
    );
  });

  it('inserts image: before the first key of a service that has neither image nor build', () => {
    const text = 'services:\r\n  app:\r\n    # first\r\n    command: run\r\n  b: {command: x}\r\n';
    const edits = new Map([
      ['app', edit(`acme/app@${D1}`)],
      ['b', edit(`acme/b@${D2}`)],
    ]);
    expect(pinCompose(text, edits)).toBe(
      `services:\r\n  app:\r\n    # first\r\n    image: acme/app@${D1}\r\n    command: run\r\n  b: {image: acme/b@${D2}, command: x}\r\n`,
    );
  });

  it('keeps build: when removeBuild is false', () => {
    const text = fixture('two-services.yml');
    const out = pinCompose(text, new Map([['app', edit(`acme/x:1@${D1}`)]]));
    expect(readComposeServices(out, 'f')[0]).toMatchObject({
      name: 'app',
      image: `acme/x:1@${D1}`,
      hasBuild: true,
    });
  });

  const refusals: [string, string, ReadonlyMap<string, ComposeEdit>, RegExp][] = [
    [
      'a service that is not in the file',
      fixture('two-services.yml'),
      new Map([['ghost', edit('a')]]),
      /service "ghost" not found in docker-compose\.yml/,
    ],
    [
      'build: inherited through a merge key',
      'x-b: &b\n  build: .\nservices:\n  app:\n    <<: *b\n    image: acme/app\n',
      new Map([['app', edit('acme/app:1', true)]]),
      /"app".*merge key/,
    ],
    [
      'a service mapping reused through an alias',
      'services:\n  app: &app\n    image: acme/app\n  copy: *app\n',
      new Map([['app', edit('acme/app:1')]]),
      /would also change service "copy" \(its image would be "acme\/app:1", not "acme\/app"\)/,
    ],
    [
      'a service that is itself an alias',
      'services:\n  app: &app\n    image: acme/app\n  copy: *app\n',
      new Map([['copy', edit('acme/app:1')]]),
      /"copy".*alias/,
    ],
    [
      'an image value another service aliases',
      'services:\n  app:\n    image: &i acme/app\n  b:\n    image: *i\n',
      new Map([['app', edit('acme/app:1')]]),
      /would also change service "b" \(its image would be "acme\/app:1"/,
    ],
    [
      'an anchor inside the build: entry used elsewhere',
      'services:\n  app:\n    image: a\n    build:\n      args: &args {X: 1}\n  b:\n    build:\n      args: *args\n',
      new Map([['app', edit('a:1', true)]]),
      /"app".*&args/,
    ],
    [
      'a services mapping that is an alias',
      'x-s: &s\n  app:\n    image: a\nservices: *s\n',
      new Map([['app', edit('a:1')]]),
      /"services" in docker-compose\.yml is not written out/,
    ],
    [
      'an image that is a mapping',
      'services:\n  app:\n    image: {name: a}\n',
      new Map([['app', edit('a:1')]]),
      /"app".*not a string/,
    ],
  ];

  it.each(refusals)('refuses %s', (_what, text, edits, message) => {
    const run = (): string => pinCompose(text, edits, 'docker-compose.yml');
    expect(run).toThrow(InputError);
    expect(run).toThrow(message);
    try {
      run();
    } catch (error) {
      expect((error as InputError).input).toBe('compose-file');
    }
  });
});

describe('pinCompose: images written in anchors', () => {
  const chatwoot = `services:
  base: &base
    image: acme/app:latest
    env_file: .env ## per install
  rails:
    <<: *base
    command: rails
  sidekiq:
    <<: *base
    command: sidekiq
`;
  const pinned = `acme/app:1.0.0@${D1}`;
  const edits = (names: string[], image = pinned, removeBuild = false) =>
    new Map(names.map((n) => [n, edit(image, removeBuild)]));

  it('pins a whole anchored service merged into others once, in the anchor', () => {
    const out = pinCompose(chatwoot, edits(['base', 'rails', 'sidekiq']), 'f');
    expect(out).toBe(chatwoot.replace('image: acme/app:latest', `image: ${pinned}`));
    expect(readComposeServices(out, 'f').map((s) => s.image)).toEqual([pinned, pinned, pinned]);
  });

  it('gives a merged service its own image line when it runs another image', () => {
    const other = `acme/worker:2@${D2}`;
    const out = pinCompose(
      chatwoot,
      new Map([
        ['base', edit(pinned)],
        ['rails', edit(pinned)],
        ['sidekiq', edit(other)],
      ]),
      'f',
    );
    expect(out).toBe(
      chatwoot
        .replace('image: acme/app:latest', `image: ${pinned}`)
        .replace('  sidekiq:\n', `  sidekiq:\n    image: ${other}\n`),
    );
  });

  it('gives merged services their own lines when the anchored service is not pinned', () => {
    const out = pinCompose(chatwoot, edits(['rails', 'sidekiq']), 'f');
    expect(out).toBe(
      chatwoot
        .replace('  rails:\n', `  rails:\n    image: ${pinned}\n`)
        .replace('  sidekiq:\n', `  sidekiq:\n    image: ${pinned}\n`),
    );
  });

  it('refuses to pin the anchored service alone, naming the services it would change', () => {
    expect(() => pinCompose(chatwoot, edits(['base']), 'f')).toThrow(
      /cannot pin f in place: .*would also change service "rails" \(its image would be "acme\/app:1\.0\.0@sha256:0123.*", not "acme\/app:latest"\), service "sidekiq"/,
    );
  });

  it('removes build: from an anchored service when every service using it drops it', () => {
    const text = chatwoot.replace('    env_file', '    build: .\n    env_file');
    const out = pinCompose(text, edits(['base', 'rails', 'sidekiq'], pinned, true), 'f');
    expect(out).toBe(chatwoot.replace('image: acme/app:latest', `image: ${pinned}`));
    const refused = (): string => pinCompose(text, edits(['base'], pinned, true), 'f');
    expect(refused).toThrow(/would also change service "rails" \(its image would be/);
  });

  it('pins a service written as an alias of another through that one', () => {
    const text = 'services:\n  app: &app\n    image: acme/app\n  copy: *app\n';
    const out = pinCompose(text, edits(['app', 'copy']), 'f');
    expect(out).toBe(`services:\n  app: &app\n    image: ${pinned}\n  copy: *app\n`);
    expect(() =>
      pinCompose(
        text,
        new Map([
          ['app', edit(pinned)],
          ['copy', edit(`acme/app@${D2}`)],
        ]),
        'f',
      ),
    ).toThrow(/cannot pin service "copy" in f: it is written as an alias \(\*app\)/);
  });

  it('keeps `image: *anchor` where the anchor now holds the same image', () => {
    const text = 'services:\n  app:\n    image: &i acme/app\n  b:\n    image: *i\n';
    expect(pinCompose(text, edits(['app', 'b']), 'f')).toBe(
      `services:\n  app:\n    image: &i ${pinned}\n  b:\n    image: *i\n`,
    );
    const other = `acme/app@${D2}`;
    expect(
      pinCompose(
        text,
        new Map([
          ['app', edit(pinned)],
          ['b', edit(other)],
        ]),
        'f',
      ),
    ).toBe(`services:\n  app:\n    image: &i ${pinned}\n  b:\n    image: ${other}\n`);
  });

  it('refuses an edit that would change an extension field reusing the image', () => {
    const text = 'services:\n  app:\n    image: &i acme/app\nx-default-image: *i\n';
    expect(() => pinCompose(text, edits(['app']), 'f')).toThrow(
      /would also change "x-default-image"/,
    );
  });
});
