import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { workflowEngineMessages } from './messages.js';

describe('engine messages', () => {
  it('has zh-CN and en-US texts for every workflow code the engine can answer', () => {
    const dir = new URL('.', import.meta.url);
    const sources = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    const codes = new Set(
      sources.flatMap((f) =>
        [...readFileSync(new URL(f, dir), 'utf8').matchAll(/'(workflow\.[a-z_.]+)'/g)].map((m) => m[1]!),
      ),
    );
    expect(codes.size).toBeGreaterThan(30);
    for (const code of codes) {
      expect(workflowEngineMessages[code]?.['zh-CN'], code).toBeTruthy();
      expect(workflowEngineMessages[code]?.['en-US'], code).toBeTruthy();
    }
  });
});
