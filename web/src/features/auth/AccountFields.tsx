// Name, email and password, as the sign-up and first-admin forms ask for them:
// each field's problem is shown after the first submit, the server's field
// errors (422) under the field they concern.
import { useState } from 'react';
import { ApiError } from '../../lib/api';

export interface Account {
  name: string;
  email: string;
  password: string;
}

export function useAccountForm() {
  const [account, setAccount] = useState<Account>({ name: '', email: '', password: '' });
  const [touched, setTouched] = useState(false);
  const local = {
    name: !account.name.trim() ? 'Tell us what to call you.' : account.name.trim().length > 100 ? 'At most 100 characters.' : '',
    email: !/^\S+@\S+\.\S+$/.test(account.email.trim()) ? 'Enter a valid email address.' : '',
    password: account.password.length < 8 ? 'Use at least 8 characters.' : '',
  };
  return {
    account,
    setAccount,
    touched,
    local,
    /** Marks the form submitted; true when it may be sent. */
    check: () => {
      setTouched(true);
      return !local.name && !local.email && !local.password;
    },
    /** The trimmed values to send. */
    body: () => ({ name: account.name.trim(), email: account.email.trim(), password: account.password }),
  };
}

export function AccountFields({ form, error }: { form: ReturnType<typeof useAccountForm>; error: unknown }) {
  const { account, setAccount, touched, local } = form;
  const server = error instanceof ApiError ? error.fields : {};
  const problem = (k: keyof Account) => touched && (local[k] || server[k]) && <span className="field-error">{local[k] || server[k]}</span>;
  return (
    <>
      <label>
        Name
        <input autoComplete="name" value={account.name} onChange={(e) => setAccount({ ...account, name: e.target.value })} autoFocus />
        {problem('name')}
      </label>
      <label>
        Email
        <input type="email" autoComplete="email" value={account.email} onChange={(e) => setAccount({ ...account, email: e.target.value })} />
        {problem('email')}
      </label>
      <label>
        Password
        <input
          type="password"
          autoComplete="new-password"
          value={account.password}
          onChange={(e) => setAccount({ ...account, password: e.target.value })}
        />
        {problem('password')}
      </label>
    </>
  );
}
