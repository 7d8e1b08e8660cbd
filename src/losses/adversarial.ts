/** GAN losses: wgan-critic, wgan-generator, wgan gradient penalty. */
export const adversarialLosses = [] as const;
