// The accounts domain's public entry: all that other domains may use of it (the fence test enforces this).
export { isReused, rememberPassword } from './password-history';
export { POLICY_FLOOR, requirePolicy, type PasswordPolicy } from './password-policy';
