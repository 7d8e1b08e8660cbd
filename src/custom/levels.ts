import type { Node } from './ast.js';
import { operatorInfo } from './operators.js';

/**
 * Where a value lives along the class axis: 0 a constant (numbers, options, C), 1 one value
 * per element (elementwise losses) or per row (class-axis losses), 2 one value per class of a
 * row. An operator's level follows its arguments; reductions and picks bring a per-class
 * value down to a per-row one.
 */
export type Level = 0 | 1 | 2;

export class Levels {
  private readonly memo = new WeakMap<Node, Level>();

  /** `perClass`: the inputs holding one value per class ([N, C] or [C]); all others are per row. */
  constructor(private readonly perClass: ReadonlySet<string> = new Set()) {}

  of(n: Node): Level {
    const known = this.memo.get(n);
    if (known !== undefined) return known;
    let level: Level;
    switch (n.kind) {
      case 'number': case 'option': case 'classes': level = 0; break;
      case 'input': level = this.perClass.has(n.name) ? 2 : 1; break;
      case 'apply': {
        const top = n.args.reduce<Level>((most, arg) => Math.max(most, this.of(arg)) as Level, 0);
        switch (operatorInfo(n.op).role) {
          case 'elementwise': level = top; break;
          case 'reduce': level = top === 0 ? 0 : 1; break;
          case 'class-map': level = top === 0 ? 0 : 2; break;
          case 'pick': level = 1; break;
          case 'onehot': level = 2; break;
        }
      }
    }
    this.memo.set(n, level);
    return level;
  }
}
