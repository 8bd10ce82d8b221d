/**
 * rebuttal/argument — the phrase table, part 2 of 4 (4(5), 6(2)): phrases of counter-claims, denials, protests at the press,
 * self-justification and blame put back on critics, each with its conditions (`Phrase`: needsCriticism, notWithApology, unless …)
 * which keep the look-alikes clean: an apology or a correction in the paragraph, thanks or a fix, a worry reassured, a rumour or a
 * hoax set right, a finding told as such. The table is one check order (index.ts spreads the parts in turn), so its entries stay
 * in the order they had: regrouping them by kind would change which finding claims a span first. Kinds in this part:
 * TO_CRITIC, 市民に責任を転嫁する反論, 批判に対する弁明, BLAMES_COMPLAINANT, 批判を否定する反論, 苦情の原因を利用者に帰す反論, 苦情への弁明, 批判への反論, 報道や批判への反論,
 * 批判した相手への反論, 報道への反論, 報道への抗議, 批判を相手の比べ方のせいにする反論, 相手の誤りを指摘する反論, 報道や批判への抗議・反論, 苦情への反論・責任の否定, 批判に言い返す反論, 批判に対する反論,
 * 批判を言いがかりとする反論, 苦情に対する弁明, 報道への抗議・反論, 批判や発言を否定する反論, 相手の読み落としを指摘する反論, 批判を強く否定する反論, 批判を過剰反応とする反論, 批判や評判を否定する反論,
 * 批判を相手の理解不足とする反論, 苦情への言い返し, 責任を否定する弁明, 批判や情報を否定する表現, 苦情を利用者側の問題とする弁明.
 */
import { phrase } from '../../words'
import type { Phrase } from './context'
import { ASKER_REASSURED, BLAMES_COMPLAINANT, CITY_LISTENING, FAR_FROM_NOUN, FAR_FROM_VERDICT, FAULT_COMPLAINT_HEARD, GUIDE_LOOK, HELP_STEPS, INSTEAD, JUSTIFIED_BY, JUSTIFYING, JUST_IN_CASE, READ_COND, TO_CRITIC } from './context'

export const PHRASE_TABLE_2: Phrase[] = [
  // The critic asked to check the facts before posting, as a wish aimed at them: 発信される前に、まず事実を確かめて
  // いただきたい, 書き込む前にちゃんと調べてほしい (not 投稿する前に内容を確認しましょう／確認してください).
  // Blind R235I-058 kind: also with the noun and の before 前に and a polite wish in ますと, ると or たら (ご投稿の前に一度お調べいただけますと
  // 幸いです, 書き込みの前に確かめていただけると助かります): the critic still told to look it up first. Not a form's step (投稿の前に
  // サイズをご確認ください: ご確認 is not read here).
  // Blind R256M-060 kind: also the keigo request form (投稿される前に、よくお確かめいただきますようお願いいたします, 書き込まれる前に
  // お調べくださいますようお願いします): the critic still told to check first, however politely.
  {
    re: phrase(
      '(?:(?:発信|投稿|書き込み(?=の)|書き込|批判|コメント|レビュー|発言|ご意見|口コミ)(?:を)?(?:する|される|なさる|む|まれる|を書く|を言う|の)?|書く|言う|書かれる|言われる|おっしゃる|物を言う|ものを言う|文句を言う)前に[、,]?[^。！？!?\\n]{0,16}?(?:確かめ|確認(?:して|され|なさ)|調べ|お調べ|見て|ご覧になっ|足を運ん|来て)[^。！？!?\\n]{0,6}?(?:いただきたい|いただけ(?:ません|ますか|れば|ますと|ると|たら)|(?:いただき|いただけ|くださり|下さり|ください)ます(?:よう|ように)[、,]?(?:お願い|願い)|ほしい|欲しい|もらいたい|もらえ|願いたい|くれ|てよ|て[〜~ー！!])',
    ),
    ...TO_CRITIC,
    // (Not a site's rules to read before posting: 投稿される前に利用規約をお確かめいただきますようお願いいたします.)
    unless: phrase('規約|ルール|ガイドライン|利用上の注意|注意事項|マナー|ましょう|リテラシー|講座', 'u'),
  },
  // The resident's oversight suggested: お見落としだったのではないかと存じます, 見落とされたのでしょう,
  // 読み落とされたんじゃないですか (not お忘れではないですか？ a reminder).
  // Blind R227W-032 kind: the oversight put as the cause of what the complainant suffered, with ため, から or せい (収集されなかったのは、
  // …日付を見落とされたためではないでしょうか, 見逃されたからではないかと存じます, お見落としのためかと思われます).
  {
    re: phrase(
      '(?:お見落とし|お見逃し|お読み落とし|見落とされ|見逃され|読み落とされ|読み飛ばされ|ご確認漏れ|ご失念|失念され)(?:だった|された|ていた|てた|になった|になっていた|ていらっしゃった|ている|てる|た)?(?:の|ん|(?:の)?(?:ため|せい|から))?(?:では|じゃ|や)(?:ない(?:か|でしょうか|ですか|かな|かと)|ございませんか|ありませんか|なかろうか|なか(?:か|と|ですか|ろうか))|(?:お見落とし|ご失念|見落とされた|見逃された|読み落とされた|読み飛ばされた)(?:の)?(?:ため|せい)?(?:かと(?:存じ|思)|と(?:存じ|思われ)|でしょう|だったかと|だったのでしょう)',
    ),
    what: '市民に責任を転嫁する反論',
    instead: INSTEAD.justify,
    notWithApology: true,
  },
  // Round 42: the oversight or mistake named in a cleft with the critic as its focus (見落とされたのはお客様の方かと存じます,
  // 勘違いされているのはそちらのほうではないでしょうか, 読み違えたのはご本人です; not the city's own: 見落としていたのは当課です).
  {
    re: phrase('(?:見落とされ|見落とし|見逃され|読み落とされ|読み飛ばされ|勘違いされ|勘違いし|誤解され|思い違いをされ|思い違いされ|間違えられ|間違え|読み違えられ|読み違え|見間違えられ|見間違え|聞き間違えられ|聞き間違え|お間違え(?:になっ)?)(?:た|て(?:いる|いた|る|た|いらっしゃる|おられる))?(?:の)(?:は)[、,\\s]?(?:むしろ)?(?:お客様|お客さま|そちら|あなた|あなた様|ご本人|ご自身|投稿者|投稿された方|書き込まれた方|ご指摘の方|利用者|申請者|その方)(?:の方|のほう|様|さま|側|の側)?(?:かと|では|じゃ|です|でしょう|だと|と存じ|だった|でございます|ですよ|やろ)'),
    what: '市民に責任を転嫁する反論',
    instead: INSTEAD.justify,
    notWithApology: true,
  },
  // The opinions of those who did not take part refused (説明会に参加されなかった方のご意見まで責任は負いかねます, お読みにならなかった
  // 方のご不満にはお応えしかねます; not a disclaimer of loss: 盗難・紛失について責任を負いかねます).
  {
    re: phrase('(?:[一-龥ァ-ヺー]{1,6}(?:され|し|を|に|が)?)?(?:なかった|ない|ず|ていない|ておられない|ていらっしゃらない)(?:方|人|方々|皆さま|皆様)(?:の|から(?:の)?)(?:ご意見|意見|ご不満|不満|ご批判|批判|苦情|クレーム|お声|声|ご要望|ご指摘)(?:まで|には|について(?:は|まで)?|に対して(?:は|まで)?|は)[、,\\s]?[^。！？!?\\n]{0,8}?(?:責任(?:は|を|まで)?(?:負いかね|負えま|持てま|持ちかね|取りかね|取れま)|(?:お答え|お応え|対応|ご対応)(?:は|いたし|し|致し)?(?:かね|できかね|できません|いたしません|しません))'),
    ...TO_CRITIC,
    what: '批判に対する弁明',
    instead: INSTEAD.justify,
  },
  // A complaint's cause put on the complainant's own home or doing (聞こえにくいのは、ご自宅の窓を閉め切っているためかと思われます,
  // 届かないのはお客様の設定のせいです; answering a criticism; not a help page: つながりにくいときは…をお試しください).
  {
    re: phrase('(?:聞こえ|見え|つながり|繋がり|読み|使い|分かり|わかり|届き|映り|入り)?(?:にくい|づらい|ない|悪い|遅い|遅れる|遅れた|届かない|できない)(?:の|ん)(?:は)[、,\\s]?(?:おそらく|恐らく|たぶん|多分|単に|ひとえに)?[、,\\s]?(?:ご自宅|お宅|ご家庭|ご自身|お客様|お客さま|あなた|そちら|ご本人|お使い|ご利用)(?:の|で|が|側の|側で)[^。！？!?\\n]{0,24}?(?:ため|せい|から|ことが原因|ことによる|のが原因|ことによるもの|によるもの)(?:か|だ|で|です|でしょう|と思われ|と考えられ|と存じ|では|じゃ|やろ)'),
    ...BLAMES_COMPLAINANT,
    strongCriticism: true,
    unless: phrase(`${HELP_STEPS}|でも(?:お聞き|ご確認|確認|聞け|お聞きいただけ)|お知らせください`, 'u'),
  },
  // Blind R75A-120: the defect a complaint reports explained away as an effect of the complainant's own way of looking, taking or
  // using (お写真の撮り方で小さく見えているだけかと思います, ご覧になる角度でそう見えるだけです, お使いの端末の設定で崩れて表示されて
  // いるだけでは, お客様の保存方法の問題かと存じます): the complaint dismissed as the complainant's doing. The way is the complainant's
  // (an honorific owner: お写真, ご覧になる, お使いの, お客様の), and it is dismissed (…だけ, の問題, のせい), answering a criticism or
  // in a reply; not a tip (撮り方のコツ), not a help answer with a step to try (設定から拡大をお試しください), not the city's own photo.
  {
    re: phrase(
      '(?:お客様|お客さま|ご自身|ご自分|ご本人|そちら|あなた|お写真|お手元|お使い|ご覧にな|ご利用|ご家庭|ご自宅|お宅)[^。！？!?\\n]{0,12}?(?:方|かた|方法|仕方|環境|設定|角度|照明|加減|具合|機種|端末)(?:(?:の)?(?:問題|せい)(?:か|だ|で|です|でしょう|では|じゃ|やろ|やと|と思|と存じ|でございます)|(?:の(?:違い|関係|影響))?(?:で|によって|により|次第で|のせいで)[、,]?[^。！？!?\\n]{0,16}?(?:見え|感じ|感じられ|写っ|映っ|聞こえ|思え|表示され)(?:て(?:いる|いらっしゃる|おられる|る|い)|と(?:る|ー)?|ちょる|た|る)?(?:だけ|のみ)(?:か|だ|で|です|でしょう|では|じゃ|やろ|やと|と思|と存じ|でございます|ばい|たい))',
    ),
    ...BLAMES_COMPLAINANT,
    unless: phrase(`${HELP_STEPS}|お知らせください|コツ`, 'u'),
  },
  // Blind R175A-047: what the complainant saw, heard or felt put down to a circumstance in a cleft (実物が違って見えたのはタイミングの問題
  // かなと思います, 小さく感じられたのは座る位置のせいだと思います, 暗く写っていたのは天気の影響でしょう): the complaint dismissed as a matter of
  // when or where they looked, with no honorific owner. After a criticism received or in a reply; not with an apology, a fix or a tip.
  {
    re: phrase(
      '(?:見え|感じ|感じられ|聞こえ|思え|写っ|映っ)(?:た|る|ている|ていた|てた|てる)(?:の|ん)は[、,]?[^。！？!?\\n]{0,14}?(?:の問題|のせい|の違い|の関係|の影響|によるもの|だけ)(?:(?:かな|か|だ|や|では|じゃ)?と(?:思|存じ|考え)|です|でしょう|でございます|かと)',
    ),
    need: ['見え', '感じ', '聞こえ', '思え', '写っ', '映っ'],
    ...BLAMES_COMPLAINANT,
    strongCriticism: true,
    unless: phrase(`${HELP_STEPS}|コツ`, 'u'),
  },
  // Blind R302K-023 kind: the trouble a complaint reports put down to the complainant not having read, checked or noticed what the city
  // provided (迷われたのは、表示をご確認いただけなかったためではないかと存じます, お読みいただけていなかったためかと思います, ご覧に
  // ならなかったことが原因でしょう): the city defends itself and blames the reader. The cause is the reader's failure to look (ご確認,
  // お読み, ご覧, お気づき…いただけなかった / にならなかった) given as the reason, guessed in the writer's voice; in a reply or after a
  // criticism. Not a notice of what happens next (ご確認いただけなかったため、再送いたします: no guess), not a condition (ご確認いただけ
  // なかった場合は), not with an apology or a fix (分かりにくく…申し訳ありません, 表示を増やします).
  // Blind review kind (misc22): …or to the reader having overlooked or missed it, told in the honorific passive (迷われたのは、案内表示を
  // 見落とされたからだと存じます, お見落としになったためかと思います, 掲示を見逃されたのが原因でしょう): the same blame on the reader.
  {
    re: phrase(
      '(?:(?:ご確認|お読み|ご覧|お目通し|お気づき|お気付き|ご留意|お聞き|見て|読んで)(?:いただけ(?:て(?:い|お))?なかった|いただけていない|いただいていなかった|にならなかった|になっていなかった|になられなかった)|(?:見落とされ|お見落としになっ|お見落としになられ|見逃され|お見逃しになっ|見過ごされ|読み飛ばされ|読み落とされ|聞き逃され|聞き漏らされ)(?:た|ていた|ておられた))(?:の|こと)?(?:ため|から|せい|が原因)(?:では(?:ない|ございません)(?:か|でしょうか)|か(?:と|も|な)|だと|と(?:思|考え|存じ|推察)|です|でしょう|でございます)',
    ),
    need: ['なかった', 'ていない', '見落とさ', '見落とし', '見逃', '見過ごさ', '読み飛ばさ', '読み落とさ', '聞き逃さ', '聞き漏らさ'],
    ...BLAMES_COMPLAINANT,
    unless: phrase(`${HELP_STEPS}|お知らせください|場合`, 'u'),
  },
  // Blind R234M-056 kind: what the complainant met put down to their own chance visit or use (ご覧になった会場がたまたま少なめだったの
  // だと思います, お越しになった時間帯が偶然混み合っていたのかと存じます, ご利用になった日があいにく点検日だったのでしょう): the complaint
  // dismissed as bad luck on their side, the city's record left standing. Only after a criticism received (a reply may wish a visitor
  // luck: ご覧になった日はたまたま満開だったと思います); not with an apology or a fix, not a condition told (たまたま休館日だった場合は),
  // not the writer's own visit (私が伺った日はたまたま晴れていました), not sympathy (あいにくの雨).
  {
    re: phrase(
      '(?:ご覧にな|お越しにな|お立ち寄りにな|お訪ねにな|お見えにな|お使いにな|お求めにな|お買い求めにな|お乗りにな|お召し上がりにな|召し上が|いらっしゃ|いらし|来られ|行かれ|訪れられ|(?:ご)?(?:利用|来場|来館|参加|乗車|購入|注文)(?:にな|され))(?:った|た)[^。！？!?\\n]{0,12}?(?:が|は)[、,]?(?:たまたま|偶然|運悪く)[、,]?[^。！？!?\\n]{0,16}?(?:だった|でした|であった|かった|ていた|てた|ていらした)(?:だけ)?(?:の|ん)?(?:だ|では|じゃ|や|でしょう|ではないか)?(?:と(?:思|存じ|考え|推察)|かと|でしょう|かもしれ)',
    ),
    need: ['たまたま', '偶然', '運悪く'],
    ...BLAMES_COMPLAINANT,
    strongCriticism: true,
    orReply: false,
    unless: phrase(`${HELP_STEPS}|お知らせください|場合`, 'u'),
  },
  // Blind R115A-009: the fault a complaint reports put on the user's side in keigo (ご指摘の…不具合ですが、当方のシステムには問題はなく、
  // お客様の端末の設定によるものと考えております; ご利用者様の操作ミスが原因です; そちらのスマホの環境のせいやと思います): the cause
  // named as the complainant's own device, setting or operation. After a criticism or in a reply; not a help answer with a step to try
  // (設定画面からお試しください), not a condition told (お客様の端末の設定によっては), not denied (端末によるものではなく), not with an apology.
  // Blind R185A-063, R187I-060: also put as a question in any register (お使いのブラウザの問題じゃないですかね？, そちらの端末の設定が原因では
  // ないでしょうか) and on the receiving side named as such (届かなかったのは受信側の設定によるものと考えられます, 利用者側の環境が原因です).
  {
    re: phrase(
      '(?:お客様|お客さま|ご利用者|ご利用の方|利用者(?:様|さま)|ご自身|ご本人|そちら|あなた|お使い|お手元|(?:受信|受信者|受け手|利用者|ユーザー|端末|お客様|ご家庭)側)(?:の|側の|様の|さまの)?[^。！？!?\n]{0,10}?(?:端末|操作|設定|環境|使い方|使用方法|ご利用方法|入力|機種|スマホ|スマートフォン|ブラウザ|回線)(?:の|上の)?(?:不具合|問題|誤り|ミス|不備)?(?:によるもの|に(?:よる|起因する)(?:もの|不具合)|に起因|が原因|に原因|のせい|側の問題|の問題)(?!(?:では|じゃ)(?!(?:ない|ありません|ございません|なか)(?:です|でしょう|ですかね|でしょうかね)?(?:か|かね)?[？?]|(?:ない|ありません|ございません)(?:でしょう)?か(?:と|な|ね)?)|でな|とは限|の場合|かどうか|がない|はな|もあ)',
    ),
    need: ['端末', '操作', '設定', '環境', '使い方', '使用方法', '利用方法', '入力', '機種', 'スマホ', 'スマートフォン', 'ブラウザ', '回線'],
    ...BLAMES_COMPLAINANT,
    unless: phrase(`${HELP_STEPS}|ご確認いただ|お知らせください|手順|場合があります`, 'u'),
  },
  // Blind R115A-132: a criticism received (というコメントが多く寄せられていますが, とのご意見をいただきましたが, って言われとるけど) then
  // denied as the writer's confident belief with はず (味は変わっていないはずです, 質は落ちとらんはず, 問題はないはずです, 事実ではないはず):
  // the complaint refused without a check. Only after a criticism actually received; not a schedule told with no complaint (受付時間は
  // 変わっていないはずですが、念のため), not with an apology, a fix or a check promised (確認いたします).
  {
    re: phrase(
      '(?:変わって|変わっ|落ちて|落ち|悪くなって|悪くなっ|劣って|下がって|低下して|まずくなって|減って)(?:は)?(?:い|お|おり|と|ちょ)?(?:ない|ません|らん|ん|なか)(?:はず|筈)|変わらない(?:はず|筈)|(?:問題|事実|間違い|そんなこと|そのようなこと|そげなこと)(?:は|では|じゃ|も)(?:ない|ありません|ございません|なか)(?:はず|筈)',
    ),
    need: ['はず', '筈'],
    what: '批判を否定する反論',
    instead: INSTEAD.justify,
    notWithApology: true,
    alsoNeeds: phrase('(?:という|との|って|っていう)(?:ご|お)?(?:コメント|意見|声|書き込み|投稿|口コミ|クチコミ|レビュー|苦情|指摘|批判)(?:が|を|も)[^。！？!?\n]{0,6}?(?:寄せられ|いただ|頂|届|あり|相次|もら|殺到)|(?:って|と)(?:言われ|書かれ)|ご指摘|ご批判|批判|お叱り|苦情|クレーム|ご不満|不満の声|とのこと', 'u'),
    notWithRemedy: true,
    unless: phrase('確認(?:いたし|し)ます|確認してまいり|確認させて|お調べ|調べ(?:ます|てみます)|調査(?:いたし|し)ます|念のため|確かに|たしかに', 'u'),
  },
  // The critic told they would know if they had looked it up (少し調べればわかることかと思います, ちょっと確認すれば分かる話です,
  // 募集要項を読めばお分かりになるはずです; after a criticism or in a reply; not a guide: 下の表を見ればわかるようになっています).
  // A guide in the honorific with no adverb and a polite guess (こちらのページをご覧いただければお分かりになると思います, answering a
  // question) is the next entry's: it is a rebuttal only where a criticism is answered.
  {
    re: phrase(`(?:(?:少し|すこし|ちょっと|よく|普通に|一度|きちんと|ちゃんと)[、,\\s]?|[、,\\s]?(?!${GUIDE_LOOK}))(?:調べれ|お調べになれ|お調べいただけれ|確認すれ|ご確認いただけれ|読め|お読みになれ|お読みいただけれ|見れ|ご覧になれ|ご覧いただけれ|考えれ|検索すれ|ググれ)ば(?:すぐ(?:に)?|簡単に|誰でも|どなたでも)?(?:わか|分か|お分かりにな|お分かりいただけ|ご理解いただけ)(?:る|ります)(?:こと|話|はず|内容|もの|かと|と思|でしょう)(?!${JUST_IN_CASE})`),
    ...TO_CRITIC,
  },
  // Blind (a colleague's find): the same look in the honorific, with no adverb, and the reader said to understand in the honorific with
  // a polite guess (資料をご覧いただければお分かりになるかと思います): a guide in answer to a question (ご質問ありがとうございます。…
  // こちらのページをご覧いただければお分かりになると思います), so a rebuttal only where a criticism is answered (とのご意見ですが, ご指摘).
  {
    re: phrase(GUIDE_LOOK),
    ...TO_CRITIC,
    orReply: false,
  },
  // The complaint put down to the critic not having seen or tried it: それは最後まで見てないからだっパ,
  // そう感じられるのは実際に乗っていらっしゃらないからかと (to a critic).
  {
    re: phrase(
      '(?:それは|それ|そりゃ|そら|そう(?:思う|感じる|思われる|感じられる|おっしゃる|言う|思っちゃう)のは)[、,]?\\s?[^。！？!?\\n]{0,10}?(?:見て|読んで|聞いて|来て|食べて|乗って|使って|試して|体験して|ご覧になって|お読みになって|お越しになって|召し上がって|ご確認になって|ご利用になって)(?:い|お|ら)?(?:ない|なかった|ません|ねえ|ん|なか|らっしゃらない|らっしゃらなかった)(?:から|せい|ため|だけ)',
    ),
    ...TO_CRITIC,
  },
  // A complaint's cause put on the users: 皆さまが一斉にお越しになることが主な原因です, 混雑の原因は来場者のマナーに
  // あります (answering a complaint; not a congestion notice that asks people to come by bus).
  {
    re: phrase(
      '(?:皆さま|皆様|皆さん|みなさん|みなさま|利用者|ご利用者|来場者|来庁者|来館者|来園者|お客様|お客さま|市民の方|住民の方|ご利用の方|利用される方|申請者|受診者|参加者|乗船客|観光客|お越しの方|来られる方|お越しになる方|ご来場の方|一部の方|一部の利用者|一部の人)(?:の|が|による|側の|側に)[^。！？!?\\n]{0,30}?(?:こと|の|ため|から|せい|マナー|集中|利用)(?:が|も|こそ|に)?(?:主な|一番の|最大の|大きな|根本的な|本当の|そもそもの|直接の)?(?:原因|要因)(?:です|でございます|であり|である|だ[。！!]|と考え|と思われ|かと|なので|ですので|とみられ|と見られ|でしょう|やけん|たい|と存じ|なんです|なんよ|なんだ|なの(?:です|よ))|(?:原因|要因)(?:は|の多くは|の大半は|の一つは)[、,]?[^。！？!?\\n]{0,20}?(?:皆さま|皆様|皆さん|みなさん|みなさま|利用者|ご利用者|来場者|来庁者|来館者|来園者|お客様|お客さま|市民の方|住民の方|ご利用の方|利用される方|申請者|受診者|参加者|乗船客|観光客|お越しの方|来られる方|お越しになる方|ご来場の方|一部の方|一部の利用者|一部の人)(?:の|が|側)[^。！？!?\\n]{0,24}?(?:にあります|にございます|にある(?:と|。|$)|ことです|ことでございます|ためです|からです|せいです)',
    ),
    what: '苦情の原因を利用者に帰す反論',
    instead: INSTEAD.justify,
    notWithApology: true,
    needsCriticism: true,
    notWithRemedy: true,
  },
  // An excuse answered to a complaint with a plea to accept it: その点はご理解いただきたいと思います,
  // そこはわかってほしいです, 停電の中ではやむを得ない対応でした.
  {
    re: phrase(
      '(?:その点|そこ|その辺|そのへん|そのあたり|その辺り|この点|事情|諸事情|その事情|そうした事情|こうした事情|状況)(?:は|を|について(?:は)?|も|に(?:つきましては|ついては))[、,]?(?:どうか|ぜひ|何卒|なにとぞ|ぜひとも|ちょっと)?(?:ご)?(?:理解|了承|納得|わかって|分かって|察して)(?:いただきたい|いただきたく|して(?:いただきたい|いただきたく|ほしい|欲しい|もらいたい|ください|下さい)|願いたい|ください|下さい|ほしい|欲しい|もらいたい|くれ|よ)|(?:仕方(?:が|の)?な|しかたな|しょうがな|どうしようもな)(?:い|かった)(?:こと|もの)?(?:です|でした|だった|でしょう|なんです|んです|のです|と(?:ご理解|思って|考えて))',
    ),
    what: '苦情への弁明',
    instead: INSTEAD.justify,
    notWithApology: true,
    needsCriticism: true,
    notWithRemedy: true,
  },
  // The charge itself denied, emphatically, after it is echoed: 遅れは一切ありません, ぜんぜん汚くないっパ,
  // 手抜きなんかしてない, 決して不公平ではございません (answering criticism).
  {
    re: phrase(
      '(?:遅れ|不備|ミス|漏れ)(?:は|など|なんて|なんか)(?:一切|全く|まったく|何ら|なんら|決して|ひとつも|一つも|少しも|全然|ぜんぜん|いっさい)(?:ありません|ございません|ない|なか|ねえ|して(?:い|お)?(?:ません|ない|りません)|しとらん)|(?:全然|ぜんぜん|ちっとも|少しも|これっぽっちも)(?!迷惑|めいわく|恥|はず|心配|怖|こわ|難し|むずかし|痛|いた|遠慮|問題|大丈夫|気に|甘え|無駄|だめ|ダメ|遅くな|おそくな)[^。！？!?\\n、]{1,6}?(?:くない|くなか|くありません|くございません|くねえ|くは(?:ない|ありません)|じゃない|じゃなか|ではない|ではありません|ではございません|やない|やなか|なんか(?:じゃ|では)?ない)',
    ),
    what: '批判への反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    needsCriticism: true,
  },
  // An accusation denied emphatically, to a critic: 選考に不公平など一切ございません, 手抜きなんか全然しとらん.
  {
    re: phrase(
      '(?:手抜き|手落ち|不正|えこひいき|ひいき|放置|怠慢|不公平|隠ぺい|隠蔽|ごまかし|癒着|忖度)(?:は|など|なんて|なんか)(?:一切|全く|まったく|何ら|なんら|決して|ひとつも|一つも|少しも|全然|ぜんぜん|いっさい|断じて)(?:ありません|ございません|ない|なか|ねえ|して(?:い|お)?(?:ません|ない|りません)|しとらん|いたしておりません)',
    ),
    what: '批判への反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    needsCriticism: true,
    orReply: true,
  },
  // Blind R224T-024 kind: the same said as not grounded on the facts (記事の指摘は当日の実情を踏まえたものとは言えません).
  // The press said to misrepresent: 実態を正しく表したものとは言えません, 当該記事は実態を正確に反映したものではない,
  // この比較は人口規模の違いを考慮しておらず, 〜かのような記載がございましたが (answering a report or a critic).
  {
    re: phrase(
      '(?:実態|実情|事実|現状|現実|真実|実際の(?:状況|姿|対応|様子)|真相|全体像|経緯)(?:を|に)(?:正しく|正確に|適切に|十分に|きちんと|公平に|客観的に)?(?:表し|表わし|反映し|伝え|即し|沿っ|捉え|とらえ|踏まえ|ふまえ)(?:た(?:もの|内容|記事|報道|表現|比較|数字|評価)?(?:とは|では|じゃ)(?:言えない|言えません|いえない|いえません|言い難|言いがた|ない|ありません|ございません|なか)|て(?:い|お)(?:ない|ません|りません|らず)|ておらず)|(?:比較|記事|報道|番組|ランキング|順位|評価|指摘|ご指摘|批判|ご批判|ご意見|口コミ|レビュー|見出し)(?:は|では|には)[^。！？!?\\n]{0,20}?(?:考慮|勘案|加味|踏まえ|反映)(?:して|されて|され)(?:おらず|いない|いません|おりません|ない)',
    ),
    what: '報道や批判への反論',
    instead: INSTEAD.press,
    notWithApology: true,
    needsCriticism: true,
    // A page's own caution that it may be out of date (記事は現状を反映していないことがあります, 場合があります) argues with no one.
    unless: phrase('ことがあ|ことがござ|場合があ|場合がござ|可能性', 'u'),
  },
  {
    re: phrase(
      'かの(?:よう|様)(?:な|に)(?:記載|記述|報道|記事|表現(?!力)|書き方|論調|見出し|編集|報じ|報道され|記載され|編集され|受け取られ|取り上げ|印象を(?:与え|受け))',
    ),
    what: '報道や批判への反論',
    instead: INSTEAD.press,
    notWithApology: true,
  },
  // The city's timing and steps defended against a report or a complaint: 適切な時期に必要な措置を講じており,
  // 必要な対応はすべて取っております; 広報紙で繰り返しお知らせしておりました.
  {
    re: phrase(
      '(?:適切|適正|必要|十分)な(?:時期|時点|タイミング|対応|措置|判断|手順|手続き)(?:に|で|を|は)[^。！？!?\\n]{0,12}?(?:講じ|行っ|とっ|取っ|実施し|踏ん)(?:て|で)(?:おり|います|いました|きました|まいりました)|(?:繰り返し|何度も|再三|たびたび|事前に|前もって|以前から|かねてから|かねてより)[^。！？!?\\n]{0,4}?(?:お知らせ|周知|告知|ご案内|案内|掲載|ご説明|広報|お伝え)(?:して|いたして|させていただいて)(?:おりました|いました|きました|まいりました)(?=[。！!]|$|し[、,]|ので|から)',
    ),
    ...JUSTIFYING,
    needsCriticism: true,
  },
  // In English or romaji, to a reviewer or a commenter: that's not what happened, please check your facts, not our fault,
  // sore wa gokai desu.
  {
    re: phrase(
      "(?<![a-z])(?:that|this|it|which)(?:['’]s| is| was)(?: simply| just| absolutely| completely| totally)? (?:not (?:true|what happened|correct|accurate|the case|right|a fact)|untrue|false|incorrect|fake news|a (?:complete |total |big )?misunderstanding|misinformation)|(?<![a-z])check (?:your|their) facts|(?<![a-z])(?:get|do) your (?:facts straight|research|homework)|(?<![a-z])you(?:['’]re| are) (?:wrong|mistaken|misinformed)|(?<![a-z])(?:it|this)(?:['’]s| is| was) not our fault|(?<![a-z])we (?:did|have done) nothing wrong|(?<![a-z])before (?:posting|writing|leaving) (?:a |such |negative |bad |false )?(?:reviews?|complaints?|criticism|accusations?|comments like)|(?<![a-z])(?:your|this|the) (?:review|comment|claim|post) (?:is|was) (?:wrong|false|incorrect|misleading|unfair|untrue|inaccurate|baseless)|(?<![a-z])(?:gokai|kanchigai|omoichigai|jijitsu mukon)\\s?(?:desu|da yo|dayo|da|ssu|yaken|bai)(?![a-z])",
    ),
    ...TO_CRITIC,
  },
  // Blind R77A-086: a review, a comment or a report named as the subject and called untrue in English, singular or plural, with not or
  // an adjective (This review is not true, These comments aren't accurate, The article was misleading, Those reviews are false); to a
  // critic (a reply or a quote, or where a criticism is received). Not another noun between (the review period is not over, this tour
  // is not available).
  {
    re: phrase(
      "(?<![a-z])(?:your|this|that|the|these|those) (?:reviews?|comments?|claims?|posts?|tweets?|articles?|reports?|rumou?rs?|stor(?:y|ies)|allegations?|accusations?|statements?)(?: (?:is|are|was|were)(?: simply| just| absolutely| completely| totally| entirely)? not| (?:isn['’]t|aren['’]t|wasn['’]t|weren['’]t)) (?:true|correct|accurate|right|the case|factual|fair|based on (?:the )?facts)(?![a-z])|(?<![a-z])(?:your|this|that|the|these|those) (?:reviews?|comments?|claims?|posts?|tweets?|articles?|reports?|rumou?rs?|stor(?:y|ies)|allegations?|accusations?|statements?) (?:is|are|was|were)(?: simply| just| absolutely| completely| totally| entirely)? (?:false|untrue|wrong|incorrect|misleading|baseless|fake|inaccurate|groundless|unfounded|mistaken|misinformed|fake news|misinformation)(?![a-z])",
    ),
    need: ['review', 'comment', 'claim', 'post', 'tweet', 'article', 'report', 'rumo', 'stor', 'allegation', 'accusation', 'statement'],
    ...TO_CRITIC,
  },
  // Blind R254L-032 kind: in English, the city's own work or statement defended as beyond question to a critic: we stand by it (100%),
  // we fully stand behind our decision, we stand by what we said (a reply, or where a criticism is received: TO_CRITIC). Only an
  // object that is the city's own thing (it, this, that, what we said, our decision, our signage…), not people supported (we stand by
  // our farmers, we stand with the families affected).
  {
    re: phrase(
      "(?<![a-z])we (?:fully |firmly |completely |totally |still |absolutely |100% )?stand (?:by|behind) (?:it|this|that|every word|what we (?:said|wrote|posted|did|do)|(?:our|the|this|that) (?:decision|statement|explanation|answer|response|reply|position|policy|figures|numbers|data|information|info|signage|signs|pricing|prices|fares|fees|work|record|choice|judgement|judgment|ruling|claim|post|notice|announcement|guidance|service|quality|rules))(?![a-z])",
    ),
    need: ['stand'],
    ...TO_CRITIC,
  },
  // Blind R137I-027: in English, the critics themselves said not to understand or know, or the city disagreeing with them (With
  // respect, those reviewers clearly didn't understand our history; they obviously don't know the area; we strongly disagree with
  // these reviews); only where a criticism is received. Not a general statement (visitors who don't know the area can ask at the
  // desk; if you disagree, tell us).
  {
    re: phrase(
      "(?<![a-z])(?:those|these|the|such|some|many|certain|our|your)? ?(?:reviewers?|critics?|commenters?|complainers?|people|visitors|guests|tourists|writers?|posters?|they|he|she|you)(?: who (?:wrote|posted|said|left) (?:this|that|these|those|them|it))? (?:clearly|obviously|simply|evidently|apparently|just|really|probably|must)(?: have)? (?:didn['’]t|don['’]t|doesn['’]t|do not|did not|does not|never|not|failed to|fail to) (?:understand|understood|know|get|appreciate|grasp|bother to (?:learn|understand|read|research))(?![a-z])|(?<![a-z])(?:we|i) (?:strongly |respectfully |completely |totally |must |have to |simply )?(?:disagree|don['’]t agree|do not agree|cannot agree|can['’]t agree)(?: with (?:this|that|these|those|the|such|your|their|them|you|it)| at all)?(?=[\\s.,!;:]|$)",
    ),
    need: ['understand', 'know', 'get', 'appreciate', 'grasp', 'bother', 'disagree', 'agree'],
    ...TO_CRITIC,
  },
  // Blind R77A-086: the same in Chinese, simplified or traditional: a claim called untrue (不属实, 与事实不符, 并非事实, 纯属谣言, 这是谣言)
  // to a critic, and, in a reply or a quote, the critic told not to spread false information (请不要散布不实信息, 請勿傳播謠言).
  {
    re: phrase(
      '不属实|不屬實|与事实不符|與事實不符|并非事实|並非事實|纯属(?:谣言|捏造|虚构|造谣)|純屬(?:謠言|捏造|虛構|造謠)|(?:这|這|此|该|該|那)(?:条|條|则|則|个|個|篇)?(?:评论|評論|评价|評價|帖子|说法|說法|消息|传言|傳言|内容|內容)?(?:是|为|為|纯属|純屬)(?:谣言|謠言|假的|虚假|虛假|不实|不實|造谣|造謠)',
    ),
    need: ['属实', '屬實', '事实', '事實', '纯属', '純屬', '谣', '謠', '假', '不实', '不實'],
    ...TO_CRITIC,
  },
  {
    re: phrase(
      '(?:请|請)?(?:不要|勿|别|別|不得)(?:再)?(?:随意|隨意|随便|隨便)?(?:散布|散佈|传播|傳播|散播|扩散|擴散|发布|發佈|發布|转发|轉發)(?:不实|不實|虚假|虛假|错误|錯誤|不真实|不真實|未经证实|未經證實|没有根据|沒有根據)的?(?:信息|消息|资讯|資訊|言论|言論|内容|內容)|(?:请|請)?(?:不要|勿|别|別|不得)(?:再)?(?:散布|散佈|传播|傳播|散播|扩散|擴散|制造|製造)(?:谣言|謠言)',
    ),
    need: ['不要', '勿', '别', '別', '不得'],
    what: '批判した相手への反論',
    instead: INSTEAD.critic,
    replyOnly: true,
  },
  // --- Round 15 kinds (two new writers: long keigo answers, a press desk, a quote of a critic) ---
  // The city says it did enough, answering criticism: 十分にご意見を伺ったものと考えております, 丁寧に説明してきた
  // つもりです, 説明責任は果たしている (not 皆さまのご意見を十分に伺ったうえで計画を策定しました).
  {
    re: phrase(
      '(?:十分|じゅうぶん|丁寧|適切|適正|公正|公平|慎重|誠実|万全|しっかり|きちんと|ちゃんと|精一杯|最大限)(?:に|な|の)?[^。！？!?\\n]{0,16}?(?:た|だ|てきた|できた|てまいった|でまいった|ている|でいる|ておる|でおる|とる|とった)(?:もの|こと)?(?:と(?:考え|認識し|判断し|存じ|自負し|確信し|思っ|思いま|思う|思うとり|思うと)|つもり(?:です|でございます|でおります|だ|なん|やけど|やけん|ばってん|ですが|ですけど))|(?:説明責任|説明|責任)(?:は|を)(?:十分に?|すでに|既に|きちんと|しっかり|ちゃんと)?(?:果たし|尽くし)て(?:おります|います|いる|おり|きました|きた|まいりました|おる|とる)',
    ),
    need: ['十分', 'じゆうぶん', '丁寧', '適切', '適正', '公正', '公平', '慎重', '誠実', '万全', 'しつかり', 'きちんと', 'ちやんと', '精一杯', '最大限', '果たし', '尽くし'],
    ...JUSTIFYING,
    needsCriticism: true,
    orReply: true,
    // Blind R331R-017 kind (reb61): also when the criticism is told in an earlier paragraph and the answer closes the post after a list of
    // what was done (…とのご意見をいただいています。⏎⏎【これまでの周知】…⏎⏎以上のとおり、説明は十分に尽くしてきたものと考えております).
    orHeardBefore: true,
  },
  // The complaint called only natural given the complainant's own doing: 窓を閉め切っていれば聞こえにくいのは当然かと
  // 思います, 締切を過ぎたら受け付けられんのは当たり前やろ (answering a complaint; not when a fix follows).
  {
    re: phrase(
      '(?:れば|りゃ|たら|なら|場合(?:は|には)?|ては|では|ちゃ)[、,]?[^。！？!?\\n]{0,20}?(?:の|ん)(?:は|も)(?:当然|当たり前|あたりまえ|当たりまえ)(?:です|でございます|だ|である|でしょう|かと|のこと|と(?:思|考え)|やろ|やん|じゃ|ばい|たい|やけん|[。！!？?、]|$)',
    ),
    ...BLAMES_COMPLAINANT,
  },
  // A criticism answered with a flat refusal and a demand for understanding (期間の短縮は考えておりません。ご理解ください,
  // 変更する予定はございませんので、ご理解願います); not a refusal with its reason and a remedy offered.
  {
    re: phrase('(?:短縮|変更|見直し|延長|中止|撤回|再開|廃止|縮小|拡大|拡張|拡充|新設|設置|追加|値下げ|増設|改善|見直す|変える|やめる|戻す)(?:する)?(?:こと|予定|考え|つもり)?(?:は|も)(?:今のところ|現時点で|当面)?(?:考えて|予定して|検討して)?(?:おりません|いません|ございません|ありません)[^。！？!?\\n]{0,6}[。、,]?[^。！？!?\\n]{0,16}?ご理解(?:ください|下さい|願います|をお願い|いただきたく|いただけますよう|のほど)'),
    need: ['ご理解'],
    what: '批判への反論',
    instead: INSTEAD.critic,
    needsCriticism: true,
    strongCriticism: true,
    notWithRemedy: true,
  },
  // The press said not to know what it wrote about: 記者の方は制度の中身をご存じないようです, 番組の制作側は現場を分かっていない.
  {
    re: phrase('(?:記者|取材者|報道|記事|番組|マスコミ|メディア|新聞社|テレビ局|編集部|制作側|番組側|論説委員|執筆者|ライター|社説)(?:の方|さん|様|各社|側)?(?:は|が|も)[、,]?[^。！？!?\\n]{0,20}?(?:ご存じ|ご存知|ごぞんじ)(?:ない|でない|ではない|なかった)|(?:記者|取材者|報道|記事|番組|マスコミ|メディア|新聞社|テレビ局|編集部|制作側|番組側|論説委員|執筆者|ライター|社説)(?:の方|さん|様|各社|側)?(?:は|が|も)[、,]?[^。！？!?\\n]{0,20}?(?:理解(?:されて|して)(?:い)?ない|(?:分|わ)かって(?:い)?ない|誤解(?:されて|して)いる)(?:よう|みたい|らしい|のでは|と思|です|。|$)'),
    need: ['ご存じ', 'ご存知', 'ごぞんじ', '理解', '分かつて', 'わかつて', '誤解'],
    what: '報道への反論',
    instead: INSTEAD.press,
    notWithApology: true,
    needsCriticism: true,
  },
  // Round 21: a report put down to the press's own failing (記者の方の取材不足によるものと考えております, 記事は記者の勉強不足
  // から生じたもの, 番組側の確認が不十分だったと言わざるを得ません, マスコミの思い込みやろ); not the city's own failing apologised
  // for (担当課の確認不足により誤った記事を掲載しました。お詫びします).
  {
    re: phrase(
      '(?:記者|取材者|取材班|報道|記事|番組|マスコミ|メディア|新聞社|新聞|テレビ局|放送局|編集部|制作側|番組側|報道機関|執筆者|ライター)(?:の方|さん|様|各社|側|の皆様|の皆さま)?(?:の|は|が|による|側の|において)?[、,]?(?:(?!担当|当課|職員|市の|本市|当市|私ども|弊|市役所|当方|こちら)[^。！？!?\\n]){0,12}?(?:(?:取材|確認|調査|勉強|理解|認識|知識|裏付け|裏取り|下調べ|事実確認)(?:の)?(?:(?:が)?(?:少し|やや|いささか|若干|ちょっと|かなり)(?:不足|不十分)(?:だった|であった)?|不足|不十分|が不十分|が足り(?:ない|ず|なかった|ません)|が甘(?:い|かった)?|がずさん(?:だった)?|を怠(?:った)?)|不勉強|思い込み|早とちり|先入観|誤認|曲解)(?:による|によって|から(?:生じ|来|く)|が原因|のため|ため|ことによる|ことが原因|ゆえ|であり|です|でしょう|だろう|やろ|だと|(?:だった)?(?:の|ん)(?:では|じゃ)(?:ない|ありません)(?:でしょう|です)?か|と(?:考え|思|言わざる|判断|見て|推察)|の(?:結果|表れ|あらわれ)|に(?:起因|よるもの|基づ))|(?<!(?:担当|当課|職員|市|当方|弊社|私ども)の)(?:取材|確認|裏付け|裏取り|事実確認|下調べ)(?:の|が)?(?:不足|不十分)(?:な|の)(?:まま(?:の|で|に)?)?(?:書かれた|報じられた|作られた|出された)?(?:記事|報道|番組|放送|見出し|論評)|(?:記者|執筆者|取材者|取材班|番組|制作側|番組側|マスコミ|メディア|記事)(?:の方|さん|様|側)?(?:は|が)[、,]?[^。！？!?\\n]{0,10}?(?:現場|実態|実情|当事者|担当課|関係者|地元|市)(?:の(?:話|説明|声|状況))?(?:を|に|へ|も|ば)?(?:一度も|ろくに|全く|まったく|きちんと|十分に|よく)?(?:見|聞か|確認せ|確認し|取材せ|取材し|調べ|知ら|訪れ|足を運ば)(?:ず|ないで|ることなく|んで)(?:に)?[^。！？!?\\n]{0,8}?(?:書(?:か|い)|報じ(?:ら|た|て)|作(?:ら|っ)|放送(?:さ|し)|まとめ(?:ら|た|て))',
    ),
    what: '報道への反論',
    instead: INSTEAD.press,
    notWithApology: true,
  },
  // The press asked, in public, to be accurate: 報道には正確さを求めます, マスコミ各社には事実に基づいた報道を
  // お願いしたい, 公正な報道を強く望みます (not 報道機関の皆さまへ：取材のお申し込みは広報課まで).
  // Round 33: also after the right figure is given (正しくは平均68分です。記者の方にはもう少し正確な取材をお願いしたい): the
  // correction does not make the rebuke to the reporter a plain correction.
  // Blind R258V-034 kind: also the wish in the past, a regret that it was not done (記者の方には、もう少し丁寧な取材をお願いしたかった
  // ところです, 報道機関にはきちんと事実確認をしていただきたかった): the same rebuke to the press, looking back.
  {
    despiteCorrection: true,
    re: phrase(
      '(?:報道|記事|マスコミ|メディア|新聞|テレビ|番組|記者|各社)(?:各社|各局|局|社|機関|関係者|の皆様|の皆さま|の方々|の皆さん|の方|さん|様)?(?:の皆様|の皆さま|の方々|の皆さん|の方)?(?:に|には|へ|へは|に対して|に対しては|側に|側には)[、,]?[^。！？!?\\n]{0,12}?(?:正確さ|正確性|公正さ|公平さ|事実確認|裏付け|裏取り|(?:正確|公正|公平|冷静|慎重|誠実)な(?:報道|取材|記事|事実確認)|事実に基づ(?:く|いた)(?:報道|取材|記事)|責任ある報道|十分な取材|丁寧な取材)(?:を)?(?:強く)?(?:求め|要望|要請し|要請いたし|望み|望む|望みた|お願いしたい|お願いいたしたい|お願いしたかった|お願いいたしたかった|期待し|申し入れ|心が(?:け|けて)(?:いただきたい|ほしい|てほしい|ていただきたい|いただきたかった|てほしかった|ていただきたかった)|(?:して|されて|なさって)(?:いただきたい|頂きたい|ほしい|欲しい|もらいたい|いただきたかった|頂きたかった|ほしかった|欲しかった|もらいたかった))|(?:正確|公正|公平)な(?:報道|取材)(?:を)?(?:強く)?(?:求め|要望し|要請し|望み|望む|お願いしたい|心がけていただきたい|心がけてほしい)|(?:記者|取材者|報道|記事|マスコミ|メディア|新聞社|テレビ局|番組|編集部)(?:機関|各社|各局|関係者|側)?(?:の方|さん|様|の皆様|の皆さま|の方々|の皆さん)?(?:に|には|へ|へは|は)[、,]?[^。！？!?\\n]{0,8}?(?:もう少し|もっと|しっかり|きちんと|ちゃんと|今後は)[、,]?[^。！？!?\\n]{0,6}?(?:正確|慎重|丁寧|公正|誠実)(?:な|に)(?:取材|報道|確認|事実確認|裏付け|裏取り|記事|報じ)[^。！？!?\\n]{0,4}?(?:を)?(?:お願いしたい|お願いいたしたい|お願いします|お願いいたします|願いたい|求めます|求めたい|望みます|(?:して|されて|なさって)(?:いただきたい|頂きたい|ほしい|欲しい|もらいたい|ください))',
    ),
    what: '報道への抗議',
    instead: INSTEAD.press,
    notWithApology: true,
  },
  // A reported figure or finding explained away: 算出方法が違うだけで、実際の数値に問題はありません, 集計時期が異なる
  // にすぎず (answering a report or a critic).
  // Blind R294I-037 kind: or called wrong for it (記事の…うちの課の数字は集計方法が違うので誤りです, 調査の時期が異なるため正確では
  // ありません): the report's figure denied in the writer's voice; not a past error admitted (誤りでした) or a comparison declined.
  // Review (rvreb): also in plain words (数え方が違うので間違っています); not the city's own error owned (記事の数字に誤りがありました).
  {
    re: phrase(
      '(?:算出|計算|集計|算定|調査|測定|比較|統計|カウント)(?:の)?(?:方法|方式|基準|手法|対象|時期|期間|条件|前提|仕方)(?:が|の)(?:違う|異なる|違っている|異なっている|違い|ちがう)(?:だけ|のみ|にすぎ|に過ぎ|によるだけ|によるものにすぎ|によるものに過ぎ)|(?:(?:算出|計算|集計|算定|調査|測定|統計|カウント)(?:の)?(?:方法|方式|基準|手法|対象|時期|期間|条件|仕方)|(?:数え|計算し|集計し|測り|計り|出し)方)(?:が|の)(?:違う|異なる|違っている|異なっている|ちがう|違います|異なります)(?:ので|ため|から|ことから)[、,]?(?:(?:誤り|間違い|不正確)(?:です|であり|でございます|だ(?=[。！!、]|$))|正確(?:では|じゃ)(?:ありません|ございません|ない(?=[。！!、]|$))|(?:間違|誤)って(?:います|おります|いる(?=[。！!、]|$)))|実際(?:の|には|は|に)[^。！？!?\\n]{0,12}?(?:に|は|には)?(?:何ら|なんら|特に|全く|何も|なんも)?問題(?:は|も)?(?:ありません|ございません|ない(?:です|と|。|$)|なし|なか)(?!か|でしょうか)',
    ),
    what: '報道や批判への反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    needsCriticism: true,
  },
  // Blind R316M-044 kind: after a criticism received, the critic's comparison put down to how they chose what to compare (比べる項目の
  // 選び方によって印象が変わるのではないでしょうか, 比較の仕方次第で結果は違ってきます, 何と比べるかで評価は大きく変わります, 数字の切り取り方に
  // よって見え方は異なります): the critic told their picture comes from their own choice, not from the city. Only after a criticism received;
  // not a guide to reading statistics with no critic, not with an apology, thanks or a concession (確かに, 今後は…お示しします).
  {
    re: phrase(
      '(?:比べ方|比べる(?:項目|対象|相手|指標|時期|基準|範囲|もの)(?:の(?:選び方|取り方))?|比較(?:の(?:仕方|しかた|方法)|の?(?:する)?(?:項目|対象|相手|指標|時期|基準|範囲)(?:の(?:選び方|取り方))?)|(?:どこ|何|なに|どの[一-龥]{1,4})(?:と|を)(?:比べる|比較する|比べるの|基準にする)か|(?:項目|指標|対象|データ|数字|数値|統計|切り口)の(?:選び方|取り方|切り取り方|見方)|切り取り方)(?:に)?(?:よって|より|次第で|次第では|で)(?:は)?[、,]?(?:受ける)?(?:印象|結果|評価|見え方|順位|受け止め方|感じ方|イメージ)(?:は|が|も)[、,]?(?:大きく|かなり|ずいぶん|だいぶ|まったく|全く|いくらでも)?(?:変わる|変わり(?:ます|うる|得る)|変わって(?:くる|きます)|違って(?:くる|きます)|異なる|異なります|異なって(?:くる|きます)|左右され(?:る|ます))',
    ),
    need: ['比べ', '比較', '選び方', '取り方', '切り取り', '見方'],
    what: '批判を相手の比べ方のせいにする反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    needsCriticism: true,
    strongCriticism: true,
    unless: CITY_LISTENING,
    greetingOk: true,
  },
  // Blind R378B-053 kind: the critic said only to have it wrong, in honorific speech (勘違いされているだけで、市の計算に誤りはありません,
  // 思い違いをなさっているだけです): 勘違い takes no object, so される here is the critic's honour, not a passive (the writer's own
  // mistake, 私が勘違いしていただけでした, has no される).
  {
    re: phrase('(?:勘違い|勘ちがい|思い違い|早とちり)(?:を)?(?:されて|なさって|しておられ|されと|されちょ|しとられ)(?:いる|おられる|いらっしゃる|る)?だけ(?:で|です|だ|かと|なので|なん|じゃ|や)'),
    what: '相手の誤りを指摘する反論',
    instead: INSTEAD.critic,
    notAsCommonMyth: true,
  },
  // The critic named and said to be mistaken, in the present: この方は勘違いされていますが, 投稿者さんは誤解して
  // おられます, 何か勘違いされていませんか (not a fraud story: この方は息子からの電話だと勘違いしてしまいました).
  // Blind R83A-051: the critics named as a group by their criticising (問題視されている方は誤解されていると考えます, 反対しておられる
  // 方々は…誤解されているのだと思います, 批判しよる人は勘違いしとるばい), with a verb of thinking after と too (と考えます, と存じます).
  {
    re: phrase(
      '(?:(?:この|その|あの|こちらの|そちらの|投稿(?:した|された|者の)?|書き込(?:んだ|まれた)|コメント(?:した|された|の)|(?:ご?批判|非難|問題視|疑問視|不安視|危険視|反対|反発|抗議)(?:を)?(?:して|されて|なさって|しと|しよ|しちょ)(?:いる|おられる|いらっしゃる|おらす|る|らす|ん)?)(?:方|人|方々|人たち|かた|ユーザー|アカウント|皆さん|皆さま|皆様|みなさん|みなさま)|(?:投稿者|投稿主|書き込み主|コメント主)(?:の方|さん|様|さま)?|あなた|貴方|あんた|そちら(?:様)?|ご本人|(?<!皆|みな)(?:さん|さま|様|氏))(?:(?:は|が|も)[、,]?|[、,])[^。！？!?\\n]{0,16}?(?:勘違い|誤解|思い違い|誤認|早とちり|混同|取り違え|読み違え|見間違え|勘ちがい)(?:を)?(?:されて|なさって|して|しておられ|しとら|しと|しちょ)(?:い|お|る)?(?:ます|られます|らっしゃいます|らっしゃる|る|ん)?(?:が|けど|けれど|ね|よ|な|ばい|やけん|けん|[。！!]|ようで|みたい|のでは|のだと|んだと|のかと|んじゃ|のでしょう|んでしょう|だけ|かと|と思|と(?:考え|存じ|認識し|判断し|見て))|(?:何か|なにか|どこか|少し|ちょっと)(?:勘違い|誤解|思い違い|誤認|混同)(?:を)?(?:されて|なさって|して|しておられ)(?:いませんか|ませんか|ない(?:です)?か|る(?:ん|の)(?:じゃ|では|や)|おられませんか|いらっしゃいませんか)',
    ),
    need: ['勘違い', '勘ちがい', '誤解', '思い違い', '誤認', '早とちり', '混同', '取り違え', '読み違え', '見間違え'],
    what: '相手の誤りを指摘する反論',
    instead: INSTEAD.critic,
    notWithApology: true,
  },
  // --- Round 18 kinds (two new writers: a press desk, answers to complaints) ---
  // A report or a complaint said to rest on a misunderstanding, in the present: この記事は誤解に基づいています, ご指摘は
  // 事実誤認に基づいたものです, その投稿は思い込みに基づいとる (not 偏見は誤解に基づいています, an awareness post).
  {
    re: phrase(
      '(?:記事|報道|番組|見出し|ニュース|週刊誌|ご?指摘|ご?批判|ご?意見|ご?投稿|書き込み|コメント|ご?主張|苦情|ご不満|口コミ|レビュー)(?:(?:は|も|の内容は|の多くは)[、,]?|[、,])[^。！？!?\\n]{0,20}?(?:誤解|誤認|事実誤認|思い込み|勘違い|憶測|臆測|誤った(?:認識|情報|理解|前提|数字))(?:に基づ(?:いて(?:い|お)(?:ます|ります|る|り)|いとる|いちょる|いたもの|いた(?:内容|記事|報道|ご指摘|批判|主張)|くもの|いたもん)|(?:から|より)(?:生じた|来た|きた)(?:もの|ご指摘|ご批判|批判)(?:です|であり|でございます|だ|と(?:考え|思|存じ)|かと))',
    ),
    need: ['基づ', '生じた', '来た', 'きた'],
    what: '相手の誤りを指摘する反論',
    instead: INSTEAD.critic,
    notWithApology: true,
  },
  // The press said to exaggerate or sensationalise: 記事は事故を誇張しています, 番組は実際以上に大げさに報じた,
  // ニュースで面白おかしく取り上げられた (not 誇大広告にご注意ください).
  {
    re: phrase(
      '(?:記事|報道|番組|見出し|ニュース|週刊誌|新聞|放送|ワイドショー|投稿|書き込み|動画|取材)(?:(?:は|では|が|で|の中で|の内容は)[、,]?|[、,])[^。！？!?\\n]{0,24}?(?:誇張(?:して(?:い|お)|しとる|しちょる|され(?:てい|てお|た(?:もの|内容|表現|報道|記事))|した(?:もの|内容|表現|報道|記事|書き方)|であり|です|だ(?:と|。)|と言わざる)|(?:過大に|過剰に|大げさに|大袈裟に|おおげさに|誇大に|実際以上に|事実以上に|必要以上に|面白おかしく|おもしろおかしく|センセーショナルに|ことさらに|殊更に)(?:報じ|報道|伝え|書き立て|書きたて|書かれ|書い|取り上げ|扱っ|扱わ|表現|描い|描か|騒ぎ立て|あおっ|煽っ))',
    ),
    need: ['誇張', '過大に', '過剰に', 'げさに', '袈裟に', '誇大に', '以上に', 'おかしく', 'せんせーしよなるに', 'ことさらに', '殊更に'],
    what: '報道や批判への抗議・反論',
    instead: INSTEAD.press,
    notWithApology: true,
  },
  // The city's conduct declared fine after a report or a complaint: 当日の安全管理に問題はありませんでした, 管理体制に
  // 不備はございませんでした (answering criticism; not an inspection result told plainly).
  {
    re: phrase(
      '(?:安全管理|管理|管理体制|体制|安全対策|運用|手順|指導|監督|監視|誘導|警備|点検|確認|説明|周知|告知|準備|設定|積算|算定)(?:に|には|の上で|上[、,]?)(?:何ら|全く|一切|特に|なんら)?(?:問題|不備|落ち度|手落ち|瑕疵|過失)(?:は|も)?(?:ありませんでした|ございませんでした|なかった(?:と|です|もの|。|$)|無かった|ない(?:と考え|と認識|ものと|です|。))',
    ),
    need: ['問題', '不備', '落ち度', '手落ち', '瑕疵', '過失'],
    ...JUSTIFYING,
    needsCriticism: true,
    strongCriticism: true,
    orReply: true,
    notWithRemedy: true,
  },
  // Blind R93A-107: the city's own service or conduct declared free of fault in the present, answering a complaint or in a reply
  // (市の収集に問題はございません, 当課の対応に落ち度はありません, 職員の案内にミスはなかです): not the resident's own paperwork reassured
  // (お客様の手続きに問題はございません), not a past finding or a check promised (問題はなかったか確認します), not a system.
  {
    re: phrase(
      '(?:市|当市|本市|柳川市|当課|当方|こちら|私ども|わたくしども|職員|窓口|市役所|役所|行政|当館|当センター)(?:側)?の[^。！？!?\\n]{0,8}?(?:収集|回収|対応|処理|手続き|手続|運営|作業|説明|案内|判断|運用|業務|配布|配達|配送|審査|指導|受付|仕事)(?:に|には|について(?:は)?)[、,]?(?:何ら|全く|一切|特に|なんら|まったく|何も|なんも)?(?:問題|不備|落ち度|ミス|手落ち|過失|誤り)(?:は|も)?(?:一切)?(?:ございません|ありません|ありまっせん|ない(?=[。！!、,]|です|と(?:考え|思|存じ|判断))|なか(?=[。！!、,]|です|よ|ばい|と)|ねえ)',
    ),
    need: ['問題', '不備', '落ち度', 'みす', '手落ち', '過失', '誤り'],
    ...JUSTIFYING,
    needsCriticism: true,
    strongCriticism: true,
    orReply: true,
    notWithRemedy: true,
    unless: ASKER_REASSURED,
  },
  // A complaint deflected as everywhere the same: 当市だけの問題ではありません, 全国どこでも同じであり,
  // うちだけが遅いわけじゃなかです, 他の自治体も同様です (answering a complaint).
  {
    re: phrase(
      '(?:当市|本市|市|うち|柳川市|当館|当課|当町|本町|こちら|私ども)(?:だけ|のみ)(?:の問題|の責任|のせい|の話|に限った(?:こと|問題|話)|が(?:特別|特に|悪い|遅い|高い|おかしい)[^。！？!?\\n]{0,6}?(?:わけ|訳))(?:では|じゃ|や)(?:ありません|ない|ございません|なか|ねえ)|(?:全国|県内|近隣|どこの(?:自治体|市町村|まち|町|市)|他の(?:自治体|市町村|市町)|他市|他県|よそ)(?:の(?:自治体|市町村)|では)?(?:でも|どこでも|どこも|も)[、,]?[^。！？!?\\n]{0,8}?(?:同じ|同様|一緒)(?:な|の)?(?:状況|対応|傾向)?(?:です|であり|でございます|だ(?:[。！!、]|から|し)|なので|ですので|ですから|やけん|たい|ばい)|(?:当市|本市|うち|柳川市|当町|本町)(?:に|だけに)限った(?:こと|問題|話)(?:では|じゃ|や)(?:ありません|ない|ございません|なか|ねえ)',
    ),
    need: ['だけ', 'のみ', '同じ', '同様', '一緒', '限つた'],
    what: '苦情への反論・責任の否定',
    instead: INSTEAD.justify,
    notWithApology: true,
    needsCriticism: true,
    strongCriticism: true,
    notWithRemedy: true,
  },
  // A spending or a decision declared reasonable against criticism: 経済効果を考えれば妥当な支出です, 物価を踏まえれば
  // 適正な料金と考えております (answering criticism; not 費用を考えれば早めの点検が必要です).
  // Blind R263F-031 kind: the verdict told with である before the section's own judgement (…を踏まえれば妥当な支出であると当課では判断
  // しております, 適正な額であるものと考えております) as with であり.
  // Blind R308T-035 kind: …also after a price charged too high read in a post (高すぎる値段だという投稿を拝見しました: `orCharge`).
  {
    re: phrase(JUSTIFIED_BY),
    need: ['妥当', '適正', '正当', '当然', '安'],
    ...JUSTIFYING,
    needsCriticism: true,
    strongCriticism: true,
    orReply: true,
    orCharge: true,
  },
  // Blind R263F-034 kind: the same verdict in casual speech after a complaint merely heard, not received (うなぎが高すぎるって声もあるけど、
  // 職人さんの手間を考えたら妥当やろ？, 料金が高いって言われるけど、燃料代を考えたら当然やん): the complainant told the price is right.
  // Only with a complaint heard in the paragraph (`FAULT_COMPLAINT_HEARD`); not with thanks, a fix or a doubt taken back, not a question
  // (考えたら妥当でしょうか).
  {
    re: phrase(JUSTIFIED_BY),
    need: ['妥当', '適正', '正当', '当然', '安'],
    what: '苦情への弁明',
    instead: INSTEAD.justify,
    notWithApology: true,
    alsoNeeds: FAULT_COMPLAINT_HEARD,
    unless: CITY_LISTENING,
  },
  // Blind R183I-021: a criticism received, then turned with a contrast (ですが、 しかし、 とはいえ、) to the opposite claim (…は税金の無駄遣いという
  // ご意見をいただいています。ですが、…無駄どころか十分に元が取れている事業です; しかし、むしろ安いほうです; ですが、決して贅沢な
  // 事業ではありません), or the charge's own word turned round with どころか (赤字どころか黒字です). Only after a criticism received; not with
  // thanks, a concession or a fix (しかし、むしろこれを改善のきっかけに…), an apology, or a rumour set right.
  {
    re: phrase(
      '(?<=^|[。！!？?\\n]\\s?)(?:ですが|しかし|しかしながら|けれども|ですけれども|とはいえ|とは言え|でも)[、,][^。！？!?\\n]{0,30}?(?:どころか|むしろ|決して[^。！？!?\\n]{1,16}?(?:ではなく|ではありません|ではございません|ではない|じゃない|わけではな|ものではな))' +
        '|(?:無駄|むだ|無駄遣い|無駄づかい|ムダ|赤字|損|不要|逆効果|失敗|迷惑|マイナス|ばらまき|バラマキ)(?:な|の)?どころか',
    ),
    need: ['どころか', 'むしろ', '決して'],
    what: '批判に言い返す反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    rumourDenial: true,
    needsCriticism: true,
    strongCriticism: true,
    notWithRemedy: true,
    unless: new RegExp(CITY_LISTENING.source + '|' + phrase('その通り|そのとおり|おっしゃる通り|おっしゃるとおり|ご指摘のとおり|ご指摘の通り', 'u').source, 'u'),
  },
  // --- Round 40 kinds ---
  // A report denied with no subject named (一部報道で「…」とありましたが、事実ではありません).
  // Blind R436M-057 kind: …or a comment a resident wrote said to be spreading (…というコメントが拡散されていますが、事実ではありません, 口コミ,
  // レビュー): what residents write of the city answered with a denial, as a post is; a rumour or information set right (という情報が広がって
  // いますが、事実ではありません, という噂が…) stays a correction (`correctsRumour`), unless what it says charges the city (`CHARGE`: 陳情を市が
  // 握りつぶした).
  {
    re: phrase('(?:報道|報じ|記事|書かれ|投稿|書き込み|コメント|ポスト|口コミ|クチコミ|レビュー|噂|うわさ|情報)[^。！？\\n]{0,40}?(?:とありました|とありますが|されました|されています|ています|ました)?(?:が|けど|けれど)[、,\\s]*(?:全く|まったく|決して)?事実(?:では|じゃ)(?:ありません|ございません|ない)'),
    need: ['事実では', '事実じや'],
    what: '批判に対する反論',
    instead: INSTEAD.deny,
    notWithApology: true,
    rumourDenial: true,
  },
  // The critic told not to misunderstand, or their post put down to their own mistake (…ですので、誤解なさらないでください;
  // 投稿された方の勘違いかと思います).
  {
    re: phrase('誤解(?:なさら|されない|しない|されませ|しませ)(?:ない)?(?:で|よう(?:に)?)(?:ください|下さい|お願い|いただ)|(?:投稿|書き込|発言|コメント|ご意見)(?:された|した|なさった|を(?:された|した))(?:方|人)(?:の)?(?:勘違い|思い違い|誤解|早とちり|見間違い|認識違い|事実誤認)'),
    need: ['誤解', '勘違い', '思い違い', '早とちり', '見間違い', '認識違い', '事実誤認'],
    what: '批判に対する反論',
    instead: INSTEAD.critic,
    notWithApology: true,
  },
  // --- Round 26 kinds ---
  // A report or criticism received, then flatly denied in the writer's own voice (…と報じられましたが、それは違います, ご指摘を
  // いただきましたが、その内容は事実と異なります, 〜と書かれとりますけど、それは間違いです; not an admission: それは誤りでした).
  // Blind R443U-036 kind: …also a charge against the city asked in a Q&A (Q. 市は…を握りつぶしているって本当？ A. いいえ。それは明確に間違い
  // です, Q …隠しているのですか？ A いいえ、それは完全に誤りです): the charge (CHARGE) heard counts as a criticism received (orCharge), the
  // denial after いいえ。 with its stop, in any emphatic adverb (明確に, はっきり). A fact set right politely (いいえ、そのような事実はありません。
  // 正しくは…です) or a belief about no one (よくある誤解です) is not matched.
  {
    re: phrase('(?:(?:が|けど|けれど|けれども|ものの|しかし|ですが|ただ|でも)[、,\\s]*|(?:いえ|いいえ)[、,。．！!\\s]*)(?:それ|これ|あれ|その(?:内容|報道|記事|情報|話|件|点|ご指摘|ご意見|ような(?:こと|話|事実))|そちら|そげなこと|そんなこと)(?:は|って|も)[、,\\s]*(?:全く|まったく|完全に|明らかに|明確に|はっきり(?:と)?|明白に|大きく|決して|全然|ぜんぜん|ちょっと|ちょっぴり|少し|すこし|少々|やや|いささか|ちと)?(?:違います|違(?:う|います)(?:ん|と|けん|よ|ばい|たい|。)|ちがいます|ちがう(?:ん|と|けん)|間違い(?:です|だ|であり|でござい)|間違って(?:います|おります|いる)|誤り(?:です|だ|であり|でござい)|事実では(?:ありません|ない|ございません)|事実と(?:異な|違)|正しくありません|正しくない|デマ(?:です|だ)|なか(?:です|ばい|たい|と))'),
    need: ['違', 'ちが', '間違', '誤り', '事実', '正しく', 'でま', 'なか'],
    what: '批判に対する反論',
    instead: INSTEAD.deny,
    notWithApology: true,
    needsCriticism: true,
    strongCriticism: true,
    orCharge: true,
    orReply: true,
  },
  // Blind R249C-032 kind: the harm of the city's own mistake played down in answer to the voices it drew (料金誤掲載について多数のご意見を
  // いただきました。…実質的な損害は生じていないものと認識しております, 実害はございません, 大きな不利益はなかったものと考えております):
  // a defence, even inside an apology. Only 実害, or a loss or a disadvantage judged by the city (と認識, と考え): an incident report's
  // fact (被害は確認されておりません) and a storm's damage (台風による被害はありませんでした) are not matched; only answering criticism.
  {
    re: phrase(
      '(?:実害|実質的(?:な)?(?:損害|被害|実害|影響|不利益|ご迷惑)|(?:大きな|特段の|格別の|具体的な)?(?:損害|不利益))(?:は|も|等は|などは)[、,]?(?:一切|特に|何ら|なんら|ほとんど|まったく|全く)?(?:(?:(?:生じて|発生して|出て)(?:い|お)(?:ない|らない|りません|ません|なかった)|(?:生じ|発生し|出)(?:なかった|ませんでした)|(?:ありません|ございません|なかった|無かった|ない)(?:でした)?)(?:もの|こと)?と(?:認識|考え|判断|理解|存じ|思)|(?<=実害(?:は|も)[、,]?(?:一切|特に|何ら|なんら|まったく|全く)?)(?:ありません|ございません|ない|なかった)(?:でした)?(?=[。！!]|ので|から|$))',
    ),
    need: ['実害', '実質的', '損害', '不利益'],
    what: '批判に対する弁明',
    instead: INSTEAD.justify,
    needsCriticism: true,
  },
  // Blind R250G-033 kind: the criticism itself judged as nitpicking or a false charge, as the writer's view (あれは揚げ足取りだと受け止めて
  // います, ご指摘は言いがかりに過ぎないと考えております, 今回の批判は難癖だと思っています): the critics dismissed, only answering criticism.
  {
    re: phrase(
      '(?:あれ|これ|それ|今回の(?:件|こと|ご?指摘|ご?批判|反応)|ご?指摘|ご?批判|ご意見|反応|コメント|書き込み|声)(?:は|も)[、,]?[^。！？!?\\n]{0,10}?(?:揚げ足取り|揚げ足を取る(?:もの|ような(?:もの|こと|ご?意見))|言いがかり|言い掛かり|難癖|いちゃもん|イチャモン)(?:の(?:よう|類)(?:なもの)?)?(?:だ|である|に(?:過ぎ|すぎ)ない)?と(?:受け止め|考え|認識|判断|理解|思|感じ)',
    ),
    need: ['揚げ足', '言いがかり', '言い掛かり', '難癖', 'いちやもん'],
    what: '批判を言いがかりとする反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    needsCriticism: true,
  },
  // Criticism acknowledged, then the city's conduct declared the best or right one (厳しいご意見をいただいていますが、最善の対応で
  // あったと考えております, ご批判もありますが判断は正しかったと認識しています, 苦情はあったばってん、やむを得ん措置やったと思うとります;
  // answering criticism received; not a plan: 最善の方法を検討してまいります).
  // Blind R167I-130: also nothing wrong said or written (きびしいコメントが付きます。…私たちは何も間違ったことは言っていないと思っています,
  // 間違ったことは書いておりません): the city's words declared right.
  {
    re: phrase('(?:最善|最良|最適|ベスト|適切|適正|妥当|正当|正しい|やむを得ない|やむをえない|やむを得ん|致し方ない|いたしかたない|当然)(?:の|な)?(?:対応|判断|措置|選択|方法|処置|決定|対策|運営|もの|こと)?(?:で(?:あった|あり|ある)|だった|でした|です|やった|じゃった)?(?:もの)?と(?:考え|認識|判断し?|確信し?|自負し?|存じ|思(?:って|っと|うと|い|う))(?:て(?:おり|い|お)|とり|とる|ます|る|ており|ました|た)|(?:適切|適正|誠実|丁寧|十分|じゅうぶん|問題なく|正しく)に(?:対応|判断|処理|運営|実施|説明|対処)(?:した|している|してきた|できた|いたした|しており|いたしており|されている)(?:もの)?と(?:考え|認識|判断|確信|自負|存じ|思)|(?:最善|最良|最適|適切|適正|妥当|正当|正しい|必要|やむを得ない)(?:の|な)(?:判断|対応|措置|決定|選択)(?:でした|だった|であった|でございました)(?=[。！!、]|$)|間違った(?:こと|判断|対応)は(?:して|い|しており|いたして|言って|いって|書いて|申して|申し上げて|お伝えして|伝えて|発信して|お知らせして)(?:い|お)?(?:ない|ません|りません)|(?:判断|対応|措置|決定|選択)(?:は|が|に)(?:間違って|誤って)(?:いなかった|いない|おりません|おらず|いません)|(?:判断|対応|措置|決定|選択)(?:は|が)(?:正しかった|適切だった|妥当だった|最善だった)'),
    need: ['と考え', 'と認識', 'と判断', 'と確信', 'と自負', 'と存じ', 'と思', '間違', '誤つて', 'かつた', 'でした', 'だつた', 'であつた', 'でございました'],
    ...JUSTIFYING,
    notWithRemedy: true,
    needsCriticism: true,
    strongCriticism: true,
    orReply: true,
  },
  // Round 26: criticism received, then the city's conduct said to be without error or by the rules (ご不満の声も聞こえますが、市の
  // 判断に誤りはありません, 苦情が寄せられていますが、ルールどおりに運用しております, …と報じられましたが、配置基準は満たしています;
  // not an inspection's finding: 点検したところ基準は満たしていました).
  {
    re: phrase('(?:が|けど|けれど|けれども|しかし|ですが|ものの)[、,\\s]*[^。！？\\n]{0,20}?(?:(?:判断|対応|措置|決定|運営|手続き|手続|対処|処理)(?:に|には)(?:何ら|なんら|一切|いっさい|全く|まったく|少しも)?(?:誤り|あやまり|間違い|まちがい)(?:は|も)(?:ありません|ございません|ない|なかった|ありませんでした|なか)|(?:基準|規定|規則|ルール|法令|要綱|手順|マニュアル|法律|条例)(?:は|を|に|の)?(?:通り|どおり|とおり)?(?:に)?[、\\s]?(?:きちんと|しっかり|すべて|全て|十分に?|適切に)?(?:満たして|守って|遵守して|順守して|従って|則って|のっとって|沿って|運用して|対応して)(?:おり|い)(?:ます|る)(?![かの]))'),
    need: ['誤り', 'あやまり', '間違い', 'まちがい', '満たして', '守つて', '遵守', '順守', '従つて', '則つて', 'のつとつて', '沿つて', '運用して', '対応して'],
    ...JUSTIFYING,
    notWithRemedy: true,
    notAsFinding: true,
    needsCriticism: true,
    strongCriticism: true,
    orReply: true,
  },
  // Blind R211D-043: a complaint received (騒音が大きいというご意見をいただいていますが) answered by declaring the city's own work within
  // the limits (作業は規制基準の範囲内で行っております, 基準値以内で運用しています, 法令の範囲内で実施しております), or by leaving the
  // complainant nothing but to accept (ご理解をお願いするほかございません, ご理解いただくしかありません): the complaint dismissed, not
  // heard. Only with a criticism received, not with an apology or a fix (今後は低騒音型の機械を導入します), not an inspection's finding
  // (測定したところ、基準の範囲内でした), not a notice that states the limits (工事は基準の範囲内で行います) with no complaint.
  {
    re: phrase(
      '(?:基準|基準値|規制値|規制基準|環境基準|許容範囲|許容値|法令|規定|上限)(?:の)?(?:範囲内|範囲の中|内|以内|以下)(?:で|に)[、,]?(?:適切に|適正に|きちんと)?(?:(?:実施|施工|作業|運用|運営|管理|工事)(?:を)?)?(?:行って|おこなって|して|いたして|進めて|実施して|施工して|運用して|管理して|抑えて|とどめて)(?:おり|い)(?:ます|る)(?![かの])' +
        '|ご理解(?:を)?(?:いただく|頂く|お願いする|お願いいたす|お願い申し上げる|賜る|いただける(?:よう)?お願いする)(?:ほか|しか|以外(?:に)?)(?:は)?(?:ございません|ありません|ない(?=[。！!]|です|と(?:考え|存じ|思))|なく)',
    ),
    need: ['範囲', '内で', '内に', '以内', '以下で', 'ほか', 'しか', '以外'],
    what: '苦情に対する弁明',
    instead: INSTEAD.justify,
    notWithApology: true,
    notWithRemedy: true,
    notAsFinding: true,
    needsCriticism: true,
    strongCriticism: true,
  },
  // --- Round 19 kinds (two new writers, written like the shared dev set) ---
  // A report or a criticism called one-sided, with a pronoun or a general noun as the subject: 〜と紹介されましたが、これは
  // 一方的な見方です, 偏った報道と言わざるを得ません, 一面的な捉え方にすぎません (answering criticism; not advice to readers:
  // 一方的な見方にとらわれないようにしましょう).
  {
    re: phrase(
      '(?:一方的|偏った|偏っている|偏向的|一面的|表面的|恣意的|短絡的|不公平|断片的|(?:公平性|客観性|正確性|中立性|公正さ|バランス)(?:を|に)(?:欠(?:く|いた)|欠け(?:る|た)))(?:な)?(?:見方|見解|評価|報道|捉え方|とらえ方|解釈|論調|ご意見|意見|ご批判|批判|ご指摘|指摘|内容|報じ方|伝え方|取り上げ方|書き方|記事|番組|主張|決めつけ|印象|ものの見方|もの)(?:です|でした|でございます|であり|であります|であった|だった|だ(?=[。！!、]|と|$)|と(?:言わざる|いわざる|考え|思|感じ|存じ|受け止め)|に(?:過ぎ|すぎ)|でしかな|ではないでしょうか|ではないかと|やけん|やった|やと思|ばい|(?=[。！!]|$))',
    ),
    need: ['一方的', '偏', '一面的', '表面的', '恣意的', '短絡的', '不公平', '断片的', '欠く', '欠いた', '欠ける', '欠けた'],
    what: '報道や批判への反論',
    instead: INSTEAD.press,
    notWithApology: true,
    needsCriticism: true,
    orReply: true,
  },
  // Blind R83A-047: a report or a criticism, or its content, called one-sided in a predicate of the city's voice (記事の内容は一面的
  // であり, 番組の構成は極めて一面的で、, 報道の内容は偏っており, 社説の論調は一方的であると言わざるを得ず, 記事は一面的やし): the
  // report argued with. Not a goal (一面的にならないよう), not advice on reading (一面的であることもある), not an adjective before a noun.
  {
    re: phrase(
      '(?:報道|記事|番組|放送|社説|論説|見出し|論評|ご?批判|ご?指摘|報じ方)(?:の(?:内容|論調|趣旨|構成|書き方|報じ方|伝え方|取り上げ方|見出し|論旨|表現|描き方))?(?:は|も)[、,]?(?:極めて|あまりに(?:も)?|大変|非常に|かなり|いささか|やや|少々|明らかに|著しく|どう見ても|どうしても)?[、,]?(?:(?:一方的|一面的|偏向的|表面的|恣意的|短絡的|断片的|不公平)(?:で(?:あり|あって|す|ございます|した|(?=[、,]))|であると(?:考え|言わざる|いわざる|思|感じ|存じ)|だ(?=[。！!、,]|と)|と(?:言わざる|いわざる|考え|思|感じ|存じ|受け止め)|や(?:し|けん|けど|と思|ろう|もん)|(?=[。！!]|$))|偏って(?:おり|いて|います|おります|いる(?=[。！!、,]|と)|る(?=[。！!、,]|と)))',
    ),
    need: ['一方的', '偏', '一面的', '表面的', '恣意的', '短絡的', '不公平', '断片的'],
    what: '報道や批判への反論',
    instead: INSTEAD.press,
    // (The subject names the report or the criticism itself (社説の論調は…), so no other sign of criticism is needed.)
    notWithApology: true,
  },
  // The facts said to be twisted by the report: 記事は事実をねじ曲げた悪質なものです, 報道は実態を歪めて伝えています.
  {
    re: phrase(
      '(?:事実|実態|真実|実情|現実|経緯|発言)(?:を|が)(?:ねじ曲げ|捻じ曲げ|ねじまげ|歪め|ゆがめ|ゆがめられ|歪められ|ねじ曲げられ|曲げ|すり替え)(?:た(?:[^。！？!?\\n]{0,8}?(?:もの|報道|記事|内容|表現|見出し|番組))?(?:です|でした|であり|でございます|だ(?=[。！!、]|と|$)|と(?:言わざる|考え|思|感じ))|て(?:伝え|報じ|書い|編集し|紹介し)(?:て(?:い|お)(?:ます|ります|る)|ている|ました|た(?=[。！!]|$)))',
    ),
    need: ['ねじ曲げ', '捻じ曲げ', 'ねじまげ', '歪め', 'ゆがめ', '曲げ', 'すり替え'],
    what: '報道や批判への抗議・反論',
    instead: INSTEAD.press,
    notWithApology: true,
    needsCriticism: true,
  },
  // The city's work said not to come across, as a regret at the report (市の取り組みが正しく伝わっていないのは残念です), or the
  // press said not to have asked (市には事前の取材が一切ありませんでした), answering a report (not 周知不足を反省し…).
  {
    re: phrase(
      '(?:取り組み|取組|対応|実情|実態|事実|説明|経緯|努力|思い|考え|立場)(?:が|は)[、\\s]*(?:正しく|十分に?|きちんと|正確に|うまく|まったく|全く)?(?:伝わって(?:い|お)?(?:ない|らず|ません|おりません)|伝えられて(?:い|お)?(?:ない|らず|ません))(?:の|こと)(?:は|が|を)[、\\s]*(?:大変|非常に|誠に|とても|極めて)?(?:残念|遺憾|心外)|(?:市|当市|本市|当課|当館|私ども|こちら|当方)(?:に|へ|には|へは|への|に対して(?:は)?|に対する)[、\\s]*(?:事前の|事前に|直接の)?(?:取材|事実確認|取材の(?:申し込み|申込|依頼))(?:は|も|が)?[、\\s]*(?:一切|全く|何ら|一度も|まったく)(?:ありませんでした|ございませんでした|なかった|なく|ありません|ございません)',
    ),
    need: ['伝わつて', '伝えられて', '取材', '事実確認'],
    what: '報道への抗議・反論',
    instead: INSTEAD.press,
    notWithApology: true,
    needsCriticism: true,
  },
  // The writer's doubt at a programme or an article, said in public: 番組の構成には疑問を感じます, 記事の書き方には違和感を
  // 覚えざるを得ません, 報道姿勢に強い疑念を抱いております (not 記事の内容に疑問がある方は広報課まで, not advice: 報道に疑問を
  // 感じたら公式情報を確かめましょう).
  {
    re: phrase(
      '(?:番組|記事|報道|取材|放送|編集|見出し|紙面|ニュース|新聞|テレビ|週刊誌|コメンテーター|記者)(?:の|側の)?(?:構成|内容|作り|作り方|姿勢|手法|在り方|あり方|取り上げ方|伝え方|報じ方|編集|論調|方向性|やり方|書き方|表現|切り口|演出|仕方|趣旨|意図|見立て|見方|分析|結論|評価|捉え方|とらえ方|解釈|論旨|描き方|前提|根拠|主張|指摘)?(?:に|には|については|について|にも|に対しては|に対して(?:は)?)[、\\s]*(?:大きな|強い|少なからず|多大な|深い|いささか|少々|大いに|非常に|極めて|強く)?(?:(?:疑問|違和感|不信感|疑念|不快感|憤り|首を(?:かしげ|傾げ))(?:を)?(?:感じ|覚え|抱い|抱き|抱か|いだい|いだき|いだか|持た|持っ|もっ|禁じ得|禁じえ|呈し|呈さ)?(?:て(?:います|おります|おり|おきます|おきたい)|たい(?:と(?:思|存じ)|(?=[。！!]|$))|ます|ました|ざるを得|ずにはいられ|ません|る(?=[。！!]|$)|た(?=[。！!]|$))|(?:重大な)?問題が(?:ある|あった)(?:と(?:考え|思|感じ)(?:ます|ております|ています|ざるを得)|と言わざるを得|のでは(?:ないか|ないでしょうか)(?=と(?:考え|思|感じ)|[。！!]|$)))',
    ),
    need: ['疑問', '違和感', '不信感', '疑念', '不快感', '憤り', '首を', '問題があ'],
    what: '報道への抗議・反論',
    instead: INSTEAD.press,
    notWithApology: true,
  },
  // A report said to mislead or to show only a part: 記事は誤解を招く内容です, 見出しは読者に誤解を与えかねないものであり,
  // 取り組みの一部だけを取り上げたものにすぎません (not the city's own wording corrected with an apology).
  // Blind R198I-015: or only part of what the city said (記述は市の説明の一部だけを取り上げたもので, 市長の発言の一部を切り取った
  // 報道): the press said to have quoted the city selectively; not a digest the city gives of its own words (説明の一部を抜粋して掲載します).
  // Blind R295M-029 kind: or to lead its readers the wrong way (見出しは明らかに読者を誤った方向へ導くものです, 記事は市民を間違った方向に
  // 誘導するもの): misleading said in other words.
  // Review (rvreb): or in the loanword (見出しは、読者をミスリードするものです, ミスリードな記事です); still only of a report.
  {
    re: phrase(
      '(?:記事|報道|番組|見出し|放送|ニュース|週刊誌|新聞|紙面)(?:(?:は|が|では|の(?:内容|表現|見出し|書き方|伝え方)(?:は|が))[、,]?|[、,])[^。！？!?\\n]{0,20}?(?:(?:誤解|誤った印象|間違った印象|誤認)を(?:招(?:く|き|いて|きかね)|与え(?:る|かね|て)|生(?:む|み|みかね|じさせ))|(?:読者|読み手|視聴者|市民|住民|皆さん|皆様|皆さま)(?:の(?:皆さん|皆様|皆さま|方々))?を(?:誤った|間違った|あらぬ|誤りの)方向(?:へ|に)(?:と)?(?:導(?:く|き|いて|きかね)|誘導(?:する|し))|(?:(?:読者|読み手|視聴者|市民|住民|皆さん|皆様|皆さま)(?:の(?:皆さん|皆様|皆さま|方々))?を)?ミスリード(?:する|し(?:て|かね)|させ(?:る|かね))|ミスリード(?:を(?:招|誘|生)|な(?:もの|内容|表現|見出し|記事|報道|書き方)|(?:です|であり|でございます)))[^。！？!?\\n]{0,8}?(?:もの|内容|表現|報道|記事|書き方|見出し)?(?:です|であり|でございます|だ(?=[。！!、]|と|$)|と(?:言わざる|考え|思|感じ|存じ)|(?=[。！!]|$))',
    ),
    need: ['誤解を', '誤つた印象を', '間違つた印象を', '誤認を', '方向へ', '方向に', 'ミスリード'],
    what: '報道や批判への反論',
    instead: INSTEAD.press,
    notWithApology: true,
  },
  {
    re: phrase(
      '(?:事実|実態|現状|取り組み|取組|対応|経緯|活動|説明|ご説明|発言|回答|答弁|見解|資料)の(?:一面|一部分|一部|一側面|一端)(?:だけ|のみ|しか)?(?:に(?:すぎ|過ぎ)(?:ません|ない|ず)|を(?:取り上げ|切り取|強調|誇張|報じ)(?:た|て)(?:もの|内容|報道|記事|に(?:すぎ|過ぎ)))',
    ),
    need: ['一面', '一部', '一側面', '一端'],
    what: '報道や批判への反論',
    instead: INSTEAD.press,
    notWithApology: true,
    needsCriticism: true,
  },
  // A report said to be far from the facts: 実態とはかけ離れています, 現状と大きく異なる内容です, 実際とは乖離した数字
  // (answering a report or a critic; not 実態と異なる場合があります, a caution).
  {
    re: phrase(
      `(?:実態|実情|現状|現実|事実関係|実際(?:の[一-龥々ァ-ヶー][一-龥々ァ-ヶーぁ-ゖ]{0,6}?)?)(?:と|とは)(?:大きく|全く|まったく|かなり|著しく|明らかに|だいぶ|随分|ずいぶん)?(?:かけ離れ|懸け離れ|乖離し|食い違っ|異なっ|違っ)(?:て(?:います|おります|いる(?=[。！!、]|と|$)|おり|る(?=[。！!、]|$))|た(?:${FAR_FROM_NOUN})${FAR_FROM_VERDICT}|とる|ちょる)|(?:実態|実情|現状|現実|事実関係|実際)(?:と|とは)(?:大きく|全く|まったく|かなり|著しく|明らかに)?異なる(?:(?:${FAR_FROM_NOUN})${FAR_FROM_VERDICT}|(?:もの)?と(?:考え|受け止め|受けとめ|認識し|存じ|捉え)(?![^。！？!?\\n]{0,8}?(?:場合|とき|際)))` +
      // Blind R238K-032 kind: the same said with 相違 (ご投稿の内容について確認いたしましたが、実際とは相違がございます, 事実と相違しております).
      '|(?:実態|実情|現状|現実|事実関係|実際|事実)(?:と|とは)(?:大きく|全く|まったく|かなり|著しく|明らかに|一部)?(?:相違|齟齬)(?:が|も)?(?:ございます|あります|ござい(?:まし)?て|あり(?:まし)?て|見られます)(?=[。！!、]|$)|(?:実態|実情|現状|現実|事実関係|実際|事実)(?:と|とは)(?:大きく|全く|まったく|かなり|著しく|明らかに)?相違し(?:て(?:おります|います|おり|いる(?=[。！!、]|$))|た(?:もの|内容|記載|説明)(?:です|であり|でございます))',
    ),
    need: ['かけ離れ', '懸け離れ', '乖離', '食い違', '異な', '違つ', '相違', '齟齬'],
    what: '報道や批判への反論',
    instead: INSTEAD.press,
    notWithApology: true,
    needsCriticism: true,
    strongCriticism: true,
    orReply: true,
  },
  // Blind R407G-014 kind: a figure or passage of a report pointed at (この記事にある「…」は, 報道された数字は, 番組で紹介された件数も) and said
  // to differ from the reality (3年前の数字で、現在の実態とは大きく異なります, 実際とは違います): the report argued with in public. Not the
  // city's own publication set right (広報誌の記事にある…, 市のホームページ), not a caution (実際とは異なる場合があります), not with an apology.
  {
    re: phrase(
      '(?:記事|報道|番組|放送|紙面|ニュース|見出し)(?:に(?:ある|あった|出て(?:いる|いた|くる)|書かれ(?:た|て(?:いる|いた))|載っ(?:た|て(?:いる|いた))|掲載され(?:た|て(?:いる|いた)))|で(?:報じられ|紹介され|取り上げられ|使われ)(?:た|て(?:いる|いた))|の)[^。！？!?\\n]{0,40}?(?:は|が|も)[、,]?[^。！？!?\\n]{0,30}?(?:実態|実情|現状|現実|実際|事実)(?:と|とは)(?:大きく|全く|まったく|かなり|著しく|明らかに|だいぶ|随分|ずいぶん)?(?:異なり(?:ます|まして|ございます)|違い(?:ます|まして)|異なる(?:数字|数値|データ|内容|もの)(?:です|であり|でございます))',
    ),
    need: ['異なり', '違い', '異なる'],
    what: '報道への反論',
    instead: INSTEAD.press,
    notWithApology: true,
    unless: phrase('広報(?:誌|紙|やながわ)|市報|(?:市|当市|本市)の(?:ホームページ|HP|サイト|広報)', 'u'),
  },
  // Blind R407G-014 kind: the press asked in public to check the figures or the facts before reporting (報道機関の皆さまには、取材の際に最新の
  // 数値を確認していただきたい, 記者の方には正しいデータを確かめてほしい): the same rebuke as 正確な取材をお願いしたい. Not an offer
  // (最新の数値は市ホームページでご確認いただけます), not with an apology.
  {
    despiteCorrection: true,
    re: phrase(
      '(?:報道|マスコミ|メディア|新聞|テレビ|記者|各社)(?:各社|各局|機関|関係者)?(?:の皆様|の皆さま|の方々|の皆さん|の方|さん|様)?(?:に|には|へ|へは|に対して|に対しては)[、,]?[^。！？!?\\n]{0,16}?(?:数値|数字|データ|統計|資料|事実|実態|現状)(?:を|も|など)?[^。！？!?\\n]{0,8}?(?:確認|確かめ|調べ)(?:して|て|されて|を)?(?:いただきたい|頂きたい|ほしい|欲しい|もらいたい|いただきたかった|ほしかった|いただければと|もらえればと)',
    ),
    need: ['確認', '確かめ', '調べ'],
    what: '報道への抗議',
    instead: INSTEAD.press,
    notWithApology: true,
  },
  // Blind R436M-027 kind: the press told in public to do its research properly, the care said by an adverb (記者の方にはきちんと取材して
  // いただきたいものです, 報道機関にはしっかり調べてから報じてほしい, 新聞社の方にはちゃんと裏を取ってから書いてもらいたい, 記者さんにはもう少し
  // きちんと取材をお願いしたい): the same rebuke as 正確な取材をお願いしたい, also after the right figure is given. Not an invitation to cover an
  // event (ぜひ取材していただきたい), not a request about the procedure (事前に取材の申し込みをしていただきますよう), not with an apology.
  {
    despiteCorrection: true,
    re: phrase(
      '(?:報道|マスコミ|メディア|新聞|テレビ|番組|記者|取材者|編集部|各社)(?:各社|各局|機関|関係者|社|局|側)?(?:の皆様|の皆さま|の方々|の皆さん|の方|さん|様)?(?:に|には|へ|へは|に対して|に対しては)[、,]?(?:(?!ぜひ|是非)[^。！？!?\\n]){0,8}?(?:もう少し|もうちょっと|もっと|しっかり|きちんと|ちゃんと)(?:と)?[、,]?(?:よく)?(?:(?:(?:現場|事実|事実関係)を)?(?:取材|確認|事実確認|調査|勉強)(?:を)?(?:して|されて|なさって)|調べて|確かめて|裏(?:付け)?を取って)(?:から[^。！？!?\\n]{0,10}?(?:書い|報じ|記事にし|記事化し|放送し|発信し)て)?(?:いただきたい|頂きたい|ほしい|欲しい|もらいたい|いただきたかった|頂きたかった|ほしかった|欲しかった|もらいたかった|いただければ|もらえれば)' +
        '|(?:報道|マスコミ|メディア|新聞|テレビ|番組|記者|取材者|編集部|各社)(?:各社|各局|機関|関係者|社|局|側)?(?:の皆様|の皆さま|の方々|の皆さん|の方|さん|様)?(?:に|には|へ|へは|に対して|に対しては)[、,]?(?:(?!ぜひ|是非)[^。！？!?\\n]){0,8}?(?:もう少し|もうちょっと|もっと|しっかり|きちんと|ちゃんと)(?:と)?[、,]?(?:取材|確認|事実確認|調査|裏付け|裏取り)(?:を)?(?:お願いしたい|お願いいたしたい|お願いしたかった|お願いいたしたかった)',
    ),
    need: ['もう少し', 'もうちよつと', 'もつと', 'しつかり', 'きちんと', 'ちやんと'],
    what: '報道への抗議',
    instead: INSTEAD.press,
    notWithApology: true,
  },
  // Blind R436M-027 kind: a report's figure or fact called wrong in the writer's own voice, the report named (この記事、数字が違います, その報道は
  // 人数が間違っています, 今朝のニュース、金額が誤っています): the press contradicted in public, also when the right figure follows. Not the city's
  // own article or post corrected (広報やながわの記事で日付が間違っています…, 【訂正】), not with an apology, not a past error told
  // (記事の数字が間違っていました).
  {
    despiteCorrection: true,
    re: phrase(
      '(?:(?:この|その|あの|こちらの|今回の|本日の|今日の|昨日の|今朝の|けさの|先日の|一部の)(?:新聞|ネット|ウェブ)?|新聞)(?:記事|報道|ニュース|番組|見出し)(?:の|は|で(?:は)?|に(?:ある|あった))?[、,]?(?:数字|数値|人数|件数|金額|日付|日時|データ|割合|統計|グラフ|内容|記述|説明|名称|順位)(?:が|は|も)[、,]?(?:全く|まったく|完全に|明らかに|大きく)?(?:違います|違っています|違っております|ちがいます|違う(?:ん)?です|間違っています|間違っております|誤っています|誤っております|誤りです|間違いです|正しくありません)',
    ),
    need: ['違', 'ちが', '間違', '誤', '正しく'],
    what: '報道への反論',
    instead: INSTEAD.press,
    notWithApology: true,
    unless: phrase('広報(?:誌|紙|やながわ)|市報|(?:市|当市|本市|当課|担当課)の(?:ホームページ|hp|サイト|広報|投稿|記事)|訂正|先ほどの投稿|私ども|当方', 'u'),
  },
  // Blind R235I-009 kind: what a report, a post or a remark says set against what really happened, the two said to lie apart (記事の記載と
  // 実際の経過には大きな隔たりがある, 報道の内容と事実との間には食い違いがございます, ご指摘と実態には乖離があります): the report argued with
  // in public. The first term is the critic's or the press's; not two figures of the city's own compared (統計と実際の人数にはずれがあります),
  // not a caution (実際と異なる場合があります), not a rumour set right, not with an apology.
  {
    re: phrase(
      '(?:記事|報道|番組|放送|紙面|見出し|投稿|書き込み|コメント|ご指摘|指摘|ご批判|批判|ご発言|発言|主張|口コミ|クチコミ|レビュー)(?:の(?:記載|記述|内容|説明|表現|描写|書きぶり|伝え方|論調))?(?:と|とは)[、,]?(?:実際|事実|実態|実情|現実|現状|真実)(?:の[一-龥々]{1,4})?(?:と)?(?:の間)?(?:に|には|とでは|では|とは)[、,]?(?:非常に|極めて|あまりに)?(?:大きな|かなりの|著しい|明らかな|少なからぬ|相当な|多くの|重大な)?(?:隔たり|へだたり|食い違い|くい違い|乖離|ずれ|ズレ|相違|違い|開き|齟齬)(?:が|も)[、,]?(?:ある|あり|ございます|ござい|生じて|見られ|存在)',
    ),
    need: ['隔たり', 'へだたり', '食い違い', 'くい違い', '乖離', 'ずれ', '相違', '違い', '開き', '齟齬'],
    what: '報道や批判への反論',
    instead: INSTEAD.press,
    notWithApology: true,
    needsCriticism: true,
    orReply: true,
    rumourDenial: true,
    notInHoaxWarning: true,
    unless: phrase('場合|ときは|際は|お知らせください|ご連絡ください', 'u'),
  },
  // Blind R234M-080 kind: a remark, a report or a criticism pointed back at and declared not in keeping with the facts (この発言は実態に
  // 即していないと考えます, そのご指摘は事実に基づいたものではございません, 同記事は実情にそぐわない内容です, との発言は現状を反映していません):
  // the critic, a council member's words included, told they are wrong. The remark is named by a demonstrative or by との/という; not
  // the city's own rule or plan (現行の基準は実態に即していないため見直します), not a rumour or a hoax set right, not with an apology.
  // Blind R236I-029 kind: also a report named bare as the subject in a statement that explains the course of events (経緯のご説明…記事は
  // 実際の経過を正確に反映したものではないと受け止めております, 報道は現場の実情を正しく反映していません): the facts named with what of them
  // (実際の経過, 現場の実情) and an adverb of accuracy before the verb. A page's own caution stays clean (ことがあります, 場合, 可能性).
  {
    re: phrase(
      '(?:(?:この|その|あの|同|当該|こうした|そうした|このような|そのような|ご指摘の|との|という)(?:ご)?(?:発言|ご発言|指摘|意見|批判|記事|報道|投稿|書き込み|コメント|主張|見解|評価|レビュー|口コミ|お話|話|放送|番組)|(?<![一-龥々ァ-ヶー])(?:新聞|週刊誌|雑誌)?(?:記事|報道|報道内容|記事の内容)|(?:と|って)(?:いう)?の)(?:は|も)[、,]?(?:必ずしも|決して|到底|まったく|全く)?(?:[一-龥々]{1,4}の)?(?:実態|事実|実情|現実|現状|実際|データ|数字)(?:の[一-龥々]{1,4})?(?:に|を|と)[、,]?(?:正確に|正しく|十分に|適切に|忠実に)?(?:即して|即した|即し|基づいて|基づいた|基づき|沿って|沿った|反映して|反映した|合致して|合致した|一致して|一致した|そぐわ|合って|合った)(?:ものでは|ものとは|内容では|内容とは)?(?:おりません|いません|いない|おらず|ない|ありません|ございません|言えません|言えない|言い難|言いがた|なく)',
    ),
    need: ['実態', '事実', '実情', '現実', '現状', '実際', 'でーた', '数字'],
    what: '批判や発言を否定する反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    rumourDenial: true,
    notInHoaxWarning: true,
    unless: phrase('場合|かどうか|ないか|ないよう|ご注意|注意して|ましょう|ことがあ|ことがござ|可能性', 'u'),
  },
  // Blind R237M-032 kind: the critic told that reading or looking at what the city published would not leave them with that view
  // (公開している報告書をお読みいただければ、そのようなご認識にはならないものと存じます, 資料をご覧になれば、そういう印象は持たれないはず
  // です): the critic's view put down to not having read. To a critic (a reply, or a paragraph answering criticism); not a guide that
  // promises a clear picture (お読みいただければ、全体像がご理解いただけます), not with an apology.
  {
    re: phrase(
      `${READ_COND}[、,\\s]?[^。！？!?\\n]{0,12}?(?:その|そのような|そういった|そういう|そんな|そうした|ご指摘の|ご指摘のような|おっしゃるような)(?:ご)?(?:認識|印象|ご印象|理解|解釈|受け止め|お考え|考え|誤解|疑い|疑念|ご懸念|懸念)(?:には|にも|は|を)[、,]?(?:決して|到底|とても)?(?:なら|なられ|至ら|持たれ|お持ちになら|抱かれ|生じ)(?:ない|ません|ず)`,
    ),
    need: ['認識', '印象', '理解', '解釈', '受け止め', '考え', '誤解', '疑', '懸念'],
    ...TO_CRITIC,
    what: '相手の読み落としを指摘する反論',
  },
  // Blind R237M-032 kind: a charge denied with 断じて, the adverb of a protest (遊興を目的としたものでは断じてございません, 私的な目的では
  // 断じてありません, そのような意図は断じてございません): the critic answered with indignation. To a critic (a reply, or a paragraph
  // answering criticism); not the city condemning misconduct or discrimination (許されるものでは断じてありません, あってはならない), not
  // with an apology.
  {
    re: phrase('(?:では|じゃ|は|も)[、,]?断じて(?:ございません|ありません|ない(?=[。！!、,]|です|と(?:考え|申し|断言|存じ)))'),
    need: ['断じて'],
    what: '批判を強く否定する反論',
    instead: INSTEAD.deny,
    notWithApology: true,
    needsCriticism: true,
    orReply: true,
    rumourDenial: true,
    notInHoaxWarning: true,
    unless: phrase('許され|許容|容認|あっては|あってよい|認められ|差別|いじめ|暴力|ハラスメント|虐待|詐欺', 'u'),
  },
  // Blind R237M-033 kind: the act of objecting itself called oversensitive or excessive, often as the writer's view (この表現を問題視される
  // のはいささか過敏ではないかと受け止めております, これを批判されるのは大げさだと考えます, 抗議されるのは行き過ぎではないでしょうか): the
  // critics belittled without naming them as persons (the Round 54 form needs 人／方). Not a reassurance that a worry is no overreaction
  // (不安に思われるのは過敏なことではありません, ご相談されるのは大げさではありません), not with an apology.
  {
    re: phrase(
      '(?:(?:問題視|疑問視|批判|非難|反発|抗議|指摘)(?:される|なさる|する)|(?:騒ぎ立て|目くじらを立て)(?:られる|る)|騒がれる|不快に(?:思う|思われる|感じる|感じられる)|(?:苦情|クレーム)を(?:言う|言われる|寄せられる|入れる))(?:の|こと|ような(?:こと|反応))(?:は|も)[、,]?[^。！？!?\\n]{0,12}?(?:過敏|神経質|大げさ|大袈裟|おおげさ|過剰(?:反応|な反応)?|行き過ぎ|いきすぎ|(?:気に|考え)(?:し)?(?:すぎ|過ぎ)|言いすぎ|言い過ぎ|穿ち過ぎ|うがちすぎ|揚げ足取り|言いがかり|難癖)(?!(?:な(?:こと|わけ|反応))?(?:では|じゃ)(?:ありません|ございません|ない(?![かの]|でしょう))|(?:か)?もしれ|かも)',
    ),
    need: ['過敏', '神経質', '大げさ', '大袈裟', 'おおげさ', '過剰', '行き過ぎ', 'いきすぎ', 'すぎ', '過ぎ', '揚げ足', '言いがかり', '難癖'],
    what: '批判を過剰反応とする反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    unless: phrase('ご安心|ご相談|遠慮なく|ためらわず|ましょう', 'u'),
  },
  // Blind R225R-041 kind: the critic's review or post said, in a plain short form, to differ from the facts (そのクチコミ、実際とは
  // ぜんぜん違いますよ〜！, この口コミは実際とまったく異なります, そのレビュー、事実と違います): the review answered back on the spot.
  // Only with the critic's own item pointed at by a demonstrative or ご指摘の; not a photo's caution (写真はイメージで、実際とは異なります).
  {
    re: phrase(
      '(?:その|この|あの|そちらの|あなたの|貴方の|ご指摘の|こちらの)(?:クチコミ|口コミ|レビュー|評判|投稿|ポスト|ツイート|書き込み|コメント|ご感想|感想|ご意見|お話|話|記事)(?:の内容)?(?:は|って|も)?[、,\\s]?(?:(?:実態|実情|現実|実際|事実)(?:と|とは))[、,\\s]?(?:全然|ぜんぜん|ぜーんぜん|まるで|まるっきり|まったく|全く|大きく|だいぶ|かなり|ちょっと|随分|ずいぶん)?[、,\\s]?(?:違い|ちがい|異なり)ます(?!が|けど|けれど|ので|ため|から|し(?![、,\\s]))',
    ),
    need: ['実態', '実情', '現実', '実際', '事実'],
    ...TO_CRITIC,
    what: '批判や評判を否定する反論',
    instead: INSTEAD.critic,
    unless: phrase('ありがと|感謝|ご質問|お問い合わせ|ご心配|ご安心|安心して|ご不安|イメージ|申し訳|お詫び', 'u'),
  },
  // Round 19 (kinds older rounds left): the critic said not to understand (前提をまったく理解されていない方の書き込みだと
  // 思われます), fault denied as settled (職員の対応に何ら落ち度はなかったものと考えております, 当課に非なし), and the notice
  // said to have been given after all (受付開始日ちゃんと告知してましたよ〜？) — answering criticism.
  {
    re: phrase(
      '(?:を|が|も)[、\\s]*(?:まったく|全く|よく|十分に?|正しく|きちんと|ちゃんと|何も|なにも)?(?:理解|把握|ご理解|お分かりに)(?:されて|して|なさって|なって)(?:い|おら|いらっしゃら)(?:ない|れない|ん)(?:方|人|方々|人たち)(?:の|による|が|から|で)[^。！？!?\\n]{0,4}?(?:書き込み|投稿|ご意見|意見|コメント|ご批判|批判|主張|ご指摘|指摘|発言|レビュー|口コミ)',
    ),
    need: ['理解', '把握', 'お分かりに'],
    what: '相手の誤りを指摘する反論',
    instead: INSTEAD.critic,
    notWithApology: true,
  },
  // Blind R223L-049 kind: the critics' opinions put down to their not understanding, as the city's view (否定的なご意見の多くは、
  // …事情を十分にご理解いただけていないものと受け止めております, ご批判は制度を正しく理解されていないことによるものと考えております):
  // the criticism waved off, not heard. The opinion is the subject of the sentence; not the city's own shortfall (説明不足, 周知が
  // 行き届かず) and not on the way to a remedy (ご理解いただけていないものと考え、説明会を開催します).
  {
    re: phrase(
      '(?:ご意見|ご批判|ご指摘|ご不満|意見|批判|指摘|不満の声|お声|声|コメント|書き込み)(?:の(?:多く|大半|ほとんど|一部|中には))?(?:は|も)[、,]?[^。！？!?\\n]{0,40}?(?:十分に?|正しく|よく|きちんと|まだ)?(?:ご理解|理解|ご認識|ご把握|把握)(?:を)?(?:いただけて|頂けて|されて|して|なさって)(?:い|おら)(?:ない|れない)(?:もの|こと(?:による|から来る|に(?:よる|起因する)|が原因の)(?:もの)?|ため(?:の)?(?:もの)?)(?:と|だと|であると)[、,]?(?:受け止め|考え|認識|判断|存じ|思|理解し|捉え|とらえ)',
    ),
    need: ['理解', '認識', '把握'],
    what: '批判を相手の理解不足とする反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    notWithRemedy: true,
    unless: /説明不足|周知不足|力不足|至らな|私どもの|不十分な説明|行き届か/u,
  },
  // Round 23: the same denial stated for the record, with any office as the one not at fault (市のこども家庭課には一切
  // 落ち度はなかったことを申し添えます, 当センターの対応に不備はなかった旨、念のためお伝えします, 学校側に過失はなかったと
  // 断言します); answering a report or a criticism (not an inspection's finding told as such).
  {
    re: phrase(
      '(?:担当部署|部署|部局|対応|判断|運営|処理|措置|職員|担当者|当方|当課|当市|市|課|部|局|室|係|所|署|センター|館|園|学校|病院|委員会|事務局|側|市役所|役所)(?:の(?:対応|判断|職員|担当者)?)?(?:に|には|の側に)(?:は)?[、\\s]*(?:何ら|なんら|全く|まったく|一切|少しも|特段の|いっさい)?(?:落ち度|非|過失|不手際|手落ち|瑕疵|不備|ミス|問題|責任|誤り|間違い)(?:は|も|が)?(?:なかった|無かった|ございませんでした|ありませんでした|ない|ありません|ございません)(?:(?:という|といった)?(?:こと|旨|点)|の)?(?:を|は|、|と)?[、\\s]*(?:念のため|改めて|あらためて|はっきり|明確に|ここに|この場で|重ねて|強く)?[、\\s]*(?:申し添え|付け加え|つけ加え|お伝えし|お伝えいたし|申し上げ|明言し|明言いたし|断言し|強調し|ご報告し|報告し|ご説明し|明らかに|明記し|お知らせし|主張し|ご理解(?:ください|いただき|頂き|願い))'
    ),
    need: ['落ち度', '非', '過失', '不手際', '手落ち', '瑕疵', '不備', 'ミス', '問題', '責任', '誤り', '間違い'],
    ...JUSTIFYING,
    needsCriticism: true,
    orReply: true,
  },
  {
    re: phrase(
      '(?:対応|判断|運営|処理|措置|職員|担当者|当方|当課|当市|市)(?:の(?:対応|判断)?)?(?:に|には|の側に)(?:は)?[、\\s]*(?:何ら|なんら|全く|まったく|一切|少しも|特段の)?(?:落ち度|非|過失|不手際|手落ち|瑕疵)(?:は|も|が)?(?:なかった|無かった|ございませんでした|ありませんでした)(?:もの|こと)?(?:と[^。！？!?\\n]{0,24}?(?:考え|認識し|存じ|思|確信し|判断し|信じ)|(?=[。！!]|$))|(?:当課|当市|市|当方|当館|当社|こちら)に(?:は)?(?:非|落ち度|過失)(?:は)?(?:なし|無し)(?=[。！!、]|$)',
    ),
    need: ['落ち度', '非', '過失', '不手際', '手落ち', '瑕疵'],
    ...JUSTIFYING,
  },
  {
    re: phrase(
      '(?:ちゃんと|きちんと|しっかり|ちゃーんと)[^。！？!?\\n]{0,12}?(?:告知|お知らせ|周知|ご案内|案内|予告|発表)(?:して|いたして|しと|させていただいて)(?:ました|いました|おりました|た|ったけん|ったと|ったばい)(?:よ|けど|が|ね|けん|のに|もん)?(?=[〜~ー！!？?。、\\s]|$)',
    ),
    need: ['告知', 'お知らせ', '周知', '案内', '予告', '発表'],
    what: '苦情への言い返し',
    instead: INSTEAD.critic,
    notWithApology: true,
    needsCriticism: true,
    orReply: true,
  },
  // Round 31: the critic said to worry for nothing, in keigo (…を問題視されていますが、…見通しで、ご心配には及びません, ご懸念は
  // 杞憂かと存じます, 心配されるような問題はございません; not a reassurance with no criticism answered).
  {
    re: phrase(
      '(?:ご心配|ご懸念|ご不安|心配|懸念)(?:には|は|に)(?:及びません|及ばない|およびません|及ばず|無用|ご無用|当たりません|あたりません)|心配(?:ご)?無用|杞憂(?:です|でございます|に過ぎ|にすぎ|かと|だと|でしょう|に終わ)|取り越し苦労(?:です|かと|だと|でしょう|でございます)|(?:ご心配|心配|ご懸念|懸念)(?:なさる|される|する)(?:ような|ほどの|ほど)(?:こと|問題|事態|状況)?(?:は|も)(?:ない|ありません|ございません|生じ)',
    ),
    need: ['心配', '懸念', '不安', '杞憂', '取り越し苦労'],
    what: '批判した相手への反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    needsCriticism: true,
    orReply: true,
  },
  // Round 31: a complaint that nobody was told answered with "we did tell you" (「説明がなかった」とのご意見をいただいて
  // おりますが、市報5月号と回覧板でお知らせしております, 知らなかったという声もありますが、ホームページに掲載しています; not when
  // the city apologises or promises to tell better).
  {
    re: phrase(
      '(?:(?:説明|案内|周知|告知|お知らせ|連絡|通知|知らせ|情報提供|情報)(?:が|は|も)?(?:なかった|無かった|ない|不足|足りない|足りなかった|不十分)|知らなかった|聞いていない|聞いてない|聞いていなかった|知らされて(?:い)?(?:ない|なかった)|知らされず)(?:(?!ため|ので|よう|向け|ありがとう|感謝)[^\\n]){0,60}?(?:(?:で|にて|にも|でも|に|から)[、\\s]?(?:既に|すでに|事前に|きちんと|しっかり|ちゃんと|何度も|繰り返し|再三)?|既に|すでに|何度も|繰り返し|再三)[、\\s]?(?:[^。！？!?\\n]{0,8}?を)?(?:(?:お知らせ|周知|告知|ご案内|案内|掲載|ご説明|説明|お伝え|通知|広報|記載|配布)(?:して|いたして|させていただいて|し|され)(?:おります|おりました|います|いました|ございます|あります|おりまして|てきました|てまいりました)|[^。！？!?\\n]{0,4}?(?:掲載|周知|配布|告知|通知)済み)',
    ),
    need: ['なかつた', '無かつた', 'ない', '不足', '足りな', '不十分', '知らなかつた', '聞いてな', '聞いていな', '知らされ'],
    what: '苦情への言い返し',
    instead: INSTEAD.critic,
    notWithApology: true,
    notWithRemedy: true,
    needsCriticism: true,
    orReply: true,
  },
  // Round 35: responsibility denied to a critic (ご指摘の件ですが、監視員不足は市の責任ではなく、全国的な人手不足によるものです,
  // 渋滞は当課のせいではありません, 市に落ち度があるわけではございません), only after a criticism received (not a rule told:
  // 私道の除雪は市の責任ではなく所有者の管理となります).
  {
    re: phrase('(?:市|当市|本市|当課|当部|当局|町|行政|市役所|役所|私ども|当方|こちら|我々|私たち|職員|当館|当園|当施設|当センター|学校|教育委員会|担当課|(?<![他各隣近同別])(?:市立|町立|県立)?(?:図書館|美術館|博物館|資料館|記念館|公民館|体育館|文化会館|市民会館|動物園|施設))(?:側)?(?:(?:が|は)(?:悪い|悪かった|間違っている|間違っていた)(?:わけ|訳)(?:では|じゃ)(?:なく|ない(?![かよ])|ありません|ございません)|の(?:責任|せい|落ち度|過失|手落ち|怠慢|不手際)(?:で|じゃ|では)(?:は)?(?:なく|なか|ない(?![かよ])|ありません|ございません)|に(?:は)?(?:責任|落ち度|過失|非)(?:が|は)?(?:ある(?:わけ|もの|という(?:わけ|こと))(?:では|じゃ)(?:なく|ない|ありません|ございません)|(?:なく|ない(?![かよ])|ありません|ございません)))'),
    need: ['責任', 'せい', '落ち度', '過失', '手落ち', '怠慢', '不手際', '非', 'わけ', '訳'],
    what: '責任を否定する弁明',
    instead: INSTEAD.justify,
    notWithApology: true,
    unless: phrase('ありがとう|ありがたく|感謝|真摯に受け止め|重く受け止め', 'u'),
    needsCriticism: true,
    strongCriticism: true,
  },
  // Round 35: a complaint answered with "you must understand", in any register (訓練がうるさかって言われよるばってん…分かって
  // もらわんと困るとです, 料金が高いとのご意見ですが、ご理解いただかないと困ります, 我慢してもらうしかありません).
  // Blind R200D-014: or enduring told as what is right (その時間まではご辛抱いただくのが筋かと存じます, 我慢してもらうのが当然です): the
  // complainant told the duty is theirs; not the norm doubted (我慢するのが当たり前ではありません).
  {
    re: phrase('(?:分かって|わかって|理解して|納得して|我慢して|辛抱して|了承して|ご理解|ご納得|ご辛抱|ご了承|ご容赦|ご協力|ご我慢)(?:もらう|いただく|頂く|する)のが(?:筋|スジ|すじ|当然|当たり前|あたりまえ|道理|本来)(?!では|じゃ|とは|という|といった|でしょうか|か[？?]|なのか)|(?:分かって|わかって|理解して|納得して|我慢して|辛抱して|了承して|ご理解|ご納得|ご辛抱|ご了承|ご容赦)(?:もらわ|いただか|頂か|もらわな|くれ)(?:ない|ん|な|ねば|んば|にゃ|なきゃ|なくちゃ)(?:と|くては|くちゃ|いと|きゃ|ば|では)?[、\\s]?(?:困|いけ|いか|なら|だめ|ダメ)|(?:分かって|わかって|理解して|納得して|我慢して|辛抱して|ご理解|ご納得|ご辛抱|ご了承)(?:もらう|いただく|頂く)(?:しか|ほか)(?:ない|なか|ありません|ございません)|(?:分かって|わかって|理解して)(?:ほしい|欲しい|もらいたい)(?:です|んです|のです|と思います|もんです|ものです|ばい|けん|と)?(?=[。！!]|$)|(?:から|ので|以上|けん|やけん)[、\\s]?(?:仕方|しかた|しょうが|しょう)(?:が)?(?:ない|ありません|なか)(?:でしょう|でしょ|じゃないですか|じゃありませんか|やろ|やろう|じゃろ|やん|じゃん)'),
    need: ['分かつて', 'わかつて', '理解', '納得', '我慢', '辛抱', '了承', '容赦', '協力', '仕方', 'しかた', 'しようが', 'しよう'],
    what: '苦情への言い返し',
    instead: INSTEAD.critic,
    notWithApology: true,
    alsoNeeds: phrase('(?:って|と)(?:言われ|いわれ|おっしゃ|言って|いって|言う|いう|書かれ|書い)[^。！？\\n]{0,6}?(?:けど|けれど|が[、,]|ばってん|ばって|ども|やけど|けども|ますが|ですが)|ご指摘|ご批判|批判|お叱り|ご意見|苦情|クレーム|ご不満|不満|文句|とのこと|との(?:ご|お)?(?:意見|指摘|批判|声)', 'u'),
  },
  // Blind R133I-032: a complainer told not to come then, in any register or dialect (ルールも読めないなら来ないでいただいて結構です,
  // 嫌なら来なくて結構です, ご来館いただかなくて構いません, そげん言うなら来んでよか), with a complaint heard in the paragraph; not
  // care for a visitor (体調が悪い日は無理して来なくて大丈夫です).
  {
    re: phrase('(?:来|こ)(?:ないで|なくて|んで)(?:いただいて|頂いて|もらって|くださって|下さって)?(?:も)?[、,]?(?:結構|けっこう|構いません|かまいません|構わない|かまわない|よか|ええ)|(?:ご来館|ご来場|ご来園|ご来店|ご利用|お越し|ご参加)(?:いただかなくて|頂かなくて|されなくて|なさらなくて|にならなくて)(?:も)?[、,]?(?:結構|けっこう|構いません|かまいません)|(?:なら|ならば|やったら|だったら|のなら)[、,]?(?:もう)?(?:来るな|来んな|来なければ(?:いい|よい)|来なきゃ(?:いい|よい)|来なけりゃ(?:いい|よい))'),
    need: ['来', 'こな', 'こん', '越し', '利用', '参加'],
    what: '苦情への言い返し',
    instead: INSTEAD.critic,
    notWithApology: true,
    alsoNeeds: phrase('(?:って|と)(?:言われ|いわれ|おっしゃ|言って|いって|言う|いう|書かれ|書い)|ご指摘|ご批判|批判|お叱り|ご意見|苦情|クレーム|ご不満|不満|文句|とのこと|との(?:ご|お)?(?:意見|指摘|批判|声)', 'u'),
    unless: phrase('体調|無理|お大事|ご安心|心配', 'u'),
  },
  // Round 35: the staff's conduct that a post or a criticism charged denied (「職員が無視した」という投稿が拡散していますが、職員は
  // そのような対応はしておりません; not a scam warning: 市ではそのような案内はしておりません). Blind R69A-077: or declared impossible,
  // in any register or dialect (そのような対応はありえません, そんな態度をとるはずがありません, そげな対応ばするこつはありえん).
  {
    re: phrase('(?:そのような|そういった|そういう|そんな|そげな|そげん|そがん|そぎゃん|ご指摘のような|ご指摘の)(?:対応|言動|発言|態度|扱い|応対|接客)(?:は|を|ば|など)?[、\\s]?(?:[^。！？\\n]{0,12}?(?:は|も|なんて)[、\\s]?)?(?:一切|決して|全く|まったく|絶対(?:に)?)?(?:(?:して|いたして|取って|とって|行って|おこなって)(?:は)?(?:おりません|いません|おらず|いない)|(?:ありえ|あり得)(?:ません|ない|ん)|(?:する|いたす|致す|とる|取る|やる)はず(?:が|は)(?:ありません|ございません|ない|なか))' +
      // Blind R331R-018 kind (reb61): …or the staff who would act so declared not to exist (そのような対応をしている者はおりません, そんな態度を
      // 取るスタッフは一人もいません, そういった接客をする船頭はおりません). Not a purpose (…する職員がいないよう).
      '|(?:そのような|そういった|そういう|そんな|そげな|そげん|そがん|ご指摘のような|ご指摘の)(?:対応|言動|発言|態度|扱い|応対|接客|振る舞い|ふるまい|こと|ご案内|案内|ご説明|説明|言い方|物言い)(?:を|ば)?(?:する|した|して(?:いる|いた|おる)|しとる|しよる|取る|とる|取った|とった|取って(?:いる|いた))(?:ような)?(?:者|職員|スタッフ|船頭|係員|人|社員|従業員|担当者|ガイド|乗務員|運転手|隊員|指導員|保育士|教員|ドライバー)(?:は|など|なんて)[、,]?(?:一人も|ひとりも|誰も|だれも|一切|決して|全く|まったく)?(?:おりません|いません|おらず|いない(?!よう)|おらん)'),
    need: ['対応', '言動', '発言', '態度', '扱い', '応対', '接客', '振る舞い', 'ふるまい', 'こと', '案内', '説明', '言い方', '物言い'],
    what: '批判や情報を否定する表現',
    instead: INSTEAD.deny,
    notWithApology: true,
    needsCriticism: true,
    orReply: true,
    unless: phrase('詐欺|不審|なりすまし|成りすまし|騙|だまされ|偽|ご注意|注意して|還付金|暗証番号', 'u'),
  },
  // --- Round 36 kinds ---
  // What a critic wrote or says, reported in any register, then flatly contradicted (…っておらんって書かれとるけど、それは違います！,
  // …とおっしゃいますが、それは違いますよ, …って言いよる人がおるばってん、そりゃ違うばい; not a myth set right: …と言われますが、それは
  // 誤りです, not an admission: それは誤りでした).
  // Blind R228C-013 kind: the critic's post seen or read, named as such (「…」って投稿を見たけど, という書き込みを拝見しましたが, って
  // コメントを読んだけど), and contradicted in a mascot's or a dialect's copula too (それはぜんぜん違うだっち！, 違うだよ).
  {
    re: phrase('(?:って|と|っち|ち)(?:書かれ|書いて|書き込まれ|書き込んで|書いと|おっしゃ|仰|言って|言っと|言うと|言いよ|言うて|コメントされ|投稿され|ご意見をいただ|お電話をいただ|(?:いう|の)?(?:投稿|書き込み|コメント|ポスト|ツイート|レビュー|口コミ|クチコミ)(?:を|も)?(?:見|拝見し|拝読し|読ん|目にし|見かけ))[^。！？\\n]{0,8}?(?:けど|けれど|けども|ばってん|ばって|が)[、,\\s]*(?:それ|そい|そりゃ|そら|そこ|そげなこと|そんなこと)(?:は|って|も)?[、,\\s]*(?:全く|まったく|完全に|全然|ぜんぜん|決して)?(?:違います|違う(?:ん|と|けん|よ|ばい|たい|だ(?!け)|[。！!]|$)|違いますよ|ちがいます|ちがう(?:ん|と|けん|よ|ばい)|違うとります|違っとります|間違いです|間違っとります|嘘です|うそです|デマです)|(?:って|と|っち|ち)(?:書かれ|書いて|書き込まれ|書いと|言われ|言って|言っと|言うと|言いよ|言うて)[^。！？\n]{0,8}?(?:けど|けれど|ばってん|ばって|が)[、,\s]*(?:そげな|そがん|そげん|そぎゃん)こと(?:は)?(?:なか|なかです|なかばい|なかよ|なかけん|ありません)'),
    what: '批判に対する反論',
    instead: INSTEAD.deny,
    notWithApology: true,
    rumourDenial: true,
  },
  // What critics write or say, reported, then answered with "we only follow the rules" (…が冷たいと書いている人がいますが、うちは
  // 法律どおりにやっているだけです; …って書いとる人のおるばってん、…やっとるだけです; …って言われても、ルール通りにやってるだけなんで).
  {
    re: phrase('(?:(?:って|と|っち|ち)(?:書いて|書いと|書き込んで|言って|言っと|言いよ|言うて|言う|おっしゃって)(?:る|いる|おる|らっしゃる|おられる)?(?:人|方|人たち|方々)(?:が|の|も)(?:いる|います|おる|おります|いらっしゃいます|おられます|おらす)?(?:けど|けれど|ばってん|ばって|が)|(?:って|と|っち|ち)(?:言われ|書かれ)(?:ても|ましても|とっても|よっても))[、,\\s]*[^。！？\\n]{0,30}?(?:どおり|通り|とおり|に基づいて|に沿って|に従って|の範囲で)(?:に)?[^。！？\\n]{0,6}?(?:やって|やっと|対応して|対応しと|しとる|して|処理して|運用して)(?:いる|る|おる|おります|います)?だけ'),
    ...JUSTIFYING,
  },
  // A complaint heard, then turned onto the residents (支給が遅いとの声がありますが、それは申請が遅れた方の話です, 届かないという苦情
  // は、書類に不備があった方に原因があります; answering a criticism received; not a rule told: 申請が遅れた方の支給は翌月です).
  {
    re: phrase('(?:それ|これ|そちら|遅れ|遅延|トラブル|不具合|問題)(?:は|って)[、,\\s]?[^。！？\\n]{0,24}?(?:た|ない|なかった|ていない|てない|ん|なか|ず)(?:方|人|方々|人たち|ケース|皆さん|皆さま|皆様)(?:だけ|のみ|側)?(?:の)?(?:話|問題|ご事情|都合|せい|責任)(?:です|でしょう|だ|や|であり|であって|ですね|ですよ|ばい|たい|やけん|じゃ|でございます)|(?:た|ない|なかった|ていない|てない)(?:方|人|方々|人たち|皆さん|皆さま|皆様)(?:の側|側)?に(?:原因|責任|問題)が(?:あり|ある|ござい)'),
    ...JUSTIFYING,
    needsCriticism: true,
    strongCriticism: true,
    orReply: true,
  },
  // Blind R90A-101: a complaint received, its cause put on the users' own handling (故障が多いとのご意見をいただきましたが、…故障の多くは
  // お子さんの取り扱いによるものと考えております, 利用者の皆さんの使い方に原因があります, 大半は申請者の入力ミスが原因です, 生徒さんの扱いが
  // 荒かけんです): the complainants told the fault is theirs. The users named before the handling, or the handling alone after は or 、
  // (取り扱いによるもの); after a criticism received only, not a help answer or a safety tip (破損の多くは取り扱いによるものです。ケースを
  // お使いください, with no complaint), not a fix announced, not the city's own handling (担当課の取り扱いによるもの).
  {
    re: phrase('(?:(?:お子さん|お子様|お子さま|子ども|子供|こども|児童|生徒|利用者|使用者|ご利用者|ご家庭|家庭|保護者|皆さん|皆さま|皆様|みなさん|お客様|お客さま|市民|住民|申請者|ご本人|ユーザー|ユーザ)(?:さん|様|さま|たち|の方|の方々|の皆さん|の皆さま|の皆様|側|ご自身)?(?:の|による|が)[^。！？!?\\n、,]{0,6}?(?:取り扱い|取扱い|取扱|扱い方|扱い|使い方|使用方法|使用法|操作|誤操作|操作ミス|入力ミス|記入ミス|記入漏れ|不注意|誤使用|管理)|(?<=[はも、,\\s])(?:取り扱い|取扱い|取扱|扱い方|使い方|誤操作|操作ミス|入力ミス|誤使用))(?:の(?:仕方|方法|誤り|ミス|問題|不備))?(?:に(?:よる|よって|起因する|起因した)(?:もの|ケース|こと)|によ(?:るもの|り生じ)|に起因し|が(?:主な|大きな)?原因|に(?:主な|大きな)?原因が|のため(?:です|であり|と|で(?:ございます|す))|のせい|の問題(?:です|であり|と|かと)|が(?:荒|あら)(?:い|か)(?:から|けん|ため|せい))(?!かどうか|か否か|かを|かも)'),
    what: '苦情を利用者側の問題とする弁明',
    instead: INSTEAD.justify,
    notWithApology: true,
    notWithRemedy: true,
    needsCriticism: true,
    strongCriticism: true,
  },
]
