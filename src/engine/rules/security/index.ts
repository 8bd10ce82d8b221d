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
 *
 * The family is a folder of detectors: context.ts holds the shared readings, one file per kind of detector; run below
 * calls them in the order the checks always ran.
 */
import type { RuleFamily } from '../../rule'
import type { Span } from '../../text'
import { meta } from './meta'
import {
  findCheckSkipped,
  findEnglishKey,
  findLoneResidentHours,
  findMailDrillAhead,
  findMoneyKept,
  findPassShown,
} from './cash-checks-and-drills'
import { EXPLICIT_ADVICE, F, FOLDED, MAX_HITS, NETWORK, next, NO_FOLDED_WORDS, privateIp, sentenceText, SQUEEZED, W } from './context'
import { findSecrets } from './credentials'
import {
  adminUrls,
  findNetworkPair,
  findWifiQr,
  HOST_NAME,
  internalHosts,
  INTRANET_HOST,
  MAY_HOST,
  MAY_VALUE,
  PRIVATE_IP,
  ROLE_HOST,
  SHARE_PATH,
  SPACED_IP,
  STAFF_NETWORK,
  STAFF_NETWORK_LABEL,
} from './hosts-and-networks'
import {
  CALLER_INTRO,
  CITY_SITE,
  EVENT,
  findPhysical,
  GUARD_NAMED,
  HOUSEHOLD_DONT,
  REINFORCED,
  ROOM_DESCRIBED,
  ROOM_DETAIL,
  SAYING_WORD,
  sayingParagraph,
  SCAM_NAMED,
  SERVER_ROOM,
  SERVICE_VEHICLE,
  STAFF_NEVER,
} from './keys-patrols-cameras-and-alarms'
import { findAccessTold, findPlainWayIn, findUnlockedForEntry } from './office-gaps-and-access'
import { findDefenceOff, findHiddenAdmin, findTwoFactorRoute } from './staff-systems'
import { DIGNITARY, findMovements } from './vip-movements'

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
