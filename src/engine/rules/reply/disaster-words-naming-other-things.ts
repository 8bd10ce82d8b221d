/**
 * A disaster word that names something else, makes no disaster reply (4(3), reply/emergency vs reply/broadcast-only): a figure of speech
 * (台風の目みたいに忙しい, 嵐のような一日: FIGURE_AFTER), a programme, relief, insurance or deduction (災害弔慰金, 災害による固定資産税の減免:
 * RELIEF_AFTER), a safety fixture (避難経路, 避難口: FACILITY_AFTER), a flight from a person's violence (配偶者からの暴力で避難: HARM_BEFORE),
 * what a subscription service carries (登録すると避難情報などをお届けします: SERVICE_INFO_AFTER, SUBSCRIBE), a public-health alert
 * (インフルエンザの流行警報, 光化学スモッグ警報: HEALTH_ALERT_BEFORE), where a voice was given (避難所でいただいたお声は…届けます: VOICE_AFTER,
 * VOICE_TAKEN). Still a disaster reply: weather or a shaking compared with itself (台風並みの暴風), relief told delivered (毛布をお届けします:
 * RELIEF_GIVEN), anything going on now. Part of the reply family (index.ts runs the checks in order and reports them).
 */

/**
 * After a disaster word: a figure of speech (台風の目みたいに忙しい, 嵐のような一日).
 * Blind R287L-052 kind: a comparison in any spelling (台風なみの人気ぶり, 地震級の盛り上がり, 洪水のような人出, 嵐級に, 台風顔負けの): the
 * word measures something else, no disaster. Not when what is compared is weather or a shaking itself (台風並みの暴風, 台風級の勢力,
 * 嵐のような強風, 地震並みの揺れ): that is the storm or quake going on.
 */
export const FIGURE_AFTER = /^(?:の目)?(?:みたい|のよう|並み|なみ|級(?:の|に|だ|です)|さながら|顔負け|ばり)(?!な?(?:の|に|な)?(?:暴風|強風|突風|風|雨|大雨|豪雨|雨量|雨風|風雨|勢力|低気圧|揺れ|高潮|高波|波|雷|被害|災害|浸水))/u

/**
 * Blind R75A-131: a disaster word as the qualifier in the name of a programme, a relief, an insurance or a deduction (災害による固定資産税
 * の減免, 災害減免, 災害弔慰金, 災害援護資金, 被災者生活再建支援金, 台風被害の見舞金, 地震で被害を受けた住宅の減額, 緊急小口資金, 災害共済;
 * 火災保険 and 地震保険料控除 are `PAST_AFTER`'s 保険): the word names a kind of case a rule covers, not a disaster going on, so it makes no
 * disaster reply. Only nouns between (固定資産税の, 住宅の; no verb or で: 大雨の影響で給付金の支給が遅れています keeps 大雨), bounded.
 */
export const RELIEF_AFTER =
  /^(?:(?:による|に係る|にかかる|に係わる|に伴う|に関する|で|により|によって|の)?(?:被害|被災|損害)(?:を受けた|にあった|に遭った|に遭われた|を受けられた|された)?|による|に係る|にかかる|に係わる|に伴う|に関する|に対する)?[一-龥ァ-ヺー・の]{0,14}?(?:減免|減額|免除|控除|猶予|還付|特例|非課税|給付|支給|手当|見舞金|弔慰金|支援金|援護資金|資金|貸付|融資|助成|補助|共済|保険|制度|事業)/u
/**
 * Blind R77A-130: 避難 as the head of a compound that names a building's or a venue's safety facility or equipment (避難経路, 避難経路図,
 * 避難口, 避難路, 避難階段, 避難はしご, 避難器具, 避難通路, 避難誘導灯, 避難案内図): a fixture told like 救護所 or 非常口 in an event's or a
 * facility's guide, not a disaster; nor 避難行動要支援者 (名簿, 制度: a standing register, blind R111A-053). With nothing going on now (`ONGOING_ACT`), that word makes no disaster reply; 避難して, 避難指示 or
 * another disaster word beside it (冠水, 氾濫) is its own hit. Bounded: the compound's next word only.
 */
export const FACILITY_AFTER = /^(?:行動要支援者|経路|路|口|階段|はしご|ハシゴ|梯子|器具|通路|誘導灯|誘導標識|誘導表示|案内図|案内板|動線)(?:図|の?案内図|マップ|表示|標識)?/u
/**
 * Blind R89A-143: a disaster word (避難, 緊急, 安否) after a harm done by a person, in its clause (配偶者からの暴力で避難を考えている,
 * DVから避難したい, 夫の暴力から逃れて避難, ストーカー被害で一時避難, 虐待から避難せんといかん, DV被害で緊急に, 虐待が疑われる子どもの安否):
 * a flight from violence or abuse at home, a matter for a counselling desk, not a disaster. With nothing going on now in the sentence
 * (`ONGOING_ACT`: 台風接近中のため避難してください), that word makes no disaster reply. A harm named after the word (避難所での暴力の相談)
 * leaves it a disaster's; 暴力団 is no harm done to the asker. Bounded: a few characters, no comma, between.
 */
export const HARM_BEFORE =
  /(?:暴力(?!団)|DV|dv|ドメスティック・?バイオレンス|虐待|ストーカー|つきまとい|付きまとい|つきまとわれ|モラハラ|モラルハラスメント|ハラスメント|加害者)[^。！？!?\n、,]{0,12}$/u
/**
 * Blind R194A-021 kind: a disaster word naming what a subscription service carries (友だち登録をしていただくと、避難情報などをスマートフォンに
 * お届けします, 防災メールに登録すると警報や避難情報を受け取れます): the kind of message a standing channel sends when it is needed, told to
 * explain the channel, not a disaster going on. Only where the sentence says how to subscribe (`SUBSCRIBE`: 登録, 友だち追加, アプリ, 受信設定)
 * and with nothing going on now (`ONGOING_ACT`): 避難情報を配信しました in a reply during a storm stays a disaster reply. Bounded.
 */
export const SERVICE_INFO_AFTER =
  /^(?:情報|指示|警報|速報)?(?:など|等|や[^。！？!?\n、,]{1,16}?)?(?:を|が|も)[^。！？!?\n、,]{0,16}?(?:お届け|配信|受け取|受信|届き|届く|届け|通知|お知らせし)/u
export const SUBSCRIBE = /登録|友だち追加|友達追加|友だち|友達|アプリ|受信設定|配信設定|ダウンロード|購読|お申し込み|お申込み|申し込む|申込む/u
/**
 * Blind R97A-104: 警報 of a disease's spread, a food poisoning or the air (インフルエンザの流行警報, インフルエンザ警報, 感染性胃腸炎の
 * 警報, 食中毒警報, 光化学スモッグ警報, 手足口病が警報レベル) is a public-health alert, not a disaster: no one is to be found or moved
 * (安否・避難), so a reply about it is an ordinary one. Only when the health topic stands right before 警報 in the same clause (a few
 * characters between, no 、): 暴風警報のため予防接種は中止します, インフルエンザで休校中ですが、大雨警報が… stay the weather's.
 */
export const HEALTH_ALERT_BEFORE =
  /(?:流行|感染症|インフルエンザ|インフル|ノロウイルス|ノロ|ロタウイルス|感染性胃腸炎|胃腸炎|手足口病|ヘルパンギーナ|溶連菌|RSウイルス|咽頭結膜熱|プール熱|水痘|水ぼうそう|百日せき|百日咳|麻しん|麻疹|はしか|風しん|風疹|新型コロナ|コロナ|食中毒|光化学スモッグ|光化学オキシダント|オキシダント|スモッグ|PM2\.5|大気汚染)(?:の|が|に関する|についての)?(?:流行)?(?:の)?$/u

/**
 * Blind R309C-004 kind: a disaster word that only tells where or about what a voice was given (避難所でいただいたお声は、担当の部署に届けます,
 * 防災訓練へのご意見ありがとうございます, 避難所についてのご感想): the reply thanks the writer and passes the voice on, its business the thanks,
 * not 安否 or 避難. With nothing going on now (`ONGOING`), that word makes no disaster reply. Bounded: a few characters between.
 */
export const VOICE_AFTER =
  /^(?:所|場所|生活|訓練)?(?:で|での|にて|の|へ|への|について(?:の)?|に関する|に対する)[^。！？!?\n、,]{0,8}?(?:お声|ご意見|ご感想|ご要望|ご提案|ご指摘|声|感想|意見|アンケート|メッセージ|コメント)/u
/** What the reply does with the voice: thanks for it, or passes it on (届けます, お伝えします, 共有します, 参考にします, 活かします). */
export const VOICE_TAKEN = /ありがと|感謝|届け|伝え|共有|参考に|活か|生か|反映|検討/u
/** Relief the reply tells delivered (毛布をお届けします, 炊き出しを行います, 給水車は…到着予定, 排水ポンプを稼働): a disaster reply, whatever voice it thanks. */
export const RELIEF_GIVEN = /(?:毛布|段ボールベッド|炊き出し|給水車|給水|仮設トイレ|簡易トイレ|排水ポンプ|ポンプ車|支援物資|救援物資|物資|非常食|飲料水|土のう|土嚢)[^。！？!?\n]{0,12}?(?:届け|配布|配り|追加|行い|行います|実施|到着|稼働|設置|手配|用意|搬入|派遣|出動)/u
