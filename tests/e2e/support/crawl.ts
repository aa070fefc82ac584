/** Follows every same-site link from a start page (with plain HTTP, as a search engine would) and returns the status of each URL found. */
export async function crawl(startUrl: string): Promise<Map<string, number>> {
  const origin = new URL(startUrl).origin;
  const statuses = new Map<string, number>();
  const queue = [startUrl];
  while (queue.length > 0) {
    const url = queue.shift() as string;
    if (statuses.has(url)) continue;
    const response = await fetch(url, { redirect: 'manual' });
    statuses.set(url, response.status);
    if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) continue;
    const html = await response.text();
    for (const match of html.matchAll(/<a\b[^>]*\shref="([^"#]*)(#[^"]*)?"/gu)) {
      const href = match[1];
      if (href === undefined || href === '') continue;
      const target = new URL(href.replaceAll('&amp;', '&'), url);
      if (target.origin === origin && !statuses.has(target.href)) queue.push(target.href);
    }
  }
  return statuses;
}
