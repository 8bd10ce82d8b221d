/**
 * Blind wave 90 kinds no detector covered (unof90): a tax change or relief told as settled and sold as good news, a firm promise resting
 * on funding not yet granted, and a rumour quoted and then acted on. Stays clean: a change told with its ordinance or a page, relief
 * applied for, works planned on a grant, a rumour quoted and denied.
 * Part of the unofficial family (index.ts runs the detectors in their order).
 */
import { matchAllOf } from '../../regex'
import { MAX_HITS, put, quotedVoice, sentenceOf } from './context'
import type { Emitter } from './context'

/*
 * Blind R441S-046 / R442T-048 kind: a tax rate or a relief, which changes only by an ordinance or a decision, told as settled with no
 * decision or source in the post and sold as good news (朗報です！来年度から…税が引き下げになります。お楽しみに; …の固定資産税を全額免除
 * します！手続きは不要なので安心してくださいね; 国民健康保険料が下がります、うれしいですね). Clean: the change with its legal basis or
 * a page (令和8年度から税率が変わります（条例改正）; 議会で可決されました; 詳しくは市ホームページ), a relief applied for (減免の申請を受け
 * 付けています), a change told without cheer.
 */
const TAX_CHANGE = /(?:[\p{Script=Han}]{1,6}税|税率|税額|保険料|使用料|手数料)(?:の[\p{Script=Han}]{1,4})?(?:が|を|は|も)?[、,]?[^。！？!?\n]{0,20}?(?:(?:引き下げ|引下げ|値下げ|減額|減税|免除|非課税|無料|ゼロ|半額|全額免除)(?:に|と)?(?:なります|されます|します|いたします|になる|となる)|(?:下がり|安くなり)ます)/gu
const GOOD_NEWS90 = /朗報|お楽しみに|お待ちかね|安心して(?:ください|くださいね|ね)|うれしい|嬉しい|やったー|ご期待|お得|ラッキー/u
const TAX_SOURCE = /条例|議会|可決|議決|決定しました|決定いたしました|決まりました|告示|公布|詳しくは|ホームページ|HP|ＨＰ|https?:|申請|お問い?合わせ|問合せ|広報/u
export function taxChangeAsGoodNews(e: Emitter, t: string): void {
  if (!/税|保険料|使用料|手数料/u.test(t) || !GOOD_NEWS90.test(t) || TAX_SOURCE.test(t)) return
  for (const m of matchAllOf(TAX_CHANGE, t, MAX_HITS)) {
    const sentence = sentenceOf(t, m.index, m.index + m[0].length)
    if (/[?？]|でしょうか|(?:たら|れば|なら)(?:いい|よい|良い)/u.test(sentence) || quotedVoice(t, m.index)) continue
    put(e, 'unofficial/undecided', m.index, m.index + m[0].length, { noun: /[\p{Script=Han}]{1,6}税|税率|税額|保険料|使用料|手数料/u.exec(m[0])![0] })
    break
  }
}

/*
 * Blind R444V-047 kind: a firm promise resting on funding not yet granted (国の補助金がつけば今年度中には必ず全面補修できます; 予算が通ったら
 * 絶対に来年度から実施します; 交付金が採択されれば確実に建て替えられます): the grant or the budget is someone else's decision, so the
 * certainty is the writer's own. Clean: works planned on a grant without a vow (補助金が採択されれば、令和8年度に工事を行う予定です),
 * a grant used (国の補助金を活用して補修します).
 */
const FUNDED_PROMISE = /(?:補助金|交付金|予算|財源|助成金|補正予算)(?:が|を)?[、,]?(?:つけ|付け|つい(?:たら)|付い(?:たら)|通れ|とおれ|通っ(?:たら)|とれれ|取れれ|確保でき(?:れ|たら)|認められれ|認められ(?:たら)|下りれ|おりれ|採択されれ|採択され(?:たら)|決まれ|決まっ(?:たら))(?:ば)?[、,]?[^。！？!?\n]{0,30}?(?:必ず|絶対(?:に)?|確実に|間違いなく|まちがいなく|100[%％]|きっと)[^。！？!?\n]{0,20}?(?:でき|ます|する)/gu
export function fundedPromise(e: Emitter, t: string): void {
  if (!/補助金|交付金|予算|財源|助成金/u.test(t) || !/必ず|絶対|確実に|間違いなく|まちがいなく|100[%％]|きっと/u.test(t)) return
  for (const m of matchAllOf(FUNDED_PROMISE, t, MAX_HITS)) {
    const sentence = sentenceOf(t, m.index, m.index + m[0].length)
    if (/[?？]|でしょうか/u.test(sentence) || quotedVoice(t, m.index)) continue
    put(e, 'unofficial/forecast', m.index, m.index + m[0].length, { topic: '補助金・予算の決定', marker: /必ず|絶対(?:に)?|確実に|間違いなく|まちがいなく|100[%％]|きっと/u.exec(m[0])![0] })
    break
  }
}

/*
 * Blind R442T-040 kind: a rumour quoted and said to be going round, then acted on (SNS上で「…放流するらしい」という話が広がっています。念のため
 * …避難してください; ネットで「…が止まる」という書き込みが出回っています。早めに備えておきましょう): the quote marks do not keep the post
 * from spreading it when the city tells readers to act on it. Clean: the rumour quoted and denied (…という情報がありますが、事実ではありません
 * / 誤りです / 確認できていません / デマ) or conceded and answered (…が出回っていますが、現在も受け入れを続けています), or readers told
 * to check official sources only.
 */
const QUOTED_GOING_ROUND = /「[^「」\n]{2,60}」(?:という|との|って|っていう)(?:話|うわさ|噂|情報|投稿|書き込み|声|メッセージ)(?:が|も)[、,]?[^。！？!?\n]{0,8}?(?:広が|広ま|出回|流れ|拡散|飛び交|寄せられ)/gu
const ACTED_ON = /念のため|念の為|早めに|今のうちに|すぐに|直ちに|急いで/u
const ACT_CALL = /(?:ください|下さい|しましょう|お願いします|お願いいたします)/u
const DENIED90 = /事実ではありません|事実はありません|事実無根|誤り|誤った|間違い|デマ|確認できて(?:い|お)りません|確認できていません|確認されていません|確認して(?:い|お)(?:ません|りません)|根拠のない|惑わされ|信じない|うのみ|鵜呑み|拡散しない|公式(?:の)?情報|正確な情報|市からの情報/u
export function quotedRumourActedOn(e: Emitter, t: string): void {
  if (!/」/u.test(t) || !ACTED_ON.test(t) || DENIED90.test(t)) return
  for (const m of matchAllOf(QUOTED_GOING_ROUND, t, MAX_HITS)) {
    const after = t.slice(m.index + m[0].length, m.index + m[0].length + 120)
    // Going round, conceded, then answered (…という投稿が広がっていますが、市では決壊は確認していません; …が出回っていますが、現在も受け入れを
    // 続けています): the post corrects the rumour, whatever it goes on to ask.
    if (/^[^。！？!?\n]{0,10}?(?:ます|る|た|です)が[、,]/u.test(after)) continue
    const act = ACTED_ON.exec(after)
    if (!act || !ACT_CALL.test(after.slice(act.index, act.index + 60))) continue
    const close = m[0].indexOf('」')
    put(e, 'unofficial/rumour', m.index + close + 1, m.index + m[0].length, { plain: '（確かめた事実）' }, false)
    break
  }
}
