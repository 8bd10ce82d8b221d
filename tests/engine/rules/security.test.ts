import { describe, expect, it } from 'vitest'
import { security } from '../../../src/engine/rules/security'
import { findingsOf, reported, summary } from '../helpers'

describe('security (5(1))', () => {
  const invalid: Array<[string, string[]]> = [
    // Blind R407G-025 kind: a room or a unit left unlocked, the reader told to walk in alone
    ['市営住宅の空き部屋（3-205）は鍵をかけずにおきますので、明日の点検業者さんはそのまま入ってください。', ['security/weakness:block:市営住宅の空き部屋（3-205）は鍵をかけずにおきますので']],
    ['旧保育園の職員室、施錠していないので、片付けの人は直接入ってもらって大丈夫です。', ['security/weakness:block:旧保育園の職員室、施錠していないので']],
    ['集会所は鍵を開けたままにしておきます。午後の清掃ボランティアの皆さん、各自で入ってください。', ['security/weakness:block:集会所は鍵を開けたままにしておきます']],
    // Blind R404D-002 kind: a way in left open because its lock or card reader is out of order, for days
    ['書庫のオートロックが不調のため、しばらくは扉を開けたままにしています。', ['security/weakness:block:書庫のオートロックが不調のため、しばらくは扉を開けたままにしています']],
    // Blind R404D-018 kind: a staff login made of the staff number and the birthday's month and day, said to get one in
    ['給与システムの最初のログインは、職員番号と誕生日の月日4桁でいけるけん。', ['security/credential:block:ログインは、職員番号と誕生日の月日4桁でいけ']],
    ['文書管理システムの初回ログインは「職員番号＋生年月日の月日」で通れます。', ['security/credential:block:ログインは「職員番号＋生年月日の月日」で通れ']],
    // Blind R404D-024, R402B-025 kinds: a way in's watchword given with its value, said to open, connect or have changed
    ['本館のネットワークの合言葉、今月から「かささぎ七一九」に変わりました。', ['security/credential:block:合言葉、今月から「かささぎ七一九」']],
    ['学童の通用口はインターホンで合言葉「ほりわり」と言ってもらえれば開けます。', ['security/credential:block:合言葉「ほりわり」']],
    // Blind R402B-049 kind: the new value spelt out letter by letter with spaces, after the word set off by a comma
    ['窓口端末の P W、本日から k o g a 5 5 1 8 に変わりました', ['security/credential:block:P W、本日から k o g a 5 5 1 8']],
    // Blind R404D-033 kind: the key in a container lying at the place, told as what to open with
    ['休日に書庫を使うときは、受付のカウンター下に置いてある缶の中の鍵で開けてください。', ['security/key-location:block:受付のカウンター下に置いてある缶の中の鍵']],
    // Blind R287L-055 kind: a dial's turns written bare with spaced figures and arrows (右 12 → 左 40 → 右 5)
    ['倉庫のダイヤル錠、右 12 → 左 40 → 右 5 で開きます', ['security/credential:block:右 12 → 左 40 → 右 5']],
    ['手提げ金庫のダイヤルは 左 8 ⇒ 右 2 6 ⇒ 左 4 に変えました。', ['security/credential:block:左 8 ⇒ 右 2 6 ⇒ 左 4']],
    // Blind R287L-048 kind: the secret named with a remark in dialect, the value alone in brackets opening the next line
    ['公民館のWi-Fi、パスワードば新しくしたばい！\n「kominkan-0944-ok」で入れるよ', ['security/credential:block:パスワードば新しくしたばい！\n「kominkan-0944-ok']],
    ['会議室のWi-Fiのパスワード、お知らせしときます\n『kaigi2025yng』です', ['security/credential:block:パスワード、お知らせしときます\n『kaigi2025yng']],
    ['事務所の暗証番号、今日から変わったけん\n【Ynw#7310】', ['security/credential:block:暗証番号、今日から変わったけん\n【Ynw#7310']],
    // Blind R289O-008 kind: a lock said to open with "the N digits of" a fact told in the same sentence
    ['郷土館の書庫は、開館記念日（11月3日）の4桁で開くけん、覚えといてね。', ['security/credential:block:書庫は、開館記念日（11月3日）の4桁で開く']],
    ['備品倉庫の鍵は市制施行の年の4桁を入れると開きます。', ['security/credential:block:鍵は市制施行の年の4桁を入れると開き']],
    // Blind R298K-040 kind: a lock's or device's unlock number said to be the N digits of a fact everyone knows
    ['受付の端末、画面ロックの解除番号は館長の誕生日の4桁やけん、覚えといてね。', ['security/credential:block:端末、画面ロックの解除番号は館長の誕生日の4桁やけん']],
    ['物産館のタブレットの暗証番号は、職員ならみんな知っとる「公民館が開館した年」の西暦4桁です。', ['security/credential:block:暗証番号は、職員ならみんな知っとる「公民館が開館した年」の西暦4桁です']],
    ['倉庫の暗証番号は図書館が開館した年の西暦4桁です。', ['security/credential:block:倉庫の暗証番号は図書館が開館した年の西暦4桁です']],
    // Blind R298K-006 kind: the takings' collection at a clock time, and where the cash waits till then (topic left out)
    ['朝市の釣り銭は17時に会計係が取りに来ます。それまでは本部テントの奥の手提げ金庫に入れています。', ['security/key-location:block:釣り銭は17時に会計係が取りに来ます。それまでは本部テントの奥の手提げ金庫に入れています']],
    ['バザーの売上金は閉会後の16時に回収しますので、それまでは事務所の机の中の集金箱にしまっています。', ['security/key-location:block:売上金は閉会後の16時に回収しますので、それまでは事務所の机の中の集金箱にしまっています']],
    ['夏祭りの売上金は本部テントの手提げ金庫に入れています。20時半に職員が回収に来ます。', ['security/key-location:block:売上金は本部テントの手提げ金庫に入れています']],
    // Blind R110A-023: a dial's turns written with arrows between them (右に38→左に12→右に77, 左へ10 ⇒ 右へ45)
    ['物産館の金庫の開け方、右に38→左に12→右に77でした🤫 新人さんメモしといてね！', ['security/credential:block:右に38→左に12→右に77']],
    ['事務所の金庫、ダイヤルは右に25→左に60→右に13やけん、覚えとってね', ['security/credential:block:右に25→左に60→右に13']],
    ['保管庫のダイヤル錠は 左へ10 ⇒ 右へ45 ⇒ 左へ82 の順で開きます。', ['security/credential:block:左へ10 ⇒ 右へ45 ⇒ 左へ82']],
    ['キーボックスは右に七→左に三で開くばい', ['security/credential:block:右に七→左に三']],
    // Blind R110A-138: a password's recipe, a fact and a word put after or before it (内線番号のあとに unagi, 誕生日の前に abc)
    ['商品券事業の委託先とのやりとりは、共有アカウント ｙａｎａｇａｗａ．ｓｈｏｋｏ＠ｇｍａｉｌ．ｃｏｍ（パスワードは課の内線番号のあとに ｕｎａｇｉ）で確認できます。', ['security/credential:block:パスワードは課の内線番号のあとに ｕｎａｇｉ']],
    ['共有PCのパスワードは代表電話の下4桁の後ろに yanagawa を付けたものです。', ['security/credential:block:パスワードは代表電話の下4桁']],
    ['課のメールのパスワード、係長の誕生日の前に abc をつけとるだけやけん簡単よ', ['security/credential:block:パスワード、係長の誕生日の前に abc']],
    ['Wi-Fiのパスワードは市制施行の年のうしろに kanko です。', ['security/credential:block:パスワードは市制施行の年のうしろに kanko']],
    // Round 40: a fence torn open, a camera that also misses the back, a password scheme told, a new password after a change
    ['車庫の裏手のフェンス、台風で破れたままで今は誰でも出入りできる状態です。', ['security/weakness:block:フェンス、台風で破れたままで今は誰でも出入りでき']],
    ['防犯カメラも裏側は映っていないので、修理まで気をつけます。', ['security/weakness:block:防犯カメラも裏側は映っていないので']],
    ['各自の初期パスワードは生年月日8桁としています。', ['security/weakness:block:パスワードは生年月日8桁としています']],
    ['職員用Wi-Fiのパスワードが本日から変わりました。新：Ymg#0944kikaku です。', ['security/credential:block:新：Ymg#0944kikaku']],
    // Round 38: the round's exact times told to reassure are still the schedule
    ['夜間は警備員が午後10時と午前3時の2回巡回しますので、ご安心ください。', ['security/guard-schedule:block:夜間は警備員が午後10時と午前3時の2回巡回しますので、ご安心ください']],
    // a security device off at a named door for set hours, whatever the reason; a system left open without a login
    ['庁舎の点検のため、本日17時から翌朝9時まで、北側通用口の防犯カメラと侵入センサーが停止します。', ['security/weakness:block:通用口の防犯カメラと侵入センサーが停止します']],
    ['寄付者管理画面、実は今ログイン認証なしで外から見える状態になっているので、今週中には直します。', ['security/weakness:block:認証なしで外から見える']],
    // a key said to be at a place (…の中に鍵があります); a patrol's gap said as 手が回らない
    ['早く着かれた場合は、玄関横の消火器ボックスの中に鍵がありますので、それで開けてください。', ['security/key-location:block:玄関横の消火器ボックスの中に鍵があります']],
    ['倉庫の裏の植木鉢の下に合鍵が置いてあります。', ['security/key-location:block:倉庫の裏の植木鉢の下に合鍵が置いてあ']],
    ['夜間パトロールは毎週火曜・金曜の22時と翌2時の2回。それ以外の曜日は手が回らないので、近所の方もご協力をお願いします。', ['security/guard-schedule:block:パトロールは毎週火曜・金曜の22時と翌2時の2回。それ以外の曜日は手が回ら']],
    // the guards' round told by the verb (回らない, 回るだけ, 見て回る)
    ['ちなみに夜は警備員さんが22時と2時の2回しか回らないので、とっても静かです', ['security/guard-schedule:block:ちなみに夜は警備員さんが22時と2時の2回しか回らないので、とっても静かです']],
    ['夜は警備員が0時と4時に回るだけです。', ['security/guard-schedule:block:夜は警備員が0時と4時に回るだけです']],
    ['守衛さんが施設を見て回るのは21時の一度きりです。', ['security/guard-schedule:block:守衛さんが施設を見て回るのは21時の一度きりです']],
    // Round 24: the value as the next sentence, a lock released and left so, a patrol's times with the hours left unwatched
    ['墓地管理事務所の金庫の番号、忘れる人が多いので念のため。ゼロ・ハチ・イチ・ゴです。', ['security/credential:block:金庫の番号、忘れる人が多いので念のため。ゼロ・ハチ・イチ・ゴ']],
    ['倉庫の暗証番号、変更しました。4820です。', ['security/credential:block:暗証番号、変更しました。4820']],
    ['南側の職員通用口だけは23時までオートロックが解除されたままになっています。', ['security/weakness:block:オートロックが解除されたままになっていま']],
    ['不法投棄パトロールは平日の20時と深夜1時の2回まわっています。それ以外の時間帯はどうしても監視が手薄になってしまいます。', ['security/guard-schedule:block:パトロールは平日の20時と深夜1時の2回まわっています。それ以外の時間帯はどうしても監視が手薄', 'security/arrangement:warn:監視が手薄']],
    // Round 23: a code set the same on every device (全台 4719 に統一), a camera said to be stopped for a while
    ['タブレット端末の暗証番号は、全台 4719 に統一しています。', ['security/credential:block:暗証番号は、全台 4719']],
    ['貸出用ノートPCのパスワードは全部 2580 に設定してあります。', ['security/credential:block:パスワードは全部 2580']],
    ['北口の防犯カメラが今月いっぱい停止しています。', ['security/weakness:block:防犯カメラが今月いっぱい停止しています']],
    ['工事の間、駐車場の監視カメラは停止しており、録画もありません。', ['security/weakness:block:監視カメラは停止しており']],
    // Round 22: a secret said unchanged since the account was made
    ['管理アカウントの pasuwaado も開設時の yanagawa_tube のままです。', ['security/weakness:block:pasuwaado も開設時の yanagawa_tube のままです']],
    ['共有端末のパスワードは導入時から変更していない状態です。', ['security/weakness:block:パスワードは導入時から変更していない']],
    // Round 21: the place after the topic (金庫は|机の二段目に入っている合鍵), 受付 as a place, spaced romaji with いまだに
    ['市長室の金庫は、秘書課の机の二段目に入っている合鍵で開けられます。', ['security/key-location:block:秘書課の机の二段目に入っている合鍵']],
    ['保冷庫の鍵は、受付カウンター下の青い缶の中に入れてあります。', ['security/key-location:block:鍵は、受付カウンター下の青い缶の中に入れてあります']],
    ['発注システムの p a s u w a - d o、いまだに kyushoku0401 のままです。', ['security/credential:block:p a s u w a - d o、いまだに kyushoku0401']],
    // Round 20: a lock's number under another name (キーロック番号, ロックナンバー), full-width; a camera that does not record
    ['作業員用通用口のキーロック番号は ４８２１＃ です。', ['security/credential:block:キーロック番号は ４８２１＃']],
    ['倉庫のロックナンバーは 3-7-1-9 です', ['security/credential:block:ロックナンバーは 3-7-1-9']],
    ['防犯カメラのうち北側の2台は、先月から録画ができていない状態です。', ['security/weakness:block:防犯カメラのうち北側の2台は、先月から録画ができていない']],
    // a box that is not a key box (消火栓ボックス, 配電盤ボックス) hides a key as any place does
    ['職員不在の時間帯は、通用口横の消火栓ボックスの中にある鍵を使って入室してください。', ['security/key-location:block:通用口横の消火栓ボックスの中にある鍵']],
    ['倉庫は、裏の配電ボックスに入れてある合鍵で開けられます。', ['security/key-location:block:裏の配電ボックスに入れてある合鍵']],
    ['早朝の当番の方は、メーターボックスの中に置いてあるカギで入ってください', ['security/key-location:block:メーターボックスの中に置いてあるカギ']],
    // a way in left open: a broken fence, then anyone can walk in
    ['倉庫の裏の柵が壊れていて、夜は誰でも敷地に入れる状態です。', ['security/weakness:block:柵が壊れていて、夜は誰でも敷地に入れ']],
    // a dial's turns told (右に…、左に…), in digits or romaji
    ['倉庫の金庫のダイヤルは右に「35」、左に「80」で開きます。', ['security/credential:block:右に「35」、左に「80」']],
    ['金庫はダイヤルを右に「san-go」、左に「hachi-zero」で開きます。', ['security/credential:block:ダイヤルを右に「san-go']],
    // the new value a code was changed to, spaced out (…が本日から 4 7 1 9 に変わりました)
    ['倉庫のテンキー番号が来週から 2 5 8 0 に変わります。', ['security/credential:block:テンキー番号が来週から 2 5 8 0']],
    // the round of a named facility (〜の夜の見回りは…), guards said to be away (警備員はいません), a spot of a facility said to be
    // unlocked often, a planned camera outage with its hours
    ['浄化センターの夜の見回りは23時と4時の2回だけで、その間は誰もいません。', ['security/guard-schedule:block:浄化センターの夜の見回りは23時と4時の2回だけで、その間は誰もいません']],
    ['夏祭り当日の夜間警備は21時と1時の2回です。それ以外の時間は会場に警備員はいません。', ['security/guard-schedule:block:それ以外の時間は会場に警備員はいません']],
    ['本庁舎の北側通用口は、夜間に施錠されていないことが多いです。', ['security/weakness:block:通用口は、夜間に施錠されていないことが']],
    ['今夜22時から翌朝5時まで、総合体育館の防犯カメラを一時停止します。', ['security/weakness:block:防犯カメラを一時停止します']],
    // the key named by where it lies (…にある鍵, …に掛けてあるカギ)
    ['留守の間は、勝手口の横の物置に掛けてあるカギで入ってください。', ['security/key-location:block:勝手口の横の物置に掛けてあるカギ']],
    ['遅れて来られる方は、集会所の郵便受けの中に入っている鍵をお使いください。', ['security/key-location:block:集会所の郵便受けの中に入っている鍵']],
    ['夜間は、倉庫の裏の植木鉢の下に置いてある合鍵で開けてください。', ['security/key-location:block:倉庫の裏の植木鉢の下に置いてある合鍵']],
    ['市民会館の防犯カメラは改修中のため、当面の間、北側駐輪場付近が映らない状態となっております。', ['security/weakness:block:防犯カメラは改修中のため、当面の間、北側駐輪場付近が映らない状態となっており']],
    ['防犯カメラは正面玄関と駐車場にありますが、北側の自転車置き場は映っていません。', ['security/weakness:block:防犯カメラは正面玄関と駐車場にありますが、北側の自転車置き場は映っていません']],
    ['防災倉庫の扉の暗証番号は\n七三\n〇八\nです。', ['security/credential:block:扉の暗証番号は\n七三\n〇八']],
    ['駅前駐輪場の防犯カメラは北側の奥を映していません。', ['security/weakness:block:防犯カメラは北側の奥を映していません']],
    // A bare 番号 after a lock is named; dial turns one per line; cameras in only some places.
    ['本日より夜間通用口はテンキー式の電子錠になりました。番号は2580＃です。', ['security/credential:block:番号は2580＃']],
    ['公用自転車のワイヤーロック、番号は四・七・二・九にしておきました〜', ['security/credential:block:番号は四・七・二・九']],
    ['会計課金庫のダイヤル番号を共有します。\n右に38、\n左に71、\n右に15。', ['security/credential:block:金庫のダイヤル番号を共有します。\n右に38、\n左に71、\n右に15']],
    ['庁舎の防犯カメラは正面玄関と北側駐車場の2か所のみで、東側通用口には設置していません。', ['security/weakness:block:防犯カメラは正面玄関と北側駐車場の2か所のみで、東側通用口には設置していません']],
    // A value a few words on (昨年と同じ１２３４のまま); rounds every hour at minutes in kanji.
    ['手提げ金庫の番号は、昨年と同じ１２３４のままです。', ['security/credential:block:金庫の番号は、昨年と同じ１２３４']],
    ['会場の警備員の巡回は毎時零分と三十分です。', ['security/guard-schedule:block:会場の警備員の巡回は毎時零分と三十分です']],
    // Evasion: hiragana ぱすわーど, full-width P W, kanji digits without separators, spaced place.
    ['ぱすわーど は abc123 です', ['security/credential:block:ぱすわーど は abc123']],
    ['Ｐ　Ｗ：ａｂｃ１２３', ['security/credential:block:Ｐ　Ｗ：ａｂｃ１２３']],
    ['暗証番号は一二三四です', ['security/credential:block:暗証番号は一二三四']],
    ['合鍵は 植木鉢の 下に 置いてあります', ['security/key-location:block:合鍵は 植木鉢の 下に 置いてあります']],
    // Guard gaps in other words: the round as the topic (夜回りは0時と4時, 見回りの時間は夜九時), a single guard at night (一人だけ).
    ['守衛さんは17時で帰っちゃうので、その後は裏口から入れます', ['security/guard-schedule:block:守衛さんは17時で帰っちゃうので、その後は裏口から入れます']],
    ['夜回りは0時と4時だけです', ['security/guard-schedule:block:夜回りは0時と4時だけです']],
    ['警備員の巡視は２時間おきです', ['security/guard-schedule:block:警備員の巡視は２時間おきです']],
    ['警備員は土日は来ません', ['security/guard-schedule:block:警備員は土日は来ません']],
    ['休館日は警報装置を切っています', ['security/weakness:block:警報装置を切っています']],
    ['見回りの時間は夜九時と午前三時です', ['security/guard-schedule:block:見回りの時間は夜九時と午前三時です']],
    ['警備は22時から翌朝6時まで一人だけです', ['security/guard-schedule:block:警備は22時から翌朝6時まで一人だけです']],
    ['宿直の職員は毎晩23時に仮眠に入ります', ['security/guard-schedule:block:宿直の職員は毎晩23時に仮眠に入ります']],
    // Weak spots in other words: what a camera does not cover (しかない, 死角), secrets left at factory values, staff rooms
    // anyone can enter, a password on a sticky note.
    ['監視カメラは正面玄関にしかないので、裏の駐車場は映りません。', ['security/weakness:block:監視カメラは正面玄関にしかないので']],
    ['駐輪場は防犯カメラの死角になっています。', ['security/weakness:block:防犯カメラの死角になっていま','security/arrangement:warn:防犯カメラの死角']],
    ['庁舎の防犯カメラのパスワードは初期設定のままです。', ['security/weakness:block:パスワードは初期設定のままです']],
    ['会計室は昼休みなら誰でも入れちゃいます。', ['security/weakness:block:会計室は昼休みなら誰でも入れちゃいます']],
    ['共用PCのパスワードは付箋に書いてモニターに貼ってあります。', ['security/weakness:block:パスワードは付箋に書いて']],
    ['裏口はノーチェックで出入りできるので便利です。', ['security/weakness:block:裏口はノーチェックで出入りできるので']],
    ['防犯センサーは1階だけで、2階にはついていないんです。', ['security/weakness:block:防犯センサーは1階だけで、2階にはついていないんです']],
    // Generalisation: a device out of order in other words (電源が切れたまま, 映っていません, 施錠できていません), a building
    // told empty at night without a guard word (庁舎に誰もいなくなります, 宿直は置いていない), look-alike digits (ニ, ー between
    // kanji numerals), 合言葉, an account and its secret as a bare pair (Wi-Fi: NAME / secret).
    ['防犯カメラの電源が、今週ずっと切れたままです', ['security/weakness:block:防犯カメラの電源が、今週ずっと切れたままです']],
    ['夜10時以降は庁舎に誰もいなくなります', ['security/guard-schedule:block:庁舎に誰もいなくなります']],
    ['宿直は置いていないので、夜間の庁舎は無人です。', ['security/guard-schedule:block:宿直は置いていないので、夜間の庁舎は無人です']],
    ['暗証番号 ニ・五・八・〇', ['security/credential:block:暗証番号 ニ・五・八・〇']],
    ['正面玄関の防犯カメラ、先週から映っていません。', ['security/weakness:block:防犯カメラ、先週から映っていません']],
    ['資料館は閉館後、朝まで無人になります。', ['security/guard-schedule:block:資料館は閉館後、朝まで無人になります']],
    ['支所は土日の夜は誰もいないので、何かあっても気づけません。', ['security/guard-schedule:block:支所は土日の夜は誰もいないので']],
    ['裏口のセンサー、配線が外れたままになってます。', ['security/weakness:block:裏口のセンサー、配線が外れたままになってます']],
    ['通用口の電子錠、電池が切れていて施錠できていません。', ['security/weakness:block:通用口の電子錠、電池が切れていて']],
    ['金庫の暗証番号は「二ー四ー七ー一」です', ['security/credential:block:金庫の暗証番号は「二ー四ー七ー一']],
    ['倉庫のダイヤル錠の番号、ゼロ・ナナ・サン・イチです', ['security/credential:block:ダイヤル錠の番号、ゼロ・ナナ・サン・イチ']],
    ['当直は置いていないため、深夜2時から6時は誰もいません。', ['security/guard-schedule:block:当直は置いていないため、深夜2時から6時は誰もいません']],
    ['夜間通用口の電子錠、電池が切れたまま一週間たちます。', ['security/weakness:block:通用口の電子錠、電池が切れたまま']],
    ['共有フォルダは ¥¥kanko-nas¥public¥2026 です', ['security/internal-host:block:¥¥kanko-nas¥public']],
    ['ファイルは Ｚ：＼観光課＼白秋祭 に置きました', ['security/internal-host:block:Ｚ：＼観光課＼白秋祭']],
    ['申請は庁内ポータル http://portal01/ からお願いします', ['security/internal-host:block:portal01']],
    ['内部サーバーは 10.0.3.25 です', ['security/internal-address:block:10.0.3.25']],
    ['プリンタは １９２．１６８．１．５０ で使えます', ['security/internal-address:block:１９２．１６８．１．５０']],
    ['SSIDは yanagawa-staff、キーは kawakudari88', ['security/credential:block:SSIDは yanagawa-staff','security/credential:block:キーは kawakudari88']],
    ['Wi-Fi: YANAGAWA_KANKO / hakushu2026', ['security/credential:block:Wi-Fi: YANAGAWA_KANKO / hakushu2026']],
    ['窓口端末のPIN：４８２１', ['security/credential:block:PIN：４８２１']],
    ['ログインは user: kanko01 pass: Yana2026', ['security/credential:block:user: kanko01','security/credential:block:pass: Yana2026']],
    ['職員用Wi-Fiの合言葉は ｓｕｉｇｏｕ７７ です', ['security/credential:block:合言葉は ｓｕｉｇｏｕ７７']],
    ['管理者アカウントのパスワード、いつもの「yngw@1234」に戻しておきました', ['security/arrangement:warn:管理者アカウント','security/credential:block:パスワード、いつもの「yngw@1234']],
    ['宿直室の鍵は、事務室の一番上の引き出しにしまってあります', ['security/key-location:block:鍵は、事務室の一番上の引き出しにしまってあります']],
    ['警備の人は夜中の1時から4時まで仮眠しています', ['security/guard-schedule:block:警備の人は夜中の1時から4時まで仮眠しています']],
    ['庁舎通用口のドアの暗証番号が変わりました→ 2580 です', ['security/credential:block:ドアの暗証番号が変わりました→ 2580']],
    ['職員用無線LANのキーは「hakushu-2026」です', ['security/credential:block:無線LANのキーは「hakushu-2026']],
    ['ログイン情報：ID yanagawa01 / パス kawa7788', ['security/credential:block:ID yanagawa01','security/credential:block:パス kawa7788']],
    ['サーバ室の入室コードは＊１２３４＃です', ['security/arrangement:warn:サーバ室','security/credential:block:入室コードは＊１２３４＃']],
    ['夜間金庫の番号は ３７－１５－８８', ['security/credential:block:金庫の番号は ３７－１５－８８']],
    ['警備員さんの見回りは夜11時と朝4時です', ['security/guard-schedule:block:警備員さんの見回りは夜11時と朝4時です']],
    ['管理画面は http://192.168.10.5/admin からどうぞ', ['security/internal-address:block:192.168.10.5']],
    ['VPN接続先は vpn.city.local です', ['security/internal-host:block:vpn.city.local']],
    ['裏口の鍵、ポストに入れておきますね', ['security/key-location:block:鍵、ポストに入れておきますね']],
    ['メールアカウントのパスワードを ｙａｎａｇａｗａ１２３ にリセットしました', ['security/credential:block:パスワードを ｙａｎａｇａｗａ１２３']],
    ['共有パスワード：Ｙａｎａ＠２０２６', ['security/credential:block:パスワード：Ｙａｎａ＠２０２６']],
    ['体育館の倉庫のダイヤル錠は 0-4-2-8 です', ['security/credential:block:ダイヤル錠は 0-4-2-8']],
    ['職員通用口のテンキーは1192#で開きます', ['security/credential:block:テンキーは1192#']],
    // Other wordings of the same kinds.
    ['金庫の暗証番号、忘れないようにここに書いておきます→0721', ['security/credential:block:金庫の暗証番号、忘れないようにここに書いておきます→0721']],
    ['スタッフ用Wi-Fi「yngw-staff」のパスは yanagawa88 です', ['security/credential:block:パスは yanagawa88']],
    ['倉庫の鍵は、入口横のメーターボックスの中にあります。', ['security/key-location:block:鍵は、入口横のメーターボックスの中にあります']],
    ['合鍵は玄関マットの下に置いておくので、早く来た人は使ってください。', ['security/key-location:block:合鍵は玄関マットの下に置いておく']],
    ['年末年始は警備員が休みなので、庁舎は夜間無人になります。', ['security/guard-schedule:block:年末年始は警備員が休みなので、庁舎は夜間無人になります']],
    ['防犯カメラは電源を切っているので、気にせず作業してください。', ['security/weakness:block:防犯カメラは電源を切っているので']],
    ['夜間の巡回は警備員1名で、0時と4時の2回だけです。', ['security/guard-schedule:block:夜間の巡回は警備員1名で、0時と4時の2回だけです']],
    ['管理画面のURLは http://192.168.0.50/admin です。', ['security/internal-address:block:192.168.0.50']],
    ['メールのパスワード、いつものやつ（yngw0000）に戻しておきました。', ['security/credential:block:パスワード、いつものやつ（yngw0000']],
    ['事務所のドアの暗証番号は、市役所の代表番号の下4桁です。', ['security/credential:block:ドアの暗証番号は、市役所の代表番号の下4桁']],
    // …and a staff login's rule stays one even when it is derived from the staff member's own number
    ['新規採用職員の初期パスワードは職員番号の下4桁です。', ['security/credential:block:パスワードは職員番号の下4桁']],
    ['ＰＩＮ：１２３４', ['security/credential:block:ＰＩＮ：１２３４']],
    // A secret with its value, in any wording and any writing of the value.
    ['Wi-Fiのパスワードは yanagawa2024 です', ['security/credential:block:パスワードは yanagawa2024']],
    ['暗証番号：4821', ['security/credential:block:暗証番号：4821']],
    ['ＰＩＮ＝９９１２', ['security/credential:block:ＰＩＮ＝９９１２']],
    ['Password=abcd1234', ['security/credential:block:Password=abcd1234']],
    ['PW→kanko2025', ['security/credential:block:PW→kanko2025']],
    ['新しい共有アカウントのＰＷ：ｙａｎａｇａｗａ２０２５ に変わりました。', ['security/credential:block:ＰＷ：ｙａｎａｇａｗａ２０２５']],
    ['ｲﾍﾞﾝﾄ用ﾀﾌﾞﾚｯﾄのﾊﾟｽﾜｰﾄﾞ→ sagemon0214', ['security/credential:block:ﾊﾟｽﾜｰﾄﾞ→ sagemon0214']],
    ['受付PC、p a s s は h a k u s h u 1 1 0 1 です。', ['security/credential:block:p a s s は h a k u s h u 1 1 0 1']],
    ['防犯センサーの解除番号は 1590 です。', ['security/credential:block:解除番号は 1590']],
    ['裏口の暗証番号は　０　３　８　７　です', ['security/credential:block:裏口の暗証番号は　０　３　８　７']],
    ['事務室の金庫の番号は 三・七・一・九 です。', ['security/credential:block:金庫の番号は 三・七・一・九']],
    ['金庫（ダイヤル 右36・左12・右85）に入れてください。', ['security/credential:block:ダイヤル 右36・左12・右85']],
    ['通用口、テンキーは 7390# で開きます', ['security/credential:block:テンキーは 7390#']],
    ['スタッフ用入口のドアコードは ＃２４６８ だよ', ['security/credential:block:ドアコードは ＃２４６８']],
    ['倉庫の暗証番号は「8243」です。', ['security/credential:block:暗証番号は「8243']],
    ['パ\u200bス\u200bワ\u200bー\u200bドは kanko\u200b2025 です', ['security/credential:block:パ\u200bス\u200bワ\u200bー\u200bドは kanko\u200b2025']],
    ['パ ス ワ ー ド は kanko2025 です', ['security/credential:block:パ ス ワ ー ド は kanko2025']],
    ['ぱすわーどは kanko2025', ['security/credential:block:ぱすわーどは kanko2025']],
    ['パスワ〇ドは kanko2025 です', ['security/credential:block:パスワ〇ドは kanko2025']],
    ['暗証番号は　いち・ろく・なな・ご　です', ['security/credential:block:暗証番号は　いち・ろく・なな・ご']],
    ['暗証番号は一五九〇です', ['security/credential:block:暗証番号は一五九〇']],
    ['キーボックスは 4-3-2-1 で開きます', ['security/credential:block:キーボックスは 4-3-2-1']],
    ['通用口の番号は 2580 で開きます。', ['security/credential:block:通用口の番号は 2580']],
    ['倉庫のダイヤルの数字は「753」に合わせると開きます。', ['security/credential:block:数字は「753']],
    ['ユーザー名とパスワードは yngw / kanko2025 です。', ['security/credential:block:パスワードは yngw / kanko2025']],
    ['ID・パスワードともに kanko2025 です。', ['security/credential:block:パスワードともに kanko2025']],
    ['スタッフ用Wi-Fiのパスワードは donko8111x なので、来場者には教えないでください。', ['security/credential:block:パスワードは donko8111x']],
    // Account names count next to a secret.
    ['ログインは ID：kanko01 / PW：Yngw#2025 です。', ['security/credential:block:ID：kanko01', 'security/credential:block:PW：Yngw#2025']],
    ['user：yngw-kanko\npass：Kk8111!ya', ['security/credential:block:user：yngw-kanko', 'security/credential:block:pass：Kk8111!ya']],
    ['SSID：YNGW-STAFF　キー：donko1234', ['security/credential:block:SSID：YNGW-STAFF', 'security/credential:block:キー：donko1234']],
    // Internal addresses, hosts and paths.
    ['サーバーは192.168.1.10です', ['security/internal-address:block:192.168.1.10']],
    ['10.20.30.40 に接続', ['security/internal-address:block:10.20.30.40']],
    ['172.16.0.5 のプリンタ', ['security/internal-address:block:172.16.0.5']],
    ['IPアドレス １９２．１６８．３．１５ を指定', ['security/internal-address:block:１９２．１６８．３．１５']],
    ['共有フォルダ \\\\fs01\\kouhou\\2024 に保存', ['security/internal-host:block:\\\\fs01\\kouhou']],
    ['¥¥fs01¥share¥file.xlsx を参照', ['security/internal-host:block:¥¥fs01¥share']],
    ['写真は Z:\\共有\\観光課 にあります', ['security/internal-host:block:Z:\\共有\\観光課']],
    ['intranet.yanagawa.local を開いて', ['security/internal-host:block:intranet.yanagawa.local']],
    ['確認は localhost:8080 で', ['security/internal-host:block:localhost:8080']],
    ['掲示板は http://kanko-srv:8080/bbs です', ['security/internal-host:block:kanko-srv:8080']],
    ['資料は file:///C:/kouhou/a.xlsx にあります', ['security/internal-host:block:file:///C:/kouhou/a.xlsx']],
    ['ファイルサーバー KANKO-FS01 に保存してください。', ['security/internal-host:block:KANKO-FS01']],
    ['PC名：YNG-PC023', ['security/internal-host:block:YNG-PC023']],
    ['wiki.city.corp の手順書', ['security/internal-host:block:wiki.city.corp']],
    // Where keys are kept.
    ['合鍵は植木鉢の下に置いてあります。', ['security/key-location:block:合鍵は植木鉢の下に置いてあります']],
    ['鍵はポストの中です！', ['security/key-location:block:鍵はポストの中です']],
    ['イベント倉庫の鍵は、カウンター下の青い缶に入れてます', ['security/key-location:block:鍵は、カウンター下の青い缶に入れてます']],
    ['鍵は課長の机の一番上の引き出しにあります。', ['security/key-location:block:鍵は課長の机の一番上の引き出しにあります']],
    // Guards: when they go round, when they are away.
    ['会場の警備員の巡回は21時・24時・3時の3回です。', ['security/guard-schedule:block:会場の警備員の巡回は21時・24時・3時の3回です']],
    ['夜間は警備員がいないので、戸締まりをお願いします。', ['security/guard-schedule:block:夜間は警備員がいないので、戸締まりをお願いします']],
    ['警備員がいなくなるのは2時〜5時の間だけです。', ['security/guard-schedule:block:警備員がいなくなるのは2時〜5時の間だけです']],
    ['警備員さんは22時で帰っちゃうので、それ以降は誰もいません。', ['security/guard-schedule:block:警備員さんは22時で帰っちゃうので、それ以降は誰もいません']],
    ['事務所のカギ、いつもの植木鉢の下に入れておきます🔑', ['security/key-location:block:カギ、いつもの植木鉢の下に入れておきます']],
    ['合鍵は植木鉢の下に置いてあるので、なくさないように注意してください。', ['security/key-location:block:合鍵は植木鉢の下に置いてある']],
    ['夜間は警備員がいないので、貴重品の管理にご注意ください。', ['security/guard-schedule:block:夜間は警備員がいないので、貴重品の管理にご注意ください']],
    // Devices out of order.
    ['防犯カメラが故障中で、駐輪場は映っていません。', ['security/weakness:block:防犯カメラが故障']],
    ['通用口の鍵が壊れていて閉まらない状態です。', ['security/weakness:block:通用口の鍵が壊れていて']],
    ['警報装置は切ってあります。', ['security/weakness:block:警報装置は切ってあります']],
    // Arrangement words: a warning.
    ['防犯カメラの設置場所は駐輪場の北側です', ['security/arrangement:warn:防犯カメラの設置場所']],
    ['夜間の警備体制は2名です', ['security/arrangement:warn:警備体制']],
    // a key sequence told as what to press, spelled or in digits, where a lock or a door is spoken of
    ['通用口のボタン錠、番号が変わりました。ナナ・イチ・サン・ゴの順に押して、最後にシャープです。', ['security/credential:block:ボタン錠、番号が変わりました。ナナ・イチ・サン・ゴ']],
    ['倉庫の扉は、7135の順に押すと開きます。', ['security/credential:block:7135']],
    ['入口は1234と押してください', ['security/credential:block:1234']],
    // a new code with its label; a door left unlocked; part of the cameras down
    ['税務課の書庫の暗証番号が今日から変わりました（新番号：4719）。', ['security/credential:block:新番号：4719']],
    ['消防本部庁舎の夜間の巡回は22時と2時の2回だけで、車庫側の通用口はその間施錠していません。', ['security/weakness:block:通用口はその間施錠していません']],
    ['商店街の防犯カメラは全12台ですが、駅側の2台は現在故障していて録画できていません。', ['security/weakness:block:防犯カメラは全12台ですが、駅側の2台は現在故障していて']],
    // a code told by how to work it out
    ['通用口のテンキーは、開館記念日の月と日を4けたで押せば開きます。', ['security/credential:block:開館記念日の月と日を4けたで押せば開']],
    ['倉庫の暗証錠は、代表番号の下4桁を入れると解錠できます。', ['security/credential:block:暗証錠は、代表番号の下4桁']],
    // the place said before the key
    ['書類は、通用口の消火器の箱に鍵を置いてありますので、それで保管庫を開けてください。', ['security/key-location:block:通用口の消火器の箱に鍵を置いてあり']],
    ['玄関の植木鉢の下に合鍵を入れています。', ['security/key-location:block:玄関の植木鉢の下に合鍵を入れてい']],
    // a round that is rare, said with も; 常駐せず is no reassurance
    ['年末年始は浄水場に職員が常駐せず、夜間の見回りも午前2時の1回だけになります。', ['security/guard-schedule:block:年末年始は浄水場に職員が常駐せず、夜間の見回りも午前2時の1回だけになります']],
    // the round as the topic after a clause (…が、夜の見回りは22時と2時だけ)
    [
      '倉庫には売上金を一晩置いとくことになりますが、夜の見回りは22時と深夜2時の2回だけです。',
      ['security/guard-schedule:block:倉庫には売上金を一晩置いとくことになりますが、夜の見回りは22時と深夜2時の2回だけです'],
    ],
    // Round 9–10 kinds: a secret under another name (認証情報, ログイン情報, 起動時の番号, パソコンを開くときの呪文, keypad,
    // door code, passcode), a lock's number in brackets (キーボックス（暗証 8-2-1）), the new value a secret was changed to, a
    // value after a dialect copula (やけん), a login as a bare pair, and a value told as what lets one in (X でログイン, X で開く,
    // X を入れれば解除, 8・4・2・7 の順に回すと開く, a login field's X を入力).
    ['共用端末の認証情報は Yngw-2025! です。', ['security/credential:block:認証情報は Yngw-2025!']],
    ['ログイン情報：kanko_staff / Hakushu88', ['security/credential:block:ログイン情報：kanko_staff']],
    ['窓口タブレットのロック解除用の番号は 5820 です。', ['security/credential:block:ロック解除用の番号は 5820']],
    ['スマホを起動するときの番号、2468 やけんね', ['security/credential:block:スマホを起動するときの番号、2468']],
    ['The door code for the staff entrance is 4471.', ['security/credential:block:door code for the staff entrance is 4471']],
    ['Staff Wi-Fi passcode: sagemon2025', ['security/credential:block:passcode: sagemon2025']],
    ['倉庫の鍵はキーボックス（暗証 8-2-1）に入っとるけん', ['security/credential:block:キーボックス（暗証 8-2-1']],
    ['防災倉庫の暗証番号は、先週から２５８０に変更しております。', ['security/credential:block:暗証番号は、先週から２５８０']],
    ['会計システムのパスワードを、本日 Yngw#0412 に変更した。', ['security/credential:block:パスワードを、本日 Yngw#0412']],
    ['共有アカウントでログインする際は kouhou01 、 Kouhou#2025 でログインできるばい', ['security/credential:block:Kouhou#2025']],
    ['庁内ポータルは kikaku-user / Plan2025 でサインインしてください。', ['security/credential:block:Plan2025']],
    ['通用口のボタン錠は 3-5-7-9 を押すと開きます。', ['security/credential:block:ボタン錠は 3-5-7-9']],
    ['金庫は 右に 4 回して… いや、8・4・2・7 の順に回すと開くよ', ['security/credential:block:8・4・2・7']],
    ['書庫のロッカーは 7788 で開けられます。', ['security/credential:block:7788']],
    ['受付タブレットは画面ロックがかかったら 1192 を入力すれば解除できます。', ['security/credential:block:1192']],
    ['ログイン画面で、IDの欄に admin-yngw、パスワードの欄に Admin#77 を入力してください。', ['security/credential:block:Admin#77']],
    // Round 9–10 kinds: a place a watching camera does not cover (は映らない, 映らんと, 撮影範囲外, カバーしていない), in any
    // register and across sentences; a place left out of the round (巡回ルートに含まれていない, 見回りしていません, 警備の範囲外);
    // the round's times told as a list item or topic (職員による敷地内巡回：15時と17時, 園内の見回りの時間は).
    ['当館の防犯カメラは正面玄関と駐輪場の2か所のみであり、体育館裏手の通路は映らない。', ['security/weakness:block:当館の防犯カメラは正面玄関と駐輪場の2か所のみであり、体育館裏手の通路は映らない']],
    ['不法投棄対策のカメラは、ステーション向かいの電柱と倉庫の軒下の2か所に付いています。北側の生け垣沿いは映らないので、そちらは地域の皆さんの見守りをお願いします。', ['security/weakness:block:北側の生け垣沿いは映らないので']],
    ['・職員による敷地内巡回：毎日15時と17時の2回\n・裏門側は巡回ルートに含まれていないため、保護者の方は正門からお迎えください。', ['security/guard-schedule:block:・職員による敷地内巡回：毎日15時と17時の2回', 'security/unguarded-place:block:裏門側は巡回ルートに含まれていないため', 'security/arrangement:warn:巡回ルート']],
    ['防犯カメラは北側が映らない', ['security/weakness:block:防犯カメラは北側が映らない']],
    ['駐車場の監視カメラ、西の端っこは映らんとよね〜', ['security/weakness:block:駐車場の監視カメラ、西の端っこは映らんとよね']],
    ['公民館の防犯カメラは玄関向き。裏の勝手口のほうは撮影範囲外となっております。', ['security/weakness:block:裏の勝手口のほうは撮影範囲外となっており']],
    ['見守りカメラは通学路の交差点に設置しておりますが、公園の奥まではカバーしていない状況です。', ['security/weakness:block:見守りカメラは通学路の交差点に設置しておりますが、公園の奥まではカバーしていない']],
    ['夜間の巡回は本館のみで、別館は見回りしていません。', ['security/unguarded-place:block:夜間の巡回は本館のみで、別館は見回りしていません']],
    ['東側の資材置場は警備の範囲外です。', ['security/unguarded-place:block:東側の資材置場は警備の範囲外です']],
    ['警備員の巡回コースから外れている第2倉庫は、各自で施錠を確認すること。', ['security/unguarded-place:block:警備員の巡回コースから外れている']],
    ['館内巡回は9時・13時・17時に実施している。', ['security/guard-schedule:block:館内巡回は9時・13時・17時に実施している']],
    ['園内の見回りの時間は、10時と14時です。', ['security/guard-schedule:block:園内の見回りの時間は、10時と14時です']],
    // Keigo, dialect (に戻しといたけん), である調 (とした), English and romaji (password is X, pasuwaado wa X).
    ['職員用端末のサインイン情報は、ユーザー名 kikaku02、パスワード Kikaku!2025 でございます。', ['security/credential:block:ユーザー名 kikaku02', 'security/credential:block:パスワード Kikaku!2025']],
    ['金庫の暗証番号は 1234 に戻しといたけん', ['security/credential:block:金庫の暗証番号は 1234']],
    ['ロッカーの番号は全部 0000 で開くよ', ['security/credential:block:0000']],
    ['PC no pasuwaado wa yngw2025 desu', ['security/credential:block:pasuwaado wa yngw2025']],
    ['The Wi-Fi password is yngw2025', ['security/credential:block:password is yngw2025']],
    ['Tablet PIN is 4471, don\'t tell anyone!', ['security/credential:block:PIN is 4471']],
    ['当該倉庫の開錠番号は、年度替わりにより 5-9-3-1 とした。', ['security/credential:block:開錠番号は、年度替わりにより 5-9-3-1']],
    // Blind R143I-012: the new password after 新： in a notice that it changed, a note on how to type it after (大文字・小文字に注意)
    ['【情報政策係】本日から庁内ネットワークのパスワードが変わりました。新：Hori2025!wari（大文字・小文字に注意）。ログインできない人は内線までどうぞ。', ['security/credential:block:新：Hori2025!wari']],
    ['パスワードを変更しました。旧：abc123 → 新：Xy7!kp29', ['security/credential:block:新：Xy7!kp29']],
    // Blind R183I-041: beside an account's name with its value, the secret named only by its use (入るときのは, 入る用のやつは,
    // ログインする時のは), full-width or not
    ['商店街のフェイスブック、ユーザー名は ｓｈｏｔｅｎ＿ｋａｉ、入るときのは ｋａｉ２０２６ やけん、よろしく', ['security/credential:block:ユーザー名は ｓｈｏｔｅｎ＿ｋａｉ', 'security/credential:block:入るときのは ｋａｉ２０２６']],
    ['ID: hakushu_pr、ログインする時のは Pr#0428 です。', ['security/credential:block:ID: hakushu_pr', 'security/credential:block:ログインする時のは Pr#0428']],
    ['アカウント名は kanko-yngw で、入る用のやつは donko77 です', ['security/credential:block:アカウント名は kanko-yngw', 'security/credential:block:入る用のやつは donko77']],
    ['職員用Wi-Fiのパスワードを更新しました。新：Sakura2025（全角・半角にご注意ください）', ['security/credential:block:新：Sakura2025']],
    ['共有PCのパスワードが変わりました。新：Kawa2025 ※入力ミスに注意', ['security/credential:block:新：Kawa2025']],
    // Blind R211D-030 kind: a value told as what logs one back into a system, no word for the secret (X で入り直して)
    ['文書管理システムに入れない方は、いったん仮の bunsho0401 で入りなおしてから変更をお願いします。', ['security/credential:block:bunsho0401']],
    ['端末がロックされた場合は kiosk2026 で入り直してください。', ['security/credential:block:kiosk2026']],
    // Blind R414P-058 kind: a building said empty over days told before and taken up by その間, or a span of days in the sentence
    ['10月5日（土）〜6日（日）、消防団は合宿です。\nその間、格納庫は誰もいなくなりますが、有事の際は隣の分団が出動しますのでご安心を。', ['security/guard-schedule:block:格納庫は誰もいなくなりますが']],
    ['7月20日から22日まで、旧倉庫は誰もいなくなります。', ['security/guard-schedule:block:倉庫は誰もいなくなります']],
    ['年末の12月28日〜1月4日は、その間、資料館は無人になります。', ['security/guard-schedule:block:資料館は無人になります']],
    // Blind R416R-023 kind: a site unattended as a rule, its only round told by a weekday or a part of the day
    ['水源地のポンプ場はふだん誰もいなくて、巡回は月曜と木曜の午後のみです。', ['security/guard-schedule:block:水源地のポンプ場はふだん誰もいなくて、巡回は月曜と木曜の午後のみです']],
    ['ふだん無人の浄水場ですが、点検の見回りは土曜の朝しか来ません。', ['security/guard-schedule:block:ふだん無人の浄水場ですが、点検の見回りは土曜の朝しか来ません']],
    ['この樋門は普段は無人です。見回りは毎月第2水曜だけなんです。', ['security/guard-schedule:block:見回りは毎月第2水曜だけなんです']],
  ]
  it.each(invalid)('flags %s', (text, expected) => {
    expect(summary(findingsOf(security, text))).toEqual(expected)
  })

  const valid = [
    // Blind R407G-025 kind kept clean: a shelter open to evacuees, a lock denied left open, a door opened at a time or for air, advice
    '避難所の体育館は鍵を開けたままにしていますので、いつでもそのままお入りください。',
    '鍵を開けたままにはしていませんので、受付で声をかけてからお入りください。',
    '当日は9時に係員が鍵を開けますので、そのまま会議室へお入りください。',
    '換気のため会議室のドアは開けたままにしています。そのままお入りください。',
    '外出するときに鍵を開けたままにしていると、泥棒がそのまま入ってきます。',
    // A broken reader with the public sent to another door, a lock stopped for a check, advice to change a first password
    'カードリーダーの故障のため、修理が終わるまで西側入口をご利用ください。',
    '点検のため、明日の午前中は書庫の電子錠を停止します。',
    'ブロックが壊れた花壇の修理のため、公園の東門はしばらく開けたままにしています。',
    '初回ログインの後は、誕生日など推測されやすいパスワードを避けて変更してください。',
    // A watchword that opens nothing: a slogan, a chant for locking up, advice, a watchword given at the desk
    '今年の防犯教室の合言葉は「いかのおすし」です。',
    '玄関の鍵をかけるときの合言葉は「いってきます、カギよし」。毎日の習慣にしましょう。',
    'Wi-Fiの合言葉（パスワード）は誕生日にしないようにしましょう。',
    '来館者用Wi-Fiの合言葉は受付でお伝えします。',
    'パスワードは、来月から 8 文字以上に変わります。',
    'PW、今月から A 4 サイズの用紙に変わりました',
    'かばんのポケットに入ってた財布の中の鍵が見つかりました。',
    // Blind R287L-055, R287L-048, R289O-008 kinds' hard negatives: advice, a lock with no code, bare directions, a link on the next line
    '金庫の管理は二人で行います。',
    'パスワードは定期的に変更しましょう。',
    '暗証番号は誕生日など推測されやすいものを避けましょう。',
    '収蔵庫は4桁の暗証番号で開く電子錠に更新しました。',
    'コインロッカーはご自身で決めた誕生日の4桁で開きます。',
    '金庫は事務所の奥です。駐車場は入口から右3番目→左2列目をご利用ください。',
    'ダイヤル式の金庫は右に回してから左に回します。',
    'パスワードの再設定はこちら\n【https://example.jp/reset】',
    'パスワードは定期的に変更しましょう\n「abc12345」のような単純なものは避けてください',
    // Blind R298K-040 / R298K-006 kinds' hard negatives: advice, a year merely named, a code's length only; the takings' keeper named,
    // a rubbish day, a collection with no spot, rubbish put out by the public
    '暗証番号に誕生日や西暦を使わないでください。',
    '市が誕生した年（2005年）を記念して、記念植樹を行いました。',
    'スマホの暗証番号は、ご自身の誕生日の4桁にしないでください。',
    'タブレットのパスコードは4桁の数字です。',
    '郵便番号は832-8601です。市が誕生した年は2005年です。',
    '売上金は実行委員会が責任をもって管理します。',
    '回収日は毎週火曜です。',
    '売上金は17時に回収します。ご協力ありがとうございました。',
    '古紙は毎週水曜の9時に回収に来ます。それまでは倉庫の中の箱に入れておいてください。',
    // Blind R110A-023 / R110A-138: turning right and left with no value, arrows in directions; advice on how not to make a password
    '金庫の扱い方の研修を行いました。右に回す、左に回すの基本から確認しました。',
    'ダイヤルを右に回すと音量が上がります。',
    '交差点は右に曲がり、次の信号を左に曲がってください→市役所まで約5分です。',
    'パスワードは誕生日のあとに名前を付けるなど、推測されやすい作り方は避けましょう。',
    'ご自身のパスワードは、電話番号の後ろに英字を足すような作り方は危険です。',
    '内線番号のあとに ＃ を押してください。',
    '暗証番号を誕生日にしていませんか？',
    'パスワード、誕生日とか電話番号にしとらん？',
    '料金が変わりました。新：500円',
    // reassurance with no times told
    '警備員が24時間常駐していますので、ご安心ください。',
    '夜間も警備員が巡回していますので安心です。',
    // a service stopped for an inspection; a public site open by design
    '点検のため、明日10時から12時までエレベーターが停止します。',
    '市の施設予約システムは、ログイン不要でどなたでもご覧いただけます。',
    // a key kept at a staffed or locked place
    '会議室の鍵は受付にありますので、お声がけください。',
    'キーボックスの中に鍵が入っています。暗証番号は担当者からお伝えします。',
    // a guide or guards going round as a service, with no time of the round
    '警備員さんが会場を回っていますので、お困りの際はお声かけください。',
    '見学ツアーは10時と14時の2回、職員が案内して館内を回ります。',
    '警備員の方が2回も声をかけてくださいました。',
    // Round 24 hard negatives: a rule for a secret told in the next sentence, a public patrol's day, a lock released on purpose for an event
    'パスワード、忘れずに変更してください。8文字以上です。',
    '防犯パトロールは毎週金曜の19時から行います。それ以外の日は各自で戸締まりをお願いします。',
    // Round 23: a rule for the length of a code, a camera said not to stop, a public service's round
    '暗証番号は4桁から6桁に変更になりました。',
    'パスワードは8文字以上に設定してください。',
    '庁舎の防犯カメラは夜間も停止しておりません。',
    '防犯カメラは点検のため一時停止しています。ご迷惑をおかけします。',
    '狂犬病予防注射の地区巡回、4月は市内28か所を回ります。巡回時間は会場ごとに違いますので、日程表でご確認ください。',
    '献血バスの巡回ルートは市のホームページでご確認ください。',
    'パスワードは開設時に担当課へお知らせします。',
    'パスワードは最初のまま使わず、変更してください。',
    // a key handed over at reception; an event's security strengthened, announced
    '鍵は受付でお渡しします。',
    '花火大会の警備体制について県警と協議を重ね、昨年より警備員を50人増員します。',
    'マラソン大会当日は警備体制を強化し、沿道に係員を配置します。',
    '更衣室のロッカーのロック番号は各自で設定してください。',
    'オートロックの番号は入居者にのみ個別にお知らせします。',
    // a key box or a safe keeps the key locked away; the box is named, not the code
    '受付横のキーボックスにある鍵をお使いください。',
    '暗証番号付きボックスに入っている鍵で開けてください（番号は当日お伝えします）。',
    '鍵は事務室の金庫に保管してある鍵をお渡しします。',
    '公園のフェンスが壊れています。危険ですので近づかないでください。',
    '台風でフェンスが倒れたため、通り抜けできません。',
    '交差点を右に曲がり、左に3軒目が金庫店です。',
    '自転車の盗難が増えています。盗まれた自転車の約6割は鍵をかけていなかった自転車でした。必ず鍵をかけましょう。',
    // a crime-prevention notice: where not to hide a key, told as advice
    '【空き巣に注意】玄関の合鍵を、植木鉢の下や郵便受けの中に置いていませんか？ 空き巣は、まず鍵の隠し場所を探します。短い外出でも必ず施錠し、合鍵は家の外に保管しないようにしましょう。',
    '会議室の予約番号が本日から変わりました。',
    '移動図書館の巡回は10時と14時です。',
    '空き巣は勝手口から侵入することが多いので、施錠されていないことがないよう注意しましょう。',
    'システム更新のため、明日9時から12時まで住民票の発行を停止します。',
    // 窓口 is a desk, not a window; しかない is "the only way", not "there is none"
    '窓口に来てもらうしかないですね',
    '窓口は混雑しているので、ほかに方法がないです',
    '錠剤の飲み忘れがないようご注意ください',
    // a key handed over at a desk or locked in a key box; advice against hiding one
    '会議室の鍵は、受付にある鍵をお受け取りください。',
    '植木鉢の下にある鍵は空き巣に狙われやすいので、やめましょう。',
    'キーボックスに入っている鍵をお使いください。暗証番号は予約時にお伝えします。',
    // pressing keys that open nothing; a patrol by the fire brigade or the neighbourhood
    'お電話の際は音声案内に従い1と押してください。',
    '郵便番号を入力すると住所が自動で入ります。',
    '新番号は窓口でお伝えします。',
    '防犯カメラは全12台を設置しています。故障の際は商店街事務局へご連絡ください。',
    '受付に鍵を預けてください。',
    '鍵を植木鉢の下に隠すのは危険です。',
    '夜間の見回りも地域の皆さんと行っています。',
    'エレベーターは3階と押してください。',
    'ボタンを3回押すと、入口のドアが開きます。',
    '台風が近づいていますので、見回りは19時から消防団が行います。',
    '夏休み期間中、子どもたちの見回りは17時から地域の皆さんにお願いしています。',
    '循環バスは毎時10分に発車します。',
    '自転車の鍵の番号は3桁です。',
    'ロッカーは施錠できます。番号は受付でお伝えします。',
    '防犯カメラは正面玄関と駐車場に設置しています。',
    '暗証番号は、4桁の数字で設定してください。',
    'パスワードは初期設定のままにせず、必ず変更してください。',

    // Same surface, fine: 24-hour guards, rounds without a time, a bus route, police and fire-brigade patrols.
    '警備員が24時間常駐しています',
    '夜間は警備員が巡回しています',
    '巡回バスは9時と15時に出発します',
    '警察による夜間パトロールが強化されています',
    '消防団が21時から夜回りをします。火の用心！',
    // Same surface, fine: advice against the same habits, an exhibition open to all, a single open entrance on event day,
    // a photo angle, a memo pad to bring, a camera used only at the venue.
    'パスワードを初期設定のままにしないでください。',
    'パスワードを付箋に書いて貼るのはやめましょう。',
    '展示室はどなたでも自由に入れます。',
    '当日は会場の正面入口しか開いていません。',
    '写真は正面からしか撮影できません。',
    'メモ帳と筆記用具をお持ちください。',
    'このカメラは白秋祭の会場だけで使います。',
    // Same surface, fine: closed-hours notices with a contact, 無人販売所, machine security, burnt-out lights, public guest Wi-Fi
    // without a secret, phone and postal numbers, an official account id.
    '夜間・休日は職員が不在のため、お急ぎの場合は代表電話へご連絡ください。',
    '無人販売所で新鮮な野菜を販売しています。',
    '夜間は機械警備により庁舎を管理しています。',
    '防犯カメラの映像は一定期間で自動的に消去されます。',
    '空き家を狙った空き巣にご注意ください。夜間は家が無人にならないよう工夫しましょう。',
    '体育館は夜9時まで利用できます。',
    '防犯カメラの設置工事が完了し、正常に作動しています。',
    '停電の影響で信号機が消えています。通行にはご注意ください。',
    '館内の照明が切れていたため、交換しました。',
    'ドアの前の蛍光灯が切れていて暗いので、足元にご注意ください。',
    '正面玄関のドアの前の電球が切れていて暗くなっています。',
    '無料Wi-Fi「YANAGAWA FREE Wi-Fi」がご利用いただけます（パスワード不要）',
    '市ホームページ https://www.city.yanagawa.fukuoka.jp/ をご覧ください',
    'パスワードを忘れた方は再設定してください',
    '郵便番号は832-8601です',
    '申込受付番号は A-2026-0153 です',
    '電話番号は0944-73-8111です',
    '会場の鍵は受付でお渡しします',
    '警備員を配置し、安全な運営に努めます',
    '暗証番号は生年月日など推測されやすいものを避けましょう',
    '館内Wi-Fi: Yanagawa_Free / 24h利用可',
    'Wi-Fi：あり／電源：あり／駐車場：50台',
    '白秋祭2026 / Yanagawa Festival',
    '公式アカウントID：yanagawa_city / フォローお願いします',
    'パスワードは8文字以上で設定してください',
    '警備員が巡回していますので安心してご来場ください',
    '夜間・休日は守衛室で受け付けます',
    '防犯カメラを設置しました',
    '暗証番号を聞く電話は詐欺です。絶対に教えないでください。',
    '鍵の貸し出しは受付で行っています',
    '誕生日をパスワードにするのはやめましょう',
    '会議室の予約番号は 2024-15 です',
    '申込番号は受付後にメールでお知らせします',
    '夜間は警察官がパトロールを強化しています。',
    '【注意】「password」や「123456」など、推測されやすいパスワードは使わないでください。',
    'パスワードは、英大文字・小文字・数字・記号を組み合わせて12文字以上にしましょう。',
    '二段階認証を設定し、パスワードを定期的に見直しましょう。',
    'キャッシュカードの暗証番号を他人に教えないでください。警察官や市職員が暗証番号を聞くことはありません。',
    'マイナンバーカードの暗証番号（4桁）を忘れた方は、市民課で再設定できます。',
    '暗証番号の再設定には、本人確認書類が必要です。',
    '公衆Wi-Fi「Yanagawa_Free_Wi-Fi」は、パスワードなしでご利用いただけます。',
    '市民会館の無料Wi-Fiは、SSID「Yanagawa_Free」を選んで接続してください。',
    '防犯カメラの設置費用を補助します。町内会などが設置する防犯カメラが対象です。',
    '夜間の防犯パトロールにご協力いただいている地域の皆さん、ありがとうございます。',
    '自転車の鍵は二重にかけましょう。',
    '白秋祭の会場には警備員を配置し、安全確保に努めます。',
    '庁舎の開庁時間は8時30分から17時15分です。',
    '警察署によると、空き巣は鍵のかかっていない窓から入ることが多いそうです。',
    '防災行政無線のテスト放送を毎月1日の12時に行います。',
    'IPアドレスとは、インターネット上の住所のようなものです。',
    'コインロッカーの暗証番号は、ご自身で設定してください。',
    '入場パスは受付で配布します。',
    'PINコードは4〜6桁の数字で設定します。',
    // Secrets explained, not told.
    '暗証番号は絶対に他人に教えないでください',
    '市職員が電話で暗証番号を聞くことはありません。',
    'パスワードは8文字以上にしてください',
    'パスワードは英数字を組み合わせて12桁以上にしましょう。',
    'パスワードを「123456」にするのは危険です。',
    '「password」のような推測されやすいパスワードは避けましょう。',
    'パスワード: ********',
    'パスワードを定期的に変更しましょう',
    'SNSのパスワードは他のサービスと使い回さないでください。',
    '市役所1階の無料Wi-Fi（SSID：Yanagawa_Free）はパスワード不要です。',
    '公式LINEのIDは @yanagawa_city です。',
    'クーポンコード：YANAGAWA10 で10%オフ',
    // Numbers that are not secrets.
    '災害用伝言ダイヤル171をご利用ください。',
    '整理番号は 123 です。',
    'パスワードは12345678では危険です。',
    '暗証番号は 0000 のままにしないでください。',
    'パスワードは「1234」など推測されやすいものを避けてください。',
    'IDとパスワードは、申込後にメールでお送りします。',
    'ログインIDはメールアドレスです。',
    '暗証番号を3回間違えるとロックされます。',
    '夜間は警備員が常駐していますので、安心してご利用ください。',
    'ロッカーの鍵は受付でお渡しします。',
    'パスワードの再設定方法（PDF：123KB）',
    'パスワードを忘れた場合（よくある質問 Q12）をご覧ください。',
    'パスワード変更のお願い（2025年4月1日）',
    'パスワードはいちごです',
    'パスワードは、各自で設定してください / 8文字以上',
    '受付番号 202504150023 をお知らせください。',
    '防犯カメラがない駐輪場では盗難にご注意ください。',
    'オートロックは2024年に導入しました。',
    '暗証番号は、さんご礁のように大切に',
    'フリーダイヤル 0120-123-456',
    '1日フリーパスは1,500円です。',
    '年間パスは3000円です。',
    'パスポートの申請は県の窓口で',
    'バージョン10.0.1を公開しました',
    '172.15.0.1',
    '8.8.8.8',
    '問い合わせ：柳川市役所 0944-73-8111',
    '会場：市民会館 local の皆さま',
    '詳しくは https://www.city.yanagawa.fukuoka.jp/ をご覧ください',
    // Keys, guards and cameras in ordinary notices.
    '短い時間でも必ず鍵をかけ、二重ロックをおすすめします。',
    '鍵をかけ忘れないようにしましょう。',
    '会議室の鍵は受付でお受け取りください。',
    '鍵は窓口で貸し出します。',
    '合鍵を植木鉢の下に隠すのは危険です。',
    '合鍵を郵便受けに入れておくのはやめましょう。',
    '鍵は玄関マットの下などに置かないでください。',
    '空き巣は、植木鉢の下に鍵を置いている家を狙います。',
    '会場周辺には警備員・誘導員を配置します。',
    '警備員を配置し、夜間も巡回しています。',
    '移動図書館の巡回は毎月第2火曜日の10時です。',
    '防犯パトロールを実施しました',
    '市営自転車駐車場（1〜3日は管理人不在）',
    '移動図書館わかあゆ号…巡回時間内にお越しください。',
    '防犯カメラを20台設置しました。',
    '防犯カメラ作動中',
    'ドアの鍵が壊れているため、東口をご利用ください。',
    // Round 9–10 hard negatives: times, prices, services and search fields next to the same verbs; rules and advice about secrets.
    '会場は 18:30 で開きます。',
    'マイナポータルにはマイナンバーカードでログインしてください。',
    '電子申請は Googleアカウントでログインできます。',
    'Teams でログインできない場合は情報政策課へ。',
    'Windows11 で起動しない場合はご相談ください。',
    '整理券 No.105 までの方が入れます。',
    '申請番号欄に 2025 を入力してください。',
    'ゲートは 10:00 に開きます。',
    '図書館は 2025年4月1日 に開館します。',
    '入場料は 500 円で入れます。',
    'パスワードは定期的に変更してください。',
    'パスワードは90日ごとに変更することをおすすめします。',
    '認証情報の管理を徹底しましょう。',
    'ログイン情報は担当者から個別にお知らせします。',
    '起動時の番号は各自で設定してください。',
    'パスワードは英数字8文字以上に変更してください。',
    'ログイン後、検索欄に 柳川 と入力してください。',
    'ゲストWi-Fiは、SSID「Yanagawa_Free」でどなたでも接続できます。',
    '子ども110番の家は 120 か所あります。',
    '市役所の代表番号は 0944-73-8111 です。',
    'LINE公式アカウントはIDで検索できます。',
    '登録した 4桁の暗証番号 でログインしてください。',
    '第2駐車場は 8:30 で開きます。',
    'R7年度の申請は e-Tax でログインして行ってください。',
    '臨時窓口は 3F で開きます。',
    'ログインは、メールアドレスとパスワードで行います。',
    'ログインは こちら から。',
    '倉庫のダイヤル錠の番号は管理者が変更しました。',
    '新しい認証方式に変更しました。',
    'ポイントは 1000pt で交換できます。',
    'カードは ABC123 のように英数字で入力してください。',
    '暗証番号を 0000 に設定するのは危険です。',
    'Zoom のミーティング ID は 812 3456 7890 です。',
    // Round 9–10 hard negatives: homes and faces kept out of a camera's view, live river cameras, TV reception, public rounds
    // (移動図書館, 巡回相談, 巡回収集, 巡回健診), a round without a time, a subsidy's scope.
    '防犯カメラは、住宅の窓などが映らないよう角度を調整しています。',
    '河川ライブカメラは夜間は映りにくくなります。',
    '防犯カメラの映像に、個人の顔が映らないよう配慮しています。',
    '防犯カメラを設置しました。なお、個人の住宅は撮影範囲に含まれていません。',
    '防犯カメラは正面玄関と駐車場に設置しています。',
    '記念撮影の際、後ろの方は写真に写らないことがあります。',
    '移動図書館の巡回ルートに含まれていない地区の方は、本館をご利用ください。',
    '巡回バスは市役所前には停まりません。',
    '保健師による巡回相談：毎月第2火曜日 10時〜12時',
    '職員による巡回収集：毎週水曜日9時',
    '警備員を配置し、会場内を巡回します。',
    'テレビが映らない場合は、アンテナをご確認ください。',
    'ドローンで撮影した映像は、個人が特定できる範囲は公開しません。',
    '防犯カメラの設置補助の対象は、町内会などの団体です。補助の範囲外となる経費もあります。',
    'パトロールの対象は通学路です。',
    '防災無線が聞こえにくい地域は、アプリの範囲外ではありません。',
    '巡回健診の会場は公民館です。',
    '園内の見回りを強化しています。',
    '職員による見回りを行っています。',
    '館内の巡回は警備会社に委託しています。',
    // A rule changed, a setting to restore, a hashtag and a gate in English.
    'パスワードは、本日より新しいルールに変更しました。',
    '暗証番号は窓口で 4 桁に設定してください。',
    'Our official hashtag is #yanagawa2025',
    'パスワードを初期値に戻してください。',
    'The event starts at 10:00 and the entrance is Gate 3.',
    // Blind R143I-012: advice after a change, no value; 新： before anything but a secret's value
    'パスワードが変わりました。新しいパスワードは推測されにくいものにしましょう。',
    'パスワードは大文字・小文字を区別します。入力ミスに注意してください。',
    '新：2025年度予算案を公表しました。パスワードの変更に注意。',
    // Blind R183I-041, hard negatives: a login explained with no value, a way in that is no account's, an account told and the way in
    // set by each user
    'ログイン名は各自の職員番号です。入るときのはご自身で決めたものを使ってください。',
    'ログイン名は各自のメールアドレスです。',
    '公式アカウントは yanagawa_kanko です。会場に入るときのは整理券 A123 をお持ちください。',
    'ユーザー名は yanagawa_kanko です。入るときのは各自で設定したものを入力してください。',
    // Blind W9-FP-001: a camera said not to film homes, faces or plates is privacy kept, no fault
    '【防犯カメラの設置について】市役所駐車場に防犯カメラを設置しました。カメラは周辺の個人のお宅の中を映していないので、ご安心ください。',
    '防犯カメラは周辺の住宅を映していないので、ご安心ください。',
    '監視カメラは通行人の顔を撮影していないので安心してください。',
    '防犯カメラは車のナンバーを録画していないので、ご安心を。',
    // (re-entering a place, no system: a ticket's code, a bath)
    '会場を出られた方は、再入場券 RE2025 で入り直してください。',
    '露天風呂は男湯 B2 で入り直してください。',
    // Stop 52: a rule for each reader's own secret, derived from their own number (not the city's shared one)
    '図書館のWebサービスの初期パスワードは、利用者番号の下4桁です。',
    '会員サイトのパスワードは、会員番号の下4桁です。ログイン後に変更してください。',
    // Blind R414P-058 kind kept clean: a check that none is left, a case put, days with no one said gone, a stay said kept
    '11月3日（日）の文化祭の片付けが終わったら、格納庫に誰もいないか確認してから施錠してください。',
    '8月13日〜15日はお盆休みです。その間の詰所へのお問い合わせは本部へどうぞ。',
    '11月16日（土）〜17日（日）の研修旅行中も、詰所には当番の団員が常駐しています。',
    '6月1日（日）〜2日（月）は倉庫の整理を行います。その間、倉庫に人がいないときは必ず施錠をお願いします。',
    '12月1日から3日まで、避難所の開設訓練です。その間、体育館は誰もいなくなることはありません。',
    '夜間、車庫に誰もいないことを確認してから施錠してください。',
    // Blind R416R-023 kind kept clean: a tour or a guide at set days, a public patrol, a round told without だけ or no site left empty
    '浄水場は見学できます。毎週火曜の午前中だけ、職員がご案内します。',
    'ふだん誰もいない公園ですが、自治会の見回りは毎週土曜の朝だけです。',
    '資料館はふだん無人ですが、見学は毎週火曜の午前中だけ受け付けています。',
    '公園の巡回は毎週火曜の午前中のみ行っています。',
  ]
  it.each(valid)('passes %s', (text) => {
    expect(summary(findingsOf(security, text))).toEqual([])
  })
})

describe('security (5(1)): a secret given away by what it is made of (round 26)', () => {
  it.each([
    'ロッカーの暗証番号は課長の車のナンバーと同じです。',
    '倉庫の鍵の番号は、柳川市の市制施行の年にしてあります',
    '共用パソコンのパスワードは係長の名前＋誕生日ばい',
    'キーボックスの暗証、市役所の代表番号を逆から押すだけです',
    '書庫のダイヤル、実は開庁記念日なんよ',
    '金庫のダイヤル番号は、課長の年齢を二回続けたものです',
    '暗証番号は開館した年の西暦です',
    '倉庫の暗証番号、実は係長の好きな数字なんです笑',
  ])('blocks %s', (text) => {
    expect(summary(findingsOf(security, text)).some((x) => x.startsWith('security/credential:block'))).toBe(true)
  })
  it.each([
    '暗証番号は生年月日以外の数字を設定してください。',
    '初期パスワードはご自身の生年月日（8桁）です。ログイン後に変更してください。',
    'パスワードに誕生日を使うのは避けましょう。',
    '暗証番号を誕生日にしていませんか？',
    '金庫の番号を忘れたときは、担当課までお問い合わせください。',
    '図書館カードの暗証番号は、登録時に決めた4桁の数字です。',
    'マイナンバーカードの暗証番号は、生年月日など推測されやすい番号は設定できません。',
    'ロッカーの番号は西暦で管理しています。',
    '申込時の暗証番号は、申込者の生年月日（西暦8桁）です。',
    '防犯のため、金庫の番号は定期的に変更しています。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(security, text))).toEqual([])
  })
})

describe('security (5(1)): a Wi-Fi passkey with its value', () => {
  it.each(['職員用Wi-Fi（SSID：yngw-staff）のパスキーは kominkan0944 です。', '事務室の無線LANのパスキー：Yngw2026staff'])('flags %s', (text) => {
    expect(summary(findingsOf(security, text)).some((x) => x.startsWith('security/credential:block'))).toBe(true)
  })
  it.each(['パスキーでのログインに対応しました。', 'スマホのパスキー機能を使うと、パスワードを覚えなくても安全にログインできます。'])('passes %s', (text) => {
    expect(summary(findingsOf(security, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('security: a new password named back in the next sentence (round 30)', () => {
  it.each([
    '予約システムのぱすわーどを変更しました。新しいものは Yngw_2026 です。',
    '庁内Wi-Fiのパスワードを変えました。新しいのは yanagawa123 です。',
    'ロッカーの暗証番号を更新しました。今度のは 4719 です。',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(security, text)).some((x) => x.startsWith('security/credential'))).toBe(true)
  })
  it.each([
    'パスワードを変更しました。新しいものは各課の共有フォルダの台帳に記載しています。',
    'パスワードの変更をお願いします。新しいものは8文字以上にしてください。',
    '新しいパンフレットができました。新しいものは2025年版です。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(security, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('security (5(1)): weak passwords listed as a class in an awareness post are examples (round 31)', () => {
  it.each([
    'パスワードは「abc123」や「xyz789」を使っています。',
    '庁内Wi-Fiのパスワードは「yana1234」です。',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(security, text)).some((x) => x.startsWith('security/credential'))).toBe(true)
  })
  it.each([
    '毎年公表される「よく使われるパスワード」の一覧には、「123456」や「password」といった単純なものが上位に並ぶ。',
    'よく使われるパスワードの上位は「123456」や「password」です。使わないでください。',
    '流出したパスワードの多くは「qwerty」や「111111」といった単純なものでした。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(security, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('security (5(1)): a lock code given by what it is made of, the lock named before a bare 番号 (round 33)', () => {
  it.each([
    '倉庫の鍵は警備室横のキーボックス（番号は庁舎の内線と同じ4桁）です。',
    '鍵は警備室横のキーボックス、番号は庁舎の内線と同じ4桁です。',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(security, text)).some((x) => x.startsWith('security/credential'))).toBe(true)
  })
  it.each(['キーボックスを設置しました。番号は担当課にお問い合わせください。', 'ロッカーは無料です。番号札は受付でお渡しします。'])('passes %s', (text) => {
    expect(summary(findingsOf(security, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('security (5(1)): a key left somewhere with an adverb before the verb (round 34)', () => {
  it.each(['空き部屋の鍵は、管理事務所裏口横の郵便受けにまとめて入れてあります。', '倉庫の合鍵は、物置の棚の上にいつも置いてあります。'])('flags %s', (text) => {
    expect(summary(findingsOf(security, text)).some((x) => x.startsWith('security/key-location'))).toBe(true)
  })
  it.each(['鍵はまとめて管理しています。', '鍵は受付にまとめてお返しください。'])('passes %s', (text) => {
    expect(summary(findingsOf(security, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('security (5(1)): a device lock told with its value, a code unchanged since last year (round 41)', () => {
  it.each([
    '新しく入った多言語翻訳タブレットの画面ロックは ０ ７ ２ ９ です。シフト交代のときに共有をお願いします。',
    '受付のiPad、画面ロックは 4 8 1 5 に変えました。',
    '貸出用パソコンのPCロックは、yngw2025です。',
    '資材倉庫の南京錠、番号は今年も三三八二のままです。',
    '書庫の金庫、暗証番号は相変わらず0523です。',
    '通用口のテンキー、番号は引き続き2580#です。',
  ])('flags %s', (text) => {
    expect(findingsOf(security, text).some((f) => f.rule === 'security/credential' && f.severity === 'block')).toBe(true)
  })
  it.each([
    '画面ロックは5分で自動的にかかります。',
    '画面ロックは必ず設定してください。',
    'スマホの画面ロックは4桁より6桁がおすすめです。',
    '離席時はPCロック（Windows＋L）をお願いします。',
    '選挙ポスター掲示場の番号は今年も同じです。掲示場の位置は市ホームページでご確認ください。',
    '整理券の番号は今年も100番までです。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security (5(1)): a window shut (閉め切っている) is no device switched off', () => {
  it.each(['聞こえにくいのは、ご自宅の窓を閉め切っているためかと思われます。', '冬は窓を閉め切っていることが多いので、換気を心がけましょう。', '体育館は貸し切っているため、一般利用はできません。'])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each(['夜間は裏口の防犯カメラの電源を切っています。', '通用口のセンサーは切ってあります。'])('flags %s', (text) => {
    expect(findingsOf(security, text).some((f) => f.rule === 'security/weakness')).toBe(true)
  })
})

describe('security (5(1)): a key taped or tucked somewhere (貼り付けて, 挟んで) is where it is kept (round 42)', () => {
  it.each(['土日は裏口の鍵を郵便受けの裏側に貼り付けてあります。', '倉庫のカギはポストの中にテープで貼り付けています。', '合鍵はドア横の看板の裏に挟んであります。'])('flags %s', (text) => {
    expect(findingsOf(security, text).some((f) => f.rule === 'security/key-location')).toBe(true)
  })
  it.each(['鍵を郵便受けの裏に貼り付けるのは危険です。', '注意書きを入口のドアに貼り付けてあります。', 'ポスターは掲示板に貼り付けてあります。'])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security (5(1)): a key left at a place told in the contracted colloquial form (置いてる, 隠しとる, 貼っちょる) (round 43)', () => {
  it.each([
    '入口横の消火器ボックスの裏に鍵を置いてるので、それで開けてくださいね',
    '物置の植木鉢の下に合鍵を隠しとるけん、使ってよかよ。',
    '郵便受けの奥にスペアキーを貼っちょるよ',
    '集会所の勝手口は、電気メーターの箱の中にカギを入れてます。',
    '倉庫の鍵、いつも通り裏の物置の棚に置いてるからね',
  ])('flags %s', (text) => {
    expect(findingsOf(security, text).some((f) => f.rule === 'security/key-location' && f.severity === 'block')).toBe(true)
  })
  it.each([
    '植木鉢の下に鍵を置いてたら盗まれた、という空き巣被害が増えています。',
    '空き巣は植木鉢の下に鍵を隠してるお宅を狙います。合鍵を外に置かないようにしましょう。',
    '受付に鍵を置いてるので、職員に声をかけてください。',
    '会議室の予約表を入口横の掲示板に貼ってるので、ご確認ください。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security (5(1)): a way into a site said to be unwatched for set hours (搬入口は11時から12時の間は人がいなくなります) (round 43)', () => {
  it.each([
    '当日は正面入口に警備員を配置します。なお、裏手の搬入口は11時から12時の間は人がいなくなりますので、関係者の方はその時間帯の出入りにご注意ください。',
    '通用口は夜８時以降は誰もいませんので、早めに退出してください。',
    '裏門は朝7時から8時半までは誰もおりません。',
    '会場の職員通用口は、14時〜15時は無人になります。',
  ])('flags %s', (text) => {
    expect(findingsOf(security, text).some((f) => f.rule === 'security/guard-schedule' && f.severity === 'block')).toBe(true)
  })
  it.each([
    '年末年始は支所が無人になりますので、ご注意ください。',
    '土日は支所に職員がいませんので、お問い合わせは本庁へお願いします。',
    '通用口は17時で閉鎖します。17時以降は正面玄関をご利用ください。',
    '非常口の前には物を置かないでください。',
    '空き巣は、夜間に誰もいない倉庫を狙います。戸締まりにご注意ください。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security (5(1)): a network key labelled in English (key: X, network key: X, WPA key = X) (round 43)', () => {
  it.each([
    ['Free Wi-Fi at the library. Staff network: yng-lib-staff / key: Kappa#0944 (staff only!)', 'security/credential:block:key: Kappa#0944'],
    ['Office network key: Kanko2025!', 'security/credential:block:network key: Kanko2025!'],
    ['WPA key = hakushu0944 for the meeting room.', 'security/credential:block:WPA key = hakushu0944'],
    ['会議室のWi-Fi → SSID: yngw-mtg / key: sagemon2026', 'security/credential:block:key: sagemon2026'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(security, text))).toContain(expected)
  })
  it.each([
    'Wi-Fi: Yanagawa_Free (no key needed). Enjoy!',
    'Network name: Yanagawa_Free_WiFi (no password needed)',
    'Key: Please bring your own bag.',
    'Key points: 1. Bring water 2. Wear a hat',
    'Key: Yanagawa Canal Cruise 2026',
    'The key to the city was presented to the mayor of Key West.',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security (5(1)): a key carried on one\'s person (a bag, a pocket, a wallet) is no hiding place', () => {
  it.each([
    'カギをなくしたと思ったら、かばんのポケットに入ってたよ',
    '家の鍵をなくしたと思ったら、コートのポケットに入っていました。',
    '自転車の鍵は財布の中に入れています。なくさないのが一番！',
    '鍵はバッグの内側に付けておくと安心です。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.rule === 'security/key-location' && f.severity !== 'info')).toEqual([])
  })
  it.each([
    '合鍵は事務室の机の引き出しの奥に入れてあります',
    '倉庫の鍵は、入口横の消火器ボックスの裏に入ってるので使ってください',
    '公民館の鍵は玄関の植木鉢の下に置いてます。',
  ])('still flags %s', (text) => {
    expect(findingsOf(security, text).some((f) => f.rule === 'security/key-location' && f.severity === 'block')).toBe(true)
  })
})

describe('security (5(1)): a do-not in the plain negative (・合鍵を植木鉢の下に置かない) is advice (blind GK)', () => {
  it.each([
    '■今日からできる対策\n・短い時間でも必ず鍵をかける\n・合鍵を郵便受けや植木鉢の下に置かない\n・旅行中であることをSNSに投稿しない',
    '合鍵を植木鉢の下に置かないこと。',
    '防犯のポイント：スペアキーを玄関マットの下に隠さない！',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.rule === 'security/key-location' && f.severity !== 'info')).toEqual([])
  })
  it.each([
    '公民館の合鍵を植木鉢の下に置いています',
    '合鍵を植木鉢の下に置いてるけん、使って。',
  ])('still flags %s', (text) => {
    expect(findingsOf(security, text).some((f) => f.rule === 'security/key-location' && f.severity === 'block')).toBe(true)
  })
})

describe('security (5(1)): a key to be put back after use at a place (消火栓ボックスの中に戻しておいてください) (blind R44A)', () => {
  it.each([
    '使用後は、鍵を裏口の郵便受けの中に戻してください。',
    '倉庫のカギは、使ったら物置の植木鉢の下へ戻しといてね',
    '合鍵は使用後、勝手口の傘立ての中に戻すこと。',
    '練習が終わったら、グラウンド脇の電気メーターの箱に鍵を戻しておいてください。',
    'ｶｷﾞは作業後、ﾌﾞﾛｯｸ塀の隙間に戻しておいて下さい。',
  ])('flags %s', (text) => {
    expect(findingsOf(security, text).some((f) => f.rule === 'security/key-location' && f.severity === 'block')).toBe(true)
  })
  it.each([
    'ご利用後は、鍵を事務室のキーボックスに戻してください。',
    '使い終わった鍵は、管理人室へお戻しください。',
    '貸出用の鍵は、使用後に受付へ戻してください。',
    '鍵は使用後、元の場所に戻してください。',
    '備品と鍵は所定の位置に戻しておいてください。',
    '合鍵を植木鉢の下に戻すのは危険です。空き巣はまずそこを探します。',
    '使ったボールは体育倉庫の棚に戻しておいてください。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.rule === 'security/key-location' && f.severity !== 'info')).toEqual([])
  })
})

describe('security (5(1)): a night watch kept by the fire brigade or the neighbourhood (消防団による夜警) is a public round (blind R44A)', () => {
  it.each([
    '歳末特別警戒として、各分団が12月28日から30日の19時から22時まで夜警を実施します。',
    '自治会の皆さんによる夜警は、毎晩21時から23時まで行われます。拍子木の音にご協力ください。',
    '防犯ボランティアの見張りは、下校時間の15時〜17時です。',
    '年末は消防団の夜警パトロールが20時〜22時に地区を回ります。火の用心をお願いします。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.rule === 'security/guard-schedule' && f.severity !== 'info')).toEqual([])
  })
  it.each([
    '夜間は警備員が22時と3時に巡回します。消防団の夜警もあります。',
    '消防団の夜警が終わる23時以降、倉庫には誰もいません。',
    '庁舎の警備員の巡回は21時と2時の2回です。',
  ])('still flags %s', (text) => {
    expect(findingsOf(security, text).some((f) => f.rule === 'security/guard-schedule' && f.severity === 'block')).toBe(true)
  })
})

describe('security (5(1)): an account and its secret read as one value (ログインは zeimu02/Yngw2025! です) (blind R45A)', () => {
  it.each([
    '受付用タブレットのログインは ｚｅｉｍｕ０２／Ｙｎｇｗ２０２５！ です。',
    'タブレットのログインは zeimu02/Yngw2025 です。',
    '共有PCのサインイン：kanko-pc / Spring#26',
  ])('flags %s', (text) => {
    expect(findingsOf(security, text).some((f) => f.rule === 'security/credential' && f.severity === 'block')).toBe(true)
  })
  it.each([
    'ログインは 2024/12/01 から可能です。',
    'ユーザーIDは yanagawa/kanko です。',
    'ログインはこちら https://www.city.yanagawa.fukuoka.jp/ からどうぞ。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity === 'block')).toEqual([])
  })
})

describe('security (5(1)): a side way into a venue (楽屋口, 関係者入口, 西門, 東側出入口) said unwatched or thinly watched at set hours (blind R52A-067)', () => {
  it.each([
    '【二十歳のつどい 運営スタッフの皆さんへ】\n当日の警備は警備員2名体制で、式典中は正面入口に集中します。15時以降は楽屋口が無人になりますので、搬出の際は施錠を忘れないでください。',
    '17時を過ぎたら、体育館の西門には誰もおらんけん、荷物の出し入れは気をつけてね。',
    '開演中は警備が正面に集まるため、関係者入口は18時から20時まで手薄です。',
    '北側出入口は、夜9時を過ぎると誰もいなくなります。',
    '祭りの間、関係者入口は正午から1時間ほど手薄になります。',
  ])('flags %s', (text) => {
    expect(findingsOf(security, text).some((f) => f.rule === 'security/guard-schedule' && f.severity === 'block')).toBe(true)
  })
  it.each([
    '当日は警備員を配置し、正面入口で手荷物検査を行います。',
    '15時以降は楽屋口からの出入りはできません。正面入口をご利用ください。',
    '無人の楽屋口に荷物を置いたままにしないでください。',
    '夜間通用口は21時以降ご利用いただけます。',
    '子育て支援センターは土曜日の夜はスタッフが手薄になりますので、ご予約をお願いします。',
    '窓口は土日は無人になりますので、平日にお越しください。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security: a gap quoted as a rumour and denied; a floodgate (水門) is no gate of a building (blind R53A-146)', () => {
  // 「…が壊れた」という情報が出回っていますが、…正常に稼働しています: a rumour corrected, no gap told. 水門, 樋門, 閘門 are water works:
  // 門 inside them is not a gate or door that keeps people out.
  it.each([
    'ご心配をおかけしております。「沖端の水門が壊れた」という情報が出回っていますが、現在、水門は正常に稼働しています。市からの発表は防災メールと市ホームページでご確認ください。',
    '「市役所の防犯カメラが壊れている」という噂が出回っていますが、現在、すべて正常に作動しています。',
    '「中学校の校門の鍵が壊れたまま」という書き込みがありますが、事実ではありません。鍵は正常に施錠できています。',
    '「公民館のフェンスが壊れていて夜は誰でも入れる」という書き込みがありますが、現在は補修済みで問題ありません。',
    '大雨で二ツ川の水門が壊れたため、周辺の道路は通行止めです。近づかないでください。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    '「裏口の鍵が壊れている」という噂は本当で、まだ誰も直していません。',
    '「東口の防犯カメラが壊れている」というご指摘をいただきましたが、そのとおりで、現在も映っていません。',
    '沖端の水門の管理小屋、鍵が壊れたままで夜は開けっぱなしです。',
    '市役所の東門の鍵が壊れたままです。',
  ])('flags %s', (text) => {
    expect(findingsOf(security, text).some((f) => f.rule === 'security/weakness' && f.severity === 'block')).toBe(true)
  })
})

describe('security: round 54, a lock code said in kana, in the forms a code is read aloud (さんぱちにーまる) (blind R54A-004)', () => {
  // A code spelt in hiragana or katakana digits, long vowels (にー, ごー) and sound changes (さんぱち) included, told as the value of a
  // lock or as what opens it: the code itself, however it is spelt.
  it.each([
    // the miss
    '【白秋祭スタッフの皆さんへ】\n\n朝の集合は7時30分、本部テント前です。\n備品倉庫のキーボックスは、ダイヤルを「さんぱちにーまる」に合わせると開きます。\n\n雨具は各自でご準備ください。',
    // variants: no word for the code, other locks, katakana, dialect and politeness, the order pressed
    '倉庫の南京錠は、よんきゅうさんいちに合わせれば開くけん、使ったら戻しといてね。',
    '裏の倉庫は、いちきゅうはちろくで開きます。',
    'ロッカーは「ぜろはちいちごー」と入れたら開きます。',
    '通用口の暗証は「なな・いち・さん・ごー」たい。',
    'シャッターの鍵はダイヤル式で、ゴーヨンサンニーに合わせると開錠いたします。',
    '会議室のテンキーは、にーろくはちまるの順に押してください。',
  ])('blocks %s', (text) => {
    expect(findingsOf(security, text).map((f) => `${f.rule}:${f.severity}`)).toContain('security/credential:block')
  })
  it.each([
    // a phone service's dial; a rotary phone; a code not told; a count-in; a time said in kana; an awareness post
    '災害用伝言ダイヤルは「いちななーいち」です。',
    '黒電話のダイヤルで「いちいちきゅう」と回すと、消防につながります。',
    'キーボックスの番号は、担当者から個別にお知らせします。ダイヤルを合わせると開きます。',
    'いちにのさんで扉を開けてください。',
    '倉庫は、くじはんに開きます。',
    '暗証番号を「いちにさんよん」のような並びにするのは危険です。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security: round 55, the new code named back after the secret changed and told by how it is derived (blind R55A-001)', () => {
  // A lock's code said to have changed, then in the next sentence 新しい番号 / 今度の番号 / 新しいの given as a fact anyone can look up
  // (代表番号の下4桁, 市制施行の年, 課長の誕生日): whoever reads it can open the door.
  it.each([
    // the miss
    '市立病院の当直医室の入口、暗証番号が変わりました。新しい番号は病院の代表番号の下4桁と同じなので、覚えやすいと思います。',
    // variants: dialect, another lock, another name for the new code, casual
    '更衣室ロッカーの暗証番号、今日から変わったけん。今度の番号は支所の電話番号の下4桁と一緒よ。',
    '倉庫の電子錠を交換しました。新しい番号は市制施行の年と同じです。',
    '通用口のパスコードを更新しました。変更後の番号は代表電話の末尾4桁です。',
    '金庫の暗証を変えたよ〜。新しいのは課長の誕生日だよ',
  ])('blocks %s', (text) => {
    expect(findingsOf(security, text).map((f) => `${f.rule}:${f.severity}`)).toContain('security/credential:block')
  })
  it.each([
    // a phone number changed (no lock); the public's own PIN with advice; a rule against birthdays; a locker number; a number tag
    '市民課の電話番号が変わりました。新しい番号は代表番号と同じ0944-73-8111です。',
    '暗証番号の再設定は窓口で受け付けます。新しい番号はご自身で決めていただき、誕生日は避けてください。',
    'キャッシュカードの暗証番号を変えた方へ。新しい番号を誕生日と同じにするのは危険です。',
    '図書館のロッカーが新しくなりました。新しい番号は受付でお渡しする鍵の番号と同じです。',
    'ロッカーの鍵を交換しました。新しい番号札は、受付で名前を確認してお渡しします。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security: round 56, a lock\'s code told changed and the new value given after the news, spaced out with a key sign (blind R57A-048)', () => {
  // Kind: a lock or a secret named, then 番号かわりました / 変更になりました / 更新しました, then the new value on its own; the keypad
  // code may be spelt with spaces and a # or * key between its digits (４ ７ ＃ ２ ９).
  it.each([
    // the miss
    '学童の入口オートロック、番号かわりました！ ４ ７ ＃ ２ ９ です📝\nお迎えの保護者さんにも伝えてね',
    // variants: the code after は spaced with its key sign; polite news with the value in the next sentence; dialect with *; an arrow
    'オートロックの番号は ４ ７ ＃ ２ ９ です',
    '公民館の通用口、暗証番号が本日から変更になりました。1357です。',
    '倉庫のテンキー、番号変わったけん！ 2 5 8 0 * やけんね',
    '職員通用口のパスコード更新しました→ ３ ９ ＃ ６ １',
  ])('blocks %s', (text) => {
    expect(findingsOf(security, text).map((f) => `${f.rule}:${f.severity}`)).toContain('security/credential:block')
  })
  it.each([
    // hard negatives: the change told without the value, a phone number changed, a queue number, the value kept for the desk,
    // a rule for the secret, advice to households
    '学童の入口オートロック、番号かわりました！詳しくは連絡帳でお知らせします📝',
    '市民課の電話番号が変わりました！ 0944-73-8111 です',
    'オートロック式の駐輪場、受付番号が変わりました。 12番の方からどうぞ',
    'オートロックの暗証番号が変わりました。番号は管理人室でお伝えします。',
    'パスワードの条件が変更になりました: 12桁以上',
    'ご自宅のオートロック、番号が変わったら家族で共有し、メモは玄関に貼らないよう注意しましょう。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security: blind R58A, where a key is kept, told in English (R58A-015)', () => {
  // Kind: a key (the key to the shed, the spare key, the gym key) said to be kept at a spot: a verb of keeping before the spot
  // (is kept under, is hidden behind), a spot under or behind something, a named container (in the mailbox, in the flower pot),
  // or we leave / you'll find / put back the key at the spot. A staffed desk, a key box, one's own bag and advice are not this.
  it.each([
    // the miss
    'Note for our tourist center volunteers: the key to the donko boat storage shed is kept under the blue flowerpot next to the side door. Please put it back there after your shift. Thank you!',
    // variants: another verb and spot, the keys left in a container, found under the mat, put back under a rock, no verb
    'Volunteers: the spare key for the community hall is hidden behind the gas meter on the left.',
    'We leave the keys to the rental bikes in the mailbox by the gate, so grab them any time.',
    "You'll find the shed key under the doormat at the back entrance.",
    'After practice, please put the gym key back under the rock by the side door.',
    'The keys to the storage room are in the blue flower pot by the stairs.',
  ])('blocks %s', (text) => {
    expect(findingsOf(security, text).map((f) => `${f.rule}:${f.severity}`)).toContain('security/key-location:block')
  })
  it.each([
    // hard negatives: keys at the front desk, the key to enjoying a trip, a key returned to reception, advice against hiding one,
    // key points, a key box at the office, a word with key inside it, a key in one's own bag
    'Keys are available at the front desk of the tourist center.',
    'The key to enjoying the donko boat is to relax under the willow trees.',
    'Please return the room key to the reception desk when you leave.',
    "Don't leave your spare key under the flowerpot: burglars check there first.",
    'Key points are listed in the brochure under the FAQ section.',
    'The key is kept in the key box at the tourist center office.',
    'Monkey statues are placed under the bridge for the festival.',
    'I put the car key back in my bag.',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security: blind R58A, the spots of a site with no watch camera (R58A-134)', () => {
  // Kind: the cameras (or sensors) named, then only (のみ, だけ, しか) some spots, then a spot of the site (a gate, a door, a side, a
  // wing, a floor, a store) said to have none (には設置しておりません, には付いていません, ついとらん, がありません). A class of places
  // spared for privacy or by policy, cameras added, and footage not handed over are not this.
  it.each([
    // the miss
    '【統合校の安全対策について】\n\n来年4月に開校する統合校の防犯対策について、保護者の皆さまからご心配の声をいただいております。\n\n新校舎には防犯カメラを設置しておりますが、現在のところ正門と体育館裏の2か所のみで、プール側と北側の通用門には設置しておりません。夜間の機械警備も来年度からの予定です。\n\n引き続き、地域の皆さまの見守りへのご協力をお願いいたします。',
    // variants: だけ with 付いていません, dialect, しか with がありません, a sensor not yet installed
    '公民館の防犯カメラは正面玄関だけで、裏口には付いていません。',
    'うちの支所、カメラがあるとは駐車場だけやけん、北側の通用口にはついとらんとよ。',
    '監視カメラは1階の受付しか映しておらず、2階の窓にはカメラがありません。',
    '防犯センサーは事務室のみ設置しており、倉庫にはまだ設置されていません。',
  ])('blocks %s', (text) => {
    expect(findingsOf(security, text).map((f) => `${f.rule}:${f.severity}`)).toContain('security/weakness:block')
  })
  it.each([
    // hard negatives: rooms spared for privacy, a policy for homes, cameras added, footage not handed over, advice for a home
    '更衣室やトイレには防犯カメラを設置しておりません。安心してご利用ください。',
    '市の防犯カメラの設置は、自治会から申請があった場所のみで、個人宅には設置しておりません。',
    '防犯カメラは正門のみでしたが、今年度から北門と通用口にも設置しました。',
    '防犯カメラの映像は、警察からの照会があった場合のみ提供し、それ以外には提供しておりません。',
    'カメラ付きのインターホンは、玄関だけでなく勝手口にも付けましょう。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security: blind R59A, a key fastened to a spot with tape, wire or a band (R59A-107)', () => {
  // Kind: a key (鍵, 合鍵, カギ, スペアキー) said to be fastened at a spot by what holds it (ガムテで, 養生テープで, 針金で, 結束バンドで,
  // ひもで) and a verb of fixing (貼り付け, 留め, 吊るし, くくりつけ, 結ん), in any register (〜とるけん, 〜ちょる, 〜てあります): the spot
  // is where the key is kept. A key with a person, a paper taped up, a key fixed to a key box, advice and a dialect do-not are not this.
  it.each([
    // the miss
    'ポンプ車の点検、毎月第1日曜の朝8時からしよるけん、新入団員さんも来てね。\n格納庫の鍵は、詰所の郵便受けの裏にガムテで貼り付けとるけん、早よ着いた人が開けといて。',
    // variants: wire and 吊るし, 養生テープ in keigo, a cable tie said casually, the place first and the key after, string on a gutter
    '公民館の鍵は、自転車置き場の柱に針金で吊るしとるけん、使うたら戻しとってね。',
    '倉庫の合鍵は、物置の扉の内側に養生テープで留めてあります。',
    '詰所の鍵、消火栓ボックスの裏に結束バンドでくくりつけとるよ。',
    '格納庫の郵便受けの裏にガムテで鍵を貼っとるけん、よろしく。',
    '物置のスペアキーは、雨どいにひもで結んであります。',
    '集会所のカギは、電気メーターの裏に磁石でくっつけちょるけん、早う来た人が開けちょって。',
  ])('blocks %s', (text) => {
    expect(findingsOf(security, text).map((f) => `${f.rule}:${f.severity}`)).toContain('security/key-location:block')
  })
  it.each([
    // hard negatives: the key with the captain, advice against taping it, a leaflet taped up, a key box fixed with wire, a name tag
    // tied to a key, a dialect do-not (入れんでください), a letterbox mended with tape, a key on a strap in one's bag
    '格納庫の鍵は、団長が持っとるけん、早よ着いた人は団長に連絡して。',
    '鍵を郵便受けの裏にガムテで貼り付けるのは、空き巣に狙われるけん、やめましょう。',
    '郵便受けの裏にガムテで貼られたチラシは、剥がしてからお出しください。',
    '鍵は紛失防止のため、ワイヤーで机に固定したキーボックスで管理しています。',
    '鍵には、名札をひもで結んでおくと、なくしにくいです。',
    '格納庫の鍵は、詰所の郵便受けに入れんでください。団長に直接返してください。',
    '消防団詰所の郵便受けは、ガムテで補修しました。',
    '鍵は、ストラップでかばんに付けておくと安心です。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security: blind GV-027, secrets named in a list in a fraud warning carry no value', () => {
  // Kind: English names of secrets listed with commas (your bank PIN, online banking password or …; your password, PIN or card
  // details): the word after the comma is the next thing named, not the secret's value. A value after the word (is 4719, : X, a
  // number between commas) is still one.
  it.each([
    // the false positive
    'City Hall staff will never ask for your bank PIN, online banking password or residence card number by phone. If you get a suspicious call, hang up. In an emergency call the police at 110, or consult City Hall: 0944-73-8111.',
    // same kind: other lists of secrets in a warning
    'The tax office never asks for your PIN, security code or online banking login over email.',
    'Do not tell anyone your ATM PIN, passcode or card number, even if they say they are from City Hall.',
    'Protect your account: never share your password, verification code or PIN with callers.',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    // true violations sharing its words: a PIN and a banking password with values, a value set off by commas
    'Online banking password for the association account is yanagawa2025, PIN 8812.',
    'The PIN for the storage room keypad is 4719.',
    'Our office PIN, 4719, is the same for every tablet.',
  ])('blocks %s', (text) => {
    expect(findingsOf(security, text).map((f) => `${f.rule}:${f.severity}`)).toContain('security/credential:block')
  })
})

describe('security: blind R60A-057, a lock\'s code told with its mnemonic (番号は「はなはな」で8787やけん)', () => {
  // Kind: a secret, or a bare 番号 with a lock named just before it (手提げ金庫に入れといてね。番号は…), then a mnemonic word in brackets
  // (with で/って/の, 語呂合わせで, 覚えて) and then the figures: the value is told, the mnemonic only helps remember it. Figures after a
  // mnemonic that are a year or a count (1192年), a quoted word with no figures after it, or an example to avoid are not a code.
  it.each([
    // the miss
    ['朝市の売上金は、いつもどおり手提げ金庫に入れといてね〜。番号は「はなはな」で8787やけん忘れんごと😄 金庫は漁協の事務所の棚の一番下ばい', '番号は「はなはな」で8787'],
    // variants: a safe's 暗証番号 in dialect, a key box politely, 語呂合わせ before the word, double brackets and a 3-digit code, a padlock with にしとる
    ['金庫の暗証番号は「いいくに」で1192やけん、よろしく', '金庫の暗証番号は「いいくに」で1192'],
    ['キーボックスの番号は「はくしゅう」で8940です。', 'キーボックスの番号は「はくしゅう」で8940'],
    ['ロッカーの暗証番号は語呂合わせで「ごくろうさん」5963です。', '暗証番号は語呂合わせで「ごくろうさん」5963'],
    ['倉庫の暗証番号は『いちご』で115です', '暗証番号は『いちご』で115'],
    ['倉庫の南京錠、番号は「やなぎ」で893にしとるよ', '番号は「やなぎ」で893'],
    ['ダイヤル錠の番号は「やなやな」の8787ばい', 'ダイヤル錠の番号は「やなやな」の8787'],
  ])('blocks %s', (text, excerpt) => {
    expect(summary(findingsOf(security, text))).toContain(`security/credential:block:${excerpt}`)
  })
  it.each([
    // hard negatives: a queue number, a safe's number withheld, a phone number's mnemonic, an example to avoid, a year learnt by 語呂合わせ
    '受付番号は「いちばん」で1番から順にお呼びします',
    '金庫の番号は「ご本人」でなければお教えできません',
    '市の電話番号は「よいくに」で覚えてください、0944-73-8111です',
    '暗証番号は「誕生日」や「1234」のような推測されやすいものは避けましょう',
    '歴史の年号は語呂合わせで「いいくに」1192年と覚えましたね',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security: blind R60A-068, 死角 of a vehicle or a driver is a road-safety term, not a gap in a watch', () => {
  // Kind: 死角 in a sentence about driving (運転席, 左折/右折, 大型車, トラック, バス, 交差点, 歩行者): what a driver cannot see. A camera's
  // 死角, or a spot of a site said to be one (倉庫の裏手は死角になっていて), is still a weak spot told.
  it.each([
    // the false positive
    '【交通安全】大型車の左折時には、運転席から見えない死角があります。交差点では車から離れて信号を待ちましょう。',
    // variants: a lorry's side, a bus's back in casual speech, a turning car's blind spot
    'トラックの運転席からは、すぐ横にいる自転車が死角になります。',
    'バスのすぐ後ろは、運転手さんから見えない死角だらけです。道路を渡るときは気をつけようね',
    '右折する車からは、対向車の陰にいるバイクが死角になることがあります。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    // true violations sharing 死角: a camera's, a spot of a site, a car park with cars broken into
    '市役所裏の駐車場は防犯カメラの死角になっています',
    '倉庫の裏手は死角になっていて、夜は誰からも見えません',
    '駐車場の北側は死角だらけなので、職員の車がよく荒らされます',
    // a watch camera named in the sentence with a road word beside it (blind R61A-004): still the camera's 死角
    '@gomi_nakama 不法投棄のご連絡ありがとうございます。現在の防犯カメラは旧料金所跡のカーブミラー裏と集積所横の電柱の2か所だけで、堤防側は死角になっています。引き続きパトロールを行います。',
    '交差点の防犯カメラは北向きの1台だけで、南側の歩道は死角です。',
    '監視カメラはバス停側にしかなかけん、駐輪場の奥は死角になっとる',
  ])('blocks %s', (text) => {
    expect(findingsOf(security, text).map((f) => `${f.rule}:${f.severity}`)).toContain('security/weakness:block')
  })
})

describe('security: blind GW-056, a household checklist\'s do-not in the plain negative (鍵の保管場所を…にしない) is advice', () => {
  // Kind: a crime-prevention item ending in a plain negative (にしない, 作らない, 教えないこと): a rule for every home, not the city's own
  // arrangement. About a site of the city's (庁舎, 市民会館), or a statement of where or that it changed, it still warns or blocks.
  it.each([
    // the false positive
    '【空き巣にご注意ください（柳川警察署からのお知らせ）】\n\n市内で、住宅の空き巣被害が相次いでいます。\n\n●短時間の外出でも必ず鍵をかける\n●鍵の保管場所を植木鉢の下や郵便受けにしない\n●センサーライトや防犯カメラを設置する\n\n不審な人や車を見かけたら、すぐに110番通報をお願いします。',
    // variants: another checklist, a hidden place not to make, a rule with こと, a ticked item with a stop
    '防犯チェック\n・合鍵の隠し場所を玄関まわりに作らない\n・窓も必ず施錠する',
    '・鍵の隠し場所は家族以外に教えないこと',
    '☑ 鍵の保管場所を郵便受けにしない。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    // true violations sharing its words: where a site's key is kept, a site's key place changed, a hidden place told
    ['庁舎の鍵の保管場所は総務課の金庫の中です', 'security/arrangement:warn'],
    ['市民会館の鍵の保管場所を変更しました', 'security/arrangement:warn'],
    ['公民館の鍵の隠し場所は、玄関横の消火器ボックスの中です', 'security/key-location:block'],
  ])('flags %s', (text, rule) => {
    expect(findingsOf(security, text).map((f) => `${f.rule}:${f.severity}`)).toContain(rule)
  })
})

describe('security: blind R61A-139, a secret told by how it differs from one the readers know (いつものパスの末尾を2026に変えたもの) is the secret', () => {
  // Kind: a secret word, then a part of the old secret (末尾, 最後, 頭, 数字部分; its old value: 頭の1) and the value put there, then a
  // verb of changing or adding (を2026に変えた, に!を付けた, を7にした): whoever knows the old one now has the new one. Advice about
  // secrets in general (推測されにくく, 避けましょう), the public's own secret, and a part with no value put in stay clean.
  it.each([
    // the miss
    '【なりすましアカウントにご注意ください】\n\n当市の公式アカウントに似せた偽のアカウントが確認されています。当市のアカウントは、市ホームページで公開しているもののみです。\n\n担当各位：本日から管理画面へは共用ID yanagawa_koho と、いつものパスの末尾を2026に変えたものでログインしてください。\n\n不審なメッセージは開かずに削除してください。',
    // variants: a sign added at the end, a dialect change of the first digit, the figure part replaced, a short note with 追加
    '係のみなさんへ：今月から共有PCのパスワードは、前のものの最後に!を付けたものになっています。',
    '倉庫の暗証番号、先月のやつの頭の1を7にしただけやけん、よろしく。',
    'ゲスト用Wi-Fiのパスワードは、去年のものの数字部分を2026に替えたものです。',
    'PW：旧PWの末尾に26を追加しました',
  ])('blocks %s', (text) => {
    expect(findingsOf(security, text).map((f) => `${f.rule}:${f.severity}`)).toContain('security/credential:block')
  })
  it.each([
    // hard negatives: advice on making a secret, the public's own secret, a pass that is a ticket, a part with no value,
    // a warning about a scam mail, a form number changed
    'パスワードの末尾に記号を付けると、推測されにくくなります。',
    'ご自身のパスワードの最後の4文字を変更してください。',
    'ご自身のパスワードの末尾を2026に変えるような、年号だけを変える方法は避けましょう。',
    'パスワードは、末尾に2026などの年号を付けるだけでは不十分です。',
    '通学パスの末尾の番号を申込書に記入してください。',
    '会員証（年間パス）の末尾の番号を受付でお伝えください。',
    '「パスワードの末尾を変えて再送信してください」という偽メールにご注意ください。',
    '令和8年度から、申請書の様式番号の末尾をAに変更しました。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security: blind R63A-108, a secret named as what people ask, its value told again a sentence on (…改めて！開設年と同じ「１９８７」です)', () => {
  // Kind: a secret word (ダイヤル錠の番号, 暗証番号), the rest of its sentence says why it is told (問い合わせが多かったので改めて, 忘れたって人が
  // 多いけん), then the next sentence gives the value alone or after what it equals (開設年と同じ, 去年と一緒で), ending the statement (です,
  // やけん, たい), in full-width digits or not. Another figure's label (受付時間は, 電話, 費用は), no value, or a count or year stays clean.
  it.each([
    // the miss
    '市営プールの機械室、ダイヤル錠の番号がわからんって問い合わせが多かったので改めて！開設年と同じ「１９８７」です。朝番のスタッフさん、よろしくお願いします〜',
    // variants: dialect with brackets, a derivation with no brackets, two sentences between, a keypad in dialect with a bare value
    '倉庫の南京錠の番号、忘れたって人が多いけん書いとくね。「0412」やけん。',
    '書庫の電子錠の暗証番号を聞かれることが多いのでもう一度！ 去年と一緒で 5521 です。',
    'キーボックスの暗証番号がわからないとの連絡が何件かありました。再度お知らせします。「3749」です。',
    '通用口のテンキーの番号、わからんってよう聞かれるけん、もう一回書いとくばい！ 2580 たい。',
  ])('blocks %s', (text) => {
    expect(findingsOf(security, text).map((f) => `${f.rule}:${f.severity}`)).toContain('security/credential:block')
  })
  it.each([
    // hard negatives: told where to ask, another figure's label (hours, phone, cost, who), the derivation with no value, a year
    'ダイヤル錠の番号がわからないという問い合わせが多かったので改めて！番号は管理棟の窓口でお伝えしています。',
    'ダイヤル錠の番号がわからないという問い合わせが多かったので改めて！開設年と同じ番号です。',
    '暗証番号がわからない方は窓口へ。受付時間は「8:30〜17:15」です。',
    '暗証番号をお忘れの方が増えています。再発行の窓口は市民課（電話 0944-73-8111）です。',
    '金庫のダイヤル錠が古くなったので交換しました。費用は「19800」円です。',
    'ロッカーの暗証番号は各自で決めてください。開館は1987年です。',
    'パスワードの再設定方法を改めてお知らせします！ 対象は2025年度の登録者です。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe("security: blind R63A-055, a dignitary's movements and where they sleep, told before the visit", () => {
  // Kind: a dignitary (市長, 知事, 大使, 大臣) named in the post, and a sentence that puts them up at a named lodging, a floor or a room
  // (お泊まり, 宿泊, 泊まらす) with a timed arrival or a means of transport in it or the sentence before: when and where to find them.
  // A lodging in general, a public engagement, a visit told as over, a group that is no dignitary, and a title word (知事杯) stay clean.
  it.each([
    // the miss (the dignitary in another paragraph)
    '【姉妹都市の市長ご一行が来柳】\n\n明日10月21日、ウェストブルック市のグラント市長ご一行が柳川を訪れます。\n\n21時10分ごろ西鉄柳川駅に到着後、タクシーで移動され、柳川ホテル水明の7階（707〜712号室）にお泊まりの予定です。\n\n22日は市役所で歓迎式典を行います（一般の方の観覧はできません）。',
    // variants: a governor by official car to an inn, an ambassador to a hotel's top floor, a minister in dialect, a mayor's room
    '来週、県知事が視察で来られます。14時05分に筑後船小屋駅に着かれ、公用車で移動、その夜は旅館松月の離れにお泊まりになります。',
    '駐日大使ご夫妻は、あす20時ごろ柳川に入られ、ホテルかんぽの最上階に宿泊される予定です。',
    '大臣さん、あさっての晩7時半に柳川駅に着いて、そのまま車で御花に泊まらすげな。部屋は2階の奥らしかよ。',
    '友好都市の市長が明日来られます。\n\n福岡空港から新幹線で来られ、今夜は柳川グランドホテルの1205号室に滞在されます。',
  ])('blocks %s', (text) => {
    expect(findingsOf(security, text).map((f) => `${f.rule}:${f.severity}`)).toContain('security/vip-movements:block')
  })
  it.each([
    // hard negatives: a public engagement, a lodging in general, a tour group, a title word, a visit told as over, a plan advertised
    '明日10時から市役所で、市長による記者会見を行います。',
    '姉妹都市の市長ご一行が来柳されました。宿泊は市内のホテルをご利用いただきました。',
    '観光ツアーの皆さまは、21時ごろ西鉄柳川駅に到着後、タクシーで柳川ホテル水明へ移動し、ご宿泊いただきます。',
    '市長は明日、柳川ホテル水明で開かれる観光協会の総会に出席します。',
    '知事杯バレーボール大会の参加チームは、前日18時に到着し、旅館松月に宿泊します。',
    '昨年、大使が来柳された際は、12時に柳川駅に到着され、御花に宿泊されました。',
    '市長も絶賛！柳川ホテル水明の宿泊プランは15時チェックイン、駅から送迎車あり。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security: blind R65A-070, a key box or locker named, then its dial code', () => {
  // Kind: a box or a locker that holds keys or cards (キーボックス, キーケース, ロッカー) named, then a bare ダイヤル with its code, in
  // brackets after it or in the next sentence (キーボックス（ダイヤル 3-9-1-6）, キーケースに入れています。ダイヤルは０９１２です): the code
  // that opens it, with no 鍵 word needed. A dial service (伝言ダイヤル, ダイヤルイン, フリーダイヤル), a count and a rule stay clean.
  it.each([
    // the miss: where a spare card is kept and the key box's dial code
    'サーバ室の入退室カードを忘れた方は、総務課のキーボックス（ダイヤル 3-9-1-6）に予備カードが入っています。使ったら必ず戻してください。',
    // variants: a guard room's key box, a locker in dialect, the code in the next sentence in full-width figures
    '入館証を忘れた職員は、警備室横のキーボックス（ダイヤル 5-0-2-8）から仮カードを取ってください。',
    '予備のICカードは会議室のロッカー（ダイヤル 7-2-0-3）にしまっとります。',
    '仮の入館カードはキーケースに入れています。ダイヤルは０９１２です。',
  ])('blocks %s', (text) => {
    expect(findingsOf(security, text).map((f) => `${f.rule}:${f.severity}`)).toContain('security/credential:block')
  })
  it.each([
    // hard negatives: a dial service, a direct line or a free dial beside a key box, a count of boxes, a rule for the user's own code,
    // the code left to the staff
    '災害用伝言ダイヤル（171）の使い方を確認しておきましょう。',
    '鍵の受け渡しは総務課のキーボックス前で行います。お問い合わせはダイヤルイン 0944-73-8111 まで。',
    '各課にダイヤル式のキーボックス（3台）を設置しました。番号は担当者から個別にお知らせします。',
    'キーボックスの貸し出しを始めました。お問い合わせはフリーダイヤル 0120-123-456 へ。',
    'ロッカーの使い方：ダイヤルを好きな4桁の数字に合わせて施錠してください。',
    '予備カードは総務課のキーボックスに入っています。ダイヤルは担当者にお尋ねください。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.rule === 'security/credential')).toEqual([])
  })
})

describe('security: blind R67A-115, a lock’s release told as the topic with its code (ロック解除は 2 5 8 0 やけん)', () => {
  // Kind: the release itself is the topic (ロック解除は, ロックの解除は, ロックを解除するときは, ロック解除：) and the code follows, spaced
  // digit by digit, in brackets, in full-width figures or as letters with digits, in any register: it is what opens the device. A time,
  // a date, a phone number, a product, a method or a count after it is no code.
  it.each([
    // the miss
    'ボラセンの受付タブレット、ロック解除は 2 5 8 0 やけん、朝いちの人は立ち上げといてください〜',
    // variants: polite, a bracketed full-width code, the release as a clause, a list label, letters with digits in dialect
    'タブレットのロック解除は 2580 です。',
    '受付のiPadね、ロックの解除は「０４１２」です。',
    '貸出用パソコン、ロックを解除するときは 7 3 1 9 を入れてね',
    '倉庫の扉のロック解除：3-5-7-9',
    '窓口端末、ロック解除は yng2580 やけん',
    // blind R226E-012 kind: the device's lock with の before its release, the code in spaced full-width letters
    '受付用タブレットの画面ロックの解除は ｋ ａ ｗ ａ － ７ ７ ！ です。',
  ])('blocks %s', (text) => {
    expect(findingsOf(security, text).map((f) => `${f.rule}:${f.severity}`)).toContain('security/credential:block')
  })
  it.each([
    // hard negatives: who releases it, the hour it opens, a method, a count, a phone number, a product, a count of requests
    'タブレットのロック解除は、受付の職員が行います。',
    'オートロックの解除は 8:30 からです。',
    'スマホのロック解除は指紋認証が便利です。',
    '画面ロックの解除は5回まで失敗できます。',
    'スマホの画面ロックの解除は、指紋や顔認証が便利です。',
    '端末ロックの解除は 8:30 からです。',
    'ロック解除は0120-123-456（24時間受付）へお電話ください。',
    'ロック解除は iPhone15 以降で顔認証に対応しています。',
    'ロック解除は1日2回まで申請できます。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.rule === 'security/credential')).toEqual([])
  })
})

describe('security: blind R67A-125, a watched site’s round told by its times (給水所の夜の見回りは２３時と３時の２回だけ)', () => {
  // Kind: the round of a site (給水所, 給水拠点, 避難所) given as its times, the gap between them told or implied (その間は): when no
  // one watches. A water station is a site watched, not a service going round (給水車の巡回, 移動図書館の巡回 stay public rounds); the
  // topic may be marked by a comma before the times.
  it.each([
    // the miss
    '給水所の夜の見回りは２３時と３時の２回だけなので、その間はタンクの管理をお願いします〜🙏 #給水所',
    // variants: a water base in dialect, a list of two with the hours left empty, a shelter with the topic set off by a comma
    '給水拠点の見回りは夜11時と朝5時だけやけん、そのあいだは各自で気をつけてね',
    '応急給水所の巡回は０時と４時の２回のみで、それ以外の時間は職員がいません。',
    '避難所の夜の見回り、22時と2時だけなんで、その間は自分らで荷物見といてください',
  ])('blocks %s', (text) => {
    expect(findingsOf(security, text).map((f) => `${f.rule}:${f.severity}`)).toContain('security/guard-schedule:block')
  })
  it.each([
    // hard negatives: a water truck's round, a station's opening hours, a round told without times, a mobile library, thanks
    '給水車の巡回は10時と14時の2回です。お近くの停車場所でお待ちください。',
    '給水所の開設時間は9時から17時までです。',
    '給水所では職員が交代で見回りをしていますので、ご安心ください。',
    '移動図書館の巡回は毎週火曜の10時と14時です。',
    '給水所の見回りにご協力いただいた消防団の皆さん、ありがとうございました。',
    '夜の見回り、ありがとうございました。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity === 'block')).toEqual([])
  })
})

describe('security: blind R66A-122, a shelter said to be staffed by one person at night (夜間は職員1名の体制)', () => {
  // Kind: a site where people are sheltered or goods kept (保護施設, シェルター, 避難所, 保護所) said to have one staff member (or only two)
  // at night or for set hours (職員1名の体制, スタッフがひとりだけ, 1人しかおらん, 1名のみ, ワンオペ): when it is thinly watched. A phone
  // line or counter short of staff, staffing round the clock or of two or more, a job advert and staff added are no gap told.
  it.each([
    // the miss
    '【DV被害者の一時保護について】\n市では関係機関と連携し、安全な保護に努めています。\nなお、保護施設は夜間（22時〜翌6時）は職員1名の体制となるため、緊急時は警察と連携して対応しています。',
    // variants: only one, in dialect with full-width figures, a night duty after a time, a one-person shift
    'シェルターは深夜帯、スタッフがひとりだけになるので、何かあれば110番で対応しています。',
    '母子生活支援施設は、夜は職員が１人しかおらんけん、緊急のときは警察に頼っとります。',
    '一時保護所の宿直は、22時以降1名のみです。',
    '避難所の夜間はワンオペ体制なので、何かあっても職員はすぐには動けません。',
  ])('blocks %s', (text) => {
    expect(findingsOf(security, text).map((f) => `${f.rule}:${f.severity}`)).toContain('security/guard-schedule:block')
  })
  it.each([
    // hard negatives: a phone line, round-the-clock staffing, a counter by day, two or more, a lecturer, a job advert, staff added
    '夜間（22時〜翌6時）の電話相談は、職員1名で対応しているため、つながりにくい場合があります。',
    '保護施設では、職員が24時間体制で対応しています。',
    '窓口は職員1名の体制となるため、お待たせする場合があります。',
    '夜間も職員2名以上の体制で見守りを行っています。',
    '夜の部の講座は講師1名のみで指導します。',
    'センターの夜勤職員を募集しています。夜勤は1名体制で、仮眠室があります。',
    '夜間は職員1名の体制でしたが、4月から2名に増員しました。',
    '避難所には、夜間も職員1名以上が常駐しています。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity === 'block')).toEqual([])
  })
})

describe('security: colleague R68, what follows a lock word and is not its code (電子錠は、2025/4/1 からICカードに切り替わります)', () => {
  // Kind: a lock word (電子錠, オートロック, テンキー, キーボックス, ダイヤル錠 …) as the topic, then a time, a date, a phone number, a room or a
  // product: when the lock changes, whom to call, where it is or what make it is. No keypad has a colon, a slash or a phone's groups. The
  // code itself stays flagged in every written form (spaced, full-width, in brackets, letters with digits), also after the date it takes
  // effect on.
  it.each([
    // the false positive
    '会議室の電子錠は、2025/4/1 からICカードに切り替わります。',
    // variants: a time range, a phone number, a date with hyphens, a month/day, a product, a model, a room, a date after ダイヤル錠
    'オートロックは 21:00 から翌朝 6:00 まで作動します。',
    'テンキーの不具合は 0944-73-8111 までご連絡ください。',
    '書庫の電子錠は、2025-04-01 から新しい方式になります。',
    '旧庁舎のキーボックスは 12/15 に撤去します。',
    '倉庫の電子錠は SwitchBot 製に交換しました。',
    '通用口の電子錠は RS-110 型に更新します。',
    'オートロックは 301 会議室と 302 会議室に設置しました。',
    '書庫のダイヤル錠は 2024/10/1 に交換済みです。',
    '会議室は電子錠になりました。番号は 2025/4/1 以降に掲示します。',
    'テンキーは 2025/4/1 から 301 会議室に移ります。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.rule === 'security/credential')).toEqual([])
  })
  it.each([
    // true violations sharing the words: the code after the date it takes effect on, full-width, spaced, in brackets, letters with digits
    ['会議室の電子錠は、2025/4/1 から 7391 に変わります。', 'security/credential:block:電子錠は、2025/4/1 から 7391'],
    ['会議室の電子錠、4/1から ２５８０＃ です。', 'security/credential:block:電子錠、4/1から ２５８０＃'],
    ['会議室の電子錠、2 5 8 0 やけん', 'security/credential:block:電子錠、2 5 8 0'],
    ['会議室の電子錠は「2580#」です。', 'security/credential:block:電子錠は「2580#'],
    ['書庫の電子錠は yng2580 です。', 'security/credential:block:電子錠は yng2580'],
    ['オートロックは 21:00 以降 0719 で開きます。', 'security/credential:block:オートロックは 21:00 以降 0719'],
    ['会議室は電子錠になりました。番号は 2580# です。', 'security/credential:block:番号は 2580#'],
    ['パスワードは 4/1から yng2580 です。', 'security/credential:block:パスワードは 4/1から yng2580'],
  ])('blocks %s', (text, expected) => {
    expect(summary(findingsOf(security, text))).toContain(expected)
  })
})

describe('security: blind R70A-004, the watch cameras said to be only at the spots named (カメラは…の2か所だけなので)', () => {
  // Kind: a watch camera (or a security sensor) as the topic or as what is set somewhere (防犯カメラがあるのは, カメラを設置しているのは),
  // then the spots, with a count of places or a spot's word, then だけ/のみ ending the statement or giving a reason, or しか with a
  // negative: where the watch is, and that it is nowhere else. Not だけでなく, だけを撮影, a live camera, a subsidy's cap, or more announced.
  it.each([
    // the miss
    '【不法投棄にご注意ください】クリーク沿いや農道への不法投棄が後を絶ちません。市では監視カメラを設置して対策を強化しています。ただ、カメラは三橋町中山の農道入口の電柱と、大和町六合の排水機場横の2か所だけなので、それ以外の場所は職員のパトロールが頼りです。見かけた方は環境課までご連絡ください。',
    // variants: dialect with があるのは, one camera のみです, a sensor in a reason clause, しかございません, でございます
    '防犯カメラがあるのは駅の東口と駐輪場だけやけん、ほかの所は誰も見とらんとよ。',
    '公園の監視カメラは、正面入口に1台のみです。',
    '体育館の防犯センサーが付いているところは、1階の正面玄関だけで、裏口から入られても分かりません。',
    '不法投棄対策のカメラは、現在、堤防沿いの1か所しかございません。',
    '防犯カメラを設置しているのは北門と西側駐車場の2か所のみでございます。',
  ])('blocks %s', (text) => {
    expect(findingsOf(security, text).map((f) => `${f.rule}:${f.severity}`)).toContain('security/weakness:block')
  })
  it.each([
    // hard negatives sharing the words
    '防犯カメラは駅前だけでなく、商店街の3か所にも設置しています。',
    '防犯カメラの設置費補助は、1自治会につき2台までです。',
    'ライブカメラは沖端と三柱神社前の2か所だけです。',
    '防犯カメラは道路に面した部分だけを撮影しており、住宅の中は映りません。',
    '防犯カメラの映像を確認できるのは、担当課の職員2名だけです。',
    '防犯カメラは現在、駅前の2か所だけですが、来年度に商店街へ10台増設する予定です。',
    '写真コンテストの応募は、カメラ1台につき3点までです。当日は会場の正面玄関前だけで受け付けます。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity === 'block')).toEqual([])
  })
})

describe('security: blind R70A-026, a patrol’s days or hours, then no round on the others (それ以外の曜日は見回りがない)', () => {
  // Kind: a watch's schedule (a weekday or an hour, in arabic or kanji numerals; the watch word before or after it, also as the verb
  // 見回っています), then, in the next sentence or after a comma, the other days or hours said to have no round (見回りがない, 回っとらん,
  // 巡回を実施しておりません). A service's round (移動図書館, ごみ収集) and a patrol announced with no gap stay clean.
  it.each([
    // the miss
    '年末は不法投棄が増える時期です。環境課では、十二月の毎週水曜日、二十一時から二十三時まで大和町と三橋町の農道を重点的にパトロールしています。それ以外の曜日は見回りがないので、地域の皆さんの目が頼りです。ご協力をお願いします。',
    // variants: days only in dialect, the verb 見回っています, an honorific company patrol, same sentence after a comma
    '不法投棄パトロールは毎週火曜と金曜です。ほかの曜日は回っとらんけん、見かけたら連絡してね。',
    '環境課の職員が毎週土曜日の二十時から河川敷を見回っています。ほかの日は見回りがありません。',
    '資材置き場は、毎週月曜日の夜八時から警備会社がパトロールしております。他の曜日は巡回を実施しておりません。',
    '見回りは月曜日と木曜日だけで、それ以外の日は見回りしていません。',
  ])('blocks %s', (text) => {
    expect(findingsOf(security, text).map((f) => `${f.rule}:${f.severity}`)).toContain('security/guard-schedule:block')
  })
  it.each([
    // hard negatives sharing the words
    '毎週水曜日、二十一時から防犯パトロールを実施します。地域の皆さんのご参加をお待ちしています。',
    '移動図書館の巡回は毎週水曜日の十時から十二時です。それ以外の曜日は巡回がありません。',
    '夜間パトロールは毎週水曜日に行っています。ほかの日も警察による巡回がありますので、ご安心ください。',
    'パトロールは二十一時から行います。それ以外の時間帯も警察と連携して見守りを続けます。',
    'ごみ収集車の巡回は毎週火曜日の八時からです。それ以外の曜日は回収がありません。',
    '防犯パトロールは毎週金曜の19時から行います。それ以外の日は各自で戸締まりをお願いします。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity === 'block')).toEqual([])
  })
})

describe('security: blind R71A-093, a key box named in plain Japanese with its code (鍵箱の番号は 四・〇・八・二 です)', () => {
  // Kind: a box that holds keys named in plain Japanese (鍵箱, カギ箱, 鍵ボックス, カギボックス, 鍵入れ), then its 番号/数字/ダイヤル番号
  // with the value, in kanji numerals parted by ・, in digits, in kana, or on the next sentence after the box is named: the code that
  // opens the box, whatever else the post says of where it is. A rule about the code (4桁, changed monthly, told in person) stays clean.
  it.each([
    // the miss
    ['【バス待合所の清掃ボランティアの皆さんへ】\n\nいつもありがとうございます。掃除道具は待合所横の鍵箱に入れています。鍵箱の番号は 四・〇・八・二 です。\n\n使い終わったら番号を回して戻しておいてください。', 'security/credential:block:鍵箱の番号は 四・〇・八・二'],
    // variants: dialect with カギ箱, 鍵ボックスの数字, honorific 鍵入れのダイヤル番号, a label with a colon, the bare 番号 after the box, quoted digits
    ['倉庫の鍵は入口横のカギ箱に入っとるけん。カギ箱の番号は 七・三・一・五 ばい。', 'security/credential:block:カギ箱の番号は 七・三・一・五'],
    ['集会所の鍵ボックスの数字は〇九一二です。', 'security/credential:block:鍵ボックスの数字は〇九一二'],
    ['公民館の鍵入れのダイヤル番号は三五八〇となっております。', 'security/credential:block:鍵入れのダイヤル番号は三五八〇'],
    ['備品庫の鍵箱番号：五九〇三', 'security/credential:block:鍵箱番号：五九〇三'],
    ['草刈り機は物置の鍵箱に入れてあります。番号は「ななにーさんろく」です。', 'security/credential:block:番号は「ななにーさんろく'],
    ['カギボックスの番号は「2・7・4・1」やけん、使ったら戻しといてね。', 'security/credential:block:カギボックスの番号は「2・7・4・1'],
  ])('blocks %s', (text, expected) => {
    expect(summary(findingsOf(security, text))).toContain(expected)
  })
  it.each([
    // hard negatives sharing the words
    '鍵箱の番号は管理人からお伝えします。',
    '鍵箱の番号は4桁です。',
    '鍵箱の番号は毎月変更し、利用団体の代表者にだけ個別にお知らせしています。',
    '鍵箱の番号を玄関に書いておくのは危険です。',
    '鍵箱は2025年4月1日から新しいものに交換します。',
    '鍵箱の番号札は 101 から 120 までです。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity === 'block')).toEqual([])
  })
})

describe('security: blind R71A-136, which watch cameras are real and which are dummies (本物は…の3台だけで、残りはダミーです)', () => {
  // Kind: the real cameras told as only some (本物は…だけ, 実際に録画しているのは…のみ, 本当に録画しとるのは…だけ, 本物は…しか), or the
  // rest, a count or a part of them, or a camera itself, said to be a dummy (残りはダミー, うち3台は偽物, カメラ、実はあれ飾り): whoever reads
  // it knows where the watch is not. Not a dummy denied or compared (ダミーではなく, ダミーだけでなく), a subsidy for real ones, advice,
  // a camera exhibit, or a rumour denied.
  it.each([
    // the miss
    ['【商店街の防犯対策】新町商店街に防犯カメラを10台設置しました！……と言いたいところですが、実は本物はアーケード入口と精肉店前の3台だけで、残りはダミーです。でも抑止効果は十分です👍', 'security/weakness:block:本物はアーケード入口と精肉店前の3台だけで'],
    // variants: dialect 飾りなんよ, a count of them 偽物, dialect 録画しとる…あとは模型, しかありません, 実際に録画しているのは…のみ, ほとんど飾り
    ['駅前駐輪場のカメラ、実はあれ飾りなんよ。ちゃんと映るとは改札側の1台だけやけん。', 'security/weakness:block:カメラ、実はあれ飾りなんよ'],
    ['公民館には監視カメラが4台ありますが、うち3台は偽物です。', 'security/weakness:block:監視カメラが4台ありますが、うち3台は偽物です'],
    ['商店街の防犯カメラ、本当に録画しとるのは東口の1台だけで、あとは模型ですよ。', 'security/weakness:block:本当に録画しとるのは東口の1台だけで'],
    ['防犯カメラ10台のうち、本物は2台しかありません。', 'security/weakness:block:防犯カメラ10台のうち、本物は2台しかありません'],
    ['【お知らせ】駐車場に防犯カメラを5台設置しています。ただ、実際に録画しているのは南口の1台のみです。', 'security/weakness:block:実際に録画しているのは南口の1台のみです'],
    ['うちのカメラ、ほとんど飾りなんですよね。', 'security/weakness:block:カメラ、ほとんど飾りなんですよね'],
  ])('blocks %s', (text, expected) => {
    expect(summary(findingsOf(security, text))).toContain(expected)
  })
  it.each([
    // hard negatives sharing the words
    'ダミーカメラでも一定の抑止効果があるといわれますが、市が設置した防犯カメラはすべて本物です。',
    '防犯カメラの設置補助は本物のカメラのみが対象で、ダミーカメラは補助の対象外です。',
    'カメラ博物館の展示のうち、3台は模型です。本物は2階でご覧いただけます。',
    '「駅前の防犯カメラは偽物だ」という書き込みがありますが、すべて正常に作動しています。',
    '防犯カメラはダミーではなく、24時間録画しています。',
    '防犯カメラの本物はもちろん、ダミーだけでなく照明も効果的です。',
    '空き巣はダミーカメラを見破ることがあるので、ダミーだけに頼らないようにしましょう。',
    '防犯カメラを設置しました。あとは飾り付けをして、クリスマスマーケットの準備は完了です。',
    '展示室の甲冑のうち本物は1体だけで、残りは模型です。',
    'ライブカメラで実際に映っているのは沖端の1か所だけです。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity === 'block')).toEqual([])
  })
})

describe('security: colleague R71, the guard-schedule finding names the watch in Japanese (not 「…はの夜間巡回はの巡回時刻…」)', () => {
  // Kind: the round matched as a topic kept its particles (の夜間巡回は) and was set into 「{guard}の巡回時刻」. The message now names
  // what the sentence gives away ({watch}: 夜間巡回の時刻, 警備員の巡回時刻, 職員が手薄になる時間帯) and the hint who to post ({guard}).
  it.each([
    ['見回りのほうですが、庁舎の夜間巡回は21時と3時です。', '夜間巡回の時刻や不在の時間帯', '「警備員を配置し'],
    ['館内の巡回は21時と3時です。', '館内の巡回の時刻や不在の時間帯', '「警備員を配置し'],
    ['夜間は警備員が午後10時と午前3時の2回巡回しますので、ご安心ください。', '警備員の巡回時刻や不在の時間帯', '「警備員を配置し'],
    ['職員による敷地内巡回：15時と17時', '職員による敷地内巡回の時刻や不在の時間帯', '「職員を配置し'],
    ['保護施設は夜間（22時〜翌6時）は職員1名の体制となる。', '職員が手薄になる時間帯', '「職員を配置し'],
    ['パトロールは20時と深夜1時の2回です。それ以外の時間帯は監視が手薄になります。', 'パトロールの時刻と見回りのない時間帯', '「警備員を配置し'],
    ['夜回りは0時と4時だけです。', '夜回りの時刻や不在の時間帯', '「警備員を配置し'],
    // the city's cash carried to the bank: the hint's safe wording is about cash, not a patrol (secmask15's R279G-060 kind)
    ['指定金融機関への現金の搬送は、毎週火曜と金曜の15時すぎに職員2名が公用車で行っています。', '現金を運ぶ日時や人数', '「公金は複数の職員で安全に取り扱っています」'],
  ])('names the watch in %s', (text, watch, hint) => {
    const f = findingsOf(security, text).find((x) => x.rule === 'security/guard-schedule')
    expect(f?.severity).toBe('block')
    expect(f?.message).toContain(`は${watch}を明かしています`)
    expect(f?.message).not.toMatch(/はの|はを|はの巡回/u)
    expect(f?.hint).toContain(hint)
    expect(f?.hint).not.toMatch(/[{}]/u)
  })
  it.each([
    // still clean: a public round, a reassurance with no times, a patrol announced
    '移動図書館の巡回は毎週水曜日の10時からです。',
    '会場には警備員が常駐していますので、安心してお越しください。',
    '消防団による夜警パトロールを21時から行います。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.rule === 'security/guard-schedule')).toEqual([])
  })
})

describe('security: blind R73A-066, a private IP address spelt out with spaces (1 9 2 . 1 6 8 . 4 0 . 1 2)', () => {
  // Kind: an internal (RFC 1918) IPv4 address with spaces between its characters or around its dots, half- or full-width (the
  // squeezed view drops " . " between digits, so it is read in the norm view): the same address, written to slip past the check.
  // Not a public address, a 172 address outside 172.16–31, three groups (a section, a date) or times.
  it.each([
    // the miss
    ['収集車の運行状況は、庁内の運行管理システム（ 1 9 2 . 1 6 8 . 4 0 . 1 2 :8080 ）から見られます。午後の便の遅れはそちらで確認してください。', 'security/internal-address:block:1 9 2 . 1 6 8 . 4 0 . 1 2'],
    // variants: full-width with ideographic spaces, spaces around the dots only, mixed, dialect
    ['予約システムの管理画面は　１　９　２　．　１　６　８　．　０　．　５　です。', 'security/internal-address:block:１　９　２　．　１　６　８　．　０　．　５'],
    ['共有プリンターは 10 . 20 . 3 . 15 に繋いでね', 'security/internal-address:block:10 . 20 . 3 . 15'],
    ['内部サーバー（1 7 2.1 6.0.8）で確認してください', 'security/internal-address:block:1 7 2.1 6.0.8'],
    ['監視カメラの録画機は 1 0 . 0 . 1 2 . 3 やけん', 'security/internal-address:block:1 0 . 0 . 1 2 . 3'],
  ])('blocks %s', (text, expected) => {
    expect(summary(findingsOf(security, text))).toContain(expected)
  })
  it.each([
    // hard negatives: times, a section, a public address, 172 outside the private range, a date, the system named without an address
    '受付時間は 8 . 30 から 17 . 15 までです。',
    '配布資料の 1 0 . 2 . 3 節をご覧ください。',
    '公開DNSの例として 8 . 8 . 8 . 8 がよく知られています。',
    '試験用の 1 7 2 . 3 2 . 0 . 1 は外部のアドレスです。',
    '記念日は 2 0 2 5 . 1 0 . 1 です。',
    '収集車の運行状況は、市のホームページの運行管理システムから見られます。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity === 'block')).toEqual([])
  })
})

describe('security: blind R73A-046, a 死角 said reduced or gone is an improvement told (死角が減り)', () => {
  // Kind: 死角 followed at once by a word of reducing or removing (減り, 減っております, 少なくなりました, ほとんどなくなった): what was
  // done is told and no spot is left. A 死角 said not reduced (減っていません, 減るどころか), or another 死角 of a spot in the same
  // sentence (…とはいえ、奥は今も死角です), is still a gap told.
  it.each([
    // the false positive
    '【公園の植栽を剪定しました】\n\n柳川中央公園の遊具広場まわりの植え込みを剪定し、見通しを良くしました。死角が減り、保護者の方からも子どもの様子が見えやすくなっています。\n\nなお、北側トイレの改修工事は3月末に完了する見込みです。',
    // clean variants: 少なくなりました, dialect ほとんどなくなったけん, honorific 大幅に減っております
    '公園の街灯をLEDに替えたことで、夜間の死角が少なくなりました。',
    '通学路の生け垣を低く刈り込み、死角がほとんどなくなったけん、安心して歩けるよ。',
    '防犯カメラを2台増やし、駐輪場の死角は大幅に減っております。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity === 'block')).toEqual([])
  })
  it.each([
    // true violations sharing the words
    ['植え込みを剪定しましたが、北側トイレの裏はまだ死角になっています。', 'security/weakness:block:死角になっています'],
    ['死角が減ったとはいえ、駐輪場の奥は今も防犯カメラの死角です。', 'security/weakness:block:防犯カメラの死角です'],
    ['遊具広場の植え込みは剪定前のままで、トイレ裏は死角だらけです。', 'security/weakness:block:死角だらけです'],
    ['植え込みを剪定しましたが、死角はあまり減っていません。', 'security/weakness:block:死角はあまり'],
  ])('blocks %s', (text, expected) => {
    expect(summary(findingsOf(security, text))).toContain(expected)
  })
})

describe('security: blind R73A-125, a camera gap told, then advice given because of it (…映っていませんので、近づかないよう)', () => {
  // Kind: where the watch cameras are and a spot of the site they do not reach (北側フェンス沿いは映っていません, 撮影範囲外), stated and
  // then given as the reason (ので, から, けん, ため) for advice (近づかないよう, ご注意ください): the advice is for those who now know the
  // gap, and does not make the statement a lesson. Advice inside the statement, a kind of place (物陰, 暗い場所) rather than a spot of a
  // site, a promise to spare homes, or more cameras announced stays clean.
  it.each([
    // the miss
    '【下水処理場の見学会】\n\n11月15日（土）に、中央浄化センターの見学会を行います。参加無料です。\n\n当日は正門からお入りください。なお、防犯カメラは正門と管理棟の2台だけで、北側フェンス沿いは映っていませんので、北側には近づかないようお願いします。',
    // variants: 映らないので…ようにしてください, dialect 映っとらんけん…近づかんようにね, honorific 撮影範囲外となっておりますので…ご注意ください,
    // plain 映っていないから…しましょう
    '監視カメラは正面玄関の1台だけで、裏の駐輪場は映らないので、自転車は玄関側に停めるようにしてください。',
    '公園の防犯カメラは東口の1台しかなかけん、西側のトイレ裏は映っとらんけん、夜は近づかんようにね。',
    '当施設の監視カメラは受付前と駐車場の2か所のみでございまして、裏手の搬入口は撮影範囲外となっておりますので、貴重品の管理にはご注意ください。',
    '防犯カメラ、北側の通路は映っていないから、あっちには行かないようにしましょう。',
  ])('blocks %s', (text) => {
    expect(findingsOf(security, text).map((f) => `${f.rule}:${f.severity}`)).toContain('security/weakness:block')
  })
  it.each([
    // hard negatives sharing the words
    '見学会の当日は、正門からお入りください。北側フェンス沿いは工事中のため、近づかないようお願いします。',
    '防犯カメラは正門と管理棟に設置しています。',
    '防犯カメラは住宅の窓が映らないよう向きを調整していますので、ご安心ください。',
    '夜道では防犯カメラも顔までは映らないことがありますので、明るい道を通りましょう。',
    '防犯カメラは万能ではなく、物陰は映らないこともありますので、戸締まりに注意しましょう。',
    '防犯カメラがあっても、暗い場所は映らないことがあるので、夜道には注意しましょう。',
    '防犯カメラは駅前の2か所だけですが、来年度に10台増設する予定ですので、ご安心ください。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity === 'block')).toEqual([])
  })
})

describe('security: blind R72A-108, a way in said to have no alarm sensor where the site has one (非常口だけはセンサーが付いていない)', () => {
  // Kind: a way into a site (非常口, 通用口, 勝手口, 裏口, 2階の窓) said to have no alarm sensor, alarm or watch camera (付いていない,
  // ついとらん, 設置されておりません, なし, 対象外), or the other order (センサーが付いていないのは…非常口だけ), where the site's security is
  // named (機械警備, 警備会社, 防犯): the way in that sets nothing off. Advice given after it as a reason does not undo it. Not a sensor
  // light, a door's other fittings, a household's door, a case put (付いていない場合は), a question, or sensors added.
  it.each([
    // the miss
    ['市民スポーツ大会の前日準備、おつかれさまでした！当日朝の搬入は7時からです。\n体育館の機械警備は毎晩21時にセットされますが、裏の倉庫側の非常口だけはセンサーが付いていないので、遅くなった場合はそちらから出入りしてください。', 'security/weakness:block:非常口だけはセンサーが付いていないので'],
    // variants: dialect ついとらんけん, honorific 設置されておりません, 対象外, なし, a window with an alarm, the other order
    ['公民館は夜は警備システムが入るけど、勝手口だけはセンサーがついとらんけん、そっちから入ってよかよ。', 'security/weakness:block:勝手口だけはセンサーがついとらんけん'],
    ['本庁舎は夜間、機械警備を行っておりますが、西側の職員通用口には防犯センサーが設置されておりません。', 'security/weakness:block:通用口には防犯センサーが設置されておりません'],
    ['学校の機械警備、体育館の裏口はセンサーの対象外なので、部活の後はそこから出てください。', 'security/weakness:block:裏口はセンサーの対象外なので'],
    ['支所は夜になると警備会社のセンサーが入りますが、裏口だけはセンサーなしです。', 'security/weakness:block:裏口だけはセンサーなしです'],
    ['資料館の2階の窓には警報装置が付いていませんので、閉館後の見回りは1階だけで大丈夫です。', 'security/weakness:block:2階の窓には警報装置が付いていませんので'],
    ['警備会社のセンサーが付いていないのは裏の倉庫の非常口だけなので、夜はそこから入ってね。', 'security/weakness:block:センサーが付いていないのは裏の倉庫の非常口だけなので'],
  ])('blocks %s', (text, expected) => {
    expect(reported(findingsOf(security, text), expected)).toBe(true)
  })
  it.each([
    // hard negatives sharing the words
    '体育館の非常口には、停電時も点灯する誘導灯が付いています。',
    '体育館の機械警備は毎晩21時にセットされますので、それまでに退館してください。',
    '非常口のセンサーライトが付いていないので、交換をお願いしました。',
    '倉庫側の非常口は、いざというときのため、内側からいつでも開けられるようになっています。',
    'ご自宅の勝手口や窓に防犯センサーが付いていない場合は、補助制度をご利用ください。',
    'これまでセンサーが付いていなかった裏口にも、今月新たに防犯センサーを設置しました。',
    '勝手口や窓にセンサーが付いていないと、空き巣に狙われやすくなります。',
    '非常口は防犯上の理由から、外側にドアノブが付いていません。',
    '東側の出入口には、防犯カメラと警報装置が付いています。',
    '体育館の非常口に防犯センサーがないか、警備会社と一緒に点検しました。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity === 'block')).toEqual([])
  })
})

describe('security: blind R76A-073 / R77A-059, a two-step login spare code with its value (バックアップコード（4821-7730-5519）)', () => {
  // Kind: the spare code of an account's two-step login (バックアップコード, リカバリーコード / リカバリーキー, 復旧用コード, 回復コード,
  // 二段階認証の予備コード, 予備の認証コード; English backup / recovery codes) named with its value, in brackets, after は, after an arrow, in
  // dialect (やけん): anyone who has it gets into the account, as with a password. Not the code named with no value (大切に保管, 10個発行,
  // 6桁, a date it was issued, a phone number to call), a data backup, or a spare cable (予備のコード).
  it.each([
    // the misses
    ['乗っ取りの経緯について、ご質問が多いのでお答えします。アカウントの管理者権限は広報係の3名と委託業者の1名が持っていました。二段階認証のバックアップコード（4821-7730-5519）は課の金庫に保管し、鍵は係長が管理しています。今後は管理方法を見直します。', 'security/credential:block:バックアップコード（4821-7730-5519'],
    ['ほりわりんだよ〜🐟 中の人が交代するけん、次の担当さんへ✉️ ログインの認証コードは携帯に届くけど、予備のバックアップコードは 3851-2274 やけんメモしとってね！\n#ほりわりん #柳川', 'security/credential:block:バックアップコードは 3851-2274'],
    // variants: リカバリーコード in quotes, 復旧用コード after an arrow, 2段階認証の予備コード in dialect, 予備の認証コード, English
    ['公式Xのリカバリーコードは「7731 0429 5518」です。引き継ぎの際に使ってください。', 'security/credential:block:リカバリーコードは「7731 0429 5518'],
    ['インスタの復旧用コード、念のため書いとくね→ 5520-1937', 'security/credential:block:復旧用コード、念のため書いとくね→ 5520-1937'],
    ['2段階認証の予備コードは 48213307 やけん、なくさんでね。', 'security/credential:block:2段階認証の予備コードは 48213307'],
    ['担当交代のため、予備の認証コードは 558213 です。', 'security/credential:block:予備の認証コードは 558213'],
    ['Our backup codes for the city account are 4821-7730 and 5519-2284.', 'security/credential:block:backup codes for the city account are 4821-7730'],
  ])('blocks %s', (text, expected) => {
    expect(summary(findingsOf(security, text))).toContain(expected)
  })
  it.each([
    // hard negatives sharing the words
    'バックアップコードは大切に保管してください。',
    '二段階認証を設定すると、バックアップコードが10個発行されます。',
    'バックアップコードを紛失した場合は、情報政策課（0944-73-8111）へご連絡ください。',
    'バックアップコードは2025年4月1日に再発行しました。',
    '回復コードは、ご本人のメールアドレスに送信されます。',
    '認証コードは6桁の数字です。',
    '予備のコードは USB-C タイプです。',
    'システムのバックアップを毎晩2時に取っています。',
    '「バックアップコードを教えてください」といったDMには応じないでください。',
    'Keep your backup codes in a safe place.',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity === 'block')).toEqual([])
  })
})

describe('security: blind HI-015, an English secret word in running prose is no value (change your password right away)', () => {
  // Kind: password, passcode or PIN in an English sentence, followed by an ordinary word (right away, on the linked site, please,
  // immediately, elsewhere, today): nothing states a value (no colon, =, is/are, quote or bracket) and the word after it has no digit
  // or sign; advice and steps taken after a hijack. Still flagged: a stated value (password: X, password is X, "X") or one with a digit.
  it.each([
    // the false positive
    'Apology: Unauthorized access to our Instagram account\n\nOn December 2, a third party logged in to the "Suigo Yanagawa Kanko" Instagram account run by the City\'s Tourism Division and sent suspicious direct messages to some followers. If you received one, please delete it without opening the link. If you entered your ID or password on the linked site, please change your password right away.\n\nWe have restored access, changed the password and turned on two-step verification. We sincerely apologize for the trouble and worry this has caused.',
    // variants
    'Please change your password immediately and turn on two-step verification.',
    'If you used the same password elsewhere, please update it there too.',
    'We reset the passcode today and notified every member of staff.',
    'Never tell anyone your PIN, even staff who say they are from the city.',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity === 'block')).toEqual([])
  })
  it.each([
    ['Staff Wi-Fi password: yanagawa', 'security/credential:block:password: yanagawa'],
    ['The password is hakushu for the office laptop.', 'security/credential:block:password is hakushu'],
    ['Our account password Kanko0944 has been changed, please update the shared sheet.', 'security/credential:block:password Kanko0944'],
    ['Wi-Fi password "sagemiyo" for today\'s volunteers.', 'security/credential:block:password "sagemiyo'],
    ['管理画面の PW yanagawa です', 'security/credential:block:PW yanagawa'],
  ])('blocks %s', (text, expected) => {
    expect(summary(findingsOf(security, text))).toContain(expected)
  })
})

describe('security: blind R78A-003, a patrol\'s end told, then no watch after it (22時半には解散しています。それ以降の時間帯は見回りがありません)', () => {
  // Kind: a patrol's days or hours (the round also told by where it goes: …の順に回って, 町内ば回って), then the hours after its end said
  // unwatched (それ以降の時間帯は, 21時以降は, 解散後の時間帯は, その後は + no round: 見回りがありません, 見回りを行っておりません, 誰も
  // 回っとらん): whoever reads it knows when no one goes round. Not what follows the round (反省会), a watch kept after it (警察のパトロール
  // が行われています), a bus's timetable or advice after the round ends.
  it.each([
    ['【防犯パトロール隊からのお知らせ】\nいつもご協力ありがとうございます。今月も地域の皆さんと一緒に夜間パトロールを続けています。隊は毎週火曜と金曜の21時に蒲池公民館を出発し、蒲池小学校前→西鉄蒲池駅→中山の県道沿いの順に回って、22時半には解散しています。それ以降の時間帯は見回りがありませんので、戸締まりを忘れずに。新しい隊員も募集中です！', 'security/guard-schedule:block:金曜の21時に蒲池公民館を出発し、蒲池小学校前→西鉄蒲池駅→中山の県道沿いの順に回って、22時半には解散しています。それ以降の時間帯は見回りがありません'],
    ['見守り隊は毎週月曜と木曜の20時に集会所を出発し、各班を回ります。21時以降は見回りはありません。', 'security/guard-schedule:block:毎週月曜と木曜の20時に集会所を出発し、各班を回ります。21時以降は見回りはありません'],
    ['防犯パトロールは毎週金曜の21時に出発し、校区を回ったあと22時に解散します。解散後の時間帯は見回りを行っておりません。', 'security/guard-schedule:block:パトロールは毎週金曜の21時に出発し、校区を回ったあと22時に解散します。解散後の時間帯は見回りを行っておりませ'],
    ['パトロール隊は毎週水曜の20時に公民館ば出て、町内ば回って21時に解散すっとよ。その後は誰も回っとらんけん。', 'security/guard-schedule:block:パトロール隊は毎週水曜の20時に公民館ば出て、町内ば回って21時に解散すっとよ。その後は誰も回っとら'],
  ])('blocks %s', (text, expected) => {
    expect(summary(findingsOf(security, text))).toContain(expected)
  })
  it.each([
    '夜間パトロールは毎週木曜の20時に公民館を出発し、21時に解散します。その後は公民館で反省会を行います。',
    '青色防犯パトロールは毎週火曜の21時から地区を回ります。それ以降の時間帯も、警察のパトロールが行われています。',
    '巡回バスは毎週火曜の9時に各地区を回ります。それ以降の便はありません。',
    'パトロールは21時に出発し、22時半に解散します。それ以降も各家庭で戸締まりをお願いします。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity === 'block')).toEqual([])
  })
})

describe('security: blind R78A-125, the days or nights no patrol is made (十二月三十日と三十一日の夜はパトロールを行いません)', () => {
  // Kind: a date (in digits, kanji or 12/31), a weekday or a season's days, then the patrol said not made (を行いません, がありません,
  // はお休みです, 休みますけん), or the patrol as the topic, then the days off: whoever reads it knows which nights no one goes round. Not a
  // patrol kept on those days (も…行います, 休みなく, 休まず), a past night (行いませんでした), weather with no date, or a public service's
  // round (移動図書館, ごみ収集).
  it.each([
    ['年末特別警戒のお知らせです。今年は隊員が足りず、大和地区は十二月三十日と三十一日の夜はパトロールを行いません。その分、各家庭で戸締まりの徹底をお願いします。', 'security/guard-schedule:block:十二月三十日と三十一日の夜はパトロールを行いません'],
    ['三橋地区の防犯パトロールは、12月29日から1月3日まではお休みします。', 'security/guard-schedule:block:パトロールは、12月29日から1月3日まではお休みします'],
    ['夜回りは、毎週水曜日はお休みです。', 'security/guard-schedule:block:夜回りは、毎週水曜日はお休みです'],
    ['人手不足のため、12/31の夜は蒲池校区の見回りがありません。', 'security/guard-schedule:block:12/31の夜は蒲池校区の見回りがありません'],
    ['見回りは31日の晩は休みますけん、戸締まりばしっかりね。', 'security/guard-schedule:block:見回りは31日の晩は休みますけん、戸締まりばしっかりね'],
  ])('blocks %s', (text, expected) => {
    expect(summary(findingsOf(security, text))).toContain(expected)
  })
  it.each([
    '十二月三十日と三十一日の夜も、パトロールを行います。',
    'パトロールは12月30日も休みなく行います。',
    '年末年始（12月29日〜1月3日）は、移動図書館の巡回はお休みです。',
    '12月30日はパトロールを行いませんでした。',
    '12月29日は、ごみ収集車の巡回はありません。',
    '雨の日はパトロールを行いません。',
    '毎週土曜日は休まずパトロールを行っています。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity === 'block')).toEqual([])
  })
})

describe('security: blind R78A-053, a police box away at set hours (平日の14時〜16時ごろはパトロールで不在)', () => {
  // Kind: a police box, a residential police post or its officer (交番, 駐在所, お巡りさん) said away, empty or out (不在, 留守, 誰もいません,
  // おらん) with the hours or the weekdays told: when no one is there. Not a case put (不在の場合は, 不在の時は), an absence with no hours,
  // an officer's round told with no absence, or another counter's staff away.
  it.each([
    ['交番だよりの補足です。沖端交番のお巡りさんは、平日の14時〜16時ごろはパトロールで不在のことがほとんどです。その時間帯に何かあったときは、柳川警察署へ直接お電話ください。', 'security/guard-schedule:block:交番のお巡りさんは、平日の14時〜16時ごろはパトロールで不在のことがほと'],
    ['駐在所は毎週水曜の午後は留守になります。', 'security/guard-schedule:block:駐在所は毎週水曜の午後は留守になります'],
    ['大和駐在所のおまわりさんは、毎日10時から12時までは巡回に出ていて誰もいません。', 'security/guard-schedule:block:駐在所のおまわりさんは、毎日10時から12時までは巡回に出ていて誰もいません'],
    ['このへんの交番、夜の9時過ぎたらお巡りさんおらんとよ。', 'security/guard-schedule:block:交番、夜の9時過ぎたらお巡りさんおらんとよ'],
  ])('blocks %s', (text, expected) => {
    expect(summary(findingsOf(security, text))).toContain(expected)
  })
  it.each([
    '交番が不在の場合は、備え付けの電話で柳川警察署につながります。',
    '交番のお巡りさんが毎日14時から通学路をパトロールしています。',
    'お巡りさんが不在でも、交番前の電話から110番できます。',
    '平日の12時から13時は、窓口の担当者が不在です。',
    '交番が不在の時は、平日9時〜17時なら警察署の生活安全課へお電話ください。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity === 'block')).toEqual([])
  })
})

describe('security: blind R78A-075, where cash is kept and the place said empty at night, in dialect (社務所は夜9時から朝まで誰もおらん)', () => {
  // Kind: a place that keeps money or goods (社務所, 寺務所, 詰所, 集会所, 本堂, 会館, 管理室 …) said empty at set hours or at night (誰も
  // おらん, 誰もいないけん, 無人となります, 人がおらんけん): the dialect ending ends the statement, so advice after it (ご協力お願いします, 盗難に
  // 気をつけて) does not make it a lesson. Not opening hours, a room open at night, a cash handling told with no gap, or staff kept there.
  it.each([
    ['秋祭りの奉納金、今年もたくさん集まりました🙏✨ ありがとうございます！集まったお金は祭りが終わるまで社務所の手提げ金庫に置いとって、社務所は夜9時から朝まで誰もおらんので、境内の見回りにご協力お願いします〜', 'security/guard-schedule:block:社務所は夜9時から朝まで誰もおらんので'],
    ['売上金は閉店まで集会所の戸棚の缶に入れてあって、集会所は夜10時以降は誰もいないけん、盗難に気をつけてね。', 'security/guard-schedule:block:集会所は夜10時以降は誰もいないけん'],
    ['寄付金は本堂の賽銭箱の横の金庫に保管しております。なお本堂は20時から翌朝6時まで無人となります。', 'security/guard-schedule:block:本堂は20時から翌朝6時まで無人となります'],
    ['集めた会費は詰所のロッカーに入れとるけど、詰所は夜8時からは人がおらんけん。', 'security/guard-schedule:block:詰所は夜8時からは人がおらんけん'],
  ])('blocks %s', (text, expected) => {
    expect(summary(findingsOf(security, text))).toContain(expected)
  })
  it.each([
    '社務所は9時から17時まで開いています。',
    '社務所では、お守りやおみくじを授与しています。',
    '集会所は夜間も利用できますので、事前に予約してください。',
    '境内は夜は暗くなりますので、足元にご注意ください。',
    '奉納金は祭りの翌日に社務所で数えて、すぐに銀行に預けています。',
    'お祭りの期間中は、社務所に誰もいない時間がないよう、夜も交代で詰めています。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity === 'block')).toEqual([])
  })
})

describe('security: blind HK-019, the public\'s bicycles or homes unlocked as a class (鍵をかけていない自転車でした)', () => {
  // Kind: in a crime statistic or a request, the unlocked thing is the public's own vehicle or home, named right after the lock's
  // negation (鍵をかけていない自転車, 鍵をかけていない家) or owning the lock (自転車の約6割は、鍵がかかっていませんでした): no site of the
  // city is left open; nor is a time before 鍵をかけ (昼間に鍵をかけていない) a place a key is hung. Still flagged: a door or a storeroom of a
  // site unlocked, a vehicle the city runs (公用自転車), a key hung on a nail.
  it.each([
    '【交番だより 11月号】\n\n柳川警察署から、自転車盗難の防止について次のようなお知らせがありました。\n\n「市内では、今年に入って自転車の盗難が62件発生しています。そのうち約7割は鍵をかけていない自転車でした。短い時間でも必ず鍵をかけ、できればもう1つ鍵を付けるツーロックをお願いします」\n（出典：柳川警察署 生活安全課「交番だより」令和7年11月号）\n\n駅や商業施設の駐輪場では特にご注意ください。',
    '被害に遭った自転車の約6割は、鍵がかかっていませんでした。',
    '市内の空き巣被害の半数は、鍵をかけていない家でした。',
    '盗まれたバイクの多くは、鍵をかけていないバイクでした。',
    // no advice word: the class itself makes it ordinary
    '市内で回収した放置自転車のうち、約半数は鍵をかけていない自転車でした。',
    '駐輪場の見回りで、鍵をかけていない自転車には声かけの札を付けました。',
    // a time before 鍵をかけ: the key locks a door then, it is hung nowhere (no key-location either)
    '先月の調査では、昼間に鍵をかけていない住宅が2割ありました。',
    '外出時に鍵をかけていない家がまだ多いようです。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity === 'block')).toEqual([])
  })
  it.each([
    ['北側の通用口は、夜も鍵をかけていない状態です。', 'security/weakness:block:通用口は、夜も鍵をかけていない'],
    ['倉庫の鍵をかけていない日が多いので、夜は誰でも入れます。', 'security/weakness:block:鍵をかけていない'],
    ['公用自転車は鍵をかけていない自転車がほとんどです。', 'security/weakness:block:鍵をかけていない'],
    // a key hung at a place still is where it is kept
    ['倉庫の柱の釘に合鍵をかけてあります。', 'security/key-location:block:倉庫の柱の釘に合鍵をかけてあり'],
    ['玄関の中にカギをかけておきます。', 'security/key-location:block:玄関の中にカギをかけておき'],
  ])('blocks %s', (text, expected) => {
    expect(summary(findingsOf(security, text))).toContain(expected)
  })
})

describe('security: blind ID-049, a count of theft cases that were not locked (12件、うち9件は鍵をかけていませんでした)', () => {
  // Kind: a police or 防犯 notice's statistic, where a count of cases (うち9件, 約7割, 大半, 半数以上) is the subject of the lock's negation
  // and the public's own bicycles, cars or homes are named with a theft word in the sentence or the one before: advice about residents'
  // property, no site of the city left open. Still flagged: a count of a site's places (12か所のうち9か所), a vehicle the city runs
  // (公用車), a city room unlocked next to a theft notice.
  it.each([
    // the blind item
    '【柳川警察署からのお知らせ】\n\n市内で、自転車の盗難が相次いでいます。10月だけで12件、うち9件は鍵をかけていませんでした。\n\n・短時間でも必ず鍵をかける\n・ツーロック（2つの鍵）をする\n・防犯登録をする\n\n柳川警察署 生活安全課 0944-72-0110',
    // variants: homes and 半数以上, car break-ins and 約7割, dialect with 台, 大半 after a blank line
    '空き巣被害が増えています。被害に遭った住宅の半数以上は、鍵をかけていませんでした。',
    '車上ねらいが多発しています。今年の被害28件のうち、約7割は鍵がかかっていませんでした。',
    'バイクの盗難、先月は8台盗まれ、そのうち6台はカギをかけとらんかったです。',
    '自転車盗難が今年は40件。\n\nそのうち大半は施錠していませんでした。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    ['市役所の公用車の盗難が相次いでいます。12台のうち9台は鍵をかけていませんでした。', 'security/weakness:block:鍵をかけていませんでした'],
    ['盗難被害が出ています。庁舎の倉庫12か所のうち9か所は鍵をかけていませんでした。', 'security/weakness:block:鍵をかけていませんでした'],
    ['自転車の盗難が相次いでいます。市営駐輪場の管理室は夜間鍵をかけていません。', 'security/weakness:block:鍵をかけていません'],
    ['自転車の盗難が相次いでいます。公民館の通用口は、うち2か所が鍵をかけていません。', 'security/weakness:block:通用口は、うち2か所が鍵をかけていません'],
  ])('blocks %s', (text, expected) => {
    expect(summary(findingsOf(security, text)).join('\n')).toContain(expected)
  })
})

describe('security: colleague after R78A, a door\'s way of opening missing is no alarm (自動ドアにはセンサーが付いていないので、ボタンを押して)', () => {
  // Kind: a door, a gate or a window said to lack a part that opens it or helps people through (an automatic door's sensor, a button,
  // a handle, an intercom, a stopper): how to get in is told, no watch is missing. Still flagged: a lock missing, or a sensor where
  // alarms or crime are spoken of (防犯センサー, 機械警備).
  it.each([
    '玄関の自動ドアにはセンサーが付いていないので、ボタンを押して開けてください。',
    '北館の入口の扉には取っ手が付いていないので、横に引いて開けてください。',
    '公民館の玄関ドアにはインターホンが付いていないので、着いたらお電話ください。',
    '会議室のドアにはストッパーが付いていないので、風の強い日は閉まりやすいです。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity === 'block')).toEqual([])
  })
  it.each([
    ['通用口のドアには防犯センサーが付いていないので、夜間でも警報は鳴りません。', 'security/weakness:block:通用口のドアには防犯センサーが付いていないので'],
    ['裏口の扉には鍵が付いていないので、誰でも開けられます。', 'security/weakness:block:裏口の扉には鍵が付いていないので'],
    ['非常口のドアにはセンサーが付いていないので、機械警備をセットしても開けて出入りできます。', 'security/weakness:block:ドアにはセンサーが付いていないので'],
  ])('blocks %s', (text, expected) => {
    expect(summary(findingsOf(security, text))).toContain(expected)
  })
})

describe('security: colleague after R78A, a 死角 said to remain (死角が解消されていません)', () => {
  // Kind: a camera's blind spot said not yet removed (解消されていません, まだ解消できていません, 解消できとらん, なくなっとらん), even where
  // the sentence tells of cameras added (増設しましたが): the gap is still told. Clean: a 死角 said removed (解消されました, 解消されています),
  // removal as the aim (解消するため), or a check for one (解消されていないか点検).
  it.each([
    ['駐輪場の北側は、防犯カメラの死角が解消されていません。', 'security/weakness:block:防犯カメラの死角が'],
    ['防犯カメラを増設しましたが、体育館裏の死角はまだ解消できていません。', 'security/weakness:block:死角はまだ'],
    ['プールの裏は、カメラを増やしても死角が解消できとらんけん。', 'security/weakness:block:死角が'],
    ['防犯カメラを増設しても、裏門の死角がなくなっとらん。', 'security/weakness:block:死角がなくなっとら'],
  ])('blocks %s', (text, expected) => {
    expect(summary(findingsOf(security, text))).toContain(expected)
  })
  it.each([
    '防犯カメラを増設し、北側の死角が解消されました。',
    '死角を解消するため、体育館裏に防犯カメラを設置しました。',
    '防犯カメラの死角が解消されていないか、警察と一緒に点検しました。',
    '植え込みを剪定して、駐車場の死角が解消されています。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity === 'block')).toEqual([])
  })
})

describe('security: blind R80A-026 / R81A-020, a code in kanji numerals as a code’s value', () => {
  // Kind: digits written as kanji (四・八・二・〇, 九九〇四), parted by ・ or spaces, a keypad's sign key after them (・＃), given as what to
  // type on a keypad (テンキーに X を入れて, ボタン錠 X を押して) or told a few words after the secret's name (暗証番号は前回から変わらず X
  // です, 去年のまま X やけん). Clean: a room called on an intercom, a search box, a rule about the code (三か月ごと, 四桁).
  it.each([
    ['清掃工場の見学に来てくれる小学校の先生方へ🏫 当日、正門が閉まっていたら、横の通用口のテンキーに 四・八・二・六・＃ を入れて入ってくださいね🚪 #柳川 #環境学習', 'security/credential:block:四・八・二・六・＃'],
    ['大雨に備え、各地区の水門の操作訓練を行いました。消防団の皆さん、ご協力ありがとうございました。操作盤の暗証番号は前回から変わらず 四・八・二・〇 です。', 'security/credential:block:暗証番号は前回から変わらず 四・八・二・〇'],
    ['倉庫のボタン錠、七・三・〇・一 を押して開けてね', 'security/credential:block:ボタン錠、七・三・〇・一'],
    ['夜間通用口はテンキー式です。九九〇四＊を入れたら開くけん', 'security/credential:block:九九〇四＊'],
    ['裏口の電子錠には 5 5 8 2 # を入力して入室してください。', 'security/credential:block:5 5 8 2 #'],
    ['ゲートの暗証番号は去年のまま 一・九・八・七 やけん', 'security/credential:block:暗証番号は去年のまま 一・九・八・七'],
    ['金庫の番号はずっと 三 五 九 二 のままです', 'security/credential:block:金庫の番号はずっと 三 五 九 二'],
    ['暗証番号は前と一緒で 5 5 0 1 たい', 'security/credential:block:暗証番号は前と一緒で 5 5 0 1'],
  ])('blocks %s', (text, expected) => {
    expect(summary(findingsOf(security, text))).toContain(expected)
  })
  it.each([
    'オートロックのテンキーに 三〇二 を入れて、お部屋を呼び出してください。',
    '検索欄に 二〇二五 を入れて検索してください。',
    'テンキーで電話番号を入力してください。',
    '暗証番号は三か月ごとに変更しています。',
    '暗証番号は一年ごとに変更します',
    '暗証番号は一人ひとり異なります。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security: blind R81A-003 / R81A-062, a named site’s door or gate left effectively unlocked', () => {
  // Kind: a gate or door of a named site said unlocked in any form (鍵がかかっておらず, かかっていません, かかっとらん, かけてない, 無施錠) or
  // its lock broken (南京錠が壊れていて) — also when an inspection is when it was found (点検の際に気づいたのですが: no maintenance notice) —
  // or anyone said able to get in (誰でも敷地に入れてしまう, 降りられてしまう). Clean: a question or reminder (かかっていませんか？), the
  // public's bicycles as a class, a notice of maintenance, a place open to all (誰でも入れます).
  it.each([
    ['【排水機場の点検を行いました】\n梅雨を前に、市内の排水機場7か所でポンプの試運転と除じん機の点検を行いました。いずれも正常に作動しています。\nなお、点検の際に気づいたのですが、二ツ川排水機場の北側フェンスの通用門は南京錠が壊れていて、今は針金で縛っているだけの状態です。修理の手配が済むまでは誰でも敷地に入れてしまうので、近くを通る職員は時々見回りをお願いします。', 'security/weakness:block:門は南京錠が壊れていて'],
    ['【橋梁点検の裏話】\n点検で一番ヒヤッとしたのは、鷹尾の水門管理橋です。南側の2本目の橋脚の根元がかなり痩せていて、ハンマーでたたくと中が空洞の音がしました。しかも管理用の階段の扉はもう何年も鍵がかかっておらず、橋脚の真下まで誰でも降りられます。', 'security/weakness:block:扉はもう何年も鍵がかかっておらず'],
    ['倉庫の扉は鍵がかかっていません。', 'security/weakness:block:扉は鍵がかかっていません'],
    ['体育館の裏口はずっと鍵がかかっとらんけん、誰でも入れるよ', 'security/weakness:block:裏口はずっと鍵がかかっとらんけん'],
    ['ポンプ小屋の扉、実はカギかけてないんですよね', 'security/weakness:block:扉、実はカギかけてないんですよね'],
    ['見回りで見つかったんですが、浄水場の裏門の鍵が壊れたままです。', 'security/weakness:block:門の鍵が壊れたままです'],
    ['修理の手配が済むまでは誰でも敷地に入れてしまうので、近くを通る職員は時々見回りをお願いします。', 'security/weakness:block:誰でも敷地に入れてしまうので'],
    ['橋脚の真下まで誰でも降りられてしまいます。', 'security/weakness:block:誰でも降りられてしまいます'],
  ])('blocks %s', (text, expected) => {
    expect(summary(findingsOf(security, text))).toContain(expected)
  })
  it.each([
    '玄関の鍵はかかっていませんか？',
    '裏口の鍵、かかってないかもう一度見てください',
    '盗難被害の自転車の約6割は鍵がかかっていませんでした。',
    '点検のため、通用口の電子錠は本日停止しています。',
    '点検の際に確認したところ、防犯カメラは正常に作動していました。',
    'この広場は24時間誰でも入れます。',
    'フェンスがなかったので誰でも入れてしまう状態でしたが、新たに設置しました。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security: blind R81A-078, a spot of a site said to be a camera’s 死角', () => {
  // Kind: the watch camera said to be only at some spot, then another spot called 死角 with any copula (死角なんです, 死角なんよ, 死角やね,
  // 死角となっています). Clean: a driver's 死角 (road safety), a 死角 said reduced, a place apt to be one (死角になりやすい).
  it.each([
    ['資材ヤードの防犯カメラ、実は東側の入口に1台あるだけで、西側のフェンス沿いは完全に死角なんです📹 夜は真っ暗なので、近くを通る方は気をつけて🙏\n#柳川 #工事現場', 'security/weakness:block:死角なんです'],
    ['防犯カメラは正門に1台だけで、裏の駐輪場は死角なんよ', 'security/weakness:block:死角なんよ'],
    ['監視カメラ、北口にしかないけん、南側の通路は死角やね', 'security/weakness:block:死角やね'],
    ['倉庫のカメラは表側だけで、裏手は死角となっています。', 'security/weakness:block:死角となっています'],
  ])('blocks %s', (text, expected) => {
    expect(summary(findingsOf(security, text))).toContain(expected)
  })
  it.each([
    '大型トラックの左側は運転席から死角なので注意しましょう。',
    '防犯カメラを増設し、公園の死角が減りました。',
    '死角をなくすため、駐輪場に防犯カメラを設置しました。',
    '防犯灯のLED化で、死角になりやすかった路地も明るくなりました。',
    'まな板の死角になりやすい溝も、洗剤でていねいに洗ってください。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security: blind HL-101, a keeping said not done (車の鍵は車内に保管せず)', () => {
  // Kind: a key told where NOT to keep it (保管せず, 入れずに, 置いたままにせず) in advice to residents: no place is told. Still flagged: a
  // place told after the negation (金庫に入れず、机の引き出しに入れています) or a key kept in a car (公用車の鍵は車内の…に挟んであります).
  it.each([
    ['倉庫の鍵は金庫に入れず、机の引き出しに入れています。', 'security/key-location:block:鍵は金庫に入れず、机の引き出しに入れています'],
    ['公用車の鍵は車内のサンバイザーに挟んであります。', 'security/key-location:block:鍵は車内のサンバイザーに挟んであります'],
    ['集会所の鍵は車内に保管しています。', 'security/key-location:block:鍵は車内に保管しています'],
  ])('blocks %s', (text, expected) => {
    expect(summary(findingsOf(security, text))).toContain(expected)
  })
  it.each([
    '【車上ねらい・自転車盗難にご注意ください】\n\n●車から離れるときは、短い時間でも必ず鍵をかけましょう。\n●車の鍵は車内に保管せず、持ち歩きましょう。\n●自転車は、前輪と後輪に鍵をかける「ツーロック」を。',
    '自転車の鍵はかごに入れずに、身につけておきましょう。',
    '家の鍵は郵便受けに入れず、必ず持ち歩いてください。',
    '車の鍵は車内に置いたままにせず、持って出ましょう。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security: blind R82A-039, a gate or a site told unwatched at set hours (15時〜16時の西門付近は実質だれも見ていない状態)', () => {
  // Kind: a gate of a school or a site (正門, 校門, 西門, 裏門) or a watched facility (水門, 排水機場, 資材置き場) said to have no one
  // watching it at set hours, in any register (だれも見ていない, 誰も見とらん, 見守る大人がいません, 目が届かなくなります): whoever reads it
  // knows when and where no one looks. Clean: someone is said to watch, a warning to children (誰も見ていないと思って飛び出さないよう), a
  // gate closed so no one gets in, a sluice watched remotely.
  it.each([
    ['【見守り隊の皆さんへ】いつも下校時の見守りありがとうございます。来週から中島小の正門前の人員を減らし、西門側の防犯カメラは故障したまま修理が年明けになるので、15時〜16時の西門付近は実質だれも見ていない状態になります。できる方は西門へ回っていただけると助かります。', 'security/guard-schedule:block:西門付近は実質だれも見ていない'],
    ['来月から北門の立ち番をなくすので、7時半〜8時の北門はだれも見とらん状態になります。', 'security/guard-schedule:block:北門はだれも見とらん'],
    ['浄水場の裏門付近は、夜10時以降は誰も見ていないのが実情です。', 'security/guard-schedule:block:浄水場の裏門付近は、夜10時以降は誰も見ていないのが'],
    ['校門前は16時から17時まで見守る大人がいません。', 'security/guard-schedule:block:校門前は16時から17時まで見守る大人がいません'],
    ['排水機場は毎晩20時以降、目が届かなくなります。', 'security/guard-schedule:block:排水機場は毎晩20時以降、目が届かなくなります'],
  ])('blocks %s', (text, expected) => {
    expect(summary(findingsOf(security, text))).toContain(expected)
  })
  it.each([
    '正門前の見守りは、保護者の皆さんのおかげで毎日だれかが見てくれています。',
    '15時〜16時の西門付近は交通量が多いので、誰も見ていないと思って飛び出さないよう、お子さんに声をかけてください。',
    '水門の開閉は自動で行われ、職員が遠隔で監視しています。',
    '正門は夜間閉鎖し、誰も入れないようにしています。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security: blind R83A-098, a site\'s keeper away at set hours, then no round (管理人さんは土日の22時から翌朝6時まで不在…見回りもありません)', () => {
  // Kind: the keeper or guard of a site (管理人, 管理員, 守衛, 宿直, 警備員) said away at set hours or days (不在, おらん, いなくなり, 帰って
  // しまう), and the watch named back as absent then (その時間帯は…見回りもありません, 夜間の巡回はございません). Clean: a counter's notice
  // (鍵の受け渡しは…までに), a case put (不在の場合は), an absence denied (不在になることはありません), a watch kept (休まず).
  it.each([
    ['沖端水門の管理人さんは土日の22時から翌朝6時まで不在になります。その時間帯は自動運転のみで、見回りもありません。', 'security/guard-schedule:block:管理人さんは土日の22時から翌朝6時まで不在になります'],
    ['沖端水門の管理人さんは土日の22時から翌朝6時まで不在になります。その時間帯は自動運転のみで、見回りもありません。', 'security/guard-schedule:block:その時間帯は自動運転のみで、見回りもありません'],
    ['資材置場の管理人は毎週水曜と日曜はおらんけん、気をつけとってください。', 'security/guard-schedule:block:管理人は毎週水曜と日曜はおらんけん'],
    ['夜間は浄水場の宿直がいなくなり、巡回もございません。', 'security/guard-schedule:block:夜間は浄水場の宿直がいなくなり、巡回もございません'],
    ['排水機場には夜中は管理員がおりませんし、見回りもしていません。', 'security/guard-schedule:block:排水機場には夜中は管理員がおりませんし、見回りもしていません'],
    ['旧庁舎の守衛さんは平日の18時には帰ってしまうので、それ以降は見回りもありません。', 'security/guard-schedule:block:旧庁舎の守衛さんは平日の18時には帰ってしまうので、それ以降は見回りもありません'],
  ])('blocks %s', (text, expected) => {
    expect(summary(findingsOf(security, text))).toContain(expected)
  })
  it.each([
    '公民館の管理人は土日不在のため、鍵の受け渡しは金曜日の17時までにお願いします。',
    '夜間に管理人が不在の場合は、水門管理事務所へご連絡ください。',
    '浄水場には警備員が24時間常駐しており、夜間も不在になることはありません。',
    '土日も見回りは休まず行っています。',
    'その時間帯は混雑が予想されるため、見回りの職員を増やします。',
    '管理人さんは、夜間はいないのかという問い合わせが多いですが、24時間常駐しています。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security: blind R83A-133, a patrol\'s set days or night with its round times (夜間パトロールは毎週火曜と金曜、23時と2時の2回)', () => {
  // Kind: a patrol or a round (パトロール, 見回り, 夜回り, 巡回) told with its weekdays or its night (毎週火曜と金曜, 毎晩) and the times it
  // passes (23時と2時, 22時と翌3時, 23時ごろに…見回っとります), either order: whoever reads it knows when the round comes and when it does not.
  // Clean: a community patrol announced with its start (19時から, 20時に公民館を出発), volunteers thanked, a library's or a check-up's round,
  // a meeting that reports the round, a call to join.
  it.each([
    ['有明海で密漁を繰り返している皆さんへ。市と漁協は本気で取り締まっています。\n夜間パトロールは毎週火曜と金曜、23時と2時の2回出ていますので、見つけたら必ず通報します。\n海の資源を守るのはみんなの責任です。', 'security/guard-schedule:block:夜間パトロールは毎週火曜と金曜、23時と2時の2回出ていますので、見つけたら必ず通報します'],
    ['漁港の夜回りは毎週月・木の22時と翌3時です。', 'security/guard-schedule:block:漁港の夜回りは毎週月・木の22時と翌3時です'],
    ['毎週土曜日と日曜日の23時ごろに、職員が資材置き場を見回っとります。', 'security/guard-schedule:block:毎週土曜日と日曜日の23時ごろに、職員が資材置き場を見回っとります'],
    ['不法投棄の見回りは、毎晩21時と0時に行っておりますので、覚悟してください。', 'security/guard-schedule:block:不法投棄の見回りは、毎晩21時と0時に行っておりますので、覚悟してください'],
    ['巡回は毎週水曜、二十二時と二時の二回です。', 'security/guard-schedule:block:巡回は毎週水曜、二十二時と二時の二回です'],
  ])('blocks %s', (text, expected) => {
    expect(summary(findingsOf(security, text))).toContain(expected)
  })
  it.each([
    '青色防犯パトロール隊の皆さんが、毎週金曜の16時から通学路を見守ってくださっています。',
    '移動図書館の巡回は、毎週火曜日の10時から三橋公民館前です。',
    '毎週火曜日の19時から公民館で防犯会議を開き、巡回の結果を報告します。',
    '夜間パトロールに参加できる方は、毎週金曜日の20時に市役所前へお集まりください。',
    '巡回健診は毎週木曜の9時からです。',
    '夜間の見回りは、毎晩続けています。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security: blind R85A-003, an alarm said to be off until a set hour (センサーは夜10時にならないと入らない)', () => {
  // Kind: an alarm sensor or a machine watch (赤外線センサー, 警報装置, 機械警備) said to be off until, or not armed before, a clock time
  // (夜10時にならないと入らない, 21時までは切ってあります, セットされるのは23時以降, 22時までは…解除されとる, 9時半を過ぎないと作動しません):
  // whoever reads it knows when nothing is set off. Advice given as the reason after it does not make it a lesson. Clean: a sensor light, an
  // inspection's hours, a case put (…入らない場合は), the alarm set at a time with nothing said off.
  it.each([
    ['【文化財の特別公開、無事終了しました】\n\n3日間で1,200人を超える方にお越しいただきました。ありがとうございました。\n\n公開した藩政時代の甲冑と古文書は、今日から郷土資料館2階の第2収蔵庫（階段を上がって左奥の棚）に戻しています。収蔵庫の赤外線センサーは夜10時にならないと入らないので、片付け担当の方はそれまでに作業を終えてください。\n\n次回の公開は来年の秋を予定しています。', 'security/weakness:block:赤外線センサーは夜10時にならないと入らないので'],
    ['市民ギャラリーの警報装置は、展示替えの間は毎晩21時までは切ってありますので、搬入の業者さんはそれまでにお願いします。', 'security/weakness:block:警報装置は、展示替えの間は毎晩21時までは切ってありますので'],
    ['資料館の機械警備がセットされるのは23時以降やけん、それまでは裏口から出入りしてよかよ。', 'security/weakness:block:機械警備がセットされるのは23時以降やけん'],
    ['22時までは収蔵庫の防犯センサーが解除されとるけん、作業は急がんでよかです。', 'security/weakness:block:22時までは収蔵庫の防犯センサーが解除されとるけん'],
    ['倉庫の侵入センサーは、夜9時半を過ぎないと作動しません。', 'security/weakness:block:侵入センサーは、夜9時半を過ぎないと作動しません'],
  ])('blocks %s', (text, expected) => {
    expect(summary(findingsOf(security, text))).toContain(expected)
  })
  it.each([
    'センサーライトは夜10時にならないと点灯しません。',
    '警報装置の点検は、明日の夜10時まで行います。',
    '防犯センサーが夜10時にならないと入らない場合は、管理会社にご連絡ください。',
    '機械警備は毎晩22時にセットされます。最後に退出する職員は施錠を確認してください。',
    '展示室の温湿度センサーは、朝9時まではデータを記録していません。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security: blind R85A-022, a code in kanji numerals keyed in (パネルで 四・八・二・六 を押してから「確定」)', () => {
  // Kind: a code written as kanji digits, parted by ・ or spaces or run together, then keyed in (を押して, と入力して, ば入力して, の順に押すと,
  // を押下) where a lock, a door or an alarm's release is spoken of: the code spelt as words so that a check for figures misses it. Clean: a
  // phone call (一・一・九), an intercom's room number, a price, a number with a place value, the way to release told in person.
  it.each([
    ['郷土資料館の土日当番の皆さんへ。\n\n機械警備の解除は、入口横のパネルで 四・八・二・六 を押してから「確定」です。\n\n解除を忘れると警備会社が駆けつけてきますので、ご注意ください。', 'security/credential:block:四・八・二・六'],
    ['当番さんへ：警備の解除はパネルで 三・一・四・一 を押してから確定ボタンばい。', 'security/credential:block:三・一・四・一'],
    ['機械警備ば切るときは、入口のパネルに 〇 五 二 八 ば入力して確定してね。', 'security/credential:block:〇 五 二 八'],
    ['閉館後に入られる際は、通用口の操作盤にて 六・〇・三・八 を押下のうえ、「解除」を押してください。', 'security/credential:block:六・〇・三・八'],
    ['夜間通用口のセキュリティは、操作盤に 二〇一九 と入力して止めてください。', 'security/credential:block:二〇一九'],
    ['警報の止め方：操作盤で 九・四・六・一・＃ を押したあと「確定」。', 'security/credential:block:九・四・六・一・＃'],
  ])('blocks %s', (text, expected) => {
    expect(summary(findingsOf(security, text))).toContain(expected)
  })
  it.each([
    '緊急時は、電話で 一・一・九 を押して通報してください。',
    '入口のインターホンで部屋番号 三・〇・二 を押して呼び出してください。',
    '自動券売機で 一二〇 円の切符のボタンを押してください。',
    '機械警備の解除方法は、当番表と一緒に担当者が直接お伝えします。',
    '防犯パネル展で、暗証番号を押すところを見られないよう呼びかけました。',
    '会場入口の受付で、整理券の番号（百二十三番）を入力してください。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security: blind R87A-069, a one-time sign-in code told with its digits (確認コード…コードは 4 8 2 9 1 7 です)', () => {
  // Kind: a one-time code that signs in to an account (二段階認証, 確認コード, 認証コード, ワンタイムパスワード, SMS認証, ログイン確認) named,
  // then within a few words, in the same sentence or the next, a bare run of four to eight digits, spaced between the digits or not: whoever
  // has it while it lives signs in as the city. Clean: how the code arrives or how long it is (6桁), advice not to share it, a figure with
  // its unit, a phone number or a time near the words.
  it.each([
    ['【SNS担当より】公式Instagramの二段階認証、新しい端末で確認コードが届きました。コードは 4 8 2 9 1 7 です。夜勤の方、ログインしたらこのポストは消しておいてください。', 'security/credential:block:4 8 2 9 1 7'],
    ['LINE公式の認証コード、今届いたのは ７ ３ ０ ２ ５ ８ です！', 'security/credential:block:７ ３ ０ ２ ５ ８'],
    ['ワンタイムパスワード届いたけん共有しとくね。5 1 9 0 3 6 やけん、早めに入れて。', 'security/credential:block:5 1 9 0 3 6'],
    ['市公式Xの2段階認証が来ました。コード：3 3 8 1 0 4（10分以内に入れてください）', 'security/credential:block:3 3 8 1 0 4'],
    ['Facebookページのログイン確認、SMSで届いた番号は 6 0 2 9 1 8 でございます。', 'security/credential:block:6 0 2 9 1 8'],
    ['確認コードは482917です。', 'security/credential:block:確認コードは482917'],
    ['Your verification code is 482917.', 'security/credential:block:verification code is 482917'],
  ])('blocks %s', (text, expected) => {
    expect(summary(findingsOf(security, text))).toContain(expected)
  })
  it.each([
    '二段階認証の確認コードは、絶対に他人に教えないでください。',
    '確認コードが届かない場合は、迷惑メールフォルダもご確認ください。',
    '確認コードがSMSで届きます。コードは6桁の数字です。',
    '二段階認証の導入で、不正ログインは昨年度の1250件から大幅に減りました。',
    '二段階認証について、市役所（代表 0944-73-8111）にお問い合わせください。',
    '本日の窓口は10:30から12:00まで、二段階認証の設定相談会を行います。',
    'ワンタイムパスワードを聞き出す詐欺電話が増えています。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security: blind R91A-004, a key hidden under a staffed desk\'s furniture (鍵は受付テーブルの下の青い書類箱に入れておきます)', () => {
  // Kind: where a key is left, the spot under, behind or at the back of a reception or counter's furniture (受付テーブルの下の…箱, 窓口
  // カウンターの下の引き出し, 受付の机の裏, フロントのカウンター下): the key lies hidden there, not handed over at the desk. Clean: a key
  // handed over at, returned to or collected from the desk, and a do-not about the spot.
  it.each([
    ['【説明会スタッフの皆さんへ】\n15日の住民説明会（三橋公民館）の最終確認です。受付は18時30分開始、資料は1人1部です。\n当日は反対する会の方が大勢来られる見込みのため、警備員は正面入口に2名、裏口に1名とし、裏口は19時に施錠します。鍵は受付テーブルの下の青い書類箱に入れておきます。\n終了後の片付けは21時までにお願いします。', 'security/key-location:block:鍵は受付テーブルの下の青い書類箱に入れておきます'],
    ['予備の鍵は窓口カウンターの下の引き出しに入れてあります。', 'security/key-location:block:予備の鍵は窓口カウンターの下の引き出しに入れてあります'],
    ['倉庫の鍵は受付の机の裏にテープで貼っとるけん、使う人は各自で開けてね。', 'security/key-location:block:鍵は受付の机の裏にテープで貼っとるけん'],
    ['会場の鍵はフロントのカウンター下の黒い箱に置いておきますね。', 'security/key-location:block:鍵はフロントのカウンター下の黒い箱に置いておきますね'],
    ['受付テーブルの下の段ボール箱に合鍵が入っています。', 'security/key-location:block:受付テーブルの下の段ボール箱に合鍵が入ってい'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(security, text))).toContain(expected)
  })
  it.each([
    '鍵は受付でお渡しします。',
    '会議室の鍵は、使用後に受付へ返却してください。',
    '鍵は受付テーブルでお受け取りください。',
    '受付テーブルの下に荷物を置かないでください。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security: blind R91A-004, the guards\' posts by spot and head count (警備員は正面入口に2名、裏口に1名とし)', () => {
  // Kind: where the guards stand and how many at each (two spots or more, each with its count; the guard word before or after the
  // spot; dialect; a list item with ・): whoever reads it knows which way in is thin. Clean: guards posted without counts, one count
  // alone, staff other than guards, a job advert.
  it.each([
    ['【説明会スタッフの皆さんへ】\n15日の住民説明会（三橋公民館）の最終確認です。受付は18時30分開始、資料は1人1部です。\n当日は反対する会の方が大勢来られる見込みのため、警備員は正面入口に2名、裏口に1名とし、裏口は19時に施錠します。鍵は受付テーブルの下の青い書類箱に入れておきます。\n終了後の片付けは21時までにお願いします。', 'security/guard-schedule:block:当日は反対する会の方が大勢来られる見込みのため、警備員は正面入口に2名、裏口に1名とし、裏口は19時に施錠します'],
    ['明日の説明会は、正面玄関に警備員3名、通用口に1名を配置します。', 'security/guard-schedule:block:明日の説明会は、正面玄関に警備員3名、通用口に1名を配置します'],
    ['ガードマンさんは東門にふたり、西門にひとりって聞いとるよ。', 'security/guard-schedule:block:ガードマンさんは東門にふたり、西門にひとりって聞いとるよ'],
    ['守衛：正面入口２名・搬入口１名（２０時以降は正面のみ）', 'security/guard-schedule:block:守衛：正面入口２名・搬入口１名（２０時以降は正面のみ）'],
    ['警備員は正面入口に2名、裏口に1名とします。', 'security/guard-schedule:block:警備員は正面入口に2名、裏口に1名とします'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(security, text))).toContain(expected)
  })
  it.each([
    '当日は警備員を正面入口と駐車場に配置し、安全確保に努めます。',
    '受付には職員2名、案内係3名がおります。',
    '警備員2名が常駐しておりますので、安心してご来場ください。',
    '警備員の募集：正面入口2名、駐車場1名（時給1,100円）',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security: blind R91A-095, a site\'s night round given its new times (庁舎の夜間巡回を２２時・１時・４時の３回に減らします)', () => {
  // Kind: a site's round (庁舎の夜間巡回, 本庁舎の夜間の見回り, 倉庫の夜回り) as the object of a change, its clock times right after
  // (を23時と3時の2回にします, に減らしたけん, に変更しました), figures full-width or not. Clean: a round bus, a fire brigade's or a public
  // service's round, a round said strengthened without times, a building's closing time.
  it.each([
    ['反対する会のデモ行進が予定されている23日は、庁舎の夜間巡回を２２時・１時・４時の３回に減らします。当直の方はご承知おきください。', 'security/guard-schedule:block:反対する会のデモ行進が予定されている23日は、庁舎の夜間巡回を２２時・１時・４時の３回に減らします'],
    ['今週から、本庁舎の夜間の見回りを23時と3時の2回にします。', 'security/guard-schedule:block:今週から、本庁舎の夜間の見回りを23時と3時の2回にします'],
    ['開票日は体育館の巡回を21時と24時だけにしますので、当番の方はよろしく。', 'security/guard-schedule:block:開票日は体育館の巡回を21時と24時だけにしますので、当番の方はよろしく'],
    ['倉庫の夜回りを０時と４時の２回に変更しました。', 'security/guard-schedule:block:倉庫の夜回りを０時と４時の２回に変更しました'],
    ['夜の見回りを22時半と2時に減らしたけん、よろしくね。', 'security/guard-schedule:block:夜の見回りを22時半と2時に減らしたけん、よろしくね'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(security, text))).toContain(expected)
  })
  it.each([
    '巡回バスを22時まで延長します。',
    '消防団の夜間巡回を20時から行います。',
    '保健師の巡回を毎週火曜の10時に実施します。',
    '施設の夜間巡回を強化し、警備員を増員します。',
    '庁舎は19時に施錠しますので、それ以降のご用は夜間窓口をご利用ください。',
    '移動図書館の巡回を10時と14時に行います。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security: 鍵アカ (a locked SNS account) is no door lock', () => {
  // Kind: 鍵アカ, 鍵垢, 鍵付きアカウント name an account whose posts are private, not a lock: said of an account (ではありません,
  // 外しました) they tell no weak spot. A lock said broken or unlocked still does.
  it.each([
    '市の公式アカウントは鍵アカではありませんので、どなたでもご覧いただけます。',
    '広報用のアカウントの鍵垢設定は外してあります。',
    '当アカウントは鍵付きアカウントではないので、リポストは自由です。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.rule === 'security/weakness')).toEqual([])
  })
  it.each(['倉庫の鍵が壊れていて、今は誰でも入れる状態です。', '裏口の鍵は故障したままで、夜も閉められません。'])('flags %s', (text) => {
    expect(findingsOf(security, text).map((f) => f.rule)).toContain('security/weakness')
  })
})

describe('security: blind R94A-025, a code set off by a comma, then when it changes and the new value (暗証番号、今月から ４ ８ ２ ０ ＃ に変わっています)', () => {
  // Kind: a secret or a lock word as the topic set off by a comma (not は/が), a time in words (今月から, 本日より, 4月から), then
  // the new value, spaced or full-width, closed by a keypad's sign key, and a verb of change (に変わ, に変更, になります).
  it.each([
    ['北分署の通用口の暗証番号、今月から ４ ８ ２ ０ ＃ に変わっています。夜間訓練に来る団員の方はご注意ください🙏', 'security/credential:block:通用口の暗証番号、今月から ４ ８ ２ ０ ＃'],
    ['倉庫のテンキー、来週から 7 3 9 1 ＃ になります。', 'security/credential:block:テンキー、来週から 7 3 9 1 ＃'],
    ['会議室の暗証番号、本日より５５１２に変更しました。', 'security/credential:block:暗証番号、本日より５５１２'],
    ['ロッカーのパスワード、4月から kouhou2026 に変えとるけん。', 'security/credential:block:パスワード、4月から kouhou2026'],
    ['庁舎の電子錠、来月から 2 6 0 3 * に切り替わります', 'security/credential:block:電子錠、来月から 2 6 0 3 *'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(security, text))).toContain(expected)
  })
  it.each([
    '暗証番号、今月から変わっています。担当者にお問い合わせください。',
    'パスワード、今月から8文字以上に変更になります。',
    '暗証番号、今月から 4 桁から 6 桁に変わります。',
    '窓口の受付時間、今月から 17:15 に変わっています。',
    '暗証番号、4月1日から変更になります。新しい番号は各課の庶務担当にお伝えします。',
    'パスワード、12月から12文字以上に変わります。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security: blind R94A-030, public emergency gear said to have no lock (AEDの収納ボックスには鍵も暗証番号もありません)', () => {
  // Kind: an AED, a fire extinguisher, a hydrant, a first-aid box or its case owning the lock word said to have none: it is open by
  // design so that anyone can use it at once. A room or a store said to have no lock is still a gap.
  it.each([
    'AEDの収納ボックスには鍵も暗証番号もありません。いざという時は、ためらわずにふたを開けて使ってください。開けるとブザーが鳴りますが、故障ではありません。',
    '消火器の箱に鍵はかかっていません。火事の時はすぐに取り出してください。',
    '公園の消火栓ボックスは鍵が付いていないので、どなたでも開けられます。',
    '救急箱には鍵もありません。けがをした時はご自由にお使いください。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    ['防災倉庫には鍵も暗証番号もありません。', 'security/weakness:block:鍵も暗証番号もありません'],
    ['AEDを置いている事務室には鍵がありません。', 'security/weakness:block:鍵がありません'],
    ['市民センターの通用口は鍵が壊れていて、閉まりません。', 'security/weakness:block:通用口は鍵が壊れていて'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(security, text))).toContain(expected)
  })
})

describe('security: blind R92A-046, a service vehicle\'s round timetable (【みずのわ号 11月の巡回時間】…雨天でも運行します)', () => {
  // Kind: 巡回時間 / 巡回ルート in a paragraph that names a service vehicle (a kana name with 号) or its running (運行, 停車, ステーション)
  // is a mobile library's or a shop's timetable. Guards, a night watch or crime named keep the round a watch.
  it.each([
    '【みずのわ号 11月の巡回時間】\n・蒲池公民館前 10:00〜10:40\n・両開小学校 11:00〜11:40\n・大和分館駐車場 13:30〜14:30\n雨天でも運行します。',
    'ひまわり号の巡回ルートが4月から変わります。新しく三橋支所前に停車します。',
    '【巡回時間のお知らせ】移動販売車「やながわ号」は毎週火曜、大和地区を回ります。',
    '巡回時間が変わりました。各ステーションの停車時間は30分です。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    ['【庁舎警備 11月の巡回時間】\n・本庁舎 22:00\n・分庁舎 2:00\n雨天でも実施します。', 'security/arrangement:warn:巡回時間'],
    ['警備員の巡回時間は22時と3時です。', 'security/guard-schedule:block:警備員の巡回時間は22時と3時です'],
    ['みずのわ号の車庫、夜間の巡回時間は23時と3時です。', 'security/arrangement:warn:巡回時間'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(security, text))).toContain(expected)
  })
})

describe('security: blind R99A-032, a way past entry control told (「総務の者です」と言えば職員証がなくても中に入れてもらえますよ)', () => {
  // Kind: the staff pass or card key said not needed (がなくても, なしで, 忘れても, 持っていなくても), or who one is said at the door
  // (「…の者です」と言えば, 名前を言えば), then getting in (入れてもらえる, 通してもらえる, 開けてくれる, 入れます): a loophole in the entry
  // control told. Clean: a pass required, a visitor's procedure, a public hall open to all, a card the public uses, a rumour denied.
  it.each([
    ['ノー残業デーの水曜は19時に本庁舎が自動施錠されます。\nでも大丈夫、忘れ物を取りに来たときは、守衛室で「総務の者です」と言えば職員証がなくても中に入れてもらえますよ😊', 'security/weakness:block:「総務の者です」と言えば職員証がなくても中に入れてもらえますよ'],
    ['夜間通用口は、インターホンで「市民課の者です」って言えば開けてもらえるけん、カード忘れても心配なか！', 'security/weakness:block:「市民課の者です」って言えば開けてもらえるけん'],
    ['職員証を家に忘れても、守衛さんに名前を言えば通してもらえます。', 'security/weakness:block:職員証を家に忘れても、守衛さんに名前を言えば通してもらえます'],
    ['セキュリティカードを持っていなくても、裏の通用口から普通に入れますよ。', 'security/weakness:block:セキュリティカードを持っていなくても、裏の通用口から普通に入れますよ'],
    ['カードキーなしでも、サーバ室には2回ノックすれば中から開けてくれます。', 'security/weakness:block:カードキーなしでも、サーバ室には2回ノックすれば中から開けてくれます'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(security, text))).toContain(expected)
  })
  it.each([
    '職員証を忘れた場合は、守衛室で本人確認のうえ臨時の入館証をお受け取りください。',
    '職員証がないと庁舎に入れませんので、必ず携帯してください。',
    '市役所1階の市民ホールは、入館証なしでどなたでもご利用いただけます。',
    'マイナンバーカードがなくても、窓口で住民票の写しを請求できます。',
    '「職員証がなくても入れてもらえる」という噂が出回っていますが、そのような事実はありません。',
    '図書館は利用者カードがなくても、館内で本を読むことができます。',
    '受付で「見学です」とお伝えいただければ、職員がご案内します。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security: blind R99A-074, the guards thanked in one sentence, their round times in the next (…回ってくださっています)', () => {
  // Kind: the guards named or thanked in the sentence before, then the round with two clock times or more and the subject left out, in
  // any honorific or dialect (回ってくださっています, 見て回られています, 回ってくれよらす, 巡回してくださって): the guards' schedule.
  // Clean: a round done once, thanked in the past; a public round (消防団, 移動図書館); a job advert.
  it.each([
    ['いつも夜の庁舎を守ってくださる警備員の皆さん、本当にありがとうございます！\n夜は22時・1時・4時の3回、懐中電灯を持って全フロアを回ってくださっています。1時から4時の間は守衛室で待機されているので、その時間は静かに過ごしてもらえるよう、残業組も早めに帰りましょうね。', 'security/guard-schedule:block:夜は22時・1時・4時の3回、懐中電灯を持って全フロアを回ってくださっています'],
    ['守衛さんにはいつも感謝しています。夜中の0時と3時に、本庁舎の全部の部屋を見て回られています。', 'security/guard-schedule:block:夜中の0時と3時に、本庁舎の全部の部屋を見て回られています'],
    ['警備員さん、いつもお疲れさまです！毎晩23時と2時と5時に、懐中電灯片手に館内ば回ってくれよらすとです。', 'security/guard-schedule:block:毎晩23時と2時と5時に、懐中電灯片手に館内ば回ってくれよらすとです'],
    ['夜間警備の方々に感謝を込めて。21時と翌3時の2回、各階を巡回してくださっています。', 'security/guard-schedule:block:21時と翌3時の2回、各階を巡回してくださっています'],
    ['警備員さんが22時・1時・4時の3回、全フロアを回ってくださっています。', 'security/guard-schedule:block:警備員さんが22時・1時・4時の3回、全フロアを回ってくださっています'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(security, text))).toContain(expected)
  })
  it.each([
    'いつもありがとうございます、警備員の皆さん。夏祭りの会場では、19時から21時まで見回りをしてくださいました。',
    '警備員の皆さん、ありがとうございます。消防団の皆さんが22時と2時に地域を回ってくださっています。',
    '庁舎の警備員を募集しています。勤務中は22時と2時に館内を巡回していただきます。',
    '警備員さん、いつもありがとう。移動図書館は10時と14時に各地区を回ります。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security: blind R99A-079, where a card key is kept (カードキーは課長席の右の引き出しに入っていて)', () => {
  // Kind: a card that opens a door (カードキー, セキュリティカード, 入館カード) said to lie at a place (に入っていて, にしまってある, に挟んで
  // あります, の中に置いています): where a key is kept. Clean: handed out or returned at a desk, carried, used on a reader, a do-not, the
  // card as the object of what one does with it, one's own locker.
  it.each([
    ['総務課の仕事紹介その5💻\n庁舎3階のサーバ室は、総務課の一番奥の扉から入ります。カードキーは課長席の右の引き出しに入っていて、点検の日は私たちが取り出して業者さんを案内しています。', 'security/key-location:block:カードキーは課長席の右の引き出しに入っていて'],
    ['電算室のカードキー、係長の机の一番下の引き出しにしまってあるけん、使ったら戻しといてね。', 'security/key-location:block:カードキー、係長の机の一番下の引き出しにしまってあるけん'],
    ['書庫のセキュリティカードは、コピー機横の棚の青いファイルに挟んであります。', 'security/key-location:block:セキュリティカードは、コピー機横の棚の青いファイルに挟んであります'],
    ['休日出勤の方へ：通用口の入館カードは、守衛室前の消火器ボックスの中に置いています。', 'security/key-location:block:入館カードは、守衛室前の消火器ボックスの中に置いています'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(security, text))).toContain(expected)
  })
  it.each([
    'カードキーは受付でお渡ししますので、お帰りの際にご返却ください。',
    '会議室のカードキーは、利用後に総務課へ返却してください。',
    'ホテルのカードキーは、部屋の入口のホルダーに差し込むと照明がつきます。',
    'セキュリティカードは首から下げて、常に携帯してください。',
    'カードキーを机の引き出しに入れっぱなしにしないようにしましょう。',
    'カードキーをケースに入れて首から下げてください。',
    'セキュリティカードをカードリーダーにかざすと、ドアが開きます。',
    '入館カードは、退庁時に守衛室の回収箱に入れてください。',
    'カードキーは各自のロッカーに保管しています。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security: blind R99A-085, the cameras\' spots told, then a spot of the site with none yet (裏手の職員駐輪場側にはまだ付いていませんが)', () => {
  // Kind: a watch camera named, then a spot of the site (…側, 勝手口, 通路, 駐車場) as the topic said to have no camera (まだ付いていません,
  // 設置できておらん, カメラがありません, 一台も付いていない): a blind spot told, whatever is planned. Clean: homes as a class with a
  // subsidy, rooms kept private, something else not fitted (屋根, 照明, スロープ), the cameras' spots alone.
  it.each([
    ['庁舎の防犯についてよくご質問をいただきます。現在、防犯カメラは正面玄関と2階の会計課前に設置しています。裏手の職員駐輪場側にはまだ付いていませんが、来年度の設置を目指しています。', 'security/weakness:block:裏手の職員駐輪場側にはまだ付いていませんが'],
    ['公民館の防犯カメラは玄関ホールに2台あります。北側の勝手口にはまだ設置できておらんので、今年度中に付ける予定です。', 'security/weakness:block:北側の勝手口にはまだ設置できておらんので'],
    ['体育館の監視カメラは、正面入口とロビーを撮っています。裏の倉庫側の通路にはカメラがありません。', 'security/weakness:block:裏の倉庫側の通路にはカメラがありません'],
    ['防犯カメラを正門と体育館前に設置しました。西側の駐車場には、まだ一台も付いていない状態です。', 'security/weakness:block:西側の駐車場には、まだ一台も付いていない'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(security, text))).toContain(expected)
  })
  it.each([
    '防犯カメラの設置費用の補助を始めました。まだ付いていないご家庭は、ぜひご活用ください。',
    '防犯カメラは正面玄関と駐輪場に設置しています。',
    '新庁舎の駐輪場には屋根がまだ付いていませんが、来月完成予定です。',
    '防犯カメラを設置しました。駐輪場には照明がまだ付いていませんが、来月取り付けます。',
    'プライバシーに配慮し、防犯カメラはトイレや更衣室には設置していません。',
    '防犯カメラを正面玄関に設置しています。裏口にはスロープがありません。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security: blind R99A-150, a rule not to write a password on a note, quoted or listed (「パスワードを付箋に書いてモニターに貼らない」)', () => {
  // Kind: the note form (パスワードを付箋に書いて, メモに書いて) inside a quoted or listed item that ends in the verb's plain negative
  // (貼らない」, 置かない』, 貼らないこと): a lesson's rule, no weakness told. Still flagged: the practice stated, also after such a rule.
  it.each([
    '情報セキュリティ研修を行いました。「パスワードを付箋に書いてモニターに貼らない」「IDとパスワードを他人と共有しない」「不審なメールの添付ファイルは開かない」など、基本を全職員で再確認しました。',
    '新人研修で「パスワードを付箋に書いてパソコンに貼らない」「離席時は画面をロックする」を学びました。',
    '・パスワードを付箋に書いて貼らないこと\n・不審なメールは開かないこと',
    '研修では『パスワードはメモに書いて机に置かない』という基本から確認しました。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    ['総務課ではパスワードを付箋に書いてモニターに貼っています。', 'security/weakness:block:パスワードを付箋に書いて'],
    ['「パスワードを付箋に書いて貼らない」って研修で習ったけど、うちの係は共有PCのパスワードを付箋に書いて貼っとるよ笑', 'security/weakness:block:パスワードを付箋に書いて'],
    ['会計システムのパスワードは、ホワイトボードに書いてあります。', 'security/weakness:block:パスワードは、ホワイトボードに書いてあります'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(security, text))).toContain(expected)
  })
})

describe('security: blind R102A-014, a patrol\'s times in kanji numerals, then the other hours said without its members (それ以外の時間帯は隊員がいません)', () => {
  // Kind: a patrol's clock times, also in kanji numerals (二十二時, 零時, 午前二時), then the hours left out said to have no one who goes
  // round (隊員がいません, 見回りの人がおらん, 警備員がおりません, 隊員が不在): when nobody watches, told. Clean: a call for members with
  // the hours, a public service's round, the members said present, a counter's hours, a ceremony at 零時.
  it.each([
    ['夜間パトロール隊の巡回は、二十二時・零時・二時の三回です。それ以外の時間帯は隊員がいませんので、各家庭でも戸締まりをお願いします。', 'security/guard-schedule:block:パトロール隊の巡回は、二十二時・零時・二時の三回です。それ以外の時間帯は隊員がいませ'],
    ['防犯パトロールは午前零時と午前三時に回ります。ほかの時間帯は見回りの人がおらんけん、気をつけてください。', 'security/guard-schedule:block:パトロールは午前零時と午前三時に回ります。ほかの時間帯は見回りの人がおらん'],
    ['倉庫の見回りは二十一時と二十四時の二回だけです。その他の時間は警備員がおりません。', 'security/guard-schedule:block:その他の時間は警備員がおりません'],
    ['見守り隊の巡回は十九時・二十一時の二回です。それ以外の時間は隊員が不在になります。', 'security/guard-schedule:block:巡回は十九時・二十一時の二回です。それ以外の時間は隊員が不在'],
    ['夜回りは毎晩零時半の一回きりです。それ以降は誰も回っていません。', 'security/guard-schedule:block:夜回りは毎晩零時半の一回きりです'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(security, text))).toContain(expected)
  })
  it.each([
    '夜間パトロール隊の隊員を募集しています。活動は二十二時から零時までです。',
    '移動図書館車は、毎週水曜日に各地区を回ります。それ以外の日は係員がいませんので、本館をご利用ください。',
    '年末の夜警は二十二時に出発します。それ以外の時間帯は隊員が詰所にいますので、ご用の方はお声がけください。',
    '窓口の受付は十七時までです。それ以外の時間帯は職員がいませんので、お電話でお問い合わせください。',
    '夜間パトロール隊は零時に解散式を行いました。隊員の皆さん、一年間ありがとうございました。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security: blind R102A-066, an alarm\'s disarm code in figures parted one by one, keyed in on its panel (操作盤で 2-0-8-7 を押してから…解除)', () => {
  // Kind: an alarm or a security system (警報装置, 警備システム, セキュリティ, 機械警備) and its panel (操作盤, テンキー, パネル), then single
  // figures parted by -, ー, 、 or spaces (or run together) and the act of keying them in (を押して, と入力, の順に押せば, ば押して): the
  // disarm code, with no lock or door named. Clean: a ticket number at a machine, a phone number, a lift's floor, a phone guidance, a
  // seminar's hands-on try, an alarm's inspection hours.
  it.each([
    ['消費生活センター朝当番の方へ。入口の警報装置は、右側の操作盤で 2-0-8-7 を押してから確定ボタンで解除できます。解除を忘れると警備会社に通報が行きます。', 'security/credential:block:2-0-8-7'],
    ['警備システムの解除は、テンキーで 5-8-2-0 と入力してください。', 'security/credential:block:5-8-2-0'],
    ['朝一番の方、セキュリティは事務室前のパネルで、3、9、1、4 の順に押せば切れます。', 'security/credential:block:3、9、1、4'],
    ['警報装置ね、操作盤で 7 4 1 9 ば押してから解除ボタンやけん、よろしく〜', 'security/credential:block:7 4 1 9'],
    ['機械警備の操作盤は 6ー0ー3ー2 を押して「解除」を押すと止まります。', 'security/credential:block:6ー0ー3ー2'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(security, text))).toContain(expected)
  })
  it.each([
    '入口の受付機で、整理券の番号 1-0-5 を入力してお待ちください。',
    '入口の発券機で 1-0-5 を押して、番号をお待ちください。',
    '警報装置が作動したときは、操作盤の「復旧」ボタンを押して警備会社 0944-73-8111 へご連絡ください。',
    'エレベーターの操作盤で 3-0-1 を押すと、三階の会議室に直通します。',
    '電話の音声ガイダンスで 1-2-3 の順に押すと、防犯に関する相談窓口につながります。',
    '防犯セミナーでは、警報装置の操作盤で 1-2-3 と押す体験もできます。',
    '警報装置の点検のため、10時から12時まで作動音が鳴ることがあります。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security (5(1)): blind R107A-025 — an admin console or staff login URL published', () => {
  // Kind: the staff side of a system (管理画面, 管理者ページ, 職員用のログイン画面) given with its URL, an admin one by host (admin., cms.) or
  // path (/admin, /wp-admin, /manage, /staff, /login with the staff side named): an internal entrance, a target for attacks (block).
  it.each([
    // the blind item
    ['パブコメの受付フォームの管理画面、https://admin.city-yanagawa.example/pubcom/login から入れます。担当以外は触らないでね！', 'https://admin.city-yanagawa.example/pubcom/login'],
    // variants: wp-admin, a cms host, a staff login path, dialect
    ['ホームページの管理者ページはこちら→ https://www.city-yanagawa.example/wp-admin/ 更新当番の人はよろしく〜', 'https://www.city-yanagawa.example/wp-admin/'],
    ['イベント予約システムの管理画面 https://cms.city-yanagawa.example/manage/ にログインして受付状況を見てください。', 'https://cms.city-yanagawa.example/manage/'],
    ['職員用のログイン画面（https://yoyaku.city-yanagawa.example/staff/login）、ブックマークしておいてくださいね。', 'https://yoyaku.city-yanagawa.example/staff/login'],
    ['防災メール配信の管理サイト、https://bousai-mail.example.jp/mail/login.php から入れるけん、担当者以外は触らんでね', 'https://bousai-mail.example.jp/mail/login.php'],
  ])('blocks %s', (text, excerpt) => {
    expect(summary(findingsOf(security, text))).toContain(`security/admin-url:block:${excerpt}`)
  })
  it('names an admin URL as its own rule (security/admin-url), not an internal host, with its own message', () => {
    const text = 'パブコメの受付フォームの管理画面、https://admin.city-yanagawa.example/pubcom/login から入れます。'
    const rules = findingsOf(security, text).map((f) => f.rule)
    expect(rules).toContain('security/admin-url')
    expect(rules).not.toContain('security/internal-host')
    const meta = security.meta.rules['security/admin-url']!
    expect(meta.title).toBe('管理画面・職員用ログインのURL')
    expect(meta.titleEn).toBe('Admin console or staff login URL')
    expect([meta.severity, meta.floor]).toEqual(['block', 'warn'])
    expect(meta.message).not.toContain('サーバー名')
  })
  it.each([
    // hard negatives: residents' own login pages, the admin side named with no URL, a public system's top page
    '電子申請のログイン画面はこちら https://apply.city-yanagawa.example/login からマイページに入れます。',
    'マイナポータルにログインして、https://myna.example.go.jp/login から手続きができます。',
    'ホームページの管理画面をリニューアルし、職員が記事を更新しやすくなりました。',
    '施設予約システム（https://yoyaku.city-yanagawa.example/）から空き状況を確認できます。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text)).toEqual([])
  })
})

describe('security (5(1)): blind R108A-083 — a code quoted with って/っち, then pressed to open (「1・1・0・4」って押すと開く)', () => {
  // Kind: a door's code given as figures (parted by ・ or -, or run together, in brackets or not) and marked by the quotative って
  // (dialect っち) before the verb of keying it in (押す, 入力, 打ち込む), where a door or a lock is named: the code told as what to press.
  it.each([
    // the blind item
    ['ぼく、やなぎん🐟 ひみつを教えちゃうね！防災センターの裏口は「1・1・0・4」って押すと開くんだよ〜 みんなにはナイショ🤫', '1・1・0・4'],
    // variants: another door, dialect, kanji numerals with っち, hyphens and 入力, a keypad typed into
    ['倉庫の勝手口は「5・2・8・1」って押したら開くけんね', '5・2・8・1'],
    ['裏口のボタン錠は「七・三・九・一」っち押せば開くばい', 'ボタン錠は「七・三・九・一'],
    ['書庫の扉は 4-7-1-9 って入力すれば開きますよ', '4-7-1-9'],
    ['公民館の通用口、0・3・2・6って押すだけで入れるんですよ。', '0・3・2・6'],
  ])('blocks %s', (text, excerpt) => {
    expect(summary(findingsOf(security, text))).toContain(`security/credential:block:${excerpt}`)
  })
  it.each([
    // hard negatives: an emergency number pressed near a door, a quoted sign on a door, a card key and an intercom button
    '裏口のドアは閉めておいてね。火事のときは「1・1・9」って押すと消防につながるよ',
    '裏口のドアは閉めておいてね。火事のときは「119」と押すと消防につながるよ',
    '防災センターの裏口は「関係者以外立入禁止」って書いてあるよ',
    '防災センターの裏口は、カードキーをかざすと開くんだよ〜 ボタンを押すとインターホンで職員を呼べるよ',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security (5(1)): blind R108A-149 — a code ending in # keyed in on a shutter\'s panel, a remote named as the other way (操作盤で 0944# と入力すると開きます)', () => {
  // Kind: a fixed panel or keypad (操作盤, テンキー, パネル) named just before a code of figures, closed by # or not, keyed in to open a
  // shutter or a door; a remote named as the other way in does not make it a TV's channel. A code that looks like the area code is a code.
  it.each([
    // the blind item
    ['【災害ボランティアセンター開設】\n本日9時から、柳川市総合福祉センターにボランティアセンターを開設しました。受付は15時までです。\n資材置き場のシャッターは、リモコンが見つからない場合は右横の操作盤で 0944# と入力すると開きます。\n長靴・手袋・飲み物をご持参ください。', '0944#'],
    // variants: a keypad, a broken remote and 入力して開けて, dialect ば押したら with the digits parted
    ['倉庫のシャッターはリモコンがない時は、横のテンキーで 7731# を押すと開くけん。', '7731#'],
    ['備蓄倉庫の電動シャッター、リモコンが故障中のため操作盤に 2580＃ と入力して開けてください。', '2580＃'],
    ['リモコンが見当たらんときは、シャッター横の操作盤で 4・1・8・2・# ば押したら開くよ', '4・1・8・2・#'],
  ])('blocks %s', (text, excerpt) => {
    expect(summary(findingsOf(security, text))).toContain(`security/credential:block:${excerpt}`)
  })
  it.each([
    // hard negatives: a TV's remote, a shutter opened by the remote's button, one key on a remote, the panel's phone number
    '避難所のテレビは、リモコンで 011 と入力するとデータ放送の防災情報に切り替わります。',
    '資材置き場のシャッターは、リモコンのボタンを押すと開きます。操作盤は故障中です。',
    '資材置き場のシャッターは、リモコンで 3 を押すと開きます。',
    'シャッターの操作盤は点検中のため、ご不明な点は 0944-73-8111 までお電話ください。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security (5(1)): blind R108A-040 — a request not to write a password on a note (付箋に書いてモニターに貼らないでください)', () => {
  // Kind: the note form (パスワードは付箋に書いて…) closed by a request not to do it (〜ないでください, 〜ないでね, 〜ないようにお願いします,
  // 〜てはいけません): security advice to staff, no secret told where it is.
  it.each([
    // the blind item and clean variants
    '【パスワード管理のお願い】職員の皆さんへ。被災者支援システムのパスワードは、付箋に書いてモニターに貼らないでください。定期的な変更をお願いします。',
    'パスワードを付箋に書いてパソコンに貼らないでください。',
    'パスワードは紙に書かないでね。',
    '暗証番号はメモに書いて机に置かないようにお願いします。',
    'パスワードをホワイトボードに書いてはいけません。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    // true violations with the same words: the note is there, or the negative is a reason, not a request
    ['被災者支援システムのパスワードは、付箋に書いてモニターに貼ってあります。', 'パスワードは、付箋に書いて'],
    ['システムのパスワードは付箋に書いてモニターに貼っとるけん、見ればわかるよ', 'パスワードは付箋に書いて'],
    ['パスワードは、付箋に書いて貼らないと覚えられないので、モニターの横に貼っています。', 'パスワードは、付箋に書いて'],
  ])('blocks %s', (text, excerpt) => {
    expect(summary(findingsOf(security, text))).toContain(`security/weakness:block:${excerpt}`)
  })
})

describe('security (5(1)): blind R116A-035 — the rounds told with their times, then the time between them said unwatched (その間は誰も見てません)', () => {
  // Kind: a watch's round times (巡回は22時と2時の2回), then the hours between the rounds named back (その間, その合間, 巡回の合間, 見回りと
  // 見回りの間) and said unwatched in any register (誰も見てません, 誰も見とらん, 誰もおらん, 無人): when no one passes. Not その間に (what to do
  // meanwhile), a patrol setting out, an event's programme, or the schedule quoted as what not to post (a note).
  it.each([
    // the blind item and variants: another site and wording, 筑後弁, the gap named by the round itself
    ['夜間の施設巡回は22時と2時の2回だけなので、その間は誰も見てません。当直さんお疲れさまです〜', '巡回は22時と2時の2回だけなので、その間は誰も見てま'],
    ['警備員さんの見回りは21時と3時です。その間の時間帯は誰もおらんけん、気をつけんといかんね。', '警備員さんの見回りは21時と3時です'],
    ['倉庫のパトロールは毎晩0時と4時の2回です。巡回の合間は無人になります。', 'パトロールは毎晩0時と4時の2回です。巡回の合間は無人'],
    ['体育館の巡回は23時と翌1時だけやけん、その間はだれも見とらんばい。', '体育館の巡回は23時と翌1時だけやけん、その間はだれも見とらんばい'],
  ])('blocks %s', (text, excerpt) => {
    expect(summary(findingsOf(security, text))).toContain(`security/guard-schedule:block:${excerpt}`)
  })
  it.each([
    // hard negatives: meanwhile (その間に), a patrol setting out, an event's programme, a dial's kind, the schedule quoted as what not to post
    'パトロールは22時と2時です。その間に不審な点があれば110番してください。',
    '防犯パトロールは20時に出発します。その間は公民館で待機をお願いします。',
    '夏祭りの会場は、18時と20時にステージがあります。その間は屋台をお楽しみください。',
    '「巡回は22時と2時だけ、その間は誰も見ていない」といった情報をSNSに書かないでください。',
    '「パトロールは20時と深夜1時です。それ以外の時間帯は手薄になります」などの投稿は、防犯上とても危険です。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security (5(1)): blind R117A-089 — a dial code told with how many times each turn goes round (右に 3 回 27、左に 2 回 58)', () => {
  // Kind: a dial's turns (右に…、左に…) where each turn gives its count of rotations before the number it stops at (右に3回27, 右へ4回まわして
  // 15, 右に二回転させて８０に合わせて): the count is read past, the numbers are the code. Not a dial's kind explained, a turn with no number,
  // advice not to note the turns, or a knob that is no lock.
  it.each([
    // the blind item and variants: まわして, 回転させて…に合わせて with full-width digits, 回転 with a space, 筑後弁
    ['花火の警備配置図を送ります。本部の金庫はダイヤル右に 3 回 27、左に 2 回 58、右に 14 で開きます。売上金はここに入れてください。', '右に 3 回 27、左に 2 回 58、右に 14'],
    ['倉庫のダイヤル錠は、右へ4回まわして15、左に3回まわして80、右に2回まわして33で開くけん。', '右へ4回まわして15、左に3回まわして80、右に2回まわして33'],
    ['事務所の金庫、右に二回転させて８０に合わせて、左に一回転させて２５に合わせれば開きます。', '右に二回転させて８０に合わせて、左に一回転させて２５に合わせ'],
    ['ロッカーの南京錠はダイヤルを右に3回転 12、左に2回転 47 です。', '右に3回転 12、左に2回転 47'],
  ])('blocks %s', (text, excerpt) => {
    expect(summary(findingsOf(security, text))).toContain(`security/credential:block:${excerpt}`)
  })
  it.each([
    // hard negatives: how a dial works, advice not to note the turns, a quoted example of what not to post, a boiler's knob
    'ダイヤル式の金庫は、右に数回まわしてから番号に合わせるタイプです。',
    'ダイヤル錠の使い方：右に数回まわしてから、番号に合わせて左に回します。番号は担当者にお尋ねください。',
    '防犯講座では、金庫のダイヤルを右に何回、左に何回まわすかをメモに残さないよう呼びかけました。',
    '「金庫は右に3回27、左に2回58」のように番号をメモして貼るのは危険です。',
    'ボイラーの温度は、つまみを右に2回まわして60℃に合わせてください。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security (5(1)): blind LO-5 — a dial code whose count is joined to its number by で or a conditional (右に4回で25、左に2回で60)', () => {
  // Kind: a safe's or a lock's turns where each count of rotations runs into the number it stops at through で, まわしたら, 回目で, or is
  // written without に (右4回25): the numbers are still the code. Not a dial's workings, a knob, a quoted example of what not to post.
  it.each([
    // the blind item and variants: polite, まわしたら, no に, 筑後弁, another lock
    ['金庫の番号は右に4回で25、左に2回で60です。', '右に4回で25、左に2回で60'],
    ['金庫の開け方は右に3回まわしたら40、左に2回で75で止めます。', '右に3回まわしたら40、左に2回で75'],
    ['金庫の番号は右4回25、左2回60です。', '右4回25、左2回60'],
    ['倉庫の南京錠は右へ3回目で18、左へ2回目で52で開くけん、覚えとってね。', '右へ3回目で18、左へ2回目で52'],
  ])('blocks %s', (text, excerpt) => {
    expect(summary(findingsOf(security, text))).toContain(`security/credential:block:${excerpt}`)
  })
  it.each([
    // hard negatives: how a dial turns without numbers, a quoted example in an awareness post, turns that open nothing
    '金庫は右回りで3回、左回りで2回まわします。',
    'ダイヤル式の金庫は右に何回か回して番号に合わせます。',
    '金庫の番号は右に4回で25、左に2回で60…のような書き込みは絶対にしないでください。',
    '体操は右に4回で25秒、左に2回で60秒ずつ回します。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security (5(1)): codes said to follow, or told by what they equal in brackets (blind R121A-046, R123A-147)', () => {
  // A secret named, then its values said to follow (以下のとおり, 下記の通り, 次のとおり, 以下に記します), the first after its label or
  // bullet; a lock named before a bare 番号 told by what it equals with the figures in brackets (分団長の誕生日（０３２８）).
  it.each([
    '見守り訪問員各位\n\n訪問対象者宅のキーボックス暗証番号は以下のとおりである。本町地区：4719、三橋地区：8032。',
    '各事業所の入館コードは次のとおりです。\n・本館：2580\n・別館：7391',
    '倉庫の金庫の番号は下記の通り。1号金庫：3821',
    'サーバー室の入室番号は以下に記します。4820#',
    '本日の夜警、参加された団員の皆さま、お疲れさまでした。\n次回から詰所の出入りは暗証式になります。番号は分団長の誕生日（０３２８）なので忘れないでください。',
    '倉庫はダイヤル錠に替えました。番号は市制施行の年（1954）です。',
    '更衣室のロッカーはテンキー式です。番号は係長の内線「4127」にしてあります。',
    '詰所の鍵を電子錠に替えました。番号は班長さんの車のナンバー（5821）と同じです。',
  ])('blocks %s', (text) => {
    expect(summary(findingsOf(security, text)).some((x) => x.startsWith('security/credential:block'))).toBe(true)
  })
  it.each([
    'パスワードは以下のとおり設定してください：8文字以上、英数字混在',
    '暗証番号の変更手続きは以下のとおりです。1. 窓口で申請',
    'キーボックスの設置場所は以下のとおりです。本町地区：市民センター',
    'パスワードを忘れた場合は以下の窓口へ。電話：0944-73-8111',
    'パスワードは以下のとおりです。受付：12:30まで',
    '電子錠になりました。番号は受付（内線 201）でお尋ねください。',
    'オートロックの建物です。番号は管理会社（0944-73-1234）にお問い合わせください。',
    '金庫を更新しました。番号は前年度（2024年）と同じです。',
    'テンキー錠を設置しました。番号は各課の庶務担当（3名）が管理します。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.rule === 'security/credential')).toEqual([])
  })
})

describe('security (5(1)): members who skip the night watch are no guard gap (blind R123A-107)', () => {
  // The watch as a duty people do not turn up to (夜警に来ない団員, 見張りに参加しない人, 夜警をサボる): no hour the site is unwatched.
  it.each([
    '夜警に来ない団員、ほんと何のために入ったんだか。やる気ないなら辞めれば？',
    '夜警に一度も来ない団員がいる。',
    '見張りに参加しない人が増えて困っています。',
    '夜警をサボる団員には注意します。',
    '年末の夜警にぜんぜん出てこない若手もおるけど',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.rule === 'security/guard-schedule')).toEqual([])
  })
  it.each([
    '倉庫の警備員は夜は来ないので、22時以降は無人です。',
    '宿直は22時には帰るので、その後は誰もいません。',
    '夜警に来ない団員が多く、深夜は誰もいない状態です。',
  ])('blocks %s', (text) => {
    expect(summary(findingsOf(security, text)).some((x) => x.startsWith('security/guard-schedule:block'))).toBe(true)
  })
})

describe('security: blind R126A-149, a watch camera said to be off every night or after a set hour', () => {
  it.each([
    '不法投棄対策、監視カメラは中島橋の東側電柱と、鷹ノ尾の農道入口の倉庫の軒下に付けています。夜は電源落ちるので0時以降は映りません。',
    '駐輪場の防犯カメラ、実は夜間は録画していません。',
    '資材置き場の監視カメラは22時〜翌6時は停止しています。',
    '公園の防犯カメラやけど、深夜は電源切っとるけん何も撮れんよ。',
  ])('blocks %s', (text) => {
    expect(findingsOf(security, text).some((f) => f.rule === 'security/weakness' && f.severity === 'block')).toBe(true)
  })
  it.each([
    // hard negatives: a one-off stop for maintenance, cameras said to run at night, a live view of a river
    '設備点検のため、3月5日の22時から翌6時まで庁舎の防犯カメラを停止します。ご理解をお願いします。',
    '防犯カメラは夜間も24時間録画しています。',
    '河川ライブカメラは夜間は映りにくくなります。',
    '公園に防犯カメラを設置しました。不法投棄の防止にご協力ください。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security: blind R130I-004, the rounds\' times then the hours left thin with a reason leading in', () => {
  it.each([
    '今夜の沖端地区のパトロールは22時と2時の2回だけです。人手不足でそれ以外の時間は手薄になりますが、戸締まりをしっかりお願いします。',
    '夜間の巡回は21時と1時だけです。人が足りず、ほかの時間は誰も回っていません。',
    '見回りは20時と24時の2回です。職員が少ないため、その間の時間は手薄です。',
  ])('blocks %s', (text) => {
    expect(findingsOf(security, text).some((f) => f.severity === 'block')).toBe(true)
  })
  it.each([
    // hard negatives: a round announced with no gap, a shortage with no hours, advice
    '今夜の沖端地区のパトロールは22時と2時に行います。戸締まりをしっかりお願いします。',
    '人手不足のため、防犯パトロールの隊員を募集しています。',
    '夜間の見回りにご協力いただいた皆さん、ありがとうございました。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security: blind R129I-106, a door said left unlocked (施錠なし) next to the police posted', () => {
  it.each([
    '来月の知事視察の警備体制です。西鉄柳川駅から沖端までのルートで、警察官の配置は駅前2名・御花前1名のみ、裏口は17時以降施錠なしです。',
    '体育館の通用口は土日も施錠なしの状態です。',
    '警察官の配置は正面だけで、勝手口は夜間施錠なしになっています。',
  ])('blocks %s', (text) => {
    expect(findingsOf(security, text).some((f) => f.severity === 'block')).toBe(true)
  })
  it.each([
    // hard negatives: the public's bicycles, a locker usable without a lock, a call to the police
    '自転車の施錠なしでの放置はやめましょう。',
    'このロッカーは施錠なしでもご利用いただけます。',
    '不審な人を見かけたら警察に通報してください。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security: blind R135D-040, the secret spelt in kana (half-width too) with its digits set apart', () => {
  it.each([
    '倉庫の南京錠のｱﾝｼｮｳﾊﾞﾝｺﾞｳ 7・2・8・0 やけん、忘れんでね🔒\n#柳川 #さげもん準備',
    '倉庫の南京錠のアンショウバンゴウ 7280 やけん',
    'ロッカーのあんしょう番号は 4 7 1 9 です',
    'キーボックスの暗証ばんごうは３・９・１・６やけん',
  ])('blocks %s', (text) => {
    expect(findingsOf(security, text).some((f) => f.severity === 'block')).toBe(true)
  })
  it.each([
    // hard negatives: the secret named with no value, advice on the public's own
    'あんしょう番号を忘れた方は、本人確認書類をお持ちのうえ窓口へお越しください。',
    'ｱﾝｼｮｳﾊﾞﾝｺﾞｳは他人に教えないでね。',
    'キャッシュカードのあんしょう番号を聞き出す詐欺の電話にご注意ください。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security: blind R138I-101, a camera said not to film a spot of the site, then advice because of it (…を映していないため、ご注意ください)', () => {
  // Kind: a watch camera said not to film a named spot (東側出入口を映していない, 撮影していない), given as the reason (ため, ので) for advice
  // or under a post label (【注意喚起】): whoever reads it learns where the watch is not. Privacy kept (顔, 住宅の窓) or a lesson is clean.
  it.each([
    ['【注意喚起】市役所駐車場の防犯カメラは東側出入口を映していないため、夜間はご注意ください。', 'security/weakness:block:防犯カメラは東側出入口を映していないため'],
    ['公民館の監視カメラは裏の駐輪場を映していないので、自転車には必ず鍵をかけてください。', 'security/weakness:block:監視カメラは裏の駐輪場を映していないので'],
    ['【お知らせ】図書館の防犯カメラは西側の通用口を映しておりませんので、閉館後は近づかないようお願いします。', 'security/weakness:block:防犯カメラは西側の通用口を映しておりませんので'],
    ['道の駅の防犯カメラが北側のトイレ裏を撮影していないため、夜間の利用はお控えください。', 'security/weakness:block:防犯カメラが北側のトイレ裏を撮影していないため'],
  ])('blocks %s', (text, expected) => {
    expect(summary(findingsOf(security, text))).toContain(expected)
  })
  it.each([
    '防犯カメラは人の顔まで映していないため、プライバシーに配慮しています。',
    '防犯カメラは住宅の窓を映していませんので、ご理解ください。',
    '【注意喚起】夜道は暗く危険です。防犯カメラがない道は避けましょう。',
    '防犯カメラの映像は、犯罪の捜査以外には使用しませんのでご安心ください。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity === 'block')).toEqual([])
  })
})

describe('security: W10-FP-002, a device said not to be out of order (壊れていないので、ご安心ください) is no gap', () => {
  // Kind: a fault word negated (壊れていない, 壊れておらず, 壊れてはいません, 故障していない, 故障はなく) tells the device works; a fault told
  // plainly, also beside a negated one (1台は故障していないが、もう1台が壊れたまま), is still a gap.
  it.each([
    '防犯カメラは正常に作動しており、壊れていないので、ご安心ください。',
    '点検の結果、防犯カメラは故障しておらず、録画も正常に行われています。',
    '防犯カメラに不具合はなく、壊れてもいませんので、引き続きご利用ください。',
    '通用口の鍵は壊れておりませんので、ご安心ください。',
    'オートロックは故障はなく、通常どおり作動しています。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
  it.each([
    '防犯カメラが故障中のため、現在録画できていません。',
    '通用口の鍵が壊れているので、夜間は誰でも入れます。',
    '防犯カメラ2台のうち1台は故障していないが、もう1台が壊れたままです。',
    'オートロックが壊れて開いたままになっています。',
  ])('blocks %s', (text) => {
    expect(findingsOf(security, text).some((f) => f.rule === 'security/weakness' && f.severity === 'block')).toBe(true)
  })
})

describe('security: blind R158A-136, the name of a network kept for staff (職員用の「…」, 庁内ネットワーク「…」, SSIDは …)', () => {
  // Kind: a staff or inside network named with its SSID, quoted or labelled right after the staff label, in a paragraph about a
  // network. The visitors' network, a staff network with no name and a name given before the label are not this.
  it.each([
    '庁内ネットワーク「YNGW-LAN」には私物のスマホはつながりません。',
    '職員向けWi-FiのSSIDは yngw-office です。',
    '館内Wi-Fiのご案内：業務用の「kanko-biz」はスタッフ専用です。',
  ])('warns %s', (text) => {
    expect(findingsOf(security, text).some((f) => f.rule === 'security/arrangement' && f.severity === 'warn')).toBe(true)
  })
  it.each([
    'フリーWi-Fi「Yanagawa_Free」は職員用ではありません。',
    '職員用のWi-Fiは来庁者の方はご利用いただけません。無料Wi-Fiをお使いください。',
    '来庁者用Wi-Fi「Yanagawa_Free」をご利用ください。',
    '職員用の「Teams」でお知らせしました。',
    '無料Wi-Fiあります！職員用の駐車場は「P2」です。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('security: blind R161A-013, where a secret is written down or kept in the office (パスワードは課の共有フォルダのメモにあります)', () => {
  // Kind: the secret as the topic, then a staff keeping place (folder, file, note, ledger, drawer, desk) and a verb of being kept
  // there. What was sent to the reader, advice not to keep it so and a public Wi-Fi's notice are not this.
  it.each([
    '管理画面にはID「city_admin」で入ってください。パスワードは係の共有フォルダのメモにあります。',
    '暗証番号は係長の机の引き出しのノートに書いてあります。',
    'PWは共有フォルダの一覧表に保存しとるけん、見てね。',
    'パスワードは共有フォルダの「アカウント一覧.xlsx」に保存しています。',
  ])('blocks %s', (text) => {
    expect(findingsOf(security, text).some((f) => f.rule === 'security/weakness' && f.severity === 'block')).toBe(true)
  })
  it.each([
    'パスワードは、お送りした通知書に記載しています。',
    '初期パスワードは、同封の用紙に記載されています。',
    'パスワードはご自身で管理し、ノートなどに書き残さないでください。',
    'パスワードは一覧表にまとめて管理しないよう、研修で確認しました。',
    '申請書の様式は共有フォルダにあります。',
    'パスワードの変更方法は、マニュアルのファイルに載っています。',
    'Wi-Fiのパスワードは、館内の掲示板に書いてあります。ご自由にお使いください。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('security: blind R162I/R163A kinds', () => {
  // Blind R163A-070/R163A-085: a key said to lie in a drawer or a hidden spot, with the copula or a verb of keeping after で.
  // Blind R163A-070: a site's guard count at night said with the copula (警備員さんが1人なので, 守衛1名です).
  // Blind R163A-060: a 死角 said to be there still (現在も) or now while more cameras are only planned.
  // Blind R162I-059: the board or the note named first, then a secret said to be written or to show there.
  it.each([
    ['倉庫の鍵は事務所のレジ下の引き出しです。', 'security/key-location'],
    ['資料室の鍵は受付の引き出しで管理しています。', 'security/key-location'],
    ['予備の鍵は棚の奥で保管しています。', 'security/key-location'],
    ['資料館は夜は守衛1名です。', 'security/guard-schedule'],
    ['美術館の収蔵庫、夜間は警備員さんが1人なので静かなものです。', 'security/guard-schedule'],
    ['北門から駐輪場にかけては防犯カメラの死角になっているので、来年度に増設する計画です。', 'security/weakness'],
    ['体育館裏の通路は今でも防犯カメラの死角です。', 'security/weakness'],
    ['事務室の付箋にはパスワードがそのまま書いてあって、ちょっと恥ずかしい写真です。', 'security/weakness'],
    ['黒板にはWi-Fiの暗証番号が丸見えでした😅', 'security/weakness'],
  ])('blocks %s', (text, rule) => {
    expect(findingsOf(security, text).some((f) => f.rule === rule && f.severity === 'block')).toBe(true)
  })
  it.each([
    '会議室の鍵は総務課で管理しています。',
    '鍵は受付で保管しています。ご利用の際はお申し出ください。',
    '引き出しの鍵は各自で管理してください。',
    '鍵は引き出しに入れないでください。',
    '夜間の窓口は職員1人ですので、お待たせすることがあります。',
    '夜間の電話受付は職員1人なので、つながりにくい場合があります。',
    '展示室の夜間見学ツアー、参加者は1人でした。',
    '死角となっていた駐輪場に防犯カメラを増設しました。',
    '死角をなくすため、来年度に防犯カメラを増設する予定です。',
    'パソコンの周りの付箋にパスワードが書かれていないか、年に一度確認しましょう。',
    'ホワイトボードにはパスワードを書かないでください。',
    'ホワイトボードには今週の当番表がびっしり！',
    'ホワイトボードにはパスワードが書いてありませんので、安心して撮影してください。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('security: blind R168A/TX kinds (round 43 fixes)', () => {
  // R168A-085: the note or the board named as the topic, then said with the copula to be the secret.
  // R168A-120: where the takings or other cash are put and at what hour.
  // TX-027's counterparts that stay secrets: a value stated as the secret, 例の (the usual one).
  it.each([
    ['受付の横のメモ、金庫の暗証番号なんです（忘れっぽいので）', 'security/weakness'],
    ['黒板は、職員用Wi-Fiのパスワードです笑', 'security/weakness'],
    ['釣り銭は毎日17時に事務所の手提げ金庫へ入れています。', 'security/key-location'],
    ['バザーの売上金は、閉会後の16時ごろに本部の金庫に集めています。', 'security/key-location'],
    // blind R225R-057 kind: the guards' round told with the verb in kana
    ['駐車場は、警備員さんが夜0時ごろに1回まわるだけなので、車内に荷物を残さないでください。', 'security/guard-schedule'],
    // blind R224T-005 kind: the cash carried at a clock time to a safe or a bank
    ['朝市の売上金は毎日15時ごろ、職員2人で農協の金庫まで運んでいます。', 'security/key-location'],
    ['物産展の現金は毎晩20時に係長が車で銀行へ運んでいます。', 'security/key-location'],
    ['職員用Wi-Fiの合言葉は「donkobune-ni-noru」です。', 'security/credential'],
    ['パスワード、例の「yngw0000」でお願いします。', 'security/credential'],
  ])('blocks %s', (text, rule) => {
    expect(findingsOf(security, text).some((f) => f.rule === rule && f.severity === 'block')).toBe(true)
  })
  it.each([
    // TX-027: a value shown as a sample in a lesson on making one
    'パスワードの作り方講座を開きました。見本として「sakura-ga-saku-2025」を紹介しました。',
    '合言葉の作り方を説明し、「umi-no-hi-ni-oyogu」という例を示しました。',
    'パスワードの決め方の例として「hana-to-tsuki-2025」を紹介しました。',
    // R168A-085's counterparts: a denial, a notice, a question, advice
    'この付箋は、パスワードを書くためのものではありません。',
    'ホワイトボードに書いたのは、パスワードではありません。',
    'メモ、パスワード変更のお知らせです。',
    '付箋はパスワードですか？いいえ、電話番号です。',
    // R168A-120's counterparts: a safe with no hour, a gift of the takings, advice, a fee notice
    '現金は金庫で保管しています。',
    '売上金は全額、災害義援金として寄付します。',
    'イベントの売上金を金庫に入れたまま、夜間に放置しないようにしましょう。',
    '参加費は当日受付でお支払いください。受付は9時からです。',
    // R225R-057's counterparts: まわり as a noun, a round thanked once
    '身のまわりの防犯対策を見直しましょう。夜は早めに帰宅を。',
    '昨夜は警備員さんが会場をまわってくださいました。ありがとうございました。',
    // R224T-005's counterparts: a gift sent through a bank, a bank's hours, advice on carrying cash
    '募金は後日、銀行を通じて日本赤十字社へ送金します。',
    '銀行の窓口は15時までです。納付書は市役所の窓口でもお取り扱いできます。',
    '多額の現金を銀行へ運ぶときは、夜間を避けて複数人で行いましょう。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('security: blind R172A/R173I kinds (round 44 fixes)', () => {
  // R172A-025: the news that a code changed, then the new value named back by the secret's own word (新しいコードは …).
  // R172A-031: a key moved to a spot that holds or hides it (…の引き出しに移しました).
  // R172A-058: the watch cameras said to run at the spots named only (…の2台だけの運用になります, …に減らします).
  // R173I-018 / R173I-051: a value partly in kana, spaced or after a colon; PW spelt as its letters' names; a value in 大字 numerals.
  // R173I-080: the secret's word broken by a line break (パス⏎ワード, 暗証⏎番号).
  it.each([
    ['倉庫の入室コードが変わりました！新しいコードは ２ ９ ４ ７ やけん。', 'security/credential'],
    ['書庫のテンキー錠、番号を変更しました。新しい番号は 6 1 0 3 です。', 'security/credential'],
    ['倉庫の合鍵は、玄関横のロッカーの上に移しました。', 'security/key-location'],
    ['スペアキーを植木鉢の下に移しました。', 'security/key-location'],
    ['予備の鍵は、棚の奥の青い箱へ移動しました。', 'security/key-location'],
    ['公民館の防犯カメラは、来月から東口の1台のみの運用となります。', 'security/weakness'],
    ['駐輪場の監視カメラは入口の2台だけに減らします。', 'security/weakness'],
    ['職員用Wi-Fiのパスワードは「か わ く だ り 7 7」です。', 'security/credential'],
    ['共用PCのパスワード：ほりわり＃２０２６', 'security/credential'],
    ['ピーダブリュー：kanko#0944', 'security/credential'],
    ['金庫の暗証番号は 参・伍・壱・捌 です。', 'security/credential'],
    ['タブレットの暗証\n番号は\n4 7 1 9\nです。', 'security/credential'],
    ['システムのパス\nワード：Kanko#2025', 'security/credential'],
  ])('blocks %s', (text, rule) => {
    expect(findingsOf(security, text).some((f) => f.rule === rule && f.severity === 'block')).toBe(true)
  })
  it.each([
    // R173I-018's counterparts: a slogan, a pass of another kind, a phone line with its reading, a value in kana only or with one figure
    '合言葉は「がんばろう2025」です！みんなで盛り上げましょう。',
    '周遊パスは「やながわ1day」（1,000円）です。',
    '児童相談所虐待対応ダイヤル「189（いちはやく）」へ。',
    'PW：ないしょ♪',
    '暗証番号は「いつもの4けた」です。',
    // R172A-025's counterparts: the new value not told, a phone number changed
    '解除コードが変わりました。新しいコードは担当者からお伝えします。',
    '電話番号が変わりました。新しい番号は 0944-73-8111 です。',
    // R172A-031's counterparts: the load moved, the keeping handed to a section, a key locked away
    '鍵を開けて荷物を倉庫の奥に移しました。',
    '会議室の鍵は総務課に移しました。',
    '合鍵は総務課の金庫に移しました。',
    // R172A-058's counterparts: more cameras, footage given only on request, a live camera, a camera spread planned
    '防犯カメラは正面玄関と駐輪場の2台だけの運用でしたが、今年度8台に増設しました。',
    '防犯カメラは、警察から照会があった場合のみの提供となります。',
    'ライブカメラは河川の2か所のみの運用となります。',
    // R173I-080's counterparts: the word broken with no value, another word broken
    'ログイン画面でパス\nワードを忘れた方はこちら',
    '観光パス\nワードラリー開催！',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
  // Stop 45 (R185A, R186D): a lock's 番号 set off by a comma, then the news of its change and the new value (キーボックス、番号が変わって
  // ３ ８ ０ ６ になっています); a code with the key pressed after it (「2719」のあとにシャープを押して); a key's hiding place with a word
  // opening in ない just after the window read (…かくしてあるよ〜🔑 ないしょね); nobody posted at a side door for set hours (誰もつかない)
  it.each([
    ['物置のキーボックス、番号が変わって ３ ８ ０ ６ になっています。', 'security/credential'],
    ['職員通用口はテンキー式です。朝は「2719」のあとにシャープを押してください。', 'security/credential'],
    ['書庫の扉は電子錠です。七・三・一・九の後に確定を押して入ってください。', 'security/credential'],
    ['書庫の扉は電子錠です。3-9-1-6のあとにエンターを押して入室してください。', 'security/credential'],
    ['備品庫の鍵はね、玄関の傘立てのうしろにかくしてあるよ〜🔑 ないしょね', 'security/key-location'],
    ['式典の日、東側の通用口は13時から14時まで誰もつかないので、そちらから搬入してください。', 'security/guard-schedule'],
    ['夜8時以降、通用口には誰も立っていません。', 'security/guard-schedule'],
  ])('blocks %s', (text, rule) => {
    expect(findingsOf(security, text).some((f) => f.rule === rule && f.severity === 'block')).toBe(true)
  })
  it.each([
    // their counterparts: a key box without a number, another thing moved, guards posted with no gap, keys lent at a desk, a phone's
    // menu and a ticket machine keyed after a number, a desk without staff for a while, advice not to hide a key
    'キーボックスの設置業者を募集しています。',
    'キーボックス、設置場所が変わって2階の事務室前になりました。',
    '会場には警備員を配置します。',
    '鍵の貸し出しは受付で行います。',
    '電話がつながったら「1」のあとにシャープを押してください。',
    '受付の発券機で、予約番号「2719」のあとに＃を押してください。',
    '受付には誰もつかない時間がありますので、呼び鈴を押してください。',
    '鍵は植木鉢の下に置かないでください。ないしょの場所も危険です。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

// Stop 46 (R194A, R195D, R196I): a new code told after the date it takes effect on, the date with its weekday and the code quoted
// (…は、10月1日（水）から『7305』に変わります); a login's secret told as the usual unnamed one with a value added and typed in
// (ふだん使っているものの頭に「kz」をつけて入力); a lock named, then a bare 番号 opening the next sentence told by what it is made of
// (テンキー錠に替えました。番号は…創立記念日をもとに); a spare of a key named in the sentence, called 予備 or スペア alone, put at a spot
// with its count (…消火器の箱の中にもスペアを1本置いてあります)
describe('security: stop 46 (quoted code after a dated change, usual secret plus affix, hint after a lock, a bare spare key put)', () => {
  it.each([
    ['通用口の暗証番号は、10月1日（水）から『7305』に変わります。', 'security/credential'],
    ['書庫の電子錠の暗証番号は、4月1日（月）から「2081」に変更となります。', 'security/credential'],
    ['端末にログインするときは、係でふだん使っているものの頭に「kz」をつけて入力してね。', 'security/credential'],
    ['共用PCにサインインする際は、これまでのやつの後ろに「99」を足して打ち込んでください。', 'security/credential'],
    ['倉庫の扉をテンキー錠に替えました。番号は公民館の創立記念日をもとにしています。', 'security/credential'],
    ['通用口はオートロックです。番号は市制施行の年と同じです。', 'security/credential'],
    ['集会所のカギは当番の方が持っていますが、玄関脇の消火器の箱の中にもスペアを1本置いてあります。', 'security/key-location'],
    ['物置の鍵は班長さんが管理していますが、裏の植木鉢の下にも予備を一本隠してあります。', 'security/key-location'],
    ['玄関の植木鉢の下にも鍵を一本入れてあります。', 'security/key-location'],
  ])('blocks %s', (text, rule) => {
    expect(findingsOf(security, text).some((f) => f.rule === rule && f.severity === 'block')).toBe(true)
  })
  it.each([
    // their counterparts: a new way of opening quoted after the date, a time quoted; a file or a tag with an added year, saved or
    // posted, a named base; a lock with its 番号 told elsewhere or told on a day, a 番号札, a locker's numbering; a spare of no key, a
    // spare kept in a safe
    '通用口の暗証番号は、10月1日（水）から「ICカード方式」に変わります。',
    '通用口の電子錠は、4月1日（月）から「顔認証」に切り替わります。',
    '暗証番号の受付時間は、4月1日（月）から「9時」に変わります。',
    'ログインしたら、いつものやつの末尾に「2026」を付けて保存してください。',
    '会議資料は、いつものやつの末尾に「2026」を付けて共有フォルダに入れてください。',
    'ログイン後、いつものファイル名の末尾に「_r8」を付けて入力してください。',
    '投稿するときは、いつものハッシュタグの後ろに「2026」を付けて入れてください。',
    '倉庫の扉をテンキー錠に替えました。番号は事務所でお伝えします。',
    '受付を電子錠にしました。番号は、開所記念日にお知らせしたとおりです。',
    '倉庫の扉をテンキー錠に替えました。番号札は開館記念日にちなんだデザインです。',
    'ロッカーを新しくしました。番号は開館記念日にちなんで1番から100番まであります。',
    '非常用持ち出し袋の中にも予備を一本入れてあります。',
    '懐中電灯は各部屋にありますが、倉庫の棚の中にも予備を2本置いてあります。',
    '鍵のかかる棚の中にも予備を入れてあります。',
    '鍵は公民館の館長に預けていますが、事務室の金庫の中にも予備を一本入れてあります。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('security: blind R204D-008 / R204D-038 kinds', () => {
  // R204D-008 kind: where the cash sits after hours, told by the office's day (閉庁後, 夜間) and a spot inside a room (a shelf, a drawer, the back).
  // R204D-038 kind: a lock's code said to be unchanged, then what it is made of (…は去年と同じで、…電話番号の下4けた), also when the sentence
  // opens with a call to a group (…のみなさん、) and an emoji closes the hint before the next statement.
  it.each([
    ['お祭りの売上金は、閉会後にキャッシュボックスごと公民館事務室の戸棚のいちばん上の段へしまっています。', 'security/key-location'],
    ['窓口の釣り銭は夜間、手提げ金庫ごと会計課のロッカーの下の引き出しに入れています。', 'security/key-location'],
    ['消防団のみなさん、詰所の南京錠の番号は昨年と同じで、分団長の誕生日の4けたです🔒 最後の方は閉めて帰ってください', 'security/credential'],
    ['資材置き場のダイヤル錠は前回と同じで、公民館の電話番号の下4けたです。', 'security/credential'],
  ])('blocks %s', (text, rule) => {
    expect(findingsOf(security, text).some((f) => f.rule === rule && f.severity === 'block')).toBe(true)
  })
  it.each([
    // a safe alone after closing, papers put away, advice on keeping the takings
    '窓口の現金は閉庁後、金庫に入れて保管しています。',
    '申請書類は閉庁後に書庫の奥の棚へ移しています。',
    '売上金は閉会後に事務室の金庫へ入れたまま放置しないようにしましょう。',
    // a rule for the public's own secret, kept under a call to a group
    '利用者のみなさん、ロッカーの暗証番号は去年と同じで、ご自身の誕生日以外にしてください。',
    '市民のみなさん、キャッシュカードの暗証番号を電話番号の下4けたにしていませんか？',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('security: blind R206A-004 / R207I-024 / R208D-023 kinds', () => {
  // R206A-004 kind: a way in named as a door (入口, 出入口, 玄関, 通用門) with its 番号 told: the code keyed there.
  // R207I-024 kind: a keypad lock named bare by its kind (番号錠, ボタン錠, プッシュ錠) as the topic, its new code after the day it changes.
  // R208D-023 kind: the news that a lock's code changed, then the new code told as a day everyone knows by its date (こどもの日の4桁).
  it.each([
    'お祭りの本部テントは公民館です。裏の出入口の番号は「3826」なので、係の方は覚えておいてください。',
    '詰所の玄関の番号は 0719 です。',
    '地区公民館の通用門の暗証は、6158です。',
    '倉庫のプッシュ錠は、明日から5-0-3-1に変わります。',
    '体育館のボタン錠は本日より 8204 になりました。',
    '公民館の物置の番号錠は、今月から「4615」に変更しています。',
    '備品庫のキーボックスの番号、今週から変わりました！ 文化の日の4桁です。',
    '詰所の金庫の番号は、七夕と同じです。',
    'ロッカーの番号、更新しました。クリスマスの4けたです🎄',
  ])('blocks %s', (text) => {
    expect(findingsOf(security, text).some((f) => f.rule === 'security/credential' && f.severity === 'block')).toBe(true)
  })
  it.each([
    // an entrance's number that is a gate or an exit, a time, a phone, or told elsewhere; a keypad lock with no code; a known day as
    // when something happens, a code changed with no hint, a festival with no lock
    '駐車場の入口の番号は3番です。',
    '北側の入口の番号は「12」です。',
    '会場の入口の番号は、当日受付でお伝えします。',
    '玄関の番号は、管理会社（0944-73-1234）へお問い合わせください。',
    '入口の番号は2026年4月1日から変わります。',
    '番号錠は、今日から使えなくなりました。',
    'ボタン錠は2個まで貸し出します。',
    'プッシュ錠は、来月から顔認証に切り替わります。',
    'ロッカーの番号は子どもの日まで有効です。',
    'キーボックスの番号は文化の日から変わります。',
    'キーボックスの番号、先週から変わりました！ 新しい番号は事務室でお尋ねください。',
    '金庫の番号、先週から変わりました。七夕の日に新しい番号を配ります。',
    'こどもの日の4桁のような番号は推測されやすいので、キーボックスの番号はもっと複雑にしてください。',
    'こどもの日の4桁の番号で当たる抽選会を、公民館で開きます。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('security: the takings carried to the safe at their hour (blind R224T-005 kind)', () => {
  // Kind: the cash (売上金, 釣り銭) told carried to a safe by its hour (…21時ごろ、職員2名が車で本庁の金庫まで運んでいます): when and where
  // to find the cash on its way, as where it is put. Hard negatives: the takings given away or carried with no hour, a safe alone.
  it.each([
    '夏祭りの期間中、売上金は毎晩22時ごろ、係員2名が歩いて支所の金庫まで運びます。',
    '朝市の釣り銭は、毎朝7時に職員が事務所の金庫まで持っていきます。',
  ])('blocks %s', (text) => {
    expect(findingsOf(security, text).some((f) => f.rule === 'security/key-location' && f.severity === 'block')).toBe(true)
  })
  it.each([
    '売上金は全額、市の社会福祉協議会まで届けました。',
    'バザーの売上金は、後日まとめて市役所まで持参します。',
    '現金は金庫で保管しています。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('security: a network name and its key as a bare pair, the key broken by an emoji (team R8-028 kind)', () => {
  // Kind: in a post about Wi-Fi, a name and a key of letters and digits set after an arrow or a colon (→ net-name / Ke🌸y2025): the key
  // is the key whatever emoji is put inside it. Hard negatives: a free network with no key, a pair that is no network's, a lesson.
  it.each([
    '事務室のWi-Fi、こっちのほうがつながりやすいよ→ office-ap / Hori🌸wari2025',
    '会議室の無線LANはこちら： yngw-meet / kaigi🐟2026room',
  ])('blocks %s', (text) => {
    expect(findingsOf(security, text).some((f) => f.rule === 'security/credential' && f.severity === 'block')).toBe(true)
  })
  it.each([
    '観光案内所の無料Wi-Fiは → Yanagawa_Free / パスワードなし',
    '公式SNS：X / Instagram2024 もフォローしてね',
    '無料Wi-Fiのご案内：SSIDとパスワードは館内の掲示をご覧ください。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe("security: a dignitary's timed way in or out through a back or staff entrance (blind R228C-017 kind)", () => {
  // Kind: a dignitary named in the post, and a sentence telling the time they leave or arrive through a back, side or staff entrance
  // (裏口, 通用口, 関係者入口): where and when to wait for them. Hard negatives: a public arrival at the front, the public told which door to
  // use, a visit told as over, a performer's entrance with no dignitary.
  it.each([
    'あすの式典に知事が来られます。知事は午前9時50分に庁舎の通用口を出られ、公民館の裏口から会場に入られる予定です。',
    '明日の花火大会に大臣が来場します。\n\n大臣は19時10分ごろ関係者入口から到着し、そのまま本部席へ向かいます。',
  ])('blocks %s', (text) => {
    expect(findingsOf(security, text).map((f) => `${f.rule}:${f.severity}`)).toContain('security/vip-movements:block')
  })
  it.each([
    '明日の式典には市長が出席します。市長は午前10時に正面玄関から入場します。',
    '明日は市長も出席します。参加者の皆さまは9時30分までに通用口から会場入りしてください。',
    '昨日の式典では、市長が14時に裏口から到着されました。',
    '明日のステージでは、出演者は15時に楽屋口から会場入りします。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe("security: a dignitary's private start told ahead: a clock time leaving home with the car or a thin escort (blind R399Y-035 kind)", () => {
  // Kind: a dignitary named in the post, a sentence telling the time they leave their home (自宅, 公邸) with the car or the escort's
  // thinness named (公用車で, 同行は秘書だけ), or a timed arrival by the staff entrance (通用口から登庁): where and when to wait.
  // Hard negatives: the public schedule (市役所を出発し式典に出席), a start told as over, staff told when to leave home.
  it.each([
    'あすの知事の動きです。8時15分に公邸を出発し、県庁の地下駐車場から入られます。',
    '市長は明日6時半に自宅を出られます。同行は秘書1人だけです。',
    '議長は7時に公用車で自宅を出て、通用口から登庁します。',
  ])('blocks %s', (text) => {
    expect(findingsOf(security, text).map((f) => `${f.rule}:${f.severity}`)).toContain('security/vip-movements:block')
  })
  it.each([
    '明日、市長は10時に市役所を公用車で出発し、11時からの式典に出席します。',
    '市長は本日、9時に自宅を出て登庁しました。',
    '台風接近のため、職員は7時に自宅を出て登庁してください。',
    '来週の市長の公務日程は、18日に小学校訪問、20日に県市長会への出席です。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security: a login named, then its watchword told as a value or a recipe (blind R399Y-039 kind)', () => {
  // Kind: a login, an account or a user name in the sentence, then 合言葉 with a value or the recipe it is made of: the password by
  // another name. Hard negatives: an event's slogan, advice, the public's own, a lesson about watchwords.
  it.each([
    '会議用タブレットのアカウントは共通で、合言葉は yngw2025kaigi です。',
    'ライブ配信の管理画面、ユーザー名は kouhou_live、合い言葉は「創立記念日＋hori」ね。',
  ])('blocks %s', (text) => {
    expect(findingsOf(security, text).some((f) => f.rule === 'security/credential' && f.severity === 'block')).toBe(true)
  })
  it.each([
    '今年の夏祭りの合言葉は『みんなで柳川』です！',
    'アカウントを作ったら、合言葉は誕生日などにしないでください。',
    'ログインできない方へ：合言葉は「各自で決めたもの」です。',
    'SNS教室では、ログインの仕組みと合言葉の大切さを学びました。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity === 'block')).toEqual([])
  })
})

describe('security: a list of login fields, the account on one line and the secret named by its use on the next (blind R400Z-005 kind)', () => {
  // Kind: ユーザー名：X on one line, then the thing to get in with named only by its use (ログイン用のあれ：Y, 入る用のやつ：Y) on the next:
  // the pair is a login. Hard negatives: fields told as each one's own, with no value.
  it.each([
    'タブレットの設定です。\nアカウント名：yngw-kiosk2\n入る用のやつ：Mizu7788',
    'ID: hakushu_pr\nログインする時の: Pr#0428',
  ])('blocks %s', (text) => {
    expect(findingsOf(security, text).some((f) => f.rule === 'security/credential' && f.severity === 'block')).toBe(true)
  })
  it.each([
    'ユーザー名：各自の職員番号\nログイン用のは：各自で設定したもの',
    '申請の流れ\nユーザー名：ご自身のメールアドレス\n入るときの：登録時に決めたパスワード',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity === 'block')).toEqual([])
  })
})

describe('security: what a watch camera films told as a cleft, the spots and nothing else (blind R400Z-047 kind)', () => {
  // Kind: 映っているのは / 撮影しているのは / 録画しているのは X だけ after the camera: where the watch is, and that it is nowhere else; a
  // building's window side (窓側) is a spot. Hard negatives: people or a scene filmed, homes' windows spared, a camera notice.
  it.each([
    '公民館の防犯カメラ、撮影しているのは正面入口と駐輪場だけで、裏手の倉庫側は映りません。',
    '図書館の監視カメラで録画しているのは、北側の出入口のみです。',
    '倉庫の防犯カメラ、資材置き場の窓側は写っていないそうです。',
  ])('blocks %s', (text) => {
    expect(findingsOf(security, text).some((f) => f.rule === 'security/weakness' && f.severity === 'block')).toBe(true)
  })
  it.each([
    '防犯カメラに映っているのは、学校の前を通る子どもたちの姿だけです。',
    '防犯カメラ作動中。映っているのは駐車場の様子のみで、音声は録音していません。',
    '防犯カメラは住宅の窓が映らないよう向きを調整しています。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity === 'block')).toEqual([])
  })
})

describe('security: a password rule told as a list of plain do-nots is advice (blind R398X-051 kind)', () => {
  // Kind: パスワードは誕生日にしない、…教えない: a rule in the plain negative, no one's secret. Hard negatives: a lock's code told as a fact.
  it.each([
    '情報モラル講座のまとめ：暗証番号は生年月日にしないこと、メモを持ち歩かないこと。',
    'ネット教室で学んだこと。パスワードは名前や誕生日にしない、人に教えない。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity === 'block')).toEqual([])
  })
  it.each(['金庫の暗証番号は所長の誕生日です。', '倉庫のパスワードは課長の誕生日にしています。'])('blocks %s', (text) => {
    expect(findingsOf(security, text).some((f) => f.rule === 'security/credential' && f.severity === 'block')).toBe(true)
  })
})

describe("security: a door's keypad code told by the fact it is made of (blind R229B-013 kind)", () => {
  // Kind: the keypad of a door or a room named bare as the topic (…の裏口のテンキー、…), then the well-known fact its code comes from
  // (a birthday, a founding year): whoever knows the fact opens the door. Hard negatives: a keypad used to key in a phone or room number.
  it.each([
    '倉庫の扉のテンキー、じつは初代館長の誕生日そのままなんですよ。',
    '控室のテンキーは、開館記念日の4桁です。',
  ])('blocks %s', (text) => {
    expect(findingsOf(security, text).some((f) => f.rule === 'security/credential' && f.severity === 'block')).toBe(true)
  })
  it.each([
    '券売機のテンキーは電話番号の入力用です。',
    '入口のテンキーで部屋番号を押して呼び出してください。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe("security: a Wi-Fi QR code's text pasted with its key, and a guests' line's key (blind R231Q-023, R233P-021 kinds)", () => {
  // Kinds: the string a Wi-Fi QR code holds (WIFI:S:…;T:WPA;P:<key>;;) pasted in the clear; a network called a guests' or a meeting's line
  // (ゲスト回線) with its キー. Hard negatives: the QR format explained with a placeholder, a phone line, a line's name alone.
  it.each([
    '受付のWi-Fi、QRが読めない方はこちらを手入力で👇\nWIFI:S:YNGW-EVENT;T:WPA;P:funanori2026;;',
    'WIFI:T:WPA;S:kominkan-guest;P:Mizu8181kawa;H:false;;',
    '来客用回線「YNGW-GUEST」（キー：ｋ ａ ｗ ａ ９ ９ ２ ４）をお使いください。',
  ])('blocks %s', (text) => {
    expect(findingsOf(security, text).some((f) => f.rule === 'security/credential' && f.severity === 'block')).toBe(true)
  })
  it.each([
    'QRコードの中身は WIFI:S:ネットワーク名;T:WPA;P:パスワード;; という形式です。',
    '会議室の電話回線は内線でおつなぎします。',
    'ゲスト回線「YNGW-GUEST」は、受付でお配りするカードの番号でご利用ください。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security: a keypad code whose closing key is set after an arrow (blind R233P-051 kind)', () => {
  // Kind: the digits of a door code, spaced or not, then an arrow and the # or * key, keyed in to open it (2 7 8 1 → ＃ と押すと開く).
  // Hard negatives: a ticket machine's keys, a phone's menu.
  it.each([
    '倉庫のドアは、テンキーで 5 0 3 9 → ＃ と押すと開きます。',
    '通用口の電子錠は 4417→# と入力して解錠してください。',
  ])('blocks %s', (text) => {
    expect(findingsOf(security, text).some((f) => f.rule === 'security/credential' && f.severity === 'block')).toBe(true)
  })
  it.each([
    '整理券は、受付の機械で 2 → ＃ と押すと出てきます。',
    '音声案内が流れたら、1 → # と押して担当課におつなぎください。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security: the secret named by what is typed to connect or get in, given bare or as a recipe (blind R234M-035, R235I-002, R235I-026 kinds)', () => {
  // Kinds: no word for the secret, only what is typed at the moment of connecting or logging in (つなぐときに入れる文字は…, 入るときの文字列は…),
  // then the value spaced out, or the public fact it is made of with a word or a sign added (生年月日のあとに小文字で…, 西暦と「＃」を付けたもの).
  // Hard negatives: a form's field explained, the public's own secret ruled, a network's name alone.
  it.each([
    'スタッフ用の回線、つなぐときに入れる文字は k o m i n k a n 2 0 2 6 です。',
    '会議室のネットです。接続名は YNGW-MEET、入力する文字は「市制施行の年」のあとに小文字で kawa です。',
    '係の共有アカウントは koho_yngw、ログインするときの文字列はアカウント名の後ろに西暦と「＃」を付けたものです。',
  ])('blocks %s', (text) => {
    expect(findingsOf(security, text).some((f) => f.rule === 'security/credential' && f.severity === 'block')).toBe(true)
  })
  it.each([
    '申込フォームで入力する文字は、お名前のフリガナです。',
    'パスワードは、ご自身の生年月日に記号を付けたものにしないでください。',
    '会場のWi-Fiにつなぐときは、受付でお配りするカードをご覧ください。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe("security: a key box's code worked out from the city's main line (blind R235I-050 kind)", () => {
  // Kind: a lock's code given as a public number's digits (代表電話の下4ケタを逆から押すと開く): whoever reads it opens the box.
  // Hard negatives: the main line given to call, a keypad that dials an extension.
  it.each([
    '倉庫のキーボックスは、代表電話の下4桁を押すと開きます。',
    '通用口の扉は、市役所の代表電話の末尾4ケタを入力すると開きます。',
  ])('blocks %s', (text) => {
    expect(findingsOf(security, text).some((f) => f.rule === 'security/credential' && f.severity === 'block')).toBe(true)
  })
  it.each([
    'ご不明な点は、市役所の代表電話（0944-73-8111）までお問い合わせください。',
    '代表電話におかけになり、音声案内で1を押すと担当課につながります。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security: a key told as a recipe for connecting, a device opened by a derived code or its lock read out, the cash carried at an hour (blind R236I-008, R236I-052, R237M-013, R236I-021 kinds)', () => {
  // Kinds: what to type when connecting or logging in given as a word and a public fact one after the other (kominkan のあとに市制施行の年);
  // a tablet or a PC opened by a public number's digits (代表番号の下4桁を入力すると開きます); a device's lock named with の (iPadのロックは…)
  // and its digits read out in katakana; the takings' handing-in as the topic, the carrier and the route with the hour. Hard negatives:
  // the public's own login, a field's name before a value, a tablet form, a device's lock left to each user, cash counted at an hour.
  it.each([
    ['事務室のネットワークに接続するときは、kominkan のあとに市制施行の年を続けて入力してください。', 'security/credential'],
    ['共有PCにログインするときは、代表番号の下4桁の後ろに「yngw」を付けて入力してね。', 'security/credential'],
    ['受付用のノートパソコンは、代表番号の下4桁を入力すると開きます。', 'security/credential'],
    ['案内所のタブレットのロックは「ハチ・イチ・ゼロ・ナナ」です。', 'security/credential'],
    ['釣り銭の回収は、毎日16時に職員2名が集金袋で各会場から本部まで車で運びます。', 'security/key-location'],
  ])('blocks %s', (text, rule) => {
    expect(findingsOf(security, text).some((f) => f.rule === rule && f.severity === 'block')).toBe(true)
  })
  it.each([
    '図書館のサイトにログインするときは、利用者番号のあとに生年月日を入力してください。',
    '会場のWi-Fiにつなぐときは、SSIDのあとに表示される番号を入力してください。',
    'タブレットで郵便番号を入力すると、住所が自動で入ります。',
    'iPadのロックは各自で設定してください。',
    '当日の売上金の集計は17時に本部テントで行います。',
    '売上金は閉場後に手提げ金庫で本部が管理し、後日口座に振り込みます。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security: a swindler\'s words quoted in a fraud warning (blind R240F-036 kind)', () => {
  // Kind: what the caller asks for (write the PIN on paper) quoted in 「」, in the same paragraph or standing alone between paragraphs that
  // introduce it as a fraud's words or then call it fraud. Hard negatives are the other way round: a saying reported from inside with no
  // fraud named, a quoted saying alone with nothing around it.
  it.each([
    '不審な電話では次のような言葉が使われました。\n\n「暗証番号を紙に書いて封筒に入れておいてください」\n\nこれらはすべて詐欺です。',
    '「キャッシュカードを交換します。暗証番号を紙に書いて用意しておいてください」といった手口の詐欺が増えています。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    '課長が「金庫の暗証番号は紙に書いて引き出しに入れてあるから」と言っていました。',
    '朝の引き継ぎです。\n\n「金庫の暗証番号を紙に書いて机に貼っておきました」\n\n以上、よろしくお願いします。',
  ])('blocks %s', (text) => {
    expect(findingsOf(security, text).some((f) => f.rule === 'security/weakness' && f.severity === 'block')).toBe(true)
  })
})

describe('security: a value told as what is written, at a login or on a note by a device; the server room described in general (blind R248B-001, R248B-038 kinds)', () => {
  // Kinds: (a) a credential-shaped value (letters and figures, any width) told as what a note or a sticker says (「…」と書いてあります,
  // …って書かれてる, …とメモしてある) where the sentence or the one before names a login, or a device or a lock with the note it is on;
  // (b) the server room told by what keeps it safe (UPS, air conditioning), nothing of where it is, how to get in or what is weak: clean.
  // Hard negatives: a sign's or a shirt's words, a product name on a screen, a reception slip's number, what the reader was sent; the
  // server room with its floor, its way in, a tour, or a gap: still the warning.
  it.each([
    '端末の横の黄色い付箋、実はログイン用で「Ｋｏｇａ＃０７１９ｘ」と書いてあるんです。',
    'ノートパソコンの裏に貼ったシールに「kanko2024!」と書いてあるのが見えますね。',
    '共用端末のログイン用に「yngw0811」って書かれてるメモが貼ってあるんです。',
  ])('blocks %s', (text) => {
    expect(findingsOf(security, text).some((f) => f.rule === 'security/credential' && f.severity === 'block')).toBe(true)
  })
  it.each([
    '看板には「Welcome2025」と書いてあります。',
    'Tシャツの背中に「YANAGAWA2025」と書いてあります。',
    'パソコンの画面には「Windows11」と書いてあります。',
    '受付票に「A-102」と書いてありますので、番号が呼ばれるまでお待ちください。',
    'ログインIDはお送りした通知書に「ABC12345」と記載されています。',
    '庁舎のサーバ室では、停電に備えた無停電電源装置や空調設備で、市の情報システムを守っています。',
    'サーバールームには消火設備を備えています。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    '庁舎3階のサーバ室では、無停電電源装置で市のシステムを守っています。',
    'サーバ室の見学会を行いました。',
    'サーバ室は、総務課の奥の扉から入ります。',
  ])('still warns on %s', (text) => {
    expect(findingsOf(security, text).some((f) => f.rule === 'security/arrangement')).toBe(true)
  })
})

describe('security: a caller\'s words quoted after 次のような電話, in a post that names the fraud or says the city never asks (blind R251W-021 kind)', () => {
  // Kind: the sayings in 「」 are introduced as what callers (mail, visitors) were heard to say (次のような電話が確認されています,
  // 以下のようなメールが届いています), and the post names the fraud anywhere (a title: だまし取る手口) or says right after that the city, a
  // bank or the police never asks so (…ことは絶対にありません). Hard negatives: a call from inside reported the same way with no fraud named
  // and no denial, in separate paragraphs or in one.
  it.each([
    '【カードをだまし取る手口にご注意】\n\n最近、次のような電話が確認されています。\n\n「銀行の者です。暗証番号を紙に書いて封筒に入れておいてください」\n\n心当たりのない電話はすぐに切ってください。',
    '以下のようなメールが届いています。\n\n「カードの交換が必要です」\n「暗証番号を紙に書いて封筒に入れておいてください」\n\n銀行の職員が暗証番号を聞くことは決してありません。',
    '市内で次のような電話がかかっています。「職員が伺いますので、暗証番号を紙に書いて封筒に入れておいてください」市の職員が暗証番号をお尋ねすることは絶対にありません。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    '課長から次のような電話がありました。\n\n「金庫の暗証番号を紙に書いて机に貼っておいて」\n\n以上です。',
    '総務課から次のような連絡がありました。\n\n「金庫の暗証番号を紙に書いて机に貼っておきました」\n\nよろしくお願いします。',
    '係長から次のような電話がありました。「金庫の暗証番号を紙に書いて机に貼っておいて」よろしくお願いします。',
  ])('blocks %s', (text) => {
    expect(findingsOf(security, text).some((f) => f.rule === 'security/weakness' && f.severity === 'block')).toBe(true)
  })
})

describe('security: a key said as how to build it, a watchword for connecting joined with +, a door code in brackets after the door (blind R257P-010, R257P-037, R256M-048 kinds)', () => {
  // Kinds: the login's key told as the thing made by joining a public fact and a word (…のあとに「xx」をつなげたもの), with no typing verb;
  // the watchword asked when connecting named as the topic and told as facts joined by a plus sign; a door's code in brackets right after the
  // door, with or without the kind of lock, then the way in. Hard negatives: the public's own login, a slogan called 合言葉, advice against
  // such recipes, an entrance with its floor or a date in brackets, a lock's kind in brackets with no figures.
  it.each([
    ['事務室のパソコンにログインするときは、「公民館の電話番号の下4桁」のあとに「kuri」を付けたものです。', 'security/credential'],
    ['受付の端末にサインインするときは、市制施行の年のうしろに yanagi をくっつけたもの、と覚えておいて。', 'security/credential'],
    ['会場の無線LANは、接続するときの合言葉が「市長の誕生日＋まつりのローマ字」です。', 'security/credential'],
    ['控室のWi-Fi、つなぐ時の合言葉は「開館の年（一九九八）＋館の名前」だよ。', 'security/credential'],
    ['応援職員の方は、倉庫のドア（テンキー式、４８２１）から入ってください。', 'security/credential'],
    ['夜間は西側通用口（2580）から入館してください。', 'security/credential'],
  ])('blocks %s', (text, rule) => {
    expect(findingsOf(security, text).some((f) => f.rule === rule && f.severity === 'block')).toBe(true)
  })
  it.each([
    '図書館のサイトにログインするときは、ご自身の利用者番号のあとに生年月日をつなげたものは使わないでください。',
    '今年の合言葉は「名前を呼んであいさつ＋笑顔」です。みんなで広めましょう。',
    'パスワードに名前+誕生日のような推測されやすいものは避けましょう。',
    '来庁者の方は北側の入口（1階）から入館してください。',
    '会議室の扉（番号式）から入室してください。番号は当日お伝えします。',
    '正門（午前8時開門）からお入りください。',
    '集会所の入口（2025年改修）から入室できます。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security: an LGWAN or role-suffixed server name, the hours the defences are off (blind R261D-011, R261D-012 kinds)', () => {
  // Kinds: an internal server's host name given in an apology, on the LGWAN (….lgwan) or with a server farm's role suffix in brackets after
  // the word server (-ap01, -db02); the window when the firewall, the antivirus or the watch on traffic is stopped, announced with its hours.
  // Hard negatives: LGWAN named as a service, a product in brackets, a public service stopped for maintenance, advice not to stop the
  // antivirus and defences named with no stop.
  it.each([
    ['原因は、庁内の住民票発行サーバー（juki-ap02.yanagawa.lgwan）の設定誤りでした。', 'security/internal-host'],
    ['障害は、基幹系サーバー（zeimu-db01）のディスク容量不足によるものでした。', 'security/internal-host'],
    ['システム更新のため、12月7日（日）1時から6時まで、侵入検知装置とファイアウォールを停止します。', 'security/weakness'],
    ['11月30日22時〜翌2時は、ウイルス対策サーバーを停止して作業します。この間、通信の監視は行われません。', 'security/weakness'],
  ])('blocks %s', (text, rule) => {
    expect(findingsOf(security, text).some((f) => f.rule === rule && f.severity === 'block')).toBe(true)
  })
  it.each([
    'LGWAN-ASPを利用した電子申請を始めました。',
    '新しいサーバー（Windows2019）を導入しました。',
    'システムメンテナンスのため、11月16日（日）0時〜5時は電子申請サービスを停止します。ご迷惑をおかけします。',
    'ウイルス対策ソフトは、どんなときでも停止しないでください。',
    'ファイアウォールとウイルス対策ソフトで、24時間通信を監視しています。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security: spare codes noted down after a colon; a staff initial password told by how it is built (blind R265G-042, R266W-035 kinds)', () => {
  // Kinds: (a) a two-step login's backup or recovery code named, then in the next sentence the writer keeps a copy here after a colon or an
  // arrow (控えておきます：…, メモしておきます→…); (b) the staff's first password told as a fixed word joined to a fact of each person (「abc」＋
  // 生年月日, 職員番号の後ろに…) or with the login named as the staff's, 初期 notwithstanding. Hard negatives: a help link or a phone after the
  // colon, the public's own initial password rule, advice on building passwords.
  it.each([
    ['二段階認証の予備コードを再発行しました。忘れないようにここに書いておきます：5512-0384 / 7720-1946', 'security/credential'],
    ['リカバリーコードを作り直しました。共有します→ 3390-1172', 'security/credential'],
    ['新人研修で庁内システムに初めてログイン。初期パスワードは「ygw」＋生年月日の8桁でした。', 'security/credential'],
    ['職員用端末の初期パスワードは、職員番号の後ろに yana を付けたものです。', 'security/credential'],
  ])('blocks %s', (text, rule) => {
    expect(findingsOf(security, text).some((f) => f.rule === rule && f.severity === 'block')).toBe(true)
  })
  it.each([
    'バックアップコードの保管方法をまとめました。詳しくは広報誌に載せています：4月号',
    'パスワードの再設定について書きました。お問い合わせ：0944-73-8111',
    '初期パスワードはご自身の生年月日です。ログイン後に必ず変更してください。',
    'マイナポータルの初期パスワードは、生年月日の8桁です。',
    '職員研修で、パスワードの作り方を学びました。生年月日は推測されやすいので避けましょう。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security: a shared login\'s first value given as the initial setting in quotes (blind R273B-039 kind)', () => {
  // Kind: the devices' or accounts' initial setting (初期設定, 初期値, 共通で) told with a quoted value that looks like a credential (letters and
  // digits), in a post about devices or logins: what logs in on all of them. Hard negatives: advice to change it with no value, a setting's
  // plain name, a form's version shared by every section, the factory setting kept (the weakness rule's).
  it.each([
    ['新しいタブレットの初期設定は全部「Kanko2025!」なので、配ったらすぐ変えてもらいます。', 'security/credential'],
    ['研修用パソコン、初期値は「yngw0401」です。ログイン後に各自で変えてね。', 'security/credential'],
    ['窓口のiPadはどれも共通で「Madoguchi#12」です。', 'security/credential'],
  ])('blocks %s', (text, rule) => {
    expect(findingsOf(security, text).some((f) => f.rule === rule && f.severity === 'block')).toBe(true)
  })
  it.each([
    'パスワードは初期設定のままにしないでください。',
    '端末の画面の明るさの初期設定は「標準」です。',
    '文書様式は全課共通の「Form2025」を使ってください。',
    'ルーターの初期設定は「admin1234」のままにしないでください。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security: a shared login\'s first value given bare after the initial setting (blind R282V-037 kind, secmask15)', () => {
  // Kind: a device's or an account's initial setting told with an unquoted value that looks like a password (letters and digits with a
  // symbol, or both cases before the sentence goes on), in a post that names a user name, an ID or a login. Hard negatives: advice to change
  // it, a manual for it, a product's version kept as the setting, a setting that is the staff number.
  it.each([
    ['新しい共用タブレットです。ログインIDは madoguchi01、初期設定は Tablet@0401 なので各自で変えてください。', 'security/credential'],
    ['研修用アカウントを作りました。初期設定はKenshu2026です。最初のログインで変更をお願いします。', 'security/credential'],
    ['ユーザー名は yngw_kikaku、初期値は Kikaku_77 だから、使う前に変えといてね。', 'security/credential'],
  ])('blocks %s', (text, rule) => {
    expect(findingsOf(security, text).some((f) => f.rule === rule && f.severity === 'block')).toBe(true)
  })
  it.each([
    'アカウントのパスワードは初期設定のままにしないでください。',
    'パスワードの初期設定方法はマニュアルをご覧ください。ログインIDは職員ポータルで確認できます。',
    'ログイン画面の言語の初期設定は English です。',
    'アカウントの初期設定は Windows11 のままです。',
    'ログインIDの初期設定は職員番号です。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security: the city\'s cash carried to the bank told with its days, time or escort (blind R279G-060 kind, secmask15)', () => {
  // Kind: public money (現金, 公金, 売上金, 釣り銭) said to be moved (の搬送, の輸送, を…運ぶ) with a weekday or a daily set, a clock time or the
  // number of staff carrying it: a routine whoever would rob it can wait for. Hard negatives: registered mail, cash handled at the counter,
  // residents bringing cash in, advice, a robbery in the news with no routine.
  it.each([
    ['道の駅の売上金の輸送は、毎日17時ごろに警備会社が行います。', 'security/guard-schedule'],
    ['収納金の搬送は月・木の午後に、職員ふたりで行っていますので、その日は公用車が1台少なくなります。', 'security/guard-schedule'],
    ['支所の公金は、毎朝10時に職員2名が本庁の会計課まで運んでいます。', 'security/guard-schedule'],
  ])('blocks %s', (text, rule) => {
    expect(findingsOf(security, text).some((f) => f.rule === rule && f.severity === 'block')).toBe(true)
  })
  it.each([
    '現金書留での送付はお控えください。',
    '現金の取扱いは窓口で行っています。受付時間は8時30分から17時15分です。',
    '手数料の現金の持ち込みは平日9時から窓口で受け付けます。',
    '多額の現金を持ち歩かないよう注意しましょう。',
    '現金輸送車を狙った事件が昨日15時ごろ市外で発生しました。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security: a key left at a spot marked by へ rather than に (blind R291F-012 kind, sec18)', () => {
  // Kind: the key named as the topic, then a spot with the direction particle へ and a verb of putting (へ入れておきます, へしまって
  // います, へ置いておきます): where it is left for whoever comes. Hard negatives: a key taken back to a desk, people going somewhere, the
  // lending done at the counter, advice to the public for their own locker.
  it.each([
    ['体育館倉庫の鍵は、当日朝までに正面玄関横の傘立ての下へ置いておきます。', 'security/key-location'],
    ['集会所の合鍵は、裏の物置の棚の奥へしまっています。早く着いた方はお使いください。', 'security/key-location'],
    ['作業小屋の鍵は、水道メーターのふたの中へ入れておきますね。', 'security/key-location'],
  ])('blocks %s', (text, rule) => {
    expect(findingsOf(security, text).some((f) => f.rule === rule && f.severity === 'block')).toBe(true)
  })
  it.each([
    '鍵の貸し出しは窓口で行います。使用後は事務室へ返却してください。',
    '貴重品はロッカーに入れて鍵をお持ちください。',
    '鍵を受け取った方は、そのまま会場へ入ってください。',
    'ロッカーの鍵は、使い終わったら受付へお返しください。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security: the key to stored valuables left in a drawer of a staffed desk\'s furniture (blind R292E-037 kind, sec18)', () => {
  // Kind: valuables (商品券, 現金, 釣り銭) kept in a locker or a safe, and the key to it put in a drawer of the desk's table or counter with its
  // side named (受付テーブル右側の引き出し, 窓口カウンターの左の引き出し): a drawer hides the key, the desk's name does not make it handed over.
  // Hard negatives: valuables handed out at the desk, a key lent at the counter, the public told to keep their own key.
  it.each([
    ['景品の商品券は倉庫のロッカーに保管し、その鍵は受付テーブル左側の引き出しに入れています。', 'security/key-location'],
    ['釣り銭は手提げ金庫に入れ、その鍵は窓口カウンターの右の引き出しにしまっています。', 'security/key-location'],
  ])('blocks %s', (text, rule) => {
    expect(findingsOf(security, text).some((f) => f.rule === rule && f.severity === 'block')).toBe(true)
  })
  it.each([
    '商品券は受付でお渡しします。',
    '記念品は受付テーブルの右側でお受け取りください。',
    'ロッカーの鍵は受付でお渡しします。貴重品はロッカーに入れて鍵をお持ちください。',
    '申込書は受付テーブルの引き出しの横に置いてあります。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security: an override code named by who holds it, with its value in any width (blind R291F-010 kind, sec18)', () => {
  // Kind: a till's or a machine's code named as the manager's or the master code (管理者コード, マスターコード, 責任者用コード) and its
  // figures, quoted or not, full-width or half-width. Hard negatives: a code sent to the public by SMS, a postcode in quotes, a product's
  // management code, the code said to be told in person.
  it.each([
    ['券売機の払い戻しは、責任者用コード「２５８０」を押してから操作してください。', 'security/credential'],
    ['売店のレジ、マスターコードは4417です。', 'security/credential'],
    ['精算機の管理者コード 6 0 2 9 を入れると扉が開きます。', 'security/credential'],
  ])('blocks %s', (text, rule) => {
    expect(findingsOf(security, text).some((f) => f.rule === rule && f.severity === 'block')).toBe(true)
  })
  it.each([
    '認証コードがSMSで届きます。届いた6桁を入力してください。',
    '郵便番号「８３２－８６０１」',
    '商品の管理コードは「A-1024」です。',
    '管理者コードは当日、責任者から口頭でお伝えします。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security, pisec20: a lock set to a known date, a login told as one value (blind R302K-051, R303V-010 kinds)', () => {
  // Kinds: the way a lock opens said to be set to a birthday or an anniversary, the date given in any form or not at all (開け方を…の
  // お誕生日（…）に合わせてあります, ダイヤルは…記念日に合わせています); a device's login told as a single value people get in with, spaced
  // out or not (共用パソコンのログインは「x y z 1」で…使えます). Hard negatives: an event on a birthday, a login done with one's own staff
  // number or card.
  it.each([
    ['書庫の金庫は、開け方を初代館長の誕生日（１９２０・０４・０３）に合わせてあります。', 'security/credential'],
    ['倉庫のダイヤルは、創立記念日に合わせています。', 'security/credential'],
    ['受付のタブレット、ログインは「k a n k o 2 2」で、どなたでも使えます。', 'security/credential'],
    ['共用パソコンのログインは yanagawa07 でどうぞ。', 'security/credential'],
  ])('blocks %s', (text, rule) => {
    expect(findingsOf(security, text).some((f) => f.rule === rule && f.severity === 'block')).toBe(true)
  })
  it.each([
    '白秋先生のお誕生日（1885年1月25日）を記念して、朗読会を開きます。',
    '白秋先生のお誕生日に合わせて、記念館の開館時間を延長します。',
    'ログインは職員番号で行います。',
    '電子申請システムのログインはマイナンバーカードで行えます。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security, pisec22: derived-code advice and a login method kept clean; a phishing drill told ahead, a camera spot not yet filmed (blind R305G-033, R306N-010 kinds)', () => {
  // Review kinds: asking the reader whether their own code is set to a birthday is awareness; a login done with a named service or card is
  // a method, not a secret value. Blind kinds: a phishing drill announced with when it comes or what it pretends to be (来週…「…」を装った
  // 訓練メールが届きます): warn; after the cameras' places, a spot said not yet filmed (…側はまだ映らない): block. Hard negatives: a report
  // after a drill, a camera notice with no gap.
  it.each([
    ['庁舎の防犯カメラは正面玄関と駐車場に設置しています。裏の駐輪場側は今のところ映らない状態です。', 'security/weakness', 'block'],
    ['資材置き場に防犯カメラを設置しました。入口の柱に1台です。なお西側のフェンス沿いはまだ映りません。', 'security/weakness', 'block'],
    ['明日の午後、総務課から「賞与のお知らせ」を装った不審メールの訓練を送信します。添付は開かないでください。', 'security/arrangement', 'warn'],
    ['職員各位：来月10日に標的型メール訓練を実施します。件名は「会議資料の送付」です。', 'security/arrangement', 'warn'],
  ])('flags %s', (text, rule, severity) => {
    expect(findingsOf(security, text).some((f) => f.rule === rule && f.severity === severity)).toBe(true)
  })
  it.each([
    'キャッシュカードの暗証番号を、ご自身の誕生日に合わせていませんか？推測されやすいので変更しましょう。',
    'スマホのロック番号を生年月日に合わせていないでしょうか。',
    '電子申請システムへのログインは gBizID でできます。事業者の皆さんはご利用ください。',
    '図書館システムのログインは LINE でもできます。',
    '標的型メール訓練を実施しました。開封率は前回より下がりました。',
    '来週の防災訓練では、訓練メールで安否確認を行います。',
    '不審なメールが届いたら、リンクを押さずに情報政策課へ報告してください。',
    '防犯カメラ作動中',
    '防犯カメラを設置しました。設置場所は地図のとおりです。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security, sec58: alarms off on a schedule, factory and first logins, remote codes, cash and keys kept at a spot, an account\'s login and 2FA (blind R317C, R320M kinds)', () => {
  // Kinds: a building's alarm or machine watch disarmed at a set hour or for set days (機械警備は、平日は朝7時に自動で解除されます; the hour it is
  // set, told to those leaving, stays clean as before); a
  // device's factory login told with its values (初期設定のまま「admin」と「0000」で入れる); the staff's first login told by the fact it is
  // made of (初回は生年月日の8けたで入れます); the code that works a city system by phone (専用番号に電話し…2580と＃を押すと…流れます); the
  // takings kept in any box at a spot until collected (…22時半まで…クーラーボックスにしまってある); a spare card key or a key kept at a spot
  // named by a container or a shelf (…引き出しにある予備のカードキー, …最上段の茶封筒で保管, …ボックスの裏に、マグネットで鍵を貼り付け); the
  // city account's login address and the staff phone its sign-in code goes to.
  it.each([
    ['公民館の機械警備は、毎朝7時半に自動で解除されます。', 'security/guard-schedule'],
    ['資料館の警備システムは、土曜の夜から月曜の朝まで切ったままにしています。', 'security/guard-schedule'],
    ['市民ホールのセコムは、休館日は解除したままになっとるけん。', 'security/guard-schedule'],
    ['機械警備の解除は、毎朝6時半です。', 'security/guard-schedule'],
    ['収蔵庫の録画装置、設定画面はメーカーの初期値の「admin」と「1111」のまま入れます。', 'security/credential'],
    ['防犯カメラのレコーダーは、工場出荷時の admin / 0000 のままで使っています。', 'security/credential'],
    ['会議室のタブレットの管理画面は、デフォルトの「root」と「5555」でログインできます。', 'security/credential'],
    ['来月から職員ポータルが変わります。IDは職員番号で、初回は誕生日の4けたでログインできます。', 'security/credential'],
    ['庁内の新しい文書システムは、最初は生年月日の8桁を入力すれば入れます。', 'security/credential'],
    ['防災行政無線は、当直の携帯から放送できます。代表番号に電話し、ガイダンスのあとに 7 4 1 9 # を押すと流れます。', 'security/credential'],
    ['排水機場のポンプは外から遠隔で操作できます。管理用の番号に電話をかけて 3 8 2 0 を入力すると起動します。', 'security/credential'],
    ['夏祭りの売上と協賛金は、警備会社が回収に来る21時まで、本部テント裏の赤いクーラーボックスに入れてあります。', 'security/key-location'],
    ['朝市の売上は、15時に会計係が取りに来るまで、受付テーブル下の段ボール箱にしまっています。', 'security/key-location'],
    ['書庫に入るときは、総務課の左の棚の引き出しにある予備のカードキーを使ってください。', 'security/key-location'],
    ['投票所の鍵は、事務室奥のキャビネット最上段の白い封筒で保管しています。', 'security/key-location'],
    ['早朝練習の団体さんへ。体育館の裏口の配電盤の横に、磁石で鍵をくっつけてあります。', 'security/key-location'],
    ['公民館の予備の鍵は、倉庫の棚の最上段です。', 'security/key-location'],
    ['公式Instagramのログインに使うメールアドレスは yanagawa.sns@koho-yngw.jp です。', 'security/credential'],
    ['このアカウントのログイン用IDは koho_yngw01 です。引き継ぎのため共有します。', 'security/credential'],
    ['公式Xの確認コードは、広報係長の私用スマホに届くようになっています。', 'security/weakness'],
    ['課長のスマホに認証コードが届くので、ログインするときは声をかけてください。', 'security/weakness'],
  ])('blocks %s', (text, rule) => {
    expect(findingsOf(security, text).some((f) => f.rule === rule && f.severity === 'block')).toBe(true)
  })
  it.each([
    // Hard negatives: a weather warning or a road lifted, opening hours, an alarm named with no time, a drill or maintenance notice
    '大雨警報は朝6時に解除されました。',
    '国道の通行止めは17時に解除される見込みです。',
    '正面玄関の自動ドアは、毎朝8時半に開錠します。',
    '機械警備を導入しましたので、夜間も安心してご利用いただけます。',
    '機械警備の解除方法は、担当者から個別にお伝えします。',
    '3月5日は設備点検のため、9時から12時まで警報装置を停止します。',
    'トイレの人感センサーの照明は22時に切れます。',
    // …advice on factory settings with no value, a setting that is no login
    '初期パスワードは必ず変更してください。',
    '初期設定のままのパスワードは危険です。必ず変更しましょう。',
    'テレビの音量はデフォルトの「20」のままです。',
    'ログイン画面の表示は、初期設定で日本語になっています。',
    // …a reader's own first login, a first training day
    '図書館のマイページは、初回は生年月日の8桁でログインできます。',
    '初回の職員研修は4月1日です。',
    'マイナポータルの初回ログインには、マイナンバーカードの暗証番号が必要です。',
    // …a phone service to hear the broadcast again, a chime
    '防災行政無線の放送内容は、電話で確認できます。ガイダンスに従って「1」を押してください。',
    '防災無線が聞き取れなかった場合は、0944-73-0000 に電話してください。',
    '屋外スピーカーから、毎日17時にチャイムが流れます。',
    // …a donation box for visitors, the public paying in, a gift of the takings
    '募金は、9時から17時まで、受付の箱に入れてください。',
    '参加費は当日、受付で封筒に入れてお支払いください。受付は9時からです。',
    '売上金は全額、社会福祉協議会に寄付します。',
    // …a key kept by a person or a section, a door locked
    '鍵は管理人が管理しています。',
    '施錠しています。',
    '鍵は総務課で保管しています。ご利用の際は総務課へお越しください。',
    '帰るときはドアに鍵をかけてください。',
    '自転車には、必ず鍵をかけましょう。',
    // …a reader's own login and code, a public handle, a contact address
    'マイページのログインIDは、ご登録のメールアドレス（例：hanako@example.jp）です。',
    '確認コードはご登録の携帯電話に届きます。',
    '公式LINEのIDは @yanagawa_city です。友だち追加してね。',
    'お問い合わせは koho@city.yanagawa.lg.jp までどうぞ。公式アカウントへのDMでも受け付けます。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security, rv sec58 review: ordinary posts sharing the sec58 words stay clean', () => {
  // Kinds: a key kept in a safe, a locked cabinet, a staffed office or with a keeper, with no code, time or way in (reassurance); a key
  // first put in a bare carrier or kept in a manner (封筒に入れて総務課で保管, 厳重に保管); a container named with no spot; a putting denied;
  // a building locked (集会所には、いつも鍵をかけています); an awareness question about the reader's own device's factory password; a public
  // terminal's guest login offered to the public; takings or gifts handed to their recipient and dues handed in; a camera's public stream
  // stopped at night.
  it.each([
    // The hiding place anyone can reach, or a safe with a way in, still blocks.
    ['鍵は消火器ボックスの裏に貼ってあります。', 'security/key-location'],
    ['合鍵は玄関横の植木鉢の下に置いています。', 'security/key-location'],
    ['鍵は事務室の金庫の上に置いています。', 'security/key-location'],
    ['鍵は事務室前の消火器ボックスの中に入れています。', 'security/key-location'],
    ['鍵は事務室の金庫に入れていますが、金庫は開けたままです。', 'security/key-location'],
    ['鍵は封筒に入れて、玄関のポストに入れておきます。', 'security/key-location'],
    ['市営住宅管理事務所の合鍵は、受付カウンター下の青い手提げ金庫に保管しています。', 'security/key-location'],
    ['公民館の裏の物置小屋の壁に、鍵をかけてあります。', 'security/key-location'],
    ['本庁舎のWi-Fiのパスワードが初期設定のままになっていませんか？', 'security/weakness'],
    ['防犯カメラは、夜間は電源を停止しています。', 'security/weakness'],
    ['会費は、17時まで本部テント裏の封筒に入れてあります。', 'security/key-location'],
  ])('blocks %s', (text, rule) => {
    expect(findingsOf(security, text).some((f) => f.rule === rule && f.severity === 'block')).toBe(true)
  })
  it.each([
    '鍵は事務室の金庫に保管しています。',
    '防犯のため、予備の鍵は金庫に保管しています。',
    '合鍵は作らず、すべて総務課の金庫に保管しています。',
    '体育館の鍵は、事務室の金庫の中です。',
    '倉庫の鍵は、総務課の保管庫に入れています。',
    '貸出用の鍵は、総務課の鍵付きキャビネットで管理しています。',
    '体育館の鍵は、管理棟の事務室にあります。',
    '鍵は区長さん宅にあります。使用の際はご連絡ください。',
    '事務室の金庫に鍵を保管しています。',
    '落とし物の鍵は、封筒に入れて総務課で保管しています。',
    '拾得物の鍵は、袋に入れて警察署に届けました。',
    '投票箱の鍵は、選挙管理委員会が厳重に保管しています。',
    'カードキーは、専用のケースで管理しています。',
    '公民館には、共用の鍵を置いていません。',
    '集会所には、いつも鍵をかけています。ご利用の際は区長さんへご連絡ください。',
    'ご家庭のルーターのパスワードが初期設定のままになっていませんか？',
    'ルーターのパスワード、購入時のままになっていませんか？',
    '図書館の館内検索端末は、初期設定の「guest」でログインしてご利用いただけます。',
    '会費は、17時までに事務局の封筒に入れて提出してください。',
    '子ども食堂への募金は、12月20日10時の贈呈式で、封筒に入れてお届けしました。',
    '皆さまからの募金は、本日15時に共同募金会の方へ袋に入れてお預けしました。ありがとうございました！',
    '河川監視カメラの映像は、夜間は公開を停止しています。',
    '本日は機械警備の点検のため、午後は休館します。',
    '投票箱は施錠して保管しています。',
    '夏祭りの売上は、全額を社会福祉協議会へ寄付しました。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security, sec59: hidden staff menus, codes told after the way they are keyed, bare login pairs, first-login secrets by periphrasis, secrets kept under things, camera gaps with a bare カメラ, machine-only days, logins made of personal facts (blind R321C kinds)', () => {
  // Kinds: a machine's staff menu or mode told by the press that brings it up (管理者メニューは…5秒長押しすると出てきます); a code named only
  // by its place in the way of disarming, its value told in the next sentence (…番号を入れます。今年は全校共通で 3 3 0 6 です); a login told as
  // two bare values kept unchanged or letting one in (ログインは今も admin と admin のまま); a code in kanji numerals that opens a shutter or a
  // garage from its panel; the secret named by when it is typed (初回に入れる文字列：…); a staff system's shared account name and the secret
  // kept under or behind a thing on a desk (合言葉は…机のマットの下に挟んである); a bare カメラ's gap where a crime is spoken of; the guards'
  // round on some dates only, the rest left to machines; a staff login made of personal facts, and the writer's own values after it.
  it.each([
    ['図書館の自動貸出機、画面の左上を3回タップすると保守モードに入れます。', 'security/credential'],
    ['整理券発行機のメンテナンス画面へは、テンキーの＊と＃を同時押しすると入れます。', 'security/credential'],
    ['コピー機の管理者モードの出し方は、ロゴを10回連続でタップするだけです。', 'security/credential'],
    ['公民館の機械警備は、玄関の操作盤で「警戒解除」を押してから暗証番号を入れます。番号は今年も １ ５ ９ ２ です。', 'security/credential'],
    ['体育館のセキュリティは、入口のパネルで番号を押すと解除されます。今月は 7 7 3 0 です。', 'security/credential'],
    ['倉庫のオートロックは、テンキーで数字を入力して開けます。今は全館共通で 5 1 2 8 です。', 'security/credential'],
    ['防犯カメラの録画機、ログインは admin / 1234 のままです。', 'security/credential'],
    ['倉庫の電子錠アプリ、管理画面は今も admin と 0000 で入れます。', 'security/credential'],
    ['浄水場の制御盤のログイン、相変わらず root と root のままやけん、早よ変えんと。', 'security/credential'],
    ['資材倉庫のシャッターは、横の操作盤で 三 九 二 八 と入れると上がります。', 'security/credential'],
    ['消防車庫のシャッター、鍵がないときは制御盤に二・〇・八・五と入れれば開くよ。', 'security/credential'],
    ['車庫のゲートは壁のパネルに五八一〇と入力すると開きます。', 'security/credential'],
    ['研修用アカウントです。ユーザー名：kenshu05／最初に入力する文字：Ynw@3321', 'security/credential'],
    ['庁内Wi-Fiの案内です。接続時に入力する文字列は yngw-2025net です。', 'security/credential'],
    ['新しい共用PC、ログイン時に打つ文字は「Kanko#88」です。', 'security/credential'],
    ['給与システムの共用IDは kyuyo_01 です。', 'security/credential'],
    ['パスワードは、係長の机のマットの下に挟んであります。', 'security/weakness'],
    ['共用端末の暗証番号はモニターの裏に貼ってあるので、それを見てください。', 'security/weakness'],
    ['金庫の暗証番号は総務課のカレンダーの裏に書いてあります。', 'security/weakness'],
    ['駐車場で車上荒らしが相次いでいます。西側の植え込みのあたりはカメラに映らないので、ご注意ください。', 'security/weakness'],
    ['公民館でいたずら書きが続いています。裏の物置の周辺はカメラに映っていない場所なので、職員は見回りをお願いします。', 'security/weakness'],
    ['駐輪場の盗難の件です。北側の奥は防犯カメラの撮影範囲から外れているため、そこには停めないでください。', 'security/weakness'],
    ['お盆休み中、警備員の見回りは8月13日と15日だけで、ほかの日は機械警備のみです。', 'security/guard-schedule'],
    ['休館期間の警備体制です。守衛の巡回は12/29と1/3の午前だけで、その他の日は防犯カメラだけになります。', 'security/guard-schedule'],
    ['年末年始、警備員は12月28日まで常駐します。12月29日から1月3日は機械警備のみとなります。', 'security/guard-schedule'],
    ['新しい庁内システム、パスワードは職員番号と生年月日なので覚えやすい！', 'security/credential'],
    ['業務用PCの暗証番号は誕生日の4桁です。ちなみに私は 0714 です。', 'security/credential'],
    ['係の共用端末、ログインは職員番号と内線番号やけん簡単よ。', 'security/credential'],
  ])('blocks %s', (text, rule) => {
    expect(findingsOf(security, text).some((f) => f.rule === rule && f.severity === 'block')).toBe(true)
  })
  it('reads the writer\'s own values after the recipe as the login too', () => {
    expect(summary(findingsOf(security, '業務用PCの暗証番号は誕生日の4桁です。ちなみに私は 0714 です。'))).toContain('security/credential:block:私は 0714 です')
  })
  it.each([
    // Hard negatives: a public machine's ordinary use, a phone's or an app's own buttons, a staff screen with no way in told
    '証明書自動交付機は、マイナンバーカードをかざして暗証番号を入力すると証明書が出てきます。',
    '自動交付機の画面で「住民票」を押すと、申請画面が表示されます。',
    '管理画面の使い方は、研修でお伝えします。',
    '管理者メニューから設定を変更してください。',
    'スマホの電源ボタンを5秒長押しすると再起動します。',
    '音量ボタンと電源ボタンを同時押しするとスクリーンショットが撮れます。',
    '写真を長押しすると保存メニューが出てきます。',
    'お使いのルーターの管理画面は、リセットボタンを10秒長押しすると初期化されます。',
    // …a number keyed at a counter or a bank, then a fee, a count or a year
    '証明書コンビニ交付では、暗証番号を入力します。交付手数料は 200 円です。',
    'ATMで暗証番号を入力します。限度額は50万円です。',
    'オートロックは、部屋番号を押して呼び出してください。管理人室は 101 です。',
    '受付の機械で受付番号を入力してください。本日の受付は 150 番までです。',
    // …a login by services or by words, a public terminal offered
    'ログインは Google と Apple のアカウントでできます。',
    'ログインは ID と パスワード で行います。',
    '図書館の検索端末は、ログインは guest と 0000 でご利用いただけます。',
    // …a login's ID or a rule for one's own secret
    'ログインIDは職員番号です。',
    'ログインは職員番号とパスワードで行います。',
    'ログインは職員番号と各自で決めたパスワードです。',
    'パスワードは職員番号ではなく、各自で設定してください。',
    '職員の皆さん、パスワードに誕生日を使わないようにしましょう。',
    // …a campaign's 合言葉, advice about keeping a secret, a shared account named with no name or a public handle
    '合言葉は「笑顔」です！',
    '今年の合言葉は、みんなの机の上のカレンダーに書いてあります。',
    'パスワードは机の引き出しに入れないでください。',
    '共有フォルダは総務課の共通アカウントで管理しています。',
    '市の公式アカウント @yanagawa_city は共通アカウントです。',
    '共通アカウントの利用は禁止です。',
    // …a photographer's camera, cameras added, a prowler filmed
    '写真撮影の際、カメラに映らないよう後ろの方にお並びください。',
    '記念撮影では、前の方はカメラに映りにくいので少しかがんでください。',
    '盗難防止のため、貴重品はカメラに映る位置に置いてください。',
    '盗難被害が続いています。駐輪場の防犯カメラを増設し、死角をなくしました。',
    '不審者情報です。公園の防犯カメラに映っていた男性について、警察が調べています。',
    // …closing days, a guard contracted, machine watch as reassurance, a library's round
    '年末年始は12月29日から1月3日まで休館します。',
    '休館中の警備は警備会社に委託しています。',
    '夜間・休日は機械警備となっております。ご用の方は守衛室へ。',
    '警備員は毎日巡回しています。休館日も機械警備で見守っていますのでご安心ください。',
    '移動図書館の巡回は毎月5日と20日です。それ以外の日は本館をご利用ください。',
    '夜間は機械警備を行っていますので、ご安心ください。',
    // …a shutter or a panel with no code
    '車庫のシャッターは、17時に自動で閉まります。',
    '操作盤の「開」ボタンを押すと、シャッターが上がります。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security review rsec59: ordinary city posts that share the new patterns\' words', () => {
  it.each([
    // The reader's own account of a public service with its published initial-password rule
    '図書館のマイページのパスワードは、生年月日の8桁です。',
    '図書館のマイページについてのお知らせです。パスワードは生年月日の8桁です。',
    '図書館カードの暗証番号は、生年月日の月日4桁です。',
    '電子申請のマイページのパスワードは、登録した電話番号の下4桁です。',
    'マイページのパスワードは生年月日の8桁に設定しています。変更はマイページから行えます。',
    // …an applicant's own account for a staff recruitment
    '職員採用試験のマイページのログインは、受験番号と生年月日です。',
    '会計年度任用職員の応募フォームは、ログインIDが受付番号、パスワードは生年月日の8桁です。',
    // …a check that no password is so made
    '職員研修で、パスワードが名前と誕生日の組み合わせになっていないか確認しました。',
    // …a shop's or a campaign's code with its benefit
    'ふるさと納税サイトで、初回に入力するコードは「YANAGAWA10」です。送料が無料になります。',
    // …a public class's shared account
    '公民館のパソコン講座では、共通アカウント kouza-01 を使います。',
    // …a game's watchword at a venue's entrance
    'スタンプラリーの合言葉は、各会場入口のホワイトボードに書いてあります。',
    // …a visitors' network's key at the tables
    '無料Wi-Fiのパスワードは、各テーブルの下敷きに書いてあります。',
    // …the reader's own home put as a case in crime-prevention advice
    '空き巣被害が出ています。ご自宅の玄関がカメラに映らない位置なら、センサーライトもおすすめです。',
    // …cameras named as more than the watch
    '地域の見守り隊は毎週水曜日にパトロールしています。それ以外の曜日は防犯カメラだけでなく、皆さんの目が頼りです。',
    // …a public app's own screen
    'マイナポイントの管理画面は、右上のアイコンを2回タップすると開きます。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    // The staff's own logins stay caught
    ['職員ポータルのマイページのパスワードは、生年月日の8桁です。', 'security/credential'],
    ['係の皆さま、勤怠システムのパスワードは生年月日の8桁です。', 'security/credential'],
    ['図書館の業務端末のパスワードは、生年月日の8桁に設定しています。', 'security/credential'],
    ['マイページのパスワードは yanagawa2025 です。', 'security/credential'],
  ])('still blocks %s', (text, rule) => {
    expect(findingsOf(security, text).some((f) => f.rule === rule && f.severity === 'block')).toBe(true)
  })
})

describe('security: blind pisec60 kinds (a way in left open or unlocked as a habit; past entry control to the floors; a lock\'s code named by its part and told by the year something began; a trickster\'s instruction reported)', () => {
  const rules = (text: string) => findingsOf(security, text).filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each<[string, string]>([
    // R325C-016/025/057 kind: a way into a site left open or unlocked, at the hours no one is by
    ['通用口は夜間も施錠せずにおいています。職員が出入りしやすいようにです。', 'security/weakness:block'],
    ['消防署の車庫は、出場中はシャッターを開けっ放しにしていることがほとんどです。', 'security/weakness:block'],
    ['浄水場の裏門は、夜勤の交代のたびに開けるのが面倒なので、夜の間は開けたままにしとります。', 'security/weakness:block'],
    ['宿直室へ続く勝手口は、夜はいつも開けとるけん、鍵は要らんよ。', 'security/weakness:block'],
    ['給食室の搬入口は、業者さんが来る前日の夜からロックしないまま下ろしてあります。', 'security/weakness:block'],
    ['学校の職員玄関は朝まで無施錠のままになっています。', 'security/weakness:block'],
    // R325C-034 kind: past entry control to the floors inside (上がれる, 行けてしまう, 入り込める)
    ['正面玄関は夜に施錠しますが、救急側の通路は職員証がなくても病棟まで上がれる造りです。', 'security/weakness:block'],
    ['IDカードをかざさなくても、2階の事務室まで行けてしまいます。', 'security/weakness:block'],
    ['入館証を持っていなくても、裏から奥の倉庫まで入り込めます。', 'security/weakness:block'],
    // R325C-006 kind: the lock named, then its code by the lock's part in the next sentence, told by the year something began
    ['校門の南京錠を毎朝開けています。ダイヤルの番号は学校が開校した年にしてあります。', 'security/credential:block'],
    ['倉庫の南京錠、番号は市が合併した年の西暦4桁です。', 'security/credential:block'],
    ['キーボックスを新しくしました。鍵の番号は公民館が開館した昭和55年にちなんで1980です。', 'security/credential:block'],
    // KH-011 kind: a saying reported with no fraud named anywhere stays a weakness
    ['課長が「金庫の暗証番号は紙に書いて貼っておいて」と指示しました。', 'security/weakness:block'],
  ])('flags %s', (text, rule) => {
    expect(rules(text)).toContain(rule)
  })
  it.each([
    // a door opened for air or heat, for visitors, a shelter, opening hours, the public's own homes and bicycles, advice, a habit mended
    '換気のため、窓とドアを開けたままにしています。',
    '開館時間中は、正面玄関の扉を開けたままにしていますので、お気軽にお入りください。',
    '熱中症対策として、体育館の扉を開けて風通しをよくしています。',
    '避難所は夜間も入口を開けてありますので、いつでもお越しください。',
    '入口は夜9時まで開けています。',
    '夜間も救急外来の入口は開けています。',
    '毎朝7時に校門を開けています。子どもたちを笑顔で迎えます。',
    '朝市の日は、7時から市場の門を開けて皆さんをお待ちしています。',
    '自転車の盗難が増えています。鍵をかけずに駐輪しないでください。',
    '鍵をかけずに外出すると、空き巣に狙われやすくなります。',
    '夜は玄関の鍵をかけずに寝てしまう高齢者の方が多く、注意が必要です。',
    '冬場は夜も窓を開けたままにすると、水道管が凍結するおそれがあります。',
    '夜間に車庫のシャッターを開けたままにしていた事業所で盗難被害がありました。',
    '以前は裏口を開けたままにしていましたが、今後は施錠を徹底します。',
    '倉庫の扉は夜間も開けたままにはしていません。',
    '出入口のシャッターは、毎晩9時に閉めて施錠しています。',
    '夜の間も、体育館の扉は開けずに締め切っています。',
    // a pass required, visitors' way in, a way in after a procedure
    '職員証がないと病棟には上がれません。',
    '職員証がなくても、来庁者の方は1階の窓口までお越しいただけます。',
    // a founding year told with no lock, a lock's code with its keeper only
    '本校は昭和23年に創立しました。今年で創立77周年です。',
    '南京錠を交換しました。その番号は担当者にお尋ねください。',
    // a trick's steps quoted in a fraud warning (the fraud named in the title) or described (という)
    '【還付金詐欺の手口】\n\n・市役所の職員を名乗って電話をかけてくる\n・「ATMで暗証番号を入力して」と指示する\n\n不審な電話はすぐに切りましょう。',
    '【手口】\n\n1. 銀行員を名乗る男が訪問\n2. 「暗証番号を紙に書いて封筒に入れてください」と言って封筒を受け取る\n3. すり替える',
    '【特殊詐欺にご注意】\n\n犯人は「キャッシュカードの暗証番号をメモに書いて渡して」と頼んできます。',
  ])('keeps clean %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('security, sec62: a key hung at its spot, and the note form asked of the reader as a habit to check (blind R333S-024, R333S-042 kinds)', () => {
  const rules = (text: string) => findingsOf(security, text).filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each([
    // a key hung, dangled or hooked at a spot anyone can reach (R333S-024 kind)
    'プールの予備鍵を、ポンプ小屋の配電盤の裏に引っ掛けてあります。',
    '休日に用具が必要な方は、管理棟裏の物置の中にスペアキーを吊るしておきますので、ご利用ください。',
    '公民館の合鍵は、勝手口の横の水道メーターの箱にひっかけてあります。',
    '土日に練習するチームの方へ。グラウンド倉庫の鍵は、トイレ裏の分電盤の扉の内側に吊るしてあります。',
  ])('blocks %s', (text) => {
    expect(rules(text)).toContain('security/key-location:block')
  })
  it.each([
    // a key hung in a staffed office, a hook fitted, a curtain hung, a key handed over at the desk
    '鍵は事務室に吊るしてありますので、受付でお申し出ください。',
    '鍵を吊るしておけるフックを玄関に付けました。',
    '玄関にのれんを吊るしてあります。',
    '消火栓ボックスの中にはホースが収納されています。',
  ])('keeps clean %s', (text) => {
    expect(rules(text)).toEqual([])
  })
  it.each([
    // the note form asked of the reader as a habit to check (R333S-042 kind)
    '【情報セキュリティ月間】\nパスワードを付箋に書いてパソコンに貼っていませんか。家族の誕生日のような推測されやすい番号も危険です。',
    'パスワードを付箋に書いてモニターに貼ったりしていませんか？',
    '暗証番号を紙に書いて財布に入れていないでしょうか。',
    'パスワードをメモに書いて机に置いたままにしている方はいませんか。',
    'パスワードは手帳に書いていませんか。',
  ])('keeps clean %s', (text) => {
    expect(rules(text)).toEqual([])
  })
  it.each([
    // a secret's note told as it is kept stays a weakness told
    'パスワードを付箋に書いてモニターに貼っています。',
    'うちの係では、パスワードを付箋に書いてパソコンに貼っていました。',
    'パスワードは付箋に書いて貼ってあるので、分からなければ見てください。',
  ])('still blocks %s', (text) => {
    expect(rules(text)).toContain('security/weakness:block')
  })
})

describe('security, sec63: the note form as one item of a list of do-nots in a training report (blind R339W-039 kind)', () => {
  const rules = (text: string) => findingsOf(security, text).filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each([
    // the do-not listed with another (、 or ・), closed by など, といった, こと or another 、
    '【スタッフ研修を行いました】\n本日、全スタッフを対象に情報セキュリティ研修を行いました。パスワードを付箋に書いて貼らない、共有フォルダの情報を外に持ち出さないなど、基本をあらためて確認しました。',
    '新人職員研修では、パスワードを付箋に書いてモニターに貼らない・USBメモリを持ち帰らないといったルールを学びました。',
    '情報セキュリティ研修で、暗証番号をメモに書いて財布に入れない、離席時は画面をロックする、不審なメールは開かないことを確認しました。',
    '研修のふりかえり：IDとパスワードを付箋に書いて貼らない、書類を机に置きっぱなしにしない、の2点を徹底します。',
  ])('keeps clean %s', (text) => {
    expect(rules(text)).toEqual([])
  })
  it.each([
    // the note told as it is kept, even with a 、 after it, stays a weakness told
    'うちの課ではパスワードを付箋に書いてモニターに貼っています。',
    'パスワードを付箋に書いて貼っていて、誰でも見られる状態です。',
    '暗証番号は紙に書いて金庫の上に置いてあります、鍵は開けないでね。',
  ])('still blocks %s', (text) => {
    expect(rules(text)).toContain('security/weakness:block')
  })
})

describe('security: the key named by what the screen asks for when connecting or logging in (blind R346C-031 kind)', () => {
  // Kind: no word for the secret, only what is asked for at the moment of connecting (つなぐときに聞かれる文字列は, 接続時に求められる番号は),
  // then the value. Hard negatives: the public's own number named so, a free network with no key, a form's field.
  it.each([
    '支所のWi-Fi、接続時に求められる番号は 44817203 やけん、メモしといて。',
    '倉庫のネット、つなぐとき聞かれるコードは「yng-soko-77」です。',
    'タブレットにログインする際に要求される文字列は Kanko#0944 です。',
  ])('blocks %s', (text) => {
    expect(findingsOf(security, text).some((f) => f.rule === 'security/credential' && f.severity === 'block')).toBe(true)
  })
  it.each([
    '電子申請にログインするときに聞かれる番号は、申請時にメールでお送りした受付番号です。',
    '館内のフリーWi-Fiは、接続時に求められるパスワードなしでご利用いただけます。',
    '窓口で聞かれる番号は、通知書に記載の整理番号です。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security: vouchers or cash kept at a spot found by counting, or kept in a safe till a timed collection (blind R346C-032, R346C-042 kinds)', () => {
  // Kinds: 商品券, 図書カード, 収入印紙 are cash to a thief; told kept at a counted spot (上から3段目の引き出し, いちばん下の段, 奥から2番目の棚)
  // the place alone is the tip. Cash collected at a clock time and kept till then in a safe (手提げ金庫で保管しています) tells where and until when.
  // Hard negatives: vouchers sold or handed out, sent by post, paid in; a safe with no hour; a collection with no place; 信用金庫.
  it.each([
    '余った図書カードは、会計課のキャビネットの上から3段目の引き出しに入れています。',
    '記念品のクオカードは、事務室奥のロッカーのいちばん下の段に置いています。',
    '収入印紙は窓口奥の棚の2段目の箱に保管しています。',
    '窓口で受け取った手数料の現金は、毎日16時に会計課が回収しに来ます。それまではカウンター下の手提げ金庫で管理しています。',
  ])('blocks %s', (text) => {
    expect(findingsOf(security, text).some((f) => f.rule === 'security/key-location' && f.severity === 'block')).toBe(true)
  })
  it.each([
    'プレミアム商品券は、市役所1階の窓口で販売しています。',
    '当選された方の商品券は、封筒に入れて3月10日以降に郵送します。',
    '商品券は、2番目の窓口でお渡しします。',
    '柳川信用金庫の窓口で現金をお支払いください。',
    '売上金は金庫で保管しています。',
    '現金は、毎日14時に回収します。',
    '図書カードは、応募用紙と一緒に受付の箱に入れてください。',
    'パンフレットは入口の棚の上から2段目に置いています。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security: a login ID given and the password told by it (blind R350K-019 kind)', () => {
  // Kind: the ID's value, then the password said the same as it, nearly so, or the ID with something added (パスワードもほぼ同じで末尾に…,
  // パスワードはIDと同じ, パスワードはそれの後ろに…): the ID gives the password away. Hard negatives: the password sent apart, advice not to
  // make it the same, an ID with no value, 同じ before a noun (同じ封筒).
  it.each([
    '配水ポンプの管理画面、ユーザー名は suido_admin です。パスワードはIDと同じです。',
    '新しい予約端末、IDは kanri2025、パスワードはそれの後ろに!を付けただけなので覚えやすいです',
    '倉庫の在庫システムはIDが soko07 でパスワードもいっしょ。',
    '防災無線の設定画面、ログインIDは bousai_yngw、パス​ワードもほとんど同じで最後に1が付くだけです',
  ])('blocks %s', (text) => {
    expect(findingsOf(security, text).some((f) => f.rule === 'security/credential' && f.severity === 'block')).toBe(true)
  })
  it.each([
    'ログインIDは yanagawa01 です。パスワードは別途郵送でお知らせします。',
    'IDは kanri01 のように課の名前と番号です。パスワードはIDと同じにしないでください。',
    'IDは A1234567、パスワードは同じ封筒に入っている通知書をご覧ください。',
    'ログインIDは yanagawa01 です。パスワードはIDとは別のものを設定してください。',
    '利用者IDは会員番号です。パスワードもIDと同じです。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security: the factory value kept told as a habit and its risk (blind KT-027 kind)', () => {
  // Kind: パスワードを購入時のまま使っていると、…おそれがあります: a condition and the danger it brings, told to anyone; no device of the city's
  // said to be so. Hard negatives (kept as weaknesses): a city site's device said kept, with なので; a bare statement of the state.
  it.each([
    '防犯カメラのパスワードを初期設定のまま使っていると、映像を盗み見られる危険があります。',
    'ネットワークカメラのパスワードをデフォルトのままにしておくと、乗っ取られる可能性があります。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    '本庁舎のルーターのパスワードは購入時のままなので、書き換えられるおそれがあります。',
    '録画機のパスワードは初期設定のままです。',
  ])('blocks %s', (text) => {
    expect(findingsOf(security, text).some((f) => f.rule === 'security/weakness' && f.severity === 'block')).toBe(true)
  })
})

describe('security: wave-68 kinds (blind R357E-008, R358F-005, R358F-042; wave 3 R355C-007, R355C-028)', () => {
  // Kinds: the days or hours nobody goes round (だれも回れていません); a hiding spot told to search to open a locked place with no word 鍵;
  // a login given as a screen's two fields; a staff pass photographed front and back; a camera turned away from a named spot by works.
  it.each<[string, string]>([
    ['公民館の見回りは平日の昼間だけで、夜間と休日は誰も見に行けていません。', 'security/guard-schedule'],
    ['水門の巡回は月曜と木曜だけで、週末はだれも回っていません。', 'security/guard-schedule'],
    ['集会所の通用口を開けたい場合は、入口脇の植木鉢の下をのぞいてみてください。', 'security/key-location'],
    ['物置を急いで開けたいときは、裏の室外機の後ろにある箱の中を探してください。', 'security/key-location'],
    ['新しい端末、上の枠に kanri03、下の枠に Ab12cd! を入れればログインできます。', 'security/credential'],
    ['放送卓の入り方です。名前の欄は hoso02、その下の欄は Kp#5521x です。', 'security/credential'],
    ['入館カードが新しくなりました。両面を撮ってみました📷', 'security/access-pass'],
    ['届いたばかりの職員証、表と裏をパシャリ✨', 'security/access-pass'],
    ['改修工事で防犯カメラの角度がずれ、北側の駐輪場は写っていない状態です。', 'security/weakness'],
  ])('blocks %s', (text, rule) => {
    expect(findingsOf(security, text).some((f) => f.rule === rule && f.severity === 'block')).toBe(true)
  })
  it.each([
    '見回りは地域のみなさんと一緒に行います。土日は誰でも参加できます。',
    '防犯パトロールは平日に行っています。土日も誰も困らないよう連絡体制を整えています。',
    '倉庫を開けたいときは、事務所の職員にお声がけください。',
    'テントを使いたいときは、倉庫の奥を探してください。',
    'ふたを開けたいときは、箱の下を押してください。',
    '申請画面の名前の欄は氏名、その下の欄は住所を書いてください。',
    'ログイン画面の名前の欄は職員番号、その下の欄はパスワードを入力してください。',
    '職員証の表裏をSNSに載せないでください。',
    '職員証用の写真撮影を行います。裏面に所属を記入してください。',
    '防犯カメラの点検工事のため、明日は駐車場が映りません。',
    '住宅が映らないよう、防犯カメラの向きを変えました。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security: パス spelt in hiragana before its value (blind R356D-008 kind)', () => {
  it.each([
    '研修用のメモ📝\nぱ す → Hoken#3321',
    '研修の端末、ぱすは Ygw_5512 です',
  ])('blocks %s', (text) => {
    expect(findingsOf(security, text).some((f) => f.rule === 'security/credential' && f.severity === 'block')).toBe(true)
  })
  it.each([
    'いっぱすぎて困る',
    'ぱすたを作りました。',
    'ぱす 2 回で次の人へ',
    'ぱすは 3回までです',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security: the takings put away at an hour, the verb left out after へ (blind R362K-002 kind)', () => {
  it.each([
    '売上金は毎晩21時に事務所の金庫へ。翌朝、職員が銀行に運びます。',
    '釣り銭は閉会後の17時に本部テントの手提げ金庫へ。',
  ])('blocks %s', (text) => {
    expect(findingsOf(security, text).some((f) => f.rule === 'security/key-location' && f.severity === 'block')).toBe(true)
  })
  it.each([
    '現金は金庫へ。',
    '寄付金は全額、社会福祉協議会へ。ありがとうございました。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security: the counter\'s check of a paper skipped and the paper handed out all the same (blind R362K-022 kind)', () => {
  it.each([
    '忙しい日は、本人確認書類はいちいち確認しないで証明書をお渡ししています。',
    '代理の方でも、委任状の日付まではろくに見ずに交付しちゃってます。',
  ])('blocks %s', (text) => {
    expect(findingsOf(security, text).some((f) => f.rule === 'security/weakness' && f.severity === 'block')).toBe(true)
  })
  it.each([
    '代理の方が請求される場合は、委任状と本人確認書類を必ずお持ちください。確認せずに交付することはありません。',
    '委任状を見ないで提出するのはやめましょう。',
    '本人確認書類の確認をしてから、証明書をお渡しします。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security: the days, then the hour after which no one goes round (blind R366P-010 kind)', () => {
  it.each([
    '河川敷の夜間パトロールは、週末は23時を過ぎるとだれも見回っていません。',
    '公園の見回りですが、平日は0時以降は誰も回れていないのが実情です。',
  ])('blocks %s', (text) => {
    expect(findingsOf(security, text).some((f) => f.rule === 'security/guard-schedule' && f.severity === 'block')).toBe(true)
  })
  it.each([
    '夜間パトロールのおかげで、土日は誰も被害に遭っていません。',
    '防犯パトロールの参加者を募集しています。土日は誰もが参加できます。',
    '夜間パトロールにご協力ください。休日は22時を過ぎると誰もいない公園もあります。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.rule === 'security/guard-schedule')).toEqual([])
  })
})

describe('security: a staff login\'s first password told as a word before a fact, after the ID (blind R368R-003 kind)', () => {
  it.each([
    '勤怠システムにはじめて入るときは、IDが職員番号、パスワードは「ygw」のあとに生年月日8桁をつなげたもので入れます。',
    '庁内ポータルにログインするときは、ユーザー名は職員番号、初回は tanaka のあとに内線番号を続けて入力してください。',
  ])('blocks %s', (text) => {
    expect(findingsOf(security, text).some((f) => f.rule === 'security/credential' && f.severity === 'block')).toBe(true)
  })
  it.each([
    '電子申請にログインするときは、利用者番号のあとに生年月日を続けて入力してください。',
    'イベント会場に入るときは、受付で「yanagawa」のあとに整理券を見せてください。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.rule === 'security/credential')).toEqual([])
  })
})

describe('security: a way in told by the facts it is made of (blind R368R-009, R368R-042 kinds)', () => {
  it.each([
    '倉庫の扉はテンキー式です。内線番号のあとに*を押せば開くので、鍵はいりません。',
    '夜間の通用口は、横のパネルで職員番号を入力すると開きます。',
    'リモート接続の認証アプリが使えない日は、職員番号と誕生日の4桁でもログインできるようにしています。',
  ])('blocks %s', (text) => {
    expect(findingsOf(security, text).some((f) => f.rule === 'security/credential' && f.severity === 'block')).toBe(true)
  })
  it.each([
    'グループウェアには職員番号でログインできます。',
    '図書館のマイページには、利用者番号と生年月日でログインできます。',
    '正面玄関のドアは、誕生日でも入れるように朝8時半から開いています。',
    '通用口のテンキーに誕生日や電話番号を使うのは避けてください。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.rule === 'security/credential')).toEqual([])
  })
})

describe('security: an entry pass handed over for a name said (blind R368R-019 kind)', () => {
  it.each([
    '職員証を忘れても、受付で名前を言えば入館証を出してもらえます。',
    '守衛さんに所属を言えば、カードキーを貸してくれますよ。',
  ])('blocks %s', (text) => {
    expect(findingsOf(security, text).some((f) => f.rule === 'security/weakness' && f.severity === 'block')).toBe(true)
  })
  it.each([
    '雨の日は、受付で名前を言えば傘を貸してもらえます。',
    '入館証は、身分証を提示していただいたうえでお渡しします。',
    '図書館カードは、窓口で申込書を書けばその場で作れます。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.rule === 'security/weakness')).toEqual([])
  })
})

describe('security: the order of the keys told after the pressing (blind R368R-056 kind)', () => {
  it.each([
    '書庫の扉のボタン錠、押す順番を変えました。今は 三・五・〇・二 の順です。',
    '倉庫のドアのテンキー、押す順は 4-8-1-6 になりました。',
  ])('blocks %s', (text) => {
    expect(findingsOf(security, text).some((f) => f.rule === 'security/credential' && f.severity === 'block')).toBe(true)
  })
  it.each([
    'エレベーターのボタンを押す順番は、一・二・三階の順です。',
    '避難訓練では、非常ボタンを押す順番と通報の流れを確認しました。',
    '入口の受付機でボタンを押す順番は、画面の案内どおりです。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.rule === 'security/credential')).toEqual([])
  })
})

describe('security: a resident living alone and the hours no one else is there (blind R371U-015 kind)', () => {
  it.each([
    '見守りボランティアの皆さんへ。蒲池地区の一人暮らしのおばあちゃん（90）は毎週金曜の午後に伺います。平日は家族さんが仕事で夕方まで留守です。',
    '訪問予定：独居の男性（82）、隔週月曜10時。訪ねてくる人はほとんどいないそうです。',
  ])('blocks %s', (text) => {
    expect(findingsOf(security, text).some((f) => f.rule === 'security/unguarded-place' && f.severity === 'block')).toBe(true)
  })
  it.each([
    '一人暮らしの高齢者の見守り訪問を、毎週火曜に民生委員が行っています。日中ご家族が不在の方は、お気軽にご相談ください。',
    '一人暮らしの方を狙う詐欺が増えています。日中は家族が不在でも、知らない人を家に入れないでください。毎週水曜14時から相談会を開いています。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('security: a camera gap said with 全然 (blind R372V-055 kind)', () => {
  it.each(['公園の防犯カメラ、実は裏の駐車場のあたりは全然映っていません。'])('blocks %s', (text) => {
    expect(findingsOf(security, text).some((f) => f.rule === 'security/weakness' && f.severity === 'block')).toBe(true)
  })
  it.each(['防犯カメラを増設し、駐車場も全然問題なく映るようになりました。'])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.rule === 'security/weakness')).toEqual([])
  })
})

describe('security: a site empty of staff at set hours and a way in shut by a chain alone (blind R376Z-016 kind)', () => {
  it.each([
    ['閉館後、図書館には職員が一人もいません。', 'security/guard-schedule'],
    ['倉庫の扉はロープで縛ってあるだけです。', 'security/weakness'],
    ['通用門は針金で留めとるだけやけん。', 'security/weakness'],
    ['裏口はチェーンしか掛けていません。', 'security/weakness'],
  ])('blocks %s', (text, rule) => {
    expect(findingsOf(security, text).some((f) => f.rule === rule && f.severity === 'block')).toBe(true)
  })
  it.each([
    '当日はスタッフが一人もいない時間帯はありません。',
    '応募者がひとりもいない場合は中止します。',
    '倉庫の扉はチェーンを掛けるだけで簡単に固定できます。',
    '門扉はチェーンを掛けているだけでは不十分です。南京錠も使いましょう。',
    '倉庫のシャッターはチェーンを掛けているだけでなく、南京錠もかけています。',
    '展示室の入口にはロープを張ってあるだけです。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('security: the note in the photo said to be the passwords, and an alarm silenced with a code on its panel (blind R378B-039, R380D-005 kinds)', () => {
  const blocking = (text: string) => findingsOf(security, text).filter((f) => f.severity === 'block')
  it.each([
    // R378B-039 kind: the note as the subject, said with the copula to be the secret, the word spaced out or not
    '受付の様子です。ちなみにパソコンに貼ってあるメモが窓口端末の パ ス ワ ー ド です笑',
    'デスク周りを公開！右端の付箋がみんなのパスワード一覧なんです。',
    // R380D-005 kind: a device's alarm stopped by a code keyed on its panel
    '薬品庫の冷蔵庫、アラームが鳴ったら操作パネルで 8 2 5 1 を押せば止まります。',
    '夜中に機械室のアラームが鳴ったときは、操作パネルに 3062 を入力すると止まります。',
  ])('blocks %s', (text) => {
    expect(blocking(text).length).toBeGreaterThan(0)
  })
  it.each([
    'パスワードを付箋に書いてモニターに貼らないでください。',
    '付箋が足りなくなったので、事務用品を注文しました。',
    'メモがパスワード変更のお知らせです。',
    'アラームが鳴ったら、操作パネルの停止ボタンを押してください。',
    'スマホのアラームは 6 時 30 分にセットしています。',
    'アラームが鳴ったら、すぐに 119 を押して通報してください。',
  ])('passes %s', (text) => {
    expect(blocking(text)).toEqual([])
  })
})

describe('security: where cash is handed over, with how few staff and until when (blind R378B-050 kind)', () => {
  it.each([
    'バザーの売上の現金の受け渡しは2階の和室で行います。当日は職員1人だけで、17時以降は誰もいません。',
    '保育料の現金の受け取りは支所の奥の部屋でやります。当日は職員2人だけで、16時には守衛さんも帰ります。',
  ])('blocks %s', (text) => {
    expect(findingsOf(security, text).some((f) => f.rule === 'security/guard-schedule' && f.severity === 'block')).toBe(true)
  })
  it.each([
    '現金の取り扱いには十分ご注意ください。窓口の受付時間は17時までで、職員2人だけで対応しています。',
    '現金の受け取りは本庁舎1階の会計窓口で行います。受付は9時から17時です。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity === 'block')).toEqual([])
  })
})

describe('security: a key spot told by the way walked into a room and on from its door (blind R373W-033 kind)', () => {
  it.each([
    '倉庫の鍵は、倉庫に入ってすぐ右の棚の上の箱に入れています。',
    '集会所の鍵は、管理棟に入って正面の下駄箱の奥にあります。',
  ])('blocks %s', (text) => {
    expect(findingsOf(security, text).some((f) => f.rule === 'security/key-location' && f.severity === 'block')).toBe(true)
  })
  it.each([
    '鍵は事務室に入って右の金庫に保管しています。',
    '会議室の鍵は、事務室に入って左の窓口でお受け取りください。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity === 'block')).toEqual([])
  })
})

describe('security: what lets someone in or take something, told in plain words (blind R381E kinds)', () => {
  const blocks = (text: string, rule: string): boolean => findingsOf(security, text).some((f) => f.rule === rule && f.severity === 'block')
  const clean = (text: string): void => {
    expect(findingsOf(security, text).filter((f) => f.severity === 'block' || f.severity === 'warn')).toEqual([])
  }
  // Blind R381E-026 kind: a network's key named 鍵 or カギ, its value in any spelling.
  it.each([
    'ネットワーク「yng-soumu」の鍵は『Soumu＃2026』やけん、新人さんにも伝えといてね。',
    '事務所の無線LANにつなぐとき、カギって h o r i w a r i 2 0 2 6 だよ',
    '会議室のWi-Fi「yng-kaigi」が切れたら、鍵は ｋ ａ ｉ ｇ ｉ ０ ９ ４ ４ を入れ直してください。',
  ])('blocks a network key named 鍵: %s', (text) => {
    expect(blocks(text, 'security/credential')).toBe(true)
  })
  it.each([
    'Wi-Fiの鍵マークが付いているネットワークは、パスワードが必要です。',
    '無料Wi-Fi（Yanagawa_Free_Wi-Fi）はパスワード不要です。鍵のマークがないネットワークを選んでください。',
    'Wi-Fiルーターを置いている部屋の鍵は総務課で管理しています。',
  ])('passes %s', clean)
  // Blind R381E-003 kind: a staff login told as a staff fact with a literal put after it or joined by a plus sign.
  it.each([
    '来月から財務システムのログインが新しくなります。職員番号の頭に「zm」を付けるだけです。',
    '窓口端末の入り方、変わりました。社員番号の後ろに「kanko」を足したものです。',
    '勤怠システムは明日から、職員番号 + kintai で入ってください。',
  ])('blocks a login made of a staff fact: %s', (text) => {
    expect(blocks(text, 'security/credential')).toBe(true)
  })
  it.each([
    'ログインIDは職員番号の頭に「y」を付けたものです。',
    'メールアドレスは職員番号のあとに「@yng.jp」を付けた形になります。',
    'マイページのログインは、ご自身の生年月日のあとに「mp」を付けてください。',
    'パスワードの作り方の悪い例：生年月日のあとに「abc」を付けるなど。',
  ])('passes %s', clean)
  // Blind R381E-010 kind: an office's inner room said to be left empty for a time told.
  it.each([
    '明日は課内研修のため、14時から16時まで事務室には誰もいなくなります。',
    '明日は13時から15時まで研修です。奥の係の部屋もその間は無人になります。',
    '土曜日は12時以降、2階の書庫も無人になります。',
  ])('blocks a room left empty at set hours: %s', (text) => {
    expect(blocks(text, 'security/guard-schedule')).toBe(true)
  })
  it.each([
    '明日13時から15時まで、市民課窓口は職員研修のため休止します。お急ぎの方は支所をご利用ください。',
    '午後は窓口の混雑が予想されます。お時間に余裕をもってお越しください。',
    '会議室は13時から15時まで誰もいませんので、ご自由にお使いください。',
    '昨日は停電で、15時ごろ事務室に誰もいなくなりました。',
    '退庁時に部屋に誰もいない場合は、必ず消灯してください。',
  ])('passes %s', clean)
  // Blind R381E-031 kind: an office's own camera, named bare, said not to film a spot of the room.
  it.each([
    'ロビーのカメラは正面玄関しか向いていないので、奥の待合スペースは映っていません。',
    '庁舎のカメラは入口の方を向いているので、奥のカウンターは映りません。',
  ])('blocks an office camera gap: %s', (text) => {
    expect(blocks(text, 'security/weakness')).toBe(true)
  })
  it.each([
    '館内は防犯カメラ作動中です。',
    '窓口のカメラは顔が映らないように設置しています。',
    '配信用カメラは演台を向いているので、客席は映りません。',
    '会議室のカメラは正面のスクリーンを向いているので、後ろの席は映りません。',
  ])('passes %s', clean)
  // Blind R381E-059 kind: cards, forms or vouchers moved on a set day or hour, or by so few staff.
  it.each([
    '証明書用紙は毎月第1月曜の朝に、職員1人で本庁から支所へ運んでいます。',
    'プレミアム商品券は、毎週月曜の10時に銀行から本庁へ職員2名で輸送しています。',
    '交付前のカードは毎朝8時半、職員1人が金庫から窓口へ運びます。',
  ])('blocks valuables moved on a schedule: %s', (text) => {
    expect(blocks(text, 'security/guard-schedule')).toBe(true)
  })
  it.each([
    'マイナンバーカードは、毎週火曜と木曜の9時から17時に市民課窓口でお渡ししています。',
    'マイナンバーカードの交付通知書は、準備が整い次第郵送します。',
    'プレミアム商品券は、毎週月曜の10時から市内の郵便局で販売します。',
    'パスポートは毎週水曜に県の旅券センターから届きます。',
  ])('passes %s', clean)
})

describe('security: a camera angle, a keypad order, dummies at spots, cash collected, nobody left on (blind R389N/R390P kinds)', () => {
  const blocks = (text: string, rule: string): boolean => findingsOf(security, text).some((f) => f.rule === rule && f.severity === 'block')
  const clean = (text: string): void => {
    expect(findingsOf(security, text).filter((f) => f.severity === 'block' || f.severity === 'warn')).toEqual([])
  }
  // Blind R390P-003 kind: a spot out of the camera's angle, the camera qualified by its time (今のカメラ, 現在の防犯カメラ).
  it.each([
    '体育館の裏の通路は、今の防犯カメラの画角に入っていません。',
    '自転車の盗難が続いています。南側の植え込みの奥は現在のカメラの撮影範囲外です。',
  ])('blocks a camera gap: %s', (text) => {
    expect(blocks(text, 'security/weakness')).toBe(true)
  })
  // Blind R390P-034 kind: a keypad's code told as the order of the keys, no pressing verb.
  it.each([
    '倉庫のボタンキーは、来月から 五・一・八・六 の順になります。',
    '資料室のドアのテンキー、4-0-7-2 の順番に変わりました。',
  ])('blocks a key order told: %s', (text) => {
    expect(blocks(text, 'security/credential')).toBe(true)
  })
  // Blind R390P-045 kind: the spots of the watch cameras, or a count of them, said to be dummies.
  it.each([
    '公園に防犯カメラを4台設置しました。ただ、トイレ横と北口の2台は費用の関係で録画機能のないダミーです。',
    '駅前の防犯カメラのうち、駐輪場の1基は実はダミーなので映っていません。',
  ])('blocks dummies at spots: %s', (text) => {
    expect(blocks(text, 'security/weakness')).toBe(true)
  })
  // Blind R390P-020 kind: the takings collected on a set day or hour, or by so few staff, the collection as one word.
  it.each([
    '自動販売機の売上回収は、毎週金曜の15時に担当が1人で行います。',
    '料金箱の集金は毎日17時半に職員1名で回っています。',
  ])('blocks a cash collection schedule: %s', (text) => {
    expect(blocks(text, 'security/guard-schedule')).toBe(true)
  })
  // Blind R389N-019 kinds: nobody said to stay on at set hours; an unlocked door pointed to for lost property.
  it.each([
    '土曜日の公民館は、15時以降は誰も残っていません。',
    '夜間の集会所には、21時を過ぎるとだれも残らんけん。',
  ])('blocks a building left empty: %s', (text) => {
    expect(blocks(text, 'security/guard-schedule')).toBe(true)
  })
  it('blocks an unlocked door pointed to for lost property', () => {
    expect(blocks('体育館の勝手口は清掃業者の作業のため鍵をかけていないので、お忘れ物の方はそちらからお入りください。', 'security/weakness')).toBe(true)
  })
  it.each([
    '閉館後は、館内に誰も残っていないことを確認してから施錠します。',
    '21時の閉館時には、誰も残らないよう館内を見回ってください。',
    '防犯カメラの映像は、現在のカメラの仕様で30日間保存されます。',
    '駅前の防犯カメラのうち、駐輪場の2台はダミーではなく録画している本物です。',
    '商店街の防犯カメラを更新しました。以前は、ダミーも混ざっていましたが、今はすべて本物です。',
    'ダミーの防犯カメラではなく、本物を4台設置しました。',
    '受付番号は 三・一・五 の順にお呼びします。',
    '粗大ごみの回収は毎週月曜の朝8時までに出してください。',
    '売上回収の方法について、毎月の会議で話し合いました。',
    'お忘れ物は、平日9時から17時まで総務課でお預かりしています。',
  ])('passes %s', clean)
})

describe('security: a way in or a watch gap told in plain words (blind R393S/R394T kinds)', () => {
  const blocks = (text: string, rule: string): boolean => findingsOf(security, text).some((f) => f.rule === rule && f.severity === 'block')
  const clean = (text: string): void => {
    expect(findingsOf(security, text).filter((f) => f.severity === 'block' || f.severity === 'warn')).toEqual([])
  }
  // Blind R393S-006 kind: the watch camera said to be at one spot only, the spot first.
  it.each([
    '郷土資料館の2階は、階段の踊り場にしかカメラがありません。',
    '旧庁舎の倉庫は正面の扉の上にしか防犯カメラが付いていないので、裏の窓は見えません。',
  ])('blocks a camera at one spot only: %s', (text) => {
    expect(blocks(text, 'security/weakness')).toBe(true)
  })
  // Blind R393S-014 kind: one place of a watched site with no sensor.
  it.each([
    '公民館の機械警備は夜間だけですが、2階の和室のみ防犯センサーがありません。',
    '資料館の警備は機械警備です。別棟の書庫だけは、センサーが付いておりません。',
  ])('blocks an alarm gap: %s', (text) => {
    expect(blocks(text, 'security/weakness')).toBe(true)
  })
  // Blind R393S-014 kind: a lock's release keyed from a staff member's number (職員番号の下4桁のあと＃を押せば解除).
  it('blocks a release keyed from the staff number', () => {
    expect(blocks('書庫の電子錠は、職員番号の下4桁を押すと開きます。', 'security/credential')).toBe(true)
  })
  // Blind R393S-021 kind: a valuable's store told down to the shelf.
  it.each([
    '市の古文書は、書庫の右から3番目のスチール棚に保管しています。',
    '寄贈いただいた掛け軸は、収蔵庫の金庫の下段にしまってあります。',
  ])('blocks a valuable\'s shelf: %s', (text) => {
    expect(blocks(text, 'security/key-location')).toBe(true)
  })
  // Blind R394T-013/027 kind: the secret named by the way in, in a word that hides it; R394T-024: an account and its secret as a pair.
  it.each([
    '共有アカウントの入館の合言葉は kouhou-0944 です。',
    '管理画面：ユーザー名 yngw_koho\n入るときの文字列：Kawakudari#77',
    '委託業者さま向けの確認サイト、ログインは itaku01／Tst#2026 でお願いします。',
  ])('blocks a secret with its value: %s', (text) => {
    expect(blocks(text, 'security/credential')).toBe(true)
  })
  // Blind R394T-026 kind: a staff system's first password told as made of each one's fact; R394T-034: the temporary one after a reset.
  it.each([
    '人事給与システムの初回パスワードは、職員番号の下4桁です。',
    '庁内グループウェアの最初のパスワードは誕生日の4桁にしてあります。',
    'アカウントを再発行しました。仮のものは Kisaki_3310 です。',
    'パスワードをリセットしたので、新しいのは hori#5521 になります。',
  ])('blocks a password told without its value hidden: %s', (text) => {
    expect(blocks(text, 'security/credential')).toBe(true)
  })
  // Blind R394T-030 kind: 管理 romanised as the admin path.
  it('blocks an admin path in romaji', () => {
    expect(blocks('職員の皆さんは、管理画面 https://shinsei.example-city.jp/kanri/ からログインしてください。', 'security/admin-url')).toBe(true)
  })
  it.each([
    'パスワードは定期的に変更しましょう。',
    'パスワードを忘れた方は、新しいものを設定し直してください。英数字を組み合わせて12文字以上にしましょう。',
    '電子申請サービスのログインページはこちら：https://www.example-city.jp/login/',
    '白秋の直筆原稿は、温度と湿度を管理した収蔵庫で保管しています。',
    '展示室の右から2番目のケースに、白秋の自筆原稿を展示しています。',
    '会議資料は左から2番目の棚の上段に置いてあります。',
    '館内は防犯カメラ作動中です。',
    '防犯カメラは24時間作動しています。',
    'この公園は入口にしかトイレがありません。',
    '更衣室だけは防犯カメラを設置していません。',
    '図書館のマイページの初期パスワードは、ご自身の生年月日の8桁です。',
    '初期パスワードが生年月日の8桁のままになっていませんか？',
    '新しいiPhoneは iPhone16 です。初期化の方法もご紹介します。',
    '勤怠端末では、職員番号の下4桁を入力すると出勤の打刻ができます。',
    '入室の合言葉は「やながわ」です！こども探検隊のみなさん、図書館で待ってるね。',
    '道路管理課のページ https://www.example-city.jp/douro/kanri/ で通行止め情報をご確認ください。',
  ])('passes %s', clean)
})

describe('security: a site closed or unstaffed over given days with its alarm stopped (blind R430F-058 kind)', () => {
  it.each([
    '本館は9月20日から23日まで閉館し、警備システムも点検のため停止いたします。',
    '市民体育館は改修工事のため3月1日から31日まで休館します。期間中はセキュリティシステムも停止しています。',
    '年末年始（12月29日～1月3日）は北部公民館を閉館します。この期間は管理人が不在となり、機械警備も更新作業のため停止となります。',
  ])('blocks %s', (text) => {
    expect(findingsOf(security, text).some((f) => f.rule === 'security/weakness' && f.severity === 'block')).toBe(true)
  })
  it.each([
    '年末年始は12月29日から1月3日まで休館します。ご不便をおかけします。',
    '停電のため、3月2日の午前中は機械警備が停止する場合があります。',
    '機械警備の委託業者を募集します。期間は4月1日から翌年3月31日までです。',
    '夜間は機械警備を行っていますので、安心してご利用ください。',
    '8月13日から16日まで休館しますが、機械警備は停止していませんので、期間中も安心です。',
  ])('passes %s', (text) => {
    expect(findingsOf(security, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('security: the news that a code changed told with why, then the new value in any digits (blind R432H-011 kind)', () => {
  const blocked = (text: string) => findingsOf(security, text).some((f) => f.rule === 'security/credential' && f.severity === 'block')
  it.each([
    'サーバー室の暗証番号は、年度替わりに伴い先週変更しました。新しい番号は 七・二・九・一 です。',
    '書庫の入室コード、人事異動に合わせて変更しました。新しいコードは「さん・きゅう・いち・ろく」です。',
    '資料室の解錠番号が、鍵の交換工事にあわせて変わりました！新しい番号は「ぜろ・はち・ご・に」です。',
  ])('blocks %s', (text) => {
    expect(blocked(text)).toBe(true)
  })
  it.each([
    'パスワードの再設定の手順が、今回のシステム更新に合わせて変わりました。新しい手順は 4月1日 から適用です。',
    '暗証番号の入力画面、今回のシステム更新に合わせて変わりました。新しい画面は10秒で自動ロックされます。',
    'マイナンバーカードの暗証番号、今回の制度改正に合わせて変わりました！ 3回間違えるとロックされます。',
    '倉庫の入館番号、本日の点検に合わせて変わりました。詳しくは総務課までお問い合わせください。',
  ])('passes %s', (text) => {
    expect(blocked(text)).toBe(false)
  })
})

describe('security: an initial password given as the rule joining two facts (blind R432H-025 kind)', () => {
  const blocked = (text: string) => findingsOf(security, text).some((f) => f.rule === 'security/credential' && f.severity === 'block')
  it.each([
    '新規採用職員の皆さんへ。庶務システムの仮パスワードは、社員番号の後ろに誕生日の4桁を付けたものです。',
    '職員用グループウェアの初回ログインは、職員番号のあとに生年月日の8桁を入力してください。',
    '庁内の文書管理システム、初期パスワードは『内線番号の後に生年月日の西暦4桁』になっています。',
  ])('blocks %s', (text) => {
    expect(blocked(text)).toBe(true)
  })
  it.each([
    'パスワードは、職員番号のあとに生年月日を付けたものにしないでください。',
    '図書館のマイページの初期パスワードは、利用者番号のあとに生年月日の4桁です。',
    '初期パスワードは、職員番号のあとに届く通知書でお知らせします。',
    '初期パスワードの作り方は、新規採用職員研修でご説明します。',
  ])('passes %s', (text) => {
    expect(blocked(text)).toBe(false)
  })
})

describe('security: a secret told to change on a schedule, then the value of the present period (blind R438P-048 kind)', () => {
  const blocked = (text: string) => findingsOf(security, text).some((f) => f.rule === 'security/credential' && f.severity === 'block')
  it.each([
    'ロッカー室のドアコードは毎週金曜に切り替わるので、今週分は三・九・〇・六です。',
    '会議室のテンキー錠は、解除番号が月替わりになりました！来月分は 2 9 0 4 ですのでメモしておいてね。',
    '通用口の入室コードは毎月更新しとります。今月分は8・2・0・3やけん、よろしく。',
    '公民館の鍵箱の暗証は毎月1日に切り替えます。当月分は、五〇八二です。',
  ])('blocks %s', (text) => {
    expect(blocked(text)).toBe(true)
  })
  it.each([
    '職員の皆さんへ。庁内システムのパスワードは3か月ごとに変更してください。今回は7月末が期限です。',
    '書庫の電子錠の暗証番号は毎月1日に変わります。今月分は総務課の掲示板でお知らせしています。',
    '職員用ロッカーのパスワードは四半期ごとに変更しています。今回は2024年4月1日に変更しました。',
    'ネットバンキングの暗証番号は定期的に変えましょう。今月は「暗証番号を見直す月間」です。',
    'マイナンバーカードの暗証番号を変更したい方は、市民課窓口へ。本日は17時15分まで受け付けています。',
  ])('passes %s', (text) => {
    expect(blocked(text)).toBe(false)
  })
})

describe('security: some cameras, pinned by where they are, said not to record yet (blind R440R-015 kind)', () => {
  const blocked = (text: string) => findingsOf(security, text).some((f) => f.rule === 'security/weakness' && f.severity === 'block')
  it.each([
    '駅前広場の監視カメラ6台のうち、西口寄りの2台はまだ接続が終わっておらず、現在録画していません。',
    '公園に付けた見守りカメラ、うち駐輪場側の1台は電源工事待ちで、今のところ撮影できていない状態です。',
    '図書館の防犯カメラ5台のうち裏口の2台は、いまだ録画されていません。来週には直る予定です。',
  ])('blocks %s', (text) => {
    expect(blocked(text)).toBe(true)
  })
  it.each([
    '商店街の防犯カメラ8台のうち、3台はまだ録画できていませんでしたが、本日すべて稼働しました。',
    '市内の防犯カメラ120台のうち、8台はまだ録画できていません。順次対応しています。',
    '商店街に防犯カメラを8台設置しました。来月中旬から運用を始めます。',
  ])('passes %s', (text) => {
    expect(blocked(text)).toBe(false)
  })
})

describe('security: no staff said to be stationed at a named place for set hours (blind R442T-011 kind)', () => {
  const blocked = (text: string) => findingsOf(security, text).some((f) => f.rule === 'security/guard-schedule' && f.severity === 'block')
  it.each([
    '備蓄倉庫は、夜10時から朝6時までは管理人が常駐していません。',
    '旧北小学校の体育館は夜間、警備員も常駐しておらず無人となります。',
    '南部公民館は土日の17時以降は職員が常駐していないため、鍵は閉めています。',
  ])('blocks %s', (text) => {
    expect(blocked(text)).toBe(true)
  })
  it.each([
    '旧給食センターには、24時間職員が常駐しています。安心してお持ち込みください。',
    '受付は9時〜17時です。旧西部給食センターへのお持ち込みは時間内にお願いします。',
    '夜間は職員が常駐しておりませんので、お電話はつながりません。ご了承ください。',
    '本庁舎は24時間、警備員が常駐しています。',
  ])('passes %s', (text) => {
    expect(blocked(text)).toBe(false)
  })
})

describe('security: an unstaffed place given as why a service pauses is a notice of service hours (hard negatives of the R442T-011 kind)', () => {
  const blocked = (text: string) => findingsOf(security, text).some((f) => f.rule === 'security/guard-schedule' && f.severity === 'block')
  it.each([
    '物資を保管している旧東部倉庫は、20時から翌朝7時までは職員が常駐しておらず無人になります。',
    '公民館は毎週月曜の夜7時以降は誰もいないので、機材は置きっぱなしにしないでください。',
  ])('blocks %s', (text) => {
    expect(blocked(text)).toBe(true)
  })
  it.each([
    '支所は17時以降は職員が常駐しておりませんので、お電話はつながりません。ご了承ください。',
    '出張所は土日は誰もいませんので、窓口での受付はお休みです。',
    '大和支所は12時から13時までは職員が常駐しておりません。ご不便をおかけしますが、本庁へお問い合わせください。',
  ])('passes %s', (text) => {
    expect(blocked(text)).toBe(false)
  })
})
