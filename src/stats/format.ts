/**
 * Estimates as people should read them: 'mean ± half-width' with the half-width in two
 * significant digits and the mean rounded at the same place, so no digit beyond the noise is
 * printed ('0.639 ± 0.032', '69300 ± 3700'). Browser-safe.
 */

const SIGNIFICANT_DIGITS = 4;

/** A number in at most four significant digits, without exponent for everyday magnitudes ('-' for NaN or undefined). */
export function formatSignificant(value: number | undefined): string {
  if (value === undefined || Number.isNaN(value)) return '-';
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  if (magnitude >= 1e6 || magnitude < 1e-4) return value.toExponential(SIGNIFICANT_DIGITS - 1);
  return String(Number(value.toPrecision(SIGNIFICANT_DIGITS)));
}

/** A half-width below this share of the mean is float rounding, shown as 0. */
const ROUNDING_SPREAD = 1e-9;
/** Significant digits of a half-width; the mean is rounded at the same place. */
const HALF_WIDTH_DIGITS = 2;

/** `value` rounded to `decimals` places (negative: to tens, hundreds, ...), as text. */
function rounded(value: number, decimals: number): string {
  // A value that rounds to zero prints '0', never '-0.000' (toFixed keeps the sign of -0.0001).
  if (decimals >= 0) return value.toFixed(decimals).replace(/^-(?=0(\.0*)?$)/, '');
  const unit = 10 ** -decimals;
  const result = Math.round(value / unit) * unit;
  return String(result === 0 ? 0 : result);
}

/**
 * 'mean ± half-width' with the half-width in two significant digits and the mean rounded at
 * the same place ('0.639 ± 0.032', '69300 ± 3700'): digits beyond the noise are not shown.
 */
export function formatEstimate(mean: number, halfWidth: number): string {
  if (!Number.isFinite(mean) || !Number.isFinite(halfWidth)) return formatSignificant(mean);
  // Spread at the level of float rounding (identical constant predictions per fold) is no spread.
  if (halfWidth <= ROUNDING_SPREAD * Math.abs(mean)) return `${formatSignificant(mean)} ± 0`;
  const decimals = HALF_WIDTH_DIGITS - 1 - Math.floor(Math.log10(halfWidth));
  // Very large or very fine numbers read better in exponent form.
  if (Math.abs(mean) >= 1e6 || decimals > 6) return `${formatSignificant(mean)} ± ${formatSignificant(Number(halfWidth.toPrecision(HALF_WIDTH_DIGITS)))}`;
  return `${rounded(mean, decimals)} ± ${rounded(halfWidth, decimals)}`;
}
