/**
 * reply — 4(3): 専ら情報発信を行うアカウントは、原則として返信（リプライ）を行わない.
 * Replies, comments and a post that opens with @mentions (a reply in all but name) from a
 * broadcast-only account are a warning. In a disaster replies are allowed (安否・避難の問い合わせ
 * に答える): with 災害時モード on, or when the reply is about a disaster, it is only a note.
 * A drill or a disaster-prevention class (防災訓練で避難所の開設体験), with nothing going on now, is no disaster reply.
 * Nor is a disaster only forecast while the set-up is said not planned now (R86A-029), and even in 災害時モード a reply that
 * recommends leisure (紅葉の見ごろ…ぜひお越しください, R86A-128) is not what the exception allows: it stays a warning.
 * Nor is a disaster whose effect is denied in the past or that has gone by (台風の影響はありませんでしたので…予定どおり開催します, R91A-104).
 * Nor is a closure by a disaster told in the past before the service comes back (台風の影響でお休みしていた市民プールは、明日から通常どおり営業
 * します, R165I-016), nor a reply about getting ready spread over paragraphs with nothing going on now in any (防災マップの入手方法…想定される
 * 浸水の深さ…防災メール, R166I-002).
 * Nor is a disaster word naming what a subscription service carries (友だち登録をしていただくと、避難情報などをお届けします, R194A-021).
 * Quoting another account's post is noted so the writer checks what they amplify.
 *
 * The family is a folder of detectors: this file holds the family object and the order in which the readings are made and findings are
 * pushed (`run`, `post`, unchanged); context.ts holds what several detectors read, replies-in-another-form.ts what makes a post a reply
 * (leading @mentions, one person addressed, a quote that answers), and each other file one kind of disaster word that makes no disaster
 * reply: past-and-gone-disasters, conditions-forecasts-and-denials, getting-ready-and-drills, disaster-words-naming-other-things, and
 * leisure-and-fan-replies (a reply the disaster exception does not cover). meta.ts holds its metadata.
 */
import type { RuleFamily } from '../../rule'
import type { Span } from '../../text'
import { sentenceOf } from '../../words'
import { meta } from './meta'
import { type ReplyFacts, ONGOING_ACT, clauseOf, ONGOING } from './context'
import { LEADING_MENTIONS, ADDRESSED, ANSWERS } from './replies-in-another-form'
import { PAST_BEFORE, PAST_TOPIC, NOW_IN_GAP, CLAUSE_STOP, PAST_AFTER, REOPENS_AFTER, REOPEN_DENIED, NONE_AFTER, AFTERMATH } from './past-and-gone-disasters'
import { SHELTER_OPEN, SHELTER_WORD, GENERAL_AFTER, TIMED_ALERT_COND, NOT_NOW, DEGREE_DENIED_AFTER, DENIED_AFTER, FORECAST_GOES_AHEAD, ALERT_GOES_AHEAD, FORECAST_WORD, quietSpans } from './conditions-forecasts-and-denials'
import { PREPARING, PREPARING_TOPIC, NOW_WORDS, STOCK, SUPPLY_NOW, DRILL, NOT_A_DRILL, rehearsed } from './getting-ready-and-drills'
import { FIGURE_AFTER, RELIEF_AFTER, FACILITY_AFTER, HARM_BEFORE, SERVICE_INFO_AFTER, SUBSCRIBE, HEALTH_ALERT_BEFORE, VOICE_AFTER, VOICE_TAKEN, RELIEF_GIVEN } from './disaster-words-naming-other-things'
import { LEISURE, PROMOTE, FAN_SHOW, FAN_CHEER, SUSPENDED, SYMPATHY_AFTER, WAIT_AFTER } from './leisure-and-fan-replies'

export type { ReplyFacts } from './context'

export const reply: RuleFamily<ReplyFacts> = {
  id: 'reply',
  meta,
  run({ doc }) {
    const t = doc.norm.text
    const mention = LEADING_MENTIONS.exec(t)
    const trimmedStart = t.length - t.trimStart().length
    let lineEnd = t.indexOf('\n', trimmedStart)
    if (lineEnd === -1) lineEnd = t.length
    // A disaster that is over (台風一過, 先日の大雨の際の…) makes no reply a disaster reply.
    const sq = doc.squeezed.text
    const hits = doc.hits('disaster')
    // A clause that says the disaster set-up is not in place now (災害ボランティアセンターは現在開設しておりません) tells of no
    // disaster going on: its words are not read as one going on.
    const quiet = NOT_NOW.test(sq) ? quietSpans(sq) : []
    const live = quiet.length === 0 ? sq : quiet.reduceRight((t, s) => t.slice(0, s.start) + t.slice(s.end), sq)
    // A disaster word in a condition (大雨の日は, 注意報が出た場合は) speaks of such days, unless something is going on now.
    const general = !ONGOING.test(live)
    // A closure by the disaster told in the past before the service's return (お休みしていた市民プールは、明日から通常どおり営業します).
    const reopens = (h: Span): boolean => {
      const m = REOPENS_AFTER.exec(sq.slice(h.end, h.end + 96))
      return m !== null && !REOPEN_DENIED.test(sq.slice(h.end + m[0].length, h.end + m[0].length + 24))
    }
    const past = hits
      .filter((h) => PAST_BEFORE.test(sq.slice(Math.max(0, h.start - 8), h.start)) || PAST_AFTER.test(sq.slice(h.end, h.end + 12)) || FIGURE_AFTER.test(sq.slice(h.end, h.end + 6)) || (general && reopens(h)) || (general && GENERAL_AFTER.test(sq.slice(h.end, h.end + 10))) || (general && TIMED_ALERT_COND.test(sq.slice(h.end, h.end + 32))))
      .map((h) => sentenceOf(sq, h.start, h.end))
    // A disaster of a time long past set up as the topic (昨年は大雨で中止となりましたが、): that clause only.
    for (const h of hits) {
      const before = sq.slice(Math.max(0, h.start - 20), h.start)
      const m = PAST_TOPIC.exec(before)
      if (!m || NOW_IN_GAP.test(m[0])) continue
      const s = sentenceOf(sq, h.start, h.end)
      const stop = CLAUSE_STOP.exec(sq.slice(h.end, s.end))
      past.push({ start: s.start, end: stop ? h.end + stop.index : s.end })
    }
    // Every disaster word of a sentence about a past disaster is past too (先日の大雨の際の避難所運営).
    // A reply about getting ready (防災マップ, 台風シーズン前, 日頃から, 避難所の備蓄品) with nothing going on now is no disaster reply.
    // A drill (防災訓練では避難所で開設体験を行います) with nothing going on now acts a disaster out: no disaster reply either.
    const preparing = hits.length > 0 && (PREPARING.test(sq) || (STOCK.test(sq) && !SUPPLY_NOW.test(sq)) || (DRILL.test(sq) && !NOT_A_DRILL.test(sq)) || rehearsed(sq)) && !ONGOING.test(sq)
    // A shelter named as where to go (市の指定避難所をご利用ください) in a reply about such days (大雨の際の…) is no disaster going on
    // when nothing is going on now; a shelter named alone (避難所は市民体育館です) may be today's.
    const shelterNamed = (h: { start: number; end: number }): boolean => {
      if (!general || past.length === 0 || !SHELTER_WORD.test(sq.slice(Math.max(0, h.start - 2), h.end + 2))) return false
      const s = sentenceOf(sq, h.start, h.end)
      return !SHELTER_OPEN.test(sq.slice(s.start, s.end))
    }
    // A disaster whose forecast or threat is denied (大雨の予報は出ていません) is not coming: that word makes no disaster reply.
    // A forecast conceded before an ordinary event that goes ahead (大雨の予報ですが、相談会は予定どおり開催します) is weather to come.
    const calm = !ONGOING_ACT.test(live)
    // A disaster only forecast (台風は週明けに接近する見込みですが、) in a reply that says the set-up is not in place or planned now is weather to come.
    const forecastOnly = (h: Span): boolean => {
      const c = clauseOf(sq, h)
      return FORECAST_WORD.test(sq.slice(h.end, c.end)) && !ONGOING_ACT.test(sq.slice(c.start, c.end))
    }
    const isQuiet = (h: Span): boolean =>
      quiet.some((s) => s.start <= h.start && h.end <= s.end) || DENIED_AFTER.test(sq.slice(h.end, h.end + 24)) || DEGREE_DENIED_AFTER.test(sq.slice(h.end, h.end + 24)) || (calm && FORECAST_GOES_AHEAD.test(sq.slice(h.end, h.end + 64))) || (calm && !/特別警報/u.test(sq.slice(h.start, h.end)) && ALERT_GOES_AHEAD.test(sq.slice(h.end, h.end + 80))) || (calm && quiet.length > 0 && forecastOnly(h))
    // A disaster word in a clause about the aftermath (停電はすべて復旧しています, 台風の罹災証明書, 倒れた街路樹の撤去), with nothing
    // going on now, makes no disaster reply.
    const over: Span[] = []
    if (calm && AFTERMATH.test(sq)) {
      for (const h of hits) {
        const c = clauseOf(sq, h)
        if (AFTERMATH.test(sq.slice(c.start, c.end))) over.push(c)
      }
    }
    // A disaster word naming a programme, a relief or a deduction (災害による固定資産税の減免, 災害弔慰金) makes no disaster reply, nor
    // 避難 naming a safety fixture (避難経路, 避難口) with nothing going on now.
    // A reply about leisure (紅葉の見ごろ…ぜひお越しください) with a disaster word only in a sympathy (台風で大変な中ですが) is no disaster reply.
    const leisure = ((LEISURE.test(sq) && PROMOTE.test(sq)) || (FAN_SHOW.test(sq) && FAN_CHEER.test(sq))) && !SUSPENDED.test(sq)
    // A flight from a person's violence or abuse (配偶者からの暴力で避難を考えている場合は) with nothing going on now is no disaster.
    const harmFlight = (h: Span): boolean => {
      const s = sentenceOf(sq, h.start, h.end)
      // (The word itself is not what goes on: 安否 is one of ONGOING_ACT's words, so the sentence is read without it.)
      return HARM_BEFORE.test(sq.slice(Math.max(s.start, h.start - 24), h.start)) && !ONGOING_ACT.test(sq.slice(s.start, h.start) + '\n' + sq.slice(h.end, s.end))
    }
    // A disaster word naming what a subscription service carries (登録すると、避難情報などをお届けします) is no disaster going on.
    const serviceInfo = (h: Span): boolean => calm && SERVICE_INFO_AFTER.test(sq.slice(h.end, h.end + 40)) && SUBSCRIBE.test(sq.slice(sentenceOf(sq, h.start, h.end).start, sentenceOf(sq, h.start, h.end).end))
    // A disaster word that only says where a voice was given (避難所でいただいたお声は…届けます) with nothing going on now is no disaster reply.
    // Relief told anywhere in the reply makes it a disaster reply: read once per paragraph, and only if a voice word needs it.
    let relief: boolean | undefined
    const voiceOnly = (h: Span): boolean => general && !(relief ??= RELIEF_GIVEN.test(sq)) && VOICE_AFTER.test(sq.slice(h.end, h.end + 24)) && VOICE_TAKEN.test(sq.slice(sentenceOf(sq, h.start, h.end).start, sentenceOf(sq, h.start, h.end).end) + sq.slice(0, sentenceOf(sq, h.start, h.end).start))
    // 警報 of a disease's spread or of the air (インフルエンザの流行警報, 光化学スモッグ警報) is no disaster.
    const healthAlert = (h: Span): boolean => /^(?:特別)?警報$/u.test(sq.slice(h.start, h.end)) && HEALTH_ALERT_BEFORE.test(sq.slice(Math.max(0, h.start - 16), h.start))
    const disaster = preparing
      ? undefined
      : hits.find((h) => !isQuiet(h) && !(calm && NONE_AFTER.test(sq.slice(h.end, h.end + 28))) && !RELIEF_AFTER.test(sq.slice(h.end, h.end + 28)) && !(calm && FACILITY_AFTER.test(sq.slice(h.end, h.end + 8))) && !past.some((s) => s.start <= h.start && h.end <= s.end) && !over.some((s) => s.start <= h.start && h.end <= s.end) && !shelterNamed(h) && !harmFlight(h) && !healthAlert(h) && !serviceInfo(h) && !voiceOnly(h) && !(leisure && (SYMPATHY_AFTER.test(sq.slice(h.end, h.end + 16)) || WAIT_AFTER.test(sq.slice(h.end, h.end + 10)))))
    return {
      mentions: mention ? { start: mention.index, end: mention.index + mention[0].trimEnd().length } : null,
      firstLine: lineEnd > trimmedStart ? { start: trimmedStart, end: Math.min(lineEnd, trimmedStart + 40) } : null,
      opening: t.length > 0 ? { start: 0, end: Math.min(t.length, 40) } : null,
      disaster: disaster ? doc.fromSqueezed(disaster.start, disaster.end) : null,
      addressed: ADDRESSED.test(t),
      answers: ANSWERS.test(t),
      leisure: leisure && !disaster,
      preparing: PREPARING_TOPIC.test(sq) && !ONGOING.test(sq),
      ongoing: ONGOING.test(live) || NOW_WORDS.test(live),
      source: doc.normMapper(),
    }
  },
  post({ text, facts, spans, ctx, emit }) {
    const first = facts[0]
    if (!first) return
    /** Paragraph p's norm span as post offsets. */
    const place = (p: number, s: Span): Span => {
      const src = facts[p]!.source(s.start, s.end)
      return { start: src.start + spans[p]!.start, end: src.end + spans[p]!.start }
    }
    const mention = ctx.mode === 'post' && first.mentions ? place(0, first.mentions) : null
    // A post that opens by addressing one person, or a quote that answers the quoted post, is a reply too.
    const replying = ctx.mode === 'reply' || ctx.mode === 'comment' || mention !== null || (ctx.mode === 'post' && first.addressed) || (ctx.mode === 'quote' && facts.some((f) => f.answers))
    const what = ctx.mode === 'comment' ? 'コメント' : '返信'
    if (replying && ctx.incident === 'flaming') {
      // 6(2): while the account handles a 炎上, every reply is a deliberate act (any account, even in a disaster).
      const withText = facts.findIndex((f) => f.firstLine !== null)
      const span = mention ?? (withText >= 0 ? place(withText, facts[withText]!.firstLine!) : null)
      if (span) emit({ rule: 'reply/incident', clause: '6(2)', start: span.start, end: span.end, data: { what } })
    }
    if (replying && ctx.broadcastOnly) {
      // The span: the leading mentions, or the first line of the reply.
      const withText = facts.findIndex((f) => f.firstLine !== null)
      const span = mention ?? (withText >= 0 ? place(withText, facts[withText]!.firstLine!) : null)
      if (!span) return
      // A reply about getting ready over several paragraphs (防災マップの入手方法, マップで確認すること, 防災メール), nothing going on now in
      // any of them: its disaster words are of getting ready.
      const getReady = facts.some((f) => f.preparing) && !facts.some((f) => f.ongoing)
      const withDisaster = getReady ? -1 : facts.findIndex((f) => f.disaster !== null)
      // In 災害時モード, a reply about leisure with no disaster in it (紅葉の見ごろ…ぜひお越しください) is not what the exception allows.
      const offTopic = withDisaster < 0 && facts.some((f) => f.leisure)
      if ((ctx.emergency && !offTopic) || withDisaster >= 0) {
        const at = withDisaster >= 0 ? spans[withDisaster]!.start : 0
        const d = withDisaster >= 0 ? { start: facts[withDisaster]!.disaster!.start + at, end: facts[withDisaster]!.disaster!.end + at } : null
        const reason = ctx.emergency ? '災害時モードが有効' : `災害に関する内容（「${text.slice(d!.start, d!.end)}」）`
        emit({ rule: 'reply/emergency', start: span.start, end: span.end, data: { reason, what } })
      } else {
        // In 災害時モード the reply is off the disaster's topic: telling staff to switch the mode on would be no help.
        const modeAdvice = ctx.emergency ? `災害時モード中でも、観光や催しなど災害と関係のない問い合わせへの${what}は認められません。` : '災害対応中であれば災害時モードを有効にしてください。'
        emit({ rule: 'reply/broadcast-only', start: span.start, end: span.end, data: { what, modeAdvice } })
      }
    }
    if (ctx.mode === 'quote' && first.opening) {
      const span = place(0, first.opening)
      emit({ rule: 'reply/quote', start: span.start, end: span.end })
    }
  },
}
