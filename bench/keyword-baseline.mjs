// A simple keyword matcher, the kind of baseline the issue quotes for held-out thoughts
// (macro-F1 about 0.34 there): each trap is a short list of the words its textbook description
// (Burns 1980) makes typical, and a thought holds a trap when any of them appears. The lists were
// written from the descriptions before this was first run on the data set, and are not tuned to
// it. Reads the same CSV as `refuge analyze --eval`, evaluates per distinct thought, prints one
// JSON line (macro-F1 over the twelve traps, any-trap precision/recall/F1, speed).
//   node bench/keyword-baseline.mjs FILE.csv
import { TRAP_NAMES, prf, readThoughts } from './reframing-csv.mjs';

const KEYWORDS = {
  'all-or-nothing thinking': ['always', 'never', 'completely', 'totally', 'nothing', 'everything',
    'perfect', 'ruined', 'useless', 'worthless', 'entirely'],
  'overgeneralizing': ['always', 'never', 'every time', 'everyone', 'everybody', 'nobody',
    'no one', 'again', 'all the time', 'forever'],
  'labeling': ['i am a', "i'm a", 'im a', 'loser', 'idiot', 'stupid', 'failure', 'worthless',
    'pathetic', 'ugly', 'lazy'],
  'fortune telling': ['will', "won't", 'going to', 'gonna', 'never going', 'will never',
    'future', 'probably'],
  'mind reading': ['thinks', 'think i', 'think that i', 'they think', 'he thinks', 'she thinks',
    'judging', 'hates me', "doesn't like me", 'must think'],
  'emotional reasoning': ['i feel', 'feel like', 'feels like', 'i feel like'],
  'should statements': ['should', "shouldn't", 'must', 'have to', 'ought', 'supposed to'],
  'personalizing': ['my fault', 'because of me', 'i caused', 'blame myself', 'all me'],
  'disqualifying the positive': ['just luck', 'only because', "doesn't count", 'anyone could',
    'not good enough', 'lucky', 'fluke'],
  'catastrophizing': ['disaster', 'terrible', 'worst', 'awful', 'end of the world', 'horrible',
    'never recover', 'ruin', 'die'],
  'comparing and despairing': ['better than me', 'everyone else', 'other people', 'others',
    'compared', 'than me', 'like them'],
  'blaming': ['their fault', 'his fault', 'her fault', 'because of him', 'because of her',
    'made me', 'blame', 'they made'],
};

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const matchers = TRAP_NAMES.map((name) =>
  new RegExp(`\\b(?:${KEYWORDS[name].map(escape).join('|')})\\b`, 'i'));

const thoughts = readThoughts(process.argv[2]);
const texts = [...thoughts.keys()];
const t0 = process.hrtime.bigint();
const found = texts.map((t) => {
  const plain = t.replace(/\u2019/g, "'");
  return matchers.map((m) => m.test(plain));
});
const secs = Number(process.hrtime.bigint() - t0) / 1e9;

const perTrap = TRAP_NAMES.map((name, k) =>
  prf(texts.map((t, i) => [found[i][k], thoughts.get(t).has(name)])).f1);
const any = prf(texts.map((t, i) => [found[i].some(Boolean), thoughts.get(t).size > 0]));
console.log(JSON.stringify({
  texts: texts.length, macro_f1: perTrap.reduce((a, b) => a + b, 0) / perTrap.length, ...any,
  seconds: secs, per_second: texts.length / secs,
}));
