/** Routes of the repository itself: `repos/get`, a branch, and file contents. */
import type { TreeEntry } from '../git-store.js';
import { HttpError, notFound, type Context, type Handler, type Reply, type Site } from '../http.js';
import { base64Wrapped } from '../shapes.js';

/** A branch as `repos/get-branch` shows it: its head commit (with the tree) in the commits-API shape. */
async function getBranch(site: Site, c: Context): Promise<Reply> {
  const name = c.params['branch'] ?? '';
  const sha = await site.git.readRef(`refs/heads/${name}`);
  if (!sha) throw new HttpError(404, 'Branch not found');
  const commit = await site.git.readCommit(sha);
  const self = `${site.shapes.repoApi}/branches/${name}`;
  return {
    status: 200,
    json: {
      name,
      commit: site.shapes.restCommit(sha, commit, site.signed.has(sha)),
      _links: { self, html: `${site.shapes.repoHtml}/tree/${name}` },
      protected: false,
      protection: {
        enabled: false,
        required_status_checks: { enforcement_level: 'off', contexts: [], checks: [] },
      },
      protection_url: `${self}/protection`,
    },
  };
}

async function getContent(site: Site, c: Context): Promise<Reply> {
  const path = c.params['path'] ?? '';
  const refName = c.query.get('ref') ?? site.defaultBranch;
  const commit = await site.git.resolve(`${refName}^{commit}`);
  if (!commit) throw new HttpError(404, `No commit found for the ref ${refName}`);
  let tree = (await site.git.readCommit(commit)).tree;
  const parts = path.split('/');
  let entry: TreeEntry | undefined;
  for (const [i, part] of parts.entries()) {
    entry = (await site.git.lsTree(tree)).find((e) => e.path === part);
    if (!entry) throw notFound();
    if (i < parts.length - 1) {
      if (entry.type !== 'tree') throw notFound();
      tree = entry.sha;
    }
  }
  if (!entry) throw notFound();
  const { repoApi, repoHtml } = site.shapes;
  const item = (e: TreeEntry, itemPath: string): Record<string, unknown> => {
    const type =
      e.type === 'tree'
        ? 'dir'
        : e.type === 'commit'
          ? 'submodule'
          : e.mode === '120000'
            ? 'symlink'
            : 'file';
    const self = `${repoApi}/contents/${itemPath}?ref=${encodeURIComponent(refName)}`;
    const git = `${repoApi}/git/${e.type === 'tree' ? 'trees' : 'blobs'}/${e.sha}`;
    const html = `${repoHtml}/${e.type === 'tree' ? 'tree' : 'blob'}/${refName}/${itemPath}`;
    return {
      type,
      size: e.size ?? 0,
      name: itemPath.split('/').pop() ?? itemPath,
      path: itemPath,
      sha: e.sha,
      url: self,
      git_url: git,
      html_url: html,
      download_url: type === 'file' ? site.shapes.rawUrl(refName, itemPath) : null,
      _links: { self, git, html },
    };
  };
  if (entry.type === 'tree') {
    const children = await site.git.lsTree(entry.sha);
    return { status: 200, json: children.map((e) => item(e, `${path}/${e.path}`)) };
  }
  const json = item(entry, path);
  if (json['type'] !== 'file') return { status: 200, json };
  const bytes = await site.git.readBlob(entry.sha);
  // Like GitHub: files over 1 MB come without content (encoding "none"); the blob API has them.
  const large = bytes.length > 1024 * 1024;
  return {
    status: 200,
    json: {
      ...json,
      content: large ? '' : base64Wrapped(bytes),
      encoding: large ? 'none' : 'base64',
    },
  };
}

export const repoRoutes: Readonly<Record<string, Handler>> = {
  'repos/get': (site) => Promise.resolve({ status: 200, json: site.shapes.repository() }),
  'repos/get-branch': getBranch,
  'repos/get-content': getContent,
};
