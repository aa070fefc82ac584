import type { Server } from 'node:http';

/** Serves a built site folder under a base path; see serve.mjs. */
export function serve(options?: { dir?: string; base?: string; port?: number; host?: string }): Promise<Server>;
