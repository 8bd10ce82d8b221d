/**
 * hostility — insinuations, passive curses and brains said dropped.
 *
 * Blind R274K–R294I kinds: a critic told their past posts were looked through with a remark on where they live, a dish or
 * service said to be for those who can tell its worth, ironic thanks to people who did not read, told to look again slowly,
 * critics belittled as the same few, a threat to publish a video or name, told not to take part if they only complain, "you
 * need not have come"; a person wished harm in the passive as one disposes of vermin (処分されればいい: curse), a critic of a tender
 * told to think of their next contract, a head said to be empty, opinions declared not worth hearing; a person's brains said
 * dropped or left somewhere (脳みそ落としてきた: insult).
 *
 * Stays clean: an account's archive offered, a reader thanked for their photos, an animal shelter's notice (殺処分ゼロ), doing it
 * oneself (ご自身で処分されたら), a brain-training class, the writer's own joke.
 *
 * Its phrases run where index.ts puts them in PHRASES (the check order: a phrase earlier in PHRASES holds its span first).
 *
 * Guideline: 5(3) 他者を誹謗中傷したり、攻撃的・挑発的な表現を用いない.
 */
import { phrase, isReportedSpeech, sentenceOf } from '../../words'
import type { Phrase } from './context'
import { CRITIC, HOME_SUBJECT, INSTEAD, OTHER_PLACE56, PERSON_H18, SELF, SELF_FIRST_OK, foldAll, incompetentKeep, notQuoted, notTeaching, putsDownPlace, sentenceText, withPrevious } from './context'

/**
 * Blind R274K-009 kind (host13): a critic told their past posts were looked through, with a remark on where they live (過去のご投稿も
 * ひととおり拝見いたしましたが、市外にお住まいの方が…, 過去の書き込みは全部読ませてもらいましたけど、県外の方ですよね): "we know who
 * you are" in keigo, a warning. Needs a critic (CRITIC) and the reader's home or town named after it; not an account's archive
 * offered (過去の投稿をさかのぼってご覧ください), not a reader thanked for their photos.
 */
const PAST_POSTS = '過去の(?:ご)?(?:投稿|書き込み|書込み|ツイート|ポスト|発言|ご発言|コメント|つぶやき)(?:も|を|は)?[、\\s]?(?:すべて|全て|全部|ひととおり|一通り|いくつか|あれこれ|しっかり|じっくり|一つ一つ|隅々まで)?[、\\s]?(?:拝見し|拝見いたし|拝読し|拝読いたし|読ませて|見させて|確認させて|調べさせて|遡って|さかのぼって|チェックさせて|チェックし)'
const HOME_REMARK = new RegExp(`市外|県外|町外|他県|他市|遠方|よその|お住まい|お住みの|住んで(?:い|お)|住まわれ|${HOME_SUBJECT}|ご出身|地元の方では`, 'u')
/**
 * Blind R274K-031 kind (host13): a polite reply that the dish or service is for those who can tell its worth (お値段なりの価値がお分かり
 * になる方に召し上がっていただければ十分かと, 良さが分かる人だけ来てくれれば結構です): the critic implied unable to appreciate it, a
 * warning. Not an invitation (違いが分かる方にこそ味わっていただきたい一品: no 十分 / 結構).
 */
const WORTH_WHO = '(?:価値|値打ち|良さ|よさ|違い|味|おいしさ|美味しさ|魅力|素晴らしさ|すばらしさ)(?:が|の)[、\\s]?(?:お分かりになる|お分かりいただける|分かる|わかる|理解できる|ご理解いただける|理解される)(?:方|人|お客様|お客さま|皆様|皆さま|方々)(?:に|だけ|にだけ|のみ|が)[^。！？!?\\n]{0,30}?(?:十分|充分|結構|構いません|かまいません|それで(?:いい|良い|よい))'
/**
 * Blind R274K-034 kind (host13): ironic thanks in a report, people who did not read or follow the guidance "taught us" something
 * (案内看板をお読みにならない方が一定数いらっしゃることがよく分かり、大変勉強になりました): visitors mocked in keigo, a warning. Not a
 * finding with a measure (ルールを守らない人がいることが分かり、対策を強化します: no 勉強になり).
 */
const IRONIC_LESSON = '(?:お読みにならない|読まない|読まれない|ご覧にならない|見ない|見られない|守らない|守られない|お守りにならない|従わない|従われない|確認しない|確認されない|ご確認にならない|聞かない|聞かれない|お聞きにならない)(?:方|人|方々|お客様|人たち)(?:が|も)[、\\s]?[^。！？!?\\n]{0,12}?(?:いらっしゃる|おられる|いる|存在する)(?:こと|の)(?:が|を)[、\\s]?[^。！？!?\\n]{0,10}?(?:分かり|わかり|分かって|わかって|知り|知って|痛感し|実感し|学び|学ばせ)[^。！？!?\\n]{0,12}?(?:勉強にな|いい勉強|良い勉強|学びにな|参考にな|勉強させ)'
/**
 * Blind R274K-045 kind (host13): the asker told to look again, slowly, and they will surely understand (もう一度ゆっくりご覧いただければ、
 * きっとご理解いただけるものと存じます, 再度よくお読みいただければ必ずお分かりになるかと): the fault laid on the reader, a warning. Needs
 * the certainty (きっと, 必ず, おのずと); not an invitation to look again (もう一度ご覧いただければ幸いです).
 */
const READ_AGAIN_SURE = '(?:もう一度|もう一回|もういちど|再度|今一度|いま一度|改めて)[、\\s]?(?:ゆっくり(?:と)?|よく|じっくり(?:と)?|落ち着いて|しっかり(?:と)?|丁寧に|注意深く)?[、\\s]?(?:ご覧|お読み|お目通し|ご確認|読んで|よんで|見て|確認して|目を通して)[^。！？!?\\n]{0,6}?(?:いただければ|いただけたら|くだされば|もらえれば|もらえたら|いただくと|になれば)[、\\s]?(?:きっと|必ず|おのずと|自ずと|すぐ(?:に)?|容易に|簡単に)[、\\s]?(?:ご理解|お分かり|おわかり|分か|わか|理解|ご納得|納得)'
/**
 * Blind R274K-056 kind (host13): critics belittled as the same few people (いつも決まった数名の方から、よく似たご意見を頂戴しております,
 * 毎回同じ数人の方がコメントされていますね): a warning. Not 一部の方からご意見をいただきました (no "the same"), not donors thanked.
 */
const SAME_FEW = '(?:決まった|同じ|いつもの)[、\\s]?(?:数名|数人|何名か|何人か|お一人|一人|ごく少数|少数|ごく一部|一部)の(?:方|人|方々|人たち|皆さん|皆様|アカウント)(?:から|が|より)[、\\s]?[^。！？!?\\n]{0,20}?(?:ご意見|ご指摘|コメント|ご批判|批判|苦情|書き込み|お声|クレーム)'
/**
 * Blind R278M-049 kind (host13): a threat to publish a resident's video, photo or name if they misbehave again (また大声を出されるようなら、
 * 次はその時の動画をこちらのアカウントで公開させていただきます, 今度やったら写真をネットに載せますよ): exposure held over someone, block.
 * Needs a wrong named or the person addressed; not event photos (次回開催の際は当日の動画を公開します), not consent asked.
 */
const EXPOSE_IF_AGAIN = '(?:また|次に|今度|今後|再び|二度と|これ以上)[^。！？!?\\n]{0,30}?(?:ようなら|ようでしたら|たら|れば|場合(?:は|には)?)[、\\s]?[^。！？!?\\n]{0,16}?(?:動画|映像|写真|録画|録音|お顔|顔|お名前|名前|実名|氏名)[^。！？!?\\n]{0,20}?(?:公開|公表|掲載|拡散|アップ|載せ|のせ)(?:し|さ|いたし|させていただき|させてもらい)?(?:ます|る|ちゃう|たる|てやる)'
const EXPOSE_WRONG = /大声|騒|怒鳴|どな|迷惑|違反|暴言|暴れ|ポイ捨て|不法|落書き|いたずら|守らな|守られな|マナー|嫌がらせ|脅|[@＠]|あなた|あんた|お前/u
const EXPOSE_OK = /同意|承諾|許可|ご本人|モザイク|ぼかし|希望|応募|開催|イベント|大会|当日の様子|条例|法律|に基づ|勧告|命令|ごみ|ゴミ|投棄物|自転車|車両/u
/** …said to someone addressed, or their face or name the thing shown (not a sanction's photos of dumped waste). */
const EXPOSE_WHO = /[@＠]|あなた|あんた|お前|おまえ|様|さん|顔|名前|実名|氏名|その時の|その際の/u
/**
 * Blind R276N-004 kind (host13): someone told not to take part at all if they only complain (毎回文句ばかり書くくらいなら、最初から応募しない
 * でもらえますか, 不満を言うなら来なくていい): a warning.
 */
const COMPLAIN_THEN_DONT = '(?:文句|苦情|不満|愚痴|グチ|ぐち|ケチ|けち|クレーム|悪口)(?:ばかり|ばっかり|ばっか|ばかし|を|が)?[、\\s]?(?:言う|いう|書く|書き込む|並べる|つける|言われる|書かれる|おっしゃる|言い続ける)(?:くらい|ぐらい|の)?(?:なら|んなら|のなら|だったら|であれば)[、\\s]?(?:最初から|はじめから|初めから|もう|二度と|いっそ)?[、\\s]?[^。！？!?\\n]{0,12}?(?:ないで|なくて|せんで|やめて|おやめ|ご遠慮|控えて|お控え)'
/**
 * Blind R277T-003 kind (host13): a bad review answered with "you need not have come" (つまらなかったなら、わざわざ来なくてもよかったのでは,
 * 不満ならお越しにならなくても結構でしたのに): a warning. Not reassurance (体調が悪いなら無理に来なくても大丈夫です: no dislike named).
 */
const NEED_NOT_HAVE_COME = '(?:つまらな(?:かった|い)|楽しくな(?:かった|い)|ご不満|不満|嫌|いや|イヤ|気に入らな(?:かった|い)|お気に召さな(?:かった|い)|退屈)(?:ん|の)?(?:だった|でした)?(?:なら|のなら|んなら|ったら)[、\\s]?(?:わざわざ|無理に|無理して)?[、\\s]?(?:来|こ|いらっしゃら|お越しにならな|お越しいただかな)(?:なくても|んでも)(?:よかった|良かった|いい|よい|結構|いいのに|よかったのに)'
export const PAST_POSTS_KNOWN_PHRASES: Phrase[] = [
  {
    rule: 'hostility/confrontational',
    re: phrase(PAST_POSTS),
    need: foldAll(['過去の']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && CRITIC.test(sq) && HOME_REMARK.test(sq.slice(e, e + 160)),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(WORTH_WHO),
    need: foldAll(['十分', '充分', '結構', '構いません', 'かまいません', 'それで']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && !isReportedSpeech(sq, s, e),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(IRONIC_LESSON),
    need: foldAll(['勉強', '学び', '参考']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(READ_AGAIN_SURE),
    need: foldAll(['きっと', '必ず', 'おのずと', '自ずと', 'すぐ', '容易に', '簡単に']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && !isReportedSpeech(sq, s, e),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(SAME_FEW),
    need: foldAll(['決まった', '同じ', 'いつもの']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && !isReportedSpeech(sq, s, e),
  },
  {
    rule: 'hostility/threat',
    re: phrase(EXPOSE_IF_AGAIN),
    need: foldAll(['公開', '公表', '掲載', '拡散', 'アップ', '載せ', 'のせ']),
    instead: INSTEAD.threat,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && EXPOSE_WRONG.test(withPrevious(sq, s, e)) && EXPOSE_WHO.test(withPrevious(sq, s, e)) && !EXPOSE_OK.test(withPrevious(sq, s, e)),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(COMPLAIN_THEN_DONT),
    need: foldAll(['なら', 'だったら', 'であれば']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(NEED_NOT_HAVE_COME),
    need: foldAll(['なくても', 'んでも']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && !isReportedSpeech(sq, s, e),
  },
]

/**
 * Blind R286A-026 kind (host17): a person or group wished harm in the passive, as one disposes of an animal or vermin (子犬を捨てる
 * ような人間こそ、檻に入れられて処分されればいい, ああいう連中は駆除されたらいいのに): a curse, block. Needs the person named before
 * it in the sentence; an animal shelter's notice (殺処分ゼロを目指します, 処分される犬を減らす) has no wish and stays clean.
 * Review (rvhost): not the honorific of doing it oneself, a thing the object (所有者は…ご自身で処分されたらいいですよ, 各自で処分されたら,
 * 家具を処分されたら): ご自身で / 各自で / を just before the verb make the person the one who disposes, not the one disposed of.
 */
const DISPOSED = '(?:人間|(?<![個法一二三四五本他])人|者|連中|奴ら|やつら|奴|やつ|輩|あいつ|こいつ|そいつ|あんた|お前|おまえ|てめえ|方々|ども)(?:ら|たち|達|ども)?(?:こそ|は|も|なんか|なんて|など|って)?[、\\s]?[^。！？!?\\n]{0,20}?(?<!(?:ご自身|ご自分|自分|各自|自身|各々|おのおの|それぞれ|ご家庭|ご自宅)で|を)(?:殺処分|処分|駆除|始末|処刑|抹殺|退治)(?:され|させられ)(?:れば|たら)[、\\s]?(?:いい|良い|よい|ええ|いー|よか)'
/**
 * Blind R290P-026 kind (host17): a critic of a tender or a permit told to think what becomes of their next nomination, contract or
 * subsidy (次の指名がどうなるか、よく考えてから発言された方がいい): the city's power hinted at as punishment, a threat, block. Needs a
 * menace cue in the sentence or the one before (よく考えて, 覚悟, 調べさせていただきます); a plain worry (来年度の補助金がどうなるか、
 * まだ決まっていません) stays clean. Review (rvhost): the city speaking of its own deliberation (来年度の補助金がどうなるか、市としても
 * よく考えて予算編成を進めます) is no menace: the thinking must be asked of the reader (see POWER_MENACE).
 */
const POWER_FATE = '(?:次の|次回の|今後の|来年度の|来年の|次年度の|次の年の)?(?:指名|入札|契約|許可|営業許可|補助金|助成金|委託|発注|受注|取引|認可|更新|登録)(?:が|は|も)?[、\\s]?(?:どうなるか|どうなっても|どうなることか|どうなるやら|どうなるでしょう(?:ね|か)|どうなるかな|どうなるか(?:は)?わかりません|どうなるか(?:は)?分かりません)'
// Review (rvhost): the thinking is asked of the reader (よく考えてから発言された方が, よくお考えください, お考えになった方が), not the city's
// own deliberation (市としてもよく考えて予算編成を進めます, よく考えたうえで年内にお知らせします: no 方が / ください after it).
const POWER_MENACE = /(?:よく|よーく|よくよく|じっくり|しっかり)(?:お考え|考え)[^。！？!?\n]{0,12}?(?:方が|ほうが|ください|下さい|なさい|ることです|るこった|しろ|てろ|ろよ|とけ|ときな)|お考えになった(?:方|ほう)|(?:ご自身|ご自分)の(?:立場|ため|身|首|商売|会社|お店|店|仕事|お仕事)|覚悟|調べさせ|調べ上げ|洗い出|洗いざらい|知りません|知らんよ|知らないよ|知りませんよ|覚えて(?:おいて|おけ|いて|ろ)|お忘れなく/u
const POWER_CRITIC = /[@＠]|文句|苦情|批判|ご意見|おっしゃ|発言|クレーム|書き込|投稿|御社|貴社|あなた|あんた/u
/**
 * Blind R287L-016 kind (host17): the addressee's head said to be empty, in dialect and with a simile between (あんたの頭の中のほうが、
 * 干潮の有明海みたいにスッカスカやろ, お前の頭こそ空っぽだろ): an insult, block. Needs the addressee in the sentence or the retort ending
 * (やろ, だろ, じゃん); 頭の中を空っぽにして楽しむ and 頭の体操クイズ stay clean.
 */
const HEAD_EMPTY = '頭(?:の中)?(?:の(?:ほう|方))?(?:が|は|こそ|も)?[、\\s]?(?:[^。！？!?\\n]{0,16}?(?:みたいに|みたいな|のように|ように|並みに|くらい|ぐらい))?[、\\s]?(?:すっかすか|すかすか|からっぽ|空っぽ|がらんどう)(?!に|な(?:る|り|っ))'
const HEAD_AT_H17 = /あんた|あなた|お前|おまえ|きみ|君|貴様|てめえ|そっち|おたく|お宅|[@＠]/u
const HEAD_RETORT = /^[^。！？!?\n]{0,4}?(?:やろ|だろ|じゃん|じゃない|でしょ|ちゃろ|とやろ|やん|なんじゃ)/u
/**
 * Blind R289O-022 kind (host17): critics' opinions declared not worth hearing (…のような方々のご意見は、正直申し上げて聞くに値しない,
 * そういう批判は耳を傾ける価値もありません, そのようなご意見は論外です): critics belittled as unqualified to speak, a warning. Not
 * ご意見を参考にさせていただきます, not a rumour (根拠のない噂は信じるに値しません: no opinion named).
 */
const NOT_WORTH = '(?:ご意見|意見|ご批判|批判|ご主張|主張|ご指摘|指摘|お声|声|コメント|ご発言|発言|苦情|文句|言い分)(?:は|など|なんて|なんか|なぞ)[、\\s]?[^。！？!?\\n]{0,14}?(?:(?:聞く|お聞きする|拝聴する|傾聴する|耳を傾ける|考慮する|検討する|参考にする|取り合う|相手にする|お答えする|回答する|反論する|読む)(?:に|ほどの|だけの)?[、\\s]?(?:値しない|値しません|値せず|価値(?:は|も)?(?:ない|無い|ありません|ございません|なし))|論外)'
/**
 * Blind R287L-044 kind (host17): a critic told, politely and with a smiley, to go back and learn a basic from the start (スマホの明るさ調整
 * から勉強し直されてはいかがでしょうか(^^), 地図の見方から学び直されてはどうですか笑): a sneer, a warning. Needs a critic or their
 * words (ご指摘, コメント, @) or a smiley or 笑 after it; a class (スマホ教室で明るさ調整を学べます, 勉強会を開きます) stays clean.
 */
const RELEARN_H17 = 'から[、\\s]?(?:お?勉強し直|お?勉強しなお|学び直|学びなお|まなび直|習い直|やり直|やりなお)(?:され|なさっ|して|し)(?:ては|てみては|たら|てみたら)[、\\s]?(?:いかが|どう|どうか)'
const SMIRK_AFTER_H17 = /^[^。！？!?\n]{0,12}?(?:\(\^\^\)|\(\^_\^\)|\(\^o\^\)|\(\^\^;\)|\^\^|\(笑\)|（笑）|笑|ww|ｗｗ|😊|😄|😁|🙂|😉|🤣|😂|☺)/u
export const PASSIVE_HARM_CURSE_PHRASES: Phrase[] = [
  {
    rule: 'hostility/curse',
    re: phrase(DISPOSED),
    need: foldAll(['処分', '駆除', '始末', '処刑', '抹殺', '退治']),
    instead: INSTEAD.curse,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e),
  },
  {
    rule: 'hostility/threat',
    re: phrase(POWER_FATE),
    need: foldAll(['どうな']),
    instead: INSTEAD.threat,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const around = withPrevious(sq, s, e)
      return POWER_MENACE.test(around) && POWER_CRITIC.test(around)
    },
  },
  {
    rule: 'hostility/insult',
    re: phrase(HEAD_EMPTY),
    need: foldAll(['すかすか', 'すっかすか', 'からっぽ', '空っぽ', 'がらんどう']),
    instead: INSTEAD.insult,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && (HEAD_AT_H17.test(sentenceText(sq, s, e)) || HEAD_RETORT.test(sq.slice(e, e + 12))),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(NOT_WORTH),
    need: foldAll(['値し', '価値', '論外']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(RELEARN_H17),
    need: foldAll(['直され', '直して', '直し', 'なおされ', 'なおして']),
    instead: '相手に「基本から学び直せ」と求めず、「ご指摘ありがとうございます。今後の参考にいたします」のように、内容に丁寧に答えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      if (SELF_FIRST_OK.test(sentenceText(sq, s, e))) return false
      return CRITIC.test(sq) || SMIRK_AFTER_H17.test(sq.slice(e, e + 20))
    },
  },
]

/**
 * Blind R294I-019 kind (host18): a person's brains said to have been dropped, left or forgotten somewhere (脳みそ掘割に落としてきたんかな,
 * おつむをどこかに置いてきたんでしょうね): an insult, block. Needs someone other than the writer named in the sentence or the one before
 * (課長, あの人, あんた, @); a brain-training class (脳みそ体操, 脳トレ教室) and the writer's own joke (私、今朝は脳みそ家に置いてきたかも) stay clean.
 */
const BRAIN_LEFT = '(?:脳みそ|脳ミソ|脳味噌|のうみそ|おつむ)(?:を|は|も|、)?[、\\s]?[^。！？!?\\n]{0,12}?(?:落とし|おとし|置い|おい|忘れ|わすれ|捨て)て(?:き|こ|っ)(?:た|ちゃ|とる|てる|られ|まし|ん|と)'
/**
 * Blind R294I-019 kind (host18): a superior or colleague called incompetent, useless or a wreck with すぎる (うちの課長、資料ひとつ読めんとか
 * 無能すぎる, あの人ほんと役立たずすぎ): an insult, block (the milder うちの課長ほんとポンコツ stays a warning of its own). Needs a person
 * named before it in the sentence; not the writer (私ってポンコツすぎ), not a machine, not 無能力者 in a legal text (no すぎる).
 */
const INCOMPETENT = '(?:無能|役立たず|役たたず|やくたたず|ポンコツ|能無し|能なし)(?:さ)?(?:すぎ|過ぎ|にも程が|にもほどが|極まりな|きわまりな)'
/**
 * Blind R292E-045 kind (host18): a critic thanked for their "lofty opinion" in irony (ご高説ありがとうございます, ご高説痛み入ります,
 * ご高説拝聴しました): sarcasm, a warning. ご高説 is now said only in mockery; a book's title in 『』 stays clean.
 * Review (rvhost): sincere thanks after a lecture (先生のご高説、誠にありがとうございました, 田中先生のご高説を拝聴し、大変勉強になりました)
 * stay clean: needs a critic addressed (@, コメント, ご指摘) or a dare or a laugh after it (そこまでおっしゃるなら, （笑）, w), and no
 * named lecturer (先生, 講師, 講演, 教授) in the sentence.
 */
const LOFTY_CRITIC = /[@＠]|コメント|コメ欄|ご指摘|ご批判|ご意見|ご主張|リプ|書き込/u
const LOFTY_SNEER = /^[^\n]{0,60}?(?:そこまで(?:おっしゃる|仰る|言う|いう|言われる)|[(（](?:笑|爆笑|苦笑|失笑)[)）]|(?<![A-Za-z0-9])[wｗ]+(?![A-Za-z0-9.])|😏|🙄|🤭|🤣|😂)/u
const LECTURER_H18 = /先生|講師|講演|教授|博士|講義|講話|セミナー|シンポジウム|基調|ご講|研修/u
const LOFTY_THANKS = '(?:ご高説|御高説|ありがたいご高説|貴重なご高説)(?:を|、)?[、\\s]?(?:どうも|誠に|まことに|本当に|大変)?[、\\s]?(?:ありがとう|有難う|有り難う|痛み入|いたみい|恐れ入|拝聴|承りまし|うけたまわりまし|感謝)'
/**
 * Blind R292E-045 kind (host18): a critic dared to do the job themselves, politely and with a laugh (そこまでおっしゃるなら、次回はぜひ
 * 班長としてご活躍ください（笑）, そこまで言うならぜひご自分でやってみてくださいw): a taunt, a warning. Needs a laugh or smirk after it;
 * a sincere invitation (そこまでおっしゃるなら、ぜひ一度ご参加ください。お待ちしています) stays clean.
 */
const DARE = 'そこまで[、\\s]?(?:おっしゃる|仰る|言う|いう|言われる|いわれる|言い張る|書く|書かれる)(?:の)?(?:なら|のであれば|んなら|んだったら|のでしたら)[、\\s]?[^。！？!?\\n]{0,30}?(?:ぜひ|是非)[^。！？!?\\n]{0,30}?(?:ください|下さい|くださいね|どうぞ|お願いします|お願いいたします|してみて|やってみて)'
const SMIRK_AFTER_H18 = /^[^。！？!?\n]{0,6}?(?:[(（](?:笑|爆笑|苦笑|失笑)[)）]|笑|w|ｗ|😏|🙄|🤭|😆|🤣|😂|\(\^\^\)|\^\^)/u
/**
 * Blind R291F-025 kind (host18): another town or its facility run down in the city's voice (お隣の町の道の駅は品ぞろえも味もいまひとつで、
 * わざわざ足を運ぶほどではなかった, 隣の市の公園は大したことない, 〇〇町の祭りは行く価値なし): belittling a neighbour, a warning. Needs
 * the other place named before it in the sentence (putsDownPlace: not humble, not a joint project); the weather, and a praise of
 * both (お隣の大川市の道の駅もおすすめです) stay clean.
 */
const RUN_DOWN = '(?:いまひとつ|いまいち(?!ど)|今ひとつ|今一つ|今いち|今イチ|大したことな|たいしたことな|大したことあり|たいしたことあり|大したことはな|大したことはあり|(?:わざわざ)?(?:足を運ぶ|行く|いく|寄る|訪れる|出かける|でかける|出向く)(?:ほど|価値|だけの価値)(?:の(?:もの|場所|所|ところ))?(?:で|じゃ)?(?:は|が|も)?[、\\s]?(?:ない|なかっ|ありません|あらへん|なか|なし))'
const WEATHER_H18 = /天気|天候|空模様|雨|曇|晴れ|気温|景気|売れ行き|人出|集客|客足|参加者|入り/u
export const BRAINS_DROPPED_PHRASES: Phrase[] = [
  {
    rule: 'hostility/insult',
    re: phrase(BRAIN_LEFT),
    need: foldAll(['脳みそ', '脳ミソ', '脳味噌', 'のうみそ', 'おつむ']),
    instead: INSTEAD.insult,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const t = sentenceText(sq, s, e)
      return PERSON_H18.test(withPrevious(sq, s, e)) && !SELF.test(t)
    },
  },
  {
    rule: 'hostility/insult',
    re: phrase(INCOMPETENT),
    need: foldAll(['無能', '役立たず', '役たたず', 'やくたたず', 'ポンコツ', '能無し', '能なし']),
    instead: INSTEAD.insult,
    keep: incompetentKeep,
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(LOFTY_THANKS),
    need: foldAll(['高説']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      if (LECTURER_H18.test(sentenceText(sq, s, e))) return false
      return LOFTY_CRITIC.test(withPrevious(sq, s, e)) || LOFTY_SNEER.test(sq.slice(e, e + 80))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(DARE),
    need: foldAll(['そこまで']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && SMIRK_AFTER_H18.test(sq.slice(e, e + 14)),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(RUN_DOWN),
    need: foldAll(['いまひとつ', 'いまいち', '今ひとつ', '今一つ', '今いち', '今イチ', '大したこと', 'たいしたこと', 'ほど', '価値']),
    instead: '他の自治体や施設を下げず、柳川の魅力そのものを紹介してください',
    keep: (sq, s, e) => {
      if (!putsDownPlace(sq, s, e, false) || isReportedSpeech(sq, s, e)) return false
      const sen = sentenceOf(sq, s, e)
      const before = sq.slice(sen.start, s).replace(/柳川市?|本市|当市/gu, '')
      return OTHER_PLACE56.test(before) && !WEATHER_H18.test(sq.slice(sen.start, sen.end))
    },
  },
]
