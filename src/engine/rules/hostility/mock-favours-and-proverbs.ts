/**
 * hostility — mock favours, proverbs and harm disclaimed.
 *
 * Blind R298K–R306N kinds: a critic's zeal wished elsewhere with mock admiration, the asker told by a question they failed to
 * see what is plain, feigned surprise that such askers still exist; a complaint about distance answered as a favour to the
 * complainer's health (日頃の運動不足解消にちょうどよい距離), a lack of skill implied, a proverb of futility (馬の耳に念仏) said of residents who ask
 * again, a person's words called laughable, told to read the basics first; a proverb of narrowness aimed at residents who
 * disagree (井の中の蛙), a magnifier offered to a reader who missed a notice, a text rewritten at a child's level with a taunt, a
 * long stay at the desk thanked; harm to the addressee's car hinted at with the city washing its hands of it
 * (何が起きても一切関知いたしません: threat).
 *
 * Stays clean: a neutral tip (駅から徒歩20分、いい運動になります), a proverb learnt or our own resolve, a plain disclaimer of a facility
 * (事故・盗難については責任を負いかねます), a large-print edition offered as a service.
 *
 * Its phrases run where index.ts puts them in PHRASES (the check order: a phrase earlier in PHRASES holds its span first).
 *
 * Guideline: 5(3) 他者を誹謗中傷したり、攻撃的・挑発的な表現を用いない.
 */
import { phrase, isReportedSpeech, sentenceOf } from '../../words'
import type { Phrase } from './context'
import { COMPLAINT_H20B, ENERGY, GRIEVANCE_H22, HUMBLE_H20, INSTEAD, MISUSE, SELF, foldAll, notQuoted, notTeaching, sentenceText, withPrevious } from './context'

/**
 * Blind R298K-024 kind (hostmask20): a frequent critic's zeal wished elsewhere, with mock admiration (その情熱を別のことに向けられたら、
 * さぞご活躍されるでしょうね, その熱意をほかのところに使われたら、きっと大成されるでしょうに): backhanded praise, a warning. ENERGY's
 * zeal (情熱, 熱意, エネルギー) turned to "something else" (別のこと, ほかのところ, 他の方面) on a condition; kept with さぞ / きっと … でしょう
 * after it or a critic or their opinions before it. A sincere call to join another activity (その情熱をほかの地域活動にも向けていただけたら
 * うれしいです: a named activity and も) and sincere praise (皆さまの熱意に頭が下がります: nothing "else") stay clean.
 */
const ELSEWHERE_ZEAL = `(?:その|そのお|それほどの|それだけの|あれだけの|これだけの)${ENERGY}(?:を|ば|は)[、\\s]?(?:何か|なにか|どこか|もっと)?[、\\s]?(?:別の|べつの|ほかの|他の|違う|ちがう|もう少し別の)(?:こと|事|ところ|所|方向|方面|もの|分野|場所|何か)(?:に|へ)[、\\s]?(?:お)?(?:向け|使|つか|回|まわ|注|そそ|生か|活か|役立て|費や)(?:られ|られれ|われ|れ|わ|っ|い|て(?:いただけ|くだされ|もらえ))?(?:たら|ば|れば|ていたら|ておられたら)`
const ELSEWHERE_MOCK = /^[^。！？!?\n]{0,30}?(?:さぞ|さぞかし|さぞや|きっと|どれほど|どんなに)[^。！？!?\n]{0,20}?(?:でしょう|でしょうに|ことでしょう|だろう|やろう|のに)/u
const ELSEWHERE_CRITIC = /[@＠]|ご意見|ご指摘|ご批判|批判|文句|苦情|クレーム|書き込|コメント|投稿|お電話|お寄せ|毎日欠かさず|毎日のように|連日/u
/**
 * Blind R298K-018 kind (hostmask20): the asker told, by a question, that they failed to see what is plain (…大きく載せているのですが、
 * お見えになりませんでしたか？; 読めませんでしたか, ご覧になれませんでしたか, お気づきになりませんでしたか, 目に入りませんでしたか): a sneer,
 * a warning, when the text also feigns surprise that such people remain (このようなご質問をされる方が、まだいらっしゃるとは驚きました)
 * or stresses how plainly it was shown (大きく, いちばん上に, 太字で, 何度も). A real question about a view (花火は見えませんでしたか) and a
 * plain answer (ホームページのトップに掲載しています) stay clean.
 */
const COULD_NOT_SEE = '(?:お見えになり|見え|読め|よめ|お読みになれ|お読みいただけ|ご覧になれ|ご覧いただけ|目に入り|目にとまり|目に留まり|お目に留まり|お目にとまり|お気づきになり|お気付きになり|気づき|気付き|見つけられ|お見つけになれ|お分かりになり|おわかりになり)ませんでした(?:か|でしょうか)(?:ね)?[？?]'
const PLAIN_SHOWN = /大きく|大きな(?:字|文字)|いちばん上|一番上|最上部|トップに|冒頭に|目立つ|太字|赤字|赤い(?:字|文字)|何度も|何回も|再三|はっきり|明記/u
/**
 * Blind R298K-018 kind (hostmask20): feigned surprise that people who ask or say such a thing still exist (このようなご質問をされる方が、
 * まだいらっしゃるとは驚きました, こんなことをおっしゃる方がまだおられるとは意外です): a sneer at the asker, a warning on its own when the
 * thing is a question, an opinion or a complaint. Admiration (昔ながらの手仕事を続ける方がまだいらっしゃるとは驚きました) stays clean.
 */
const STILL_SUCH = `(?:この|その|こんな|そんな|こうした|そうした|このような|そのような|こういう|そういう|かような)(?:ご質問|質問|お問い合わせ|問い合わせ|ご意見|意見|ご指摘|指摘|苦情|クレーム|こと|事|書き込み|コメント|ご発言|発言)[^。！？!?\\n]{0,14}?(?:方|人|方々|人たち|お方)(?:が|も)[、\\s]?(?:まだ|いまだに|未だに|今でも|今どき|いまどき|この時代に)[、\\s]?(?:いらっしゃる|おられる|いる|おる|存在する)(?:とは|なんて|のか)[、\\s]?(?:驚き|おどろき|びっくり|意外|思いませんでした|思いもしませんでした|信じられ)`
const STILL_SUCH_RE = new RegExp(STILL_SUCH, 'u')
export const MOCK_ZEAL_PHRASES: Phrase[] = [
  {
    rule: 'hostility/confrontational',
    re: phrase(ELSEWHERE_ZEAL),
    need: foldAll(['別の', 'べつの', 'ほかの', '他の', '違う', 'ちがう']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      return ELSEWHERE_MOCK.test(sq.slice(e, e + 60)) || ELSEWHERE_CRITIC.test(sq.slice(0, s))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(COULD_NOT_SEE),
    need: foldAll(['でしたか', 'でしょうか']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const before = sq.slice(0, s)
      if (HUMBLE_H20.test(sq.slice(Math.max(0, s - 60), e + 60))) return false
      return PLAIN_SHOWN.test(withPrevious(sq, s, e)) || STILL_SUCH_RE.test(before)
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(STILL_SUCH),
    need: foldAll(['まだ', 'いまだに', '未だに', '今でも', '今どき', 'いまどき', 'この時代に']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e),
  },
]

/**
 * Blind R302K-018 kind (host20): a complaint about distance or effort answered as if it were a favour to the complainer's health (徒歩20分…
 * 日頃の運動不足解消にちょうどよい距離かと存じます, 市からのささやかな健康サービス, ダイエットにもってこい): sarcasm, warn, only after a
 * complaint is reported (「…」とのご投稿, ご意見, ご指摘, 苦情). A neutral tip (駅から徒歩20分、いい運動になります) stays clean.
 */
const HEALTH_FAVOUR_H20B = '(?:運動不足(?:の)?(?:解消|対策)|ダイエット|健康(?:づくり|増進|維持)|足腰の(?:鍛錬|強化)|(?:いい|よい|良い)運動)(?:に|には|にも)?[、\\s]?(?:ちょうど|もってこい|うってつけ|ぴったり|最適|最高)|(?:ささやかな|ちょっとした|市からの)?(?:健康|運動)(?:への)?(?:サービス|プレゼント|おまけ|特典|ボーナス)(?:と|として)' +
  // Blind R447Y-024 kind: …or the walk, the stairs or the wait called a good warm-up or workout for them (歩いてお越しいただければ、ちょうど良い
  // ウォーミングアップになると思いますよ; 階段はいい準備運動になりますね; 待ち時間は健康のためにもちょうどいいかと), in any politeness.
  '|(?:ちょうど|丁度)?(?:いい|良い|よい|ええ|手頃な|格好の|最高の|絶好の)[、\\s]?(?:ウォーミングアップ|ウォームアップ|準備運動|ストレッチ|運動|トレーニング|筋トレ|ダイエット|健康法|腹ごなし|有酸素運動|ウォーキング|足腰の鍛錬|リハビリ|散歩)(?:に|には|にも)[、\\s]?(?:なる|なり|なっ|なれ)' +
  '|健康の(?:ため|為)(?:に|にも|には)?[、\\s]?(?:ちょうど|もってこい|うってつけ|ぴったり|最適)'
/**
 * Blind R302K-005 kind (host20): a complaint answered by implying the complainer lacks the skill (地図を読むのが少々苦手な方にもお分かり
 * いただけるよう, 字を読むのが不得手な方にも理解できるよう): condescension dressed as kindness, warn, only after a complaint is reported. A
 * plain improvement (地図が苦手な方にも分かりやすい案内板を設置しました) stays clean.
 */
const UNSKILLED_H20B = '(?:の|が)(?:少々|少し|すこし|ちょっと|いささか|やや|多少)?[、\\s]?(?:苦手|不得手|不得意|お得意でない|得意でない|できない)な?(?:方|かた|人|皆様|皆さま|皆さん)(?:々)?(?:にも|でも)[、\\s]?(?:お分かり|おわかり|ご理解いただけ|理解できる|分かる|わかる)'
/**
 * Blind R302K-038 kind (host20): a proverb of futility said of residents who ask again (何度もご説明してまいりましたが、同じご質問が続いて
 * おります。「馬の耳に念仏」とはよく言ったもの; 猫に小判, 豚に真珠, 暖簾に腕押し, 糠に釘, 蛙の面に水): an insult of the askers, warn,
 * only beside repeated explaining or asking. A proverb explained or learnt (ことわざ教室で「馬の耳に念仏」を学びました) stays clean;
 * 釈迦に説法 is left out (it is a humble aside: 釈迦に説法ですが).
 */
/** A real need met, not a skill denied (日本語が苦手な方, スマホの操作が苦手な方, 目の不自由な方): support, not a sneer. */
const NEEDS_SUPPORT_H20B = /日本語|外国|英語|言語|スマホ|スマートフォン|パソコン|デジタル|ネット|機械|機器|操作|入力|視覚|視力|目の|耳の|聴覚|色覚|色の|高齢|お年寄り|車いす|車椅子|障がい|障害|お子|子ども|子供|漢字|ふりがな|階段|歩行|移動/u
const FUTILE_PROVERB_H20B = '(?:馬の耳に念仏|馬耳東風|猫に小判|豚に真珠|暖簾に腕押し|のれんに腕押し|糠に釘|ぬかに釘|蛙の面に水|カエルの面に水|かえるの面に水)'
// Review of host20 (host22): 何度も and the like only with asking, explaining or telling after them (何度もご説明, 再三お伝えしても), not 何度も試作.
const ASKED_AGAIN_H20B = /(?:何度|何回|何度となく|再三|繰り返し|くりかえし)(?:も|に(?:わた|渡)って|にわたり)?[、\s]?[^。！？!?\n]{0,12}?(?:説明|お伝え|伝え|お知らせ|知らせ|ご案内|案内|周知|お願い|呼びかけ|呼び掛け|注意|申し上げ|言って|言っても|質問|問い合わせ|お尋ね|尋ね|聞かれ|訊かれ)|同じ(?:ご)?(?:質問|問い合わせ|お問い合わせ|こと)|いくら(?:説明|言って|お伝え|ご案内)|説明しても|お伝えしても|ご案内しても|周知して(?:も|まいり|きた|きました)/u
// Review of host20 (host22): or a product's name (その名も「豚に真珠」, ストラップ「猫に小判」, 新商品).
const PROVERB_TAUGHT_H20B = /その名も|という名前|と名付け|と命名|ネーミング|商品|ストラップ|グッズ|お土産|土産|銘柄|メニュー|ことわざ|諺|意味|教室|授業|学び|学ん|学習|クイズ|由来|語源|習い|習っ|覚えよう|使い方|例文/u
/**
 * Blind R301F-031 kind (host20): a person pointed at (この方, この人, こちらの方) and their words called laughable (…とか言ってるの、正直
 * ちょっと笑えますね🙄, 笑っちゃいます): mockery, warn, when the sentence reports what they said or rolls its eyes. Laughter at a show or a
 * joke (この方の漫談、本当に笑えますね！) stays clean.
 */
const LAUGHABLE_H20B = '(?:笑え(?:ます|る)|笑っちゃ(?:います|う|いました|った)|笑ってしま(?:います|う|いました|った)|笑わせ(?:てくれ)?(?:ます|る)|失笑(?:もの|ものです|しました)?|草生え(?:ます|る))(?:ね|よ|な|わ)?'
const POINTED_H20B = /この方|この人|この人たち|こちらの方|あの方|あの人|その方|その人|この投稿者|[@＠]/u
// Review of host20 (host22): the laugh must be at a grievance or a mistake (🙄, 「対応が悪い」とか, 調べずに, 不親切), not at a guest's talk
// or a fan's praise (正直ずっと笑えます, 「最高！」とか言って3回も乗ってました😂): 正直 and a bare とか言って are no mock cue.
const MOCK_CUE_H20B = /🙄|😏|😒|🤭|文句|苦情|クレーム|不親切|不満|(?:調べ|確認せ|読ま|見)ずに/u
const MOCK_SAID = /[「『][^」』\n]{0,30}?(?:悪い|ひどい|酷い|ない|遅い|高い|狭い|遠い|分かりにく|わかりにく|不便|不親切|おかしい|最悪|ダメ|だめ)[！!]?[」』](?:とか|って)/u
/**
 * Blind R301F-031 kind (host20): a visitor told to have read or checked the basics first (地図くらい読んでから来てほしい, 場所ぐらい調べて
 * からお越しいただきたい): a put-down, warn. A plain request (地図を持ってお越しください, 事前にご確認のうえお越しください) stays clean.
 */
const BASICS_FIRST_H20B = '(?:くらい|ぐらい|位)(?:は)?[、\\s]?(?:読んで|よんで|調べて|見て|確認して|ご確認して|知って|覚えて)から(?:来て|きて|来られ|お越し|おいで|いらし|いらっしゃ)(?:ほしい|欲しい|ください|下さい|いただきたい|もらいたい|くれ|いただけ|ほしか)'
/**
 * Blind R452D-032 kind: a complaint that a notice cannot be read or seen (字が小さくて読めない, 見えにくい) restated and answered by a remedy
 * aimed at the complainer's own body or care (老眼鏡をおかけになれば, 眼鏡をかけていただければ, よくご覧になれば, 落ち着いて読めば) and
 * the verdict that it is readable enough (十分読める…かと存じます, ちゃんと見えるはずです): sarcasm, the same kind as the walk called
 * good exercise, warn, only after a reported complaint of reading. Help offered (拡大版をご用意しています, 窓口で読み上げます,
 * 老眼鏡の貸し出しがあります, 窓口でルーペをお使いいただければ…) or an improvement (よく見れば分かるよう改善しました) stays clean.
 */
const OWN_AID_H = '(?:老眼鏡|眼鏡|めがね|メガネ|虫眼鏡|虫めがね|ルーペ|拡大鏡)(?:を|で|さえ|だけ)?[、\\s]?'
const AID_USE_IF_H = '(?:おかけ|お掛け|かけ|掛け|お使い|ご使用|ご利用|お使|使)(?:になれば|になったら|いただければ|いただけたら|れば|えば|たら|ったら|て(?:いただければ|いただけたら|もらえれば|くだされば)|って(?:いただければ|いただけたら|もらえれば|くだされば))'
const AID_USE_TE_H = '(?:おかけになって|お掛けになって|かけて|掛けて|お使いになって|使って)'
const CAREFUL_H = '(?:よく|よーく|じっくり|しっかり|落ち着いて|おちついて|ゆっくり|目を凝らして|目をこらして|顔を近づけて|近づいて|近くで|冷静に)'
const LOOK_IF_H = '(?:見れば|見たら|見ていただければ|見ていただけたら|見てもらえれば|みれば|みたら|読めば|読んだら|読んでいただければ|読んでいただけたら|読んでもらえれば|よめば|ご覧になれば|ご覧になったら|ご覧いただければ|ご覧いただけたら|お読みになれば|お読みになったら|お読みいただければ|お読みいただけたら|目を通せば|目を通していただければ|お目通しいただければ)'
const READABLE_H = '(?:読め|よめ|見え|みえ|分か|わか|お読みいただけ|お読みになれ|読んでいただけ|ご覧いただけ|ご覧になれ|判読でき|確認でき|ご確認いただけ|お分かりいただけ|理解でき|ご理解いただけ)'
const ENOUGH_H = '(?:十分|充分|じゅうぶん|ちゃんと|きちんと|問題なく|難なく|普通に|ふつうに|楽に|らくに|はっきり|しっかり)'
const REMEDY_ON_YOU_H = `(?:${OWN_AID_H}(?:${AID_USE_IF_H}|${AID_USE_TE_H}[、\\s]?${CAREFUL_H}?[、\\s]?${LOOK_IF_H})|${CAREFUL_H}[、\\s]?${LOOK_IF_H})` +
  `[、\\s]?(?:[^。！？!?\\n]{0,12}?${ENOUGH_H}[^。！？!?\\n]{0,6}?${READABLE_H}|${READABLE_H}[^。！？!?\\n]{0,14}?(?:はず|かと(?:存じ|思い|思われ|思う)|と(?:存じ|思い|思われ)))`
/** The complaint reported must be of reading or seeing (読めない, 見えにくい, 字が小さい, 分かりにくい). */
const CANNOT_READ_H = /読めな|よめな|読みにく|読みづら|見えな|みえな|見えにく|見えづら|見にく|見づら|小さ(?:くて|すぎ|い|かった)|細か(?:くて|すぎ)|分かりにく|わかりにく|分かりづら|わかりづら|分からな|わからな|薄くて|かすれ/u
/** Help offered or an improvement made, in the sentence or just after (拡大版, 読み上げ, 貸し出し, 窓口で, 改善しました, よう…しました). */
const REMEDY_HELP_H = /拡大版|大きな(?:字|文字)|大きく(?:し|印刷|な)|読み上げ|音声|点字|貸し出し|貸出|お貸し|ご用意|用意して|窓口|カウンター|お声がけ|お声掛け|お気軽|お申し付け|改善|見直|修正|差し替え|作り直|申し訳|お詫び|すみません|ご不便|よう(?:に)?(?:し|いたし|改め|変更)/u
export const MOCK_FAVOUR_PHRASES: Phrase[] = [
  {
    rule: 'hostility/confrontational',
    re: phrase(HEALTH_FAVOUR_H20B),
    need: foldAll(['運動', 'ダイエット', '健康', '足腰', 'ウォーミング', 'ウォーム', 'ストレッチ', 'トレーニング', '筋トレ', '腹ごなし', 'ウォーキング', 'リハビリ', '散歩']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && !isReportedSpeech(sq, s, e) && COMPLAINT_H20B.test(sq.slice(0, s)) && GRIEVANCE_H22.test(sq.slice(0, s)),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(REMEDY_ON_YOU_H),
    need: foldAll(['眼鏡', 'めがね', 'メガネ', 'ルーペ', '拡大鏡', 'よく', 'よーく', 'じっくり', 'しっかり', '落ち着', 'おちつ', 'ゆっくり', '目を', '近', '冷静']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const before = sq.slice(Math.max(0, s - 160), s)
      if (!COMPLAINT_H20B.test(before) || !CANNOT_READ_H.test(before)) return false
      const sen = sentenceOf(sq, s, e)
      return !REMEDY_HELP_H.test(sq.slice(sen.start, Math.min(sq.length, sen.end + 30)))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(UNSKILLED_H20B),
    need: foldAll(['苦手', '不得手', '不得意', '得意でない', 'できない']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && !isReportedSpeech(sq, s, e) && COMPLAINT_H20B.test(sq.slice(0, s)) && GRIEVANCE_H22.test(sq.slice(0, s)) && !/ご要望|リクエスト|お応えして|にお応え/u.test(sq.slice(0, s)) && !NEEDS_SUPPORT_H20B.test(sq.slice(Math.max(sentenceOf(sq, s, e).start, s - 24), s)),
  },
  {
    rule: 'hostility/confrontational',
    // The span takes the brackets and the writer's own comment after (「…」とはよく言ったもの, 「…」ですね): the proverb used, not named.
    re: phrase(`[「『]?${FUTILE_PROVERB_H20B}[」』]?(?:とは(?:よく言った|よくいった|まさに|このこと)|(?:です|だ|でした)(?:ね|な|よ)?|そのもの|状態)?`),
    need: foldAll(['念仏', '東風', '小判', '真珠', '腕押し', '釘', '面に水']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      const around = withPrevious(sq, s, e)
      return notTeaching(sq, s, e) && ASKED_AGAIN_H20B.test(around) && !PROVERB_TAUGHT_H20B.test(around)
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(LAUGHABLE_H20B),
    need: foldAll(['笑', '草生え']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e)) return false
      const sen = sentenceText(sq, s, e)
      const cue = sen + sq.slice(e, e + 4)
      return POINTED_H20B.test(withPrevious(sq, s, e)) && (MOCK_CUE_H20B.test(cue) || MOCK_SAID.test(cue))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(BASICS_FIRST_H20B),
    need: foldAll(['てから']),
    instead: INSTEAD.polite,
    // Review of host20 (host22): not a duration or a count (動画を5分くらい見てから): that is "about", not "at least".
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && !/[0-9０-９〇一二三四五六七八九十百数何](?:分|分間|秒|時間|日|日間|回|本|件|ページ|枚|行)?$/u.test(sq.slice(Math.max(0, s - 6), s)),
  },
]

/**
 * Blind R304W-053 kind (host21): a proverb of narrowness aimed at residents who disagree (「井の中の蛙、大海を知らず」と申しますが、…
 * ご存じない方ほど…ご理解いただけない; 論語読みの論語知らず): an insult of them, warn, only with people aimed at near it (〜な方ほど, 一部の
 * 住民, 反対のお声, あきれて). A proverb learnt (ことわざ教室で「井の中の蛙」を学びました) or our own resolve (井の中の蛙にならないよう)
 * stays clean. The futility proverbs of host20 (馬の耳に念仏) take the same aim as well as the repeat.
 */
const NARROW_PROVERB = '(?:井の中の蛙|井戸の中の蛙|井の中のかわず|論語読みの論語知らず|木を見て森を見(?:ず|ない))(?:[、\\s]?大海を知らず)?'
const AIMED_H21 = /(?:ない|る|た|な|の)(?:方|人|方々|皆さん|皆様|皆さま)ほど|ご存じない方|ご存知ない方|ご理解いただけな|ご理解いただけず|あきれ|呆れ|反対(?:の|する|される|なさる)(?:お声|声|ご意見|方|住民|皆)|一部の(?:住民|市民|方)|担当一同/u
const OWN_RESOLVE_H21 = /^[」』]?(?:に|と)?(?:ならない|ならぬ|ならず|ならん|陥らない|から(?:の)?脱|を脱|から抜け)|^[^。！？!?\n]{0,8}?(?:されど|されども|空の(?:青さ|深さ|高さ))/u
/**
 * Blind R304W-037 kind (host21): a reader who missed a notice offered a magnifier (次回は虫眼鏡をご用意してお待ちしております, 老眼鏡を
 * お持ちください): mockery dressed as service, warn, only when the notice is said to be big already (大きく書いてあるとおり) or the
 * apology is conditional on their eyes (読みにくかったのでしたら申し訳). A magnifier lent at the desk or a nature class stays clean.
 */
const MAGNIFIER = '(?:虫眼鏡|虫めがね|むしめがね|ルーペ|拡大鏡|老眼鏡)(?:を|も)?[、\\s]?(?:ご用意|用意|お持ち|ご持参|お貸し|お渡し|お使い|かけて)'
// Review of 75afa040 (rvhost55): the mock form is a future promise after the complaint (次回は…ご用意してお待ち, 今度は…お持ちください);
// a magnifier lent or offered now at the counter (窓口でルーペをお貸ししています, お気軽にお声がけください) is help.
const MAGNIFIER_NEXT = /次回|今度|次から|次は|次の機会/u
const MAGNIFIER_HELP = /お貸し|貸し出し|貸出|窓口(?:に|で)|お気軽に|お声がけ|お声掛け|お申し付け|ご自由に|ご利用(?:いただけ|ください)/u
const BIG_ALREADY = /(?:大きく|はっきり|目立つように|太字で|赤字で|大きな(?:字|文字)で)[^。！？!?\n]{0,6}?(?:書いて|記載して|表示して|掲示して|お知らせして)|(?:読みにく|読みづら|見えにく|見づら|小さくて|小さかった|お気づきになれな)[^。！？!?\n]{0,8}?(?:の|ん)でしたら/u
/**
 * Blind R304W-042 kind (host21): a text rewritten at a child's level for the one who complained and capped with a taunt (「…わからない」
 * とおでんわをくださったかたのために、しょうがくせいでもよめるよう…これならだいじょうぶですよね？): warn, only after a complaint relayed and
 * a child's level or all-hiragana rewrite. An easy-Japanese leaflet offered (やさしい日本語・ひらがな版のチラシもご用意しました) stays clean.
 */
const OK_NOW = '(?:これなら|これで)[、\\s]?(?:もう)?[、\\s]?(?:だいじょうぶ|大丈夫|わかり|分かり|わかる|分かる|読め|よめ|でき)[^。！？!?\\n]{0,8}?(?:ですよね|ますよね|でしょう|よね)(?=[？?…]|$)'
const CHILD_LEVEL_H21 = /(?:小学生|しょうがくせい|子ども|こども|子供|幼稚園児|ようちえんじ)(?:で|に)?も|(?:ぜんぶ|全部|すべて|全て)(?:ひらがな|平仮名)|(?:ひらがな|平仮名)(?:だけ)?で(?:かき|書き)/u
const COMPLAINED_H21 = /(?:むずかし|難し|わから|分から|わかりにく|分かりにく|よめな|読めな|みにく|見にく)[^。！？!?\n]{0,10}?[」』]?(?:と|との|という)[、\s]?(?:お電話|おでんわ|ご意見|ごいけん|お声|おこえ|声|ご指摘|苦情)|(?:くださった|いただいた|された)(?:方|かた)のために/u
/**
 * Blind R304W-043 kind (host21): a long stay at the desk thanked and the others' wait called a gift (おかげさまで…皆さまに、じっくりと
 * お待ちいただく貴重な機会を頂戴しました): sarcasm, warn, only after おかげ. An apology for the wait (お待たせして申し訳ありません) or a
 * real experience thanked (おかげさまで子どもたちは貴重な経験を) stays clean.
 */
// Review of 75afa040 (rvhost55): the mock form thanks one who CAUSED the others' wait (…くださった方、…おかげさまで…お待ちいただく貴重な
//機会); participants' own words (またとない体験になったとの声, 貴重な経験だったと…話してくれました) after an event's success are sincere.
const WAIT_CAUSER = /(?:くださった|いただいた|なさった|された|続けた)(?:方|かた)/u
const WAIT_VOICE = /^[^。！？!?\n]{0,16}?(?:との(?:お)?(?:声|感想|ご感想|話)|と(?:の)?(?:話して|お話し|おっしゃ|言って|語って|感想)|(?:だった|でした|になった|になりました)と)/u
const WAIT_GIFT = '(?:お待ちいただく|お待ちになる|待っていただく|お待たせする|待たされる|待つ|並んでいただく|並ぶ)(?:という)?[^。！？!?\\n]{0,6}?(?:貴重な|またとない|得がたい|得難い|めったにない|滅多にない)(?:機会|時間|経験|体験|ひととき)'
/**
 * Blind R304W-020 kind (host21): people who break a rule excused in mock sympathy as having no time to read it (ルールを読むお暇がない
 * のでしょうね。ご苦労さまです): sarcasm, warn. A busy reader helped (お忙しい中ご来場ありがとうございました) stays clean.
 */
// Review of 75afa040 (rvhost55): only with mock thanks after (ご苦労さまです) or a rule broken in sight; a service made for busy people
// (忙しくてチラシを読む時間もないかな？という方のために…1分動画にまとめました) is no sarcasm. Also "too busy even to look" (分別表に目を
// 通す余裕もないほどお忙しいのでしょうね).
const NO_TIME_TO_READ = '(?:ルール|決まり|きまり|マナー|規則|説明|案内|掲示|チラシ|ちらし|張り紙|貼り紙|看板|注意書き|分別表|分け方表|お知らせ)(?:を|も|に)?[、\\s]?(?:読む|よむ|守る|まもる|確認する|見る|ご覧になる|お読みになる|目を通す)(?:お暇|おひま|お時間|時間|暇|ひま|余裕)(?:が|も)(?:ない|なかった|おありでない)(?:(?:ん|の)?(?:でしょう|だろう|かな|ようで|みたい)|ほど(?:お)?忙し(?:い|くて)(?:ん|の)でしょう)'
const SERVICE_FOR = /^[^。\n]{0,24}?(?:のために|向けに|方へ|方に向け|まとめました|作りました|ご用意|用意しました|お届け)/u
/**
 * Blind R304W-010 kind (host21): people who find a price high told to settle for less, as fits their purse (お財布が寂しい方はスーパーの
 * 蒲焼で十分かも🙄, 身の丈に合ったグルメが一番): contempt, warn, only with "enough for you" or a smirk after. A budget option offered
 * (お財布にやさしいランチ) or a supermarket product (スーパーでも買える蒲焼) stays clean.
 */
const THIN_PURSE = '(?:お財布|財布|懐|ふところ)(?:が|の)?[、\\s]?(?:寂しい|さみしい|さびしい|淋しい|厳しい|きびしい|心もとない|心許ない|お寒い)(?:方|人|皆さん|皆様|方々)(?:は|には|なら)'
// Review of 75afa040 (rvhost55): 十分 with a verb of enjoying after (古着交換会で十分おしゃれが楽しめます, 十分夏気分が味わえます) or a free
// or cheap city offer is a tip; the mock form is "X is enough for you / suits you" (で十分かも🙄, がお似合い, 身の丈).
const SETTLE_MOCK = /がお似合い|身の丈|分相応|🙄|😏/u
const SETTLE_TIP = /(?:十分|じゅうぶん|充分)[^。！？!?\n]{0,12}?(?:楽しめ|楽しむ|楽しん|楽しみ|味わえ|味わう|味わっ|満喫|堪能)|無料|入場料?(?:は)?(?:無料|タダ)|[0-9０-９]+円/u
const SETTLE = /で(?:(?:十分|じゅうぶん|充分)(?!に?(?:楽し|満喫|味わ|堪能|お楽し))|我慢|がまん|足り)|がお似合い|身の丈|分相応|🙄|😏/u
/**
 * Blind R304W-020 kind (host21): the same mock sympathy as busyness or inability to read (きっとお忙しくてルールもお読みになれないのでしょう
 * ね。ご苦労さまです), only with mock thanks after (ご苦労さま, お疲れさま) and a rule broken or a misuse in sight. Thanks to busy visitors
 * (お忙しい中ご来場ありがとうございました) or sympathy for shop staff at year end stays clean.
 */
const BUSY_MOCK = '(?:お忙し(?:くて|いので|いから)|ご多忙で|お読みになれ(?:ない|なかった))[^。！？!?\\n]{0,24}?(?:ん|の)でしょう(?:ね|な|か)'
const MOCK_THANKS = /ご苦労(?:さま|様)|お疲れ(?:さま|様)/u
const RULE_BROKEN_H21 = /こっそり|一部の(?:方|人|住民)|守(?:らず|らない|られない|っていない)|無視|勝手に|無断で|置いていかれ|置いていく|ポイ捨て|不法投棄|路駐/u
export const NARROWNESS_PROVERB_PHRASES: Phrase[] = [
  {
    rule: 'hostility/confrontational',
    re: phrase(BUSY_MOCK),
    need: foldAll(['お忙し', 'ご多忙', 'お読みになれ']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !SELF.test(sentenceText(sq, s, e)) && MOCK_THANKS.test(sq.slice(e, e + 24)) && (RULE_BROKEN_H21.test(withPrevious(sq, s, e)) || MISUSE.test(withPrevious(sq, s, e))),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(`[「『]?${NARROW_PROVERB}[」』]?(?:と(?:申し|言い|いい)ます(?:が|けど|けれど)|とは(?:よく言った|よくいった|まさに|このこと)|(?:です|だ|でした)(?:ね|な|よ)?)?`),
    need: foldAll(['蛙', 'かわず', '論語知らず', '森を見']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      const around = withPrevious(sq, s, e)
      return notTeaching(sq, s, e) && AIMED_H21.test(around) && !PROVERB_TAUGHT_H20B.test(around) && !OWN_RESOLVE_H21.test(sq.slice(e, e + 12))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(`[「『]?${FUTILE_PROVERB_H20B}[」』]?(?:とは(?:よく言った|よくいった|まさに|このこと)|(?:です|だ|でした)(?:ね|な|よ)?|そのもの|状態)?`),
    need: foldAll(['念仏', '東風', '小判', '真珠', '腕押し', '釘', '面に水']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      const around = withPrevious(sq, s, e)
      return notTeaching(sq, s, e) && AIMED_H21.test(around) && !ASKED_AGAIN_H20B.test(around) && !PROVERB_TAUGHT_H20B.test(around) && !OWN_RESOLVE_H21.test(sq.slice(e, e + 12))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(MAGNIFIER),
    need: foldAll(['眼鏡', 'めがね', 'ルーペ', '拡大鏡']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || !BIG_ALREADY.test(sq.slice(Math.max(0, s - 160), s))) return false
      const sen = sentenceText(sq, s, e)
      return MAGNIFIER_NEXT.test(sen) && !MAGNIFIER_HELP.test(sen + sq.slice(e, e + 30))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(OK_NOW),
    need: foldAll(['これなら', 'これで']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e)) return false
      const before = sq.slice(Math.max(0, s - 200), s)
      return CHILD_LEVEL_H21.test(before) && COMPLAINED_H21.test(before)
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(WAIT_GIFT),
    need: foldAll(['貴重', 'またとない', '得がたい', '得難い', 'めつたにない', '滅多にない']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      const around = withPrevious(sq, s, e)
      return notQuoted(sq, s, e) && /おかげ|お陰|御蔭/u.test(around) && WAIT_CAUSER.test(around) && !WAIT_VOICE.test(sq.slice(e, e + 30))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(NO_TIME_TO_READ),
    need: foldAll(['暇', 'ひま', '時間', '余裕']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e) || SELF.test(sentenceText(sq, s, e))) return false
      if (SERVICE_FOR.test(sq.slice(e, e + 40))) return false
      const around = withPrevious(sq, s, e)
      return MOCK_THANKS.test(sq.slice(e, e + 24)) || RULE_BROKEN_H21.test(around) || MISUSE.test(around)
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(THIN_PURSE),
    need: foldAll(['財布', '懐', 'ふところ']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e)) return false
      const after = sq.slice(e, Math.min(sq.length, e + 50))
      return SETTLE_MOCK.test(after) || (SETTLE.test(after) && !SETTLE_TIP.test(after))
    },
  },
]

/**
 * Blind R306N-025 kind (host22): harm to the addressee's car or things hinted at as something that may just happen, with the city washing its
 * hands of it (停めている間にタイヤや車体にどんなことが起きても、当方は一切関知いたしませんので、あしからず; 何があっても責任は負いません):
 * a veiled threat, block, when wrongdoers are addressed (路上駐車をされる方へ, 無断で置いている方) or it ends in あしからず. A plain
 * disclaimer of a facility (当駐車場内での事故・盗難については責任を負いかねます) names no harm left open and stays clean.
 */
const ANY_HARM = '(?:どんな(?:こと|事|目|事態)|いかなる(?:こと|事態)|何|なに)(?:が|に)?(?:起きても|起きようとも|起こっても|起ころうとも|あっても|あろうとも|遭っても|遭われても|なっても)|どうなっても|どうなろうと(?:も)?'
const WASH_HANDS = `${ANY_HARM}[、\\s]?[^。！？!?\\n]{0,16}?(?:一切|いっさい)?(?:関知|責任|補償|保証)(?:は|を|も)?(?:一切|いっさい)?(?:いたしません|致しません|しません|しかねます|負いません|負いかねます|取りません|とりません|持ちません|もちません|できません|ございません)|${ANY_HARM}[、\\s]?[^。！？!?\\n]{0,16}?(?:知りません|知らんよ|知らない|知らねえ|自己責任)`
/** Wrongdoers addressed or spoken of (路上駐車をされる方へ, 無断で停めている方, ルール違反の). */
const WRONGDOER_H22 = /(?:路上|違法|無断|迷惑|不法|放置|二重|勝手に)(?:駐車|駐輪|投棄|停車|に)?[^。！？!?\n]{0,16}?(?:方|方々|人|皆さん|皆様)(?:へ|は|に)|(?:ルール|マナー|決まり)(?:を)?(?:守らない|守らず|違反)/u
/** The thing at risk is theirs: a car, a bicycle, a belonging. */
const THEIR_THING = /車|タイヤ|車体|ナンバー|自転車|バイク|荷物|持ち物|お宅|家|ご自宅|物|品/u
/**
 * Blind R305G-050 kind (host22): a resident who uses a right often (情報公開請求, 苦情, 問い合わせ) pointed at and blamed for the staff's
 * time and the taxes it costs (毎月のように何十件も請求を出してくる方がいらっしゃいますが、その対応に職員の時間と税金が使われていることを
 * 一度考えていただきたいものです): a snipe, warn. A count reported (情報公開請求の件数は年々増えています) or our own work cut
 * (職員の時間外勤務を減らす取り組み) names no one and stays clean.
 */
const COST_BLAMED = '(?:職員の(?:時間|労力|手間|人手)|(?:貴重な)?(?:税金|血税|公費|人件費))(?:と|や|も)?(?:(?:税金|血税|公費|時間|労力|手間|人件費))?(?:が|を|も)?[、\\s]?(?:使われ|費やされ|割かれ|奪われ|浪費され|消費され|かかって|取られ|無駄に)'
const RIGHT_USER = /(?:請求|開示|苦情|問い合わせ|問合せ|要望|陳情|クレーム|電話|意見|申し立て|申立て|質問)[^。！？!?\n]{0,12}?(?:を)?(?:出して|して|寄せて|送って|入れて|かけて|繰り返して|続けて)(?:くる|こられる|くださる|いる|おられる|いらっしゃる)(?:方|方々|人|一部の方)|(?:方|方々|人)が(?:いらっしゃい|おられ|い)(?:ます|る)(?:が|けど|けれど)/u
const THINK_ABOUT = /考えていただき|お考えいただき|考えてほし|考えて欲し|ご一考|ご理解いただきたい|知っていただきたい|思い出していただき|ご自覚|自覚して|お察し|想像していただき|考えてみて|いかがなものか|ものです|ものですね/u
export const HARM_DISCLAIMED_PHRASES: Phrase[] = [
  {
    rule: 'hostility/threat',
    re: phrase(WASH_HANDS),
    need: foldAll(['ても', 'とも', 'どうなっても', 'どうなろう']),
    instead: INSTEAD.threat,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const before = sq.slice(0, s)
      const sen = sentenceText(sq, s, e)
      const blunt = /^[^。！？!?\n]{0,8}?(?:あしからず|悪しからず)/u.test(sq.slice(e, e + 24))
      return THEIR_THING.test(withPrevious(sq, s, e)) && (WRONGDOER_H22.test(before + sen) || blunt) && !/災害|地震|台風|大雨|避難/u.test(sen)
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(COST_BLAMED),
    need: foldAll(['職員', '税金', '血税', '公費', '人件費']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const around = withPrevious(sq, s, e)
      return RIGHT_USER.test(around) && THINK_ABOUT.test(sq.slice(e, e + 40))
    },
  },
]
