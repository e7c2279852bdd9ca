#!/usr/bin/env node
// Tags a release of release-tracker itself: the annotated tag vX.Y.Z, the moved major tag vX and the
// releases/vX branch, pushed in one atomic push, and the release notes for `gh release create`.
// CONTRIBUTING.md ("Releasing") says when to run it and what each check is for.
//
//   node scripts/release.mjs X.Y.Z [--dry-run] [--notes-file FILE] [--remote NAME]
//
// Exit codes: 0 released (or, with --dry-run, would release), 1 a check refused the release or git
// failed, 2 usage.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const USAGE =
  'usage: node scripts/release.mjs <X.Y.Z> [--dry-run] [--notes-file FILE] [--remote NAME]';

class UsageError extends Error {}

function parseArgs(argv) {
  const options = { version: undefined, dryRun: false, notesFile: undefined, remote: 'origin' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--dry-run') options.dryRun = true;
    else if (arg === '--notes-file' || arg === '--remote') {
      const value = argv[++i];
      if (!value || value.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      if (arg === '--notes-file') options.notesFile = value;
      else options.remote = value;
    } else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}`);
    else if (options.version === undefined) options.version = arg;
    else throw new UsageError(`unexpected argument ${arg}`);
  }
  if (options.version === undefined) throw new UsageError('the version to release is missing');
  return options;
}

// Release versions are plain X.Y.Z (no pre-release or build part): the major tag vX must only ever
// point at a finished release.
const VERSION = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
const RELEASE_TAG = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

function parseVersion(text) {
  const m = VERSION.exec(text);
  if (!m) throw new UsageError(`version "${text}" is not X.Y.Z (for example 1.2.3)`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

const compare = (a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
const tagOf = (v) => `v${v.join('.')}`;

function git(cwd, args) {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (result.error) throw new Error(`cannot run git: ${result.error.message}`);
  if (result.status !== 0) {
    throw new Error(`git ${args.join(' ')} failed:\n${(result.stderr || result.stdout).trim()}`);
  }
  return result.stdout.trim();
}

function gitMaybe(cwd, args) {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

// Which branch a version is released from, and whether it moves the major tag. A version higher
// than every release comes from main. Anything lower is a hotfix on an older line: the newest
// release of its major comes from releases/vX and moves vX; a patch below that comes from
// releases/vX.Y and leaves vX where it is, on the newer release of the same major.
function classify(version, releases) {
  const tag = tagOf(version);
  if (releases.some((r) => compare(r, version) === 0)) {
    throw new Error(`${tag} is already released (the tag exists); choose a new version`);
  }
  const above = (list) => list.every((r) => compare(version, r) > 0);
  const highest = (list) => tagOf([...list].sort(compare).at(-1));
  const [major, minor] = version;
  const ofMajor = releases.filter((r) => r[0] === major);
  const ofLine = ofMajor.filter((r) => r[1] === minor);
  if (above(releases)) return { branch: 'main', latest: true, moveMajor: true };
  if (ofMajor.length > 0 && above(ofMajor)) {
    return { branch: `releases/v${major}`, latest: false, moveMajor: true };
  }
  if (ofLine.length > 0 && above(ofLine)) {
    return { branch: `releases/v${major}.${minor}`, latest: false, moveMajor: false };
  }
  if (ofMajor.length === 0) {
    throw new Error(
      `${tag} is not higher than the latest release ${highest(releases)}, and there is no v${major} ` +
        `line to hotfix: a new version must be higher than ${highest(releases)}`,
    );
  }
  if (ofLine.length === 0) {
    throw new Error(
      `${tag} is not higher than ${highest(ofMajor)}, the latest v${major} release, and there is ` +
        `no v${major}.${minor} line to hotfix`,
    );
  }
  throw new Error(
    `${tag} is not higher than ${highest(ofLine)}, the latest v${major}.${minor} release`,
  );
}

// The body of the `## [X.Y.Z]` section (Keep a Changelog: `## [1.2.0] - 2026-01-31`), without the
// link reference definitions that close the file, or null when there is no such section.
function changelogSection(text, version) {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((line) => /^## \[([^\]]+)\]/.exec(line)?.[1] === version);
  if (start === -1) return null;
  const next = lines.findIndex((line, i) => i > start && /^## /.test(line));
  const body = lines.slice(start + 1, next === -1 ? lines.length : next);
  const isTrailer = (line) => line.trim() === '' || /^\[[^\]]+\]:\s/.test(line);
  while (body.length > 0 && isTrailer(body.at(-1))) body.pop();
  while (body.length > 0 && body[0].trim() === '') body.shift();
  return unwrap(body).join('\n');
}

// GitHub shows a single newline in a release body as a line break: join the lines of wrapped
// paragraphs and list items, and leave code blocks, tables, headings and list starts as they are.
function unwrap(lines) {
  const fence = /^\s*(```|~~~)/;
  const out = [];
  let fenced = false;
  for (const line of lines) {
    const previous = out.at(-1);
    if (fence.test(line)) fenced = !fenced;
    const continues =
      !fenced &&
      !fence.test(line) &&
      line.trim() !== '' &&
      !/^\s*([-*+]\s|\d+[.)]\s|#|\||>)/.test(line) &&
      previous !== undefined &&
      previous.trim() !== '' &&
      !/^\s*(#|\||```|~~~)/.test(previous);
    if (continues) out[out.length - 1] = `${previous} ${line.trim()}`;
    else out.push(line);
  }
  return out;
}

function sha256(path) {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

function writeAtomically(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}

function check(options) {
  const cwd = process.cwd();
  const top = gitMaybe(cwd, ['rev-parse', '--show-toplevel']);
  if (!top) throw new Error(`${cwd} is not in a git repository`);
  const version = parseVersion(options.version);
  const tag = tagOf(version);
  const versionText = version.join('.');
  const { remote } = options;
  if (gitMaybe(top, ['remote', 'get-url', remote]) === null) {
    throw new Error(`there is no git remote "${remote}" (--remote names the one to push to)`);
  }

  // The remote is the truth: its branches and tags decide, not what this clone last fetched. The
  // fetch brings their commits and makes the local tags match (moved major tags included).
  git(top, ['fetch', '--quiet', '--tags', '--force', remote]);
  const remoteRefs = new Map(
    git(top, ['ls-remote', '--heads', '--tags', remote])
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split('\t').reverse()),
  );
  const releases = [...remoteRefs.keys()]
    .map((ref) => ref.replace(/^refs\/tags\//, ''))
    .filter((name) => RELEASE_TAG.test(name))
    .map((name) => parseVersion(name));
  const kind = classify(version, releases);
  if (gitMaybe(top, ['rev-parse', '--verify', '--quiet', `refs/tags/${tag}`]) !== null) {
    throw new Error(
      `tag ${tag} exists in this clone but not on ${remote}: delete it (git tag --delete ${tag})`,
    );
  }

  const branch = gitMaybe(top, ['symbolic-ref', '--quiet', '--short', 'HEAD']);
  if (branch !== kind.branch) {
    const why =
      kind.branch === 'main'
        ? `it is higher than every release, so it is released from main`
        : kind.moveMajor
          ? `it is a hotfix on the older v${version[0]} line, released from ${kind.branch}`
          : `it is a hotfix below the latest v${version[0]} release, released from ${kind.branch}`;
    throw new Error(
      `${tag}: ${why}, but HEAD is ${branch ? `on ${branch}` : 'detached'}; check out ${kind.branch}`,
    );
  }
  const dirty = git(top, ['status', '--porcelain', '--untracked-files=normal']);
  if (dirty) {
    throw new Error(`the working tree is not clean; commit or stash first:\n${dirty}`);
  }
  const head = git(top, ['rev-parse', 'HEAD']);
  const upstream = remoteRefs.get(`refs/heads/${branch}`);
  if (upstream === undefined) {
    throw new Error(`${branch} is not on ${remote}; push it (through review) before releasing`);
  }
  if (upstream !== head) {
    throw new Error(
      `${branch} (${head.slice(0, 12)}) differs from ${remote}/${branch} (${upstream.slice(0, 12)}): ` +
        `a release tags exactly what ${remote} has; pull or push first`,
    );
  }

  const pkg = JSON.parse(readFileSync(join(top, 'package.json'), 'utf8'));
  if (pkg.version !== versionText) {
    throw new Error(
      `package.json says version ${pkg.version}, not ${versionText}: set it (npm version ` +
        `${versionText} --no-git-tag-version), commit through review, then release`,
    );
  }

  // The committed bundle is what `uses: …@vX` and the packed CLI run.
  const bin = typeof pkg.bin === 'string' ? pkg.bin : Object.values(pkg.bin ?? {})[0];
  const cli = (bin ?? 'dist/cli/index.js').replace(/^\.\//, '');
  const required = ['dist/index.js', cli];
  const bundle = git(top, ['ls-files', '--', 'dist'])
    .split('\n')
    .filter((path) => path.endsWith('.js'));
  const missing = required.filter((path) => !bundle.includes(path));
  if (missing.length > 0) {
    throw new Error(`${missing.join(', ')} not committed: run npm run build and commit dist/`);
  }

  let changelog;
  try {
    changelog = readFileSync(join(top, 'CHANGELOG.md'), 'utf8');
  } catch {
    throw new Error('CHANGELOG.md is missing');
  }
  const section = changelogSection(changelog, versionText);
  if (section === null) {
    throw new Error(
      `CHANGELOG.md has no "## [${versionText}]" section: move the Unreleased entries under ` +
        `"## [${versionText}] - <date>", commit through review, then release`,
    );
  }
  if (section.trim() === '') throw new Error(`CHANGELOG.md's [${versionText}] section is empty`);
  const warnings = [];
  if (changelogSection(changelog, 'Unreleased')?.trim()) {
    warnings.push(
      `CHANGELOG.md's [Unreleased] section still lists changes; ${tag} leaves them out`,
    );
  }

  const majorTag = `v${version[0]}`;
  const releasesBranch = `releases/${majorTag}`;
  const majorBefore = remoteRefs.get(`refs/tags/${majorTag}`) ?? null;
  const branchTip = remoteRefs.get(`refs/heads/${releasesBranch}`) ?? null;
  if (kind.moveMajor) {
    if (branchTip && gitMaybe(top, ['merge-base', '--is-ancestor', branchTip, head]) === null) {
      throw new Error(
        `${remote}/${releasesBranch} has commits that ${tag} does not contain; merge them into ` +
          `${branch} first, so that ${releasesBranch} can move forward to ${tag}`,
      );
    }
  }
  if (!options.dryRun && gitMaybe(top, ['var', 'GIT_COMMITTER_IDENT']) === null) {
    throw new Error('git has no identity for the annotated tags: set user.name and user.email');
  }

  const files = bundle.map((path) => ({ path, sha256: sha256(join(top, path)) }));
  const notes = [
    section,
    '',
    '### Bundle',
    '',
    `Commit \`${head}\`. The action runs \`dist/index.js\`; the CLI runs \`${cli}\`.`,
    'Check a checkout or an unpacked package with `sha256sum`:',
    '',
    '| file | sha256 |',
    '| ---- | ------ |',
    ...files.map((f) => `| \`${f.path}\` | \`${f.sha256}\` |`),
    '',
  ].join('\n');
  const notesFile = resolve(cwd, options.notesFile ?? join(top, '.tmp', `release-notes-${tag}.md`));

  return {
    top,
    tag,
    version: versionText,
    head,
    branch,
    remote,
    ...kind,
    majorTag,
    majorBefore,
    releasesBranch,
    releasesBranchExists: branchTip !== null,
    notes,
    notesFile,
    warnings,
  };
}

function describe(plan, dryRun) {
  const would = dryRun ? 'would ' : '';
  const short = plan.head.slice(0, 12);
  const lines = [
    `${plan.tag} from ${plan.branch} at ${short}` +
      (plan.latest ? ' (the highest release: mark it latest)' : ' (a hotfix: not latest)'),
    `  ${would}create annotated tag ${plan.tag} on ${short}`,
  ];
  if (plan.moveMajor) {
    lines.push(
      `  ${would}${plan.majorBefore ? 'move' : 'create'} annotated tag ${plan.majorTag} on ${short}`,
      plan.releasesBranchExists
        ? `  ${would}fast-forward branch ${plan.releasesBranch} to ${short}`
        : `  ${would}create branch ${plan.releasesBranch} on ${short}`,
    );
  } else {
    lines.push(
      `  leave ${plan.majorTag} and ${plan.releasesBranch} on the newer ${plan.majorTag} release`,
    );
  }
  const refs = [plan.tag, ...(plan.moveMajor ? [plan.majorTag, plan.releasesBranch] : [])];
  lines.push(`  ${would}push ${refs.join(', ')} to ${plan.remote} in one atomic push`);
  lines.push(
    `  ${would}write the release notes to ${relative(process.cwd(), plan.notesFile) || plan.notesFile}`,
  );
  return lines.join('\n');
}

function release(plan) {
  const { top, tag, majorTag } = plan;
  const majorLocal = gitMaybe(top, ['rev-parse', '--verify', '--quiet', `refs/tags/${majorTag}`]);
  const push = ['push', '--atomic', '--quiet', plan.remote, `refs/tags/${tag}:refs/tags/${tag}`];
  try {
    git(top, ['tag', '--annotate', '--message', `${tag} Release`, tag, plan.head]);
    if (plan.moveMajor) {
      git(top, [
        'tag',
        '--force',
        '--annotate',
        '--message',
        `Sync ${majorTag} tag with ${tag}`,
        majorTag,
        plan.head,
      ]);
      // Forced only when the remote still has the major tag this run read (absent for a new major).
      push.push(
        `--force-with-lease=refs/tags/${majorTag}:${plan.majorBefore ?? ''}`,
        `refs/tags/${majorTag}:refs/tags/${majorTag}`,
        `${plan.head}:refs/heads/${plan.releasesBranch}`,
      );
    }
    git(top, push);
  } catch (error) {
    // Leave the local tags as they were, so that a retry starts from the same state.
    gitMaybe(top, ['tag', '--delete', tag]);
    if (plan.moveMajor) {
      if (majorLocal) gitMaybe(top, ['update-ref', `refs/tags/${majorTag}`, majorLocal]);
      else gitMaybe(top, ['tag', '--delete', majorTag]);
    }
    throw error;
  }
  writeAtomically(plan.notesFile, plan.notes);
  if (process.env.GITHUB_OUTPUT) {
    appendFileSync(
      process.env.GITHUB_OUTPUT,
      [
        `tag=${tag}`,
        `version=${plan.version}`,
        `latest=${plan.latest}`,
        `notes-file=${plan.notesFile}`,
        `major-tag=${plan.moveMajor ? majorTag : ''}`,
        '',
      ].join('\n'),
    );
  }
}

function main() {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
    parseVersion(options.version);
  } catch (error) {
    console.error(`release: ${error.message}\n${USAGE}`);
    return 2;
  }
  try {
    const plan = check(options);
    for (const warning of plan.warnings) console.error(`release: warning: ${warning}`);
    console.log(describe(plan, options.dryRun));
    if (options.dryRun) {
      console.log(`\nRelease notes:\n\n${plan.notes}`);
      return 0;
    }
    release(plan);
    console.log(
      `\nReleased ${plan.tag}. Next: gh release create ${plan.tag} --verify-tag --title ${plan.tag} ` +
        `--notes-file ${relative(process.cwd(), plan.notesFile) || plan.notesFile} --latest=${plan.latest} ` +
        `(the Release workflow does this)`,
    );
    return 0;
  } catch (error) {
    console.error(`release: ${error.message}`);
    return 1;
  }
}

process.exitCode = main();
