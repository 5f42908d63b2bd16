export * from '@shared/domain/company';
export * from '@shared/domain/municipalities';
export * from '@shared/domain/orgNumber';
export * from '@shared/domain/person';
export * from '@shared/domain/sni';
