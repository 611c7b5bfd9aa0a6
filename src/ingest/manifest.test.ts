import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseManifest } from './manifest.js';

describe('manifest', () => {
  it('reads sources.csv with per-row problems instead of failing', () => {
    const csv = 'File,URL,Outlet,Published\n001.txt,https://example.com/a,The Example,2025-10-23\n002.txt,,,23/10/2025\n,https://x,,\n';
    const m = parseManifest('/corpus/sources.csv', csv);
    expect(m.entries.get(path.resolve('/corpus/001.txt'))).toEqual({ file: '001.txt', url: 'https://example.com/a', outlet: 'The Example', published: '2025-10-23' });
    expect(m.entries.size).toBe(1);
    expect(m.problems).toHaveLength(2);
    expect(m.problems[0]).toMatch(/entry 2: published/);
  });

  it('reads sources.json as an array or {documents: [...]}', () => {
    const json = JSON.stringify({ documents: [{ file: 'sub/a.html', outlet: 'Example', published: '2025-04-27T10:30:00+09:00' }] });
    const m = parseManifest('/corpus/sources.json', json);
    expect(m.entries.get(path.resolve('/corpus/sub/a.html'))?.published).toBe('2025-04-27T10:30:00+09:00');
    expect(parseManifest('/c/sources.json', '{not json').problems[0]).toMatch(/not readable/);
  });
});
