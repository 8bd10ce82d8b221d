/**
 * hostility — wrongdoers told their faces and names are known, and that next time they will not get off lightly.
 *
 * Blind R439Q-045 kind: people who did wrong addressed (…で暴れた連中へ, 落書きした奴ら, ゴミを捨てた犯人) and told that who they are is
 * known (顔も名前も全部わかってるからな, 名前も顔も割れとるけんな, 顔と住所は押さえてある), or that if they do it again, next year or next
 * time (来年もやったら, 次回また来たら, 今度見かけたら), they will not get off lightly (ただじゃ済まさんぞ, ﾀﾀﾞでは済まんけんな, タダじゃ
 * 済まないからな; half-width katakana reads folded as ただ): a threat, block (hostility/threat). Read on the folded view: the "not spared"
 * phrase with a conditional of a repeated act in its sentence or a wrongdoer addressed or said known in the paragraph; the "we know your
 * face and name" phrase with a wrongdoer addressed or a wrong named in the paragraph.
 * What stays clean: a formal notice that disruptive conduct will be reported to the police (迷惑行為は警察に通報します), a hazard told
 * (来年も大雨が降ったら、古い堤防はただでは済まない), staff who know the volunteers' faces and names (参加者の皆さんの顔も名前も覚えて
 * いますよ), a missing child's description (顔も名前もわかっていますので、見かけた方はご連絡を).
 */
import { HAZARD } from './context'
import { sentenceStartAt } from '../../words'

/** Harm held over as "you won't get off lightly" (ただじゃ済まさん, ただでは済まないぞ, ただで済むと思うな). */
const NOT_SPARED = /(?:ただ|只)(?:で|じや)(?:は)?(?:済|す)(?:まさ(?:ん|ない|ねえ|へん|ぬ)|ませ(?:ん|ない)|まん|まない|まねえ|みません|むと(?:は)?(?:思う|おもう|思わ|おもわ))/gu
/** A repeated act put as a condition (来年もやったら, 次回また来たら, 今度見かけたら). */
const AGAIN_IF = /(?:来年|再来年|来月|来週|次回|次の|次(?:も|に)?|今度|また|もう一回|もう一度|もういつぺん|再び|二度と)[^。!?！？\n]{0,16}?(?:たら|たら[、,]|れば|ようなら|なら)/u
/** Wrongdoers addressed or named in the paragraph. */
const WRONGDOERS = /連中|奴ら|奴等|やつら|お前|おまえ|あんた|てめえ|犯人|者ども|(?:た|だ|る)(?:人|者|やつ|奴)(?:たち|達|ら)?(?:へ|に告ぐ|、)|暴れ|騒い|荒らし|落書き|ぽい捨て|不法投棄|壊し|盗/u
/** Who they are said known (顔も名前も全部わかってる, 名前も顔も割れとる, 顔と住所は押さえてある). */
const FACE_NAME_KNOWN =
  /(?:顔も名前も|名前も顔も|顔と名前(?:は|も)|顔も住所も|名前も住所も|住所も名前も|顔と住所(?:は|も)|顔も素性も|素性も顔も)[^。!?！？\n]{0,8}?(?:わかつ|分かつ|判つ|知つ|割れ|把握し|押さえ|おさえ|控え|特定し|調べ(?:が)?つい)(?:て|と|た)/gu
/** … not a missing person's or a lost child's description, nor someone asked to be found. */
const SOUGHT = /迷子|行方不明|捜して|探して|お心当たり|心当たり|見かけた方|ご連絡|ご協力|保護/u

/** [start, end, rule, instead] of each such threat in `fo` (the folded paragraph), in the view's offsets. */
export function knownAndNotSpared(fo: string): Array<[number, number, 'hostility/threat', string]> {
  const out: Array<[number, number, 'hostility/threat', string]> = []
  const instead = '脅すような言い方はせず、「迷惑行為を確認した場合は警察に通報します」のように、市としての対応を事実で伝えてください'
  const hasFace = /顔|名前|住所|素性/u.test(fo)
  if (/(?:ただ|只)(?:で|じや)/u.test(fo)) {
    NOT_SPARED.lastIndex = 0
    for (let m = NOT_SPARED.exec(fo); m !== null; m = NOT_SPARED.exec(fo)) {
      const s = sentenceStartAt(fo, m.index)
      const sentence = fo.slice(s, m.index + m[0].length)
      if (/[「『」』]/u.test(sentence) || HAZARD.test(sentence)) continue
      FACE_NAME_KNOWN.lastIndex = 0
      const target = WRONGDOERS.test(fo) || (hasFace && FACE_NAME_KNOWN.test(fo))
      if (!(AGAIN_IF.test(sentence) && target)) continue
      out.push([s, m.index + m[0].length, 'hostility/threat', instead])
    }
  }
  if (hasFace) {
    FACE_NAME_KNOWN.lastIndex = 0
    for (let m = FACE_NAME_KNOWN.exec(fo); m !== null; m = FACE_NAME_KNOWN.exec(fo)) {
      const s = sentenceStartAt(fo, m.index)
      const e = m.index + m[0].length
      if (/[「『」』]/u.test(fo.slice(s, e)) || SOUGHT.test(fo) || !WRONGDOERS.test(fo)) continue
      out.push([s, e, 'hostility/threat', instead])
    }
  }
  return out
}
