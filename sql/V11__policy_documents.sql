-- Issue 12: the terms of use and the privacy notice as readable, versioned documents; consent
-- history kept append-only; display names that impersonate the ward refused, duplicates refused.

-- published_at: when an administrator published the version; effective_from: when it comes into
-- force (the version in force is the one with the latest effective_from not after now, the later
-- published one on a tie). Bodies are Markdown; the Japanese text is authoritative, the English
-- one (optional) a translation. changes_*: what changed against the previous version.
alter table policy_document
  add column effective_from timestamptz,
  add column published_by   bigint references participant(id),
  add column body_ja        text,
  add column body_en        text,
  add column changes_ja     text,
  add column changes_en     text;

update policy_document set effective_from = published_at;

update policy_document set changes_ja = '初版', changes_en = 'First version', body_ja = $terms_ja$
この規約は、世田谷区（以下「区」といいます。）が運営する「世田谷区 協働プラットフォーム（Kyodo）」（以下「本サービス」といいます。）の利用について必要な事項を定めるものです。

## 第1条（目的）

本サービスは、区民、区内で働く方・学ぶ方、町会・自治会、NPO、事業者などの皆さまと区が、区政の課題について継続的に意見を交わし、ともに考えるための場です。

## 第2条（定義）

この規約で使う用語の意味は、次のとおりです。

1. 「利用者」　本サービスを閲覧し、または利用するすべての方
2. 「参加者」　第3条により登録した利用者（個人および団体）
3. 「議題」　区の所管課が意見を求めるために掲載する区政の課題
4. 「投稿」　参加者が議題に寄せる意見と返信、賛成・反対の表明および通報

## 第3条（参加登録）

1. 投稿するには、メールアドレス、パスワードおよび表示名を登録し、この規約とプライバシーポリシーに同意していただく必要があります。年代、地域・地区、区との関わりなどのプロフィールは任意です。
2. 登録は、確認メールのリンクから手続きを完了した時点で有効になります。
3. 団体として登録する場合は、その団体を代表して登録する権限のある方が手続きしてください。
4. 登録内容に偽りがあるとき、または過去にこの規約に違反して利用を禁止されたことがあるときは、区は登録をお断りし、または取り消すことがあります。

## 第4条（表示名）

1. 投稿には表示名が表示されます。本名ではなく、ニックネームなどを使ってください。
2. 区、区長、区職員または本サービスの運営者と誤解されるおそれのある表示名（「世田谷区」「区長」「職員」「公式」「運営」「管理者」などを含むもの）は使えません。
3. ほかの参加者が使っている表示名と同じものは使えません。

## 第5条（アカウントの管理）

1. 参加者は、自らの責任でパスワードを管理し、第三者に利用させないでください。
2. パスワードが第三者に知られたおそれがあるときは、速やかにパスワードを変更し、第14条の問い合わせ先に連絡してください。

## 第6条（禁止事項）

参加者は、本サービスの利用にあたって、次の行為をしてはいけません。

1. 法令または公序良俗に反する行為
2. 他人を誹謗中傷し、差別し、またはその名誉もしくは信用を傷つける行為
3. 自分または他人の住所、電話番号、メールアドレスなど、個人を特定できる情報を書き込む行為
4. 他人の著作権、肖像権、プライバシーその他の権利を侵害する行為
5. 特定の政党・候補者への投票を呼びかけるなどの選挙運動、政治活動または宗教の勧誘にあたる行為
6. 営利を目的とした宣伝または勧誘
7. 区、区職員または他人になりすます行為
8. 議題と関係のない投稿、または同じ内容を繰り返す投稿
9. 本サービスの運営を妨げる行為
10. その他、区が不適切と認める行為

## 第7条（投稿の取扱い）

1. 投稿の著作権は、投稿した参加者に帰属します。参加者は、区が投稿を本サービスで公開すること、ならびに区の政策検討および「意見の概要と区の考え方」の作成・公表のために投稿を要約・引用して無償で利用することを許諾し、これらの利用について著作者人格権を行使しないものとします。
2. 区は、寄せられた意見を政策検討の参考にしますが、個々の意見に個別に回答すること、または意見のとおりに施策を行うことを約束するものではありません。区の考え方は、議題ごとに「区の考え方」として公表します。

## 第8条（投稿の確認と非表示）

1. 区は、第6条に反するおそれのある投稿について、公開前に確認し、または公開後に非表示にすることがあります。複数の参加者から通報があった投稿は、確認が済むまで自動的に非表示になることがあります。
2. 投稿を非表示にしたときは、投稿者にその理由をお知らせします。投稿者は、一度に限り再確認を求めることができます。
3. 区は、非表示にした件数などを理由別・月別に公表します（モデレーション報告）。

## 第9条（利用の停止）

区は、参加者がこの規約に違反したときは、注意、期間を定めた利用停止または利用禁止の措置をとることがあります。措置をとるときは、その理由と期間を参加者にお知らせします。利用停止中も閲覧はできます。

## 第10条（退会）

1. 参加者は、マイページからいつでも退会できます。
2. 退会すると、メールアドレス、パスワード、表示名およびプロフィールは消去されます。それまでの投稿は、議論の経過を残すため「退会したユーザー」の投稿として残ります。退会の前に、自分の投稿を削除することもできます。

## 第11条（サービスの変更・停止）

区は、保守点検、障害、災害その他やむを得ない事情があるときは、事前の予告なく本サービスの全部または一部を停止し、またはその内容を変更することがあります。

## 第12条（免責）

1. 区は、参加者の投稿の内容の正確性について保証しません。
2. 区は、本サービスの利用により利用者に生じた損害について、区の故意または重大な過失による場合を除き、責任を負いません。

## 第13条（規約の改定）

1. 区は、必要に応じてこの規約を改定することがあります。改定するときは、施行日と改定の内容を本サービスで事前にお知らせします。
2. 改定後の規約が施行された後、参加者は次にサインインしたときに、改定後の規約への同意を求められます。同意するまで投稿、返信、賛成・反対の表明および通報はできませんが、閲覧、サインアウトおよび退会はできます。

## 第14条（問い合わせ先）

本サービスとこの規約に関するお問い合わせは、次の窓口で受け付けます。

世田谷区 政策経営部 協働プラットフォーム担当  
〒154-8504 東京都世田谷区世田谷四丁目21番27号  
電話 03-5432-1111（代表）　受付時間 平日午前8時30分から午後5時15分まで

## 第15条（準拠法・管轄裁判所）

この規約は日本法に準拠し、本サービスに関する紛争については、東京地方裁判所を第一審の専属的合意管轄裁判所とします。

## 附則

この規約は、2026年4月1日から施行します。
$terms_ja$, body_en = $terms_en$
These terms set out how the Setagaya City Collaboration Platform (Kyodo) (the "Service"), run by Setagaya City (the "City"), may be used. This English text is a translation for reference; the Japanese text is authoritative.

## Article 1 (Purpose)

The Service is a place where residents, people who work or study in the ward, neighbourhood associations, NPOs, businesses and the City keep discussing the ward's issues and think about them together.

## Article 2 (Definitions)

1. "User": anyone who reads or uses the Service
2. "Participant": a user registered under Article 3 (a person or an organisation)
3. "Topic": a ward issue on which a City department asks for opinions
4. "Post": an opinion or reply on a topic, an agree or disagree, or a report

## Article 3 (Registration)

1. To post, register an e-mail address, a password and a display name, and accept these terms and the privacy notice. Age band, area or district, relation to the ward and the other profile items are optional.
2. Registration takes effect when you complete it from the link in the confirmation mail.
3. An organisation registers through a person authorised to act for it.
4. The City may refuse or cancel a registration that is false, or of someone banned earlier for breaking these terms.

## Article 4 (Display names)

1. Posts show your display name. Use a nickname, not your real name.
2. Names that could be taken for the City, the mayor, City staff or the operators of the Service (names containing "Setagaya City", "mayor", "staff", "official", "admin" and the like) may not be used.
3. A display name another participant uses may not be used.

## Article 5 (Your account)

1. Keep your password to yourself and do not let anyone else use your account.
2. If someone may know your password, change it at once and tell the contact in Article 14.

## Article 6 (What is not allowed)

1. Anything against the law or public order and morals
2. Defaming, discriminating against or harming the reputation of others
3. Writing addresses, phone numbers, e-mail addresses or anything else that identifies you or someone else
4. Infringing copyright, portrait rights, privacy or other rights
5. Election campaigning, political campaigning or religious solicitation
6. Advertising or soliciting for profit
7. Impersonating the City, City staff or anyone else
8. Posts unrelated to the topic, or the same post again and again
9. Disrupting the Service
10. Anything else the City finds inappropriate

## Article 7 (Your posts)

1. You keep the copyright in your posts. You allow the City, free of charge, to publish them on the Service and to summarise and quote them for its policy work and for publishing "the opinions received and the City's view", and you will not exercise moral rights against these uses.
2. The City takes opinions into account in its policy work but does not promise to answer each one or to act as it asks. The City's view on each topic is published as "the City's view".

## Article 8 (Review and hiding of posts)

1. The City may review posts that may break Article 6 before they are published, or hide them afterwards. A post reported by several participants may be hidden automatically until it is reviewed.
2. When a post is hidden, its author is told why and may ask once for it to be reviewed again.
3. The City publishes the numbers of hidden posts and the like per reason and month (the moderation report).

## Article 9 (Suspension)

If a participant breaks these terms, the City may warn them, suspend them for a period or ban them, and tells them why and for how long. Suspended participants can still read the Service.

## Article 10 (Withdrawal)

1. You can withdraw at any time from My page.
2. On withdrawal your e-mail address, password, display name and profile are erased. Your posts stay, as posts of "a withdrawn user", so that the discussion can still be followed. You may delete your posts before withdrawing.

## Article 11 (Changes to and interruption of the Service)

The City may stop all or part of the Service or change it without notice for maintenance, failures, disasters or other unavoidable reasons.

## Article 12 (Disclaimer)

1. The City does not guarantee that posts are accurate.
2. The City is not liable for damage from using the Service unless it acted intentionally or with gross negligence.

## Article 13 (Changes to these terms)

1. The City may change these terms. It announces the date of effect and the changes on the Service in advance.
2. Once a new version is in force, participants are asked to accept it the next time they sign in. Until they do they cannot post, reply, agree or disagree or report, but they can read, sign out and withdraw.

## Article 14 (Contact)

Setagaya City, Policy and Management Division, Collaboration Platform team  
4-21-27 Setagaya, Setagaya-ku, Tokyo 154-8504  
Phone 03-5432-1111 (switchboard), weekdays 8:30 to 17:15

## Article 15 (Governing law and court)

These terms are governed by Japanese law. The Tokyo District Court has exclusive jurisdiction in the first instance over disputes about the Service.

## Supplementary provision

These terms take effect on 1 April 2026.
$terms_en$
where kind = 'terms' and version = '2026-04-01';

update policy_document set changes_ja = '初版', changes_en = 'First version', body_ja = $privacy_ja$
世田谷区（以下「区」といいます。）は、「世田谷区 協働プラットフォーム（Kyodo）」（以下「本サービス」といいます。）で取り扱う個人情報を、個人情報の保護に関する法律（以下「法」といいます。）その他の法令に基づき、次のとおり適正に取り扱います。

## 1. 取得する個人情報と利用目的

区は、次の個人情報を、それぞれの利用目的の達成に必要な範囲でのみ取得し、利用します。これらの利用目的以外には利用しません。

- **メールアドレス**（必須）　利用目的：サインインと、登録確認・パスワード再設定などのご連絡にのみ使います。公開されません。
- **パスワード**（必須）　利用目的：ご本人の確認に使います。元に戻せない形（ハッシュ値）でのみ保存し、区の職員も知ることはできません。
- **表示名**（必須）　利用目的：投稿に表示される名前です。本サービス上で公開されます。本名は使わないでください。
- **年代、地域・地区、区との関わり、希望する言語**（任意。「回答しない」を選べます）　利用目的：どの世代・地域の方が参加しているかを集計し、参加の少ない方々に届く工夫をするためだけに使います。個人が特定される形では公開しません。
- **投稿の内容と日時、賛成・反対の表明、通報**　利用目的：議題についての意見交換のために本サービス上で公開し（通報は公開しません）、区の政策検討と「意見の概要と区の考え方」の作成に使います。
- **同意の記録**（同意した利用規約・プライバシーポリシーの版と日時）　利用目的：同意をいただいたことの確認に使います。
- **利用の記録**（サインインの日時、失敗した回数など）　利用目的：なりすましなどの不正な利用を防ぎ、本サービスを安全に運営するために使います。

障害の有無など、要配慮個人情報は取得しません。

## 2. 統計としての利用

参加の状況は、統計として集計し、公表することがあります（オープンデータを含みます）。統計は、10 人未満の方しか該当しない数値を表示しないなど、個人が特定されない形に加工します。

## 3. 第三者への提供

区は、次の場合を除き、個人情報を第三者に提供しません。

1. ご本人の同意があるとき
2. 法令に基づくとき
3. 人の生命、身体または財産の保護のために必要があり、ご本人の同意を得ることが困難なとき
4. その他、法第69条第2項に定める場合に当たるとき

なお、公開された投稿と表示名は、本サービスの性質上、どなたでも閲覧できます。

## 4. 取扱いの委託

区は、本サービスの運用・保守を事業者に委託することがあります。その場合は、個人情報の適切な取扱いを契約で定め、委託先に安全管理措置を講じさせ、必要かつ適切な監督を行います。

## 5. 安全管理措置

区は、個人情報の漏えい、滅失または毀損を防ぐため、次の措置を講じます。

- 通信の暗号化（https）と、パスワードのハッシュ化
- 職員ごとの個別のアカウントと、役割（職員・モデレーター・管理者）に応じた権限の分離
- 職員・モデレーター・管理者の操作と、ほかの参加者の個人情報の閲覧の記録（監査ログ）
- 連続してサインインに失敗したときの一時的なロックと、一定時間操作がないときの自動サインアウト
- 取り扱う職員への研修と、委託先の監督

## 6. 保存期間と退会

個人情報は、参加者が退会するまで保存します。退会すると、メールアドレス、パスワード、表示名およびプロフィールを直ちに消去します。投稿は議論の経過として残り、「退会したユーザー」の投稿として表示されます。同意の記録と監査ログは、適正な取扱いを確認するために保存します。

## 7. 開示・訂正・利用停止の請求

1. 参加者は、マイページで登録内容を確認・訂正でき、「自分のデータをダウンロード」から区が保有する自分の情報を取得できます。
2. このほか、法の定めるところにより、区が保有する自己の個人情報の開示、訂正および利用停止を請求することができます（法第76条、第90条、第98条）。請求の方法は、第9項の窓口でご案内します。

## 8. クッキー（Cookie）

本サービスは、サインインの状態を保つためと、選んだ表示言語を覚えるためだけにクッキーを使います。広告や行動の追跡のためのクッキー、外部の解析サービスは使いません。

## 9. 問い合わせ窓口

個人情報の取扱いに関するご質問、ご相談および苦情は、次の窓口で受け付けます。

世田谷区 政策経営部 協働プラットフォーム担当  
〒154-8504 東京都世田谷区世田谷四丁目21番27号  
電話 03-5432-1111（代表）　受付時間 平日午前8時30分から午後5時15分まで

## 10. 改定

このプライバシーポリシーを改定するときは、施行日と改定の内容を本サービスで事前にお知らせします。改定後の版が施行された後、参加者は次にサインインしたときに、改定後の版への同意を求められます。

## 附則

このプライバシーポリシーは、2026年4月1日から施行します。
$privacy_ja$, body_en = $privacy_en$
Setagaya City (the "City") handles the personal information of the Setagaya City Collaboration Platform (Kyodo) (the "Service") as follows, under the Act on the Protection of Personal Information (the "Act") and other laws. This English text is a translation for reference; the Japanese text is authoritative.

## 1. What we collect and what for

The City collects and uses the following only as far as each purpose needs, and for nothing else.

- **E-mail address** (required). Purpose: signing in, and mails about your account such as confirmation and password reset. Never published.
- **Password** (required). Purpose: confirming that it is you. Stored only in a form that cannot be turned back (a hash); City staff cannot know it.
- **Display name** (required). Purpose: the name shown on your posts. Published on the Service. Do not use your real name.
- **Age band, area or district, relation to the ward, preferred language** (optional; you may choose "prefer not to answer"). Purpose: counting which generations and areas take part, only to reach the people who take part least. Never published in a form that identifies you.
- **Your posts and their times, agrees and disagrees, reports**. Purpose: published on the Service for the discussion of topics (reports are not published), and used for the City's policy work and for "the opinions received and the City's view".
- **Consent records** (the versions of the terms and privacy notice you accepted, and when). Purpose: showing that you consented.
- **Usage records** (sign-in times, failed attempts and the like). Purpose: preventing impersonation and other misuse, and running the Service safely.

No sensitive personal information (such as whether you have a disability) is collected.

## 2. Statistics

Participation may be counted and published as statistics, including open data. Figures that fewer than 10 people stand behind are not shown, so that no one can be identified.

## 3. Provision to third parties

The City does not give personal information to third parties except:

1. with your consent;
2. where a law requires it;
3. where it is needed to protect a person's life, body or property and your consent is hard to obtain;
4. in the other cases of Article 69(2) of the Act.

Published posts and display names can be read by anyone, as is the nature of the Service.

## 4. Contractors

The City may contract out running and maintaining the Service. It then binds the contractor by contract to handle personal information properly and to take security measures, and supervises it.

## 5. Security measures

- Encrypted connections (https) and hashed passwords
- An individual account for every staff member, with permissions kept apart by role (staff, moderator, administrator)
- A record of every action of staff, moderators and administrators and of every look at another participant's personal information (the audit log)
- A temporary lock after repeated failed sign-ins, and automatic sign-out after a period without activity
- Training of the staff who handle personal information, and supervision of contractors

## 6. How long we keep it, and withdrawal

Personal information is kept until you withdraw. On withdrawal your e-mail address, password, display name and profile are erased at once. Your posts stay as part of the discussion, shown as posts of "a withdrawn user". Consent records and the audit log are kept so that the handling can be checked.

## 7. Disclosure, correction and suspension of use

1. On My page you can see and correct what you registered, and "Download my data" gives you what the City holds about you.
2. You may also request disclosure, correction and suspension of use of your personal information held by the City as the Act provides (Articles 76, 90 and 98). The contact in section 9 explains how.

## 8. Cookies

The Service uses cookies only to keep you signed in and to remember the language you chose. There are no advertising or tracking cookies and no external analytics.

## 9. Contact

Questions, consultations and complaints about how personal information is handled:

Setagaya City, Policy and Management Division, Collaboration Platform team  
4-21-27 Setagaya, Setagaya-ku, Tokyo 154-8504  
Phone 03-5432-1111 (switchboard), weekdays 8:30 to 17:15

## 10. Changes

When this notice changes, the City announces the date of effect and the changes on the Service in advance. Once the new version is in force, participants are asked to accept it the next time they sign in.

## Supplementary provision

This notice takes effect on 1 April 2026.
$privacy_en$
where kind = 'privacy' and version = '2026-04-01';

alter table policy_document
  alter column effective_from set not null,
  alter column body_ja set not null,
  alter column changes_ja set not null;
create index policy_document_in_force on policy_document (kind, effective_from desc, published_at desc);

-- what a participant accepted is evidence: a published version's text never changes (its date of
-- effect may still be moved), and nobody deletes a version
create function policy_document_text_is_fixed() returns trigger language plpgsql as $$
begin
  if tg_op = 'DELETE' or new.kind <> old.kind or new.version <> old.version
     or new.published_at <> old.published_at or new.body_ja <> old.body_ja
     or new.body_en is distinct from old.body_en or new.changes_ja <> old.changes_ja
     or new.changes_en is distinct from old.changes_en then
    raise exception 'a published policy document is not changed';
  end if;
  return new;
end $$;
create trigger policy_document_fixed before update or delete on policy_document
  for each row execute function policy_document_text_is_fixed();

-- consent history is append-only: a new acceptance is a new row
create function consent_is_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'consent is append-only';
end $$;
create trigger consent_no_update before update or delete on consent
  for each row execute function consent_is_append_only();
create trigger consent_no_truncate before truncate on consent
  for each statement execute function consent_is_append_only();
-- "has this participant accepted this version" is asked on every actor load
create index consent_participant_document on consent (participant_id, document_kind, document_version);
drop index consent_participant;

-- Display names: terms that would pass a participant off as the ward, its staff or the operators.
-- folded: NFKC, lower case, katakana to hiragana, letters and digits only (what names are matched
-- against, see participant/NameRules).
create table reserved_name (
  id          bigserial primary key,
  term        varchar(30)  not null,
  folded      varchar(60)  not null unique,
  created_by  bigint       references participant(id),
  created_at  timestamptz  not null
);

insert into reserved_name (term, folded, created_at) values
  ('世田谷区', '世田谷区', now()),
  ('区長', '区長', now()),
  ('区役所', '区役所', now()),
  ('区職員', '区職員', now()),
  ('職員', '職員', now()),
  ('公式', '公式', now()),
  ('運営', '運営', now()),
  ('管理者', '管理者', now()),
  ('管理人', '管理人', now()),
  ('モデレーター', 'もでれーたー', now()),
  ('スタッフ', 'すたっふ', now()),
  ('事務局', '事務局', now()),
  ('区議', '区議', now()),
  ('総合支所', '総合支所', now()),
  ('admin', 'admin', now()),
  ('administrator', 'administrator', now()),
  ('official', 'official', now()),
  ('staff', 'staff', now()),
  ('moderator', 'moderator', now()),
  ('Setagaya City', 'setagayacity', now());

-- Display names are unique among active participants after folding (NFKC, lower case, katakana to
-- hiragana, white space removed): the key is written by the application; existing names get it
-- here, the oldest of any duplicates keeping it (the others get one when they change their name).
alter table participant add column display_name_key varchar(120);

do $$
begin
  if current_setting('server_encoding') = 'UTF8' then
    update participant p set display_name_key = k.key
    from (
      select id, key, row_number() over (partition by key order by id) as n
      from (
        select id,
               translate(lower(regexp_replace(normalize(display_name, NFKC), '\s', '', 'g')),
                 'ァアィイゥウェエォオカガキギクグケゲコゴサザシジスズセゼソゾタダチヂッツヅテデトドナニヌネノハバパヒビピフブプヘベペホボポマミムメモャヤュユョヨラリルレロヮワヰヱヲンヴヵヶ',
                 'ぁあぃいぅうぇえぉおかがきぎくぐけげこごさざしじすずせぜそぞただちぢっつづてでとどなにぬねのはばぱひびぴふぶぷへべぺほぼぽまみむめもゃやゅゆょよらりるれろゎわゐゑをんゔゕゖ')
                 as key
        from participant
        where withdrawn_at is null and display_name is not null
      ) named
    ) k
    where p.id = k.id and k.n = 1;
  end if;
end $$;

create unique index participant_display_name_key_unique on participant (display_name_key)
  where withdrawn_at is null and display_name_key is not null;
