/**
 * security — 5(1): セキュリティに関わる情報を発信しない.
 *
 * Critical (block):
 * - a secret with its value: パスワード, PW, パス, パスコード, 暗証番号, PIN, 解除番号, ドアコード,
 *   テンキー, 金庫の番号, 金庫のダイヤル (右36・左12…), Wi-Fiのキー …; ログインID, ユーザー名 and SSID
 *   count only next to such a secret. The value may be spaced out (p a s s は h a k u s h u),
 *   full-width, or written in kanji numerals (三・七・一・九);
 * - an internal (private) IP address, a Windows share path, a drive path or an intranet host name;
 * - where keys are kept (鍵はポストの中, 合鍵は植木鉢の下に置いてあります);
 * - when guards patrol or are absent (警備員の巡回は21時と3時, 夜間は警備員がいない);
 * - a security device out of order (防犯カメラが故障中, 通用口の鍵が壊れている, 電源が切れたまま) and other weak spots
 *   (カメラは正面にしかない, 死角, パスワードは初期設定のまま, 誰でも入れる, 付箋に書いて貼ってある);
 * - a building told empty at night (夜10時以降は庁舎に誰もいなくなります);
 * - an account and its secret as a bare pair (Wi-Fi: NAME / secret).
 * Round 9–10 kinds: a secret under another name (認証情報, ログイン情報, 初回起動時の番号, パソコンを開くときの呪文,
 * keypad, door code, passcode, romaji pasuwaado) or in brackets after its lock (キーボックス（番号 3-1-7）); the new value a
 * secret was changed to (本日付で０７１９に変更, X とした); a value told only as what lets one in (X でログイン, X で入れます,
 * 0944 を入れれば開きます, 零・七・一・九 の順に合わせると開く, a login field's X を入れて); a place a watching camera does not
 * cover (裏手の通路は映らない, 撮影範囲外); a place left out of the round (巡回ルートに含まれていない: security/unguarded-place);
 * the round's times as a list item (職員による敷地内巡回：15時と17時).
 * Round 43 kinds: a key left at a place in the contracted colloquial form (鍵を置いてる, 隠しとる, 貼っちょる); a way into a site
 * said to be unwatched for set hours (裏手の搬入口は11時から12時の間は人がいなくなりますので…ご注意ください: the advice after
 * the stated gap does not make it a lesson); a network key labelled in English (Staff network: NAME / key: X, WPA key = X).
 * Round 44 kinds: a key to be put back after use at a place (鍵を消火栓ボックスの中に戻しておいてください; not to a staffed desk, a
 * key box or 元の場所); a night watch kept by the fire brigade or the neighbourhood (消防団による夜警) is a public round, no guard schedule.
 * Round 52 kinds: a side way into a venue (楽屋口, 関係者入口, 西門, 東側出入口) said unwatched at set hours (15時以降は楽屋口が無人に
 * なります), also in dialect (誰もおらん) or as thinly watched (関係者入口は18時から20時まで手薄です; 手薄 only of such a way in).
 * Round 55 kind: the new code named back after the secret changed (暗証番号が変わりました。新しい番号は代表番号の下4桁と同じ).
 * Round 56 kind: the news that a lock's code changed, then the new value after it (オートロック、番号かわりました！ ４ ７ ＃ ２ ９ です),
 * a keypad code spelt out with spaces around its # or * key.
 * Blind R58A kinds: where a key is kept, in English (the key to the shed is kept under the blue flowerpot, you'll find the key under
 * the mat; not at the front desk, in a key box or in one's bag, nor advice); the spots of a site with no watch camera after the
 * cameras are said to be only at some (正門と体育館裏の2か所のみで、…通用門には設置しておりません; not a class of rooms spared).
 * Blind R59A kind: a key fastened at a spot by what holds it (郵便受けの裏にガムテで貼り付けとるけん, 柱に針金で吊るしとる, 養生テープで
 * 留めてあります), either order of place and key; a dialect do-not (入れんでください) is advice. Blind GV-027: secrets named in an
 * English list (your bank PIN, online banking password or …) carry no value: the word after the comma is the next item.
 * Blind R63A-108 kind: a secret named as what people ask or forget, its value told again a sentence or two on, alone or after what it
 * equals (ダイヤル錠の番号がわからんって問い合わせが多かったので改めて！開設年と同じ「１９８７」です; not another figure's label).
 * Blind R65A-070 kind: a key box, key case or locker named, then a bare ダイヤル with its code in brackets or in the next sentence
 * (キーボックス（ダイヤル 3-9-1-6）に予備カードが入っています; not 伝言ダイヤル, ダイヤルイン, フリーダイヤル).
 * Blind R63A-055 kind: a dignitary's movements and where they sleep, told before the visit (21時10分ごろ西鉄柳川駅に到着後、タクシーで
 * 移動され、柳川ホテル水明の7階（707〜712号室）にお泊まりの予定: security/vip-movements; the dignitary may be named in another
 * paragraph, so the family judges it in `post`).
 * Blind R67A kinds: a lock's release as the topic with its code (受付タブレット、ロック解除は 2 5 8 0 やけん; not a time, a date, a phone
 * number or a product after it); a water station's round told by its times (給水所の夜の見回りは２３時と３時の２回だけ: 給水所 is a site
 * watched, 給水車の巡回 a public round), the topic also set off by a comma (避難所の夜の見回り、22時と2時だけ).
 * Blind R66A-122 kind: a shelter or a site staffed by one person at night (保護施設は夜間（22時〜翌6時）は職員1名の体制となる, スタッフが
 * ひとりだけ, ワンオペ: security/guard-schedule; not a phone line or a counter short of staff, a job advert, or staff added).
 * Colleague R68 kind: what follows any lock word and is not its code (会議室の電子錠は、2025/4/1 からICカードに切り替わります; a time,
 * a date, a phone number, a room or a product: NOT_LOCK_CODE); a code told after the date it takes effect on stays one (電子錠は、
 * 2025/4/1 から 7391 に変わります: WHEN_THEN).
 * Blind R70A kinds: the watch cameras said to be only at the spots named (カメラは…農道入口の電柱と…排水機場横の2か所だけなので; not
 * だけでなく, a live camera, more announced: CAMERA_ONLY_AT); a patrol's days or hours, the watch word also after them and in kanji
 * numerals, then no round on the other days (毎週水曜日、二十一時から…パトロールしています。それ以外の曜日は見回りがない; not a service's
 * round: PATROL_GAP).
 * Blind R71A kinds: a key box named in plain Japanese with its code (鍵箱の番号は 四・〇・八・二 です, カギ箱, 鍵ボックス, 鍵入れ; also a bare
 * 番号 after the box is named: LOCK_NEAR); which watch cameras are real and which are dummies (本物はアーケード入口と精肉店前の3台だけで、
 * 残りはダミーです, うち3台は偽物, 実際に録画しているのは…のみ; not ダミーではなく, a subsidy for real ones, a camera exhibit: DUMMY_CAMERA).
 * Colleague R71: a guard-schedule finding names what it gives away ({watch}: 夜間巡回の時刻, 職員が手薄になる時間帯) and who to post
 * ({guard}), never the matched words with their particles (「…はの夜間巡回はの巡回時刻…」: guardData).
 * Blind R72A/R73A kinds: a way in with no alarm sensor where the site has one (非常口だけはセンサーが付いていないので: NO_ALARM_AT); a
 * private IP address spelt out with spaces (1 9 2 . 1 6 8 . 4 0 . 1 2: SPACED_IP); a camera gap stated, then given as the reason for
 * advice (…映っていませんので、近づかないよう: statedPart); a 死角 said reduced (死角が減り: BLIND_SPOT_REDUCED) is no gap.
 * Blind R76A/R77A kind: a two-step login's spare code with its value (二段階認証のバックアップコード（4821-7730-5519）, 予備のバックアップ
 * コードは 3851-2274 やけん, リカバリーコード, 復旧用コード, backup codes; not 予備のコード, a cable). Blind HI-015: an English secret word in
 * running prose (please change your password right away) has no value unless something states one (EN_STATED) or it has a digit or sign.
 * Blind R78A kinds: the hours after a patrol's end said unwatched (…22時半には解散しています。それ以降の時間帯は見回りがありません:
 * PATROL_AFTER, the round also told by where it goes, …の順に回って); the days or nights no patrol is made (大和地区は十二月三十日と三十一日の
 * 夜はパトロールを行いません: PATROL_OFF; not a past night, a question or a public service); a police box away at set hours (沖端交番の
 * お巡りさんは、平日の14時〜16時ごろはパトロールで不在: POLICE_AWAY; not a case put, 不在の場合は); a shrine office or a meeting hall
 * said empty at night (社務所は夜9時から朝まで誰もおらん; the dialect ending also ends the statement before advice). Not a gap: the public's
 * bicycles or homes unlocked as a class (鍵をかけていない自転車でした: HK-019), a door's way of opening missing (自動ドアにはセンサーが
 * 付いていないので、ボタンを押して: DOOR_PART_MISSING), a time before 鍵をかけ (昼間に鍵をかけていない: TIME_NOT_PLACE); a gap said to remain (死角が解消されていません: GAP_REMAINS) is one.
 * Blind R80A/R81A kinds: a code in kanji numerals typed on a keypad, a sign key after it (テンキーに 四・八・二・六・＃ を入れて: KEYPAD_CONTEXT;
 * not a room called on an intercom) or told a few words after its name (暗証番号は前回から変わらず 四・八・二・〇 です); a door or gate
 * said unlocked in other forms (鍵がかかっておらず, かかっていません, かかっとらん, 無施錠; not a question) or found broken on a check
 * (点検の際に気づいたのですが: FOUND_ON_CHECK); anyone able to get in as a gap (誰でも敷地に入れてしまう); a spot said 死角 with any copula
 * (死角なんです, 死角やね, 死角となっています). Not a key-location: a keeping said not done (車の鍵は車内に保管せず: KEPT_NOT, HL-101).
 * Blind R82A/R83A kinds: a gate or a watched site said to have no one watching at set hours (15時〜16時の西門付近は実質だれも見ていない,
 * 校門前は…見守る大人がいません, 目が届かなくなります: NOBODY_WATCHING at WATCHED_SITE); a site's keeper away at set hours (水門の管理人さん
 * は土日の22時から翌朝6時まで不在: KEEPER_AWAY; not a counter's notice, a case put or a denial) and the watch then named back as absent
 * (その時間帯は…見回りもありません, 夜間の見回りはありません: OFF_SPAN); a patrol's set days or night with the times it passes (夜間パトロール
 * は毎週火曜と金曜、23時と2時の2回: PATROL_SCHEDULE; not a community patrol's start, 19時から, 20時に出発).
 * Blind R85A kinds: an alarm sensor or a machine watch said to be off until, or not armed before, a clock time (収蔵庫の赤外線センサーは
 * 夜10時にならないと入らないので, 機械警備がセットされるのは23時以降やけん: ALARM_OFF_HOURS; not a sensor light or a case put); a code in
 * kanji numerals keyed in where a lock or an alarm's release is spoken of (パネルで 四・八・二・六 を押してから「確定」, 〇 五 二 八 ば入力して:
 * KANJI_KEY_SEQUENCE; not a phone call, an intercom's room or a price).
 * Blind R87A-069 kind: a one-time sign-in code (二段階認証, 確認コード, 認証コード, ワンタイムパスワード, SMS認証) named, then four to eight
 * digits, spaced or not, a few words on in that sentence or the next (確認コードが届きました。コードは 4 8 2 9 1 7 です: findOneTimeCode;
 * not 6桁, a count, a phone number or a time, nor advice).
 * Blind R91A kinds: a key hidden under or behind a staffed desk's furniture (鍵は受付テーブルの下の青い書類箱に入れておきます: UNDER_FURNITURE
 * is read out of the place before the staffed-desk test); the guards' posts by spot and head count (警備員は正面入口に2名、裏口に1名とし:
 * GUARD_POSTS; not a job advert); a site's round given its times as the object of a change (庁舎の夜間巡回を２２時・１時・４時の３回に減らします).
 * Blind R99A kinds: a way past entry control told (「総務の者です」と言えば職員証がなくても中に入れてもらえます: ENTRY_BYPASS); the guards
 * thanked in one sentence and their round times in the next, the subject left out (…回ってくださっています); where a card key is kept
 * (カードキーは課長席の右の引き出しに入っていて: CARD_KEY); the cameras' spots told, then a spot with none yet (裏手の職員駐輪場側には
 * まだ付いていませんが: NO_CAMERA_SPOT). Not a weakness: a quoted or listed rule not to write a password on a note (「パスワードを付箋に
 * 書いてモニターに貼らない」: NOTE_DONT).
 * Blind R102A kinds: a patrol's times in kanji numerals, 零時 too (二十二時・零時・二時), then the other hours said without the ones who go
 * round (それ以外の時間帯は隊員がいません, 見回りの人がおらん: PATROL_CREW in PATROL_GAP; the clock patterns all read 零); an alarm's
 * disarm code in figures parted one by one and keyed in on its panel (操作盤で 2-0-8-7 を押してから確定ボタンで解除: PARTED_KEY_SEQUENCE;
 * not a ticket number, a phone number, a lift's floor or a seminar's try).
 * Blind R121A/R123A kinds: a secret's values said to follow (キーボックス暗証番号は以下のとおりである。本町地区：4719: LISTED_BELOW); a
 * lock's bare 番号 told by what it equals, the figures in brackets (暗証式になります。番号は分団長の誕生日（０３２８）: bracketedValue).
 * Not a gap: members who skip the watch (夜警に来ない団員, 見張りに参加しない人, 夜警をサボる: SKIP_WATCH).
 * Blind R138I-101 kind: a watch camera said not to film a spot of the site (防犯カメラは東側出入口を映していないため、夜間はご注意ください:
 * CAMERA_NOT_COVER), advice after the reason or a 【注意喚起】 label no lesson; faces and homes spared are no gap (CAMERA_PRIVACY).
 * Blind R158A-136 kind: the name (SSID) of a network kept for staff, quoted or labelled right after its staff label (職員用の「yngw-staff」
 * には接続できません, 庁内ネットワーク「YNGW-LAN」, 職員向けWi-FiのSSIDは …: STAFF_NETWORK, security/arrangement); the visitors' network and a
 * staff network with no name are not this.
 * Blind R161A-013 kind: where a secret is written down or kept in the office (パスワードは課の共有フォルダのメモにあります, 暗証番号は
 * 係長の机の引き出しのノートに書いてあります: SECRET_KEPT_AT, security/weakness); what was sent to the reader (お送りした通知書に記載) and
 * advice not to keep it so are not this.
 * Blind R168A/TX kinds (round 43 fixes): the note or the board in the photo said with the copula to be the secret (モニターの横の黄色い付箋、
 * 職員用Wi-Fiのパスワードなんです: SECRET_ON_BOARD); where the takings are put and at what hour (売上金は毎晩22時ごろに本部テント裏の手提げ金庫へ
 * まとめ: MONEY_KEPT, security/key-location). Not a secret: a value shown as a sample in a lesson on making one (見本として「…」, 「…」という例:
 * EXAMPLE_BEFORE, EXAMPLE_NAMED_AFTER).
 * Blind wave 87 kinds: the news that a code changed told with why before the verb, then the new value in kana digits (入室コード、今回の
 * システム更新に合わせて変わりました。新しい番号は「よん・いち・…」: CHANGED_THEN, R432H-011); an initial password given as the rule joining two
 * personal facts (初期パスワードは「職員番号のあとに生年月日の月日4桁」: INITIAL_RECIPE, R432H-025).
 * Blind R172A/R173I kinds (round 44 fixes): the new value named back by the secret's word (解除コードが変わりました。新しいコードは
 * 3 9 0 7 2 1 です: CHANGED_THEN); a key moved to a spot that hides it (合鍵は…右の引き出しに移しました: MOVED, MOVED_TO_SPOT); the
 * cameras said to run at the spots named only (…の2台だけの運用になります: CAMERA_ONLY_AT); a value partly in kana (パスは「や な が わ
 * の り 2 0 2 5」: KANA_MIXED) or in 大字 numerals (壱九八七: KANJI_DIGIT); PW spelt as its letters' names (ピー・ダブリュー：); the word
 * broken by a line break (パス⏎ワードは).
 * Blind R194A/R195D/R196I kinds (stop 46): the new code quoted after the date and weekday it takes effect on (…から「4820」に変更となります);
 * a login's secret told as the usual unnamed one with a value added and typed in (USUAL_PLUS_AFFIX); a lock named, then a bare 番号 opening
 * the next sentence told by what it is made of (HINT_SUBJECT, …にちなんだ); a spare key called 予備 alone, put at a spot (KEY_PUT, SPARE_OF_KEY).
 * Blind R317C/R320M kinds (sec58): a building's alarm disarmed at a set hour or for set days (機械警備は、平日は朝7時に自動で解除されます:
 * ALARM_DISARMED, security/guard-schedule; not a weather warning lifted, a door opened at opening time or the hour it is set); a device's
 * factory login with its values (初期設定のまま「admin」と「0000」で入れる: DEFAULT_CRED); the staff's first login told by the fact it is
 * made of (初回は生年月日の8けたで入れます: INITIAL_RECIPE; not a reader's own service); the code that works a city system by phone
 * (…2580と＃を押すと、録音した内容が市内全域に流れます: REMOTE_DIGITS); the takings kept in any box at a spot until collected (MONEY_KEPT's
 * CASH_BOX; not a donation box or the public paying in); a spare card key at a spot (…引き出しにある予備のカードキー), a key kept in an envelope
 * or on a shelf (…最上段の茶封筒で保管), a key put at a spot after a comma (…ボックスの裏に、マグネットで鍵を貼り付けて); a door locked is no
 * key hung (ドアに鍵をかけてください: LOCKED_THING); the city account's login address (LOGIN_ADDRESS) and the staff phone its sign-in code goes
 * to (TWO_FACTOR_ROUTED, security/weakness).
 * Review of the sec58 kinds (ordinary posts kept clean): a key kept in a safe, a locked cabinet, a staffed office or with a keeper, with no
 * code, time or way in (鍵は事務室の金庫に保管しています: KEY_SAFE_PLACE; a portable cash box or one under a counter is still a spot); a key
 * first put in a bare carrier or kept in a manner (封筒に入れて総務課で保管, 厳重に保管: KEY_NO_SPOT); a container with no spot around it
 * (専用のケースで管理); a putting denied and a building locked (集会所には、いつも鍵をかけています: LOCKED_THING); the reader's own device's factory
 * password asked about (ご家庭のルーターのパスワードが初期設定のままになっていませんか？); a public terminal's guest login offered (PUBLIC_OFFER);
 * takings or gifts handed over and dues handed in (CASH_PAID_IN); a camera's public stream stopped at night (STREAM_STOPPED).
 * Blind R321C kinds (sec59): a machine's staff menu told by the press that brings it up (管理者メニューは、画面右下を5秒長押しすると出てきます:
 * HIDDEN_ADMIN); a code named by its place in the way of disarming, its value in the next sentence (…番号を入れます。今年は全校共通で 3 3 0 6
 * です: KEYED_THEN_VALUE); a login as two bare values kept or letting one in (ログインは今も admin と admin のまま: LOGIN_PAIR); a shutter, a
 * garage or its panel as what a code opens (OPENS_CONTEXT, KEYPAD_CONTEXT); the secret named by when it is typed (初回に入れる文字列：…);
 * a staff system's shared account (共通アカウント zaimu-k2 で入ります: SHARED_ACCOUNT); 合言葉 kept under a thing on a desk (SECRET_KEPT_AT);
 * a bare カメラ's gap where a crime is spoken of (CRIME_SCENE, NOT_FILMED); the round on some dates only, the rest machine-only (PATROL_WHEN,
 * MACHINE_ONLY); a staff login made of personal facts and the writer's own values after it (LOGIN_RECIPE, MY_LOGIN_VALUES).
 * Review rsec59 (not these): the reader's own public-service account with its published initial-password rule (図書館のマイページの
 * パスワードは、生年月日の8桁です: readerServiceSecret), an applicant's own account for a staff recruitment (APPLICANT_ACCOUNT, JOB_APPLIED), a
 * check that no secret is so made (…になっていないか確認), a campaign's code with its benefit (CAMPAIGN_CODE), a public class's shared account
 * (PUBLIC_CLASS), a game's watchword (WATCHWORD_GAME, WATCHWORD_OPENS), a guests' Wi-Fi key at the tables (GUEST_NETWORK), the reader's home
 * as a case (READER_HOME), cameras "not only" (だけでなく), a public app's own screen (PUBLIC_APP).
 * Blind R389N/R390P kinds: a spot out of the angle of the camera as it is now (…3列目あたりは今のカメラの画角に入っておらず); a keypad's code told
 * as the order of its keys (ボタンキー、今日から 七・三・〇・九 の順番になりました: CODE_ORDER_STATED); spots or a count of the watch cameras said to
 * be dummies (薬局の角と駐車場の1本は…ダミーなので: DUMMY_AT_SPOT); the takings' collection as one word with its day, hour or head count
 * (売上回収は毎週月曜の朝8時に職員が1人で: CASH_COLLECTED); nobody said to stay on (17時以降だれも残っていません: NOBODY_STAYS); an unlocked door
 * pointed to for lost property (忘れ物 is no forgetting to lock).
 * Blind wave 82 kinds: a building said empty over given days, the days told before and taken up by その間 or a span of days in the
 * sentence, its reassurance about emergencies covered by others being no watch (EMPTY_DAYS_BACK, EMPTY_DAYS_DATE, EMPTY_DAYS_SPAN,
 * COVER_NOT_WATCH); 格納庫 and 車庫 as buildings; a check or a case (誰もいないか確認, 人がいないときは) no building told empty; a site
 * unattended as a rule with its only round told by weekday or part of day (ROUND_ONLY_WHEN, UNMANNED_SITE).
 * Words about the city's security arrangements (警備体制, サーバ室 …, policy list `security`) are a
 * warning: a crime-prevention notice may legitimately mention them, so the writer confirms.
 * Awareness posts (パスワードは使い回さない, 鍵を植木鉢の下に隠すのは危険です) stay clean.
 */
import { sentenceAround } from '../doc'
import { NeedGate } from '../gate'
import { quoteAround } from '../words'
import type { Doc } from '../doc'
import type { DraftFinding, RuleFamily } from '../rule'
import type { Span } from '../text'
import { meta } from './security.meta'

/** Private IPv4 ranges (RFC 1918). Octet ranges are checked in code. */
const PRIVATE_IP = /(?<![\d.])(10(?:\.\d{1,3}){3}|192\.168(?:\.\d{1,3}){2}|172\.\d{1,2}(?:\.\d{1,3}){2})(?![\d.])/g
/**
 * Blind R73A-066: a private IPv4 address spelt out with spaces between its characters (１ ９ ２ . １ ６ ８ . ４ ０ . １ ２, 10 . 20 . 3 . 15,
 * 1 7 2.1 6.0.8) so that a check for the address misses it: the squeezed view drops " . " between digits, so it is read in the norm view,
 * each octet one to three digits with at most one space between them and at most two spaces around each dot. Only a match with a space
 * is this (PRIVATE_IP reads the rest). Bounded: every quantifier has a limit.
 */
const SPACED_IP = /(?<![\d.] {0,2})\d(?: ?\d){0,2}(?: {0,2}\. {0,2}\d(?: ?\d){0,2}){3}(?! {0,2}[\d.])/g
/** \\server\share (the yen sign is a backslash on Japanese keyboards), file:// URLs and drive paths (Z:\共有\観光課). */
const SHARE_PATH = /(?:[\\¥]{2}[A-Za-z0-9._-]{1,63}[\\¥][^\s\\¥]{1,100}|file:\/{2,3}[^\s]{1,200}|(?<![A-Za-z0-9])[A-Za-z]:[\\¥][^\s\\¥]{1,60}(?:[\\¥][^\s\\¥]{1,60}){0,8})/g
const MAY_VALUE = /[!-~]{4}/
// What a pattern cannot match without (a cheap test before the full pattern; its words are in FOLDED_WORDS.host).
const MAY_HOST = /\.(?:local|lan|internal|intra|corp|lgwan)|localhost:|https?:\/\/[A-Za-z0-9-]{1,63}[:/]/i
const INTRANET_HOST =
  /(?<![A-Za-z0-9.-])((?:[A-Za-z0-9-]{1,63}\.){1,4}(?:local|lan|internal|intra|corp|localdomain|lgwan)|localhost:\d{2,5}|(?<=https?:\/\/)[A-Za-z0-9-]{1,63}(?::\d{2,5})?(?=\/|$|\s))(?![A-Za-z0-9.-])/gi

/**
 * Blind R107A-025: the entrance of a system's staff side published as a URL (パブコメの受付フォームの管理画面、https://admin.…/pubcom/login
 * から入れます; 管理者ページはこちら→ …/wp-admin/; 職員用のログイン画面（…/staff/login）): an admin console is internal, its address a
 * target for attacks whatever its password. The URL is an admin one by its host (admin., cms., manage.) or its path (/admin, /wp-admin,
 * /manage, /dashboard), with the sentence naming a staff side or a way in (管理画面, 管理者ページ, ログイン, 入れます); a bare login path
 * (/login) only with a staff side named (管理画面, 職員用, 担当者以外): the residents' own login page (電子申請のログイン画面) is public.
 */
const ADMIN_URL = /https?:\/\/([A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,6})(?::\d{2,5})?(\/[!#-'*-;=?-~]{0,200})?/gu
const ADMIN_HOST = /^(?:admin|administrator|cms|manage|manager|mgr|backoffice|backend|dashboard|console|staff)[0-9-]{0,4}\./iu
// Blind R394T-030 kind: 管理 romanised as a path (/kanri/, /kanrisha/) is the admin side as /admin/ is.
const ADMIN_PATH = /\/(?:wp-admin|wp-login\.php|admin|administrator|manage|management|manager|dashboard|console|backend|backoffice|staff|cms|kanri|kanrisha)(?:[\/?#.]|$)/iu
const LOGIN_PATH = /\/(?:login|signin|sign-in|logon|auth)(?:[\/?#.]|$)/iu
/** The staff side named: 管理画面, 管理者ページ, 職員用, 担当者以外. */
const STAFF_SIDE = /管理画面|管理者(?:ページ|画面|サイト|用|ログイン|メニュー)|管理(?:用|者用)?(?:の)?(?:ページ|サイト|システム|ツール|URL)|職員(?:用|専用|向け)(?:の)?(?:ページ|画面|ログイン|サイト|URL|システム)|(?:担当|担当者|職員|関係者)(?:以外|だけ|のみ)|CMS|バックヤード|管理者権限/u
/** …or a way in: ログイン, 入れます, アクセスして. */
const ADMIN_WAY_IN = /ログイン|サインイン|入れ(?:ます|る|るけん|るので|ます?よ)|入って|アクセス(?:して|でき|する)|ブックマーク/u
function adminUrls(doc: Doc, emit: (f: DraftFinding) => void): void {
  const t = doc.norm.text
  ADMIN_URL.lastIndex = 0
  for (let m = ADMIN_URL.exec(t), n = 0; m && n < 20; m = ADMIN_URL.exec(t), n++) {
    const host = m[1]!
    const path = m[2] ?? ''
    // An IP address is read as one (security/internal-address).
    if (/^[0-9.]+$/u.test(host)) continue
    const admin = ADMIN_HOST.test(host) || ADMIN_PATH.test(path)
    const login = LOGIN_PATH.test(path)
    if (!admin && !login) continue
    const s = sentenceText(t, m.index, m.index + m[0].length)
    const around = t.slice(Math.max(0, m.index - 60), Math.min(t.length, m.index + m[0].length + 40))
    if (!STAFF_SIDE.test(around) && !(admin && ADMIN_WAY_IN.test(s))) continue
    const { start, end } = doc.fromNorm(m.index, m.index + m[0].length)
    emit({ rule: 'security/admin-url', start, end })
  }
}

// ---------- secrets with their value ----------

/** What a login or a connection asks for (聞かれる, 求められる, 要求される): typed there, it is the key. Blind R346C-031 kind. */
const ASKED_FOR = '(?:聞かれる|訊かれる|きかれる|尋ねられる|求められる|要求される|問われる)'
/**
 * Words that name a secret. Group 1: strong (a secret on its own); group 2: an account name that
 * is a secret only next to a strong one. ASCII words may be spaced out (p a s s). Bounded: linear.
 */
const SECRET_KEY = new RegExp(
  [
    '(',
    '(?<![A-Za-z])(?:p ?a ?s ?s(?: ?w ?o ?r ?d| ?w ?d| ?c ?o ?d ?e)?|p ?a ?s ?u ?w ?a ?(?:- ?|a ?)?d ?o|p ?w ?d?|p ?i ?n(?: ?c ?o ?d ?e)?)(?![A-Za-z])',
    // Blind R356D-008 kind: パス spelt in hiragana, spaced or not (ぱ す → Sagemon#2025, ぱすは …), before a sign or a value.
    // One character may be masked (パスワ〇ド, 暗●番号): the 伏せ字 of someone who knows it should not be written.
    // Blind R135D-040: the word spelt in kana, whole or in part (ｱﾝｼｮｳﾊﾞﾝｺﾞｳ, read full-width; あんしょう番号, 暗証ばんごう).
    // Blind R173I-080: the word broken by a line break (ログイン時のパス⏎ワードは⏎…, 暗証⏎番号, パス⏎コード): still the word.
    // Blind R173I-051: PW or PIN spelt as the names of its letters in katakana (ピー・ダブリュー：…, ピーアイエヌ), squeezed to one word.
    '|パ\\n?[ス○〇●◯×✕*■□※]\\n?[ワ○〇●◯×✕*■□※]\\n?[ー○〇●◯×✕*■□※-]\\n?ド|パスワー[○〇●◯×✕*■□※]|パス\\n?コード|(?<![ァ-ヴー])(?:ピーダブ(?:リュー|リュ|ル)|ピーアイエヌ)(?![ァ-ヴ])|パスフレーズ|パスキー|ぱすわーど|(?<![ぁ-ゖ])ぱす(?:こーど)?(?=\\s|[:：=→⇒>「『(（【]|(?:は|も)\\s?[「『]?[!-~])|あんしょうばんごう|アンショウバンゴウ|アンショーバンゴー|(?:あんしょう|アンショウ|暗しょう)(?:番号|ばんごう|バンゴウ)|暗証(?:ばんごう|バンゴウ)|合言葉|合い言葉|あいことば',
    '|暗[証○〇●◯×✕*■□※]\\n?(?:[番○〇●◯×✕*■□※][号○〇●◯×✕*■□※]|コード|ナンバー)|暗証|(?<![ァ-ヴー])パス(?![ァ-ヴー])|PINコード',
    // Blind R291F-010 kind: a till's or a machine's override code named by who holds it (管理者コード「７３９１」, マスターコード,
    // 責任者用コード): a secret as 解除コード is. Not a bare 管理コード or 管理番号 (a product's or a record's number).
    '|(?:管理者|責任者|店長|マスター)(?:用)?の?コード(?![ァ-ヴー])',
    '|(?:解除|解錠|開錠|ドア|入室|入館|認証|ロック解除|暗号化|ネットワーク|接続|セキュリティ|キーロック|ドアロック|ロック|テンキー|ボタン錠|番号錠|電子錠|オートロック)(?:番号|コード|キー|ナンバー)',
    // Blind R71A-093: a key box named in plain Japanese (鍵箱の番号は 四・〇・八・二 です, カギ箱, 鍵ボックス, 鍵入れ).
    // Blind R206A-004 kind: a way in named as a door (職員控室の入口の番号は「…」, 玄関の番号): what is keyed there is its code.
    '|(?:金庫|キーボックス|キーケース|鍵箱|カギ箱|かぎ箱|鍵ボックス|カギボックス|鍵入れ|カギ入れ|鍵保管箱|南京錠|ダイヤル錠|錠前|テンキー|オートロック|電子錠|防犯センサー|センサー|警報装置|警報機|警備システム|セキュリティ|扉|ドア|通用口|通用門|裏口|勝手口|出入り?口|入り?口|玄関)の?(?:暗証)?(?:番号|ナンバー|コード|ダイヤル|数字)(?!錠)',
    // Blind R207I-024 kind: a keypad lock named bare by its kind (番号錠, ボタン錠, プッシュ錠) as 電子錠 is: the topic whose new code is told.
    '|テンキー|キーボックス|南京錠|ダイヤル錠|番号錠|暗証番号錠|ナンバー錠|ボタン錠|プッシュ錠|キーレス錠|オートロック|電子錠|(?<![ァ-ヴー])ダイヤル(?![ァ-ヴー])',
    '|(?:wi-?fi|無線LAN|ワイファイ)の?(?:キー|鍵)',
    // A network's key in English (network key: X, WPA key = X, Wi-Fi key X).
    '|(?<![A-Za-z])(?:network|wi-?fi|wireless|wlan|wpa[23]?|wep|security|encryption) ?(?:key|pass)(?![A-Za-z])',
    // Other names for the secret: 認証情報, ログイン情報; English (keypad, passcode, door code); what unlocks a device
    // (初回起動時の番号, ロック解除用のコード, パソコンを開くときの呪文).
    '|認証情報|ログイン情報|サインイン情報|資格情報|アクセス情報',
    // Blind R76A-073 / R77A-059: a two-step login's spare code (二段階認証のバックアップコード（4821-7730-5519）, 予備のバックアップコードは
    // 3851-2274 やけん, リカバリーコード, 復旧用コード, 2段階認証の予備コード; backup codes, recovery code): it lets anyone into the account.
    '|(?:バックアップ|リカバリー?|復旧|回復)用?の?(?:コード|キー)|(?:(?:2|二)(?:段階|要素)認証)(?:用|の)?(?:予備の?)?コード|予備の?(?:認証|ログイン)コード',
    '|(?<![A-Za-z])(?:backup|back-up|recovery|2fa|two-factor|two-step) ?(?:codes?|keys?)(?![A-Za-z])',
    // Blind R87A-069: a one-time code that signs in (確認コード, ログインコード, ワンタイムコード, SMSで届く検証コード; 認証コード is above):
    // whoever has it while it lives is let into the account.
    '|(?:確認|検証|承認|ログイン|サインイン|ワンタイム|SMS|ショートメール)用?の?コード|(?<![A-Za-z])(?:verification|security|one-time|login|sign-in) ?codes?(?![A-Za-z])',
    '|(?<![A-Za-z])(?:passcode|passphrase|pasuw[a-]{1,2}do|key ?pad|(?:door|lock|entry|access|gate|unlock) ?code|combination)(?![A-Za-z])',
    '|(?:起動|ロック解除|画面ロック|ログイン|サインイン|解除|開錠|解錠)(?:時|用|する(?:とき|時))?の(?:番号|数字|コード|文字列?|呪文|合言葉|暗号)',
    // Blind R394T-013/027 kind: the secret named by the way in it opens, in a word that hides it (入室の呪文, 入るときの文字列, 入館の合言葉).
    '|(?:入室|入館|(?:入る|はいる|入室する|入館する|開ける|あける)(?:とき|時|際))の(?:呪文|合言葉|合い言葉|暗号|文字列?)',
    // Blind R234M-035 kind: the secret named by what is typed to connect or to get in, with no word for it (ネット、つなぐときに入れる文字は
    // y a n a g a w a - 1 1 0 3 です, ログインするときに入力する文字列は): what is typed there is the key.
    // Blind R346C-031 kind: …or by what the screen asks for then (つなぐときに聞かれる文字列は, 接続時に求められる番号): what is asked is the key.
    '|(?:つなぐ|つなげる|繋ぐ|繋げる|接続する|ログインする|サインインする|入る|はいる)(?:とき|時|際)に?(?:入れる|入力する|打つ|打ち込む|' + ASKED_FOR + ')(?:文字列?|言葉|番号|コード)',
    // Blind R321C-037 kind: …or by when it is typed, the first time or at the login (初回に入れる文字列：Ygw#5520, 最初に入力する番号は,
    // ログイン時に打つ文字は): what is typed then is the secret, named without its word.
    '|(?:(?:初回|最初|初めて|はじめて|一番最初)(?:の(?:ログイン|サインイン|起動|接続)(?:の)?)?(?:時|とき|際)?|(?:ログイン|サインイン|起動|接続)(?:の)?(?:時|とき|際))(?:に|は)?(?:入れる|入力する|打つ|打ち込む|' + ASKED_FOR + ')(?:文字列?|言葉|番号|コード|数字|英数字|キーワード)',
    // A device's lock itself told with its value (タブレットの画面ロックは 0729): the lock is what the code opens.
    // Blind R226E-012 kind: …the lock's release named with の (画面ロックの解除は ｙａｎａ－２０２５！ です) is the release itself as the topic.
    // Blind R237M-013 kind: the device named with の before its lock (受付用iPadのロックは「ニ・ゼロ・ニ・ロク…」), the same lock.
    "|(?:画面|端末|スマホ|タブレット|パソコン|PC|(?:端末|スマホ|タブレット|パソコン|PC|iPad|iPhone|アイパッド)の)ロック(?:の?解除)?(?=[はがも:：=]|の(?:解除)?(?:番号|コード|数字)?は)",
    '|(?:パソコン|PC|端末|タブレット|スマホ|iPad|画面|ロッカー|金庫|倉庫|扉|ドア)を(?:開く|開ける|起動する|立ち上げる|解除する|使う)(?:とき|時)?の(?:番号|数字|コード|文字列?|呪文|合言葉|暗号|パス)',
    // Blind R67A-115: the release itself as the topic (受付タブレット、ロック解除は 2 5 8 0 やけん; ロックの解除は, ロック解除するときは):
    // what follows is what releases it (a time or a date is not: LOCK_RELEASE_NOT_VALUE).
    '|ロック(?:の|を)?解除(?:(?:する|の)?(?:とき|時|際)|に)?(?= ?[はがも:=、,])',
    ')|(',
    '(?<![ァ-ヴー])キー(?![ァ-ヴー])|(?<![A-Za-z])key(?= ?[:=])|ログイン ?(?:ID|名|ネーム)|ユーザー? ?(?:ID|名|ネーム)|(?<![A-Za-z0-9_-])(?:user ?(?:name|id)?|login ?(?:id)?|SSID|ID)(?![A-Za-z])|アカウント ?(?:ID|名)|(?:ログイン|サインイン)(?= ?(?:は|:|=)(?! ?(?:ID|user|login|pass|PW|ユーザー|パス|アカウント)))|(?<![A-Za-z])(?:wi-?fi|無線LAN|ワイファイ)(?= ?[:=])',
    ')',
  ].join(''),
  'giu',
)
/** What states the value after an English secret word (password: X, PIN = X, password is X, "X", (X)). Blind HI-015. */
const EN_STATED = /[:=：＝→「『"'“‘(（【[]|(?<![A-Za-z])(?:is|are|was|were|wa)(?![A-Za-z])|[はが]/u
/** A lock's release as the secret's word (SECRET_KEY, blind R67A-115). */
const LOCK_RELEASE = /^ロック(?:の|を)?解除(?:(?:する|の)?(?:とき|時|際)|に)?$/u
/**
 * A word of SECRET_KEY that names a lock or a device's lock, bare or with its 番号 (電子錠, オートロック, テンキー番号, 金庫のダイヤル,
 * ロック解除, keypad, door code), not a password or an account (パスワード, PIN, 暗証番号, ネットワークキー).
 */
const LOCK_WORD = /錠|ロック|テンキー|キーボックス|キーケース|鍵箱|カギ箱|かぎ箱|鍵ボックス|カギボックス|鍵入れ|カギ入れ|ダイヤル|金庫|扉|ドア|通用口|通用門|裏口|勝手口|入り?口|玄関|入室|入館|解除|解錠|開錠|センサー|警報|警備システム|key ?pad|door|lock|gate|entry|combination/iu
/**
 * Colleague's R68 report: what follows a lock word and is not its code (会議室の電子錠は、2025/4/1 からICカードに切り替わります): a time
 * (21:00, 8:30-17:15), a date (2025/4/1, 2025-04-01, 12/15), a phone number (0944-73-8111, 0944(73)8111) — no keypad has a colon, a
 * slash or a phone's groups; a product (iPhone15, SESAME5; a word of letters only, unless it opens the lock).
 */
const NOT_LOCK_CODE =
  /^(?:\d{1,2}:\d{2}(?:-\d{1,2}:\d{2})?|(?:19|20)\d{2}[/.](?:0?[1-9]|1[0-2])(?:[/.](?:0?[1-9]|[12]\d|3[01]))?|(?:19|20)\d{2}-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])|(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])|0\d{1,4}-\d{1,4}-\d{3,4}|0\d{1,4}\(\d{1,4}\)\d{3,4}|[A-Za-z]+\d{1,2})$/u
/** After a value: a room (301室, 2 会議室) or a product's make or model (RS-110型, KS300 シリーズ, Panasonic 製) the lock is in or is. */
const ROOM_OR_MODEL_AFTER = /^ ?(?:号?室|会議室|教室|号館|型|形式|製|社製|シリーズ|モデル|タイプ)/u

/**
 * After a secret or a lock word, the date or the time a new code takes effect, then the code (電子錠は、2025/4/1 から 7391 に変わります,
 * パスワードは 4/1から yng2580 です, テンキーは 2025年4月1日より 2580# になります): the date is when, the value after it is the code. Bounded.
 */
const WHEN_THEN =
  /^(?:は|が|も|の)?[、,]? ?(?:(?:\d{2,4}[/.年-])?\d{1,2}[/.月-]\d{1,2}日?|\d{1,2}時(?:\d{1,2}分)?|\d{1,2}:\d{2}) ?(?:\([^)\n]{1,3}\))? ?(?:から|より|以降|以後|付け?で)(?:は)?[、,]? ?(?:(?:新しい|新|変更後の)?(?:番号|暗証番号|コード)(?:は|が|:)? ?)?/u
/** After such a code: it is stated, set or opens the lock (です, に変わります, で開きます). */
const CODE_STATED =
  /^ ?[」』"]? ?(?:です|でーす|だよ|だ(?=[。！!\s]|$)|やけん|やけ|やで|ばい|たい|になります|でございます|っす|に(?:変更|変わ|変え|更新|設定|なり|なる|なっ|切り替|切替)|と(?:なり|なる|なっ|し)|で(?:開|あ[きくけい]|解除|解錠|入れ))/u

/** `end` moved over the hiragana right after it (the ending of the word a match stops in: 手薄に|なります), at most `max` of them. */
function kanaTail(t: string, end: number, max: number): number {
  for (let k = 0; k < max && /\p{Script=Hiragana}/u.test(t[end] ?? ''); k++) end++
  return end
}

function codeAfterWhen(t: string, end: number, needDial: boolean): Value | null {
  const when = WHEN_THEN.exec(t.slice(end, end + 48))
  if (!when) return null
  const at = end + when[0].length
  const v = valueAfter(t, at, needDial)
  // The code may be quoted (7月1日（火）から「4819」に変更となります).
  if (!v || !/^[「『"]?$/u.test(t.slice(at, v.at)) || !CODE_STATED.test(t.slice(v.end, v.end + 10)) || NOT_LOCK_CODE.test(v.value)) return null
  return v
}

/** Whether `value` (ending at `end` in `t`), told after a lock word, is a time, a date, a phone number, a room or a product: not its code. */
function notLockCode(value: string, t: string, end: number): boolean {
  if (NOT_LOCK_CODE.test(value) || ROOM_OR_MODEL_AFTER.test(t.slice(end, end + 6))) return true
  // A capitalised word of letters only (SwitchBot, Panasonic, SESAME) names a make; a code of letters is told by what it opens
  // (Sakura で開きます), and one in lower case (hakushu, san-go) stays a code.
  return /^[A-Z][A-Za-z]{2,}$/u.test(value) && !OPENS.test(t.slice(end, end + 14))
}
/** Between the word and its value: particles, colons, arrows, quotes (at most 14 characters). */
const CONNECTOR = /^(?: +|\n(?=[0-9〇一二三四五六七八九A-Za-z])|[:=>→⇒|｜「『"'(（【[、,]|は|が|も|を|って|とは|の|-(?=>)|同じく|共通で|いずれも|どれも|ともに|今は|今も|いまも|現在|いまだに|未だに|まだ|全員|今年も|今年は|今回も|引き続き|相変わらず|変わらず|以前と同じ|前と同じ|従来どおり|従来通り|例年どおり|例年通り|いつもの|暗証番号|番号|暗証|コード|ナンバー|No\.?)/u
// ニ (katakana) and ○ (circle) are typed for 二 and 〇 to slip past a check: they read as the same digits.
// Blind R173I-051: the formal numerals of deeds and cheques (大字: 壱・弐・参・肆・伍・陸・漆・捌・玖) are the same digits (壱九八七 = 1987).
const KANJI_DIGIT: Record<string, string> = { 〇: '0', 零: '0', '○': '0', 一: '1', 二: '2', ニ: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9', 壱: '1', 弐: '2', 参: '3', 肆: '4', 伍: '5', 陸: '6', 漆: '7', 捌: '8', 玖: '9' }
/** After a value, these make it a rule or a quantity, not a value (8文字以上, 4桁, 1,500円). */
const NOT_VALUE_AFTER = /^ ?(?:文字|桁|字|以上|以下|未満|など|等|のよう|みたい|や(?![けかでしねよろきー])|とか|といった|回|分|秒|時|円|%|人|個|日|月|年|歳|件|枚|番(?!号)|号|階|か月|ヶ月|カ月|週|のままに(?:し|せ)|のままでは|のままだと|のままは|じゃな|ではな)/u
/** Values that are words, not secrets. */
const NOT_VALUE = /^(?:https?|needed|required|necessary|www|wi-?fi|line|google|apple|twitter|facebook|instagram|e-?mail|mail|sns|id|pw|pin|ssid|url|qr|pc|ok|ng|free|yes|no|none|null)$/i
/** After a value: it is an example (のような, など, では危険, にするのは). */
const EXAMPLE_AFTER = /^[」』"]? ?(?:[やと][「『"][^」』"\n]{1,16}[」』"](?:など|といった|のよう|や)|のよう|など|といった|は避け|では|じゃ|だと|にする|にしない|に設定し(?:ない|ては)|と同じ|は危険|は推測|は簡単|は使わ)/u
/**
 * Blind TX-027: a value given as a sample in a lesson on making one (「覚えやすくて長い合言葉」の作り方を紹介し、見本として「…」という例を示し;
 * パスワードの作り方の例として「…」, お手本は「…」): the word before it (見本として, 例として, 作例:) or after it (という例, を見本に) makes it a
 * sample shown, no account's secret. 例の「…」 (the usual one) and a value stated as the secret (パスワードは「…」です) are not this.
 */
const EXAMPLE_BEFORE = /(?:見本|お手本|手本|サンプル|作例|一例|例|記入例|入力例|設定例|参考例)(?:として|は|に|で)?[:：、,]? ?[「『"(]?$/u
const EXAMPLE_NAMED_AFTER = /^[」』")]? ?(?:という|といった|との)(?:例|見本|お手本|手本|サンプル|作例)|^[」』")]? ?を(?:例|見本|お手本|手本)(?:に|として)/u
/** Secrets spoken of as a class (よく使われる, 流出した, 単純な パスワード): examples, never one account's. */
const CLASS_OF_SECRETS = /(?:よく使われ(?:る|ている)|流出した|漏えいした|危険な|弱い|単純な|推測されやすい|破られやすい|ありがちな|使ってはいけない|避けるべき|悪い例の)[「『]?$/u
/** A sentence that teaches about secrets rather than telling one. */
const AWARENESS = /避け|推測|危険|使い回|使いまわ|使わない|しないで|(?:教え|使い回さ|書き込ま|入力し|設定し|使わ|知られ)ないよう|ダメ|だめ|(?<![A-Za-z])NG(?![A-Za-z])|例えば|例[:：]|悪い例|やめ|変更しましょう|注意|詐欺|聞くことは|教えないで|よく使われる|ランキング|上位に並|単純な|推測されやす|破られ|使ってはならない|使ってはいけない/u

/** Candidates looked at per pattern and paragraph: findings are grouped anyway, and typing stays cheap on pathological text. */
const MAX_HITS = 64
/**
 * Each match of the global pattern `re` in `t`, in order, at most MAX_HITS of them (a pathological paste stays bounded).
 * `re.lastIndex` is 0 before and after.
 */
function* hitsOf(re: RegExp, t: string): Generator<RegExpExecArray> {
  re.lastIndex = 0
  let n = 0
  for (let m = re.exec(t); m && n < MAX_HITS; m = re.exec(t), n++) yield m
  re.lastIndex = 0
}

function isValueChar(c: string | undefined): boolean {
  if (c === undefined) return false
  const code = c.charCodeAt(0)
  return (code > 0x20 && code < 0x7f) || KANJI_DIGIT[c] !== undefined
}

/**
 * Digits as they are said, in hiragana (a katakana view is read as hiragana): the long forms of a code read aloud (にー, ごー, しー)
 * and the sound changes of a sequence said in one breath (さんぱち, よんぱち: はち after ん), as well as the plain readings
 * (round 54: キーボックスは、ダイヤルを「さんぱちにーまる」に合わせると開きます). Longer forms first.
 */
const KANA_DIGIT_WORD = 'ぜろ|れい|まる|いち|にい|にー|に|さん|よん|しー|ごー|ごお|ご|ろく|なな|しち|はち|ぱち|きゅう|きゅー'
/** Digits spelled in kana, separated (いち・ろく・なな・ご) or run together (さんぱちにーまる): at least three. */
const KANA_DIGITS = new RegExp(
  `^(?:${KANA_DIGIT_WORD}|く|し)(?:[・、, -]?(?:${KANA_DIGIT_WORD}|く|し)){2,11}?(?=$|[^ぁ-ゖ]|です|でした|だ|で|ね|よ|と|に(?:合わせ|あわせ|設定|変更|し|す|な)|を(?:押|入力|入れ|回)|の順)`,
  'u',
)
/**
 * Round 54: a code said in kana, then what it does (「さんぱちにーまる」に合わせると開きます, いちきゅうはちろくで開きます, ぜろはちいちごと
 * 入れたら開く): read in hiragana; what comes before it is checked in the text itself (not a word's tail).
 */
const KANA_OPENS = new RegExp(
  `(?:${KANA_DIGIT_WORD})(?:[・、, -]?(?:${KANA_DIGIT_WORD})){2,9}(?=[」』"]? ?(?:(?:の順(?:番)?(?:に|で)?|に|を|と|で) ?[^。\\n！？!?]{0,6}?(?:(?:入れ|入力し|打ち込|押し|押す|押せ|合わせ|あわせ|回し|まわし)(?:ると|れば|たら|て|ば)[^。\\n！？!?]{0,6}?)?(?:開(?:き|く|け|い|錠)|あ(?:き|く|け|い)|解除|解錠)))`,
  'gu',
)

function toHiragana(s: string): string {
  let out = ''
  for (const c of s) {
    const code = c.charCodeAt(0)
    out += code >= 0x30a1 && code <= 0x30f6 ? String.fromCharCode(code - 0x60) : c
  }
  return out
}

const GENERIC_NUMBER = /番号|コード|ナンバー|数字/gu
/** A lock a bare 番号 belongs to, just before it (通用口はテンキー式の電子錠になりました。番号は…). */
const LOCK_NEAR = /テンキー|ボタン錠|プッシュ錠|番号錠|ナンバー錠|キーレス錠|暗証番号錠|電子錠|ダイヤル錠|ワイヤーロック|チェーンロック|南京錠|暗証|キーボックス|キーケース|鍵箱|カギ箱|かぎ箱|鍵ボックス|カギボックス|鍵入れ|カギ入れ|金庫|ロッカー|オートロック|錠前|施錠/u
/**
 * A secret shown with its value: its span (offsets in the paragraph), the word that named it as written (`label`: パスワード, PW; ''
 * when none did) and the kind of secret the message names (`name`: 解除番号, ログイン情報, 認証コード).
 */
type StrongHit = { start: number; end: number; label: string; name?: string }
/**
 * Codes keyed in on a panel (`re`: kanji numerals 四・八・二・六, or figures 2-0-8-7), pushed to `strong` as 解除番号 (at most MAX_HITS):
 * not where a stronger finding already lies, a public dial (119, #7119), an awareness sentence, a sentence that says it is no code
 * (`KANJI_CODE_NOT`, without リモコン when a panel word is just before the code), the caller's `not`, or without the caller's
 * `context` (a lock, door or alarm) in the sentence or the 120 characters before it.
 */
function keyedCodes(re: RegExp, t: string, strong: StrongHit[], context: RegExp, not?: RegExp): void {
  re.lastIndex = 0
  let k = 0
  for (let m = re.exec(t); m && k < MAX_HITS; m = re.exec(t), k++) {
    const start = m.index
    const end = start + m[0].length
    if (strong.some((f) => f.start < end && f.end > start)) continue
    const s = sentenceAround(t, start, end)
    const sentence = t.slice(s.start, s.end)
    const notCode = KEYED_ON_PANEL.test(t.slice(Math.max(s.start, start - 20), start)) ? KANJI_CODE_NOT_ON_PANEL : KANJI_CODE_NOT
    if (isPublicDial(m[0]) || AWARENESS.test(sentence) || notCode.test(sentence) || not?.test(sentence) || !context.test(t.slice(Math.max(0, s.start - 120), s.end))) continue
    strong.push({ start, end, label: '', name: '解除番号' })
  }
}
/**
 * Codes told with no word for the secret (a key sequence, a derived code, a new code with its label): each
 * match of `re` in `scanned` (a same-length reading of `t`) not already covered and not in an awareness
 * sentence becomes a credential named `name`. At most MAX_HITS matches are read.
 */
/**
 * Review (pisec22) kind: what follows a derived code in its sentence asks the reader whether they do it (…に合わせていませんか？,
 * …にしていないでしょうか, …合わせてはいけません): awareness, not a code. Bounded: 12 characters to the question or the warning.
 */
const ASKED_OF_READER = /^[^。！？!?\n]{0,12}?(?:ませんか|ないですか|ないでしょうか|てはいけ|てはだめ|てはダメ|ないで(?:ください|下さい|ね)|ないように)|^[^。！!\n]{0,16}?[？?]/u
function codesWithoutWord(re: RegExp, scanned: string, t: string, strong: StrongHit[], name: string): void {
  re.lastIndex = 0
  let k = 0
  for (let m = re.exec(scanned); m && k < MAX_HITS; m = re.exec(scanned), k++) {
    const start = m.index
    const end = start + m[0].length
    if (strong.some((f) => f.start < end && f.end > start)) continue
    if (isPublicDial(t.slice(start, end))) continue
    const s = sentenceAround(t, start, end)
    if (AWARENESS.test(t.slice(s.start, s.end).replace(TYPING_CARE, ''))) continue
    // Review (pisec22) kind: the way of making a code asked of the reader as a question (暗証番号を、ご自身の誕生日に合わせていませんか？
    // 推測されやすいので変更しましょう): advice about their own code, not the city's code told.
    if (ASKED_OF_READER.test(t.slice(end, s.end + 1))) continue
    strong.push({ start, end, label: '', name })
  }
}

/**
 * Blind R63A-108: after a secret word, the rest of its sentence and at most one more (why it is told: 問い合わせが多かったので改めて！),
 * then, at the start of the next, nothing or what the value equals (開設年と同じ, 去年と一緒で): the value follows (a label again, 番号は X,
 * is read where a lock is named before it). The sentences between hold no letter or figure (a value of their own). Bounded: each at
 * most 50 characters.
 */
const TOLD_AGAIN =
  /^(?:[^\n。！？!?「『0-9A-Za-z]{0,50}[。！!]+\s?){1,2}(?:[^\n。！？!?0-9A-Za-z「『、,]{1,10}?(?:と同じ|と一緒|とおんなじ)(?:で|の)?[、,]?)?\s?(?=[「『"]?[0-9A-Za-z〇一二三四五六七八九])/u
/**
 * Blind R121A-046: the secret named, then its values said to follow (キーボックス暗証番号は以下のとおりである。本町地区：4719、三橋地区：8032;
 * 金庫の番号は下記の通り：, 入室コードは次のとおりです。⏎・本館：2580): the first value, after its label or bullet, is the code. Only the
 * plain "as follows" (以下のとおり, 下記, 次に記します), not a rule about how to make one (以下のとおり設定してください). Bounded.
 */
const LISTED_BELOW =
  /^(?:は|が|を)?[、,]?\s?(?:以下|下記|次|左記)(?:の(?:とおり|通り)|に(?:記|示|記載|掲載|まとめ)[^\n。：:]{0,6}?)?(?:です|である|だ|となります|になります|となっております|でございます)?[。：:！!]?\s*(?:[・\-*●■◆]\s?)?(?:[^\s：:\n。、,]{1,12}[：:]\s?)?(?=[0-9０-９A-Za-z〇一二三四五六七八九])/u
/**
 * Blind R265G-042 kind: the secret named (バックアップコードを発行しました, 仮パスワードを設定しました), then, in the same or the next sentence, the
 * writer noting it down here with a colon or an arrow before the values (念のためこちらにも控えておきます：4821-9930 / …, メモしておきます→,
 * 共有します：): what follows the colon is the secret itself. Only a verb of keeping or sharing it; the sentences between hold no letter or
 * figure of their own. Bounded: each part at most 50 characters.
 */
const NOTED_HERE =
  /^(?:[^\n。！？!?「『0-9A-Za-z]{0,50}[。！!]+\s?)?[^\n。！？!?「『0-9A-Za-z:：→]{0,30}?(?:控え|メモ|書い|書き|記し|記載し|共有し|共有いたし|載せ|残し|貼っ|貼り|置い|置き)[^\n。！？!?「『0-9A-Za-z:：→]{0,12}?[:：→]\s?(?=[「『"]?[0-9A-Za-z])/u
/** After a value told on its own: it ends the statement (「1987」です, 0412やけん, 2580 たい). */
const VALUE_ENDS = /^\s?[」』"]?\s?(?:です|でーす|だよ|だ(?=[。！!\s]|$)|やけん|やけ|やで|やよ|や(?=[。！!\s]|$)|ばい|たい|になります|でございます|っす)(?:よ|ね|〜|ー|~|♪)*(?:[。！!\n]|\s|$)/u

/**
 * Blind R143I-012: a note on how to type the value given (（大文字・小文字に注意）, 全角・半角にご注意ください, 0とOの打ち間違いに気をつけて)
 * is care for those who use it, no lesson about secrets: taken out of the sentence before AWARENESS reads it. Bounded.
 */
const TYPING_CARE =
  /(?:大文字|小文字|全角|半角|入力ミス|入力間違い|打ち間違い|打ちまちがい|入力|スペル|綴り|記号|数字の[0０1１]|ゼロ|オー|エル)[^。！？!?\n（）()]{0,12}?(?:に|を|は)?(?:ご?注意|お気をつけ|気をつけ|気を付け)(?:ください|下さい|願います|して(?:ください|下さい|ね))?/gu
/** A new code with its label: 新番号：4719, 新しい暗証番号は 0815, 変更後のパスワード：Yngw#26; or named back (パスワードを変更しました。新しいものは akiya_bank2025 です). */
const NEW_CODE = /(?:(?:新|新しい|変更後の?)(?:番号|暗証番号|暗証|パスワード|パス|コード|PIN|pin)|(?:新しい|変更後の?)(?:もの|の|ほう|方|やつ)|(?:今度|今回)の(?:もの|ほう|やつ)?|(?<=(?:パスワード|暗証番号|PW|パスコード|パスキー)[^。！？!?\n]{0,24}?(?:変わり|変更|更新)[^。！？!?\n]{0,12}?(?:[。！!\n]\s?|[^。！？!?\n]{0,30}?(?:→|⇒|、|,|\s)\s?)(?:旧[^。！？!?\n]{1,30}?(?:→|⇒|、|,|\s)\s?)?)新)(?:は|が|：|:|＝|=|→)\s?[0-9A-Za-z!#$%&*+\-_.@]{3,24}(?![0-9A-Za-z!#$%&*+\-_.@])/gu
/**
 * A code given by what it is made of, then pressing it opens the lock. Blind R235I-050 kind: the city's main line named as 代表電話
 * (キーボックスは、市役所の代表電話の下4ケタを逆から押すと開きます), as 代表番号 is.
 */
/*
 * Blind R302K-051 kind: the way a lock opens said to be set to a known date, the date given or not and in any form (保管庫は、開け方を
 * 白秋先生のお誕生日（１８８５・０１・２５）に合わせてあります, ダイヤルは創立記念日に合わせています): whoever knows the date opens it, as
 * …の誕生日を押すと開く does. Only the opening, the dial or the code as what is set (開け方を, 暗証番号は, ダイヤルを); an event timed to a
 * birthday (お誕生日に合わせて式典を) sets no lock. Bounded: 20 characters before the fact, 16 in its bracket.
 */
const DERIVED_CODE =
  /(?:誕生日|記念日|創立記念日|開館記念日|開庁記念日|電話番号|郵便番号|代表番号|代表電話|内線番号|番地|ナンバー|西暦|和暦|生年月日|職員番号|社員番号)[^。！？!?\n]{0,16}?(?:押せば|押すと|押して|入力すれば|入力すると|入れれば|入れると|合わせれば|合わせると|にすれば|にすると)[^。！？!?\n]{0,4}?(?:開|あ(?:き|く|け)|解除|解錠|開錠|入れ)|(?:開け方|あけ方|ダイヤル|暗証番号|暗証|(?<![\p{Script=Han}])番号)(?:を|は)[、,]?[^。！？!?\n]{0,20}?(?:誕生日|記念日|生年月日|生まれた日|命日)(?:[ 　]?[(（][^()（）\n]{1,16}[)）])?に合わせ(?:て|た|ており|ています|てい|ました)/gu
/** Blind R65A-070: what a bare ダイヤル before its value turns, named a few words before it: a box or a locker that holds keys or cards. */
const DIAL_HOLDER = /キーボックス|キーケース|鍵箱|カギ箱|かぎ箱|ロッカー|保管庫|保管箱|キーBOX|キーbox/u
/** A safe, a dial or a lock that turns. */
const DIAL_LOCK = /ダイヤル|金庫|ロッカー|南京錠|錠|キーボックス/u
/** A number or a spelled number (digits, kanji, romaji), in brackets or not. */
const DIAL_VALUE = '[「『"]?(?:[0-9]{1,3}|[〇一二三四五六七八九十]{1,3}|(?:ichi|ni|san|yon|shi|go|roku|nana|shichi|hachi|kyu|kyuu|ku|juu|jyu|zero|rei)(?:[- ](?:ichi|ni|san|yon|shi|go|roku|nana|shichi|hachi|kyu|kyuu|ku|juu|jyu|zero|rei)){0,3})[」』"]?'
/** Turns of a dial: 右に X、左に Y (two turns or more). */
/** Between turns: a comma or a space, or (blind R110A-023) an arrow (右に38→左に12→右に77, 右に3回 ⇒ 左に2回). */
const DIAL_STEP = '(?:[、,\\s]{0,2}|\\s?(?:→|⇒|➡|->|＞|>|ー>)\\s?)'
/**
 * Blind R117A-089: how many times the dial goes round, before the number it stops at (右に 3 回 27、左に 2 回 58、右に 14; 右へ4回まわして
 * 15, 左に二回転させて８０に合わせる): the count is read past, the number after it is the code.
 */
/** Blind LO-5: the count joined to its number by で or a conditional (右に4回で25, 左へ2回まわしたら60), and a turn written without に (右4回25). */
const DIAL_COUNT = '(?:(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})\\s?回(?:転)?(?:ほど)?(?:まわして|回して|廻して|させて|回転させて|まわしたら|回したら|回転したら|させたら)?(?:で|目(?:で|に|は)?)?[、,]?\\s?)?'
const DIAL_TURN = `(?:右|左)(?:に|へ|(?=\\s?[0-9一二三四五六七八九十]{1,2}\\s?回))\\s?${DIAL_COUNT}${DIAL_VALUE}(?:回|まで|に合わせ(?:て|る)?)?`
/**
 * Blind R287L-055 kind: a turn written bare, the figures right after 右/左 with no に (右 3 → 左 7 → 右 1 9, squeezed to 右3 → 左7 → 右19):
 * figures only, not a count, a row, a seat or an angle after them (右3番目, 左2列, 右90度 are no turn).
 */
const DIAL_BARE_TURN = '(?:右|左)\\s?[「『"]?[0-9]{1,3}(?![0-9.,]|\\s?(?:[A-Za-z%％]|番|列|車|席|側|号|階|個|枚|件|名|人|回|分|秒|度|つ|本|台|段|目|キロ|メートル|時))'
/** Blind R287L-055 kind: bare turns count only when joined by an arrow (右3→左7→右19), never by a bare comma or space. */
const DIAL_ARROW = '\\s?(?:→|⇒|➡|->|＞|>|ー>)\\s?'
const DIAL_TURNS = new RegExp(`${DIAL_TURN}(?:${DIAL_STEP}(?:次に|そして|それから)?${DIAL_TURN})+|${DIAL_BARE_TURN}(?:${DIAL_ARROW}${DIAL_BARE_TURN})+`, 'giu')
/** Pressing or typing keys. */
const KEY_PRESS = /押|入力|打ち込|プッシュ/u
/** A door or entrance a code may open. */
const DOOR = /錠|扉|ドア|通用口|入口|入り口|出入口|勝手口|裏口|門|ゲート|保管庫|倉庫|書庫/u
/**
 * A sequence of keys to press (hiragana view): three or more digits or spelled digits, parted or
 * not, then the order or the act of pressing (の順に押して, と押す, を入力).
 */
const KEY_SEQUENCE = new RegExp(
  `(?:(?<![0-9])[0-9]{3,8}(?: ?(?:→|⇒|➡|->) ?)?[#＃*]?|(?<![ぁ-ゖ])(?:${KANA_DIGIT_WORD})(?:[・、, -]?(?:${KANA_DIGIT_WORD})){2,9})(?=(?:の順(?:番)?(?:に|で)|と|を|、|って|っち)[^。\\n]{0,4}(?:押|入力|打|ぷっしゅ))`,
  'gu',
)
/**
 * Blind R85A-022: a code in kanji numerals, parted by ・ or spaces or run together (the squeezed view drops the parts), then keyed in
 * (機械警備の解除は、入口横のパネルで 四・八・二・六 を押してから「確定」です; 五 八 一 三 と入力して, 七・七・〇・二の順に押すと): the code
 * written as words so that a check for figures misses it. Not a number with a place value (二十三, 千二百) nor one followed by its unit;
 * where the paragraph speaks of a lock, a door or an alarm's release (KANJI_CODE_CONTEXT), not a phone, an intercom or a lift.
 */
const KANJI_KEY_SEQUENCE =
  /(?<![〇零一二三四五六七八九十百千万億])[〇零一二三四五六七八九]{3,10}(?:[・ ]?[#＃*＊])?(?![〇零一二三四五六七八九十百千万億])(?= ?[」』"]? ?(?:(?:の順(?:番)?(?:に|で)?|と|を|ば|、|って|っち)[^。\n]{0,4}?|の?(?:あと|後)に[^。！？!?\n]{0,8}?)(?:押|入力|打ち込|プッシュ))/gu
/**
 * Blind R102A-066: a code in figures parted one by one (2-0-8-7, 3、9、1、4, 5ー8ー2ー0; spaces and ・ are dropped by the squeezed view),
 * or run together, keyed in on an alarm's or a security system's panel (入口の警報装置は、右側の操作盤で 2-0-8-7 を押してから確定ボタンで
 * 解除できます): the disarm code, with no lock or door named. Blind R186D-007: or the key pressed after it told (テンキー式です。「0415」の
 * あとにシャープを押して入ってください, 七三一九の後に確定を押す): the code, then its closing key. Three to eight single figures, each part one figure, so no phone
 * number, date or price (0944-73-8111, 2025-4-1); the same context test as the kanji code (KANJI_CODE_CONTEXT, not KANJI_CODE_NOT).
 */
const PARTED_KEY_SEQUENCE =
  /(?<![0-9０-９A-Za-z\-ー.,:/]|[0-9０-９][、,])(?:[0-9](?:[-ー、,][0-9]){2,7}|[0-9]{3,8})(?:[-ー・ ]?(?:(?:→|⇒|➡|->) ?)?[#＃*＊])?(?![0-9０-９A-Za-z]|[-ー、,.:/][0-9])(?= ?[」』"]? ?(?:(?:の順(?:番)?(?:に|で)?|と|を|ば|、|って|っち)[^。\n]{0,4}?|の?(?:あと|後)に[^。！？!?\n]{0,8}?)(?:押|入力|打ち込|プッシュ))/gu
/**
 * Blind R368R-056 kind: the order of the keys told as such, the pressing named first (ボタンの押す順番が変わりました。新しくは 一・九・八・七 の順です;
 * 押す順は 3・5・1・8 です): the code with its verb before it, not after. Kanji numerals or single figures; the same context tests as the
 * kanji code (KANJI_CODE_CONTEXT, not KANJI_CODE_NOT) in keyedCodes. Bounded: the order at most 40 characters after the pressing.
 */
const KEY_ORDER_TOLD =
  /(?:押す|押し|押下する|入力する|打つ|打ち込む)(?:順番?|順序)[^\n]{0,40}?(?<![〇零一二三四五六七八九十百千万億0-9０-９])(?:[〇零一二三四五六七八九]{3,10}|[0-9](?:[-ー、,][0-9]){2,7}|[0-9]{3,8})(?:[・ ]?[#＃*＊])?(?![〇零一二三四五六七八九十百千万億0-9０-９])(?= ?[」』"]? ?(?:の順(?:番)?|です|でした|になり|となり|に(?:変|な)))/gu
/**
 * Blind R390P-034 kind: a code told as the order of the keys, with no pressing verb (ドアのボタンキー、今日から 七・三・〇・九 の順番になりました,
 * テンキーは 5-2-8-1 の順です): kanji numerals or single figures, then の順(番) and a copula or a change. Where a lock, a door or a keypad
 * is spoken of (ORDER_CODE_CONTEXT); not a phone or an intercom (KANJI_CODE_NOT), nor a ticket's number (PARTED_CODE_NOT).
 */
const CODE_ORDER_STATED =
  /(?<![〇零一二三四五六七八九十百千万億0-9０-９])(?:[〇零一二三四五六七八九]{3,10}|[0-9](?:[-ー、,][0-9]){2,7}|[0-9]{3,8})(?:[・ ]?[#＃*＊])?(?![〇零一二三四五六七八九十百千万億0-9０-９])(?= ?[」』"]? ?の順(?:番|序)?(?:に|と)?(?:なり|なっ|変わ|かわ|変更|です|でした|だ(?=[。！!\s]|$)|や(?=[。！!\s]|$)|ばい|たい|(?=[。！!\n]|$)))/gu
const ORDER_CODE_CONTEXT = /錠|ロック|テンキー|ボタンキー|キーパッド|プッシュ式|ボタン式|キーボックス|鍵箱|金庫|扉|ドア|通用口|裏口|勝手口|入口|入り口|門|解除|解錠|開錠|警備|警報|セキュリティ|操作盤|パネル/u
/** Where a figure code keyed in is a lock's or an alarm's (no bare entrance or panel: a ticket machine at the entrance is neither). */
/** Blind R380D-005 kind: also a device's alarm silenced with the code on its own panel (アラームが鳴ったら操作パネルで…を押せば止まります). */
const PARTED_CODE_CONTEXT = /錠|ロック|テンキー|キーボックス|鍵箱|金庫|扉|ドア|通用口|裏口|勝手口|解除|解錠|開錠|警備|警報|アラーム(?!時計|アプリ)|操作パネル|セキュリティ|センサー|操作盤|シャッター(?!チャンス|音|スピード|速度)/u
/** A number of a counter's own (a ticket's, an application's, a member's), keyed in at a machine: no code. */
const PARTED_CODE_NOT = /体験|デモ|見本|サンプル|練習|整理券|番号札|受付番号|整理番号|申請番号|予約番号|会員番号|利用者番号|郵便番号|口座番号|金額/u
const KANJI_CODE_CONTEXT = /錠|ロック|テンキー|キーボックス|鍵箱|金庫|扉|ドア|通用口|裏口|勝手口|入口|入り口|門|解除|解錠|開錠|警備|警報|セキュリティ|センサー|操作盤|パネル/u
const KANJI_CODE_NOT = /電話|通報|携帯|スマホ|ダイヤルして|音声案内|ガイダンス|エレベーター|インターホン|インターフォン|部屋番号|号室|呼び出|呼出|内線|外線|リモコン|チャンネル/u
/**
 * Blind R108A-149: a code keyed in on a fixed panel (操作盤で 0944# と入力すると開きます, 横のテンキーに 7731# を押すと, 壁のパネルで): the
 * panel is where it is typed, so a remote named as the other way in (リモコンが見つからない場合は…) is no TV's; the rest of KANJI_CODE_NOT
 * (a phone, an intercom, a lift) still holds. Bounded: the panel a few words before the code.
 */
const KEYED_ON_PANEL = /(?:操作盤|制御盤|テンキー|キーパッド|パネル)(?:で|に|の|から)[^。！？!?\n]{0,8}$/u
const KANJI_CODE_NOT_ON_PANEL = /電話|通報|携帯|スマホ|ダイヤルして|音声案内|ガイダンス|エレベーター|インターホン|インターフォン|部屋番号|号室|呼び出|呼出|内線|外線|チャンネル/u
/** Blind R108A-083: a number everyone dials (110, 119, #7119, 171): a call for help keyed in, no lock's code. */
const PUBLIC_DIAL = /^[#＃]?(?:110|119|118|171|189|7119|8000|9110)[#＃*＊]?$/u
/** Whether a matched code is only a number everyone dials (separators and kanji numerals read as figures). */
function isPublicDial(code: string): boolean {
  return PUBLIC_DIAL.test(code.replace(/[・、,\s\-ー「」『』"]/gu, '').replace(/./gu, (c) => KANJI_DIGIT[c] ?? c))
}
/** After a value: it opens a door or a lock. */
const OPENS = /^ ?(?:」|』)?(?:で|を押すと|を押して|を入力すると|を入力して|と入力すると|と入力して|を入れると|と押すと|にすると|に合わせると)? ?(?:開|あ(?:き|け|く)|解除|解錠|開錠|入室|入れ|ロック)/u

/** A keypad's sign keys (# and *), spaced apart from the digits of a code. */
const KEY_SIGN = /[#*]/
/**
 * Blind R172A-025: the new value named back by the secret's own word (解除コードが変わりました。新しいコードは 3 9 0 7 2 1 です, 新しい
 * パスワードは…, 新番号は…).
 * Round 56 (blind R57A-048): after a secret or a lock's 番号, the news that it changed, then the new value on its own (番号かわりました！
 * ４ ７ ＃ ２ ９ です, 暗証番号が本日から変更になりました。1357です, パスワード更新しました→Yngw2026): the value comes after the verb, not
 * before it as in に変更. Bounded: a few words before the verb, a few endings after it.
 * Blind R287L-048 kind: the news in dialect, ば for を and けん for から (パスワードば新しくしたけん！⏎『…』): 新しくした is a change too.
 * Blind R432H-011 kind: the news told with why or when it changed between the word and the verb (入室コード、今回のシステム更新に合わせて
 * 変わりました。新しい番号は「よん・いち・はち・なな・さん」です, 暗証番号は年度替わりに伴い変更しました。新しい番号は…): up to 20 characters
 * before the verb, digits in figures, kanji or kana alike.
 */
const CHANGED_THEN =
  /^(?:は|が|も|ば(?=新|変|更))?[、,]?\s?[^\n。！？!?0-9A-Za-z]{0,20}?(?:かわ|変わ|替わ|変更(?:(?:に|と)な|し|され|いたし)?|更新(?:し|され)|新しく(?:な|し)|リセットし|再設定し)(?:りました|ります|った|っとる|っちょる|ってます|っています|ってる|ました|た|ています|てます)?(?:よ|ね|ぞ|けん|ばい|です|〜|ー|~|♪){0,3}\s?(?:[!！。:：→⇒]{1,3}|\s)\s?(?:(?:新しい(?:の|番号|もの|コード|暗証番号|パスワード|パス|ナンバー|数字)?|新(?:番号|コード|暗証番号|パスワード)|今度|次|今後)(?:は|が)\s?)?/u

/**
 * Blind R61A-139: after a secret word, a part of the old secret (末尾, 最後, 頭, 先頭, 後ろ, 下2桁, 数字の部分; its old value: 頭の1) and the
 * value put there, then a verb of changing or adding (を2026に変えた, に!を付けた, を7にした, に26を追加): the new secret, told by its
 * derivation from one the readers know. Group 1: the value put in. Bounded: a few words before the part, one short value.
 */
const PART_CHANGED =
  /^(?:は|を|が|の|も|って)?[、,]?[^\n。！？!?]{0,14}?(?:末尾|最後|語尾|頭|先頭|最初|後ろ|うしろ|おしり|お尻|下[0-9一二三四]桁|上[0-9一二三四]桁|(?:数字|年|西暦|英字|記号)(?:の)?部分)(?:の(?:[0-9一二三四]?(?:桁|文字)|[!-~]{1,6}))?(?:だけ)?(?:を|に|は)\s?[「『"]?([!-~]{1,12}?)[」』"]?\s?(?:に|へ|と|を)?(?:変え|変更|替え|かえ|差し替え|置き換え|し(?:た|て|とい|ちょ|と)|付け|つけ|足し|たし|追加|加え|くっつけ|入れ替え)/u
/** The public's own secret (ご自身の, 利用者の): a rule for them, not the city's told. */
const PUBLIC_OWN = /ご自身|ご本人|お客様|利用者|各自|あなた|申請者|ご家族|保護者|受験者|登録者|加入者|市民|住民|例えば|など|とか|\?|？/u

/**
 * After a secret word: a few words, then the new value it was set to (に変更, に更新, に変えた, になりました). Blind R94A-025: the word set
 * off by a comma as the topic (通用口の暗証番号、今月から ４ ８ ２ ０ ＃ に変わっています), the value closed by a keypad's sign key. Blind
 * R402B-049 kind: the value spelt out letter by letter with spaces (P W、今月から y a n a 0 7 2 4 に変わりました).
 */
const CHANGED_TO =
  /^((?:は|を|が|[、,])[、,]?(?:[^\n。！？!?0-9A-Za-z〇零一二三四五六七八九]|[0-9]{1,2}(?=[月日]))(?:[^\n。！？!?0-9A-Za-z〇零一二三四五六七八九]|[0-9]{1,2}(?=[月日])){0,13}?)(?=(?:[0-9](?: [0-9]){2,9}|[0-9A-Za-z](?: [!-~]+){2,23}|[0-9A-Za-z#*〇零一二三四五六七八九][!-~〇零一二三四五六七八九・]{2,40}?)(?: ?[#*])? ?(?:に(?:変更|変え|変わ|更新|設定|リセット|再設定|切り替|切替|なり|なっ|戻し|戻っ|し(?:た|まし|て|と))|と(?:した|します|しました|する|なった|なりました)))/u

/**
 * A value told as what lets one in, with no word for the secret: Kouzui#2025 で入れます, hoiku0944 でログインして,
 * 0944 を入れれば開きます, 4-1-1-8 で全部開く, 零・七・一・九 の順に合わせると開きます, (ログイン画面で) 下の欄に X を入れて.
 * Group 1: the value; group 2: logging in; group 3: opening; group 4: typing it in (a login field only); group 5: told as what is written (blind R248B-001).
 */
const VALUE_OPENS =
  /(?<![!-~〇零一二三四五六七八九])([!-~]{3,40}|[0-9]{3,8} [#*]|[0-9](?:[・、][0-9]){2,9}(?:[・ ]?[#*])?|[〇零一二三四五六七八九](?:[・、 -]?[〇零一二三四五六七八九]){2,9}(?:[・ ]?[#*])?)(?![!-~]) ?(?:」|』)? ?(?:(で(?:[^。\n！？!?]{0,4}?)(?:ログイン|サインイン|ログオン|入り(?:直|なお)(?:し|す|せ|そ)))|((?:の順(?:番)?(?:に|で)? ?|で|を|と|に|って|っち)(?:[^。\n！？!?]{0,6}?)(?:(?:入れ|入力し|打ち込|押し|押す|合わせ|回し)(?:ると|れば|たら|て|ば)[^。\n！？!?]{0,6}?)?(?:開(?:き|く|け|い|錠)|あ(?:き|く|け|い)|解除|解錠|ロック解除|入れます|入れる|入れた|入れました|入れば|入れれ))|((?:を|と|って|っち)(?:入れ|入力し|入力す|打ち込)(?:て|れば|ると|たら|ます|ん))|((?:と|って|っち)(?:[^。\n！？!?]{0,4}?)(?:書いて|書かれて|書いと|書いちょ|手書きされて|メモして|メモされて|記して|記されて|記載されて)))/gu
/**
 * Blind R248B-001 kind: the value told as what is written somewhere (group 5: 「Ｙａｎａ＃２０２５ｋ」と書いてあります, X って書かれてる, X と
 * メモしてある): a secret only where it says what it opens, a login (ログイン用で「…」と書いてあります) or a device or a lock with the note, the
 * sticker or the board it is written on (端末の横の付箋に「…」と書いて). A sign's or a poster's words (看板に「…」と書いてあります) name neither.
 */
const READER_LETTER = /お送りし|ご送付し|送付(?:した|しました|いたし)|お届けし|郵送し|通知書|案内状|はがき|ハガキ|封書|お手元/u
const WRITTEN_MEDIUM = /付箋|ふせん|メモ|貼り紙|張り紙|シール|テープ|ホワイトボード|黒板|紙|裏(?:側|面)?に/u
/**
 * Where the value opens something: a lock, a door, a device, a system. Blind R321C-034 kind: a shutter, a garage or the panel beside it
 * (車庫のシャッターは…横の操作盤に七・四・一・九と入れると開きます, ガレージ, 制御盤): what opens there is a way in as a door is.
 */
const OPENS_CONTEXT = /錠|ロック|lock|key ?pad|テンキー|ダイヤル|金庫|ロッカー|locker|倉庫|書庫|保管庫|扉|ドア|door|通用口|入口|入り口|裏口|勝手口|門|ゲート|キーボックス|端末|タブレット|パソコン|PC|スマホ|iPad|システム|管理画面|アカウント|ログイン|サインイン|ID|ユーザー|シャッター|車庫|ガレージ|操作盤|制御盤/iu
/** Where a typed value is a login's: the sentence names the login or the secret. */
const LOGIN_CONTEXT = /ログイン|サインイン|ログオン|ロック画面|ロック解除|パスワード|暗証|PIN|パス(?![ァ-ヴー])/iu
/** Blind R80A-026: where a typed value is a keypad's code: the sentence or the one before names a keypad lock (テンキー, ボタン錠, 電子錠). */
// Blind R321C-034 kind: a fixed control panel a code is keyed on (操作盤, 制御盤) is a keypad (the intercom test still holds).
const KEYPAD_CONTEXT = /テンキー|ボタン錠|プッシュ錠|番号錠|ナンバー錠|電子錠|暗証番号錠|キーレス錠|オートロック|キーパッド|key ?pad|操作盤|制御盤/iu
/** A number keyed in to call a room or a person on an intercom (部屋番号を押して呼び出し, 101号室): no lock's code. */
const INTERCOM = /部屋番号|号室|呼び出|呼出|インターホン|インターフォン|内線|お部屋/u
/** Values that are not secrets: a time, a date, a phone number, a price, a version (Windows11), a web or mail address. */
const NOT_OPENING_VALUE = /^\d{1,2}:\d{2}$|^\d{2,4}[/.-]\d{1,2}(?:[/.-]\d{1,2})?$|^0\d{1,4}-\d{1,4}-\d{3,4}$|^[A-Z][a-z]+\d{1,2}$|^(?:19|20)\d{2}$|[¥$%]|:\/\/|@|^www\./u

/**
 * Blind R87A-069: a one-time code that signs in to an account (二段階認証, 確認コード, 認証コード, ワンタイムパスワード, SMS認証, ログイン
 *確認) named, then within a few words, in the same sentence or the next, a bare run of four to eight digits, spaced or not (コードは 4 8 2 9
 * 1 7 です, 今届いたのは ７３０２５８, 共有しとくね。5 1 9 0 3 6 やけん): whoever has it while it lives signs in as the city. Not a figure with
 * its unit (1250件, 2025年, 6桁), a phone, postal or reception number (0944-73-8111, 〒832-8601, 内線 1234), a year, nor advice. Bounded.
 */
const OTP_CONTEXT =
  /(?:確認|認証|検証|承認|ログイン|サインイン|ワンタイム|SMS|ショートメール|セキュリティ)用?の?(?:コード|番号)|ワンタイムパス|(?:二|2)(?:段階|要素)認証|SMS認証|ログイン(?:の)?確認|(?<![A-Za-z])(?:2FA|two-factor|verification code|one-time (?:code|password)|OTP)(?![A-Za-z])/giu
const OTP_DIGITS = /(?<![0-9A-Za-z\-/.,¥￥#＃$])[0-9](?: ?[0-9]){3,7}(?![0-9A-Za-z\-:/.,])/gu
/** Before a run of digits: what numbers it is when it is not the code. */
const OTP_OTHER_NUMBER = /(?:郵便番号|〒|電話|TEL|FAX|内線|外線|代表|No\.?|受付番号|申請番号|整理番号|問い?合わせ番号|番地|第)[^。！？!?\n]{0,4}$/iu
function findOneTimeCode(t: string, strong: StrongHit[]): void {
  OTP_CONTEXT.lastIndex = 0
  let k = 0
  for (let c = OTP_CONTEXT.exec(t); c && k < MAX_HITS; c = OTP_CONTEXT.exec(t), k++) {
    const from = c.index + c[0].length
    const here = sentenceAround(t, c.index, from)
    const next = here.end < t.length ? sentenceAround(t, here.end + 1, here.end + 1) : here
    const to = Math.min(next.end, from + 60)
    OTP_DIGITS.lastIndex = from
    for (let d = OTP_DIGITS.exec(t); d && d.index < to; d = OTP_DIGITS.exec(t)) {
      const start = d.index
      const end = start + d[0].length
      if (strong.some((f) => f.start < end && f.end > start)) break
      const digits = d[0].replace(/ /gu, '')
      if (/^(?:19|20)[0-9]{2}$/u.test(digits) || NOT_VALUE_AFTER.test(t.slice(end, end + 6)) || EXAMPLE_AFTER.test(t.slice(end, end + 28))) continue
      if (OTP_OTHER_NUMBER.test(t.slice(Math.max(0, start - 10), start))) continue
      const s = sentenceAround(t, start, end)
      if (AWARENESS.test(t.slice(s.start, s.end)) || PUBLIC_OWN.test(t.slice(s.start, s.end))) continue
      strong.push({ start, end, label: '', name: '認証コード' })
      break
    }
  }
}

/**
 * Blind R321C-025 kind: a code named only by its place in a way of disarming or opening (操作盤で「解除」を押してから番号を入れます), then
 * its value told in the next sentence with a topic of time or of all sharing it (今年は全校共通で 3 3 0 6 です, 今は 4 8 1 9 やけん, 番号は
 * いずれも 2580 です): the figures are what is keyed. Only where the paragraph speaks of a lock, a door or an alarm (PARTED_CODE_CONTEXT,
 * KANJI_CODE_CONTEXT); the value ends its statement (VALUE_ENDS), so no count, price or hour. A counter's number (受付番号), a phone or an
 * intercom, advice and the public's own code are not this. Bounded: a few words after the verb, one short topic before the value.
 */
const KEYED_THEN_VALUE =
  /(?:番号|暗証番号|暗証|コード|数字|PIN)(?:を|は)?(?:入れ|入力し|入力す|押し|押す|押せ|打ち込|打っ|打つ)[^。！？!?\n0-9A-Za-z「『]{0,12}?[。！!\n、,]\s?(?:(?:今年度?|今月|今週|今期|今回|今|いま|現在|当面|期間中|夏休み中|休み中|年末年始|番号|暗証番号)(?:は|も|が)[、,]?\s?)?(?:(?:全校|全館|全台|全室|全員|各校|各館|みんな|すべて|全部)?共通で|(?:全校|全館|全台|全部|すべて|いずれも|どれも)[、,]?)?\s?[「『"]?(?=[0-9〇零一二三四五六七八九])/gu
function findKeyedThenValue(t: string, strong: StrongHit[]): void {
  if (!/番号|暗証|コード|数字|PIN/u.test(t)) return
  for (const m of hitsOf(KEYED_THEN_VALUE, t)) {
    const at = m.index + m[0].length
    const v = valueAfter(t, at, false)
    if (!v || v.at > at + 1 || !VALUE_ENDS.test(t.slice(v.end, v.end + 8))) continue
    const raw = v.value.replace(/[^!-~]/gu, '')
    if (!/^[0-9]{3,8}[#*]?$/u.test(raw) || isPublicDial(raw)) continue
    if (strong.some((f) => f.start < v.end && f.end > m.index)) continue
    const s = sentenceAround(t, m.index, v.end)
    const sentence = t.slice(s.start, s.end)
    const before = t.slice(Math.max(0, s.start - 120), s.end)
    if (!(PARTED_CODE_CONTEXT.test(before) || KANJI_CODE_CONTEXT.test(before)) || PARTED_CODE_NOT.test(before) || KANJI_CODE_NOT_ON_PANEL.test(sentence)) continue
    if (AWARENESS.test(sentence) || PUBLIC_OWN.test(sentence) || INTERCOM.test(sentence)) continue
    strong.push({ start: m.index, end: v.end, label: '', name: '解除番号' })
  }
}

/**
 * Blind R256M-048 kind: a door's code put in brackets right after the door, with or without the kind of lock (防災無線室の扉（番号式、
 * ０３１７）から入室してください, 通用口（テンキー 4821）で開けて): the figures are what is keyed there, then the way in is told. Full-width
 * figures are read as figures (NFKC). Without the lock's kind, four to eight figures; never a room called on an intercom, advice or an
 * example. Bounded: the lock's kind is one word, the verb within 8 characters of the bracket.
 */
const DOOR_BRACKET_CODE =
  /(?:扉|ドア|通用口|通用門|裏口|勝手口|出入り?口|入り?口|(?<![\p{Script=Han}])門|ゲート|玄関|錠)[(（]\s?((?:番号|暗証番号|暗証|テンキー|ボタン|プッシュ|ダイヤル|ナンバー)(?:式|錠)?[、,:：]?\s?)?([0-9]{3,8}|[〇零一二三四五六七八九]{3,8})\s?[#＃*＊]?\s?[)）](?:から|で|を|と)?[^。！？!?\n]{0,8}?(?:入室|入館|入って|入れ|入り|開け|開き|開錠|解錠|解除|押し|入力)/gu
function findDoorBracketCode(t: string, strong: StrongHit[]): void {
  sentenceHits(
    t,
    DOOR_BRACKET_CODE,
    strong,
    '解除番号',
    (sentence, m) =>
      !(m[1] === undefined && m[2]!.length < 4) && !AWARENESS.test(sentence) && !INTERCOM.test(sentence) && !EXAMPLE_BEFORE.test(t.slice(Math.max(0, m.index! - 12), m.index!)),
  )
}

/**
 * Blind R273B-039 kind: a shared login's first value given as the devices' or accounts' initial setting, with no word for a password
 * (共用端末の初期設定はみんな「Yngw@2025」, 初期値は「yana2024!」, アカウントは全部共通の「Kanko#0101」): the quoted value is what logs in
 * on every one of them. Only a value that looks like a credential (letters and digits, six to twenty-four characters, not a web or mail
 * address); a setting's plain name (初期設定は「オフ」, 「Standard」) has no digit, and advice (初期設定のままにしないで) gives no value.
 * Bounded: one optional word between the label and the quote.
 */
const INITIAL_SETTING_VALUE =
  /(?:初期設定|初期値|初期状態|(?<![\p{Script=Han}])共通)(?:は|が|も|の|で)?[、,]? ?(?:みんな|みな|全員|全部|ぜんぶ|すべて|全て|共通で|共通の|いずれも|どれも|一律)?[、,]? ?[「『"]([!-~]{6,24})[」』"]/gu
/**
 * Blind R282V-037 kind: the same initial value given bare, not quoted, after the label (ユーザー名は kyoryoku_yanagawa、初期設定は Sagemon#2025
 * なので): a token of letters and digits with a symbol or both cases, standing apart (a space, a comma or a kana after it). Taken only when a
 * user name, an ID or an account is named in the paragraph (INITIAL_BARE_LOGIN); a product's name (初期設定は Windows11 の) has no symbol.
 * Bounded: one optional word between the label and the value.
 */
const INITIAL_SETTING_BARE =
  /(?:初期設定|初期値|初期状態)(?:は|が|も|で)[、,]? ?(?:みんな|みな|全員|全部|ぜんぶ|すべて|全て|共通で|共通の|いずれも|どれも|一律)?[、,]? ?(?<![!-~])([!-~]{6,24})(?![!-~])/gu
/** After a bare value without a symbol: the sentence ends or goes on with it as the value (です, なので, 、), not its state (のまま, に更新). */
const INITIAL_BARE_END = /^ ?(?:です|でした|なので|なんで|だから|ですので|ですから|だよ|だ(?=[。！!、]|$)|[、,。！!]|$)/u
const INITIAL_BARE_LOGIN = /ユーザー?名|ユーザーID|ログインID|(?<![A-Za-z])ID(?![A-Za-z])|アカウント|ログイン|サインイン/iu
/** What the initial setting is of: a device or an account one logs in to (the paragraph names it). */
const INITIAL_SETTING_OF = /端末|パソコン|PC|タブレット|スマホ|iPad|アカウント|ログイン|サインイン|(?<![A-Za-z])ID(?![A-Za-z])|Wi-?Fi|ワイファイ|無線LAN|ルーター|システム/iu
function findInitialSettingValue(t: string, strong: StrongHit[]): void {
  if (!/初期|共通/u.test(t)) return
  let k = 0
  for (const m of t.matchAll(INITIAL_SETTING_VALUE)) {
    if (k++ >= MAX_HITS) break
    const value = m[1]!
    if (!/[A-Za-z]/u.test(value) || !/[0-9]/u.test(value) || /:\/\/|^www\.|@[A-Za-z0-9-]+\.[A-Za-z]|\.(?:jpe?g|png|pdf|html?)$/iu.test(value)) continue
    const start = m.index
    const end = start + m[0].length
    if (strong.some((f) => f.start < end && f.end > start)) continue
    const s = sentenceAround(t, start, end)
    if (!INITIAL_SETTING_OF.test(t)) continue
    if (AWARENESS.test(t.slice(s.start, s.end)) || EXAMPLE_BEFORE.test(t.slice(Math.max(0, start - 12), start)) || EXAMPLE_AFTER.test(t.slice(end - 1, end + 16))) continue
    strong.push({ start, end, label: '', name: 'ログイン情報' })
  }
  if (!INITIAL_BARE_LOGIN.test(t)) return
  k = 0
  for (const m of t.matchAll(INITIAL_SETTING_BARE)) {
    if (k++ >= MAX_HITS) break
    const value = m[1]!
    if (!/[A-Za-z]/u.test(value) || !/[0-9]/u.test(value) || !(/[!#$%&*+?@^_~-]/u.test(value) || (/[A-Z]/u.test(value) && /[a-z]/u.test(value) && INITIAL_BARE_END.test(t.slice(m.index + m[0].length, m.index + m[0].length + 6)))) || /:\/\/|^www\.|@[A-Za-z0-9-]+\.[A-Za-z]|\.(?:jpe?g|png|pdf|html?)$/iu.test(value)) continue
    const start = m.index
    const end = start + m[0].length
    if (strong.some((f) => f.start < end && f.end > start)) continue
    const s = sentenceAround(t, start, end)
    if (AWARENESS.test(t.slice(s.start, s.end)) || EXAMPLE_BEFORE.test(t.slice(Math.max(0, start - 12), start)) || EXAMPLE_AFTER.test(t.slice(end - 1, end + 16))) continue
    strong.push({ start, end, label: '', name: 'ログイン情報' })
  }
}

/**
 * Blind R317C-008 kind: a device's or an account's factory login told with its values and said to be unchanged or to let one in (設定画面、
 * メーカーの初期設定のまま「admin」と「0000」で入れる, 録画機は出荷時の admin / 1234 のまま, デフォルトの「0000」でログインできます):
 * whoever reads it gets in. The default named (初期設定, 初期値, 工場出荷時, デフォルト), then one value or an ID and a secret joined by と or a
 * slash, then the state kept (のまま) or the way in (で入れる, でログイン). Only a value that looks like a login (three figures or more,
 * letters with figures, or a stock account name: admin, root, guest), and only where the paragraph names a login, a secret or a settings
 * screen. Advice (初期設定のままにしないで), an example or a reader's own device asked about are not this. Bounded.
 */
const DEFAULT_WORD = '(?:メーカー(?:の)?)?(?:初期設定|初期値|初期状態|工場出荷(?:時|状態)?|出荷時|購入時|納品時|デフォルト|既定値)'
const DEFAULT_VALUE = '[「『"]?([!-~]{3,24}?)[」』"]?'
const DEFAULT_CRED = new RegExp(
  `${DEFAULT_WORD}(?:の|のまま(?:の|で)?|から(?:変えて|変更して)(?:い)?(?:ない|なく|おらず|ません)(?:の|で)?|は|が|も|で)?[、,]?\\s?(?:(?:ID|ユーザー?(?:名|ID)?|ログインID|パスワード|PW|パス|暗証番号)(?:は|が|も|:)?\\s?)?${DEFAULT_VALUE}` +
    `(?:\\s?(?:と|/|、|,|・)\\s?(?:(?:パスワード|PW|パス|暗証番号)(?:は|が|:)?\\s?)?${DEFAULT_VALUE})?\\s?` +
    '(?:の(?:まま|状態)|で(?:[^。！？!?\\n]{0,6}?)(?:入れ|ログイン|サインイン|アクセスでき|開け|開き|使え|入室|操作でき))',
  'gu',
)
/** Where a default value is a login's: the paragraph names a login, a secret, an account or a settings screen. */
const DEFAULT_LOGIN = /ログイン|サインイン|パスワード|暗証|(?<![A-Za-z])(?:ID|PW|PIN)(?![A-Za-z])|ユーザー|管理画面|設定画面|管理者|アカウント|admin|root/iu
/** A stock account name a device ships with. */
const STOCK_ACCOUNT = /^(?:admin|administrator|root|user|guest|password|pass|system|manager|supervisor|service|support)$/iu
function loginLike(value: string): boolean {
  const digits = value.replace(/[^0-9]/gu, '').length
  const letters = value.replace(/[^A-Za-z]/gu, '').length
  if (NOT_VALUE.test(value) || NOT_OPENING_VALUE.test(value)) return false
  return digits >= 3 || (letters >= 1 && digits >= 1) || STOCK_ACCOUNT.test(value)
}
/** A login offered to the public (ご利用いただけます, ご自由にお使いください, どなたでも): what a public terminal is for. */
const PUBLIC_OFFER = /ご利用(?:いただけ|ください|下さい|になれ)|お使い(?:いただけ|ください|下さい|になれ)|ご自由に|どなたでも|来館者|来庁者|来場者/u
function findDefaultCredential(t: string, strong: StrongHit[]): void {
  if (!/初期|出荷|購入時|納品時|デフォルト|既定値/u.test(t) || !DEFAULT_LOGIN.test(t)) return
  for (const m of hitsOf(DEFAULT_CRED, t)) {
    const values = [m[1], m[2]].filter((v): v is string => v !== undefined)
    if (!values.some(loginLike) || values.some((v) => !loginLike(v) && !/^[A-Za-z]{3,}$/u.test(v))) continue
    const start = m.index
    const end = start + m[0].length
    if (strong.some((f) => f.start < end && f.end > start)) continue
    const s = sentenceAround(t, start, end)
    const sentence = t.slice(s.start, s.end)
    if (AWARENESS.test(sentence) || PUBLIC_OWN.test(sentence) || EXAMPLE_BEFORE.test(t.slice(Math.max(0, start - 12), start))) continue
    // Review sec58 kind: a public device's guest login offered to the public (検索端末は、初期設定の「guest」でログインしてご利用いただけます).
    if (PUBLIC_OFFER.test(sentence)) continue
    strong.push({ start, end, label: '', name: '初期設定のID・パスワード' })
  }
}

/**
 * Blind R317C-051 kind: the staff's first login told by the fact it is made of (勤怠システム…ユーザー名は職員番号で、初回は生年月日の8けたで
 * 入れます; 初期パスワードは職員番号の下4桁になっています; 最初のログインは誕生日の4桁を入力): whoever knows a member's birthday or staff
 * number gets in before they change it. The first login (初回, 初期, 最初, 仮) named, then a personal fact, then it let in, typed or set.
 * Only a staff login (STAFF_LOGIN in the paragraph); a reader's own service (図書館のマイページは、初回は生年月日で…) is theirs to know.
 * Blind R432H-025 kind: …or the rule joining two such facts (初期パスワードは「職員番号のあとに生年月日の月日4桁」です, 仮パスワードは社員番号の
 * 後ろに誕生日の4桁を付けたもの): a recipe that yields every member's first password is the credential of each.
 */
const INITIAL_RECIPE =
  /(?:初回|初期|最初|初めて|はじめて|仮)(?:の)?(?:ログイン|サインイン|パスワード|PW|パス|暗証番号)?(?:時|の際|の時)?(?:は|に|も)?[、,]?[^。！？!?\n]{0,12}?(?:生年月日|誕生日|職員番号|社員番号|電話番号|内線番号|携帯番号|採用年月日|入庁年月日)(?:の)?(?:下|末尾|最後の)?(?:[0-9一二三四五六七八]{1,2}(?:桁|けた|ケタ))?(?:の数字)?(?:(?:の)?(?:あとに|後に|後ろに|うしろに|前に|に続けて)\s?(?:生年月日|誕生日|職員番号|社員番号|電話番号|内線番号|携帯番号|採用年月日|入庁年月日)(?:の)?(?:下|末尾|最後の|月日の?|西暦の?)?(?:[0-9一二三四五六七八]{1,2}(?:桁|けた|ケタ))?(?:の数字)?(?:を(?:付け|つけ|足し|加え|並べ|続け)た(?:もの)?)?[」』"]?)?(?:を(?:入力|入れ|打)|で(?:[^。！？!?\n]{0,4}?)(?:入れ|ログイン|サインイン|入室|開|使え|アクセスでき)|(?:に|と)(?:なって|設定|して|なり)|です)/gu
/** An example of a format in brackets (（例：Y08213）, (例: 0944)). */
const BRACKETED_EXAMPLE = /[（(]\s?(?:例|記入例|入力例)\s?[:：]?[^（）()\n]{0,24}[）)]/gu
function findInitialRecipe(t: string, strong: StrongHit[]): void {
  if (!/初回|初期|最初|初めて|はじめて|仮/u.test(t) || !STAFF_LOGIN.test(t)) return
  for (const m of hitsOf(INITIAL_RECIPE, t)) {
    const start = m.index
    const end = start + m[0].length
    if (strong.some((f) => f.start < end && f.end > start)) continue
    const s = sentenceAround(t, start, end)
    const sentence = t.slice(s.start, s.end)
    // A format shown in brackets (ユーザー名は職員番号（例：Y08213）で) is no lesson: read the sentence without it.
    // The first login's ID told (ログインIDの初期設定は職員番号です, 初回ログインのIDは職員番号): a name, not the secret.
    if (/(?:ID|ユーザー?名|ログイン名|アカウント名)/u.test(m[0]) || /(?:ID|ユーザー?名|ログイン名|アカウント名)(?:の|は)?$/u.test(t.slice(Math.max(0, start - 8), start))) continue
    const said = sentence.replace(BRACKETED_EXAMPLE, '')
    if (AWARENESS.test(said) || PUBLIC_OWN.test(said) || /以外|ではなく|じゃなく|しないで|ないよう|ませんか|禁止/u.test(said)) continue
    strong.push({ start, end, label: '', name: 'ログイン情報' })
  }
}

/**
 * Blind R321C-027 kind: a login told as its ID and its secret joined by と or a slash, with no word for either, and said unchanged or to let
 * one in (制御盤、ログインは今も admin と admin のまま, 管理画面は root / 1234 で入れます, ログインは guest と 0000 です): the pair is the whole
 * way in. Each value looks like a login (STOCK_ACCOUNT, figures, letters with figures) or is a plain word beside one; a service or a make
 * (Google と Apple, Chrome と Edge) is not. Advice, an example, the public's own login and a public terminal offered are not this. Bounded.
 */
const LOGIN_PAIR =
  /(?:ログイン|サインイン|管理画面|設定画面|管理者画面|ログイン画面)(?:情報)?(?:は|も|が|[:：、,])[、,]?\s?(?:今も|いまも|まだ|ずっと|相変わらず|今でも|未だに|いまだに|いつも|今は)?[、,]?\s?[「『"]?([!-~]{3,24}?)[」』"]?\s?(?:と|\/|／|・)\s?[「『"]?([!-~]{3,24}?)[」』"]?\s?(?:の(?:まま|状態)|で(?:[^。！？!?\n]{0,6}?)(?:入れ|入っ|入る|ログイン|サインイン|アクセスでき|開け|開き|使え)|です|でした|だよ|やけん|ばい)/gu
function findLoginPair(t: string, strong: StrongHit[]): void {
  if (!/ログイン|サインイン|画面/u.test(t)) return
  pushLoginPairs(LOGIN_PAIR, t, strong, /^[A-Za-z]{3,}$/u)
}

/**
 * Push each match of `pattern` (groups 1 and 2: the two values of a login) as a strong ログインIDとパスワード hit over the
 * match's span [start, end) of `t` (UTF-16 offsets of the paragraph): at least one value must look like a login's, and the
 * other either too or match `plainName` (a user name in letters). Skipped: a span already covered by a strong hit, a sentence
 * of awareness, of the city's own public or offered login, or of the reader's device, and an example announced around it.
 */
function pushLoginPairs(pattern: RegExp, t: string, strong: StrongHit[], plainName: RegExp): void {
  for (const m of hitsOf(pattern, t)) {
    const values = [m[1]!, m[2]!]
    if (!values.some(loginLike) || values.some((v) => !loginLike(v) && !plainName.test(v))) continue
    const start = m.index
    const end = start + m[0].length
    if (strong.some((f) => f.start < end && f.end > start)) continue
    const sentence = sentenceText(t, start, end)
    if (AWARENESS.test(sentence) || PUBLIC_OWN.test(sentence) || PUBLIC_OFFER.test(sentence) || READER_DEVICE.test(sentence)) continue
    if (EXAMPLE_BEFORE.test(t.slice(Math.max(0, start - 12), start)) || EXAMPLE_AFTER.test(t.slice(end - 4, end + 16))) continue
    strong.push({ start, end, label: '', name: 'ログインIDとパスワード' })
  }
}

/**
 * Blind R358F-042 kind: a login given as the screen's two fields, with no word ID or password (名前の欄は bousai01、その下の欄は Yngw#2024s
 * です; 上の枠に kanri03、下の枠に Ab12cd! を入れれば入れます): whoever reads it has both. The first field named by its place or its
 * name (名前, ユーザー名, 上, 一つ目), the second by its place after it (その下, 下, 次, 二つ目); both values read as a login's, one of them
 * with figures. A sign-in named in the paragraph (入り方, ログイン, 操作卓, 端末). Bounded.
 */
const FIELD_NAME = '(?:(?:名前|氏名|ユーザー?名|ユーザー?ID|ID|上|一番上|いちばん上|一つ目|ひとつ目|1つ目|最初|一段目|1段目)の?(?:欄|枠|ところ|とこ|入力欄|項目))'
const FIELD_NEXT = '(?:(?:その|次の)?(?:下|次|二つ目|ふたつ目|2つ目|二番目|2番目|二段目|2段目)の?(?:欄|枠|ところ|とこ|入力欄|項目))'
const FIELD_VALUE = '[「『"]?([!-~]{3,24}?)[」』"]?'
const FIELD_PAIR = new RegExp(
  `${FIELD_NAME}(?:は|に|には|[:：])\\s?${FIELD_VALUE}\\s?(?:を|と)?(?:入れ(?:て)?|入力(?:して)?)?[、,]\\s?${FIELD_NEXT}(?:は|に|には|[:：])\\s?${FIELD_VALUE}(?=\\s?(?:です|でした|だよ|を入れ|と入れ|を入力|と入力|で(?![!-~])|やけん|ばい|[。、,！!]|$))`,
  'gu',
)
const FIELD_SIGN_IN = /入り方|入る|ログイン|サインイン|ログオン|操作卓|端末|システム|画面|パソコン|PC|タブレット/iu
function findFieldPair(t: string, strong: StrongHit[]): void {
  if (!/欄|枠|とこ|項目/u.test(t) || !FIELD_SIGN_IN.test(t)) return
  pushLoginPairs(FIELD_PAIR, t, strong, /^[A-Za-z][A-Za-z_.-]{2,}$/u)
}

/**
 * Blind R350K-019 kind: a login ID given with its value and the password told by it (IDは kanri03、パスワードもほぼ同じで末尾に!が付くだけ,
 * ユーザー名は yngw_suido です。パスワードはIDと同じ, パスワードはそれの後ろに123): whoever reads the ID has the password too. The ID's value
 * looks like a login (`loginLike`); then, a few words on, the password said the same as it, nearly so, or the ID with something added or
 * turned. Advice (IDと同じにしないで), a question, an example and the public's own login are not this. Bounded.
 */
const LOGIN_ALIKE =
  /(?:ログインID|ユーザーID|ユーザID|ユーザー名|ユーザ名|アカウント名|ログイン名|(?<![A-Za-z])ID(?![A-Za-z]))(?:は|が|:)?[、,]?\s?[「『"]?([A-Za-z0-9][A-Za-z0-9_.@-]{2,23})(?![A-Za-z0-9_.@-])[」』"]?\s?(?:です|で|だよ)?[、,。]?\s?[^。！？!?\n]{0,8}?(?:パスワード|パス(?![ァ-ヴー])|PW|暗証番号)(?:も|は|が|って)[、,]?\s?(?:(?:(?:ID|それ|ユーザー?名|そっち)(?:と|に))?(?:ほぼ|ほとんど|まったく|全く|ほぼほぼ|だいたい)?(?:同じ|一緒|おんなじ|いっしょ|共通)(?=で|です|だ|や|じゃ|なん|なの|に(?:して|なって|設定|し|な)|って|ばい|たい|[。、,!！\s]|$)|(?:ID|それ|ユーザー?名)(?:の)?(?:まんま|そのまま|後ろに|うしろに|末尾に|最後に|あとに|後に|前に|頭に)|(?:ID|それ|ユーザー?名)(?:を|に)[^。！？!?\n]{0,8}?(?:付け|つけ|足し|加え|逆|大文字|小文字))/gu
const ALIKE_DONT = /^[^。！？!?\n]{0,8}?(?:ではいけ|じゃだめ|ではだめ|にしない|にしては|はNG|は危険|は避け|ませんか|ないか|ないで|ないよう)/u
function findLoginAlike(t: string, strong: StrongHit[]): void {
  if (!/ID|名/u.test(t) || !/パス|PW|暗証/u.test(t)) return
  for (const m of hitsOf(LOGIN_ALIKE, t)) {
    // An ID of letters joined by a sign (suido_admin, kanri.sys) is a login's as much as one with figures.
    if (!loginLike(m[1]!) && !/[A-Za-z][_.-]|[_.-][A-Za-z]/u.test(m[1]!)) continue
    const start = m.index
    const end = start + m[0].length
    if (strong.some((f) => f.start < end && f.end > start)) continue
    const sentence = t.slice(sentenceAround(t, start, start).start, sentenceAround(t, end - 1, end).end)
    if (AWARENESS.test(sentence) || PUBLIC_OWN.test(sentence) || PUBLIC_OFFER.test(sentence) || READER_DEVICE.test(sentence)) continue
    if (ALIKE_DONT.test(t.slice(end, end + 16)) || EXAMPLE_BEFORE.test(t.slice(Math.max(0, start - 12), start))) continue
    strong.push({ start, end, label: '', name: 'ログインIDとパスワード' })
  }
}

/**
 * Blind R321C-059 kind: a staff login told by the facts it is made of, in any ending (ログインは職員番号と誕生日４桁なので覚えやすい, パスワードは
 * 内線番号です, 暗証番号は生年月日の下4桁だから): whoever knows a member's birthday or number gets in. A login as a whole (ログイン) needs a
 * secret's fact (a birthday, a phone number, a name), not the staff number alone (the ID: ログインは職員番号です). Only a staff login
 * (STAFF_LOGIN, 業務端末); a reader's own service, advice and a rule against it are not this. Bounded.
 */
const LOGIN_FACT = '(?:生年月日|誕生日|職員番号|社員番号|電話番号|内線番号|携帯番号|採用年月日|入庁年月日|名前|氏名|名字|苗字)(?:の)?(?:下|末尾|最後の|西暦|月日)?(?:[0-9０-９一二三四五六七八]{1,2}(?:桁|けた|ケタ))?'
const LOGIN_RECIPE = new RegExp(
  `(ログイン|サインイン|パスワード|PW|パス(?![ァ-ヴー])|暗証番号)(?:は|が|も)[、,]?[^。！？!?\\n]{0,10}?(${LOGIN_FACT}(?:(?:と|＋|\\+|、|・)${LOGIN_FACT})?)[」』"]?` +
    '(?:です|でした|なので|なんで|だから|ですので|ですから|だよ|やけん|ばい|たい|になって(?:い|お|る|ま)|で(?:[^。！？!?\\n]{0,4}?)(?:入れ|ログイン|サインイン|入る|入っ|開|いけ|行け|通れ|通り))',
  'gu',
)
const SECRET_FACT = /生年月日|誕生日|電話番号|内線番号|携帯番号|採用年月日|入庁年月日|名前|氏名|名字|苗字/u
/** The writer's own login told as values after a login is named (ちなみに私は２０２４１１８と０３２１です笑, 自分のは kanko05 / 1987 やけん). */
const MY_LOGIN_VALUES =
  /(?:私|わたし|僕|ぼく|俺|おれ|自分|うち)(?:の(?:場合|もの|やつ)?)?(?:は|なら|だと|のは)[、,]?\s?([0-9A-Za-z][!-~]{2,23}?)\s?(?:(?:と|\/|／|・|、)\s?([0-9A-Za-z][!-~]{2,23}?)\s?)?(?:です|でした|だよ|やけん|ばい|たい|(?=[。！!笑w\n]|$))/gu
/** An applicant's own account (採用試験, 受験番号, 応募フォーム, 申込サイト, マイページ): the public's login, whatever job it is for. */
const APPLICANT_ACCOUNT = /採用試験|選考試験|受験|応募|申込|申し込み|募集|エントリー|マイページ/u
function findLoginRecipe(t: string, strong: StrongHit[]): void {
  if (!/ログイン|サインイン|パス|PW|暗証/u.test(t) || !/生年月日|誕生日|番号|名前|氏名|名字|苗字|採用|入庁/u.test(t)) return
  const staff = STAFF_LOGIN.test(t) || /業務(?:用)?(?:の)?(?:端末|パソコン|PC|システム)|庁内|職員/u.test(t)
  if (!staff) return
  for (const m of hitsOf(LOGIN_RECIPE, t)) {
    const start = m.index
    const end = start + m[0].length
    // A login as a whole told by the staff number alone is its ID (ログインは職員番号です).
    if (/^(?:ログイン|サインイン)$/u.test(m[1]!) && !SECRET_FACT.test(m[2]!)) continue
    if (strong.some((f) => f.start < end && f.end > start)) continue
    const sentence = sentenceText(t, start, end)
    // Review rsec59 kind: a check that no login is so made (パスワードが名前と誕生日の組み合わせになっていないか確認しました): a lesson, no recipe.
    if (AWARENESS.test(sentence) || PUBLIC_OWN.test(sentence) || /以外|ではなく|じゃなく|しないで|ないよう|ませんか|禁止|[？?]|(?:い|で|じゃ)?ないか(?:(?:を|どうか)?(?:確認|点検|チェック|調べ|見直)|[、,])/u.test(sentence)) continue
    // Review rsec59 kind: an applicant's own account for a staff recruitment (職員採用試験のマイページのログインは、受験番号と生年月日です,
    // 会計年度任用職員の応募フォームは…パスワードは生年月日の8桁): 職員 names the job applied for, the login is the applicant's own.
    const s = sentenceAround(t, start, end)
    const around = t.slice(Math.max(0, s.start - 80), s.end)
    if (APPLICANT_ACCOUNT.test(around) && !/職員番号|社員番号|庁内|業務(?:用)?(?:の)?(?:端末|パソコン|PC|システム)/u.test(around)) continue
    strong.push({ start, end, label: '', name: 'ログイン情報' })
    // The writer's own values told after it (ちなみに私は２０２４１１８と０３２１です).
    for (const v of hitsOf(MY_LOGIN_VALUES, t.slice(end, end + 80))) {
      const values = [v[1]!, v[2]].filter((x): x is string => x !== undefined)
      if (!values.every((x) => loginLike(x) || /^[0-9]{3,8}$/u.test(x))) continue
      const vs = end + v.index
      const ve = vs + v[0].length
      if (!strong.some((f) => f.start < ve && f.end > vs)) strong.push({ start: vs, end: ve, label: '', name: 'ログイン情報' })
    }
  }
}

/**
 * Blind R317C-047 kind: the code that works a city system from outside (防災行政無線は…担当者の携帯電話から放送できる仕組みです。専用番号に
 * 電話をかけ、音声ガイダンスのあとに2580と＃を押すと、録音した内容が市内全域に流れます; 水門は…電話して 4 8 2 1 を押すと遠隔で閉まります):
 * whoever has it broadcasts to the city or works its gates. A system worked remotely (REMOTE_SYSTEM) named in the sentence or the ones
 * just before it, a call or a remote way in (電話, 携帯, 遠隔), then four to eight figures keyed in (押す, 入力), a # or * key after them or
 * not, and what it does (放送, 流れ, 鳴らす, 閉まる). A public dial, a number to hear the broadcast again (テレホンサービス, 聞き直し) or a
 * counter's number (予約番号) is not this. Bounded.
 */
const REMOTE_SYSTEM = /防災(?:行政)?無線|同報(?:系)?無線|防災放送|屋外(?:スピーカー|拡声器?)|サイレン|水門|樋門|閘門|排水ポンプ|ポンプ場|排水機場|遠隔(?:操作|放送|制御)|館内放送|放送設備|緊急放送|一斉放送|緊急速報|エリアメール/u
const REMOTE_WAY = /電話|携帯|スマホ|スマートフォン|遠隔|外から|外部から|自宅から|出先から|リモート/u
const REMOTE_ACT = /放送|流れ|流せ|流す|鳴ら|鳴り|鳴る|開閉|閉ま|閉め|開き|開け|起動|作動|操作|停止|止ま|止め|配信|送信/u
const REMOTE_DIGITS =
  /(?<![0-9A-Za-z\-ー.,:/])(?:[0-9](?:[-ー、, ][0-9]){3,7}|[0-9]{4,8})(?:\s?(?:と|、|,|→)?\s?[#*＃＊])?(?![0-9A-Za-z]|[-ー.:/][0-9])(?=\s?[」』"]?\s?(?:(?:と|を|の順(?:番)?(?:に|で)?|、)[^。\n]{0,6}?)?(?:押|入力|打ち込|プッシュ))/gu
const REMOTE_NOT = /聞き|聴き|聞け|聴け|確認でき|再生|テレ[ホフ]ォ?ンサービス|応答サービス|予約|申込|申し込|受付番号|整理番号|会員番号|郵便番号/u
function findRemoteCode(t: string, strong: StrongHit[]): void {
  if (!REMOTE_SYSTEM.test(t) || !REMOTE_WAY.test(t)) return
  for (const m of hitsOf(REMOTE_DIGITS, t)) {
    const start = m.index
    const end = start + m[0].length
    if (strong.some((f) => f.start < end && f.end > start) || isPublicDial(m[0])) continue
    const s = sentenceAround(t, start, end)
    const sentence = t.slice(s.start, s.end)
    const before = t.slice(Math.max(0, s.start - 160), s.end)
    if (!REMOTE_SYSTEM.test(before) || !REMOTE_WAY.test(before) || !REMOTE_ACT.test(sentence)) continue
    if (REMOTE_NOT.test(sentence) || AWARENESS.test(sentence) || PUBLIC_OWN.test(sentence)) continue
    strong.push({ start, end, label: '', name: '遠隔操作の暗証番号' })
  }
}

/**
 * Blind R317C-058 kind: the address or the ID the city's own account logs in with, told with its value (このアカウントのログインに使っている
 * アドレスは koho-sns@…, 公式インスタのログインIDは yanagawa_koho01 です): half of the way in, the target of every guess and reset. Only the
 * city's own account named in the paragraph (OWN_ACCOUNT); a reader's own login (ご登録のメールアドレス), an example and a contact address
 * with no login are not this.
 */
const LOGIN_ADDRESS =
  /(?:ログイン|サインイン)(?:に|で|用に?|時に|の際に)?(?:使(?:って(?:い|お)?(?:る|ます)|う|います|用して(?:い)?(?:る|ます)|用する)|用いる|登録して(?:い|あ)る)?(?:の)?(?:メール)?(?:アドレス|メアド|ID|アカウント名|ユーザー?名)(?:は|が|:|=)\s?([A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,5}|[A-Za-z0-9][A-Za-z0-9._-]{3,31})(?![A-Za-z0-9._@-])/gu
const OWN_ACCOUNT =
  /この(?:アカウント|ページ)|当アカウント|本アカウント|公式(?:の)?(?:アカウント|X|エックス|Instagram|インスタ|Facebook|フェイスブック|LINE|ライン|ツイッター|Twitter|YouTube|ユーチューブ|TikTok|SNS|ブログ)|市(?:の)?(?:公式)?(?:アカウント|SNS)|(?:広報|観光|課|係)(?:用)?(?:の)?(?:アカウント|SNS)|(?:X|Instagram|Facebook|インスタ|フェイスブック|LINE)(?:の)?アカウント/u
function findAccountLogin(t: string, strong: StrongHit[]): void {
  if (!/ログイン|サインイン/u.test(t) || !OWN_ACCOUNT.test(t)) return
  for (const m of hitsOf(LOGIN_ADDRESS, t)) {
    const start = m.index
    const end = start + m[0].length
    if (strong.some((f) => f.start < end && f.end > start)) continue
    const value = m[1]!
    if (!/@/u.test(value) && !(/[A-Za-z]/u.test(value) && /[0-9_]/u.test(value))) continue
    const s = sentenceAround(t, start, end)
    const sentence = t.slice(s.start, s.end)
    if (AWARENESS.test(sentence) || PUBLIC_OWN.test(sentence) || /ご登録|登録した|各自|例[:：）)]|（例|\(例|example/iu.test(sentence) || EXAMPLE_AFTER.test(t.slice(end, end + 28))) continue
    strong.push({ start, end, label: '', name: 'ログインID' })
  }
}

/**
 * Blind R321C-038 kind: the shared account a staff system is entered with, told with its name (財務会計システムには係の共通アカウント zaimu-k2
 * で入ります, 共用IDは kaikei_01 です): half of the way in, shared by many and rarely changed. Only a name with a figure or a sign (zaimu-k2,
 * kaikei_01), a staff system or device named in the paragraph, and not a public handle (@…, 公式アカウント) or the public's own account.
 */
const SHARED_ACCOUNT =
  /(?:共通|共用|共有)(?:の)?(?:アカウント|ログインID|ID|ユーザー?(?:名|ID)?)(?:は|:|：|=)?\s?[「『"]?([A-Za-z][A-Za-z0-9._-]{2,31})[」』"]?(?![A-Za-z0-9._@-])\s?(?:で(?:[^。！？!?\n]{0,4}?)(?:入|ログイン|サインイン|アクセス)|です|だよ|やけん|を使|[、,。])/gu
/** A public class or a visitors' service (講座, 教室, 受講者, 参加者, 来館者): what its shared account is used for. */
const PUBLIC_CLASS = /講座|教室|受講|参加者|体験会|来館者|来場者|来庁者|利用者|どなたでも|ご自由|児童|生徒|授業|お子さん|お子さま/u
const STAFF_SYSTEM = /システム|端末|パソコン|PC|サーバ|庁内|業務|会計|財務|人事|給与|文書管理|グループウェア|共有フォルダ/u
function findSharedAccount(t: string, strong: StrongHit[]): void {
  if (!/共通|共用|共有/u.test(t) || !STAFF_SYSTEM.test(t)) return
  for (const m of hitsOf(SHARED_ACCOUNT, t)) {
    const value = m[1]!
    if (!/[0-9_.-]/u.test(value) || NOT_VALUE.test(value)) continue
    const start = m.index
    const end = start + m[0].length
    if (strong.some((f) => f.start < end && f.end > start)) continue
    const sentence = sentenceText(t, start, end)
    if (AWARENESS.test(sentence) || PUBLIC_OWN.test(sentence) || OWN_ACCOUNT.test(sentence) || /公式|フォロー|@/u.test(sentence) || /例[:：）)]|（例|\(例/u.test(sentence)) continue
    // Review rsec59 kind: the account a public class or a visitors' machine is used with (公民館のパソコン講座では、共通アカウント kouza-01 を
    // 使います; 来館者用の共用ID): the participants' own, no staff system's. Not where staff or a section is named there.
    const s = sentenceAround(t, start, end)
    const around = t.slice(Math.max(0, s.start - 80), s.end)
    if ((PUBLIC_CLASS.test(around) || PUBLIC_OFFER.test(around)) && !/職員|庁内|業務|係の|課の|担当/u.test(around)) continue
    strong.push({ start: start + m[0].indexOf(value), end: start + m[0].indexOf(value) + value.length, label: '', name: 'ログインID' })
  }
}

function findValueThatOpens(t: string, has: Uint8Array, strong: StrongHit[]): void {
  if (!has[W.valueOpens] && !has[W.written]) return
  VALUE_OPENS.lastIndex = 0
  let k = 0
  for (let m = VALUE_OPENS.exec(t); m && k < MAX_HITS; m = VALUE_OPENS.exec(t), k++) {
    const start = m.index
    const valueEnd = start + m[1]!.length
    if (strong.some((f) => f.start < valueEnd && f.end > start)) continue
    const value = m[1]!.replace(/[・、 -]/gu, '').replace(/./gu, (c) => KANJI_DIGIT[c] ?? c)
    const raw = m[1]!.replace(/[.,)\]」』"'、。]+$/u, '')
    if (NOT_VALUE.test(raw) || NOT_OPENING_VALUE.test(raw) || isPublicDial(raw)) continue
    const digits = value.replace(/[^0-9]/g, '').length
    const letters = value.replace(/[^A-Za-z]/g, '').length
    // Digits, or letters with digits: a word alone (Teams, Google, e-Tax) is a service, not a secret.
    if (!(digits >= 3 || (letters >= 2 && digits >= 2))) continue
    const s = sentenceAround(t, start, valueEnd)
    const sentence = t.slice(s.start, s.end)
    if (AWARENESS.test(sentence) || EXAMPLE_AFTER.test(t.slice(valueEnd, valueEnd + 28))) continue
    const before = t.slice(Math.max(0, s.start - 120), s.end)
    if (m[2] === undefined && m[3] !== undefined && !OPENS_CONTEXT.test(before)) continue
    // Logging back in with it (X で入り直して): a system's only where the sentence or the one before names a system, a device or an account.
    if (m[2] !== undefined && /入り/u.test(m[2]) && !OPENS_CONTEXT.test(before)) continue
    // Typed into a field: only a login's (ログイン画面では、下の欄に X を入れて); not a search, a year or a number to apply with.
    // Blind R80A-026: or a keypad's (通用口のテンキーに 四・八・二・六・＃ を入れて入ってください); not a room called on an intercom (部屋番号, 呼出).
    // Told as what is written (「…」と書いてあります): a login's, or a device's or a lock's written on a note beside it (WRITTEN_MEDIUM).
    // (Not what the reader was sent: お送りした通知書に「…」と記載されています is their own letter, PUBLIC_OWN their own secret.)
    if (m[5] !== undefined && (!(LOGIN_CONTEXT.test(before) || (OPENS_CONTEXT.test(before) && WRITTEN_MEDIUM.test(before))) || READER_LETTER.test(sentence) || PUBLIC_OWN.test(sentence))) continue
    if (m[4] !== undefined && (!(LOGIN_CONTEXT.test(before) || (KEYPAD_CONTEXT.test(before) && !INTERCOM.test(sentence))) || /検索|申請番号|受付番号|郵便番号|年度|金額|生年月日|電話番号/u.test(sentence))) continue
    strong.push({ start, end: valueEnd, label: '', name: m[2] !== undefined || m[4] !== undefined || (m[5] !== undefined && LOGIN_CONTEXT.test(before)) ? 'ログイン情報' : '解除番号' })
  }
}

/**
 * A code said in kana that opens something (キーボックスは、ダイヤルを「さんぱちにーまる」に合わせると開きます): KANA_OPENS in the hiragana
 * view, standing alone in the text (after a bracket, a space, a non-kana letter, or a particle after one: ダイヤルをさんぱち…), where
 * the sentence or the one before names a lock, a door or a device.
 */
function findKanaThatOpens(t: string, has: Uint8Array, low: Uint8Array, strong: StrongHit[]): void {
  // What it finds lies in a sentence (or after one) that names a lock, a door or a device: without such a word, nothing.
  if (!has[W.opens] || !(has[W.opensContext] || low[F.opensContext])) return
  const h = toHiragana(t)
  KANA_OPENS.lastIndex = 0
  let k = 0
  for (let m = KANA_OPENS.exec(h); m && k < MAX_HITS; m = KANA_OPENS.exec(h), k++) {
    const start = m.index
    const end = start + m[0].length
    if (strong.some((f) => f.start < end && f.end > start)) continue
    const before = t[start - 1]
    const alone = before === undefined || !/[ぁ-ゖァ-ヺー]/u.test(before) || (/[をはが]/u.test(before) && !/[ぁ-ゖ]/u.test(t[start - 2] ?? 'ぁ'))
    if (!alone) {
      KANA_OPENS.lastIndex = start + 1
      continue
    }
    const s = sentenceAround(t, start, end)
    if (AWARENESS.test(t.slice(s.start, s.end)) || EXAMPLE_AFTER.test(t.slice(end, end + 28))) continue
    if (!OPENS_CONTEXT.test(t.slice(Math.max(0, s.start - 120), s.end))) continue
    strong.push({ start, end, label: '', name: '解除番号' })
  }
}

interface Value {
  start: number
  end: number
  value: string
  /** Where the value itself starts (after the particles and colons). */
  at: number
}

/** The value right after a secret word ending at `i` in the norm text, or null. */
function valueAfter(t: string, i: number, needDial: boolean): Value | null {
  let j = i
  const lim = Math.min(t.length, i + 14)
  while (j < lim) {
    const m = CONNECTOR.exec(t.slice(j, j + 4))
    if (!m) break
    j += m[0].length
  }
  const kana = KANA_DIGITS.exec(toHiragana(t.slice(j, j + 48)))
  // A dial read out in kana (伝言ダイヤルは「いちななーいち」) is a lock's only when the value opens it.
  if (kana && (!needDial || OPENS.test(t.slice(j + kana[0].length, j + kana[0].length + 14)))) return { start: i, end: j + kana[0].length, value: kana[0], at: j }
  let k = j
  let value = ''
  let run = 0
  let dial = false
  const hi = Math.min(t.length, j + 80)
  while (k < hi) {
    const c = t[k]!
    const code = c.charCodeAt(0)
    if (code > 0x20 && code < 0x7f) {
      value += c
      run++
      k++
      continue
    }
    const kd = KANJI_DIGIT[c]
    if (kd !== undefined) {
      value += kd
      run++
      k++
      continue
    }
    // A dial turn: 右36, 右に38 (the に is read past).
    const turn = c === '右' || c === '左' ? /^[にへ]?[0-9〇一二三四五六七八九]/u.exec(t.slice(k + 1, k + 3)) : null
    if (turn) {
      dial = true
      run = 0
      k += turn[0].length
      continue
    }
    // Turns written one per line (右に38、⏎左に71、⏎右に15).
    if (dial && value.length > 0 && (c === '、' || c === '\n') && /^[、\n\s]*[右左]/u.test(t.slice(k + 1, k + 4))) {
      while (k < hi && /[、\n\s]/u.test(t[k]!)) k++
      run = 0
      continue
    }
    // Spaced-out values (h a k u s h u 1 1 0 1) and grouped ones (三・七・一・九, 右36・左12). Round 56: a keypad code spelt out
    // with spaces (４ ７ ＃ ２ ９) reaches here as 47 # 29 (the squeezed view closes up the digits, not the key sign between them).
    if (value.length > 0 && (c === ' ' ? run === 1 || KEY_SIGN.test(t[k - 1]!) || (KEY_SIGN.test(t[k + 1] ?? '') && t[k + 2] === ' ') : (c === '・' || c === '、' || c === 'ー' || c === '‐' || c === '\n') && run <= 3) && (isValueChar(t[k + 1]) || (dial && /[右左]/u.test(t[k + 1] ?? '')))) {
      run = 0
      k++
      continue
    }
    break
  }
  // Trailing punctuation closes the sentence or a bracket; it is not part of the value.
  while (value.length > 0 && /[.,)\]」』"'、。]$/u.test(value)) {
    value = value.slice(0, -1)
    k--
  }
  if (value.length < 3) return null
  if (needDial && !dial) return null
  if (/^[*•●x×]+$/iu.test(value) || NOT_VALUE.test(value) || /^(?:pdf|word|excel|xlsx?|docx?|csv|jpe?g|png)(?![a-z])|\d(?:kb|mb|gb)$/iu.test(value) || /:\/\/|^[^@\s]+@[^@\s]+\.[a-z]/iu.test(value)) return null
  if (NOT_VALUE_AFTER.test(t.slice(k, k + 6))) return null
  const digits = value.replace(/[^0-9]/g, '').length
  const letters = value.replace(/[^A-Za-z]/g, '').length
  const symbols = value.length - digits - letters
  if (!(digits >= 3 || (letters >= 3 && (digits >= 1 || symbols >= 1)) || letters >= 5)) return null
  return { start: i, end: k, value, at: j }
}

/**
 * Blind R60A-057: a code told with the mnemonic that keeps it in mind (番号は「はなはな」で8787やけん, 暗証番号は語呂合わせで「いいくに」1192,
 * キーボックスの番号、「やなぎ」って覚えて 893): the word in brackets, then で/って/と/の (and 覚えて), then the figures. The brackets hold
 * no figure (番号は「1234」のような is an example, found by EXAMPLE_AFTER on the value's own path). Bounded: the word is 1–10 characters.
 */
const MNEMONIC =
  /^(?:は|が|も)?[、,]? ?(?:(?:語呂|ゴロ|ごろ)(?:合わせ)?(?:で|は)?[、,]? ?)?[「『](?:[^」』\n0-9０-９]{1,10})[」』] ?(?:で|って|と|の|、|,|=|＝|→)? ?(?:(?:覚え|おぼえ)(?:て|と(?:って|いて|き)|ます|る)[、,]? ?|(?:語呂|ゴロ|ごろ)(?:合わせ)?(?:で|の)?[、,]? ?)?(?=[0-9〇一二三四五六七八九])/u
function mnemonicValue(t: string, end: number, needDial: boolean): Value | null {
  const m = MNEMONIC.exec(t.slice(end, end + 32))
  if (!m) return null
  const v = valueAfter(t, end + m[0].length, needDial)
  if (!v || v.at !== end + m[0].length) return null
  // The figures end the statement (8787です, 8787やけん, 1192にしとる), not a count or a date (1192年, 8787円: NOT_VALUE_AFTER).
  if (!/^(?:です|だ|や(?:け|き|か)|ね|よ|ばい|たい|けん|やけ|に(?:して|しと|しちょ|設定|なって)|。|、|！|!|\s|$)/u.test(t.slice(v.end, v.end + 4))) return null
  return { ...v, start: end }
}

/**
 * A secret given away by what it is made of (金庫の番号、実は市長の誕生日なんです / パスワードは係長の名前＋誕生日です /
 * ロッカーの暗証番号は課長の車のナンバーと同じ / 倉庫の鍵の番号は市制施行の年にしてあります): whoever knows the fact can open
 * the lock. A rule for the public's own secret (暗証番号は生年月日以外に, 初期パスワードはご自身の生年月日です, 誕生日は
 * 避けましょう, 誕生日にしていませんか) is not one.
 */
const HINT_SUBJECT =
  '(?<=(?:金庫|キーボックス|南京錠|ダイヤル錠|番号錠|暗証番号錠|電子錠|ロッカー|テンキー)[^。！？!?\\n]{0,12})(?:番号|数字|コード)|' +
  // Blind R194A-027: the lock named, then a bare 番号 opening the next sentence (通用口をテンキー錠にしました。番号は…の創立記念日から).
  // Blind R325C-006 kind (pisec60): …the next sentence naming the code by the lock's part (南京錠を開けています。ダイヤルの番号は…, 鍵の番号は,
  // その番号は).
  '(?<=(?:金庫|キーボックス|南京錠|ダイヤル錠|番号錠|暗証番号錠|暗証番号式|暗証式|電子錠|テンキー|オートロック)[^。！？!?\\n]{0,20}[。！!]\\s?)(?:(?:その|ダイヤルの?|ダイアルの?|鍵の|カギの|錠の|ロックの|解除の|暗証)?)(?:番号|数字|コード)(?![札票表])|' +
  // Blind R204D-038 kind: a combination lock named bare as the topic (資材置き場のダイヤル錠は…電話番号の下4けた): its code is what it is told to be.
  '(?:ダイヤル錠|番号錠|暗証番号錠|ボタン錠|プッシュ錠)(?=は|って|も)|' +
  // Blind R229B-013 kind: a door's keypad named bare as the topic, set off by a comma (資料館の裏口のテンキー、実は白秋の誕生日にちなんだ
  // 4桁なんです): its code is what it is told to be made of.
  '(?<=(?:裏口|通用口|勝手口|入口|入り口|出入口|扉|ドア|門|倉庫|書庫|保管庫|事務所|控室|部屋|室)の)テンキー(?=は|って|も|[、,])|' +
  // Blind R235I-002, R235I-026 kind: the secret named by what is typed to connect or to get in (入るときの文字列は, つなぐときに入れる文字は),
  // or, after a network or an account is named, by what is typed (Wi-Fi…接続名は HAKUSHU-HQ、入力する文字は): then told by what it is made of.
  '(?:(?:つなぐ|つなげる|繋ぐ|接続する|ログインする|サインインする|入る|はいる)(?:とき|時|際)(?:に(?:入れる|入力する|打つ|打ち込む)|の))(?:文字列?|言葉)|' +
  '(?<=(?:Wi-?Fi|wi-?fi|WiFi|ワイファイ|無線LAN|ネット|接続名|接続先|SSID|アカウント|ログイン)[^\\n。！？!?]{0,30}?[、,。]\\s?)(?:入力する|入れる|打ち込む)(?:文字列?|言葉)|' +
  // Blind R257P-037 kind: the watchword asked when connecting or getting in (つなぐときの合言葉が「…生まれた年＋…のローマ字」): a network's
  // key by another name. Only that way in: a slogan (今年の合言葉は「…」) is no secret.
  '(?:つなぐ|つなげる|繋ぐ|繋げる|接続する|ログインする|サインインする|入る|はいる)(?:とき|時|際)の(?:合言葉|合い言葉|あいことば)|' +
  // Blind R291F-010 kind: an override code named by who holds it (管理者コードは店長の誕生日): told by what it is made of, as 解除コード.
  '(?:管理者|責任者|店長|マスター)(?:用)?の?コード(?![ァ-ヴー])|' +
  'パスワード|パスコード|(?<![ァ-ヴー])パス(?![ァ-ヴー])|暗証番号|暗証|(?<![A-Za-z])PIN(?![A-Za-z])|(?:解除|解錠|開錠|ロック解除)(?:番号|コード)|(?:金庫|キーボックス|南京錠|ダイヤル錠|錠|鍵|カギ|ロッカー|倉庫|書庫|保管庫|扉|ドア|通用口|裏口|勝手口|テンキー|オートロック|電子錠|セキュリティ)の?(?:暗証)?(?:番号|ナンバー|ダイヤル|数字|コード)'
/**
 * Round 55: the new code named back in the sentence after the secret changed (暗証番号が変わりました。新しい番号は代表番号の下4桁と同じ;
 * 電子錠を交換しました。今度の番号は…): a bare 番号 after 新しい/新/変更後の/今度の, with a secret or a lock named shortly before it.
 */
const RENEWED_SUBJECT =
  '(?<=(?:暗証|パスワード|パスコード|(?<![ァ-ヴー])パス(?![ァ-ヴー])|PIN|テンキー|ボタン錠|番号錠|電子錠|ダイヤル錠|南京錠|キーボックス|金庫|ロッカー|オートロック|(?:解除|解錠|開錠|ドア|入室|入館)(?:番号|コード))[^\\n]{0,40}?)(?:新しい|新|変更後の?|今度の|今回の)(?:番号|数字|コード|ナンバー)|(?<=(?:暗証|パスワード|パスコード|PIN|錠|金庫|ロッカー|キーボックス)[^\\n]{0,40}?)(?:新しいの|(?:新しい|変更後の|今度の|今回の)(?:もの|ほう|やつ))(?=は)'
/**
 * Blind R208D-023 kind: a day everyone knows by its date (こどもの日, 文化の日, 七夕, クリスマス), told as the code's figures (…の4桁, と同じ):
 * 0505 for whoever reads it. Only with the figures or the sameness said: the day as a date (こどもの日まで, 文化の日から) is when.
 */
const KNOWN_DAY =
  '(?:こどもの日|子どもの日|子供の日|文化の日|元日|元旦|建国記念の日|みどりの日|昭和の日|海の日|山の日|敬老の日|体育の日|スポーツの日|勤労感謝の日|春分の日|秋分の日|成人の日|防災の日|七夕|ひな祭り|ひなまつり|雛祭り|桃の節句|端午の節句|クリスマス(?:イブ)?|大晦日|大みそか|バレンタイン(?:デー)?|ホワイトデー|ハロウィン)' +
  '(?=(?:の(?:日付|日にち|月日))?の?(?:[0-9一二三四][桁けケ]た?|数字)|と同じ|と一緒|そのまま)'
const HINT_SOURCE =
  KNOWN_DAY + '|' +
  // Blind R325C-006 kind (pisec60): the year something began told as a clause (本校が創立した昭和23年, 開校した年, 市が誕生した年).
  '(?:誕生|設立|創立|創業|開館|開庁|開園|開校|合併|発足|竣工)した(?:(?:明治|大正|昭和|平成|令和)?(?:[0-9]{1,4}|元|[一二三四五六七八九十]{1,3})年|年|日)|' +
  '誕生日|生年月日|記念日|電話番号|代表番号|内線(?:番号)?|郵便番号|(?:車|自家用車|公用車)の(?:ナンバー|番号)|ナンバープレート|背番号|市制(?:施行)?(?:の年|記念日)?|(?:設立|創立|創業|開庁|開館|就任)(?:年|の年|記念日)|生まれ(?:年|た年)|西暦|和暦|年齢|歳の数|代表電話|住所の番地|部屋番号|職員番号|社員番号|好きな数字|ラッキーナンバー|名前|名字|苗字|ローマ字|逆から|逆さ|ゾロ目|連番|同じ数字|語呂合わせ|ゴロ合わせ|ごろ合わせ'
/**
 * Blind R235I-002, R235I-026 kind: the word put after the fact in a named case (生年月日8桁」のあとに小文字で ariake), or the fact said to
 * have a sign put after it (アカウント名の後ろに今年の西暦と「！」を付けたもの): the recipe still gives the whole secret away.
 */
/**
 * Blind R110A-138: the secret spelled as a fact and a word put after or before it (パスワードは課の内線番号のあとに unagi, 代表電話の下4桁の
 * 後ろに yanagawa, 誕生日の前に abc を付けたもの): the recipe gives the whole password away.
 */
const HINT_AFFIX = '(?:の)?(?:あとに|後に|後ろに|うしろに|前に|頭に|最後に|末尾に)\\s?(?:(?:小文字|大文字|半角|全角)で\\s?)?[「『"]?[A-Za-z0-9!#$%&*+\\-_.@]{2,16}'
/** Blind R257P-037 kind: the fact joined to another by a plus sign (…の生まれた年（一八八五）＋…のローマ字): a recipe, as のあとに is. */
const HINT_END = `${HINT_AFFIX}|\\s?\\+(?=\\s?[^\\s+])|(?:と\\s?[「『"]?[^\\s「」『』"。\\n]{1,6}[」』"]?\\s?)?を(?:付け|つけ|足し|加え|くっつけ)(?:た|て|る)|です|でした|だ(?![けっ])|や(?=[。！!ね]|$)|なん(?:です|だ|よ)|なの|ばい|たい|よ|ね|に(?:なって|して|設定して|しと|しちょ)|と(?:同じ|一緒|おんなじ)|そのまま|を逆|から取|を使って|を並べ|にちなん|に因ん|をもじ|をもと|を元`
/** Blind R204D-038 kind: the code said to be unchanged before what it is made of (ダイヤル錠は去年と同じで、市役所の電話番号の下4けた). */
const HINT_SAME_AS = '(?:去年|昨年|前年|前回|以前|今まで|これまで|従来|いつも)(?:と同じ|のまま|どおり|通り|と変わらず)で[、,]?\\s?'
/**
 * Blind R208D-023 kind: the news that the code changed set between the lock and what the new code is made of (キーボックスの番号、先週から
 * 変わりました！ …の4桁です): the next statement tells the new code. Bounded: at most 14 characters before the verb.
 */
const HINT_CHANGED = '[^\\n。！？!?]{0,14}?(?:変わり|かわり|変更になり|変更し|更新し|新しくなり)ました[よね]?[!！。]{1,3}\\s?'
const SECRET_HINT = new RegExp(
  `(?:${HINT_SUBJECT}|${RENEWED_SUBJECT})(?:は|って|が|も|の(?:ヒント|手がかり|覚え方)は)?[、,]?(?:${HINT_CHANGED})?(?:[^\\n。！？!?をで]{0,4}?${HINT_SAME_AS})?[^\\n。！？!?をで]{0,16}?(?:${HINT_SOURCE})[^\\n。！？!?]{0,10}?(?:${HINT_END})`,
  'gu',
)
const MAY_HINT = /こどもの日|子どもの日|子供の日|文化の日|元日|元旦|建国記念の日|みどりの日|昭和の日|海の日|山の日|敬老の日|体育の日|スポーツの日|勤労感謝の日|春分の日|秋分の日|成人の日|防災の日|七夕|ひな祭り|ひなまつり|雛祭り|桃の節句|端午の節句|クリスマス|大晦日|大みそか|バレンタイン|ホワイトデー|ハロウィン|西暦|和暦|年齢|歳の数|代表電話|番地|部屋番号|職員番号|社員番号|好きな数字|ラッキーナンバー|誕生|生年月日|記念日|電話番号|代表番号|内線|郵便番号|ナンバー|背番号|市制|設立|創立|創業|開庁|開館|就任|生まれ|名前|名字|苗字|ローマ字|逆|ゾロ目|連番|同じ数字|語呂|ゴロ|ごろ|開校|開園|合併|発足|竣工/u
/** The public's own secret, a rule about it, or a question: not a hint at the city's. */
// Review rsec59 kind: a check that no secret is so made (…組み合わせになっていないか確認しました) is a lesson too.
// Blind R398X-051 kind: a do-not told in the plain negative, one of a list of rules (パスワードは誕生日にしない、友だちにも教えない).
const HINT_RULE = /に(?:しない|せず)(?=[、,。！!]|こと|で|よう|$)|ないか(?:を|どうか)?(?:確認|点検|チェック|調べ|見直)|以外|ではなく|じゃなく|しないで|ませんか|ないで|ないよう|できません|使えません|不可|禁止|初期|初回|仮の|仮パス|変更して(?:ください|下さい)|変更をお願い|ご自身|ご本人|ご自分|お客様|利用者|各自|あなた|申請者|ご家族|皆さん|みなさん|申込者|申込み者|申し込み者|登録者|加入者|受験者|保護者|児童|生徒|市民|住民|\?|？|など|とか|例えば|設定しない|使わない|はダメ|はだめ|はNG|危険|推測|避け|やめ|注意|詐欺|忘れ|方は|場合|問い合わせ|お伝え|ご連絡|お尋ね|尋ねて|お聞き|聞いて|お知らせし|周知し|通知し|配布し|配付し|別の|とは別|異なる|違う|入力して(?:ください|下さい)/u
/**
 * Blind R204D-038 kind: a call to a group at the head of the sentence (花見ボランティアのみなさん、…; 保護者の皆さま！) says who is told, not
 * whose secret it is: the lock it then gives away (備品倉庫のダイヤル錠は…電話番号の下4けた) is still the city's. A rule for the public's own
 * secret keeps its other marks (以外, ご自身, してください).
 */
const CALL_TO_GROUP = /^[\s　]{0,2}(?:[^、。！？!?\n「『]{0,16}?の)?(?:皆さん|みなさん|皆様|みなさま|皆さま)[、,！!]/u
/** A number kept in order by a fact (西暦で管理しています): a filing scheme, not a secret's make-up. */
const HINT_FILING = /管理|記録|表記|登録|整理|統一|区別|分類/u
/**
 * Review rsec59 kind: the reader's own account of a public service (図書館のマイページ, 利用者カード, 図書館カード, 市民の皆さまの, ご自身の)
 * told with its published initial-password rule, made of the reader's own facts (図書館のマイページのパスワードは、生年月日の8桁です, 電子申請の
 * マイページのパスワードは登録した電話番号の下4桁): each reader's own secret, no staff credential. The account may be named in the sentence
 * before (図書館のマイページについて。パスワードは…). Not where staff or an office's system is named (職員用, 庁内, 業務), nor a fact shared by all
 * (代表番号, 創立記念日): that is one code for everyone.
 */
const READER_SERVICE = /マイページ|利用者(?:ページ|カード|番号|ID|ログイン|登録)|図書館カード|貸出カード|会員(?:ページ|カード|番号)|(?:市民|住民|利用者|会員|受講者|保護者)の(?:皆さま|皆様|みなさま|皆さん|みなさん)|ご自身|ご本人/u
const READER_FACT = /生年月日|誕生日|生まれ|電話番号|携帯番号|郵便番号|利用者番号|カード番号|会員番号|登録(?:した|された|時|の)/u
const READER_SERVICE_STAFF = /職員|庁内|庁舎|業務|係の|課の|担当者|スタッフ|管理者|勤怠|人事|給与|財務|文書管理|グループウェア/u
/** The job applied for (会計年度任用職員, 職員採用試験, 職員募集): 職員 there names the post, not who logs in. */
const JOB_APPLIED = /(?:会計年度)?任用職員|(?:[^\s。、]{0,6}職員)(?:の)?(?:採用|募集)|採用試験|選考試験/gu
function readerServiceSecret(t: string, start: number, end: number): boolean {
  const s = sentenceAround(t, start, end)
  const around = t.slice(Math.max(0, s.start - 60), s.end)
  const rest = around.replace(JOB_APPLIED, '')
  return (READER_SERVICE.test(around) || APPLICANT_ACCOUNT.test(around)) && READER_FACT.test(t.slice(start, end)) && !READER_SERVICE_STAFF.test(rest) && !STAFF_LOGIN.test(rest)
}

/**
 * Blind R195D-004 kind: a login's secret told as the usual one, left unnamed, with a figure or a word added to it (ログインするときは、
 * 係でふだん使っているものの後ろに「77」を足して入力して): whoever reads it and knows the old one has the new, and the old one is guessed
 * from the rest of the office's habits. The base is only pointed at (いつもの/ふだん/共通の … やつ, もの, あれ), the affix is a short value
 * in figures or letters, and what is made is typed in (入れ, 入力, 打ち込, ログイン) in a sentence that names the login or the secret. A
 * file or a tag named with an added year and saved or posted is not this. Bounded: the base at most 14 characters.
 */
const USUAL_PLUS_AFFIX =
  /(?:いつも|普段|ふだん|共通|共用|例の|前の|これまでの|今までの|従来|同じ)[^\n。！？!?「『]{0,14}?(?:やつ|ヤツ|奴|もの|もん|あれ|アレ)の(?:あとに|後に|後ろに|うしろに|前に|頭に|最後に|末尾に|先頭に|お尻に|おしりに)\s?[「『"]?([A-Za-z0-9!#$%&*+\-_.@]{2,16})[」』"]?\s?(?:を|と)?(?:付け|つけ|足し|たし|加え|くわえ|くっつけ|追加し)[てた][^\n。！？!?]{0,6}?(?:入れ|いれ|入力|打ち込|打って|ログイン|サインイン)/gu
function findUsualPlusAffix(t: string, has: Uint8Array, strong: StrongHit[]): void {
  if (!has[W.valueOpens]) return
  sentenceHits(t, USUAL_PLUS_AFFIX, strong, 'ログイン情報', (sentence) => LOGIN_CONTEXT.test(sentence) && !AWARENESS.test(sentence) && !PUBLIC_OWN.test(sentence))
}

/**
 * Each match of the global pattern `re` in `t` (at most MAX_HITS read) that overlaps no secret found so far and whose sentence
 * `keep` accepts (the sentence's text, the match) is pushed to `strong` as a secret named `name` (UTF-16 offsets into `t`).
 */
function sentenceHits(
  t: string,
  re: RegExp,
  strong: StrongHit[],
  name: string,
  keep: (sentence: string, m: RegExpMatchArray) => boolean,
): void {
  let k = 0
  for (const m of t.matchAll(re)) {
    if (k++ >= MAX_HITS) break
    const start = m.index!
    const end = start + m[0].length
    if (strong.some((f) => f.start < end && f.end > start)) continue
    const s = sentenceAround(t, start, end)
    if (!keep(t.slice(s.start, s.end), m)) continue
    strong.push({ start, end, label: '', name })
  }
}

/**
 * Blind R236I-008 kind: what to type when connecting or logging in, told as a recipe with no word for the secret (ネットワークにつなぐときは、
 * yanagawa のあとに白秋の生まれた年（西暦）を続けて入力してください): a word in letters and a fact anyone can look up, one after the other,
 * make the whole key. One side is a literal of 3–16 letters or figures (not a field's name: ID, SSID), the other holds a public fact
 * (MAY_HINT: a birth year, 西暦, 代表電話…). The public's own login (ご自身の, 利用者番号: PUBLIC_OWN) and advice (AWARENESS) are not
 * this. Bounded: each side at most 24 characters.
 * Blind R257P-010 kind: the recipe told as the thing made, with no typing verb (ログインするときは、「代表番号の下4けた」のうしろに「donko」
 * をつなげたもの、と覚えて): what is made by joining is the key all the same.
 */
const CONNECT_RECIPE =
  /(?:つなぐ|つなげる|繋ぐ|繋げる|接続する|ログインする|サインインする|入る|はいる)(?:とき|時|際)(?:は|に|には)?[、,]?\s?([^。！？!?\n]{1,24}?)\s?(?:の)?(?:あとに|後に|後ろに|うしろに|前に|頭に)\s?([^。！？!?\n]{1,24}?)\s?(?:を)?\s?(?:(?:続けて|つなげて|付けて|つけて|足して|加えて|くっつけて)?\s?(?:入力|入れ|いれ|打ち込|打っ)|(?:続け|つなげ|繋げ|付け|つけ|足し|加え|くっつけ)た(?:もの|もん|やつ|文字列?|の(?=[、,。！!]|と|です|だ)))/gu
const RECIPE_LITERAL = /^(?:(?:小文字|大文字|半角|全角)で\s?)?[「『"]?([A-Za-z0-9!#$%&*+\-_.@]{3,16})[」』"]?$/u
/** The literal closing a side, after the topic or a comma (初回は「yanagawa」, 、パスワードは abc): quoted, or bare after a particle. */
const RECIPE_LITERAL_LAST = /(?:[はがも][、,]?\s?|[、,]\s?)(?:(?:小文字|大文字|半角|全角)で\s?)?(?:[「『"]([A-Za-z0-9!#$%&*+\-_.@]{3,16})[」』"]|([A-Za-z0-9!#$%&*+\-_.@]{3,16}))$/u
function findConnectRecipe(t: string, has: Uint8Array, strong: StrongHit[]): void {
  if (!has[W.hint]) return
  let k = 0
  for (const m of t.matchAll(CONNECT_RECIPE)) {
    if (k++ >= MAX_HITS) break
    const start = m.index
    const end = start + m[0].length
    if (strong.some((f) => f.start < end && f.end > start)) continue
    const [a, b] = [m[1]!.trim(), m[2]!.trim()]
    // Blind R368R-003 kind: the literal may close a longer first side, after the login's other field (IDが職員番号、初回は「yanagawa」のあとに
    // 誕生日の4桁をつなげたもの): the word before のあとに is what is typed first.
    const lit = RECIPE_LITERAL.exec(a) ?? RECIPE_LITERAL.exec(b) ?? RECIPE_LITERAL_LAST.exec(a)
    const fact = lit?.input === a ? b : a
    if (!lit || NOT_VALUE.test((lit[1] ?? lit[2])!) || !MAY_HINT.test(fact)) continue
    const s = sentenceAround(t, start, end)
    const sentence = t.slice(s.start, s.end)
    if (AWARENESS.test(sentence) || PUBLIC_OWN.test(sentence)) continue
    strong.push({ start, end, label: '', name: 'ログイン情報' })
  }
}

/*
 * Blind R266W-035 kind: an initial password's rule for staff, told by how it is built (IDは職員番号、初期パスワードは「yngw」＋生年月日の8桁です):
 * a fixed word joined to a fact (a literal before a plus, or put after the fact: HINT_AFFIX), or the login named as the staff's (職員番号, 庁内,
 * 新規採用職員). With it, anyone who knows a new hire's birthday has the account. The public's own first password (初期パスワードはご自身の
 * 生年月日です, 利用者の皆さんの…) keeps its other marks (ご自身, 利用者, してください).
 */
const INITIAL_WORD = /初期|初回|仮の|仮パス/gu
const JOINED_LITERAL = /[「『"][A-Za-z0-9!#$%&*\-_.@]{2,16}[」』"]\s?\+|\+\s?[「『"]?[A-Za-z0-9!#$%&*\-_.@]{2,16}[」』"]?|(?:あとに|後に|後ろに|うしろに|前に|頭に|最後に|末尾に)\s?(?:(?:小文字|大文字|半角|全角)で\s?)?[「『"]?[A-Za-z0-9!#$%&*\-_.@]{2,16}/u
const STAFF_LOGIN = /職員番号|社員番号|職員(?:用|の|研修|向け)|庁内|庁舎内|新規採用|新採|新人|新入職員|課内|係内|業務用/u
function staffInitialRecipe(hint: string, said: string): boolean {
  return JOINED_LITERAL.test(hint) || STAFF_LOGIN.test(said)
}
function findHints(t: string, has: Uint8Array, strong: StrongHit[]): void {
  if (!has[W.hint] || !has[W.hintSecret] || !has[W.hintSubject]) return
  SECRET_HINT.lastIndex = 0
  let k = 0
  for (let m = SECRET_HINT.exec(t); m && k < MAX_HITS; m = SECRET_HINT.exec(t), k++) {
    const start = m.index
    const end = start + m[0].length
    if (strong.some((f) => f.start < end && f.end > start)) continue
    const s = sentenceAround(t, start, end)
    // The sentence up to a little after the hint (a sentence run on past an emoji is another statement).
    // Blind R204D-038 kind: an emoji after the hint closes its statement (…下4けたです🔑 朝いちばんの方は…), as a stop does.
    const tail = t.slice(end, Math.min(s.end, end + 16))
    const closed = tail.search(/\p{Extended_Pictographic}/u)
    const said = t.slice(s.start, closed === -1 ? Math.min(s.end, end + 16) : end + closed)
    // Blind R266W-035 kind: the staff's own initial password told by how it is built, a fixed word joined to a fact of each (初期パスワードは
    // 「yngw」＋生年月日の8桁, 職員番号のあとに abc): 初期 or 仮 does not make it the public's, when the word is given or the login is the staff's.
    const rule = HINT_RULE.test(said.replace(CALL_TO_GROUP, '')) && !(staffInitialRecipe(m[0], said) && !HINT_RULE.test(said.replace(CALL_TO_GROUP, '').replace(INITIAL_WORD, '')))
    if (HINT_FILING.test(m[0]) || rule || AWARENESS.test(said)) continue
    if (readerServiceSecret(t, start, end)) continue
    const label = /^[^はってがも、,]+/u.exec(m[0])?.[0] ?? m[0]
    strong.push({ start, end, label, name: label })
  }
}

/**
 * Blind R289O-008 kind: a lock said to open with "the N digits of" a fact told in the same sentence (収蔵庫は、…の誕生日（1月25日）の
 * 4桁で開く, 金庫は市制施行の年の4桁を入れると開きます): the code given as a riddle whoever knows the fact can solve. The lock is the
 * topic (収蔵庫は, 金庫って, ロッカーの番号は); the fact is a HINT_SOURCE or a date or number in figures; then の + N桁 + で or keyed in +
 * opens. Not a rule or advice (誕生日の4桁で開くような設定は避け…: AWARENESS), not the public's own lock (ご自身の, 利用者: PUBLIC_OWN),
 * nor a lock that opens with "a 4-digit code" (4桁の番号で開きます: no の before the count). Bounded throughout.
 */
/** Blind R298K-040 kind: a device that locks (タブレット, 端末, スマホ, PC) is a lock as a safe is. */
const LOCK_THING =
  '(?:収蔵庫|保管庫|金庫|手提げ金庫|倉庫|書庫|扉|ドア|ロッカー|鍵|カギ|通用口|裏口|勝手口|キーボックス|キーケース|鍵箱|南京錠|ダイヤル錠|番号錠|電子錠|テンキー|錠|タブレット|端末|スマホ|スマートフォン|パソコン|PC|iPad)'
/** Blind R298K-040 kind: the fact also told as the year or day something began (市が誕生した年, 図書館が開館した年). */
const LOCK_FACT = `${HINT_SOURCE}|(?:誕生|設立|創立|創業|開館|開庁|開園|開校|合併|発足|竣工)した(?:年|日)|[0-9]{1,4}[月年/.-][0-9]{1,2}日?`
/** The N digits of it, the era named or not (の4桁, の西暦4桁). */
const OF_DIGITS = 'の(?:西暦|和暦)?[0-9０-９一二三四五六七八](?:桁|けた|ケタ)(?:の(?:数字|番号))?'
const LOCK_BY_DIGITS = new RegExp(
  LOCK_THING +
    '(?:の(?:暗証)?(?:番号|ナンバー|数字|コード|ダイヤル))?(?:は|って|も)[、,]?[^\\n。！？!?]{0,40}?' +
    `(?:${LOCK_FACT})[^\\n。！？!?]{0,16}?` +
    OF_DIGITS + '(?:で|を(?:入れ|押|入力|合わせ)[^\\n。！？!?]{0,4}?(?:ると|れば|たら|て))[^\\n。！？!?]{0,6}?' +
    '(?:開(?:き|く|け|い|錠)|あ(?:き|く|け|い)|解錠|解除)',
  'gu',
)
/**
 * Blind R298K-040 kind: a lock's unlock number said to BE the N digits of a fact everyone knows (タブレット、ロック解除の番号は職員なら
 * 皆さんご存じの「市が誕生した年」の西暦4桁です, 金庫の暗証番号は所長の誕生日の4桁です): the same riddle as LOCK_BY_DIGITS, told with the
 * copula instead of "opens with". The topic is the lock's or device's number (解除の番号は, 暗証番号は, パスコードは); advice (暗証番号に誕生日や
 * 西暦を使わないでください: AWARENESS), the public's own (PUBLIC_OWN) and a year merely named (市が誕生した年（2005年）を記念して) are not one.
 */
const LOCK_NUMBER_IS = new RegExp(
  LOCK_THING +
    '(?:の|[、,]\\s?)?(?:画面)?(?:ロック)?(?:の)?(?:解除|解錠|開錠)?(?:の|用の)?(?:暗証)?(?:番号|ナンバー|コード|パスコード|パスワード|PIN)(?:は|って)[、,]?[^\\n。！？!?]{0,40}?' +
    `(?:${LOCK_FACT})[^\\n。！？!?]{0,16}?` +
    OF_DIGITS + '(?:です|でした|になります|となります|にしてい|にしてあ|に設定して|に設定しました|だよ|やけん|やから|だから|なので|ばい|たい)',
  'gu',
)
function findLockByDigits(t: string, has: Uint8Array, strong: StrongHit[]): void {
  if (has[W.opens]) lockByDigits(t, LOCK_BY_DIGITS, strong)
  if (has[W.hint]) lockByDigits(t, LOCK_NUMBER_IS, strong)
}
function lockByDigits(t: string, re: RegExp, strong: StrongHit[]): void {
  sentenceHits(t, re, strong, '解除番号', (sentence) => !AWARENESS.test(sentence) && !PUBLIC_OWN.test(sentence))
}

/**
 * Blind R368R-009, R368R-042 kinds: a way in told by the facts it is made of, with no word for the secret: a keypad opened by a staff
 * member's own number and a key after it (横のテンキーで職員番号のあとに＃を押せば開きます, 暗証番号錠は内線番号を入力すると開く), or a
 * login let in by such facts (アプリが動かないときは、職員番号と生年月日8桁でも入れる, 誕生日だけでログインできます): whoever knows or looks
 * up the fact is in. A staff login, a keypad or a door must be near (WAY_IN_FACT_CONTEXT); a staff login ID alone (職員番号でログイン) is
 * no secret, so a login needs a fact that is (生年月日, 誕生日, 電話番号…). Not the public's own account (PUBLIC_OWN, READER_SERVICE), nor
 * advice (AWARENESS). Bounded throughout.
 */
const WAY_IN_FACT_WORD = '(?:職員番号|社員番号|生年月日|誕生日|内線(?:番号)?|電話番号|代表(?:番号|電話)|記念日)(?:の?(?:西暦|和暦|下|末尾)?[0-9一二三四五六七八](?:桁|けた|ケタ))?'
const WAY_IN_BY_FACT = new RegExp(
  `${WAY_IN_FACT_WORD}(?:(?:と|＋|\\+)${WAY_IN_FACT_WORD})?(?:` +
    '(?:だけ)?で(?:も)?[、,]?(?:ログイン|サインイン|ログオン|入れ(?:る|ます|ちゃ)|はいれ|接続でき|つなが(?:る|ります)|開(?:く|き|け)|あ(?:く|き)|解錠|解除)' +
    '|(?:の)?(?:あとに|後に|後ろに|うしろに|最後に)[「『"]?[#*0-9A-Za-z]{1,4}[」』"]?(?:を|と)?(?:押|入力|入れ|打)[^\\n。！？!?]{0,4}?(?:ば|と|たら)[、,]?[^\\n。！？!?]{0,4}?(?:開|あ(?:き|く|け)|解錠|解除|入れ)' +
    '|(?:を|と)(?:押|入力|入れ|打ち?込)[^\\n。！？!?]{0,4}?(?:ば|と|たら)[、,]?[^\\n。！？!?]{0,4}?(?:開|あ(?:き|く|け)|解錠|解除|ログイン|サインイン))',
  'gu',
)
const WAY_IN_LOCK = /テンキー|キーパッド|操作盤|制御盤|電子錠|暗証番号錠|番号錠|ボタン錠|オートロック|金庫|ロッカー|扉|ドア|通用口|裏口|勝手口|錠/u
const WAY_IN_LOGIN = /職員(?:用|の|向け)|庁内|VPN|リモート|在宅勤務|テレワーク|グループウェア|業務用|ワンタイム|二段階|多要素/iu
const WAY_IN_SECRET_FACT = /生年月日|誕生日|電話番号|内線|代表|記念日/u
function findWayInByFact(t: string, has: Uint8Array, strong: StrongHit[]): void {
  if (!has[W.hint]) return
  let k = 0
  for (const m of t.matchAll(WAY_IN_BY_FACT)) {
    if (k++ >= MAX_HITS) break
    const start = m.index
    const end = start + m[0].length
    if (strong.some((f) => f.start < end && f.end > start)) continue
    const s = sentenceAround(t, start, end)
    const sentence = t.slice(s.start, s.end)
    const near = t.slice(Math.max(0, s.start - 120), s.end)
    // A day alone, used with で, is when (誕生日でも入れる): a day's figures are the key only with its digits or another fact joined.
    if (/^(?:誕生日|記念日)(?:だけ)?で/u.test(m[0])) continue
    const lock = WAY_IN_LOCK.test(near)
    if (!lock && !(WAY_IN_LOGIN.test(near) && WAY_IN_SECRET_FACT.test(m[0]))) continue
    if (AWARENESS.test(sentence) || PUBLIC_OWN.test(sentence) || READER_SERVICE.test(near) || GET_IN_NOT.test(t.slice(end, end + 8))) continue
    strong.push({ start, end: kanaTail(t, end, 4), label: '', name: lock ? '解除番号' : 'ログイン情報' })
  }
}

/**
 * Blind R123A-147: a lock's bare 番号 told by what it equals, its figures in brackets after (詰所の出入りは暗証式になります。番号は分団長の
 * 誕生日（０３２８）なので, 番号は市制施行の年「1954」です): the bracket holds the code. Not a time, a date or a phone number (番号は管理会社
 * （0944-73-1234）へ), nor a count (2024年, 3名: NOT_VALUE_AFTER). Bounded: the derivation is at most 20 characters.
 */
const BRACKETED_AFTER = /^(?:は|が)[、,]?[^\n。！？!?（(「『]{1,20}?[（(「『]/u
function bracketedValue(t: string, end: number): Value | null {
  const m = BRACKETED_AFTER.exec(t.slice(end, end + 24))
  if (!m) return null
  const at = end + m[0].length
  const v = valueAfter(t, at, false)
  if (!v || v.at !== at || !/^[）)」』]/u.test(t.slice(v.end, v.end + 1)) || NOT_LOCK_CODE.test(v.value)) return null
  return { ...v, start: end }
}

/**
 * Blind R173I-018 / R173I-051: a secret's value written partly in kana, the romaji read out in kana with figures or signs, so that a
 * check for a value in letters misses it (パスは「や な が わ の り 2 0 2 5」, ピー・ダブリュー：やなぎ＠壱九八七; spaced kana are closed up
 * by the squeezed view). In brackets closed right after it, or after a colon up to the end of its line; at least three kana and two
 * figures, letters or signs, and nothing else (a kanji ends it: 「誕生日の4けた」 is a hint, 2025ねんから変更 runs on). Not a slogan
 * (合言葉は「がんばろう2025」), a pass of another kind (周遊パスは「やながわ1day」: パス right after a kanji), a bare dial (a phone line's:
 * 虐待対応ダイヤル「189（いちはやく）」) nor a number with its reading in brackets (no bracket inside the value). Bounded: 40 characters.
 */
const KANA_MIXED = /^(?:は|が|も)?[、,]? ?(?:([「『"])|[:=] ?)([ぁ-ゖァ-ヺー!#-'*-~〇零一二三四五六七八九壱弐参肆伍陸漆捌玖]{5,40})/u
const KANA_MIXED_CLOSE: Record<string, string> = { '「': '」', '『': '』', '"': '"' }
function kanaMixedValue(t: string, start: number, end: number, word: string, needDial: boolean): Value | null {
  if (needDial || /合言葉|合い言葉|あいことば/u.test(word) || (word === 'パス' && /[一-龯々]/u.test(t[start - 1] ?? ''))) return null
  const m = KANA_MIXED.exec(t.slice(end, end + 48))
  if (!m) return null
  const value = m[2]!
  const next = t[end + m[0].length]
  if (m[1] !== undefined ? next !== KANA_MIXED_CLOSE[m[1]] : next !== undefined && next !== '\n') return null
  const kana = value.replace(/[^ぁ-ゖァ-ヺ]/gu, '').length
  const other = value.replace(/[ぁ-ゖァ-ヺー]/gu, '').length
  if (kana < 3 || other < 2) return null
  return { start: end, end: end + m[0].length, value, at: end + m[0].length - value.length }
}

/**
 * Blind R183I-041: the secret named by what it is for, with no word for it (入るときのは, 入る用のやつは, ログインする時のは, サインイン用のは),
 * stated with a value (は/が/:/=) right beside an account's name with its own value (WAY_IN_NEAR characters before or after): the pair
 * is a login. Without an account's value told (ログイン名は各自のメールアドレスです; 会場に入るときのは受付票です) nothing is found.
 */
const WAY_IN_SECRET =
  /(?:(?:ログイン|サインイン|ログオン)(?:する|の)?|(?<![ぁ-ゖ])(?:入る|はいる))(?:とき|時|際|用)の(?:やつ|ヤツ|もの|もん|あれ|アレ|方|ほう|文字列?|言葉|単語)?(?= ?[はが:=：])/gu
const WAY_IN_NEAR = 40
/** Blind R303V-010 kind: the bare login word whose value alone lets one in (ログインは X で). */
const LOGIN_BY_VALUE = /^(?:ログイン|サインイン)$/u
/** …the value used as the means (X で、…使えます, X でどうぞ, X で入れます), not a statement (X です) or a list (X でも). */
const LOGIN_VALUE_USED = /^\s?[」』"]?\s?で(?!す|し|も|は|ござ)/u
/** …on a device or an account named shortly before (共用パソコン, 端末, タブレット, システム, アカウント). */
const LOGIN_DEVICE = /パソコン|PC|端末|タブレット|スマホ|iPad|システム|アカウント|管理画面/iu
/**
 * Review (pisec22) kind: a login told by the service or the card it is done with (ログインは gBizID でできます, LINE で, マイナンバーカードで)
 * is a method, not a secret. The value must look like a password: letters and digits mixed (yanagawa07), letters spaced out
 * (h o r i …), or the sentence calls it the password (パスワード, PW).
 */
function PASSWORD_LIKE(value: string, written: string, sentence: string): boolean {
  if (/[A-Za-z]/u.test(value) && /[0-9]/u.test(value)) return true
  if (/[A-Za-z0-9](?:[ 　][A-Za-z0-9]){3}/u.test(written)) return true
  return /[A-Za-z0-9]/u.test(value) && /パスワード|(?<![A-Za-z])(?:PW|PASS)(?![A-Za-z])/iu.test(sentence)
}
function findWayInSecret(t: string, weak: ReadonlyArray<{ start: number; end: number }>, strong: StrongHit[]): void {
  WAY_IN_SECRET.lastIndex = 0
  let k = 0
  for (let m = WAY_IN_SECRET.exec(t); m && k < MAX_HITS; m = WAY_IN_SECRET.exec(t), k++) {
    const end = m.index + m[0].length
    const v = valueAfter(t, end, false)
    if (!v || !/[はが:=：]/u.test(t.slice(end, v.at)) || strong.some((f) => f.start < v.end && f.end > m!.index)) continue
    // Beside the account told in the same paragraph, not across a stop into another matter.
    const account = weak.find((w) => (w.end <= m!.index && m!.index - w.end <= WAY_IN_NEAR) || (w.start >= v.end && w.start - v.end <= WAY_IN_NEAR))
    if (!account) continue
    const between = account.end <= m.index ? t.slice(account.end, m.index) : t.slice(v.end, account.start)
    // Blind R400Z-005 kind: or on the next line of a list of fields (ユーザー名：X⏎ログイン用のあれ：Y), one line break and nothing else between.
    if (/[。！？!?]/u.test(between) || (/\n/u.test(between) && !/^[ \t　]{0,4}\n[ \t　]{0,4}$/u.test(between))) continue
    // An example or a rule (…のような, 各自で決めた…), not a value told.
    if (EXAMPLE_AFTER.test(t.slice(v.end, v.end + 28))) continue
    const s = sentenceAround(t, m.index, v.end)
    if (AWARENESS.test(t.slice(s.start, s.end)) || PUBLIC_OWN.test(t.slice(s.start, s.end))) continue
    strong.push({ start: m.index, end: v.end, label: m[0], name: 'パスワード' })
  }
}

/**
 * Blind R399Y-039 kind: a login named in the sentence (its ID told or not), then the watchword it is entered with (ログインは X、合言葉は
 * 『開会日の日付＋yngw』, アカウントは共通で、合言葉は yngw2025): the 合言葉 is the password by another name, told as a value or as the recipe it
 * is made of. Only after a login, an account or a user name in the same sentence (a slogan, 今年の合言葉は「…」, is no secret), only a
 * value with letters or figures or a fact it is made of, and not advice or the public's own (AWARENESS, PUBLIC_OWN). Bounded.
 */
const LOGIN_WATCHWORD =
  /(?:ログイン|サインイン|ログオン|アカウント|ユーザー?名|ユーザー?ID|(?<![A-Za-z])ID(?![A-Za-z]))[^\n。！？!?]{0,30}?[、,\s]\s?(?:合言葉|合い言葉|あいことば)(?:は|が|って|[:：=])\s?(?:いつもの|例の|共通の|おなじみの)?\s?(?:[「『"]([^」』"\n]{2,24})[」』"]|([!-~]{3,24})(?![!-~]))/gu
function findLoginWatchword(t: string, strong: StrongHit[]): void {
  findWatchwords(LOGIN_WATCHWORD, t, strong, (value, sentence) =>
    (/[A-Za-z0-9]/u.test(value) || MAY_HINT.test(value) || /日付/u.test(value)) && !AWARENESS.test(sentence) && !PUBLIC_OWN.test(sentence) && !HINT_RULE.test(sentence),
  )
}

/**
 * The watchwords `re` finds (group 1 or 2 its value), each from its 合言葉 to the value's end, pushed to `strong` as a password when the value
 * is one (not NOT_VALUE), no other finding covers it and `accepts(value, sentence)`.
 */
function findWatchwords(re: RegExp, t: string, strong: StrongHit[], accepts: (value: string, sentence: string) => boolean): void {
  if (!/合言葉|合い言葉|あいことば/u.test(t)) return
  for (const m of hitsOf(re, t)) {
    const value = m[1] ?? m[2]!
    if (NOT_VALUE.test(value)) continue
    const start = m.index + m[0].search(/合言葉|合い言葉|あいことば/u)
    const end = m.index + m[0].length
    if (strong.some((f) => f.start < end && f.end > start)) continue
    if (!accepts(value, sentenceText(t, start, end))) continue
    strong.push({ start, end, label: '', name: 'パスワード' })
  }
}

/**
 * Blind R404D-024, R402B-025 kinds: the watchword of a way in named in the sentence, given with its value (職員用Wi-Fiの合言葉、今日から
 * 「やながわ三八五二」になりました; インターホンで合言葉「ゆずのはな」を言ってもらえれば開けてます): a network's key or a door's password by
 * another name, told to everyone who reads the post. Only after the way in (a network, an intercom, a door, a gate, a key, a terminal) in
 * the same sentence, and only with the value said to open, connect or have changed (開けます, つながります, になりました): a slogan (今年の
 * 合言葉は「…」, 防犯の合言葉「いかのおすし」) or a chant for locking up (玄関の鍵をかけるときの合言葉は「いってきます、カギよし」) opens
 * nothing. Any quoted value, kana too. Not advice (AWARENESS). Bounded.
 */
const WAY_IN_USED = /開け|開き|開く|あけ|開錠|解錠|入れ|入る|入室|入館|つなが|つなげ|繋が|繋げ|接続|ログイン|変わ|変更|になりました|になります|に変え|更新/u
const ACCESS_WATCHWORD =
  /(?:Wi-?Fi|WiFi|ワイファイ|無線LAN|無線ラン|ネットワーク|インターホン|インターフォン|オートロック|玄関|通用口|裏口|勝手口|門|扉|ドア|入口|入り口|ゲート|鍵|カギ|金庫|ロッカー|端末|パソコン|PC)[^\n。！？!?「『]{0,30}?(?:の)?(?:合言葉|合い言葉|あいことば)(?:は|が|って|[:：=、,])?\s?(?:今日から|本日から|今月から|今週から|いつもの|例の)?\s?(?:[「『"]([^」』"\n]{2,24})[」』"]|([!-~]{3,24})(?![!-~]))/gu
function findAccessWatchword(t: string, strong: StrongHit[]): void {
  findWatchwords(ACCESS_WATCHWORD, t, strong, (_, sentence) => WAY_IN_USED.test(sentence) && !AWARENESS.test(sentence))
}

/**
 * Blind R438P-048 kind: a secret told to change on a schedule, then the value for the present period given after it in the same or
 * the next sentence (暗証番号は毎月1日に変わりますので、今月分は七・三・八・一です; パスワードは毎週更新します。今週のパスワードは…; 解除番号は
 * 月替わりです。今月は 5 0 2 8 になります): the period's value is the secret itself, in figures, letters or kanji numerals. The date of the
 * change (毎月1日) may hold a figure of its own, so the clause between is read up to the change word. Only the present or next period
 * (今月分, 今週の, 今回, 来月); a value that only tells when or where to learn it (今月分は掲示板でお知らせします, 今月分は窓口でお尋ね
 * ください) is no value, and the city asking staff to set or change their own PIN (暗証番号は毎月変更してください) gives none.
 */
const PERIOD_VALUE =
  /(?:暗証番号|暗証|パスワード|パスコード|PIN|解除番号|ドアコード|入室コード|キーコード|解錠番号|開錠番号)(?:は|が|を|も)[^。！？!?\n]{0,40}?(?:変わ|かわ|変え|変更|更新|切り替|切替|替わ|替え)[^。！？!?\n]{0,16}?[、,。！!]\s?(?:(?:今月|今週|今期|今年度|今回|今日|本日|当月|現在|来月|来週|次回)(?:分|の分)?(?:の(?:番号|暗証番号|暗証|パスワード|パスコード|コード|PIN))?)(?:は|が)[、,]?\s?/gu
function findPeriodValue(t: string, strong: StrongHit[]): void {
  PERIOD_VALUE.lastIndex = 0
  let k = 0
  for (let m = PERIOD_VALUE.exec(t); m && k < MAX_HITS; m = PERIOD_VALUE.exec(t), k++) {
    const end = m.index + m[0].length
    const v = valueAfter(t, end, false)
    if (!v || v.value.length < 3 || strong.some((f) => f.start < v.end && f.end > m!.index)) continue
    // A date, a time, a count or an amount (今回は2024年4月1日に変更, 今月は17時まで) is no code.
    if (/^\s?[年月日時分秒円人件回台か歳%％:：/.-]/u.test(t.slice(v.end, v.end + 2))) continue
    const s = sentenceAround(t, m.index, v.end)
    if (AWARENESS.test(t.slice(s.start, s.end))) continue
    strong.push({ start: m.index, end: v.end, label: m[0].replace(/(?:は|が|を|も)[\s\S]*$/u, '') })
  }
}

function findSecrets(doc: Doc, has: Uint8Array, low: Uint8Array, emit: (f: DraftFinding) => void): void {
  // The squeezed view: パ ス ワ ー ド and 三・七・一・九 are closed up; spaced ASCII letters stay spaced.
  const t = doc.squeezed.text
  // A paragraph without one of these words (the ASCII ones in any case) has no secret word; a login given as a screen's fields names
  // none (blind R358F-042 kind: findFieldPair).
  if (!has[W.secret] && !low[F.secret]) {
    const fields: StrongHit[] = []
    findFieldPair(t, fields)
    for (const f of fields) {
      const { start, end } = doc.fromSqueezed(f.start, f.end)
      emit({ rule: 'security/credential', start, end, data: { label: f.name ?? '' } })
    }
    return
  }
  // Whether the paragraph is about a network (asked once, for the first bare キー or key).
  let network: boolean | undefined
  /** `name`: what the value is, when no word in the text says it (a key sequence: 解除番号). */
  const strong: StrongHit[] = []
  const weak: Array<{ start: number; end: number; label: string }> = []
  SECRET_KEY.lastIndex = 0
  let n = 0
  // SECRET_KEY is run only where a word it cannot match without occurs.
  const keyWords = has[W.secretKey] || low[F.secretKey]
  for (let m = keyWords ? SECRET_KEY.exec(t) : null; m && n < MAX_HITS; m = SECRET_KEY.exec(t), n++) {
    const word = m[0]
    // キー alone is a Wi-Fi key only when the paragraph is about Wi-Fi.
    // So is a bare English key (key: X) in a post about a network (Staff network: NAME / key: X).
    const isWeak = m[2] !== undefined && !(/^(?:キー|key)$/iu.test(word) && (network ??= NETWORK.test(t)))
    const end = m.index + word.length
    const dial = /^ダイヤル$/u.test(word)
    // A dial on its own is a lock only with 右/左 turns or a safe nearby (災害用伝言ダイヤル171 is a phone service). Blind R65A-070: or a
    // box or locker that holds a key named shortly before (キーボックス（ダイヤル 3-9-1-6）, 合鍵はキーケースに入れとるけん。ダイヤルは…).
    const needDial = dial && !/金庫|錠|ロック/u.test(t.slice(Math.max(0, m.index - 8), m.index)) && !DIAL_HOLDER.test(t.slice(Math.max(0, m.index - 24), m.index))
    let v = valueAfter(t, end, needDial)
    // English or romaji: password is X, PIN = X, pasuwaado wa X.
    if (!v && /^[A-Za-z]/u.test(word)) {
      const en = /^ (?:is|are|wa) /iu.exec(t.slice(end, end + 6))
      if (en) v = valueAfter(t, end + en[0].length, needDial)
    }
    // ユーザー名とパスワードは yngw / kanko2025: the second of a pair of values.
    if (!v && !isWeak) {
      const pair = /^[^\n。]{1,24}? ?[/／、,] ?/u.exec(t.slice(end, end + 30))
      if (pair) v = valueAfter(t, end + pair[0].length, needDial)
    }
    // The value a little further on: 暗証番号、忘れないようにここに書いておきます→0721 / パスワード、いつものやつ（yngw0000）.
    if (!v && !isWeak) {
      const far = /^[^\n。]{0,30}?(?:[→:=（(「『【]|(?<=[A-Za-z]) (?:is|are) )/u.exec(t.slice(end, end + 32))
      // Not a document about the secret: パスワードの再設定方法（PDF：123KB）.
      if (far && !/方法|場合|について|手順|再発行|お知らせ|お願い|マニュアル|資料|ページ|詳しく|PDF|問い合わせ/iu.test(far[0])) v = valueAfter(t, end + far[0].length - 1, needDial)
    }
    // Dial turns on the next line: 金庫のダイヤル番号を共有します。⏎右に38、⏎左に71.
    if (!v && !isWeak) {
      const nl = /^[^\n]{0,20}\n\s*(?=[右左][にへ]?[0-9〇一二三四五六七八九])/u.exec(t.slice(end, end + 24))
      if (nl) v = valueAfter(t, end + nl[0].length, needDial)
    }
    // Blind R287L-048 kind: the secret named, the rest of its line a remark in any dialect (パスワードば新しくしたけん！, 暗証番号、
    // お知らせしとくね), then the value alone in brackets opening the next line (『…』「…」【…】). Not a time, a phone number, a date, a
    // URL or an address; not advice or the public's own secret.
    if (!v && !isWeak) {
      const nextLine = /^[^\n。]{0,30}\n[ \t]?(?=[「『【"][!-~]{4,40}[」』】"])/u.exec(t.slice(end, end + 34))
      if (nextLine) {
        const at = end + nextLine[0].length
        const next = valueAfter(t, at, needDial)
        const raw = next?.value.replace(/[^!-~]/gu, '') ?? ''
        if (next && next.at === at + 1 && !/^\d{1,2}:\d{2}|^0\d{1,4}-\d{1,4}-\d{3,4}$|^\d{2,4}[/.-]\d{1,2}(?:[/.-]\d{1,2})?$|[¥$%]|:\/\/|@/u.test(raw)) {
          const s = sentenceAround(t, m.index, end)
          const s2 = sentenceAround(t, next.at, next.end)
          const around = t.slice(s.start, s.end) + t.slice(s2.start, s2.end)
          if (!AWARENESS.test(around) && !PUBLIC_OWN.test(around) && !EXAMPLE_AFTER.test(t.slice(next.end, next.end + 28))) v = next
        }
      }
    }
    // A number a few words on, stated as the value: 金庫の番号は、昨年と同じ1234のままです, 暗証番号は全台 4719 に統一しています.
    if (!v && !isWeak) {
      // Blind R81A-020: the value in kanji numerals, too (暗証番号は前回から変わらず 四・八・二・〇 です: squeezed to 四八二〇).
      const near = /^(?:は|が)[、,]?[^\n。0-9]{0,12}?(?=(?:[0-9]{3,8}|[〇零○一二ニ三四五六七八九](?:[・ ]?[〇零○一二ニ三四五六七八九]){2,7}) ?(?:の|です|だ|で|。|、|$|やけ|や(?=[。！!\s]|$)|ばい|たい|っす|に(?:統一|設定|変更|固定|そろえ|揃え|し|なっ|なり)))/u.exec(t.slice(end, end + 32))
      if (near) v = valueAfter(t, end + near[0].length, needDial)
    }
    // The value as the whole next sentence (金庫の番号、忘れる人が多いので念のため。ゼロ・ハチ・イチ・ゴです。).
    if (!v && !isWeak) {
      const stop = /^[、,][^\n。]{0,30}。\s?/u.exec(t.slice(end, end + 34))
      if (stop) {
        const next = valueAfter(t, end + stop[0].length, needDial)
        if (next && next.at === end + stop[0].length && /^(?:です|だ|でした|になります)?[。！!]|^(?:です|だ)?$/u.test(t.slice(next.end, next.end + 6))) v = next
      }
    }
    // Blind R63A-108: the secret named as what people ask or forget, the value told again a sentence or two on, on its own or after
    // what it equals (ダイヤル錠の番号がわからんって問い合わせが多かったので改めて！開設年と同じ「１９８７」です, 暗証番号を忘れたという
    // 声が多いので再掲します。「0412」やけん). The value ends its statement (です, やけん, たい); before it, nothing or a derivation
    // (…と同じ): not another figure's label (受付時間は, 電話は, 費用は).
    if (!v && !isWeak) {
      const told = TOLD_AGAIN.exec(t.slice(end, end + 110))
      if (told) {
        const at = end + told[0].length
        const next = valueAfter(t, at, needDial)
        const raw = next?.value.replace(/[^!-~]/gu, '') ?? ''
        if (next && next.at <= at + 1 && VALUE_ENDS.test(t.slice(next.end, next.end + 8)) && !/^\d{1,2}:\d{2}|^0\d{1,4}-\d{1,4}-\d{3,4}$|^\d{2,4}[/.-]\d{1,2}(?:[/.-]\d{1,2})?$|[¥$%]|:\/\/|@/u.test(raw)) {
          const s = sentenceAround(t, next.at, next.end)
          if (!AWARENESS.test(t.slice(s.start, s.end)) && !PUBLIC_OWN.test(t.slice(s.start, s.end)) && !/初期|初回|仮の/u.test(t.slice(m.index, next.end))) v = next
        }
      }
    }
    // Blind R265G-042 kind: the secret named, then noted down here after a colon (…バックアップコードを発行しました。念のためこちらにも
    // 控えておきます：4821-9930 / 1174-6602). Not a time, a phone number, a date or an address; not advice or the public's own secret.
    if (!v && !isWeak) {
      const noted = NOTED_HERE.exec(t.slice(end, end + 110))
      if (noted) {
        const at = end + noted[0].length
        const next = valueAfter(t, at, needDial)
        const raw = next?.value.replace(/[^!-~]/gu, '') ?? ''
        if (next && next.at <= at + 1 && !/^\d{1,2}:\d{2}|^0\d{1,4}-\d{1,4}-\d{3,4}$|^\d{2,4}[/.-]\d{1,2}(?:[/.-]\d{1,2})?$|[¥$%]|:\/\/|@/u.test(raw)) {
          const s = sentenceAround(t, m.index, next.end)
          if (!AWARENESS.test(t.slice(s.start, s.end)) && !PUBLIC_OWN.test(t.slice(s.start, s.end))) v = next
        }
      }
    }
    // Blind R173I-018: a value partly in kana (パスは「や な が わ の り 2 0 2 5」).
    if (!v && !isWeak) v = kanaMixedValue(t, m.index, end, word, needDial)
    // Blind R121A-046: the values said to follow (暗証番号は以下のとおりである。本町地区：4719).
    if (!v && !isWeak) {
      const listed = LISTED_BELOW.exec(t.slice(end, end + 48))
      if (listed) {
        const next = valueAfter(t, end + listed[0].length, needDial)
        // Not a time, a phone number or a date listed there (受付：12:30まで).
        if (next && next.at === end + listed[0].length && !/^\d{1,2}:\d{2}|^0\d{1,4}-\d{1,4}-\d{3,4}$|^\d{2,4}[/.-]\d{1,2}(?:[/.-]\d{1,2})?$/u.test(next.value)) v = next
      }
    }
    // A value given by its derivation: 代表番号の下4桁. Stop 52 (found by fixer pisec11): not a rule for the public's own secret
    // (図書館のWebサービスの初期パスワードは、利用者番号の下4桁です: each reader's own), unless the login is the staff's.
    if (!v && !isWeak) {
      const derived = /^[^\n。]{0,24}?(?:下|末尾|最後の?|頭の?|先頭の?)[0-9一二三四五六七八]桁/u.exec(t.slice(end, end + 32))
      if (derived) {
        const s = sentenceAround(t, m.index, end + derived[0].length)
        const sentence = t.slice(s.start, s.end)
        if (!(PUBLIC_OWN.test(sentence) || /(?:会員|利用者|利用カード|図書館カード|お客様|登録|受付|受験)番号/u.test(derived[0])) || STAFF_LOGIN.test(sentence)) v = { start: m.index, end: end + derived[0].length, value: derived[0], at: end }
      }
    }
    // Blind R61A-139: the secret told by how it differs from one staff know (いつものパスの末尾を2026に変えたもの, 前のものの最後に!を
    // 付けたもの, 先月のやつの頭の1を7にした): a part of it and the value put there.
    if (!v && !isWeak) {
      const part = PART_CHANGED.exec(t.slice(end, end + 48))
      if (part) {
        const s = sentenceAround(t, m.index, end + part[0].length)
        if (!PUBLIC_OWN.test(t.slice(s.start, s.end))) v = { start: m.index, end: end + part[0].length, value: part[1]!, at: end + part[0].length - part[1]!.length }
      }
    }
    // The new value a secret was changed to, a few words on: 開錠番号は本日付で０７１９に変更済み, 認証情報を本日 X に更新した.
    // (The word set off by a comma is tried last, below: a mnemonic or a date after the comma tells its value better.)
    if (!v && !isWeak && !/^[、,]/u.test(t.slice(end, end + 1))) {
      const changed = CHANGED_TO.exec(t.slice(end, end + 60))
      if (changed) v = valueAfter(t, end + changed[1]!.length, needDial)
    }
    // Blind R60A-057: the value after its mnemonic (番号は「はなはな」で8787, 暗証番号は語呂合わせで「いいくに」1192).
    if (!v && !isWeak) v = mnemonicValue(t, end, needDial)
    // The news that it changed, then the new value: 暗証番号が変更になりました。1357です (round 56).
    if (!v && !isWeak) {
      const then = CHANGED_THEN.exec(t.slice(end, end + 48))
      if (then) v = valueAfter(t, end + then[0].length, needDial)
    }
    // Blind R68 (colleague): the date a new code takes effect, then the code (電子錠は、2025/4/1 から 7391 に変わります).
    if (!v && !isWeak) v = codeAfterWhen(t, end, needDial)
    // Blind R94A-025: the word set off by a comma, then when and the new value (通用口の暗証番号、今月から ４ ８ ２ ０ ＃ に変わっています).
    if (!v && !isWeak && /^[、,]/u.test(t.slice(end, end + 1))) {
      const changed = CHANGED_TO.exec(t.slice(end, end + 60))
      // Not when the gap names the secret again (南京錠、番号は「やなぎ」で893: the 番号 is found on its own).
      if (changed && !/番号|暗証|コード|パス|ナンバー|[「『]/u.test(changed[1]!)) v = valueAfter(t, end + changed[1]!.length, needDial)
    }
    if (!v) continue
    // The release of a lock told as a time, a date, a phone number or a product (ロック解除は 8:30 から, iPhone15 以降): no code.
    if (LOCK_RELEASE.test(word) && (NOT_OPENING_VALUE.test(v.value) || /^[A-Za-z]+\d{1,2}$/u.test(v.value))) continue
    // So is any lock word's (会議室の電子錠は、2025/4/1 からICカードに切り替わります; オートロックの故障は 0944-73-8111 へ), unless a word for
    // the code stands between (電子錠、暗証番号 2580).
    if (LOCK_WORD.test(word) && !/番号|コード|ナンバー|暗証|数字|パス|PIN/iu.test(t.slice(end, v.at)) && notLockCode(v.value, t, v.end)) {
      // …though the code may follow the date it takes effect on (電子錠は、2025/4/1 から 7391 に変わります).
      const w = codeAfterWhen(t, end, needDial)
      if (!w || notLockCode(w.value, t, w.end)) continue
      v = w
    }
    // Blind GV-027: secrets named in a list (will never ask for your bank PIN, online banking password or …; your password, PIN or
    // card details): a plain word after the comma is the next item named, not the value.
    if (/^[A-Za-z]/u.test(word) && /^ ?[,、] ?$/u.test(t.slice(end, v.at)) && /^[A-Za-z]+$/u.test(v.value)) continue
    // Blind HI-015: an English secret word in running prose (please change your password right away, your ID or password on the
    // linked site, please …): a plain word after it, with nothing that states it as the value (no colon, =, is/are, quote or bracket),
    // is the sentence going on. A value with a digit or a sign inside it (password kanko0944) is still one, and so is a word in a
    // Japanese sentence (PW yanagawa です).
    if (/^[A-Za-z]/u.test(word) && /^[A-Za-z]+[!?.;]*$/u.test(v.value) && !EN_STATED.test(t.slice(end, v.at))) {
      const s = sentenceAround(t, m.index, v.end)
      if (!/[ぁ-んァ-ヴ一-龯]/u.test(t.slice(s.start, s.end))) continue
    }
    // An account and its secret written as a pair with no word for the secret: Wi-Fi: YANAGAWA_KANKO / hakushu2026, ID: kanko01 / Yana2026.
    let pairOf: Value | null = null
    if (isWeak) {
      const sep = /^ ?[/／|｜] ?/u.exec(t.slice(v.end, v.end + 4))
      if (sep && /[:=はが]/u.test(t.slice(end, v.at))) pairOf = valueAfter(t, v.end + sep[0].length, false)
      // ID：kanko01 / PW：Yngw#2025: the second has its own word and is found on its own.
      if (pairOf && /[:=]/u.test(pairOf.value)) pairOf = null
      // The pair read as one value (ログインは zeimu02/Yngw2025! です): an account and, after the slash, a secret that
      // mixes letters with digits or signs.
      const joined = pairOf ? null : /^([!-~]{2,40}?) ?[/|] ?([!-~]{4,40})$/u.exec(v.value)
      if (joined && /[A-Za-z]/u.test(joined[2]!) && /[0-9!-/:-@[-`{-~]/u.test(joined[2]!) && /[:=はが]/u.test(t.slice(end, v.at))) pairOf = v
    }
    // Quoted as an example: 「1234」のような番号, パスワードは12345678では危険.
    if (EXAMPLE_AFTER.test(t.slice(v.end, v.end + 28))) continue
    // Shown as a sample (見本として「…」, 「…」という例を示し): blind TX-027.
    if (EXAMPLE_BEFORE.test(t.slice(Math.max(0, v.at - 10), v.at)) || EXAMPLE_NAMED_AFTER.test(t.slice(v.end, v.end + 10))) continue
    // Passwords as a class (よく使われるパスワードの上位は「123456」): a list of weak ones, no account's secret.
    if (CLASS_OF_SECRETS.test(t.slice(Math.max(0, m.index - 14), m.index))) continue
    // A statement (パスワードは X です, PW：X) tells the value even next to 教えないでください; otherwise
    // (パスワードを「123456」にするのは危険です) an awareness sentence is teaching, not telling.
    const declared = /[はが:=→]/u.test(t.slice(end, Math.max(end, v.at)))
    const sentence = sentenceAround(t, m.index, v.end)
    if (!declared && AWARENESS.test(t.slice(sentence.start, sentence.end))) continue
    // Blind R303V-010 kind: the login of a device told as one value that people get in with (共用パソコン…ログインは「h o r i w a r i 0 3」
    // で、臨時スタッフさんも使えます; ログインは X で入れます): with no other secret named, that value is the whole key, spaced out or not.
    // Only the bare ログイン/サインイン stated with は, its value then used with で, and a device or an account named in the sentence.
    if (isWeak && !pairOf && LOGIN_BY_VALUE.test(word) && /は/u.test(t.slice(end, v.at)) && LOGIN_VALUE_USED.test(t.slice(v.end, v.end + 4))) {
      const s = sentenceAround(t, m.index, v.end)
      const said = t.slice(Math.max(0, s.start - 60), s.end)
      if (LOGIN_DEVICE.test(said) && PASSWORD_LIKE(v.value, t.slice(v.at, v.end), t.slice(s.start, s.end)) && !AWARENESS.test(t.slice(s.start, s.end)) && !PUBLIC_OWN.test(t.slice(s.start, s.end))) {
        strong.push({ start: m.index, end: v.end, label: word, name: 'ログイン情報' })
        continue
      }
    }
    // Review rsec59 kind: a public service's published rule for the reader's own password, made of their own facts (電子申請のマイページの
    // パスワードは、登録した電話番号の下4桁です): no value of anyone's is told (no letters, no run of figures).
    if (!pairOf && !/[A-Za-z]|[0-9０-９]{3,}/u.test(v.value) && readerServiceSecret(t, m.index, v.end)) continue
    // Review rsec59 kind: a shop's or a campaign's code named by when it is typed, told with what it gives (ふるさと納税サイトで、初回に入力する
    // コードは「YANAGAWA10」です。送料が無料になります): a code handed to everyone for a benefit, no secret. Only a secret named by when or
    // where it is typed (TYPED_NAME), never a password's or a PIN's own word.
    if (TYPED_NAME.test(word) && CAMPAIGN_CODE.test(t.slice(sentenceAround(t, m.index, v.end).start, Math.min(t.length, v.end + 60)))) continue
    ;(isWeak && !pairOf ? weak : strong).push({ start: m.index, end: pairOf ? pairOf.end : v.end, label: word })
  }
  // Blind R183I-041: an account's name given with its value, and beside it the thing to get in with named only by its use, with its
  // own value (ログイン名は X、入るときのは Y です; ID: X / ログインする時のは Y; 入る用のは Y): the second is the account's password.
  if (weak.length > 0) findWayInSecret(t, weak, strong)
  // A bare 番号/コード/数字 is a lock's when its value opens something: 入口の番号は 1234 で開きます.
  if (has[W.number]) {
    GENERIC_NUMBER.lastIndex = 0
    let k = 0
    for (let m = GENERIC_NUMBER.exec(t); m && k < MAX_HITS; m = GENERIC_NUMBER.exec(t), k++) {
      const end = m.index + m[0].length
      if (strong.some((f) => f.start < end && f.end > m!.index)) continue
      const lockNear = /^(?:は|が)/u.test(t.slice(end, end + 1)) && LOCK_NEAR.test(t.slice(Math.max(0, m.index - 40), m.index))
      // (Blind R60A-057: a lock's 番号 told with its mnemonic: 金庫に入れといてね。番号は「はなはな」で8787やけん.)
      // Blind R185A-009: or the news that it changed, the new value after it (キーボックス、番号が変わって ４ ７ ２ ９ になりました).
      const changed = lockNear ? CHANGED_TO.exec(t.slice(end, end + 60)) : null
      const v = valueAfter(t, end, false) ?? (lockNear ? mnemonicValue(t, end, false) ?? bracketedValue(t, end) ?? (changed ? valueAfter(t, end + changed[1]!.length, false) : null) : null)
      // The value opens something, or the sentence or the one before speaks of a lock (テンキー式の電子錠…番号は2580#).
      if (!v || !(OPENS.test(t.slice(v.end, v.end + 14)) || lockNear)) continue
      // Told by a lock near it only: a time, a date or a phone number is not the code (電子錠になりました。番号は 2025/4/1 以降に掲示します).
      if (!OPENS.test(t.slice(v.end, v.end + 14)) && (NOT_LOCK_CODE.test(v.value) || ROOM_OR_MODEL_AFTER.test(t.slice(v.end, v.end + 6)))) continue
      strong.push({ start: m.index, end: v.end, label: m[0] })
    }
  }
  // A code told by how to work it out (開館記念日の月と日を4けたで押せば開きます, 代表番号の下4桁を入れると解錠).
  const lockOrDoor = has[W.lock] || has[W.door]
  // Blind R236I-052 kind: a device unlocked the same way (受付用タブレットは、代表電話の下4桁を入れると開きます).
  if ((lockOrDoor || has[W.unlockDevice]) && has[W.typed]) {
    codesWithoutWord(DERIVED_CODE, t, t, strong, '解除番号')
  }
  // A new code given with its label (新番号：4719, 新しいパスワードは…) where the paragraph speaks of a secret or a lock.
  if (has[W.renewed] && (lockOrDoor || has[W.password] || low[F.password])) {
    codesWithoutWord(NEW_CODE, t, t, strong, '変更後の番号')
  }
  // A key sequence told as what to press (ナナ・イチ・サン・ゴの順に押して, 2580#と入力) where the
  // paragraph speaks of a lock or a door: the code, whatever word (or none) introduced it.
  if (has[W.keyPress] && lockOrDoor) {
    // Read in hiragana (ナナ・イチ → なな・いち); same offsets.
    codesWithoutWord(KEY_SEQUENCE, toHiragana(t), t, strong, '解除番号')
  }
  // A code in kanji numerals keyed in (パネルで 四・八・二・六 を押してから「確定」), where a lock or an alarm's release is spoken of.
  if (has[W.keyPress] && has[W.kanjiDigit]) keyedCodes(KANJI_KEY_SEQUENCE, t, strong, KANJI_CODE_CONTEXT)
  // A code in figures keyed in on an alarm's panel (操作盤で 2-0-8-7 を押してから確定ボタンで解除), no lock or door named.
  if (has[W.keyPress]) keyedCodes(PARTED_KEY_SEQUENCE, t, strong, PARTED_CODE_CONTEXT, PARTED_CODE_NOT)
  if (has[W.keyPress]) keyedCodes(KEY_ORDER_TOLD, t, strong, KANJI_CODE_CONTEXT, PARTED_CODE_NOT)
  // Blind R390P-034 kind: a keypad's code told as the order the keys now go in (ボタンキー、今日から 七・三・〇・九 の順番になりました).
  if (t.includes('の順')) keyedCodes(CODE_ORDER_STATED, t, strong, ORDER_CODE_CONTEXT, PARTED_CODE_NOT)
  // A dial turned right to one number and left to another (右に「21」、左に「75」, 右に ni-ichi 左に nana-go) on a safe or a lock.
  if (has[W.turn] && has[W.dialLock]) codesWithoutWord(DIAL_TURNS, t, t, strong, 'ダイヤルの番号')
  // Round 56: a lock named, then its 番号 told changed and the new value after the news (オートロック、番号かわりました！ 47 # 29 です);
  // the 番号 stands alone (after a comma, a stop or の), not as part of another number (電話番号, 受付番号). (After the key sequences:
  // ナナ・イチ・サン・ゴの順に押して is found there as the code alone.)
  if (has[W.number]) {
    GENERIC_NUMBER.lastIndex = 0
    let k = 0
    for (let m = GENERIC_NUMBER.exec(t); m && k < MAX_HITS; m = GENERIC_NUMBER.exec(t), k++) {
      const end = m.index + m[0].length
      if (strong.some((f) => f.start < end && f.end > m!.index)) continue
      if (!/(?:^|[、,。!！\s]|の)$/u.test(t.slice(Math.max(0, m.index - 1), m.index)) || !LOCK_NEAR.test(t.slice(Math.max(0, m.index - 40), m.index))) continue
      const then = CHANGED_THEN.exec(t.slice(end, end + 48))
      const v = then ? valueAfter(t, end + then[0].length, false) : null
      if (!v || strong.some((f) => f.start < v.end && f.end > m!.index)) continue
      const s = sentenceAround(t, m.index, v.end)
      if (AWARENESS.test(t.slice(s.start, s.end))) continue
      strong.push({ start: m.index, end: v.end, label: m[0] })
    }
  }
  findOneTimeCode(t, strong)
  findValueThatOpens(t, has, strong)
  findDoorBracketCode(t, strong)
  findKeyedThenValue(t, strong)
  findInitialSettingValue(t, strong)
  findDefaultCredential(t, strong)
  findInitialRecipe(t, strong)
  findLoginPair(t, strong)
  findFieldPair(t, strong)
  findLoginAlike(t, strong)
  findLoginRecipe(t, strong)
  findSharedAccount(t, strong)
  findRemoteCode(t, strong)
  findAccountLogin(t, strong)
  findKanaThatOpens(t, has, low, strong)
  findHints(t, has, strong)
  findLockByDigits(t, has, strong)
  findUsualPlusAffix(t, has, strong)
  findConnectRecipe(t, has, strong)
  findWayInByFact(t, has, strong)
  findLoginWatchword(t, strong)
  findAccessWatchword(t, strong)
  findPeriodValue(t, strong)
  if (strong.length === 0) return
  let last = -1
  for (const f of [...strong, ...weak].sort((a, b) => a.start - b.start)) {
    // One finding for one value: キーボックス（暗証 8-2-1） names the lock and the secret.
    if (f.start < last) continue
    last = f.end
    const { start, end } = doc.fromSqueezed(f.start, f.end)
    const label = (f as { name?: string }).name ?? doc.raw.slice(start, doc.fromSqueezed(f.start, f.start + f.label.length).end)
    emit({ rule: 'security/credential', start, end, data: { label } })
  }
}

/** A host name given by its keyword: サーバー名は KANKO-SV01, PC名：YNG-PC023. */
const HOST_NAME =
  /(?:サーバー?名|ホスト名|コンピューター?名|端末名|PC名|共有フォルダ名?|共有ドライブ名?|ファイルサーバー?|NAS)(?: ?(?:は|:|=|→))? ?([A-Za-z][A-Za-z0-9_-]{1,30}[0-9_-][A-Za-z0-9_-]{0,30}\$?)(?![A-Za-z0-9_.-])/gu
/**
 * Blind R261D-011 kind: an internal server's host name given in brackets after the word server (申請受付サーバー（shinsei-ap01）, 基幹系サーバ
 * (jyuki-db02)): a name with a role suffix of a server farm (-ap01, -db02, -fs1, -sv03, -web01) points at the inside network, even in an
 * apology. A name on the LGWAN (….lgwan) is INTRANET_HOST's. A product or a version in brackets (サーバー（Windows2019）, サーバー（AWS）)
 * has no role suffix and is not this.
 */
const ROLE_HOST = /(?:サーバー?|サーバ機|ホスト|端末)\( ?([A-Za-z][A-Za-z0-9]{1,20}-(?:ap|app|db|fs|sv|srv|svr|web|dc|ad|file|mail|nas|bk|bkup|log)[0-9]{1,3})(?=\))/giu
/**
 * Blind R158A-136: the name (SSID) of a network kept for staff, given next to its staff label (職員用の「yngw-staff」には接続できません,
 * 職員向けWi-FiのSSIDは yngw-staff, 庁内ネットワーク「YNGW-LAN」): the public need not know it, and it points at the inside network. The
 * name is quoted or labelled (SSID, ネットワーク名) right after the label, in a paragraph about a network. The visitors' network
 * (来庁者の方は「Yanagawa_Free」), a staff network named with no name (職員用のWi-Fiはご利用いただけません) and a name before the label
 * (「Yanagawa_Free」は職員用ではありません) are not this.
 */
const STAFF_NETWORK =
  /(?:職員|庁内|内部|業務|スタッフ|staff)(?:用|向け|専用)?(?:の)?(?:(?:wi-?fi|無線LAN|無線|ネットワーク|回線|アクセスポイント|LAN)(?:の)?)?(?:(?:SSID|ネットワーク名)(?: ?(?:は|:|=))? ?([A-Za-z0-9][A-Za-z0-9_.-]{2,31})|[「『"]([A-Za-z0-9][A-Za-z0-9_.-]{2,31})[」』"])/giu
/** The label is one of staff or the inside: 用, 向け, 専用 after 職員, or 庁内 and 内部 before a network word. */
const STAFF_NETWORK_LABEL = /^(?:職員|業務|スタッフ|staff)(?:用|向け|専用)|^(?:庁内|内部)(?:用|向け|専用)?(?:の)?(?:wi-?fi|無線|ネットワーク|回線|LAN|アクセスポイント)/iu

// ---------- keys, guards, devices out of order ----------

/**
 * Blind R99A-079: a card that opens a door is a key (カードキーは課長席の右の引き出しに入っていて, 書庫のセキュリティカードは…棚のファイルに
 * 挟んであります, 通用口の入館カードは…消火器ボックスの中に置いています): where it is kept is where a key is kept.
 */
const CARD_KEY = 'カードキー|キーカード|ICカードキー|セキュリティカード|セキュリティーカード|入館カード|入室カード'
const CARD_KEY_AT_START = new RegExp(`^(?:${CARD_KEY})`, 'u')
const KEY_NOUN = new RegExp(`(?:合鍵|合い鍵|スペアキー|マスターキー|予備の鍵|予備鍵|鍵束|${CARD_KEY}|(?<![ァ-ヴー])キー(?![ァ-ヴー])|鍵|カギ|かぎ)(?:は|を|が|も|、|,)`, 'gu')
/**
 * Where a key is left: 〜にあります, 〜に置いてます, 〜の中です, 〜の下に隠して …
 * Blind R163A-070/R163A-085: a drawer or a hidden spot named as where the key lives with the copula or a verb of keeping after で
 * (ロッカーの鍵はレジ下の引き出しです, 展示室の鍵は受付の引き出しで管理しています, 予備の鍵は棚の奥で保管しています). A key kept by a
 * section or at a desk with no spot (鍵は総務課で管理しています, 受付で保管しています) is handed over there, not hidden.
 * Blind R291F-012 kind: the spot marked by へ instead of に before a verb of putting (鍵は、前日夕方に勝手口横の消火器ボックスの中へ入れて
 * おきます, 合鍵は物置の棚へしまっています): the direction is where the key is left all the same (also in KEY_PUT: 〈箱〉へ鍵を入れて).
 */
const KEPT = /(?:へ(?:入れ|いれ|置い|おいてあ|おいてま|隠し|かくし|しまっ|しまい|差し込ん|挟ん|はさん|貼り付け|張り付け|吊る)|に(?:まとめて|全部|ぜんぶ|一緒に|そのまま|いつも|こっそり|まるごと)(?:置い|入れ|いれ|隠し|しまっ|しまい|保管し|掛け|かけ|貼っ|吊る)|にあり|にある|に置い|においてあ|においてま|におい(?:とき|とい)|に入れ|に入って|にいれ|に隠し|にかくし|に隠れ|にしまっ|にしまい|にしまってあ|に保管|に掛け|に掛か|にかけてあ|に貼っ|に貼り付け|にはり付け|に(?:[^\s。！？!?\n、,でにをは]{0,5}テープ|ガムテ|セロテ|布テ|養生テ|磁石|マグネット|結束バンド|針金|ひも|紐|ヒモ|ロープ|輪ゴム|ゴム|画鋲|押しピン|クリップ|洗濯ばさみ|洗濯バサミ|フック|ワイヤー|チェーン|鎖|両面)で(?:貼|張|はっ|はり|留|とめ|止め|くっつけ|固定|吊|つる|ぶら下げ|結|縛|しば|括|くく|挟|はさ|引っ掛け|ひっかけ)|に張り付け|にくっつけ|に挟ん|にはさん|に差し込ん|に吊る|に吊し|につるし|にぶら下げ|にぶらさげ|に引っ掛け|に引っかけ|にひっかけ|に置きっぱなし|(?:に|へ)(?:戻し|もどし|戻す|もどす)|(?:に|へ)(?:移し|うつし|移動し|移動させ)|の(?:中|なか|下|した|裏|うら|上|奥|横|後ろ|内側)(?:です|だよ|だ|にあ|に置|に入|に隠|に貼|に掛|。|！|!|$)|の?(?:引き出し|引出し|引出|ひきだし)(?:の(?:中|なか|奥))?(?:です|だよ|だ|やけん|ばい|にあ|に入|で(?:管理|保管)(?:し|され)|。|！|!|$)|の(?:中|なか|下|した|裏|うら|奥|後ろ|内側)で(?:管理|保管)(?:し|され)|(?<=(?<![鍵カギキーー])(?:封筒|袋|箱|缶|ケース|キャビネット|棚|段|段目|ファイル|ポーチ|巾着))で(?:管理|保管)(?:し|され)|(?<=最上段|最下段|上段|下段|中段|段目)(?:です|だよ|だ|やけん|ばい|。|！|!|$))/u
/**
 * A key to be put back after use (鍵を消火栓ボックスの中に戻しておいてください): where it goes back to is where it lives.
 * Put back to a staffed desk or a locked box (事務室のキーボックスに戻す), or to no place told (元の場所に, 所定の位置へ), it is
 * handed over or tidied away, not hidden.
 */
/** Blind HL-101: right after a keeping verb, its negation (保管せず, 入れずに, 置いたままにせず, 入れていない, 隠しません): the key is not there. */
const KEPT_NOT = /^[ぁ-ゖ]{0,6}?(?:せず|さず|かず|れず|ず(?:に)?|ない(?:で|よう)?|ません)[、,]?/u
const PUT_BACK = /(?:に|へ)(?:戻|もど)[しす]/u
/**
 * Blind R172A-031: a key moved to a new spot (金庫の合鍵は、課長席の右の引き出し（上から2段目）に移しました, 予備の鍵を棚の奥の箱へ移動しました):
 * where it now lives. Only to a spot that hides or holds it (a drawer, a shelf, a box, under or behind a thing), and only the key moved
 * (鍵を開けて荷物を倉庫に移しました moves the load; 鍵は総務課に移しました hands the keeping to a section; 金庫に移しました locks it away).
 */
const MOVED = /(?:に|へ)(?:移|うつ)[しす]|(?:に|へ)移動/u
const MOVED_TO_SPOT = /引き出し|引出し?|ひきだし|棚|箱|ボックス|ケース|缶|袋|封筒|ポスト|郵便受け|植木鉢|鉢|ロッカー|キャビネット|段目|の(?:下|した|裏|うら|奥|後ろ|横|中|なか|内側)/u
/**
 * Review sec58 kind: a key said to be kept in a safe, a locked cabinet or a staffed office, or with a keeper (鍵は事務室の金庫に保管して
 * います, 予備の鍵は金庫に保管しています, 鍵は鍵付きのキャビネットで管理, 体育館の鍵は管理棟の事務室にあります, 鍵は区長さん宅にあります):
 * reassurance that the key is locked away or in someone's hands, no way in. The place must end in it (金庫の上, 事務室前の消火器ボックス
 * are a spot all the same; so is a portable cash box or one under a counter: 受付カウンター下の青い手提げ金庫), and the sentence tell no code,
 * clock time or way in (KEY_SAFE_BUT); a hiding place anyone can reach (消火器ボックスの裏, 植木鉢の下, ポストの中) still blocks.
 */
const KEY_SAFE_PLACE =
  /(?:(?<!手提げ|手さげ|手提|小型|簡易|ポータブル)金庫|金庫室|保管庫|(?:鍵|カギ|かぎ|錠)(?:付き|つき|の(?:かかる|掛かる|かけられる|掛けられる))の?(?:キャビネット|ロッカー|引き出し|引出し|書庫|戸棚|棚|ボックス|箱|部屋)|(?:施錠|ロック)(?:できる|された|して(?:ある|いる)|可能な|式の?|付きの?)の?(?:キャビネット|ロッカー|引き出し|引出し|書庫|戸棚|棚|ボックス|箱|保管庫|部屋|倉庫)|事務室|事務所|管理室|管理事務所|職員室|守衛室|警備室|総務課|[^\s、,の]{1,8}(?:課|係)|(?:さん|様|長)(?:の)?(?:宅|お宅|家|自宅))(?:の(?:中|なか)|内)?$/u
/** A code, a clock time or a way in told with the key's safe (金庫の番号は…, 17時以降, 開けたまま, 施錠していない): no reassurance. */
const KEY_SAFE_BUT = /[0-9０-９]|番号|暗証|ダイヤル|パスワード|開けた?まま|開いた?まま|開けっ放し|開けっぱなし|施錠(?:せず|して(?:い|お)(?:な|ませ|りませ))|(?:鍵|カギ)を?(?:かけ|掛け)(?:ず|て(?:い|お)(?:な|ませ|りませ))|誰でも|だれでも|自由に|勝手に|各自で?(?:取|開)/u
/** A place that is no spot: a bare carrier the key is put in first (封筒に入れて…), or a manner in に (厳重に保管, 適切に保管). */
const KEY_NO_SPOT = /^(?:[^\s、,の]{0,6}の)?(?:封筒|袋|ふくろ|ケース|キーケース|ポーチ|ビニール袋|チャック袋)$|(?:厳重|適切|適正|大切|確実|慎重|丁寧|安全|厳格|一元的|個別|別々|一括|しっかり|きちんと)$/u
/** Where a container kept in (…の白い封筒で保管) is placed: a room, a piece of furniture or a side of one. */
const CONTAINER_AT_SPOT = /室|庫|棚|段|キャビネット|ロッカー|引き出し|引出し|机|デスク|カウンター|テーブル|奥|横|裏|下|上|脇|隣|右|左|内側|課|係|所|館|倉庫|書庫/u
/** Whether a key's place is a safe, a locked cabinet, a staffed office or a keeper, and the sentence tells no code, time or way in. */
function keptInSafe(place: string, kept: string, sentence: string): boolean {
  if (!KEY_SAFE_PLACE.test(place) || KEY_SAFE_BUT.test(sentence) || CLOCK_TIME.test(sentence)) return false
  // A box hidden under, behind or beside furniture (受付カウンター下の青い手提げ金庫) is a spot all the same.
  if (/(?:下|した|裏|うら|後ろ|うしろ|横|脇|隣|床|足元)(?:の|に|にある)/u.test(place)) return false
  // Not on, under or beside the safe (金庫の上に置いて, 金庫の裏です): inside it only.
  return !/^の(?:下|した|裏|うら|上|横|後ろ|奥)/u.test(kept)
}
/** A room walked into, then the way on from its door (事務室に入って左側, 倉庫に入ってすぐ右, 入って正面の): a route, not a keeping. */
const WALK_IN_ROUTE = /^に入って[、,]?(?:すぐ|左|右|正面|奥|突き当た|つきあた|まっすぐ|真っ直ぐ)/u
const NO_PLACE_TOLD = /(?:元|もと|所定|決められた|指定|定位置|同じ|鍵穴|かぎ穴)(?:の|された)?(?:場所|位置|所|ところ)?$/u
const KEY_NOT_KEPT = /受付(?!カウンター|台|の(?:下|奥|裏|中|横|引き出し))|窓口(?!カウンター|の(?:下|奥|裏|中|横|引き出し))|お声がけ|お申し出|お問い合わせ|貸し出し|貸出|お渡し|お受け取り|借り|返却|返して|お預かり|回収|(?:各自|自分|それぞれ|個人|各人)の(?:ロッカー|金庫)/u
/**
 * Blind R59A: what fastens a key to its spot (ガムテで, 養生テープで, 針金で, 結束バンドで): 〈場所〉に〈留め具〉で貼り付けとる is where the
 * key is, in any register (郵便受けの裏にガムテで貼り付けとるけん). Bounded: one short noun before で.
 */
const FASTENED = '(?:[^\\s。！？!?\\n、,でにをは]{0,5}テープ|ガムテ|セロテ|布テ|養生テ|磁石|マグネット|結束バンド|針金|ひも|紐|ヒモ|ロープ|輪ゴム|ゴム|画鋲|押しピン|クリップ|洗濯ばさみ|洗濯バサミ|フック|ワイヤー|チェーン|鎖|両面)で'
/**
 * A place, then the key put there: 〈箱〉に〈鍵〉を置いて(あります). Bounded: the place is one phrase.
 * Blind R194A-006 kind: a spare too (…の箱の中にも予備を一本入れてあります), the key named as the topic earlier in the sentence
 * (SPARE_OF_KEY) and the spare called 予備 or スペア alone, with its count; the spot is not a staffed desk or a locked box.
 * Blind R333S-024 kind: a key hung at the spot (消火栓ボックスの中に予備の鍵を吊るしてあります, 物置の中にスペアキーを吊るしておきます,
 * 配電盤の裏に引っ掛けてあります, …にぶら下げてあります) is put there as much as one laid down (also in KEPT).
 */
const KEY_PUT = new RegExp(
  `([^\\s。！？!?\\n、,]{2,16}(?:の(?:中|なか|下|した|裏|上|奥|横|後ろ|内側|引き出し))?)(?:に|へ)(?:も|は)?[、,]?(?:(?:いつも|普段|ふだん|常に|こっそり|念のため)[、,]?)?(?:${FASTENED})?(?:(?:予備|スペア|共用|共有|職員用|管理用|マスター|非常用|緊急用|夜間用|休日用)の)?(合鍵|合い鍵|スペアキー|マスターキー|予備の鍵|${CARD_KEY}|鍵|カギ|予備|スペア)を(?:[1-9１-９一二三]{1,2}(?:本|つ|個|組|セット)|ひとつ|ふたつ)?(?:${FASTENED})?(?:置い|入れ|隠し|しまっ|しまい|保管し|掛け|かけ|貼っ|貼り付け|張り付け|くっつけ|挟ん|はさん|差し込ん|吊るし|吊し|つるし|吊る|ぶら下げ|ぶらさげ|引っ掛け|引っかけ|ひっかけ|戻し|もどし|留め|止め|とめ|固定し|結ん|結わえ|縛っ|くくりつけ|括り付け)(?:て(?:あり|おき|おいて|おいた(?!ら|り)|い|ます|ある|おく|おります|る|ください|下さい|た(?!ら|り|ん|の|け))|で(?:あり|おき|い|ます|ある|おく|おります|る|た(?!ら|り|ん|の|け))|とき|とい|と(?:る|った|ります|ーと)|ちょ(?:る|った|ります)|とう)`,
  'gu',
)
/** Before a bare 予備 or スペア put at a spot: the key named as a topic or an object earlier in the sentence (鍵は…, 倉庫のカギを…). */
const SPARE_OF_KEY = /(?:合鍵|合い鍵|鍵|カギ|かぎ|(?<![ァ-ヴー])キー(?![ァ-ヴー]))(?:は|も|を|が|、)/u
const KEY_PLACE = /(?:鍵|合鍵|カギ)の(?:保管|隠し|置き)場所(?:は|:)/gu
/**
 * Blind R58A: where a key is kept, in English (the key to the boat shed is kept under the blue flowerpot, the spare key is
 * hidden behind the meter box, we leave the keys in the mailbox, you'll find the key under the mat). Read in the folded view
 * (lower case). A key is kept at a spot: a verb of keeping before the spot (kept, left, hidden, taped …), or a spot under or behind
 * something, or inside a named container. Keys at a staffed desk or in a key box (at the front desk, in the key box at reception)
 * and advice (never leave your key under the mat) are not this.
 */
const EN_KEY_WORD = '(?:(?:spare|master|extra|duplicate|backup|back-up|door|gate|shed|office|storage|front|back|side)[ -])?keys?(?![a-z])'
const EN_KEY_NOUN = `(?<![a-z])${EN_KEY_WORD}`
const EN_KEY_SPOT = '(?:under|underneath|beneath|behind|inside|on top of|in|on|above|below|next to|by)'
const EN_KEY_VERB = '(?:kept|left|hidden|stored|placed|taped|tucked|stashed|hung|hanging|put|sitting|lying)'
const EN_CONTAINER = '(?:mail ?box|letter ?box|post ?box|flower ?pot|plant ?pot|planter|pot|drawer|meter box|fuse box|gas meter|electric meter|shoe box|bucket|watering can|toolbox|tool box|cabinet|birdhouse|mat|doormat|rock|stone|brick)'
const EN_KEY_KEPT = new RegExp(
  `${EN_KEY_NOUN}(?: (?:to|for|of) [^.!?\\n]{1,40}?)? (?:is|are|will be|gets|get|stays|stay|can be found|is always|are always|is usually|are usually)(?: (?:always|usually|now|still|normally))? (?:${EN_KEY_VERB} ${EN_KEY_SPOT}|(?:under|underneath|beneath|behind|inside|on top of) |in (?:the|a|our) [a-z -]{0,20}?${EN_CONTAINER}(?![a-z]))` +
    `|(?<![a-z])(?:we|i|you(?:['’]ll| will)?|staff|they) (?:keep|leave|hide|store|put|tape|tuck|stash|hang|find|will find|can find)(?: (?:the|our|a|your))?(?: [a-z-]{2,15}){0,2} ${EN_KEY_WORD}(?: (?:to|for|of) [^.!?\\n]{1,40}?)? (?:back )?${EN_KEY_SPOT} ` +
    `|(?<![a-z])(?:put|return|leave|place|hide|tape) (?:the|our)(?: [a-z-]{2,15}){0,2} ${EN_KEY_WORD}(?: (?:to|for|of) [^.!?\\n]{1,40}?)? back ${EN_KEY_SPOT} `,
  'gu',
)
/**
 * The spot is a staffed desk, a key box or a person (the key is handed over or locked away), or on one's person (in my bag, in
 * your pocket: a key carried, not hidden).
 */
const EN_KEY_SECURED = /^[^.!?\n]{0,40}?(?:front desk|reception|office|counter|key ?box|lock ?box|key cabinet|safe(?![a-z])|staff|security (?:desk|office)|guard|manager|city hall|information desk|lost and found|(?:my|your|his|her|their|our) (?:own )?(?:bag|pocket|wallet|purse|backpack|handbag|coat|jacket)|pocket|wallet|purse)/u
/** Advice: the key's hiding place named as what not to do. */
const EN_KEY_ADVICE = /never|don['’]?t|do not|avoid|shouldn['’]?t|should not|burglar|thie(?:f|ves)|unsafe|risky|dangerous|not a good idea|bad idea|tips?(?![a-z])|beware|careful/u

/** A system left open: 認証なしで外から見える, パスワードなしでアクセスできる, ログイン不要で誰でも閲覧できる (a gap told). */
const OPEN_SYSTEM =
  /(?:ログイン|認証|パスワード|ID)(?:なし|無し|不要|がかかっていない|がかかっておらず|を設定していない|が設定されていない)(?:で|の(?:まま|状態で))[^。！？!?\n]{0,12}?(?:外から|外部から|誰でも|だれでも|インターネットから|ネットから)?[^。！？!?\n]{0,8}?(?:見える|見られる|閲覧でき|アクセスでき|入れる|ログインでき|開ける|丸見え)/gu
/** A place, then the key said to be there: 消火器ボックスの中に鍵があります, 郵便受けに合鍵が入っています. */
const KEY_THERE =
  new RegExp(String.raw`([^\s。！？!?\n、,]{2,16}(?:の(?:中|なか|下|した|裏|うら|上|奥|横|後ろ|内側|引き出し))?)に(?:(?:予備|スペア|共用|共有|職員用|管理用|マスター|非常用|緊急用|夜間用|休日用)の)?(合鍵|合い鍵|スペアキー|マスターキー|予備の鍵|${CARD_KEY}|鍵|カギ)が(?:あります|ある|置いてあ|置いとる|入って(?:い|ま|お|る)|入っとる|入っちょる|入れてあ|隠してあ|しまってあ|掛けてあ|かけてあ|貼ってあ|吊るしてあ|下げてあ)`, 'gu')
/** A door, a building or a thing one locks, before 鍵をかけ: the key locks it (ドアに鍵をかける, 自転車に鍵をかけて, 集会所には、いつも鍵をかけています). */
const LOCKED_THING = /(?:ドア|扉|戸|門|門扉|玄関|窓|入口|入り口|出入口|出入り口|勝手口|裏口|通用口|通用門|シャッター|ロッカー|金庫|自転車|バイク|車|倉庫|物置|部屋|室|書庫|保管庫|箱|引き出し|引出し|キャビネット|集会所|(?<![守衛警備])所|館|センター|庁舎|施設|建物|校舎|教室|トイレ|小屋|ホール|住宅|棟|堂)(?:の(?:方|ほう))?(?:も|は|にも)?$/u
/** A time, not a place, before 鍵をかけ: then the key locks a door (昼間に, 夜間に, 外出時に, 寝る前に, 留守中に). */
const TIME_NOT_PLACE = /(?:昼間|日中|夜間|夜中|深夜|早朝|朝|夜|昼|夕方|時|(?<!の)(?:中|前|後|間)|際|とき|時間帯|毎日|必ず|常に|いつも)$/u
/** The key named by where it lies: 玄関脇の植木鉢の下にある鍵, 郵便受けの中に入っている合鍵, 物置に掛けてあるカギ; blind R404D-033 kind: in a container lying there (引き出しに入っとる茶封筒の中のｶｷﾞで金庫ば開けて). */
const KEY_AT =
  new RegExp(String.raw`([^\s。！？!?\n、,]{2,16}(?:の(?:中|なか|下|した|裏|うら|上|奥|横|後ろ|内側|引き出し))?)に(?:ある|あります|置いてある|置いている|置いてる|置いとる|置いちょる|入っている|入ってる|入っとる|入れてある|入れてる|隠してる|隠してある|しまってある|掛けてある|かけてある|貼ってある|吊るしてある|下げてある)(?:[^\s。！？!?\n、,]{1,8}の(?:中|なか|下|奥)の)?(?:(?:予備|スペア|共用|共有|職員用|管理用|マスター|非常用|緊急用|夜間用|休日用)の)?(合鍵|合い鍵|スペアキー|マスターキー|予備の鍵|${CARD_KEY}|鍵|カギ|かぎ)`, 'gu')
/** A secured or staffed place (キーボックス, 金庫, 受付): a key there is handed over or locked away, not left out. */
/** A place on one's person (かばんのポケットに, 財布の中に): a key carried, not a key hidden (鍵をなくしたと思ったら、かばんのポケットに入ってた). */
const CARRIED = /(?:ポケット|かばん|カバン|鞄|バッグ|財布|リュック|手元|上着|コート|ズボン|ポーチ|ペンケース|筆箱)(?:の(?:中|奥|底|内側))?(?:に|へ|で)?$/u
/**
 * Blind R91A-004: a spot under, behind or at the back of a staffed desk's furniture (受付テーブルの下の青い書類箱, 窓口カウンターの下の
 * 引き出し, フロントの机の裏): the key lies hidden there, not handed over at the desk. Read out of a place before the staffed-desk test.
 * Blind R292E-037 kind: a drawer of a staffed desk's furniture, its side named between (その鍵は受付テーブル右側の引き出しに入れています,
 * 窓口カウンターの左の引き出し): a drawer hides the key as 受付の引き出し does; the desk's name does not make it handed over.
 */
const UNDER_FURNITURE = /(?:受付|窓口|フロント|事務所|事務室|管理室)の?(?:テーブル|机|つくえ|デスク|カウンター|台|棚)?の?(?:(?:向かって)?(?:右|左)側?|奥|横|脇|隣)?の?(?:下|した|裏|うら|後ろ|うしろ|引き出し|引出し|ひきだし)/gu
/** `place` with any spot under a staffed desk's furniture read out (a key hidden there is no key at the desk). */
function unstaffed(place: string): string {
  return place.replace(UNDER_FURNITURE, '')
}
const KEY_SECURED = /(?:キー|鍵|カギ|かぎ|暗証番号?|ダイヤル|ダイヤル錠|セキュリティ)(?:式|付き|つき)?(?:ボックス|ぼっくす)|きーぼっくす|金庫|保管庫|キーケース|受付|窓口|事務所|事務室|管理人|管理室|フロント|守衛|職員|係員/u
/** A spot of one facility: its side, a door of it, a floor (市民病院の東側非常口, 本庁舎の裏口, 2階の窓). */
const SPECIFIC_SPOT = /(?:東|西|南|北)側(?:の)?(?:非常口|通用口|出入口|入口|裏口|勝手口|窓|扉|ドア|門|駐車場|駐輪場|通路)|(?:庁舎|病院|公民館|体育館|図書館|支所|センター|浄水場|倉庫|学校|館)の(?:非常口|通用口|裏口|勝手口|裏門|通路)|[0-9一二三四五六七八九]階の(?:窓|扉|ドア|非常口)/u
/** Advice said in so many words. */
const EXPLICIT_ADVICE = /盗難|盗まれ|窃盗|ひったくり|ましょう|しないで|ないよう|てください|下さい|やめ|避け|防犯対策|空き巣|泥棒|警察/u
/**
 * Blind GW-056: a crime-prevention checklist's do-not, said in the plain negative to end the item (●鍵の保管場所を植木鉢の下や郵便受けに
 * しない, 合鍵の隠し場所を玄関まわりに作らない, …は家族以外に教えないこと): a rule for every household, no site's arrangement.
 */
const HOUSEHOLD_DONT = /(?:し|置か|隠さ|作ら|教え|知らせ|書か|貼ら|選ば|決め|残さ)ない(?:こと|ように(?:する|しましょう)?|でおく)?[。．.！!]?\s*$/u
/** A site of the city's own (庁舎, サーバ室, 公民館 …): a do-not about it is the city's own arrangement. */
const CITY_SITE = /庁舎|市役所|本庁|支所|出張所|サーバ|電算|公民館|体育館|図書館|センター|倉庫|書庫|金庫室|施設|館内|事務所|学校|校舎/u
/**
 * Whether a sentence about a gap gives advice rather than telling the gap: for a spot of one facility
 * only advice in so many words counts (東側非常口は…施錠されていないことが多い is a gap told).
 */
/** The factory-value form of WEAK_SPOT (パスワードは初期設定のまま). */
const FACTORY_KEPT = /(?:初期設定|初期値|初期パスワード|デフォルト|工場出荷時|購入時)(?:の)?(?:まま|から変えて|から変更して)/u
/** The reader's own device or home (ご家庭の, お使いの, ご自宅の, 皆さんの). */
const READER_DEVICE = /ご家庭|ご自宅|お宅|お使いの|お手持ちの|ご自身|あなた/u
/**
 * Blind KT-027 kind: after the factory value kept, a condition (使っていると, にしておくと, だと, の場合) and the risk it brings (おそれ, 可能性,
 * 危険, かもしれません): a hypothetical habit and its danger, told to anyone. Bounded.
 */
const RISK_IF_KEPT = /^[^。！？!?\n]{0,10}?(?:ていると|ていれば|ていたら|てると|てたら|でいると|だと|では|の場合(?:は|には)?|にして(?:いる|お)?くと|にしてると)[、,]?[^。！？!?\n]{0,40}?(?:おそれ|恐れ|可能性|危険|リスク|かもしれ|かねな|かねま|ことがあ|被害に)/u
/** A question put to the reader (…になっていませんか？, …ではないですか). */
const ASKED = /(?:ませんか|ないですか|ないか|でしょうか)[？?]?(?:[。！!\s]|$)|[？?]/u
function isAdvice(sentence: string): boolean {
  return SPECIFIC_SPOT.test(sentence) ? EXPLICIT_ADVICE.test(sentence) : SAFETY_ADVICE.test(sentence)
}
// Blind R129I-106: the police posted (警察官の配置は駅前2名のみ) is a deployment told, not advice to call the police.
const SAFETY_ADVICE = /盗難|盗まれ|窃盗|ひったくり|ましょう|しないで|ないよう|注意|危険|狙われ|避け|やめ|防犯対策|被害|空き巣|泥棒|侵入(?:さ|す|盗)|ことが多い|警察(?!官(?:の|は|が)?(?:配置|配備|人数|[0-9０-９]))/u

/**
 * A gap quoted as what is going round, then denied by the city (「沖端の水門が壊れた」という情報が出回っていますが、現在、水門は正常に
 * 稼働しています; 「…防犯カメラが壊れている」という噂がありますが、すべて正常に作動しています): a rumour corrected, no gap told. The
 * quote must close within the sentence and be framed as talk (という情報, との投稿, という噂); a rumour confirmed (という噂は本当で)
 * does not deny it.
 */
const QUOTED_TALK = /^[^「」『』\n]{0,40}?[」』](?:という|との|って|といった)(?:情報|噂|うわさ|ウワサ|話|投稿|書き込み|書込み|デマ|声|メール|お問い合わせ|問い合わせ|ご指摘|指摘)/u
const DENIED = /正常に(?:稼働|作動|動い|機能|施錠|運用|使用|ご利用)|問題(?:は)?(?:なく|ありません|ございません|ありませんでした|ございませんでした)|異常(?:は)?(?:なく|ありません|ございません|ありませんでした|は見られ)|事実(?:では|ではありません|ではございません|無根)|そのような事実|誤り|デマ|誤った情報|確認されておりません|確認されていません|壊れて(?:い|お)りません|壊れていません|故障して(?:い|お)りません|故障していません/u

/** Whether the gap at [start, end) lies in a quoted rumour the post then denies. */
function deniedRumour(t: string, start: number, end: number): boolean {
  const open = Math.max(t.lastIndexOf('「', start), t.lastIndexOf('『', start))
  if (open < 0 || start - open > 40) return false
  const inside = t.slice(open + 1, start)
  if (/[」』\n]/u.test(inside)) return false
  const after = QUOTED_TALK.exec(t.slice(end, end + 60))
  if (!after) return false
  const rest = t.slice(end + after[0].length, end + after[0].length + 120)
  return !/^(?:は|も)?(?:本当|ほんと|事実で|事実です|その通り)/u.test(rest) && DENIED.test(rest)
}

/**
 * Blind R240F-036 kind: a swindler's words quoted in a fraud warning (実際にかかってきた電話では、次のような言葉が…⏎「…これから職員が
 * 受け取りに伺いますので、暗証番号を紙に書いて封筒に入れておいてください」⏎これらはすべて詐欺です): what the caller asks for is shown so
 * that readers know it, no weak spot of the writer's own. The saying stands in 「」 (opened at most 120 characters before on its line), and
 * the fraud is named right after its close (within 80 characters: これらはすべて詐欺です, といった手口), or in what introduces it with a word
 * for the saying (不審な電話…次のような言葉). A saying reported from inside (課長が「金庫の暗証番号は紙に書いて貼っておいて」と) names no
 * fraud and stays.
 */
const SCAM_NAMED = /詐欺|手口|不審な?(?:電話|メール|はがき|ハガキ|訪問|人物|者)|なりすまし|成りすまし|騙し|騙そう|だまし|だまそう|をかた(?:る|った|り)/u
const SAYING_WORD = /言葉|文言|セリフ|台詞|せりふ|電話|メール|手口|話し?て|言って|言われ/u
function scamSaying(t: string, start: number, end: number): boolean {
  const q = quoteAround(t, start, end, 120)
  if (q === null || q.close - end > 120) return false
  if (SCAM_NAMED.test(t.slice(q.close + 1, q.close + 81))) return true
  const before = t.slice(Math.max(0, q.open - 80), q.open)
  if (SCAM_NAMED.test(before) && SAYING_WORD.test(before)) return true
  // Blind R251W-021 kind: introduced as what callers say (次のような電話が確認されています) and then denied as the city's way (市の職員が…
  // ことは絶対にありません), in the same paragraph.
  return CALLER_INTRO.test(before) && STAFF_NEVER.test(t.slice(q.close + 1, q.close + 121))
}
/**
 * Blind KH-011 kind (pisec60): a saying reported as what someone else tells the victim to do, in a trick's steps (3. カードを封筒に入れさせ、
 * 「暗証番号を紙に書いて一緒に入れて」と指示する; 「パスワードを付箋に書いて渡して」と言ってくる): the words are the trickster's, shown so that
 * readers know them. The quote is followed at once by a verb of telling or asking (と指示, と言っ, と頼, と求め, と迫, などと); whether it is a
 * fraud's is read in `post`, from the whole post (its title: 【…だまし取る「詐欺盗」の手口】). A saying reported with no fraud named anywhere
 * (課長が「金庫の暗証番号は紙に書いて貼っておいて」と指示した) stays a weakness.
 */
const TOLD_TO_DO = /^(?:と|って|などと|とか)[、,]?[^。！？!?\n「」]{0,6}?(?:指示|要求|要請|命じ|言(?:う|い|っ|わ)|い(?:って|われ|いま|いだ)|頼(?:む|み|ま|ん)|求め|迫|促|持ちかけ|持ち掛け|もちかけ|伝え|話(?:す|し)|せか|急か|誘導|説得|たたみかけ)/u
function reportedSaying(t: string, start: number, end: number): boolean {
  const q = quoteAround(t, start, end, 120)
  return q !== null && q.close - end <= 120 && TOLD_TO_DO.test(t.slice(q.close + 1, q.close + 16))
}
/**
 * …and the saying standing as a paragraph of its own (「…暗証番号を紙に書いて封筒に入れておいてください」 alone between blank lines): the
 * paragraph is nothing but sayings in 「」, so whether the fraud is named around it is read in `post`, from the paragraphs before and after.
 */
/**
 * Blind R251W-021 kind: the sayings introduced as what callers (or mail, visitors) were heard to say (最近、市内で次のような電話が確認されて
 * います, 以下のようなメールが届いています, こんな訪問が相次いでいます): words from outside, reported to warn. Read as a swindler's only when the
 * post names the fraud anywhere (its title: 【…だまし取る手口…】) or the paragraph after the sayings says the city never asks so (市の職員が
 * 暗証番号をお尋ねすることは絶対にありません). A call from inside with neither (課長から次のような電話がありました) keeps the weakness.
 */
const CALLER_INTRO = /(?:次の|以下の|下記の|このような|こんな|こういった|同様の)(?:ような)?(?:内容の)?(?:不審な|怪しい|あやしい)?(?:電話|お電話|メール|SMS|ショートメール|ショートメッセージ|はがき|ハガキ|封書|手紙|訪問|声かけ|声掛け|連絡|言葉|文言)/u
const STAFF_NEVER = /(?:市|町|村|役所|役場|職員|警察|銀行|金融機関|税務署|年金事務所)[^。！？!?\n]{0,40}?(?:こと|事)は[、,]?(?:絶対に|決して|一切)?(?:あり(?:ません|えません)|ございません|いたしません|しません)/u
const SAYINGS_ONLY = /^[\s　]{0,4}(?:[・●○\-][\s　]{0,2})?(?:[「『][^「『」』]{1,200}[」』][、,・\s　]{0,3}){1,4}[。．]?[\s　]*$/u
function sayingParagraph(t: string): boolean {
  return t.length <= 400 && SAYINGS_ONLY.test(t)
}

/** Security made stronger, said as an announcement: 増員します, 強化します, 万全の体制で. */
/**
 * Blind R248B-038 kind: the server room described in general, by what keeps it safe (庁舎のサーバ室では、無停電電源装置や空調設備で…守って
 * います, サーバールームには消火設備を備えています): a job's introduction that tells no gap. Where it is (3階, 奥, 地下), when or how one gets in
 * (入口, 鍵, カード, 番号, 見学), who is there or not (無人, 夜間) or what is weak (故障, 死角) told in its paragraph keeps the warning.
 */
const SERVER_ROOM = /^(?:サーバー?室|サーバールーム)$/u
const ROOM_DESCRIBED =
  /(?:サーバー?室|サーバールーム)(?:では|には|は|も)[、,]?[^。！？!?\n]{0,60}?(?:守って|守られて|備えて|備えた|備わって|設置して|設置され|整備して|整備され|導入して|導入され|管理して|管理され|保護して|保護され|稼働して|動いて)/u
const ROOM_DETAIL =
  /[0-9一二三四五六七八九十]{1,3}(?:階|F|号館|時)|地下|屋上|最上階|奥|隣|となり|横|裏|向かい|突き当|手前|場所|位置|入り方|入口|入り口|出入口|出入り|扉|ドア|鍵|カギ|かぎ|カード|暗証|番号|コード|入室(?:方法|手順|の仕方|でき)|入れ|開け|開い|無人|誰(?:も|でも)|だれ|手薄|故障|壊れ|死角|いない|おらん|夜間|夜は|休日|土日|曜日|見学|ご案内|ご覧|公開|立ち入|ノック/u
const REINFORCED = /増員|強化|万全|徹底し|拡充|増や(?:し|す)|配置します|配置いたします|体制を整え/u
/** A public event (its security is announced to visitors). */
const EVENT = /花火|祭|まつり|大会|イベント|式典|マラソン|パレード|フェス|コンサート|成人式|つどい|会場/u
/**
 * A patrol's times or days, and in the next sentence (or after a comma) the hours or days left unwatched (パトロールは20時と深夜1時の
 * 2回です。それ以外の時間帯は監視が手薄になります). Blind R70A-026: the watch may follow its schedule (十二月の毎週水曜日、二十一時から
 * 二十三時まで…農道を重点的にパトロールしています), the figures in kanji (二十一時), the schedule a weekday (毎週水曜日), and the gap
 * said as no round at all (それ以外の曜日は見回りがない, ほかの日は回っとらん, 他の時間は巡回しておりません). Bounded gaps only.
 */
const WATCH_WORD = '(?:パトロール|巡回|見回り|見まわり|巡視|夜回り|警備|監視)'
/** The watch in the schedule, also as the verb (河川敷を見回っています, 見て回ります). */
// Blind R78A-003: the round told by where it goes (…の順に回って, 各地区を回ります): 回 right after に, を or ば, so no count (2回) or loop (内回り).
const WATCH_DONE = '(?:パトロール|巡回|見回り|見まわり|巡視|夜回り|警備|監視|見回(?:っ|る|ら)|見まわ(?:っ|る|ら)|見て回|(?<=[にをば])回(?:って|ります|る(?![数目])))'
// Blind R321C-056 kind: the round's dates too (警備会社の巡回は12月30日と1月2日の日中だけで、それ以外の日は機械警備のみ).
const PATROL_WHEN =
  '(?:[0-9０-９〇零一二三四五六七八九十]{1,3}時|(?:毎週)?[月火水木金土日]曜日?|(?:[0-9０-９〇零一二三四五六七八九十]{1,3}月)?[0-9０-９〇零一二三四五六七八九十]{1,3}日(?!間|程度|以上|ほど|前)|(?<![0-9０-９])[0-9０-９]{1,2}/[0-9０-９]{1,2}(?![0-9０-９]))'
/**
 * Blind R78A-003: the hours after the round said unwatched (…22時半には解散しています。それ以降の時間帯は見回りがありません; その後は,
 * 23時以降は, 解散後は): the round's end is told, and nothing after it.
 */
const PATROL_AFTER = '(?:(?:[0-9０-９〇零一二三四五六七八九十]{1,3}時(?:半|[0-9０-９]{1,2}分)?)?(?:以降|以後)|それ以降|それ以後|その後|それより後|それから後|解散後|終了後)の?(?:時間|時間帯|日|夜|深夜|夜中)?'
/**
 * Blind R116A-035: the time between the rounds, named back (22時と2時の2回だけなので、その間は誰も見てません; 巡回の合間は, 見回りと見回りの間は,
 * その間の時間帯は): the hours no one passes. Not その間に (what to do meanwhile): the caller's topic particle follows.
 */
const PATROL_BETWEEN = '(?:その間|その合間|(?:巡回|見回り|パトロール)(?:と(?:巡回|見回り|パトロール))?の(?:間|合間))の?(?:時間|時間帯|夜|深夜|夜中)?'
/** Who goes round (the patrol's members, the guards, the one who watches): said absent in the hours left out. */
const PATROL_CREW = '(?:隊員|団員|警備員|守衛|係員|職員|当番|担当者?|見回り(?:の|役の?)?(?:人|者|方)|パトロールの?(?:人|者|方)|巡回の?(?:人|者|方)|見張り(?:の人)?)'
const PATROL_GAP = new RegExp(
  `(?:${WATCH_DONE}[^。！？!?\\n]{0,30}?${PATROL_WHEN}|${PATROL_WHEN}[^。！？!?\\n]{0,40}?${WATCH_DONE})[^。！？!?\\n]{0,30}?[。！!、,]?\\s?` +
    // Blind R130I-004: a reason may lead the next sentence in (人手不足でそれ以外の時間は手薄に, 人が足りず、ほかの時間は).
    `(?:[^。！？!?\\n]{1,10}?(?:で|ため|ので|ず|から)[、,]?)?` +
    `(?:(?:それ以外|その他|ほか|他)の?(?:時間|時間帯|日|曜日|曜|日時|夜|週)|${PATROL_AFTER}|${PATROL_BETWEEN})(?:は|には|だと)[、,]?[^。！？!?\\n]{0,20}?` +
    // Blind R321C-056 kind: the watch left to machines only (それ以外の日は機械警備のみとなります, ほかの時間はカメラだけ): no one goes round.
    `(?:(?:機械警備|警報装置|警備システム|防犯センサー|センサー|防犯カメラ|監視カメラ|カメラ|機械)(?:による(?:警備|監視))?(?:だけ|のみ|しか)(?!で(?:は)?なく|じゃなく|ではな|に(?:頼|たよ)ら)|手薄|手が回ら|手が回りませ|見回れ(?:な|ませ)|回れ(?:な|ませ)|誰もいな|(?:誰|だれ)も(?:見て(?:い|お|ま|な)|見と(?:ら|りま)|見ちょら|見よら|いませ|おら|おりませ)|無人|監視(?:が|は)?(?:でき|行き届か|されていな|されない|ない)|見ていな|空白|ノーマーク|` +
    `${WATCH_WORD}(?:が|は|も|を)?(?:ない|なく|無い|無く|なし|無し|ありません|ございません|しな|しませ|していな|していませ|しておりませ|しておらず|しとら|行っていな|行っておりませ|行いませ|行わな|実施していな|実施しておりませ|実施しませ|お休み|休み)|` +
    '回っていな|回っていませ|回っておりませ|回っとら|回っちょら|回りませ|回らな|回らん|誰も来な|誰も回ら|' +
    // Blind R102A-014: the ones who patrol said absent then (それ以外の時間帯は隊員がいませんので, ほかの時間は見回りの人がおらん).
    `${PATROL_CREW}(?:さん|の方)?(?:が|は|も)?[、,]?(?:誰も|だれも|一人も|ひとりも)?(?:いな|いませ|おりませ|おらず|おら(?:ん|な)|居な|居ませ|不在|留守))`,
  'gu',
)
/** After a closing bracket: the quotation is an example of what is said or posted (といった, などの, のような, という書き込み). */
const QUOTED_EXAMPLE_AFTER = /^(?:といった|などの|のような|みたいな|という(?:情報|投稿|書き込み|内容|話|こと)|との(?:情報|投稿|書き込み)|など(?:と|は|を))/u
/** A round that is a public service (a library bus, a health check, collection): its days off are no gap in a watch. */
const SERVICE_ROUND = /図書館|バス|健診|検診|保健|相談|収集|訪問|販売|給水車|献血|接種|予防/u
/**
 * Blind R83A-098: the hours or days told before, named back (その時間帯は自動運転のみで、見回りもありません; その間, その日), or a part of
 * the week or the night (夜間は見回りがありません, 土日は巡回しておりません, 深夜のパトロールはお休みです).
 */
const OFF_SPAN = 'その時間帯|その時間|その間|その日|夜間|深夜|夜中|土日|週末|休日|祝日'
/**
 * Blind R78A-125: the days or nights a patrol is not made, told by their dates, weekdays or hours (大和地区は十二月三十日と三十一日の夜は
 * パトロールを行いません, 毎週水曜日は見回りがお休みです, 夜回りは12/31は休みます): whoever reads it knows when no one goes round. The day
 * first, then the watch and its negation, or the watch as the topic, then the day and a day off. Not a past night (行いませんでした), a
 * question (行いませんか), a watch kept (休まず, 休みなく) or a public service's round (SERVICE_ROUND). Bounded gaps only.
 */
const OFF_WHEN =
  `(?:(?:[0-9０-９〇零一二三四五六七八九十]{1,3}月|[0-9０-９]{1,2}/)?[0-9０-９〇零一二三四五六七八九十]{1,3}日|(?<![0-9０-９])[0-9０-９]{1,2}/[0-9０-９]{1,2}(?![0-9０-９])|[月火水木金土日]曜日?|年末年始|大晦日|大みそか|元日|元旦|お盆|[0-9０-９〇零一二三四五六七八九十]{1,3}時|${OFF_SPAN})`
/**
 * Blind R357E-008 kind: the days or hours said to have no one going round (見回りは平日の日中だけで、土日と夜間はだれも回れていません; 夜間は
 * 誰も見に行けていない; 休日は誰もおらん): 誰も with a verb of going round or being there, negated. Bounded.
 */
const NOBODY_ROUND =
  '(?:誰|だれ|ダレ)も[^。！？!?\\n、,]{0,6}?(?:回れ|回っ|回ら|まわれ|まわっ|まわら|見回|見まわ|見に行|見にい|行け|いけ|行って|行か|いって|いか|来(?:て|れ|ら)|こ(?:れ|ら)|いな|いませ|おら|おりませ)[^。！？!?\\n、,]{0,8}?(?:ません|ない|ず|ん)'
/** Blind R366P-010 kind: no one going round, the round in the verb (誰も回っていない, だれも見回っておりません): not 誰もいない, which is any absence. */
const NOBODY_GOES_ROUND =
  '(?:誰|だれ|ダレ)も[^。！？!?\\n、,]{0,4}?(?:回れ|回っ|回ら|まわれ|まわっ|まわら|見回|見まわ|見に行|見にい)[^。！？!?\\n、,]{0,8}?(?:ません|ない|ず|ん)'
const OFF_SAID =
  '(?:' + NOBODY_ROUND + '|行いません|行わない|行わず|行っていません|行っておりません|おこないません|実施(?:しません|しない|せず|いたしません|しておりません|していません)|しません|しない(?![でよ])|せず(?!に)|しとらん|せんけん|ありません|ございません|ない(?:です|ので|から|けん|[。！!]|$)|なし|無し|お休み(?:し|です|と|に|いたし|させ|[。！!]|$)|休み(?:ます|です|と|に|[。！!]|$)|休止|中止)(?!でした|か[。？?！!]|か$|ませんでした)'
/** The watch left to machines only (機械警備のみ, 防犯カメラだけ): with a guard or a round named near, the days no one goes round. */
const MACHINE_ONLY = '(?:機械警備|警報装置|警備システム|防犯センサー|防犯カメラ|監視カメラ)(?:による(?:警備|監視))?(?:だけ|のみ)(?:と|に|で(?!(?:は)?なく)|です|の|[。、,])'
/** A guard or a round by people (警備員, 守衛, 巡回, 有人警備): what the machine-only days are without. */
const HUMAN_WATCH = /警備員|守衛|ガードマン|警備会社|巡回|見回り|見まわり|夜回り|有人|常駐|宿直|当直/u
const MACHINE_ONLY_AT_END = new RegExp(`${MACHINE_ONLY}$`, 'u')
const PATROL_OFF = new RegExp(
  `${OFF_WHEN}[^。！？!?\\n]{0,16}?(?:は|には|も)[、,]?[^。！？!?\\n]{0,10}?${WATCH_WORD}(?:を|は|が|も)?[、,]?${OFF_SAID}` +
    `|${WATCH_WORD}(?:は|も)[、,]?[^。！？!?\\n]{0,24}?${OFF_WHEN}[^。！？!?\\n]{0,12}?(?:は|には|も)[、,]?${OFF_SAID}` +
    // The day's or the night's watch as the topic (夜間の見回りはありません, 土日の巡回はお休みです).
    `|${OFF_WHEN}の?[^。！？!?\\n、,]{0,6}?${WATCH_WORD}(?:は|も|が)[、,]?${OFF_SAID}` +
    // Blind R321C-056 kind: the days left to machines only (12月31日と1月1日は機械警備のみとなります): no one goes round then (MACHINE_ONLY).
    `|${OFF_WHEN}[^。！？!?\\n]{0,16}?(?:は|には)[、,]?(?:終日|夜間は|夜は)?${MACHINE_ONLY}` +
    // Blind R366P-010 kind: the days, then the hour after which no one goes round, the round itself the verb (土日は22時を過ぎると誰も回って
    // いない, 夜間は0時以降だれも見回っていません): with a patrol named in the paragraph (W.watch), the hours left unwatched.
    `|${OFF_WHEN}[^。！？!?\\n]{0,8}?(?:は|には)[、,]?[^。！？!?\\n]{0,14}?${NOBODY_GOES_ROUND}(?!でした|か[。？?！!]|か$|ませんでした)`,
  'gu',
)
/**
 * Blind R78A-053: a police box or its officer said to be away at set hours (沖端交番のお巡りさんは、平日の14時〜16時ごろはパトロールで不在の
 * ことがほとんどです, 駐在所は毎週水曜の午後は留守になります): when no one is there. The hours or the weekday must be told (POLICE_AWAY_WHEN);
 * a case put (不在の場合は, 不在のときは) tells what to do, not when.
 */
const POLICE_AWAY =
  /(?:交番|駐在所|派出所|警察官|お巡りさん|おまわりさん|駐在さん)(?:は|が|も|には|の中は)?[、,]?[^。！？!?\n]{0,32}?(?:不在|留守|無人|誰もいな|誰もいませ|誰もおら|いなくな|いません|いない|おりません|おらん|おらず|空け(?:る|て|ま))/gu
const POLICE_AWAY_WHEN = /\d{1,2}時|\d{1,2}:\d{2}|[〇零一二三四五六七八九十]{1,3}時|[月火水木金土日]曜|平日|土日|週末|休日|祝日/u
/**
 * Blind R83A-098: the keeper or the guard of a site said away at set hours (沖端水門の管理人さんは土日の22時から翌朝6時まで不在になります,
 * 守衛さんは夜9時には帰ってしまいます, 宿直は毎週水曜はおりません): when the site stands unwatched. The hours, the days or the night must be
 * told (KEEPER_AWAY_WHEN); not a case put (不在の場合は), a denial (不在になることはありません), reassurance (常駐, 安心) or a counter's notice
 * (お問い合わせ, 鍵の受け渡し, ご予約: KEEPER_SERVICE). Bounded gaps only.
 */
const KEEPER = '管理人|管理員|守衛|警備員|ガードマン|宿直|当直|監視員|番人|門番'
const KEEPER_WORD = new RegExp(KEEPER, 'u')
const KEEPER_AWAY = new RegExp(
  `(?:${KEEPER})(?:さん)?(?:は|が|も|には)?[、,]?[^。！？!?\\n]{0,32}?(?:不在|留守|いなくな|いません|いない|おりません|おらん|おらず|帰(?:ります|る|って|っ(?:ちゃ|てしま))|引き上げ)`,
  'gu',
)
const KEEPER_AWAY_WHEN = /\d{1,2}時|\d{1,2}:\d{2}|[〇零一二三四五六七八九十]{1,3}時|[月火水木金土日]曜|平日|土日|週末|休日|祝日|夜間|深夜|夜中|夜は|未明|明け方|年末年始/u
const KEEPER_SERVICE = /問い合わせ|問合せ|ご連絡|電話|窓口|受付|手続|予約|申請|申込|申し込|受け渡し|受け取り|受取|貸し出し|貸出|ご用|ご了承|ご不便|ご迷惑|募集|求人|安心|万全|常駐(?!せず|しない|しておらず|していない|していません|なし)/u
/** After an absence: it is denied (不在になることはありません, いなくなることはない). */
const AWAY_DENIED = /^[^。！？!?\n]{0,6}?こと(?:は|も)(?:ありません|ございません|ない)/u

/**
 * Blind R83A-133: a patrol's set days or night told with its clock times (夜間パトロールは毎週火曜と金曜、23時と2時の2回出ています, 毎週月・木の
 * 22時ごろに漁港を見回っとります, 見回りは毎晩0時と3時です): whoever reads it knows when the round passes and when it does not. The watch as
 * the topic, then the days (a weekday set, 毎晩, 夜間) and a clock time, either order; or the days and the time, then the watch done.
 * A public round or a community patrol announced to residents (SERVICE_ROUND, PATROL_PUBLIC) is not one. Bounded gaps only.
 */
const SCHED_WATCH = '(?:パトロール|巡回|見回り|見まわり|巡視|夜回り|警戒)'
const SCHED_DONE =
  '(?:(?:パトロール|巡回|見回り|見まわり|巡視|夜回り|警戒)(?:を|に)?(?:し|行|実施|出|回)|見回(?:っ|る|ら|りま)|見まわ(?:っ|る|ら|りま)|見て回|(?<=[にをば])回(?:って|ります|る(?![数目])))'
const SCHED_DAYS =
  '(?:(?:毎週|隔週)[月火水木金土日](?:曜日?)?(?:(?:と|や|・|、|,|及び)[月火水木金土日](?:曜日?)?){0,4}|[月火水木金土日]曜日?(?:(?:と|や|・|、|,|及び)[月火水木金土日]曜日?){0,4}|毎晩|毎夜|毎夕|夜間|深夜|夜中)'
const CLOCK_AT = '(?<![0-9０-９〇零一二三四五六七八九十])(?:午前|午後|夜|深夜|翌|朝)?[0-9０-９〇零一二三四五六七八九十]{1,3}時(?:半|[0-9０-９]{1,2}分)?'
/**
 * The round's times: two or more points (23時と2時, 22時・翌3時, 21時と0時の2回), or one point the round passes at (23時ごろに, 22時に), not
 * the hour a patrol sets out from (19時から, 20時に公民館を出発: a community patrol announced, its start is public).
 */
const SCHED_CLOCK = `(?:${CLOCK_AT}(?:(?:と|、|・|,|及び|および) ?${CLOCK_AT}){1,3}|${CLOCK_AT}(?:ごろ|頃|ころ|前後)?(?![0-9０-９]|ごろ|頃|ころ|前後|半|から|より|以降|以後|まで|〜|~|～|-|－|に[^。！？!?\\n]{0,10}?(?:出発|集合|出て|出ま|集ま|解散|終了|終わ|引き上げ)))`
const PATROL_SCHEDULE = new RegExp(
  `${SCHED_WATCH}(?:は|も|[:：、,])[、,]?[^。！？!?\\n]{0,12}?(?:${SCHED_DAYS}[^。！？!?\\n]{0,16}?${SCHED_CLOCK}|${SCHED_CLOCK}[^。！？!?\\n]{0,16}?${SCHED_DAYS})` +
    `|(?:夜間|深夜|夜)の?${SCHED_WATCH}(?:は|も|[:：])[、,]?[^。！？!?\\n]{0,12}?${SCHED_CLOCK}` +
    `|${SCHED_DAYS}[^。！？!?\\n]{0,16}?${SCHED_CLOCK}[^。！？!?\\n]{0,24}?${SCHED_DONE}`,
  'gu',
)
/**
 * Blind R279G-060 kind: the city's cash moved to the bank told with its days, its time or its escort (指定金融機関への現金の搬送は、毎週火曜と
 * 金曜の15時すぎに職員2名が公用車で行っています, 売上金は毎日16時に銀行へ運んでいます): the same routine a guard's round is, told to whoever
 * would wait for it. Cash (現金, 公金, 売上金, 収納金, 釣り銭) as the thing carried (の搬送, の輸送, の運搬, を…運ぶ, 公金は…運んで), then in the sentence a
 * weekday or a daily set (CASH_WHEN), a clock time or the head count of those carrying it. A registered mail (現金書留), cash handled at a
 * counter or brought by residents (現金の取扱いは窓口で, 平日9時から窓口で受け付けます) or advice (現金を持ち歩かないで: AWARENESS) moves nothing on a schedule. Bounded gaps only.
 */
const CASH_MOVED =
  /(?:現金|公金|売上金|売り上げ金|収納金|釣り?銭|つり銭)(?:等|など)?(?:の(?:搬送|輸送|運搬|移送|回収)|(?:を|は)[^。！？!?\n]{0,24}?(?:搬送|輸送|運搬|移送|運ん|運び|運ぶ|持って(?:行|い)))|現金輸送(?!車を狙|車が襲|車強盗)/gu
const CASH_WHEN =
  /(?:毎週|隔週)?[月火水木金土日]曜|毎日|毎朝|毎夕|毎週|平日の?(?:[0-9〇零一二三四五六七八九十]{1,2}時|朝|夕方|午前|午後)|(?<![0-9〇零一二三四五六七八九十])(?:午前|午後|朝|夕方)?[0-9〇零一二三四五六七八九十]{1,3}時(?:半|[0-9]{1,2}分)?|[0-9]{1,2}:[0-9]{2}|(?:職員|警備員|係員|担当者?)[^。！？!?\n]{0,4}?(?:[0-9一二三四五](?:名|人)|ひとり|ふたり|二人|一人)|(?:[0-9一二三四五](?:名|人)|ひとり|ふたり)(?:で|体制|が|の職員|の警備員)/u
/** A patrol of the public or for it (the neighbourhood's, the police's, volunteers', a walk to school) or one to join: no site's guard. */
const PATROL_PUBLIC = /消防|警察|地域|ボランティア|防犯協会|パトロール隊|自治会|町内|見守り|青色|青パト|PTA|子ども会|子供会|育成会|通学|下校|登校|交通安全|参加|募集|集合|出発式|ご協力|一緒に|いっしょに/u
const GUARD = /警備員|警備|守衛|ガードマン|警備会社|夜警|見張り|監視員|宿直|当直|日直/u
/** Guards a site employs or staffs: the same without the community's night watch (夜警, 見張り). */
const HIRED_GUARD = /警備員|警備|守衛|ガードマン|警備会社|監視員|宿直|当直|日直/u
/**
 * A night watch kept by the fire brigade, the neighbourhood or volunteers (消防団による夜警パトロール, 自治会の皆さんの夜警, 防犯
 * ボランティアが見張り): a public round announced so residents hear it and mind their fires, not a site's guard schedule.
 */
const COMMUNITY_WATCH =
  /(?:消防団|消防分団|分団|自治会|町内会|町内|自治公民館|行政区|地域の皆さん|地域住民|地域|防犯ボランティア|防犯協会|見守り隊|PTA|青年団|婦人会|子ども会|子供会|警察)(?:員)?(?:の皆さん|の皆様|の方々)?(?:による|の|が|と|で|では|も)[^。！？!?\n]{0,8}?(?:夜警|見張り)/u
/**
 * Blind R91A-004: where the guards stand and how many at each spot (警備員は正面入口に2名、裏口に1名とし, 正面玄関に警備員3名、通用口に
 * 1名, ガードマンさんは東門に二人・西門に一人): whoever reads it knows which way in is thinly watched. Two spots or more, each with its
 * head count (the squeezed view drops a ・ between them); a guard named without spots or counts (警備員を配置します), one count alone (警備員2名が常駐) or a job advert is not this.
 * Bounded gaps only.
 */
const POST_SPOT =
  '[^\\s。！？!?\\n、,・]{0,8}?(?:入口|入り口|出入口|出入り口|通用口|裏口|勝手口|非常口|搬入口|正門|裏門|通用門|[東西南北]門|門|ゲート|玄関|ロビー|階段|通路|駐車場|駐輪場|受付|ステージ|楽屋|控室|控え室|会場内|会場外|館内|屋外|周辺)'
const POST_COUNT = '(?:(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})(?:名|人)|ひとり|ふたり)'
const POST_GUARD = '(?:警備員|警備スタッフ|警備担当|ガードマン|守衛|警備)(?:さん)?'
const POST_AT = '(?:に|には|へ|で|は|[:：])'
const GUARD_POSTS = new RegExp(
  `${POST_GUARD}(?:は|を|が|も|[:：])?[、,]?[^。！？!?\\n]{0,8}?${POST_SPOT}${POST_AT}?${POST_COUNT}(?:ずつ)?[^。！？!?\\n]{0,6}?(?:[、,・/]|と|及び|および)?\\s?${POST_SPOT}${POST_AT}?${POST_COUNT}(?![0-9])` +
    `|${POST_SPOT}${POST_AT}${POST_GUARD}(?:を|が)?${POST_COUNT}[^。！？!?\\n]{0,6}?(?:[、,・/]|と|及び|および)?\\s?${POST_SPOT}${POST_AT}(?:${POST_GUARD}(?:を|が)?)?${POST_COUNT}(?![0-9])`,
  'u',
)
/** A job advert for guards (警備員の募集：正面入口2名、駐車場1名): the posts are the vacancies, no site's watch told. */
const GUARD_ADVERT = /募集|求人|応募|時給|日給|月給|採用/u
/**
 * A round, also as the verb (警備員さんが22時と2時の2回しか回らない, 見て回る): not a count (2回し, 何回). Blind R225R-057 kind: the verb in kana
 * (警備員さんが23時ごろに1回まわるだけで, まわっています); not a word that holds it (身のまわり, あたりまわって).
 */
const ROUND = /巡回|見回り|見まわり|夜回り|パトロール|巡視|交代|休憩|仮眠|(?<![0-9０-９一二三四五六七八九十何数毎今前次初]|見|て)回(?:ら(?:な|ず)|り(?:ます|ません)|る(?:の|だけ|のは|(?=[。、！!]))|って(?:い|き|来|くださ|くれ|もら|おら|らっしゃ))|(?<![0-9０-９一二三四五六七八九十何数毎今前次初]|見|て)回られ|見て回|見回(?:る|ら|っ)|(?<![ぁ-づと-ゖ])まわ(?:ら(?:な|ず)|り(?:ます|ません)|る(?:の|だけ|のは|(?=[。、！!]))|って(?:い|き|来|くださ|くれ|もら|おら|らっしゃ))/u
const ABSENT = /(?:が|は|も|を)?(?:置いていな|置いてな|置かな|配置していな|配置されていな|おりません|いない|いなく|いません|おらず|不在|無人|手薄|いなくなる|帰る|帰り|引き上げ|撤収|離れ|手が回ら|空白|休み|お休み|休む|来ない|来ません|帰っ|帰宅|誰もいな|人がいな)/u
/**
 * Blind R123A-107: right after a watch word, the watch as a duty people do not turn up to (夜警に来ない団員, 見張りに参加しない人, 宿直に
 * 出てこない, 夜警をサボる): the ones absent are members who skip it, no hour the site is unwatched. Bounded.
 */
const SKIP_WATCH = /^(?:に(?:は|も)?[^。！？!?\n、,]{0,6}?(?:来な|来ませ|来ず|来ん(?![でな])|こな(?:い|か)|参加しな|参加せ|参加しませ|出な(?:い|か)|出ませ|出てこな|出てこ(?:ず|ん)|顔(?:を)?出さ)|を(?:さぼ|サボ|ずる休み|すっぽか))/u
const CLOCK = /\d{1,2}時|\d{1,2}:\d{2}|[〇零一二三四五六七八九十]{1,3}時|毎時(?:\d{1,2}|[零〇一二三四五六七八九十]{1,3})分|深夜|夜間|未明|夜中|明け方|時間帯|休日|土日|週末/u
/** Two clock times or more in a sentence (22時・1時・4時の3回, 1時から4時): a schedule, not one hour named. Bounded. */
const CLOCK_TIMES = /(?:\d{1,2}時|\d{1,2}:\d{2}|[〇零一二三四五六七八九十]{1,3}時)[^。！？!?\n]{1,12}?(?:\d{1,2}時|\d{1,2}:\d{2}|[〇零一二三四五六七八九十]{1,3}時)/u
const CLOCK_EXACT = /\d{1,2}時|\d{1,2}:\d{2}|[〇零一二三四五六七八九十]{1,3}時|毎時(?:\d{1,2}|[零〇一二三四五六七八九十]{1,3})分/u

/**
 * Blind HK-019: a lock not set on the public's own vehicle or home, told as a class in a crime statistic or a request (盗難のうち約7割は
 * 鍵をかけていない自転車でした, 鍵のかかっていない車が狙われています, 自転車の約6割は鍵がかかっていませんでした): no site of the city is
 * left open. The unlocked thing is named right after the lock's negation (UNLOCKED_CLASS_AFTER) or owns the lock just before it
 * (UNLOCKED_CLASS_BEFORE); not a vehicle the city runs (公用車, 貸出用, レンタサイクル: CITY_VEHICLE).
 */
const LOCK_NOT_SET_END = /(?:かからな|かかっていな|掛かっていな|かけていな|掛けていな|(?:かかっ|掛かっ|かけ|掛け)て(?:い|お)(?:ま|らず)|(?:かかっ|掛かっ|かけ|掛け)て(?:な|へん)|(?:かかっ|掛かっ|かけ|掛け)と(?:ら|りま)|施錠していな|施錠されていな|施錠していま|施錠しておりま|施錠しておらず|(?:施錠|ロック)(?:でき|され)てい(?:な|ま))$/u
const UNLOCKED_CLASS_AFTER = /^(?:い|かった|くて)?(?:自転車|バイク|原付|オートバイ|スクーター|自動車|車(?!庫)|クルマ|住宅|家(?!屋の中)|家屋|民家|お宅|住まい)/u
const UNLOCKED_CLASS_BEFORE = /(?:自転車|バイク|原付|オートバイ|スクーター|自動車|車|クルマ)(?:の|に|には|は)[^。！？!?\n、,]{0,10}$/u
const CITY_VEHICLE = /公用|庁用|公有|市有|貸し?出し?用|レンタ|シェアサイクル|市の(?:自転車|車)/u
/**
 * Blind ID-049: a count of theft cases as the subject of the lock's negation (自転車の盗難が相次いでいます。10月だけで12件、うち9件は鍵を
 * かけていませんでした; 被害のうち約7割は鍵がかかっていませんでした; 大半は施錠していませんでした): a crime statistic on the public's own
 * vehicles or homes, named with a theft word in the sentence or the one before (UNLOCKED_COUNT_CONTEXT). Not a count of places or rooms
 * (3か所, 2部屋: a site's doors), nor a vehicle the city runs (CITY_VEHICLE). Bounded.
 */
const UNLOCKED_COUNT_BEFORE =
  /(?:(?:約|およそ|全体の)?(?:[0-9０-９]{1,4}|[一二三四五六七八九十百]{1,3})(?:件|台|割|%|％|パーセント|人|世帯)(?:以上|近く|ほど|余り|あまり)?|(?:半数|大半|ほとんど|多く|半分|過半数|大部分|大多数)(?:以上)?)(?:では|は|が|も|で)[、,]?$/u
const THEFT_WORD = /盗難|盗まれ|窃盗|空き巣|空巣|被害|狙われ|侵入盗|車上(?:荒らし|ねらい|狙い)/u
const PUBLIC_PROPERTY = /自転車|バイク|原付|オートバイ|スクーター|自動車|(?<![公用庁])車(?!庫|両基地)|クルマ|住宅|(?<![公])家(?!屋の中)|家屋|民家|お宅|住まい/u
/**
 * Colleague's report after R78A: a door's way of opening said missing, not an alarm (玄関の自動ドアにはセンサーが付いていないので、ボタンを
 * 押して…; 扉には取っ手が付いていないので, インターホンがない): the part missing ends the match of a door word. A sensor is a door's only where
 * nothing about alarms or crime is near (ALARM_CONTEXT); a lock or a camera missing stays a gap.
 */
const DOOR_PART_MISSING =
  /^(?:裏口|通用口|勝手口|窓|扉|ドア|門)[^。！？!?\n]{0,12}?(センサー|ボタン|スイッチ|取っ手|取手|とって|ドアノブ|ノブ|ハンドル|手すり|手摺り?|表示|案内|看板|照明|ライト|電気|ストッパー|インターホン|インターフォン|呼び鈴|チャイム|点字|スロープ|庇|ひさし|網戸|カーテン|ブラインド|張り紙|貼り紙)(?:が|は|も)?[^。！？!?\n]{0,2}?(?:付いていな|ついていな|設置されていな|が?ない(?:場所|所|ので|から|のは|です)|ありません)$/u
/**
 * Blind R81A-003: a check or a round as when a fault was found (点検の際に気づいたのですが, 見回りで見つかりました, 確認したところ判明し):
 * it tells how the gap came to light; it is not a notice of maintenance (点検のため停止, 修理中) nor a request to check. Bounded.
 */
const FOUND_ON_CHECK =
  /(?:点検|確認|見回り|巡回|調査|作業)(?:の(?:際|とき|時|途中|最中)|中|時|で|を(?:し|行っ)た(?:ところ|際|とき)|した(?:ところ|際|とき))[にはも、,]?[^。！？!?\n]{0,8}?(?:気づ|気付|見つか|見つけ|判明|わかり|分かり|わかっ|分かっ)[^。！？!?\n、,]{0,12}?(?:が|けど|けれど|ところ|ので)?[、,]?/gu
/**
 * Blind R94A-030: public emergency gear (AED, 消火器, 消火栓, 救急箱, 救命浮き輪) or its case said to have no lock, right before the lock
 * word (AEDの収納ボックスには鍵も暗証番号もありません, 消火器の箱に鍵はかかっていません): it is left open by design so that anyone can use it
 * at once; no site of the city is open. The gear must own the lock (a room that holds the AED, 事務室には鍵がありません, is still a gap).
 */
const OPEN_BY_DESIGN_BEFORE =
  /(?:AED|除細動器|消火器|消火栓|救急箱|救命具|救命浮き?輪|浮き輪|避難はしご|非常用はしご|非常持ち?出し袋)(?:の|用の?)?(?:収納|格納)?(?:ボックス|ケース|箱|BOX|キャビネット|庫|扉|ふた|蓋|カバー)?(?:には|にも|は|に|の|も)?[、,]?$/u
/**
 * W10-FP-002: a fault word negated (壊れていない, 壊れておらず, 壊れてはいません, 故障していない, 故障はなく, 故障なし) tells the device works, no
 * gap; nor is ない after a verb's て form (壊れていないので, 作動していないので is read by its own words) a device missing (カメラがないので).
 */
const DEVICE_DOWN =
  /(?:防犯カメラ|監視カメラ)[^。\n]{0,30}?(?:[0-9一二三四五六七八九十]+台|一部|うち[^。\n]{0,6})(?:は|が)[^。\n]{0,10}?(?:故障(?!し?て(?:は|も)?(?:い|お)?(?:な|ま(?=せん)|らず|りま(?=せん))|(?:は|も)?(?:なく|なし|無く|無し|ない|ありません|ございません|見られ|見当たら))|壊れ(?!て(?:は|も)?(?:い|お)?(?:な|ま(?=せん)|らず|りま(?=せん)))|録画(?:が)?できていな|映っていな|動いていな|作動していな)|(?:機械警備|警備システム|防犯カメラ|監視カメラ|セキュリティカメラ|防犯センサー|人感センサー|警報装置|警報機|非常ベル|オートロック|電子錠|セキュリティ|施錠|鍵(?!アカ|垢|付きアカ|つきアカ)|カギ(?!アカ|垢)|錠(?!剤)|裏口|通用口|勝手口|窓(?!口|際|辺)|扉|ドア|(?<![水樋閘潮])門(?!限|前|家|松))(?:が|は|も|の)?[^。\n]{0,14}?(?:故障(?!し?て(?:は|も)?(?:い|お)?(?:な|ま(?=せん)|らず|りま(?=せん))|(?:は|も)?(?:なく|なし|無く|無し|ない|ありません|ございません|見られ|見当たら))|壊れ(?!て(?:は|も)?(?:い|お)?(?:な|ま(?=せん)|らず|りま(?=せん)))|こわれ(?!て(?:は|も)?(?:い|お)?(?:な|ま(?=せん)|らず|りま(?=せん)))|(?<!閉め|締め|しめ|仕|区|張り|使い|振り|貸し|踏み)切って(?:あ|お|い)|オフに|ついていな|付いていな|設置されていな|(?<!しか|ほか|他|よりほか|[てで]い?)が?ない(?:場所|所|ので|から|のは|です)|ありません|作動していな|作動しな|電源を切っ|電源を落と|電源が入っていな|動いていな|動かな|映っていな|映っていま(?=せん)|映らな|映ってな|動いていま(?=せん)|作動していま(?=せん)|機能していな|機能していま(?=せん)|録画(?:が)?できていな|(?:電源|電池|充電|配線|ケーブル|コンセント|プラグ|バッテリー)(?:が|は|も)?[^。\n]{0,6}?(?:切れ|外れ|抜け)(?:たまま|てい|て)|電池切れ|(?:施錠|ロック)(?:でき|され)てい(?:な|ま(?=せん))|(?:施錠|ロック)できな|壊れたまま|録画されていな|録画していな|電源が切れ|止まって|停止中|(?:解除|開錠|解錠)(?:され|し)たまま|(?:解除|開錠|解錠)されて(?:い|お)(?!ません|な)|停止して(?:い(?!ません|な)|おり(?!ません))|(?:すべて|全て|全部|一時)?停止(?:します|いたします|する|させ|となり)|(?:ダミー|偽物|飾り)(?![^。！？!?\n]{0,2}?(?:では|じゃ|でな|だけでな|と(?:違|ちが)|との|より|に(?:見|み)))|かからな|かかっていな|掛かっていな|かけていな|掛けていな|(?:かかっ|掛かっ|かけ|掛け)て(?:い|お)(?:ま(?=せん(?![か?？]))|らず)|(?:かかっ|掛かっ|かけ|掛け)て(?:な(?!い?[か?？])|へん(?![か?？]))|(?:かかっ|掛かっ|かけ|掛け)と(?:らん(?![か?？])|りま(?=せん(?![か?？])))|無施錠|(?:施錠|ロック)(?:は|も)?(?:なし|無し)(?!で(?:は|も)?(?:ありません|ない|なく))|閉まらな|開いたまま|開けっ放し|開けっぱなし|あけっぱなし|施錠していな|施錠されていな|施錠していま(?=せん)|施錠しておりま(?=せん)|施錠しておらず)/gu

/**
 * A way in left open: a broken fence or gate (フェンスが一部破損しており), then anyone can walk in (自由に出入りできる状態).
 */
/** A camera's public view stopped (公開を停止, 配信を停止, ライブ映像の表示を停止): the stream, not the watch. */
const STREAM_STOPPED = /(?:公開|配信|ライブ|放映|表示|掲載|閲覧)(?:を|は|も)?(?:一時)?(?:停止|休止|止め|中止)/u
const OPEN_WAY =
  /(?:フェンス|柵|さく|塀|門扉|ゲート|金網|シャッター|窓ガラス|扉|ドア)(?:の一部)?(?:が|は|も)?[^。！？!?\n]{0,10}?(?:破損(?!し?て(?:は|も)?(?:い|お)?(?:な|ま(?=せん)|らず|りま(?=せん))|(?:は|も)?(?:なく|なし|無く|無し|ない|ありません|ございません|見られ|見当たら))|破れ|やぶれ|壊れ(?!て(?:は|も)?(?:い|お)?(?:な|ま(?=せん)|らず|りま(?=せん)))|こわれ(?!て(?:は|も)?(?:い|お)?(?:な|ま(?=せん)|らず|りま(?=せん)))|倒れ|外れ|穴が(?:開|あ)|隙間が|開いたまま|開けっ放し)[^。！？!?\n]{0,30}?(?:自由に|誰でも|だれでも|簡単に|容易に|夜間(?:も|は)?)[^。！？!?\n]{0,6}?(?:出入り|入れ|入る|侵入|立ち入|通り抜け)(?:でき|可能|られ)?/gu
/**
 * Blind R325C-016/025/057 kinds (pisec60): a way into a site said to be left open or unlocked as a habit, for the hours no one is by
 * (車庫のシャッターは開けたまま出ることが多く, 仮眠室へ続く裏口は…夜の間はドアストッパーで少しだけ開けてあります, 搬入口のシャッターは前日の
 * 夕方から鍵をかけずに下ろしたままにしています, 通用口は夜も施錠せずにおいています): whoever reads it knows which door to try, and when.
 * The way in (a back or side door, a loading bay, a shutter, a garage, a gate) is the topic or the object; then, within the sentence, the
 * state: left open (開けたまま, 開けっ放し, 開けてあります, ストッパーで) or not locked (鍵をかけずに, 施錠せず, 無施錠). Left open counts only
 * with a time no one is by (夜, 出動, 留守, 前日から, 閉館後, いつも); unlocked counts as it is. Not a door opened for air or heat (換気,
 * 熱中症), a hall open to visitors (どなたでも, お越し, 開館中), a shelter, the public's own homes and vehicles, advice or a question, a habit
 * said mended (今後は…徹底), nor the state denied (開けたままにはしていません). Bounded: at most 48 characters between the way and the state.
 */
const LEFT_WAY =
  '(?:裏口|裏門|正門|校門|表門|(?:東|西|南|北)門|通用口|通用門|勝手口|非常口|搬入口|搬出口|搬入出口|荷(?:捌|さば)き場|職員(?:用)?(?:出)?入り?口|(?:東|西|南|北)側?の?(?:出)?入り?口|出入り?口|入り?口|玄関|扉|ドア|(?<![\\p{Script=Han}])戸|(?<![水樋閘\\p{Script=Han}])門|ゲート|シャッター|窓(?!口|際|辺)|車庫|ガレージ|倉庫|物置|書庫)'
const LEFT_UNLOCKED =
  '(?:鍵|カギ|かぎ|錠|ロック)(?:を|も|は)?(?:かけ|掛け|締め|しめ|閉め)(?:ず|ないで|ないまま|ん(?=まま|で))|(?:施錠|ロック)(?:を|も)?(?:せず|しないで|しないまま|しておらず|されておらず|されないまま)|無施錠(?:で|の|のまま)'
const LEFT_OPENED =
  '(?:開け|あけ|開い|あい)(?:たまま|た状態|っぱなし|っ放し)|開け放(?:し|った)|開放したまま|(?:ドア|戸)?ストッパー(?:で|を(?:かけ|掛け|挟))'
/** Opened, said bare (開けてあります, 開けています, 開けとる): left open only at night or while no one is by. */
const LEFT_OPENED_BARE = '(?:開け|あけ)(?:て(?:あり|あっ|ある|おき|おい|おく|おり|おる|い(?:ます|る))|と(?:る|り|き|い|ー)|ちょ(?:る|り|き))'
const LEFT_OPEN = new RegExp(`${LEFT_WAY}(?:は|も|を|が|には|にも|の)?[、,]?[^。！？!?\\n]{0,48}?(?:(${LEFT_UNLOCKED})|(${LEFT_OPENED})|${LEFT_OPENED_BARE})`, 'gu')
/**
 * Blind R376Z-016 kind: a way into a site said to be shut by nothing more than a chain, a rope or a wire (裏の搬入口もチェーンを掛けて
 * いるだけの状態, 倉庫の扉はロープで縛ってあるだけです, 通用門は針金で留めとるだけ, 裏口はチェーンしか掛けていません): how little keeps
 * anyone out. The state as it stands (…ている, …てある, …とる), not how to fasten a thing (チェーンを掛けるだけで固定できます), not advice
 * or a comparison (…だけでは不十分です, だけでなく南京錠も).
 */
const LOOSE_FASTENER = 'チェーン|鎖|くさり|ロープ|ひも|紐|ヒモ|針金|はりがね|結束バンド|ワイヤー|かんぬき|閂|つっかえ棒|つっかい棒'
const FASTENING = '(?:掛け|かけ|巻き?付け|巻い|まい|縛っ|しばっ|括っ|くくっ|留め|とめ|止め|結ん|むすん|通し)'
const FASTENED_ONLY = new RegExp(
  `${LEFT_WAY}(?:は|も|を|が|には|にも|の)?[、,]?[^。！？!?\\n]{0,16}?(?:${LOOSE_FASTENER})(?:を|で|が)?[、,]?${FASTENING}(?:(?:て|で)(?:いる|る|ある|おる|ます|あります|おります|いた|あった|いました|ありました)?|(?:と|ど|ちょ)(?:る|ります))(?:だけ|のみ)|` +
    `${LEFT_WAY}(?:は|も|を|が|には|にも|の)?[、,]?[^。！？!?\\n]{0,16}?(?:${LOOSE_FASTENER})(?:で)?しか${FASTENING}(?:て|で)?(?:い|お)?(?:ない|ません|らず|らん)`,
  'gu',
)
/** What keeps it from being told as the state: not only that, not enough, enough to fix a thing. */
const FASTENED_NOT_ONLY = /^(?:で(?:は|も)?なく|じゃなく|では|じゃ(?:ない|なく|だめ|ダメ)|で(?:大丈夫|十分|簡単|固定|しっかり|OK|オーケー|でき))/u
/** When no one is by: at night, while out on a call, away, from the day before, after closing. */
const LEFT_NIGHT = /夜|夕方から|前日|一晩|朝まで|翌朝|未明|出動|出場|留守|不在|無人|帰(?:署|庁|所)|戻るまで|帰るまで|閉館後|閉庁後|閉店後|閉場後|終業後|退庁後|休日|休館日|休校日|土日|週末|連休|年末年始/u
/** …or as a habit, for a door left open (開けたまま, 開けっ放し): いつも, 普段, ことが多い. */
const LEFT_HABIT = /いつも|常に|ずっと|普段|ふだん|日頃|毎日|毎晩|ことが多/u
/**
 * Blind R404D-002 kind: …or because the lock, card reader or entry control that keeps it shut is out of order (カードリーダーが故障中のため、
 * 修理が終わるまでは扉を開けたままにしています, 電子錠が壊れているので通用口を開けっ放しにしています): the room's control is off for days.
 */
const LEFT_LOCK_DOWN =
  /(?:カードリーダー|カード錠|電子錠|オートロック|入退室管理|(?:顔|指紋|静脈|生体)認証|認証(?:装置|端末|機)|テンキー|暗証番号錠|セキュリティゲート|(?<![\p{Script=Han}])錠(?!剤)|鍵(?!アカ|垢)|カギ|(?<![ァ-ヴ])ロック)(?:が|は|も|の)?[^。！？!?\n]{0,8}?(?:故障|壊れ|こわれ|不具合|不調|使えな|効かな|利かな|反応しな|作動しな|かからな|掛からな)/u
/** A door opened for air or heat, a hall open to visitors, a shelter, the public's own home or vehicle. */
const LEFT_NOT = /換気|空気の入れ|風通し|熱中症|暑さ対策|冷房|網戸|どなたでも|ご自由|お気軽|いつでも|お越し|お入り|ご来場|ご来館|ご来庁|ご利用|入場|見学|開館中|開庁中|営業中|開催中|受付時間|受付|窓口|営業|開庁|開館|お待ち|ご用|診療|急患|救急外来|避難(?:所|者|され|して)|寝(?:る|て|ると|た)|就寝|ご自宅|ご家庭|自宅|お宅|住宅|家の|民家|自転車|バイク|(?<![公用庁救消])車(?!庫)|高齢者|今後は|徹底|改め|見直|改善|是正/u
/** Advice or a question: the state as what not to do. */
const LEFT_ADVICE = /ましょう|しないで|ないよう(?:に|、|。|$)|ないでください|ては(?:いけ|だめ|ダメ|なら)|注意(?:して|を|しま)|気をつけ|防犯対策|空き巣|泥棒|狙われ|盗難|盗まれ|被害|避け|やめ|危険|おそれ|恐れ|場合(?:は|に)|ときは|際は|(?:ておく|ている|にする|にしておく|にしている|たまま)と(?![しな])|ませんか|[？?]/u
/** The state denied right after it (開けたままにはしていません, 開けたままになっていないか). */
const LEFT_DENIED = /^[ぁ-ゖ、,]{0,10}?(?:ません|ない|なく|ず(?![っ]))/u

/**
 * Blind R82A-039: a gate or a site whose watch is told, said at set hours to have no one watching it (15時〜16時の西門付近は実質だれも
 * 見ていない状態になります, 正門は7時半まで誰も見とらん, 水門は夜間、見張る人がいません, 校門前は目が届かなくなります): whoever reads it knows
 * when and where no one looks. The places: a school's or a site's gate, a sluice or a pumping station (the side ways in are SIDE_ENTRANCE).
 */
const WATCHED_SITE = '正門|校門|表門|(?<![\\p{Script=Han}])門(?:の?前|付近|周辺)|水門|樋門|閘門|排水機場|ポンプ場|浄水場|配水池|取水口|資材置き?場|資材ヤード'
/**
 * No one watching, in any register: 誰も見ていない, だれも見とらん, 見る人がいない, 見張る人がいません, 目が届かない. Blind R186D-055: nobody
 * posted there (裏の搬入口は10時から11時半まで誰もつかない配置, 誰も立っていません): the guard's post left empty for those hours.
 */
const NOBODY_WATCHING =
  '(?:誰|だれ)も(?:見て(?:い|お)(?:ない|なく|ません|りません|らず|らん)|見てな(?:い|く)|見と(?:らん|らへん|りません)|見ちょらん|見張って(?:い|お)(?:ない|ません|りません|らず))|' +
  '(?:誰|だれ)も(?:(?:つか|付か|立た)(?:ない|なく|ず|ん|へん)|(?:つき|付き|立ち)ません|(?:つい|付い|立っ)て(?:い|お)(?:ない|なく|ません|りません|らず|らん))|(?:見る|見張る|見守る|立つ)(?:人|者|職員|大人)(?:が|は|も)?(?:いな|いませ|おら|おりませ)|目が(?:届かな|届きませ|行き届かな|行き届きませ)'
/**
 * A building said to be empty: 夜10時以降は庁舎に誰もいなくなります, 夜間の支所は無人です; or a way into a site left unwatched
 * for set hours (裏手の搬入口は11時から12時の間は人がいなくなります, 通用口は夜8時以降は誰もいません). Blind R376Z-016 kind: nobody
 * counted as not one (夜10時から朝6時まではセンターに職員がひとりもおらず, 閉館後は一人もいません).
 */
/**
 * Round 52: a way into a venue besides its front, where staff and goods pass (楽屋口, 関係者入口, 西門, 東側出入口, 搬入出口):
 * 15時以降は楽屋口が無人になります tells when it is open to anyone. Said thinly watched (手薄), too: only of such a way in.
 */
const SIDE_ENTRANCE =
  '搬入口|搬出口|搬入出口|通用口|通用門|裏口|裏門|勝手口|非常口|職員口|職員(?:用)?(?:入口|出入口)|楽屋口|楽屋(?:の)?(?:入口|入り口|出入口)|楽屋|(?:関係者|スタッフ|出演者)(?:用|専用)?(?:入口|入り口|出入口|出入り口|口)|(?:東|西|南|北)(?:側)?(?:の)?(?:入口|入り口|出入口|出入り口|通用口|ゲート)|(?<![\\p{Script=Han}])(?:東|西|南|北|側)門|バックヤード|舞台裏|荷(?:捌|さば)き場'
/**
 * Blind R389N-019 kind: nobody said to stay on (センターの2階は17時以降だれも残っていません, 誰も残らん): the building empty then. Not a
 * check that none is left (誰も残っていないことを確認, 残っていないか), nor a request (誰も残らないよう).
 */
const NOBODY_STAYS = '(?:誰|だれ)も残(?:って(?:いない|いません|おりません|おらず|おらん|ない)|ら(?:ない|ず|ん))(?!か(?!ら)|こと|よう|の?を?確認)'
/**
 * Blind R442T-011 kind: no staff said to be stationed at a named place for set hours (…センターは、19時から翌朝8時までは職員が常駐して
 * おらず無人になります; 倉庫は夜間、管理人が常駐していません): when it holds goods with no one there. A place staffed around the clock
 * (24時間職員が常駐しています), opening hours alone (受付は9時〜17時) and a notice that calls go unanswered (ご了承ください) stay clean.
 */
const NOT_STATIONED = '(?:職員|警備員|管理人|守衛|係員|スタッフ|人)(?:が|も|は)?常駐して(?:おらず|いない|いません|おりません|おらん|ない)'
/** A service paused or a caller asked to bear with it, in the sentence of an unstaffed place or the next one (see findPhysical). */
const SERVICE_PAUSED = /(?:電話|お電話|窓口|受付|ご相談|お問い合わせ)(?:は|が|も|の)?[^。！？!?\n]{0,8}?(?:つながり(?:ません|にくく)|つながらな|繋がり(?:ません|にくく)|繋がらな|お受けでき|受けられませ|受け付けておりませ|受け付けていませ|休み|お休み|停止)|対応(?:でき(?:ません|かね)|いたしかね|致しかね)|翌開庁日|翌営業日|ご不便を|ご理解|ご了承/u
/** Goods, cash or stock said to be held at the place: its empty hours are a gap to a thief however they are worded. */
const GOODS_HELD = /保管|物資|現金|金庫|備品|貴重品|在庫|機材|置いて(?:あ|い|お)/u
const EMPTY_BUILDING = new RegExp(
  `(?:庁舎|本庁舎|支所|出張所|施設|館内|事務所|倉庫|格納庫|車庫|建物|役所|市役所|公民館|体育館|図書館|センター|資料館|校舎|社務所|寺務所|詰所|集会所|集会場|公会堂|会館|管理棟|管理室|守衛室|宿直室|本堂|境内|${SIDE_ENTRANCE}|${WATCHED_SITE})(?:に|は|内は|の中は|には|も|が)?[^。！？!?\\n]{0,14}?(?:無人|(?:誰|だれ)もいな|(?:誰|だれ)もいませ|誰も居な|(?:誰|だれ)もおらず|(?:誰|だれ)もおりませ|(?:誰|だれ)もおら(?:ん|へん)|人がいな|人がいませ|人が居な|人がおら(?:ん|へん)|職員がいな|職員がいませ|職員も帰|(?:ひとり|一人|1人|独り)も(?:いな|いませ|居な|おらず|おりませ|おら(?:ん|へん))|空っぽ|もぬけの殻|手薄|${NOBODY_STAYS}|${NOBODY_WATCHING}|${NOT_STATIONED})`,
  'gu',
)
const SIDE_ENTRANCE_AT = new RegExp(`^(?:${SIDE_ENTRANCE})`, 'u')
/**
 * Blind R414P-058 kind: a building said to be empty over given days, the days told in the sentence or the one before and taken up by
 * その間 / 期間中 / 両日 (11月16日（土）〜17日（日）は研修旅行です。その間、詰所は誰もいなくなります; 3日から5日まで倉庫は無人になります):
 * when it can be entered. A day alone with no span or back reference (5月3日の清掃では…誰もいないか確認) is not this; a check that none is
 * left stays clean (NOBODY_STAYS).
 */
const EMPTY_DAYS_BACK = /その間|その期間|期間中|両日|留守(?:の間|中)|不在(?:の間|中)|(?:旅行|研修|出張|遠征|合宿)(?:中|の間)/u
const EMPTY_DAYS_DATE = /[0-9０-９]{1,2}月[0-9０-９]{1,2}日|[0-9０-９]{1,2}日[（(][月火水木金土日]|[（(][月火水木金土日](?:曜)?(?:日)?[）)]|[月火水木金土日]曜日?(?:から|〜|～|-)|[〜～][0-9０-９]{1,2}日/u
const EMPTY_DAYS_SPAN = /[0-9０-９]{1,2}(?:月[0-9０-９]{1,2})?日(?:[（(][月火水木金土日][）)])?[〜～\-]|[0-9０-９]{1,2}(?:月[0-9０-９]{1,2})?日(?:[（(][月火水木金土日][）)])?から[0-9０-９]{1,2}(?:月[0-9０-９]{1,2})?日/u
/** The reassurance is about emergencies covered by others (有事の際は近隣の分団がカバー), no watch on the building. */
const COVER_NOT_WATCH = /有事|災害|火災|出動|緊急|急病|カバー/u
const EMPTY_WATCH_WORD = /警備|巡回|見回り|パトロール|施錠|戸締|鍵|カメラ|センサー|通報|セキュリティ|管理会社|宿直|当直/u
/**
 * Blind R416R-023 kind: a site said to be unattended as a rule (ふだん無人で, 普段は誰もいなくて, 常時無人の), then its only round told by a
 * weekday or a part of the day (職員の見回りは毎週火曜の午前中だけ, 巡回は月曜と木曜の午後のみ, 見回りは土曜の朝しか来ません): the rest of the
 * week is when no one comes. A round told without だけ / のみ / しか, an unattended station or shop (無人駅, 無人販売所) and a public
 * patrol (消防団, 自治会: PUBLIC_ROUND) are not this.
 */
const ROUND_ONLY_WHEN = /^(?:は|も|が|に)?[、,]?[^。！？!?\n]{0,12}?(?:[月火水木金土日](?:曜)?|午前|午後|朝|昼|夕方|夜|週末|平日|月初|月末)(?:日)?(?:の)?(?:午前|午後|朝|昼|夕方|夜)?(?:中|の間)?(?:に)?(?:1回|一回|１回|1度|一度)?(?:だけ|のみ|しか)/u
const UNMANNED_SITE = /(?:ふだん|普段|ふだんは|普段は|通常|通常は|常時|日頃|日ごろ|いつも|基本的に|基本)[、,]?(?:は)?[、,]?(?:無人|(?:誰|だれ)も(?:いな|いませ|おら|おりませ)|人が(?:いな|いませ|おら))/u
/** When it is empty: a night, an hour, after closing. */
const EMPTY_WHEN = /\d{1,2}時|\d{1,2}:\d{2}|[〇零一二三四五六七八九十]{1,3}時|夜間|深夜|夜中|未明|明け方|夜は|夜に|以降|閉館後|閉庁後|終業後|退庁後|週末の夜|年末年始/u
/**
 * Blind R58A: where the watch cameras are and which spots of a site have none (防犯カメラを設置しておりますが、正門と体育館裏の2か所のみで、
 * プール側と北側の通用門には設置しておりません; カメラがあるのは正面玄関だけで、裏口には付いていません; センサーは1階のみ、2階の窓には
 * ついとらん). The camera named, then only (のみ, だけ, しか) some spots, then a spot of the site (a gate, a door, a side, a wing, a floor) with
 * no camera. A class of places spared (個人宅には設置しておりません, トイレや更衣室には) is no spot of a site.
 */
const CAMERA_SPOT = '(?:門|口|側|裏|裏手|棟|階|駐車場|駐輪場|通路|倉庫|プール|広場|校庭|グラウンド|体育館|廊下|沿い|付近|周辺|窓|出入口|入口|入り口)'
const CAMERA_NOT_SET =
  '(?:設置|取り?付け|取付)(?:して|されて|られて)?(?:い|お)?(?:ません|ない|らず|りません|ないです)|(?:付いて|ついて|付けて|つけて)(?:い|お)?(?:ません|ない|らず|りません)|(?:付いと|ついと|付けと|つけと|ついちょ|付いちょ)(?:らん|らへん|らん(?:けん|です))|(?:カメラ|センサー)?(?:が|は)?(?:ない|ありません|なか)(?![^。！？!?\\n]{0,2}(?:か|？|\\?))'
const CAMERA_ONLY_THERE = `(?:防犯カメラ|監視カメラ|カメラ|防犯センサー|センサー)[^。！？!?\\n]{0,40}?(?:のみ|だけ|しか)[^。！？!?\\n]{0,30}?${CAMERA_SPOT}(?:には|は|に)[、,]?(?:まだ|一台も|1台も|何も)?(?:${CAMERA_NOT_SET})`
/**
 * Blind R161A-013: where a secret is written down or kept in the office, told to those who are to use it (パスワードは課の共有フォルダの
 * メモにあります, 暗証番号は係長の机の引き出しのノートに書いてあります, PWは共有フォルダの一覧表に保存しとるけん): anyone who reads the post
 * learns where to find it. The secret is the topic, then a staff keeping place (a folder, a file, a note, a ledger, a drawer, a desk) and a
 * verb of being kept there. Blind R321C-038 kind: 合言葉 is such a secret, and the spot may be a part of the thing named (合言葉は係の皆さんの
 * 机のマットの下に挟んである, パスワードはキーボードの裏に貼ってあります). What was sent to the reader (お送りした通知書に記載しています, 同封の用紙に) is the reader's own (SENT_TO_READER),
 * and advice not to keep it so (ノートなどに書き残さないでください) teaches.
 */
const SECRET_KEPT_AT =
  String.raw`(?:パスワード|暗証番号|PW|パスコード|PIN|ログイン情報|認証情報|合言葉|合い言葉|あいことば)(?:は|も)[、,]?[^。！？!?\n]{0,16}?(?:共有フォルダ|フォルダ|ファイル|メモ|ノート|手帳|付箋|ふせん|台帳|一覧表?|引き出し|ひきだし|机|デスク|キャビネット|ロッカー|ホワイトボード|エクセル|Excel|スプレッドシート|マット|下敷き|キーボード|モニター|ディスプレイ|カレンダー|[「『][^」』\n]{0,20}(?:\.(?:xlsx?|docx?|txt|csv|pdf)|フォルダ|ファイル|メモ|一覧)[」』])(?:の[^\s。！？!?\n、,]{1,8}?)?(?:の中)?(?:に|へ)(?:あります|ある(?!か)|あり|書いて|書いと|書いちょ|記載(?:して|されて)|メモして|保存(?:して|されて|しと)|入って|入れて|入れと|載って|貼って|貼り付け|まとめて|挟んで|挟んど|はさんで|はさんど|挟まって|はさまって|置いて|置いと|しまって|隠して|かくして)`
/** A network for guests (無料Wi-Fi, フリーWi-Fi, 来館者用, お客様用, 公衆無線LAN). */
const GUEST_NETWORK = /(?:無料|フリー|Free|来館者用?|来場者用?|来庁者用?|利用者用?|お客様用?|ゲスト用?|公衆)(?:の)?\s?(?:Wi-?Fi|ワイファイ|無線LAN|ネット)|(?:Wi-?Fi|ワイファイ|無線LAN)[^。！？!?\n]{0,10}(?:無料|ご自由|どなたでも)/iu
/** What a watchword kept on a desk opens: a system, an account, a device or a lock (not a venue's 入口 or 門). */
const WATCHWORD_OPENS = /錠|ロック|金庫|ロッカー|扉|ドア|通用口|裏口|勝手口|キーボックス|端末|タブレット|パソコン|PC|スマホ|システム|管理画面|アカウント|ログイン|サインイン|(?<![A-Za-z])ID|Wi-?Fi|ネットワーク|サーバ/iu
/** A game's or a campaign's watchword (スタンプラリー, クイズ, 謎解き, キャンペーン, 抽選): no secret. */
const WATCHWORD_GAME = /ラリー|クイズ|謎解き|なぞとき|キャンペーン|スタンプ|抽選|プレゼント|景品|イベント|ゲーム|宝探し|運動|標語|スローガン/u
/** Sent or handed to the reader (お送りした通知書, 同封の用紙, お手元の, ご自身で): the reader's own secret, no office's. */
const SENT_TO_READER = /お送り|送付|郵送|同封|お手元|ご自身|ご本人|お渡し|通知書|届いた|届きました|案内状|ご登録|登録時/u
const KEPT_AT_FORM = new RegExp(`^${SECRET_KEPT_AT}$`, 'u')
/**
 * Blind R162I-059: the board or the note named first, then a secret said to be written or to show there (ホワイトボードには今週の当番表と、
 * 交付端末のログイン情報がびっしり！, 付箋にはパスワードが書いてあって, 黒板に暗証番号が丸見え): a photo of the office or a tour of its back
 * room hands the secret out. A check asked (付箋にパスワードが書かれていないか確認), advice (ホワイトボードにパスワードを書かないで: を, not が)
 * and a board with no secret (当番表がびっしり) are not this.
 */
const SECRET_ON_BOARD =
  String.raw`(?:ホワイトボード|黒板|付箋|ふせん|メモ|貼り紙|張り紙)(?:に|には|にも)[、,]?[^。！？!?\n]{0,24}?(?:パスワード|暗証番号|PW|パスコード|ログイン情報|認証情報|ログインID)(?:が|も)[、,]?(?:そのまま|堂々と|全部|ぜんぶ|しっかり|大きく|手書きで)?(?:びっしり|ずらり|ずらっと|ばっちり|はっきり|丸見え|まるみえ|書いて|書かれ|書いと|書いちょ|貼って|貼られ|残って|並んで|載って|写って|見えて)(?![^。！？!?\n]{0,5}?(?:ない|ません|ず|なく|ん(?:か|よう)))` +
  // Blind R168A-085: the note or the board named as the topic, then said with the copula to be the secret (モニターの横の黄色い付箋、
  // 職員用Wi-Fiのパスワードなんです; 机のメモは金庫の暗証番号です): what the photo shows is the secret itself. Blind R378B-039 kind: the
  // note as the subject (付箋が…のパスワード一覧です), the word spaced out letter by letter (パ ス ワ ー ド). 「…ではありません」, a question
  // and a secret word run on to another noun (パスワード変更のお知らせです) are not this.
  String.raw`|(?:付箋|ふせん|メモ|メモ用紙|貼り紙|張り紙|ホワイトボード|黒板)(?:[、,]|は|って|も|が)[^。！？!?\n]{0,20}?(?:パ ?ス ?ワ ?ー ?ド|暗証番号|PW|パスコード|ログイン情報|認証情報|ログインID) ?(?:一覧|リスト)?(?:なんです|なんだ|なの|です|でした|だよ|やけん|やけ|ばい|だ(?=[。！!\s（(]|$)|や(?=[。！!\s（(]|$))(?![^。！？!?\n]{0,3}?(?:か|？|\?))`

/**
 * Weak spots told in other words: what a camera does not cover (カメラは正面にしかない, 死角), a secret left at its
 * factory value (パスワードは初期設定のまま), a staff room anyone can walk into, a secret written on a note by the screen;
 * the spots of a site a camera is not set at (CAMERA_ONLY_THERE).
 */
const WEAK_SPOT = new RegExp(
  String.raw`(?:パスワード|暗証番号|PW|パス)(?:は|を|が)?[^。！？!?\n]{0,12}?(?:生年月日|誕生日|電話番号|職員番号|社員番号|内線番号|名前|氏名|ユーザー?名|ID)(?:の)?(?:下)?(?:[0-9０-９一二三四五六七八]{1,2}桁)?(?:と|に)(?:して(?:い|お)(?:ます|る)|設定(?:して(?:い|お)(?:ます|る)|しました|した)|しました|した(?:[。、]|$)|統一(?:して|しました|した))(?![^。！？!?\n]{0,3}(?:か|？|\?))|(?:パスワード|暗証番号|PW|パス|pasuwa-?a?do|password)(?:は|が|も)?[^。！？!?\n]{0,12}?(?:開設時|作成時|導入時|設置時|設定時|最初|初期|当初)(?:の|から)[^。！？!?\n]{0,24}?(?:まま|変えて(?:い)?な|変更して(?:い)?な|変更されて(?:い)?な)|(?:防犯カメラ|監視カメラ)[^。！？!?\n]{0,40}?(?:が|は)映らない(?:状態|ため|ので|期間|ところ|場所)|(?:防犯カメラ|監視カメラ)(?:は|が|も)(?![^。！？!?\n]{0,6}(?:故障|壊れ))[^。！？!?\n]{0,32}?(?:を|は)(?:映して|映って|撮影して|カバーして|写して)(?:いません|いない|おりません|おらず)|(?:防犯カメラ|監視カメラ|カメラ|センサー)(?:は|が)?[^。！？!?\n]{0,12}?(?:しか|だけ)(?:ない|ありません|付いていな|ついていな|設置していな|設置されていな|映らな|映っていな|映りませ)|(?:防犯カメラ|監視カメラ|センサー)(?:は|が)[^。！？!?\n]{0,24}?(?:のみ|だけ)(?:で|です|。|、)[^。！？!?\n]{0,20}?(?:には|は)(?:設置|取り付け|付け)(?:して|られて|されて)?(?:いません|いない|おりません|ありません)|`+CAMERA_ONLY_THERE+String.raw`|(?:防犯カメラ|監視カメラ|カメラ)の死角|死角(?:は|が|になって|になる|になっと|になっちょ|となって|となる(?!やす|がち)|だらけ|です|でした|でして|やけん|ばい|たい|なん(?:です|だ|よ|や|じゃ|で)|なの(?:です|よ|で)?|だ(?=[。！!、,よねし\s]|$)|や(?=[。！!、,ねよ\s]|$)|で[、,])|(?:誰でも|だれでも|自由に)[^。！？!?\n]{0,10}?(?:入れ|入り込め|出入りでき|立ち入れ|侵入でき|降りられ|上がれ|登れ|通れ|開けられ)(?:て(?:しま[うい]|しまっ|しも)|ちゃ[うい]|ちゃっ)|(?:パスワード|暗証番号|PW|パス|PIN|ID)(?:は|が|も)?[^。！？!?\n]{0,8}?(?:初期設定|初期値|初期パスワード|デフォルト|工場出荷時|購入時)(?:の)?(?:まま|から変えて|から変更して)|(?:サーバー?室|電算室|事務室|金庫室|執務室|通用口|裏口|勝手口|職員(?:用)?(?:入口|通用口)|書庫|宿直室|会計室)[^。！？!?\n]{0,12}?(?:誰でも|だれでも|ノーチェックで|フリーパスで)(?:入れ|入室|入館|出入り|開け|通れ)|(?:パスワード|暗証番号|PW|パス)(?:は|を|が)?[^。！？!?\n]{0,12}?(?:付箋|ふせん|メモ|紙|ホワイトボード)(?:に書|に貼|に張|に残|で貼)|`+SECRET_KEPT_AT+'|'+SECRET_ON_BOARD,
  'gu',
)
/** The note form of WEAK_SPOT (パスワードを付箋に書いて). */
const NOTE_FORM = /(?:付箋|ふせん|メモ|紙|ホワイトボード)(?:に書|に貼|に張|に残|で貼)$/u
/**
 * Blind R99A-150: what follows the note form, up to the end of its quoted or listed item, is a do-not (…モニターに貼らない」, …貼らないこと,
 * …机に置かない』, 書かず): the verb's plain negative, then the item's end (a closing bracket, など, a line end). Blind R108A-040: or the
 * do-not asked outright (付箋に書いてモニターに貼らないでください, 紙に書かないでね, メモに残さないようにお願いします, 貼ってはいけません):
 * a request not to do it, no secret told where it is. Bounded.
 */
/**
 * Blind R333S-042 kind: the note form asked of the reader as a habit to check (パスワードを付箋に書いてパソコンに貼っていませんか,
 * 暗証番号を紙に書いて財布に入れていないでしょうか, …貼っている方はいませんか, …貼ってない？): an awareness question, no secret's place told.
 * Only a question that closes the clause (ませんか, ないですか, ないでしょうか, ない？); a statement (…貼っています) stays a weakness.
 */
const NOTE_ASKED = /^[^。！？!?\n「」『』]{0,24}?(?:ません(?:でしょう)?か|ないですか|ないでしょうか|ない(?:かな)?[？?])(?=[。．？?！!\s」』]|$)/u
const NOTE_DONT =
  /^(?:[かさら]|[^。！？!?\n「」『』]{0,16}?(?:貼ら|張ら|はら|置か|残さ|書か|し|せ|出さ|見せ))(?:(?:ない(?:こと|ように|よう)?|ず|ぬ|んこと)\s?(?:[」』]|など|等|[。．]?\s*(?:\n|$))|ないで(?:ください|下さい|くださ|ね|な(?![ぁ-ゖ])|ほし|欲し|いただ|もらえ|くれ|[。！!]|$)|ないよう(?:に)?(?:して|お願い|しましょう|ご注意|注意|気を))|^[^。！？!?\n「」『』]{0,16}?[てで]は(?:いけ|だめ|ダメ|なら|なり)/u
/**
 * Blind R339W-039 kind: the note form as one item of a list of do-nots in a lesson or a training report (パスワードを付箋に書いて貼らない、
 * 共有フォルダの情報を外に持ち出さないなど、基本をあらためて確認しました; …モニターに貼らない・机に置きっぱなしにしないといったルール):
 * the verb's plain negative right after it, then 、 or ・, and another plain negative closing an item later in the sentence (…ないなど,
 * …ないといった, …ない、, …ないこと). A statement of what is done (…貼っていて、…) stays a weakness. Bounded.
 */
const NOTE_DONT_LISTED =
  /^(?:[かさら]|[^。！？!?\n「」『』]{0,16}?(?:貼ら|張ら|はら|置か|残さ|書か|し|せ|出さ|見せ|入れ|いれ|挟ま|はさま|持ち歩か))(?:ない|ず)[、,・](?=[^。！？!?\n]{0,60}?(?:ない|ず)(?:など|等|といった|とか|こと|[、,・」』]))/u
/**
 * Blind R99A-085: where the watch cameras are told, then a spot of the site said to have none yet (防犯カメラは正面玄関と2階の会計課前に
 * 設置しています。裏手の職員駐輪場側にはまだ付いていませんが, 北側の勝手口にはまだ設置できておらん, 裏の倉庫側の通路にはカメラがありません):
 * a blind spot told, whatever is planned for it. The spot ends in a spot's word (CAMERA_SPOT) and is the topic (には, は); then not set (a
 * verb of setting or fitting negated, or the camera said to be absent). Not a class of places (ご家庭, 個人宅, トイレ), not a camera set
 * there now (設置しました), not a question. Group 1: the spot. Bounded gaps only.
 */
const CAMERA_NOT_FITTED =
  '(?:設置|取り?付け|取付)(?:して|されて|られて|できて|できと|でき)?(?:い|お)?(?:ません|ない|らず|りません|ないです|らん)|(?:付いて|ついて|付けて|つけて)(?:い|お)?(?:ません|ない|らず|りません)|(?:付いと|ついと|付けと|つけと|ついちょ|付いちょ)(?:らん|らへん)|(?:防犯|監視)?カメラ(?:が|は)?(?:ない|無い|ありません|ございません|なか)'
const NO_CAMERA_SPOT = new RegExp(
  `([^\\s。！？!?\\n、,「」『』]{1,20}?${CAMERA_SPOT})(?:には|は|にも|の方には|のほうには)[、,]?(?:(?:まだ|今のところ|いまのところ|現在|現状|一台も|1台も|まったく|全く)[、,]?){0,2}(?:(?:防犯|監視)?カメラ(?:が|は|も)?)?(?:${CAMERA_NOT_FITTED})(?![^。！？!?\\n]{0,2}(?:か[。？?！!]|か$|？|\\?))`,
  'gu',
)
/** A class of places (homes, rooms kept private) or a camera set there now: no blind spot of a site told. */
const NO_CAMERA_NOT_GAP = /ご家庭|ご自宅|自宅|お宅|個人宅|住宅|民家|トイレ|更衣室|浴室|授乳室|プライバシー|補助|助成|設置しました|取り付けました|付けました|設置済み|設置が完了/u
/**
 * Blind R99A-032: a way past entry control told (守衛室で「総務の者です」と言えば職員証がなくても中に入れてもらえますよ, 職員証を忘れても
 * 守衛さんに名前を言えば通してもらえます, セキュリティカードを持っていなくても裏の通用口から普通に入れます): the staff pass or card key said
 * not needed, or a staff member's name said to open the door, then getting in (入れてもらえる, 通してもらえる, 開けてくれる, 入館できる).
 * Not a pass required (ないと入れません), a public hall open to all (どなたでも, ご利用いただけます), a rumour denied, a gap said fixed.
 * Bounded gaps only.
 */
const STAFF_PASS = '(?:職員証|職員カード|職員IDカード|社員証|IDカード|セキュリティカード|セキュリティーカード|カードキー|キーカード|入館証|入館カード|入室カード|入構証|通行証)'
const NO_PASS = '(?:が|は|を|も)?(?:家に|うちに|自宅に)?(?:なくても|無くても|なくっても|なしでも|無しでも|なしで|無しで|のうても|なかっても|なかっちゃ|忘れても|わすれても|忘れとっても|忘れてても|持って(?:い)?なくても|持ってこなくても|持ってきてなくても|持っとらんでも|持っとらんくても|かざさなくても|通さなくても)'
/*
 * Blind R325C-034 kind (pisec60): …or past it to the floors inside (職員証がなくても病棟まで上がれる造り, IDカードなしでも2階の事務室まで行けて
 * しまう, 入館証を持っていなくても奥まで入り込める): the way up or on, as 入れる is the way in.
 */
// Blind R368R-019 kind: …or the pass itself handed over for the name alone (守衛室で名前を言えば、予備のカードを貸してもらえます, 入館証を
// 出してくれる, カードキーが借りられる): whoever says a name walks in with it.
const GET_IN = '(?:(?:カード|キー|鍵|カギ|入館証|通行証|入構証|職員証|社員証)(?:を|が)?(?:貸して|かして|渡して|出して|発行して)(?:もら|くれ|いただ)|(?:カード|キー|鍵|カギ|入館証|通行証|入構証|職員証|社員証)(?:を|が)?(?:借りられ|かりられ|借りれ)|入れ(?:て(?:もら|くれ|いただ|くださ)|ます|る|ちゃ|た(?!ら))|入(?:館|室|庁|構)(?:でき|させて|OK|可能)|通して(?:もら|くれ|いただ|くださ)|通(?:れ(?:ます|る)|り抜けでき)|開けて(?:もら|くれ|いただ|くださ)|(?:上がれ|あがれ|上れ|のぼれ|行け|いけ|進め|入り込め|立ち入れ|たどり着け|辿り着け)(?:ます|る|て(?:しま|しも)|ちゃ))'
const NAME_SAID = '[」』](?:と|って|っち|て)(?:言え|いえ|言う|言や|名乗れ|名乗る|伝えれ|言ったら|いったら|名乗ったら|言うたら)(?:ば|と)?|(?:名前|氏名|所属|課名)(?:を|ば)?(?:言え|いえ|名乗れ|伝えれ|言ったら|言うたら)(?:ば)?'
/**
 * Blind R355C-007 kind: a staff pass that opens doors photographed front and back (新しい職員証きました…表も裏も記念にパシャリ📸; 入館カード
 * の両面を撮ってみました): its number, chip and design are there to copy. Not advice against it (表裏をSNSに載せないで). Bounded.
 */
const PASS_SHOWN = new RegExp(
  `${STAFF_PASS}[^]{0,100}?(?:表も裏も|表と裏|表裏|両面|裏面(?:も|まで)|裏側も)[^。！？!?\\n]{0,12}?(?:パシャ|ぱしゃ|撮|写真|📸|📷|載せ|のせ|アップ|公開)`,
  'gu',
)
const PASS_SHOWN_NOT = /ないで|ないよう|ません(?:よう|か)|注意|禁止|厳禁|危険|ダメ|だめ|NG|やめ|避け|紛失|落とし/u
const ENTRY_BYPASS = new RegExp(`${STAFF_PASS}${NO_PASS}[、,]?[^。！？!?\\n]{0,30}?${GET_IN}|(?:${NAME_SAID})[、,]?[^。！？!?\\n]{0,30}?${GET_IN}`, 'gu')
/** What a staff member's words are in the quote before 「…」と言えば: who they are (総務の者です, 市民課の職員です, 業者です). */
const STAFF_SAID = /(?:者|職員|関係者|業者|担当|担当者|課|係)(?:です|だ|や|ですが|ですけど)?$/u
/** Right after GET_IN: its negative (入れません, 入館できない, 入れてもらえない). */
const GET_IN_NOT = /^[ぁ-ゖ]{0,4}?(?:ませ|ない|なか|なく|ず|へん|ん(?:[。！!よね]|$))/u
/** Getting in as the public may (どなたでも, ご来庁の方), a rule that keeps people out, or the gap said closed. */
const BYPASS_NOT_GAP = /どなたでも|ご来庁|来庁者|来館者|お客様|一般の方|市民の方|ご利用いただけ|見学|改修|改善|対策を|是正|見直し|設置しました|厳格化|徹底/u
/**
 * Blind R70A-004: the watch cameras said to be only at the spots named (カメラは三橋町中山の農道入口の電柱と、大和町六合の排水機場横の
 * 2か所だけなので, 防犯カメラがあるのは東口と駐輪場だけやけん, 監視カメラは公園の入口に1台のみです): whoever reads it knows where the
 * watch is and that it is nowhere else. The camera (or a security sensor) as the topic, or what it is set at; then the spots, with a count
 * of places or a spot's word; then だけ or のみ ending the statement or giving a reason (not だけでなく, だけを撮影, のみ提供), or しか with a
 * negative. Group 1: the spots. Bounded: the spots are at most 48 characters.
 */
const CAMERA_ONLY_AT = new RegExp(
  '(?:防犯カメラ|監視カメラ|見守りカメラ|カメラ|防犯センサー|侵入センサー|人感センサー|センサー)' +
    '(?:は|が|が(?:ある|あります|付いて(?:い|お)る|ついて(?:い|お)る|ついとる|設置されて(?:い|お)る|設置して(?:い|お)る)(?:の|所|場所|ところ)は|を(?:設置|取り付け)して(?:い|お)る(?:の|所|場所|ところ)は|の設置(?:場所|箇所|か所)は' +
    // Blind R400Z-047 kind: what the camera films told as a cleft after it (防犯カメラ、映っているのは正面玄関と受付だけで; カメラで撮影して
    // いる範囲は…のみ): the spots filmed, and nothing else.
    '|(?:は|が|に|で)?[、,]?(?:[^。！？!?\\n]{0,8}?)(?:映って|写って|撮影して|録画して|カバーして|撮って)(?:い|お)?る(?:の|ところ|場所|範囲)は)[、,]?' +
    '([^。！？!?\\n]{2,48}?)' +
    '(?:(?:だけ|のみ)(?:なので|なんで|やけん|やけ|やき|ばい|たい|だから|だし|ですので|ですから|ですが|だが|でして|で[、,]|です|でございます|(?:と|に)なって|だ(?=[。！!、,\\s]|$)|(?=[。！!\\n]|$)' +
    // Blind R172A-058: the watch said to run at those spots only (正面玄関と駐輪場の2台だけの運用になります, 2か所のみでの稼働となります,
    // 東口の1台だけに減らします).
    '|(?:で|での)?の?(?:運用|稼働|体制|配置)(?:に|と)(?:なり|なる|なっ|し(?:ます|た))|で(?:運用|稼働)(?:し|され|する)|に(?:減ら|減り|減る|減っ|縮小|絞))' +
    '|しか(?:ない|なく|無い|無く|ありません|ございません|なか|ありゃせん|(?:設置|取り付け)(?:して|されて)(?:い|お)(?:ない|ません|りません)|(?:付いて|ついて)(?:い)?な|(?:付いて|ついて)(?:い)?ませ|ついとら|付いとら))',
  'gu',
)
/** What the spots before だけ hold: a count of places or cameras, or a spot's word. */
const ONLY_SPOT = /か所|カ所|ヶ所|ケ所|箇所|ヵ所|[0-9０-９一二三四五六七八九十]台|門|口|側|裏|棟|階|駐車場|駐輪場|通路|倉庫|広場|校庭|体育館|廊下|沿い|付近|周辺|玄関|前|横|脇|交差点|電柱|公園|駅|町|通り|道|堤防|河川敷|エリア|地区|区域/u
/**
 * Blind R71A-136: which watch cameras are real and which are dummies (防犯カメラを10台設置しました！…実は本物はアーケード入口と精肉店前の
 * 3台だけで、残りはダミーです; 北門のカメラ、実はあれ飾りなんよ; 4台のうち3台は偽物です; 本当に録画しとるのは東口の1台だけで、あとは模型):
 * whoever reads it knows where the watch is not. The real ones told as only some (本物は…だけ, 本当に録画しているのは…しか), or the
 * rest, a count or a part of the cameras, or a camera itself, said to be a dummy; not a dummy denied (ダミーではなく), compared
 * (ダミーと違って) or aimed at (ダミーに見えますが). Bounded gaps only.
 */
const DUMMY_WORD = '(?:ダミー|偽物|にせもの|ニセモノ|ニセモン|偽(?:の)?カメラ|飾り(?!付|つけ)|お飾り|おかざり|フェイク|模型|模造品?|ハリボテ|張りぼて|はりぼて)'
const DUMMY_CAMERA = new RegExp(
  '(?:本物|ほんもの|ホンモノ|(?:本当に|実際に|ちゃんと|きちんと)(?:録画|撮影|作動|動い|映|写)[^。！？!?\\n]{0,6}?(?:の|もの|カメラ|やつ))(?:は|が)[、,]?[^。！？!?\\n]{1,40}?(?:だけ|のみ|しか)(?!でなく|じゃなく|ではなく)' +
    '|((?:カメラ|センサー)|(?:残り|のこり|その他|そのほか|ほか|他|あと|それ以外|一部|半分|半数|大半|ほとんど|(?<![0-9０-９])[0-9０-９一二三四五六七八九十]{1,3}台))(?:は|が|も|[、,])[、,]?[^。！？!?\\n「」『』]{0,8}?' +
    DUMMY_WORD +
    '(?![^。！？!?\\n]{0,2}?(?:では|じゃ|でな|でも|と(?:違|ちが|は|の)|との|より|を|に(?:見|み)|か(?:どうか|[。？?！!]|$)))',
  'gu',
)
/**
 * Blind R72A-108: a way into a site (非常口, 通用口, 裏口, 搬入口, 2階の窓, シャッター) said to have no alarm sensor, alarm or watch camera,
 * where the rest of the site has one (体育館の機械警備は毎晩21時にセットされますが、裏の倉庫側の非常口だけはセンサーが付いていないので、
 * …そちらから出入りしてください; 勝手口だけはセンサーがついとらん; 西側の職員通用口には防犯センサーが設置されておりません; 裏口はセンサーの
 * 対象外): whoever reads it knows the way in that sets nothing off. Also the other order (センサーが付いていないのは裏口だけ). Group 1 or 2:
 * the way in. A sensor light (センサーライト) is no alarm. Bounded gaps only.
 */
const WAY_IN = `${SIDE_ENTRANCE}|出入口|出入り口|入口|入り口|(?:[0-9一二三四五六七八九]階の)?窓(?!口|際|辺|側)|シャッター|天窓|ガラス戸`
const ALARM_DEVICE = '(?:(?:防犯|侵入|警備|人感|開閉|赤外線)?センサー(?!ライト|照明|付き(?:照明|ライト)|式(?:照明|ライト)|ー)|警報装置|警報機|警報ベル|防犯ブザー|防犯カメラ|監視カメラ|機械警備)'
const ALARM_ABSENT =
  '(?:(?:付いて|ついて|付け|つけ|取り付け(?:て|られて)?)(?:い|お)?(?:ない|なく|ません|らず|りません)|(?:付いと|ついと|付いちょ|ついちょ)(?:らん|らへん)|ついてな(?:い|く)|' +
  '(?:設置|取り?付け)(?:して|されて|されと)(?:い|お)?(?:ない|なく|ません|りません|らず|らん)|(?:が|は|も)?(?:ない|無い|なし|無し|ありません|ございません|なか)(?![^。！？!?\\n]{0,2}(?:か|？|\\?))|の?(?:対象外|範囲外))'
const NO_ALARM_AT = new RegExp(
  `(${WAY_IN})(?:だけ|のみ)?(?:には|は|も|にも|だけは|のみは)?[、,]?[^。！？!?\\n]{0,10}?${ALARM_DEVICE}(?:が|は|も)?[、,]?${ALARM_ABSENT}` +
    `|${ALARM_DEVICE}(?:が|の)?${ALARM_ABSENT}(?:のは|所は|ところは|場所は)[、,]?[^。！？!?\\n]{0,16}?(${WAY_IN})`,
  'gu',
)
/**
 * Blind R85A-003: an alarm sensor or a machine watch said to be off until, or not armed before, a set hour (収蔵庫の赤外線センサーは夜10時に
 * ならないと入らないので, 警報装置は21時までは切ってあります, 機械警備がセットされるのは23時以降やけん, 22時までは防犯センサーが解除されとる):
 * whoever reads it knows when the site sets nothing off. The hour is a clock time; the device is ALARM_DEVICE (no sensor light). A case put, a
 * household's own alarm and sensors added are not this (ALARM_NOT_GAP). Bounded gaps only.
 */
const ALARM_HOUR = '(?:[0-9]{1,2}|[〇零一二三四五六七八九十]{1,3})時(?:半|[0-9]{1,2}分)?'
const ALARM_NOT_ON = '(?:入ら(?:な|ん)|入りませ|入っていな|入ってな|入っとら|作動し(?:な|ませ)|作動せ(?:ん|ず)|作動していな|セットされ(?:な|ませ|ていな|とら)|かから(?:な|ん)|かかりませ|かかっていな|効か(?:な|ん)|オンにならな)'
const ALARM_OFF = '(?:切って(?:あ|お|い)|切っと|切れて(?:い|お)|切れと|オフに(?:して|なって|しと|なっと)|オフ(?:です|だ|や|の)|解除(?:して|されて|しと|されと)(?:い|お|あ)?|止めて(?:あ|い|お)|止めと|止まって(?:い|お)|停止して(?:い|お))'
const ALARM_OFF_HOURS = new RegExp(
  `${ALARM_DEVICE}(?:は|が|も)?[、,]?[^。！？!?\\n]{0,16}?${ALARM_HOUR}(?:に|を)?(?:ならないと|ならんと|ならなければ|ならなきゃ|なるまで(?:は)?|過ぎないと|過ぎんと|まで(?:は|の間は?)?|前は|以前は)[、,]?[^。！？!?\\n]{0,6}?(?:${ALARM_NOT_ON}|${ALARM_OFF})` +
    `|${ALARM_DEVICE}(?:が|を)?(?:入る|入れる|作動する|セットされる|セットする|かかる|オンになる)のは[、,]?[^。！？!?\\n]{0,8}?${ALARM_HOUR}(?:から|以降|過ぎ|になってから|を過ぎてから)` +
    `|${ALARM_HOUR}(?:まで(?:は|の間は?)?|になるまで(?:は)?)[、,]?[^。！？!?\\n]{0,12}?${ALARM_DEVICE}(?:は|が|も)?[、,]?(?:${ALARM_NOT_ON}|${ALARM_OFF})`,
  'gu',
)
/**
 * Blind R317C-004 kind: a building's alarm or machine watch said to be disarmed at a set hour or for set days, as a routine (文化会館の
 * 機械警備は、平日は朝7時に自動で解除されます, 土日は…金曜の夜から月曜の朝まで解除したままにしています, 警備システムは毎朝8時半に職員が
 * 解除します, 防犯センサーは土日は切ってあります, 機械警備の解除は毎朝7時です): whoever reads it knows when the building sets nothing off.
 * The system is an alarm (ALARM_DEVICE, a guard or security system, a guard company's name), never a weather 警報 or a door's lock (a
 * door unlocked at opening time is the public's hours); the time is a clock time or a run of days or nights; then the system disarmed,
 * switched off or stopped. A maintenance notice, a case put, a household's alarm or sensors added (ALARM_NOT_GAP, DISARM_NOTICE) are not
 * this. Bounded gaps only.
 */
const ARMED_SYSTEM = `(?:${ALARM_DEVICE}|(?:防犯|警備|セキュリティ|機械警備)(?:システム|装置)|セキュリティ(?:ー)?システム|セコム|ALSOK|アルソック)`
const DISARM_SPAN =
  '(?:(?:毎週)?[月火水木金土日]曜(?:日)?|土日|週末|休日|祝日|平日|夜間|年末年始|連休|閉館日|休館日)(?:の(?:夜|晩|朝|夕方|昼|午前|午後))?'
const DISARM_WHEN = `(?:(?:毎朝|毎晩|毎日|朝|夜|夕方|午前|午後)?${ALARM_HOUR}|${DISARM_SPAN}(?:から|〜|~|－|-)[^。！？!?\\n]{0,12}?(?:まで|の間)|${DISARM_SPAN}(?:は|の間は?|中は?))`
const DISARM_VERB =
  '(?:解除(?:され(?:ます|る|た|て|と|[、,])|し(?:ます|て|た|と|ちょ|[、,])|いたし|となり|になり|状態|の?まま)|(?:切|き)(?:れ(?:ます|る|て)|って(?:あ|い|お)|っと|っちょ|ったまま|られ)|オフ(?:に(?:なり|なる|なっ|し|され)|状態|の?まま)|止ま(?:り|る|っ)|停止(?:し|され))'
const ALARM_DISARMED = new RegExp(
  `${ARMED_SYSTEM}(?:は|が|も|を)?[、,]?[^。！？!?\\n]{0,20}?${DISARM_WHEN}[、,]?[^。！？!?\\n]{0,12}?${DISARM_VERB}` +
    `|${DISARM_WHEN}[、,]?[^。！？!?\\n]{0,12}?${ARMED_SYSTEM}(?:は|が|を|も)?[、,]?[^。！？!?\\n]{0,8}?${DISARM_VERB}` +
    `|${ARMED_SYSTEM}の?(?:解除|オフ)(?:の)?(?:時刻|時間)?(?:は|が)[、,]?[^。！？!?\\n]{0,12}?${ALARM_HOUR}`,
  'gu',
)
/** A notice of maintenance, a drill or a fault (点検のため, 誤作動): the stop is announced or an incident told, no routine. */
const DISARM_NOTICE = /点検|工事|改修|修理|メンテナンス|保守|交換|訓練|誤作動|誤って|不具合|故障/u
/** Where the alarm is the site's security: a guard system, crime, an intruder. */
const ALARM_CONTEXT = /警備|防犯|警報|侵入|セキュリティ|セコム|ALSOK|アルソック|不審者|泥棒|空き巣/u
/** A household's own doors (ご自宅の勝手口), a subsidy, a question, or sensors added: no site's gap told (a case put is read after the match). */
const ALARM_NOT_GAP = /ご自宅|ご家庭|お宅|ご家族|自宅|補助|助成|ませんか|ないか|？|\?|設置しました|設置します|取り付けました|取り付けます|増設|設置予定|予定です|新たに/u

/** Where a camera or a sensor that watches for crime is named. */
const WATCH_DEVICE = /防犯カメラ|監視カメラ|見守りカメラ|セキュリティカメラ|街頭カメラ|(?:対策|監視|防犯|投棄|警備|見守り)[^。！？!?\n、]{0,3}カメラ|防犯センサー|侵入センサー|人感センサー|(?:防犯|警備)[^。！？!?\n、]{0,3}センサー/u

/**
 * Blind R60A-068: 死角 as a road-safety term: what a driver cannot see from the seat or in the mirrors of a turning lorry (大型車の
 * 左折時には、運転席から見えない死角があります; トラックのすぐ横は死角になります). A camera's 死角 (防犯カメラの死角) is never this.
 */
const ROAD_BLIND_SPOT =
  /運転席|運転手|運転者|ドライバー|ミラー|左折|右折|バック(?:する|時|の際)|後退|大型車|トラック|ダンプ|車両|自動車|バス(?:の|から)|内輪差|巻き込|交差点|歩行者|交通安全|横断/u
/**
 * Blind R73A-046: a 死角 said reduced or gone, right after it (死角が減り, 死角が少なくなりました, 死角がほとんどなくなった, 死角は大幅に減って
 * おります, 死角が解消): what was done is told, no spot is left; not one said not reduced (死角が減っていない, 減るどころか). Bounded.
 */
const BLIND_SPOT_REDUCED = /^死角(?:が|は|も)[、,]?[^。！？!?\n、,]{0,8}?(?:減(?:り|る|っ|ら|少)|少なく|すくなく|なくな|無くな|消え|解消|改善)(?![^。！？!?\n]{0,4}?(?:ていな|ていませ|ておらず|ておら|ません|ない|ず|どころか|とら|ちょら|てへん))/u
/**
 * Colleague's report after R78A: a gap said to remain (死角が解消されていません, まだ解消できていない, 今も死角が残っています, 解消できとらん):
 * a word of improvement in the sentence (解消, 増設, 強化) does not make it one told done. Not a check asked (解消されていないか点検).
 * Blind R163A-060: also said with 現在も or 今でも, or a spot said to be a 死角 now while more cameras are only planned (…駐車場にかけては
 * カメラの死角となっているため、来年度に増設する予定です): the spot stays unwatched until then. A gap said closed (死角となっていた駐輪場に
 * 増設しました) and cameras planned to leave no gap (死角をなくすため増設する予定) are not this.
 */
const GAP_REMAINS =
  /(?:解消|改善|なくな|無くな|なくせ|減)(?:さ|し|でき|され)?[^。！？!?\n]{0,3}?(?:ていな|ていませ|ておらず|ておりませ|てな|ません|ず(?!み)|ない(?!よう)|とらん|ちょらん)(?!い?か)|(?:まだ|今も|いまも|現在も|今でも|いまでも|今なお|現状(?:でも|も)|いまだ|未だ|依然|相変わらず)[^。！？!?\n]{0,12}?(?:死角|残|映ら|映って)|死角(?:が|は|も)?[^。！？!?\n]{0,6}?残(?:って|り|る|った)|死角(?:と|に)(?:なって|なっと)(?:いる|おり|います|る)(?:ため|ので|けん|から|が|けど|[、,])[^。！？!?\n]{0,40}?(?:予定|計画|見込み|検討して|検討中)/u
/** A camera that watches for crime (防犯カメラ, 不法投棄対策のカメラ), not a live view of a river or a road. */
const WATCH_CAMERA = /防犯カメラ|監視カメラ|見守りカメラ|セキュリティカメラ|街頭カメラ|(?:対策|監視|防犯|投棄|警備|見守り)[^。！？!?\n、]{0,3}カメラ/u
const LIVE_CAMERA = /ライブカメラ|河川カメラ|道路カメラ|定点カメラ|ウェブカメラ|Webカメラ|ライブ映像|水位|交通量/iu
/** The reader's own home (ご自宅, お宅, ご家庭): a case put to them in advice, no site of the city's. */
const READER_HOME = /ご自宅|ご家庭|お宅|お住まい|ご自身|あなた/u
/** A secret named only by when or where it is typed (初回に入力するコード, ログインするときに入れる文字列). */
const TYPED_NAME = /(?:入れる|入力する|打つ|打ち込む|聞かれる|訊かれる|きかれる|尋ねられる|求められる|要求される|問われる)(?:文字列?|言葉|番号|コード|数字|英数字|キーワード)$/u
/** What a code handed to everyone gives (送料無料, 割引, クーポン, 特典, ポイント): a campaign's code, no one's secret. */
const CAMPAIGN_CODE = /クーポン|割引|値引|送料(?:が)?無料|特典|ポイント(?:が|を)?(?:付|もら|進呈|プレゼント)|プレゼント|キャンペーン|抽選|ショップ|ご購入|お買い物|お買い上げ/u
/** A crime the paragraph speaks of (a bare カメラ there watches for it): theft, a prowler, vandalism, a break-in. */
const CRIME_SCENE = /盗難|盗まれ|窃盗|車上(?:荒らし|ねらい|狙い)|空き巣|不審者|不審な人|いたずら|イタズラ|落書き|器物損壊|侵入(?:者|され|盗)|不法投棄|置き引き|荒らされ|被害が(?:続|相次|出て)/u
/**
 * A place a camera does not cover, said in any register: 裏手の通路は映らない, 北側は映りません, 生け垣沿いは撮影範囲外,
 * 駐輪場まではカバーしていない. Its subject is a place, not a face, a home or a screen (住宅は映らないよう配慮).
 */
/*
 * Blind R321C-050 kind: the camera named between the spot and the verb (自転車置き場の裏側はカメラに映らない位置なので, 奥は防犯カメラの
 * 画角に入っていない); a bare カメラ is a watch camera where the paragraph speaks of a crime (盗難, 不審者, いたずら: CRIME_SCENE).
 * Blind R306N-010 kind: the spot said not yet filmed after the cameras' places are told (東側の電柱に1台、倉庫の軒下に1台です。なお北側の
 * 水路側はまだ映らない位置に…): まだ, 今のところ, 現状 before the verb leave the gap as open as without them.
 */
const NOT_FILMED =
  /(?:は|が|も|には|までは)[、,]?(?:まだ|今のところ|いまのところ|現状|現在|(?:今|いま|現在|現状|既存)の)?[、,]?(?:(?:防犯|監視)?カメラ(?:に|には|では|から)(?:は|も)?[、,]?)?(?:ほとんど|まったく|全く|全然|ぜんぜん|一切|夜間は|夜は)?(?:映ら(?:ない|ず|へん|ん)|映りません|映って(?:い)?な|映っていません|映っとら|写ら(?:ない|ず)|写りません|写っていな|撮れな|撮れません|撮影できな|撮影できません|撮影されていな|撮影していな|撮影しておりませ|カバーできていな|カバーしていな|カバーできませ|カバーされていな|(?:(?:防犯|監視)?カメラの(?:撮影|監視|録画)?|撮影|監視|録画)(?:範囲|画角|視野)(?:外|に入っていな|に入っていませ|に入っておらず|に入りませ|に入らな|に含まれていな|に含まれませ|から外れ))/gu
/**
 * Blind R126A-149: a watch camera said to be off, every night or after a set hour (夜は電源落ちるので0時以降は映りません, 夜間は録画して
 * いません, 22時〜翌6時は停止しています, 深夜は電源を切っています): whoever reads it knows when the site is unwatched. The hours come first
 * (a recurring time as the topic), the camera's being off right after. A one-off stop for maintenance (点検のため…停止します) is a notice.
 */
const OFF_HOURS =
  /(?:(?:毎晩|毎夜|夜間|夜中|深夜|夜|休日|土日|週末|閉庁後|閉館後|営業時間外|時間外)(?:帯)?(?:の間)?|(?:[0-9]{1,2}|[〇零一二三四五六七八九十]{1,3})時(?:半)?(?:以降|以後|過ぎ|すぎ|から(?:翌朝?)?[^。！？!?\n]{0,8}?まで|[〜~\-－―ー](?:翌朝?)?(?:[0-9]{1,2}|[〇零一二三四五六七八九十]{1,3})時(?:半)?(?:まで)?))(?:は|の間は|中は|も)[、,]?(?:[^。！？!?\n]{0,10}?)(?:映ら(?:ない|ず|へん|ん)|映りません|映って(?:い)?な|映っとら|写らな|写りません|撮れな|撮れません|録画(?:を)?(?:して(?:い|お)(?:な|ません|りません|らず)|されていな|されません|しな|しません|できな|できません)|(?:電源|スイッチ)(?:が|を|は)?(?:切れ|切っ|切ら|落ち|落と|入っていな|入っとら|オフ)|(?:停止|止ま|止め|休止)(?:して|し|っ|て|ま)|作動していな|作動しな|動いていな|動かな|動いとら)/gu
/** Blind R355C-028 kind: a camera's direction or angle said changed or off (向きが変わって, 角度がずれ, 向きがそれて). Bounded. */
const CAMERA_TURNED = /(?:向き|角度|画角|方向)(?:が|を|も)?[^。！？!?\n]{0,4}?(?:変わ|かわ|変え|ずれ|ズレ|それ|外れ|動い|傾い)/u
/**
 * Blind R358F-005 kind: opening a locked place wanted (開けたいとき, 入りたい場合), then a hidden spot to search (…の下段にある缶の中を探して
 * ください, 植木鉢の下をのぞいて): the key's hiding place without the word 鍵. Bounded.
 */
const SEARCH_TO_OPEN =
  /(?:開け|あけ|開錠し|解錠し|入り)たい(?:とき|時|場合|際)(?:は|には)?[、,]?([^。！？!?\n]{2,48}?(?:中|なか|下|した|裏|うら|奥|後ろ|うしろ|内側))(?:を|に)[^。！？!?\n]{0,4}?(?:探|さが|のぞ|覗|手を入れ|取り出)/gu
/** A locked place a key opens (倉庫, 扉, 通用口, 金庫, 物置), named before the wish to open it. */
const OPENED_PLACE = /倉庫|物置|保管庫|書庫|金庫|ロッカー|扉|ドア|通用口|裏口|勝手口|門|ゲート|シャッター|小屋|集会所|公民館|部屋|室(?!内)/u
const OFF_HOURS_NOTICE = /点検|工事|修理|改修|メンテナンス|保守|交換|更新作業|停電(?:のため|に伴)|予定(?:です|しています)|お知らせ|ご不便|ご迷惑/u

/** A spot of a site a camera may miss (北側フェンス沿い, 裏の駐輪場, 東棟, 搬入口), not a kind of place (物陰, 夜道, 暗い場所). */
const FILMED_SPOT = new RegExp(`${CAMERA_SPOT}|搬入口|通用口|トイレ|フェンス|塀|敷地|奥`, 'u')
// Blind R400Z-047 kind: a building's window side (薬品庫の窓側, 窓際, 窓の下) is a spot of the site, not a window looked into.
const FILMED_PRIVACY = /顔|人物|個人|ナンバー|プライバシー|住宅|民家|住居|私有地|室内|家の中|窓(?!側|際|ぎわ|沿い|の下|の外)|テレビ|画面|映像|写真|画像/u

/** A place left out of the guards' round: 裏門側は巡回ルートに含まれていない, 別館は見回りしていません, 東側は警備の範囲外. */
const UNPATROLLED =
  /(?:巡回|見回り|見まわり|巡視|夜回り|パトロール|警備)の?(?:ルート|範囲|対象|区域|コース|エリア)(?:に|には|から|の)?(?:は|も)?[、,]?(?:含まれていな|含まれておらず|含まれておりませ|含まれていませ|含まれませ|含めていな|含めておりませ|入っていな|入っておらず|入っていませ|入りませ|外れ|外(?:です|である|だ|で|と|に|。|、|$))|(?:側|裏|裏手|奥|棟|館|階|口|門|通路|駐車場|駐輪場|倉庫|沿い|付近|周辺|エリア|広場|裏庭|建物)(?:は|まで|には|の方は|までは)[、,]?[^。！？!?\n]{0,10}?(?:巡回|見回り|見まわり|巡視|警備)(?:して(?:い|お)(?:な|らず|りませ|ませ)|しな|しませ|されていな|されておらず|されません|が(?:及ば|届か|行き届いていな|回ら|手薄)|の(?:対象外|範囲外))/gu
/**
 * A round that is a public service, not a watch: 移動図書館の巡回ルート, 巡回バス, 巡回健診, ごみ収集, 給水車の巡回. A water station
 * (給水所, 給水拠点) is a site watched, not a service going round (blind R67A-125: 給水所の夜の見回りは２３時と３時の２回だけ).
 */
/** Blind R92A-046: a service vehicle named (みずのわ号, すいごう号: a kana name with 号) or its running told (運行, 停車, 運休, ステーション). */
const SERVICE_VEHICLE = /[ぁ-んァ-ヴー]{2,}号(?![室館棟線])|運行|停車|運休|ステーション/u
/** Guards, a watch or crime named: a round is the watch's, whatever vehicle is named. */
const GUARD_NAMED = /警備|守衛|警戒|防犯|夜間|深夜|夜回り|見回り|不審/u
const PUBLIC_ROUND = /図書館|バス|健診|検診|保健|相談|収集|ごみ|ゴミ|訪問|移動|給水(?!所|場|拠点|ポイント|基地|タンク)|指導|消防|警察|パトロール隊|ボランティア|自治会|町内/u

/**
 * Blind R66A-122: a site where people are sheltered or goods kept said to be staffed by one person (or only two) at night or for set
 * hours (保護施設は夜間（22時〜翌6時）は職員1名の体制となる, シェルターは深夜帯スタッフがひとりだけ, 夜は職員が１人しかおらん, 宿直は22時
 * 以降1名のみ): whoever reads it knows when the site is thinly watched. Bounded: a few words between the staff and the count.
 * Blind R163A-070: the count said with the copula (夜間は警備員さんが1人なので, 夜は守衛1名です, 宿直はひとりやけん) at a museum's exhibit
 * too (展示室, 資料館, 収蔵庫). A phone line or a counter (夜間の窓口は職員1人です), a job advert and a visitor count are not this.
 */
const STAFF_WORD = /職員|スタッフ|支援員|指導員|相談員|管理人|宿直|当直|夜勤|警備員|守衛|係員|担当/u
const THIN_STAFF =
  /(?:職員|スタッフ|支援員|指導員|相談員|管理人|宿直|当直|夜勤|警備員|守衛|係員|担当)(?:は|が|も)?[^。！？!?\n]{0,8}?(?<![0-9])(?:(?:1|一|ひとり)(?:名|人)?(?:の?(?:体制|態勢|勤務|配置)|だけ|のみ|しか)|(?:2|二|ふたり)(?:名|人)?(?:だけ|のみ|しか)|(?:1|一)(?:名|人)(?=なので|なん(?:で|です)|だから|ですので|ですから|でして|です|やけん|だけん|ばってん|だけど|ですが)|ひとり(?=なので|なん(?:で|です)|だから|ですので|ですから|でして|です|やけん|だけん|ばってん|だけど|ですが))|(?<![0-9])(?:1|一|ひとり)(?:名|人)(?:体制|態勢)|ワンオペ/gu
/**
 * The site so staffed (in the sentence or the one before). Blind R378B-050 kind: also where cash is taken in or handed over (現金の受け取りを
 * …会議室でやります。当日は職員2人だけで、警備員さんは15時で帰られる): the money is what the thin watch leaves open.
 */
const STAFFED_SITE = /施設|シェルター|避難所|保護所|庁舎|本庁|支所|出張所|センター|倉庫|保管庫|寮|宿舎|ホーム|公民館|体育館|給水所|拠点|事務所|会場|公民館|会館|館内|展示室|展示|博物館|美術館|資料館|記念館|収蔵庫|文書館|現金の?(?:受け取り|受取|受け渡し|受渡し|取り扱い|取扱い|収納|保管|管理)/u
/** When: a night, set hours (a night shift names it too). */
const THIN_WHEN = /\d{1,2}時|\d{1,2}:\d{2}|夜間|深夜|夜中|未明|明け方|夜は|夜に|夜の|以降|閉館後|閉庁後|終業後|退庁後|休日|土日|週末|年末年始|夜勤|宿直|当直/u
/** A phone line or a counter short of staff (つながりにくい, お待たせする), a job advert, or staff added: no site's watch told. */
const THIN_NOT_WATCH = /電話|ダイヤル|コールセンター|窓口|受付時間|お待たせ|お時間を|つながりにく|募集|求人|応募|時給|月給|増員|強化|以上/u

/** The hint's safe wording for a guard-schedule finding: that someone is posted, with no time or gap ({safe}). */
const patrolled = (guard: string): string => `${guard}を配置し、定期的に巡回しています`

/**
 * What a guard-schedule finding names, as Japanese to fill the message's {watch} and the hint's {guard} (colleague R71: the round
 * matched as a topic kept its particles, 「…はの夜間巡回はの巡回時刻…」). `found`: the guard, staff or round words matched; `kind`:
 * a round or an absence told (round), a site thinly staffed (thin), a patrol and the hours it leaves (gap), a site left empty (empty).
 * `guard` is who is posted (a person: 警備員, 守衛, 職員), `watch` what the sentence gives away.
 */
function guardData(kind: 'round' | 'thin' | 'gap' | 'empty' | 'off', found: string): { guard: string; watch: string; safe: string } {
  // The round's noun alone: no particle before it (の, 、) or after it (は, も, :, の時間は).
  const words = found.replace(/^[\s、,の]+/u, '').replace(/(?:の時間|の時刻)?[はも:：、,]?$/u, '')
  const who = (HIRED_GUARD.exec(words) ?? STAFF_WORD.exec(words))?.[0]
  // A person to post: the company, the watch itself or a duty named by what it does reads as its guards.
  const guard = who === undefined || /^(?:警備|警備会社|夜警|見張り|夜勤|担当)$/u.test(who) ? (kind === 'thin' ? '職員' : '警備員') : who
  if (kind === 'thin') return { guard, watch: `${who === undefined || who === '担当' ? '職員' : who}が手薄になる時間帯`, safe: patrolled(guard) }
  if (kind === 'gap') return { guard, watch: 'パトロールの時刻と見回りのない時間帯', safe: patrolled(guard) }
  if (kind === 'empty') return { guard, watch: '人がいなくなる時間帯', safe: patrolled(guard) }
  if (kind === 'off') return { guard, watch: '見回りをしない日や時間帯', safe: patrolled(guard) }
  // A round named (夜間巡回, 館内の巡回, 職員による敷地内巡回) is the watch itself; a guard named goes round (警備員の巡回).
  return { guard, watch: /巡回|見回り|見まわり|夜回り|巡視/u.test(words) ? `${words}の時刻や不在の時間帯` : `${words}の巡回時刻や不在の時間帯`, safe: patrolled(guard) }
}

/**
 * Blind R73A-125: a gap stated, then given as the reason for advice (防犯カメラは正門と管理棟の2台だけで、北側フェンス沿いは映っていません
 * ので、北側には近づかないようお願いします; …撮影範囲外となっておりますので、貴重品にはご注意ください): the advice is for those who now know
 * the gap; it does not make the statement a lesson. The statement ends at the first reason connective after a verb's ending (ませんので,
 * ないから, とらんけん, ないため) at or after `end`.
 */
// Blind R321C-050 kind: a noun before なので ends the statement too (…カメラに映らない位置なので、…停めないようにしてください).
const STATED_REASON = /(?:ません|ます|ない|らん|です|だ|た)(?:ので|んで|から|けん|けえ|ため)|(?<=[\p{Script=Han}ァ-ヴー])な(?:ので|んで)/u

/** The sentence `s` up to the reason connective that ends the statement at or after `end`, or the whole sentence without one. */
/** Blind R138I-101: a watch camera said not to film a named spot (防犯カメラは東側出入口を映していない), as WEAK_SPOT matches it. */
const CAMERA_NOT_COVER = /^(?:防犯カメラ|監視カメラ)(?:は|が|も)[^。！？!?\n]{1,32}?(?:を|は)(?:映して|映って|撮影して|カバーして|写して)(?:いません|いない|おりません|おらず)$/u
/** What a watch camera spares for privacy (顔, 個人のお宅, 住宅の窓, ナンバー), not a spot of the site it watches. */
const CAMERA_PRIVACY = /顔|人物|個人|ナンバー|プライバシー|住宅|民家|住居|お宅|私有地|室内|家の中|画面/u
/** A camera's filming verb said not done to what it names (…を映していないので, 撮影していないから): a DEVICE_DOWN ending. */
const CAMERA_SPARED = /^(?:防犯カメラ|監視カメラ|セキュリティカメラ)[^。\n]{0,20}?(?:を|は)(?:映して|写して|撮影して|撮って|録画して)(?:い|お)?(?:な|ませ|りませ)/u
/**
 * Blind R440R-015 kind: some of a site's watch cameras, pinned by where they are (北側の3台（…寄り）, 駐輪場側の2台, 裏門の1台, うち
 * 東口寄りの2台), said not to record, film or run yet (まだ録画できていません, 録画していない状態です, 稼働していません, 映像が記録されて
 * いません): whoever reads it knows which spot goes unwatched until the work ends. DEVICE_DOWN reads a fault word near the count; this
 * reads the recording not yet started, a reason (配線工事が遅れていて) between. What stays clean: cameras installed or all running
 * (全台稼働しました), recording said started or restored (録画を開始しました, 復旧しました), a count with no spot (市内120台のうち8台),
 * a question, and a camera that does not record homes for privacy.
 */
const CAMERA_NOT_RECORDING =
  /(?:防犯カメラ|監視カメラ|見守りカメラ|セキュリティカメラ|街頭カメラ|カメラ)[^。！？!?\n]{0,40}?(?:[0-9０-９一二三四五六七八九十]{1,3}台|一部|うち)[^。！？!?\n]{0,40}?(?:まだ|未だ|いまだ|今のところ|いまのところ|現在|現状|当面|しばらく)[、,]?[^。！？!?\n]{0,6}?(?:録画|撮影|記録|稼働|作動|運用|接続|通電)(?:が|は|も)?(?:でき|し|され)?(?:て(?:い|お)(?:ません|ない|らず|なく)|てな(?:い|く)|とらん|ちょらん|ません|ない(?:状態|まま|ので|ため|です))/gu
/** …at a spot: a side, a gate or way in, a place by, or a bracketed place. */
const CAMERA_UNRECORDED_SPOT = /[東西南北]側|[東西南北](?:口|門|端)|寄り|付近|近く|周辺|入口|入り口|出入口|出入り口|通用口|裏口|裏門|正門|駐輪場|駐車場|裏手|奥|側の|前の|[（(][^）)\n]{2,20}[）)]/u
/** …or the gap said closed, a question or a privacy note. */
const CAMERA_NOT_RECORDING_OUT = /稼働しました|稼働を開始しました|録画を開始しました|復旧しました|復旧済み|解消しました|解消されました|[か][？?。]|？|\?|プライバシー|住宅|民家/u
/** A post's bracketed label (【注意喚起】, 【お知らせ】) at the head of a statement. */
const POST_LABEL = /^[\s]*【[^】\n]{1,12}】/u

function statedPart(t: string, s: Span, end: number): string {
  const from = Math.max(s.start, end - 4)
  const c = STATED_REASON.exec(t.slice(from, s.end))
  return c ? t.slice(s.start, from + c.index + c[0].length) : t.slice(s.start, s.end)
}

function sentenceText(t: string, start: number, end: number): string {
  const s = sentenceAround(t, start, end)
  return t.slice(s.start, s.end)
}

function findPhysical(doc: Doc, has: Uint8Array, emit: (f: DraftFinding) => void, quoted?: Span[], reported?: Span[]): void {
  const t = doc.squeezed.text
  if (has[W.key]) {
    for (const m of hitsOf(KEY_NOUN, t)) {
      const from = m.index + m[0].length
      const stop = t.slice(from, from + 40).search(/[。！!？?\n]/u)
      const seg = t.slice(from, stop < 0 ? from + 40 : from + stop)
      const first = KEPT.exec(seg)
      if (!first || KEY_NOT_KEPT.test(unstaffed(seg))) continue
      if (/^(?:かけ|掛け|閉め|しめ|忘れ)/u.test(seg)) continue
      // A card key as the object (カードキーをケースに入れて首から下げて) is carried or used; only said where it lies (カードキーは…) is it kept.
      if (m[0].endsWith('を') && CARD_KEY_AT_START.test(m[0])) continue
      // Blind HL-101: a keeping said not done (車の鍵は車内に保管せず、持ち歩きましょう, 郵便受けに入れずに): no place told; where the
      // key is kept instead may follow (金庫に入れず、机の引き出しに入れています): the place is then read after the negation.
      let kept: RegExpExecArray | null = first
      let keptAt = first.index
      let placeFrom = 0
      for (let k = 0; kept && k < 3; k++) {
        const not = KEPT_NOT.exec(seg.slice(keptAt + kept[0].length, keptAt + kept[0].length + 10))
        if (!not) break
        placeFrom = keptAt + kept[0].length + not[0].length
        kept = KEPT.exec(seg.slice(placeFrom))
        keptAt = kept ? placeFrom + kept.index : -1
      }
      // Review sec58 kind: a bare carrier (封筒に入れて総務課で保管) or a manner (選挙管理委員会が厳重に保管) is no spot: read on for one.
      for (let k = 0; kept && k < 3 && KEY_NO_SPOT.test(seg.slice(placeFrom, keptAt).replace(/^[、,\s]+/u, '')); k++) {
        placeFrom = keptAt + kept[0].length
        kept = KEPT.exec(seg.slice(placeFrom))
        keptAt = kept ? placeFrom + kept.index : -1
      }
      // Blind R373W-033 kind: a room walked into on the way (事務室に入って左側、…の奥にある缶に, 倉庫に入ってすぐ右の棚に) is a route
      // to the spot, not where the key lies: read on past it for the spot.
      // If no spot follows the route, the room itself stays the place read.
      for (let k = 0; kept && k < 2 && WALK_IN_ROUTE.test(seg.slice(keptAt)); k++) {
        const onFrom = keptAt + kept[0].length
        const on = KEPT.exec(seg.slice(onFrom))
        if (!on) break
        placeFrom = onFrom
        kept = on
        keptAt = onFrom + on.index
      }
      if (!kept) continue
      const place = seg.slice(placeFrom, keptAt).replace(/^[、,\s]+/u, '')
      if (place.length === 0 || CARRIED.test(place)) continue
      if (MOVED.test(kept[0]) && (!MOVED_TO_SPOT.test(place) || /を/u.test(place) || KEY_SECURED.test(unstaffed(place)))) continue
      if (PUT_BACK.test(kept[0]) && (KEY_SECURED.test(unstaffed(place)) || NO_PLACE_TOLD.test(place) || /自宅|ご家庭|お宅|車の中|車内/u.test(place))) continue
      // A key locked away or with a keeper (鍵は事務室の金庫に保管しています), with no code, time or way in: reassurance, no spot.
      if (keptInSafe(place, kept[0], sentenceText(t, m.index, from + keptAt + kept[0].length))) continue
      // A container named with no spot around it (カードキーは、専用のケースで管理しています): where it lies is not told.
      if (/^で/u.test(kept[0]) && !CONTAINER_AT_SPOT.test(place.replace(/(?:封筒|袋|箱|缶|ケース|キャビネット|棚|段|段目|ファイル|ポーチ|巾着)$/u, ''))) continue
      let end = from + keptAt + kept[0].length
      // Through the verb's ending: 置いてあります, 入れてます.
      end = kanaTail(t, end, 8)
      end -= /(?:ので|から|けど|のに|けれど)$/u.exec(t.slice(end - 3, end))?.[0].length ?? 0
      // Advice (鍵を植木鉢の下に隠すのは危険です) teaches; a statement (合鍵は植木鉢の下にあるので、なくさないよう
      // 注意して) tells where the key is, whatever the rest of the sentence says.
      // …or a negated one (保管しないようにしましょう, 置かないでください, 置いていませんか, in dialect 入れんでください).
      // Blind R185A-024: the window read is cut a few characters past the verb; its cut is no end of the text, so a word that opens
      // with ない just after it (…かくしてあるんだ〜🔑 ないしょだよ) is no negation ending the sentence.
      const verbTail = t.slice(from + keptAt, end + 6) + (end + 6 < t.length ? '…' : '')
      const advice = /^(?:のは|ことは|ことが|ないで|ないよう|たり|ては|のはやめ)/u.test(t.slice(end, end + 6)) || /(?:ない|ません)(?:よう|で|か)|ましょう|ない(?:こと)?(?:[。．！!\n]|$)|(?<![うくぐすつぬぶむる])ん(?:で|ごと)(?:くだ|下さ|ほし|お願)/u.test(verbTail)
      const statement = m[0].endsWith('を') === false
      if (advice || (!statement && SAFETY_ADVICE.test(sentenceText(t, m.index, from)))) continue
      const span = doc.fromSqueezed(m.index, end)
      emit({ rule: 'security/key-location', start: span.start, end: span.end, data: { key: m[0].slice(0, -1), place } })
    }
    // The place before the key: 消火器の箱に鍵を置いてあります, 植木鉢の下に合鍵を入れています.
    for (const m of hitsOf(KEY_PUT, t)) {
      const s = sentenceAround(t, m.index, m.index + m[0].length)
      const sentence = t.slice(s.start, s.end)
      const advice = /^(?:のは|ことは|ないで|ないよう|たり|ては)/u.test(t.slice(m.index + m[0].length, m.index + m[0].length + 6))
      if (advice || KEY_NOT_KEPT.test(unstaffed(m[0])) || SAFETY_ADVICE.test(sentence) || /自宅|ご家庭|お宅|車の中|車内/u.test(m[1]!) || CARRIED.test(m[1]!) || (/^(?:戻|もど)/u.test(m[0].slice(m[0].indexOf('を') + 1)) && (KEY_SECURED.test(unstaffed(m[1]!)) || NO_PLACE_TOLD.test(m[1]!)))) continue
      // A bare spare (予備, スペア) is a key's only after the key is named in the sentence, and not one kept at a desk or in a locked box.
      if (/^(?:予備|スペア)$/u.test(m[2]!) && (!SPARE_OF_KEY.test(t.slice(s.start, m.index)) || KEY_SECURED.test(unstaffed(m[1]!)))) continue
      // A time before 鍵をかけ (昼間に鍵をかけていない住宅, 外出時に鍵をかけて): the key locks a door then, it is hung nowhere.
      if (/^(?:掛け|かけ)/u.test(m[0].slice(m[0].indexOf('を') + 1)) && TIME_NOT_PLACE.test(m[1]!)) continue
      // A door or a lockable thing before 鍵をかけ (帰るときはドアに鍵をかけてください, 自転車に鍵をかけて): the key locks it, it hangs nowhere.
      if (/^(?:掛け|かけ)/u.test(m[0].slice(m[0].indexOf('を') + 1)) && LOCKED_THING.test(m[1]!)) continue
      // Review sec58 kinds: a key put in a safe or with a keeper, told with no code, time or way in (事務室の金庫に鍵を保管しています), and a
      // putting denied (公民館には、共用の鍵を置いていません): no spot told.
      if (keptInSafe(m[1]!.replace(/^[^]*は[、,]?/u, ''), '', sentence) || /^(?:ません|ない|なかった|なく|ず)/u.test(t.slice(m.index + m[0].length, m.index + m[0].length + 5))) continue
      const span = doc.fromSqueezed(m.index, m.index + m[0].length)
      emit({ rule: 'security/key-location', start: span.start, end: span.end, data: { key: /^(?:予備|スペア)$/u.test(m[2]!) ? `${m[2]!}の鍵` : m[2]!, place: m[1]! } })
    }
    // The key named by where it lies (植木鉢の下にある鍵をお使いください).
    for (const m of hitsOf(KEY_AT, t)) {
      const sentence = sentenceText(t, m.index, m.index + m[0].length)
      // The place is what follows the topic (市長室の金庫は|秘書課の机の二段目に入っている合鍵: the safe is what it opens).
      const place = m[1]!.replace(/^[^]*は/u, '')
      if (KEY_SECURED.test(unstaffed(place)) || SAFETY_ADVICE.test(sentence) || /自宅|ご家庭|お宅|車の中|車内/u.test(place) || CARRIED.test(place)) continue
      const span = doc.fromSqueezed(m.index, m.index + m[0].length)
      emit({ rule: 'security/key-location', start: span.start, end: span.end, data: { key: m[2]!, place: m[1]! } })
    }
    // The key said to be at a place (玄関横の消火器ボックスの中に鍵がありますので).
    for (const m of hitsOf(KEY_THERE, t)) {
      const sentence = sentenceText(t, m.index, m.index + m[0].length)
      const place = m[1]!.replace(/^[^]*は/u, '')
      if (KEY_SECURED.test(unstaffed(place)) || KEY_NOT_KEPT.test(unstaffed(place)) || SAFETY_ADVICE.test(sentence) || /自宅|ご家庭|お宅|車の中|車内/u.test(place) || CARRIED.test(place)) continue
      const span = doc.fromSqueezed(m.index, m.index + m[0].length)
      emit({ rule: 'security/key-location', start: span.start, end: span.end, data: { key: m[2]!, place: m[1]! } })
    }
    for (const m of hitsOf(KEY_PLACE, t)) {
      const rest = t.slice(m.index + m[0].length, m.index + m[0].length + 30)
      const place = /^[^。！!？?\n]{2,30}?(?=です|だよ|だ|。|！|!|$)/u.exec(rest)
      if (!place || /秘密|非公開|お答え|お伝え|担当/u.test(place[0])) continue
      // A household checklist's do-not (鍵の隠し場所は家族以外に教えないこと) tells no place.
      if (HOUSEHOLD_DONT.test(sentenceText(t, m.index, m.index + m[0].length)) && !CITY_SITE.test(sentenceText(t, m.index, m.index + m[0].length))) continue
      if (SAFETY_ADVICE.test(sentenceText(t, m.index, m.index + m[0].length))) continue
      const span = doc.fromSqueezed(m.index, m.index + m[0].length + place[0].length)
      emit({ rule: 'security/key-location', start: span.start, end: span.end, data: { key: '鍵', place: place[0] } })
    }
  }
  // Blind R358F-005 kind: the key left unnamed, the reader told where to search to open a locked place (倉庫を開けたいときは、消火栓
  // ボックスの下段にある缶の中を探してください): the hiding spot is told all the same.
  for (const m of hitsOf(SEARCH_TO_OPEN, t)) {
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    const before = t.slice(Math.max(0, s.start - 60), m.index)
    if (!OPENED_PLACE.test(before) || KEY_SECURED.test(unstaffed(m[1]!)) || SAFETY_ADVICE.test(t.slice(s.start, s.end))) continue
    const span = doc.fromSqueezed(m.index, m.index + m[0].length)
    emit({ rule: 'security/key-location', start: span.start, end: span.end, data: { key: '鍵', place: m[1]!.replace(/^[、,\s]+/u, '') } })
  }
  // Weak spots already told (squeezed offsets): a camera gap is told once.
  const weak: Array<{ start: number; end: number }> = []
  /** Whether squeezed [start, end) overlaps a weak spot already told. */
  const toldWeak = (start: number, end: number): boolean => weak.some((o) => o.start < end && o.end > start)
  /** Tell a weak spot at squeezed [start, end) and remember it. */
  const tellWeak = (start: number, end: number): void => {
    const span = doc.fromSqueezed(start, end)
    weak.push({ start, end })
    emit({ rule: 'security/weakness', start: span.start, end: span.end })
  }
  // Sentences already told as a guard gap (one finding per sentence).
  const told: Array<{ start: number; end: number }> = []
  /**
   * Report the guard-schedule sentence at `span` (squeezed offsets) as a finding over its raw text without the leading space and the
   * final mark (。！？ or the line break), and remember it in `told`. `once`: skip it when a finding already covers part of it.
   */
  const tellSentence = (span: { start: number; end: number }, data: Record<string, string>, once: boolean): void => {
    const out = doc.fromSqueezed(span.start, span.end)
    if (once && told.some((o) => o.start < out.end && out.start < o.end)) return
    const raw = doc.raw.slice(out.start, out.end)
    const lead = raw.length - raw.trimStart().length
    const trail = /[。！!？?\n]\s*$/u.exec(raw.trimEnd())?.[0].length ?? 0
    told.push(out)
    emit({ rule: 'security/guard-schedule', start: out.start + lead, end: out.start + raw.trimEnd().length - trail, data })
  }
  if (has[W.guard]) {
    // One finding per sentence that tells when guards go round or are away.
    let n = 0
    for (let s = 0; s < t.length && n < MAX_HITS * 4; n++) {
      const span = sentenceAround(t, s, s)
      const sentence = t.slice(span.start, span.end)
      s = Math.max(span.end, s + 1)
      // The round as the topic (夜回りは0時と4時だけ, 見回りの時間は…), unless a public patrol is named (消防団, 警察, 地域の).
      const g =
        (COMMUNITY_WATCH.test(sentence) ? HIRED_GUARD : GUARD).exec(sentence) ??
        /(?:館内|庁舎|会場|施設|倉庫|事務所|建物)の(?:巡回|見回り)/u.exec(sentence) ??
        // The watch by staff or over the grounds, as a list item or a topic (職員による敷地内巡回：15時と17時, 園内の見回りは…).
        (PUBLIC_ROUND.test(sentence) ? null : /(?:(?:職員|スタッフ|管理人|支援員|指導員|係員)(?:による|の|が)[^。！？!?\n]{0,6}?|(?:敷地内?|園内|校内|構内|場内|館内|施設内|庁舎内|会場内|敷地)の?)(?:巡回|見回り|見まわり|巡視|夜回り)(?=[:：は]|の時間|の時刻|時間|時刻)/u.exec(sentence)) ?? (/消防|警察|地域|防犯ボランティア|パトロール隊|自治会|町内|バス|見守り/u.test(sentence) || PUBLIC_ROUND.test(sentence) ? null : /(?:^\s*|[、,]\s*|の)(?:夜間の?|夜の|深夜の?)?(?:夜回り|見回り|見まわり|巡回|巡視)(?:の時間|の時刻)?(?:は|も|:|[、,](?=[^。！？!?\n]{0,4}?[0-9〇零一二三四五六七八九十]{1,2}時)|を(?=[^。！？!?\n]{0,6}?[0-9〇零一二三四五六七八九十]{1,2}時))/u.exec(sentence))
      // Blind R99A-074: the guards thanked or named in the sentence before, their round then told with its times and the subject left
      // out (警備員の皆さん、ありがとうございます！⏎夜は22時・1時・4時の3回…全フロアを回ってくださっています): the guards' schedule.
      if (!g && span.start > 0) {
        // The sentence before: back over the line break and its final mark, then to the mark that ends the one before it.
        const back = t.slice(Math.max(0, span.start - 120), span.start).replace(/[\s。！!？?]+$/u, '')
        const before = back.slice(back.search(/[^。！!？?\n]*$/u))
        const guard = HIRED_GUARD.exec(before)
        // A round done once (…見回りをしてくださいました) is a thanks for an evening past, no schedule.
        const past = /(?:ました|でした|だった)(?:ね|よ)?[。！!\s]*$/u.test(sentence)
        if (guard && !past && !GUARD_ADVERT.test(before + sentence) && ROUND.test(sentence) && CLOCK_TIMES.test(sentence) && !PUBLIC_ROUND.test(sentence) && !PATROL_PUBLIC.test(sentence) && !COMMUNITY_WATCH.test(sentence)) {
          tellSentence(span, guardData('round', guard[0]), false)
        }
        continue
      }
      if (!g) continue
      const after = sentence.slice(g.index)
      // Blind R123A-107: the watch as what members skip (夜警に来ない団員, 見張りに参加しない人, 夜警をサボる): they are absent, not the watch.
      const skipped = SKIP_WATCH.exec(after.slice(g[0].length, g[0].length + 16))
      const absent = (skipped ? null : ABSENT.exec(after.slice(g[0].length, g[0].length + 12))) ?? /誰もいな|人がいな|無人にな|(?:一人|1人|ひとり|一名|1名)(?:だけ|のみ|しか)|手薄/u.exec(skipped ? after.slice(g[0].length + skipped[0].length) : after)
      const round = ROUND.test(sentence) && CLOCK_EXACT.test(sentence)
      const posts = !round && GUARD_POSTS.test(sentence) && !GUARD_ADVERT.test(sentence)
      // Blind R416R-023 kind: the only round at a site said to be empty otherwise (ふだん無人で、職員の見回りは毎週火曜の午前中だけ).
      const rare = !round && !posts && ROUND_ONLY_WHEN.test(after.slice(g[0].length, g[0].length + 24)) && UNMANNED_SITE.test(t.slice(Math.max(0, span.start - 60), span.end)) && !/無人(?:駅|販売|店|島|機|航空機|ヘリ)|ドローン/u.test(sentence)
      if (rare) {
        tellSentence(span, guardData('round', g[0]), false)
        continue
      }
      if (!(round || posts || (absent && (CLOCK.test(sentence) || /いない|いなく|いません|おりません|不在|無人|手薄|おらず|休|来な|誰も|人が|だけ|のみ|しか/u.test(absent[0]))))) continue
      // Reassurance (警備員が常駐していますので安心して) tells no gap; the round's exact times told to reassure
      // (22時と3時の2回巡回しますので、ご安心ください) are still the schedule.
      if (!round && !posts && /安心|万全|常駐(?!せず|しない|しておらず|していない|していません|なし)/u.test(sentence)) continue
      tellSentence(span, posts ? { guard: '警備員', watch: '警備員の配置場所と人数', safe: patrolled('警備員') } : guardData('round', g[0]), false)
    }
  }
  // A site staffed by one person at night (保護施設は夜間（22時〜翌6時）は職員1名の体制となる): when it is thinly watched.
  if (has[W.thinStaff]) {
    for (const m of hitsOf(THIN_STAFF, t)) {
      const span = sentenceAround(t, m.index, m.index + m[0].length)
      const sentence = t.slice(span.start, span.end)
      if (!STAFFED_SITE.test(t.slice(Math.max(0, span.start - 120), span.end)) || !THIN_WHEN.test(sentence) || THIN_NOT_WATCH.test(sentence) || /募集|求人/u.test(t)) continue
      tellSentence(span, guardData('thin', STAFF_WORD.exec(m[0])?.[0] ?? '職員'), true)
    }
  }
  // A patrol's times, then the hours left unwatched in the next sentence (パトロールは20時と深夜1時の2回です。それ以外の
  //時間帯は監視が手薄になります): whatever patrols, the gap is told.
  if (has[W.otherTimes] && has[W.watch]) {
    for (const m of hitsOf(PATROL_GAP, t)) {
      if (SERVICE_ROUND.test(t.slice(sentenceAround(t, m.index, m.index).start, m.index + m[0].length))) continue
      const out = doc.fromSqueezed(m.index, m.index + m[0].length)
      if (told.some((o) => o.start < out.end && out.start < o.end)) continue
      told.push(out)
      // Blind R116A-035: the schedule and its gap quoted as what not to post (「巡回は22時と2時だけ、その間は誰も見ていない」といった情報を
      // SNSに書かないでください): an example, a note.
      const q = quoteAround(t, m.index, m.index + m[0].length, 60)
      const mention = q !== null && q.close - (m.index + m[0].length) <= 20 && QUOTED_EXAMPLE_AFTER.test(t.slice(q.close + 1, q.close + 8))
      emit({ rule: 'security/guard-schedule', start: out.start, end: out.end, ...(mention ? { mention: true } : {}), data: guardData('gap', (HIRED_GUARD.exec(m[0]) ?? STAFF_WORD.exec(m[0]))?.[0] ?? '') })
    }
  }
  // Blind R78A-125: the days a patrol is not made (十二月三十日と三十一日の夜はパトロールを行いません).
  if (has[W.watch]) {
    for (const m of hitsOf(PATROL_OFF, t)) {
      const sentence = sentenceText(t, m.index, m.index + m[0].length)
      if (SERVICE_ROUND.test(sentence) || /ごみ|ゴミ|移動|巡回車/u.test(sentence)) continue
      // Machine-only days are a gap only where a guard or a round by people is named in the sentence or the one before it.
      if (MACHINE_ONLY_AT_END.test(m[0])) {
        const s = sentenceAround(t, m.index, m.index + m[0].length)
        if (!HUMAN_WATCH.test(t.slice(Math.max(0, s.start - 80), s.end)) || /安心|万全/u.test(sentence)) continue
      }
      const end = kanaTail(t, m.index + m[0].length, 4)
      const out = doc.fromSqueezed(m.index, end)
      if (told.some((o) => o.start < out.end && out.start < o.end)) continue
      told.push(out)
      emit({ rule: 'security/guard-schedule', start: out.start, end: out.end, data: guardData('off', (HIRED_GUARD.exec(sentence) ?? STAFF_WORD.exec(sentence))?.[0] ?? '') })
    }
  }
  // Blind R78A-053: a police box away at set hours (平日の14時〜16時ごろはパトロールで不在).
  if (has[W.police]) {
    for (const m of hitsOf(POLICE_AWAY, t)) {
      const sentence = sentenceText(t, m.index, m.index + m[0].length)
      const after = t.slice(m.index + m[0].length, m.index + m[0].length + 8)
      if (!POLICE_AWAY_WHEN.test(sentence) || /^[^。！？!?\n]{0,2}?の?(?:場合|際|(?:とき|時)(?:は|に|には|でも|や|、))/u.test(after)) continue
      const end = kanaTail(t, m.index + m[0].length, 6)
      const out = doc.fromSqueezed(m.index, end)
      if (told.some((o) => o.start < out.end && out.start < o.end)) continue
      told.push(out)
      emit({ rule: 'security/guard-schedule', start: out.start, end: out.end, data: { guard: '警察官', watch: '交番が不在になる時間帯', safe: '警察官が地域を定期的にパトロールしています' } })
    }
  }
  // Blind R83A-098: a site's keeper or guard away at set hours (水門の管理人さんは土日の22時から翌朝6時まで不在になります).
  if (has[W.keeper]) {
    for (const m of hitsOf(KEEPER_AWAY, t)) {
      const sentence = sentenceText(t, m.index, m.index + m[0].length)
      const after = t.slice(m.index + m[0].length, m.index + m[0].length + 12)
      if (!KEEPER_AWAY_WHEN.test(sentence) || KEEPER_SERVICE.test(sentence) || AWAY_DENIED.test(after)) continue
      if (/^[^。！？!?\n]{0,2}?の?(?:場合|際|(?:とき|時)(?:は|に|には|でも|や|、))|^[^。！？!?\n]{0,4}?(?:か[。？?！!]|か$|？|\?)/u.test(after)) continue
      const end = kanaTail(t, m.index + m[0].length, 6)
      const out = doc.fromSqueezed(m.index, end)
      if (told.some((o) => o.start < out.end && out.start < o.end)) continue
      told.push(out)
      emit({ rule: 'security/guard-schedule', start: out.start, end: out.end, data: guardData('empty', KEEPER_WORD.exec(m[0])?.[0] ?? '') })
    }
  }
  // Blind R83A-133: a patrol's days or night with its clock times (夜間パトロールは毎週火曜と金曜、23時と2時の2回出ています).
  if (has[W.watch] || has[W.round]) {
    for (const m of hitsOf(PATROL_SCHEDULE, t)) {
      const span = sentenceAround(t, m.index, m.index + m[0].length)
      const sentence = t.slice(span.start, span.end)
      if (SERVICE_ROUND.test(sentence) || PUBLIC_ROUND.test(sentence) || PATROL_PUBLIC.test(sentence) || AWARENESS.test(sentence)) continue
      tellSentence(span, guardData('round', /(?:夜間|深夜|夜)?の?(?:パトロール|巡回|見回り|見まわり|巡視|夜回り|警戒)/u.exec(m[0])?.[0] ?? '巡回'), true)
    }
  }
  // Blind R279G-060 kind: the city's cash carried to the bank on set days, at a set time or by so many staff (CASH_MOVED, CASH_WHEN).
  if (/現金|公金|売上金|売り上げ金|収納金|釣り?銭|つり銭/u.test(t)) {
    CASH_MOVED.lastIndex = 0
    let k = 0
    for (let m = CASH_MOVED.exec(t); m && k < MAX_HITS; m = CASH_MOVED.exec(t), k++) {
      const span = sentenceAround(t, m.index, m.index + m[0].length)
      const sentence = t.slice(span.start, span.end)
      if (!CASH_WHEN.test(sentence) || AWARENESS.test(sentence) || /現金書留|振込|振り込み|キャッシュレス|募集|求人|窓口|受付|受け付け|ATM|ご持参|お持ち|お持ちください/u.test(sentence)) continue
      tellSentence(span, { guard: '担当職員', watch: '現金を運ぶ日時や人数', safe: '公金は複数の職員で安全に取り扱っています' }, true)
    }
  }
  if (has[W.weakSpot]) {
    for (const m of hitsOf(WEAK_SPOT, t)) {
      const sentence = sentenceText(t, m.index, m.index + m[0].length)
      // Advice (初期設定のままにしないで, 付箋に書いて貼るのはやめましょう) teaches; a notice (どなたでもご利用) invites.
      // A spot of a facility named (東側非常口, 裏口, 2階の窓) is a gap told, even when it is said to be so often;
      // only advice in so many words (ましょう, しないで) makes it a lesson.
      // Blind R138I-101: a camera said not to cover a spot of the site (防犯カメラは東側出入口を映していないため、夜間はご注意ください), the
      // gap then given as the reason for advice: the advice is for those who now know it (statedPart, as for NOT_FILMED); a post's
      // bracketed label (【注意喚起】) is no lesson either.
      // Homes, faces and number plates said not filmed (防犯カメラは個人のお宅の中を映していないので、ご安心ください) are privacy kept, no gap.
      if (CAMERA_NOT_COVER.test(m[0]) && CAMERA_PRIVACY.test(m[0])) continue
      // Review sec58 kind: a factory secret asked about as the reader's own (ご家庭のルーターのパスワードが初期設定のままになっていませんか？):
      // an awareness question with no value; a site of the city's named (本庁舎のWi-Fi…) is still a gap told.
      if (FACTORY_KEPT.test(m[0]) && (READER_DEVICE.test(sentence) || ASKED.test(sentence)) && !CITY_SITE.test(sentence) && !/市|庁|課|係|館|校|当|職員|共用|業務/u.test(sentence)) continue
      // Blind KT-027 kind: the factory value kept as a habit in a condition whose risk the sentence then tells (パスワードを購入時のまま使って
      // いると、第三者に設定を書き換えられるおそれがあります): what may happen to anyone who does it, no device of the city's said to be so.
      if (FACTORY_KEPT.test(m[0]) && RISK_IF_KEPT.test(t.slice(m.index + m[0].length, sentenceAround(t, m.index, m.index + m[0].length).end)) && !CITY_SITE.test(sentence) && !/市|庁|課|係|館|校|当|職員|共用|業務/u.test(sentence)) continue
      const judged = CAMERA_NOT_COVER.test(m[0]) ? statedPart(t, sentenceAround(t, m.index, m.index + m[0].length), m.index + m[0].length).replace(POST_LABEL, '') : sentence
      const advice = isAdvice(judged)
      // …unless the gap is said to remain (死角が解消されていません, まだ死角が残っています: GAP_REMAINS).
      if (advice || AWARENESS.test(judged) || (/ご利用|どなたでも|お気軽|変更してください|変更をお願い|なくす|解消|増設|設置しました|強化/u.test(sentence) && !GAP_REMAINS.test(sentence))) continue
      // Blind R60A-068: a bare 死角 of a vehicle or a driver (運転席から見えない死角があります) is road safety, not a gap in a watch.
      // A camera that watches for crime in the sentence makes it the camera's 死角 whatever else is named (カーブミラー裏の防犯カメラ…堤防側は死角: blind R61A-004).
      if (/^死角/u.test(m[0]) && ROAD_BLIND_SPOT.test(sentence) && !WATCH_CAMERA.test(sentence)) continue
      // Blind R73A-046: a 死角 said to be fewer or gone (植え込みを剪定し…死角が減り, 死角がほとんどなくなった, 死角は大幅に減っております) is an
      // improvement told, no gap; another 死角 in the same sentence (…とはいえ、奥は今も死角です) is read on its own.
      const blind = m[0].lastIndexOf('死角')
      if (blind >= 0 && BLIND_SPOT_REDUCED.test(t.slice(m.index + blind, m.index + blind + 24))) continue
      if (deniedRumour(t, m.index, m.index + m[0].length)) continue
      // Blind R240F-036 kind: the swindler's words quoted in a fraud warning (「…暗証番号を紙に書いて…」⏎これらはすべて詐欺です).
      if (scamSaying(t, m.index, m.index + m[0].length)) continue
      if (quoted && sayingParagraph(t)) {
        const end = kanaTail(t, m.index + m[0].length, 6)
        weak.push({ start: m.index, end })
        quoted.push(doc.fromSqueezed(m.index, end))
        continue
      }
      // Blind R99A-150: a secret written on a note, as a rule not to do it (「パスワードを付箋に書いてモニターに貼らない」, ・…貼らないこと):
      // the quoted or listed item ends in the plain negative right after the verb; a lesson, no weakness told.
      if (NOTE_FORM.test(m[0]) && NOTE_DONT.test(t.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue
      // Blind R339W-039 kind: the note form as one item of a list of do-nots (…付箋に書いて貼らない、…持ち出さないなど、…確認しました).
      if (NOTE_FORM.test(m[0]) && NOTE_DONT_LISTED.test(t.slice(m.index + m[0].length, m.index + m[0].length + 100))) continue
      // Blind R333S-042 kind: the note form asked of the reader as a habit to check (…パソコンに貼っていませんか): awareness, no place told.
      if ((NOTE_FORM.test(m[0]) || KEPT_AT_FORM.test(m[0])) && NOTE_ASKED.test(t.slice(m.index + m[0].length, sentenceAround(t, m.index, m.index + m[0].length).end))) continue
      // Blind KH-011 kind: a saying reported as what the trickster tells the victim to do; judged in `post` with the whole post.
      if (reported && reportedSaying(t, m.index, m.index + m[0].length)) {
        const end = kanaTail(t, m.index + m[0].length, 6)
        weak.push({ start: m.index, end })
        reported.push(doc.fromSqueezed(m.index, end))
        continue
      }
      // Blind R161A-013: a secret's keeping place sent to the reader (パスワードはお送りした通知書に記載しています) is the reader's own.
      if (KEPT_AT_FORM.test(m[0]) && (SENT_TO_READER.test(sentence) || NOTE_DONT.test(t.slice(m.index + m[0].length, m.index + m[0].length + 24)))) continue
      // Review rsec59 kind: a visitors' network's key shown at the tables or the counter (無料Wi-Fiのパスワードは、各テーブルの下敷きに書いて
      // あります): handed to every guest, no staff secret's hiding place.
      if (KEPT_AT_FORM.test(m[0]) && GUEST_NETWORK.test(sentence) && !/職員|庁内|業務|スタッフ用|係の|課の/u.test(sentence)) continue
      // Blind R321C-038 kind: 合言葉 is a secret only where the paragraph names what it opens (a system, an account, a door); otherwise it
      // may be a campaign's slogan (今年の合言葉は…カレンダーに書いてあります).
      // Review rsec59 kind: nor where the way in named is a venue's entrance or the paragraph is a game's (スタンプラリーの合言葉は、各会場入口の
      // ホワイトボードに書いてあります): only a system, an account, a device or a lock makes it a secret.
      if (/^(?:合言葉|合い言葉|あいことば)/u.test(m[0]) && KEPT_AT_FORM.test(m[0]) && (!WATCHWORD_OPENS.test(t) || WATCHWORD_GAME.test(t))) continue
      // Review rsec59 kind: the reader's own public-service password set to their own facts (マイページのパスワードは生年月日の8桁に設定しています).
      if (/^(?:パスワード|暗証番号|PW|パス)/u.test(m[0]) && readerServiceSecret(t, m.index, m.index + m[0].length)) continue
      const end = kanaTail(t, m.index + m[0].length, 6)
      tellWeak(m.index, end)
    }
  }
  if (has[W.bypass]) {
    for (const m of hitsOf(ENTRY_BYPASS, t)) {
      const end0 = m.index + m[0].length
      if (GET_IN_NOT.test(t.slice(end0, end0 + 8))) continue
      // An impersonation: what is said is who one is (「総務の者です」と言えば), not any word.
      if (m[0].startsWith('」') || m[0].startsWith('』')) {
        const open = t.lastIndexOf(m[0][0] === '」' ? '「' : '『', m.index)
        if (open < 0 || m.index - open > 24 || !STAFF_SAID.test(t.slice(open + 1, m.index))) continue
      }
      const sentence = sentenceText(t, m.index, end0)
      if (BYPASS_NOT_GAP.test(sentence) || isAdvice(sentence) || deniedRumour(t, m.index, end0)) continue
      const start = m[0].startsWith('」') || m[0].startsWith('』') ? t.lastIndexOf(m[0][0] === '」' ? '「' : '『', m.index) : m.index
      const end = kanaTail(t, end0, 8)
      if (toldWeak(start, end)) continue
      tellWeak(start, end)
    }
  }
  if (has[W.camera] && WATCH_CAMERA.test(t) && !LIVE_CAMERA.test(t)) {
    for (const m of hitsOf(NO_CAMERA_SPOT, t)) {
      const s = sentenceAround(t, m.index, m.index + m[0].length)
      const sentence = t.slice(s.start, s.end)
      // The watch camera in this sentence or the ones just before it.
      if (!WATCH_CAMERA.test(t.slice(Math.max(0, s.start - 120), s.end)) || NO_CAMERA_NOT_GAP.test(sentence)) continue
      const stated = statedPart(t, s, m.index + m[0].length)
      if (isAdvice(stated) || AWARENESS.test(stated)) continue
      const end = kanaTail(t, m.index + m[0].length, 6)
      if (toldWeak(m.index, end)) continue
      tellWeak(m.index, end)
    }
  }
  // Blind R321C-050 kind: a bare カメラ watches for crime where the paragraph speaks of one (駐輪場で自転車の盗難が続いています。…裏側はカメラに
  // 映らない位置なので).
  const crimeCamera = !WATCH_CAMERA.test(t) && CRIME_SCENE.test(t)
  if (has[W.filmed] && has[W.camera] && (WATCH_CAMERA.test(t) || crimeCamera) && !LIVE_CAMERA.test(t)) {
    for (const m of hitsOf(NOT_FILMED, t)) {
      const s = sentenceAround(t, m.index, m.index + m[0].length)
      const sentence = t.slice(s.start, s.end)
      // The camera in this sentence or just before it; a place as the subject; not a promise to spare homes (映らないよう).
      if (!(crimeCamera ? /カメラ/u : WATCH_CAMERA).test(t.slice(Math.max(0, s.start - 120), s.end))) continue
      if (FILMED_PRIVACY.test(t.slice(Math.max(s.start, m.index - 12), m.index)) || /^[^。！？!?\n]{0,4}よう/u.test(t.slice(m.index + m[0].length))) continue
      // Blind R73A-125: advice after the gap is given as a reason (…北側フェンス沿いは映っていませんので、北側には近づかないよう…) is for
      // those who now know it: only advice in the statement itself makes it a lesson.
      // The place must be a spot of a site (北側フェンス沿い, 裏の駐輪場), not a kind of place (物陰, 夜道): a lesson may name those.
      const spot = FILMED_SPOT.test(t.slice(Math.max(s.start, m.index - 16), m.index))
      const stated = spot ? statedPart(t, s, m.index + m[0].length) : sentence
      if (SAFETY_ADVICE.test(stated) || AWARENESS.test(stated)) continue
      // Review rsec59 kind: the reader's own home put as a case in crime-prevention advice (空き巣被害が出ています。ご自宅の玄関がカメラに
      // 映らない位置なら、センサーライトも): a case for the reader, no site of the city's left unwatched.
      if (READER_HOME.test(sentence) && /^[^。！？!?\n]{0,8}?(?:なら|場合|ときは|時は|ようなら|とき|ば[、,])/u.test(t.slice(m.index + m[0].length))) continue
      // A camera out of order is told by DEVICE_DOWN; a repair notice (点検のため映りません) is not a gap. Blind R355C-028 kind: a working
      // camera turned away from a named spot (工事でカメラの向きが変わり、今は奥の2列が映っていません; 角度がずれて北側は写っていない) leaves
      // that spot unwatched until it is set right, whatever work moved it.
      const turnedAway = spot && CAMERA_TURNED.test(sentence) && !/故障|壊れ|こわれ|電源|電池|停止|止まって/u.test(sentence)
      if (!turnedAway && /故障|壊れ|こわれ|電源|電池|停止|止まって|修理|点検|工事|改修/u.test(sentence)) continue
      const from = t.slice(s.start, m.index).search(/[^\s・●■◆\-①-⑳]/u)
      const start = from < 0 ? m.index : s.start + from
      const end = kanaTail(t, m.index + m[0].length, 6)
      if (toldWeak(start, end)) continue
      tellWeak(start, end)
    }
  }
  // A watch camera off every night or after a set hour (夜は電源落ちるので0時以降は映りません).
  if (has[W.camera] && WATCH_CAMERA.test(t) && !LIVE_CAMERA.test(t)) {
    for (const m of hitsOf(OFF_HOURS, t)) {
      const s = sentenceAround(t, m.index, m.index + m[0].length)
      const sentence = t.slice(s.start, s.end)
      if (!WATCH_CAMERA.test(t.slice(Math.max(0, s.start - 120), s.end)) && !/カメラ/u.test(sentence)) continue
      // The stop denied (夜間も停止しておりません, 電源は切っていません).
      if (/^(?:[てで]|り)?(?:い|おり?)?(?:ません|ない|なく|らず|らん)/u.test(t.slice(m.index + m[0].length, m.index + m[0].length + 6))) continue
      const stated = statedPart(t, s, m.index + m[0].length)
      if (isAdvice(stated) || AWARENESS.test(stated) || OFF_HOURS_NOTICE.test(sentence) || deniedRumour(t, m.index, m.index + m[0].length)) continue
      // Review sec58 kind: the camera's public view stopped at night (映像は、夜間は公開を停止しています): the stream, not the watch.
      if (STREAM_STOPPED.test(m[0])) continue
      const end = kanaTail(t, m.index + m[0].length, 6)
      if (toldWeak(m.index, end)) continue
      tellWeak(m.index, end)
    }
  }
  // The watch cameras said to be only at the spots named (カメラは…の2か所だけなので): where the watch is, and that it is nowhere else.
  if (has[W.onlyAt] && has[W.cameraOrSensor]) {
    for (const m of hitsOf(CAMERA_ONLY_AT, t)) {
      // Blind R400Z-047 kind: who or what is seen (子どもたちの姿だけ, 様子のみ) is no spot of the site.
      if (!ONLY_SPOT.test(m[1]!) || /姿|様子|顔|人たち|人々|方々/u.test(m[1]!)) continue
      const s = sentenceAround(t, m.index, m.index + m[0].length)
      const sentence = t.slice(s.start, s.end)
      // A camera that watches for crime, in the sentence or just before it; not a live view of a river or a road.
      const context = t.slice(Math.max(0, s.start - 120), s.end)
      if (!WATCH_DEVICE.test(context) || LIVE_CAMERA.test(sentence)) continue
      // Advice, or more cameras announced (来年度に増設します): not a gap told.
      // (Blind R73A-125: advice after the gap given as a reason does not make it a lesson: statedPart.)
      const stated = statedPart(t, s, m.index + m[0].length)
      if (isAdvice(stated) || AWARENESS.test(stated) || /増設|増や|追加|拡充|設置しました|設置します|設置予定|予定/u.test(sentence)) continue
      const start = m.index
      const end = kanaTail(t, m.index + m[0].length, 6)
      if (toldWeak(start, end)) continue
      tellWeak(start, end)
    }
  }
  if (has[W.round]) {
    for (const m of hitsOf(UNPATROLLED, t)) {
      const s = sentenceAround(t, m.index, m.index + m[0].length)
      const sentence = t.slice(s.start, s.end)
      if (PUBLIC_ROUND.test(sentence) || SAFETY_ADVICE.test(sentence) || AWARENESS.test(sentence)) continue
      const from = t.slice(s.start, m.index).search(/[^\s・●■◆\-①-⑳]/u)
      const start = from < 0 ? m.index : s.start + from
      const end = kanaTail(t, m.index + m[0].length, 6)
      const span = doc.fromSqueezed(start, end)
      emit({ rule: 'security/unguarded-place', start: span.start, end: span.end })
    }
  }
  if (has[W.broken] && has[W.getIn]) {
    for (const m of hitsOf(OPEN_WAY, t)) {
      const sentence = sentenceText(t, m.index, m.index + m[0].length)
      // A notice that keeps people out (立ち入らないでください, 危険ですので近づかないで) warns, it does not tell the gap.
      if (EXPLICIT_ADVICE.test(sentence) || /危険|近づかない|立ち入らない|立入禁止|ご注意/u.test(sentence)) continue
      if (deniedRumour(t, m.index, m.index + m[0].length)) continue
      const span = doc.fromSqueezed(m.index, m.index + m[0].length)
      emit({ rule: 'security/weakness', start: span.start, end: span.end })
    }
  }
  if (has[W.empty]) {
    for (const m of hitsOf(EMPTY_BUILDING, t)) {
      // Thinly watched (手薄) is a gap told only of a side way in (楽屋口は手薄), not of a building short of staff (センターは手薄).
      if (m[0].endsWith('手薄') && !SIDE_ENTRANCE_AT.test(m[0])) continue
      const sentence = sentenceText(t, m.index, m.index + m[0].length)
      // 無人販売所, 休館日のお問い合わせ, safety advice: not a gap in the city's watch told.
      const end = kanaTail(t, m.index + m[0].length, 8)
      // The gap stated at set hours, then given as a reason (…11時から12時の間は人がいなくなりますので、出入りにご注意ください):
      // the advice after ので is for those who know the gap; it does not make the statement a lesson. Also in dialect (誰もおらんけん).
      const s = sentenceAround(t, m.index, m.index + m[0].length)
      const stated = CLOCK_EXACT.test(t.slice(s.start, end)) && /(?:ます|ません|です|らん|へん|ない)(?:ので|んで|から|ため|けん|けえ)?$/u.test(t.slice(m.index, end))
      const advised = SAFETY_ADVICE.test(stated ? t.slice(s.start, end) : sentence)
      // A check that none is there or a case put (誰もいないことを確認して, 誰もいないか確かめ, 人がいないときは施錠, 誰もいなくなることは
      // ありません): no building told empty.
      if (/^[ぁ-ゖ]{0,4}?(?:こと(?:を|が)?(?:確認|確かめ)|ことは(?:あり|な)|か(?:を|どうか)?(?:確認|確かめ|見て|チェック)|(?:とき|時|場合)(?:は|に))/u.test(t.slice(m.index + m[0].length, m.index + m[0].length + 16))) continue
      // Blind R414P-058 kind: the days told before and taken up by その間, or a span of days in the sentence (EMPTY_DAYS_*).
      const days = EMPTY_DAYS_SPAN.test(sentence) || (EMPTY_DAYS_BACK.test(sentence) && EMPTY_DAYS_DATE.test(t.slice(Math.max(0, s.start - 80), s.end)))
      // …and its reassurance about emergencies covered (有事の際は近隣の分団がカバーしますのでご安心ください) is no watch on the building.
      const reassured = /安心/u.test(sentence) && !(days && COVER_NOT_WATCH.test(sentence) && !EMPTY_WATCH_WORD.test(sentence))
      if (!(EMPTY_WHEN.test(sentence) || days) || advised || reassured || /常駐(?!して(?:おらず|いない|いません|おりません|おらん|ない))|機械警備|センサー|警備システム|無人販売|無人駅|お問い合わせ|ご連絡|ご了承/u.test(sentence)) continue
      // The hours given as why a service pauses (支所は17時以降は職員が常駐しておりませんので、お電話はつながりません。ご了承ください):
      // a notice of service hours, not a gap in the watch, unless the place is said to hold goods (物資の保管場所になっている…).
      if (SERVICE_PAUSED.test(t.slice(s.start, Math.min(t.length, s.end + 40))) && !GOODS_HELD.test(t.slice(Math.max(0, s.start - 80), s.end))) continue
      const span = doc.fromSqueezed(m.index, end)
      if (told.some((o) => o.start < span.end && o.end > span.start)) continue
      emit({ rule: 'security/guard-schedule', start: span.start, end: span.end, data: guardData('empty', '') })
    }
  }
  if (has[W.noLogin] && has[W.seen]) {
    for (const m of hitsOf(OPEN_SYSTEM, t)) {
      const sentence = sentenceText(t, m.index, m.index + m[0].length)
      // A public page open to all by design (ログイン不要でどなたでもご覧いただけます) is no gap.
      if (/ご覧いただけ|ご利用いただけ|お使いいただけ|どなたでも|ご自由に|公開して/u.test(sentence) || SAFETY_ADVICE.test(sentence)) continue
      const span = doc.fromSqueezed(m.index, m.index + m[0].length)
      emit({ rule: 'security/weakness', start: span.start, end: span.end })
    }
  }
  if (has[W.device]) {
    for (const m of hitsOf(DEVICE_DOWN, t)) {
      const sentence = sentenceText(t, m.index, m.index + m[0].length)
      // A notice to the public about a broken door (東口をご利用ください, 修理中) is not a weakness told.
      const advice = isAdvice(sentence)
      // …but a security device off at a named door for set hours (点検のため、17時から翌朝9時まで北側通用口の防犯カメラと侵入センサーが
      // 停止します) tells when and where no one watches, whatever the reason.
      const window = /防犯カメラ|監視カメラ|センサー|警報装置|警備システム|機械警備/u.test(sentence) && /通用口|裏口|非常口|勝手口|裏門|搬入口|[東西南北]側/u.test(sentence) && CLOCK_EXACT.test(sentence)
      // Blind R81A-003: an inspection as when the fault was found (点検の際に気づいたのですが、…南京錠が壊れていて) is no notice of one.
      // Blind R430F-058 kind: …or a building's alarm said stopped while the post tells the building closed or its staff away over given days
      // (…まで休館…職員が不在となるほか、機械警備も点検のため停止): whatever the reason, it tells when the empty site goes unwatched.
      const emptyDays = !window && alarmOffWhileEmpty(t, m.index, m.index + m[0].length, sentence)
      // (機械警備 and 警備システム are read here only: a stop of them at an open site, 停電のため…停止する場合があります, tells no empty days.)
      if (!window && !emptyDays && /^(?:機械警備|警備システム)/u.test(m[0])) continue
      if (!window && !emptyDays && (advice || /確認|忘れ(?!物)|ご利用|ご迷惑|ご不便|修理|点検|復旧|お願いいたします/u.test(sentence.replace(FOUND_ON_CHECK, '')))) continue
      if (deniedRumour(t, m.index, m.index + m[0].length)) continue
      // Blind W9-FP-001: a camera said not to film homes, faces or plates (防犯カメラは周辺の住宅を映していないので、ご安心ください): the
      // …ないので of its filming verb is privacy kept, not a fault (as CAMERA_PRIVACY for WEAK_SPOT).
      if (CAMERA_SPARED.test(m[0]) && CAMERA_PRIVACY.test(m[0])) continue
      // Review sec58 kind: a camera's public stream stopped (河川監視カメラの映像は、夜間は公開を停止しています): the public view, no watch.
      if (STREAM_STOPPED.test(m[0])) continue
      // Blind HK-019: the public's bicycles or homes left unlocked, as a class (鍵をかけていない自転車でした): no site of the city is open.
      const mEnd = m.index + m[0].length
      if (LOCK_NOT_SET_END.test(m[0]) && !CITY_VEHICLE.test(sentence) && (UNLOCKED_CLASS_AFTER.test(t.slice(mEnd, mEnd + 8)) || UNLOCKED_CLASS_BEFORE.test(t.slice(Math.max(0, m.index - 16), m.index)))) continue
      // Blind ID-049: a count of theft cases owns the lock (12件、うち9件は鍵をかけていませんでした), the public's vehicles or homes stolen
      // in this sentence or the one before: a crime statistic, no site of the city.
      if (LOCK_NOT_SET_END.test(m[0]) && UNLOCKED_COUNT_BEFORE.test(t.slice(Math.max(0, m.index - 16), m.index))) {
        const s = sentenceAround(t, m.index, mEnd)
        // The sentence before, over a blank line or the stop that ends it (at most a few characters).
        let p = s.start
        while (p > 0 && s.start - p < 4 && /[\s。！？!?]/u.test(t[p - 1]!)) p--
        const window = t.slice(sentenceAround(t, p, p).start, s.end)
        if (THEFT_WORD.test(window) && PUBLIC_PROPERTY.test(window) && !CITY_VEHICLE.test(window)) continue
      }
      // A door's way of opening said missing (自動ドアにはセンサーが付いていないので、ボタンを押して): not an alarm, unless alarms are near.
      if (OPEN_BY_DESIGN_BEFORE.test(t.slice(Math.max(0, m.index - 24), m.index))) continue
      const part = DOOR_PART_MISSING.exec(m[0])
      if (part && (part[1] !== 'センサー' || !ALARM_CONTEXT.test(t.slice(Math.max(0, sentenceAround(t, m.index, mEnd).start - 120), sentenceAround(t, m.index, mEnd).end)))) continue
      const end = kanaTail(t, m.index + m[0].length, 6)
      tellWeak(m.index, end)
    }
  }
  // Blind R440R-015 kind: some cameras, pinned by where they are, said not to record yet (北側の3台（…寄り）は…まだ録画できていません).
  if (has[W.device]) {
    for (const m of hitsOf(CAMERA_NOT_RECORDING, t)) {
      const s = sentenceAround(t, m.index, m.index + m[0].length)
      const sentence = t.slice(s.start, s.end)
      const mEnd = m.index + m[0].length
      if (!CAMERA_UNRECORDED_SPOT.test(t.slice(m.index, mEnd)) || CAMERA_NOT_RECORDING_OUT.test(sentence) || deniedRumour(t, m.index, mEnd)) continue
      const end = kanaTail(t, mEnd, 6)
      if (toldWeak(m.index, end)) continue
      tellWeak(m.index, end)
    }
  }
  // Blind R325C kinds (pisec60): a way into a site left open or unlocked as a habit, at the hours no one is by.
  if (has[W.leftOpen]) {
    for (const m of hitsOf(LEFT_OPEN, t)) {
      const s = sentenceAround(t, m.index, m.index + m[0].length)
      const sentence = t.slice(s.start, s.end)
      const mEnd = m.index + m[0].length
      const when = m[1] !== undefined || LEFT_NIGHT.test(sentence) || (m[2] !== undefined && LEFT_HABIT.test(sentence)) || LEFT_LOCK_DOWN.test(sentence)
      if (!when || LEFT_NOT.test(sentence) || LEFT_ADVICE.test(sentence)) continue
      if (LEFT_DENIED.test(t.slice(mEnd, mEnd + 14)) || deniedRumour(t, m.index, mEnd) || quoteAround(t, m.index, mEnd, 40) !== null) continue
      // A door said opened until an hour (夜9時まで開けています) tells its opening hours, not a door left open.
      if (m[1] === undefined && m[2] === undefined && /まで[^。！？!?\n]{0,4}$/u.test(t.slice(m.index, mEnd).replace(/(?:開け|あけ)[^]*$/u, ''))) continue
      const end = kanaTail(t, mEnd, 6)
      if (toldWeak(m.index, end)) continue
      tellWeak(m.index, end)
    }
  }
  // Blind R376Z-016 kind: a way in shut by a chain or a rope alone (裏の搬入口もチェーンを掛けているだけ).
  if (has[W.looseFastener] && has[W.onlyAt]) {
    for (const m of hitsOf(FASTENED_ONLY, t)) {
      const sentence = sentenceText(t, m.index, m.index + m[0].length)
      const mEnd = m.index + m[0].length
      if (LEFT_NOT.test(sentence) || LEFT_ADVICE.test(sentence) || FASTENED_NOT_ONLY.test(t.slice(mEnd, mEnd + 8))) continue
      if (deniedRumour(t, m.index, mEnd) || quoteAround(t, m.index, mEnd, 40) !== null) continue
      const end = kanaTail(t, mEnd, 6)
      if (toldWeak(m.index, end)) continue
      tellWeak(m.index, end)
    }
  }
  // Blind R72A-108: a way in with no alarm where the site has one (非常口だけはセンサーが付いていないので): the way in that sets nothing off.
  if (has[W.alarm]) {
    for (const m of hitsOf(NO_ALARM_AT, t)) {
      const s = sentenceAround(t, m.index, m.index + m[0].length)
      const sentence = t.slice(s.start, s.end)
      // The site's security in the sentence or just before it (機械警備, 防犯, 警報); not a household's door, a case, a question or sensors added.
      // A case put (防犯センサーが付いていない場合は) is no site's gap; a case elsewhere in the sentence (遅くなった場合は) does not undo it.
      if (!ALARM_CONTEXT.test(t.slice(Math.max(0, s.start - 120), s.end)) || ALARM_NOT_GAP.test(sentence) || /^(?:の|な)?場合/u.test(t.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue
      // Advice in the statement itself (…センサーがない勝手口は狙われやすいので注意しましょう); advice after it given as a reason is not.
      const stated = statedPart(t, s, m.index + m[0].length)
      if (SAFETY_ADVICE.test(stated) || AWARENESS.test(stated) || deniedRumour(t, m.index, m.index + m[0].length)) continue
      const start = m.index
      const end = kanaTail(t, m.index + m[0].length, 6)
      if (toldWeak(start, end)) continue
      tellWeak(start, end)
    }
  }
  // Blind R85A-003: an alarm said to be off until a set hour (収蔵庫の赤外線センサーは夜10時にならないと入らないので): when nothing is set off.
  if (has[W.alarm]) {
    for (const m of hitsOf(ALARM_OFF_HOURS, t)) {
      const s = sentenceAround(t, m.index, m.index + m[0].length)
      const sentence = t.slice(s.start, s.end)
      const start = m.index
      const end = kanaTail(t, m.index + m[0].length, 6)
      if (ALARM_NOT_GAP.test(sentence) || /^(?:の|な)?場合/u.test(t.slice(end, end + 4))) continue
      // Advice in the statement itself; advice after it given as a reason (…入らないので、それまでに作業を終えてください) is not.
      const stated = statedPart(t, s, m.index + m[0].length)
      if (SAFETY_ADVICE.test(stated) || AWARENESS.test(stated) || deniedRumour(t, m.index, m.index + m[0].length)) continue
      if (toldWeak(start, end)) continue
      tellWeak(start, end)
    }
  }
  // Blind R317C-004 kind: an alarm disarmed at a set hour or for set days (機械警備は、平日は朝7時に自動で解除されます).
  if (has[W.alarm]) {
    for (const m of hitsOf(ALARM_DISARMED, t)) {
      const s = sentenceAround(t, m.index, m.index + m[0].length)
      const sentence = t.slice(s.start, s.end)
      const end = kanaTail(t, m.index + m[0].length, 6)
      if (ALARM_NOT_GAP.test(sentence) || DISARM_NOTICE.test(sentence) || /^(?:の|な)?場合/u.test(t.slice(end, end + 4))) continue
      // The site's security named (a bare センサー may be a light's or an air conditioner's: 照明, 空調, 自動ドア).
      if (!ALARM_CONTEXT.test(t.slice(Math.max(0, s.start - 120), s.end)) || /照明|ライト|電気|電灯|空調|エアコン|換気|自動ドア|水栓|蛇口|温度|湿度/u.test(sentence)) continue
      const stated = statedPart(t, s, m.index + m[0].length)
      if (SAFETY_ADVICE.test(stated) || AWARENESS.test(stated) || deniedRumour(t, m.index, m.index + m[0].length)) continue
      if (toldWeak(m.index, end)) continue
      tellSentence(s, { guard: '警備員', watch: '機械警備が解除される時間帯', safe: '夜間・休日も機械警備などで防犯体制をとっています' }, true)
    }
  }
  // Which watch cameras are real and which are dummies (本物は…の3台だけで、残りはダミーです): where the watch is not.
  if (has[W.dummy] && has[W.cameraOrSensor]) {
    for (const m of hitsOf(DUMMY_CAMERA, t)) {
      const s = sentenceAround(t, m.index, m.index + m[0].length)
      const sentence = t.slice(s.start, s.end)
      const context = t.slice(Math.max(0, s.start - 120), s.end)
      // A camera named as the dummy, or a watch camera in the sentence or just before it; not a live view, a camera exhibit or a shop's goods.
      if (!(m[1] !== undefined && /カメラ|センサー/u.test(m[1]) ? /カメラ|センサー/u : WATCH_DEVICE).test(context) || LIVE_CAMERA.test(sentence)) continue
      if (isAdvice(sentence) || AWARENESS.test(sentence) || deniedRumour(t, m.index, m.index + m[0].length)) continue
      const start = m.index
      const end = kanaTail(t, m.index + m[0].length, 6)
      // One finding per sentence (本物は…3台だけで、残りはダミーです), none where a camera is already told to be one (DEVICE_DOWN).
      if (weak.some((o) => (o.start < end && o.end > start) || (o.start >= s.start && o.end <= s.end))) continue
      tellWeak(start, end)
    }
  }
}

/** Where a key is kept, told in English (EN_KEY_KEPT), read in the folded view. */
/**
 * Blind R168A-120: where the takings or other cash are put and at what hour (売上金は毎晩22時ごろに本部テント裏の手提げ金庫へまとめ、翌朝9時に
 * 職員が回収しています; 釣り銭は閉会後の17時に事務所の金庫に入れています): the cash's keeping place and its clock time together tell a thief
 * where and when. The cash is the topic, a safe or a cash box is the place, a verb of putting it there follows, and a clock time is in the
 * sentence. A safe with no hour (現金は金庫で保管しています), a gift of the takings (売上金は全額寄付します), a donation box for visitors and
 * advice (…に置いたままにしないようにしましょう) are not this. Bounded gaps.
 * Blind R224T-005 kind: the cash carried at a clock time to a safe or a bank (売上金は毎晩21時半ごろ、職員1名が徒歩で市役所の金庫まで
 * 運んでいます, 現金は毎日15時に銀行へ運んでいます): when and where the cash is on the move, the same tip to a thief.
 * Blind R236I-021 kind: the cash's handing-in as the topic (売上金のお預かりは) and the carrier it goes in, then where to (21時ごろに職員1名が
 * 手提げ金庫で本部テントから本庁舎まで歩いて運びます): the same hour, bearer and route.
 */
/**
 * Blind R317C-014 kind: the cash named with another (今夜の売上と募金は), and kept in any box or bag at a spot (運営テントのいちばん奥にある
 * 青いクーラーボックスにしまってある; 段ボール箱, 封筒, 机の引き出し) until the hour it is collected: as a safe's, its place and hour tell a
 * thief where and when. A box for visitors' gifts (募金箱, 賽銭箱) is public by design, and the public paying in (お支払い, 入れてください) no keeping.
 */
/**
 * Blind R346C-032 kind: vouchers are cash to a thief (商品券, 金券, ギフト券, 図書カード, 収入印紙, 切手), and a note on the lot may stand
 * between the noun and its は (商品券（未発送分）は). Told kept at a spot found by counting (奥から2番目の棚, 3段目, いちばん下の引き出し:
 * HIDDEN_SPOT), the place alone is the tip, with no hour.
 * Blind R362K-002 kind: the verb of putting left out after へ, the sentence ending there (現金は毎日15時半で締めて奥の金庫へ。): the same
 * keeping told in a caption's clipped style.
 */
const CASH_NOUN = '(?:商品券|金券|ギフト券|ギフトカード|図書カード|図書券|クオカード|QUOカード|収入印紙|切手|売上金|売り上げ金|売上げ金|売上|売り上げ|現金|釣り銭|つり銭|釣銭|集金したお金|集めたお金|参加費|会費|入場料|募金|寄付金|義援金|協賛金|お賽銭|賽銭|レジのお金)'
const CASH_BOX = '(?<!募金|寄付|賽銭|献金|義援金)(?:クーラーボックス|ボックス|箱|袋|缶|ケース|バッグ|かばん|カバン|鞄|封筒|リュック|段ボール|引き出し|引出し)'
const MONEY_KEPT = new RegExp(
  `(${CASH_NOUN}(?:(?:と|や|・|、)${CASH_NOUN}){0,2})(?:[（(][^（）()\\n]{1,12}[）)])?(?:の(?:お預かり|預かり|回収|搬送|運搬|移送|受け渡し))?(?:は|を|も)[、,]?([^。！？!?\\n]{0,40}?(?:手提げ金庫|金庫|キャッシュボックス|保管庫|集金袋|集金箱|${CASH_BOX}|(?:書庫|倉庫|保管室|金庫室|ロッカー|キャビネット|戸棚|棚|机)[^。！？!?\\n]{0,12}?(?:段|引き出し|引出し|奥|裏|下|上)|銀行|郵便局|金融機関))(?:の(?:中|なか))?(?:(?:に|へ)(?:まとめ|入れ|保管|移し|しまっ|しまい|運ん|運び|置い|預け|集め|隠し)|へ(?=[。！!…\\n]|$)|(?:で[^。！？!?\\n]{0,24}?)?まで(?:歩いて|徒歩で|車で|公用車で|自転車で)?(?:運ん|運び|運ぶ|運搬し|運搬され|輸送し|持って(?:行|い)(?:っ|き|く)|持ち込|持参し|届け))`,
  'gu',
)
/**
 * The public paying in or giving (お支払い, ご持参, 入れてください, ご協力, 提出してください): no keeping of the city's cash told. Review sec58
 * kind: the takings or gifts handed to their recipient (封筒に入れてお届けしました, 贈呈式で, 袋に入れてお預けしました) are given, not kept.
 */
const CASH_PAID_IN = /お支払|支払って|お納め|納付|お渡し|ご持参|お持ち|ご寄付|ご協力|お入れ|(?<!て(?:お|おい))(?:入れ|いれ)(?:て)?(?:ください|下さい)|(?:ご)?提出(?:して)?(?:ください|下さい)|お出し(?:ください|下さい)|贈呈|寄付(?:し|いたし|を行)|寄贈|手渡|お届け(?:し|いたし)|お預け(?:し|いたし)|お贈り/u
const CLOCK_TIME = /[0-9０-９]{1,2}時|[0-9]{1,2}:[0-9]{2}|(?:午前|午後|夜|朝)[〇一二三四五六七八九十]{1,3}時/u
/**
 * Blind R204D-008 kind: the hours the cash sits there told by the office's day instead of the clock (閉庁後に手提げ金庫ごと税務課奥の書庫の
 * いちばん下の段へ移しています): with a spot inside a room (a shelf, a drawer, the back of it: CASH_SPOT) it says where and when as a clock
 * time does. A safe alone after closing (閉庁後は金庫に入れています) names no spot.
 */
const AFTER_HOURS = /閉庁後|閉館後|閉店後|閉場後|閉会後|終業後|業務終了後|退庁時|退庁前|夜間|毎晩|毎夕|夜は|土日は|休日は/u
const CASH_SPOT = /段|引き出し|引出し|奥|裏|(?:の|に)(?:下|上)$/u
/** Put in an envelope or a box to be sent or handed out (封筒に入れて郵送します, 箱に入れてお配りします): on its way out, not kept. */
const SENT_OUT = /^[^。！？!?\n]{0,12}?(?:郵送|発送|送付|お送り|配送|配達|お届け|配布|配付|お配り|お渡し)/u
/** A spot found by counting or from an end (奥から2番目の棚, 3段目, いちばん下の引き出し): the hiding place itself. Blind R346C-032 kind. */
const HIDDEN_SPOT = /[0-9０-９一二三四五六七八九十]{1,2}(?:番目|段目)|(?:いちばん|一番|最)(?:奥|下|上|後ろ)|(?:奥|下|上|手前|右|左)から[0-9０-９一二三四五六七八九十]/u
/**
 * Blind R298K-006 kind: the takings' collection told with its clock time (売上金は21時半に一度だけ回収に来ます, 釣り銭は17時に係長が取りに
 * 来ます), and where the cash waits till then told in the same or the next sentence, its topic left out (それまでは受付机の下の手提げ金庫に
 * 入れています): together they tell a thief where the cash is and until when. The cash is the topic, a clock time, then the collection
 * (回収に来る, 取りに来る, 回収します). A collection with no spot (売上金は17時に回収します), a rubbish day (回収日は毎週火曜です) and the
 * takings' keeper named (実行委員会が責任をもって管理します) are not this. Bounded gaps.
 */
const MONEY_COLLECTED =
  /(売上金|売り上げ金|売上げ金|売上|売り上げ|現金|釣り銭|つり銭|釣銭|集金したお金|集めたお金)(?:は|を|も)[、,]?[^。！？!?\n]{0,30}?(?:[0-9０-９]{1,2}時|[0-9]{1,2}:[0-9]{2})[^。！？!?\n]{0,14}?(?:(?:回収|取り|受け取り|引き取り)に(?:来|き|く|伺|うかが|参|まい|回|まわ)|回収(?:し|され|いたし|する))/gu
/**
 * Where the cash waits till it is collected: a safe or a box at a named spot (受付机の下の青い手提げ金庫に入れています), topic left out.
 * Blind R346C-042 kind: …or kept in it (窓口奥の手提げ金庫で保管しています, 金庫で管理しています).
 */
const MONEY_STASH =
  /(?:手提げ金庫|金庫|キャッシュボックス|集金袋|集金箱|の(?:下|中|奥|裏)[^。！？!?\n]{0,10}?(?:箱|袋|缶|ケース|ボックス))(?:の(?:中|なか))?(?:(?:に|へ)(?:入れ|しまっ|置い|隠し|保管し|まとめ)|で(?:保管し|管理し|預かっ))(?:て(?:い|あ|お)|と(?:り|る|き|っ)|ちょ)/u
/** The collection's clock time told in the sentence after the keeping place (…の手提げ金庫に入れています。21時に回収に来ます). */
const COLLECT_AT =
  /(?:[0-9０-９]{1,2}時|[0-9]{1,2}:[0-9]{2})[^。！？!?\n]{0,14}?(?:(?:回収|取り|受け取り|引き取り)に(?:来|き|く|伺|うかが|参|まい|回|まわ)|回収(?:し|され|いたし|する))/u
function findMoneyCollected(doc: Doc, emit: (f: DraftFinding) => void, done: Span[]): void {
  const t = doc.squeezed.text
  for (const m of hitsOf(MONEY_COLLECTED, t)) {
    const end = m.index + m[0].length
    const s = sentenceAround(t, m.index, end)
    const tailEnd = s.end < t.length ? sentenceAround(t, s.end, s.end).end : s.end
    const tail = t.slice(end, tailEnd)
    const stash = MONEY_STASH.exec(tail)
    if (!stash) continue
    const around = t.slice(s.start, tailEnd)
    if (SAFETY_ADVICE.test(around) || AWARENESS.test(around)) continue
    const stop = kanaTail(t, end + stash.index + stash[0].length, 4)
    done.push({ start: m.index, end: stop })
    const span = doc.fromSqueezed(m.index, stop)
    const place = stash[0].replace(/(?:の(?:中|なか))?(?:に|へ)[^]*$/u, '')
    emit({ rule: 'security/key-location', start: span.start, end: span.end, data: { key: m[1]!, place } })
  }
}

/**
 * Blind R362K-022 kind: the counter's check of a paper skipped and what is handed out all the same (混んでる日は委任状の中身まではあまり
 * 見ないで、免許証のコピーがあればそのままお出ししてます, 本人確認書類はいちいち確認せずに交付しています): the procedure's weakness told to
 * whoever would use it. The paper the counter checks, then a check not done (見ないで, 確認せずに, 照合しないで, 省いて), then in the sentence
 * what is issued or accepted (お出し, 交付, 発行, お渡し, 受け付け). A rule that forbids it (確認せずに交付することはありません), advice
 * (忘れないでください), an apology for a lapse and a scam warning are not this. Bounded gaps.
 */
const CHECK_SKIPPED =
  /(?:委任状|本人確認書類|本人確認|身分証明書|身分証|運転免許証|免許証|マイナンバーカード|保険証|在留カード|届出印|印鑑証明|パスポート)(?:の(?:中身|内容|記載|原本|写真|顔写真|日付|署名|有効期限))?(?:まで|を|は|も)?(?:は|も)?[、,]?(?:あまり|ろくに|ほとんど|いちいち|特に|細かく|ちゃんと|しっかり|きちんと|よく)?(?:見ないで|見ずに|見てない|見ていない|見とらん|見らんで|確認しないで|確認せずに?|確認してない|確認していない|チェックしないで|チェックせずに?|チェックしてない|照合しないで|照合せずに?|照合していない|省略して|省いて)/u
const ISSUED_ANYWAY = /お出し|出して|交付し|発行し|お渡し|渡して|渡しちゃ|受け付けて|受け付けちゃ|受理し|通して|通しちゃ/u
const CHECK_RULE_OR_ADVICE = /ことは(?:ありません|ない|なく|ございません|しません|いたしません)|できません|いたしません|(?:し|い)ないでください|ないよう|ましょう|お詫び|おわび|申し訳|不適切|詐欺|不正|発覚|報道|処分|ご注意|注意/u
/**
 * Blind R371U-015 kind: a resident who lives alone, named by age or district, with the hours of the visits and the hours no one else is
 * there (一人暮らしの女性（87）：毎週火曜14時ごろ…日中はご家族が不在で、訪ねてくる人がほとんどいません): a list that tells a burglar or a
 * swindler whom to call on and when. Needs a person living alone (LONE_RESIDENT), a set weekday or hour (VISIT_SLOT) and their being alone
 * said as a fact (ALONE_HOURS); a paragraph of advice (ご注意, 詐欺, ご相談) or a case put (場合は) stays clean.
 */
const LONE_RESIDENT = /一人暮らし|ひとり暮らし|独り暮らし|一人住まい|独居|単身(?:の)?(?:高齢|世帯)/u
const VISIT_SLOT = /(?:毎週|隔週|第[1-5一二三四五]|毎月)?[月火水木金土日]曜(?:日)?[^。！？!?\n]{0,8}?(?:[0-9]{1,2}時|午前|午後|朝|夕方)|[月火水木金土日]曜(?:日)?(?:の)?(?:午前|午後|朝|夕方)/u
const ALONE_HOURS = /(?:日中|昼間|平日|夜間|夜|午後|午前|普段|ふだん)(?:は|の間は|の間)?[、,]?(?:ご)?家族(?:さん|の方)?(?:が|は|も)[、,]?(?:不在|留守|いな|いませ|おらず|仕事で|出かけ|出勤)|(?:訪ねて|訪れて|たずねて|訪問して)(?:くる|来る|こられる|来られる)(?:人|方)(?:が|は|も)[、,]?(?:ほとんど|まったく|全く|誰も|めったに)?[、,]?(?:いな|いませ|おらず|おりませ|来な)|(?:一人|ひとり|独り)(?:きり)?に(?:なる|なられる|なります)(?:時間|時間帯|のは)/gu
const ALONE_ADVICE = /ご注意|注意して|気をつけ|気を付け|お気軽|ご相談|場合は|ときは|時は|ようにしましょう|声かけ(?:を|に)|声掛け(?:を|に)|詐欺/u
function findLoneResidentHours(doc: Doc, emit: (f: DraftFinding) => void): void {
  const t = doc.norm.text
  if (!LONE_RESIDENT.test(t) || !VISIT_SLOT.test(t) || ALONE_ADVICE.test(t)) return
  for (const m of hitsOf(ALONE_HOURS, t)) {
    const { start, end } = doc.fromNorm(m.index, m.index + m[0].length)
    emit({ rule: 'security/unguarded-place', start, end })
    return
  }
}

function findCheckSkipped(doc: Doc, emit: (f: DraftFinding) => void): void {
  const t = doc.norm.text
  if (!/見|確認|チェック|照合|省/u.test(t)) return
  for (const m of hitsOf(CHECK_SKIPPED, t)) {
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    const sentence = t.slice(s.start, s.end)
    if (!ISSUED_ANYWAY.test(t.slice(m.index + m[0].length, s.end)) || CHECK_RULE_OR_ADVICE.test(sentence)) continue
    const { start, end } = doc.fromNorm(m.index, m.index + m[0].length)
    emit({ rule: 'security/weakness', start, end })
    return
  }
}

function findMoneyKept(doc: Doc, emit: (f: DraftFinding) => void): void {
  const t = doc.squeezed.text
  if (!/金庫|キャッシュボックス|保管庫|集金袋|集金箱|銀行|郵便局|金融機関|ボックス|箱|袋|缶|ケース|バッグ|かばん|カバン|鞄|封筒|リュック|段ボール|引き出し|引出し|書庫|倉庫|保管室|ロッカー|キャビネット|棚|机/u.test(t)) return
  const done: Span[] = []
  if (/回収|取りに|受け取りに|引き取りに/u.test(t)) findMoneyCollected(doc, emit, done)
  for (const m of hitsOf(MONEY_KEPT, t)) {
    if (done.some((d) => d.start < m.index + m[0].length && d.end > m.index)) continue
    const sentence = sentenceText(t, m.index, m.index + m[0].length)
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    // Blind R298K-006 kind, the other order: the keeping place, then the collection's clock time in the next sentence.
    const next = s.end < t.length ? t.slice(s.end, sentenceAround(t, s.end, s.end).end) : ''
    if (!(CLOCK_TIME.test(sentence) || COLLECT_AT.test(next) || (AFTER_HOURS.test(sentence) && CASH_SPOT.test(m[2]!)) || HIDDEN_SPOT.test(m[2]!)) || SAFETY_ADVICE.test(sentence) || isAdvice(sentence) || AWARENESS.test(sentence) || CASH_PAID_IN.test(sentence) || SENT_OUT.test(t.slice(m.index + m[0].length, s.end))) continue
    const end = kanaTail(t, m.index + m[0].length, 8)
    const span = doc.fromSqueezed(m.index, end)
    const place = m[2]!.replace(/^[^]*?(?:[0-9０-９]{1,2}時(?:ごろ|頃|半)?(?:に|から|以降|まで)?[、,]?|[、,])/u, '').replace(/^(?:閉庁後|閉館後|閉店後|閉場後|閉会後|終業後|業務終了後|退庁時|夜間|毎晩|毎夕)(?:に|は)?[、,]?/u, '')
    emit({ rule: 'security/key-location', start: span.start, end: span.end, data: { key: m[1]!, place } })
  }
}

/**
 * Blind R305G-033 kind: a phishing drill told before it is run (来週火曜の朝、情報政策課から「給与明細の確認」を装った標的型メールの訓練メール
 * が届きます): the drill is spoiled and its lure given away. The drill of a suspicious mail named (標的型メール, 不審メール, フィッシング; a bare 訓練メール may be a safety-check drill),
 * told as still to come (届きます, 送信します, 実施します, 予定), with when it comes or what it looks like (来週, 火曜, 朝, ◯日; 「…」を装った, 件名).
 * A report after the drill (訓練を実施しました。開封率は…) tells nothing to come. Warn (security/arrangement). Bounded: 24 characters between.
 */
const MAIL_DRILL =
  /(?:標的型(?:攻撃)?メール|不審メール|フィッシング(?:メール)?|なりすましメール|攻撃メール)[^。！？!?\n]{0,24}?訓練|訓練[^。！？!?\n]{0,12}?(?:標的型|不審メール|フィッシング|なりすましメール|攻撃メール)/u
const DRILL_AHEAD =
  /(?:届き|届く|届け|送られ|送り|送信し|送信され|配信し|配信され|実施し|行い|行われ)(?:ます|ますので|ますが|る予定|る(?=[。！!、,]))|予定(?:です|しています|しております)|(?:実施|送信|配信)予定/u
const DRILL_WHEN_OR_LURE =
  /来週|再来週|明日|あす|明後日|今週|来月|今月中|[0-9０-９]{1,2}(?:月|日)(?![間])|[月火水木金土日]曜|午前|午後|朝|夕方|[0-9０-９]{1,2}時|を装った|を装う|をかたった|を騙った|件名|差出人|送信元|という(?:件名|題名|タイトル)/u
function findPassShown(doc: Doc, emit: (f: DraftFinding) => void): void {
  const t = doc.squeezed.text
  if (!/証|カード/u.test(t)) return
  for (const m of hitsOf(PASS_SHOWN, t)) {
    const s = sentenceAround(t, m.index + m[0].length - 1, m.index + m[0].length)
    if (PASS_SHOWN_NOT.test(t.slice(s.start, Math.min(t.length, s.end + 24)))) continue
    const span = doc.fromSqueezed(m.index, m.index + m[0].length)
    emit({ rule: 'security/access-pass', start: span.start, end: span.end })
  }
}

function findMailDrillAhead(doc: Doc, emit: (f: DraftFinding) => void): void {
  const t = doc.norm.text
  if (!/訓練/u.test(t) || !MAIL_DRILL.test(t)) return
  let from = 0
  for (let n = 0; from < t.length && n < MAX_HITS; n++) {
    const s = sentenceAround(t, from, from)
    const sentence = t.slice(s.start, s.end)
    from = Math.max(s.end, from + 1)
    if (!MAIL_DRILL.test(sentence) || !DRILL_AHEAD.test(sentence) || !DRILL_WHEN_OR_LURE.test(sentence) || /結果|開封率|実施しました|行いました|終了し/u.test(sentence)) continue
    const lead = sentence.search(/[^\s]/u)
    const { start, end } = doc.fromNorm(s.start + Math.max(0, lead), s.end)
    emit({ rule: 'security/arrangement', start, end })
    return
  }
}

function findEnglishKey(doc: Doc, emit: (f: DraftFinding) => void): void {
  const t = doc.folded.text
  for (const m of hitsOf(EN_KEY_KEPT, t)) {
    const end = m.index + m[0].length
    const s = sentenceAround(t, m.index, end)
    if (EN_KEY_SECURED.test(t.slice(end, s.end)) || EN_KEY_ADVICE.test(t.slice(s.start, s.end))) continue
    // Through the spot's phrase, up to the end of the sentence (under the blue flowerpot next to the side door).
    const stop = t.slice(end, s.end).search(/[.!?,;:\n]/u)
    const spanEnd = stop < 0 ? s.end : end + stop
    const span = doc.fromSqueezed(m.index, spanEnd)
    emit({ rule: 'security/key-location', start: span.start, end: span.end, data: { key: 'key', place: doc.raw.slice(doc.fromSqueezed(end, spanEnd).start, span.end).trim() } })
  }
}

/** The next match of a global pattern (from the start when `first`), without matchAll's copy of the pattern. */
/**
 * Blind R63A-055: a dignitary's movements and where they sleep, told before the visit (21時10分ごろ西鉄柳川駅に到着後、タクシーで移動
 * され、柳川ホテル水明の7階（707〜712号室）にお泊まりの予定です): whoever reads it knows when and where to find them. A sentence that
 * puts someone up at a named lodging or a floor or room (STAY with STAY_PLACE), with a timed arrival or departure or a means of transport
 * in it or the sentence before; the dignitary (市長, 知事, 大使 …) may be named in another paragraph of the post (judged in `post`). A
 * lodging in general (市内のホテル), a public engagement (総会に出席します), a visit told as over (宿泊されました), and words that only hold
 * a title (知事杯, 市長賞, 市長室) are not one.
 */
const DIGNITARY = /(?:市長|知事|大臣|首相|総理|大統領|大使|総領事|領事|議長|国会議員|代議士|殿下|陛下|皇族|王族|要人|VIP|国賓|閣下)(?!杯|賞|室|選|部|公室|会見|答弁|部局|あて|宛|への手紙)/u
const STAY = /(?:お泊(?:ま)?り|ご?宿泊|泊ま(?:ら|り|る|っ|れ)|ご?滞在)(?!施設|者|料|プラン|客|税|券|費|予約|先の(?:ご)?(?:案内|確保|手配)|のご?案内)/u
/** A named lodging: a name and ホテル/旅館/荘 (either order), or a floor, a room or a suite. Group 1: the name before ホテル. */
const STAY_PLACE =
  /([^\s、。！？!?「」『』（）()の]{1,12})(?:ホテル|旅館|民宿|荘|ゲストハウス)|(?<!の)(?:ホテル|旅館)[ァ-ヴー一-龠々A-Za-z]{1,12}|御花|(?<![0-9])[0-9]{1,4} ?(?:号室|階)|最上階|スイート|貴賓室|離れ/u
/** A lodging in general, not a named one: 市内の, 近くの, 駅前 … before ホテル. */
const GENERIC_STAY = /^(?:市内|県内|都内|町内|近く|近隣|周辺|付近|近郊|駅前|各地|全国|ビジネス|シティ|リゾート|ラブ|カプセル|大型|高級|地元|当日|前泊|一般)$/u
const TIMED_MOVE =
  /(?:[0-9]{1,2}時(?:[0-9]{1,2}分|半)?|[0-9]{1,2}:[0-9]{2})(?:ごろ|頃|ころ|過ぎ|すぎ)?(?:に|には)?[、,]?[^。！？!?\n]{0,14}?(?:到着|着(?:か|き|く|い)|お着き|発(?:た|ち|つ)|出発|入(?:り|ら|る)|移動|向か|降り|乗(?:ら|り|る|っ))/u
const TRANSPORT = /タクシー|ハイヤー|公用車|専用車|送迎車|黒塗り|新幹線|特急|飛行機|(?<![0-9])[0-9]{1,4}便|ヘリ|(?:車|バス|電車|列車|船)で(?:移動|向か|来|入|到着|そのまま)/u
/** A visit told as over: the sentence ends in the past and the paragraph names no time to come. */
const TOLD_PAST = /(?:ました|でした)(?:ね|よ)?[。！!]?\s*$/u
const TO_COME = /予定|明日|明後日|あす|あさって|本日|今夜|今晩|今日|来週|来月|週末|翌日|当日/u

/** What `post` needs of a paragraph: whether it names a dignitary, and its sentences of movements and lodging (paragraph offsets). */
export interface SecurityFacts {
  dignitary: boolean
  movements: Span[]
  /** Weak spots inside a paragraph that is nothing but sayings in 「」 (judged in `post`: a swindler's words or not). */
  quotedWeak: Span[]
  /** Weak spots in a saying reported as what someone tells another to do (「…紙に書いて」と指示する): a trickster's words when the post names a fraud. */
  reportedWeak: Span[]
  /** The paragraph is nothing but sayings in 「」. */
  sayings: boolean
  /** The paragraph names a fraud (詐欺, 手口, 不審な電話), and with a word for what was said (言葉, 電話) for the paragraph before sayings. */
  scamNamed: boolean
  scamIntro: boolean
  /** The paragraph introduces what callers said (次のような電話が確認されています): blind R251W-021 kind. */
  callerIntro: boolean
  /** The paragraph says the city (or a bank, the police) never asks so (市の職員が…ことは絶対にありません). */
  staffNever: boolean
}

/**
 * Blind R228C-017 kind: a dignitary's way in or out told before the event: a timed departure or arrival through a side or back way that
 * the public does not use (午後5時40分に市役所裏口を出発し、…関係者通用口から会場入りする予定): whoever reads it knows where to wait. The
 * way must be a back, side or staff entrance; a public arrival (10時に正面玄関から入場) or a way told as over is not one.
 */
const SIDE_WAY = /裏口|裏門|通用口|通用門|勝手口|搬入口|楽屋口|職員(?:用)?(?:出)?入口|関係者(?:用|専用)?(?:の)?(?:出)?入り?口|地下駐車場|非常口|裏手から|裏側から/u
/** A clock time, then within the sentence a move (出られ, 到着, 入られる): bounded, at most 30 characters between. */
const SIDE_TIMED =
  /(?:[0-9]{1,2}時(?:[0-9]{1,2}分|半)?|[0-9]{1,2}:[0-9]{2})[^。！？!?\n]{0,30}?(?:到着|着(?:か|き|く|い)|お着き|発(?:た|ち|つ)|出発|出(?:ら|る|て)|入(?:り|ら|る)|移動|向か|降り|乗(?:ら|り|る|っ))/u
function findSideWays(t: string, out: Span[]): void {
  const ways = new RegExp(SIDE_WAY.source, 'gu')
  let k = 0
  for (let m = ways.exec(t); m && k < MAX_HITS; m = ways.exec(t), k++) {
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    if (out.some((o) => o.start === s.start)) continue
    const sentence = t.slice(s.start, s.end)
    if (!SIDE_TIMED.test(sentence) || !/出発|到着|会場入り|入ら|入り|入る|向か|移動|出られ|出る|出て|着か|降り|登庁|登院|入庁|帰庁|退庁/u.test(sentence.slice(m.index - s.start))) continue
    if ((TOLD_PAST.test(sentence) && !TO_COME.test(t)) || AWARENESS.test(sentence) || isAdvice(sentence) || /ください|お願い/u.test(sentence)) continue
    out.push(s)
  }
}

/**
 * Blind R399Y-035 kind: a dignitary's private start told before the day: a clock time and leaving their home (自宅を出て, 公邸を出発),
 * with the car or the thin escort named in the sentence or the next (公用車で, 同行は運転手のみ): whoever reads it knows where and when
 * to wait. A public engagement (10時に市役所を出発し式典に出席) names no home; a start told as over is not one.
 */
const HOME_LEFT = /(?:ご?自宅|私邸|公邸|官舎|宿舎)を(?:出発|出(?:ら|て|る|ま|発)|発(?:た|ち|つ))/u
const HOME_LEFT_TIMED = /(?:[0-9]{1,2}時(?:[0-9]{1,2}分|半)?|[0-9]{1,2}:[0-9]{2})[^。！？!?\n]{0,24}?(?:ご?自宅|私邸|公邸|官舎|宿舎)を/u
const ESCORT_THIN = /(?:同行|随行|同乗|警護|付き添い)(?:者)?(?:は|が)?[^。！？!?\n]{0,8}?(?:のみ|だけ|なし|無し|いない|いません|つかない|つきません)|(?:SP|警護|護衛)(?:は|が)?(?:なし|無し|つかない|つきません|いない|いません)/u
function findHomeDepartures(t: string, out: Span[]): void {
  if (!HOME_LEFT.test(t)) return
  const homes = new RegExp(HOME_LEFT.source, 'gu')
  let k = 0
  for (let m = homes.exec(t); m && k < MAX_HITS; m = homes.exec(t), k++) {
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    if (out.some((o) => o.start === s.start)) continue
    const sentence = t.slice(s.start, s.end)
    if (!HOME_LEFT_TIMED.test(sentence)) continue
    const after = s.end < t.length ? sentenceAround(t, s.end, s.end) : s
    if (!TRANSPORT.test(sentence) && !ESCORT_THIN.test(t.slice(s.start, after.end))) continue
    if ((TOLD_PAST.test(sentence) && !TO_COME.test(t)) || AWARENESS.test(sentence)) continue
    out.push(s)
  }
}

function findMovements(doc: Doc, has: Uint8Array): Span[] {
  const t = doc.squeezed.text
  const out: Span[] = []
  if (has[W.sideWay]) findSideWays(t, out)
  findHomeDepartures(t, out)
  if (!has[W.stay]) return out.map((s) => doc.fromSqueezed(s.start, s.end))
  if (!STAY.test(t)) return out.map((s) => doc.fromSqueezed(s.start, s.end))
  const stays = new RegExp(STAY.source, 'gu')
  let k = 0
  for (let m = stays.exec(t); m && k < MAX_HITS; m = stays.exec(t), k++) {
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    if (out.some((o) => o.start === s.start)) continue
    const sentence = t.slice(s.start, s.end)
    const place = STAY_PLACE.exec(sentence)
    if (!place || (place[1] !== undefined && GENERIC_STAY.test(place[1]))) continue
    const prev = s.start > 0 ? sentenceAround(t, s.start - 1, s.start - 1) : s
    const window = t.slice(prev.start, s.end)
    if (!TIMED_MOVE.test(window) && !TRANSPORT.test(window)) continue
    if (TOLD_PAST.test(sentence) && !TO_COME.test(t)) continue
    out.push(s)
  }
  return out.map((s) => doc.fromSqueezed(s.start, s.end))
}

function next(re: RegExp, t: string, first = false): RegExpExecArray | null {
  if (first) re.lastIndex = 0
  return re.exec(t)
}

/** A paragraph about a network: a bare キー or key in it is the network's key. */
/** Blind R233P-021 kind: a network called a line kept for guests or a meeting (ゲスト回線「YGW-MEETING」（キー：…）). */
const NETWORK = /ssid|wi-?fi|無線|ワイファイ|network|wlan|wireless|router|ネットワーク|(?:ゲスト|来客|来場者|来館者|会議|スタッフ|職員|利用者)(?:用|専用|向け)?の?回線/iu

/** The words of a pattern that is a plain alternation of words (a|b|c): it matches where one of them occurs, nowhere else. */
function wordsOf(re: RegExp): string[] {
  if (/[\\[\](){}.*+?^$]/u.test(re.source) || re.ignoreCase) throw new Error(`not a plain alternation of words: /${re.source}/`)
  return re.source.split('|')
}

/**
 * The questions a detector's guard asks of the whole paragraph, as lists of words, answered together by one
 * Aho–Corasick pass over the squeezed view (gate.ts) instead of a `.test` per guard per keystroke. A list either
 * spells out the guard's alternation word for word (its flag is the test it replaces: `あ[きくけい]` is あき, あく, あけ, あい)
 * or, where said, holds the words a pattern cannot match without (its flag only spares running the pattern).
 */
const SQUEEZED_WORDS = {
  /** A secret's word or what is done with it (the words of any case are in FOLDED_WORDS.secret). */
  secret: ['押', '入れ', '入る', 'はいる', '入室', '入館', '入っ', 'ログオン', '入力', '合わせ', '開', 'あき', 'あく', 'あけ', '解除', 'ログイン', 'サインイン', '認証', '情報', '呪文', 'パ', 'ぱす', 'ピーダブ', 'ピーアイエヌ', '合言葉', '合い言葉', 'あいことば', 'ワイファイ', '暗', 'あんしょう', '番号', 'コード', 'キー', 'ダイヤル', '数字', '錠', 'ロック', '鍵', '初期設定', '初期値', '初期状態', '共通', '初回', '初めて', 'はじめて', '最初', '出荷', 'デフォルト', '購入時', '納品時', '既定値', 'アドレス', 'ID'],
  /** What SECRET_KEY cannot match without (with FOLDED_WORDS.secretKey: its words in ASCII, of any case). */
  secretKey: ['パ', 'ぱす', 'ピーダブ', 'ピーアイエヌ', 'あんしょう', '合言葉', '合い言葉', 'あいことば', '暗', '番号', 'コード', 'キー', 'ナンバー', 'ダイヤル', '数字', '錠', 'ロック', '鍵', '情報', '文字', '呪文', 'ログイン', 'ユーザ', 'アカウント', 'サインイン', 'ワイファイ'],
  number: ['番号', 'コード', 'ナンバー', '数字'],
  lock: wordsOf(LOCK_NEAR),
  door: wordsOf(DOOR),
  typed: ['押', '入力', '入れ', '合わせ'],
  /** A device a derived code unlocks (DERIVED_CODE's other gate). */
  unlockDevice: ['端末', 'タブレット', 'パソコン', 'PC', 'iPad', 'iPhone', 'スマホ', 'アイパッド'],
  renewed: ['新', '変更後', '今度の', '今回の'],
  /** With FOLDED_WORDS.password: /暗証|パスワード|ぱすわーど|パス|ぱす|PW|PIN/iu. */
  password: ['暗証', 'パスワード', 'ぱすわーど', 'パス', 'ぱす'],
  keyPress: wordsOf(KEY_PRESS),
  /** What KANJI_KEY_SEQUENCE cannot match without (a kanji digit). */
  kanjiDigit: ['〇', '零', '一', '二', '三', '四', '五', '六', '七', '八', '九'],
  turn: ['右', '左'],
  dialLock: wordsOf(DIAL_LOCK),
  valueOpens: ['ログイン', 'サインイン', 'ログオン', '入り直', '入りなお', '開', 'あき', 'あく', 'あけ', 'あい', '解除', '解錠', '入れ', '入力', '打ち込'],
  /** What VALUE_OPENS's group 5 cannot match without (blind R248B-001 kind: 「…」と書いてあります). */
  written: ['書いて', '書かれて', '書いと', '書いちょ', '手書き', 'メモ', '記して', '記されて', '記載されて'],
  opens: ['開', 'あき', 'あく', 'あけ', 'あい', '解除', '解錠'],
  /** With FOLDED_WORDS.opensContext: /OPENS_CONTEXT/iu. */
  opensContext: ['錠', 'ロック', 'テンキー', 'ダイヤル', '金庫', 'ロッカー', '倉庫', '書庫', '保管庫', '扉', 'ドア', '通用口', '入口', '入り口', '裏口', '勝手口', '門', 'ゲート', 'キーボックス', '端末', 'タブレット', 'パソコン', 'スマホ', 'システム', '管理画面', 'アカウント', 'ログイン', 'サインイン', 'ユーザー', 'シャッター', '車庫', 'ガレージ', '操作盤', '制御盤'],
  hint: wordsOf(MAY_HINT),
  hintSecret: ['パス', '暗証', 'PIN', '番号', 'ナンバー', 'ダイヤル', '数字', 'コード', 'テンキー', '文字', '言葉'],
  /** What SECRET_HINT cannot match without: a word of each kind of HINT_SUBJECT (a lock's 番号, パス, 暗証, PIN, 解除コード). */
  hintSubject: ['金庫', 'キーボックス', '錠', 'ロッカー', 'テンキー', 'パス', '暗証', 'PIN', '解除', '鍵', 'カギ', '倉庫', '書庫', '保管庫', '扉', 'ドア', '通用口', '裏口', '勝手口', 'オートロック', 'セキュリティ', '文字', '言葉'],
  /** What ENTRY_BYPASS cannot match without: a staff pass's word, or a closing quote or a name said. */
  bypass: ['証', 'カード', 'キー', '」', '』', '名前', '氏名', '所属', '課名'],
  key: ['鍵', 'カギ', 'かぎ', 'キー', 'セキュリティカード', 'セキュリティーカード', '入館カード', '入室カード'],
  guard: [...wordsOf(GUARD), '巡回', '見回り', '見まわり', '夜回り', '巡視'],
  otherTimes: ['それ以外', 'その他', 'ほか', '他の', '以降', '以後', 'その後', 'より後', 'から後', '解散後', '終了後', 'その間', 'その合間', 'の間', 'の合間'],
  watch: ['パトロール', '巡回', '見回', '見まわ', '見て回', '巡視', '夜回り', '警備', '監視'],
  weakSpot: ['しか', 'だけ', 'のみ', '映らない', '映して', '映っ', '撮影して', 'カバーして', '写して', '死角', '生年月日', '誕生日', '番号', '名前', '氏名', '初期', '開設時', '作成時', '導入時', '設置時', '設定時', '最初', '当初', 'デフォルト', '出荷', '購入時', '誰でも', 'だれでも', '自由に', 'ノーチェック', 'フリーパス', '付箋', 'ふせん', 'メモ', '紙', 'ホワイトボード', '黒板', 'フォルダ', 'ファイル', 'ノート', '手帳', '台帳', '一覧', '引き出し', 'ひきだし', '机', 'デスク', 'キャビネット', 'ロッカー', 'エクセル', 'Excel', 'スプレッドシート', 'マット', '下敷き', 'キーボード', 'モニター', 'ディスプレイ', 'カレンダー'],
  filmed: ['映', '写', '撮', 'カバー', '範囲', '画角', '視野'],
  /** What WATCH_CAMERA cannot match without. */
  camera: ['カメラ'],
  /** What CAMERA_ONLY_AT cannot match without. */
  onlyAt: ['だけ', 'のみ', 'しか'],
  /** What FASTENED_ONLY cannot match without (a chain, a rope, a wire). */
  looseFastener: ['チェーン', '鎖', 'くさり', 'ロープ', 'ひも', '紐', 'ヒモ', '針金', 'はりがね', '結束バンド', 'ワイヤー', 'かんぬき', '閂', 'つっかえ棒', 'つっかい棒'],
  cameraOrSensor: ['カメラ', 'センサー'],
  /** What NO_ALARM_AT cannot match without (each alarm word holds one). */
  alarm: ['センサー', '警報', 'ブザー', 'カメラ', '機械警備', '警備システム', '警備装置', '防犯システム', '防犯装置', 'セキュリティ', 'セコム', 'ALSOK', 'アルソック'],
  /** What DUMMY_CAMERA cannot match without. */
  dummy: ['本物', 'ほんもの', 'ホンモノ', '本当に', '実際に', 'ちゃんと', 'きちんと', 'ダミー', '偽', 'にせもの', 'ニセ', '飾り', 'おかざり', 'フェイク', '模型', '模造', 'ハリボテ', '張りぼて', 'はりぼて'],
  round: ['巡回', '見回り', '見まわり', '巡視', '夜回り', 'パトロール', '警備'],
  broken: ['破損', '破れ', 'やぶれ', '壊れ', 'こわれ', '倒れ', '外れ', '穴が', '隙間', '開いたまま', '開けっ放し'],
  getIn: ['出入り', '入れ', '入る', '侵入', '立ち入', '通り抜け'],
  empty: ['無人', '誰も', 'だれも', '人が', '職員が', '職員も', 'ひとりも', '一人も', '1人も', '独りも', '空っぽ', 'もぬけ', '手薄', '目が'],
  noLogin: ['なし', '無し', '不要', 'かかっていない', 'かかっておらず', '設定'],
  seen: ['見え', '見られ', '閲覧', 'アクセス', '入れ', 'ログイン', '開け', '丸見え'],
  device: ['カメラ', 'センサー', '警報', 'ベル', 'ロック', '錠', '鍵', 'カギ', '口', '窓', '扉', 'ドア', '門', 'セキュリティ', '警備'],
  /** What LEFT_OPEN cannot match without (its states: left open, not locked, a door stop). */
  leftOpen: ['開け', 'あけ', '開い', 'あい', '開放', 'かけず', '掛けず', 'かけない', '掛けない', 'かけん', '締めず', 'しめず', '閉めず', '締めない', 'しめない', '閉めない', '施錠', 'ロックせず', 'ロックしない', 'ロックしておらず', 'ロックされ', 'ストッパー'],
  /** What PRIVATE_IP cannot match without (a dot between digits is kept by squeezing). */
  privateIp: ['10.', '192.', '172.'],
  /** What SHARE_PATH cannot match without. */
  sharePath: ['\\', '¥', 'file:/'],
  /** What HOST_NAME cannot match without (each of its keywords holds one). */
  hostName: ['名', '共有', 'サーバ', 'NAS'],
  /** What KEEPER_AWAY cannot match without. */
  keeper: wordsOf(KEEPER_WORD),
  /** What POLICE_AWAY cannot match without. */
  police: ['交番', '駐在所', '派出所', '警察官', 'お巡りさん', 'おまわりさん', '駐在さん'],
  /** What THIN_STAFF cannot match without. */
  thinStaff: [...wordsOf(STAFF_WORD), '体制', '態勢', 'ワンオペ'],
  /** What STAY cannot match without; DIGNITARY's words. */
  stay: ['泊', '滞在'],
  /** What SIDE_WAY cannot match without. */
  sideWay: ['裏口', '裏門', '通用', '勝手口', '搬入口', '楽屋口', '入口', '入り口', '地下駐車場', '非常口', '裏手から', '裏側から'],
  dignitary: ['市長', '知事', '大臣', '首相', '総理', '大統領', '大使', '領事', '議長', '国会議員', '代議士', '殿下', '陛下', '皇族', '王族', '要人', 'VIP', '国賓', '閣下'],
  /** Any ASCII letter (a paragraph without one has no word of FOLDED_WORDS). */
  letter: [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'],
} satisfies Record<string, readonly string[]>

/**
 * Words of patterns with the `i` flag, lower-cased, looked up in the folded view (the squeezed one with ASCII capitals
 * lower-cased, same length; nothing else folds to an ASCII letter): ASCII words only, so a word occurs there exactly
 * where the pattern finds it in any case.
 */
const FOLDED_WORDS = {
  /** With SQUEEZED_WORDS.secret: /passcode|key|code|combination|wi-?fi|無線LAN|p ?[aiw]|ID|user|login|SSID/i. */
  secret: ['passcode', 'key', 'code', 'combination', 'wifi', 'wi-fi', '無線lan', 'pa', 'pi', 'pw', 'p a', 'p i', 'p w', 'id', 'user', 'login', 'ssid'],
  secretKey: ['pa', 'p a', 'pw', 'p w', 'pi', 'p i', 'key', 'code', 'combination', 'user', 'login', 'ssid', 'id', 'wifi', 'wi-fi', '無線lan'],
  password: ['pw', 'pin'],
  opensContext: ['lock', 'keypad', 'key pad', 'locker', 'door', 'pc', 'ipad', 'id'],
  /** What MAY_HOST cannot match without (a dot before a letter is kept by squeezing). */
  host: ['.local', '.lan', '.internal', '.intra', '.corp', '.lgwan', 'localhost:', 'http'],
  /** What EN_KEY_KEPT cannot match without. */
  enKey: ['key'],
} satisfies Record<string, readonly string[]>

/** Index of each list of `lists` in the flags `found` gives; `found(text)`: 1 for each list with a word in `text`. */
function wordFlags<K extends string>(lists: Record<K, readonly string[]>): { index: Record<K, number>; found: (text: string) => Uint8Array } {
  const keys = Object.keys(lists) as K[]
  const index = Object.fromEntries(keys.map((k, i) => [k, i])) as Record<K, number>
  // Its tables are built on the first check (gate.ts: prepareGates).
  const gate = new NeedGate(() => keys.map((k) => lists[k]))
  return {
    index,
    found(text) {
      const out = new Uint8Array(keys.length)
      for (const i of gate.tries(text)) out[i] = 1
      return out
    },
  }
}
const SQUEEZED = wordFlags(SQUEEZED_WORDS)
const W = SQUEEZED.index
const FOLDED = wordFlags(FOLDED_WORDS)
const F = FOLDED.index
const NO_FOLDED_WORDS = new Uint8Array(Object.keys(FOLDED_WORDS).length)

/** Every match of `re` (a share path, an intranet host) in the norm view, as an internal host. */
function internalHosts(re: RegExp, doc: Doc, emit: (f: DraftFinding) => void): void {
  const t = doc.norm.text
  for (let m = next(re, t, true); m; m = next(re, t)) {
    const { start, end } = doc.fromNorm(m.index, m.index + m[0].length)
    emit({ rule: 'security/internal-host', start, end })
  }
}

function privateIp(ip: string): boolean {
  const o = ip.split('.').map(Number)
  if (o.length !== 4 || o.some((n) => n > 255)) return false
  if (o[0] === 172) return o[1]! >= 16 && o[1]! <= 31
  return true
}

/**
 * Team R8-028 kind: a network's name and its key as a bare pair, pointed at with an arrow or a colon in a post about Wi-Fi (スタッフ用の
 * ほうが速いから、こっそりこっち使ってね→ yngw-staff / Sage🎎mon2024): the key is a word of letters and digits, here and there broken by an
 * emoji so a filter will not see it; it is still the key. The name is letters (and _ . -), the key mixes letters and digits once the emoji
 * are taken out, and Wi-Fi or a network is named in the sentence or the one before. A pair in running text with no pointer (Wi-Fi / LAN2
 * の比較) and one in a lesson (パスワードは…のように作りましょう) are not this.
 */
const NETWORK_PAIR =
  /(?:→|⇒|➡|:|：|は)\s?([A-Za-z][A-Za-z0-9_.-]{2,31}) ?[/／] ?((?:[!-.0-~]|\p{Extended_Pictographic}|\uFE0F|\u200D){6,48})(?![!-~])/gu
function findNetworkPair(doc: Doc, emit: (f: DraftFinding) => void): void {
  const t = doc.norm.text
  for (const m of t.matchAll(NETWORK_PAIR)) {
    const key = m[2]!.replace(/[^!-~]/gu, '')
    if (key.length < 6 || !/[A-Za-z]/u.test(key) || !/[0-9]/u.test(key) || /^https?/iu.test(m[1]!)) continue
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    const around = t.slice(Math.max(0, s.start - 80), s.end)
    if (!NETWORK.test(around) || AWARENESS.test(t.slice(s.start, s.end)) || isAdvice(t.slice(s.start, s.end))) continue
    const { start, end } = doc.fromNorm(m.index + m[0].indexOf(m[1]!), m.index + m[0].length)
    emit({ rule: 'security/credential', start, end, data: { label: 'Wi-Fi' } })
  }
}

/**
 * Blind R231Q-023 kind: the text a Wi-Fi QR code holds, pasted as is (WIFI:S:SAGEMON-HQ;T:WPA;P:hina0311tsurushi;;): its P: field is the
 * network's key in the clear. Each field ends at its ; (bounded: at most five fields of 64 characters before P:). A field with no value
 * (P:;) or a placeholder (P:パスワード, P:xxxx) in a lesson on the format is not one.
 */
const WIFI_QR = /WIFI:(?:[^;\n]{0,64};){0,5}?P:((?:[^;\\\n]|\\.){4,63});/giu
const WIFI_QR_PLACEHOLDER = /^(?:パスワード|password|pass|x+|\*+|\.+|…+|〇+|○+|＊+|ｘ+)$/iu
function findWifiQr(doc: Doc, emit: (f: DraftFinding) => void): void {
  const t = doc.norm.text
  for (let m = next(WIFI_QR, t, true), n = 0; m && n < MAX_HITS; m = next(WIFI_QR, t), n++) {
    if (WIFI_QR_PLACEHOLDER.test(m[1]!) || /[<>{}［］\[\]]/u.test(m[1]!)) continue
    const s = sentenceAround(t, Math.max(0, m.index - 1), m.index)
    if (AWARENESS.test(t.slice(s.start, m.index))) continue
    const at = m.index + m[0].length - m[1]!.length - 1
    const { start, end } = doc.fromNorm(at, at + m[1]!.length)
    emit({ rule: 'security/credential', start, end, data: { label: 'Wi-Fi' } })
  }
}

/**
 * Blind R261D-012 kind: the window when the network's defences are off, announced (11月16日0時〜5時は、ファイアウォールとウイルス対策
 * サーバーを停止して作業を行います。この間、庁内端末の通信監視は行われません): a firewall, an antivirus or intrusion system or the watch on
 * traffic said to be stopped or disabled, with the hours in the sentence, or the watch said to be off in that time: whoever reads it knows
 * when to attack. A public service stopped for maintenance (電子申請サービスを停止します), advice not to disable the antivirus
 * (ウイルス対策ソフトを停止しないでください) and a defence named with no stop or no time stay clean.
 */
const DEFENCE_DEVICE = '(?:ファイアウォール|ファイヤーウォール|ファイアーウォール|ウイルス対策|ウィルス対策|アンチウイルス|ウイルス検知|侵入検知|侵入防止|IDS|IPS|UTM|セキュリティ(?:ソフト|装置|機器|監視)|通信監視|ログ監視|不正アクセス(?:の)?監視)'
const DEFENCE_OFF = new RegExp(
  `${DEFENCE_DEVICE}[^。！？!?\\n]{0,24}?(?:停止|止め|止ま|オフに|無効に|無効化|切断|解除)(?:し|させ|され|いたし|する|します|して|中|と)(?!な(?:い|かっ)|ません|ちゃ(?:だめ|ダメ|いけ))`,
  'gu',
)
/** …and the watch said to be off in that time (この間、…通信監視は行われません). */
const WATCH_OFF = /(?:この間|その間|作業中|停止中|時間帯)[^。！？!?\n]{0,30}?(?:監視|検知|防御)(?:は|が|も)?(?:行われ|行い|行え|され|でき|機能し|働き)(?:ません|ない|ず)/u
function findDefenceOff(doc: Doc, emit: (f: DraftFinding) => void): void {
  const t = doc.norm.text
  for (let m = next(DEFENCE_OFF, t, true), n = 0; m && n < MAX_HITS; m = next(DEFENCE_OFF, t), n++) {
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    const sentence = t.slice(s.start, s.end)
    const after = t.slice(s.end, Math.min(t.length, s.end + 80))
    if (AWARENESS.test(sentence) || isAdvice(sentence)) continue
    if (!CLOCK_TIMES.test(sentence) && !(CLOCK_EXACT.test(sentence) && WATCH_OFF.test(after))) continue
    const { start, end } = doc.fromNorm(m.index, m.index + m[0].length)
    emit({ rule: 'security/weakness', start, end })
  }
}

/**
 * Blind R317C-058 kind: where the city's account sends its one-time sign-in code, told as a named staff member's phone or mail (確認コードは
 * 広報係長の携帯に届く設定です, 二段階認証のSMSは課長の私用スマホに来ます, 係長のスマホに認証コードが届くので): whoever reads it knows whose
 * phone to take over or whom to fool into reading it out. The code or the two-step login named, and the phone or the mail of a post or a
 * person (係長, 課長, …さん) it goes to; a generic 担当者 names no one. A reader's own phone (ご登録の携帯電話に届きます) and advice are not this. Bounded gaps.
 */
const TWO_FACTOR_WORD =
  '(?:(?:確認|認証|ログイン|サインイン|セキュリティ|ワンタイム|SMS)(?:用の?)?(?:コード|番号)|ワンタイムパスワード|(?:二|2)(?:段階|要素)認証(?:の(?:コード|通知|番号|SMS|メール))?|SMS認証(?:の(?:コード|通知|番号))?|認証(?:用の?)?(?:SMS|メール)|ログイン(?:の)?(?:通知|確認))'
const STAFF_DEVICE =
  '(?:係長|課長|部長|室長|所長|館長|局長|主査|主任|主事|市長|副市長|さん|くん|君)の(?:個人(?:の|用の?)?|私用の?|私物の?|業務用の?)?(?:携帯(?:電話)?|スマホ|スマートフォン|ケータイ|電話|iPhone|アイフォン|メール(?:アドレス)?|アドレス|LINE)'
const TWO_FACTOR_ROUTED = new RegExp(
  `${TWO_FACTOR_WORD}(?:は|が|も)[、,]?[^。！？!?\\n]{0,20}?${STAFF_DEVICE}(?:に|へ|宛て?に?)(?:[^。！？!?\\n]{0,4}?)(?:届|送られ|送信され|来|飛|転送され|入)` +
    `|${STAFF_DEVICE}(?:に|へ)[^。！？!?\\n]{0,10}?${TWO_FACTOR_WORD}(?:が|は|も)(?:届|送られ|送信され|来|飛|転送され|入)`,
  'gu',
)
function findTwoFactorRoute(doc: Doc, emit: (f: DraftFinding) => void): void {
  const t = doc.squeezed.text
  if (!/コード|番号|認証|パスワード|通知|確認/u.test(t) || !/携帯|スマ|ケータイ|電話|iPhone|アイフォン|メール|アドレス|LINE/u.test(t)) return
  for (const m of hitsOf(TWO_FACTOR_ROUTED, t)) {
    const sentence = sentenceText(t, m.index, m.index + m[0].length)
    if (AWARENESS.test(sentence) || PUBLIC_OWN.test(sentence) || /ご登録|ご自身|登録した|登録済み|各自/u.test(sentence)) continue
    const end = kanaTail(t, m.index + m[0].length, 6)
    const span = doc.fromSqueezed(m.index, end)
    emit({ rule: 'security/weakness', start: span.start, end: span.end })
  }
}

/**
 * Blind R321C-004 kind: the hidden way into a machine's staff side told by the gesture that opens it (証明書自動交付機の管理者メニューは、画面
 * 右下を5秒長押しすると出てきます; 3回タップすると保守モードに入れます; ボタンを押しながら電源を入れるとメンテナンス画面が開きます): whoever
 * reads it can bring up the menu at the machine. The staff side is named (管理者メニュー, 管理画面, 保守モード, メンテナンス画面, 係員メニュー;
 * not a settings menu, a developer mode or a secret menu item of a shop), and a press held, repeated or combined, then it appearing. The
 * reader's own device and advice are not this. Bounded.
 */
const STAFF_MODE = '(?:管理者|管理|保守|保守点検|メンテナンス|係員|職員(?:用|専用)|技術者|サービスマン|マスター)(?:用)?の?(?:メニュー|モード|画面|設定画面)'
const OPEN_GESTURE =
  '(?:[0-9０-９一二三四五六七八九十]{1,2}秒(?:間)?(?:以上)?(?:長押し|押し続け|押したまま)|長押し|同時(?:に)?押し|押しながら|[0-9０-９一二三四五六七八九十]{1,2}回(?:連続(?:で)?|続けて)?(?:タップ|押|クリック|叩|触|タッチ)|連打|(?:右|左)(?:上|下)(?:の)?(?:隅|角|端)(?:を|に)(?:タップ|押|触|タッチ))'
const MODE_APPEARS = '(?:出て|出ま|出る|表示され|表示します|開き|開く|開け|入れ|入り|切り替わ|起動し|起動する|なり|なる)'
const HIDDEN_ADMIN = new RegExp(
  `(${STAFF_MODE})(?:は|が|も|へは|には)[、,]?[^。！？!?\\n]{0,30}?${OPEN_GESTURE}[^。！？!?\\n]{0,12}?${MODE_APPEARS}` +
    // The way in as the topic (管理者モードの出し方は、ロゴを10回連続でタップするだけです): the gesture is the answer.
    `|(${STAFF_MODE})(?:に入るには|へ入るには|を(?:出す|開く|表示する)には|の(?:出し方|開き方|入り方)は)[、,]?[^。！？!?\\n]{0,30}?${OPEN_GESTURE}` +
    `|${OPEN_GESTURE}[^。！？!?\\n]{0,12}?(?:と|で|すると|すれば|したら|ば)[、,]?(${STAFF_MODE})(?:が|に|へ|を)[^。！？!?\\n]{0,6}?${MODE_APPEARS}`,
  'gu',
)
/** A public app or web service (アプリ, マイページ, マイナポイント, ポータル, 公式LINE): the reader's own screens. */
const PUBLIC_APP = /アプリ|マイページ|マイナポ|ポータル|サイト|ホームページ|LINE|インスタ|Instagram|Facebook|ブラウザ/iu
function findHiddenAdmin(doc: Doc, emit: (f: DraftFinding) => void): void {
  const t = doc.squeezed.text
  if (!/メニュー|モード|画面/u.test(t) || !/押|タップ|クリック|叩|触|タッチ|連打/u.test(t)) return
  for (const m of hitsOf(HIDDEN_ADMIN, t)) {
    const sentence = sentenceText(t, m.index, m.index + m[0].length)
    if (AWARENESS.test(sentence) || READER_DEVICE.test(sentence) || PUBLIC_OWN.test(sentence) || isAdvice(sentence)) continue
    // Review rsec59 kind: a public app's or web service's own screen (マイナポイントの管理画面は、右上のアイコンを2回タップすると開きます):
    // the reader's own, not a machine's staff side. A machine or a staff word in the sentence keeps it one.
    if (PUBLIC_APP.test(sentence) && !/機|端末|盤|装置|職員|係員|管理者メニュー|保守/u.test(sentence)) continue
    const end = kanaTail(t, m.index + m[0].length, 6)
    const span = doc.fromSqueezed(m.index, end)
    emit({ rule: 'security/credential', start: span.start, end: span.end, data: { label: `${(m[1] ?? m[2] ?? m[3])!}の出し方` } })
  }
}

// ---------- what lets someone in or take something, told in plain words (blind R381E kinds) ----------

/**
 * Blind R381E-026 kind: a network's key named 鍵 or カギ (Wi-Fiを「…」に切り替えて、鍵は ｍ ａ ｄ ｏ ２ ０ ２ ５ ！ を入れて), as a bare キー
 * is in a paragraph about a network (NETWORK): the value after it, in any spelling valueAfter reads, is the key. Not a key to a door
 * (合鍵, 予備の鍵: no value follows them), a sample (EXAMPLE_AFTER, EXAMPLE_BEFORE) or a lesson without a statement of it.
 */
const NETWORK_KEY_WORD = /(?<![合備])(?:鍵|カギ)(?=\s?(?:は|が|も|って|[:=→]))/gu
function findNetworkKeyWord(doc: Doc, emit: (f: DraftFinding) => void): void {
  const t = doc.squeezed.text
  if (!/鍵|カギ/u.test(t) || !NETWORK.test(t)) return
  for (const m of hitsOf(NETWORK_KEY_WORD, t)) {
    const v = valueAfter(t, m.index + m[0].length, false)
    if (!v || EXAMPLE_AFTER.test(t.slice(v.end, v.end + 28)) || EXAMPLE_BEFORE.test(t.slice(Math.max(0, v.at - 10), v.at))) continue
    const s = sentenceAround(t, m.index, v.end)
    if (CLASS_OF_SECRETS.test(t.slice(Math.max(0, m.index - 14), m.index)) || !NETWORK.test(t.slice(Math.max(0, s.start - 120), s.end))) continue
    const span = doc.fromSqueezed(m.index, v.end)
    emit({ rule: 'security/credential', start: span.start, end: span.end, data: { label: m[0] } })
  }
}

/**
 * Blind R381E-003 kind: a staff login told as how it is made, with no word for the secret (ログインの仕方が変わります。新しいのは職員番号の
 * うしろに「yng」と今月の数字をくっつけるだけ; 職員番号＋yng06 で入れます): a staff member's own number or birthday with a literal put after
 * or before it, or joined to it by a plus sign. A login or a device one signs in to must be named in the sentence or just before it; an
 * ID, a user name or a mail address so made is no secret (LOGIN_NAME_MADE), nor the public's own account (PUBLIC_OWN, READER_SERVICE) or a
 * lesson (AWARENESS). Bounded.
 */
const STAFF_FACT = '(?:職員番号|社員番号|職員コード|生年月日|誕生日|内線番号)'
const LOGIN_FACT_AFFIXED = new RegExp(
  `${STAFF_FACT}の?(?:あとに|後に|後ろに|うしろに|前に|頭に|最後に|末尾に|先頭に|お尻に|おしりに)\\s?(?:(?:小文字|大文字|半角|全角)で\\s?)?[「『"]?[A-Za-z0-9!#$%&*\\-_.@]{2,16}[」』"]?\\s?(?:と[^。！？!?\\n「」]{1,12}?)?を?(?:付け|つけ|くっつけ|足し|たし|加え|くわえ|続け|並べ)` +
    `|${STAFF_FACT}\\s?\\+\\s?[「『"]?[A-Za-z0-9!#$%&*\\-_.@]{2,16}`,
  'gu',
)
const LOGIN_PLACE = /ログイン|サインイン|ログオン|入り方|端末|パソコン|(?<![A-Za-z])PC(?![A-Za-z])|タブレット|システム|グループウェア/u
const LOGIN_NAME_MADE = /(?<![A-Za-z])(?:ID|id)(?![A-Za-z])|ユーザー?名|アカウント名|メール|アドレス|ファイル名|フォルダ名/u
function findLoginMadeOfFact(doc: Doc, emit: (f: DraftFinding) => void): void {
  const t = doc.squeezed.text
  if (!/番号|生年月日|誕生日|職員コード/u.test(t)) return
  for (const m of hitsOf(LOGIN_FACT_AFFIXED, t)) {
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    const sentence = t.slice(s.start, s.end)
    const near = t.slice(Math.max(0, s.start - 120), s.end)
    if (!LOGIN_PLACE.test(near) || LOGIN_NAME_MADE.test(sentence) || AWARENESS.test(sentence) || PUBLIC_OWN.test(sentence) || READER_SERVICE.test(near)) continue
    const span = doc.fromSqueezed(m.index, m.index + m[0].length)
    emit({ rule: 'security/credential', start: span.start, end: span.end, data: { label: 'ログイン情報' } })
  }
}

/** A guard-schedule finding over the sentence at squeezed `s`, without its leading space and final mark (as findPhysical tells one). */
function emitSentence(doc: Doc, s: Span, emit: (f: DraftFinding) => void, data: Record<string, string>): void {
  const out = doc.fromSqueezed(s.start, s.end)
  const raw = doc.raw.slice(out.start, out.end)
  const lead = raw.length - raw.trimStart().length
  const trail = /[。！!？?\n]\s*$/u.exec(raw.trimEnd())?.[0].length ?? 0
  emit({ rule: 'security/guard-schedule', start: out.start + lead, end: out.start + raw.trimEnd().length - trail, data })
}

/**
 * Blind R381E-010 kind: an office's inner room said to be left with no one in it for a time told in the sentence or the one before
 * (13時から15時までは…。奥の戸籍係の部屋もその間は誰もいなくなります; 昼休みの12時から13時は事務室が無人になります): whoever reads it knows
 * when the back of the office stands open. Not a room offered to use (ご自由に, ご利用), a case put (場合, とき), a past day (いませんでした),
 * a counter (窓口: its hours are a notice) or advice. Bounded.
 */
const OFFICE_ROOM = '(?:(?:係|課|班|奥|裏|職員|事務)の?部屋|事務室|執務室|書庫|金庫室|会計室|保管室|資料室|電算室|作業室|控室|控え室|宿直室|バックヤード)'
const ROOM_LEFT_EMPTY = new RegExp(
  `${OFFICE_ROOM}(?:は|も|に|には|にも|の中は|の中も)?[、,]?[^。！？!?\\n]{0,16}?(?:(?:誰|だれ)も(?:いなくな|居なくな|いません|いない|居ない|おらん|おりません|おらず)|(?:ひとり|一人|1人)も(?:いなくな|いません|いない|おらず|おりません)|無人(?:に|と)?(?:なり|なる|です|だ|状態|になっ)|(?:空っぽ|からっぽ|もぬけの殻)(?:に|と)?(?:なり|なる|です|だ|状態|になっ))`,
  'gu',
)
const ROOM_EMPTY_WHEN = /[0-9]{1,2}時|[0-9]{1,2}:[0-9]{2}|[〇零一二三四五六七八九十]{1,3}時|昼休み|夜間|閉庁後|終業後|退庁後/u
const ROOM_EMPTY_NOT = /ご自由|ご利用|お使い|どうぞお入り|空いて|予約|貸し?出|窓口(?:に|は|が)/u
function findRoomLeftEmpty(doc: Doc, emit: (f: DraftFinding) => void): void {
  const t = doc.squeezed.text
  if (!/誰も|だれも|無人|ひとりも|一人も|1人も|空っぽ|からっぽ|もぬけの殻/u.test(t)) return
  for (const m of hitsOf(ROOM_LEFT_EMPTY, t)) {
    const end = kanaTail(t, m.index + m[0].length, 8)
    const after = t.slice(end, end + 8)
    if (/^(?:でした|かった)|^[^。！？!?\n]{0,3}?(?:場合|とき|時は|なら|ように|ことが|かどうか|か[。？?])/u.test(after) || /(?:ました|でした|かった)$/u.test(t.slice(m.index, end))) continue
    const s = sentenceAround(t, m.index, end)
    const sentence = t.slice(s.start, s.end)
    // The time in this sentence, or in the one before it when this one names it back (その間, その時間).
    const before = s.start > 0 ? sentenceText(t, Math.max(0, s.start - 2), Math.max(0, s.start - 2)) : ''
    if (!(ROOM_EMPTY_WHEN.test(sentence) || (/その間|その時間|その後/u.test(sentence) && ROOM_EMPTY_WHEN.test(before)))) continue
    const stated = statedPart(t, s, end)
    if (ROOM_EMPTY_NOT.test(t.slice(s.start, end)) || SAFETY_ADVICE.test(stated) || AWARENESS.test(stated) || deniedRumour(t, m.index, end)) continue
    emitSentence(doc, s, emit, guardData('empty', '職員'))
  }
}

/**
 * Blind R381E-031 kind: an office's own camera, named bare (市民課のカメラ, ロビーのカメラ, 天井のカメラ), said not to film a spot of the
 * room (カメラは入口の自動ドアの方を向いているので、奥の記載台とカウンターの間は映っていない): a watch camera's blind spot as 防犯カメラ's
 * is, where the paragraph names neither a watch camera nor a crime (those are read in findPhysical). Not a stream or a photo (配信, 中継,
 * 撮影会), a meeting room's or a classroom's web camera (会議室のカメラ), privacy kept (顔, トイレ, 更衣室), nor advice in the statement itself. Bounded.
 */
const OFFICE_CAMERA = /(?:課|係|(?<!会議|教|研修|講義|視聴覚|相談)室|庁舎|本庁|支所|出張所|窓口|ロビー|フロア|館内|庁内|カウンター|受付|天井|玄関|事務所)の(?:天井の)?カメラ(?![ァ-ヴー])/u
const CAMERA_NOT_WATCH = /配信|中継|オンライン|リモート|ライブ|撮影会|記念撮影|写真|動画|テレビ|取材|トイレ|更衣室|授乳室|浴室/u
function findOfficeCameraGap(doc: Doc, emit: (f: DraftFinding) => void): void {
  const t = doc.squeezed.text
  if (!OFFICE_CAMERA.test(t) || WATCH_CAMERA.test(t) || CRIME_SCENE.test(t) || LIVE_CAMERA.test(t) || CAMERA_NOT_WATCH.test(t)) return
  for (const m of hitsOf(NOT_FILMED, t)) {
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    if (!OFFICE_CAMERA.test(t.slice(Math.max(0, s.start - 120), s.end))) continue
    if (FILMED_PRIVACY.test(t.slice(Math.max(s.start, m.index - 12), m.index)) || /^[^。！？!?\n]{0,4}よう/u.test(t.slice(m.index + m[0].length))) continue
    const stated = statedPart(t, s, m.index + m[0].length)
    if (SAFETY_ADVICE.test(stated) || AWARENESS.test(stated) || /故障|壊れ|電源|停止|修理|点検|工事/u.test(t.slice(s.start, s.end))) continue
    const from = t.slice(s.start, m.index).search(/[^\s・●■◆\-①-⑳]/u)
    const start = from < 0 ? m.index : s.start + from
    const span = doc.fromSqueezed(start, kanaTail(t, m.index + m[0].length, 6))
    emit({ rule: 'security/weakness', start: span.start, end: span.end })
  }
}

/**
 * Blind R381E-059 kind: cards, forms or vouchers the city holds moved on a set day or hour, or by so few staff (J-LISから届いたマイナンバー
 * カードを毎週火曜の朝9時ごろ公用車で出張所から本庁まで運んでいます, 証明書用紙は毎月第1月曜に職員1人で支所へ搬送): the same routine as cash
 * carried to the bank (CASH_MOVED), told to whoever would wait for it. The thing carried, then a verb of carrying it; the day, the hour
 * or the head count in the sentence (CASH_WHEN). Not the public's pick-up or a mailing (お渡し, 受け取り, 郵送), advice or a past day.
 */
const VALUABLE_HELD =
  '(?:マイナンバーカード|個人番号カード|住基カード|住民基本台帳カード|在留カード|パスポート|旅券|印鑑登録証|証明書の?用紙|(?:改ざん|偽造)防止用紙|公印|職印|商品券|金券|ギフト券|収入印紙|有価証券|(?:未交付|交付前)の?カード)'
const VALUABLE_MOVED = new RegExp(
  `${VALUABLE_HELD}(?:等|など|類)?(?:の(?:搬送|輸送|運搬|移送)|(?:を|は)[、,]?[^。！？!?\\n]{0,30}?(?:搬送|輸送|運搬|移送|運ん|運び|運ぶ|持って(?:行|い)|移して))`,
  'gu',
)
const VALUABLE_NOT_MOVED = /郵送|発送|送付|書留|宅配|配達|お渡し|受け取り|受取|お受け|ご来庁|ご持参|お持ち|予約|申請|募集|求人|盗難|紛失/u
function findValuablesMoved(doc: Doc, emit: (f: DraftFinding) => void): void {
  const t = doc.squeezed.text
  if (!/搬送|輸送|運搬|移送|運|持って|移し/u.test(t)) return
  for (const m of hitsOf(VALUABLE_MOVED, t)) {
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    const sentence = t.slice(s.start, s.end)
    if (!CASH_WHEN.test(sentence) || VALUABLE_NOT_MOVED.test(sentence) || AWARENESS.test(sentence) || /(?:ました|でした)[。！!]?\s*$/u.test(sentence)) continue
    emitSentence(doc, s, emit, { guard: '担当職員', watch: 'カードや証明書用紙などを運ぶ日時や人数', safe: '重要物品は複数の職員で安全に取り扱っています' })
  }
}

/**
 * Blind R390P-020 kind: the takings collected on a set day, at a set hour or by so few staff, the collection named as one word (精算機の売上回収は
 * 毎週月曜の朝8時に職員が1人で回ります, 現金の回収は毎日17時, 料金箱の集金は火曜と金曜): the same routine as cash carried to the bank
 * (CASH_MOVED), told to whoever would wait for it. Not the public's payment or a counter's notice (CASH_MOVED's exclusions), advice or a past day.
 */
const CASH_COLLECTED = /(?:現金|公金|売上金?|売り上げ金?|売上げ金?|収納金|釣り?銭|つり銭|硬貨|料金箱|集金箱)(?:の)?(?:回収|集金)/gu
/**
 * Blind R390P-045 kind: spots of the watch cameras, or a count of them, said to be dummies (薬局の角と駐車場の1本は予算の都合で中身のない
 * ダミーなので, 東口の2基は飾りです): where the watch is not. A count (台, 本, 基, か所) or a spot's word before the particle; the dummy
 * word as what they are, not denied or compared (DUMMY_CAMERA's lookahead). Not a camera exhibit, a sale or a subsidy.
 */
const DUMMY_AT_SPOT = new RegExp(
  '(?:(?<![0-9０-９])[0-9０-９一二三四五六七八九十]{1,3}(?:台|本|基|か所|カ所|ヶ所|箇所)|角|(?<![以事午直目寸手])前|横|脇|側|口|門|裏|棟|駐車場|駐輪場|通路|入口|出口|電柱|街灯)(?:は|が|も)[、,]?[^。！？!?\\n「」『』]{0,16}?' +
    DUMMY_WORD +
    '(?![^。！？!?\\n]{0,2}?(?:では|じゃ|でな|でも|と(?:違|ちが|は|の)|との|より|を|に(?:見|み)|か(?:どうか|[。？?！!]|$)))',
  'gu',
)
/** Not a watch told: a camera exhibit, a sale or a subsidy; dummies since replaced (本物に交換しました). */
const DUMMY_NOT_WATCH = /展示|展覧|販売|商品|購入|補助|助成|ホームセンター|通販|交換|取り替|取り換|入れ替|付け替|本物に/u
function findDummyAtSpot(doc: Doc, emit: (f: DraftFinding) => void): void {
  const t = doc.squeezed.text
  if (!/カメラ|センサー/u.test(t)) return
  for (const m of hitsOf(DUMMY_AT_SPOT, t)) {
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    const sentence = t.slice(s.start, s.end)
    if (!WATCH_DEVICE.test(t.slice(Math.max(0, s.start - 120), s.end)) || LIVE_CAMERA.test(sentence) || DUMMY_NOT_WATCH.test(sentence)) continue
    if (isAdvice(sentence) || AWARENESS.test(sentence) || deniedRumour(t, m.index, m.index + m[0].length)) continue
    const span = doc.fromSqueezed(m.index, kanaTail(t, m.index + m[0].length, 6))
    emit({ rule: 'security/weakness', start: span.start, end: span.end })
  }
}
/** The cash collection and the dummy cameras' spots (the kinds above), in one call. */
function findWatchAndCashGaps(doc: Doc, emit: (f: DraftFinding) => void): void {
  const t = doc.squeezed.text
  if (/回収|集金/u.test(t)) {
    for (const m of hitsOf(CASH_COLLECTED, t)) {
      const s = sentenceAround(t, m.index, m.index + m[0].length)
      const sentence = t.slice(s.start, s.end)
      // A past collection told once is no routine; one decided from now on (…回ることになりました, 今月から…) is.
      const once = /(?:ました|でした)[。！!]?\s*$/u.test(sentence) && !/毎|隔週|ことに(?:なり|し)|から/u.test(sentence)
      if (!CASH_WHEN.test(sentence) || AWARENESS.test(sentence) || once) continue
      if (/現金書留|振込|振り込み|キャッシュレス|募集|求人|窓口|受付|受け付け|ATM|ご持参|お持ち|お持ちください/u.test(sentence)) continue
      emitSentence(doc, s, emit, { guard: '担当職員', watch: '現金を回収する日時や人数', safe: '公金は複数の職員で安全に取り扱っています' })
    }
  }
  findDummyAtSpot(doc, emit)
}

/** The plain-words kinds above, in one call: the secrets only where no secret with its value was found in the paragraph. */
function findPlainWayIn(doc: Doc, emit: (f: DraftFinding) => void, secretFound: boolean): void {
  if (!secretFound) {
    findNetworkKeyWord(doc, emit)
    findLoginMadeOfFact(doc, emit)
  }
  findRoomLeftEmpty(doc, emit)
  findOfficeCameraGap(doc, emit)
  findValuablesMoved(doc, emit)
  findWatchAndCashGaps(doc, emit)
}

// ---------- ways in and watch gaps told in plain words ----------

/**
 * Blind R393S-006 kind: the watch camera said to be at one spot only, the spot first (入口の上にしかカメラがありません; the camera first is
 * CAMERA_ONLY_AT's): everywhere else in the room is unfilmed. Not privacy kept or a stream (CAMERA_NOT_WATCH, LIVE_CAMERA), a home, advice or a question.
 */
const CAMERA_ABSENT = '(?:あり(?:ません|ませ)|ない|無い|なく|付いて(?:い|お)?(?:ない|ません|らず)|ついてな|ついとら|設置(?:して|されて)(?:い|お)?(?:ない|ません|りません|らず))'
const CAMERA_AT_ONE_SPOT = new RegExp(`にしか(?:防犯|監視)?カメラ(?:が|は)?[、,]?${CAMERA_ABSENT}`, 'gu')
/**
 * Blind R393S-014 kind: one place of a watched site said to be the one with no sensor or alarm, whatever the place is (裏の土蔵だけは
 * センサーが付いていません, 2階の資料室のみ警報装置がない): it sets nothing off (NO_ALARM_AT reads the ways in). Not a private room.
 */
const UNSENSED_PLACE = new RegExp(`(?:だけ|のみ)(?:は|には|に|が)?[、,]?[^。！？!?\\n]{0,8}?${ALARM_DEVICE}(?:が|は|も)?[、,]?${ALARM_ABSENT}`, 'gu')
const PRIVATE_ROOM = /トイレ|更衣室|授乳室|浴室|脱衣/u
/**
 * Blind R393S-021 kind: a valuable's store told down to the shelf (収蔵庫の奥、左から2番目の耐火キャビネットの上段です, 金庫の下段に):
 * whoever reads it knows where to reach. A valuable and its keeping named in the paragraph; not one on show or on an open shelf.
 */
const SHELF_SPOT =
  /(?:左|右|上|下|奥|手前)から[0-9一二三四五六七八九]{1,2}(?:番目|段目|列目|つ目)の?[^。！？!?\n]{0,12}?(?:棚|キャビネット|金庫|引き?出し|ロッカー|保管庫|収納庫|ケース|箱)|(?:棚|キャビネット|金庫|引き?出し|ロッカー|保管庫|収納庫)の(?:最?上段|最?下段|中段|[0-9一二三四五六七八九]段目)/gu
const VALUABLE_STORED = /直筆|自筆|真筆|原稿|原本|初版|古文書|文化財|国宝|美術品|所蔵品|収蔵品|貴重品|貴重な|宝物|掛け?軸|屏風|現金|売上金|公印|通帳/u
const KEPT_THERE = /保管|収蔵|しまって|仕舞って|収めて|納めて|保存|眠って|置いて|入れて/u
const SHELF_OPEN = /展示|展覧|ご覧|陳列|配架|閲覧|貸出|貸し出|パンフ|チラシ|ご自由|お取り|書架/u
/**
 * Blind R394T-026 kind: a staff system's first password told as made of each one's fact (最初に入れる合言葉は生年月日の8桁, 初期パスワードは
 * 職員番号の下4桁): anyone who knows the fact has the account. The staff's login (STAFF_LOGIN, READER_SERVICE_STAFF); not the public's own
 * service (READER_SERVICE, お客様, 申請者), a question or advice.
 */
const FIRST_SECRET_OF_FACT =
  /(?:初期|初回|最初|はじめ|初め|仮)[^。！？!?\n]{0,10}?(?:パスワード|パス|合言葉|合い言葉|暗証番号|暗証|PIN)(?:は|が|:|：)[、,]?[^。！？!?\n]{0,10}?(?:生年月日|誕生日|職員番号|社員番号|内線番号|電話番号|採用日)の?(?:西暦|和暦)?(?:下|末尾|上|頭)?[0-9一二三四五六七八](?:桁|けた|ケタ)/gu
const PUBLIC_ACCOUNT = /お客様|申請者|保護者|会員|市民の|住民の|ご利用の/u
/**
 * Blind R394T-034 kind: a password after a reset given as "the temporary one" (仮のものは Yana#4821, 新しいのは…): the word for it left
 * out, the value still there, where the paragraph tells a reset or a login. The value mixes figures with letters or signs.
 */
const STAND_IN_SECRET =
  /(?:仮の|臨時の|新しい|(?:リセット|再発行|再設定)後?の)(?:もの|やつ|ほう|方|の|文字列|番号)?(?:は|が|:|：|=|→)[、,]?\s?([0-9A-Za-z!#$%&*+\-_.@]{4,24})(?![0-9A-Za-z!#$%&*+\-_.@])/gu
const RESET_TOLD = /リセット|再発行|再設定|初期化|ログイン|サインイン|パスワード/u
/**
 * Blind R394T-024 kind: an account and its secret given as a pair after the word for the check (認証は vendor／kensho2025 の組み合わせで,
 * ログインは admin / pass1234): the pair lets anyone in. The second has a figure or a sign.
 */
const LOGIN_PAIR_TOLD =
  /(?:認証|ログイン|サインイン|アカウント)(?:情報)?(?:は|が|:|：)[、,]?\s?([0-9A-Za-z_.@-]{2,32})\s?[/／|｜]\s?([0-9A-Za-z!#$%&*+\-_.@]{3,32})(?![0-9A-Za-z!#$%&*+\-_.@/])/gu
const ASKED_HERE = /ませんか|ないか|でしょうか|[？?]/u

/** The kinds above, in one call: the secrets only where no secret with its value was found in the paragraph. */
function findAccessTold(doc: Doc, emit: (f: DraftFinding) => void, secretFound: boolean): void {
  const t = doc.squeezed.text
  const told = (m: RegExpExecArray): { s: Span; sentence: string } => {
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    return { s, sentence: t.slice(s.start, s.end) }
  }
  const emitFrom = (s: Span, end: number, rule: string, data?: Record<string, string>): void => {
    const from = t.slice(s.start, end).search(/[^\s・●■◆\-①-⑳]/u)
    const span = doc.fromSqueezed(from < 0 ? s.start : s.start + from, kanaTail(t, end, 6))
    emit({ rule, start: span.start, end: span.end, data })
  }
  if (t.includes('カメラ') && t.includes('しか')) {
    for (const m of hitsOf(CAMERA_AT_ONE_SPOT, t)) {
      const { s, sentence } = told(m)
      const stated = statedPart(t, s, m.index + m[0].length)
      if (CAMERA_NOT_WATCH.test(sentence) || LIVE_CAMERA.test(sentence) || READER_HOME.test(sentence) || ASKED_HERE.test(stated)) continue
      if (SAFETY_ADVICE.test(stated) || AWARENESS.test(stated)) continue
      emitFrom(s, m.index + m[0].length, 'security/weakness')
    }
  }
  if (ALARM_CONTEXT.test(t)) {
    for (const m of hitsOf(UNSENSED_PLACE, t)) {
      const { s, sentence } = told(m)
      const stated = statedPart(t, s, m.index + m[0].length)
      if (PRIVATE_ROOM.test(sentence) || ALARM_NOT_GAP.test(sentence) || DISARM_NOTICE.test(sentence) || READER_HOME.test(sentence)) continue
      if (SAFETY_ADVICE.test(stated) || AWARENESS.test(stated)) continue
      emitFrom(s, m.index + m[0].length, 'security/weakness')
    }
  }
  if (VALUABLE_STORED.test(t) && KEPT_THERE.test(t)) {
    for (const m of hitsOf(SHELF_SPOT, t)) {
      const { s, sentence } = told(m)
      if (SHELF_OPEN.test(sentence) || AWARENESS.test(sentence) || isAdvice(sentence) || ASKED_HERE.test(sentence)) continue
      emitFrom(s, m.index + m[0].length, 'security/key-location', { key: '貴重な資料', place: m[0] })
    }
  }
  if (secretFound) return
  if ((STAFF_LOGIN.test(t) || READER_SERVICE_STAFF.test(t)) && !READER_SERVICE.test(t) && !PUBLIC_ACCOUNT.test(t)) {
    for (const m of hitsOf(FIRST_SECRET_OF_FACT, t)) {
      const { sentence } = told(m)
      if (AWARENESS.test(sentence) || ASKED_HERE.test(sentence)) continue
      const span = doc.fromSqueezed(m.index, m.index + m[0].length)
      emit({ rule: 'security/credential', start: span.start, end: span.end, data: { label: '初期パスワード' } })
    }
  }
  const pairs: Array<[RegExp, number]> = [[STAND_IN_SECRET, 1], [LOGIN_PAIR_TOLD, 2]]
  for (const [re, g] of pairs) {
    if (re === STAND_IN_SECRET && !RESET_TOLD.test(t)) continue
    for (const m of hitsOf(re, t)) {
      const v = m[g]!
      if (!/[0-9]/u.test(v) || !/[A-Za-z!#$%&*+@_]/u.test(v) || NOT_OPENING_VALUE.test(v)) continue
      const { sentence } = told(m)
      if (AWARENESS.test(sentence) || ASKED_HERE.test(sentence) || EXAMPLE_BEFORE.test(t.slice(Math.max(0, m.index - 12), m.index))) continue
      const span = doc.fromSqueezed(m.index, m.index + m[0].length)
      emit({ rule: 'security/credential', start: span.start, end: span.end, data: { label: re === STAND_IN_SECRET ? 'パスワード' : '認証情報' } })
    }
  }
}

/**
 * Blind R407G-025 kind: a room, a unit or a building said to be left unlocked so that someone may walk in on their own (上宮永住宅
 * 2-301は鍵を開けたままにしてます。そのまま入ってもらって大丈夫です; 倉庫の鍵はかけずにおくので、勝手に入ってください; 空き部屋は施錠して
 * いないので、業者さんはそのまま入室してください): whoever reads it learns which door stands unlocked with no one by it. The lock said left
 * open or not set (LOCK_LEFT_OFF), then, in its sentence or the next, the reader told to go in alone (ENTER_ALONE). Not a shelter, a hall
 * open to visitors or a door opened for air (ENTRY_OPEN_TO_ALL), the public's own home or vehicle, advice or a question, the state denied
 * (開けたままにはしていません), nor a quote. Bounded: the entry is read at most 60 characters after the lock.
 */
const LOCK_LEFT_OFF =
  /(?:鍵|カギ|かぎ|錠|ロック)(?:を|は|も)?[、,]?(?:開け|あけ|開い|あい|外し|はずし|解除し)(?:たまま|た状態|っぱなし|っ放し)|(?:鍵|カギ|かぎ|(?<![\p{Script=Han}])錠)(?:を|は|も)?[、,]?(?:かけ|掛け|締め|しめ|閉め)(?:ず|ないで|ないまま|て(?:い|お)(?:ない|ません|りません|らん))|(?:施錠|ロック)(?:を|は|も)?[、,]?(?:せず|しないで|しないまま|して(?:い|お)(?:ない|ません|りません|らず|らん)|しとらん)|無施錠/gu
const ENTER_ALONE =
  /(?:そのまま|勝手に|自由に|各自で?|直接)[^。！？!?\n]{0,10}?(?:入っ|はいっ|お入り|入室|入館|入れ|上がっ|あがっ|お上がり)|(?:入っ|はいっ|入室し|上がっ|あがっ)て(?:もらって|いただいて|くれて|もろて)?(?:も)?[、,]?(?:大丈夫|構いません|かまいません|構わな|かまわな|OK|オッケー|いい|良い|よい|よか|結構)/u
const ENTRY_OPEN_TO_ALL = /避難|換気|風通し|どなたでも|ご来場|来場者|開館|開庁|営業中|開催中|受付時間|ご自宅|ご家庭|自宅|お宅|自転車|バイク|自動車|(?<![公用庁])車(?!庫)/u
function findUnlockedForEntry(doc: Doc, emit: (f: DraftFinding) => void): void {
  const t = doc.squeezed.text
  if (!/鍵|カギ|かぎ|錠|ロック|施錠/u.test(t) || !/入|はいっ|上がっ|あがっ|お上がり/u.test(t)) return
  for (const m of hitsOf(LOCK_LEFT_OFF, t)) {
    const mEnd = m.index + m[0].length
    const s = sentenceAround(t, m.index, mEnd)
    const nextEnd = s.end < t.length ? sentenceAround(t, s.end, s.end).end : s.end
    const entry = t.slice(mEnd, Math.min(nextEnd, mEnd + 60))
    if (!ENTER_ALONE.test(entry.split('\n')[0]!)) continue
    const told = t.slice(s.start, Math.min(nextEnd, mEnd + 60))
    if (ENTRY_OPEN_TO_ALL.test(told) || LEFT_ADVICE.test(told) || SAFETY_ADVICE.test(told)) continue
    if (LEFT_DENIED.test(t.slice(mEnd, mEnd + 14)) || deniedRumour(t, m.index, mEnd) || quoteAround(t, m.index, mEnd, 40) !== null) continue
    const from = t.slice(s.start, m.index).search(/[^\s・●■◆\-①-⑳]/u)
    const span = doc.fromSqueezed(from < 0 ? m.index : s.start + from, kanaTail(t, mEnd, 8))
    emit({ rule: 'security/weakness', start: span.start, end: span.end })
    return
  }
}

export const security: RuleFamily<SecurityFacts> = {
  id: 'security',
  meta,
  run({ doc, emit }) {
    const t = doc.norm.text
    // The words every guard below asks about, found in one pass over each view.
    const has = SQUEEZED.found(doc.squeezed.text)
    // Every word of FOLDED_WORDS has an ASCII letter: most paragraphs have none and need no second pass.
    const low = has[W.letter] ? FOLDED.found(doc.folded.text) : NO_FOLDED_WORDS
    // Whether a secret with its value was found: a staff network's name beside its key is that finding's, not one of its own.
    let secretFound = false
    findSecrets(doc, has, low, (f) => {
      if (f.rule === 'security/credential') secretFound = true
      emit(f)
    })
    // Each pattern below is run only where the words it cannot match without occur (the norm view keeps them, and
    // squeezing drops none of their characters: what the norm view holds, the squeezed one holds too).
    if (has[W.privateIp]) {
      for (let m = next(PRIVATE_IP, t, true); m; m = next(PRIVATE_IP, t)) {
        if (!privateIp(m[1]!)) continue
        const { start, end } = doc.fromNorm(m.index, m.index + m[0].length)
        emit({ rule: 'security/internal-address', start, end })
      }
    }
    // Blind R73A-066: spelt out with spaces (１ ９ ２ . １ ６ ８ . ４ ０ . １ ２): squeezing dropped something, and a dot is left in the norm view.
    if (doc.squeezed.text.length !== t.length && t.includes('.')) {
      for (let m = next(SPACED_IP, t, true), n = 0; m && n < MAX_HITS; m = next(SPACED_IP, t), n++) {
        const ip = m[0].replace(/ /gu, '')
        if (!m[0].includes(' ') || !/^(?:10|192\.168|172)\./u.test(ip) || !privateIp(ip)) continue
        const { start, end } = doc.fromNorm(m.index, m.index + m[0].length)
        emit({ rule: 'security/internal-address', start, end })
      }
    }
    if (has[W.sharePath]) internalHosts(SHARE_PATH, doc, emit)
    if (low[F.host] && MAY_HOST.test(t)) internalHosts(INTRANET_HOST, doc, emit)
    if (t.includes('://')) adminUrls(doc, emit)
    // A host name has a run of four printable ASCII characters (サーバー名は ab1 is no name).
    if (has[W.hostName] && MAY_VALUE.test(t)) {
      for (let m = next(HOST_NAME, t, true); m; m = next(HOST_NAME, t)) {
        const at = m.index + m[0].length - m[1]!.length
        const { start, end } = doc.fromNorm(at, at + m[1]!.length)
        emit({ rule: 'security/internal-host', start, end })
      }
    }
    // Blind R261D-012 kind: the hours when the firewall or the antivirus is stopped (0時〜5時は、ファイアウォールを停止して).
    if (/ファイ|ウイルス|ウィルス|IDS|IPS|UTM|セキュリティ|監視/u.test(t)) findDefenceOff(doc, emit)
    // Blind R261D-011 kind: a server's host name with a role suffix in brackets (申請受付サーバー（shinsei-ap01）).
    if (has[W.hostName] && has[W.letter]) {
      for (let m = next(ROLE_HOST, t, true); m; m = next(ROLE_HOST, t)) {
        const at = m.index + m[0].length - m[1]!.length
        const { start, end } = doc.fromNorm(at, at + m[1]!.length)
        emit({ rule: 'security/internal-host', start, end })
      }
    }
    // The name of a network kept for staff (職員用の「yngw-staff」には接続できません).
    if (has[W.letter] && !secretFound && NETWORK.test(t)) {
      for (let m = next(STAFF_NETWORK, t, true), n = 0; m && n < MAX_HITS; m = next(STAFF_NETWORK, t), n++) {
        if (!STAFF_NETWORK_LABEL.test(m[0])) continue
        const { start, end } = doc.fromNorm(m.index, m.index + m[0].length)
        emit({ rule: 'security/arrangement', start, end })
      }
    }
    if (!secretFound && has[W.letter] && NETWORK.test(t) && /[/／]/u.test(t)) findNetworkPair(doc, emit)
    if (!secretFound && has[W.letter] && /wifi:/iu.test(t)) findWifiQr(doc, emit)
    const quotedWeak: Span[] = []
    const reportedWeak: Span[] = []
    findPhysical(doc, has, emit, quotedWeak, reportedWeak)
    findMoneyKept(doc, emit)
    findCheckSkipped(doc, emit)
    findLoneResidentHours(doc, emit)
    findPassShown(doc, emit)
    findMailDrillAhead(doc, emit)
    findTwoFactorRoute(doc, emit)
    findHiddenAdmin(doc, emit)
    findPlainWayIn(doc, emit, secretFound)
    findAccessTold(doc, emit, secretFound)
    findUnlockedForEntry(doc, emit)
    if (low[F.enKey]) findEnglishKey(doc, emit)
    for (const h of doc.hits('security')) {
      // Blind R92A-046: a round's times or route in a paragraph that names a service vehicle (みずのわ号, 「ほりわり号」) or its running
      // (運行, 停車, 運休, ステーション) is the vehicle's timetable, not a guard's round; unless guards or crime are named too.
      if (!h.mention && /^巡回(?:時間|ルート)$/u.test(doc.squeezed.text.slice(h.start, h.end)) && SERVICE_VEHICLE.test(doc.squeezed.text) && !GUARD_NAMED.test(doc.squeezed.text)) continue
      // A crime-prevention notice (空き巣は、まず鍵の隠し場所を探します) names the thing to guard, not the city's own.
      const sentence = sentenceText(doc.squeezed.text, h.start, h.end)
      if (!h.mention && EXPLICIT_ADVICE.test(sentence)) continue
      // Blind GW-056: a do-not of a household checklist, in the plain negative (●鍵の保管場所を植木鉢の下や郵便受けにしない).
      if (!h.mention && HOUSEHOLD_DONT.test(sentence) && !CITY_SITE.test(sentence)) continue
      // An event's security strengthened, announced to visitors (花火大会の警備体制…警備員を50人増員します): no gap is told.
      if (!h.mention && REINFORCED.test(sentence) && EVENT.test(sentence)) continue
      // Blind R248B-038 kind: the server room described by what keeps it safe, nothing told of where it is, how to get in or what is weak.
      if (!h.mention && SERVER_ROOM.test(doc.squeezed.text.slice(h.start, h.end)) && ROOM_DESCRIBED.test(sentence) && !ROOM_DETAIL.test(doc.squeezed.text)) continue
      const { start, end } = doc.fromSqueezed(h.start, h.end)
      emit({ rule: 'security/arrangement', start, end, mention: h.mention })
    }
    const sayings = sayingParagraph(doc.squeezed.text)
    const scamNamed = !sayings && SCAM_NAMED.test(doc.squeezed.text)
    return {
      dignitary: has[W.dignitary] === 1 && DIGNITARY.test(doc.squeezed.text),
      movements: findMovements(doc, has),
      quotedWeak,
      reportedWeak,
      sayings,
      scamNamed,
      scamIntro: scamNamed && SAYING_WORD.test(doc.squeezed.text),
      callerIntro: !sayings && CALLER_INTRO.test(doc.squeezed.text),
      staffNever: !sayings && STAFF_NEVER.test(doc.squeezed.text),
    }
  },
  post({ facts, spans, emit }) {
    // Blind R240F-036 kind: a weak spot in a paragraph of sayings only is a swindler's words when the paragraph after the run of sayings
    // names the fraud (これらはすべて詐欺です), or the one before it introduces them as a fraud's (不審な電話…次のような言葉が使われていました).
    facts.forEach((f, p) => {
      if (f.quotedWeak.length === 0) return
      let a = p - 1
      while (a >= 0 && facts[a]!.sayings) a--
      let b = p + 1
      while (b < facts.length && facts[b]!.sayings) b++
      const scam = (a >= 0 && facts[a]!.scamIntro) || (b < facts.length && facts[b]!.scamNamed)
      if (scam) return
      // Blind R251W-021 kind: introduced as what callers say, with the fraud named anywhere or the city's never-asks after.
      if (a >= 0 && facts[a]!.callerIntro && (facts.some((g) => g.scamNamed) || (b < facts.length && facts[b]!.staffNever))) return
      for (const s of f.quotedWeak) emit({ rule: 'security/weakness', start: s.start + spans[p]!.start, end: s.end + spans[p]!.start })
    })
    // Blind KH-011 kind: a saying reported as what someone tells another to do is a trickster's where the post names a fraud anywhere.
    let fraud = -1
    facts.forEach((f, p) => {
      if (f.reportedWeak.length === 0) return
      if (fraud < 0) fraud = facts.some((g) => g.scamNamed || g.scamIntro || g.callerIntro) ? 1 : 0
      if (fraud === 1) return
      for (const s of f.reportedWeak) emit({ rule: 'security/weakness', start: s.start + spans[p]!.start, end: s.end + spans[p]!.start })
    })
    // A dignitary named anywhere in the post makes its sentences of movements and lodging theirs.
    if (!facts.some((f) => f.dignitary)) return
    facts.forEach((f, p) => {
      for (const s of f.movements) emit({ rule: 'security/vip-movements', start: s.start + spans[p]!.start, end: s.end + spans[p]!.start })
    })
  },
}

/**
 * Blind R430F-058 kind: a site's security alarm stopped (機械警備も停止しております, 警備システムを停止いたします, 防犯カメラも停止します) in a
 * post that tells the same site closed or its staff away (休館, 閉館, 職員が不在, 無人) over given days (8月13日から16日まで, 12月29日～1月3日):
 * the stop is announced as maintenance, but it tells thieves which days the empty building goes unwatched. Clean: a closure notice with no
 * security detail, a stop of an alarm at an open site (停電のため…機械警備が停止する場合があります), an alarm said not stopped.
 * Only the alarm words of ALARM_OFF_DEVICE; the closure and the days are read in the sentence and the 200 characters before it.
 */
const ALARM_OFF_DEVICE = /機械警備|警備システム|セキュリティシステム|警報装置|警報機|防犯カメラ|監視カメラ|防犯センサー|侵入センサー/u
const ALARM_OFF_VERB = /停止|止め|止まっ|切って|切り|オフ|解除/u
const SITE_EMPTY = /休館|閉館|休業|閉庁|閉所|閉鎖|(?:職員|係員|管理人|警備員|スタッフ|誰|だれ)(?:が|も|は)?[^。\n]{0,4}?(?:不在|いな|おりま(?=せん)|いま(?=せん))|無人(?:と|に)な/u
const GIVEN_DAYS = /\d{1,2}月\d{1,2}日[^。\n]{0,12}?(?:から|～|〜|~|－|-)[^。\n]{0,6}?\d{1,2}日|\d{1,2}日[^。\n]{0,8}?(?:から|～|〜|~)[^。\n]{0,6}?\d{1,2}日|(?:期間中|この期間|その期間|連休中|年末年始|お盆)/u
function alarmOffWhileEmpty(t: string, a: number, b: number, sentence: string): boolean {
  if (!ALARM_OFF_DEVICE.test(t.slice(a, b)) || !ALARM_OFF_VERB.test(t.slice(a, b))) return false
  const before = t.slice(Math.max(0, a - 200), a) + sentence
  return SITE_EMPTY.test(before) && GIVEN_DAYS.test(before)
}
