import { useTranslation } from 'react-i18next';
import { logoIssue } from '@shared/domain/logo';
import { EuEmblem } from './EuEmblem';
import './identity.css';

export interface IdentitySettings {
  programmeName: string | null;
  programmeLogo: string | null;
}

/**
 * The programme's identity on a document for participants: the owner's logo and the programme's name (from Settings,
 * when set), and the funding statement the EU's rules require beside the EU emblem, in the document's language.
 */
export function ProgrammeIdentity({ settings }: { settings: IdentitySettings }) {
  const { t } = useTranslation();
  const { programmeName, programmeLogo } = settings;
  return (
    <div className="vk-identity" data-testid="programme-identity">
      <div className="vk-identity-owner">
        {programmeLogo && logoIssue(programmeLogo) === null && (
          <img
            className="vk-identity-logo"
            src={programmeLogo}
            alt={programmeName ? t('businessCheck.identity.logo', { programme: programmeName }) : t('businessCheck.identity.logoFallback')}
            data-testid="programme-logo"
          />
        )}
        {programmeName && <span className="vk-identity-name">{programmeName}</span>}
      </div>
      <div className="vk-identity-eu">
        <EuEmblem label={t('businessCheck.identity.euEmblem')} />
        <span className="vk-identity-funding">{t('businessCheck.identity.coFunded')}</span>
      </div>
    </div>
  );
}
