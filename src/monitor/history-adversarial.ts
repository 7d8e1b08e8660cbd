/**
 * A GAN's training loss (roles-39). A GAN logs its generator's and its discriminator's losses and no
 * total: two networks, each minimising its own loss against the other, so neither loss alone says how
 * the training goes (the generator's rises whenever the discriminator improves, and the reverse).
 * Their sum does: with the usual cross-entropy losses its terms on the generated samples,
 * -ln D(G(z)) - ln(1 - D(G(z))), are least (ln 4) where the discriminator cannot tell them from real
 * ones and grow as either side pulls ahead, so the sum stays level at a balanced game, climbs when
 * the game is lost (a discriminator that wins outright drives the generator's loss up many times)
 * and falls while the game settles. It is read as the training loss, named
 * `<generator>+<discriminator>` wherever a finding cites it. Not a weighted total: the two losses
 * belong to two networks and are never minimised together, so there are no weights to know (a
 * single network's several named losses stay metrics: history-loss-roles.ts).
 *
 * Read only where the pair is all there is: exactly one generator loss and one discriminator loss
 * among the training split's named losses (a StarGAN's `domain_classifier_loss` or an ACGAN's
 * `aux_loss` beside them is a third term whose place in the game the log does not say), no
 * validation loss, both losses never negative (a Wasserstein critic's signed losses measure a
 * distance, not a game's balance), and the two logged, as numbers, at the same steps (a GAN gone
 * NaN keeps its non-finite findings on the losses themselves). Browser-safe.
 */
import type { Series, SeriesPoint } from './history.js';

/** `g_loss`, `loss_G` (normalised `loss_g`), `gen_loss`, `loss_gen`, `generator_loss`: a generator's loss. */
const GENERATOR_LOSS = /^(?:loss_(?:g|gen|generator)|(?:g|gen|generator)_loss)$/;
/** `d_loss`, `loss_D`, `dis_loss`, `loss_dis`, `disc_loss`, `discriminator_loss`: a discriminator's loss. */
const DISCRIMINATOR_LOSS = /^(?:loss_(?:d|dis|disc|discriminator)|(?:d|dis|disc|discriminator)_loss)$/;

/** How much of the shorter loss's steps the two must share to be one log's pair. */
const MIN_SHARED_SHARE = 0.9;

/** The generator's and discriminator's losses summed at the steps they share, or undefined where `named` is no lone GAN pair. */
export function adversarialTotal(named: readonly Series[]): Series | undefined {
  if (named.length !== 2) return undefined;
  const generator = named.find((series) => GENERATOR_LOSS.test(series.name));
  const discriminator = named.find((series) => DISCRIMINATOR_LOSS.test(series.name));
  if (generator === undefined || discriminator === undefined) return undefined;
  if (!neverNegative(generator) || !neverNegative(discriminator)) return undefined;
  const discriminatorAt = new Map(discriminator.points.map((point) => [point.step, point.value]));
  // Summed where both are numbers: a NaN is found on the loss that went NaN (which network broke), not again on the sum.
  const points: SeriesPoint[] = generator.points.flatMap((point) => {
    const other = discriminatorAt.get(point.step);
    return other === undefined || !Number.isFinite(other) || !Number.isFinite(point.value) ? [] : [{ ...point, value: point.value + other }];
  });
  if (points.length < MIN_SHARED_SHARE * Math.min(generator.points.length, discriminator.points.length)) return undefined;
  return {
    ...generator,
    name: `${generator.name}+${discriminator.name}`,
    sourceNames: [...generator.sourceNames, ...discriminator.sourceNames],
    points,
  };
}

function neverNegative(series: Series): boolean {
  return series.points.every((point) => !(point.value < 0));
}

/** Whether `series` is a GAN's pair read as its sum (`adversarialTotal`'s series, by its name). */
export function isAdversarialTotal(series: Series): boolean {
  const [generator, discriminator, ...rest] = series.name.split('+');
  return rest.length === 0 && discriminator !== undefined && GENERATOR_LOSS.test(generator) && DISCRIMINATOR_LOSS.test(discriminator);
}
