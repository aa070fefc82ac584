// @ts-check
/** @type {import('prettier').Config} */
export default {
  plugins: ['prettier-plugin-astro', 'prettier-plugin-svelte'],
  singleQuote: true,
  // Long Thai sentences and tables read better unwrapped; Markdown is left as the writer typed it.
  printWidth: 120,
  proseWrap: 'preserve',
  overrides: [
    { files: '*.astro', options: { parser: 'astro' } },
    { files: '*.svelte', options: { parser: 'svelte' } },
  ],
};
