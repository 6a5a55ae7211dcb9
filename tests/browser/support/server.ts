import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, posix, resolve, sep } from 'node:path';

export interface ServeOptions {
  /** Also serve the directory under this sub-path, e.g. "/evidence/", as a static host would. */
  readonly base?: string;
  /** Extra headers on every response (a Content-Security-Policy, say). */
  readonly headers?: Readonly<Record<string, string>>;
}

export interface Served {
  /** Where the site starts: the origin followed by the base ("/" when none). */
  readonly url: string;
  readonly origin: string;
  close(): Promise<void>;
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * A small static file server for the browser tests, on 127.0.0.1 and a free
 * port. It answers like the static hosts the dashboard is meant for: a
 * directory path ("/clean-growth/") gets that folder's index.html, or the
 * root index.html when there is none (single-page fallback); any other
 * missing path is a 404.
 */
export async function serve(dir: string, options: ServeOptions = {}): Promise<Served> {
  const root = resolve(dir);
  const base = options.base ? `/${options.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/') : '/';
  const extra = options.headers ?? {};

  const server = createServer((req, res) => {
    const send = (status: number, body: string, headers: Record<string, string> = {}) => {
      res.writeHead(status, { ...extra, 'Content-Type': 'text/plain; charset=utf-8', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    void (async () => {
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed\n', { Allow: 'GET, HEAD' });
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      let path: string;
      try {
        path = decodeURIComponent(url.pathname);
      } catch {
        return send(400, 'bad request\n');
      }
      if (path.includes('\0')) return send(400, 'bad request\n');
      // As a well-configured host does (README, "Hosting"): a path that is not canonical (a doubled slash, an
      // encoded "/" or "\\") is redirected to the canonical page, so its relative asset URLs resolve.
      if (/\/\/|%2f|%5c/i.test(url.pathname)) {
        const canonical = posix.normalize(path.replace(/\\/g, '/'));
        return send(301, 'moved\n', { Location: `${encodeURI(canonical)}${url.search}` });
      }
      // Mounted at "/" and at the base: a file under the base is the same file.
      if (base !== '/' && path === base.slice(0, -1)) return send(301, 'moved\n', { Location: `${base}${url.search}` });
      if (base !== '/' && path.startsWith(base)) path = `/${path.slice(base.length)}`;
      const target = resolve(join(root, path));
      if (target !== root && !target.startsWith(root + sep)) return send(404, 'not found\n');

      let file: string | undefined;
      if (path.endsWith('/')) {
        const own = join(target, 'index.html');
        file = (await isFile(own)) ? own : join(root, 'index.html');
      } else if (await isFile(target)) {
        file = target;
      } else if (await isDirectory(target)) {
        return send(301, 'moved\n', { Location: `${url.pathname}/${url.search}` });
      }
      if (!file || !(await isFile(file))) return send(404, 'not found\n');

      const size = (await stat(file)).size;
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Length': String(size),
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
        ...extra,
      });
      if (req.method === 'HEAD') return res.end();
      createReadStream(file)
        .on('error', () => res.destroy())
        .pipe(res);
    })().catch(() => {
      if (!res.headersSent) send(500, 'server error\n');
      else res.destroy();
    });
  });

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${base}`,
    origin,
    close: () =>
      new Promise<void>((ok, fail) => {
        server.close((e) => (e ? fail(e) : ok()));
        server.closeAllConnections();
      }),
  };
}
