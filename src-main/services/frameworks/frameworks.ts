import type { ParsedInputOf } from '@shared/api';
import type { FrameworksResult } from '@shared/api/assessments';
import { AppError } from '@shared/api/errors';
import {
  COMPETENCE_CATALOGUE_ID,
  competenceCatalogueSchema,
  SITUATION_FRAMEWORK_ID,
  situationFrameworkSchema,
} from '@shared/domain/frameworks';
import type { CompetenceCatalogue, SituationFramework } from '@shared/domain/frameworks';
import { catalogueV1, situationV1 } from '../resources';

/**
 * The framework versions this build knows, validated once at load (a broken file fails at start, not mid-visit).
 * A new version is a new JSON file imported here (see resources/frameworks/README.md); rounds keep the version
 * they were started with, so old versions stay listed for ever.
 */
const situations = new Map<number, SituationFramework>();
const catalogues = new Map<number, CompetenceCatalogue>();

function addSituation(fw: SituationFramework): void {
  situations.set(fw.version, fw);
}
function addCatalogue(cat: CompetenceCatalogue): void {
  catalogues.set(cat.version, cat);
}

addSituation(situationFrameworkSchema.parse(situationV1));
addCatalogue(competenceCatalogueSchema.parse(catalogueV1));

const latest = <T>(m: Map<number, T>): number => Math.max(...m.keys());
const versions = (m: Map<number, unknown>): number[] => [...m.keys()].sort((a, b) => a - b);

export function latestSituationVersion(): number {
  return latest(situations);
}
export function latestCatalogueVersion(): number {
  return latest(catalogues);
}

export function situationFramework(version: number = latestSituationVersion()): SituationFramework {
  const fw = situations.get(version);
  if (!fw) throw new AppError('assessment.unknownFrameworkVersion', { framework: SITUATION_FRAMEWORK_ID, version });
  return fw;
}

export function competenceCatalogue(version: number = latestCatalogueVersion()): CompetenceCatalogue {
  const cat = catalogues.get(version);
  if (!cat) throw new AppError('assessment.unknownFrameworkVersion', { framework: COMPETENCE_CATALOGUE_ID, version });
  return cat;
}

export function getFrameworks(input: ParsedInputOf<'frameworks.get'>): FrameworksResult {
  return {
    situation: situationFramework(input.situationVersion),
    catalogue: competenceCatalogue(input.catalogueVersion),
    situationVersions: versions(situations),
    catalogueVersions: versions(catalogues),
  };
}

/**
 * Tests only: adds further versions (validated like the files) and returns a function that removes them again,
 * so that versioning can be exercised before a second version of a file exists.
 */
export function registerFrameworkVersions(extra: { situation?: unknown; catalogue?: unknown }): () => void {
  const added: Array<() => void> = [];
  if (extra.situation !== undefined) {
    const fw = situationFrameworkSchema.parse(extra.situation);
    if (situations.has(fw.version)) throw new Error(`situation version ${fw.version} exists`);
    addSituation(fw);
    added.push(() => situations.delete(fw.version));
  }
  if (extra.catalogue !== undefined) {
    const cat = competenceCatalogueSchema.parse(extra.catalogue);
    if (catalogues.has(cat.version)) throw new Error(`catalogue version ${cat.version} exists`);
    addCatalogue(cat);
    added.push(() => catalogues.delete(cat.version));
  }
  return () => added.forEach((undo) => undo());
}
