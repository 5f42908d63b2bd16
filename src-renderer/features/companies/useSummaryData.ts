import { useEffect, useState } from 'react';
import { invoke } from '../../api/client';
import type { ResultOf } from '@shared/api';
import { stepIds } from '../assessments';

type Round = ResultOf<'rounds.list'>[number];
type Frameworks = ResultOf<'frameworks.get'>;

/** What the company page's summary shows, read through the existing channels (nothing is created by reading). */
export interface SummaryData {
  rounds: Round[];
  /** Where the open round was left: its 1-based step of so many. */
  openStep: { step: number; steps: number } | null;
  /** The latest round with its area scores, and the framework that names the areas. */
  profile: { round: Round; summary: ResultOf<'rounds.summary'>; areas: Frameworks['situation']['areas'] } | null;
  /** Plan activities by status. */
  byStatus: ResultOf<'plans.totals'>['byStatus'];
  followUp: { date: string; daysLeft: number } | null;
}

async function loadSummary(companyId: string): Promise<SummaryData> {
  const [rounds, totals, due] = await Promise.all([
    invoke('rounds.list', { companyId }),
    invoke('plans.totals', { companyId }),
    invoke('plans.dueForFollowUp', {}),
  ]);
  const open = rounds.find((r) => r.completedAt === null) ?? null;
  // The profile of the latest completed round; while only an open one exists, its answers so far.
  const latest = rounds.filter((r) => r.completedAt !== null).at(-1) ?? open;
  const [openDetail, summary, frameworks] = await Promise.all([
    open ? invoke('rounds.get', { roundId: open.id }) : null,
    latest ? invoke('rounds.summary', { roundId: latest.id }) : null,
    latest ? invoke('frameworks.get', { situationVersion: latest.frameworkVersion, catalogueVersion: latest.catalogueVersion }) : null,
  ]);
  let openStep: SummaryData['openStep'] = null;
  if (openDetail && frameworks) {
    const steps = stepIds(frameworks.situation);
    const saved = openDetail.lastStep?.startsWith('person:') ? 'competences' : openDetail.lastStep;
    openStep = { step: Math.max(0, steps.indexOf(saved ?? '')) + 1, steps: steps.length };
  }
  const mine = due.find((d) => d.companyId === companyId);
  return {
    rounds,
    openStep,
    profile: latest && summary && frameworks ? { round: latest, summary, areas: frameworks.situation.areas } : null,
    byStatus: totals.byStatus,
    followUp: mine ? { date: mine.nextFollowUp, daysLeft: mine.daysLeft } : null,
  };
}

/** The summary's data for one company: null while loading, 'error' when a read failed. */
export function useSummaryData(companyId: string): SummaryData | 'error' | null {
  const [data, setData] = useState<{ id: string; value: SummaryData | 'error' } | null>(null);
  useEffect(() => {
    let live = true;
    loadSummary(companyId).then(
      (value) => live && setData({ id: companyId, value }),
      () => live && setData({ id: companyId, value: 'error' }),
    );
    return () => {
      live = false;
    };
  }, [companyId]);
  return data?.id === companyId ? data.value : null;
}
