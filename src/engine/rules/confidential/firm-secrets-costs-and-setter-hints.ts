/**
 * confidential — A named firm's trade secret told after a visit (its non-public recipe or know-how shown to the writer, its own process
 * told with its conditions), a trading partner's cost price or margin told from a meeting with the firm, and an exam's setter who says
 * so and then tips candidates on what will be asked (runFirmSecretCostAndSetterHintKinds, first caught by blind wave 88). What stays
 * clean: a firm's own published process or certification (HACCP認証を取得), a recipe the writer was refused, a firm's secret praised
 * as such (門外不出の製法を守る老舗), a public price list, a firm's cost rise given for its announced price change, costs in general
 * (原価率は一般に3割程度), the exam's own published scope (試験案内に出題範囲を掲載) and a setter who refuses to say anything.
 *
 * Guideline clause 5(1): 秘密情報・機密情報を発信しない (rule ids confidential/*, metadata in meta.ts).
 */
import { sentenceAround } from '../../doc'
import { EXAM_OVER, ParagraphGate, type ParagraphKindContext, REFUSED61, TRADE_FIRM, VALUE58, emitAll } from './context'

/*
 * Blind wave 88 kinds (R437N, R438P):
 * - Blind R437N-020 kind: a firm's trade secret told by one who was let in on it. Either its know-how named as closed to outsiders
 *   (社外非公開の配合レシピ, 門外不出の製法, 企業秘密の加工技術, 秘伝のタレの調合) and said to have been shown or told to the writer in
 *   that sentence (見せていただきました, 教えてもらった, 拝見しました): KNOWHOW_SHOWN; or the firm's own process (独自の殺菌工程,
 *   秘伝の製法) told with its conditions (温度, 時間, 配合の割合: （85度で12分…）, は…℃で…分) in a paragraph of a visit (視察, 見学,
 *   訪問, 取材): PROCESS_TOLD. A firm's process or certification it publishes (HACCP認証を取得, ホームページで紹介), a secret praised
 *   as such with nothing shown (門外不出の製法を守る老舗), the writer refused (教えていただけませんでした) and a public factory tour stay
 *   clean.
 * - Blind R438P-043 kind: a trading partner's cost price, margin or purchase price told with its figure (仕入れ原価が1尾あたり…円,
 *   原価率は…割, 粗利は…%), the firm named in the paragraph and the figure heard from it (打ち合わせで伺った, 商談で聞いた, とのこと):
 *   COST_TOLD (wave 82's TRADE_TERMS reads 仕入れ値は / 原価単価は only). Costs in general (一般に, 目安), a cost change given with the
 *   firm's announced price change (値上げ, 価格改定), a public price list and the city's own costs (no firm named) stay clean.
 * - Blind R438P-035 kind: one who sets an exam says so as the reason for discretion (作問担当なので詳しくは言えないけど, 出題に関わっている
 *   から大きな声では言えませんが) and then tips candidates on what to study or what will be asked, on a named part (第27条, 改正点,
 *   …法) or with 出ます: SETTER_HINT (wave 81's SETTER_VOICE reads …側から / …として only). The exam's published scope (試験案内,
 *   募集要項), a setter's word after the exam and a setter who refuses to say anything stay clean.
 * - Blind R445W-032 kind (wave 91): the know-how told first, with its amounts, and named closed to outsiders after it (教えていただいた
 *   発酵の配合（すくも…kg、…L…、仕込みは…日）は門外不出だそうです; 調合は醤油3に砂糖2の割合で、秘伝とのこと): KNOWHOW_AMOUNTS, a
 *   know-how word followed in its sentence by two amounts or more (kg, g, L, ml, ℃, 度, %, 割, 日, 時間, 分) and a secret word
 *   (SECRET_WORD88) in the same sentence. KNOWHOW_SHOWN reads the secret word before the know-how only. A craft described with no
 *   secret (藍染めの工程を見学しました), a published recipe (市の給食レシピ), 門外不出 said without the content (製法は門外不出だそうです),
 *   the writer refused and the firm's own publication stay clean.
 */
const SECRET_WORD88 = '(?:社外非公開|非公開|門外不出|企業秘密|社外秘|部外秘|秘伝|極秘|未公開|一子相伝|門外秘|外部非公開)'
const KNOWHOW = '(?:レシピ|配合|製法|工程|製造方法|製造工程|製造条件|ノウハウ|技術|設計図|図面|仕様|調合|配合比|処方|加工法|加工方法|加工技術|仕込み|タレ|たれ|ブレンド)'
/** Blind R437N-020 kind: a firm's know-how named as closed to outsiders (社外非公開の配合レシピ, 門外不出の製法, 秘伝のタレの調合). */
const KNOWHOW_SHOWN = new RegExp(`${SECRET_WORD88}(?:の|な)[\\p{Script=Han}\\p{Script=Katakana}\\p{Script=Hiragana}ー・]{0,10}?${KNOWHOW}`, 'gu')
/** …shown or told to the writer (見せていただきました, 教えてもらった, 拝見しました, こっそり聞きました). */
const SHOWN_TO_ME =
  /(?:見せて|教えて|聞かせて|披露して|明かして|開示して)(?:いただ(?:き|い|け(?!ませ|ず|な))|もら(?:い|っ|え(?!ませ|ず|な))|くれ(?!ませ|ず|な)|下さ|くださ)|拝見し|お聞きし|伺い(?:まし|ました)|教わ(?:り|っ)|こっそり(?:聞|教)|見ちゃ|見てしま/u
/** …or the writer refused (教えていただけませんでした, 見せてもらえず). */
const REFUSED88 = /(?:いただけ|もらえ|くれ)(?:ませんでし|なかっ|ず)|お断り|断られ/u
/** The firm's own process (独自の殺菌工程, 秘伝の製法) told with its conditions, in brackets or after は. */
const PROCESS_TOLD = new RegExp(
  `(?:独自|秘伝|オリジナル|自社開発)の[\\p{Script=Han}\\p{Script=Katakana}ー・]{0,8}?(?:工程|製法|製造方法|製造条件|配合|レシピ|温度管理|加工法|加工方法|熟成方法|発酵方法)` +
    `(?:[(（][^)）\\n]{0,40}?|(?:は|では)[、,]?[^。！？!?\\n]{0,30}?)[0-9０-９〇一二三四五六七八九十百]{1,5}(?:度|℃|°C|分間?|秒|時間|日間|%|％|グラム|g|気圧|対)`,
  'gu',
)
/** A visit to the firm (視察, 見学, 訪問, 取材, お邪魔して). */
const VISIT88 = /視察|見学|訪問|取材|お邪魔|伺いまし|伺って|お伺い|工場に行|工場へ行/u
/** One amount of a recipe or a process (10kg, 40L, 300g, 42日, 85℃, 3割). */
const AMOUNT91 = '[0-9０-９〇一二三四五六七八九十百千.．]{1,6}(?:kg|ｋｇ|キロ(?:グラム)?|g|ｇ|グラム|mg|L|Ｌ|リットル|l|ml|mL|ｍｌ|cc|ｃｃ|合|升|℃|°C|度|%|％|割|日間?|時間|分間?)'
/** Blind R445W-032 kind: the know-how told with its amounts (発酵の配合（すくも10kgに木灰汁40L…）, 調合は醤油3に…). */
const KNOWHOW_AMOUNTS = new RegExp(`${KNOWHOW}[^。！？!?\n]{0,24}?${AMOUNT91}(?![0-9０-９])`, 'gu')
const AMOUNT91_ALL = new RegExp(AMOUNT91, 'gu')
const SECRET91 = new RegExp(SECRET_WORD88, 'u')
/** The firm's own publication, a certification or its public tour. */
const FIRM_OUT = /ホームページ|公式サイト|公式HP|プレスリリース|ニュースリリース|発表し|公表し|パンフレット|カタログ|認証を取得|認証取得|HACCP|特許を取得|特許取得|報道|テレビで紹介|見学コース|一般公開/u
const COST_WORD = '(?:(?:仕入れ?|製造|生産|材料|原材料|調達)?原価(?:率)?|(?:仕入れ?|卸)(?:値|価格|額)|利益率|粗利(?:率)?|利幅|マージン|掛け率|掛率|卸値)'
/** Blind R438P-043 kind: a trading partner's cost price or margin told with its figure (仕入れ原価が1尾あたり…円, 原価率は…割). */
const COST_TOLD = new RegExp(
  `${COST_WORD}(?:は|が|も)[、,]?[^。！？!?\\n]{0,16}?(?:${VALUE58}|[0-9][0-9,.]{0,6}円|[0-9０-９一二三四五六七八九十]{1,3}(?:割|%|％|パーセント))`,
  'gu',
)
/** …heard from the firm (打ち合わせで伺った, 商談で聞いた, とのこと, だそう). */
const HEARD = /打ち?合わ?せ|商談|面談|ヒアリング|聞き取り|伺った|伺いました|伺うと|お聞きし|聞いた|聞きました|聞けば|教えて(?:いただ|もら|くれ)|とのこと|だそう|そうです|らしい|こっそり/u
/** Costs in general, a change given for an announced price change, a public price list. */
const COST_OUT = /一般に|一般的に|といわれ|と言われ|目安|平均|業界|値上げ|値下げ|価格改定|改定し|上が|下が|上昇|高騰|値上がり|価格表|料金表|定価|公表し|発表し|ホームページ|市HP|セミナー|研修|講座|講師/u
const SETTER_ROLE = '(?:作問|出題|問題作成|試験問題(?:の)?作成|問題づくり|採点)'
/** Blind R438P-035 kind: the writer as the exam's setter, said as the reason for discretion (作問担当なので, 出題に関わっているから). */
const SETTER_HINT = new RegExp(
  `${SETTER_ROLE}(?:の)?(?:担当(?:者)?|委員|係|チーム|メンバー|側|役)(?:なので|だから|だし|なんで|やから|やけん|だけん|なんだけど|なんだけれど|なんですが|だけど|ですが|ですけど|の立場上|という立場上|の身(?:なので|だから|としては)|をして(?:いる|る|おる)(?:ので|から|けど|身))` +
    `|${SETTER_ROLE}(?:に|を)(?:関わ|かかわ|携わ|担当し|手伝)(?:っている|ってる|ている|てる|っており|っとる|ってい)(?:ので|から|けど|けれど|身として|立場(?:上|なので|だから))`,
  'gu',
)
/** …then what to study or what will be asked (押さえておいて, 目を通しておくといい, …は一問出ます). */
const TIP = /読んでおく|読んどく|読んでおい|読み込んで|目を通して|目を通しておい|押さえて|おさえて|抑えて|押さえとい|覚えて|覚えとい|復習して|勉強して|確認しておい|見ておく|見ておい|見とい|要チェック|チェックして|狙い目|ヤマ|出ます|出るよ|出るかも|出るから|出るので|出題されます|問われます|損はない/u
/** …on a named part (第27条, 改正点, …法, 分野) or with 出ます. */
const PART88 = /第[0-9０-９一二三四五六七八九十百]+(?:条|章|節|項|問)|条文|改正点|改正部分|[\p{Script=Han}]{2,12}法|のところ|あたり|周辺|分野|単元|出ます|出題されます|問われます/u
const EXAM = /試験|検定|考査|選考|テスト|入試|採用/u
/** The exam's own guide or briefing. */
const EXAM_GUIDE88 = /説明会|募集要項|試験案内|受験案内|実施要項|出題範囲を(?:掲載|公表|公開)|ホームページ|市HP|公表し/u
const FIRM_SECRET_COST_AND_SETTER_GATE = new ParagraphGate([KNOWHOW_SHOWN, PROCESS_TOLD, COST_TOLD, SETTER_HINT, KNOWHOW_AMOUNTS])
/** The wave-88 kinds (see the comment above SECRET_WORD88), run where the paragraph has no finding yet. */
export function runFirmSecretCostAndSetterHintKinds({ input, t, spans, notAware, once, published }: ParagraphKindContext): void {
  const { doc, emit } = input
  const q = FIRM_SECRET_COST_AND_SETTER_GATE.scan(t)
  if (published(t)) return
  if (q.may(KNOWHOW_SHOWN) && !FIRM_OUT.test(t)) {
    emitAll(q, doc, t, KNOWHOW_SHOWN, 'confidential/negotiation', emit, spans, once((m) => {
      const end = m.index + m[0].length
      const s = sentenceAround(t, m.index, end)
      const told = t.slice(m.index, s.end)
      return notAware(m) && SHOWN_TO_ME.test(told) && !REFUSED88.test(told) && !REFUSED61.test(told)
    }))
  }
  if (q.may(KNOWHOW_AMOUNTS) && !FIRM_OUT.test(t)) {
    emitAll(q, doc, t, KNOWHOW_AMOUNTS, 'confidential/negotiation', emit, spans, once((m) => {
      const s = sentenceAround(t, m.index, m.index + m[0].length)
      const told = t.slice(m.index, s.end)
      const sentence = t.slice(s.start, s.end)
      return notAware(m) && SECRET91.test(sentence) && (told.match(AMOUNT91_ALL) ?? []).length >= 2 && !REFUSED88.test(sentence) && !REFUSED61.test(sentence)
    }))
  }
  if (q.may(PROCESS_TOLD) && VISIT88.test(t) && TRADE_FIRM.test(t) && !FIRM_OUT.test(t)) {
    emitAll(q, doc, t, PROCESS_TOLD, 'confidential/negotiation', emit, spans, once(notAware))
  }
  if (q.may(COST_TOLD) && TRADE_FIRM.test(t) && HEARD.test(t) && !COST_OUT.test(t)) {
    emitAll(q, doc, t, COST_TOLD, 'confidential/negotiation', emit, spans, once(notAware))
  }
  if (q.may(SETTER_HINT) && EXAM.test(t) && !EXAM_OVER.test(t) && !EXAM_GUIDE88.test(t)) {
    emitAll(q, doc, t, SETTER_HINT, 'confidential/pre-release', emit, spans, once((m) => {
      const after = t.slice(m.index, Math.min(t.length, m.index + m[0].length + 160))
      return notAware(m) && TIP.test(after) && PART88.test(after)
    }))
  }
}
