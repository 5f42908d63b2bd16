import type { FormErrors } from '@mantine/form';
import { ApiError } from '../../api/client';
import { fieldMessageKey } from '../../lib/errors';
import { contractValidate } from '../../lib/forms';
import { contactFieldSchemas, nextStepSchema } from '@shared/api/contacts';
import type { Contact, ContactKind, NextStep } from '@shared/api/contacts';

export interface StepValues {
  text: string;
  dueDate: string;
  ownerPersonId: string | null;
  ownerText: string;
  done: boolean;
}

export interface ContactValues {
  date: string;
  kind: ContactKind | null;
  advisor: string;
  personIds: string[];
  /** A NumberInput's value: a number, or the text being typed. */
  hours: number | string;
  summary: string;
  nextSteps: StepValues[];
}

export const emptyStep = (dueDate: string): StepValues => ({ text: '', dueDate, ownerPersonId: null, ownerText: '', done: false });

export function valuesOf(contact: Contact): ContactValues {
  return {
    date: contact.date,
    kind: contact.kind,
    advisor: contact.advisor,
    personIds: contact.personIds,
    hours: contact.hours,
    summary: contact.summary ?? '',
    nextSteps: contact.nextSteps.map((s) => ({ ...s, ownerText: s.ownerText ?? '' })),
  };
}

const toStep = (s: StepValues): NextStep => ({
  text: s.text,
  dueDate: s.dueDate,
  ownerPersonId: s.ownerPersonId,
  ownerText: s.ownerText.trim() === '' ? null : s.ownerText,
  done: s.done,
});

/** The values as the contract's fields; an empty hours field reads as NaN, which the contract refuses as "write a number". */
export function toInput(v: ContactValues) {
  return {
    date: v.date,
    kind: v.kind as ContactKind,
    advisor: v.advisor,
    personIds: v.personIds,
    hours: v.hours === '' ? Number.NaN : Number(v.hours),
    summary: v.summary.trim() === '' ? null : v.summary,
    nextSteps: v.nextSteps.map(toStep),
  };
}

const { nextSteps: _steps, ...TOP_FIELDS } = contactFieldSchemas;
const topValidate = contractValidate(TOP_FIELDS, (v: ContactValues) => {
  const { nextSteps: _n, ...top } = toInput(v);
  return top;
});
const STEP_FIELDS = ['text', 'dueDate', 'ownerPersonId', 'ownerText'] as const;

/** Each field checked with the contract's schema, a step's fields at `nextSteps.<i>.<field>`, as the service names them. */
export function validateContact(values: ContactValues): FormErrors {
  const errors: FormErrors = topValidate(values);
  values.nextSteps.forEach((raw, i) => {
    const step = toStep(raw);
    for (const field of STEP_FIELDS) {
      const parsed = nextStepSchema.shape[field].safeParse(step[field]);
      if (!parsed.success) errors[`nextSteps.${i}.${field}`] = fieldMessageKey(parsed.error.issues[0]?.message ?? 'invalid');
    }
    if (!step.ownerPersonId && !step.ownerText) errors[`nextSteps.${i}.ownerText`] = fieldMessageKey('contact.ownerRequired');
  });
  return errors;
}

/** A refused save's field issues, at the form's fields (the form mirrors the contract's paths); null for any other error. */
export function refusalErrors(error: unknown): FormErrors | null {
  if (!(error instanceof ApiError) || error.issues.length === 0) return null;
  return Object.fromEntries(error.issues.map((issue) => [issue.path, fieldMessageKey(issue.message)]));
}
