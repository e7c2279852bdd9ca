/** Records that dist/ is the build of the current sources. */
export function writeBuildStamp(): void;
/** Whether dist/ is the build of the sources as they are now. */
export function isBuildFresh(): boolean;
/** Builds unless dist/ is fresh; true when it built. */
export function ensureFreshBuild(): boolean;
