import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { buildExplorerPage, servePage } from '../../explore/index.js';
import { UsageError, parse, type Command } from '../args.js';
import { SILENT_IO, type CommandIO } from '../progress.js';
import { version } from '../version.js';
import { writeFileAtomic } from '../write-file.js';

export const DEFAULT_EXPLORER_PAGE = 'losskit-explorer.html';
export const DEFAULT_EXPLORER_PORT = 8080;

const USAGE = `Usage: losskit explore [--out FILE] [--serve [--port N]]

Writes an interactive page, self-contained and working offline: any loss's value and
gradient curves with sliders for its options; the outlier lesson (drag a point, watch
lines fitted by MSE, MAE and Huber); cross-entropy against the true class's probability
with the article's worked examples; training and validation curves of real runs showing
overfitting and learning-rate patterns. Everything is computed in the page by losskit's
own kernels, bundled into it.

Options:
  --out FILE   where to write the page (default ${DEFAULT_EXPLORER_PAGE})
  --serve      serve the page on http://127.0.0.1:PORT/ instead; Ctrl-C stops
  --port N     the port for --serve (default ${DEFAULT_EXPLORER_PORT}; 0 picks a free one)
  -h, --help`;

function portOf(text: string | undefined): number {
  if (text === undefined) return DEFAULT_EXPLORER_PORT;
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) throw new UsageError(`explore: --port must be an integer from 0 to 65535, received '${text}'`);
  return port;
}

/** Resolves on Ctrl-C or SIGTERM, so the server runs until then. */
function untilStopped(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export const exploreCommand: Command = {
  name: 'explore',
  summary: 'write (or serve) an interactive page of losses, working offline',
  usage: USAGE,
  async run(args, io: CommandIO = SILENT_IO) {
    const { values, positionals } = parse('explore', args, { out: { type: 'string' }, serve: { type: 'boolean' }, port: { type: 'string' } });
    if (positionals.length) throw new UsageError(`explore: unexpected argument '${positionals[0]}'; see 'losskit explore --help'`);
    const serve = values.serve === true;
    if (serve && values.out !== undefined) throw new UsageError('explore: --out and --serve exclude each other (--serve writes no file)');
    if (!serve && values.port !== undefined) throw new UsageError('explore: --port needs --serve');
    const port = portOf(values.port as string | undefined);
    const out = (values.out as string | undefined) ?? DEFAULT_EXPLORER_PAGE;
    // Fail before the page's training runs, not after.
    if (!serve && !existsSync(dirname(resolve(out)))) throw new UsageError(`explore: cannot write ${out}: the folder ${dirname(resolve(out))} does not exist`);
    let html: string;
    try {
      html = await buildExplorerPage(version(), (text) => io.progress(text));
    } catch (error) {
      if (error instanceof Error && error.message.startsWith('explore:')) throw new UsageError(error.message);
      throw error;
    }
    const kb = (Buffer.byteLength(html) / 1024).toFixed(0);
    if (!serve) {
      writeFileAtomic(out, html);
      return `Wrote ${out} (${kb} KB): open it in any browser; it needs no network.\n`;
    }
    let server;
    try {
      server = await servePage(html, port);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE') throw new UsageError(`explore: port ${port} is in use; pass --port N (0 picks a free one)`);
      if (code === 'EACCES') throw new UsageError(`explore: no permission to listen on port ${port}; pass --port N above 1023 (0 picks a free one)`);
      throw error;
    }
    io.progress(`Serving the explorer (${kb} KB) at ${server.url} - press Ctrl-C to stop\n`);
    await untilStopped();
    await server.close();
    return 'Stopped the explorer server.\n';
  },
};
