/** The `compose-file` input's default search order (action.yml and the README say the same). */
export const defaultComposeFiles: readonly string[] = [
  'docker-compose.yml',
  'compose.yaml',
  'compose.yml',
  'docker-compose.yaml',
];

/**
 * The override files Docker Compose merges over the file it finds when it is given none
 * (`docker compose up` with no `-f`), in its order of preference.
 */
export const overrideComposeFiles: readonly string[] = [
  'compose.override.yml',
  'compose.override.yaml',
  'docker-compose.override.yml',
  'docker-compose.override.yaml',
];

/** The file Docker Compose reads variables from, beside the compose file. */
export const DOTENV_FILE = '.env';
