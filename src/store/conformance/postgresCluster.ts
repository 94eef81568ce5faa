/**
 * A throwaway PostgreSQL for tests: `CHORUS_PG_URL` when set (a fresh database is created
 * on that server), otherwise a private cluster started from the local binaries in a temp
 * directory on a free loopback port. initdb refuses to run as root, so as root the cluster
 * runs as the `postgres` system user (created by Debian's postgresql package).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface PostgresHandle {
  /** Creates an empty database on the server and returns its URL. */
  newDatabase(): Promise<string>;
  stop(): Promise<void>;
}

export type PostgresAvailability = { ok: true; handle: PostgresHandle } | { ok: false; reason: string };

function findBinDir(): string | null {
  const candidates: string[] = [];
  for (const dir of (process.env.PATH ?? '').split(':')) if (dir !== '') candidates.push(dir);
  try {
    for (const version of readdirSync('/usr/lib/postgresql').sort().reverse()) candidates.push(join('/usr/lib/postgresql', version, 'bin'));
  } catch {
    // no Debian-style PostgreSQL install
  }
  return candidates.find((dir) => ['initdb', 'pg_ctl', 'postgres'].every((b) => existsSync(join(dir, b)))) ?? null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function uidOf(user: string): number | null {
  const result = spawnSync('id', ['-u', user], { encoding: 'utf8' });
  return result.status === 0 ? Number(result.stdout.trim()) : null;
}

async function createDatabase(serverUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists ${name} with (force)`);
  } finally {
    await client.end();
  }
}

export async function startPostgres(): Promise<PostgresAvailability> {
  let counter = 0;
  const created: string[] = [];
  const newName = (): string => {
    const name = `chorus_test_${process.pid}_${Date.now()}_${counter++}`;
    created.push(name);
    return name;
  };
  const given = process.env.CHORUS_PG_URL;
  if (given !== undefined && given !== '') {
    try {
      await createDatabase(given, newName());
    } catch (error) {
      return { ok: false, reason: `CHORUS_PG_URL is set but creating a test database failed: ${String(error)}` };
    }
    return {
      ok: true,
      handle: {
        newDatabase: () => createDatabase(given, newName()),
        async stop() {
          for (const name of created) await dropDatabase(given, name).catch(() => undefined);
        },
      },
    };
  }
  const bin = findBinDir();
  if (bin === null) return { ok: false, reason: 'no PostgreSQL binaries (initdb, pg_ctl, postgres) in PATH or /usr/lib/postgresql/*/bin, and CHORUS_PG_URL is not set' };
  const asRoot = process.getuid?.() === 0;
  const runAs: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'chorus-pg-'));
  if (asRoot) {
    const uid = uidOf('postgres');
    if (uid === null) {
      rmSync(dir, { recursive: true, force: true });
      return { ok: false, reason: 'running as root and there is no `postgres` user to run initdb as (install the postgresql package or set CHORUS_PG_URL)' };
    }
    chownSync(dir, uid, -1);
    chmodSync(dir, 0o700);
    runAs.push('runuser', '-u', 'postgres', '--');
  }
  const run = (binary: string, args: string[]): void => {
    const [command, ...prefix] = runAs.length > 0 ? runAs : [join(bin, binary)];
    const full = runAs.length > 0 ? [...prefix, join(bin, binary), ...args] : args;
    execFileSync(command!, full, { stdio: 'pipe', timeout: 60_000 });
  };
  const data = join(dir, 'data');
  try {
    run('initdb', ['-D', data, '-A', 'trust', '-U', 'chorus', '--no-sync', '--locale=C', '-E', 'UTF8']);
    const port = await freePort();
    run('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`, 'start']);
    const serverUrl = `postgresql://chorus@127.0.0.1:${port}/postgres`;
    return {
      ok: true,
      handle: {
        newDatabase: () => createDatabase(serverUrl, newName()),
        async stop() {
          try {
            run('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
          } finally {
            rmSync(dir, { recursive: true, force: true });
          }
        },
      },
    };
  } catch (error) {
    try {
      run('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
    } catch {
      // it never started
    }
    rmSync(dir, { recursive: true, force: true });
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    return { ok: false, reason: `could not start a throwaway PostgreSQL: ${stderr || String(error)}` };
  }
}
