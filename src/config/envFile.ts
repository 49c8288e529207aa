import fs from 'node:fs'

export type EnvOptions = { env?: NodeJS.ProcessEnv; envFile?: string }

/**
 * Returns `name` from the environment or from `envFile`; when neither has it, makes one with
 * `create` and appends it to `envFile`, so the next start finds the same value.
 */
export function persistedEnvValue(
  name: string,
  create: () => string,
  { env = process.env, envFile = '.env' }: EnvOptions = {},
): string {
  const configured = env[name]?.trim()
  if (configured) return configured
  const existing = fs.existsSync(envFile) ? fs.readFileSync(envFile, 'utf8') : ''
  const stored = new RegExp(`^${name}=(.+)$`, 'm').exec(existing)?.[1]?.trim()
  const value = stored || create()
  if (!stored) {
    const separator = existing && !existing.endsWith('\n') ? '\n' : ''
    fs.appendFileSync(envFile, `${separator}${name}=${value}\n`)
  }
  env[name] = value
  return value
}
