// The questionnaires come from measures.json, the single source for wording, bands and thresholds
// (product spec §5). This file only gives that data exact types and refuses a malformed edit at load
// time, so a typo in the JSON can never silently mis-band or mis-score a client.
import measuresJson from './measures.json';

export const MEASURE_CODES = ['phq9', 'gad7'] as const;

export type MeasureCode = (typeof MEASURE_CODES)[number];

export interface MeasureOption {
  readonly value: number;
  readonly label: string;
}

export interface MeasureBand {
  readonly min: number;
  readonly max: number;
  readonly label: string;
}

/** The closing "how difficult…" question: shown to the client but never part of the total. */
export interface DifficultyQuestion {
  readonly text: string;
  readonly options: readonly string[];
  readonly scored: false;
}

export interface MeasureLoinc {
  readonly panel: string;
  readonly totalScore: string;
}

export interface RiskItem {
  /** 1-based, as the item is numbered on the printed questionnaire (PHQ-9 item 9). */
  readonly index: number;
  /** An answer strictly above this value raises a risk alert. */
  readonly alertWhenAbove: number;
}

export interface MeasureDefinition {
  readonly code: MeasureCode;
  readonly name: string;
  readonly title: string;
  readonly stem: string;
  readonly options: readonly MeasureOption[];
  /** Item wording, shown exactly as published. */
  readonly items: readonly string[];
  readonly difficulty: DifficultyQuestion;
  /** Inclusive [lowest, highest] possible total. */
  readonly range: readonly [number, number];
  /** Contiguous, ascending, covering the whole range. */
  readonly bands: readonly MeasureBand[];
  /** A total at or above this is a clinical case. */
  readonly caseness: number;
  /** A change of at least this many points is reliable. */
  readonly reliableChange: number;
  readonly loinc: MeasureLoinc;
  /** Null when the instrument has no item that signals risk (GAD-7). */
  readonly riskItem: RiskItem | null;
}

type RawMeasure = (typeof measuresJson.measures)[number];

export const isMeasureCode = (value: unknown): value is MeasureCode =>
  typeof value === 'string' && (MEASURE_CODES as readonly string[]).includes(value);

const invariant = (condition: boolean, message: string): void => {
  if (!condition) throw new Error(`measures.json: ${message}`);
};

const toDefinition = (raw: RawMeasure): MeasureDefinition => {
  const { code, range, bands, options, items, caseness, reliableChange } = raw;
  invariant(isMeasureCode(code), `unknown measure code "${code}"`);
  invariant(range.length === 2 && range[0] < range[1], `${code} range must be [min, max]`);
  const [low, high] = range as [number, number];

  invariant(
    options.every((option, i) => option.value === i),
    `${code} option values must be 0, 1, 2, … in order`,
  );
  const maxAnswer = options.length - 1;
  invariant(
    low === 0 && high === items.length * maxAnswer,
    `${code} range must be 0 to items × highest option`,
  );

  invariant(bands.length > 0 && bands[0]?.min === low, `${code} bands must start at ${low}`);
  bands.forEach((band, i) => {
    invariant(band.min <= band.max, `${code} band "${band.label}" has min above max`);
    const next = bands[i + 1];
    if (next) invariant(next.min === band.max + 1, `${code} bands must be contiguous after "${band.label}"`);
    else invariant(band.max === high, `${code} bands must end at ${high}`);
  });

  invariant(caseness > low && caseness <= high, `${code} caseness must lie inside the range`);
  invariant(reliableChange > 0, `${code} reliable change must be positive`);

  // GAD-7 has no risk item, so the JSON omits the key rather than using null.
  const riskItem = 'riskItem' in raw && raw.riskItem ? raw.riskItem : null;
  if (riskItem) {
    invariant(
      Number.isInteger(riskItem.index) && riskItem.index >= 1 && riskItem.index <= items.length,
      `${code} risk item index must be 1 to ${items.length}`,
    );
  }

  invariant(raw.difficulty.scored === false, `${code} difficulty question must be unscored`);

  return {
    code: code as MeasureCode,
    name: raw.name,
    title: raw.title,
    stem: raw.stem,
    options,
    items,
    difficulty: { ...raw.difficulty, scored: false },
    range: [low, high],
    bands,
    caseness,
    reliableChange,
    loinc: raw.loinc,
    riskItem,
  };
};

const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
};

const byCode = new Map(measuresJson.measures.map((raw) => [raw.code, toDefinition(raw)]));

const definitionFor = (code: MeasureCode): MeasureDefinition => {
  const definition = byCode.get(code);
  if (!definition) throw new Error(`measures.json: missing measure "${code}"`);
  return definition;
};

/** Frozen, so no caller can alter the published wording or thresholds for everyone else. */
export const MEASURE_DEFINITIONS: Readonly<Record<MeasureCode, MeasureDefinition>> = deepFreeze({
  phq9: definitionFor('phq9'),
  gad7: definitionFor('gad7'),
});

/** Attribution and permission statement, to show wherever the questionnaires are shown. */
export const MEASURES_ABOUT: string = measuresJson.about;

/** Looks a definition up by a code that may come from outside the type system (a URL, a stored row). */
export const getMeasureDefinition = (code: MeasureCode): MeasureDefinition => {
  if (!isMeasureCode(code)) {
    throw new Error(`Unknown measure "${String(code)}"; expected one of ${MEASURE_CODES.join(', ')}`);
  }
  return MEASURE_DEFINITIONS[code];
};
