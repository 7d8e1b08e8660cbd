import { InputError, InternalError, PLEASE_REPORT } from '../core/errors.js';
import { COMMAND_LIST, UsageError, type Command } from './args.js';
import { compareCommand } from './commands/compare.js';
import { computeCommand } from './commands/compute.js';
import { demoCommand } from './commands/demo.js';
import { diagnoseCommand } from './commands/diagnose.js';
import { explainCommand } from './commands/explain.js';
import { exploreCommand } from './commands/explore.js';
import { listCommand } from './commands/list.js';
import { searchCommand } from './commands/search.js';
import { tourCommand } from './commands/tour.js';
import { workerCommand } from './commands/worker.js';
import { keyValues } from './format.js';
import { SILENT_IO, type CommandIO } from './progress.js';
import { version } from './version.js';

/**
 * The whole CLI as a function from arguments to text and an exit code, so tests run it
 * in-process; `main.ts` only connects it to the process.
 *   0  success
 *   1  an unexpected internal error (a bug: please report it)
 *   2  a usage error or an InputError (LossError, DataFileError, LogFileError,
 *      TrainingSetupError) about the given inputs; one line on stderr
 */
export interface CliResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number;
}

const COMMANDS: readonly Command[] = [listCommand, explainCommand, computeCommand, compareCommand, searchCommand, workerCommand, diagnoseCommand, demoCommand, exploreCommand, tourCommand];

export { version };

function topHelp(): string {
  const commands = keyValues([
    ...COMMANDS.map((c): [string, string] => [c.name, c.summary]),
    ['help [command]', 'this help, or one command\'s'],
  ]);
  return `losskit ${version()} - loss functions with exact values and gradients

Usage: losskit <command> [options]

Commands:
${commands}

Options:
  -h, --help      help (also after any command: losskit compute --help)
  -V, --version   print the version

Examples:
  losskit list
  losskit list --anchors
  losskit explain huber
  losskit compute mse --input '[120, 150]' --target '[100, 100]' --reduction none --grad
  losskit compare --dataset boston --outliers 10% --losses mse,mae,huber --model mlp
  losskit search --dataset boston --outliers 10% --model mlp --budget 60
  losskit diagnose lightning_logs/ --report diagnosis.html
  losskit demo
  losskit explore --out explorer.html
  losskit tour
`;
}

function findCommand(name: string): Command {
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) throw new UsageError(`unknown command '${name}' (${COMMAND_LIST}; see 'losskit --help')`);
  return command;
}

/** Help requested anywhere before a `--` terminator. */
function wantsHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
}

async function dispatch(argv: readonly string[], io: CommandIO): Promise<string> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h') return topHelp();
  if (first === '--version' || first === '-V' || first === '-v') return `${version()}\n`;
  if (first === 'help') {
    if (rest.length === 0) return topHelp();
    return `${findCommand(rest[0] ?? '').usage}\n`;
  }
  if (first.startsWith('-')) throw new UsageError(`unknown flag '${first}' (${COMMAND_LIST}; see 'losskit --help')`);
  const command = findCommand(first);
  if (wantsHelp(rest)) return `${command.help ? command.help(rest) : command.usage}\n`;
  return command.run(rest, io);
}

function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ').trim();
}

/** Async because some commands read files (`diagnose`); the others resolve at once. */
export async function runCli(argv: readonly string[], io: CommandIO = SILENT_IO): Promise<CliResult> {
  try {
    return { stdout: await dispatch(argv, io), stderr: '', code: 0 };
  } catch (error) {
    if (error instanceof UsageError || error instanceof InputError) {
      return { stdout: '', stderr: `losskit: ${oneLine(error.message)}\n`, code: 2 };
    }
    // An InternalError's message already asks for a report; anything else unexpected is one too.
    if (error instanceof InternalError) return { stdout: '', stderr: `losskit: internal error: ${oneLine(error.message)}\n`, code: 1 };
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { stdout: '', stderr: `losskit: internal error: ${oneLine(message)} (${PLEASE_REPORT})\n`, code: 1 };
  }
}
