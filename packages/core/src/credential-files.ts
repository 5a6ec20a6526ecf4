// The files credential sources read: the home folder, a text file that may be missing, and the INI and JSON formats the vendors' tools write.
import { CredentialsError } from './errors.js';
import { nodeFs, nodeOs } from './node-builtins.js';

/** The home folder, where the vendors' tools keep their files; undefined where there is no file system. */
function homeFolder(): string | undefined {
  return nodeOs()?.homedir();
}

/** A file's text, or undefined when it does not exist (or there is no file system); other failures are a CredentialsError naming it. */
export async function readOptionalFile(path: string): Promise<string | undefined> {
  const fs = nodeFs();
  if (!fs) return undefined;
  try {
    return await fs.promises.readFile(path, 'utf8');
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return undefined;
    throw new CredentialsError(`${path} cannot be read (${(error as { code?: string }).code ?? 'error'}).`);
  }
}

/**
 * A vendor tool's file: at `explicit` (the path an environment variable names) or at `relative`
 * under `home` (default the user's); undefined when it does not exist, or there is no home.
 */
export async function readToolFile(explicit: string | undefined, home: string | undefined, relative: string): Promise<{ path: string; text: string } | undefined> {
  const folder = home ?? homeFolder();
  const path = explicit ?? (folder ? `${folder}/${relative}` : undefined);
  if (!path) return undefined;
  const text = await readOptionalFile(path);
  return text === undefined ? undefined : { path, text };
}

/** An INI file's sections: `[name]` then `key = value` lines; `;` and `#` start comments. Keys before any section are left out. */
export function parseIni(text: string): Map<string, Record<string, string>> {
  const sections = new Map<string, Record<string, string>>();
  let current: Record<string, string> | undefined;
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith(';') || line.startsWith('#')) continue;
    const section = /^\[\s*(.+?)\s*\]$/.exec(line);
    if (section) {
      current = sections.get(section[1]) ?? {};
      sections.set(section[1], current);
      continue;
    }
    const equals = line.indexOf('=');
    if (current && equals > 0) current[line.slice(0, equals).trim()] = line.slice(equals + 1).trim();
  }
  return sections;
}

/** A JSON object from a file's text, or a CredentialsError naming the file (never quoting it). */
export function parseJsonObject(text: string, path: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new CredentialsError(`${path} is not JSON.`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new CredentialsError(`${path} is not a JSON object.`);
  return value as Record<string, unknown>;
}
