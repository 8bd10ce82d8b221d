/**
 * A reply whose business is leisure or a fan's cheer, not the disaster (4(3), reply/broadcast-only, Blind R86A-128, R367Q-045): a
 * sightseeing spot, a season's sight, a festival or a local dish recommended or the asker invited (紅葉の見ごろ…ぜひお越しください: LEISURE,
 * PROMOTE), a show cheered (ライブおつかれさまでした！…最高でした: FAN_SHOW, FAN_CHEER) — even in 災害時モード, the disaster exception does not
 * cover it, so a broadcast-only account's reply stays a warning; a disaster word in it only as a sympathy (台風で大変な中ですが:
 * SYMPATHY_AFTER) or a wait for its end (台風が過ぎたらぜひお越しください: WAIT_AFTER) is not its business. Stays a disaster reply: the
 * leisure suspended (運休, 中止: SUSPENDED), a disaster going on named beside it (避難所を開設しています). Part of the reply family
 * (index.ts runs the checks in order and reports them).
 */

/**
 * Blind R86A-128: a reply whose business is leisure, not the disaster: a sightseeing spot, a season's sight, a festival or a local dish
 * (`LEISURE`) recommended or the asker invited to come (`PROMOTE`: 見ごろは…です, ぜひお越しください, 遊びに来てね, おすすめです; not a bare ぜひ: 観光客の方はぜひ宿の指示に従って), not a
 * notice that it is suspended (`SUSPENDED`: 運休, 中止). Even in 災害時モード, the exception for disaster replies (安否・避難の問い合わせ)
 * does not cover it, so a broadcast-only account's reply stays a warning. A disaster word in it only as a sympathy (台風で大変な中ですが,
 * 大雨でお困りのところ: `SYMPATHY_AFTER`) or as over (台風が過ぎたら) is not its business; a disaster going on named beside it (避難所を
 * 開設しています) is.
 */
export const LEISURE = /観光|見ごろ|見頃|見どころ|紅葉|花見|桜の|花火|川下り|舟下り|川くだり|祭り|まつり|グルメ|温泉|イルミネーション|うなぎ|鰻|名物|お土産|おみやげ|散策|旅行|ツアー|ドライブ/u
export const PROMOTE = /見ごろ|見頃|見どころ|見ごたえ|楽しめ|楽しんで|お楽しみ|おすすめ|オススメ|お勧め|遊びに|お待ちして|お越しください|お越し下さい|来てください|来てね|来んね|来てみて|お立ち寄り|(?:ぜひ|是非)[、,]?(?:お越し|来て|来ん|遊びに|お立ち寄り|ご来場|味わ|ご賞味|乗りに|乗って|見に|行って)/u
/**
 * Blind R367Q-045 kind: a fan's reply to a performer (ライブおつかれさまでした！アンコールの曲、最高でした, また行きます): a show someone gave
 * (`FAN_SHOW`) and the writer's own cheer for it (`FAN_CHEER`). Like leisure, it is not the disaster's business, so in 災害時モード the
 * exception does not cover it. A show suspended (ライブは中止です) is judged as before.
 */
export const FAN_SHOW = /ライブ|コンサート|公演|演奏会|舞台|ステージ|アンコール|新曲|推し|試合|ゲーム/u
export const FAN_CHEER = /最高(?:でした|だった|です|[！!✨])|(?:よかった|良かった|楽しかった|感動しました|かっこよかった|カッコよかった)(?:です)?[！!✨。]|お?(?:つかれ|疲れ)(?:さま|様)でした|また(?:行き|いき|見に|観に|聴き)(?:ます|たい)|応援して(?:います|ます|る)/u
export const SUSPENDED = /運休|欠航|中止|休止|休館|休業|見合わせ|閉鎖|延期|取りやめ|取り止め|通行止め|立ち入り禁止|立入禁止|近づかない/u
export const SYMPATHY_AFTER = /^(?:の影響|の被害|の接近|の中|のなか)?(?:で|により|の中|のなか)?[^。！？!?\n、,]{0,4}?(?:大変な|たいへんな|大変だった|お困りの|ご不便な|ご不安な|不安な|心配な|お疲れの)(?:中|なか|ところ|時|とき|状況|時期|折|日々|毎日)/u
/**
 * Review (no blind id): in a leisure reply, a disaster word followed by a wait for its end (台風が過ぎたらぜひお越しください, 大雨が
 * やんでから, 台風通過後に): the invitation is for after it, so like a sympathy the word is not the reply's business. Outside a leisure
 * reply the same wait keeps a disaster reply (台風が過ぎてから被害の確認を行います: `PAST_AFTER` reads it as not over).
 */
export const WAIT_AFTER = /^(?:が|は|も)?(?:過ぎ|すぎ|過ぎ去っ|去っ|通り過ぎ|抜け|通過し|通過|おさまっ|収まっ|落ち着い|やん|止ん)(?:[ただ]ら|[てで]から|[ただ]後|[ただ]あと|後)/u
