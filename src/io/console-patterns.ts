/**
 * The patterns console-line.ts reads a plain console log's lines with: numbers, names and pairs,
 * counters, split words, records and averages, each with the layout it was written for.
 * Browser-safe.
 */
import { TORCH_SCALAR_ARGUMENTS } from './series.js';

/**
 * A terminal's control sequences (CSI): colours and bold (Keras 3 bolds the batch count and
 * colours the bar), erasing (Chainer's PrintReport writes `ESC[J` before each row, tqdm `ESC[K`)
 * and cursor moves (tqdm's nested bars, `ESC[A`). Printed text without them.
 */
export const TERMINAL_CODES = /\x1b\[[0-9;?]*[A-Za-z]/g;

/**
 * The words of a loss log in the Korean editions of ML books (rickiepark's translations of
 * Raschka's, Géron's and Tunstall's: `에포크 0 손실: 4.3722`, `훈련 손실: 0.52, 검증 손실: 0.61`),
 * written in English before a line is read: epoch, loss, train(ing), validation, test, accuracy.
 */
export const KOREAN_WORDS: readonly (readonly [RegExp, string])[] = [
  [/에포크|에폭/g, 'epoch'], [/손실/g, 'loss'], [/훈련/g, 'train'], [/검증/g, 'val'], [/테스트/g, 'test'], [/정확도/g, 'accuracy'],
];

/**
 * The katakana counters of a loss log in Japanese books' notebooks (YutaroOgawa's pytorch_advanced:
 * `イテレーション 10 || Loss: 6.8240`, `エポック`), and its kanji for loss (`損失`), written in English
 * before a line is read (readers-84).
 */
export const JAPANESE_WORDS: readonly (readonly [RegExp, string])[] = [
  [/イテレーション/g, 'iteration'], [/エポック/g, 'epoch'], [/損失/g, 'loss'],
];

/** Past this many characters a line (after its progress-bar frames) is no observation: the phrase search stays linear. */
export const MAX_LINE_CHARS = 4096;

/** Python's `f"{x:,}"` thousands separators ('8,641', '9,999,220,736') when the number ends the pair: one number. */
const GROUPED = String.raw`[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?(?=\s|$)`;
const NUMBER = String.raw`(?:${GROUPED}|[-+]?(?:\d+\.?\d*(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?|nan|inf(?:inity)?))`;
const WORD = String.raw`[A-Za-z_][\w.@/]{0,63}(?:-\w[\w.@/]{0,63})*`;
/**
 * PaddlePaddle's tutorials print `epoch_id: 0, batch_id: 500, loss is: [2.1883173]` (a one-element
 * array) or `epoch: 0,  loss is: 2.5048, acc is: 0.0709`: the counters are `epoch` and `batch`, a
 * name's `is:` is its ':', and the brackets around a lone number are no part of it.
 */
export const PADDLE_COUNTER_ID = /\b(epoch|batch|step|iter)_id\b/gi;
export const IS_COLON = new RegExp(String.raw`(\w)\s+is:\s*(?:\[\s*(${NUMBER})\s*\])?`, 'gi');

/**
 * A loss printed as a one-element list, `Epoch 1 — Train Loss: [0.153055], Validation Loss: [0.308056]` (readers-161: a
 * facial-keypoints notebook printing its epoch means as lists, the hundred-and-forty-third corpus's a08): the brackets
 * are no part of the number, as around Paddle's `loss is: [2.18]` (IS_COLON). Only after a name ending in `loss`, so
 * that a counter in brackets keeps them (MetricLogger's `Epoch: [3]  [10/400]`, console-bracketed readers').
 */
export const LOSS_IN_LIST = new RegExp(String.raw`(loss\s*[:=]\s*)\[\s*(${NUMBER})\s*\](?![\w[])`, 'gi');

/**
 * A PyTorch scalar tensor as `str()` prints it, `tensor(30.7543, device='cuda:0')`, `tensor(0.52,
 * grad_fn=<NllLossBackward0>)`, `tensor(54962., device='cuda:0')`: a loop that prints its loss
 * without `.item()`, as PEFT's example notebooks do (`print(f"{epoch=}: {train_ppl=} {train_epoch_loss=}")`).
 * console-line.ts reads its number in its place, as series.ts' `parseNumber` reads such a CSV cell
 * (the keyword arguments read alike: series.ts' TORCH_SCALAR_ARGUMENTS).
 */
export const TORCH_SCALAR = new RegExp(String.raw`(?<![\w.])tensor\(\s*(${NUMBER})\s*${TORCH_SCALAR_ARGUMENTS}\)`, 'gi');
/**
 * Whole numbers between a name's ':' and a scalar tensor are the loop's counters, the tensor its value (readers-149: a
 * Udacity dog-app copy prints `train loss: 17 49 tensor(1.8491, device='cuda:0')`, epoch 17, batch 49; read in place,
 * the epoch was the loss, 17). The counters are dropped, so that the name takes the tensor's number.
 */
export const COUNTERS_BEFORE_TENSOR = /(:[ \t]*)(?:\d+[ \t]+)+(?=tensor\()/g;
/**
 * A line that is a printed scalar tensor and nothing else, its `grad_fn` a loss's backward (a name holding
 * `Loss` or `CrossEntropy`: `NllLossBackward0`, `MseLossBackward0`, `BinaryCrossEntropyWithLogitsBackward0`):
 * a loop's bare `print(loss)`, `tensor(0.1605, device='cuda:0', grad_fn=<NllLossBackward0>)` at every step,
 * `tensor(inf, ...)` where it overflowed (readers-112: aslamovyura/nlp_course's 8-bit GPT-J fine-tuning
 * notebook, the 62nd corpus's d06, 1,563 such lines and nothing else). console-line-text.ts reads it as
 * `loss: <value>`, a loss line with no counter, each the next step (console-text.ts' `UnplacedRun`). The
 * tensor says it is a loss only by its `grad_fn`: another one (`AddBackward0`, `MeanBackward0`: a sum, a
 * mean of anything), none (a metric, a tensor printed under `no_grad`), a tensor of several elements, or
 * the repr among other text (read as its number, TORCH_SCALAR) is no such line. At column 0, as `print` writes it.
 * A notebook cell's displayed value that is one (a cell ending in `loss`) is left out (notebook-cells.ts).
 */
export const LOSS_TENSOR_LINE = new RegExp(String.raw`^tensor\(\s*(${NUMBER})\s*(?:,\s*\w+=[^,()<>]*)*,\s*grad_fn=<\w*(?:Loss|CrossEntropy)\w*>(?:,\s*\w+=[^,()<>]*)*\)\s*$`);
/**
 * name SEP number, the number ending at a space, a delimiter, '%', a sentence's full stop, an
 * ellipsis (Udacity's char-RNN loop, `Training loss: 4.4182...  0.1730 sec/batch`, readers-82; its
 * PyTorch course's `Train loss: 0.535.. Test loss: 0.238..`, two dots, readers-85) or the end.
 */
export const PAIR = new RegExp(String.raw`(?<![\w.@/-])(${WORD}(?: ${WORD}){0,4}) ?(?::|=|\s+is\s+)\s*(${NUMBER})(?=$|[\s,;|)\]}%]|\.(?:\s|$)|\.{2,})`, 'gi');
/**
 * A name, then its counter in a phrase, then the value (a script's `logging.info(f"Average loss for
 * epoch {epoch}: {loss:.4f}")`, `Test accuracy after epoch 1: 90.36%`, kornia's tutorials' `Loss in
 * iteration 50 of 500: 2.723`, readers-77; a makemore copy's `Loss at Iteration @ 0 is 10.63`, its counter after an
 * `@` and its value after `is`, readers-170): rewritten as `epoch 1, Average loss: 0.3625` so that the
 * counter places the pair and the name stays the name (a total after the counter is dropped).
 */
export const COUNTER_AFTER_NAME = new RegExp(String.raw`(?<![\w.@/-])(${WORD}(?: ${WORD}){0,4}) (?:for|after|at|in|of) (epoch|step|iteration|iter|batch) (?:@\s*)?(\d+)(?:\s*(?:of|\/)\s*\d+)?(?:\s*:\s*|\s+is\s+)(?=${NUMBER})`, 'gi');
/**
 * Two names and their two values, the second of each in brackets, as the TensorFlow Machine Learning
 * Cookbook's loops print a training and a test figure (`Generation # 500. Train Loss (Test Loss): 0.44
 * (0.43). Train Acc (Test Acc): 0.86 (0.86)`, readers-61): rewritten as `Train Loss: 0.44, Test Loss:
 * 0.43.` so that each name keeps its value (a bracketed pair is otherwise a component).
 */
export const BRACKETED_TWIN = new RegExp(String.raw`(?<![\w.@/-])(${WORD}(?: ${WORD}){0,3}) \((${WORD}(?: ${WORD}){0,3})\):\s*(${NUMBER}) \((${NUMBER})\)`, 'gi');
/**
 * Two splits in brackets naming the two values in brackets after a name, as a Udacity dog-breed
 * notebook's loop prints them (`Train epoch 1/10: (train / valid) loss = (2.76836 / 0.92970), (train /
 * valid) accuracy = (35.94% / 72.69%)`, readers-91): rewritten as `train_loss = 2.76836, valid_loss =
 * 0.92970` so that each split keeps its value (the brackets otherwise hold a component).
 */
export const SPLIT_TUPLE = new RegExp(String.raw`\(\s*(train|training|val|valid|validation|eval|test|dev)\s*/\s*(train|training|val|valid|validation|eval|test|dev)\s*\)\s*(${WORD})\s*([:=])\s*\(\s*(${NUMBER})(%?)\s*/\s*(${NUMBER})(%?)\s*\)`, 'gi');
/**
 * A Python `OrderedDict` printed whole, as TensorFlow Federated's tutorials print each round's metrics
 * (`Round   5: OrderedDict([('sparse_categorical_accuracy', 0.19), ('loss', 2.2449977)])`, readers-67):
 * each `('name', value)` item rewritten as `name: value,` so that the line's pairs are read as any.
 */
export const ORDERED_DICT_ITEM = new RegExp(String.raw`\(\s*'([A-Za-z_][\w./-]*)'\s*,\s*(${NUMBER})\s*\)`, 'g');
export const ORDERED_DICT_WRAPPER = /OrderedDict\(\[|\]\)/g;
/**
 * A loss named by a phrase with its split after it, `loss in training : 0.79, loss in testing : 0.49` (a student's
 * Udacity Fashion-MNIST loop, the 84th corpus' b05, readers-132): read as `train_loss: 0.79, test_loss: 0.49`, the
 * split written as the role table reads it.
 */
export const LOSS_IN_SPLIT = /(?<![A-Za-z_])(loss) (?:in|on|for) (?:the )?(training|train|validation|valid|val|testing|test)(?: set)? ?:/gi;
/** The split words LOSS_IN_SPLIT names, as the role table reads them. */
export const LOSS_IN_SPLIT_NAMES: Readonly<Record<string, string>> = { training: 'train', train: 'train', validation: 'val', valid: 'val', val: 'val', testing: 'test', test: 'test' };
/**
 * A name with its split in brackets after it, as Chainer's tutorials print their loop's figures
 * (`epoch: 0, iteration: 5, loss (train): 1.5355, loss (valid): 1.1857`, sometimes with the next
 * name glued to the number before it: `1.1641acc (train): 0.75`; readers-67): rewritten as
 * `train_loss:`, `valid_loss:`, set apart from a number glued before it.
 */
export const SPLIT_IN_BRACKETS = /(\d)?(?<![A-Za-z_])([A-Za-z_]\w*) \((train|training|valid|validation|val|test|eval|dev)\)\s*:/gi;
/**
 * A name with a qualifier in brackets that names no split, as the Lasagne-era loops of the YSDA course print their
 * epoch (`  training loss (in-iteration): \t1.783646`, readers-107): read as the name alone, `training loss:`. Letters
 * and hyphens only: `loss (x100):` is a scale, not a qualifier; and one naming a split among its words (`loss (test-set):`)
 * is left as it is (console-line-text.ts).
 */
export const QUALIFIER_IN_BRACKETS = /(?<![A-Za-z_])([A-Za-z_]\w*) \(([A-Za-z]+(?:-[A-Za-z]+)*)\)\s*:/g;
/**
 * `Loss 2.6650 |`, `val loss  0.31`, `cost 8.57,` at the line's end: see spacedLosses. A full stop after the number ends
 * its column too, as minGPT's trainer writes it (`epoch 1 iter 97: train loss 3.76646. lr 1.000000e-04`, readers-175).
 */
export const SPACED_LOSS = new RegExp(String.raw`(?<![\w.@/-])((?:[A-Za-z]+ )?[A-Za-z_]*(?:loss|cost))\s+(${NUMBER})(?=(\s*(?:[|,;]|\.(?=\s|$)|$))|\s)`, 'gi');
/**
 * A spaced record's leading marker (`=> loss 195.05 acc 0.10`, `>> epoch 3 ...`), its tokens between
 * spaces, ',', ';', '|' and a lone '-' (`Epoch 1/30 - loss 0.41 - val loss 0.52`), a name's word, a
 * number with an optional unit, and a counter's `k/N`: see console-pairs.ts' spacedRecord.
 */
export const RECORD_MARKER = /^\s*(?:[=-]+>|>+|[-*•]+(?=\s))\s*/;
export const RECORD_TOKEN = /[^\s,;|]+/g;
export const RECORD_COUNT = /^\d+\/\d+$/;
/** Where a logging prefix ends before a spaced record: ' - ', ': ', ']' or '|' (and the spaces after). */
export const RECORD_PREFIX_END = /\s-\s+|:\s+|\]\s*|\|\s*/g;
export const RECORD_NAME_WORD = new RegExp(String.raw`^${WORD}$`);
/** A name's last word written as a key before its number (`Epoch:` of `Epoch: 1/10 Training Loss 8.483`, readers-163). */
export const RECORD_KEYED_NAME = new RegExp(String.raw`^${WORD}:$`);
export const RECORD_NUMBER = new RegExp(String.raw`^(${NUMBER})(%|s|ms|sec)?$`, 'i');
/**
 * A SageMaker built-in algorithm's epoch figure (Linear Learner, DeepAR): `#quality_metric:
 * host=algo-1, epoch=1, train binary_classification_cross_entropy_objective <loss>=0.0169`, read as
 * `epoch 1, train_binary_classification_cross_entropy_loss: 0.0169` (readers-87). Only a `<loss>`
 * with an epoch and no batch: a batch's figure is DeepAR's running one (its `avg_epoch_loss` lines), a
 * line without an epoch the final model's, and a `<score>` is a metric.
 */
export const SAGEMAKER_EPOCH_LOSS = /#quality_metric:\s*host=[^,\s]+,\s*epoch=(\d+),\s*(train|validation|test)\s+([\w.-]+)\s+<loss>=/;
/**
 * A loguru message that is a Python dict of figures, `| textgen.t5.t5_model:eval_model:940 - {'eval_loss':
 * 7.58, 'matches': 0.899}` (shibing624/textgen's evaluations, readers-88): its body, read as `eval_loss:
 * 7.58, matches: 0.899` (LOGURU_DICT_KEY), as loguru's `- eval_loss: 7.58` messages are.
 */
export const LOGURU_DICT_MESSAGE = /(\|\s*[\w.<>]+:[\w.<>]+:\d+\s+-\s+)\{([^{}]*)\}\s*$/;
export const LOGURU_DICT_KEY = /'([A-Za-z_][\w./-]*)':/g;
/** loguru's default format's source location, `| __main__:train:35 - ` (`{name}:{function}:{line}` between '|' and ' - '). */
export const LOGURU_LOCATION = /(?<=\|\s*)[\w.<>]+:[\w.<>]+:\d+(?=\s+-\s)/g;
/**
 * A source location, `ot_train.py:357` (logging's `%(filename)s:%(lineno)d`, as LeRobot logs; also
 * `train_net.py[line:177]`, readers-66) or a C++ one, `solver.cpp:218]` (glog's prefix, as Caffe
 * logs: readers-62).
 */
export const SOURCE_LOCATION = /(?<![\w.\/-])[\w.\/-]+\.(?:py|cpp|cc|cu|c|h|hpp)(?::\d+|\[line:\d+\])(?![\w.])/g;
/**
 * Caffe's per-output lines after each `Iteration N (...), loss = 0.5` line (`Train net output #0:
 * loss_bbox = 0.12 (* 1 = 0.12 loss)`): the outputs of the iteration's last batch, whose smoothed
 * total the iteration line gives; passed by (its `Test net output #k:` lines are the test split's).
 */
export const CAFFE_TRAIN_OUTPUT = /\bTrain net output #\d+:/;
/**
 * A line of a step counter and one number only, as Karpathy's makemore / nn-zero-to-hero loops print
 * their minibatch loss every so many steps (`print(f'{i:7d}/{max_steps:7d}: {loss.item():.4f}')`,
 * `  10000/ 200000: 2.0576`): the step, the planned steps, the loss (see pairs' `counterValueLine`).
 * A ';' may stand for the ':' (`print(f"{i + 1:7d} / {max_steps:7d}; {loss.item():.4f}")`, a student's
 * makemore copies, `    200 /    5000; 2.0967`, the 168th corpus's a08 and a09: readers-174).
 */
export const COUNTER_VALUE = new RegExp(String.raw`^\s*(\d+)\s*\/\s*(\d+)\s*[:;]\s*(${NUMBER})\s*$`, 'i');
/**
 * A split word and a number after it (`train 3.4484 val 3.4299`), or the split written as a key
 * (`Train: 53.1655 | Val: 50.9308`, readers-79), group 3 set when a column's delimiter or the line's
 * end follows: see splitLosses.
 */
export const SPLIT_VALUE = new RegExp(String.raw`(?<![\w./-])(train|training|val|valid|validation|test|dev)(?:\s*[:=]\s*|\s+)(${NUMBER})(?=(\s*(?:[,;|]|$))|\s)`, 'gi');
/**
 * A loss written as a key, one word and ':' or '=' (`loss: 2.5035`, `train_loss=0.5`), or a split word
 * and one word (`Training loss:23.45`, as a script's `print('Training loss:' + str(loss))` writes it),
 * or a GAN's network and one word (`discriminator loss:  1.39 generator loss:  0.60`, readers-155: a
 * TF1 face-generation notebook's only prints), not a phrase (`the loss is 0.5`).
 */
export const UNPLACED_KEY = /^(?:(?:train|training|val|valid|validation|test|dev|eval|generator|discriminator|critic)\s)?[\w.@/-]+ ?[:=]/i;
/** A key/value table's row, `| loss | 0.52 |`, `|    loss    | 0.000102 |` (kv-table-log.ts reads it by its block). */
export const KEY_VALUE_ROW = /^\|\s*[\w./-]+\s*\|\s*[-+\d.eE]+\s*\|\s*$/;
/** A rule drawn after a line's last number, `loss: 3.7851------` (an EMG speech model's epoch lines, 43rd corpus c07): decoration, cut. */
export const TRAILING_RULE = /(?<=\d)[-=*#~]{3,}\s*$/;
/**
 * A split word opening a line with a whole number as its value, then the split's pairs (`Test : 1 Loss:
 * 0.0044 Acc: 0.9944 : 100%|...`, a CAPTCHA model's tqdm descriptions beside its `Epoch: 1 Loss: 0.0045`,
 * the 68th corpus's d02): the number is the epoch, the word the split's tag, no series named 'test'.
 */
export const SPLIT_EPOCH_KEY = /^(\s*)(train|training|val|valid|validation|test|eval|dev)\s*:\s*(\d+)\s+(?=[A-Za-z][\w ]*?\s*[:=]\s*[-+]?\.?\d)/i;
/**
 * GluonTS's running average of the epoch so far, printed every few batches (`Epoch[0] Batch[5]
 * avg_epoch_loss=1.204131`, SageMaker DeepAR's job log, the 69th corpus's c09): a batch's figure, named so
 * (`batch_avg_epoch_loss`), so that it stays apart from the epoch's own `train loss <loss>=` line.
 */
export const GLUONTS_BATCH_AVERAGE = /(Epoch\[\d+\]\s*Batch\s*\[\d+\]\s*)avg_epoch_loss(?==)/;
/** Arrows drawn between a name's colon and its number, `Training Loss: >>>0.736675` (a dog-breed project's prints, the 68th corpus's b04): decoration, cut. */
export const ARROWS_BEFORE_NUMBER = /(?<=[:=]\s*)>{2,}\s*(?=[-+]?\.?\d)/g;
/**
 * A split's metrics in braces, `epoch=1 train={MAE=   0.286 RMSE=   0.382} test={MAE=   0.293 RMSE=   0.591}`
 * (a C++ regression tool's console log, the 43rd corpus' d07 and d08): each pair takes its split's name
 * as a prefix (`train_MAE=`, `test_RMSE=`), as a flat line writes it (console-line-text.ts' `rewrittenLine`). The braces
 * hold bare pairs only: a Python dict (`{'loss': 0.5}`) is another reader's.
 */
export const SPLIT_BRACES = /(?<![\w./-])(train|training|val|valid|validation|test|eval|dev)\s*[=:]\s*\{([^{}'"]*)\}/gi;
/**
 * A split's metrics in round brackets after its name, `Train (Acc: 0.25 Loss: 2.05), Valid (Acc: 0.27 Loss: 2.01)` (a
 * Udacity CIFAR-10 notebook's own `print_stats`, the hundred-and-twenty-fifth corpus's c01): each pair takes its split's
 * name as a prefix, as SPLIT_BRACES' do. Pairs in brackets after anything else are a total's components.
 */
export const SPLIT_PARENS = /(?<![\w./-])(train|training|val|valid|validation|test|eval|dev)\s*\(((?:\s*[A-Za-z][\w ]*?\s*[:=]\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*,?)+)\s*\)/gi;
/**
 * nnabla's MonitorSeries line, `iter=199 {Training loss}=1.5021580457687378` (its `logger.info('iter={} {{{}}}={}')`;
 * the 51st corpus' c08): the series' name in braces is the pair's name (`Training loss=1.50`).
 */
export const MONITOR_SERIES_NAME = new RegExp(String.raw`(?<=\biter=\d+\s+)\{([A-Za-z][\w .-]{0,40})\}(?==\s*${NUMBER})`, 'g');
/**
 * MXNet R's epoch line, `[1] Train-Perplexity=13.70` / `[1] Validation-Perplexity=7.95` (its
 * `mx.callback.log.train.metric`: `cat(paste0("[", iteration, "] Train-", name, "=", value))`; the 51st
 * corpus' c07): the bracketed number opening the line is the epoch (`epoch 1, Train-Perplexity=13.70`).
 */
export const MXNET_R_EPOCH = /^(\s*)\[(\d+)\] ((?:Train|Validation)-[A-Za-z][\w.]*=)/;
/**
 * A batch's value and the epoch's running average written as one pair, PaddlePaddle FastFlow's
 * `loss = 2.997/7.876 (last/avg)` (the 41st corpus' b04): the first is the line's value; the average
 * is written after it in brackets, a component (counted, never the loss).
 */
export const LAST_AND_AVERAGE = new RegExp(String.raw`(${WORD}) ?([:=])\s*(${NUMBER})\/(${NUMBER})\s*\((?:last|cur|current)\/(avg|average|mean)\)`, 'gi');
/**
 * A mean printed with the division that made it, `Train Loss: 25005.502/6552=3.8165` (a flowers notebook's own
 * prints, the hundred-and-sixtieth corpus's a04, readers-168): the quotient after `=` is the pair's value. Taken only
 * where it is the division's result to its printed digits (console-line-text.ts' `quotientOnly`); any other `a/b=c`
 * is left as written.
 */
export const MEAN_AS_DIVISION = new RegExp(String.raw`([:=])\s*(${NUMBER})\s*\/\s*(${NUMBER})\s*=\s*(${NUMBER})(?=$|[\s,;|)])`, 'gi');
/**
 * A cost named as the loss it is (console-pairs.ts' `costsOf`): `cost` after split or average words only
 * (`training_cost`, `val_cost`, `avg_cost`, `train/cost`); not `time_cost`, safe RL's `ep_cost`, nor
 * `batch_cost`, the Paddle suites' seconds per batch (`batch_cost: 0.61 sec`).
 */
export const COST_NAME = /^(?:(?:train|training|tr|val|valid|validation|eval|test|dev|epoch|avg|average|mean|total)[_/])*cost$/;
/**
 * A cross entropy named without the word loss, as TensorFlow's image retraining script prints the loss
 * it minimises (`Step 10: Cross entropy = 4.464004`, `Step 10: Validation cross entropy = 4.5`,
 * readers-62): the loss under costsOf's rule, a phrase of two words allowed.
 */
export const CROSS_ENTROPY_NAME = /^(?:(?:train|training|val|valid|validation|eval|test|dev)_)?cross_entropy$/;
/** A reinforcement learner's reward or return: a `cost` beside it is safe RL's constraint cost, no loss. */
export const REWARD_NAME = /(?:^|_)(?:reward|return|ep_ret)s?(?:$|_)/;
/** Logging levels before a name ('INFO train loss: 0.5'): not part of it. */
export const LEVEL_WORDS = /^(?:(?:info|debug|warning|warn|error|critical|notice|trace)\s+)+/i;
export const COUNTER_WORDS = new Set(['epoch', 'step', 'global_step', 'iter', 'iters', 'iteration', 'batch', 'it', 'checkpoint', 'generation', 'round', 'episode']);
/** Timings, the ETA, memory, throughput and Lightning's progress-bar version number (`v_num`): no series. */
export const CONTEXT_NAME = /(?:^|_)(?:time|eta|data|data_time|mem|memory|max_mem)$|\/s$|^s\/it$|^v_num$/;
export const EPOCH = /(?<![\w/-])epoch\s*[:=#]?\s*\[?\s*(\d+)(?:\s*\/\s*(\d+))?/i;
/**
 * `Epoch 3/10` (Keras), `[TRAIN][Epoch 1/30]`, `Starting epoch 1`: an epoch header, no ':' or '=' (not a
 * config's `epoch: 100`); written without the space only with its total (a loguru script's `epoch1/10:`),
 * and with ':' or '=' only with its total too (`Epoch: 2/100 | Learning Rate: 1.8e-04`: a config's
 * epoch count has no '/N') or as the first column of a '|'-separated line (the PyTorch seq2seq
 * tutorials' `Epoch: 01 | Time: 1m 12s`, their losses on the lines below: a config's value ends its
 * line), or followed by the epoch's time alone (readers-180: a PyTorch port of Generative Deep Learning's
 * `Epoch: 1\tepoch time 0.11 min` over `\ttrain loss: 4.2283, valid loss: 3.5230`, the 184th corpus's e07, unread). The
 * epoch is group 1, 2 or 3.
 */
export const EPOCH_HEADER = /(?<![\w/-])epoch(?:\s+(\d+)(?:\s*\/\s*\d+)?|(\d+)\s*\/\s*\d+|\s*[:=]\s*(\d+)(?:\s*\/\s*\d+|(?=\s*\|)|(?=\s+(?:epoch\s+)?time\b)))/i;
/** An epoch header after an arrow, UniMatch's `===========> Epoch: 2, LR: 0.00994, Previous best: 8.07` (readers-86): group 1. */
export const ARROW_EPOCH_HEADER = /[=-]+>\s*epoch\s*[:=]?\s*(\d+)(?!\s*\/)/i;
/** What a counter's magnitude suffix stands for (LeRobot's `step:1K`: see `Counter.rounded`). */
export const MAGNITUDE: Readonly<Record<string, number>> = { K: 1e3, M: 1e6, B: 1e9 };
/**
 * `step 120`, `iteration:1`, `batch 10/152`, UniMatch's `Iters: 96` (readers-86), Sockeye's `Checkpoint [3]`, and rounded, `step:1K`;
 * `Mini-batch: 10` (readers-98) and an episodic learner's `episode:100` (readers-99); written with digit groups as Python's
 * `'{:,d}'` writes them, KAIR's `<epoch:  2, iter:   3,200, lr:2.000e-04>` (readers-105: group 2 keeps the commas); a Decision
 * Mamba trainer's `num of updates: 1000`, alone on its line over `ret loss: 3.34` (readers-137).
 */
export const NAMED_COUNTER = /(?<![\w/-])(?:mini[- ]?(?=batch))?(global_step|step|iteration|iters|iter|batch|checkpoint|generation|round|episode|(?:num(?:ber)?[ _]of[ _])?updates)\s*[:=#]?\s*\[?\s*(\d{1,3}(?:,\d{3})+(?![\d.])|\d+(?:\.\d+)?)([KMB](?![\w.]))?(?:\s*\/\s*(\d+))?/i;
/**
 * A bare `k/N` (Keras' `1875/1875 [`, mnist's `[640/60000 (1%)]`), not a pair's value (`Accuracy: 9890/10000`), a share's
 * count in brackets after its percentage (`Acc: 30.537% (15574/51000)`, readers-138) nor a date before a time (PaddleVideo's `[12/25 14:22:26]`).
 */
export const BARE_COUNTER = /(?<![:=]\s*)(?<!%\s*\(\s*)(?<![\w./:-])(\d+)\s*\/\s*(\d+)(?![\w./])(?!\s+\d{1,2}:\d{2})/;
export const SPLIT_TAG = /(?<![\w./-])(train|training|val|valid|validation|eval|evaluation|test|dev)(?![\w/-])/gi;
/** A phrase's first word naming a split ('Test Loss', 'Validation loss', 'train loss'). */
export const SPLIT_WORD = /^(train|training|val|valid|validation|eval|evaluation|test|dev)\s/i;
/** A line opening with a split word (`Eval begin...`, `Evaluating`, `Eval samples: 11219`), not a key (a configuration's `TEST:`). */
export const ANNOUNCEMENT = /^\s*(train|training|val|valid|validation|eval|evaluation|evaluating|test|testing|dev)(?![\w/-])(?!\s*[:=])/i;
export const ANNOUNCED: Readonly<Record<string, string>> = { training: 'train', evaluating: 'eval', testing: 'test' };
/**
 * An array's shape, `(18724, 28, 28, 1)`: a line opening with a split word that prints one describes
 * the data set (`Test set (18724, 28, 28, 1) (18724, 10)`, Udacity's TF1 notebooks, readers-80), and
 * announces no split for the lines after it.
 */
export const ARRAY_SHAPE = /\(\s*\d+\s*,(?:\s*\d+\s*,?)*\s*\)/;
/**
 * An evaluation named on an epoch header (DeepSpeed-Chat's `***** Evaluating perplexity, Epoch 1/16 *****`):
 * the header announces that split for the lines after it, as a line opening with the word does.
 */
export const EVALUATION_WORD = /(?<![\w./-])(val|valid|validation|validating|eval|evaluation|evaluating|test|testing|dev)(?![\w/-])/i;

/** An average's mark outside the pairs: PaddleClas' `[Avg]`, PaddleVideo's `END epoch:3`, 'Average'. */
export const AVERAGE_MARK = /(?<![\w./-])(?:avg|average|end)(?![\w/-])/i;
/** An average's name: `loss_avg`, `avg_loss`; or an epoch's own figure, `Epoch_TRAIN_Loss` (pytorch_advanced's epoch line beside its iteration lines, readers-84). */
export const AVERAGE_NAME = /(?:^|_)avg(?:_|$)|^epoch_/;
/** An epoch's average named in words, `Average Loss: 0.0265` on a line of its own under an epoch header (readers-101). */
export const AVERAGE_WORD_NAME = /^average_/;
export const RECORD = /\bbest\b|(?:improved|decreased) from|did not improve|saving model|model saved|saved (?:the )?(?:best )?model/i;
/** A name's split prefix, joined by '_' or, as Sockeye writes its `Train-ppl` and `Validation-ppl`, by '-'. */
export const VALIDATION_PREFIX = /^(?:val|valid|validation|eval|evaluation|test|dev)(?:[_-]|$)/;
export const TRAIN_PREFIX = /^(?:train|training)(?:[_-]|$)/;
export const TAG_PREFIX: Readonly<Record<string, string>> = { val: 'val', valid: 'val', validation: 'val', eval: 'eval', evaluation: 'eval', test: 'test', dev: 'dev' };
