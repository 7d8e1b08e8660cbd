/**
 * Epochs and steps in diagnose's messages: the Hugging Face Trainer logs fractional epochs
 * (0.7679385649148068), which the messages print as people write them.
 */
import { describe, expect, it } from 'vitest';
import { History, diagnose, formatPosition } from '../../src/monitor/index.js';

describe('formatPosition', () => {
  it('integers as integers, fractions to 3 decimals (3 significant digits under 1)', () => {
    expect(formatPosition(12)).toBe('12');
    expect(formatPosition(1200)).toBe('1200');
    expect(formatPosition(0.7679385649148068)).toBe('0.768');
    expect(formatPosition(3.5837133029357653)).toBe('3.584');
    expect(formatPosition(12.5)).toBe('12.5');
    expect(formatPosition(0.000412345)).toBe('0.000412');
    expect(formatPosition(2.0004)).toBe('2');
  });

  it("diagnose's messages name fractional epochs that way", () => {
    // A loss that falls, then climbs steadily from epoch ~1.2: divergence, its positions fractional.
    const points = Array.from({ length: 60 }, (_, i) => {
      const epoch = (i + 1) / 12.345678;
      const value = i < 15 ? 2 - i * 0.08 : 0.88 + (i - 14) * 0.2;
      return { step: i + 1, epoch, value };
    });
    const history = History.fromSeries({ loss: points });
    const messages = diagnose(history).map((finding) => `${finding.message} ${finding.suggestion ?? ''}`).join('\n');
    expect(messages).toMatch(/epoch \d+\.\d{1,3}\b/);
    expect(messages).not.toMatch(/\d\.\d{4,}/);
  });
});
