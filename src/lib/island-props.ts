/**
 * An island's props as JSON for a `<script type="application/json">` element, which the browser never runs.
 * "<" is escaped, so no text in the props can close the script element early.
 * @example islandPropsJson({ text: '</script>' }) // '{"text":"\\u003c/script>"}'
 */
export function islandPropsJson(props: unknown): string {
  return JSON.stringify(props).replaceAll('<', '\\u003c');
}
