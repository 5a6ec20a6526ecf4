// Serves the built site (dist/) on 127.0.0.1 for local browsing: `npm run docs:serve` at the root, PORT to choose the port.
import { fileURLToPath } from 'node:url';
import { serveDirectory } from './static-server.mjs';

const { url } = await serveDirectory(fileURLToPath(new URL('../dist/', import.meta.url)), Number(process.env.PORT ?? 8080));
console.log(`API reference at ${url} (Ctrl+C to stop)`);
