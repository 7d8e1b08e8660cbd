import { getLoss, hasLoss, listLosses } from '../../registry.js';
import { UsageError, parse, type Command } from '../args.js';
import { wrap } from '../format.js';
import { explainText } from './explain.js';

const USAGE = `Usage: losskit tour

A guided tour of the losses of the loss-function article losskit starts from, each
explained with its worked example computed live. ('npm start' runs 'losskit demo'.)

Options:
  -h, --help    show this help`;

/**
 * The article's losses, in the order it introduces them: regression, then classification,
 * then imbalance, embeddings, distributions and GANs. Losses not registered yet are skipped.
 */
export const TOUR = [
  'mse', 'mae', 'huber', 'smooth-l1',
  'bce', 'bce-with-logits', 'categorical-cross-entropy', 'cross-entropy',
  'sigmoid-focal', 'softmax-focal',
  'contrastive', 'triplet-margin',
  'kl-div', 'wasserstein-1d', 'wgan-critic', 'wgan-generator',
] as const;

const RULE = '='.repeat(78);

const INTRO = `losskit - loss functions with exact values and gradients

A loss function turns "how wrong is this prediction?" into one number that training
can push down. Which number you choose decides what the model learns: whether an
outlier pulls hard or barely at all, whether confident mistakes are punished, whether
rare classes are heard. This tour walks through the losses of the article, from the
squared error of a house-price model to the critic of a Wasserstein GAN. Each worked
example below is computed live by losskit, value and gradient.`;

export const tourCommand: Command = {
  name: 'tour',
  summary: "a guided tour of the article's losses, each with a worked example",
  usage: USAGE,
  run(args) {
    const { positionals } = parse('tour', args, {});
    if (positionals.length) throw new UsageError(`tour: unexpected argument '${positionals[0]}'; see 'losskit tour --help'`);
    const stops = TOUR.filter((name) => hasLoss(name)).map((name) => getLoss(name));
    const parts = [INTRO];
    stops.forEach((entry, i) => parts.push(`${RULE}\n[${i + 1}/${stops.length}] ${explainText(entry)}`.trimEnd()));
    parts.push(`${RULE}\n${wrap(`That was ${stops.length} of the ${listLosses().length} losses losskit knows. `
      + "Run 'losskit list' to see them all, 'losskit explain <loss>' for any one, and "
      + "'losskit compute <loss> --input JSON --target JSON --grad' to try your own numbers.", 80, '')}`);
    return `${parts.join('\n\n')}\n`;
  },
};
