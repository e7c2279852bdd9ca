import type { RemoteRunSettings } from '../../src/action/remote.js';
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
    makeLatest: 'auto',
    releasesDir: 'releases',
    ...over,
  };
}

/** What the executor takes for that run: the default branch, named by the event, and the message. */
export function remoteRunSettings(over: Partial<RemoteRunSettings> = {}): RemoteRunSettings {
  return {
    ...remoteSettings(),
    branch: '',
    defaultBranch: 'main',
    commitMessage: 'chore(release): record v1.0.0 [skip ci]',
    ...over,
  };
}
