import type { RemoteSettings } from '../../src/core/remote-plan.js';

/** The remote settings of a plain run for v1.0.0 (commit, upload, publish), with `over` changed. */
export function remoteSettings(over: Partial<RemoteSettings> = {}): RemoteSettings {
  return {
    tag: 'v1.0.0',
    version: '1.0.0',
    prerelease: false,
    commit: true,
    uploadAssets: true,
    createRelease: true,
    overwrite: false,
    dryRun: false,
    makeLatest: 'auto',
    releasesDir: 'releases',
    ...over,
  };
}
