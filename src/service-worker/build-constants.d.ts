// What src/integrations/service-worker.ts writes in front of worker.js when the site is built.
declare const VERSION: string;
declare const PRECACHE: string[];
declare const NOT_FOUND: string;
