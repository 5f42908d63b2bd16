export * from '@shared/i18n';
