export * from '../../src-shared/i18n';
