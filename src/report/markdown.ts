/** Small helpers for writing Markdown safely (article text may hold any character). */

/** Text for a table cell: no pipes, no line breaks, no stray markup. */
export function cell(text: string | number | null | undefined): string {
  if (text === null || text === undefined || text === '') return '—';
  return escapeMarkup(String(text).replace(/[\r\n]+/g, ' ')).replace(/\|/g, '\\|');
}

/** Text for running Markdown: markup characters escaped. */
export function inline(text: string): string {
  return escapeMarkup(text.replace(/[\r\n]+/g, ' ')).replace(/([|#])/g, '\\$1');
}

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Escapes characters that would become markup; an underscore inside a word is left alone (it cannot start emphasis). */
function escapeMarkup(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/[<>*`[\]]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, (c) => `\\${c}`);
}
