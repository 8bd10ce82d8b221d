/**
 * decency — 部落 and 同和地区: a district named as the reason for a price, a house vouched for as not in one, 部落 as a likeness or
 * spelt apart. Stays clean: awareness of 同和問題, a district's name as an address.
 *
 * Guideline clause 4(2): 公序良俗に反する表現、差別的な表現を用いない (rule ids decency/*, metadata in meta.ts). Code moved from the
 * former decency.ts unchanged; the check order lives in index.ts (`run`, `post`).
 */
import { phrase } from '../../words'
import { INSTEAD, near, SLUR_TALK, PRESUMED_NOT, rx, NAMES_PREJUDICE, MASK72, MEN72, type Phrase } from './context'

/** Talk of 部落 that protects (身元調査お断り, 本籍を聞くことは就職差別につながります). */
/** An inquiry refused, in any negative form (お答えできない／できません／いたしかねます／お答えできるものではない／お答えしていない). */
export const REFUSED_ANSWER = '(?:お答え|お伝え|お教え|ご案内|回答|教え)(?:する(?:こと)?(?:は|が)?)?(?:でき(?:ない|ません|かね)|でき(?:る|ます)(?:もの|こと|わけ)(?:では|じゃ)(?:ない|なく|ありません|ございません)|(?:いた)?しかね|して(?:い|お)(?:ない|りません|ません)|しない|しません|いたしません|致しません)|応じ(?:られ)?(?:ない|ません)|お断り'

/** Round 22, before the other phrases (block). */
export const R22_EARLY: Phrase[] = [
  // A district called home of rough people (北新町のほうは昔から柄の悪い人が多い地域).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:町|地区|地域|集落|団地|校区|のほう|の方|あたり|辺り|界隈)(?:は|って)[、,]?[^。！？!?\\n]{0,10}?(?:柄|ガラ|がら|民度|治安|品)(?:の|が)(?:悪い|わるい|悪か|良くない|よくない)(?:人|連中|者|住民|家|地域|地区|ところ|所|町|場所|エリア)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => !PRESUMED_NOT.test(fo.slice(a, b + 24)) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  // Slurs for welfare recipients and for the Chinese split by a space (生 ポ, シ ナの方々): the squeezed view keeps the scripts.
  {
    rule: 'decency/discriminatory',
    re: /(?<![一-龥ァ-ヶｦ-ﾟ])(?:生|ナマ|なま)[ 　]?ポ(?![ァ-ヶｦ-ﾟ])|(?<![ァ-ヶｦ-ﾟ東南])シ[ 　]?ナ(?=人|の(?:方|人|連中|奴|やつ|国)|から来|料理)|(?<![ァ-ヶｦ-ﾟ])エ[〇○●◯◎×✕✖*＊■□]タ(?=の|や|部落|出身|だ|って|と)|(?<![ァ-ヶｦ-ﾟ])ヨ[〇○●◯◎×✕✖*＊■□](?=って|と(?:言|いわ|呼))/gu,
    instead: INSTEAD.discriminatory,
    squeezed: true,
  },
  // Harassment or assault put on the victim (女性職員のほうも笑って流すくらいの余裕がほしい, 露出の多い服装は痴漢を招きます).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:セクハラ|性被害|痴漢|わいせつ|盗撮|性犯罪|ハラスメント)[^。！？!?\\n]{0,50}?(?:笑って(?:流|受け流|済ま)|受け流(?:す|せる)(?:くらい|ぐらい)|余裕が(?:ほしい|欲しい|あれば)|大げさ|大袈裟|気にしすぎ|騒ぎ(?:すぎ|過ぎ)|過剰反応|被害者ぶ|(?:くらい|ぐらい)で(?:騒|文句|訴え)|大人の対応を|隙が(?:ある|あった)|スキが|自業自得|自己責任|誘っ(?:ている|てる)ようなもの)|(?:露出の多い|肌の見える|肌を出した|派手な|薄着の)(?:服装|格好|服)(?:は|が)[^。！？!?\\n]{0,8}?(?:痴漢|性被害|性犯罪|被害)(?:を|に)?(?:招|誘|呼)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => !PRESUMED_NOT.test(fo.slice(a, b + 16)) && !rx('ません|ない(?:でください|です)|せず|さず|せない|さない|ずに|なくて(?:いい|よい|大丈夫)|ではなく|責任はありません|悪くありません').test(fo.slice(b, b + 16)),
  },
]
/**
 * Round 72 (blind R72A/R73A). Block kinds (R72_EARLY, ahead of the other phrases so that they hold their span):
 * - A named place said to be, or to have been, a 部落 or 同和地区 (例えば市内でも、沖端の北側一帯はかつての被差別部落で…; 三橋町の川沿いは
 *   昔は同和地区だったと聞いています): naming a place as one is itself discrimination, whatever the frame (an awareness post's example too).
 *   The subject is a name, not a generic or a hint (あの地区, 特定の地域, その土地), nor a law or a facility (この法律は、同和地区に指定…);
 *   not the predicate denied (…ではありません), not 部落差別 or 部落問題.
 * - 池沼 with one letter masked (池〇, 〇沼) made an insult by a likeness or a rank after it (足が遅すぎて池〇レベルやったｗ, 池●並み,
 *   〇沼かよ): the masked slur as such is masking's warn; the likeness makes it the slur used.
 * - A call for helpers kept to one sex for a presumed capability (力仕事が多いので男性限定です, 細かい手作業なので女性のみ募集): not a space or
 *   a stay (更衣, 宿泊), not a class kept to one sex without such a reason (女性限定のヨガ教室).
 * - Complainants dismissed as mentally ill (苦情の多くは精神的に病んでいる方からのもので, 通報してくるのは心を病んどる人ばっかり): the
 *   complaint words before the illness and a person after it; not the notion answered (決めつけ, 偏見), not a staff member worn out.
 * - A woman's revealing clothing or body offered as the draw for visitors (案内係は若い女性職員です。ミニスカート姿を目当てに来てもらっても
 *   いいですよｗ, 受付のお姉さんの生足目当てで): sexual, block; not a dress code (ご遠慮, 危険, 服装), not an event's own draw.
 * Warn kinds (R72, after the groups):
 * - Heavy work handed to men as theirs, or women told they need bring nothing because strong men are there (重いものは男に任せましょう！,
 *   力持ちの男性職員がそろっていますので、女性の方は手ぶらで): stereotype; not both sexes, not the roles spoken of as fixed (固定的な役割分担).
 * - An animal's heat likened to people with a leer (春は野良猫の発情期🐈 夜中に鳴き声がうるさいのは、まあ人間も同じかも？😏): sexual innuendo;
 *   not a likening without the leer (人間も同じで、ストレスがたまると…).
 * - A staff member's body or looks measured against a model's or an actress's (モデル並みのスタイルで, 女優顔負けの美貌): lookism; not an
 *   exercise class (モデル並みの美脚を目指すストレッチ教室), not プラモデル.
 * And (condoned): a group's fault quoted as common talk and a member praised as the exception (「中国の人はマナーが悪い」ってよく言われるけど、
 * 今年の留学生…はいい意味で裏切られました): the praise presupposes the stereotype, a use, not a mention; not when prejudice is named.
 */
const PLACE_GENERIC = '(?:地区|地域|土地|場所|近所|校区|町内|集落|特定|周辺|付近|一帯|市内|県内|全国|各地|被差別|同和|部落|当該|該当|一部|某|全|各|昔|当時|本市|本町|市|町|村)'
const BURAKU_NAMED = phrase(`(?<![一-龥])(?!${PLACE_GENERIC}(?![一-龥]))([一-龥]{2,6})[^。、！？!?\\n「」『』“”]{0,12}?(?:は|が|って|も)[、,]?[^。！？!?\\n「」『』]{0,8}?(?:被差別部落|(?<![一-龥])部落(?!差別|解放|問題|史|出身|民)|同和(?:地区|地域))(?:で(?!は|も(?:な|あり))|だ|です|でした|だった|やった|やけん|じゃった|と(?:言われ|いわれ|聞|され|呼ばれ|よばれ)|に(?:指定|当た|あた|該当)|として|の(?:一つ|ひとつ))`)
/** Heads that are no place (この法律は, 人権センターは, 隣保館は). */
const NOT_PLACE = phrase('(?:法|律|例|度|業|策|画|館|所|室|課|局|本|書|籍|料|査|修|座|会|室|体|団|者|員)$', 'u')
const LIKENESS = '(?:レベル|並み|なみ|以下|同然|かよ|じゃん|やん|扱い|呼ばわり|っぽ|ぽい|丸出し|ムーブ|みたいな(?!水|沼|池|湿|湖|場所|ところ|所)|みたい(?:だ|です|やな|じゃ|[。！!笑w]))'
const WOMEN72 = '(?:(?<![一-龥])女性|女の(?:方|人)|女ん人|(?<![一-龥])女子|女衆|(?<![一-龥])女)'
const ONLY72 = '(?:の方|の皆さん|の皆様|職員|ボランティア|の人|スタッフ)?(?:限定|のみ(?!な(?:さ|様))|だけ|に限(?:り|らせ|定|ります|る)|(?:を|で|に)(?:限定|絞))'
const BECAUSE = '[^。！？!?\\n]{0,16}?(?:ので|ため|から|けん|けえ|し|につき)[、,]?[^。！？!?\\n]{0,14}?'
const SEX_ONLY = `(?:力仕事|重い(?:もの|物|荷物|機材|資材|道具)|重たい(?:もの|物|荷物)|重量物|体力|腕力|力(?:が|の)?(?:いる|要る|必要)|搬入|搬出|運搬|設営|撤去作業|高所作業|草刈り)${BECAUSE}${MEN72}${ONLY72}|(?:細かい(?:作業|手作業)|手先|きめ細|気配り|お茶出し|お茶くみ|接客|裁縫|子ども(?:の|と)?(?:相手|世話))${BECAUSE}${WOMEN72}${ONLY72}`
const SEX_ONLY_OK = phrase('更衣|トイレ|浴場|風呂|入浴|宿泊|相部屋|部屋割り|検診|健診|授乳|男女別|(?<!被)差別|偏見|固定観念|ではありません|わけではな', 'u')
const COMPLAINT = '(?:苦情|クレーム|通報|文句|抗議)'
const ILL72 = '(?:精神的に(?:病|おかしく|不安定)|(?:心|精神)を病|病ん(?:で|どる|どう|じょる|だ)|精神(?:疾患|病|障(?:害|がい|碍))|メンタル(?:が|を)?(?:病|やられ|おかし)|メンヘラ|被害妄想|統合失調|頭が(?:おかし|アレ|あれな|変な|いかれ))'
const ILL_PEOPLE = `${COMPLAINT}[^。！？!?\\n]{0,24}?${ILL72}[^。！？!?\\n]{0,10}?(?:方|人|者|人たち|方々|連中)(?:から|による|の(?:もの|仕業|方)|(?:が|も)(?:多|ほとんど|大半|半分)|ばかり|ばっかり|です|でした|だ|や|じゃ|と思|なので|やけん|だから)|${COMPLAINT}(?:の|は)[^。！？!?\\n]{0,12}?被害妄想(?:です|だ|や|で|に(?:すぎ|過ぎ)|みたいな|のような)`
const STAFF_WORN = phrase('職員|スタッフ|担当者|(?<!被)差別|偏見|決めつけ|思い込み|ではありません|わけではな', 'u')
const CLOTH = '(?:ミニスカ(?:ート)?|生足|生脚|素足|太もも|ふともも|太腿|胸元|谷間|美脚|脚線美|お尻|おしり|ヒップ|網タイツ|ボディライン|(?:水着|ビキニ|スク水|レオタード|タイトスカート|ナース服|メイド服)(?:姿|の(?:女性|女の子|お姉さん|職員)))'
/** Blind R293T-029 kind (dec18): the revealing clothes may head a uniform or a costume (ミニスカ制服姿), and the wish to look (見たくて, 見たいから) is the draw too. */
const DRAW = `${CLOTH}(?:の)?(?:制服|ユニフォーム|衣装)?(?:姿)?(?:を|が|の)?[、,]?(?:お?目当て|目的|見たさ|見たくて|見たいから|見たいがため|拝み|おがみ|拝見し|見に|みに|狙い|ねらい|見物)`
const WOMAN_STAFF = phrase('職員|スタッフ|係|受付|案内|女の子|お姉さん|女性|女子|監視員|新人|看護師|保育士|ガイド|コンパニオン|さん', 'u')
const DRESS_CODE = phrase('ご遠慮|遠慮|危険|禁止|服装|ドレスコード|着用|更衣|盗撮|痴漢|被害|セクハラ|ハラスメント|(?<!被)差別', 'u')
export const R72_EARLY: Phrase[] = [
  {
    rule: 'decency/discriminatory',
    re: BURAKU_NAMED,
    need: ['部落', '同和'],
    instead: '特定の地区を部落・同和地区と名指ししないでください。啓発の例でも地名は挙げず、「出身地を調べることは差別につながります」のように行為そのものを書いてください',
    keep: (fo, s, a, b) => {
      const m = phrase(`^([一-龥]{2,6})`, 'u').exec(fo.slice(a, b))
      // Round 78: asked whether a place is one and the answer refused (…に当たるかどうかは、お答えできかねます): an inquiry, not a naming.
      if (/^[^。！？!?\n]{0,4}?か(?:どうか|否か)/u.test(fo.slice(b, s.end)) && phrase(REFUSED_ANSWER, 'u').test(fo.slice(b, s.end))) return false
      return m !== null && !NOT_PLACE.test(m[1]!)
    },
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:(?<![一-龥])池${MASK72}|(?<![一-龥〇○●◯◎×✕✖*＊■□])${MASK72}沼)${LIKENESS}`),
    need: ['池', '沼'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !SLUR_TALK.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(SEX_ONLY),
    instead: '性別で参加を限らず、作業の内容（重い物の運搬など）を書いて、どなたでも応募できるようにしてください（例：「机やパネルの搬入があります。動きやすい服装でお越しください」）',
    keep: (fo, s) => !SEX_ONLY_OK.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(ILL_PEOPLE),
    instead: '苦情や通報を寄せる方の心身の状態を推測して書かず、寄せられた内容と市の対応を書いてください（例：「苦情の多くは夜間の生活音に関するものです」）',
    keep: (fo, s, a, b) => !STAFF_WORN.test(fo.slice(s.start, s.end)) || phrase(`${ILL72}[^。！？!?\\n]{0,10}?(?:方|人|者)(?:から|による)`, 'u').test(fo.slice(a, b)) && !phrase('(?<!被)差別|偏見|決めつけ|思い込み', 'u').test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/sexual',
    re: phrase(DRAW),
    instead: INSTEAD.sexual,
    keep: (fo, s) => WOMAN_STAFF.test(near(fo, s)) && !DRESS_CODE.test(fo.slice(s.start, s.end)),
  },
]
/**
 * Round 76 (blind R76A/R77A).
 * Block kind (R76_EARLY): a person, or their address, home or origin, tied to a district called 部落 or 同和地区 and judged by it
 * (情報公開請求をしてきた人の住所を見たら、昔から部落と言われとる地区やったけん、まあそういうことかと課内で話しとりました, 同和地区の人やったけん、
 * やっぱりなと思いました, 道理で態度が悪いと思ったら、あの人は部落出身らしい): the district made the explanation of the person. The tie is the
 * person's address, home, register or birth put on the district (住所が…, 実家が…, …出身, …の人) and the judgement a knowing conclusion
 * (そういうこと, やっぱり, 道理で, なるほど, 納得, 案の定, さもありなん) after it, or the district found as the answer to a 道理で…と思ったら.
 * Not the district named without a person (同和地区の住環境改善事業…納得), not the practice named to be opposed (差別, 人権, 偏見), not an
 * inquiry refused (…にあたるかどうかはお答えできない).
 * Warn kinds (R76, after the groups):
 * - An old person's frail body made a joke (手書きの用紙がほとんどﾄｼﾖﾘの字で震えとって、読むのにひと苦労やった😂): the old named (年寄り in any
 *   script, half-width katakana too: NFKC and the kana fold read ﾄｼﾖﾘ as としより) with shaky writing, hands or voice, a tottering gait, and a
 *   laugh; not help offered (代筆, 大きな字, 介助), not the frailty denied (震えない), not exercise or prevention.
 * - Elderly drivers (もみじマーク, 高齢者マーク, 高齢ドライバー, 年寄りの運転) made fun of by a clumsy or slow driving presumed of them
 *   (もみじマークの車はだいたい3回切り返すけん、後ろの人は気長に待ってあげてね😂), with a laugh; not the mark's protection told (幅寄せ,
 *   割り込み, 思いやり), not a course or praise (講習, 一発で, 上手).
 */
const BURAKU = '(?:被差別|旧)?部落(?!差別|解放|問題|史|会館)|(?<![あゆ])ぶらく(?=だ|で|の|は|が|に|と|や|出身|民|地区|みたい|っぽ|なん|[、。！？!?\\s]|$)|(?:旧)?同和(?:地区|地域|の(?:地区|地域))'
const TIE_BEFORE = '(?:住所|実家|本籍(?:地)?|出身(?:地)?|生まれ|住まい|自宅|家)(?:が|は|を|も|の|って)?[^。！？!?\\n]{0,16}?'
const TIE_AFTER = '(?:出身|生まれ|育ち|在住|の(?:人|方|者|家|もん|子|出)|ん(?:人|もん|家)|(?:に|で)(?:住ん|すん|暮ら|生まれ|育っ))'
const TIED = `(?:${TIE_BEFORE}(?:${BURAKU})|(?:${BURAKU})(?:の)?${TIE_AFTER})`
const JUDGE = '(?:そういうこと|そげなこと|そういう(?:人|方|家)|道理で|どうりで|どおりで|(?:やっぱり|やっぱ|やはり)(?:な|ね|か|と|って|そう|の|[、,。！!]|$)|なるほど|納得(?!して(?:いただ|頂|もら|くだ)|いただ|頂|を得)|案の定|さもありなん|だからか|だからあんな|お察し|察しが|そりゃ(?:あ)?(?:そう|ね))'
/** … and found or given as the reason (…やったけん, だそうで, だと分かって, の辺りで、): the district explains the person. */
const LINK = '(?:(?:だ|や|じゃ|です|でし|だっ|やっ|じゃっ)(?:た)?(?:けん|けえ|から|ので|し[、,]|そうで|そうな|って|と)|らし(?:い|く|か)|と(?:分か|わか|知っ|聞い|判明)|って(?:分か|わか|知っ|聞い)|で[、,]|なので|ですので|とのこと)'
const JUDGE_BEFORE = '(?:道理で|どうりで|どおりで|やっぱり|やはり|案の定)[^。！？!?\\n]{0,30}?(?:と思(?:った|う|っとった|いよった|ってた|っていた)ら|はず|わけ)[、,]?[^。！？!?\\n]{0,20}?'
const JUDGED_VETO = phrase('(?<!被)差別|人権|偏見|啓発|研修|講座|学習|問い合わせ|お答え|回答|答えられ|ではありません|わけではな|いけません|やめましょう', 'u')
/**
 * Blind R457J-057 kind (dec95): land or a house said to sell badly, fetch little or be shunned (買い手がつかない, 売れ残る, 地価が低い, 家賃が安い,
 * 敬遠される) because it is near, next to or in a 部落 or 同和地区 (…に近いから, …のそばなので, …の隣だけに), in either order: 土地差別, block.
 * Not the practice named to be opposed (部落差別, 人権, 偏見, 啓発), not 部落 as a hamlet with no worth told (各部落の近くにバス停).
 */
const BURAKU_NEAR = `(?:${BURAKU})(?:に|が|と)?(?:近い|近か|近く(?:て|に(?:ある|あっ))|隣接|隣り合|接し|面し)|(?:${BURAKU})(?:の|ん)?(?:近く|そば|側|隣|となり|周辺|付近|近所|すぐ(?:横|裏|隣))(?:に(?:ある|あっ)|だ|です|でし|だっ|やっ|な|じゃ)?`
const WHY_NEAR = '[^。！？!?\\n]{0,8}?(?:から|ので|けん|けえ|ため|せい|ゆえ|だけに|こともあって|こともあり)'
const LAND_WORTH = '(?:買い手|借り手|入居者|住み手|なり手)(?:が|も)?(?:つか|付か|見つから|現れ|い(?:ない|ません))|売れ(?:ない|ず|残|にく|ません)|(?:地価|土地(?:の)?(?:値段|価格|評価)|価格|値段|値|家賃|評価額|相場|坪単価)(?:が|も|は)?[^。！？!?\\n]{0,6}?(?:安|低|下が|下げ|つかな|付かな|崩れ)|値下げ|安く(?:しか|なる|なっ|な(?:ら|り))|敬遠|避けられ|嫌がられ|人気(?:が)?(?:ない|な(?:か|く))'
const LAND_NEAR = `${LAND_WORTH}[^。！？!?\\n]{0,40}?(?:${BURAKU_NEAR})${WHY_NEAR}|(?:${BURAKU_NEAR})${WHY_NEAR}[^。！？!?\\n]{0,30}?(?:${LAND_WORTH})`
export const R76_EARLY: Phrase[] = [
  {
    rule: 'decency/discriminatory',
    re: phrase(LAND_NEAR),
    need: ['部落', 'ぶらく', '同和'],
    instead: '土地や建物の価値を、部落や同和地区との位置関係で語らないでください。価格は面積や立地、設備などの条件で説明してください（例：「駅から離れているため、価格を見直しています」）',
    keep: (fo, s) => !JUDGED_VETO.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`${TIED}[^。！？!?\\n]{0,24}?${LINK}[^。！？!?\\n]{0,16}?${JUDGE}|${JUDGE_BEFORE}${TIED}`),
    need: ['部落', 'ぶらく', '同和'],
    instead: '住所や出身地で人を判断する話をせず、請求や相談の内容そのものを書いてください（例：「情報公開請求をいただき、開示の準備を進めています」）',
    keep: (fo, s) => !JUDGED_VETO.test(fo.slice(s.start, s.end)),
  },
]
/**
 * Blind R304W-016 kind (dec21): a place in town pointed at (この一角, あの地区, 城下町の外れの集落) as where people of a discriminated
 * status lived (身分制度のもとで差別されていた人たち, 被差別部落), then origin made a marriage or a property concern (縁談で「あそこの出
 * かどうか」, 土地や家をお探しの方は地元の方に話を): the 被差別部落 located and buyers steered, block even where 差別 is named. Not the
 * history told to end it (差別をなくす, 解消, 人権学習), not a lecture announced.
 */
export const PLACE_PTR = '(?:この|あの|その|こちらの|あちらの)(?:一角|一帯|辺り|あたり|界隈|地区|地域|集落|区域|町内|場所|エリア)|(?:外れ|はずれ|奥|川向こう)(?:の|に(?:あ|残)った|に(?:あ|残)る)(?:古い|小さな)?(?:集落|部落|地区|一角|村)'
// rvdec55: 部落 alone is also a hamlet (部落ごとにお祭り, 各部落の代表): a status only as 被差別部落, 部落差別, 部落の出 / 出身.
export const LOW_STATUS = '身分制度|身分(?:の)?(?:低|差)|差別(?:され|を受け)(?:て|た)|被差別|部落(?:差別|出身|の出|民)|同和|穢多|えた・?ひにん|非人|賤民'
