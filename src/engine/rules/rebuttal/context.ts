/**
 * rebuttal — shared readings of the family (4(5), 6(2): 反論・弁明をしない): the `Phrase` shape of the phrase table, the hints
 * (`INSTEAD`, `rewriteOf`), and the regexes every detector reads a paragraph with — a criticism or a report answered (`CRITICISM`,
 * `CRITICISM_RECEIVED`, `REAL_CRITICISM`, `HEARD_BEFORE`), a charge against the city (`CHARGE`), an apology or a remedy (`APOLOGY`,
 * `REMEDY`), awareness posts (`isAwareness`, `PREJUDICE_QUOTED`), the city listening or reassuring (`CITY_LISTENING`, `ASKER_REASSURED`,
 * `CONCESSION_OR_FIX`), and the shared option sets of the phrases (`TO_CRITIC`, `BLAMES_COMPLAINANT`, `CONDUCT_DECLARED_PROPER` …).
 * It catches nothing by itself.
 */
import { foldSource, phrase, rewriteBy } from '../../words'

export interface Phrase {
  re: RegExp
  /** Folded substrings one of which the text must hold before the pattern runs (cheap prefilter). */
  need?: readonly string[]
  /** What kind of rebuttal (the message's {what}). */
  what: string
  /** What to write instead (the hint's {instead}). */
  instead: string
  /** Not when the paragraph apologises (a correction of the city's own mistake). */
  notWithApology?: boolean
  /** With `notWithApology`: only an apology counts, not a correction that gives the right fact (正しくは…). */
  despiteCorrection?: boolean
  /** A plain denial: not an argument where a rumour, not a critic, is set right (`correctsRumour`). */
  rumourDenial?: boolean
  /** Only when the paragraph answers criticism (ご指摘, 報道, とのことですが …). */
  needsCriticism?: boolean
  /** With `needsCriticism`: a reply or comment is enough. */
  orReply?: boolean
  /** Only in a reply or comment (said to the critic). */
  replyOnly?: boolean
  /** Not when the paragraph announces a remedy (a cause explained on the way to a fix: 予約制を導入します). */
  notWithRemedy?: boolean
  /** Not the finding of an inspection or an investigation told as such (点検の結果、…不備はありませんでした) in a paragraph with no criticism. */
  notAsFinding?: boolean
  /** With `needsCriticism`: only a criticism received counts (ご批判, 苦情, a report discussed), not 記事 or ご意見 alone. */
  strongCriticism?: boolean
  /**
   * With `strongCriticism`: a charge against the city or its staff (`CHARGE`: 高圧的, 態度が悪い, 手抜き) heard as criticism (`CRITICISM`:
   * という投稿が拡散されておりますが) counts as a criticism received too.
   */
  orCharge?: boolean
  /** The paragraph must also hold this (a complaint heard: …って言われよるばってん). */
  alsoNeeds?: RegExp
  /** Not when the paragraph holds this (thanks to the critic: ご指摘ありがとうございます). */
  unless?: RegExp
  /** Not in a notice that warns against misinformation and sets a false claim right (`warnsOfHoax`: 【デマにご注意ください】…という投稿がありますが、誤りです). */
  notInHoaxWarning?: boolean
  /** Not a misunderstanding named as a common one in a column or an FAQ (`commonMyth`: これはよくある勘違いです). */
  notAsCommonMyth?: boolean
  /**
   * Blind R308T-037 kind: `unless` is read with the opening thanks for the comment left out (コメントありがとうございます。, ご意見をお寄せ
   * いただきありがとうございます。: `GREETING_THANKS`): the greeting of a reply, not the city taking the complaint up.
   */
  greetingOk?: boolean
  /**
   * Reviewer FP kinds (today's rules): a real criticism in the paragraph (`REAL_CRITICISM`: a critical word, a charge, or a complaint's
   * content told), even in a reply; not a bare 多くのご意見, a question voiced (「…のでは」との声), praise, or hearsay of facts (とのことです).
   */
  realCriticism?: boolean
  /**
   * Blind R326H-019 kind (reb60): with `needsCriticism`, a criticism heard in an earlier paragraph of the post counts too (先日、ある方から
   * 「市長はイベントに顔を出すだけ」と言われました。⏎⏎ただ、…顔を出すだけ、というのは少し違うのではないかと思っています): a column or a long
   * post tells the remark in one paragraph and answers it in the next. Only a criticism actually heard there (`HEARD_BEFORE`), and not in a
   * post that apologises; `post` decides.
   */
  orHeardBefore?: boolean
}

export const NONE: readonly number[] = []
/**
 * Blind R127A-119: a group counted (「柳川は移住者が減っている」: how many come, not what they are like) is the city's draw, not a
 * prejudice about the group.
 * Blind R84A-036: the city or its office as the quoted claim's topic (「柳川市は生活保護の審査が甘く…」, 「市役所は外国人ばかり優遇して
 * いる」, 「市の窓口は高齢者に冷たい」): a charge against the city's conduct, with a group named in it, not a prejudice about the group.
 */
/**
 * Blind R271P-028 kind: …also a service the city runs as the claim's topic (「市の見守り訪問が打ち切られ、独居の高齢者が放置されている」, 「市の
 * 高齢者支援が縮小され…」): the group named is who the city is charged with failing, not what a prejudice is about.
 */
export const CITY_TOPIC = '[^」\\n]{0,12}?(?<!都)(?:市|市役所|役所|当市|本市|行政|市長|市職員|職員|当課|担当課)(?:は|が|って|の(?:審査|対応|窓口|職員|説明|判断|運営|支給|認定|やり方|姿勢|施策|福祉|(?:見守り)?[一-龥々ァ-ヶー]{0,6}?(?:見守り|訪問|支援|事業|サービス|制度|給付|補助|助成|介護))(?:は|が|って|も))'
/**
 * A prejudice about a group, quoted as what someone said (「生活保護の人は怠けている」というご意見には…同意できません):
 * the city standing by the group, not arguing with a critic of the city. Blind R65A-084: 障害 of a system or a service (システム障害,
 * 通信の障害, 障害が発生) is a fault, not a group: 「システム障害は職員の人災」という投稿は誤解です answers a critic.
 * Blind R116A-100: the prejudice quoted and called a misunderstanding itself (「認知症の人は何もわからない」は誤解です, 「外国人は怖い」は
 * 大きな誤解です, 「不登校の子は怠けている」というのは思い込みです): a column setting a belief about people right, no critic answered.
 */
export const PREJUDICE_QUOTED = phrase('「(?![^」\\n]{0,40}(?:蔑視|差別|偏見|ヘイト|ハラスメント|人権|配慮))(?!' + CITY_TOPIC + ')[^」\\n]{0,30}(?:生活保護|受給者|(?<!(?:システム|通信|機器|回線|電波|設備|系統|運行|接続|配信|電源|動作|作動|端末|ネットワーク|サーバー?|サービス|アクセス|決済|電話|伝送|印刷|運用|輸送|交通|物流|電気|信号|ダイヤ)の?)障害(?!が(?:発生|起き|起こ|復旧|出|続))|障がい|外国人|外国籍|在日|同和|部落|性的少数|同性|LGBT|lgbt|ひとり親|シングルマザー|母子家庭|移住者|難病|患者|HIV|hiv|ハンセン|高齢者|お年寄り|女性|男性|女は|男は|認知症|精神疾患|うつ病|依存症|不登校|ひきこもり|引きこもり)(?:の人|の方|の人たち|たち|のある(?:人|方|子)|になった人|になったら|になると)?(?:は|が|って|も|ばかり|なんて|[、,])(?!(?:減っ|減少|減り|少なく|少ない|いなくな|来なくな|離れ|流出|定着しな))[^」\\n]{0,30}」(?:という|との|といった|って|(?:は|というのは|なんて)[、,]?(?:全くの|まったくの|大きな|よくある)?(?:誤解|勘違い|思い込み|思い違い|間違い|誤り))', 'u')
// Blind R389N-033 kind: the critic's writing out of a presumption deplored (思い込みで書かれるのは困ります) is not a column on presumptions;
// blind R409J-048 kind: nor a post out of a presumption that its writer is asked to refrain from (思い込みによるご投稿はご遠慮願います).
export const AWARENESS_CORE = phrase('偏見(?:を|の)(?:なく|解消)|差別(?:を|の)(?:なく|解消|撤廃|ない社会)|迷信|俗説|(?<!(?:あなた|あんた|そちら|貴方|ご自身|投稿者|相手)(?:の|様の|さんの))思い込み(?!で(?:書|投稿|批判|発言|コメント|言わ|言う|非難|拡散|騒)[^。！？!?\\n]{0,8}?(?:のは|こと)(?:は|を)?(?:(?:お)?(?:やめて|控えて|慎んで)(?:ください|下さい|いただ|ほしい|もらえ)|困|心外|悲し|残念)|による(?:ご)?(?:投稿|書き込み|コメント|発言)(?:は|を)[、,]?[^。！？!?\\n]{0,30}?(?:ご遠慮|お控え|おやめ|慎んで|控えて|やめて))|共に生き|ともに生き|正しい知識|正しく理解', 'u')
export const AWARENESS_HUMAN_RIGHTS = phrase('人権(?:啓発|教育|尊重|週間)(?![^。！？!?\\n]{0,12}?(?:ご批判|批判|苦情|お叱り|非難|ご指摘))', 'u')
/**
 * Blind R336D-023 kind (reb62): a complaint about the city's own programme quoted as received (「人権講演会は毎年同じような内容で形だけ」との投書を
 * 頂戴しました): a paragraph that answers it is no awareness column, whatever 人権教育 the answer names. A complaint's content closes the quote
 * (形だけ, マンネリ, 意味がない, 同じ, 無駄) before a word of criticism received; not a discriminatory saying quoted (差別, 偏見, 出ていけ).
 */
export const PROGRAMME_CRITICISED = phrase(
  '[「『](?![^」』\\n]{0,60}?(?:差別|偏見|蔑視|ヘイト|出て(?:いけ|行け)|死ね|消えろ|帰れ))[^」』\\n]{0,60}?(?:形だけ|形ばかり|名ばかり|おざなり|マンネリ|同じ|意味(?:が|の)?な|無駄|むだ|ムダ|つまらな|退屈|不要|いらな|要らな|ひど|おかし|手抜き|ずさん|不十分|足りな|物足りな|押しつけ|押し付け|一方的|偏って)[^」』\\n]{0,10}?[」』](?:と|って|という|との|といった)[^。！？!?\\n]{0,4}?(?:ご|お)?(?:投書|意見|指摘|批判|苦情|声|コメント|投稿|書き込み|叱り|不満|お便り|便り)',
  'u',
)
/** A paragraph that corrects a prejudice or a superstition (「障害者は迷惑」という考えは誤りです), not a critic. */
export function isAwareness(fo: string): boolean {
  return AWARENESS_CORE.test(fo) || (AWARENESS_HUMAN_RIGHTS.test(fo) && !PROGRAMME_CRITICISED.test(fo))
}
/** Conduct a statement regrets (との発言は, 行為は, 不祥事について): misconduct, not criticism of the city. */
export const CONDUCT_REGRETTED = phrase('(?:発言|行為|言動|不祥事|事案|違反|飲酒運転|ハラスメント|不正|暴言)(?:は|が|について|に対し|につきましては)', 'u')
// Blind R326H-022 kind (reb60): 申し訳ありませんが、 opening a sentence is a cushion before what follows (申し訳ありませんが、窓口で…後回しにして
// いるということはございません), not an apology; said after what the city did (ご不便をおかけして申し訳ありませんが) it still is one.
export const APOLOGY = phrase('お詫び|おわび|(?<!(?:^|[。！!？?\\n])\\s{0,2}(?:@[a-z0-9_]{1,30}\\s{0,2})?)申し訳|申し訳(?!(?:ありません|ございません)が[、,])|失礼いたしました|失礼しました|ご迷惑をおかけ|ご不快|反省|(?<![a-z])(?:sorry|we apologi[sz]e)', 'u')
/** A fix announced: a cause stated on the way to it is an explanation, not blame. */
/** An inspection or investigation whose finding the sentence reports: 点検の結果、 調査したところ、 検査では. */
export const FINDING_OF = /(?:点検|調査|検査|監査|確認|審査|検証|測定|診断)(?:の結果|結果|したところ|を行つたところ|では|の結果では|した限り|を行つた限り|の限り(?:では)?)[、,]?[^。！？!?\n]{0,30}$/u
// Blind R95A-084: 対策として said of what the city defends (少子化対策として必要な事業であり、…改める考えはございません) names the
// programme's purpose, not a fix announced: only 対策として before an act (対策として防音シートを設置します) counts.
export const REMEDY = phrase('改善|見直し|見直す|見直して|導入(?:します|いたします|しました|する)|増設|増や|工夫(?:して|いたし|を)|対策(?:を|として(?!(?:は|も)?[、,]?(?:必要|重要|不可欠|欠かせ|有効|大切|意義|有意義|適切|妥当)))|検討(?:して|いたし)|取り組んでまいり|努めてまいり|努めます|分散', 'u')
/**
 * Blind R322H-030 kind (reb59): a fault reported as news the city was given (収集漏れとのご連絡をいただきましたが, 「ごみが回収されていない」
 * とのお電話がありましたが, 街灯が消えているとの通報を受けましたが) and turned with が: a complaint received, as とのご意見ですが is. Only a fault
 * (a miss or a lapse named, a negative predicate) and only with the turn (a report taken up, …とのご連絡をいただきました。すぐに補修しました,
 * is news); an inquiry (とのお問い合わせ) stays an inquiry.
 */
export const FAULT_REPORTED_TURNED =
  `(?:漏れ|もれ|忘れ|未着|不着|未配達|未配|遅れ|遅延|ミス|間違い|誤り|不備|不具合|(?:ない|なかった|ません|ませんでした|(?:壊れ|消え|切れ|詰まっ|汚れ|濁っ|にごっ|臭っ|におっ|漏れ|止まっ|傾い|割れ|剥がれ|はがれ|崩れ|倒れ|散乱し|放置され|響い|鳴っ|点滅し)て(?:いる|る|います|いた)|(?:た|っ)?(?:まま|っぱなし)(?:になって(?:いる|る|います))?))[」』]?(?:との|という|って)(?:ご|お)?(?:連絡|電話|通報|申し出|お申し出)(?:を|が)[^。！？!?\\n]{0,12}?(?:が[、,]|けれど|けど|ものの)`
// Blind R228C-013 kind: a critic's post quoted with って and seen or read (「…」って投稿を見たけど, ってコメントを読んだ): criticism, as
// という投稿を見 is.
// Round 45: in English, what people say of the city's own programme reported (Some people say our migration tour is "just a sales
// pitch"): not a myth about the world (some people say tap water is unsafe), which names nothing of the city's.
// Blind R254L-034 kind: in English, a group of posters or visitors named with a quantifier and a word or two before it, in the
// progressive or any tense of claim, say, allege or post, and the city or its own service named within a few words after (Some foreign
// vloggers are claiming that Yanagawa boat tours overcharge, Several bloggers have claimed that our fees…, Some travel sites say the
// city's…): criticism reported, as in the round-45 form. Not a myth about the world (some people say tap water is unsafe). Bounded.
// Blind R322H-044 kind (reb59): a report or a post said to make the city look guilty (市が隠蔽しているかのように書かれていますが, かのような
// 記事が掲載され, かのように報じられ) is criticism too (in CRITICISM).
// Blind R337F-006 kind (reb63): a claim echoed with とする (…が水門操作のせいだとするお話には, 市の対応が原因だとするご意見について) is a
// criticism heard, as というご意見 is.
export const CRITICISM = phrase(
  FAULT_REPORTED_TURNED + '|(?:だ|である|(?<=[ぁ-ゖ])い|(?<=[ぁ-ゖ])た)とする(?:お話|ご意見|ご主張|ご指摘|お声|声|書き込み|投稿|ご投稿|コメント|報道|記事)(?:に|には|について|については|は|が|も|を)|かの(?:ように|よう(?:な|に))[^。！？!?\\n]{0,4}?(?:書か|報じ|伝え|描か|紹介さ|取り上げ|言わ|扱わ)れ|(?:[」』]|[一-龥々ぁ-んァ-ヶー]{2,8})(?:って|と|っち)(?:言った|言ってる|言ってた|言っている|言っとる|言いよる|書いた|書いてる|書いてた|書き込んだ|コメントした)(?:人|ひと|方|人たち|やつ|奴|やつら|みんな|皆さん)(?:[、,！!]|へ|に(?:言いたい|一言|伝えたい))|[」』](?:って|て|と|っち|ち)(?:書きよ|書いと|書いて|書き込みよ|書き込んど|書き込んで|言いよ|言うと|言うて|言って|(?:投稿|コメント|ポスト)(?:しよ|しと|して|さしよ|されて|されと)|つぶやいと|つぶやいて|呟いて)(?:る|ん|らす|んしゃ|い(?:る|らっしゃる))?(?:人|方|人たち|方々|と)(?:の|が|も)(?:おる|いる|おらす|おらっしゃ|いらっしゃ|居る|おります|います)|(?:って|っち)(?:言う|いう|言っとる|言ってる|いってる|言っている|いっている|書く|書いてる|かいてる|書いている|書いとる|言いよる|書きよる)(?:人|ひと|方|人たち|ひとたち)(?:が|も|の)?[、,]?(?:いる|おる|いた|います|いて|おって|おら|居る)|(?:そげん|そがん|そぎゃん|そんな(?:に|ふうに))?(?:って|と|っち|ち)?(?:言わっしゃ|言わるっ|言われよ|言いよんしゃ|言うとんしゃ|言わす(?:ばってん|けど))|(?:問題視|疑問視|不安視|危険視|非難|ご批判|批判|反対)(?:され|なさっ)て(?:い|お)|(?:問題視|疑問視|不安視|危険視)(?:する|される|なさる)(?:声|方|ご意見|意見)|[」』](?:という|との|って)(?:方|人|声|お声)(?:が|も)(?:いらっしゃい|おられ|あり|聞かれ|寄せられ)(?:ます|まし)(?:た)?が[、,]|ご指摘|ご批判|批判|お叱り|ご意見|苦情|クレーム|とのこと|との(?:ご)?(?:意見|指摘|批判|コメント|声|投稿|書き込み|感想|投書)|(?:と|で|って|っち)(?:書かれ|報じ|報道され|言われ|指摘され|紹介され)|[」』](?:と|って)(?:レビュー|口コミ|クチコミ|コメント|ネット|SNS|ブログ|掲示板|アンケート)(?:に|で|欄に)(?:書かれ|書き込まれ|投稿され|書いた|書き込んだ|投稿した|書いてい)|報道|記事|週刊誌|番組|炎上|手抜き|ずさん|高すぎ|おかしい|不適切|しょぼい|ひどい|怠慢|との(?:お|ご)(?:声|便り|不満)|というご(?:意見|批判|指摘|不満)|って(?:いう)?(?:コメント|口コミ|クチコミ|レビュー|書き込み)|(?:という|といった|みたいな|との)(?:口コミ|クチコミ|レビュー)|」?(?:という|といった|みたいな|とする)(?:ご?投稿|書き込み|コメント|声|お声|ご指摘|指摘|うわさ|噂|デマ|投書|dm|メッセージ)(?:が|を|も)(?:拡散|広が|出回|寄せられ|あり|見|拝見|拝読|目に|いただ|続い|続き|続け|相次|あいつ|増え|目立|届い|殺到|多(?:い|く|数))|[」』](?:って|っていう)(?:投稿|書き込み|コメント|ポスト|ツイート)(?:を|も)[^。！？!?\\n]{0,4}?(?:見|拝見|拝読|目に|読ん)|(?<![a-z])(?:reviews?|complain|criticism|criticiz|criticis|accus)|(?<![a-z])(?:some|many|certain|other)? ?(?:people|folks|residents|visitors|critics|commenters|users|someone|others)(?: online| here)? (?:say|said|says|claim|claimed|claims|are saying|have said|keep saying|call|called|are calling|wrote|write|post|posted|think) (?:that )?(?:our|the city|yanagawa|we |this (?:city|town|tour|event|program|programme|project|service))|(?<![a-z])(?:some|many|certain|several|a few|a number of)(?: [a-z-]{2,15}){0,2} (?:people|folks|visitors|critics|commenters|users|tourists|travell?ers|bloggers|vloggers|youtubers|influencers|reviewers|accounts|posters|videos|articles|outlets|websites|sites)(?: online| here| on [a-z]{2,12})? (?:are |have |have been |keep )?(?:claim(?:s|ed|ing)?|alleg(?:e|es|ed|ing)|say(?:s|ing)?|said|insist(?:s|ed|ing)?|suggest(?:s|ed|ing)?|post(?:s|ed|ing)?|writ(?:e|es|ing)|wrote|complain(?:s|ed|ing)?) (?:that )?[a-z0-9\u2019\' -]{0,30}?(?<![a-z])(?:our|the city|the city[\'\u2019]s|yanagawa|we|us|this (?:city|town|tour|event|program|programme|project|service))(?![a-z])',
  'u',
)

/**
 * A criticism actually received or a report discussed (not 記事でご紹介した, not ご意見をお寄せください). Blind R134A-120: a complaint
 * quoted as a post the city saw or was sent (「図書館の本が汚い」という書き込みを見かけました) is one received.
 * Blind R175A-047: or one the city was given (「…」というコメントをいくつかいただきました).
 * Blind R168A-017: a comment echoed with との (屋台の価格が高いとのコメントですが, …とのコメントをいただきました) is one received, as
 * とのご意見 is.
 * Blind R208D kind: a report echoed with との or という (…が高すぎるとの報道がありましたが, …という報道を受け) is a report discussed.
 * Blind R250G-033 kind: the city's own post said to be going up in flames (昨日の投稿が一部で炎上していますが, 炎上中の件) is criticism
 * received, only as going on or done (炎上して(い|お), 炎上中, 炎上しました; not 炎上対策, 炎上を防ぐ).
 * Blind R308T-024 kind: what an article or a programme wrote, with が (新聞記事で…と書かれていましたが, 番組で…と伝えられましたが) is a report
 * discussed, as と報じられましたが is.
 */
/**
 * Blind R318H-046 kind: a complaint's content heard as what people say, in any voice of hearing (料金が高すぎるという声を耳にします, 「駐車場が
 * 狭い」って声も聞きます, 分かりにくいというコメントが寄せられています, 待ち時間が長いという意見もあります): a criticism received, as
 * とのご意見をいただきました is. Only a fault or a "too much" heard (not praise in すぎ: かわいすぎるという声), not a bare という声.
 */
export const VOICES_HEARD =
  '(?:(?:なかった|ない|悪い|悪かった|ひどい|ひどかった|汚い|汚かった|遅い|遅かった|高い|不親切|失礼|雑|冷たい|だめ|ダメ|最悪|分かりにくい|わかりにくい|狭い|うるさい|臭い|不便|足りない|少ない|遠い|長い|暗い|不公平|不十分|きつい|きつかった|怖い|怖かった|こわい|こわかった|(?<=[一-龥々ぁ-ゖ])(?:にく|づら)(?:い|かった))|(?<!(?:かわい|可愛|美し|きれい|綺麗|キレイ|おいし|美味し|うま|旨|素敵|すてき|すご|凄|楽し|優し|やさし|嬉し|うれし|かっこよ|カッコよ|格好よ|よ|良|すばらし|素晴らし|面白|おもしろ))(?:すぎ|過ぎ)(?:る|た)?)(?:だ|です)?[！!]{0,2}[」』]?(?:という|との|といった|って|っていう|みたいな)(?:ご|お)?(?:意見|声|指摘|批判|苦情|不満|コメント|書き込み|投稿|口コミ|クチコミ|レビュー|投書|dm|メッセージ|メール|便り)(?:を|が|も)[^。！？!?\\n]{0,6}?(?:耳に(?:し|入|す)|聞(?:か|き|こ|い)|寄せられ|届(?:い|き|け)|上が|あ(?:り|る)|ござい|いただ|頂|拝見|見かけ|目に)'
export const CRITICISM_RECEIVED = phrase(
  VOICES_HEARD + '|' + FAULT_REPORTED_TURNED + '|炎上(?:して(?:い|お)|しと|しちょ|中|しました|した(?:件|投稿))|ご指摘|ご批判|批判|お叱り|苦情|クレーム|ご不満|不満の声|報じ|報道され|(?:という|との|といった)報道(?:が|も|を)|(?:厳しい|きびしい|手厳しい|多くの|多数の|様々な|さまざまな)(?:ご意見|ご指摘|お声|声|お叱り|コメント|ご批判|書き込み)|ご意見を[^。！？!?\\n]{0,8}?(?:いただ|頂|賜)|(?:番組|テレビ|新聞|雑誌|週刊誌|ニュース|記事)(?:で|に|では)[^。！？!?\\n]{0,30}?(?:紹介|取り上げ)(?:され|られ)(?:ました|た)が|(?:番組|新聞|雑誌|週刊誌|ニュース|記事|報道)[^。！？!?\\n]{0,30}?と(?:書かれ|伝えられ|報じられ)(?:て(?:い|お)(?:ました|ます|た|る)|ました|た)(?:が|けれど|けど)|とのこと|との(?:ご|お)?(?:意見|指摘|批判|声|投稿|書き込み|投書)|との(?:ご)?コメント(?:です|でした|を|が|も|に|について|、)|という(?:ご(?:意見|批判|指摘|不満)|お(?:声|叱り)|投書)|(?:という|との|といった)(?:ご)?(?:投稿|書き込み|ポスト|投書|dm|メッセージ|お便り)(?:を|が|も)[^。！？!?\\n]{0,8}?(?:見かけ|見つけ|目にし|目に入り|拝見|拝読|寄せられ|届|いただ|頂)|[」』]という(?:書き込み|投稿|コメント|口コミ|レビュー|ポスト)(?:を|が|も)[^。！？!?\\n]{0,8}?(?:見かけ|見つけ|目にし|目に入り|拝見|寄せられ|届|いただ|頂)|ご意見を(?:いただ|頂)|記事(?:は|では|で報|によ|の(?:内容|中で|記述))|報道(?:は|では|によ|につい|で)|誇張|(?<![a-z])(?:complain|criticism|criticiz|criticis|accus)',
  'u',
)

export const INSTEAD = {
  deny: '否定や反論はせず、「ご心配をおかけしています。事実関係は市ホームページでお知らせしています」のように公式の説明へ案内してください',
  critic: '相手の誤りは指摘せず、「ご意見ありがとうございます。〇〇については次のとおりです」と事実だけを伝えてください',
  press: '報道への抗議や反論はSNSで行わず、市の公式見解として広報担当・上司と相談のうえ市ホームページで説明してください',
  justify: '正当性は主張せず、「ご意見を受け止め、担当課で確認します」と受け止めたうえで、必要なら事実だけを伝えてください',
}
/** The flags of a phrase that says the critic is wrong, said to a critic (a reply, or a paragraph answering criticism). */
/**
 * A wish reported as an opinion or a request received (…読んでから発言してほしいとのご意見がありました, …書き込んでほしいという声が
 * 寄せられました): the city passing on what it heard at a meeting or from residents, not telling a critic off. Review, stop 62.
 */
export const WISH_REPORTED = /(?:ほしい|欲しい|ほしか|もらいたい|いただきたい|ください)(?:と|との|という)[、\s]?(?:ご意見|ご要望|ご提案|お声|声|意見|要望|提案)(?:が|を|も)[、\s]?[^。！？!?\n]{0,12}?(?:ありました|ございました|寄せられ|いただき|頂き|出され|出ました|上がり|あがり)/u
export const TO_CRITIC = { what: '相手の誤りを指摘する反論', instead: INSTEAD.critic, notWithApology: true, needsCriticism: true, orReply: true } as const
/** What a table entry that reads the city justifying itself against a criticism shares: its message, its rewrite, and no finding beside an apology. */
export const JUSTIFYING = { what: '批判に対する弁明', instead: INSTEAD.justify, notWithApology: true } as const
/**
 * A complaint's cause put on the complainant (their home, their way of looking, when they looked): answering a criticism or in a
 * reply, not with an apology or a remedy; `HELP_STEPS`, a step to try, makes it a help answer instead.
 */
export const BLAMES_COMPLAINANT = { what: '苦情の原因を相手に帰す反論', instead: INSTEAD.justify, notWithApology: true, needsCriticism: true, orReply: true, notWithRemedy: true } as const
/** What the phrases that set the city's record or measurement against a complaint share: their literal needs, what, hint and conditions. */
export const RECORD_AGAINST_COMPLAINT = {
  need: ['測定', '計測', '観測', '記録', 'でーた', 'ろぐ', '履歴', '日報', '数値'],
  what: '苦情に記録や測定値を示して反論する表現',
  instead: INSTEAD.critic,
  notWithApology: true,
  needsCriticism: true,
  strongCriticism: true,
  notWithRemedy: true,
}
export const HELP_STEPS = 'お試しください|お試しいただ|ご確認ください|ご相談ください|お問い合わせください|お手数'

/** What to write instead of scolding those who spread a rumour. */
export const SPREADERS = '誤情報の訂正では広めた人を責めず、「〇〇という情報は誤りです。正しくは次のとおりです」と事実だけを示してください'

/** What to write instead, by what the flagged phrase does (folded excerpt → rewrite). */
export const REWRITES: Array<[RegExp, string]> = [
  [phrase('抗議|遺憾|報道|記事|訂正を|謝罪を|取材|切り取|偏向|憤り|法的|削除を|歪曲|印象操作|誤報'), '報道への抗議や反論はSNSでは行いません。「〇〇の報道について、市の説明を市ホームページに掲載しました（URL）」のように公式の説明へ案内してください'],
  [phrase('事実|デマ|dema|がせ|誤り|間違|虚偽|でたらめ|捏造|根も葉|違います|不正|正確'), '「ご心配をおかけしています。〇〇について、市の正確な情報は次のとおりです」のように事実だけを示してください'],
  [phrase('誤解|勘違い|誤読|曲解|決めつけ|主張|撤回|発言|憶測|認識|理解|お言葉|はず|とのこと|とのご|というご|という声|とのお'), '相手の誤りは指摘せず、「ご意見ありがとうございます。〇〇については次のとおりです」と事実だけを伝えてください'],
  [phrase('適切|適正|問題|落ち度|非|責任|決して|当たら|あたら|的外れ|意図|判断|変わり|変え'), '正当性は主張せず、「ご意見を受け止め、担当課で確認します」と受け止めたうえで、必要なら事実だけを伝えてください'],
]
export function rewriteOf(excerpt: string, fallback: string): string {
  return rewriteBy(REWRITES, excerpt, fallback)
}

/** A reading (or looking) in the conditional, polite or dialect: お読みいただければ, ご覧になれば, 見てもろたら, 読めば. */
export const READ_COND =
  '(?:(?:お読み|ご覧|ご確認|読んで|見て|確認して|目を通して|お目通し)(?:いただければ|いただけたら|頂ければ|頂けたら|もらえれば|もらえたら|もろたら|もらえば|くだされば|になれば|になったら|いただけると)|読めば|読んだら|読みゃ|読んだっちゃ|見れば|見たら|見りゃ|確認すれば|確認したら|読んでみれば|見てみれば|読んでみたら|見てみたら)'

/**
 * Round 41: a complaint heard as such, a fault named and then the verb of hearing it (英語が通じなかったってコメント, 対応が遅いとの
 * ご意見, 汚かったって言われ): what a doubt in the writer's voice (それはないと思います) answers.
 */
export const FAULT_COMPLAINT_HEARD = phrase('(?:なかった|ない|悪い|悪かった|ひどい|ひどかった|汚い|汚かった|遅い|遅かった|高い|高すぎる|不親切|失礼|雑|冷たい|だめ|ダメ|最悪|分かりにくい|わかりにくい|狭い|うるさい|臭い|不便|足りない|少ない)[」』]?(?:って|と|との|という|みたいな)(?:コメント|ご意見|意見|ご指摘|指摘|お声|声|口コミ|クチコミ|レビュー|苦情|書き込み|言われ|ご批判|批判|投稿)', 'u')
/** Round 41: thanks, a fix or a doubt taken back in the paragraph (確かに, 見直し): the city listening, not answering back. */
export const CITY_LISTENING = phrase('ありがと|感謝|改善|見直|検討|工夫|確かに|たしかに|反省|至らな|不十分|今後は|これから', 'u')

/**
 * Round 43: thanks or a doubt taken back (ありがとう, 参考にさせていただきます), or a worry or a request to keep a thing answered (ご心配の声,
 * 存続を求める, なくさないで): no intention to change then listens or reassures.
 */
export const LISTENED_OR_REASSURED = phrase('ありがと|感謝|確かに|たしかに|反省|至らな|不十分|参考に|ご心配|心配の|ご不安|不安の|ご安心|安心して|のでは(?:ない)?か|ないで(?:ほしい|欲しい|ください)|やめないで|なくさないで|残して|存続|継続を(?:求め|望)|反対', 'u')
/** Round 43: an awareness post on posting (書き込む前に確かめましょう, ネットリテラシー講座): advice, not a critic scolded. */
export const POSTING_ADVICE = phrase('ましょう|リテラシー|講座|教室|授業|啓発|誹謗中傷|気をつけ|気を付け|ご注意|注意して', 'u')

/** Round 45: a view that lumps people together (まとめて, ひとくくり) or a prejudice: refusing it stands by them, not by the city. */
export const LUMPED_TOGETHER = phrase('まとめて|ひとまとめ|ひとくくり|一括り|一緒くた|十把一絡げ|偏見|差別|蔑視|ヘイト', 'u')

/** Round 48: the remark reported was a worry or praise (「私にできるかな」と言われ, 「優しいね」って言われ): waving it off answers no critic. */
export const WORRY_OR_PRAISE_REPORTED = phrase('(?:かな|かも|無理|自信が|不安|心配|すごい|凄い|素敵|すてき|上手|立派|えらい|偉い|親切|優しい|やさしい|かわいい|可愛い|おいしい|美味しい|ありがと|いい|ですね)(?:です)?(?:ね|よ|な|わ|ねえ)?[！!？?〜~ー]{0,3}[」』]?(?:って|と|っち|ち)(?:書|言|おっしゃ|仰|コメント|投稿)', 'u')
/** Round 48: a worried asker reassured (ご安心ください, 心配いりません): a rumour set right for them, not a critic answered. */
export const ASKER_REASSURED = phrase('ご安心|安心して|ご心配なく|心配(?:いりません|ありません|せんで|なか)', 'u')
/** A complaint taken up (CITY_LISTENING) or the reader reassured (ASKER_REASSURED): no retort, for the denials that need a critic. */
export const HEARD_OR_REASSURED = new RegExp(CITY_LISTENING.source + '|' + ASKER_REASSURED.source, 'u')
/** What the phrases that declare the staff's conduct proper after a complaint share: what, hint and conditions. */
export const CONDUCT_DECLARED_PROPER = {
  what: '苦情への反論',
  instead: INSTEAD.critic,
  notWithApology: true,
  needsCriticism: true,
  strongCriticism: true,
  orReply: true,
  notWithRemedy: true,
  unless: HEARD_OR_REASSURED,
  greetingOk: true,
}
/**
 * Blind R308T-037 kind: a reply's opening thanks for the comment or the message itself (コメントありがとうございます。, ご意見をお寄せいただき
 * ありがとうございます。, ご連絡いただき、誠にありがとうございました！): the greeting, said whatever follows, not thanks for a point taken up.
 * Only a sentence that is nothing but that thanks (a few words of address before it at most).
 */
export const GREETING_THANKS = phrase(
  '(?:^|[。！!？?\\n]\\s?)[^。！？!?\\n「」]{0,12}?(?:コメント|ご意見|ご連絡|メッセージ|お問い合わせ|お問合せ|ご投稿|お便り|ご質問|お声|メール|お手紙|返信|リプライ|dm)(?:を)?(?:(?:お寄せ|お送り)?(?:いただき|頂き|くださり|下さり)(?:まして)?)?[、,]?(?:誠に|本当に|どうも|大変)?(?:ありがとうございます|ありがとうございました|感謝(?:いたします|申し上げます))[。！!]*',
  'gu',
)

/**
 * A concession that leads into the guide itself (…を見ればわかるはずですが、念のためご案内します, お読みいただければお分かりになるかと
 * 思いますが、改めてご説明します): the writer gives the information anyway, no critic is told to look it up.
 */
export const JUST_IN_CASE = '(?:です|でございます|だ|と思います|と存じます|思います|存じます)?(?:が|けど|けれど|けれども)[、,\\s]?(?:念のため|念の為|改めて|あらためて|重ねて)'
/**
 * A look in the honorific conditional with no adverb, then the reader said to understand in the honorific with a polite guess
 * (ご覧いただければお分かりになると思います, お読みになればご理解いただけるかと存じます): the wording of a guide.
 */
export const GUIDE_LOOK =
  '(?:ご覧いただけれ|ご覧になれ|お読みいただけれ|お読みになれ|ご確認いただけれ|お調べいただけれ|お調べになれ)ば(?:お分かりにな|お分かりいただけ|ご理解いただけ)(?:る|ります)(?:かと|と思|でしょう)'

/**
 * The critic told to read, look, come or try before writing or saying it (ちゃんと見てから書いて〜, 一度乗ってから言ってほしい, よく確かめて
 * からご投稿いただければ, よう読んでから書いてほしか).
 * Blind R92A-059: or to compare first (よその市と比べてから言っていただければと思います, 他市と比較してからご意見ください).
 */
export const LOOK_FIRST =
  '(?:比べて|くらべて|見比べて|比較して|比較されて|読んで|お読みになって|読まれて|お読みいただいて|目を通して|お目通しいただいて|見て|確認して|確認されて|調べて|お調べになって|理解して|理解されて|確かめて|お確かめになって|取材して|ご覧になって|ご確認になって|ご確認いただいて|来て|来られて|お越しになって|乗って|乗られて|食べて|召し上がって|体験して|使って|利用して|ご利用になって|試して|聞いて|行って|足を運んで|現場を見て)(?:みて)?から(?:ご)?(?:(?:言っ|言う|言わ|言え|おっしゃ|仰っ|ものを言|物を言|文句|批判|評価して|レビュー|コメントして)|(?:書いて|書き込んで)(?:[〜~ー！!]|ほし(?:い|か)|欲し(?:い|か)|もらいた(?:い|か)|いただきたい|よ|ね|くれ|もら(?:え|わ)|いただけ(?:ません|ます)か)|書き込(?:め|んでほしい|んでいただきたい)|書けよ|書きや|(?:ご|お)?(?:投稿|発言|発信|コメント|書き込み|意見|ご意見|批判|評価|お書き|指摘|ご指摘|苦情|クレーム)(?:を)?(?:いただ(?:ければ|けると|けたら|きたい|けますよう|きますよう)|くださ(?:い|るよう|れば)|下さい|され(?:ては|たら)(?:いかが|どう)|なさって(?:は|ください)|願(?:い|え)|お願い|して(?:ほしい|欲しい|いただ|くださ|もら)))'
/**
 * Blind R84A-074: a claim about the city echoed as talk online (…九州でいちばん高いって、ネットのうわさは…, 汚いってネットの書き込み, …と
 * ネットで噂になっていますが, …ってSNSで言われとるけど): the writers online are the critics a look-first scolding (`LOOK_FIRST`) answers,
 * in any register, a mascot's too. Not advice on posting with no claim echoed (SNSに書く前に調べましょう).
 */
export const ONLINE_ECHO = phrase('(?:って|と)[、,\\s]?(?:ネット|ネット上|インターネット|SNS|sns|エスエヌエス|ツイッター|インスタ|掲示板|まとめサイト|口コミサイト|ブログ)(?:の|で|に|上の|上で)[^。！？!?\\n]{0,4}?(?:うわさ|噂|書き込み|投稿|コメント|話|評判|言われ|書かれ|広ま|出回)', 'u')
/**
 * Blind R179I-033, R181D-026: the city's own check told before a denial (確認いたしましたが, 聞き取りを行った限り, 調査したところ, 確認
 * させていただきましたが). Blind R189I-025: or told as a sentence of its own (当日の発券記録を確認いたしました。…).
 */
export const CHECK_DONE =
  '(?:確認|事実確認|聞き取り|聴き取り|ヒアリング|調査|照会|記録の確認)(?:を)?(?:(?:行った|おこなった|実施した|した|いたした|致した|させていただいた|させて頂いた)(?:限り|かぎり|範囲(?:では|で)|ところ)|(?:行いました|おこないました|実施しました|しました|いたしました|致しました|させていただきました|させて頂きました)(?:が|けれども|ところ|。))'
/**
 * Blind R180A-045, R179I-060: a complaint heard as such, a fault or a "too much" echoed then the verb of hearing it (加工しすぎってコメント,
 * 「舟が少なすぎる」とありますが, 狭いとのご意見): not praise in すぎ (かわいすぎるってコメント, おいしすぎるとの声).
 */
export const COMPLAINT_HEARD = phrase(
  '(?:(?:なかった|ない|悪い|悪かった|ひどい|ひどかった|汚い|汚かった|遅い|遅かった|高い|不親切|失礼|雑|冷たい|だめ|ダメ|最悪|分かりにくい|わかりにくい|狭い|うるさい|臭い|不便|足りない|少ない)|(?<!(?:かわい|可愛|美し|きれい|綺麗|キレイ|おいし|美味し|うま|旨|素敵|すてき|すご|凄|楽し|優し|やさし|嬉し|うれし|かっこよ|カッコよ|格好よ|よ|良|すばらし|素晴らし|面白|おもしろ))(?:すぎ|過ぎ)(?:る|た|です|だ)?)[」』]?(?:って|と|との|という|みたいな)(?:(?:いう)?(?:ご|お)?(?:コメント|意見|指摘|声|口コミ|クチコミ|レビュー|苦情|書き込み|批判|投稿|ポスト|感想|叱り)|言われ|書かれ|あり(?:ます|ました)|おっしゃ)',
  'u',
)
/**
 * Round 38: a complaint heard in any register before the notice is said to have been given (…って言われよるばってん, とのご意見ですが,
 * 苦情をいただきましたが, とのことですが). Blind R203I-034: or the complaint acknowledged with は or も before its が (ご不満はごもっとも
 * ですが, お叱りもあるかと存じますが).
 */
export const NOTICE_COMPLAINT = phrase(
  '(?:って|と|っち|ち|との|という)(?:言われ|いわれ|言わる|言わす|言いよ|言うて|言っと|言って|言う(?:人|方)|書かれ|書いと|書いて|書き込|おっしゃ|お叱り|ご指摘|ご意見|ご批判|苦情|お声|声)[^。！？\\n]{0,10}?(?:けど|けれど|けども|ばってん|ばって|ども|が[、,]|ても[、,]?|ちゃ[、,])|(?:苦情|ご批判|お叱り|クレーム|ご不満|お怒り|ご立腹)(?:を|が|は|も)[^。！？\\n]{0,12}?(?:けど|けれど|ばってん|が[、,])|とのこと(?:ですが|でしたが|ですけど)',
  'u',
)
/** Thanks, a concession or a fix, or an invitation, beside a notice told (`NOTICE_COMPLAINT`): a pointer, not a retort. */
export const NOTICE_CONCEDED = phrase('ありがとう|ありがたく|感謝|改善|見直|工夫|分かりにくく|わかりにくく|不十分|至らず|届いていな|伝わっていな|ぜひ|是非|ご参加|お待ちして|お越しください|来てください', 'u')
/**
 * Round 43: a change the city refuses to make (短縮する, 見直す, 変更の), before 考え, つもり, 意向, 必要 or 予定 denied (`REFUSED_END`:
 * はございません, はないと考えております). Blind R322H-022 kind (reb59): a correction refused the same way (修正の必要はないものと判断しております,
 * 訂正する考えはございません, 差し替えの予定はありません).
 */
export const REFUSED_STEP = '(?:(?:短縮|変更|見直し|延長|拡張|拡大|拡充|増設|中止|撤回|再開|廃止|縮小|削減|撤去|移転|値下げ|無料化|改善|是正|再検討|変更等|修正|訂正|差し替え|差替え|再調査|再検証|再計算|作り直し|やり直し|書き直し)(?:する|いたす|の)|見直す|改める|変える|やめる|止める|取りやめる|戻す|減らす|縮める|応じる)'
export const REFUSED_END = '[、\\s]?(?:一切|全く|まったく|毛頭|さらさら|特に|現時点で|今のところ|当面)?[、\\s]?(?:ございません|ありません|ない(?=[。！!、,]|です|ので|から|(?:もの)?と(?:考え|判断|思|存じ|認識)|$))'
/**
 * Blind R184I-007, R186D-012: the city's own measurement or record, told as what it shows (記録では, 観測データ上, 受付記録を確認したところ,
 * blind R189I-025: 当日の発券記録を確認いたしました。…), and a figure read from it (最長の待ち時間は35分, 平均12分).
 */
export const RECORD_SAYS =
  '(?:測定|計測|観測|記録|データ|ログ|履歴|日報|数値)[^。！？!?\\n、,]{0,12}?(?:では|上は|上では|上|によると|によれば|によりますと|を見る限り|を見ると|を(?:確認|拝見|調査)(?:した|いたした|しました|いたしました)(?:が|ところ|。)?)[、,]?[^。！？!?\\n]{0,24}?'
export const RECORD_FIGURE = '(?:最長|最大|最短|最高|最低|平均|実際)(?:の|で|でも)?[^。！？!?\\n]{0,12}?[0-9]+(?:\\.[0-9]+)?(?:分|時間|秒|日|件|人|名|円|回|デシベル|db|%|％|メートル)(?:程度|ほど|前後|以内|未満)?'
/** Blind R324M-005 kind (reb59): the record read as a plain level of heat, sound or light (記録では室温は20度でした, 測定値は55デシベルでした). */
export const RECORD_LEVEL =
  '[0-9０-９]+(?:\\.[0-9]+)?(?:度|℃|°c|デシベル|db|ppm|ルクス)(?:以上|以下|前後|程度|台)?(?:でした|であり|です|ございました|を記録(?:して(?:おり|い)(?:ます|ました)?|しました|しております))(?=[。！!、,]|$)'
/**
 * Blind R324M-005 kind (reb59): the record read as a level kept or reached (室温は記録上18度を保っていました, 記録では常に20℃以上を維持して
 * おりました, 測定では60デシベルを下回っていました): a figure with its unit and a verb of keeping or staying under or over it.
 */
export const RECORD_KEPT =
  '(?:常に|終始|ずっと|一日中|期間中)?[、,]?[0-9０-９一二三四五六七八九十]+(?:\\.[0-9]+)?(?:度|℃|°c|デシベル|db|%|％|ppm|ルクス|メートル|センチ|分|人|台)(?:以上|以下|前後|程度|台|を超える水準|未満)?(?:を|に)?[、,]?(?:保って|保たれて|維持して|維持されて|確保して|確保されて|キープして|下回って|上回って|超えて)(?:おり(?:ました|ます)?|いました|います)(?=[。！!、,]|$|ので|から)'
/**
 * Blind R203I-018 kind: the record read as naming the first or the only time (受付記録では、…のご連絡は今月12日が最初になっております, 記録上
 * 3月5日の1件のみです, 通報は10日が初めてでした): a date or a count that answers a complaint of how long or how often (何か月も前から連絡
 * していた), the complainant told the record says otherwise.
 */
export const RECORD_FIRST =
  '(?:[0-9]+年)?(?:[0-9]+月)?[0-9]+(?:日|回|件)(?:の[0-9]+(?:回|件))?(?:(?:が|の)(?:最初|初めて|はじめて|初回|1回目|1件目|唯一)(?:の(?:ご連絡|ご相談|お問い合わせ|通報|ご依頼|受付|お申し出|ご申請|申請))?|(?:のみ|だけ))(?:(?:と|に)なって(?:おり|い)(?:ます|ました)|でした|です|でございます|でございました|であり|だった)'
/** Blind R189I-025: the fact a complaint reported, denied (1時間お待たせした事実は確認できませんでした, そのような事実はございません). */
export const FACT_DENIED = '事実(?:は|も)[、,]?(?:一切|全く|まったく|特に|何ら)?(?:確認(?:でき|され)(?:ませんでした|ておりません|ていません|ません|なかった)|認められ(?:ませんでした|ません|なかった)|(?:ございません|ありません)(?:でした)?)'
/** A step the city still takes (引き続き調査します, 確認を続けてまいります) or a doubt left open (可能性もあります): not an answer closed. */
export const STILL_CHECKING = phrase('可能性もあ|かもしれ|引き続き|調査(?:を続け|いたします|します|中)|(?:測定|確認|調査)(?:を)?(?:続け|行って(?:まいり|いき)|いたします|します)', 'u')
/** A concession or a fix in the paragraph (確かに, 改善, おっしゃるとおり): the city listening. Thanks alone is the greeting. */
export const CONCESSION_OR_FIX = phrase('確かに|たしかに|改善|見直|検討|工夫|反省|至らな|不十分|今後は|これから|おっしゃる(?:とおり|通り)|その(?:とおり|通り)', 'u')
/**
 * Blind R194A-010: a claim quoted that makes the city or its staff the topic of a fault (「柳川市は評価が高すぎる」, 「市の除雪が遅い」,
 * 「職員は対応が冷たい」): a charge against the city, not a hoax about an event (「公園が閉鎖される」).
 */
export const CITY_FAULT_QUOTED = phrase('[「『][^」』\\n]{0,12}?(?<!都)(?:市|市役所|役所|行政|市長|市職員|職員|当市|本市|当課)(?:は|が|って|の[^」』\\n]{1,8}?(?:は|が|って))[^」』\\n]{0,20}?(?:すぎ|過ぎ|ひど|遅(?:い|すぎ|かっ|れて)|悪(?:い|すぎ|かっ)|高い|おかしい|不公平|いい加減|冷た|怠慢|手抜き|ずさん|ぼったくり|横柄|無駄)[^」』\\n]{0,8}[」』]', 'u')
/**
 * What the phrases that call a criticised event impossible share (そのような偏りが生じることはあり得ません, …お出しすることはまず考えにくい):
 * after a criticism received or a charge heard; not a rumour, false hazard information or a fraud's pretext set right, not a worried
 * asker reassured, not with an apology, a concession or a fix.
 */
export const DECLARED_IMPOSSIBLE = {
  what: '批判を頭から否定する反論',
  instead: INSTEAD.deny,
  notWithApology: true,
  rumourDenial: true,
  needsCriticism: true,
  strongCriticism: true,
  orCharge: true,
  notInHoaxWarning: true,
  unless: new RegExp(CONCESSION_OR_FIX.source + '|' + ASKER_REASSURED.source + '|' + phrase('ご心配|心配の|ご不安|不安の|詐欺|不審|なりすまし|成りすまし|騙|だまされ|偽の|偽物|還付金|暗証番号', 'u').source, 'u'),
}
/** A charge against the city or its staff: a rumour of one denied is a criticism answered. */
// Round 35: the staff's manner (職員の態度が悪い, 横柄な対応, 暴言を吐かれた) is a charge too.
// Blind R154A-079: favouritism charged (一部の店だけ優遇されてる, 特別扱いしている, 不公平だ) is a charge too.
// Blind R192D-070: mishandling charged (誘導に不手際があった, 手際が悪い) is a charge too.
// Blind R168A-030: the city's own work called slow or poor, with the city named as whose it is (「市の道路補修が遅い」という投稿, 市役所の
// 窓口がひどい, 市の除雪が雑): a complaint about the city's service, not a hoax to set right. A state (遅れている, 止まっている) is news, not a charge.
export const CITY_WORK_CHARGE = '(?<![一-龥々])(?:市|市役所|役所|行政|本市|当市)の[一-龥々ァ-ヶー]{1,10}(?:は|が|って|も)[、,]?(?:遅(?:い|すぎ|かった)|おそい|悪(?:い|すぎ|かった)|ひど(?:い|すぎ|かった)|最悪|雑(?:だ|すぎ|な|[」』])|いい加減|適当(?:だ|すぎ|[」』])|冷た(?:い|すぎ)|手ぬる|甘(?:い|すぎ)|不親切|不誠実)'
// Blind R171I-087, R172A-133: a price called too high (料金が高すぎる, 参加費は割高) and the city's paperwork called wrong (固定資産税の通知が
// 間違っていた, 請求が誤っている, 計算がミス) are charges against the city too; a price that changes (値段が上がる) is news.
// Blind R308T-035 kind: the price called too high before the noun (高すぎる値段だという投稿, 割高な料金, ぼったくり価格) is the same charge.
// Blind R308T-051 kind: a higher price charged to one group only (外国人にだけ高い料金を取っている, 観光客だけ割高な料金, 市外の人からだけ
// 余分にお金を取る): a charge of unfair pricing against the city.
export const PRICE_CHARGE = '(?:料金|価格|値段|運賃|使用料|利用料|入場料|入館料|参加費|手数料|保険料|税金|税)[^。」』\\n]{0,4}?(?:が|は|って|も)?[、,]?(?:高すぎ|高過ぎ|割高|ぼったくり|ぼりすぎ)|(?:高すぎ|高過ぎ)(?:る|た)?(?:な)?(?:料金|価格|値段|運賃|参加費|入場料|入館料|利用料|使用料)|(?:割高|ぼったくり)(?:な|の)?(?:料金|価格|値段|運賃|参加費|入場料|入館料|利用料|使用料)|(?:人|者|客|方|層|世代|県外|市外|町外|よそ|国籍|地元以外)(?:の方)?(?:に|から|は|が)?(?:だけ|ばかり|のみ)(?:に|から|は|が)?[、,]?[^。」』\\n]{0,6}?(?:高い|高く|割高な?|余計な?|余分な?|多めの?)(?:の)?(?:料金|値段|金額|運賃|お金|代金|手数料)|(?:人|者|客|方|層|世代|県外|市外|町外|よそ|国籍|地元以外)(?:の方)?(?:に|から|は|が)?(?:だけ|ばかり|のみ)(?:に|から|は|が)?[、,]?(?:料金|値段|運賃|お金|代金)(?:を|が)?(?:高く|余計に|余分に|多く|多めに)(?:取|とっ|請求|設定)'
export const PRICE_OR_PAPER_CHARGE = PRICE_CHARGE + '|(?:通知|請求|課税|計算|徴収|書類|手続き|処理|集計|審査|税額|金額)(?:が|は|って|に)[、,]?(?:間違(?:って|い|え)|誤(?:って|り)|ミス|でたらめ|デタラメ)'
/**
 * Blind R241E-009 kind: the city said never to have come or done anything, quoted (「市の給水車が一度も来なかった」, 「市は何もしてくれない」):
 * a charge of neglect, and a post spreading it (CHARGED_RUMOUR: という投稿が広がって) is a criticism as a rumour is.
 */
export const NEGLECT_QUOTED = '[「『][^」』\\n]{0,12}?(?:市|市役所|役所|行政|市長|職員)(?:の[^」』\\n]{1,8}?)?(?:は|が|って|も)[^」』\\n]{0,10}?(?:一度も|いちども|全然|ぜんぜん|まったく|全く|何も|なにも|ちっとも|一向に)[^」』\\n]{0,8}?(?:来なかった|来ない|来てくれな|してくれな|しなかった|していな|してな|しない|なかった)[^」』\\n]{0,4}[」』]'
// Blind R331R-025 kind (reb61): the waste charged in kana (「税金のムダづかい」, むだ遣い) is the same charge as 無駄遣い.
// Blind R261D-052 kind: 不正 of an outsider's act (不正アクセス, 不正に利用された, 不正な利用) in a leak notice is no charge against the city.
// Blind R436M-057 kind: a petition, a complaint or a fact said to be crushed or hushed up (陳情を市が握りつぶした, 苦情をもみ消した, 要望を
// 黙殺): a charge of suppression against the city. A thing crushed by hand (空き缶を握りつぶして出す) is no such charge.
export const SUPPRESSION_CHARGE = '(?:陳情|請願|要望|意見|声|署名|苦情|訴え|通報|相談|提案|申し入れ|申入れ|告発|内部通報|不祥事|問題|事実|事件|事故|不正|ミス)(?:書)?(?:を|は|が|も)?[、,]?[^。」』\\n]{0,8}?(?:握りつぶ|握り潰|にぎりつぶ|もみ消|揉み消|もみけ|黙殺|闇に葬)'
export const CHARGE_SRC = CITY_WORK_CHARGE + '|' + PRICE_OR_PAPER_CHARGE + '|' + NEGLECT_QUOTED + '|' + SUPPRESSION_CHARGE + '|優遇(?:され|し)|特別扱い|不公平|えこひいき|手抜き|ずさん|怠慢|不正(?!アクセス|利用|使用|ログイン|取得|侵入|送金|請求|に(?:利用|使用|取得|入手|アクセス|ログイン|閲覧)|な(?:アクセス|利用|ログイン))|隠蔽|隠ぺい|改ざん|癒着|着服|横領|無駄遣い|税金の無駄|むだ(?:づかい|遣い)|税金のむだ|さぼ|不祥事|ひいき|違法|虚偽|うそ|ごまかし|放置(?!竹林|林|自転車|車両|艇|空き?家|バイク|ごみ|ゴミ)|対応が(?:遅|悪|ひど|最悪|雑)|不親切|態度(?:が|の)?(?:悪|わる|ひど|最悪|横柄|大き|冷た|失礼)|横柄|高圧的|威圧的|無愛想|不愛想|無礼|失礼な(?:対応|態度|言い方)|暴言|怒鳴られ|居眠り|たらい回し|差別(?:され|的な対応)|いい加減な(?:対応|説明)|不手際|手際が悪'
export const CHARGE = phrase(CHARGE_SRC, 'u')
/** Blind R308T-035 kind: a price called too high in any order (料金が高すぎる, 高すぎる値段, 割高な参加費, 高いって声). */
export const PRICE_CHARGED = phrase(PRICE_CHARGE + '|(?:料金|価格|値段|運賃|参加費|入場料|入館料|利用料|使用料|お値段)(?:が|は|って|も)?[、,]?(?:高い|高っ|たかい)', 'u')
/**
 * Reviewer FP kinds (today's rules): what makes a criticism real. A critical word (ご指摘, 苦情, ご不満, お叱り, 厳しいご意見), a charge
 * (`CHARGE_SRC`, a price called high, 儲けている), or a complaint's content told before the quotative (「防災無線が聞こえない」との,
 * 窓口の対応が冷たかったとのこと, 「花火大会はいつも同じ」という): a negative predicate closing the quote. Not a bare 多くのご意見・お声, a
 * worry voiced as a question (「参加費がかかるのでは」との声), praise (「川の水がきれいになった」とのコメント), hearsay of facts (…とのことです).
 */
export const COMPLAINT_NEG =
  '(?:な|にく|づら|高|悪|わる|ひど|遅|おそ|遠|狭|暗|うるさ|汚|きたな|危な|少な|古|長|短|寒|暑|臭|くさ|冷た|つまらな|おかし|まず|厳し|乏し|物足りな|足りな|ださ|ダサ|きつ|怖|こわ)(?:い|かった|すぎる|すぎ)|(?:すぎ|過ぎ)(?:る|た|です|ます)?|ません(?:でした)?|不便|不親切|不公平|不十分|不透明|不衛生|危険|同じ|飽きる|飽きた|劣って(?:いる|る|います)|遅れて(?:いる|る|います)|負けて(?:いる|る|います)|見劣りする|手薄|貧弱|無駄|だめ|ダメ|最悪|残念|迷惑|面倒|邪魔|雑|いい加減|ひいき|手抜き|(?:断|ことわ)られ(?:た|ました)|(?:拒否|拒絶)され(?:た|ました)|追い返され(?:た|ました)|門前払い(?:され(?:た|ました)|だった|でした)?|形だけ|形ばかり|名ばかり'
export const REAL_CRITICISM = phrase(
  'ご指摘|ご批判|批判|非難|お叱り|苦情|クレーム|ご不満|不満|抗議|炎上|(?:厳しい|きびしい|手厳しい)(?:ご意見|ご指摘|お声|声|コメント)|儲けて(?:い|る|お)|儲け主義|金儲け|' +
    `(?:${COMPLAINT_NEG})[、,](?:という|との|といった)(?:ご|お)?(?:意見|声|指摘|投稿|書き込み|コメント|口コミ|レビュー|投書|dm|メッセージ|便り)|(?:${COMPLAINT_NEG})(?:んだ|のだ|だ|です)?[！!。〜~…w笑]*(?:[」』](?:と|って)|(?:と(?:の|いう|いった)|って|みたいな)(?:ご|お)?(?:意見|声|指摘|投稿|書き込み|コメント|こと|話|口コミ|レビュー|連絡|メール|電話|投書|dm|メッセージ|便り)|と(?:言われ|書かれ|いわれ))|` +
    CHARGE_SRC,
  'u',
)
/**
 * Blind R326H-019 kind (reb60): a paragraph that tells of a criticism heard, for the answer in a later paragraph (`orHeardBefore`): a
 * criticism received (`CRITICISM_RECEIVED`), a real one (`REAL_CRITICISM`), or a remark quoted as said or written to the city (「市長は
 * イベントに顔を出すだけ」と言われました, 「…」って書かれた). Not praise quoted (「優しいね」って言われ: `WORRY_OR_PRAISE_REPORTED` is read by the answer).
 */
export const HEARD_BEFORE = new RegExp(
  CRITICISM_RECEIVED.source + '|' + REAL_CRITICISM.source + '|' + phrase('[」』](?:と|って|っち)[、,]?(?:言われ|いわれ|書かれ|書き込まれ|おっしゃ|仰っ|ご指摘|指摘され|批判され|お叱り|叱られ)', 'u').source,
  'u',
)
/**
 * Blind R198I-052: a charge against the city or its people (`CHARGE_SRC`: 議員が居眠り, 職員が手抜き) told as a clip, a post or a rumour
 * going round (という動画がSNSで拡散されていますが, って投稿が出回っとるけど): what critics say of the city, not a hoax about an event.
 */
export const CHARGED_CLIP = phrase(`(?:${CHARGE_SRC})[^。！？!?\\n]{0,16}?(?:という|との|といった|って|みたいな)(?:動画|映像|写真|画像|投稿|書き込み|ポスト|うわさ|噂|話|情報)(?:が|も)[^。！？!?\\n]{0,12}?(?:拡散|出回|広が|広ま|流れ|回っ|話題)`, 'u')
/**
 * Blind R202A-020, R205I-069 kind: 事実と異なる told as the writer's verdict on what was said, in a verb of judging or of saying it
 * reluctantly (ご投稿の内容は事実と異なるものと判断しております, 報道の内容は事実と異なると申し上げざるを得ません, 事実とは違うと認識して
 * おります, 事実と異なると断言いたします): the same denial as 事実と異なります. Not the passive of a rule (事実と異なると判断された場合は).
 */
export const FACT_VERDICT =
  '(?:と|ものと)[、,]?(?:(?:判断|認識)(?:して|いたして)(?:おり|い)(?:ます|ました)|(?:判断|認識)(?:しました|いたしました|いたします|します)|(?:申し上げ|言わ|お伝えせ|判断せ)ざるを(?:得|え)(?:ません|ない)|断言(?:いたし|し)ます)'
/**
 * A spending, a price or a decision declared reasonable by what it is weighed against (経済効果を考えれば妥当な支出です, 物価を踏まえれば
 * 適正な料金と考えております). Blind R263F-031/R263F-034 kinds: with である before a judgement (妥当な支出であると当課では判断), and in
 * casual speech (手間を考えたら妥当やろ？, 考えたら当然やん); a question (妥当でしょうか, 妥当やろか) is not a verdict.
 */
export const JUSTIFIED_BY =
  '(?:考えれば|考えますと|考えると|考えたら|考えりゃ|鑑みれば|鑑みますと|鑑みると|考慮すれば|考慮しますと|考慮したら|踏まえれば|踏まえますと|踏まえると|踏まえたら|比べれば|比べますと|比べたら|比較すれば)[、,]?[^。！？!?\\n]{0,16}?(?:妥当|適正|正当|当然|十分に?安い|十分に?安価|むしろ安い)(?:な|の)?(?:支出|経費|費用|金額|価格|料金|予算|額|水準|判断|措置|対応|投資|決定|値上げ|改定|負担|もの|範囲)?(?:です|であり|である(?=と|もの)|でございます|だ(?:[。！!、]|と)|と(?:考え|言え|判断|認識|存じ)|かと|やけん|たい|ばい|(?:やろ|じゃろ|だろ|でしょ)(?!うか|か)|やん(?!か)|じゃん)'
/**
 * Blind R263F-034 kind: the writer announcing their own rebuttal in the casual or polite form of しておく (反論しときますね〜, 反論しておきます,
 * 言い返しとく！, 反論しとこう): a rebuttal declared. Not advice on debating (反論しておくと有利です: と after it), not a refusal (反論は
 * しておりません: no は between).
 */
export const ARGUED_IN_ADVANCE =
  '(?:(?:反論|反駁)(?:を)?し|言い返し|物申し)(?:(?:とき|ておき|ちょき)ます|(?:とく|ておく|ちょく)(?=ね|よ|わ|けん|ばい|[。！!〜~ー]|$)|(?:とこ|ておこ)う(?![とか]))'
/**
 * Blind JU-028 kind (unreb21): legal steps told as the condition of a standing rule addressed to everyone (家賃を長期間滞納された場合は、
 * …法的措置をとることがあります。支払いが難しいときは…ご相談ください): a notice of what happens, not a protest at a critic. Only when the
 * sentence's condition (…場合は, …ときは) names no post, critic or report, before or after it; 書き込みを続ける場合は法的措置をとる and
 * 法的措置を検討します said of a post stay protests (and `LEGAL_THREAT`).
 */
export const LEGAL_NOTICE_CRITIC = '投稿|書き込|書込|発言|コメント|ツイート|ポスト|中傷|誹謗|批判|非難|主張|ご意見|拡散|報道|記事|名誉|デマ|うわさ|噂'
export const LEGAL_NOTICE_NOT = `(?<!(?:^|[。！？!?\\n])(?:(?!${LEGAL_NOTICE_CRITIC})[^。！？!?\\n]){0,80}(?:場合|とき|時)(?:は|には|に)[、,]?(?:(?!${LEGAL_NOTICE_CRITIC})[^。！？!?\\n]){0,60})`
/**
 * Blind R316M-047 kind: the city's own check told (測定したところ, 点検の結果, 調査では, 検査を行いましたが) and what it found declared clean
 * (すべての地点で基準を満たしている, 異常は見られませんでした, 問題はございません, 正常に作動しておりました).
 */
export const CHECKED_CLEAN = phrase(
  '(?:検査|点検|測定|調査|確認|計測|分析|検証|試験|聞き取り|調べ)(?:を)?(?:では|の結果(?:では)?|結果|(?:し|いたし|行っ|おこなっ|実施し|させていただい)(?:た|ました)(?:ところ|結果|限り(?:では)?)|(?:し|いたし|行い|実施し)ましたが|(?:し|いたし|行っ|おこなっ|実施し|され)た[^。！？!?\n、,]{1,12}?(?:は|も))[、,]?[^。！？!?\n]{0,24}?(?:基準(?:値)?(?:を|は)?(?:すべて|全て|いずれも|十分(?:に)?|きちんと)?(?:満たし|クリアし|下回っ|超えて(?:おらず|いない|いません|おりません))|(?:基準|目安|規制値|規制基準|環境基準|上限|許容範囲)(?:値)?(?:の範囲)?(?:内|以内|以下|未満)(?:で|に収ま|におさま|であ|でし|です|でござ)|規定(?:値|の[一-龥]{1,4})(?:を(?:満たし|確保し|上回っ)|が(?:確保され|出て))|(?:異常|問題|不具合|故障|不備|支障)(?:は|も|など)?(?:なし|なく|ありません|ございません|ない(?=[。！!、]|こと|と(?:確認|判明|分か))|(?:見られ|認められ|確認され|見つかり|見当たり|見受けられ)(?:ませ|ず|なかった))|正常に(?:作動|動作|稼働|機能|運転|聞こえ)|十分(?:な|に)[^。！？!?\n]{0,8}?(?:が確保され|を確保し|届いて|聞こえ))',
  'u',
)
/** Blind R316M-047: the criticism's own content told (「防災無線が聞こえない」とのご指摘, 待ち時間が長いとのご意見): what the clean check answers. */
export const COMPLAINT_TOLD = phrase(
  '[」』](?:と|って|という|との|といった)[^。！？!?\n]{0,4}?(?:ご|お)?(?:指摘|意見|批判|苦情|叱り|不満|クレーム|投稿|書き込み|コメント|言われ|書かれ)',
  'u',
)
/** Blind R316M-047: the complainant then asked to understand or accept (ご理解いただければ幸いです, ご理解ください, ご了承のほど). */
export const UNDERSTANDING_ASKED = phrase('(?:ご理解|ご了承|ご納得)(?:を)?(?:いただ|頂|ください|下さい|のほど|願|お願い|賜)', 'u')
/** Blind R316M-047: the city acting on the complaint anyway or offering help (念のため, スピーカーを増設します, お知らせください, 伺います). */
export const ACTS_ANYWAY = phrase(
  // Reviewer FP kind (rreb59): or a step asked of the contractor or the body in charge (作業時間を短縮するよう業者に伝えました, 所有者の方に
  // お伝えします).
  '(?:業者|事業者|施工業者|委託業者|委託先|施工者|主催者|管理者|所有者|関係機関|警察|県)(?:の方|さん)?に[^。！？!?\\n]{0,4}?(?:伝え(?:ました|ます)|お伝え(?:し|いたし)(?:ました|ます)|依頼(?:し|いたし)(?:ました|ます)|要請(?:し|いたし)(?:ました|ます)|申し入れ|指導(?:し|いたし)(?:ました|ます)|指示(?:し|いたし)(?:ました|ます))|念のため|念の為|(?:調整|交換|修理|修繕|改修|移設|増設|追加|強化|拡充|設置|清掃|補修|更新|建て替え|取り替え|入れ替え)(?:し|いたし|を|する|します|いたします|の予定)|お知らせください|ご連絡ください|ご相談ください|お問い合わせ|伺います|お伺い|個別に|ご心配|ご不安|ご安心|安心して|心配(?:いりません|ありません)',
  'u',
)

/**
 * Reviewer FP kinds (bfd2abe2): after 実際は, the city's own shortfall admitted (私たちの説明不足でした, こちらの不手際です) or an
 * alternative offered to the critic (防災メールへの登録もお願いします, 近隣の臨時駐車場をご利用ください, 代わりに…をご利用いただけます).
 */
export const ADMITTED_OR_ALTERNATIVE = phrase(
  '(?:私たち|私ども|わたしたち|当方|こちら|市|当課|職員)の(?:説明不足|周知不足|不手際|ミス|誤り|落ち度|配慮不足|確認不足|力不足)|(?:説明|周知|配慮|確認)(?:が)?不足(?:でした|していました|しておりました)|(?:への|の)(?:ご)?登録(?:も|を)(?:お願い|ご検討)|(?:臨時|近隣|代わり|別|ほか|他)の[^。！？!?\\n]{0,12}?(?:を|も)(?:ご利用|お使い|ご活用)|代わりに[^。！？!?\\n]{0,16}?(?:ご利用|お使い|ご活用)',
  'u',
)

/**
 * Reviewer FP kinds (reb58): an invitation in the paragraph (ぜひ見に来てね, お越しください, 冬の旅もおすすめ): a complaint about the season or the
 * place answered with a reason to come, not the critic answered back. ぜひご理解 is no invitation.
 */
export const INVITED = 'ぜひ(?!ご理解)|是非(?!ご理解)|お越しください|お越しを|お越しいただ(?!けて(?:おり|い)|いて(?:おり|い))|お待ちして|遊びに来|見に来|来てね|来てください|おすすめ|オススメ|お勧め|お出かけ'
/** Reviewer FP kinds (reb58): the trouble owned in casual or soft keigo (ごめんなさい, すみません, ご心配をおかけしました, ご不便をおかけし). */
export const OWNED_SOFTLY = 'ごめんなさい|ごめんね|すみません|すいません|ご(?:心配|不便|迷惑)を(?:おかけ|お掛け)'
/**
 * What the reb63 phrases that declare a complaint's cause not the city's share (…とは考えておりません, …わけではありません): the hint, a
 * criticism received (or a charge heard) needed, and not with an apology, a fix, a check still to make, a concession, a question
 * answered, a worried asker reassured or help offered.
 */
export const CAUSE_NOT_CITY = {
  what: '苦情の原因が市にはないとする反論',
  instead: INSTEAD.justify,
  notWithApology: true,
  notWithRemedy: true,
  needsCriticism: true,
  strongCriticism: true,
  unless: new RegExp(CONCESSION_OR_FIX.source + '|' + STILL_CHECKING.source + '|' + ASKER_REASSURED.source + '|' + phrase(`${OWNED_SOFTLY}|ご質問|お尋ね|ご心配|ご不安|(?:確認|調査|点検|測定)(?:いたし|し|を続け)ます|伺います|お伺い|お知らせください|ご連絡ください|ご相談ください|お気軽に|(?:調整|交換|修理|修繕|改修|移設|増設|追加|強化|清掃|補修|更新|取り替え|入れ替え|浚渫|しゅんせつ)(?:し|いたし|を行い|を実施し)(?:ました|ます)`, 'u').source, 'u'),
} as const
/** Reviewer FP kinds (reb58): a question or an inquiry heard (「ごみ収集車が来ない」とのお問い合わせ, ってご質問): to be answered, not a complaint. */
export const INQUIRY_HEARD = '(?:との|という|って|の)(?:お問い合わせ|お問合せ|ご質問|お尋ね)'
/**
 * Reviewer FP kind (rreb59): an explanation of how a fee or a rule is set, then help offered (「料金が高い」とのご意見ですが、料金は条例に基づいて
 * 定めております。減免制度もございますので、お気軽にご相談ください; ご案内します, 支援制度, 分割納付のご相談も承っております): a reply to the
 * opinion, not a rebuttal of it. Only with no dismissal anywhere in the paragraph (`DISMISSED`: ご理解いただけない, 問題はありません, 当然です,
 * 当たりません, 決して高くない): an explanation that ends by waving the complaint off stays a rebuttal whatever help follows.
 */
export const HELP_OFFERED =
  `${HELP_STEPS}|ご案内(?:します|いたします|できます|いたしますので|しますので)|ご相談(?:を|も|は)?(?:承|受け付け|お受け|お受けし)|ご相談(?:に応じ|窓口)|お問い合わせ(?:は|先|窓口)|お知らせください|お手伝い(?:します|いたします|できます|させていただきます)|お声(?:かけ|がけ)ください|お申し出ください|ご連絡ください|お気軽に|減免|軽減(?:制度|措置|の対象|が受けられ)|免除|猶予|分割(?:納付|払い|での)|(?:支援|助成|補助|援助)(?:制度|策|の対象|の窓口|を受けられ)|就学援助|割引(?:制度|の対象|が(?:あり|ござい))`
export const DISMISSED =
  'ご理解(?:いただけ|頂け)(?:ない|ず|ていない|ておらず)|(?:受け入れ|受入れ|容認)(?:られ|でき)(?:ません|ない)|(?:同意|承服|納得)(?:でき(?:ません|ない)|(?:いたし|し)かね)|(?:問題|支障|落ち度|不備|誤り)(?:は|も|など)?[、,]?(?:一切|全く|まったく|何ら|特に)?(?:ありません|ございません|ない(?=[。！!、,]|です|と|もの))|当然|当たり前|当たら|あたら|(?:当た|あた)りません|決して|けっして|筋違い|見当違い|的外れ|お門違い|誤解|勘違い|文句|我慢|仕方(?:ない|がない|ありません|ございません)|(?:考え|予定|つもり|必要)(?:は|も)(?:一切|全く|特に|現時点で)?(?:ありません|ございません|ない(?=[。！!、,]|です|と|もの))|高く(?:は|も)?(?:ありません|ございません|ない)|(?:安い|割安|格安|破格|良心的)(?:な|の)?(?:水準|価格|料金|金額|ほう|方)?(?:です|でございます|だ|であり|と(?:考え|思))'
/** `HELP_OFFERED` in a paragraph that holds no `DISMISSED` (read from the start: a paragraph-wide test). */
export const HELPED_NOT_DISMISSED = phrase(`^(?![\\s\\S]*(?:${DISMISSED}))[\\s\\S]*?(?:${HELP_OFFERED})`, 'u')
/**
 * Blind R322H-032 kind (reb59): the level or amount complained of declared no problem as the city's finding (問題となる水準ではなかった,
 * 問題のあるレベルではありません, 支障のない範囲でした): the complaint refuted with the city's own verdict.
 */
export const NO_PROBLEM_LEVEL =
  '(?:問題|支障|影響)(?:と|に)(?:なる|なるような|される)(?:水準|レベル|数値|値|程度|範囲|量|音量|状況|ほど)(?:では|じゃ)(?:なかった|ない(?=[。！!、,]|こと|と|です|もの|$)|なく|ありません|ございません)|(?:問題|支障)(?:の)?(?:ない|無い)(?:水準|レベル|範囲|数値|値|程度)(?:であ|でし|です|だっ|でござ|に収ま|におさま)'
/**
 * Blind R322H-022/044 kind (reb59): the city's work declared made or kept to a standard, a guideline or the law (観光庁のガイドラインに準拠して
 * 作成しております, 総務省の基準もきちんと守っています, 条例に基づいて定めております, 法律で定められており): after a real criticism, the critic
 * told there is nothing to fault. (満たしている, a check's finding, is `CHECKED_CLEAN`'s: ご指摘を受けて点検したところ、基準は満たしていました is
 * a check told plainly.)
 */
export const COMPLIANT =
  '(?:ガイドライン|指針|基準|規定|規則|規約|要綱|要領|法令|法律|条例|マニュアル|ルール|決まり|手順|定義|仕様)(?:等|など)?(?:に|を|も|は)[、,]?(?:きちんと|しっかり(?:と)?|ちゃんと|すべて|全て|厳格に|適切に|忠実に|確実に|十分に)?[、,]?(?:準拠|遵守|順守|のっとっ|則っ|沿っ|従っ|基づい|守っ)(?:し)?て[、,]?(?:[^。！？!?\\n、,]{0,10}?(?:し|いたし|行っ|おこなっ|定め|決め|設け|作っ|つくっ|決定し))?(?:て)?(?:おり(?:ます|ました)?|い(?:ます|ました)|いる(?=[。！!、,]|$|ので|から|し))(?=[。！!、,]|$|ので|から|し)' +
  '|(?:法律|法令|条例|規則|地方税法|国の基準|基準|ガイドライン|要綱|制度)(?:で|によって|により|上)[、,]?(?:明確に|厳格に|一律に)?(?:定められ|決められ|規定され)(?:て)?(?:おり(?:ます)?|います|いる(?=[。！!、,]|$|ので|から))(?=[。！!、,]|$|ので|から)'

/**
 * Blind R326H-002 kind (reb60): a criticism heard as a rhetorical question (「写真、加工しすぎじゃない？」ってコメント, 「料金高くない？」って
 * 声, 「盛ってない？」って言われた) or as a charge of faking (「合成でしょ？」って, やらせという声): not praise in すぎ (きれいすぎじゃない？).
 */
export const RHETORICAL_COMPLAINT = phrase(
  '(?:(?<!(?:かわい|可愛|美し|きれい|綺麗|キレイ|おいし|美味し|うま|旨|素敵|すてき|すご|凄|楽し|優し|やさし|嬉し|うれし|かっこよ|カッコよ|格好よ|よ|良|すばらし|素晴らし|面白|おもしろ))(?:すぎ|過ぎ)(?:じゃ|では)?(?:ない|ね|ねえ|ありません|ないです)(?:か|の)?|(?:高|ひど|おかし|遅|狭|汚|暗|うるさ|少な|まず|つまらな|ださ|しょぼ|寂し|さみし)く(?:ない|ね|ねえ|ないです)(?:か|の)?|(?:加工|合成|修正|レタッチ|やらせ|ヤラセ|フェイク|作り物|サクラ|ステマ|盛って|盛りすぎ|盛り過ぎ)[^」』\n。]{0,10}?)[？?]{0,2}[」』]?(?:って|と|との|という|っていう|みたいな)(?:いう)?(?:ご|お)?(?:コメント|意見|指摘|声|口コミ|クチコミ|レビュー|苦情|書き込み|批判|投稿|ポスト|感想|言われ|書かれ)',
  'u',
)
/**
 * Blind R326H-018 kind (reb60): a complaint about the size, amount or quality of goods received (うなぎが小さかったとのことですが, 「量が少ない」
 * との声, 身が薄いってコメント): what a "within the spec" answer refutes.
 */
export const GOODS_COMPLAINT = phrase(
  '(?:小さ|細|薄|ぬる|硬|固|少な|軽|短|狭|まず)(?:い|かった|すぎ(?:る|た)?)[」』]?(?:とのこと|との(?:ご|お)?(?:意見|指摘|声|投稿|コメント|書き込み|苦情|連絡|ご連絡)|という(?:ご|お)?(?:意見|指摘|声|投稿|コメント|書き込み|苦情)|って(?:いう)?(?:ご|お)?(?:意見|声|コメント|言われ|書かれ|書き込み|投稿|苦情|口コミ|レビュー))',
  'u',
)

/**
 * Blind R331R-012 kind (reb61): what a report or a criticism is called when declared far from the facts (…とは異なるもの, …とかけ離れた
 * ご評価), and the city's verdict on it in any verb of judging or taking it (です, と考えております, ものと受け止めております, と認識して
 * おります): 形だけというご評価は、活動の実態とは異なるものと受け止めております is the same denial as 実態とは異なるものです.
 */
export const FAR_FROM_NOUN = 'もの|内容|報道|記事|印象|数字|表現|情報|説明|(?:ご)?評価|見方|(?:ご)?意見|(?:ご)?指摘|(?:ご)?批判|(?:ご)?主張|書き込み|投稿|コメント|口コミ|レビュー'
export const FAR_FROM_VERDICT = '(?:です|であり|でございます|だ(?=[。！!、]|$)|(?:だ|である)?と(?:言わざる|考え|思|受け止め|受けとめ|認識|判断|存じ|捉え|とらえ))'
/**
 * Blind R331R-005 kind (reb61): the majority's approval or a favourable figure (大多数の方にはご満足いただけている, 利用者の9割が「満足」と回答,
 * 満足度が87％に達しており, 好評をいただいております): what a criticism is outweighed with, turned to in the sentence (ただ、…, …ですが、…,
 * しかし、…). Not a goal or a hope (ご満足いただけるよう, 喜んでいただけるイベントを目指します, 喜んでもらえたら), not a survey reported with no turn (アンケートで多くのご意見をいただきました。満足度は87％でした).
 */
export const SATISFIED_WHO = '(?:方|方々|皆様|皆さま|皆さん|みなさん|利用者|ご利用者|来庁者|来場者|来館者|参加者|回答者|お客様|お客さま|市民|乗客|受講者|保護者|ご家庭)'
/**
 * The approval itself: satisfied, well received, or praise quoted as the answer given (「おいしかった」との声, 「また参加したい」と回答).
 * Blind R336D-036/045 kind (reb62): or managing without trouble (9割以上がスムーズに完了できてるんです, ほとんどの方は迷わずお越しいただけております,
 * 大半の方が問題なくご利用いただけています): the complaint that it is hard outweighed by the many who manage. Not
 * denied after it (満足されていない, ご満足いただけておりません), not a complaint quoted (「分かりにくい」との声).
 */
export const SATISFIED_WHAT =
  '(?:ご満足|満足|ご好評|好評|高い評価|高く評価|喜んで|お喜び|(?:スムーズに|問題なく|迷わず|迷うことなく|支障なく|滞りなく|難なく|無事に|すんなり(?:と)?|円滑に|簡単に)[^。！？!?\\n]{0,10}?(?:でき|いただけ|いただい|され|して(?:い|お|る)|て(?:い|お|る)|お越し|到着|完了|ご利用|利用|登録)|[「『](?![^」』\\n]{0,16}?(?:ない|なかっ|にく|づら|悪|ひど|すぎ|過ぎ|不|遅|狭|汚|まず|残念|困|高い))[^」』\\n]{1,16}[」』](?:と|との)(?:回答|お答え|声|お声|評価|ご評価|好評|感想|ご感想))(?!度)(?![^。！？!?\\n]{0,16}?(?:よう|目指|めざ|ため|たい|べく|たら|れば|ことを願))(?![^。！？!?\\n]{0,10}?(?:ない|ません|おらず|ず[、,。]))'
export const SATISFIED_TURN =
  '(?<=(?:(?:^|[。！!？?\\n]|\\p{Extended_Pictographic})\\s{0,2}(?:ただ|しかし|しかしながら|でも|ですが|だけど|とはいえ|一方で?|それでも|もっとも|実際(?:に)?は|実は)|(?:ですが|ますが|でしたが|ましたが|ものの|けど|けれど|けれども|ても))[、,]?\\s?[^。！？!?\\n]{0,50})'
export const SATISFIED_SRC =
  // (A cheap look at the first letter before the turn is looked for behind: the look-behind is not tried at every position.)
  '(?=[方皆み利ご来参回お市乗受保大ほ殆多圧0-9０-９一二三四五六七八九満顧評支好])' + SATISFIED_TURN + '(?:(?:' + SATISFIED_WHO + '(?:の方)?の(?:大多数|大半|ほとんど|殆ど|多く|圧倒的多数|[0-9０-９]+(?:\\.[0-9]+)?(?:%|％|割)(?:以上|超|近く|を超える|あまり)?|[一二三四五六七八九]割(?:以上|超|近く|を超える|あまり)?)(?:の方)?(?:に|から|は|が|には|からは)[、,]?[^。！？!?\\n]{0,12}?' + SATISFIED_WHAT + ')|(?:大多数|大半|ほとんど|殆ど|多く|圧倒的多数|[0-9０-９]+(?:\\.[0-9]+)?(?:%|％|割)(?:以上|超|近く|を超える|あまり)?|[一二三四五六七八九]割(?:以上|超|近く|を超える|あまり)?)の' + SATISFIED_WHO +
  '(?:の方)?(?:に|から|は|が|には|からは|にとって)[、,]?[^。！？!?\\n]{0,12}?' + SATISFIED_WHAT +
  '|(?:満足度|顧客満足度|利用者満足度|評価|支持率|好感度|満足(?:と|した|された)(?:と)?(?:回答|お答え)(?:した|された|いただいた)?(?:方|人)?(?:の割合)?)(?:は|が|も)[、,]?[^。！？!?\\n]{0,12}?[0-9０-９]+(?:\\.[0-9]+)?(?:%|％|割|ポイント|点)(?:に(?:達|のぼ|上っ|上り)|を(?:超え|上回|維持|記録|占め)|と(?:高|非常に高|大変高|過去最高|好評)|以上|超|で(?:した|あり|ございます|ございました)|です|となって(?:おり|い)))'
/**
 * Blind R331R-006 kind (reb61): a cut charged, heard as a claim (記念品が廃止されたとのことですが, 「バスが減った」との声, 補助が打ち切られたって
 * 書かれ): what an answer that the thing goes on as before refutes. Not a question (廃止されたのですか), not a worry (…のでは).
 */
export const CUT_CLAIMED = phrase(
  '(?:(?:廃止|打ち切り|打切り|縮小|削減|中止|撤去|撤廃|減額|減便|廃線|取りやめ|取り止め|カット)(?:され|に(?:なっ|され))|(?:打ち切|打切)られ|(?:なくな|無くな|減)っ|(?:なくさ|無くさ|減らさ|削ら|やめら|止めら)れ|(?:廃止|中止|削減|縮小|カット|撤去)し|(?:やめ|止め)ちゃっ)(?:た|て(?:いる|る|います|しまった|しまいました|しもうた))(?:ん|の)?(?:だ|です)?[！!]{0,2}[」』]?' +
    '(?:とのこと|との(?:ご|お)?(?:意見|指摘|声|投稿|書き込み|コメント|批判|苦情)|という(?:ご|お)?(?:意見|指摘|声|投稿|書き込み|コメント|批判|苦情|口コミ|レビュー)|って(?:いう)?(?:ご|お)?(?:意見|声|コメント|書き込み|投稿|口コミ)|(?:と|って)(?:言われ|書かれ|おっしゃ|ご指摘|指摘され|書き込まれ|投稿され))',
  'u',
)
/**
 * Blind R331R-006 kind (reb61): the thing said cut declared going on as before, in any verb of doing (今年度も対象の方全員にお渡ししております,
 * 今年も例年どおり5000発を打ち上げています, 引き続き月2回運行しております, 今年度も開催します) or unchanged from before (昨年度と変わりございません,
 * 前年と同数です). Not the cut owned in the same words (今年度は規模を縮小して開催しています: a word of cutting between).
 */
export const CARRIED_ON =
  '(?:(?:今年度|今年|本年度|本年|今回|今季|今期|来年度|来年)も|引き続き|例年(?:どおり|通り)|従来(?:どおり|通り)|これまで(?:どおり|通り)|変わらず|例年と同様に?|昨年(?:度)?と同様に?|前年(?:度)?と同様に?|以前と同様に?)[、,]?(?:(?!縮小|削減|廃止|減|中止|取りやめ|取り止め|休止|見合わせ|見送|終了|休み|やめ|なく|無く)[^。！？!?\\n]){0,28}?(?:(?:て|で)(?:おります|います|おり(?=[、,])|いる(?=[。！!、,]|$))|(?:し|いたし|行い|おこない|やり|続け|開き|お渡しし|お届けし)ます(?=[。！!よね]|$))(?!が|けど)' +
  '|(?:昨年|前年|例年|従来|以前|これまで|去年|前回)(?:度)?(?:と|から)[、,]?(?:比べて|比べても)?[、,]?(?:何も|なんら|何ら|特に|一切|全く|まったく)?(?:変わり|変更|変化|増減|違い)(?:は|も)?(?:一切|全く|まったく|特に|何ら|ほとんど)?(?:ございません|ありません|ない(?=[。！!、,]|です|$)|なく|なし)' +
  '|(?:昨年|前年|例年|従来|以前|去年|前回)(?:度)?と(?:同じ|同様|同数|同額|同水準|同程度|変わらない|変わらず)(?:の[一-龥]{1,4})?(?:です|でございます|であり|となって(?:おり|い)|を(?:確保|維持))'
/** Blind R331R-025 kind (reb61): spending charged as waste (税金の無駄, ムダづかい, ばらまき, お金かけすぎ): what a cost played down answers. */
export const WASTE_CHARGED = phrase('無駄|むだ(?!なく|のない)|ばらまき|浪費|もったいない|(?:お)?金(?:を)?かけ(?:すぎ|過ぎ)|税金(?:を|の)(?:使いすぎ|使い過ぎ|どぶ)', 'u')

/** Blind R331R-005 kind (reb61): what the two phrases that set the majority's approval against a criticism share. */
export const OUTWEIGHED_BY_APPROVAL = {
  re: phrase(SATISFIED_SRC),
  need: ['満足', '好評', '評価', '支持率', '好感度', '喜', '回答', 'お答え', '声', '感想', 'すむーず', '問題なく', '迷わず', '迷うことなく', '支障なく', '滞りなく', '難なく', '無事に', 'すんなり', '円滑に', '簡単に'],
  what: '批判を満足度や好評の数字で打ち消す反論',
  instead: INSTEAD.critic,
  notWithApology: true,
  notWithRemedy: true,
  // (An event report that tells the mixed feedback with thanks or a word for next time — ありがとうございました, 来年もお楽しみに — is no retort.)
  unless: new RegExp(CITY_LISTENING.source + '|' + CONCESSION_OR_FIX.source + '|' + phrase(`参考|踏まえ|ふまえ|活か|生か|いか(?:し|す)|受けて|真摯|課題|${INQUIRY_HEARD}|ご質問|${OWNED_SOFTLY}|${INVITED}|お楽しみに|(?:来年|次回|来年度|次)も`, 'u').source, 'u'),
  greetingOk: true,
}

/**
 * Blind R336D-008 kind (reb62): the state a complaint reports declared not to exist (長時間お待たせしている状況にはないと考えております, 混雑
 * しているという状況ではございません), as the city's view (`STATE_DENIED_VERDICT`) or flatly.
 */
export const STATE_DENIED_SRC =
  '(?:て|で)(?:いる|おる|いた|おった)(?:ような|という|といった|ほどの|ほど)?(?:状況|状態|事態)(?:に|で)(?:は|も)[、,]?(?:一切|決して|全く|まったく|特に|必ずしも|現状|現在)?[、,]?(?:ない|なかった|ありません|ございません|ありませんでした|ございませんでした)(?:もの)?'
export const STATE_DENIED_VERDICT = 'と[、,]?(?:考え|認識|判断|受け止め|受けとめ|存じ|思|捉え|とらえ|理解)'
export const STATE_DENIED = {
  need: ['状況', '状態', '事態'],
  what: '苦情の内容を否定する反論',
  instead: INSTEAD.deny,
  notWithApology: true,
  notWithRemedy: true,
  unless: new RegExp(CITY_LISTENING.source + '|' + ASKER_REASSURED.source + '|' + STILL_CHECKING.source + '|' + phrase(`${INQUIRY_HEARD}|ご質問|お尋ね|ご心配|心配の|ご不安|不安の|${OWNED_SOFTLY}|避難|浸水|冠水|氾濫|停電|断水|感染|被害|危険|災害|警報|通行止め`, 'u').source, 'u'),
  greetingOk: true,
}
/**
 * Reviewer FP kind (reb62): a paragraph that answers a question (ご質問ありがとうございます, とのお問い合わせ): read on the whole paragraph, since
 * `greetingOk` leaves the opening thanks out of `unless`. For the reply-only phrases, where no criticism is named.
 */
export const NOT_ASKED = phrase('^(?![\\s\\S]*(?:ご質問|質問|お問い合わせ|お問合せ|お尋ね))', 'u')
/**
 * Blind R336D-015 kind (reb62): the trouble complained of played down by how seldom it happens: a count with だけ, のみ or しか (満車になったのは
 * 今年度まだ三回だけなんです, 待ち時間が1時間を超えた日は2日しかありません, 実際にあったのはわずか2件です) or a word of rarity (満車になること
 * はほとんどありません, 長くお待たせするのはごくまれです). Kanji numerals too.
 */
export const SELDOM_NUM = '(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3}|数)'
export const SELDOM_UNIT = '(?:回|件|日|度|日間|例|ケース)'
export const SELDOM_END = '(?:なん(?:です|だ)|です|でした|でございます|でございました|であり|で(?=[、,])|だった|だ(?=[。！!よね]|$)|となって(?:おり|い)|に(?:すぎ|過ぎ)(?:ません|ない|ず))'
export const SELDOM_AGAINST_COMPLAINT = {
  re: phrase(
    `(?:のは|ことは|日は|件数は|回数は|日数は|ケースは)[、,]?[^。！？!?\\n]{0,14}?(?:(?:わずか|たった|ほんの)[、,]?${SELDOM_NUM}${SELDOM_UNIT}(?:程度|ほど)?(?:だけ|のみ)?|${SELDOM_NUM}${SELDOM_UNIT}(?:程度|ほど|くらい|ぐらい)?(?:だけ|のみ|ばかり))${SELDOM_END}` +
      `|${SELDOM_NUM}${SELDOM_UNIT}(?:程度|ほど|くらい|ぐらい)?しか(?:ありません|ございません|ない(?=[。！!、,]|です|ん|と|$)|なく|なかった|ありませんでした|ございませんでした)` +
      '|(?:こと|の)(?:は|も)[、,]?(?:ほとんど|めったに|滅多に|まず)(?:ありません|ございません|ない(?=[。！!、,]|です|ん|と|$)|なく|なかった|ありませんでした|ございませんでした)' +
      '|(?:こと|の)(?:は|も)[、,]?(?:ごく|本当に|ほんとに)?(?:まれ|稀)(?:です|でございます|なんです|であり|で(?=[、,])|だ(?=[。！!よね]|$))',
  ),
  need: ['だけ', 'のみ', 'ばかり', 'すぎ', '過ぎ', 'しか', 'ほとんど', 'めつたに', '滅多に', 'まず', 'まれ', '稀', 'わずか', 'たつた', 'ほんの'],
  what: '苦情を頻度の少なさで打ち消す反論',
  instead: INSTEAD.critic,
  notWithApology: true,
  notWithRemedy: true,
  unless: new RegExp(CITY_LISTENING.source + '|' + CONCESSION_OR_FIX.source + '|' + ASKER_REASSURED.source + '|' + ACTS_ANYWAY.source + '|' + phrase(`${INQUIRY_HEARD}|ご質問|お尋ね|${OWNED_SOFTLY}|${HELP_STEPS}`, 'u').source, 'u'),
  greetingOk: true,
}
/**
 * Blind R336D-033 kind (reb62): the outcome a complaint charges put on the person's own choice (ご本人が申請を見送られたものと認識しております,
 * ご自身で辞退されたものと承知しております, 相談者の方が取り下げられたと伺っております, ご本人のご意向で取りやめられたものです).
 */
export const OWN_CHOICE_AGAINST_CHARGE = {
  re: phrase(
    '(?:ご本人|ご自身|ご相談者|相談者|申請者|申込者|お申込者|お客様|お客さま|その方|当該の方|ご家族|利用者)(?:様|の方)?(?:が|の|は|で|ご自身で|自ら|ご自身の|ご本人の)[、,]?(?:(?:ご)?(?:判断|意思|希望|意向|都合)(?:で|により|によって)[、,]?)?[^。！？!?\\n]{0,20}?' +
      '(?:見送|辞退|取り下げ|取下げ|取りやめ|取り止め|とりやめ|断念|キャンセル|遠慮|選択|お決め|決め|選ば|お選び|見合わせ)(?:ら|さ)?(?:れ|なさっ|になっ|をされ|をなさっ)?(?:た|ていた|ておられた)' +
      '(?:もの(?:と[、,]?(?:認識|理解|考え|判断|承知|把握|伺|聞|存じ)|です|でございます|であり|だ(?=[。！!]|と))|と[、,]?(?:認識|理解|承知|把握)(?:して|いたして)|と(?:伺って|聞いて|お聞きして))',
  ),
  need: ['見送', '辞退', '取り下げ', '取下げ', '取りやめ', '取り止め', 'とりやめ', '断念', 'きやんせる', '遠慮', '選択', '決め', '選ば', 'お選び', '見合わせ'],
  what: '批判された結果を相手の判断に帰す反論',
  instead: INSTEAD.justify,
  notWithApology: true,
  notWithRemedy: true,
  unless: new RegExp(CONCESSION_OR_FIX.source + '|' + STILL_CHECKING.source + '|' + phrase(`${OWNED_SOFTLY}|${INQUIRY_HEARD}|ご質問|お尋ね|繰り上げ|繰上げ`, 'u').source, 'u'),
  greetingOk: true,
}

/**
 * Blind R337F-037 kind (reb63): the city's own side of a trouble declared free of fault (市の管理する水道管に問題はございません, 本市の施設には
 * 異常はありません, 当課の設備に不具合はございません): what a complaint's cause put on the complainant rests on. A folded source.
 */
export const CITY_SIDE_CLEAN = foldSource(
  '(?<![都])(?:市|当市|本市|当課|当局|水道局|上下水道局|上下水道課|水道課|下水道課|市役所)(?:の|が)(?:管理する|管理している|所有する|設置した|管理の|管轄の|所管の|側の)?[^。！？!?\\n、,]{0,10}?(?:に|には|は|では|側に|側には)[、,]?(?:問題|異常|不具合|不備|欠陥|原因)(?:は|も|など)?[、,]?(?:一切|特に|何ら|全く|まったく)?(?:ございません|ありません|なく(?=[、,])|ない(?=[。！!、,]|です|と|もの))',
)
/**
 * Blind R337F-006/031/043/054 kinds (reb63): the city's facility or work a complaint blames for a trouble (下水道施設, 水門操作, 市の事業, 工事,
 * マンホール): what the cause is denied of.
 */
export const CITY_WORK = '(?:施設|設備|工事|作業|操作|事業|管理|運用|水道管|配水管|下水道|下水管|排水路|水路|水門|ポンプ場|処理場|浄水場|清掃工場|焼却場|マンホール|水道|放流|取水|浚渫|散布|除草|伐採|施策|取り組み|取組)'
/** The writer's view that it is not so (とは考えておりません, とは考えにくい, とは思えません). */
export const NOT_THOUGHT = '(?:到底|必ずしも|まったく|全く)?(?:考え(?:て(?:おりません|いません|おらず|いない)|にく|づら|難|られ(?:ません|ない))|思(?:って(?:おりません|いません|おらず)|えません|われません)|認識(?:して|いたして)(?:おりません|いません)|判断(?:して|いたして)(?:おりません|いません))'
/** Not asked (ではないか, ではないのでしょうか, ありませんか？): a question, not a denial. */
export const NOT_ASKING = '(?!か|の(?:では|か|でしょう|ですか)|[？?]|でしょう|ですか|だろう)'
export const JUDGED = '(?:と|かと|だと)[、,]?(?:判断|考え|思|推察|推測|認識|見て|存じ)'
/**
 * Blind R337F kinds (reb63): the cause of a trouble complained of declared not to lie with the city's facility or work, as the writer's view
 * (夜間の音の原因が下水道施設にあるとは考えておりません, 下水道施設から臭気が出ているとは考えにくい, 市の事業でノリが減ったわけではない,
 * 処理場から出ているものではございません), put elsewhere (原因は別のところにあるものと判断しております, 市の施設以外に原因があるものと考えて
 * おります) or the work named as not the cause (水門操作のせいではありません, 工事による影響ではございません). The trouble is what happened or is
 * going on (ている, た), not a forecast (この工事で渋滞が起こるとは考えにくい).
 */
export const CAUSE_NOT_THOUGHT_SRC =
  `原因(?:が|は)[、,]?[^。！？!?\\n]{0,20}?(?:に|で)(?:ある|あった|あり)とは[、,]?${NOT_THOUGHT}` +
  `|${CITY_WORK}(?:の[一-龥々ァ-ヶー]{1,6})?(?:から|が原因で|によって|により|のせいで|に起因して|の影響で|で)[、,]?[^。！？!?\\n]{0,16}?(?:た|ている|ていた|てる|てた|ておる)とは[、,]?${NOT_THOUGHT}` +
  `|原因(?:は|が)[、,]?(?:別の|他の|ほかの|別|外部の)(?:ところ|所|場所|箇所|要因|もの|原因|点)?(?:に|で)?(?:ある|あった|あり|による|によるもの)(?:もの)?${JUDGED}` +
  `|(?:以外|ほか|外部|別の(?:ところ|場所|箇所))(?:に|で)原因が(?:ある|あった)(?:もの)?${JUDGED}`
/** …and the same flatly, not as the writer's view (…で減ったわけではない, 水門操作のせいではありません): only after a criticism or a charge. */
export const CAUSE_DENIED_FLAT_SRC =
  `${CITY_WORK}(?:の[一-龥々ァ-ヶー]{1,6})?(?:から|が原因で|によって|により|のせいで|に起因して|の影響で|で)[、,]?[^。！？!?\\n]{0,16}?(?:た|ている|ていた|てる|てた|ておる)(?:という)?(?:わけ|訳|もの)(?:では|じゃ)(?:ない(?=[。！!、,]|です|ので|と|ん|の|よ)|なく|ありません|ございません|なか)` +
  `|${CITY_WORK}(?:の[一-龥々]{1,4})?(?:(?:が|は)原因|(?:の)?(?:せい|影響)|(?:による|に起因する|が原因の)(?:もの|影響))(?:では|じゃ)(?:なく|ない|ありません|ございません|なか)`
/**
 * Blind R337F-004 kind (reb63): the work the complaint says was missed declared done at a time of day, on the record (当該ステーションは当日
 * 8時52分に収集を終えております, 8時45分に通過しております, 9時ごろには回収を完了しておりました).
 */
export const RECORD_DONE =
  '(?:[0-9]{1,2}時(?:[0-9]{1,2}分|半)?(?:ごろ|頃|過ぎ)?(?:に|には|まで(?:に|には)?))[、,]?[^。！？!?\\n]{0,8}?(?:(?:収集|回収|配達|作業|清掃|巡回|点検|運行|配送|配布|散布|除草)(?:を|は)?[、,]?(?:終え|完了し|済ませ|終了し|すませ|行っ|実施し)|(?:を)?通過し|(?:収集|回収|配達|配送)し)(?:て)?(?:おり(?:ます|ました)|い(?:ます|ました)|ございます)(?=[。！!、,]|$)'
/** Blind R337F-004 kind (reb63): the city's own check told, before what it found (確認したところ、 お調べしましたが、). */
export const CHECK_TOLD = '(?:確認|調査|お調べ|調べ)(?:いたし|し|を行い|を行っ)(?:た|ました)(?:ところ|が|結果|。)[、,]?[^。！？!?\\n]{0,24}?'


/**
 * Blind R389N-042 kind: a scam rumour set right with what the office never does (「断水中に水道局の職員が浄水器を売りに来る」という話は誤りです。
 * 水道局が浄水器を販売することはありません, 市の職員が電話で口座番号をお聞きすることはございません): a fraud warning, no critic answered.
 */
export const OFFICE_NEVER_DOES = phrase('(?:市|市役所|役所|職員|水道局|水道課|上下水道|税務課|当局|当課|本市|当市)(?:が|から|は|の職員が)[、,]?[^。！？!?\\n]{0,24}?(?:販売|売り|売る|売っ|請求|集金|徴収|口座|暗証番号|振り込み|振込|現金|お金|手数料|訪問販売|購入|契約)[^。！？!?\\n]{0,10}?(?:こと|ような(?:こと)?)は(?:一切|絶対に|決して|ありません|ございません|ない)', 'u')
