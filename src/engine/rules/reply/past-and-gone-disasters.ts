/**
 * A disaster word of a disaster that is over, makes no disaster reply (4(3), reply/emergency vs reply/broadcast-only): one that happened
 * some time ago (先日の大雨, 昨年の台風: PAST_BEFORE; 昨年は大雨で中止となりましたが、今年は…: PAST_TOPIC), has passed or is only prepared
 * for (台風一過, 大雨の際の, 台風が過ぎました: PAST_AFTER), closed a service now reopening (お休みしていた市民プールは、明日から通常どおり営業
 * します: REOPENS_AFTER), did not touch the city or has gone by (台風の影響はありませんでしたので, 通過しました: GONE_BY, NONE_AFTER), or whose
 * aftermath the clause tells (停電はすべて復旧しています, 罹災証明書, 災害ごみ: AFTERMATH). Still a disaster reply: a condition or a wait
 * (台風が過ぎてから, 過ぎたら), a reopening hoped for or still off (再開のめどは立っていません: REOPEN_DENIED), an effect still there, a
 * restoration awaited (復旧していません), a time that names now in the gap (今年は, 現在: NOW_IN_GAP), anything going on now. Part of the
 * reply family (index.ts runs the checks in order and reports them).
 */

/** Before a disaster word: it happened some time ago (先日の大雨, 昨年の台風). */
export const PAST_BEFORE = /(?:先日|昨日|先週|先月|以前|昨年|去年|一昨年|過日|この前|こないだ|あの)の?\s?$/u
/**
 * Blind R61A-096: before a disaster word, a time long past set up as the topic (昨年は大雨で中止となりましたが、今年は…, 去年も台風で,
 * 前回は地震の影響で, 昨年の秋は大雨で, 3年前は浸水で): the disaster is that time's, told as the background of today's news. Only the
 * clause up to the next 、 is that time's (…中止しましたが、今回は地震の影響で断水が続いているため: the second is today's); a gap
 * that names now (今年は, 現在) is not that time's.
 */
export const PAST_TOPIC = /(?:昨年|去年|一昨年|おととし|前年|前回|先月|昨夏|昨秋|昨冬|昨シーズン|[0-9０-９一二三四五六七八九十数]{1,2}年前)(?:の[^。！？!?\n、,]{1,6}?)?(?:は|も|には|にも|では)[、,]?[^。！？!?\n、,]{0,8}$/u
export const NOW_IN_GAP = /今|現在|ただいま|本日/u
/** Where a clause ends. */
export const CLAUSE_STOP = /[、,。！？!?\n]/u

/**
 * After a disaster word: it has passed or is only prepared for (台風一過, 大雨の際の, 台風シーズンの前に), it names a
 * prevention topic (火災予防のポスター, 地震訓練), or it was the cause of an event put off (大雨で延期になった清掃は…).
 * Review (no blind id): が過ぎ / が去 count as over only in the past or the resulting state (台風が過ぎました, 過ぎ去り, 去った, 過ぎ、);
 * a condition or a wait (台風が過ぎてから, 過ぎたら, 過ぎるまで, 去ってから, 過ぎた後に) speaks of a disaster now or coming.
 */
export const PAST_AFTER = /^(?:一過|が(?:(?:過ぎ|すぎ)(?:去り(?:まし)?た|去っ(?:た|て(?:いま|おり|しまい|しまっ))|去り(?=[、,])|(?:まし)?た|て(?:いま|おり|しまい|しまっ)|と(?:ります|る|った)|(?=[、,]))|去(?:り(?:まし)?た|っ(?:た|て(?:いま|おり|しまい|しまっ))|り(?=[、,])))(?!ら|後に|あとに|場合|とき|時|際)|の際の|のときの|の時の|の後|のあと|後の|から一夜|シーズン|に備え|への備え|の前に|前に|対策|に関する(?:学習|講座|訓練)|(?:の)?(?:予防|防止|訓練|報知器|警報器|保険|啓発|週間|運動|講習|教室|ポスター)|(?:で|のため|により|の影響で)(?:中止|延期|順延|休止|休館|休業)(?:に|と)?(?:なった|した|された|なっていた|していた))/u

/**
 * Blind R165I-016 kind: after a disaster word, what it closed told in the past (お休みしていた, 運休となっておりました, 休館していた) and, in
 * the same sentence, the service said to reopen or run as usual (台風の影響でお休みしていた市民プールは、明日から通常どおり営業します,
 * 大雨で運休していたバスは本日から平常どおり運行します, 地震の影響で休館しておりましたが、本日から開館します): the closure is over, the reply
 * is about the service coming back, not a disaster going on. Not a closure still on (休館しています, 運休中), not a wait (休んでいたら), and
 * not a reopening hoped for or still off (再開のめどは立っていません, まだ再開していません: `REOPEN_DENIED`). Bounded.
 */
export const REOPENS_AFTER =
  /^(?:で|のため|により|によって|の影響で|の影響により)(?:お休み|休み|休園|休校|休場|休店|運休|欠航|閉鎖|閉園|休館|休業|休止|中止|営業停止|利用停止|使用中止|通行止め)(?:に|と)?(?:なって|して|させて|させていただいて)(?:い|お)(?:た|りました|ました)(?:が[、,]?)?[^。！？!?\n]{0,40}?(?:再開|通常(?:どおり|通り)|平常(?:どおり|通り)|いつも(?:どおり|通り)|(?:営業|開館|開園|運行|運航|開所)(?:いた)?し(?:ます|ております|ています)|開きます|ご利用(?:いただけます|できます))/u
/** After the reopening: it is denied or not yet (再開のめどは立っていません, 再開していません, 再開は未定). */
export const REOPEN_DENIED = /^[^。！？!?\n]{0,12}?(?:めど|目途|見込み|見通し)(?:は|が)?(?:立って|たって)(?:い|お)(?:ません|らず)|^(?:して|されて|できて)(?:い|お)(?:ません|らず)|^(?:は|の)?(?:時期|日程|日)?(?:は|も)?未定/u

/**
 * Blind R91A-104: after a disaster word, its effect or damage denied in the past or the continuative (台風の影響はありませんでしたので,
 * 大雨による被害はなく, 地震の影響は特になかったけん, 台風による市内の被害は幸いございませんでした), or the disaster said to have gone by
 * (台風は過ぎ去りましたので, 通り過ぎ, 遠ざかり, 通過しました): a disaster that did not touch the city or is gone, told as the reason an
 * ordinary plan goes ahead. With nothing going on now (`ONGOING_ACT`), the word makes no disaster reply. Not an effect still there or a
 * check asked (影響がなくなるまで, 被害がなかったか確認しています), not the present (被害は確認されていません: a check going on), not
 * the effect itself (台風の影響で停電が続いています). Bounded: a few nouns between.
 */
/**
 * Blind R101A-082: the ways Japanese says a disaster has gone by, in the past or the resulting state (過ぎ去りました, 通り過ぎた, 遠ざかって
 * いきました, 通過しました, 抜けました, 抜けた, 抜けとります, 過ぎました, 去りました, 去った, 離れました, 峠を越えました, 峠は越えた):
 * over, told as the reason an ordinary plan goes ahead. Not a condition or a wait (抜けたら, 過ぎてから, 離れた場合, 抜けるまで), not a
 * denial or a not-yet (まだ抜けていません, 抜けきっていない), not 過去 (去 inside another word).
 */
const GONE_BY = String.raw`(?:(?:過ぎ去|すぎ去|すぎさ|(?<!過)去|遠ざか)(?:り(?:まし)?た|った|って(?:い|お|しま|いき|行き|っ)|り(?=[、,]))|(?:通り過ぎ|通りすぎ|とおりすぎ|(?<![りちきみびぎじいし])(?:過ぎ|すぎ)|抜け|ぬけ|離れ|はなれ|通過し)(?:(?:まし)?た|て(?:い|お|しま|いき|行き|っ)|と(?:ります|る|った))|峠(?:を|は|も)?(?:越え|こえ|超え)(?:(?:まし)?た|て(?:い|お)|と(?:ります|る)))(?!たら|ら|から|場合|とき|時|際|後に|あとに|(?:い|お)?(?:ません|ない|ず))`
export const NONE_AFTER =
  new RegExp(String.raw`^(?:(?:の|による|に伴う|で|での|からの)?[^。！？!?\n、,]{0,6}?(?:影響|被害|損害|けが人|怪我人|負傷者)(?:は|も|が|など)?[、,]?(?:特に|とくに|何も|なにも|まったく|全く|一切|いっさい|ほとんど|幸い|幸いにも)?(?:(?:あり|ござい)ませんでした|(?:なかった|無かった)(?!か)|(?:なく|無く)(?!な|ても)|確認されませんでした|出ませんでした|出なかった(?!か))|(?:は|も|が)?[^。！？!?\n、,]{0,12}?(?:${GONE_BY}))`, 'u')

/**
 * Blind R67A-004/020/036/108: the clause of a disaster word tells of the aftermath, with nothing going on now (`ONGOING_ACT`): the
 * disaster or its set-up said to be over in the affirmative past or resulting state (停電はすべて復旧しています, ボランティアセンターは
 * 閉所しました, 通行止めも解除されました, 復旧しとります, 撤去済み), or the administrative follow-up or clean-up after it (台風の罹災証明書,
 * 倒れた街路樹の撤去, 被災された方への見舞金, 災害ごみ, 仮設住宅). A reply about that is an ordinary one. Not a restoration still awaited
 * (復旧していません, 復旧する見込み, 復旧作業中), and not a conditional (解除されたら, 終了した場合は).
 */
const AFTERMATH_DONE =
  /(?:復旧|解除|閉所|閉鎖|終了|鎮火|収束|撤収|完了|解消|再開)(?:済み|済(?!ま)|(?:と|に)なり(?:まし)?た|(?:し|され|いたし)(?:まし)?た(?!ら|り|場合|とき|時|際)|(?:し|され)て(?:います|いる|おります|おる|あります|ある)|し(?:とります|とる|ちょります|ちょる))/u
const AFTERMATH_FOLLOWUP =
  /罹災証明|り災証明|被災証明|罹災届|被害認定|撤去|後片付け|片付け|片づけ|災害ごみ|災害ゴミ|がれき|瓦礫|復旧工事|復興|義援金|見舞金|支援金|生活再建|応急修理|仮設住宅|公費解体/u
export const AFTERMATH = new RegExp(`${AFTERMATH_DONE.source}|${AFTERMATH_FOLLOWUP.source}`, 'u')
