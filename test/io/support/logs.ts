/**
 * What the layout tests build logs from and read them back with: a series' values and steps, and
 * a Jupyter notebook of code cells with their saved outputs (stdout and stderr streams, a display
 * that only HTML shows), as nbformat 4 writes them.
 */
import { seriesPoints } from '../../../src/io/series.js';
import type { ScalarSeries } from '../../../src/io/types.js';
import { bytes } from './temp-files.js';

/** A series' values in step order; none for a series that is not there. */
export const values = (series: ScalarSeries | undefined) => (series === undefined ? [] : seriesPoints(series).map((point) => point.value));
/** A series' steps in order; none for a series that is not there. */
export const steps = (series: ScalarSeries | undefined) => (series === undefined ? [] : seriesPoints(series).map((point) => point.step));

/** A notebook's bytes: one code cell per list of outputs, in order, each run once (execution counts 1, 2, ...). */
export function notebook(cells: readonly (readonly object[])[]): Uint8Array {
  return bytes(JSON.stringify({
    nbformat: 4, nbformat_minor: 5, metadata: {},
    cells: cells.map((outputs, index) => ({ cell_type: 'code', execution_count: index + 1, metadata: {}, source: [], outputs })),
  }));
}
/** A cell's printed output; a list of strings as the notebook saves a stream in pieces. */
export const stdout = (text: string | readonly string[]) => ({ output_type: 'stream', name: 'stdout', text });
export const stderr = (text: string | readonly string[]) => ({ output_type: 'stream', name: 'stderr', text });
/** A progress widget's display (tqdm, Lightning), saved with the first frame of its bar as plain text. */
export const widget = (text: string) => ({ output_type: 'display_data', metadata: {}, data: { 'application/vnd.jupyter.widget-view+json': { model_id: '0', version_major: 2, version_minor: 0 }, 'text/plain': [text] } });
/** A display that only HTML shows, as IPython saves `display(HTML(...))`. */
export const html = (markup: string, plain = '<IPython.core.display.HTML object>') => ({ output_type: 'display_data', metadata: {}, data: { 'text/html': markup, 'text/plain': plain } });
