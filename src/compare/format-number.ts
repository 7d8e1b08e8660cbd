/** Numbers as the comparison prints them: four significant digits, no exponent for everyday magnitudes. */

const SIGNIFICANT_DIGITS = 4;

/** A number in at most four significant digits, without exponent for everyday magnitudes. */
export function formatMetric(value: number | undefined): string {
  if (value === undefined || Number.isNaN(value)) return '-';
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  if (magnitude >= 1e6 || magnitude < 1e-4) return value.toExponential(SIGNIFICANT_DIGITS - 1);
  return String(Number(value.toPrecision(SIGNIFICANT_DIGITS)));
}
