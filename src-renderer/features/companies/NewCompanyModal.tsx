import { useEffect, useState } from 'react';
import { Alert, Anchor, Group, Modal, Select, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { UseFormReturnType } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { IconAlertCircle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiError, invoke } from '../../api/client';
import { notifySuccess } from '../../lib/errors';
import { checkFields } from '../../lib/fieldErrors';
import { DialogForm } from '../../lib/DialogForm';
import { contractValidate, formMessages, inputProps, showRefusal } from '../../lib/forms';
import type { InputProps } from '../../lib/forms';
import { useRouter } from '../../lib/router';
import { companyFieldSchemas } from '@shared/api/companies';
import type { Settings } from '@shared/api/session';
import { OTHER_MUNICIPALITY } from '@shared/domain/municipalities';
import { parseOrgNumber } from '@shared/domain/orgNumber';
import { useCompanyList } from './listStore';
import { useMunicipalityOptions } from './options';

interface Values {
  name: string;
  orgNumber: string;
  municipalityCode: string | null;
  municipalityOther: string;
}

type Duplicate = { id: string; name: string };
type Form = UseFormReturnType<Values>;

const EMPTY: Values = { name: '', orgNumber: '', municipalityCode: null, municipalityOther: '' };
const DUPLICATE_KEY = 'errors.company.duplicateOrgNumber';
const fieldOfError = (code: string) => (code === 'company.duplicateOrgNumber' ? ('orgNumber' as const) : undefined);

const toInput = (v: Values) => ({
  name: v.name,
  orgNumber: v.orgNumber,
  municipalityCode: v.municipalityCode,
  municipalityOther: v.municipalityCode === OTHER_MUNICIPALITY ? v.municipalityOther : null,
});

function validate(values: Values) {
  const errors = contractValidate(companyFieldSchemas, toInput)(values);
  // "Other municipality" needs its name; the service says so too, but only after a round trip.
  if (values.municipalityCode === OTHER_MUNICIPALITY && values.municipalityOther.trim() === '')
    errors['municipalityOther'] = 'errors.company.municipalityOtherRequired';
  return errors;
}

export function NewCompanyModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('companies.create.title')} size="lg">
      <NewCompanyForm onClose={onClose} />
    </Modal>
  );
}

/**
 * Whether the number is typed to its end: 12 digits, or 10 in the short form (its separator after the sixth digit, or
 * not beginning as a 12-digit one does: 16, 19, 20), so that `19811218-98…` is not checked halfway.
 */
function orgNumberComplete(input: string): boolean {
  const digits = input.replace(/\D/g, '');
  if (digits.length >= 12) return true;
  if (digits.length < 10) return false;
  return /^\s*\d{6}\s*[-+\u2013]/.test(input) || !/^(16|19|20)/.test(digits);
}

/**
 * Live check of the organisation number: once it is complete, whether it is valid and whether it is already
 * registered (the duplicate, with a link to it).
 */
function useOrgNumberCheck(orgNumber: string) {
  const [check, setCheck] = useState<{ orgNumber: string; duplicate: Duplicate | null } | null>(null);
  const [debounced] = useDebouncedValue(orgNumber, 300);
  const complete = orgNumberComplete(debounced);
  const liveError = complete ? (checkFields(companyFieldSchemas, { orgNumber: debounced }).orgNumber?.key ?? null) : null;
  useEffect(() => {
    if (!complete || liveError) return;
    let current = true;
    invoke('companies.checkOrgNumber', { orgNumber: debounced, excludeId: null }).then(
      (r) => current && setCheck({ orgNumber: debounced, duplicate: r.duplicate }),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [debounced, complete, liveError]);
  const duplicate = check && check.orgNumber === orgNumber ? check.duplicate : null;
  return { liveError, duplicate, found: (d: Duplicate) => setCheck({ orgNumber, duplicate: d }) };
}

interface OrgNumberFieldProps {
  form: Form;
  /** The field's input props, its translated error among them. */
  input: InputProps;
  duplicate: Duplicate | null;
  onOpen(): void;
}

function OrgNumberField({ form, input, duplicate, onOpen }: OrgNumberFieldProps) {
  const { t } = useTranslation();
  const parsed = parseOrgNumber(form.values.orgNumber);
  const valid = parsed.ok && !input.error && !duplicate;
  return (
    <>
      <TextInput
        {...input}
        label={t('companies.create.orgNumber')}
        description={t('companies.create.orgNumberDescription')}
        onBlur={() => {
          if (form.values.orgNumber.trim() !== '') form.validateField(input.name);
        }}
        required
        inputMode="numeric"
        autoComplete="off"
        rightSection={valid ? <IconCircleCheck size={18} color="var(--mantine-color-forest-8)" aria-hidden /> : null}
      />
      {valid && (
        <Text size="sm" c="forest.9" aria-live="polite">
          {t('companies.create.orgNumberValid')}
          {parsed.ok && parsed.kind === 'sole_trader' ? ` — ${t('companies.create.soleTrader')}` : ''}
        </Text>
      )}
      {duplicate && (
        <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert" data-testid="duplicate-alert">
          <Group gap="xs" wrap="wrap">
            <Text size="sm">{t('companies.create.duplicate', { name: duplicate.name })}</Text>
            <Anchor size="sm" fw={600} component="button" type="button" onClick={onOpen}>
              {t('companies.create.openDuplicate')}
            </Anchor>
          </Group>
        </Alert>
      )}
    </>
  );
}

/** Lives inside the modal, so it starts empty every time the modal opens. */
function NewCompanyForm({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const navigate = useRouter((s) => s.navigate);
  const municipalityOptions = useMunicipalityOptions(true);
  const [settings, setSettings] = useState<Settings | null>(null);
  const form = useForm<Values>({ initialValues: EMPTY, validate });
  const org = useOrgNumberCheck(form.values.orgNumber);
  const msg = formMessages(t, { ...form.errors, orgNumber: form.errors['orgNumber'] ?? org.liveError ?? undefined });
  if (form.errors['orgNumber'] === DUPLICATE_KEY) {
    msg['orgNumber'] = t(DUPLICATE_KEY, { orgNumber: form.values.orgNumber, name: org.duplicate?.name ?? '' });
  }
  const props = inputProps(form, msg, ['name', 'orgNumber', 'municipalityCode', 'municipalityOther']);

  useEffect(() => {
    invoke('settings.get', {}).then(setSettings, () => setSettings(null));
  }, []);

  const submit = async (values: Values) => {
    if (org.duplicate) return;
    try {
      const defaults = { advisor: settings?.advisorName ?? null, office: settings?.office ?? null };
      const company = await invoke('companies.create', { ...toInput(values), ...defaults });
      notifySuccess(t('companies.create.created'));
      onClose();
      void useCompanyList.getState().load();
      navigate({ name: 'company', id: company.id });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'company.duplicateOrgNumber') {
        const { id, name } = error.params as { id?: string; name?: string };
        if (id && name) org.found({ id, name });
      }
      showRefusal(form.setErrors, error, companyFieldSchemas, { fieldOfError });
    }
  };

  return (
    <DialogForm
      form={form}
      onSubmit={submit}
      onCancel={onClose}
      submitLabel={t('companies.create.submit')}
      submitTestId="create-company-submit"
      testId="new-company-form"
    >
      <TextInput {...props.name} label={t('companies.create.name')} required data-autofocus autoComplete="off" />
      <OrgNumberField
        form={form}
        input={props.orgNumber}
        duplicate={org.duplicate}
        onOpen={() => {
          onClose();
          if (org.duplicate) navigate({ name: 'company', id: org.duplicate.id });
        }}
      />
      <Select
        {...props.municipalityCode}
        label={t('companies.municipality.label')}
        placeholder={t('companies.municipality.placeholder')}
        data={municipalityOptions}
        searchable
        clearable
      />
      {form.values.municipalityCode === OTHER_MUNICIPALITY && (
        <TextInput {...props.municipalityOther} label={t('companies.municipality.otherName')} required />
      )}
      {(settings?.advisorName || settings?.office) && (
        <Text size="sm" c="dimmed">
          {t('companies.create.defaultsNote')}
        </Text>
      )}
    </DialogForm>
  );
}
