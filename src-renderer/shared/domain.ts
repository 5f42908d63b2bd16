export * from '../../src-shared/domain/company';
export * from '../../src-shared/domain/municipalities';
export * from '../../src-shared/domain/orgNumber';
export * from '../../src-shared/domain/person';
export * from '../../src-shared/domain/sni';
