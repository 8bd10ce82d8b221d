/**
 * rebuttal/argument — the phrase table, part 4 of 4 (4(5), 6(2)): phrases of counter-claims, denials, protests at the press,
 * self-justification and blame put back on critics, each with its conditions (`Phrase`: needsCriticism, notWithApology, unless …)
 * which keep the look-alikes clean: an apology or a correction in the paragraph, thanks or a fix, a worry reassured, a rumour or a
 * hoax set right, a finding told as such. The table is one check order (index.ts spreads the parts in turn), so its entries stay
 * in the order they had: regrouping them by kind would change which finding claims a span first. Kinds in this part:
 * 相手の読み落としを指摘する反論, RECORD_AGAINST_COMPLAINT, 相手の誤りを指摘する反論, 批判に事実を対置する反論, 批判の内容を否定する反論, 批判に実績を並べて反論する表現, 被害の訴えを否定する弁明,
 * CONDUCT_DECLARED_PROPER, DECLARED_IMPOSSIBLE, 苦情への反論, 批判を否定する弁明, 批判や報道を否定する反論, 批判を一面的と決めつける反論, 報道への抗議・反論, TO_CRITIC,
 * 批判者への当てこすり, 報道や批判への反論, 料金への批判に対する弁明, 批判を否定する反論, 批判への反論, 苦情を記録で否定する反論, 批判に対する弁明, 苦情への弁明, 批判に言い返す反論,
 * BLAMES_COMPLAINANT, 苦情を否定する反論, 料金への批判に対する反論, 批判に規則や基準を盾にして反論する表現, 批判に調査結果を示して反論する表現, 苦情を規則を盾に否定する反論, 苦情の原因をほかに帰す反論,
 * 苦情の原因を相手に帰す反論, 苦情を規格や表示を盾に否定する反論, 批判された行為を言い繕う弁明, 批判を事実と異なると否定する反論, 苦情への言い返し, OUTWEIGHED_BY_APPROVAL,
 * 批判された点をそのまま否定する反論, 批判を一部の人の印象や誤解として退ける反論, 無駄遣いとの批判を費用の小ささで打ち消す反論, STATE_DENIED, SELDOM_AGAINST_COMPLAINT,
 * 批判された対応を正当化する弁明, OWN_CHOICE_AGAINST_CHARGE, 報道や批判の比較を退ける反論, CAUSE_NOT_CITY, 苦情に市側の問題はないとする反論, 苦情に記録を示して反論する表現,
 * 記者や批判した人への当てこすり.
 */
import { phrase } from '../../words'
import type { Phrase } from './context'
import { ACTS_ANYWAY, ADMITTED_OR_ALTERNATIVE, APOLOGY, ASKER_REASSURED, BLAMES_COMPLAINANT, CARRIED_ON, CAUSE_DENIED_FLAT_SRC, CAUSE_NOT_CITY, CAUSE_NOT_THOUGHT_SRC, CHARGE, CHECK_DONE, CHECK_TOLD, CITY_LISTENING, CITY_SIDE_CLEAN, COMPLAINT_HEARD, COMPLIANT, CONCESSION_OR_FIX, CONDUCT_DECLARED_PROPER, CRITICISM_RECEIVED, CUT_CLAIMED, DECLARED_IMPOSSIBLE, FACT_DENIED, GOODS_COMPLAINT, HEARD_OR_REASSURED, HELPED_NOT_DISMISSED, HELP_STEPS, INQUIRY_HEARD, INSTEAD, INVITED, JUSTIFYING, NOTICE_CONCEDED, NOT_ASKED, NOT_ASKING, NO_PROBLEM_LEVEL, OUTWEIGHED_BY_APPROVAL, OWNED_SOFTLY, OWN_CHOICE_AGAINST_CHARGE, POSTING_ADVICE, PRICE_CHARGED, READ_COND, REAL_CRITICISM, RECORD_AGAINST_COMPLAINT, RECORD_DONE, RECORD_FIGURE, RECORD_FIRST, RECORD_KEPT, RECORD_LEVEL, RECORD_SAYS, RHETORICAL_COMPLAINT, SELDOM_AGAINST_COMPLAINT, STATE_DENIED, STATE_DENIED_SRC, STATE_DENIED_VERDICT, STILL_CHECKING, TO_CRITIC, WASTE_CHARGED, WORRY_OR_PRAISE_REPORTED } from './context'

export const PHRASE_TABLE_4: Phrase[] = [
  // Blind R199A-053: a complaint heard (少ないってご意見いただいてますが, 分かりにくいとの苦情ですが) answered with "read it and you will
  // understand", with no adverb, in any register (読んでもらえたら分かると思います, 見てもろたらわかるはず): the critic told they did not read.
  // Not a guide with no complaint (詳しくはチラシを見てもらえたら分かると思います), not with thanks, a concession or a fix.
  // Blind R233P-050 kind: or the truth said to be plain to see once looked at (予算書をご覧いただければ一目瞭然かと存じます, 資料を見れば明らか
  // です), after a complaint heard: the critic told they did not look.
  // Blind R204D-067 kind: or the thing to read said to be made so that it is understood, in the honorific (同封の説明書をお読みいただければ、
  // ご理解いただける内容になっております, ご覧いただければお分かりになれるものです): the complainant told the fault is their reading.
  {
    re: phrase(`${READ_COND}[、,\\s]?[^。！？!?\\n]{0,12}?(?:(?:分か|わか)(?:る|ります)(?:と思|かと|はず|でしょう|んじゃ|やろ|けん)|(?:一目瞭然|明らか|明白)(?:か(?:と|な)|だ|です|でしょう|でございます|と(?:思|存じ))|(?:ご理解|お分かり|ご納得)(?:いただけ|になれ)る(?:内容|もの|構成|つくり|作り|書き方|記載)(?:に|と)(?:なって|して)(?:おり|い)(?:ます|る)|(?:ご理解|お分かり|ご納得)(?:いただけ|になれ)る(?:内容|もの)(?:です|でございます))`),
    what: '相手の読み落としを指摘する反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    alsoNeeds: new RegExp(COMPLAINT_HEARD.source + '|' + CRITICISM_RECEIVED.source, 'u'),
    unless: new RegExp(CITY_LISTENING.source + '|' + phrase('その通り|そのとおり|おっしゃる通り|おっしゃるとおり', 'u').source, 'u'),
  },
  // Blind R184I-007, R186D-012: a complaint answered with the city's own measurement or record that says otherwise: the thing complained
  // of said not to show in it (当方で毎日測定している数値ではそのような結果は出ておりません, 観測データ上、基準を超える値は記録されて
  // いません) or a figure from it set against the complaint (受付記録を確認したところ、最長の待ち時間は35分でした, 記録では平均12分です).
  // Only after a complaint received; not a measurement published with no complaint (測定結果を公表します), not with an apology, a
  // concession, a fix or a step still to take (確かに, 改善, 引き続き調査します), not a worried asker reassured (ご安心ください).
  // Blind R324M-005 kind (reb59): or a level kept or read off the record (室温は記録上18度を保っていました: `RECORD_KEPT`, `RECORD_LEVEL`).
  {
    re: phrase(
      RECORD_SAYS +
        '(?:(?:そのような|そういった|そうした|ご指摘のような|おっしゃるような|お話のような|ご指摘の|(?:基準|基準値|規制値|上限)を(?:超える|上回る|超えた|上回った))[^。！？!?\\n]{0,8}?(?:結果|数値|値|事実|状況|記録|傾向|事象|データ|騒音|振動|遅れ|遅延)(?:は|も)[、,]?(?:一切|全く|まったく|特に|いずれも|一度も)?(?:出|見られ|確認され|観測され|記録され|計測され|測定され|検出され)(?:て(?:おりません|いません|おらず|いない)|ませんでした|ません|なかった)' +
        `|${RECORD_FIGURE}(?:でした|です|でございます|でございました|となっております|となっています|となっておりました|であり|だった)` +
        `|${RECORD_FIRST}|${RECORD_KEPT}|${RECORD_LEVEL})`,
    ),
    ...RECORD_AGAINST_COMPLAINT,
    unless: new RegExp(CITY_LISTENING.source + '|' + ASKER_REASSURED.source + '|' + STILL_CHECKING.source, 'u'),
  },
  // Blind R189I-025: the figure from the record set against the complaint and the fact it reported denied with it (当日の発券記録を確認
  // いたしました。その日の最長待ち時間は18分であり、1時間お待たせした事実は確認できませんでした; 記録では平均10分でしたので、そのような
  // 事実はございません): the complainant told it did not happen, thanks for writing or not (ご意見をお寄せいただき、ありがとうございます is
  // the greeting, not a concession). Only after a complaint received; not with an apology, a concession, a fix or a step still to take
  // (確かに, 改善, 引き続き確認いたします), not a worried asker reassured.
  {
    re: phrase(`${RECORD_SAYS}${RECORD_FIGURE}(?:であり|で|でしたので|ですので|でしたが|でした。|です。)[、,]?[^。！？!?\\n]{0,30}?${FACT_DENIED}`),
    ...RECORD_AGAINST_COMPLAINT,
    unless: new RegExp(CONCESSION_OR_FIX.source + '|' + ASKER_REASSURED.source + '|' + STILL_CHECKING.source, 'u'),
  },
  // Blind R189I-025: after a complaint received and its fact denied or a record set against it (事実は確認できませんでした, 記録では, 実際には),
  // the complainant told not to get it wrong, with no object named (お間違いのないようお願いいたします, くれぐれもお間違えのないように): the
  // critic corrected. A reminder with its object (日付をお間違いのないよう, 会場をお間違えのないようご注意ください) or with no complaint
  // denied (収集日が変わります。お間違いのないよう) is a notice.
  {
    re: phrase('(?<=^|[。！!？?\\n]\\s?|[。！!？?\\n]\\s?(?:どうか|何卒|なにとぞ|くれぐれも|今後は|今後とも)[、,]?)お間違(?:い|え)(?:の)?(?:ない|なき|無い)よう(?:に)?[、,]?(?:お願い|ご理解|ご留意|ご注意|ご承知|お気をつけ)'),
    need: ['お間違'],
    what: '相手の誤りを指摘する反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    needsCriticism: true,
    strongCriticism: true,
    alsoNeeds: phrase(`${FACT_DENIED}|${RECORD_SAYS}|実際(?:に)?(?:は|には)|(?:ご指摘|おっしゃる|お話)のような(?:事実|こと)(?:は|も)`, 'u'),
    unless: new RegExp(CONCESSION_OR_FIX.source + '|' + ASKER_REASSURED.source, 'u'),
  },
  // Blind R314Y-047 kind: after a criticism received (「…飽きる」という書き込みを見かけました, とのご意見をいただきました), the next sentence
  // turned to "the facts" (ですが実際には…, しかし実際は…, とはいえ本当は…): the critic answered with a counter-account, not heard. Not
  // with a concession or a fix promised (確かに, 改善, 見直し, 今後は; what was already done, 増やしています, is the counter-account itself), not without a criticism received (a myth in an FAQ: 実際には…).
  {
    re: phrase('(?<=^|[。！!？?\\n]\\s?)(?:しかし|ですが|ただ|でも|けれども|けれど|ところが|とはいえ)[、,]?(?:実際(?:に)?(?:は|には)|事実(?:として)?は|本当は|現実には)'),
    need: ['実際', '事実', '本当は', '現実には'],
    what: '批判に事実を対置する反論',
    instead: INSTEAD.justify,
    notWithApology: true,
    needsCriticism: true,
    strongCriticism: true,
    // Reviewer FP kinds: hearsay of facts (気象台によると…とのことです。ですが実際には) is no critic; an admission turned in (しかし実際は、私たちの
    // 説明不足でした) or an alternative offered to the critic (防災メールへの登録もお願いします, 近隣の臨時駐車場をご利用ください) hears them.
    realCriticism: true,
    unless: new RegExp(CONCESSION_OR_FIX.source + '|' + ASKER_REASSURED.source + '|' + ADMITTED_OR_ALTERNATIVE.source, 'u'),
  },
  // Blind R314Y-047 kind: the criticism's own claim echoed and declared untrue after a criticism received (毎年同じ、ということはありません;
  // 高いということは決してございません): set off by a comma or made absolute (決して, 全く, 一切). Not an FAQ's "no need" (予約が必要という
  // ことはありません) with no criticism received, not a worried asker reassured (ご安心ください).
  {
    re: phrase('(?:[、,]\\s?(?:という|って)?|(?:という|って))(?:こと|の)は(?:決して|けっして|全く|まったく|一切|何ら)?(?:ありません|ございません|ないです)(?=[。！!]|$|\\n)'),
    need: ['ことは', 'のは'],
    what: '批判の内容を否定する反論',
    instead: INSTEAD.justify,
    notWithApology: true,
    needsCriticism: true,
    strongCriticism: true,
    // Reviewer FP kinds: a worry voiced as a question (「参加費がかかるのでは」との声) or hearsay (…貸してくれるとのことです) answered
    // with "no such thing" is a reassurance, not a rebuttal: only after a real criticism.
    realCriticism: true,
    unless: new RegExp(CONCESSION_OR_FIX.source + '|' + ASKER_REASSURED.source, 'u'),
  },
  // Blind R184I-037: a criticism received turned with が on a list of what the city has already done (説明が足りないとのご指摘ですが、これまでに
  // 地区説明会を6回、保護者向けの説明会を3回開催してまいりました, 周知不足とのご意見ですが、すでに広報紙で3回お知らせしております): the
  // critic answered with the record, not heard. Only right after the criticism and its が; not a plain report with no criticism (説明会を6回
  // 開催しました), not with thanks, a concession or a further step (今後も追加で開催します, 改善).
  {
    re: phrase(
      '(?:との|という)(?:ご|お)?(?:指摘|意見|批判|声|叱り|不満|苦情|コメント|投稿|書き込み|こと)(?:を(?:いただ|頂|頂戴し)(?:き|いて)(?:まし|てい|てお)?(?:た|ます|ります)?|が(?:あり|ございまし|寄せられてい|寄せられてお)(?:ました|ます|ります|た)?|です|でございます|でした)?(?:が|けれども|けど)[、,]?(?:当市|本市|市|当課|当方|私ども|私たち)?(?:では|としては|は|も)?[、,]?(?:これまで(?:に|にも|も)?|今まで(?:に|にも)?|すでに|既に|従来から|以前から)[、,]?[^。！？!?\\n]{0,40}?(?:[0-9]+回|何度も|何回も|再三|繰り返し|たびたび|幾度も|数回|複数回|毎年|毎月|毎回)[^。！？!?\\n]{0,30}?(?:開催|実施|説明|周知|掲載|お知らせ|配布|案内|通知|広報|設け|行っ|行い|配信|発信)(?:を)?(?:して|いたして|させていただいて|させて頂いて)?(?:まいりました|参りました|きました|おります|います|しました|いたしました|ございます)',
    ),
    need: ['これまで', '今まで', 'すでに', '既に', '従来から', '以前から'],
    what: '批判に実績を並べて反論する表現',
    instead: INSTEAD.justify,
    notWithApology: true,
    notWithRemedy: true,
    unless: new RegExp(CITY_LISTENING.source + '|' + phrase('今後も|引き続き|さらに|追加で|追加の|改めて(?:開催|説明|周知)', 'u').source, 'u'),
  },
  // Blind R184I-070: a harm a complaint reports (体調を崩された, けがをした, 被害が出た) answered by denying its link to what the city did
  // (施工との因果関係は確認できておりませんので、その点はご理解いただければと存じます, 工事との因果関係は認められません), with no city named
  // (the city named is the kind above). Only after a complaint received; not a rumour set right, not with an apology, not with a step still to
  // take (引き続き調査します, お話を伺います), not a worried asker reassured, not a medical or vaccine notice with no complaint.
  {
    re: phrase('因果関係(?:は|が|について(?:は)?|も)[、,]?(?:現時点で(?:は)?|現在のところ|今のところ)?[、,]?(?:一切|全く|まったく|何ら|なんら|特に)?(?:確認(?:でき|され)(?:ておりません|ていません|ておらず|ていない|ませんでした|ません|なかった)|認められ(?:ておりません|ていません|ませんでした|ません|ない|なかった)|(?:ございません|ありません)(?:でした)?|ない(?=[。！!、,]|と|もの|です|ので))'),
    need: ['因果関係'],
    what: '被害の訴えを否定する弁明',
    instead: INSTEAD.justify,
    notWithApology: true,
    rumourDenial: true,
    needsCriticism: true,
    strongCriticism: true,
    unless: new RegExp(CITY_LISTENING.source + '|' + ASKER_REASSURED.source + '|' + phrase('引き続き|調査(?:を続け|いたします|します|中|を進め)|お話を(?:伺|お聞き)|伺います|お伺い|ご連絡(?:ください|いただ)|ご相談ください|詐欺|不審', 'u').source, 'u'),
  },
  // Blind R197A-009 kind: a criticism of the city's handling heard (「市の避難指示が遅かった」という投稿が見られますが, 対応が遅いとのご指摘)
  // and answered with the handling declared free of delay or fault as the city's view (対応に遅れはなかったものと考えております, 発令に遅延は
  // なかったと認識しております, 手続きに不備はございませんでしたと判断しております): the critic told the city did nothing wrong. After a
  // criticism received or a charge heard (`orCharge`), or in a reply; not a drill's or an inspection's finding with no critic (訓練では情報
  // 伝達に遅れはなかったと考えています), not with an apology, a concession or a fix.
  {
    re: phrase('(?:対応|判断|発令|措置|運営|処理|作業|手続き|手続|連絡|周知|初動|伝達|情報発信|発信|避難指示|指示|除雪|復旧|支給|審査|配布|回収|収集|受付|案内|説明|配置|配備|派遣|出動|手配|開設|算定|計算|支出|執行|契約|選定|事務|経理|会計|決定)(?:に|には|の上で|上|について(?:は|も)?)[、,]?(?:何ら|全く|一切|特に|なんら|少しも|まったく|特段の)?(?:遅れ|遅延|不備|問題|落ち度|手落ち|過失|ミス|誤り|不手際|瑕疵|手抜かり|漏れ)(?:(?:は|も|が|など)?(?:なかった|無かった|ございませんでした|ありませんでした)(?:もの|こと)?と[^。！？!?\\n]{0,8}?(?:考え|認識し|判断し|存じ|思(?!って(?:い|お)(?:まし)?た))|(?:が|は|など)?(?:あった|ある|生じた|生じていた)(?:という|といった)?(?:わけ|訳)(?:では|じゃ)(?:ございません|ありません|ない(?![かよ]|でしょう|だろう)|なく))'),
    need: ['遅れ', '遅延', '不備', '問題', '落ち度', '手落ち', '過失', 'みす', '誤り', '不手際', '瑕疵', '手抜かり', '漏れ'],
    ...CONDUCT_DECLARED_PROPER,
    orCharge: true,
  },
  // Blind R187I-017: after a complaint, the staff asked and their conduct on the day reported as proper (職員の対応が冷たかったとのお声を
  // いただきましたが、担当に確認したところ、丁寧にご案内していたとのことです; 窓口に確認いたしましたが、適切にご説明しておりました): the
  // complainant told the staff did nothing wrong, on the staff's own word, with no subject named (the subject named is R183I's kind). Only
  // what was done (していた, しておりました), after a criticism received or in a reply; not with an apology, a concession or a fix.
  {
    re: phrase(`${CHECK_DONE}[、,]?[^。！？!?\\n]{0,24}?(?:(?:終始|当日は|その際も?)[、,]?)?(?:(?:丁寧|適切|誠実|適正|冷静)(?:に|な)|(?:手順|規定|マニュアル|ルール|規則|通常|平常|普段|ふだん|いつも)(?:どおり|通り)(?:に|の)?)[、,]?(?:ご|お)?(?:対応|説明|案内|対処|応対|お答え|回答)(?:を)?(?:して|いたして|させていただいて|させて頂いて|申し上げて)(?:いた|おった|おりました|いました)(?:とのこと|と(?:の)?(?:報告|回答)|ことを確認|ことが確認|と聞いて|と確認)?`),
    need: ['丁寧', '適切', '誠実', '適正', '冷静', 'どおり', '通り'],
    ...CONDUCT_DECLARED_PROPER,
  },
  // Blind R189I-066: a criticism heard or read online (一部のSNSで「特定の団体ばかり当選している」との書き込みが見られますが) denied flatly
  // as impossible (抽選はシステムが自動で行っており、そのような偏りが生じることはあり得ません; そうした不正が起こることは決してございません;
  // そのようなことは絶対にあり得ません): the critic told it cannot be, not the facts shown. Only after a criticism received or a charge heard;
  // not a rumour, false hazard information or a fraud's pretext set right (`rumourDenial`, デマ, なりすまし, 不審な電話), not a worried asker
  // reassured (ご心配の声…ご安心ください), not with an apology, a concession or a fix; a plain FAQ with no critic (抽選はシステムで公平に
  // 行います) denies nothing.
  {
    re: phrase(
      '(?:そのような|そういった|そうした|そんな|ご指摘のような|お話のような|おっしゃるような)[^。！？!?\\n]{0,12}?(?:が|は|も|を|など)?[、,]?(?:生じる|生じた|起きる|起きた|起こる|起こった|発生する|発生した|ある|あった|する|した|行う|行った|いたす)(?:という)?(?:こと|はず|など)(?:は|が|も|など)[、,]?(?:絶対に|決して|一切|まったく|全く|原理的に|仕組み上|構造上)?(?:あり得ません|ありえません|あり得ない|ありえない|ございません|ありません|ない(?=[。！!]|です))' +
        '|(?:そのような|そういった|そうした|そんな)(?:こと|事態|偏り|不正|操作|不公平|えこひいき|ひいき)(?:は|など|も|が)[、,]?(?:絶対に|決して|一切|まったく|全く|原理的に|仕組み上|構造上)?(?:あり得ません|ありえません|あり得ない|ありえない|(?:生じ|起こり|起き|発生し)(?:得|え)(?:ません|ない(?=[。！!]|です)))',
    ),
    need: ['ありえ', 'あり得', 'ありません', 'ございません', 'ない', '得ません', 'えません'],
    ...DECLARED_IMPOSSIBLE,
  },
  // Blind R193I-019 kind: a complaint received (冷めていたとのことですが, 遅れたとのご指摘ですが), then what it reports restated as a plain
  // verb and called improbable in the writer's voice, with no demonstrative (冷めた状態でお出しすることはまず考えにくいかと思います, 職員が
  // 受付を断ることは通常考えられません, 二重に請求したとは考えにくいです): the complainant told it cannot have happened. The same conditions
  // as the entry above; not an expert's view reported (…ことは考えにくいとのことです: the guess must be the writer's, with 思う, 存じる or
  // a copula), not with a check still to make (念のため確認いたします), a worried asker reassured or a fraud warned of.
  {
    re: phrase('(?<=[ぁ-ゖ])(?:こと(?:は|も|など)|とは)[、,]?(?:まず|通常|普通(?:は)?|到底|とうてい|およそ|ちょっと|常識的に(?:は|も)?|まずもって|構造上|仕組み上|原理的に)?[、,]?(?:(?:考えにく|考えづら)(?:い)?(?:か?と(?:思|存じ)|です(?![^。！？!?\\n]{0,4}とのこと)|でしょう|(?=[。！!]))|(?:考えられ|あり得|ありえ)(?:ません(?![^。！？!?\\n]{0,4}とのこと)|ない(?:か?と(?:思|存じ)|です|でしょう|(?=[。！!]))))'),
    need: ['考えにく', '考えづら', '考えられ', 'あり得', 'ありえ'],
    ...DECLARED_IMPOSSIBLE,
    unless: new RegExp(DECLARED_IMPOSSIBLE.unless.source + '|' + phrase('念のため|確認(?:いたし|し|させていただき)ます|お調べ(?:いたし|し)ます|調査(?:いたし|し)ます', 'u').source, 'u'),
  },
  // Blind R207I-059 kind: after a complaint received (混雑へのご不満の声をいただいていますが, 待ち時間が長いとのご指摘ですが), what the city
  // provided said to have been enough, in the past of a state (十分な台数を確保しておりました, 職員を十分に配置していました, 余裕を持って
  // 用意しておりました, 座席は十分にございました): the complainant told the city was not short. Only what was (おりました, いました,
  // ございました), not what is or will be (十分な台数を確保しております, 確保します: a guide or a fix), not with no complaint, not with an
  // apology, a concession, thanks or a fix (十分確保していたつもりでしたが…申し訳ありません, 来年は増設します).
  {
    re: phrase(
      '(?:十分|じゅうぶん|十二分|必要十分|余裕を(?:持って|もって))(?:な|に|の)?[^。！？!?\\n]{0,12}?(?:確保|用意|準備|配置|手配|配備|設置|配車|増便|増員)(?:して|いたして|させていただいて|させて頂いて|しと|され(?:て)?)(?:おりました|いました|ございました|おった(?=[。！!、]|んです|のです)|いた(?=[。！!、]|んです|のです))' +
        '|(?:十分な|十分に|じゅうぶんな|じゅうぶんに)[^。！？!?\\n]{0,10}?(?:が|は)?(?:ございました|ありました)(?![かが])',
    ),
    need: ['十分', 'じゆうぶん', '十二分', '余裕を'],
    what: '苦情への反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    needsCriticism: true,
    strongCriticism: true,
    notWithRemedy: true,
    unless: new RegExp(CITY_LISTENING.source + '|' + ASKER_REASSURED.source + '|' + phrase('つもり|はず|見込み|見通し|想定|予想', 'u').source, 'u'),
  },
  // Blind R208D-014 kind: after a report or a criticism received, the city's own act said not to amount to an error (本市の算定方法は…
  // 誤りにはあたらないものと認識しております, 手続きは不適切なものとはいえません, 市の支出は違法には該当しないと考えております): the charge
  // refused as the city's view. The fault nouns the city can be charged with; 違法 and 違反 only with the city as the sentence's subject
  // (a resident's act explained as no breach, 庭での焚き火は条例違反にはあたりません, answers a question, not a critic). Not a question
  // (あたらないのでしょうか), not with an apology or a concession.
  {
    re: phrase(
      '(?:誤り|間違い|ミス|不備|瑕疵|過失|不手際|落ち度|(?:不適切|不当|不誠実|不公平|不平等|不透明|不親切|いい加減|ずさん)(?:な(?:もの|[一-龥]{1,4}))?|(?:説明|周知|告知|配慮|確認|準備|情報提供|情報公開|調査|検討|審議)不足|怠慢|職務怠慢|隠蔽|隠ぺい|手抜き|癒着|無駄遣い|浪費|税金の無駄(?:遣い)?|えこひいき|(?<=(?:本市|当市|市|当課|当局|本町|当町|町|市長|職員)(?:の|が|は)[^。！？!?\\n]{0,40}?)(?:法令違反|条例違反|違法|違反))(?:に|と)(?:は)?[、,]?(?:当たら|あたら|該当し|該当いたし)(?:ない|ず)(?:もの|こと)?(?:と[^。！？!?\\n]{0,6}?(?:考え|認識し|判断し|存じ|思)|(?:です|でございます)(?![かが]))|(?:誤り|間違い|ミス|不備|瑕疵|過失|不手際|落ち度|(?:不適切|不当|不誠実|不公平|不平等|不透明|不親切|いい加減|ずさん)(?:な(?:もの|[一-龥]{1,4}))?|(?:説明|周知|告知|配慮|確認|準備|情報提供|情報公開|調査|検討|審議)不足|怠慢|職務怠慢|隠蔽|隠ぺい|手抜き|癒着|無駄遣い|浪費|税金の無駄(?:遣い)?|えこひいき|(?<=(?:本市|当市|市|当課|当局|本町|当町|町|市長|職員)(?:の|が|は)[^。！？!?\\n]{0,40}?)(?:法令違反|条例違反|違法|違反))(?:に|と)(?:は)?[、,]?(?:当たり|あたり|該当し|該当いたし)ません(?![かが]|でし)',
    ),
    need: ['当たら', 'あたら', '該当し', '該当いたし', '当たりません', 'あたりません'],
    what: '批判を否定する弁明',
    instead: INSTEAD.justify,
    notWithApology: true,
    needsCriticism: true,
    strongCriticism: true,
    notWithRemedy: true,
    unless: HEARD_OR_REASSURED,
  },
  // Blind R208D-068 kind: after a charge of inconsistency received (答弁に食い違いがあったのではないかとのご指摘, 説明が矛盾しているとの
  // 報道), the city's statements said not to contradict each other (矛盾するものではございません, 食い違いは一切ございません, 齟齬は
  // ありません, 相反しておりません): the critic told they misread. Only after a criticism received, not a plan or two rules explained with
  // no critic (二つの制度は矛盾するものではなく、併用できます), not with an apology, a concession or a fix.
  {
    re: phrase(
      '(?:矛盾|相反|齟齬|食い違い|食いちがい|くい違い|不整合)(?:は|も|など)[、,]?(?:一切|全く|まったく|何ら|なんら|特に|いささかも|少しも)?(?:ございません|ありません|ない(?=[。！!]|です|もの|と(?:考え|認識|判断)))' +
        '|(?:矛盾|相反|齟齬を来|食い違|くい違)(?:する|している|しておる|して(?:い|お)る|う|っている|っておる)(?:もの|こと|わけ|訳|内容)(?:では|じゃ)(?:ございません|ありません|ない(?![かよ]|でしょう|だろう)|なく)' +
        '|(?:矛盾|相反)(?:して|いたして)(?:おりません|いません)|(?:食い違|くい違)って(?:おりません|いません)',
    ),
    need: ['矛盾', '相反', '齟齬', '食い違', '食いちがい', 'くい違', '不整合'],
    what: '批判を否定する弁明',
    instead: INSTEAD.justify,
    notWithApology: true,
    needsCriticism: true,
    strongCriticism: true,
    notWithRemedy: true,
    unless: HEARD_OR_REASSURED,
  },
  // Blind R231Q-025 kind: a criticism or a report declared partly untrue as the city's verdict, the denial hedged to "some parts"
  // (…とのご指摘については、…事実とは異なる部分があると考えております, 記事には事実と違う点がございます, 事実に反する記述が含まれていると
  // 認識しております): still the critic told they are wrong. In a reply or after a criticism; not a rule (事実と異なる記載があると判断した
  // 場合は), not the city's own error owned (…部分がありました。お詫びして訂正します), not a rumour set right.
  {
    re: phrase('事実(?:と|とは|に)[、,]?(?:大きく|かなり|明らかに|著しく|一部)?(?:異なる|違う|反する)(?:部分|点|箇所|ところ|記述|記載|内容|表現)(?:が|も)[、,]?(?:多々|多く|いくつか|一部|幾つか)?(?:(?:ある|あり|ございます|含まれて(?:いる|おる))(?:もの)?と(?:考え|認識|判断|思|存じ|言わざる|受け止め)(?![^。！？!?\\n]{0,8}(?:場合|とき|際))|(?:あります|ございます|含まれて(?:います|おります))(?=[。！!]|$))'),
    need: ['事実'],
    what: '批判や報道を否定する反論',
    instead: INSTEAD.deny,
    notWithApology: true,
    needsCriticism: true,
    orReply: true,
    rumourDenial: true,
    notInHoaxWarning: true,
  },
  // Blind R231Q-031 kind: after a criticism heard (…と書かれていますが, とのご意見ですが), the readers told not to judge by it as one-sided
  // or partial information (一面的な情報で判断なさらないようお願いします, 一部の書き込みだけで判断しないでください, 偏った情報を鵜呑みに
  // しないでいただきたい): the critic's account called one-sided through advice. Not media-literacy advice with no critic answered
  // (一面的な情報だけで判断せず、複数の情報源を確かめましょう), not with an apology.
  {
    re: phrase('(?:一方的|一面的|断片的|表面的|偏った|偏向した|一部(?:だけ|のみ)?の|切り取られた)(?:な)?(?:情報|書き込み|投稿|記事|報道|お話|話|うわさ|噂|ご意見|評判|口コミ|クチコミ|レビュー|見方|内容|ブログ)(?:だけ|のみ)?(?:で|から|を|に|によって|をもとに)[、,]?(?:ご)?(?:判断|評価|決めつけ|鵜呑み(?:に)?|うのみ(?:に)?|信じ|惑わされ)(?:なさらない|されない|しない|なさらず|されず|せず|なさいません|ないで|ない)(?:よう|で)'),
    need: ['一方的', '一面的', '断片的', '表面的', '偏', '一部', '切り取'],
    what: '批判を一面的と決めつける反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    needsCriticism: true,
    unless: POSTING_ADVICE,
  },
  // Blind R231Q-049 kind: the press said to have written it otherwise than the city explained (取材の際にご説明した趣旨とはかなり違う書き方を
  // されていて, お伝えした内容とは異なる形で報じられ, 説明した意図とかけ離れた記事): a report argued with in public. Only where the press is named
  // (取材, 記事, 報道, 記者); not the city's own wrong explanation owned (先日ご説明した内容と異なる内容をお伝えしてしまいました。お詫びします).
  {
    re: phrase('(?:ご説明|説明|お伝え|お話し|お答え|回答|申し上げ)(?:した|いたした|させていただいた|させて頂いた|しました)(?:趣旨|内容|こと|意図|事実|経緯)(?:と|とは)[、,]?(?:かなり|全く|まったく|大きく|だいぶ|随分|ずいぶん|全然|ぜんぜん|少し|やや|明らかに)?(?:違う|異なる|違った|異なった|かけ離れた|ずれた)(?:書き方|報じ方|伝え方|書かれ方|取り上げ方|まとめ方|記事|報道|見出し|編集|表現|論調|(?:形|内容|趣旨)で(?:報じ|書か|伝え|掲載|紹介|放送|報道|記事))'),
    need: ['趣旨', '内容', 'こと', '意図', '事実', '経緯'],
    what: '報道への抗議・反論',
    instead: INSTEAD.press,
    notWithApology: true,
    alsoNeeds: phrase('取材|記事|報道|報じ|記者|新聞|番組|放送|紙面|掲載|ニュース|メディア|マスコミ', 'u'),
  },
  // Blind R233P-050 kind: the critic's figures or claim said to rest on a wrong premise (お示しの数字はそもそも前提が異なっております, ご指摘の
  // 比較は前提が違います, そもそもの前提が間違っています): the critic told their reasoning is wrong. In a reply or after a criticism; not two
  // schemes compared by the city (算定の前提が異なるため単純に比較できません), which names no critic's figure and no そもそも.
  {
    re: phrase('(?:(?:お示し|ご提示|ご指摘|ご引用|ご主張|挙げられ|示され|引用され|お使い)(?:の|た|になった)[^。！？!?\\n]{0,10}?(?:は|も)[、,]?(?:そもそも)?|そもそも(?:の)?)(?:前提|比較の前提|計算の前提|算定の前提|前提条件)(?:自体)?(?:が|から|は)[、,]?(?:全く|まったく|大きく)?(?:異なって|違って|間違って|誤って|異なり|違い|異なる|違う|間違い|誤り)(?:おります|います|ます|る(?=[。！!、]|と|の|ん)|です|でございます|であり|。|$)'),
    need: ['前提'],
    what: '相手の誤りを指摘する反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    needsCriticism: true,
    orReply: true,
  },
  // Blind R260K-034 kind: the critic's figure or reading called a misreading in any politeness (ご指摘の数字は読み違いかと存じます, 見間違い
  // ではないでしょうか, 計算違いをされているようです, お読み違いです): the critic told they are wrong. Said to a critic (a reply or quote, or a
  // paragraph with criticism); not the writer's own slip (当課の読み違いでした, 私の見間違いです), not a thing mistaken for another (絵と
  // 見間違うほど), not a caution (読み違いのないよう). Last in the list, so that an older reading (投稿された方の勘違い) keeps its span.
  {
    re: phrase(
      '(?<!(?:私|わたし|僕|ぼく|自分|当課|当方|弊課|こちら|担当|担当者|職員|市|当市|本市|私ども|私たち|我々)(?:の|側の)?|と)(?:お)?(?:読み違い|読み違え|読み間違い|読み間違え|見間違い|見間違え|計算違い|計算間違い|数え間違い|取り違え|読み誤り|見誤り|勘違い|思い違い)(?:を)?(?:されて|なさって|して)?(?:いる|おられる|いらっしゃる)?(?:か(?:と|な)(?:存じ|思)|ではない(?:か|でしょうか)|では(?:ございませんか|ありませんか)|じゃない(?:か|でしょうか|ですか)|です(?!か)|でございます|だと(?:思|存じ)|であり|(?:の|ん)?(?:よう|みたい)(?:です|でございます|ですね)|やけん|ばい)',
    ),
    need: ['違い', '違え', '間違い', '間違え', '誤り'],
    ...TO_CRITIC,
    notAsCommonMyth: true,
    unless: ASKER_REASSURED,
  },
  // Blind R260K-033 kind: those who oppose or criticise told they never came to the meetings (水門改修に反対されている方々は、これまで一度も
  // 住民説明会にお見えになっていません, 批判している人のほとんどは説明会に参加されていません), or told to come instead of criticising online
  // (ネット上での批判だけでなく、まず会場にお越しいただきたい, SNSで文句を言うばかりでなく説明会にご参加ください): the critics answered with
  // a reproach. Not an invitation to all (一度も参加されたことのない方もお気軽に), not the city's own channels (SNSでの発信だけでなく). Each form names the critics itself, so no other criticism is needed. Last in the list, so that an older
  // reading of the same words keeps its span.
  {
    re: phrase(
      '(?:反対|批判|非難|反発|抗議)(?:を)?(?:され|なさっ|し)て(?:い|お)?(?:る|られる|いらっしゃる|らっしゃる)(?:方|方々|人|人たち|皆さん|皆様|みなさん)(?:の(?:多く|ほとんど|大半))?(?:は|が|こそ)[、,]?[^。！？!?\\n]{0,16}?(?:一度も|いちども|一回も|一度として|ほとんど|ほぼ|まったく|全く|どなたも)[、,]?[^。！？!?\\n]{0,20}?(?:お見えになって|お越しになって|お越しいただいて|来られて|来て|参加されて|ご参加いただいて|ご参加になって|出席されて|ご出席いただいて|ご出席になって|いらっしゃって|足を運ばれて|足を運んで|参加して|出席して|顔を出して|顔を出されて)(?:い|お)?(?:ません|ない|らず|られません|らっしゃいません)' +
        '|(?:ネット|インターネット|sns|エスエヌエス|ツイッター|インスタ|掲示板)(?:上)?(?:で|での|上で|上での)[^。！？!?\\n]{0,6}?(?:ご批判|批判|非難|文句|悪口|反対)(?:を)?(?:する|される|なさる|言う|書く|書き込む)?(?:ばかり|だけ|のみ)(?:で(?:は)?なく|じゃなく|ではなく|でなく|せず(?:に)?|しないで)[、,]?[^。！？!?\\n]{0,20}?(?:お越し|ご参加|参加|ご出席|出席|来て|足を運|お運び|直接)[^。！？!?\\n]{0,10}?(?:いただきたい|いただければ|頂きたい|頂ければ|ください|下さい|ほしい|欲しい|願い|もらいたい)',
    ),
    need: ['反対', '批判', '非難', '反発', '抗議', '文句', '悪口'],
    what: '批判者への当てこすり',
    instead: INSTEAD.critic,
    notWithApology: true,
  },
  // Blind R308T-024 kind: a reported figure explained away by what the report left out, in the present (…と報じられましたが、これは会場外の
  // 観覧者を数えていないためで, 記事の数字は臨時便の利用者を含めていないからです, 市外からの参加者が計上されていないだけです): the press told
  // its figure is wrong. Only after a report or a criticism received; not the city's own figure explained with no critic (この数字には市外の
  // 方を含めていないため、実際はさらに多くなります), not an admission in the past (含めていなかったため…修正しました), an apology or a fix.
  {
    re: phrase('(?:数え|含め|含ん|計上し|算入し|カウントし|集計し|加え|入れ|反映し)(?:られ|され)?て(?:い|お)(?:ない|らず|ません|りません)(?:ため|から|こと(?:による|が原因|に(?:よる|起因))|せい|だけ)'),
    need: ['数え', '含め', '含ん', '計上', '算入', 'カウント', '集計', '加え', '入れ', '反映'],
    what: '報道や批判への反論',
    instead: INSTEAD.press,
    notWithApology: true,
    needsCriticism: true,
    strongCriticism: true,
    notWithRemedy: true,
    unless: new RegExp(CONCESSION_OR_FIX.source + '|' + phrase('修正(?:し|いたし)|訂正(?:し|いたし)(?:ます|ました)|誤りが(?:あり|ござい)', 'u').source, 'u'),
  },
  // Blind R308T-024 kind: the city's own count set against a report or a criticism, with the figure said to be the contrary (…と報じられましたが、
  // 市の集計では例年並みの人出でした, 当市の調査ではむしろ増えています, 本市の統計では減少しておりません): the press or the critic told they are
  // wrong by the city's own numbers. Only with a word of the contrary (例年並み, 前年並み, むしろ, 増加, 減っておりません) and after a report or a
  // criticism received; a count announced with no critic (市の集計では、来場者は前年並みの約5万人でした) is news.
  {
    re: phrase('(?:市|当市|本市|当課|当方|私ども|こちら|実行委員会|主催者|事務局|当館|当施設)(?:の|による|で(?:の)?|が(?:行った|実施した|独自に行った))(?:独自の)?(?:集計|調べ|調査|統計|カウント|計測|把握|推計|算定|記録|データ)(?:結果)?(?:では|によると|によれば|によりますと|上は|上では|で(?:は)?)(?!も)[、,]?[^。！？!?\\n]{0,30}?(?:例年並み|前年並み|平年並み|例年どおり|例年通り|前年と(?:同|ほぼ同|変わ)|例年と(?:同|ほぼ同|変わ)|むしろ|逆に|かえって|横ばい|増加|増えて|上回って|伸びて|減って(?:いません|おりません|いない|おらず)|減少(?:して(?:いません|おりません|いない|おらず)|は(?:見られ|ありま|ござい)))'),
    need: ['集計', '調べ', '調査', '統計', 'カウント', '計測', '把握', '推計', '算定', '記録', 'データ'],
    what: '報道や批判への反論',
    instead: INSTEAD.press,
    notWithApology: true,
    needsCriticism: true,
    strongCriticism: true,
    notWithRemedy: true,
    unless: new RegExp(CONCESSION_OR_FIX.source + '|' + ASKER_REASSURED.source, 'u'),
  },
  // Blind R308T-035 kind: a price complaint answered with the costs behind the price, turned in with a contrast or told as the reason (…高すぎる
  // 値段だという投稿を拝見しました。しかし、国産うなぎの仕入値はこの5年で約1.8倍になっており, 料金が高いとのご意見ですが、燃料費が高騰して
  // おりますので): the complainant told the price is justified. Only with a price charged too high in the paragraph (`PRICE_CHARGED`) and a
  // criticism received or heard; not a price revision announced with no complaint (燃料費の高騰により、4月から運賃を改定します), not with an
  // apology, a concession or a review (見直し, 検討).
  {
    re: phrase('(?:仕入れ?(?:値|価格|値段|代)?|原価|原材料(?:費|価格|代)?|材料費|材料代|食材費|食材の(?:値段|価格)|燃料費|燃料代|人件費|光熱費|電気代|経費|コスト|運営費|維持費|物価|輸送費|諸経費|資材(?:費|価格)?)(?:は|が|も)[、,]?[^。！？!?\\n]{0,24}?(?:[0-9.]+倍|倍(?:近く|以上)?に|高騰|上昇|値上が|上が(?:って|り|っ)|増え|増加|かさ(?:ん|み)|跳ね上が)|(?:仕入れ?(?:値|価格)?|原価|原材料(?:費|価格)?|材料費|食材費|燃料費|燃料代|人件費|光熱費|電気代|経費|コスト|物価|資材(?:費|価格)?)の(?:高騰|上昇|値上がり|値上げ)(?:が続|により|による|を受け|もあり|があり|で)'),
    need: ['仕入', '原価', '原材料', '材料', '食材', '燃料', '人件費', '光熱費', '電気代', '経費', 'コスト', '運営費', '維持費', '物価', '輸送費', '資材'],
    what: '料金への批判に対する弁明',
    instead: INSTEAD.justify,
    notWithApology: true,
    needsCriticism: true,
    strongCriticism: true,
    orReply: true,
    orCharge: true,
    alsoNeeds: PRICE_CHARGED,
    // Reviewer FP kind: the costs told before a price cut (光熱費の高騰が続いていますが、…来月から入館料を半額にします, …子ども料金を無料に
    // します) are the background of a remedy, not a justification.
    unless: new RegExp(CONCESSION_OR_FIX.source + '|' + phrase('半額|無料(?:に|と)(?:し|いたし|な)|値下げ|値引き|引き下げ|割引|減額|据え?置|安く(?:し|いたし|な)', 'u').source, 'u'),
  },
  // Blind R308T-051 kind: a charge of unequal treatment going round or received (外国人にだけ高い料金を取っている, 市外の人ばかり優遇, 不公平だ)
  // answered by the sameness declared (乗船料は国籍を問わずすべて同額です, 市内外に関係なく一律です, 区別はしておりません): the critics told they
  // are wrong. Only after a criticism received or such a charge heard; a price list with no critic (料金は市内外を問わず一律500円です) is a notice.
  {
    re: phrase('(?:を問わず|に関係なく|に関わらず|にかかわらず|の区別なく|の別なく|の違いに関係なく|に関係なしに)[、,]?[^。！？!?\\n]{0,16}?(?:同額|同一(?:の)?(?:料金|価格|金額|基準)|同じ(?:料金|金額|価格|値段|額|基準|扱い)|一律|平等に|公平に|差(?:は|も|を)(?:一切|全く)?(?:ありません|ございません|設けて(?:おりません|いません))|区別(?:は|も)?(?:一切)?(?:して|いたして)(?:おりません|いません))'),
    need: ['問わず', '関係なく', '関わらず', 'かかわらず', '区別なく', '別なく', '関係なしに'],
    what: '批判を否定する反論',
    instead: INSTEAD.deny,
    notWithApology: true,
    needsCriticism: true,
    strongCriticism: true,
    orCharge: true,
    alsoNeeds: CHARGE,
    unless: new RegExp(CITY_LISTENING.source + '|' + ASKER_REASSURED.source + '|' + phrase('ご質問|お問い合わせ|お尋ね', 'u').source, 'u'),
  },
  // Blind R310H-031 kind: a fairness criticism received or heard (選考が不公平ではないかとのご意見) answered with the process declared strict or
  // fair in the present (選考は国の基準に沿った点数表により厳正に行っており, 抽選は公正に実施しております, 審査は公平に行っています): the critic
  // told the city does right. Only after a criticism received or a charge heard; an FAQ with no critic (抽選は公正に行います) is news.
  {
    re: phrase('(?:厳正|公正|公平|厳格|中立|透明)(?:かつ(?:厳正|公正|公平|厳格|中立|適正|透明|適切)|・(?:厳正|公正|公平|適正))?(?:に|な(?:手続き|手順|審査|選考|方法)で)[、,]?[^。！？!?\\n]{0,10}?(?:選考|審査|抽選|判定|選定|運用|実施|決定|採点|評価|行|執り行|取り扱|対応)(?:を)?(?:して|いたして|って|させていただいて|されて)(?:おり(?:ます)?|います|いる(?=[。！!、]|ので|から)|おりました|いました)'),
    need: ['厳正', '公正', '公平', '厳格', '中立', '透明'],
    what: '批判への反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    needsCriticism: true,
    strongCriticism: true,
    orCharge: true,
    notWithRemedy: true,
    unless: HEARD_OR_REASSURED,
    greetingOk: true,
    // Reviewer FP kind: a contest's or a draw's many comments (フォトコンテストに多くのご意見・ご感想, 入居者募集に多くのお声) with the
    // judging told fair is a notice; only after a real criticism.
    realCriticism: true,
  },
  // Blind R310H-031 kind: the charged act restated as a verb and denied outright as something the city would do (特定の方を優遇するような
  // ことは一切ございません, 手を抜くようなことは決してありません, 差別するようなことはいたしておりません): the criticism declared groundless.
  // After a criticism received or a charge heard, as `DECLARED_IMPOSSIBLE`; a promise to users with no critic (個人情報を目的外に使用する
  // ようなことは一切ございません) is a notice, and a worried asker reassured (ご安心ください) is not this.
  {
    re: phrase('[^。！？!?\\n、,「」]{1,12}?(?:[うくぐすつぬぶむる]|した|させる|される|させた|された)(?:ような|といった|などという)(?:こと|事)(?:は|も|など)[、,]?(?:一切|決して|断じて|絶対に|まったく|全く|いっさい)[、,]?(?:ございません|ありません|ない(?=[。！!]|です|と(?:考え|思|存じ))|いたしておりません|しておりません|していません|行っておりません)'),
    need: ['一切', '決して', '断じて', '絶対', 'まったく', '全く', 'いっさい'],
    ...DECLARED_IMPOSSIBLE,
    // Reviewer FP kind: a topic's many comments (マイナンバーについて多くのご意見) with a promise of proper use is a notice.
    realCriticism: true,
  },
  // Blind R310H-026 kind: a fee criticised answered with the profit denied outright (参加費100円はお茶とお菓子の実費だけで、儲けは1円も出ていません,
  // 市の利益は一切ございません, もうけなんか全然なかです): the critic told the charge is wrong. Said to a critic (a reply or comment, or after
  // a criticism); not a question about the money answered (ご質問, お問い合わせ), not a donation told (売上は全額寄付).
  {
    re: phrase('(?:儲け|もうけ|利益|利潤|黒字|利ざや|差益)(?:は|なんて|など|なんか|も)[、,]?(?:1円|一円|1銭|一銭|びた一文|少しも|一切|全く|まったく|全然|ぜんぜん|何も|なにも|いっちょん)(?:も)?[、,]?(?:出て|出し|上げて|得て|生じて|取って|いただいて|頂いて|もらって|出と)?(?:い|お)?(?:ません|ない|りません|らず|らん|ございません|ありません|なか)'),
    need: ['儲け', 'もうけ', '利益', '利潤', '黒字', '利ざや', '差益'],
    what: '批判への反論',
    instead: INSTEAD.justify,
    notWithApology: true,
    needsCriticism: true,
    orReply: true,
    unless: new RegExp(CITY_LISTENING.source + '|' + phrase('ご質問|お問い合わせ|お尋ね|寄付|寄附|ご安心', 'u').source, 'u'),
    greetingOk: true,
    // Reviewer FP kind: the fee's breakdown told as a plain answer (参加費500円の内訳は…市の利益は一切ございません, 実費のみで、儲けは1円も
    // 出ていません。気軽にご参加ください), in a reply too, or after a bare 多くのご意見: only with a real criticism (儲けている, ぼったくり).
    realCriticism: true,
  },
  // Blind R318H-002 kind: after a complaint received, the complainant's account said not to match the city's record (回答がなかったとのこと
  // ですが、こちらの記録とは一致いたしません, 受付記録と食い違っております, 当方のデータとは異なります): the complaint denied on the record.
  // Not a form's entry that fails to match a register (入力内容が登録記録と一致しない場合は: no criticism, a condition), not with an apology,
  // a concession, a check still going on or the complainant asked for the details (詳しい状況をお知らせください).
  {
    re: phrase('(?:記録|データ|ログ|履歴|受付簿|台帳|日報)(?:上の(?:内容|記載)|の(?:内容|記載))?(?:と|とは|とも)[、,]?(?:一致(?:いたし|し)(?:ません(?:でした)?|ておりません|ていません|ない(?=[。！!、,]|です|もの|と|ため|ので))|(?:合い|あい)ません|合わない(?=[。！!、,]|です|もの|と)|食い違(?:い(?:ます|がござい|があり)|って(?:おり|い)(?:ます)?)|異な(?:ります|っております|っています|っており)|相違(?:が(?:あり|ござい)|して(?:おり|い)|いたして))'),
    ...RECORD_AGAINST_COMPLAINT,
    need: ['記録', 'でーた', 'ろぐ', '履歴', '受付簿', '台帳', '日報'],
    what: '苦情を記録で否定する反論',
    orCharge: true,
    unless: new RegExp(CONCESSION_OR_FIX.source + '|' + ASKER_REASSURED.source + '|' + STILL_CHECKING.source + '|' + phrase('お知らせください|ご連絡ください|お問い合わせください|お手数|お聞かせ', 'u').source, 'u'),
  },
  // Blind R318H-014 kind: a complaint heard of lateness or neglect (発送が遅いとありますが, 回答がなかったとのご指摘) answered with the work
  // declared done on schedule or within the deadline, in the writer's voice (発送は予定どおり行っております, 受付から十日以内にすべて回答して
  // おります, 収集は決められた日に行っております): the complainant told nothing was late. Only with a complaint heard or a real criticism; not a
  // status told with no complaint (本日の運航は予定どおり行っております), not with an apology, a concession, a delay owned, a fix or a check
  // still going on.
  {
    re: phrase('(?:(?:予定|スケジュール|計画|日程|期限|期日|規定)(?:どおり|通り|内)(?:に)?|(?:決められた|定められた|所定の|予定の)(?:日|曜日|時間|日時|時刻)(?:に|どおり|通り))[、,]?[^。！？!?\\n]{0,12}?(?:行|おこな|実施し|発送し|送付し|進め|運行し|運航し|収集し|回収し|対応し|処理し|配達し|お届けし|発行し|回答し|ご回答し|お送りし|お返事し|返信し)(?:っ)?(?:て|で)(?:おり(?:ます|ました)?|います|いました)(?=[。！!、,]|$|ので|から|し)|(?:[0-9一二三四五六七八九十百]+(?:日|週間|か月|ヶ月|カ月|時間)|期限|期日)(?:以内|内)に[、,]?(?:すべて|全て|必ず|確実に|きちんと|いずれも)[^。！？!?\\n]{0,8}?(?:回答|返信|ご回答|ご返信|対応|処理|発送|ご連絡|連絡|お返事)(?:を)?(?:して|いたして|させていただいて)(?:おり(?:ます|ました)?|います|いました)'),
    what: '苦情への反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    notWithRemedy: true,
    alsoNeeds: new RegExp(COMPLAINT_HEARD.source + '|' + REAL_CRITICISM.source, 'u'),
    // Reviewer FP kinds (reb58): not an inquiry answered (「ごみ収集車が来ない」とのお問い合わせ…本日は祝日ですが、予定どおり行っております), not
    // with the worry owned (ご心配をおかけしました) or a delay that may still come (収集時間が遅れる場合があります).
    unless: new RegExp(CITY_LISTENING.source + '|' + ASKER_REASSURED.source + '|' + STILL_CHECKING.source + '|' + phrase(`(?:遅れ|遅延|不具合|ご迷惑)(?:が|を)[^。！？!?\\n]{0,4}?(?:出|生じ|発生|おかけ)|遅れる(?:場合|こと|可能性)|${OWNED_SOFTLY}|${INQUIRY_HEARD}`, 'u').source, 'u'),
    greetingOk: true,
  },
  // Blind R318H-031/037 kind: after a criticism received, the city's act declared done properly or thoroughly, in the passive or as what it
  // is (補助金は要綱に基づき適正に執行されたものであり, 選定は公正に行われたものです, 答弁は事前に関係課で十分に精査した内容であり, 慎重に
  // 審議を重ねた結果でございます): the critic told there was nothing wrong. Not a plan (適正に執行してまいります), not a report with no criticism
  // (令和5年度の補助金は適正に執行されました), not with an apology, a concession or a fix.
  {
    re: phrase('(?:適切|適正|厳正|公正|公平|正当)に(?:(?:執行|実施|運用|管理|処理|運営|審査|支出|交付|選定|配分|決定|手続|手続き|算定|積算|契約|発注)(?:され|がなされ)|行われ|おこなわれ|執り行われ)(?:た|て(?:おり|い)(?:ます|る)?)(?:もの)?(?:であり|です|でございます|と(?:考え|認識|判断|確信)|(?=[。！!]|$))|(?:十分(?:に)?|慎重に|入念に|綿密に|厳正に|丁寧に|しっかり(?:と)?)(?:精査|検討|審議|協議|確認|審査|調査|議論|検証)(?:を)?(?:重ね|尽く)?(?:し|いたし|され)?た(?:うえで|上で)?(?:の)?(?:内容|もの|結果|判断|答弁|回答|計画)(?:であり|です|でございます|と(?:考え|認識|判断))'),
    ...JUSTIFYING,
    needsCriticism: true,
    strongCriticism: true,
    orCharge: true,
    notWithRemedy: true,
    unless: new RegExp(ASKER_REASSURED.source + '|' + phrase('ありがと|感謝|確かに|たしかに|反省|至らな|不十分|今後は|これから|おっしゃる(?:とおり|通り)', 'u').source, 'u'),
    greetingOk: true,
    // Reviewer FP kind (reb58): a plan said to be the result of careful review after opinions invited or received with no fault in them
    // (パブリックコメントでは多くのご意見をいただきました。…審議会で慎重に審議を重ねた結果でございます): only a real criticism (ご指摘, ご批判, a
    // charge) or a judgement of the city's act quoted (答弁が不誠実だったとのご意見, 拙速だとの声).
    alsoNeeds: new RegExp(REAL_CRITICISM.source + '|' + CHARGE.source + '|' + phrase('(?:だ|だった|である|であった)[」』]?(?:との|という|といった)(?:ご|お)?(?:意見|声|指摘|批判|評価|投稿|書き込み|コメント)', 'u').source, 'u'),
  },
  // Blind R318H-047 kind: after a criticism received, the notice declared given over and over, in the present (申込み方法は広報紙・ホームページ・
  // 窓口で繰り返しお知らせしており, 何度もご案内しております, 以前から周知しております): the complainant told the fault is theirs for not
  // reading (the past, …お知らせしておりました, is the phrase above). Not a plain notice with no complaint, not with a concession (分かりにくく),
  // thanks beyond the greeting, an apology or a fix.
  {
    re: phrase('(?:繰り返し|くり返し|何度も|何回も|再三|再々|たびたび|幾度も|以前から|以前より|かねてから|かねてより|従来から|毎年)[、,]?[^。！？!?\\n]{0,4}?(?:お知らせ|周知|告知|ご案内|案内|掲載|ご説明|説明|広報|お伝え|ご紹介|発信)(?:を)?(?:して|いたして|させていただいて)(?:おり(?:ます)?|います)(?=[。！!、,]|$|ので|から|し)'),
    what: '苦情への弁明',
    instead: INSTEAD.justify,
    notWithApology: true,
    needsCriticism: true,
    strongCriticism: true,
    notWithRemedy: true,
    unless: new RegExp(CONCESSION_OR_FIX.source + '|' + NOTICE_CONCEDED.source, 'u'),
    greetingOk: true,
  },
  // Blind R318H-035 kind: a complaint of a thing grown worse or fewer heard (「去年より舟の数が減った」ってコメント, 「量が少なくなった」との声)
  // answered with the opposite claimed in the soft explanatory のだ, after 実は or in a cleft on the thing (実は今年も同じ数なんです, これはほぼ
  // 撮って出しなんです, 実際は毎週きれいにしてるんですよ): the critic told, gently, they are wrong. Only after such a complaint or a real
  // criticism echoed; not news (実は今年で50周年なんです: no complaint), not praise echoed, not with thanks beyond the greeting, a concession,
  // a fix or an apology.
  {
    // Blind R331R-025 kind (reb61): …also after でも, だけど, しかし or ただ before 実は, and with a longer counter-fact (でも実はこのイベント、県の
    // 補助金で9割をまかなっていて、市の負担はほんのわずかなんです！).
    re: phrase('(?<=(?:^|[。！!？?\\n、,]|けど|けれど|ですが|が|でも|しかし|ただ)\\s?)(?:実は|じつは|実際は|実際には|本当は|ほんとは|ほんとうは)[、,]?[^。！？!?\\n]{1,40}?(?:なん|ん)(?:です|だ|よ|やけど|やけん|ばい|ですよ)|(?<=(?:^|[。！!？?\\n、,]|けど|けれど|ですが|が)\\s?)(?:これ|こちら|あれ)(?:は|って|、)?[、,]?(?:ほぼ|ほとんど|全部|すべて|全て|まったく|全く|一切|ちゃんと|ただの|普通の)[^。！？!?\\n]{0,12}?なん(?:です|だ|よ|やけど|やけん|ですよ)'),
    what: '批判に言い返す反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    notWithRemedy: true,
    alsoNeeds: new RegExp(COMPLAINT_HEARD.source + '|' + REAL_CRITICISM.source + '|' + phrase('(?:減っ|へっ|少なくなっ|下がっ|悪くなっ|高くなっ|狭くなっ|遅くなっ|劣化し|手を抜い|サボっ|さぼっ|(?:質|味|量|数|サービス|レベル|品質)が落ち)(?:た|てる|ている|とる)[！!？?〜~…w]*[」』]?(?:って|と|との|という|っていう|みたいな)(?:いう)?(?:ご|お)?(?:コメント|意見|指摘|声|口コミ|クチコミ|レビュー|苦情|書き込み|批判|投稿|ポスト|こと|言われ|書かれ|あり)', 'u').source, 'u'),
    // (A fix told in the same breath, 実は来月から増量するんです, is news for the critic, not a retort.)
    // Reviewer FP kinds (reb58): nor with the fault owned softly (ごめんなさい、実は少し明るさを調整していたんです), the complaint's cause told
    // (実はシラスウナギが不漁なんです: the complaint agreed with) or an invitation (実は今が一番の見頃なんです🌸 ぜひ見に来てね).
    unless: new RegExp(CITY_LISTENING.source + '|' + phrase(`その通り|そのとおり|おっしゃる通り|おっしゃるとおり|[？?](?:[」』])|増量|増便|増発|増や|拡充|拡大|(?:来月|来年度|来年|次回|来週|来季)(?:から|より|は)|予定|${OWNED_SOFTLY}|${INVITED}|不漁|不作|高騰|値上がり|不足(?:して|の|なん|で)|(?:の|による)影響`, 'u').source, 'u'),
    greetingOk: true,
  },
  // Blind R318H-035 kind: the defect a complaint reports put down to how the photo was taken or the thing seen (写真の撮り方でそう見えたのかも,
  // 角度で少なく見えたのかもしれません, 光の加減で暗く写っていただけかと): the complaint dismissed as a matter of looking, with no honorific
  // owner. To a critic (a reply, or after a criticism); not a tip (撮り方で印象が変わります, 暗く見えることがあります), not with a step to try.
  {
    re: phrase('(?:撮り方|撮る角度|撮った角度|写し方|写り方|見る角度|見た角度|見る位置|見た位置|角度|光の加減|光の当たり方|画角|天気|時間帯|照明)(?:の(?:違い|関係|せい|影響))?(?:で|によって|により|のせいで)[、,]?(?:そう|そのように|そんなふうに|そんな風に|少なく|小さく|暗く|狭く|古く|汚く|多く|大きく|少なめに|小さめに)(?:見え|感じ|写っ|映っ|感じられ)(?:た|る|ている|てる|ていた|ちゃった|ちゃう)(?:の|ん)?(?:かも|かな|だけ|では|じゃ|でしょう|と思)'),
    ...BLAMES_COMPLAINANT,
    // Reviewer FP kind (reb58): not the city's own photo owned with thanks for the point or a better one promised (「写真が暗い」とのご指摘、
    // ありがとうございます！撮影した時間帯で暗く見えたのかもしれません。次回は明るく撮りますね); a reply's opening thanks is only the greeting.
    unless: phrase(`${HELP_STEPS}|コツ|ありがと|感謝|次回|今後|これから|撮り直|差し替え|${OWNED_SOFTLY}`, 'u'),
    greetingOk: true,
  },
  // Blind R320M-008 kind: after a complaint, its substance put down to the complainant's own feeling or taste (お子さまの感じ方によるものと考えて
  // おります, 受け止め方の違いによるものかと存じます, 好みの問題です, 個人差によるものです): the complaint dismissed as subjective. Not advice
  // (暑さの感じ方には個人差があります。こまめに水分補給を: no complaint, and 個人差があります is a fact told), not with help, a fix, a
  // concession or an apology.
  {
    re: phrase('(?:感じ方|受け止め方|受け取り方|捉え方|とらえ方|感じ取り方|感覚|主観|好み|個人差)(?:の(?:違い|差|問題))?(?:による|によって(?:は)?(?:異なる|違う|変わる)|次第の?|の問題|のせい)(?:もの|ところ|部分)?(?:(?:だ|である)?と(?:考え|思|存じ|認識)|かと(?:思|存じ)|(?:です|でございます)(?![かが]))'),
    ...BLAMES_COMPLAINANT,
    strongCriticism: true,
    unless: new RegExp(CONCESSION_OR_FIX.source + '|' + ACTS_ANYWAY.source + '|' + phrase(`${HELP_STEPS}|ご用意|用意して|お申し出|お気軽に|体調|無理(?:を)?せず|水分`, 'u').source, 'u'),
  },
  // Blind R320M-008 kind: after a real complaint (「給食の量が少ない」というご意見, 料金が上がったとのご指摘), the thing declared not changed at
  // all (昨年度から一切変更しておりません, 以前から全く変わっておりません, 量は一切減らしておりません, 変更は一切ございません): the complaint
  // denied with the city's constancy. Not a notice with no complaint (収集日は一切変更ありません), not a worried question answered (「料金が
  // 上がったの？」とのご質問…ご安心ください), not with a concession, a fix or an apology.
  {
    re: phrase('(?:一切|全く|まったく|何ら|なんら|何も|一度も|少しも)[、,]?(?:変更|変え|変わ|減ら|削減|縮小|減量|手を加え|値上げ)(?:を)?(?:して|いたして|って|て)?(?:は)?(?:おりません|いません|おらず|ません(?!か))|(?:変更|削減|値上げ|減量|縮小)(?:は|も)(?:一切|全く|まったく|何ら|なんら|特に)(?:ございません|ありません)(?:でした)?(?![かが])'),
    what: '苦情を否定する反論',
    instead: INSTEAD.deny,
    notWithApology: true,
    needsCriticism: true,
    strongCriticism: true,
    realCriticism: true,
    notWithRemedy: true,
    // Reviewer FP kind (reb58): nor with thanks beyond the greeting and a display fixed (ご指摘ありがとうございます。料金は…一切変更しておりませんが、
    // 表示が分かりにくかったため修正しました).
    unless: new RegExp(CONCESSION_OR_FIX.source + '|' + ASKER_REASSURED.source + '|' + phrase('ご質問|お問い合わせ|お尋ね|ご心配|ご不安|ありがと|感謝|修正(?:しました|いたしました|します|いたします)|訂正(?:しました|いたしました|します|いたします)|分かりにく|わかりにく', 'u').source, 'u'),
    greetingOk: true,
  },
  // Blind R318H-046 kind: a price complained of (料金が高すぎるという声, 「入館料が高い」とのご意見) answered with the price declared not high,
  // emphatically or weighed against what it buys (決して高いとは言えません, それほど高くはありません, 舟旅の長さを考えれば高くはないと思います):
  // the complaint refuted. Not a worry or an advertisement with no complaint (「高いのでは？」と思われるかもしれませんが: a question), not with a
  // price cut, a concession, thanks beyond the greeting or an apology.
  {
    re: phrase('(?:決して|けっして|そんなに|それほど|さほど|全然|ぜんぜん|必ずしも)(?:高い|高額な?|割高な?)(?:料金|価格|金額|値段|額|もの|設定)?(?:だ)?(?:とは|ものとは)[、,]?(?:言え|いえ|思え|思い|考え)(?:ない|ません|ず)|(?:決して|けっして|そんなに|それほど|さほど|全然|ぜんぜん)(?:高く|高額では|割高では|高額じゃ|割高じゃ)(?:は|も)?(?:ない|ありません|ございません|なか)|(?:決して|けっして)(?:高い|高額な|割高な)(?:料金|価格|金額|値段|額|もの|設定)(?:では|じゃ)(?:ない|ありません|ございません)|(?:考えれば|考えると|考えたら|考えますと|踏まえれば|踏まえると|思えば|思ったら)[、,]?[^。！？!?\\n]{0,24}?(?:高く(?:は|も)?(?:ない|ありません|ございません|なか)|高いとは(?:言え|いえ|思え|思い|考え)(?:ない|ません))'),
    what: '料金への批判に対する反論',
    instead: INSTEAD.justify,
    notWithApology: true,
    alsoNeeds: PRICE_CHARGED,
    unless: new RegExp(CITY_LISTENING.source + '|' + phrase('値下げ|割引|無料に|のでは|かもしれ|かな[？?」』]|と思われ|ご心配|ご不安', 'u').source, 'u'),
    greetingOk: true,
  },
  // Blind R322H-022/044 kind (reb59): after a real criticism (英語表記が分かりにくいとのご意見, a charge: 不正, 怠慢), the city's work declared made
  // or kept to a standard, a guideline or the law (表記は観光庁のガイドラインに準拠して作成しております, 総務省の基準もきちんと守っています,
  // 延滞金の割合は法律で定められており): the critic told there is nothing to fault. Not a rule explained with no complaint (料金は条例に基づいて
  // 定めております), a question or an inquiry answered, nor with thanks beyond the greeting, a concession, a fix, help offered or an apology.
  {
    re: phrase(COMPLIANT),
    need: ['がいどらいん', '指針', '基準', '規定', '規則', '規約', '要綱', '要領', '法令', '法律', '条例', 'まにゆある', 'るーる', '決まり', '手順', '定義', '仕様', '地方税法', '制度'],
    what: '批判に規則や基準を盾にして反論する表現',
    instead: INSTEAD.justify,
    notWithApology: true,
    needsCriticism: true,
    strongCriticism: true,
    orCharge: true,
    realCriticism: true,
    notWithRemedy: true,
    // Reviewer FP kind (rreb59): help offered in any words (お手伝いします, 窓口でお声かけください, ご案内します), as long as nothing is
    // dismissed (`HELPED_NOT_DISMISSED`).
    unless: new RegExp(CONCESSION_OR_FIX.source + '|' + ASKER_REASSURED.source + '|' + STILL_CHECKING.source + '|' + phrase(`${OWNED_SOFTLY}|${INQUIRY_HEARD}|ありがと|感謝|ご心配|ご不安`, 'u').source + '|' + HELPED_NOT_DISMISSED.source, 'u'),
    greetingOk: true,
  },
  // Blind R322H-032 kind (reb59): after a criticism received (音量に関するご意見をいただいております, とのご指摘), the level complained of
  // declared no problem as the city's finding (測定した音量は…目安の範囲内であり、問題となる水準ではなかったことをご報告いたします, 問題のない
  // レベルでした): the complaint refuted with the city's verdict. Not a measurement published with no complaint (花粉は問題となる水準ではありません),
  // not a worried asker reassured (ご心配の声…ご安心ください), not with a fix, help, a step still to take, thanks or an apology.
  {
    // Reviewer FP kind (rreb59): not turned with が to a caveat or advice (本日の濃度は健康に影響となるレベルではありませんが、洗濯物は
    // 室内干しがおすすめです): the level told as news, not the complaint refuted.
    re: phrase(`(?:${NO_PROBLEM_LEVEL})(?!(?:でした)?(?:が[、,]|けれど|けど))`),
    need: ['問題', '支障', '影響'],
    what: '批判に調査結果を示して反論する表現',
    instead: INSTEAD.critic,
    notWithApology: true,
    notWithRemedy: true,
    rumourDenial: true,
    notInHoaxWarning: true,
    needsCriticism: true,
    strongCriticism: true,
    orCharge: true,
    unless: new RegExp(`${CITY_LISTENING.source}|${STILL_CHECKING.source}|${ACTS_ANYWAY.source}|${ASKER_REASSURED.source}`, 'u'),
    greetingOk: true,
  },
  // Blind R322H-035 kind (reb59): a complaint heard (練習の音が夜遅くまで響いているとのことですが) answered with the rule or the schedule
  // (体育館の利用は21時までと決まっており, 割合は法律で定められており) and the complaint's fact or charge denied on it (それ以降に音が出ている
  // ことはありません, 本市が独自に上乗せしているものではございません): the complainant told it cannot be so. Not an FAQ or a worried asker
  // (「…かかりますか」とのご質問…ことはありません, ご安心ください), not a rumour set right, not with a concession, a fix or an apology.
  {
    re: phrase('(?:(?:と|に|で)[、,]?(?:決まって|決められて|定められて|定まって|規定されて)|となって)(?:おり(?:ます)?|います|いる)(?:ので|から|まして|ますので)?[、,][^。！？!?\\n]{0,30}?(?:こと|もの)(?:は|も|では|じゃ)[、,]?(?:一切|決して|絶対に|まず|基本的に|全く|まったく)?(?:ありません|ございません|ない(?=[。！!]|です|と|$)|ありえません|あり得ません|考えられません|考えにくい)'),
    need: ['決まつて', '決められて', '定められて', '定まつて', '規定されて', 'となつて'],
    what: '苦情を規則を盾に否定する反論',
    instead: INSTEAD.deny,
    notWithApology: true,
    notWithRemedy: true,
    rumourDenial: true,
    notInHoaxWarning: true,
    needsCriticism: true,
    strongCriticism: true,
    // (Not orReply (reviewer FP kind, rreb59): a reply that tells a rule and what it rules out, 燃えるごみの日は週2回と決まっており、それ以外の
    // 日に収集することはありません。ご注意ください, answers a question; a complaint must be heard.)
    // Reviewer FP kind (rreb59): nor the rule told as a guide, with what to do by it (8時30分までにお出しください) or help offered and nothing
    // dismissed (`HELPED_NOT_DISMISSED`).
    unless: new RegExp(CONCESSION_OR_FIX.source + '|' + ASKER_REASSURED.source + '|' + phrase(`${INQUIRY_HEARD}|ご質問|お尋ね|ご心配|ご不安|のでは(?:ない)?(?:か|でしょうか)?[」』]|お出しください|お出し(?:いただ|願)|ご利用ください|お申し込みください|お手続きください`, 'u').source + '|' + HELPED_NOT_DISMISSED.source, 'u'),
    greetingOk: true,
  },
  // Blind R322H-035 kind (reb59): the thing complained of put down to another place or party, guessed in the writer's voice (別の場所からの音
  // ではないかと思われます, 他の施設の車両ではないでしょうか, 近隣の工事現場の音じゃないかな): the complainant told it is not the city's. To a
  // critic (a reply, or after a criticism); not with a check promised, help, a step to try, thanks or an apology.
  {
    re: phrase('(?:別の|他の|ほかの|よその|近隣の|周辺の|近くの|隣の|となりの)(?:場所|施設|建物|ところ|所|方向|業者|事業者|団体|工事現場|工事|現場|車両|車|お宅|住宅|家|店舗|お店|店|会場|地区|学校|公園|方々|方)(?:から|で|の|による)?(?:の)?[^。！？!?\\n]{0,8}?(?:では|じゃ)(?:ない|なか)(?:か|かと|でしょうか|ですか|かな|ですかね)(?:と(?:思われ|思い|思って|存じ|考え|推測|推察))?(?![」』]|との|という|って|とい|とのご|とお|(?:と)?(?:思う|思える|見まがう|見間違う)(?:ほど|くらい|ぐらい))' +
      '|(?:市|当市|本市|当方|こちら|当施設|当館|当課|市の施設|体育館|公民館|会場)(?:の[^。！？!?\\n、,]{1,8})?(?:では|じゃ)なく[、,]?[^。！？!?\\n]{0,12}?(?:別の|他の|ほかの|よその|近隣の|周辺の|近くの|隣の|となりの)[^。！？!?\\n]{0,16}?(?:だと|かと|と)(?:思われ|思い|思って|存じ|考え|推測|推察)'),
    need: ['別の', '他の', 'ほかの', 'よその', '近隣の', '周辺の', '近くの', '隣の', 'となりの'],
    ...BLAMES_COMPLAINANT,
    what: '苦情の原因をほかに帰す反論',
    // (Not orReply: a reply that tells where a lost thing or a book may be, 別の会場のものではないかと思われます, answers a question.)
    orReply: false,
    unless: new RegExp(CITY_LISTENING.source + '|' + STILL_CHECKING.source + '|' + ACTS_ANYWAY.source + '|' + phrase(`${HELP_STEPS}|${OWNED_SOFTLY}|${INQUIRY_HEARD}|お知らせください|教えてください|お聞かせ|伺|お届けください`, 'u').source, 'u'),
    greetingOk: true,
  },
  // Blind R322H-039 kind (reb59): a programme, an article or a post named and its picture said to differ from the reality (番組の印象と実際とは、
  // かなり違う, 記事の内容と実態はまったく異なります, 口コミで言われているのとは現実は違います): the report argued with in public, by a mayor's
  // column too. Not a caution (番組の内容と実際の日程は異なる場合があります), not with an apology.
  {
    re: phrase('(?:記事|報道|番組|放送|紙面|見出し|ニュース|まとめ|投稿|書き込み|口コミ|クチコミ|レビュー|動画|紹介)(?:で(?:の)?|の)(?:印象|内容|イメージ|描写|描き方|伝え方|取り上げ方|紹介|紹介のされ方|書き方|書かれ方|記載|記述|説明|様子|話|評判)(?:と|とは)[、,]?(?:実際|実態|現実|事実|現場|本当|実物)(?:の[一-龥々]{1,4})?(?:と|とは|は|では|が)?[、,]?(?:かなり|全く|まったく|大きく|ずいぶん|随分|だいぶ|全然|ぜんぜん|明らかに|あまりに(?:も)?|まるで)?[、,]?(?:違う|違い(?:ます|まし)|違っ|異なる|異なり|異なっ|別物|かけ離れ|ずれ|ズレ)(?!る?(?:場合|こと)が|(?:て)?(?:いる|いた)?(?:場合|こと)が|可能性)' +
      '|(?:記事|報道|番組|放送|ニュース|口コミ|クチコミ|レビュー|投稿|書き込み|まとめ)(?:で|に|では)?[、,]?(?:書かれて|報じられて|言われて|紹介されて|伝えられて|報道されて|描かれて|されて)(?:いる|いた|おります|います)?(?:ような|ほど)(?![^。！？!?\\n]{0,16}?(?:被害|断水|停電|浸水|冠水|通行止め|感染|避難|倒壊|欠航|運休))[^。！？!?\\n]{0,16}?(?:実際(?:に)?(?:は|には)[、,]?[^。！？!?\\n]{0,12}?)?(?:ありません|ございません|ではない|じゃない|(?:て|で)(?:は)?(?:いません|おりません|いない|ない))(?=[。！!、,]|です|し|$)'),
    need: ['記事', '報道', '番組', '放送', '紙面', '見出し', 'にゆーす', 'まとめ', '投稿', '書き込み', '口こみ', 'くちこみ', 'れびゅー', '動画', '紹介'],
    what: '報道や批判への反論',
    instead: INSTEAD.press,
    notWithApology: true,
    needsCriticism: true,
    // Reviewer FP kind (rreb59): the difference told as the place's charm with an invitation or thanks (番組の印象と実際は違って、ゆったりした
    // 時間が流れています。ぜひ体験してみてください): a tourism post, no report argued with.
    unless: phrase(`${INVITED}|ありがと|感謝|体験してみて|乗ってみて|行ってみて`, 'u'),
  },
  // Blind R322H-044 kind (reb59): an article, a programme or a post named and said to hold many errors (このまとめ記事、事実と違うところが多すぎます,
  // 記事には誤った記述が数多く見られます, その投稿は間違いだらけです): the report argued with in public. Not a caution about misinformation in
  // general (ネットには不正確な情報が多く含まれることがあります), not the city's own post corrected (訂正, 修正, 正しくは) or with an apology.
  {
    re: phrase('(?<=(?:記事|報道|番組|放送|紙面|見出し|ニュース|まとめ|投稿|書き込み|ご投稿|コメント|ご指摘|ご主張|主張|ご意見|口コミ|クチコミ|レビュー|動画|新聞|週刊誌|ブログ|サイト|それ|そちら)[^。！？!?\\n]{0,16})(?:事実と(?:違う|異なる|違っている|異なっている)|事実に反する|誤った|間違った|不正確な|誤りの|でたらめな|デタラメな)(?:ところ|所|点|箇所|個所|部分|記述|記載|内容|情報|説明|数字)(?:が|も)[、,]?(?:あまりに(?:も)?|非常に|とても|かなり)?(?:多すぎ|多過ぎ|多い(?!場合|こと)|多く(?:見られ|含まれて|あり|ござい|見受けられ)|目立(?:ち|つ)|散見され|いくつも|数多く)(?![^。！？!?\\n、,]{0,4}?(?:こと(?:に|を|が|について|から)|場合|ため(?:に)?[、,]?(?:注意|気をつけ))|(?:る|ます)?(?:ので|から)[、,]?(?:注意|ご注意|気をつけ|気を付け))|(?<=(?:記事|報道|番組|放送|紙面|見出し|ニュース|まとめ|投稿|書き込み|コメント|ご主張|主張|口コミ|クチコミ|レビュー|動画|新聞|週刊誌|ブログ|サイト|それ|そちら)[^。！？!?\\n]{0,12})(?:間違い|誤り|デタラメ|でたらめ|嘘|ウソ|うそ)だらけ(?![」』]?[、,]?(?:と|って)[、,]?(?:思|感じ|気づ|気付))'),
    need: ['事実と', '事実に反', '誤つた', '間違つた', '不正確な', '誤りの', 'でたらめ', 'だらけ'],
    what: '報道や批判への反論',
    instead: INSTEAD.press,
    notWithApology: true,
    needsCriticism: true,
    orReply: true,
    unless: phrase('訂正|修正|正しくは|差し替え|ご注意|注意して|に注意|気をつけ|気を付け|惑わされ|ことがあります|場合があります|ましょう|リテラシー', 'u'),
  },
  // Blind R322H-044 kind (reb59): a charge against the city denied as an act in the writer's voice (不正などしていませんし, 隠蔽なんてして
  // おりません, 特定の店を優遇などしていません): the charge answered back. Said to a critic (a reply or a quote post, or after a criticism or a
  // charge heard); not an audit's finding told as such, not with an apology.
  {
    re: phrase('(?:不正(?!(?:アクセス|利用|使用|ログイン|受給|取得))|違法(?:な(?:こと|行為))?|隠蔽|隠ぺい|改ざん|改竄|癒着|着服|横領|ごまかし|手抜き|えこひいき|ひいき|優遇|水増し|捏造|ねつ造|もみ消し|隠し事|隠しごと)(?:など|なんて|なんか|等)?(?:は|も)?[、,]?(?:一切|決して|全く|まったく|断じて|何も|絶対に|一度も|もちろん)?[、,]?(?:して(?:い|お)(?:ません|りません)|しておらず|してい(?:ない|ません)|いたして(?:おりません|おらず)|しとらん|しちょらん|してません|行って(?:おりません|いません|おらず))(?!か)'),
    need: ['不正', '違法', '隠蔽', '隠ぺい', '改ざん', '改竄', '癒着', '着服', '横領', 'ごまかし', '手抜き', 'ひいき', '優遇', '水増し', '捏造', 'ねつ造', 'もみ消し', '隠し'],
    what: '批判を否定する反論',
    instead: INSTEAD.deny,
    notWithApology: true,
    notAsFinding: true,
    // (Not orReply: a question answered, 市民の方への優遇などは行っておりません, is a rule told; a criticism or a report must be heard.)
    needsCriticism: true,
    unless: phrase('詐欺|不審|なりすまし|成りすまし|ご注意|騙|だまされ', 'u'),
  },
  // Blind R322H-045 kind (reb59): a criticism received turned with が, then the efforts the city has long made (保育士が足りないのは市の怠慢だとの
  // ご意見ですが、…県内でも早い時期から取り組んできました, とのご指摘ですが、以前から対策を講じてまいりました): the critic answered with the
  // record, not heard. Only right after the criticism and its が; not with thanks, a concession or a further step (今後も, さらに, 改善).
  {
    re: phrase('(?<=(?:との|という)(?:ご|お)?(?:指摘|意見|批判|声|叱り|不満|苦情|コメント|投稿|書き込み|こと)(?:を(?:いただ|頂|頂戴し)(?:き|いて)(?:まし|い|お)?(?:た|ます|ります)?|が(?:あり|ございまし|寄せられてい|寄せられてお)(?:ました|ます|ります|た)?|です|でございます|でした)?(?:が|けれども|けど)[、,][^。！？!?\\n]{0,50}?)(?:早い時期から|早くから|早期から|いち早く|先駆けて|先行して|以前から|以前より|従来から|従来より|かねてから|かねてより|これまでも|これまでにも|長年(?:にわたり|にわたって)?|継続して|一貫して)[、,]?[^。！？!?\\n]{0,24}?(?:取り組んで|取組んで|取り組みを進めて|力を入れて|対策を講じて|手を打って)(?:きました|まいりました|参りました|おります|きております|います)'),
    need: ['との', 'という'],
    what: '批判に実績を並べて反論する表現',
    instead: INSTEAD.justify,
    notWithApology: true,
    notWithRemedy: true,
    // (Only a real criticism: a request heard, …してほしいとのご意見ですが、以前から取り組んでおります, is answered with good news.)
    realCriticism: true,
    // Reviewer FP kinds (rreb59): nor with a new step taken on the point (ご指摘を受け、来年度からは対象年齢を拡大します) or help offered and
    // nothing dismissed (気になる空き家があれば、建築課までご連絡ください: `HELPED_NOT_DISMISSED`).
    unless: new RegExp(CITY_LISTENING.source + '|' + phrase('今後も|引き続き|さらに|追加で|追加の|より一層|一層|新たに|拡大(?:し|いたし|する)|拡充|(?:ご指摘|ご意見|お声)を(?:受け|踏まえ)', 'u').source + '|' + HELPED_NOT_DISMISSED.source, 'u'),
  },
  // Blind R324M-005 kind (reb59): after a real complaint (会場が寒かったとのご意見), the complainant told they had been asked or told beforehand,
  // closing the sentence (事前に厚着でのご来場をお願いしていたとおりです, あらかじめご案内していたとおりでございます): the fault put on them.
  // Not a notice that refers to what was announced (事前にお知らせしていたとおり、本日から…: mid-sentence), not with a concession or a fix.
  {
    re: phrase('(?:事前に|あらかじめ|前もって|かねて(?:より|から)?|以前(?:から|より)|当初から|募集時に|申込時に|案内時に|(?:ご案内|案内|チラシ|ホームページ|広報紙|市報|通知|募集要項|要項|ポスター)(?:に|で)(?:も)?)[^。！？!?\\n]{0,30}?(?:(?:お願い|ご案内|案内|お知らせ|周知|告知|お伝え|ご説明|説明|記載|掲載|明記)(?:を)?(?:して|いたして|させていただいて|申し上げて|し)(?:おりました|いました|いた|おった|た)|(?:書いて|載せて|のせて)(?:あった|ありました|おりました|いた))(?:とおり|通り|どおり)(?:です|でございます|だ|なんです)(?=[。！!]|$)'),
    need: ['とおり', '通り', 'どおり'],
    what: '苦情の原因を相手に帰す反論',
    instead: INSTEAD.justify,
    notWithApology: true,
    notWithRemedy: true,
    needsCriticism: true,
    strongCriticism: true,
    realCriticism: true,
    unless: new RegExp(CONCESSION_OR_FIX.source + '|' + NOTICE_CONCEDED.source + '|' + phrase(INQUIRY_HEARD, 'u').source, 'u'),
  },
  // Blind R326H-002 kind (reb60): a criticism heard, a rhetorical question or a charge of faking too (「写真、加工しすぎじゃない？」ってコメント,
  // 「合成でしょ？」って言われた, 「料金高くない？」って声), then a turn (でも, だけど, ですが) to the soft insistence of the explanatory のだ
  // with a word of genuineness (でも、あれは全部スマホで撮ったそのままの写真なんです！, だけど本当にこの色なんですよ, 本当にあの景色なんですよ〜):
  // the critic told, gently, they are wrong. Not praise in すぎ (きれいすぎじゃない？), a worry (ご心配), not with thanks beyond the greeting, a
  // concession, a fix, the trouble owned or an invitation (ぜひ見に来てね).
  {
    re: phrase('(?:(?<=(?:^|[。！!？?\\n〜~♪]|\\p{Extended_Pictographic})\\s{0,2})(?:でも|だけど|けど|ですが|ただ|いやいや|いえいえ|いや)[、,]?|(?<=[ぁ-ゖ])(?:けど|けれど|けれども|ばってん|が)[、,])\\s?[^。！？!?\\n]{0,30}?(?:全部|ぜんぶ|すべて|全て|本当に|ほんとに|ほんとうに|本当の|ほんとの|ちゃんと|きちんと|正真正銘|本物|ほんもの|そのまま|ありのまま|見たまま|実際の|実物|無加工|加工なし|撮って出し)[^。！？!?\\n]{0,24}?(?:なん|ん)(?:です|だ|ですよ|だよ|やけど|やけん|ばい|だもん|ですけど)(?![かが])' +
      '|(?<=(?:^|[。！!？?\\n〜~♪]|\\p{Extended_Pictographic})\\s{0,2})(?:本当に|ほんとに|ほんとうに|正真正銘|ほんまに)[、,]?[^。！？!?\\n]{0,20}?(?:なん|ん)(?:ですよ|だよ|ですって|やけん|ばい)'),
    need: ['でも', 'だけど', 'けど', 'ですが', 'が、', 'が,', 'ただ', 'いや', 'いえいえ', '本当に', 'ほんとに', 'ほんとうに', '正真正銘', 'ほんまに'],
    what: '批判に言い返す反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    notWithRemedy: true,
    // (Not praise echoed in すぎ, かわいすぎるってコメント…本当に人気者なんです: `REAL_CRITICISM` reads any すぎ, so only the complaints.)
    alsoNeeds: new RegExp(COMPLAINT_HEARD.source + '|' + RHETORICAL_COMPLAINT.source + '|' + CHARGE.source + '|' + phrase('ご指摘|ご批判|批判|お叱り|苦情|クレーム|ご不満|不満の|非難', 'u').source, 'u'),
    unless: new RegExp(CITY_LISTENING.source + '|' + WORRY_OR_PRAISE_REPORTED.source + '|' + phrase(`その通り|そのとおり|おっしゃる通り|おっしゃるとおり|ご心配|心配の|${OWNED_SOFTLY}|${INVITED}`, 'u').source, 'u'),
    greetingOk: true,
  },
  // Blind R326H-018 kind (reb60): a complaint about goods or a service heard (うなぎが小さかったとのことですが, 「量が少ない」とのご意見) and
  // answered with the thing declared within the spec or as described (規格の範囲内でした, 表示どおりの重さでした, 申込ページに掲載している
  // とおりで): the complainant told there is nothing wrong. Not a check told with no complaint (水質は基準の範囲内でした), not a worried asker
  // reassured or an inquiry, not with an exchange offered, a fix, a concession or an apology.
  {
    re: phrase('(?:規格|基準|規定|仕様|表示|記載|目安|許容|定め|内容量|表記|重量)(?:値)?(?:の)?(?:範囲)?(?:内|以内)(?:の(?:もの|品|商品|量|サイズ|重さ))?(?:でした|です|であり|でございます|でございました|となって(?:おり|い)(?:ます|ました)?|に収まって|におさまって)(?=[。！!、,]|$|ので|し)' +
      '|(?:規格|表示|記載|掲載|明記|ご案内|案内)(?:して(?:いる|いた|おります|おりました)|いたして(?:いる|おります))?(?:とおり|通り|どおり)(?:の(?:もの|品|商品|量|サイズ|重さ|内容))?(?:で|であり|です|でした|でございます|でございました)(?=[、,。！!]|$)'),
    need: ['規格', '基準', '規定', '仕様', '表示', '記載', '目安', '許容', '定め', '内容量', '表記', '重量', '掲載', '明記', '案内'],
    what: '苦情を規格や表示を盾に否定する反論',
    instead: INSTEAD.justify,
    notWithApology: true,
    notWithRemedy: true,
    needsCriticism: true,
    strongCriticism: true,
    alsoNeeds: new RegExp(REAL_CRITICISM.source + '|' + GOODS_COMPLAINT.source, 'u'),
    unless: new RegExp(CONCESSION_OR_FIX.source + '|' + ASKER_REASSURED.source + '|' + STILL_CHECKING.source + '|' + phrase(`${INQUIRY_HEARD}|ご質問|ご心配|ご不安|ありがと|感謝|交換|取り替え|取替|返品|返金|再送|再発送|お送りし直|次回|今後`, 'u').source + '|' + HELPED_NOT_DISMISSED.source, 'u'),
    greetingOk: true,
  },
  // Blind R326H-022 kind (reb60): in a reply or after a criticism, a practice the critic charges denied as a state (団体のお客様が優先的に案内
  // されているということはございません, 職員が昼休みに窓口を閉めているといったことは一切ありません), or any such denial opened with a polite
  // "I am afraid" (恐れ入りますが、…ということはございません): the critic told they are wrong. Not a worried asker reassured or a question
  // answered (ご質問, ご心配, ご安心ください), not a fraud's pretext, not a rumour set right, not an inspection's finding, not with an apology.
  {
    re: phrase('(?:て|で)(?:いる|いた|おる|おります|います|おりました|いました)(?:という|といった|って|ような|というような)(?:こと|事実|事)(?:は|も)[、,]?(?:一切|決して|全く|まったく|断じて|けっして)?(?:ございません|ありません|ない(?=[。！!]|です))(?!か|でしょう)' +
      '|(?:恐れ入りますが|恐縮ですが|失礼ながら|失礼ですが|僭越ながら|申し上げにくいのですが)[、,]?[^。！？!?\\n]{0,40}?(?:という|といった|ような|というような)(?:こと|事実|事)(?:は|も)[、,]?(?:一切|決して|全く|まったく)?(?:ございません|ありません)(?!か|でしょう)'),
    need: ['ことは', 'ことも', '事実は', '事実も', '事は'],
    ...TO_CRITIC,
    what: '批判を否定する反論',
    instead: INSTEAD.deny,
    rumourDenial: true,
    notInHoaxWarning: true,
    notAsFinding: true,
    unless: new RegExp(ASKER_REASSURED.source + '|' + phrase(`${INQUIRY_HEARD}|ご質問|質問|お問い合わせ|お尋ね|ご心配|心配の|ご不安|詐欺|不審|なりすまし|成りすまし|騙|だまされ`, 'u').source, 'u'),
  },
  // Blind R326H-025 kind (reb60): after a criticism or a charge received (「警備員が観光客を突き飛ばした」との声が寄せられていますが), the act
  // charged told as something else meant well (バランスを崩した観光客を支えようとしたものでした, 大きな声でご案内していただけでした, 注意した
  // だけでした): the charge explained away. Not news with no criticism (助けようとしたものです), not with an apology, a concession or a fix.
  {
    re: phrase('(?:[一-龥々]{1,3}[ぁ-ゖ]?|[ぁ-ゖ])(?:よう|ょう)と(?:し|いたし|され|なさっ)(?:た|ていた|ておりました|ていました|ておられた)(?:もの|だけ|の)(?:でした|です|であり|でございます|でございました|だった|と(?:確認|判明|分か))' +
      '|(?:て|で)(?:い|お)(?:た|りました|ました)だけ(?:でした|であり|だった|(?:の)?ようです|とのことです|と(?:確認|判明|分か))|(?<=[ぁ-ゖ])(?:た|だ)だけ(?:でした|であり|だった|とのことです|と(?:確認|判明|分か))'),
    need: ['ようと', 'だけ'],
    what: '批判された行為を言い繕う弁明',
    instead: INSTEAD.justify,
    notWithApology: true,
    notWithRemedy: true,
    needsCriticism: true,
    strongCriticism: true,
    orCharge: true,
    unless: new RegExp(CONCESSION_OR_FIX.source + '|' + ASKER_REASSURED.source + '|' + phrase(`${OWNED_SOFTLY}|${INQUIRY_HEARD}|ご心配|ご不安|誤解を招|配慮が足り|配慮に欠け`, 'u').source, 'u'),
  },
  // Blind R326H-026 kind (reb60): the critics' opinion, post or a report said to hold points that differ from the facts, in the present
  // (お寄せいただいたご意見には、一部事実と異なる点がございます, ご指摘の中には誤った内容が含まれております, 記事には事実に反する記述が見受け
  // られます): the critic corrected in public. Not the city's own post corrected (a past ございました, 訂正, 正しくは, an apology).
  {
    re: phrase('(?<!(?:当市|本市|市|当課|当館|当方|私ども|わたくしども|弊社|公式)の)(?:ご意見|ご指摘|ご批判|ご投稿|ご主張|主張|コメント|書き込み|口コミ|クチコミ|レビュー|記事|報道|番組|放送|お寄せいただいた(?:内容|もの|お声)|いただいた(?:内容|お声))(?:の(?:内容|中))?(?:に|には|の中には|では|に(?:は)?[、,]?(?:一部|いくつか))[、,]?(?:一部|いくつか|一部分|部分的に|若干|多少|少し|一点)?[、,]?(?:事実と(?:異なる|違う|相違する)|事実に反する|事実とは異なる|誤った|誤解に基づく|不正確な|事実誤認の|誤認に基づく)(?:点|部分|箇所|個所|内容|記述|記載|情報|ところ|ご指摘)(?:が|も)[、,]?(?:ございます|あります|含まれて(?:おり|い)(?:ます)?|見受けられ(?:ます|る)|見られ(?:ます|る)|散見され)(?!でし|まし)'),
    need: ['事実と', '事実に反', '事実とは', '誤つた', '誤解に基づく', '不正確な', '事実誤認', '誤認に基づく'],
    what: '批判を事実と異なると否定する反論',
    instead: INSTEAD.deny,
    notWithApology: true,
    unless: phrase('訂正(?:いたし|し)|修正(?:いたし|し)|ありがと|感謝|ご質問|お問い合わせ', 'u'),
    greetingOk: true,
  },
  // Blind R326H-050 kind (reb60): the critic's claim as the topic (…が電気代の無駄というのは, ご指摘の点については, それは) and called, softly, a
  // misunderstanding that is there (少し誤解があるように思います, 何か誤解があるのではないかと存じます, 認識の違いがあるかと思います): said to a
  // critic (a reply, after a criticism or one heard before). Not a notice written to prevent one (誤解があるといけませんので, 誤解のないよう).
  {
    re: phrase('(?:という(?:の|ご意見|ご指摘|お話|点|こと)|って(?:いう)?の|との(?:ご意見|ご指摘|こと)|ご指摘の(?:点|件)|その点|この点|それ)(?:は|に(?:は|つきましては|ついては)|については)[、,]?[^。！？!?\\n]{0,6}?(?:少し|すこし|やや|ちょっと|多少|いささか|若干|何か|なにか|一部|大きな)?[、,]?(?:誤解|勘違い|思い違い|誤認|事実誤認|認識違い|認識の違い|認識のずれ|認識のズレ|思い込み|行き違い)(?:が|も)(?:ある|あります|おあり|ございます|あった|生じて(?:いる|おり))(?:の)?(?:(?:ように|よう(?:な気が)?|かと|のでは(?:ない)?か(?:と)?|のかな(?:と)?|かな(?:と)?|気が)[^。！？!?\\n]{0,4}?(?:思|存じ|感じ|見受け|します|いたします)|のでは(?:ない)?(?:でしょうか|ですか|かな)(?![」』]|と(?:の|いう)|って))'),
    need: ['誤解', '勘違い', '思い違い', '誤認', '認識', '思い込み', '行き違い'],
    ...TO_CRITIC,
    what: '相手の誤りを指摘する反論',
    orHeardBefore: true,
  },
  // Blind R326H-054 kind (reb60): after a complaint that a thing is hard to find or not told (分かりにくいとのことですが, 「案内がない」との
  // ご意見), the sign or the notice declared in place everywhere already (案内看板は主要な交差点すべてに設置済みで, 掲示済みです, 市ホーム
  // ページにも地図を掲載しております。): the fault put on the complainant. Not a pointer with help (ご覧ください, ご活用ください), not a fix done on
  // the complaint (ご意見を受け、…設置しました), not with thanks beyond the greeting or a concession.
  {
    re: phrase('(?:すべて|全て|全部|各所|至る所|いたるところ|複数(?:箇所|か所|ヶ所|カ所)|(?<![0-9０-９])(?:[2-9２-９]|[1-9][0-9]{1,3})(?:箇所|か所|ヶ所|カ所)|(?<![一-龥])(?:[二三四五六七八九]|十[一二三四五六七八九]?|[二三四五六七八九]十[一二三四五六七八九]?)(?:箇所|か所|ヶ所|カ所))(?:の[^。！？!?\\n、,]{0,8})?(?:に|で)[^。！？!?\\n]{0,6}?(?:設置|掲示|掲載|表示|記載|配置|配布)(?:済み|ずみ|して(?:おり|い)(?:ます)?|いたして(?:おり|い)(?:ます)?)(?=[。！!、,]|$|で)' +
      '|(?:設置|掲示|掲載|表示|記載|明記|周知|告知|配布)(?:済み|ずみ)(?:で(?=[、,])|です|であり|でございます|となって(?:おり|い))' +
      '|(?:に|で)も[^。！？!?\\n]{0,12}?(?:掲載|掲示|記載|明記|ご案内|案内|お知らせ)(?:して|いたして)(?:おり(?:ます)?|います)(?=[。！!]|$)' +
      // Blind R336D-045 kind (reb62): the count after the place (案内表示は会場内に１２か所設置しており, 看板を駅から5か所に設置しています).
      '|(?:に|で)[、,]?(?:合計|計|全部で|全)?(?:(?<![0-9])(?:[2-9]|[1-9][0-9]{1,3})|(?<![一-龥])(?:[二三四五六七八九]|十[一二三四五六七八九]?|[二三四五六七八九]十[一二三四五六七八九]?))(?:箇所|か所|ヶ所|カ所|基|枚)(?:以上|も)?[、,]?(?:設置|掲示|配置)(?:済み|ずみ|して(?:おり|い)(?:ます)?|いたして(?:おり|い)(?:ます)?)(?=[。！!、,]|$|で)'),
    need: ['設置', '掲示', '掲載', '表示', '記載', '配置', '配布', '明記', '周知', '告知', '案内', 'お知らせ'],
    what: '苦情への言い返し',
    instead: INSTEAD.critic,
    notWithApology: true,
    notWithRemedy: true,
    needsCriticism: true,
    strongCriticism: true,
    realCriticism: true,
    unless: new RegExp(CONCESSION_OR_FIX.source + '|' + NOTICE_CONCEDED.source + '|' + phrase(`${INQUIRY_HEARD}|ご質問|ご覧ください|ご覧いただけ|ご活用|ご参照|ご利用ください|ご確認ください|お役立て|(?:ご意見|ご指摘|お声)を(?:受け|踏まえ)|を受けて`, 'u').source, 'u'),
    greetingOk: true,
  },
  // Blind R326H-059 kind (reb60): the critics' opinions said to have misread the facts, in the honorific passive, with the opinion as the
  // head noun (撮影時の状況を誤って受け止められたご意見も見受けられます, 誤解されたご意見, 事実と異なる形で受け取られたコメント): the critics
  // told they got it wrong. Not a caution about wording (誤って受け止められかねない表現), not with an apology.
  {
    re: phrase('(?:誤って|あやまって|誤った(?:形|かたち)で|間違って|間違った(?:形|かたち)で|事実と(?:異なる|違う)(?:形|かたち)で|曲解して|正しく(?:ない(?:形|かたち)で))[^。！？!?\\n、,]{0,2}?(?:受け止め|受けとめ|受け取|受取|理解|解釈|認識|捉え|とらえ)(?:られ|され|ておられ|ていらっしゃ|てらっしゃ)(?:た|て(?:いる|おられる|いらっしゃる))?(?:と思われる|ような)?(?:ご意見|ご指摘|ご批判|お声|コメント|ご投稿|投稿|書き込み)' +
      '|(?:誤解|勘違い|思い違い)(?:され|なさっ)(?:た|ている|ておられる|ていらっしゃる)(?:と思われる|ような)?(?:ご意見|ご指摘|ご批判|お声|コメント|ご投稿|投稿|書き込み)'),
    need: ['誤つて', 'あやまつて', '誤つた', '間違つて', '間違つた', '事実と', '曲解', '正しく', '誤解', '勘違い', '思い違い'],
    what: '相手の誤りを指摘する反論',
    instead: INSTEAD.critic,
    notWithApology: true,
  },
  // Blind R326H-059 kind (reb60): …or the people who criticise said to have misread it (誤って受け止められている方がいらっしゃいます, 誤解されて
  // いる方もおられるようですが): only after a criticism received, here or in an earlier paragraph (a column on a common misunderstanding stays
  // clean), not with an apology.
  {
    re: phrase('(?:誤って|あやまって|誤った(?:形|かたち)で|間違って|間違った(?:形|かたち)で|事実と(?:異なる|違う)(?:形|かたち)で|曲解して)[^。！？!?\\n、,]{0,2}?(?:受け止め|受けとめ|受け取|受取|理解|解釈|認識|捉え|とらえ)(?:られ|され|ておられ|ていらっしゃ)(?:た|て(?:いる|おられる|いらっしゃる))(?:方|方々)(?:が|も)' +
      '|(?:誤解|勘違い|思い違い)(?:され|なさっ)(?:た|ている|ておられる|ていらっしゃる)(?:方|方々)(?:が|も)(?:いらっしゃ|おられ|多|少なくな|見受け|おいで)'),
    need: ['誤つて', 'あやまつて', '誤つた', '間違つて', '間違つた', '事実と', '曲解', '誤解', '勘違い', '思い違い'],
    what: '相手の誤りを指摘する反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    needsCriticism: true,
    strongCriticism: true,
    orHeardBefore: true,
    notAsCommonMyth: true,
  },
  // Blind R331R-005 kind (reb61): after a real criticism received (窓口対応が悪いという書き込みを目にしました, 「待ち時間が長い」とのご指摘), the
  // majority's approval or a favourable figure set against it (ただ、昨年度の来庁者アンケートでは満足度が87％に達しており, 利用者の9割が「満足」と
  // 回答しています, 大多数の方にはご満足いただけているものと受け止めています, ほとんどの方から好評をいただいております): the complaint outweighed,
  // not heard. Here or told in an earlier paragraph. Not a survey reported with no turn to it (`SATISFIED_TURN`), not a goal (ご満足いただけるよう), not with
  // thanks beyond the greeting, a concession, the opinion taken as a lesson (参考に, 踏まえ, 活かし) or a fix, not with an apology.
  {
    ...OUTWEIGHED_BY_APPROVAL,
    needsCriticism: true,
    strongCriticism: true,
    orCharge: true,
    orHeardBefore: true,
  },
  // …or after any criticism with a complaint's content in it (口コミで「料理がまずい」と書かれていましたが、来場者の8割以上から「おいしかった」
  // との声をいただいています): the same phrase, read with `realCriticism` instead of a criticism received.
  {
    ...OUTWEIGHED_BY_APPROVAL,
    needsCriticism: true,
    realCriticism: true,
  },
  // Blind R331R-006 kind (reb61): a cut charged, heard as a claim (敬老会の記念品が廃止されたとのことですが, 「バスの便が減った」との声, 補助が
  // 打ち切られたって書かれ), answered with the thing declared going on as before (今年度も対象の方全員にお渡ししております, 例年どおり実施して
  // おります) or unchanged, often with the figure (配布数は…で、昨年度と変わりございません, 前年と同数です): the claim contradicted, not a worry
  // answered. Not with a worried asker reassured (ご安心ください) or an inquiry (とのお問い合わせ, ご質問), not a rumour set right, not with
  // thanks beyond the greeting, a concession, a fix or an apology.
  {
    re: phrase(CARRIED_ON),
    need: ['今年', '本年', '今回', '今季', '今期', '引き続き', '例年', '従来', 'これまで', '変わらず', '昨年', '前年', '以前', '去年', '前回'],
    what: '批判された点をそのまま否定する反論',
    instead: INSTEAD.deny,
    notWithApology: true,
    notWithRemedy: true,
    rumourDenial: true,
    alsoNeeds: CUT_CLAIMED,
    unless: new RegExp(CITY_LISTENING.source + '|' + ASKER_REASSURED.source + '|' + phrase(`${INQUIRY_HEARD}|ご質問|ご心配|ご不安|心配の|不安の|${OWNED_SOFTLY}`, 'u').source, 'u'),
    greetingOk: true,
  },
  // Blind R331R-018 kind (reb61): a criticism put down to the personal impression or the misunderstanding of a few (一部のお客様の個人的な印象では
  // ないかと受け止めています, ごく一部の方の誤解によるものと考えております, 投稿された方の主観にすぎません, 個人的な感想ではないでしょうか): the
  // critics belittled. To a critic (a reply, after a criticism, or one told in an earlier paragraph); not the writer's own modesty (あくまで
  // 個人的な感想ですが: no verdict), not with the opinion taken up (参考に, 真摯に), a concession or an apology.
  {
    re: phrase('(?:(?:ごく|ほんの)?一部の(?:方|人|人たち|方々|お客様|お客さま|利用者|市民|来場者|参加者|皆様|皆さま|利用客|観光客)(?:の方|の方々|の皆様|の皆さま|の皆さん)?(?:の|による|が(?:お持ちの|抱かれた|受けた|持たれた))|(?:お客様|お客さま|その方|投稿者|ご本人|書き込んだ方|投稿された方|書き込まれた方|レビューされた方)(?:の|個人の|ご自身の))[、,]?(?:個人的な|主観的な|一方的な)?(?:ご)?(?:印象|感想|感じ方|受け止め方|主観|好み|誤解|勘違い|思い込み|思い違い|見方|感覚)(?:の(?:問題|違い|せい))?(?:に(?:すぎ|過ぎ)(?:ない|ません|ず)|ではない(?:か|でしょうか)|では(?:ないかと|ございませんか)|であ(?:る|り)|です(?!か)|でございます|だ(?=[。！!、]|と)|と(?:考え|受け止め|受けとめ|認識|判断|存じ|思|捉え)|かと|によるもの|から(?:来|生じ|き))' +
      '|個人的な(?:印象|感想|感覚|好み|受け止め方)(?:ではない(?:か|でしょうか)|では(?:ないかと|ございませんか))'),
    need: ['印象', '感想', '感じ方', '受け止め方', '主観', '好み', '誤解', '勘違い', '思い込み', '思い違い', '見方', '感覚'],
    what: '批判を一部の人の印象や誤解として退ける反論',
    instead: INSTEAD.critic,
    needsCriticism: true,
    orReply: true,
    orHeardBefore: true,
    // (The apology is read here, not with `notWithApology`: a critic's 思い込み is no awareness column of `isAwareness`.)
    unless: new RegExp(APOLOGY.source + '|' + CITY_LISTENING.source + '|' + phrase(`参考|真摯|踏まえ|活か|生か|${OWNED_SOFTLY}`, 'u').source, 'u'),
    greetingOk: true,
  },
  // Blind R331R-025 kind (reb61): spending charged as waste (「税金のムダづかい」というコメント, 無駄遣いとのご批判) answered by playing the city's
  // share down (市の負担はほんのわずかなんです, 市費はごく一部にすぎません, 税金はほとんど使っていません): the charge waved off. Only after a criticism
  // (or in a reply) that charges waste; not a budget told with no critic (県の補助金を活用し、市の負担はわずかです), not with thanks beyond the
  // greeting, a concession or an apology.
  {
    re: phrase('(?:負担|持ち出し|支出|負担額|一般財源|市費|市の予算|税金の投入|税金|市民の税金)(?:は|も)[、,]?(?:実は|実際は|実際には)?[、,]?(?:ほんの|ごく|わずか|僅か|たった|ほとんど|ほぼ|1割|一割|数パーセント|ゼロ|0円)[^。！？!?\\n]{0,12}?(?:なん(?:です|だ|ですよ|よ)|です(?!か)|でございます|だ(?=[よね。！!]|$)|に(?:すぎ|過ぎ)(?:ません|ない)|しか(?:かかって|使って|かかっと|使っと)(?:い|お)?(?:ません|ない|らん|ん))' +
      '|(?:市の|本市の|当市の)?(?:税金|市費|一般財源)(?:は|を)(?:ほとんど|ほぼ|一切|全く|まったく)(?:使って|使わ|かかって|投入して)(?:い|お)?(?:ません|ない|ず|らん)'),
    need: ['負担', '持ち出し', '支出', '一般財源', '市費', '予算', '税金'],
    what: '無駄遣いとの批判を費用の小ささで打ち消す反論',
    instead: INSTEAD.justify,
    notWithApology: true,
    needsCriticism: true,
    orReply: true,
    alsoNeeds: WASTE_CHARGED,
    unless: new RegExp(CITY_LISTENING.source + '|' + CONCESSION_OR_FIX.source, 'u'),
    greetingOk: true,
  },
  // Blind R336D-008 kind (reb62): after a complaint (a reply, or a criticism received), the state complained of declared not to exist, as the
  // city's view or flatly (長時間お待たせしている状況にはないと考えております, 混雑しているという状況ではございません, 放置しているような事態には
  // ありません): the complaint denied, not received. Not a hazard or a need told (浸水している状況ではありません, 避難が必要な状況ではない: no
  // ている), not a worried asker reassured or a question answered, not with a fix, a check still going on, thanks beyond the greeting or an apology.
  {
    ...STATE_DENIED,
    re: phrase(`${STATE_DENIED_SRC}(?:${STATE_DENIED_VERDICT}|(?=[。！!]|$))`),
    needsCriticism: true,
    strongCriticism: true,
  },
  // …or in a reply, as the city's view only (長時間お待たせしている状況にはないと考えております; a bare 混雑している状況ではありません answers a
  // question) and not after a question (ご質問ありがとうございます).
  {
    ...STATE_DENIED,
    re: phrase(STATE_DENIED_SRC + STATE_DENIED_VERDICT),
    replyOnly: true,
    alsoNeeds: NOT_ASKED,
  },
  // Blind R336D-015 kind (reb62): after a real complaint received (駐車場が狭いというご意見をたくさんいただきますが), the complaint played down by how
  // seldom the trouble happens, by a count or a word of rarity (実際に満車になったのは今年度まだ三回だけなんです, 1時間以上お待たせした日は2日しか
  // ありません, 満車になることはほとんどありません, 長くお待たせするのはごくまれです): the complainant told it hardly ever happens. Not a count told
  // with no complaint (出動したのは3回だけでした), not with a fix, help, thanks beyond the greeting, a concession or an apology.
  {
    // (Not in a reply with no complaint named: @user 雨で中止になったのは過去20年で2回だけなんです answers a question.)
    ...SELDOM_AGAINST_COMPLAINT,
    needsCriticism: true,
    strongCriticism: true,
    realCriticism: true,
  },
  // Blind R336D-017 kind (reb62): after a real criticism of how the staff acted (「保健師の言い方がきつかった」というお声をいただきました), the conduct
  // declared deliberate (あえてはっきりお伝えしている面もあります, 意図的に短くしております, わざと厳しめにお伝えしています): the conduct defended,
  // the critic asked to accept it. Not a choice told with no criticism (あえて手書きのポスターにしています), not with a fix, a concession, thanks beyond
  // the greeting, the trouble owned or an apology.
  {
    re: phrase('(?:あえて|敢えて|意図的に|わざと|故意に)[、,]?[^。！？!?\\n]{0,24}?(?:て|で)(?:いる|おる|いた)(?:面|部分|ところ|側面|こと)(?:も|が)[、,]?(?:あります|ございます|あり(?=[、,])|ある(?=[。！!、,]|$|の|ん))' +
      '|(?:あえて|敢えて|意図的に|わざと)[、,]?[^。！？!?\\n]{0,24}?(?:て|で)(?:おります|います|おりました|いました|おり(?=[、,])|いる(?=[。！!]|$|の(?:です|だ)|ん(?:です|だ)))'),
    need: ['あえて', '敢えて', '意図的に', 'わざと', '故意に'],
    what: '批判された対応を正当化する弁明',
    instead: INSTEAD.justify,
    notWithApology: true,
    notWithRemedy: true,
    needsCriticism: true,
    strongCriticism: true,
    realCriticism: true,
    unless: new RegExp(CITY_LISTENING.source + '|' + CONCESSION_OR_FIX.source + '|' + phrase(`${OWNED_SOFTLY}|${INQUIRY_HEARD}|ご質問|配慮が足り|配慮に欠け|言葉足らず|誤解を招`, 'u').source, 'u'),
    greetingOk: true,
  },
  // Blind R336D-033 kind (reb62): a refusal or a turning away charged (申請を断られた、というご投稿を拝見しました), answered with the outcome put
  // on the person's own choice (ご本人が申請を見送られたものと認識しております, ご自身で辞退されたものと承知しております, 相談者の方が取り下げ
  // られたと伺っております): the charge recast, the complainant told the city refused nothing. Not a withdrawal told as news (ご本人が辞退されたため、
  // 繰り上げ当選となりました), not with an apology, a concession or a check still going on.
  {
    // (Not in a reply with no charge named: @user ご本人が参加を辞退されたものと伺っております tells news.)
    ...OWN_CHOICE_AGAINST_CHARGE,
    needsCriticism: true,
    strongCriticism: true,
    realCriticism: true,
  },
  // Blind R336D-050 kind (reb62): a report or a criticism that ranks or compares the city (この記事では本市の捕捉率が県内で最も低いとされていますが),
  // answered with the comparison refused (算出の方法が自治体ごとに異なるため、単純に比較することはできません, 一概に比べられるものではありません,
  // 同列に論じることはできません): the report explained away. Not a statistics release's caveat with no report or criticism (…は単純に比較できません),
  // not a question answered, not with a fix, a concession, thanks beyond the greeting or an apology.
  {
    re: phrase('(?:単純に|単純には|一概に|一概には|同列に|同列には|一律に|一律には|そのまま)[、,]?(?:[^。！？!?\\n]{0,10}?(?:と|を))?[、,]?(?:比較|比べ|くらべ|並べ|論じ|評価)(?:する|る|て論じる|て評価する|て比べる)?(?:こと|もの)?(?:は|が|も|では)?[、,]?(?:でき|出来|られ|いたしかね|しかね)(?:ません|ない|ず|ます)' +
      '|単純(?:な)?比較(?:は|が|も)?[、,]?(?:でき|出来|いたしかね|しかね)(?:ません|ない|ず|ます)|(?:比較|比べる)(?:こと)?(?:は|が|自体)[、,]?(?:適切|適当|妥当|公平)(?:では|で)(?:ない|ありません|ございません)' +
      '|(?:単純に|単純には|一概に|一概には|同列に|同列には|そのまま)[、,]?(?:[^。！？!?\\n]{0,10}?(?:と|を))?[、,]?(?:比較|比べ|くらべ|並べ|論じ)(?:でき|られ|出来)る(?:もの|こと|話)?(?:では|じゃ)(?:ない|なく|ありません|ございません)'),
    need: ['単純', '一概に', '同列', '一律', 'そのまま', '比較', '比べる'],
    what: '報道や批判の比較を退ける反論',
    instead: INSTEAD.justify,
    notWithApology: true,
    notWithRemedy: true,
    needsCriticism: true,
    strongCriticism: true,
    orReply: true,
    alsoNeeds: phrase('^(?![\\s\\S]*(?:ご質問|質問|お問い合わせ|お問合せ|お尋ね))[\\s\\S]*?(?:最も|もっとも|一番|いちばん|最下位|ワースト|最低|最高|下位|上位|順位|ランキング|県内(?:で|でも|の中で)|全国(?:で|でも|の中で)|九州(?:で|でも)|(?:他市|他の(?:市|町|自治体|市町村)|近隣|よその(?:市|町)|平均|全国|県)(?:より|に比べ|と比べ|と比較|を下回|を上回)|比べて|比較して|劣って|見劣り|遅れて)', 'u'),
    unless: new RegExp(CITY_LISTENING.source + '|' + CONCESSION_OR_FIX.source + '|' + phrase(`${INQUIRY_HEARD}|ご質問|お尋ね|${OWNED_SOFTLY}`, 'u').source, 'u'),
    greetingOk: true,
  },
  // Blind R337F-006/031/043/054 kinds (reb63): in a reply or after a criticism received (or a charge heard), the trouble complained of
  // declared not caused by the city's facility or work, as the writer's view (夜間の音の原因が下水道施設にあるとは考えておりません,
  // 下水道施設から臭気が出ているとは考えにくい状況です, 市の事業でノリが減ったわけではないので…), put elsewhere (原因は別のところにあるものと
  // 判断しております): the complaint refused, often after measurements listed. Not a forecast (この工事で渋滞が起こるとは考えにくい), not a
  // question answered (ご質問) or a worried asker reassured, not with a check still to make, a concession, help offered, a fix or an apology.
  {
    re: phrase(`(?:${CAUSE_NOT_THOUGHT_SRC})${NOT_ASKING}`),
    need: ['原因', 'とは'],
    ...CAUSE_NOT_CITY,
    orReply: true,
    orCharge: true,
  },
  // …and flatly (市の事業でノリが減ったわけではない, 水門操作のせいではありません, 工事による影響ではございません): only after a criticism received
  // or a charge heard; a reply that tells a cause (今回の停電は市の施設によるものではなく、電力会社の設備故障によるものです) answers a question.
  {
    re: phrase(`(?:${CAUSE_DENIED_FLAT_SRC})${NOT_ASKING}`),
    need: ['わけ', '訳', 'もの', 'せい', '影響', '原因', 'による'],
    ...CAUSE_NOT_CITY,
    orCharge: true,
  },
  // Blind R337F-037 kind (reb63): in a reply or after a complaint received, the city's own side declared free of fault (市の管理する水道管に問題は
  // ございません, 本市の施設に異常はありません): the complaint turned away from the city. Not a question answered or a worried asker reassured,
  // not with help offered or a step to try (市のシステムに問題はございません。お使いの端末の設定をご確認ください: R93A's help answer), a check
  // still to make, a concession, a fix or an apology.
  {
    re: phrase(`(?:${CITY_SIDE_CLEAN})${NOT_ASKING}`),
    need: ['問題', '異常', '不具合', '不備', '欠陥', '原因'],
    what: '苦情に市側の問題はないとする反論',
    instead: INSTEAD.justify,
    notWithApology: true,
    notWithRemedy: true,
    needsCriticism: true,
    strongCriticism: true,
    orReply: true,
    orCharge: true,
    unless: new RegExp(CONCESSION_OR_FIX.source + '|' + STILL_CHECKING.source + '|' + ASKER_REASSURED.source + '|' + phrase(`${OWNED_SOFTLY}|${HELP_STEPS}|ご質問|お尋ね|ご心配|ご不安|(?:確認|調査|点検)(?:いたし|し|を続け)ます|伺います|お伺い|伺って|派遣|お知らせください|ご連絡ください|お気軽に|無料で`, 'u').source, 'u'),
  },
  // Blind R337F-004 kind (reb63): after a complaint received of a miss (ご指摘の収集漏れ, 回収されていないとのご連絡), the record or the city's
  // check told and the work declared done at a time of day (収集車の運行記録を確認いたしました。当該ステーションは当日8時52分に収集を終えて
  // おります, 確認したところ、8時45分に通過しております), in a reply too: the complaint refuted on the record. Not the work done again on the
  // complaint (改めて回収に伺いました, すぐに回収いたします), not a question answered, not with a check still to make, a concession or an apology.
  {
    re: phrase(`(?:${RECORD_SAYS}|${CHECK_TOLD})${RECORD_DONE}`),
    ...RECORD_AGAINST_COMPLAINT,
    need: ['時'],
    what: '苦情に記録を示して反論する表現',
    // (In a reply too: 記録を確認しましたが、当日は9時10分に回収を終えております answers the one who said it was missed; not a question answered.)
    orReply: true,
    unless: new RegExp(CITY_LISTENING.source + '|' + ASKER_REASSURED.source + '|' + STILL_CHECKING.source + '|' + phrase(`${OWNED_SOFTLY}|${INQUIRY_HEARD}|ご質問|お尋ね|改めて|あらためて|再度|至急|すぐに|直ちに|ただちに|伺い|お伺い|追加で|再収集|(?:回収|収集|確認|対応)(?:いたし|し)ます`, 'u').source, 'u'),
  },
  // Blind R337F-004 kind (reb63): a complaint of a miss answered with the complainant's own late step guessed as the cause, in the writer's
  // voice (収集後に出されたごみが残っていたものと思われます, 受付時間を過ぎてからお越しになったものと考えられます, 締切後に提出された書類かと
  // 存じます): the fault put on them. In a reply or after a criticism; not a rule told (収集後に出されたごみは回収できません: no guess), not with
  // the work done again, a concession or an apology.
  {
    re: phrase('(?:(?:収集|回収|通過|締切|締め切り|受付終了|受付|作業|巡回)(?:の)?(?:後|あと|以降|終了後)|(?:収集|回収)車(?:が|の)(?:通過|出発)(?:した)?(?:後|あと|以降)|(?:時間|時刻|締切|締め切り|期限|受付時間|収集時間)(?:を)?(?:過ぎ|すぎ)て(?:から)?)(?:に)?[、,]?(?:出され|お出しにな(?:っ|られ)|お出しいただい|出し|置かれ|持ち込まれ|お持ち込みにな(?:っ|られ)|提出され|ご提出(?:され|いただい)|届け出られ|投函され|申し込まれ|お申し込みにな(?:っ|られ)|排出され|来られ|お越しにな(?:っ|られ)|到着され)(?:た|ていた)[^。！？!?\\n]{0,20}?(?:もの|ため|の|ん|こと)?(?:と|かと|ではないかと|だと|のではないかと)[、,]?(?:思われ|考えられ|推察|推測|存じ|思い|思って|考え|見られ|判断)'),
    need: ['後', 'あと', '以降', '過ぎ', 'すぎ'],
    ...BLAMES_COMPLAINANT,
    unless: new RegExp(CONCESSION_OR_FIX.source + '|' + phrase(`${OWNED_SOFTLY}|改めて|あらためて|再度|伺い|お伺い|(?:回収|収集)(?:いたし|し)ます`, 'u').source, 'u'),
  },
  // Blind R337F-010 kind (reb63): after a criticism received or a charge heard (「検針員が数字を適当に書いている」とのご意見), the error charged
  // declared impossible by the way the work is built (書き間違いが生じる仕組みにはなっておりません, 不正が入り込む余地のない仕組みになって
  // おります, 人の手で数字を操作できる仕組みではございません): the critic told it cannot be. An error named before the verb; not a limit told
  // (オンラインで申請できる仕組みにはなっていません), not a worried asker reassured or a fraud warned of, not with an apology or a concession.
  {
    re: phrase('(?:誤り|誤記|間違い|間違え|ミス|書き間違い|記入漏れ|漏れ|不正|改ざん|偏り|重複|取り違え|混入|誤差|不具合|操作|手心|恣意|ごまかし|水増し)(?:が|の|を|は|も)?[^。！？!?\\n]{0,12}?(?:(?:生じ|起き|起こ|発生す|入り込|紛れ込|混入す|介在す|入|でき)(?:る|得る|うる)(?:ような|余地の(?:ある))?(?:仕組み|仕様|システム|構造|体制|方式|運用|手順|作り|つくり|流れ)(?:に|と|で)?(?:は|も)?[、,]?(?:なって(?:おりません|いません|おらず|いない(?=[。！!、,]|です|と|もの))|(?:ございません|ありません)(?=[。！!]|$))' +
      '|(?:生じ|起き|起こり|起こら|発生し|発生せ|入り込ま|紛れ込ま|でき)(?:得|え)?(?:ない|ず)(?:ような)?(?:仕組み|仕様|システム|構造|体制|方式)(?:に|と)?(?:なって(?:おり|い)(?:ます)?(?=[。！!、,]|$|ので)|です|でございます|であり|を(?:採用|とって|取って|整えて|構築して)(?:おり|い)(?:ます)?)|(?:入り込む|入る|生じる)余地(?:の)?(?:ない|無い)(?:仕組み|仕様|システム|構造|体制|方式)(?:に|と)?(?:なって(?:おり|い)(?:ます)?(?=[。！!、,]|$|ので)|です|でございます|であり))'),
    need: ['仕組み', '仕様', 'しすてむ', '構造', '体制', '方式', '運用', '手順', '作り', 'つくり', '流れ'],
    ...DECLARED_IMPOSSIBLE,
  },
  // Blind R337F-041 kind (reb63): after a criticism received, a charge heard or in a reply, the city's conduct denied in a charge's word, the
  // same or another (「…大盤振る舞い」というコメント…ばらまきではありません, 手抜きではございません, 優遇ではなく、…): the critic answered
  // back. Not a question (ばらまきではないか), not a question answered or a worried asker reassured, not with a concession or an apology.
  {
    re: phrase('(?:ばらまき|バラマキ|大盤振る舞い|無駄遣い|むだ遣い|無駄づかい|むだづかい|税金の無駄|浪費|手抜き|怠慢|えこひいき|依怙贔屓|優遇|特別扱い|ぼったくり|隠蔽|隠ぺい|改ざん|やらせ|ヤラセ|ステマ|横流し|癒着|私物化)(?:なんか|など|なんて|とか)?(?:では|じゃ|でも)(?:ありません|ございません|ない(?=[。！!、,]|です|んです|よ|ので|と|し)|なく|なか)' + NOT_ASKING),
    need: ['ばらまき', '大盤振る舞い', '無駄', 'むだ', '浪費', '手抜き', '怠慢', 'えこひいき', '依怙贔屓', '優遇', '特別扱い', 'ぼつたくり', '隠蔽', '隠ぺい', '改ざん', 'やらせ', 'すてま', '横流し', '癒着', '私物化'],
    what: '批判された点をそのまま否定する反論',
    instead: INSTEAD.deny,
    notWithApology: true,
    needsCriticism: true,
    strongCriticism: true,
    orReply: true,
    orCharge: true,
    unless: new RegExp(CONCESSION_OR_FIX.source + '|' + ASKER_REASSURED.source + '|' + phrase(`${OWNED_SOFTLY}|ご質問|お尋ね|詐欺|不審|なりすまし|成りすまし`, 'u').source, 'u'),
  },
  // Blind R337F-036 kind (reb63): after a criticism received (or one told in an earlier paragraph), the state it reports declared not to be seen
  // (市民の皆さまが混乱している状況はうかがえず, 混雑しているような状況は見受けられません, 放置されている実態は確認できません): the complaint
  // denied, often after figures. Not a hazard told (浸水している状況は見られません), not with a check still going on, a fix or an apology.
  {
    ...STATE_DENIED,
    re: phrase('(?:て|で)(?:いる|おる|いた)(?:ような|という|といった|ほどの)?(?:状況|状態|事態|様子|傾向|実態)(?:は|が|も)[、,]?(?:一切|特に|全く|まったく|必ずしも)?(?:うかがえ|窺え|見受けられ|見られ|認められ|確認でき|確認され|見当たら|読み取れ)(?:ず|ません|ない(?=[。！!、,]|です|と|もの)|ませんでした|なかった)'),
    need: ['状況', '状態', '事態', '様子', '傾向', '実態'],
    needsCriticism: true,
    strongCriticism: true,
    orHeardBefore: true,
  },
  // Blind R364M-040 kind: after a report or a criticism, the reporter or the writer jabbed for never having come (書いた記者さんはいっぺんも
  // 来とらんやったですけどね, 記事を書いた方は一度も取材に来ていません): the press answered back, in any register. Only with a report or a
  // criticism told in the paragraph (`alsoNeeds`).
  {
    re: phrase('(?:記者|新聞社|書いた(?:人|方|記者)|取材(?:した|の)(?:人|方))(?:さん|の方)?(?:は|って|なんか|なんて|も)[、,]?[^。！？!?\\n]{0,8}?(?:一度も|いちども|いっぺんも|一回も|いっかいも|全然|ぜんぜん|いっちょん|まったく|全く)[、,]?[^。！？!?\\n]{0,8}?(?:来|き|こ|参加|出席|顔を出|見に)(?:て(?:い|お)?(?:な|ませ)|とらん|ちょらん|てな|ませ|ず|ん(?:かった|やった))'),
    need: ['記者', '新聞社', '書いた', '取材'],
    what: '記者や批判した人への当てこすり',
    instead: INSTEAD.critic,
    // A report or a criticism told in the paragraph, in any register (新聞に…て書いてあったばってん).
    alsoNeeds: phrase('[」』](?:て|と|って|っち)|書いてあ|書かれ|報じ|批判|指摘|苦情', 'u'),
  },
]
