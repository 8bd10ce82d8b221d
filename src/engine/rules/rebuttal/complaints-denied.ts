/**
 * rebuttal — a complaint heard and denied in its own words (4(5), 6(2)): the charge quoted from a critic and denied with its
 * own stem (手を抜いているとのご指摘ですが、手は抜いていません: `echoedDenials`), the predicate of a complaint heard denied
 * (`deniedComplaints`), and a complaint of degree answered with the opposite degree by comparison (待ち時間が長すぎるとのお声 …
 * 近隣の市と比べても短い水準: `comparedBack`). Clean: a concession, a fix, thanks beyond the greeting, a worry reassured, a scam
 * warning that names what the city does not do.
 */
import { phrase, sentenceOf } from '../../words'
import { ASKER_REASSURED, CITY_LISTENING, CONCESSION_OR_FIX, FINDING_OF, GREETING_THANKS, INVITED, REAL_CRITICISM, REMEDY, WORRY_OR_PRAISE_REPORTED } from './context'
import { correctsRumour } from './hoaxes-and-rumours'

/**
 * Round 32: the charge quoted from a critic and denied in its own words (ごみ屋敷を放置しているというコメントについてですが、
 * …放置はしておりません; 手を抜いているとのご指摘ですが、手は抜いていません; 隠しているという報道がありましたが、何も隠しては
 * おりません): the stem of the charge (放置し, 抜い, 隠し) read from the report, and its negation looked for after it.
 */
export const REPORTED_CHARGE = /([一-龥々]{1,4}(?:い|き|け|り|し)?[一-龥々]{0,3}(?:を)?(?:し|され|いたし)|[一-龥][ぁ-ゖ]{1,2}?)[てで](?:いる|いた|おる|る|います|おります)[」』]?(?:という|との|つて|といつた|などの|と(?=ご指摘|ご批判|お叱り|批判|指摘|書かれ|報じ|報道され|言われ|こめんと))(?:ご|お)?(?:こめんと|意見|指摘|批判|声|投稿|書き込み|苦情|報道|記事|叱り|くれーむ|れびゆー|口こみ|書かれ|報じ|報道され|言われ|こと(?:ですが|でしたが|について))/gu
/** A warning against a scam that names what the city does not do (市職員が還付金を案内しているという電話…市は案内しておりません). */
export const SCAM = /詐欺|不審|ご注意|注意して|だまされ|騙|なりすまし|成りすまし|偽/u
export function escapeRe(t: string): string {
  return t.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
}
/**
 * Blind R326H-052 kind (reb60): a label the critic gave, a noun echoed with だ or です before the verb of hearing it (ほかのキャラのマネだって
 * コメントがきてたけど, 「税金の無駄遣いだ」というご意見, 「パクリ」って言われ), then denied in its own word (マネなんかじゃないもん！, 無駄遣い
 * ではありません): the critic answered back. Not a question (「有料ですか？」), praise, a stop word (こと, もの), a rumour set right.
 */
export const REPORTED_LABEL = phrase(
  '(?<=[のがはをもと、,「『\\s]|^)([一-龥々]{2,6}|[ぁ-ゖー]{2,5}?)(?:だ|です|でしょ|じゃん|やん|やろ)?[！!]{0,2}[」』]?(?:って|という|との|っていう)(?:いう)?(?:ご|お)?(?:コメント|意見|指摘|批判|声|投稿|書き込み|レビュー|口コミ|クチコミ|言われ|書かれ)',
  'gu',
)
export const LABEL_STOP = /^(?:こと|もの|それ|これ|ここ|そこ|どこ|ため|よう|とき|みんな|皆さん|市民|方々|ほう)$/u
/** [start, end) of each denial in `fo` that repeats a charge reported before it. */
export function echoedDenials(fo: string): Array<[number, number]> {
  const out: Array<[number, number]> = []
  if (!(fo.includes('ません') || fo.includes('ない')) || SCAM.test(fo)) return out
  if (fo.includes('じや') || fo.includes('では') || fo.includes('でわ')) {
    if (!WORRY_OR_PRAISE_REPORTED.test(fo) && !ASKER_REASSURED.test(fo) && !CONCEDED.test(fo) && !(correctsRumour(fo) && !REAL_CRITICISM.test(fo))) {
      REPORTED_LABEL.lastIndex = 0
      for (const m of fo.matchAll(REPORTED_LABEL)) {
        const noun = m[1]!
        if (LABEL_STOP.test(noun)) continue
        const re = phrase(`${escapeRe(noun)}(?:なんか|なんて|など|とか)?(?:じゃ|では|でわ)(?:ない|ありません|ございません|なか|ねえ)(?![かの？?]|でしょう|ですか|だろう)`, 'u')
        const denial = denialAfter(fo, m.index! + m[0].length, re)
        if (denial) out.push(denial)
      }
    }
  }
  REPORTED_CHARGE.lastIndex = 0
  for (const m of fo.matchAll(REPORTED_CHARGE)) {
    const stem = m[1]!
    // A noun of two letters or more (放置, 手抜き工事, 無駄遣い) before する; one kanji and し is a verb's stem (隠し).
    const found = /^([一-龥々]{1,4}(?:い|き|け|り|し)?[一-龥々]{0,3})(?:を)?(?:し|され|いたし)$/u.exec(stem)
    const noun = found && found[1]!.length >= 2 ? found : null
    const adv = '(?:一切|全く|決して|何ら|なんら|まったく|いっさい|断じて|けっして|何も|なにも)?'
    const src = noun
      ? `${escapeRe(noun[1]!)}(?:は|など|なんて|なんか|も)?[、,]?${adv}(?:して|いたして)(?:は|など)?(?:おり|お|い)?(?:ません|ない)(?![かよでの]|場合|方|人|こと)|${escapeRe(noun[1]!)}(?:は|など|なんて|なんか)[、,]?${adv}(?:ありません|ございません|ない(?=[。！!]|です))|${escapeRe(noun[1]!)}(?:では|じゃ)(?:ありません|ございません|ない(?=[。！!]|です))`
      : `${escapeRe(stem)}[てで](?:は|など|なんか|も)?(?:おり|お|い)(?:ません|ない)(?![かよでの]|場合|方|人|こと)`
    // Folded like the view it is run on (まったく, けっして, じゃ are まつたく, けつして, じや there).
    const re = phrase(src, 'u')
    const denial = denialAfter(fo, m.index! + m[0].length, re)
    if (denial) out.push(denial)
  }
  return out
}

/**
 * The first match of `re` (a denial of what a complaint said) in `fo` after `from`, as [start, end), unless it is the finding
 * of an inspection made on the complaint (点検したところ、老朽化はしておりませんでした: a report, not an argument).
 */
export function denialAfter(fo: string, from: number, re: RegExp): [number, number] | null {
  const d = re.exec(fo.slice(from))
  if (!d) return null
  const at = from + d.index
  if (FINDING_OF.test(fo.slice(sentenceOf(fo, at, at).start, at))) return null
  return [at, at + d[0].length]
}

/**
 * Blind R67A-060: a complaint heard (「炊き出しが冷たかった」とのことですが, 遅いとのご意見, ぬるかったって書かれとるけど) and its own
 * predicate denied in the writer's voice (冷たかったということはないと思います, 遅かったということはございません, ぬるかったってことは
 * なかです, 汚かったはずはありません): the complainant told their experience did not happen. The predicate is read from the complaint
 * (its kanji, or the first kana of a kana word after a particle) and looked for before こと, はず or わけ denied. Not a worry reassured
 * (ご安心ください), not with a fix or a concession (今後は, 改善, 確かに), not the finding of an inspection (点検の結果、…ありませんでした),
 * and not a purpose (冷たいということがないよう).
 * Reviewer FP kind (rreb59): not the reason for a guide (収集は朝8時30分からと決まっており、それより前に来ることはありませんので、8時30分までに
 * お出しください): what to do told, not the complaint refused (…ので、ご理解ください stays one).
 * Blind R77A-049: or before とは and a verb of thinking denied in the present (判断が遅すぎるとのコメント…判断が遅かったとは考えて
 * おりません, 高いって言われよるばってん…高かとは思うとらんです): the complaint's own predicate refused as the city's view. Not a
 * past surprise (こんなに混むとは思っていませんでした).
 */
export const HEARD_COMPLAINT = phrase(
  '((?:[一-龥々]{1,6}|(?<=[がはもを「『、,\\s]|^)(?:(?![がはをもの])[ぁ-ゖ]){2,3})(?:(?![がはをもの])[ぁ-ゖ]){0,6})[」』]?(?:とのこと|との(?:ご|お)?(?:意見|指摘|声|投稿|コメント|書き込み|苦情|批判)|という(?:ご|お)?(?:意見|指摘|声|投稿|コメント|書き込み|苦情|批判)|って(?:いう)?(?:コメント|言われ|書かれ|書き込み|投稿|声|苦情|レビュー|口コミ)|と(?:言われ|書かれ|ご指摘|指摘され|お叱り))',
)
export const CONCEDED = phrase('確かに|たしかに|改善|見直|検討|工夫|反省|至らな|不十分|今後は|これから|おっしゃるとおり|おっしゃる通り', 'u')
/** [start, end) of each denial in `fo` of the predicate of a complaint heard before it. */
export function deniedComplaints(fo: string): Array<[number, number]> {
  const out: Array<[number, number]> = []
  if (!(fo.includes('ない') || fo.includes('ません') || fo.includes('なか') || fo.includes('らん') || fo.includes('おらず')) || CONCEDED.test(fo) || ASKER_REASSURED.test(fo) || SCAM.test(fo)) return out
  // Blind KH-030 kind (reb60): a rumour or a post seen online set right (「投票所の鉛筆で書くと後から書き換えられる」という投稿が見られますが、
  // 投票用紙が書き換えられることはありません) with no complaint or charge in it (`REAL_CRITICISM`): misinformation corrected, no critic answered.
  if (correctsRumour(fo) && !REAL_CRITICISM.test(fo)) return out
  let invites: boolean | undefined
  for (const m of fo.matchAll(HEARD_COMPLAINT)) {
    const said = m[1]!
    const stem = /^[一-龥々]+/u.exec(said)?.[0] ?? said.slice(0, 2)
    // Blind R326H-052 kind (reb60): an adjective complained of (「ゆるキャラはダサい」って言われた, 「トイレが汚い」とのご意見) denied in its own
    // word (ダサくなんかないもん, 汚くはありません, 決して遠くないです): not a purpose or a doubt (暑くないよう, 高くないですか, 高くないと感じて
    // いただけるよう), not with a fix or an invitation (「冬は寒い」ってよく言われるけど、そんなに寒くないんです！ぜひ遊びに来てね: a reason to come).
    const adjective = /(?<!な|た|てい)(?:い|かつた)$/u.test(said) && !(invites ??= COMPARED_INVITES.test(fo) || REMEDY.test(fo))
      ? `|${escapeRe(stem)}(?:(?![がはをもの])[ぁ-ゖ]){0,4}?く(?:なんか|なんて|は|も|など)?[、,]?(?:決して|全然|ぜんぜん|まったく|全く|ちっとも|少しも|けっして)?(?:ない|無い|ありません|ございません|なか|ねえ)(?!よう|ため|か|[？?]|でしょう|ですか|だろう|場合|方|人|こと|もの|ので|と(?:お)?(?:感じ|思)(?:って|て)?(?:いただ|もら|くださ))`
      : ''
    const re = phrase(
      `${escapeRe(stem)}(?:(?![がはをもの])[ぁ-ゖ]){0,6}(?:という|って|なんて|ような)?(?:こと|はず|わけ)(?:は|が|も|など|なんか)?[、,]?(?:決して|絶対(?:に)?|まったく|全く|けっして|一切)?(?:ない|無い|ありません|ございません|なか)(?!よう|ため|か|場合|方|人|こと|もの|ので[、,]?(?![^。！？!?\\n]{0,30}?(?:ご理解|ご了承|ご納得|ご容赦|ご承知))[^。！？!?\\n]{0,30}?(?:ください|下さい))|${escapeRe(stem)}(?:(?![がはをもの])[ぁ-ゖ]){0,6}(?:とは|とも)(?:到底|決して|まったく|全く|少しも|けっして)?(?:考え|思|認識し|捉え|判断し|存じ)(?:て|っ|う)?(?:て|と)?(?:おりません|いません|おらず|いない|おらん|らん|ない|ません|なか)(?!でし|かった)${adjective}`,
      'u',
    )
    const denial = denialAfter(fo, m.index! + m[0].length, re)
    if (denial) out.push(denial)
  }
  return out
}

/**
 * Blind R318H-004 kind: a complaint of degree heard (待ち時間が長すぎるとのお声, 「駐車場が狭い」ってコメント, 料金が高いという声) answered with
 * the opposite degree, by a comparison or as a level, with no adverb (近隣の市と比べても短い水準にあります, 全国平均より安いほうです, 他の会場と
 * 比べると広いほうだと思います, 県内でも便利な部類です): the complainant told the thing is the reverse. The complaint's adjective is read from
 * the complaint (its stem in `DEGREE_COMPLAINT`) and its opposite (`OPPOSITE`) looked for after it in the affirmative (短くありません, which
 * concedes, is not this). Not with a concession, a fix, thanks beyond the greeting or a worry reassured.
 */
export const DEGREE_STEMS = '長|短|高|安|低|遠|近|遅|狭|広|少な|多|古|暗|小さ|大き|うるさ|汚|寒|暑|分かりにく|わかりにく|使いにく|見にく|読みにく|聞きにく|聞こえにく'
export const DEGREE_COMPLAINT = phrase(
  `(?:(${DEGREE_STEMS})(?:すぎ|過ぎ)(?:る|ます|た|です)?|(${DEGREE_STEMS})(?:い|かった)(?:です)?|(不便)(?:だ|です|すぎる?)?)[！!。〜~…]{0,3}[」』]?(?:とのこと|との(?:ご|お)?(?:意見|指摘|声|投稿|コメント|書き込み|苦情|批判|不満)|という(?:ご|お)?(?:意見|指摘|声|投稿|コメント|書き込み|苦情|批判|不満)|って(?:いう)?(?:ご|お)?(?:意見|声|コメント|言われ|書かれ|書き込み|投稿|苦情|口コミ|レビュー)|と(?:言われ|書かれ|ご指摘|指摘され|お叱り))`,
)
export const OPPOSITE: Readonly<Record<string, string>> = {
  長: '短',
  短: '長',
  高: '低|安',
  安: '高',
  低: '高',
  遠: '近',
  近: '遠',
  遅: '早|速',
  狭: '広',
  広: '狭',
  少な: '多',
  多: '少な',
  古: '新し',
  暗: '明る',
  小さ: '大き',
  大き: '小さ',
  うるさ: '静か',
  汚: 'きれい|綺麗|清潔',
  寒: '暖か|温か',
  暑: '涼し',
  不便: '便利',
  分かりにく: '分かりやす|わかりやす',
  わかりにく: '分かりやす|わかりやす',
  使いにく: '使いやす',
  見にく: '見やす',
  読みにく: '読みやす',
  聞きにく: '聞きやす',
  聞こえにく: '聞こえやす|よく聞こえ',
}
export const COMPARED_TO = '(?:(?:と|に|より)(?:比べ|くらべ|比較し)(?:て|れば|ると|たら|ましても|ますと|ました場合|た場合|ましたら)(?:も|は)?|(?:全国|県内|県|近隣|周辺|他市|他の(?:市|町|自治体|施設|会場)|ほかの(?:市|町|自治体|施設|会場)|よその(?:市|町|自治体)|平均)(?:の(?:自治体|市町村|市|町|平均|中))?(?:より(?:も)?|の中でも|でも))[、,\\s]?[^。！？!?\\n]{0,20}?'
export const LEVEL_CLOSE = '(?:(?:に|で)(?:あります|ございます)|(?:なん|なの)?(?:です|でございます)|であり|だ(?=[。！!、よね]|と)|だと(?:思|考え)|と(?:考え|思|存じ)|となって(?:おり|い)ます)'
export const LEVEL_END = `(?:い|め|な|の)?(?:ほう|方|部類|水準|レベル|くらい|ぐらい)?(?:${LEVEL_CLOSE}|(?=[。！!]|$))`
export const LEVEL_ONLY_END = `(?:い|め|な)(?:ほう|方|部類|水準|レベル)${LEVEL_CLOSE}`
/**
 * Reviewer FP kind (reb58): a complaint about the season or the place answered with an invitation (「冬は寒い」という声も聞かれますが、柳川は
 * 九州の中でも比較的暖かいほうです。冬の旅もおすすめ！, 会場は駅から近いほうですが、ぜひご利用ください): a reason to come, not a retort.
 */
export const COMPARED_INVITES = phrase(INVITED, 'u')
export const OPPOSITE_CLAIMS = new Map<string, RegExp>()
/** The answer that claims the opposite degree `opp` (its alternatives), compiled once. */
export function oppositeClaim(opp: string): RegExp {
  let re = OPPOSITE_CLAIMS.get(opp)
  if (!re) OPPOSITE_CLAIMS.set(opp, (re = phrase(`${COMPARED_TO}(?:${opp})${LEVEL_END}|(?:${opp})${LEVEL_ONLY_END}`, 'u')))
  return re
}
/** [start, end) of each opposite degree claimed in `fo` after a complaint of degree heard before it. */
export function comparedBack(fo: string): Array<[number, number]> {
  const out: Array<[number, number]> = []
  if (fo.search(DEGREE_COMPLAINT) < 0) return out
  if (CONCESSION_OR_FIX.test(fo) || REMEDY.test(fo) || ASKER_REASSURED.test(fo) || CITY_LISTENING.test(fo.replace(GREETING_THANKS, '\n')) || COMPARED_INVITES.test(fo)) return out
  let last = -1
  for (const m of fo.matchAll(DEGREE_COMPLAINT)) {
    const opp = OPPOSITE[m[1] ?? m[2] ?? m[3] ?? '']
    if (!opp) continue
    const denial = denialAfter(fo, m.index! + m[0].length, oppositeClaim(opp))
    // One finding per answer: later complaints that reach the same answer add nothing.
    if (denial && denial[0] > last) {
      out.push(denial)
      last = denial[0]
    }
  }
  return out
}
