-- Sign-in by phone number compares the last ten digits of the person's phone; this expression index serves it
-- (the plain index on phone cannot).
create index person_phone_digits_idx on person (right(regexp_replace(phone, '[^0-9]', '', 'g'), 10)) where phone is not null;
