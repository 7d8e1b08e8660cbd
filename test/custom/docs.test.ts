import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineCustomLoss, parseFormula, type CustomLossDefinition } from '../../src/index.js';
import { REDERIVED } from '../support/custom-examples.js';

/** docs/custom-losses.md is checked like code: its formulas, file and quoted messages are the real ones. */
const doc = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'custom-losses.md'), 'utf8');

describe('docs/custom-losses.md', () => {
  it('shows the re-derived formulas the tests run against the fixtures', () => {
    for (const { definition } of REDERIVED) {
      if ('formula' in definition && typeof definition.formula === 'string') expect(doc, definition.name).toContain(definition.formula);
    }
  });

  it('its loss file defines pinball-huber, with the gradient it quotes and no warnings', () => {
    const block = /```json\n(\{\n {2}"losses": \[[\s\S]*?)```/.exec(doc)?.[1];
    expect(block).toBeDefined();
    const [definition] = (JSON.parse(block!) as { losses: CustomLossDefinition[] }).losses;
    const loss = defineCustomLoss(definition!);
    expect(loss.custom.warnings).toEqual([]);
    expect(doc.replace(/\s+/g, ' ')).toContain(`\`${loss.custom.gradients.input}\``);
  });

  it('quotes the messages the library really gives', () => {
    let parseMessage = '';
    try { parseFormula('abs(input - target))^1.5', { inputs: ['input', 'target'], options: [] }); } catch (error) { parseMessage = (error as Error).message; }
    expect(doc).toContain(parseMessage);
    const naive = defineCustomLoss({ name: 'naive-poisson', formula: 'exp(input) - input * target' });
    expect(doc).toContain(naive.custom.warnings[0]);
    let lossy = '';
    try { defineCustomLoss({ name: 'lossy', fn: (x: number, t: number) => Math.exp(x) - t }); } catch (error) { lossy = (error as Error).message; }
    expect(doc.replace(/\n\/\/ {3}/g, ' ')).toContain(lossy);
    let root = '';
    try { defineCustomLoss({ name: 'root-error', formula: 'sqrt(abs(input - target))' }).evaluate({ input: [1], target: [1] }, {}, { grad: true }); } catch (error) { root = (error as Error).message; }
    expect(doc).toContain(root);
  });
});
