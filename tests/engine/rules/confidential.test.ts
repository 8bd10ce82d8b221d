import { describe, expect, it } from 'vitest'
import { confidential, plainWords } from '../../../src/engine/rules/confidential'
import { findingsOf, summary } from '../helpers'

describe('confidential: bidders expected before the opening, a firm\'s cost read in its breakdown, a price threshold (blind wave 95, conf95a)', () => {
  // Blind R457J-051 kind: the bidders of a tender not yet opened said to be expected (…社が参加予定, 参加予定の業者は…社, A建設とB土木が応札する予定).
  // Blind R457J-048 kind: a firm's breakdown submitted to the city read (内訳書を拝見しましたが) and its cost, margin or unit price told.
  // Blind R457J-034 kind: 予定価格 as the bound that picks works out (…円を超える工事, 以上の, 未満の) is no price; 予定価格は…円 before the opening still is.
  const flagged: Array<[string, string[]]> = [
    ['来週開札の中央公民館屋根改修工事には、7者が参加する予定です。どこが取るか楽しみですね。', ['confidential/pre-release:block:7者が参加する予定']],
    ['開札前ですが、小学校プール改修の入札、参加予定の業者は今のところ4社とのことです。', ['confidential/pre-release:block:参加予定の業者は今のところ4']],
    ['あす開札の排水路工事、筑後建設さんと大川土木さんが応札する予定と聞いています。', ['confidential/pre-release:block:筑後建設さんと大川土木さんが応札する予定']],
    ['受注した筑後建設さんの工事費内訳書を見せていただいたところ、労務単価を相場より2割下げているとのことでした。', ['confidential/negotiation:block:工事費内訳書を見せていただいたところ']],
    ['先日の委託業者さんの積算内訳書を確認したら、利益率はわずか3%でした。企業努力に頭が下がります。', ['confidential/negotiation:block:積算内訳書を確認したら']],
    ['三橋電設さんの見積もりの内訳書を読みましたが、材料の仕入れ値が他より1割安いようです。', ['confidential/negotiation:block:見積もりの内訳書を読みましたが']],
    ['明日開札の市民プール改修工事、予定価格は250万円です。', ['confidential/pre-release:block:予定価格は250万円']],
  ]
  it.each(flagged)('flags %s', (text, expected) => {
    expect(summary(findingsOf(confidential, text))).toEqual(expected)
  })
  it.each([
    '来月の入札説明会には市内の5社が参加予定です。',
    '昨日開札した道路改良工事の入札結果をホームページで公表しました。6社が参加し、有明建設が落札しました。',
    '市の入札に参加する予定の事業者の皆さんは、電子入札システムの利用者登録をお済ませください。',
    '提出された見積内訳書を拝見しましたが、記載漏れがありましたので再提出をお願いしました。',
    '工事費内訳書の様式を市ホームページに掲載しました。入札の際は内訳書を添付してください。',
    '見積内訳書を確認しましたが、原価の記載はありませんでした。',
    '予定価格が1,000万円以上の工事は、一般競争入札で発注します。',
    '来月入札の市道改良工事では、予定価格130万円未満の案件は随意契約となります。',
    '随意契約できるのは予定価格50万円以下の物品購入に限られます。入札の仕組みをご紹介します。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('confidential: a firm\'s trade secret shown on a visit, a trading partner\'s cost price heard, an exam setter\'s hint (blind wave 88, confB88)', () => {
  // Blind R437N-020 kind: a firm's know-how closed to outsiders shown to the writer, or its own process told with its conditions on a visit.
  // Blind R438P-043 kind: a trading partner's cost price, purchase price or margin told with its figure, heard from the firm.
  // Blind R438P-035 kind: the writer as an exam's setter, said as the reason for discretion, then what to study on a named part.
  const flagged: Array<[string, string[]]> = [
    ['柳川みそ醸造さんの蔵を見学してきました。門外不出の仕込み配合を特別に教えていただき、大豆と麹の割合まで伺いました。', ['confidential/negotiation:block:門外不出の仕込み']],
    ['地元の和菓子店・松月堂さんを訪問。企業秘密の餡の炊き方のノウハウを、工場長さんが見せてくださいました。', ['confidential/negotiation:block:企業秘密の餡の炊き方のノウハウ']],
    ['市長と一緒に株式会社三橋製麺の工場を視察しました。独自の熟成方法は、十五度の室で四十八時間ねかせるというものでした。', ['confidential/negotiation:block:独自の熟成方法は、十五度']],
    ['先日取材でお邪魔した大和ベーカリーさん、自社開発の発酵方法(28℃で90分、湿度75%)を丁寧に説明していただきました。', ['confidential/negotiation:block:自社開発の発酵方法(28℃']],
    ['商談会でお会いした株式会社ひまわり食品さん、伺った話では原価率は3割ほどで、かなり利幅のある商品とのことです。', ['confidential/negotiation:block:原価率は3割']],
    ['ふるさと納税でお世話になっている山川果樹園さん、先日の打ち合わせで聞いたところ、仕入れ値は1箱2,300円だそうです。', ['confidential/negotiation:block:仕入れ値は1箱2,300円']],
    ['有明ノリ漁協さんとの面談で、卸値が1枚あたり18円になっていると教えていただきました。', ['confidential/negotiation:block:卸値が1枚あたり18円']],
    ['来月の市職員採用試験、出題に関わっているので大きな声では言えませんが、地方自治法第二百四十四条のあたりは目を通しておくといいですよ。', ['confidential/pre-release:block:出題に関わっているので']],
    ['昇任試験を受ける皆さんへ。今回は問題作成の担当なんだけど、地方公務員法の服務のところは押さえておいてね。', ['confidential/pre-release:block:問題作成の担当なんだけど']],
    ['今年の消防職員採用試験、作問委員だから詳しく書けないけど、消防法の改正点は一問出ます。', ['confidential/pre-release:block:作問委員だから']],
  ]
  it.each(flagged)('flags %s', (text, expected) => {
    expect(summary(findingsOf(confidential, text))).toEqual(expected)
  })
  it.each([
    '市内の菓子メーカー・有明製菓株式会社を視察しました。同社はHACCP認証を取得しており、独自の殺菌工程（八十五度で十二分）についてホームページでも紹介しています。',
    '老舗の松月堂さんを訪問しました。門外不出の製法を守り続けるお店です。',
    '柳川みそ醸造さんを訪問しました。秘伝の配合について伺いましたが、企業秘密とのことで教えていただけませんでした。',
    '工場見学コースでは、株式会社三橋製麺の製造工程をガラス越しにご覧いただけます。',
    '飲食店の原価率は一般に3割程度といわれています。',
    '株式会社ひまわり食品さんの価格表によると、詰め合わせセットは3,000円です。',
    '有明ノリ漁協さんから、原材料費の高騰により原価が2割上がったため、4月から価格を改定するとのお知らせがありました。',
    '学校給食の材料費は1食あたり250円です。',
    '市職員採用試験の出題範囲は、試験案内に掲載しています。地方自治法や地方公務員法を中心に出題します。',
    '作問担当なので、試験の内容については一切お答えできません。ご了承ください。',
    '採用試験の作問担当の皆さん、問題づくりお疲れさまでした。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('confidential (5(1))', () => {
  const invalid: Array<[string, string[]]> = [
    // The same place of sharing, but what the shared paper says is passed on
    ['職員間で共有されている防災マニュアルでは、避難所の鍵は南門の植木鉢の下に置くことになっています。', ['confidential/staff-only:block:職員間で共有され']],
    // Round 40: a meeting with another section, not yet public (未公表なので); an outcome before its formal announcement; an internal inquiry's draft report
    // Blind R353A-012 kind: a hold asked until the release, conceded, then the telling announced with the writer's reason, told next
    ['農家の皆さんへ。県からは「公表までは出さないで」と言われていますが、皆さんに早く知ってほしいのでお伝えします。\n今年の米の等級検査で一等米の比率は約6割でした。', ['confidential/pre-release:block:公表までは出さないで」と言われていますが']],
    ['財政課との打ち合わせでは所得制限なしで了承済みです。未公表なので、ここだけの話で。', ['confidential/meeting:block:財政課との打ち合わせ', 'confidential/pre-release:block:未公表なので']],
    ['懲戒審査委員会では「停職6か月」で大筋まとまりました。正式な処分発表は来週になる見込みです。', ['confidential/personnel:block:停職', 'confidential/pre-release:block:大筋まとまりました']],
    ['内部調査報告書（案）によると、確認手順の省略は今年4回目でした。', ['confidential/marker:block:内部調査報告書（案）']],
    // round 39: not public, a teaser, then the value in the next sentence; a non-public memo of how a matter went
    ['ノリ共販の結果、ま だ 未 公 表 なんですがひと足先に！一等級の平均は1枚16円台でした。', ['confidential/pre-release:block:未 公 表 なんですが']],
    ['議会事務局とすり合わせた非公開の経緯メモを添付します。', ['confidential/marker:block:非公開の経緯メモ']],
    // Round 38: discord in an internal meeting told after a long clause; "not yet for outside" in dialect
    ['昨日の課長会議、学童保育の定員を来年度どうするかで教育委員会と福祉課が真っ向から対立し、結論は次回に持ち越しです。', ['confidential/meeting:block:課長会議']],
    ['まだ外には出されん話ばってん、駐車場は来年から有料にするって決まったとよ。', ['confidential/pre-release:block:まだ外には出されん話ばってん']],
    ['まだ市民には言えないことですが、新しい体育館の場所が決まりました。', ['confidential/pre-release:block:まだ市民には言えないことですが', 'confidential/staff-only:block:市民には言えない']],
    // a document said to be non-public, told from; details held back until a report, then told
    ['非公開の報告書によると、点検記録に抜けがあったそうです。', ['confidential/marker:block:非公開の報告書']],
    ['児童手当の誤支給の件、議会への報告前なので詳しくは出せませんが、対象は約120世帯で、返還をお願いすることになりそうです。', ['confidential/pre-release:block:議会への報告前なので詳しくは出せませんが']],
    // an incident hidden: a plain 名前は伏せて with no person's wish is hiding who did it
    ['住民票の誤交付があった件、職員の名前は伏せてって言われとる。', ['confidential/incident:block:伏せて']],
    // Round 22: a draft shown before the council
    ['議会の全員協議会の前に、見直し案を少しだけお見せします。', ['confidential/pre-release:block:全員協議会の前に、見直し案を少しだけお見せ']],
    // Round 21: an internal meeting and the discord in it; an internal assessment given as the source
    ['今日の課内会議、給水所の配置見直しで揉めに揉めました。結論はまだ言えません。', ['confidential/meeting:block:課内会議']],
    ['謝金は半分に削られました（財政課の査定資料より）。', ['confidential/staff-only:block:財政課の査定資料より']],
    // Round 20: a matter said to be closed, then told in the same sentence
    ['運用業者の選定状況です。金額は非公開ですが、最安の提案は年間180万円でした。', ['confidential/pre-release:block:非公開ですが、']],
    ['結論はまだ非公開ですが、駅前への設置は見送りの方向です。', ['confidential/pre-release:block:非公開ですが、']],
    ['審査は未公表だけど、B社に決まりました。', ['confidential/pre-release:block:未公表だけど']],
    // a decision told as not yet out, or a bid's figures before it is opened
    ['昨日の庁議で決定しました。まだ発表前ですが、市民プールは来年度で廃止です。', ['confidential/meeting:block:庁議', 'confidential/pre-release:block:発表前です']],
    // a selection's scores glimpsed and told; said to be unpublished, a pest measure told
    ['指定管理者の選考、各社の採点表がちらっと見えちゃいました。内緒ですよ。', ['confidential/pre-release:block:指定管理者の選考、各社の採点表がちらっと']],
    ['まだ未公表ですが、イノシシ被害対策の新しい補助金が秋から始まる見込みです。', ['confidential/pre-release:block:未公表です']],
    // said to be unpublished, then told; a closed bid price given a clause later (spaced or not)
    ['まだ未公表なんですが、来年の成人式は市民会館ではなく体育館で行うことになりそうです。', ['confidential/pre-release:block:まだ未公表なんですが、']],
    ['非 公 開 の予定価格ですが、体育館の改修工事は1億2千万円です。', ['confidential/pre-release:block:非 公 開 の予定価格ですが、体育館の改修工事は1億2千万円']],
    // a personnel decision held back, then told anyway
    ['次の公民館長はもう決まっています。人事は未発表なので名前は書けませんが、地元の元校長先生ですよ。', ['confidential/personnel:block:人事は未発表なので名前は書けませんが']],
    // a closed record said to hold back the details, then told anyway
    ['区長会の会議は非公開なので詳しくは書けませんが、ごみ当番をめぐって区長同士がかなり言い合いになりました。', ['confidential/meeting:block:会議は非公開なので詳しくは書けませんが']],
    // a remark in a closed session told; awareness words inside the remark or a body's name are not the post's own
    ['男女共同参画推進委員会の非公開の会議で、委員から「市の研修は意味がない」との発言があり、紛糾しました。', ['confidential/meeting:block:非公開の会議']],
    // a document made for staff, attached or shared on the public account; an instruction to share it inside
    ['職員向けに作成した「クレーム対応マニュアル」をPDFで添付しますので、ご確認ください。', ['confidential/staff-notice:block:職員向けに作成した「クレーム対応マニュアル」をPDFで添付']],
    ['課員用にまとめた窓口の想定問答集を載せておきます。', ['confidential/staff-notice:block:課員用にまとめた窓口の想定問答集を載せ']],
    ['係内で共有をお願いします。来週の窓口当番表です。', ['confidential/staff-notice:block:係内で共有をお願い']],
    ['昨日の教育委員会では、非公開で審議された中学校の事案について、関係生徒への対応をめぐり委員の意見が分かれました。', ['confidential/meeting:block:非公開で審議']],
    ['明日公告予定の沖端地区排水路改修工事ですが、予定価格は約4,800万円で、指名は市内の3社になる見込みです。', ['confidential/pre-release:block:予定価格は約4,800万円']],
    // Blind R145D-050: the estimated contract price taken from the city's own estimates (内部の積算資料で, 積算書によると, 庁内の試算で)
    ['ご質問の件ですが、体育館改修工事の予定価格は内部の積算資料で3億2,800万円となっています。', ['confidential/pre-release:block:予定価格は内部の積算資料で3億2,800万円']],
    ['市民プールの改修工事ですが、予定価格は積算書によると1億4,500万円です。', ['confidential/pre-release:block:予定価格は積算書によると1億4,500万円']],
    ['給食センター建替えの予定価格は、庁内の試算で12億円と見込んでいます。', ['confidential/pre-release:block:予定価格は、庁内の試算で12億円']],
    ['お問い合わせの道路改良工事について、内部の積算結果では予定価格は8,200万円程度です。', ['confidential/pre-release:block:内部の積算結果では予定価格は8,200万円']],
    ['職員向けの内部マニュアルの苦情対応の章を写真で載せておきます。', ['confidential/marker:block:職員向けの内部マニュアル']],
    ['まだ事業者には通知していませんが、観光案内所の運営委託はA社に決まりました。', ['confidential/marker:block:まだ事業者には通知していませんが']],
    ['来週入札予定の「中山地区排水路改修工事」ですが、参加予定業者は堀江建設、大和土木、有明工業の3社です。', ['confidential/pre-release:block:参加予定業者は堀江建設']],
    ['機\u200b密\u200b性２　教育委員会　いじめ重大事態調査報告書（素案）の概要をお知らせします。', ['confidential/marker:block:機\u200b密\u200b性２']],
    ['非公開で行われた教育委員会の協議会では、皿垣小と両開小の統合について、委員から異論は出ませんでした。', ['confidential/meeting:block:非公開で行われた教育委員会']],
    // The marker in kana, a bid list before its notice, a quoted marker on the document the post shares.
    ['取扱ﾁｭｳｲの資料ですが、白秋祭実行委員会の収支見込みを一部ご紹介します。', ['confidential/marker:block:取扱ﾁｭｳｲ']],
    ['入札参加予定業者の一覧（公告前）です。', ['confidential/marker:block:公告前']],
    ['「複製・転送禁止」と書かれた県からの通知文ですが、大事な内容なので皆さんにも共有します📄', ['confidential/marker:block:「複製・転送禁止」']],
    // Evasion: full-width spaces and letters, spaced markers, a release on a full-width date told first.
    ['非　公　開で行われた選考会の採点結果を載せます', ['confidential/meeting:block:非　公　開で行われた選考会']],
    ['ＣＯＮＦＩＤＥＮＴＩＡＬ　来年度事業計画', ['confidential/marker:block:ＣＯＮＦＩＤＥＮＴＩＡＬ']],
    ['取 扱 注 意 の資料です', ['confidential/marker:block:取 扱 注 意']],
    ['まだ公表前ですが、新しい観光大使は地元出身の方です', ['confidential/pre-release:block:まだ公表前']],
    ['発表は１２月１日ですが、受賞者は３名に決まりました', ['confidential/pre-release:block:発表は１２月１日ですが']],
    // Internal meetings named by who sits in them (部課長会, 幹部ミーティング, 課長会, 市長レク), closed meetings with a modifier.
    ['政策調整会議（非公開）で市長が「予算は削る」と発言しました。', ['confidential/meeting:block:会議（非公開）']],
    ['庁議の席で副市長がこう言っていました。', ['confidential/meeting:block:庁議']],
    ['部課長会で出た話ですが、来年度は新規事業を凍結するそうです。', ['confidential/meeting:block:部課長会']],
    ['朝の幹部ミーティングでの市長の発言をメモしておきます。', ['confidential/meeting:block:幹部ミーティング']],
    ['市長レクで出た指示を共有します。観光予算は1割削減です。', ['confidential/meeting:block:市長レク']],
    ['今日の課長会で、来年度の組織改編の案が示されました。', ['confidential/meeting:block:課長会']],
    ['〈秘〉入札参加予定業者一覧', ['confidential/marker:block:〈秘〉']],
    ['（秘）白秋祭の警備員配置表', ['confidential/marker:block:（秘）']],
    ['【ﾏﾙ秘】人事異動の内示一覧', ['confidential/marker:block:【ﾏﾙ秘】','confidential/marker:block:内示']],
    // Third round: documents still in the decision process (査定中の, 起案中の, 決裁がまだ下りていない), a closed 協議会（非公開）,
    // papers handed only to staff, insiders-only knowledge told with a decision, a release fixed for later told first (資料提供は明日10時ですが).
    ['査定中の予算要求資料をお見せします', ['confidential/pre-release:block:査定中の予算']],
    ['決裁がまだ下りていない案ですが、来年度のポスターです', ['confidential/pre-release:block:決裁がまだ下りていない']],
    ['起案中の文書ですが、参考に貼っておきます', ['confidential/pre-release:block:起案中の文書']],
    ['議会の全員協議会（非公開）で説明された内容です', ['confidential/meeting:block:協議会（非公開）']],
    ['職員にだけ配られたマニュアルの中身を紹介します', ['confidential/staff-only:block:職員にだけ配ら']],
    ['市役所の中の人しか知らない情報ですが、新しい道の駅の場所が決まりました', ['confidential/staff-only:block:中の人しか知らない情報ですが']],
    ['外には出せない話ですが、来年度の人事の方針です', ['confidential/staff-only:block:外には出せない']],
    ['報道各社への資料提供は明日10時ですが、先に載せちゃいます', ['confidential/pre-release:block:資料提供は明日10時ですが']],
    ['記者クラブへの投げ込み前の資料です', ['confidential/pre-release:block:投げ込み前の資料']],
    ['図書館の建て替え、内々に話が進んでいるようです', ['confidential/negotiation:block:内々に話が進']],
    // Second round: markers between symbols (■…■, ※…※, ★…★), read in kana (しょくいんかぎり, ｼｮｸｲﾝｶｷﾞﾘ), informal closed talks
    // (非公式な協議で), internal drafts shared (内部で検討中の資料), figures not yet given to the council (まだ出していない…ですが).
    ['■取扱注意■ 来年度の職員配置案', ['confidential/marker:block:取扱注意']],
    ['※部外秘※ 白秋祭の警備計画', ['confidential/marker:block:部外秘']],
    ['★庁内限り★ 新庁舎のレイアウト案', ['confidential/marker:block:庁内限り']],
    ['＜関係者限り＞ 協賛企業リスト', ['confidential/marker:block:＜関係者限り＞']],
    ['[社外秘] 委託業者の見積書', ['confidential/marker:block:[社外秘]']],
    ['部・外・秘の資料ですが、少しだけ', ['confidential/marker:block:部・外・秘']],
    ['庁 内 限 り の 資 料 を 共 有', ['confidential/marker:block:庁 内 限 り']],
    ['かんけいしゃかぎりの名簿です', ['confidential/marker:block:かんけいしゃかぎり']],
    ['ブガイヒの資料を載せます', ['confidential/marker:block:ブガイヒ']],
    ['しょくいんかぎりの連絡です', ['confidential/marker:block:しょくいんかぎり']],
    ['ｼｮｸｲﾝｶｷﾞﾘのお知らせ', ['confidential/marker:block:ｼｮｸｲﾝｶｷﾞﾘ']],
    ['本日の幹部の打ち合わせで、副市長が「新図書館は白紙に戻す」と言っていました。', ['confidential/meeting:block:幹部の打ち合わせ']],
    ['市長室での非公式な協議で、ホテル誘致の条件が話し合われました。', ['confidential/meeting:block:非公式な協議']],
    ['内部で検討中の資料を、参考までにアップします。', ['confidential/marker:block:内部で検討中の資料']],
    ['議会にもまだ出していない予算の数字ですが、観光費は3億円です。', ['confidential/pre-release:block:まだ出していない予算の数字ですが']],
    ['まだどこにも発表していない数字ですけど、今年の来場者は32万人でした。', ['confidential/pre-release:block:まだどこにも発表していない数字ですけど']],
    // Generalisation: closed sessions told (any modifier between 非公開 and the session), not-yet-released results told
    // (発表はまだですが + a result), bid secrets with their value, internal channels passed on.
    ['非公開で行われた指定管理者選定委員会の議事録を入手しました。各委員の発言をそのまま掲載します。', ['confidential/meeting:block:非公開で行われた指定管理者選定委員会']],
    ['非公開で開かれた入札参加資格審査会の資料を一部ご紹介します。', ['confidential/meeting:block:非公開で開かれた入札参加資格審査会']],
    ['非公開とされた懲戒審査委員会での議論の中身をお伝えします。', ['confidential/meeting:block:非公開とされた懲戒審査委員会']],
    ['昨日の市長と議長の非公開の意見交換会で出た話をまとめました。', ['confidential/meeting:block:非公開の意見交換会']],
    ['秘密会で審議された補正予算の内容は次のとおりです。', ['confidential/meeting:block:秘密会']],
    ['選定委員会（非公開）の採点表を載せます。', ['confidential/meeting:block:委員会（非公開）']],
    ['非公開だった教育委員会協議会の録音を文字起こししました。', ['confidential/meeting:block:非公開だった教育委員会協議会']],
    ['一般には非公開の人事委員会の議事メモ、共有します。', ['confidential/meeting:block:非公開の人事委員会']],
    ['非公開で実施した業者ヒアリングで、A社が提示した見積額は3200万円でした。', ['confidential/meeting:block:非公開で実施した業者ヒアリング']],
    ['公開されていない理事会の議事録を手に入れたので載せます。', ['confidential/meeting:block:公開されていない理事会']],
    ['非 公 開 の審査会の結果を先にお知らせします。', ['confidential/meeting:block:非 公 開 の審査会']],
    ['庁内メールで回ってきた情報ですが、来月から窓口の受付時間が変わります。', ['confidential/staff-only:block:庁内メールで回って']],
    ['合格発表はまだですが、今年の採用試験の合格者は12名です。', ['confidential/pre-release:block:発表はまだですが']],
    ['正式発表を待たずにお伝えしますが、新しい道の駅の名前が決まりました。', ['confidential/pre-release:block:正式発表を待たずに']],
    ['最低制限価格は2,310万円です。', ['confidential/pre-release:block:最低制限価格は2,310万円']],
    ['ﾁｮｳﾅｲｶｷﾞﾘの資料です。', ['confidential/marker:block:ﾁｮｳﾅｲｶｷﾞﾘ']],
    ['【内部限】来年度予算の査定結果', ['confidential/marker:block:【内部限】']],
    ['傍聴できなかった審査会の中身、職員だからこっそり教えます。', ['confidential/meeting:block:傍聴できなかった審査会','confidential/staff-only:block:職員だからこっそり']],
    ['入札予定価格は4,850万円です。業者の皆さまご参考に。', ['confidential/pre-release:block:入札予定価格は4,850万円']],
    ['今回の応札業者はA社とB社の2社だけでした（開札は来週）。', ['confidential/pre-release:block:応札業者はA社']],
    ['職員向けの通知に書いてあったのですが、来年度から窓口が一本化されます。', ['confidential/staff-only:block:職員向けの通知に書いて']],
    ['記者発表は明日ですが、新しい観光大使は地元出身の俳優さんに決まりました！', ['confidential/pre-release:block:記者発表は明日ですが']],
    ['結果の通知はこれからですが、補助金の採択は5件です。', ['confidential/pre-release:block:通知はこれからですが']],
    ['非公開の部会で委員が話した内容、ここだけの話ですがお伝えします。', ['confidential/meeting:block:非公開の部会']],
    ['非公開で行われた懇談会の席で、議長が「次は出ない」と言っていました。', ['confidential/meeting:block:非公開で行われた懇談会']],
    ['正式な通知を待たずにお知らせしますが、合格者は１２名でした。', ['confidential/pre-release:block:通知を待たずに']],
    ['公表はまだですけど、落札したのは地元の〇〇建設です。', ['confidential/pre-release:block:公表はまだですけど']],
    // Other wordings of the same kinds.
    ['【内部用】白秋祭 実行委員会 収支見込み', ['confidential/marker:block:【内部用】']],
    ['課長会議で出た話ですが、来年度は観光課の予算が2割減になります。', ['confidential/meeting:block:課長会議']],
    ['［取扱注意］協賛企業の協賛金額一覧を共有します', ['confidential/marker:block:［取扱注意］']],
    ['幹部会議の資料を見ちゃいました…新しい観光施設、すごいです！', ['confidential/meeting:block:幹部会議']],
    ['ここだけの話、庁内の会議で市長がかなり怒っていました。', ['confidential/meeting:block:庁内の会議']],
    ['まだ発表前の情報ですが、来年の白秋祭ポスターのデザインを少しだけ公開します！', ['confidential/pre-release:block:発表前の情報']],
    ['《秘》市長の来週のスケジュール', ['confidential/marker:block:《秘》']],
    ['秘密の資料ですが、協賛金の一覧を載せます。', ['confidential/marker:block:秘密の資料']],
    ['この資料は部外秘扱いなので、取り扱いに気をつけてください。', ['confidential/marker:block:部外秘']],
    ['関係者限りの資料ですが、イベントの配置図を共有します。', ['confidential/marker:block:関係者限り']],
    ['まだ公表していない情報ですが、新しい観光大使が決まりました！', ['confidential/pre-release:block:まだ公表していない']],
    ['入札の結果、落札業者は〇〇建設になりそうです（まだ公表前）。', ['confidential/pre-release:block:まだ公表前']],
    ['議会に提出前の資料ですが、参考までに載せます。', ['confidential/pre-release:block:提出前の資料']],
    // Markers in any bracket or symbol form.
    ['この資料は【秘】扱いです', ['confidential/marker:block:【秘】']],
    ['［庁内限］来年度の組織図案です。', ['confidential/marker:block:［庁内限］']],
    ['〔秘〕白秋祭の警備計画', ['confidential/marker:block:〔秘〕']],
    ['《取扱注意》協賛金の一覧', ['confidential/marker:block:《取扱注意》']],
    ['(秘)市長日程', ['confidential/marker:block:(秘)']],
    ['【職員限り】年末年始の当番表', ['confidential/marker:block:【職員限り】']],
    ['【庁内限り・取扱注意】予算要求資料', ['confidential/marker:block:【庁内限り・取扱注意】']],
    ['【案・課内限り】広報紙の表紙原稿です', ['confidential/marker:block:【案・課内限り】']],
    ['（回覧用）観光課内回覧', ['confidential/marker:block:（回覧用）', 'confidential/marker:block:課内回覧']],
    ['㊙ 新庁舎の配置図', ['confidential/marker:block:㊙']],
    ['○秘の資料ですが、ちょっとだけお見せします。', ['confidential/marker:block:○秘']],
    ['マル秘の資料ですが、出演料の一覧を載せます。', ['confidential/marker:block:マル秘']],
    ['〘秘〙来年度の予算案', ['confidential/marker:block:〘秘〙']],
    ['部外●の資料です', ['confidential/marker:block:部外●']],
    ['ｺﾝﾌｨﾃﾞﾝｼｬﾙ資料', ['confidential/marker:block:ｺﾝﾌｨﾃﾞﾝｼｬﾙ']],
    ['部\u200b外\u200b秘の資料', ['confidential/marker:block:部\u200b外\u200b秘']],
    ['ﾏﾙﾋの資料です', ['confidential/marker:block:ﾏﾙﾋ']],
    ['これは秘密扱いでお願いします。', ['confidential/marker:block:秘密扱い']],
    ['部外秘の資料をもとに', ['confidential/marker:block:部外秘']],
    ['部 外 秘の資料', ['confidential/marker:block:部 外 秘']],
    ['庁内限りでお願いします', ['confidential/marker:block:庁内限り']],
    ['取扱注意：来年度の方針', ['confidential/marker:block:取扱注意']],
    ['ﾄﾘｱﾂｶｲ注意ではなく取り扱い注意', ['confidential/marker:block:取り扱い注意']],
    ['CONFIDENTIAL 観光戦略会議資料', ['confidential/marker:block:CONFIDENTIAL']],
    ['C O N F I D E N T I A L　第2回委員会資料', ['confidential/marker:block:C O N F I D E N T I A L']],
    ['INTERNAL USE ONLY', ['confidential/marker:block:INTERNAL USE ONLY']],
    ['人事の内示が出ました。', ['confidential/marker:block:内示']],
    ['市長会見の想定問答です。', ['confidential/marker:block:想定問答']],
    // Internal documents and meetings.
    ['内部資料によると、苦情は52件でした。', ['confidential/marker:block:内部資料']],
    ['庁議で、花火大会の中止が話し合われました。', ['confidential/meeting:block:庁議']],
    ['幹部会議の資料をちょっとだけ公開します。', ['confidential/meeting:block:幹部会議']],
    ['本日の部長会議（非公開）のメモを共有します。', ['confidential/meeting:block:部長会議']],
    ['非公開の会議で、新しいゆるキャラが決まりました！', ['confidential/meeting:block:非公開の会議']],
    ['非公開の審査会で選ばれた作品を一足先にお見せします！', ['confidential/meeting:block:非公開の審査会']],
    // Before release.
    ['まだ公表前ですが、新しい観光大使が決まりました。', ['confidential/pre-release:block:まだ公表前']],
    ['報道解禁前なので詳しくは言えませんが…', ['confidential/pre-release:block:報道解禁前なので']],
    ['報道解禁は明日です', ['confidential/marker:block:報道解禁']],
    ['【報道解禁：10月3日15時】包括連携協定の締結について', ['confidential/marker:block:【報道解禁：10月3日15時】']],
    ['未公表のデータですが、観光客数は過去最高でした。', ['confidential/pre-release:block:未公表の']],
    ['一足早くお見せします！新聞に載るのは来週です。', ['confidential/pre-release:block:一足早くお見せ']],
    ['オフレコですが、来月大きな発表があります。', ['confidential/marker:block:オフレコ']],
    // Staff-only information, undisclosed negotiations.
    ['職員しか見られない資料ですが、特別に公開します！', ['confidential/staff-only:block:職員しか見られ']],
    ['※本資料は外部への提供はしないこと。', ['confidential/staff-only:block:外部への提供はしない']],
    ['現在、大手ホテルチェーンと誘致交渉を進めています。', ['confidential/negotiation:block:誘致交渉を進め']],
    ['駅前への出店の交渉中です。', ['confidential/negotiation:block:出店の交渉中']],
    ['大手ホテルチェーンとの交渉が大詰めです。', ['confidential/negotiation:block:チェーンとの交渉が大詰め']],
    ['課内で共有してた資料、間違えてこっちに貼っちゃったかも…', ['confidential/staff-only:block:課内で共有して']],
    ['水面下で交渉中の企業があります。', ['confidential/negotiation:block:水面下で交渉']],
    // Round 19: off the record as an aside around what was heard in a meeting or from inside (…と聞きました。ここだけの話で, オフレコでお願いしますね, 内緒にしといてね); the aside refused or a teaser stays clean.
    ['ここだけの話ですが、県との連絡会で、うちの市の対応が一番遅いと言われてしまいました。', ['confidential/meeting:block:ここだけの話']],
    ['観光協会の会議のあとで、事務局の方が「来年の補助はかなり厳しい」とおっしゃっていました。オフレコでお願いしますね。', ['confidential/meeting:block:オフレコ']],
    ['先輩職員から聞いたんやけど、あの施設の運営、県からだいぶ指摘受けとるらしか。内緒にしといてね。', ['confidential/staff-only:block:内緒']],
    ['庁内の勉強会で講師の課長が話していたことですが、窓口の待ち時間は県内でワーストだそうです。秘密ですよ〜。', ['confidential/meeting:block:秘密']],
    // Round 19: 内緒/秘密 count as an aside only as one (内緒で教えるね, 秘密ですよ), not in a feature (秘密に迫ります, 秘密のスポット).
    ['会議のあとで課長から聞いた話やけど、内緒で教えるね。来年の補助金はなくなるって。', ['confidential/meeting:block:内緒']],
    // Blind R183I-070: a bidder's standing in a selection told where the post says the scores are not published (公表しないことに
    // なっている, 非公表): the denial is no publication
    ['プロポーザルの件、評価表を確認しました。貴社は2位で、トップとは4点差でした。点数は公表しないことになっていますのでご内密に。', ['confidential/pre-release:block:貴社は2位で']],
    ['ご質問の件ですが、御社の総合点は68点でした。各社の順位は非公表ですので、社内だけでお願いします。', ['confidential/pre-release:block:御社の総合点は68点でした']],
    ['指定管理者の選定、うちの法人さんは次点でした。採点結果は公表されないので、ここだけにしてくださいね。', ['confidential/pre-release:block:法人さんは次点でした']],
  ]
  // Quoted as an example in an awareness post: a note, never a block.
  const mentions: Array<[string, string[]]> = [
    ['「部外秘」と書かれた資料を投稿しないようにしましょう。', ['confidential/marker:info:「部外秘」']],
    ['「まだ公表前ですが」などと前置きした投稿はやめましょう。', ['confidential/pre-release:info:まだ公表前']],
  ]
  it.each(mentions)('notes %s', (text, expected) => {
    expect(summary(findingsOf(confidential, text))).toEqual(expected)
  })

  it.each(invalid)('flags %s', (text, expected) => {
    expect(summary(findingsOf(confidential, text))).toEqual(expected)
  })

  const valid = [
    // A working document shared among staff, named as what the office revised or trained with: routine work, nothing passed on
    '職員間で共有されている防災マニュアルを見直しました。',
    '庁内で使用している窓口対応の手順書を改訂し、研修を行いました。',
    '課内で共有していた避難所運営のチェックリストを更新しました。',
    '本日の懲戒審査委員会の結果、停職6か月の処分を決定しました。',
    // Blind R183I-070, hard negatives: the rule that scores are not published with no one's standing told, a contest's published
    // ranking, a tender's result already announced
    '審査の点数や順位は公表しておりません。選定結果は事業者名のみお知らせします。',
    '選考の点数は非公表です。1位と2位の方には後日賞状をお贈りします。',
    'フォトコンテストの審査結果です。田中さんは1位でした！おめでとうございます。',
    '入札結果を市HPで公表しました。○○建設が1位で、落札者に決定しています。',
    '財政課との協議により、予算が確定しました。',
    '来年度予算案がまとまりました。正式には3月議会で審議されます。',
    '非公開の会議資料は、情報公開請求により開示されます。',
    '結果はまだ未公表ですが、決まり次第お知らせします。昨年の平均は16円でした。',
    // what may not go outside, said as a rule; a guide's closing words
    '個人情報は外に出せない情報ですが、統計は公開しています。',
    '外に出しにくいお悩みも、まずはご相談ください。',
    // what is not public named as such, with nothing told from it
    '非公開の情報は掲載できません。',
    '個人情報を含むため、報告書の一部は非公開です。',
    '議会への報告前のため、詳細は出せませんが、決まり次第お知らせします。',
    // a private person's name withheld for their sake, beside an accident or a fire
    '先日、交通事故に遭われた方を市民の方が救護してくださいました。ご本人のご意向により、お名前は伏せてご紹介します。',
    '火災で亡くなられた方は、ご遺族のご希望により氏名は伏せております。',
    '事故の際に通報してくださった方には、個人が特定されないよう、お住まいの地区も伏せてお礼をお伝えしました。',
    '議会の前に、市民の皆さまのご意見を伺う説明会を開きます。',
    '課内会議、本日は予定どおり開催しました。',
    '庁内会議の資料は市ホームページで公開しています。',
    // closed, with a notice of when it will be told
    '結果は非公開ですが、決まり次第お知らせします。',
    '審査は非公開ですが、結果は3月に市ホームページで公表します。',
    '会議は非公開ですが、傍聴希望の方は事前にご連絡ください。',
    // a bid's result: its figures are published results (落札金額, 契約を締結), not secrets
    '【入札結果】市道改良工事\n\n入札日：令和8年6月17日\n入札参加者数：5者\n予定価格：48,620,000円（税抜）\n落札金額：44,900,000円（税抜）',
    '開札結果をお知らせします。予定価格は1,280万円、入札参加業者は3社でした。',
    // Blind R145D-050: how the price is estimated, or a price published, is no secret told
    '予定価格は積算基準に基づき設定し、入札公告時に公表します。',
    '工事の積算資料の作り方について研修を行いました。',
    '今年度の体育館改修工事の予定価格は3億2,800万円として公表しています。',
    '予定価格の積算方法は国の基準に準じています。',
    '予定価格 9,800,000円、落札額 9,150,000円で契約を締結しました。',
    // the city announcing what a meeting decided
    '市の申請書のうち143種類で性別欄をなくしました。3月の庁議で決定しました。',
    '新しい総合計画は、本日の庁議において正式に決定しました。',
    '市民憲章の改定案は、委員会で承認されました。',
    'プロポーザルの審査結果は市ホームページで公表しています。',
    '結果はまだ未公表ですが、決まり次第お知らせします。',
    '人事は未発表のため、お答えできませんが、ご了承ください。',
    // a library's lending rule, not a secret document's marking
    '貴重な資料が多いため、一部の資料は「館外持出禁止」とし、館内での閲覧のみとさせていただいています。',
    '委員会は非公開のため、詳しくはお伝えできませんが、ご了承ください。',
    '審査会は非公開のため詳しくはお伝えできませんが、結果は後日ホームページでお知らせします。',
    '非公開の会議の内容を漏らさないよう、研修を行いました。',
    '職員向けの研修資料を市ホームページで公開しました。',
    '各自ご確認のうえ、期限までにお申し込みください。',
    'ご家庭で共有をお願いします。',
    '職員向けの防災訓練を実施しました。',
    '公告前の情報の取り扱いについて研修を行いました。',
    '教育委員会の協議会は非公開で行います。',
    '落札業者は堀江建設に決まりました（入札結果は市ホームページで公表）。',
    '入札参加資格者名簿を更新しました。',
    // A release date with a venue or where to check it: fine.
    '発表は12月1日ですが、会場は市民会館です。',
    '結果の発表は12月1日ですが、市ホームページでご確認いただけます。',
    // Same surface, fine: public press conferences and council committees, published decisions, 秘書課, a neighbourhood
    // meeting, a meeting room, a volunteer group named 課長会.
    '市長定例記者会見で、市長が白秋祭について発言しました。',
    '市議会の委員会で、市長が答弁しました。',
    '庁議で決定した計画を市ホームページで公表しました。',
    '秘書課からのお知らせです。',
    '町内会の会議で、防災訓練の日程が決まりました。',
    '課長会議室は3階です。',
    '部長会見は午後2時からです。',
    '柳川市課長会の皆さまが清掃ボランティアに参加されました。',
    // Same surface, fine: a staff handbook revised and published, a press release done, training on the decision process, a
    // staff tip, where and when results will be shown (ホームページで掲載), a venue given with a number, 精査中 of applications.
    '職員にだけ配られた防災ハンドブックを、市民向けに改訂して公開しました',
    '報道各社への資料提供を行いました',
    '起案から決裁までの流れを説明する研修を行いました',
    '中の人しか知らない、川下りのおすすめ撮影スポットを紹介します',
    '合格発表は明日10時ですが、市ホームページで3日間掲載します。',
    '記者会見は明日10時ですが、会場は本庁舎3階です。',
    '発表は明日なので、お楽しみに！',
    '申請書類は精査中です。結果は後日通知します。',
    '査定中の物件があるため、内覧はできません。',
    // Same surface, fine: decorative symbols (※雨天中止※, ★限定★), 【関係者各位】, residents' own unsubmitted papers,
    // an internal review whose outcome is put out for comment, 非公式ながら as an opinion, 水面下で進む準備 of an event.
    '※雨天中止※ 川下りイベントのお知らせ',
    '★限定★ 白秋祭オリジナルグッズ',
    '【関係者各位】設営のお手伝いありがとうございました',
    '【職員募集】令和9年度採用の職員を募集します',
    'まだ提出していない資料がある方は、期限までにご提出ください。',
    'まだ申請していない方は、お早めに手続きをお願いします。',
    '内部の検討会で出た意見をもとに、計画案を作成しました。市ホームページでご意見を募集しています。',
    '非公式ながら、柳川の川下りは日本一の風情だと思います。',
    '水面下で進む準備の様子を、少しだけご紹介します。',
    // Same surface, fine: notices about a closed session (傍聴できません, 開示請求), outcomes the city publishes, teasers
    // without a reveal, published bid prices, staff tips that are not internal information.
    '選定委員会は非公開で行います。結果は市ホームページでお知らせします。',
    '本日の審査会は非公開の会議のため、傍聴はできません。',
    '審査会の会議録は情報公開請求の手続きにより閲覧できます。',
    '委員会の議事録を市ホームページに掲載しました。',
    '非公開の会議録の開示を希望される方は情報公開窓口へお問い合わせください。',
    '都市計画審議会の議事録を公開しました。委員の発言はこちらからご覧いただけます。',
    '発表はまだですが、楽しみにお待ちください。',
    '入札の予定価格は事前公表しています。',
    '昨日の指定管理者選定委員会の結果、〇〇株式会社を候補者に選定しました。',
    '入札結果（落札業者・落札金額）を市ホームページで公表しています。',
    '予定価格は事前公表としています。',
    '発表は来週です。お楽しみに！',
    '合格発表はまだですが、受験された皆さん、お疲れさまでした。',
    '庁内メールで周知された防災訓練の日程を、市民の皆さんにもお知らせします。',
    '結果の公表はまだですので、もうしばらくお待ちください。',
    '予定価格の算定方法について研修を行いました。',
    '職員向けの研修を実施しました。',
    '普段は公開されていない蔵の内部を特別にご紹介します。',
    '非公開で行われた審査の結果、最優秀賞が決まりました。市ホームページで発表しています。',
    '審査会は非公開ですが、審査の結果は後日お知らせします。',
    '非公開の審査会で選ばれた作品を、来月から市役所ロビーに展示します。',
    '秘密会の制度について、議会事務局が解説します。',
    '発表はまだですが、準備は着々と進んでいます。',
    '普段は非公開の庭園を特別公開します。',
    '職員だから知っている、柳川のおすすめ散歩コースを紹介します！',
    '個人情報の取り扱いには十分注意しています。',
    '秘密保持契約を締結した事業者に委託しています。',
    '相談内容の秘密は守られます。安心してご相談ください。',
    '情報公開請求の手続きについてご案内します。',
    '会議は公開で行います。傍聴を希望する方は事前にお申し込みください。',
    '審議会の会議録を市ホームページで公開しました。',
    '本日の庁議で決定した新しい総合計画を市ホームページで公表しました。',
    '議会の一般質問の答弁をまとめたページを公開しました。',
    '一足早く、桜が咲き始めました🌸',
    '新しいパンフレットが完成しました！公開前の最終チェック中です。',
    '白秋祭のポスター、ついに情報解禁です！',
    '市内在住の方限定のツアーです。',
    '職員のみ参加可能な研修です。',
    // 秘 in ordinary words.
    '秘書課からのお知らせです',
    '健康の秘訣を紹介します',
    '神秘的な夜景をお楽しみください',
    '便秘に悩む方へ、食物繊維のとり方講座',
    '秘伝のタレで仕上げたうなぎです。',
    '秘密の穴場スポットをご紹介！',
    '相談員には守秘義務があります。',
    // Secrecy as a topic.
    '機密性の高い情報を守る研修を実施しました',
    '情報セキュリティ研修で、機密情報の取り扱いについて学びました。',
    '内部情報の漏えい防止を徹底します。',
    // Brackets that are not markers.
    '柳川市観光振興計画（案）に対する意見を募集します。',
    '「柳川市観光振興計画（素案）」に対する意見を募集します',
    '市民体育館（室内）で開催します。',
    '駐車場（職員専用）はご利用いただけません。',
    '【職員募集】保育士を募集します',
    '【解禁】アユ漁が始まりました',
    '【情報解禁】白秋祭の新グッズ、発売決定！',
    '【回覧】地区清掃のお知らせ',
    // Closed meetings announced, non-public places opened, releases that are public.
    '第5回都市計画審議会（非公開）を開催しました。',
    'デザイン審査は非公開で行い、結果は12月中旬に市ホームページで発表します。',
    '普段は非公開の庭園を特別公開します。',
    '普段は職員しか入れないエリアを見学できます。',
    'アユ漁の解禁前の準備が進んでいます。',
    '新施設の一般公開前の内覧会を開催しました。',
    '一足早く春の訪れを感じました。',
    '市ホームページより一足早く、SNSで公開します！',
    '個人情報を外部に提供することはありません。',
    '地区の回覧板でお知らせしています。',
    '御花の大広間の内部を特別公開します。',
    '取扱店舗の一覧を市ホームページに掲載しました。',
    'ご検討ください',
    'パンをまるひとつ食べました',
    '機密書類の回収・溶解処理を行いました。',
    '秘密基地みたいな隠れ家カフェを紹介します☕',
    '審査の過程は非公開です。',
    '内部は撮影禁止です。ご了承ください。',
    '庁内で共有している防災マニュアルを、市民向けに改訂して公開しました。',
    '職員間で共有した情報をもとに、市ホームページを更新しました。',
    '隣の大川市と協議して、合同イベントを開催します。',
    '労使交渉の結果、合意に至りました。',
    '国からの補助金の内示がありました。',
    '貸付物件：宅地 予定価格（月額）：701円',
    // Round 19: off the record as an aside around what was heard in a meeting or from inside (…と聞きました。ここだけの話で, オフレコでお願いしますね, 内緒にしといてね); the aside refused or a teaser stays clean.
    'ここだけの話、このお店のうなぎのたれは創業以来継ぎ足しなんです！',
    '研修会で講師の先生から「個人情報は慎重に」と聞きました。ここだけの話にせず、職場のみんなで共有しましょう。',
    '先日の打合せで、地域の皆さんから「掘割がきれいになった」と聞きました。ありがとうございます。',
    'さげもんの秘密を、館長さんに教えていただきました！詳しくは動画でどうぞ。',
    '会議で出たご意見は、市ホームページで公開しています。秘密はありません。',
    '子ども会の打合せで、おいしいカレーのレシピを教えてもらいました。隠し味は秘密です！',
    '公園課の職員さんから教えてもらった、秘密基地みたいな小さな公園です。',
    '子ども会の打合せで、おいしいカレーのレシピを教えてもらいました。作り方はここだけの秘密…ではなく、動画で公開中です！',
    // Round 19: 内緒/秘密 count as an aside only as one (内緒で教えるね, 秘密ですよ), not in a feature (秘密に迫ります, 秘密のスポット).
    'おいしさの秘密に迫ります！市の担当者さんに話を聞きました。',
    '県の職員さんから教えてもらった、地元の人しか知らない秘密のスポットです。',
  ]
  it.each(valid)('passes %s', (text) => {
    expect(summary(findingsOf(confidential, text))).toEqual([])
  })

  // Round 9 kinds, in new wording (standard, keigo, 筑後弁・博多弁, casual): a matter the city has not made public.
  const undisclosed: Array<[string, string[]]> = [
    // Round 25: a closed session's contents handed out; a closed report cited for figures
    ["非公開で行った採用面接、評価シートの一部をご紹介します。A評価は2名でした。", ["confidential/staff-only:block:非公開で行った採用面接、評価シートの一部をご紹介"]],
    ["非公開の調査報告書では、昨年度の相談14件のうち3件が管理職によるものでした。", ["confidential/staff-only:block:非公開の調査報告書では"]],
    ["蔵書点検の結果、所在不明の本は約1,800冊でした。議会への報告前のため正式な公表はまだですが、先にお知らせしておきます。", ["confidential/pre-release:block:議会への報告前のため正式な公表はまだですが、先にお知らせ"]],
    // Round 23: non-public data handed over on the quiet; a plan waiting for internal approval; a document before the council.
    ["相談件数の内訳（非公開データ）をこっそり共有しますね。", ["confidential/staff-only:block:非公開データ）をこっそり共有"]],
    ["審査の点数は非公開ですが、こっそり教えます。Ａ社が一番でした。", ["confidential/pre-release:block:審査の点数は非公開ですが、こっそり"]],
    ["未公表の統計ですが、内緒でお伝えすると前年の倍です。", ["confidential/pre-release:block:未公表の"]],
    ["ごみ袋の値上げ案は、まだ市長決裁前です。", ["confidential/pre-release:block:値上げ案は、まだ市長決裁前"]],
    ["来年度から窓口を統合する方向で、いま課長の決裁待ちです。", ["confidential/pre-release:block:統合する方向で、いま課長の決裁待ち"]],
    ["委員会への報告前の資料なので詳しくは書けませんが、新しい公園は北部にできそうです。", ["confidential/pre-release:block:委員会への報告前の資料なので"]],
    // Not yet public, said before telling (standard, keigo, 筑後弁, casual).
    ["まだ公になっていない情報ですが、沖端に新しいホテルが建設されることが決まりました。", ["confidential/pre-release:block:まだ公になっていない情報ですが"]],
    ["報道発表の前やけん大きな声では言えんとですが、新しい体育館の場所が決まったとよ。", ["confidential/pre-release:block:報道発表の前やけん"]],
    ["まだ世間に出とらん話ばってん、市の花火大会は来年から有料になるげな。", ["confidential/pre-release:block:まだ世間に出とらん話ばってん"]],
    ["まだ表に出ていない話なんですが、道の駅の運営会社が変わるようです。", ["confidential/pre-release:block:まだ表に出ていない話なんですが"]],
    ["まだ発表されとらんけど、新しい道の駅の名前が決まったげな。", ["confidential/pre-release:block:まだ発表されとらんけど"]],
    ["外には出せん話やけど、市民会館は再来年で閉鎖されるとよ。", ["confidential/pre-release:block:外には出せん話"]],
    ["正式な発表の前ですけど、来年度から川下りの料金が改定されます。", ["confidential/pre-release:block:正式な発表の前ですけど"]],
    // Off the record with a decision of the city; a decision made in private.
    ["ここだけの話、来年度の予算で観光課の事業がひとつ廃止されます。", ["confidential/pre-release:block:ここだけの話"]],
    ["内緒ですけど、白秋祭のゲストはもう決まってます🤫", ["confidential/pre-release:block:内緒ですけど"]],
    ["ここだけの秘密ですが、来年から市営駐車場が有料化されます。", ["confidential/pre-release:block:ここだけの秘密"]],
    ["新しい副市長は、水面下で固まったようです。", ["confidential/pre-release:block:水面下で固ま"]],
    ["次の館長人事は、内々に了承を得ているそうです。", ["confidential/pre-release:block:内々に了承"]],
    ["次の教育長、秘密裏に決定済みらしいです😳", ["confidential/pre-release:block:秘密裏に決定"]],
    // Discipline of staff decided but not announced.
    ["同じ係の先輩、例の件で停職になるらしいです。公表はまだ先みたいやけど。", ["confidential/personnel:block:停職"]],
    ["飲酒運転で捕まった職員の処分、懲戒免職で決まったそうです。発表は月曜日とのことです。", ["confidential/personnel:block:懲戒免職"]],
    ["パワハラで問題になっとる課長、戒告になる見込みらしかです。", ["confidential/personnel:block:戒告"]],
    ["あの主査さん、懲戒になるっちゃん。来週発表やけど。", ["confidential/personnel:block:懲戒"]],
    ["公金を使い込んだ職員の処分内容は、諭旨免職で固まったとのことです。まだ公表前ですので内密に。", ["confidential/personnel:block:処分内容","confidential/pre-release:block:まだ公表前"]],
    // Who filed a complaint or a request.
    ["苦情を入れたのは、向かいのお宅のご主人です。", ["confidential/complainant:block:苦情を入れたのは、向かい"]],
    ["騒音の件でご連絡をくださったのは、同じアパートの二階の方でした。", ["confidential/complainant:block:連絡をくださったのは、同じアパート"]],
    ["今回の通報は、裏の田中さんちからでした。", ["confidential/complainant:block:通報は、裏の田中さんちからでした"]],
    ["カーブミラー設置の要望を出されたのは山口さんでしたよ。", ["confidential/complainant:block:要望を出されたのは山口さんでした"]],
    ["申出人は同じ班の方です。", ["confidential/complainant:block:申出人は同じ班"]],
    ["ご相談があったのは、お隣の方じゃなかですよ。", ["confidential/complainant:block:相談があったのは、お隣"]],
    ["クレームの主は隣の家の人です。", ["confidential/complainant:block:クレームの主は隣"]],
    // A closed session, then what was said in it.
    ["非公開の会議でしたが、議員さんから「市長は何もわかっとらん」と発言がありました。", ["confidential/meeting:block:非公開の会議"]],
    ["先週の選定委員会は非公開だったけど、委員同士で意見が割れてかなり揉めたみたい。", ["confidential/meeting:block:非公開だった"]],
    ["非公開で開かれた懇談会で、市長が「来年は出馬しない」とおっしゃっていました。", ["confidential/meeting:block:非公開で開かれた懇談会"]],
    ["非公開やったけど、部会で課長が『予算は無理』って言いよらした。", ["confidential/meeting:block:非公開やった"]],
    // Audit findings before the report, or hidden.
    ["会計検査院の検査で、補助金の過大交付が指摘されたようです。報告書が公表される前ですが、お知らせしておきます。", ["confidential/audit:block:報告書が公表される前"]],
    ["内部監査で書類の不備が見つかりました😅 バレる前に差し替えとこ", ["confidential/audit:block:バレる前"]],
    ["監査委員から指摘された不適切な支出の件、監査結果はまだ出とらんけど、ざっくり言うと3件です。", ["confidential/audit:block:監査結果はまだ"]],
    ["監査で指摘された件、まだ報告書になってないけど、領収書の漏れが5件でした。", ["confidential/audit:block:まだ報告書になっ"]],
    // The city's estimate for a bid not yet held.
    ["来月入札予定の道路改良工事、設計金額は5,200万円です。", ["confidential/pre-release:block:設計金額は5,200万円"]],
    ["体育館の屋根改修、入札前ですが積算額は約8千万円になっています。", ["confidential/pre-release:block:積算額は約8千"]],
    ["業者さんは今度の入札で決まりますが、こちらで見積もった金額はだいたい三千万円です。", ["confidential/pre-release:block:見積もった金額はだいたい三千万円"]],
    // A price offered in a negotiation still going on.
    ["地権者さんとの交渉はまだ続いています。こちらからの提示額は坪あたり12万円です。", ["confidential/negotiation:block:提示額は坪あたり12万円"]],
    ["所有者の方とは話し合いが難航していますが、市からは800万円で買い取りをお願いしています。", ["confidential/negotiation:block:800万円で買い取"]],
    ["買収価格は1坪15万円で交渉中です。", ["confidential/negotiation:block:買収価格は1坪15万円"]],
    ["地主さんとはまだ話し合いよるところで、うちからは一反あたり三百万円で打診しとります。", ["confidential/negotiation:block:三百万円で打診"]],
    // An incident not yet announced.
    ["先週、窓口で受け付けた申請書が数枚なくなってしまって、まだ見つかっていません。公表は見送るそうです。", ["confidential/incident:block:公表は見送"]],
    ["住民票の誤交付があったとけど、まだ表に出とらんけん、ここだけにしとってね。", ["confidential/incident:block:まだ表に出と"]],
    ["給食に異物が混入した件、公表するかは教育委員会で検討中だそうです。", ["confidential/incident:block:公表するかは"]],
    ["利用者名簿を入れたUSBが見当たらんらしい…上のほうで相談しよるけん、まだ内緒ね🤐", ["confidential/incident:block:上のほうで相談しよ"]],
    // Scores or ranks told before those concerned are notified.
    ["採用試験の面接、終わりました！得点はAさんが一番で、Bさんは2点差でした。結果は本人に通知が届き次第お知らせします。", ["confidential/pre-release:block:得点は"]],
    ["コンペの審査結果、トップは地元の工務店さんでした！正式なお知らせは後日になります。", ["confidential/pre-release:block:トップは"]],
    ["選考の結果、1位は大川市の事業者さんでした。まだ各社には連絡していないので内緒でお願いします。", ["confidential/pre-release:block:1位は"]],
    // More registers: before the council, discipline in doubt, a name as who filed, a stance in a closed session, an audit hushed, an incident to be announced, a list of scores, an offer as a question.
    ["議会に報告する前ですが、新しい総合計画で駅前の再開発が決まりました。", ["confidential/pre-release:block:議会に報告する前ですが"]],
    ["〇〇課の職員の不祥事、処分はまだ決まっていませんが、免職もあり得るそうです。", ["confidential/personnel:block:処分は"]],
    ["ご指摘の件は、田中様からのお申し出でした。", ["confidential/complainant:block:田中様からのお申し出でした"]],
    ["苦情の電話は〇〇町の佐藤さんからで、毎日のようにかかってきます。", ["confidential/complainant:block:苦情の電話は〇〇町の佐藤さんからで、"]],
    ["本日の審議会は非公開で開催いたしましたが、委員の皆様からは計画に反対するご意見が多く出されました。", ["confidential/meeting:block:非公開で"]],
    ["会計検査で不適切な経理が見つかったらしいけど、まだ公表されてないから内緒ね", ["confidential/pre-release:block:まだ公表されてない","confidential/audit:block:内緒"]],
    ["システム障害で住民の個人情報が他人に見える状態だったそうです。市は近く公表する方針です。", ["confidential/incident:block:近く公表する方針"]],
    ["書類審査の結果、A社85点、B社78点、C社70点でした。結果通知はまだです。", ["confidential/pre-release:block:85点、"]],
    ["土地の持ち主さんには、1㎡あたり2万円でどうかと話をしているところです。", ["confidential/negotiation:block:2万円でどうかと話"]],
    // A personnel move told before it is announced.
    ["異動が決まりました！4月から本庁の観光課です。正式な発表は来週なので、詳しくはまた😊", ["confidential/personnel:block:異動が決ま"]],
    ["4月の異動で、〇〇課長は市民課に決まったそうです。発表はまだなので内緒で。", ["confidential/personnel:block:異動で、〇〇課長は市民課に決ま"]],
    ["支所長さん、春から教育委員会に移られることになったとよ。まだ表に出とらんけん、ここだけにしとってね。", ["confidential/personnel:block:移られることにな","confidential/pre-release:block:まだ表に出とらんけん"]],
    ["後任の館長は、県からの出向の方に決まりました。辞令はまだ先ですけど、先にお知らせしちゃいます。", ["confidential/personnel:block:後任の館長は、県からの出向の方に決ま"]],
  ]
  it.each(undisclosed)('reports %s', (text, expected) => {
    expect(summary(findingsOf(confidential, text))).toEqual(expected)
  })
  // Their hard negatives: the same words in ordinary municipal prose.
  const disclosed: string[] = [
    "審査は非公開で行います。結果は後日ホームページでお知らせします。",
    "非公開の会議の内容は、議事要旨としてホームページで公開しています。",
    "議会への報告前のため、詳細は報告後にお知らせします。",
    // Round 23: a decision made after approval; a citizen's own confidence; documents shredded for recycling; a special opening.
    "市長決裁を経て、来年度からの実施が決定しました。",
    "申請書の決裁中のため、交付までお時間をいただきます。",
    "「親に内緒で相談してもいいの？」――もちろんです。子どもからの相談も、こども家庭課で受け付けています。",
    "家族に内緒で受診したい方も、保健センターでご相談ください。秘密は守ります。",
    "事業所の機密書類をリサイクルしませんか。溶解処理で安全に再生紙になります。",
    "機密書類の処理は専門業者に依頼しましょう。",
    "通常は非公開の庭園を、特別に公開します。",
    "未公開の写真をこっそりお見せしちゃいます！白秋祭の準備風景です。",
    // Not yet public / off the record: a preparation, a charm, a school presentation, a notice to wait, a counselling invitation, teasers.
    "記者発表の前に、会場の準備を行いました。",
    "まだ表に出ていない柳川の魅力を、職員が紹介します。",
    "子どもたちの発表の前なので、みんな少し緊張していました。",
    "結果はまだ公表されていません。公表され次第お知らせします。",
    "家族のことで、外に出せない話を抱えていませんか？相談窓口でお話を聞くことができます。",
    "ここだけの話、川下りは朝いちばんがいちばん気持ちいいんです。",
    "ここだけの話、どんこくんは夜になるとちょっとだけ眠そうです。",
    "プレゼントの中身は内緒ですけど、抽選で10名様に1万円分の商品券が当たります！",
    "内々にお祝いの会を開きました。",
    "水面下で準備が進んでいたイベントの開催が決定し、本日発表しました！",
    "内密にご相談したい方は、予約制の相談室をご利用ください。",
    // Discipline announced by the city, rules about it, disposal, another town, a return to work.
    "本日、職員1名を停職3か月の懲戒処分としました。市民の皆さまに深くお詫び申し上げます。",
    "職員の懲戒処分の公表基準を改正しました。",
    "飲酒運転をした職員は、原則として懲戒免職とする方針です。",
    "粗大ごみの処分は来月から有料になるそうです。職員が戸別に回収に伺います。",
    "隣の市では、職員が停職になるそうです。",
    "停職処分を受けた職員が、本日付で復職しました。",
    // Requests and reports told without who filed them; a finder thanked; a refusal to say; a neighbouring city.
    "道路の穴について、近所の方からご連絡をいただき、すぐに補修しました。ありがとうございました。",
    "自治会長さんからの要望を受け、カーブミラーを設置しました。",
    "火事に気づいて通報してくださったのは、近所の中学生でした。消防署から感謝状が贈られました。",
    "相談に来られた方は、延べ120人でした。",
    "申出人の方のお名前やご住所は、お答えできません。",
    "相談に来られたのは、お隣の大川市の方でした。",
    "ご意見をくださったのは、市内の高校生の皆さんです。",
    // Closed sessions announced or their record published; a judge's 講評; a training.
    "第3回都市計画審議会の会議録を市ホームページで公開しました。委員からは「駅前の歩道を広げてほしい」との発言がありました。",
    "審議会は個人情報を扱うため非公開で行います。傍聴はできませんのでご了承ください。",
    "審査会は非公開でしたが、審査委員長から「どれも力作ぞろい」との講評をいただきました。",
    "非公開の会議の内容を漏らさないよう、研修で確認しました。",
    // Audits published, acted on, or prepared for.
    "監査委員による定期監査の結果を市ホームページで公表しました。指摘事項への対応状況もあわせて掲載しています。",
    "監査の指摘を受け、補助金の事務手続きを見直しました。",
    "監査の結果が出る前に各課で自己点検を行い、不備がないか確認しています。",
    "監査委員による監査の結果、指摘事項はありませんでした。",
    // Bid amounts published, budgets, subsidies.
    "大和支所駐車場舗装工事の入札結果を公表します。設計金額2,300万円、落札金額2,050万円でした。",
    "来月、新庁舎建設工事の一般競争入札を行います。予定価格は事前公表しています。",
    "この工事は来年度に入札を行う予定です。事業費は約3億円で、当初予算に計上しています。",
    "住宅リフォーム補助金：見積額の10%（上限10万円）を補助します。申請は来月から受け付けます。",
    "次の入札に向けて、工事の設計を進めています。設計は市内の設計事務所にお願いしています。",
    // Negotiations concluded or told without a price; the city's land sold or let; subsidies to owners.
    "用地買収が完了し、来月から工事に着手します。地権者の皆さまのご協力に感謝いたします。",
    "市有地を1平方メートルあたり5,000円で売却します。入札参加の申込みは市ホームページから。",
    "地権者の皆さまとの話し合いを続けています。ご理解とご協力をお願いします。",
    "空き家の所有者の皆さんへ。解体費に最大50万円を出します（受付中）。",
    "市の土地を1平方メートルあたり2万円で貸し付けます。",
    // Incidents announced with an apology, prevention, found property, other towns.
    "個人情報を含む書類の紛失について（お詫び）本日、住民の方の申請書1枚を紛失していたことが判明しました。ご迷惑をおかけし、深くお詫び申し上げます。",
    "学校で使うタブレットの紛失を防ぐため、保管方法を見直しました。",
    "落とし物のUSBメモリをお預かりしています。心当たりの方は窓口までお越しください。",
    "個人情報の漏えい事故が他の自治体で相次いでいます。職員一人ひとりが管理を徹底します。",
    // Results published, or their notice announced with no scores told.
    "プロポーザルの審査結果を公表します。最優秀提案者は〇〇設計事務所（評価点85点）です。",
    "市民駅伝大会、1位は大和チームでした！正式な結果は後日ホームページでお知らせします。",
    "書道コンクールの審査が終わりました。結果は各学校に通知が届き次第、お知らせします。",
    "採用試験の一次試験の結果は、受験者に通知が届き次第、市ホームページにも掲載します。",
    // Their near neighbours: a meeting before the council, a colleague's message, a name thanked, works counted, holding statements, a public record.
    "議会に報告する前に、関係団体と協議を行いました。",
    "担当の山田さんからのご連絡です。明日の会議は10時からです。",
    "佐藤様からのご要望を受け、ベンチを設置しました。",
    "要望は、地元の皆さんからでした。",
    "応募作品120点の中から審査を行いました。結果は入賞者に通知が届き次第お知らせします。",
    "システム障害が発生し、現在復旧作業中です。原因などの詳細は後日公表する予定です。",
    "住民情報システムの障害について、詳細の公表は後日となります。ご迷惑をおかけします。",
    "サーバーの障害により、ホームページが閲覧できない状態です。",
    "審議会では、計画に反対するご意見も出されました。会議録は市ホームページで公開しています。",
    "ご相談は、市民相談室の田中さんからご連絡します。",
    // Moves announced, farewells after the announcement, an appointment with a 発表会.
    "4月1日付の人事異動を市ホームページに掲載しました。",
    "人事異動の発表は来週の予定です。",
    "新しく着任した館長をご紹介します。",
    "3月末で退職される職員の皆さん、お疲れさまでした。",
    "異動が決まりました！4月からは本庁で頑張ります。支所の皆さん、ありがとうございました。",
    "新しい観光大使に就任することが決まりました。発表会の前に、記念撮影をしました。",
  ]
  it.each(disclosed)('passes %s', (text) => {
    expect(summary(findingsOf(confidential, text))).toEqual([])
  })

  // Round 10 kinds in new wording (standard, keigo, である調, 筑後弁, a mascot's 〜っパ, casual): a secret until the release with
  // who was chosen named; a release named for later told first; a member of staff to take a post later; budget figures before
  // their release (agreed with 財政課, a bill before its notice, a cut read in internal papers); notices to staff, the line to
  // take with the press, internal notices cited; internal tallies and figures before they go up; papers handed only to members;
  // a contractor settled inside; a police investigation; how a procurement selection went; closed meetings in brackets.
  const round10: Array<[string, string[]]> = [
    ['まだ言えない話なんだけど、今年の花火大会のゲストは地元出身の歌手・有明みなみさんに決まったよ！', ['confidential/pre-release:block:まだ言えない話なんだけど']],
    ['解禁日までは内緒でお願いしたいのですが、新しい観光大使は俳優の堀田さんで決定です。', ['confidential/pre-release:block:解禁日までは内緒']],
    ['まだ話せんことやけど、新しか道の駅の運営はうきは物産社に内定したげな', ['confidential/pre-release:block:まだ話せんことやけど']],
    ['発表まではひみつだっパ…新しい相棒キャラの名前は「ドンコちゃん」に決まったっパ！', ['confidential/pre-release:block:発表まではひみつ']],
    ['来週の定例会見で市長が発表予定の新事業ですが、フライングで…市内の小中学校の給食費が4月から無料になります！', ['confidential/pre-release:block:フライングで']],
    ['あさっての記者発表で公表される新しい観光ルート、一足早くお伝えすると、川下りと酒蔵めぐりのセットで2,000円になります。', ['confidential/pre-release:block:一足早く']],
    ['明日の会見で発表されます。ひと足先にお知らせすると、新しいごみ袋の値段は1枚40円に値上がりします。', ['confidential/pre-release:block:ひと足先に']],
    ['※4月1日から、中央公民館長には文化振興課の大塚 裕子 係長が就任することが内定しています。', ['confidential/personnel:block:4月1日から、中央公民館長には文化振興課の大塚 裕子 係長が就任することが内定し']],
    ['新年度からの建設課長として、いまの道路河川係長の中島さんが来られることが決まっております。', ['confidential/personnel:block:新年度からの建設課長として、いまの道路河川係長の中島さんが来られることが決まっ']],
    ['来春からの保育園の園長には、いまの主任の先生がなられることになったそうです♪', ['confidential/personnel:block:来春からの保育園の園長には、いまの主任の先生がなられることになっ']],
    ['うちの課に4月から本庁の税務課の係長が来られることになったんです。正式な発表はまだなので、そっとしておいてくださいね。', ['confidential/personnel:block:来られることにな']],
    ['来年度の花火大会の補助金は、財政課との協議で800万円に決まりそうです。まだ予算案には載っていません。', ['confidential/budget:block:財政課との協議で800万円に決ま']],
    ['次年度の防犯灯LED化事業費（1,950万円）は市長査定で了承を得た。', ['confidential/meeting:block:市長査定']],
    ['中の人のメモをのぞいちゃったっパ。来年度のかっぱ祭りの予算は今年より2割カットらしいっパ…', ['confidential/budget:block:来年度のかっぱ祭りの予算は今年より2割カット']],
    ['6月議会に提出予定の補正予算案には、道の駅の改修費として1億2,000万円が計上されています。議案は告示後に公開します。', ['confidential/budget:block:補正予算案には、道の駅の改修費として1億2,000万円が計上され']],
    ['各所属長様\n明日の避難所開設に伴う職員の参集は、午前7時とします。', ['confidential/staff-notice:block:各所属長様']],
    ['■全職員へ■ 本日の停電の件は、取材を受けても原因についてはコメントしないようお願いします。', ['confidential/staff-notice:block:■全職員へ']],
    ['総務部長通知によれば、今年の夏季休暇は職員1人あたり3日までに減らされるとのことです。', ['confidential/staff-notice:block:部長通知によれば']],
    ['市長公室長通知（柳秘第52号）を受け、来年度のイベント後援は原則として見合わせることとする。', ['confidential/staff-notice:block:室長通知（柳秘第52号）を受け']],
    ['内部の集計だと、今年の川下りの乗船客は去年より2万人多いみたいです✨', ['confidential/staff-only:block:内部の集計だと']],
    ['課内のデータによれば、不法投棄の通報は先月だけで38件にのぼっています。', ['confidential/staff-only:block:課内のデータによれば']],
    ['県に報告する前の数値ですが、避難所には現在214人がいらっしゃいます。', ['confidential/pre-release:block:県に報告する前の数値']],
    ['まだ外には出していない資料ですけど、来場者アンケートの満足度は92%でした。', ['confidential/pre-release:block:まだ外には出していない資料ですけど']],
    ['理事の皆さんにしか配っていない事業計画の案、こっそり載せちゃいます。', ['confidential/staff-only:block:理事の皆さんにしか配っ']],
    ['議員のみに配付された試算資料ですが、写真でご紹介します。', ['confidential/staff-only:block:議員のみに配付']],
    ['審査員の方々だけにお渡しした採点表を、参考までに共有しますね。', ['confidential/staff-only:block:審査員の方々だけにお渡し']],
    ['排水機場のポンプ更新は、特命随意契約で筑後電機さんにお願いすることで課内の調整は固まりました。', ['confidential/pre-release:block:特命随意契約で筑後電機さんにお願いすることで課内の調整は固ま']],
    ['避難所の仮設トイレ、随契で地元業者に委託することに決まったよ。金額は120万円くらい。', ['confidential/pre-release:block:随契で地元業者に委託することに決ま']],
    ['本件は随意契約により有明建設に発注することで内定している。', ['confidential/pre-release:block:随意契約により有明建設に発注することで内定']],
    ['例の不法投棄、警察の方の話では、もう犯人の目星はついていて近いうちに家宅捜索するらしいです。', ['confidential/investigation:block:家宅捜索するらしい']],
    ['署の刑事さんから伺ったところでは、窃盗グループの仕業とみて捜査を進めているとのことでございます。', ['confidential/investigation:block:とみて捜査']],
    ['県警の担当者によると、来週には関係者から任意聴取を行う見込みだそうです。', ['confidential/investigation:block:任意聴取を行う見込み']],
    ['指定管理者の選定、A社とB社の評価点はたった2点差だったんですよ〜', ['confidential/pre-release:block:評価点はたった2点差']],
    ['給食センター運営のプロポーザルは、審査員でも評価が割れたと聞きました。', ['confidential/pre-release:block:審査員でも評価が割れ']],
    ['コンペの結果、1位と2位は僅差でした。提案書はどちらも力作でした。', ['confidential/pre-release:block:1位と2位は僅差']],
    ['部長会議（非公開）において、来年度の組織改編の方針が示されました。', ['confidential/meeting:block:部長会議']],
    ['災害対策本部（非公開の第2回会議）の資料では、孤立している世帯は5世帯です。', ['confidential/meeting:block:非公開の第2回会議']],
    ['取材に対しては、職員の残業時間の件については回答を控えるようにしてください。', ['confidential/staff-notice:block:取材に対しては、職員の残業時間の件については回答を控えるよう']],
    ['マスコミから聞かれても、ごみ処理場の煙突の件は言わないでおいてください。', ['confidential/staff-notice:block:マスコミから聞かれても、ごみ処理場の煙突の件は言わないでおいて']],
    ['マスコミには、市長の入院の件は当面伏せておく方針です。', ['confidential/staff-notice:block:マスコミには、市長の入院の件は当面伏せておく方針']],
  ]
  it.each(round10)('reports %s', (text, expected) => {
    expect(summary(findingsOf(confidential, text))).toEqual(expected)
  })
  const round10Clean: string[] = [
    // Their near neighbours: teasers that name no one, releases announced without a peek, appointments announced or
    // hoped for, budgets passed or published, national and prefectural notices, staff thanked in public, tallies to come,
    // handouts at events, contracts concluded, police work in general or announced, contest results, published meetings.
    'ステージゲストは当日までナイショ！お楽しみに🎉',
    'まだ詳しいことはお伝えできませんが、日程が決まり次第お知らせします。',
    '新しい観光大使は、俳優の堀田さんに決まりました！委嘱式は来月です。',
    '発表までは結果が分からないので、私たちもドキドキです。大賞は市民投票で決まります。',
    '明日の記者会見で、市長が新しい子育て支援策を発表します。会見の様子はYouTubeでライブ配信します。',
    'ひと足先に春を感じに、中山の大楠を見に行ってきました🌸',
    '明日の記者会見で発表する内容は、会見後に市ホームページに掲載します。',
    '来週の記者発表で公表される新事業について、一足早く職員向けの説明会を開きました。',
    '4月1日付で、子ども家庭課長に古庄直人が就任しました。',
    '4月からの新しい館長には、地域に開かれた図書館づくりを期待しています。',
    '来年度から図書館長は公募で選ぶことが決まりました。',
    '4月から園長として着任する予定の山田です。よろしくお願いします。',
    '来年度から、新しい園長には副園長の田中が就任することが決まりました。4月1日付の人事異動は市ホームページをご覧ください。',
    '3月定例会で当初予算案が可決されました。新庁舎整備には2億4,000万円を計上しています。',
    '補正予算案には、災害復旧費として5億円が計上されています。議案の内容は市ホームページでご覧いただけます。',
    '来年度の予算編成に向けて、財政課が各課からの要望を取りまとめています。',
    '財政課と協議のうえ、不足する費用は予備費で対応することとしました。',
    '来年度の観光予算が3割減るという報道がありましたが、そのような事実はありません。',
    '来年度の子育て支援の予算は今年より1割増えました。当初予算の概要をご覧ください。',
    '厚生労働省通知に基づき、接種間隔を変更しました。',
    '県の通知により、今年の鳥インフルエンザ対策を強化します。',
    '記者会見では、被災された方の個人情報には触れないよう配慮しています。',
    '職員の皆さん、連日の対応お疲れさまでした。市民の皆さまのご協力にも感謝いたします。',
    '市民の皆さまへ　明日の清掃活動は雨天中止です。',
    '取材のご依頼は秘書広報課までご連絡ください。',
    '記者会見で市長が、排水ポンプ車の到着が遅れた件について説明し、おわびしました。',
    '各課の窓口は、12月29日から1月3日までお休みです。',
    '庁内の報告書の様式を統一しました。',
    '避難所には現在214人が避難されています（18時現在）。',
    '被害状況は現在集計中です。まとまり次第、市ホームページでお知らせします。',
    '内部の研修資料では、個人情報の取り扱いについて10項目のルールを定めています。',
    '県への報告は、毎日17時に行っています。',
    'まだ申請書を出していない方は、3月31日までに提出してください。',
    '参加者の皆さんにだけお配りする記念品もあります！',
    '委員の皆さまにだけお配りした資料は、後日市ホームページにも掲載します。',
    '当日は委員の皆さまにのみ資料をお配りします。傍聴の方は市ホームページでご覧ください。',
    '先着50名の方にだけ、オリジナル缶バッジをお渡しします。',
    '復旧工事は、緊急性が高いため随意契約により有明建設と契約を締結しました。',
    '随意契約の結果は、市ホームページで公表しています。',
    '災害時の随意契約の運用について、職員研修を行いました。',
    '不法投棄は犯罪です。見かけた方は警察か市の環境課へご連絡ください。',
    '警察と連携し、パトロールを強化しています。',
    '県警の発表によると、容疑者は本日逮捕されました。',
    '警察署の協力で、特殊詐欺の被害防止講座を開きます。',
    '不審な車を見かけたら、すぐに110番を。警察が事情を聴きに伺うことがあります。',
    'プロポーザルの審査結果を公表します。最優秀提案者はA社（評価点85点、次点B社83点）です。',
    '書道コンクールは、1位と2位がわずか3点差の大接戦でした！',
    '指定管理者の候補者を選定しました。審査の経過と点数は市ホームページに掲載しています。',
    '災害対策本部を設置し、第4回会議を開催しました。会議の概要は市ホームページに掲載しています。',
    '庁議において決定した行政改革大綱を、市ホームページで公表しました。',
    '審査員の皆さんで意見を出し合い、入賞作品を選びました。おめでとうございます！',
  ]
  it.each(round10Clean)('passes %s', (text) => {
    expect(summary(findingsOf(confidential, text))).toEqual([])
  })

})

describe('confidential (5(1)): a closed session quoted from, shown a little, or split down the middle', () => {
  it.each([
    '非公開の打合せメモより：薬剤散布は、昨年と同じ業者との随意契約で進めます。',
    '消防本部との協議（非公開部分）を少しだけ紹介すると、夜間の巡回を減らす案も出ていました。',
    '昨日の部長会議、地域移行を全校一斉でやるか段階的にやるかで意見が真っ二つでした。',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(confidential, text)).some((x) => x.startsWith('confidential/meeting:block'))).toBe(true)
  })
  it.each(['非公開の審査会より選ばれた作品を展示します。', '会議は非公開で行われました。結果は後日ホームページで公表します。', '部長会議の結果は、市のホームページで公表しました。'])('passes %s', (text) => {
    expect(summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('confidential (5(1)): a closed paper cited (によれば), an official\'s objection and a conclusion put off (round 28)', () => {
  it.each(['非公開の委員会資料によれば、撤去対象の遊具は市内23か所にのぼります。', '今日の部長会議、民間委託案が出ましたが、財政課長が強く反対して結論は持ち越しになりました。'])('flags %s', (text) => {
    expect(summary(findingsOf(confidential, text)).some((x) => x.startsWith('confidential/meeting:block'))).toBe(true)
  })
  it.each(['委員会の資料によれば、利用者は前年より増えています。会議録は市ホームページで公開しています。', '台風の接近により、花火大会は延期となりました。'])('passes %s', (text) => {
    expect(summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('confidential: a closed meeting, then how its deliberation stands (round 30)', () => {
  it.each([
    '公民館の再編を話し合う委員会は非公開でしたが、委員の間では統合案が優勢です。',
    '給食センターの業者選考会、今日は非公開だったけど、地元の業者が一歩リードしてるみたい。',
    '指定管理の審査会は非公開で行われましたが、賛成意見が多く、継続で決まりそうです。',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(confidential, text)).some((x) => x.startsWith('confidential/meeting'))).toBe(true)
  })
  it.each([
    '本日の選考委員会は非公開でしたが、結果は来週、市ホームページで公表します。',
    '審査会は非公開でしたが、活発な議論が交わされました。',
    '公開討論会では、賛成意見が多く出されました。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('confidential (5(1)): （持出禁止） on a library\'s material is a lending rule (round 31)', () => {
  it.each(['【持出禁止】来年度の組織改正案です。', '（持ち出し禁止）議会答弁の想定問答を共有します。'])('flags %s', (text) => {
    expect(summary(findingsOf(confidential, text)).some((x) => x.startsWith('confidential/marker'))).toBe(true)
  })
  it.each([
    '市立図書館2階の郷土資料室の資料は、館内閲覧のみ（持出禁止）となっています。',
    '郷土資料は館内閲覧のみ（持ち出し禁止）です。',
    '古文書の複製は展示室でご覧いただけます（持出禁止）。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('confidential (5(1)): a closed version marked in brackets, and 見守り is no awareness word (round 32)', () => {
  it.each([
    '姉妹都市訪問団の日程（非公開版）を共有します。',
    '姉妹都市訪問団の日程（非\u200b公開版）を共有します。',
    '認知症カフェの利用状況をまとめた内部資料によると、うち3人は見守りが必要な状態とのことです。',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(confidential, text)).some((x) => x.startsWith('confidential/marker'))).toBe(true)
  })
  it.each(['選考委員会（非公開）を開催します。傍聴はできません。', '内部資料の管理を徹底し、情報を守る研修を行いました。'])('passes %s', (text) => {
    expect(summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('confidential (5(1)): told not to release, known only in the section, a closed talk told (round 33)', () => {
  it.each([
    '議会事務局からは「まだ外には出さないで」と言われていますが、領収書を点検したところ、不備が40件以上見つかっています。',
    'ここだけの話やけど、体育館の再開は来年の秋までずれ込むとよ。まだ課の中でしか話しとらんけん、広めんでね。',
    '組合との話し合いの中身を少しだけ。組合側は時給の大幅な引き上げを求めていました（非公開の協議なので詳しくは書けませんが…）',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(confidential, text)).some((x) => x.startsWith('confidential/'))).toBe(true)
  })
  it.each([
    '「個人情報は外に出さないで」と研修で言われています。',
    '課の中でしか話していない内容は、SNSに書かないようにしましょう。',
    '組合との話し合いの内容を、市ホームページで公開しました。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('confidential (5(1)): マル秘 as a playful label of trivia (round 34)', () => {
  it.each(['船頭さんのマル秘トーク、川下りでしか聞けない柳川の小ネタを少しだけご紹介！', '観光協会スタッフのマル秘スポットを紹介します。'])('passes %s', (text) => {
    expect(summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
  it.each(['マル秘資料ですが、来年度の人事案です。'])('flags %s', (text) => {
    expect(summary(findingsOf(confidential, text)).some((x) => x.startsWith('confidential/marker'))).toBe(true)
  })
})

describe('confidential (5(1)): a memo going round the section, a matter not yet out, talk from a selection meeting (round 34)', () => {
  it.each([
    '課内で回ってきたメモによると、協力隊の来年度の募集枠は2人減るみたい…。',
    'まだ外には出してない話なので、ここだけの話ってことで😅',
    '面接の評価会議では『地元出身で長く勤めてくれそうな人を優先したい』という声が多く出ていました。',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(confidential, text)).some((x) => x.startsWith('confidential/'))).toBe(true)
  })
  it.each([
    '選考委員会では、審査基準について「もっと分かりやすく」という意見が出たため、基準を公開しました。',
    '課内で回覧板を回しています。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('confidential (5(1)): the council or the public not yet told, with any particle (round 41)', () => {
  it.each([
    ['まだ委員会へは説明前なんですが、新しい体育館の建設地は旧高校跡地に決まりました。', 'confidential/pre-release:block:委員会へは説明前なんですが'],
    ['議会にもまだ報告前やけど、ごみ袋は来年から有料になるけんね。', 'confidential/pre-release:block:議会にもまだ報告前やけど'],
    ['市民にはまだ説明前ですが、プールの改修費は3億円で決定しました。', 'confidential/pre-release:block:市民にはまだ説明前ですが'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(confidential, text))).toContain(expected)
  })
  it.each([
    '議会には、3月の定例会で報告する予定です。',
    '議会への報告前に、市民の皆さまのご意見を伺う説明会を開きます。',
    '委員会への説明前の準備として、資料を作成しています。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('confidential (5(1)): an outcome settled inside while its formal step is still to come (round 41)', () => {
  it.each([
    ['新しいごみ袋の価格は1枚50円の方向で固まっています。正式には来月の審議会で決まります。', 'confidential/pre-release:block:方向で固まっています'],
    ['市立保育園の民営化は、おおむね固まっております。議会への説明はまだです。', 'confidential/pre-release:block:おおむね固まっております'],
    ['飲酒運転で捕まった職員の処分は、停職3か月で固まっています。正式には来週の審査会で決まります。', 'confidential/personnel:block:処分は'],
    ['懲戒処分は免職の方向でまとまっています。発表まで今しばらくお待ちください。', 'confidential/personnel:block:懲戒処分'],
    ['庁内の検討会議で、来年度から窓口の受付時間を短くすることになりました。', 'confidential/meeting:block:庁内の検討会議'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(confidential, text))).toContain(expected)
  })
  it.each([
    '運動会の日程は、正式には来週の職員会議で決まります。決まり次第お知らせします。',
    '新しい公園の名前は、市民投票の結果「ひまわり公園」でほぼ決まりました。正式には3月の議会で決まります。',
    '職員の懲戒処分について、本日、停職3か月の処分を行いました。市民の皆さまに深くお詫び申し上げます。',
    '庁内の検討会議で決定した計画を、市ホームページで公表しました。',
    '予算案は議会で可決され、正式に決まりました。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('confidential (5(1)): figures worked out inside, and a budget request through the internal assessment (round 41)', () => {
  it.each([
    ['内部でざっと計算してみたら、ごみ処理手数料は2割くらい上がりそうです。', 'confidential/staff-only:block:内部でざっと計算してみたら'],
    ['庁内で独自に試算した結果、新庁舎の建設費は約85億円になる見込みです。', 'confidential/staff-only:block:庁内で独自に試算した結果'],
    ['係内でシミュレーションしたところ、バスの減便で年間1,200万円浮く計算です。', 'confidential/staff-only:block:係内でシミュレーションしたところ'],
    ['図書館の新しい検索システム、財政課の査定で見送られてしまいました…。', 'confidential/budget:block:財政課の査定で見送られ'],
    ['要求していた防犯カメラの増設費、財政課の一次査定で半分に削られました。', 'confidential/budget:block:財政課の一次査定で半分'],
    ['うちの課の予算要求はゼロ査定でした😢', 'confidential/budget:block:予算要求はゼロ査定'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(confidential, text))).toContain(expected)
  })
  it.each([
    '市で試算したところ、太陽光パネルを設置すると電気代が年間約3万円安くなります。',
    '課内で話し合い、窓口の案内表示を分かりやすく改善しました。',
    '庁内で集計した結果を、市ホームページで公表しました（回答数1,234件）。',
    '家屋の固定資産税の評価のため、市の職員が査定に伺います。',
    '不用品の買取査定をうたう訪問業者にご注意ください。',
    '市長査定を経て編成した来年度当初予算案を公表しました。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('confidential (5(1)): an internal paper of any kind cited for a figure, and a party chosen before the formal announcement (round 42)', () => {
  it.each([
    ['庁内の検討資料では、対象を広げると年間約8千万円の減収になるそうです。', 'confidential/staff-only:block:庁内の検討資料では'],
    ['課内の打合せメモによれば、窓口の待ち時間は平均42分でした。', 'confidential/staff-only:block:課内の打合せメモによれば'],
    ['内部の会議資料によると、応募は想定の半分にとどまっています。', 'confidential/staff-only:block:内部の会議資料によると'],
    ['今月の粗大ごみの受付、課内集計で612件。過去最多です。', 'confidential/staff-only:block:課内集計で'],
    ['市税の滞納、庁内速報で約３，２００件でした。', 'confidential/staff-only:block:庁内速報で'],
    ['公民館の清掃委託は、選定委員会で株式会社有明ビルメンテナンスに決まりました。正式な発表は来月になります。', 'confidential/pre-release:block:に決まりました'],
    ['給食センターの運営は先日の審査会でA社に決定しました。正式な公表は議会のあとになる予定です。', 'confidential/pre-release:block:に決定しました'],
    ['道路補修の業者は大和土木に決まりました！正式な発表はまだですが。', 'confidential/pre-release:block:に決まりました'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(confidential, text))).toContain(expected)
  })
  it.each([
    '市の統計資料によると、人口は前年より312人減りました。',
    '庁内の検討資料は、市ホームページで公開しています（資料数12点）。',
    '庁内の打合せメモの書き方について研修を行いました。情報の取り扱いに注意しましょう。',
    '課内集計の方法を見直し、月1回の報告にしました。',
    '清掃業務の委託先は、入札の結果、株式会社有明ビルメンテナンスに決まりました。',
    '市民投票の結果、新しいキャラクターの名前は「ほりっぴー」に決まりました。正式な発表は来月の式典で行います。',
    '次回の会議は5月13日に決まりました。正式な発表は後日になります。',
    '審査会の結果は、正式な発表を待ってお知らせします。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('confidential (5(1)): a tally still being made inside, told with its figures (round 43)', () => {
  it.each([
    ['ちなみに、庁内で集計中の数字ですが、期日前投票の投票者数は前回より約1,200人少なくなっています。', 'confidential/staff-only:block:庁内で集計中の数字ですが'],
    ['課内でまとめている途中のデータですけど、今年の熱中症の救急搬送は去年の1.5倍です。', 'confidential/staff-only:block:課内でまとめている途中のデータですけど'],
    ['係内でまだ集計している途中のデータですが、放置自転車は今年度すでに３１０台です。', 'confidential/staff-only:block:係内でまだ集計している途中のデータですが'],
    ['庁内で取りまとめ中の段階やけど、空き家は市内に820件あるとよ。', 'confidential/staff-only:block:庁内で取りまとめ中の段階やけど'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(confidential, text))).toContain(expected)
  })
  it.each([
    // a tally announced as in progress, a public preliminary figure, a published result
    '空き家の実態調査は、現在庁内で集計中です。結果は3月に市ホームページで公表します。',
    '期日前投票の状況（速報値）は、選挙管理委員会のホームページで毎日お知らせしています。',
    'アンケートの回答は現在集計中です。ご協力いただいた1,024人の皆さま、ありがとうございました。',
    '庁内で集計した結果を、市ホームページで公表しました（回答数1,234件）。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('confidential (5(1)): an item put into a budget or a bill before it goes to the council (round 43)', () => {
  it.each([
    ['空調の入れ替え工事、まだ議会に出す前の補正予算案にこっそり入れてもらったので、秋には快適になりますよ。', 'confidential/budget:block:議会に出す前の補正予算案にこっそり入れ'],
    ['3月議会に提出する前の当初予算案に、図書館の空調更新が盛り込まれています。', 'confidential/budget:block:議会に提出する前の当初予算案に、図書館の空調更新が盛り込'],
    ['上程前の予算案には、通学路の防犯カメラ20台分が入っとります。', 'confidential/budget:block:上程前の予算案には、通学路の防犯カメラ20台分が入っ'],
    ['公表前の条例案に、ポイ捨ての過料を入れる方向です。', 'confidential/budget:block:公表前の条例案に、ポイ捨ての過料を入れ'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(confidential, text))).toContain(expected)
  })
  it.each([
    // a bill published, a draft put out for comment, residents asked before an item is put in, a bill passed
    '6月議会に提出する補正予算案に、物価高騰対策の給付金を盛り込みました。議案は市ホームページでご覧いただけます。',
    '議会に提出する前の条例案について、市民の皆さまのご意見を募集します（パブリックコメント）。',
    '予算案に盛り込む前に、地域の皆さんのご意見を伺う説明会を開きます。',
    '議会で可決された補正予算に、図書館の空調更新が盛り込まれています。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('confidential (5(1)): asked in English to keep a matter of the city quiet (round 43)', () => {
  it.each([
    ['Good news! Okinohata will get new signs. The contract (¥4.8M) was signed internally last week — official announcement is next month, so keep it between us 🤫', 'confidential/pre-release:block:keep it between us'],
    ['Just between you and me: the budget for the new library is ¥1.2 billion.', 'confidential/pre-release:block:Just between you and me'],
    ['新しいバス路線が決定しました。Official release is next month, so keep this under wraps 🤐', 'confidential/pre-release:block:keep this under wraps'],
    ['A hotel chain has signed a deal to open near the station. Don’t tell anyone yet!', 'confidential/pre-release:block:Don’t tell anyone'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(confidential, text))).toContain(expected)
  })
  it.each([
    // a scam warning quoting the line, a friendly aside about a view, a joke about an event
    'Scammers may say "keep it between you and me" about a cheap contract. Never share your bank details.',
    'Just between us, the sunset at Okinohata is the best in town 🌅',
    '「keep it between us」と持ちかける投資話は詐欺です。ご注意ください。',
    'The lantern festival is next Saturday. Don’t tell anyone... just kidding, tell everyone! 🏮',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('confidential (5(1)): a choice nearly settled while the contract with the other party is still to come (round 43)', () => {
  it.each([
    ['来年の二十歳を祝う会の記念ゲストは、柳川出身のあの俳優さんでほぼ決まっています🎉 事務所との契約がまだなのでお名前は出せませんが、お楽しみに！', 'confidential/pre-release:block:ほぼ決まっています'],
    ['花火大会のゲストは地元出身の歌手の方でほぼ決まっています。事務所との契約はこれからです。', 'confidential/pre-release:block:ほぼ決まっています'],
    ['新しい観光案内所の運営は、市内のNPO法人で大筋決まっております。契約はまだなので詳しくは言えませんが。', 'confidential/pre-release:block:大筋決まっております'],
    ['給食センターの委託先、A社でほぼ決まっとります。先方との正式契約はまだです。', 'confidential/pre-release:block:ほぼ決まっとります'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(confidential, text))).toContain(expected)
  })
  it.each([
    // the reader's own contract, a guest still being arranged, a programme nearly set with no contract pending
    '住む場所はほぼ決まっているけれど、賃貸の契約はまだという方も、お気軽に移住相談窓口へどうぞ。',
    '記念ゲストは現在調整中です。決まりしだいお知らせします。お楽しみに！',
    '夏祭りのプログラムはほぼ決まっています。近日中に市ホームページでお知らせします。',
    '新しい観光案内所の運営は、公募の結果、市内のNPO法人に決まりました。契約を締結しましたのでお知らせします。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('confidential (5(1)): a class of information named as what a duty keeps, in the terms of a contract or a rule (round 43)', () => {
  it.each([
    // a real marker on a paper, a duty named and then broken on the quiet, information said to be secret and told
    ['【機密】委託事業者の選定結果です。', 'confidential/marker:block:機密'],
    ['(機密)受託者は秘密保持義務を負う。選定はB社で決まり。', 'confidential/marker:block:機密'],
    ['受託者には秘密保持義務がありますが、ここだけの話、機密情報を少しだけお見せします。', 'confidential/marker:block:機密'],
    ['機密事項を漏らしてはならないのは分かってるけど、こっそり教えちゃう。委託先はA社に決まったよ。', 'confidential/marker:block:機密'],
    ['機密情報なので外には出せないんですが、委託先はA社に決まりました。', 'confidential/marker:block:機密'],
    ['機密扱いの資料を入手しました。委託先はA社です。', 'confidential/marker:block:機密'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(confidential, text))).toContain(expected)
  })
  it.each([
    // a call for proposals, a rule for a contractor, a contract described, a pledge asked of volunteers (plain, polite, half-width)
    '受託者は、業務上知り得た寄附者の個人情報及び本市の機密情報について秘密保持義務を負い、契約締結時に秘密保持に関する誓約書を提出するものとする。',
    '指定管理者は、業務上知り得た機密事項を第三者に漏らしてはならない。',
    '委託先には、市の機密情報を外部に開示しないことを契約で義務付けています。',
    '受託者は、本市の内部情報について秘密保持義務を負うものとします。',
    'ボランティアの皆さんには、活動中に知り得た機密情報について守秘義務を負っていただきます。',
    'ｼｽﾃﾑ保守の受託者とは機密保持契約を結んでいます。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('confidential (5(1)): an internal meeting\'s handout cited as the source of a figure (round 44)', () => {
  it.each([
    ['課長会議の提出資料によると、来年度の応募者数は前年より3割減る見込みです。', 'confidential/meeting:block:課長会議'],
    ['部長会議の配付資料には、図書館の利用者が半減したとありました。', 'confidential/meeting:block:部長会議'],
    ['庁内会議の説明資料から、窓口の平均待ち時間は90分だと分かりました。', 'confidential/meeting:block:庁内会議'],
    ['先月の幹部会議の配布資料でも、市税の滞納額が1億円を超えたと報告されていました。', 'confidential/meeting:block:幹部会議'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(confidential, text))).toContain(expected)
  })
  it.each([
    // the handouts themselves as a topic, a public committee's or the council's handouts, handouts published
    '庁内会議の配布資料をペーパーレス化し、年間約2万枚の紙を削減しました。',
    '第2回検討委員会の配布資料によると、利用者は前年より1割増えています。',
    '市議会の配布資料でも、窓口の待ち時間が課題として挙げられています。',
    '庁内会議の配布資料は、会議録とともに市ホームページで公開しています。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('confidential (5(1)): who is to be given a post, told as being arranged inside (round 44)', () => {
  it.each([
    ['副市長には、現在の総務部長を充てる方向で調整が進んでいることが関係者への取材で分かった。', 'confidential/personnel:block:副市長には、現在の総務部長を充てる方向で調整'],
    ['次の教育長について、元県教委の課長の女性を起用する方針を固めたという。議会への提案は6月の見込み。', 'confidential/personnel:block:教育長について、元県教委の課長の女性を起用する方針を固め'],
    ['市は、元校長の男性を教育長に起用する方向で最終調整している。', 'confidential/personnel:block:を教育長に起用する方向で最終調整'],
    ['代表監査委員には、元会計管理者の男性を選任する案で調整中です。正式発表はまだ先です。', 'confidential/personnel:block:代表監査委員には、元会計管理者の男性を選任する案で調整'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(confidential, text))).toContain(expected)
  })
  it.each([
    // the appointment made, put to the council, announced; a scam quoting the line; a mascot or a host chosen
    '新しい教育長に田中太郎氏が就任しました。3月議会で同意を得て、4月1日付で任命しました。',
    '市は、教育長に元小学校長の田中氏を任命することについて同意を求める議案を3月議会に提出しました。',
    '市長は会見で、次期教育長に元校長の田中氏を起用する方針を明らかにした。',
    '「あなたを課長に起用する方向で調整中です」などと持ちかける不審なメールにご注意ください。',
    '観光大使には、地元出身の歌手を起用しました。ポスターは市内各所に掲示しています。',
    'イベントの司会には、地元のアナウンサーを起用する予定です。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('confidential (5(1)): round 45/46 kinds', () => {
  const rules = (text: string): string[] => summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))
  it.each([
    // the reader asked not to tell anyone, in any register (R45A-108)
    ['新しい指定管理者はA社で調整中です。皆さま、くれぐれも口外なさらぬようお願いいたします。', 'confidential/staff-only:block:口外なさらぬよう'],
    ['来年度の異動の件、まだ他言しないでくださいね。', 'confidential/staff-only:block:他言しないでください'],
    ['補助金の配分額は内定段階です。関係者の方は口外をお控えください。', 'confidential/staff-only:block:口外をお控えください'],
    // not yet public, with an outward adverb and any noun of what is told (R45A-110)
    ['まだ一般には公表していない計画ですが、来年度に体育館を建て替えます。', 'confidential/pre-release:block:まだ一般には公表していない'],
    ['プールの閉鎖日は、まだ正式には発表されていない日程なので、ここだけの話です。', 'confidential/pre-release:block:まだ正式には発表されていない日程なので'],
    // figures before their report, in the noun form, posted anyway (R45A-128)
    ['今年の空き家は市内で412件でした。県への提出前のデータですが、参考までに掲載します。', 'confidential/pre-release:block:提出前のデータ'],
    ['待機児童は38人です。この数字は議会への説明前のものです。', 'confidential/pre-release:block:議会への説明前のもの'],
    // an internal meeting of any kind, then what was said in it (R46A-062)
    ['課内の振り返り会では、案内表示がわかりにくかったと係長が叱られていました。', 'confidential/meeting:block:課内の振り返り会'],
    ['庁内の朝礼で、窓口の対応が遅いと部長から指摘がありました。', 'confidential/meeting:block:庁内の朝礼'],
    // a decision told ahead of its release, in keigo (R46A-143)
    ['選考の結果、新しい愛称が決定いたしました。発表は来月の予定でございますが、事前にお伝えいたします。', 'confidential/pre-release:block:発表は来月の予定でございますが'],
    ['給食費の改定額が決まりました。公表は明日ですが、先にご報告します。', 'confidential/pre-release:block:公表は明日ですが'],
  ])('flags %s', (text, expected) => {
    expect(rules(text)).toContain(expected)
  })
  it.each([
    // a counsellor's promise of secrecy, a training on it, an awareness post
    'ご相談の内容を口外することはありません。安心してご相談ください。',
    '職員研修で、業務上知り得た情報は口外しないよう徹底しました。',
    // a result still to come, announced as such
    '結果はまだ一般には公表していません。公表され次第お知らせします。',
    // figures published, a report given to the council
    '待機児童数を議会に報告しました。詳しくは市ホームページをご覧ください。',
    // residents' and volunteers' debriefs, a school's morning assembly
    'ボランティアの皆さんと反省会を行い、来年に向けた意見をいただきました。',
    '小学校の朝礼で、交通安全について警察の方からお話をいただきました。',
    // the city's own announcement with a date, an advance notice of a schedule
    '記者会見は明日10時からの予定でございますが、会場は市役所3階です。',
    '説明会の日程をあらかじめお知らせいたします。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('confidential (5(1)): round 47 kinds', () => {
  const rules = (text: string): string[] => summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))
  it.each([
    // a scoring or evaluation sheet marked (非公開) read and told; the gap between bidders in points, before the result is out (R47A-032)
    ['市営駐車場の指定管理者の選定について、たくさんのお問い合わせをいただいています。\n\n選定委員会の採点表（非公開）を見ると、上位2社の差はわずか3点でした。結果の正式な公表は来月になりますので、もうしばらくお待ちください。', 'confidential/marker:block:採点表（非公開）'],
    ['プロポーザル審査の評価表（非公開）によると、A社が82点でトップでした。', 'confidential/marker:block:評価表（非公開）'],
    ['指定管理の審査、両社の差はたった2点やったです。びっくり。', 'confidential/pre-release:block:両社の差はたった2点'],
    ['プロポーザルでは、1位と2位の差がわずか0.5点だったそうです。', 'confidential/pre-release:block:1位と2位の差がわずか0.5点'],
    ['業者選定の結果、上位2社の差は約4点でした。各社への通知はこれからです。', 'confidential/pre-release:block:2社の差は約4点'],
    // a named internal meeting's papers run together with its name, cited as the source (R47A-055)
    ['ご質問ありがとうございます。移住支援金の来年度の扱いについては、先日の庁議資料では、上限額を現在の100万円から50万円に引き下げる案が示されております。正式には予算の議決後にお知らせいたします。', 'confidential/meeting:block:庁議'],
    ['部長会議資料によると、来年度は公用車を20台減らすことになっとります。', 'confidential/meeting:block:部長会議'],
    ['課長会議資料では、窓口のキャッシュレス化を来年1月から始めると書いてありました。', 'confidential/meeting:block:課長会議'],
    ['幹部会議メモを見ると、花火大会の予算は今年より2割少なくなりそうです。', 'confidential/meeting:block:幹部会議'],
    // a paper marked or said to be before its submission to the council, cited (R47B-019)
    ['12月定例会一般質問の通告が締め切られた。質問者は14名で、学童保育の待機児童対策、子どもの貧困対策、道路の老朽化対策などが取り上げられる。なお、答弁書案（議会提出前）では、学童保育の運営を令和9年度から民間に委託する考えを示すとしている。', 'confidential/marker:block:（議会提出前）'],
    ['条例改正案（議会上程前）によると、犬の登録手数料は3,000円に上がります。', 'confidential/marker:block:（議会上程前）'],
    ['議会提出前の答弁書案では、市長は民間委託に前向きな考えを示すことになっています。', 'confidential/marker:block:議会提出前の答弁書案では'],
    ['委員会への報告前の資料によると、待機児童は42人に増えとるです。', 'confidential/marker:block:委員会への報告前の資料によると'],
    ['【公表前】補正予算の主な事業を一覧にしました。', 'confidential/marker:block:【公表前】'],
    // a paper made for examiners, judges or staff, shown (R47B-140)
    ['面接官用の評価シート、特別にちょっとだけ見せちゃいます👀📋 「協調性」「積極性」「市政への理解」の3項目を5段階で採点してて、合格ラインは合計11点以上なんです！\n#柳川市 #採用試験 #公務員試験', 'confidential/staff-only:block:面接官用の評価シート、特別にちょっとだけ見せ'],
    ['審査員用の採点基準、ここだけの話ちょっとだけ公開しますね。', 'confidential/staff-only:block:審査員用の採点基準、ここだけの話ちょっとだけ公開'],
    ['試験官用マニュアルをこっそりアップしとくけん、受験生のみんな参考にしてね。', 'confidential/staff-only:block:試験官用マニュアルをこっそりアップ'],
    ['選考委員向けの質問リストを少しだけご紹介します！面接ではこれが聞かれますよ。', 'confidential/staff-only:block:選考委員向けの質問リストを少しだけご紹介'],
  ])('flags %s', (text, expected) => {
    expect(rules(text)).toContain(expected)
  })
  it.each([
    // a non-public sheet named in a notice, a result published, a sports score, a roster kept
    '審査の採点表（非公開）は、情報公開制度による開示請求の対象です。',
    'プロポーザルの審査結果を市ホームページで公表しました。上位2社の差は3点でした。',
    '市民ソフトボール大会、1位と2位の差はわずか3点でした！',
    '参加者名簿（非公開）は事務局で厳重に管理します。',
    // meeting papers published or as a topic, a decision announced
    '庁議資料は、市ホームページで公開しています。',
    '庁議資料の作り方について、若手職員向けの研修を行いました。',
    '3月の庁議で決定した行政改革大綱を、市ホームページで公表しました。',
    // a resident's form before submission, answers in the published minutes, a public comment before the council
    '確定申告書は提出前にもう一度ご確認ください。',
    '答弁書の内容は、定例会の会議録で公開しています。',
    '議会に提出する前に、パブリックコメントでご意見を募集します。',
    '請願書の提出前に、紹介議員の署名が必要です。',
    // a car park for judges, a sheet named for its use, one not shown, papers published, a staff manual used in training
    '審査員用の駐車場は市役所北側です。',
    '面接官用の評価シートに沿って、公平に採点しています。',
    '面接官用の評価シートは非公開のため、お見せできません。',
    '委員用の資料は、会議終了後に市ホームページで公開します。',
    '職員向けの防災マニュアルを改訂し、研修で共有しました。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('confidential (5(1)): round 48 kinds', () => {
  const rules = (text: string): string[] => summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))
  it.each([
    // a press release fixed for later with the release word after the time, then told ahead (R48A-053)
    ['給食センターの異物混入の件、記者発表資料は明日10時解禁ですが、保護者の皆さまに早くお伝えしたいので先にお知らせします。混入した金属片は、調理機器の部品の一部と判明しました。', 'confidential/pre-release:block:記者発表資料は明日10時解禁ですが'],
    // …the same kind in other words, registers and dialect
    ['プレスリリースは来週月曜の解禁なんですが、一足早くお伝えします。新図書館の開館日は4月1日に決まりました。', 'confidential/pre-release:block:リリースは来週月曜の解禁なんですが'],
    ['報道資料は17日解禁ですけど、待ちきれないので先にお知らせしますね。ごみ袋の値段は据え置きです。', 'confidential/pre-release:block:報道資料は17日解禁ですけど'],
    ['記者会見は明後日15時の予定でございますが、市民の皆さまにいち早くご報告いたします。新しい体育館の建設地は旧南中跡地です。', 'confidential/pre-release:block:記者会見は明後日15時の予定でございますが'],
    ['発表資料はあしたの午後解禁やけど、早う知らせたかけん先に書いとくね。花火大会は今年から有料席ができます。', 'confidential/pre-release:block:発表資料はあしたの午後解禁やけど'],
    // a paper of a selection used by the examiners or marked (非公開), its content told (R48A-113)
    ['保育士さん大募集中です👶🌸\n面接が不安…という方のために、今回だけ特別に、面接官が使う評価シート（非公開）の項目をちょっとだけ教えちゃいます🤫「笑顔」「声の大きさ」「前職の退職理由」が配点高めですよ〜！\n#柳川 #保育士募集 #保育園', 'confidential/staff-only:block:面接官が使う評価シート（非公開）の項目をちょっとだけ教え'],
    ['審査員が使っている採点基準、今回は特別にこっそりお見せしますね✨', 'confidential/staff-only:block:審査員が使っている採点基準、今回は特別にこっそりお見せ'],
    ['面接官が使っとる評価シート、今日は特別にチラ見せしちゃいます📋', 'confidential/staff-only:block:面接官が使っとる評価シート、今日は特別にチラ見せ'],
    ['採用面接で使用する評定表（非公開）の着眼点を、受験を考えている方にお伝えいたします。', 'confidential/staff-only:block:評定表（非公開）の着眼点を、受験を考えている方にお伝え'],
    ['配点表（非公開）から、今年の傾向をちょっとだけ紹介するけんね。', 'confidential/staff-only:block:配点表（非公開）から、今年の傾向をちょっとだけ紹介'],
    ['選考委員が見る評価表（非公開）のポイント、特別に教えるね😉', 'confidential/staff-only:block:選考委員が見る評価表（非公開）のポイント、特別に教え'],
  ])('flags %s', (text, expected) => {
    expect(rules(text)).toContain(expected)
  })
  it.each([
    // a release time given with where to look, logistics told first, a fishing season, a deadline
    '記者発表資料は明日10時に市ホームページに掲載します。',
    '記者会見は明日10時の予定ですが、会見の内容は終了後に市ホームページでお知らせします。',
    '記者会見は明日10時の予定ですが、先に会場の地図と取材の申込方法をお知らせします。',
    '報道発表は明日ですが、取材のお申し込みは本日17時までに先に広報課へお願いします。',
    'アユ漁は明日6時解禁ですが、増水に十分ご注意ください。',
    'アユ漁は明日6時解禁ですが、先に釣り場のマナーをお知らせします。',
    '記者会見は明日の午後ですが、会場は本庁舎3階です。',
    // a sheet said not to be shown, named in a notice or a disclosure request, a roster kept, a room for judges
    '面接官が使う評価シートは非公開のため、お見せできません。',
    '評価シート（非公開）の項目はお伝えできませんが、面接では落ち着いてお話しください。',
    '評価シート（非公開）の開示請求は、情報公開窓口で受け付けています。',
    '面接では、面接官が評価シートに沿って質問します。',
    '面接官が使う評価シートの項目は、募集要項で公開しています。',
    '審査員が使う控室をご案内します。',
    '審査員の皆さんが使う会場の案内図をお見せします。',
    '参加者名簿（非公開）は事務局で厳重に管理し、ほかの目的には使いません。',
    '応募用紙（様式1）の書き方を、説明会でご紹介します。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('confidential (5(1)): round 49 kinds', () => {
  const rules = (text: string): string[] => summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))
  it.each([
    // a press release bound to a later time said attributively (明日10時解禁の記者発表資料), its content told ahead (R49A-032)
    ['【ふるさと納税に関する報道について】\n明日10時解禁の記者発表資料の内容を、先行してお知らせします。返礼品事業者2社について、寄附額の水増し請求が計約860万円あったことを市の調査で確認しました。', 'confidential/pre-release:block:明日10時解禁の記者発表資料'],
    // …the same kind in other words, registers and dialect, the adverb before or after
    ['来週月曜解禁予定のプレスリリース、ひと足お先にご紹介しますね。新しい子育て支援金は1人5万円です。', 'confidential/pre-release:block:来週月曜解禁予定のプレスリリース'],
    ['先行して、17日公表予定の資料の中身をお伝えいたします。市民プールは来年度で閉鎖となります。', 'confidential/pre-release:block:17日公表予定の資料'],
    ['あした午後解禁の報道資料ばってん、待ちきれんけん先に書いとくね。花火大会は有料席ができるよ。', 'confidential/pre-release:block:あした午後解禁の報道資料'],
    ['明後日の会見で発表する内容を、解禁を待たずにお知らせします。新庁舎の建設地は旧南中跡地です。', 'confidential/pre-release:block:明後日の会見で発表する内容'],
    // judging criteria kept inside, cited as the basis, their content told (R49A-076)
    ['ご質問ありがとうございます。指導員の選考は、課内で使っている非公開の採点表にもとづき、面接60点未満の方は不採用としております。昨年度は応募者23名のうち9名が基準に届きませんでした。', 'confidential/staff-only:block:課内で使っている非公開の採点表'],
    // …the same kind: a weighting, a ratio, dialect, an examiners' paper
    ['内部の選考基準では、面接の配点が一番高くなっています。', 'confidential/staff-only:block:内部の選考基準'],
    ['評価表（非公開）に沿って、7割に届かない方は二次に進めない決まりです。', 'confidential/staff-only:block:評価表（非公開）'],
    ['課内で使いよる審査基準やと、書類で50点以下は落とすっちゃん。', 'confidential/staff-only:block:課内で使いよる審査基準'],
    ['面接官用の評定表に従い、40点を下回った受験者は不合格といたしました。', 'confidential/staff-only:block:面接官用の評定表'],
    // a secrecy prefix that marks a document or information stays a marker (alone, before a document noun, a verb, a label before a title)
    ['【マル秘】の資料です。', 'confidential/marker:block:【マル秘】'],
    ['㊙資料を共有します。', 'confidential/marker:block:㊙'],
    ['「マル秘資料」を共有します。', 'confidential/marker:block:「マル秘資料」'],
    ['これは極秘扱いの文書です。', 'confidential/marker:block:極秘'],
    ['極秘入手した資料を載せます。', 'confidential/marker:block:極秘'],
    ['ﾏﾙ秘　黄砂飛来時の屋外イベント中止基準（庁内検討用・案）：PM2.5の予測値が日平均70を超えたら、前日15時に中止判断とする。', 'confidential/marker:block:ﾏﾙ秘'],
    ['【マル秘 来年度予算】財政課との調整状況', 'confidential/marker:block:【マル秘 来年度予算】'],
  ])('flags %s', (text, expected) => {
    expect(rules(text)).toContain(expected)
  })
  it.each([
    // a release time with where to look, the papers handed to the press, a fishing season, logistics told first
    '明日10時解禁の記者発表資料は、解禁後に市ホームページでお知らせします。',
    '明日10時解禁の記者発表資料を、報道各社へ先に配布しました。',
    '明日解禁のアユ漁の情報を先にお知らせします。',
    '明日解禁の記者発表の会場と取材の申込方法を、先にお知らせします。',
    '明日公表予定の資料は、市ホームページに掲載します。',
    // criteria named as the basis with nothing told, criteria published, a non-public handling of papers, an answer refused
    '選考は、非公開の採点表に基づき厳正に審査します。',
    '面接は、課内で定めた評価基準に基づいて公平に行います。',
    '採点基準は募集要項で公開しています。筆記60点以上の方が面接に進めます。',
    '応募書類は非公開で取り扱い、採点基準に基づき60点以上の方を面接にご案内します。',
    '内部の評価基準では、合否はお答えできません。',
    // a secrecy prefix run on to a playful head: an event's plan, a recipe, a mission, a tip (R49A-138)
    '市民体育祭まであと1週間！各地区の応援団は、当日に向けた「マル秘作戦」を練っているそうです。どんな応援が飛び出すか、お楽しみに！',
    '応援団のマル秘作戦を練っています。',
    '料理教室で、先生の㊙レシピを教わりました。',
    '当日は、キャラクターたちの極秘ミッションも！お楽しみに。',
    '栄養士さん直伝、まる秘テクニックで野菜嫌いを克服！',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('confidential: what people present at an event, previewed, is no press release told early', () => {
  it.each(['来週発表する子どもたちの研究の内容を、一足先にご紹介します。', '生徒の研究発表を一足先にご紹介します。来週の発表会をお楽しみに。', '成果発表会で披露する受講生の作品を、一足早くお見せします。来週発表です。'])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each(['来週発表する予算案の内容を、一足先にお知らせします。', '明日の記者会見で発表する内容を一足先にお伝えします。'])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.severity === 'block')).toBe(true)
  })
})

describe('confidential: what a police or coast-guard inquiry recorded, cited as the source of what is told (blind R52A-070)', () => {
  it.each([
    '昨日から報道されている川下り船の転覆事故について、多くのお問い合わせをいただいています。\n\n乗船されていたお客様は全員救助され、命に別条はないと聞いています。警察から市に共有された非公開の事情聴取メモによると、船頭の方は前夜に深酒をしていたとのことで、運航事業者にも確認中です。\n\n詳しいことが分かり次第お知らせします。',
    '県警から提供を受けた捜査資料によれば、出火元は倉庫の配電盤だったそうです。',
    '警察の方に見せてもろうた取り調べのメモだと、運転手は居眠りしとったらしいです。',
    '警察署から届いた供述調書の写しを見ると、男性は「ブレーキが効かなかった」と話しています。',
    '海上保安部の聴取記録では、船長は見張りを怠っていたとされています。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule === 'confidential/investigation' && f.severity === 'block')).toBe(true)
  })
  it.each([
    '事故の原因については、現在警察が事情聴取を行っており、市からはお答えできません。',
    '警察の発表によると、乗客は全員救助されたとのことです。',
    '県警が公表した捜査結果によると、出火原因は放火ではありませんでした。',
    '公聴会での意見聴取の記録によると、多くの市民が計画に賛成でした。',
    '事情聴取の記録は警察が管理しており、市では内容を把握していません。',
    '県警の捜査資料によると、運転手は前夜に飲酒していたと報道されています。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it('a record quoted as a rumour is a mention', () => {
    expect(findingsOf(confidential, '「警察の事情聴取メモによると…」といった根拠のない書き込みが出回っていますので、ご注意ください。').filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: a quoted marker stamped on a paper the post shows (blind R53A-038)', () => {
  // 「取扱注意」のハンコが押してある + a paper + a showing (一枚だけ📸, 写真でお見せ, 撮ってみました, アップ): the marker is on the document
  // the post photographs, not a word talked of — even when an awareness word (ポスター) makes the bracket look like a mention.
  it.each([
    ['商工観光課の会議資料、表紙に「取\u200b扱\u200b注\u200b意」のハンコが押してあるけど、来年のさげもんポスター案がかわいすぎるので一枚だけ📸✨ みんなはどっちが好き？ #柳川 #さげもん #デザイン', '「取\u200b扱\u200b注\u200b意」'],
    ['「部外秘」のハンコが押された会議資料ですが、中の地図がよくできているので写真でお見せします。', '「部外秘」'],
    ['『取扱注意』の印が押してある書類だけど、表紙のイラストがかわいいので撮ってみました📷 ポスター案もいい感じ！', '『取扱注意』'],
    ['「関係者限り」ってスタンプが押してある資料やけど、デザインがよかけん1枚だけアップ！', '「関係者限り」'],
    ['「取扱注意」の印が押されております資料ですが、ポスター案の部分を写真でご紹介いたします。', '「取扱注意」'],
  ])('blocks %s', (text, excerpt) => {
    const f = findingsOf(confidential, text).filter((x) => x.rule === 'confidential/marker' && x.severity === 'block')
    expect(f.map((x) => text.slice(x.start, x.end))).toContain(excerpt)
  })
  it.each([
    '「部外秘」のハンコが押された資料を写真に撮ってSNSに載せるのはやめましょう。',
    '情報セキュリティ研修では、「取扱注意」のハンコが押された資料の扱い方をポスターで学びました📸',
    '市の防災ポスター「取扱注意！天ぷら油の火」の原画を写真でご紹介します。',
    '「検査済」のハンコが押してある資料、一枚だけ📸 ポスター案の色見本です。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: handle-with-care as a parcel label is no classification (blind KF-001)', () => {
  // The marker of the handle-with-care kind on goods sent (割れ物, 梱包, 発送, 返礼品), with no paper or data in the sentence.
  it.each([
    'ふるさと納税の返礼品（ガラス工芸品）は割れ物のため、箱に「取扱注意」のシールを貼ってお届けします。',
    '陶器のお皿は割れやすいので、「取扱注意」のラベルを貼って発送しています。',
    'ワレモノ・取扱注意のシールは、郵便局の窓口でもらえます。',
    '梱包した荷物には【取扱注意】のステッカーを貼ってお渡しします。',
    'お中元の瓶詰めは割れ物なので、取扱注意のシールを貼って宅配便でお送りします。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    ['「取扱注意」のシールが貼られた資料の箱ですが、中身の書類を少しだけお見せします。', '「取扱注意」'],
    ['【取扱注意】返礼品の発送先名簿（寄附者一覧）です。', '【取扱注意】'],
    ['取扱注意の書類を段ボールに詰めて発送しました。中身の一部を写真で載せます。', '取扱注意'],
    ['返礼品事業者の取扱注意の見積書を共有します。', '取扱注意'],
  ])('blocks %s', (text, excerpt) => {
    expect(summary(findingsOf(confidential, text))).toContain(`confidential/marker:block:${excerpt}`)
  })
})

describe('confidential: a quoted marker named as a class of papers in a lesson on handling them (blind KF-002)', () => {
  it.each([
    '「取扱注意」のハンコが押された書類は、机の上に置いたままにしないよう気をつけましょう。',
    '「部外秘」の印が押された資料は、使い終わったら必ず鍵のかかる棚に保管しましょう。',
    '『取扱注意』のスタンプがある書類を、外に持ち出さないようにしましょう。',
    '「庁内限り」のスタンプが押された書類は、使い終わったらシュレッダーにかけましょう。',
    '「関係者限り」と書かれた文書は、コピーを取らないよう注意してください。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    ['「取扱注意」のハンコが押された書類ですが、中身を少しだけお見せします。', '「取扱注意」'],
    ['「部外秘」の印が押された研修資料を、特別にこっそり公開します。', '「部外秘」'],
    ['「取扱注意」のハンコが押された書類、机の上に置きっぱなしだったので写真を撮っておきました📸', '「取扱注意」'],
    ['「取扱注意」のハンコが押された書類は、置いたままにしないよう気をつけましょう。中身はこちらの写真のとおりです📸', '「取扱注意」'],
  ])('blocks %s', (text, excerpt) => {
    expect(summary(findingsOf(confidential, text))).toContain(`confidential/marker:block:${excerpt}`)
  })
})

describe('confidential: a marker given as the reason a paper is not shown (blind KF-003)', () => {
  // 内部資料のため…お見せできません: a refusal; told anyway after it (少しだけ公開, a figure, 中身をご紹介すると) stays a marker.
  it.each([
    '会議の資料は内部資料のため写真はお見せできませんが、議論の様子を文章でお伝えします。',
    '配布された資料は内部資料のため掲載できません。ご了承ください。',
    '説明会のスライドは庁内資料なので公開できませんが、当日の雰囲気を写真でご紹介します。',
    '当日の資料は部外秘のため、お配りできません。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    '内部資料のため本来はお見せできませんが、特別に少しだけ公開します。',
    '内部資料のため写真はお見せできませんが、来年度の補助金は3割減と書いてありました。',
    '内部資料なので写真は載せられませんが、中身をご紹介すると、新しい道の駅の候補地は3か所です。',
    '内部資料ですが、写真でお見せします。',
  ])('blocks %s', (text) => {
    expect(summary(findingsOf(confidential, text))).toContain('confidential/marker:block:内部資料')
  })
})

describe("confidential: a section's own review named as the source of an improvement (blind KF-006)", () => {
  it.each([
    '課内の反省会で出た意見をもとに、来年の窓口案内を改善します。',
    '係内の振り返りで出た声を生かして、次回の教室ではもっと分かりやすい資料を用意します。',
    '課内ミーティングで出たアイデアを参考に、図書館の掲示を工夫しました。',
    '課内の打ち合わせでいただいた気づきを踏まえ、受付の手順を改善していきます。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    ['課内の反省会で出た意見ですが、「窓口の〇〇さんの対応が遅い」という声が多かったです。', '課内の反省会'],
    ['課内の反省会で、来年度は夜間窓口を廃止する方向で意見がまとまりました。', '課内の反省会'],
    ['課内の反省会で出た意見をもとに、来年は窓口の職員を2人減らすことになりました。', '課内の反省会'],
    ['課内の反省会で係長が強く反対して大荒れでしたが、窓口案内は改善します。', '課内の反省会'],
    ['部長会議で出た意見をもとに、子育て支援を充実させます。', '部長会議'],
  ])('blocks %s', (text, excerpt) => {
    expect(summary(findingsOf(confidential, text))).toContain(`confidential/meeting:block:${excerpt}`)
  })
})

describe('confidential: the formal release said to come later, then what it holds told, or asked to be kept until it (blind R54A-090)', () => {
  // 正式な公表は来週の記者発表になりますが、…約12万人で、過去最多でした: the release's content before the release, in any ending.
  it.each([
    ["お問い合わせありがとうございます。正式な公表は来週の記者発表になりますが、速報値では今年の白秋祭の来場者は約12万人で、過去最多でした。発表まではご内密にお願いいたします。", '公表は来週の記者発表になりますが'],
    ['正式には明日の定例会見で発表されますが、新しい市民プールは来年7月のオープンに決まりました。', '正式には明日の定例会見で発表されますが'],
    ['記者発表は週明けになるんですけど、ふるさと納税の寄付額は今年度も5億円を超えました。', '記者発表は週明けになるんですけど'],
    ['発表は来週やけど、今年の写真コンクールの大賞は沖端の方の作品に決まったとよ。', '発表は来週やけど'],
    ['公表は3月末の予定ですが、今年の観光客数は前年より2割多い約150万人でした。', '公表は3月末の予定ですが'],
    // asked to keep it until the release, after a figure or a decision told
    ['今年のひな祭り水上パレードの乗船者は3,200人で過去最高でした！記者発表までは内緒にしといてね。', '記者発表までは内緒にしといて'],
    ['ふるさと納税の返礼品、来年から5品目が廃止になります。解禁までは誰にも言わないでください。', '解禁までは誰にも言わないで'],
    ['川下りの乗船料、4月から大人2,000円に値上げが決まりました。公表までは、くれぐれもシェアしないでくださいね。', '公表までは、くれぐれもシェアしないで'],
  ])('blocks %s', (text, excerpt) => {
    expect(summary(findingsOf(confidential, text))).toContain(`confidential/pre-release:block:${excerpt}`)
  })
  // A release date with a notice or a wait, a venue, a figure from a published release, a teaser, a saying quoted as an example.
  it.each([
    '正式な結果発表は来週になりますが、それまでしばらくお待ちください。',
    '来場者数の正式な公表は来週の予定ですが、決まり次第ホームページでお知らせします。',
    '結果の発表は来週になりますが、当選者には個別にご連絡します。',
    '発表は来週ですが、当選者には個別にご連絡します。',
    '合格発表は来週になりますが、合格者の皆さまには郵送で通知します。',
    '記者発表は明日になりますが、会場は本庁舎3階の大会議室です。',
    '正式には来週発表しますが、詳細は市ホームページでご確認ください。',
    '白秋祭の来場者数は約12万人で、過去最多でした（3日の記者発表資料より）。',
    '出演ゲストは発表まで内緒です！お楽しみに。',
    '当選者の発表まで、しばらくお待ちください。',
    '発表までに200件の応募がありました。',
    '発表までの間、応募作品はSNS等に投稿しないでください。',
    '「正式な公表は来週になりますが、来場者は12万人でした」といった書き込みは、公表前の情報の漏えいにあたります。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: a paper marked non-public in brackets, cited as the source (blind R54A-091)', () => {
  // 庁内会議資料（非公表）によると合計で約480万円: the bracket says the paper is kept inside, the citation hands its content out.
  it.each([
    ["【さげもんめぐり 開幕】\n\n2月11日から、さげもんめぐりが始まります。期間中は市内約30か所でさげもんを展示します。\n\nなお、今年の協賛金は、庁内会議資料（非公表）によると合計で約480万円、最多は有明フーズ様の150万円でした。\n\n皆さまのお越しをお待ちしています。", '資料（非公表）'],
    ['部長会議の配布資料（非公表）では、来年度の補助額は一律2割減となっています。', '資料（非公表）'],
    ['財政課の試算（非公表）だと、改修費は総額で約3億円になるそうです。', '試算（非公表）'],
    ['課内のメモ（非公表）によると、寄付の一番多かったとは商店街の酒屋さんの50万円やったです。', 'メモ（非公表）'],
    ['実行委員会の名簿（委員限り）を見ると、今年の審査員長は県立大の先生です。', '名簿（委員限り）'],
  ])('blocks %s', (text, excerpt) => {
    expect(summary(findingsOf(confidential, text))).toContain(`confidential/marker:block:${excerpt}`)
  })
  // A person's details withheld, a published report, a public record, a list said to leave some out, a disclosure request.
  it.each([
    '感染された方の年代は60代、性別と職業は（非公表）です。',
    '協賛金の総額は実行委員会の決算報告によると約480万円でした。',
    '審議会の会議録（公開）によると、委員から駐車場の増設を求める意見が出ました。',
    '協賛企業の一覧（非公表の企業を除く）は市ホームページに掲載しています。',
    '会議資料（非公表分を除く）は情報公開コーナーで閲覧できます。',
    '資料（非公表）については、情報公開請求の手続きをご案内します。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('plainWords (the paragraph gate answers for these without a regex)', () => {
  it.each<[RegExp, string[] | undefined]>([
    [/前|公表|まだ/u, ['前', '公表', 'まだ']],
    [/打ち?合わ?せ|会議/u, ['打ち合わせ', '打ち合せ', '打合わせ', '打合せ', '会議']],
    [/[0-9０１]|半分/u, ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '０', '１', '半分']],
    [/[【\[(]|\(/u, ['【', '[', '(']],
    [/前の?/u, ['前の', '前']],
    // Not plain words: the gate only says where the pattern may match.
    [/a?/u, undefined],
    [/[^a]/u, undefined],
    [/前.後/u, undefined],
    [/(?:前|後)/u, undefined],
    [/前|後/iu, undefined],
    [/前|後/gu, undefined],
    [/前+/u, undefined],
    [/\d/u, undefined],
  ])('%s', (re, words) => {
    expect(plainWords(re)).toEqual(words)
  })

  it('gives words that each match, and that match exactly where the pattern does', () => {
    const re = /会議|打ち?合わ?せ|[A-Za-z]|\(/u
    const words = plainWords(re)!
    for (const w of words) expect(re.test(w)).toBe(true)
    for (const text of ['打ち合わせ', '打合せで', '打ち合せ', '打合わせ', '打ちせ', '会 議', 'x', '（', '(', '市の会議']) {
      expect(words.some((w) => text.includes(w))).toBe(re.test(text))
    }
  })
})

describe('confidential: round 55, a secrecy prefix named as the mark on a paper the post shows (㊙マークついてたけど…チラ見せ; blind R55A-054)', () => {
  // ㊙, マル秘, ○秘, 丸秘, 極秘 run on to マーク / スタンプ / ハンコ / シール reads like a playful compound (㊙作戦), but said to be on a
  // paper (資料, 企画書, 図面, デザイン案) that the post then shows (チラ見せ, 載せ, アップ, お見せ), it is the paper's classification.
  it.each([
    // the miss
    '㊙マークついてたけど、市民マラソンの新しい記念Tシャツのデザイン案、先にチラ見せしちゃいます👕✨ みんなどう？\n#柳川 #市民マラソン',
    // variants: another spelling of the prefix, another mark word, politeness, casual
    'マル秘マークが付いた資料ですが、写真で少しだけお見せします。',
    '極秘スタンプが押してあった企画書、こっそり載せちゃいます',
    '○秘のハンコが押された新庁舎の図面、一枚だけアップします！',
    '丸秘シール貼ってあった整備計画案、先に公開しちゃおっと',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).map((f) => `${f.rule}:${f.severity}`)).toContain('confidential/marker:block')
  })
  it.each([
    // a lesson on keeping marked papers; a mark on goods; a refusal to show; a sticker's design; a playful event; a disposal rule
    '㊙マークの付いた書類は、机の上に置いたままにしないよう気をつけましょう。',
    '応援団の㊙マーク入りうちわ、今年も配ります！写真はこちら📸',
    '㊙マークが付いた資料のため、写真はお見せできません。',
    'マル秘マークのステッカーを作りました！デザイン案を公開します',
    '㊙作戦会議の様子をご紹介します！',
    'マル秘スタンプラリー開催！台紙のデザイン案を公開します',
    '極秘マークが押された書類はシュレッダーで処分してください。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R96A, a paper with a secrecy mark cited as the source of what is told (R96A-144)', () => {
  // ㊙, マル秘, 極秘 run on to マーク / スタンプ / ハンコ on a paper (配置表, 名簿, 計画書) that the post cites (を見ると, によれば, では,
  // ば見たら) and then tells from: the marked paper's content is passed on.
  it.each([
    // the miss
    '確定申告相談会の応援体制が決まりました！㊙マークのついた配置表を見ると、今年は各課から延べ96人が応援に入ります。どの課の誰が来るかは当日のお楽しみ🤫\n#柳川 #確定申告',
    // variants: another prefix, mark word, cue, dialect, politeness
    '極秘スタンプが押してある日程表ば見たら、来月の視察は3日間やったよ。',
    '㊙マーク付きの名簿によれば、今年の参加者は120名です。',
    'マル秘マークが入った計画書では、新しい体育館は3階建てになっとるらしい。',
    '○秘のハンコが押された一覧表によりますと、対象となる路線は5本でございます。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).map((f) => `${f.rule}:${f.severity}`)).toContain('confidential/marker:block')
  })
  it.each([
    // a rule about such papers; a refusal; goods; a sticker; a lesson; a playful event
    '㊙マークのついた書類では、持ち出しが禁止されています。',
    '㊙マークのついた書類を見ても、中身はお伝えできません。',
    '㊙マーク入りのうちわを見ると、子どもたちが喜びます。',
    '㊙マークの入ったシールを見ると、子どもたちが目を輝かせます。',
    '㊙マークの付いた資料を見つけたら、机に置いたままにしないよう気をつけましょう。',
    '㊙作戦の配置表を見ると、応援団の気合いが伝わってきます！',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R112A, a secrecy mark on a figure or result shown ahead of its release (R112A-115)', () => {
  // ㊙, マル秘, 極秘, ○秘 run on to マーク / スタンプ / ハンコ said to be on a figure or a result (速報値, 検査の結果, 集計結果) that the post
  // shows or tells (見せ, 載せ, お伝え) ahead of its release (先に, ひと足先に, こっそり, 公表はまだ先): the marked figure is leaked.
  it.each([
    // the miss
    '㊙マークがついてる水質検査の速報値、ちょっとだけ先に見せちゃう😆 二ツ川クリークの大腸菌群数、基準の３倍だった…！公表はもう少し先みたい💦\n#柳川 #クリーク',
    // variants: another prefix, mark word, figure noun, cue, politeness, dialect
    'マル秘マークの付いた水質検査の結果、こっそりお見せしますね。大腸菌群数が基準を超えとりました。公表はまだ先です。',
    '極秘スタンプが押された大気測定の速報値、ひと足先に載せちゃいます！PM2.5が基準値の２倍でした。',
    '○秘のハンコが押してある検査結果ば、先に見せるけん内緒ね。プールの水から基準超えの菌が出とったとよ。',
    '㊙マークがついた集計結果を先にお伝えいたします。今年の来場者は前年の半分でした。発表はまだ先です。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).map((f) => `${f.rule}:${f.severity}`)).toContain('confidential/marker:block')
  })
  it.each([
    // the figure published or announced first; a lesson on keeping marked results; a refusal; goods with a tally; a playful compound
    '水質検査の速報値は、まとまり次第ホームページで先にお知らせします。',
    '㊙マークのついた検査結果の書類は、鍵のかかる書庫で保管してください。',
    '㊙マークが付いた速報値のため、先にお見せすることはできません。',
    '応援団の㊙マーク入りうちわ、人気投票の集計結果をお知らせします！',
    '㊙作戦の結果、クリークの水質検査の数値が基準の半分に下がりました！',
    '二ツ川クリークの水質検査の結果を公表しました。大腸菌群数は基準値以内でした。',
    'マル秘マークのシールを貼ったうちわ、先に写真でお見せします！人気投票の集計はこれからです。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R56A/R57A, a named person\'s private remark heard on duty (R56A-010)', () => {
  // A named person (…さん, …氏, 候補者, 議員) said to have let a remark slip (こぼす, 漏らす, ぼやく, 打ち明ける) in a setting of duty or
  // privacy (受付, 窓口, 相談, 廊下, 控室, 陣営の方に, 小声で): what staff heard on duty about one person, told.
  it.each([
    // the miss
    '立候補の届出受付、無事に終わりました。\n受付のあと廊下で待っていたとき、候補者の吉開 誠さんが陣営の方に「後援会の金はもう底をついとる、ポスター代も借金たい」とこぼしておられました。\n選挙戦、どうなるでしょうね。投票日は12月21日です。',
    // variants: another verb, setting, politeness, dialect, casual
    '窓口に来られた山下 健一さんが、小声で「実は店をたたむつもりなんです」と打ち明けてくれました。',
    '税の相談のあと、廊下で古賀さんが「滞納がばれたら選挙に出られん」と漏らしていました。',
    '受付が終わってから、立候補者の中島さんが陣営の人に、資金が足りないってぼやいてたよ。',
    '期日前投票所の控室で、松尾議員が「今回は正直厳しか」とこぼしとらしたです。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).map((f) => `${f.rule}:${f.severity}`)).toContain('confidential/duty-secret:block')
  })
  it.each([
    // a public talk; tears, not a remark; residents' voices unnamed; a candidate given papers; a saying quoted as an example
    '講演会では、農家の田中 誠さんが「最初の3年は赤字続きでした」と打ち明けてくださいました。',
    '表彰式の控室で、受賞者の吉開さんが涙をこぼしておられました。',
    '受付でお待ちの間、「待ち時間が長い」とこぼすお客さんもいらっしゃいました。改善に努めます。',
    '窓口で「手続きが早くて助かった」とのお声をいただきました。',
    '候補者の皆さんには、受付で「ポスター掲示場の一覧」をお渡ししました。',
    '「窓口で田中さんが『もう無理』とこぼしていた」といった書き込みにご注意ください。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R57A, an internal report cited as the source of a finding, with no figure (R57A-017)', () => {
  // 内部報告書では, 庁内の調査報告によると, 内部の検証記録だと, then a finding in the rest of the sentence (原因は, …となっています,
  // …とされています, …ことがわかっています): the content of a paper kept inside, told before the city publishes it.
  it.each([
    // the miss
    '給食の異物混入について、教育委員会の内部報告書では原因は納入業者の検品ミスとなっています。詳細は後日発表されます',
    // variants: another paper, particle, ending, register
    '庁内の調査報告によると、責任は委託先にあるとされています。公表は来月です。',
    'プール事故について、内部の検証記録だと監視員が持ち場を離れていたことがわかっています。',
    '課内の報告書を見ると、窓口の混乱は案内表示の不備が原因やったみたいです。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).map((f) => `${f.rule}:${f.severity}`)).toContain('confidential/staff-only:block')
  })
  it.each([
    // a public body's report; a report still to come; a section's format; a published review; 内部統制 named
    '第三者委員会の報告書では、原因は指導体制の不備とされています。',
    '事故の原因は、現在調査中です。内部の報告がまとまり次第、お知らせします。',
    '課内の報告書では、写真を大きく載せるようにしています。',
    '市が公表した検証報告書では、原因は確認不足とされています。詳しくは市ホームページをご覧ください。',
    '内部統制の報告書では、リスクの洗い出しが課題とされています。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R58A, an internal paper cited in English as the source (R58A-116)', () => {
  // Kind: an English post citing a paper the city keeps inside (according to our internal budget briefing, per an internal memo, from
  // the confidential draft), or a paper marked not for public release: what it says is not yet public. A published summary, the
  // Ministry of Internal Affairs, an internal medicine department, a lesson on internal papers and a result not yet announced are not this.
  it.each([
    // the miss
    'Quick update for our overseas followers: according to our internal budget briefing (not for public release), the fireworks festival budget has been cut to ¥6.2 million this year, so the show will be a little shorter. Still worth seeing!',
    // variants: per an internal memo, the marker alone, a confidential draft seen, the city's internal estimate
    'Per an internal memo, the night bus to Okinohata will stop running in October.',
    'This is not for public release yet, but the new library opens in May!',
    'From the confidential draft we saw at city hall: the canal cruise fee goes up to ¥2,000 next spring.',
    "Based on the city's internal estimate, about 40,000 visitors are expected at the lantern festival.",
  ])('blocks %s', (text) => {
    const rules = findingsOf(confidential, text).map((f) => `${f.rule}:${f.severity}`)
    expect(rules.some((r) => r === 'confidential/staff-only:block' || r === 'confidential/marker:block')).toBe(true)
  })
  it.each([
    // hard negatives
    'According to our published budget summary, the fireworks festival budget is ¥6.2 million.',
    'The Ministry of Internal Affairs and Communications announced new rules for local elections.',
    'According to the internal medicine department of the city hospital, flu cases are rising.',
    'Never post photos of internal documents on social media. Our staff training covers this.',
    'Our internal review found no problems; the full report is on the city website.',
    'The winners have not been announced yet. Stay tuned!',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R58A, a selection\'s or an internal meeting\'s paper shown in a photo (R58A-054)', () => {
  // Kind: the showing (映っているのは, 写っとるとは) and then a paper used in a selection or internal meeting (選考会議で使った…一覧) or
  // each applicant's scores (申請者ごとの指数, 受験者ごとの点数表); or the paper first and then the showing (を写真で載せます, がモニターに
  // 映り込んで). A public meeting's papers published, a briefing's slides, a tally of all and a notice of scores sent are not this.
  it.each([
    // the miss
    '保育課の会議室から📸 来年度の入園選考に向けて、職員みんなで準備中です！\nスクリーンに映っているのは、先週の選考会議で使った各園の内定者数と、申請者ごとの指数の一覧です✨ 毎年この時期はバタバタ…！\n#柳川 #保育園 #がんばる職員',
    // variants: the paper first then the photo; each examinee's scores; a paper caught on a monitor; dialect
    '審査会で配られた採点表を写真で載せます。みんな真剣に選んでます！',
    '写真に写っているのは、受験者ごとの面接の点数表です。今年も熱い戦いでした📸',
    '入所判定会で使った資料がモニターに映り込んでますが、気にせずどうぞ📷',
    'ホワイトボードに写っとるとは、選考会で使った応募者別の点数たい。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).map((f) => `${f.rule}:${f.severity}`)).toContain('confidential/meeting:block')
  })
  it.each([
    // hard negatives
    '選考会議で使った資料は、結果通知とあわせて申請者の皆さまにお送りします。',
    '入札の審査会で使った資料を市ホームページで公開しています。',
    'スクリーンに映っているのは、昨年度の入園者数の推移です。',
    '説明会で使ったスライドをホームページに載せました。',
    '申請者ごとの指数は、決定通知書でお知らせします。',
    '選考会議で使った部屋で、発表会の写真を撮りました。',
    '写真に写っているのは、会議で使った会場の案内図です。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R58A, a judging paper actually used inside, handed out (R58A-110)', () => {
  // Kind: a paper the city judges a selection with (評価シート, 採点表, 評価表, 配点表), said to be the one used inside (人事課内で実際に
  // 使っている, 庁内で使っている, 総務課で普段使っとる), then shown (写真で載せ, アップ, ご紹介, 見せちゃいます). The items named in the
  // recruiting notice, a sheet revised, one not shown, one published and a section's checklist or form for residents are not this.
  it.each([
    // the miss
    '【受験を考えている皆さんへ】\n\n今年度の柳川市職員採用試験（上級・行政）の申込受付が始まりました。面接が不安という声をよく聞くので、人事課内で実際に使っている面接評価シート（評価項目と配点）を写真で載せておきます。対策の参考にしてください！\n\n申込締切は7月18日（金）です。',
    // variants: casual with アップ, polite with ご紹介, dialect with 見せちゃいます
    '庁内で使っている昇任試験の採点表、受験する後輩のためにアップしとくね。',
    '課内で実際に使用している保育士採用の評価表を、特別にご紹介します。',
    '総務課で普段使っとる面接の評価シート、こっそり見せちゃいます😉',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).map((f) => `${f.rule}:${f.severity}`)).toContain('confidential/staff-only:block')
  })
  it.each([
    // hard negatives
    '面接評価シートの評価項目は、募集案内に載せています。',
    '課内で使っている評価シートを見直しました。',
    '人事課で実際に使っている面接評価シートは、お見せできません。',
    '人事課で使っている評価シートの項目は、受験案内で公表しています。',
    '防災課で実際に使っている備蓄チェックリストをご紹介します。',
    '課内で使っている窓口の申請書の書き方見本を載せておきます。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R59A-067, 解禁前 of a harvest or a season is no press embargo', () => {
  // Kind: 解禁前 said of a harvest or a food's season (海苔の摘み取り, 新茶, タケノコ掘り; like 漁 and 猟 before): the season opens, no
  // release is held back. 報道解禁前, 解禁前ですが and 解禁前の資料 with a result told stay flagged whatever the sentence is about.
  it.each([
    // the false positive
    '有明海の海苔の摘み取りは、解禁前に品質検査を行い、基準を満たしてから始まります。今シーズンの初摘みの様子を動画でご紹介します。',
    // same kind: tea, bamboo shoots, the nori nets set before the season
    '新茶の摘み取りは、解禁前に茶園ごとに生育を確かめてから始めます。',
    'タケノコ掘りの山は、解禁前の立ち入りをご遠慮ください。',
    '解禁前の有明海で、海苔の網の張り込み作業が進んでいます。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    // true violations sharing its words
    '報道解禁前ですが、有明海の海苔の品質検査の結果を先にお知らせします。',
    '解禁前の資料ですが、今シーズンの海苔の入札結果をお見せします。',
    '解禁前ですが、海苔の品評会の結果をお伝えします。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.severity === 'block')).toBe(true)
  })
})

describe('confidential: blind GV-025/026, confidential said of a service that keeps what people tell private', () => {
  // Kind: confidential as a promise of a service (free and confidential consultations, Consultations are free and confidential,
  // confidential counselling, everything you tell us will be kept strictly confidential, your information is treated as confidential):
  // no paper is marked. A paper after the word (confidential consultation records), a paper said confidential and a bare label stay.
  it.each([
    // the false positives
    'Multicultural Support Desk, City Hall 2F: free and confidential consultations in English, Vietnamese, Chinese, Indonesian and Nepali. Mon–Fri 9:00–16:00 / Tel 0944-77-8709 / tabunka@city.yanagawa.fukuoka.jp',
    '【多言語相談窓口のご案内 / Multilingual Consultation / Tư vấn đa ngôn ngữ】\n\n生活、仕事、子育て、税金などの困りごとを、外国語で相談できます。\n━━━━━━━━━━━━\n相談は無料です。秘密は守ります。\nConsultations are free and confidential.',
    // same kind: counselling, a promise kept strictly, advice on a hotline, residents' information
    "Confidential counselling for victims of domestic violence is available at the Women's Center.",
    'Everything you tell our advisers will be kept strictly confidential.',
    'The consumer affairs hotline offers free, confidential advice on scams.',
    'Your personal information is treated as confidential and used only for this survey.',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    // true violations sharing its words
    'CONFIDENTIAL: consultation desk staffing plan for April (draft)',
    'Confidential consultation records from the support desk show three cases in Okinohata.',
    'This consultation report is confidential, but here are the main points.',
    'Confidential support desk notes: please read before Monday.',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).map((f) => `${f.rule}:${f.severity}`)).toContain('confidential/marker:block')
  })
})

describe('confidential: a paper used or shared inside, said disclosed to the public, is no staff-only information (round 59)', () => {
  // Kind: 庁内で使用している / 課内で共有している + a paper, said to be disclosed as a standing fact (開示しています, 開示しております) or
  // open to reading at the information corner: what anyone may read is not staff-only. Not yet disclosed, shown before a request, or
  // shown on the quiet stays flagged.
  it.each([
    // the false positive
    '庁内で使用している評価シートは、情報公開請求により開示しています',
    // same kind
    '課内で共有している点検マニュアルは、市政情報コーナーで閲覧できます。',
    '庁内で使用している文書の様式は、情報公開制度に基づき開示しております。',
    '職員間で共有している業務マニュアルも、開示請求があれば開示しています。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    // true violations sharing its words
    '庁内で共有している評価シートですが、まだ開示していないので、ここだけの話で中身をお伝えします。',
    '庁内で使用している評価シート、開示請求される前に写真でアップしとくね。',
    '課内で共有している名簿は、開示できませんが、こっそり見せます。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule === 'confidential/staff-only' && f.severity === 'block')).toBe(true)
  })
})

describe('confidential: blind GX-104, a rights notice on published work (※掲載写真の無断転載・複製禁止) is copyright, not a marker', () => {
  // Kind: 複製禁止 or 転載禁止 said of photos, pictures or works the city puts out (写真の, 画像の, イラストの, 作品の), of copying without
  // leave (無断転載, 無断複製), or under a copyright line (著作権は…帰属します。複製禁止。): a notice to readers about reuse. A paper or a
  // circle inside named in the sentence or the one before (本資料, 庁内配布, 職員向け研修テキスト, 会議) keeps it a document marking.
  it.each([
    // the false positive
    '柳川の四季フォトコンテストの入賞作品を、市役所1階で展示しています📷\n※掲載写真の無断転載・複製禁止\n#柳川 #フォトコンテスト #水郷柳川',
    // variants: a picture copied without leave, a mascot's illustration in brackets, both notices, after a copyright line
    '市報の表紙写真コンテストの入賞作品です。\n※画像の無断複製禁止',
    'ほりわりんの新しいイラストができました！（イラストの転載・複製禁止）',
    '白秋祭の写真を公開しました📸 無断複製禁止・無断転載禁止です。',
    '当アカウントの投稿写真の著作権は柳川市に帰属します。複製禁止。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    // true violations sharing its words: a paper marked, a draft handed round inside, a staff training text, a bracketed marker
    '※本資料は複製禁止です。会議終了後に回収します。',
    '次期総合計画の素案です（庁内配布・無断複製禁止）',
    '職員向け研修テキストの写真です。※無断転載・複製禁止',
    '【複製禁止】令和8年度 予算要求の一覧',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule === 'confidential/marker' && f.severity === 'block')).toBe(true)
  })
})

describe('confidential: blind R62A-059, a paper only insiders may look at, then shown', () => {
  // Kind: 関係者しか / 職員しか / 関係者以外は + 見 with permission denied, in any register (見たらいかん, 見ちゃいけない, 見てはいけない,
  // 見たらだめ), said of a paper the post then presents (資料なんやけど…, a verb of showing in that sentence or the next).
  it.each([
    // the miss
    'まだ関係者しか見たらいかん資料なんやけど…来年の観光ポスターのラフ案、ちょっとだけ見せちゃう🤫💕 どれがいいと思う？\n#柳川 #観光ポスター',
    // variants: standard, keigo, 以外は, dialect だめなやつ, the showing in the next sentence
    'まだ職員しか見ちゃいけない資料ですが、新しい観光マップの試作品をちょっとだけお見せします。',
    'これ、本当は関係者以外は見てはいけない資料なんですけど、来年のイベントのチラシ案です。',
    'まだ内部の人しか見たらだめなやつやけど、新庁舎のデザイン案、チラ見せするね👀',
    '中の人しか見ちゃいけない図面です。特別に載せちゃいます。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule === 'confidential/staff-only' && f.severity === 'block')).toBe(true)
  })
  it.each([
    // hard negatives: a sign, a rule about who may look, a showing refused, a tour of a place
    '関係者以外立ち入り禁止のエリアには入らないでください。',
    '個人情報が載った名簿は、担当職員以外は見てはいけない決まりになっています。',
    '選挙の投票用紙は、開票作業の関係者以外は見てはいけないことになっています。',
    '職員しか見てはいけない資料なので、写真はお見せできません。',
    '普段は関係者しか入れない舞台裏を、見学会で特別にご案内します。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R62A-090, a matter said to be not yet out as a thing (まだ外に出ていないものですが), then told', () => {
  // Kind: まだ外に / 表に / 公に + 出ていない / なっていない, said of the matter as もの, やつ, 段階, ところ, then a concession that goes on
  // to tell it (ですが, やけど, でございますが): the writer knows it is not public and hands it out.
  it.each([
    // the miss (its paragraph)
    'ここからが本題です。県との協議の内容は、正式にはまだ外に出ていないものですが、せっかくなのでメモをそのまま載せます。\n・県道の沖端地区の拡幅は、用地交渉が難航しており、完成は当初計画から3年遅れる見通し\n・県の観光補助金は、来年度は柳川市への配分を2割減らす方向',
    // variants: plain, dialect, keigo, casual
    'まだ表に出ていないものですが、補助金の配分は2割減る方向です。',
    '協議の中身はまだ外に出とらんものやけど、メモば載せとくね。乗船場は統合する方向らしい。',
    'こちらは、まだ公になっていないものでございますが、県道の完成は3年ほど遅れる見通しです。',
    'まだ表に出てないやつなんだけど、来年度の補助金が減らされるって。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule === 'confidential/pre-release' && f.severity === 'block')).toBe(true)
  })
  it.each([
    // hard negatives: people not yet outside, goods not yet in shops, a published result, a new product
    '大雨のため、まだ外に出ていない方は無理に移動せず、安全な場所で待機してください。',
    '新しいごみ袋は、まだ店頭に出ていないものもありますが、旧袋も来年3月まで使えます。',
    '県との協議の結果は、正式に公表されたものを市ホームページに掲載しています。',
    'レッサーパンダの赤ちゃんは、まだ外に出ていないものの、新しい展示場の準備が進んでいる見込みです。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R62A-111, the record of a closed part or session cited as the source', () => {
  // Kind: 非公開部分の / 非公開とされた部分の / 秘密会の + 議事録, 会議録, 記録 (or 議事録（非公開部分）) cited as the source in any register
  // (によりますと, によると, では, ば見たら): what was said behind closed doors, told.
  it.each([
    // the miss
    'お問い合わせありがとうございます。景観審議会の非公開部分の議事録によりますと、沖端のホテル計画には委員12名中5名が反対の意見を述べております。',
    // variants: plain, the bracket form, dialect, a part said to be closed
    '審議会の非公開部分の議事録によりますと、委員の半数が反対されたとのことです。',
    '都市計画審議会の議事録（非公開部分）によると、事務局案には委員から慎重論が相次いだそうです。',
    '秘密会の会議録ば見たら、議員さんの半分が反対しとったばい。',
    '教育委員会の非公開とされた部分の会議録では、委員3名が統合に反対しておられます。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.severity === 'block')).toBe(true)
  })
  it.each([
    // hard negatives: published minutes, a disclosure notice, the public part, a record not kept
    '景観審議会の議事録によりますと、沖端のホテル計画について委員から様々なご意見をいただいております。議事録は市ホームページでご覧いただけます。',
    '非公開部分の議事録については、情報公開請求の手続きをご案内いたします。',
    '審議会の公開部分の議事録によりますと、委員12名中5名が計画に慎重な意見を述べておられます。',
    '非公開部分の議事録は作成しておりません。',
    '秘密会の開催については議会のホームページをご覧ください。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R62A-134, how a procurement evaluation went (points set against a rival, ranks turned, the panel split)', () => {
  // Kind: in a paragraph about a procurement (プロポーザル, 業者選定, 委託先 …) with no published result: one bidder's points against
  // another's (…の技術点が1位の業者より12点も高く, A社はB社を技術点で8点上回), the ranks turned by a price gap (価格点の差だけで順位が逆転),
  // or the panel's dissent (審査委員の間で異論が残りました).
  it.each([
    // the miss (its paragraph)
    '■いちばん苦労した仕事\n一番苦労したのは、川下りの乗船場周辺の案内看板を全面的に新しくした事業です。\n業者選定のプロポーザルでは、課内の審査で2位になった業者の技術点が実は1位の業者より12点も高く、価格点の差だけで順位が逆転したことに、審査委員の間で最後まで異論が残りました。',
    // variants: letters for bidders, dialect, keigo, the dissent alone, the price gap alone
    '選定委員会では、A社はB社を技術点で8点上回っていたのに、価格点の差で順位が入れ替わり、委員の間で意見が割れたままでした。',
    '指定管理のプロポーザル、実は2位の業者さんのほうが技術点は1位より10点も高かったとよ。価格で負けただけやけん、審査委員の間でもだいぶ異論が出とった。',
    '委託先選定の審査では、次点となった事業者の提案点が1位の事業者を15点上回っておりましたが、価格点の差で順位が入れ替わりました。',
    '業者選定のプロポーザルでは、審査委員の間で最後まで異論が残りました。',
    '業者選定のプロポーザルでは、価格点の差だけで順位が逆転しました。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule === 'confidential/pre-release' && f.severity === 'block')).toBe(true)
  })
  it.each([
    // hard negatives: a result published, the weighting announced, a contest of works, residents' dissent, a golf competition
    'プロポーザルの審査結果は市ホームページで公表しています。技術点は1位の事業者が2位より12点高い結果でした。',
    '今回のプロポーザルでは、技術点を価格点より重視し、技術点80点、価格点20点の配点としました。',
    'デザインコンペには全国から120点の応募があり、審査委員の間でも意見が分かれるほどの力作ぞろいでした。',
    'プロポーザル方式の導入には、市民の間にも異論があると承知しています。',
    '市民ゴルフコンペでは、最終ホールで順位が逆転しました。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind GY-002, a section\'s daily meeting described as a routine of the job', () => {
  // Kind: 課内の朝礼 / 課内ミーティング / 部内の朝会 + で(は), then what is done there every day (その日の予定, 来客, 当番, スケジュール)
  // with a verb of checking or sharing in the habitual non-past (確認します, 共有しています): nothing of one meeting told.
  it.each([
    // the false positive
    '【職員ブログ】新人職員の一日（観光課編）\n\n■8時30分　朝礼\n課内の朝礼で、その日の予定と来客を確認します。観光課では、週末のイベント情報や川下りの運航状況もここで共有します。',
    // variants: roster, a weekly schedule shared, 朝会 with 報告し合います, dialect
    '係内の朝礼で、その日の窓口当番と来客の予定を確認します。',
    '毎朝の課内ミーティングで、一日のスケジュールを共有しています。',
    '部内の朝会では、今週の予定を報告し合います。',
    '課内の朝礼で、その日の予定ば確認するとです。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    // true violations sharing its words: a past meeting with a cut told, personnel told, a remark quoted
    '課内の朝礼で、来年度から窓口が1つ減ることを確認しました。',
    '課内の朝礼で、来月の人事異動の内示を確認します。',
    '今朝の課内の朝礼で、課長から「例の件はまだ外に言うな」と言われました。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.severity === 'block')).toBe(true)
  })
})

describe('confidential: blind GY-011, an internal meeting named as the predicate (週の始まりは庁議です) tells nothing', () => {
  // Kind: 庁議 / 部長会議 / 課内の打ち合わせ + a copula (です, でした, でございます): the day's schedule, not what was said there. The で of
  // the copula is no place particle.
  it.each([
    // the false positive
    '■11月10日（月）庁議\n週の始まりは庁議です。各部長から、白秋祭の来場者数の速報や、年末に向けた防災体制について報告を受けました。白秋祭は3日間で延べ約9万人の方にお越しいただきました。',
    // variants
    '今日は朝から部長会議でした。',
    '午後は課内の打ち合わせです。',
    '月曜の朝は庁議でございます。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    // true violations sharing its words: the meeting named, then what it settled or fought over
    '週の始まりは庁議です。庁議では、体育館の建て替えを見送る方向で話がまとまりました。',
    '今日は朝から部長会議でした。部長会議では、給食費を来年度から値上げする案で揉めました。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.severity === 'block')).toBe(true)
  })
})

describe('confidential: blind GY-016, 解禁前 of a harvest named in the paragraph, not in the heading\'s sentence', () => {
  // Kind: 解禁前 in a sentence (often a heading: ■解禁前の準備が肝心) that names no season, in a paragraph that does (摘み取り, 海苔, アユ漁,
  // 新茶, 網): the season's opening. A paragraph that speaks of a release or of telling on the quiet keeps the marker.
  it.each([
    // the false positive
    '■解禁前の準備が肝心\n摘み取りの解禁前は、網や船の点検、乾燥機の整備に追われます。「解禁してから慌てんでよかように、準備が九割」と椛島さん。',
    // variants
    '■解禁前が勝負\nアユ漁の解禁前は、川の見回りが続きます。',
    '【解禁前の準備】\n新茶の摘み取りを前に、茶園では機械の手入れが続いています。',
    '解禁前の静かな海。\n海苔の摘採が始まると、港は一気ににぎやかになります。',
    '解禁前が一番忙しかとです。網の手入れに、船の整備に…と漁師さん。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    // true violations sharing its words: a release before its time, told in a paragraph about nori
    '■解禁前の情報です\n海苔の新ブランド名、報道解禁前ですが先にお見せします。',
    '■解禁前ですが\n海苔の新商品の名前、こっそり教えちゃいます。',
    '解禁前の資料です。\n有明海の海苔の新しいPRポスター、ちょっとだけお見せします。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule.startsWith('confidential/') && f.severity === 'block')).toBe(true)
  })
})

describe('confidential: blind R63A-048, what a statistical survey\'s forms hold, told by one who handled them', () => {
  // Kind: 調査票 / 回答票 / 世帯票 read or cited as the source (回収した調査票を見ていて, 調査票ば見よったら, 調査票によると), or the rounds of a
  // statistical survey (国勢調査で伺ったお宅のうち), then households or people with a count or a share (一人暮らしの高齢の方がとても多い,
  // 10軒のうち6軒, 8割): what the Statistics Act keeps secret, told.
  it.each([
    // the miss
    '国勢調査の調査員として、昭和町の担当区を回り終えました。\n回収した調査票を見ていて気づいたのは、あのあたりは一人暮らしの高齢の方がとても多いこと。10軒のうち6軒近くがそうでした。\n見守りの大切さを実感した1か月でした。',
    // variants: keigo, dialect, a form cited as the source, the rounds, a form named with the survey
    'お預かりした調査票を拝見していて感じたのは、三橋町のあの一角は空き家になっているお宅が多いということです。',
    '集めた調査票ば見よったら、あの団地は半分くらいが外国の人やったよ。びっくりした〜',
    '農林業センサスの調査員をしました。調査票によると、担当した集落では後継ぎのいない農家が8割でした。',
    '国勢調査で伺ったお宅のうち、半分以上が一人暮らしのお年寄りでした。',
    '国勢調査の回答票を整理しとったら、うちの校区は共働きの家が7割ば超えとったばい。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule === 'confidential/duty-secret' && f.severity === 'block')).toBe(true)
  })
  it.each([
    // hard negatives: how the forms are handed out and kept, a published result, how to fill them in, thanks, a city's own survey, a quiz
    '国勢調査の調査票は、調査員が各世帯に配布し、回収します。回答はインターネットでもできます。',
    '回収した調査票は統計法により厳重に管理され、統計以外の目的には使いません。',
    '国勢調査の結果（速報）によると、柳川市の一人暮らしの高齢者世帯は約6,000世帯で、5年前より多くなりました。',
    '調査票を見て記入の仕方がわからないときは、調査員か市役所にお尋ねください。',
    '調査票を見ると、多くのお宅で丁寧に書いていただいていました。ご協力ありがとうございました。',
    '空き家調査で回ったお宅のうち、3割で雨どいの破損が見つかりました。',
    'クイズの回答票を見ると、正解した人は3割でした。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: colleague (round 63), a place only insiders normally see, opened to visitors on a tour', () => {
  // Kind: 職員しか / 関係者しか + 見られない said of a place or a view (水門の内部を, 浄水場の地下を, 景色ですが, 場所ですが) in a sentence that
  // offers a visit (見学会, ツアー, 一般公開, ご案内): no paper is shown. A paper in the object (点検記録, 図面, 資料) keeps the finding.
  it.each([
    // the false positive
    '普段は関係者しか見られない水門の内部を、見学会で特別にご案内します',
    // variants: a tour, dialect ば, a view opened for a day, a control room on an open day
    '普段は職員しか見られない浄水場の地下を、夏休みの見学ツアーでご案内します。',
    'ふだんは関係者しか見られん排水機場の中ば、見学会で特別に見せますけん、ぜひ来てください。',
    '市役所の屋上は普段は職員しか見られない景色ですが、この日だけ一般公開します。',
    'クリーンセンターの中央制御室、いつもは担当者しか見られない場所ですが、施設見学デーに限り公開します。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    // true violations sharing its words: a record, a drawing or a paper shown on the tour
    '普段は関係者しか見られない水門の点検記録を、見学会で特別にお見せします。',
    '職員しか見られない水門の内部の図面を、見学会で特別に公開します。',
    '普段は職員しか見られない庁内資料を、特別にお見せします。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule === 'confidential/staff-only' && f.severity === 'block')).toBe(true)
  })
})

describe('confidential: blind GZ-053, 未定稿 as a literary term (a writer\'s unfinished manuscript)', () => {
  // Kind: 未定稿 in a sentence about a writer or literature (詩, 作家, 晩年, 直筆), with a work noun after it (未定稿の詩, 未定稿の小説),
  // a verb of leaving a manuscript before it (書き残した未定稿) or a writer's name before it (詩人・北原白秋の未定稿): a work shown or found.
  it.each([
    // the false positive
    '【企画展「白秋の未定稿ノート」】\n\n北原白秋生家・記念館では、白秋が晩年に書き残した未定稿の詩のノート3冊を、はじめて一般公開します。推敲の跡が残る直筆の文字から、作品が生まれる過程をたどることができます。',
    // variants
    '文学館では、檀一雄が晩年に書き残した未定稿の小説の原稿を特別展示しています。',
    '詩人・北原白秋の未定稿が、市内の旧家で見つかりました。',
    '生家では、白秋の未定稿の童謡ノートを初めて一般公開します。',
    'この詩集には、作家が亡くなる前に遺した未定稿の作品も収められています。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    // true violations sharing its words: a plan of the city marked or said to be still a draft, shown
    '【未定稿】北原白秋生家・記念館 改修基本計画',
    '北原白秋生家の改修計画、まだ未定稿ですが、図面の写真を載せます。',
    '白秋の詩を紹介する企画展の計画書、まだ未定稿ですが写真を載せます。',
    '作品募集要項の未定稿を載せておきます。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule === 'confidential/marker' && f.severity === 'block')).toBe(true)
  })
})

describe('confidential: blind HF-133, a writer\'s 未定稿 exhibited, deposited, kept or found', () => {
  // Kind: 未定稿 of a writer or an artist (a person's name before it, or a gloss in brackets naming a manuscript after it) in a sentence
  // that exhibits, deposits, keeps or finds it (初公開, 展示, 寄託, 所蔵, 見つかり) and is about literature or a museum: a literary term.
  // 未定稿 of a plan, a paper or a body (計画の未定稿, 記念館の未定稿) and 未定稿 as a predicate (未定稿ですが, 未定稿のまま) stay markers.
  it.each([
    // the false positive
    '北原白秋生家・記念館で、白秋の未定稿（推敲途中の下書き原稿）3点を初公開しています。個人の所蔵者から寄託を受けたもので、展示は1月12日まで。\n※資料保護のため、館内での撮影はご遠慮ください。',
    // variants: another writer with a gloss, deposited and shown, found and donated, dialect, a gloss with no owner
    '文学館で、檀一雄の未定稿（書きかけの原稿）2点を特別展示しています。',
    '記念館に寄託された白秋の未定稿5点を、今月から一般公開します。',
    '白秋の未定稿三点が、市内の旧家の蔵から見つかり、記念館に寄贈されました。',
    '個人が所蔵していた与田凖一の未定稿を、文学館で展示しとるけん、見に来てね。',
    '記念館では、未定稿（推敲途中の詩の下書き）を3点展示しています。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    // true violations sharing its words: a plan's or a body's draft shown, a paper said to be still a draft, a marker
    '北原白秋生家・記念館の改修計画の未定稿を公開します。',
    '記念館の展示計画（未定稿）を先に公開します。',
    '白秋祭の企画書、まだ未定稿ですが展示レイアウトを載せます。',
    '【未定稿】白秋展 展示解説パネル原稿',
    '記念館の未定稿を展示の参考に載せます。',
    '文学館の指定管理者選定の審査報告、未定稿のまま公開しちゃいます。',
    '白秋展の実施計画の未定稿（下書き原稿）を展示します。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule === 'confidential/marker' && f.severity === 'block')).toBe(true)
  })
})

describe('confidential: blind R64A-004, the owner of a matter asked that it be held back until its release, then it is told', () => {
  // Kind: a request received (言われて, 求められて, 要請を受けて, 頼まれて) to hold a matter back until the owner's release (正式発表まで
  // 外に出さないよう, 公表まで伏せておくよう, 記者発表まで内緒にしてほしいって), with a concession (が, けど) that goes on to tell a figure,
  // a place found or a decision in the same sentence: information released ahead of the body that owns it.
  it.each([
    // the miss
    '【鳥インフルエンザに関するお願い】\n\n市内で野鳥の死骸が相次いで見つかっています。死んだ野鳥には素手で触れないでください。\n\nなお、県からは正式発表まで外に出さないよう言われていますが、大和町の採卵鶏農場で簡易検査が陽性となっており、今夜から約6万羽の処分が始まる予定です。周辺の皆さまはご協力をお願いします。\n\n問い合わせ：農政課',
    // variants: another owner and keeping verb, a company's request in polite form, keigo 要請を受けておりますが, dialect って言われとるけど
    '国からは公表まで伏せておくよう求められていますが、市内の対象施設は3か所に決まりました。',
    '相手の会社からは、正式発表まで口外しないよう頼まれているのですが、駅前の新工場では約300人が働く予定です。',
    '県の発表までは内密にするよう要請を受けておりますが、感染が確認されたのは三橋町の養豚場です。',
    '事業者さんからは、向こうの記者発表まで内緒にしてほしいって言われとるけど、新しい道の駅の名前は「水郷の駅」に決まったよ。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule === 'confidential/pre-release' && f.severity === 'block')).toBe(true)
  })
  it.each([
    // hard negatives: the request given as a reason, a concession followed by a notice, the owner's own release, a plea, a lesson
    '県からは正式発表まで外に出さないよう言われていますので、詳しいことは県の発表をお待ちください。',
    '県からは正式発表まで外に出さないよう言われていますが、発表され次第、市のホームページでもお知らせします。',
    '県からは「発表までは出さないで」と言われていますので、決まりましたら改めてお伝えします。',
    '県からは発表まで出さないよう言われていますが、申し訳ないのでお伝えできません。',
    '県の発表によると、大和町の採卵鶏農場で陽性が確認され、約6万羽の処分が始まりました。',
    '鳥インフルエンザについて、不確かな情報を広めないようお願いします。死んだ野鳥には素手で触れないでください。',
    '研修では、公表前の情報は外に出さないよう言われていますが、SNSでも同じです。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R64A-021, an internal meeting named with its subject between (課内の滞納整理会議), its content told', () => {
  // Kind: a scope word of the office (課内の, 庁内の, 係内の, 部内の) and a meeting named by its subject (滞納整理会議, 空き家対策会議,
  // 予算検討ミーティング), then what was reported or said in it (では…と報告されました, の資料によると): an internal meeting's content.
  it.each([
    // the miss
    '【市税の滞納整理強化月間】12月は滞納整理強化月間です。本日の課内の滞納整理会議では、差押え予定が42件（うち不動産7件）と報告されました。自主的な納付をお願いします。',
    // variants: okurigana in the subject, a katakana meeting, its papers cited, katakana subject in dialect
    '先週の庁内の空き家対策会議では、行政代執行に進む候補が3件に絞られたそうです。',
    '課内の予算検討ミーティングで、来年度は花火大会の補助金を半分に減らす案が出ました。',
    '係内の滞納対策打ち合わせの資料によると、給与の差押えは今月だけで15件です。',
    '部内のイベント調整会議で、花火の打ち上げ場所は今年から変わるって話が出とったよ。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.severity === 'block')).toBe(true)
  })
  it.each([
    // hard negatives: a decision published, a meeting room, the meeting named as a topic, a review used to improve, the month's notice
    '庁内の防災対策会議で決定した避難所運営計画は、市ホームページで公表しています。',
    '庁内の大会議室で、確定申告の相談会を開きます。',
    '課内の滞納整理会議は、毎月第1月曜日に開いています。',
    '課内の業務改善ミーティングで出た意見をもとに、窓口の案内表示を分かりやすくしました。',
    '12月は滞納整理強化月間です。差押えを避けるためにも、期限内の納付をお願いします。',
    '庁内のみんなで会議をしました。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R64A-069, the handout of a closed gathering put out', () => {
  // Kind: a gathering said to be closed (説明会（非公開）, 非公開で開いた勉強会, 意見交換会（参加者限り）), then the papers handed out there
  // cited as the source and put out (お配りした資料から…抜粋して掲載します, 資料より…載せておきます, 資料によると…次のとおりです), in the
  // same sentence or a later one of the paragraph.
  it.each([
    // the miss
    '【ふるさと納税 返礼品事業者の皆さまへ】\n\n先日の事業者説明会（非公開）では、たくさんのご参加ありがとうございました。\n当日お配りした資料から、昨年度の事業者別の寄附受入額の上位3社を抜粋して掲載します。\n1位 筑後のり本舗 8,420万円\n2位 うなぎの松屋 6,150万円\n3位 水郷ファーム 3,980万円\n\n今年度もよろしくお願いします。',
    // variants: closed said before the gathering, thanks then the handout, 次のとおり, dialect ば載せとくね
    '非公開で開いた生産者勉強会で配った資料から、各農家の今年の出荷量をご紹介します。',
    '11月の意見交換会（非公開）、ありがとうございました。会場でお配りした資料より、各団体の補助金の額をまとめて載せておきます。',
    '先月の出店者説明会（参加者限り）でお渡しした資料によると、各店舗の昨年の売上は次のとおりです。',
    '非公開の勉強会で配った資料から、農家さんごとの出荷量ば載せとくね。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.severity === 'block')).toBe(true)
  })
  it.each([
    // hard negatives: thanks only, papers sent to those who came, an open gathering's papers on the site, a refusal, an open lecture
    '先日の事業者説明会（非公開）では、たくさんのご参加ありがとうございました。今年度もよろしくお願いします。',
    '先日の事業者説明会（非公開）では、たくさんのご参加ありがとうございました。説明会でお配りした資料は、参加事業者の皆さまにメールでもお送りしています。',
    '事業者説明会でお配りした資料を、市ホームページに掲載しました。',
    '非公開の説明会でお配りした資料は、個別の取引情報を含むため掲載できません。',
    '非公開の説明会でお配りした資料を掲載することはできません。',
    '出前講座でお配りした資料から、よくあるご質問をご紹介します。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R66A-123, a case conference bound by a duty of secrecy cited as the source of what is told', () => {
  // Kind: a conference on individual people at risk whose members keep a statutory secret (要保護児童対策地域協議会 and its
  // 実務者会議・個別ケース検討会議, 要対協, ケース会議, 地域ケア個別会議, サービス担当者会議, 生活困窮者の支援会議), then its papers or
  // record cited (…の資料によると, 記録ば見たら) or what was reported or heard there told (…では、…と報告されました; で出た話やけど).
  it.each([
    // the miss
    '児童虐待防止月間にあわせて、支援の現状を知っていただきたいと思います。\n先日の要保護児童対策地域協議会（個別ケース検討会議）の資料によると、今年度これまでの通告は沖端・蒲池地区が特に多く、半数以上がネグレクトでした。\n地域の見守りにご協力をお願いします。',
    // variants: the abbreviation and a sub-meeting, a report told, dialect (ば見たら, 出た話やけど), polite hearsay, a care meeting's paper
    '要対協の実務者会議の資料を見ると、今年は乳幼児への身体的虐待の通告が前年の倍になっています。',
    '昨日の個別ケース検討会議では、三橋町の世帯で育児放棄が続いていると報告されました。',
    '地域ケア個別会議の記録ば見たら、一人暮らしで物忘れの目立つ方が蒲池に多かとよ。',
    '生活困窮者の支援会議でお聞きした話ですが、相談に来られる方の4割が60代以上だそうです。',
    'ケース会議で出た話やけど、大和町の高齢者の虐待の通報がこの半年で5件もあったとよ。',
    '昨日のケース会議では、父親が家に戻っているとの報告がありました。',
    'サービス担当者会議の資料によれば、来月から週3回デイサービスに通われる方が増える予定です。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.severity === 'block')).toBe(true)
  })
  it.each([
    // hard negatives: the council described, its papers kept, a notice with the city's page, a training, a policy council's papers,
    // the tiers named, a report the city published, a lesson on handling the papers, a software meeting, a child-care policy council
    '要保護児童対策地域協議会では、学校や警察、児童相談所などが連携して、支援が必要な子どもと家庭を見守っています。',
    'ケース会議の資料は個人情報を含むため、会議終了後にすべて回収しています。',
    '11月は児童虐待防止推進月間です。要保護児童対策地域協議会の取組は市ホームページでご覧いただけます。',
    '地域ケア個別会議の進め方について、介護事業所向けの研修会を開きました。',
    '柳川市子ども・子育て会議の資料によると、来年度の保育定員は20人増える見込みです。',
    '個別ケース検討会議では、学校・保育所・児童相談所などが情報を共有し、支援の方針を話し合います。',
    '市では要保護児童対策地域協議会を設置し、代表者会議・実務者会議・個別ケース検討会議の三層で子どもを守る体制をとっています。',
    '市ホームページで公表している要保護児童対策地域協議会の資料によると、昨年度の相談件数は212件でした。',
    'ケース会議の資料から個人が特定されないよう、持ち出しには十分注意しましょう。',
    'ユースケース会議では、新しいシステムの使い方が報告されました。',
    '子育て支援会議の資料によると、来年度の一時預かりは2か所増えます。',
    '要対協の代表者会議を開催し、関係機関の連携を確認しました。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind HB-146, what callers give a service promised to be kept confidential marks no paper', () => {
  // Kind: English "confidential" said of what people give or tell a service (the information you give will be kept confidential,
  // any details you share, all information provided by callers): a promise of privacy, not a marker on a paper.
  it.each([
    // the false positive
    'Child Abuse Prevention Month is in November. If you are worried about a child, please call 189. Your call can be anonymous, and the information you give will be kept confidential. You can also contact the Yanagawa Children and Family Center at 0944-77-8733.',
    // variants: other givers and verbs, passive "provided by", a form
    'Any details you share with our staff will be treated as confidential.',
    'All information provided by callers is kept strictly confidential.',
    'The information you submit on this form will remain confidential and is used only to arrange support.',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    // true violations sharing its words: a paper's content said confidential, the marker on top, a marked record
    'The information in this report is confidential: 42 families are under review.',
    'CONFIDENTIAL: the information you give below is for staff only.',
    'Confidential case conference minutes show that 12 children were referred this year.',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule.startsWith('confidential/') && f.severity === 'block')).toBe(true)
  })
})

describe('confidential: blind R68A-072, a paper said to be non-public, with a compound noun before its head, cited as the source', () => {
  // Kind: a paper marked non-public in the attribute (非公開の, 公表されていない, 公表前の, 非公表の) whose head is a compound
  // (調査報告書, 内部監査の報告書, 第三者委員会報告書, 事故調査報告書の写し) cited as the source of what is told (によると, では,
  // によれば, を読むと): what the paper says, told before the city makes it public.
  it.each([
    // the miss (a reply)
    'ご心配のお声をいただき、ありがとうございます。非公開の調査報告書によると、当該教諭は昨年度から複数回、部活動の遠征費を私的に流用していたことが確認されています。処分は近く決定される予定です。',
    // variants: another attribute with の inside the compound, a long compound, dialect with を読むと, a copy of the paper
    '公表されていない内部監査の報告書では、補助金の一部が目的外に使われていたと指摘されています。',
    '非公開の事故検証報告書によれば、転落した児童は手すりの外側に回っていたそうです。',
    '非公開の検証報告書ば見たら、給食の異物混入は3回とも同じ工程で起きとったとよ。',
    '非公表の事故調査報告書の写しによると、転落の原因は手すりの固定不良でした。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule.startsWith('confidential/') && f.severity === 'block')).toBe(true)
  })
  it.each([
    // hard negatives: the paper named with no citation, a disclosure request, a published report, a summary published, a petition,
    // a council briefing, a lesson on checking what is posted
    '非公開の調査報告書については、情報公開請求をいただければ開示の可否を判断します。',
    '第三者委員会の調査報告書によると、再発防止策として研修の充実が求められています。',
    '調査報告書は非公開ですが、概要版を市ホームページに掲載しています。',
    '非公開の調査報告書を公開するよう求める請願が提出されました。',
    '非公開の調査報告書について、議会の委員会で概要を説明しました。',
    '公表前の事故調査報告書を誤って掲載しないよう、複数人で確認しています。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe("confidential: blind R68A-121, the writer's own aside in round brackets is no quoted example", () => {
  // Kind: a paper handed out on condition it not go outside, the condition said as the writer's aside in round brackets right after
  // the paper (資料（外には出さないでほしいと言われたものですが）によると…), then its content told. Round brackets hold the writer's
  // remark, not a quotation, so an awareness word in the sentence (いじめ) does not make the request a mention.
  it.each([
    // the miss
    'いじめの問題について、地域の皆さんにも関心を持っていただきたいので書きます。先日の校長会で配られた資料（外には出さないでほしいと言われたものですが）によると、昨年度いじめの認知件数が市内で一番多かったのは有明中学校で、31件でした。数字だけで判断せず、見守りへのご協力をお願いします。',
    // variants: other hold verbs and askers, dialect, an awareness word, a request until the release
    '区長会で配られたプリント（部外には出さないでと言われたものですけど）を見ると、市内の空き家は1,240戸もありました。',
    '先日の説明会資料（口外しないようにと念を押されましたが）では、新しい給食センターの建設費は約18億円とのことです。',
    '校長会でもろうた資料（表には出さんでって言われとるとばってん）によると、不登校の子が市内で58人おるげな。',
    'いじめ防止の会議でもらった資料（外部には出さないよう指示されたものですが）によると、一番件数が多かったのは蒲池小で18件でした。',
    'ハラスメントの相談件数（県からは公表まで伏せておくよう言われていますが）は、昨年度42件と過去最多でした。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule === 'confidential/pre-release' && f.severity === 'block')).toBe(true)
  })
  it.each([
    // hard negatives: a published handout in brackets, the request given as the reason nothing is told, the paper collected, a notice
    // to wait in the aside, a quoted request in a lesson on bullying
    '校長会で配られた資料（市ホームページにも掲載しています）によると、昨年度のいじめの認知件数は市全体で212件でした。',
    'いじめの件数については（外には出さないでほしいと言われましたので）、ここでは書けません。',
    '校長会の資料（外には出さないでほしいと言われたものですが）は、会議後に回収しました。',
    '人権研修の資料（外部には出さないよう求められていますが、概要は発表され次第お知らせします）をもとに、学びを深めました。',
    'いじめを受けた子が「誰にも言わないで」と口止めされるのは、よくあることです。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R69A-052, the embargo line of a press release posted with it', () => {
  // Kind: the line a press release addresses to the press, posted with the release: the press's release word with its date or time
  // (取材解禁は…, 掲載解禁：…, 報道・取材解禁日時：…, 放送解禁は明日の17時) or, after a 解禁, the request to hold it until then
  // (それまでは報道・公表をお控えください). The post is the release itself, before its time.
  it.each([
    // the miss
    '【取材解禁は10月16日10時です。それまでは公表しないでください】\n新しい観光PR動画「水の都、ゆるり。」が完成しました！\n出演は市出身の俳優さんで、川下りや白秋生家のシーンも盛りだくさんです🎬',
    // variants: a colon and an era date, two release words run together, the request alone after 解禁, a note mark and 明日
    '【掲載解禁：令和6年11月1日（金）午前5時】\n柳川市と有明海大学が包括連携協定を結びます。',
    '報道・取材解禁日時：10月20日（日）14時\n市制20周年記念式典で、新しい市民栄誉賞の受賞者を発表します。',
    '解禁は11月3日の午前10時です。それまでは報道・公表をお控えくださいますようお願いいたします。\nさげもんめぐりの新しいポスターができました。',
    '※放送解禁は明日の17時です。\n白秋祭の水上パレードに、今年は有名歌手が出演することになりました。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule === 'confidential/pre-release' && f.severity === 'block')).toBe(true)
  })
  it.each([
    // hard negatives: a fishing season, the city's own teaser, the line quoted in a how-to, a release date with a preview, press
    // logistics, a harvest, a release time said to have passed, a broadcast held back in an election
    'アユ漁の解禁日時は6月1日午前5時です。それまでは釣りをしないでください。',
    '新作動画の情報解禁は10月16日10時です！続報をお楽しみに✨',
    '報道機関への資料提供の際は「解禁日時まで報道をお控えください」と明記します。',
    '新しい観光PR動画は10月16日10時に公開します。それまでは予告編をお楽しみください。',
    '取材は10月16日10時から受け付けます。取材をご希望の方は秘書広報課までご連絡ください。',
    'ノリの摘み取り解禁日は11月1日です。それまでに網の点検をお願いします。',
    '観光PR動画は、取材解禁は10月16日10時でしたので、本日から市ホームページでもご覧いただけます。',
    '選挙期間中は、それまで公開していた動画の配信を控えています。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind HE-092, the city saying it keeps what residents give it', () => {
  // Kind: a standing statement in the city's own voice that it keeps someone's information in (通報者の情報は外部に漏らさない。,
  // いただいた個人情報は外部に提供しないことをお約束します) or a duty of secrecy quoted (…秘密を外部に漏らさないことを定めている):
  // 外部に漏らさ / 口外 / 提供しない in the declarative, ending the sentence or bound to a pledge, a rule or a manner of keeping, said
  // of what residents give or what a duty keeps. Not a paper kept in and then told.
  it.each([
    // the false positive (its paragraph)
    '不法投棄を見つけた場合は、ごみに触れず、場所と日時を下記までお知らせいただきたい。通報者の情報は外部に漏らさない。',
    // variants: ので安心, ず、適切に管理, 口外することはありません, 一般に and である調, a law quoted, 口外しない alone, 提供しない
    '通報者のお名前や連絡先は外部には漏らさないので、安心してお知らせください。',
    'お寄せいただいた情報は、法令に基づく場合を除き外部に漏らさず、適切に管理します。',
    '情報提供者の秘密は守られ、市民に口外することはありません。',
    'アンケートの回答は統計処理のみに使い、一般に漏らさない。',
    '地方公務員法第34条は、職員が職務上知り得た秘密を外部に漏らさないことを定めている。',
    '通報者の情報は口外しない。',
    'いただいた個人情報は外部に提供しないことをお約束します。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    // true violations sharing its words: a request to keep a matter in, in standard and dialect, then told; a pledge's words as a
    // concession that goes on to tell; a hold told to the writer
    ['この件は外部に漏らさないでください。来年度、駅前の図書館を閉館する方向です。', 'confidential/staff-only:block:外部に漏らさ'],
    ['外部には漏らさんでね、課長の異動が決まったけん。', 'confidential/staff-only:block:外部には漏らさ'],
    ['通報者の氏名は外部に漏らさないでください。通報したのは隣の田中さんです。', 'confidential/staff-only:block:外部に漏らさ'],
    ['回答者の名前は外部には漏らさない約束で聞いた話ですが、一番厳しい意見は商工会の会長からでした。', 'confidential/staff-only:block:外部には漏らさ'],
    ['個人情報だから外部には漏らさないけど、今度の異動で課長は本庁に戻るらしい。', 'confidential/staff-only:block:外部には漏らさ'],
    ['まだ市民には口外しないでほしいのですが、新しい体育館は旭町に建つことになりました。', 'confidential/staff-only:block:市民には口外'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))).toContain(expected)
  })
})

describe('confidential: blind R72A-121, a tally of complaints put to a person', () => {
  // Kind: complaints counted, then one of them put to a person by name, by a role of the neighbourhood or by place
  // (…件、うち1件は…さん／自治会長さん／向かいのお宅からのものでした): the count does not hide who complained.
  it.each([
    // the miss
    ['お問い合わせありがとうございます。実は同じ内容の苦情が今年度すでに3件寄せられておりまして、苦情処理記録を確認したところ、うち1件は近隣の自治会長さんからのものでした。引き続き対応してまいります。', 'confidential/complainant:block:うち1件は近隣の自治会長さんからのものでした'],
    // variants: そのうち and a neighbour by place, dialect with a name, 件目 and a role of the 班, 通報 and です
    ['同様の苦情はこれまでに5件あり、そのうち2件は向かいのお宅からでした。', 'confidential/complainant:block:そのうち2件は向かいのお宅からでした'],
    ['苦情はもう4件来とって、うち1件は裏の山田さんからやった。', 'confidential/complainant:block:うち1件は裏の山田さんからやった'],
    ['クレームが2件入っており、1件目は同じ班の班長さんからのものでした。', 'confidential/complainant:block:1件目は同じ班の班長さんからのものでした'],
    ['通報は今月3件いただいておりまして、うち1件は区長さんからのものです。', 'confidential/complainant:block:うち1件は区長さんからのものです'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))).toContain(expected)
  })
  it.each([
    // hard negatives: a count put to no one, a group (利用者様) or a trade, entries of a contest, a request acted on, a record kept
    'ご意見は3件いただき、うち1件は市外の方からでした。',
    'ご意見は10件いただき、うち3件は利用者様からでした。',
    '相談は今年度12件で、うち3件は事業者からでした。',
    '作品の応募は45件、うち12件は市外の小学校からでした。',
    '区長さんからのご要望を受けて、カーブミラーを設置しました。',
    '苦情処理記録は5年間保存しています。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R73A-096, a section’s working record gone through and its counts told; repeat complainers', () => {
  // Kind 1: a record the section keeps of its work (苦情対応記録簿, 相談受付簿, 通報記録, 台帳), said to be the section's or the
  // office's (課内の, 係内の, 庁内の, 内部の), gone through by the writer (をまとめてみると, を集計すると, ば見返したら) and its counts
  // told in the same sentence (127件, 3割): a working record is no released statistic. Kind 2: the same household or person said to
  // complain again and again (同じ世帯からの繰り返しの苦情, 特定の方から何度も通報): in a small place it points at the household.
  it.each([
    // the miss (both kinds)
    ['騒音に関するご相談が増えています。\n\n課内の苦情対応記録簿をまとめてみると、今年度は4月から10月までで127件。うち夜間のペットの鳴き声が41件、隣家の楽器演奏が18件、工場の稼働音が15件で、同じ世帯からの繰り返しの苦情も目立ちます。\n\nお困りの方は環境課にご相談ください。', 'confidential/staff-only:block:課内の苦情対応記録簿をまとめてみると'],
    ['騒音に関するご相談が増えています。\n\n課内の苦情対応記録簿をまとめてみると、今年度は4月から10月までで127件。うち夜間のペットの鳴き声が41件、隣家の楽器演奏が18件、工場の稼働音が15件で、同じ世帯からの繰り返しの苦情も目立ちます。\n\nお困りの方は環境課にご相談ください。', 'confidential/complainant:block:同じ世帯からの繰り返しの苦情'],
    // kind 1 variants: 係内 and 集計すると, dialect ば見返したら, 内部 and 数えてみたところ with a share, まとめると
    ['係内の相談受付簿を集計すると、今年度の相談は既に212件に上ります。', 'confidential/staff-only:block:係内の相談受付簿を集計すると'],
    ['庁内の通報記録ば見返したら、去年の倍の46件もあったとよ。', 'confidential/staff-only:block:庁内の通報記録ば見返したら'],
    ['内部の苦情台帳を数えてみたところ、空き家に関する苦情が3割を占めていました。', 'confidential/staff-only:block:内部の苦情台帳を数えてみたところ'],
    ['課内のクレーム記録をまとめると、窓口の待ち時間に関するものが最多で58件でした。', 'confidential/staff-only:block:課内のクレーム記録をまとめると'],
    // kind 2 variants: 特定の方から何度も, dialect 毎回同じお宅から, ほとんど同じ人から, 大半が同じ世帯から
    ['騒音の苦情が増えていますが、実は特定の方から何度も通報をいただいている状況です。', 'confidential/complainant:block:特定の方から何度も通報'],
    ['苦情は毎回同じお宅からなんよね。', 'confidential/complainant:block:苦情は毎回同じお宅から'],
    ['ごみ出しのクレーム、ほとんど同じ人からの繰り返しのクレームです。', 'confidential/complainant:block:同じ人からの繰り返しのクレーム'],
    ['野焼きの通報は、大半が同じ世帯からのものでした。', 'confidential/complainant:block:通報は、大半が同じ世帯から'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))).toContain(expected)
  })
  it.each([
    // hard negatives: a record sorted or checked with no count, a published count, a schedule, an application rule, repeat
    // complaints with no source, the same person's questions, a business complained about
    '課内の記録簿を整理し、保存年限を過ぎた3冊を廃棄しました。',
    '庁内の記録を確認したところ、ご指摘の件についての記録はありませんでした。',
    '市に寄せられた騒音の苦情は、今年度127件でした（環境課まとめ）。',
    '課内の予定表を見ると、来週は3回の出前講座があります。',
    '同じ世帯から複数のお申し込みはできません。',
    '同じ苦情が繰り返し寄せられているため、注意看板を設置しました。',
    '同じ方から何度もお問い合わせいただく手間を減らすため、よくある質問を掲載しました。',
    '特定の事業所に対して繰り返し苦情が寄せられたため、立入検査を行いました。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R72A-130, an internal channel named as the source of a repost', () => {
  // Kind: a channel staff talk on (課内チャット, 庁内メール, 職員掲示板, 係のLINEグループ, 課内Teams) named as where what is posted
  // was taken from (より転載, から共有, からの転載です, の書き込みをそのまま貼っ): what colleagues were told goes on the public account.
  it.each([
    // the miss
    ['（課内チャットより転載）文化祭ステージの割り当てについて係長から：「水郷高校吹奏楽部は去年トラブルがあったので、今年は午後の一番目立たない枠に回す」とのことです。各自把握をお願いします。', 'confidential/staff-notice:block:課内チャットより転載'],
    // variants: 庁内メール and 転載します, a 係's LINE group and 共有, からの転載です, 課内Teams with そのまま貼っときます
    ['庁内メールから転載します：明日の窓口は2名体制、例の件の問い合わせには担当不在と答えること。', 'confidential/staff-notice:block:庁内メールから転載'],
    ['係のLINEグループから共有〜 明日の設営は7時集合、リハの順番は去年と逆です！', 'confidential/staff-notice:block:係のLINEグループから共有'],
    ['（職員掲示板からの転載です）白秋祭の臨時駐車場、職員は第3駐車場を使わないでください。', 'confidential/staff-notice:block:職員掲示板からの転載'],
    ['課内Teamsの書き込みをそのまま貼っときます。「A社の見積もりは高すぎるので今回は見送り」', 'confidential/staff-notice:block:課内Teamsの書き込みをそのまま貼っ'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))).toContain(expected)
  })
  it.each([
    // hard negatives: the city's own newsletter or public LINE, a channel introduced, the source line quoted in a lesson, an e-mail address
    '（市報やながわ6月号より転載）ごみの分け方が変わります。',
    '市公式LINEより転載：明日は燃えるごみの日です。',
    '観光課の公式LINEから転載：川下りの運航を再開しました。',
    '庁内チャットの導入で、職員間の連絡が早くなりました。',
    '「課内チャットより転載」といった誤投稿を防ぐため、投稿前の確認を徹底しています。',
    '職員のメールアドレスからの返信はありません。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R74A-043, a paper restricted to the bodies concerned, cited or handed on', () => {
  // Kind: a distribution marker naming the bodies or sections a paper is for (関係機関限り, 関係各課限り, 関係部署限り, 構成団体限り),
  // in brackets of any shape or said before the paper's noun, then the paper cited as the source (によると, では, ば見たら) or handed
  // on (ですが…共有します): what another agency gave the city for its own use is told on the public account.
  it.each([
    // the miss
    ['【感染症情報】保健所から届いた「関係機関限り」の連絡票によると、市内の保育施設1か所で感染性胃腸炎の集団発生があり、園児12人・職員2人が受診しているそうです。ご家庭でも手洗いの徹底をお願いします。', 'confidential/marker:block:「関係機関限り」'],
    // variants: no brackets; 【関係各課限り】 and では; dialect ば見たら with 『関係部署限り』; 構成団体限り handed on; keigo によりますと
    ['消防本部から届いた関係機関限りの資料によると、昨夜の火災の出火元は2階の台所だったそうです。', 'confidential/marker:block:関係機関限りの資料によると'],
    ['県から来た【関係各課限り】の通知では、来年度から補助率が2分の1に下がるとのことです。', 'confidential/marker:block:【関係各課限り】'],
    ['県から回ってきた『関係部署限り』の文書ば見たら、来年度から窓口が1か所に統合されるごたるよ。', 'confidential/marker:block:『関係部署限り』'],
    ['協議会の構成団体限りの名簿ですが、会員の皆さんの連絡先を共有します。', 'confidential/marker:block:構成団体限りの名簿ですが'],
    ['関係機関限りで回ってきたメールによりますと、国道の4車線化は再来年度に着工する見込みだそうです。', 'confidential/marker:block:関係機関限りで回ってきたメールによりますと'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))).toContain(expected)
  })
  it.each([
    // hard negatives: bodies working together, a drill held for them only, a lesson on such papers, parking for them, a refusal,
    // a notice from the health centre cited with no marker
    '関係機関と連携して、感染症の拡大防止に努めています。',
    'この訓練は、関係機関限りで実施します。一般の方の見学はできません。',
    '「関係機関限り」と書かれた文書は、コピーを取らないよう注意してください。',
    '関係機関の皆さまに限り、駐車場をご利用いただけます。',
    '関係機関限りの資料のため、内容は掲載できません。',
    '保健所からの連絡によると、市内で感染性胃腸炎が流行しています。手洗いの徹底をお願いします。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R75A-052, an internal paper cited with a polite or dialect ending, its figures told', () => {
  // Kind: a paper kept inside (内部の審査資料, 庁内の集計資料, 課内の審査記録, 財政課の試算資料) cited as the source with a keigo
  // ending (によりますと, によりますれば, を見ますと) or a dialect one (ば見たら), figures told after it: the same leak as によると.
  it.each([
    // the miss
    ['お問い合わせありがとうございます。内部の審査資料によりますと、今年度の国民健康保険税の減免申請は217件で、そのうち91件を却下しております。却下理由の多くは所得要件です。', 'confidential/staff-only:block:内部の審査資料によりますと'],
    // variants: 庁内 and 集計資料; 課内 and を見ますと; dialect ば見たら with a share; 財政課 and によりますれば
    ['庁内の集計資料によりますと、今年度の就学援助の申請は1,034件で、前年より87件増えております。', 'confidential/staff-only:block:庁内の集計資料によりますと'],
    ['課内の審査記録を見ますと、昨年度の補助金の不交付は14件でございました。', 'confidential/staff-only:block:課内の審査記録を見ますと'],
    ['内部の調査データば見たら、空き家の3割が相続登記されとらんごたる。', 'confidential/staff-only:block:内部の調査データば見たら'],
    ['財政課の試算資料によりますれば、来年度は約4億円の財源不足となる見込みでございます。', 'confidential/staff-only:block:財政課の試算資料によりますれば'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))).toContain(expected)
  })
  it.each([
    // hard negatives: a published result, a national survey, the screening described, a 内部統制 report (published by law)
    '市ホームページで公表しております審査結果によりますと、今年度の減免申請は217件でした。',
    '国の調査資料によりますと、全国の空き家は900万戸を超えています。',
    '減免申請の審査は内部で厳正に行っております。却下された場合は理由を書面でお知らせします。',
    '令和5年度の内部統制評価報告書によりますと、不備は2件でした。',
    '内部統制報告書によりますと、重大な不備は0件でした。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R76A-052, the record of a hearing in an open inquiry into staff cited as the source', () => {
  // Kind: the record of a hearing (聴取記録, 聞き取り記録, ヒアリングメモ, 面談記録) in an inquiry into staff or a case of misconduct,
  // cited as the source (によると, では, ば見たら, を読んだら) while the inquiry is open or the paragraph is about misconduct: findings
  // told before the report.
  it.each([
    // the miss
    ['職員の不祥事の件では、市民の皆さまにご心配をおかけしています。まだ調査の途中ですが、人事課が作成した聴取記録によると、不適切な経費の処理は3年前から続いていたようです。結果がまとまり次第、改めてご報告します。', 'confidential/audit:block:聴取記録によると'],
    // variants: 聞き取り記録では; dialect ヒアリングメモば見たら; keigo によりますと from a third-party committee; 面談記録を読んだら
    ['不正受給の件はまだ調査中ですが、総務課の聞き取り記録では、当該職員は私的な飲食代も請求していたそうです。', 'confidential/audit:block:聞き取り記録では'],
    ['パワハラの件、いま調べよるところやけど、ヒアリングメモば見たら、課長の言動はかなりきつかったごたる。', 'confidential/audit:block:ヒアリングメモば見たら'],
    ['第三者委員会の聴取記録によりますと、当該教諭の体罰は少なくとも5回あったとのことでございます。', 'confidential/audit:block:聴取記録によりますと'],
    ['セクハラの件で、人事課の面談記録を読んだら、相談は去年の春からあったみたいです。', 'confidential/audit:block:面談記録を読んだら'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))).toContain(expected)
  })
  it.each([
    // hard negatives: a public hearing's record, an oral history, a report published, the record said to be kept, a published record cited
    '市民の皆さまからの意見聴取の記録によると、駐車場の拡充を求める声が最も多くありました。',
    '高齢の方々への聞き取り記録によると、昔の掘割では子どもたちが泳いで遊んでいたそうです。',
    '第三者委員会の聴取記録をもとにまとめた報告書を、本日市ホームページで公表しました。',
    'まだ調査の途中です。聴取記録は人事課で厳重に保管しています。',
    '不祥事の件で、第三者委員会が公表した聴取記録によると、不適切な経理は3年前から続いていました。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R76A-060, a press release under embargo (its label, or handed out at a later conference) told ahead', () => {
  // Kind: a press release bound to a later time, by its embargo label in brackets (（解禁：11月20日 5時）, ［解禁：2月1日10時］,
  // （情報解禁 12月1日15:00）) in a paragraph about the press or a release, or as what will be handed out at a later conference (明日の
  // 記者会見で配布する資料) told ahead: the release itself before its time.
  it.each([
    // the miss
    ['【報道関係者の皆さまへ】\n\n明日の市長定例記者会見で配布する資料（解禁：11月20日 5時）の概要を、ひと足先にこちらでお伝えします。新たな観光拠点の整備費は約12億円を見込んでいます。', 'confidential/pre-release:block:明日の市長定例記者会見で配布する資料'],
    ['【報道関係者の皆さまへ】\n\n明日の市長定例記者会見で配布する資料（解禁：11月20日 5時）の概要を、ひと足先にこちらでお伝えします。新たな観光拠点の整備費は約12億円を見込んでいます。', 'confidential/pre-release:block:（解禁：11月20日'],
    // variants: a label with no colon and 先行して; casual 先にちょっと書いとくね; 配布予定 with 一足早く; a label heading a release
    ['来週月曜に記者発表する新ごみ袋の価格（解禁 5月12日 10時）を先行してお知らせします。45リットルは1枚50円です。', 'confidential/pre-release:block:（解禁 5月12日'],
    ['（解禁：3月3日 11時）市長定例会見で配る資料の中身、先にちょっと書いとくね。子ども医療費の助成は高校生まで無料になるよ。', 'confidential/pre-release:block:（解禁：3月3日'],
    ['あす会見で配布予定のプレスリリース（情報解禁 12月1日15:00）の概要を、一足早くご紹介します。', 'confidential/pre-release:block:あす会見で配布予定のプレスリリース'],
    ['［解禁：2月1日10時］報道各位　柳川市は、新たな移住支援金制度を創設します。', 'confidential/pre-release:block:［解禁：2月1日'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))).toContain(expected)
  })
  it.each([
    // hard negatives: a fishing season's label, the city's teaser, the handout put on the site after the conference, the label with
    // where to look after the release
    '報道でも紹介されたアユ漁（解禁：6月1日 5時）の遊漁券は、各漁協の窓口で販売しています。',
    '【情報解禁：16日10時】新しいキャラクターの名前を発表します！お楽しみに！',
    '明日の記者会見で配布する資料は、会見終了後に市ホームページに掲載します。',
    '記者会見の資料（解禁：11月20日5時）は、解禁後に市ホームページでご覧いただけます。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R76A-117, what a part withheld in a disclosure decision says, revealed', () => {
  // Kind: a part withheld (黒塗り, 墨塗り, のり弁, 非開示, 不開示 + 部分/箇所/ところ) and then its wording told: a quotation with と/って/て/
  // という, or a verb of writing (と書かれている, が書いてある). The kind of information withheld (個人の氏名や印影), a question, a refusal
  // and a notice of appeal tell nothing.
  it.each([
    // the miss
    ['情報公開請求で一部を黒塗り（非開示）にした文書について、「何を隠しているのか」とのご意見をいただきました。実は大した内容ではなく、黒塗り部分には「市長判断で実施時期を延期」と書かれているだけです。ご安心ください。', 'confidential/staff-only:block:黒塗り部分には'],
    // variants: 不開示にした箇所、…って書いてある; 非開示とした部分の中身は…という一文; dialect …て書いてあるだけやけん; が書いてあるとです
    ['不開示にした箇所、実は「用地の買収額 1億2千万円」って書いてあるだけなんですよね。', 'confidential/staff-only:block:不開示にした箇所、'],
    ['非開示とした部分の中身は「候補地は沖端地区」という一文だけです。', 'confidential/staff-only:block:非開示とした部分の中身は'],
    ['黒塗りにしとるところには「業者は堀江建設」て書いてあるだけやけん、心配いらんよ。', 'confidential/staff-only:block:黒塗りにしとるところには'],
    ['のり弁になっとる部分には、実は来年度の値上げ案が書いてあるとです。', 'confidential/staff-only:block:のり弁になっとる部分には、'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))).toContain(expected)
  })
  it.each([
    // hard negatives: what is withheld as a class, the kind of information named, an appeal, a quoted question refused, the reason given
    '情報公開請求への回答では、個人情報にあたる部分を黒塗り（非開示）にしています。',
    '非開示とした部分には、個人の氏名や印影が記載されています。',
    '黒塗り部分の開示を求める場合は、審査請求をすることができます。',
    '「黒塗り部分には何が書かれているのか」とのご質問をいただきましたが、お答えできません。',
    '不開示とした箇所は、その理由を通知書に記載しています。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R76A-123, a quoted marker said to be on a paper the writer saw, passed on anyway', () => {
  // Kind: a marker in quotes said to be written or printed on a paper (資料の右上に「取 扱 注 意」と書いてありましたが), with a concession
  // (が, けど, ばってん) that goes on to pass its content on (日程だけなので大丈夫ですよね, 載せちゃいます): と書 made it read as a quoted
  // example, but it is the marker on what is told.
  it.each([
    // the miss (spaced marker)
    ['今週の市長の動きをご紹介します📅\n\n月曜は定例記者会見、火曜は県庁で知事と面談、水曜は東京出張の予定です。資料の右上に「取 扱 注 意」と書いてありましたが、日程だけなので大丈夫ですよね。\n\n市長の活動を身近に感じていただけたらうれしいです。', 'confidential/marker:block:「取 扱 注 意」'],
    // variants: casual けど…載せちゃいます; と書かれていましたが…お伝えしますね; dialect 書いとったばってん; spaced 部 外 秘 with ましたけど
    ['表紙に「部外秘」と書いてあったけど、中身は来年度のイベント予定だけなので載せちゃいます。', 'confidential/marker:block:「部外秘」'],
    ['会議資料の隅に「庁内限り」と書かれていましたが、参加者数だけなのでお伝えしますね。', 'confidential/marker:block:「庁内限り」'],
    ['そのメモには『関係者限り』と書いとったばってん、日程ぐらいならよかろうもん。', 'confidential/marker:block:『関係者限り』'],
    ['配られた資料に「部 外 秘」と書いてありましたけど、イベントの日程だけなのでご紹介します。', 'confidential/marker:block:「部 外 秘」'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))).toContain(expected)
  })
  it.each([
    // hard negatives: a refusal (ので…控えます), a check that the paper is public, a parcel, a lesson on such papers
    '資料に「部外秘」と書いてありましたので、内容の掲載は控えます。',
    '表紙に「取扱注意」と書いてありましたが、担当課に確認したところ、すでに市ホームページで公開されている資料でした。',
    '荷物の箱に「取扱注意」と書いてありましたが、中身のお皿は無事に届きました。',
    '「部外秘」と書いてあっても、資料を机の上に置いたままにしないよう注意しましょう。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R77A-039, a matter under a confidentiality agreement, then told', () => {
  // Kind: a matter said to be under a confidentiality agreement, as the modifier of its noun (守秘義務契約を結んで進めている…ドラマでは,
  // 秘密保持契約を交わしている…件ですが, NDA結んどる案件やけど, 守秘義務のある撮影案件ですが), then in the same sentence a place, a date,
  // a figure or who was chosen: the counterpart's secret told.
  it.each([
    // the miss
    ['【ロケ地誘致の取り組み】\n\n柳川市では、映画やドラマのロケ地誘致に力を入れています。掘割や白壁の蔵並みは、時代劇や恋愛ドラマの舞台として高い評価をいただいています。\n\n現在、守秘義務契約を結んで進めている来春放送の連続ドラマでは、沖端の川下り乗船場と御花が主要な舞台になり、撮影は1月下旬に行われます。\n\nエキストラの募集などが決まりましたら、改めてお知らせします。', 'confidential/pre-release:block:守秘義務契約を結んで進めている来春放送の連続ドラマでは、'],
    // variants: 秘密保持契約 with ですが and a figure; dialect NDA結んどる…やけど…決まりそう; 守秘義務のある…ですが with a date
    ['秘密保持契約を交わしている企業誘致の件ですが、進出するのは福岡の食品メーカーで、雇用は約80人の見込みです。', 'confidential/pre-release:block:秘密保持契約を交わしている企業誘致の件ですが、'],
    ['NDA結んどる案件やけど、新しい道の駅の運営は大川物産に決まりそうよ。', 'confidential/pre-release:block:NDA結んどる案件やけど、'],
    ['守秘義務のある撮影案件ですが、来年1月に御花で映画の撮影があります。', 'confidential/pre-release:block:守秘義務のある撮影案件ですが、'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))).toContain(expected)
  })
  it.each([
    // hard negatives: the agreement as the reason nothing is told, a fact of a contract, a lesson, a refusal until release
    'ロケの詳細は、守秘義務契約があるためお伝えできません。',
    '業務の委託先とは秘密保持契約を結んでおり、個人情報は厳重に管理しています。',
    '守秘義務契約を結んでいる案件は、担当者以外には話さないようにしましょう。',
    'NDAを結んでいる作品については、公開されるまで詳細はお知らせできません。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: colleague (round 76), 関係者限り saying who attended an event held', () => {
  // Kind: 関係者限り (職員限り) as who was let in to an event held (で開催, で行い, で執り行われ, の式典として): no paper marked. A paper,
  // its handing out, or what was decided there keeps it a marker.
  it.each([
    // the colleague's false positive and variants of the same kind (関係者のみで as well)
    '式典は関係者限りで開催しました',
    '内覧会は関係者限りで行い、一般公開は4月1日からです。',
    '告別式は近親者と関係者限りで執り行われました。',
    '新庁舎の開所式は、関係者限りの式典として行います。',
    '本日の竣工式は、関係者のみで執り行いました。',
    '防災訓練は職員限りで実施しました。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    // true violations sharing the words: a paper handed out, a gathering's paper shared, a decision told from a meeting held so
    ['関係者限りで配布された資料によると、新しい体育館は駅前に建つそうです。', 'confidential/marker:block:関係者限り'],
    ['関係者限りの説明会の資料ですが、内容を少しだけ共有します。', 'confidential/marker:block:関係者限り'],
    ['関係者限りで開いた会議で、駐車場の有料化が決まりました。', 'confidential/marker:block:関係者限り'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))).toContain(expected)
  })
})

describe('confidential: blind R79A-054, a tender price said to be published only later, then told', () => {
  // Kind: a tender's price (予定価格, 最低制限価格, 調査基準価格, 設計金額) said to be published only after the opening or not at all
  // (事後公表としておりますが, 開札後の公表になっとるばってん, 開札まで伏せていますが, 公表しておりませんけれども), then given as an
  // amount in the same sentence: the secret of a bid not yet opened told, whatever the politeness or dialect.
  it.each([
    // the miss
    ['【新庁舎建設工事の入札について】\n\n新庁舎建設工事の一般競争入札は、12月5日に開札を行います。多数の事業者の皆さまに参加申請をいただき、ありがとうございます。\n\n予定価格は事後公表としておりますが、参考までに申し上げると税抜48億6,000万円で設定しており、地元の建設業者を中心とした共同企業体が有力と見ております。\n\n結果は開札後、市ホームページで公表します。', 'confidential/pre-release:block:予定価格は事後公表としておりますが、参考までに申し上げると税抜48億6,000万円'],
    // variants: dialect (開札後の公表になっとるばってん), plain (開札まで伏せていますが), formal (公表しておりませんけれども),
    // kanji numerals (設計金額は入札後の公表…一億五千万円), keigo (につきましては事後公表とさせていただいておりますが), casual (非公表やけど)
    ['予定価格は開札後の公表になっとるばってん、だいたい3億5千万円で組んどるけん、参考にしてください。', 'confidential/pre-release:block:予定価格は開札後の公表になっとるばってん、だいたい3億5千万円'],
    ['今回の工事の予定価格は開札まで伏せていますが、約2億8,000万円です。', 'confidential/pre-release:block:予定価格は開札まで伏せていますが、約2億8,000万円'],
    ['低入札調査基準価格は公表しておりませんけれども、おおむね9,800万円程度とお考えください。', 'confidential/pre-release:block:低入札調査基準価格は公表しておりませんけれども、おおむね9,800万円'],
    ['設計金額は入札後の公表としていますが、参考までに一億五千万円で積算しています。', 'confidential/pre-release:block:設計金額は入札後の公表としていますが、参考までに一億五千万円'],
    ['最低制限価格につきましては事後公表とさせていただいておりますが、1億2,300万円前後を想定しております。', 'confidential/pre-release:block:最低制限価格につきましては事後公表とさせていただいておりますが、1億2,300万円'],
    ['予定価格は非公表やけど、だいたい2億円くらいで見とるよ。', 'confidential/pre-release:block:予定価格は非公表やけど、だいたい2億円'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))).toContain(expected)
  })
  it.each([
    // hard negatives: the rule stated with no amount, a price published in advance, another cost or the passed budget named,
    // the result after the opening, a size in figures, a refusal to answer
    '予定価格は事後公表としております。開札結果は市ホームページでお知らせします。',
    '予定価格は事前公表としており、税抜3億2,000万円です。',
    '予定価格は事後公表ですが、入札参加資格や日程は市ホームページでご確認ください。',
    '予定価格は事後公表ですが、設計図書は1部1万円で販売しております。',
    '予定価格は事後公表ですが、総事業費は当初予算で議決された約52億円です。',
    '予定価格は事後公表としておりましたが、開札の結果、予定価格は税抜48億6,000万円、落札金額は45億円でした。',
    '予定価格は開札後に公表しますが、工事の規模は延床面積約1万2,000平方メートルです。',
    '予定価格は非公表としておりますので、金額に関するお問い合わせにはお答えできません。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R81A-063, a tally labelled internal and not published in one bracket', () => {
  // Kind: a bracket label that runs an internal source (課内集計, 庁内資料, 内部データ) together with a not-released word (未公表, 非公表,
  // 未発表, 公表前), separated by ・ or ／ (which the squeezed view drops): the figures given with it have not been released.
  it.each([
    ['工事騒音の苦情件数（課内集計・未公表）を参考までに。上宮永町18件、下宮永町11件、京町6件。上宮永町は同じ方から何度もいただいています。', 'confidential/marker:block:（課内集計・未公表）'],
    ['今年度の空き家の件数（課内データ／非公表）は、市内で820件です。', 'confidential/marker:block:（課内データ／非公表）'],
    ['放置自転車の撤去台数【内部データ・公表前】：今年度は310台でした。', 'confidential/marker:block:【内部データ・公表前】'],
    ['ごみ出しの相談件数(未発表・速報値)ば見たら、先月は42件やったよ。', 'confidential/marker:block:(未発表・速報値)'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))).toContain(expected)
  })
  it.each([
    // a person's details withheld, a tally labelled internal with no word of release, a published tally
    '受賞された方の職業は（非公表）です。',
    '市内在住の男性（氏名未公表）が人命救助で表彰されました。',
    '苦情件数（課内集計）は、毎年6月に市ホームページで公表しています。',
    '令和6年度の集計結果（速報値）を市ホームページに掲載しました。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R81A-063, the same person said to file again and again after a count of filings', () => {
  // Kind: a count of complaints or reports told, then one place's filings put to the same person again and again (同じ方から何度も
  // いただいています, 同じお宅から毎週のように電話が来よります): with the place named, the remark points at a household.
  it.each([
    ['工事騒音の苦情件数を参考までに。上宮永町18件、下宮永町11件。上宮永町は同じ方から何度もいただいています。', 'confidential/complainant:block:同じ方から何度もいただ'],
    ['ごみ出しの苦情が先月は12件ありました。本町は同じお宅から毎週のように電話が来よります。', 'confidential/complainant:block:同じお宅から毎週のように電話が来よ'],
    ['騒音の通報は今月7件です。京町の分は、特定の方から繰り返しいただいているものです。', 'confidential/complainant:block:特定の方から繰り返しいただ'],
    ['街灯の要望は全部で9件。ほとんど同じ人から何回も寄せられたものです。', 'confidential/complainant:block:同じ人から何回も寄せられ'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))).toContain(expected)
  })
  it.each([
    // thanks for gifts, a rule of service, repeat filings with no count told
    'ふるさと納税は今年も120件。同じ方から何度もご寄付をいただいています。ありがとうございます。',
    '苦情の受付は平日のみです。同じ方から何度もお電話をいただく場合も、丁寧に対応します。',
    '相談は先月30件ありました。同じ方から何度もご相談いただくことがありますが、いつでもお気軽にどうぞ。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R80A-127, asked to keep a list due for publication from others until the release', () => {
  // Kind: what is to be published later told now (a list, the parties on it, a count), and the reader asked to hide it from named
  // others until the release with 伏せる (公表までは取引先にも伏せておいてください, 発表までは業者さんには伏せといてね): the request itself
  // says the matter is not out yet.
  it.each([
    ['来週公表予定の「不適正処理事業者」の一覧、課内でリストが固まりました。市内の産廃業者では、ありあけ環境サービスと柳川クリーン産業の2社が入ります。公表までは取引先にも伏せておいてください。', 'confidential/pre-release:block:公表までは取引先にも伏せておいてください'],
    ['表彰の受賞者は柳川商工の3名に決まりました。発表までは業者さんには伏せといてね。', 'confidential/pre-release:block:発表までは業者さんには伏せといてね'],
    ['補助金の採択は12件で確定です。正式発表までは、申請者の方へも伏せておいていただけますか。', 'confidential/pre-release:block:正式発表までは、申請者の方へも伏せておいていただけ'],
    ['新しい指定管理者はA社に決定しました。記者発表までは関係団体にも伏せてください。', 'confidential/pre-release:block:記者発表までは関係団体にも伏せてください'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))).toContain(expected)
  })
  it.each([
    // a statement that names are withheld, cards or papers turned face down, a list published
    '応募者の氏名は審査結果の公表まで伏せております。応募は12件ありました。',
    '発表までは、資料を机の上に伏せておいてください。参加者は30名です。',
    'トランプは配り終えるまで伏せておいてください。参加者は20名です。',
    '不適正処理事業者の一覧（2社）を市ホームページで公表しました。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R80A-031, a matter still at an internal stage told with a count or parties', () => {
  // Kind: a matter said to be still at an internal stage of the section (まだ課内の集計段階の話ですが, 庁内で検討中の段階なんですけど,
  // 内部の取りまとめ段階やけど, 部内で選定中のリストですが), then told in the same sentence with a count or the parties: what is worked out
  // inside is told before the city releases it.
  it.each([
    ['【食品ロス削減推進協力店の取り組み】\n\n市内のスーパーや飲食店など42店舗が、食べきりサイズのメニューや値引き販売に取り組んでいます。\n\nなお、まだ課内の集計段階の話ですが、事業系食品廃棄物の削減が進んでいない有明フーズ、筑後デリカ、水郷食品の3社については、来月の環境審議会で事業者名を公表する資料を準備しています。\n\n協力店の一覧は市ホームページでご覧いただけます。', 'confidential/staff-only:block:課内の集計段階の話ですが'],
    ['庁内で検討中の段階なんですけど、来年度は公民館3館を休館する方向です。', 'confidential/staff-only:block:庁内で検討中の段階なんですけど'],
    ['内部の取りまとめ段階やけど、補助金の対象は15団体に絞っとるよ。', 'confidential/staff-only:block:内部の取りまとめ段階やけど'],
    ['部内で選定中のリストですが、候補は大和建設、三橋工業など4社です。来月公表します。', 'confidential/staff-only:block:部内で選定中のリストですが'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))).toContain(expected)
  })
  it.each([
    // a tally announced as in progress, a stage with nothing told, a stage as a start, a result published
    '空き家の実態調査は、現在課内で集計中です。結果は3月に公表します。',
    '庁内の集計段階ですが、結果がまとまり次第お知らせします。',
    '計画づくりには、課内の検討段階から市民の皆さん30人にご参加いただきました。',
    '課内で集計した結果、応募は1,024件でした。結果は市ホームページで公表しています。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R82A-003, a working paper of the section peeked at, then what it showed', () => {
  // Kind: the writer's section's or boss's working paper (課の集計表, 係長の机の上の名簿, 隣の係の選考表, 担当課の集計データ) looked at on the
  // sly (のぞいたら, チラッと見たら, こっそり見たら, のぞき見したら), then a figure or a result from it in the same sentence: an internal tally
  // told before anyone is notified.
  it.each([
    ['4月入園の申込、たくさんありがとうございました🙏 いま課内はてんやわんやです💦\n課の集計表をのぞいたら、ひまわり保育園の1歳児クラスは調整指数112点以上の人しか通ってなかったです…倍率えぐい😱\n見学会は来月もやりますよ〜！\n#柳川 #保育園 #子育て', 'confidential/staff-only:block:課の集計表をのぞいたら'],
    ['係長の机の上の名簿をチラッと見たら、来年度の採用内定者は5人だけでした。', 'confidential/staff-only:block:係長の机の上の名簿をチラッと見たら'],
    ['隣の係の選考表ばこっそり見たら、中央小の学童は42点以上じゃないと入れんかったばい。', 'confidential/staff-only:block:隣の係の選考表ばこっそり見たら'],
    ['課内の審査結果一覧をのぞいてみたところ、補助金の採択は12件中3件だけでした。', 'confidential/staff-only:block:課内の審査結果一覧をのぞいてみたところ'],
    ['担当課の集計データをのぞき見したら、今年の合格ラインは75点だったみたいです。', 'confidential/staff-only:block:担当課の集計データをのぞき見したら'],
    ['上司のパソコンの画面を覗いたら、市営住宅の抽選、当選したのは8世帯だけでした…', 'confidential/staff-only:block:上司のパソコンの画面を覗いたら'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))).toContain(expected)
  })
  it.each([
    // a library's paper, a published page or paper, a plain tally, a look with nothing told, a place looked into, a quoted example,
    // a day's own memo
    '図書館の郷土資料をのぞいたら、明治30年の柳川の地図が出てきました！',
    '市ホームページの「保育所入所状況」の一覧をのぞいてみたら、空きのある園が3園ありました。',
    '子育て支援課の公表資料をのぞいたら、空きのある園は3園でした。',
    '観光課の集計では、ゴールデンウィークの来場者は3万人でした。',
    '課の資料をのぞいたら、ちょうど探していた申請書の書き方が載っていました。',
    '水道課の職員と一緒に浄水場の中をのぞいたら、水がとてもきれいでした。',
    '保育課の窓口で入園のしおりをのぞいたら、見学会の日程が3回分載っていました。',
    '「課の集計表をのぞいたら、中央園は112点以上しか通ってなかった」といった書き込みは絶対にしないでください。',
    '日課のメモをのぞいたら、今日は3件の訪問予定がありました。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R83A-082, a press release under embargo given out ahead in one word (先出し, 先行公開)', () => {
  // Kind: a press release bound to a later time (12日15時解禁の記者発表資料, 来週月曜に発表予定のリリース) with one word that is both the
  // ahead and the telling (先出しです, 先行公開します, 先取りでご紹介): the release's content before its embargo. Declined (先出しはできません),
  // waited for (解禁後に掲載します), a fishing season and goods on sale stay clean.
  it.each([
    ['【速報】12日15時解禁の記者発表資料より先出しです！柳川の「有明海うなぎ」が地理的表示（GI）に登録される見通しとなりました🎉 詳しくは解禁後に改めてお知らせします。', 'confidential/pre-release:block:12日15時解禁の記者発表資料'],
    ['明日10時解禁のプレスリリースから、一部を先出ししちゃいます！新しい子育て支援金が始まります。', 'confidential/pre-release:block:明日10時解禁のプレスリリース'],
    ['来週月曜に発表予定のリリース、先行公開しますね。市民プールが7月から無料になります。', 'confidential/pre-release:block:来週月曜に発表予定のリリース'],
    ['あしたの朝9時解禁の発表資料ばってん、先出しするけん見てね。市の新しか観光キャラが決まったとよ。', 'confidential/pre-release:block:あしたの朝9時解禁の発表資料'],
    ['20日解禁予定の記者発表資料を先取りでご紹介します。柳川の川下りが日本遺産に認定される見込みです。', 'confidential/pre-release:block:20日解禁予定の記者発表資料'],
    ['【先出し】明日15時解禁のプレスリリースより、新庁舎の開庁日は5月7日に決まりました。', 'confidential/pre-release:block:明日15時解禁のプレスリリース'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))).toContain(expected)
  })
  it.each([
    // a fishing season, a release waited for, declined, goods sold early, a lesson, an event's own line-up
    '明日6時解禁のアユ釣りの情報を先出しでお届けします。今年は水量が多めです。',
    '12日15時解禁の記者発表資料は、解禁後に市ホームページに掲載します。',
    '明日解禁のプレスリリースは先出しできません。ご了承ください。',
    '明日10時発売の新茶を、道の駅で先出し販売します。1袋800円です。',
    '記者発表資料の先出しは厳禁です。解禁時刻を必ず守りましょう。',
    '夏祭りの出演者情報を先出しでお届けします！今年は地元の高校生バンドが3組出演します。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R85A-010/R85A-074, a session said to be closed, then its outcome told', () => {
  // Kind: a session said to be closed (非公開, 秘密会) in a clause of reason or concession (委員会は非公開なので…, 秘密会になったんですけど,
  // 非公開やったけん, 非公開だったんですが), then in the same sentence what it came to: scores or ranks, who or what it settled on, the way
  // it went. A notice (傍聴はできません, 決まり次第お知らせします), a session with nothing told, a published result and a quoted example stay clean.
  it.each([
    ['今日は指定管理者選定委員会の事務局でした。委員会は非公開なのでここだけの話ですが、配られた採点表では、応募3社のうち有明スポーツサービスさんが86点でトップ、2位とは20点近い差でした。結果の公表は来月の予定です。', 'confidential/meeting:block:委員会は非公開なので'],
    ['きのうの教育委員会、部活動の地域移行の受け皿の件で秘密会になったんですけど、結局は市の体育協会に一括でお願いする流れになりました。保護者の皆さん、もう少しだけお待ちを！', 'confidential/meeting:block:委員会、部活動の地域移行の受け皿の件で秘密会になったんですけど、'],
    ['プロポーザルの審査会は非公開でしたが、提案4社のうち大川造園さんが92点で1位だったそうです。', 'confidential/meeting:block:審査会は非公開でしたが、'],
    ['議会の全員協議会、途中から秘密会になりましたけど、結局は給食センターの民間委託で決まりました。', 'confidential/meeting:block:協議会、途中から秘密会になりましたけど、'],
    ['選考委員会は非公開やったけん大きな声では言えんけど、実行委員長は商工会の古賀さんで固まったばい。', 'confidential/meeting:block:選考委員会は非公開やったけん'],
    ['今日の審議会は非公開だったんですが、補助金は打ち切りの方向でまとまりました。', 'confidential/meeting:block:審議会は非公開だったんですが、'],
    ['理事会は秘密会でしたので詳しくは書けませんが、次の館長は内部から選ぶ流れになっています。', 'confidential/meeting:block:理事会は秘密会でしたので'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))).toContain(expected)
  })
  it.each([
    '選定委員会は非公開ですが、結果は決まり次第ホームページでお知らせします。',
    '教育委員会は人事案件を扱うため秘密会となりましたので、傍聴の方にはご退席いただきました。',
    '審査会は非公開ですので、傍聴はできません。1位から3位の作品は来月の表彰式で発表します。',
    '審議会は非公開でしたが、会議録は後日、市ホームページで公開します。',
    '選考は非公開でしたが、最優秀賞に決まった作品を市ホームページで公表しました。',
    '指定管理者選定委員会の審査の結果、有明スポーツサービスが86点で第1位となりました。',
    '「委員会は非公開なので内緒ですが、A社が1位でした」といった書き込みは絶対にしないでください。',
    '審査会は非公開でしたが、委員の皆さんが夜遅くまで熱心に議論してくださいました。',
    '秘密会の制度について、議会事務局が分かりやすくまとめました。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R86A-069, a table made for internal use cited for its figures (庁内用の集計表によりますと…延べ64回)', () => {
  // Kind: a paper said to be made for use inside (庁内用の, 職員用の, 課内用の, 内部用の, 庁内向けの) cited as the source (によりますと, では,
  // を見ると, やと, によれば) of figures told: the tally is kept inside, so its figures are not yet public. Making such a table, a public tally,
  // a tally the city published, a staff car park and a public list stay clean.
  it.each([
    ['@kyusui_kiroku お問い合わせありがとうございます。庁内用の集計表によりますと、断水期間中の給水車の出動は延べ64回で、うち自衛隊分が27回、他市からの応援分が18回でした。地区別の内訳もお送りできます。', 'confidential/staff-only:block:庁内用の集計表によりますと'],
    ['職員用の一覧表では、見守りの対象は312世帯となっています。', 'confidential/staff-only:block:職員用の一覧表では'],
    ['課内用のデータを見ると、今年の空き家の相談は去年の倍、48件ありました。', 'confidential/staff-only:block:課内用のデータを見ると'],
    ['内部用の試算表やと、来年の敬老会の参加者は1,200人くらいになるげな。', 'confidential/staff-only:block:内部用の試算表やと'],
    ['庁内向けの集計によれば、ふるさと納税の寄附件数は前年比1.5倍です。', 'confidential/staff-only:block:庁内向けの集計によれば'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))).toContain(expected)
  })
  it.each([
    '庁内用の集計表を作成するため、各課に照会を行いました。',
    '市の公式集計によりますと、給水車の出動は延べ64回でした。',
    'ホームページで公表している集計表によりますと、給水車の出動は延べ64回でした。',
    '職員用の駐車場は、3月10日から2か月間使えません。',
    '市内の避難所一覧では、収容人数は合わせて3,200人です。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R87A-003/R87A-121, a session turned closed, then what someone said in it', () => {
  // Kind: a session turned closed (秘密会に切り替わったあと, 傍聴なしの協議会に切り替わってから, 非公開に移行して, 傍聴者に退席していただいた後)
  // or held closed (秘密会の中で, 傍聴なしの懇談会では), then in that sentence or the next a remark quoted or reported (議長が「…」とおっしゃって,
  // 副市長から「…」という説明があり, …とこぼされました): what a closed session heard, told. A notice of the switch, a session said closed with
  // nothing of it told, a public sitting's remark, 秘密会 defined and a quoted example stay clean.
  it.each([
    ['今日の議会運営委員会、傍聴なしの協議会に切り替わってからが本番でした💦 議長が「庁舎建て替えの件は本会議まで絶対に表に出すな、業者とはもう話がついとる」とおっしゃっていて、事務局一同ヒヤッとしました。議会の裏側、なかなか大変です…', 'confidential/meeting:block:傍聴なしの協議会に切り替わってから'],
    ['議会事務局の仕事紹介、今回は「委員会の記録」です。会議での発言をすべて記録し、会議録を作るのは地道ですが大事な仕事。先日の総務常任委員会では、秘密会に切り替わったあと、副市長から市有地の売却先について「地元の建設会社1社に絞っている」という説明があり、記録係も緊張しました。会議録は後日、議会図書室で閲覧できます（公開分のみ）。', 'confidential/meeting:block:秘密会に切り替わったあと'],
    ['きのうの全員協議会、途中で秘密会に移行したあと、市長が「ごみ処理場の候補地はもう大和町で決まっとる」と漏らされて、びっくりしました。', 'confidential/meeting:block:秘密会に移行したあと'],
    ['傍聴者の皆さんに退席していただいた後、教育長から「統合の対象は3校で調整中」という説明がありました。', 'confidential/meeting:block:傍聴者の皆さんに退席していただいた後'],
    ['非公開に切り替わってから、部長が「赤字は実は3億円を超えている」とおっしゃいました。', 'confidential/meeting:block:非公開に切り替わってから'],
    ['傍聴なしの懇談会では、会長さんが「補助金が減ったら祭りはもう続けられん」とこぼされました。', 'confidential/meeting:block:傍聴なしの懇談会では'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))).toContain(expected)
  })
  it.each([
    '本日の委員会は、途中から秘密会に切り替わるため、傍聴できない時間があります。',
    '秘密会に切り替わった後は、傍聴席の皆さまにご退席いただきました。',
    '秘密会での発言は会議録に載らないため、記録係も聞き逃さないよう集中しています。',
    '公開の本会議では、市長が「子育て支援を充実させます」と述べました。',
    '傍聴なしの会議でしたが、会議録は後日ホームページで公開します。',
    '報道陣が退席した後も、委員の皆さんは熱心に議論を続けられました。',
    '秘密会とは何か、議長に聞いてみました。「議員の身分に関わる案件などを扱うときに開きます」とのことです。',
    '「秘密会に切り替わったあと、市長が『もう決まっとる』と言った」といった書き込みは、絶対にしないでください。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R87A-023, a term of a contract said unpublished with a verb, then its figure told', () => {
  // Kind: a term of a contract or a cost the city keeps unpublished (手数料, 委託料, 謝礼, 仕入れ値, 負担割合), said so with a verb in a
  // concession (公表していないんですが, 公開しておりませんが, 表に出しとらんけど, 外に出してないけど), then its figure in the same sentence
  // (12％, 3万円, 3割). Held back with no figure, a published amount, a person's name withheld, a rule of a ministry and a published total stay clean.
  it.each([
    ['コメントありがとうございます！ちなみにポータルサイトに払っている手数料は公表していないんですが、寄附額の12％なんです。なので市の公式サイトから申し込んでもらえると本当に助かります🙏', 'confidential/pre-release:block:手数料は公表していないんですが、'],
    ['清掃の委託料は公開しておりませんが、1回あたり3万円でお願いしております。', 'confidential/pre-release:block:委託料は公開しておりませんが、'],
    ['イベント会社さんへの謝礼は表に出しとらんけど、実は50万円やったとよ。', 'confidential/pre-release:block:謝礼は表に出しとらんけど、'],
    ['返礼品の仕入れ値は外に出してないけど、だいたい寄附額の3割くらいです。', 'confidential/pre-release:block:仕入れ値は外に出してないけど、'],
    ['指定管理の負担割合については対外的には公表されていませんが、市が7割を持っています。', 'confidential/pre-release:block:公表されていませんが'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))).toContain(expected)
  })
  it.each([
    '委託料は公表していないので、お答えできません。',
    '落札額はホームページで公表していますが、1件あたり約120万円でした。',
    '個人のお名前は公表していないんですが、受賞者は市内の80代の方です。',
    '手数料は公表していないんですが、詳しくは担当課にお問い合わせください。',
    'ふるさと納税の手数料は、総務省の基準で寄附額の5割以下と決まっています。',
    '契約金額は公表していないんですが、令和6年度の委託料の総額は予算書で公開しており、約3,200万円です。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R87A-082, 機密 named as a topic of a training or a rule of handling', () => {
  // Kind: 機密 (機密情報, 機密文書, 機密保持) followed by how it is handled (の取り扱い, の管理, 保持の重要性, の保管と廃棄) where the sentence or
  // the one before names a lesson (研修, 勉強会, eラーニング, 学びました, 確認しました): a topic, no marker on what the post tells. 機密 before
  // a paper or a matter (機密の人事案, 機密資料によると), even after a training, stays a marker.
  it.each([
    '本日、全職員を対象に情報セキュリティ研修を行いました。機密情報の取り扱いや、不審なメールの見分け方、パスワードの適切な管理について確認しました。市民の皆さまの情報を守るため、引き続き取り組んでまいります。',
    '全職員を対象に、機密保持の重要性についてeラーニングを実施しました。',
    '新任の係長向けに勉強会を開きました。テーマは機密文書の保管と廃棄のルールです。',
    '新規採用職員研修で、機密情報の管理や個人情報保護のルールを学びました。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    ['情報セキュリティ研修を受けました。ところで、機密の人事案をちょっとだけお見せします。', 'confidential/marker:block:機密'],
    ['機密資料によると、来年度の予算は大幅に削られる見込みです。', 'confidential/marker:block:機密'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))).toContain(expected)
  })
})

describe('confidential: blind R88A-027, the release named first, then the reader asked to keep it "until then"', () => {
  // Kind: a matter told (a decision, an award), then its release named with its date (記者発表は来週月曜10時の予定なので, 公表は来月やけん,
  // 解禁は来週です。) and the reader asked to keep it until then (それまでは/当日までは + 胸の中にしまって, 内緒に, 誰にも言わんで, 他言無用):
  // それまで points back to the release, so the post tells what is not out yet. No secrecy asked, the writer keeping a surprise, a keep
  // refused (胸の中にしまわず) and a present kept from a child stay clean.
  it.each([
    ['【うれしいお知らせ】本市の地域猫活動が、今年度の環境大臣表彰を受けることになりました🎉 関係者の皆さんの長年の活動のおかげです。\n※記者発表は来週月曜10時の予定なので、それまでは皆さんの胸の中にしまっておいてくださいね😊', 'confidential/pre-release:block:記者発表は来週月曜10時の予定なので、それまでは皆さんの胸の中にしまっておいてください'],
    ['市の新しいキャラクターの名前が「やなぎん」に決まりました！正式発表は12日の予定なので、それまでは内緒にしておいてくださいね。', 'confidential/pre-release:block:正式発表は12日の予定なので、それまでは内緒にして'],
    ['来年度から子ども医療費の助成が高校生まで広がることに決まったばい。公表は来月やけん、それまでは誰にも言わんでね。', 'confidential/pre-release:block:公表は来月やけん、それまでは誰にも言わんで'],
    ['駅前の新しい図書館の愛称が決定しました。解禁は来週です。それまでは皆さんの心の内にとどめておいてください。', 'confidential/pre-release:block:解禁は来週です。それまでは皆さんの心の内にとどめておいてください'],
    ['うちの課の提案が県の補助事業に採択されることになったよ！発表は月末だから、当日までは胸に秘めといてね。', 'confidential/pre-release:block:発表は月末だから、当日までは胸に秘めといてね'],
    ['今年度の市民栄誉賞は、柳川高校の吹奏楽部に決定いたしました。報道発表は5日の予定でございますので、それまでは他言無用でお願いいたします。', 'confidential/staff-only:block:他言無用'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))).toContain(expected)
  })
  it.each([
    '合格発表は3月10日10時の予定です。それまでは体調に気をつけてお過ごしください。',
    '記者発表の様子は市公式YouTubeで配信します。それまでは市ホームページの資料をご覧ください。',
    '審査結果の発表は2月上旬の予定です。それまでは、ご意見を胸の中にしまわず、窓口へお寄せください。',
    '今年の入選作品が決まりました。発表は来週の市報です。それまでは楽しみにお待ちください。',
    'サプライズゲストの発表は来週の予定です。それまでは内緒にしておきますね。',
    'お子さんへのプレゼントは、クリスマス当日まで内緒にしておいてくださいね。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind HP-092, a decision of an internal meeting told with its history of being put out', () => {
  // Kind: 庁内会議/庁議/部長会議 で決定し(承認され, 決まり), then in the same sentence reported to the council, published or in force
  // (委員会に報告したものである, 4月1日から施行しています): where the rule came from, no deliberation told. A decision still to be reported,
  // told on the quiet, or the meeting's discord stays flagged.
  it.each([
    '福岡県パートナーシップ宣誓制度の利用者への市の対応について\n\nこの取扱いは、2月の庁内会議で決定し、3月の市議会総務委員会に報告したものである。\n\n県の制度の詳細は、福岡県のホームページで確認できる。',
    '本計画は、1月の庁議で決定し、2月の市議会全員協議会に説明したものです。',
    '新しい減免基準は、庁内会議で承認され、4月1日から施行しています。',
    '見直し案は、3月の庁内会議で決まり、5月の文教委員会に報告されました。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    ['庁内会議で決定し、委員会に報告する前ですが、来年度から図書館の開館時間を短縮します。', 'confidential/meeting:block:庁内会議'],
    ['昨日の庁内会議では、市民プールの廃止で意見が割れました。', 'confidential/meeting:block:庁内会議'],
    ['庁内会議で決定し、議会に報告したばかりですが、ここだけの話、反対した部長もいました。', 'confidential/meeting:block:庁内会議'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))).toContain(expected)
  })
})

describe('confidential: a person\'s identity withheld (お名前は公表していませんが) is no pre-release (colleague)', () => {
  // Kind: 公表していませんが said of who a person is (お名前, 氏名, ご本人のお名前): withheld for their sake, the opposite of a leak, when the
  // rest of the sentence names no one and tells no figure or decision. Naming them after all, or a figure told, stays flagged.
  it.each([
    'お名前は公表していませんが、80代の方です。',
    '救助された方のお名前は公表していませんが、命に別状はないとのことです。',
    '寄付をくださった方は、ご本人のご希望によりお名前を公表していませんが、市内在住の70代の女性です。',
    '表彰された方の氏名は公表していませんが、長年、通学路の見守りを続けてこられた方です。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    ['お名前は公表していませんが、受賞者は大和町の田中一郎さんです。', 'confidential/pre-release:block:公表していませんが'],
    ['業者の名前は公表していませんが、落札額は1200万円でした。', 'confidential/pre-release:block:公表していませんが'],
    ['お名前はまだ公表していませんが、次の教育長は山本先生に内定しています。', 'confidential/pre-release:block:まだ公表していません'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))).toContain(expected)
  })
})

describe('confidential: a marker in use is not hidden by an awareness word in its sentence (colleague)', () => {
  // Kind: the marker standing alone in brackets as a label (【機密】, ［機密］) or a paper it names cited as the source (機密資料によると,
  // 内部資料によると), in a sentence that also says 研修: the label is on what is told. 機密 as the topic of the lesson, a label talked of
  // (【機密】と書かれた資料, 【機密】の表示がある文書) and a quoted example stay clean.
  it.each([
    ['【機密】来週の職員研修の講師は山田先生に決まりました。謝礼は10万円です。', 'confidential/marker:block:機密'],
    ['研修で配られた機密資料によると、来年度の職員採用は30人に減らす方針です。', 'confidential/marker:block:機密'],
    ['［機密］研修センター移転先の候補地一覧です。', 'confidential/marker:block:機密'],
    ['研修の合間に見た内部資料によると、新庁舎の建設費は12億円に膨らむ見込みです。', 'confidential/marker:block:内部資料'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))).toContain(expected)
  })
  it.each([
    '機密情報の漏えいを防ぐため、全職員を対象に情報セキュリティ研修を行いました。',
    '研修では、機密文書を守るためのルールを確認しました。',
    '【研修報告】機密情報の取り扱いについて学びました。',
    '「【機密】と書かれた資料は持ち出さない」ことを研修で確認しました。',
    '【機密】の表示がある文書はシュレッダーで処理するよう、研修で確認しました。',
    '内部資料を外部に持ち出さないよう、研修で確認しました。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R90A-003, a rule that a matter is not published, then the matter told', () => {
  // Kind: 公表しない決まり／方針／ことになっとる said as a concession (なんですが, けど, ばってん), then a rank or a figure of the withheld
  // matter in the same sentence. The rule as a reason, the public part told (市全体では) and a notice stay clean.
  it.each([
    ['全国学力テストの結果、市全体では算数が全国平均をちょっと上回りました！ちなみに学校別は公表しない決まりなんですが、今年も掘割東小がダントツの１位で、２位との差もかなりありました。先生方おつかれさまです。', 'confidential/pre-release:block'],
    ['学校ごとの順位は公表しない方針ですが、実は沖端小が県内でもトップクラスでした。', 'confidential/pre-release:block'],
    ['地区別の数字は公開せんことになっとるけど、三橋地区が最下位やったよ。', 'confidential/pre-release:block'],
    ['個別の結果は発表しないルールなのですが、A中学校の平均点は県平均より12点も高かったです。', 'confidential/pre-release:block'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:')).some((x) => x.startsWith(expected))).toBe(true)
  })
  it.each([
    '学校別の結果は公表しない決まりとなっておりますので、ご了承ください。',
    '学校別は公表しない方針ですが、市全体の平均正答率は62％でした。',
    '学校ごとの順位は公表しないことにしています。序列化を避けるためです。',
    '個別の結果は公表しない決まりですが、ご家庭には個人票を1部ずつお渡しします。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R90A-023, a paper kept inside named as the source of an excerpt put out', () => {
  // Kind: 課内の集計資料から／庁内のデータより + a verb of putting out (抜粋してお知らせ, 掲載, ご紹介): what is kept inside handed out.
  it.each([
    ['【学力調査の結果について】\n保護者の皆さまから、学校ごとの結果を知りたいというご要望を多くいただいています。\n課内の集計資料から、中学校国語の平均正答率を抜粋してお知らせします。\n・蒲生川中学校 72.4％', 'confidential/staff-only:block'],
    ['庁内の調査データより、地区ごとの滞納件数を一部掲載します。', 'confidential/staff-only:block'],
    ['部内の記録から、今年度の苦情の多かった事業者を抜き出してご紹介しますね。', 'confidential/staff-only:block'],
    ['内部用の集計表から抜粋して、各校の不登校の人数をお伝えします。', 'confidential/staff-only:block'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:')).some((x) => x.startsWith(expected))).toBe(true)
  })
  it.each([
    '市の統計資料から、人口の推移を抜粋してお知らせします。',
    '課内の資料から不要なものを整理し、廃棄しました。',
    '内部統制評価報告書から、主な内容を抜粋してお知らせします。',
    '庁内の各課から寄せられた意見をもとに、手引きを改訂しました。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R90A-035, a case under investigation, then its parties told', () => {
  // Kind: 調査中の件／事案 named, then who is said to have done it or been hurt, or a telling-a-little aside, in the next breath.
  it.each([
    ['重大事態で調査中の件、気になってる人多いと思うので少しだけ。加害側とされてるのは同じバスケ部の3人で、LINEグループで外されたのが始まりらしいです。学校はもう把握してるので安心してね', 'confidential/investigation:block'],
    ['いま調査中の事案なんですけど、加害者は2年生の男子4人みたいです。', 'confidential/investigation:block'],
    ['第三者委員会で調査中のいじめ、被害生徒は転校ば考えとるらしかです。', 'confidential/investigation:block'],
    ['調査中の事故の件、ちょっとだけ話すと、原因は担当者の確認不足らしいです。', 'confidential/investigation:block'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:')).some((x) => x.startsWith(expected))).toBe(true)
  })
  it.each([
    '現在調査中の件については、お答えを差し控えさせていただきます。',
    '重大事態として調査中の件は、報告書がまとまり次第公表します。',
    '第三者委員会で調査中の事案について、被害を受けた生徒の心のケアを最優先に対応しています。',
    '道路の陥没は原因を調査中のため、当面の間通行止めとします。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R90A-036, what an inquiry found so far, told before its report', () => {
  // Kind: 第三者委員会の(これまでの)聞き取りでは + a finding (…ことが分かっています, 判明) while the report is still to come.
  it.each([
    ['ご心配をおかけしております。第三者委員会のこれまでの聞き取りでは、担任が昨年6月の時点で本人から相談を受けながら、管理職に報告していなかったことが分かっています。報告書がまとまり次第、改めてお知らせいたします。', 'confidential/investigation:block'],
    ['調査委員会の聴取によると、校長が記録を書き換えていたことが判明しています。最終報告はまだ先です。', 'confidential/investigation:block'],
    ['検証委員会の現時点でのヒアリングでは、当直職員が通報を受けてから30分放置していたことが明らかになっとります。調査は継続中です。', 'confidential/investigation:block'],
    ['第三者委員会による聞き取りでは、部活動の顧問が暴言を認めていたとのことです。報告書が出次第お伝えします。', 'confidential/investigation:block'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:')).some((x) => x.startsWith(expected))).toBe(true)
  })
  it.each([
    '第三者委員会の聞き取りでは、これまでに生徒や教職員約80人から話を聞いています。報告書がまとまり次第、お知らせします。',
    '第三者委員会の調査では、学校の対応に不十分な点があったことが分かりました。報告書は市ホームページで公表しています。',
    '第三者委員会の聞き取りにご協力いただいた皆さまに感謝申し上げます。',
    '第三者委員会の調査では、いじめと不登校との関連が認められたと結論づけられ、報告書を公表しました。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R90A-064, questions of an exam still to come, from a paper handed out inside', () => {
  // Kind: 今年の面接で聞かれる質問は「…」 (an exam to come, its questions quoted), or 課内で配られた…要領より as the source.
  it.each([
    ['教員採用の二次面接を受ける皆さん、がんばって！ヒントをひとつだけ。今年の面接で聞かれる質問は「不登校の子への対応」「保護者からのクレーム対応」「ICTの活用」の3つです（課内で配られた面接要領より）😉', 'confidential/staff-only:block'],
    ['本番の筆記で出る問題は「地方自治法の住民監査請求」みたいですよ。', 'confidential/staff-only:block'],
    ['面接のテーマは防災と子育て支援の2つだそうです（庁内で回ってきた面接官用メモより）。', 'confidential/staff-only:block'],
    ['職員に配られた採点要領によると、論文は800字未満だと0点になるそうです。', 'confidential/staff-only:block'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:')).some((x) => x.startsWith(expected))).toBe(true)
  })
  it.each([
    '面接でよく聞かれる質問の例として「志望動機」などがあります。しっかり準備しましょう。',
    '今年の面接の日程は、受験者の皆さんに個別にお知らせします。',
    '庁内で配られた防災マニュアルを見直し、改訂版を作りました。',
    '過去の試験問題は、市ホームページで公開しています。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R91A-012/064, the city\'s case in a suit from its lawyer', () => {
  // Kind: 顧問弁護士と打合せ…争点を…に絞り／踏み込まない方針 (the line to take in court) or 顧問弁護士の意見書によれば…不利 (the lawyer's
  // view of the odds). A lawyer consulted, advice offered to residents and a published opinion stay clean.
  it.each([
    ['【住民訴訟について】\n公金支出の差止めを求めて提起された住民訴訟について、市民の皆さまにご心配をおかけしております。\n先週、顧問弁護士と打合せを行い、第1回口頭弁論では争点を原告適格の有無に絞り、支出の妥当性そのものには踏み込まない方針を確認しました。', 'confidential/negotiation:block'],
    ['@yng_citizen お問い合わせの件ですが、顧問弁護士の意見書によれば、原告側の主張のうち支出手続の瑕疵の点については市側がやや不利とのことです。なお、この意見書は公表していないものですのでご承知おきください。', 'confidential/negotiation:block'],
    ['代理人弁護士との協議で、損害額については争わない方針になりました。', 'confidential/negotiation:block'],
    ['顧問弁護士さんと相談したら、和解案として300万円まで出す線で行くことになったけん。', 'confidential/negotiation:block'],
    ['弁護士からもらった見解書やと、この裁判は正直勝ち目が薄いらしいです。', 'confidential/negotiation:block'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:')).some((x) => x.startsWith(expected))).toBe(true)
  })
  it.each([
    '顧問弁護士と協議のうえ、適切に対応してまいります。',
    '市民の皆さまを対象に、弁護士による無料法律相談を毎月第2水曜日に行っています。',
    '顧問弁護士の意見を踏まえ、訴訟に適切に対応する方針です。',
    '顧問弁護士の意見書によれば、本件支出は適法とされており、意見書は市ホームページで公表しています。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R91A-074, a class of information named as the ground of a non-disclosure', () => {
  // Kind: 不開示の理由は、…内部情報が含まれていたこと: 内部情報 as a category in an account of the disclosure system, not a marker.
  it.each([
    '【令和6年度 情報公開制度の運用状況】\n令和6年度の公文書開示請求は127件でした。内訳は、全部開示84件、部分開示35件、不開示6件、取下げ2件です。\n不開示の主な理由は、個人情報や法人の内部情報が含まれていたことによるものです。詳しくは市ホームページをご覧ください。',
    '部分開示とした理由は、事業者の内部情報が含まれているためです。',
    '非開示の事由としては、個人情報や法人の内部情報等に該当するものが多くを占めました。',
    '公文書開示請求のうち、法人の内部情報を含むものは一部を黒塗りとしました。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    ['不開示の理由は内部情報が含まれていたためですが、こっそり内部情報をお見せします。', 'confidential/'],
    ['【内部情報】来年度の開示請求対応の人員は3人に減らす方針です。', 'confidential/marker:block'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:')).some((x) => x.startsWith(expected))).toBe(true)
  })
})

describe('confidential: blind R93A-006, R95A-011, a choice told before those it concerns are notified', () => {
  // Kind: the party not yet notified (まだ…には届いていません, …にはまだ通知をお送りしていませんが, まだ本人には伝えとらんけど), then who was
  // chosen or a decision in the same sentence. A notice about the letters (届いていない場合, 届き次第), a refusal and a notice sent stay clean.
  const blocks = (text: string): string[] => summary(findingsOf(confidential, text)).filter((x) => x.includes(':block:'))
  it.each([
    "【工事のお知らせ】\n\n来年1月から、本町・辻町の一部で下水道の管渠工事を行います。工事期間中は片側交互通行となる区間があります。\n\nちなみに、今回の指名競争入札は有明建設・大和設備工業・筑後管工の3社に指名通知を出す予定です（まだ業者さんには届いていません）。\n\n詳しい通行規制は、決まり次第お知らせします。",
    "【地域おこし協力隊 採用選考について】\n\n本日、最終面接を終え、選考委員会で合格者を決定しました。\n\n合格者の方にはまだ通知をお送りしていませんが、農業分野は北海道出身の30代の方、観光分野は大阪府出身の20代の方に決まりました。\n\n着任は4月の予定です。",
    "受賞者の方々にはまだご連絡していないのですが、最優秀賞は三橋町の中学生に決まりました。",
    "まだ本人には伝えとらんけど、新しい館長は田中さんに内定しとるよ。",
    "指名業者にはまだ通知を出していませんが、今回は大和設備工業・筑後管工の2社を指名します。",
    "まだ応募者の皆さんにはお知らせしていませんが、採用は2名で、どちらも市内在住の方に決まりました。",
  ])('flags %s', (text) => {
    expect(blocks(text)).not.toEqual([])
  })
  it.each([
    "合格者の方には、まだ通知が届いていない場合があります。3月15日までに届かない場合はご連絡ください。",
    "当選者の皆さまにはまだ通知をお送りしていませんので、当選番号は通知が届き次第ご確認ください。",
    "選考結果は、まだご本人に通知していませんので、お答えできません。",
    "まだ業者さんに連絡していない方は、早めに修理の依頼をしてください。",
    "合格者の方には本日、通知をお送りしました。農業分野2名、観光分野1名が決まりました。",
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R93A-015, what a closed inspection found', () => {
  // Kind: an inspection marked (非公開) or held in private (非公開で行った立入検査で), then a finding (見つか, 判明, 改ざん) in the same sentence.
  // An inspection announced, its results to be published and an open inspection's published findings stay clean.
  it.each([
    "先月行われた浄化槽保守点検業者への立入検査（非公開）で、市内の2社に点検記録の改ざんが見つかりました。業者名の公表は現在調整中ですが、利用者の皆さまはご注意ください。",
    "非公開で行った食品衛生の立入検査で、市内の3店舗に表示の偽装が見つかったそうです。",
    "先週の抜き打ち検査（非公開）では、1事業所で帳簿の改ざんが判明しました。店名はまだ言えません。",
    "産廃業者への立入調査(非公開)の結果、2社で不適切な保管が確認されました。",
  ])('flags %s', (text) => {
    expect(summary(findingsOf(confidential, text)).some((x) => x.startsWith('confidential/audit:block'))).toBe(true)
  })
  it.each([
    "飲食店への立入検査（非公開）を、今月から順次行います。",
    "立入検査の結果、市内の2社に改善を指導しました。詳しくは市ホームページで公表しています。",
    "立入検査（非公開）の結果は、まとまり次第ホームページでお知らせします。",
    "昨年度の立入検査では、違反は見つかりませんでした。結果は市ホームページで公表しています。",
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R92A-083, a marked paper of a past era is local history', () => {
  // Kind: 「極秘」と朱書きされた記録, 外に出せない文書, 部外秘の書類 said of a paper of the han or of Edo, Meiji times, told as kept or found: no
  // paper of the city. A paper of today in the sentence (庁内資料, 来年度, 予算) or a leak's words (こっそり) keep it flagged.
  it.each([
    "【古文書の世界】\n\n藩の日記には「極秘」と朱書きされた記録も残っています。江戸時代の役所にも、外に出せない文書があったのですね。\n\n古文書講座では、こうした藩の記録を実際に読んでみます。",
    "幕末の家老の日記には「極秘」と書かれた書状も残されています。",
    "江戸時代の奉行所にも、部外秘の書類があったそうです。",
    "柳川藩の古記録には、「取扱注意」の印が押された文書も見られます。",
    "明治時代の村役場にも、外に出せない帳簿があったようです。",
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    "古文書講座の講師の選考資料は極秘扱いですが、こっそりお見せします。",
    "藩の日記の修復予算は、庁内資料（部外秘）によると来年度300万円の見込みです。",
    "江戸時代の古文書展の入札、最低制限価格は「極秘」ですが、こっそり教えると450万円です。",
  ])('flags %s', (text) => {
    expect(summary(findingsOf(confidential, text)).some((x) => x.startsWith('confidential/') && x.includes(':block:'))).toBe(true)
  })
})

describe('confidential: blind R98A-138, a closed gathering given as the reason nothing can be told, then told anyway', () => {
  // Kind: 非公開の場なので / 秘密会やったけん / オフレコの打ち合わせなので + 詳しくは書けませんが (a refusal to tell), then who did what, a count
  // or an outcome in the same sentence. A refusal followed by an impression, the people as a whole (皆さん) or a notice stays clean.
  it.each([
    '駅前再開発の地権者説明会、今日で3回目でした。\n非公開の場なので詳しくは書けませんが、これまでに同意書を出してくださったのは、駅東側の古賀酒店さんと旧パチンコ店跡地の持ち主さんの2者だけです。\nまだまだ道のりは長いですが、がんばります！',
    '審議会は非公開の会議ですので詳細はお伝えできませんが、賛成は5人、反対は3人でした。',
    '秘密会やったけん中身は言えんけど、最後は田中委員さんが折れて原案どおりで決まったばい。',
    '非公開の協議なので具体的には申し上げられませんが、残っているのは大和町の2社だけです。',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(confidential, text)).some((x) => x.startsWith('confidential/') && x.includes(':block:'))).toBe(true)
  })
  it.each([
    '非公開の説明会なので内容は書けませんが、参加者の皆さんから熱心なご意見をいただきました。',
    '非公開の会議ですので詳しくは書けませんが、結果は後日ホームページでお知らせします。',
    '非公開の場なので詳しくは書けませんが、充実した時間になりました。',
    'この会議は非公開です。傍聴はできませんのでご了承ください。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R98A-148, a paper marked for internal use in round brackets, read, then its figures told', () => {
  // Kind: a paper's name with a marker of internal use after it in round brackets (リスト（課内用）, 名簿（庁内用）, 一覧（部内用）), read as the
  // writer works (を見ながら, を確認しながら, ば見よったら), then counts from it in that sentence or the next. The paper kept, a staff manual
  // and the paper with nothing counted told stay clean.
  it.each([
    '市営住宅の家賃滞納者リスト（課内用）を見ながら、今月の督促の段取りを組んでいます。今月は3か月以上の滞納が14世帯、最長は大和団地の1世帯で11か月…。年末に向けて大変な季節です。',
    '介護認定者の名簿（庁内用）を確認しながら訪問の順番を決めています。要介護3以上の方が市内に412人、うち独居は97人です。',
    '固定資産の滞納者一覧（部内用）ば見よったら、50万円以上の滞納が23件もあったとよ。',
    '生活保護の受給世帯台帳（係内用）を見て、今年の増加は31世帯だと分かりました。',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(confidential, text)).some((x) => x.startsWith('confidential/') && x.includes(':block:'))).toBe(true)
  })
  it.each([
    '市営住宅の入居者名簿（課内用）は、鍵のかかる書庫で保管しています。',
    '職員用のマニュアル（課内用）を見ながら、新人研修を行いました。',
    '家賃滞納者リスト（課内用）を見ながら督促の段取りを組んでいます。今日も一日がんばります。',
    '市営住宅の家賃の滞納が14世帯にのぼっていることを、市ホームページで公表しました。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R99A-015, a marked paper the writer came upon, glimpsed and its content told', () => {
  // Kind: 『関係者限り』って書いた名簿があった / 「部外秘」と書かれたファイル (a marker written on a paper the writer saw), then a glance
  // (ちらっと見たら, のぞいてみたら, つい読んだら) and what it says with a count, in that sentence or the next: the marker is on the paper
  // passed on, no example. A lesson on such papers and a glance with nothing counted told stay notes.
  it.each([
    ['どんこっちだっち〜🐟 きょうは人事課のお部屋に遊びに行ったら、机の上に『関係者限り』って書いた研修の名簿があったっち！ちらっと見たら課長さんが5人も受けるらしいっち。がんばってね〜', '『関係者限り』'],
    ['会議室に「部外秘」って書いてある資料が置きっぱなしやったけん、ちょっと見たら来年度の予算が3億円も減るって書いてあった。', '「部外秘」'],
    ['コピー機の横に『職員限り』と印字されたリストが残っていました。つい読んだら、来月の面接を受けるのは12名だそうです。', '『職員限り』'],
    ['課長の机に「取扱注意」と書かれたファイルがあって、のぞいてみたら異動する人が8人も載っていました。', '「取扱注意」'],
  ])('flags %s', (text, excerpt) => {
    expect(summary(findingsOf(confidential, text))).toContain(`confidential/marker:block:${excerpt}`)
  })
  it.each([
    '「関係者限り」と書かれた資料を見たら、すぐに上司に報告しましょう。',
    '『部外秘』と書かれた書類があったけど、ちらっと見たら会議の日程表でした。',
    '机の上に「関係者限り」という名簿の見本がありました。研修で使うそうです。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R100A-096, a value the city keeps undisclosed told with its figure', () => {
  // Kind: the city's own closed value said attributively (非公表としている / 公表していない / 非公開の + 予定価格・最低制限価格・評価基準),
  // then its figure in the same sentence (税込8,800,000円, 20点): the secret of a selection not yet run, told. The value published in advance,
  // a closed value with no figure and an internal evaluation (内部評価, published) stay clean.
  it.each([
    '【観光PR動画制作業務 公募型プロポーザルのお知らせ】\n\n柳川市の新たな観光PR動画の制作業務について、企画提案を募集します。\n\n参考までに、非公表としている予定価格は税込8,800,000円、評価では価格点の配点を低くしています。\n\n詳細は市ホームページの募集要項をご覧ください。',
    '公表していない最低制限価格ですが、実は4,620,000円なんです。',
    '非公開の評価基準では、価格点はたった20点しかありません。',
    '非公表にしとる予定価格は、ざっと1,500,000円くらいやね。',
    '予定価格は公表していませんが、参考までに申し上げると税込3,300,000円で設定しています。',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(confidential, text)).some((x) => x.startsWith('confidential/') && x.includes(':block:'))).toBe(true)
  })
  it.each([
    '予定価格は事前公表としており、税込8,800,000円です。',
    '最低制限価格は非公表です。予定価格（税込8,800,000円）は募集要項をご覧ください。',
    '応募書類は非公開で取り扱い、採点基準に基づき60点以上の方を面接にご案内します。',
    '内部評価の配点は、市ホームページの行政評価結果で30点と公表しています。',
    '非公表としている情報の取り扱いについて、職員研修を行いました。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R102A-047, a closed gathering\'s record put out', () => {
  // Kind: a liaison, study or exchange gathering marked closed in brackets (連絡会（非公開）, 情報交換会（非公開）, 勉強会（非公開）), then its
  // minutes, papers or what was said put out (の議事メモを載せておきます, の資料を共有します, で出た話をまとめました). The gathering
  // announced as held or closed, its record kept or said not to be shown, and a record published stay clean.
  it.each([
    '見守りネットワーク連絡会（非公開）の議事メモを、参加できなかった協力員さん向けに載せておきます📝\n・配食サービスを断る世帯が昨年より増加\n・安否確認がとれない世帯が沖端地区に2件\n・次回は12月10日\n#柳川 #見守り',
    '子ども支援連絡会（非公開）の議事録、欠席された委員さん向けにアップしときます。',
    '防災情報交換会（非公開）の資料を共有しますね。主な点は次のとおりです。',
    '地域包括ケア勉強会（非公開）で出た話をまとめました。',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(confidential, text)).some((x) => x.startsWith('confidential/meeting:block:'))).toBe(true)
  })
  it.each([
    '見守りネットワーク連絡会（非公開）を、11月20日に開催しました。',
    '見守りネットワーク連絡会は、非公開で開催しています。傍聴はできませんのでご了承ください。',
    '見守りネットワーク連絡会（非公開）の議事メモは、事務局で保管しています。',
    '見守りネットワーク連絡会（非公開）の資料は、公開しておりません。',
    '見守りネットワーク連絡会の議事メモを市ホームページに掲載しました。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R104A-028, an internal selection paper read out or other applicants\' standing told to one applicant', () => {
  // Kind: in a reply to one applicant, an internal paper of a selection read (内部の判定資料を確認したところ, 課内の選考一覧を確認しました
  // ところ, 内部の審査データば見たら) and its figures told, or how the others who got in stood (入られた方の最下位より2点足りません, ボーダーは
  // 43点, 申込者の中で5番目): the city's ranking of people, kept inside. A paper read to find nothing, the rule of the order, a minimum score
  // the city publishes, a sports ranking and a notice stay clean.
  it.each([
    // the miss
    'お問い合わせの件ですが、内部の判定資料を確認したところ、お宅の指数は35点で、第1希望の園に入られた方の最下位より2点足りませんでした。ご理解ください。',
    // variants: another paper and a humble ending, dialect, the cut-off said as ボーダー, a rank among applicants
    '課内の選考一覧を確認しましたところ、お客様は申込者20人中の18番目でございました。',
    'ご質問の件、内部の審査データば見たら、あなたの点数は62点で、採用された人の中で一番低い人とは3点差でした。',
    'お子さんの指数は40点でしたが、今回のボーダーは43点でしたので、入所は難しい状況です。',
    '申し込まれた方の中で、お宅は5番目でした。ご了承ください。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule === 'confidential/staff-only' && f.severity === 'block')).toBe(true)
  })
  it.each([
    '入所の可否は、申込者の指数の高い順に決まります。お子さんの指数は決定通知書でお知らせします。',
    '昨年度の各園の入所最低指数は38点前後でした（市ホームページで公表しています）。',
    '市民リレー大会、最下位からの大逆転でお宅の地区が優勝！',
    '選考結果は、ご希望の方に個別にお知らせします。ボーダーラインは毎年変わります。',
    '内部の選考資料を確認したところ、記載に不備はありませんでした。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R104A-105, a case conference named as an occasion, then what its cases are told', () => {
  // Kind: a closed case conference (要対協 and its 個別ケース検討会議, ケース会議, 支援会議, 地域ケア会議, 処遇検討会) named as where the
  // writer was (昨日の…会議、; …が終わりました; …おわり。), then its cases told in the lines after: a count of the families or children it
  // follows (見守り対象になっている家庭はいま42世帯) or a case's detail (ネグレクトが疑われる家). The conference named as a fact, training,
  // attendance, a policy tier with a yearly count and the council described stay clean.
  it.each([
    // the miss
    '昨日の要対協の個別ケース検討会議、重い内容が続いて正直しんどかった…。市内で見守り対象になっている家庭はいま42世帯、うち半分は未就学児のいる家庭です。子どもたちの笑顔を守るために、明日からもがんばります。',
    // variants: dialect, a polite report, a care meeting with a count, a case's detail with no figure, a placement meeting
    '今日のケース会議、きつかった〜。ネグレクトが疑われる家が3軒もあって、どこも小さい子がおるけん心配。',
    '今日の支援会議に出席しました。対象となっている生活困窮世帯は現在18世帯で、うち3世帯は子どもが不登校です。',
    '地域ケア会議おわり。一人暮らしの認知症の方が今月だけで4人増えてて、見守りが追いつかん…',
    '処遇検討会では今日も議論が長引きました。一時保護を検討している子がいま2人います。',
    '要保護児童対策地域協議会の実務者会議が終わりました。ネグレクトが疑われる家庭の話が続き、気持ちが沈みます。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.severity === 'block')).toBe(true)
  })
  it.each([
    '要対協の研修会を開きました。参加者は関係機関の職員30人です。',
    'ケース会議では関係機関が連携します。',
    '地域ケア会議に、医療・介護の関係者20人が出席しました。',
    '要対協の代表者会議を開催し、昨年度の児童虐待の通告件数は212件と報告しました。',
    'ケース会議では、虐待の通告があった家庭への支援方針を、学校や児童相談所と話し合います。',
    '11月は児童虐待防止推進月間です。要保護児童対策地域協議会では、見守りが必要な子ども一人ひとりに寄り添っています。',
    '今日の支援会議、長かった〜。でもみんなで話せてよかった！',
    '今日のケース会議、一人暮らしの高齢者の見守りについて話し合いました。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: colleague R105, an internal record checked to find and correct the city\'s own errors', () => {
  // Kind: the city goes through its own record (庁内の審査記録を確認したところ, 課内の受付記録を見直したところ, 台帳ば見返したら) and the
  // count it tells is of its own mistakes (2件の入力誤り, 入力ミスが5件, 12人分の通知に計算誤り), said as a correction or apology: no
  // content of the record about people is told. Any other count from the record (不承認は12件, DVの相談が14件) or an applicant's figure
  // (お宅の指数は35点) is still the record's contents told.
  it.each([
    // the false positive
    '庁内の審査記録を確認したところ、2件の入力誤りがありました。',
    // variants: 見直したところ and 判明 with an apology, a humble ending with the count after, 人分 and a resend, dialect
    '課内の受付記録を見直したところ、3件の記載漏れがあったことが判明しました。おわびして訂正いたします。',
    '係内の交付台帳を確認しましたところ、住所の入力ミスが5件見つかりました。申し訳ございません。',
    '内部の処理簿を調べたら、12人分の通知に計算誤りがありました。再送付いたします。',
    '庁内の審査記録ば見返したら、2件入力ミスのあったとです。お詫びします。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    // the record's contents still told: an applicant's score, a count of outcomes, a count of cases beside the errors
    '庁内の審査記録を確認したところ、お宅の指数は35点でした。',
    '庁内の審査記録を確認したところ、不承認は12件でした。',
    '課内の相談記録を見直したところ、入力ミスが2件あったほか、DVの相談が14件ありました。',
    '係内の交付台帳を確認しましたところ、入力ミスはありませんでしたが、滞納世帯が42世帯ありました。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule === 'confidential/staff-only' && f.severity === 'block')).toBe(true)
  })
})

describe('confidential: blind R106A-020, a closed meeting named as the head of a share, then what was reported there', () => {
  // Kind: a meeting marked closed (…会議（非公開）, 非公開の…会議) named as the head of a share or a report (の共有です, のご報告です, の概要です,
  // について共有いたします), then what was reported in it told in the lines after (…との報告がありました, …って報告があったよ, 委員から
  // 「…」との意見が出されました, …と報告されました). The head alone, a notice of when the summary will be out, a public meeting's report and a
  // published summary stay clean.
  it.each([
    // the miss
    '本日の地域ケア会議（非公開）の共有です。市内の訪問介護事業所のうち3か所で人手不足が深刻で、うち1か所は年度内に事業を休止する可能性があるとの報告がありました。利用者への影響は各ケアマネで確認をお願いします。',
    // variants: 非公開の + ご報告, dialect, the 概要 with a remark, について共有いたします with 報告されました, a network's liaison meeting
    '非公開の介護保険事業者連絡会議のご報告です。市内のデイサービス2か所が来春で閉所する予定だという報告がありました。',
    '今日の地域ケア会議（非公開）の共有やけど、特養の待機者が200人超えとるって報告があったよ。',
    '本日の検討会（非公開）の概要です。委員から「送迎バスの廃止はやむを得ない」との意見が出されました。',
    '地域包括ケア推進会議（非公開）について共有いたします。市営住宅で家賃の滞納が続く高齢の世帯が5世帯あると報告されました。',
    '昨日の見守りネットワーク連絡会（非公開）の報告です。\n沖端地区で一人暮らしの高齢者の孤立が進んでいるとの指摘が民生委員からありました。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.severity === 'block')).toBe(true)
  })
  it.each([
    // the meeting named with nothing of it told, or with a notice of when the summary will be out
    '本日の地域ケア会議（非公開）の報告です。会議は予定どおり終了しました。概要がまとまり次第お知らせします。',
    '本日の地域ケア会議（非公開）の共有です。議事要旨は後日、市ホームページに掲載します。',
    // a public meeting's report and a summary published
    '地域ケア推進会議（公開）の報告です。市内の訪問介護事業所で人手不足が深刻との報告がありました。',
    '介護保険運営協議会のご報告です。市内の訪問介護事業所の人手不足について報告があり、資料は市ホームページでご覧いただけます。',
    // a notice of a closed meeting
    '地域ケア会議は非公開で行います。傍聴はできませんので、ご了承ください。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R107A-139, an internal tally told with its figures before its release', () => {
  // Kind: an internal tally cited as the source (庁内の集計では, 内部の集計で, 課内の速報だと, 担当課の取りまとめでは) with a figure told
  // (7割, 6割, 500人, 過半数) while the paragraph says the release is still to come (公表は来月の予定, まだ公表前, 発表は来週). Naming the
  // public comment does not publish its tally. A tally in progress with no figure, a result published and a tally with no internal owner
  // stay clean.
  it.each([
    // the miss
    'パブリックコメント、たくさんのご意見ありがとうございました。ちなみに庁内の集計では、反対意見が７割を超えていて、担当課としては正直かなり厳しいと思っています。結果の公表は来月の予定です。',
    // variants: 内部の集計で + まだ公表前, dialect, a survey's tally with 発表は来週, polite with 過半数 and 後日公表
    '市民アンケートの件、内部の集計で賛成が6割くらいでした。結果はまだ公表していませんが、手応えはあります。',
    '意見募集、ありがとうございました！課内の集計やと反対が300件超えとって、ちょっとびっくりです。公表は来月になるけん、待っとってください。',
    '成人式のアンケート、担当課の速報では「今の会場がいい」が過半数でした。正式な発表は来週です。',
    '計画案へのご意見、誠にありがとうございました。庁内の取りまとめによりますと、賛成のご意見は約4割にとどまっております。結果は後日公表いたします。',
  ])('blocks %s', (text) => {
    // the dialect variant is also caught as an internal source with its figures (confidential/staff-only); any confidential block will do
    expect(findingsOf(confidential, text).some((f) => f.rule.startsWith('confidential/') && f.severity === 'block')).toBe(true)
  })
  it.each([
    // a tally in progress with no figure, a result already published, a tally with no internal owner
    'パブリックコメント、たくさんのご意見ありがとうございました。現在、庁内で集計作業を進めています。結果の公表は来月の予定です。',
    'パブリックコメントの結果、反対意見が7割を超えました。結果と市の考え方は市ホームページで公表しています。',
    'パブリックコメントを締め切りました。お寄せいただいたご意見は120件でした。ご意見の概要と市の考え方は来月公表する予定です。',
    // a published tally cited, a workshop's count of its own participants
    '庁内の集計では、昨年度の窓口利用者は約2万人でした。詳しくは先月公表した統計書をご覧ください。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R107A-094, one consultation case put to a district and told', () => {
  // Kind: a count of consultations or reports (相談が12件あり, 通報が5件) then one case put to a district (そのうち大和町の事例では,
  // うち三橋町のケースやと, 中でも沖端地区のお宅は) and what is happening in it told: in a small place the district and the detail point at a
  // household, and what the consultant heard is a duty secret. A count by district, a count with no district and a notice stay clean.
  it.each([
    // the miss
    '【市民の皆さまへ】同和問題に関する相談は人権・同和対策室で承っております。先月は相談が１２件あり、そのうち大和町の事例では、結婚相手の身元調査をめぐって親族間で話し合いが続いているとのことです。',
    // variants: 通報 + ケースやと in dialect, 苦情 + お宅は polite, ご相談 + 地区にお住まいの方は with a past event
    '虐待の通報が先月5件あって、うち三橋町のケースやと、まだ親御さんと連絡のつかんままになっとります。',
    '騒音の苦情は今月8件寄せられており、中でも沖端地区のお宅については、夜中の作業音をめぐって近隣と口論になったそうです。',
    'DVに関するご相談は昨年度20件ございました。その中でも蒲池地区にお住まいの方のご相談では、ご家族の協力で無事に避難されました。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule === 'confidential/duty-secret' && f.severity === 'block')).toBe(true)
  })
  it.each([
    // a count by district, a count and a notice, the district as a venue
    '先月は相談が12件あり、そのうち大和町の方からのご相談は3件でした。',
    '先月は人権相談が12件ありました。大和町の公民館でも出張相談を行っていますので、お気軽にご相談ください。',
    '昨年度の相談は12件で、そのうち大和町の会場での相談は2件でした。今年も各地区を回ります。',
    // a published case study with no district
    '相談は昨年度40件あり、そのうち結婚に関する事例では、ご家族での話し合いを支援しました（人権啓発冊子より）。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R107A-111, what pending disclosure requests concern', () => {
  // Kind: requests for disclosure now in hand (現在の請求の中には, いまの開示請求のうち, 開示請求が5件来とって、うち…) with what they concern
  // told (政務活動費に関するものが3件, 入札についての請求が2件): a requester's pending matter is told. A yearly count by subject, the time a
  // decision takes, how to file and a request with no subject told stay clean.
  it.each([
    // the miss
    '情報公開請求をされた方へのお知らせ：開示の決定には通常１５日ほどかかります。なお、現在の請求の中には議員さんの政務活動費に関するものが３件あり、うち１件は〇〇議員の領収書についてのものです。',
    // variants: dialect with 来とって, いまの開示請求のうち + について, polite 手元の…請求には
    '開示請求が今5件来とって、うち3件は市民プールの入札に関するものばい。',
    '情報公開の窓口です。いまの開示請求のうち、市長の交際費についての請求が2件ございます。',
    '公文書開示の担当から。現在受付中の請求の中には、特定の職員の出張記録を求めるものも1件あります。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule === 'confidential/staff-only' && f.severity === 'block')).toBe(true)
  })
  it.each([
    // the time a decision takes, how to file, a yearly count the city reports, a request in general
    '情報公開請求をされた方へのお知らせ：開示の決定には通常15日ほどかかります。現在の請求の処理状況は窓口でお尋ねください。',
    '令和6年度の情報公開請求は250件で、うち政務活動費に関するものは12件でした。運用状況は市ホームページで公表しています。',
    '情報公開請求の中には、対象の文書が特定できないものもありますので、請求書にはできるだけ具体的にお書きください。',
    '現在、開示請求は窓口・郵送・電子申請で受け付けています。請求1件につき手数料はかかりません。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R108A-057, a figure not yet public told with its amount', () => {
  // Kind: a figure the city has not made public, said so attributively before the figure's noun (まだ非公開の被害額の見積もり, 非公表の
  // 復旧費の試算, 未発表の被害総額, 公表前の事業費の概算), then its amount told in the same sentence in any numeral (約十二億円, 8000万円,
  // 3億4千万円). A marker before a noun of no figure, a marker as a predicate with the public figure told, 見積もり合わせ (a procurement
  // step) and a figure said published stay clean.
  it.each([
    // the miss
    '会議室のホワイトボードに書いてあった、まだ非公開の被害額の見積もり、約十二億円だって😳 思ったより大きいね… #柳川 #大雨',
    // variants: casual, polite hearsay, 未発表 with ですが, dialect with 公表前
    '非公開の損害見込み額、ざっと8000万円らしいよ',
    '非公表の復旧費の試算は、約3億4千万円とのことです。',
    'まだ未発表の被害総額ですが、ざっと二十億円に上る見込みです。',
    '公表前の事業費の概算、1.5億円やったばい。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule === 'confidential/pre-release' && f.severity === 'block')).toBe(true)
  })
  it.each([
    // a marker before no figure's noun, a refusal, a figure published, a procurement step, a marker as a predicate with the public figure
    '審査の過程は非公開のため、見積額についてはお答えできません。',
    '非公開の会議で審議された工事費の見積もり約3億円は、本日の記者発表で公表しました。',
    '個人が特定される情報は非公開の扱いとし、被害総額は約12億円と推計しています。',
    '入札参加者ごとの見積額は非公開ですが、落札額は約1,200万円で、市ホームページでご覧いただけます。',
    '非公開の見積もり合わせにより業者を選定し、契約額は約300万円でした。',
    'これまで非公開だった被害額の見積もり約12億円を、本日公表しました。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R108A-129, a personnel measure on an identifiable member of staff told', () => {
  // Kind: the member of staff pointed at by the case (当該職員, 担当の職員, 対応した職員, 窓口の職員) and the measure they got told with a
  // verb of doing or receiving (注意処分を行っております, 文書訓告を行いました, 戒告処分ば行いましたけん, 訓告処分を受けております, 厳正に
  // 処分いたしました): a personnel action on a person is internal. Guidance or training, a rule stated, 注意報, a bare 処分 of things and the
  // city's formal announcement of a disciplinary penalty stay clean.
  it.each([
    // the miss
    '避難所運営へのご意見について。対応記録によると、中島地区の避難所で受付担当職員の対応が遅く不適切だったため、当該職員には注意処分を行っております。',
    // variants: 対応した職員に対し + 文書訓告, dialect with ば…けん, passive 受けております, 処分いたしました
    '窓口でのご指摘の件につきまして、対応した職員に対し、文書訓告を行いました。',
    '先日の受付の件、担当の職員には戒告処分ば行いましたけん、ご安心ください。',
    '市民課の窓口での対応について、当該職員は訓告処分を受けております。',
    'ご意見をいただいた件については、当該職員を厳正に処分いたしました。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule === 'confidential/personnel' && f.severity === 'block')).toBe(true)
  })
  it.each([
    // guidance and training, 注意報, a rule stated, a bare 処分 of things, the city's formal announcement
    '当該職員には、接遇研修を受講させ、指導を行いました。',
    '担当職員が大雨注意報の発令を確認し、巡回を行いました。',
    '不適切な対応があった場合、当該職員は懲戒処分の対象となります。',
    '担当職員には粗大ごみの処分を行ってもらいました。',
    '職員の懲戒処分について。本日、当該職員に対し、減給10分の1（3か月）の懲戒処分を行いましたので公表します。市民の皆様に深くお詫び申し上げます。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R110A-043, the designated bidders or the expected winner of a tender not yet opened', () => {
  // Kind: who was designated to bid (指名業者は…建設・…組, 指名を受けた業者は株式会社…) or who is expected to win (ほぼ…建設で決まりだろう,
  // 落札は…さんが濃厚, …が受注する見込み), told before the opening: a bid secret. A company is a name with a trade suffix or a letter.
  // The rule for choosing bidders, results published, a prize given to a person and the list published with the results stay clean.
  it.each([
    // the miss
    '入札の件ですが、指名業者は有明建設・筑水工業・柳城組の3社で、課内ではほぼ有明建設で決まりだろうと見ています。結果は開札後に公表されます。',
    // variants
    '来週の入札ですが、指名業者は大和建設・沖端土木の2社です。',
    '道路改良工事の入札、指名を受けた業者は株式会社三橋工営ほか4社です。開札は25日です。',
    '今度の入札、たぶん筑後開発さんで決まりやろうね。',
    '開札は来週ですけど、落札は有明舗装さんが濃厚です。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule === 'confidential/pre-release' && f.severity === 'block')).toBe(true)
  })
  it.each([
    // hard negatives
    '指名業者の選定基準は、要綱で定めています。',
    '入札結果を公表しました。有明建設が落札しました。',
    '指名業者は、入札結果とあわせて市ホームページで公表しています。',
    '今年の新人賞は、ほぼ満場一致で柳川建設の田中さんに決まりました。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R110A-097, a selection committee score sheet and deliberations told to a bidder', () => {
  // Kind: a selection committee's score sheet read to a bidder (貴社/御社) with its standing or gap (2位で、1位とは3点差), and what
  // members said in the deliberation (委員の中には貴社を推す声): closed by nature. Results published, a notice of the review and
  // members described or a public committee's own choice stay clean.
  it.each([
    // the miss
    '@biz_yng ご質問の件、選考委員会の採点表では貴社は2位で、1位の事業者とは3点差でした。委員の中には貴社を推す声もありました。',
    // variants
    '@abc お問い合わせの件、審査会の評価表では御社は3位で、2位の事業者とは5点差でした。',
    'プロポーザルの選定委員の中には、A社を推す声も多かったです。',
    '貴社の提案、選考委員会の採点では1位と2位の差はわずか2点でした。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule === 'confidential/pre-release' && f.severity === 'block')).toBe(true)
  })
  it.each([
    // hard negatives
    '選考委員会の審査結果は、市ホームページで公表しています。',
    '貴社からのご提案書を受け付けました。選考委員会で審査のうえ、結果を通知します。',
    '委員の中には、初めて参加された方もいらっしゃいました。',
    '委員の中には地元の高校生を推す声もあり、今年は高校生委員を2名選びました。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R110A-090, a business consultation record cited for its troubles', () => {
  // Kind: the record of a business's consultation with the city (融資相談/経営相談/創業相談/事業承継の相談記録) cited as the source
  // (に載っとった, を見ると, によると, にも書いてありました) of its troubles (身売り, 廃業, 資金繰り, 店を畳む): a secret of the business
  // learnt on duty, in any register. A record kept, an invitation to consult and a promise to keep the record stay clean.
  it.each([
    // the miss
    'ここだけの話ばってん、三橋町の花宗酒造さんが後継ぎのおらんけん、身売りの話ば進めよらすげな。市の融資相談の記録にも載っとったけん、間違いなかよ。',
    // variants
    '経営相談の記録を見ると、沖端の山田商店さんは資金繰りがかなり厳しいようです。',
    'ここだけの話、創業相談の記録によると、あのカフェは年内で廃業するらしいよ。',
    '事業承継の相談記録にも書いてありましたが、老舗の鶴味噌さんは店を畳む方向だそうです。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule === 'confidential/duty-secret' && f.severity === 'block')).toBe(true)
  })
  it.each([
    // hard negatives
    '融資相談の記録は、5年間保存したのち廃棄します。',
    '事業承継や廃業でお悩みの方は、経営相談の窓口へお気軽にご相談ください。',
    '資金繰りのご相談は商工観光課へ。相談の記録は外部に出しません。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R110A-125, a company named as the party in a negotiation still going on', () => {
  // Kind: the company the city is negotiating with named attributively (交渉中の…株式会社, 協議中の株式会社…, 交渉を進めている…,
  // 商談中のA社) with what it is expected to decide (進出/立地/出店 …見込み/予定): an undisclosed negotiation. A negotiation with no company,
  // an agreement concluded, a notice to come, landowners and goods under negotiation stay clean.
  it.each([
    // the miss
    '【企業誘致】大和工業団地の分譲状況をお知らせします。\n全3区画のうち1区画は既に契約済みで、現在、造成後の道路整備を進めています。\nなお残る2区画は、いま交渉中の九州精密部品株式会社（本社・久留米市）が来月にも進出を決める見込みで、正式発表は年明けになる予定です。\n分譲のお問い合わせは商工観光課まで。',
    // variants
    '工業団地の残り区画は、いま協議中の株式会社有明フーズが立地を決める見込みです。',
    '交渉を進めている筑後精工株式会社が、来年度にも進出する予定です。正式発表はまだ先です。',
    '商談中のA社が出店を決めたら、駅前もにぎやかになりますね。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule === 'confidential/negotiation' && f.severity === 'block')).toBe(true)
  })
  it.each([
    // hard negatives
    '交渉中のため、企業名はお答えできません。',
    '九州精密部品株式会社と立地協定を締結しました。来年春に操業予定です。',
    '企業誘致の交渉は担当課が進めています。進出が決まり次第お知らせします。',
    '市と交渉している地権者の皆さんには、丁寧に説明しています。',
    '物産館では、商談中の商品サンプルを展示する予定です。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind IE-098, English do not share said to readers about their own data', () => {
  // Kind: an instruction to readers in running text (Please do not share your…, do not forward your code…) about what is theirs:
  // advice, not a DO NOT SHARE label on internal material. A label in capitals, in brackets, after Internal – or with an object
  // that is the writer's matter (this memo) still blocks.
  it.each([
    // the false positive
    'For foreign residents: Please do not share your residence card number on social media or by phone. City Hall will never ask for it by SMS.',
    // clean variants
    'Do not share your password or PIN with anyone, even if the caller says they are from City Hall.',
    'Residents: do not share personal details such as your bank account over the phone.',
    'Please do not forward your verification code to anyone. The city office never asks for it by email.',
    'Do not distribute your My Number card copy to unknown callers.',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    // true violations sharing its words
    'DO NOT SHARE: the residence card desk will close in April; the announcement is next week.',
    '[Do not share] SMS scam report: 3 staff accounts were compromised last week.',
    'Internal – do not share. City Hall will move the residence card counter to the 3rd floor in April.',
    'Please do not share this memo: your residence card renewal fees will rise next year, decided at the directors meeting.',
    'DO NOT SHARE your copy — 12 residence card applicants were refused this month.',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule === 'confidential/marker' && f.severity === 'block')).toBe(true)
  })
})

describe('confidential: blind R115A-005, an internal incident report cited, then what it holds', () => {
  // Kind: an incident, near-miss or accident report kept inside (院内のインシデント報告書, ヒヤリハット報告, 内部の事故報告書) cited as
  // the source (によりますと, では, を見ると, ば見よったら), then its counts, wards or causes: the institution's own safety record told
  // before anything is published. An accident report with no inside qualifier (a national board's published report), a report named
  // as a topic (書き方研修) and counts said to be published are not this.
  it.each([
    // the miss
    '@yng_mama ご心配をおかけしております。院内のインシデント報告書によりますと、先月の投薬ミスは4件で、うち1件は小児科病棟でのものでした。',
    // variants
    '院内のヒヤリハット報告を見ると、今月だけで患者さんの転倒が6件、うち3件は3階東病棟でした。',
    '内部の事故報告書では、給食への異物混入は今年度2件で、どちらも第二調理場でのことだったそうです。',
    '院内のインシデントレポートば見よったら、先月の誤投薬は5件もあったとよ。',
    '園内の事故報告書によると、先週のお昼寝中の転落は1歳児クラスでのことでした。',
    'インシデント報告の集計では、昨年度の転倒・転落は87件で、原因は夜間のトイレ移動が大半でした。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule === 'confidential/staff-only' && f.severity === 'block')).toBe(true)
  })
  it.each([
    // hard negatives
    '院内のインシデント報告書の書き方について、看護部で研修会を開きました。',
    '当院では、インシデント報告を出しやすい職場づくりに取り組んでいます。',
    '国の運輸安全委員会が公表した事故報告書によると、全国で同様の事故が12件起きています。',
    '令和5年度のインシデント報告の件数は、病院のホームページで公表しています。',
    '交通事故報告書の様式は、市のホームページからダウンロードできます。',
    '事故報告書では、発生日時や場所を正確に書くことが大切です。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind IG-069, 取扱注意 as a class of waste or dangerous goods', () => {
  // Kind: 取扱注意 naming goods put out or a label stuck on them (「取扱注意」の危険ごみ, 取扱注意のシールを貼り, 「取扱注意」と書いた紙を
  // 貼って) in a sentence about waste or hazardous goods and no paper or data: a sorting rule, not a classification. A 【取扱注意】 at the
  // head of a post or line, or the marker on a paper (の資料, 庁内資料), still blocks.
  it.each([
    // the false positive
    '【ごみの出し方】スプレー缶やカセットボンベは「取扱注意」の危険ごみです。必ず中身を使い切ってから、透明な袋に入れて、月1回の「危険ごみの日」に出してください。',
    // clean variants
    '割れた食器やガラスは、新聞紙で包み「取扱注意」と書いた紙を貼って、不燃ごみの日に出してください。',
    '使い終わった乾電池やライターは取扱注意の危険物として、集積所の専用ボックスへお願いします。',
    '包丁やカミソリなどの刃物は、厚紙で包んで取扱注意のシールを貼り、不燃ごみとして出してください。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    // true violations sharing its words
    '【取扱注意】危険ごみの収集委託の入札予定価格は3,200万円です。',
    '「取扱注意」の資料によると、来年度から危険ごみの収集は月2回に減るそうです。',
    '【取扱注意】\nスプレー缶の収集を来年度から有料化する方向で調整中です。',
    '取扱注意の危険ごみの収集ルート見直し案（庁内資料）を添付します。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule === 'confidential/marker' && f.severity === 'block')).toBe(true)
  })
})

describe('confidential: blind R116A-023, a price a supplier came down to in a negotiation, told before the bid', () => {
  // Kind: the price the city negotiated with one supplier (交渉で…円まで下がりました, 交渉の結果…円で折り合いました, 値引き交渉して…円まで
  // 下げてもろた), told while the bid is still to come or with the reader asked to keep it from others (入札前なので他の業者には言わないでね,
  // 他社には内緒で, 口外しないで): one bidder's figure that the others must not learn. A price settled and published, a fee agreed with
  // residents told openly, a condition (下がれば), a refusal to answer and a scam quoting the line are not this.
  it.each([
    // the miss
    '敬老会の記念品の発注額、業者さんとの交渉で1個780円まで下がりました。入札前なので他の業者には言わないでね。',
    // variants
    '指定ごみ袋の納入単価、業者との交渉で1枚12円まで下がりました。入札前ですので他社には内緒でお願いします。',
    '公民館の椅子、業者さんと値引き交渉して1脚4,500円まで下げてもろたばい。入札前やけん他の業者には言わんでね。',
    '給食センターの食材費は、交渉の結果1食あたり260円で折り合いました。まだ入札前なので口外しないでください。',
    '防災倉庫の備蓄水、メーカーとの価格交渉で1本68円に決まりました。来月入札なので他のメーカーには伏せといてください。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule === 'confidential/negotiation' && f.severity === 'block')).toBe(true)
  })
  it.each([
    // hard negatives
    '商店街との話し合いの結果、駐車場の料金は1時間100円に決まりました。',
    '業者との価格交渉で記念品の単価は1個780円に決まりました。入札結果は市ホームページで公表しています。',
    '「入札前なので他の業者には言わないで」と言って値引きを持ちかける電話は詐欺です。ご注意ください。',
    '入札前のため、予定価格や交渉の内容についてのお問い合わせにはお答えできません。',
    '交渉で1個500円まで下がれば、来年度も記念品を配る予定です。内緒にしていたサプライズです。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R117A-058, an internal report cited with にあるとおり, then what it holds', () => {
  // Kind: a report, tally or paper kept inside (内部報告書, 庁内の報告書, 課内の集計表, 内部の調査報告書) cited as the source with
  // にあるとおり／に書いてあるとおり／に記載されたとおり／にもあったように, then its figures or findings: the same leak as 内部報告書では….
  // A public body's or a published report, a 内部統制 report (published by law) and the phrase quoted in a scam warning are not this.
  it.each([
    // the miss
    '観光客アンケートの自由記述、全部読みましたが、内部報告書にあるとおり「宿泊施設の接客が悪い」が上位でした。名指しされた旅館は3軒です。',
    // variants
    '市民課の窓口アンケート、庁内の報告書に書いてあるとおり「待ち時間が長い」という声が最多で、名前が挙がった職員は2人でした。',
    '課内の集計表にある通り、苦情のうち半分は同じ地区からのものでした。',
    '内部の調査報告書に記載されたとおり、事故の原因は点検漏れと判明しています。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule === 'confidential/staff-only' && f.severity === 'block')).toBe(true)
  })
  it.each([
    // hard negatives
    '市の監査報告書にあるとおり、補助金の事務に3件の指摘がありました。詳しくは市ホームページをご覧ください。',
    '公表した観光動態調査報告書にあるとおり、宿泊客は前年より12%増えました。',
    '内部統制評価報告書にあるとおり、重大な不備は0件でした。',
    '「内部報告書にあるとおり」と書き込んで偽の情報を広める手口にご注意ください。3件の相談がありました。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R117A-065, how a budget request fared in the budget assessment (予算査定で)', () => {
  // Kind: the outcome of the internal budget assessment told before the bill is published, with the assessment named as 予算査定,
  // 当初予算の査定, 予算要求の査定 (as 財政課の査定, 市長査定 already were): 3割カットされたばい, 2割削られました, 半分に削られた,
  // 認められませんでした. The assessment named as a process, a general caution (削られることもある), a budget passed by the council, a
  // car's 査定 and a result to be published are not this.
  it.each([
    // the miss
    '新年度の観光協会への委託料、予算査定で3割カットされたばい。協会にはまだ言っとらんけん、ここだけの話ね。',
    // variants
    '来年度の図書購入費ですが、予算査定で2割削られました。図書館にはまだお伝えしていません。',
    '花火大会の補助金、当初予算の査定で半分に削られたっちゃん。実行委員会にはまだ内緒ね。',
    '地域おこし協力隊の募集経費は、予算要求の査定で認められませんでした。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule === 'confidential/budget' && f.severity === 'block')).toBe(true)
  })
  it.each([
    // hard negatives
    '新年度の予算査定が始まりました。各課の要求を財政課が一件ずつ確認します。',
    '予算査定で削られることもあるため、要求は早めに準備しましょう（職員研修の資料より）。',
    '来年度予算案は3月議会で可決され、観光協会への委託料は前年度より3割減となりました。',
    '中古車の査定で3割安くなったので、買い替えを決めました。',
    '予算査定の結果は、2月に予算案として公表します。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R118A-076, the price the other party asks in a negotiation still going on', () => {
  // Kind: the other party of a negotiation still going on (先方, 相手方, 地権者さん, 業者側, JAさん) said to ask, demand or hold out for a
  // figure (…を求めていて, 要求しとって, 主張して譲らず, …と言ってきとって), in a paragraph where the negotiation is still on (難航, 交渉中,
  // 折り合いがついとらん, 協議はまだ続いて): the same secret as the city's own offer. A group's request told openly with no negotiation, a
  // deal settled or concluded, a call for tenders and the line quoted in a lesson are not this.
  it.each([
    // the miss
    '道の駅の次期指定管理者の件、JAさんとの交渉は先方が年間2,000万円の委託料を求めていて難航しています。外には出さんでくださいね。',
    // variants
    '駅前用地の買収交渉、地権者さんは坪15万円ば要求しとって、まだ折り合いがついとらんとよ。',
    '体育館の跡地売却の件、相手方からは1億2千万円での買い取りを求められており、協議はまだ続いております。',
    '給食センターの委託、業者側が1食あたり320円に上げてほしいと言ってきとって、交渉中やけん内緒ね。',
    'ごみ収集の委託契約の更新交渉で、先方は年間3,500万円を主張して譲らず、話し合いは平行線のままです。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule === 'confidential/negotiation' && f.severity === 'block')).toBe(true)
  })
  it.each([
    // hard negatives
    '市民団体が公園の整備に5,000万円の予算を求めています。',
    '補償交渉の結果、地権者さんと1,200万円で合意しました。',
    'JAさんとの協議がまとまり、年間2,000万円の委託料で協定を締結しました。',
    '指定管理者の公募では、年間2,000万円の委託料を上限として提案を求めています。交渉はこれからです。',
    'JAさんが直売所の売上目標2,000万円を達成されました。交渉役の皆さん、お疲れさまでした。',
    '「先方が2,000万円を求めていて交渉が難航している」といった交渉中の情報は、投稿しないよう研修で確認しました。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R118A-078, staff or a board member suspected of misconduct, told as looked into inside', () => {
  // Kind: a member of staff or of a city body (職員, 農業委員, 課長, 教員, 保育士) suspected of a misdeed (謝礼, 接待, 使い込み, 体罰, 漏えい)
  // with …の疑いで／疑いがあって／疑いが出とって, told as being looked into inside (内部で調査しよる, 人事課が聞き取り, 内部調査が始まって,
  // 教育委員会事務局が調べとる) or held back (まだ表に出とらん, 内緒で): who is suspected of what before the city announces it. The city's own
  // announcement (判明しました…まとまり次第公表), a pipe's 内部, an arrest by the police, a hypothetical (疑いがある場合), a quoted rumour
  // and a health inquiry are not this.
  it.each([
    // the miss
    '農業委員の1人が、転用許可の見返りに謝礼を受け取った疑いで、いま内部で調査しよるところです。',
    // variants
    '建設課の課長に業者から接待を受けた疑いがあって、人事課が聞き取りを進めています。',
    '市立中の教員が部費を使い込んだ疑いで、教育委員会事務局が調べとるらしいです。',
    '保育士が園児に体罰をした疑いが出とって、今調査中です。まだ表に出とらん話なので内緒でお願いします。',
    '窓口の職員が住民の個人情報を漏らした疑いで、内部調査が始まっています。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule === 'confidential/investigation' && f.severity === 'block')).toBe(true)
  })
  it.each([
    // hard negatives
    '市職員が公金を着服した疑いがあることが判明しました。現在、内部で調査を進めており、結果がまとまり次第公表いたします。',
    '水道管に漏水の疑いがあり、内部をカメラで調査しています。',
    '元職員が収賄の疑いで逮捕され、警察が調べています。',
    '職員に収賄の疑いがある場合に、内部で調査する手順を研修で学びました。',
    '「職員が謝礼を受け取った疑いで内部調査中」といった書き込みは事実ではありません。',
    '教員の感染の疑いがあり、保健所が調査しています。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R118A-093, a staff penalty proposed and put to the committee, told before it is decided', () => {
  // Kind: a disciplinary penalty on a member of staff still being decided, told as a proposal (懲戒処分案（停職1か月）, 減給…の案で, 処分の
  // 原案は停職3か月) or as put to the deciding body (審査会にかかります, 懲戒審査委員会に諮られる, 委員会にかける, 審査会で審議されます), with
  // a sign it is not yet out (内緒で, ここだけの話, まだ本人に伝えていません, 本人にはまだ伝わっとらん). The penalty carried out and announced,
  // a guideline (案) published, a disposal plan, a lesson on the procedure and a drama's plot are not this.
  it.each([
    // the miss
    '農政課の職員の懲戒処分案（停職1か月）、来週の審査会にかかります。本人にはまだ伝わっとらんけん、内緒で。',
    // variants
    '税務課の係長の処分、減給10分の1・3か月の案で懲戒審査委員会に諮られるそうです。まだ本人にも言っていないのでご内密に。',
    '例の飲酒運転の職員、懲戒処分の原案は停職3か月で、来月の委員会にかけるらしいよ。ここだけの話ね。',
    '体罰のあった教員の停職6か月の処分案、近く審査会で審議されます。まだご本人には伝えていません。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule === 'confidential/personnel' && f.severity === 'block')).toBe(true)
  })
  it.each([
    // hard negatives
    '本日、農政課職員に対する懲戒処分（停職1か月）を行いました。市民の皆さまに深くお詫び申し上げます。',
    '職員の懲戒処分の指針（案）について、来週の審議会にかけます。案はホームページで公表しています。',
    '粗大ごみの処分案について、来週の委員会に諮ります。まだ決まっていないので内緒です。',
    '懲戒処分の案がどのように審査会にかかるのか、研修で流れを学びました。',
    'ドラマで、主人公の停職処分案が委員会にかけられる場面がありました。まだ見ていない方には内緒です。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R119A-062, the matter said not to be out yet as the reason the reader is asked to keep it', () => {
  // Kind: a not-yet-out marker (公式にはまだ出せない話, まだ表に出せん話, 公表前, 正式にはまだ言えないこと) given as the reason (なので, やけん,
  // なんで), then the reader asked to keep it (ここだけでお願いします, 内緒にしとってね, 誰にも言わないでください, ご内密に), with a matter told
  // in the paragraph. The writer keeping a surprise, a notice to wait and the line quoted in a lesson are not this.
  it.each([
    // the miss
    "来年度の子育て支援センター指定管理、今のところ社会福祉法人みずほ会が最有力です。選定委員会の採点でも頭ひとつ抜けてました。\n\nほかの応募団体は、子育て支援の実績はあるものの、運営費の見積りが高すぎるとの意見が委員の間で多かったようです。\n\n正式な選定結果の公表は3月の予定で、それまでに議会への説明も必要です。結果が変わる可能性はほぼないと思いますが、公式にはまだ出せない話なので、ここだけでお願いします。どうぞお楽しみに。",
    // variants
    'ふるさと納税の返礼品、来年度から地元の和菓子店が3店舗加わることに決まりました。まだ表に出せん話やけん、内緒にしとってね。',
    '新しい図書館長は教育委員会の元次長で内定です。公表前なので、誰にも言わないでください。',
    '体育館の改修は来年度に延期する方向です。正式にはまだ言えないことなので、ご内密にお願いします。',
    '駐車場の有料化、秋からで固まりそうです。まだ公にできん話なんで、ここだけにしといてください。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule.startsWith('confidential/') && f.severity === 'block')).toBe(true)
  })
  it.each([
    // hard negatives
    '「まだ出せない話なので、ここだけでお願いします」と前置きして内部の情報を書き込むのはやめましょう。',
    '新しいゆるキャラの名前はまだ言えないので、内緒にしておきますね。発表をお楽しみに！',
    '新しい返礼品はまだ言えない段階なので、決まり次第ホームページでお知らせします。',
    '指定管理者の選定結果は3月に公表する予定です。公表までしばらくお待ちください。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R119A-092, a choice told, then the reader asked to tell no one until the formal notice', () => {
  // Kind: the formal notice or announcement still to come (正式な通知を出す予定です, 正式な連絡は月末, 公式の発表は来月), then "until then" the
  // reader asked to tell no one anything (それまでは候補者の方にも何も伝えないでください, 一切伝えないでね, 何も言わんでね), with a choice or
  // a figure told. A notice to wait, another thing asked not to be done, the writer keeping it and the line quoted in a lesson are not this.
  it.each([
    // the miss
    "ひとり親家庭の支援員の採用、今回の応募は5名で、面接の結果、2番目の方で内定を出す方向です。落ちた方には来週連絡します。\n\n二次面接に残った3名のうち1名は市内在住の元保育士、もう1名は他市の支援員経験者です。給与は月額18万2千円で調整中。人事課との協議がまとまり次第、正式な通知を出す予定です。それまでは候補者の方にも何も伝えないでください。",
    // variants
    '図書館司書の採用試験、合格は3名で、うち1名は市外の方に決まりました。正式な通知は来週送ります。それまでは誰にも何も言わないでください。',
    '補助金の審査、A地区とB地区の2件は不採択になりそうです。結果の正式な連絡は月末なので、それまで申請者には一切伝えないでね。',
    '保育士の採用、内定は2名に出す方向です。公式の発表は来月やけん、それまでは応募者の方には何も言わんでね。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule === 'confidential/pre-release' && f.severity === 'block')).toBe(true)
  })
  it.each([
    // hard negatives
    '採用試験の結果は、正式な通知を来週郵送します。それまでは電話でのお問い合わせはご遠慮ください。',
    '補助金は2件の申請がありました。正式な通知は後日お送りします。それまでは工事を始めないでください。',
    '採用の正式な通知は来週です。合格者は3名ですが、それまでは私からは何も言わないでおきますね。',
    '「正式な通知を出す予定です。それまでは誰にも言わないでください」といった内部のやりとりを投稿しないよう注意しましょう。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: a staff penalty told with the person not yet told, in either word order', () => {
  // Kind: the not-yet-told sign of a disciplinary penalty with まだ before or after the person (まだ本人に伝えていない, 本人にはまだ伝わっとらん,
  // ご本人にはまだお知らせしていません, まだご本人にはご連絡していません, 当該職員にはまだ連絡していません).
  it.each([
    '農政課の職員の懲戒処分案（停職1か月）、来週の審査会にかかります。ご本人にはまだお知らせしていません。',
    '税務課の係長、停職1か月で決まりました。本人にはまだ伝わっとらん。',
    '体罰のあった教員の処分は停職3か月に決定しました。ご本人にはまだご連絡しておりません。',
    'ながら運転で事故を起こした職員、減給処分に決まりました。まだご本人にはご連絡していません。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule === 'confidential/personnel' && f.severity === 'block')).toBe(true)
  })
  it.each([
    // hard negatives
    '粗大ごみの処分が決まりました。ご本人にはまだ連絡していませんので、後日お知らせします。',
    '懲戒処分が決まっても、本人にはまだ伝えていない段階で外部に話さないよう研修で学びました。',
    'お隣の市では職員の停職処分が決まったと報道されています。ご本人にはまだ連絡がないそうです。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R120A-003, the price a negotiation with a named business is being settled at', () => {
  // Kind: a negotiation with a named party (…様との, …さんとの, 地権者さんとの) or a price's (単価交渉, 価格交渉) as the topic, then the figure it is
  // being settled at (…円で調整しております, で詰めています, で話を進めとる, で調整中): a figure on the table while the negotiation still goes on.
  // A deal concluded, a fee simply being arranged with no negotiation as its topic, a lesson and a quoted line are not this.
  it.each([
    // the miss
    '返礼品の事業者、有明フーズ様との単価交渉は、現在1セットあたり2,400円で調整しております。他の事業者様にはお伝えにならないようお願いいたします。',
    // variants
    '駅前用地の件、地権者さんとの協議では坪12万円で詰めています。',
    '給食センターの委託、筑後給食さんとの価格交渉は1食あたり290円で話を進めとるところです。',
    '防犯灯の更新、有明電設さんとの単価交渉は1基あたり3万8千円で調整中です。まだ外には出さんでください。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule === 'confidential/negotiation' && f.severity === 'block')).toBe(true)
  })
  it.each([
    // hard negatives
    '有明フーズ様との単価交渉の結果、1セット2,400円で契約を締結しました。',
    '夏祭りの参加費は1人500円で調整しています。',
    '単価交渉のコツを学ぶ研修に参加しました。',
    '事業者様との協議の結果、返礼品の寄附額は1万円に決まり、ふるさと納税サイトで受付を始めました。',
    'イベントの出店料は1区画2,000円で調整しています。出店者との交渉はこれからです。',
    '「事業者との単価交渉は1セット2,400円で調整中」といった情報は、投稿しないよう研修で確認しました。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R125A-024, a marker the writer was told applies to a matter, then the matter told', () => {
  // Kind: a quoted marker said to the writer (「報道解禁前なので」と言われている, と念を押された, って言われとる, と口止めされた) about the matter
  // the sentence names, then that matter told after ですが／けど (…だったそうです, 落札額は…円でした): the marker binds what the post gives, no
  // quoted example. A matter held until the release (公表され次第お知らせします, お待ちください), a lesson and a season's 解禁前 are not this.
  it.each([
    // the miss
    '漁協から「報道解禁前なので」と言われている今季の初入札の結果ですが、1枚あたりの平均単価は過去最高水準だったそうです。',
    // variants
    '「公表前なので」と言われた入札結果ですが、落札額は3,200万円でした。',
    '県から「報道解禁前やけん」って言われとる検査の結果やけど、合格は12校だったらしいです。',
    '観光協会から「まだ公表前なので」と念を押された件ですが、来年度の新ブランド名は有明の輝きに決まったそうです。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.severity === 'block')).toBe(true)
  })
  it.each([
    // hard negatives
    '記者クラブから「解禁前なので」と言われた件ですが、発表は明日10時ですのでお待ちください。',
    '「まだ公表前なので」と言われた結果ですが、公表され次第お知らせします。',
    '「報道解禁前なので」と言われている情報は、SNSに載せないよう職員研修で徹底しています。',
    '漁協から「解禁前なので」と言われましたが、海苔の摘み取りは来週から始まる見込みです。',
    '「報道解禁前なので」と言われた資料ですが、内容はお伝えできません。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R126A-070, who a police inquiry is after and its next step, heard from the police and passed on', () => {
  it.each([
    '大和町の不法投棄、警察から聞いた話だと捜査対象は市内の解体業者2社。近く事情聴取があるらしい。',
    '空き巣の件、警察の人に聞いたら捜査の対象は近所に住む元従業員らしいです。',
    '県警の知り合いによると、補助金の不正受給の件は近く家宅捜索が入るそうです。',
    '警察署の方から、例の詐欺グループは来週にも任意聴取があるみたいと聞きました。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule === 'confidential/investigation' && f.severity === 'block')).toBe(true)
  })
  it.each([
    // hard negatives: the police work named as a fact, a warning, a public outcome
    '不法投棄は犯罪です。悪質な場合は警察に通報し、捜査の対象になります。',
    '警察と連携して、不法投棄の防止に取り組んでいます。',
    '県警は本日、市内の解体業者2社を家宅捜索したと発表しました。',
    '警察から、特殊詐欺の電話が多発しているとの情報提供がありました。ご注意ください。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R127A-082, a figure of the city\'s business told as for insiders only', () => {
  it.each([
    '花火大会の観覧席、関係者だけの話だけど先週の時点でまだ6割しか売れてないんだって😢 みんな買ってね〜！\n#柳川 #花火大会',
    '職員限りの話ですが、ふるさと納税の申込みは昨年の半分、まだ120件です。',
    '運営だけの話やけど、マラソン大会のエントリーはまだ定員の3割らしい。',
    'ここだけの話、記念講演会の申込みはまだ15人しかいません。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.severity === 'block')).toBe(true)
  })
  it.each([
    // hard negatives: figures published, 関係者だけ as who may enter, a teaser
    '花火大会の観覧席は、先週の時点で6割が売れています。お早めにお求めください。',
    '関係者だけの打ち合わせ会場ですので、一般の方は入場できません。',
    '関係者以外立入禁止です。工事区域には入らないでください。',
    'ここだけの話、当日は抽選で10名様に記念品が当たります！',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R130I-002, a paper marked for the hospital or the office only, told (院内限りの資料ですが…)', () => {
  it.each([
    '院内限りの資料ですが、今月の院内感染の報告は4件でした。職員の皆さんは手指消毒を徹底してください。',
    '院内限りでお願いします。来月から外来の受付時間が変わる予定です。',
    '署内限りの資料ですが、今年の救急出動は過去最多のペースです。',
    '院内資料によると、待ち時間の苦情は先月12件ありました。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.severity === 'block')).toBe(true)
  })
  it.each([
    // hard negatives: the hospital's own events and rules, not a restricted paper
    '院内感染対策の研修会を開催しました。',
    '院内は全面禁煙です。ご協力をお願いします。',
    '院内の売店は土日もご利用いただけます。',
    '市民病院の院内コンサートを今月20日に開きます。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R129I-089, a paper marked not yet public said to show in a photo', () => {
  it.each([
    '今日の課内ミーティング📝 ホワイトボードに来年度の予算要求一覧（まだ非公表）が写ってるけど、細かいところは見ないでね😅\n#柳川市役所 #お仕事風景',
    '職場の様子です。奥のモニターに未公表の集計表が映ってますが気にしないでください。',
    '打ち合わせ風景📸 机の上の資料（非公開）が写り込んでますが、そのまま載せちゃいます。',
    'デスクの写真です。後ろに公表前の事業リストが見えてるけど内緒ね。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.severity === 'block')).toBe(true)
  })
  it.each([
    // hard negatives: a published paper in the photo, nothing shown, a paper kept out of the photo
    '会議の様子です。公表済みの資料が写っています。',
    '説明会の資料はホームページに掲載しています。写真は会場の様子です。',
    '市役所のロビーに展示パネルが映っています。',
    'ホワイトボードの予定表が写ってますが、公開済みのイベント日程です。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.rule === 'confidential/meeting')).toEqual([])
  })
})

describe('confidential: blind R131I-021, an instruction to keep no record of a matter, or the line to give about it', () => {
  it.each([
    '議員さんからの口利きの件、記録は残さない方針でお願いします。窓口対応の際は「検討中」とだけ伝えてください。',
    '昨日の要望の件、議事録には載せないようにしてください。',
    '例の業者からの相談はメモは残さないようにお願いします。',
    '上からの指示の件、電話で聞かれたら「担当が不在です」とだけ答えてください。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.severity === 'block')).toBe(true)
  })
  it.each([
    // hard negatives: a system that keeps no data, scam advice, a record kept, the line a resident may use
    'このアンケートは匿名で、入力内容の記録は残りません。',
    '不審な電話には「結構です」とだけ伝えて切ってください。',
    '窓口でのご相談内容は記録に残し、担当者間で引き継ぎます。',
    '個人情報の履歴は残さない仕組みになっています。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R131I-060, staff chat pasted', () => {
  it.each([
    '【課内チャット】\n係長：この件、議会前だから絶対表に出さないで\n担当：了解です、プレスは来週月曜に解禁で調整します\n係長：市長にはまだ上げてないから注意',
    '課長：例の件、まだ外に言わないでね\n主査：承知しました、資料は私が預かります',
    '［庁内チャット］来週の人事の話、まだ内緒でお願いします',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.severity === 'block')).toBe(true)
  })
  it.each([
    // hard negatives: the city's public channel, an interview's lines, a chat service introduced
    '【市公式LINE】友だち登録で防災情報が届きます。',
    '市長：本日はお集まりいただきありがとうございます\n記者：新しい施設の開館はいつですか',
    '庁内チャットツールの導入で、会議の時間が2割減りました。',
    '子育て相談チャットを開設しました。保健師がお答えします。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R133I-043, a closed session told a little anyway; R133I-079, an exam question shown before the exam', () => {
  it.each([
    '（2/3）委員会は秘密会でしたが、少しだけ紹介します。観光協会への補助金は来年度3割削減、協会側は解散も視野に入れているとの説明がありました…',
    '審議会は非公開だったけど、ちょっとだけ教えちゃいます。新しい体育館は沖端地区に建てる案が出ました。',
    '今日の委員会は途中から秘密会になったんですけど、こっそりお伝えします。議員さんからは反対意見が相次ぎました。',
    '明日の市立中学校の学年末テスト、数学の大問3はこれです→「柳川の掘割の総延長を930kmとして…」 みんながんばってね📐',
    '来週の採用試験の問題、こちらです：「柳川市の人口は？」',
    '本番の検定に出る問題はこれ！「うなぎのせいろ蒸しの発祥は？」',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.severity === 'block')).toBe(true)
  })
  it.each([
    // hard negatives: a refusal, a promise to tell once published, revision for a test, past papers, last week's test explained
    '委員会は秘密会でしたので、内容はご紹介できません。ご了承ください。',
    '本日の委員会は秘密会でしたが、結果は公表され次第お伝えします。',
    '明日のテストに向けて、問題集で復習しよう！',
    '明日の漢字検定の過去問題はこちらです→市HP',
    '昨日のテストの問題はこちらです→「…」解説つき',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('confidential: blind R137I-078, questions of an exam still being written, shown early', () => {
  it.each([
    '【市立柳城中学校】\n来年度の学力調査に向けて先生たちが作成中の問題の一部を特別に紹介します✏️ 第3問「柳川の掘割の総延長は約何kmでしょう？」',
    '作成中の期末テストの問題を、ちょっとだけ公開しちゃいます！「白秋の生家があるのは何地区？」',
    '来春の入試に向けて先生方が作っている問題を少しだけお見せします。',
    '市職員採用試験のために作問中の設問を一部ご紹介します。',
  ])('flags %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.severity === 'warn' || f.severity === 'block')).toBe(true)
  })
  it.each([
    '来年度の学力調査に向けて、先生たちが問題づくりの研修を行いました。',
    '先生たちが作成中の問題集は、3月に完成する予定です。',
    '昨年度の学力調査の問題と解説を、市ホームページで公開しています。',
    '作成中のテスト問題は公開できませんが、出題範囲は教科書の3章までです。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('confidential: blind R147A-097/R148D-073, internal-only markers in any wording; a spaced stamp on shared material', () => {
  it.each([
    '狂犬病予防注射 地区別未接種頭数(課内共有用) 大和412 三橋288 柳川537 ※外部出し不可',
    '狂犬病予防注射 地区別未接種頭数 大和412 三橋288 柳川537 ※外部出し不可',
    '空き家調査 地区別件数【庁内共有用】 大和31 三橋18 柳川44',
    '今月の滞納件数、速報で142件でした。※庁外持ち出し禁止',
    '検診受診率の集計（外部提供不可）大和38% 三橋41%',
    '「部 外 秘」ってハンコが押してあるけど、接遇研修のスライドがわかりやすかったので共有します📄\n#柳川 #研修',
    '「極 秘」ってスタンプが押してあるけど、新人研修のテキストが面白かったので載せます！',
    '「取 扱 注 意」のハンコがついてるけど、防災訓練のマニュアルがよくできてたので共有します',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.severity === 'block')).toBe(true)
  })
  it.each([
    // hard negatives: a rule described, a lesson on stamped papers, a library's lending rule, a shared folder introduced, going out, a training's slides published
    '個人情報の外部への持ち出しは禁止されています。情報セキュリティ研修を行いました。',
    'USBメモリの外部持ち出し禁止を徹底しています。',
    '「部外秘」のハンコが押された書類は、机の上に置いたままにしないよう研修で確認しました。',
    '図書館の郷土資料は持ち出し禁止です。館内でご覧ください。',
    '庁内で共有用のクラウドフォルダを導入し、ペーパーレス化を進めています。',
    '台風のため不要不急の外出はしないようお願いします。',
    '接遇研修のスライドを市ホームページで公開しました。ぜひご覧ください。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('confidential: blind R150A-124, a meeting paper kept inside shown a little, then its figures or targets', () => {
  const blocked = (text: string): boolean => findingsOf(confidential, text).some((f) => f.rule.startsWith('confidential/') && f.severity === 'block')
  it.each([
    '【国保税の収納状況について】\n\nいつも期限内の納付にご協力いただきありがとうございます。\n\n課内の打ち合わせ資料から少しだけご紹介すると、\n・現年度分の収納率 94.1％\n・滞納繰越分の収納率 18.7％（県内ワースト3位）\n・来年度は差押え件数を前年の2倍にする目標\nとなっています。\n\n納期限までの納付をお願いします。',
    '会議資料をちょっとだけお見せすると、来年度の目標は収納率95％です。',
    '部内のミーティング資料から、今年度の未収金の件数をご紹介します。1,240件でした。',
    '打ち合わせ資料をこっそりご紹介！来年度は職員を3人減らす計画です。',
  ])('blocks %s', (text) => {
    expect(blocked(text)).toBe(true)
  })
  it.each([
    // hard negatives: a council's published papers, a paper edited and shared inside, a training's tips, a public meeting's list
    '審議会の会議資料はホームページに掲載しています。収納率は94.1％でした。',
    '先日の打ち合わせ資料を少しだけ直して、皆さんに共有しました。',
    '職員研修の資料から、接遇のポイントを少しだけご紹介します。',
    '防災会議の資料から、避難所の一覧をご紹介します。',
    '会議資料を少しだけ修正しました。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('confidential: blind TS-041, a child\'s secret quoted in advice on what to do when it is confided', () => {
  const blocked = (text: string): boolean => findingsOf(confidential, text).some((f) => f.rule.startsWith('confidential/') && f.severity === 'block')
  it.each([
    '子どもから「内緒にしてね」と打ち明けられたら、まずは話してくれたことを受け止めてください。虐待が疑われるときは、一人で抱え込まず、児童相談所虐待対応ダイヤル「189」へご連絡ください。',
    '「お母さんには内緒にして」と頼まれた場合も、虐待のサインかもしれません。一人で抱えず、こども家庭課へご相談ください。',
    '友だちから「ナイショだよ」と相談されたときは、信頼できる大人に話してみよう。いじめや虐待は、ひとりで抱えなくていいんです。',
    '生徒に「先生、内緒にしてほしい」と言われても、虐待が疑われる場合は学校で情報を共有し、関係機関に通告します。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
  it.each([
    // hard negatives: a request told as having happened, the writer keeping an incident quiet
    '住民票の誤交付があった件、職員の名前は伏せてって言われとる。',
    '児童の個人情報が入った書類を紛失した件、まだ内緒ね。',
    '利用者名簿を入れたUSBが見当たらんらしい…上のほうで相談しよるけん、まだ内緒ね🤐',
  ])('blocks %s', (text) => {
    expect(blocked(text)).toBe(true)
  })
})

describe('confidential: blind W12-FP-001/002, an internal working meeting named as where a service change came from, the change done', () => {
  const blocked = (text: string): boolean => findingsOf(confidential, text).some((f) => f.rule.startsWith('confidential/') && f.severity === 'block')
  it.each([
    '課内の打ち合わせで、窓口の案内表示を見直しました。分かりやすくなった表示をぜひご覧ください。',
    '部内の会議で出た意見をもとに、子育てガイドブックを改訂しました。市役所1階で配布しています。',
    '係内のミーティングで話し合い、申請書の記入例を分かりやすくしました。',
    '課内の会議で検討し、ホームページの手続き案内を一新しました。',
    '係内の打ち合わせで出たアイデアを生かして、ごみ分別アプリの表示を改訂しました。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
  it.each([
    // hard negatives: what was said there, an undecided matter, a figure, a cut, a top meeting's content
    '課内の打ち合わせで出た話ですが、来年度は窓口の土曜開庁を廃止の方向です。',
    '課内の打ち合わせで、来年度の予算を2割削減することを確認しました。',
    '部内の会議で、課長が「この事業はもうやめたい」と言っていました。',
    '課内会議で、職員を3人減らす案を見直しました。',
  ])('blocks %s', (text) => {
    expect(blocked(text)).toBe(true)
  })
})

describe('confidential: blind R157I/R158A kinds', () => {
  const rules = (text: string): string[] => findingsOf(confidential, text).filter((f) => f.severity === 'block' || f.severity === 'warn').map((f) => f.rule)
  it.each<[string, string]>([
    // R158A-134: a staff-only marker with 限り in kana (庁内かぎり, 課内かぎり, 職員かぎり)
    ['災害対応の振り返りメモ（課内かぎり）を共有します。初動は30分遅れました。', 'confidential/marker'],
    ['名簿【職員かぎり】を添付します。', 'confidential/marker'],
    // R158A-112: a figure labelled in brackets as an internal preliminary value (（内部の速報値）, （庁内の暫定値）, （内部試算）)
    ['今年の来場者は約3万2千人でした（庁内の暫定値）。', 'confidential/marker'],
    ['ふるさと納税の寄附額は1.8億円（内部試算）に達しました！', 'confidential/marker'],
    // R158A-010: a closed session, then its content promised (中身を, 内容を少しだけ), told in the next paragraph
    ['選考委員会は非公開で行われましたが、内容を少しだけご紹介します。', 'confidential/meeting'],
    // R157I-089: a closed part's paper with a relative clause between (非公開部分で説明された資料では, 秘密会で配られた資料によると)
    ['非公開部分で説明された資料では、赤字は約2億円とのことでした。', 'confidential/marker'],
    ['秘密会で配られた資料によると、統合の対象は3校です。', 'confidential/marker'],
    // R157I-071: the official count (速報) not yet out, then the count told
    ['開票速報はまだですが、手元の数字だと現職が1,200票リードしています。', 'confidential/pre-release'],
    // R158A-143: a budget request shown while still before or in the internal assessment
    ['来年度予算要求の資料です📸 まだ査定中ですが、新規事業として500万円を要求しています。', 'confidential/pre-release'],
    ['査定前の予算要求一覧を載せます。', 'confidential/pre-release'],
    // R157I-050: a case conference named as the occasion, then its papers handed on and a count told
    ['今日の要対協のケース会議、配布資料から抜粋して共有します。見守り対象の家庭は市内で35世帯です。', 'confidential/meeting'],
    ['今日の要対協の個別ケース検討会議、資料の一部を共有します。今年度の通告は市内で35件です。', 'confidential/meeting'],
    // R157I-067: two bidders named, the gap in points; each bidder's scoring sheet in a photo
    ['【指定管理者の選定】選定委員会で審査しました。有明建設と筑水工業の差はわずか2点でした。', 'confidential/pre-release'],
    ['委託先のプロポーザル、写真は各事業者の評価シートです。', 'confidential/meeting'],
    // R157I-057's counterpart: a closed review's result still settling, told on the quiet
    ['選定委員会（非公開）の結果、A社に決まりそうです。ここだけの話ですが。', 'confidential/meeting'],
  ])('flags %s', (text, rule) => {
    expect(rules(text)).toContain(rule)
  })
  it.each([
    // かぎり of a sale or a ticket
    '本日かぎりの特売です（数量かぎり）。',
    'この券は（お一人さま一回かぎり）有効です。',
    // a preliminary value with no internal label, another body's estimate
    '今年の来場者は約3万2千人でした（速報値）。',
    '人口は6万4千人です（県の推計値）。',
    // a closed session: a notice, a mood, a refusal
    '審議会は非公開で開かれましたが、内容は後日ホームページでお知らせします。',
    '審議会は非公開で開かれましたが、ちょっとだけ会場の様子をお話しします。',
    '審議会は非公開でしたが、中身をお伝えすることはできません。',
    // R157I-057: a closed review's result announced by the city
    '指定管理者選定委員会（非公開）の結果、NPO法人やながわを指定管理者の候補に決定しました。',
    '審査会（非公開）の結果、最優秀賞は「川下りの春」に決まりました。詳しくは市ホームページをご覧ください。',
    // what a closed session dealt with, said to be (or to be) published by the city
    '全員協議会（非公開）で説明した内容は、市ホームページで公表しました。',
    '全員協議会（非公開）で議論された新庁舎の整備方針については、結果がまとまり次第ホームページでお知らせします。',
    // a closed part's paper collected; a public part's paper cited
    '非公開部分で示された資料は、会議終了後に回収されました。',
    '公開部分で示された資料によりますと、利用者は前年より増えています。',
    // a warning's 速報, a notice where to look
    '地震の速報はまだですが、念のため海岸から離れてください。',
    '開票速報はまだですが、結果は選挙管理委員会のホームページでご確認ください。',
    // the assessment as a status, a refusal, a notice, an appraisal of goods
    '来年度予算は現在、財政課の査定中です。決まり次第お知らせします。',
    '車の査定前なので洗車しました！',
    '予算要求は査定中なので、内容はお答えできません。',
    '来年度予算は査定中ですが、3月の議会で予算案を発表しますのでお待ちください。',
    // a case conference's papers published
    '要対協の代表者会議、資料を市ホームページに掲載しました。今年度の通告は47件でした。',
    // a contest's gap, a gap published, a photo of the judges or the venue
    '【ダンスコンテスト】A組とB組の差はわずか3点！白熱しました。',
    'プロポーザルの審査結果を市ホームページで公表しました。A社とB社の差は3点でした。',
    '写真は各社の提案書を審査する委員の皆さんです。',
    '写真は審査会の様子です。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('confidential: blind TV-001/TV-115/R160I-048/R161A-021 kinds', () => {
  const rules = (text: string): string[] => findingsOf(confidential, text).filter((f) => f.severity === 'block' || f.severity === 'warn').map((f) => f.rule)
  it.each([
    // R160I-048: a meeting marked closed named as the occasion, then how its deliberation went (strife, a split, who leads)
    ['昨日の協議会（非公開）、ごみ袋の値上げでかなりもめました。', 'confidential/meeting'],
    ['きのうの検討会（非公開）は、新しい給食センターの場所で意見が割れました。', 'confidential/meeting'],
    ['委員会（非公開）おわりました。委託先は地元のA社が優勢な感じです。', 'confidential/meeting'],
    // a closed session's content told even where publishing is named (not yet on the site)
    ['全員協議会（非公開）で説明された内容ですが、新庁舎は駅前に建てる方向です。', 'confidential/meeting'],
    // R161A-021: a figure labelled an internal preliminary value in running text (reason, concession, source)
    ['成人式の出席者は512人でした。まだ課内の速報値ですが、過去最多です。', 'confidential/pre-release'],
    ['庁内の暫定値なので変わるかもしれませんが、参加者は約3,200人でした。', 'confidential/pre-release'],
    ['内部の速報値によると、来場は1,842人でした。', 'confidential/pre-release'],
    // TV-001's counterparts: a saying reported from inside, a mail from a boss with no warning
    ['「内部情報があるので必ずもうかる」と課長から聞きました。来年度の補助金は廃止です。', 'confidential/marker'],
    ['庁内の内部情報ですが、「来月には上場する」といった話も聞きました。', 'confidential/marker'],
    // TV-115's counterparts: a marked paper said to be in the photo now, a mistake of one's own told
    ['部外秘の資料が写り込んでいますが、気にせずご覧ください。', 'confidential/marker'],
    ['先日うちの課で部外秘の資料を写真に写してしまうというミスがありました。中身は来年度の予算案です。', 'confidential/marker'],
  ])('flags %s', (text, rule) => {
    expect(rules(text)).toContain(rule)
  })
  it.each([
    // TV-001: a swindler's pitch quoted in a warning (勧誘, 持ちかけ, 名乗るメール with ご注意)
    '「証券会社の内部情報を特別に教えます」と持ちかける電話が相次いでいます。詐欺にご注意ください。',
    '【詐欺注意】「市役所の内部情報です」と名乗るメールが届いています。市はこのようなメールを送りません。',
    '「社外秘の資料をお見せします」という電話がかかってきたら、すぐに切ってください。',
    // TV-115: a marked paper named as what a photo must not catch (advice, a common mistake)
    '社外秘の書類が写り込まないよう、撮影前に机の上を片付けましょう。',
    '写真を撮るときは、背景に部外秘の資料が写っていないか確認してください。',
    'うっかり部外秘の資料を写してしまう、というミスはよくあります。',
    // R160I-048's counterparts: the meeting named with nothing told, a notice, the press's report
    '本日、全員協議会（非公開）が開かれました。',
    '全員協議会（非公開）の日程は3月5日です。傍聴はできませんのでご了承ください。',
    '昨年は協議会（非公開）が紛糾したとの報道がありましたが、今年は公開で開催します。',
    // R161A-021's counterparts: a preliminary value with no internal owner, a refusal, a lesson, a system
    '確定申告の相談会場、来場1,842人でした（速報値なので、正式な数字はあとで出ます）',
    '県の速報値によると、本市の人口は6万3千人です。',
    '内部の速報値は公表しておりません。確定値は3月に公表します。',
    '職員研修で、課内の速報値をSNSに投稿しないよう確認しました。昨年は3件の誤投稿がありました。',
    '庁内の速報体制を強化し、災害時には30分以内に情報を発信します。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('confidential: blind R162I/R163A kinds', () => {
  // Blind R163A-104: a marker said to be there with the bare existential (とありますが), then the paper passed on; a training's paper is no lesson.
  // Blind R162I-114: a release named for later in a concession, the figure told before it, then a peek.
  // Blind R162I-086: a figure or a paper not yet put before the council, with a negated verb, in a clause of reason or concession.
  it.each([
    ['研修でもらった資料、共有します📄 表紙に「部外秘」とありますが、わかりやすいのでぜひ読んでください！', 'confidential/marker'],
    ['今年の花火大会の来場者は12万人でした。来週の会見で市長が発表しますが、ひと足先にこっそり教えちゃう🤫', 'confidential/pre-release'],
    ['新しい子育て支援の給付額は1人5万円になりました！ 実は来週の記者会見で発表される予定ですが、一足早くお伝えします。', 'confidential/pre-release'],
    ['新体育館の概算事業費が出ました。まだ議会に報告していない金額ですが、写真でお見せします。', 'confidential/pre-release'],
    ['まだ委員会に示していない案やけど、こっそり載せとくね。', 'confidential/pre-release'],
    // blind R342C-057 kind: the council's members named, the paper shown
    ['新しい市民体育館の完成イメージ図です！まだ議員の皆さんにもお見せしていない段階のものですが、職員一同ワクワクしながら見ています。', 'confidential/pre-release'],
    ['まだ議員の皆様に説明していない計画ですが、こっそり図面を載せます。', 'confidential/pre-release'],
  ])('blocks %s', (text, rule) => {
    expect(findingsOf(confidential, text).some((f) => f.rule === rule && f.severity === 'block')).toBe(true)
  })
  it.each([
    '情報セキュリティ研修で学んだこと📄 表紙に「部外秘」とある資料は、机に置いたままにしないことが大切です。',
    '箱に「取扱注意」とありますが、中身は割れ物です。',
    '来月の市長の記者会見で新しいキャラクターを発表します！ひと足先にシルエットだけお見せします🤫',
    '昨年は3万人が来場しました。明日の記者会見で発表します。お楽しみに！',
    '参加者は120人でした。明日の記者会見で発表されるんですけど、ひと足先に会場の地図をお見せします。',
    'まだ議会に出していない段階なので、決まり次第お知らせします。',
    'まだ議会に提出していない案ですので、パブリックコメントでご意見をお寄せください。',
    'まだ議会に報告していない資料ですので、掲載は控えます。',
    '議会に出した資料はホームページで公開しています。',
    'まだ議員の皆さんにもお見せしていない段階なので、詳しくは決まり次第お知らせします。',
    '議員の皆さんにお見せした完成イメージ図を、市ホームページでも公開しました。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('confidential: blind R162I-024/R162I-091/R163A-045 kinds', () => {
  const rules = (text: string): string[] => findingsOf(confidential, text).filter((f) => f.severity === 'block' || f.severity === 'warn').map((f) => f.rule)
  it.each([
    // R162I-091: how many have come forward for a tender still open, or who withdrew
    ['学校給食センター改修工事の入札、開札前やけど応札は2者だけらしいです。', 'confidential/pre-release'],
    ['道路改良工事の一般競争入札、現時点で参加申請は5社です。', 'confidential/pre-release'],
    ['プロポーザルの提出期限まではまだありますが、すでに4社から参加表明がありました。', 'confidential/pre-release'],
    ['公民館の改修工事の入札、締め切りはまだですが有明建設さんから辞退の連絡がありました。', 'confidential/pre-release'],
    // R163A-045: next year's budget or personnel, or the budget process, caught in the photo
    ['課内ミーティングの様子です📸 奥のモニターに次年度の人員配置がしっかり映ってますが、気にしないでください笑', 'confidential/pre-release'],
    ['今日の打ち合わせ☕ 机の上の予算要求の一覧も写っちゃってるけど、雰囲気だけ伝われば！', 'confidential/pre-release'],
    ['うしろの資料に来年度の予算の金額まで見えてますが、まあいっか😂', 'confidential/pre-release'],
    // R162I-024: a staff system's screen shown with its figures
    ['窓口の業務システムの画面をお見せします！今日の待ち人数は12人、平均待ち時間は8分です。', 'confidential/staff-only'],
    ['ふるさと納税の管理画面をちょっとだけ見せちゃいます。今月の寄附は1,250件でした。', 'confidential/staff-only'],
  ])('flags %s', (text, rule) => {
    expect(rules(text)).toContain(rule)
  })
  it.each([
    // R162I-091's counterparts: a deadline or a rule, a result after the opening, a past count, the registration of bidders, a fair
    'プロポーザルへの参加表明書の提出期限は5月10日です。参加資格は市内に本店がある事業者です。',
    '学校給食調理業務の入札を行い、3社が参加しました。有明建設が落札しました。',
    '昨年度の同じ工事の入札では参加表明は2社でした。今年も締切前に質問をお受けします。',
    '入札参加資格審査の申請を受付中です。今のところ申請は120社です。',
    'マルシェの出店者を募集中です。今のところ応募は12店舗です。',
    '入札の締切は10月15日です。参加申請は電子入札システムで受け付けます。',
    // R163A-045's counterparts: kept out, blurred, a public occasion, a budget published, next year's events, a park of next year's budget
    '来年度の予算配分が写らないよう、撮影前にホワイトボードを消しました。',
    '後ろのホワイトボードに来年度の予算配分が写っていますが、ぼかしを入れています。',
    '来年度予算の記者会見の様子です。後ろのモニターに予算配分のグラフが映っています。',
    '来年度の予算案を市ホームページで公表しました。写真のスクリーンに予算配分が映っています。',
    'ホワイトボードに来年度の行事予定が写っていますが、詳しくは後日お知らせします。',
    '来年度の予算で新しくなる遊具が写っています！',
    '新年度の職員配置も見えてきました。4月からの体制は決まり次第お知らせします。',
    // R162I-024's counterparts: a feature released, a training, a refusal, a screen with no figure
    '団体向けの管理画面を公開しました。登録団体は120団体です。',
    'SNS研修で、管理画面を見せながら投稿の予約方法を説明しました。参加者は25人でした。',
    '管理画面のデータは個人情報を含むため、お見せできません。相談件数は年報で公表しています。',
    'LINE公式アカウントの管理画面から、配信の予約ができるようになりました。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('confidential: blind R168A/R169D/R170I/TX kinds (round 43 fixes)', () => {
  const rules = (text: string): string[] => findingsOf(confidential, text).filter((f) => f.severity === 'block' || f.severity === 'warn').map((f) => f.rule)
  it.each([
    // R169D-022: a paper before the council, the step said with a verb, shown
    ['委員会に諮る前の見直し案、こっそりお見せしますね。', 'confidential/pre-release'],
    ['議会に提出する前の補正予算の資料を、特別に少しだけ公開します。', 'confidential/pre-release'],
    // R170I-010: a closed session named as the occasion, then where it is heading
    ['昨日の非公開の選考会、かなり白熱しました。たぶんA社で決まりそうです。', 'confidential/meeting'],
    // R169D-134: the closed part of a gathering, its content shared
    ['非公開の時間に出た話を少しだけ共有します。来年度の補助金は3割減の見込みです。', 'confidential/meeting'],
    // R168A-103: the price of the next lot, a tender still to come
    ['次の工区の予定価格は約3億2千万円らしいです。', 'confidential/pre-release'],
    // R168A-008: a list before its release with its topic between
    ['まだ公表前の入札参加者の名簿なんですが、写真でちょっとだけ。', 'confidential/pre-release'],
    // R168A-028: a paper in the assessment with whose it is between
    ['写真の資料は、査定中の各部の要求をまとめたものです。', 'confidential/pre-release'],
    // R168A-010: the photo said to show a paper the paragraph says is not public
    ['写真は、移転候補地の3か所の名称をまとめた一覧です。この資料はまだ非公開です。', 'confidential/staff-only'],
    // R168A-011: a staff-only note or paper caught on a board or a screen in the photo
    ['奥のモニターに庁内の集計データがばっちり映ってますが、気にしないでください。', 'confidential/staff-only'],
    // R170I-003: a residents' records system shown with their data
    ['税務システムの画面はこのように、お名前を入れると住所や家族の情報が並びます。', 'confidential/staff-only'],
    // TX-133's counterparts that stay markers: the ban on a paper, or the paper shown
    ['研修資料は持ち出し禁止ですが、写真で載せます。', 'confidential/marker'],
    ['情報セキュリティ研修で配られた【持ち出し禁止】の資料です。', 'confidential/marker'],
  ])('flags %s', (text, rule) => {
    expect(rules(text)).toContain(rule)
  })
  it.each([
    // TX-133: a rule of handling named as a topic of a training
    '個人情報の持ち出し禁止や書類の複製禁止について、新人職員研修で学びました。',
    '情報セキュリティ研修を行いました。機密情報の持ち出し禁止、パスワードの管理などを確認しました。',
    // R169D-022's counterparts: a draft put out for comment, a refusal, a stage with no paper shown
    '議会に提出する前に、パブリックコメントで案を少しだけご紹介し、ご意見を募集します。',
    '議会に出す前の資料は公開できません。決まり次第お知らせします。',
    '新しい体育館の建設計画を議会に説明する前に、地元説明会を開きます。',
    // R170I-010/R169D-134's counterparts: a decision announced, a notice, a disclosure
    '非公開の審査会で選ばれた作品を市役所ロビーに展示します。',
    '非公開の選考会を経て、最優秀賞は田中さんに決まりました。',
    '午後は非公開の部となりますので、傍聴はできません。',
    '非公開の部分については、黒塗りで開示しました。',
    '非公開の審査会の結果は、決まり次第ホームページでお知らせします。',
    // R168A-103's counterparts: a work with no price, a price to be published
    '次の工区の工事は来年度に始まる予定です。',
    '次の工区の予定価格は、入札公告でお知らせします。',
    // R168A-008/R168A-028's counterparts: people or a rehearsal before the release, an appraisal of goods
    '発表前の受賞者の皆さんに控室でお集まりいただきました。',
    '発表前の最終リハーサルの様子です。',
    '車の査定前の準備について、中古車販売店の方に伺いました。',
    '査定前の各課の担当者が集まり、説明会を開きました。',
    // R168A-011's counterparts: kept out, blurred, the public's messages, a roster
    'ホワイトボードに課内の打ち合わせメモが残っていないか、撮影前に確認しましょう。',
    '後ろのホワイトボードに課内のメモが写っていますが、ぼかしを入れています。',
    '壁には市民の皆さんからのメッセージが貼ってあります。',
    // R168A-010's counterparts: the scene, a refusal, a published or blurred paper, a public result
    '写真は説明会の様子です。資料は非公開のため掲載しておりません。',
    '写真のスライドは、市ホームページで公開している計画の概要です。',
    '写真のスライドは、統合案の概要を示したものです。資料は非公開ですので、写真ではぼかしています。',
    '写真は、来場者アンケートの結果をまとめた一覧です。',
    // R170I-003's counterparts: the reader's own data, a system with no data shown, a closure, a training
    'マイナポータルでは、こんなふうに自分の情報が一覧で見られます。',
    '新しい窓口システムでは、こんなふうに番号札が表示されます。',
    '住民記録システムの更新のため、12日は窓口を休止します。',
    '新しい業務システムでは、このように市民の皆さんの待ち時間が表示されます。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('confidential: blind R171I/R172A/R173I kinds (round 44 fixes)', () => {
  const rules = (text: string): string[] => findingsOf(confidential, text).filter((f) => f.severity === 'block' || f.severity === 'warn').map((f) => f.rule)
  it.each([
    // R171I-003: kept secret until the release, said as a concession, then the matter told
    ['公表までは内緒ですが、来年度から駐車場は1回300円に値上げになります。', 'confidential/pre-release'],
    ['正式発表までヒミツなんだけど、新しい体育館の予算は約12億円で決まりました。', 'confidential/pre-release'],
    // R171I-057: a closed session named as the occasion, then where it is heading with an adverb before 決まり
    ['さっきの非公開の審査会、委託先はほとんどB社で決まりそうです。', 'confidential/meeting'],
    // R172A-056: a judges' paper cited as the source of an excerpt
    ['二次面接で聞く質問はこちら。①志望動機 ②長所と短所（審査員用の質問リストより抜粋）', 'confidential/staff-only'],
    // R172A-071: a manual made for staff or used inside a section, shared
    ['【庁内用】苦情対応マニュアル（抜粋）', 'confidential/staff-only'],
    ['市民課で普段使っている応対要領の一部を、ここで紹介しますね。', 'confidential/staff-only'],
    // R173I-069: a marker spelt in kana
    ['【ないぶ資料】来年度の補助金の配分案です。', 'confidential/marker'],
    ['（ブガイヒ）人員配置の見直し案', 'confidential/marker'],
    ['《取りあつかいちゅうい》議会答弁の想定です', 'confidential/marker'],
    // R173I-073: the photo's content named first, then next year's budget or personnel
    ['写真に写ってるのは新年度の予算配分の表です。', 'confidential/pre-release'],
    ['映っている数字は、実は来年度の職員配置案なんです。', 'confidential/pre-release'],
    // R173I-087: one named business's own figures heard in a hearing
    ['企業訪問で伺ったところ、ありあけ酒造さんは資金繰りがかなり厳しいとのことでした。', 'confidential/duty-secret'],
    ['経営相談で聞いた話では、B社さんは受注が前年の半分に減っているそうです。', 'confidential/duty-secret'],
  ])('flags %s', (text, rule) => {
    expect(rules(text)).toContain(rule)
  })
  it.each([
    // R171I-003's counterparts: a teaser that only withholds
    '結果は発表まで内緒です！お楽しみに',
    'ゲストは当日までナイショですが、豪華な顔ぶれです。',
    // R171I-057's counterparts: a public vote, the weather
    '新しい図書館の愛称は、投票で「ひかりの森」にほぼ決まりそうです！',
    '明日の花火大会、雨天の場合は順延でほぼ決まりっぽいです。',
    // R172A-056/071's counterparts: a paper named for its use, a manual for residents, revised and published, a refusal, a training
    '面接官用の評価シートに沿って採点します。',
    '市民向けマニュアルをご紹介します。',
    '職員向けの防災マニュアルを改訂し、ホームページで公開しています。',
    '職員向け研修で、接遇マニュアルを紹介しました。',
    '職員用マニュアルの一部は掲載できません。',
    '子育て支援課で使っている子育てガイドブックをご紹介します。',
    // R173I-069's counterparts: a parcel's label in kana, a caution, a playful compound
    '【とりあつかい注意】ガラス製品のため丁寧に運んでください。',
    '【ちゅうい】明日は断水です。',
    'なつやすみ【ないぶ探検】を開催します。',
    // R173I-073's counterparts: a park built with next year's budget, new staff, a briefing
    '写っているのは来年度の予算で整備する公園です。',
    '写っているのは新年度の人事異動で着任した職員の皆さんです。',
    '写ってるのは来年度の組織改編の説明会の様子です。',
    // R173I-087's counterparts: views summed up for all, a policy built on them, no figures
    '事業者ヒアリングで伺ったご意見をもとに、補助制度を見直しました。',
    'ヒアリングでは、多くの事業者さんから売上が3割減ったとの声をいただきました。',
    'ヒアリングで伺ったところ、多くのお店で売上が2割減っていました。',
    '企業訪問で伺ったA社さんは、新商品の開発に力を入れておられました。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('confidential: blind R176D/R178A kinds (the post says it is not out, and gives it)', () => {
  const rules = (text: string): string[] => summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))
  it.each<[string, string]>([
    // R176D-022: a figure said not yet to be let out, beside the figure
    ['ふるさと納税の寄附額、今年度は過去最高の約14億円！（財政課の集計で、外部にはまだ出せない数字ですけど）', 'confidential/pre-release:block:外部にはまだ出せない数字ですけど'],
    ['市民体育祭の参加者は3,120人でした。対外的にはまだ公表できないデータなんですが…', 'confidential/pre-release:block:対外的にはまだ公表できないデータなんですが'],
    // R178A-038: a matter the city decided not to publish, shown "for reference"
    ['体力テストの結果です。学校ごとの平均点は公表しないこととしておりますが、参考までに各校の表を添付します。', 'confidential/pre-release:block:公表しないこととしておりますが、'],
    ['地区別の集計は非公表としておりますが、特別に一覧を写真でお見せします。', 'confidential/pre-release:block:非公表としておりますが、'],
  ])('flags %s', (text, expected) => {
    expect(rules(text)).toContain(expected)
  })
  it.each([
    // no figure given, only a wait; no thing named as held
    '正確な数字はまだ出せませんが、集計でき次第お知らせします。',
    '対外的にはまだ出せない数字もありますので、確定値は来月お知らせします。',
    // the public part shown instead, a notice, a person's name withheld
    '学校別の結果は公表しないこととしておりますが、参考までに市全体の平均正答率を掲載します。',
    '学校別の結果は公表しないこととしておりますので、ご了承ください。',
    'お名前は公表しないこととしておりますが、受賞作品を下に掲載します。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('confidential: blind R179I/R181D/R182I kinds (a figure placed before its report; an exam to come told)', () => {
  const rules = (text: string): string[] => summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))
  it.each<[string, string]>([
    // R182I-023: a figure labelled as before its report
    ['国保税の収納率は、委員会報告前の暫定値で96.2％となりました。確定値は12月議会のあとに公表します。', 'confidential/pre-release:block:委員会報告前の暫定値で'],
    ['新体育館の総事業費は、議会説明前の試算では約32億円です。', 'confidential/pre-release:block:議会説明前の試算では'],
    // R181D-012: an amount in the sentence that says the council report is still to come
    ['花火大会の補助金を前年の1.2倍、約450万円に増やしました（委員会への説明はまだです）。', 'confidential/pre-release:block:委員会への説明はまだ'],
    // R179I-049: the council later as the reason nothing can be said, then a change told
    ['議会に提出するのは3月なので詳しいことはまだ書けませんが、学校給食費がかなり安くなります！', 'confidential/pre-release:block:議会に提出するのは3月なので詳しいことはまだ書けませんが、'],
    // R182I-053 / R179I-004: a question or an essay's theme of an exam still to come
    ['明日の消防職員採用試験ですが、今年は一般常識で「柳川の掘割の総延長」が出ます。', 'confidential/pre-release:block:明日の消防職員採用試験ですが、今年は一般常識で「柳川の掘割の総延長」が出ます'],
    ['9月15日の二次試験、作文のテーマは「私が住みたいまち」です。頑張って！', 'confidential/pre-release:block:9月15日の二次試験、作文のテーマは「私が住みたいまち」です'],
  ])('flags %s', (text, expected) => {
    expect(rules(text)).toContain(expected)
  })
  it.each([
    // a figure reported after the council; a step to come with no amount; a refusal; a count of people
    '市税の収納率は、9月議会で報告した速報値で97.1％でした。',
    '新体育館の総事業費は、議会で説明した試算では約32億円です。',
    '決算の状況は議会への報告はこれからです。まとまり次第お知らせします。',
    '議会報告前の速報値のため、数字はお答えできません。',
    '住民説明会には120人が参加されましたが、議会への説明はこれからです。',
    // the council later, no change told: a notice to wait
    '議会に出すのは2月なので細かい中身はまだ言えませんが、決まり次第お知らせします。',
    // an exam's subjects, scope or date; a past exam's theme; a study guide
    '来週の職員採用試験の試験科目は教養と作文です。',
    '来週の検定試験、出題範囲は「公式テキスト第1章から第3章」です。',
    '昨年度の一次試験、論文のテーマは「子育てしやすいまちづくり」でした。',
    '6月22日の一次試験は、市役所本庁舎で行います。受験票を忘れずに。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('confidential: blind R184I–R188A kinds (an internal figure told before its report; a paper said not public, told or shown)', () => {
  const rules = (text: string): string[] => summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))
  it.each<[string, string]>([
    // R184I-005: a figure worked out inside, named as such; the council not yet told, said as a concession, the amount in a sentence beside
    ['内部で計算した額は約2億3千万円です。', 'confidential/staff-only:block:内部で計算した額は'],
    ['議会への報告はまだですが、参考までにお知らせします。整備費の総額はおよそ5億円の見込みです。', 'confidential/pre-release:block:議会への報告はまだ'],
    ['新しい公園の整備費はおよそ4億5千万円です。委員会への説明はまだですが、先にお伝えしておきます。', 'confidential/pre-release:block:委員会への説明はまだ'],
    // R187I-005: the figure told ahead of the report, the telling said as an aside
    ['県への報告の前にお伝えしますと、農業被害は約2億8千万円にのぼっています。', 'confidential/pre-release:block:県への報告の前にお伝えします'],
    // R187I-011: the prefecture's or the state's report still to come, beside an amount written with 億 and 千万
    ['台風による道路の被害は約3億2千万円の見込みです（国への報告はこれからです）。', 'confidential/pre-release:block:国への報告はこれから'],
    // R184I-069: a paper said not public in the writer's bracketed aside, cited for what it says
    ['選考委員会の議事録（表に出していない資料です）によると、A案が最高点でした。', 'confidential/staff-only:block:議事録（表に出していない資料です）によると'],
    // R185A-052: a paper said to be non-public, shown
    ['業者さんから届いた非公開の平面図、ちょっとだけアップします。', 'confidential/staff-only:block:非公開の平面図、ちょっとだけアップ'],
    ['設計事務所から受け取った非公開の配置図を少しだけお見せします。', 'confidential/staff-only:block:非公開の配置図を少しだけお見せ'],
    // R186D-066: a figure heard from the section in charge, named as a figure, then given
    ['税務課の人から教えてもらった件数だと、差し押さえは今年120件だそうです。', 'confidential/staff-only:block:税務課の人から教えてもらった件数だと'],
    // R188A-037: the matter kept to the section, its release still to come, the figures told anyway
    ['報告書は来年度に公表予定で、まだ係の中だけで扱っている段階なんですが、応募は320件ありました。', 'confidential/staff-only:block:係の中だけで扱っている段階なんですが'],
  ])('flags %s', (text, expected) => {
    expect(rules(text)).toContain(expected)
  })
  it.each([
    // already reported or published; the city's own estimate for residents
    '新庁舎の建設費は約85億円で、12月の議会で報告しました。',
    '被害額は約14億円で、県への報告は済んでいます。',
    '空き家の実態調査の報告書を公開しました。市内の空き家は2,317戸でした。',
    '市で試算したところ、太陽光パネルを設置すると電気代が年間約3万円安くなります。',
    // no figure told, or a notice to wait
    '被害額は調査中です。県への報告はこれからです。',
    '空き家調査の結果の公表は年度末の予定です。',
    '補正予算の総額は約3億円です。議会への説明はまだですが、決まり次第お知らせします。',
    '議会への説明に先立ち、住民説明会を開催します。',
    '議会への報告に先立ち、市民の皆さまに概要をお知らせします。詳しくは来月の広報でお伝えします。',
    // a closed session named with nothing told; a paper kept; a teaser's 未公開
    '審議会は非公開の会議のため傍聴はできません。',
    '議事録（外には出していないものです）は事務局で保管しています。',
    '未公開の写真をちょっとだけお見せします！',
    '非公開の図面を見せてほしいとのご要望をいただきました。',
    // talk heard with no figure named; a figure the sentence says was published
    '担当者から聞いた数字では、昨年度の来場者は約5万人で、市ホームページでも公表しています。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('confidential: reviewer conf5 kinds (a public opening, a refusal, a request and a section discussion behind a done improvement)', () => {
  const rules = (text: string): string[] => summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))
  it.each<[string, string]>([
    // a paper said not public, then shown as a favour now or its content given: the leak stays
    ['普段は非公開のデータですが、ちょっとだけお見せします。', 'confidential/marker:block:非公開のデータ'],
    ['普段は非公開の集計資料ですが、市民まつりの日に特別にお見せします。滞納額は約3億円です。', 'confidential/marker:block:非公開の集計資料'],
    ['非公開の検討資料、こっそりお見せします。', 'confidential/marker:block:非公開の検討資料'],
    ['設計事務所から届いた非公開の立面図をちょっとだけお見せします。', 'confidential/staff-only:block:非公開の立面図をちょっとだけお見せ'],
    // a refusal that goes on to tell, or a request after which the content is told
    ['非公開の資料はお見せできませんが、補助金は3割減と書いてありました。', 'confidential/marker:block:非公開の資料'],
    ['非公開の会議の資料はお見せできませんが、委員の多くが反対でした。', 'confidential/meeting:block:非公開の会議'],
    ['非公開の会議資料を見せてもらいました。補助金は2割減です。', 'confidential/marker:block:非公開の会議資料'],
    // a section discussion still going, or a cut or decision told as its outcome
    ['係の中だけで話し合っている段階ですが、来年度から窓口を廃止する方向です。', 'confidential/staff-only:block:係の中だけで話し'],
    ['課の中だけで話し合って、手数料を値上げすることを決めました。', 'confidential/staff-only:block:課の中だけで話し'],
  ])('flags %s', (text, expected) => {
    expect(rules(text)).toContain(expected)
  })
  it.each([
    // a thing normally closed opened to the public on an occasion or by an archive
    'ふだんは非公開の古文書を、お城まつりの日に特別にお見せします。',
    '通常は非公開の古文書を、期間限定で公開します。',
    '普段は非公開の設計資料を、市制70周年記念展で特別公開します。',
    '普段は非公開の絵巻物の原本と古文書を、市民の日に特別にお見せします。',
    '郷土資料館の収蔵庫から、普段は非公開の古文書をちょっとだけご紹介します。',
    // a refusal that closes the matter
    '非公開の文書のため、お見せできませんので、ご理解ください。',
    '非公開の議事録はお渡しできません。ご了承ください。',
    '非公開の会議の資料は公開できませんので、ご了承ください。',
    // a request reported, nothing told from the paper
    '非公開の検討資料を開示してほしいとのご要望をいただきました。',
    '非公開の会議の資料を見せてほしいというお問い合わせがありました。',
    '非公開の資料を公開するよう求める陳情が出されました。',
    // a section discussion told as how a service was improved
    '係の中だけで話し合い、申請書の記入例を分かりやすくしました。',
    '課の中だけで話し合って、窓口の待ち時間の案内を見直しました。',
    // the near kinds: a closed session with only a notice or the announced result
    '審査会は非公開のため、傍聴はできません。',
    '非公開で行われた選考の結果は、後日ホームページで公表します。',
    '非公開で行われた審査の結果、最優秀賞は有明デザイン事務所に決定しました。',
    '個人情報を含むため、この会議は非公開とします。',
    '委員会は非公開です。結果は来月の広報でお知らせします。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('confidential: blind R189I/R190A kinds (a marker across a line break, a paper going round only inside, figures before the notice)', () => {
  const rules = (text: string): string[] => summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))
  it.each<[string, string]>([
    // a word of the list broken by a line break is still the word (the excerpt keeps the break as typed)
    ['花火大会の人出は約3万人でした。課内\n限りの速報値なので内緒ですが、昨年より増えています。', 'confidential/marker:block:課内\n限り'],
    ['部外\n秘の資料ですが、新しい図書館の建設費は約18億円です。', 'confidential/marker:block:部外\n秘'],
    ['こちらは内部\n資料からの抜粋です。', 'confidential/staff-only:block:内部\n資料から'],
    // a paper said to go round only inside a body of the city, read, and a figure or a change told
    ['農業委員会の中でしか回っていない資料を見たら、来年度から農地の貸付料が1割上がるそうです。', 'confidential/staff-only:block:委員会の中でしか回っていない資料を見たら、'],
    ['事務局内でしか出回っとらんデータば見たら、参加団体は去年より12団体も減っとる。', 'confidential/staff-only:block:事務局内でしか出回っとらんデータば見たら、'],
    ['幹部の間でだけ配られた一覧によると、来春には公民館が2館統合されるようです。', 'confidential/staff-only:block:幹部の間でだけ配られた一覧によると、'],
    // a selection's figures told while the notice to those concerned is still to arrive
    ['まだ申込者の皆さんに結果のお知らせが届く前ですが、市営住宅の抽選は2戸の募集に31件の応募がありました。', 'confidential/pre-release:block:結果のお知らせが届く前ですが、'],
    ['選考結果を通知する前なので大きな声では言えませんが、採用は8人の枠に64人の受験でした。', 'confidential/pre-release:block:結果を通知する前なので'],
  ])('flags %s', (text, expected) => {
    expect(rules(text)).toContain(expected)
  })
  it.each([
    // a plain line break inside an ordinary sentence, and words of the list cut into two ordinary words
    '本日の説明会には\n多くの方にご参加いただきました。',
    '庁内の各課で\n新しい手順を共有しました。',
    'ご来場ありがとうございました。\n限りある資源を大切に。',
    '市の\n計画では、来年度に図書館の開館時間を延ばします。',
    // the same kinds said of what is no secret: a shared document, a local voucher, a paper published
    '研修で使った資料は、庁内の各課で共有しました。',
    '地域の中でしか使えない商品券を、3,000円分お配りします。',
    'この資料はかつて課内だけで共有されていましたが、現在は市HPで公開しています。',
    '教育委員会の資料（市HPで公開）によると、来年度の給食費は月4,850円です。',
    // a notice with no figure, what to do before it arrives, a notice about the letters, figures published
    '選考結果の通知は3月上旬にお送りします。',
    '通知が届く前に、入所に必要な書類をご準備ください。',
    '結果の通知が届く前ですが、届かない場合は保育課までお問い合わせください。',
    '申し込み状況は市HPで公開しています（0歳児6人の枠に23人）。',
    // a surprise told as a secret until the day
    'クリスマス会のゲストは当日まで内緒ですよ〜！お楽しみに🎄',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('confidential: blind R191I/R192D kinds (a figure read off a board, an internal tally, a meeting heard, a figure heard ahead — all before the release)', () => {
  const rules = (text: string): string[] => summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))
  it.each<[string, string]>([
    // a figure read off a board or a paper of a meeting room, its announcement still to come
    ['打合せに同席しました。黒板に、新しい体育館の事業費は約28億円と書いてありました。正式発表が待ち遠しいです。', 'confidential/pre-release:block'],
    ['会議資料には、来年度の保育料は2割下がると書かれていました。発表はまだですが楽しみです。', 'confidential/pre-release:block'],
    // an internal tally told before its report
    ['今年の花火大会、担当者の集計では約12万人の人出でした。正式な人数は来月の委員会でご報告します。', 'confidential/pre-release:block'],
    // a meeting's content heard, the official notice still to come
    ['県との協議の場で、新しい橋の完成は2年遅れると聞いています。正式な発表はまだですが、お知らせしておきます。', 'confidential/pre-release:block'],
    // a figure another body will announce, heard ahead
    ['来週商工会から発表される予定の売上調査、一足早く教えてもらいました！前年比で15%アップです。', 'confidential/pre-release:block'],
  ])('flags %s', (text, expected) => {
    expect(rules(text).some((x) => x.startsWith(expected))).toBe(true)
  })
  it.each([
    // the announcement with no figure, a figure published, a release already made
    '正式発表は来週です。どうぞお楽しみに！',
    '速報値は市HPで公表しています。',
    '商工会の発表によると、売上は前年より15%増えました。',
    '保健所の発表によると、原因は弁当のノロウイルスでした。',
    // a board in an event, a flyer read with no announcement to come
    'ホワイトボードに書いてある時間割を見てね！',
    'チラシには参加費は500円と書いてありました。',
    // heard ahead with nothing counted, a meeting heard with nothing pending
    'ひと足先に聞いてきました！講演会のテーマは発表をお楽しみに。',
    '自治会の会議で、清掃日は10日と聞いています。皆さんご参加ください。',
    // a tally with its report made
    '担当の集計では約12万人の人出でした。ご来場ありがとうございました。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('confidential: blind R193I–R197A kinds (publication denied, a selection paper cited, a preliminary going round inside, a release still to come)', () => {
  const rules = (text: string): string[] => summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))
  it.each<[string, string]>([
    // publication denied is no publication: an internal record cited for a finding stays flagged
    ['文化祭の件、庁内の検証記録では、連絡の遅れが原因とされています。記録は公表しておりませんので、ご参考までに。', 'confidential/staff-only:block'],
    // an internal selection paper cited (not read) for one's standing
    ['補助金の審査の件ですが、内部の審査表によると、御社は55点で、採択ラインの60点に届きませんでした。', 'confidential/staff-only:block'],
    ['ボランティア登録の選考ですが、課内の評価シートでは、あなたは4位でした。', 'confidential/staff-only:block'],
    // a preliminary said to go round inside, a clause between
    ['部内で使っている暫定値ですが、来場者は前年より300人多い見込みです。', 'confidential/pre-release:block'],
    ['庁内で回している速報の段階ですが、参加率は42%にとどまっています。', 'confidential/pre-release:block'],
    // a result's publication still some way off, then the result told
    ['小学校の給食調理業務の入札、今朝開札でした。結果の公表はまだ先ですが、隣町の業者さんが2,150万円で落札しました。', 'confidential/pre-release:block'],
    // figures given, then the formal release said to come later and the telling said to be ahead
    ['河川敷の清掃ボランティア、集計したところ参加者は812人でした。正式な結果は来週の記者発表で出ますが、先にお伝えしておきます。', 'confidential/pre-release:block'],
    ['災害見舞金は1世帯あたり10万円の案でまとまっています。議会で決まって発表されるのは来月ですが、先にお知らせします。', 'confidential/pre-release:block'],
    // a result to be published later, named attributively, then its figure
    ['来週発表される体力テストの本市の結果は、小学5年の男子が全国平均を2.4ポイント上回りました。', 'confidential/pre-release:block'],
  ])('flags %s', (text, expected) => {
    expect(rules(text).some((x) => x.startsWith(expected))).toBe(true)
  })
  it.each([
    // a paper not published with nothing told from it; the measures published
    '昨年の事故報告書は公開していませんが、再発防止策はホームページでお知らせしています。',
    '内部の採点表は公開していません。',
    // a scale described, no one's standing
    '内部の評価表では100点満点で採点します。',
    // a preliminary with no inside
    '速報の段階ですが、参加率は42%でした。',
    // a newsletter's date, a notice to wait, nothing told
    '市報への掲載は来月になりますが、参加者を20名募集します。',
    '結果の掲載はもう少し先になりますが、しばらくお待ちください。',
    '正式な結果は来週の記者発表で出ますが、まだ詳しいことは分かりません。',
    '公表されるのは来週ですが、楽しみにお待ちください。',
    // a result to come with where to see it, and one published last year
    '来週発表される体力テストの結果は、市ホームページでご覧いただけます。',
    '昨年公表された体力テストの結果は、全国平均を2.4ポイント上回りました。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('confidential: blind R198I–R200D kinds (the writer\'s own hold on a figure, a budget at an internal assessment stage, a paper still worked on inside shown, a closed briefing)', () => {
  const rules = (text: string): string[] => summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))
  it.each<[string, string]>([
    // the writer asks the readers to keep it in, beside a figure told in the same sentence or just before
    ['清掃工場の委託料の件です。業者との協議はこれからなので外には出さないでほしいのですが、市の提示額は年間4,200万円です。', 'confidential/pre-release:block'],
    ['夏まつりの来場者、集計したら2万3千人でした！⏎町内会長さんへの連絡が済むまでは外に出しちゃダメやけど、うれしくて。', 'confidential/pre-release:block'],
    ['新しい図書館の設計業者が決まりました。契約額は3,450万円です（議会報告はまだなので、ここだけの話でお願いします）', 'confidential/pre-release:block'],
    // a budget figure at a stage of the internal assessment, or a later assessment still to come beside it
    ['来年度の特別会計、一次査定を終えた時点で総額48億6千万円です。', 'confidential/pre-release:block'],
    ['下水道事業の予算は今のところ21億3千万円。まだ副市長査定が控えていますが、ほぼこのままいけそうです。', 'confidential/pre-release:block'],
    // a paper still worked on inside, shown as a favour
    ['利用者アンケート、庁内で取りまとめ中のデータを少しだけお見せします。「満足」は61%でした。', 'confidential/staff-only:block'],
    // a closed briefing named as the source of what is told
    ['議員向けの非公開の説明会で聞いた話だと、新しい給食センターの建設費は約18億円だそうです。', 'confidential/meeting:block'],
  ])('flags %s', (text, expected) => {
    expect(rules(text.replace(/⏎/gu, '\n')).some((x) => x.startsWith(expected))).toBe(true)
  })
  it.each([
    // a thing put outdoors, not a matter kept in
    '燃えるごみは朝8時までに。前日の夜は外に出さないでほしいのですが、カラスの被害が3件ありました。',
    '小さなお子さんは外に出さないでくださいね。熱中症で2人が搬送されました。',
    // a refusal to keep it in
    'この写真はここだけの話にせず、どんどんシェアしてください！参加者は300人でした。',
    // a hold with nothing told, and a notice to wait
    '詳しい内容は外に出さないでほしいのですが、決まり次第お知らせします。',
    // the assessment with no amount, a budget announced, an appraisal of goods
    '財政課の査定を終えた時点で、各課に結果をお知らせします。',
    '市長査定を経て、来年度予算案を発表しました。一般会計は312億円です。',
    'まだ市長査定が残っていますが、決まり次第お知らせします。',
    '中古車の査定を終えた時点で、買取額は120万円でした。',
    // a paper still worked on, promised once settled, or asked for
    '課内で取りまとめ中のデータは、まとまり次第ご紹介します。',
    // a closed briefing announced
    '議員向けの説明会は非公開で行います。',
    '非公開の説明会を開催しますので、関係者の方はご出席ください。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('confidential: reviewer conf10 — a marker as the attribute of a paper only named, nothing of it told or shown', () => {
  const rules = (text: string): string[] => summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))
  it.each<[string, string[]]>([
    // a paper only named as checked, received or asked to be passed round: a second look on a public account, no block
    ['非公開の議事録は、先ほど確認しました。', ['confidential/marker:warn:非公開の議事録']],
    ['係内で検討中の計画を拝見しました。', ['confidential/marker:warn:係内で検討中の計画']],
    ['部内で調整中の名簿を皆さんで共有してください。', ['confidential/marker:warn:部内で調整中の名簿']],
    ['公表前の報告書を受け取りました。', ['confidential/marker:warn:公表前の報告書']],
    // the same paper, then told, shown or handed on: the block stays
    ['非公開の議事録によると、反対意見は5件でした。', ['confidential/marker:block:非公開の議事録']],
    ['係内で検討中の計画では、駐車場を2割減らすそうです。', ['confidential/marker:block:係内で検討中の計画']],
    ['部内で調整中の名簿を添付します。', ['confidential/marker:block:部内で調整中の名簿']],
    ['庁内で作成中の報告書では、事故は年12件と書かれています。', ['confidential/marker:block:庁内で作成中の報告書']],
    ['非公開の議事録は、先ほど確認しました。写真を載せておきます。', ['confidential/marker:block:非公開の議事録']],
    ['非公開の文書を確認しました。予算は3億円です。', ['confidential/marker:block:非公開の文書']],
    ['内部で検討中の議事録をちょっとだけ共有します。', ['confidential/marker:block:内部で検討中の議事録']],
    // a label stays a marker
    ['【庁内かぎり】来週の窓口当番について', ['confidential/marker:block:【庁内かぎり】']],
  ])('reports %s', (text, expected) => {
    expect(rules(text)).toEqual(expected)
  })
  it.each([
    // a plan or a paper promised once it is settled or finished
    '係内で検討中の計画は、決まったら改めてお知らせします。',
    '部内で作成中の議事録は、完成したら公開します。',
    '庁内で調整中の文書は、まとまり次第ご報告します。',
    // a thing normally closed introduced to the public on this occasion
    '通常は非公開の史料ですが、特別にご紹介します。',
    // a table still being counted, asked to be passed round inside (a request, nothing shown)
    '課内で集計中の一覧を回してください。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
  it.each<[string, string]>([
    // a favour or a showing keeps the block: a closed paper introduced as a favour with no usual state, or a little of it shown
    ['非公開の文書ですが、特別にご紹介します。', 'confidential/marker:block'],
    ['普段は非公開の資料ですが、こっそりご紹介します。', 'confidential/marker:block'],
    ['庁内で集計中の一覧を共有します。', 'confidential/staff-only:block'],
  ])('blocks %s', (text, expected) => {
    expect(rules(text).some((x) => x.startsWith(expected))).toBe(true)
  })
})

describe('confidential: minutes said to be closed are not published minutes (非公開の会議録によると…)', () => {
  const rules = (text: string): string[] => summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))
  it.each<[string, string]>([
    ['非公開の会議録によると、来年度の予算は5億円です。', 'confidential/'],
    ['非公表の会議録では、候補地は二か所に絞られたとあります。', 'confidential/'],
  ])('blocks %s', (text, expected) => {
    expect(rules(text).some((x) => x.startsWith(expected) && x.includes(':block:'))).toBe(true)
  })
  it.each([
    // minutes published as a rule, cited for a figure already decided in session
    '3月議会の会議録によると、来年度の予算は5億円です。',
    '会議録は市ホームページで公開しています。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('confidential: blind R201A–R205I (conf11) — closed surveys cited, papers not yet out, the council step by its body, the assessment told', () => {
  const rules = (text: string): string[] => summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))
  it.each<[string, string]>([
    // a closed hearing's or survey's results cited as the source of figures
    ['候補地の地権者を対象にした非公開の聞き取り結果では、8人中6人が売却に前向きでした。', 'confidential/marker:block:非公開の聞き取り結果'],
    ['非公開のアンケート結果によると、保護者の7割が延長保育を望んでいます。', 'confidential/marker:block:非公開のアンケート結果'],
    // a paper the writer says has not been given outside, handed on by the post
    ['来月の避難所運営訓練の班編成表です。まだ外部には出していないものなので、取り扱いに気をつけてください。', 'confidential/staff-only:block:まだ外部には出していないものなので'],
    ['庁外には配布していない資料ですが、参考までに載せておきます。', 'confidential/staff-only:block:庁外には配布していない資料ですが'],
    // a figure said not to be out, with the te-form negative, as a concession beside it
    ['職員向けの意識調査で「休みが取りにくい」と答えた人が4割いました。外には出ていない数字ですが、驚きました。', 'confidential/pre-release:block:外には出ていない数字ですが'],
    // a session held with no public gallery, then what was said in it
    ['検討委員会は傍聴なしの回でしたが、委員から「費用が高すぎる」という発言がありました。', 'confidential/meeting:block:傍聴なしの回'],
    ['昨日の選定委員会は傍聴不可の会でしたが、委員から厳しい意見が相次いだことだけお伝えします。', 'confidential/meeting:block:傍聴不可の会'],
    // the council step named with its body and で (議会の常任委員会で説明する前), then an amount
    ['新しい図書館の件、委員会で報告する前ですが、設計費は約4,000万円の見込みです。', 'confidential/pre-release:block:委員会で報告する前ですが'],
    ['公園再整備の件、議会の常任委員会で説明する前なので、概算は1億円とだけ書いておきます。', 'confidential/pre-release:block:議会の常任委員会で説明する前なので'],
    // the release at a later press conference said with a verb of telling, then told ahead
    ['今年の夏祭りの来場者は速報で約3万人でした。正式な数字は来週の記者会見で市長からご報告する予定ですが、ひと足早くお伝えします。', 'confidential/pre-release:block:ひと足早くお伝え'],
    // the internal assessment's amount told with は
    ['スポーツ少年団への補助、要求額300万円でしたが財政課の査定は150万円でした。', 'confidential/budget:block:財政課の査定は150万円'],
  ])('blocks %s', (text, expected) => {
    expect(rules(text)).toContain(expected)
  })
  it.each([
    'まだ外部には出していない資料なので、申し訳ありませんがお見せできません。',
    'まだ外に出していない資料なので、完成次第ホームページで公開します。',
    '外部には出していない資料ですので、閲覧をご希望の方は情報公開請求の手続きをお願いします。',
    '子どもたちはまだ外には出ていないので、教室で待機しています。',
    'この数字はまだ外には出ていないので、公表されたらお知らせします。',
    '今年のアンケート結果は市ホームページで公表しています。回答者の62％が「満足」と答えました。',
    '非公開のヒアリングを行いますので、傍聴はできません。',
    'ヒアリング結果は、まとまり次第ホームページでお知らせします。',
    '審議会は傍聴なしの会でしたが、議事の概要は後日ホームページで公開します。',
    '傍聴なしの会議ですので、一般の方の入場はご遠慮ください。',
    '委員会では委員から慎重な意見が相次ぎました。会議録はホームページでご覧いただけます。',
    '議会で説明する前に、住民の皆さまへの説明会を開きます。',
    '議会の全員協議会で説明した内容は、市ホームページに掲載しています。',
    '明日の定例会見で市長からお話しする予定です。会見の様子はライブ配信でご覧いただけます。',
    '財政課の査定は毎年11月に行われます。',
    '財政課の査定はこれからなので、金額はまだ分かりません。',
    '予算案は可決されました。財政課の査定は600万円でしたが、議会で増額修正されました。',
    '車の査定は50万円でした。下取りに出そうかな。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('confidential: blind UG-012 kind — 非公開 named as a category of a rule or a system being explained, no paper told', () => {
  const rules = (text: string): string[] => summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))
  it.each([
    // the class a bylaw or an act defines
    '公文書は原則として公開しますが、情報公開条例第7条に規定する非公開情報が含まれる場合は、その部分を除いてお渡しします。',
    '法令で定める非公開情報については、請求があっても公開の対象になりません。',
    // the class a part falls under in general, and a definition
    '個人の氏名や口座番号など、非公開情報に該当する箇所は墨消しをしてから写しを交付します。',
    '非公開情報とは、公にすることで個人の権利利益を害するおそれのある情報などをいいます。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
  it.each<[string, string]>([
    // a paper cited, or the category said of this matter and then told
    ['非公開情報によると、新しい給食センターの候補地は川沿いの市有地だそうです。', 'confidential/marker:block:非公開情報'],
    ['この件は条例で定める非公開情報に当たりますが、こっそり教えると落札したのは地元のB社です。', 'confidential/marker:block:非公開情報'],
    ['条例で定める非公開情報なので大きな声では言えませんが、次の館長は元教育長です。', 'confidential/marker:block:非公開情報'],
    ['非公開の議事録によると、移転先は旧中学校の跡地に決まったそうです。', 'confidential/marker:block:非公開の議事録'],
  ])('blocks %s', (text, expected) => {
    expect(rules(text)).toContain(expected)
  })
})

describe('confidential: blind cu12 kinds (R206A–R208D, UH)', () => {
  const rules = (text: string): string[] => summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))
  const nl = (s: string): string => s.replace(/⏎/gu, '\n')
  // Kind (UH-010): 非公開情報 as the heading's subject, its scope or kinds, in a paragraph explaining the disclosure system.
  it.each([
    nl('◇公開されない情報（非公開情報）の範囲⏎請求のあった公文書は原則として開示しますが、次の情報が含まれる部分は開示しないことがあります。⏎・個人が特定できる情報'),
    nl('■非公開情報の種類⏎情報公開条例では、開示請求があっても公開しない情報を次のように定めています。'),
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
  it.each<[string, string]>([
    // the category's scope named, but a paper of it told on the quiet
    [nl('◇非公開情報の範囲⏎今回だけ特別に、新庁舎の候補地をお伝えします。'), 'confidential/marker:block:非公開情報'],
    // no disclosure system being explained: a paper's scope is still a marker
    ['非公開情報の範囲でお伝えすると、新しい庁舎の建設地は駅の東側です。', 'confidential/marker:block:非公開情報'],
  ])('blocks %s', (text, expected) => {
    expect(rules(text)).toContain(expected)
  })

  // Kind (R207I-011, R208D-029): a figure told with a telling-ahead word while the release or the bill's going to the council is still to come.
  it.each<[string, string]>([
    ['花火大会の観覧者数、集計でなんと8万4千人でした！公式の発表はまだですが、一足お先に✨', 'confidential/pre-release:block:一足お先に'],
    ['今度の議会に出る補正予算案、少しだけ先出しです。公園の遊具の更新に3,600万円を計上しています。', 'confidential/pre-release:block:先出し'],
    ['正式な発表は来週ですが、ひと足早くお伝えします。応募は過去最多の412件でした。', 'confidential/pre-release:block:ひと足早くお伝え'],
  ])('blocks %s', (text, expected) => {
    expect(rules(text)).toContain(expected)
  })
  it.each([
    // the release made, no telling ahead, a doing ahead, a telling declined
    '花火大会の観覧者数は8万4千人でした。市の発表によるもので、詳しくはホームページをご覧ください。',
    '正式な発表はまだですので、決まり次第お知らせします。会場は300人入れる予定です。',
    '新メニュー、ひと足お先に試食しました！1杯600円だそうです。',
    '来月の議会に出る補正予算案の先出しはできません。給食費の件は議案の公表をお待ちください。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })

  // Kind (R206A-022): the source's own request to keep it inside, quoted as the preface of what was shown, then what was shown told.
  it.each<[string, string]>([
    ['「まだ表に出さないでね」と断って聞かせてくれた数字では、来場者は前年の2倍の3万人だったそうです。', 'confidential/pre-release:block:表に出さないでね」と断って聞かせてくれ'],
    ['「まだ外には出さないでほしい」との前置きで見せてもらった案では、利用料を1回500円に改める内容でした。', 'confidential/pre-release:block:外には出さないでほしい」との前置きで見せてもら'],
  ])('blocks %s', (text, expected) => {
    expect(rules(text)).toContain(expected)
  })
  it.each([
    // the request reported, nothing told after it; a notice to wait
    '「個人情報なので外には出さないでください」と説明していただきました。',
    '「外には出さないでほしい」と前置きのうえで見せていただいた資料は、公表され次第お知らせします。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })

  // Kind (R208D-045): a passage of a manual made for staff quoted to readers.
  it.each<[string, string]>([
    ['窓口の職員用マニュアルには、こんな一文があります。「苦情が2回続いた方には係長が対応すること」。', 'confidential/staff-only:block:職員用マニュアルには、こんな一文があり'],
    ['庁内向けの対応要領に「電話は3分を目安に切り上げること」と書かれています。', 'confidential/staff-only:block:庁内向けの対応要領に「電話は3分を目安に切り上げること」と書かれ'],
  ])('blocks %s', (text, expected) => {
    expect(rules(text)).toContain(expected)
  })
  it.each([
    // a guide for residents, a staff manual revised and published, a manual named with no passage
    '市民向けの手引きに、こんな一節があります。「ごみは朝8時までに出しましょう」。',
    '職員研修では、職員向けマニュアルに「まずはお話を伺うこと」と書かれていることを確認しました。',
    '職員向けマニュアルの見直しを進めています。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })

  // Kind (UI-099): 非公開 as an outcome class of the disclosure system, counted as a subject (非公開がN件) or named in a general
  // condition (非公開情報が含まれている場合): no concession, no paper told. A bare noun before が is its subject, not a but.
  it.each([
    '情報公開制度のお知らせです。⏎⏎昨年度の請求は80件で、公開が51件、部分公開が26件、非公開が3件でした。',
    '公文書の公開についてご説明します。文書に非公開情報が含まれている場合は、その部分を除いて公開します。',
    '研修資料に非公開の情報が含まれるときは、庁外に持ち出さないでください。',
    '情報公開のしくみです。請求のうち非公開は2件、部分公開は12件でした。',
  ])('passes %s', (text) => {
    expect(rules(nl(text))).toEqual([])
  })
  it.each<[string, string]>([
    // a copula before the but keeps the concession, whatever follows is told
    ['委託料は非公開ですが、最安の提案は年間240万円でした。', 'confidential/pre-release:block:非公開ですが、'],
    ['配分はまだ非公開なんですが、5団体に絞りました。', 'confidential/pre-release:block:非公開なんですが、'],
    // the class said of this paper, then shown anyway
    ['この表には非公開情報が含まれていますが、特別に一部をお見せします。', 'confidential/marker:block:非公開情報'],
  ])('blocks %s', (text, expected) => {
    expect(rules(text)).toContain(expected)
  })

  // Kind (R211D-003): the design estimate of works whose tender notice is still to come, given as a clause's basis (設計の段階では…,
  // 積算上は…) with its amount.
  it.each<[string, string]>([
    ['来月公告予定の橋梁補修工事ですが、積算上は税込みで6,300万円ほどになりそうです。', 'confidential/pre-release:block:積算上は税込みで6,300万円'],
    ['今度公告する給食センターの改修、設計の段階では3億1千万円くらいと聞いています。', 'confidential/pre-release:block:設計の段階では3億1'],
  ])('blocks %s', (text, expected) => {
    expect(rules(text)).toContain(expected)
  })
  it.each([
    // a past tender's estimate beside its result, a design told with no amount, an estimate with no tender to come
    '昨年度の水路改修工事は、設計の段階では5,000万円でしたが、入札の結果4,600万円で契約しました。',
    '来週公告する排水路工事は、設計上は延長200mの計画です。',
    '設計の段階では2億円と見込んでいた整備費が、資材高騰で膨らんでいます。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })

  // Kind (R211D-070): a paper handed round at a section's staff meeting, read, and a count from it told.
  it.each<[string, string]>([
    ['管理係の打合せで回ってきた名簿を見ると、保育料を3か月以上納めていない世帯が14世帯ありました。', 'confidential/staff-only:block:管理係の打合せで回ってきた名簿を見ると、'],
    ['福祉課のミーティングで回覧された表では、見守りが必要な高齢者が地区で38人いるそうです。', 'confidential/staff-only:block:福祉課のミーティングで回覧された表では、'],
  ])('blocks %s', (text, expected) => {
    expect(rules(text)).toContain(expected)
  })
  it.each([
    // a public committee's handout, a paper with no count told, a figure the city has published
    '審議会で配られた資料を見ると、参加者は250人でした。',
    '係の打合せで回ってきた資料を見ると、来週の研修は第2会議室です。',
    '係の打合せで配られた資料によると、市ホームページで公表されているとおり相談は95件です。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('confidential: a figure bound to a release still to come, named attributively, told with its value (blind R209I-017 kind)', () => {
  // Kind: 来週の記者発表で出す予定の…額, 明日の会見で公表する…数 — a figure the city will give out at a later release, named with where it
  // will be given out, then its value told in the same sentence: the release before its time. Hard negatives: where to see it later, a
  // notice to wait, no value, a past year's value, a release already made.
  const rules = (text: string): string[] => summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))
  it.each<[string, string]>([
    ['明日の会見で公表する予定の観光客の入込数は、速報で120万人を超えました。', 'confidential/pre-release:block:明日の会見で公表する予定の観光客の入込数は'],
    ['来月の議会で報告する予定の不法投棄の件数、今年は42件にのぼっています。', 'confidential/pre-release:block:来月の議会で報告する予定の不法投棄の件数、'],
  ])('blocks %s', (text, expected) => {
    expect(rules(text)).toContain(expected)
  })
  it.each([
    '来週の定例会見で発表する予定の移住者数は、市ホームページでもご覧いただけます。',
    '来週の定例会見で発表する予定の移住者数、昨年度は210人でした。',
    '明日の会見で発表する予定の新しいロゴ、お楽しみに！',
    '来月の議会で報告する予定の件数は、まとまり次第お知らせします。',
    '先週の記者発表で公表した移住者数は、210人でした。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('confidential: a parcel\'s label in brackets with its words run together, and an audit\'s findings not yet released "outside" (blind R224T-015, R223L-006 kinds)', () => {
  // Kind (R224T-015): handle-with-care beside another shipping word in one bracket (「天地無用・取扱注意」, 「ワレモノ・取扱注意」): the
  // squeezed view drops the ・, yet it stays a parcel's label on goods sent. A classification beside it (部外秘) or a paper keeps it a marker.
  // Kind (R223L-006): an audit's findings told with their release conceded as not made, in words of "outside" (まだ外向けには出していない,
  // 対外的にはまだ公表していない): told before the report. An audit with no finding, or one already published, stays clean.
  const rules = (text: string): string[] => summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))
  it.each([
    '特産のガラス細工は、箱に「ワレモノ・取扱注意」と書いてお届けします。',
    '返礼品の陶器は「天地無用・取扱注意」のシールを貼って発送します。',
    '監査の講評はまだ外向けには出していませんので、公表されたらお知らせします。',
    '今年度の監査で指摘された事項は、すべて改善し、報告書を市ホームページで公表しています。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
  it.each<[string, string]>([
    ['【部外秘・取扱注意】返礼品の発送リストです。', 'confidential/marker:block'],
    ['給食センターに監査が入りました。まだ外向けには出していない講評ですが、在庫の管理で2件の不備を指摘されました。', 'confidential/audit:block'],
    ['監査で補助金の処理に誤りが見つかりました。外向けにはまだ出していませんが、来月までに直します。', 'confidential/audit:block'],
    ['給食センターに監査が入りました。まだ外部には出していない結果ですが、在庫の管理で2件の不備を指摘されました。', 'confidential/'],
  ])('blocks %s', (text, expected) => {
    expect(rules(text).some((x) => x.startsWith(expected))).toBe(true)
  })
})

describe('confidential: told not to let it out in the prohibitive, and a training named as a budget item is no lesson (team R11B-035, R21B-047 kinds)', () => {
  // Kind (R11B-035): the writer says they were told the matter must not go public, in the prohibitive (表に出してはならぬ/はいけないと念を
  // 押された, 公に言ってはいけないと釘を刺された), then tells it. Only 表/公/外部: a child not to be let 外に is no secret.
  // Kind (R21B-047): a training named as what a budget pays for (…研修の講師謝金は、予算査定で…削られました) keeps a leaked assessment a
  // leak: the training is the item, not a lesson on keeping secrets.
  const rules = (text: string): string[] => summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))
  it.each<[string, string]>([
    ['課長から、まだ絶対に表に出してはいけないと念を押された話ですが、来年度から窓口の受付時間が短くなります。', 'confidential/staff-only:block'],
    ['公に言ってはならないと釘を刺されたのですが、新しい図書館の場所はもう決まっています。', 'confidential/staff-only:block'],
    ['新規採用職員研修の講師謝金は、予算査定で半分に削られました。', 'confidential/budget:block'],
  ])('blocks %s', (text, expected) => {
    expect(rules(text).some((x) => x.startsWith(expected))).toBe(true)
  })
  it.each([
    '子どもたちには、夜は一人で外に出してはいけないと言われて育ちました。',
    '猫は外に出してはいけないと獣医さんに言われました。',
    '新人研修では、個人情報は決して外に漏らしてはいけないと念を押されました。',
    '観光ボランティア研修の講師謝金は、市ホームページの予算の概要に掲載しています。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('confidential: a business pointed at, said to have been cited in an authority\'s inspection (team R11A-028 kind)', () => {
  // Kind: あちらの旅館は…保健所の立入検査で指摘を受けております — what staff know of one business through their duty, told to a reader.
  // Hard negatives: an inspection found clean, the business's own notice of its improvement, general advice on inspections.
  const rules = (text: string): string[] => summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))
  it.each([
    'お問い合わせの件ですが、あそこのお店は昨年、消防の査察で違反を指摘されています。',
    'その民宿さんは、県の立入検査で改善指導を受けたばかりです。',
  ])('blocks %s', (text) => {
    expect(rules(text).some((x) => x.startsWith('confidential/audit:block'))).toBe(true)
  })
  it.each([
    'その店は保健所の検査で問題がないことが確認されています。',
    '当館は先月、保健所の立入検査で指摘を受けた点をすべて改善しました。',
    '飲食店の皆さん、保健所の立入検査では手洗い設備の点検をお願いしています。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('confidential: a draft named as before its briefing to the council (team R8-177 kind)', () => {
  // Kind: 議会に説明する前の「…案」, 委員会に報告する前の資料 — what the council has not been told yet, shown in a post, in kanji or in
  // katakana read back (ｾﾂﾒｲ, ｱﾝ). Out for comment, a public meeting, told at a press conference, or refused stays clean.
  const rules = (text: string): string[] => summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))
  it.each([
    '委員会に報告する前の資料ですが、利用者数は昨年より2割増えています。',
    '議会に説明する前の保育園再編案、ちょっとだけ見せちゃいます！',
  ])('blocks %s', (text) => {
    expect(rules(text).some((x) => x.startsWith('confidential/pre-release:block'))).toBe(true)
  })
  it.each([
    '議会に提出する前の計画案について、パブリックコメントを募集しています。',
    '議会に説明する前の案については、お答えできません。',
    '議会に提案する前の計画について、地区ごとに説明会を開きます。',
    '議会に報告する前の段階ですので、詳細は追ってお知らせします。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('confidential/pre-release: a hold asked, then the telling announced as ahead and the matter told in the next sentence (blind R226E-011 kind)', () => {
  const rules = (text: string) => summary(findingsOf(confidential, text))
  it.each([
    '記者発表までは口外しないよう言われているのですが、ひと足先にお知らせします。新しい体育館の愛称は「かっぱアリーナ」に決まりました。',
  ])('blocks %s', (text) => {
    expect(rules(text).some((x) => x.startsWith('confidential/pre-release:block'))).toBe(true)
  })
  it.each([
    '会見までは口外しないよう念を押されていますが、ひと足先にお伝えできることがあります。詳しくは17日の会見をお待ちください。',
    '県からは正式発表まで口外しないよう言われていますので、発表され次第お知らせします。',
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('confidential/pre-release'))).toEqual([])
  })
})

describe('confidential/staff-only: 外に出せない / 外に出さない said of information, not of a pet, laundry or a plant kept in (known false positive; blind R233P-014 kind)', () => {
  const rules = (text: string) => summary(findingsOf(confidential, text)).filter((x) => x.startsWith('confidential/staff-only'))
  it.each([
    '本来は外に出さない名簿ですが、会議の様子が伝わるように写真を載せます。',
    '外には出せない数字ですが、今年の応募は過去最多でした。',
    '道の駅の場所は、まだ表には出せないんですが、駅の東側がほぼ確定です。',
    '公にできない話ですが、来年度から窓口が統合されます。',
    '庁議で出た話なので外に出せないのですが、プールは来年度で廃止です。',
  ])('blocks %s', (text) => {
    expect(rules(text).some((x) => x.startsWith('confidential/staff-only:block'))).toBe(true)
  })
  it.each([
    '子猫はまだ外に出せないので、しばらく室内で育てます。',
    '子猫はまだ外に出せない…のですが、部屋の中で元気に遊んでいます。',
    '雨で洗濯物を外に出せません。',
    '苗はまだ外に出せない時期です。',
    '寒い日は金魚の水槽を外に出しません。',
    '小さなお子さんはまだ一人で外に出せないので、保護者の方と一緒にお越しください。',
    'お預かりした個人情報は外に出しません。',
    '天気予報の情報を見て、布団を外に出せない日は乾燥機をどうぞ。',
    // Stop 52: the keeping given as the reason nothing is shown, or as the rule itself: a refusal.
    '本来は外に出さない資料ですが、写真ではお見せできません。',
    '審査の採点表は外に出せないものなので、掲載は控えます。',
    '個人の記録は外に出さない決まりです。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('confidential/staff-only: a grievance voiced inside the office told (blind R227W-018 kind)', () => {
  const rules = (text: string) => summary(findingsOf(confidential, text)).filter((x) => x.startsWith('confidential/staff-only'))
  it.each([
    '災害対応が続き、課内からも「もう限界」という声が上がっています。',
    '職場では「人手が足りない」との不満も出ていますが、精一杯対応します。',
  ])('warns %s', (text) => {
    expect(rules(text).some((x) => x.startsWith('confidential/staff-only:warn'))).toBe(true)
  })
  it.each([
    '窓口に来られた市民の方から「もう限界」という声をいただき、支援制度をご案内しました。',
    '職場で「もう限界」と感じたら、一人で抱え込まずに相談窓口へ。',
    '庁内の限界集落対策チームからのお知らせです。',
    '職場のストレスで「もう限界」という声が増えています。相談窓口をご利用ください。',
    '庁内では「もっと分かりやすく」という声を受けて、案内表示を見直しました。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('confidential/staff-notice: a line to a section\'s staff on duty or an internal file\'s place in a public notice (blind R227W-055 kind)', () => {
  const rules = (text: string) => summary(findingsOf(confidential, text)).filter((x) => x.startsWith('confidential/staff-notice'))
  it.each([
    '※市民課の窓口当番の皆さんへ：明日の鍵は守衛室で受け取ってください。',
    '花火大会の交通規制のお知らせです。\n税務課の職員の皆様へ\n当日の集合は17時です。',
    '各係の勤務割表は共有フォルダ「夏季休暇」に置いてあります。',
  ])('blocks %s', (text) => {
    expect(rules(text).some((x) => x.startsWith('confidential/staff-notice:block'))).toBe(true)
  })
  it.each([
    'ごみ当番の皆さんへ：収集日は毎週火曜日です。',
    '防災士の皆さんへ：研修会のご案内です。',
    '市民課の職員の皆さん、いつも丁寧な対応をありがとうございます。',
    '共有フォルダに個人情報を置かないよう、職員研修で確認しました。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('confidential/pre-release: the release said scheduled for a later day, then the matter told (blind R228C-038 kind)', () => {
  const rules = (text: string) => summary(findingsOf(confidential, text)).filter((x) => x.startsWith('confidential/pre-release'))
  it.each([
    '正式発表は来週月曜日を予定していますが、新しい道の駅の愛称は「かっぱ村」に決まりました。',
    '公表は来月を予定しておりますが、協議の結果、新庁舎の着工が1年前倒しとなることが内定しております。',
  ])('blocks %s', (text) => {
    expect(rules(text).some((x) => x.startsWith('confidential/pre-release:block'))).toBe(true)
  })
  it.each([
    '発表は来週火曜日を予定しておりますが、詳細は決まり次第お知らせします。',
    '結果の発表は3月10日を予定しています。',
    '合格発表は来週金曜日を予定していますが、市ホームページでもご確認いただけます。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('confidential/pre-release: a bid\'s price, estimate or bidders told before the opening (blind R229B-006, R230A-007, R230A-014 kinds)', () => {
  const rules = (text: string) => summary(findingsOf(confidential, text)).filter((x) => x.startsWith('confidential/pre-release'))
  it.each([
    '来月入札の改修工事、予定価格は担当に聞いたところ約3,200万円だそうです。',
    '工事は一般競争入札で発注します。開札は11月5日の予定です。なお、積算額は約5,600万円です。',
    '来週の開札が楽しみです。今回は有明建設さんと柳城組さんが参加を表明しています。',
    '開札は20日の予定ですが、筑後電設さんも名乗りを上げてくれました。',
  ])('blocks %s', (text) => {
    expect(rules(text).some((x) => x.startsWith('confidential/pre-release:block'))).toBe(true)
  })
  it.each([
    '入札の予定価格は、市ホームページで確認したところ1,200万円でした。',
    '開札は11月5日の予定です。入札結果は市ホームページで公表します。',
    '昨年度の入札には有明建設さんと柳城組さんが参加しました。',
    '開札は20日の予定です。参加資格は市ホームページでご確認ください。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('confidential: conf3 kinds — interview questions heard ahead, a closed session\'s report, a paper not to be taken away, an embargo promised to the press, a release\'s work got on the quiet (blind R234M-034, R234M-052, R234M-070, R235I-039, R235I-053 kinds)', () => {
  const blocked = (text: string, rule: string): boolean => findingsOf(confidential, text).some((f) => f.rule === rule && f.severity === 'block')
  const flagged = (text: string) => findingsOf(confidential, text).filter((f) => f.severity === 'warn' || f.severity === 'block')
  it.each<[string, string]>([
    // An exam to come, its questions passed on as heard from the examiners' side.
    ['明日の採用面接、担当者によると「最近読んだ本」について質問されるらしいです。がんばって！', 'confidential/pre-release'],
    ['来月の保育士採用試験を受ける方へ。試験官の話では、実技で「手遊び歌」をやってもらうそうですが、面接は「保護者対応」を聞くみたいです。', 'confidential/pre-release'],
    // A meeting said held in closed session, then what was reported in it.
    ['審査会は非公開で行われました。委員から「A社の提案は費用が高すぎる」との意見が出されました。', 'confidential/meeting'],
    ['昨日の懇談会は非公開で開かれましたが、席上、教育長から小学校の統合は来年度に見送る旨の説明がありました。', 'confidential/meeting'],
    // A paper said not to be taken away, photographed and put on the account.
    ['説明会の資料は持ち帰り禁止でしたが、写真を撮ったので載せますね。', 'confidential/staff-only'],
    ['持ち出しNGと言われた検討会のプリント、スマホで撮っておいたのでアップします。', 'confidential/staff-only'],
    // A hold promised to the press until a time or the release, then told ahead.
    ['報道各社とは明日10時までは公表しない取り決めですが、一足先にお伝えします。新しい図書館の愛称は「ほりわり文庫」に決まりました。', 'confidential/pre-release'],
    ['報道各社とは解禁日まで公表しない約束になっていますが、一足先にお伝えします。', 'confidential/pre-release'],
    // A work for a release named for later, shown in a peek got on the quiet.
    ['来週の記者会見でお披露目する新しいポスター、実は課の棚の上に置いてあったので、ちょっとだけチラ見せしちゃいます📸', 'confidential/pre-release'],
    ['明日の会見で発表する新ロゴ、小さなスクープとしてチラ見せ！', 'confidential/pre-release'],
  ])('blocks %s', (text, rule) => {
    expect(blocked(text, rule)).toBe(true)
  })
  it.each([
    // The city's own interview guidance, a past exam, the schedule.
    '来週の採用試験を受ける皆さん、面接では「志望動機」や「自己PR」をお聞きします。落ち着いて臨んでください。',
    '来週の採用試験を受ける皆さん、昨年の面接では「柳川の魅力」を聞かれたそうです。',
    '来週の職員採用試験の日程は市ホームページでご確認ください。',
    // A closed session named with nothing told, remarks said to be lively, a summary to come, a topic with no content.
    '本日の全員協議会は非公開で開催されました。会議の概要は後日、市ホームページでお知らせします。',
    '本日の全員協議会は非公開で開催されました。委員からは活発なご意見が出されました。',
    '本日の全員協議会は非公開で開催されました。席上、市長から駅東口の整備について報告がありました。',
    // The rule stated, a library's material, a showing refused, food, leave given.
    '説明会の資料は持ち帰り禁止です。会場でご覧ください。',
    '持ち出し禁止の郷土資料ですが、館内で閲覧できます。写真を載せます。',
    '持ち帰り不可の資料なので、写真は載せられません。',
    '食べ残しの持ち帰りは禁止です。写真は当日の会場の様子です。',
    '持ち出し禁止の古文書を、特別に許可をいただいて撮影しました📸',
    // A standing pledge to residents, a refusal, a notice to wait.
    'ご相談の内容は外部に漏らさないとお約束していますが、昨年の相談件数は120件でした。',
    '報道各社とは明日10時まで公表しない約束ですが、一足先にお伝えすることはできません。',
    '各社とは金曜17時までは表に出さないとお約束しています。解禁後に市ホームページでお知らせします。',
    // The city's sanctioned teaser.
    '来月の市長の記者会見で新しいキャラクターを発表します！ひと足先にシルエットだけお見せします🤫',
    '来月の記者会見でお披露目する新しいポスター、ひと足先にチラ見せします！お楽しみに。',
  ])('passes %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
})

describe('confidential: conf4 kinds — an exam theme tipped, a contest winner given away, a release\'s guest told early, a bid opening with no particle, complaints counted against one member of staff, a closed sitting glossed by no gallery, a do-not-let-out label in kana (blind R236I-018, R236I-040, R236I-055, R237M-007, R237M-008, R237M-009, R237M-010 kinds)', () => {
  const blocked = (text: string, rule: string): boolean => findingsOf(confidential, text).some((f) => f.rule === rule && f.severity === 'block')
  const flagged = (text: string) => findingsOf(confidential, text).filter((f) => f.severity === 'warn' || f.severity === 'block')
  it.each([
    // An exam's theme passed on in the writer's words as a tip.
    ['受験予定の皆さんにこっそり教えます。来月の採用試験の小論文は、子育て支援に関するテーマが出るので準備しておいてください。', 'confidential/pre-release'],
    ['次回の保育士選考の作文は、地域の防災に関わる課題が出題されます。今から新聞を読んでおくと有利ですよ。', 'confidential/pre-release'],
    // A contest's winner given away before the announcement.
    ['絵画コンクールの審査が終わりました！発表は来月ですが、グランプリは沖端の川下りを描いた小学生の作品です🎨', 'confidential/pre-release'],
    ['俳句大会の選考、お疲れさまでした。結果の公表は後日ですが、最優秀賞は三柱神社の秋を詠んだ地元の方の一作に決まりました。', 'confidential/pre-release'],
    // A release's guest told early, then the reader asked to keep it until then.
    ['来月の花火大会の司会は、地元ラジオでおなじみのあのアナウンサーさんです！正式発表は来週の会見なので、それまでは胸の中にしまっておいてくださいね。', 'confidential/pre-release'],
    // A bid's estimate with the opening day put straight before 開札.
    ['20日開札の「市民体育館空調改修工事」、市が想定している上限額は約6,500万円だそうです。', 'confidential/pre-release'],
    // Complaints counted against one member of staff.
    ['ご意見箱を集計したところ、特定の職員に対する苦情が5件ありました。本人には注意しています。', 'confidential/personnel'],
    // A closed sitting glossed by no gallery, named as the source.
    ['先週の審議会（傍聴不可）では、新しい体育館の候補地が2か所に絞られたとのことです。', 'confidential/meeting'],
    ['昨日の選考委員会（非公開の回）で、A社の提案が一歩リードしているそうです。', 'confidential/meeting'],
    // A do-not-let-out label on a heading, in kanji or kana.
    ['【ボランティア各位・外部に漏らさないでください】今年の寄付者の一覧です。', 'confidential/staff-only'],
    ['【実行委員会各位／ソトニダサナイデ】出店料の内訳です。', 'confidential/staff-only'],
  ])('blocks %s', (text, rule) => {
    expect(blocked(text, rule)).toBe(true)
  })
  it.each([
    // The city's notice of what an exam covers, a past theme.
    '今年の市職員採用試験の論文では、市政に関するテーマを出題します。詳しくは募集要項をご覧ください。',
    '今年の採用試験の論文は、例年どおり市政に関わるテーマが出題されます。過去のテーマはホームページでご覧いただけます。',
    // A call for entries, a winner withheld, a result announced.
    '写真コンテストの作品を募集します。審査結果の発表は来月の予定です。大賞は1点、賞金3万円を贈呈します。',
    '写真コンテストの審査が終わりました。結果発表は来月です。大賞は誰の作品になったのでしょうか？',
    '写真コンテストの審査結果を発表しました。大賞は水天宮の夕景をとらえた田中さんの作品です。おめでとうございます！',
    // A teaser that withholds the guest.
    '来月の白秋祭のゲストは誰でしょう？正式発表は10日の記者会見です。',
    // A bid's price said to be published, an opening day with no figure.
    '来週開札の市民会館改修工事は、予定価格を事前公表しています。市ホームページをご覧ください。',
    // Complaints counted by subject, guidance in general.
    '先月いただいたご意見を集計すると、職員の対応に関するものが4件、同じ内容のご意見が3件ありました。研修を通じて改善します。',
    // A closed sitting announced, nothing told.
    '教育委員会の協議会（傍聴なしの回）は、市役所3階で開催します。',
    // A plea in a sentence, a notice heading.
    '台風の接近中は、ペットを外に出さないでください。',
    '【熱中症警戒／外で遊ぶときは水分補給を】',
  ])('passes %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
})

describe('confidential: handle with care said of goods, an embargo line addressed to the press, figures kept inside a circle (blind JE-083, R239N-054, R239N-005 kinds)', () => {
  // Kinds: 取扱注意 as the predicate of goods (a hazard, no label on a paper); the release's handling by the press put off until a time, with
  // no 解禁 (the post is the release itself); figures just told asked to be kept within a committee or the officers (a members' note posted).
  // Hard negatives: a paper said to be handle-with-care, the press let in to film, a time told with no request, advice to spread a thing.
  const blocked = (text: string, rule: string): boolean => findingsOf(confidential, text).some((f) => f.rule === rule && f.severity === 'block')
  const flagged = (text: string) => findingsOf(confidential, text).filter((f) => f.severity === 'warn' || f.severity === 'block')
  it.each([
    ['【お知らせ】\n新たな観光拠点の整備について\n\n※報道機関各位の掲載は、12月1日(月)午前10時以降とさせていただきます。', 'confidential/pre-release'],
    ['有明海の清掃活動に関する協定を結びます。\n※テレビ・新聞等での報道は、3月3日午前11時以降でお願いします。', 'confidential/pre-release'],
    ['今年の寄付の内訳は、A社さん30万円、B社さん20万円です。この内訳は役員の間だけにとどめておいてね。', 'confidential/staff-only'],
    ['参加申込は現在42人です。この数字は実行委員会の中だけに留めてください。', 'confidential/staff-only'],
    ['【会議資料・取扱注意】\n来年度の事業費の見込みです。', 'confidential/marker'],
  ])('blocks %s', (text, rule) => {
    expect(blocked(text, rule)).toBe(true)
  })
  it.each([
    '【年末のごみ出し】\nカセットボンベは取扱注意！中身を使い切ってから有害ごみの日に出してください。',
    '灯油や農薬は取扱注意です。子どもの手の届かない所に保管してください。',
    '報道機関の取材は、11月14日10時以降でお願いいたします。会場は市民会館です。',
    '新聞での掲載は、11月14日以降の予定です。',
    'この情報は家族の中だけに留めず、周りの人にも広めてください。参加費は500円です。',
  ])('passes %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
  it('keeps a paper said to be handle-with-care a marker', () => {
    expect(blocked('この資料は取扱注意です。会議後は回収します。', 'confidential/marker')).toBe(true)
  })
})

describe('confidential: the tally stage said before the section\'s own figure (blind R244U-010 kind)', () => {
  // Kind: an internal preliminary with the word order turned round, the stage first (集計途中の課内の数字, 速報段階の庁内の数値) and a figure
  // told beside it before the release. Hard negatives: a tally under way with no inside owner, a refusal to publish, a figure published.
  const blocked = (text: string, rule: string): boolean => findingsOf(confidential, text).some((f) => f.rule === rule && f.severity === 'block')
  const flagged = (text: string) => findingsOf(confidential, text).filter((f) => f.severity === 'warn' || f.severity === 'block')
  it.each([
    ['まだ集計途中の係内の数字ですが、夏休み子ども教室の参加は昨年より3割ほど多いです！', 'confidential/pre-release'],
    ['速報段階の庁内の数値なんですけど、ふるさと納税は前年より1割近く減りそうです。', 'confidential/pre-release'],
    ['花火大会の人出は約6万人でした。集計中の課内のデータなので、確定値はまた出します。', 'confidential/pre-release'],
  ])('blocks %s', (text, rule) => {
    expect(blocked(text, rule)).toBe(true)
  })
  it.each([
    'まだ集計途中の数字ですが、昨年並みの約5万人になる見込みです。確定値は後日お知らせします。',
    '集計中の課内の数字は公表しておりません。確定値は3月に公表します。',
    'アンケートは現在集計中です。結果は市ホームページでお知らせします。',
    '先月公表した集計結果では、参加者は約3,200人でした。',
  ])('passes %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
})

describe('confidential: a notice states its price; a price list glimpsed, a matter conceded unreleased, inquiry findings, a broken request (blind conf7 kinds)', () => {
  // Kinds (JG-001, R248B-042): the tender notice itself (【入札公告】, 公告第N号, 入札情報ページ) publishes its 予定価格, while the price list of
  // a bid still to come named as what a board or the photo shows hands it out. (R248B-028/-031) A matter the post concedes it has not let
  // out to the press, or whose result it has not published, told in the same sentence. (R246S-007, R249C-006) An internal hearing's or
  // inquiry's findings told while the case is open. (R247T-008) 一足早くお伝えします with the release day still to come in another
  // paragraph. (R247T-009, R250G-009) A secrecy request reported then broken by a photo, a restriction stamp readers are asked to overlook.
  // Hard negatives: notices, public surveys, apologies, a season's opening, requests kept, refusals.
  const blocked = (text: string, rule: string): boolean => findingsOf(confidential, text).some((f) => f.rule === rule && f.severity === 'block')
  const flagged = (text: string) => findingsOf(confidential, text).filter((f) => f.severity === 'warn' || f.severity === 'block')
  it.each([
    ['資料室の様子です。奥のボードに書いてあるのは、来週開札の道路補修工事の最低制限価格の表です。', 'confidential/pre-release'],
    ['来月入札の体育館改修工事の準備中。後ろの壁に予定価格の一覧がばっちり写ってますね📷', 'confidential/pre-release'],
    ['来週の副市長の予定です。木曜は報道には出していない予定ですが、県議の方と市内のホテルで会食されます。', 'confidential/pre-release'],
    ['先月の会計監査の結果は公表していないのですが、ちょっとだけ言うと、支出の書類に5件の不備がありました。', 'confidential/pre-release'],
    ['ごみ収集車の事故は警察が調査を続けています。ただ、課内での聞き取りでは、運転手の確認不足が原因とみて間違いないようです。', 'confidential/audit'],
    ['公民館の備品紛失の件、庁内調査の結果、職員が台帳を更新していなかったことが分かっています。処分は総務課で検討中です。', 'confidential/audit'],
    ['皆さんにだけ一足先にお知らせします！\n\n夏祭りのゲストは地元出身の歌手の方に決まりました。\n\n情報解禁日は来週なので、それまではシェアをお控えください。', 'confidential/pre-release'],
    ['昨日、駅前でドラマの撮影がありました🎬 制作会社から「放送まで部外秘でお願いします」と言われているのですが、写真を1枚だけ載せます。', 'confidential/marker'],
    ['来年のカレンダーの試作品をお披露目📸 隅の「取扱注意」のスタンプは気にしないでね！', 'confidential/marker'],
  ])('blocks %s', (text, rule) => {
    expect(blocked(text, rule)).toBe(true)
  })
  it.each([
    '【入札公告】柳川市公告第12号\n市民体育館屋根改修工事の一般競争入札を次のとおり実施します。\n○予定価格：52,800,000円（税込）\n○開札：令和7年10月6日 10時\n詳しくは市ホームページの入札情報ページをご覧ください。',
    '柳川市公告第7号\n道路改良工事の条件付き一般競争入札を行います。予定価格は18,700,000円（事前公表）です。',
    '写真は本日行われた入札説明会の様子です。予定価格は公告で事前公表しています。',
    '来月入札予定の工事がありますが、予定価格などの資料は写らないように片付けて撮影しました。',
    '市長の来週の日程は報道機関にお知らせしています。21日は企業の皆さんとの懇談会に出席します。',
    '監査の結果はまだ公表していませんが、まとまり次第ホームページでお知らせします。',
    '市内での聞き取り調査では、多くの店舗が人手不足が原因と答えています。調査は現在も続けています。',
    '先日の誤投稿について、内部調査の結果、確認体制の不備が原因であることが分かりました。深くお詫び申し上げます。',
    'ひと足早くお伝えします！\n\n今年のアユ漁の解禁日は6月1日です。',
    'テレビ局から「放送まで部外秘で」と言われているので、詳しくは放送後にお知らせします。',
    '書類に「取扱注意」のハンコが押されていたら、机の上に置いたままにしないよう注意しましょう。',
  ])('passes %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
})

describe('confidential: 「…は公表していませんが、」 as the city stating its practice (colleague review, stop 51)', () => {
  // Kind: the details of cases held back and a count or a total told, or understanding asked, or the public place pointed to, after a
  // plain concession with no まだ. Still a leak when what follows tells an outcome, an amount or a person.
  const flagged = (text: string) => findingsOf(confidential, text).filter((f) => f.severity === 'warn' || f.severity === 'block')
  it.each([
    '相談の内容は公表していませんが、昨年度は48件の相談がありました。',
    '個々の通報の中身は公表していませんが、通報の件数は毎年ホームページに載せています。',
    '詳しい内容は公表していませんが、ご了承ください。',
    '審査の内訳は公表していませんが、応募は全部で35件でした。',
    '委員会での個別の発言は公表していませんが、会議の概要は市ホームページでご覧いただけます。',
  ])('passes %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
  it.each([
    '業者の名前は公表していませんが、落札額は1,980万円でした。',
    '公表していませんが、来年度から駐車場は有料にする方向です。',
    '内訳は公表していませんが、補助金は1社あたり300万円に決まりました。',
    '詳細は公表していませんが、件数のうち2件は本町の山下健一さんからの相談です。',
  ])('still flags %s', (text) => {
    expect(flagged(text).length).toBeGreaterThan(0)
  })
})

describe('confidential: blind R252A/R253E kinds (conf8)', () => {
  const rules = (text: string): string[] => findingsOf(confidential, text).map((f) => `${f.rule}:${f.severity}`)
  it.each<[string, string]>([
    // R252A-038 kind: a closed session named in one sentence, what was said in it told in the next, a weight word before 発言 / 声
    ['先ほど、商工会との非公開の懇談会を行いました。会員の方からは「このままでは閉店が相次ぐ」との厳しい声があり、対応を検討します。', 'confidential/meeting:block'],
    ['昨日は農協との非公開の協議会でした。役員の方から「買い取り価格を見直してほしい」との強い発言がありました。', 'confidential/meeting:block'],
    // R253E-012 kind: a staff-only note in brackets left at the end of a notice, with an instruction or an internal sign after it
    ['市民運動会のお知らせです。\n\n【内部メモ】テントの数はまだ未定。課長確認後に差し替えること。', 'confidential/staff-notice:block'],
    ['敬老会のご案内です。\n（担当メモ）記念品の数は外部には出さないこと。', 'confidential/staff-notice:block'],
    // …and an internal file said to be saved in the shared folder
    ['防災訓練のお知らせです。\n名簿は共有フォルダの「訓練2026」に格納済み。', 'confidential/staff-notice:block'],
  ])('flags %s', (text, expected) => {
    expect(rules(text)).toContain(expected)
  })
  it.each([
    // a session held in the open with its remark published; a closed review with its result to be announced
    '本日、漁協との意見交換会を開催しました。組合側からは「赤潮対策を急いでほしい」との強い要望がありました。内容は市ホームページで公開しています。',
    '審査は非公開で行いました。結果は来月ホームページで発表します。',
    // a column titled as the writer's note with a plain remark; a form said to be on the city's site
    '【担当者メモ】今日は天気も良く、たくさんの方にご来場いただきました。',
    '申請書の様式は、市ホームページのダウンロードページに掲載済みです。',
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.endsWith(':block') || x.endsWith(':warn'))).toEqual([])
  })
})

describe('confidential: a rule in the こと form about what a duty lets one learn is a standing keeping (colleague review, stop 51)', () => {
  const flagged = (text: string) => findingsOf(confidential, text).filter((f) => f.severity === 'warn' || f.severity === 'block')
  it.each([
    '活動で知り得た個人情報は、外部に漏らさないこと。',
    '【ボランティア募集】\n活動のきまり\n・活動で知り得た個人情報は、外部に漏らさないこと。\n・体調が悪いときは無理をしないこと。',
    '見守り活動で知り得たご家庭の事情は、外部に漏らさないこと。',
  ])('passes %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
  it.each(['今日の話は外部に漏らさないでください。来年度から料金を上げます。', '会議で知った内容は外部に漏らさないことになっていますが、候補地は三橋町に決まりました。'])('still flags %s', (text) => {
    expect(flagged(text).length).toBeGreaterThan(0)
  })
})

describe('confidential: a bid price the post itself calls unpublished, or the section’s estimate, told before the bid (blind conf9)', () => {
  const rules = (text: string): string[] => summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))
  const flagged = (text: string) => rules(text).filter((x) => x.includes(':warn') || x.includes(':block'))
  it.each([
    // R256M-027 kind: the price said closed in brackets beside its value, in a works notice or a tender notice
    '【工事のお知らせ】\n排水路改良工事の入札を、次のとおり行います。\n\n○入札日：令和7年9月2日\n\nなお、本工事の予定価格（非公表）は3,150万円です。',
    '下水道管更新工事の入札を行います。\n\n最低制限価格（事前非公表）は2,100万円です。',
    '【入札公告】\n柳川市公告第51号\n一般競争入札を次のとおり実施します。\n\n予定価格（事前非公表）は6,300万円です。',
    // R257P-033 kind: the section's estimate as the source, no stage word, for works still to be bid
    '来週入札予定の体育館屋根改修、課内の積算では2,800万円くらいです。業者さんの参考にどうぞ。',
    '来月入札予定の排水機場の工事、見積りによると約3千万円とのことです。',
  ])('flags %s', (text) => {
    expect(rules(text).some((x) => x.startsWith('confidential/pre-release:block'))).toBe(true)
  })
  it.each([
    // a tender notice's price published in advance; a price said published while another is not, with no value given
    '【入札公告】\n柳川市公告第48号\n一般競争入札を次のとおり実施します。\n\n本工事の予定価格（事前公表）は8,420万円です。',
    '【入札公告】\n一般競争入札を次のとおり実施します。\n\n予定価格は8,420万円（税抜）です。なお、最低制限価格は事前公表しません。',
    // the result of a bid over; an estimate's method pointed to; a budget's estimate with no bid; a past bid
    '入札の結果、予定価格（事前公表）2,000万円に対し、落札金額は1,850万円でした。',
    '来月入札予定の排水機場工事について、説明会を開きます。積算の考え方は入札情報ページをご覧ください。',
    '来年度の予算の積算では、人件費を約2億円と見込んでいます。',
    '昨年の入札では、落札金額は積算では想定していなかった2,100万円でした。',
  ])('passes %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
})

describe('confidential: an inspection result before the body is told, a closed session as the matter’s qualifier, a negotiation’s demand as a multiple, a meeting paper shown (blind consec10)', () => {
  const rules = (text: string): string[] => summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))
  const flagged = (text: string) => rules(text).filter((x) => x.includes(':warn') || x.includes(':block'))
  it.each([
    // R259H-007 kind: the notice to the inspected body said to be still to come, with the measure or the finding told
    ['保育施設の指導監査で、ある園に改善命令を出す方向です。園への通知はこれからなので園名は伏せますが、職員配置の基準違反が見つかっています。', 'confidential/audit'],
    ['飲食店の立入検査の結果、1店舗に業務停止を行う見込みです。お店への正式な通知がまだなので店名は書けませんが。', 'confidential/audit'],
    // R260K-006 kind: a session turned closed named as the matter's qualifier, then what it heard
    ['先日の委員会で、非公開で審議された市有地売却の件ですが、買い手は2社で、価格差は約800万円との説明がありました。', 'confidential/meeting'],
    ['途中から秘密会になった補助金返還の件ですけど、対象は12団体で総額は約900万円とのことでした。', 'confidential/meeting'],
    // R262J-007 kind: the other side's demand as a multiple of the city's offer, or the city's internal fallback, in a negotiation going on
    ['残る1筆は、地権者さんが鑑定額の2倍ば要求しとって、話し合いが続いとります。', 'confidential/negotiation'],
    ['用地交渉は続いていますが、庁内では収用手続きも視野に入れて協議中です。', 'confidential/negotiation'],
    // R262J-009 kind: a paper made for an internal meeting shown as it is
    ['係のミーティング向けに作ったスライド、そのまま載せちゃいます。', 'confidential/meeting'],
    ['庁内会議用にまとめた一覧表がよくできていたので、写真でご紹介します。', 'confidential/meeting'],
  ])('flags %s', (text, rule) => {
    expect(rules(text).some((x) => x.startsWith(`${rule}:block`))).toBe(true)
  })
  it.each([
    // a notice to wait, a notice with no finding, a result to be published
    '審査結果の事業者への通知はまだなので、もうしばらくお待ちください。',
    '補助金の交付決定について、事業者への正式な通知がまだのため、申請状況のお問い合わせには個別にお答えしています。',
    '介護事業所の実地指導の結果は、事業所への通知が済み次第、ホームページで公表します。',
    // a closed session with nothing told, or its result to be reported
    '途中から秘密会となった議案の件ですが、審議の結果は本会議最終日に報告されます。',
    '秘密会となった人事案件については、内容をお伝えできません。',
    // a negotiation told with no terms; an expropriation announced; a ratio with no demand
    '用地の取得は9割まで進みました。残る用地についても、引き続き所有者の方と丁寧に協議してまいります。',
    '市では、県道拡幅事業について事業認定を受け、土地収用法に基づく手続きを進めます。詳しくはホームページをご覧ください。',
    '土地の評価額は、公示価格のおよそ1.2倍となっています。',
    // a paper for residents published, a meeting paper refused, a handout at a meeting
    '市民説明会用にまとめた資料を、ホームページに掲載しました。',
    '課内の打合せ用にまとめた資料なので、写真ではお見せできません。',
    '会議用の資料は、当日会場でお配りします。',
  ])('passes %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
})

describe('confidential: a figure bound not to be published, a paper normally kept inside shown, an exam’s answers or questions told ahead, an internal paper cited, a penalty told ahead of the press (blind conf11)', () => {
  const rules = (text: string): string[] => summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))
  const flagged = (text: string) => rules(text).filter((x) => x.includes(':warn') || x.includes(':block'))
  it.each([
    // R264Y-008 kind: a figure the city agreed not to publish, named so attributively and given
    ['寄託を受けた古文書は、所有者との約束で公表しないことになっている購入価格が800万円ほどだったそうです。', 'confidential/pre-release'],
    ['協定により非公表とされている補償額が1,500万円と聞いています。', 'confidential/pre-release'],
    // R264Y-009 kind: a paper said to be normally kept inside, shown anyway
    ['選考会の評価シートをアップします。普段は課内だけで使うデータですけど、頑張った記録として。', 'confidential/staff-only'],
    ['係の当番表、写真でのせときます。本当は外に出せない一覧なんですが、雰囲気だけでも。', 'confidential/staff-only'],
    // R266W-009 kind: an exam's answers listed while said to be not yet released or given on the quiet
    ['先週の職員採用試験、答えが気になりますよね。内緒で少しだけ。\n問1 ア 問2 ウ 問3 イ', 'confidential/pre-release'],
    ['きのうの検定の正答、正式発表はまだですが…第1問 2、第2問 4、第3問 1', 'confidential/pre-release'],
    // R266W-039 kind: an internal paper cited in brackets as the source of the figures told
    ['窓口の苦情は昨年度42件で、うち半数が同じ係への苦情でした（課内の集計より）。', 'confidential/staff-only'],
    // R267X-060 kind: a paper circulating inside cited as the source of a cut
    ['庁内で回っている資料によると、来年度は公民館の開館日が2割減るそうです。', 'confidential/staff-only'],
    // R266W-056 kind: this year's interview questions quoted word for word and said to be asked for sure
    ['今年の二次面接、「市の課題を一つ挙げてください」は絶対に聞かれます。', 'confidential/pre-release'],
    ['来週の採用面接では「なぜ柳川市なのですか」と「10年後の柳川をどうしたいですか」が必ず出ますよ。', 'confidential/pre-release'],
    // R266W-046 kind: a disciplinary decision told ahead of next week's press release
    ['来週の記者発表に先がけてお伝えしますが、職員の飲酒運転について懲戒免職とする方向で固まりました。', 'confidential/personnel'],
  ])('flags %s', (text, rule) => {
    expect(rules(text).some((x) => x.startsWith(`${rule}:block`))).toBe(true)
  })
  it.each([
    // a bound named with no figure, or a concession followed by a public figure
    '寄付者のお名前は、ご本人との約束で公表しないことになっています。',
    '個人情報は規定により公表しないことになっていますが、応募総数は52件でした。',
    '契約で公表しないことになっている金額については、お答えできません。',
    // a work opened on a special day, a paper refused, a kept paper named with nothing shown
    '普段は公開していない古文書ですが、特別展の期間中は展示します。写真もどうぞ。',
    'いつもは公開していない名簿ですが、写真撮影はご遠慮ください。',
    '普段はお見せしない記録ですが、企画展の会期中は展示室でご覧いただけます。写真もどうぞ。',
    '本来は外に出さない表なので、取り扱いには気をつけましょう。',
    // the official answers published; a quiz's answers; a past exam's questions
    '令和6年度の職員採用試験の正答を公表します。問1 3 問2 1 問3 4',
    '柳川クイズの答え合わせです！問1 ア 問2 イ 問3 ウ 全問正解の方は…',
    '面接では「志望動機」などをお聞きします。',
    '昨年の面接では「なぜ柳川市ですか」が必ず聞かれたそうです。',
    // an internal paper named with no figure; a published report cited
    '研修では、内部資料の取り扱いについて学びました。',
    '相談件数は昨年度42件でした（市ホームページで公表している統計より）。',
    // a penalty announced at the press conference
    '本日の記者発表のとおり、職員の飲酒運転について懲戒免職の処分を行いました。',
  ])('passes %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
})

describe('confidential: a few consulters singled out from the counter’s record, a screening’s scores on a board in the photo, both sides’ figures in a negotiation, a penalty forecast while the case is looked into (blind conf12)', () => {
  const rules = (text: string): string[] => summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))
  const flagged = (text: string) => rules(text).filter((x) => x.includes(':warn') || x.includes(':block'))
  it.each([
    // R268D-019 kind: what the consultation counter's record shows about a few who came
    ['相談記録によりますと、今年度ご相談いただいた方のうち3人は同じ中学校の保護者でした。', 'confidential/duty-secret'],
    ['窓口の相談記録を見たところ、去年ご相談に来られた方のうち、1名は市の職員の方でした。', 'confidential/duty-secret'],
    // R270C-010 kind: an internal screening's scores written up on a board or a screen in the photo
    ['係のミーティング風景です📷 ホワイトボードには指定管理者の選定で各事業者の得点を書き出しています。', 'confidential/pre-release'],
    ['打合せ中の一枚。スクリーンには補助金審査の採点結果が映っています。', 'confidential/pre-release'],
    // R270C-035 kind: the city's offer and the other side's ask, both told while the talks go on
    ['地権者さんとの話し合いは続いています。市からは坪10万円を提示していて、地権者さんは15万円を求めておられます。', 'confidential/negotiation'],
    ['漁協さんとの協議、市側は1件あたり5万円の助成をお伝えしていて、漁協さんからは8万円を希望されています。', 'confidential/negotiation'],
    // R270C-047 kind: the penalty forecast while the case is still looked into
    ['お問い合わせの件は現在、人事課で調査しており、処分については減給が濃厚と伺っております。', 'confidential/personnel'],
  ])('flags %s', (text, rule) => {
    expect(rules(text).some((x) => x.startsWith(`${rule}:block`))).toBe(true)
  })
  it.each([
    // a record's total, a record kept, a large share in statistics
    '相談窓口の記録によると、昨年度の相談件数は延べ120件でした。',
    '相談記録は5年間保存し、適切に管理しています。',
    '相談窓口の記録によると、昨年度の相談者120人のうち40人が10代でした。',
    // a public contest's scores, a process explained, a result published
    '料理コンテストの審査では、ホワイトボードに各チームの得点を書き出して発表しました！',
    '研修ではホワイトボードに補助金審査の流れを書き出して説明しました。',
    '補助金の審査結果は市ホームページで公表しています。写真は審査会の様子です。',
    // a subsidy notice, a deal struck
    '市からは1世帯あたり1万円の補助をお伝えしています。申請は3月末までです。',
    '組合さんは150円を希望されていましたが、話し合いの結果、市から130円を提示し、合意しました。',
    // an inquiry with the release promised once the penalty is decided
    '飲酒運転の職員について、現在調査中です。処分が決まり次第お知らせします。',
  ])('passes %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
})

describe('confidential: a bottom line in talks, a contractor’s internal dispute, an internal survey by department, a penalty process under way, a press hold line with no 解禁 (blind conf13)', () => {
  const rules = (text: string): string[] => summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))
  const flagged = (text: string) => rules(text).filter((x) => x.includes(':warn') || x.includes(':block'))
  it.each([
    // R273B-005 kind: how far the city will go in a negotiation still going on
    ['用地の買収交渉を続けています。市としては坪15万円までなら応じられると考えています。', 'confidential/negotiation'],
    ['出店希望の事業者さんとの協議中です。委託料は年1,200万円以内であれば譲歩できる見込みです。', 'confidential/negotiation'],
    // R273B-009 kind: a named contractor's dispute with its subcontractors, told by the city
    ['新しい給食センターの工事、実は元請けの筑後工務店さんが職人さんへの賃金でもめていて、少し遅れています。', 'confidential/duty-secret'],
    ['施工業者さんと下請けとの間で代金の支払いがトラブルになっていて、工事が止まっています。', 'confidential/duty-secret'],
    // R273B-018 kind: an internal staff survey's results by department, or free comments naming a manager
    ['職員満足度調査の速報です。「やりがいを感じない」と答えた職員は市民課で45%でした。', 'confidential/staff-only'],
    ['庁内アンケートの自由記述では、部長の実名を挙げた意見もありました。', 'confidential/staff-only'],
    // R274K-012 kind: a penalty process under way, or an internal inquiry's findings, told in a reply
    ['ご指摘の職員については、現在、懲戒処分に向けた手続きを進めております。', 'confidential/personnel'],
    ['当該職員につきまして、内部調査の結果、同様の対応が以前にもあったことが判明しております。', 'confidential/personnel'],
    // R275W-047 kind: the hold line of a press release posted with it
    ['【資料提供】ひな祭り行事について\n※3月1日(土)10時までは報道・掲載をお控えください。', 'confidential/pre-release'],
    ['お知らせ資料です。※取扱い：10日正午までは掲載・放送はご遠慮ください。', 'confidential/pre-release'],
  ])('flags %s', (text, rule) => {
    expect(rules(text).some((x) => x.startsWith(`${rule}:block`))).toBe(true)
  })
  it.each([
    // a negotiation said to be ongoing with no figure; a grant's limit; a deal published
    '駅東口の市有地活用について、事業者との協議が大詰めを迎えています。合意しましたら改めてお知らせします。',
    '1世帯あたり5万円までなら補助を受けられます。',
    '地権者の方との交渉がまとまり、坪12万円で契約を締結しました。市ホームページで公表しています。',
    // a contractor named in a published award; a notice on subcontract payments
    '市民体育館の建設工事は、有明総合建設株式会社が落札しました。',
    '元請業者が下請業者への支払いを遅らせるトラブルについては、県の相談窓口をご利用ください。',
    // a survey published as a report; a resident survey by district
    '職員アンケートの結果を報告書にまとめ、市ホームページで公表しました。建設課で74%が休日出勤ありと回答しています。',
    '市民アンケートでは、中央地区で74%の方が満足と答えました。',
    // a penalty announced after the release; waste being disposed of
    '先日の記者発表のとおり、当該職員の処分を公表しました。',
    '不法投棄された廃棄物の処分に向けて手続きを進めています。',
    // an embargo lifted; parking before a time
    '解禁となりましたのでお知らせします。1月9日15時までは報道をお控えいただいていましたが、本日から公開です。',
    '当日は10時までは駐車場のご利用をお控えください。',
  ])('passes %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
})

describe('confidential: a name an authority asked not to publish, given anyway (blind conf14)', () => {
  const rules = (text: string): string[] => summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))
  const flagged = (text: string) => rules(text).filter((x) => x.includes(':warn') || x.includes(':block'))
  it.each([
    // R278M-008 kind: a name held at an authority's request (施設名を出さないよう言われて), then told
    ['県からは店名は公表しないよう求められていますが、食中毒が出たのは駅前の「はなまる食堂」です。', 'confidential/pre-release'],
    ['学校名は伏せておくよう教育委員会から言われていますが、対象は有明中学校であることをお伝えします。', 'confidential/pre-release'],
    ['保健所から事業所名を明かさないよう要請されていますが、心配の声が多いため、「みどり園」で発生したことをお知らせします。', 'confidential/pre-release'],
  ])('flags %s', (text, rule) => {
    expect(rules(text).some((x) => x.startsWith(`${rule}:block`))).toBe(true)
  })
  it.each([
    // the request obeyed; a name not published as a rule; the request with where to ask; a private person's wish with a thank-you quoted
    '保健所からは施設名を出さないよう言われておりますので、施設名の公表は控えます。',
    '市内の高齢者施設で集団感染が発生しました。施設名は公表しておりません。ご理解ください。',
    '保健所からは施設名を出さないよう言われておりますが、ご心配な方は「健康相談ダイヤル」にお電話ください。',
    'ご本人からお名前は出さないよう頼まれていますが、「いつも応援しています」とのメッセージを添えて寄付をいただきました。',
  ])('passes %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
})

describe('confidential: a deal told beside a partner’s request to hold its name, a matter handled quietly, a settlement sum forecast, a section-only paper cited (blind conf15)', () => {
  const rules = (text: string): string[] => summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))
  const flagged = (text: string) => rules(text).filter((x) => x.includes(':warn') || x.includes(':block'))
  it.each([
    // R282V-006 kind: the partner's request to hold its name told in brackets, then the deal's figures
    ['進出を検討している企業は九州の物流会社で（会社名はまだ明かさないでほしいと先方に頼まれています）、大和町の市有地に約1.5ヘクタールの倉庫を建てる計画です。', 'confidential/pre-release'],
    ['誘致先は県外の部品メーカー（社名は出さないよう先方から言われています）で、投資額は25億円、雇用は80人の見込みです。', 'confidential/pre-release'],
    // R282V-049 kind: a matter handled without publishing, told with what was hidden
    ['在職中、表に出さずに片付けてきた委託料の二重払い（約90万円）も、ようやく解決しました。', 'confidential/pre-release'],
    ['公表しないまま内密に精算した補助金の過払いが3件ありましたが、すべて返還を受けました。', 'confidential/pre-release'],
    // R281B-018 kind: a settlement sum forecast while the talks go on
    ['相手方との協議が続いている水路の件、示談金は150万円前後でまとまる見込みです。まだ公表前なので内緒でお願いします。', 'confidential/negotiation'],
    ['調停中の損害の件ですが、賠償額は市の負担で900万円ほどになりそうです。', 'confidential/negotiation'],
    // R281B-017 kind: a meeting or paper said to be handed out only inside the section, cited as the source
    ['先週の庁内打ち合わせ（係内のみ配付の資料）によると、苦情の多い路線は3つです。', 'confidential/staff-only'],
    ['先月の調整会議（幹部限定で配布された資料）によると、廃止候補の施設は4つです。', 'confidential/staff-only'],
  ])('flags %s', (text, rule) => {
    expect(rules(text).some((x) => x.startsWith(`${rule}:block`))).toBe(true)
  })
  it.each([
    // a name to be announced later; a settlement reached and reported to the council; minutes published; privacy handled as usual
    '新工場を建設する企業が決まりました。社名は後日発表します。',
    '和解が成立し、和解金380万円を支払うことを議会に報告しました。',
    '事故の賠償金は約200万円となる見込みです。詳しくは議会資料をご覧ください。',
    '会議録を公開しました。詳しくは市ホームページをご覧ください。',
    '理事会（役員のみ）では、来年度の事業計画を承認しました。',
    '個人情報は公表せずに処理し、件数のみ3件と報告します。',
    '内々に処理されていた補助金の過払い（約120万円）について、本日記者会見を開き公表しました。',
    '市は、不正を公表しないまま内々に処理することは決してありません。',
    '企業と協定を結びました（社名は公表しないでほしいと先方から言われています）。',
  ])('passes %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
})

describe('confidential: a bid price answered to its own question, a casual hold told anyway, an internal paper stage with its decision, a sum still negotiated (blind conf16)', () => {
  const rules = (text: string): string[] => summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))
  const flagged = (text: string) => rules(text).filter((x) => x.includes(':warn') || x.includes(':block'))
  it.each<[string, string]>([
    // R283Q-006 kind: the bid's secret price given right after its topic asked with a question mark
    ['来月の入札の最低制限価格？1,950万円やったと思うよ。内緒ね。', 'confidential/pre-release'],
    ['次の入札の予定価格？ 6,300万円らしいです、業者さんには言えんけど。', 'confidential/pre-release'],
    // R283Q-004 kind: a casual order to hold until a release, reported, then the matter told
    ['来週の発表まで黙っといてって頼まれとるけど、花火は今年5,000発に増えるよ。', 'confidential/pre-release'],
    ['公表まで内緒にしといてって言われたけど、新しいゆるキャラの名前は「ほりわりくん」に決まったみたい。', 'confidential/pre-release'],
    // R283Q-005 kind: an internal paper's stage said, then the decision it holds
    ['内部資料の段階なんですけど、中央図書館は来年4月に駅前へ移転する方針です。', 'confidential/staff-only'],
    ['課内の会議資料段階の話ですが、市民プールは再来年度で廃止することになりそうです。', 'confidential/staff-only'],
    // R285D-007 kind: a compensation or settlement sum told while still being worked out
    ['冠水被害の件、住民の皆さんへの賠償額は1世帯あたり12万円で協議中です。', 'confidential/negotiation'],
    ['和解金は総額600万円程度で相手方と詰めているところです。', 'confidential/negotiation'],
  ])('flags %s', (text, rule) => {
    expect(rules(text).some((x) => x.startsWith(`${rule}:block`))).toBe(true)
  })
  it.each([
    // results with the price published; a question about publication; a hold the writer keeps; a notice to wait; minutes published;
    // a pledge with no sum; a sum paid; a call for operators
    '開札結果（予定価格4,280万円、落札価格3,900万円）を公表しました。',
    'Q.入札の予定価格は公表されますか？ A.はい、入札公告とあわせて公表しています。',
    '新しい愛称は記者発表まで伏せておきます。お楽しみに！',
    '発表までは伏せといてって言われたので、決まり次第お知らせしますね。',
    '庁内の検討資料段階ですが、決まり次第お知らせします。',
    '第3回検討委員会の会議録を公開しました。',
    '補償については誠意をもって対応してまいります。',
    '補償金は1世帯あたり10万円で、8月から支払いを始めます。',
    '指定管理者の公募を開始しました。',
  ])('passes %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
})

describe('confidential: designated bidders, a selection front-runner, a closed jury shortlist, an exam scoring sheet, an embargoed teaser, an internal record cited (blind conf17)', () => {
  const rules = (text: string): string[] => summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))
  const flagged = (text: string) => rules(text).filter((x) => x.includes(':warn') || x.includes(':block'))
  it.each<[string, string]>([
    // R290P-009 kind: the designated bidders of a tender told before it is opened
    ['市営住宅解体工事の指名競争入札、指名業者は次の4社です。開札は来週火曜日です。', 'confidential/pre-release'],
    ['庁舎外壁改修工事の指名競争入札について、指名業者名は以下のとおりです。有明建設、沖端工務店、三橋土木。', 'confidential/pre-release'],
    // R290P-007 kind: a named candidate told as the front-runner while the selection is under way
    ['給食センター運営委託の選定はいま審査中ですが、「ひまわりフード」さんが一歩リードしている感じです。', 'confidential/pre-release'],
    ['ロゴデザインのコンペ、最終の2案まで絞り込みました。「みずべ案」が審査員の評価も一番高くて有力です。', 'confidential/pre-release'],
    // R289O-006 kind: a closed jury, then its shortlist told
    ['写真コンテストの審査会は非公開ですが、入賞候補に残っているのは5作品です。', 'confidential/pre-release'],
    ['選考会は非公開なんですが、最終選考に残ったのは2チームで、どちらも市内の高校です。', 'confidential/pre-release'],
    // R290P-011 kind: an exam's scoring sheet passed on as insider advice
    ['消防職員の採用試験を受ける方へ、内緒ですが面接の採点基準では志望動機の配点が最も高いです。', 'confidential/staff-only'],
    ['ここだけの話ですが、採用面接の評価票で一番配点が高いのは協調性の項目です。', 'confidential/staff-only'],
    // R288S-009 kind: an embargoed press material teased ahead of its release
    ['新しいごみ分別アプリ、一足先にお見せします！来週月曜解禁のプレスリリースからなので内緒でね。', 'confidential/pre-release'],
    ['新しい観光マップ、ひと足お先にチラ見せ🗺 明後日10時解禁の記者資料からです。', 'confidential/pre-release'],
    // R286A-006 / R286A-008 kinds: an internal working record cited, then a specific household's case told from it
    ['地域包括支援センターの申し送り事項によると、あのお宅では見守りが必要な状態で、ご本人には知らせていません。', 'confidential/staff-only'],
    ['ご質問の件、相談記録を見ると、三橋町の特定の世帯から繰り返し騒音の相談が寄せられています。', 'confidential/staff-only'],
    ['引き継ぎメモより：前の飼い主の世帯には今も指導を続けています。', 'confidential/staff-only'],
  ])('flags %s', (text, rule) => {
    expect(rules(text).some((x) => x.startsWith(`${rule}:block`))).toBe(true)
  })
  it.each([
    // results published after the opening; a notice of a tender; a selection's result published; a public vote; a review to come
    '市道改良工事の入札結果を公表しました（落札者：株式会社有明建設、落札金額1,200万円）。指名業者は5社でした。',
    '指名業者の皆さまへ：電子入札システムの操作説明会を5月10日に開催します。',
    '観光PR動画制作業務委託のプロポーザルの審査結果を公表しました。最優秀提案者は「ミズノワ企画」さんです。',
    'フォトコンテストの人気投票、「川下り」さんの作品が一番人気でした！ご投票ありがとうございました。',
    'プロポーザルの審査は来週行います。結果発表まで少々お待ちください。',
    // a closed jury with nothing told; the published exam guide; after the press release
    '白秋記念短歌賞の審査会は非公開ですが、結果は来月ホームページで発表します。お楽しみに。',
    '採用試験の試験科目と配点は募集要項をご覧ください。',
    '新しい防災アプリ、ひと足お先にご紹介します！明日10時から配信開始です。',
    // aggregate complaints, a record with no household, a handover with no case
    '猫の餌やりに関する苦情の件数は前年より減りました。ご協力ありがとうございます。',
    '課でまとめている苦情記録を見ると、騒音に関する苦情が最も多く、全体の4割でした。',
    '窓口の引き継ぎメモには、書き方の見本を用意しておくよう書いてあります。',
  ])('passes %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
})

describe('confidential: a counter line with the fact it hides, a press file put in the shared folder, a paper marked for return passed on, a list kept on condition, an inquiry\'s expected penalty (blind conf18)', () => {
  const rules = (text: string): string[] => summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))
  const flagged = (text: string) => rules(text).filter((x) => x.includes(':warn') || x.includes(':block'))
  it.each<[string, string]>([
    // R294I-007 kind: the line to give enquirers, with the withheld fact told in a superior's instruction
    ['窓口に問い合わせが来ても「確認中です」とだけ答えて、業者のミスだったという話は出さないようにと部長から指示がありました。', 'confidential/staff-notice'],
    ['電話が来たら「担当に確認します」とだけ伝えて、補助金が打ち切りになるという点は言わないように、と課長から言われています。', 'confidential/staff-notice'],
    // R294I-006 kind: a press event's or council's paper filed in the shared folder, with a hold asked
    ['来週の記者会見で発表する図書館の休館日変更の資料、共有フォルダに保存しました。発表までは誰にも言わないでくださいね。', 'confidential/staff-notice'],
    ['議会に出す補正予算の説明資料、最新版をフォルダに入れておきました。まだ内緒でお願いします。', 'confidential/staff-notice'],
    // R292E-034 kind: a paper marked for return, its content passed on anyway
    ['配布資料には「要回収」と書いてありましたが、せっかくなのでお伝えすると、対象の空き家は市内に42軒あるそうです。', 'confidential/marker'],
    ['資料に「会議終了後回収」とあったけど、共有すると、見守りが必要な世帯は15世帯です。', 'confidential/marker'],
    // R291F-008 kind: a list received on condition it not go outside, its contents told
    ['組合から「外には出さないでほしい」と頼まれて受け取った名簿によると、加入店は12店舗です。', 'confidential/pre-release'],
    ['先方から「外に出さないでほしい」と念を押されて預かっているデータでは、売上は前年比8割に落ちています。', 'confidential/pre-release'],
    // R293T-008 kind: an internal inquiry about a worker, and the penalty expected
    ['委託先の内部調査で作業員の過失が認められ、処分は減給となる見通しです。', 'confidential/personnel'],
    ['タクシー会社の社内調査で運転手の非が確認され、処分は出勤停止となる予定と聞いています。', 'confidential/personnel'],
  ])('flags %s', (text, rule) => {
    expect(rules(text).some((x) => x.startsWith(`${rule}:block`))).toBe(true)
  })
  it.each([
    // the public line only; published papers; a training; an inquiry and a penalty published; a scam advice; a return requested
    'お問い合わせには「現在調査中」とお答えしています。原因が分かり次第お知らせします。',
    '不審な電話が来ても「結構です」とだけ答えて切ってください。',
    '会議資料は市ホームページで公開しています。',
    '職員向けに共有フォルダの使い方研修を行いました。',
    '会見で使う資料を共有フォルダに入れました。ご確認ください。',
    '運行事業者が内部調査の結果を公表しました。運転士の処分は乗務停止3日間となりました。',
    '市は職員の処分を公表しました。',
    '資料は「会議後回収」とありますので、お持ち帰りにならないようお願いします。',
    '古紙の回収にご協力ください。回収量は前年より300トン増えました。',
  ])('passes %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
})

describe('confidential: inside thresholds and discretion, arrears lists in photos, internal grades, described staff held (blind conf19)', () => {
  const rules = (text: string): string[] => summary(findingsOf(confidential, text))
  const flagged = (text: string): string[] => rules(text).filter((x) => x.includes(':block') || x.includes(':warn'))
  it.each<[string, string]>([
    // R297H-002 kind: the office's own trigger for an enforcement step, told with its amount or count
    ['内規により、保育料の滞納が3か月を超えると催告から財産の差押えの手続きに進みます。', 'confidential/staff-only'],
    ['係内の目安として、未納が5万円以上になった世帯には督促の訪問をしています。', 'confidential/staff-only'],
    ['課内の取扱いでは、2回目の催告のあとも連絡がない場合は財産調査に入ります。', 'confidential/staff-only'],
    // R297H-045 kind: an exception to a published rule, granted inside
    ['申請期限を過ぎていても、内々に受け付けることもできます。', 'confidential/staff-only'],
    ['収入が上限を超えていても、部長の判断で対象になることがあります。', 'confidential/staff-only'],
    // R297H-060 kind: a list of arrears cases with names or sums, in a photo post
    ['今朝のミーティングの様子です📸 壁に未納者リスト（氏名・未納額）を貼って進捗を確認しています。', 'confidential/duty-secret'],
    ['収納対策室の写真です。机の上には差押え予定の一覧表と宛名がずらり。', 'confidential/duty-secret'],
    // R296Y-009 kind: an internal evaluation sheet's grades or comments told
    ['実習生の皆さん、お疲れさまでした。課内で使っている評定表では、3人ともA評価でした。', 'confidential/staff-only'],
    ['内部用の評価シートによると、担当者のコメント欄に「即戦力」と書かれていました。', 'confidential/staff-only'],
    // R298K-026 kind: a described member of staff told to be suspended or under inquiry
    ['税務課で長く働いていたベテランの女性職員は、会計の不正の件で現在調査中です。', 'confidential/personnel'],
    ['〇〇支所の窓口にいた若手の男性職員は、例の飲酒の件で自宅待機しています。', 'confidential/personnel'],
  ])('flags %s', (text, rule) => {
    expect(rules(text).some((x) => x.startsWith(`${rule}:block`))).toBe(true)
  })
  it.each([
    // the law's rule; a published standard; a meeting photo with no list; a farewell; a published penalty; a staff member away
    '差押えは法律に基づき行います。督促状の発付後10日を経過しても完納されない場合は差押えをしなければならないと定められています。',
    '減免の基準は市ホームページに掲載しています。所得が基準額を超えている場合は対象外となります。',
    '申請期限を過ぎても、やむを得ない事情がある場合は受け付けます。詳しくは要綱をご覧ください。',
    '徴収班の打ち合わせの様子です📸 今月の目標を全員で確認しました。',
    '滞納者の一覧（氏名と金額）が写らないように撮影しています📸',
    'インターンの皆さん、5日間おつかれさまでした！最終日は全員が企画を発表しました。',
    '人事評価制度の評価シートの様式は市ホームページで公開しています。',
    '職員の懲戒処分について（公表）市民課の男性職員は、公金の件で停職処分としました。',
    '市民課の窓口の女性職員は、研修のため本日不在です。',
  ])('passes %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
})

describe('confidential: an aggregate read from a register, a public vote\'s interim standing, bidders told with the result (review of afb4b410, rvconf)', () => {
  const rules = (text: string): string[] => summary(findingsOf(confidential, text)).filter((x) => !x.includes(':info:'))
  const flagged = (text: string) => rules(text).filter((x) => x.includes(':warn') || x.includes(':block'))
  it.each<[string, string]>([
    // still one case told from the record, one closed selection's front-runner, bidders before the opening
    ['@hirose_nk お問い合わせの件ですが、課でまとめている苦情記録を見ると、沖端のあの一角の特定のお宅に餌やりの苦情が集中しています。指導は続けております。', 'confidential/staff-only'],
    ['センターの引き継ぎメモより：元の飼い主は多頭飼育で近隣から通報があった世帯で、現在も指導継続中。本人には譲渡先を伝えないこと。', 'confidential/staff-only'],
    ['苦情記録を見ると、苦情の多くはあのお宅に関するもので、指導を続けています。', 'confidential/staff-only'],
    ['観光PR動画の制作委託、プロポーザルは最終の3社まで絞り込みました。いまのところ「ミズノワ企画」さんの提案が審査員ウケも一番よくて、本命かなという感じです。結果発表まで少々お待ちください！', 'confidential/pre-release'],
    ['西鉄柳川駅西口駐輪場整備工事の指名競争入札について、指名業者は次の5社です。入札日は来月10日です。', 'confidential/pre-release'],
  ])('flags %s', (text, rule) => {
    expect(rules(text).some((x) => x.startsWith(`${rule}:block`))).toBe(true)
  })
  it.each([
    // a share, count or trend about a class of people from a register is an aggregate
    '昨年度の苦情受付簿を見ると、犬の飼い主のマナーに関する苦情が全体の4割を占めました。',
    '相談記録を見ると、高齢者の世帯からの相談が前年より増えています。',
    '苦情の記録によると、ごみ出しに関する苦情は利用者の多くから寄せられ、件数は年間120件でした。',
    // a public vote's interim standing is published on purpose
    'フォトコンテストの一般投票は審査中です。現在、「夕焼けの川下り」さんの作品が一番人気！',
    'ゆるキャラ選手権の審査はこれからです。中間集計では「くもっくん」さんの案がトップ',
    '川柳コンテストの人気投票は審査中です。いまのところ「堀割川柳」さんの作品がリードしています！',
    // the designated bidders told with the result, after the opening
    '市道改良工事（指名競争入札）の結果を公表します。指名業者は次の5社でした。',
    '水路清掃業務（指名競争入札）を開札しました。指名業者は次の4社でした。',
  ])('passes %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
})

describe('confidential: stop 55, an outcome settled (ほぼ確定, 事実上決定) while its formal announcement is still to come; a teaser of a plain announcement is not', () => {
  const rules = (text: string) => summary(findingsOf(confidential, text))
  const flagged = (text: string) => rules(text).filter((x) => !x.includes(':info:'))
  it.each([
    '日程がほぼ固まりました。正式な発表はもう少し先になります。',
    '新しい指定管理者は事実上決定しました。正式な公表は来週の予定です。',
  ])('flags %s', (text) => {
    expect(rules(text).some((x) => x.startsWith('confidential/pre-release:block'))).toBe(true)
  })
  it.each([
    '工事はほぼ完了しました。結果の発表は来月です。',
    '白秋祭の日程が決定しました。詳細の発表は来月の予定です。',
    'フォトコンテストは一般投票の結果、ほぼ確定しました。発表は来月です。',
    // a public teaser: the announcement itself is what is promised (review, stop 55)
    '新しいマスコットの名前がほぼ決定しました！発表は来月の広報やながわで。お楽しみに♪',
    '新しい愛称はほぼ決まりましたが、発表はもう少し先です。お楽しみに！',
    '会場はほぼ確定しました。発表は来月です。',
  ])('passes %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
})

describe('confidential: figures kept unpublished as a 扱い, told off the record, the real reason behind the official one, an identified worker held, an open negotiation or an inside paper on a screen (blind conf20)', () => {
  const rules = (text: string): string[] => summary(findingsOf(confidential, text))
  const flagged = (text: string): string[] => rules(text).filter((x) => x.includes(':block') || x.includes(':warn'))
  it.each<[string, string]>([
    // R299D-013 kind: ranks by school told, then the handling named as a 扱い and shared "for reference"
    ['各校の学力テストの順位をまとめました。東小が1位、西小が最下位でした。学校別の順位は非公表の扱いですが、参考までにお伝えします。', 'confidential/pre-release'],
    ['中学校ごとの体力テストの平均点は、南中が48点で最下位でした。学校ごとの数字は外部に出さない扱いですが、参考までにお知らせします。', 'confidential/pre-release'],
    // R302K-017 kind: a matter said to be one that must not go out, then a contract sum told
    ['表には出せない話ですが、新しい体育館の工事の契約額は約3億2千万円になりそうです。', 'confidential/staff-only'],
    ['ほんとは外に出したらダメな話なんですが、ゆるキャラの着ぐるみの契約額は１，８００万円でした。', 'confidential/pre-release'],
    // R300S-042 kind: the official reason set against an inside one
    ['公園のトイレ改修の理由は、建前は老朽化ですが、本当は苦情が多くて上層部が判断したからです。', 'confidential/staff-only'],
    ['花火大会の縮小は、表向きは安全対策となっていますが、実際は予算が足りないためです。', 'confidential/staff-only'],
    // R302K-054 kind: a worker identified by the thread, kept from work or awaiting the penalty's review
    ['ご指摘いただいた担当者については、現在自宅待機としており、処分は来月の懲戒委員会で決まる予定です。', 'confidential/personnel'],
    ['お問い合わせの窓口の職員ですが、しばらく出勤を控えさせております。', 'confidential/personnel'],
    // R300S-047 kind: an open negotiation's sums on a board or screen in the photo
    ['実行委員会の打合せ風景です。スクリーンには各社の見積額を映していますが、まだ契約前なのでここだけの話で😅', 'confidential/negotiation'],
    ['会議の写真です📸 ホワイトボードには出店業者さんとの交渉状況を書き出しています。思いきり写っちゃってますが…', 'confidential/negotiation'],
    // R303V-006 kind: the photo said to show a paper still being worked on inside, or not for showing
    ['写真の画面に映っているのは、庁内で調整中の来年度の組織改編の案です（本当はお見せできないものですが…）', 'confidential/staff-only'],
    ['写真の画面に映っているのは、課内で検討している来年度の事業計画の案です（議会前なので本当はお見せできないのですが）', 'confidential/staff-only'],
  ])('flags %s', (text, rule) => {
    expect(rules(text).some((x) => x.startsWith(`${rule}:block`))).toBe(true)
  })
  it.each([
    // a policy with no figures; the public part; a published contract; a contrast with no inside matter; the city's own release
    '全国学力調査の市全体の結果を公表しました。',
    '学校別の結果は公表していません。',
    '学校別の数値は公表しない扱いですが、市全体の平均正答率は65.2％でした。',
    '契約額は市ホームページで公表しています。',
    '外に出しちゃいけないゴミの日を確認しましょう。',
    '表向きは静かな町ですが、実は祭りが熱いんです！',
    '公式には発表されていませんが、実は明日は晴れの予報です。',
    '職員の懲戒処分について（公表）市民課の職員を停職1か月の処分としました。',
    'お問い合わせのあった職員は、本日は研修のため不在です。',
    '当該職員については、厳正に対処してまいります。',
    // a meeting photo with nothing named; figures kept out of the picture; a negotiation to be reported; a published summary
    '打ち合わせの様子です📸',
    '課内の様子をご紹介します（写真）',
    '写真は協賛企業の皆さんとの打ち合わせの様子です。契約前なので金額は写らないようにしています。',
    '協賛企業との交渉状況は、まとまり次第ホームページでお知らせします。',
    '写真のスライドは、市の予算の概要を示したものです。',
  ])('passes %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
})

describe('confidential: a preliminary tally the staff produced told ahead of its release, the other side asking price, the notice reason set against the inside one, sponsor candidates or budget assessments on a screen (blind conf21)', () => {
  const rules = (text: string): string[] => summary(findingsOf(confidential, text))
  const flagged = (text: string): string[] => rules(text).filter((x) => x.includes(':block') || x.includes(':warn'))
  it.each<[string, string]>([
    // R304W-018 kind: the preliminary said to be what the staff in charge produced, a figure, the formal release still to come
    ['担当者が出した速報値だと、今年の観光客数は約150万人で前年の1.3倍になりそうです。公表は来月の予定です。', 'confidential/pre-release'],
    ['まだ内緒やけど、係でまとめた暫定値では花火大会の来場は12万人超え！正式な発表は後日です', 'confidential/pre-release'],
    // R304W-039 kind: the other side's asking price told in a negotiation still going on
    ['駅前の空き店舗について、地権者さんとの交渉が続いています。地権者さんの要求額は3,500万円で、まだ開きがあります。', 'confidential/negotiation'],
    ['用地の取得は交渉中ですが、相手方のご希望価格は市の鑑定額のおよそ2倍で、話し合いが続いています。', 'confidential/negotiation'],
    // R304W-058 kind: the reason in the notice set against the inside one
    ['図書館の臨時休館ですが、掲示では「システム更新のため」となっていますが、本当は空調の故障で、復旧の見通しは立っていません。', 'confidential/staff-only'],
    ['プールの営業中止について、発表では「水質検査のため」としていますが、実際は監視員の人手が足りないためです。', 'confidential/staff-only'],
    // R304W-022 kind: sponsor candidates and expected sums on the board in the photo
    ['夏祭り実行委員会の打合せ風景です。ボードには、スポンサーをお願いしたい地元企業さんの候補がずらり✍️', 'confidential/negotiation'],
    ['会議の様子📸 ホワイトボードには、各社からの協賛見込み額まで書いてあります！', 'confidential/negotiation'],
    // R304W-055 kind: the sections' budget requests and the assessed sums on a screen in the photo
    ['予算ヒアリングの一コマ。スクリーンには各部の要求額と査定結果が並んでいます。', 'confidential/staff-only'],
    ['写真奥の画面には、財政課の査定後の金額と各課の要求金額を表示しています。', 'confidential/staff-only'],
  ])('flags %s', (text, rule) => {
    expect(rules(text).some((x) => x.startsWith(`${rule}:block`))).toBe(true)
  })
  it.each([
    // a figure the city released; a tally in progress with no figure; a preliminary the city itself puts out
    '令和6年度のふるさと納税の寄附額（確定値）を公表しました。58億円となり、過去最高です。',
    'ふるさと納税の寄附額は現在集計中です。結果は来月の記者会見で発表します。',
    '記者会見は来月行います。',
    '市長選挙の投票率（速報値）は45.2%でした。確定値は後日発表します。',
    // a negotiation named with no figure
    '用地取得について所有者の方と協議を続けています。まとまり次第お知らせします。',
    '所有者の方のご希望額については、交渉中のためお答えできません。',
    // the reason stated; a notice corrected; a contrast with no inside matter
    '市民体育館の休館は設備点検のためです。ご迷惑をおかけします。',
    '先日のお知らせでは開始を10時としていましたが、実際は9時半からです。訂正してお詫びします。職員一同気をつけます。',
    '案内では徒歩15分としていますが、実は近道があって10分で着きます。',
    // a meeting or budget-work photo with no board content; sponsors thanked by name; the published budget shown
    '来年度の白秋祭に向けた作戦会議の様子📸 熱い会議でした！',
    '予算編成作業中の財政課の様子です。職員一丸となって取り組んでいます。',
    'ホワイトボードには、今年ご協賛いただいた企業の皆さまのお名前を書き出しました。ありがとうございます！',
    '来年度当初予算案を公表しました。スクリーンには各課の要求額と査定額の推移を表示しています。',
  ])('passes %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
})

describe('confidential: a draft total or an audit finding told before its release, off-the-record asides, and results, openings, residents\' ideas, facades, absences and kept-out figures that are not leaks (blind conf22)', () => {
  const rules = (text: string): string[] => summary(findingsOf(confidential, text))
  const flagged = (text: string): string[] => rules(text).filter((x) => x.includes(':block') || x.includes(':warn'))
  it.each<[string, string]>([
    // R305G-002 kind: a budget proposal's or an outlook's total told while the formal release is still to come
    ['6月議会に出す補正予算案ですが、総額は約12億3千万円になりそうです。正式な発表は来週の記者会見までお待ちください。', 'confidential/pre-release'],
    ['新庁舎の事業費は、いまの見込みで86億5千万円です。記者発表前なので、まだ内緒ですよ。', 'confidential/pre-release'],
    // R305G-030 kind: an audit finding heard, its report's release told as still to come in a cleft
    ['監査委員の監査で、補助金の事務に不備があると指摘されたそうです。監査結果が公表されるのは年明けですが、改善を急ぎます。', 'confidential/audit'],
    ['会計検査で誤りが見つかったと聞きました。報告書が発表されるのは3月ですが、担当課で対応中です。', 'confidential/audit'],
    // review kind: the aside said as what cannot be said aloud or in public, with a sum or a decision
    ['表立っては言えないけど、新しい公園の工事は地元の建設会社に決まりました。', 'confidential/pre-release'],
    ['大きな声じゃ言えないけど、イベントの委託料は800万円です。', 'confidential/pre-release'],
    // review kind: the official reason given "for form's sake" set against an inside one
    ['休館の理由は一応設備点検ということになっていますが、本当は職員が足りないからです。', 'confidential/staff-only'],
  ])('flags %s', (text, rule) => {
    expect(rules(text).some((x) => x.startsWith(`${rule}:block`))).toBe(true)
  })
  it.each([
    // a budget total published; a release to come with no sum; a prize total; an audit published or scheduled
    '当初予算案の概要を市ホームページで公表しました（総額402億円）。',
    '来年度の当初予算案は2月の記者会見で発表します。',
    '賞金の総額は100万円！正式な発表は来週です。',
    '定期監査の結果報告書を公表しました。',
    '監査は来月行われます。',
    '定期監査の結果が公表されるのは来月の予定です。',
    // a school team's place or a contest's prizes, promoted as news to come
    '市内の中学校の吹奏楽部、九州大会への出場がほぼ確定しました！正式な発表は来週です。',
    '写真コンクールの入選作品が、審査でほぼ決まりました。正式な発表は12月1日の予定です。お楽しみに！',
    // a place or a treasure normally closed, opened specially
    '普段は非公開の扱いですが、今年は特別に一般公開します。',
    'この庭園は通常非公開の扱いですが、春分の日に限り、先着50人に特別公開します。',
    // residents' or pupils' own ideas shown in the photo
    '写真は、小学生の皆さんが考えて提案した、まちづくりのアイデアの一覧です。いただいたアイデアは、課内で検討しています。',
    '写真は、住民ワークショップで出た広場の活用案です。庁内で検討しています。',
    '写真は、アンケートで寄せられた意見をまとめた一覧です。議会前に、地元説明会で紹介しました。',
    // a nickname, history, a mascot's character, good news
    '公式には「柳川市立図書館」ですが、実は職員の間では「としょかん」と呼ばれています。',
    '建前は倹約令でしたが、実は藩の予算で立派な庭が造られたそうです。',
    '表向きはのんびりキャラですが、実は市長のことが大好きなんです。',
    '表向きは小さな町ですが、実は事故ゼロの日が1000日続いています。',
    // a rule naming その職員; a worker's own absence explaining a delay
    '台風が接近した場合、その担当職員は自宅待機となり、電話で指示を受けます。',
    'お問い合わせの担当職員は、本日は体調不良のため出勤を控えております。明日、ご連絡いたします。',
    // figures kept out of the picture
    '写真には、寄附金額が写り込まないよう配慮しています。ありがとうございました。',
    // an aside with no city matter
    '大きな声では言えませんが、実は私、カエルが苦手です。',
  ])('passes %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
})

describe('confidential: the city own preliminary, a listing price, an honest update, a call for entries, a council screen, a report-meeting figure stay clean (review of conf21, rvconf55)', () => {
  const rules = (text: string): string[] => summary(findingsOf(confidential, text))
  const flagged = (text: string): string[] => rules(text).filter((x) => x.includes(':block') || x.includes(':warn'))
  it.each<[string, string]>([
    // the leak form of the preliminary still caught; the asking price as a rough multiple; the budget requests and the cut figures on a screen
    ['担当課がまとめた速報値によると来場者は約12万人でした。まだ内緒ですが、確定値は来月公表します🤫', 'confidential/pre-release'],
    ['地権者さんは鑑定額のほぼ倍を希望されていて、用地交渉はまだまとまっていません。', 'confidential/negotiation'],
    ['所有者さんは評価額のほぼ倍を求めていて、交渉は難航しています。', 'confidential/negotiation'],
    ['写真奥のパソコン画面には、各課の来年度予算の要望と財政課が削った後の数字が映っています。', 'confidential/staff-only'],
    ['写真のモニターには、各課の予算の要求と査定された後の金額が並んでいます。', 'confidential/staff-only'],
  ])('flags %s', (text, rule) => {
    expect(rules(text).some((x) => x.startsWith(`${rule}:block`))).toBe(true)
  })
  it.each([
    // the city putting out its own preliminary, the confirmed figure to follow
    '担当課がまとめた速報値によると、今年の花火大会の来場者は約12万人でした。確定値は来月公表します。',
    '係がまとめた速報値では、今年の成人式の出席者は412人でした。確定値は後日お知らせします。',
    // a published listing's asking price
    '空き家バンク新着物件です！所有者さんのご希望価格は350万円。まだ内覧もできますので、お気軽にどうぞ。',
    '移住支援サイトに新しい物件を掲載しました。所有者の方の希望価格は480万円、内覧のご予約を受け付けています。',
    // a fun fact against the guide; an honest update that promises the next notice
    'ガイドブックの案内では「徒歩15分」となっていますが、実は職員の足で10分ほどでした！',
    'ホームページの案内では「駐車場あり」となっていますが、実は近くの市営駐車場のほうが便利でした！',
    'お知らせでは15日再開としていますが、実は部品の取り寄せに時間がかかっており、故障の修理が数日延びる見込みです。改めてお知らせします。',
    'お知らせでは「機器故障のため」としていますが、実は修理部品の到着が遅れており、再開が延びる見込みです。分かり次第お知らせします。',
    // a call for candidate projects, not sponsor candidates
    '写真は、市民提案型まちづくり事業の審査会の様子です。スクリーンには各団体の提案額を映しています。来年度の候補事業も募集中です。',
    'スクリーンには各団体の提案額を映しています。候補作品も募集中です。',
    // a public council session's screen
    '写真は市議会予算特別委員会の様子。スクリーンには各課の要求額と査定後の金額が映し出され、活発な質疑が行われました。',
    '写真は市議会の常任委員会。モニターに各課の要求額が表示され、質疑が続きました。',
    // a figure presented at a report or briefing meeting
    'ふるさと納税の報告会を開きました。画面には今年度の寄附見込み額（約8億円）を示し、返礼品事業者の皆さまに感謝をお伝えしました。',
    '移住説明会を開きました。スクリーンに各社からの協賛見込み額を示し、ご協力をお願いしました。',
  ])('passes %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
})

describe('confidential: conf56 kinds (blind R308T–R311E) — data given on condition, an exam theme ahead, a budget in assessment, a gallery-less briefing, a land price, money unaccounted for, a few households\' arrears, a result before the notice, a penalty with a move, the city\'s ceiling, a total owned up to', () => {
  const rules = (text: string): string[] => summary(findingsOf(confidential, text))
  const flagged = (text: string): string[] => rules(text).filter((x) => x.includes(':block') || x.includes(':warn'))
  it.each<[string, string]>([
    // data given on the condition that it not go outside, then told
    ['商工会さんから「外には出さないでほしい」と念を押されていただいた数字ですが、ちょっとだけ。市内の飲食店の売上は前年比で2割減っていました。', 'confidential/staff-only'],
    ['観光協会から公表しないという条件でいただいたデータによると、宿泊客の7割が福岡県内からでした。', 'confidential/staff-only'],
    ['非公表を条件にご提供いただいた資料ですが、上位5社だけで出荷量の8割を占めています。', 'confidential/staff-only'],
    ['「ここだけの話で」と言われて見せてもらった資料ですが、来年の出店は3店舗だそうです。', 'confidential/staff-only'],
    // the theme of a part of an exam still to come
    ['来週の採用試験を受ける皆さんへ。小論文のテーマは「人口減少社会における市役所の役割」です。頑張ってください！', 'confidential/pre-release'],
    ['保育士試験に向けて準備中の皆さん、今年の面接の課題は「3分間で自己PR」です。本番まであと少し、応援しています。', 'confidential/pre-release'],
    ['消防職員採用試験、論文試験のお題は『災害に強いまちづくり』になります。当日まで体調に気をつけて。', 'confidential/pre-release'],
    ['来月の採用試験、小論文の題は「10年後の柳川」です。受験される皆さん、頑張って！', 'confidential/pre-release'],
    // an amount put into a budget while it is in the assessment or before the council
    ['来年度の新規事業として、予算要求に約3,000万円を盛り込みました。まだ市長査定を控えていますが、実現したら子育て世帯は大助かりです。', 'confidential/budget'],
    ['補正予算案に防犯カメラの設置費として約800万円を計上しています。議会への提出はまだですが、早く皆さんに伝えたくて。', 'confidential/budget'],
    ['来年度の予算要求額は約2,400万円です。財政課の査定はこれからですが、なんとか通したい！', 'confidential/budget'],
    // a session with no public gallery named as where what is told was explained
    ['傍聴不可の全員協議会で示された数字ですが、新庁舎の建設費は約85億円に増える見込みです。', 'confidential/meeting'],
    ['傍聴なしの議員説明会で報告があった内容ですが、学校統合は3校から2校に見直されました。', 'confidential/meeting'],
    ['報道陣を入れずに開かれた協議会で説明があった話ですが、ごみ袋は来年度から1枚50円に値上げされる方向です。', 'confidential/meeting'],
    // a price come down to in a land deal still going on
    ['旧校舎跡地の買収、地権者さんとの話し合いで、一平方メートルあたり二万円まで下がりました。もうひと押しです。', 'confidential/negotiation'],
    ['駐車場用地の買い取り、所有者の方との交渉で坪12万円まで下げていただきました。引き続き詰めていきます。', 'confidential/negotiation'],
    ['用地の買い取り価格、地主さんとの交渉で坪15万円まで来ています。まだ合意には至っていません。', 'confidential/negotiation'],
    // money unaccounted for, with its sum, while the inquiry goes on
    ['内部監査で出どころの分からない入金が30万円分見つかりました。経緯を確認中です。', 'confidential/audit'],
    ['自治会の会計で使途不明金が見つかり、調べたら約120万円に。今、前の会計担当の方に事情を聞いています。', 'confidential/audit'],
    ['体育協会の通帳の残高と帳簿が合わない件、差額は八十万円ほどでした。担当者から聞き取りを進めています。', 'confidential/audit'],
    // the arrears of a few households singled out with a sum
    ['国保税の滞納、上位5世帯で合計800万円を超えています。督促を続けています。', 'confidential/duty-secret'],
    ['給食費の未納が一番多いご家庭で、約25万円になっています。', 'confidential/duty-secret'],
    ['水道料金を滞納している方のうち、最も多い方で二年分、約四十万円です。', 'confidential/duty-secret'],
    // a result told while the notice to those concerned is still to come
    ['補助金の審査で、〇〇商店街の提案が採択されました。まだ申請者の皆さんにはお知らせしていないので内緒でお願いします。', 'confidential/pre-release'],
    ['選考の結果、3団体が選ばれました。各団体への連絡はこれからですが、取り急ぎご報告です。', 'confidential/pre-release'],
    ['審査の結果、3事業者が採択となりました。交付決定通知はまだ届いていないと思いますが、おめでとうございます。', 'confidential/pre-release'],
    // a member of staff's penalty and move, or the penalty settled in an internal meeting
    ['例の公金の件、担当の職員は停職3か月で、4月からは別の課へ異動することが決まりました。', 'confidential/personnel'],
    ['当該職員への懲戒処分は、昨日の懲戒審査委員会で減給と決まりました。', 'confidential/personnel'],
    ['公金の件、処分は停職1か月で、4月には別の部署へ異動になるそうです。職員の間でも話題です。', 'confidential/personnel'],
    // the city's ceiling or the term it holds out for, against the other side's ask; a tender's ceiling before the opening
    ['給食の委託業者さんからは1食あたり350円を求められていますが、市として出せるのは300円までです。', 'confidential/negotiation'],
    ['事業者さんは賃料の3割引きを希望されていますが、市側の上限は1割引きです。交渉は続いています。', 'confidential/negotiation'],
    ['相手方からは10年間の契約を求められていますが、市としては5年間で交渉しています。', 'confidential/negotiation'],
    ['先方は1台あたり8万円を希望されていますが、市としては6万円が限度です。引き続き詰めていきます。', 'confidential/negotiation'],
    ['来週開札の体育館空調工事、市の上限は8,500万円ほどで見ています。', 'confidential/pre-release'],
    // a total told, the formal release later, the telling owned up to
    ['今年の海開きの来場者は過去最多の2万人でした！正式発表は来月なんですけど、待ちきれずフライングです。', 'confidential/pre-release'],
    ['移住相談の件数が今年度は320件、過去最高です。正式な公表は議会報告のあとですが、つい嬉しくて投稿しちゃいました。', 'confidential/pre-release'],
  ])('flags %s', (text, rule) => {
    expect(rules(text).some((x) => x.startsWith(`${rule}:block`))).toBe(true)
  })
  it.each([
    // the data refused, kept or only promised to be kept
    '観光協会さんから「外部には出さないでください」と念押しされて共有いただいたデータなので、ここでは紹介できません。',
    '外部に出さない約束でお預かりした名簿は、鍵付きの保管庫で管理しています。',
    '個人情報は外部に出さない約束でご提供いただいています。',
    'アンケートの回答は外部に出さないことをお約束しています。ご協力をお願いします。',
    '研修では「外部に出さないでください」と念押しされた資料の扱い方を学びました。',
    // a past exam's theme, a contest's theme, a theme set for submission, an exam over, the city's notice of what is covered
    '昨年の論文試験のテーマは「協働のまちづくり」でした。今年受験される方は参考にしてください。',
    '作文コンクールのテーマは「わたしのふるさと」です。たくさんのご応募をお待ちしています。',
    '採用試験の事前課題として、作文のテーマは「柳川の魅力」です。申込書と一緒に提出してください。',
    '本日の採用試験、受験された皆さんお疲れさまでした。論文のテーマは「協働」でした。',
    '採用試験を受ける皆さん、論文試験では市政に関するテーマを出題します。しっかり準備してください。',
    '中学生の主張大会、今年のテーマは「未来の柳川」です。本番は10月5日、応援よろしくお願いします。',
    // a budget announced, submitted, passed or published
    '令和8年度当初予算案を発表しました。子ども医療費助成の拡充に約1億2,400万円を盛り込んでいます。',
    '補正予算案に約3,000万円を計上し、6月議会に提出します。',
    '今年度予算に約500万円を計上しています。ぜひご利用ください。',
    '予算案は3月議会で可決されました。防災対策に約2億円を計上しています。',
    '来年度の予算額は約2,400万円です。予算案は市ホームページで公表しています。',
    // a gallery notice, a summary to come, minutes published
    '傍聴なしの会議ですので、一般の方の入場はご遠慮ください。',
    '本日の全員協議会は傍聴なしで開催します。ご了承ください。',
    '議員協議会は傍聴不可ですが、結果は後日市ホームページでお知らせします。',
    '傍聴なしで開かれた協議会での説明内容は、後日ホームページで公開します。',
    '傍聴なしで開かれた委員会の会議録は、市ホームページで公開しています。',
    // a land deal settled, a sale's price, a bargain over lunch boxes
    '旧料亭跡地の買い取りについて、所有者の方と合意しました。議会の議決を経て契約します。',
    '市有地の売却価格は坪18万円です。購入希望の方はご連絡ください。',
    '交渉の結果、弁当は1食500円まで下がりました。イベント参加者の皆さんに配ります。',
    // the city's announcement of money unaccounted for, a training on it, a donation's use
    '公民館の会計で使途不明金約340万円が判明しました。現在、関係者への聞き取りを行っており、分かり次第お知らせします。市民の皆さまに深くお詫び申し上げます。',
    '使途不明金の問題を受け、会計事務の研修を行いました。帳簿と通帳を照合する手順を確認しています。',
    'ふるさと納税の使い道が分からない方は、こちらをご覧ください。寄附金は5,000円から受け付けています。',
    // information of unknown source, a scam's line
    '出どころの分からない情報を広めないよう、ご協力をお願いします。市の情報はホームページで確認できます。',
    '「会社のお金を使い込んでしまった。今日中に300万円必要なんだ」という電話は詐欺です。すぐに警察へ相談してください。',
    // arrears as a whole, a visit, a counter
    '市税の滞納額は合計1億2,000万円、滞納世帯は420世帯です（令和6年度末）。',
    '滞納が多い世帯への訪問を強化しています。ご相談はお早めに。',
    '未納のある方は、上位の窓口ではなく収納課でご相談ください。',
    // the notice with no result, a notice to wait, the result to be published
    '審査の結果は、申請者への通知をもってお知らせします。ご本人への通知は来週の予定です。',
    'ご本人への通知はまだですので、今しばらくお待ちください。',
    '審査会が終わりました。結果は申請者への通知後、ホームページで公表します。',
    '合格者への通知は来週ですが、合格発表は市ホームページでも行います。',
    '審査の結果は、交付決定通知でお知らせします。通知は来週発送の予定です。',
    // a rule of penalties, a personnel notice, disposal
    '懲戒処分の指針では、停職や減給の処分を受けた職員は異動の対象となることが定められています。',
    '4月1日付の人事異動が決まりました。詳しくはホームページをご覧ください。',
    'ごみ処分場の移転が決まりました。',
    '懲戒処分の公表基準に基づき、当該職員の処分と異動については決まり次第公表します。',
    'ごみの処分は、4月から別の場所へ移ることになりました。',
    // a grant's limit, a deal settled, a price published before the tender, a rate, a lecture, residents' wishes, a plan
    '市としての補助の上限は1世帯10万円です。お早めに申請してください。',
    '相手方からは10年間の契約を求められ、市としても10年間で合意しました。',
    '来月開札の工事の予定価格は1億2千万円（事前公表）です。詳しくは市ホームページをご覧ください。',
    '市の上限金利は年3%です。お気軽にご相談ください。',
    '都市の上限人口について考える講演会を開きます。',
    '市民の皆さんからは5年間の延長を求める声をいただいています。',
    '市としては、5年間で段階的に整備を進める方針です。',
    '市営駐車場の定期利用は、市の上限台数が50台で、条件を満たす方から先着順です。',
    '事業者からは5年間の免除を求められましたが、市としては3年間とすることで協議を進め、議会で承認されました。',
    // a total with the formal release to come, or the city's preliminary
    '今年の来場者は約12万人でした。正式な発表は来月の予定です。',
    '今年の来場者は約12万人でした。確定値は来月公表します。',
  ])('passes %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
})

describe('confidential: conf57 kinds — a draft budget told before its press release, withheld parts revealed, a budget request before the assessment, an exam question told ahead, rejected scores, a negotiation’s offers, a move before its formal step, an incident before its report (blind R312P-023/047, R314Y-018/041, R315E-005/011/014/015/016/022/043/060, R316M-009; JY-037)', () => {
  const rules = (text: string): string[] => summary(findingsOf(confidential, text))
  const flagged = (text: string): string[] => rules(text).filter((x) => x.includes(':block') || x.includes(':warn'))
  it.each<[string, string]>([
    // a draft budget's figures while its press release is still to come
    ['明後日の定例会見で市長が発表する新年度予算、総額は398億円になります。子育て支援に力を入れた内容です。', 'confidential/pre-release'],
    ['2月10日の記者発表で公表予定の当初予算案ですが、一般会計は405億円、目玉事業は新しい図書館の設計（2億円）です。', 'confidential/pre-release'],
    ['明日、令和8年度当初予算案を発表します。ひと足先に言うと、一般会計は410億円で過去最大です。', 'confidential/pre-release'],
    ['明日の市長定例記者会見で発表する新しい子育て支援策、ひと足先にお伝えすると、第2子以降の保育料が無料になります。', 'confidential/pre-release'],
    // withheld parts of a disclosed document, told
    ['開示した契約書のうち、非開示とした部分は見積金額の2,480万円で、業者の競争上の地位を害するおそれがあるためです。', 'confidential/staff-only'],
    ['マスキングした箇所は、実は買収予定地の単価で、1㎡あたり2万5千円です。', 'confidential/staff-only'],
    ['非開示とした理由は、交渉中の価格（1㎡あたり3万2千円）が含まれているためです。', 'confidential/staff-only'],
    // a section's budget request amount inside the budgeting
    ['新しい図書館の備品、来年度予算で800万円を要求しました。財政課のヒアリングで通るといいな。', 'confidential/budget'],
    ['うちの係の予算要求額は1,350万円。査定でどこまで削られるか…', 'confidential/budget'],
    ['財政課に出す予算要求、課長と相談して900万円の要求書を作りました。査定で削られませんように🙏', 'confidential/budget'],
    // an exam's or an interview's question told to those who will sit it
    ['来週の検定の問5は、北原白秋の生家についての問題です。押さえておいてね！', 'confidential/pre-release'],
    ['明日の二次試験では「柳川の観光の課題は何か」を聞く予定なので、考えておいてください。', 'confidential/pre-release'],
    ['今年の二次面接では「10年後の柳川はどうなっていると思いますか」と聞かれます。準備しておいてね。', 'confidential/pre-release'],
    ['今年の面接で聞く質問は「市役所で挑戦したいこと」です。', 'confidential/pre-release'],
    // a screening's scores with the rejected ones'
    ['補助金の審査、A地区の会は48点で不採択となりました。', 'confidential/pre-release'],
    ['プロポーザルの結果、選外となった2社の点数は62点と58点でした。', 'confidential/pre-release'],
    ['補助金の審査会、最高点は沖端商店会の92点、最下位は大和町の団体で41点でした。選ばれなかった団体には来週通知します。', 'confidential/pre-release'],
    // a negotiation's offers while it goes on
    ['駐車場用地の件、地権者さんの希望額は坪15万円、こちらの提示は坪11万円で、交渉は平行線です。', 'confidential/negotiation'],
    ['跡地の賃料は月50万円で交渉中です。まだ決まっていません。', 'confidential/negotiation'],
    ['バス会社との協議、会社側は年間800万円の委託料を求めていて、合意にはまだ至っていません。', 'confidential/negotiation'],
    ['地権者の有明さんは坪20万円を希望されていて、市としては坪14万円が限界です。交渉は続いています。', 'confidential/negotiation'],
    // a personnel move before its formal step
    ['内示が出ました！図書館長は教育委員会へ異動し、後任には生涯学習課の係長が昇任して来られます。', 'confidential/personnel'],
    ['次の図書館長は、生涯学習課の田中さんが就任します。正式な発表は来週です。', 'confidential/personnel'],
    ['後任は企画課の田中係長です。まだ内示の段階なので、ここだけの話で。', 'confidential/personnel'],
    // an incident's count before its report and publication
    ['先月、納税通知書の誤送付が3件ありました。まだ公表していませんが、気をつけます。', 'confidential/incident'],
    ['今年度の個人情報の紛失は2件。公表は来月の予定です。', 'confidential/incident'],
    ['今月、乳児健診で検体の取り違えが1件ありました。議会への報告は来週の予定です。', 'confidential/incident'],
    // 公表していませんが with the secret itself told after it
    ['試験問題そのものは公表していませんが、第3問は柳川の掘割についての問題です。', 'confidential/pre-release'],
    ['試験問題は公表していませんが、作文のテーマは「10年後の柳川」です。', 'confidential/pre-release'],
  ])('flags %s', (text, rule) => {
    expect(rules(text).some((x) => x.startsWith(`${rule}:block`))).toBe(true)
  })
  it.each([
    // a release to come with no figure, a budget announced or before the council, last year's total
    '明日10時から、令和8年度当初予算案の記者発表を行います。会見の様子はYouTubeでライブ配信します。',
    '本日、令和8年度当初予算案を発表しました。一般会計は412億3千万円で過去最大です。',
    '令和8年度当初予算案は3月議会で審議されます。一般会計は412億円で、概要は市ホームページに掲載しています。',
    '明日の記者会見で市長が当初予算案を発表します。総額や主な事業は会見後にお知らせします。',
    '明日、当初予算案の記者発表を行います。なお、昨年度の一般会計は398億円でした。',
    '明日10時から市議会本会議を開きます。当初予算案（総額412億円）が上程されます。',
    '明日10時から新商品発表会を行います！ひと足先に試食してきました、おいしかったです。',
    '明日の会見で市長が発表します。ひと足先に会場の地図をお知らせします。',
    // the class of what was withheld
    '黒塗りにした箇所は、個人の氏名や住所など、個人が特定される情報です。',
    '非開示とした部分は、交渉中の価格に関する情報で、条例第7条に該当します。',
    // the state's request, a petition, the schedule, a scam, a budget passed, a council session
    '国の概算要求では、有明海沿岸道路の整備に120億円が盛り込まれました。',
    '各課の予算要求の締め切りは10月末です。財政課の査定は11月から始まります。',
    '身代金として5万円を要求する詐欺メールにご注意ください。',
    '令和8年度当初予算が可決されました。観光PR事業には要求どおり4,200万円が計上されています。財政課より。',
    '予算特別委員会では、各課の要求額と査定額について質疑がありました。',
    // past questions, standard questions, practice, a quiz, the format
    '昨年の面接では「柳川市の好きなところ」を聞かれた、という先輩の声もあります。',
    '来週の採用試験を受ける皆さん、面接では「志望動機」や「自己PR」をお聞きします。落ち着いて臨んでください。',
    '柳川観光ガイド検定の過去問から、第3問「さげもんの由来」を紹介します。',
    '柳川クイズ！次の第3問は「白秋の生家」についての問題です。答えは明日！',
    '今年の試験では、教養試験と作文を行います。',
    // a notice to the rejected, a pass mark as a rule, a contest, an exam's results
    '審査の結果、5件を採択しました。不採択となった団体には、個別に理由をお知らせします。',
    '採点基準：合計60点未満の方は不合格となります。',
    'フォトコンテストの審査結果です。最高点は大和町の田中さんの作品で95点。惜しくも選外となった作品も力作ぞろいでした。',
    '今年の検定の合格者は120人でした。最高点は98点！不合格だった方も次回またチャレンジしてください。',
    // a subsidy explained, a deal concluded, talks with the state, a sponsorship received
    '市からは1人あたり300円を補助しています。詳しくは観光課へお問い合わせください。',
    '川下り事業者との話し合いの結果、共通乗船券は1人1,500円で合意しました。',
    '事業費約3億円で国と協議を進めています。',
    '事業者さんからは1人あたり500円の協賛をいただいています。来週、打ち合わせです。',
    '市の補助は1人300円です。事業者との話し合いは来週も続けます。',
    // a move announced, a head arrived, a successor to be told later
    '4月1日付の人事異動を発表しました。観光課長には農林水産課の課長補佐が昇任して着任します。',
    '新しい観光課長が着任しました。どうぞよろしくお願いします。',
    '後任は決まり次第お知らせします。正式な発表は後日です。',
    // a reminder with no count, a count published, an apology, a correction to come
    '接種間違いを防ぐため、接種券の日付をよく確認してください。',
    '昨年度の接種間違いは9件でした。市ホームページで公表しています。',
    '納税通知書の誤送付が3件ありました。深くお詫び申し上げます。',
    'ご案内に間違いが1か所ありました。訂正版は来週公開予定です。',
    // what is kept back, then where the published part is (JY-037)
    '試験問題そのものは公表していませんが、出題分野と配点は募集要項に掲載しています。',
    '試験問題は公表していませんが、過去の出題例はホームページでご覧いただけます。',
  ])('passes %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
})

describe('confidential: a matter in process named only to say it will be told once decided (査定中の予算については、決まり次第お知らせします)', () => {
  const flagged = (text: string): string[] => summary(findingsOf(confidential, text)).filter((x) => x.includes(':block') || x.includes(':warn'))
  it.each(['査定中の予算については、決まり次第お知らせします。', '起案中の計画については、現時点ではお答えできません。', '精査中のデータは、確定しましたら改めてお知らせします。'])('passes %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
  it.each(['査定中の予算要求資料をお見せします📷', '査定中の予算、要求額は4,200万円で決まり次第お知らせします。', '精査中のデータですが、中身を少しだけ載せます。改めて正式に発表します。'])('flags %s', (text) => {
    expect(flagged(text).some((x) => x.startsWith('confidential/'))).toBe(true)
  })
})

describe('confidential: reviewer false positives of conf56/conf57 — a published aggregate of data given on condition, a prep class\'s practice theme, a vendor fee on a site, an award decided with no winner', () => {
  const flagged = (text: string): string[] => summary(findingsOf(confidential, text)).filter((x) => x.includes(':block') || x.includes(':warn'))
  it.each([
    '個別の数値は公表しない約束でご提供いただいたデータをもとに集計したところ、市全体の観光客数は前年比5%増となりました。ご協力ありがとうございました。',
    '事業者の皆さまから、非公表を条件にご提供いただいた売上データを集計し、市内の宿泊客数は過去最多となったことが分かりました。',
    '漢字検定対策講座を開きます。作文のテーマは「私の好きな季節」です。検定本番に向けて一緒に練習しましょう！',
    '作文の題は「わたしの夢」です。来週の検定に向けて、みんなで書いてみよう！（英検対策教室）',
    '面接練習会のお知らせ。高校生の皆さん、今回の面接の課題は「1分間の自己PR」です。入試本番に向けて一緒に練習しましょう。',
    '旧校舎跡地のイベントに出店するキッチンカーの出店料、交渉の結果1日3,000円まで下がりました！引き続き出店者を募集しています。',
    '審査の結果、最優秀賞が決まりました！受賞者への連絡はこれからですが、表彰式は3月1日です。',
    '【職員採用試験】プレゼン面接のテーマは「10年後の柳川」です。',
    '小論文試験のテーマは「柳川の未来」です。',
  ])('passes %s', (text) => {
    expect(flagged(text).filter((x) => x.startsWith('confidential/'))).toEqual([])
  })
  it.each<[string, string]>([
    ['面接対策講座です。来週の入試、本番の面接の課題は「1分間の自己PR」です。頑張って！', 'confidential/pre-release'],
    ['非公表を条件にご提供いただいた売上データを集計したところ、上位3社だけで市内の売上の6割を占めていました。', 'confidential/staff-only'],
    ['旧校舎跡地の買い取り、所有者さんとの交渉で坪12万円まで下がりました。引き続き詰めていきます。', 'confidential/negotiation'],
    ['審査の結果、3団体が選ばれ、最優秀賞が決まりました。各団体への連絡はこれからですが、取り急ぎご報告です。', 'confidential/pre-release'],
  ])('still flags %s', (text, rule) => {
    expect(flagged(text).some((x) => x.startsWith(`${rule}:block`))).toBe(true)
  })
})

describe('confidential: conf58 kinds — an internal, not-yet-public matter told with its value in good faith: bids received, a survey ahead of its report, a budget request and its assessment, a pass mark, labour talks, a negotiation, a blind drill, a plan before those affected are told, an exam setter, vendor quotes, an exam theme, moves to come, a bid estimate, staff off sick, a settlement offer, a selection’s scores, designated bidders, a decision or a figure before its release (blind R317C, R320M-053)', () => {
  const rules = (text: string): string[] => summary(findingsOf(confidential, text))
  const flagged = (text: string): string[] => rules(text).filter((x) => x.includes(':block') || x.includes(':warn'))
  it.each<[string, string]>([
    // bids received while the tender is still open
    ['市民プールの改修工事の入札、締切まであと5日ですが、入札書はまだ1通しか届いていません。', 'confidential/pre-release'],
    ['図書館の指定管理プロポーザル、今のところ企画提案書は2社から届いています。受付は今月末までです。', 'confidential/pre-release'],
    ['一般競争入札の受付中ですが、3社から入札書が提出されています。来週の開札が楽しみです。', 'confidential/pre-release'],
    ['指名競争入札、まだ封筒は1通も届いていませんが、締め切りは金曜です。参加予定の業者さん、お待ちしています。', 'confidential/pre-release'],
    // a survey's figures told ahead of its report
    ['先月行った子育てアンケートの集計が出ました！「満足」は72％。報告書が出るのは来年度ですが、ひと足早くお伝えします。', 'confidential/pre-release'],
    ['市民満足度アンケート、「満足」が58%でした。報告書の公表は4月の予定ですが、一足先にお届けします。', 'confidential/pre-release'],
    ['健康診断の集計、要精密検査の人が去年より2割増えていました。結果がまとまるのは来月ですが、いち早くお伝えします。', 'confidential/pre-release'],
    // a budget request to the finance office and what the assessment left
    ['来年度予算、図書館の空調更新分として3,200万円を財政課に要求しています。', 'confidential/budget'],
    ['財政課の査定、要求した5千万円に対して認められたのは2千万円だけでした。', 'confidential/budget'],
    ['市長査定が終わりました。ついたのは要求額の半分の800万円です。', 'confidential/budget'],
    ['財政課の一次査定で、要求した2,400万円のうち認められたのは1,500万円。残りは復活要求です。', 'confidential/budget'],
    // an exam's pass mark before the results are announced
    ['昇任試験の採点が終わりました。筆記は70点以上の人が面接に進みます。結果の通知は来週です。', 'confidential/pre-release'],
    ['今年の職員採用一次試験の合格ラインは58点です。合格発表は明日の予定です。', 'confidential/pre-release'],
    ['消防職員採用の一次試験の採点が終わりました。ボーダーは65点でした。結果通知は来週発送します。', 'confidential/pre-release'],
    // the result of labour talks before it is published
    ['職員組合との交渉がまとまりました。勤勉手当は0.1月分引き上げることで妥結しています。まだ組合員にも伝わっていない段階ですが。', 'confidential/negotiation'],
    ['労使交渉で、時間外の上限を月30時間とすることで合意しました。', 'confidential/negotiation'],
    ['職員団体との協議で、夏季休暇を1日増やすことで合意しています。まだ正式な発表前です。', 'confidential/negotiation'],
    // a negotiation's offers and a price moved while it goes on
    ['物流会社さんと進出の条件を詰めているところです。市からは固定資産税の減免3年分と、1㎡あたり1万2千円での売却をご提示しています。', 'confidential/negotiation'],
    ['駐車場用地の件、当初は坪15万円のご希望でしたが、坪12万円まで下がってきました。あとひと押しです。', 'confidential/negotiation'],
    ['所有者さんが1㎡8万円まで歩み寄ってくださいました。もうひと踏ん張りです。', 'confidential/negotiation'],
    ['工業団地の売却交渉、先方からは1㎡あたり9千円でどうかと打診があり、こちらは1万1千円を提示しています。来週3回目の面談です。', 'confidential/negotiation'],
    // a drill's scenario kept from staff, told
    ['来週の庁内防災訓練は抜き打ちで行います。想定は、午後2時に本庁舎2階の給湯室から出火です。職員の皆さんには内緒でお願いします。', 'confidential/pre-release'],
    ['来月の訓練は、参加職員に想定を伝えないブラインド型で実施します。午前9時半に震度6強の地震が発生、という想定です。', 'confidential/pre-release'],
    ['今度の庁舎火災訓練は職員には日時を知らせずに行います。想定は、来週火曜の午後3時、1階売店付近から出火です。', 'confidential/pre-release'],
    // a plan decided inside while those it affects are still to be told
    ['新しいごみ処理施設の候補地、地元への説明がまだなので詳しくは書けませんが、大和町の旧工場跡地に決まっています。', 'confidential/pre-release'],
    ['区画整理の件、地権者さんへのご説明はこれからですが、換地の方針は東側に集約することに決まりました。', 'confidential/pre-release'],
    ['新しい斎場の建設地、区長さんへの説明がまだなので大きな声では言えませんが、蒲池の山林に決まりました。', 'confidential/pre-release'],
    // an exam's content told by one who set it, a past question said to be set again
    ['係長試験の問題作成を担当しています。今年の筆記は行政法から10問、民法から5問出します。', 'confidential/pre-release'],
    ['昇任試験を受ける皆さんへ。前回の第5問は、選択肢を入れ替えてまた出します。', 'confidential/pre-release'],
    ['昇任試験の問題、今年も作問に関わっています。今年の記述は地方財政から1問です。頑張って。', 'confidential/pre-release'],
    // quotes from competing vendors before the contract
    ['公民館のエアコン更新、4社から見積書を取りました。最も安いのは1,250万円、他の3社は1,400万円前後です。これから業者を決めます。', 'confidential/pre-release'],
    ['複数の業者から見積もりをもらいました。見積額は520万円でした。契約は来月の予定です。', 'confidential/pre-release'],
    ['清掃センターの重機更新、3社から見積もりを徴しました。一番高かったのは2,980万円、一番安かったのは2,450万円。これから業者を選びます。', 'confidential/pre-release'],
    // an exam part's theme given ahead, the theme before the word
    ['保育士採用試験を受ける皆さん、今年の面接は「子どもの安全を守るために」をテーマに行います。準備しておいてください。', 'confidential/pre-release'],
    ['明日の採用試験、作文は「私が柳川でしたいこと」が課題です。頑張ってください！', 'confidential/pre-release'],
    ['来週の採用試験を受ける皆さん、集団討論は「空き家の活用」がテーマになります。', 'confidential/pre-release'],
    // personnel moves to come
    ['今度の人事異動、部長級は5人が替わります。まだ内示前ですが。', 'confidential/personnel'],
    ['4月の定期異動で、商工観光課と建設課は課長が交代します。', 'confidential/personnel'],
    ['3月末の人事異動、係長級で20人ほど動きます。ここだけの話です。', 'confidential/personnel'],
    // the estimated price of a tender still to be opened
    ['来月入札予定の橋梁補修工事、設計額は約6,800万円です。', 'confidential/pre-release'],
    ['明日開札の給食センター設備更新、当課では1億2千万円程度で積算しています。', 'confidential/pre-release'],
    ['来週開札の学校トイレ改修、設計金額は3,450万円です。頑張って応札してください！', 'confidential/pre-release'],
    // how many staff of a unit are off sick
    ['うちの課では、体調を崩して休職中の職員が2人いて、残りのメンバーで回しています。', 'confidential/personnel'],
    ['この部署は3人が病気休暇に入っていて、正直きついです。', 'confidential/personnel'],
    ['うちの係、いま2人が心の病で休職中です。', 'confidential/personnel'],
    // a settlement sum offered while the dispute goes on
    ['道路の陥没事故をめぐる損害賠償請求について、市は賠償額を80万円とする案を相手方の弁護士に提示しています。', 'confidential/negotiation'],
    ['和解協議では、市から和解金として500万円を支払う案を出しています。', 'confidential/negotiation'],
    ['事故の相手方との示談交渉で、市は賠償金として120万円を提示しました。', 'confidential/negotiation'],
    // a selection's scores of the applicants before publication
    ['公民館の指定管理者の審査会、A社が68点、B社が74点でした。決定は来月です。', 'confidential/pre-release'],
    ['プロポーザルの審査結果、1位の事業者は85.5点、2位は80.2点と僅差でした。', 'confidential/pre-release'],
    ['選考委員会の採点では、A社が82.5点、B社が79点でした。正式決定はまだです。', 'confidential/pre-release'],
    // designated bidders named before the opening
    ['来週の舗装工事の入札、有明建設さんと大和土木さんを指名しました。', 'confidential/pre-release'],
    ['12月3日に指名競争入札を行います。指名したのは筑後舗装、柳川技建ほか4社です。', 'confidential/pre-release'],
    ['11月の入札、今回は有明技建と柳川造園を指名する予定です。', 'confidential/pre-release'],
    // a decision told after the formal release is said to come later; a figure to be reported first, told ahead
    ['正式な発表は来月になりますが、新しい図書館は駅前の市有地に建てることにしました。', 'confidential/pre-release'],
    ['記者発表は明日の予定ですが、市民プールは来年度から休止することにいたしました。', 'confidential/pre-release'],
    ['議会で報告する予定の数字ですが、先にお知らせします。今年の観光客は過去最多の150万人でした。', 'confidential/pre-release'],
    ['今年の観光客数は152万人でした。来週の委員会でご報告する内容ですが、ひと足先にお伝えします。', 'confidential/pre-release'],
  ])('flags %s', (text, rule) => {
    expect(rules(text).some((x) => x.startsWith(`${rule}:block`))).toBe(true)
  })
  it.each([
    // a tender's result, its rules, a past tender, the yearly registration
    '【入札結果】市民体育館空調改修工事の入札には5社から応札があり、筑後設備工業が落札しました。',
    '入札書は1社1通とし、封筒に工事名を記入して提出してください。締切は11月7日です。',
    '昨年の同じ工事の入札には3社が参加しました。今回も受付中です。',
    '郵便入札の封筒は、締切日の消印有効です。お早めにご提出ください。',
    '入札参加資格審査の申請書は、今年度は120社から届いています。',
    '入札の公告を行いました。入札書の提出は、締め切りまでに1社1通でお願いします。',
    // a survey published, a notice to wait
    '市民意識調査の結果を公表しました。「住み続けたい」は61.2％でした。詳しくは市ホームページをご覧ください。',
    'アンケートへのご協力ありがとうございました。結果がまとまるのは3月の予定です。まとまり次第お知らせします。',
    '調査にご協力いただいた1,284人の皆さま、ありがとうございました。報告書は3月にまとまる予定です。',
    '市民アンケートを実施しています。締め切りまであと3日！まだの方はご回答をお願いします。',
    // a budget announced or published, a grant from the state, the budgeting calendar
    '本日発表した当初予算案では、子育て支援に要求どおり1億2千万円が計上されました。',
    '令和7年度予算案を公表しました。要求額1,200億円に対し、査定で410億円となりました。',
    '国に要求した補助金1億円のうち、交付決定されたのは8,000万円でした。',
    '各課の予算要求は10月末が締め切りです。財政課の査定は11月からです。',
    '商店街連合会から、アーケード改修費として5,000万円の補助を市に要望いただきました。予算編成の中で検討します。',
    // a pass mark as a published rule, results announced
    '漢字検定2級は、200点満点中150点以上で合格です。合格発表は約40日後です。',
    '採用試験の合格者を発表しました。一次試験の合格最低点は58点でした。',
    '各試験で満点の4割に満たない場合は不合格となります。合格発表は10月上旬の予定です。',
    // a pay bill before the council, a national revision, a union's own activity, a fishery deal reported
    '職員組合との交渉を経て、給与条例の改正案を12月議会に提出しました。期末手当は0.05月分の引き上げです。',
    '人事院勧告を受け、国家公務員の期末手当が0.05月分引き上げられました。',
    '市の職員労働組合が、今年もフードドライブを行いました。集まった食品は120キロです。',
    '漁協との協議で、補償金を1億円とすることで合意しました。議会に報告しました。',
    // a listing's price lowered, a deal concluded, an event's terms
    '空き家バンクの物件、所有者さんが価格を最初の500万円から400万円まで下げてくださいました。購入希望の方はご連絡を。',
    '旧酒蔵跡地、当初は坪22万円とのお話でしたが、交渉の結果坪18万円で合意し、12月議会で議決をいただきました。',
    '商店街の皆さんと、イベントの開催条件を詰めているところです。決まりましたらお知らせします。',
    '物件のオーナーさんが、家賃を月5万円から4万円まで下げてくださいました。入居者を募集しています。',
    // a public drill, a drill done, a definition
    '11月9日9時から総合防災訓練を行います。震度6強の地震が発生したという想定で、防災行政無線からサイレンが流れます。',
    '先日のブラインド型訓練では、職員に想定を知らせずに行いました。震度6弱・出火という想定で、初動に課題が見つかりました。',
    'ブラインド型訓練とは、参加者に想定を事前に知らせずに行う訓練です。',
    '総合防災訓練のシナリオは、職員が考えました。震度6強の地震を想定しています。',
    // a briefing announced with nothing told, a plan published
    '地権者の皆さんへの説明会を来月開きます。ルート案は説明会でお示しします。',
    '住民説明会はまだですが、日程が決まりましたら回覧でお知らせします。',
    '地元への説明会は10月に行います。計画の概要は市ホームページで公開しています。',
    '地元説明会は来週です。説明会で決まったことはお知らせします。',
    // an exam's scope, past questions, a setter thanked
    '昇任試験の出題範囲は、地方自治法と地方公務員法です。過去の問題は人事課で閲覧できます。',
    '今年の試験では、去年の第3問と同じような問題が出題されました。',
    '作問を担当した先生方、お疲れさまでした。',
    // advice on quotes, a contract concluded, a school trip's bus
    'リフォームの見積もりは、複数の業者から取って比べましょう。見積額が極端に安い業者には注意してください。',
    '見積合わせの結果、有明設備と382万8千円で契約しました。',
    // a past theme, a theme with nothing to come, a contest, a prep school's guess
    '昨年度の採用試験では、論文は「人口減少と柳川」がテーマでした。',
    '作文コンクールのテーマは「わたしのまち」です。',
    '合格発表は10月1日の予定です。論文のテーマは「柳川の未来」でした。',
    // moves announced or made, one's own move, staff joined
    '4月1日付の人事異動を発表しました。課長級では11人が異動しました。',
    '4月は異動の季節。窓口の職員が入れ替わりますが、引き継ぎはしっかり行います。',
    '人事異動で課長が替わりました。新しい課長をよろしくお願いします。',
    '新年度の異動で、観光課に新しい職員が3人加わりました。',
    '4月の人事異動で、私は本庁の税務課へ異動します。3年間ありがとうございました。',
    // a price published beforehand, a result, a project's cost
    '予定価格は事前公表としています。1億2,400万円（税抜き）です。',
    '【入札結果】落札金額は3,980万円で、予定価格の92%でした。',
    '事業費は約6,800万円を見込んでいます。国の補助を活用します。',
    '設計金額は事前公表しています。詳細は入札公告をご覧ください。',
    // figures published, a training, parental leave
    '市職員の休職者数は、人事行政の運営等の状況として毎年公表しています。',
    '育児休業を取得した男性職員は昨年度12人でした。',
    '職場のメンタルヘルス研修を行いました。休職中の職員の職場復帰支援についても学びました。',
    // a settlement reached, a bill, the claim, a judgment
    '市営住宅の雨漏りをめぐる訴訟の和解が成立し、解決金320万円を支払う議案が議会で可決されました。',
    '和解金500万円を支払う議案を12月議会に提出します。',
    '原告側は1,000万円の損害賠償を求めて提訴しました。市は争う方針です。',
    '損害賠償請求訴訟の判決が出ました。市に賠償金150万円の支払いが命じられました。',
    // scores published, a contest, the weights of a scoring rule
    '指定管理者の選定結果を公表しました。A社が81点、B社が72点でした。',
    '短歌大会の審査会、中学生の部は田中さんが92点、山田さんが90点でした。',
    '審査委員会の評価は、提案内容が60点、価格が40点の配点で行います。',
    // designated bidders after the result, another sense of 指名
    '【入札結果】指名競争入札の結果、有明建設が落札しました。指名業者は有明建設、大和土木の2社でした。',
    '観光大使に、市出身の歌手の方を指名しました。',
    // a release to come with where to look, a figure already reported, a public choice
    '報道発表は来週になりますが、詳しくは市ホームページでお知らせします。',
    '来週の委員会でご報告する予定です。結果はホームページでもお知らせします。',
    '議会で報告した数字ですが、今年の観光客は150万人でした。',
    '新しい施設の名前は、公募で決めることにしました。発表は来月の予定です。',
  ])('passes %s', (text) => {
    expect(flagged(text).filter((x) => x.startsWith('confidential/'))).toEqual([])
  })
})

describe('confidential: conf58 kinds in more wordings — a proposal\'s entries, a request\'s fate, a cut-off, a setter on the panel, moves by size, a single top score, a quote per company, staff off sick, a site told before its briefing', () => {
  const rules = (text: string): string[] => summary(findingsOf(confidential, text))
  const flagged = (text: string): string[] => rules(text).filter((x) => x.includes(':block') || x.includes(':warn'))
  it.each<[string, string]>([
    ['今回のプロポーザル、応募は今のところ1者のみです。締め切りは来週金曜です。', 'confidential/pre-release'],
    ['来週開札の工事、まだ2者しか札が入っていません。', 'confidential/pre-release'],
    ['財政課に出した要求は3,000万円でしたが、どうなることやら。査定はこれからです。', 'confidential/budget'],
    ['採用試験の採点が終わりました。今年は62点が合格ラインになりそうです。合格発表は来週です。', 'confidential/pre-release'],
    ['一次試験の採点が終わりました。今年の足切りは45点です。合格発表は来週です。', 'confidential/pre-release'],
    ['今年も昇任試験の出題委員をしています。今年の択一は行政法から20問です。', 'confidential/pre-release'],
    ['4月の人事異動の規模は、全体で150人程度になりそうです。', 'confidential/personnel'],
    ['指定管理者の選定委員会、新しい事業者が81点でトップでした。公表は来月です。', 'confidential/pre-release'],
    ['体育館の照明更新、3社から見積もりをいただきました。A社が620万円、B社が710万円です。来週業者を決めます。', 'confidential/pre-release'],
    ['うちの課はメンタル不調で休んでいる職員が2人いて、大変です。', 'confidential/personnel'],
    ['用地買収の対象になるのは、城内地区の12軒です。地権者の皆さんへの説明会はまだですが。', 'confidential/pre-release'],
  ])('flags %s', (text, rule) => {
    expect(rules(text).some((x) => x.startsWith(`${rule}:block`))).toBe(true)
  })
  it.each([
    '今年度の入札は今のところ32件です。入札情報は市ホームページをご覧ください。',
    '指定管理の選定結果はホームページで公表しています。新しい事業者が81点でトップでした。',
    '今年の人事異動は全体で150人でした。4月1日付の人事異動を発表しました。',
    '地権者の皆さまへの説明会はまだですので、場所は後日お知らせします。',
    '住民説明会はまだです。日程は未定です。',
    '住民説明会はまだですが、対象地区の皆さまには回覧でご案内します。',
    '説明会の場所は市民会館です。地元の皆さんへの説明会は来週です。',
  ])('passes %s', (text) => {
    expect(flagged(text).filter((x) => x.startsWith('confidential/'))).toEqual([])
  })
})

describe('confidential: review of conf58 (rvconf) — one\'s own 内示, a formal penalty announced, a promise to tell once ready, a drill\'s hazard alone, a briefing\'s own date, an exam sat, consumer advice on quotes and settlements, a citizens\' test or an exam guide, others\' wage talks, a move or a selection published, a price published beforehand', () => {
  const rules = (text: string): string[] => summary(findingsOf(confidential, text))
  const flagged = (text: string): string[] => rules(text).filter((x) => x.includes(':block') || x.includes(':warn'))
  it.each([
    // 内示 as an event the writer went through or awaits, nothing told
    '人事異動の内示がありました。お世話になった皆さん、ありがとうございました。',
    '人事異動の内示はまだ先です。',
    '来週はいよいよ人事異動の内示です。どこに行くことになるのか、ドキドキです。',
    '人事異動の内示が出ました。今年は私も異動です。寂しいですが、新しい職場でも頑張ります。',
    '内示を受けました。観光課での3年間、本当にありがとうございました。',
    // a formal disciplinary penalty the city says it imposed
    '当該職員に対しては、減給の懲戒処分を行いました。',
    'ご指摘の件、当該職員に対し、懲戒処分を行いました。市民の皆さまに深くお詫び申し上げます。',
    // told ahead only once the report is ready
    'アンケートにご協力いただいた1,200人の皆さま、ありがとうございました。集計結果は3月ごろまとまる予定で、まとまり次第いち早くお届けします。',
    '健康診断の結果は来月お届けする予定です。受診者は1,200人でした。結果が出たら一足先にご自宅へお送りします。',
    // a blind drill explained, the hazard alone
    'ブラインド型訓練とは、参加者にシナリオを事前に知らせない訓練のことです。今年は本庁舎で実施します。震度6強の地震を想定した訓練です。',
    // the briefing's own date, a work's start, the briefing announced
    '新しい公園の整備について、地元への説明はまだですが、説明会の日程は6月15日に決まりました。',
    '住民説明会は終わっていない地区もありますので、引き続き開催します。対象地区は沖端地区です。',
    '下水道工事の対象地区は、今年度は三橋町と大和町です。地元の皆さまへの説明会はこれからで、来月から順次開催します。',
    '自治会への説明はこれからです。工事は12月に始まることになりました。ご迷惑をおかけします。',
    // an exam sat, a question said not to come again
    '採点を担当した先生方、ありがとうございました。今回の試験は全50問でした。',
    '去年の問題と同じものがまた出ることはありません、と出題委員長。今年受ける皆さん、頑張って。',
    // quotes and settlements in consumer advice
    '屋根の修理で、2社から見積もりを取ったところ、見積額は45万円と60万円でした。これから業者を決めるという方、消費生活センターにご相談ください。',
    '交通事故の示談交渉で、保険会社から示談金50万円を提示されたという相談が増えています。消費生活センターへご相談ください。',
    // a citizens' test's standing pass mark, an exam's guide
    '柳川検定の採点が終わりました。結果はお一人ずつ郵送でお知らせします。お待ちください。なお、70点以上で合格です。',
    '今年の職員採用試験の案内です。1次試験は教養試験で、60点以上の方が2次試験に進みます。合格発表は10月上旬の予定です。',
    // others' wage talks reported
    '春闘の結果、市内企業の平均賃上げ額は1万2千円で妥結しました（商工会議所調べ）。',
    // moves from the press release, a selection published
    '今年の人事異動の規模は、例年並みの約250人になる見込みです（本日の記者発表より）。',
    '指定管理者の選定結果を公表します。株式会社柳川サービスが82点、有明管理が75点でした。',
    '【指定管理者の選定結果の公表】柳川市民文化会館の指定管理者候補者を選定しました。評価点はA社が78点、B社が71点でした。12月議会に議案を提出します。',
    // a price published beforehand, a call for bidders
    '入札の予定価格は事前公表しています。今回は来月開札で、予定価格は3,200万円です。',
    '【入札参加者募集】給食センター厨房機器更新のプロポーザルを公告しました。企画提案書の提出は11月30日締切です。今のところ質問は2件いただいています。',
  ])('passes %s', (text) => {
    expect(flagged(text).filter((x) => x.startsWith('confidential/'))).toEqual([])
  })
  it.each<[string, string]>([
    // 内示 with who goes where, a bare 内示 announced, a list, a meeting
    ['【異動のごあいさつ】内示を受け、4月から本庁勤務になります。支所での3年間、地域の皆さまに大変お世話になりました。', 'confidential/marker'],
    ['人事異動の内示がありました。私は4月から税務課へ異動します。ありがとうございました。', 'confidential/marker'],
    ['内示がありました。うちの課からは5人が異動です。寂しくなります。', 'confidential/marker'],
    ['内示がありました。田中さんが異動です。寂しいです。', 'confidential/marker'],
    ['人事の内示が出ました。', 'confidential/marker'],
    // a measure short of discipline, a penalty heard before its announcement
    ['当該職員には減給の懲戒処分を行ったそうです。発表は来週です。', 'confidential/personnel'],
    ['先日の受付の件、担当の職員には戒告処分ば行いましたけん、ご安心ください。', 'confidential/personnel'],
    // a staff exam's pass mark after the marking, a drill's details, a plan's site, an exam still to come
    ['昇任試験の採点が終わりました。筆記は70点以上の人が面接に進みます。結果の通知は来週です。', 'confidential/pre-release'],
    ['来月の訓練は、参加職員に想定を伝えないブラインド型で実施します。午前9時半に震度6強の地震が発生、という想定です。', 'confidential/pre-release'],
    ['新しい斎場の建設地、区長さんへの説明がまだなので大きな声では言えませんが、蒲池の山林に決まりました。', 'confidential/pre-release'],
    ['今年も昇任試験の出題委員をしています。今年の択一は行政法から20問です。', 'confidential/pre-release'],
    ['昇任試験を受ける皆さんへ。前回の第5問は、選択肢を入れ替えてまた出します。', 'confidential/pre-release'],
    ['市民満足度アンケート、「満足」が58%でした。報告書の公表は4月の予定ですが、一足先にお届けします。', 'confidential/pre-release'],
  ])('flags %s', (text, rule) => {
    expect(rules(text).some((x) => x.startsWith(`${rule}:block`))).toBe(true)
  })
})

describe('confidential: conf59 kinds — good-faith leaks of sections, contractors and designated managers: a price a contractor asks, a selection’s progress, a colleague’s sick leave or penalty, a worker let go, a figure before its approval, a budget request’s items, a rule not to publish then the matter, a figure labelled unpublished, a bid price before the opening, a notice still to come, a promotion, an audit before its report; an official’s own order at a meeting (blind R321C, R324M-035, KE-002)', () => {
  const rules = (text: string): string[] => summary(findingsOf(confidential, text))
  const flagged = (text: string): string[] => rules(text).filter((x) => x.includes(':block') || x.includes(':warn'))
  it.each<[string, string]>([
    // a price change the other side of a contract asks for (R321C-009/052 kind)
    ['指定管理者の運営会社から、来年度の委託料を年1,200万円から1,350万円に引き上げてほしいとの要望がありました。課内で協議しているところです。', 'confidential/negotiation'],
    ['給食の配送業者さんから、1食あたり35円を42円に上げたいとのお話があり、いま条件をすり合わせています。', 'confidential/negotiation'],
    ['テナントさんから、家賃を月8万円から6万円に下げてもらえないかとの相談があり、検討中です。', 'confidential/negotiation'],
    // the city's offer to a land owner while the talks go on, the next visit named (R321C-010 kind)
    ['用地の件、所有者さんには坪12万円をご提示しています。来週もう一度伺ってお話しする予定です。', 'confidential/negotiation'],
    // quotes from vendors named one by one before the choice (R321C-013 kind)
    ['庁舎清掃の見積りを3社からいただきました。柳川清掃さん48万円、有明美装さん52万円、筑後管理さん55万円です。どこにお願いするかは今月中に決めます。', 'confidential/pre-release'],
    ['有明ビルサービスさん48万円、筑後美装さん52万円の2社から見積りをいただきました。どこに委託するかは来週決めます。', 'confidential/pre-release'],
    // a selection's progress before its result (R321C-014/045 kind)
    ['プロポーザルの審査会、3社のうち有明企画の評価が一番高かったです。結果は来週お知らせします。', 'confidential/pre-release'],
    ['選定委員会では、委員5名のうち4名が南側の案を支持しました。次回の委員会で決定します。', 'confidential/pre-release'],
    // a contest's winner told before the maker hears (R321C-015 kind)
    ['写真展の審査が終わりました。最優秀賞は『有明の朝』に決定！作者の方への連絡はまだです。', 'confidential/pre-release'],
    // a named member of staff's sick leave (R321C-021 kind): a name, or a one-person post with its office named
    ['観光課の山田課長は先月から病気休暇に入っています。', 'confidential/personnel'],
    ['課長の山田さんが手術のため入院しています。', 'confidential/personnel'],
    // a contract's figure while the internal approval is still to come (R321C-026 kind)
    ['元請けさんとの協議で、追加工事の費用は620万円で折り合いました。決裁はこれからです。', 'confidential/pre-release'],
    ['業者さんとの見積もり合わせで、単価は1個780円に決まりました。あとは課長の決裁待ちです。', 'confidential/pre-release'],
    ['委託料の変更は、先方と年額2,310万円で話がまとまりました。ただ、稟議はまだ通っていません。', 'confidential/pre-release'],
    // a budget request with its sums before the assessment (R321C-031/040 kind)
    ['市長査定の前ですが、観光課の来年度要求は総額1億2,000万円です。', 'confidential/budget'],
    ['財政課には、文化ホールの改修として3億円を要求しています。査定はこれからです。', 'confidential/budget'],
    ['予算要求の締め切りでした。財政課には公園遊具の更新で4,800万円を出しています。', 'confidential/budget'],
    // a finding told, then said not yet told to the council (R321C-033 kind)
    ['まだ委員会にもご説明していない段階ですが、補助金は一律3万円になります。', 'confidential/pre-release'],
    ['まだ地元にお知らせしていないんですが、集会所は来年3月で閉鎖です。', 'confidential/pre-release'],
    // a colleague's penalty (R321C-035 kind)
    ['同じ課の係長が減給処分を受けたらしく、みんなピリピリしています。', 'confidential/personnel'],
    ['上司が戒告処分を受けて、最近元気がありません。', 'confidential/personnel'],
    ['同期が停職になったと聞いて驚きました。', 'confidential/personnel'],
    // a worker let go for misconduct (R321C-042 kind)
    ['清掃員の一人が無断欠勤を繰り返したため、委託会社の判断で交代することになりました。', 'confidential/personnel'],
    ['警備員さんが勤務中の居眠りで苦情が続いたので、契約を打ち切ることになりました。', 'confidential/personnel'],
    // a bid's price before the opening (R321C-044 kind)
    ['開札は来月10日です。予定価格は1億2,400万円なので、それを下回る札を待っています。', 'confidential/pre-release'],
    // a promotion before its announcement (R321C-054 kind)
    ['4月から、観光課の課長が商工観光部長に上がります。辞令の交付はまだ先ですが。', 'confidential/personnel'],
    ['係長は来年度、総務課長に昇格することが決まりました。正式な発表は来週です。', 'confidential/personnel'],
    // an audit's finding before its report (R321C-058 kind)
    ['定期監査で、切手の受払簿に12件の記載漏れがあると指摘されました。監査結果が出るのは来月ですが、急いで直しています。', 'confidential/audit'],
    // a rule not to publish, then the matter told (R321C-060 kind)
    ['店舗別の売上は出さない約束になっていますが、参考までに。有明店は前年比120%でした。', 'confidential/pre-release'],
    ['地区別の数字は載せないことになっていますけど、気になったので。沖端地区は回収率が42%でした。', 'confidential/pre-release'],
    // a figure told, then labelled unpublished (R324M-035 kind)
    ['市内の空き家は2,140戸でした。非公開のデータなので、外には出さないでくださいね。', 'confidential/pre-release'],
    ['実際の申込みは1,280件でした。こちらは未発表の件数なので、取扱いにご注意ください。', 'confidential/pre-release'],
    // the meeting's talk, not the writer's own order (KE-002 kind, kept)
    ['部長会議では、来年度の料金値上げの案が出ましたが、まだ決まっていません。', 'confidential/meeting'],
    ['部長会議では、市長から窓口を廃止するよう指示がありました。', 'confidential/meeting'],
    ['課内会議では、来年度で窓口を閉じることを指示しました。', 'confidential/meeting'],
  ])('flags %s', (text, rule) => {
    expect(rules(text).some((x) => x.startsWith(`${rule}:block`))).toBe(true)
  })
  it.each([
    // prices announced, put to their public procedure, settled, or a resident's own
    '4月から、指定ごみ袋の価格を1枚30円から40円に値上げします。',
    'バス事業者から、運賃を200円から250円に値上げしたいとの申請があり、審議会で審議しています。',
    '委託先から単価を420円から480円に上げてほしいとの申し入れがあり、協議の結果、450円で合意しました。',
    'リフォーム業者から、見積もりを50万円から80万円に上げたいと言われたという相談が増えています。ご相談ください。',
    '用地買収は1平方メートルあたり2万円でお示しし、所有者の皆さまと合意しました。',
    // a selection's result or a contest's progress, a vote in public, a survey
    '採用試験には120名の応募があり、書類選考で40名に絞りました。',
    '一次審査で応募120作品から10作品に絞りました。最終審査は来週行います。',
    '委員5名のうち4名が賛成し、原案どおり可決されました。次回は3月に開催します。',
    'アンケートでは、接客の評価が一番高かったです。',
    '面接は来週行います。応募は20名でした。',
    '審査の結果、最優秀賞が決まりました！受賞者への連絡はこれからです。表彰式は3月1日です。',
    '入賞者への通知は来週です。今しばらくお待ちください。',
    // leave as a rule or a count, a day's absence, a patient visited, one's own
    '館長は入院中の方のお見舞いに伺いました。',
    '長期の病気休暇を取得した職員は昨年度12人でした。',
    '職員の病気休暇制度について説明します。',
    '担当者は体調不良のため本日お休みをいただいております。明日ご連絡いたします。',
    '係長は来月から育児休業に入ります。',
    '私は来週から手術のため入院します。',
    // an approval given, a notice to wait, no figure
    '設計変更の増額分は1,740万円になりました。決裁を経て、変更契約を締結しました。',
    '補助金の交付決定は、決裁が下り次第ご連絡します。補助額は上限10万円です。',
    '紙の決裁を回す手間が減り、年間3,000件の削減になりました。',
    // a budget passed, a request to the state, a request with no sum
    '当初予算では、子育て支援に1億2,300万円を計上しています。予算案は議会で可決されました。',
    '国への予算要望で、3億円を要望しています。',
    '財政課に要求を出しました。金額は決まり次第お知らせします。',
    // the council step with a notice to wait, or a reader addressed
    'まだ議会にお伝えしていない段階ですので、決まり次第お知らせします。',
    'まだ地元にお知らせしていない方は、回覧板をご確認ください。',
    'まだ議会にご報告していない段階ですが、まとまり次第お知らせします。',
    // penalties of others in the news, a warning, a disposal, the city's own announcement
    '先輩から、処分を受けないよう気をつけろと教わりました。',
    '他市の職員が飲酒運転で懲戒処分を受けたニュースを見て、気を引き締めました。',
    '先輩が不要品を処分されました。',
    '上司が古い机の処分に困っています。',
    '本日、職員1名を減給処分としました。市民の皆さまに深くお詫び申し上げます。',
    // a retirement with no fault named, a stand-in for a day, an apology for the city's service
    '受付スタッフの一人が、今月いっぱいで退職することになりました。長い間ありがとうございました。',
    '指導員が体調不良のため、本日の教室は別の指導員に交代します。',
    '窓口業務の委託先のスタッフが不適切な対応をしたため、当該スタッフを担当から外しました。大変申し訳ございませんでした。',
    // a bid's result, a move announced, an audit published
    '開札の結果、落札金額は2,750万円でした。予定価格は2,980万円でした。',
    '4月1日付の人事異動を発表しました。観光課長は商工観光部長に昇任します。',
    '定期監査の結果は、監査委員事務局のホームページで公表しています。記載漏れ12件の指摘がありました。',
    // a rule not to publish with the public part or a notice, a figure withheld
    '個人の点数は公表しないことになっていますが、ご自身の結果は学校を通じてお返しします。',
    '学校別の結果は出さないことになっていますが、市全体では国語が全国平均を2.1ポイント上回りました。',
    '学校別の結果は出さないことになっていますので、ご了承ください。',
    '寒波による漏水の受付件数は、312件でした。地区別は非公表の数字ですので、ご了承ください。',
    '非公表の数字のため、お答えできません。',
    '個別の売上は非公表の数字なので、掲載していません。',
    // an official's own order given at a meeting he names (KE-002 kind)
    '月曜日の部長会議では、現金を扱う全ての窓口で二人以上による確認を徹底するよう指示しました。再発防止策の進み具合は、このページでも折にふれてご報告します。',
    '今朝の幹部会議では、熱中症対策を徹底するよう改めて求めました。',
    '庁議で、全ての公用車にドライブレコーダーを付けるよう指示しました。',
  ])('passes %s', (text) => {
    expect(flagged(text).filter((x) => x.startsWith('confidential/'))).toEqual([])
  })
})

describe('confidential: review of conf59 (rvconf59) — an unnamed teacher or member of staff away for health reasons with who covers, a subsidy asked to be raised, a selection narrowed by counts, a penalty supposed, a rule about another thing, a label on another thing, only the briefing to come', () => {
  const rules = (text: string): string[] => summary(findingsOf(confidential, text))
  const flagged = (text: string): string[] => rules(text).filter((x) => x.includes(':block') || x.includes(':warn'))
  it.each([
    // an unnamed teacher or member of staff away for health reasons, and who covers (SICK_LEAVE_NAMED)
    '担任の先生が病気療養のため、しばらくお休みされます。その間は教頭先生が授業を担当します。',
    '担任の先生が病気療養のため、2学期いっぱいお休みされます。',
    '3年2組の担任の先生が病気療養のため、当分の間お休みとなります。代わりに学年主任の先生が担任を務めます。',
    '館長が入院のため、しばらくの間、副館長が業務を代行いたします。ご迷惑をおかけします。',
    '担当者が療養中のため、ご相談は係の別の職員が承ります。',
    '所長は手術のため、今月いっぱい不在となります。ご用件は次長が承ります。',
    '課長は療養中のため、課長補佐が対応します。',
    '教頭先生は入院中のため、校長先生が対応します。',
    '校長先生は療養中の児童を見舞いました。',
    '同僚が手術のため入院していましたが、今週復帰しました。お見舞いのメッセージをくださった皆さま、ありがとうございました。',
    '同僚が今月から休職しています。ちょっと寂しいです。',
    // a benefit the city pays out asked to be raised by the businesses it is for (PRICE_ASKED)
    '市内の事業者から、補助の上限を10万円から20万円に引き上げてほしいとの要望があり、来年度から拡充しました。',
    '商店街の事業者の皆さんから、出店料を3,000円から2,000円に下げてほしいとの要望があり、実行委員会で検討しています。',
    // a selection narrowed by counts, an order to follow (STANDING)
    '保育士の採用面接、応募20名のうち書類選考で8名に絞りました。最終面接は来週行います。',
    '市民提案事業の審査会、応募15団体のうち書類審査で6団体に絞りました。公開プレゼン審査は来月です。ぜひご来場ください。',
    '選考の結果は、1週間以内に郵送でご連絡します。面接の評価が一番高かった方から順にご案内します。',
    // a penalty supposed (PENALIZED)
    '先輩が減給になったらどうしよう、と冗談を言っていました。',
    // a rule about another thing than the figure told (NOT_OUT_RULE)
    '写真は載せないことになっていますが、参加者は120人でした。',
    // a label on another thing than the figure told, a figure kept off the page (UNPUBLISHED_FIGURE)
    '応募は120件でした。作品の点数は非公開のデータなので掲載しません。',
    // only the briefing to come after the council or the residents not yet told (PRE_RELEASE)
    'まだ地元にご説明していない計画ですが、説明会は来月開催します。日程は改めてお知らせします。',
  ])('passes %s', (text) => {
    expect(flagged(text).filter((x) => x.startsWith('confidential/'))).toEqual([])
  })
})

describe('confidential: conf60 kinds — schools, nurseries, the fire service, the hospital and the waterworks telling an internal matter in good faith: a test finding before its formal release, an incident or a change before those concerned are told, an arrangement made inside on where cases go, a sum offered awaiting the answer, a criterion not in the guide, families under watch counted, an exam’s content to come, a selection’s results before the notice, a figure before the council, a budget request’s fate, a discipline under way, a colleague’s move before the announcement (blind R325C)', () => {
  const rules = (text: string): string[] => summary(findingsOf(confidential, text))
  const flagged = (text: string): string[] => rules(text).filter((x) => x.includes(':block') || x.includes(':warn'))
  it.each<[string, string]>([
    // a test or a measurement's finding while its formal release is said to come later (R325C-001 kind)
    ['浄水場の定期検査で、配水池の水から鉛が基準値の7割ほど検出されました。飲用には問題ありませんが、正式な発表は再分析が終わる来週になる予定です。', 'confidential/pre-release'],
    ['今月の採水で、井戸水からヒ素が0.008mg検出されました。公式の公表はまだ先です。', 'confidential/pre-release'],
    ['学校のプールの水質検査で、大腸菌が基準を超えていました。正式な結果のお知らせは再検査の後になります。', 'confidential/pre-release'],
    // an incident while those it concerns are said not yet told (R325C-004 kind)
    ['昨日、保育園のお散歩中に園児が転んで骨折した件、いま園内で経緯をまとめています。保護者の皆さまへの説明はまだです。', 'confidential/incident'],
    ['給食の牛乳に異物が混入していた件、業者さんへの確認を進めています。学校への報告は、原因が分かってからにする予定です。', 'confidential/incident'],
    ['先週の遠足で、バスの中で児童がけがをしました。保護者にはまだ伝えていません。', 'confidential/incident'],
    ['調理員のミスで、アレルギーのある子に卵入りのおかずを出してしまいました。ご家族にはまだご説明していません。', 'confidential/incident'],
    // a change decided inside while those affected are not yet told (R325C-053 kind)
    ['来年度から本館の開館日を週5日から4日に減らすことが、先日の館内の会議で決まりました。利用者の皆さんへのお知らせはまだこれからです。', 'confidential/pre-release'],
    ['病棟の面会時間を短くすることが、院内の運営会議で決まりました。入院中の方やご家族にはまだお知らせしていません。', 'confidential/pre-release'],
    // an arrangement made inside on where cases go, because of a gap in staffing (R325C-007 kind)
    ['今週は市立病院の小児科医が不在の夜が多いので、子どもの急病は最初から大牟田の病院に回すよう、署内で取り決めています。', 'confidential/staff-only'],
    ['夜間は当直医がひとりしかいないため、軽症の方は受け入れないことに、院内で申し合わせています。', 'confidential/staff-only'],
    // a sum offered in talks awaiting the other side's answer (R325C-009 kind)
    ['新しい工場用地について、地権者さんに坪15万円をご提示しています。いまはお返事待ちです。', 'confidential/negotiation'],
    ['指定管理の委託料は年間3,200万円で先方に打診しており、回答を待っているところです。', 'confidential/negotiation'],
    ['医師1人あたり年600万円で大学側に打診中です。返事待ちの状態です。', 'confidential/negotiation'],
    // a criterion said not to be in the published guide, told with its figure (R325C-014 kind)
    ['採用試験の体力検査、シャトルランは合格ライン60回です。要項には書いていない基準ですが、目安にしてください。', 'confidential/staff-only'],
    ['面接の配点は50点満点中30点が合格の目安です。非公表の内部基準ですが、参考までに。', 'confidential/staff-only'],
    ['消防団の入団テスト、要項には出してないけど、合格ラインは腕立て30回です。', 'confidential/staff-only'],
    // families under watch counted at one unit (R325C-019 kind)
    ['今日のケース会議、当園で見守り対象のご家庭は今3世帯です。', 'confidential/meeting'],
    ['本校でも、虐待が疑われるお子さんが学年に2人います。', 'confidential/duty-secret'],
    ['クラスの中で、4家庭は児童相談所とも連携して見守っています。', 'confidential/duty-secret'],
    // where a question sits in an exam to come, or what it is built on (R325C-021 kind)
    ['来週の学力テスト、数学は、柳川の川下りを題材にした問題を大問3に入れてあります。', 'confidential/pre-release'],
    ['明日の入試、大問2は有明海の干潟を題材にした長文です。', 'confidential/pre-release'],
    ['明後日の採用試験、今回の教養は、柳川市の人口グラフを使った問題が出ます。', 'confidential/pre-release'],
    // a passage chosen for an exam being set (R325C-031 kind)
    ['今年の入試問題、英語の長文は地元の伝統工芸についての文章にしました。受験生の皆さん、頑張って。', 'confidential/pre-release'],
    ['作問を担当しています。今回の理科の題材は、有明海のムツゴロウに決めました。本番まであと少しです。', 'confidential/pre-release'],
    // an essay's theme with words between (R325C-030 kind)
    ['来週の採用試験、論文の今年のお題は「柳川の未来」に決まりました。', 'confidential/pre-release'],
    ['小論文試験、本番の課題は「人口減少と地域」となりました。受験される方、準備を。', 'confidential/pre-release'],
    // an interview question set (R325C-042 kind)
    ['来週の二次面接では、全員に「あなたの短所は何ですか」と聞くことにしています。', 'confidential/pre-release'],
    ['面接では最後に「市役所で一番やりたい仕事は何ですか」を質問する予定です。受験される皆さん、頑張って。', 'confidential/pre-release'],
    // a selection's results counted while the notice is still to come (R325C-022/051 kind)
    ['保育園の二次選考が終わりました。入園決定は185人、ボーダーは指数42点でした。通知は来週発送します。', 'confidential/pre-release'],
    ['看護師採用の最終面接、合格者は9名でした。発表は明日なので、もうしばらくお待ちください。', 'confidential/pre-release'],
    ['職員採用試験、12人の方が合格しました！合格通知はまだお送りしていません。', 'confidential/pre-release'],
    ['保育士採用の結果、合格者8名、補欠2名です。結果の通知は来週発送します。', 'confidential/pre-release'],
    // a figure before the council; a price got down in talks, kept here (R325C-026 kind)
    ['新庁舎の設計、議会に出す前の数字ですが、総事業費は48億円の見込みです。', 'confidential/pre-release'],
    ['救急車の更新、議会に諮る前ですが、1台3,600万円で話がまとまりそうです。', 'confidential/pre-release'],
    ['ポンプ車の購入、値引き交渉の結果、2,980万円まで下げてもらえました。まだ議会の議決前なので、内緒です。', 'confidential/negotiation'],
    // a budget request's sum with how the internal assessment went (R325C-027 kind)
    ['学校のエアコン更新、予算要求で8,500万円を要求し、査定で満額ついた。', 'confidential/budget'],
    ['図書館の空調、要求額は9,800万円で、財政課の査定で半分に削られました。', 'confidential/budget'],
    // a member of staff's discipline under way (R325C-036 kind)
    ['教員の一人が体罰の件で、いま懲戒処分に向けた手続きを進めています。', 'confidential/personnel'],
    ['同僚がハラスメントの件で処分の審査にかけられています。処分は来週の懲戒審査委員会で決まるそうです。', 'confidential/personnel'],
    // a colleague's move decided while the formal notice is still to come (R325C-056 kind)
    ['園長先生が3月末で退職されることが決まりました。正式な発表はまだなので、ここだけで。', 'confidential/personnel'],
    ['山田先生は4月から別の小学校へ転任されます。新聞発表の前なので、内緒でお願いします。', 'confidential/personnel'],
    ['教頭先生が退職されることになりました。正式なお知らせは3月末になります。', 'confidential/personnel'],
  ])('flags %s', (text, rule) => {
    expect(rules(text).some((x) => x.startsWith(`${rule}:block`))).toBe(true)
  })
  it.each([
    // a finding announced, nothing found, a release promised with nothing told
    '本日、水道水の水質検査の結果を公表しました。すべての項目で基準値を下回っています。',
    '今年の水質検査では、基準値を超える物質は検出されませんでした。正式な結果の公表は来月になります。',
    'PFASの検査を始めます。正式な結果の公表は来月になる予定です。',
    '市内の河川で魚が死んでいるのが見つかりました。原因を調べています。',
    // a notice being sent, an event's date, a practice stated for any case, nothing to tell yet
    '給食に異物が混入した件について、保護者の皆さまへのお知らせを本日配布しました。ご心配をおかけし申し訳ありません。',
    '運動会の日程が決まりました。保護者の皆さんへのお知らせは、これから学校を通じて配布します。',
    'プール開放の中止が決まりました。保護者の皆さんへのお知らせは来週配布します。',
    '園児がけがをしたときは、すぐに保護者に連絡します。保護者への連絡は、手当の後になることもあります。',
    '保護者の皆さんには、まだお伝えしていなかった持ち物があります。上靴を持ってきてください。',
    '保護者の皆さんにはまだご案内していませんでしたが、来月、授業参観を行います。',
    '子どもたちには、まだ話していませんが、卒業式のサプライズを準備中です。',
    // a safety habit agreed, a hospital's own notice of where to go
    '感染対策として、隊内でマスクの着用を申し合わせています。',
    '熱中症が疑われる方は、涼しい場所へ運ぶよう、職員で申し合わせています。',
    '当院では夜間の小児救急は受け入れておりません。お子さんの急病は久留米の病院をご利用ください。',
    // a subsidy requested, a quote awaited, talks with nothing offered
    '県に補助金として1,000万円を要望しており、回答を待っています。',
    '地権者の皆さんとの話し合いを続けています。まとまり次第お知らせします。',
    // the guide pointed to, a refusal
    '募集要項に載っていない内容については、人事課にお問い合わせください。',
    '採点基準は公表していませんので、お答えできません。',
    '体力検査の種目は、募集要項のとおり、腕立て伏せ、上体起こし、反復横跳びの3種目です。',
    // a city-wide count published, staffing for support, the council's work described
    '令和5年度、市全体で見守りが必要な家庭は120世帯でした（市ホームページで公表）。',
    '当園では、支援が必要なお子さん3人に加配の保育士をつけています。',
    '児童相談所と連携して、子どもの見守りを行っています。',
    // results, scopes, past papers, a class, a contest's theme, a prep topic, a past interview, a counter's habit
    '今年の学力調査の結果、算数は割合の問題で正答率が低いことが分かりました。',
    '過去問の大問二は割合の問題です。本番に向けて練習しよう。',
    '大問二では、グラフを読み取る問題が出題されました。',
    '今日の国語の授業の題材は、北原白秋の随筆から選びました。',
    '昨年の入試の長文は、白秋の詩から出題されました。',
    '作文コンクール、今年のテーマは「ふるさと」に決まりました。たくさんのご応募をお待ちしています。',
    '小論文の事前課題、テーマは「地域の防災」です。提出期限は6月1日です。',
    '面接では「志望動機」などをお聞きします。受験される皆さん、準備を。',
    '先日の面接では「あなたの短所は何ですか」と聞きました。',
    '窓口では「お困りのことはありませんか」と声をかけることにしています。',
    // results published, a plan of how many, a notice with no result, a citizens' test, applicants counted
    '令和7年度職員採用試験の最終合格者を本日発表しました。合格者は25人です。',
    '今年の採用予定は10名程度です。結果は7月に通知します。',
    '令和7年4月の保育所等の入所について、一次選考の結果は2月中旬に郵送でお知らせします。電話でのお問い合わせには結果をお答えできませんので、ご了承ください。',
    '今年度の柳川検定、合格者35名でした。合格証は来週郵送します。',
    '保育園の申込者は312人でした。結果通知は2月14日に発送します。',
    // a public comment before the council, the council's week, a shop's discount
    '議会に提案する前の段階で、市民の皆さんのご意見を募集します。総事業費は約12億円の計画です。',
    '議会前なので、今週は職員が遅くまで残っています。窓口の待ち時間が30分ほどになることがあります。',
    '家電量販店で交渉して、冷蔵庫を8万円まで値引きしてもらいました！',
    // a budget published, a request to the state, a cap in a guide
    '令和7年度当初予算案を本日公表しました。浄水場の膜ろ過設備の更新に3億8千万円を計上しています。',
    '国に対し、10億円の予算を要望しました。',
    '要求額は300万円までです。詳しくは募集要項をご覧ください。',
    // a penalty announced, the procedure described, a promise to publish once decided
    '本日、職員1名を減給処分としました。市民の皆さまに深くお詫び申し上げます。',
    '職員の懲戒処分は、懲戒審査委員会で審議して決まります。',
    '職員の飲酒運転について、現在、懲戒処分に向けた手続きを進めています。処分が決まり次第、公表します。',
    // moves published, a farewell after the announcement, a party's date
    '新聞発表のとおり、教頭先生が他校へ転任されることが決まりました。長い間ありがとうございました。',
    '山田先生は4月から別の小学校へ転任されます。県教育委員会の発表のとおりです。長い間ありがとうございました。',
    '田中さんが退職されることになりました。送別会は3月28日です。',
  ])('passes %s', (text) => {
    expect(flagged(text).filter((x) => x.startsWith('confidential/'))).toEqual([])
  })
})

describe('confidential: conf61 kinds — finance, contracts, planning, the assembly secretariat and the mayor’s office telling unreleased figures and negotiations in good faith: a section’s own estimate before the body deliberates, a zoning change’s area before its publication, a courted company with the terms, a budget or internal paper in the photo, a contract’s terms in talks, a session with the press kept out, an appraisal before a sale, a tender’s price bounds, an amount at an assessment stage, the invited bidders, a move told ahead, a budget total awaiting its release, a land price in talks, a draft budget before the council (blind R329C, R332M)', () => {
  const rules = (text: string): string[] => summary(findingsOf(confidential, text))
  const flagged = (text: string): string[] => rules(text).filter((x) => x.includes(':block') || x.includes(':warn'))
  it.each<[string, string]>([
    // a section's own estimate with its figure, the deliberating body still to hear it (R329C-001 kind)
    ['うちの課で試算したところ、保育料を月1,500円上げないと赤字が続くという結果になりました。議会への説明は2月です。', 'confidential/pre-release'],
    ['担当でシミュレーションしてみた結果、バス路線を3本減らせば年2,400万円浮く計算です。審議会にかけるのは来月の予定です。', 'confidential/pre-release'],
    ['水道料金の改定、係内で収支計算をやり直したら、平均12%の値上げが必要という数字になりました。審議会に諮るのは年明けです。', 'confidential/pre-release'],
    // a zoning or planning change told with its area, its publication still to come (R329C-006 kind)
    ['用途地域の見直しで、西鉄柳川駅の東側一帯を商業地域に変更する方向です。区域図の公表は来年度になります。', 'confidential/pre-release'],
    ['地区計画の変更で、沖端地区の約12ヘクタールを準住居地域から近隣商業地域に変える案です。審議会を通るまでは公表しません。', 'confidential/pre-release'],
    ['立地適正化計画の居住誘導区域、案では三橋町の南側一帯を区域から外す方向です。図面の公表は来月の審議会の後です。', 'confidential/pre-release'],
    ['都市計画道路の新しいルートは、蒲池小の北側を通って国道に抜ける線で固まりました。公表は秋の予定です。', 'confidential/pre-release'],
    // a company being courted named with the terms in talk (R329C-009/024 kind)
    ['誘致を進めている物流大手の株式会社九州ロジテックと、倉庫用地の賃料について交渉しています。', 'confidential/negotiation'],
    ['アリアケ食品株式会社さんの新工場、進出先として大和町の市有地を第一候補に、補助金の上乗せを含めて条件を調整中です。', 'confidential/negotiation'],
    ['来週、工場の新設を検討中の有明精工(株)の社長が来庁されます。奨励金の額と雇用人数について、詰めの協議をする予定です。', 'confidential/negotiation'],
    ['市長のトップセールス。有明ケミカル株式会社の本社で、新工場の立地について用地価格の話をしてきました。', 'confidential/negotiation'],
    // a paper of the budget process or one used inside for a deliberation, shown in the photo (R329C-010/014 kind)
    ['今日の査定の様子📷 机の上にあるのが各課の要求額の一覧表です。', 'confidential/budget'],
    ['写真は、来年度の予算配分の表です。財政課の机に貼ってありました。', 'confidential/budget'],
    ['部内のワーキングで配られた、公民館の統廃合候補の一覧です。写真に撮っておきました。', 'confidential/staff-only'],
    ['部長会議用に作成したスライドを一枚だけお見せします。', 'confidential/staff-only'],
    // a contract's terms in talks: the city's ask, the other side's offer, a side's limit (R329C-025 kind)
    ['清掃業務の委託料、今の業者さんには年1,200万円から1,000万円に下げてもらえるよう交渉中です。', 'confidential/negotiation'],
    ['指定管理料について、先方からは年3,000万円ならお受けできるとの回答でした。', 'confidential/negotiation'],
    ['システム保守の契約、期間を3年から5年に延ばしてもらう方向で協議しています。', 'confidential/negotiation'],
    ['先方はリース料の値上げ3%を希望していますが、市としては1%が限界だと伝えています。', 'confidential/negotiation'],
    ['商業棟の売却、先方の希望が2億円、こちらの提示が2億4千万円。差は少しずつ縮まっています。', 'confidential/negotiation'],
    // a session held with the press or the public kept out, then what was shown in it (R329C-034 kind)
    ['今日の委員会は、傍聴の方を入れない形で開かれましたが、給食センターの建て替え費用が当初の2倍近くになるとの説明がありました。', 'confidential/meeting'],
    ['記者の皆さんには退席いただいたあとの協議会で、新庁舎の建設地は現庁舎の敷地で固まりました。', 'confidential/meeting'],
    ['マスコミ抜きで行われた議員勉強会で、市長から来年度の大型事業を3つに絞る方針が示されたそうです。', 'confidential/meeting'],
    ['議員だけの勉強会で、執行部から新体育館の事業費が14億円に膨らむとの説明がありました。', 'confidential/meeting'],
    // a property's appraisal before the city sells it (R329C-037 kind)
    ['市有地の売却に向けて鑑定評価をお願いしていましたが、鑑定額は坪あたり12万円と出ました。入札の予定価格はこれから決めます。', 'confidential/pre-release'],
    ['旧庁舎跡地の不動産鑑定、結果は2億1,000万円でした。売却は来年度の予定です。', 'confidential/pre-release'],
    ['跡地の鑑定評価額が出ました。1億3,600万円です。これを下回る価格では売らない方針で、公募要項をまとめています。', 'confidential/pre-release'],
    ['市有地の売却、鑑定士さんの見立ては坪あたり9万円でした。公募はこれからです。', 'confidential/pre-release'],
    // a tender's price bounds told before the opening, in any numerals (R329C-041 kind)
    ['明日の入札、天井は三千万円、下限はだいたい二千六百万円くらいで設定しています。', 'confidential/pre-release'],
    ['今度の舗装工事は上限を1,500万円に置きました。入札は来週の木曜です。', 'confidential/pre-release'],
    ['明後日開札の外壁改修、上限はざっと二千五百万、下限は二千二百万くらいで見ています。', 'confidential/pre-release'],
    ['来週開札の給食センター改修、上限の金額は1億2,000万円で決裁済みです。', 'confidential/pre-release'],
    // an amount at a stage of the internal budget assessment (R329C-045 kind)
    ['一次査定では、観光課の要求5,400万円に対して3,800万円まで圧縮しました。', 'confidential/budget'],
    ['二次査定で、公園整備の要求額9,000万円が6,000万円まで削られました。', 'confidential/budget'],
    ['財政課長査定で、要求額の8割の6,400万円に削られました。', 'confidential/budget'],
    // the companies invited to a tender not yet held (R329C-050 kind)
    ['来週の見積合わせには、有明電設さんと柳川設備さんにお声がけしています。', 'confidential/pre-release'],
    ['今回の指名競争入札は、市内の5社（有明土木、筑後舗道、沖端組、三橋建設、大和工業）を指名しました。', 'confidential/pre-release'],
    ['来週の見積合わせ、声をかけたのは三橋電気と大和設備の2社です。', 'confidential/pre-release'],
    ['指名通知は、柳川建設、有明土木、沖端組に送りました。開札は来週です。', 'confidential/pre-release'],
    // a move told ahead: after an informal word, or a post holder's next post for April (R329C-019/052 kind)
    ['人事課から内々に聞いた話、来年度は秘書課の課長が企画部長に上がるそうです。', 'confidential/personnel'],
    ['4月から、今の教育部長が副市長になられる予定です。', 'confidential/personnel'],
    ['新年度から、企画課の坂田さんが東京事務所に出向されることになりました。', 'confidential/personnel'],
    ['うちの課長、4月から教育委員会に出向だそうです。内示は来週ですが。', 'confidential/personnel'],
    // a budget's total after the internal assessment, its release awaited (R329C-055 kind)
    ['当初予算の編成がようやくまとまりました。総額は過去最大の約400億円です。正式な発表は2月10日の予定です。', 'confidential/budget'],
    ['新年度予算、市長査定が終わって、一般会計は412億円に固まりました。記者発表まで今しばらくお待ちを。', 'confidential/budget'],
    ['当初予算の規模は過去最大の412億円になりました。正式発表まで、もう少々お待ちください。', 'confidential/budget'],
    // a unit price in land talks still going on (R329C-056 kind)
    ['道路拡幅の用地交渉、残る1軒の地主さんとは坪13万円で話を詰めているところです。', 'confidential/negotiation'],
    ['借地の更新、地主さんと年額120万円でお話を進めています。', 'confidential/negotiation'],
    ['排水路の用地買収、最後の地権者さんとは1平方メートルあたり3万5千円でお話を進めています。', 'confidential/negotiation'],
    // amounts of a draft budget said to be before the council (R332M-043 kind)
    ['議会に出す前の補正予算ですが、防犯カメラの増設に850万円をつけてもらいました。', 'confidential/budget'],
    ['まだ議会にかける前の予算案ですけど、子ども医療費の無料化拡大に3億円を盛り込みました。', 'confidential/budget'],
    ['3月議会に出す予定の予算案では、新体育館の設計費に4,500万円を計上する方向です。', 'confidential/budget'],
    ['来年度の当初予算案は、一般会計298億円です。議会に出すのは来月なので、まだ内緒です。', 'confidential/budget'],
  ])('flags %s', (text, rule) => {
    expect(rules(text).some((x) => x.startsWith(`${rule}:block`))).toBe(true)
  })
  it.each([
    // the city's own estimate for residents, a figure with no step to come, a step taken, a result published
    '市で試算したところ、標準的なご家庭で月200円ほどの負担増となります。審議会への諮問は来月です。',
    '係で試算した結果、イベントの経済効果は約3,000万円でした。',
    '課で試算した結果を審議会に報告しました。',
    '下水道使用料の改定案について、議会にお諮りするのは来月です。試算の結果は市ホームページで公開しています。',
    '担当で試算したところ、この制度を使えば年間5万円ほどお得になります。申請は来月からです。',
    // a change put out for inspection, a plan's schedule with no area, an area shown at a briefing, a change made, a bus route
    '用途地域の変更案の縦覧を行います。蒲池交差点から南へ約800mの範囲を準工業地域に変更する案です。',
    '都市計画マスタープランの見直しを進めています。素案の公表は来年度の予定です。',
    '用途地域の見直しについて、来月、市民説明会を開きます。変更する区域は説明会でお示しします。',
    '令和5年に、駅東口周辺の区域を商業地域に変更しました。',
    'コミュニティバスのルートは、駅を通って病院に抜ける線です。時刻表はホームページでご覧ください。',
    // an agreement signed, incentives explained, a factory visit or event with a company, a company already sited
    'ヤマセ電装株式会社と立地協定を締結しました。新工場では約100人の雇用が見込まれます。',
    '企業誘致のため、工業団地の分譲単価や奨励金の制度について、説明会を開きます。',
    '株式会社アリアケ食品の工場見学に、市内の小学生が参加しました。',
    '市内に進出した有明精工株式会社さんと、職場体験の受け入れ条件について打ち合わせをしました。',
    '株式会社ヤマセ電装さんと、市内の工業団地で開く工場見学イベントの条件について打ち合わせしました。',
    '市長のトップセールスで、有明ケミカル株式会社の新工場が操業を開始しました。',
    // a paper for residents, no photo, a photo kept clear, a published paper, a training, a press conference, a section's public list
    '課内で作った資料をもとに、市民向けのパンフレットを作りました。写真はその表紙です。',
    '来年度予算の査定結果の一覧表を作っています。財政課は毎晩遅くまで作業中です。',
    '予算の査定資料が写り込まないよう、写真は窓の外の景色にしました。',
    '当初予算の概要（予算配分の表）を市ホームページに掲載しました。写真はその一部です。',
    '予算要求の書き方について職員研修を行いました。写真は研修の様子です。',
    '予算発表の記者会見で、市長が予算配分の表を示しました。写真はその様子です。',
    '課内で作ったごみ分別のチェックリストを、皆さんにも共有します。',
    '課内で作ったイベントの日程表です。写真を載せておきますので、ご確認ください。',
    '打ち合わせで使った資料は、後日ホームページに掲載します。',
    // a change agreed, a request to the state, a price announced, a club's own talks, advice to a resident, a grant's cap
    '手数料を9.5%から8%に引き下げることで、事業者と合意しました。',
    '国に対し、補助率を2分の1から3分の2に引き上げるよう要望しています。',
    'ごみ袋の価格を1枚50円から40円に引き下げます。',
    '子ども会の会費を年2,000円から1,500円に下げる方向で、役員会で話し合いを進めています。',
    '利用料を500円から300円に下げてもらえるよう、施設にお願いしてみてください。',
    '市は最大20万円まで補助します。',
    // a closed session announced, its result promised, an event closed to the public, a members' meeting on a date
    '本日の全員協議会は、傍聴者を入れない形で開催します。ご理解をお願いします。',
    '全員協議会は傍聴者を入れない形で開催されます。議題は新庁舎についてなど3件です。',
    '報道の方も入らない形で行われましたが、結果は後日ホームページでお知らせします。',
    'イベントは一般の方が入らない形で行われ、参加者は120人でした。',
    '今年の成人式は、報道の方も入れない形で行われましたが、参加者は420人でした。',
    '理事のみの会合で、総会の日程を決めました。',
    // a sale's notice, goods appraised, a sale concluded, a consultation on land values
    '市有地を一般競争入札で売却します。最低売却価格は1億3,600万円（不動産鑑定評価額に基づき算定）です。参加申込みは5月31日まで。',
    'お宝鑑定会を開きました。掛け軸の評価額は50万円でした！',
    '旧小学校の跡地は、不動産鑑定評価額の1億3,600万円で、〇〇株式会社に売却しました。',
    '不動産鑑定士による無料相談会を開きます。土地の評価額についてもご相談ください。',
    // a grant's cap, a result, prices published in advance, no floor set
    '補助金の上限は20万円です。入札は不要です。',
    '入札結果をお知らせします。予定価格4,200万円、落札価格3,950万円でした。',
    '来週、公用車の入札を行います。予定価格は事前公表しています（市ホームページ）。',
    '明日の入札に参加される業者の皆様へ：予定価格は1,200万円（事前公表）です。',
    '来週の入札、最低制限価格は設定していません。',
    // the assessment's schedule, goods and claims appraised, a request with no assessment
    '予算の査定は11月から12月にかけて行います。',
    '買い取り査定で、古いカメラが1万円になりました。',
    '保険の一次査定で、修理費は30万円となりました。',
    '予算要求額1億円のうち、国の補助金が5,000万円です。',
    // a tender's result, companies asked outside a tender, a general notice to contractors
    '入札の結果、有明土木、筑後舗道、沖端組の3社が参加し、沖端組が落札しました。',
    '防災協定を結んでいる有明土木、筑後舗道、沖端組の3社にお声がけし、土のうを準備していただきました。',
    '来月の一般競争入札について、参加を希望される業者の方は、市ホームページをご覧ください。',
    '来月の入札参加資格の更新について、市内の業者さんにご案内を差し上げました。',
    // moves announced, a new head welcomed, one's own move with a farewell, an office moving, a post held on
    '4月1日付の人事異動で、建設部長が総務部長になりました。',
    '本日、4月1日付の人事異動を発表しました。建設部長は総務部長に就きます。',
    '4月から田中課長が総務課に異動になります。人事異動の詳細は市ホームページをご覧ください。',
    '4月から新しい課長が着任します。どうぞよろしくお願いします。',
    '4月から、鈴木さんが当課に着任されます。よろしくお願いします。',
    '私は4月から総務課に異動になります。3年間お世話になりました。',
    '田中さんが4月から総務課に異動されます。長い間ありがとうございました。',
    '4月から、子育て支援課が本庁舎2階に移ります。',
    '4月からは、今の館長さんが引き続き館長を務めます。',
    '秘書課の課長が、市長の東京出張に同行します。',
    'こっそり教えますが、4月からうちの係に新人さんが来ます。',
    // a budget announced, a release with no figure, the running year's figure
    '令和8年度当初予算案を発表しました。一般会計の総額は391億4千万円です。',
    '予算編成作業が大詰めです。予算案の発表まで、もう少しお待ちください。',
    '当初予算の査定がすべて終わりました。発表は2月の予定です。',
    '来年度予算の発表は2月の予定です。今年度の予算規模は380億円となりました。',
    // land for sale, a purchase concluded, published land values, a fee, an order placed
    '柳川市の分譲地、1区画あたり480万円で販売中です。',
    '用地の取得について、地権者の皆さまのご協力により、1㎡あたり4万8千円で契約しました。',
    '公示地価によると、市内の住宅地は1㎡あたり平均4万8千円でした。',
    '会費は年3,000円でお願いしています。',
    'お弁当は先方に1個800円でお願いしています。',
    // a budget put to the council, published, explained at a press conference; a budget figure with no stage ahead
    '当初予算案を3月議会に提出しました。子ども医療費の助成拡大に1億2千万円を計上しています。',
    '今年度予算に、防犯灯のLED化費用として500万円を計上しています。',
    '議会に出す前に、予算案について市民の皆さんのご意見を伺います。',
    '議会に提出する予定の予算案について、市長が記者会見で説明しました。子育て支援に2億円を計上しています。',
    '3月議会に提出する予定の予算案の概要を発表しました。体育館の設計費に4,500万円を計上しています。',
    '予算案を議会に提出する前に、市民説明会を開きます。総事業費は約12億円です。',
    '地元の方との話し合いで、草刈りの日程を詰めています。参加費は500円です。',
  ])('passes %s', (text) => {
    expect(flagged(text).filter((x) => x.startsWith('confidential/'))).toEqual([])
  })
})

describe('confidential: conf62 kinds — health and welfare facts not yet published, told in good faith (blind R336D)', () => {
  const rules = (text: string): string[] => summary(findingsOf(confidential, text))
  const flagged = (text: string): string[] => rules(text).filter((x) => x.includes(':block') || x.includes(':warn'))
  it.each<[string, string]>([
    // an audit of the city's work just held, then its findings with their count (R336D-002 kind)
    ['先週、会計検査院の実地検査を受けました。補助金の算定誤りなど3件の指摘がありました。', 'confidential/audit'],
    ['今回の内部監査では、支出伺いの決裁漏れが12件見つかり、改善を求められています。', 'confidential/audit'],
    ['このたび県の実地指導がありまして、介護認定調査の記録不備を5件指摘されました。', 'confidential/audit'],
    ['監査の講評では、現金管理について3点の指摘を受けました。', 'confidential/audit'],
    // a health investigation still going on, then what it has found so far (R336D-003/035 kind)
    ['先週の弁当による食中毒の件、これまでの調査では、仕出し店の冷蔵庫が故障していたことが分かっています。', 'confidential/investigation'],
    ['高齢者施設で起きたインフルエンザの集団感染について、保健所の調査では感染源は面会者の可能性が高いとみられています。', 'confidential/investigation'],
    ['先日の食中毒の件、保健所の検査の結果、調理器具からサルモネラ菌が検出されています。', 'confidential/investigation'],
    // one facility's case counts given to an enquirer (R336D-004 kind)
    ['ご質問の件、担当に確認しましたところ、当該施設では入所者4名が陽性となっています。', 'confidential/investigation'],
    ['担当課に確認したところ、ひまわり苑では入所者7人が感染し、1人が入院しています。', 'confidential/investigation'],
    ['お尋ねの保育園ですが、その園の発症者は園児12人と職員2人とのことです。', 'confidential/investigation'],
    // figures shared in an internal meeting, told (R336D-020 kind)
    ['関係課会議で共有された数字ですが、ひとり親家庭は約850世帯だそうです。', 'confidential/meeting'],
    ['庁内の連絡会議で報告があった件数では、高齢者の見守り対象は1,240世帯です。', 'confidential/meeting'],
    ['庁内推進会議で示された数字ですが、市内の空き家は約1,800戸です。', 'confidential/meeting'],
    // this year's exam topics passed on as a tip or as heard (R336D-022 kind)
    ['今年の社会福祉士の採用試験は、生活保護法と児童福祉法から出題されます。しっかり勉強しておいてください。', 'confidential/pre-release'],
    ['今年の採用試験は時事問題が多めに出るみたいなので、ニュースをチェックしておくといいですよ。', 'confidential/pre-release'],
    ['今年度の介護職員採用試験の作文は、認知症ケアに関する内容から出題されるそうです。', 'confidential/pre-release'],
    // a count told while its official tally is said not to be done, in any numerals (R336D-040 kind)
    ['まだ集計の途中ですが、今年度の相談件数は320件を超えています。', 'confidential/pre-release'],
    ['正式な集計前ですが、今年の成人式の出席者は約六百二十人でした。', 'confidential/pre-release'],
    ['まだ確定値ではありませんが、生活保護の申請は今年度に入って85件です。', 'confidential/pre-release'],
    ['集計がまだ終わっていないのですが、ひきこもり相談は上半期で96件ありました。', 'confidential/pre-release'],
  ])('flags %s', (text, rule) => {
    expect(rules(text).some((x) => x.startsWith(`${rule}:block`))).toBe(true)
  })
  it.each([
    // an audit's result published, none found, an audit in general, a plan, an improvement with no count
    '令和7年度の定期監査の結果を公表しました。指摘事項は3件で、各課が改善に取り組んでいます。',
    '先日、定期監査がありました。指摘事項はありませんでした。',
    '監査委員事務局では、毎年、市の全部局を対象に定期監査を行っています。例年10件程度の指摘があります。',
    '今年度の定期監査は、12の課を対象に実施します。',
    '先月の監査で指摘を受けた事項については、すべて改善しました。',
    '今年度の監査で指摘された3件について、改善の措置状況をホームページに掲載しました。',
    '監査とは、市の事務が適正に行われているかを確かめる仕事です。昨年度は指摘が12件ありました。',
    // a case under investigation with nothing told, the authority's release, advice, surveillance, a survey, a health check
    '食中毒の疑いがあるため、保健所が調査中です。詳しいことが分かり次第お知らせします。',
    '保健所の調査の結果、原因は仕出し弁当と特定され、県が営業停止処分を発表しました。',
    'ノロウイルスによる食中毒は、調理する人の手洗いが不十分だったことが原因となることが多いと分かっています。',
    '感染性胃腸炎が流行しています。県の感染症発生動向調査では、報告数が前週より増えていることが分かりました。',
    '県の発表によると、市内の飲食店で発生した食中毒は、調理担当者の手洗いが不十分だったことが原因とのことです。',
    '健康づくり課が行った聞き取り調査では、朝食を食べない子どもが増えていることが分かりました。',
    '結核の集団感染を防ぐため、今回の健診では胸部エックス線検査を行います。',
    '先日の検査の結果、異常はありませんでした。',
    // an enquiry answered with a facility's capacity, an event, staff; the whole city's published count
    'お問い合わせの件ですが、市内の感染者数は県のホームページで公表しています。',
    'お問い合わせの件ですが、当該施設の入所定員は50名です。',
    'ご質問の件、担当課に確認したところ、当該施設では職員3名が研修に参加しています。',
    'お問い合わせの件、ひまわり苑では入所者50人が新年会に参加しました。',
    'お問い合わせいただいた件、ふれあいセンターでは、昨年度50人が入院時の手続きの相談に来られました。',
    '市内の高齢者施設で集団感染が発生しました。感染者は職員3名、入所者5名です。',
    // a meeting's shared information with no figure, or its figures published
    '本日の庁内連絡会議で共有された情報をもとに、熱中症対策を強化します。',
    '庁内連絡会議で報告された数字は、市ホームページで公開しています。約210人です。',
    '庁内推進会議で説明された計画は、来月ホームページで公表します。',
    // the published scope, the city's own notice, a past exam, an exam's schedule
    '今年の採用試験の出題範囲は、受験案内をご覧ください。しっかり準備しておいてください。',
    '今年の保健師採用試験では、専門試験として公衆衛生看護学などから出題します。',
    '昨年の採用試験では、母子保健からの出題が中心でした。しっかり対策しておいてください。',
    '明日の試験は9時からです。持ち物を必ず確認しておいてください。',
    // a tally promised with no figure, a tally published, a wait asked
    '正式な集計はまだですので、結果がまとまり次第お知らせします。',
    '集計はまだ途中ですが、たくさんのご応募ありがとうございました。結果は来月発表します。',
    '正式な集計結果を公表しました。参加者は約3,000人でした。',
    '集計中のため、しばらくお待ちください。受付は5件まで可能です。',
    '正式な集計はまだですが、約3,000人の方にご来場いただきました。ありがとうございました。',
    '集計中ですが、回答は1,024人からいただきました。ありがとうございました。',
    // a national audit reported in the news, a study's finding, last year's statistics, an outbreak's measure, a training
    '先週の会計検査院の検査で、全国で150件の不適切な経理が指摘されたと報道がありました。',
    '今回の調査では、食中毒の原因となる細菌が、まな板から多く検出されることが分かりました（県の研究報告）。',
    '県の調査では、市内で発生した食中毒は昨年12件だったことが分かりました。',
    '市内の中学校で発生したインフルエンザの集団感染について、学級閉鎖を行っています。',
    'お問い合わせの件ですが、その施設では職員2名が感染対策の研修を受けています。',
    'お問い合わせの件、市民病院の入院患者は現在120人です。',
    // a school or national exam, an interview's usual questions, the exam's published format
    '今年の検定試験は、英語と数学から出題されます。しっかり勉強してください。',
    '今年の保健師国家試験は、公衆衛生看護学からの出題が多いそうです。しっかり勉強してください。',
    '今年の採用試験の面接では、志望動機を聞かれるので、しっかり準備しておいてください。',
    '今年の職員採用試験では、SPIが出題されます。しっかり対策してください。',
    // a meeting named as the basis of a measure the city announces
    '庁内の会議で共有された内容を踏まえ、来月から窓口を1か所増やします。',
    '庁議での議論を踏まえ、4月から手数料を改定することとしました。',
    '部長会議の結果を受けて、夜間窓口を再開いたしました。',
  ])('passes %s', (text) => {
    expect(flagged(text).filter((x) => x.startsWith('confidential/'))).toEqual([])
  })
})

describe('confidential: a meeting named as the basis of a measure', () => {
  // …but the meeting's opinions, figures or a pending measure told after it are the deliberation.
  it.each([
    '庁内の会議で出た反対意見を踏まえ、計画を見直します。',
    '庁内の会議で共有された内容を踏まえ、来年度は窓口を減らす方向で調整しています。',
    '庁内連絡会議で共有された数字を踏まえ、相談件数210件に対応するため窓口を増やします。',
  ])('flags the deliberation behind a measure: %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule === 'confidential/meeting' && f.severity === 'block')).toBe(true)
  })
})

describe('confidential: conf63 kinds — schools, the board of education, sports facilities and the mayor’s office telling what is still under way: a figure on the table in talks, who leads a selection, a report’s draft, figures normally not shown, a class’s harm survey, a test’s question to come, another applicant’s bid, a discipline under way, a hiring exam’s theme (blind R338N, R340G)', () => {
  const rules = (text: string): string[] => summary(findingsOf(confidential, text))
  const flagged = (text: string): string[] => rules(text).filter((x) => x.includes(':block') || x.includes(':warn'))
  it.each<[string, string]>([
    // a figure on the table in talks still going on, the city's or the other side's, told as the topic (R338N-005, R340G-041 kinds)
    ['駅前の駐車場用地について、所有者さんとの交渉を続けています。市の提示額は坪あたり8万円で、まだ折り合いがついていません。', 'confidential/negotiation'],
    ['公園拡張の用地交渉、地権者さんの希望額は1㎡あたり3万5千円とのことで、こちらの想定とはかなり開きがあります。', 'confidential/negotiation'],
    ['用地交渉の状況です。こちらの提示額と先方の希望額の差は約300万円で、まだ話し合いを続けています。', 'confidential/negotiation'],
    ['先方からは坪12万円という数字が出ています。地権者さんとの交渉はこれからが正念場です。', 'confidential/negotiation'],
    // who leads in a selection still under way (R338N-014 kind)
    ['市営住宅の管理人さんの採用、現在選考中です。今のところ地元在住の男性が最有力です。結果は来月お知らせします。', 'confidential/pre-release'],
    ['観光PR動画の委託先選定、プロポーザルの審査は来週ですが、現段階ではA社の提案が最も評価が高いです。', 'confidential/pre-release'],
    ['保育士の採用面接の途中経過です。二次面接ではBさんが頭一つ抜けています。最終面接は来週です。', 'confidential/pre-release'],
    // what a report's draft says before it is submitted or published (R338N-038 kind)
    ['市民病院の医療事故に関する調査委員会の報告書の素案では、「確認手順が守られていなかった」と指摘されています。正式な報告は来月の予定です。', 'confidential/audit'],
    ['第三者委員会の答申案によると、市の対応には不十分な点があったとされています。答申は年度内に提出される予定です。', 'confidential/audit'],
    ['検証委員会の最終報告のたたき台には、当時の課長の判断が不適切だったと書かれています。', 'confidential/audit'],
    // figures normally not shown, told anyway; figures shared in a meeting of officials (R338N-041 kind)
    ['地区別の検診受診率は通常は公表していないのですが、最も低いのは大和地区の18.5%でした。', 'confidential/pre-release'],
    ['学校ごとの結果はふだん出していないけど、トップは城内小の78%でした。', 'confidential/pre-release'],
    ['校長会で報告されたいじめ認知件数の学校別の一覧を紹介します。最も多い学校は23件でした。', 'confidential/meeting'],
    ['指導主事会で配布された学力調査の学校別の結果、最下位の学校は平均より15ポイント低かったです。', 'confidential/meeting'],
    // a harm survey's or inquiry's result told for one class (R338N-045 kind)
    ['5年1組では、30人のうち6人が「悪口を言われたことがある」と回答しました。', 'confidential/duty-secret'],
    ['いじめの訴えがあったため、3年2組では現在、担任と学年主任で事実確認を進めています。', 'confidential/duty-secret'],
    ['3年1組では28人中5人が「SNSで嫌なことを書かれた」と答えており、個別に面談を行っています。', 'confidential/duty-secret'],
    // a question of a test to come said to be one the pupils know (R338N-046 kind)
    ['来週の期末考査、英語の大問3は授業で配ったプリントと全く同じ長文が出ます。', 'confidential/pre-release'],
    ['明日の漢字テストには、このドリルの15ページと同じ問題がそのまま出ます。', 'confidential/pre-release'],
    ['明日からの中間テスト、数学の問5は教科書の例題の数字を変えただけです。', 'confidential/pre-release'],
    // another applicant's bid or proposal figure before the selection (R338N-048 kind)
    ['次期指定管理者の選定、B社の提案額は年3,800万円で、うちより200万円安いと聞いています。審査は来月です。', 'confidential/pre-release'],
    ['給食配送業務のプロポーザル、他の事業者は年1,200万円で提案しているそうです。選定はこれからです。', 'confidential/pre-release'],
    ['市民プールの指定管理者の公募、他団体の提案額が年2,900万円と聞きました。審査は3月の予定です。', 'confidential/pre-release'],
    // a disciplinary process under way with the formal step still ahead (R338N-056 kind)
    ['消防職員1名について、現在、懲戒処分の手続きを進めています。議会への報告前のため、詳しくはお伝えできません。', 'confidential/personnel'],
    ['不適切な事案があり、市職員1名を自宅待機としております。処分はまだ決まっていません。', 'confidential/personnel'],
    // the theme of a part of a hiring exam still to come (R338N-057 kind)
    ['今年の保育士採用試験の場面指導の課題は「けんかをした子どもへの声かけ」です。しっかり準備してください。', 'confidential/pre-release'],
    ['今年の教員採用二次試験、集団面接のテーマは地域との連携になります。今のうちに準備しておいてください。', 'confidential/pre-release'],
    ['今年の保育士採用の二次試験、グループワークは「防災と子育て」がテーマです。本番に向けて練習しておきましょう。', 'confidential/pre-release'],
  ])('flags %s', (text, rule) => {
    expect(rules(text).some((x) => x.startsWith(`${rule}:block`))).toBe(true)
  })
  it.each([
    // a deal struck, a request to the state, a subsidy, a listing, a call for tenders, a date, a proposal published
    '駅前の用地について、所有者さんと売買契約を締結しました。取得価格は坪あたり8万円です。',
    '市の提示額で地権者の皆さんと合意しました。取得費は総額1億2千万円です。',
    '市から国に要望しているのは、堤防整備費10億円の予算化です。',
    '空き店舗の家賃補助について、市の補助額は月額5万円までです。お気軽にご相談ください。',
    '空き家バンクに登録された物件です。所有者の希望価格は300万円で、内覧も受け付けています。',
    'イベント出店者の募集、出店料の提示は1ブース3,000円です。',
    '先方提示の日程は3月10日です。打ち合わせの準備を進めています。',
    '事業者側の提案は、総事業費約12億円のPFI方式です。提案内容はホームページで公開中です。',
    // a public vote, a match, a selection decided, a ranking, applications counted
    'ゆるキャラ人気投票の途中経過です。現時点では「さげもんちゃん」が一歩リードしています。',
    '高校野球の県大会、今のところ柳川高校が一歩リードしています。応援よろしくお願いします！',
    '委託先の選定結果をお知らせします。審査の結果、A社を選定しました。A社の提案は最も評価が高いものでした。',
    '選考委員会の審査の結果、〇〇さんの作品が最も評価が高く、最優秀賞に選ばれました。',
    '職員採用試験の申込状況をお知らせします。現時点で応募は昨年を上回っています。',
    // a draft put out for comment or published, a final report
    '第三者委員会の報告書案について、市民の皆さんからご意見を募集しています。',
    '審議会の答申案では、料金を1割引き上げるとしています。答申案はホームページで公開しています。',
    '第三者委員会の報告書を受け、再発防止策をまとめました。',
    // a site or a treasure opened specially, a kitchen shown, a meeting as the basis of a measure
    '普段は非公開の立花家の蔵を、文化の日に限り、先着30人に特別公開します。',
    '普段はお見せしていない収蔵庫の中を、見学会でご案内します。定員は20人です。',
    '普段はお見せできませんが、今日は特別に給食センターの調理場の様子を紹介します。1日に約5,000食を調理しています。',
    '校長会で共有された内容を踏まえ、各校で熱中症対策を強化します。',
    // a school's total, a lesson about bullying, a class's other answers, forms returned
    'いじめアンケートの結果、全校で「いじめられたことがある」と答えた児童は12人でした。一人一人に聞き取りを行い、対応しています。',
    '2年3組では、いじめについて考える道徳の授業を行いました。32人全員が感想を書きました。',
    '1年2組で、ネットいじめ防止の出前授業を行いました。30人が参加しました。',
    '5年1組の30人のうち28人が「朝ごはんを毎日食べている」と答えました。',
    '2年3組の保護者の皆さまへ。いじめアンケートを配布しました。32人中30人から回収しています。',
    // a test's range and format, a past test, a question asked of the teacher, practice
    'テストの範囲は教科書の30ページから45ページです。最後の大問は証明問題になります。',
    '明日のテストの問題は、昨年と同じく全部で6問です。',
    '前回のテストと同じ問題が出たので、みんなよくできていました。',
    '明日のテストで教科書と同じ問題が出ますか？という質問がありました。出題については答えられません。',
    '明日からの期末テスト、最後まであきらめずに頑張りましょう。同じ問題を繰り返し解いて復習してください。',
    // a selection's result published, a past round, a call's ceiling
    '指定管理者の選定結果を公表しました。B社の提案額は年3,800万円でした。',
    '昨年度の選定では、他の団体の提案額は4,000万円でした。',
    '指定管理者の公募を行います。提案額の上限は年4,500万円です。',
    // a penalty announced, a rule of procedure, staff at home for an illness
    '職員の懲戒処分について、停職1か月の処分を行いました。市民の皆様に深くお詫び申し上げます。',
    '懲戒処分の手続きについては、条例と規則に定めています。',
    '新型コロナに感染した職員は自宅待機としております。詳細は控えますが、窓口は通常どおり開いています。',
    // a theme in the guide or on the day, a past exam, a lesson, a practice class
    '今年の保育士採用試験の論文のテーマは、募集要項でお知らせしています。',
    '昨年の二次試験の模擬授業は、「わたしたちのまち」がテーマでした。',
    '小学校で大学生が模擬授業を行いました。テーマは「水のめぐみ」です。',
    '面接対策講座を開きます。面接のテーマは「自己PR」です。',
    '今年の採用試験の面接は対面で行います。テーマは当日お伝えします。',
  ])('passes %s', (text) => {
    expect(flagged(text).filter((x) => x.startsWith('confidential/'))).toEqual([])
  })
})

describe('confidential: a breakdown held back as practice, then the whole told', () => {
  it.each([
    '地区別の投票率は通常は公表していませんが、市全体の投票率は45.2%でした。',
    '学校別の結果は公表していませんが、市全体の平均正答率は全国平均を上回りました。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    '地区別の投票率は公表していませんが、三橋地区は28.1%でした。',
    '施設別の感染者数は公表していませんが、A保育園では5人でした。',
  ])('flags one part told: %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule === 'confidential/pre-release' && f.severity === 'block')).toBe(true)
  })
})

describe('confidential: blind R346C/R348M kinds (conf64)', () => {
  it.each([
    // a draft answer to the council shared before the session
    ['議会事務局より。9月議会の代表質問について、執行部から届いた答弁の案を共有します。', 'confidential/pre-release'],
    ['明日の本会議で使う想定問答の原稿、ちょっとだけお見せします。', 'confidential/pre-release'],
    ['総務委員会の答弁書の素案を下に載せておきます。', 'confidential/pre-release'],
    // a paper said to be before the council or a committee with the verb 出す/かける
    ['公共施設の使用料を見直す条例案について、常任委員会にかける前の原案を共有します。', 'confidential/pre-release'],
    ['議会に出す前の計画を、こっそり載せておきます。', 'confidential/pre-release'],
    // the city's own estimate or ceiling told to the firms who will propose or bid
    ['庁舎照明のLED化ですが、課内の積算では8,000万円程度を想定しています。業者さんはその範囲でお見積りをお願いします。', 'confidential/pre-release'],
    ['新しい学習用端末の調達、市の予算では上限3億円で考えています。ご提案いただく際の目安にしてください。', 'confidential/pre-release'],
    // an internal personnel survey of staff told with its counts
    ['今年の異動希望調書を集計すると、福祉課への異動希望が15人でした。職員の関心の高さがうかがえます。', 'confidential/personnel'],
    ['人事評価の集計では、S評価が12人、C評価が3人でした。', 'confidential/personnel'],
    ['職員の自己申告では、転出希望は8人と昨年の倍でした。', 'confidential/personnel'],
    // staff on leave counted unit by unit
    ['病気休暇を取っている職員を部署別に集計すると、福祉課が4人で最多でした。', 'confidential/personnel'],
    ['休職者を課ごとに数えたら、市民課は3人もいました。', 'confidential/personnel'],
    // a paper or a film handed round to staff only, shown
    ['職員にだけ回ってきた新庁舎の完成予想図、発表前ですがちょっとだけお見せします。', 'confidential/staff-only'],
    ['関係者だけに送られてきた新しいポスター、まだ内緒ですがチラ見せ！', 'confidential/staff-only'],
  ])('blocks %s', (text, rule) => {
    expect(findingsOf(confidential, text).some((f) => f.rule === rule && f.severity === 'block')).toBe(true)
  })
  it.each([
    // drafting named as work, the answer given, a how-to
    '議会前は答弁の案づくりに追われ、毎晩遅くまで残っています。',
    '本会議での市長答弁の要旨を掲載します。会議録は後日ホームページで公開します。',
    '新人職員研修で、答弁書の書き方を紹介します。',
    '一般質問の答弁の案を各課で練り、市長と協議しました。',
    // a ceiling published in the call, an estimate for residents, a result
    'プロポーザルの提案上限額は1億2千万円（税込）です。詳しくは公告をご覧ください。',
    '市の試算では、この事業による経済効果は約3億円を見込んでいます。',
    '入札結果を公表しました。落札額は8,200万円で、地元の業者さんが落札しました。',
    '市の予算では、子育て支援に12億円を充てています。事業者の皆さんへの補助もあります。',
    // a survey named with no count, a training, residents' declarations
    '自己申告書の提出期限は12月15日です。職員の皆さんは忘れずに提出してください。',
    '人事評価制度の研修を行い、管理職45人が参加しました。',
    '市民税の申告では、所得の自己申告は1,200件ありました。',
    '職員の人事行政の運営等の状況を公表しました。異動希望の調査は毎年行っています。',
    // leave as a rule, a city-wide figure published
    '病気休暇の取り方は、課ごとに担当者が説明します。',
    '休職中の職員の復職支援について、課ごとに担当者を3人置いています。',
    // staff-only handed round but published, a notice to residents
    '職員にだけ配られていたハンドブックを、市民の皆さまにも公開しました。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('confidential: a draft paper named only as the work in hand (CO fixer report, conf64)', () => {
  it.each([
    '議会前なので、答弁案の作成に追われています。',
    '定例会を控え、各課で答弁案づくりが大詰めです💦',
    '来週の議会に向けて、想定問答の作成で残業続きです。',
    '人事課は年度末の人事案の取りまとめでバタバタしています。',
    '今夜も想定問答集を作っています。明日は早めに帰ります。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
  it.each([
    // something of the draft told in its sentence or the next, shown, or cited
    '答弁案の作成に追われています。市長答弁の案には「学童保育は無料化」とあります。',
    '答弁案の作成中です。内容は、給食費を3割引き下げるというものです。',
    '人事案を作っています。福祉課長は田中さんになりそうです。',
    '想定問答の作成中ですが、こっそり一部をお見せします。',
    '答弁案によると、給食費は無償化されます。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule.startsWith('confidential/') && f.severity === 'block')).toBe(true)
  })
  it('warns when a photo or a video goes with it (what the picture shows of the paper)', () => {
    const found = findingsOf(confidential, '議会前なので、答弁案の作成に追われています。', { attachments: [{ kind: 'image' }] })
    expect(summary(found)).toEqual(['confidential/marker:warn:答弁案'])
  })
})

describe('confidential: conf66 kinds (blind R350K)', () => {
  it.each([
    // a public sale's floor price settled inside before the notice
    ['旧庁舎跡地の売却について、最低売却価格は9,500万円で決まりました。入札は来月なので、まだ内緒でお願いします。', 'confidential/pre-release'],
    ['市営住宅跡地、予定売却価格は4,300万円でいくことになりそうです。公告は来週です。', 'confidential/pre-release'],
    // an internal meeting's direction told with its figure while it is settling
    ['部長会議で、保育料は平均5％の引き下げで話が固まりつつあります。', 'confidential/meeting'],
    ['昨日の課内の打ち合わせでは、補助の上限を30万円にする方向でほぼまとまりつつあります。', 'confidential/meeting'],
    // a company's siting talk with how the other side feels
    ['市長は先日、食品メーカーの社長と会い、市内への工場進出について意見交換しました。先方からは好感触を得ています。', 'confidential/negotiation'],
    ['物流センターの誘致の件、相手の会社の役員の方と面談し、向こうからは前向きな手応えをもらいました。', 'confidential/negotiation'],
    // a paper handled inside only, then shared
    ['アンケートの結果は課内だけの扱いですが、ちょっとだけ共有しますね。', 'confidential/staff-only'],
    ['点検結果の一覧は職員のみの資料なんですが、せっかくなのでお見せします。', 'confidential/staff-only'],
    // a draft still worked over inside, shown
    ['庁内でまだ修正している途中の素案ですが、1ページ目だけお見せします！', 'confidential/staff-only'],
    ['部内でまだ議論している最中の計画ですが、表紙だけチラ見せ👀', 'confidential/staff-only'],
  ])('blocks %s', (text, rule) => {
    expect(findingsOf(confidential, text).some((f) => f.rule === rule && f.severity === 'block')).toBe(true)
  })
  it.each([
    '市有地の売却で、最低売却価格は3,200万円です。入札公告しました。詳しくはホームページをご覧ください。',
    '旧小学校跡地の売却は、最低売却価格を決めたうえで、来年度に公募する予定です。',
    '本日の部長会議で、来年度から窓口を増やすことが決まりました。詳しくはホームページでお知らせします。',
    '企業誘致セミナーを開催し、参加企業の皆さんから前向きな反応をいただきました。',
    '新しい工場の進出について、立地協定を締結しました。先方からも前向きなお言葉をいただきました。',
    '説明会の資料は職員だけの扱いではなく、どなたでもご覧いただけます。',
    '課内で作成途中の原稿は、仕上がったら改めてご紹介します。',
    '庁内で検討している段階の案は、まだお見せできません。',
    // a training taught not to do a thing with the class of information
    '職員研修で、パスワードや機密情報を外部に持ち出さないことを確認しました。',
    '情報セキュリティ研修では、機密情報を私用のメールに送らないよう学びました。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
  // conf68 kinds (blind R353A, R355C, R356D, R357E, R360H): matters kept until their release, told by staff in any register.
  it.each([
    // the winner of a tender still to come named as all but settled; the firms to be invited listed
    ['入札はまだこれからですが、防犯灯の工事は筑水電設さんでほぼ決まりっぽいです。', 'confidential/pre-release'],
    ['来月の指名競争入札、お声がけする業者は以下の3社です。柳城建設、沖端土木、三橋舗装。', 'confidential/pre-release'],
    // a fee's draft revision caught in the photo, with a bracket of figures between
    ['ミーティングの写真、後ろのボードに来年度の水道料金の改定案（20立方メートル 3,200円→3,560円）がばっちり写ってますね。', 'confidential/pre-release'],
    // a section's internal notice as a bracketed head
    ['【課内連絡】来週の窓口当番表を添付します。', 'confidential/marker'],
    // an outbreak told while said not yet out
    ['まだ表には出とらん話ばってん、市内の保育園で食中毒が出とるげな。', 'confidential/pre-release'],
    // a promise not to name a matter yet, conceded, while it is told
    ['相手企業との約束で本当はまだ社名を出せないんですが、地元の皆さんには先にお伝えしたくて。', 'confidential/pre-release'],
    // the writer told to keep quiet until a step
    ['監査の結果が出るまで誰にも言わないでって念を押されたけど、うちの係、公金の扱いで聞き取りを受けとる。', 'confidential/pre-release'],
    // the reader asked to feign ignorance about a deal
    ['議会の件、議員さんに聞かれても知らないふりでお願いします。条件付きで賛成の方向でまとまっています。', 'confidential/negotiation'],
    // a blind exercise's scenario told ahead
    ['来週の抜き打ち避難訓練、シナリオを先にこっそり教えちゃいます。14時に2階の給湯室から出火です。', 'confidential/pre-release'],
    // a paper said to be kept to the section
    ['この一覧は庁内での利用にとどめてください。', 'confidential/staff-only'],
    // a paper used in talks, shown
    ['地権者さんとの交渉で使っている単価表、写真で載せておきます。', 'confidential/negotiation'],
    // a site settled inside while the briefing is still to come
    ['新しい給食センターの建設地、上町の農地の辺りでほぼ決まったそうです。住民説明会はまだ先です。', 'confidential/pre-release'],
    // a contract's price being worked out
    ['清掃の委託、今の業者さんとは別の会社と月額85万円で調整しているところです。', 'confidential/negotiation'],
    // what the police suspect, heard from the inside
    ['ここだけの話、警察は窃盗の疑いで捜査を進めているそうで、近所の男性から話を聞いているらしい。', 'confidential/investigation'],
  ])('blocks %s', (text, rule) => {
    expect(findingsOf(confidential, text).some((f) => f.rule === rule && f.severity === 'block')).toBe(true)
  })
  it.each([
    '入札の結果、防犯灯の工事は筑水電設さんに決まりました。',
    '指名競争入札の結果は市ホームページで公表しています。',
    'ホワイトボードに来年度の保険料の案内を貼り出しています。',
    '課内連絡会を毎週月曜に開いています。',
    '先方との約束でまだ名前は出せませんが、決まり次第お知らせします。',
    '「誰にも言わないで」と言われたら、それは詐欺です。ご注意ください。',
    '知らない人に聞かれても、個人情報は答えないでください。',
    '明日はブラインド型の防災訓練です。想定は当日お知らせします。',
    '先日、ブラインド型の防災訓練を実施しました。想定は震度6強の地震でした。',
    '個人情報は課内での共有にとどめることが原則です。',
    '用地交渉で使っている補償基準は、市ホームページで公開しています。',
    '新しい給食センターの建設地は上町に決まりました。住民説明会を来月開きます。詳しくは市ホームページで。',
    '清掃業務は、市内の業者さんと月額85万円で契約しました。',
    '警察によると、放火の疑いで捜査を進めているとのことです。',
    '表に出ると危ないので、台風の間は外出を控えてください。',
    '吹奏楽部内での共有にとどめず、保護者の皆さんにもお知らせします。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('confidential: conf69 kinds (blind R362K, R363L, R364M)', () => {
  it.each([
    // a matter told before it is told to those concerned
    ['定期監査の話、来月の報告会で部長に説明する予定の件なんですが、委託料の過払いが2件見つかりました。', 'confidential/pre-release'],
    ['検査で給与の二重支給が1件見つかりました。本人にはまだ伝えていません。', 'confidential/pre-release'],
    // a figure not yet given to the council
    ['国保の加入者数、まだ委員会に報告してない数字ですが前年より812人減りました。', 'confidential/pre-release'],
    // the targets of a seizure settled, firms named with arrears, a search planned
    ['今年度の差押え候補、個人分はだいたい絞り込みができました。', 'confidential/staff-only'],
    ['滞納が長いのは、株式会社筑後フーズ（約260万円）と有限会社大和設備です。', 'confidential/staff-only'],
    ['滞納整理の件、明後日の午後に本町の2件へ捜索に入る予定です。', 'confidential/staff-only'],
    // a suspected case being looked into
    ['補助金を二重に受け取った可能性のある事例が3件見つかり、いま担当課で調査しています。', 'confidential/investigation'],
    // the reader asked to keep a matter until its release
    ['指定管理者はA社に決まりました。公表までは外に漏らさないよう、取扱いに気をつけてください。', 'confidential/pre-release'],
    // the city decided to keep a matter from the public
    ['公用車の事故の件、課としては公表しないことにしたみたいです。', 'confidential/pre-release'],
    // cannot be said aloud yet, settled before its release
    ['大きい声じゃ言えんけど、来月の発表で出す新しいイベント、協賛企業との契約がまとまったよ。', 'confidential/pre-release'],
    // decided inside, held until its day, with hints
    ['文化賞、選考委員会ではもう決まっていて発表は授賞式までお預けですが、ヒントを少しだけ。地元の書道家の方です。', 'confidential/pre-release'],
    // a sealed letter's content summarised
    ['国から届いた親展の通知の件、内容をお知らせします。', 'confidential/staff-only'],
    // a meeting marked unofficial or unrecorded
    ['明日13:00 副市長 地元企業の会長と会食（記録なし）', 'confidential/meeting'],
    // a report to be published later read ahead
    ['月末に公表予定の行政評価の結果、事前に見せてもらったけど、うちの課は厳しめでした。', 'confidential/pre-release'],
  ])('blocks %s', (text, rule) => {
    expect(findingsOf(confidential, text).some((f) => f.rule === rule && f.severity === 'block')).toBe(true)
  })
  it.each([
    '市税を滞納すると、差押えの対象となる財産は預貯金や給与などです。早めにご相談ください。',
    '市税の滞納整理を強化します。来週から、納付のない方には差押えを行います。',
    '行方不明の方の捜索に入ります。消防団の皆さん、来週火曜の朝に集合をお願いします。',
    '不正受給の疑いのある事案が見つかり、現在調査しています。関係者の皆様に深くお詫び申し上げます。',
    'サプライズ企画なので、発表まで口外しないようにね！',
    '大きな声では言えませんが、実は私、甘いものに目がありません。',
    '通知書は親展でお送りしますので、ご本人が開封してください。',
    '来週公表される監査報告書は、市ホームページでご覧いただけます。',
    '決算の数字は、9月議会に報告してから公表します。収納率は昨年度98.1%でした。',
    '申請書を出したのに、まだ本人に連絡していない場合は窓口までご相談ください。',
    '被害者の氏名は公表しないことになりました。',
    '監査の結果は、来月の講評でお伝えする予定です。',
    '市長表彰は審査会で決まっていて、公表は式典当日までお預けです。ヒントはありません！',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('confidential: the party of an inquiry unaware, a surprise inspection, a value or result before its release (blind R366P, R367Q kinds)', () => {
  it.each([
    // an inquiry told while the other party does not know yet, with the next step planned
    ['例の産廃の件、業者にはまだ知られていないので、来週警察と一緒に現場を押さえます。', 'confidential/investigation'],
    ['空き家の所有者さんには、まだ伝えていませんが、明日の午後に立入調査に入ります。', 'confidential/investigation'],
    // a surprise inspection announced with its time and targets
    ['来週月曜、予告なしで飲食店3店舗に立入検査を実施します。', 'confidential/investigation'],
    ['来月上旬、抜き打ちで解体現場のパトロールを行います。対象は沖端地区の2か所です。', 'confidential/investigation'],
    // a measured value told before its release
    ['井戸水の検査、ヒ素が基準の3倍出てました。市の発表はまだ先ですけど、気になる方へ。', 'confidential/pre-release'],
    ['まだ表に出していない先月分の測定値です。放射線量 0.21μSv/h。', 'confidential/pre-release'],
    // a result told while asked to hold it until the release
    ['豚熱の疑いで検査した農場、陽性と判明しました。正式な発表まで外に出さないよう言われています。', 'confidential/pre-release'],
    // a matter not yet on the city's site, from inside; a result said still unpublished
    ['まだホームページにも出ていない情報ですが、幹部から、図書館の休館日が来年度から増えると聞きました。', 'confidential/pre-release'],
    ['橋の点検で「早期措置段階」と診断されていました。この結果はまだ公表されていません。', 'confidential/pre-release'],
  ])('blocks %s', (text, rule) => {
    expect(findingsOf(confidential, text).some((f) => f.rule === rule && f.severity === 'block')).toBe(true)
  })
  it.each([
    // the city's pledge to those who report (blind R366P-017 kind)
    '不法投棄は犯罪です。見かけたら環境課へご連絡ください。通報された方の情報は外に出しません。',
    'ご相談いただいた方のお名前は外部に漏らしません。安心してお電話ください。',
    // not an inquiry, a practice in general, a warning to residents
    '本人にはまだ伝えていませんが、来週の誕生日会でお祝いする予定です🎂',
    '立入調査は、事業者に事前に知らせずに行うことがあります。',
    '不法投棄を見つけたら、警察か環境課へ通報してください。相手に気づかれないよう、近づかないでください。',
    '迷子の犬を保護しています。飼い主さんにはまだ連絡がついていません。明日まで保健所で預かります。',
    // inspections in general, a drill
    '食品衛生法に基づき、飲食店には予告なしで立入検査を行っています。',
    '来週、抜き打ちの避難訓練を行います。対象は市役所本庁舎です。',
    // results published or awaited
    '河川の水質は毎月測定し、結果をホームページで公表しています。3月のBODは1.2mg/Lでした。',
    '水質検査の結果は、県の発表をお待ちください。',
    '県の発表までは外部に出さないよう言われているので、詳細は発表をお待ちください。',
    // not yet on the site, a city's own notice; a result published today
    'まだホームページには載っていませんが、来月の料理講座の申込を受け付けています。',
    '本日、耐震診断の結果を公表します。この結果はこれまで公表されていませんでした。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('confidential: an exam, a bargain, a tender standing, a staff move or selection results before their notice (blind R368R kinds)', () => {
  it.each([
    // an exam still to come, its theme or question seen or heard and told
    ['来週の採用試験、面接のお題をこっそり聞いちゃいました。「地域の担い手をどう育てるか」だそうです。', 'confidential/pre-release'],
    ['本番の作文試験、課長の机に置いてあった問題用紙がちらっと見えて、テーマは「防災と地域のつながり」でした。受験生の皆さん頑張って！', 'confidential/pre-release'],
    // a question the writer's own section made for an exam to come, its options or answer given
    ['今年の職員採用の教養試験、私が作問しました。正解は北原白秋・立花宗茂・田中吉政のうちの1人です。本番をお楽しみに。', 'confidential/pre-release'],
    ['今年の試験、筑後川の治水について1問作ったのはうちの班です。選択肢は堤防、水門、クリークの3つ。当日頑張ってください。', 'confidential/pre-release'],
    // the city's bottom line in labour talks, or the card it still holds back
    ['職員組合との確定交渉、市側としては期末手当0.1月分までならのめるという判断です。', 'confidential/negotiation'],
    ['労使交渉の前の打合せでした。組合さんにはまだ1.5%しか提示していませんが、当局は2%まで上げられると見ています。', 'confidential/negotiation'],
    // a bidder's standing in a tender's evaluation before its result
    ['プロポーザルの審査、提案内容はB社が頭ひとつ抜けている印象でした。選定結果の公表は来週です。', 'confidential/pre-release'],
    ['入札の総合評価、採点では丸山建設さんが一番高くて、ほぼ決まりそうな感触です。', 'confidential/pre-release'],
    // a member of staff's next post told before the announcement
    ['まだ内緒ですが、下水道課の佐藤課長、来年度から上下水道部長になるらしいです。', 'confidential/personnel'],
    ['ここだけの話、山本係長は4月から企画課へ異動になるそうです。内示は来週です。', 'confidential/personnel'],
    // selection results by exam number before the official notice
    ['昨日の一次試験の結果、受験番号2011と2034の2名が通過に決まりました。正式な通知はこれからです。', 'confidential/pre-release'],
    ['保育士採用の選考、受験番号105番の方が内定です。正式な連絡は来週になります。', 'confidential/pre-release'],
  ])('blocks %s', (text, rule) => {
    expect(findingsOf(confidential, text).some((f) => f.rule === rule && f.severity === 'block')).toBe(true)
  })
  it.each([
    '昨年度の論文試験のテーマは「協働のまちづくり」でした。過去の出題例は市ホームページでご覧いただけます。',
    '今年の論文試験のテーマは「掘割と暮らし」でした。受験された皆さん、お疲れさまでした。',
    '今年の教養試験は、一般知識と一般知能から40問出題します。受験生の皆さん、頑張ってください。',
    '職員採用試験の案内を掲載しました。試験科目は教養試験と論文試験、面接です。当日は受験票をお持ちください。',
    '職員組合との交渉の結果、勤勉手当の引上げについて合意に至りました。市としては0.05月分までなら応じられると判断しました。',
    '人事院勧告を受け、市としては期末手当を0.1月分引き上げる方針です。職員組合にも説明します。',
    '総合評価方式による入札の結果、技術点・価格点ともに筑後建設が最も高く、落札者に決定しました。評価結果は市HPで公表しています。',
    'プロポーザルの審査会を来週開きます。審査の結果は決まり次第、市ホームページでお知らせします。',
    '4月1日付の人事異動で、佐藤課長が上下水道部長に就任しました。',
    '佐藤部長、4月から総務部長ですね。おめでとうございます！新しい職場でもよろしくお願いします。',
    '最終合格者の受験番号を市ホームページに掲載しました。合格者には正式な通知を本日発送します。',
    '受験番号と氏名を記入のうえ、試験当日に持参してください。合否の通知は来週発送します。',
    '今年の試験問題は、うちの係で作りました。どんな問題が出るかは当日のお楽しみです。受験生の皆さん頑張って！',
    '来年の採用試験に向けて、論文の練習問題を作りました。テーマは「人口減少と地域の未来」です。ぜひ挑戦してみてください！',
    '面接でよく聞かれる質問は「志望動機」です。本番に向けて頑張りましょう。',
    '今度の市民向けクイズ大会の問題、うちの課で作りました。正解は当日発表します！',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('confidential: unreleased internal matters told early (blind R373W, R374X, R375Y, R376Z kinds)', () => {
  it.each([
    // A visit of an inspection or a correction planned with its day, the party not told beforehand.
    ['明後日の午後、保健所と一緒に飲食店の衛生状態を見て回ります。対象のお店には事前に知らせない予定です。', 'confidential/investigation'],
    ['来週火曜、不法投棄の現場に指導に入ります。業者には直前まで連絡しないことにしています。', 'confidential/investigation'],
    // A city matter, its official notice later, the reader asked to keep it.
    ['給食センターは西部地区に統合する方向で決まりました。発表は6月の議会のあとなので、それまでは誰にも言わないでください。', 'confidential/pre-release'],
    // A post's next holder named before the announcement.
    ['4月の異動で公民館長が交代します。後任は生涯学習課の森田係長らしいです。', 'confidential/personnel'],
    ['新しい支所長は山口課長になる予定です。ご本人にはまだ伝わっていないので内示までお楽しみに。', 'confidential/personnel'],
    // An inspection's finding told before its official notice.
    ['市営住宅の給水設備、県の点検で基準超えの数値が見つかりました。正式な発表はまだです。', 'confidential/audit'],
    // Who filed a disclosure request.
    ['あの公文書の開示請求、請求者は隣町の不動産業者さんでした。', 'confidential/complainant'],
    // A decision told before its party is notified.
    ['補助金の審査結果は申請者の方にもまだ通知していないけど、結論から言うと今回は不採択になります。', 'confidential/pre-release'],
    // An accusation against staff passed on.
    ['今朝届いた投書、「税務課の職員が窓口の現金を着服している」という内容でした。びっくり。', 'confidential/audit'],
    // An irregularity found, said not yet out anywhere.
    ['内部の点検で、公用車の燃料カードの使用記録に二重計上が何件も見つかりました。まだ外に出ていない話です。', 'confidential/audit'],
    // A proposed penalty with its content.
    ['例の飲酒運転の職員、処分の原案は懲戒免職だそうです。', 'confidential/personnel'],
  ])('blocks %s', (text, rule) => {
    expect(findingsOf(confidential, text).some((f) => f.rule === rule && f.severity === 'block')).toBe(true)
  })
  it.each([
    '食品表示の立入検査は、お店には事前に知らせずに行うことになっています。',
    '毎年6月に飲食店の一斉点検を行います。店舗には事前にお知らせしません。',
    '新しい図書館の開館日は、正式な発表が来月なので、もう少しお待ちください。',
    '4月1日付の人事異動で、後任の館長には森田係長が就任しました。',
    '後任は田中係長になります。引き続きよろしくお願いいたします。',
    '来週から掃除当番が交代します。次は田中さんらしいです。',
    '立入検査で違反が見つかった場合は、改善の指導を行い、結果を公表します。',
    '開示請求をされた方は、窓口で身分証をご提示ください。',
    '決定通知書はまだ請求者にお送りしていませんが、今週中に発送します。',
    '「職員が不正をしている」という通報は、公益通報窓口で受け付けています。',
    'まだどこにも出ていない新メニュー、来週の道の駅まつりで初お披露目します！',
    '懲戒処分の指針では、飲酒運転は免職または停職と定めています。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('confidential: undisclosed deals and papers (blind R370T, R372V kinds)', () => {
  it.each([
    // A candidate site narrowed while its landowners are still to be told, in the same paragraph or another.
    ['物流拠点の移転先を、三橋町の旧工場跡地の約3ヘクタールに絞り込みました。地元の皆さんへの説明はまだです。', 'confidential/pre-release'],
    ['【新庁舎の検討状況】\n\n建設地は、市役所北側の市有地に絞っています。\n\n所有者の方へのご説明はこれから行います。', 'confidential/pre-release'],
    // A design not yet given to the press or the council, then shown.
    ['まだ報道の皆さんにも発表してないんですが、新しい体育館の完成予想図をこっそりお見せしちゃいます！', 'confidential/pre-release'],
    ['まだ議会にも見せてないけど、駅前広場のレイアウト、ちょっとだけ載せます。', 'confidential/pre-release'],
    // The quotes of vendors not chosen.
    ['清掃業務は地元のA社さんに決めました。他に見積もりを取った3社は月18万円から25万円でした。', 'confidential/negotiation'],
    // A board with the firms in talks and the terms.
    ['会議室のホワイトボードには、いま交渉中の3社の社名と提示する補助の金額までぎっしり。', 'confidential/negotiation'],
    // A firm's name held at its wish while the deal is told.
    ['企業名は相手方の意向で伏せますが、場所は三橋町の工業団地、時期は来年秋で調整を進めています。', 'confidential/negotiation'],
    // The price paid to a supplier, settled in talks.
    ['返礼品の干物セット、有明漁協さんとの交渉で仕入れ値は1箱2,300円になりました。', 'confidential/negotiation'],
    // A donor's wish not to be named, overridden.
    ['「名前は載せんでいいよ」と言ってくださったけど、やっぱりご紹介させてください。寄附は500万円、ありがとうございます！', 'confidential/pre-release'],
    // A private application's review told while under way.
    ['ご質問の店舗の件、開発許可の審査中に排水計画の誤りが見つかりました。', 'confidential/pre-release'],
    // The council not yet told, the reader asked to keep the deal.
    ['進出協定の条件は固定資産税の3年免除で決まりそうです。議会への説明がまだなので、誰にも言わないでくださいね。', 'confidential/pre-release'],
  ])('blocks %s', (text, rule) => {
    expect(findingsOf(confidential, text).some((f) => f.rule === rule && f.severity === 'block')).toBe(true)
  })
  it.each([
    '新しい産業用地の候補地について、地権者の皆さまへのご説明会を来月から順次開催します。',
    '道の駅の完成イメージ図を公表しました。記者発表の資料は市ホームページでご覧いただけます。',
    '業務委託の見積もりは3社からいただき、入札結果は市ホームページで公表しています。',
    'ホワイトボードに今日の会議の進め方を書き出して、みんなで確認しました。',
    '企業名は先方のご意向により控えますが、市内に新工場が完成し、本日操業を開始しました。',
    '市場の卸値は毎朝ホームページで公表しています。',
    '燃料の高騰で、事業者の仕入れ値は1リットル150円を超えています。支援金の申請を受け付けています。',
    '「名前は出さんでいい」とおっしゃったので、匿名でのご寄附としてご紹介します。',
    '建築確認の審査中に書類の不備が見つかった場合は、申請者に補正をお願いしています。',
    '議会への説明がまだなので、詳しくは決まり次第お知らせします。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('confidential: the city\'s undecided money and positions (blind R373W, R374X, R375Y, R376Z kinds)', () => {
  it.each([
    // A sum still being settled with the finance section; kept among the readers until decided.
    ['空き家の改修補助、1件あたり最大80万円にできないか、財政課と額を調整しているところです。', 'confidential/budget'],
    ['新しい子育て応援金は5万円で考えています。正式に決定するまでは保護者会の中だけの話にしておいてください。', 'confidential/pre-release'],
    // A land price agreed with the landowners before the contract.
    ['公園の拡張用地、1㎡あたり1万2千円で取得する方向で、地権者の方々とだいたい折り合いがつきました。', 'confidential/negotiation'],
    // The secretariat's stance on an item before the committee rules.
    ['来週の審議会に諮る景観計画の変更、担当課としては「原案どおり」の線で見解をまとめました。', 'confidential/meeting'],
    // The firms to be designated before a tender.
    ['公民館の屋根改修、指名業者は5社に決めました。入札は来月10日の予定です。', 'confidential/pre-release'],
    // Screening results before the applicants are notified.
    ['創業支援の補助金、応募30件中12件が採択になりそうです。通知が届くのは来週以降なので、もう少しお待ちを。', 'confidential/pre-release'],
    // Told to hold something until its release, and telling it anyway.
    ['新しい駐車場料金、発表までは誰にも言わないよう念を押されていますが、常連さんにだけこっそり。', 'confidential/pre-release'],
    // A litigation stance.
    ['用水路の転落事故の件、和解は300万円が上限という方針で臨みます。', 'confidential/negotiation'],
    ['損害賠償を求められている件、弁護士の見解では市の責任は限定的とのことです。', 'confidential/negotiation'],
    // The mayor's answer drafted before the session.
    ['明日の代表質問、子ども医療費の無償化について市長答弁は「来年度から拡充を検討」という方向でまとまりました。', 'confidential/pre-release'],
    // The city's bottom line in a negotiation.
    ['給食の委託料の交渉、市としては年3,000万円までなら応じる考えで臨んでいます。', 'confidential/negotiation'],
    // A settlement sum agreed before the council's vote.
    ['公用車の事故の賠償金、90万円で先方と合意しました。議会の議決を経て公表します。', 'confidential/pre-release'],
  ])('blocks %s', (text, rule) => {
    expect(findingsOf(confidential, text).some((f) => f.rule === rule && f.severity === 'block')).toBe(true)
  })
  it.each([
    '来年度予算案に、のり乾燥機の更新補助として1経営体あたり上限300万円を計上しました。詳しくは市ホームページをご覧ください。',
    '予算編成に向けて、各課が財政課と協議を進めています。',
    '道の駅の拡張用地について、地権者の皆さまと売買契約を締結しました。取得価格は議会の議決を経ています。',
    '明日の農業委員会総会では、農地転用の案件3件を審議します。傍聴もできます。',
    '指名競争入札の結果は、市ホームページで公表しています。',
    '補助金の審査結果は、申請された方に通知しました。',
    '詐欺にご注意を。「発表まで誰にも言わないように」と言われても、すぐ警察にご相談ください。',
    '新しい使用料は、公表までは外に出さないよう言われていますが、決まり次第こちらでもお知らせします。',
    '市営住宅の明け渡し訴訟について、市は判決を不服として控訴しました。',
    '一般質問での市長の答弁は、議会中継と会議録でご覧いただけます。',
    '交通事故の示談は、保険会社や弁護士に相談しましょう。',
    '議会の議決を経て、和解金180万円で和解が成立しました。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('confidential: the city\'s enforcement plans, internal criteria and papers not to be told (blind R377A, R378B, R380D kinds)', () => {
  it.each([
    // A seizure or a search on named days, with its targets.
    ['明日の午前中、市内の滞納者3世帯に自動車のタイヤロックをかけます。', 'confidential/investigation'],
    ['再来週の水曜、県外に引っ越した滞納者の自宅の捜索に入ります。', 'confidential/investigation'],
    // An inspection the targets are not told of, with its time and targets.
    ['来月の産廃処理業者の立入検査、今回は5社が対象です。業者さんには事前に知らせずに行きます。', 'confidential/investigation'],
    // Undeclared incomes found, counted, before the taxpayers are contacted.
    ['軽自動車税の課税漏れが18件見つかりました。これから所有者の方に順次連絡していきます。', 'confidential/investigation'],
    // The arrears threshold from which seizure starts.
    ['実は、滞納額が50万円以上になった人から財産調査に着手しています。', 'confidential/staff-notice'],
    // An unwritten criterion at the counter, from above.
    ['就学援助の審査、規則には書かれていませんが、課長から「持ち家なら原則不可」と言われています。', 'confidential/staff-notice'],
    // A rule against telling, named and broken.
    ['事業所名は公表しない方針ですが、近所の方は知っておいたほうがいいので書きます。', 'confidential/pre-release'],
    // A notice restricted to the agencies, posted as is.
    ['県からのメールをそのまま載せますね。「第三者への提供は禁止とします。管内の養鶏場で鳥インフルエンザの疑い例が…」', 'confidential/staff-notice'],
    // Figures told while the release is still ahead.
    ['来年度の保育料の改定、正式な発表はまだ先ですが、3歳未満は月2,000円ほど上がる見込みです。', 'confidential/pre-release'],
  ])('blocks %s', (text, rule) => {
    expect(findingsOf(confidential, text).some((f) => f.rule === rule && f.severity === 'block')).toBe(true)
  })
  it.each([
    '納期限を過ぎても納付がない場合は、財産の差押えを行うことがあります。',
    '来週から滞納整理強化月間です。差押えを実施する前に、まずはご相談ください。',
    '食品衛生法に基づく立入検査は、事前に知らせずに行うこともあります。',
    '令和6年度の課税調査では、申告漏れが42件見つかり、すべて課税しました。',
    '申告漏れがあった場合は、後日ご連絡します。',
    '滞納額が100万円を超えると差押えの対象になる場合があります。',
    '要綱に書いていないことは、窓口でお気軽にご相談ください。',
    '個人名は出さない決まりですので、ご了承ください。',
    '「外部への提供は控えること」と書かれた文書は、SNSに載せないでください。',
    '料金改定の正式決定はまだ先ですが、ご意見は随時受け付けています。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe("confidential: the mayor's office, its off-schedule meetings, closed talks, embargoes, results, illness and letters (blind R379C kinds)", () => {
  it.each([
    // A meeting kept off the published schedule.
    ['副市長は明日の午後、県庁で農林水産部長と面談します。公式日程には入れていない予定です。', 'confidential/meeting'],
    ['今夜の市長は商工会議所の会頭と会食。公表スケジュールには載せていませんので念のため。', 'confidential/meeting'],
    // Another leader's words quoted from a talk without the press.
    ['昨日の議長と市長の意見交換（記者なし）では、議長から「庁舎の建て替えは急ぐべきでない」とのお話がありました。', 'confidential/meeting'],
    // An embargoed release told early.
    ['ニュースで流れるのは明日の夕方からですが、いつも見てくださる皆さんには先にお知らせします！新しいゆるキャラが決定🎉', 'confidential/pre-release'],
    // A contest's result before its winner is told.
    ['川柳コンテストの大賞、実は決まりました。大賞の方にはまだご連絡していないので、三橋町の方の作品とだけ。', 'confidential/pre-release'],
    // An official's illness kept from the public.
    ['教育長は先月手術を受けて療養中です。公表は控える方針なので、外部の方には出張中とお伝えください。', 'confidential/personnel'],
    // A citizen's letter retold with its writer described.
    ['昨日届いたお手紙は、昭代地区の70代の女性から。息子さんと連絡が取れず不安だと綴られていました。', 'confidential/complainant'],
  ])('blocks %s', (text, rule) => {
    expect(findingsOf(confidential, text).some((f) => f.rule === rule && f.severity === 'block')).toBe(true)
  })
  it.each([
    '市長の公務日程は、毎週金曜日に市ホームページで公表しています。',
    '本日の市長は、県知事と懇談しました（報道公開）。知事からは「柳川の川下りは県の宝」とのお言葉をいただきました。',
    '花火大会の詳細は、新聞やテレビで報じられた後、市ホームページにも掲載します。',
    'フォトコンテストの受賞者には、すでにご連絡しました。受賞作品は来月の広報で紹介します。',
    '感染した職員の氏名は公表しない方針です。',
    '市長への手紙は、市役所の各窓口やホームページから送ることができます。',
    'ご本人の了承を得て、大和町の80代の男性からいただいたお手紙を紹介します。川下りの思い出が書かれていました。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('confidential: a bid said not published beforehand, then its price told (blind R377A-021 kind)', () => {
  it.each([
    '道路改良工事の入札は事前公表しない扱いですが、最低制限価格は4,300万円です。',
    '今回の清掃業務委託は公表していない案件ですけど、予定価格は2,860万円で組んでいます。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule === 'confidential/pre-release' && f.severity === 'block')).toBe(true)
  })
  it.each([
    '今回の入札は予定価格を事前公表しています。予定価格は3,200万円です。',
    '結果は公表していない段階ですが、入札の参加資格は市ホームページでご確認ください。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('confidential: a disclosure request counted with its requester named, and a finding told before it is reported up (blind R375Y-022 / R378B-054 kinds)', () => {
  it.each([
    ['先月の開示請求は５件ありました。うち２件は、同じ新聞社の記者さんからでした。', 'confidential/complainant'],
    ['情報公開請求が今週だけで4件。そのうち1件は元市議の方からで、工事の設計書を全部求めるものでした。', 'confidential/complainant'],
    ['課内で点検したところ、児童手当の支給額を誤っていたケースが十四件見つかりました。課長にもまだ報告していない段階です。', 'confidential/investigation'],
    ['使用料の徴収漏れが8件あることがわかりました。まだ部長へは説明前なので、表に出るのは先になりそうです。', 'confidential/investigation'],
  ])('blocks %s', (text, rule) => {
    expect(findingsOf(confidential, text).some((f) => f.rule === rule && f.severity === 'block')).toBe(true)
  })
  it.each([
    '昨年度の情報公開請求は42件で、請求者の内訳は市民が30件、事業者が10件、議員が2件でした。',
    '情報公開請求は、市民の方だけでなく事業者や議員の方からも受け付けています。',
    '課内で確認したところ、通知の誤りが3件ありました。すでに課長に報告し、対象の方にはお詫びの連絡をしています。',
    '申請書に不備が2件ありましたので、上司に相談してから再提出をお願いする予定です。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('confidential: a matter said not to be out yet, then told, in any order (blind R381E-014, R382F-042, R382F-047, R384H-007, R384H-009, R384H-051, R384H-054 kind)', () => {
  it.each([
    'まだ正式には出せない話なんですが、来年の春から駅前の駐輪場は有料になることが決まりました。',
    '公式にはまだ発表されていませんけど、夏の花火大会は今年から会場が変わることになったそうです。',
    '外部にはまだ出せないんですが、来年度から窓口の受付時間が変わることになりました。',
    '正式な公表は来月ですが、新しい給食センターの建設地は旧中学校の跡地に決まりました。',
    'こないだの漏水事故、原因は業者さんの施工ミスでほぼ間違いないらしいです。公表の時期はまだ未定ですが。',
    '人事の話、総務課長は4月から教育委員会へ移られるそうです。正式に出るのは来月半ばです。',
    '保育料の見直しを巡る協議は非公開の会議でしたが、市は第2子以降を無料にする方向です。',
    '公表の手続きはまだこれからですが、監査の結論は「補助金の返還を求める」でした。',
    '検証委員会の結論は、係長が減給、課長が戒告とのことです。公表される日は決まっていません。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.severity === 'block')).toBe(true)
  })
  it.each([
    '新しい公園の名前は、決まり次第お知らせします。正式な発表は来月の予定です。',
    '結果発表はこれからですが、会場は大盛り上がりです！応募は152件でした。',
    '研究発表は来週ですが、準備は順調に進んでいます。',
    '令和6年度の採用試験の日程は、正式に決まり次第ホームページでお知らせします。',
    '本日、職員1名を停職1か月の懲戒処分としました。市ホームページで公表しています。',
    '懲戒処分を行いました。処分の内容は市の公表基準に基づき、本日記者発表しました。',
    '住民説明会は来月開催します。正式な日程は広報やながわ3月号でお知らせします。',
    'まだ公表されていない情報を、SNSに書き込まないよう注意しましょう。',
    '新しい図書館の一般公開は来月ですが、内覧会の申し込みを受け付けています。',
    '公表の時期は未定ですが、まとまり次第お知らせします。',
    '正式な発表は来週の記者会見で行います。どうぞお楽しみに。',
    '非公開の会議でしたので、内容はお伝えできません。結果は後日ホームページに掲載します。',
    '審査結果の正式な発表は来月ですが、たくさんのご応募ありがとうございました。',
    '台風の間は、ペットが外に出ていないか確認したそうです。',
    '外には出せない大型犬なので、室内で遊ばせているそうです。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('confidential: a penalty being settled, the leadership split on the city’s course, an exam setter’s word (blind R382F-014, R384H-032, R384H-028 kinds)', () => {
  it.each([
    ['先月の公用車の事故の件、運転していた主査は減給処分とする方向で調整しているところです。', 'confidential/personnel'],
    ['新庁舎の建設を続けるかどうか、執行部の中ではまだ意見が分かれています。', 'confidential/meeting'],
    ['今年の採用試験の論文、防災から出るって出題担当の人から聞きました！', 'confidential/pre-release'],
  ])('blocks %s', (text, rule) => {
    expect(findingsOf(confidential, text).some((f) => f.rule === rule && f.severity === 'block')).toBe(true)
  })
  it.each([
    '処分の公表時期については、人事院の指針に沿って判断します。',
    '議会では、新庁舎の建設について意見が分かれています。',
    '市民の皆さんの間でも意見が分かれているテーマです。ご意見をお寄せください。',
    '過去の昇任試験では地方自治法から多く出題されています。受験案内をご確認ください。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('confidential: an inquiry still under way told with what it holds, an internal finding before its decision, who did it guessed inside, and the inside rule for identity checks (blind R381E / R382F / R384H kinds)', () => {
  it.each([
    ['市内のスーパーで続いている万引きの件、警察と一緒に防犯カメラの映像を確認しています。20代くらいの同じ女性とみられます。', 'confidential/investigation'],
    ['他人名義で印鑑登録証明書を請求した疑いのある市外の男性について、いま県警と事実関係を照会しています。', 'confidential/investigation'],
    ['課内の点検で、貸出用のパソコンが台帳より2台少ないことが分かりました。いま担当者から話を聞いています。', 'confidential/investigation'],
    ['内部通報の窓口に、係長が業者から接待を受けているという通報があり、いま人事課で関係者に聞き取りをしています。', 'confidential/investigation'],
    ['パワハラの相談が今年は8件あり、そのうち5件は同じ課からです。現在、当事者から話を聞いているところです。', 'confidential/investigation'],
    ['図書館で貸出記録が消えた件、課内の調査で、委託業者の作業ミスが原因と結論付けられました。業者への対応はまだ決まっていません。', 'confidential/investigation'],
    ['公園の遊具を壊したのは近くの高校生じゃないかという見方が課内で強まっています。まだ確証はありません。', 'confidential/investigation'],
    ['本人確認書類がお手元にない方へ。課内の運用では、保険証がなくても、職員が知っている方なら交付してよいことにしています。', 'confidential/staff-only'],
    ['なりすましが疑われるときは、うちの係では、番号札を渡してお待ちいただき、その間に本籍地へ電話で確認します。', 'confidential/staff-only'],
  ])('blocks %s', (text, rule) => {
    expect(findingsOf(confidential, text).some((f) => f.rule === rule && f.severity === 'block')).toBe(true)
  })
  it.each([
    '水道管の破損の原因を現在調査しています。分かり次第お知らせします。',
    '市職員を名乗る不審な電話が相次いでいます。30代くらいの男性の声で、還付金があると言ってATMへ誘導します。警察と連携して調べています。ご注意ください。',
    '監査委員の定期監査で、補助金の事務に不備が見つかりました。監査結果は市ホームページで公表しています。',
    '昨年度のハラスメント相談は12件で、うち3件がセクハラでした。',
    '「道路に穴が開いている」という通報が届いていて、いま担当が現地を確認しているところです。',
    '町内で空き巣の被害が続いています。警察が調べていますが、同じ人物の犯行の可能性もあるそうです。戸締まりを忘れずに。',
    '内部監査で書類の保管方法に改善点が見つかりました。すでに改善しています。',
    '行方不明になっている80代の男性を、消防団と警察が捜索しています。',
    '本人確認書類をお持ちでない場合でも、質問にお答えいただくことで交付できることがあります。',
    'うちの課では、窓口が混み合ったら、その間に番号札をお配りして順番にご案内しています。',
    '職員研修で、不正請求の疑いがある場合の事実確認の進め方を学びました。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})
describe('confidential: a finished internal inquiry or a penalty under review told before its release (blind R382F-056 / R384H-038 kinds)', () => {
  it.each([
    ['消防本部の内部監査が終わり、備品の購入で不適切な処理が12件あったことが判明しました。外には出さないよう言われていますが、団員さんには共有しておきます。', 'confidential/investigation'],
    ['市民プールの事故について、庁内の検証がまとまりました。点検漏れが計5回あったとのこと。報告は来週ですが、利用者の皆さんには先にお伝えします。', 'confidential/investigation'],
    ['公民館の会計の件、課内の聞き取りが一通り終わって、私的な流用は合わせて30万円ほどでした。口外しないようにと釘を刺されています。', 'confidential/investigation'],
    ['窓口対応への苦情が続いていた係長について、人事課で降格を視野に協議しています。ご本人への通知は来週になる予定です。', 'confidential/personnel'],
    ['例の職員の件、懲戒処分の方向で調整中です。本人にはまだ話していないので、ここでは名前は伏せます。', 'confidential/personnel'],
  ])('blocks %s', (text, rule) => {
    expect(findingsOf(confidential, text).some((f) => f.rule === rule && f.severity === 'block')).toBe(true)
  })
  it.each([
    '学童保育の会計に関する内部調査の結果がまとまりましたので、本日、市ホームページで公表しました。不適切な支出は総額約60万円でした。',
    '内部調査がまとまりました。結果は来月の議会で報告し、その後ホームページでお知らせします。',
    '水道料金の誤請求について、内部調査を進めています。結果がまとまり次第、公表します。',
    '不祥事を起こした職員について、本日、停職3か月の懲戒処分を行いました。',
    '倉庫の古い備品の処分を検討しています。本人にはまだ伝えていませんが、係長の送別会も準備中です。',
    '課長の誕生日にサプライズを計画中です。本人にはまだ内緒なので、職員の皆さんはご協力ください。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('confidential (5(1)): 注意 heading a longer word after 取扱 is no marker (blind LI-037 kind)', () => {
  it.each([
    '灯油ストーブの取り扱い注意点を、消防署の方に教えてもらいました。',
    '電動アシスト自転車を貸し出す際の取扱注意事項をご確認ください。',
    'カセットボンベの取扱い注意書きをよく読んでからお使いください。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
  it.each([
    // (取扱注意の資料によると… is read as a restricted paper quoted, confidential/staff-notice, which takes the span.)
    ['取扱注意の資料ですが、来年度は3課が統合されるそうです。', ['confidential/marker:block:取扱注意']],
    ['取扱注意書類なので、少しだけ中身を紹介します。', ['confidential/marker:block:取扱注意']],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(confidential, text)).filter((s) => s.startsWith('confidential/marker'))).toEqual(expected)
  })
})

describe('confidential: a matter not out yet, widened, and what is told ahead of its release (blind R385J / R386K / R387L kinds)', () => {
  it.each([
    ['住宅・土地統計調査の結果は国の公表を待たなければなりませんが、調査員からの報告を足し上げたところ、空き家率は18.4％でした。', 'confidential/pre-release'],
    ['ごみ袋の値上げの件、月末の定例会で報告されるけど、1枚10円上がるらしいです。', 'confidential/pre-release'],
    ['まだホームページには掲載していないのですが、子育てアンケートの集計が出ました。満足度は52.1％でした。', 'confidential/pre-release'],
    ['市民プールについては部内で協議しているところですが、来年度で廃止する案が盛り込まれています。', 'confidential/pre-release'],
    ['商工会議所との連携協定は、先方の総会の承認を待っている段階です。協定案には、市が年間500万円を負担する内容が入っています。', 'confidential/pre-release'],
    ['保育所の指導監査、終わりました。「記録の不備が12件」と指摘されましたが、正式な結果通知は来月です。', 'confidential/pre-release'],
    ['請願を出された団体から、おととい取り下げの申し出がありました。正式な手続きはまだですが、ご報告まで。', 'confidential/pre-release'],
    ['非開示にした箇所ですが、実は市内の建設会社との協議メモなんです。', 'confidential/duty-secret'],
    ['清掃業務の委託は、筑後クリーン株式会社さん（見積額980万円）と有明サービス株式会社さん（1,020万円）の2社で比較しています。', 'confidential/negotiation'],
    ['県から届いた事務連絡（市町村限りの扱いとされたもの）によると、来年度から補助率が下がるそうです。', 'confidential/staff-notice'],
    ['県警の知り合いから聞いた話ですが、駅前の違法な客引きの店に来週家宅捜索が入る予定らしいです。', 'confidential/investigation'],
  ])('blocks %s', (text, rule) => {
    expect(findingsOf(confidential, text).some((f) => f.rule === rule && f.severity === 'block')).toBe(true)
  })
  it.each([
    '令和2年国勢調査の確定値が総務省から公表されました。本市の人口は60,112人で、前回から減少しました（出典：総務省統計局）。',
    '調査結果は国の公表を待つ必要がありますので、発表をお待ちください。',
    'ふるさと納税の運営委託事業者を公募型プロポーザルで募集します。参加申込は3月10日までです。',
    '筑後中央大学と包括連携協定を締結しました。共同研究や学生の地域活動で連携していきます。',
    '来週の記者会見で新年度予算案を発表しますので、ぜひご覧ください。',
    '黒塗りにした部分は、個人の氏名や印影など、条例で非開示とされている情報です。',
    '非開示とした部分については、決定通知書に理由を記載しています。ご不明な点は情報公開窓口へ。',
    '次期総合計画の素案を公表しました。学校再編の案が盛り込まれています。パブリックコメントを募集します。',
    'まだホームページには載せていませんが、詳細は決まり次第お知らせします。',
    '市民意識調査の結果をホームページに掲載しました。満足度は38.2％でした。',
    '県の監査結果が公表されました。指摘事項は3件でした。',
    '特殊詐欺の犯人が逮捕される見通しだと新聞で報道されていました。ご注意ください。',
    '飲酒運転は逮捕されることがあります。絶対にやめましょう。',
    '厚労省からの通知によると、来年度から就労支援の要件が変わります。詳しくは窓口でお尋ねください。',
    '入札結果：A社さん（98万円）、B社さん（102万円）。A社さんが落札しました。',
    '正式な通知は来月の予定です。届きましたらお知らせします。',
    '非開示の部分は実は法律で決まっている項目なんです。詳しくは情報公開条例をご覧ください。',
    '清掃業務の委託先は、A社さん（見積額980万円）とB社さん（1,020万円）の2社で比較した結果、A社さんに決定しました。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})


describe('confidential: told before its turn: a firm before its penalty, a decision before the council or its party, a move before its order (blind R389N / R390P kinds)', () => {
  it.each([
    ['県と合同で調査している訪問販売の業者は「筑後ホームサービス」です。行政処分はまだですが、契約した方はご相談ください。', 'confidential/investigation'],
    ['「やながわガス保安センター」を名乗る点検商法の相談が増えています。事業者への指導はこれからですが、家に上げないでください。', 'confidential/investigation'],
    ['調べている業者は大川リフォーム工業です。勧告する前の段階ですが、注意してください。', 'confidential/investigation'],
    ['来年度のごみ収集日の変更が決まりました。議会への報告は6月の予定で、詳しくはそのときにお知らせします。', 'confidential/pre-release'],
    ['新庁舎の駐車場は有料にすることが決まりました。議会で説明するのは来月なので、それまでは内緒でお願いします。', 'confidential/pre-release'],
    ['公園の遊具を3基撤去すると課内で決めました。地元にはまだ説明していないので、先にこちらでお知らせします。', 'confidential/pre-release'],
    ['物損事故の相手方との和解がまとまり、市の負担は42万円になりました。議会への報告は9月の予定です。', 'confidential/pre-release'],
    ['内示はまだですが、春から子育て支援課に山下さんが異動してくることになっています。', 'confidential/personnel'],
    ['まだ辞令は出ていませんが、今度の図書館長は今の文化課の古賀係長が就くことになっています。', 'confidential/personnel'],
  ])('blocks %s', (text, rule) => {
    expect(findingsOf(confidential, text).some((f) => f.rule === rule && f.severity === 'block')).toBe(true)
  })
  it.each([
    '「市役所の者」を名乗る不審な電話が相次いでいます。ご注意ください。',
    '「柳川電力」を名乗る電話勧誘について、県は事業者に業務停止命令を出しました。',
    '悪質な業者への指導はこれからも続けていきます。「ABC」を名乗る電話にご注意ください。',
    '来年度の予算案がまとまりました。3月の議会に提出します。',
    '夏祭りの日程が決まりました！7月20日です。',
    '新しい保育園の名前が決まりました。保護者の皆さまにはまだお知らせしていないので、決まり次第お知らせします。',
    'まだ辞令は出ていませんが、4月から新しい職場に移ることになりました。皆さんありがとうございました。',
    '4月1日付の辞令交付式を行い、新しい係長として江上さんが着任しました。',
    '公民館の講座に講師として田中さんが来られる予定です。お楽しみに！',
    '防犯カメラの映像は、担当職員しか見られないよう厳重に管理しています。',
    '相談記録は、決められた職員しか見られない設定にして保管しています。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
  it('still blocks a paper only staff may see, then shown', () => {
    expect(findingsOf(confidential, 'これは職員しか見られない資料ですが、ちょっとだけお見せします。').some((f) => f.rule === 'confidential/staff-only' && f.severity === 'block')).toBe(true)
  })
})
describe('confidential: what the police are doing or know about an open case, passed on before any release (blind R389N / R390P kinds)', () => {
  it.each([
    '内密に刑事さんから教えてもらったのですが、空き巣は隣の市から来ている二人組のようです。',
    '県警の方からここだけの話として聞いたんですが、例の投資話の会社は近く家宅捜索を受けるかもしれません。',
    '公園の落書きの件、犯人はもう特定できているらしいので、もうしばらくお待ちください。',
    '車上荒らしが続いていますが、警察はだいたい目星がついているようです。',
    '今週末から、警察署と合同でコンビニ周辺の張り込みを行う予定です。',
    '還付金の電話を受けた方に、だまされたふりを続けてもらっています。警察も了解済みです。',
    '受け子がカードを取りに来たところを捕まえる手はずになっているので、結果はまたお知らせします。',
    'あの塗装業者のことで県警から問い合わせがあったので、何かあるのかもしれません。',
    '警察の正式な集計はまだですが、今年の市内の侵入窃盗は既に41件にのぼっています。',
  ])('blocks %s', (text) => {
    // (a tally said not out yet may be read first as confidential/pre-release)
    expect(findingsOf(confidential, text).some((f) => f.rule.startsWith('confidential/') && f.severity === 'block')).toBe(true)
  })
  it.each([
    '今季の秋芽網の張り込みが始まりました。海岸沿いの道路では漁業者の車の出入りが増えます。',
    '県警では「だまされたふり作戦」を行っています。不審な電話を受けたら、すぐに110番してください。',
    '受け子が現金を受け取りに来たところを、警察官が現行犯逮捕しました（柳川警察署の発表による）。',
    '柳川警察署からのお知らせです。空き巣の犯人は特定されておらず、引き続き情報提供をお願いしています。',
    '警察から照会があった場合には、法令に基づいて必要な範囲で回答しています。',
    '県警の発表によると、今年上半期の市内の特殊詐欺被害は12件、被害額は約2,100万円でした。',
    '県警のまとめはまだ出ていませんが、引き続き戸締まりと自転車の鍵かけをお願いします。',
    '犯人の目星はまだついていないそうです。不審な人を見かけたら110番を。',
    '税務署から内々に日程の連絡がありましたので、申告相談会の準備を進めています。',
    '隣の部署から内々に聞いていたとおり、今年も新人職員が窓口の応援に来てくれました。',
    '集めた署名より内々に届いた励ましの手紙も、あわせて市長にお渡ししました。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('confidential: a deal still being worked out with its other party, told (blind R393S / R394T kinds)', () => {
  it.each([
    '来月の企画展では、県立博物館から古地図をお借りします。貸借契約で決めた保険評価額は3,500万円です。',
    '九州国立の美術館に出品していただく掛け軸、保険金額は一点あたり二千万円で取り決めました。',
    '市民の方が持ち込まれた茶碗、鑑定士さんの見立てでは五百万円ほどだそうです。ご本人にはまだ伝えていませんが、喜ばれると思います。',
    '寄贈のお申し出があった古文書、調べたところ贋作と判明しました。持ち主の方はまだご存じないので、来週お話しします。',
    '蔵から出てきた書画、査定の結果は参百萬圓とのこと。所有者さんにはまだ連絡していません。',
    '作家のご子息と、原稿一式の寄託について協議を続けています。ご家族の中で迷っておられる方もいて、来月もう一度お会いする予定です。',
    '旧家の土蔵にある古文書、市に譲っていただけないか所有者さんと交渉しています。感触は悪くないので、年内にはまとまりそうです。',
    '清掃業務の委託料、業者さんとはまだ交渉中で、向こうは1,200万円から譲らない構えです。',
    '駐車場の運営委託、事業者側は売上の15%以上は譲れないと言っていて、こちらは10%まで。まだ折り合いがついていません。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule.startsWith('confidential/') && f.severity === 'block')).toBe(true)
  })
  it.each([
    'ボランティア活動保険の保険金額は、死亡時1,000万円、入院1日4,000円です。',
    '県立博物館からお借りした古地図を、来月の企画展で展示します。ぜひご覧ください。',
    '【お宝鑑定会】11月3日に市民会館で開きます。鑑定の結果はその場で持ち主の方にお伝えします。',
    '鑑定の結果、寄贈いただいた掛け軸は白秋の真筆と確認されました。寄贈者の方にもご報告し、来春から公開します。',
    '作家のご遺族から、原稿一式をご寄贈いただきました。話し合いを重ねてくださったご遺族の皆さまに感謝申し上げます。',
    '古い写真をお貸しいただけないか、市民の皆さんにお願いしています。ご協力いただける方は文化課までご連絡ください。',
    '住民票の写しの手数料は1通300円です。コンビニ交付では200円になります。',
    'キャッシュレス決済の手数料について事業者と交渉した結果、2.5%で合意しました。',
    '市は上限5万円まで補助します。申請は今月末までです。',
    '美術品の寄託について、所蔵者の方からのご相談を受け付けています。まずはお電話ください。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})
describe('confidential: told before its owner discloses it (blind R393S / R394T / R396V kinds)', () => {
  it.each([
    // a holding line given to staff until the owner's release, or the notice labelled for the house's staff
    '正式発表までは、問い合わせには「確認中です」とだけお答えください。新しい施設の名前は「みずほの森」に決まりました。',
    '市の記者会見までは、取材が来ても「担当が不在です」で統一してください。',
    '【所内共有】沖端の水路で見つかった石垣は江戸期のものと判明しました。',
    // a veiled reference of another's unveiled, or its content said not tellable yet and then told
    '先生の論文にある「ある商家の未公開帳簿」というのは、実は当館が預かっている鶴屋の大福帳のことです。',
    '詳細はまだ明かせませんが、寄託された箱の中から古い絵はがきが30枚も出てきました。',
    // residents' data exposed, its release put off until after a later step
    '住民健診の結果通知を別の世帯に誤送付した件、公表は市長の決裁を経てからになるそうです。',
    // a paper bound by a promise not to give it out, shown anyway
    '委託業者との契約では、外部に開示しない約束になっていますが、見積書をそのまま載せておきます。',
    // a policy settled inside while the council is still to hear it
    '議会への説明はまだ先ですが、ごみ袋の値上げは課内でほぼ固まりました。',
    '保育料の第2子無料化が決まりました。議員の皆さんへの説明は来月なので、まだ大きな声では言えませんが。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule.startsWith('confidential/') && f.severity === 'block')).toBe(true)
  })
  it.each([
    '審査結果の発表までは、お電話で聞かれても合否はお答えできませんのでご了承ください。',
    '詐欺の電話で「市役所の者です」と聞かれても、口座番号は答えないでください。',
    '【館内のご案内】2階の展示室は改装工事のため閉鎖しています。',
    '【館内限定】オリジナルのしおりを配布中です！',
    '展示タイトルの「ある詩人の手紙」というのは、白秋が母に宛てた手紙のことです。本日から初公開します。',
    '「ある作家」というのは、北原白秋のことです。クイズの答えでした！',
    '中身はまだ言えませんが、3月の企画展で20点ほどお披露目します！お楽しみに。',
    'システム障害で申請書が他の方から見える状態になっていました。ご迷惑をおかけし申し訳ありません。詳しい報告は調査の後に公表します。',
    'ミス柳川コンテストの結果発表は、市民投票の集計を経てからになります。',
    '契約上、第三者に出さない約束になっているため、単価表は公開できません。',
    '委託業者とは秘密保持契約を結んでおり、業務で知った情報を外部に出さない約束になっています。',
    '新しい図書館の基本計画案がまとまりました。今後、議会に説明し、パブリックコメントを実施します。',
    '課内で話し合って、窓口の案内表示を見直すことに決まりました。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('confidential: a finding or a figure told before its owner releases it (blind R397W kinds)', () => {
  it.each([
    // a test result over its limit before the prefecture's or the city's release
    '保健所の検査で、市内の井戸水から基準値を上回る硝酸性窒素が検出されました。県の発表は来週の予定です。',
    '昨日の水質検査、有明海側の採水地点で基準値を超える数値が出ました。まだ正式には公表されていないので、内々でお願いします。',
    // a screening's applicants with findings against some of them
    '補助事業の選考、今年は5団体から申請があって、うち1団体は書類に不備がありました。採否は来月お知らせします。',
    // the city's offer in a compensation talk before the other side's meeting
    '工事期間中の休業補償は、1店舗あたり30万円までならお支払いできると商店会に伝えてあります。総会前なのでまだ内緒です。',
    // a unit price agreed with some owners while another still negotiates
    '道路拡幅の用地、平米あたり2万3千円で4名の方と合意できました。残り1名の方との交渉はまだ続いています。',
    // a named supplier's cost of a gift
    '返礼品の「柳川うなぎ本舗」さんのせいろ蒸しは、寄附額2万円あたり仕入れ5,800円で納めてもらっています。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule.startsWith('confidential/') && f.severity === 'block')).toBe(true)
  })
  it.each([
    '6月3日に県が公表したとおり、市内産のシジミから基準値を超える貝毒が検出されました。出荷は自主回収しています。',
    '水道水の水質検査の結果、すべての項目で基準値を下回りました。詳しくはホームページをご覧ください。',
    '県の公表は来週の予定ですが、今年の検査でも基準値を超える項目はありませんでした。',
    '庁舎清掃業務の入札結果です。3社が応札し、うち1社が落札しました。',
    '審査の結果、応募のあった8社のうち3社を採択しました。',
    'ふるさと納税の返礼品は、寄附額の3割以下とするルールが国で定められています。',
    '寄附額1万円の返礼品は、3千円相当までというのが国のルールです。',
    '災害見舞金は1世帯あたり5万円までお支払いできます。申請は窓口でどうぞ。',
    '用地買収は地権者全員と契約を締結し、来月から工事に入ります。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})
describe('confidential: told before the body that must handle it (blind R398X / R399Y kinds)', () => {
  it.each([
    // a matter said out of sight till a body's step, or unsayable till its release and then hinted
    '市長が副市長の人事案を固めたそうです。議会で同意されるまでは表に出ていない情報なので、ここだけで。',
    '新しい公園の名前、公表が来月の審議会のあとなので言えません…ヒントだけ：お花の名前です🌸',
    // a misuse or an over-payment found, with its figure, its release or penalty still to come
    '補助金の審査で、ある団体の不正受給が判明しました。金額は約120万円です。公表と処分はこれからになります。',
    '来週公表の住民監査、福祉課の分で委託料の過大支出が2件、合計85万円見つかっています。',
    // the blacked-out part of a disclosed paper told with its value
    '開示請求で非開示にした落札額の部分ですが、実は1,250万円でした。',
    // a report read while still a draft, and what it says
    '検証委員会の報告書、素案の段階のものを見せてもらったんですが、市の対応に問題があったと書かれていました。公表されたら話題になりそう。',
    // an exam's item told before it is held
    '来週の中学校の実力テスト、数学の第2問は関数のグラフです。しっかり復習しておいてね！',
    // a record passed round inside only, told with its tally
    '課内だけで配られている苦情の集計、今月は23件でした。内緒でお願いします。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule.startsWith('confidential/') && f.severity === 'block')).toBe(true)
  })
  it.each([
    '議長の辞職願が本会議で許可され、本日付けで辞職されました。',
    '新しい公園の名前は、来月の審議会のあとに発表します。もう少しお待ちください！',
    '新しい公園の名前、発表が審議会のあとなのでまだ言えません。お楽しみに！',
    '定期監査の結果を公表しました。補助金の過大交付が3件、合計412万円ありました。詳しくはホームページをご覧ください。',
    '監査結果は来月公表する予定です。',
    '黒塗りにした部分は、個人の氏名や印影など、条例で非開示と定められた情報です。',
    '情報公開請求の手続きは、窓口または郵送で受け付けています。開示までは原則15日以内です。',
    '第三者委員会の報告書を本日公表しました。市ホームページからご覧いただけます。',
    '審議会では、報告書の素案を読み合わせ、ご意見をいただきました。',
    '明日の学力調査は、国語と算数の2教科です。筆記用具を忘れずに！',
    '全国学力調査の結果を公表しました。国語の大問3は正答率が低い傾向でした。',
    '庁内だけで使っていた手順書を、本日から市民の皆さんにも公開しています。',
    '二重払いにご注意ください。口座振替の方は納付書で払う必要はありません。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})
describe('confidential: an exam, a penalty or a case record before its release (blind R402B / R404D kinds)', () => {
  it.each([
    // an exam's pass line told with its score before the results
    '一次試験お疲れさまでした。合格ラインは7割ちょっとだったらしいです。結果発表は来週なので、もう少し待ってくださいね。',
    '採用試験の件ですが、ボーダーは150点中98点あたりだったそうです。通知は来週届きます。',
    // one candidate's result told before the release
    'お問い合わせいただいた受験番号2041の方、二次面接に進まれていますよ。正式な通知はまだですが準備をどうぞ。',
    // a field of an exam to come told with its topics and count
    '来週の保育士採用試験、専門試験の分野は「子どもの保健」と「保育原理」からそれぞれ3問ずつです。ここを重点的に！',
    '受験生のみなさん、本番の教養試験は今年「地方自治」から5問出ます。がんばって！',
    // a staff penalty settled whose release is set for later
    '飲酒運転で検挙された職員の処分は停職3か月で決まりました。公表は翌週の記者会見で行う予定です。',
    '個人情報を紛失した職員の処分は戒告で固まったところです。発表は月末になります。',
    // a case conference's record or papers put up
    '昨日の要対協の実務者会議の資料、写真でアップしておきますね。名前は黒塗りにしてます。',
    'ケース会議の記録をスクショで載せときます。個人が分からんようにしとるけん大丈夫。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule.startsWith('confidential/') && f.severity === 'block')).toBe(true)
  })
  it.each([
    '本日、令和7年度柳川市職員採用試験（一般事務）の最終合格者を発表しました。合格最低点は126点でした。詳しくは市ホームページをご覧ください。',
    '昨年度の一般事務の合格最低点は200点中118点でした。今年の試験は来週日曜です。',
    '合格発表は来週金曜の予定です。合否は市ホームページに掲載する受験番号でご確認ください。',
    'お問い合わせの受験番号の方は、結果発表（来週金曜）までお待ちください。合否についてお電話でお答えすることはできません。',
    '一次試験を通過された方には、二次試験のご案内を来週お送りします。',
    '合格発表は明日10時です。一次を通過された場合は、二次試験の案内を同封しています。',
    '出題範囲は募集要項のとおりです。教養試験は社会科学・人文科学・自然科学から40問出題します。明日の試験、がんばってください。',
    '明日の一次試験は教養試験（40問・120分）と作文です。受験票を忘れずにお持ちください。',
    '本日、職員の懲戒処分を公表しました。処分は減給10分の1・1か月です。市民の皆さまに深くお詫び申し上げます。',
    '職員の懲戒処分について、来週の定例会見で公表します。',
    '懲戒処分の公表は、市の公表基準に基づき、処分の翌週までに行います。',
    '粗大ごみの処分は来週の収集日に行います。公表は次週のホームページで行います。',
    '要保護児童対策地域協議会（要対協）は、虐待を受けている子どもなどを早期に発見し、関係機関が情報を共有して支援するための仕組みです。',
    '要対協の記録は、個人情報を含むため写真に撮ったりSNSに載せたりしないでください。',
    '要保護児童対策地域協議会の代表者会議の資料を市ホームページに掲載しました。',
    'ケース会議の記録は、会議終了後に事務局が回収し、施錠された書庫で保管しています。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})
describe('confidential: a named business\'s dealings with the city told before their release (blind R401A kinds)', () => {
  it.each([
    // a siting still courted: the candidate sites narrowed, the signing worked towards, the city's terms put to the company
    '先週、大川精機さんの役員の方を三橋町の工業用地にご案内しました。新しい物流拠点の候補地は柳川と大牟田の二択まで絞られているそうです。',
    'ヤマト電装株式会社との進出協定の締結に向けて、来月の調印を目指して詰めの協議を続けています。',
    '市長と東京で筑後フーズ(株)の社長と面談しました。市としては用地の賃料を3年間免除する案をご提示しています。先方の回答は年明けの見込みです。',
    // a named business's loan screening result, its loan's sum (full-width digits too) or its repayment in doubt
    '有明鉄工さま、ご相談の運転資金の件ですが、信用保証協会の審査で売上の減少が理由となり、減額での承認となりました。',
    '制度融資の今年度の実行分、一番大きいのは沖端建設さんの５，０００万円でした。',
    '柳川印刷さんは昨年の設備資金の融資以来、返済がずっと遅れていて心配です。',
    // a grant's result told before its release
    '観光振興補助金の選考、採択結果の発表は月末の予定ですが、水郷ツアーズさんは見事採択です！',
    // a closure plan learnt in consultation, its staff not yet told
    '市内の老舗旅館のご主人から、年内で旅館を閉めることにしたとご相談がありました。スタッフにはまだ話していないそうです。',
    // …a screening passed or refused in any words, a bank's own screening; a closure said apart from its object or as a noun
    '柳川鉄工さんの融資、保証協会の審査が無事通りました！',
    '昨日ご相談に来られた有明水産さんですが、銀行の審査でNGが出たそうです。',
    '社長さんの話では、工場は来年で畳むつもりとのこと。まだ社員さんには言ってないそうです。',
    '市内のスーパー三橋店さん、年度末で閉店する予定だそうです。従業員にもまだ知らせていないとのこと。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule.startsWith('confidential/') && f.severity === 'block')).toBe(true)
  })
  it.each([
    '【企業立地】本日、株式会社有明テックと柳川市の立地協定を締結しました。同社は大和町に新工場を建設し、来年秋の操業開始を予定しています。',
    '明日10時から、市役所で九州精機株式会社との進出協定の調印式を行います。報道関係者の皆さまの取材をお待ちしています。',
    '市では、市内に工場を新設する企業に対し、固定資産税を3年間免除する制度を設けています。詳しくは企業立地推進室へ。',
    '市の企業誘致により、昨年はみなと食品(株)など3社が進出しました。',
    '大川精機さんの新工場が本日竣工しました。地元雇用は約50人です。',
    '【制度融資のご案内】中小企業の設備資金として最大3,000万円までの融資をあっせんしています。保証協会の審査があります。',
    '融資を装った詐欺にご注意ください。「審査なしで融資」などの電話は市からではありません。',
    '返済が厳しくなった事業者の方は、条件変更のご相談を商工振興課で受け付けています。',
    '創業融資を活用して開業した花畑食品さんの新商品は1,200円のお弁当です。ぜひどうぞ！',
    '商店街にぎわい補助金の採択結果を公表しました。柳川本町商店会さんほか5団体が採択されています。',
    '審査結果の通知は来週の予定です。応募いただいた皆さま、もうしばらくお待ちください。',
    '工場の閉鎖に伴い離職される方の再就職相談会を、ハローワークと合同で開きます。',
    '保証協会の審査に通らなかった場合も、別の制度をご案内できます。商工振興課へご相談ください。',
    '融資の審査結果は、金融機関から直接ご連絡があります。',
    '閉店した店舗を活用するチャレンジショップの出店者を募集しています。',
    '新工場の建設予定地が大和町に決まり、本日、株式会社筑後精工と立地協定を締結しました。',
    '商店の事業承継や廃業のご相談は、商工会議所の窓口でも受け付けています。従業員の方への説明の仕方もご相談ください。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('confidential: the scale a score is out of is no one\'s score (a selection told before its notice)', () => {
  it.each([
    '合格発表は来週です。試験当日は200点満点で、合格点は例年6割程度です。',
    '審査結果の通知は来週の予定です。審査は100点満点で、5人の委員が採点します。',
    '一次試験の結果は後日通知します。教養試験は50点満点、作文は30点満点です。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
  it.each([
    '審査結果の通知は来週ですが、100点満点でA社が85点、B社が78点でした。',
    '面接の結果の連絡はまだですが、山田さんは92点でトップでした。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule === 'confidential/pre-release' && f.severity === 'block')).toBe(true)
  })
})

describe('confidential: a tender\'s or a screening\'s internals told before the opening, the award or the notice (blind R405E, R408H kinds)', () => {
  it.each([
    // a tender's price by its reading in kana
    'きょうはけいやくのおしごとをみてきたよ！ よていかかくは 12,800,000えん なんだって〜',
    // the lowest quote so far in a 見積合わせ still open
    '見積合わせは今週金曜が締切ですが、今のところ一番低い見積額は筑後オフィスさんの156万円です。',
    // the price refused, then hinted as a rough figure
    '来月の道路改良工事の入札ですが、予定価格はお答えできません。ただ、だいたい2,300万を少し超えるくらいとだけ。',
    // the entrants said as a cleft before the opening
    '体育館空調工事の入札、参加申請があったのは有明設備さん1社だけでした。開札は来週火曜です。',
    // bid-rigging suspected and being looked into
    '市の舗装工事で、落札する業者を事前に割り振っていた疑いがあり、現在調査中です。',
    '水路工事の入札で談合の情報が寄せられ、いま担当で確認しています。',
    // a screening's result named before the notice
    '書類審査の結果、柳川茶舗さんと沖端菓子店さんが通過しました🎉 各事業者への連絡は週明けなので、もう少し内緒で。',
    // a preliminary figure before the formal release
    '正式には議会報告の後の公表となりますけど、係内でまとめた見込み値では今年度の寄附は約8億円です。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule.startsWith('confidential/') && f.severity === 'block')).toBe(true)
  })
  it.each([
    // a reading with no value, a price published beforehand
    'さいていせいげんかかくって、むずかしいことばだね！ どんこもおべんきょうちゅう📚',
    // the lowest quote once the contract is made; a lesson on 見積合わせ
    '見積合わせの結果、一番安い見積額の筑後オフィスさんと契約を締結しました。契約金額は156万円です。',
    '見積合わせでは、いちばん安い見積もりを出した業者と契約するのが原則です。',
    // a refusal with no figure; a notice with the price published
    '来月の入札について、予定価格はお答えできません。公告をご確認ください。',
    // a count after the opening, a past tender, a briefing's sign-ups
    '申し込みがあったのは3社で、開札の結果、有明設備さんが落札しました。',
    '説明会への申し込みがあったのは15名でした。ご参加ありがとうございました。',
    // bid-rigging announced or taught
    '談合の疑いがあった件について調査した結果、3社を指名停止処分としました。',
    '入札談合は犯罪です。談合の情報があれば、契約検査課の通報窓口へお寄せください。',
    // a result published; a notice with no one named
    '返礼品事業者の審査の結果、しらさぎ農園さんほか5社の登録が決定しました。本日ホームページで公表しています。',
    '審査の結果は、ご本人への通知は来週の予定です。もうしばらくお待ちください。',
    // a formal release to come with no preliminary figure told
    '正式な数字は決算で公表します。速報値は来月ホームページでお知らせします。',
    '正式な来場者数は後日発表しますが、速報値では2日間で約5万人の方にお越しいただきました！',
    '談合の情報が寄せられた場合は、契約検査課で事実関係を確認しています。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('confidential: someone questioned on suspicion, a case built for prosecution, a contractor\'s quote, an exam setter\'s tip (blind R409J-020, R411L-023/024/049 kinds)', () => {
  it.each([
    // someone questioned on suspicion, now or just heard
    '例の補助金の件で、申請した業者の社長が詐欺の疑いで警察の取り調べを受けているらしいです。',
    '市議会議員の後援会の人が買収の疑いで県警から事情聴取されとるって聞きました。',
    '先月の火事、近所の50代の男性が放火の容疑で任意で事情を聴かれているそうです。',
    // a case built for prosecution while the evidence is gathered
    '例の不法投棄の件、環境課と警察で一緒に調べていて、廃棄物処理法違反で書類送検する方向で裏付けを固めているところです。',
    '飲食店の無許可営業の件、保健所と署で合同捜査中で、告発に向けて資料をそろえています。',
    '空き家の解体業者の件ですが、刑事告発に向けて証拠を集めています。現場からはアスベストを含む建材が大量に見つかっています。',
    // a named contractor's quote or proposal, with its figure and how it moved
    '給食配送を委託しているみのう運輸さん、来年度の見積書を見ると燃料費を3割も上乗せしてきています。',
    '図書館の指定管理に応募してきた筑後ライブラリーサービスさんの提案書、人件費が他社より1,200万円も安いんです。',
    '清掃業務の委託先のクリーンやながわさんから来期の見積もりが届いたけど、管理費を15%削ってきてた。',
    // an exam setter's tip on what to study
    '来週の保健師の採用試験、問題を作った立場からひとこと。母子保健法の第10条から第12条は必ず目を通しておいてね。',
    '明日の土木職の専門試験、出題担当としてこっそり教えちゃうと、道路法の占用のところは要チェックです😉',
    '今度の消防職員採用試験、作問チームの一人として言えるのは、消防法第17条周辺を読んでおけば損はないってことです。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule.startsWith('confidential/') && f.severity === 'block')).toBe(true)
  })
  it.each([
    // the city's own statement, a warning, a plot, history, a rumour denied
    '本市職員が公金横領の疑いで警察の事情聴取を受けていることが判明しました。市民の皆様に深くお詫び申し上げます。',
    '選挙運動で戸別訪問をすると、公職選挙法違反の疑いで事情聴取を受けることがあります。ご注意ください。',
    '公職選挙法違反の疑いで事情聴取を受けた場合は、速やかに選挙管理委員会へご相談ください。',
    '市職員が酒気帯び運転の疑いで警察の取り調べを受けていることが分かりました。詳細が分かり次第お知らせします。',
    '市民会館で上映する映画は、殺人の疑いで取り調べを受ける青年と母親の物語です。',
    '明治時代、この地の庄屋は一揆を扇動した疑いで取り調べを受けたと伝わっています。',
    '選挙違反の疑いで取り調べを受けている人がいるという噂は事実ではありません。',
    // a deterrent, a lesson, a complaint filed, an appeal, a notice of the city's handling
    '不法投棄は犯罪です。悪質な場合は警察と連携し、刑事告発も視野に厳正に対処します。',
    '研修では、立件に向けた証拠の集め方について警察OBの講師から学びました。',
    '市は不正受給した事業者を詐欺罪で刑事告発しました。告発状は本日警察に受理されました。',
    '警察と連携し、立件に向けて捜査を進めています。情報をお持ちの方はご連絡ください。',
    '警察と合同で調査中です。詳しいことが分かり次第お知らせします。',
    // quotes called for, judged, published, advised on
    '指定管理者の選定では、各事業者から提出された見積もりと事業計画を審査します。',
    '見積もりの提出期限は3月10日です。様式は市ホームページからダウンロードしてください。',
    '指定管理者の選定結果を公表しました。提案額は有明セレモニー株式会社が年額4,500万円でした。',
    '委託業者の皆さんへ。来年度の見積もりは、人件費の上昇分を適切に反映してください。最低賃金は5%上がっています。',
    '業者さんから見積もりを取る際は、人件費や材料費の内訳を確認しましょう。3社以上の相見積もりで2割安くなることもあります。',
    'リフォームの見積もりを取ったら、人件費が2割も上がっていてびっくり。相見積もりは大事ですね。',
    // the published scope, a briefing, a word on sitting the exam, a study method, a word after the exam
    '採用試験の出題範囲は、募集要項に掲載しています。専門試験は地方自治法などから出題します。',
    '採用試験の説明会で、出題担当者から「第1次試験は地方公務員法を中心に出ます」との説明がありました。',
    '作問を担当した職員から受験生の皆さんへ：体調を整えて、落ち着いて臨んでください。',
    '出題者側から一言：試験時間は90分です。時計を忘れずにお持ちください。',
    '試験勉強では、出題者の意図を考えながら過去問を解いてみるのがおすすめです。',
    '昨日の採用試験、作問側としては第5条の問題が一番難しかったと思います。受験された皆さんお疲れさまでした。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('confidential: a firm\'s unit price or discount, a handling agreed at a pre-meeting, a post filled before the order, an inquiry\'s interim findings (blind R413N-002/014/027, R416R-036/050 kinds)', () => {
  it.each([
    // a named firm's unit price, purchase price or discount to others
    '庁舎清掃をお願いしている有明ビルサービスさん、契約単価は1平米あたり180円で、よその市には15%引きで請けているとのことでした。',
    '学校給食の食材を納めてくれている株式会社みやま青果さん、実は玉ねぎをキロ60円という単価で仕入れているそうです。',
    'ごみ収集車の整備を頼んでいる大牟田モータースさんの時間単価が7,500円だと聞いて、思ったより安いなと感心しました。',
    '印刷をお願いしているしらかわ印刷さん、他の自治体さんには2割安く出しているらしいので、うちも交渉してみます。',
    // a petition's or a bill's handling agreed before the committee sits
    '本日の議会運営委員会の前に正副委員長と事前協議。保育料に関する陳情は、不採択とする方向で話がまとまりました。',
    '根回しは済んでいて、補正予算案は原案どおり可決する方向で各会派の調整が整いました。',
    '水面下の話ですが、駅前再開発の意見書案は見送る線でまとまりそうです。',
    // a post filled by a named person while still being settled
    '4月の異動、会計管理者には税務課の山口課長が昇格する方向で調整が進んでいます。',
    '内々の話ですが、消防長の後任には警防課の森さんが就く見込みで固まりつつあります。',
    '田中次長が教育部長に横滑りする線で最終調整中だそうです。',
    // an inquiry's interim findings, a firm blamed or the release still to come
    '先週の橋の落下事故、県の検証の中間段階では、ボルトの締め付け不足が原因とみられ、施工した筑後鉄工さんの責任も問われそうです。',
    '給食の異物混入の件、保健所の調査の途中経過によると、納入業者の工場で混入した可能性が高いそうです。正式な発表はまだです。',
    '水道管破裂の件、これまでの調べでは、老朽化が原因の可能性が高いとのことでした。正式な公表は来週になる見込みです。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule.startsWith('confidential/') && f.severity === 'block')).toBe(true)
  })
  it.each([
    // a unit price published, a shop's sale, a farmer's stall, the city's own fee, pricing advice
    '市の委託契約の契約結果を公表しました。単価契約の清掃業務は株式会社クリーン大川が1平米150円です。',
    '道の駅では地元の農家さんが野菜を直接販売しています。トマトは1袋200円です。',
    '〇〇スーパーさんの週末特売、卵が1パック198円でした。',
    '公民館の使用料は、1時間あたり300円です。',
    '見積単価の考え方については、国の積算基準を参考にしています。',
    '業者さんによって見積単価はまちまちです。2〜3社から相見積もりを取りましょう。',
    // a pre-meeting's schedule, a committee's result, what 継続審査 means
    '正副委員長と事前打合せを行い、請願の審査日程を確認しました。',
    '委員会で審査の結果、請願は継続審査とすることに決まりました。',
    '継続審査とは、閉会中も引き続き委員会で審査することをいいます。',
    '委員会では、請願の扱いについて事前打合せのとおり、採択する方向で調整しますと委員長が述べ、全会一致で採択されました。',
    // a list announced, a move made, a nominee put to the council, a post with no one named
    '4月1日付の人事異動を発表しました。議会事務局長には総務部の田中次長が就任します。',
    '新しく着任した校長には、昨年度まで教頭だった佐藤先生が就任しました。',
    '副市長には山本氏を選任する方向で、議会の同意を求める議案を提出しました。',
    '次の館長は公募で選ぶ予定です。',
    '議会事務局長のポストは、人事課で最終調整中です。',
    // an interim report released, a promise to tell, another body's report in the press, nothing found yet
    '市道陥没事故について、調査の中間報告を公表しました。埋め戻しの不足が原因の可能性が高いとされています。',
    '水道管破裂の原因については、調査の途中経過がまとまり次第お知らせします。',
    '国の事故調査委員会の中間報告では、整備不良の可能性が高いと報道されています。',
    '事故の原因については、現時点の調査では特定できていません。正式な発表は来週の予定です。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('confidential: an embargo broken with the matter told beside it, a named firm\'s unreleased business facts, a successor still being settled (blind R418T-002/057, R420V-004/042 kinds)', () => {
  it.each([
    // the owner's hold until its release day conceded, a telling ahead announced, the matter told beside it
    'テレビ局の方から放送日までは口外しないよう念を押されていますが、特別にお知らせします。番組は6月3日の夕方に放送予定です。',
    '新しい道の駅に入るパン屋さん、オープン日まで伏せといてって言われとるけど、先に書いちゃいます。「ベーカリーみなみ」が7月に開店します。',
    '来月の音楽祭に、あの人気バンドの出演が決まりました！\n主催者からは公式発表までは内緒にしてと頼まれているけど、うれしくてひと足先にお伝えしちゃいます。',
    // a named firm's cost, sponsor or unreleased product told as heard in confidence
    '先日お会いした映像制作会社「みやまフィルム」さん、次の作品の制作費は5000万円ほどだそうです。内緒ですよ。',
    'ロケでお世話になったしらさぎ酒造さん、実は秋に新商品の梅酒を出す予定なんです。蔵元さんからこっそり聞きました。',
    '株式会社筑後テクノさん、メインスポンサーは地元の銀行に決まったそうです。まだどこにも出ていない話です。',
    // a successor named while still being settled
    '商工会との会議で伺ったのですが、会長の田中さんが退任し、後任には副会長の松尾さんが就く見込みで話が進んでいるそうです。',
    '公民館の館長が3月で交代します。後釜に教育委員会の野田係長が入る線で最終調整中とのことです。',
    '体育協会の理事長の後任には、元校長の吉田先生が来る方向で調整していると聞きました。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule.startsWith('confidential/') && f.severity === 'block')).toBe(true)
  })
  it.each([
    // a hold kept, a telling refused or put off, a release already come
    'ドラマの撮影が市内で行われます。テレビ局から放送日まで伏せてほしいと言われていますので、詳しくはお伝えできません。放送をお楽しみに。',
    'イベントの出演者は、主催者から発表までは内緒にしてと頼まれていますが、決まり次第お知らせします。',
    '新しいパン屋さんの店名は、オープン日まで伏せておいてと言われていますが、ヒントは「海」です。お楽しみに！',
    '放送日まで伏せてほしいと言われていた番組が、昨夜ついに放送されました。ご覧いただいた皆さん、ありがとうございました。',
    // a launch on sale or told gladly, a tip that is no business fact, a cost told at a press event, the city's budget
    '有明堂製菓さんの新商品「川下りサブレ」が本日から発売されます！社長さんに開発のお話を教えていただきました。',
    '株式会社みのう製菓さんから教えていただいたのですが、新商品「柳川まんじゅう」を来月発売予定だそうです！ぜひお店へ。',
    '社長さんにこっそり教えていただいた、サブレのおいしい食べ方をご紹介します。',
    '映画の制作費は約2億円と、制作会社が記者会見で発表しました。',
    '株式会社みやま青果さんは、来春に新店舗をオープンする予定です。詳しくはホームページをご覧ください。',
    '市の来年度予算案の総額は約520億円です。',
    // a successor by open call, announced, already in the post, or with no one named
    '事務局長の後任は、現在公募で選考中です。',
    '4月1日付の人事異動を発表しました。後任には福祉課の古賀課長が就任します。',
    '社協の事務局長に古賀さんが就任しました。前任の中島さんには長い間お世話になりました。',
    '後任の人選については、現在調整中です。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('confidential: a budget under assessment with its figures, a marker on the paper told, the city\'s investigation under way with its findings, information given in confidence told (blind R422X-024/030/033, R424Z-043/053 kinds)', () => {
  it.each([
    // a budget request under assessment told with its figure and change
    '財政課と協議中の来年度要求では、子ども医療費の助成を中学生まで広げるため、約3,200万円を新たに計上しています。',
    '予算編成中ですが、図書館の資料購入費は今年度より15%削減される見込みです。',
    '査定の段階の話ですが、公民館の修繕費を800万円から1,500万円に増額する要求を出しています。',
    // a marker said to be on the paper being told, with a leak or contents under adjustment
    '右上に「部外秘」と書かれた文書ですけど、こっそりお見せしちゃいます。新しい体育館の名前は「みなとアリーナ」になりそうです。',
    '「関係者限り」って書いてあるメモだけど、少しだけ紹介します。プレミアム商品券は1冊あたり3,000円上乗せで検討中です。',
    '表紙に「取扱注意」と印字されたペーパーですが、子育て応援金は1人2万円で調整しています。来月の発表を待ってください。',
    // the city's own investigation or audit under way, told with its findings so far
    '保育所での不適切な保育について、現在市で事実確認を進めています。これまでの聞き取りで、担任の保育士が園児を繰り返し怒鳴っていたことが分かってきました。',
    '市営住宅の家賃滞納者への過大な請求の疑いについて、担当課が調査中です。少なくとも12世帯に二重に請求していたことまで判明しています。',
    '補助金の不正受給の疑いで監査を行っています。申請された参加人数が実際の倍近く水増しされていたことが分かっています。',
    // information given in confidence, then told
    '商工会から内々に伺った話ですが、駅前の老舗百貨店は来年の夏で閉店する方向だそうです。',
    '事業者さんからオフレコで聞いた情報によると、新しい工場では約200人を地元で採用する予定です。',
    '誘致先の企業から非公開で提供された計画では、第二工場の着工は再来年の春とのことです。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule.startsWith('confidential/') && f.severity === 'block')).toBe(true)
  })
  it.each([
    // a budget published or passed, an assessment with no figure
    '来年度予算案を公表しました。捕獲報奨金は1頭あたり10,000円に増額します。',
    '3月議会で予算が可決され、学校給食費の補助を1食あたり50円増額することになりました。',
    '予算の査定中のため、財政課の窓口が大変混み合っております。',
    // an investigation announced with no findings, audit results published, an apology
    '給食の異物混入の事案について、現在市で調査しています。結果は判明次第お知らせします。',
    '令和6年度の定期監査の結果を公表しました。補助金の事務に一部不適切な処理があったことが分かっています。',
    '市のシステムの不具合について調査を進めています。設定の誤りが原因であることが分かっています。ご迷惑をおかけし申し訳ありません。',
    // a marker explained in training, a telling refused, a paper found public
    '研修では「庁内限り」の資料は外に出さないでくださいと説明がありました。',
    '表紙に「庁内限り」と書いてある資料なんですが、ここではお見せできません。',
    '表紙に「取扱注意」と書かれた資料ですが、確認したところ公開済みのものでした。',
    // confidence kept, nothing told
    '非公開でいただいた資料のため、内容はお伝えできません。',
    '会議は非公開で行われました。議事の概要は後日ホームページに掲載します。',
    '事業者の方から非公開で提供いただいた資料は、審査が終わり次第お返しします。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('confidential: a matter heard off the record and not told', () => {
  // refusedFor: the marker's matter refused or said never to be posted tells nothing; a concession that goes on to tell it stays a leak.
  it.each([
    'オフレコで聞いた話なので、ここには書けません。',
    'オフレコの話はSNSには書きません。',
    '内部資料で伺った内容なので、詳しくは申し上げられません。',
    '部外秘の情報は、ブログには載せません。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.rule === 'confidential/marker' && f.severity !== 'info')).toEqual([])
  })
  it.each([
    'オフレコで聞いた話なので書けませんが、実は来年度から無料になります。',
    'オフレコの話はSNSには書きませんが、来年度から無料になります。',
    'オフレコの話ですが、来年度から保育料が無料になります。',
    'オフレコの話なので書けません。来年度から保育料が無料になります。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule === 'confidential/marker' && f.severity === 'block')).toBe(true)
  })
})

describe('confidential: an investigation under way told with its findings and party pinned, an exam\'s areas hinted, a panel\'s private talk, a named firm\'s siting terms before the announcement (blind R426B-029/059, R427C-019/039/043 kinds)', () => {
  it.each([
    // the city's investigation under way, then the party pinned and a finding told as a plain fact
    '保育園の補助金の不正受給の疑いについて、引き続き調査を行っています。合同会社ヒナタケアが運営する2園では、職員数が実際より5人多く申請されていました。',
    '産業廃棄物の不法投棄の件は、県警と合同で調べを進めています。当該事業者は北浜地区の解体業者で、現場からは約30トンの廃材が見つかりました。',
    '食品表示の偽装の疑いで、現在も立入りを含めて確認中です。（有）ミドリ食品の工場では、県外産の肉を地元産と表示した商品が120点ありました。',
    // an upcoming exam's areas hinted by the setter side
    'ここだけの話、次回の昇任試験は地方自治法の住民監査請求あたりから重点的に出しますね。',
    '採用試験を受ける後輩へ。今年度の教養試験では、時事問題を中心に、特に防災について多めに出題する予定です😉',
    'ちょっとだけ教えちゃいます。今度の専門試験は都市計画法の用途地域から出ますよ！',
    // what a screening's reviewers said among themselves on how to score
    '選考委員の中では「市外の事業者は減点しておこう」という意見もあったので、地元の方は有利かもしれません。',
    '審査員同士で、若手の応募は甘めに点をつけようという話になっていたそうです。',
    '面接官の間では「前職が公務員の人は落とそう」との申し合わせがあったと聞きました。',
    // a named firm's siting talks with their terms while the announcement is still to come
    '有限会社コトブキ食品さんと新しい加工場の進出について協議しました。候補地は旧小学校の跡地でほぼ決まり、投資額は約12億円の見込みです。発表はまだ先なので内緒でお願いします。',
    '東和化学株式会社との物流センター用地の交渉、今日で4回目でした。賃料は年間2,400万円で折り合いがつきそう。先方の公表は秋の予定です。',
    'ヤマト電機さんと本社機能の移転について協議を重ねています。雇用は地元採用で150人規模、市の奨励金は3億円で調整中。正式な公表までは伏せてください。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule.startsWith('confidential/') && f.severity === 'block')).toBe(true)
  })
  it.each([
    // an investigation announced with no findings, a penalty announced, a shop pinned with no inquiry
    '違反建築の疑いがある物件について、現在調査を続けています。詳しい内容が分かり次第お知らせします。',
    '株式会社ミナト建設に対し、建築基準法違反により3か月の営業停止処分を行いました。なお、他の物件についても引き続き調査を進めています。',
    '当該店舗は大浜町の飲食店で、改装のため3日間休業しました。',
    '商品券の不正利用を防ぐため、取扱店への確認を行っています。不審な点があればご連絡ください。',
    // a published exam scope, a local quiz's announced scope, study advice
    '今年の専門試験は、試験案内に掲載の出題分野（行政法・民法・経済学）から出題します。',
    '今年の市民検定は、まちの歴史と伝統行事から出題します。申込みは来月からです。',
    '試験勉強のヒントは、過去の出題傾向を知ることです。今年の試験も頑張ってください。',
    // a panel's praise, a published review, a result's published counts
    '審査委員の間では「どの提案も甲乙つけがたい」という声が多く聞かれました。',
    '審査会では「地域の課題に即した提案が多かった」という講評がありました。',
    '今年度の創業支援補助金は応募18件のうち採択7件でした。来年度も募集予定です。',
    // a siting agreement signed, talks with no firm named, talks on a pact with no terms
    'ミナト精工株式会社と第2工場の立地協定を締結しました。雇用は約80人を予定しています。',
    '企業誘致のため、複数の企業と用地について協議を進めています。決まり次第発表します。',
    'サクラ電機さんと防災協定の締結に向けた協議を行いました。協定の内容は来月の締結式で発表します。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('confidential: blind wave 86 kinds (an upcoming test hinted item by item, a plan heard in confidence, an insider on a pinned party)', () => {
  it.each([
    // an upcoming test's items hinted with their topics in a coming tense
    '明日の英語検定、受験するみんなへ。ここだけの話、第2問は長文読解で、テーマは環境問題が出ます。頑張って！',
    '次回の期末考査に向けて特別にヒントを。大問1は二次関数の最大最小を出します。しっかり練習しておいてね。',
    'らいしゅうの漢字テストじゃなくて、来週の市内統一テストのヒントをちょっとだけ。第３問目は地図の読み取りから出るよ😉',
    // a plan, move or intention told, then said to have been heard in confidence
    '駅前のみどり百貨店が再来年の春で閉店する方向だとオフレコで聞きました。跡地はマンションになるとか。',
    '地元の老舗、川辺酒造さんが隣町の酒蔵と合併する構想があると内密に教えていただきました。まだ驚きが隠せません。',
    '昨日の懇談会で、港運送株式会社が物流拠点を市外へ移転する予定だと、ここだけの話として伺いました。100人近くが異動になるそうです。',
    // an investigation under way with an insider's account of a finding on a pinned party
    '介護報酬の不正請求の疑いで、市は現在事実確認を行っています。関係者の話では、施設の会計担当者が架空の利用記録を作っていたとみられます。',
    '保育園の補助金の過大受給について調査中です。関係者によれば、当該法人の理事長が職員数を水増しして申請していた疑いが強いということです。',
    '公園の指定管理で不適切な経理があったとして、監査を続けております。事情を知る職員によると、団体の代表が私的な飲食代を経費に回していた可能性が高いそうです。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule.startsWith('confidential/') && f.severity === 'block')).toBe(true)
  })
  it.each([
    // a test date announced, past questions published, last year's items told in the past, study advice
    '来週の市内一斉学力テストは10月15日（水）に実施します。体調を整えて臨みましょう。',
    '昨年度の学力テストの過去問を市HPに掲載しました。大問３は図形の問題が出ます、という傾向もあります。',
    '去年のテストでは大問３の円周角の正答率が低かったです。来週のテストに向けて、苦手な単元のヒントを先生に聞いてみよう。',
    // a plan announced by the firm, a telling refused, a meeting held in confidence with nothing told
    'みどり百貨店は本日、来年3月での閉店を正式に発表しました。長年のご愛顧に感謝いたします。',
    'ある企業から工場増設の計画があると内々に伺いましたが、詳しい内容はお伝えできません。',
    '商工会議所の皆さんと、来年度の事業計画について内々に打ち合わせを行いました。',
    // an investigation announced with no findings, an insider on a cause with no party pinned, a case made public
    '補助金の不正受給の疑いについて、現在担当課で調査を進めています。事実関係が分かり次第お知らせします。',
    '事故の原因については現在調査中です。関係者によると、当日は強風で視界が悪かった可能性が高いとのことです。',
    '関係者によると、当該法人の理事長は来年度で退任する可能性が高いそうです。新しい体制での活動に期待しています。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('confidential: blind wave 87 kinds (a meeting by speaker, a staff incident while open, a quote breakdown, a firm paper, a budget request, audit findings so far)', () => {
  it.each([
    // an internal meeting's deliberations told speaker by speaker, or one stance with the conclusion still open
    '昨日の部長会議、公共施設の再編案について話し合いました。教育長は学校の統廃合に強く反対、建設部長からは財源を心配する声もあり、結論は来月に持ち越しです。',
    '幹部会議では、新庁舎の駐車場有料化がテーマでした。市長は前向きでしたが、副市長が慎重な立場で、まとまらず。',
    'きょうの庁議、ふるさと納税の返礼品見直しの件。企画部長は積極的、財政課長は懐疑的で反対という感じでした。',
    // the city's own inquiry into a staff incident, told with the member of staff pinned and what is suspected or weighed
    '公用車の物損事故について調査状況をご報告します。運転していたのは道路課の職員で、居眠りをしていた可能性が高く、現在聞き取りを続けています。',
    '個人情報の誤送付の件、調査中です。送付したのは保険年金課の会計年度任用職員で、処分も視野に事実確認を進めています。',
    '住民票の写しの誤交付について確認中ですが、担当したのは市民課の主任とみられ、懲戒処分を検討しています。',
    // a bidder's quote or proposal breakdown told against the others' or with its undisclosed technique
    '選定された有明システム株式会社の提案書の中身を見ると、保守費用が他の業者より2割ほど高いものの、独自の技術で補っています。',
    '落札した業者の見積書の明細によると、人件費はA社と比べて500万円も安く、かなり攻めた金額です。',
    '清掃業務の見積り内訳を拝見すると、特許申請中の独自洗浄システムを使うそうで、その分が格安になっています。',
    // a private firm's internal paper seen or cited, its plan told
    '地元スーパーの社内向けの資料を見せていただいたのですが、来年の夏で駅前店を閉店する方針とのことです。',
    '取締役会の資料によると、市内の工場は再来年に隣県へ移転する予定だそうです。',
    '○○観光さんの社内文書を拝見しましたが、来年度から送迎バスを2路線に縮小するらしいです。',
    // a budget request with its figure while the assessment goes on, in either order
    '財政課と調整中の要求額は、図書館の改修で8千万円です。',
    '要求段階の数字ですが、道路補修費は2億4,000万円、いま査定待ちです。',
    '来年度の予算要求では、防犯カメラの増設に960万円を計上し、財政課と協議しているところです。',
    // an inquiry's findings so far, with the inquiring body standing for the case
    '第三者委員会が調査を進めていますが、補助金の一部が私的な飲食に使われていたことまでは分かっています。',
    'ご指摘の件は監査委員が監査中で、架空の出張が5回あったことまでは判明しています。',
    '外部調査委員会の聞き取りを続けていますが、会計担当が帳簿を書き換えていたことまでは確認できています。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule.startsWith('confidential/') && f.severity === 'block')).toBe(true)
  })
  it.each([
    // minutes published, a meeting as a routine, a council committee in public, a decision announced
    '10月の庁議の会議録を公開しました。副市長からは慎重な意見、総務部長からは前向きな意見がありました。',
    '週の始まりは庁議です。今週も一週間がんばります。',
    '市議会の総務委員会では、委員から慎重な意見が出され、継続審査となりました。',
    '庁議の結果、来年度から窓口の受付時間を延長することに決定しました。詳しくは市HPをご覧ください。',
    // an apology announcing an incident, an inquiry with nothing pinned, training after an incident, staff at the counter
    'USBメモリの紛失について、市民の皆様に深くお詫び申し上げます。紛失したのは税務課の職員で、現在調査を進めています。',
    '個人情報の誤送付事案について現在調査中です。原因が判明次第お知らせします。',
    '紛失事故を受けて、全職員を対象に情報管理の研修を行いました。',
    '市民課の職員が窓口でご案内します。どうぞお気軽にお越しください。',
    // a contract announced with its amount, vendors asked for a breakdown, a shop's own comparison
    '文書管理システムの業者選定の結果、筑後ソリューションズ株式会社と契約金額1,980万円で契約しました。',
    '見積書の内訳を添えて、期限までに提出してください。',
    '他社より3割安い料金プラン、好評受付中です！',
    // a firm's own release cited, a seminar on papers, a paper read and the telling refused
    '有明交通さんのプレスリリースによると、来年3月で市内3路線を廃止するとのことです。',
    '企業の社内資料の作り方を学ぶセミナーを開催します。',
    '社内資料を見せてもらいましたが、内容はお伝えできません。',
    // a budget proposed or passed, the state's request, a request season with no figure
    '来年度予算案は総額320億円で、3月議会に提案しました。',
    '国の概算要求では、子育て関連予算は1兆円で財務省と調整中とのことです。',
    '予算要求の時期ですが、窓口は通常どおり開いています。',
    '移住支援金1,200万円を含む補正予算が議会で可決されました。',
    // an audit with no finding, a result to come, a result published
    '監査委員事務局が調査中です。結果は判明次第お知らせします。',
    '監査委員が定期監査を行っています。今年は市内12施設を回る予定です。',
    '監査委員による定期監査の結果を公表しました。指摘事項は3件でした。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('confidential: blind wave 88 kinds (a consent post before the council, a draft answer shared, an embargoed paper shown, a closed session told, a hush order reported)', () => {
  it.each([
    // who is to fill a post the council must consent to, told as settled while the consent is still to come
    '副市長には総務部長が就く見通しで固まったそうです。6月議会に同意案件として提出する予定とのことです。',
    '次の教育長は元中学校長の女性でほぼ固まりました。議会の同意が得られれば4月に就任の見込みです。',
    '監査委員に元銀行支店長を充てる線で固まりました。9月議会に選任案がかけられる見通しです。',
    '新しい教育委員には地元のお医者さんがなる見込みで決まりっぽいです！議会同意はこれからですけどね。',
    // a draft answer to a council question shared with an aside or a way of showing between, or named and its answer told ahead
    '来週の一般質問に向けた市長答弁の素案、スクショで貼っておきます。まだ確定版ではないので参考までに。',
    '一般質問の答弁の原稿（財政課チェック前）をこっそり載せちゃいます！',
    '代表質問の答弁書の下書きを見ました。教育長の答弁は「検討する」で行く方向とのことです。',
    // a press paper with its embargo still to come, shown or told
    'あさって10時解禁のプレスリリース、出来立てを載せておきます。新しい観光船は定員40人です。',
    '8日15時解禁の記者発表資料です📄 市内の全小学校に電子黒板を導入します。',
    '報道資料（解禁は来週月曜）の写真、先にアップします。今年の花火大会は2日間の開催です。',
    // a session said to be closed in a concession, then what it was told (ﾋﾐﾂ read back as 秘密)
    '今日の委員会は途中から秘密会になりましたけど、こっそり。統合する小学校は2校に絞られたそうです。',
    '協議会は非公開だったけど少しだけ…。新しい給食センターは民間委託の方向でまとまりつつあります。',
    '全員協議会はﾋﾐﾂ会だったけど、新庁舎の建設費は約80億円になる見込みです。',
    // an order to keep a matter quiet, reported with the matter it covers
    '副市長から「公民館の統合は来年度に前倒しする。まだ外には漏らすな」との指示がありました。',
    '幹部会のあと、市長が「敬老祝い金は廃止だ。議会に出すまで口外するなよ」っておっしゃってました。',
    '今朝、部長から「図書館の休館日を増やす件は、当分表に出すな」だそうです。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule.startsWith('confidential/') && f.severity === 'block')).toBe(true)
  })
  it.each([
    // an appointment after the consent, consent explained as a rule, a proposal passed or filed, a new member introduced
    '3月議会の同意を得て、4月1日付で教育長に前こども未来部長が就任しました。',
    '副市長の選任には議会の同意が必要です。選任の議案は3月議会に提出する予定です。',
    '本日の本会議で、教育長の任命に関する同意案件が可決されました。',
    '副市長に田中さんを選任する議案を本日の議会に提出しました。',
    '教育委員に新しく就任された山田さんをご紹介します。議会の同意をいただき、本日辞令を交付しました。',
    // drafting named as work, a draft shared among staff, answers published, a lesson on writing one, the answer to be seen live
    '議会前は答弁書案の作成で遅くまで残業が続きます。',
    '答弁書案は課内で共有し、部長の確認を受けてから確定します。',
    '一般質問での市長の答弁は、会議録として市HPに掲載しています。',
    '新人職員向けに、答弁書案の書き方のポイントを紹介します。',
    '答弁書の原稿は本番直前まで手直しします。市長の答弁は当日の中継でご覧ください。',
    '答弁書案の作成が終わりました。市長の答弁は11日の予定です。',
    // a paper sent with its content kept till the embargo, 報道解禁 explained, a paper published, a fishing season, a teaser
    '明日11時解禁の記者発表資料を報道各社にお送りしました。内容は解禁後に市HPでもお知らせします。',
    '報道解禁とは、記者発表の内容を報道してよい日時のことで、資料に明記します。',
    '先週、記者発表資料を公表しました。ふるさと納税の返礼品に新しい海苔が加わりました📄',
    '明日解禁のアユ漁の資料をお配りしました。写真は昨年の様子です。',
    '【予告】明日10時解禁の情報があります。お楽しみに！',
    // a public session's report, a refusal, thanks to the gallery, a notice to wait, 秘密会 defined
    '本日の全員協議会は公開で行われ、ごみ処理施設の候補地3か所について説明がありました。資料は市HPに掲載しています。',
    '委員会は途中から秘密会となりましたが、内容についてはお伝えできません。',
    '全協は秘密会でしたが、傍聴に来てくださった皆さん、寒い中ありがとうございました。',
    '秘密会でしたが、結果は公表され次第、市HPでお知らせします。',
    '秘密会とは、議会の議決により非公開で行う会議のことです。',
    // a saying with no matter of the city, a matter now published, a weather warning, an executive meeting with nothing held back
    '子どもの頃、祖父によく「家の中のことはよそに言うな」と言われたものです。',
    '予算の話は表に出すなと言われていた時代もありましたが、今は予算編成過程も市HPで公開しています。',
    '強風のため「植木鉢は外に出すな」とのことです。',
    '今朝の庁議で、来年度の予算編成方針を確認しました。方針は市HPで公開しています。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('confidential: a committee inquiry under way told with its progress and findings, a case conference told with how its cases stand (blind R439Q-035, R439Q-051 kinds)', () => {
  it.each([
    // an inquiry still at work, how far it has got, a thing left undone named as the point at issue or found
    '小学校の重大事態について、調査委員会が検証を続けています。教職員への聞き取りはひととおり済み、学校がアンケート結果を教育委員会に上げていなかったことが争点になっています。',
    '市立病院の医療事故で、外部の検証委員会の調査が進んでいます。関係職員5名のヒアリングが終わり、当直医が異変の連絡を受けながら診察しなかった点が焦点となっています。',
    '部活動での体罰の件、第三者委員会の調べは続いとります。部員への聴き取りは終了して、顧問が保護者の訴えを校長に伝えていなかったことが分かってきています。',
    // a case conference named, then some of its cases counted out of those it follows, or a count with their state
    '昨日の個別ケース検討会議で、見守り中の8世帯のうち1世帯は連絡が取れない状態が続いており、学校と一緒に安否確認を急ぐことになりました。',
    '要対協の実務者会議がありました。管理ケース30件中3件で状況が悪化しているため、児相と協議して一時保護も視野に入れるとのことです。',
    '地域ケア個別会議を開きました。対象の5人のうち2人は認知症の症状が進んでおり、ケアマネと家族で施設入所を検討しています。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule.startsWith('confidential/') && f.severity === 'block')).toBe(true)
  })
  it.each([
    // a committee's report published, an inquiry with no findings, progress thanked, a past case in a lesson
    '第三者委員会の調査報告書が公表されました。担任が相談を受けながら管理職に報告していなかった点が指摘されています。',
    'いじめ重大事態について、第三者委員会による調査が進んでいます。関係者への聞き取りは終わりました。結果がまとまり次第お知らせします。',
    '第三者委員会の聞き取りは終わりました。委員の皆さん、遅くまでありがとうございました。',
    '教職員研修では、相談を受けながら報告しなかった点が問題とされた他市の事例を学びました。',
    // a conference held with nothing of its cases, the policy tier, agencies counted, a yearly count published
    '要保護児童対策地域協議会の実務者会議を開催しました。関係機関の役割分担を確認しました。',
    '本日、要対協の代表者会議を開き、今年度の研修計画を決めました。',
    '要対協の事務局では、12の関係機関と連携して、子どもの見守りを行っています。',
    '要対協の年次報告によると、昨年度の相談328件のうち心理的虐待が142件でした。詳しくは市HPをご覧ください。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('confidential: a closed meeting\'s proposal and a member\'s stance, a move at a personnel round to come, police details heard and passed on, a sum entered in a budget still being worked out, a firm\'s unit price and rivals\' quotes (blind wave 90, conf90)', () => {
  // Blind R442T-013 kind: an internal or HQ meeting named, a proposal said to have come up or the call left to its head, with one member's stance.
  // Blind R442T-020, R444V-053 kind: a post-holder's move at a personnel round to come, said to be likely or being settled.
  // Blind R442T-028, R444V-055 kind: what the police said of an open case, heard and passed on, with a suspect's profile or a step of the inquiry.
  // Blind R442T-034, R444V-001 kind: a sum said to be entered (計上中, 計上する方向, 盛り込む方針) while the budget is with the finance section or before its assessment.
  // Blind R442T-043 kind: a firm's contract unit price, or the rival quotes it was weighed against.
  it.each([
    '昨日の庁議の中で、市民プールを来年度から休止する案が出ていました。教育部長は反対の立場でしたが、最後は市長の判断に委ねられそうです。',
    '部長会議では、イベントを延期すべきとの意見も出ました。総務部長は前向きでしたが、どうなるかはまだ分かりません。',
    '水防本部会議で、河川敷の駐車場を閉鎖する案が出ています。建設部長は慎重な姿勢で、最終的には本部長の判断になりそうです。',
    '来月の人事では、税務課の中島課長が福祉課長に転出することになりそうです。',
    '総務課長は秋の人事で交代となる見込みで、後任を調整しているところです。',
    '次の人事異動で、観光課の係長が商工課に異動する方向で話が進んでいます。',
    '警察の方から聞いたところでは、現場近くのカメラに映っていた20代の女性が浮上しているそうです。',
    '署の担当者から伺った話では、容疑者は市内に住む元職員で、来週にも任意で事情を聴くとのことでした。',
    '県警から聞いたところによると、すでに家宅捜索に入っているそうです。',
    '来年度予算の要求段階ですが、図書館の空調改修に1億2千万円を盛り込む方向です。',
    '財政課と調整しているところですが、児童館の建て替え費として4億円を計上する方針です。',
    '査定はまだですが、道路補修費で5,000万円ほどを要求中です。',
    '学校給食を運んでいる筑後運輸さん、今回の契約は1回5,500円という単価で請けてくれました。',
    '相見積もりを取った他社さんの金額はこの1.5倍だったので助かりました。株式会社みどり清掃さんには感謝です。',
    '清掃業務の見積もりを取ったほかの業者は、2割高かったです。有明クリーン株式会社さんにお願いしました。',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule.startsWith('confidential/') && f.severity === 'block')).toBe(true)
  })
  it.each([
    '本日の災害対策本部会議で、大川地区の避難指示を明朝7時に解除することを決定しました。',
    '災害対策本部会議を開催し、各部の被害状況を確認しました。本部長からは、引き続き警戒を続けるよう指示がありました。',
    '庁議で来年度の組織改正案を決定しました。詳細は市HPをご覧ください。',
    '4月1日付人事異動を発表しました。課長級の異動は12人です。',
    '4月の人事で異動となりました。3年間大変お世話になりました。',
    '警察から聞いたところでは、最近この手口の詐欺が県内で増えているそうです。不審な電話にご注意ください。',
    '警察では、40代の男性の行方を追っています。心当たりのある方は110番へご連絡ください。',
    '警察の方のお話では、事情聴取は任意のものと強制のものがあるそうです。防犯講座で学びました。',
    '今年度の補正予算では、災害復旧費として12億円を計上しています。',
    '来年度予算案を公表しました。子育て支援に5億円を計上する方針です。財政課と調整を重ねた結果です。',
    '入札結果を公表しました。配送業務は有明ロジ株式会社が1便8,000円で落札しました。',
    '見積もりを取った他社さんからも丁寧な提案をいただきました。ありがとうございました。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('confidential: police inquiry details passed on, cited in more ways and with more of what it holds; a firm\'s secret recipe told with its amounts (blind wave 91, conf91)', () => {
  // Blind R445W-005, R446X-054 kind: the police or an inquiry cited (…の調べによると, 捜査関係者によると, 警察から聞いたんですが, 署の方の話だと),
  // with a suspect's profile (顔見知り, 内部の者, 高校生2人, 元嘱託職員) or an inquiry step (任意同行, 絞り込めて, 補導される見込み, 持ち出した可能性).
  // Blind R445W-032 kind: a firm's know-how told with two amounts or more and named closed to outsiders in the same sentence.
  it.each([
    '駅前の自転車盗難の件ですが、県警の調べによると、近所に住む顔見知りの男性が関わっているとのことで、近く任意同行を求めるそうです。',
    '体育館の備品がなくなった件、捜査関係者によると内部の者の犯行とみられ、すでに数人から事情を聴いているようです。',
    '公民館の窓ガラスが割られた件、警察から聞いたんですが、高校生2人まで絞り込めていて、週明けにも補導される見込みとのことです。',
    '図書館の寄贈本が消えた件は、署の方の話だと元嘱託職員が持ち出した可能性があるとのこと。',
    '道の駅の直売所で伺った漬物の調合は、塩が野菜の3%、唐辛子は1kgあたり5gで、これは企業秘密だそうです！',
    '老舗酒蔵の清水酒造さんを取材。仕込みの温度は8℃で、発酵は25日間、このレシピは一子相伝とのことでした。',
    '焼き菓子工房さんのブレンドは小麦粉500gにバター200g、これが門外不出の味の秘密とのことです✨',
  ])('blocks %s', (text) => {
    expect(findingsOf(confidential, text).some((f) => f.rule.startsWith('confidential/') && f.severity === 'block')).toBe(true)
  })
  it.each([
    // a general word heard from the police, the police's appeal, an arrest or guidance announced, a theft with no inquiry details
    '警察から聞いたところでは、防犯カメラの映像が捜査の手がかりになるそうです。',
    '中学生3人組と見られる人物が目撃されています。警察では情報提供をお願いしています。お心当たりの方は110番へ。',
    '柳川警察署は、公園の遊具を壊したとして市内の中学生3人を補導したと発表しました。',
    '警察によると、市内で空き巣の被害が相次いでいるとのことです。戸締まりにご注意ください。',
    '先週、郷土資料館から掛軸が盗まれました。現在、警察に被害届を出しています。',
    '警察の捜査では、防犯カメラが大きな役割を果たしているそうです。防犯講座で教わりました。',
    // a craft seen with no secret, a published recipe, 門外不出 with no content, a recipe refused, a firm's age
    '市の伝統工芸館で藍染めの工程を見学しました。すくもを発酵させる様子を見せていただきました。',
    '今月の給食レシピ（鶏肉200g、玉ねぎ1個、しょうゆ大さじ2、砂糖10g）を市HPで公開しています。',
    '筑水染織さんの藍染めの製法は門外不出だそうです。それでも工房見学はいつでも歓迎とのこと。',
    '老舗の和菓子店を訪問しました。秘伝の餡の配合（小豆1kgに砂糖800g）は教えていただけませんでした。',
    '門外不出の製法を守り続けて100年、創業は大正12年の味噌蔵です。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('confidential: a bidder\'s standing in a selection still deliberated, a budget sum moved in the assessment or heading somewhere, an inquiry started on a named suspicion with its details (blind wave 92, conf92)', () => {
  // Blind R447Y-003 kind: the standing or score of a bidder or an operator in a selection not yet decided (…㈱, （株）…, …事業団; 第一位, 1番手, 最高点).
  // Blind R447Y-050, R448Z-034 kind: a budget sum told with how it moved or where it is heading, at a stage of the assessment or drafting.
  // Blind R448Z-027 kind: an inquiry started on a named suspicion, with those questioned, a query sent to the city or a count of those involved.
  it.each([
    ['ごみ収集業務のプロポーザル、審査はまだ途中だけど、総合点では（株）有明クリーンサービスが最高点でした。', 'confidential/pre-release'],
    ['図書館の次期指定管理者の選定、選考委員の採点では市文化振興事業団が1番手で、まだ正式には決まっていませんが本命です。', 'confidential/pre-release'],
    ['市民会館の指定管理、選定委員会の順位は株式会社ホールサービス筑後が第一位、まだ審議の途中なので内緒です。', 'confidential/pre-release'],
    ['新年度予算の要求段階ですが、図書館の資料購入費は600万円から450万円に削られる見通しです。', 'confidential/budget'],
    ['二次査定では地域おこし協力隊の事業費が2,400万円まで圧縮されました。議会への提出は2月です。', 'confidential/budget'],
    ['財政課と詰めている最中ですが、公民館の修繕費はだいたい3,000万円ほどで落ち着きそうです。', 'confidential/budget'],
    ['来年度予算の未定稿の段階ですが、防犯灯のLED化は1,500万円に増額の見込みです。', 'confidential/budget'],
    ['町議選をめぐって公選法違反の容疑で県警の強制捜査が入りました。後援会の幹部三人がすでに任意で事情を聴かれているそうです。', 'confidential/investigation'],
    ['市発注工事をめぐる贈賄の疑いで警察が捜査に乗り出し、市にも契約書類について照会を受けています。', 'confidential/investigation'],
    ['選挙違反の疑いで内偵が進んでいて、票の取りまとめを頼まれた関係者は二十人近くいるらしいです。', 'confidential/investigation'],
  ])('blocks %s', (text, rule) => {
    expect(findingsOf(confidential, text).some((f) => f.rule === rule && f.severity === 'block')).toBe(true)
  })
  it.each([
    // a committee merely sitting, a published selection, a scoring rule
    '市民プールの指定管理者について、選定委員会で審議中です。結果は決まり次第お知らせします。',
    '指定管理者の選定結果を公表しました。評価点は九州アクア株式会社が最も高く、候補者に選定しました。',
    '選定委員会の評価は、提案内容60点、価格40点の配点で行います。審議中の案件についてはお答えできません。',
    // a budget announced or settled, a fee heading somewhere with no budgeting stage, an assessment with no sum
    '令和8年度当初予算案を公表しました。市民マラソンへの補助金は800万円から500万円に減額しています。',
    '議会に提出した予算案では、図書館の資料購入費が300万円から450万円に増額されています。',
    '令和6年度決算では、体育館の光熱費が1,200万円から900万円に減額となりました。',
    'イベントの日程は実行委員会で調整中です。参加費は500円になりそうです。',
    '予算編成の時期を迎え、財政課の一次査定は来週から始まります。',
    // the city to cooperate with no details, an arrest from the police's release, an offence named in a warning
    '市議選に関し、公職選挙法違反の疑いで警察の捜査が入ったとの報道がありました。市としては捜査に全面的に協力してまいります。',
    '県警は、買収の疑いで運動員の男2人を逮捕したと発表しました（県警の報道発表資料より）。',
    '買収などの選挙違反の疑いがある行為を見かけたら、警察にご相談ください。',
    '詐欺の疑いで捜査が進められていると聞きましたが、詳しいことは分かりません。市としては警察の捜査に協力します。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('confidential: the city\'s inquiry into a named firm with its findings so far, a joint inquiry with the police with the suspect told (blind wave 93, confpi93)', () => {
  // Blind R451C-018 kind: FINDINGS_TOLD (これまでに分かった/現時点で判明している…は + a figure) with a wrongdoing under inquiry and the party named.
  // Blind R452D-037 kind: POLICE_JOINT_INQUIRY (警察と連携して調査中) with who did it or what the one questioned said (…したのは…業者, 聞き取りでは…認め).
  it.each([
    ['介護報酬の水増しの疑いで、市内の「ひまわりデイサービスセンター」を監査中です。現時点で判明している過大請求は約180万円にのぼります。', 'confidential/investigation:block:現時点で判明している過大請求は約1'],
    ['生活保護費の不正受給の疑いについて、株式会社ミドリ不動産を調査しています。今のところ確認できた家賃の水増し分は12件です。', 'confidential/investigation:block:今のところ確認できた家賃の水増し分は1'],
    ['補助金の虚偽申請の疑いがあるため、大和工務店さんへの調査を進めています。これまでに把握した架空の工事は3か所で、領収書の日付が書き換えられていたことも確認済みです。', 'confidential/investigation:block:これまでに把握した架空の工事は3'],
    ['先週の空き巣の件は、警察と協力して調べています。盗んだのは近所に住む少年で、事情聴取に対して関与を認めているそうです。', 'confidential/investigation:block:警察と協力して調べてい'],
    ['公園の遊具が壊された件について、県警と連携して捜査中です。取り調べでは、中学生が「遊び半分だった」と話しているとのことです。', 'confidential/investigation:block:県警と連携して捜査中'],
    ['河川敷への産廃投棄について、警察が捜査中で、捨てたのは市外の運送会社だと分かっています。', 'confidential/investigation:block:警察が捜査中'],
  ])('blocks %s', (text, expected) => {
    expect(summary(findingsOf(confidential, text))).toContain(expected)
  })
  it.each([
    '台風14号の被害状況を調査しています。これまでに確認された被害は住宅15棟、道路の冠水が8か所です。',
    '補助金の不正受給の疑いがある事業者について調査を進めています。結果は分かり次第お知らせします。',
    '市内の「さくら歯科」で院内感染の疑いがあり、保健所が調査中です。これまでに分かった感染者は5人で、詳しくは記者会見で公表しました。',
    '不法投棄の防止に向け、警察と連携してパトロールを行っています。見かけた方はご連絡ください。',
    '先月の不法投棄事案について、現在警察と連携して調査中です。詳細は分かり次第お知らせします。',
    '県警は、不法投棄の疑いで市内の解体業者を逮捕したと発表しました。調べに対し容疑を認めているということです。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('confidential: a closed test\'s answers told, a survey form\'s facts on a named respondent, suspects said nearly identified (blind wave 94, conf94)', () => {
  // Blind R454F-009 kind: EXAM_ANSWER_TOLD (第N問/問N/テストの答え・正解・解答は + the answer) for a closed test (確認テスト, 昇任試験) or passed to the next takers.
  // Blind R454F-011 kind: SURVEY_FORM_READ with SURVEY_RESPONDENT_NAMED and SURVEY_RESPONDENT_FACT (a named firm's sales, staff, acreage).
  // Blind R455G-011 kind: SUSPECTS_KNOWN widened (…による犯行と断定, 犯人はほぼ絞り込まれ, 目星をつけて, 容疑者を特定し; 報告を受けて as hearsay).
  it.each([
    ['新任職員研修の確認テスト、お疲れさまでした。問２の正解は「地方公務員法第34条」でした。来年受ける皆さんも覚えておいてね。', 'confidential/pre-release:block:問２の正解は「地方公務員法第34条」'],
    ['昇任試験の第5問の解答は③です。', 'confidential/pre-release:block:第5問の解答は③'],
    ['防災講座の小テストの答えは（イ）でした。次回の講座に参加される方はぜひ予習を。', 'confidential/pre-release:block:テストの答えは（イ）'],
    ['工業統計の調査票を見ると、株式会社みなみ精工さんの従業員数は昨年から20人増えていました。', 'confidential/duty-secret:block:調査票を見ると'],
    ['農林業センサスの調査票を点検していたら、大川農園さんの作付面積が町内で一番広くてびっくり。', 'confidential/duty-secret:block:調査票を点検し'],
    ['商業統計の調査で訪問した事業所のうち、ひかり鮮魚店さんは年商が1億円を超えていて驚きました。', 'confidential/duty-secret:block:調査で訪問した事業所'],
    ['警察は市内の少年グループに目星をつけているそうです。', 'confidential/investigation:block:目星をつけて'],
    ['窃盗事件の犯人はほぼ絞り込まれていると警察から報告を受けています。', 'confidential/investigation:block:犯人はほぼ絞り込まれ'],
    ['警察の調べで、放火は市外の男による犯行と断定されたと聞いています。', 'confidential/investigation:block:による犯行と断定され'],
    ['容疑者を特定したと署から連絡があったそうです。', 'confidential/investigation:block:容疑者を特定し'],
  ])('blocks %s', (text, expected) => {
    expect(summary(findingsOf(confidential, text))).toContain(expected)
  })
  it.each([
    '調査員説明会の理解度テストは、9月10日に市民会館で行います。筆記用具をお持ちください。',
    '昨日の研修で確認テストを行いました。答え合わせは次回の研修で行います。',
    '市報クイズの答えは「有明海」でした。正解者の中から抽選で10名にプレゼント。',
    '職員採用試験の問題と正答は、市ホームページに掲載しています。',
    'みんなの防災チェックテスト、第3問の答えは「水と食料は3日分」です。ご家庭でも確認してください。',
    '国勢調査の速報値によると、市の人口は6万2千人でした。',
    '経済センサスの結果、市内の製造業の売上高は前回より1割増えたと公表されました。',
    '経済センサスの調査員さん、調査票の回収お疲れさまでした。株式会社みなみ精工さんなど多くの事業所にご協力いただきました。',
    '調査票を確認したところ、有限会社ありあけ商店さんの記入漏れがありました。',
    '漏水の原因箇所はほぼ特定できたとのことです。',
    '警察によると、空き巣は市外の男による犯行と特定され、逮捕されました。',
    '自転車盗難が相次いでいます。犯人はまだ特定されておらず、警察が捜査を続けています。お気付きの点は110番を。',
    '警察から、詐欺グループの目星はまだついていないと聞いています。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('confidential: a contractor\'s case probed with its penalty still weighed, a budget request\'s revenue or spending expected before the assessment, what an internal meeting found on a case still held (blind wave 95, conf95b)', () => {
  // Blind R457J-027 kind: RIGGING_PROBED widened (入札妨害, 不正請求, 水増し請求, 手抜き工事), a penalty still weighed (SANCTION_PENDING) no sign of a public case.
  // Blind R457J-030 kind: BUDGET_UNDER_REVIEW widened to revenue and expected sums (見込んで, 想定, 充てる) in mixed units (1億2千万円, 二億五千万円).
  // Blind R458K-053 kind: MEETING_FOUND (庁内…会議で…ことが分かりました／と報告がありました) on a case under inquiry or held back (CASE_HELD95).
  it.each([
    ['市の清掃業務の委託をめぐり、市外の業者1社に水増し請求の疑いがあり、現在調査を進めています。処分は3か月の指名停止とする方向で検討中です。', 'confidential/investigation:block:水増し請求の疑いがあり'],
    ['学校の改修工事で、受注した工務店に手抜き工事の疑いがあって調査中です。営業停止を視野に協議しています。', 'confidential/investigation:block:手抜き工事の疑いがあって調査中'],
    ['町発注の橋りょう補修で談合の疑いがあるとの通報があり、担当課で確認中です。来週の審査会で指名停止にする見込みとのこと。', 'confidential/investigation:block:談合の疑いがあるとの通報'],
    ['再来年度予算の要求段階ですが、市営住宅の家賃収入として1億2千万円を見込んでいます。', 'confidential/budget:block:要求段階ですが、市営住宅の家賃収入として1億2千万円を見込ん'],
    ['財政課の査定中ですが、ふるさと納税の寄附額は8千万円と想定しています。', 'confidential/budget:block:財政課の査定中ですが'],
    ['予算の要求段階（査定前）ですが、新しい体育館の整備費に二億五千万円を充てる見込みです。', 'confidential/budget:block:二億五千万円を充て'],
    ['幹部会議で、市営プールでの負傷事故は監視員の配置が足りていなかったことが判明しました。警察が捜査中です。', 'confidential/meeting:block:幹部会議'],
    ['部内の調整会で、公園遊具の事故は部品の劣化が原因だったと説明がありました。警察の調べが済むまで、公表は控えるとのことです。', 'confidential/meeting:block:部内の調整会で、公園遊具の事故'],
    ['本日の課内の打ち合わせで、先週の給食の異物混入について、納入業者の検品記録に抜けがあったと報告がありました。保健所の調査が終わるまでは公表しないそうです。', 'confidential/meeting:block:課内の打ち合わせ'],
  ])('blocks %s', (text, expected) => {
    expect(summary(findingsOf(confidential, text)).some((s) => s.startsWith(expected) || (s.startsWith(expected.split(':').slice(0, 2).join(':') + ':') && s.includes(expected.split(':').slice(2).join(':'))))).toBe(true)
  })
  it.each([
    '下水道工事の入札で談合があったとして、市は本日、市内の業者2社を6か月の指名停止としました。',
    '談合の疑いがある場合は、公正取引委員会と連携して調査を進めています。指名停止等の措置要領はホームページをご覧ください。',
    '市の指名停止等審査委員会は、入札参加業者の不正行為について審査する機関です。',
    '車の査定前に洗車しておくと、5万円ほど高く売れる見込みです。',
    '令和7年度予算案を公表しました。市有地の売却収入として2億8千万円を見込んでいます。',
    '来年度の予算要求の受付は10月からです。要求段階の様式は財政課にお問い合わせください。',
    '本日の庁内連絡会議で、来月の防災訓練の日程が決まりました。',
    '先月の転覆事故について、市は本日、運航会社の整備記録に不備があったことを公表しました。警察の調べは続いています。',
    '本日の庁内連絡会議で、台風接近時の対応を確認したことが報告されました。警察や消防と連携して対応します。',
    '警察の調べで、事故の原因はスピードの出し過ぎと分かりました。',
    '今日の庁内連絡会議で、交通安全週間の取組について各課から報告がありました。事故ゼロを目指します。',
  ])('passes %s', (text) => {
    expect(findingsOf(confidential, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})
