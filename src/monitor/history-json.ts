/**
 * The JSON form of a History. JSON has no NaN or Infinity (JSON.stringify writes null), so
 * non-finite values are written as the strings 'NaN', 'Infinity' and '-Infinity'.
 *
 *   { "format": "losskit-history", "version": 1,
 *     "series": [{ "name": "loss", "role": "trainLoss", "split": "train", "granularity": "epoch",
 *                  "sourceNames": ["train_loss"], "points": [{ "step": 1, "epoch": 1, "value": 0.69 }] }] }
 *
 * Browser-safe.
 */
import { LossError } from '../core/errors.js';
import type { SeriesGranularity, SeriesRole, SeriesSplit } from './history-names.js';
import type { Series, SeriesPoint } from './history.js';

export const HISTORY_JSON_FORMAT = 'losskit-history';
export const HISTORY_JSON_VERSION = 1;

export type JsonNumber = number | 'NaN' | 'Infinity' | '-Infinity';

export interface HistoryJsonPoint {
  readonly step: number;
  readonly epoch?: number;
  readonly value: JsonNumber;
  readonly wallTime?: number;
}

export interface HistoryJsonSeries {
  readonly name: string;
  readonly role: SeriesRole;
  readonly split: SeriesSplit;
  readonly granularity: SeriesGranularity;
  readonly sourceNames: readonly string[];
  readonly points: readonly HistoryJsonPoint[];
}

export interface HistoryJson {
  readonly format: typeof HISTORY_JSON_FORMAT;
  readonly version: number;
  readonly series: readonly HistoryJsonSeries[];
}

const ROLES: readonly SeriesRole[] = ['trainLoss', 'validationLoss', 'learningRate', 'metric', 'context'];

function encodeNumber(value: number): JsonNumber {
  if (Number.isFinite(value)) return value;
  if (Number.isNaN(value)) return 'NaN';
  return value > 0 ? 'Infinity' : '-Infinity';
}

function decodeNumber(value: unknown, where: string): number {
  if (typeof value === 'number') return value;
  if (value === 'NaN') return Number.NaN;
  if (value === 'Infinity') return Infinity;
  if (value === '-Infinity') return -Infinity;
  throw fail(`${where} must be a number or 'NaN' / 'Infinity' / '-Infinity'`, value);
}

function fail(expectation: string, received: unknown): LossError {
  const shown = typeof received === 'string' ? `'${received}'` : JSON.stringify(received) ?? String(received);
  return new LossError('option', `History.fromJSON: ${expectation}, received ${shown}`, 'History.fromJSON', 'json');
}

export function encodeHistory(series: readonly Series[]): HistoryJson {
  return {
    format: HISTORY_JSON_FORMAT,
    version: HISTORY_JSON_VERSION,
    series: series.map((one) => ({
      name: one.name, role: one.role, split: one.split, granularity: one.granularity,
      sourceNames: [...one.sourceNames],
      points: one.points.map((point) => ({ ...point, value: encodeNumber(point.value) })),
    })),
  };
}

export function decodeHistory(json: HistoryJson | string): Series[] {
  const parsed: unknown = typeof json === 'string' ? JSON.parse(json) : json;
  if (typeof parsed !== 'object' || parsed === null || (parsed as { format?: unknown }).format !== HISTORY_JSON_FORMAT) {
    throw fail(`'format' must be '${HISTORY_JSON_FORMAT}'`, (parsed as { format?: unknown } | null)?.format);
  }
  const { version, series } = parsed as { version?: unknown; series?: unknown };
  if (version !== HISTORY_JSON_VERSION) throw fail(`'version' must be ${HISTORY_JSON_VERSION}`, version);
  if (!Array.isArray(series)) throw fail("'series' must be an array", series);
  return series.map((raw: Partial<HistoryJsonSeries>, index): Series => {
    const where = `series[${index}]`;
    if (typeof raw.name !== 'string') throw fail(`${where}.name must be a string`, raw.name);
    if (!ROLES.includes(raw.role as SeriesRole)) throw fail(`${where}.role must be one of ${ROLES.join(', ')}`, raw.role);
    if (!Array.isArray(raw.points)) throw fail(`${where}.points must be an array`, raw.points);
    const points = raw.points.map((point: HistoryJsonPoint, at): SeriesPoint => {
      if (typeof point.step !== 'number') throw fail(`${where}.points[${at}].step must be a number`, point.step);
      return {
        step: point.step,
        value: decodeNumber(point.value, `${where}.points[${at}].value`),
        ...(typeof point.epoch === 'number' ? { epoch: point.epoch } : {}),
        ...(typeof point.wallTime === 'number' ? { wallTime: point.wallTime } : {}),
      };
    });
    return {
      name: raw.name,
      role: raw.role as SeriesRole,
      split: raw.split === 'validation' ? 'validation' : 'train',
      granularity: raw.granularity === 'step' ? 'step' : 'epoch',
      sourceNames: Array.isArray(raw.sourceNames) ? raw.sourceNames.filter((name): name is string => typeof name === 'string') : [raw.name],
      points,
    };
  });
}
