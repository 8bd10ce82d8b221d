/**
 * Certainty and promises about what is not decided (5(1)): 間違いなく, 確実に, 100% about an outcome (own forecast), a
 * stance as proof (市長も前向きなので確実), a measure said to be only a matter of time, an outcome asserted, a placement promised
 * (…すれば確実に入れます), an advantage in the city's selection promised (面接で有利), a project called certain. Stays clean: a
 * grant's requirements (要件を満たせば必ず), a prize for all entrants, things already passed or under way, questions.
 * Part of the unofficial family (index.ts runs the detectors in their order).
 */
import { sentenceAround } from '../../doc'
import { matchAllOf } from '../../regex'
import { BENEFIT, CHANGE, MAX_HITS, OWN_FORECAST_NOT, RUMOUR_AWARE, SURE_DECIDED, UNDER_WAY88, put, quotedExample, quotedVoice, sentenceOf, topicOf } from './context'
import type { Emitter } from './context'

/**
 * Blind R358F-024 kind: a forecast the writer owns as their own (個人的な見立てですが, 私の読みでは, 経験上), then stated as certain (…掘割は
 * 間違いなくあふれます, 確実に止まります, 絶対に来ます): one staff member's guess told with the city's voice, not a warning the city issued.
 * Advice (必ず…してください, …べき, おすすめ) and a question are not this. Bounded: one sentence.
 */
const OWN_FORECAST =
  /(?:個人的な(?:見立て|予想|予測|読み|感覚|見方|見解|判断)|個人的(?:に|には)(?:は)?|私見|(?:私|わたし|僕|ぼく|自分)(?:の|なり(?:の)?)(?:見立て|予想|予測|読み|感覚|勘|経験)|経験上|長年の勘)(?:です|だ|や|では|だと|から(?:言う|いう)と|としては|ですが|だけど|やけど|ですけど|ですけれど|ながら)?[、,]?[^。！？!?\n]{0,60}?(?:間違いなく|まちがいなく|確実に|絶対(?:に)?|百パーセント|100[%％])[、,]?[^。！？!?\n]{0,20}?(?:ます|る|ない|ません)(?=[。！!]|$|よ|ね)/gu
export function ownForecast(e: Emitter, t: string): void {
  for (const m of matchAllOf(OWN_FORECAST, t, MAX_HITS)) {
    const end = m.index + m[0].length
    const sentence = sentenceOf(t, m.index, end)
    if (OWN_FORECAST_NOT.test(sentence) || t.lastIndexOf('「', m.index) > t.lastIndexOf('」', m.index)) continue
    put(e, 'unofficial/personal-view', m.index, end, { opinion: m[0] })
  }
}
/**
 * Blind R432H-053 kind: an advantage in the city's own selection promised for taking part in something (インターンに参加した人は採用試験の
 * 面接で有利になります; ボランティアをしておくと選考で優遇されます; 説明会に来た人は職員採用の二次試験で加点されます; 市のインターンを経験しておけば
 * 採用試験にも通りやすくなります): no published rule says so, so the writer's belief is given as the city's. Clean: the advantage denied (有利に
 * なることはありません, 合否には影響しません), a rule the post cites (受験案内, 募集要項, 条例に基づく), advice with no selection of the city.
 */
const SELECTION_FAVOUR =
  /(?:採用(?:試験|選考|面接|審査)?|選考|二次試験|一次試験|最終試験|面接)(?:で|では|でも|の(?:際|時|とき)|において|に(?:も|は)?)?[、,]?[^。！？!?\n]{0,12}?(?:有利(?:に(?:なります|なる|働きます|働く)|です|だよ|だ(?=[。！!よね]))|優遇(?:され(?:ます|る)|します|する)|加点(?:され(?:ます|る)|します|する|に(?:なります|なる))|(?:受かり|通り|選ばれ|合格し)やすく(?:なります|なる)|優先(?:され(?:ます|る)|的に(?:採用|合格)))(?!こと|わけ|とは|と(?:は)?(?:限|かぎ)|(?:か|かどうか)(?:は|も)?)/gu
const FAVOUR_EARNED = /参加|インターン|ボランティア|受講|体験|経験|来て|来た|応募|登録|説明会|見学|手伝|協力/u
const FAVOUR_RULED = /募集要項|募集案内|受験案内|試験案内|実施要項|要綱|要領|規則|条例|加点制度|優遇制度|制度(?:が|を|に基づ)|に基づ|ホームページ|公表して/u
export function selectionFavour(e: Emitter, t: string): void {
  if (FAVOUR_RULED.test(t)) return
  for (const m of matchAllOf(SELECTION_FAVOUR, t, MAX_HITS)) {
    const end = m.index + m[0].length
    const sentence = sentenceOf(t, m.index, end)
    if (!FAVOUR_EARNED.test(sentence) || /[？?]|でしょうか|ませんか/u.test(sentence)) continue
    put(e, 'unofficial/personal-view', m.index, end, { opinion: m[0] })
  }
}
/*
 * Blind wave 84 kinds (unof84, one block):
 * - Blind R421W-030, R422X-031 kind: someone's stance given as the proof that a measure will come (市長も前向きなので、まず間違いありません;
 *   部長も乗り気ですから、ほぼ確実です; 議長も賛成しとるけん、決まったも同然; 前向きに答弁していましたので、実現は時間の問題です): a leaning is
 *   no decision, and the writer's certainty drawn from it hands the outcome out first. STANCE_AS_PROOF: the stance (前向き, 乗り気, 賛成,
 *   積極的, その気) of a leader or a body, a reason's link (ので, から, し, けん, ており), then a certainty (間違いない, 確実, 決まったも同然,
 *   時間の問題) in the same or the next sentence. A council's vote reported (可決され, 議決) makes it no proof of a stance. Clean: a stance told
 *   with no certainty (市長も前向きなので、今後の動きにご期待ください), 間違いのない準備 (no predicate).
 * - Blind R422X-031 kind: a measure's realisation or introduction said to be a matter of time (実現は時間の問題です, 導入ももう時間の問題, 無料化は
 *   時間の問題だと思います): MEASURE_TIME_ONLY, the measure being the subject. Nature, a sale (完売は時間の問題), works' completion stay clean.
 * - Blind R422X-031 kind: a proposal made in the council (一般質問で提案, 議員から要望) told as decided (…ことになりました, 決まりました) while the
 *   only step named is an answer (前向きに答弁, 検討すると答弁): PROPOSAL_IN_SESSION + ANSWER_LEANING + SESSION_TOLD_DECIDED in the paragraph, no vote or
 *   budget (可決, 予算に計上, 予算化). An answer reported as said (…と答弁しました) without a decision told stays clean.
 * - Blind R422X-046 kind: a future outcome asserted with のは間違いない / のは確実 / のは時間の問題 (過去最高の販売額になるのは間違いありません;
 *   寄附額が10億円を超えるのは確実です; 保育料が無料になるのはまず間違いない) or 間違いなく/確実に + the outcome's verb (…はほぼ確実に過去最高を
 *   更新します): a market result, a record, a figure or a measure (OUTCOME_CLASS, CHANGE, BENEFIT) foretold as settled. The readers' enjoyment
 *   (楽しめるのは間違いありません), a crowd, a result already out (…となったのは間違いなく皆さまのおかげ), a decided measure (可決され) stay clean.
 * - Blind R421W-024 kind: a placement or a selection by the city promised to a reader under the condition of applying (申し込めばほぼ確実に入れ
 *   ますよ; 申請すれば間違いなく当たります; 応募すれば絶対に通ります) where the paragraph names a capacity or a selection (待機児童, 定員, 空き,
 *   抽選, 選考, 入所, 利用調整): the outcome is the city's to decide. A rule (要件を満たしていれば必ず…), every applicant (全員, どなたでも), a
 *   doubt (とは限りません, わけではありません), first come first served (先着順) or a question stays clean.
 * - Blind R422X-001 kind: a delay or a shortfall of what the city sends, issues or builds passed on second-hand (返礼品の発送が遅れるらしいっちゃん,
 *   交付が間に合わないみたい, 工事の完成がずれ込むげな, 配布が遅れるって聞きました), a dialect's particle after the ending included: DELAY_HEARD.
 *   A source named (郵便局によると, 市の発表では), the weather alone, a delay stated by the city (発送が遅れております) or a rumour corrected
 *   (予定どおり発送します) stay clean.
 * - Blind R422X-057 kind: an opinion stated as the city's (市としては、…すべきと考えております; 本市としては…は不要と判断しております) beside the
 *   writer's own reason for it, told as a bare reason (正直、私自身…不安ですので。; 個人的に…苦手なもので。) in the next sentence, or before it
 *   in the same sentence (私自身…不安なので、市としては…べきだと考えています): one staff member's feeling made the ground of the city's view.
 *   The writer's own experience told as an example, ending in a request (…ので、皆さんもご注意ください) or a plain statement, stays clean.
 */
const CERTAINTY = /(?:もう|まず|ほぼ|ほとんど|もはや)?[、,]?(?:間違い(?:ない|ありません|ございません|なし|なか)|まちがい(?:ない|ありません|なし)|確実(?:です|だ|でしょう|である|や|ばい)?(?![なにさ性])|決まった(?:も同然|ようなもの)|時間の問題(?!では|じゃ)|(?:実質|事実上)(?:的)?(?:に|の)?[、,]?(?:決定|決まり|決まった|確定|内定)|(?:決定|確定|決まり)(?:事項)?(?:と|だと)(?:考え|思っ|受け止め|捉え|とらえ)て(?:いただいて|もらって|いただいても|もらっても|くださって)(?:結構|大丈夫|構いません|かまいません|差し支え|OK|いい|よい))/u
const STANCE_AS_PROOF =
  /(?:市長|副市長|知事|議長|教育長|部長|局長|課長|所長|上層部|幹部|執行部|国|県|担当課|議員(?:さん)?|先生)(?:さん)?(?:も|が|は)[、,]?(?:かなり|とても|非常に|わりと|結構|けっこう|だいぶ|すごく)?(?:前向き|乗り気|のり気|賛成|積極的|その気|乗り乗り|ノリノリ)(?:に[^。！？!?\n]{0,12}?)?(?:な|だ|です|で|や|して(?:い|お)?(?:る|た|ます|ました)|しとる|しよる|しと(?:った|りました))?(?:ので|から|ですから|し|けん|んで|ため|(?:て|で)?おり)[、,]?/gu
const MEASURE_TIME_ONLY =
  /(?:実現|導入|整備|建設|設置|開業|誘致|決定|採用|実施|無料化|有料化|無償化|値上げ|値下げ|廃止|統合|統廃合|移転|民営化|民間委託|新設|建て替え|再開発|予算化|事業化|制度化|条例化)(?:は|も)[、,]?(?:もう|ほぼ|もはや|最早)?[、,]?時間の問題(?!では|じゃ)/gu
const OUTCOME_SURE =
  /(?:[るうくすつぬむぶぐ]|ない)(?:の|こと)(?:は|も)[、,]?(?:もう|まず|ほぼ|ほとんど|もはや)?[、,]?(?:間違い(?:ない|ありません|ございません|なし|なか)|まちがい(?:ない|ありません|なし)|確実(?:です|だ|でしょう|である|や|ばい)?(?![なにさ性])|時間の問題(?!では|じゃ))/gu
const OUTCOME_SURELY_VERB =
  /(?:間違いなく|まちがいなく|確実に|絶対(?:に)?)[、,]?[^。！？!?\n]{0,20}?(?:になります|となります|超えます|上回ります|下回ります|更新します|突破します|達します|実現します|決まります|選ばれます|採択されます|可決されます|整備されます|無料になります|有料になります|(?:値上がりし|値下がりし|上が|下が|高くな|安くな|跳ね上が)(?:ります|る)(?:と(?:思います|思う|思いますよ|見ています|みています)|でしょう|はずです|はず)?)(?=[。！!よね…〜~\s]|$|\p{Extended_Pictographic})/gu
/*
 * Blind R456H-048 kind (wave 94): …also a count's surge or a public resource's shortfall foretold as certain with no ground (救急搬送が倍増する
 * のは間違いありません; 患者が急増するのは間違いない; 避難所の毛布が不足するのはまず間違いありません; ごみの量が倍になるのは確実です): the
 * trend words in OUTCOME_CLASS. A surge already counted (倍増したのは間違いなく猛暑の影響) has no verb to come, and a goal (倍増するよう) no certainty.
 */
/*
 * Blind R457J-018 kind (wave 95): the price an auction, a bid or a market has yet to set foretold as certain to rise or fall (落札価格は
 * 確実に上がります; 競りの値は間違いなく高くなるでしょう; 相場は確実に下がると思います; 最低価格の倍以上になるのは確実です): the verbs
 * of a price's move in OUTCOME_SURELY_VERB, the auction's words (落札, 競り, オークション, 最低価格, 相場) in OUTCOME_CLASS. A price already
 * set (落札価格は…円でした), a rule (最低価格を下回る入札は無効), a move with no certainty (上がるかもしれません) stay clean.
 */
const OUTCOME_CLASS =
  /倍増|半減|激増|激減|急増|急減|倍に(?:なる|増え|膨らむ)|(?:が|も)不足する|足りなくなる|パンクする|逼迫する|ひっ迫する|過去最高|過去最多|過去最低|史上最高|最高値|最高額|最多|記録(?:を)?更新|大台|突破|黒字|赤字|販売額|売上|売り上げ|取扱高|取扱額|寄附額|寄付額|税収|落札|単価|入札|最低価格|せり値|競り値|競り|オークション|相場|当選|採択|可決|否決|実現|整備|建設|導入|設置|無料|有料|無償|値上|値下|廃止|統合|移転|新設|入所|入園|待機児童|選ばれ|決定|決ま/u
const OUTCOME_NOT = /楽しめ|たのしめ|楽しい|満足|喜ば|よろこば|喜んで|盛り上が|もりあが|美味し|おいし|うまい|感動|癒や|癒さ|映え|ハマ|はま(?:る|り)|好き|気に入|混雑|混み|込み|渋滞|疲れ|筋肉痛|日焼け|お得|役立|役に立/u
const APPLY_SURELY =
  /(?:申し込|申込|申請|応募|エントリー|登録|提出)[ぁ-ゖ]{0,8}?(?:ば|たら)[、,]?(?:まず|ほぼ|ほとんど|きっと|もう)?[、,]?(?:確実に|間違いなく|まちがいなく|絶対(?:に)?|100[%％]|百パーセント)[、,]?[^。！？!?\n、,]{0,10}?(?<!を)(?:入れ(?:ます|る)|入所でき|入園でき|入居でき|入学でき|利用でき|当選し|当選す|当たり(?:ます)|当たる|受かり|受かる|通り(?:ます)|通る|選ばれ|採用され|合格し|合格す|決まり(?:ます)|決まる)/gu
const PLACEMENT_CONTEXT = /待機児童|定員|空き|倍率|抽選|選考|選定|審査|利用調整|入所|入園|入居|枠|応募者|競争/u
const PLACEMENT_GIVEN = /(?:要件|条件|基準|資格)(?:を|に)[、,]?[^。！？!?\n]{0,6}?(?:満た|合|該当|当てはま)|全員|もれなく|漏れなく|どなたでも|とは限り|わけ(?:では|じゃ)(?:あり|な)|[?？]|でしょうか|ですか/u
export function stanceAsProof(e: Emitter, t: string): void {
  if (SURE_DECIDED.test(t)) return
  for (const m of matchAllOf(STANCE_AS_PROOF, t, MAX_HITS)) {
    const end = m.index + m[0].length
    const sure = CERTAINTY.exec(t.slice(end, end + 24))
    if (!sure || /[。！？!?\n]/u.test(t.slice(end, end + sure.index))) continue
    const s = sentenceAround(t, m.index, end)
    const prev = s.start > 0 ? sentenceAround(t, s.start - 1, s.start - 1).start : s.start
    const around = t.slice(prev, s.end)
    if (RUMOUR_AWARE.test(around) || quotedExample(t, m.index) || /[?？]|でしょうか/u.test(t.slice(s.start, s.end))) continue
    put(e, 'unofficial/forecast', m.index, end + sure.index + sure[0].length, { topic: topicOf(around), marker: sure[0].replace(/^[、,]/u, '') })
  }
}
export function measureTimeOnly(e: Emitter, t: string): void {
  if (SURE_DECIDED.test(t)) return
  for (const m of matchAllOf(MEASURE_TIME_ONLY, t, MAX_HITS)) {
    const sentence = sentenceOf(t, m.index, m.index + m[0].length)
    if (RUMOUR_AWARE.test(sentence) || quotedExample(t, m.index) || /[?？]|でしょうか/u.test(sentence)) continue
    put(e, 'unofficial/forecast', m.index, m.index + m[0].length, { topic: topicOf(sentence), marker: '時間の問題' })
  }
}
export function outcomeAsserted(e: Emitter, t: string): void {
  if (SURE_DECIDED.test(t)) return
  for (const re of [OUTCOME_SURE, OUTCOME_SURELY_VERB]) {
    for (const m of matchAllOf(re, t, MAX_HITS)) {
      const end = m.index + m[0].length
      const s = sentenceAround(t, m.index, end)
      // The clause the certainty closes: from the last comma before the outcome's verb (…結果を見る限り、最終的には…になるのは).
      const lead = t.slice(s.start, end)
      const clause = lead.replace(/^[^]*[、,](?=[^、,]{6,})/u, '')
      if (!(OUTCOME_CLASS.test(clause) || CHANGE.test(clause) || BENEFIT.test(clause)) || OUTCOME_NOT.test(clause)) continue
      const sentence = t.slice(s.start, s.end)
      if (RUMOUR_AWARE.test(sentence) || /[?？]|でしょうか|とは限り|わけでは/u.test(sentence) || quotedExample(t, m.index) || quotedVoice(t, m.index)) continue
      const marker = /(?:間違い\S*|まちがい\S*|確実\S*|時間の問題|間違いなく|まちがいなく|絶対(?:に)?)$/u.exec(m[0])?.[0] ?? /間違いなく|まちがいなく|確実に|絶対(?:に)?/u.exec(m[0])?.[0] ?? m[0]
      put(e, 'unofficial/forecast', s.start + (lead.length - clause.length), end, { topic: topicOf(sentence), marker })
    }
  }
}
export function placementPromised(e: Emitter, t: string): void {
  // (First come, first served: a place left is no one's choice.)
  if (!PLACEMENT_CONTEXT.test(t) || /先着/u.test(t)) return
  for (const m of matchAllOf(APPLY_SURELY, t, MAX_HITS)) {
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    const sentence = t.slice(s.start, s.end)
    if (PLACEMENT_GIVEN.test(sentence) || RUMOUR_AWARE.test(sentence) || quotedExample(t, m.index)) continue
    put(e, 'unofficial/forecast', m.index, m.index + m[0].length, { topic: '選考・入所の結果', marker: /確実に|間違いなく|まちがいなく|絶対(?:に)?|100[%％]|百パーセント/u.exec(m[0])![0] })
  }
}
/**
 * Blind R454F-016 kind (wave 94): the result of a contest, an exam or a selection others judge called certain before it is out (全国入選は
 * ほぼ間違いないと思います; 県大会での入賞は確実でしょう; 最優秀賞の受賞は間違いない; 採用は決まったも同然): SELECTION_NOUN in CALLED_SURE.
 * Clean: the result once announced (入選しました, 受賞が決定しました, 結果発表で…選ばれました: SELECTION_OUT in the post), a plain hope
 * (入選をお祈りしています), an entry told (全国審査に進みます).
 */
const SELECTION_NOUN = /入選|入賞|受賞|優勝|当選|合格|選出|採用|表彰/u
const SELECTION_OUT = /(?:入選|入賞|受賞|優勝|当選|合格|選出|採用|表彰)(?:が決(?:定|ま)り?)?(?:しました|されました|いたしました|が決定|が決まりました|となりました|を果たしました)|選ばれました|おめでとう/u
const CALLED_SURE = /(?:入選|入賞|受賞|優勝|当選|合格|選出|採用|表彰|着工|完成|竣工|開業|開館|開通|実現|建設|整備|導入|事業化|予算化|採択|可決|誘致|開設|新設|建て替え|移転|無料化|延伸|再開|値上がり|値下がり|高値|落札)(?:は|も|が)[、,]?(?:もう|ほぼ|まず|ほぼほぼ|間違いなく|ほとんど)?[、,]?(?:確実|間違いない|間違いありません|間違いなし|まちがいない|まちがいなし|決まったも同然|決まったようなもの|堅い|固い|かたい)(?:でしょう|だろう|です|だ|やろ|と思|とみて|ですね|ね|な|！|!|。|$)/u
/**
 * Blind R458K-037 kind (wave 95): the result of an inspection, a test or a screening still to be done called certain (来月の水質検査も
 * 基準クリア間違いなし; 次の立入検査も適合確実です; 耐震診断は基準クリアは間違いないでしょう; 審査も通過間違いなし): the pass word
 * (合格, 基準クリア, 適合, 通過, 異常なし) then the certainty, with or without a particle, in a sentence that names the inspection
 * (INSPECTION_NAMED). The result once out (検査の結果、基準をクリアしました; 合格しました), a charm's playful 合格間違いなし with no
 * inspection named, a date checked (日程に間違いがないか) stay clean.
 */
const INSPECTION_SURE =
  /(?:合格|基準(?:を)?クリア|クリア|基準内|基準値内|適合|通過|異常なし)(?:は|も|が)?[、,]?(?:もう|ほぼ|まず|ほぼほぼ|ほとんど|きっと)?[、,]?(?:確実|間違いなし|間違いない|間違いありません|まちがいなし|まちがいない|決まったも同然|決まったようなもの|堅い|固い)(?!か|かど|かを|かも)/gu
const INSPECTION_NAMED = /検査|審査|点検|測定|監査|検定|診断|査察|車検|検診/u
const INSPECTION_OUT = /(?:合格|クリア|適合|通過)(?:し(?:てい)?ました|されました|いたしました|となりました|でした|して(?:い|お)ります)|結果(?:、|,|は|が|として|を受け)|でした|判明/u
/** A project called as good as certain (着工は確実, 開通は間違いない) while nothing is under way: a forecast (was unof88). */
export function calledSure(e: Emitter, t: string): void {
  if (/確実|間違|まちが|同然|ようなもの|堅い|固い/u.test(t) && INSPECTION_NAMED.test(t)) {
    for (const m of matchAllOf(INSPECTION_SURE, t, MAX_HITS)) {
      const sentence = sentenceOf(t, m.index, m.index + m[0].length)
      if (!INSPECTION_NAMED.test(sentence) || INSPECTION_OUT.test(sentence) || quotedVoice(t, m.index) || quotedExample(t, m.index) || /[?？]|でしょうか/u.test(sentence)) continue
      put(e, 'unofficial/forecast', m.index, m.index + m[0].length, { topic: '検査・審査の結果', marker: m[0].replace(/^[^]*?(?=確実|間違|まちが|決まった|堅い|固い)/u, '') })
    }
  }
  if (/確実|間違|まちが|同然|ようなもの|堅い|固い|かたい/u.test(t) && !UNDER_WAY88.test(t)) {
    const m = CALLED_SURE.exec(t)
    if (m && SELECTION_NOUN.test(m[0].slice(0, 2)) && SELECTION_OUT.test(t)) return
    if (m && !quotedVoice(t, m.index) && !/[?？]|でしょうか/u.test(sentenceOf(t, m.index, m.index + m[0].length))) put(e, 'unofficial/forecast', m.index, m.index + m[0].length, { topic: topicOf(sentenceOf(t, m.index, m.index + m[0].length)), marker: m[0].replace(/^[^]*?(?=確実|間違|まちが|決まった|堅い|固い|かたい)/u, '') })
  }
}
/**
 * Blind R457J-031 kind (wave 95): a measure still undecided told to the reader to be taken as decided (実質決定と考えていただいて結構です;
 * 事実上の決定と受け止めていただいて構いません; ほぼ決まりと思ってもらって大丈夫です): the hedge (実質, 事実上, ほぼ, もう) confesses that
 * nothing is decided, and the leave to take it as decided hands the outcome out first. A stance as the ground (市長も前向きですので、実質
 * 決定) is caught by stanceAsProof, whose CERTAINTY holds the same words. A decision told plainly (正式に決定しました), a leave to take a
 * notice as the reply (このお知らせをもって通知に代えさせていただきます), an inquiry (決定と考えてよいでしょうか) stay clean.
 */
const TAKE_AS_DECIDED =
  /(?:実質|事実上|ほぼ|ほとんど|ほぼほぼ|もう|まず)(?:的)?(?:に|の)?[、,]?(?:決定|決まり|確定|内定|本決まり)(?:事項)?(?:と|だと)[、,]?(?:考え|思っ|受け止め|捉え|とらえ|理解し)て(?:いただいて|もらって|いただいても|もらっても|くださって|頂いて)(?:結構|大丈夫|構いません|かまいません|差し支え|OK|いい|よい|良い)/gu
export function takeAsDecided(e: Emitter, t: string): void {
  if (SURE_DECIDED.test(t)) return
  for (const m of matchAllOf(TAKE_AS_DECIDED, t, MAX_HITS)) {
    const sentence = sentenceOf(t, m.index, m.index + m[0].length)
    if (/[?？]|でしょうか|ですか/u.test(sentence) || quotedExample(t, m.index) || quotedVoice(t, m.index)) continue
    put(e, 'unofficial/undecided', m.index, m.index + m[0].length, { noun: topicOf(t.slice(Math.max(0, m.index - 80), m.index + m[0].length)) })
  }
}
