import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { PERSON_ROLES } from '@shared/domain/person';
import {
  type BilingualText,
  type CompetenceCatalogue,
  type SituationFramework,
  DMA_DIMENSIONS,
  competenceCatalogueSchema,
  competencesForRole,
  frameworkFileName,
  levelDescriptor,
  localText,
  scoreFromLevels,
  situationFrameworkSchema,
} from '@shared/domain/frameworks';

const DIR = fileURLToPath(new URL('../../resources/frameworks/', import.meta.url));
const SITUATION_FILE = 'situation-assessment.v1.json';
const CATALOGUE_FILE = 'competence-catalogue.v1.json';

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(join(DIR, file), 'utf8'));
}

/** A fresh deep copy, so a test can break it without touching the others. */
function copy<T>(value: T): T {
  return structuredClone(value);
}

/** Words that are the same in Swedish and English. Anything else must be translated. */
const SAME_IN_BOTH_LANGUAGES = new Set(['EntreComp', 'DigComp', 'DigComp 2.2', 'Almi', 'ISO 14001']);

const ENTRECOMP_IDS = [
  'spotting-opportunities',
  'creativity',
  'vision',
  'valuing-ideas',
  'ethical-sustainable-thinking',
  'self-awareness-self-efficacy',
  'motivation-perseverance',
  'mobilising-resources',
  'financial-economic-literacy',
  'mobilising-others',
  'taking-the-initiative',
  'planning-management',
  'coping-with-uncertainty',
  'working-with-others',
  'learning-through-experience',
];
const DIGCOMP_IDS = [
  'information-data-literacy',
  'communication-collaboration',
  'digital-content-creation',
  'digital-safety',
  'digital-problem-solving',
];
const BUSINESS_SKILLS = ['marketing', 'sales', 'economy-finance', 'leadership', 'ict-business-tools', 'swedish-at-work', 'english-at-work'];

const EXPECTED_AREAS = [
  'strategy-leadership',
  'market-sales-customers',
  'offering-innovation',
  'finance-profitability',
  'operations-processes',
  'digitalisation',
  'people-competence',
  'sustainability',
  'collaboration-networks',
  'internationalisation-export',
];

/** Every {sv, en} object anywhere in a value, with its path. */
function bilingualTexts(value: unknown, path = '$'): { path: string; text: BilingualText }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => bilingualTexts(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    if ('sv' in obj || 'en' in obj) return [{ path, text: obj as unknown as BilingualText }];
    return Object.entries(obj).flatMap(([k, v]) => bilingualTexts(v, `${path}.${k}`));
  }
  return [];
}

function issueMessages(result: z.ZodSafeParseResult<unknown>): string[] {
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

const rawSituation = readJson(SITUATION_FILE);
const rawCatalogue = readJson(CATALOGUE_FILE);

describe('resources/frameworks files', () => {
  it('are named <framework>.v<version>.json after their content', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));
    expect(files).toContain(SITUATION_FILE);
    expect(files).toContain(CATALOGUE_FILE);
    for (const file of files) {
      const data = readJson(file) as { framework: 'situation-assessment' | 'competence-catalogue'; version: number };
      expect(frameworkFileName(data.framework, data.version)).toBe(file);
    }
  });

  for (const [file, raw] of [
    [SITUATION_FILE, rawSituation],
    [CATALOGUE_FILE, rawCatalogue],
  ] as const) {
    it(`${file}: every text has both languages, translated`, () => {
      const texts = bilingualTexts(raw);
      expect(texts.length).toBeGreaterThan(100);
      const problems: string[] = [];
      for (const { path, text } of texts) {
        const keys = Object.keys(text).sort();
        if (keys.join(',') !== 'en,sv') problems.push(`${path}: keys ${keys.join(',')}`);
        if (typeof text.sv !== 'string' || text.sv.trim() === '') problems.push(`${path}: empty sv`);
        if (typeof text.en !== 'string' || text.en.trim() === '') problems.push(`${path}: empty en`);
        if (text.sv === text.en && !SAME_IN_BOTH_LANGUAGES.has(text.sv)) problems.push(`${path}: sv equals en ('${text.sv}')`);
        if (text.sv !== text.sv.trim() || text.en !== text.en.trim()) problems.push(`${path}: surrounding whitespace`);
      }
      expect(problems).toEqual([]);
    });
  }
});

describe('situation assessment framework v1', () => {
  const parsed = situationFrameworkSchema.safeParse(rawSituation);

  it('validates against the schema', () => {
    expect(issueMessages(parsed)).toEqual([]);
  });

  const fw = parsed.data as SituationFramework;

  it('has the ten business areas of issue 3, in order, with 3–6 questions each', () => {
    expect(fw.framework).toBe('situation-assessment');
    expect(fw.version).toBe(1);
    expect(fw.areas.map((a) => a.id)).toEqual(EXPECTED_AREAS);
    for (const area of fw.areas) {
      expect(area.questions.length).toBeGreaterThanOrEqual(3);
      expect(area.questions.length).toBeLessThanOrEqual(6);
      for (const q of area.questions) expect(q.levels.map((l) => l.level)).toEqual([1, 2, 3, 4, 5]);
    }
  });

  it('covers the six EU DMA dimensions in digitalisation, one question each', () => {
    const digital = fw.areas.find((a) => a.id === 'digitalisation');
    expect(digital?.questions.map((q) => q.id)).toEqual([...DMA_DIMENSIONS]);
    expect(digital?.questions.map((q) => q.dmaDimension)).toEqual([...DMA_DIMENSIONS]);
    const elsewhere = fw.areas.filter((a) => a.id !== 'digitalisation').flatMap((a) => a.questions.filter((q) => q.dmaDimension));
    expect(elsewhere).toEqual([]);
  });

  it('has unique question ids across the file, and distinct descriptors per level', () => {
    const ids = fw.areas.flatMap((a) => a.questions.map((q) => q.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const q of fw.areas.flatMap((a) => a.questions)) {
      expect(new Set(q.levels.map((l) => l.descriptor.sv)).size).toBe(5);
      expect(new Set(q.levels.map((l) => l.descriptor.en)).size).toBe(5);
    }
  });

  it('rejects a question with a level missing', () => {
    const broken = copy(rawSituation) as { areas: { questions: { levels: unknown[] }[] }[] };
    broken.areas[0]!.questions[0]!.levels.splice(2, 1);
    const result = situationFrameworkSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(issueMessages(result)).toContain('areas.0.questions.0.levels: levels must be exactly 1–5; missing level 3');
  });

  it('rejects levels out of order or repeated', () => {
    const broken = copy(rawSituation) as { areas: { questions: { levels: { level: number }[] }[] }[] };
    const levels = broken.areas[1]!.questions[1]!.levels;
    levels.push({ ...levels[4]! });
    const result = situationFrameworkSchema.safeParse(broken);
    expect(issueMessages(result)).toContain('areas.1.questions.1.levels: levels must be exactly 1–5, once each, in ascending order');
  });

  it('rejects a duplicate question id, naming it', () => {
    const broken = copy(rawSituation) as { areas: { questions: { id: string }[] }[] };
    broken.areas[3]!.questions[0]!.id = broken.areas[0]!.questions[0]!.id;
    const result = situationFrameworkSchema.safeParse(broken);
    expect(issueMessages(result)).toContain(`areas.3.questions.0.id: duplicate question id '${broken.areas[0]!.questions[0]!.id}'`);
  });

  it('rejects a duplicate area id', () => {
    const broken = copy(rawSituation) as { areas: { id: string }[] };
    broken.areas[9]!.id = 'sustainability';
    expect(issueMessages(situationFrameworkSchema.safeParse(broken))).toContain("areas.9.id: duplicate area id 'sustainability'");
  });

  it('rejects an empty Swedish text', () => {
    const broken = copy(rawSituation) as { areas: { questions: { text: BilingualText }[] }[] };
    broken.areas[2]!.questions[1]!.text.sv = '  ';
    expect(issueMessages(situationFrameworkSchema.safeParse(broken))).toContain('areas.2.questions.1.text.sv: text must not be empty');
  });

  it('rejects a text without its English version', () => {
    const broken = copy(rawSituation) as { areas: { title: Partial<BilingualText> }[] };
    delete broken.areas[0]!.title.en;
    const result = situationFrameworkSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues.some((i) => i.path.join('.') === 'areas.0.title.en')).toBe(true);
  });

  it('rejects an area with too few or too many questions', () => {
    const few = copy(rawSituation) as { areas: { questions: unknown[] }[] };
    few.areas[0]!.questions.splice(2);
    expect(issueMessages(situationFrameworkSchema.safeParse(few))).toContain('areas.0.questions: an area needs 3–6 questions');
    const many = copy(rawSituation) as { areas: { questions: { id: string }[] }[] };
    const digital = many.areas[5]!.questions;
    digital.push({ ...copy(digital[0]!), id: 'extra-question' });
    expect(issueMessages(situationFrameworkSchema.safeParse(many))).toContain('areas.5.questions: an area needs 3–6 questions');
  });

  it('rejects a non-kebab-case id and an unknown field', () => {
    const broken = copy(rawSituation) as { areas: Record<string, unknown>[] };
    broken.areas[0]!.id = 'Strategy Leadership';
    broken.areas[1]!.descripton = { sv: 'x', en: 'y' };
    const result = situationFrameworkSchema.safeParse(broken);
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toContain('areas.0.id');
    expect(result.error!.issues.some((i) => i.code === 'unrecognized_keys' && i.path.join('.') === 'areas.1')).toBe(true);
  });
});

describe('competence catalogue v1', () => {
  const parsed = competenceCatalogueSchema.safeParse(rawCatalogue);

  it('validates against the schema', () => {
    expect(issueMessages(parsed)).toEqual([]);
  });

  const cat = parsed.data as CompetenceCatalogue;
  const ids = () => cat.competences.map((c) => c.id);

  it('holds EntreComp (15, in its 3 areas), DigComp 2.2 (5 areas) and the business skills', () => {
    const entre = cat.competences.filter((c) => c.source === 'entrecomp');
    expect(entre.map((c) => c.id).sort()).toEqual([...ENTRECOMP_IDS].sort());
    expect(new Set(entre.map((c) => c.groupId)).size).toBe(3);
    for (const groupId of new Set(entre.map((c) => c.groupId))) {
      expect(entre.filter((c) => c.groupId === groupId)).toHaveLength(5);
    }
    expect(
      cat.competences
        .filter((c) => c.source === 'digcomp')
        .map((c) => c.id)
        .sort(),
    ).toEqual([...DIGCOMP_IDS].sort());
    for (const id of BUSINESS_SKILLS) {
      expect(cat.competences.find((c) => c.id === id)?.source).toBe('business');
    }
    expect(new Set(ids()).size).toBe(ids().length);
  });

  it('gives every role 15–25 competences by default', () => {
    for (const role of PERSON_ROLES) {
      const n = competencesForRole(cat, role).length;
      expect(n, role).toBeGreaterThanOrEqual(15);
      expect(n, role).toBeLessThanOrEqual(25);
    }
  });

  it('describes every level 1–5 of every competence, distinctly', () => {
    for (const c of cat.competences) {
      expect(c.levels.map((l) => l.level)).toEqual([1, 2, 3, 4, 5]);
      expect(new Set(c.levels.map((l) => l.descriptor.sv)).size).toBe(5);
      expect(new Set(c.levels.map((l) => l.descriptor.en)).size).toBe(5);
    }
  });

  it('rejects a competence with a level missing', () => {
    const broken = copy(rawCatalogue) as { competences: { levels: unknown[] }[] };
    broken.competences[4]!.levels.splice(0, 1);
    expect(issueMessages(competenceCatalogueSchema.safeParse(broken))).toContain(
      'competences.4.levels: levels must be exactly 1–5; missing level 1',
    );
  });

  it('rejects a duplicate competence id, naming it', () => {
    const broken = copy(rawCatalogue) as { competences: { id: string }[] };
    broken.competences[7]!.id = 'creativity';
    expect(issueMessages(competenceCatalogueSchema.safeParse(broken))).toContain("competences.7.id: duplicate competence id 'creativity'");
  });

  it('rejects an empty Swedish name', () => {
    const broken = copy(rawCatalogue) as { competences: { name: BilingualText }[] };
    broken.competences[0]!.name.sv = '';
    expect(issueMessages(competenceCatalogueSchema.safeParse(broken))).toContain('competences.0.name.sv: text must not be empty');
  });

  it('rejects a wrong priority and a repeated role', () => {
    const broken = copy(rawCatalogue) as { competences: { defaultPriority: number; roles: string[] }[] };
    broken.competences[1]!.defaultPriority = 4;
    broken.competences[2]!.roles = ['owner', 'owner'];
    const messages = issueMessages(competenceCatalogueSchema.safeParse(broken));
    expect(messages).toContain('competences.1.defaultPriority: defaultPriority must be 1, 2 or 3');
    expect(messages).toContain('competences.2.roles: a role is listed twice');
  });

  it('rejects an unknown group and a source that differs from its group', () => {
    // Cross-references are checked once every entry is well-formed on its own.
    const broken = copy(rawCatalogue) as { competences: { groupId: string; source: string }[] };
    broken.competences[0]!.groupId = 'no-such-group';
    broken.competences[1]!.source = 'business';
    const messages = issueMessages(competenceCatalogueSchema.safeParse(broken));
    expect(messages).toContain("competences.0.groupId: unknown group 'no-such-group'");
    expect(messages).toContain("competences.1.source: source 'business' differs from its group's source 'entrecomp'");
  });

  it('rejects a catalogue that gives a role too few or too many competences', () => {
    const few = copy(rawCatalogue) as { competences: { roles: string[] }[] };
    for (const c of few.competences) c.roles = c.roles.filter((r) => r !== 'prospective');
    expect(issueMessages(competenceCatalogueSchema.safeParse(few))).toContain(
      "competences: role 'prospective' has 0 competences; each role needs 15–25",
    );
    const many = copy(rawCatalogue) as { competences: { roles: string[] }[] };
    for (const c of many.competences) if (!c.roles.includes('owner')) c.roles.push('owner');
    expect(issueMessages(competenceCatalogueSchema.safeParse(many))).toContain(
      `competences: role 'owner' has ${many.competences.length} competences; each role needs 15–25`,
    );
  });
});

describe('framework helpers', () => {
  const fw = situationFrameworkSchema.parse(rawSituation);
  const cat = competenceCatalogueSchema.parse(rawCatalogue);

  it('localText picks the language', () => {
    const area = fw.areas[0]!;
    expect(localText(area.title, 'sv')).toBe('Strategi och ledning');
    expect(localText(area.title, 'en')).toBe('Strategy and leadership');
  });

  it('competencesForRole keeps catalogue order and only that role', () => {
    const owner = competencesForRole(cat, 'owner');
    expect(owner.every((c) => c.roles.includes('owner'))).toBe(true);
    const order = cat.competences.map((c) => c.id);
    const positions = owner.map((c) => order.indexOf(c.id));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(competencesForRole(cat, 'prospective').some((c) => c.id === 'swedish-at-work')).toBe(true);
  });

  it('levelDescriptor and scoreFromLevels', () => {
    const q = fw.areas[3]!.questions[0]!;
    expect(levelDescriptor(q.levels, 1)?.sv).toMatch(/byrå/);
    expect(levelDescriptor(q.levels, 6)).toBeUndefined();
    expect(scoreFromLevels([])).toBeNull();
    expect(scoreFromLevels([1, 1])).toBe(0);
    expect(scoreFromLevels([5])).toBe(100);
    expect(scoreFromLevels([3])).toBe(50);
    expect(scoreFromLevels([2, 3, 4, 4])).toBe(56);
  });
});
