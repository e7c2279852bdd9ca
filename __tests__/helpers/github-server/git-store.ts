/**
 * The repository behind the GitHub test server: a real bare git repository. Objects and refs are
 * read and written as git stores them (loose zlib files, ref files, packed-refs), refs moved by
 * `git update-ref`, so a commit made through the API can be checked with `git log` / `git show`.
 * Spawning git for every object costs ~4 ms of this process's time, which made 20 concurrent
 * clients take a minute; anything unusual still goes to git.
 */
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { access, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deflateSync, inflateSync } from 'node:zlib';
import { isoSeconds } from './clock.js';

export interface TreeEntry {
  readonly mode: string;
  readonly type: 'blob' | 'tree' | 'commit';
  readonly sha: string;
  /** Blob size in bytes; undefined for trees and submodules. */
  readonly size?: number;
  readonly path: string;
}

export interface Person {
  readonly name: string;
  readonly email: string;
  /** ISO 8601, `2024-01-01T00:00:00Z` */
  readonly date: string;
}

export interface CommitObject {
  readonly tree: string;
  readonly parents: readonly string[];
  readonly author: Person;
  readonly committer: Person;
  readonly message: string;
}

/** A commit on a branch, as `commitsOn` lists it. */
export interface BranchCommit {
  readonly sha: string;
  readonly parents: readonly string[];
  readonly message: string;
  readonly author: Person;
  readonly committer: Person;
  /** Paths this commit changed against its first parent. */
  readonly files: readonly string[];
}

export interface TreeChange {
  readonly path: string;
  readonly mode: string;
  readonly type: 'blob' | 'tree' | 'commit';
  /** null deletes the path. */
  readonly sha: string | null;
}

const SHA = /^[0-9a-f]{40}$/;
const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

interface GitObject {
  readonly type: string;
  readonly content: Buffer;
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

/** `Name <email> seconds +0000`, with what git strips from names and addresses stripped. */
function ident(person: Person): string {
  const clean = (value: string): string =>
    value.replace(/[<>\n]/g, '').replace(/^[\s.,:;"'\\]+|[\s.,:;"'\\]+$/g, '');
  return `${clean(person.name)} <${clean(person.email)}> ${gitDate(person.date)}`;
}

export class GitFailure extends Error {}

/** The entries of a tree object's content: `<mode> <name>\0<20-byte sha>` each. */
function parseTree(data: Buffer): Omit<TreeEntry, 'size'>[] {
  const entries: Omit<TreeEntry, 'size'>[] = [];
  let at = 0;
  while (at < data.length) {
    const space = data.indexOf(32, at);
    const nul = data.indexOf(0, space);
    const mode = data.subarray(at, space).toString('latin1').padStart(6, '0');
    const type = mode === '040000' ? 'tree' : mode === '160000' ? 'commit' : 'blob';
    entries.push({
      mode,
      type,
      sha: data.subarray(nul + 1, nul + 21).toString('hex'),
      path: data.subarray(space + 1, nul).toString('utf8'),
    });
    at = nul + 21;
  }
  return entries;
}

export class GitRepo {
  private readonly locks = new Map<string, Promise<void>>();

  constructor(readonly dir: string) {}

  /**
   * A new bare repository whose `branch` holds one commit of `files`, as an initial push makes.
   * Returns that commit.
   */
  async init(
    branch: string,
    files: Readonly<Record<string, string | Buffer>>,
    author: Person,
  ): Promise<string> {
    await this.out(['init', '--quiet', '--bare', `--initial-branch=${branch}`]);
    const changes: TreeChange[] = [];
    for (const [path, content] of Object.entries(files)) {
      const sha = await this.writeBlob(Buffer.from(content));
      changes.push({ path, mode: '100644', type: 'blob', sha });
    }
    const tree = await this.buildTree(null, changes);
    const commit = await this.commitTree(tree, [], 'Initial commit', author, author);
    await this.out(['update-ref', `refs/heads/${branch}`, commit]);
    return commit;
  }

  /** Runs `fn` alone among callers with the same `key` (a ref): reads and writes of it cannot interleave. */
  async exclusive<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const previous = this.locks.get(key) ?? Promise.resolve();
    let release = (): void => undefined;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => mine);
    this.locks.set(key, tail);
    await previous;
    try {
      return await fn();
    } finally {
      release();
      if (this.locks.get(key) === tail) this.locks.delete(key);
    }
  }

  /** Runs git on the repository; `code` is its exit status. */
  run(
    args: readonly string[],
    input?: Buffer | string,
    env: Record<string, string> = {},
  ): Promise<{ code: number; stdout: Buffer; stderr: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn('git', ['--git-dir', this.dir, ...args], {
        env: {
          PATH: process.env['PATH'] ?? '/usr/bin:/bin',
          HOME: this.dir,
          GIT_CONFIG_NOSYSTEM: '1',
          GIT_CONFIG_GLOBAL: '/dev/null',
          LC_ALL: 'C',
          ...env,
        },
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (d: Buffer) => out.push(d));
      child.stderr.on('data', (d: Buffer) => err.push(d));
      child.on('error', reject);
      child.on('close', (code) =>
        resolve({
          code: code ?? -1,
          stdout: Buffer.concat(out),
          stderr: Buffer.concat(err).toString('utf8'),
        }),
      );
      child.stdin.on('error', () => undefined);
      child.stdin.end(input ?? '');
    });
  }

  /** stdout of a git command that must succeed. */
  async out(
    args: readonly string[],
    input?: Buffer | string,
    env?: Record<string, string>,
  ): Promise<Buffer> {
    const result = await this.run(args, input, env);
    if (result.code !== 0) throw new GitFailure(`git ${args.join(' ')}: ${result.stderr.trim()}`);
    return result.stdout;
  }

  async text(
    args: readonly string[],
    input?: Buffer | string,
    env?: Record<string, string>,
  ): Promise<string> {
    return (await this.out(args, input, env)).toString('utf8').trim();
  }

  /**
   * Object `sha` read from its loose file, which is where this server (and git plumbing) writes
   * every object; objects git packed are read through git. null when there is no such object.
   */
  async readObject(sha: string): Promise<GitObject | null> {
    if (!SHA.test(sha)) return null;
    let stored: Buffer | undefined;
    try {
      stored = await readFile(join(this.dir, 'objects', sha.slice(0, 2), sha.slice(2)));
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
    if (stored) {
      const raw = inflateSync(stored);
      const nul = raw.indexOf(0);
      const type = raw.subarray(0, nul).toString('latin1').split(' ')[0] ?? '';
      return { type, content: raw.subarray(nul + 1) };
    }
    const result = await this.run(['cat-file', '--batch'], `${sha}\n`);
    const newline = result.stdout.indexOf(10);
    const header = /^[0-9a-f]{40} (\w+) (\d+)$/.exec(
      result.stdout.subarray(0, newline).toString('utf8'),
    );
    if (!header?.[1] || !header[2]) return null;
    return {
      type: header[1],
      content: result.stdout.subarray(newline + 1, newline + 1 + Number(header[2])),
    };
  }

  /** Stores an object as git does (a zlib-deflated loose file named by its SHA-1), atomically. */
  async writeObject(type: string, content: Buffer): Promise<string> {
    const stored = Buffer.concat([Buffer.from(`${type} ${content.length}\0`, 'latin1'), content]);
    const sha = createHash('sha1').update(stored).digest('hex');
    const dir = join(this.dir, 'objects', sha.slice(0, 2));
    const file = join(dir, sha.slice(2));
    try {
      await access(file);
      return sha;
    } catch {
      // not there yet
    }
    await mkdir(dir, { recursive: true });
    const temporary = join(dir, `tmp_obj_${randomBytes(8).toString('hex')}`);
    await writeFile(temporary, deflateSync(stored), { mode: 0o444 });
    await rename(temporary, file);
    return sha;
  }

  /** The object's type, or null when there is no such object. */
  async typeOf(sha: string): Promise<string | null> {
    return (await this.readObject(sha))?.type ?? null;
  }

  /** What a full ref name (`refs/heads/main`) points at, or null: its loose file, else packed-refs. */
  async readRef(ref: string, depth = 0): Promise<string | null> {
    const parts = ref.split('/');
    if (
      parts[0] !== 'refs' ||
      parts.length < 2 ||
      parts.some((p) => p === '' || p === '.' || p === '..' || p.endsWith('.lock')) ||
      /[\0\\]/.test(ref)
    ) {
      return null;
    }
    try {
      const value = (await readFile(join(this.dir, ref), 'utf8')).trim();
      if (SHA.test(value)) return value;
      const target = /^ref: (refs\/\S+)$/.exec(value)?.[1];
      return target && depth < 5 ? this.readRef(target, depth + 1) : null;
    } catch (error) {
      if (!isMissing(error) && (error as NodeJS.ErrnoException).code !== 'EISDIR') throw error;
    }
    try {
      for (const line of (await readFile(join(this.dir, 'packed-refs'), 'utf8')).split('\n')) {
        const m = /^([0-9a-f]{40}) (.+)$/.exec(line);
        if (m?.[1] && m[2] === ref) return m[1];
      }
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
    return null;
  }

  /** A revision (branch, tag, sha, `x^{tree}`, `x^{commit}`) as a sha, or null. */
  async resolve(rev: string): Promise<string | null> {
    if (
      rev === '' ||
      rev.startsWith('-') ||
      /[\s\0~:?*[\\]|\.\.|@\{/.test(rev.replace(/\^\{(tree|commit)\}$/, ''))
    ) {
      return null;
    }
    const peel = /\^\{(tree|commit)\}$/.exec(rev)?.[1] as 'tree' | 'commit' | undefined;
    const name = peel ? rev.slice(0, rev.length - peel.length - 3) : rev;
    let sha: string | null = null;
    if (SHA.test(name)) {
      sha = (await this.readObject(name)) ? name : null;
    } else if (!name.includes('^')) {
      // git's order for a short name: refs/<name>, tags, then branches.
      for (const ref of [
        name,
        `refs/${name}`,
        `refs/tags/${name}`,
        `refs/heads/${name}`,
        `refs/remotes/${name}`,
        `refs/remotes/${name}/HEAD`,
      ]) {
        sha = await this.readRef(ref);
        if (sha) break;
      }
    }
    if (sha) return peel ? this.peel(sha, peel) : sha;
    // Anything else (HEAD, abbreviated names, ancestry) as git itself reads it.
    const result = await this.run(['rev-parse', '--verify', '--quiet', rev]);
    const parsed = result.stdout.toString('utf8').trim();
    return result.code === 0 && SHA.test(parsed) ? parsed : null;
  }

  /** `sha` peeled (through annotated tags, from a commit to its tree) to a `type`, or null. */
  private async peel(sha: string, type: 'tree' | 'commit'): Promise<string | null> {
    let current = sha;
    for (let i = 0; i < 10; i++) {
      const object = await this.readObject(current);
      if (!object) return null;
      if (object.type === type) return current;
      const header = object.content.toString('utf8');
      if (object.type === 'tag') current = /^object ([0-9a-f]{40})$/m.exec(header)?.[1] ?? '';
      else if (object.type === 'commit' && type === 'tree')
        current = /^tree ([0-9a-f]{40})$/m.exec(header)?.[1] ?? '';
      else return null;
    }
    return null;
  }

  async writeBlob(content: Buffer): Promise<string> {
    return this.writeObject('blob', content);
  }

  async readBlob(sha: string): Promise<Buffer> {
    const object = await this.readObject(sha);
    if (object?.type !== 'blob') throw new GitFailure(`${sha} is not a blob`);
    return object.content;
  }

  /** The entries of tree `sha` as stored (no sizes). */
  private async treeEntries(sha: string): Promise<Omit<TreeEntry, 'size'>[]> {
    const object = await this.readObject(sha);
    if (object?.type !== 'tree') throw new GitFailure(`${sha} is not a tree`);
    return parseTree(object.content);
  }

  /** As `git ls-tree -l [-r -t]`: a tree-ish's entries (recursively: trees before their contents). */
  async lsTree(treeish: string, recursive = false): Promise<TreeEntry[]> {
    const tree = await this.resolve(`${treeish}^{tree}`);
    if (!tree) throw new GitFailure(`not a tree: ${treeish}`);
    const list = async (sha: string, prefix: string): Promise<TreeEntry[]> => {
      const out: TreeEntry[] = [];
      for (const e of await this.treeEntries(sha)) {
        const path = `${prefix}${e.path}`;
        if (e.type === 'blob') {
          const size = (await this.readObject(e.sha))?.content.length ?? 0;
          out.push({ ...e, path, size });
        } else {
          out.push({ ...e, path });
        }
        if (recursive && e.type === 'tree') out.push(...(await list(e.sha, `${path}/`)));
      }
      return out;
    };
    return list(tree, '');
  }

  /** Writes a tree of `entries` (any order; stored in git's order: names, a tree's as `name/`). */
  async mktree(
    entries: readonly { mode: string; type: string; sha: string; name: string }[],
  ): Promise<string> {
    const key = (e: { type: string; name: string }): Buffer =>
      Buffer.from(e.type === 'tree' ? `${e.name}/` : e.name, 'utf8');
    const sorted = [...entries].sort((a, b) => Buffer.compare(key(a), key(b)));
    return this.writeObject(
      'tree',
      Buffer.concat(
        sorted.flatMap((e) => [
          Buffer.from(`${e.mode.replace(/^0+/, '')} ${e.name}\0`, 'utf8'),
          Buffer.from(e.sha, 'hex'),
        ]),
      ),
    );
  }

  async readCommit(sha: string): Promise<CommitObject> {
    const object = await this.readObject(sha);
    if (object?.type !== 'commit') throw new GitFailure(`${sha} is not a commit`);
    const raw = object.content.toString('utf8');
    const split = raw.indexOf('\n\n');
    const header = split < 0 ? raw : raw.slice(0, split);
    const message = split < 0 ? '' : raw.slice(split + 2);
    let tree = '';
    const parents: string[] = [];
    let author: Person | undefined;
    let committer: Person | undefined;
    for (const line of header.split('\n')) {
      if (line.startsWith(' ')) continue; // continuation of a multi-line header (gpgsig)
      const space = line.indexOf(' ');
      const key = line.slice(0, space);
      const value = line.slice(space + 1);
      if (key === 'tree') tree = value;
      else if (key === 'parent') parents.push(value);
      else if (key === 'author') author = parsePerson(value);
      else if (key === 'committer') committer = parsePerson(value);
    }
    if (!author || !committer || !SHA.test(tree))
      throw new GitFailure(`cannot parse commit ${sha}`);
    return { tree, parents, author, committer, message };
  }

  /** Writes a commit as `git commit-tree` would; the message is stored as it is, as GitHub does. */
  async commitTree(
    tree: string,
    parents: readonly string[],
    message: string,
    author: Person,
    committer: Person,
  ): Promise<string> {
    const lines = [
      `tree ${tree}`,
      ...parents.map((p) => `parent ${p}`),
      `author ${ident(author)}`,
      `committer ${ident(committer)}`,
    ];
    return this.writeObject('commit', Buffer.from(`${lines.join('\n')}\n\n${message}`, 'utf8'));
  }

  /** Moves `ref` from `expected` to `sha` atomically; false when it no longer was at `expected`. */
  async updateRef(ref: string, sha: string, expected: string): Promise<boolean> {
    return (await this.run(['update-ref', ref, sha, expected])).code === 0;
  }

  /**
   * A commit of `files` (null deletes) on the head of `branch`, as a push would make; the branch
   * moves to it unless it moved meanwhile (an error). Returns the new head.
   */
  async commitFiles(
    branch: string,
    files: Readonly<Record<string, string | Buffer | null>>,
    message: string,
    person: Person,
  ): Promise<string> {
    const ref = `refs/heads/${branch}`;
    const head = await this.readRef(ref);
    const base = head ? (await this.readCommit(head)).tree : null;
    const changes: TreeChange[] = [];
    for (const [path, content] of Object.entries(files)) {
      const sha = content === null ? null : await this.writeBlob(Buffer.from(content));
      changes.push({ path, mode: '100644', type: 'blob', sha });
    }
    const tree = await this.buildTree(base, changes);
    const commit = await this.commitTree(tree, head ? [head] : [], message, person, person);
    const moved = await this.exclusive(ref, async () =>
      head
        ? this.updateRef(ref, commit, head)
        : (await this.run(['update-ref', ref, commit, ''])).code === 0,
    );
    if (!moved) throw new Error(`${branch} moved while committing on it`);
    return commit;
  }

  /**
   * The commits on `branch` newest first, following first parents from its head, down to (not
   * including) `since` when given; each with the paths it changed against its first parent.
   */
  async firstParents(branch: string, since?: string): Promise<BranchCommit[]> {
    const head = await this.readRef(`refs/heads/${branch}`);
    if (!head) throw new Error(`no branch ${branch}`);
    const range = since ? [head, `^${since}`] : [head];
    const lines = (text: string): string[] => text.split('\n').filter((line) => line !== '');
    const commits: BranchCommit[] = [];
    for (const sha of lines(await this.text(['rev-list', '--first-parent', ...range]))) {
      const c = await this.readCommit(sha);
      const files = await this.text([
        'diff-tree',
        '--no-commit-id',
        '--name-only',
        '-r',
        '--root',
        ...(c.parents[0] ? [c.parents[0]] : []),
        sha,
      ]);
      const { parents, message, author, committer } = c;
      commits.push({ sha, parents, message, author, committer, files: lines(files) });
    }
    return commits;
  }

  /** Whether `ancestor` is `descendant` or reachable from it through parents. */
  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    const seen = new Set<string>();
    const queue = [descendant];
    for (let sha = queue.pop(); sha !== undefined; sha = queue.pop()) {
      if (sha === ancestor) return true;
      if (seen.has(sha)) continue;
      seen.add(sha);
      queue.push(...(await this.readCommit(sha)).parents);
    }
    return false;
  }

  /**
   * A new tree: `base` (a tree sha, or null for an empty one) with `changes` applied. Paths may be
   * nested (`releases/x.json`): missing subtrees are created, subtrees left empty are dropped.
   */
  async buildTree(base: string | null, changes: readonly TreeChange[]): Promise<string> {
    const root: DirNode = { sha: base, entries: null, dirty: true };
    for (const change of changes) {
      const parts = change.path.split('/');
      const name = parts.pop() ?? '';
      let dir = root;
      let missing = false;
      for (const part of parts) {
        const entries = await this.load(dir);
        let child = entries.get(part);
        if (!child) {
          if (change.sha === null) {
            missing = true;
            break;
          }
          child = { sha: null, entries: new Map(), dirty: true };
          entries.set(part, child);
        }
        if (!('entries' in child)) {
          throw new TreeConflict(`tree.path ${change.path}: ${part} is a file, not a directory`);
        }
        dir.dirty = true;
        dir = child;
      }
      if (missing) continue;
      const entries = await this.load(dir);
      dir.dirty = true;
      if (change.sha === null) entries.delete(name);
      else if (change.type === 'tree')
        entries.set(name, { sha: change.sha, entries: null, dirty: false });
      else entries.set(name, { mode: change.mode, type: change.type, sha: change.sha });
    }
    return (await this.writeDir(root)) ?? EMPTY_TREE;
  }

  private async load(dir: DirNode): Promise<Map<string, Node>> {
    if (dir.entries) return dir.entries;
    const entries = new Map<string, Node>();
    if (dir.sha) {
      for (const e of await this.treeEntries(dir.sha)) {
        entries.set(
          e.path,
          e.type === 'tree'
            ? { sha: e.sha, entries: null, dirty: false }
            : { mode: e.mode, type: e.type, sha: e.sha },
        );
      }
    }
    dir.entries = entries;
    return entries;
  }

  /** The sha of the written directory, or null when it is empty. */
  private async writeDir(dir: DirNode): Promise<string | null> {
    if (!dir.dirty || !dir.entries) return dir.sha === EMPTY_TREE ? null : dir.sha;
    const rows: { mode: string; type: string; sha: string; name: string }[] = [];
    for (const [name, node] of dir.entries) {
      if ('entries' in node) {
        const sha = await this.writeDir(node);
        if (sha) rows.push({ mode: '040000', type: 'tree', sha, name });
      } else {
        rows.push({ mode: node.mode, type: node.type, sha: node.sha, name });
      }
    }
    if (rows.length === 0) return null;
    return this.mktree(rows);
  }

  /** The bytes of `path` at `rev`, or null. */
  async readFile(rev: string, path: string): Promise<Buffer | null> {
    let object = await this.readObject((await this.resolve(`${rev}^{tree}`)) ?? '');
    for (const part of path.split('/')) {
      if (object?.type !== 'tree') return null;
      object = await this.readObject(
        parseTree(object.content).find((e) => e.path === part)?.sha ?? '',
      );
    }
    return object?.type === 'blob' ? object.content : null;
  }
}

type Node = DirNode | { readonly mode: string; readonly type: string; readonly sha: string };
interface DirNode {
  sha: string | null;
  entries: Map<string, Node> | null;
  dirty: boolean;
}

/** A tree change that puts a path under a file. */
export class TreeConflict extends Error {}

function parsePerson(value: string): Person {
  const m = /^(.*) <([^>]*)> (\d+) ([+-]\d{4})$/.exec(value);
  if (!m?.[1] || m[2] === undefined || !m[3])
    return { name: value, email: '', date: isoSeconds(new Date(0)) };
  return { name: m[1], email: m[2], date: isoSeconds(new Date(Number(m[3]) * 1000)) };
}

function gitDate(iso: string): string {
  const ms = Date.parse(iso);
  return `${Math.floor((Number.isNaN(ms) ? Date.now() : ms) / 1000)} +0000`;
}
