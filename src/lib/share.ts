/**
 * Links that hand a result link to another app. Pure: they build URLs and open nothing.
 */

/**
 * A link that opens LINE's "share" screen with a message ready to send. LINE's app catches this address on a
 * phone; elsewhere it opens LINE's web page, which then also sees the message.
 * @example lineShareUrl('My result', 'https://example.org/th/result/#1A2B') // 'https://line.me/R/share?text=My%20result%0Ahttps%3A%2F%2F…'
 */
export function lineShareUrl(message: string, url: string): string {
  return `https://line.me/R/share?text=${encodeURIComponent(`${message}\n${url}`)}`;
}
