// The service worker: after one visit to the quiz or a result, every page and file of this version of the site
// is kept, so the quiz, results and explainer pages work with the network off. The build prepends VERSION,
// PRECACHE (the URLs of this version's files) and NOT_FOUND (the 404 page's URL); see
// src/integrations/service-worker.ts.
//
// Versions never mix: each build has its own cache, a page is always answered from the cache of the worker that
// controls it, and a new worker waits until every tab of the old version is closed before it takes over (no
// skipWaiting), then deletes the old caches.
const cacheName = `front-back-office-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(cacheName).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith('front-back-office-') && name !== cacheName)
            .map((name) => caches.delete(name)),
        ),
      )
      // The page that installed the worker is served by it from now on, so it works offline without a reload.
      .then(() => self.clients.claim()),
  );
});

async function respond(request) {
  const cache = await caches.open(cacheName);
  // The query string never changes a page of this static site.
  const cached = await cache.match(request, { ignoreSearch: true });
  if (cached) return cached;
  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
    return response;
  } catch (error) {
    if (request.mode === 'navigate') {
      const notFound = await cache.match(NOT_FOUND);
      if (notFound) return notFound;
    }
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(respond(request));
});
