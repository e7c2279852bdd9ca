import { describe, expect, it } from 'vitest';
import { repositoryFromRemote } from '../../src/workspace/local-git.js';

describe('repositoryFromRemote', () => {
  it.each([
    // Real remotes naming owner/name.
    ['https://github.com/acme/app.git', 'acme/app'],
    ['https://github.com/acme/app', 'acme/app'],
    ['https://github.com/acme/app/', 'acme/app'],
    ['http://ghe.example.com/acme/app.git', 'acme/app'],
    ['https://x-access-token:secret@github.com/acme/app.git', 'acme/app'],
    ['git@github.com:acme/app.git', 'acme/app'],
    ['github.com:acme/app', 'acme/app'],
    ['ssh://git@github.com/acme/app.git', 'acme/app'],
    ['ssh://git@ghe.example.com:2222/acme/app', 'acme/app'],
    ['git://github.com/acme/app.git', 'acme/app'],
    ['  https://github.com/acme/my.app_x-1.git\n', 'acme/my.app_x-1'],
    // Local paths and URLs without a host.
    ['/srv/git/acme/app.git', null],
    ['../acme/app', null],
    ['./app', null],
    ['acme/app', null],
    ['file:///srv/git/acme/app.git', null],
    ['C:/repos/acme/app', null],
    ['C:\\repos\\acme\\app', null],
    ['\\\\server\\share\\acme\\app', null],
    // Not owner/name: deeper or shallower paths, odd names, other schemes.
    ['https://gitlab.com/group/subgroup/app.git', null],
    ['https://dev.azure.com/org/project/_git/app', null],
    ['https://github.com/app.git', null],
    ['https://github.com/acme/..', null],
    ['https://github.com/acme/a%20b', null],
    ['ftp://example.com/acme/app', null],
    ['host:/abs/acme/app', null],
    ['', null],
  ])('%j → %j', (url, expected) => {
    expect(repositoryFromRemote(url)).toBe(expected);
  });
});
