/**
 * How errors and warnings name what the user gave: the action's inputs, or the CLI's flags and
 * arguments. Each front end puts its map in the request it builds, so a message reached through
 * the CLI never names an action input, and the reverse.
 */
export interface InputNames {
  /** The release tag (the action's `tag`, the CLI's version argument). */
  readonly tag: string;
  readonly images: string;
  readonly metadata: string;
  readonly compose: string;
  readonly template: string;
  readonly appName: string;
  readonly releasesDir: string;
  /** What has images the release did not build pinned from their registry. */
  readonly pinAll: string;
  /** What keeps the registry from being asked, where there is such a switch; else null. */
  readonly offline: string | null;
  readonly overwrite: string;
  /** Instructions, as the end of a sentence ("…; set overwrite: true to replace it"). */
  readonly say: {
    /** How to leave images the release did not build unpinned. */
    readonly pinAllOff: string;
    /** Why such an image stays unpinned. */
    readonly pinAllIsOff: string;
    /** How to let generation ask the registry. */
    readonly allowLookups: string;
    /** How to replace a different record. */
    readonly overwrite: string;
  };
}

export const ACTION_NAMES: InputNames = {
  tag: 'tag',
  images: 'images',
  metadata: 'metadata',
  compose: 'compose-file',
  template: 'app-compose-template',
  appName: 'app-name',
  releasesDir: 'releases-dir',
  pinAll: 'pin-all-images',
  offline: null,
  overwrite: 'overwrite',
  say: {
    pinAllOff: 'turn pin-all-images off',
    pinAllIsOff: 'pin-all-images is off',
    allowLookups: 'allow registry look-ups',
    overwrite: 'set overwrite: true',
  },
};

export const CLI_NAMES: InputNames = {
  tag: 'version',
  images: 'image argument',
  metadata: '--metadata',
  compose: '--compose',
  template: '--app-compose-template',
  appName: '--app-name',
  releasesDir: '--dir',
  pinAll: '--no-pin-all',
  offline: '--offline',
  overwrite: '--overwrite',
  say: {
    pinAllOff: 'pass --no-pin-all',
    pinAllIsOff: '--no-pin-all',
    allowLookups: 'run without --offline',
    overwrite: 'pass --overwrite',
  },
};
