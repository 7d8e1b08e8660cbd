import { tfjsEngine } from './tfjs-common.js';

/** TensorFlow.js on its pure-JS CPU backend (@tensorflow/tfjs-backend-cpu). */
export const tfjsCpuEngine = tfjsEngine('cpu');
