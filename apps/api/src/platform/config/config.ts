import { type AppConfig, ConfigSchema } from './config.schema';

/** Thrown when the environment cannot be used; its message is the single line printed at exit. */
export class ConfigError extends Error {}

/** Parses the environment; the first problem becomes one line naming the variable and what is expected. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const result = ConfigSchema.safeParse(env);
  if (!result.success) {
    const issue = result.error.issues[0];
    const name = String(issue.path[0] ?? 'environment');
    const got = env[name] === undefined ? 'it is not set' : 'the value given is not valid';
    if (issue.code === 'custom') throw new ConfigError(`Configuration error: ${name} ${issue.message}.`);
    const expected = issue.code === 'invalid_type' && env[name] === undefined ? 'a value' : issue.message;
    throw new ConfigError(`Configuration error: ${name} must be ${expected} (${got}).`);
  }
  const config = result.data;
  return { ...config, APP_URL: config.APP_URL ?? `http://localhost:${config.PORT}` };
}

/** For entry points: load the config or print one line and exit with status 1. */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): AppConfig {
  try {
    return loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
