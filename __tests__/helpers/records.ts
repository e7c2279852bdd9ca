import { createHash } from 'node:crypto';
import { serializeRecord } from '../../src/core/release-record.js';
import type { Generated } from '../../src/core/remote-plan.js';
import type { StoredFiles } from '../../src/core/same-release.js';
import type { ReleaseRecord } from '../../src/core/types.js';

const sha256 = (bytes: Buffer | string): string => createHash('sha256').update(bytes).digest('hex');

export interface RecordOptions {
  readonly version?: string;
  /** The app image's digest character (`sha256:` + 64 of it). */
  readonly digest?: string;
  readonly createdAt?: string;
  readonly runAttempt?: string;
  /** Without platforms, as when the registry could not be asked. */
  readonly noPlatforms?: boolean;
  /** Extra text in the compose file (a different pinned file, same images). */
  readonly composeExtra?: string;
}

/**
 * A release as generation makes it: a pinned compose file, the app-compose document embedding it,
 * and a record whose hashes match both. Runs that differ only in time or attempt give the same
 * compose and app-compose bytes and a different record file.
 */
export function makeRelease(opts: RecordOptions = {}): Generated {
  const version = opts.version ?? '1.0.0';
  const digest = `sha256:${(opts.digest ?? 'a').repeat(64)}`;
  const reference = `ghcr.io/acme/app:${version}@${digest}`;
  const compose = `services:\n  app:\n    image: ${reference}\n${opts.composeExtra ?? ''}`;
  const app = `${JSON.stringify({
    docker_compose_file: compose,
    manifest_version: 2,
    name: 'app',
    runner: 'docker-compose',
  })}`;
  const prefix = `v${version}`;
  const record: ReleaseRecord = {
    schema: 'release-tracker/release-info@1',
    version,
    tag: prefix,
    created_at: opts.createdAt ?? '2026-01-31T12:00:00Z',
    repository: 'acme/app',
    git: { commit: 'c'.repeat(40), ref: `refs/tags/${prefix}` },
    workflow: {
      run_id: '7',
      run_attempt: opts.runAttempt ?? '1',
      url: 'https://github.com/acme/app/actions/runs/7',
    },
    images: [
      {
        service: 'app',
        repository: 'ghcr.io/acme/app',
        tag: version,
        digest,
        reference,
        platforms: opts.noPlatforms
          ? []
          : [{ platform: 'linux/amd64', digest: `sha256:${'b'.repeat(64)}` }],
        source: 'buildx-metadata',
      },
    ],
    compose_hash: sha256(app),
    files: {
      app_compose: { path: `releases/${prefix}-app-compose.json`, sha256: sha256(app) },
      docker_compose: { path: `releases/${prefix}-docker-compose.yml`, sha256: sha256(compose) },
    },
  };
  const file = (suffix: string, content: string) => ({
    name: `${prefix}-${suffix}`,
    path: `releases/${prefix}-${suffix}`,
    content: Buffer.from(content),
  });
  return {
    record,
    files: [
      file('release-info.json', serializeRecord(record)),
      file('app-compose.json', app),
      file('docker-compose.yml', compose),
    ],
  };
}

/** The release's files as a place would store them. */
export function stored(release: Generated): StoredFiles {
  const [info, app, compose] = release.files;
  return { releaseInfo: info.content, appCompose: app.content, dockerCompose: compose.content };
}
