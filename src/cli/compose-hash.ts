import { resolve } from 'node:path';
import { inspectAppCompose } from '../core/app-compose.js';
import { InputError } from '../core/errors.js';
import { readInputFile } from '../workspace/files.js';
import { print, type Context } from './context.js';
import { fields } from './table.js';

/**
 * The compose hash of an app-compose file: sha256 of its exact bytes, and whether they are in the
 * canonical layout. A file that is not a JSON document (a compose YAML given by mistake) is
 * refused: printing a hash for it would present it as something dstack could measure.
 */
export async function run(ctx: Context): Promise<number> {
  const file = ctx.args[0] ?? '';
  const bytes = await readInputFile(resolve(ctx.io.cwd, file), file);
  const { hash, canonical, error } = inspectAppCompose(bytes);
  if (error) {
    throw new InputError(
      file,
      `${error}: an app-compose file is a JSON object (its compose hash is sha256 of those bytes)`,
    );
  }
  print(ctx, { file, compose_hash: hash, canonical }, () =>
    fields([
      ['file', file],
      ['compose hash', hash],
      [
        'layout',
        canonical
          ? 'canonical (sorted keys, 4-space indent, as Phala Cloud writes it)'
          : 'not canonical — the hash is of these exact bytes',
      ],
    ]),
  );
  return 0;
}
