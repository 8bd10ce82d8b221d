/**
 * rebuttal/argument — the phrase table, part 3 of 4 (4(5), 6(2)): phrases of counter-claims, denials, protests at the press,
 * self-justification and blame put back on critics, each with its conditions (`Phrase`: needsCriticism, notWithApology, unless …)
 * which keep the look-alikes clean: an apology or a correction in the paragraph, thanks or a fix, a worry reassured, a rumour or a
 * hoax set right, a finding told as such. The table is one check order (index.ts spreads the parts in turn), so its entries stay
 * in the order they had: regrouping them by kind would change which finding claims a span first. Kinds in this part:
 * 苦情の原因を相手に帰す反論, 批判に対する弁明, 批判に対する不満, TO_CRITIC, 責任を否定する弁明, 相手の見落としを指摘する反論, 苦情への言い返し, 批判に対する反論, 批判への反論, 苦情を言う人を突き放す反論,
 * 報道や批判への抗議・反論, 批判者に削除や謝罪を求める反論, 報道や批判への反論, 批判や情報を否定する表現, 相手の誤りを指摘する反論, 苦情への弁明, 苦情に記録を示して反論する表現, 苦情を疑う反論, 苦情の内容を否定する反論,
 * 批判の表現への反論, 批判する人を見下す反論, 苦情の原因を利用者に帰す反論, 批判を否定する弁明, 批判に数字で反論する表現, 相手に責任を転嫁する反論, 疑う相手への言い返し, 批判した相手への言い返し,
 * 批判した相手を無知だとする反論, 苦情の責任を市民に転嫁する反論, 批判者を無知だとする反論, 苦情に対する弁明, 批判した相手に根拠を問いただす反論, 苦情を相手の勘違いとする反論, 批判した相手への反論, 苦情への反論,
 * 苦情を利用者側の誤りとする反論, 責任を否定する反論, 批判を相手のせいにする反論, 指摘された誤りを否定する反論, 苦情を記録や相手の都合で否定する反論, 批判の声を小さく扱う反論, 批判をはねつける返答, 批判への言い返し,
 * 批判した人を責める反論, 苦情の事実を否定する反論, 批判に言い返す反論.
 */
import { phrase } from '../../words'
import type { Phrase } from './context'
import { APOLOGY, ARGUED_IN_ADVANCE, ASKER_REASSURED, CHECK_DONE, CITY_FAULT_QUOTED, CITY_LISTENING, COMPLAINT_HEARD, CRITICISM_RECEIVED, FAULT_COMPLAINT_HEARD, FAULT_REPORTED_TURNED, INSTEAD, JUSTIFYING, LISTENED_OR_REASSURED, NOTICE_COMPLAINT, NOTICE_CONCEDED, POSTING_ADVICE, READ_COND, STILL_CHECKING, TO_CRITIC, WORRY_OR_PRAISE_REPORTED } from './context'

export const PHRASE_TABLE_3: Phrase[] = [
  // Round 45: a complaint heard, then those who suffer it named in a cleft as the ones who skipped a step (「待ち時間が長すぎる」という
  // 声を見かけますが、長くお待ちいただいているのは、ほとんどが予約をされずに来られた方です, 届いていないのは申請書を出していない方だけです;
  // after a criticism; not a rule told: 整理券が必要なのは予約をされていない方です, ご利用になれるのは登録していない方のみです).
  {
    re: phrase('(?<!(?:必要|対象|必須|可能|無料|有料|限定|優先|該当)(?:な|と(?:なる|なります))?|れる|できる|ける|える|なる)のは[、,\\s]?(?:ほとんど|大半|大部分|多く|たいてい|主に|おもに|ほぼ|いずれも)?(?:が|の場合|の方が)?[、,\\s]?[^。！？!?\\n]{0,20}?(?:ず(?:に)?|ないで|なかった|ていない|てない|ておられない|ていらっしゃらない|ておらず)[^。！？!?\\n]{0,8}?(?:方|人|方々|人たち|皆さん|皆さま|皆様)(?:です|でございます|ばかり|だけ|のみ|に限られ)'),
    need: ['のは'],
    what: '苦情の原因を相手に帰す反論',
    instead: INSTEAD.justify,
    notWithApology: true,
    notWithRemedy: true,
    needsCriticism: true,
    unless: CITY_LISTENING,
  },
  // … or the wrongdoing named as the residents' own in a cleft (ごみを捨てているのは利用者の皆さんです, 遅れているのは書類を出していない
  // 方のものです; after a criticism received; not thanks: 公園をきれいにしているのは地域の皆さんです).
  {
    re: phrase('(?:捨て|汚し|散らか|壊し|放置し|違反し|守っていない|守らない|守らず|遅れ|忘れ|間違え|出していない|出さない)(?:て(?:いる|る|いた|た)|た|る|ない)?の(?:は)[、,\\s]?(?:ほかでもない|ほかならぬ|ほとんど|たいてい|大半が)?[、,\\s]?(?:利用者|市民|住民|皆さん|皆さま|皆様|ご本人|申請者|保護者|ドライバー|観光客|一部の(?:方|利用者|市民|住民))(?:の皆さん|の皆さま|の皆様|の方々|ご自身|自身|側)?(?:です|でしょう|なんです|ですよ|だ(?=[。！!]|$)|やけん|ばい)|(?:ない|ていない|なかった)(?:方|人)の(?:ごみ|ゴミ|車|自転車|申請|書類|分)(?:です|でしょう|ばかり|だけ)'),
    ...JUSTIFYING,
    needsCriticism: true,
    strongCriticism: true,
    orReply: true,
  },
  // Regret that the critics do not understand (それをご理解いただけていないのは残念です, 分かってもらえないのは悲しいです, ご存じないのは
  // 残念でなりません; not the city's own shortfall: 周知が行き届かず、ご理解いただけていないのは私どもの説明不足です).
  {
    re: phrase('(?:(?:ご理解|理解|ご認識|お分かり|分かって|わかって|ご存じ|ご存知|知って)(?:を)?(?:いただけ|頂け|され|して|もらえ|いただいて|頂いて|くださって|になって|になれ|もろて)?(?:てい|てお|てもらえてい)?(?:ない|ません|なかった|ありません|おられない)|知らん(?:やった|かった)|知らんかった|知らなかった)(?:方がいる|方がおられる|方が多い)?(?:の|こと|よう|と)(?:は|が|なのは)[、,\\s]?(?:大変|非常に|とても|誠に|本当に|まことに|ただただ)?(?:残念|遺憾|悲しい|悲しく|心外|寂しい|寂しく|さみしい|無念)|(?:ご理解|お分かり|分かって|わかって)(?:を)?(?:いただけ|頂け|もらえ|くださら)(?:ず|なくて|ないのが|んのが)[、,\\s]?(?:大変|非常に|とても|誠に|本当に|まことに|ただただ)?(?:残念|遺憾|悲しい|悲しく|心外|寂しい|寂しく|さみしい|無念)|ご理解(?:が|を)得られ(?:ない|ず|ません)(?:の|こと)?(?:は|が)?[、,\\s]?(?:大変|非常に|とても|誠に|本当に|まことに|ただただ)?(?:残念|遺憾|悲しい|悲しく|心外|寂しい|寂しく|さみしい|無念)'),
    what: '批判に対する不満',
    instead: INSTEAD.justify,
    notWithApology: true,
    needsCriticism: true,
    orReply: true,
    unless: /説明不足|周知不足|力不足|至らな|私どもの|不十分/u,
  },
  // Round 44: the critic's understanding said to be wrong, softened into a question or a guess (ご認識が違っているのではないでしょうか,
  // お考えに誤りがあるのではありませんか, ご理解が少しずれているのかと存じます, 受け止め方が間違っていませんか). The subject is
  // the reader's own view, in keigo or named as theirs (ご認識, お考え, ご解釈, そちらの認識): not a campaign's 「自分は大丈夫」
  // というその認識が間違っているのでは, not a setting or a number (設定が違っているのではないでしょうか).
  {
    re: phrase(
      '(?:ご認識|ご理解|お考え|ご見解|ご解釈|お受け止め|お見立て|(?:その方|そちら|あなた|貴方|投稿者|ご本人)(?:様|さん|の方)?の(?:認識|理解|考え|解釈|受け止め方|捉え方|とらえ方|見方))(?:が|に|は|の方が|のほうが)?[、,]?(?:少し|やや|いささか|若干|ちょっと|多少|何か|どこか|根本的に|そもそも)?(?:(?:(?:違って|間違って|誤って|ずれて|食い違って|異なって)(?:いる|おられる|いらっしゃる|る|おる|とる|らっしゃる)?|(?:誤り|間違い|ずれ|食い違い|行き違い|相違)(?:が)?(?:ある|あります|ございます|おありになる))(?:の|ん)(?:では|じゃ)(?:(?:ない|ありません|ございません)(?:でしょう|です|だろう)?(?:か|かと|(?=[？?]))|(?=[？?]))|(?:違って|間違って|誤って|ずれて)(?:い|おられ|いらっしゃい)(?:ません|ない)(?:でしょう)?(?:か|(?=[？?]))|(?:違って|間違って|誤って|ずれて)(?:いる|おられる|いらっしゃる)(?:よう|もの|の)?(?:かと|と)(?:存じ|思い|思わ|考え))(?!と?(?:ご)?(?:心配|不安|お悩み|思われ|お思い|感じ|迷))',
    ),
    need: ['認識', '理解', 'お考え', '見解', '解釈', '受け止め', '見立て', '捉え方', 'とらえ方', '見方', '考え'],
    ...TO_CRITIC,
  },
  // Round 47: the city's fault denied, the task it failed at named in a compound (市の配布ミスではありません, 当課の事務処理ミスでは
  // ございません, 市役所の送付漏れじゃなかです, 市側の確認不足によるものではありません): the charge a complaint makes refused, with or
  // without the complaint in the same paragraph; not an admission (市の配布ミスにより…お詫び), not a doubt asked (市の入力ミスではないか),
  // not the finding of an inspection told as such (点検の結果、市の設定ミスではなく…), not another city's (他市の).
  // Blind R236I-036 kind: also with the task joined by の (当方の連絡の誤りによるものではございません, 市の説明の不足によるものではありません,
  // 当課の案内の手違いではございません): the same fault denied, the task named as a noun of its own.
  {
    re: phrase('(?:(?<![他各都隣])市|当市|本市|当課|当部|当局|市役所|役所|行政|当方|私ども|当館|当センター|当施設|担当課)(?:側)?の(?:[一-龠々ァ-ヶー]{1,6}の)?[一-龠々ァ-ヶー]{0,6}?(?:ミス|不備|落ち度|過失|手落ち|不手際|怠慢|手違い|不注意|漏れ|もれ|誤り|間違い|(?:確認|周知|説明|準備|配慮|連絡|調査)不足)(?:によるもの|のせい)?(?:で|では|じゃ)(?:は)?(?:なく|ない(?![かよ]|でしょう)|ありません|ございません|なか)'),
    need: ['ミス', '不備', '落ち度', '過失', '手落ち', '不手際', '怠慢', '手違い', '不注意', '漏れ', 'もれ', '誤り', '間違い', '不足'],
    what: '責任を否定する弁明',
    instead: INSTEAD.justify,
    notWithApology: true,
    notAsFinding: true,
  },
  // Round 47: after a complaint received, the notice said displayed all along and the critic told to look carefully (料金の表示がわかり
  // にくいとのご意見ですが、入口に大きく掲示しておりますので、よくご覧いただければと存じます, ホームページに掲載しておりますので今一度
  // ご確認ください, 載せとりますけん、よう見てもらえたら): the critic's oversight implied; not a pointer with no complaint (料金は入口に
  // 掲示しておりますので、ご覧ください), not a fix announced (表示を見直し…).
  // Blind R198I-036: the notice told in a sentence of its own, or two places listed (地図を掲載しておりますし、ホームページでも公開して
  // います。まずはよくご確認いただければと存じます), then the critic told to look carefully in the next sentence.
  {
    re: phrase('(?:掲示|掲載|記載|表示|明記|案内|ご案内|お知らせ|告知|周知|書い|載せ|貼っ|張っ)(?:し)?(?:て|と|ち)(?:おります|おりました|あります|ございます|います|いました|ます|る|ります)(?:(?:ので|から|し|が|けん|けど)[、,\\s]?(?:[^。！？!?\\n]{0,30}?(?:います|おります|あります|ございます)[。！!]\\s?)?|[。！!]\\s?)[^。！？!?\\n]{0,10}?(?:よく|よーく|よう|しっかり|ちゃんと|きちんと|今一度|いま一度|もう一度|もういちど|改めて|あらためて|隅々まで|注意して|最後まで)[、,\\s]?(?:ご覧|お読み|ご確認|見て|読んで|確認して|お目通し)(?:いただ|頂|くださ|下さ|になって|もら|ほし)'),
    need: ['よく', 'よーく', 'よう', 'しっかり', 'ちゃんと', 'きちんと', '今一度', 'いま一度', 'もう一度', 'もういちど', '改めて', 'あらためて', '隅々まで', '注意して', '最後まで'],
    what: '相手の見落としを指摘する反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    notWithRemedy: true,
    needsCriticism: true,
    strongCriticism: true,
  },
  // Blind R203I-034 kind (after the round-47 entry, whose longer span claims first): after a complaint heard, the rule or the notice
  // said to be written down plainly, 明記 (clearly stated) itself the emphasis (ご不満はごもっともですが、要項の2ページに「…」と明記しております, 申込期限は案内に明示してあります, はっきりと記載しております):
  // the complainant told it was there to read. Only what stands written (しております, されています), not a fix (明記しました, 明記いたします),
  // not with no complaint (条件は要領に明記しております。ご確認ください), not with thanks or a concession.
  {
    re: phrase('(?:明記|明示)(?:して(?:おり(?:ます|ました)|あります|ありました|ございます)|されて(?:おり(?:ます|ました)|います|いました)|しとります|しとる|してある)|(?:はっきり(?:と)?|明確に)(?:書い|記載し|記し|お示しし|示し|掲載し|表示し|掲示し)て(?:おり(?:ます|ました)|あります|ありました|ございます)'),
    need: ['明記', '明示', 'はつきり', '明確に'],
    what: '苦情への言い返し',
    instead: INSTEAD.critic,
    notWithApology: true,
    notWithRemedy: true,
    alsoNeeds: NOTICE_COMPLAINT,
    unless: NOTICE_CONCEDED,
  },
  // Round 48: a remark the writer was told or found written, reported in any register, then flatly denied with そんなことない
  // (「こたつ舟は高すぎ、ぼったくり」って言われたけど、そんなことないモン！, …と書かれていましたが、そのようなことはございません, …って
  // 言われよるばってん、そげなことなかよ): the critic answered back. Not a myth set right (…とよく言われますが: rumourDenial), not a
  // thought (と思われがちですが), not a worry or praise waved off (「私にできるかな」と言われましたが / 「優しいね」って言われたけど).
  {
    re: phrase('(?:って|と|っち|ち)(?:書かれ|書いて|書き込まれ|書き込んで|書いと|言われ|言って|言っと|言うと|言いよ|言うて|(?<=って|っち)(?:いって|いっと|言う|いう)(?=る|ひと|人|方)|おっしゃ|仰|コメントされ|投稿され|ご意見をいただ|お電話をいただ)[^。！？!?\\n]{0,8}?(?:けど|けれど|けども|ばってん|ばって|が)[、,\\s]*(?:そんな|そげな|そがん|そげん|そぎゃん|そのような|そういう)(?:こと|事)(?:は|って|も)?[、,\\s]?(?:全然|ぜんぜん|全く|まったく|決して|一切|絶対)?(?:ない|ありません|ございません|なか|ねえ)(?!と思って|と思い|と考え|か[？?]|かも|でしょうか|ように|よう(?:に|な))'),
    need: ['そんな', 'そげな', 'そがん', 'そげん', 'そぎやん', 'そのような', 'そういう'],
    what: '批判に対する反論',
    instead: INSTEAD.deny,
    notWithApology: true,
    rumourDenial: true,
    unless: WORRY_OR_PRAISE_REPORTED,
  },
  // Round 48: the writer announcing a rebuttal of their own in the causative of leave, in any register (反論させてもらうモン,
  // 反論させていただきます, 言い返させてもらうね, 一言物申させていただきます): let me argue back. Not a class where students are made
  // to argue (生徒に反論させてから考えをまとめる), not the city's rule of not arguing (反論はいたしません).
  // Blind R263F-034 kind: or in the casual "I'll just say it" of しておく (…むしろ安いくらいって反論しときますね, 一応言い返しておきます,
  // 反論しとこう; `ARGUED_IN_ADVANCE`).
  {
    re: phrase('(?:反論|言い返|反駁|物申|抗議)(?:させて|さして)(?:もら(?:う|います|いま|お|っ)|いただ(?:く|き(?:ます|たい))|頂(?:く|き(?:ます|たい))|ください|下さい|くれ(?![るた]))|' + ARGUED_IN_ADVANCE),
    need: ['反論', '言い返', '反駁', '物申', '抗議'],
    what: '批判への反論',
    instead: INSTEAD.critic,
  },
  // Round 48: what the critic said called a lie, in any register or dialect, a gloss in brackets allowed (それはすらごつ（うそ）ですよ〜！,
  // そりゃ嘘ばい, それ、デタラメだよ): said to a critic (a reply, or a paragraph with criticism). Not a rumour or a fraud's pretext set right
  // (rumourDenial), not a worried asker reassured (ご安心ください), not an affirmation (それはうそじゃないよ), not a question (うそでしょ？).
  {
    re: phrase('(?:それ|そりゃ|そら|それは|そいは|そいつは|そっちは)[、,]?\\s?(?:完全に|完全な|ただの|単なる|全くの|まったくの|真っ赤な|まっかな|とんだ|明らかな|ぜんぶ|全部)?(?:大うそ|大嘘|うそ|嘘|すらごつ|すらごと|そらごと|でたらめ|デタラメ|作り話|ガセ|デマ)(?:[（(][^）)\\n]{1,8}[）)])?(?:やけん|やけ|や[！!〜~。]|っす|だよ|だって|ですよ|ばい|たい|じゃけ|じゃ[！!〜~]|だから|なんです|なんだ|やで|です(?=[！!〜~。]|$)|でございます|だ(?=[！!〜~。]|$)|よ[！!〜~])(?!ね?[？?])'),
    need: ['うそ', '嘘', 'すらごつ', 'すらごと', 'そらごと', 'でたらめ', '作り話', 'がせ', 'でま'],
    ...TO_CRITIC,
    rumourDenial: true,
    unless: ASKER_REASSURED,
  },
  // Blind R128I-103: after a complaint received, those who do not accept it told to go elsewhere (「うるさい」とのご意見をいただき
  // ましたが…ご理解いただけない方は、その期間は市外にお出かけください, ご不満な方はよその町へどうぞ, 納得できない人は引っ越されては
  // いかがですか): the complaint pushed back, not answered. Not a guide with no complaint (混雑が苦手な方は、平日のお出かけがおすすめです),
  // not an evacuation (不安な方は市外の親戚宅などへ避難してください).
  {
    re: phrase('(?:ご理解いただけない|ご理解いただけません|ご理解頂けない|理解できない|ご納得いただけない|納得できない|納得いかない|ご不満の|ご不満な|不満な|気に入らない|お気に召さない|お嫌な|嫌な|我慢できない|ご辛抱いただけない)(?:方|人|方々|場合)(?:は|には|も)[、,\\s]?[^。！？!?\\n]{0,16}?(?:市外|町外|村外|県外|よそ|余所|他所|他の(?:地域|場所|町|市|自治体)|ほかの(?:地域|場所|町|市)|別の(?:場所|地域|町|市))[^。！？!?\\n]{0,6}?(?:に|へ|で)[、,\\s]?(?:お出かけ|お出掛け|出かけ|出掛け|お引っ越し|引っ越|お引越し|引越し|転居|移住|移られ|移って|行かれ|行って|過ごされ|お過ごし|どうぞ)'),
    need: ['理解', '納得', '不満', '気に入ら', 'お気に召さ', '嫌な', '我慢', '辛抱'],
    what: '苦情を言う人を突き放す反論',
    instead: INSTEAD.justify,
    needsCriticism: true,
    orReply: true,
  },
  // Blind R131I-016: after a complaint received (「…高い」とレビューに書かれた方へ, とのご意見), what the critic wants sent to another shop or
  // place (安いものが食べたいならチェーン店へどうぞ, 静かに過ごしたい方はよその観光地へ, 量を求めるなら他のお店に行かれては): the complaint
  // pushed back, not answered. Not a guide with no complaint (お土産を買いたいなら駅前の店へどうぞ), not with thanks to the critic.
  {
    re: phrase('(?:たい|たければ|がいい|が良い|がお好み|がお好き|をお望み|をお求め|を求める|をご希望|が欲しい|がほしい|ご希望|お望み)(?:の)?(?:なら|ならば|でしたら|だったら|のでしたら|のであれば|方は|人は|方には|場合は)[、,\\s]?[^。！？!?\\n]{0,14}?(?:チェーン店|ファミレス|ファストフード|コンビニ|他店|よそ|余所|他所|他の(?:お)?店|ほかの(?:お)?店|別の(?:お)?店|他の(?:施設|地域|場所|町|市|観光地|旅館|ホテル)|ほかの(?:施設|地域|場所|町|市|観光地)|別の(?:施設|場所|町|市|観光地))[^。！？!?\\n]{0,4}?(?:へ|に|で)[、,\\s]?(?:どうぞ|行って|行かれ|いらして|お越し|お出かけ|お出掛け)'),
    need: ['ちえーん店', 'ふあみれす', 'ふあすとふーど', 'こんびに', '他店', 'よそ', '余所', '他所', '他の', 'ほかの', '別の'],
    what: '苦情を言う人を突き放す反論',
    instead: INSTEAD.justify,
    needsCriticism: true,
    orReply: true,
    unless: phrase('ありがとう|ありがたく|感謝|申し訳|お詫び', 'u'),
  },
  // Round 49: the critic's claim put down to their own mistake, softened into a polite question or guess (「英語が全く通じなかった」
  // とのことですが、何かのお間違いではないでしょうか, お客様の勘違いではございませんか, 何かの間違いじゃなかですか？, お聞き違いではないかと
  // 存じます): said to a critic. The mistake is the reader's by its word (勘違い, 聞き違い, お間違い) or by 何かの; plain 間違い alone is not
  // (〜と考えるのは間違いではないでしょうか). Not a step to check (お間違いではないか、ご確認ください), not a thought (間違いではないかと思い、).
  {
    re: phrase('(?:(?:何か|なにか|何らかの|なんらかの)の?(?:お)?(?:間違い|間違え|勘違い|思い違い|手違い|行き違い|聞き違い|聞き間違い|見間違い|記憶違い)|(?:お間違い|お間違え|お聞き違い|お聞き間違い|お思い違い|お見間違い|ご記憶違い|お取り違え|お読み違い)|(?:勘違い|思い違い|聞き違い|聞き間違い|見間違い|記憶違い|人違い|取り違え|読み違い))(?:では|じゃ|や)(?:ないでしょうか|ないですか|ないですかね|ないかと(?:存じます|思います|思われます)|ありませんか|ございませんか|ございませんでしょうか|ありませんでしょうか|なかですか|なかと(?:ですか)?[？?]|なかろうか|ないっすか|ない[？?]|ね[？?])'),
    need: ['間違', '勘違い', '思い違い', '手違い', '行き違い', '聞き違い', '見間違い', '記憶違い', '人違い', '取り違え', '読み違い'],
    ...TO_CRITIC,
  },
  // Blind R160I-100: the complaint put down to the complainant's own act, judged late or wrong as a polite question (ごみが回収されていな
  // かったとのことですが、…お出しいただいた時間が遅かったのではないでしょうか, ご記入いただいた番号が違っていたのではないでしょうか, 出された
  // 時間が遅かったんじゃないですか): said to a critic. The act is the reader's by the honorific (お…いただいた, ご…された, 出された); not a
  // worry shared (お待ちいただいた時間が長かったのではないでしょうか: no fault named), not a step to check (…違っていないか、ご確認ください).
  {
    re: phrase('(?:(?:お|ご)[一-龠々ぁ-ゖ]{1,6}?(?:いただいた|頂いた|になった|された|くださった)|[一-龠々]{1,3}(?:され|なさっ)た)[一-龠々ぁ-ゖ]{0,6}?(?:時間|時刻|日|日付|日時|番号|金額|住所|場所|曜日|内容|方法|書類|手順|袋|分別|タイミング)?(?:が|の)?[、,]?(?:遅かった|遅れていた|遅れた|遅すぎた|早すぎた|違っていた|違った|間違っていた|誤っていた|足りなかった|不足していた|不十分だった|不備があった)(?:の|ん)(?:では|じゃ)(?:ないでしょうか|ないですか|ありませんか|ございませんか|ないかと(?:存じます|思います|思われます)|なかですか)'),
    need: ['遅', '早すぎ', '違', '誤', '足りな', '不足', '不十分', '不備'],
    ...TO_CRITIC,
  },
  // Blind R160I-087: the critic told to check before posting with うえで for から (記載内容をご確認のうえでご投稿いただけますと幸いです, ページを
  // お読みいただいたうえでご意見をいただければと思います): a wish aimed at the one who posted, only where a criticism is answered or in a
  // reply. A form's instruction (規約をご確認のうえ、ご応募ください) asks with ください, not a wish, and posts nothing back.
  {
    re: phrase('(?:ご確認|確認|ご覧|お読み|ご一読|お調べ|お確かめ)(?:の|いただいた|になった|された|した)(?:うえ|上)(?:で)?[、,]?(?:ご|お)?(?:投稿|発言|発信|コメント|書き込み|意見|批判|指摘|お書き|レビュー|口コミ)(?:を)?(?:いただ(?:ければ|けると|けたら|きたい|けますと|けましたら)|頂(?:ければ|けると|けますと|きたい)|願えれば|して(?:ほしい|欲しい|いただきたい|いただければ|いただけますと))'),
    need: ['うえ', '上'],
    ...TO_CRITIC,
  },
  // Blind R160I-047: after a criticism received, the critics told they will surely see the city was right once they look (数字を見ていただければ、
  // 仕方のない判断だったと分かっていただけるはず, 資料をお読みいただければご理解いただけるものと考えております): an argument for the decision,
  // confident (はず, ものと, と確信). Not a guide's polite guess (ご覧いただければお分かりになると思います: GUIDE_LOOK), not with thanks or a fix.
  {
    re: phrase(`${READ_COND}[、,\\s]?[^。！？!?\\n]{0,30}?(?:分かって|わかって|ご理解|理解して|ご納得|納得して)(?:いただける|いただけた|もらえる|くださる|頂ける)(?:はず|ものと|と確信)`),
    need: ['はず', 'ものと', '確信'],
    what: '批判への反論',
    instead: INSTEAD.justify,
    notWithApology: true,
    needsCriticism: true,
    strongCriticism: true,
    unless: CITY_LISTENING,
  },
  // Round 49: a protest at the press, the correction or apology demanded with an adverb of force (同誌に対し記事の訂正を強く求めて
  // おります, 謝罪を厳重に要求しました, 削除を改めて申し入れました), when a report or a post is named. Not a request to a regulator
  // (財源の確保を強く求めております), not advice (削除を速やかに求めてください), not a firm named in a consumer notice (表示の訂正を
  // 強く求めています, no report in it).
  {
    re: phrase('(?:訂正|謝罪|削除|撤回|取り消し|取消し|取消)(?:と(?:訂正|謝罪|削除|撤回|取り消し))?(?:を|も)[、,\\s]?(?:強く|厳しく|厳重に|改めて|あらためて|正式に|直ちに|ただちに|速やかに|すみやかに|重ねて|文書で|書面で|断固として|断固|毅然と)[、,\\s]?(?:求め|要求し|要求いたし|要請し|要請いたし|申し入れ)(?:て(?:おります|います|まいります|いきます|おり(?=[、,]))|ます|ました|る(?:所存|方針|考え))'),
    need: ['訂正', '謝罪', '削除', '撤回', '取り消し', '取消'],
    what: '報道や批判への抗議・反論',
    instead: INSTEAD.press,
    notWithApology: true,
    alsoNeeds: phrase('報道|報じ|記事|週刊誌|雑誌|新聞|同誌|同紙|番組|放送|記者|マスコミ|メディア|投稿|書き込み|ネットニュース', 'u'),
  },
  // Blind R304W-028 kind (unreb21): the writer of a post told to take it down or to apologise (書き込んだ方は速やかに削除し、謝罪されるべき
  // です, 投稿した人は謝罪してください, 発信者は撤回すべきです): the critic called to account by the city. The poster must be the subject
  // and the demand an apology, or a removal said to be owed (べき); a request to take down one's own mistaken personal data (誤って
  // 投稿した方は削除してください) owes no apology and is no rebuttal.
  {
    re: phrase('(?:(?:書き込んだ|書きこんだ|投稿した|投稿された|発信した|拡散した|流した|広めた|書かれた|書いた)(?:方|人|者|方々|人たち)|投稿者|発信者|書き込み主)(?:は|には|も|におかれましては)[、,]?[^。！？!?\\n]{0,16}?(?:(?:謝罪|お詫び|おわび)(?:を)?(?:し|され|なさ|いただ|頂)?[^。！？!?\\n]{0,4}?(?:るべき|べき|てください|て下さい|ていただきたい|ていただけ|てほしい|て欲しい|を求め|を要求)|(?:謝っ|あやまっ)(?:て(?:ください|下さい|ほしい|いただきたい))|(?:削除|撤回|訂正|取り消し)(?:を)?(?:する|される|なさる|す|し)?べき|(?:取り下げ|とりさげ|消さ|消)(?:る|られる|れる|す|される)?べき)'),
    need: ['謝罪', 'お詫び', 'おわび', '謝っ', 'あやまっ', '削除', '撤回', '訂正', '取り消し', '取り下げ', 'とりさげ', '消す', '消される'],
    what: '批判者に削除や謝罪を求める反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    // Review of 4e77ae70 (rvunreb55): a general lesson (情報モラル講座より：誤った情報を拡散した人は…訂正するべきです; いじめ防止月間。友だちの
    // 悪口を書き込んだ人は、相手に…謝ってください) tells anyone how to behave, not the city's critic: the paragraph must be about a claim
    // against the city (「市が…」という書き込み, 書き込みが広がって, デマ, 作り話, 事実無根) or name a report, and not be a lesson (講座,
    // 防止, 月間, 教室, モラル, 友だち).
    alsoNeeds: phrase('(?:当|本|[^都]|^)市(?:が|は|の|役所|長|職員)|市役所|職員(?:が|は)|(?:書き込み|投稿|うわさ|噂|情報|話)(?:が|も)[^。！？!?\\n]{0,8}?(?:広が|拡散|出回|流れ|飛び交)|デマ|作り話|事実無根|虚偽|でたらめ|事実(?:では(?:ありません|ない|ございません)|と(?:異な|違))|記事|報道|誹謗|中傷', 'u'),
    unless: phrase('講座|教室|研修|授業|防止|月間|週間|啓発|モラル|リテラシー|友だち|友達|いじめ|子ども(?:たち)?(?:へ|に)', 'u'),
  },
  // Round 49: a report or a criticism said to misread the facts (当該記事は事実を著しく誤認したものであり, 番組は経緯を大きく誤認して
  // います, ご指摘は数字を誤解されたものです): the press or the critic the subject. Not a causative (事実を誤認させる表示), not a tendency
  // (誤認しやすい), not the city's own misreading (apologised for).
  {
    re: phrase('(?:記事|報道|番組|見出し|放送|週刊誌|新聞|ニュース|投稿|書き込み|コメント|ご?指摘|ご?批判|ご?主張|同誌|同紙|同記事|同番組|当該記事|当該報道)(?:は|が|の内容は|の記述は|の内容が)[、,]?[^。！？!?\\n]{0,20}?(?:事実|事実関係|実態|経緯|状況|数字|数値|内容|制度|趣旨)(?:を|について|に関して)[、,]?(?:著しく|大きく|明らかに|完全に|全く|まったく|根本的に|重大に)?(?:誤認|誤解|曲解|取り違え)(?:された|した|して(?:い|お)(?:ます|ります|る)|しており|しとる)'),
    need: ['誤認', '誤解', '曲解', '取り違え'],
    what: '報道や批判への反論',
    instead: INSTEAD.press,
    notWithApology: true,
  },
  // Round 49: the critic's quoted claim flatly called wrong with 違う, in any register (コメントの「市はクリークのごみを放置してる」っていう
  // のは違いますよ〜, 「職員が不親切」というご意見は違います, 「窓口が昼に閉まっとる」って話は違うとよ): said to a critic. Not two things
  // compared (「自治会」と「町内会」というのは違います), not a question (というのは違いますか), not a rumour set right, not an admission.
  {
    re: phrase('(?:(?<=[」』])(?:という|っていう|って|との|ちゅう|っちゅう)(?:の|ん|お話|話|ご意見|ご指摘|投稿|書き込み|コメント|声|お声)|(?<=[一-龥々ぁ-ゖァ-ヶー][、,])(?:という|っていう)(?:の|ん|お話|話)|(?:という|っていう|との)(?:ご意見|ご指摘|投稿|書き込み|コメント|お声))(?:は|も|って)[、,\\s]?(?:全く|まったく|全然|ぜんぜん|ちょっと|少し|完全に|明らかに|大きく)?(?:違います(?!か)|違う(?:ん(?:です|だ|よ|や)|と(?:です|よ|ばい)?(?=[。！!〜~ー、\\s]|$)|よ|ばい|たい|けん|っす|[。！!〜~]|$)|違っ(?:ています|ております|てます|とります|とる)(?!か)|ちがいます(?!か)|ちがう(?:よ|んです|ばい|[。！!〜~])|(?:違う|ちがう)(?:の|ん)?(?:かな|かなぁ|かなあ|かと|のでは(?:ない)?かと?|んじゃないかな?と?)[〜~ー]*(?:と|って)?[、,]?(?:思|存じ|感じ)|(?:違う|ちがう)(?:ような)?気が(?:します|する|しています)|(?:違う|ちがう)と(?:思(?:います|っています|っております|う(?=[。！!、,〜~]|$))|考えて(?:おり|い)ます|存じます)(?!か))'),
    // Blind R310H-026 kind: …or hedged (というのは違うかな〜と思います, っていうのはちょっと違う気がします, 違うのではないかと存じます): the
    // critic still told they are wrong, softly.
    // Blind R326H-019 kind (reb60): the critic's words echoed without brackets, set off by a comma (顔を出すだけ、というのは少し違うのでは
    // ないかと思っています, 税金の無駄遣い、っていうのは違うと思う), and the remark told in an earlier paragraph (`orHeardBefore`).
    need: ['違', 'ちが'],
    ...TO_CRITIC,
    what: '批判に対する反論',
    rumourDenial: true,
    orHeardBefore: true,
    unless: phrase('[」』]と[「『][^」』\\n]{1,30}[」』](?:という|っていう|って|との)', 'u'),
  },
  // Round 49: the critic's own post called misinformation or a lie, spaced letters allowed (その投稿は誤 情 報です, そのツイートはデタラメ
  // です, あなたの投稿はフェイクです, その書き込み、偽情報ですよ): the poster answered back. Not a hoax or a fraud's pretext set right (その
  // 投稿は誤情報です。最新の情報は市ホームページで; rumourDenial), not a worried asker thanked or reassured, not a guess (誤情報のようです).
  {
    re: phrase('(?:(?:その|この|あの|そちらの|あなたの|貴方の|あんたの|ご)(?:投稿|ポスト|ツイート|つぶやき|書き込み|コメント|ご主張|主張|発言|ご発言|記事|動画|リール|クチコミ|口コミ|レビュー)(?:の内容)?|(?:ご指摘|お書き|ご投稿|ご主張)(?:の|いただいた|にある|された)[「『][^」』\\n]{1,30}[」』](?:という(?:お話|話|内容|点|件))?)(?:は|って|も)?[、,\\s]?(?:完全に|完全な|全くの|まったくの|明らかな|明らかに|ただの|単なる)?(?:誤情報|誤った情報|間違った情報|偽情報|ニセ情報|にせ情報|嘘情報|うそ情報|デマ情報|虚偽情報|虚偽の情報|フェイクニュース|フェイク|事実無根|虚偽|でたらめ|デタラメ|嘘|うそ|デマ|ガセ)(?:です|でございます|であり|だ(?=[。！!、]|$)|ですよ|やけん|ばい|たい|だよ|(?=[。！!]))'),
    // Blind R225R-041 kind: a review site's post too, its lie in half-width kana (そのｸﾁｺﾐ、ｳｿですよ, その口コミはデタラメです).
    // Blind R256M-060 kind: or the critic's point quoted back with ご指摘の「…」 (ご指摘の「…」は誤った情報です, お書きの「…」はデマです):
    // the one who pointed it out told their claim is false, an answer back to the critic (not with thanks or reassurance: `unless`).
    need: ['投稿', 'ぽすと', 'ついーと', 'つぶやき', '書き込み', 'こめんと', '主張', '発言', '記事', '動画', 'りーる', 'くちこみ', '口こみ', 'れびゆー', '指摘', 'お書き'],
    ...TO_CRITIC,
    what: '批判や情報を否定する表現',
    instead: INSTEAD.deny,
    rumourDenial: true,
    unless: phrase('ありがと|感謝|ご質問|お問い合わせ|ご心配|ご安心|安心して|ご不安', 'u'),
  },  // Blind R194A-010 kind: the critics' posts pointed back to with a demonstrative of kind (「柳川市は評価が高すぎる」といった書き込みを目に
  // することがあります。…そうした書き込みは誤った情報ですので, こうした投稿は誤情報です): a charge against the city read online and called
  // false. Only when a quoted claim makes the city or its staff the topic of a fault (`CITY_FAULT_QUOTED`: 「市の除雪が遅すぎる」); a hoax
  // or a rumour set right (「公園が閉鎖される」といった書き込み…こうした書き込みは誤った情報です) names no fault of the city.
  {
    re: phrase('(?:(?:そう|こう|ああ)した|(?:そう|こう)いった|(?:その|この)ような)(?:一部の)?(?:投稿|ポスト|ツイート|つぶやき|書き込み|コメント|ご意見|主張|発言|記事|動画|うわさ|噂|お話|話)(?:の内容)?(?:は|も)[、,\\s]?(?:完全に|完全な|全くの|まったくの|明らかな|明らかに|ただの|単なる)?(?:誤情報|誤った情報|間違った情報|偽情報|不正確な情報|事実と異なる(?:情報|内容)|虚偽の情報|事実無根|虚偽|でたらめ|デタラメ|デマ|誤り|間違い)(?:です|でございます|であり|だ(?=[。！!、]|$)|(?=[。！!]))'),
    need: ['誤情報', '誤った', '間違った', '偽情報', '不正確', '異なる', '虚偽', '無根', 'でたらめ', 'でま', '誤り', '間違い'],
    what: '批判や情報を否定する表現',
    instead: INSTEAD.deny,
    notWithApology: true,
    rumourDenial: true,
    alsoNeeds: CITY_FAULT_QUOTED,
    unless: phrase('ありがと|感謝|ご質問|お問い合わせ|ご心配|ご安心|安心して|ご不安', 'u'),
  },

  // Blind R241E-009 kind: a charge against the city spread in a post (「市の給水車が一度も来なかった」という投稿が広がっていますが) called a
  // mistaken belief with a pronoun or the post as subject (それは明らかな思い込みです, その投稿は単なる勘違いです): the resident argued
  // down in public. Only with a criticism or a charged rumour in the paragraph (an awareness column's 「…」というのは思い込みです answers
  // no one), not with an apology.
  // Blind R372V-028 kind: the quoted post named with この and said to be written out of a mistaken belief (この投稿は思い込みで書かれています).
  {
    re: phrase('(?:それは|それって|これは|[そこ]の(?:投稿|書き込み|ポスト|話|お話|情報|ご意見|ご指摘|コメント|記事)(?:は|も))[、,]?(?:明らかな|明らかに|完全な|完全に|全くの|まったくの|ただの|単なる|大きな|とんだ)?(?:思い込み|勘違い|誤解|思い違い|早とちり|事実誤認|誤認)(?:です|でございます|であり|だ(?=[。！!、]|$)|(?=[。！!])|(?:で|に基づいて|をもとに|から)(?:書かれ|書いて|投稿され|発信され)(?:てい|たもの|た(?=[。！!]|$)|ています|ております))'),
    need: ['思い込み', '勘違い', '誤解', '思い違い', '早とちり', '誤認'],
    what: '相手の誤りを指摘する反論',
    instead: INSTEAD.critic,
    needsCriticism: true,
    orReply: true,
    unless: APOLOGY,
  },
  // Round 50: the critic's claim called groundless speculation, in any register (「市から個人情報が漏れて…」というお話は、根拠のない
  // 臆測です, まったくの邪推でございます, 何の根拠もない憶測にすぎません, 勝手な想像やろ): said to a critic. Not a guess of the city's own
  // (あくまで推測です), not a myth set right with no critic (「水を飲めば防げる」は根拠のない思い込みです), not 憶測に惑わされず (no copula).
  // Blind R304W-028 kind (unreb21): …also called malicious (悪意ある作り話にすぎません, 悪意のある憶測です).
  // Blind R306N-032 kind (misc22): …or a malicious or vicious hoax (悪意のあるデマにすぎません, 悪質な作り話です), said of a charge spreading
  // online (CHARGED_RUMOUR); a plain デマ in a hoax warning with no charge (災害時には悪意のあるデマが広まりやすく) answers no one.
  {
    re: phrase('(?:(?:根拠の(?:ない|無い)|根拠も(?:ない|無い)|何の根拠もない|根拠なき|勝手な|いわれのない|ただの|単なる|全くの|まったくの|完全な|明らかな|明白な|悪意(?:の)?ある|悪意に満ちた|悪質な)(?:ご)?(?:憶測|臆測|邪推|思い込み|妄想|作り話|デマ)|(?:根拠の(?:ない|無い)|根拠も(?:ない|無い)|何の根拠もない|根拠なき|勝手な)(?:推測|想像|決めつけ)|(?<=[はも、,\\s])(?:憶測|臆測|邪推))(?:です|でございます|であり|であります|に(?:過ぎ|すぎ)(?:ません|ない)|でしかありません|でしょう|やけん|やろ|ばい|たい|だ(?=[。！!、]|$)|(?=[。！!]))'),
    need: ['憶測', '臆測', '邪推', '思い込み', '妄想', '作り話', 'デマ', '推測', '想像', '決めつけ'],
    ...TO_CRITIC,
    what: '批判に対する反論',
    // (Not rumourDenial: the critic's claim may itself name a fraud, 詐欺電話がかかってきた, which is no fraud warning.)
  },
  // Round 50: a fee complaint heard (入館料が高いってコメント) answered by justifying the fee against its costs, in any register
  // (修繕費を考えたら300円は破格なんよ, 維持費を思えばむしろ安いくらいです): not a bargain advertised with no complaint (家族4人で
  // 考えたら年間パスはお得です), not with thanks or a fix.
  {
    re: phrase('(?:考えたら|考えりゃ|考えれば|考えると|考えますと|思えば|思ったら|踏まえれば|踏まえると|比べたら|比べれば)[、,]?[^。！？!?\\n]{0,20}?(?:破格|格安|お得|おトク|良心的|(?:むしろ|全然|ぜんぜん|十分|じゅうぶん|かなり)?安(?:い(?:くらい|ほう|方)|か(?:くらい|ほう)?(?=[とよばた。！!]))|(?:むしろ|全然|ぜんぜん|十分|じゅうぶん|かなり)安い)(?:な|の)?(?:価格|料金|金額|値段|額|もの)?(?:です|であり|でございます|だ(?=[。！!、]|$)|と(?:考え|言え|思|存じ)|かと|やけん|たい|ばい|ん(?:よ|です|だ|や)|と(?:よ|です)|よ|(?=[。！!〜~]))'),
    need: ['考え', '思えば', '思ったら', '踏まえ', '比べ'],
    what: '苦情への弁明',
    instead: INSTEAD.justify,
    notWithApology: true,
    alsoNeeds: FAULT_COMPLAINT_HEARD,
    unless: CITY_LISTENING,
  },
  // Round 52: a complaint that something did not happen (届いていないとのことですが, 連絡がなかったというご意見) answered with the city's
  // records that it did (配送記録では12月5日に配達完了となっています, 受付履歴によりますと…ご案内済みです, 通話記録を確認しましたところ…
  // お電話を差し上げております): the complainant proved wrong in public. Not a status told with no complaint (記録では12月3日に発送済み
  // です, to a question), not with an apology, thanks or a step taken (配送業者に調査を依頼いたします, お調べします).
  {
    re: phrase('(?:記録|履歴|データ|ログ|伝票|控え)(?:上は|上では|上|では|によると|によれば|によりますと|を(?:確認|拝見|見)(?:した|いたした|しました|いたしました)?ところ|を見ると|で確認(?:した|いたした|しました|いたしました)?ところ)[、,]?[^。！？!?\\n]{0,40}?(?:完了|済み|済|配達され|お届けされ|お届けし|届いて|発送され|発送し|送付され|送付し|投函され|受け付けて|受け付けており|受付され|受理|お渡しし|お渡し済|交付され|交付し|入金され|入金を確認|納付され|お支払いいただ|ご来庁いただ|ご来所いただ|お電話を(?:差し上げ|いただ|頂)|ご連絡(?:を)?(?:差し上げ|し|いたし)|ご案内(?:を)?(?:差し上げ|し|いたし)|(?:回収|収集|配達|配送|発送|作業|対応|処理|点検|補修|清掃|運行|巡回|除雪|散布)(?:を|は|も)?(?:終え|終了し|済ませ)て(?:おり|い))'),
    need: ['記録', '履歴', 'でーた', 'ろぐ', '伝票', '控え'],
    what: '苦情に記録を示して反論する表現',
    instead: INSTEAD.critic,
    notWithApology: true,
    needsCriticism: true,
    // Blind R322H-030 kind (reb59): or a miss named as a noun (収集漏れとのご連絡, 配達漏れとのご指摘, 未着とのお問い合わせ), or any fault
    // reported and turned with が (出されたままになっているとのお電話をいただきましたが: `FAULT_REPORTED_TURNED`).
    alsoNeeds: phrase(FAULT_REPORTED_TURNED + '|' +
      '(?:ない|なかった|ません|ませんでした|てない|とらん|とらんかった|ん|漏れ|もれ|忘れ|未着|不着|未配達|未配)[」』]?(?:とのこと|との(?:ご|お)?(?:意見|指摘|声|連絡|問い合わせ|苦情|投稿|コメント|書き込み)|という(?:ご|お)?(?:意見|指摘|声|連絡|問い合わせ|苦情|投稿|コメント|書き込み)|って(?:いう)?(?:こめんと|書き込み|投稿|声|苦情|言われ|書かれ)|と(?:言われ|書かれ|おっしゃ|仰|のお問い合わせ|お問い合わせ|のご連絡|ご連絡))', 'u'),
    // Reviewer FP kind (rreb59): nor the record told with the possibility left open and the reporter asked for more (別の街灯かもしれません
    // ので、場所を教えてください, 詳しい場所をお知らせください).
    unless: phrase('お調べ|調査(?:を|し|いたし|中)|確認(?:いたします|させて|してまいり|します|いたしまして)|再送|再発送|再度お送り|改めてお送り|お送りし直|ありがと|感謝|ご迷惑|ご不便|ご心配|かもしれ|可能性(?:も|が)|教えてください|教えていただけ|お知らせください|お知らせいただけ|お聞かせ', 'u'),
  },
  // Round 52: the complainant's account doubted in a hedged double negative or with はずがない (お受け取りになっていないということは
  // ないかと思います, 説明を聞いていないなんてことはないはずです, 届いていないはずはございません, 連絡がなかったとは考えにくいです): said to a
  // critic. A rule told flatly (申請しなければならないということはありません) has no hedge and no はず; a worried asker reassured is not a critic.
  {
    re: phrase('(?:ない|なかった|ていない|てない|ておらない|ません|ませんでした|とらん)(?:という(?:こと|事)|なんて(?:こと)?|って(?:こと)?|こと)(?:は|も)[、,]?(?:ない|無い)(?:か?と(?:思|存じ|考え)|のでは|はず|でしょう|だろう|やろ)|(?:ない|なかった|ていない|てない|とらん)(?:はず|わけ)(?:は|が)[、,]?(?:ない|無い|ありません|ございません|なか|ありえません|あり得ません)|(?:ない|なかった|ていない|てない)とは(?:考えにく|考えづら|思えません|思えない|考えられません|考えられない)'),
    need: ['ことは', 'ことも', 'なんて', 'ってこと', 'はず', 'わけ', 'とは'],
    ...TO_CRITIC,
    what: '苦情を疑う反論',
    unless: phrase('ご安心|安心して|ご心配|ご不安|ご質問', 'u'),
  },
  // Blind R194A-031 kind: a complaint that something is too little heard (「量が少ないのでは」というお声をいただきます, 人手が足りないとの
  // ご指摘) and answered with a flat double negative that nothing is lacking, in any word for too little (量が足りないということは
  // ございません, 不足しているということはありません, 少ないってことはなかです): the complainant told they are wrong, where the
  // complaint's own word is not repeated (`deniedComplaints` reads that one). Not a rule or an offer with no complaint heard (定員が足りない
  // ということはありません), not a worried asker or a question answered (ご心配の声, お問い合わせ, ご安心ください), not with a concession or a fix.
  {
    re: phrase('(?:足りない|足りていない|足りてない|足りなかった|足りていなかった|不足している|不足していた|不足する|少ない|少なすぎる|少な過ぎる|少なかった|物足りない)(?:という|って|なんて)?(?:こと|事)(?:は|も)[、,]?(?:決して|まったく|全く|けっして|一切|特に)?(?:ございません|ありません|ない(?=[。！!]|です)|なか)'),
    need: ['足りな', '足りてい', '足りて', '不足', '少な'],
    what: '苦情の内容を否定する反論',
    instead: INSTEAD.deny,
    notWithApology: true,
    notWithRemedy: true,
    alsoNeeds: phrase('(?:少な|足りな|足りてい?な|不足|物足りな)[^」』。！？!?\\n]{0,8}[」』]?(?:って|と|との|という|みたいな)(?:いう)?(?:ご|お)?(?:コメント|意見|指摘|声|口コミ|クチコミ|レビュー|苦情|書き込み|批判|投稿|感想|不満|叱り)', 'u'),
    unless: phrase('確かに|たしかに|ご安心|安心して|ご質問|お問い合わせ|問い合わせ|ご心配の|心配の声|心配する声|ご不安|不安の声|改善|見直|検討|ありがと', 'u'),
  },
  // Round 53: what a post, an article or a programme says of the city, told in the passive of report (こちらの投稿では、柳川市が寄附額を
  // 水増ししているとされていますが、誤りです; 記事で…と報じられていますが、違います; …って書かれとるばってん、間違いですけん), then denied with
  // a bare predicate and no subject: the critic answered back. Not the city's own words set right (昨日の投稿で17時と書きましたが、誤りです:
  // active voice), not a rumour set right (という投稿が広がっていますが: rumourDenial), not with an apology or the right fact (正しくは).
  {
    re: phrase('(?:報道|報じ|記事|投稿|書き込み|ポスト|ツイート|つぶやき|コメント|番組|放送|動画|ブログ|週刊誌|新聞|雑誌|ネット|sns|ニュース|口コミ|クチコミ|レビュー|スレッド|掲示板)[^。！？!?\\n]{0,60}?(?:と|って|っち|ち)(?:され|書かれ|書き込まれ|報じられ|報道され|紹介され|指摘され|言われ|主張され|批判され|投稿され)[^。！？!?\\n]{0,8}?(?:が|けど|けれど|けれども|けども|ばってん|ばって)[、,\\s]*(?:それは|これは|そちらは|そいは|そりゃ)?[、,\\s]*(?:全く|まったく|完全に|明らかに|全然|ぜんぜん)?(?:(?:誤り|間違い|事実無根|虚偽|デマ|ガセ|でたらめ|デタラメ)(?:です|でございます|であり|であります|だ(?=[。！!、]|$)|ですけん|ですよ|やけん|やけ|ばい|たい|(?=[。！!]))|違います|違(?:う|います)(?:ん|と|けん|よ|ばい|たい|[。！!])|ちがいます|事実と(?:異な|違)(?:ります|います|っています|っております))'),
    need: ['誤り', '間違い', '事実無根', '虚偽', 'でま', 'がせ', 'でたらめ', '違', 'ちがいます'],
    what: '批判に対する反論',
    instead: INSTEAD.deny,
    notWithApology: true,
    rumourDenial: true,
  },
  // Round 53: the critic's wording of the city's conduct rebutted (「高齢者の切り捨て」という表現は適切ではないと考えます, 「子育て支援の
  // 後退」といった言い方は正確ではない, そのような表現は当たらない, 「見捨てた」って言われ方は適切じゃなか, 「市民無視」というレッテルは不適切
  // です): said to a critic (a reply, or a paragraph with criticism). Not a note on terms (「障害者」という表現は適切ではないため「障がい者」と
  // 表記, 使わないようにしましょう), not a criticism accepted (この表現は適切ではないとのご指摘を受け…修正しました, 確かに, でした), not with
  // an apology or a fix. Blind R243H-009 kind: the quoted charge named as the critic's ご指摘, ご批判 or ご主張 (「市が…放置している」
  // というご指摘は正確とは言えません): the same retort.
  {
    re: phrase('(?:[」』](?:という|といった|との|って(?:いう)?|っちゅう|ちゅう|みたいな|のような)(?:ご)?(?:表現|言い方|いいかた|言われ方|言葉|お言葉|物言い|ものいい|書き方|書かれ方|言い回し|呼び方|レッテル|見出し|決めつけ|ご評価|評価|指摘|主張|批判|ご批判)|(?:その|そのような|そういった|そういう|そんな|こうした|このような|あのような)(?:ご)?(?:表現|言い方|いいかた|言われ方|物言い|ものいい|書き方|書かれ方|言い回し|レッテル|決めつけ))(?:は|も|って)[、,\\s]?(?:必ずしも|決して|全く|まったく|少し|ちょっと|いささか|やや|明らかに|到底)?(?:(?:適切|妥当|正確|適当|公正|公平|正当)(?:では|じゃ|とは)(?:ない|ありません|ございません|言えない|言えません|いえない|いえません|なか|言い難い|言いがたい)|正しく(?:ない|ありません|ございません)|(?:当たら|あたら)(?:ない|ず|ん)|(?:当たり|あたり)ません|(?:不適切|不正確|不当|言い過ぎ|言いすぎ|行き過ぎ|いきすぎ)(?:です|でございます|であり|だ(?=[。！!、と]|$)|と|かと|やと|じゃ|では|(?=[。！!]))|(?:事実|実態)(?:と|に)(?:異な|反し|反す|即して(?:い|お)(?:ない|りません|ません)|合って(?:い|お)(?:ない|りません|ません)))(?!でし|だった|かった|との|という|とされ|と(?:の)?(?:ご)?(?:指摘|意見|声|批判)|と言われ)'),
    need: ['表現', '言い方', 'いいかた', '言われ方', '言葉', '物言い', 'ものいい', '書き方', '書かれ方', '言い回し', '呼び方', 'れつてる', '見出し', '決めつけ', '評価', '指摘', '主張', '批判'],
    what: '批判の表現への反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    needsCriticism: true,
    orReply: true,
    notWithRemedy: true,
    unless: phrase('表記|用語|名称|言い換え|いいかえ|使わない|使いません|使用しない|使用を控え|ましょう|配慮|差別|傷つけ|不快|確かに|たしかに|(?:おっしゃる|仰る|ご指摘の)(?:とおり|通り)', 'u'),
  },
  // Round 54: those who criticise put down to their own failing, in any register (怒ってる人は冗談が通じんだけやと思う, 批判している
  // 方は気にしすぎです, 文句を言う人たちは理解力がないだけ, 叩いとる人はユーモアがわからんとよ, 不快に思う方は少し神経質すぎるのでは):
  // the critics answered back by belittling them. The subject is someone doing the criticising (a verb of anger or complaint before
  // 人／方); not advice on dealing with angry people (落ち着いて対応しましょう, 研修), not a worry (心配している方は…).
  {
    re: phrase('(?:怒(?:って(?:い|お)?る|っと(?:る|う)|りよる|る)|おこ(?:って(?:い)?る|っとる)|キレ(?:て(?:い)?る|る)|批判(?:して(?:い|お)?る|しと(?:る|う)|しよる|する|される|なさる)|非難(?:して(?:い)?る|する|される)|文句(?:を|ば)?(?:言って(?:い)?る|言いよる|言うとる|言う|つけて(?:い)?る|つける)|叩(?:いて(?:い)?る|いと(?:る|う)|きよる|く)|たたいて(?:い)?る|騒(?:いで(?:い)?る|いど(?:る|う)|ぎよる|ぐ)|不快に(?:思|感じ)(?:う|る|って(?:い)?る|てる|ている|られる|われる|ておられる)|苦情を(?:言う|言って(?:い)?る|入れる|寄せる)|クレーム(?:を)?(?:つける|つけて(?:い)?る|入れる|言う|言って(?:い)?る)|(?:噛|か)みつ(?:く|いて(?:い)?る)|ケチ(?:を)?つけ(?:る|て(?:い)?る)|反発して(?:い)?る|炎上させて(?:い)?る|(?:ごちゃごちゃ|ぎゃーぎゃー|がたがた|ぐちぐち)(?:言って(?:い)?る|言う))(?:人|方|方々|人たち|人達|人ら|連中|やつら|奴ら|やつ|奴|皆さん|みなさん|皆様|みなさま)(?:は|って|も|が|の方が|の多くは|のほとんどは)?[、,\\s]?[^。！？!?\\n]{0,16}?(?:(?:冗談|ジョーク|ユーモア|洒落|シャレ|笑い|ネタ|遊び心)(?:が|を|も)?(?:通じ|わから|分から|理解でき|解せ)(?:ない|ん|なか|へん|ねー)|(?:気に|真に受け|深読み|考え)(?:し)?(?:すぎ|過ぎ)|神経質|過敏|(?:敏感|繊細|真面目|まじめ|生真面目|堅|かた)(?:すぎ|過ぎ)|(?:心|器|度量|了見)が(?:狭|小さ)|(?:余裕|センス|見る目|理解力|読解力|想像力)が(?:ない|なか|無い|足りな|たりな)|(?:よく)?(?:わかって|分かって|理解して)(?:い|お)?(?:ない|ません|ん|なか)|大げさ|大袈裟|おおげさ|(?:暇|ひま)(?:なん|なだけ|な人)|(?:ごく)?一部(?:の人)?(?:だけ|に過ぎ|にすぎ))'),
    need: ['冗談', 'じょーく', 'ゆーもあ', '洒落', 'しゃれ', '笑い', 'ねた', '遊び心', 'すぎ', '過ぎ', '神経質', '過敏', '狭', '小さ', '余裕', 'せんす', '見る目', '理解', '読解力', '想像力', 'わかって', '分かって', '大げさ', '大袈裟', 'おおげさ', '暇', 'ひま', '一部'],
    what: '批判する人を見下す反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    unless: phrase('ましょう|研修|講座|教室|接遇|対応のコツ|ご相談ください', 'u'),
  },
  // Round 54: during a 炎上 or a criticism, the post defended as approved inside or made in good faith (炎上してるけど、…ちゃんと上の
  // 許可ももらってます, 批判されとるけど課長の決裁も通っとるし, 面白いと思って作ったし): the city justifying itself instead of listening.
  // Only with a criticism going on in the paragraph (炎上, 批判, 苦情, お叱り, 叩かれ); not with an apology (良かれと思って…申し訳ありません);
  // an outside party's consent (写っている方の許可をいただいています) is a fact, not an internal approval.
  {
    re: phrase('(?:(?<!\\p{Script=Han})上(?!司|層)|上司|上の人|課長|部長|局長|市長|幹部|上層部|組織)(?:の|から)?(?:許可|決裁|承認|了承|了解|ok|オッケー|ゴーサイン|お墨付き)(?:も|は|を)[、,\\s]?(?:ちゃんと|きちんと|しっかり|正式に)?(?:もらって|もろて|もらっと|もろうと|とって|取って|得て|受けて|通して|通って|通っと|経て|いただいて|頂いて)(?:い|お)?(?:ます|る|ました|ります|た|いた)|決裁(?:も|は)[、,\\s]?(?:ちゃんと|きちんと|正式に)?(?:通って|通っと|通し|取って|とって|受けて|経て)|(?:面白い|おもしろい|楽しい|喜んでもらえる|うける|ウケる|良かれ|よかれ|いい|良い)(?:と|って)(?:思って|考えて)(?:作|つく|こしらえ|書|投稿|出|企画|制作|撮|や)(?:った|りました|いました|しました|した|ってる|っとる)(?:し|けん|から|もん|のに|んです|んやけど|んだけど)'),
    need: ['許可', '決裁', '承認', '了承', '了解', 'ok', 'おっけー', 'ごーさいん', 'お墨付き', '思って', '考えて'],
    ...JUSTIFYING,
    alsoNeeds: phrase('炎上|批判|非難|苦情|お叱り|クレーム|叩かれ|たたかれ|怒って|怒っと|怒られ|ご不快|不快', 'u'),
    unless: CITY_LISTENING,
  },
  // Blind R156I-107: after a criticism received, the work defended with the makers' pride or the critics' failure to get it (…とのご意見を
  // いただいていますが、制作チーム一同、自信を持って世に出した作品です; 自信を持ってお届けした企画です; 面白さが伝わらなかったのは残念です,
  // 良さが伝わらず残念です): the city standing by what was criticised instead of listening. Only with a criticism in the paragraph; not
  // with an apology, thanks or a fix (意図が十分に伝わらなかったことをお詫びします), not pride in an event with no critic (自信を持って
  // おすすめします).
  {
    re: phrase('(?:自信|誇り|プライド)(?:を)?(?:持って|もって)[、,\\s]?(?:世に出し|お届けし|届けし|制作し|製作し|作っ|つくっ|発表し|公開し|出し|送り出し|発信し|企画し)(?:た|ました)(?:作品|もの|動画|映像|企画|内容|ポスター|記事|番組|デザイン)?(?:です|でございます|であり|だ(?=[。！!]|$)|(?=[。！!]))|(?:面白さ|おもしろさ|良さ|よさ|魅力|楽しさ|たのしさ|ユーモア|狙い|意図|思い|趣旨|遊び心)(?:が|を)[^。！？!?\\n、,]{0,6}?(?:伝わらなかった|伝わらない|伝わらず|伝わっていない|わかってもらえなかった|分かってもらえなかった|ご理解いただけなかった|理解されなかった)(?:の|こと)?(?:は|が|のは)?[、,\\s]?(?:大変|非常に|とても|本当に|少し|ちょっと|ただただ)?(?:残念|悲しい|悲しく|寂しい|さみしい|心外)'),
    need: ['自信', '誇り', 'ぷらいど', '伝わら', '伝わって', 'もらえなかった', 'いただけなかった', '理解されなかった'],
    ...JUSTIFYING,
    needsCriticism: true,
    strongCriticism: true,
    unless: CITY_LISTENING,
  },
  // Blind R158A-030: a charge against the city reported without brackets and flatly called wrong (海苔の養殖に市が何もしていないというのは
  // 違います, 役所が対応しないっていうのは違うよ, 職員が放置しているというお話は違います): the critic contradicted. The charge is the city or its
  // staff said not to act (a negative predicate before という), so two things compared (市が主催するのと…というのは違います) are not this; not
  // a question (違いますか), not a rumour set right.
  {
    re: phrase('(?:市|市役所|役所|行政|職員|当課|本市|柳川市|担当課|役場)(?:が|は|って)(?:[^。！？!?\\n「」]{0,30}?(?:ない|ません|なかった|せん|放置して(?:い|お)?る|放置しとる|サボって(?:い)?る|隠して(?:い)?る)|[^。！？!?\\n「」]{0,10}?(?:勝手に|一方的に|無断で|独断で|こっそり|密かに|ひそかに|黙って|強引に|秘密裏に|住民に相談せず(?:に)?|相談もなく|説明もなく)(?:(?!のと|とでは|と比べ)[^。！？!?\\n「」]){0,16}?(?:た|だ|ている|てる|ていた|とる))(?:という|っていう|って|との|ちゅう)(?:の|ん|お話|話|ご意見|ご指摘|指摘|投稿|書き込み|コメント|声|お声)(?:は|も|って)[、,\\s]?(?:全く|まったく|全然|ぜんぜん|ちょっと|少し|完全に|明らかに)?(?:違います(?!か)|違う(?:ん(?:です|だ|よ|や)|と(?:です|よ|ばい)?(?=[。！!〜~ー、\\s]|$)|よ|ばい|たい|けん|[。！!〜~]|$)|違っ(?:ています|ております|てます)(?!か)|ちがいます(?!か)|ちがう(?:よ|んです|ばい|[。！!〜~])|誤り(?:です|でございます)|間違い(?:です|でございます)|事実(?:と|とは)異なり(?:ます|ございます))'),
    need: ['違', 'ちが', '誤り', '間違い', '異なり'],
    ...TO_CRITIC,
    what: '批判に対する反論',
    rumourDenial: true,
  },
  // Blind R158A-032: after a complaint received, its cause put on what many users did (待ち時間が長かったとのお声をいただきましたが、…お早めに
  // 到着された方が多かったためと考えております; 混雑は開場前にお越しになった方が多かったことが原因です, 一度に来られる方が多いためです): the
  // complainants told the fault is the users'. Not a reason told with no complaint or on the way to a fix (…方が多かったため、受付を早めに
  // 締め切りました is no blame either: only a closing copula or a verb of thinking counts).
  {
    re: phrase('[^。！？!?\\n、,\\s]{0,10}(?:[たるい]|ない|なかった)(?:方|人|方々|人たち|お客様|お客さま|利用者|来場者|受診者|皆さま|皆様|皆さん)(?:が|の数が)[、,\\s]?(?:非常に|とても|大変|かなり|特に)?(?:多|集中)(?:かった|い|く|し)(?:た)?(?:ため|から|こと|せい|の)(?:が)?(?:主な|一番の|大きな)?(?:原因|要因)?(?:と(?:考え|思われ|思い|存じ|みられ|見られ|推察)|(?:です|でございます|であり|だ(?=[。！!]|$)|かと(?:存じ|思)))'),
    need: ['多', '集中'],
    what: '苦情の原因を利用者に帰す反論',
    instead: INSTEAD.justify,
    notWithApology: true,
    needsCriticism: true,
    strongCriticism: true,
    notWithRemedy: true,
  },
  // Blind R55A-149: after a complaint received, the staff's own conduct declared without fault on the city's findings (横柄だったとの
  // ご指摘ですが、当日の録音を確認した限り、職員の対応に問題は認められませんでした; 応対に不適切な点は見当たりませんでした; 接客に問題は
  // 見受けられません): a verdict of "no fault found" on the very conduct charged. (The plain 問題はなかった is read by the fault-denial
  // phrases above.) Not an inspection's finding with no criticism (点検の結果、安全管理に問題は認められませんでした), not with an apology or a fix.
  {
    re: phrase('(?:対応|応対|窓口対応|接客|接遇|態度|言動|言葉遣い|言葉づかい|説明|案内|指導|誘導)(?:に|には|について(?:は|も)?)[、,]?(?:何ら|なんら|全く|まったく|一切|いっさい|特に|特段の?|少しも)?(?:問題|不備|落ち度|手落ち|瑕疵|過失|非|不適切な(?:点|ところ|言動|対応|箇所)|不手際)(?:は|も|など|等)?(?:認められ|見受けられ|見当たり|見あたり|見られ|確認でき)(?:ませんでした|ません(?=[。！!、,]|$|で)|なかった(?=[。！!、,]|$|と|です|もの)|ない(?=と考え|と認識|ものと|です|[。！!]|$)|ず[、,]|なか(?:った)?(?:です|と|ばい|けん|よ))'),
    need: ['認められ', '見受けられ', '見当たり', '見あたり', '見られ', '確認でき'],
    ...JUSTIFYING,
    needsCriticism: true,
    strongCriticism: true,
    orReply: true,
    notWithRemedy: true,
  },
  // Blind R56A-062: a harm a critic lays at the city's door denied as unrelated to what the city does (海苔の色落ちは市の排水とは無関係で
  // あることが調査で明らかに, 井戸水の濁りは市の下水道工事とは一切関係ございません, カラスの増加と当課の収集作業は無関係です, 本市の催しとの
  // 因果関係は認められません), answering a criticism. Not a fraud warning (市とは一切関係ありません。詐欺にご注意), not a disclaimer with no
  // criticism (このアンケートは市とは関係ありません), not 無関係な内容 as a kind of thing, not a rumour set right.
  {
    re: phrase('(?:当市|本市|市役所|当課|当局|行政|(?<![都他各同隣近])市(?=の|が|側|と|で))(?:の|が|側の|側が)?[^。！？!?\n]{0,16}?(?:とは|との間に(?:は)?|との|と|には|は)[、,]?(?:一切|全く|まったく|何ら|なんら)?(?:無関係(?:で(?:す|あ|ござい)|と(?:判明|考え|の)|な(?:もの|こと)|(?=[。！!]))|関係(?:が|は)?(?:ありません|ございません|ない(?=[。！!]|こと|と(?:判明|考え|の))|なく)|因果関係(?:は|が)?(?:ありません|ございません|ない|認められ(?:ません|ない|なかった)|確認され(?:ません|ない|なかった)))'),
    need: ['無関係', '関係'],
    what: '批判を否定する弁明',
    instead: INSTEAD.deny,
    notWithApology: true,
    rumourDenial: true,
    needsCriticism: true,
    unless: phrase('詐欺|不審|なりすまし|成りすまし|騙|だまされ|偽の|偽物|還付金|主催|共催|後援|ご注意|ありがと|感謝', 'u'),
  },
  // Blind R56A-064: a complaint quoted (「投票所が遠すぎる」という投稿, 「保育料が高すぎる」とのご意見, 「本が少ない」って口コミ), then a figure
  // that says the city does better than others (県内平均を上回っています, 近隣市町と比べて低い水準です, 県内でもトップクラス): the complaint
  // refuted with numbers. The complaint comes first; not a concession or a fix (確かに…長くなっており、改善に取り組みます), not a figure
  // Blind R316M-044 kind: a complaint that is itself a comparison (近隣より遅れている, 他市に劣っている, 見劣りする, 手薄) answered so, or with
  // the city said to be no worse (近隣市町と比べても遜色ありません, 他市に引けを取りません, 県内で3番目に手厚い).
  // with no complaint (1人あたりの医療費は県平均を上回っています), not a complaint the figure bears out (…を上回っており、「不便」という声も).
  {
    re: phrase('(?<=(?:(?:遠|高|少な|長|狭|遅|多|暗|うるさ|汚|ひど|不便|短|寒|暑|古|面倒|雑|小さ|厳し|分かりにく|わかりにく|使いにく)(?:すぎ|過ぎ)(?:る|ます|た)?|(?:少な|足りな|遠|高|狭|悪|ひど|遅|汚|暗|うるさ|不便|不親切|分かりにく|わかりにく|使いにく|行きにく)(?:い|かった|か)|(?:い|き|し|て|さ|れ|け)(?:ない|ません)|足りてない|(?:遅れ|劣っ|負け|後れを取っ|遅れを取っ|取り残され|置いていかれ|置いて行かれ|差をつけられ|水をあけられ)(?:て)?(?:いる|る|います|ておる|とる)|見劣り(?:する|している|します)|(?:低|乏し|物足りな|少な)(?:い|すぎる|過ぎる)|手薄|貧弱)[！!？?〜~。]{0,2}[」』](?:って|という|との|といった|みたいな|と)(?:ご?意見|投稿|声|お声|書き込み|コメント|ご指摘|指摘|ご批判|批判|苦情|口コミ|クチコミ|レビュー|お叱り|ご不満|不満|言われ|いわれ|言わるる|言いよ|書かれ)[^\n]{0,80}?)(?:(?:県内|県|全国|国|九州|近隣(?:の)?(?:市町村|自治体|市町|市)?|周辺(?:の)?(?:市町村|自治体|市町)|他(?:の)?(?:市町村|自治体|市町|市)|同規模(?:の)?(?:市|自治体|都市)|類似(?:団体|自治体))(?:の)?(?:平均(?:値)?|水準|基準)?(?:を|より|と比べて|と比較して|に比べて|と比べても|と比較しても)[、,]?(?:大きく|大幅に|やや|十分に?|かなり|はるかに|わずかに)?(?:上回|下回|多|高|少な|低|充実|恵まれ|手厚|短|早|良)[^。！？!?\n]{0,8}?(?:です|ます|ており|ている|ておる|であり|でございます|(?=[。！!]|$))|(?:県内|全国|県下|九州|近隣)(?:でも|で|の中でも)?(?:上位|トップクラス|トップレベル|最高水準|有数|屈指|最多|高い水準|高水準)|(?:県内|全国|県下|九州|近隣|周辺|他(?:の)?(?:市町村|自治体|市町|市)|よその(?:市|町|自治体))(?:の)?(?:自治体|市町村|市町|市|町)?(?:と比べ(?:て|まして)(?:も)?|と比較して(?:も)?|に比べ(?:て|まして)(?:も)?|の中でも|でも|で|に)[、,]?[^。！？!?\n]{0,12}?(?:遜色(?:は|の)?(?:ない|なく|ありません|ございません)|引けを取(?:らない|りません|らず)|劣(?:らない|りません|っていません|っておりません|っているわけでは)|見劣り(?:しない|しません|はしません|いたしません)|負けて(?:いません|おりません|いない)|[0-9一二三四五六七八九十]{1,2}番目(?:に|の|で)))'),
    need: ['平均', '水準', '比べ', '比較', '上位', 'とつぷ', '有数', '屈指', '最多', '上回', '下回', '遜色', '引けを取', '劣', '見劣り', '負けて', '番目'],
    what: '批判に数字で反論する表現',
    instead: INSTEAD.critic,
    notWithApology: true,
    notWithRemedy: true,
    // Reviewer FP kinds (3a70d47a): the rank told with what is still lacking owned (待機児童は課題です) or more promised (さらに充実させます,
    // まだまだ伸ばしていきます): the complaint taken up, not refuted.
    unless: phrase('確かに|たしかに|反省|至らな|不十分|改善|見直|増設|増や|拡充|課題(?:です|があ|が残|も残|と(?:して|なって)|であ)|まだまだ|充実させ|伸ばして(?:いき|まいり)|(?:さらに|一層|いっそう)[^。！？!?\\n]{0,12}?(?:充実|強化|力を入れ|取り組|伸ば|高め)', 'u'),
  },
  // Blind R57A-038: the press's coverage called excessive as a judgement (報道の扱いは過大であると考えております, 記事の扱いは明らかに
  // 過剰だと考えます, ニュースの取り上げ方は、いささか行き過ぎではないでしょうか, 報道の仕方が大げさやと思います): a protest at the press.
  // Not a price or a plan (過大な請求, 需要予測は過大), not a request to the press (過熱した取材はお控えください).
  {
    re: phrase('(?:報道|記事|番組|ニュース|報じ方|取り上げ方|扱い方|見出し|週刊誌|ワイドショー|マスコミ|メディア)(?:の(?:扱い|仕方|され方|量|大きさ|取り上げ方|あり方|論調|トーン|内容))?(?:は|が|も)[、,]?(?:いささか|少々|やや|明らかに|あまりに(?:も)?|いくらなんでも|どう見ても|かなり|非常に|極めて|著しく)?[、,]?(?:過大|過剰|行き過ぎ|いきすぎ|行きすぎ|大げさ|大袈裟|おおげさ|誇大|過熱気味|やりすぎ|やり過ぎ|騒ぎすぎ|騒ぎ過ぎ|不釣り合い|不相応|度を越(?:して|えて|した))(?:である|であり|だ(?=[。！!と、]|$)|や(?=[。！!と]|$)|じゃ(?=[。！!と]|$)|です|でございます|と(?:考え|感じ|思|言わざる|存じ)|ではない(?:か|でしょうか)|な(?:もの|内容|報道|印象)|(?=[。！!]|$))|(?:過剰な|行き過ぎた|誇大な|大げさな|大袈裟な|センセーショナルな|過熱した)(?:報道|取材|報じ方|扱い|見出し|記事)(?:です|であ|だ(?=[。！!、]|$)|と(?:考え|言わざる|感じ)|には(?:困惑|遺憾|抗議)|に(?:抗議|困惑))'),
    need: ['過大', '過剰', '行き過ぎ', 'いきすぎ', '行きすぎ', '大げさ', '大袈裟', 'おおげさ', '誇大', '過熱', 'やりすぎ', 'やり過ぎ', '騒ぎすぎ', '騒ぎ過ぎ', '不釣り合い', '不相応', '度を越', 'せんせーしよなる'],
    what: '報道や批判への抗議・反論',
    instead: INSTEAD.press,
    notWithApology: true,
  },
  // Blind R60A-036: the critic's own failure declared their own problem, in any register (知らんかったとはそちらの問題かと思いますばい,
  // 締切を過ぎたのはご自身の責任です, 市報ば読んどらんとはそっちのせいやろ, 見落とされたのはお客様の責任かと存じます): blame shifted onto
  // the critic. Only in a cleft (…のは, …とは) or after それは, so a duty told stays clean (空き家の管理は所有者ご自身の責任です), and
  // not a negation (あなたのせいではありません, それはあなたの問題ではなく…: reassurance), only the rhetorical ではないでしょうか.
  {
    re: phrase('(?:(?:の|ん|と)は|それは|それって|そりゃ|そりゃあ|そいは|そら|そこは)[、,\\s]?(?:もう|完全に|単に|純粋に|明らかに|どう見ても)?[、,\\s]?(?:あなた|あんた|貴方|貴殿|そちら|そっち|ご自身|ご自分|ご本人|お客様|お客さま|お宅|おたく|投稿者)(?:様|さま|さん)?(?:側|がわ)?(?:の|ん)(?:ほうの|方の)?(?:問題|責任|ご責任|自己責任|せい|都合|勝手)(?:では(?:ないでしょうか|ないですか|ありませんか)|じゃ(?:ないですか|ないの|なか(?:ですか|と))|やなか(?:ですか|と)|です(?!か)|でしょう(?!か)|でございます|であり|であって|だと|だ(?=[。！!よね、]|$)|や(?=[。！!ろけんねもよ、]|$)|じゃ(?=[。！!ろけん、]|$)|かと|と(?:思|考え|存じ)|ばい|たい|けん|(?=[。！!]))'),
    need: ['問題', '責任', 'せい', '都合', '勝手'],
    what: '相手に責任を転嫁する反論',
    instead: INSTEAD.critic,
    notWithApology: true,
  },
  // Blind R60A-122: the doubter dared to come and see for themselves (疑うのでしたら、一度ご自分の目で見に来てください, お疑いでしたら
  // ご自身でお確かめください, 嘘だと思うならいっぺん食べに来てみんしゃい): a doubt about the city's word answered with a challenge, said to
  // a critic (a reply or comment, or a paragraph answering criticism). Not a promotion with no doubt in a conditional (信じられないほど
  // きれいです。ぜひ一度見に来てください), not a symptom or a fraud to check (熱中症を疑う場合は…, 詐欺を疑うなら警察へ).
  {
    re: phrase('(?:(?:お)?疑(?:う|われる|って(?:いる|る|おられる|いらっしゃる)|い)|信じ(?:られない|られん|てもらえない|てもらえん|ない)|信用(?:できない|できん|ならない|されない)|(?:嘘|うそ|ウソ|加工|合成|やらせ|ヤラセ)(?:だ|や)?と(?:思う|思われる|お思い|お考え|疑う))(?:の|ん)?(?:でしたら|であれば|なら(?:ば)?|やったら|だったら)[、,\\s]?[^。！？!?\\n]{0,24}?(?:(?:ご自分|ご自身|自分|ご本人)(?:の(?:目|眼|足|舌|耳))?で|実際に|一度|いちど|いっぺん|一回|直接|現地(?:で|に|へ)|現場(?:で|に|へ))[^。！？!?\\n]{0,16}?(?:見に|確かめ|お確かめ|確認し|ご確認|ご覧|来て|来られ|きて|お越し|来ん|こん|食べ|乗っ|足を運|いらし|おいで|行って|見て)'),
    need: ['疑', '信じ', '信用', '思う', '思われ', 'お思い', 'お考え'],
    what: '疑う相手への言い返し',
    instead: INSTEAD.critic,
    notWithApology: true,
    needsCriticism: true,
    strongCriticism: true,
    orReply: true,
    unless: phrase('詐欺|不審|なりすまし|成りすまし|騙|だまされ|偽物|偽の|受診|医療機関|病院|症状|熱中症|感染|警察|ご相談', 'u'),
  },
  // Blind R62A-020: the critic told to come, look or try before complaining, in any register (文句言う前に一回来てみんね, 悪口を言う前に
  // 一度食べに来てください, ケチつける前に乗ってみてから言うて): a complaint answered with a dare. The verb before 前に is a complaint
  // (文句, 悪口, ケチ, 批判), the verb after it a trial (来て, 見て, 食べて, 乗って, お越し), then a request in keigo, plain speech or
  // dialect (ください, ほしい, みんね, みんしゃい). Not advice on posting (批判する前に、まず自分で調べてみましょう, a literacy class).
  {
    re: phrase('(?:文句|悪口|わるくち|批判|非難|ケチ|けち|苦情|クレーム|いちゃもん|難癖|ダメ出し|だめ出し)(?:を|ば|ばっかり|ばかり)?[、\\s]?(?:言う|いう|言わ(?:れる|っしゃる|るる|す)|おっしゃる|つける|付ける|する|される|なさる|書く|書かれる|書き込む|書き込まれる)前に[、,\\s]?[^。！？!?\\n]{0,16}?(?:来て|きて|見て|ご覧になって|ご覧いただいて|食べて|召し上がって|乗って|体験して|使って|試して|行って|足を運んで|調べて|確かめて|お確かめ|お越し(?:になって|いただいて)?|いらして|おいでになって)(?:み)?(?:てから)?[^。！？!?\\n]{0,6}?(?:ください|下さい|くださいませ|ほしい|欲しい|ほしか|もらいたい|いただきたい|いただけ(?:ません|ますか|れば)|くれ|ん(?:ね|しゃい|さい|か)|なさい|なっせ|ろ(?=[。！!〜~ー\\s]|$)|よ(?=[。！!〜~ー\\s]|$)|ね(?=[。！!〜~ー\\s]|$)|[〜~ー！!])'),
    need: ['前に'],
    ...TO_CRITIC,
    what: '批判した相手への言い返し',
    unless: phrase('ましょう|みよう|しよう|リテラシー|講座|教室|授業|啓発|誹謗中傷|人権', 'u'),
  },
  // Blind R62A-022: the critic's claim put down to their not knowing, in any register (値段が高いというのは、相場をご存じないだけかと
  // 存じます, 知らんだけやと思うよ, よく分かってないだけですよ): the critic called ignorant. だけ then a judgement (かと存じます, だと思います,
  // です, でしょう); not だけで (知らないだけで損をしている方も: a benefit advertised), not かも, not the writer's own (私が知らないだけ).
  {
    re: phrase('(?<!(?:私|わたし|わたくし|僕|ぼく|自分|当方|こちら|職員|担当者|担当|我々|私ども)(?:が|も|は)[^。！？!?\\n]{0,12})(?:(?:ご存じ|ご存知|ごぞんじ)(?:ない|でない|じゃない)|知ら(?:ない|ん)|(?:分か|わか)(?:って(?:い|お)?(?:ない|ません)|っとらん|っちょらん|らない|らん)|(?:ご)?理解(?:して|されて)(?:い|お)?(?:ない|ません))だけ(?:かと(?:存じ|思)|だと(?:思|考え|存じ)|やと(?:思|おも)|と(?:思|存じ)|です(?:よ|ね)?(?=[。！!…〜~\\s]|$)|でしょう(?!か)|だろう|やろ|じゃ(?:ない(?:です)?か|ろ|ね)|では(?:ないでしょうか|ないですか|ありませんか)|なんです|なんよ|なんだ|なんや|ばい|たい|やけん|だよ|だから|(?=[。！!]))'),
    need: ['だけ'],
    ...TO_CRITIC,
    what: '批判した相手を無知だとする反論',
  },
  // Blind R62A-109: the critic told not to call it what they called it, in any register (加工とか言わんで〜, やらせなんて言わないで
  // ください, 「ぼったくり」って言わんといて): the charge (加工, やらせ, 嘘, 高すぎ, 手抜き) echoed and forbidden. Said to a critic (a reply
  // or comment, or a post answering criticism); not a word with no charge (「どうせ無理」とか言わないで: encouragement).
  {
    re: phrase('(?:(?:さぼ|サボ)(?:って(?:い)?る|っとる|っちょる|りよる|っとう|ってばかり|ってます)|放置して(?:い)?る|放置しとる|何もして(?:い)?ない|何もしとらん|なんもしとらん|仕事して(?:い)?ない|仕事しとらん|怠けて(?:い)?る|怠けとる|加工|合成|修正|盛って(?:る|ます)?|盛りすぎ|盛り過ぎ|やらせ|ヤラセ|嘘|うそ|ウソ|フェイク|偽物|ニセモノ|ぼったくり|ボッタクリ|ステマ|サクラ|高すぎ|高過ぎ|まずい|不味い|汚い|きたない|手抜き|ずさん|税金の無駄|無駄遣い|しょぼい|ショボい|ださい|ダサい|ひどい|最悪)[」』]?(?:とか|だとか|やとか|なんて|だなんて|なんか|って)[、\\s]?(?:言わ|いわ|書か)(?:ないで|んで|んといて|んとって|んどいて)|(?:加工|合成|やらせ|ヤラセ|嘘|うそ|ウソ|フェイク|ぼったくり|ボッタクリ|ステマ|手抜き)[」』]?(?:とか|なんて|って)[、\\s]?(?:言うな|いうな|おっしゃらないで)'),
    ...TO_CRITIC,
    what: '批判した相手への言い返し',
  },
  // Blind R70A-118: the critic's comment called a presumption about the writer and the critic asked to stop, in any register
  // (駆除に反対してるって決めつけるコメントはやめてほしいな, 何もしていないと決めつける書き込みはおやめください, 決めつけた言い方は
  // 勘弁してほしか, サボっとるって決めつけんでほしい, 決めつけられるのは悲しいな): 決めつけ then a noun of what was written or said
  // (コメント, 書き込み, 投稿, 言い方, 発言) and a stop request, or 決めつけ in the dialect negative request (んで, んといて), or the
  // writer hurt at being presumed (決めつけられるのは残念). Said to a critic (a reply or comment, or a post answering criticism). Not
  // advice on posting or on judging others (相手を決めつけるようなコメントはやめましょう, 外見で人を決めつける書き込み: a person or an
  // attribute judged, a literacy class), not a request reported (決めつけるコメントはやめてほしいという声を受け).
  {
    re: phrase(
      '(?<!(?:国籍|見た目|外見|容姿|性別|年齢|肩書き?|出身|出身地|障がい|障害|学歴|職業|服装|第一印象|イメージ|先入観|属性|血液型|名前|性的指向|病気|病名|家庭環境)(?:だけ|のみ)?で|(?:人|相手|他人|子ども|子供|こども|誰か|だれか|友だち|友達|利用者|外国人|生徒|児童|部下|患者|他者)を[^。！？!?\\n]{0,16})' +
        '(?:決めつけ|決め付け|きめつけ)(?:' +
        '(?:る|た|てる|ている|とる|とう|よる|られる)?(?:ような|よーな|みたいな|ごたる|ごたぁ)?(?:ご)?(?:コメント|書き込み|投稿|言い方|いいかた|物言い|ものいい|意見|発言|リプライ|リプ|レス|批判|非難|指摘|見方|言葉|口コミ|レビュー)(?:は|を|も|ば|とか|なんか|なんて)?[、\\s]?(?:どうか|もう|そろそろ|ほんとに|本当に)?[、\\s]?(?:お)?(?:やめ|止め|控え|ご遠慮|遠慮|勘弁|よして)(?!ましょう|よう|る|させ)' +
        '|(?:ん|ない)(?:で|といて|どいて|どって)(?:ください|下さい|くれ|ほしい|欲しい|ほしか|もらえ|いただ|頂|ね|よ|な|〜|ー|!|！)' +
        '|られ(?:る|ると|ても|て)(?:の|ん)?(?:は|も|って)?[、\\s]?(?:ちょっと|すごく|とても|正直)?[、\\s]?(?:困|悲し|かなし|残念|心外|つら|辛|さみし|寂し)' +
        ')(?![^。！？!?\\n]{0,8}(?:という|との|って(?:いう)?|といった)(?:ご|お)?(?:声|意見|要望|相談|話))',
    ),
    need: ['決めつけ', '決め付け', 'きめつけ'],
    ...TO_CRITIC,
    what: '批判した相手への言い返し',
    unless: phrase('ましょう|リテラシー|講座|教室|授業|啓発|人権|ことが大切|ことが大事', 'u'),
  },
  // Blind R118A-112: the critic told not to say or write careless things, in any register (勝手なこと言わんでほしか, 好き勝手に書かないで
  // ください, いい加減なことを言うのはやめてほしい, 適当なこと書かんといて): the critic's words called careless and forbidden. Said to a critic
  // (a reply or comment, or a post answering criticism); not advice on posting (勝手なことを書き込まないようにしましょう), not a request
  // reported (…言わないでほしいという声).
  {
    re: phrase(
      '(?:(?:勝手な|好き勝手な|すき勝手な|適当な|いい加減な|いいかげんな|無責任な|知ったような|知ったふうな|分かったような|わかったような)(?:こと|事|話)(?:を|ば|は|ばっかり|ばかり)?|(?:好き勝手|すき勝手)(?:に|ばっかり|ばかり)?)[、\\s]?' +
        '(?:(?:言わ|いわ|書か|かか|書き込ま|言い触らさ)(?:ないで|んで|んといて|んとって|んどいて)(?:ください|下さい|くれ|ほしい|欲しい|ほしか|ほしかー|もらえ|もらいたい|いただ|頂|ね|よ|な|(?=[〜~ー!！。…\\s]|$))|(?:言う|いう|書く|書き込む)な(?![らりるれどのかく])|(?:言う|いう|書く|書き込む)(?:の|ん)(?:は|も)[、\\s]?(?:もう|どうか)?(?:お)?(?:やめ|止め|控え|ご遠慮|遠慮|勘弁|よして)(?!ましょう|よう|る|させ))' +
        '(?![^。！？!?\\n]{0,8}(?:という|との|って(?:いう)?|といった)(?:ご|お)?(?:声|意見|要望|相談|話))',
    ),
    need: ['勝手', '適当な', '加減な', 'いいかげんな', '無責任な', 'ったような', 'ったふうな'],
    ...TO_CRITIC,
    what: '批判した相手への言い返し',
    unless: phrase('ましょう|リテラシー|講座|教室|授業|啓発|人権|ことが大切|ことが大事', 'u'),
  },
  // Blind R72A-132: after a criticism heard (税金の無駄遣いってコメントがちらほら, とのご意見ですが), the readers told in a casual or
  // dialect register not to get it wrong (誤解しないでね, 勘違いせんでね, 誤解しないでほしいな, 思い違いなさらないでくださいね): the critic
  // answered back. Only with a criticism in the paragraph (a date told, 9時と勘違いしないでね, is a reminder), not a myth set right.
  {
    re: phrase('(?:誤解|勘違い|思い違い|早とちり)(?:は)?(?:しないで|せんで|せんといて|せんとって|しないでいて|なさらないで|されないで)(?:ね|な|よ|ほし|欲し|もら|くれ|ください|下さい|ちょうだい|(?=[〜~ー！!。\\s]|$))'),
    need: ['誤解', '勘違い', '思い違い', '早とちり'],
    what: '批判した相手への言い返し',
    instead: INSTEAD.critic,
    notWithApology: true,
    needsCriticism: true,
    rumourDenial: true,
  },
  // Blind R168A-117: after a criticism received, the readers asked in the polite noun form not to get it wrong (…とご意見をいただきましたが、
  // 保護者の同意は得ています。誤解のないようにお願いします; 誤解なきようお願い申し上げます, 勘違いのないようお願いいたします): the critic
  // told off as R72A's 誤解しないでね, in keigo. Only with a criticism received (or in a reply); the city clarifying itself (誤解のないよう
  // 補足します, 誤解のないよう表現を改めました) asks nothing of the reader, and an apology makes it a correction.
  {
    re: phrase('(?:誤解|勘違い|思い違い|早とちり)(?:の)?(?:ない|なき|無き|無い)よう(?:に)?[、,\\s]?(?:くれぐれも|どうか|どうぞ)?[、,\\s]?(?:お願い|願います|ご理解|ご承知|ご留意|ご注意)'),
    need: ['誤解', '勘違い', '思い違い', '早とちり'],
    what: '批判した相手への言い返し',
    instead: INSTEAD.critic,
    notWithApology: true,
    needsCriticism: true,
    strongCriticism: true,
    orReply: true,
    rumourDenial: true,
    unless: CITY_LISTENING,
  },
  // Blind R153I-099: after a complaint heard, the fault put on those who did not read, look or check (読んでいない方の責任だと思います,
  // 確認されなかった方の問題かと, 見とらん人のせいやけん, 調べなかった人の自己責任です): blame handed back to the complainants. Only with a
  // criticism in the paragraph; a rule told (確認していない方の責任で処理されます, 責任において) ends in no judgement.
  {
    re: phrase('(?:読ん|読まれ|お読みになっ|見|見られ|ご覧になっ|確認し|確認され|ご確認され|調べ|聞い|聞かれ|チェックし)(?:て|と)(?:い|お)?(?:ない|なかった|らっしゃらない|らん|られない|られなかった)(?:方|人|方々|人たち|者|お客様)(?:の|側の)(?:自己)?(?:責任|問題|落ち度|せい|過失|不注意|ミス)(?:だ|です|でしょう|かと|と(?:思|考え|存じ)|であ|やけん|やろ|たい|ばい|では(?:ないでしょうか|ないですか|ありませんか)|[。！!])|(?:読ま|読まれ|見|見られ|確認し|確認され|調べ|調べられ|聞か)なかった(?:方|人|方々|人たち|者|お客様)(?:の|側の)(?:自己)?(?:責任|問題|落ち度|せい|過失|不注意|ミス)(?:だ|です|でしょう|かと|と(?:思|考え|存じ)|であ|やけん|やろ|たい|ばい|では(?:ないでしょうか|ないですか|ありませんか)|[。！!])'),
    need: ['責任', '問題', '落ち度', 'せい', '過失', '不注意', 'ミス'],
    what: '苦情の責任を市民に転嫁する反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    needsCriticism: true,
    orReply: true,
  },
  // Blind R73A-055: a criticism dismissed as the view of people who do not know (遅いというご批判は現場をご存じない方の見方だと考えて
  // います, 実情を知らない方の感想にすぎません, 現場ば知らん人の言い分たい, 事情を分かっていない人の意見だと思います): the critics called
  // ignorant. The ignorance (ご存じない, 知らない, 分かっていない, 見ていない, 来たこともない) names the people, then what they said (見方,
  // ご意見, 言い分, 声, 批判) and a judgement (だ, です, にすぎない, と考え, かと). Not a wish to hear them (知らない方のご意見も伺いたい),
  // not an aid (ご存じない方のために), not the city's own shortfall (説明不足).
  {
    re: phrase('(?:(?:ご存じ|ご存知|ごぞんじ)(?:ない|でない)|知ら(?:ない|ん|ず)|(?:分か|わか)(?:って(?:い|お)?ない|っとらん|っちょらん|らない|らん)|(?:ご)?理解(?:して|されて)(?:い|お)?ない|(?:見て|ご覧になって|来て|来られて|経験して|体験して|使って|利用して)(?:い|お)?(?:ない|らん|らっしゃらない)|(?:見た|来た)こと(?:も|が)?(?:ない|なか))(?:方|人|人たち|方々|者)(?:の|による|からの)(?:見方|ご意見|意見|考え|お考え|声|お声|言い分|発想|感想|ご感想|批判|ご批判|主張|ご主張|ご指摘|指摘|理屈)(?:だ|です|でしょう|に(?:過ぎ|すぎ)|でしかな|と(?:考え|思|存じ)|かと|であり|でござい|やろ|たい|ばい|やけん|じゃ(?!な)|(?=[。！!]))'),
    need: ['ご存じ', 'ご存知', 'ごぞんじ', '知ら', '分か', 'わか', '理解', 'ない', 'らん', 'なか'],
    what: '批判者を無知だとする反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    needsCriticism: true,
    orReply: true,
    unless: /説明不足|周知不足|力不足|至らな|不十分|私どもの/u,
  },
  // Blind R81A-017: after a complaint or a criticism in the paragraph (ご指摘の夜間工事の騒音ですが, 苦情が来とるばってん), the city's own
  // view that there is no problem, as a verb of thinking denied in the present (市として問題があるとは考えておりません, 問題があったとは
  // 認識しておりません, 特段問題があるとは捉えていません, 何も問題なかと思っとります): the complaint refused. Not a past surprise taken
  // back (問題があるとは思っていませんでしたが、…見直します), not a worried asker reassured (ご安心ください), not with an apology or a fix.
  {
    re: phrase('(?:何ら|なんら|特に|特段|全く|まったく|何も|なんも)?[、,]?問題(?:が|は|の)?(?:ある|あった|あっ)とは(?:考えて|思って|思っと|思うと|認識して|捉えて|とらえて|判断して)(?:おりません|いません|おらず|おらん|おりまっせん|ない|ません|らん|りません)(?!でし)|(?:何ら|なんら|特に|特段|全く|まったく|何も|なんも)[、,]?問題(?:は|も)?(?:なか|なかった|なかったと|ない)と(?:思っと|思うと|考えと)(?:ります|る|りますけん|るけん)'),
    need: ['問題'],
    what: '苦情に対する弁明',
    instead: INSTEAD.justify,
    notWithApology: true,
    notWithRemedy: true,
    needsCriticism: true,
    unless: ASKER_REASSURED,
  },
  // Blind R81A-066: the critic asked to produce the grounds of what they say, in any register (「税金の無駄遣い」とおっしゃる根拠があれば、
  // 逆にお示しいただけますでしょうか, そう言われる根拠は何でしょうか, そげん言わるる根拠があるとなら見せてほしか, 証拠があるなら逆に出して
  // ください): the burden of proof turned on the critic. The grounds are the critic's by the verb of saying before 根拠 (おっしゃる根拠,
  // 書かれる根拠) or by 逆に (turned round); not a guide that asks for papers (被害の証拠があれば写真でお示しください, 根拠資料をご提示
  // ください, 算定の根拠はホームページでお示ししています).
  {
    re: phrase('(?:(?:おっしゃる|仰る|おっしゃっている|言われる|言われている|言わるる|言わるっ|言いよる|言うとる|主張される|主張されている|書かれる|書かれた|書かれている|書き込まれた|断定される|断言される|決めつける|決めつけられる)(?:その)?(?:根拠|証拠|裏付け|出典|ソース)(?:が|を|は)?(?:あれば|あるなら|あるのなら|おありなら|おありでしたら|おありであれば|お持ちなら|お持ちでしたら|お持ちであれば|あるんなら|あるんやったら|あるとなら|あるとやったら)?[、,]?(?:逆に|ぎゃくに)?|(?:根拠|証拠|裏付け|出典|ソース)(?:が|を)?(?:あれば|あるなら|あるのなら|おありなら|おありでしたら|おありであれば|お持ちなら|お持ちでしたら|お持ちであれば|あるんなら|あるんやったら|あるとなら|あるとやったら)?[、,]?(?:逆に|ぎゃくに))[、,]?(?:ぜひ|是非|ぜひとも|こちらに|こっちに)?(?:お示し|示して|示し|お見せ|見せて|出して|お出し|ご提示|提示して|教えて|お教え|お聞かせ)(?:いただけ|いただき|頂け|ください|下さい|くださ|もらえ|もらい|ほし|欲し|くれ)|(?:おっしゃる|仰る|言われる|言われている|言わるる|言いよる|主張される|書かれる|書かれた|書かれている|断定される|決めつける)(?:その)?(?:根拠|証拠|裏付け|出典|ソース)(?:は|って)[、,]?(?:一体|いったい)?(?:何|なん|どこ)(?:ですか|でしょうか|なんですか|なのでしょうか|ですかね|やろか|ね?[？?])'),
    need: ['根拠', '証拠', '裏付け', '出典', 'ソース'],
    what: '批判した相手に根拠を問いただす反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    needsCriticism: true,
    orReply: true,
  },
  // Blind R81A-131: the complaint called the complainant's own misunderstanding in the writer's voice, a copula and a verb of thinking
  // in the present, in any register or dialect (勘違いやと思いますよ, 誤解だと存じます, お客様の聞き間違いかと思います, 何かの見間違いじゃ
  // ないかと思いますけど, 記憶違いやなかかと思うとります): said to a critic. Not the writer's own mistake (こちらの勘違いだと思います), not a
  // past thought (最初は気のせいかと思いましたが), not a misunderstanding named as a common one in a column.
  {
    re: phrase('(?<!(?:私|わたし|わたくし|僕|ぼく|自分|こちら|当方|当課|当市|本市|市|職員|担当者|私ども|私たち|弊課|うち|担当)の)(?:勘違い|誤解|思い違い|見間違い|見間違え|聞き間違い|聞き間違え|聞き違い|記憶違い|早とちり|気のせい)(?:だ|や|じゃ|か|(?:では|じゃ|や)(?:ない|なか)か|なんじゃないか|なんやないか)な?と(?:思います|思う(?![てた])|思いますよ|思っとります|思っとる|思うとります|思うとる|思ってます|思っております|思っています|存じます|存じております|考えております|考えています|考えます)'),
    need: ['勘違い', '誤解', '思い違い', '見間違', '聞き間違', '聞き違い', '記憶違い', '早とちり', '気のせい'],
    ...TO_CRITIC,
    what: '苦情を相手の勘違いとする反論',
    notAsCommonMyth: true,
  },
  // Blind R60A-036: a flat contradiction to the critic in any register (それは違うですよ, そりゃ違うばい, それ違うよ; not 違う日, not
  // 違うんですか？), in a reply. (Last, so a longer rebuttal that starts with it keeps its span.)
  {
    re: phrase('(?:それは|それ|そりゃ|そりゃあ|そいは|そら)[、\\s]?(?:違う|ちがう)(?:です|ですよ|ですね|ですけど|よ|ばい|けん|たい|っちゃ|ぞ|わ|もん|し)?(?:よ|ね)?(?=[。！!…〜~\\s]|$)'),
    need: ['違う', 'ちがう'],
    what: '批判した相手への反論',
    instead: INSTEAD.critic,
    replyOnly: true,
    notWithApology: true,
  },
  // Blind R88A-110: a report or a criticism of the city characterised as one that misreads it, as a noun the clause qualifies (これは
  // 事業の趣旨を誤解した記事であり, 制度の仕組みを曲解した内容です, 補助金の目的を取り違えたものだと考えております, あれは事業ば誤解した
  // 記事たい): the press told it is wrong, on social media. Only where a report or a criticism is discussed (`needsCriticism`), not an
  // apology for the city's own (誤解させるものであったことをお詫びします), not a guide (制度の趣旨を誤解した申請が増えています: no
  // copula after it).
  {
    re: phrase(
      '(?:(?:誤解|誤認|曲解|勘違い)(?:を)?(?:した|された|している|されている|しとる|しちょる|しよる)|(?:取り違え|取りちがえ|読み違え|履き違え|はき違え)(?:た|ている|とる|ちょる))(?:上での|うえでの)?(?:記事|報道|番組|放送|見出し|ニュース|特集|内容|もの|もん|ご指摘|指摘|ご批判|批判|ご?主張|ご?投稿|書き込み|コメント)(?:だと|であると|と)?(?:です|であり|であります|でございます|だ(?=[。！!、,]|ね|よ)|や(?=[。！!、,]|ね|よ|けん)|たい|ばい|じゃ(?=[。！!、,]|ね|よ)|考え|言わざる|思(?:い|う|っ|わ)|存じ|認識し|判断し)',
    ),
    need: ['誤解', '誤認', '曲解', '取り違え', '取りちがえ', '読み違え', '履き違え', 'はき違え', '勘違い'],
    what: '相手の誤りを指摘する反論',
    instead: INSTEAD.press,
    notWithApology: true,
    needsCriticism: true,
    orReply: true,
  },
  // Blind R88A-110: a report or a criticism received, refused as not acceptable to the city, in the nominal form or with an adverb of
  // force (本市として到底受け入れられるものではありません, こうした指摘は到底受け入れられません, 受け入れがたい内容です, 容認できるもの
  // ではございません): a protest at the press or the critic. Only after a criticism received or a report discussed (`strongCriticism`):
  // not a capacity told (これ以上の申込みは受け入れられません), a shelter getting ready (受け入れられるよう), or a grief (ご遺族にとって
  // 到底受け入れられるものではない現実).
  {
    re: phrase(
      '(?:全く|まったく|到底|とても|とうてい|断じて|決して)?(?:受け入れ|受入れ|容認|許容)(?:られる|できる|し得る|しうる|る)(?:もの|内容|話|もん)(?:では|じゃ)(?:ありません|ございません|なか|ない(?=[。！!、,]|です|と))(?!でし|か)|(?:全く|まったく|到底|とても|とうてい|断じて|決して)(?:受け入れ|受入れ)(?:られ|でき)(?:ません|ない(?=[。！!、,]|です|と)|ん(?=[。！!、,]|です|ばい|たい))|(?:受け入れ|受入れ)(?:がた|難)い(?:もの|内容|話|報道|記事|ご指摘|指摘|ご批判|批判)(?:です|であり|であります|でございます|だ(?=[。！!、,])|と(?:考え|言わざる|思|存じ))' +
        // Blind R224T-024 kind: the report or the criticism itself named as what the city cannot accept (市として記事の内容を受け入れる
        // ことはできません, ご指摘を容認することはできません); not a capacity (これ以上の申込みを受け入れることはできません).
        '|(?:記事|報道|番組|ご指摘|指摘|ご批判|批判|主張|ご主張)(?:の(?:内容|ご指摘|指摘|論調|趣旨|主張))?(?:を|は)[、,]?(?:到底|とても|そのまま|全面的に)?(?:受け入れ|受入れ|容認)(?:る|する)?こと(?:は|が|も)?(?:でき|出来)(?:ません|ない(?=[。！!、,]|です|と))' +
        // Blind R322H-045 kind (reb59): the criticism pointed at with という or a demonstrative and refused with no adverb (怠慢というご批判は
        // 受け入れられません, そのようなご指摘はお受けいたしかねます, こうした批判には容認できません), closing the sentence; not a comment policy
        // (誹謗中傷を含むご意見は…, そのようなご意見はお受けできませんので、ご了承ください), not a capacity.
        '|(?<!(?:誹謗|中傷|公序良俗|個人情報|宣伝|広告|営利|わいせつ|なりすまし|差別的)[^\\n]{0,60})(?:という|との|といった|って|その|この|こうした|そうした|そのような|このような|そういった|今回の)(?:ご|お)?(?:批判|指摘|主張|意見|評価|非難|叱り)(?:は|には|については|につきましては)[、,]?(?:受け入れ|受入れ|お受け|容認)(?:られ|でき|いたしかね|しかね|かね)(?:ません|ない|ます)(?=[。！!]|$)',
    ),
    need: ['受け入れ', '受入れ', '容認', '許容'],
    what: '報道や批判への抗議・反論',
    instead: INSTEAD.press,
    notWithApology: true,
    needsCriticism: true,
    strongCriticism: true,
  },
  // Blind R98A-051: the critic's own omission named in a cleft with the critic as its focus (手続きをされていないのはそちらの方かと
  // 思います, 申請をしていないのはあなたのほうではないでしょうか, ルールば守っとらんとはそっちの方やろ, 確認されなかったのはご自身です):
  // a criticism turned back on the critic. Only an act left undone (an object before it, or the honorific され), a pronoun of the reader
  // as the focus (not こちら: the city's own), not a question (…のはそちらの方ですか), and said to a critic.
  {
    re: phrase('(?:(?:を|ば)[^。！？!?\\n、]{0,10}?|され|なさら|なさっ)(?:ていない|ていなかった|ておられない|ておられなかった|ていらっしゃらない|てない|てなかった|ておらん|とらん|とらんかった|なかった|ない|んかった|ん)(?:の|ん|と)は[、,\\s]?(?:むしろ|実は|実際は|どう見ても|正直)?[、,\\s]?(?:そちら|そっち|あなた|あんた|貴方|お客様|お客さま|ご自身|ご自分|ご本人|投稿者)(?:様|さま|さん)?(?:の方|のほう|ん方|んほう|側|がわ|の側)?(?:かと|では(?:ない|ありません)|じゃ(?:ない|なか)|やなか|です(?!か)|でしょう(?!か)|だと|だ(?=[。！!よね])|や(?=[。！!ろけんね])|と(?:思|存じ|考え)|でございます|やろ|ばい|たい|(?=[。！!]))'),
    need: ['そちら', 'そつち', 'あなた', 'あんた', '貴方', 'お客', 'ご自身', 'ご自分', 'ご本人', '投稿者'],
    ...TO_CRITIC,
    what: '相手に責任を転嫁する反論',
  },
  // Blind R98A-102: a complaint heard, in any register or dialect (臭かって言わすばってん, 汚いとのご意見ですが, 濁っとるって書かれとる
  // けど), then the cause it names refused (それは浚渫のせいじゃなかですよ, そりゃ工事のせいやなか, それは工事によるものではございません)
  // or the thing waved off as so everywhere (夏場はどこでもそげんもんです, どこもそんなものですよ). Not a reader reassured (それはあなたの
  // せいではありません), not with no complaint heard (濁りは工事のせいではなく大雨によるものです), not a rumour set right.
  {
    re: phrase('(?:それは|それって|そりゃ|そりゃあ|そいは|そら)[、,\\s]?(?!(?:あなた|あんた|お客|ご自身|ご自分|ご本人|君|きみ|誰|だれ))[^。！？!?\\n]{1,12}?(?:の(?:せい|所為)|によるもの|が原因)(?:では|じゃ|や)(?:ありません|ございません|ない(?=[。！!、,よ]|です|と)|なか|ねえ)|(?:どこでも|どこも|どこん(?:とこ|ところ)も|どこの(?:町|まち|市|自治体|川|公園)も)[、,\\s]?(?:そげん|そがん|そぎゃん|そんな|そういう|そういった|こげん|こんな|同じような)(?:もん|もの)(?:です|でしょう|ですよ|だ(?=[。！!よね])|や(?=[。！!ろけんね])|ばい|たい|じゃ(?=[。！!])|よ(?=[。！!]))'),
    need: ['せい', '所為', 'よるもの', '原因', 'どこ'],
    what: '苦情への反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    rumourDenial: true,
    alsoNeeds: phrase('(?:って|と|っち|ち)(?:言われ|いわれ|言わる|言わす|言いよ|言うて|言っと|言って|言う(?:人|方)|書かれ|書いと|書いて|書き込|おっしゃ)[^。！？\\n]{0,10}?(?:けど|けれど|けども|ばってん|ばって|ども|が[、,]|ても[、,]?|ちゃ[、,])|ご指摘|ご批判|批判|お叱り|苦情|クレーム|ご不満|とのこと|との(?:ご|お)?(?:意見|指摘|批判|声|投稿|書き込み|コメント)|というご(?:意見|批判|指摘|不満)', 'u'),
    unless: phrase('ありがと|感謝|改善|見直|検討|対策|工夫|確かに|たしかに|ご心配|ご安心|心配(?:いりません|ありません|せんで|なか)|申し訳|お詫び', 'u'),
  },
  // Blind R99A-014: a criticism received (税金の無駄とのご意見ですが, 無駄遣いとのご批判) answered with the city's conduct denied emphatically
  // as a fact in the writer's voice (追加の費用は一切かかっておりません, 市の予算は全く使っておりません, 補助金は一円も出ておりません,
  // いっちょん使っとらんです): a counter-fact, not an answer. Only a state in the て-form denied (a fee rule, 参加費は一切かかりません,
  // informs), only after a criticism received (a reply answering a question on cost informs), not a worry reassured (ご安心ください), not with an apology or a fix.
  {
    re: phrase('(?:は|も|など|なんて|なんか|に)[、,\\s]?(?:一切|いっさい|全く|まったく|少しも|何ら|なんら|一円も|1円も|一銭も|びた一文|全然|ぜんぜん|いっちょん|ちっとも)[、,\\s]?(?:(?!ない|なか|ませ)[^。！？!?\\n、]){0,8}?[てで](?:おりません|いません|ございません|おらず|おらん|ない(?=[。！!よ]|です|ので|から))|(?:は|も|など|なんて|なんか|に)[、,\\s]?(?:一切|いっさい|全く|まったく|少しも|何ら|なんら|一円も|1円も|一銭も|びた一文|全然|ぜんぜん|いっちょん|ちっとも)[、,\\s]?(?:(?!ない|なか|ませ)[^。！？!?\\n、]){0,8}?とらん'),
    need: ['一切', 'いつさい', '全く', 'まつたく', '少しも', '何ら', 'なんら', '円も', '一銭も', '一文', '全然', 'ぜんぜん', 'いつちよん', 'ちつとも'],
    what: '批判への反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    needsCriticism: true,
    strongCriticism: true,
    notWithRemedy: true,
    rumourDenial: true,
    unless: LISTENED_OR_REASSURED,
  },
  // Blind R103A-007: answering a complaint (ご意見ありがとうございます。ただ、…; 苦情, って言われ, or a reply), the fault put on the user's
  // side, 〜側 setting the user against the city (利用者様側の入力内容の誤りによるものです, お客様側の操作ミスが原因です, そちら側の
  // 確認不足かと存じます, 利用者さん側の間違いやけん, 申請者側に問題があったものと考えております): the complainant told the fault is
  // theirs. Not the city's own side (市側の入力ミス: an admission), not a rule or a cause still looked into (お客様側のご都合による
  // キャンセル, 利用者側の誤りによるものかを調査中), not a help answer that hedges or offers a step (お客様側の通信環境によるものかもしれ
  // ません。…お試しください), not with an apology or a fix.
  {
    re: phrase('(?:利用者|ご利用者|使用者|お客様|お客さま|お客さん|申請者|申込者|お申込者|ご本人|ユーザー|ユーザ|市民|住民|保護者|参加者|来場者|受験者|そちら|そっち|投稿者)(?:さん|様|さま|の方|の皆さん|の皆さま|の皆様)?(?:側|がわ)(?:の|ん)(?:(?:ご|お)?[^。！？!?\\n、,]{0,12}?(?:誤り|ミス|間違い|まちがい|勘違い|思い違い|不注意|不備|問題|落ち度|過失|確認不足|確認漏れ|見落とし|誤操作|誤入力|手違い|入れ間違い)(?:によるもの|によって(?:起き|生じ)た(?:もの)?|が原因|のため|のせい)?(?:です|でございます|であり|であって|と(?:考え|思われ|存じ|見られ|判断|確認)|かと|でしょう|やけん|やろ|ばい|たい|なので|ですので|だ(?=[。！!]|$)|や(?=[。！!よ]|$)|やと)|[^。！？!?\\n、,]{0,6}?(?:原因|問題|責任|落ち度|非)(?:が|は)(?:あります|ございます|ありました|ございました|あった(?:もの|と)|ある(?:と|かと|もの|けん|ばい|たい)))|(?:利用者|ご利用者|使用者|お客様|お客さま|お客さん|申請者|申込者|お申込者|ご本人|ユーザー|ユーザ|市民|住民|保護者|参加者|来場者|受験者|そちら|そっち|投稿者)(?:さん|様|さま|の方|の皆さん|の皆さま|の皆様)?(?:側|がわ)に[^。！？!?\\n、,]{0,6}?(?:原因|問題|責任|落ち度|非)(?:が|は)(?:あります|ございます|ありました|ございました|あった(?:もの|と)|ある(?:と|かと|もの|けん|ばい|たい))'),
    need: ['側', 'がわ'],
    what: '苦情を利用者側の誤りとする反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    notWithRemedy: true,
    needsCriticism: true,
    orReply: true,
    unless: phrase('ご質問|お問い合わせ(?:ありがと|いただ)|お試し|かもしれ|可能性|場合が(?:あり|ござい)', 'u'),
  },
  // Blind R103A-100: the city declared not to blame, in any register or dialect (市のせいやなかですよ, 市のせいではありません, 当課の
  // せいじゃなか, 役所のせいやないです, 市が悪いわけやなか), in a reply or after a criticism received (the Round 35 form reads only
  // では/じゃ and wants a criticism received). Not another city's, not a reader reassured (あなたのせいではありません), not a question
  // (市のせいではないか), not with thanks or an apology, not a cause told with no critic (渋滞は市のせいではなく事故によるもの, in a post).
  // Blind R231Q-049 kind: or the city's failing named as not the cause (海苔の不作は市の対応の遅れが原因ではありません, 当課の確認不足が
  // 原因ではございません): a failing word (遅れ, 不足, ミス) is needed; a plain cause (市の工事が原因ではなく) is news.
  {
    re: phrase('(?:(?<![他各都隣近同])市|当市|本市|当課|当部|当局|行政|市役所|役所|私ども|当方|こっち|こちら|うち|職員|担当課|当館|当施設|当センター)(?:側)?(?:の(?:せい|所為|落ち度|過失|手落ち|不手際|怠慢)(?:で|じゃ|や)(?:は|も)?|の(?:[一-龥々ァ-ヶー]{1,6}の)?[一-龥々ァ-ヶー]{0,4}(?:遅れ|不備|ミス|不足|まずさ|怠慢|不手際|失敗|落ち度|怠り|放置)(?:が|に)?原因(?:で|じゃ|や)(?:は|も)?|(?:が|は)(?:悪い|悪か|悪かった)(?:わけ|訳|ちゅうわけ|っちゅうわけ)(?:で|じゃ|や)(?:は|も)?)(?:決して|全く|まったく|全然|ぜんぜん|いっちょん)?(?:なく(?=[、,])|なか(?!ろう|った)|ない(?=[。！!よ]|です|と思|ん?や|けん)|ありません|ございません|ありまっせん|ねえ|ねぇ)'),
    need: ['せい', '所為', '落ち度', '過失', '手落ち', '不手際', '怠慢', '悪', '原因'],
    what: '責任を否定する反論',
    instead: INSTEAD.justify,
    notWithApology: true,
    needsCriticism: true,
    strongCriticism: true,
    orReply: true,
    unless: phrase('ありがと|感謝|真摯に受け止め|重く受け止め|ご安心|心配(?:いりません|ありません|せんで|なか)', 'u'),
  },
  // Blind R123A-040: the critic told to read or look properly, the object left unsaid (…と書かれていましたが、よく読んでください,
  // ちゃんと見てください, もう一度よくお読みください; only to a critic; a guide names what to read: 注意事項をよく読んでください).
  // Blind R142D-093: also at the head of a reply after the critic's handle or name (@hakushu_fan よく読んでください。…と書いてあります,
  // 〇〇さん、ちゃんと読んでください).
  {
    re: phrase('(?:(?<=^|[。！!]\\s?|@[A-Za-z0-9_]{1,15}[\\s　]{1,2}|(?:さん|様|さま|殿)[、,]\\s?)|(?<=(?:が|けど|けれど|ばってん)[、,]?))(?:もう一度|もう一回|一度|今一度)?[、,]?(?:よく|よーく|ちゃんと|きちんと|しっかり|しっかりと|よう)[、,]?(?:お読み|読んで|ご覧|見て|読み直して|見直して)(?:ください|下さい|いただきたい|ほしい|欲しい|ほしか|もらいたい|くれ)(?=[。！!、,〜~\\s]|$|よ|ね|です|ませ)'),
    need: ['読', 'ご覧', '見て', '見直'],
    what: '批判した相手への反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    needsCriticism: true,
    orReply: true,
    unless: POSTING_ADVICE,
  },
  // Blind R120A-103: the critic dared to do it themselves, in any register or dialect (そげん言うなら自分でe-Taxしたらよか, そんなに
  // 言うならご自分でやってみてください, 文句があるなら自分でやれば; not a tip: ご自分でも手続きできます).
  {
    re: phrase('(?:(?:そう|そげん|そがん|そぎゃん|そんなに|そこまで|そんなふうに)(?:まで)?(?:言う|いう|言わす|言わるっ|言わるる|おっしゃる|仰る|言われる|書く|書かれる)|(?:文句|不満|苦情)(?:が|を)?(?:ある|言う|言いたい))(?:の|ん|と)?(?:なら|ならば|やったら|だったら|ったら|ぎ)[、,]?(?:ご)?自分(?:で|たちで|自身で)[^。！？!?\\n]{0,16}?(?:したら|すれば|やれば|やったら|すりゃ|やりゃ|どうぞ|してください|なさってください|やってください|しろ|やれ|いかが|どう[？?]|てみろ|てみれ|てみて(?:ください|ほしい|は)|てみたら|てみれば)'),
    need: ['自分'],
    what: '批判した相手への言い返し',
    instead: INSTEAD.critic,
    notWithApology: true,
  },
  // Blind R120A-113: a complaint turned onto those who failed to do their part, in any register (払わない方が悪いんですよ, 守らん人が
  // 悪か, 確認しなかった方が悪い; only to a critic; not a denial of blame: 知らない人が悪いわけではありません).
  {
    re: phrase('(?:[一-龥]{1,3}[ぁ-ゖ]{0,2}|[ぁ-ゖ])(?:ない|なかった)(?:方|ほう|人|ひと|者|もん|やつ|奴)(?:が|の)(?:悪い|悪か|わるい|わるか)(?!わけ|訳|とは|のでは|って|という|ってこと|ということ|ことは|か[？?。]|でしょうか|ですか|んですか)|[一-龥]{1,3}[ぁ-ゖ]{0,2}(?:ん|せん)(?:方|ほう|人|ひと|者|もん|やつ|奴)(?:が|の)(?:悪い|悪か|わるい|わるか)(?!わけ|訳|とは|のでは|って|という|ってこと|ということ|ことは|か[？?。]|でしょうか|ですか|んですか)'),
    need: ['悪', 'わる'],
    what: '批判を相手のせいにする反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    needsCriticism: true,
    orReply: true,
  },
  // Blind R174I-027: an error pointed out denied with the city's wording declared right (日付が違っているとのことですが、こちらでは正しく
  // 表記しております, ホームページには正しく掲載しております). Only after a criticism received (とのこと, ご指摘); not with an apology
  // (チラシに誤りがありました。申し訳ありません。ホームページでは正しく表記しております), not a fix told (正しく修正しました).
  {
    re: phrase('正しく(?:表記|掲載|記載|表示|印字|記入|入力|案内|告知|周知|お知らせ|ご案内|明記)(?:して|いたして|されて|させていただいて)(?:おります|います|おり|ございます|ある|あります)'),
    need: ['正しく'],
    what: '指摘された誤りを否定する反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    despiteCorrection: true,
    needsCriticism: true,
    strongCriticism: true,
  },
  // Blind R176D-061: a complaint answered with the city's own record (ごみ収集車が来なかったとのことですが、当日の運行記録では予定どおり
  // 回っております; 記録上は通常どおり配達しております, システムのログでは正常に受け付けております; blind R183I-054: the staff's conduct by the
  // record, 記録を確認したところ、職員は手順どおり…ご説明しておりました, 記録では適切に対応しております) and the complainant's own timing hinted as the
  // cause in a polite question (出されたのが8時30分を過ぎていた可能性はありませんか, お越しになったのが受付終了後だったのではないでしょうか).
  // Only after a complaint received; not with an apology, a concession or a promise to come again (可能性もあります, 改めて伺います).
  {
    re: phrase(
      '(?:記録|データ|ログ|履歴|gps|日報)(?:上|で|では|によると|によれば|を見ると|を見る限り|を確認したところ|を確認しましたが|を確認いたしましたが)[、,]?[^。！？!?\\n]{0,16}?(?:予定(?:どおり|通り)|通常(?:どおり|通り)|定刻(?:どおり|通り)|時間(?:どおり|通り)|(?:手順|規定|マニュアル|ルール)(?:どおり|通り)|問題なく|適正に|適切に|丁寧に|正常に|確実に|滞りなく)[^。！？!?\\n]{0,10}?(?:て|で)(?:おり(?:ます|ました)?|い(?:ます|ました)|ございます)|(?:出され|お出しにな|来られ|お越しにな|申し込まれ|お申し込みにな|申請され|提出され|届け出られ|送られ|到着され|着かれ|投函され|振り込まれ|お振り込みにな|ご来場にな|来場され)(?:っ)?た(?:の|時間|時刻|日|タイミング)(?:が|は)[、,]?[^。！？!?\\n]{0,16}?(?:過ぎ|遅れ|遅か|後|以降)[^。！？!?\\n]{0,8}?(?:可能性|の|ん)(?:は|では|じゃ)?(?:ありません|ございません|ない)(?:でしょう|です)?か',
    ),
    need: ['記録', 'データ', 'ログ', '履歴', 'gps', '日報', '出され', 'お出し', '来られ', 'お越し', '申し込まれ', 'お申し込み', '申請され', '提出され', '届け出られ', '送られ', '到着され', '着かれ', '投函され', '振り込まれ', 'お振り込み', 'ご来場', '来場され'],
    what: '苦情を記録や相手の都合で否定する反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    needsCriticism: true,
    strongCriticism: true,
    unless: phrase('確かに|たしかに|可能性もあ|可能性がございます|かもしれ|改めて|あらためて|再度|至急|すぐに|伺います|お伺い|(?:確認|対応|回収|収集|調査|配達|お届け)(?:いたします|します|させていただきます)', 'u'),
  },
  // Blind R195D-007 kind: a complaint that something was not collected or served (回収されなかった件ですが, 受け付けてもらえなかったとの
  // ことですが) answered with the complainant's own step not yet done at the time the city came (収集車が通過した8時40分の時点ではまだ
  // 出されていなかったと報告を受けております, 締切の時点ではまだ申請書が提出されていませんでした): the fault put on the complainant by the
  // record. Only the complainant's own thing (ごみ, 申請書, 書類) or none named, with まだ; not a warning or an order of the city's own that
  // was not yet issued (その時点ではまだ避難指示は出されていませんでした), not with an apology, a concession or the city coming again.
  {
    re: phrase('(?:時点|段階|時刻|時間|とき|時|際|ころ|頃)(?:では|で|には|に)(?:は)?[、,]?(?:まだ|未だ|いまだ)[、,]?(?:(?:ごみ|粗大ごみ|資源ごみ|資源物|ごみ袋|申請書|申込書|書類|届出書?|届け|荷物|回収物|品物|物)(?:は|が|も)?[、,]?)?(?:出され|お出しにな|お出しいただ|提出され|ご提出(?:され|いただ)|持ち込まれ|お持ち込みにな|お持ち込みいただ|申し込まれ|お申し込みにな|申請され|届け出られ|排出され|来られ|お越しにな|到着され)(?:て|って)(?:い|お)(?:なかった|ませんでした|りませんでした|らず)'),
    need: ['まだ', '未だ', 'いまだ'],
    what: '苦情を記録や相手の都合で否定する反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    needsCriticism: true,
    strongCriticism: true,
    orReply: true,
    unless: phrase('確かに|たしかに|可能性もあ|かもしれ|改めて|あらためて|再度|至急|すぐに|伺います|お伺い|(?:回収|収集|対応|お届け|配達)(?:に伺|いたします|します|させていただきます)', 'u'),
  },
  // Blind R164D-094, R162I-048: the complainant's own perception doubted as a polite question, in any register (気のせいではないでしょうか,
  // 見間違いじゃないですか, ご覧になっていた時間帯が違うのではないでしょうか, 行かれた日が別の日だったのではありませんか; blind R174I-027: what the critic looks at
  // or read doubted, 訂正前の画面をご覧になっているのではないでしょうか): the complaint put
  // down to the critic's mistake. Only to a critic (a reply, or a criticism received); not the writer's own (私の気のせいでは), not a denial
  // of 気のせい (気のせいではありません。本当に…), not a help answer that offers a step (こちらのページをご確認ください).
  {
    re: phrase('(?<!(?:私|わたし|僕|ぼく|自分|こちら|当方)の)(?:気のせい|見間違い|見間違え|聞き間違い|聞き間違え|記憶違い|思い違い|勘違い|思い込み)(?:では|じゃ|や)(?:ない|ありません|ございません|なか)(?:でしょう|です|と)?か|(?:ご覧になった|ご覧になっていた|ご覧になられた|見られた|見られていた|お越しになった|来られた|行かれた|通られた|お聞きになった|聞かれた|ご利用になった|利用された|使われた)(?:の|のは)?[^。！？!?\\n]{0,8}?(?:が|は)[、,]?(?:違う|ちがう|異なる|別の[^。！？!?\\n]{0,6}?|間違っている|お間違え)(?:の|ん)(?:では|じゃ)(?:ない|ありません|ございません)(?:でしょう|です)?か|(?<=を)(?:ご覧に|お読みに|ご利用に|お使いに|お聞きに)な(?:って(?:いる|いた|いらっしゃる|おられる)|られて(?:いる|いた)|った)(?:の|ん)(?:では|じゃ)(?:ない|ありません|ございません)(?:でしょう|です)?か'),
    need: ['気のせい', '間違', '違い', '違え', '思い込み', 'ご覧', '見られ', 'お越し', '来られ', '行かれ', '通られ', 'お聞き', '聞かれ', '利用', '使われ', 'お読み', 'お使い'],
    ...TO_CRITIC,
    what: '苦情を相手の勘違いとする反論',
    strongCriticism: true,
    unless: phrase('お手数|お試し|ご確認ください|ご確認いただけ|こちらの(?:ページ|url|リンク)|https?:|受診|医療機関|ご相談ください', 'u'),
  },
  // Blind R162I-061: critics belittled as a loud few (一部の声だけが大きく取り上げられている, ごく一部のご意見にすぎません, 声の大きい一部の方),
  // after a criticism received. Not the city asking for more voices (一部の声だけでなく、幅広くご意見を伺います), not a part of the town
  // or of a group (一部の地域だけが被害を).
  {
    re: phrase('(?:ごく|ほんの)?一部の(?:方|人|人たち|方々|声|お声|意見|ご意見|批判)(?:だけ|のみ)?(?:が|の(?:声|意見|ご意見))(?!だけでなく|のみならず)[、,]?[^。！？!?\\n]{0,6}?(?:大きく(?:取り上げ|報じ|扱われ|聞こえ|広まっ|拡散)|(?:騒いで|騒がれて|言って|おっしゃって)(?:いる|る|おられる)だけ)|(?:ごく|ほんの)?一部の(?:方|人|人たち|方々|声|お声|意見|ご意見|批判)(?:に|で)(?:すぎ|過ぎ)(?:ません|ない(?=[。！!、,]|です|と|ので|$)|ず)|声の大きい(?:ごく)?(?:一部の)?(?:方|人|方々|人たち)'),
    need: ['一部', '声の大きい'],
    what: '批判の声を小さく扱う反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    needsCriticism: true,
    strongCriticism: true,
    orReply: true,
    unless: phrase('幅広|お寄せ|聞かせ|伺いながら|伺って', 'u'),
  },
  // Blind R164D-048, R165I-078: the staff's complaint at being complained to or compared, in the passive with ても (苦情を言われても困ります,
  // 大きな都市の花火大会と比べられても困ります, 文句を言われましてもどうしようもありません): the complaint refused whoever is named. Not
  // 困らない (比べられても困らないよう), not advice on handling complaints (相談窓口へ, 講座).
  {
    re: phrase('(?:(?:と|に|より)(?:比べられ|くらべられ|比較され)|(?:苦情|文句|クレーム|不満)(?:を|ば)?(?:言われ|言わ|寄せられ)|(?:責められ|叱られ|怒られ))(?:ても|たって|ましても|まして(?:も|は)|ちゃ)[、,]?[^。！？!?\\n]{0,8}?(?:困(?:ります|る(?:ん|と|ばい|けん|よ|わ|[。！!…]|$)|ってしま|っています|っております|っとります)|こまります|どうしようも(?:ありません|ない|ございません|なか))(?!よね|ね|か|でしょう)'),
    need: ['ても', 'たって', 'まして', 'ちゃ'],
    what: '批判をはねつける返答',
    instead: INSTEAD.justify,
    notWithApology: true,
    unless: phrase('相談(?:窓口|センター|ください)|消費生活|講座|セミナー|研修', 'u'),
  },
  // Blind R163A-036: a complaint echoed in the concessive (子ども向けすぎるって言われても、もともと子ども向けのイベントなので, と言われましても、
  // そもそも…): the premise set against it. Only to a critic (a reply, or a criticism received).
  {
    re: phrase('(?:って|と|とか)(?:言われ|書かれ|おっしゃられ|言わ)(?:ても|ましても|たって)[、,\\s]?(?:もともと|元々|そもそも|もとから|元から|初めから|はじめから|最初から)'),
    need: ['ても', 'たって'],
    what: '批判への言い返し',
    instead: INSTEAD.critic,
    notWithApology: true,
    needsCriticism: true,
    strongCriticism: true,
    orReply: true,
  },
  // Blind R351R-016 kind: a charge against the city heard as hearsay, conceded with けど/が (市が片付けないって言われてるけど, 職員が何も
  // してないと言われていますが), then turned in the same sentence: the blame put on others (あれ観光客が置いてったやつだし, 捨てていくのは
  // 利用者のほうなんですけど) or the work claimed as the writer's own (毎朝拾ってるのうちらなんだけど, やってるのは私たちですけどね). Only a
  // charge (the city or its staff as the subject of a negative, a neglect or a fault), not praise heard (きれいって言われてるけど).
  {
    re: phrase('(?:市|市役所|役所|行政|職員|担当|役場|窓口|うち|こっち)(?:が|は|って|の(?:対応|人)(?:が|は)?)[^。！？!?\\n「」]{0,16}?(?:ない|なかった|ん|遅い|悪い|ひどい|冷たい|汚い|ずさん|手抜き|放置(?:して(?:る|いる)|しとる)?|さぼって(?:る|いる)|サボって(?:る|いる))[」』]?(?:って|と|っち)(?:よく)?(?:言われ|書かれ|叩かれ)(?:てる|ている|ています|てます|とる|よる|ちょる|てた|ていた|がちだ|がちです|ます)?(?:けど|けれど|けども|ばってん|が)[、,]?\\s?[^。！？!?\\n]{0,40}?' +
      '(?:(?:の|のは|のって)(?:うちら|うち|私たち|わたしたち|私ら|僕ら|僕たち|ぼくら|俺ら|おれら|我々|われわれ|こっち|こちら|職員|市の職員)(?:なん)?(?:だ|です|や)?(?:けど|けども|し|から|よ|って)|(?:客|者|人|誰か|だれか|業者|県|国)(?:が|の)[^。！？!?\\n]{0,12}?(?:やつ|ヤツ|もの|もん|ごみ|ゴミ|せい|責任|ほう|方)(?:なん)?(?:だし|ですし|だから|ですから|なんで|なので|だけど|ですけど|やし|やけん|ばい|じゃん|でしょ))'),
    need: ['けど', 'けれど', 'ばってん', 'が'],
    what: '批判への言い返し',
    instead: INSTEAD.justify,
    notWithApology: true,
    needsCriticism: true,
    orReply: true,
  },
  // Blind R164D-057: the critics dared with a rhetorical question (反対される方は、事故が起きたとき代わりに責任を取れるのでしょうか, 批判する人は
  // 代わりに責任を負えるんですか), and the decision criticised declared only natural (撤去は当然の判断です, 当然の措置であると考えております)
  // after a criticism received. Not an admission with a fix (改善するのは当然の対応です).
  {
    re: phrase('(?:反対|批判|非難|文句を言|苦情を言)(?:される|する|している|されている|なさる|なさっている)(?:方|人|方々|人たち)(?:は|が)[、,]?[^。！？!?\\n]{0,30}?(?:責任を(?:取|と|負|持)(?:れる|てる|える)|代わりに[^。！？!?\\n]{0,12}?(?:できる|くれる|もらえる))(?:の|ん)(?:でしょうか|ですか|か[？?])|当然の(?:判断|措置|対応|決定|処置)(?:です|であり|でした|であった|だと考え|と考え)'),
    need: ['方', '人', '当然'],
    what: '批判への反論',
    instead: INSTEAD.justify,
    notWithApology: true,
    notWithRemedy: true,
    needsCriticism: true,
    strongCriticism: true,
    orReply: true,
  },
  // Blind R165I-044: those who spread a criticism scolded for their misunderstanding (勘違いで拡散するのはやめてください, 憶測で批判するのは
  // お控えください, 確認もせずに書き込むのはやめて): after a criticism; not literacy advice (ましょう), not a hoax warning.
  // Blind R200D-035: the verb in its plain form too (確かめもせずに書き込むのは, 調べもせずに騒ぐのは): the writer of a post scolded.
  {
    re: phrase('(?:勘違い|誤解|思い込み|早とちり|憶測|臆測|確認もせず(?:に)?|確かめもせず(?:に)?|調べもせず(?:に)?)(?:で|のまま|して)?[、,]?(?:拡散|批判|非難|投稿|書き込|発信|騒)(?:する|される|さ|ん|む|ぐ|まれる)?(?:の|こと)(?:は|を)?(?:やめて|おやめ|お控え|控えて|慎んで)(?!ましょう)'),
    need: ['やめ', '控え', '慎ん'],
    what: '批判した人を責める反論',
    instead: INSTEAD.critic,
    // A criticism, or a claim quoted and answered (「市の予算でアイドルを呼ぶな」というコメントについて).
    alsoNeeds: phrase('[」』](?:という|との|といった|って)|ご指摘|ご批判|批判|苦情|ご意見|とのこと|(?:という|との|といった)(?:話|お話|噂|うわさ|情報|声|お声|コメント|投稿|書き込み)', 'u'),
    notInHoaxWarning: true,
    unless: POSTING_ADVICE,
  },
  // Blind R166I-003: the critic said not to understand the appeal or the intent (柳川の魅力が分かっていないのだと思います, 企画の意図を理解
  // されていないのでしょう): after a review or a criticism received. Not a promotion (魅力がまだ分かっていない方もぜひ), not the city's own
  // past (良さが分かっていなかった).
  {
    re: phrase('(?:魅力|良さ|よさ|面白さ|おもしろさ|価値|素晴らしさ|楽しさ|意義|意図|趣旨|狙い)(?:が|を)(?:分かって|わかって|理解して|理解されて|お分かりになって|分かっとら|わかっとら)(?:い|お)?(?:ない|ません|らん|られない|おられない)(?:の|ん)?(?:だ|です|でしょう|かと|と思|だけ)'),
    need: ['分か', 'わか', '理解'],
    ...TO_CRITIC,
    what: '批判した相手への反論',
    strongCriticism: true,
  },
  // Blind R166I-069: the critic's claim called a misunderstanding with a demonstrative subject in the continuative copula (それはまったくの
  // 誤解で、…, そのご意見は誤解であり、…); not a myth set right (…と思われがちですが、それは誤解で), not named as a common one.
  {
    re: phrase('(?:それ|これ|そちら|その(?:ご意見|ご指摘|ご批判|批判|投稿|書き込み|コメント|お話|話|声))(?:は|も)[、,]?(?:全くの|まったくの|完全な|完全に|大きな|とんでもない)?(?:誤解|勘違い|思い違い|事実誤認)(?:で(?=[、,])|であり|でございまして|でありまして|でして)'),
    need: ['誤解', '勘違い', '思い違い', '事実誤認'],
    ...TO_CRITIC,
    rumourDenial: true,
    notAsCommonMyth: true,
  },
  // Blind R166I-069: the past conduct criticised declared free of problems as the city's view (本事業の進め方に問題は一切なかったと考えています,
  // 対応に問題はなかったものと認識しております): after a criticism received; not an inspection's finding, not with a fix or an apology.
  {
    re: phrase('問題(?:は|も)[、,]?(?:一切|何ら|なんら|全く|まったく|特に|何も|なにも)?(?:なかった|ありませんでした|ございませんでした)(?:もの)?と(?:考えて|認識して|判断して|思って|存じて)(?:おり|い)'),
    need: ['問題'],
    ...JUSTIFYING,
    notWithRemedy: true,
    notAsFinding: true,
    needsCriticism: true,
    strongCriticism: true,
    unless: ASKER_REASSURED,
  },
  // Blind R166I-089, R163A-063: the critic told they would have known had they read (ちゃんと読んでいただければ分かっていたはずです, 案内を
  // 見ていればお分かりいただけたと思います), or told to try before criticising (批判される前に、まずは一度参加してみていただければ, 文句を言う
  // 前に一度来てみてください): after a criticism received or in a reply. Not the city's own oversight (確認していれば…申し訳ありません), not
  // literacy advice (批判する前に考えましょう).
  {
    re: phrase('(?:(?:お読み|ご覧|ご確認|読んで|見て|確認して|目を通して)(?:いただければ|いただけたら|頂ければ|もらえれば|もらえたら|になれば|になっていれば|いただいていれば|もらっていれば)|読めば|読んでいれば|見ていれば|確認していれば)[、,]?[^。！？!?\\n]{0,12}?(?:(?:分か|わか)(?:った|っていた|っていただけた|ってもらえた|ってもらえていた)|(?:お分かりいただけ|おわかりいただけ|ご理解いただけ)(?:た|ていた))(?:はず|もの|と思)|(?:批判|非難|文句を言|文句をつけ|苦情を言|悪く言|酷評)(?:される|する|なさる)(?:前に|まえに|より(?:も)?先に)[、,]?(?:まずは|まず|ぜひ|是非)?[、,]?(?:一度|いちど|一回|実際に)?[、,]?(?:参加|来て|見て|読んで|体験|足を運|利用|使って|お越し|試し|ご覧|乗って|食べて)'),
    need: ['分か', 'わか', 'お分かり', 'おわかり', 'ご理解', '前に', 'まえに', '先に'],
    what: '批判した相手への反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    needsCriticism: true,
    strongCriticism: true,
    orReply: true,
    unless: POSTING_ADVICE,
  },
  // Blind R251W-015 kind: the complainant's trouble put on their not having read or checked what the city published, as a counterfactual
  // in the honorific or receptive perfect conditional (事前にご確認いただいていれば、二度お越しいただくことにはならなかったかと存じます,
  // ご覧になっていれば再申請の必要はございませんでした, お読みいただいていれば締切を過ぎることはなかったはず, 読んでもらっていれば間違えずに
  // 済んだはず, お目通しいただいていたら防げた):
  // after a criticism received or in a reply. Only the reader's act (いただいて, になって, もらって, くださって), not the city's own
  // oversight (私どもが確認していれば…, with an apology exempt anyway), and only a trouble avoided in the past, not a guide for next time
  // (事前にご確認いただければ、二度お越しいただく必要はありません). Bounded.
  {
    re: phrase(
      '(?:お読み|ご覧|ご確認|お確かめ|お調べ|ご一読|お目通し|目を通して|読んで|見て|確認して|確かめて|調べて)(?:いただいて|頂いて|もらって|もろて|くださって|下さって|になって)(?:いれば|いたら|おれば|おったら|いましたら|おりましたら)[、,]?[^。！？!?\\n]{0,30}?(?:(?:こと|事)?(?:に|と)?(?:は|も)?なら(?:なかった|んかった|ずに(?:済|す)んだ)|(?:せず|しなくて|なくて|ないで|ずに)(?:も)?(?:済|す)んだ|(?:防げ|避けられ|回避でき|防止でき)た|(?:必要|手間|二度手間|こと|事)(?:は|も)?(?:なかった|ございませんでした|ありませんでした|なかと))',
    ),
    need: ['ていれば', 'ていたら', 'ておれば', 'ておつたら', 'ていましたら', 'ておりましたら'],
    what: '苦情の原因を相手に帰す反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    needsCriticism: true,
    strongCriticism: true,
    orReply: true,
    unless: POSTING_ADVICE,
  },
  // Blind R179I-033, R181D-026: a complaint's fact denied on the city's own check (ご指摘の件、窓口担当に確認いたしましたが、職員が
  // 高圧的な言葉を使った事実は確認できませんでした; 記録の確認および聞き取りを行った限り、そのような対応は確認されておりません; 調査した
  // ところ、ご指摘のような言動はなかったとのことです): the complainant told what they met did not happen, with the check as the
  // warrant, closing with 何卒ご理解ください or not. Only after a criticism received, or a charge against the city's conduct heard
  // (`orCharge`: …が高圧的だったという投稿が拡散されておりますが); not with an apology (確認いたしました。ご不快な思いをおかけし…), not a
  // rumour or false hazard information set right (「堤防が決壊した」という投稿が広がっていますが、…確認されておりません: `rumourDenial`),
  // not a fraud warning (市がそのような電話をした事実はありません。詐欺にご注意ください), not a worried asker reassured (ご安心ください).
  {
    re: phrase(`${CHECK_DONE}[、,]?[^。！？!?\\n]{0,40}?(?:対応|応対|窓口対応|言動|発言|態度|言葉遣い|言葉づかい|接客|接遇|扱い|行為|事実|事案|やり取り|やりとり)(?:は|も|など(?:は)?|等(?:は)?)[、,]?(?:一切|いっさい|全く|まったく|何ら|なんら|特に)?(?:確認(?:され|でき)(?:ておりません|ていません|ませんでした|ません|なかった)|認められ(?:ませんでした|ません|なかった)|見当たりませんでした|見受けられませんでした|(?:ございません|ありません)(?:でした)?|なかった(?=と|こと|もの|です|[。！!]|$))`),
    what: '苦情の事実を否定する反論',
    instead: INSTEAD.deny,
    notWithApology: true,
    rumourDenial: true,
    needsCriticism: true,
    strongCriticism: true,
    orCharge: true,
    // (Blind R189I-025: a check still going on — 引き続き確認いたします — leaves the answer open.)
    unless: new RegExp(ASKER_REASSURED.source + '|' + STILL_CHECKING.source + '|' + phrase('詐欺|不審|なりすまし|成りすまし|騙|だまされ|偽|ご注意|注意して|還付金|暗証番号', 'u').source, 'u'),
  },
  // Blind R180A-045, R179I-060: a complaint heard (写真を加工しすぎってコメントをいただいてますが, この投稿で「…少なすぎる」とありますが)
  // answered by insisting on the contrary: the critic dared to see or count for themselves and they would understand (実際に見に来て
  // もらえたら分かると思いますよ, 実際に数えていただければお分かりになるかと思います), or the claim protested as truly otherwise (これ本当に
  // 無加工なんです！). Only with a complaint heard (`COMPLAINT_HEARD`: a fault or a "too much" echoed, not praise: かわいすぎるってコメント)
  // or a criticism received; not an invitation or a guide with no complaint (実際に来ていただければ雰囲気が分かると思います), not with an
  // apology, thanks, a concession or a fix (確かに, 改善).
  {
    re: phrase(`(?:実際に|じっさいに|(?:ご自分|ご自身|自分|ご本人)の(?:目|眼|足)で|現地で|直接)[^。！？!?\\n]{0,16}?(?:もらえたら|もらえれば|もろたら|もらったら|いただければ|いただけたら|頂ければ|頂けたら|くだされば|になれば|になったら|ば|たら)[、,]?[^。！？!?\\n]{0,16}?(?:分か|わか|お分かり|おわかり|ご理解いただけ|ご納得いただけ|納得(?:して)?いただけ|納得でき)|(?:本当に|ほんとに|ほんとうに|ほんっとに|マジで|まじで)(?!(?:申し訳|すみません|すいません|ごめん|ありがと|感謝|そう|その通り|そのとおり|残念|困|悩))[^。！？!?\\n]{1,12}?(?:なんです|なんだ|なんよ|なんやけど|なのです|なんですけど)`),
    what: '批判に言い返す反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    alsoNeeds: new RegExp(COMPLAINT_HEARD.source + '|' + CRITICISM_RECEIVED.source, 'u'),
    unless: new RegExp(CITY_LISTENING.source + '|' + phrase('その通り|そのとおり|おっしゃる通り|おっしゃるとおり', 'u').source, 'u'),
    // Blind R318H-051 kind: the reply's opening thanks (コメントありがとうございます！) is the greeting, not the complaint taken up.
    greetingOk: true,
  },
  // Blind R199A-034: a review or a comment found quoted (「…ぬるかった」というレビューを見かけたので), then waved off with そんなことない
  // as what the writer was told on asking (お店に確認したら、そんなことはないそうです, そげなことはなかとのことです): the critic answered back
  // through a third party. Not a worry or a question quoted (「…入れるかな？」というコメント), not praise or a worried asker reassured,
  // not a myth set right, not with thanks, a concession or a fix.
  {
    re: phrase('(?:そんな|そのような|そういう|そげな|そがん)(?:こと|事)(?:は|って|も)?[、,\\s]?(?:全然|ぜんぜん|全く|まったく|決して|一切|絶対)?(?:ない|ありません|ございません|なか)(?:そう(?:です|だ|よ|で)?|とのこと|らしい|らしか|みたい)'),
    need: ['そんな', 'そのような', 'そういう', 'そげな', 'そがん'],
    what: '批判に対する反論',
    instead: INSTEAD.deny,
    notWithApology: true,
    rumourDenial: true,
    alsoNeeds: new RegExp(COMPLAINT_HEARD.source + '|' + CRITICISM_RECEIVED.source + '|' + phrase('[」』](?:という|との|って|っていう|みたいな)(?:レビュー|口コミ|クチコミ|コメント|投稿|書き込み|ご意見|お声|声|評価|感想|星)', 'u').source, 'u'),
    unless: new RegExp(WORRY_OR_PRAISE_REPORTED.source + '|' + ASKER_REASSURED.source + '|' + CITY_LISTENING.source + '|' + phrase('(?:かな|かも|ですか|でしょうか|ますか|の)[？?]?[」』]|ご心配|心配の|ご不安|不安の', 'u').source, 'u'),
  },
]
