import { execFile } from "node:child_process";
import { promisify } from "node:util";

const execFileAsync = promisify(execFile);

/**
 * Runs a command to completion; on failure the error carries its stdout and stderr, for the test
 * report. `env` adds to this process's environment.
 */
export async function run(file: string, args: string[], options: { cwd: string; env?: Record<string, string> }): Promise<string> {
  try {
    const env = options.env ? { ...process.env, ...options.env } : undefined;
    const { stdout } = await execFileAsync(file, args, { cwd: options.cwd, env, maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${file} ${args.join(" ")} failed in ${options.cwd}:\n${stdout ?? ""}\n${stderr ?? ""}`, { cause: error });
  }
}

/** The JSON value a sample printed: its stdout is `JSON.stringify(result, null, 2)`. */
export function printedJson(stdout: string): { statusCode: number; data?: { accessToken?: unknown; expiresAt?: unknown } } {
  return JSON.parse(stdout.slice(stdout.indexOf("{")));
}
