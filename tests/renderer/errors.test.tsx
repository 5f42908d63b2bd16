import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src-renderer/api/client';
import { errorKey, fieldMessageKey, translateError } from '../../src-renderer/lib/errors';
import type { ErrorCode } from '@shared/api/errors';

describe("the renderer's error mapping, typed by ErrorCode", () => {
  it('keeps a known code and its params, and reads a code this version does not know as internal', () => {
    const known = new ApiError({ code: 'company.duplicateOrgNumber', params: { orgNumber: '556036-0793', name: 'Ekbacken AB' } });
    expect(known.code).toBe('company.duplicateOrgNumber');
    expect(errorKey(known)).toBe('errors.company.duplicateOrgNumber');
    expect(translateError(known)).toContain('556036-0793');
    const unknown = new ApiError({ code: 'company.fromTheFuture' as ErrorCode });
    expect(unknown.code).toBe('internal');
    expect(errorKey(unknown)).toBe('errors.internal');
    expect(errorKey(new TypeError('not from the api'))).toBe('errors.internal');
  });

  it('maps field messages to their keys, and any other text to invalid', () => {
    expect(fieldMessageKey('orgNumber.checksum')).toBe('errors.field.orgNumber.checksum');
    expect(fieldMessageKey('Expected string, received number')).toBe('errors.field.invalid');
    expect(fieldMessageKey('store.locked')).toBe('errors.field.invalid');
  });
});
