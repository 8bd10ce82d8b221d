/**
 * rebuttal/legal-threat — legal action held over a resident (4(5), 6(2)): over a poster who does not delete or stop
 * (削除されない場合は法的措置も辞さない: `LEGAL_THREAT`), or announced against a post called baseless (`LEGAL_AT_POST` with
 * `POST_DENIED`). Clean: a notice of an impersonation or a fraud, or help offered to residents (`LEGAL_LEGIT`).
 */
import { phrase } from '../../words'

/**
 * Blind R274K-022 kind: legal action held over a resident who does not take their post down or stop (速やかに削除していただけない
 * 場合は、顧問弁護士と相談のうえ対応を検討, 撤回されない場合は法的措置も辞さない, 投稿をやめなければ開示請求を行います): a condition on
 * the poster's post, then a lawyer, a suit, a criminal complaint or a disclosure request. Bounded: the condition and the step sit in
 * one sentence, at most 40 code units apart.
 */
export const LEGAL_STEP = '(?:顧問弁護士|弁護士|法的|法律上の|訴訟|提訴|告訴|告発|訴え(?:ます|る|させ|を(?:起こ|提起))|開示請求|発信者情報|損害賠償|賠償を請求|被害届|名誉毀損で|刑事|民事)'
export const LEGAL_THREAT = phrase('(?:削除|撤回|訂正|取り下げ|取下げ|謝罪|(?:投稿|書き込み|発言|発信|拡散|中傷|批判|ご主張|主張)(?:を|の)?(?:お?やめ|止め|お?控え|中止|停止))(?:を)?(?:して|し|され|なさ|いただ|頂|下さ|くださ|てくれ|ていただ)?[^。！？!?\\n]{0,10}?(?:ない|なけれ|ぬ|ず|なかった)(?:場合|とき|時|なら|ようなら|ようでしたら|ようであれば|限り|ば|ことには)[^。！？!?\\n]{0,40}?' + LEGAL_STEP, 'u')
/**
 * Blind R274K-022 kind: a resident's post called baseless or false and legal action announced against it in the same paragraph, with no
 * condition (ご投稿は事実無根であり…法的措置を検討しております): the same pressure on a critic.
 */
export const LEGAL_AT_POST = phrase(LEGAL_STEP + '[^。！？!?\\n]{0,16}?(?:検討|準備|辞さ|講じ|講ず|取ら|とら|取る|とる|踏み切|視野|進め|相談のうえ|相談の上|協議のうえ|協議の上)', 'u')
export const POST_DENIED = phrase('(?:ご投稿|投稿|書き込み|記載|ご主張|主張|コメント|ご発言|発言|ツイート|ポスト)[^。！？!?\\n]{0,40}?(?:根拠のない|根拠がない|根拠の無い|事実無根|言いがかり|言い掛かり|虚偽|デマ|名誉毀損|名誉を毀損|名誉を傷つけ|強く抗議|厳重に抗議)', 'u')
/** A notice of an impersonation or a fraud, or help offered to residents (弁護士にご相談ください): not a threat to a critic. */
export const LEGAL_LEGIT = phrase('なりすまし|成りすまし|偽アカウント|偽の(?:アカウント|サイト|メール)|詐欺|不正アクセス|著作権|無断転載|無断使用|ご相談ください|ご相談いただ|お困りの方|相談窓口|法律相談|無料相談|ご注意', 'u')
