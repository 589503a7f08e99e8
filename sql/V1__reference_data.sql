-- Reference vocabularies shared by profiles, topics and statistics (PRODUCT.md).
-- Codes are stable identifiers used by the API; labels are shown in the UI.

create table area (
  code        varchar(32) primary key,
  sort_order  int         not null unique,
  name_ja     varchar(32) not null,
  name_en     varchar(64) not null
);

create table district (
  code        varchar(32) primary key,
  area_code   varchar(32) not null references area(code),
  sort_order  int         not null unique,
  name_ja     varchar(32) not null,
  name_en     varchar(64) not null
);

create table age_band (
  code        varchar(16) primary key,
  sort_order  int         not null unique,
  label_ja    varchar(32) not null,
  label_en    varchar(32) not null
);

create table ward_relation (
  code        varchar(16) primary key,
  sort_order  int         not null unique,
  label_ja    varchar(32) not null,
  label_en    varchar(64) not null
);

create table preferred_language (
  code        varchar(8)  primary key,
  sort_order  int         not null unique,
  label_ja    varchar(32) not null,
  label_en    varchar(32) not null
);

insert into area (code, sort_order, name_ja, name_en) values
  ('setagaya',  1, '世田谷', 'Setagaya'),
  ('kitazawa',  2, '北沢',   'Kitazawa'),
  ('tamagawa',  3, '玉川',   'Tamagawa'),
  ('kinuta',    4, '砧',     'Kinuta'),
  ('karasuyama',5, '烏山',   'Karasuyama');

insert into district (code, area_code, sort_order, name_ja, name_en) values
  ('ikejiri',        'setagaya',    1, '池尻',     'Ikejiri'),
  ('taishido',       'setagaya',    2, '太子堂',   'Taishido'),
  ('wakabayashi',    'setagaya',    3, '若林',     'Wakabayashi'),
  ('kamimachi',      'setagaya',    4, '上町',     'Kamimachi'),
  ('kyodo',          'setagaya',    5, '経堂',     'Kyodo'),
  ('shimouma',       'setagaya',    6, '下馬',     'Shimouma'),
  ('kamiuma',        'setagaya',    7, '上馬',     'Kamiuma'),
  ('umegaoka',       'kitazawa',    8, '梅丘',     'Umegaoka'),
  ('daizawa',        'kitazawa',    9, '代沢',     'Daizawa'),
  ('shindaita',      'kitazawa',   10, '新代田',   'Shindaita'),
  ('kitazawa',       'kitazawa',   11, '北沢',     'Kitazawa'),
  ('matsubara',      'kitazawa',   12, '松原',     'Matsubara'),
  ('matsuzawa',      'kitazawa',   13, '松沢',     'Matsuzawa'),
  ('okusawa',        'tamagawa',   14, '奥沢',     'Okusawa'),
  ('kuhombutsu',     'tamagawa',   15, '九品仏',   'Kuhombutsu'),
  ('todoroki',       'tamagawa',   16, '等々力',   'Todoroki'),
  ('kaminoge',       'tamagawa',   17, '上野毛',   'Kaminoge'),
  ('yoga',           'tamagawa',   18, '用賀',     'Yoga'),
  ('futakotamagawa', 'tamagawa',   19, '二子玉川', 'Futakotamagawa'),
  ('fukasawa',       'tamagawa',   20, '深沢',     'Fukasawa'),
  ('soshigaya',      'kinuta',     21, '祖師谷',   'Soshigaya'),
  ('seijo',          'kinuta',     22, '成城',     'Seijo'),
  ('funabashi',      'kinuta',     23, '船橋',     'Funabashi'),
  ('kitami',         'kinuta',     24, '喜多見',   'Kitami'),
  ('kinuta',         'kinuta',     25, '砧',       'Kinuta'),
  ('kamikitazawa',   'karasuyama', 26, '上北沢',   'Kamikitazawa'),
  ('kamisoshigaya',  'karasuyama', 27, '上祖師谷', 'Kamisoshigaya'),
  ('karasuyama',     'karasuyama', 28, '烏山',     'Karasuyama');

insert into age_band (code, sort_order, label_ja, label_en) values
  ('under20', 1, '〜19歳',  'up to 19'),
  ('20s',     2, '20代',    '20s'),
  ('30s',     3, '30代',    '30s'),
  ('40s',     4, '40代',    '40s'),
  ('50s',     5, '50代',    '50s'),
  ('60s',     6, '60代',    '60s'),
  ('70s',     7, '70代',    '70s'),
  ('80plus',  8, '80歳〜',  '80 and over');

insert into ward_relation (code, sort_order, label_ja, label_en) values
  ('resident',     1, '区民（区内在住）', 'Resident of the ward'),
  ('worker',       2, '在勤（区内で働く）', 'Works in the ward'),
  ('student',      3, '在学（区内で学ぶ）', 'Studies in the ward'),
  ('organisation', 4, '団体（町会・自治会、NPO、事業者など）', 'Organisation (neighbourhood association, NPO, business)'),
  ('other',        5, 'その他', 'Other');

insert into preferred_language (code, sort_order, label_ja, label_en) values
  ('ja', 1, '日本語', 'Japanese'),
  ('en', 2, '英語', 'English'),
  ('zh', 3, '中国語', 'Chinese'),
  ('ko', 4, '韓国語', 'Korean'),
  ('vi', 5, 'ベトナム語', 'Vietnamese'),
  ('ne', 6, 'ネパール語', 'Nepali'),
  ('easy-ja', 7, 'やさしい日本語', 'Plain Japanese');
