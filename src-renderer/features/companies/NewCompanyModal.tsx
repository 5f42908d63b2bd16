import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { Alert, Anchor, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconAlertCircle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiError, invoke } from '../../api/client';
import { fieldMessageKey, notifyError, notifySuccess, tx, validateWith } from '../../lib/errors';
import { useRouter } from '../../lib/router';
import { companyFieldSchemas } from '@shared/api/companies';
import type { Settings } from '@shared/api/session';
import { OTHER_MUNICIPALITY } from '@shared/domain/municipalities';
import { parseOrgNumber } from '@shared/domain/orgNumber';
import { useCompanyList } from './listStore';
import { useMunicipalityOptions } from './options';

type Field = 'name' | 'orgNumber' | 'municipalityCode' | 'municipalityOther';

const EMPTY = { name: '', orgNumber: '', municipalityCode: null as string | null, municipalityOther: '' };

export function NewCompanyModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('companies.create.title')} size="lg">
      <NewCompanyForm onClose={onClose} />
    </Modal>
  );
}

/** Lives inside the modal, so it starts empty every time the modal opens. */
function NewCompanyForm({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const navigate = useRouter((s) => s.navigate);
  const municipalityOptions = useMunicipalityOptions(true);
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [check, setCheck] = useState<{ orgNumber: string; duplicate: { id: string; name: string } | null } | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [busy, setBusy] = useState(false);
  const [debouncedOrg] = useDebouncedValue(values.orgNumber, 300);
  const parsedOrg = parseOrgNumber(values.orgNumber);
  // Live check: once the number is complete, say whether it is valid and whether it is already registered.
  const complete = debouncedOrg.replace(/\D/g, '').length >= 10;
  const liveOrgError = complete ? validateWith(companyFieldSchemas.orgNumber, debouncedOrg) : null;
  const duplicate = check && check.orgNumber === values.orgNumber ? check.duplicate : null;

  useEffect(() => {
    invoke('settings.get', {}).then(setSettings, () => setSettings(null));
  }, []);

  useEffect(() => {
    if (!complete || liveOrgError) return;
    let current = true;
    invoke('companies.checkOrgNumber', { orgNumber: debouncedOrg, excludeId: null }).then(
      (r) => current && setCheck({ orgNumber: debouncedOrg, duplicate: r.duplicate }),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [debouncedOrg, complete, liveOrgError]);

  function set<K extends keyof typeof EMPTY>(field: K, value: (typeof EMPTY)[K]) {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  }

  function validate(): Partial<Record<Field, string>> {
    const next: Partial<Record<Field, string>> = {};
    const name = validateWith(companyFieldSchemas.name, values.name);
    if (name) next.name = name;
    const org = validateWith(companyFieldSchemas.orgNumber, values.orgNumber);
    if (org) next.orgNumber = org;
    if (values.municipalityCode === OTHER_MUNICIPALITY && values.municipalityOther.trim() === '')
      next.municipalityOther = 'errors.company.municipalityOtherRequired';
    return next;
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const problems = validate();
    setErrors(problems);
    if (Object.values(problems).some(Boolean) || duplicate) return;
    setBusy(true);
    try {
      const company = await invoke('companies.create', {
        name: values.name,
        orgNumber: values.orgNumber,
        municipalityCode: values.municipalityCode,
        municipalityOther: values.municipalityCode === OTHER_MUNICIPALITY ? values.municipalityOther : null,
        advisor: settings?.advisorName ?? null,
        office: settings?.office ?? null,
      });
      notifySuccess(t('companies.create.created'));
      onClose();
      void useCompanyList.getState().load();
      navigate({ name: 'company', id: company.id });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'company.duplicateOrgNumber') {
        setErrors({ orgNumber: 'errors.company.duplicateOrgNumber' });
        const { id, name } = error.params as { id?: string; name?: string };
        if (id && name) setCheck({ orgNumber: values.orgNumber, duplicate: { id, name } });
      } else if (error instanceof ApiError && error.issues.length > 0) {
        const next: Partial<Record<Field, string>> = {};
        for (const issue of error.issues) {
          const field = issue.path.split('.').pop() as Field;
          next[field] = fieldMessageKey(issue.message);
        }
        setErrors(next);
      } else notifyError(error);
    } finally {
      setBusy(false);
    }
  }

  const msg: Partial<Record<Field, string>> = {};
  for (const [field, key] of Object.entries({ ...errors, orgNumber: errors.orgNumber ?? liveOrgError ?? undefined })) {
    if (!key) continue;
    msg[field as Field] =
      key === 'errors.company.duplicateOrgNumber'
        ? t('errors.company.duplicateOrgNumber', { orgNumber: values.orgNumber, name: duplicate?.name ?? '' })
        : tx(t, key);
  }

  const orgValid = parsedOrg.ok && !msg.orgNumber && !duplicate;

  return (
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="new-company-form">
        <Stack gap="md">
          <TextInput
            label={t('companies.create.name')}
            value={values.name}
            onChange={(e) => set('name', e.currentTarget.value)}
            error={msg.name}
            required
            data-autofocus
            name="name"
            autoComplete="off"
          />
          <TextInput
            label={t('companies.create.orgNumber')}
            description={t('companies.create.orgNumberDescription')}
            value={values.orgNumber}
            onChange={(e) => set('orgNumber', e.currentTarget.value)}
            onBlur={() => {
              if (values.orgNumber.trim() !== '')
                setErrors((e) => ({ ...e, orgNumber: validateWith(companyFieldSchemas.orgNumber, values.orgNumber) ?? undefined }));
            }}
            error={msg.orgNumber}
            required
            name="orgNumber"
            inputMode="numeric"
            autoComplete="off"
            rightSection={orgValid ? <IconCircleCheck size={18} color="var(--mantine-color-forest-8)" aria-hidden /> : null}
          />
          {orgValid && (
            <Text size="sm" c="forest.9" aria-live="polite">
              {t('companies.create.orgNumberValid')}
              {parsedOrg.ok && parsedOrg.kind === 'sole_trader' ? ` — ${t('companies.create.soleTrader')}` : ''}
            </Text>
          )}
          {duplicate && (
            <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert" data-testid="duplicate-alert">
              <Group gap="xs" wrap="wrap">
                <Text size="sm">{t('companies.create.duplicate', { name: duplicate.name })}</Text>
                <Anchor
                  size="sm"
                  fw={600}
                  component="button"
                  type="button"
                  onClick={() => {
                    onClose();
                    navigate({ name: 'company', id: duplicate.id });
                  }}
                >
                  {t('companies.create.openDuplicate')}
                </Anchor>
              </Group>
            </Alert>
          )}
          <Select
            label={t('companies.municipality.label')}
            placeholder={t('companies.municipality.placeholder')}
            data={municipalityOptions}
            value={values.municipalityCode}
            onChange={(v) => set('municipalityCode', v)}
            error={msg.municipalityCode}
            searchable
            clearable
            name="municipalityCode"
          />
          {values.municipalityCode === OTHER_MUNICIPALITY && (
            <TextInput
              label={t('companies.municipality.otherName')}
              value={values.municipalityOther}
              onChange={(e) => set('municipalityOther', e.currentTarget.value)}
              error={msg.municipalityOther}
              required
              name="municipalityOther"
            />
          )}
          {(settings?.advisorName || settings?.office) && (
            <Text size="sm" c="dimmed">
              {t('companies.create.defaultsNote')}
            </Text>
          )}
          <Group justify="flex-end" gap="sm" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy} data-testid="create-company-submit">
              {t('companies.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
  );
}
