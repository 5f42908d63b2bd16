import { useTranslation } from 'react-i18next';
import type { AidCurrency } from '@shared/api/aid';
import { intlLocale } from '../../lib/numberFormat';

/** Amounts of aid in the UI language: whole kronor or euros (öre and cents are kept in the figures, not shown). */
export function useMoney() {
  const { i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  return (amount: number | null, currency: AidCurrency, missing = '–') =>
    amount === null ? missing : new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
}
