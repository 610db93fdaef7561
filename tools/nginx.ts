// Runs the real Debian nginx with the shipped snippets (deploy/nginx/), on free loopback ports,
// with every file it writes in a temporary directory (so it runs as root without touching /etc or /var).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const NGINX = '/usr/sbin/nginx';
const REPO = resolve(import.meta.dirname, '..');
const SNIPPETS = join(REPO, 'deploy/nginx');

export interface Nginx {
  /** dist/ at the root: `location / { root …; }` */
  root: string;
  /** The same dist/ under /archive/: `location ^~ /archive/ { alias …; }` (origin without the path). */
  sub: string;
  stop(): Promise<void>;
}

async function freePorts(n: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from({ length: n }, () => new Promise<ReturnType<typeof createServer>>((ok) => { const s = createServer(); s.listen(0, '127.0.0.1', () => ok(s)); })),
  );
  const ports = servers.map((s) => (s.address() as AddressInfo).port);
  await Promise.all(servers.map((s) => new Promise((ok) => s.close(ok))));
  return ports;
}

// The outer configuration an operator writes (see deploy/nginx.conf), for both layouts. The
// archive snippet is included from the repository; its own relative include
// (snippets/archive/security-headers.conf) resolves against this file's directory, where
// snippets/archive links to deploy/nginx/, as /etc/nginx/snippets/archive/ would hold a copy.
// master_process off: one process, no switch to user nobody, which couldn't read the temp directory.
const conf = (dir: string, dist: string, [rootPort, subPort]: number[]) => `
daemon off;
master_process off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  server {
    listen 127.0.0.1:${rootPort};
    location / {
      root ${dist};
      include ${SNIPPETS}/archive.conf;
      error_page 404 /404.html;
    }
    # dist/ has no .wasm file (Pagefind's is wasm.*.pagefind); this one checks the snippet's type for it.
    location /probe/ {
      alias ${dir}/probe/;
      include ${SNIPPETS}/archive.conf;
    }
  }
  server {
    listen 127.0.0.1:${subPort};
    absolute_redirect off;
    location = /archive {
      return 301 /archive/;
    }
    location ^~ /archive/ {
      alias ${dist}/;
      include ${SNIPPETS}/archive.conf;
      error_page 404 /archive/404.html;
    }
  }
}
`;

async function until(ready: () => Promise<boolean>, failed: () => string | undefined, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    const why = failed();
    if (why) throw new Error(why);
    if (await ready().catch(() => false)) return;
    if (Date.now() > end) throw new Error('nginx did not answer within 10 s');
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function startNginx(dist: string): Promise<Nginx> {
  if (!existsSync(NGINX)) throw new Error('找不到 nginx：请运行 apt-get install nginx');
  const dir = mkdtempSync(join(tmpdir(), 'archive-nginx-'));
  mkdirSync(join(dir, 'snippets'));
  symlinkSync(SNIPPETS, join(dir, 'snippets/archive'));
  mkdirSync(join(dir, 'probe'));
  writeFileSync(join(dir, 'probe/probe.wasm'), Uint8Array.of(0, 0x61, 0x73, 0x6d, 1, 0, 0, 0)); // the empty module
  const ports = await freePorts(2);
  writeFileSync(join(dir, 'nginx.conf'), conf(dir, resolve(dist), ports));

  // -e: the log for start-up errors, before the configuration's error_log is read.
  const child = spawn(NGINX, ['-p', `${dir}/`, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<void>((ok) => child.on('exit', () => ok()));
  let spawnError: Error | undefined;
  child.on('error', (e) => (spawnError = e));
  const log = () => (existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : '');

  const nginx: Nginx = {
    root: `http://127.0.0.1:${ports[0]}`,
    sub: `http://127.0.0.1:${ports[1]}`,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(killer);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
  try {
    const answers = async (origin: string) => (await fetch(origin, { redirect: 'manual' })).status > 0;
    await until(
      async () => (await answers(nginx.root)) && (await answers(nginx.sub)),
      () => spawnError?.message ?? (child.exitCode !== null || child.signalCode ? `nginx exited (${child.exitCode ?? child.signalCode}): ${stderr}${log()}` : undefined),
    );
  } catch (e) {
    await nginx.stop();
    throw e;
  }
  return nginx;
}
