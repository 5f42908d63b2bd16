import { useState } from 'react';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { en } from '@shared/i18n';
import type { Result } from '@shared/api';
import { CompetenceStep } from '../../src-renderer/features/assessments/CompetenceStep';
import { DescribedLevelPicker, levelTexts } from '../../src-renderer/features/assessments/DescribedLevelPicker';
import { useRound } from '../../src-renderer/features/assessments/roundStore';
import type { CompetenceDefinition, Frameworks, RoundDetail } from '../../src-renderer/features/assessments/types';
import { renderInApp } from './render';

const TEXTS = [1, 2, 3, 4, 5].map((l) => `Does level ${l} things`);
const NOT_RATED = en.assessments.competences.notRatedYet;

function Picker({ descriptions = TEXTS }: { descriptions?: string[] | null }) {
  const [value, setValue] = useState<number | null>(null);
  return <DescribedLevelPicker label="Target level: Selling" value={value} onChange={setValue} descriptions={descriptions} testId="hint" />;
}

const hint = () => screen.getByTestId('hint').textContent;
/** The text a radio's aria-describedby points at. */
const description = (radio: HTMLElement) => document.getElementById(radio.getAttribute('aria-describedby') ?? '')?.textContent;

describe('the level descriptions where a competence is rated', () => {
  it('says "not rated yet" until a level is chosen, and never 0', () => {
    renderInApp(<Picker />);
    expect(hint()).toBe(NOT_RATED);
    expect(screen.getByTestId('hint').dataset['level']).toBe('');
  });

  it('shows the focused level’s meaning, follows the arrow keys, and each radio is described by its level', async () => {
    const user = userEvent.setup();
    renderInApp(<Picker />);
    await user.tab();
    expect(hint()).toBe(`1 · ${TEXTS[0]}`);
    await user.keyboard('3');
    expect(hint()).toBe(`3 · ${TEXTS[2]}`);
    await user.keyboard('{ArrowRight}');
    expect(hint()).toBe(`4 · ${TEXTS[3]}`);
    expect(screen.getAllByRole('radio').map(description)).toEqual(TEXTS);
    // Leaving the picker: the chosen level's meaning stays.
    await user.tab();
    expect(hint()).toBe(`4 · ${TEXTS[3]}`);
  });

  it('previews the level under the pointer and goes back to the chosen one', async () => {
    const user = userEvent.setup();
    renderInApp(<Picker />);
    await user.click(screen.getByRole('radio', { name: '2' }));
    await user.tab();
    await user.hover(screen.getByRole('radio', { name: '5' }));
    expect(hint()).toBe(`5 · ${TEXTS[4]}`);
    expect(screen.getByTestId('hint').dataset['preview']).toBe('true');
    await user.unhover(screen.getByRole('radio', { name: '5' }));
    expect(hint()).toBe(`2 · ${TEXTS[1]}`);
    expect(screen.getByTestId('hint').dataset['preview']).toBeUndefined();
  });

  it('a competence without level texts: no descriptions, still "not rated yet"', async () => {
    const user = userEvent.setup();
    renderInApp(<Picker descriptions={null} />);
    expect(hint()).toBe(NOT_RATED);
    await user.click(screen.getByRole('radio', { name: '3' }));
    expect(hint()).toBe('');
    expect(screen.getByRole('radio', { name: '3' }).getAttribute('aria-describedby')).toBeNull();
  });

  it('levelTexts: the competence’s own, else the general scale, else none', () => {
    const scale = {
      levels: [1, 2, 3, 4, 5].map((level) => ({
        level,
        label: { sv: `Nivå ${level}`, en: `Step ${level}` },
        description: { sv: 'S', en: 'E' },
      })),
    } as Frameworks['catalogue']['scale'];
    const own = { levels: TEXTS.map((t, i) => ({ level: i + 1, descriptor: { sv: t, en: t } })) } as CompetenceDefinition;
    const custom = { custom: true } as CompetenceDefinition;
    expect(levelTexts(own, scale, 'en')).toEqual({ texts: TEXTS, general: false });
    expect(levelTexts(custom, scale, 'en')).toEqual({ texts: [1, 2, 3, 4, 5].map((l) => `Step ${l}: E`), general: true });
    expect(levelTexts(custom, undefined, 'en')).toEqual({ texts: null, general: false });
  });
});

describe('the competence step’s counts', () => {
  const P = '01900000-0000-7000-8000-0000000000a1';
  const competences = ['c1', 'c2', 'c3'].map((id) => ({
    competenceId: id,
    requiredLevel: null,
    selfLevel: null,
    advisorLevel: null,
    note: null,
  }));
  function load(done: number) {
    const round = {
      id: 'r1',
      companyId: 'co',
      completedAt: null,
      people: [{ personId: P, name: 'Anna', role: 'employee', jobTitle: null, competences }],
      progress: [{ step: `person:${P}`, done, total: 3 }],
    } as unknown as RoundDetail;
    useRound.setState({ round, roundId: 'r1', frameworks: null, competences: [] });
  }
  afterEach(() => useRound.setState({ round: null, roundId: null }));

  it('reads "not rated yet" before anything is rated, then "2 of 3 rated": no 0 anywhere', () => {
    load(0);
    const view = renderInApp(<CompetenceStep readOnly={false} personId={P} onPerson={() => undefined} />);
    expect(screen.getByRole('tab').textContent).toBe('Anna (not rated yet)');
    expect(screen.getByTestId('rated-count').textContent).toBe(NOT_RATED);
    expect(screen.getAllByText(NOT_RATED).length).toBe(1 + 3 * 3);
    expect(view.container.textContent).not.toMatch(/\b0\b/);
    view.unmount();
    load(2);
    renderInApp(<CompetenceStep readOnly={false} personId={P} onPerson={() => undefined} />);
    expect(screen.getByRole('tab').textContent).toBe('Anna (2 of 3 rated)');
    expect(screen.getByTestId('rated-count').textContent).toBe('2 of 3 rated');
  });
});

describe('self-assessment, one competence at a time', () => {
  const ids = ['01900000-0000-7000-8000-0000000000c1', '01900000-0000-7000-8000-0000000000c2', '01900000-0000-7000-8000-0000000000c3'];
  const levels = TEXTS.map((t, i) => ({ level: i + 1, descriptor: { sv: t, en: t } }));
  const competence = (id: string, n: number, withLevels: boolean) => ({
    competence: { id, name: { sv: `Kompetens ${n}`, en: `Competence ${n}` }, description: null, ...(withLevels ? { levels } : {}) },
    selfLevel: null,
  });
  const view = {
    roundId: 'r1',
    personId: 'p1',
    language: 'en',
    name: 'Erik',
    competences: [competence(ids[0]!, 1, true), competence(ids[1]!, 2, false), competence(ids[2]!, 3, true)],
  };
  const saved: unknown[] = [];
  beforeEach(() => {
    saved.length = 0;
    window.vaxtkraft = {
      invoke: (channel: string, input: unknown): Promise<Result<unknown>> => {
        if (channel === 'selfAssessment.saveRating') saved.push(input);
        const value = channel === 'selfAssessment.get' ? view : input;
        return Promise.resolve({ ok: true, value });
      },
    };
  });
  afterEach(() => {
    delete window.vaxtkraft;
  });

  it('one competence with its level texts; a choice saved; focus on the next name; what is left at the end', async () => {
    const { SelfAssessmentScreen } = await import('../../src-renderer/features/selfAssessment/SelfAssessmentScreen');
    const user = userEvent.setup();
    renderInApp(<SelfAssessmentScreen roundId="r1" personId="p1" />);
    await screen.findByText('Competence 1 of 3');
    expect(screen.getAllByRole('radiogroup')).toHaveLength(1);
    expect(screen.getByRole('radio', { name: /Does level 4 things/ })).toBeTruthy();
    expect(screen.queryByTestId('self-previous')).toBeNull();

    // Tab into the cards, an arrow chooses (and saves), Tab to "Next", Enter.
    await user.tab();
    while (document.activeElement?.getAttribute('role') !== 'radio') await user.tab();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    await waitFor(() => expect(saved.at(-1)).toMatchObject({ competenceId: ids[0], selfLevel: 2 }));
    expect(screen.getByTestId('self-progress').textContent).toBe('1 of 3 rated');
    await user.tab();
    expect(document.activeElement).toBe(screen.getByTestId('self-next'));
    await user.keyboard('{Enter}');
    expect(screen.getByText('Competence 2 of 3')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Competence 2' }));
    // A company's own competence without level texts says so quietly.
    expect(screen.getByText(en.assessments.self.noLevels)).toBeTruthy();

    fireEvent.click(screen.getByTestId('self-next'));
    expect(screen.getByTestId('self-next').textContent).toBe(en.assessments.self.toEnd);
    fireEvent.click(screen.getByTestId('self-next'));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: en.assessments.self.endTitle }));
    const left = screen.getByTestId('self-left');
    expect([...left.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Competence 2', 'Competence 3']);
    await user.click(screen.getByRole('button', { name: 'Competence 3' }));
    expect(screen.getByText('Competence 3 of 3')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Competence 3' }));
  });
});
