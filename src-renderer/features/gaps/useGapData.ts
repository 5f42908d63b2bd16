import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, invoke } from '../../api/client';
import type { ErrorCode } from '@shared/api/errors';
import { analyseCompany, gapInputFromRound } from '@shared/domain/gaps';
import { localText } from '@shared/domain/frameworks';
import type { CompanyGaps, GapInput } from '@shared/domain/gaps';
import type { FrameworksResult, RoundDetail, RoundListItem } from '@shared/api/assessments';

/** A round with what the gap charts need: its analysis and the frameworks it was made with. */
export interface AnalysedRound {
  round: RoundDetail;
  frameworks: FrameworksResult;
  input: GapInput;
  gaps: CompanyGaps;
}

const frameworkCache = new Map<string, Promise<FrameworksResult>>();

export function frameworksFor(round: Pick<RoundListItem, 'frameworkVersion' | 'catalogueVersion'>): Promise<FrameworksResult> {
  const key = `${round.frameworkVersion}/${round.catalogueVersion}`;
  let p = frameworkCache.get(key);
  if (!p) {
    p = invoke('frameworks.get', { situationVersion: round.frameworkVersion, catalogueVersion: round.catalogueVersion });
    p.catch(() => frameworkCache.delete(key));
    frameworkCache.set(key, p);
  }
  return p;
}

export async function loadAnalysedRound(roundId: string): Promise<AnalysedRound> {
  const round = await invoke('rounds.get', { roundId });
  const frameworks = await frameworksFor(round);
  const input = gapInputFromRound(round, frameworks);
  return { round, frameworks, input, gaps: analyseCompany(input) };
}

export type LoadState<T> = { status: 'loading' } | { status: 'error'; code: ErrorCode } | { status: 'ready'; value: T };

/** Loads a value when `key` changes; the latest request wins. */
export function useLoad<T>(key: string | null, load: () => Promise<T>): LoadState<T> | null {
  const [state, setState] = useState<{ key: string; value: LoadState<T> } | null>(null);
  useEffect(() => {
    if (key === null) return;
    let live = true;
    load().then(
      (value) => live && setState({ key, value: { status: 'ready', value } }),
      (e: unknown) => live && setState({ key, value: { status: 'error', code: e instanceof ApiError ? e.code : 'internal' } }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key says when to reload
  }, [key]);
  if (key === null) return null;
  return state?.key === key ? state.value : { status: 'loading' };
}

/** Labels of areas, competences and competence groups in the UI language. */
export function useLabels(frameworks: FrameworksResult | null, round: RoundDetail | null) {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'sv';
  const areas = new Map(frameworks?.situation.areas.map((a) => [a.id, localText(a.title, lang)]) ?? []);
  const competences = new Map(frameworks?.catalogue.competences.map((c) => [c.id, localText(c.name, lang)]) ?? []);
  for (const c of round?.customCompetences ?? []) competences.set(c.id, localText(c.name, lang));
  const order = new Map(frameworks?.catalogue.competences.map((c, i) => [c.id, i]) ?? []);
  return {
    lang,
    area: (id: string) => areas.get(id) ?? id,
    competence: (id: string) => competences.get(id) ?? id,
    /** Catalogue order, company-specific competences last. */
    competenceOrder: (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER,
    groups: frameworks?.catalogue.groups.map((g) => ({ id: g.id, label: localText(g.name, lang) })) ?? [],
  };
}
