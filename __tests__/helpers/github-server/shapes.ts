/**
 * The JSON GitHub answers with, for the objects the test server holds: users, the repository,
 * refs, commits (git data and commits API), trees, releases and assets. Every field the
 * description requires is there, so responses fit its schemas.
 */
import { createHash } from 'node:crypto';
import type { CommitObject, Person, TreeEntry } from './git-store.js';
import type { AssetState, ReleaseState } from './release-store.js';

/** Where the server answers and for which repository (known once it listens). */
export interface Addresses {
  /** The REST API root. */
  readonly url: string;
  readonly uploadsUrl: string;
  /** The web root. */
  readonly serverUrl: string;
  readonly owner: string;
  readonly repo: string;
  readonly defaultBranch: string;
}

/** The identities GitHub shows for commits made through the API. */
export const BOT: Person = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
  date: '',
};
export const WEB_FLOW: Person = { name: 'GitHub', email: 'noreply@github.com', date: '' };
export const INITIAL_DATE = '2024-01-01T00:00:00Z';

/** Bytes as the API gives file content: base64 in lines of 60 characters. */
export function base64Wrapped(bytes: Buffer): string {
  const b64 = bytes.toString('base64');
  const lines = b64.match(/.{1,60}/g) ?? [];
  return lines.map((l) => `${l}\n`).join('');
}

export class Shapes {
  constructor(private readonly at: Addresses) {}

  get repoApi(): string {
    return `${this.at.url}/repos/${this.at.owner}/${this.at.repo}`;
  }

  get repoHtml(): string {
    return `${this.at.serverUrl}/${this.at.owner}/${this.at.repo}`;
  }

  /** Where the web serves a file's raw bytes at `ref`. */
  rawUrl(ref: string, path: string): string {
    return `${this.at.serverUrl}/raw/${this.at.owner}/${this.at.repo}/${ref}/${path}`;
  }

  user(
    login = 'github-actions[bot]',
    id = 41898282,
    type = login.endsWith('[bot]') ? 'Bot' : 'Organization',
  ): Record<string, unknown> {
    const api = `${this.at.url}/users/${encodeURIComponent(login)}`;
    return {
      login,
      id,
      node_id: Buffer.from(`04:User${id}`).toString('base64'),
      avatar_url: `${this.at.serverUrl}/avatars/${id}`,
      gravatar_id: '',
      url: api,
      html_url: `${this.at.serverUrl}/apps/github-actions`,
      followers_url: `${api}/followers`,
      following_url: `${api}/following{/other_user}`,
      gists_url: `${api}/gists{/gist_id}`,
      starred_url: `${api}/starred{/owner}{/repo}`,
      subscriptions_url: `${api}/subscriptions`,
      organizations_url: `${api}/orgs`,
      repos_url: `${api}/repos`,
      events_url: `${api}/events{/privacy}`,
      received_events_url: `${api}/received_events`,
      type,
      site_admin: false,
    };
  }

  repository(): Record<string, unknown> {
    const api = this.repoApi;
    const urls = Object.fromEntries(
      [
        'archive',
        'assignees',
        'blobs',
        'branches',
        'collaborators',
        'comments',
        'commits',
        'compare',
        'contents',
        'contributors',
        'deployments',
        'downloads',
        'events',
        'forks',
        'git_commits',
        'git_refs',
        'git_tags',
        'hooks',
        'issue_comment',
        'issue_events',
        'issues',
        'keys',
        'labels',
        'languages',
        'merges',
        'milestones',
        'notifications',
        'pulls',
        'releases',
        'stargazers',
        'statuses',
        'subscribers',
        'subscription',
        'tags',
        'teams',
        'trees',
      ].map((name) => [`${name}_url`, `${api}/${name.replace('_', '/')}`]),
    );
    return {
      id: 123456,
      node_id: 'R_kgDOtest',
      name: this.at.repo,
      full_name: `${this.at.owner}/${this.at.repo}`,
      owner: this.user(this.at.owner, 654321),
      private: false,
      html_url: this.repoHtml,
      description: null,
      fork: false,
      url: api,
      ...urls,
      clone_url: `${this.repoHtml}.git`,
      git_url: `${this.repoHtml.replace(/^http/, 'git')}.git`,
      ssh_url: `git@127.0.0.1:${this.at.owner}/${this.at.repo}.git`,
      svn_url: this.repoHtml,
      mirror_url: null,
      homepage: null,
      language: 'TypeScript',
      size: 1,
      default_branch: this.at.defaultBranch,
      forks: 0,
      forks_count: 0,
      stargazers_count: 0,
      watchers: 0,
      watchers_count: 0,
      open_issues: 0,
      open_issues_count: 0,
      network_count: 0,
      subscribers_count: 0,
      has_issues: true,
      has_projects: false,
      has_wiki: false,
      has_pages: false,
      has_discussions: false,
      archived: false,
      disabled: false,
      license: null,
      pushed_at: INITIAL_DATE,
      created_at: INITIAL_DATE,
      updated_at: INITIAL_DATE,
    };
  }

  ref(ref: string, sha: string): Record<string, unknown> {
    return {
      ref,
      node_id: Buffer.from(`Ref:${ref}`).toString('base64'),
      url: `${this.repoApi}/git/${ref}`,
      object: { type: 'commit', sha, url: `${this.repoApi}/git/commits/${sha}` },
    };
  }

  /** A commit as the git data API shows it; `verified` when GitHub signed it. */
  commit(sha: string, c: CommitObject, verified: boolean): Record<string, unknown> {
    return {
      sha,
      node_id: Buffer.from(`Commit:${sha}`).toString('base64'),
      url: `${this.repoApi}/git/commits/${sha}`,
      html_url: `${this.repoHtml}/commit/${sha}`,
      author: c.author,
      committer: c.committer,
      tree: { sha: c.tree, url: `${this.repoApi}/git/trees/${c.tree}` },
      message: c.message,
      parents: c.parents.map((p) => ({
        sha: p,
        url: `${this.repoApi}/git/commits/${p}`,
        html_url: `${this.repoHtml}/commit/${p}`,
      })),
      verification: {
        verified,
        reason: verified ? 'valid' : 'unsigned',
        signature: null,
        payload: null,
        verified_at: verified ? c.committer.date : null,
      },
    };
  }

  /** A commit as the commits API (not the git data API) shows it, e.g. inside a branch. */
  restCommit(sha: string, c: CommitObject, verified: boolean): Record<string, unknown> {
    const git = this.commit(sha, c, verified);
    // The GitHub account behind a commit's e-mail address; null when none is known.
    const account = (person: Person): Record<string, unknown> | null =>
      person.email === BOT.email
        ? this.user()
        : person.email === WEB_FLOW.email
          ? this.user('web-flow', 19864447, 'User')
          : null;
    const url = (commit: string): string => `${this.repoApi}/commits/${commit}`;
    return {
      sha,
      node_id: git['node_id'],
      commit: {
        author: c.author,
        committer: c.committer,
        message: c.message,
        tree: git['tree'],
        url: git['url'],
        comment_count: 0,
        verification: git['verification'],
      },
      url: url(sha),
      html_url: git['html_url'],
      comments_url: `${url(sha)}/comments`,
      author: account(c.author),
      committer: account(c.committer),
      parents: c.parents.map((p) => ({
        sha: p,
        url: url(p),
        html_url: `${this.repoHtml}/commit/${p}`,
      })),
    };
  }

  tree(sha: string, entries: readonly TreeEntry[]): Record<string, unknown> {
    return {
      sha,
      url: `${this.repoApi}/git/trees/${sha}`,
      tree: entries.map((e) => ({
        path: e.path,
        mode: e.mode,
        type: e.type,
        sha: e.sha,
        ...(e.size !== undefined && { size: e.size }),
        ...(e.type !== 'commit' && { url: `${this.repoApi}/git/${e.type}s/${e.sha}` }),
      })),
      truncated: false,
    };
  }

  /** An asset of the release for `tag`. */
  asset(a: AssetState, tag: string): Record<string, unknown> {
    return {
      url: `${this.repoApi}/releases/assets/${a.id}`,
      browser_download_url: `${this.repoHtml}/releases/download/${encodeURIComponent(tag)}/${encodeURIComponent(a.name)}`,
      id: a.id,
      node_id: Buffer.from(`ReleaseAsset:${a.id}`).toString('base64'),
      name: a.name,
      label: a.label,
      state: a.state,
      content_type: a.contentType,
      size: a.bytes.length,
      digest:
        a.digest && a.state === 'uploaded'
          ? `sha256:${createHash('sha256').update(a.bytes).digest('hex')}`
          : null,
      download_count: 0,
      created_at: a.createdAt,
      updated_at: a.updatedAt,
      uploader: this.user(),
    };
  }

  release(r: ReleaseState): Record<string, unknown> {
    const api = `${this.repoApi}/releases/${r.id}`;
    return {
      url: api,
      html_url: r.draft
        ? `${this.repoHtml}/releases/tag/untagged-${r.id}`
        : `${this.repoHtml}/releases/tag/${encodeURIComponent(r.tag)}`,
      assets_url: `${api}/assets`,
      upload_url: `${this.at.uploadsUrl}/repos/${this.at.owner}/${this.at.repo}/releases/${r.id}/assets{?name,label}`,
      tarball_url: r.draft ? null : `${this.repoApi}/tarball/${encodeURIComponent(r.tag)}`,
      zipball_url: r.draft ? null : `${this.repoApi}/zipball/${encodeURIComponent(r.tag)}`,
      id: r.id,
      node_id: Buffer.from(`Release:${r.id}`).toString('base64'),
      tag_name: r.tag,
      target_commitish: r.target,
      name: r.name,
      body: r.body,
      draft: r.draft,
      prerelease: r.prerelease,
      immutable: r.immutable,
      created_at: r.createdAt,
      published_at: r.publishedAt,
      updated_at: r.updatedAt,
      author: this.user(),
      assets: r.assets.map((a) => this.asset(a, r.tag)),
    };
  }
}
