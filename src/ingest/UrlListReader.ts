/** `--urls FILE`: one http(s) URL a line; blank lines and `#` comments ignored. */
import { readFile } from 'node:fs/promises';
import { usageError } from '../model/errors.ts';

export async function readUrlList(path: string): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw usageError(`Cannot read the URL list ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, 'Give a text file with one http(s) URL a line.');
  }
  const urls: string[] = [];
  text.replace(/^\ufeff/, '').split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    let ok = false;
    try {
      const url = new URL(line);
      ok = url.protocol === 'http:' || url.protocol === 'https:';
    } catch {
      ok = false;
    }
    if (!ok) throw usageError(`${path} line ${index + 1} is not an http(s) URL: ${line}`, 'One http(s) URL a line; # starts a comment.');
    urls.push(line);
  });
  return urls;
}
