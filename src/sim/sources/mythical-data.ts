/**
 * The Mythical services' fixed data: the beasts (endpoints and tables) with
 * their danger accumulators, the dictionaries random names are drawn from,
 * the fake tokens the server logs, and the pool of instance ids the
 * server's high-cardinality counter picks from.
 */
import type { Random } from '../random';

export const BEASTS = ['unicorn', 'manticore', 'illithid', 'owlbear', 'beholder'] as const;
export type Beast = (typeof BEASTS)[number];

export const DANGER: Readonly<Record<Beast, number>> = {
  unicorn: 1,
  manticore: 23,
  illithid: 13,
  owlbear: 32,
  beholder: 153,
};

/** Messages about these beasts make the publisher and the recorder wait. */
export const SLOW_BEASTS: ReadonlySet<string> = new Set(['unicorn', 'beholder']);

const COLOURS = [
  'crimson',
  'amber',
  'azure',
  'coral',
  'indigo',
  'jade',
  'lavender',
  'magenta',
  'olive',
  'plum',
  'salmon',
  'teal',
  'violet',
  'gold',
  'ivory',
];
const FIRST_NAMES = [
  'dorothea',
  'alfred',
  'beatrix',
  'cedric',
  'edith',
  'felix',
  'greta',
  'horace',
  'irene',
  'jasper',
  'kora',
  'leopold',
  'mabel',
  'nigel',
  'ottilie',
];
const ANIMALS = [
  'koala',
  'badger',
  'heron',
  'lynx',
  'otter',
  'falcon',
  'gecko',
  'marmot',
  'newt',
  'ocelot',
  'puffin',
  'quail',
  'raven',
  'tapir',
  'wombat',
];

/** A name like `crimson_dorothea_koala` (colour, first name, animal). */
export function randomName(random: Random): string {
  return `${random.pick(COLOURS)}_${random.pick(FIRST_NAMES)}_${random.pick(ANIMALS)}`;
}

const TAIL =
  'ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The three fake Grafana Cloud tokens the server writes into its GET lines. */
export const TOKENS = [
  `glc_FAKE1234567890THISISNOTREALDATAJUSTFILLERDATA000${TAIL.slice(0, 70)}=`,
  `glc_ABCDEFGH1234567890ZZZZ${TAIL.slice(0, 96)}=`,
  `glc_TESTDATAONLYDONOTUSEFORREALOPERATIONS9876543210${TAIL.slice(0, 73)}=`,
];

/** 1000 ids shaped `<aws|gcp|azure>-i<8–11 base-36 characters>`, fixed per seed. */
export function instanceIdPool(random: Random): string[] {
  const providers = ['aws', 'gcp', 'azure'];
  const pool: string[] = [];
  for (let i = 0; i < 1000; i++) {
    let id = '';
    const length = random.int(8, 11);
    while (id.length < length) id += random.uint32().toString(36);
    pool.push(`${random.pick(providers)}-i${id.slice(0, length)}`);
  }
  return pool;
}
