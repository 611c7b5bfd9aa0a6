import { describe, expect, it } from 'vitest';
import { createDoc } from '../core/doc.js';
import { defaultConfiguration } from '../pipeline/configuration.js';
import { processDoc } from '../pipeline/process-doc.js';
import { preparedOf } from './prepared-report.js';
import { sendable } from './unsent-extract.js';

const prepared = (id: string, source: string) => preparedOf(processDoc(createDoc({ id, input: `${id}.txt`, kind: 'text', sha256: `sha-${id}`, encoding: 'utf-8', source }), defaultConfiguration()));

describe('an extraction reply that cannot all be handed back', () => {
  it('fails only the reports that cannot be copied, keeping their ids and hashes, and drops dated events that cannot be', () => {
    const good = prepared('a', 'SEOUL, April 28, 2025 — About 600 North Korean soldiers were killed in Kursk, South Korea said.');
    const bad = prepared('b', 'KYIV, May 2, 2025 — Ukraine said 1,000 troops were sent.');
    const broken = { ...bad, document: { ...bad.document, title: Object as unknown as string } };
    expect(() => structuredClone(broken)).toThrow();
    const error = new Error('could not be cloned');
    const reply = sendable({ ticket: 3, extracts: [good, broken], dated: [{ doc: 'b', kind: Object } as never] }, error);
    expect(reply.ticket).toBe(3);
    expect(reply.extracts![0]).toBe(good);
    expect(reply.extracts![1]!.document).toMatchObject({ id: 'b', source: 'b.txt', sha256: 'sha-b', status: 'failed' });
    expect(reply.extracts![1]!.document.messages[0]!.reason).toMatch(/could not be handed back from its thread \(could not be cloned\)/);
    expect(reply.extracts![1]!.claims).toEqual([]);
    expect(reply).not.toHaveProperty('dated');
    expect(structuredClone(reply)).toEqual(reply);
    // a reply of one report that can be copied is left as it is
    expect(sendable({ ticket: 4, extract: good }, error)).toEqual({ ticket: 4, extract: good });
  });
});
