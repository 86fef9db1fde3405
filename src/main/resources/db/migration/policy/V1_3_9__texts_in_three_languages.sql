-- Texts of the policy's rows in the three languages. A text is kept as it was entered (issuer, note, basis); its
-- translations, where the platform has them, sit beside it and are shown in their language. The seeded acts and
-- versions come with all three; a text an authority types is shown as typed until someone translates it.
alter table basis_act add column issuer_kk text, add column issuer_ru text, add column issuer_en text;
alter table policy_version add column note_kk text, add column note_ru text, add column note_en text;
alter table organization_regime add column basis_kk text, add column basis_ru text, add column basis_en text;

update basis_act set
	issuer_kk = 'Қазақстан Республикасының Бас мемлекеттік санитариялық дәрігері',
	issuer_ru = 'Главный государственный санитарный врач Республики Казахстан',
	issuer_en = issuer
where id = 1;
update basis_act set
	issuer_kk = 'Төтенше жағдай режимін қамтамасыз ету жөніндегі мемлекеттік комиссия',
	issuer_ru = 'Государственная комиссия по обеспечению режима чрезвычайного положения',
	issuer_en = issuer
where id in (2, 3, 4);
update basis_act set
	issuer_kk = 'Қазақстан Республикасының Білім және ғылым министрлігі',
	issuer_ru = 'Министерство образования и науки Республики Казахстан',
	issuer_en = issuer
where id in (5, 6);

update policy_version set
	note_kk = 'O-1.22: ТжКБ, орта білімнен кейінгі, жоғары және жоғары оқу орнынан кейінгі білім беру ұйымдарында қашықтықтан оқыту',
	note_ru = 'O-1.22: дистанционное обучение в организациях ТиПО, послесреднего, высшего и послевузовского образования',
	note_en = note
where id = 1;
update policy_version set
	note_kk = 'O-1.9b, O-1.10, O-2.10: төртінші тоқсан қашықтықтан оқытуда',
	note_ru = 'O-1.9b, O-1.10, O-2.10: четвёртая четверть в дистанционном формате',
	note_en = note
where id = 2;
update policy_version set
	note_kk = '2026–2027 оқу жылына арналған бұйрық ережелері',
	note_ru = 'Правила приказа на 2026–2027 учебный год',
	note_en = note
where id = 3;
