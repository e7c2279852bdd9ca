import { realpathSync } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveInside } from '../../src/workspace/inside.js';

describe('resolveInside', () => {
  let top: string;
  beforeEach(async () => {
    top = await mkdtemp(join(tmpdir(), 'inside-'));
    await mkdir(join(top, 'ws/sub'), { recursive: true });
    await mkdir(join(top, 'out'));
  });
  afterEach(async () => {
    await rm(top, { recursive: true, force: true });
  });
  const ws = () => join(top, 'ws');

  it.each([
    ['a directory not there yet', 'releases', null],
    ['a file under a directory not there yet', 'a/b/c.json', null],
    ['the workspace itself', '.', null],
    ['a path that climbs out', '../out/x', '../out/x is outside the workspace'],
  ])('%s', (_name, path, error) => {
    const attempt = () => resolveInside(ws(), ws(), path, 'releases-dir');
    if (error === null) expect(attempt()).toBe(join(realpathSync(ws()), path === '.' ? '' : path));
    else expect(attempt).toThrow(`releases-dir: ${error}`);
  });

  it('follows a dangling link to where a write would go, refusing one that leads out', async () => {
    await symlink(join(top, 'out', 'not-yet'), join(ws(), 'releases'));
    expect(() => resolveInside(ws(), ws(), 'releases', 'releases-dir')).toThrow(
      'releases-dir: releases leads outside the workspace through a symbolic link',
    );
    await symlink('sub/not-yet', join(ws(), 'inside'));
    expect(resolveInside(ws(), ws(), 'inside', 'releases-dir')).toBe(
      join(realpathSync(ws()), 'sub/not-yet'),
    );
  });

  it('takes a workspace that is itself reached through a link', async () => {
    await symlink(ws(), join(top, 'link-to-ws'));
    expect(resolveInside(join(top, 'link-to-ws'), join(top, 'link-to-ws'), 'sub', 'x')).toBe(
      join(realpathSync(ws()), 'sub'),
    );
  });
});
