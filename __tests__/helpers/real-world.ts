/**
 * The public compose files, buildx metadata and app-compose documents of
 * `__tests__/fixtures/real-world/` (copied byte for byte, each with its SOURCE.txt), with what
 * release-tracker must do with each: the images it records, the exact edits that turn the source
 * file into the pinned one (every other byte stays), or the reason it refuses.
 *
 * Digests not taken from a metadata file are fake but well-formed, as the fixtures' SOURCE.txt
 * files say: `@{service}` in `images` and in expectations stands for `@sha256:` + the SHA-256 of
 * `real-world:<case>:<service>`.
 */
import type { InputNames } from '../../src/core/input-names.js';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from './cli.js';

export const REAL_WORLD = join(FIXTURES, 'real-world');

export function fakeDigest(caseName: string, service: string): string {
  return `sha256:${createHash('sha256').update(`real-world:${caseName}:${service}`).digest('hex')}`;
}

/** Replaces each `@{service}` with that service's fake digest. */
export function fill(caseName: string, text: string): string {
  return text.replace(
    /@\{([^}]+)\}/g,
    (_m, service: string) => `@${fakeDigest(caseName, service)}`,
  );
}

export function readCase(caseName: string, file: string): string {
  return readFileSync(join(REAL_WORLD, caseName, file), 'utf8');
}

export interface RealWorldRun {
  /** Folder under fixtures/real-world. */
  readonly case: string;
  /** What this run shows. */
  readonly title: string;
  readonly compose: string;
  /**
   * The compose file is not given (no compose-file, no --compose): the default search finds
   * `compose`. Such runs are the workspace's, so the core runs skip them.
   */
  readonly byDefault?: true;
  /** The environment the run interpolates with (besides the case's .env file). */
  readonly env?: Readonly<Record<string, string>>;
  /** Release tag; `v1.0.0` unless given. */
  readonly version?: string;
  /** `images` items; `@{service}` becomes that service's fake digest. */
  readonly images?: readonly string[];
  readonly metadata?: string;
  readonly template?: string;
  /** `pin-all-images`; on unless false. */
  readonly pinAll?: boolean;
  /** The record's images, in order: service, pinned reference, where the digest came from. */
  readonly pinned?: readonly (readonly [string, string, string])[];
  /**
   * The pinned compose file is the source with these replacements, each of `from` occurring
   * exactly `count` (default 1) times in the source; nothing else differs.
   */
  readonly edits?: readonly (readonly [string, string, number?])[];
  /** Every warning, in order. */
  /** The warnings, in order; those that name an input say it as `names` (action or CLI) do. */
  readonly warnings?: readonly Warning[];
  /** The run is refused: the input named and the reason. */
  /** `input` as the action names it; `cli` where the CLI's run (offline) names another culprit. */
  readonly refused?: { readonly input: string; readonly cli?: string; readonly message: RegExp };
}

/** A service's `build:` entry as written in a case's file (block style, under a two-space service). */
export function buildBlock(caseName: string, file: string, service: string): string {
  const text = readCase(caseName, file);
  const start = text.indexOf(`\n  ${service}:\n`);
  const block = /^ {4}build:\n(?: {6,}.*\n)+/m.exec(
    text.slice(text.indexOf('\n    build:\n', start) + 1),
  );
  if (start === -1 || block === null)
    throw new Error(`${caseName}/${file}: no build: for ${service}`);
  return block[0];
}

/** The source text with a run's edits applied, checking each `from` occurs as often as stated. */
export function expectedCompose(run: RealWorldRun, source: string): string {
  let text = source;
  for (const [from, to, count = 1] of run.edits ?? []) {
    const f = fill(run.case, from);
    const occurrences = text.split(f).length - 1;
    if (occurrences !== count) {
      throw new Error(`${run.case}: "${f}" occurs ${occurrences} times, expected ${count}`);
    }
    text = text.split(f).join(fill(run.case, to));
  }
  return text;
}

const offline = (service: string, tag: string): RegExp =>
  new RegExp(`^service "${service}" keeps ${tag}: .*not checked \\(offline\\)`);
/** A warning's pattern, or one that depends on how the front end names its inputs. */
export type Warning = RegExp | ((names: InputNames) => RegExp);

/** A warning's pattern as the front end with `names` prints it. */
export const warningPattern = (warning: Warning, names: InputNames): RegExp =>
  typeof warning === 'function' ? warning(names) : warning;

const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const unpinned =
  (service: string): Warning =>
  (names) =>
    new RegExp(
      `^service "${service}" keeps an unpinned image \\(${escaped(names.say.pinAllIsOff)}\\)$`,
    );
const fromSource =
  (service: string): Warning =>
  (names) =>
    new RegExp(
      `^service "${service}" has only "build:" and no image: it is built from source where it is deployed, and not recorded \\(${escaped(names.say.pinAllIsOff)}\\)$`,
    );

const SENTRY_UNPINNED = [
  'smtp',
  'memcached',
  'redis',
  'postgres',
  'pgbouncer',
  'kafka',
  'clickhouse',
  'snuba-errors-consumer',
  'snuba-outcomes-consumer',
  'snuba-outcomes-accepted-consumer',
  'snuba-outcomes-billing-consumer',
  'snuba-group-attributes-consumer',
  'snuba-replacer',
  'snuba-subscription-consumer-events',
  'snuba-transactions-consumer',
  'snuba-replays-consumer',
  'snuba-issue-occurrence-consumer',
  'snuba-metrics-consumer',
  'snuba-subscription-consumer-transactions',
  'snuba-subscription-consumer-metrics',
  'snuba-subscription-consumer-generic-metrics-counters',
  'snuba-generic-metrics-counters-consumer',
  'snuba-profiling-profiles-consumer',
  'snuba-profiling-functions-consumer',
  'snuba-profiling-profile-chunks-consumer',
  'snuba-eap-items-consumer',
  'snuba-subscription-consumer-eap-items',
  'symbolicator',
  'symbolicator-cleanup',
  'web',
  'events-consumer',
  'attachments-consumer',
  'post-process-forwarder-errors',
  'transactions-consumer',
  'metrics-consumer',
  'generic-metrics-consumer',
  'ingest-occurrences',
  'ingest-monitors',
  'ingest-feedback-events',
  'process-spans',
  'process-segments',
  'monitors-clock-tick',
  'monitors-clock-tasks',
  'uptime-results',
  'post-process-forwarder-transactions',
  'post-process-forwarder-issue-platform',
  'sentry-cleanup',
  'relay',
  'taskbroker',
  'taskscheduler',
  'taskworker',
  'launchpad-taskworker',
  'vroom',
  'uptime-checker',
];

const AIRFLOW = [
  'airflow-apiserver',
  'airflow-scheduler',
  'airflow-dag-processor',
  'airflow-worker',
  'airflow-triggerer',
  'airflow-init',
  'airflow-cli',
  'flower',
];

/** Digests the metadata fixtures hold (read from the files by hand: the expectations are ours). */
const BUILDX_DOCS_MANIFEST =
  'sha256:19ffeab6f8bc9293ac2c3fdf94ebe28396254c993aea0b5a542cfb02e0883fa3';
const BUILDX_DOCS_PROXY = 'sha256:6d9ac9237a84afe1516540f40a0fafdc86859b2141954b4d643af7066d598b74';
const NEXTJS = 'sha256:b09b9482c72371486bb2c1d2c2a2633ed1d0b8389e12c8d52b9e052725c0c83c';
const SPRINGBOOT = 'sha256:420e82ce58a065f65207ba2c2248de3b7493ff7e9ddafcd641e7de6909fd9511';
const INGRESS =
  'dstacktee/dstack-ingress:2.3@sha256:527c53523b9226782a11dbd800a3ff55e8a1f0b88e6224e8f7e4db7419769fbe';
const SPRING_REPO = 'sdurutr436/aplicacion-springboot-sergio-duran-utrera-2daw-despliegue';

export const RUNS: readonly RealWorldRun[] = [
  {
    case: 'ac-nginx-aspnet-mysql',
    title: 'bake targets named like build-only services, without image names: refused',
    compose: 'compose.yaml',
    metadata: 'metadata.json',
    images: ['db=mariadb:10-focal@{db}'],
    refused: {
      input: 'images',
      message:
        /service "backend" was built by bake target "backend" \(sha256:19ffeab6.*\), but neither the compose file nor the metadata names its image .* bind it as backend=<repository>/,
    },
  },
  {
    case: 'ac-nginx-aspnet-mysql',
    title: 'the same, with the services bound to repositories: pinned from the bake targets',
    compose: 'compose.yaml',
    metadata: 'metadata.json',
    images: [
      'backend=ghcr.io/acme/aspnet-backend',
      'proxy=ghcr.io/acme/aspnet-proxy',
      'db=mariadb:10-focal@{db}',
    ],
    pinned: [
      ['backend', `ghcr.io/acme/aspnet-backend@${BUILDX_DOCS_MANIFEST}`, 'buildx-metadata'],
      ['db', 'mariadb:10-focal@{db}', 'reference'],
      ['proxy', `ghcr.io/acme/aspnet-proxy@${BUILDX_DOCS_PROXY}`, 'buildx-metadata'],
    ],
    edits: [
      [
        '    build:\n      context: backend\n',
        `    image: ghcr.io/acme/aspnet-backend@${BUILDX_DOCS_MANIFEST}\n`,
      ],
      ['    image: mariadb:10-focal\n', '    image: mariadb:10-focal@{db}\n'],
      ['    build: proxy\n', `    image: ghcr.io/acme/aspnet-proxy@${BUILDX_DOCS_PROXY}\n`],
    ],
    warnings: [offline('backend', 'no tag'), offline('proxy', 'no tag')],
  },
  {
    case: 'ac-nginx-nodejs-redis',
    title: 'services Compose builds from source, under pin-all-images: refused, naming the first',
    compose: 'compose.yaml',
    images: ['redis=redislabs/redismod@{redis}'],
    refused: {
      input: 'pin-all-images',
      message:
        /^service "web1" in compose\.yaml has only "build:" and no image: Docker Compose would build it from source where it is deployed, so the release cannot record what it runs; bind it to the image this release built/,
    },
  },
  {
    case: 'ac-nginx-nodejs-redis',
    title: 'a single-quoted image pinned in its quotes; build-only services named, left alone',
    compose: 'compose.yaml',
    pinAll: false,
    images: ['redis=redislabs/redismod@{redis}'],
    pinned: [['redis', 'redislabs/redismod@{redis}', 'reference']],
    edits: [["image: 'redislabs/redismod'", "image: 'redislabs/redismod@{redis}'"]],
    warnings: [...['web1', 'web2', 'nginx'].map(fromSource), offline('redis', 'no tag')],
  },
  {
    case: 'ac-pihole-cloudflared-doh',
    title: 'untagged and latest third-party images keep their tags: no version tag invented',
    compose: 'compose.yaml',
    images: [
      'cloudflared=visibilityspots/cloudflared@{cloudflared}',
      'pihole=pihole/pihole:latest@{pihole}',
    ],
    pinned: [
      ['cloudflared', 'visibilityspots/cloudflared@{cloudflared}', 'reference'],
      ['pihole', 'pihole/pihole:latest@{pihole}', 'reference'],
    ],
    edits: [
      [
        'image: visibilityspots/cloudflared\n',
        'image: visibilityspots/cloudflared@{cloudflared}\n',
      ],
      ['image: pihole/pihole:latest\n', 'image: pihole/pihole:latest@{pihole}\n'],
    ],
    warnings: [offline('cloudflared', 'no tag'), offline('pihole', 'tag "latest"')],
  },
  {
    case: 'ac-react-java-mysql',
    title: 'bake metadata of a docker-driver build (image IDs, nothing pushed): refused',
    compose: 'compose.yaml',
    metadata: 'metadata.json',
    images: ['db=mariadb:10.6.4-focal@{db}'],
    refused: {
      input: 'metadata',
      message:
        /cannot pin service "backend": in target "backend", "containerimage.digest" is the image's config digest \(sha256:0c1ae53d.*\), i\.e\. its image ID: .*pushed nothing a registry serves/,
    },
  },
  {
    case: 'ac-wasmedge-kafka-mysql',
    title: 'image and build: image rewritten in place, build removed; a custom registry host',
    compose: 'compose.yml',
    images: [
      'etl-kafka@{etl}',
      'redpanda=docker.redpanda.com/vectorized/redpanda:v22.2.2@{redpanda}',
      'db=mariadb:10.9@{db}',
    ],
    pinned: [
      ['redpanda', 'docker.redpanda.com/vectorized/redpanda:v22.2.2@{redpanda}', 'reference'],
      ['etl', 'etl-kafka@{etl}', 'reference'],
      ['db', 'mariadb:10.9@{db}', 'reference'],
    ],
    edits: [
      [
        'image: docker.redpanda.com/vectorized/redpanda:v22.2.2\n',
        'image: docker.redpanda.com/vectorized/redpanda:v22.2.2@{redpanda}\n',
      ],
      ['    image: etl-kafka\n', '    image: etl-kafka@{etl}\n'],
      ['    build:\n      context: etl\n', ''],
      ['image: mariadb:10.9\n', 'image: mariadb:10.9@{db}\n'],
    ],
    warnings: [offline('etl', 'no tag')],
  },
  {
    case: 'airflow-derived-build-anchor',
    title: 'build: merged from an x- anchor into the pinned service: refused',
    compose: 'docker-compose.yml',
    pinAll: false,
    images: ['airflow-webserver=ghcr.io/acme/airflow:v1.0.0@{airflow-webserver}'],
    refused: {
      input: 'compose-file',
      message:
        /cannot pin service "airflow-webserver" in docker-compose\.yml: its "build" comes from a merge key \(<<\); move "build:" into the service itself/,
    },
  },
  {
    case: 'airflow-derived-build-anchor',
    title: 'the same file, pinning the service that has its own image',
    compose: 'docker-compose.yml',
    pinAll: false,
    images: ['redis=redis:latest@{redis}'],
    pinned: [['redis', 'redis:latest@{redis}', 'reference']],
    edits: [['    image: redis:latest\n', '    image: redis:latest@{redis}\n']],
    warnings: [
      ...[
        'postgres',
        'airflow-webserver',
        'airflow-scheduler',
        'airflow-worker',
        'airflow-triggerer',
        'airflow-init',
        'airflow-cli',
        'flower',
      ].map(fromSource),
      offline('redis', 'tag "latest"'),
    ],
  },
  {
    case: 'airflow-official-anchors',
    title: 'an interpolated image merged from an anchor into 8 services: each gets its own image',
    compose: 'docker-compose.yaml',
    images: [
      ...AIRFLOW.map((s) => `${s}=apache/airflow:3.0.2@{airflow}`),
      'postgres=postgres:16@{postgres}',
      'redis=redis:7.2-bookworm@{redis}',
    ],
    pinned: [
      ['postgres', 'postgres:16@{postgres}', 'reference'],
      ['redis', 'redis:7.2-bookworm@{redis}', 'reference'],
      ...AIRFLOW.map((s) => [s, 'apache/airflow:3.0.2@{airflow}', 'reference'] as const),
    ],
    edits: [
      [
        '    <<: *airflow-common\n',
        '    image: apache/airflow:3.0.2@{airflow}\n    <<: *airflow-common\n',
        8,
      ],
      ['    image: postgres:16\n', '    image: postgres:16@{postgres}\n'],
      ['    image: redis:7.2-bookworm\n', '    image: redis:7.2-bookworm@{redis}\n'],
    ],
  },
  {
    case: 'chatwoot-anchored-service',
    title: 'a whole service anchored and merged into two others: pinned once, in the anchor',
    compose: 'docker-compose.production.yaml',
    images: [
      'chatwoot/chatwoot@{base}',
      'postgres=pgvector/pgvector:pg16@{postgres}',
      'redis=redis:alpine@{redis}',
      'unoapi=clairton/unoapi-cloud:latest@{unoapi}',
    ],
    pinned: [
      ['base', 'chatwoot/chatwoot:latest@{base}', 'reference'],
      ['rails', 'chatwoot/chatwoot:latest@{base}', 'reference'],
      ['sidekiq', 'chatwoot/chatwoot:latest@{base}', 'reference'],
      ['postgres', 'pgvector/pgvector:pg16@{postgres}', 'reference'],
      ['redis', 'redis:alpine@{redis}', 'reference'],
      ['unoapi', 'clairton/unoapi-cloud:latest@{unoapi}', 'reference'],
    ],
    edits: [
      ['image: chatwoot/chatwoot:latest\n', 'image: chatwoot/chatwoot:latest@{base}\n'],
      ['image: pgvector/pgvector:pg16\n', 'image: pgvector/pgvector:pg16@{postgres}\n'],
      ['image: redis:alpine\n', 'image: redis:alpine@{redis}\n'],
      ['image: clairton/unoapi-cloud:latest\n', 'image: clairton/unoapi-cloud:latest@{unoapi}\n'],
    ],
    warnings: [
      offline('base', 'tag "latest"'),
      offline('rails', 'tag "latest"'),
      offline('sidekiq', 'tag "latest"'),
      offline('unoapi', 'tag "latest"'),
    ],
  },
  {
    case: 'chatwoot-anchored-service',
    title: 'the anchored service pinned alone, so its copies would change too: refused',
    compose: 'docker-compose.production.yaml',
    pinAll: false,
    images: ['base=chatwoot/chatwoot:v4.0.0@{base}'],
    refused: {
      input: 'compose-file',
      message:
        /^cannot pin docker-compose\.production\.yaml in place: .*would also change service "rails" \(its image would be "chatwoot\/chatwoot:v4\.0\.0@sha256:[0-9a-f]{64}", not "chatwoot\/chatwoot:latest"\), service "sidekiq" .*bind those services to the same images/,
    },
  },
  {
    case: 'compose-go-extends-reset',
    title: 'a service whose image comes from extends is pinned through it; !reset kept',
    compose: 'reset.yaml',
    images: ['init=alpine:latest@{init}', 'base=alpine:latest@{init}'],
    pinned: [
      ['init', 'alpine:latest@{init}', 'reference'],
      ['base', 'alpine:latest@{init}', 'reference'],
    ],
    edits: [['    image: alpine:latest\n', '    image: alpine:latest@{init}\n']],
    warnings: [offline('init', 'tag "latest"'), offline('base', 'tag "latest"')],
  },
  {
    case: 'docker-compose-double-quoted',
    title: 'double-quoted images keep their quotes; a repository-only item keeps the file tag',
    compose: 'compose.yaml',
    images: ['alpine@{alpine}'],
    pinned: [
      ['serviceA', 'alpine:3.12@{alpine}', 'reference'],
      ['serviceB', 'alpine:3.12@{alpine}', 'reference'],
    ],
    edits: [['image: "alpine:3.12"', 'image: "alpine:3.12@{alpine}"', 2]],
  },
  {
    case: 'docker-compose-restart-fixture',
    title: 'one repository-only item pins three services; flow mappings untouched',
    compose: 'compose-depends-on.yaml',
    images: ['nginx@{nginx}'],
    pinned: [
      ['with-restart', 'nginx:alpine@{nginx}', 'reference'],
      ['no-restart', 'nginx:alpine@{nginx}', 'reference'],
      ['nginx', 'nginx:alpine@{nginx}', 'reference'],
    ],
    edits: [['image: nginx:alpine\n', 'image: nginx:alpine@{nginx}\n', 3]],
  },
  {
    case: 'docker-docs-push-localhost',
    title: 'a registry with a port; "##" comments after the image kept; build removed',
    compose: 'compose.yaml',
    images: ['localhost:5000/yourimage@{service1}', 'your-dockerid/yourimage@{service2}'],
    pinned: [
      ['service1', 'localhost:5000/yourimage@{service1}', 'reference'],
      ['service2', 'your-dockerid/yourimage@{service2}', 'reference'],
    ],
    edits: [
      ['    build: .\n', '', 2],
      ['image: localhost:5000/yourimage ', 'image: localhost:5000/yourimage@{service1} '],
      ['image: your-dockerid/yourimage ', 'image: your-dockerid/yourimage@{service2} '],
    ],
    warnings: [offline('service1', 'no tag'), offline('service2', 'no tag')],
  },
  {
    case: 'dx-confidential-ai-inference',
    title: 'latest replaced by an explicit tag from images; a repository-only item',
    compose: 'docker-compose.yaml',
    images: ['vllm=vllm/vllm-openai:v0.9.1@{vllm}', 'phalanetwork/vllm-proxy@{proxy}'],
    pinned: [
      ['vllm', 'vllm/vllm-openai:v0.9.1@{vllm}', 'reference'],
      ['proxy', 'phalanetwork/vllm-proxy:v0.2.18@{proxy}', 'reference'],
    ],
    edits: [
      ['image: vllm/vllm-openai:latest\n', 'image: vllm/vllm-openai:v0.9.1@{vllm}\n'],
      [
        'image: phalanetwork/vllm-proxy:v0.2.18\n',
        'image: phalanetwork/vllm-proxy:v0.2.18@{proxy}\n',
      ],
    ],
  },
  {
    case: 'dx-consul-postgres-ha-worker',
    title: 'images written as bare ${VAR}, bound through images',
    compose: 'worker.yaml',
    images: ['sidecar', 'patroni', 'webdemo'].map(
      (s) => `${s}=ghcr.io/dstack-tee/dstack-examples/consul-postgres-ha-${s}:v1.0.0@{${s}}`,
    ),
    pinned: ['sidecar', 'patroni', 'webdemo'].map(
      (s) =>
        [
          s,
          `ghcr.io/dstack-tee/dstack-examples/consul-postgres-ha-${s}:v1.0.0@{${s}}`,
          'reference',
        ] as const,
    ),
    edits: [
      ['MESH_SIDECAR', 'sidecar'],
      ['PATRONI', 'patroni'],
      ['WEBDEMO', 'webdemo'],
    ].map(
      ([variable, s]) =>
        [
          `    image: \${${variable}_IMAGE}\n`,
          `    image: ghcr.io/dstack-tee/dstack-examples/consul-postgres-ha-${s}:v1.0.0@{${s}}\n`,
        ] as const,
    ),
  },
  {
    case: 'dx-custom-domain-ingress',
    title: 'an image pinned already is recorded and left alone; untagged nginx gets no tag',
    compose: 'docker-compose.yaml',
    images: ['app=nginx@{app}'],
    pinned: [
      ['dstack-ingress', INGRESS, 'reference'],
      ['app', 'nginx@{app}', 'reference'],
    ],
    edits: [['    image: nginx\n', '    image: nginx@{app}\n']],
    warnings: [offline('app', 'no tag')],
  },
  {
    case: 'dx-k3s',
    title: 'the dstack simulator app-compose as template; tags kept from the file',
    compose: 'docker-compose.yaml',
    template: 'template.json',
    images: ['kvin/dstack-extra-kmods@{kmod-installer}', 'rancher/k3s@{k3s}'],
    pinned: [
      ['kmod-installer', 'kvin/dstack-extra-kmods:0.5.8@{kmod-installer}', 'reference'],
      ['k3s', 'rancher/k3s:v1.31.6-k3s1@{k3s}', 'reference'],
      ['dstack-ingress', INGRESS, 'reference'],
    ],
    edits: [
      [
        'image: kvin/dstack-extra-kmods:0.5.8\n',
        'image: kvin/dstack-extra-kmods:0.5.8@{kmod-installer}\n',
      ],
      ['image: rancher/k3s:v1.31.6-k3s1\n', 'image: rancher/k3s:v1.31.6-k3s1@{k3s}\n'],
    ],
  },
  {
    case: 'dx-lightclient',
    title: 'a build-only service: build: (with an inline Dockerfile) gives way to image:',
    compose: 'docker-compose.yml',
    images: ['tapp=ghcr.io/acme/lightclient:v1.0.0@{tapp}'],
    pinned: [['tapp', 'ghcr.io/acme/lightclient:v1.0.0@{tapp}', 'reference']],
    edits: [
      [
        readCase('dx-lightclient', 'docker-compose.yml').slice(
          readCase('dx-lightclient', 'docker-compose.yml').indexOf('    build:'),
          readCase('dx-lightclient', 'docker-compose.yml').indexOf('    platform:'),
        ),
        '    image: ghcr.io/acme/lightclient:v1.0.0@{tapp}\n',
      ],
    ],
  },
  {
    case: 'dx-minecraft-ngrok-crlf',
    title: 'CRLF line endings kept',
    compose: 'docker-compose-ngrok.yml',
    images: ['itzg/minecraft-server@{mc}', 'ngrok/ngrok@{ngrok}'],
    pinned: [
      ['mc', 'itzg/minecraft-server@{mc}', 'reference'],
      ['ngrok', 'ngrok/ngrok:latest@{ngrok}', 'reference'],
    ],
    edits: [
      ['image: itzg/minecraft-server\r\n', 'image: itzg/minecraft-server@{mc}\r\n'],
      ['image: ngrok/ngrok:latest\r\n', 'image: ngrok/ngrok:latest@{ngrok}\r\n'],
    ],
    warnings: [offline('mc', 'no tag'), offline('ngrok', 'tag "latest"')],
  },
  {
    case: 'dx-private-docker-image',
    title: 'image: lines inside a block scalar are text, not services: untouched',
    compose: 'docker-compose.yml',
    images: ['docker@{init}'],
    pinned: [['init', 'docker:latest@{init}', 'reference']],
    edits: [['    image: docker:latest\n', '    image: docker:latest@{init}\n']],
    warnings: [offline('init', 'tag "latest"')],
  },
  {
    case: 'dx-rtmr3-attested-app-compose',
    title: 'an attested app-compose: its settings as template, its compose left unpinned',
    compose: 'docker-compose.yml',
    template: 'template.json',
    pinAll: false,
    pinned: [],
    edits: [],
    warnings: [unpinned('jupyter')],
  },
  {
    case: 'dx-rtmr3-attested-app-compose',
    title: 'the same, pinned',
    compose: 'docker-compose.yml',
    template: 'template.json',
    images: ['jupyter=quay.io/jupyter/base-notebook@{jupyter}'],
    pinned: [['jupyter', 'quay.io/jupyter/base-notebook@{jupyter}', 'reference']],
    edits: [
      [
        'image: quay.io/jupyter/base-notebook\n',
        'image: quay.io/jupyter/base-notebook@{jupyter}\n',
      ],
    ],
    warnings: [offline('jupyter', 'no tag')],
  },
  {
    case: 'dx-tor-hidden-service',
    title: 'build metadata without image.name bound as the one tracked image',
    compose: 'docker-compose.yml',
    metadata: 'metadata.json',
    images: ['tor=ghcr.io/acme/tor-hidden-service:v1.0.0'],
    pinned: [
      ['tor', `ghcr.io/acme/tor-hidden-service:v1.0.0@${BUILDX_DOCS_MANIFEST}`, 'buildx-metadata'],
      [
        'nginx',
        'nginx:alpine@sha256:65645c7bb6a0661892a8b03b89d0743208a18dd2f3f17a54ef4b76fb8e2f2a10',
        'reference',
      ],
    ],
    edits: [
      [
        readCase('dx-tor-hidden-service', 'docker-compose.yml').slice(
          readCase('dx-tor-hidden-service', 'docker-compose.yml').indexOf('    build:'),
          readCase('dx-tor-hidden-service', 'docker-compose.yml').indexOf('    volumes:'),
        ),
        `    image: ghcr.io/acme/tor-hidden-service:v1.0.0@${BUILDX_DOCS_MANIFEST}\n`,
      ],
    ],
  },
  {
    case: 'immich-imagetools-metadata',
    title: 'imagetools create metadata (descriptor only, image.name without tags)',
    compose: 'docker-compose.yml',
    metadata: 'metadata.json',
    images: [
      'immich-server=ghcr.io/immich-app/immich-server:v1.0.0',
      'immich-machine-learning=ghcr.io/immich-app/immich-machine-learning:v1.0.0@{immich-machine-learning}',
    ],
    pinned: [
      [
        'immich-server',
        `ghcr.io/immich-app/immich-server:v1.0.0@${BUILDX_DOCS_MANIFEST}`,
        'buildx-metadata',
      ],
      [
        'immich-machine-learning',
        'ghcr.io/immich-app/immich-machine-learning:v1.0.0@{immich-machine-learning}',
        'reference',
      ],
      [
        'redis',
        'docker.io/valkey/valkey:8-bookworm@sha256:a137a2b60aca1a75130022d6bb96af423fefae4eb55faf395732db3544803280',
        'reference',
      ],
      [
        'database',
        'ghcr.io/immich-app/postgres:14-vectorchord0.4.3-pgvectors0.2.0@sha256:32324a2f41df5de9efe1af166b7008c3f55646f8d0e00d9550c16c9822366b4a',
        'reference',
      ],
    ],
    edits: [
      [
        'image: ghcr.io/immich-app/immich-server:${IMMICH_VERSION:-release}\n',
        `image: ghcr.io/immich-app/immich-server:v1.0.0@${BUILDX_DOCS_MANIFEST}\n`,
      ],
      [
        'image: ghcr.io/immich-app/immich-machine-learning:${IMMICH_VERSION:-release}\n',
        'image: ghcr.io/immich-app/immich-machine-learning:v1.0.0@{immich-machine-learning}\n',
      ],
    ],
  },
  {
    case: 'immich-release',
    title: 'interpolated tags replaced through images; images pinned already left alone',
    compose: 'docker-compose.yml',
    images: [
      'immich-server=ghcr.io/immich-app/immich-server:v1.0.0@{immich-server}',
      'immich-machine-learning=ghcr.io/immich-app/immich-machine-learning:v1.0.0@{immich-machine-learning}',
    ],
    pinned: [
      ['immich-server', 'ghcr.io/immich-app/immich-server:v1.0.0@{immich-server}', 'reference'],
      [
        'immich-machine-learning',
        'ghcr.io/immich-app/immich-machine-learning:v1.0.0@{immich-machine-learning}',
        'reference',
      ],
      [
        'redis',
        'docker.io/valkey/valkey:8-bookworm@sha256:a137a2b60aca1a75130022d6bb96af423fefae4eb55faf395732db3544803280',
        'reference',
      ],
      [
        'database',
        'ghcr.io/immich-app/postgres:14-vectorchord0.4.3-pgvectors0.2.0@sha256:32324a2f41df5de9efe1af166b7008c3f55646f8d0e00d9550c16c9822366b4a',
        'reference',
      ],
    ],
    edits: [
      [
        'image: ghcr.io/immich-app/immich-server:${IMMICH_VERSION:-release}\n',
        'image: ghcr.io/immich-app/immich-server:v1.0.0@{immich-server}\n',
      ],
      [
        'image: ghcr.io/immich-app/immich-machine-learning:${IMMICH_VERSION:-release}\n',
        'image: ghcr.io/immich-app/immich-machine-learning:v1.0.0@{immich-machine-learning}\n',
      ],
    ],
  },
  {
    case: 'near-mpc-attested-app-compose',
    title: 'an attested CVM compose: its digest-only image recorded untouched',
    compose: 'docker-compose.yml',
    template: 'template.json',
    pinned: [
      [
        'launcher',
        'nearone/mpc-launcher@sha256:84c7537a2f84d3477eac2e5ef3ba0765b5d688f86096947eea4744ce25b27054',
        'reference',
      ],
    ],
    edits: [],
  },
  {
    case: 'phala-maybe-ai',
    title: 'one image used by two services, bound by repository; latest kept',
    compose: 'docker-compose.yml',
    images: [
      'ghcr.io/maybe-finance/maybe@{web}',
      'db=postgres:16-alpine@{db}',
      'redis=redis:7-alpine@{redis}',
    ],
    pinned: [
      ['db', 'postgres:16-alpine@{db}', 'reference'],
      ['redis', 'redis:7-alpine@{redis}', 'reference'],
      ['web', 'ghcr.io/maybe-finance/maybe:latest@{web}', 'reference'],
      ['worker', 'ghcr.io/maybe-finance/maybe:latest@{web}', 'reference'],
    ],
    edits: [
      ['image: postgres:16-alpine\n', 'image: postgres:16-alpine@{db}\n'],
      ['image: redis:7-alpine\n', 'image: redis:7-alpine@{redis}\n'],
      [
        'image: ghcr.io/maybe-finance/maybe:latest\n',
        'image: ghcr.io/maybe-finance/maybe:latest@{web}\n',
        2,
      ],
    ],
    warnings: [offline('web', 'tag "latest"'), offline('worker', 'tag "latest"')],
  },
  {
    case: 'phala-nextjs-starter',
    title: 'build metadata without image.name bound as the one tracked image; its tag kept',
    compose: 'docker-compose.yml',
    version: 'v0.0.2',
    metadata: 'metadata.json',
    images: ['ghcr.io/phala-network/phala-cloud-nextjs-starter'],
    pinned: [
      [
        'app',
        `ghcr.io/phala-network/phala-cloud-nextjs-starter:v0.0.2@${NEXTJS}`,
        'buildx-metadata',
      ],
    ],
    edits: [
      [
        'image: ghcr.io/phala-network/phala-cloud-nextjs-starter:v0.0.2\n',
        `image: ghcr.io/phala-network/phala-cloud-nextjs-starter:v0.0.2@${NEXTJS}\n`,
      ],
    ],
  },
  {
    case: 'sentry-self-hosted',
    title: 'over a hundred aliases load; an image inherited from an anchor gets its own line',
    compose: 'docker-compose.yml',
    pinAll: false,
    images: ['snuba-api=getsentry/snuba:25.8.0@{snuba-api}', 'nginx@{nginx}'],
    pinned: [
      [
        'seaweedfs',
        'chrislusf/seaweedfs:4.40_large_disk@sha256:d07aa1dae03c687e0737b86130ded1b18474211a09e85d737fbe5508b8805139',
        'reference',
      ],
      ['snuba-api', 'getsentry/snuba:25.8.0@{snuba-api}', 'reference'],
      ['nginx', 'nginx:1.31.3-alpine@{nginx}', 'reference'],
    ],
    edits: [
      [
        '  snuba-api:\n    <<: *snuba_defaults\n',
        '  snuba-api:\n    image: getsentry/snuba:25.8.0@{snuba-api}\n    <<: *snuba_defaults\n',
      ],
      ['image: "nginx:1.31.3-alpine"', 'image: "nginx:1.31.3-alpine@{nginx}"'],
    ],
    warnings: SENTRY_UNPINNED.map(unpinned),
  },
  {
    case: 'springboot-build-push',
    title: 'build-push-action metadata: bound under a tag the build pushed',
    compose: 'docker-compose.yml',
    metadata: 'metadata.json',
    images: [`springboot-crud-app=${SPRING_REPO}:4871afb`],
    pinned: [['springboot-crud-app', `${SPRING_REPO}:4871afb@${SPRINGBOOT}`, 'buildx-metadata']],
    edits: [
      ['    build:\n      context: .\n      dockerfile: Dockerfile\n', ''],
      [
        '    image: springboot-crud-app:latest\n',
        `    image: ${SPRING_REPO}:4871afb@${SPRINGBOOT}\n`,
      ],
    ],
  },
  {
    case: 'springboot-build-push',
    title: 'the same metadata for a tag the build did not push: refused, naming the tags it did',
    compose: 'docker-compose.yml',
    metadata: 'metadata.json',
    images: [`springboot-crud-app=${SPRING_REPO}:v1.0.0`],
    refused: {
      input: 'images',
      // The CLI runs these cases with --offline, which is why the registry is not asked.
      cli: '--offline',
      message: new RegExp(
        `cannot pin ${SPRING_REPO}:v1\\.0\\.0 \\(service "springboot-crud-app"\\): it has no digest and the registry is not consulted; buildx metadata lists docker\\.io/${SPRING_REPO} only as latest, 4871afb, so this build did not push v1\\.0\\.0`,
      ),
    },
  },
  ...((): RealWorldRun[] => {
    const built = [
      'ad',
      'cart',
      'checkout',
      'currency',
      'email',
      'frontend',
      'frontend-proxy',
      'image-provider',
      'load-generator',
      'payment',
      'product-catalog',
      'quote',
      'recommendation',
      'shipping',
      'flagd-ui',
      'telemetry-docs',
    ];
    const pinned = (s: string): string => `ghcr.io/open-telemetry/demo:2.1.0-${s}@{${s}}`;
    const run = {
      case: 'otel-demo-bake',
      compose: 'compose.yaml',
      metadata: 'metadata.json',
      pinAll: false,
      pinned: built.map((s) => [s, pinned(s), 'buildx-metadata'] as const),
      edits: built.flatMap((s) => [
        [`    image: \${IMAGE_NAME}:\${DEMO_VERSION}-${s}\n`, `    image: ${pinned(s)}\n`] as const,
        [buildBlock('otel-demo-bake', 'compose.yaml', s), ''] as const,
      ]),
      warnings: ['flagd', 'astronomy-db', 'valkey-cart', 'otel-collector'].map(unpinned),
    };
    return [
      {
        ...run,
        title:
          'images written with variables from .env, built with bake over the compose file, the version not in this run: each bake target binds to the service of its name',
      },
      {
        ...run,
        title: 'the same, with the variables the build had: metadata binds by image.name',
        env: { DEMO_VERSION: '2.1.0' },
      },
      {
        case: 'otel-demo-bake',
        title:
          'pin-all-images offline: the interpolated images nobody built are refused, each named',
        compose: 'compose.yaml',
        metadata: 'metadata.json',
        refused: {
          input: 'pin-all-images',
          cli: '--offline',
          message:
            /^4 images cannot be pinned: cannot pin ghcr\.io\/open-feature\/flagd:v0\.16\.0 \(service "flagd"\): it has no digest and the registry is not consulted; .*cannot pin postgres:18\.4 \(service "astronomy-db"\).*\(service "valkey-cart"\).*\(service "otel-collector"\)/,
        },
      },
    ];
  })(),
  ...((): RealWorldRun[] => {
    const file = 'docker-compose.base.yml';
    const run = {
      case: 'pycroft-bake-extends',
      compose: file,
      metadata: 'metadata.json',
      pinAll: false,
      pinned: [
        ['base', 'agdsn/pycroft-base:v1.0.0@{base}', 'buildx-metadata'],
        ['dev-base', 'agdsn/pycroft-dev:v1.0.0@{dev-base}', 'buildx-metadata'],
        ['dev', 'agdsn/pycroft-dev:v1.0.0@{dev-base}', 'buildx-metadata'],
      ] as const,
      edits: [
        [
          '    image: agdsn/pycroft-base:${TAG:-latest}\n',
          '    image: agdsn/pycroft-base:v1.0.0@{base}\n',
        ],
        [buildBlock('pycroft-bake-extends', file, 'base'), ''],
        [
          '    image: agdsn/pycroft-dev:${TAG:-latest}\n',
          '    image: agdsn/pycroft-dev:v1.0.0@{dev-base}\n',
        ],
        [buildBlock('pycroft-bake-extends', file, 'dev-base'), ''],
      ] as const,
      warnings: [...['ldap', 'mq', 'keycloak'].map(unpinned), ...['db', 'mail'].map(fromSource)],
    };
    return [
      {
        ...run,
        title:
          'extends within the file, images with ${TAG:-latest}, built with bake: the extending service is pinned through the one it extends',
      },
      { ...run, title: 'the same with TAG set as the build had it', env: { TAG: 'v1.0.0' } },
    ];
  })(),
  {
    case: 'pycroft-bake-extends',
    title: 'one repository item binds the service and the one extending it; the tag as written',
    compose: 'docker-compose.base.yml',
    pinAll: false,
    images: ['agdsn/pycroft-dev@{dev-base}'],
    pinned: [
      ['dev-base', 'agdsn/pycroft-dev:latest@{dev-base}', 'reference'],
      ['dev', 'agdsn/pycroft-dev:latest@{dev-base}', 'reference'],
    ],
    edits: [
      [
        '    image: agdsn/pycroft-dev:${TAG:-latest}\n',
        '    image: agdsn/pycroft-dev:latest@{dev-base}\n',
      ],
      [buildBlock('pycroft-bake-extends', 'docker-compose.base.yml', 'dev-base'), ''],
    ],
    warnings: [
      ...['base', 'ldap', 'mq', 'keycloak'].map(unpinned),
      ...['db', 'mail'].map(fromSource),
      offline('dev-base', 'tag "latest"'),
      offline('dev', 'tag "latest"'),
    ],
  },
  {
    case: 'pycroft-bake-extends',
    title: 'the extended service pinned alone, so the one extending it would change too: refused',
    compose: 'docker-compose.base.yml',
    pinAll: false,
    images: ['dev-base=agdsn/pycroft-dev:v1.0.0@{dev-base}'],
    refused: {
      input: 'compose-file',
      message:
        /^cannot pin docker-compose\.base\.yml in place: the pinned images are written in YAML anchors or "extends" that other services reuse, so the edits would also change service "dev" \(its image would be "agdsn\/pycroft-dev:v1\.0\.0@sha256:[0-9a-f]{64}", not "agdsn\/pycroft-dev:\$\{TAG:-latest\}"\); bind those services to the same images/,
    },
  },
  {
    case: 'pycroft-bake-extends',
    title: 'extends with file: (the file bake builds): refused, naming the file and the line',
    compose: 'docker-compose.prod.yml',
    metadata: 'metadata.json',
    refused: {
      input: 'compose-file',
      message:
        /^docker-compose\.prod\.yml line 5: service "base" extends a service of another file \("extends" with "file:"\), whose services the pinned file would leave out; a dstack CVM receives only the one pinned file, so the release records one self-contained compose file: write it with "docker compose -f docker-compose\.prod\.yml config --no-interpolate > compose\.release\.yml" \(or merge the files by hand\) and point compose-file \(--compose\) at it$/,
    },
  },
  {
    case: 'dfir-iris-extends-file',
    title: 'every service extends one of another file: refused at the first, naming its line',
    compose: 'docker-compose.yml',
    images: ['app=ghcr.io/dfir-iris/iriswebapp_app:v2.4.20@{app}'],
    refused: {
      input: 'compose-file',
      message:
        /^docker-compose\.yml line 21: service "rabbitmq" extends a service of another file \("extends" with "file:"\), whose services the pinned file would leave out; .*docker compose -f docker-compose\.yml config --no-interpolate/,
    },
  },
  {
    case: 'local-ai-packaged-include',
    title: 'include: of another compose file: refused, naming the line',
    compose: 'docker-compose.yml',
    pinAll: false,
    refused: {
      input: 'compose-file',
      message:
        /^docker-compose\.yml line 1: "include:" pulls services from other compose files, which the pinned file would leave out; a dstack CVM receives only the one pinned file, .*docker compose -f docker-compose\.yml config --no-interpolate > compose\.release\.yml/,
    },
  },
  {
    case: 'fastapi-template-override',
    title: 'found by default with an override file beside it: refused, naming both',
    compose: 'compose.yml',
    byDefault: true,
    pinAll: false,
    refused: {
      input: 'compose-file',
      message:
        /^compose\.override\.yml lies beside compose\.yml, and Docker Compose merges it over compose\.yml when it is given no file \("docker compose up"\), so recording compose\.yml alone would not be what Compose runs here; to record compose\.yml by itself, as "docker compose -f compose\.yml up" runs it, give it as compose-file \(--compose compose\.yml\)/,
    },
  },
  {
    case: 'fastapi-template-override',
    title:
      'the compose file given: images with required variables from .env, pinned in their quotes',
    compose: 'compose.yml',
    pinAll: false,
    images: [
      'frontend=ghcr.io/acme/frontend:v1.0.0@{frontend}',
      'prestart=ghcr.io/acme/backend:v1.0.0@{backend}',
      'backend=ghcr.io/acme/backend:v1.0.0@{backend}',
    ],
    pinned: [
      ['prestart', 'ghcr.io/acme/backend:v1.0.0@{backend}', 'reference'],
      ['backend', 'ghcr.io/acme/backend:v1.0.0@{backend}', 'reference'],
      ['frontend', 'ghcr.io/acme/frontend:v1.0.0@{frontend}', 'reference'],
    ],
    edits: [
      [
        "    image: '${DOCKER_IMAGE_BACKEND?Variable not set}:${TAG-latest}'\n",
        "    image: 'ghcr.io/acme/backend:v1.0.0@{backend}'\n",
        2,
      ],
      [buildBlock('fastapi-template-override', 'compose.yml', 'backend'), '', 2],
      [
        "    image: '${DOCKER_IMAGE_FRONTEND?Variable not set}:${TAG-latest}'\n",
        "    image: 'ghcr.io/acme/frontend:v1.0.0@{frontend}'\n",
      ],
      [buildBlock('fastapi-template-override', 'compose.yml', 'frontend'), ''],
    ],
    warnings: ['db', 'adminer'].map(unpinned),
  },
];

/** The cases the runs cover, so a fixture folder without a run fails the suite. */
export const CASES_COVERED = [...new Set(RUNS.map((r) => r.case))].sort();
