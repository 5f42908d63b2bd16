import { useTranslation } from 'react-i18next';
import { EDUCATION_LEVELS, EMPLOYMENT_STATUSES, GENDERS, PERSON_ROLES, YES_NO_UNSTATED } from '@shared/domain/person';
import type { PersonRole } from '@shared/domain/person';

export const ROLE_COLOR: Record<PersonRole, string> = {
  owner: 'violet',
  manager: 'blue',
  employee: 'gray',
  prospective: 'cyan',
};

export function usePersonOptions() {
  const { t } = useTranslation();
  return {
    roles: PERSON_ROLES.map((r) => ({ value: r, label: t(`people.role.${r}`) })),
    genders: GENDERS.map((g) => ({ value: g, label: t(`people.option.gender.${g}`) })),
    yesNo: YES_NO_UNSTATED.map((v) => ({ value: v, label: t(`people.option.yesNo.${v}`) })),
    education: EDUCATION_LEVELS.map((v) => ({ value: v, label: t(`people.option.education.${v}`) })),
    employment: EMPLOYMENT_STATUSES.map((v) => ({ value: v, label: t(`people.option.employment.${v}`) })),
  };
}
