/**
 * decency — death and illness made light of (`decency/insensitive`, warn): an illness as the punchline of one's own lapse, a disability
 * simulation laughed at, disability benefits envied, a terminal diagnosis as a yardstick, the other world's pick-up joked at old people.
 * Stays clean: the illness or diagnosis told, a pick-up service, お盆's welcome of the ancestors, sorrow (ご冥福).
 *
 * Guideline clause 4(2): 公序良俗に反する表現、差別的な表現を用いない (rule ids decency/*, metadata in meta.ts). Code moved from the
 * former decency.ts unchanged; the check order lives in index.ts (`run`, `post`).
 */
import { matchAllOf } from '../../regex'
import { phrase } from '../../words'
import { LAUGH_MARK, sentenceRange, type Rule } from './context'

/** Round 47: a livestock epidemic or its cull (鳥インフル, 豚熱, 口蹄疫, 殺処分). */
export const CULL47 = '殺処分|[0-9０-９万千百十]{1,8}(?:羽|頭)(?:が|も|を|すべて|全部|とも)?[^。！？!?\\n]{0,6}?(?:処分|埋却)|鳥インフル(?:エンザ)?|(?<![一-龥])豚熱|豚コレラ|口蹄疫|家畜伝染病|大量死|大量に死|へい死|斃死|(?:魚|うなぎ|鰻|ウナギ|鯉|コイ|フナ|鮒|貝|ボラ)(?:が|も)?(?:死んで|腹を上にして)浮'
/** Blind R151I-044: human remains or the dead (人骨, 遺骨, 白骨, ミイラ, ご遺体, 亡骸, 被葬者). */
export const REMAINS = '(?<![一-龥])人骨|古人骨|遺骨|白骨|ミイラ|(?:ご)?遺体|亡骸|亡きがら|なきがら|屍|しかばね|被葬者|(?:埋葬|葬ら)れ(?:た|てい(?:た|る))(?:人|方|男性|女性|子ども|子供)|(?:人骨|遺骨|遺体|ミイラ)(?:の)?(?:骨格|頭蓋骨|顔|骨)'
export const SEASONAL_HARM_VETO = phrase('ではありません|ではない|じゃない|にしない|にさせない|させない|防|予防|ないよう|注意|気をつけ|気を付け|ご冥福|お悔やみ|花火|祭り|まつり', 'u')
/**
 * Blind R425A-019 kind: an illness or a disability of the mind named as the punchline of one's own small lapse, a laugh after it
 * (同じ話を何度も聞いて認知症になったかと思いました（笑）, 名前が出てこなくて若年性アルツハイマーかと焦りました笑, 自分ADHDなんじゃないかと
 * 疑いました😂, 呼ばれても気づかず難聴になったかと思いましたｗ): making light of an illness, `decency/insensitive` warn. Kept clean: the
 * worry told without a laugh (認知症になったかもと思ったら、早めにご相談を), a simulation or course (疑似体験, VR), a laugh refused
 * (笑いごとではありません), a smile (笑顔).
 */
const ILL_W85 = '(?:若年性)?(?:認知症|痴呆|アルツハイマー|健忘症|記憶喪失|記憶障(?:害|がい)|adhd|発達障(?:害|がい)|自閉症|アスペ(?:ルガー)?|学習障(?:害|がい)|うつ病|鬱病|統合失調症|難聴|失語症|パーキンソン(?:病)?)'
const ILL_LAPSE = phrase(`${ILL_W85}(?:に|が)?(?:なった|なっちゃった|なってしまった|始まった|はじまった|進んだ|きた|来た)?(?:なの|なん|だった)?(?:の)?(?:か|かも|かな|では|じゃ|んじゃ|[？?])[^。！\\n]{0,12}?(?:思|おも|焦|あせ|疑|うたが|ドキ|ヒヤ|ビビ|ゾッ|錯覚|勘違い|心配|不安)[^。！？!?\\n]{0,12}?(?:${LAUGH_MARK})`)
const ILL_SERIOUS = phrase('相談|受診|検査|早期|予防|疑似体験|体験|vr|サポーター|笑いごと|笑い事|笑えな|笑っては|笑わ(?:ない|ず)', 'u')

/** An illness or a disability of the mind as the punchline of one's own lapse (insensitive warn): `[start, end, rule, severity, instead]` over a paragraph's folded text. */
export function illnessAsPunchline(fo: string): Array<[number, number, Rule, 'block' | 'warn', string]> {
  const found: Array<[number, number, Rule, 'block' | 'warn', string]> = []
  // An illness as the punchline of one's own lapse.
  for (const m of matchAllOf(ILL_LAPSE, fo)) {
    const [s, e] = sentenceRange(fo, m.index, m.index + m[0].length)
    if (ILL_SERIOUS.test(fo.slice(s, e))) continue
    found.push([m.index, m.index + m[0].length, 'decency/insensitive', 'warn', '病気や障がいを自分の失敗の笑いの種にせず、あったことだけを書いてください（例：「午後の研修は内容が濃く、集中力が試されました」）'])
    break
  }
  return found
}

// --- A disability simulation laughed at, disability benefits envied, a terminal diagnosis or a death made the yardstick of a trifle,
// the other world's pick-up joked at old people (blind wave 87; its one-parent-home kind is in stereotypes.ts) ---
/**
 * Blind R431G-003 kind: a disability or ageing simulation (アイマスク歩行体験, 車いす体験, 高齢者疑似体験, 白杖体験, 目隠しで歩く研修)
 * told as a laughing matter: a laugh (😂, （笑）, 大爆笑, 笑いながら学べる, 笑える) in a sentence that names the simulation, its plight
 * (壁に激突, 転んだ, ぶつかって) or the disability it imitates (目が見えない人ってこんな感じ): making light of a disability,
 * `decency/insensitive` warn. Kept clean: the simulation told soberly (段差の大変さを実感しました), a smile or cheer (笑顔, 笑いの絶えない
 * 交流会), a laugh refused (笑いごとではありません), a laugh in a sentence about something else (お昼のカレーで大爆笑), a sleep mask
 * handed out at a shelter (no simulation named).
 */
const SIM = phrase('(?:アイマスク|目隠し|車(?:いす|椅子)|白杖|高齢者|妊婦|障(?:害|がい)|視覚|聴覚|耳栓|片まひ|片麻痺|インスタントシニア)[^。！？!?\\n]{0,12}?(?:体験|疑似|擬似|シミュレーション|装着|研修|歩行)|疑似体験|擬似体験', 'u')
const SIM_PLIGHT = phrase('アイマスク|目隠し|車(?:いす|椅子)|白杖|疑似|擬似|体験|見え(?:ない|ず|なく|ません)|聞こえ(?:ない|ず|なく|ません)|障(?:害|がい|碍)|不自由|激突|ぶつか|転倒|転ん|こけ|つまず|よろけ', 'u')
const SIM_LAUGH = phrase(`${LAUGH_MARK}|爆笑|大笑い|笑いながら|笑え(?:る|た|ます)|笑っちゃ|笑いを(?:とる|取る|取っ|誘)|ウケ(?:る|た|ました)`)
const SIM_SOBER = phrase('笑いごと|笑い事|笑えな|笑っては|笑わ(?:ない|ず)|笑いもの|笑い者|ではありません|いけません', 'u')
/**
 * Blind R431G-050 kind: the benefits of a disability envied (障害者手帳があると割引…うらやましい, 私も手帳がほしいくらい, 障害年金が
 * もらえていいなあ, 障がい者は優遇されてずるい): the disability made a perk to want, `decency/insensitive` warn. The envy stands in a
 * sentence that names a disability or its benefit, or just after one; a wish for the card itself (手帳ほしい, 私も障害者になりたい) stands
 * alone. Kept clean: the benefit told (手帳をお持ちの方は割引), the envy named as a misunderstanding or refused (「ずるい」という誤解,
 * ずるいと疑うのはやめましょう), a card of another kind (母子手帳, お薬手帳), a wish to apply told plainly (手帳の交付を希望される方は).
 */
const DISAB_TOPIC = phrase('障(?:害|がい|碍)|療育手帳|愛の手帳', 'u')
const DISAB_PERK = phrase('障(?:害|がい|碍)|療育手帳|愛の手帳|(?<!母子|健康|お薬|おくすり|年金|防災|子育て|学生|生徒)手帳|割引|無料|減免|免除|控除|手当|年金|優遇|優先', 'u')
const ENVY = phrase('うらやまし|羨まし|うらやま(?:[〜~ー]|$)|ずる(?:い|く(?:ない|ね))|いいご身分|いい身分|(?:いい|良い)なあ|(?:いい|良い)な[〜~ー]|得して(?:る|ます|いる)|おいしい(?:です|よね|な|思い)')
const CARD_WISH = phrase('(?<!母子|健康|お薬|おくすり|年金|防災|子育て|学生|生徒)手帳(?:が|を)?(?:ほしい|欲しい|もらいたい|貰いたい|取りたい|とりたい)(?:くらい|ぐらい|ほど|な|なあ|なぁ|かも|です|[〜~（(笑w!！])|(?:私|わたし|僕|ぼく|自分|俺)も[^。！？!?\\n]{0,6}?障(?:害|がい|碍)者(?:に)?(?:なりたい|になりたい|ならなれ|がいい)')
const ENVY_SOBER = phrase('誤解|やめ|止め|疑う|疑わ|疑い|偏見|決めつけ|という声|との声|という意見|ではありません|ではない(?!でしょうか)|わけではな|いけません|差別|心ない|心無い', 'u')
/**
 * Blind R433J-017 kind: a terminal diagnosis, a death bed or a death made the yardstick of a trifle (家計が余命宣告レベルの赤字,
 * 財布が虫の息😇, スマホの電池が瀕死状態（笑）, 夏休みの宿題が余命3日って感じ💀, パソコンがご臨終寸前): levity about dying,
 * `decency/insensitive` warn. The word stands with a likening (レベル, 級, 並み, 寸前, みたい, って感じ) or a light mark (😇, 💀, 笑).
 * Kept clean: the diagnosis or the illness told (余命宣告を受けた方の相談窓口, がん患者さんの講演会), a rescue or an accident told
 * (瀕死の状態で救助されました), sorrow (ご冥福).
 */
const DYING = '(?:余命(?:宣告|告知|[0-9０-９一二三四五六七八九十半数]+(?:日|週間|か月|ヶ月|カ月|ケ月|年))|瀕死|虫の息|ご臨終|臨終|危篤|死亡宣告|死刑宣告|心肺停止|死にかけ|死に体|虫の息|末期(?:がん|癌|状態)|棺桶行き)'
const DYING_LIKENED = phrase(`${DYING}(?:の|な|って|的)?(?:状態)?(?:レベル|級|並み|並|クラス|寸前|直前|同然|みたい|っぽ|って感じ|な感じ|のような|のよう)|${DYING}[^。！？!?\\n]{0,16}?(?:[😇💀☠👻🪦⚰😱]|${LAUGH_MARK})`)
const DYING_SOBER = phrase('患者|闘病|病院|医師|入院|緩和|ホスピス|看取|講演|体験談|ご本人|ご家族|ご遺族|ご冥福|お悔やみ|哀悼|救助|救急|搬送|重傷|負傷|事故|被害|動物|犬|猫|保護', 'u')
/**
 * Blind R434K-058 kind: old people's death joked about as the other world coming for them (あの世からのお迎えより早く来ます😂, 天国から
 * のお迎えに負けないスピード, お迎えが来る前に健診へ😆 said to the elderly): `decency/insensitive` warn. The other world's pick-up stands
 * with a laugh or a comparison; the bare お迎えが来る only where old people are addressed or named, with a laugh. Kept clean: a pick-up
 * service told (ご自宅までお迎えに上がります), a child's pick-up (保育園のお迎え), the ancestors welcomed at お盆 (ご先祖様をお迎え), the
 * dead remembered (安らかに, ご冥福).
 */
const BEYOND_PICKUP = phrase('(?:あの世|天国|極楽|冥土|黄泉|お空の上|三途の川)(?:から|より)?(?:の)?お迎え')
const PICKUP_COMING = phrase('お迎え(?:が|も)(?:来る|くる|来ます|来そう|来た|きた|来ちゃ|来て|近い|ちかい|近づ)')
const ELDER = phrase('高齢|お年寄り|年寄り|シニア|じいちゃん|ばあちゃん|じいさん|ばあさん|老人|敬老|長寿|後期高齢|年金生活|(?:年|歳|とし)だから', 'u')
const PICKUP_LIGHT = phrase(`${LAUGH_MARK}|[😇👻💀☠🪦⚰]|ｗ`, 'u')
const PICKUP_RACE = phrase('(?:より|よりも)(?:早|速|先|はや)|(?:に|にも)負けない|並み|顔負け', 'u')
const PICKUP_SOBER = phrase('お盆|迎え火|精霊|ご先祖|法要|供養|安らかに|ご冥福|お悔やみ|偲|哀悼|黙とう|黙祷', 'u')

/** A disability or ageing simulation told as a laughing matter (insensitive warn): `[start, end, rule, severity, instead]` over a paragraph's folded text. */
export function disabilitySimulationLaughed(fo: string): Array<[number, number, Rule, 'block' | 'warn', string]> {
  const found: Array<[number, number, Rule, 'block' | 'warn', string]> = []
  const sentenceOf = (a: number, b: number) => sentenceRange(fo, a, b)
  // A disability simulation laughed at.
  if (SIM.test(fo)) {
    for (const m of matchAllOf(SIM_LAUGH, fo)) {
      const [s, e] = sentenceOf(m.index, m.index + m[0].length)
      const sen = fo.slice(s, e)
      if (!SIM_PLIGHT.test(sen) || SIM_SOBER.test(sen)) continue
      found.push([s + sen.search(SIM_PLIGHT), m.index + m[0].length, 'decency/insensitive', 'warn', '障がいや高齢の疑似体験を笑いの種にせず、体験して分かったことを書いてください（例：「アイマスクで歩き、声かけの大切さを学びました」）'])
      break
    }
  }
  return found
}

/** The benefits of a disability envied (insensitive warn): `[start, end, rule, severity, instead]` over a paragraph's folded text. */
export function disabilityBenefitsEnvied(fo: string): Array<[number, number, Rule, 'block' | 'warn', string]> {
  const found: Array<[number, number, Rule, 'block' | 'warn', string]> = []
  const sentenceOf = (a: number, b: number) => sentenceRange(fo, a, b)
  // A disability's benefits envied.
  if (DISAB_TOPIC.test(fo)) {
    const hits: Array<[number, number]> = []
    for (const m of matchAllOf(CARD_WISH, fo)) hits.push([m.index, m.index + m[0].length])
    for (const m of matchAllOf(ENVY, fo)) {
      const [s, e] = sentenceOf(m.index, m.index + m[0].length)
      const prev = s > 0 ? sentenceOf(s - 1, s - 1) : [s, s]
      if (DISAB_PERK.test(fo.slice(s, e)) || (DISAB_PERK.test(fo.slice(prev[0], s)) && DISAB_TOPIC.test(fo.slice(prev[0], s)))) hits.push([m.index, m.index + m[0].length])
    }
    for (const [a, b] of hits.sort((x, y) => x[0] - y[0])) {
      const [s, e] = sentenceOf(a, b)
      if (ENVY_SOBER.test(fo.slice(s, e))) continue
      found.push([a, b, 'decency/insensitive', 'warn', '障がいやその支援制度をうらやむ冗談を書かず、制度の内容と問い合わせ先だけを書いてください（例：「障害者手帳をお持ちの方は、美術館の観覧料が割引になります」）'])
      break
    }
  }
  return found
}

/** A terminal diagnosis, a death bed or a death made the yardstick of a trifle (insensitive warn): `[start, end, rule, severity, instead]` over a paragraph's folded text. */
export function dyingAsYardstick(fo: string): Array<[number, number, Rule, 'block' | 'warn', string]> {
  const found: Array<[number, number, Rule, 'block' | 'warn', string]> = []
  const sentenceOf = (a: number, b: number) => sentenceRange(fo, a, b)
  // A terminal diagnosis or a death bed likened to a trifle.
  for (const m of matchAllOf(DYING_LIKENED, fo)) {
    const [s, e] = sentenceOf(m.index, m.index + m[0].length)
    if (DYING_SOBER.test(fo.slice(s, e))) continue
    found.push([m.index, m.index + m[0].length, 'decency/insensitive', 'warn', '病気や死をたとえや冗談に使わず、伝えたいことをそのまま書いてください（例：「家計の見直しを考えている方は、家計相談会へ」）'])
    break
  }
  return found
}

/** Old people's death joked about as the other world coming for them (insensitive warn): `[start, end, rule, severity, instead]` over a paragraph's folded text. */
export function afterlifePickupJoked(fo: string): Array<[number, number, Rule, 'block' | 'warn', string]> {
  const found: Array<[number, number, Rule, 'block' | 'warn', string]> = []
  const sentenceOf = (a: number, b: number) => sentenceRange(fo, a, b)
  // The other world's pick-up joked at old people.
  if (/お迎え|おむかえ/u.test(fo)) {
    const cands: Array<[number, number, boolean]> = []
    for (const m of matchAllOf(BEYOND_PICKUP, fo)) cands.push([m.index, m.index + m[0].length, true])
    if (ELDER.test(fo)) for (const m of matchAllOf(PICKUP_COMING, fo)) cands.push([m.index, m.index + m[0].length, false])
    for (const [a, b, beyond] of cands.sort((x, y) => x[0] - y[0])) {
      const [s, e] = sentenceOf(a, b)
      const sen = fo.slice(s, e)
      if (PICKUP_SOBER.test(sen)) continue
      if (!PICKUP_LIGHT.test(sen) && !(beyond && PICKUP_RACE.test(fo.slice(b, Math.min(e, b + 8))))) continue
      found.push([a, b, 'decency/insensitive', 'warn', '「お迎え」を死のたとえにして高齢の方を茶化さず、サービスの内容だけを書いてください（例：「乗合タクシーは電話一本でご自宅までお迎えに上がります」）'])
      break
    }
  }
  return found
}
