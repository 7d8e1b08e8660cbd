/**
 * The worker-thread side of a trial: rebuilds the task once from its spec, then runs trials
 * on request. The trainer is synchronous, so at each rung epoch the thread posts its value to
 * the host and blocks on Atomics.wait until the host (whose event loop is free: it may ask
 * Redis) writes the pruner's answer into the shared signal and notifies.
 *
 * Signal layout (Int32Array over a SharedArrayBuffer): [0] 0 = waiting, 1 = answered;
 * [1] the answer, PRUNE or CONTINUE.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { prepareTask, runTrial } from './objective.js';
import { PRUNE, THREAD_MARKER, type RunMessage, type ThreadData, type ThreadMessage } from './thread-protocol.js';

function serve(): void {
  const port = parentPort;
  const data = workerData as ThreadData | undefined;
  // Only in a thread started for trials (test runners also run modules in worker threads).
  if (!port || data?.marker !== THREAD_MARKER) return;
  const task = prepareTask(data.task);
  port.on('message', (message: RunMessage) => {
    const signal = new Int32Array(message.signal);
    try {
      const outcome = runTrial(task, message.config, (epoch, value) => {
        if (!message.rungEpochs.includes(epoch)) return 'continue';
        Atomics.store(signal, 0, 0);
        port.postMessage({ type: 'epoch', number: message.number, epoch, value } satisfies ThreadMessage);
        Atomics.wait(signal, 0, 0);
        return Atomics.load(signal, 1) === PRUNE ? 'prune' : 'continue';
      });
      port.postMessage({ type: 'done', number: message.number, outcome } satisfies ThreadMessage);
    } catch (error) {
      port.postMessage({ type: 'error', number: message.number, message: (error as Error).message } satisfies ThreadMessage);
    }
  });
  port.postMessage({ type: 'ready' } satisfies ThreadMessage);
}

serve();
