/**
 * A minimal static file server for the built site, standing in for a static host:
 * serves `dir` under `base`, answers unknown paths with the site's 404 page and status 404, and
 * sends the headers of `dir/_headers` (public/_headers, copied by the build) as Netlify and
 * Cloudflare Pages do, matching its patterns against the path below `base`; and compresses text
 * (gzip, when the client accepts it) as those hosts do, so transfer sizes and timings are a host's.
 * Tests start one per build (the plain one and the sub-path one) on a free port.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';
import { headersFor, parseHeadersFile } from '../src/lib/site/headers-file.ts';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
	'.pf_meta': 'application/octet-stream',
};

/** Types a static host compresses; images, fonts and Pagefind's pre-compressed index files are sent as they are. */
const compressible = new Set(['.html', '.js', '.mjs', '.css', '.json', '.csv', '.svg', '.xml', '.txt']);

export interface RunningServer {
	url: string;
	close(): Promise<void>;
}

export async function serveStatic(dir: string, base = '/'): Promise<RunningServer> {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	const headersFile = join(dir, '_headers');
	const server: Server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		if (!path.startsWith(prefix) || path === `${prefix}_headers`) return notFound(res);
		// Read per request: a server may start before the build that writes the file.
		if (existsSync(headersFile)) {
			const rules = parseHeadersFile(readFileSync(headersFile, 'utf8'), headersFile);
			for (const [name, value] of headersFor(rules, `/${path.slice(prefix.length)}`)) res.setHeader(name, value);
		}
		let file = normalize(join(dir, path.slice(prefix.length)));
		if (!file.startsWith(normalize(dir))) return notFound(res);
		if (existsSync(file) && statSync(file).isDirectory()) {
			if (!path.endsWith('/')) {
				res.writeHead(301, { location: `${path}/` }).end();
				return;
			}
			file = join(file, 'index.html');
		}
		if (!existsSync(file)) return notFound(res);
		const type = types[extname(file)] ?? 'application/octet-stream';
		if (compressible.has(extname(file)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
			res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
			createReadStream(file).pipe(createGzip()).pipe(res);
			return;
		}
		res.writeHead(200, { 'content-type': type });
		createReadStream(file).pipe(res);
	});
	function notFound(res: ServerResponse) {
		const page = join(dir, '404.html');
		res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
		if (existsSync(page)) createReadStream(page).pipe(res);
		else res.end('Not found');
	}
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return {
		url: `http://127.0.0.1:${port}${prefix}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
