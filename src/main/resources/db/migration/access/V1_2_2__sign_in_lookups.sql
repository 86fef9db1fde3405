-- Sign-in looks an account up by lower(username); without this index every sign-in scanned the account table.
create index account_username_lower_idx on account (lower(username));
