// A domain rule refusing an action: a RULE error naming the rule (DOMAIN.md), with the field it concerns.
// Every rule has a test named after it that fails when the rule is broken.
import { AppException } from '../../../db/domain/errors';

export function refuse(rule: string, message: string, path?: string): never {
  throw new AppException('RULE', message, {
    rule,
    ...(path ? { fields: [{ path, message }] } : {}),
  });
}
