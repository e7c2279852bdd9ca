import { describe, expect, it } from 'vitest';
import { recordConsistencyProblems } from '../../src/core/record-consistency.js';
import type { ReleaseImage, ReleaseRecord } from '../../src/core/types.js';
import { makeRelease } from '../helpers/records.js';

const D = (c: string): string => `sha256:${c.repeat(64)}`;
const base = makeRelease({ version: '1.0.0', digest: 'a' });
const record = base.record;
const app = record.images[0] as ReleaseImage;
const compose = base.files[2].content.toString();
const check = (images: readonly ReleaseImage[], text = compose): string[] =>
  recordConsistencyProblems({ ...record, images } as ReleaseRecord, text, 'c.yml');

describe('recordConsistencyProblems', () => {
  it('a record as generated agrees with its file', () => {
    expect(check(record.images)).toEqual([]);
  });

  it.each<[string, ReleaseImage[], string[]]>([
    [
      'an edited digest',
      [{ ...app, digest: D('e') }],
      [
        `record: image of service "app" (ghcr.io/acme/app) records digest ${D('e')}, but its reference "${app.reference}" pins ${D('a')}`,
      ],
    ],
    [
      'an edited reference',
      [{ ...app, reference: `ghcr.io/acme/app:1.0.0@${D('e')}`, digest: D('e') }],
      [
        `record: image of service "app" is recorded as "ghcr.io/acme/app:1.0.0@${D('e')}", but c.yml gives it "${app.reference}"`,
      ],
    ],
    [
      'an edited repository',
      [{ ...app, repository: 'docker.io/evil/app' }],
      [
        `record: image of service "app" records repository docker.io/evil/app, but its reference "${app.reference}" names ghcr.io/acme/app`,
      ],
    ],
    [
      'an edited tag',
      [{ ...app, tag: '9.9.9' }],
      [
        `record: image of service "app" (ghcr.io/acme/app) records tag "9.9.9", but its reference "${app.reference}" has "1.0.0"`,
      ],
    ],
    [
      'a service the file does not have',
      [app, { ...app, service: 'ghost' }],
      ['record: service "ghost" is not in c.yml'],
    ],
    ['a service recorded twice', [app, app], ['record: service "app" is recorded twice']],
    [
      'an image the file pins left out',
      [],
      [
        `c.yml: service "app" runs "${app.reference}", pinned to a digest, which the record does not list`,
      ],
    ],
  ])('names %s', (_name, images, problems) => {
    expect(check(images)).toEqual(problems);
  });

  it('reads the file as Compose does: an image inherited through extends or an anchor', () => {
    const text = `x-app: &app\n  image: ${app.reference}\nservices:\n  app:\n    <<: *app\n  worker:\n    extends: app\n`;
    expect(check([app, { ...app, service: 'worker' }], text)).toEqual([]);
    expect(check([app], text)).toEqual([
      `c.yml: service "worker" runs "${app.reference}", pinned to a digest, which the record does not list`,
    ]);
  });

  it('services left unpinned (pin-all-images off) need no entry', () => {
    const text = `${compose}  db:\n    image: postgres:16\n  tool:\n    image: \${TOOL}\n`;
    expect(check(record.images, text)).toEqual([]);
  });

  it('a file that is not a compose file, named without its content', () => {
    expect(check(record.images, 'services: [ghp_SECRET')).toEqual([
      'c.yml: cannot be read as a compose file: c.yml is not valid YAML at line 1, column 22: bad indentation',
    ]);
  });
});
