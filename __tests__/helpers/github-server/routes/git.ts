/**
 * The git data routes: refs (compare-and-swap updates, a non-fast-forward refused unless forced),
 * commits (signed by GitHub when it commits as itself), trees and blobs, on the real repository.
 */
import { now } from '../clock.js';
import type { Person, TreeChange } from '../git-store.js';
import {
  has,
  HttpError,
  isRecord,
  notFound,
  str,
  type Context,
  type Handler,
  type Reply,
  type Site,
} from '../http.js';
import { base64Wrapped, BOT, WEB_FLOW } from '../shapes.js';

async function getRef(site: Site, c: Context): Promise<Reply> {
  const ref = `refs/${c.params['ref'] ?? ''}`;
  const sha = await site.git.readRef(ref);
  if (!sha) throw notFound();
  return { status: 200, json: site.shapes.ref(ref, sha) };
}

async function updateRef(site: Site, c: Context): Promise<Reply> {
  const ref = `refs/${c.params['ref'] ?? ''}`;
  const sha = str(c.body, 'sha') ?? '';
  const force = isRecord(c.body) && c.body['force'] === true;
  if (!(await site.git.readRef(ref))) throw new HttpError(422, 'Reference does not exist');
  if ((await site.git.typeOf(sha)) !== 'commit') throw new HttpError(422, 'Object does not exist');
  await site.faults.runRefHooks({ branch: ref.replace(/^refs\/heads\//, ''), sha });
  // Read, check and move as one step per ref: two updates arriving at once get the answers they
  // would get one after the other (both succeed when both are fast forwards of what they find).
  await site.git.exclusive(ref, async () => {
    const current = await site.git.readRef(ref);
    if (!current) throw new HttpError(422, 'Reference does not exist');
    if (!force && !(await site.git.isAncestor(current, sha)))
      throw new HttpError(422, 'Update is not a fast forward');
    if (!(await site.git.updateRef(ref, sha, current)))
      throw new HttpError(422, 'Update is not a fast forward');
  });
  return { status: 200, json: site.shapes.ref(ref, sha) };
}

async function getCommit(site: Site, c: Context): Promise<Reply> {
  const sha = c.params['commit_sha'] ?? '';
  if ((await site.git.typeOf(sha)) !== 'commit') throw notFound();
  const commit = await site.git.readCommit(sha);
  return { status: 200, json: site.shapes.commit(sha, commit, site.signed.has(sha)) };
}

async function createCommit(site: Site, c: Context): Promise<Reply> {
  const body = isRecord(c.body) ? c.body : {};
  const tree = str(body, 'tree') ?? '';
  if ((await site.git.typeOf(tree)) !== 'tree') throw new HttpError(422, 'Tree SHA does not exist');
  const parents = Array.isArray(body['parents'])
    ? body['parents'].filter((p): p is string => typeof p === 'string')
    : [];
  for (const parent of parents) {
    if ((await site.git.typeOf(parent)) !== 'commit') {
      throw new HttpError(422, 'Parent SHA does not exist or is not a commit object');
    }
  }
  const time = now();
  const person = (value: unknown, fallback: Person): Person =>
    isRecord(value) && typeof value['name'] === 'string' && typeof value['email'] === 'string'
      ? {
          name: value['name'],
          email: value['email'],
          date: typeof value['date'] === 'string' ? value['date'] : time,
        }
      : { ...fallback, date: time };
  const author = person(body['author'], BOT);
  // Without an explicit committer or signature GitHub commits as itself and signs: verified.
  const signs = !has(body, 'committer') && !has(body, 'signature') && !has(body, 'author');
  const committer = signs ? { ...WEB_FLOW, date: time } : person(body['committer'], author);
  const message = str(body, 'message') ?? '';
  const sha = await site.git.commitTree(tree, parents, message, author, committer);
  if (signs) site.signed.add(sha);
  else site.signed.delete(sha);
  const commit = await site.git.readCommit(sha);
  return { status: 201, json: site.shapes.commit(sha, commit, signs) };
}

async function getTree(site: Site, c: Context): Promise<Reply> {
  const sha = await site.git.resolve(`${c.params['tree_sha'] ?? ''}^{tree}`);
  if (!sha) throw notFound();
  const entries = await site.git.lsTree(sha, c.query.has('recursive'));
  return { status: 200, json: site.shapes.tree(sha, entries) };
}

async function createTree(site: Site, c: Context): Promise<Reply> {
  const body = isRecord(c.body) ? c.body : {};
  const baseTree = str(body, 'base_tree');
  if (baseTree !== undefined && (await site.git.typeOf(baseTree)) !== 'tree') {
    throw new HttpError(422, 'base_tree is not a valid tree oid');
  }
  const items = Array.isArray(body['tree']) ? body['tree'] : [];
  const changes: TreeChange[] = [];
  for (const item of items) {
    if (!isRecord(item)) throw new HttpError(422, 'Invalid tree info');
    const path = str(item, 'path') ?? '';
    const mode = str(item, 'mode') ?? '';
    const type = str(item, 'type') ?? '';
    if (
      path === '' ||
      path.startsWith('/') ||
      path.endsWith('/') ||
      path.split('/').some((p) => p === '' || p === '.' || p === '..' || p === '.git')
    ) {
      throw new HttpError(422, `tree.path contains a malformed path component`);
    }
    const expected = mode === '040000' ? 'tree' : mode === '160000' ? 'commit' : 'blob';
    if (!mode || type !== expected)
      throw new HttpError(422, `tree.type ${type} does not match tree.mode ${mode}`);
    const hasContent = has(item, 'content');
    const hasSha = has(item, 'sha');
    if (hasContent && hasSha) {
      throw new HttpError(
        422,
        'Must supply either tree.sha or tree.content. Request will be rejected if both are present.',
      );
    }
    let sha: string | null;
    if (hasContent) {
      if (type !== 'blob') throw new HttpError(422, 'tree.content is only allowed for blobs');
      sha = await site.git.writeBlob(Buffer.from(str(item, 'content') ?? '', 'utf8'));
    } else if (hasSha && item['sha'] === null) {
      sha = null;
    } else {
      sha = str(item, 'sha') ?? '';
      if (type !== 'commit' && (await site.git.typeOf(sha)) !== type) {
        throw new HttpError(422, `tree.sha ${sha} is not a valid ${type}`);
      }
    }
    changes.push({ path, mode, type: expected, sha });
  }
  const sha = await site.git.buildTree(baseTree ?? null, changes);
  return { status: 201, json: site.shapes.tree(sha, await site.git.lsTree(sha)) };
}

async function createBlob(site: Site, c: Context): Promise<Reply> {
  const content = str(c.body, 'content') ?? '';
  const encoding = str(c.body, 'encoding') ?? 'utf-8';
  let bytes: Buffer;
  if (encoding === 'base64') {
    if (!/^[A-Za-z0-9+/\s]*={0,2}\s*$/.test(content))
      throw new HttpError(422, 'content is not valid Base64');
    bytes = Buffer.from(content, 'base64');
  } else if (encoding === 'utf-8' || encoding === 'utf8') {
    bytes = Buffer.from(content, 'utf8');
  } else {
    throw new HttpError(422, `encoding ${encoding} is not supported`);
  }
  const sha = await site.git.writeBlob(bytes);
  return { status: 201, json: { url: `${site.shapes.repoApi}/git/blobs/${sha}`, sha } };
}

async function getBlob(site: Site, c: Context): Promise<Reply> {
  const sha = c.params['file_sha'] ?? '';
  if ((await site.git.typeOf(sha)) !== 'blob') throw notFound();
  const bytes = await site.git.readBlob(sha);
  return {
    status: 200,
    json: {
      sha,
      node_id: Buffer.from(`Blob:${sha}`).toString('base64'),
      size: bytes.length,
      url: `${site.shapes.repoApi}/git/blobs/${sha}`,
      content: base64Wrapped(bytes),
      encoding: 'base64',
    },
  };
}

export const gitRoutes: Readonly<Record<string, Handler>> = {
  'git/get-ref': getRef,
  'git/update-ref': updateRef,
  'git/get-commit': getCommit,
  'git/create-commit': createCommit,
  'git/get-tree': getTree,
  'git/create-tree': createTree,
  'git/create-blob': createBlob,
  'git/get-blob': getBlob,
};
