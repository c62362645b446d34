export interface PasswordPolicy {
  minLength: number;
  minClasses: number;
}

/** Returns the i18n code of the first rule broken, or null when the password is acceptable. */
export function checkPassword(password: string, policy: PasswordPolicy): string | null {
  if (password.length < policy.minLength) return 'password.too_short';
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^a-zA-Z\d]/].filter((re) => re.test(password)).length;
  if (classes < policy.minClasses) return 'password.too_simple';
  return null;
}
