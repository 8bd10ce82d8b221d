/**
 * confidential — 5(1): 秘密情報・機密情報を発信しない.
 *
 * - Markers of classified or internal documents, in any bracket or symbol form: 【秘】［庁内限］
 *   〔秘〕《取扱注意》(秘)（回覧用）, ㊙ ○秘 マル秘, CONFIDENTIAL, and the compound words of the policy
 *   list (部外秘, 課内限り, 職員限り, 内部資料, 想定問答 …). A bare 秘 is never matched (秘書課, 秘訣,
 *   神秘, 秘伝), and neither is (案) or (素案): a draft put out for public comment is public.
 * - Leaks of internal meetings: 庁議で…, 部長会議（非公開）のメモ, 部課長会で出た話, 市長レクで…, and closed sessions with
 *   any modifier between (非公開で行われた指定管理者選定委員会の議事録を入手, 公開されていない理事会の議事録) when their
 *   content is told or handed on; notices (傍聴はできません, 開示請求) and published outcomes are not.
 * - Pre-release information: まだ公表前ですが, 報道解禁前, 未公表の資料, 一足早くお見せします (with a
 *   release still to come in the paragraph), 発表はまだですが／資料提供は明日10時ですが + a result told, 正式発表を待たずに,
 *   documents still in the decision process (査定中の資料, 決裁がまだ下りていない案), bid secrets with a value (最低制限価格は…).
 * - Information only staff may see: 職員しか見られない, 外部への提供はしないこと, 職員にだけ配られた, 庁内メールで回ってきた.
 * - Undisclosed negotiations: 水面下で交渉, 誘致交渉を進めています.
 * - Matters the city has not made public, in any register (standard, keigo, 筑後弁・博多弁 〜とらん／〜やけん, casual):
 *   a not-yet-public marker said before telling a matter (まだ表に出とらん話ですけど, 記者発表の前なので, 議会に報告する前ですが,
 *   外には出せん話やけど), off the record with a decision (ここだけの話、…廃止されます), a decision made in private (内々に決まった);
 *   and the kinds that are confidential by nature: staff discipline decided but not announced (処分は減給で固まったそうです。
 *   発表は来週), a personnel move before its announcement (異動が決まりました…正式な発表は来週なので), who filed a complaint or
 *   request (要望を出されたのは、お隣の方ではなか, 角のお宅の方からのご連絡でした), what was said in a closed session (非公開の回
 *   でしたが、委員の方から「…」という発言), audit findings before the report or hidden (報告書出る前にこっそり直しとこ), the
 *   city's estimate for a bid not yet held (これから入札…見積もった額が二千三百万円), a price offered in a negotiation still going
 *   on (地権者さんとの話し合いは続いとって…一万二千円でお願いしとる), an incident not announced (記録媒体が行方不明…公表するか
 *   どうかは上で話し合い中), scores told before those concerned are notified (点数は…がトップ…通知が届き次第).
 *   Their public counterparts stay clean: 入札結果, 予算案の可決, 人事異動の発表, published 会議録, an apology announcing a loss.
 * - Round 10 kinds: a secret kept until the release with who was chosen named (発表日まではないしょ…さんに決まった, まだ言えん
 *   やつやけど…さんで決まり); a release named for later told first (明日の会見で発表する…ひと足先に…無料に); a member of staff to
 *   take a post later stated as settled (4月からの…課長には…次長が就くことが決まっている, …に来られることになりました); budget
 *   figures before their release (…万円で財政課と合意済み, a bill's amount before its notice, a cut read in internal papers);
 *   notices to staff (【職員各位】), the line to take with the press (会見では…の件には触れないように), internal notices cited
 *   (部長通知（柳建第…号）に基づき); internal reports and tallies cited (庁内の報告書だと, 庁内の速報ベースで) and figures before they
 *   go up (県に上げる前の数字); papers handed only to members (委員の皆さまにだけお配りした); a contractor settled inside (随意契約で
 *   …に発注することでまとまった); a police investigation (…とみて来週にも事情聴取); how a procurement selection went (3点差,
 *   審査員の間でも意見が分かれ). Their public counterparts stay clean: teasers naming no one, 付の人事, budgets passed,
 *   national notices (厚生労働省通知), contracts concluded, police work announced, contest results.
 * - Round 19: off the record as an aside around what was heard in a meeting or from inside (…と聞きました。ここだけの話で…,
 *   オフレコでお願いしますね, 内緒にしといてね), when nothing else in the paragraph was reported; 秘密に迫ります and a refused
 *   aside (ここだけの話にせず) stay clean.
 * - Round 41: the council or the public not yet told, with any particle (議会には報告前ですが, 委員会へは説明前なんですが); an
 *   outcome settled inside (方向で固まっており, 案でほぼ固まりました) while its formal step is still to come (正式には…で決まります,
 *   議会への説明はまだ, 発表まで今しばらく); 庁内の検討会議 as an internal meeting; figures worked out inside (課内で試算してみたところ);
 *   how a budget request fared in the internal assessment (財政課の査定でゼロ査定でした). A public vote's result, a penalty announced,
 *   the city's own estimate for residents (市で試算したところ) and a budget published stay clean.
 * - Round 43: a tally still being made inside, told with its figures (庁内で集計中の数字ですが、…約1,200人少なく); an item put into a
 *   budget or a bill before it goes to the council (まだ議会に出す前の補正予算案にこっそり入れてもらった); an English aside asking to
 *   keep a matter of the city quiet (…signed internally…so keep it between us); a choice nearly settled while the contract with the
 *   other party is still to come (…でほぼ決まっています。事務所との契約がまだなので). A tally announced as in progress, a bill
 *   published or put out for comment, a scam warning quoting the line and the reader's own contract stay clean.
 *   機密 (秘密情報, 内部情報) named as what a duty keeps, in the terms of a contract or a rule (機密情報について秘密保持義務を負い,
 *   機密事項を第三者に漏らしてはならない, 機密保持契約を締結) is no marker; a bracketed 【機密】 or a duty named and then broken on
 *   the quiet (…がありますが、ここだけの話、機密情報を少しだけ) still is.
 * - Round 44: an internal meeting's handout cited as the source of what is told (庁内会議の配布資料でも…と報告されていました); who is
 *   to be given a post, told as being arranged inside before it goes to the council or is announced (教育長については、…の男性を起用
 *   する方向で最終調整に入っている). Handouts as a topic, a public committee's papers, an appointment made, proposed or announced stay clean.
 * - Round 52: what a police or coast-guard inquiry recorded, cited as the source of what is told (警察から共有された非公開の事情聴取
 *   メモによると, 県警の捜査資料によれば, 供述調書の写しを見ると). An inquiry said to be under way, its result announced and a hearing of
 *   residents' views (意見聴取) stay clean.
 * - Round 47: a scoring or evaluation sheet marked (非公開) read and told (採点表（非公開）を見ると); the gap between bidders in points
 *   (上位2社の差はわずか3点); a named internal meeting's papers cited (庁議資料では, 部長会議資料によると); a paper marked or said to be
 *   before the council ((議会提出前), 議会提出前の答弁書案では); a paper for examiners or judges shown (面接官用の評価シート、ちょっと
 *   だけ見せちゃいます). A sheet named in a notice, a result published, meeting papers published, a resident's form before submission and
 *   a sheet said not to be shown stay clean.
 * - Round 48: a press release fixed for later with the release word after the time (記者発表資料は明日10時解禁ですが), then told
 *   ahead in the same sentence (早くお伝えしたいので先にお知らせします); a paper of a selection used by the examiners (面接官が使う
 *   評価シート) or marked in brackets ((非公開)), its content told (項目をちょっとだけ教えちゃいます). A release time with where to look,
 *   logistics told first (先に会場の地図を), a fishing season's 解禁, a sheet said not to be shown and a roster kept stay clean.
 * - Round 49: a press release bound to a later time said attributively (明日10時解禁の記者発表資料, 17日公表予定の資料, 明後日の会見で
 *   発表する内容), its content told ahead with the adverb before or after (…の内容を、先行してお知らせします; 先行して、…をお伝えいたします);
 *   judging criteria kept inside (課内で使っている非公開の採点表, 内部の選考基準, 評価表（非公開）) cited as the basis and their content told
 *   (…にもとづき、面接60点未満の方は不採用; 面接の配点が一番高く). A release handed to the press, a fishing season, logistics, criteria
 *   named with nothing told or published stay clean; so does a secrecy prefix run on to a playful head (応援団の「マル秘作戦」, ㊙レシピ,
 *   極秘ミッション), while 【マル秘】, ㊙資料, 極秘扱い, 極秘入手した and a label before a title (ﾏﾙ秘　黄砂…) stay markers.
 *   Round 55: so does a prefix run on to the mark on a paper the post shows (㊙マークついてたけど…デザイン案、先にチラ見せ).
 *   Blind R96A: and a paper with such a mark cited as the source of what is told (㊙マークのついた配置表を見ると、…延べ96人が応援に入ります).
 *   Blind R112A: and a figure or a result with such a mark shown or told ahead of its release (㊙マークがついてる水質検査の速報値、
 *   ちょっとだけ先に見せちゃう; 公表はもう少し先).
 * - Blind KF: 取扱注意 as a parcel's label on goods sent (割れ物のため、箱に「取扱注意」のシール), a quoted marker naming a class of
 *   papers in a lesson on handling them (「取扱注意」のハンコが押された書類は…置いたままにしないよう), a marker given as the reason a
 *   paper is not shown (内部資料のため写真はお見せできません) and a section's own review named as the source of an improvement (課内の
 *   反省会で出た意見をもとに…改善します) stay clean; a paper or data in the parcel's sentence, a paper shown or told on the quiet, content
 *   told after the refusal, and a remark, figure or decision told from the review stay flagged.
 * - Blind R54A: the formal release said to come later in any ending (正式な公表は来週の記者発表になりますが, 記者発表は週明けになる
 *   んですけど, 発表は来週やけど, 正式には明日の会見で発表されますが), then a figure or a decision told in the same sentence; the
 *   reader asked to keep what was told secret until the release (発表まではご内密にお願いいたします, 解禁までは誰にも言わないで).
 *   A paper marked non-public in brackets cited as the source (庁内会議資料（非公表）によると, 名簿（委員限り）を見ると; （未公表） is
 *   a bracket marker already). A release date with a notice (当選者には個別にご連絡します, 決まり次第ホームページで), a teaser (発表まで
 *   内緒です！お楽しみに), a person's details withheld (職業は（非公表）) and a saying quoted as an example (「…」といった書き込み)
 *   stay clean.
 * - Blind R56A/R57A: a named person's private remark heard by staff on duty (受付のあと廊下で…候補者の…さんが陣営の方に「…」と
 *   こぼしておられました; confidential/duty-secret), and an internal report cited as the source of a finding with no figure (内部報告書
 *   では原因は…となっています). A public talk, tears shed, residents' voices unnamed, a public body's or a published report stay clean.
 * - Blind R58A: an internal paper cited in English as the source (according to our internal budget briefing, per an internal memo) and
 *   the English marker not for public release; a selection's or an internal meeting's paper, or each applicant's scores, shown in a
 *   photo or on a screen (スクリーンに映っているのは、選考会議で使った…申請者ごとの指数の一覧です); a judging paper said to be the one
 *   actually used inside, handed out (人事課内で実際に使っている面接評価シートを写真で載せておきます). A published summary, the Ministry of
 *   Internal Affairs, a briefing's slides published, a notice of scores sent and a section's checklist for residents stay clean.
 * - Blind R59A/GV: 解禁前 of a harvest or a food's season (海苔の摘み取りは、解禁前に品質検査) is no embargo; confidential said of a
 *   service (free and confidential consultations, kept strictly confidential) marks no paper; a paper used inside said disclosed
 *   (庁内で使用している評価シートは、情報公開請求により開示しています) is no staff-only information.
 * - Blind R62A/GY: a paper only insiders may look at, then shown (関係者しか見たらいかん資料なんやけど…見せちゃう); a matter said not yet
 *   out as a thing (まだ外に出ていないものですが、…メモをそのまま載せます); the record of a closed part cited (非公開部分の議事録によりますと);
 *   how a procurement evaluation went (2位の業者の技術点が1位より12点も高く, 価格点の差だけで順位が逆転, 審査委員の間で異論が残りました).
 *   A section's daily meeting as a routine (課内の朝礼で、その日の予定と来客を確認します), a meeting named as the predicate (週の始まりは
 *   庁議です) and 解禁前 in a heading of a paragraph about a harvest (■解禁前の準備が肝心 ⏎ 摘み取りの解禁前は…) stay clean.
 * - Blind R63A/GZ: what a statistical survey's forms hold, told by one who handled them (回収した調査票を見ていて気づいたのは、…一人暮らし
 *   の高齢の方がとても多いこと; 国勢調査で伺ったお宅のうち、半分以上が…; confidential/duty-secret). How to fill in or return the forms, the
 *   forms kept safe, a published result and thanks stay clean. 未定稿 as a writer's unfinished manuscript (白秋が晩年に書き残した未定稿の詩の
 *   ノート) and a place only insiders normally see opened on a tour (普段は関係者しか見られない水門の内部を、見学会でご案内します) stay clean;
 *   【未定稿】, a plan still 未定稿 shown, and a record or a drawing shown on the tour stay flagged.
 * - Blind R64A: the owner of a matter said to have asked that it be held back until its release, then it told in the same sentence
 *   (県からは正式発表まで外に出さないよう言われていますが、…約6万羽の処分が始まる予定です); an internal meeting named with its subject
 *   between (課内の滞納整理会議では…と報告されました); the handout of a closed gathering put out (説明会（非公開）…当日お配りした資料から、
 *   …抜粋して掲載します). The request given as a reason or followed by a notice, a meeting room, a meeting named as a topic, papers sent
 *   only to those who came and an open gathering's handout stay clean.
 * - Blind R66A/HB: a case conference bound by a duty of secrecy (要保護児童対策地域協議会（個別ケース検討会議）, 要対協, ケース会議, 地域ケア
 *   個別会議, 生活困窮者の支援会議) cited as the source of what is told (の資料によると…, では…と報告されました, で出た話やけど). The council
 *   described, its papers kept, a policy council's papers and a published report stay clean; so does English confidential said of what
 *   callers give a service (the information you give will be kept confidential).
 * - Blind R68A/R69A: a paper said to be non-public with a compound head cited as the source (非公開の調査報告書によると、当該教諭は…);
 *   a request to keep a handout inside said as the writer's aside in round brackets (資料（外には出さないでほしいと言われたものですが）
 *   によると…31件), which is no quoted example even beside いじめ; the embargo line of a press release posted with it (取材解禁は10月16日
 *   10時です。それまでは公表しないでください). The paper named with no citation, a published handout, the request as a reason, a fishing
 *   season, the city's own teaser (情報解禁は…お楽しみに) and the line quoted in a how-to stay clean.
 * - Blind HF-133: a writer's 未定稿 exhibited, deposited, kept or found (白秋の未定稿（推敲途中の下書き原稿）3点を初公開, 寄託された白秋の
 *   未定稿5点を一般公開) is a literary term; a plan's or a body's 未定稿 shown and 未定稿 as a predicate (まだ未定稿ですが) stay markers.
 * - Blind R72A/R73A: a tally of complaints with one put to a person (うち1件は近隣の自治会長さんからのものでした) and the same household
 *   said to complain again and again (同じ世帯からの繰り返しの苦情; confidential/complainant); a section's working record gone through
 *   and its counts told (課内の苦情対応記録簿をまとめてみると…127件); a staff channel named as the source of a repost (（課内チャットより
 *   転載）). A count put to no one, a record kept, a published count, the city's public LINE and a channel introduced stay clean.
 * - Blind R74A/R75A: a paper restricted to the bodies or sections concerned (「関係機関限り」の連絡票, 【関係各課限り】, 関係部署限りで回って
 *   きた文書ば見たら, 構成団体限りの名簿ですが…共有) cited or handed on; an internal paper cited with a polite or dialect ending (内部の審査資料
 *   によりますと…217件, 課内の審査記録を見ますと, 内部の調査データば見たら). Bodies working together (関係機関と連携), a meeting held
 *   関係機関限りで, a lesson on such papers, a refusal, a published or national paper and a 内部統制 report (published by law) stay clean.
 * - Blind R79A-054: a tender's price said to be published only after the opening or not at all (予定価格は事後公表としておりますが,
 *   開札後の公表になっとるばってん, 開札まで伏せていますが), then given as an amount in the same sentence. The rule stated with no
 *   amount, a price published in advance, another cost or the passed budget named and the result after the opening stay clean.
 * - Blind R133I-079: a question of an exam not yet sat, shown before it (明日の…テスト、数学の大問3はこれです→「…」: EXAM_LEAK).
 * - Blind R133I-043: a session said to be closed, then the writer saying it will tell a little anyway (秘密会でしたが、少しだけ紹介
 *   します。…), what was said following (SHARED_ANYWAY).
 * - conf3 (blind R234M/R235I): an exam's questions heard ahead from its side (…「…」を必ず聞くそうなので: EXAM_ASKED_HEARD); a meeting
 *   held in closed session, then what was reported in it (…は非公開で開催されました。席上、…旨の報告がありました: CLOSED_HELD); a paper not
 *   to be taken away, photographed and posted (持ち帰りダメって言われた…配布資料、…載せます: NO_TAKING_SHOWN); a hold until a time promised
 *   to the press, then told ahead (…金曜17時までは表に出さないとお約束している件ですが、…一足先にお伝えします: HOLD_PROMISED); a release's
 *   work shown in a peek got on the quiet (…記者会見でお披露目する…、担当の机の上に置いてありました…チラ見せ: PEEK_COVERT).
 * - Blind R85A-010/074: a session said to be closed in a clause of reason or concession (委員会は非公開なので…, 秘密会になったんですけど,
 *   非公開やったけん), then its outcome told in the same sentence (86点でトップ, …にお願いする流れになりました, …で固まった). A notice, a
 *   session with nothing told and a published result stay clean.
 * - Blind R86A/R87A: a paper made for internal use cited for its figures (庁内用の集計表によりますと…延べ64回, 職員用の一覧表では, 内部用の
 *   試算表やと); a session turned closed (秘密会に切り替わったあと, 傍聴なしの協議会に切り替わってから, 傍聴者に退席していただいた後), then
 *   a remark made in it told (議長が「…」とおっしゃって, 副市長から「…」という説明があり: CLOSED_SWITCH); a term of a contract said
 *   unpublished with a verb, then its figure (手数料は公表していないんですが、寄附額の12％: UNPUBLISHED_TERM). 機密 named as a topic of a
 *   training (研修…機密情報の取り扱いや…について確認しました: lessonTopic), a switch announced, a published total and a name withheld stay clean.
 * - Blind R90A/R91A: a rule that a matter is not published said as a concession, then the matter told (学校別は公表しない決まりなんですが、
 *   …ダントツの１位: NOT_PUBLISHED_RULE); a paper kept inside named as the source of an excerpt put out (課内の集計資料から、…を抜粋して
 *   お知らせします: INTERNAL_EXCERPT); a case under investigation, then its parties told (調査中の件…加害側とされてるのは…3人:
 *   UNDER_INQUIRY_CASE); an inquiry's findings so far, told before its report (第三者委員会のこれまでの聞き取りでは、…ことが分かって
 *   います。報告書がまとまり次第: INQUIRY_HEARING_FOUND); questions of an exam to come, or a paper handed out inside as their source
 *   (今年の面接で聞かれる質問は「…」, （課内で配られた面接要領より）); the city's line in a suit or its lawyer's view of the odds (顧問弁護士と
 *   打合せ…争点を…に絞り, 顧問弁護士の意見書によれば…やや不利). The public part told, a notice, a lawyer consulted, a report published
 *   and 内部情報 named as a ground of non-disclosure (不開示の理由は…内部情報が含まれていたこと) stay clean.
 * - Blind R104A: a closed case conference named as an occasion (昨日の要対協の個別ケース検討会議、…; 地域ケア会議おわり), then its cases
 *   told with a count or a detail (見守り対象になっている家庭はいま42世帯: CASE_MEETING_HELD); an internal selection paper read out with
 *   its figures (内部の判定資料を確認したところ、…35点: SELECTION_PAPER_READ) and other applicants' standing told to one (入られた方の最下位
 *   より2点足りません, ボーダーは43点, 申込者の中で5番目: OTHERS_STANDING). The conference named as a fact, training, attendance, a yearly
 *   count published, a paper read to find nothing and a published minimum score stay clean.
 * - Blind R106A: a closed meeting named as the head of a share (地域ケア会議（非公開）の共有です, 非公開の…会議のご報告です), then what was
 *   reported there told in the lines after (…との報告がありました). The head alone, a notice of the summary to come and a public meeting stay clean.
 * - Blind R108A: a figure said not yet public before its noun, then its amount (まだ非公開の被害額の見積もり、約十二億円: NONPUBLIC_FIGURE);
 *   a personnel measure on a member of staff pointed at by the case (当該職員には注意処分を行っております: STAFF_MEASURE). Guidance given,
 *   見積もり合わせ, a figure published and the city's formal announcement of a penalty stay clean.
 * - Blind R110A: the designated bidders or the expected winner of a tender not yet opened (指名業者は有明建設・…, ほぼ有明建設で決まり
 *   だろう: BID_NAMED); a selection committee's deliberation told (委員の中には貴社を推す声: SCORE_GAP, with 選考委員会/貴社 as procurement);
 *   a business's consultation record cited for its troubles (融資相談の記録にも載っとった…身売り: BIZ_CONSULT_RECORD); a company named as the
 *   party of a negotiation still going on (交渉中の九州精密部品株式会社が…進出を決める見込み: NEGOTIATED_COMPANY). Rules for choosing
 *   bidders, results published, an invitation to consult, a record kept and an agreement concluded stay clean.
 * - Blind R125A: a quoted marker the writer was told applies to a matter (「報道解禁前なので」と言われている…結果ですが、…だったそうです),
 *   then the matter told in that sentence: no example but a leak. Held until the release, a lesson or a season's 解禁前 stay clean.
 * - Blind R157I/R158A: a staff-only marker with 限り in kana (（庁内かぎり）, 【職員かぎり】) and a figure labelled an internal preliminary
 *   value in brackets (（内部の速報値）, （庁内の暫定値）, （内部試算）); a closed session, then its content promised (ちょっとだけ中身を
 *   お話しします) with the telling in the next paragraph; a closed part's paper with a relative clause between (非公開部分で示された資料
 *   によりますと, 秘密会で配られた資料によると); the official count not yet out, then told (公式の速報はまだですが、…60％の時点で…リード);
 *   a budget request shown while before the internal assessment (まだ財政課の査定前なので金額は変わるかも: PRE_ASSESSMENT); a case
 *   conference named, then its papers handed on (…個別ケース検討会議、資料の一部を共有します: CASE_PAPER_SHARED); two bidders' gap in points
 *   (A社とB社の差はわずか3点) and each bidder's scoring sheet in a photo (写真は各社の採点表です). A closed review's result announced by
 *   the city (審査（非公開）の結果、…を契約候補者に選定しました: announcedOutcome), かぎり of a sale, a preliminary value with no internal
 *   label, a warning's 速報, the assessment as a status or a refusal and a contest's gap stay clean.
 * - Blind R160I/R161A/TV: a meeting marked closed named as the occasion, then how its deliberation went (全員協議会（非公開）、…でかなり
 *   紛糾しました, …が有力っぽい: DELIBERATION_STATE); a figure labelled an internal preliminary value in running text (…1,842人でした
 *   （課内の速報値なので、正式な数字はあとで出ます）: INTERNAL_PRELIM). A swindler's pitch quoted in a warning (「上場企業の内部情報が
 *   あるので必ずもうかる」といった勧誘: scamPitch, a mention) and a marked paper named as what a photo must not catch (社外秘の売上表が写って
 *   いた、という失敗は珍しくない; 写り込まないよう: photoLesson) stay clean.
 * - Blind R162I/R163A (2): how many have come forward for a tender still open, or who withdrew (締切前ですが今のところ参加表明は3社,
 *   1社からは辞退の連絡: BID_ENTRANTS_TOLD); next year's budget or personnel, or the budget process, caught in the post's photo (ホワイト
 *   ボードに来年度の予算配分がばっちり写ってますが: MATTER_IN_PHOTO); a staff system's screen shown with its figures (管理画面をちょっと
 *   だけ公開！…43件: INTERNAL_SCREEN). A deadline, a result after the opening, a past count, the registration of bidders, a photo kept
 *   clear or blurred, a public briefing, a feature released to users and a screen shown in a training stay clean.
 * - Blind R168A/R169D/R170I/TX (round 43 fixes): a paper before the council with the step said as a verb, shown (議会に出す前の…資料、
 *   ちょっとだけお見せします); a closed session named as the occasion, then where it is heading (非公開の審査会、…さんに決まりそう); the closed
 *   part of a gathering shared (非公開の部で出た話を共有します); the price of the next lot (次の工区の予定価格は…); a list or a paper before its
 *   release or in the assessment with its topic between (発表前の文化賞の受賞者一覧, 査定前の各課の要求額); the photo said to show a paper the
 *   paragraph says is not public (写真のスライドは…を示したものです。資料は非公開ですが: PHOTO_SHOWS_PAPER); a staff-only note left on a board in
 *   the photo (ホワイトボードに課内の打ち合わせメモ…が残ってますが: STAFF_NOTE_IN_PHOTO); a residents' records system shown with their data
 *   (住民記録システム…こんなふうに世帯全員の情報が: RECORDS_SYSTEM_SHOWN). A rule of handling named as a topic of a training (機密情報の持ち出し
 *   禁止…を確認しました: ruleTaught), a draft put out for comment, an announced decision, the scene in a photo and the reader's own data stay clean.
 * - Blind R179I/R181D/R182I: a figure the post places before its report or release (議会報告前の速報値で97.84％: FIGURE_LABELLED_AHEAD;
 *   …約860万円まで増額（議会への報告はこれからです）: REPORT_STILL_AHEAD; 議会に出すのは2月なので…まだ言えませんが、…手厚くなります:
 *   COUNCIL_LATER_CANT_SAY); a question or an essay's theme of an exam still to come (来週の…試験…「…」が出ます, 6月22日の一次試験、論文のテーマ
 *   は「…」です: EXAM_CONTENT_AHEAD). A figure reported after the council, an exam's subjects, scope or date and a past theme stay clean.
 * - Blind R184I–R188A: a figure worked out inside named as such (課内で試算した数字では); the report to the council, the prefecture or the
 *   state still to come beside an amount (（県への報告はこれからです）) or as a concession, the amount in the sentence beside (議会への説明は
 *   まだですが、参考までにお伝えします: STILL_AHEAD_TOLD_ANYWAY); the telling as an aside ahead of the report (議会への報告に先立ち申し上げ
 *   ますと: TOLD_BEFORE_REPORT); a paper said not public in a bracketed aside, cited (議事録（外には出していないものです）には); a non-public
 *   paper shown (非公開の図面をちょっとだけお見せします: NONPUBLIC_PAPER_SHOWN); a figure heard from the section in charge (担当から聞いた
 *   数字では: FIGURE_HEARD_INSIDE); the matter kept to the section (まだ課の中だけで扱っている段階なのですが). Reported or published figures,
 *   a report made, no figure told, a notice to wait, a paper kept or asked for and a collection opened on a day stay clean.
 * - Reviewer (conf5) false blocks: a thing normally closed opened to the public on an occasion (普段は非公開の古文書を、…の日に特別に
 *   お見せします: openedToPublic), a paper refused (非公開の資料はお見せできませんので) or asked for (…を見せてほしいとのご請求:
 *   paperRefusedOrAsked), a closed review's announced result (非公開で行われた審査の結果、…に決定しました) and a section's discussion
 *   told as how a service was improved (課の中だけで話し合い、窓口の案内を改善しました: discussedDone) stay clean; shown as a favour
 *   (ちょっとだけ, こっそり), refused but told on (お見せできませんが、…), or with figures given from the paper, they stay findings.
 * - Blind R189I/R190A: a word of the list broken by a line break (庁内⏎限りの数字なので…: readAcrossBreaks); a paper said to go round only
 *   inside a body of the city, read and told (教育委員会の中でしか回っとらん資料ば見たら、…月4,850円に上がるごたる: INSIDE_ONLY_PAPER); a
 *   selection's figures told while the notice to those concerned is still to arrive (まだ保護者さんに通知の届く前なんですが、…6人の枠に23人:
 *   NOTICE_BEFORE). A plain line break, a document shared across sections, a local voucher, a paper published, the notice with no figure or
 *   with what to do before it, and figures published stay clean.
 * - Blind R191I/R192D: with the announcement still to come (正式発表が楽しみ, 発表される予定の, 正式な数字は…議会でご報告します, 正式な通知は
 *   まだ): a figure read off a meeting room's board or paper (ホワイトボードに…3億2千万円って書いてありました: READ_OFF_BOARD), an internal
 *   tally told by the staff in charge (担当の集計では…41億円: INTERNAL_TALLY_AHEAD), a meeting with another body heard (保健所との打合せで、
 *   原因は…と聞いています: MEETING_HEARD) and a figure heard ahead of another body's release (ひと足先に聞いちゃいました。…3割以上: HEARD_AHEAD).
 *   The announcement with no figure, figures published, a release already made (発表によると) and a board of an event stay clean.
 * - Blind R193I–R197A: publication denied is no publication (報告書は公開していませんが, 公表しておりません: PUBLISHED); an internal
 *   selection paper cited for one's standing (内部の採点表では…68点で、基準に2点届きません); a preliminary going round inside (課内で回して
 *   いる速報の段階ですが); a release still to come said as a clause or a posting still off (公表されるのは来週ですが, 結果掲載はもう少し先
 *   になりますが, 正式な数字は…会見で出るそうですが), then told or said told ahead; a result to be published later named attributively with
 *   its figure (来月公表される…の結果は、…3.1ポイント下回り: RESULT_RELEASED_LATER). A newsletter's date, a notice to wait, a scale
 *   described and a result published last year stay clean.
 * - Blind R198I–R200D: the writer's own hold on a matter said as a concession or an aside after a clause (…なので外には出さないでほしいの
 *   ですが, 発表するまでは外に出しちゃダメなやつやけど, （…まだなんで、ここだけの数字でお願いします）), a figure in that sentence or just
 *   before (SELF_HOLD); a budget's figure at a stage of the internal assessment (財政課の査定を終えた時点で…億円) or a later assessment said
 *   still to come beside it (まだ市長査定が残っていますが: ASSESSMENT_STAGE); a paper still worked on inside shown as a favour (課内で集計中
 *   の表をちょっとだけお見せします: INSIDE_WIP_SHOWN); a closed briefing (非公開の説明会で出た話ですが) as a closed session. A thing put
 *   outdoors (ゴミ・子どもを外に出さないで), a refusal to keep it (ここだけの話にせず), a notice to wait, an appraisal of goods, a budget
 *   announced, a paper promised once settled and a closed briefing announced stay clean.
 * - Blind R201A–R205I (conf11): a closed hearing's or survey's results cited (非公開のヒアリング結果が…, 非公開のアンケート結果によると);
 *   a paper or a figure said not yet given outside with the te-form negative (まだ外部には出していない資料なので: PAPER_NOT_OUT_YET;
 *   外には出ていない数字ですが: FIGURE_NOT_OUT); the council step named by its body with で (議会の全員協議会で説明する前の段階ですが:
 *   NOT_PUBLIC); the release at a later press conference said with a verb of telling (会見で市長からお話しする予定ですが, then 一足早く:
 *   RELEASE_TO_COME); a session held with no public gallery (傍聴なしの会でしたが, then 慎重な意見が相次いだ: CLOSED_TOLD); the internal
 *   assessment's amount with は (財政課の査定は600万円: BUDGET_ASSESSED). A refusal or a notice after the paper, a result published, a
 *   gallery notice, a meeting held before the council, a press conference already held and an assessment's date stay clean.
 * - Blind R264Y/R266W/R267X (conf11, second pass): a figure bound by contract not to be published, named so attributively and given
 *   (契約で公表しないことになっている保険評価額が2億4千万円: AGREED_UNPUBLISHED); a paper said to be normally kept inside, shown (本来は外に
 *   出さない表ですが: NORMALLY_KEPT); an exam's answers listed while said not yet released (正解だけこっそり…問1 ③: EXAM_ANSWERS_LISTED);
 *   an internal paper cited in brackets as the source of figures ((研修用の内部資料より): INSIDE_PAPER_CITED); a paper circulating inside
 *   as a source (課内で回っている資料によると: INTERNAL_SOURCE); an interview's questions quoted and said to be asked for sure
 *   (EXAM_ASKED_SURE); a penalty told ahead of next week's press release (来週の記者発表に先がけて: NOT_YET_SAID, AHEAD).
 * - conf56 (blind R308T–R311E): data given on condition it not go outside, then told (CONDITIONAL_DATA); an exam part's theme in brackets
 *   before the exam (EXAM_THEME_GIVEN); a budget amount while in assessment or before the council (BUDGET_PUT_IN); a gallery-less session
 *   as the source (CLOSED_BRIEFING_TOLD); a land price come down to, the talks still on; money unaccounted for under inquiry
 *   (UNEXPLAINED_MONEY); a few households' arrears (ARREARS_FEW); a result before the notice (NOTICE_NOT_YET); a penalty with a move
 *   (PENALTY_AND_MOVE); the city's ceiling or term against the other side's ask (CITY_POSITION); a total owned up to ahead of its release
 *   (TOLD_CONFESSED). Each only where the paragraph has no finding yet.
 * - conf61 (blind R329C, R332M; the block at the end of the file): finance, contracts, planning and the mayor's office telling unreleased
 *   figures and negotiations in good faith: a section's own estimate before the body deliberates, a zoning change's area before its
 *   publication, a courted company with the terms, a budget or internal paper in the photo, a contract's terms in talks, a session with
 *   the press kept out, an appraisal before a sale, a tender's price bounds, an assessment stage's amount, the invited bidders, a move told
 *   ahead, a budget total awaiting its release, a land price in talks and a draft budget before the council.
 * - conf62 (blind R336D; the block at the end of the file): health and welfare sections telling facts not yet published: an audit's
 *   findings with their count just after it, a health investigation's findings so far, one facility's case counts to an enquirer,
 *   figures shared in an internal meeting, this year's exam topics as a tip, and a count before the official tally.
 * - conf68 (blind R353A–R360H; the block at the end of the file): a promise not to name a matter yet, conceded while it is told; the writer
 *   told to keep quiet until a step; the reader asked to feign ignorance of a deal; a blind exercise's scenario told ahead; a paper kept to
 *   the section; a paper used in talks shown; a site settled before its briefing; a contract's price in talks; what the police suspect,
 *   heard inside. Also: the winner named as all but settled (…造園さんでほぼ決まり) and the invited firms listed (BID_NAMED); a fee's draft
 *   revision caught in the photo (MATTER_IN_PHOTO); 【係内連絡】 as a marker; an outbreak as a matter said not yet out (NOT_PUBLIC).
 * Awareness posts (機密性の高い情報を守る研修, 内部情報の漏えい防止) stay clean.
 */
import { NeedGate } from '../gate'
import { requiredLiterals } from '../literals'
import { Doc, sentenceAround } from '../doc'
import type { DraftFinding, RuleFamily, RuleInput } from '../rule'
import type { Span } from '../text'
import { isMention, quoteAround, secretNotTold } from '../words'
import { meta } from './confidential.meta'

/** A bracket of at most 16 characters (squeezed view; NFKC made ［］（） ASCII). */
const BRACKET = /[【\[〔《〈<(「『〖〘〚⦅]([^【\[〔《〈<(「『〖〘〚⦅】\]〕》〉>)」』〗〙〛⦆\n]{1,16})[】\]〕》〉>)」』〗〙〛⦆]/gu
/** What a classification marker in brackets says (one token of 【秘・取扱注意】). */
const MARKER_TOKEN =
  /^(?:秘|㊙|極秘|厳秘|マル秘|丸秘|部外秘|庁外秘|課外秘|局外秘|外部秘|社外秘|関係者外秘|取扱注意|取扱い注意|取り扱い注意|取扱要注意|取扱厳重注意|要取扱注意|非公開版|非公開資料|未公開版|(?:庁|課|部|局|係)内(?:限り?|かぎり|限定|回覧用?)?|(?:庁|課|部|局|係|室|所|署|班)内(?:共有|回覧|配布|配付|検討|参考|確認|閲覧|周知|説明|協議)(?:用|限り?|のみ|資料)|(?:外部|庁外|課外|部外|局外|社外)(?:へ|に)?の?(?:持ち?出し?|出し|提供|公開|転送|共有|配布|配付|流出|掲載)(?:は)?(?:不可|禁止|厳禁|NG)|外出し(?:不可|禁止|厳禁|NG)|(?:所|署|省|室)内(?:限り?|かぎり|限定)|(?:庁|課|部|局|係|室|班|所|署)内(?:連絡|周知|通知|伝達)(?:事項|用)?|内部(?:用|限り?|かぎり|資料)|(?:職員|幹部|関係者|関係機関|関係各?課|関係各?所|関係部署|関係部局|関係団体|構成団体|構成員)(?:限り?|かぎり|外秘)|(?:(?:庁|課|部|局|係)内|内部)の?(?:速報値?|暫定値?|試算値?|推計値?|見込み値|仮集計|途中集計|集計途中|速報ベース)|(?:課内|庁内|部内|係内)回覧用?|回覧用|未公表|未定稿|(?:議会|委員会)(?:へ|に)?の?(?:提出|上程|報告|説明)前|上程前|(?:公表|記者発表|報道発表)前|要回収|閲覧後回収|複製禁止|転送禁止|転載禁止|禁転載|持出禁止|持ち出し禁止|配布禁止|配付禁止|公表禁止|報道解禁.{0,12}|confidential|internal(?: use)?(?: only)?|top ?secret|secret)$/iu
/**
 * What a secrecy prefix (マル秘, ㊙, 極秘) marks when a noun follows it: a document or information (マル秘資料, ㊙文書, 極秘扱い, 極秘裏に).
 * Any other head run on to it (応援団の「マル秘作戦」, マル秘レシピ, 極秘ミッション) makes a playful compound of an event or a tip, no
 * marker; a verb of secrecy (極秘入手した, 極秘調査して) keeps it one, and so does a space after it (ﾏﾙ秘　黄砂…の案: a label, then a title).
 * Read in the text as typed (the squeezed view drops that space).
 */
const SECRET_OF = /^(?:資料|文書|書類|書面|情報|データ|扱|事項|メモ|ファイル|案件|指定|文献|名簿|リスト|記録|通達|通知|報告|会議|会談|協議|交渉|人事|調査|案|原稿|数字|数値|内容|事案|裏|メール|レポート|ペーパー|シート|ドキュメント)/u
const SECRET_HEAD = /^[\p{Script=Han}\p{Script=Katakana}ー]{1,8}/u
/** A secrecy prefix, on its own. */
const SECRET_PREFIX = /^(?:極秘|厳秘|マル秘|丸秘|まる秘|マルヒ|ゴクヒ|[○〇◯●]秘)$/u
/** The text typed right after a secrecy prefix makes a playful compound (作戦, レシピ, ミッション), not a marked document. */
function playfulCompound(after: string): boolean {
  const text = after.normalize('NFKC')
  const head = SECRET_HEAD.exec(text)
  return head !== null && !SECRET_OF.test(head[0]) && !/^[しすさせ]/u.test(text.slice(head[0].length))
}
/**
 * Blind GZ-053: 未定稿 as a literary term, a writer's unfinished manuscript (白秋が晩年に書き残した未定稿の詩のノート, 未定稿の小説の原稿,
 * 詩人・北原白秋の未定稿が見つかりました): a work, shown or found, in a sentence about a writer or literature; no paper of the city. Said
 * with a work noun after it (未定稿の詩, 未定稿ノート), a verb of leaving a manuscript before it (書き残した未定稿) or a writer's name before
 * it (…の未定稿, with 詩人 or 作家 in the sentence). A plan said to be still a draft (改修計画、まだ未定稿ですが…載せます) and 【未定稿】 stay markers.
 */
const LITERARY_CONTEXT = /詩|歌人|俳人|作家|小説|作曲家|文豪|文学|直筆|自筆|推敲|遺作|遺稿|草稿|全集|晩年|生前|作品|童謡|俳句|短歌/u
const LITERARY_WORK_AFTER = /^(?:の)?(?:詩|歌|句|俳句|短歌|小説|作品|草稿|遺稿|手稿|原稿|ノート|日記|書簡|手紙|楽譜|戯曲|童謡|随筆|エッセイ|詩稿|歌稿|句稿|長編|短編|断片)/u
const LITERARY_LEFT_BEFORE = /(?:書き残|書き遺|書きのこ|遺|残|綴|つづ)(?:し|っ)た$|(?:詩人|作家|歌人|俳人|小説家|作曲家|文豪)[^。！？!?\n、,]{0,8}の$/u
/**
 * Blind HF-133: a writer's or an artist's 未定稿 held by a museum, a collector or an archive and shown (白秋の未定稿（推敲途中の下書き原稿）
 * 3点を初公開, 記念館に寄託された白秋の未定稿5点を一般公開, 檀一雄の未定稿を文学館で展示): a work exhibited, deposited, kept or found, in a
 * sentence of literature or a museum. Said with a person's name before it (…の未定稿, the owner no plan, paper or body: 改修計画の未定稿,
 * 委員会の未定稿, 記念館の未定稿 stay markers) or a gloss in brackets naming a manuscript after it (未定稿（下書き原稿）). 未定稿 as a
 * predicate of a paper (まだ未定稿ですが, 未定稿のまま, 未定稿の段階) stays a marker.
 */
const EXHIBITED = /初公開|一般公開|特別公開|公開(?:し|中|され|する|いた)|展示|寄託|所蔵|収蔵|出品|陳列|発見|見つか|寄贈|お披露目/u
const ARTIST_CONTEXT = /画家|書家|彫刻家|漫画家|歌集|詩集|句集|文人|生家|記念館|文学館|筆跡|下書き/u
const OWNER_BEFORE = /([\p{Script=Han}\p{Script=Katakana}\p{Script=Latin}ー・]{1,12})の$/u
const NOT_A_PERSON =
  /(?:計画|案|書|報告|要項|要綱|方針|資料|構想|規則|規程|条例|予算|答弁|マニュアル|企画|議事録|図面|名簿|表|会議|会|課|部|局|市|庁|町|村|県|国|省|委員|係|室|館|所|署|センター|事業|制度|調査|改定|改正|基準|指針|プラン|ビジョン|戦略|原稿|長|文|版|回|側|分|次)$/u
const MANUSCRIPT_GLOSS = /^[(（][^()（）\n]{0,16}(?:原稿|草稿|下書き|書きかけ|詩稿|歌稿|句稿|手稿|遺稿|ノート|作品|詩|小説|楽譜)[^()（）\n]{0,8}[)）]/u
const DRAFT_PREDICATE = /^(?:です|でした|だ|で[、,]|のまま|の段階|段階|版|ながら|につき|なので|なん|ゆえ|扱い|状態)/u
function exhibitedDraft(t: string, start: number, end: number, sentence: string): boolean {
  if (!EXHIBITED.test(sentence) || !(LITERARY_CONTEXT.test(sentence) || ARTIST_CONTEXT.test(sentence))) return false
  const after = t.slice(end, end + 32)
  if (DRAFT_PREDICATE.test(after)) return false
  const owner = OWNER_BEFORE.exec(t.slice(Math.max(0, start - 14), start))
  if (owner !== null) return !NOT_A_PERSON.test(owner[1] ?? '')
  return MANUSCRIPT_GLOSS.test(after) && !/[(（【\[]$/u.test(t.slice(Math.max(0, start - 1), start))
}
function literaryDraft(t: string, start: number, end: number): boolean {
  if (t.slice(start, end) !== '未定稿') return false
  const sentence = sentenceOf(t, start, end)
  if (exhibitedDraft(t, start, end, sentence)) return true
  if (!LITERARY_CONTEXT.test(sentence)) return false
  return LITERARY_WORK_AFTER.test(t.slice(end, end + 6)) || LITERARY_LEFT_BEFORE.test(t.slice(Math.max(0, start - 16), start))
}
/**
 * Review of conf58 (rvconf): 内示 as an event the writer went through or awaits — one's own move after it, said with a farewell or a feeling
 * (人事異動の内示がありました。お世話になった皆さん、ありがとうございました; 内示が出ました。今年は私も異動です), or the day still ahead
 * (人事異動の内示はまだ先です; 来週はいよいよ内示です。ドキドキ) — with no post, destination, person or head count told in the paragraph,
 * is no leak. 内示 with who goes where (…課へ, 本庁勤務, 課長は, …さんが, 5人) stays a marker, and so do a bare 内示が出ました, a list of
 * 内示 (内示一覧) and a 内示 checked in a meeting (内示を確認します).
 */
const NAIJI_EVENT = /^(?:は|が|も|を)?[、,]?(?:ありました|あった|あり[、,]|出ました|出た|出て|受けました|受けた|受け[、,]|受けて|いただきました|いただき[、,]|まだ|これから|来週|明日|あす|もうすぐ|間もなく|近い|近づ|です|でした|の日|の時期|の季節|待ち)/u
const NAIJI_AWAITED = /^(?:は|が|も)?[、,]?(?:まだ|これから|来週|明日|あす|もうすぐ|間もなく|近い|近づ|待ち)/u
const NAIJI_OWN = /私|わたし|僕|ぼく|自分|お世話にな|ありがと|寂し|さみし|新しい職場|新天地|頑張り|がんばり|頑張ろ|ドキドキ|どきどき|そわそわ|緊張|落ち着かな|いよいよ/u
const NAIJI_TOLD =
  /[\p{Script=Han}\p{Script=Katakana}ー]{1,10}(?:課|部|係|室|局|署|所|館|センター|支所|本庁|委員会|事務所|学校)(?:へ|に(?!な)|勤務|配属|で働)|(?:本庁|支所|出先|本課)(?:へ|に(?!な)|勤務|配属)|課長|部長|係長|所長|館長|局長|次長|室長|校長|園長|主幹|主査|参事|理事|センター長|[\p{Script=Han}\p{Script=Katakana}ー]{1,4}(?<!皆)(?:さん|氏|くん)|[0-9一二三四五六七八九十百]+(?:人|名)/u
function ownNaijiEvent(t: string, start: number, end: number): boolean {
  if (t.slice(start, end) !== '内示') return false
  const after = t.slice(end, end + 12)
  if (!NAIJI_EVENT.test(after)) return false
  if (!NAIJI_AWAITED.test(after) && !NAIJI_OWN.test(t)) return false
  return !NAIJI_TOLD.test(t.slice(0, start) + t.slice(end))
}
/**
 * Blind R173I-069: a marker spelt in kana to slip past (【ナイ部資料・とりあつかい注意】, 【ないぶ資料】, 《トリアツカイ注意》, （ぶがいひ）):
 * the parts of a marker's words written in hiragana or katakana, in whole or in part, are read back into kanji before a bracket's tokens are
 * tried. Only a bracket's tokens are read this way, so ordinary kana in running text (ないぶんで, とりあつかいが簡単) is never a marker; a
 * parcel's 【とりあつかい注意】 is read as 取扱注意 and stays clean as a parcel's label does.
 */
const KANA_MARKER_PART: ReadonlyArray<readonly [RegExp, string]> = [
  [/ナイ部|ない部|ナイブ|ないぶ|内ぶ|内ブ/gu, '内部'],
  [/(?:とり|トリ|取り?)(?:あつかい|アツカイ)|(?:とり|トリ)扱い?/gu, '取扱'],
  [/ちゅうい|チュウイ/gu, '注意'],
  [/ぶがいひ|ブガイヒ|ぶ外ひ|部外ひ|ブ外秘|ぶ外秘/gu, '部外秘'],
  [/ごくひ|ゴクヒ|ごく秘|ゴク秘/gu, '極秘'],
  [/(?:ちょう|チョウ)(?:ない|ナイ)|(?:ちょう|チョウ)内|庁(?:ない|ナイ)/gu, '庁内'],
  [/(?:か|カ)(?:ない|ナイ)(?=限|かぎり|カギリ)|課(?:ない|ナイ)/gu, '課内'],
  [/しりょう|シリョウ/gu, '資料'],
  [/みこうひょう|ミコウヒョウ|み公表|ミ公表/gu, '未公表'],
  [/かぎり|カギリ/gu, '限り'],
]
const KANA_MARKER_MAY = /ナイ部|ない部|ナイブ|ないぶ|内ぶ|内ブ|あつかい|アツカイ|とり扱|トリ扱|ちゅうい|チュウイ|ぶがいひ|ブガイヒ|ぶ外|部外ひ|ブ外|ごくひ|ゴクヒ|ごく秘|ゴク秘|ちょうない|チョウナイ|ちょう内|チョウ内|庁ない|庁ナイ|課ない|課ナイ|かない限|カナイ限|みこうひょう|ミコウヒョウ|み公表|ミ公表/u
function kanaMarkerRead(inner: string): string {
  let out = inner
  for (const [re, kanji] of KANA_MARKER_PART) out = out.replace(re, kanji)
  return out
}
/** Markers run together in one bracket (the squeezed view drops ・ between kanji: 【庁内限り・取扱注意】). */
/**
 * Markers run together in a bracket (the squeezed view drops ・ and spaces, so 【秘・取扱注意】 reads 秘取扱注意). Blind R81A-063: a tally or a
 * paper labelled internal and not published in one bracket (苦情件数（課内集計・未公表）, （庁内資料／非公表）, 【内部データ・公表前】,
 * （未発表・速報値）): the figures given with it have not been released. A person's details withheld (職業は（非公表）, （氏名未公表）) name
 * no paper and stay clean.
 */
const MARKER_IN_BRACKET = /部外秘|極秘|厳秘|マル秘|丸秘|取り?扱い?(?:厳重)?注意|(?:庁|課|部|局|係)内(?:限|かぎり)|(?:(?:庁|課|部|局|係)内|内部)[\p{Script=Han}\p{Script=Katakana}ー]{0,6}?[・/／、,\s]?(?:未公表|非公表|未発表|公表前|発表前)|(?:集計|速報値?|資料|データ|試算|数値|数字|暫定値?|推計|名簿|リスト|一覧)[・/／、,\s]?(?:未公表|非公表|未発表|公表前|発表前)|(?:未公表|非公表|未発表|公表前|発表前)[・/／、,\s]?(?:(?:庁|課|部|局|係)内|内部|集計|速報値?|資料|データ|試算|数値|暫定値?|推計)|(?:職員|関係者|幹部|関係機関|関係各?課|関係各?所|関係部署|関係部局|関係団体|構成団体|構成員)(?:限り|かぎり)|回覧用|複製禁止|転送禁止|(?<!館外|館内|室外|庁外|図書|貸出|帯出)持ち?出し?禁止/gu
/**
 * Blind R74A-043: a paper restricted to the bodies or sections concerned (関係機関限り, 関係各課限り, 関係部署限り, 構成団体限り), the
 * marker said before the paper's noun without brackets (関係機関限りの連絡票によると, 関係部署限りで回ってきた文書ば見たら), then cited or
 * handed on: what the other agency gave the city for its own use is told. (In brackets the marker token does it: 「関係機関限り」の連絡票.)
 * 関係者限り is a word of the list. A marker named with no paper (関係機関限りで開催します: a meeting's notice), bodies working together
 * (関係機関と連携), a lesson on such papers and a refusal (掲載できません) are not this.
 */
const RESTRICTED_PAPER =
  /(?:関係機関|関係各?課|関係各?所|関係部署|関係部局|関係団体|構成団体|構成員)(?:限り|限)(?:の|で|として)?(?:(?:届いた|届いている|配られた|配布された|配付された|回ってきた|回ってきとる|回覧された|共有された|提供された|送られてきた|来た|きた)の?)?[\p{Script=Han}\p{Script=Katakana}ー]{0,6}?(?:資料|文書|書類|通知|通知文|連絡票|連絡文書|連絡|情報|メモ|データ|報告書?|名簿|リスト|メール|ペーパー|通達|速報)(?:の(?:写し|コピー|一部|中身|内容))?(?:によりますと|によりますれば|によると|によれば|では|には|を見ると|を見たら|を見ますと|ば見ると|ば見たら|から|より|だと|やと|ですが|ですけど|だけど|やけど|ばってん|を(?:共有|ご紹介|紹介|お見せ|見せ|載せ|アップ|公開|掲載|転載))/gu
/** A library's or an archive's rule for its material (館内閲覧のみ, 貸出できません): 持出禁止 there is about lending. */
const LENDING = /館内|館外|閲覧|図書|貸出|貸し出|帯出|資料室|書庫|郷土資料|蔵書|展示|公文書館|文書館|アーカイブ/u
/** ○秘 / まる秘 / 丸秘 written with a circle: the typed form of ㊙. */
const CIRCLED_HI = /(?<![○〇◯●])[○〇◯●]秘(?![書訣境伝蔵湯宝話奥])|丸秘|まる秘|(?:部外|庁外|課外|局外|社外|外部|極|厳|マル)[○〇●◯×✕*■□※](?=の|資料|扱い|文書|情報|です|$|[】\])」』\s])/gu
/** English markers, possibly spaced out (C O N F I D E N T I A L). */
const ENGLISH =
  /(?<![A-Za-z])(?:c ?o ?n ?f ?i ?d ?e ?n ?t ?i ?a ?l|t ?o ?p ?s ?e ?c ?r ?e ?t|internal use only|for internal use|internal only|do not (?:distribute|share|forward)|not (?:yet )?for (?:public |external |outside )?(?:release|publication|distribution|circulation|disclosure)|embargoed?)(?![A-Za-z])/giu
/**
 * Blind GV-025/026: confidential said of a service, a promise that what people tell stays between them (free and confidential
 * consultations, Consultations are free and confidential, confidential counselling, everything you tell us will be kept strictly
 * confidential, your information is treated as confidential): no paper is marked. A service word with a paper after it (confidential
 * consultation records) and a paper said to be confidential (this consultation report is confidential) stay markers.
 */
const EN_SERVICE = '(?:consultations?|counsel(?:l)?ing|advice|support|services?|help ?lines?|hot ?lines?|chats?|sessions?|interviews?|appointments?|testing|tests?|screenings?|conversations?|calls?|listening)'
const EN_SERVICE_AFTER = new RegExp(`^ ?${EN_SERVICE}(?![a-z])`, 'iu')
/** A paper right after (confidential consultation records, free and confidential data): the word marks the paper. */
const EN_PAPER_AFTER = /^ ?(?:[a-z-]{2,15} ){0,2}(?:records?|notes?|files?|reports?|memos?|logs?|data|lists?|minutes|documents?|summar(?:y|ies)|sheets?|forms?|results?|draft|papers?|e-?mails?)(?![a-z])/iu
const EN_FREE_BEFORE = /(?<![a-z])(?:free|anonymous|private)(?: and|,| &|, and| or)? $/iu
/**
 * Blind HB-146: what people give the service named as the subject of the promise (the information you give will be kept confidential,
 * any details you share with our staff, all information provided by callers): what callers tell stays between them; no paper is
 * marked. A paper's content (the information in this report is confidential) names no giver and stays a marker.
 */
const EN_GIVEN = "(?:the |any |all |all the |all of the )?(?:personal )?(?:information|details|data|answers|things)(?: (?:that|which))?(?: (?:you|callers?|residents?|clients?|people|parents|participants|applicants|survivors|victims) (?:give|provide|share|tell|submit|disclose|report)(?: us)?|(?: (?:given|provided|shared|submitted|disclosed|reported)) by (?:you|callers?|residents?|clients?|people|parents|participants|applicants|survivors|victims))"
const EN_PROMISE_BEFORE = new RegExp(
  `(?:${EN_SERVICE}|(?:everything|anything|all|what) (?:you|residents|callers|clients) (?:tell|say|share|discuss)(?: [a-z']{1,12}){0,3}|${EN_GIVEN}(?: [a-z']{1,12}){0,3}|your (?:personal )?(?:information|details|data|identity|name|privacy|story|stories|concerns?|questions?)) (?:is|are|will be|remains?|stays?|will remain|will stay)(?: (?:kept|treated|handled|held))?(?: (?:strictly|completely|totally|fully|entirely|always|absolutely))?(?: as)? $`,
  'iu',
)
function confidentialService(t: string, m: RegExpExecArray): boolean {
  if (!/^c ?o ?n ?f/iu.test(m[0])) return false
  const before = t.slice(Math.max(0, m.index - 90), m.index).replace(/^[^]*[.!?。！？\n]/u, '')
  const after = t.slice(m.index + m[0].length, m.index + m[0].length + 60)
  if (EN_PAPER_AFTER.test(after)) return false
  return EN_SERVICE_AFTER.test(after) || EN_FREE_BEFORE.test(before) || EN_PROMISE_BEFORE.test(before)
}
/**
 * Blind IE-098: do not share / distribute / forward said to readers in running text about what is their own (Please do not share
 * your residence card number on social media; Do not forward your verification code to anyone; do not share personal details such
 * as your bank account): advice, no paper is marked. A label stays a marker: all capitals (DO NOT SHARE), in brackets ([Do not
 * share]), at the head of a line with a colon or a dash after it (Do not share: …, Internal – do not share.), and an object that is
 * the writer's matter (this memo, it, the attached figures).
 */
const EN_OWN_OBJECT = /^ (?:your|yours|personal|private|anyone['’]s|other people['’]s|someone['’]s|others['’]|login|bank|card|account|passwords?|pins?|one-time|verification|security codes?)(?![A-Za-z])/iu
const EN_LABEL_BEFORE = /(?:[\[【〔《〈<(（「『]|(?:internal|confidential|draft|embargoed)\s{0,3}[-–—:：,]?\s{0,3})$/iu
function enAdvice(t: string, m: RegExpExecArray): boolean {
  if (!/^do not /iu.test(m[0]) || m[0] === m[0].toUpperCase()) return false
  const end = m.index + m[0].length
  if (!EN_OWN_OBJECT.test(t.slice(end, end + 24))) return false
  return !EN_LABEL_BEFORE.test(t.slice(Math.max(0, m.index - 24), m.index))
}
/**
 * Blind R58A: an internal paper of the city cited in English as the source of what is told (according to our internal budget briefing,
 * per an internal memo, from the confidential draft): the paper is kept inside, so what it says is not yet public. A published report, the
 * internal medicine department and a lesson not to share internal papers are not this.
 */
const EN_INTERNAL_SOURCE =
  /(?<![A-Za-z])(?:according to|based on|per|from|in|as (?:per|stated in|shown in)|(?:i|we) (?:saw|read|heard) (?:it )?in)(?: (?:our|an|the|a|this|my|the city['’]s|city hall['’]s))? (?:internal|confidential|non-public|unpublished|closed-door|in-house|leaked|not-yet-public)(?: [A-Za-z-]{2,15}){0,2}? (?:briefing|document|doc|memo|memorandum|report|paper|papers|minutes|e-?mail|figures|data|spreadsheet|draft|notes|slides|handout|estimate)s?(?![A-Za-z])/giu
/** A lesson on internal papers or a warning (never share internal documents, leak prevention training): no paper cited. */
const EN_INTERNAL_AWARE = /never|don['’]?t|do not|must not|should not|shouldn['’]?t|training|leak(?:s|ed|ing)? prevention|protect|scam|fraud|beware|phishing|詐欺|研修/iu

/** Internal meetings of the city; their content is not published by staff on SNS. */
const MEETING =
  /(?:庁議|幹部会議?|部長会議?|課長会議?|部課長会議?|係長会議?|政策会議|経営会議|庁内会議|内部会議|課内会議|部内会議|係内会議|課内ミーティング|庁内ミーティング|庁内協議|内部協議|内部検討会|秘密会|(?:庁内|内部|課内|部内|係内|幹部|管理職|部長|課長|部課長|係長)の?(?:会議|打ち合わせ|打合せ|ミーティング|協議|検討会議|検討会|レク|会合|反省会|振り返り会|振り返り|朝礼|朝会|終礼)|(?<![\p{Script=Han}])(?:庁内|内部|課内|部内|係内|幹部|管理職)の(?:[\p{Script=Han}\p{Script=Katakana}ー]|(?<=\p{Script=Han})[ぁ-ん](?=\p{Script=Han})){1,8}?(?:会議|打ち合わせ|打合せ|ミーティング|検討会|協議会|会合)|(?:市長|副市長|教育長)(?:レク|協議|査定)|[\p{Script=Han}]{1,6}課と(?:の)?(?:打ち合わせ|打合せ|すり合わせ|調整会議)|(?:部課長|課長|部長|係長|次長|管理職|幹部)会(?=で|の|に|から|、|$))/gu
/** Talk told from a selection, evaluation or tender meeting (採用の選考会議では「…」という意見が多く出ていました). */
const SELECTION_TALK = /(?:面接|採用|選考|評価|審査|入札|人事|昇任)(?:試験)?(?:の)?(?:評価|選考|審査)?(?:会議|委員会|会)(?:では|で|の中で|の場で)[、,]?[^。！？!?\n]{0,60}?(?:という|との|といった)(?:声|意見|発言|ご意見)(?:が|も)(?:多く|多数|相次いで|何人も|複数)?(?:出て|出ま|出た|あり|上が|聞かれ)/gu
/**
 * A session said to be closed, then named (with any modifier between: 非公開で行われた指定管理者選定委員会,
 * 一般には非公開の人事委員会, 公開されていない理事会). Bounded gap, no nested quantifier. Blind R169D-134: the closed part of a gathering
 * (後半の非公開の部で出た話をざっくり共有します, 非公開の時間に出た話): its content told like a closed session's.
 */
const CLOSED_SESSION =
  /非公開(?:の)?(?:部|パート|時間帯?)(?=で|に(?!つ)|の(?:話|中身|内容|やりとり|議論))|(?:非公開|秘密会|公開されていない|公開されなかった|公開していない|傍聴できなかった|非公式|内々|水面下|極秘)(?:の|な|に|で|で(?:行われ|開かれ|開催され|実施され|実施し|行っ|開い|審議され|協議され|話し合われ)た|とされた|だった|扱いの|となった)?[^。！？!?\n、,]{0,24}?(?:会議|審査会|審議会|協議会|会合|協議|委員会|検討会|打ち?合わ?せ|ミーティング|ヒアリング|選考会?|意見交換会?|理事会|懇談会|部会|面談|審議|審査|説明会)[\p{Script=Han}ァ-ヴー]{0,8}/gu
/**
 * A meeting said to have been closed, then how its deliberation stands told (検討会議、今日は非公開でしたが、…の間では
 * ブレザー案が優勢でした; 審査会は非公開でしたが、A社が一歩リードしている印象です): the state of a closed deliberation.
 */
/**
 * What was said in a session, reported: a remark quoted or summed up (との発言, 」との強い指摘, から厳しい意見が出). Blind R252A-038 kind (conf8):
 * also with the remark's weight between (との強い発言, 」との切実な声), and read in the sentence after the closed session is named.
 */
const CLOSED_REMARK = /意見が分かれ|賛否が分かれ|異論が|反対意見|紛糾|(?:との|という|といった)(?:強い|厳しい|率直な|切実な|踏み込んだ)?(?:ご)?発言|」と(?:の)?(?:強い|厳しい|率直な|切実な|踏み込んだ)?(?:ご)?(?:発言|指摘|声|意見|要望)|から(?:は)?(?:厳しい|強い)?(?:意見|指摘|批判)が(?:出|あ)/u
const CLOSED_THEN_TOLD = /(?:会議|審査会|審議会|協議会|会合|委員会|検討会|選考会?|打ち?合わ?せ|ミーティング|理事会|懇談会|部会|ヒアリング)[^。！？!?\n]{0,16}?非公開(?:でした|だった|で行われ(?:まし)?た|で開かれ(?:まし)?た|で(?:の)?開催でした)(?:が|けど|けれど|けれども)[、,]?[^。！？!?\n]{0,40}?(?:優勢|劣勢|有力|多数派|本命|(?:賛成|反対)(?:意見|派)?が多|(?:賛成|反対)多数|意見が(?:多|大勢|割れ|分かれ)|一歩リード|リードして|優位|固まりつつ|まとまりつつ|(?:に|へ)傾い|決まりそう|で決まり|当確)/gu
/**
 * Blind R85A-010/R85A-074: a session said to be closed, in a clause of reason or concession (委員会は非公開なのでここだけの話ですが,
 * 途中から秘密会になったんですけど, 選考委員会は非公開やったけん, 審議会は非公開だったんですが), then its outcome told in the same sentence:
 * scores or ranks (86点でトップ), who or what it settled on (…さんで固まった, 民間委託で決まりました), the way it went (…にお願いする流れに
 * なりました, 打ち切りの方向でまとまりました). A notice (傍聴はできません, 決まり次第お知らせします), a session with nothing told and an
 * outcome the city published are not this. Bounded gaps, no nested quantifier.
 */
const CLOSED_SESSION_CLAUSE = new RegExp(
  '(?:(?:会議|審査会|審議会|協議会|会合|委員会|検討会|選考会|選定会|打ち?合わ?せ|ミーティング|理事会|懇談会|部会|ヒアリング|審査|選考|審議)[^。！？!?\\n]{0,20}?(?:非公開|秘密会)|秘密会)' +
    '(?:(?:(?:に|と)(?:なった|なりました|なって|なっとって|なっとる)|で(?:行われ|開かれ|開催され|審議され|あっ)(?:まし)?た)(?:ん|の)?(?:です|だ|や)?|(?:でした|だった|やった|です|だ|や|な)(?:ん|の)?(?:です|だ|や)?)' +
    '(?:ので|から|けん|が|けど|けれど|けども|ばってん)[、,]?',
  'gu',
)
/**
 * Blind R234M-052 kind: a meeting said to have been held in closed session, in the city's report voice (本日の全員協議会は非公開で開催されま
 * した, 審査会は非公開で行われました), then what was reported or said in it told in that sentence or the next (席上、市長から、…について、…
 * 旨の報告がありました; 委員から…との意見が出されました): the content of a closed session. The session named with nothing told, remarks
 * said to have been lively (活発なご意見が出されました), a topic with no content and a summary to come later stay clean.
 */
const CLOSED_HELD = /(?:会議|審査会|審議会|協議会|会合|委員会|検討会|選考会|選定会|打ち?合わ?せ|ミーティング|理事会|懇談会|部会|ヒアリング|意見交換会)(?:は|が|も)?[、,]?[^。！？!?\n]{0,12}?非公開(?:で|にて|の形で|のまま)(?:開催|開か|行わ|行い|実施|審議|協議)(?:され|れ|し|いたし)?(?:まし)?た/gu
/** …what was reported there, given with its content (…旨の報告がありました, …との説明があり, …と発言され). */
const REPORTED_CONTENT = /(?:旨|との|という|といった|と)(?:の)?(?:ご)?(?:報告|説明|発言|指摘|提案|意見|答弁)(?:が|も)[^。！？!?\n]{0,12}?(?:あり|あっ|出|上が|なされ)|(?:と|旨)(?:の)?(?:報告|説明|発言|指摘|答弁)(?:され|を受け|し(?:まし)?た)/u
/** What is then told: scores or ranks, a choice or a direction settled, how the deliberation stands. */
const SESSION_OUTCOME =
  /[0-9０-９一二三四五六七八九十百]+点(?!検|字|灯|滴|在|線|火|描|呼|眼)|トップ|首位|最高点|最下位|次点|[0-9０-９一二三]+位(?!置)|一番(?:高|低|点|票|評価)|流れ(?:に|と)(?:なり|なっ|決ま)|方向(?:で|に|と)(?:まとま|固ま|決ま|なり|なっ|進)|(?:に|で)(?:決ま|決定|内定|まとま|固ま|落ち着)(?!り次第|りましたら|ったら|った(?:際|時|とき)|し次第|したら|る(?:まで|かは|かどうか))|(?:が|に)選ばれ|見送り|打ち切り|不採用|不合格|落選|優勢|劣勢|有力|濃厚|本命|一歩リード|賛成多数|反対多数|意見が(?:割れ|分かれ)/u
/**
 * Blind R133I-043: …or the writer saying it will be told anyway (委員会は秘密会でしたが、少しだけ紹介します。補助金は来年度3割削減…; 非公開
 * だったけど、ちょっとだけ教えちゃいます, 秘密会やったけど内容をこっそりお伝えします), what was said following in the paragraph. A refusal
 * (紹介できません, お伝えできませんが) or a promise to tell once it is published (公表され次第お伝えします) is not this.
 */
const SHARED_ANYWAY =
  /^[^。！？!?\n]{0,16}?(?:少しだけ|すこしだけ|少し|ちょっとだけ|ちょっと|ちょこっと|こっそり|特別に|一部|さわりだけ|かいつまんで|内容を|中身を|ここだけ)[^。！？!?\n]{0,8}?(?:ご?紹介|お伝え|伝え|教え|お話し|話し|ご?報告|共有|お知らせ|書き|明かし|漏らし|お見せ|見せ)(?:します|しますね|しちゃい?ます|しちゃう|ちゃい?ます|ちゃう|ます|る|しよう|しとく|しましょう|いたします|させて)/u
/**
 * Blind R158A-010: the promise names what is told as the session's content (ちょっとだけ中身をお話しします, 議論の内容を少しご紹介します,
 * やりとりをこっそりお伝えします), so the telling may follow in the next paragraph. A mood or the venue (様子, 雰囲気, 会場) is no content.
 */
const CONTENT_PROMISED = /(?:中身|内容|議論|話し合い|やりとり|やり取り|審議の?結果|結論)(?:を|の一部を|について|も)/u
/** …unless what follows is a notice: where to look, to wait, or that nothing can be said. */
const SESSION_OUTCOME_NOTICE = /ホームページ|市HP|ご覧|ご確認|確認でき|お待ち|お楽しみ|次第|後日|改めて|傍聴/u
/**
 * Blind R98A-138: a gathering said to be closed, given as the reason its details cannot be told, then told anyway in the same sentence
 * (非公開の場なので詳しくは書けませんが、…同意書を出してくださったのは…さんと…さんの2者だけです; 秘密会やったけん中身は言えんけど、…;
 * 非公開の会議ですので詳細はお伝えできませんが、…): who did what, a count or an outcome after the refusal. A refusal followed by an
 * impression (熱心な議論が交わされました), a notice (結果は後日ホームページで) or the people as a whole (皆さん) tells nothing.
 */
const CLOSED_CANT_SAY_BUT = new RegExp(
  '(?:非公開|秘密会|非公式|クローズド|オフレコ)(?:の(?:場|会|席|会議|会合|説明会|協議|協議会|打ち合わせ|打合せ|話し合い|集まり|意見交換会?)|扱い)?' +
    '(?:なので|ですので|だから|ですから|やけん|だけん|やけ|のため|につき|ということで)[、,]?' +
    '(?:詳しく|くわしく|詳細|細かく|細かいこと|中身|内容|具体的に|具体的なこと)(?:は|を|まで|について(?:は)?)?[^。！？!?\\n]{0,6}?' +
    '(?:書け|言え|話せ|お話しでき|お伝えでき|お知らせでき|申し上げられ|ご紹介でき|書くことはでき|お伝えすることはでき)(?:ません|ない|ん)' +
    '(?:が|けど|けれど|けども|ばってん|ですが|のですが|んですが)[、,]?',
  'gu',
)
/** …what is then told: who did what (…さんと…さんの2者), a count, a choice or a stance. */
const CANT_SAY_TOLD =
  /(?:[\p{Script=Han}\p{Script=Katakana}ー]{1,8})(?<![皆各])(?:さん|様|氏|社)(?:と|が|に|で|の|だけ|から|も|は)|[0-9０-９一二三四五六七八九十]+(?:者|人|名|社|件|世帯|票|割|%|％|点)(?:だけ|のみ|が|に|で|と|の|です|でした|しか|も|、)|同意(?:書|し|され|いただ)|賛成|反対|合意|決ま(?!り次第|りましたら)|決定し|内定|固ま/u
/** What a closed session's content looks like when it is told: its record, remarks, scores, materials. */
const SESSION_CONTENT = /^\)?(?:\((?:非公開|秘密会|内部)\))?(?:の(?:会議|協議会?|会合|審議会|委員会|検討会|懇談会|部会|打ち合わせ)(?:で|では|において|の席|の場)|で|では|での|において|の席|の場|の中|の資料|のメモ|の議事|の記録|の内容|の結果|の様子|の話|によると|によれば|より|から|に出|に提出|の採点|の録音|の発言|の中身|の配布|の配付|の評価|の点数)/u
/** Telling or handing over what was obtained: 入手しました, そのまま掲載, 文字起こし, 共有します, こっそり教えます. */
const LEAK = /入手|手に入れ|手に入っ|そのまま|載せ|掲載しま|共有しま|文字起こ|お伝えしま|教えま|教えちゃ|お見せしま|ご紹介しま|紹介しま|紹介すると|少しだけ|ちょっとだけ|チラ見せ|まとめ|流出|こっそり|ここだけ|バラ|暴露/u
/** The paragraph says the outcome is public (掲載します alone may be the leak itself). */
const OUTCOME_PUBLISHED = /(?:公表し|発表し)(?!(?:て(?:い|お(?:り)?)?|と)?(?:ない|ません|ず|なかっ|らん|ん[。、,が]))|ホームページ|市HP|会議録を公開|議事録を公開|意見を募集|ご意見を募集|パブリックコメント/u
/** A notice about a closed session (傍聴はできません, 会議録の開示請求): not its content. */
const SESSION_NOTICE = /傍聴(?:は|が|を)|傍聴(?:でき|いただけ)(?:ません|ない(?:ため|ので))|開示(?:請求|を希望)|情報公開(?:請求|窓口|制度)|のため|行います|予定です/u
/** A closed meeting's record kept or withheld (保管しています, 公開しておりません, お見せできません): no content told. */
const RECORD_KEPT = /保管し(?:て|ており|ます)|(?:公開|掲載|配布|お渡し|お見せ|開示)(?:は|を)?(?:でき|いたし|し)(?:ません|かねます|ておりません|ていません)/u
/**
 * Blind R106A-020: a closed meeting named as the head of a share or a report (本日の地域ケア会議（非公開）の共有です。; 非公開の連絡会議のご
 * 報告です; 検討会（非公開）の概要です; …について共有いたします), then what was reported there told in the lines after (…の可能性がある
 * との報告がありました, …って報告があったよ, 委員から「…」との意見が出されました, …と報告されました). The head alone, a notice of when the
 * summary will be out, a public meeting's report and a summary published stay clean.
 */
const SHARE_HEAD = /^(?:の|について(?:の)?)(?:ご)?(?:共有|報告|概要|要点|まとめ|振り返り)(?:です|でした|になります|やけど|だけど|ですが|を(?:いたし|し)ます|(?:いたし|し)ます|させて(?:ください|いただきます)|[。、,!！:：\n])/u
const REPORTED_THERE = /(?:との|という|といった|って|と)(?:ご)?(?:報告|説明|指摘|意見|発言|声|相談|話)(?:が|も)[^。！？!?\n]{0,12}?(?:あり|あっ|出|上が)|(?:と|って)(?:の)?(?:報告|説明|指摘)(?:され|を受け)|(?:報告|説明|指摘|意見)が(?:ありました|あったよ|出されました|出ました|相次ぎ)/u
/** …unless the lines after only say when or where the summary will be out. */
const SHARE_NOTICE = /次第|後日|ホームページ|市HP|ご覧|お待ち|改めて(?:お知らせ|ご報告)/u
/**
 * A meeting marked closed: 部長会議（非公開）. Blind R102A-047: a network's or a liaison body's gathering too (見守りネットワーク連絡会（非公開）
 * の議事メモを…載せておきます, 情報交換会（非公開）の資料を共有します). Blind R237M-009 kind: the closed sitting glossed by its want of a public gallery, or as the closed one of a series (協議会（傍聴なしの回）で,
 * 審議会（傍聴不可）では, 委員会（非公開の回）で): the same closed meeting named as the source of what follows.
 */
const CLOSED_MEETING = /(?:会議|会合|協議会?|審査会?|審議会|委員会|検討会|懇談会|理事会|部会|打ち合わせ|打合せ|ヒアリング|選考会?|連絡会|情報交換会|意見交換会|勉強会|研究会|幹事会|ミーティング)\((?:(?:非公開|秘密会|内部)(?:部分|分|の部分|の回|の会)?|傍聴(?:者|人)?(?:なし|無し|不可)(?:の(?:回|会|部分))?)\)/gu
/**
 * Blind R160I-048: a meeting marked closed named as the occasion (今日の全員協議会（非公開）、…; 昨日の協議会（非公開）は…), then how its
 * deliberation went told in that sentence or the next: strife or a split (かなり紛糾しました, もめました, 意見が割れて), or which side or
 * candidate leads (地元の会社が有力っぽいです, A案が優勢). The meeting named with nothing told, a notice (傍聴はできません), a summary
 * said to come later, what the press reported and an outcome published stay clean.
 */
const DELIBERATION_STATE = /(?:に|で)(?:ほぼ|ほぼほぼ|ほとんど|だいたい|たぶん|多分|もう)?決まり(?:そう|っぽ|かな|だろ)|(?:に|で)(?:ほぼ|たぶん|多分)?落ち着きそう|紛糾|もめ(?:まし|た|て|とる|てい)|揉め|もつれ|荒れ(?:まし|た|模様)|意見が(?:分かれ|割れ|真っ二つ)|賛否が(?:分かれ|割れ)|異論が|反対意見が|平行線|有力|優勢|劣勢|本命|濃厚|一歩リード|(?:に|へ)傾い/u
/**
 * Blind R157I-057: a closed review's or meeting's result announced by the city in its own voice (プロポーザルの審査（非公開）の結果、…を
 * 契約候補者に選定しました; 選考委員会（非公開）の結果、最優秀賞は…に決定しました): the decision made public, with the review only named as
 * how it was reached. A result still settling (…に決まりそうです, …で固まった), a leak (こっそり, ここだけ) or figures of the deliberation
 * (3点差, 意見が分かれ) stay findings.
 */
const ANNOUNCED_RESULT_HEAD = /^の(?:審査|選考|選定|審議|協議)?結果[、,]/u
const ANNOUNCED_DECISION = /(?:選定|決定|採択|認定|選出|採用|内定)(?:いたしました|しました|されました)|(?:に|と)決まりました|(?:が|を)選ばれました|となりました/u
const ANNOUNCED_NOT = /こっそり|内緒|ないしょ|ここだけ|オフレコ|まだ|点差|僅差|意見が(?:分かれ|割れ)|らしい|そうです|みたい/u
function announcedOutcome(t: string, start: number, end: number): boolean {
  if (!ANNOUNCED_RESULT_HEAD.test(t.slice(end, end + 12))) return false
  const sentence = sentenceOf(t, start, end)
  return ANNOUNCED_DECISION.test(sentence) && !ANNOUNCED_NOT.test(sentence)
}
/**
 * A document marked non-public: 資料（非公開）, 非公開の議事録, 会議資料（非公表）によると (a bracket other than a marker word of its own, cited
 * as the source); an internal draft: 内部で検討中の資料, 庁内で作成中の案;
 * blind R62A-111: the record of a closed part or session cited as the source, in any register (景観審議会の非公開部分の議事録によりますと,
 * 議事録（非公開部分）によると, 秘密会の会議録ば見たら); a notice about it (情報公開請求, 開示) and a record said to be public are not this.
 */
const CLOSED_DOC = /(?:内部|庁内|職員)調査(?:の)?(?:報告書|結果報告|報告|資料|メモ)(?:[（(]案[)）]|案)?(?=によると|によれば|では|には|から|より|に(?:は|よ))|(?:報告書|調査報告|処分案|答申)[（(]案[)）](?=によると|によれば|では|には|から|より)|(?:内部|庁内|職員向け(?:の)?(?:内部)?|職員用(?:の)?)マニュアル(?=[^。！？!?\n]{0,24}(?:載せ|掲載|公開|共有|写真|アップ|紹介))|まだ(?:事業者|業者|本人|ご本人|関係者|相手方|応募者)(?:には|に)(?:通知|連絡|通告|お知らせ)(?:して)?(?:いません|いない|おりません)(?:が|けど|けれど)|(?:内部|庁内|課内|部内|係内|幹部)(?:で|だけで)(?:検討中|作成中|協議中|調整中|検討している|作っている|回している)の(?:資料|案|データ|文書|書類|メモ|原稿|計画|報告書|議事録|名簿|リスト)|(?:資料|文書|メモ|データ|議事録|記録)\((?:非公開|内部用?|庁内用?|取扱注意|秘)\)|(?:採点表|評価表|評価シート|点数表|集計表|一覧表|審査表|名簿|リスト|調書|報告書)\((?:非公開|内部用?|庁内用?|取扱注意|秘)\)(?=を見ると|を見たら|を見る限り|によると|によれば|では|で(?:は|も)|には|から|より)|(?:資料|文書|書類|メモ|データ|議事録|会議録|記録|報告書|報告|集計|試算|名簿|リスト|一覧|表|調書|ペーパー|原稿|案)\((?:非公表|未発表|発表前|職員用|課内用|委員限り)\)(?=を見ると|を見たら|を見る限り|を読むと|によると|によれば|では|で(?:は|も)|には|から|より|だと|やと|上は)|(?:議会|委員会|議員)(?:へ|に)?の?(?:提出|上程|報告|説明)前の[\p{Script=Han}]{0,6}(?:案|資料|原稿|文書|データ|報告書)(?:では|によると|によれば|には|を見ると|を見たら|から|より)|(?:非公開(?:部分|の部分|とされた部分|扱いの部分|の(?:審議|会議|協議|会合|回))|秘密会)(?:の|(?:で|に|にて)(?:示され|配られ|配布され|配付され|提示され|提出され|出され|使われ|使用され|説明され|報告され)た)?(?:議事録|会議録|議事要旨|議事メモ|記録|録音|メモ|資料)(?:の(?:写し|コピー|一部))?(?=によりますと|によりますれば|によると|によれば|では|を見ると|を見たら|を読むと|を読んだら|ば見たら|ば読んだら|には|から|より|だと|やと)|(?:議事録|会議録|議事要旨|記録|資料)\((?:非公開|秘密会)(?:部分|の部分|分)\)(?=によりますと|によりますれば|によると|によれば|では|を見ると|を見たら|を読むと|ば見たら|には|から|より|だと|やと)|(?:非公開|公表前|公開前|公表されていない|外に出せない)(?:の|な)?(?:[\p{Script=Han}]{1,3}(?=メモ|資料|文書|データ|記録))?(?:資料|議事録|メモ|文書|データ|情報|内容|話|報告書|報告|調査結果|調査報告|(?:ヒアリング|アンケート|聞き取り|聴き取り|意向調査|面談|個別訪問)(?:の|調査の?)?(?:結果|記録|回答)|記録|名簿|リスト|数字|数値)(?=に|で|を|の|では|には|によると|によれば|から|より|、|は|が)(?![はをも][^。！？!?\n]{0,6}?(?:掲載|公開|お答え|お伝え|回答|開示|お知らせ|提供|発信|投稿)(?:でき|いたし|いたしかね|し|しており|されて|されており)?(?:ません|かねます|ない|ておりません))/gu
/**
 * Blind R68A-072: a paper said to be non-public in its attribute, its head a compound (非公開の調査報告書によると, 公表されていない内部監査の
 * 報告書では, 非公開の事故検証報告書によれば, まだ公表前の検証報告書を読むと), cited as the source of what is told: what the paper says,
 * before the city makes it public; no figure or stock phrase of a finding is needed (…流用していたことが確認されています). Read after the
 * other kinds (a police inquiry's record, an internal report with its figures), which keep their own rule. The paper named with no citation
 * (非公開の調査報告書について, …を公開するよう求める請願, 調査報告書は非公開ですが概要版を) and a disclosure (開示, 情報公開) are not this.
 * Blind R184I-069: the paper said to be not public in round brackets after it, as the writer's aside (実行委員会の議事録（外には出して
 * いないものです）には、…400万円少なかった…と記されています; 図面（非公開のものです）によると). The same aside on a paper kept
 * (…は事務局で保管しています) or refused (掲載できません) tells nothing.
 */
/**
 * Blind R281B-017 kind (conf15): a meeting or paper said in brackets to be handed out only inside a section (苦情対応会議（課内のみ配布の
 * 資料）から, 打ち合わせ（庁内限りの資料）によると, 議事録（関係者のみ配付）では): the paper's restricted circulation, named as the source of
 * what the post goes on to tell. Who attended (理事会（役員のみ）では) says nothing of a paper and is not this.
 */
const RESTRICTED_HANDOUT = String.raw`(?:課内|庁内|部内|係内|局内|職員|関係者|委員|役員|幹部)(?:のみ|限り|限定|だけ)(?:で|に)?(?:の)?(?:(?:配布|配付|回覧|共有|閲覧)(?:の|された|されている)?(?:資料|文書|もの)?|資料|文書)`
const CLOSED_PAPER_CITED = new RegExp(
  String.raw`(?:(?:非公開|非公表|未公表|公表前|公開前|公表されていない|公開されていない)(?:の|な)?(?:[\p{Script=Han}\p{Script=Katakana}ー]{1,8}?の)?[\p{Script=Han}\p{Script=Katakana}ー]{0,8}?(?:報告書|報告|調書|答申書?|議事録|会議録|記録|資料|文書|メモ|データ|名簿|リスト|調査結果)|(?:報告書|調書|答申書?|議事録|会議録|議事メモ|記録|資料|文書|メモ|データ|名簿|リスト|調査結果|図面|設計図|会議|会合|打ち?合わ?せ|検討会|ミーティング)\((?:まだ)?(?:${RESTRICTED_HANDOUT}|(?:外|表|公|外部|一般|市民|対外的)(?:に|へ)?(?:は|も)?(?:まだ)?(?:出して|出し|出て|公開して|公表して|お見せして|出回って)(?:い|お)?(?:ない|ません|りません|らん|ん)|非公開|非公表|未公表)(?:の)?(?:もの|資料|文書|やつ)?(?:です|でして|ですが|ですけど|だけど|やけど|なので|ですので|なんですが|なんですけど)?\))(?:の(?:写し|コピー|一部|中身|内容))?(?:によりますと|によると|によれば|では|を見ると|を見たら|を見る限り|を読むと|を読んだら|ば見たら|ば読んだら|には|から|より|だと|やと)`,
  'gu',
)
/**
 * Blind R185A-052: a paper said to be non-public in its attribute, then shown or handed on in the same sentence (業者さんから届いたばかりの
 * 非公開の図面をちょっとだけお見せします, 非公表のデータを載せておきます): the showing is the leak. (未公開 is a teaser's word, 未公開の写真を
 * お見せします, and no paper's class.) A collection opened on a day (普段は非公開の古文書を特別公開, 展示), a paper refused (お見せできません),
 * asked for (見せてほしい) or disclosed (開示, 情報公開) is not this.
 */
const NONPUBLIC_PAPER_SHOWN =
  /(?:非公開|非公表)(?:の|な)?[\p{Script=Han}\p{Script=Katakana}ー]{0,8}?(?:図面|設計図|配置図|平面図|立面図|断面図|完成予想図|資料|データ|文書|書類|議事録|会議録|議事メモ|名簿|メモ|報告書|記録|計画書|計画案|リスト|一覧|集計|試算|見積書|見積もり)(?:の(?:一部|中身|内容))?(?:を|も|[、,])?[^。！？!?\n]{0,12}?(?:お見せ|見せ|チラ見せ|ご紹介|紹介|載せ|のせ|アップ|共有|お披露目)(?!(?:る|す)?こと(?:は|が)?でき|でき|られ(?:ませ|な)|ません|ない|ず|ぬ|てほし|て欲し|てくださ|て下さ|てもら)/gu
const PAPER_OPENED = /開示|情報公開/u
/**
 * Blind (reviewer, conf5): a thing normally closed to the public opened to it on an occasion (普段は非公開の古文書を、文化の日に特別に
 * お見せします; 通常非公開の収蔵品を期間限定で公開します; …を特別公開, ご覧いただけます): a public opening announced, not a paper leaked.
 * The opening is said by its occasion or its word (特別公開, 期間限定, …の日に, 展示, 見学会) or by the thing's usual state (普段は,
 * 通常は) with an opening verb addressed to visitors; a collection's holdings shown (収蔵, 所蔵, 古文書, 史料, 文化財) are public whatever
 * the wording but on the quiet (an archive's ちょっとだけご紹介します too; not 新図書館の…図面, a building's plan). A favour
 * done now (ちょっとだけ, こっそり, 一足早く: 非公開の図面をちょっとだけお見せします) or figures or content given from the thing (約3億円,
 * 「…」と書かれ, によると) keep the finding.
 */
const OPENING_OCCASION = /特別公開|一般公開|期間限定[^。！？!?\n]{0,24}?(?:公開|展示|お見せ|ご覧)|限定公開|公開日|展示(?:し|いたし|され|を|中|会|室)|企画展|特別展|収蔵品展|見学会|見学ツアー|内覧会|(?:の日|記念日|周年|期間中|会期中|当日|祭り?|まつり|フェア|イベント|講座|ツアー|オープンデー)(?:に|には|だけ|限り|限定|に限り|の間|にあわせ|に合わせ)[^。！？!?\n]{0,16}?(?:公開|お見せ|ご覧|展示|ご案内)|(?:普段|通常|ふだん|日頃|いつも)(?:は)?(?:[^。！？!?\n]{0,24}?)(?:公開(?:します|いたします|されます|しています)|お見せします|ご覧いただけます|ご覧になれます|ご覧いただきます|ご案内します|展示します|(?:特別に)?ご紹介(?:します|いたします))/u
const OPENING_HOLDER = /収蔵|所蔵|館蔵|古文書|古地図|古記録|史料|絵図|文化財/u
const OPENING_FAVOUR = /ちょっとだけ|ちょっと|ちょこっと|少しだけ|すこしだけ|こっそり|内緒|ないしょ|ナイショ|ここだけ|チラ見せ|ちら見せ|チラッと|ちらっと|一足早く|ひと足早く|先取り|特別に少し/u
const OPENING_TOLD = /[0-9０-９〇一二三四五六七八九十百千]+(?:万|億)?(?:円|%|％|割|件|世帯|戸|点)|[「『][^」』]{2,}[」』](?:と|って)(?:書|記|あ)|によると|によれば|には[^。！？!?\n]{0,30}?(?:と書|と記|とあ)/u
/** The sentence of a match and the one after it (what a paper is then said to hold is often told in the next sentence). */
function sentenceAndNext(t: string, start: number, end: number): string {
  const s = sentenceAround(t, start, end)
  if (s.end >= t.length) return t.slice(s.start, s.end)
  return t.slice(s.start, sentenceAround(t, s.end, s.end).end)
}
/**
 * Reviewer (conf10) false blocks: a marker used as the attribute of a paper or a plan that is only named, nothing of it told, quoted,
 * shown or attached (非公開の資料を確認しました; 庁内で作成中の資料を共有してください; 課内で検討中の案は、まとまり次第ご紹介します): no leak.
 * The paper (資料, 案, 文書, 報告書, 議事録, 名簿 …) closes the marker's match and what follows it in the sentence is one predicate of
 * handling: checked, received or read (確認しました, 拝見しました, 受け取りました), or asked of the reader (共有してください, ご確認
 * ください) — a second look on a public account, a warning, not a block; or a promise to make it known once settled (まとまり次第
 * ご紹介します, 決まったら改めてお知らせします, 後日公開します) — clean. Anything shown, attached or told in that sentence or the next
 * (添付, 画像, 写真, お見せ, 載せ, によると, では, a figure, a quotation, a favour such as ちょっとだけ or こっそり) keeps the block, and so does
 * a marker used as the post's label (【庁内限り】, ㊙, (内部資料): other patterns).
 */
const NAMED_PAPER_END = /(?:資料|案|文書|書類|報告書|報告|議事録|会議録|記録|メモ|名簿|リスト|データ|原稿|計画)$/u
const NAMED_PAPER_HANDLED =
  /^(?:は|を|も)[、,]?(?:(?:すでに|既に|先ほど|さきほど|きちんと|一通り|ひととおり|改めて|あらためて|各自|皆さん(?:で)?|みなさん(?:で)?|みんなで|全員で|職員間で|課内で|係内で|庁内で|部内で|内部で)[、,]?)?(?:確認(?:しました|いたしました|しています|しております|中です|済みです|します|いたします)|拝見(?:しました|いたしました)|受け取(?:りました|っています)|受領(?:しました|いたしました)|読みました|読んでいます|共有(?:してください|して下さい|をお願いします|お願いします|しておいてください)|回(?:してください|しておいてください)|ご確認(?:ください|下さい|をお願いします|お願いします)|確認(?:してください|しておいてください|をお願いします|お願いします))(?:ね|よ)?[。！!]?\s*$/u
const NAMED_PAPER_LATER =
  /^(?:は|も)[、,]?[^。！？!?\n]{0,16}?(?:次第|後日|改めて|あらためて|追って|まとまったら|確定したら|決まったら|完成したら|できあがったら|出来上がったら)[、,]?[^。！？!?\n]{0,16}?(?:ご紹介|紹介|お知らせ|公開|公表|お伝え|ご報告|報告|発表|ご案内|案内)(?:します|いたします|する予定です|の予定です|予定です|させていただきます)[。！!]?\s*$/u
const NAMED_PAPER_TOLD = /添付|画像|写真|スクショ|動画|📷|📸|📄|📎|PDF|ファイル|ご覧|お見せ|見せ|載せ|のせ|アップ|チラ|ちら|こっそり|内緒|ないしょ|ナイショ|ここだけ|ちょっとだけ|少しだけ|ちょっと|先取り|一足早く|ひと足早く|によると|によれば|では|には|書かれ|記され|[0-9０-９][0-9０-９,，.．]*(?:万|億)?(?:円|%|％|割|件|人|名|世帯|戸|社|点|倍|ポイント)|[「『"]/u
function paperOnlyNamed(t: string, start: number, end: number): 'clean' | 'warn' | null {
  if (!NAMED_PAPER_END.test(t.slice(start, end))) return null
  const s = sentenceAround(t, start, end)
  const rest = t.slice(end, s.end)
  const later = NAMED_PAPER_LATER.test(rest)
  if (!later && !NAMED_PAPER_HANDLED.test(rest)) return null
  // Nothing shown or told before the paper in its sentence, nor in the next sentence.
  const next = s.end >= t.length ? '' : t.slice(s.end, sentenceAround(t, s.end, s.end).end)
  if (NAMED_PAPER_TOLD.test(t.slice(s.start, start)) || NAMED_PAPER_TOLD.test(next)) return null
  return later ? 'clean' : 'warn'
}
/** `told` is the sentence with the one after it (sentenceAndNext). */
function openedToPublic(sentence: string, told: string): boolean {
  if (OPENING_TOLD.test(told)) return false
  if (OPENING_HOLDER.test(sentence) && /公開|お見せ|ご紹介|紹介し|ご覧|展示/u.test(sentence) && !/こっそり|内緒|ないしょ|ナイショ|ここだけ|一足早く|ひと足早く/u.test(sentence)) return true
  return OPENING_OCCASION.test(sentence) && !OPENING_FAVOUR.test(sentence)
}
/**
 * Blind (reviewer, conf5): a paper said not public, then refused (非公開の資料はお見せできませんので、ご了承ください; …は公開できません;
 * お答えできかねます): a notice, nothing told. The refusal closes the matter (ので, ため, the sentence's end); a concession that goes on
 * (お見せできませんが、…) or a figure in the sentence keeps the finding.
 */
const PAPER_REFUSED = /(?:お見せ|見せ|公開|公表|お答え|答え|開示|お伝え|伝え|お渡し|渡し|提供|掲載|ご紹介|紹介|お示し|示し|お出し|出し)(?:する|いたす)?(?:こと(?:は|が)?)?(?:でき|出来|いたしかね|しかね|いたせ|られ)(?:ません|ない|かねます|ず)(?!(?:の|ん)?(?:です|だ|や)?(?:が|けど|けれど|けども|ばってん|ものの))|ご覧いただけ(?:ません|ない)(?!(?:の|ん)?(?:です)?(?:が|けど|けれど))/u
/**
 * Blind (reviewer, conf5): a request for a paper reported (非公開の会議資料を見せてほしいとのご請求がありました; …を開示してほしいとのご要望,
 * 公開してくれと言われました): what was asked for, nothing told from it.
 */
const PAPER_REQUESTED = /(?:公開|開示|公表|提出|提供|閲覧)(?:する|させる|される)?よう(?:に)?(?:求め|要望|要請|請求|依頼|お願い)|(?:見せ|開示し|公開し|公表し|出し|提供し|閲覧させ|コピーさせ|渡し)(?:て)?(?:ほしい|欲しい|もらいたい|もらえないか|いただきたい|いただけないか|ください|下さい|くれ)(?:との|という|といった|って|と)(?:ご|お)?(?:請求|要望|要請|依頼|申し出|申出|声|意見|問い合わせ|電話|相談|メール|手紙|投書|言われ|頼まれ|求められ)/u
function paperRefusedOrAsked(sentence: string, told: string): boolean {
  return (PAPER_REFUSED.test(sentence) || PAPER_REQUESTED.test(sentence)) && !OPENING_TOLD.test(told)
}
/**
 * Blind UG-012 (fpcu): 非公開 named as a category of a rule or a system being explained, no paper's content told: the class a bylaw or an
 * act defines (条例で定める非公開情報, 法第5条に規定する非公開情報, 規則に掲げる非公表の情報) or the class a part falls under in general
 * (非公開情報に該当する部分は除いて, 非公開情報に当たる場合は, 非公開情報とは…をいいます), or in a general condition (UI-099 conf13:
 * 文書に非公開情報が含まれている場合は、その部分を除いて公開します). A rule's category explains how requests are
 * handled; a paper cited (非公開情報によると), or told on the quiet in the sentence (非公開情報に当たりますが、こっそり…), stays a leak.
 */
const RULE_DEFINES_BEFORE =
  /(?:条例|法律|法令|法|政令|省令|規則|規程|要綱|要領|基準|各号|第[0-9０-９一二三四五六七八九十]+(?:条|項|号)(?:第[0-9０-９一二三四五六七八九十]+(?:項|号))*)(?:で|に|が|により|において)?(?:定める|定められた|定められている|定めている|規定する|規定される|規定された|規定している|掲げる|掲げられた|列挙された|列挙する)(?:の)?$/u
const RULE_CATEGORY_AFTER =
  /^(?:(?:に|へ)(?:当たる|あたる|該当する|該当している|当てはまる|含まれる)(?:部分|もの|場合|箇所|記載|事項|内容)|(?:として)(?:扱う|扱われる|取り扱う|取り扱われる)(?:部分|もの|場合)|(?:が|も)(?:含まれる|含まれている|含まれていた|記載されている|記録されている|ある)(?:場合|とき|時))/u
const RULE_CATEGORY_PREDICATE = /^(?:(?:に|へ)(?:当た|あた|該当|当てはま|含まれ)|(?:です|でした|だ|や|なので|なん|ですので|ですが|だけど|やけど|扱い))/u
/** What follows the class as a heading's subject: its scope, kinds or examples (（非公開情報）の範囲, 非公開情報の主な例). */
const RULE_CLASS_SCOPE = /^[）)]?(?:の|に)(?:範囲|種類|類型|主な例|具体例|例|区分|一覧|考え方)(?:は|について|と|$|[。\n：:）)]|[^\p{Script=Han}])/u
/** The post explains the information-disclosure system. */
const DISCLOSURE_EXPLAINED = /情報公開|開示請求|公文書|(?:不|非)開示|開示し(?:ない|ません)/u
function ruleCategory(t: string, start: number, end: number, sentence: string): boolean {
  if (!/^(?:非公開|非公表)(?:の|な)?情報$/u.test(t.slice(start, end))) return false
  if (TOLD_ANYWAY.test(sentence)) return false
  const after = t.slice(end, end + 12)
  if (RULE_CATEGORY_AFTER.test(after)) return true
  // A definition (非公開情報とは、…をいいます).
  if (/^とは/u.test(after) && /を(?:いい|言い|指し|指す|いう)|と(?:定め|定義|規定)/u.test(sentence)) return true
  // Blind UH-010 (cu12): the class named as a heading's subject (開示しない情報（非公開情報）の範囲, 非公開情報の種類・例) in a post explaining
  // the disclosure system (情報公開条例, 開示請求): the categories the system keeps closed are listed, none is told.
  if (RULE_CLASS_SCOPE.test(after) && DISCLOSURE_EXPLAINED.test(t)) return true
  // The category said of this matter (…非公開情報に当たりますが、…; 非公開情報なので) is a marker on what follows, whatever rule defines it.
  if (RULE_CATEGORY_PREDICATE.test(after)) return false
  return RULE_DEFINES_BEFORE.test(t.slice(Math.max(0, start - 24), start))
}
/**
 * Blind R98A-148: a paper named with a marker of internal use in round brackets after it (家賃滞納者リスト（課内用）, 名簿（庁内用）,
 * 集計表（部内用）, 台帳（取扱注意）), read while the writer works (を見ながら, を見て, を確認しながら, をめくりながら, ば見よったら), then its figures
 * told in that sentence or the next (今月は3か月以上の滞納が14世帯…): the content of a paper kept inside, passed on. The paper named with
 * nothing counted told, a paper for staff (職員用, a manual) and a refusal stay clean.
 */
const INTERNAL_USE_READ =
  /(?:名簿|リスト|一覧表?|台帳|集計表|集計|一覧|表|資料|データ|メモ|ファイル|記録|書類|調書|報告書)\((?:課内用|庁内用|内部用|部内用|係内用|局内用|課内限り|庁内限り|部内限り|係内限り|職員限り|関係者限り|委員限り|非公開|非公表|取扱注意|取り扱い注意|部外秘)\)(?:を|ば)[、,]?(?:見|読|眺め|確認し|チェックし|めくり|開き|開い|整理し|手に|もとに|元に|基に)(?:ながら|つつ|て|ると|たら|よったら|ましたら|ますと|た(?:ところ|とこ))[、,]?/gu
const INTERNAL_USE_FIGURE = /[0-9０-９〇一二三四五六七八九十百千]+(?:万|億)?(?:人|名|件|世帯|戸|円|か月|ヶ月|カ月|社|%|％|割|位|点|団体)/u
const INTERNAL_USE_HELD = /(?:でき|出来|られ)(?:ません|ない|ず|かね)|お控え|控え(?:ます|させ)|公表し|ホームページ|市HP/u
/** An internal meeting, then the discord in it told (課内会議、給水所の配置見直しで揉めに揉めました). */
const MEETING_DISCORD = /^[、,\s]?[^。！？!?\n]{0,60}?(?:揉め|もめ|紛糾|対立し|激論|意見が(?:割れ|分かれ|真っ二つ|まっぷたつ|二分)|(?:課長|部長|局長|委員|市長|副市長)が(?:強く|猛)?反対し|結論(?:は|が)?(?:持ち越|先送り|出ず)|大荒れ|荒れ(?:た|まし)|反対(?:が|意見)|つるし上げ|吊し上げ)/u
/**
 * What follows an internal meeting when its content is told (not when it is merely named), including its handouts cited as the
 * source of what is told (庁内会議の配布資料でも…と報告されていました, 部長会議の提出資料によると).
 */
const MEETING_CONTENT = /^(?:\((?:非公開|秘密会|内部)\))?(?:で(?!す|し(?:た|ょう)|ござ)|では|において|の席で|の場で|の中で|の資料|のメモ|の議事|の記録|の内容|の結果|の様子|の話|での|によると|から|に出|に提出|に諮|の(?:配布|配付|提出|説明|検討|報告)(?:資料|メモ|文書|ペーパー)(?:で(?:も|は)|には|にも|によると|によれば|を見ると|から|より))/u

/**
 * A named internal meeting's papers run together with its name and cited as the source (庁議資料では, 部長会議資料によると, 幹部会議
 * メモを見ると). (庁内の…資料, 内部の会議資料 are INTERNAL_SOURCE's, with their figures.)
 */
const MEETING_PAPER = /^(?:資料|配布資料|配付資料|提出資料|メモ|議事録|記録|ペーパー)(?:で(?:も|は)|には|にも|によると|によれば|を見ると|を見たら|から|より)/u

/**
 * An outcome told while its formal announcement is still to come (懲戒審査委員会では「停職6か月」で大筋まとまりました。正式な処分発表は
 * 来週になる見込みです): the outcome, before the city announces it.
 */
const OUTCOME_REACHED = /(?:大筋|おおむね|概ね|ほぼ|事実上)(?:で)?(?:まとまり|固まり|決まり|合意し|了承され|確定し|決定し)(?:ました|まして|そう)|で(?:まとまり|固まり|決まり)(?:ました|そう)|(?<=社|さん|[\p{Script=Katakana}ー]{2}|建設|工業|土木|組|商事|産業|開発|電機|電気|設備|工務店|興業|組合|法人)に(?:決まり|決定し|内定し|選ばれ)(?:ました|まして)|(?:(?:大筋|おおむね|概ね|ほぼ|事実上)(?:で)?|(?:方向|案|線|方針)で)(?:まとま|固ま|決ま)(?:って(?:おります|おり|います|いる)|っとります|っとる)/gu
/**
 * The formal step still to come: its announcement (正式な処分発表は来週), the formal decision itself (明日の審査会で正式に決まります),
 * or the report to the council (議会への説明はまだです, 議会にはこれから報告します).
 */
const FORMAL_LATER =
  /正式(?:な|に)?(?:処分|結果|決定)?(?:の)?(?:発表|公表|決定|通知)(?:は|が)[^。！？!?\n]{0,10}?(?:来週|来月|後日|これから|まだ|[0-9０-９]+日|予定|見込み|にな(?:る|り)|先(?:に|です|で|にな))|正式に(?:は)?(?:[^。！？!?\n]{0,16}?(?:で|に))?(?:決ま|決定さ)(?:ります|る(?![こもの])|れます|れる(?![こもの]))|(?:議会|委員会|議員)(?:へ|に)(?:の|は|も)?(?:報告|説明|提出|上程)(?:は|も)?(?:まだ|これから)|(?:事務所|業者|事業者|相手方|先方|企業|会社|社|法人|団体)(?:と|との)(?:の)?(?:契約|本契約|正式契約|正式な契約|調印)(?:は|が|も)?(?:まだ|これから|前)|(?:契約|本契約|正式契約|調印)(?:は|が)(?:まだ|これから)(?:なので|ですので|のため|ですが|だけど|ですけど|やけん)/u
/** An outcome the public itself produced (投票の結果…でほぼ決まりました, 公募で): not settled inside. */
const PUBLIC_CHOICE = /投票|公募|応募|アンケート|選挙|抽選|パブリックコメント/u
/**
 * Review (conf22) kind: a result others decide, promoted as news to come (柳川高校、県大会への出場がほぼ確定しました！正式な発表は
 * 来週です; コンテストの入賞作品が審査会でほぼ決まりました): a team's place or a contest's prize is not the city's internal outcome.
 * Tested on the outcome's sentence.
 */
const CONTEST_OUTCOME = /出場|試合|予選|決勝|優勝|コンテスト|コンクール|入賞|入選|受賞|表彰/u
/**
 * Review (conf22) kind: the result promoted as news to look forward to (お楽しみに, 応援よろしく), tested on the whole text; not when a
 * contract with the other party is what is still to come (ゲストは…でほぼ決まっています。事務所との契約がまだ…お楽しみに), which is a
 * negotiation told.
 */
const PROMOTED_AHEAD = /お楽しみに|応援(?:を)?(?:よろしく|お願い)/u
/**
 * The meeting named as the basis of a measure the city announces in its own voice in the same sentence (庁内の会議で共有された内容を
 * 踏まえ、来月から窓口を1か所増やします): where the decision came from, with nothing of the deliberation told. Tested on the rest of
 * the sentence after the meeting's name or after what was shared there (…会議で共有された内容|を踏まえ). Not when the measure is
 * still pending or the aside says it is not out (方向で調整, 予定, 検討, 見込み, 案, まだ, ここだけ, 非公開), nor when the meeting's
 * opinions or figures are told (意見, 反対, 210件, 3割, 1億円); the size of the measure itself (窓口を1か所増やします) is not such a figure.
 */
const MEETING_BASIS = /^(?:(?:で|において|の)[^。！？!?\n]{0,24}?)?を(?:踏まえ|受け)(?:て)?[、,][^。！？!?\n]{0,60}?(?:します|いたします|しました|いたしました|ことと(?:しました|いたしました|なりました))(?:[。！!]|$)/u
const MEETING_BASIS_PENDING = /方向|予定|見込|検討|調整|案|まだ|ここだけ|内緒|非公開|意見|反対|異論|もめ|揉め|[0-9０-９]+(?:億|万|千)?円|[0-9０-９]+[％%]|[0-9０-９一二三四五六七八九十百千]+(?:件|人|名|世帯|割)/u
function meetingBasis(t: string, end: number): boolean {
  const rest = t.slice(end, sentenceAround(t, end, end).end + 1)
  return MEETING_BASIS.test(rest) && !MEETING_BASIS_PENDING.test(rest)
}
/** The city announcing what a meeting decided (3月の庁議で決定しました): the decision, not the deliberation. */
const DECIDED_THERE = /^(?:において|で)(?:正式に)?(?:決定|承認|可決|決ま)(?:しました|いたしました|されました|りました)/u
/**
 * Blind HP-092: a decision taken in an internal meeting and since put out, told as its history (この取扱いは、2月の庁内会議で決定し、3月の
 * 市議会総務委員会に報告したものである; 庁議で承認され、4月1日から施行しています): the meeting is where the rule came from, and the same
 * sentence says it went to the council, was published or is in force. Not a decision still to be reported (委員会に報告する前ですが).
 */
const DECIDED_THEN_OUT = /^(?:において|で)(?:正式に)?(?:決定|承認|了承|可決|決ま)(?:し|され|いたし|り)(?:[、,]|て[、,]?|た)[^。！？!?\n]{0,30}?(?:(?:議会|委員会|審議会|協議会|市民|県|国)[^。！？!?\n]{0,6}?(?:に|へ)(?:報告|説明|提出|通知|周知|公表)(?:し|され|いたし)(?:た|ました|ており|ています|てい)|(?:公表|発表|告示|施行|公布)(?:し|され|いたし)(?:た|ました|ており|ています|てい)|から(?:施行|実施|運用|適用)(?:して|されて|しており|しています|いたして|となって|になって))/u
/**
 * Blind KE-002 kind (conf59): the meeting named as where the writer, an official, gave an instruction or a request of their own, the clause
 * ending on the verb in the past (月曜日の部長会議では、現金を扱う全ての窓口で二人以上による確認を徹底するよう指示しました; 庁議で、全職員
 * に節電を徹底するよう改めて求めました): what an official says he ordered is his announcement, not the meeting's deliberation. Not when
 * another's words or the meeting's talk are told in the clause (市長から…指示がありました, 案が出ましたが, まだ決まっていません, 意見), nor
 * when what was ordered is a new measure of the city's (来年度で窓口を閉じること, 値上げ, 予算): the order is then the undecided matter itself.
 */
const ORDERED_THERE = /^(?:では|で|において|の場で|の席で)[、,]?([^。！？!?\n]{4,70}?)(?:よう(?:に)?|ことを|旨を?)[、,]?(?:改めて|強く|厳しく|重ねて|直接)?[、,]?(?:指示|命じ|要請|求め|指示を出|お願い|訓示|周知を指示)(?:いたしました|しました|ました)(?=[。！!\n]|$)/u
/** …another's words, or the meeting's talk, told in the clause. */
const ORDER_NOT_OWN = /(?:市長|副市長|教育長|部長|課長|上|幹部|委員)(?:から|が)|案|意見|議論|検討|まだ|決まって|決まら|らしい|そう(?:です|だ)|揉め|もめ|紛糾|反対|賛成|異論|廃止|閉じ|閉鎖|休止|縮小|値上げ|値下げ|有料|無料|統合|移転|売却|予算|人事|異動|処分|来年度|新年度|[0-9０-９〇一二三四五六七八九十百千](?:円|万|億)/u
function orderedThere(t: string, end: number): boolean {
  const m = ORDERED_THERE.exec(t.slice(end, end + 100))
  return m !== null && !ORDER_NOT_OWN.test(m[1]!)
}
/** On the quiet: the adverbs that hand over what should stay inside (not 特別に: 非公開の庭園を特別に公開). */
const COVERTLY = /こっそり|内緒で|ないしょで|ナイショで|ここだけで/u
/**
 * Data or a document not public, then handed over on the quiet in the same sentence: 非公開データ）をこっそり共有します,
 * 点数は非公開ですが、こっそり教えます (not a photo teased: 未公開の写真をこっそりお見せ).
 */
const SHARED_COVERTLY =
  /(?:(?:非公開|未公開|未公表|非公表|公表前|発表前|部外秘)(?:の)?(?:データ|資料|数字|数値|件数|情報|内容|結果|名簿|統計|文書|議事録|計画|案|金額|予算|点数|順位)|(?:非公開|未公開|未公表|非公表|公表前|発表前|部外秘)(?:です|だ|な)(?:が|けど|けれど)|(?:外部|表|外)に出せな)[^。！？!?\n]{0,20}?(?:こっそり|内緒で|ないしょで|ナイショで|ここだけで)[^。！？!?\n]{0,10}?(?:共有|公開|お見せ|見せ|紹介|教え|お伝え|伝え|載せ|掲載|お知らせ|お披露目)/gu
/**
 * Blind R234M-070 kind: a paper said not to be taken away or out (持ち帰りダメって言われた説明会の配布資料, 持ち出し不可の資料, 資料は持ち帰り
 * 禁止でしたが), then photographed or put on the account in the same sentence (こっそり写真撮っといたので載せます, アップします): a paper kept
 * inside, handed out. The rule stated with nothing shown, a library's or an archive's material read there, a showing refused and one made with
 * leave (許可を得て) stay clean. Bounded gaps, no nested quantifier.
 */
const NO_TAKING = '(?:持ち?帰り|持ち?出し|持って帰る|持ち帰る|持ち出す|持って帰っ(?:たら|ちゃ)|外に出す|コピー)(?:は|が|も)?(?:禁止|不可|厳禁|NG|ダメ|だめ|駄目|できない|できません|いかん|あかん|しないで|せんで|しちゃ(?:ダメ|だめ|いけない)|ては(?:いけない|ならない)|ちゃ(?:ダメ|だめ|いけない|いかん))'
const TAKEN_PAPER = '(?:配布資料|配付資料|資料(?![館室庫展])|プリント|文書|書類|データ|名簿|メモ|スライド|レジュメ|ペーパー|冊子|図面)'
const TAKEN_SHOWN = '(?:写真|撮っ|撮り|撮影し|📸|📷|載せ|のせ|アップ|お見せ|見せ|公開し|共有し|ご紹介|紹介し|スキャン)'
const NO_TAKING_SHOWN = new RegExp(
  `${NO_TAKING}[^。！？!?\\n]{0,16}?${TAKEN_PAPER}[^。！？!?\\n]{0,30}?${TAKEN_SHOWN}|${TAKEN_PAPER}(?:は|も|って)?[、,]?[^。！？!?\\n]{0,8}?${NO_TAKING}[^。！？!?\\n]{0,30}?${TAKEN_SHOWN}`,
  'gu',
)
/** Said to be not out yet, or passed on: a decision told this way is a leak (まだ発表前ですが, ここだけの話, らしい). */
const NOT_OUT = /まだ|発表前|公表前|解禁前|前(?:です|ですが|なので|だけど)|内緒|内密|ここだけ|らしい|みたい|そうです|オフレコ/u
/** The sentence says the outcome was published: 庁議で決定した計画を市ホームページで公表しました. */
/**
 * Blind R193I-033: publication denied is no publication (報告書自体は公開していませんが, 公表しておりません, 掲載しない, 発表してない): the
 * verb followed by a negative ending says the paper is kept inside, so it cannot clear what the paragraph tells from it. A 会議録
 * (minutes, published as a rule) clears it, but not one said to be closed (非公開の会議録によると, 秘密会の会議録では).
 */
const PUBLISHED = /(?:公表し|発表し|公開してい|掲載し)(?!(?:て(?:い|お(?:り)?)?|と)?(?:ない|ません|ず|なかっ|らん|ん[。、,が]))|公開しまし|ホームページ|市HP|(?<!(?:非公開|非公表|未公表|秘密会)の?)会議録|議事録を公開/u

/**
 * Pre-release: まだ公表前ですが, 報道解禁前, 未公表の資料. Blind R168A-008: a list or a paper before its release with its topic between
 * (まだ発表前の文化賞の受賞者一覧なんです, 公表前の入札参加者の名簿); not a rehearsal or the people themselves (発表前の受賞者の皆さん).
 */
const PRE_RELEASE =
  /(?:(?:公表|報道発表|記者発表|プレスリリース|リリース|正式発表|公式発表|情報解禁|報道解禁|解禁|公開|発表|結果通知|合否通知|通知|投げ込み|資料提供|記者会見)前(?:です|だ|の(?:情報|資料|データ|内容|段階|もの|話|ため)|なので|なんですが|なんだけど|ですが|ですけど|だけど|だけれど|ではありますが|ではあるが|につき|のため|ながら)|まだ(?:対外的に(?:は)?|一般(?:に|には|向けには)|外部(?:に|には)|正式に(?:は)?)?(?:公表|公開|解禁|報道)(?:されて(?:い)?(?:ない|ません)|して(?:い)?(?:ない|ません)|前)|未公表(?:の|です|ですが|だけど|なので|ですので|だから|につき|情報|資料|データ|事項|案件)|まだ(?:どこにも|(?:外|表|議会|市議会|委員会|市民|住民|地元|県|国|報道|記者|マスコミ)(?:に|へ)(?:は|も)?)?(?:出して|提出して|提出されて|説明して|ご説明して|報告して|ご報告して|発表して|お伝えして|伝えて|お知らせして|知らせて|お示しして|示して)(?:い)?(?:ない|ません)(?!方|人|皆|場合)[^。！？!?\n、]{0,14}?(?:ですが|だけど|ですけど|んですが|んだけど|けど|けれど)|まだ(?:外|表|外部|よそ|市民)(?:に|へ)(?:は|も)?(?:出せ|出され|出し|言え|話せ|公表でき|発表でき|お話しでき)(?:ない|ん|へん|ません)(?:話|こと|情報|内容|件|ところ)?(?:です|なんです|なんだ|やけど|なん)?(?:が|けど|けれど|ばってん|ばって|だけど|ですけど)|(?:外|表|外部|よそ)(?:に|へ)(?:は|も)?(?:出せ|出され|言え|話せ)(?:ない|ん|へん|ません)話(?:です|なんです|やけど|なん)?(?:が|けど|けれど|ばってん|ばって|だけど|ですけど)|(?:提出|配布|配付|決裁|公表|発表)前の(?:資料|データ|原稿|案|文書)|(?:公表|発表|正式発表|公式発表|記者発表|報道発表)前の[\p{Script=Han}\p{Script=Katakana}ー]{1,10}の[\p{Script=Han}\p{Script=Katakana}ー]{0,6}?(?:一覧|名簿|リスト|資料|データ|数字|数値)|非公表(?:の(?:情報|資料|データ|事項|案件|内容)|ですが|だけど|扱い)|公表(?:されて|して)(?:い)?(?:ない|ません)(?:情報|資料|データ|内容|話|けど|が))/gu
/** Who the reader is asked to keep it from (取引先にも, 業者さんには, 誰にも). */
const KEEP_WHOM = String.raw`(?:[^。！？!?\n]{0,8}?(?:先|者|方|さん|様|社|業者|団体|機関|外部|周り|まわり|誰|だれ|皆|皆さん|みんな|職員|人|委員|記者|マスコミ|報道|議員|家族|地元)(?:に|へ)(?:も|は)?[、,]?)?`
/**
 * The request to keep it (伏せておいて, 内緒にして, 口外しないで, 誰にも言わないで, 拡散はお控え); blind R88A-027: also the idiom of keeping it
 * in one's heart (皆さんの胸の中にしまっておいてください, 心の内にとどめといてね, 胸に秘めておいてほしい).
 */
const KEEP_ASK = String.raw`(?:伏せ(?:て(?:おいて|おって|とって|といて)?|といて|とって)?(?:ください|下さい|ほしい|欲しい|くれ|ね|お願|もらえ|もろう|(?:いただ|頂)(?:け|き))|(?:ご)?(?:内密|内緒|ないしょ|ナイショ|秘密|ひみつ|ヒミツ|内聞|オフレコ)(?:に|で|と)?(?:して|しといて|しとって|しておいて|しといてね|お願|願|いただ|頂|くださ|下さ|頼)|(?:他言|口外)(?:無用|なさらない|なさいません|しないで|せんで|せんごと|はご遠慮|はお控え|をお控え)|(?:誰|だれ|人|ひと|周り|まわり)に(?:も|は)?(?:言わ|話さ|しゃべら|喋ら|広め)(?:ないで|んで|んごと|ずに)|(?:何も|なんも|一切|絶対(?:に)?)[、,]?(?:伝え|言わ|話さ|知らせ|漏らさ|お伝えし|お話しし)(?:ないで|んで|んごと|ずに)|(?:拡散|シェア|転載|投稿)(?:は|も)?(?:お控え|ご遠慮|しないで|せんで|せんごと)|(?:[^。！？!?\n]{0,8}?の)?(?:胸|心)(?:の(?:中|内|うち|奥))?(?:に|へ)(?:だけ)?(?:そっと)?(?:しまっ|秘め|とどめ|留め|収め|おさめ)(?:ておいて|ておって|といて|とって|て)(?:ください|下さい|ね|ほしい|欲しい|くれ|お願|もらえ|もろう|(?:いただ|頂)(?:け|き)))`
/**
 * The reader asked to keep what was told secret until its release (発表まではご内密にお願いいたします, 公表までは内緒にしといてね,
 * 解禁までは他言無用で, 記者発表までは誰にも言わないでください): the request says that what the post told is not out yet. A teaser that
 * withholds (ゲストは発表まで内緒です！お楽しみに) asks nothing and tells nothing. Blind R80A-127: the hold said with 伏せる and the
 * ones kept in the dark named before it (公表までは取引先にも伏せておいてください, 発表までは業者さんには伏せといてね); a statement that
 * something is withheld (氏名は発表まで伏せております) asks nothing.
 */
const KEEP_TILL_RELEASE = new RegExp(
  String.raw`(?:公表|発表|記者発表|報道発表|正式発表|公式発表|解禁|情報解禁|報道解禁|記者会見|会見|お披露目|リリース|プレスリリース)(?:日|の日)?(?:まで|までの間)(?:は)?[、,]?(?:どうか|くれぐれも|何卒|なにとぞ|絶対|ぜったい|念のため)?[、,]?${KEEP_WHOM}${KEEP_ASK}`,
  'gu',
)
/**
 * Blind R88A-027: the release named with its date first, then the reader asked to keep it "until then" (記者発表は来週月曜10時の予定なので、
 * それまでは皆さんの胸の中にしまっておいてくださいね; 公表は来月やけん、それまでは誰にも言わんでね; 解禁は明日です。その日までは内緒で
 * お願いします): それまで points back to the release, so the request is the same as 発表までは内緒に. The release is said with は/が/も in
 * the same sentence or the one just before. The writer keeping a surprise (それまでは内緒にしておきますね) asks nothing of the reader.
 */
const RELEASE_NOUN = String.raw`(?:公表|発表|記者発表|報道発表|正式発表|公式発表|解禁|情報解禁|報道解禁|記者会見|会見|お披露目|プレスリリース|リリース|(?:正式|公式)(?:な|の)お知らせ)`
const KEEP_TILL_THEN = new RegExp(
  String.raw`(?:${RELEASE_NOUN}(?:日|の日)?(?:は|が|も)|(?:正式|公式)(?:な|の)?(?:[\p{Script=Han}]{0,4}(?:の)?)?(?:通知|発表|公表|お知らせ|連絡|ご連絡)(?:は|が|も|を))[^。！？!?\n]{0,30}?(?:[。！!]\s?)?(?:それまで|その日まで|その時まで|そのときまで|当日まで)(?:は|の間(?:は)?)?[、,]?(?:どうか|くれぐれも|何卒|なにとぞ|絶対|ぜったい|念のため)?[、,]?[^。！？!?\n]{0,12}?${KEEP_ASK}(?!おきま|おりま|いま|あげ)`,
  'gu',
)
/**
 * Blind R119A-062: the matter said not to be out yet, given as the reason the reader is asked to keep it (公式にはまだ出せない話なので、
 * ここだけでお願いします; まだ表に出せん話やけん、内緒にしとってね; 公表前なので誰にも言わないでください): what the post told before or
 * after is not out. The writer keeping a surprise (内緒にしておきますね) asks nothing; a notice to wait asks nothing to be kept.
 */
const NOT_OUT_KEEP = new RegExp(
  String.raw`(?:(?:(?:公式|正式|対外的|表|外|外部|よそ|公)(?:に|へ)?(?:は|も)?[、,]?)?まだ[、,]?(?:(?:公式|正式|表|外|外部|よそ|公)(?:に|へ)(?:は|も)?)?(?:出せ|出され|言え|話せ|書け|公表でき|発表でき|公にでき|お話しでき|お伝えでき)(?:ない|ん|へん|ません)(?:話|こと|情報|内容|件|段階)?|(?:公表|発表|正式発表|公式発表|記者発表|解禁|通知)前(?:の(?:話|こと|情報|段階))?)(?:なので|ですので|なんで|なもので|やけん|やけ|だから|ですから|なけん|につき)[、,]?${KEEP_WHOM}(?:ここだけ(?:で|に(?:して|しといて|しとって|しておいて|とどめて))(?:お願|願|ください|下さい|頼|ね|よろしく)|${KEEP_ASK})(?!おきま|おりま|いま|あげ)`,
  'gu',
)
/**
 * Blind R239N-005 kind: what the post has just told asked to be kept inside a circle (協賛金の内訳は、…50万円、…30万円です。この数字は委員会
 * の中だけに留めてください; この内訳は役員の間だけにとどめておいてね; 上記の金額は関係者限りでお願いします): a note meant for members mixed
 * into a public post, so the figures before it are restricted. Said of this (この, その, 上記の) figure, breakdown or matter, kept within a
 * body (委員会, 役員, 関係者, 内部) with a verb of keeping (留め, とどめ, しまっ) asked for; a figure with its unit told before it in the
 * paragraph. Advice to pass a thing on (家族の中だけに留めず) and a request with nothing told (円, 人, 件 …) are not this.
 */
const CIRCLE = '(?:委員会|委員|役員会?|役員|理事会|理事|幹事会|幹事|実行委員会|課|係|部|庁|局|関係者|メンバー|幹部|内部|身内|この場)'
const CIRCLE_KEEP = new RegExp(
  `(?:この|その|これらの|上記の|以上の|こちらの)(?:数字|数値|金額|額|内訳|内容|情報|話|件|資料|データ|リスト|名簿|一覧)(?:は|も|については)[、,]?(?:くれぐれも|どうか|絶対に?|あくまで(?:も)?)?[、,]?${CIRCLE}(?:の)?(?:中|内|間|内部)?(?:だけ|のみ|限り)?(?:に|で)(?:お?留め|お?とどめ|止め|しまっ)(?:て|といて|ておいて|とって)?(?:ください|下さい|ね|ほしい|欲しい|お願い|いただ|もらえ)`,
  'gu',
)
/** A figure with its unit (only tested, never spanned: 12 digits are enough, and the bound keeps a long run of digits with no unit linear). */
const CIRCLE_FIGURE = /[0-9０-９〇一二三四五六七八九十百千]{1,12}(?:万|億|千)?(?:円|%|％|人|名|件|票|社|点|割|世帯)/u
/** What was told around such a request: a figure, a decision, a result, or a front-runner (最有力, 頭ひとつ抜けて); or MATTER. */
const KEPT_MATTER = /結果|最有力|有力(?:候補|視)|本命|頭ひとつ|頭一つ|一歩リード|方向(?:です|で|で調整)|見込み/u

/**
 * Blind R64A-004: the post says the body that owns a matter asked that it not be let out before its own release, then tells it in
 * the same sentence (県からは正式発表まで外に出さないよう言われていますが、大和町の採卵鶏農場で…約6万羽の処分が始まる予定です;
 * 国からは公表まで伏せておくよう求められていますが…; 先方の記者発表までは内緒にしてほしいって言われとるけど…に決まったよ): a request
 * received (言われて, 求められて, 要請を受けて, 頼まれて) to hold back, with a concession that goes on to tell. The hold is a verb of
 * letting out denied (外に出さない, 口外しない, 公表しない; after …まで also 言わない, 書かない) or a keeping (伏せておく, 内密にする,
 * 公表を控える). A reason (…言われていますので) and a concession followed by a notice (発表され次第お知らせします) tell nothing.
 */
const HOLD_UNTIL = '(?:(?:正式|公式)(?:な|の)?)?(?:発表|公表|解禁|会見|記者発表|報道発表|記者会見|お知らせ|プレスリリース|リリース|公式発表|正式発表)(?:が(?:ある|出る|され(?:る)?)|する|される)?(?:日)?まで(?:は)?[、,]?[^。！？!?\\n]{0,12}?'
const HOLD_STRONG = '(?:(?:外|表|外部|よそ|公|おおやけ)(?:に|へ)(?:は)?(?:出さ|漏らさ)|口外し|他言し|公表し|公言し|発表し|公にし|漏らさ|明かさ)'
const HOLD_WEAK = '(?:言わ|話さ|しゃべら|喋ら|書か|出さ|投稿し|発信し|広め|載せ|流さ)'
const HOLD_NEG = '(?:ない|ん|ず)(?:よう(?:に)?|で(?:ほしい|欲しい|くれ|ください|下さい|ね)?|こと|ごと)'
/**
 * Blind R283Q-004 kind (conf16): the request quoted in its own casual words, a bare て-form order (伏せといてって言われたけど,
 * 黙っといてと頼まれたけど, 内緒にしといてって言われとるけど): the same hold asked as 伏せておくよう. Only right before って/と and a
 * verb of being asked; the writer's own keeping (伏せておきます, 内緒にしといてね to the reader) is not this.
 */
const HOLD_KEEP_BARE = '(?:伏せ(?:て(?:おいて|おって)?|といて|とって)|黙っ(?:て(?:おいて|おって|て)?|といて|とって)|(?:内緒|ないしょ|ナイショ|内密|秘密)に(?:して|しといて|しとって|しておいて))(?=って|と[、,]?(?:言|いわ|頼|念|釘|くぎ))'
const HOLD_KEEP = `(?:(?:伏せ(?:て(?:おく|おいて|とく|といて)?|る)|内密に(?:する|して)?|内緒に(?:する|して)?|秘密に(?:する|して)?|(?:公表|発表|発信|投稿|口外|公開)(?:は|を)?控え(?:る|て))(?:よう(?:に)?|ほしい|欲しい|くれ|ください|下さい)|${HOLD_KEEP_BARE})`
const HOLD_ASKED = '(?:言われ|いわれ|求められ|要請され|要請を受け|依頼され|頼まれ|お願いされ|念を押され|くぎを刺され|釘を刺され|指示され|申し入れを受け|クギを刺され)'
/**
 * Blind R235I-039 kind: a hold until a release or a clock time (金曜17時までは, 明日10時まで, 来週月曜までは) agreed with the press or
 * promised by the writer's side (新聞各社の皆さんとは金曜17時までは表に出さないとお約束している件ですが, 報道各社と発表までは公表しない
 * 取り決めですが), then told: the embargo kept with others, broken on the account. The hold must name a time: a standing pledge to keep
 * what residents give (ご相談の内容は外部に漏らさないとお約束していますが) binds no time and is not this.
 */
const HOLD_UNTIL_TIME = '(?:(?:[月火水木金土日]曜日?|明日|あす|あした|明後日|あさって|来週|来月|週明け|[0-9]{1,2}月[0-9]{1,2}日|[0-9]{1,2}日)(?:の)?(?:[0-9]{1,2}時(?:[0-9]{1,2}分)?)?|[0-9]{1,2}時(?:[0-9]{1,2}分)?)まで(?:は)?[、,]?[^。！？!?\\n]{0,12}?'
/** …and only a hold of information (表に出さない, 口外しない, 公表しない): 外に出さない by a clock time may be a child kept in. */
const HOLD_STRONG_INFO = '(?:(?:表|公|おおやけ)(?:に|へ)(?:は)?(?:出さ|漏らさ)|(?:外|外部|よそ)(?:に|へ)(?:は)?漏らさ|口外し|他言し|公表し|公言し|発表し|公にし|漏らさ|明かさ)'
/**
 * Blind R235I-039 kind: the hold agreed or promised by the writer's side (新聞各社の皆さんとは…表に出さないとお約束している件ですが, 報道各社と
 * …公表しない取り決めですが): the same hold as one asked of the writer.
 */
const HOLD_PROMISED = '(?:(?:お)?約束|申し合わせ|取り決め)(?:を)?(?:し|交わし|いたし|て|た)?'
/**
 * Blind R278M-008 kind (conf14): a name an authority asked not to publish (保健所からは施設名を出さないよう言われておりますが, 店名は公表
 * しないよう求められていますが, 学校名は伏せておくよう要請されていますが): the hold on a name needs no 外に and no …まで. What is then
 * told is the name (NAME_TOLD); an instruction obeyed (施設名は公表しておりません) asks nothing and is not this.
 */
const HOLD_NAME = `(?:施設名|店名|店舗名|事業所名|事業者名|企業名|会社名|社名|団体名|学校名|校名|園名|病院名|医療機関名|名称|名前|お名前|氏名|実名)(?:を|は|も)[、,]?(?:まだ|今は|いまは|当面)?[、,]?(?:(?:出さ|明かさ|載せ|書か|言わ|公表し|公開し|発表し|公にし)${HOLD_NEG}|${HOLD_KEEP})`
/**
 * Blind R278M-008 kind (conf14): the held name then given, quoted and said to be the one (「ありあけ苑」であることをお知らせします, 「…」で
 * 発生しています) or said to be it unquoted (…であることをお伝えします): the name published against the request.
 */
const NAME_TOLD = /[」』](?:で(?:す|した|あること|あった|ございます|あり|発生|確認|起き)|だ(?:そう|と|って)|と(?:判明|分かり|わかり)|が(?:該当|対象|その))|(?:である|であった|だという|だった)こと(?:を|が)[、,]?(?:お知らせ|お伝え|公表|ご報告|報告|判明|分かり|わかり)/u
/** HOLD_NAME, tested on a match of HOLD_ASKED_BUT. */
const HOLD_NAME_AT = new RegExp(HOLD_NAME, 'u')
/**
 * Blind R282V-006 kind (conf15): the request to hold a name told as an aside in brackets (…食品メーカーで（社名はまだ出さないでほしいと
 * 先方から言われています）、…約2.3ヘクタール、投資額は40億円規模): the bracket closes the concession as が would, and what the sentence
 * then tells (area, sum, date) is the deal held back. Only a bracket that closes right after the request counts.
 */
const HOLD_ASIDE_END = '[)）](?=[、,]?[^。！？!?\\n])'
const HOLD_ASKED_BUT = new RegExp(
  `(?:(?:${HOLD_UNTIL}(?:(?:${HOLD_STRONG}|${HOLD_WEAK})${HOLD_NEG}|${HOLD_KEEP})|(?:${HOLD_STRONG}${HOLD_NEG}|${HOLD_KEEP}|${HOLD_NAME}))(?:と|って)?[、,]?[^。！？!?\\n]{0,8}?${HOLD_ASKED}` +
    `|(?:${HOLD_UNTIL}|${HOLD_UNTIL_TIME})${HOLD_STRONG_INFO}(?:ない|ず)(?:と|って|という|との)?[、,]?[^。！？!?\\n]{0,8}?${HOLD_PROMISED})` +
    `[ぁ-ん]{0,8}?(?:(?:件|話|内容|情報|案件|ニュース)[ぁ-ん]{0,6}?)?(?:(?:が|けど|けれど|けども|ものの|ばってん|のに)(?=[、,]|[^ぁ-ん])|${HOLD_ASIDE_END})`,
  'gu',
)
/**
 * Blind R291F-008 kind (conf18): …or the paper received on that condition and kept (「外には出さないでほしい」と言われて預かっている一覧に
 * よると、…家賃は月4万〜7万円): what it lists, told, is the same hold broken.
 * Blind R206A-022 (cu12): the owner's own words asking that it not go outside, quoted as the preface or the condition under which a paper
 * or a figure was shown or told to the writer (「…外には出さないでほしい」と前置きのうえで見せていただいた見直し案では…80万円から50万円に;
 * 「口外しないでください」と念を押して教えてくださった数字は…), then what was shown, told in the same sentence: the hold the source asked for,
 * broken on the account. A request reported with nothing told after it, a notice to wait (発表され次第お知らせします) and a lesson on
 * handling are not this.
 */
const HOLD_PREFACED_SHOWN = new RegExp(
  `(?:${HOLD_STRONG}${HOLD_NEG}|${HOLD_KEEP})[」』]?(?:と|って|との)[、,]?(?:(?:(?:前置き|断り|断っ|断わ|念押し|念を押|くぎを刺|釘を刺|条件|約束)[^。！？!?\\n]{0,8}?)?(?:見せ|みせ|教え|おしえ|聞かせ|きかせ|お話し|話し|説明し|ご説明|示し|お示し|配っ|渡し|お渡し)(?:て)?(?:いただ|いただい|頂|もら|くださ|くれ)|${HOLD_ASKED}(?:て|た上で|たうえで|ながら)[、,]?(?:預か(?:って|った|り)|お預かりし(?:て|た)|受け取っ(?:て|た)|いただい(?:て|た)|もらっ(?:て|た)))[ぁ-ん]{0,4}?`,
  'gu',
)
/**
 * What is then told: a figure, a place found, a decision, something begun or planned (陽性となっており, 処分が始まる予定です). Blind
 * R235I-039 kind: 一足先に, 一緒に, 一切 are words, not a figure.
 */
const HOLD_TOLD = /(?<![0-9０-９〇一二三四五六七八九十百千万])(?!一(?:足|緒|層|旦|応|切|同|般|気|瞬|生|言))[0-9０-９〇一二三四五六七八九十百千万]+(?:万|億|千)?[\p{Script=Han}ァ-ヶ]|決ま|決定|確定|内定|判明|陽性|陰性|確認され|見つか|発生し|始ま|予定|見込み|方向|(?:に|と)なって(?:おり|い|お)|になりまし|とのこと|そうです|らしい|みたい/u
/** …unless what follows is a notice to wait or where to look (発表され次第お知らせします, 県の発表をお待ちください). */
const HOLD_NOTICE = /次第|お待ち|お楽しみ|ホームページ|市HP|ご確認|ご覧|お答え(?:でき|いたしかね)|(?:お伝え|お知らせ|申し上げ|お話し)(?:でき|いたしかね)(?:ません|ない)|控えさせ/u
/**
 * What the post told before or around the request: a figure with its unit, a decision, a result. Blind R236I-055 kind: who fills a role of
 * an event or a prize, told by a description that gives them away (ゲストは、あの朝ドラで有名になった地元出身の女優さんです); a role said
 * to be withheld (ゲストはまだ内緒です, 誰でしょう？) tells nothing.
 */
const TOLD_MATTER = /(?<![0-9０-９〇一二三四五六七八九十百千])[0-9０-９〇一二三四五六七八九十百千]+(?:万|億|千)?(?:円|人|名|件|社|票|点|%|％|割|倍|世帯|位)|過去最(?:多|高|少|低|大)|決ま(?!り次第|りましたら|った(?:ら|際|時|とき))|決定(?!次第|後|しましたら|し次第)|確定し|内定|選ばれ|に選定|落札|受賞|表彰(?:を受け|され|が決)|(?:認定|採択|採用)され|ことにな(?:りました|った)|上回|下回|値上|値下|廃止|新設|移転|(?:ゲスト|出演者|講師|司会|審査員|大使|大賞|グランプリ|最優秀賞?)(?:は|が)[、,]?(?![^。！？!?\n]{0,20}?(?:内緒|ないしょ|ナイショ|秘密|ひみつ|ヒミツ|未定|調整中|お楽しみ|後日|次第|誰|だれ|発表|？|\?))[^。！？!?\n]{2,40}?(?:さん|様|氏|女優|俳優|選手|作品|一枚)(?:です|でした|だよ|に決ま)/u
/** Waiting for a release, said as a notice: 公表され次第お知らせします, 発表をお待ちください. */
const WAIT_NOTICE = /次第(?:お知らせ|ご案内|掲載|公表|発表)|お待ちください|お待ち下さい|ご確認ください|お楽しみに/u
/**
 * The release is still to come, said before telling it: 合格発表はまだですが…, 正式発表を待たずに. Blind R228C-038 kind: the release said
 * to be scheduled for a later day (報道発表は来週火曜日を予定しておりますが、…内定しております; 公表は来月を予定していますが…) in a
 * concession, then the matter told: the same reveal before the release.
 */
const NOT_YET =
  /(?:公表|発表|解禁|報道発表|正式発表|公式発表|記者発表|リリース)(?:は|が)[、,]?(?:来週|明日|あす|明後日|来月|後日|週明け|[0-9]{1,2}月[0-9]{1,2}日|[0-9]{1,2}日)[^。！？!?\n、,]{0,8}?(?:を予定|の予定|予定)(?:して(?:おり|い)ます|しております|しています|です|でございます)?(?:が|けど|けれど|けども)|(?:公表|発表|解禁|公開|通知|報道発表|正式発表|公式発表|記者発表|リリース|速報|開票速報|公式速報)(?:は|が)(?:まだ|これから|来週|明日|後日)(?:です|なんです|なのです|だ|ですけど)?(?:が|けど|けれど|けども|、)|(?:正式|公式)?(?:発表|公表|解禁|通知|リリース)(?:を|は)?待たず(?:に)?/gu
/** What is told after NOT_YET: a decision, a result, a count or amount, a reveal. */
/** Where to look once it is out, or waiting: not a reveal (合格発表は明日10時ですが、市ホームページで確認できます). */
const REVEAL_NOTICE = /ホームページ|市HP|ご覧|ご確認|確認でき|お待ち|お楽しみ|掲示|掲載予定/u
const REVEAL = /決ま|決定|確定|内定|選ばれ|(?:合格|当選|落札|受賞|採用)(?!者(?:の(?:方|皆さま|皆様|皆さん))?(?:には|へは|へ|に)[^。！？!?\n]{0,12}?(?:ご?連絡|通知|お知らせ|ご案内|お送り|発送))|[0-9](?:名|人|件|社|億|万|円|%|倍|点|票|位|団体|校|店)|になります|になりました|お見せ|見せちゃ|公開しま|教え|お伝え|ご紹介|紹介しま|載せ|実は/u
/** Shown before the council or the announcement: 全員協議会の前に、…見直し案を少しだけお見せします. */
/* Blind R169D-022: the council step said with a verb (議会に出す前の当初予算案の資料、ちょっとだけお見せします; 委員会に諮る前に…こっそり). */
const BEFORE_COUNCIL_REVEAL = /(?:(?:議会|全員協議会|定例会|委員会|記者発表|記者会見|公表|発表|正式発表)(?:の)?(?:前に|に先立(?:ち|って))|(?:市議会|議会|全員協議会|定例会|常任委員会|委員会)(?:に|へ)(?:出す|提出する|上程する|諮る|かける|報告する|説明する|示す|お示しする)前(?:の|に))[、,]?[^。！？!?\n]{0,30}?(?:少しだけ|ちょっとだけ|こっそり|特別に|一足早く|ひと足早く|先に)[^。！？!?\n]{0,8}?(?:お見せ|見せ|公開|ご紹介|紹介|お伝え|伝え|お披露目|チラ見せ)/gu
/**
 * Blind R162I-086: a figure or a paper said not yet put before the council with a negated verb, in a clause of reason or concession (まだ
 * 議会にも出していない数字なので、見てびっくりしないでくださいね; まだ委員会に示していない案ですが、写真で; まだ議会に報告しとらん資料やけど):
 * the same kind as the bracket marker (議会提出前), said in running text while the post shows it. Blind R342C-057 kind: the council's members
 * named and the paper shown (まだ議員の皆さんにもお見せしていない段階のものですが、完成イメージ図です). A stage with no paper (まだ議会に出して
 * いない段階なので、決まり次第お知らせします), a refusal, a notice and a draft put out for comment stay clean.
 */
const NOT_TO_COUNCIL_YET =
  /まだ(?:市議会|議会|全員協議会|委員会|常任委員会|定例会|議員(?:の(?:皆さん|皆様|皆さま|方々))?)(?:に|へ)(?:も|は)?(?:出し|提出し|示し|お示し|報告し|ご報告し|説明し|ご説明し|諮っ|かけ|上げ|お見せし|見せ)(?:て(?:い)?(?:ない|ません)|とらん|ちょらん|てへん)(?:[^。！？!?\n、,]{0,6}?)(?:数字|数値|資料|案|金額|見積もり|見積り|見積書|額|データ|図面|計画|(?<=段階の)もの|イメージ図|完成図|パース)(?:なの|なん|な(?=ので))?(?:です|だ|や)?(?:ので|から|けん|けど|けれど|が|ですが|だけど|やけど|ばってん)/gu
const NOT_TO_COUNCIL_HELD = /次第|後日|改めて|お待ち|(?:でき|出来|られ)(?:ません|ない|ず)|控え|パブリックコメント|パブコメ|意見募集|ご意見を(?:お寄せ|募集|お聞かせ)/u
/**
 * A matter said to be closed, and a but: 金額は非公開ですが、 結論はまだ未公表だけど. The but が needs its copula (ですが, だが, なんですが):
 * a bare noun before が is its subject (Blind UI-099: 全部公開が62件、部分公開が49件、非公開が3件でした, 非公開の情報が含まれる場合は),
 * an outcome class of the disclosure system counted or named, no concession.
 */
const CLOSED_BUT = /(?:非公開|未公表|未発表|公表前|発表前|部外秘|内部(?:情報|資料)|オフレコ)(?:の(?:段階|情報|話))?(?:(?:です|だ|なん(?:です|だ)?|な(?=んですが))?(?:けど|けれど)|(?:です|だ|なん(?:です|だ)?)が|ですが|だけど|ですけど|(?:な)?んですが|ながら)[、,]?/gu
/**
 * What is then told: an amount, a count, a direction or a decision (年間180万円でした, 見送りの方向です, 3社に絞りました). Blind R289O-006 kind
 * (conf17): also a closed jury's shortlist (最終選考に残っているのは3作品で…): entries still in the running, counted in works or teams.
 */
const CLOSED_TOLD_VALUE = /[0-9０-９〇一二三四五六七八九十百千]+(?:万|億|千)?(?:円|社|人|名|件|票|点|%|％|作品|組|団体|チーム)|(?:選考|審査|候補)[^。！？!?\n]{0,6}?残(?:って|り(?:まし)?た)|方向(?:です|で|性)|見送り|見込み|決ま(?!り次第|りましたら|った(?:ら|際|時|とき))|決定(?!次第|後|しましたら|し次第|(?:した|しました)?(?:ら|際|時|とき))|内定|絞り|有力|濃厚|本命|最安|最高|一番|トップ|1位|落札|採用|不採用|合格|不合格/u
/**
 * Bid secrets with their value: 最低制限価格は2,310万円 (a price the city publishes, 事前公表, is not one). Blind R229B-006 kind: the value
 * given after a clause of how the writer learned it (予定価格は、課内で確認したところ税込1,980万円; 担当に聞いたら…): the same secret told.
 * Blind R283Q-006 kind (conf16): the price asked as its own topic and answered at once (入札の予定価格？4,280万円って聞いてますよ):
 * the question mark stands for は; only a value right after it counts (予定価格は公表されますか？ and a bare 予定価格？ tell nothing).
 */
/** Blind R290P-009 kind (conf17): the designated bidders said to be listed (指名業者名は以下のとおりです。…建設、…工務店): told before the opening. */
const BIDDERS_LISTED = /指名(?:業者|事業者|参加者|競争参加者)(?:名)?(?:は|が|:)[、,]?(?:次|以下|下記)の(?:とおり|通り|[0-9０-９一二三四五六七八九十]{1,2}(?:社|者))/gu
/** Blind R290P-009 kind (conf17): also the designated bidders of a tender told before it is opened (指名業者は次の5社です…入札日は来月10日). */
const BID_SECRET = /(?:指名(?:業者|事業者|参加者|競争参加者)(?:名)?(?=は|が|:)|最低制限価格|低入札調査基準価格|入札予定価格|予定価格|落札予定(?:者|業者)?|応札(?:者|業者)|入札参加(?:者|業者)|(?:入札)?参加予定(?:の)?(?:業者|者|企業|会社))(?:は|が|:|=|→|[?？](?=\s?[0-9〇一二三四五六七八九]))?(?:[^。！？!?\n]{0,6}?(?:内部|庁内|課内|担当課)?の?(?:積算|試算|見積り?|設計)(?:資料|書|表|結果|額)?(?:で(?:は)?|によると|によれば|上(?:は|で)?)[、,]?|[、,]?[^。！？!?\n、,]{0,10}?(?:確認した|確かめた|照会した|問い合わせた|聞いた|調べた|見た)(?:ところ|ら|限り)[、,]?)?[^。！？!?\n]{0,8}?(?:[0-9][0-9,.]{0,12}(?:億|万|千)?(?:[0-9,]{0,8}(?:万|千)?)?円?|[〇一二三四五六七八九十百千万億]{2,10}円?|[ァ-ヴー]{2,12}|[A-Z]社|[一-龠々]{1,6}(?:建設|土木|工業|組|工務店|産業|興業|電気|設備|商事|技建|開発|造園|舗装))/gu
/**
 * A bid's price said to be closed, then given as an amount a clause later (非公開の入札予定価格ですが、…3億2千万円で設定). Blind R100A-096:
 * the closed value said as the city's own practice (非公表としている予定価格は税込8,800,000円, 公表していない最低制限価格は…), the amount
 * in plain figures with thousands separators too, and the closed evaluation told with its points (非公開の評価基準では、価格点は20点).
 */
const BID_AMOUNT =
  /(?:非公開|非公表|未公表|公表前|部外秘|内部|公表(?:して|いたして|し)?(?:いない|おらん|とらん|ない))(?:と(?:して|いたして)(?:いる|おる|います|おります))?(?:の|な)?[^。！？!?\n、,]{0,6}?(?:入札予定価格|予定価格|最低制限価格|落札予定価格|調査基準価格|設計金額|(評価基準|評価項目|評価の配点|配点|採点基準|評価点))[^。！？!?\n]{0,30}?(?:(?:[0-9０-９][0-9０-９,.]{0,12}|[〇一二三四五六七八九十百千]{1,6})(?:億|万)[0-9０-９〇一二三四五六七八九十百千万,]{0,10}円|(?<![0-9,.])[0-9]{1,3}(?:,[0-9]{3}){1,4}円|(?<![0-9])[0-9]{1,3}(?:点|%|％|割))/gu
/**
 * A tender's price said to be published only after the opening, or not at all (予定価格は事後公表としておりますが, 最低制限価格は
 * 開札後の公表になっとるばってん, 設計金額は入札まで伏せていますが, 調査基準価格は公表しておりませんけれども), then given as an
 * amount later in the same sentence (…参考までに申し上げると税抜48億6,000万円で設定): the secret of a bid not yet opened told.
 * Group 1 is what lies between the concession and the amount (checked for another cost named there).
 */
const BID_LATER_AMOUNT =
  /(?:入札予定価格|予定価格|最低制限価格|低入札調査基準価格|調査基準価格|設計金額|落札予定価格)(?:は|を|も|について(?:は)?|につきまして(?:は)?)?[、,]?[^。！？!?\n]{0,8}?(?:事後公表|非公表|非公開|未公表|公表前|(?:開札|入札|契約)(?:後|の後|以降)(?:に|の)?(?:公表|公開)|公表(?:は|を)?(?:開札|入札|契約)(?:後|の後|以降)|公表(?:して|いたして|し|は)?(?:おりません|いません|ません|おらん|とらん|ない|しない|しません)|(?:開札|入札)(?:まで|前)(?:は)?(?:非公開|伏せ|秘密|内緒|内密|公表し(?:ない|ません)))[^。！？!?\n]{0,14}?(?:が|けど|けれど|けれども|ばってん|ものの|ながら)[、,]?([^。！？!?\n]{0,40}?)(?:(?:[0-9][0-9,.]{0,12}|[〇一二三四五六七八九十百千]{1,6})(?:億|万)[0-9〇一二三四五六七八九十百千万,]{0,10}円|(?<![0-9,.])[0-9]{1,3}(?:,[0-9]{3}){1,4}円)/gu
/** Another cost named before the amount (設計図書は1部1万円, 入札保証金として): not the price held back. */
const OTHER_COST = /図書|販売|保証金|手数料|参加料|資本金|売上|実績|補助|会費|負担金|事業費|予算額|当初予算|補正予算|議決/u
/**
 * Review of afb4b410 (rvconf): the paragraph gives a tender's result (指名競争入札の結果を公表します, 開札しました, 落札) and the bidders are
 * told in the past (指名業者は次の5社でした): after the opening, not before.
 */
const BID_RESULT_TOLD = /結果(?:を|について)?(?:公表|発表|お知らせ|報告)|開札(?:し|いたし|を行|の結果|結果|日は[^。！？!?\n]{0,12}?でした)|落札(?:し|者|業者|金額|額|価格|率|となり|が決)/u
const PAST_TOLD = /でした|ました|であった|だった/u
const BID_PUBLIC = /事前公表|締結し|契約しました|公表し|公表され|公表して|公表済|ホームページ|市HP|貸付|売却|物件|月額|年額|開札結果|入札結果|落札しました|落札者(?:を|が)決定/u
/**
 * Blind JG-001 kind: the post is the tender notice itself (【入札公告】, 柳川市公告第48号, 一般競争入札を次のとおり実施します, 詳しくは入札情報
 * ページ): the 予定価格 a notice states is published with it (事前公表), not a bid's secret. A notice still to come (公告前, 公告予定,
 * 来週公告する) is not one.
 */
const BID_NOTICE = /[【\[〔]\s?[^】\]〕\n]{0,8}公告\s?[】\]〕]|公告第\s?[0-9０-９〇一二三四五六七八九十百]{1,5}\s?号|入札(?:を|について)?次のとおり(?:実施|執行|行い|公告)|入札情報(?:ページ|サービス|システム|公開)|電子入札(?:システム|ポータル)/u
/**
 * Blind R256M-027 kind (conf9): a bid's price said in its own words to be held back, between the price and its value (予定価格（事前
 * 非公表）は8,420万円, 最低制限価格は非公表ですが…, 公表しない): a notice does not publish a price it calls unpublished. 事前公表 is not this.
 */
/** Blind R377A-021 kind: a bid or case said not published beforehand, in the clause before its price (事前公表しない案件ですが、). */
const BID_SAID_CLOSED_BEFORE = /(?:事前)?(?:公表|公開)(?:し(?:ない|ません)|せず|して(?:いない|いません|おらず|おりません))(?:の)?(?:案件|入札|工事|もの|扱い)?(?:です|でした|となって(?:います|おります))?(?:が|けど|けれど|ので)[、,]?[^。！？!?\n]{0,4}$/u
const PRICE_SAID_CLOSED = /非公表|非公開|未公表|公表前|公表(?:して|いたして|し)?(?:いない|おりません|いません|ません|ない|しない|しません)/u
/** The bid is over (its result told in the paragraph: 落札金額, 開札結果, 契約を締結): its figures are published results, not secrets. */
const BID_DONE = /落札(?:金額|額|価格|率|者|業者)(?!予定)|開札結果|入札結果|契約(?:を)?締結/u
/**
 * A document still in the city's decision process: 査定中の予算要求資料, 起案中の文書, 決裁がまだ下りていない案. Blind R168A-028: with whose
 * it is between (査定前の各課の要求額をまとめた一覧).
 */
const IN_PROCESS =
  /(?:査定中|査定前|査定待ち|起案中|決裁前|決裁待ち|稟議中|未決裁|精査中|作成途中|検討途中|庁内調整中|内部調整中|庁内協議中|内部協議中)の(?:[\p{Script=Han}\p{Script=Katakana}ー]{1,6}の)?(?:資料|文書|案|原稿|データ|数字|計画|起案|書類|予算|要求|図面)|決裁が(?:まだ)?(?:下りて|おりて|済んで|出て|とれて|取れて)(?:い)?(?:ない|ません)/gu
/**
 * Blind R158A-143: a budget request said to be still before or in the internal assessment, given as a concession or a reason (まだ財政課の
 * 査定前なので金額は変わるかもしれませんが, 査定中ですが), while its list, amounts or a photo is shown: the request is in the decision
 * process. The status alone, a refusal (お答えできません) or a notice to wait (決まり次第, 3月の発表をお待ちください) tells nothing, and an
 * appraisal of goods (車の査定前) names no budget.
 */
const PRE_ASSESSMENT =
  /(?:(?:財政課|財政部|財務課|財政当局|市長|副市長)の)?査定(?:前|中|待ち|の前)(?:の段階)?(?:なので|ですので|ですが|だけど|ですけど|ですけれど|やけど|やけん|のため|につき|なんですが|なんですけど|なんだけど|でして|ではありますが)[、,]?/gu
const ASSESSED_BUDGET = /予算|要求|事業費/u
const ASSESSED_SHOWN = /一覧|資料|写真|画像|📷|📸|金額|[0-9０-９]+(?:万|億|千)?円|数字|載せ|お見せ|見せ|アップ|こんな事業/u
const ASSESSED_HELD = /でき(?:ません|ない|ず)|次第|お待ち|後日|改めて/u
/** Something of the matter given in the sentence: an amount, a share, a list or a photo shown. */
const IN_PROCESS_GIVEN = /[0-9０-９]+(?:万|億|千)?円|[0-9０-９]+(?:%|％|割)|一覧|写真|画像|📷|📸|お見せ|見せ|載せ|アップ|抜粋|中身|内容は/u
/**
 * A release fixed for a later time, told before it: 報道各社への資料提供は明日10時ですが…, 正式な公表は来週の記者発表になりますが…,
 * 正式には来週の会見で発表されますが… (the formal release still to come, then its content in the same sentence).
 * Blind R195D/R197A: the release said as a clause (委員会で決まって公表されるのは来週ですが), a result's posting still some way off
 * (ホームページへの結果掲載はもう少し先になりますが, …落札), the formal figure to come out at a later briefing (正式な数字は夕方の会見で
 * 出るそうですが); told in the rest of the sentence, or figures given just before and then said to be told ahead (…1,284人…。正式な数字は
 * …出るそうですが、…先にお伝えしておきます). A newsletter's posting date (市報への掲載は来月ですが) names no result; a notice to wait tells nothing.
 */
const RELEASE_LATER =
  /(?:(?:公表|発表|解禁|公開|通知|報道発表|正式発表|公式発表|記者発表|リリース|資料提供|記者会見|会見|投げ込み|結果(?:の)?掲載)(?:は|が)|(?:公表|発表|公開|報道発表|記者発表)(?:される|する|となる|になる)の(?:は|が))[、,]?(?:(?:もう少し|もうしばらく|まだ|少し|しばらく)先|明日|明後日|あした|あす|あさって|来週|来月|後日|今夜|今晩|夕方|午後|週明け|週末|月末|今月末|年明け|来年度?|[0-9]{1,2}月|[0-9]{1,2}日|[0-9]{1,2}時|[月火水木金土日]曜)[^。、！？!?\n]{0,12}?(?:ですが|だけど|ですけど|ですけれど|ですけども|だけれど|やけど|ばってん|なんですが|なんだけど|なんやけど|なので|の予定ですが|予定ですが|でございますが|予定でございますが|(?:に|と)なります(?:が|けど|けれど|けども)|(?:に|と)なる(?:んですが|んですけど|んだけど|んやけど|けど|けれど|が|ばってん)|(?:に|と)なって(?:おります|います|る)(?:が|けど))|(?:正式|公式)に(?:は)?[、,]?[^。、！？!?\n]{0,12}?(?:発表|公表|お知らせ|リリース|報道発表)(?:し|され|いたし|させていただき)(?:ます|る予定です|る予定|る)(?:が|けど|けれど|ばってん)|(?:正式|公式)(?:な|の)(?:公表|発表)(?:は|が)[、,]?[^。、！？!?\n]{1,12}?(?:の(?:あと|後)|あと|後|以降|を待って|が(?:済んで|終わって)から|てから)(?:ですが|だけど|ですけど|やけど|なんですが|なんですけど|になりますが|になるんですが)|(?:正式|公式|確定)(?:な|の|した)?(?:数字|数値|結果|人数|件数|金額|額)(?:は)[、,]?[^。、！？!?\n]{0,12}?(?:会見|記者会見|記者発表|報道発表|発表|ホームページ)(?:で|にて)(?:出る|出ます|出され(?:る|ます)|発表され(?:る|ます)|公表され(?:る|ます)|示され(?:る|ます)|お示しし?ます)(?:そう|予定|見込み)?(?:です|でございます|なん(?:です)?|だ|や)?(?:が|けど|けれど|ばってん)/gu
/**
 * A press release fixed for a later time with the release word after the time (記者発表資料は明日10時解禁ですが, プレスリリースは来週
 * 月曜の解禁なんですが, 記者会見は明後日15時の予定でございますが), then told ahead in the same sentence (早くお伝えしたいので先にお知らせ
 * します, 一足早くお伝えします): the content of a release before its embargo. A time given for the release with where to look then
 * (終了後に市ホームページでお知らせします), a fishing season (アユ漁は明日解禁) and a registration deadline are not this.
 */
const EMBARGO_AT =
  /(?:記者発表|報道発表|プレスリリース|ニュースリリース|リリース|報道資料|発表資料|記者会見|会見|資料提供|報道)(?:資料|の資料|の内容)?(?:は|が)[、,]?(?:明日|明後日|あした|あす|来週|来月|週明け|今夜|今晩|夕方|午後|後日|[0-9]{1,2}月[0-9]{1,2}日|[0-9]{1,2}日|[0-9]{1,2}時|[月火水木金土日]曜)[^。、！？!?\n]{0,10}?(?:の)?(?:解禁|公表|発表|公開|配信|資料提供|投げ込み|予定)(?:予定|の予定)?(?:です|でございます|なん(?:です)?|だ|や)?(?:が|けど|けれど|ばってん)/gu
/** Ahead of the release: 先に, 先行して, 先駆けて, 一足早く, 解禁を待たずに. */
const AHEAD = '(?:先取りで|先取りして|先に|先んじて|先行して|先行で|先行し|先駆けて|さきがけて|先がけて|先駈けて|一足早く|ひと足早く|一足先に|ひと足先に|ひと足お先に|一足お先に|いち早く|早めに|前倒しで|フライングで|事前に|先回りして|(?:報道)?解禁(?:時刻|時間)?(?:を|は)?待たず(?:に)?)'
/** Telling: お知らせ, お伝え, ご報告, ご紹介, お見せ, 公開, 掲載, 書いとく. */
const TELL = '(?:お知らせ|知らせ|お伝え|伝え|ご報告|報告|ご紹介|紹介|お見せ|見せ|公開|公表|発信|教え|掲載|載せ|書い|書き|明かし)'
/**
 * Blind R83A-082: one word that is both the ahead and the telling (…解禁の記者発表資料より先出しです！, 先行公開します, フライング発表しちゃい
 * ます, 先取り情報です): giving out the release before its time. Said as declined (先出しはできません, 先行公開は控えます) it is not.
 */
const TOLD_AHEAD_WORD = '(?:先出し|先行(?:公開|発表|配信|披露|お披露目|お知らせ|紹介|掲載)|フライング(?:発表|公開|投稿|掲載|配信)|先取り(?:情報|公開|発表|紹介))(?!(?:は|を|も|が|する(?:こと|の)は)?[^。！？!?\\n]{0,4}?(?:でき(?:ません|ない|かね)|いたしかね|しかね|しません|しない|せず|いたしません|禁止|厳禁|不可|NG|ご遠慮|遠慮|お控え|控え|差し控え))'
/** Told ahead, in the rest of that sentence: 先にお知らせします, 一足早くお伝えします, いち早くご報告いたします, 先に書いとくね, 先出しです. */
const TOLD_AHEAD = new RegExp(`${AHEAD}[^。！？!?\\n]{0,12}?${TELL}|${TOLD_AHEAD_WORD}`, 'u')
/** An ahead adverb said before the release is named (先行して、明日10時解禁の…の内容をお知らせします), and the telling after it. */
const AHEAD_BEFORE = new RegExp(AHEAD, 'u')
/** The one-word telling ahead said before the release is named (【先出し】明日10時解禁のプレスリリースより). */
const TOLD_AHEAD_BEFORE = new RegExp(TOLD_AHEAD_WORD, 'u')
/**
 * Blind R353A-012 kind (conf): after a request to hold received in a concession (…までは出さないでと言われていますが), the writer's own
 * reason given and the telling announced (早く知っていただきたいのでお伝えします, 皆さんに知ってほしくてご報告します): the hold broken on
 * purpose, the matter then told in the next sentence. A telling refused (お伝えできません) or a notice to wait is not this.
 */
const HOLD_BROKEN_TOLD = new RegExp(`(?:ので|から|くて|けん|たく)[、,]?(?:皆さん|皆様|皆さま|みなさん)?(?:に|へ)?(?:は)?(?:先に|特別に|こっそり)?${TELL}(?:します|いたします|しちゃいます|しておきます|しときます|させていただきます)`, 'u')
const TELL_AFTER = new RegExp(`^[^。！？!?\\n]{0,16}?${TELL}`, 'u')
/**
 * Blind R69A-052: the embargo line of a press release, posted with it (【取材解禁は10月16日10時です。それまでは公表しないでください】 ⏎
 * 新しい観光PR動画が完成しました！): a line addressed to the press, so the post is the release itself, before its time. Said as the press's
 * release word with its date or time (取材解禁は…, 掲載解禁：令和6年10月16日(水)10時, 解禁日時：…), or as the request to hold it until then
 * after a 解禁 (解禁は…です。それまでは報道・公表をお控えください). A teaser of the city's own (情報解禁は16日10時！お楽しみに), a season
 * opening (アユ漁の解禁日時は…、それまでは釣りをしないで), a time already past (…10時でした) and the line quoted in a lesson on writing
 * releases (「解禁日時まで報道をお控えください」と明記します) are not this.
 */
const EMBARGO_WHEN = '(?:令和[0-9元]{1,2}年|20[0-9]{2}年)?(?:[0-9]{1,2}月[0-9]{1,2}日|[0-9]{1,2}/[0-9]{1,2}|[0-9]{1,2}日|[0-9]{1,2}時|[0-9]{1,2}:[0-9]{2}|本日|明日|明後日|あす|あした|あさって|週明け)'
const PRESS_EMBARGO = new RegExp(
  `(?:(?:報道)?(?:取材|記事|掲載|放送|紙面)解禁(?:日時|日|時刻|時間)?|解禁(?:日時|時刻))(?:は|:)?[、,\\s]{0,2}${EMBARGO_WHEN}`,
  'gu',
)
/**
 * Blind R239N-054 kind: the embargo line of a press release in other words, addressed to the press with no 解禁 (※新聞・テレビ等での
 * 取扱いは、11月14日（金）午後3時以降でお願いいたします, 報道機関各位の掲載は18日10時以降とさせていただきます): the post is the release
 * itself, before its time. The press named (新聞, テレビ, 報道機関, 各社), its handling (取扱い, 掲載, 報道, 放送, 記事化), a date or time, then
 * 以降 or から, and a request in the rest of the sentence (お願い, ください, とさせていただきます). The press let in to film an event (報道機関の
 * 取材は10時以降でお願いします: 取材 is no handling of a paper) and a time told with no request (新聞への掲載は14日以降の予定です) are not this.
 */
const PRESS_AUDIENCE = '(?:新聞|テレビ|ラジオ|報道機関|報道各社|報道関係(?:者|各位)?|マスコミ|マスメディア|記者クラブ|各社|各紙|各局|WEB|ウェブ|ネット)'
const PRESS_HANDLING = new RegExp(
  `${PRESS_AUDIENCE}(?:[・、,]?${PRESS_AUDIENCE}){0,3}(?:等|など)?(?:各位)?(?:での|における|の|に(?:よる|おける))?(?:お)?(?:取扱い|取り扱い|取扱|掲載|報道|放送|記事化|配信|公表)(?:は|について(?:は)?)[、,]?\\s?${EMBARGO_WHEN}(?:\\([月火水木金土日]\\))?[^。！？!?\\n]{0,10}?(?:以降|以後|から)`,
  'gu',
)
const PRESS_HANDLING_ASK = /^[^。！？!?\n]{0,16}?(?:お願い|願います|ください|下さい|厳守|と(?:させて|いたし|し)ます|とさせていただ)/u
const EMBARGO_HOLD =
  /(?:それまで|解禁(?:日時|時刻|時間)?まで|同時刻まで|解禁前)(?:は|の間は?)?[、,]?(?:報道|公表|掲載|放送|配信|公開|情報発信|発信|記事化|投稿|報道発表|(?:SNS|ネット)(?:への|での|で|に)?(?:投稿|発信|掲載)){1,2}(?:等|など)?(?:は|を|も)?(?:しないで|なさらないで|行わないで|控えて|お控え|ご遠慮|差し控え|しないよう|なさらないよう)/gu
/** The release time said to have passed (取材解禁は10月16日10時でした, …を過ぎました). */
const EMBARGO_PAST = /^[^。！？!?\n]{0,16}?(?:でした|だった|を過ぎ|を迎え|となりました|になりました|済み)/u
/** A release time of the year for fish or game (アユ漁は明日解禁), not of a press release. */
const SEASON_OPENS = /漁|釣|猟|狩|鮎|アユ|あゆ|ハゼ|ノリ|海苔|シーズン|山開き|海開き|川開き/u
/**
 * A press release bound to a later time, said attributively (明日10時解禁の記者発表資料, 来週月曜解禁予定のプレスリリース, 17日公表予定の
 * 資料, 明後日の会見で発表する内容): the same kind as EMBARGO_AT's 記者発表資料は明日10時解禁ですが, in the other word order. Told
 * ahead in the sentence (…の内容を、先行してお知らせします) it is the release before its embargo. A plain 発表する (a pupils' talk) binds
 * only a press noun.
 */
const EMBARGOED_RELEASE = new RegExp(
  `(?:明日|明後日|あした|あす|あさって|来週|来月|週明け|今夜|今晩|今夕|夕方|午後|後日|[0-9]{1,2}月[0-9]{1,2}日|[0-9]{1,2}日|[0-9]{1,2}時|[月火水木金土日]曜)` +
    `[^。、！？!?\\n]{0,10}?(?:(?:報道|情報)?解禁(?:予定)?(?:の|となる|となっている|される|予定の)|` +
    `(?:記者発表|報道発表|正式発表|公表|資料提供|投げ込み)(?:予定)?(?:の|する|される|予定の)|(?:記者会見|会見|記者発表|報道発表)(?:で|にて)(?:発表|公表|お知らせ|配布|配付|お配り|提供|資料提供|投げ込み)(?:する|される|予定の|いたす|します)|` +
    `(?:発表|公開|配信|リリース)(?:予定)?(?:の|する|される|予定の)(?=[^。、！？!?\\n]{0,8}?(?:記者発表資料|報道発表資料|報道資料|発表資料|プレスリリース|ニュースリリース|リリース)))` +
    `[^。、！？!?\\n]{0,8}?(?:記者発表資料|報道発表資料|報道資料|発表資料|プレスリリース|ニュースリリース|リリース|記者発表|報道発表|資料|内容|中身|情報|ニュース|お知らせ)`,
  'gu',
)
/**
 * …unless the telling waits for the release (解禁後に, 終了後に, 発表され次第), or what is told first is how to attend or cover it
 * (先に会場の地図を, 取材の申込方法を): logistics, not the release's content.
 */
const AFTER_RELEASE = /後に|後で|後ほど|次第|以降|終わり|終了後|ホームページ|市HP|ご確認|お待ち|会場|場所|取材|申込|申し込|受付|地図|駐車|日程|日時|時間|方法|手順|注意事項|持ち物/u
/** Told ahead of the release: あらかじめお知らせいたします, 事前にお伝えします, 先にご報告します. */
const ADVANCE_TOLD = /^[、,\s]*(?:あらかじめ|予め|事前に|前もって|先んじて|先に|一足早く|ひと足早く|いち早く)[^。！？!?\n]{0,6}?(?:お知らせ|お伝え|ご報告|ご案内|報告|伝え)/u
/** A decision told (方針が決定いたしました, 決まりました, 内定しました). */
const DECIDED_BEFORE = /(?:決定|確定|内定)(?:いたし|し)ました|決まりました|(?:方針|方向)(?:が|で)(?:決ま|固ま)り?ました/u
/** 一足早く / 一足先に + a reveal, when the paragraph says the release is still to come. */
const EARLY_REVEAL = /(?:一足|ひと足|ひとあし)(?:早く|先に|はやく|さきに)[^。！!？?\n]{0,16}?(?:お見せ|見せ|お伝え|伝え|公開|お知らせ|ご紹介|紹介|チラ見せ|お披露目|発表)/gu
/**
 * What people present at an event (来週発表する子どもたちの研究, 生徒の研究発表, 成果発表会): their own work, previewed with their
 * consent, not a press release held back.
 */
const PRESENTED_WORK =
  /発表(?:する|される|予定の)?(?:子ども|子供|こども|児童|生徒|学生|園児|受講生|参加者|出演者|選手|高校生|中学生|小学生)|(?:子ども|子供|こども|児童|生徒|学生|園児|受講生|参加者|出演者|選手|高校生|中学生|小学生)(?:たち|の皆さん|さん)?(?:の|が)(?:研究|作品|自由研究|演奏|演技|成果|発表)|発表会|研究発表|成果発表/u
const RELEASE_TO_COME = /(?:通知|解禁|報道|記者発表|正式発表|公表|発表|掲載|新聞に載る?)(?:の|るの|するの|されるの)?(?:は|が|前|より前|まで|の前)|(?:来週|明日|後日|来月)(?:の|に)?(?:発表|公表|解禁|通知|掲載|報道)|(?:記者会見|定例会見|会見|記者発表)で[^。！？!?\n]{0,16}?(?:お話し|話|ご説明|説明|ご報告|報告|発表|公表|お知らせ)(?:する|される|いたす|します|されます|いたします)(?:予定|見込み)?(?:です|だ)?(?:が|けど|けれど|ので)/u
/**
 * Blind R247T-008 kind: the release day named as still to come (各社への解禁日は15日なので), or readers asked to hold it until then (それまでは拡散を
 * お控えいただけると助かります): said with 一足早くお伝えします, in this paragraph or another of the post (the teaser often stands alone on the first
 * line). A season's opening (アユ漁の解禁日は6月1日) is no release.
 */
const RELEASE_DAY_TO_COME = /(?:解禁|公表|発表|情報公開)(?:日|日時|時刻|時間)(?:は|が)[^。！？!?\n]{0,8}?(?:[0-9０-９]{1,2}(?:日|時)|明日|あす|来週|来月|週明け)|それまで(?:は)?[、,]?[^。！？!?\n]{0,8}?(?:拡散|シェア|口外|他言|リツイート|リポスト|転載)(?:を|は|も)?(?:お控え|控え|ご遠慮|しないで|なさらないで|なしで)/u

/**
 * Information only staff may see. Blind R147A-097: a note that the paper must not go outside, in any wording (※外部出し不可, 庁外持ち出し
 * 禁止, 外部への提供不可, 外出しNG), on what is posted; not a rule described (外部への持ち出しは禁止されています, …禁止を徹底).
 * Blind R11B-035 kind: the writer told not to let it out, the ban in the prohibitive with はならぬ/はいけない and an adverb (まだ決して表に
 * 出してはならぬと念を押されたお話ではございますが, 外部に言ってはいけないと釘を刺された): the same keeping asked, then the matter told.
 * Only 表/公/外部: a cat not to be let 外に is no secret. Blind R237M-010 kind: the ask not to let it out written as the label of a
 * heading, its own token of a bracket (【…スタッフ各位／外に出さないで】), and spelt in kana to slip past (ｿﾄﾆﾀﾞｻﾅｲﾃﾞ reads ソトニダサナイデ):
 * what is posted under it is kept inside. A plea inside a sentence (猫を外に出さないで) is no label.
 */
const STAFF_ONLY =
  /(?:外部|庁外|課外|部外|局外|社外)(?:へ|に|への)?の?(?:持ち?出し?|出し|提供|公開|転送|共有|配布|配付|流出|掲載)(?:は)?(?:不可|厳禁|NG|禁止)(?![をのにがもとでやし]|され|事項|措置|規定|ルール|について)|(?<![\p{Script=Han}])外出し(?:不可|厳禁|NG)|(?:課内|庁内|部内|係内|内部|職員の間)で回って(?:き|い)た(?:メモ|資料|文書|メール|情報|話|書類)|(?:外|表|外部|公)(?:に|へ)(?:は)?(?:まだ)?出して(?:い)?(?:ない|ません|ねえ|なか|へん)(?:話|情報|こと|内容|数字)|(?:外|表|外部|公)(?:に|へ)?(?:は)?(?:まだ)?(?:出さないで|出すな|出さんで|出さんごと|漏らさないで|言わないで|言うな|話さないで)(?:ください|ね|な)?[」』]?と(?:言われて|いわれて|頼まれて|念を押され|釘を刺され|くぎを刺され)|(?:表|おもて|公|おおやけ|外部)(?:に|へ)(?:は)?(?:まだ)?(?:決して|けっして|絶対に?|ぜったいに?)?(?:出して|漏らして|言って|話して)は(?:ならぬ|ならない|ならん|いけない|いけません|いかん|だめ|ダメ)(?:よ)?[」』]?と(?:言われ|いわれ|頼まれ|念を押され|釘を刺され|くぎを刺され)|(?:課|係|部|庁|役所|担当)(?:の中|内)(?:で)?(?:しか|だけで?)(?:話し|話さ|共有|知らされ|回っ|出回っ)|(?:職員|関係者|庁内|内部|課内|幹部|担当者)(?:しか|だけ|のみ)(?:が)?(?:見(?:られ|れ|ることが)|知(?:らな|って|りえ|り得)|閲覧|アクセス|入手)|(?:外部|部外者|市民|一般)(?:へ|に|には|へは|の方には)(?:の)?(?:提供は?(?:しない|できない|禁止)|出せない|出してはいけない|見せられない|見せてはいけない|言えない|公開できない|漏らさ|口外)|(?:課内|庁内|内部|部内|係内|職員間|職員の間)(?:で|だけで|のみで|限りで)(?:共有|回覧|配布|配付|使用|利用)(?:して|した|する|され|中|の)|(?:庁内|職員|内部|課内|部内|幹部)(?:向け)?(?:の)?(?:メール|掲示板|ポータル|LAN|グループウェア|チャット|通知|通達|文書|連絡|回覧)(?:で|に|から|として)?(?:回って|流れて|届い|来た|きた|出て(?:い|た)|あった|載って|書いて)|職員だから(?:こそ)?(?:こっそり|内緒で)|口外(?:しない|無用|禁止|厳禁)|他言無用|(?:口外|他言)(?:なさいません|なさらない|なさらぬ|されません|されない|しないで|せず|せぬ|はお控え|をお控え|は控え|を控え)(?:よう|ように|ください|下さい|いただ|願|お願い)|(?:外|表|公)(?:に|には)(?:(?:出せ|出し|でき)(?:ない|ません)|出さない(?![でよこ]))|(?:職員|関係者|庁内|内部|課内|幹部|担当者)(?:に|で|へ)?(?:しか|だけ|のみ)(?:に)?(?:配ら|配布|配付|回覧|渡さ|知らされ|伝えられ|共有され|回って(?:き|い)た|回ってきとる|送られてき|届いた)|(?<=[【\[〔《/・])(?:外|そと|ソト|外部|庁外|課外|部外|表|おもて|オモテ)(?:に|ニ|へ|ヘ)(?:は|ハ)?(?:出さ|ださ|ダサ|持ち出さ|もちださ|モチダサ|漏らさ|もらさ|モラサ)(?:ないで|ナイデ|ないこと|ナイコト|ない|ナイ)(?:ください|クダサイ|下さい|ね|ネ)?(?=[】\]〕》])/gu

/**
 * Blind HE-092: a standing statement that the city keeps someone's information in (通報者の情報は外部に漏らさない。, いただいた個人情報は
 * 外部に提供しないことをお約束します, 職員が職務上知り得た秘密を外部に漏らさないことを定めている): the same 外部に漏らさ/口外/提供しない as a
 * request to keep a matter in, but said in the declarative, ending the sentence or bound to a pledge, a rule or a manner of keeping
 * (…ない。, …ないので安心, …ないことをお約束, …ず、適切に管理, 口外することはありません), and said of what residents give or what a duty
 * keeps. A request (漏らさないでください, 漏らさんでね, 口外しないでほしいのですが), a hold told to the writer (漏らさないよう言われて) and a
 * concession that goes on to tell (漏らさないけど, …ない約束で聞いた話ですが) stay findings. Colleague (stop 51): a rule in the こと form about
 * what a duty lets one learn (活動で知り得た個人情報は、外部に漏らさないこと。 in a volunteer call's rules) is the same standing keeping.
 */
const PLEDGE_TAIL = '(?:[。．.！!\\n]|$|[、,](?![^。！？!?\\n]{0,16}?(?:けど|けれど|ばってん|やけど|ですが|だが|んですが))|ので[、,]?(?:安心|ご安心)|こと(?:を|に|と|は)?[^。！？!?\\n]{0,6}?(?:約束|誓|定め|規定|徹底|厳守|義務|お願い(?:して|いたして))|よう(?:に)?[^。！？!?\\n]{0,6}?(?:管理|取り扱|取扱|徹底|努め|定め|規定|義務付け)|旨|ものとする|と(?:定め|規定|約束|お約束|誓))'
const KEPT_IN_PLEDGE = new RegExp(`^(?:ないこと(?=[。．.！!\\n]|$)|(?:ない|ず|ぬ)|(?:する|いたす|される)?こと(?:は|も)(?:一切)?(?:ありません|ございません|ない|いたしません|しません)|(?:し(?:ない|ません)|いたしません|せず))${PLEDGE_TAIL}`, 'u')
const KEPT_IN_NEG = new RegExp(`^${PLEDGE_TAIL}`, 'u')
/** …said of what residents give or of a duty of secrecy (通報者, 相談者, 個人情報, いただいた, 守秘義務, 法…条). */
const KEPT_WHOSE = /知り得|(?:通報|相談|申請|応募|回答|情報提供|提供|利用|申込|申し込み)者|ご?本人|個人情報|お名前|氏名|連絡先|プライバシー|いただいた|頂いた|お寄せ|寄せられた|ご提供|提供された|回答|アンケート|守秘|秘密|義務|法(?:律)?第?[0-9０-９一二三四五六七八九十百]*条|法(?:は|で|に|により)|条例|規程|規則|定め/u
/**
 * Blind R366P-017 kind: …or of the residents who gave it, named by what they did (通報された方の情報は外に出しません, ご相談いただいた
 * 方のお名前は外部に漏らしません): the city's pledge to those who report or ask, not a secret told.
 */
const KEPT_DOER = /(?:通報|相談|申請|応募|回答|連絡|情報提供|提供|申込|申し込み|問い合わせ|問合せ|届出|届け出)(?:を)?(?:され|いただい|頂い|くださっ|してくださっ|してくれ|し|さ)た(?:方|人|市民|皆さま|皆様|皆さん|方々)/u
/** Whether a STAFF_ONLY match of 外部に漏らさ / 市民に口外 / 外部に提供しない is the city's standing pledge to keep what it holds. */
function keptInPledge(t: string, m: RegExpExecArray, sentence: string): boolean {
  if (!/(?:漏らさ|口外|口外しない|提供は?(?:しない|できない))$/u.test(m[0])) return false
  const rest = t.slice(m.index + m[0].length, m.index + m[0].length + 40)
  const kept = /(?:漏らさ|口外)$/u.test(m[0]) ? KEPT_IN_PLEDGE.test(rest) : KEPT_IN_NEG.test(rest)
  return kept && (KEPT_WHOSE.test(sentence) || KEPT_DOER.test(sentence))
}

/**
 * A working document the office shares among its staff, named as what the office revised, checked or trained with (職員間で共有されている
 * 防災マニュアルを見直しました, 庁内で使用している手順書を改訂しました): routine work told, nothing of the document passed on. Only the bare
 * place (…で共有, not …だけで / のみで / 限りで), a document of the office's own working kind right after it, an action of the office on it, and
 * nothing told from it (によると, では, a figure, a quotation): 課内で共有している対応記録では… and 庁内で共有されている積算資料では事業費は… stay.
 */
const ROUTINE_SHARED_DOC =
  /^(?:ている|ていた|てる|いる|いた|おり|た|る)?(?:[^。！？!?\n「」、,]{0,10}?)(?:マニュアル|手引き?|手順書?|要領|ルール|チェックリスト|計画|様式|ハンドブック|ガイドライン)(?:を|の)[^。！？!?\n]{0,12}?(?:見直|改訂|改定|更新|点検|再確認|活用|周知|訓練|研修|作成|整備)/u
const TOLD_FROM_IT = /によると|によれば|では[、,]?|[0-9０-９]|[「『]/u
function routineSharedDocument(t: string, m: RegExpExecArray, sentence: string): boolean {
  if (!/(?:内|間)で(?:共有|回覧|配布|配付|使用|利用)/u.test(m[0])) return false
  return ROUTINE_SHARED_DOC.test(t.slice(m.index + m[0].length, m.index + m[0].length + 60)) && !TOLD_FROM_IT.test(sentence)
}

/**
 * Blind R227W-018 kind: the workplace's inside told, a grievance voiced within the section quoted as its voice (課内からも「もう限界」という
 * 声が出ています, 職場では「人が足りない、回らない」との悲鳴が, 庁内から限界だという不満も): morale and strain inside the office are the
 * city's internal affairs, not a notice (warn: a PR officer's second look). Only the office's own inside (課内, 庁内, 職場, 職員の間), not a
 * resident's or a counter's voice, and not a talk on mental health or harassment at work (相談, ストレス, ハラスメント).
 */
const INSIDE_GRIPE = /(?:課内|係内|部内|庁内|局内|職場|本部内|職員の間|職員間|同僚)(?:の中)?(?:から|で|では|でも|の間で)?(?:も|は)?[、,]?[「『]?[^」』「『。！？!?\n]{0,16}?(?:限界(?!集落|値|点|利益|費用|突破)|もう無理|無理(?:だ|です|や)|きつい|キツい|キツイ|しんどい|辞めたい|やめたい|休みたい|帰りたい|人が足りない|人手が足りない|回らない|パンク|もたない|持たない)[^」』「『。！？!?\n]{0,12}?[」』]?(?:だ|です)?(?:という|との|って|みたいな)(?:声|悲鳴|不満|愚痴|ぼやき|嘆き|本音)/gu
const GRIPE_AWARE = /相談|ストレス|メンタル|ハラスメント|カスハラ|働き方改革|改善に(?:取り組|努め)|募集|採用/u

/**
 * Colleague (round 63): a place only insiders normally see, opened to visitors on a tour (普段は関係者しか見られない水門の内部を、見学会で
 * 特別にご案内します; 職員しか見られない景色ですが、この日だけ一般公開します): the object of 見られない is a place or a view, not a paper,
 * and the sentence offers a visit. A paper in the object (水門の点検記録を, 内部の図面を) keeps the finding.
 */
const PLACE_OBJECT = /^[^。！？!?\n、,]{0,24}?(?:を|ば|は|が|も|に)/u
const PLACE_TOURED = /内部|中|裏側|裏|舞台裏|バックヤード|施設|現場|部屋|室|場所|空間|エリア|設備|機械|水門|樋門|ポンプ場|排水機場|処理場|浄水場|地下|屋上|倉庫|収蔵庫|様子|景色|眺め|風景|光景|通路|塔|庭|庭園|蔵|工場|車庫|管理棟|ゲート|堤防|トンネル|ダム|議場|金庫室|書庫/u
const PAPER_NOUN = /(?:資料|文書|データ|メモ|書類|情報|名簿|数字|数値|記録|ファイル|議事録|図面|原稿|報告|試算|計画|マニュアル|台帳|リスト|一覧|写し|案(?!内))(?!室|館|庫|センター|コーナー)/u
const TOUR_OFFERED = /見学|ツアー|特別公開|一般公開|公開し|公開いた|公開日|ご案内|案内し|案内いた|体験|開放|オープンデー|探検|潜入|入っていただ|入ってみ|お越し|ご参加|参加者|申し込み|申込|見せます|お見せします/u
/** Whether a 職員しか見られない match is said of a place opened to visitors in its sentence. */
function placeToured(t: string, end: number, sentence: string): boolean {
  const obj = PLACE_OBJECT.exec(t.slice(end, end + 30))
  if (!obj) return false
  return PLACE_TOURED.test(obj[0]) && !PAPER_NOUN.test(obj[0]) && TOUR_OFFERED.test(sentence)
}

/**
 * Known false positive (conf2): the bare 外に出せない / 外に出しません is said of a kitten, laundry or seedlings kept indoors (子猫はまだ外に
 * 出せないので, 雨で洗濯物を外に出せません, 苗はまだ外に出せない時期です). It is a secret only when said of information: a paper, a figure, a
 * talk or a plan right after it (外には出せない資料, 外に出せない額, 外に出せない調査中の話) or as its subject earlier in the clause with no
 * object of its own between (部長会議で出た話なので本当は外に出せない, 記者発表は来月1日なのでまだ外には出せない); 公に is always about
 * information, and 表に with a concession that goes on to tell (まだ表には出せないのですが、…本命みたいです) is too. Blind R233P-014 kind:
 * the same with 出さない (本来は外に出さない資料ですが、…載せました): a paper kept in, shown (出さないで/出さないよう, a request, is other
 * patterns'). The city's pledge to keep what residents give (個人情報は外に出しません。) is not this.
 */
const OUT_INFO = '(?:話(?![しすさせ])|情報|資料|内容|中身|数字|数値|金額|額|案(?!内)|データ|文書|書類|メモ|計画|名簿|リスト|一覧表?|記録|結果|報告書?|ネタ|原稿|図面|議事録|人事|予算)'
const OUT_INFO_AFTER = new RegExp(`^(?:[\\p{Script=Han}\\p{Script=Katakana}ー]{1,6}(?:の|な))?${OUT_INFO}`, 'u')
const OUT_INFO_BEFORE = new RegExp(`(?:${OUT_INFO}|発表|公表|解禁|会見|公開)[^。！？!?\\n、,を]{0,24}$`, 'u')
const OUT_CONCEDED = /^(?:の|ん)?(?:です|だ|や)?(?:が|けど|けれど|けども|ばってん)/u
/**
 * Stop 52 (found by fixer conf11): the keeping said as the reason nothing is shown (本来は外に出さない資料ですが、写真ではお見せできません,
 * …ので掲載は控えます) or as the rule itself (個人の記録は外に出さない決まりです): a refusal, not a leak.
 */
const OUT_REFUSED = /(?:お見せ|見せ|公開|掲載|お伝え|ご紹介|紹介|お答え|回答|お出し|配布)(?:は|も|すること[はも]?)?(?:でき(?:ません|ない|かね)|いたしかね|致しかね)|(?:掲載|公開|紹介|回答)(?:は|を)?(?:控え|差し控え|見合わせ)|^(?:の|という|とする)?(?:決まり|ルール|規則|方針|約束)(?:です|に(?:なって|して)|となって|だ|。|$)/u
function outsideIsInformation(t: string, m: RegExpExecArray): boolean {
  const end = m.index + m[0].length
  const here = sentenceAround(t, m.index, end)
  const rest = t.slice(end, here.end)
  if (OUT_REFUSED.test(rest)) return false
  if (/出[しさ](?:ない|ません)$/u.test(m[0]) && KEPT_IN_NEG.test(rest) && (KEPT_WHOSE.test(t.slice(here.start, here.end)) || KEPT_DOER.test(t.slice(here.start, here.end)))) return false
  const head = m[0][0]
  const inWord = m.index > 0 && /\p{Script=Han}/u.test(t[m.index - 1] ?? '')
  if (!inWord && head === '公') return true
  if (!inWord && head === '表' && OUT_CONCEDED.test(rest)) return true
  return OUT_INFO_AFTER.test(rest) || OUT_INFO_BEFORE.test(t.slice(here.start, m.index))
}

/**
 * Blind R62A-059: a paper only insiders may look at, said with a verb of permission denied in any register (関係者しか見たらいかん資料,
 * 職員しか見ちゃいけない, 関係者以外は見てはいけない, 内部の人しか見たらだめなやつ), then shown or presented: a concession right after the
 * paper (資料なんやけど…, 資料なんですけど、…チラシ案です) or a verb of showing or telling in the rest of that sentence or the next
 * (ちょっとだけ見せちゃう, チラ見せ, 公開しちゃう). A rule about who may look (担当職員以外は見てはいけない決まりになっています), a sign
 * (関係者以外立ち入り禁止) and a showing refused are not this.
 */
const STAFF_ONLY_LOOK =
  /(?:職員|関係者|庁内|内部|課内|部内|係内|幹部|担当者|委員|(?:内部|庁内|役所|市役所|課|係)の(?:人|者|人間|もん)|中の人)(?:しか|だけしか|以外(?:は|が)?)(?:まだ)?見(?:ては|ちゃ|じゃ|たら|ても)(?:いけ(?:な|ん|ませ)|いか(?:ん|な)|なら(?:な|ん)|だめ|ダメ|駄目|あかん|でけん)/gu
/** …a paper, then a concession that goes on to present it (資料なんやけど, もの(なん)ですが, やつだけど). */
const LOOK_CONCEDED =
  /^[^。！？!?\n]{0,6}?(?:資料|もの|やつ|データ|案|写真|画像|ファイル|書類|文書|企画書|図面|原稿|メモ|シート)(?:(?:なんです|なんだ|なんや|です|だ|や|なん)?(?:けど|けれど|ばってん)|(?:なんです|です|なんや|や|なんだ|だ)が)/u
/** …or shown or told after it (見せちゃう, チラ見せ, 公開しちゃう, ご紹介します), not refused. */
const LOOK_SHOWN = /(?:お見せ|見せ|チラ見せ|公開し|ご紹介|紹介し|載せ|のせ|アップ|教え|お伝え|お披露目)(?!(?:る|す)?こと(?:は|が)?でき|でき|られ(?:ませ|な)|ません|ない|ず)/u

/**
 * Blind (colleague, round 59): a paper used or shared inside said to be disclosed to the public (庁内で使用している評価シートは、情報公開
 * 請求により開示しています; …は市政情報コーナーで閲覧できます): what is disclosed is no longer staff-only. Only the standing disclosure
 * counts (開示しています, 開示されております); a paper not yet disclosed (まだ開示していないので) or shown before a request stays flagged.
 */
const DISCLOSED = /開示(?:し(?:ています|ております|ており)|され(?:ています|ております|ており))|(?:情報公開|市政情報|行政資料|行政情報)(?:コーナー|室|センター)[^。！？!?\n]{0,12}?(?:閲覧|ご覧)/u

/** Knowledge only insiders have, told with a decision: 市役所の中の人しか知らない情報ですが、…が決まりました. */
const INSIDERS_ONLY = /(?:職員|役所|市役所|庁内|内部|関係者|中の人)(?:の人)?(?:しか|だけが?|のみが?)(?:知らな|知って|知り得)[^。！？!?\n]{0,6}?(?:情報|話|こと|ネタ)(?:ですが|だけど|ですけど|なんですが|を)/gu
/** Undisclosed negotiations. */
const NEGOTIATION =
  /(?:水面下で|極秘(?:に|で|裏に)|秘密裏に|内密に|内々に|非公開で)(?:交渉|協議|調整|話(?:が|を)進|打診|進めて)|(?:(?:誘致|買収|用地買収|用地取得|出店|進出|移籍|合併|提携|契約|賃貸|売却)(?:の|に向けた|に関する|について)?|(?:社|企業|会社|ホテル|事業者|業者|チェーン|グループ|大学|球団)(?:と|との))交渉(?:中|を進め|しています|している|が進ん|の段階|段階|の最中|が大詰め|がまとま|に入って|に入りました)/gu

/**
 * Blind R110A-125: a company named as the party in a negotiation still going on, attributively (いま交渉中の九州精密部品株式会社が来月にも
 * 進出を決める見込み, 交渉を進めている株式会社有明フーズが立地, 協議中の○○ホテルさんが出店予定): who the city is negotiating with and what
 * they are expected to decide, before the announcement. The negotiation named with no company (交渉中のため企業名はお答えできません), a
 * company named as concluded (立地協定を締結しました) and a wage bargaining of staff stay clean.
 */
const NEGOTIATED_COMPANY = new RegExp(
  '(?:交渉|協議|商談)(?:中の|が大詰めの|(?:を進めている|を進めとる|している|しとる|を続けている|が進んでいる)(?:の)?)[^。！？!?\\n]{0,4}?' +
    '(?:[\\p{Script=Han}\\p{Script=Katakana}ー]{2,12}(?:株式会社|有限会社|ホールディングス|グループ|工業|製作所|商事|産業|電機|部品|精工|化学|製薬|食品|物流|運輸|ホテル|フーズ)|(?:株式会社|有限会社|\\(株\\)|㈱)[\\p{Script=Han}\\p{Script=Katakana}ー]{2,12}|[A-Z]社)' +
    '(?=[^。！？!?\\n]{0,48}?(?:進出|立地|出店|移転|開業|決める|決め(?:る|た)|契約|見込み|予定|方向))',
  'gu',
)
/** …said concluded or announced. */
const NEGOTIATION_PUBLIC = /締結し|協定を結び|記者発表しました|発表しました|公表しました|調印/u

/**
 * Blind R110A-090: a business's consultation with the city cited as the source of its troubles (市の融資相談の記録にも載っとったけん,
 * 経営相談の記録を見ると…資金繰りが, 事業承継の相談記録によれば…廃業を): what a business told the city's counter is a secret of that
 * business. Needs a trouble of the business in the paragraph (身売り, 廃業, 倒産, 資金繰り, 売却, 赤字, 借金). A record kept or protected
 * (記録は5年間保存します), a counter opened and an invitation to consult stay clean.
 */
const BIZ_CONSULT_RECORD =
  /(?:融資|経営|事業|資金繰り|事業承継|創業|金融|制度融資|経営改善)(?:の)?(?:ご)?相談(?:の)?(?:記録|記録簿|台帳|票|カード|メモ|履歴|データ|ファイル)(?:に(?:も)?(?:載|のっ|書|残っ|あ)|では|を見ると|を見たら|ば見たら|見たら|によると|によれば|から)/gu
/**
 * Blind R173I-087: what one named business told the city in a hearing, a visit or a consultation about its own figures or state, passed on
 * (事業者ヒアリングで聞いた話、A社さんは売上が前年の3割減だったそうで; 企業訪問で伺ったところ、〇〇旅館さんは資金繰りが厳しいと): a business's
 * undisclosed figures learnt on duty are its secret. Needs a business named (A社, …さん, …旅館, …商店); the hearing's views summed up for
 * all (多くの事業者から売上が減ったとの声), a policy built on them, an invitation to a hearing and a business's own published results stay clean.
 */
const BIZ_HEARD =
  /(?:ヒアリング|聞き取り|聴き取り|面談|個別相談|経営相談|相談会|企業訪問|事業者訪問|訪問|意見交換)(?:で|の際に?|の時に?|のときに?|の席で|の場で)[^。！？!?\n]{0,4}?(?:聞いた|伺った|お聞きした|お伺いした|聞きました|伺いました|お聞きしました|教えてもらった|教えていただいた|聞いたんですが|伺ったんですが)(?:話|ところ|こと|んですが|んだけど|んやけど|けど|のですが)?(?:では|だと|によると|ですが|やけど|だけど|です)?[、,]?[^。！？!?\n]{0,16}?(?<biz>[A-Z]社|[\p{Script=Han}\p{Script=Katakana}ー]{1,10}(?:社|屋|店|旅館|ホテル|商店|工業|産業|農園|観光|酒造|物産|食品)|[\p{Script=Hiragana}\p{Script=Han}\p{Script=Katakana}ー]{2,10}(?:旅館|ホテル|商店|酒造|農園|物産|食品))(?:さん|様)?(?:は|が|の|も|って|では|とこ(?:ろ)?(?:は|も))[、,]?[^。！？!?\n]{0,12}?(?:売上|売り上げ|収益|利益|赤字|黒字|借入|借金|負債|資金繰り|業績|経営状況|経営|客数|来客数|受注|入込客|稼働率|予約)(?:が|は|も|の)?[^。！？!?\n]{0,16}?(?:[0-9０-９一二三四五六七八九十]+(?:割|%|％|万|億|千|円|人|件)|半減|激減|減っ|減少|落ち込|厳し|苦し|火の車|赤字|ゼロ|増え|伸び)/gu
const BIZ_HEARD_GENERIC = /^(?:各社|他社|多くの|各店|お店|同社|御社|貴社|弊社|当社|会社|本社|支社|商社|全社)$/u
const BIZ_TROUBLE = /身売り|廃業|倒産|破産|資金繰り|売却|事業譲渡|閉店|店じまい|店を畳|店ば畳|赤字|借金|負債|滞納|経営難|経営不振|後継ぎ|後継者がい|後継ぎのおらん|手放|不渡り/u

/*
 * Round 9 kinds: a matter the city has not made public, told in any register (standard, keigo,
 * 筑後弁・博多弁 〜とらん／〜やけん／〜と, casual). Each is a construction with bounded gaps.
 */
/** A negative after a te-form, in every register: 出ていない, 出てません, 出ておらん, 出とらん, 出とりません, 出てへん, 出てなか. */
const NEG = '(?:て(?:い)?(?:ない|なか|ません|へん)|ておら(?:ん|ず)|ておりません|とら(?:ん|ない|ず|へん)|とりません)'
/** A concession or reason that goes on to tell: ですけど, やけん, ばってん, なので. */
const GOES_ON = '(?:なんですが|なんですけど|なんだけど|なんやけど|なんやけん|ですけど|ですけれど|ですが|だけど|やけど|だけれど|ばってん|けど|けれど|やけん|だけん|ですけん|けん|なので|なんで|ですので|だから|とですが|んですが|んだけど|ながら)'
/**
 * Not yet public, said before telling: まだ表に出とらん話ですけど, まだ公になっていない情報ですが, 記者発表の前なので,
 * まだ発表の前やけん, 正式な発表の前ですが. (A bare 発表の前 is a school presentation: it needs まだ or 正式.)
 * Blind R62A-090: said of the matter as a thing (正式にはまだ外に出ていないものですが、…メモをそのまま載せます; まだ表に出てないやつなんだけど).
 */
const NOT_PUBLIC = new RegExp(
  `(?:まだ(?:表|世間|公|おおやけ|外)(?:に|には)|(?:表|世間|公|おおやけ)(?:に|には))(?:出|なっ)${NEG}(?:話|情報|こと|ネタ|件|内容|もの|やつ|段階|ところ)?(?:(?:です|でした|やった|だった)?${GOES_ON}|でございますが|ではございますが)|` +
    `(?:まだ(?:表|外|世間|公|おおやけ)(?:に|には)|(?:表|世間|公|おおやけ)(?:に|には)|まだどこ(?:に|へ)も)(?:出|出し|なっ)${NEG}(?:話|情報|ネタ|数字|数値|データ|資料)|` +
    `まだ(?:対外的に(?:は)?|一般(?:に|には|向けには)|外部(?:に|には)|正式に(?:は)?)?(?:公表|発表|公開|解禁|報道|正式発表|記者発表)(?:され|し)${NEG}(?:話|情報|こと|ネタ|件|内容|日程|日付|予定|計画|方針|数字|数値|金額|名簿|リスト|案)?(?:です|でした|やった|だった|でございます)?${GOES_ON}|` +
    `(?:まだ)?(?:表|公|おおやけ|オープン)(?:に|には)(?:は)?(?:出せ|でき|出来)(?:ん|ない|ません|なか)(?:話|情報|こと|ネタ|件|内容)?(?:です|でした|やった|だった)?${GOES_ON}|` +
    `(?:まだ)?外(?:に|には)(?:は)?(?:出せ|出|でき|出来)(?:ん|ない|ません|なか)(?:話|情報|ネタ)|` +
    `(?:記者発表|報道発表|正式発表|公式発表|公表|プレスリリース|情報解禁|報道解禁|まだ発表|正式な発表|正式なお知らせ|公式の発表)(?:の|する|される)前(?:の段階)?(?:なので|なんで|やけん|だけん|ですけん|ですので|ですが|ですけど|だけど|やけど|ばってん|につき|で(?:す)?(?:が|けど|けん)|とですが|なんですが|なんだけど|だから|ではありますが)|` +
    `(?:議会|委員会|全員協議会|市民|住民)(?:の[\\p{Script=Han}]{1,8}?)?(?:に|へ|で)(?:は|も|の)?(?:まだ)?(?:ご)?(?:報告|説明|提出|公表|発表|上程)(?:する|される|いたす)?前(?:の段階)?(?:なんですが|なんだけど|なので|なんで|やけん|だけん|ですので|ですが|ですけど|だけど|やけど|ばってん|につき|とですが|だから)|` +
    `(?:公表|発表|記者発表|解禁)前(?:やけん|だけん|ですけん|やけど|ばってん|なんで|だから|とですが)`,
  'gu',
)
/**
 * Blind R248B-028 / R248B-031 kind: the post itself concedes that a matter has not been let out, to the press or outside (報道には出していない
 * 日程ですが, 対外的に公表していない話ですけど) or that its result is not published (監査の結果は公表していないのですが), and goes on to tell it in
 * the same sentence (少しだけお伝えすると…3点の改善指摘を受けています; …社長と料亭で非公式に会食されます). Checked as CLOSED_BUT is: what
 * follows must tell a value, a decision or a private meeting, and a notice to wait or where to look is no telling.
 */
const NOT_RELEASED_BUT = new RegExp(
  `(?:(?:報道|マスコミ|記者(?:クラブ)?|プレス|外部|対外的|外|表|一般)(?:に|には|へ|へは|向けに(?:は)?)(?:は|も)?[、,]?(?:まだ)?(?:出し|お出しし|公表し|発表し|公開し|お知らせし|発信し|流し)${NEG}` +
    `|(?:結果|内容|中身|詳細|日程|予定|数字|金額)(?:は|も)[、,]?(?:まだ)?(?:公表|発表|公開)(?:し|いたし)${NEG})` +
    `(?:(?:日程|予定|情報|話|内容|結果|数字|件|こと|もの|ネタ)(?:です|でした|だ|なん(?:です|だ)?|なの)?|(?:の|ん)(?:です|だ|や)?)?(?:が|けど|けれど|けれども|ばってん)[、,]?`,
  'gu',
)
/** With a result or the content said unpublished (結果は公表していないのですが), the telling must be said too (少しだけお伝えすると). */
const RESULT_UNPUBLISHED_HEAD = /^(?:結果|内容|中身|詳細|日程|予定|数字|金額)/u
const RESULT_TOLD_ANYWAY = /^[^。！？!?\n]{0,12}?(?:少しだけ|ちょっとだけ|ちょっと|こっそり|特別に|ここだけ|内緒で|ないしょで|(?:お伝え|ご紹介|紹介|お話し|話|言う|明か|教え|バラ)す(?:る)?と)/u
/** …a private meeting of an official told as what follows (…社長と料亭で非公式に会食されます, …と面会). */
const TOLD_PRIVATE_MEETING = /(?:と|で)[^。！？!?\n]{0,16}?(?:会食|面会|会談|懇談|密談)|非公式に/u
/**
 * Blind R176D-022: a figure the post itself calls not yet to be let out, as a concession beside the figure it gives (速報📣 …前年比118％の
 * 約9万2千人！（議会報告前のため対外的にはまだ出せない数字ですが…）; 外部にはまだ公表できないデータなんですけど、…): the figure is told
 * anyway. A figure, a tally or a dataset named as what cannot be let out, with a figure in the paragraph (PRELIM_FIGURE); a notice that
 * the figures cannot be given yet (正確な数字はまだ出せませんが、集計でき次第お知らせします) names no thing held and tells none.
 */
const FIGURE_NOT_OUT = new RegExp(
  `(?:対外的に|外部(?:に|へ)|外(?:に|へ)|一般(?:に|向けに))(?:は)?[、,]?(?:まだ|いまだ)?(?:(?:出せ|公表でき|公開でき|発表でき|お出しでき|お見せでき)(?:ん|ない|ません|なか)|(?:出|出し|出さ?れ|公表し|公表され|公開し|公開され|発表し|発表され|お出しし)${NEG})(?:数字|数値|データ|集計(?:値|結果)?|速報値|暫定値|統計|実績値|結果)(?:なん|なの)?(?:です|だ|や|でございます)?${GOES_ON}`,
  'gu',
)
/**
 * Blind R203I-046: a paper the writer calls not yet given outside, said as the reason or the concession of the post that hands it on (まだ外部には
 * 出していない資料なので、…には使わないでください; 庁外には配布していない表ですが、…): the post itself carries a paper kept inside. The same
 * words before a refusal (…資料なので、お見せできません) or a notice (完成次第公開します, 後日お知らせします) hand on nothing.
 */
const PAPER_NOT_OUT_YET = new RegExp(
  `(?:まだ)?(?:外部|庁外|対外的|外)(?:に|へ)(?:は|も)?[、,]?(?:まだ)?(?:出し|出さ?れ|公表し|公表され|公開し|公開され|配布し|配布され|配付し|提供し|提供され|お出しし|お渡しし|渡し)${NEG}(?:資料|文書|書類|表|一覧|名簿|リスト|図面|計画|案|もの)(?:なん|なの)?(?:です|だ|や|でございます)?${GOES_ON}`,
  'gu',
)
const PAPER_NOT_OUT_HELD = /開示|情報公開|次第|後日|改めて|あらためて|お待ち|完成(?:後|したら)|確定(?:後|したら)|公開(?:は|まで)|公表(?:は|まで)/u
/** A matter the city holds (something is told, not only announced): for the generic markers. */
const MATTER = /決ま|決定|改定|改正|変わ|変更|新し|料金|値上|値下|有料|無料|ゲスト|キャラ|デザイン|固ま|内定|内示|人事|異動|予算|入札|落札|処分|契約|協定|覚書|締結|誘致|進出|出店|建設|開業|オープン|選ば|選定|採用|価格|金額|[0-9〇一二三四五六七八九十百千万億](?:円|万|億)|計画|事業|戻ら|移ら|辞め|退職|閉鎖|廃止|統合|移転/u
/** Blind R62A-090: more matters, for a not-yet-public thing (まだ外に出ていないものですが): grants, allocations, outlooks, cuts and delays. */
const MATTER_MORE = /補助|交付金|配分|方向|方針|見通し|見込み|減ら|減る|減っ|増や|遅れ|延期|中止|縮小|拡大|見送/u
/** Blind R360H-035: an outbreak or a case count in a facility, a matter the health authority announces. */
const OUTBREAK_MATTER = /集団感染|クラスター|集団発生|院内感染|施設内感染|食中毒|感染者が|陽性者が/u
const THING_NOT_OUT = /(?:もの|やつ|段階|ところ)(?:です|でした|やった|だった|なん|でござ|ではござ|やけ|だけ|けど|けれど|ばってん|なので|ながら)/u
/** A decision of the city (narrower than MATTER): what an off-the-record remark must be about to be a leak. */
const CITY_MATTER = /決ま|決定|固ま|内定|内示|人事|異動|予算|入札|落札|処分|契約|協定|覚書|誘致|[0-9〇一二三四五六七八九十百千万億](?:円|万|億)|廃止|統合|移転|閉鎖|値上|値下|有料|無料化/u
/** A teaser of a public event (中身は内緒ですが、抽選で…): withheld, not told. */
/** A figure of the city's business told off the record (6割しか売れてない, 申込は120件, 3%): a tally kept inside. */
const OFF_RECORD_FIGURE = /[0-9〇一二三四五六七八九十百千万]+(?:割|%|％|件|人|名|枚|席|社|世帯|団体|億|万)/u
const TEASER = /抽選|プレゼント|お楽しみ|当たります|当たる|クイズ|ヒント|正解/u
/**
 * Told off the record: ここだけの話, 内緒やけど, オフレコで (with a matter of the city; hearsay alone is unofficial's warning). Blind
 * R127A-082: said to be for insiders only (関係者だけの話だけど, 職員限りの話ですが), and a figure of the city's business in place of a
 * decision (まだ6割しか売れてない, 申込みは3割, 120件): an internal tally told off the record. Blind R171I-003: kept secret until the
 * release, said as a concession before the matter is told (来週の記者発表までナイショやけど、…約3,000発に増えます; 公表までは内緒ですが、
 * …予算は…); a teaser that only withholds (発表まで内緒です！お楽しみに) ends there and stays clean.
 * Blind R302K-017 kind (conf20): the matter said to be one that must not go out, as a concession before it is told (本当は外に出しちゃいけない
 * 話なんですが…契約額…約1,250万円; 表には出せない話ですが, オフレコですが): the same off-the-record aside in other words.
 * Review (conf22) kind: the aside said as what cannot be said aloud or in public (大きな声では言えませんが、契約額は約1,250万円です; 表立っては
 * 言えないけど, 公には言えない話ですが), with a decision or a figure of the city in the sentence or the next.
 */
const OFF_RECORD = /(?<![はもまで])(?:(?:(?:記者|報道|正式|公式)?(?:発表|公表|解禁|会見|お披露目|リリース)(?:日|の日)?まで(?:は)?(?:ナイショ|ないしょ|内緒|秘密|ひみつ|ヒミツ|内密)(?:な)?(?:やけど|だけど|ですけど|ですが|なんですが|なんだけど|なんやけど|ばってん|ですけれど|だけれど))|(?:関係者|職員|内部|身内|庁内|課内|スタッフ|運営側?|うち)(?:だけ|のみ|限り)の(?:話|秘密|ナイショ|内緒|情報)|ここだけの話|ここだけ(?:の)?(?:秘密|ナイショ|内緒)|内緒(?:の話|やけど|だけど|ですけど|ですが|なんですが|なんだけど|ばってん|で(?:すが)?(?:教え|お伝え))|(?:ナイショ|ないしょ|ひみつ|ヒミツ)(?:の話|やけど|だけど|ですけど|ですが|なんだけど|なんですが)|内密に(?:お願い|して))|(?:本当は|ほんとは|ホントは|本来は?)?[、,]?(?:外|表|外部)(?:に|には)出(?:しちゃ|しては|したら|しちゃあ)(?:いけない|いけん|ダメな|だめな|あかん|アカン|まずい)(?:話|こと|情報)(?:なん|な)?(?:ですが|だけど|やけど|ですけど|ですけれど|ばってん)|(?:外|表|外部)(?:に|には)出せない(?:話|情報)(?:なん|な)?(?:ですが|だけど|やけど|ですけど|ばってん)|オフレコ(?:の話)?(?:なん|な)?(?:ですが|だけど|やけど|ですけど|ばってん)|(?:(?:大きな|おおきな|大きい)声(?:では|じゃ|で)(?:は)?|(?:公|おおやけ|大っぴら|おおっぴら)に(?:は)?|表立って(?:は)?)(?:言え|いえ|申せ|申し上げられ)(?:ない|ません|ん)(?:話|こと)?(?:なん|な)?(?:ですが|だけど|やけど|ですけど|けど|が|ばってん)/gu
/**
 * Off the record as an aside, before or after what was heard inside (打合せで…担当者さんから「…」と聞きました。ここだけの話で…,
 * オフレコでお願いしますね, 内緒にしといてね). Not when the aside is refused (ここだけの話にせず, 秘密厳守).
 */
const OFF_ASIDE =
  /(?<![はもまで])(?:ここだけの話|ここだけの秘密|オフレコ)(?!にせず|にしない|にはせず|にはしない|では|じゃ)|(?<![はもまでの])(?:内緒|ナイショ|ないしょ|秘密|ひみつ|ヒミツ)(?=です|だよ|だけど|やけど|やけん|ばい|ね|よ|なので|なんで|なんだけど|なんですが|で(?:お願い|ね|よ|す|教え|お伝え)|に(?:して|しと|しましょう|しておい|しといて)|の話|[…〜~。！!]|$)/gu
/** What was heard inside: in a meeting, or from a member of staff or a partner body (…から「…」と聞きました). */
const HEARD_INSIDE =
  /(?:打ち?合わ?せ|会議|協議会|会合|ミーティング|懇談会|意見交換会?|連絡会|レク|勉強会|幹事会|部会)(?:で|の席で|の場で|の後で?|のあと|のときに?|の時に?)|(?:担当者?|職員|課長|部長|係長|所長|館長|局長|センター|事務局|関係者|上司|幹部|先輩|県|国|署|本庁|役員|理事)(?:さん|の方|の人|の方々)?(?:から|に|が)[^。！？!?\n]{0,60}?(?:聞き|聞い|聞か|伺い|伺っ|教えて|教わ|言われ|言って|話して|おっしゃ)|」と(?:聞き|聞い|伺|言われ|言って|おっしゃ|話して)/u

/**
 * Blind R282V-049 kind (conf15): a matter the writer's side handled without publishing it, told now (公表しないまま内々に処理してきた
 * 観光団体補助金の精算漏れ（約480万円）, 表に出さずに片付けた…, 内密に済ませてきた…の過払い): the concealment confessed, with what was
 * hidden. Publishing alone is withheld in ordinary care (個人情報は公表せずに処理), so 公表せず needs a quiet word (内々に, こっそり).
 * The sentence must name the matter (a sum, a count, or a fault word: 漏れ, ミス, 不正, 過払い …); a lesson or a pledge against it
 * (内々に処理することなく公表します, 表に出さずに処理するようなことは許されません) is not this.
 */
const HANDLED_QUIETLY = /(?:(?:(?:公表|発表|報告|公に)(?:を)?(?:し|せ)(?:ないまま|ずに|ず)[、,]?(?:内々に|内々で|内密に|こっそり|ひそかに|密かに|水面下で)|(?:表|公|おおやけ)(?:に|へ)(?:は)?出さ(?:ないまま|ずに|ず)[、,]?(?:内々に|内々で|内密に|こっそり|ひそかに|密かに|水面下で)?)(?:処理|精算|始末|片付け|片づけ|もみ消|揉み消|済ませ|済まし|収め)|(?:内々|内内|内密|秘密裏|水面下)(?:に|で)(?:処理|始末|片付け|片づけ|もみ消|揉み消|済ませ|済まし|収め))(?!(?:する|した)?(?:こと(?:は|なく|の(?:ない|ないよう))|ような|べき|のは|ではなく|ない|ず|ません))/gu
/** Cheap gates for HANDLED_QUIETLY and SETTLEMENT_FORECAST. */
const QUIETLY_MAY = /ないまま|ずに|せず|出さず|伏せたまま|内々|内内|内密|秘密裏|水面下/u
const SETTLEMENT_MAY = /和解|示談|解決金|賠償|補償/u
/** What was handled quietly, named in the same sentence: a sum, a count, or a fault word. */
const HIDDEN_MATTER = /[0-9０-９〇一二三四五六七八九十百千]{1,12}(?:万|億|千)?(?:円|件|人|名|世帯)|漏れ|ミス|不正|不備|過払い|未払い|誤り|誤支給|紛失|流出|不祥事|事故|損失|使い込み|横領/u
/** A lesson or a pledge around such handling: the wording is condemned or refused, not confessed. */
const HANDLED_QUIETLY_DENIED = /(?:こと(?:は|なく|の(?:ない|ないよう))|ような|べき|のは|ではなく)[^。！？!?\n]{0,12}?(?:許され|あっては|いけ|なりません|しません|いたしません|公表|ありません)|(?:しません|いたしません|ありません|ございません|しておりません)(?:[。！!]|$)/u
/**
 * Blind R281B-018 kind (conf15): the sum a dispute still being talked over is expected to settle at (和解金は市の負担で380万円程度になる
 * 見通し, 示談金は200万円前後でまとまる方向, 賠償額は1千万円規模になりそう): the figure, before the settlement is made and published. Told
 * only where the paragraph says the talks go on or the release is ahead (話し合いが続いている, 協議中, 公表はまだ先, ここだけ); a settlement
 * reached and reported to the council (和解が成立し、和解金…を議会に報告) is public.
 * Blind R285D-007 kind (conf16): the sum still being worked out with the other side, told with it (補償額は総額380万円で先方と詰めている
 * ところです, 賠償額は1人あたり5万円で協議中です): the negotiation's figure let out before it is agreed. A promise to deal with it
 * (補償については誠意をもって対応してまいります) names no sum; an amount paid or agreed is not under negotiation.
 */
const SETTLEMENT_FORECAST = /(?:和解金|和解額|示談金|解決金|賠償額|賠償金|損害賠償金|損害賠償額|補償額|補償金)(?:は|が|も)[、,]?[^。！？!?\n]{0,16}?[0-9０-９〇一二三四五六七八九十百千]{1,12}(?:万|億|千)?円(?:程度|前後|ほど|くらい|ぐらい|規模|余り|あまり)?(?:に|と|で)?(?:なる|なり|落ち着く|落ち着き|まとまる|まとまり|決まる|収まる)?(?:見通し|見込み|方向|模様|もよう|そう|らしい|とのこと|ようです|みたい|(?<=円(?:程度|前後|ほど|くらい|ぐらい|規模)?で)[、,]?[^。！？!?\n]{0,10}?(?:詰めて(?:いる|います|おり|る|いく)|(?:協議|調整|交渉|折衝)(?:中|して(?:いる|います|おり|る)|を(?:進めて|続けて))))/gu
/** …and the paragraph says the talks go on or the release is ahead. */
const SETTLEMENT_PENDING = /話し合い(?:が|を)?(?:続|継続|進め)|詰めて(?:いる|います|おり|る|いく)|(?:協議|調整|交渉|折衝)して(?:いる|います|おり|る)|調整中|協議(?:中|が続|を続)|交渉(?:中|が続|を続)|調停中|係争中|訴訟中|(?:公表|発表|正式発表)(?:は|が|も)?まだ|(?:公表|発表)前|ここだけ|内緒|オフレコ|成立(?:は|が)?(?:まだ|前|して(?:い|お)ません)/u
/** A decision made in private: 内々に決まった, 水面下で固まった, 極秘に内定. */
const PRIVATE_DECISION = /(?:内々|内内|内密|水面下|極秘|秘密裏|非公式)(?:に|で|裏に)(?:は)?[^。！？!?\n、]{0,8}?(?:決ま|決定|固ま|内定|まとま|合意|話がつ|了承|了解を得)/gu

/** Disciplinary action against staff (a personnel matter the city publishes itself, and only when it decides). */
/**
 * Blind R293T-008 kind (conf18): an internal inquiry's finding about a named worker and the penalty expected from it (運行事業者の内部調査で
 * 運転士の非を認めており、処分は乗務停止3日間となる見込み; 社内調査の結果、処分は減給となる予定): the inquiry and the individual's
 * penalty, before either is published. Needs the inquiry and a worker in the paragraph, and a penalty said to be coming.
 */
const INTERNAL_INQUIRY = /内部調査|社内調査|庁内調査|内部の調査|社内の調査|事業者(?:側)?の調査/u
const INQUIRY_WORKER = /職員|社員|従業員|運転士|運転手|乗務員|ドライバー|作業員|担当者|係員|駅員|隊員|教員|保育士|警備員|委託先の/u
const PENALTY_EXPECTED = /^[^。！？!?\n]{0,20}?(?:(?:と|に)なる|となり|になり)?(?:見込み|見通し|予定|方向|模様)/u
const PENALTY = /懲戒処分|懲戒免職|諭旨免職|諭旨退職|停職|減給|戒告|訓告|分限処分|降格処分|免職|懲戒|処分(?:は|が|の内容|内容)/gu
/** A bare 処分 is a penalty only in a paragraph about misconduct (粗大ごみの処分 is disposal). */
const MISCONDUCT = /懲戒|不祥事|自宅待機|謹慎|不正|横領|着服|飲酒運転|酒気帯び|ハラスメント|パワハラ|セクハラ|体罰|不適切|逮捕|書類送検|使い込|会計の件|例の件/u
/**
 * The penalty decided but not announced: 減給で固まったそうです, 停職になるらしい, 処分が出るって.
 * Blind R270C-047 kind: or forecast as the likely one while the case is still being looked into, heard inside (監査委員事務局で調べており…
 * 処分の重さについては停職が有力と聞いております; 減給が濃厚と伺っています): the expected penalty of a case under inquiry. 決まり次第 is a
 * promise of the release, not a penalty decided. Blind R118A-093: or proposed and put to
 * the body that decides it (懲戒処分案（停職1か月）、来週の審査会にかかります; 減給の案で懲戒審査委員会に諮られる; 処分原案は停職3か月):
 * a penalty still being decided is as closed as one decided, told with the not-yet-said sign NOT_YET_SAID asks for.
 */
const PENALTY_DECIDED = /^[^。！？!?\n]{0,16}?(?:固ま|まとま|決ま|確定|決定|内定|なる|なり|なっ|出る|出た|出そう|下る|下り|下っ|決め|有力|濃厚)(?!っても|ても|ったら|たら|れば|る場合|った場合|た場合|したら|しても|り次第|次第)(?:った|る|た|そう|らしい|みたい|って|ようです|見込み|予定|方向|とのこと|っちゃ|ったげな|たげな|げな)?/u
/** …proposed, in a paragraph about a member of staff (STAFF): a drama's plot or a disposal plan is not this. */
const PENALTY_PROPOSED = /^(?:(?:の)?(?:原案|案)(?:[（(]|は|が|で|と|として|、|,)|[^。！？!?\n]{0,16}?(?:審査会|審査委員会|懲戒委員会|委員会|審議会)(?:に|へ|で)(?:かか|かけ|諮|付議|付され|上が|上げ|出され|審議))/u
/** Said to be not yet public, somewhere in the paragraph: 発表は来週やけん, それまでは言えん, まだ表に出せない. */
const NOT_YET_SAID = /(?:来週|来月|明日|後日|近々|週明け|月曜|火曜|水曜|木曜|金曜)(?:に|の)?(?:記者|報道|正式|公式)?(?:発表|公表)|正式に(?:は)?(?:[^。！？!?\n]{0,16}?(?:で|に))?(?:決ま|決定さ)(?:ります|る(?![こもの])|れます)|(?:発表|公表)まで(?:は|今しばらく|しばらく|もう少し|お待ち)|(?:発表|公表|公開|報道|記者発表|正式発表)(?:は|が|も)?(?:まだ|来週|来月|明日|これから|後日|近々|そのうち|[0-9]+日)|(?:発表|公表)(?:前|の前|される前|するまで|までは)|それまで(?:は)?(?:これ以上(?:は)?)?(?:言え|書け|話せ|お伝えでき)|(?:これ以上|詳しく)は(?:言え|書け|話せ|お伝えでき|申し上げられ)|まだ(?:表|外|公)に|(?:まだ[、,]?(?:ご)?(?:本人|当人|当該職員)(?:さん)?(?:に|へ)(?:は|も)?|(?:ご)?(?:本人|当人|当該職員)(?:さん)?(?:に|へ)(?:は|も)?[、,]?まだ)(?:お|ご)?(?:伝わ|伝え|知らせ|言っ|言う|通知|話し|話さ|告げ|連絡)|ここだけ|内緒|ナイショ|内々|オフレコ|言わんで|言わないで|そうです|そうだ|らしい|らしか|みたい|げな|ごた|とのこと|って(?:話|聞)|(?:と|って)(?:聞いて|伺って)(?:おり|お|い)|(?:調べて|調査して|調査を進めて|聞き取りを進めて)(?:おり|お|い)(?:ます|ますが|ますので|、|,)|調査中/u
/** Who is disciplined: a member of staff. */
const STAFF = /職員|同僚|係長|課長|部長|支所長|所長|館長|校長|教頭|教員|先生|先輩|後輩|うちの|あの人|例の|担当者|主任|主査|副市長|消防士|隊員|保育士|自宅待機/u
/** The city's own announcement of a penalty, or a general notice about it: not a leak. */
const PENALTY_PUBLIC = /他の自治体|他市|他県|隣の市|隣町|隣の町|全国|県内の|公表し|発表し|公表いたし|公表します|処分しました|処分を行いました|処分といたしました|としました|といたしました|ホームページ|市HP|お詫び|おわび|再発防止|綱紀粛正|指針|基準|処分を受けた|処分された|ニュース|報道によると|新聞/u

/**
 * Blind R274K-012 kind: a disciplinary process told as under way against a member of staff, or what the internal inquiry found about them
 * (内部調査の結果、過去にも同様の苦情が三件寄せられていたことが判明しております。現在、厳正な処分に向けて手続きを進めております): the
 * inquiry's findings and the penalty being prepared are personnel matters the city publishes itself, when it decides. Needs a member of staff
 * (STAFF) in the paragraph; the penalty announced (PENALTY_PUBLIC: 処分を公表しました), a report published and waste being disposed of
 * (廃棄物の処分に向けて手続きを進めています: no staff) stay clean.
 */
const PENALTY_UNDER_WAY =
  /(?:懲戒|厳正な|厳重な|しかるべき|然るべき|相応の)処分(?:に向け(?:て|た)|を(?:含め(?:て)?|前提に)|の(?:検討|手続き?))[^。！？!?\n]{0,12}?(?:手続き?|検討|調整|審査)(?:を)?(?:進めて|行って|して|中)|内部(?:調査|での調査|の調査|の聞き取り)の結果[、,]?[^。！？!?\n]{0,40}?(?:判明|分かり|わかり|確認され)(?:し|まし|ており|ています|ております)/gu
/** …said published, in a report or on the city's site. */
const PENALTY_INQUIRY_PUBLISHED = /報告書|公表し|公表いたし|発表し|ホームページ|市HP|記者会見/u


/**
 * Blind R273B-009 kind: a named contractor's internal dispute told by the city (施工をお願いしている有明総合建設さんが下請けさんへの支払いで
 * 揉めていて、現場が2週間ほど止まっていた; 元請けの…工務店が職人さんへの賃金を払えていない): the trouble of a business the city learnt as
 * its client, not announced. A contractor named in a published award (…建設株式会社が落札しました), a notice on subcontract payments
 * (下請代金の支払い遅延の相談窓口) and an awareness post stay clean.
 */
const CONTRACTOR_DISPUTE = new RegExp(
  `(?:[\\p{Script=Han}\\p{Script=Katakana}ー]{1,10}(?:建設|建工|工務店|土木|工業|電設|設備|舗道|造園)|施工業者|受注業者|請負業者|施工会社|元請け?(?:業者|会社)?)(?:さん|様|株式会社)?(?:が|は|と|で|側で|の方で|内部で)[、,]?[^。！？!?\\n]{0,14}?(?:下請け?|孫請け?|協力会社|協力業者|職人|作業員|従業員)(?:さん|業者)?(?:へ|と|に|との|への|に対する)(?:の)?[^。！？!?\\n]{0,12}?(?:揉め|もめ|モメ|トラブ|未払|不払|払えて(?:い)?な|払われて(?:い)?な|支払いが(?:遅|滞)|争)`,
  'gu',
)
const CONTRACTOR_NOTICE = /相談|窓口|防止|ご注意|注意|ガイドライン|下請法|適正化|講習|研修|セミナー/u

/**
 * Blind R273B-018 kind: an internal staff survey's raw results by department (「休日出勤が月2回以上ある」と答えた職員は建設課で74％), or its free
 * comments naming a manager (自由記述には課長の名前を挙げた厳しい意見も): what staff told an internal survey, before any report. A resident
 * survey by district (中央地区で74％), a survey's results published (結果を公表しました, 報告書) and a survey's total with no department stay clean.
 */
const STAFF_SURVEY_BREAKDOWN =
  /(?:答えた|回答した|選んだ)職員(?:の割合)?(?:は|が)[、,]?[^。！？!?\n]{0,8}?[\p{Script=Han}]{1,6}(?:課|係|室|部|支所|センター)(?:で|は|が)[0-9]{1,3}(?:\.[0-9])?(?:%|％|割)|自由(?:記述|回答|意見|記入)(?:欄)?(?:には|では|に|で)[、,]?[^。！？!?\n]{0,12}?(?:課長|部長|係長|室長|所長|館長|上司|管理職)(?:の|さんの)?(?:名前|実名|名指し|個人名)/gu
const SURVEY_PUBLISHED = /公表し|公表いたし|報告書|ホームページ|市HP|掲載し/u

/**
 * Blind R275W-047 kind: the hold line of a press release posted with it, with no 解禁 (※取扱い：1月9日(金)15時までは報道・公表をお控えください,
 * 10日正午までは掲載・放送をご遠慮ください): a date or time, then a request to the press not to report until then; the post is the release
 * before its time. Reporting of the press must be named (報道, 掲載, 放送, 記事化); a time for parking or entry (12時までは駐車をお控え),
 * filming let in later (取材) and a hold already lifted (解禁となりました, 解禁後) are not this.
 */
const EMBARGO_UNTIL_ASK = new RegExp(
  `${EMBARGO_WHEN}(?:\\([月火水木金土日]\\))?(?:(?:午前|午後)?[0-9]{1,2}時(?:[0-9]{1,2}分)?|[0-9]{1,2}:[0-9]{2}|正午)?(?:まで|以前)(?:は|の間は?)?[、,]?` +
    `(?:(?:報道|掲載|放送|記事化)(?:[・、]?(?:公表|公開|配信|発信|投稿|報道|掲載|放送)){0,2}|(?:公表|公開|配信|発信)[・、](?:報道|掲載|放送)(?:[・、]?(?:公表|公開|配信|発信|投稿)){0,1})` +
    `(?:等|など)?(?:を|は|も)?(?:しないで|なさらないで|行わないで|お控え|控えて|ご遠慮|差し控え|しないよう)`,
  'gu',
)
const EMBARGO_LIFTED = /解禁(?:と(?:なり|なっ)|され|しました|後|済)|でした|ましたが|いましたが|過ぎ/u

/** A personnel move decided: 異動が決まりました, 市民課に決まったそうです, 教育委員会に移られることになった. */
const MOVE = /(?:異動|転勤|転出|昇進|昇格|栄転|着任|就任|退任|配属|出向|後任|戻られ|戻る|移られ|移る|行かれ|来られ|人事)[^。！？!?\n]{0,16}?(?:が決ま|に決ま|で決ま|が内定|に内定|が固ま|ことにな|ことが決ま|になりま|になった|になる(?:そう|らしい|みたい|って))/gu
/** Said strictly to be not yet announced (not mere hearsay, which is unofficial's): 正式な発表は来週なので, 発表はまだなので内緒で. */
const NOT_ANNOUNCED = /(?:発表|公表|公開|正式発表|内示|辞令)(?:は|が|も)?(?:まだ|来週|来月|明日|これから|後日|近々|前)|(?:発表|公表)(?:の|される)?前|まだ(?:表|外|公)に|内緒|ナイショ|ここだけ|オフレコ|内々|内密|言わんで|言わないで|口外|それまで(?:は)?(?:これ以上(?:は)?)?(?:言え|書け)/u
const MOVE_PUBLIC = /付の人事|付で|付け|辞令交付|ホームページ|市HP|発表しました|公表しました|掲載しました|お知らせします/u

/**
 * Who filed a complaint or a request: 要望を出されたのはお隣の方ではなかですよ, 苦情を入れたのは向かいの田中さん,
 * 角のお宅の方からのご連絡でした, 申出人は同じ班の…. A neighbour named by place or name, as the answer.
 */
const NEIGHBOUR = '(?:お?隣(?!の?[\\p{Script=Han}]{1,4}(?:市|町|村|県|国|自治体))|両隣|隣家|隣人|お?向かい|斜め向かい|裏の|裏手の|角の|同じ(?:班|組|町内|地区|区|アパート|マンション|棟|階|通り)|ご?近所|上の階|下の階|[0-9]+号室|[0-9]+番地|[\\p{Script=Han}]{1,4}(?<!皆|各)(?:さん|様|氏)(?:ち|宅|の(?:お宅|ご主人|奥さん|旦那さん|息子さん|娘さん)))'
const NAMED = '[\\p{Script=Han}]{1,4}(?<![皆各長員])(?:さん|様|氏)'
const COMPLAINT = '(?:苦情|要望|クレーム|申し出|申出|通報|投書|陳情|相談)'
const FILED = '(?:苦情|要望|クレーム|申し出|申出|通報|投書|陳情|意見|相談|連絡|問い合わせ|お問い合わせ|申し入れ|申入れ|お電話|電話)'
const COMPLAINANT = new RegExp(
  `${FILED}(?:を|が)?[\\p{Script=Hiragana}\\p{Script=Han}]{0,8}?(?:た|だ)(?:の|人|方|かた)(?:は|って|が)[、,\\s]?[^。！？!?\\n]{0,12}?(?:${NEIGHBOUR}|[\\p{Script=Han}]{1,4}(?<!皆|各)(?:さん|様)(?:です|でした|やった|だった|ですよ|ではな|じゃな))|` +
    `${FILED}(?:は|って|も)[、,\\s]?[^。！？!?\\n]{0,12}?${NEIGHBOUR}[^。！？!?\\n]{0,8}?(?:から|より)(?:でした|です(?!が|けど|ので)|やった|だった|ですよ|ばい|たい|ではな|じゃな|で[、,])|` +
    `${COMPLAINT}(?:の電話|のお電話|のご連絡|の連絡)?(?:は|って)[、,\\s]?[^。！？!?\\n]{0,12}?${NAMED}(?:から|より)(?:でした|です(?!が|けど|ので)|やった|だった|ですよ|ばい|たい|で[、,])|` +
    `${NAMED}(?:から|より)の?(?:ご|お)?${COMPLAINT}(?:でした|です(?!が|けど|ので|から)|やった|だった|ではな|じゃな|ですよ|でしたよ)|` +
    `${NEIGHBOUR}[^。！？!?\\n]{0,12}?(?:から|より)の?(?:ご)?${FILED}(?:でした|です(?!が|けど|ので|から)|やった|だった|ではな|じゃな|ではありま|でござ|ですよ|でしたよ|ばい|たい)|` +
    `(?:申出人|申し出人|申立人|通報者|通報した(?:人|方)|(?:苦情|クレーム|通報|投書|要望)(?:の)?(?:主|出し主|送り主|者|申出者)|苦情を(?:言|入れ|出)(?:っ|れ|し)た(?:人|方)|要望者|陳情者|投書(?:の)?主)(?:は|が|って|の方は)[^。！？!?\\n]{0,12}?(?:${NEIGHBOUR}|[\\p{Script=Han}]{1,4}(?<!皆|各)(?:さん|様|氏)|の方(?:です|でした|やった|ですよ))`,
  'gu',
)
/**
 * Blind R72A-121: a tally of complaints, then one of them put to a person told by name, by role in the neighbourhood or by place
 * (苦情が3件寄せられておりまして、…うち1件は近隣の自治会長さんからのものでした; 通報は4件、そのうち2件は向かいのお宅からです;
 * 1件目は同じ班の班長さんからやった): counting the complaints does not hide who made one. The role is one person of a small place
 * (自治会長, 区長, 班長, 民生委員, 大家…). A count put to no one (うち1件は市外の方から, 事業者から) and entries of a contest are not this.
 */
const ROLE = '(?:近隣の|ご?近所の|地元の|地区の|町内の|同じ(?:班|組|町内|地区)の)?(?:自治会長|町内会長|町内会の会長|行政区長|区長|班長|隣組長|組長|公民館長|民生委員|児童委員|PTA会長|理事長|大家|家主|管理人|地主)(?:さん|様|氏)?'
/** One person by name (田中さん, 佐藤様), not a group or a trade (お客様, 利用者様, 農家さん, 住民の皆さん). */
const NAMED_ONE = '[\\p{Script=Han}]{1,4}(?<![皆各長員客者民家方主族衆連])(?:さん|様|氏)'
const COMPLAINT_TALLY_WHO = new RegExp(
  `(?:(?:うち|その?うち|その内|内)[、,]?)?[0-9０-９一二三四五六七八九十]+件(?:目)?(?:は|が|も|って)[、,]?[^。！？!?\\n]{0,12}?(?:${NEIGHBOUR}|${NAMED_ONE}|${ROLE})[^。！？!?\\n]{0,6}?(?:から|より)(?:の(?:もの|方|ご?連絡|お?電話|ご?意見|ご?相談|${COMPLAINT}))?(?:でした|です(?!が|けど|ので|から)|やった|だった|ですよ|ばい|たい|で(?:ござ|あ)|で[、,])`,
  'gu',
)
/** The kind of filing the tally counts (the same sentence or the one before): a complaint, a report, a request. */
const TALLY_FILED = /苦情|クレーム|通報|投書|陳情|申し出|申出|要望|ご意見|お問い合わせ|問い合わせ|相談|お電話/u
/**
 * Blind R73A-096: the same household or person said to complain again and again (同じ世帯からの繰り返しの苦情も目立ちます, 特定の方から
 * 何度も通報があり, 苦情は毎回同じお宅からです): in a small place the remark points at the household. Repeat complaints with no one as
 * their source (同じ苦情が繰り返し寄せられ) and a rule on applications (同じ世帯から複数のお申し込みはできません) are not this.
 */
const REPEAT_COMPLAINER =
  /(?:同じ|特定の|決まった|いつもの)(?:世帯|方|人|家|お宅|住民|人物|家庭|ご家庭|方々|人たち|住人)(?:から|より)(?:の)?[^。！？!?\n]{0,8}?(?:繰り返し|何度も|再三|たびたび|度々|何回も|頻繁に|しょっちゅう|毎日|毎週|毎回|くり返し)[^。！？!?\n]{0,8}?(?:苦情|クレーム|通報|投書)|(?:苦情|クレーム|通報|投書)(?:は|が|も)[^。！？!?\n]{0,10}?(?:毎回|いつも|繰り返し|何度も|再三|ほとんど|大半が?)[^。！？!?\n]{0,6}?(?:同じ|特定の|決まった)(?:世帯|方|人|家|お宅|住民|人物|家庭|住人)(?:から|より)/gu
/**
 * Blind R81A-063: the same person said to file again and again with the filing named earlier in the paragraph, not in the sentence (苦情件数…
 * 上宮永町18件…。上宮永町は同じ方から何度もいただいています; 同じお宅から毎週のように電話が来よります): with the place named the remark points
 * at a household. The filing (苦情, 通報, 要望…) and a count of them (…18件) come before it in the paragraph; a rule of service (同じ方から
 * 何度もお電話をいただく場合も…) and thanks for gifts (同じ方から何度もご寄付を) are not this.
 */
const REPEAT_FILER =
  /(?:同じ|特定の|決まった|いつもの)(?:世帯|方|人|家|お宅|住民|人物|家庭|ご家庭|住人)(?:から|より)[、,]?[^。！？!?\n]{0,6}?(?:繰り返し|何度も|再三|たびたび|度々|何回も|頻繁に|しょっちゅう|毎日のように|毎週のように|毎回|くり返し)[^。！？!?\n]{0,8}?(?:いただ|頂|寄せられ|あり|入っ|来て|来と|来よ|届い|受け)/gu
/** Refusing to say who it was, or thanking a finder: not a disclosure. */
const COMPLAINANT_NOT = /(?:お答え|お教え|申し上げ|明かす|明かせ|教えら|公開|開示)(?:でき|られ|する(?:こと|わけ)は)(?:ません|ない|ず)|控えさせ|お答えしかね|守秘|秘密は守/u
/** A finder or rescuer thanked (通報してくださったのは近所の中学生でした。感謝状が…): a good deed told, not a complaint. */
const GOOD_DEED = /感謝状|表彰|お手柄|勇気ある|おかげで|命を救|救助|救命|人命|早期発見|消火/u

/**
 * A section's own review named as where the ideas came from, then the improvement the section makes (課内の反省会で出た意見をもとに、
 * 来年の窓口案内を改善します; 係内の振り返りで出た声を生かして…分かりやすい資料を用意します): the result of a staff-level review used to
 * improve a service, nothing said in it told. Only a section's or the office's working meetings (not 庁議, 部長会議, 幹部の…), and only
 * when the rest of the sentence tells no remark (「…」という声), figure, cut or decision (2人減らす, 廃止する方向).
 */
const REVIEW_MEETING = /^(?:課内|係内|部内|庁内|内部|職場)(?:の)?(?:[\p{Script=Han}\p{Script=Katakana}ー]{1,8}?)?(?:反省会|振り返り会?|ふりかえり|朝礼|朝会|終礼|ミーティング|打ち合わせ|打合せ|会議|検討会)$/u
const IDEAS_USED = /^(?:で|の場で|の中で)(?:出た|出された|出てきた|あがった|上がった|挙がった|寄せられた|いただいた|頂いた|もらった|共有された|話し合った)?(?:意見|声|反省点|気づき|気付き|アイデア|アイディア|改善点|課題|提案|ご意見)(?:など)?(?:を|も)?(?:もとに|基に|元に|踏まえ(?:て)?|参考に(?:して|し)?|生かし(?:て)?|活かし(?:て)?|反映(?:して|させて|し)?)[、,]?/u
const SERVICE_IMPROVED = /改善|改訂|見直し|刷新|一新|作り直し|工夫|充実|向上|生かし|活かし|役立て|分かりやす|わかりやす|使いやす|見やす|より良く|よりよく|より良い|よりよい|反映/u
const REVIEW_TOLD = /[「『]|という|との|[0-9０-９〇一二三四五六七八九十]+(?:人|名|円|万|億|%|％|割|件|か所|箇所)|廃止|削減|減ら|削ら|値上|有料|決ま|決定|方向|予算|人事|異動|処分|反対|揉め|もめ|紛糾/u
function reviewUsed(t: string, meeting: string, end: number): boolean {
  if (!REVIEW_MEETING.test(meeting)) return false
  const used = IDEAS_USED.exec(t.slice(end, end + 40))
  if (!used) return reviewDone(t, end)
  const rest = t.slice(end + used[0].length, sentenceAround(t, end, end).end)
  return SERVICE_IMPROVED.test(rest) && !REVIEW_TOLD.test(rest)
}
/**
 * Blind W12-FP-001: a section's working meeting named as where a change to a service was made, the change announced as done (課内の
 * 打ち合わせで、窓口の案内表示を見直しました; 係内のミーティングで話し合い、申請書の記入例を分かりやすくしました): the outcome, already
 * in place for residents, nothing said in the meeting told. Only the past or the state reached (ました, ています); a plan (見直します),
 * a remark, figure, cut or decision (REVIEW_TOLD) stays flagged.
 */
const CHANGE_DONE = /^(?:で|の中で|の場で)[、,]?(?:(?:話し合い|話し合って|検討し|検討して|相談し|相談して|意見を出し合い|アイデアを出し合い)[、,]?)?[^。！？!?\n]{1,30}?(?:を|も)[、,]?(?:見直し|改善し|改訂し|改め|刷新し|更新し|新しくし|一新し|作り直し|作成し|分かりやすくし|わかりやすくし|見やすくし|使いやすくし|大きくし|増やし)(?:ました|ています|ております|てみました)(?=[。！!\n]|$)/u
/**
 * Blind (reviewer, conf5): a discussion kept to the section told as how a change to a service was made (課の中だけで話し合い、窓口の案内を
 * 改善しました; 係内だけで話し合って、申請書の記入例を見直しました): the outcome, already in place for residents, nothing said in it told.
 * A discussion still going (話し合っている段階ですが), a plan, and a remark, figure, cut or decision (REVIEW_TOLD) keep the finding.
 */
const DISCUSSED_DONE = /^合(?:い|って|った(?:上で|うえで|結果))[、,]?[^。！？!?\n]{1,30}?(?:を|も)[、,]?(?:見直し|改善し|改善いたし|改訂し|改め|刷新し|更新し|新しくし|一新し|作り直し|作成し|分かりやすくし|わかりやすくし|見やすくし|使いやすくし|大きくし|増やし)(?:ました|ています|ております|てみました)(?=[。！!\n]|$)/u
function discussedDone(t: string, end: number): boolean {
  const rest = t.slice(end, sentenceAround(t, end, end).end)
  return DISCUSSED_DONE.test(rest) && !REVIEW_TOLD.test(rest)
}
function reviewDone(t: string, end: number): boolean {
  const rest = t.slice(end, sentenceAround(t, end, end).end)
  return CHANGE_DONE.test(rest) && !REVIEW_TOLD.test(rest)
}

/**
 * Blind GY-002: a section's daily meeting described as a routine of the job (課内の朝礼で、その日の予定と来客を確認します; 毎朝の課内
 * ミーティングで、一日のスケジュールを共有しています): what is done there every day, in the habitual non-past, about the day's schedule,
 * visitors or duty roster, nothing said in one meeting told. Only a section's working meetings (REVIEW_MEETING), only a routine object
 * (その日の, 予定, 来客, 当番 …) and a verb of checking or sharing that ends the sentence in the non-past; a past meeting (確認しました),
 * a remark, figure or decision (REVIEW_TOLD: 人事, 予算, 廃止, 「…」) stays flagged.
 */
const ROUTINE_DONE =
  /^(?:で|では|の中で|の場で)[、,]?[^。！？!?\n]{0,40}?(?:確認|共有|報告|連絡|申し送り|伝え|伝達|読み合わせ|唱和|点検|チェック|把握)(?:し合|を)?[^。！？!?\n]{0,4}?(?:ます|ております|ています|しとります|するとです|するんです|します)(?:ね|よ)?(?=[。！!\n]|$)/u
const ROUTINE_OBJECT = /その日|当日の|一日の|1日の|今日一日|毎日|毎朝|毎週|今週の|週末の|予定|スケジュール|来客|当番|シフト|段取り|役割分担|連絡事項|申し送り|注意事項|体調|天気|天候|運行状況|運航状況|あいさつ|挨拶|目標/u
function routineMeeting(t: string, meeting: string, end: number): boolean {
  if (!REVIEW_MEETING.test(meeting)) return false
  const rest = t.slice(end, sentenceAround(t, end, end).end)
  return ROUTINE_DONE.test(rest) && ROUTINE_OBJECT.test(rest) && !REVIEW_TOLD.test(rest)
}

/**
 * A closed session said to be closed, then what was said in it (a remark, a member's words in quotes, how the room felt). Blind R205I-027:
 * a session said to have been held with no public gallery (傍聴なしの会でしたが, 傍聴不可の回だったけど) is closed the same way, and members'
 * cautious or critical remarks said to pile up (委員から慎重な意見が相次いだ) are what was said in it.
 */
const CLOSED_TOLD = /非公開(?:の(?:回|会|場|審議|部分|議題|時間|会議|会合|協議|委員会|審議会|審査会|懇談会|部会|検討会)|だった|やった|で(?:行われ|開かれ|あっ|し)?た?|でした|とされ|扱い)|傍聴(?:者|人)?(?:なし|無し|不可)の(?:回|会|場|会議|会合|協議会?|委員会|審議会|審査会|懇談会|部会|検討会)(?=でした|だった|やった|で(?:あり|あっ)|(?:なん|なの)?(?:です|だ|や)(?:が|けど|けれど|けん))/gu
const REMARK_PUBLIC = /講評|総評|あいさつ|挨拶|激励|お祝い|ねぎらい|謝辞/u
const REMARK = /『[^』\n]{2,40}』(?:と|って|という|との|みたいな)|発言|おっしゃ|言われ|言って|言いよ|言わし|言うとら|意見が(?:分かれ|割れ)|異論|反対意見|反対(?:する|の)(?:ご)?意見|賛成(?:する|の)(?:ご)?意見|慎重論|否定的な(?:ご)?意見|(?:慎重な|厳しい|否定的な|反対の|批判的な)(?:ご)?(?:意見|声|指摘)が(?:相次|続出|多く|多数|何人|複数|出)|賛否|紛糾|本音|厳し(?:い|か|かった)(?:空気|雰囲気|声|意見)|「[^」\n]{2,40}」(?:と|って|という|との|みたいな)/u
const SESSION_PEOPLE = /委員|審議会|委員会|協議会|会議|審査会|会合|部会|理事会|懇談会|検討会|選考会|市長|議員|議長|出席者|事務局|メンバー/u

/**
 * Blind R87A-003/R87A-121: a session turned closed (秘密会に切り替わったあと, 傍聴なしの協議会に切り替わってから, 非公開に移行してから,
 * 傍聴者の方に退席していただいた後) or held closed (秘密会の中で, 傍聴なしの会議では), then in that sentence or the next what someone said
 * in it (議長が「…」とおっしゃっていて, 副市長から…「…」という説明があり, …と漏らされて): what a closed session heard, told. A notice
 * (途中から秘密会に切り替わるため傍聴できない時間があります), a session said closed with nothing of it told (報道陣が退席した後も熱心に
 * 議論が続きました), remarks in a public sitting and the words 秘密会 defined (秘密会とは…) are not this. Bounded gaps.
 */
const SESSION_NOUN = '(?:全員協議会|協議会|委員会|審議会|会議|会合|懇談会|部会|検討会|審査会|打ち?合わ?せ|ミーティング)'
const CLOSED_SWITCH = new RegExp(
  `(?:秘密会|非公開|傍聴(?:者|人)?(?:なし|無し|不可)の${SESSION_NOUN})(?:(?:に|へ)(?:切り?替わっ|切り?替え(?:られ)?|移行し|移っ|なっ|入っ)(?:た|て)(?:あと|後|のち|から)?)` +
    `|(?:秘密会|傍聴(?:者|人)?(?:なし|無し|不可)の${SESSION_NOUN})(?:の中で|の席で|の場で|では|で(?!す|し(?:た|ょう)|ござ))` +
    '|(?:傍聴(?:者|人|席)|報道(?:陣|関係者)|記者)(?:の(?:皆さん|皆様|皆さま|方々|方))?(?:が|に|を|の)?(?:退席|退出|退室)[^。！？!?\\n、,]{0,10}?(?:た|て)(?:あと|後|のち|から)',
  'gu',
)
/** What someone said in it: a remark quoted with a verb of saying after it, or an explanation or a remark reported. */
const SESSION_REMARK = /「[^」\n]{2,80}」(?:と|って|という|との|みたいな)|『[^』\n]{2,80}』(?:と|って|という|との)|(?:という|との)(?:ご)?(?:説明|発言|報告|話|意見|指摘|答弁)(?:が|も)(?:あ|出)|(?:おっしゃ|言われ|言って|述べ|こぼし|こぼさ|漏らし|漏らさ|明かし|明かさ|話され|説明され)(?:て|た|まし|とら|よ|れ)/u
/**
 * Blind R87A-023: a term of a contract or a figure the city keeps unpublished, said so with a verb (手数料は公表していないんですが,
 * 委託料は公開しておりませんが, 単価は出しとらんけど), then the figure told in the same sentence (寄附額の12％なんです, 1件3万円です). The
 * nominal forms (非公表ですが, 未公表だけど) are UNPUBLISHED_BUT's. A term held back with no figure (…ので、お答えできません), a name or a
 * person withheld (お名前は公表していませんが、80代の方です) and a published total (予算書で公開しており、約3,200万円) are not this.
 */
const UNPUBLISHED_TERM =
  /(?:手数料|委託料|業務委託料|料率|単価|契約金?額|契約金|金額|価格|報酬|謝礼|謝金|賃料|使用料|負担金|負担割合|配分|割合|比率|内訳|見積(?:額|もり|り)?|落札率|経費|費用|広告料|利用料|掲載料|仕入れ値|原価)(?:率)?(?:は|も|って|については|に(?:ついて|関して)は)[、,]?(?:まだ|正式には|市としては|一般には|外部には|対外的には|公式には|表向きは)?[、,]?(?:公表|公開|発表|表に出|外に出|出)(?:は)?(?:して(?:い|お)?(?:ない|ません|りません|らん|なかった|ませんでした)|されて(?:い|お)?(?:ない|ません|りません)|しとらん|しとらへん|してへん|してな(?:い|か))(?:ん|の)?(?:です|だ|や)?(?:が|けど|けれど|けども|ばってん)[、,]?(?=[^。！？!?\n]{0,40}?[0-9０-９〇一二三四五六七八九十百千]+(?:\.[0-9]+)?(?:万|億|千)?(?:円|%|％|割|パーセント|倍))/gu
/**
 * Blind R90A-003: a rule or policy that a matter is not published (学校別は公表しない決まりなんですが, 公開しない方針やけど, 発表せんこと
 * になっとるけど), said as a concession, then the withheld matter told in the same sentence: a rank or a lead (１位, トップ, ダントツ,
 * 最下位) or a figure. The rule given as a reason (…ので、ご了承ください) and the public part told (市全体の平均は…) are not this.
 * Blind R178A-038: …also in the formal register of a decision (公表しないこととしておりますが, 非公表としておりますが) and with the matter
 * put out all the same "for reference" (参考までに各校の一覧を下の写真に掲載いたします, 特別に一覧をお見せします): the showing is the telling.
 * Blind R299D-013 kind (conf20): the handling named as a 扱い (本来公表しない扱いですが, 非公表の扱いですが, 外部に出さない扱いですが) after the
 * figures by school or class were already told, and the concession closed with 参考までにお知らせします / お伝えします.
 */
const NOT_PUBLISHED_RULE =
  /(?:(?:公表|公開|発表|外に出|(?:外部|外|表)(?:に|には)出さ)(?:は)?(?:しない|せん|せず|しません|されない|ない)(?:という|って)?(?:決まり|方針|ルール|約束|取り決め|申し合わせ|こと|扱い|取扱い|取り扱い)(?:に(?:なって(?:いる|おり|います|る)|なっとる|なっちょる|しとる|している|しています)|と(?:して|いたして)(?:おり(?:ます)?|います|いる|おる))?|(?:非公表|非公開)(?:と|に)(?:して|いたして)(?:おり(?:ます)?|います|いる|おる)|(?:非公表|非公開)(?:の)?(?:扱い|取扱い|取り扱い))(?:なん|なの|な|の)?(?:です|でございます|だ|や)?(?:が|けど|けれど|けども|ばってん|ものの)[、,]?(?=[^。！？!?\n]{0,50}?(?:[0-9０-９一二三四五六七八九十]+(?:位|番|番目|点|%|％|人|件|円)|トップ|最下位|ダントツ|断トツ|ビリ|一番)|[^。！？!?\n]{0,30}?(?:ご?参考(?:まで)?に|参考として|特別に|こっそり|今回(?:だけ|に限り))[、,]?[^。！？!?\n]{0,30}?(?:掲載|載せ|のせ|公開|お見せ|見せ|ご紹介|紹介|添付|アップ|お知らせ|お伝え|共有))/gu
/**
 * Review (conf22) kind: a place or a treasure normally closed, opened specially this time (立花家の蔵は通常非公開の扱いですが、今回に限り
 * 特別に一般公開します; 普段は非公開の扱いですが、文化の日に限り、先着30人で特別公開します): the opening is the news, nothing is leaked.
 * Tested on the rest of the sentence, with no paper, list or figure named as what is shown (SHOWN_PAPER).
 */
const SITE_OPENED = /(?:特別|一般|限定|臨時)(?:に)?(?:公開|開放)|(?:一般|皆(?:さん|様))(?:に|へ)(?:も)?(?:公開|開放)|公開(?:します|いたします|されます)/u
const SHOWN_PAPER = /一覧|データ|結果|成績|順位|点数|数字|数値|金額|名簿|リスト|資料|集計|内訳/u
/** …the part that is public (市全体では, 全国平均) told instead, or a notice. */
const PUBLIC_PART = /市全体|全体(?:で|の|と)|全市|市平均|市の平均|合計|総数|ホームページ|市HP|公表して|公開して|公表済|ご了承/u
/**
 * Blind R90A-023: a paper kept inside named as the source with から or より, and what is taken out of it put out (課内の集計資料から、…
 * を抜粋してお知らせします, 庁内の内部データより一部を掲載します, 部内の記録から抜き出してご紹介). A paper named with nothing put out, a
 * public body's statistics, a 内部統制 report and a paper said to be published are not this.
 * Blind R150A-124: a section's meeting paper is such a paper (課内の打ち合わせ資料から少しだけご紹介すると、…収納率 94.1％); a meeting's
 * paper with no body named is one when shown as a sneak peek (会議資料をちょっとだけお見せすると, 打ち合わせ資料をこっそりご紹介): the aside
 * says it is not out. A council's published papers (審議会の会議資料はホームページに掲載しています) are not this.
 */
const INTERNAL_EXCERPT =
  /(?:(?:庁内|内部|課内|部内|係内|局内|職員用|庁内用|内部用|課内用)(?:の|で(?:作った|使っている|使っとる|まとめた))?(?!統制)(?:(?:打ち?合わ?せ|ミーティング)(?:の)?)?[\p{Script=Han}ー]{0,6}|(?<![\p{Script=Han}\p{Script=Katakana}ー])(?:会議|打ち?合わ?せ|ミーティング)(?:の)?(?=資料[^。！？!?\n]{0,4}?(?:少しだけ|ちょっとだけ|ちょこっと|こっそり|特別に|内緒で|ないしょで|チラッと|ちらっと)))(?:資料|集計|データ|記録|報告書|一覧|集計表|メモ|文書|リスト)(?:から|より|を(?=[、,]?(?:少しだけ|ちょっとだけ|ちょこっと(?:だけ)?|こっそり|特別に|内緒で|ないしょで|チラッと|ちらっと)[、,]?(?:ご紹介|紹介|お見せ|見せ|お伝え|公開|披露|共有|チラ見せ)))[、,]?(?=[^。！？!?\n]{0,30}?(?:抜粋|抜き出|抜き書|転載|一部を|ピックアップ|お知らせ|ご紹介|紹介|掲載|お伝え|載せ|のせ|公開し|お見せ|見せ|チラ見せ|披露|共有))/gu
/**
 * Blind R90A-035: a case said to be under investigation, then its details told in the next breath (重大事態で調査中の件、…少しだけ。
 * 加害側とされてるのは同じバスケ部の3人で): who is said to be the wrongdoer or the victim, or a telling-a-little aside.
 */
const UNDER_INQUIRY_CASE =
  /(?:調査中|調査の途中|調査しとる|調べとる|調査している|聞き取り中|確認中)(?:の)(?:件|事案|案件|事故|事件|いじめ|問題|こと)/gu
const CASE_DETAIL_TOLD = /加害(?:側|者|生徒|児童)(?:とされ|は|が|って)|被害(?:側|者|生徒|児童)(?:とされ|は|が|って)|(?:相手|犯人|原因)(?:は|が)[^。！？!?\n]{0,20}?(?:らしい|みたい|だそう|とのこと|げな)|少しだけ|ちょっとだけ|ちょこっとだけ|ここだけ|特別に|こっそり|内緒|ないしょ/u
/**
 * Blind R118A-078: a member of staff or of a city body suspected of misconduct, told as being looked into inside (農業委員の1人が、転用
 * 許可の見返りに謝礼を受け取った疑いで、いま内部で調査しよるところです; 課長に業者から接待を受けた疑いがあって、人事課が聞き取りを進めて
 * います): who is suspected of what, before the city announces anything. The inquiry must be said to be inside (内部で, 庁内で, 人事課が,
 * 内部調査) or the paragraph must hold it back (まだ表に出とらん, 内緒, ここだけ). The city's own announcement (…が判明しました, お詫び,
 * 結果がまとまり次第公表), an arrest or a police inquiry reported, a hypothetical (疑いがある場合) and a pipe's 内部 are not this.
 */
const SUSPECTED = '(?:疑い|疑惑|容疑)(?:で|が(?:あり|あって|ある(?:として|ため|ので|けん|ということで|とのことで)|あるけん|出て|出と(?:って|る)|出てき(?:て|と)|浮上し|持たれ(?:て|と))|をかけられ(?:て|と))[、,]?[^。！？!?\\n]{0,16}?'
const LOOKED_INTO = '(?:調査|調べ|確認|聞き取り|聴き取り|事情(?:を)?聴取|事情を聞|ヒアリング)'
const SUSPECT_INQUIRY = new RegExp(
  `${SUSPECTED}(?:(?:(?:内部|庁内|課内|部内|局内|身内|人事課|人事当局|監察|教育委員会事務局)(?:で|だけで|的に|が|の方で|のほうで|として)|内々に|こっそり)[^。！？!?\\n]{0,10}?${LOOKED_INTO}|内部調査)` +
    `|${SUSPECTED}${LOOKED_INTO}(?:中|しよ|しと|して(?:い|お)|を進め|ている|とる|よる)`,
  'gu',
)
/** …said of wrongdoing by someone in or of the city: a member of staff or of a board, and a misdeed. */
const SUSPECT_WHO = /職員|委員|議員|教員|教諭|教師|講師|課長|係長|部長|所長|館長|園長|校長|教頭|主任|主査|主事|担当者|嘱託|会計年度|隊員|保育士|消防士|幹部|同僚|上司|先輩|後輩/u
const SUSPECT_DEED = /謝礼|見返り|賄賂|わいろ|ワイロ|収賄|贈賄|接待|横領|着服|不正|使い込|流用|私的|改ざん|改竄|ハラスメント|パワハラ|セクハラ|体罰|飲酒運転|酒気帯び|盗|万引き|漏らし|漏えい|漏洩|持ち出し|談合|口利き|便宜|水増し|ねつ造|捏造|虚偽|隠ぺい|隠蔽|金品|現金/u
/** The inquiry held back: not yet out, kept quiet. */
const SUSPECT_HELD = /まだ(?:表|外|公)に|まだ(?:公表|発表)(?:し|され|前)|(?:公表|発表)(?:前|はまだ|はこれから)|内緒|ナイショ|ないしょ|内密|ここだけ|オフレコ|言わんで|言わないで|口外|他言/u
/** The city announcing it, or a police inquiry reported. */
const SUSPECT_PUBLIC = /判明し|明らかにな|分かりました|わかりました|お詫び|おわび|申し訳|ご心配|ご迷惑|公表し|公表いたし|公表します|発表し|記者会見|報道|新聞|ニュース|逮捕|書類送検|警察|県警|次第|改めて(?:お知らせ|ご報告|報告)|厳正に(?:対処|対応)/u
const CASE_HELD = /お答え(?:は)?(?:でき|いたしかね|を控え)|控えさせて|差し控え|公表(?:し|いたし)ます|報告書(?:を|が)?(?:公表|公開)|まとまり次第/u
/**
 * Blind R90A-036: what an inquiry's hearings have found so far told (第三者委員会のこれまでの聞き取りでは、…報告していなかったことが
 * 分かっています) while its report is still to come (報告書がまとまり次第). Hearings described (…人から話を聞いています) and a report
 * published stay clean.
 */
const INQUIRY_HEARING_FOUND =
  /(?:第三者委員会|調査委員会|検証委員会|調査チーム|監査委員|委員会)(?:の|による|が(?:行った|行っている))(?:これまでの|現時点での|今までの|これまでに行った|現時点の)?(?:聞き取り|聴き取り|聴取|ヒアリング|調査|面談)(?:では|で(?:は)?|によると|によれば|によりますと|の中で)[、,]?(?=[^。！？!?\n]{0,90}?(?:ことが(?:分か|わか|判明|明らかに|確認され)|と(?:判明|分か)|ことを認め|ていなかった|ていた(?:こと|そう|とのこと)))/gu
const REPORT_TO_COME = /(?:最終報告|報告書|調査結果)(?:は|が)?(?:まだ|これから)|報告書(?:が|の|は)?(?:まとまり次第|まとまる|完成|取りまとめ|出(?:次第|る))|最終報告(?:を|が|は)?(?:待|まとま|受け)|調査(?:は|が)?(?:継続中|続いて|途中|終わり次第|まだ)|(?:現時点|これまで)の(?:聞き取り|聴取|調査)|(?:改めて|あらためて)(?:お知らせ|ご報告|報告)/u
/**
 * Blind R90A-064: questions of an exam still to come told (今年の面接で聞かれる質問は「…」「…」の3つです), or an internal paper
 * handed out cited as their source (（課内で配られた面接要領より）). Advice on interviews in general stays clean.
 */
const EXAM_QUESTIONS_AHEAD =
  /(?:今年|今年度|今回|本番|当日|次回|来週|明日|二次|一次|最終)[^。！？!?\n]{0,10}?(?:面接|試験|筆記|口述|論文|実技|適性検査)(?:で|では)[^。！？!?\n]{0,6}?(?:聞かれる|出る|出題される|問われる|質問される|課される)(?:質問|問題|テーマ|課題|内容)(?:は|って|ですが)[、,]?(?=[^。！？!?\n]{0,6}[「『])/gu
const INTERNAL_HANDED_SOURCE =
  /(?:課内|庁内|部内|係内|局内|職員(?:向け)?|内部|面接官)(?:で|に|だけに|のみに|向けに|用に)(?:配(?:られ|布され|付され)|回(?:され|って(?:き)?)|共有され|渡され)た[^。！？!?\n（）()「」]{0,12}?(?:資料|要領|マニュアル|文書|メモ|通知|一覧|表|シート|名簿|問題)(?:より|から|によると|によれば|では|を見ると|やと|だと)(?=[)）]|[、,]?[^。！？!?\n]{0,40}?[0-9０-９一二三四五六七八九十「])/gu
/**
 * Blind R91A-012/064: the city's case in a suit talked over with its lawyer, told (顧問弁護士と打合せを行い、…争点を原告適格の有無に
 * 絞り…踏み込まない方針を確認しました), or the lawyer's opinion cited as the source (顧問弁護士の意見書によれば、…市側がやや不利).
 * A lawyer consulted (顧問弁護士と協議のうえ適切に対応します), a lawyer's consultation offered to residents and a published opinion stay clean.
 */
const LAWYER_STRATEGY =
  /(?:顧問弁護士|代理人弁護士|市の代理人|訴訟代理人|弁護団)(?:と|との|さんと|の先生と)(?:の)?(?:打ち?合わ?せ|協議|相談|打合せ会|会議|すり合わせ|検討)[^。！？!?\n]{0,50}?(?:に絞|を絞|絞って|踏み込ま|触れ(?:ない|ず)|争わ(?:ない|ず)|で争|争う方針|認め(?:ない|ず)方針|和解に応じ|和解する方針|和解案|反論の柱|主張の柱|弱点|不利|有利|勝ち目|勝算)/gu
const LAWYER_OPINION =
  /(?:顧問弁護士|代理人弁護士|訴訟代理人|弁護団|弁護士)(?:の|から(?:の|もらった|いただいた|届いた))(?:意見書|見解書|見解|所見|メモ|助言|法律意見|鑑定書)(?:によれば|によると|によりますと|では|を見ると|やと|だと)(?=[^。！？!?\n]{0,60}?(?:不利|有利|勝ち目|勝算|負け|勝て|弱い|弱点|認められ|厳しい|分が悪|見込み))/gu
const OPINION_PUBLISHED = /公表して(?:い|お)(?:ます|り)|公開して(?:い|お)(?:ます|り)|ホームページ|市HP|掲載して/u
/** A class of information named as the ground of a decision not to disclose (不開示の主な理由は、…内部情報が含まれていたこと). */
const DISCLOSURE_GROUND = /(?:不開示|非開示|部分開示|開示しない|開示できない|黒塗り)[^。！？!?\n]{0,30}?(?:理由|根拠|事由)|(?:情報公開|開示請求|公文書開示)/u
const CONTAINED_AFTER = /^(?:が|を|も|など|等|や)[^。！？!?\n]{0,4}?(?:含まれ|含む|該当|あた|当た|記載され)/u

/** …unless the figure told is said to be published (予算書で公開しており, ホームページに掲載). */
const TERM_PUBLISHED = /公表して(?:い|お)(?:ます|り)|公開して(?:い|お)(?:ます|り)|掲載して|予算書|決算書|ホームページ|市HP|ご覧いただけ|お示しして/u

/**
 * Audit findings told before the report, or hidden: 監査でハンコ漏れが見つかったっぽい…報告書出る前にこっそり直しとこ,
 * 会計検査の指摘、結果が公表される前ですが.
 */
const AUDIT = /監査|会計検査|検査院|内部調査|第三者委員会|調査委員会/u
const AUDIT_FINDING = /指摘(?:され|を受け|が(?:あ|入|出))|見つか(?:っ|り)|見つけ|発覚|漏れ(?:が|て|と)|ハンコ漏れ|押印漏れ|記載漏れ|不備が(?:あ|見|多|何)|ミスが|誤りが|間違いが|不適切な(?:支出|処理|経理|会計|事務)|不正(?:が|な|に)|ずさん/u
/**
 * Blind R223L-006 kind: the findings' release conceded as not yet made, in words of "outside" (まだ外向けには出していない講評ですが,
 * 対外的にはまだ公表していない結果, まだ表に出ていない指摘): the same telling before the report.
 * Blind R305G-030 kind (conf22): …also the report's release told as still to come in a cleft (報告書が公表されるのは来月ですが, 監査結果が
 * 発表されるのは年明けで), after a finding heard (指摘が出たと…聞きました): the finding is told before its report.
 */
const AUDIT_HIDDEN = /まだ(?:外向け|外部|対外的|表|おもて)(?:に|へ)?(?:は|も)?[、,]?(?:出して|出し|出て|出せ|公表して|発表して|公開して)(?:い|お)?(?:ない|ません|な[いか]|りません|らん|ず)|(?:外向け|外部|対外的|表|おもて)(?:に|へ)?(?:は|も)?[、,]?まだ(?:出して|出て|出せ|公表して|発表して|公開して)(?:い|お)?(?:ない|ません|な[いか]|りません|らん|ず)|まだ(?:公表|発表)(?:され|し)|公表(?:前|は(?:まだ|これから))|内緒|ナイショ|ここだけ|まだ(?:報告書|監査報告|監査結果|調査結果|検査結果)(?:に|が|は)?(?:なっ|出|まとま|公表|発表)|(?:報告書|監査報告|監査結果|調査結果|検査結果|講評|結果)(?:が|の|は)?(?:出る|出され(?:る)?|出す|出とら|まとまる|まとめられる|公表され(?:る)?|公表する|発表され(?:る)?|届く|上がる)前|(?:報告書|監査結果|調査結果|検査結果)(?:は|が|も)(?:まだ|これから)|(?:報告書|監査報告|監査結果|調査結果|検査結果|講評|結果)(?:が|の)?(?:公表|発表|公開|報告)(?:される|する|になる)のは[、,]?[^。！？!?\n]{0,10}?(?:来月|来週|後日|これから|先|年明け|来年|月末|[0-9０-９]{1,2}月)|(?:報告書|監査報告|監査結果|調査結果|検査結果|講評|指摘事項)(?:が|の|は)?(?:まとまる|出る|出される|出そろう|出揃う|完成する|できあがる|でき上がる|確定する|固まる)の(?:は|が)[、,]?[^。！？!?\n]{0,10}?(?:来月|来週|後日|これから|先|年明け|来年|月末|年度末|[0-9０-９]{1,2}月)|こっそり(?:直|修正|差し替|訂正|書き換|押)|(?:バレ|ばれ)(?:る前|ないうち|んうち|んごと|ないよう)|隠(?:し|そ|す|して)|もみ消|揉み消|ごまか|誤魔化|なかったことに/gu

/**
 * The city's estimate for a bid not yet held: 設計の段階で見積もった額が二千三百万円, 設計金額は約4,800万円
 * (予定価格 alone is BID_SECRET's). Blind R211D-003 (conf13): the estimate said as the basis in a clause (設計の積み上げだと…,
 * 積算上は…, 設計の段階では…), then the amount, for works whose tender notice is still to come (来週公告する…工事, 公告予定): the price
 * a bidder would aim at, told before the notice.
 * Blind R257P-033 kind (conf9): the section's own estimate as the source, with no stage word (担当係の積算ではおよそ4,200万円とのこと,
 * 見積りによると約3千万円), for works whose bid is still to come: the same price told ahead.
 */
const VALUE = '(?:約|およそ|ざっと|概ね|おおむね)?(?:[0-9][0-9,.]{0,12}(?:億|万|千)[0-9,]{0,8}円?|[0-9][0-9,.]{0,12}円|[〇一二三四五六七八九十百千万億]{1,14}円|[〇一二三四五六七八九十百千]{1,8}(?:万|億)円?)'

/**
 * Blind R273B-005 kind: the city's bottom line in a negotiation still going on (賃料は月額四十万円までなら譲歩できる, 1億円以内であれば応じられる,
 * 坪12万円までならのめる): how far the city will go, told to the other side and everyone. Needs the negotiation in the paragraph; a negotiation
 * said to be ongoing with no figure, a settled or published deal (OFFER_PUBLIC) and a grant's limit (10万円までなら補助します) stay clean.
 */
const CONCESSION_LIMIT = new RegExp(
  `${VALUE}(?:程度)?(?:まで|以内|以下)(?:なら(?:ば)?|であれば|でしたら|だったら|やったら)[、,]?[^。！？!?\\n]{0,8}?(?:譲歩|応じ|のめ|呑め|飲め|妥協|歩み寄|受け入れ|受け容れ|折れ)(?:る|られ|でき|ます|れる)`,
  'gu',
)
const CONCESSION_TALKS = /協議|交渉|折衝|商談|話し合い|先方|相手方|地権者|所有者|事業者/u
const ESTIMATE = new RegExp(
  `(?:(?:設計|積算)(?:の)?(?:積み上げ|積上げ|段階|上)(?:だと|では|は|で(?:は)?|によると|によれば|から(?:は|だと|見ると)?)|(?:積算|見積(?:もり|り)?)(?:だと|では|によると|によれば)|` +
    `(?:設計(?:金額|額|価格)|積算(?:額|金額|価格)|見積(?:もり|り)?(?:額|金額|価格)|見積(?:もっ|っ)た(?:額|金額|価格|の)|(?:予定|想定|上限)(?:金額|額)|工事価格|契約予定額|低入札調査基準価格)(?:は|が|:|=|→|で|も)?)[^。！？!?\\n]{0,10}?${VALUE}`,
  'gu',
)
/**
 * Blind R108A-057: a figure the city has not made public, said so attributively before the figure's noun (まだ非公開の被害額の見積もり,
 * 非公表の復旧費の試算, 未発表の被害総額, 公表前の事業費の概算), then the amount told in the same sentence in any numeral (約十二億円,
 * 3億4千万円, 8000万円). A noun of no figure after the marker (非公開の会議で, 非公開の扱いとし), the marker as a predicate (見積額は
 * 非公開ですが: UNPUBLISHED_BUT's), 見積もり合わせ (a procurement step) and a figure said published or disclosed stay clean.
 */
const FIGURE_NOUN =
  '(?:(?!見積(?:もり|り)?合わ?せ)見積(?:もり|り)?(?:額|金額|価格)?|被害(?:総)?額|損害(?:総)?額|損害見込み?額|被害見込み?額|見込み?額|試算(?:額|値|結果)?|推計(?:額|値)?|概算(?:額)?|金額|総額|数字|数値|事業費|復旧費|工事費|費用|経費|予算額|算定額|査定額|補償額|賠償額)'
const NONPUBLIC_FIGURE = new RegExp(
  `(?:非公開|未公開|非公表|未公表|未発表|公表前|発表前)(?:の|段階の)[\\p{Script=Han}\\p{Script=Katakana}ー]{0,8}?(?:の)?${FIGURE_NOUN}(?=[^。！？!?\\n]{0,40}?${VALUE})`,
  'gu',
)
/** …said published, disclosed or named as what is held back (お答えできません). */
const FIGURE_RELEASED = /公表しました|公表いたしました|公表しています|公表して(?:お|い)ります|公開しました|公開しています|発表しました|開示|ホームページ|市HP|お答え(?:でき|いたしかね|は控え)|控えさせ/u

/**
 * Blind R108A-129: a personnel measure on an identifiable member of staff told in public (当該職員には注意処分を行っております, 対応した職員に
 * 対し、文書訓告を行いました, 担当の職員には戒告処分ば行いましたけん, 当該職員は訓告処分を受けております, 当該職員を厳正に処分いたしました):
 * the staff member is pointed at by the case (当該, 担当, 対応した, 窓口の), and what measure they got is a personnel matter kept inside.
 * The city's formal announcement of a disciplinary penalty (職員の懲戒処分について, 公表基準, 記者発表), a rule stated (懲戒処分の対象と
 * なります), guidance or training given (指導を行いました, 研修を受講させ) and a bare 処分 of things (粗大ごみの処分を行って) stay clean.
 */
const STAFF_PERSON = '(?:当該|該当|担当|対応した|対応に当たった|対応にあたった|窓口の|窓口担当の?|受付の|受付担当の?)(?:の)?職員'
const STAFF_MEASURE = new RegExp(
  `${STAFF_PERSON}(?:さん)?(?:に(?:対し(?:て|まして)?|は|も)|へ(?:は)?|は|が|ば)[、,]?[^。！？!?\\n]{0,16}?(?:厳重注意処分|注意処分|文書訓告|口頭訓告|訓告処分|訓告|戒告処分|戒告|懲戒処分|懲戒免職|減給処分|減給|停職処分|停職|免職処分|分限処分|降格処分)(?:[0-9一二三四五六七八九十]+(?:か月|ヶ月|ヵ月|日))?(?:を|と|に|ば)?[、,]?` +
    '(?:(?:行|おこな)(?:い(?:ました|ます)|っ(?:ております|ています|とります|とる|た(?![場際])))|いたしました|いたしております|しました|しております|しています|しとります|(?:科|課)しました|(?:受け|うけ)(?:ました|ております|ています|とります|た(?![場際]))|なりました|なっております)' +
    `|${STAFF_PERSON}(?:さん)?を(?:厳しく|厳正に)?[、,]?処分(?:しました|いたしました|しております|いたしております)`,
  'gu',
)
/**
 * Review of conf58 (rvconf): a formal disciplinary penalty the city says it imposed (当該職員に対しては、減給の懲戒処分を行いました; 懲戒免職
 * といたしました) is announced under the city's publication rule: public. A measure short of discipline (注意処分, 訓告, 厳重注意, 戒告処分ば…
 * without 懲戒), a penalty received or one still to be announced (NOT_YET_SAID: 発表は来週, らしい) stays a personnel matter.
 */
const FORMAL_DISCIPLINE = /懲戒(?:処分|免職)[^。！？!?\n]{0,12}?(?:を|と|に)?[、,]?(?:(?:行|おこな)い(?:ました|ます)|いたしました|しました|(?:科|課)しました)|(?:減給|停職|戒告|免職)[^。！？!?\n]{0,16}?の懲戒処分(?:を|と)(?:(?:行|おこな)いました|いたしました|しました)/u
/**
 * Blind R237M-008 kind: complaints from the city's own record counted against one member of staff who can be singled out (苦情受付簿を
 * 集計すると…同じ職員についてのものが4件ありました, 特定の職員に対する苦情が3件): a personnel matter drawn from an internal record. Complaints
 * counted by subject (職員の対応に関するご意見が4件, 同じ内容のご意見が4件) point at no one and stay clean.
 */
const STAFF_SINGLED =
  /(?:同じ|同一の?|特定の|一人の|ひとりの|1人の|一名の|1名の)(?:担当)?職員(?:さん)?(?:について|に対する|への|に関する|宛て|あて)の?(?:もの|苦情|クレーム|ご意見|お叱り|ご指摘|指摘)(?:が|も|は)[、,]?[^。！？!?\n]{0,6}?[0-9０-９一二三四五六七八九十]+件/gu
/** The city's formal announcement of a penalty, or a rule about penalties. */
const MEASURE_ANNOUNCED = /懲戒処分について|懲戒処分の公表|公表基準|処分の(?:公表|概要|内容)|処分年月日|処分内容|記者発表|報道発表|報道機関|公表いたします|公表します|公表しました|指針|基準/u

/**
 * Blind R110A-043: the designated bidders of a tender not yet opened named (指名業者は有明建設・筑水工業・柳城組の3社で), or the
 * winner forecast inside (課内ではほぼ有明建設で決まりだろうと見ています, 落札は筑水工業さんが濃厚やね): who bids and who is expected to
 * win are kept until the opening. A company is a name with a trade suffix (…建設, …組, 株式会社…) or a lettered one (A社). The rule for
 * choosing bidders (指名業者の選定基準), a count alone, results published (入札結果, 落札者が決定) and a won contract stay clean.
 */
const BID_COMPANY = '(?:[\\p{Script=Han}\\p{Script=Katakana}ー]{1,8}(?:建設|土木|工業|組|工務店|産業|興業|電気|電設|設備|商事|技建|開発|造園|舗装|建工|工営|測量|コンサルタント|興産|物産|技研|住建|建材)|(?:株式会社|有限会社|\\(株\\)|㈱)[\\p{Script=Han}\\p{Script=Katakana}ー]{2,10}|[A-Z]社)'
const BID_NAMED = new RegExp(
  `指名(?:業者|事業者|企業|先|を受けた(?:業者|事業者|会社|企業))(?:さん)?(?:は|が|:|として|に)[^。！？!?\\n]{0,8}?${BID_COMPANY}` +
    `|(?:ほぼ|まず|たぶん|多分|おそらく|十中八九|どうせ)[、,]?${BID_COMPANY}(?:さん)?(?:で|に)(?:決まり|決まる|確定)(?:だろう|でしょう|やろう?|じゃないか|ではないか|と見|そう|っぽい|みたい|やね|ですね)` +
    `|(?:落札|受注)(?:は|するのは)[^。！？!?\\n]{0,6}?${BID_COMPANY}(?:さん)?(?:が|で)?(?:濃厚|有力|確実|本命|堅い|固い)` +
    // Blind R357E-015 kind: the name first, then settled all but formally (…造園さんでほぼ決まりです, …組に事実上決まっている).
    `|${BID_COMPANY}(?:さん)?(?:で|に)[、,]?(?:ほぼ|ほぼほぼ|ほとんど|実質的?に?|事実上|九分九厘|内々に)[、,]?(?:決まり|決まっ|決まる|確定|固まっ|固まり|内定)` +
    // Blind R355C-054 kind: the firms to be invited listed (声をかける業者は次の5社です, 指名する業者は以下のとおり).
    `|(?:指名する|指名予定の|声をかける|声を掛ける|お声がけする|声掛けする|呼ぶ)(?:業者|事業者|会社|企業)(?:さん)?(?:は|が)[、,]?(?:次の|以下の|こちらの)` +
    `|${BID_COMPANY}(?:さん)?(?:が|の)(?:落札|受注)(?:する)?(?:見込み|濃厚|有力|確実|本命|だろう|でしょう|やろ|と見)`,
  'gu',
)

/**
 * A bid still to come in the paragraph: これから入札で決まる, 入札前, 来月入札, 公告前. Blind R230A-007 kind: the opening said to be
 * scheduled (開札は10月21日の予定です, 来週の開札), so an estimate told in the notice (積算額は税抜で8,643万円ほど) is the price bidders aim at.
 * Blind R237M-007 kind: the day of the opening put straight before 開札 with no particle (来週開札の…工事, 20日開札).
 */
const BID_TO_COME = /開札(?:日)?(?:は|が)[^。！？!?\n]{0,12}?(?:の予定|を予定|予定(?:です|して))|(?:来週|明日|あす|来月|今月|[0-9]{1,2}日)の?開札|(?:これから|今後|来月|来週|近く|今度の?|次の|後日|明日|あす|今月|年明け)[^。！？!?\n]{0,8}?入札|入札(?:前|予定|はこれから|はまだ|で決ま|で決め|にかけ|を控え|の前|を行う予定|を予定|公告前)|公告(?:前|予定|する(?!と)|します|をかけ(?:る|ます))|(?:これから|今後|来月|来週|近く|今度|明日|あす|今月|年明け)[^。！？!?\n]{0,8}?公告|(?:業者|受注者|施工業者|請負業者)(?:さん)?(?:は|が)(?:まだ|これから|未定)/u

/**
 * Blind R162I-091: how many have come forward for a tender not yet closed or opened, or who has withdrawn (締切前ですが今のところ参加表明は
 * 3社です; 開札前やけど応札は2者だけ; 1社からは辞退の連絡がありました; A社が辞退したそうです): the number and the names of the bidders are
 * kept until the opening, so that they cannot be used to rig it. The tender is said to be still open in the paragraph (締切前, 開札前,
 * 受付中, 今のところ, 現時点で). A deadline or a rule with no count, a result after the opening (3社が参加し、A社が落札), a past tender's
 * count (昨年度は), the yearly registration of bidders (入札参加資格の申請は120社) and a count of a fair's stalls stay clean.
 * Blind R230A-014 kind: the bidders named as having come forward (今回の入札には筑紫ロード工業さんと有明興産さんが手を挙げてくださった,
 * A建設とB組が参加を表明), one company or a list of them, while the opening is still to come.
 */
const BID_ENTRANTS = '(?:参加表明|参加の表明|参加申込み?|参加申し込み|参加の申し?込み|参加申請|参加希望|入札参加(?:者|業者)?|応札(?:者|業者)?|入札書の提出)'
const BID_ENTRANT_COUNT = '(?<![0-9０-９一二三四五六七八九十])[0-9０-９一二三四五六七八九十]+(?:社|者|業者|事業者|グループ|共同企業体|JV)'
const BID_ENTRANTS_TOLD = new RegExp(
  `${BID_ENTRANTS}(?:は|が|も|の(?:数|件数)は)[、,]?(?:今のところ|いまのところ|現時点で|現在|今日時点で|まだ|すでに|もう)?[、,]?(?:わずか|たった|まだ|計|合計)?${BID_ENTRANT_COUNT}` +
    `|${BID_ENTRANT_COUNT}(?:から|が)(?:すでに|もう)?(?:参加表明|参加の表明|応札|参加の申し?込み|参加申込み?|参加申請)` +
    `|${BID_COMPANY}(?:さん|様)?(?:(?:と|や|、|,|・)${BID_COMPANY}(?:さん|様)?){0,5}(?:が|も)[、,]?(?:すでに|もう)?(?:手を挙げ|手をあげ|名乗りを上げ|名乗りをあげ|参加を表明|参加表明|応札し|入札に参加|参加を申し込|参加の申し?込み)` +
    `|(?:${BID_ENTRANT_COUNT}|[A-Z]社|${BID_COMPANY})(?:さん)?(?:から(?:は)?|が|は)[、,]?(?:すでに|もう)?辞退(?:の(?:連絡|申し出|申出|届|電話)|届|し(?:てき|た|まし|とる|よる)|され|する(?:と|そう|みたい|らしい))`,
  'gu',
)
/** …while the tender is still open in the paragraph (Blind R230A-014 kind: 来週の開札が楽しみです, 開札は21日の予定). */
const BID_STILL_OPEN = /(?:来週|明日|あす|来月|今月|[0-9]{1,2}日)の?開札|開札(?:日)?(?:は|が)[^。！？!?\n]{0,12}?(?:の予定|を予定|予定(?:です|して))|(?:締(?:め)?切(?:り)?|〆切|開札|入札日|提出期限|受付期限|参加表明期限)(?:の)?(?:前|まで(?:に|は|まだ))|開札(?:は|が)?(?:まだ|これから|来週|明日)|(?:締(?:め)?切(?:り)?|〆切)(?:は|が)?(?:まだ|これから)|受付中|公告中|今のところ|いまのところ|現時点で|現段階で|途中経過/u
const BID_CONTEXT = /入札|開札|応札|プロポーザル|指名競争|一般競争|競争参加/u
/** A past tender, the registration of bidders or a published count: not this. */
const BID_ENTRANTS_PUBLIC = /昨年|前年|前回|過去|例年|資格|公表し|公表され|公表して|ホームページ|市HP|落札し|落札者(?:を|が|は)|選定し|決定し|契約し/u

/**
 * Blind R163A-045: a city matter still being worked out inside, next year's budget or personnel or the budget process (来年度の予算配分,
 * 次年度の人員配置, 予算要求の一覧, 異動案), said to be caught in the post's photo (うしろのホワイトボードに来年度の予算配分がばっちり写って
 * ますが、まあ雰囲気ということで; 予算査定の資料が映り込んでるけど): the photo hands it out before the city releases it. Kept out of the photo
 * (写らないよう, 写っていないか), blurred (ぼかしを入れています), a public occasion (説明会, 会見, 本会議) and a budget the paragraph says was
 * passed or published stay clean; so do a park to be built with next year's budget, next year's events in the picture and a plan becoming
 * clear (新年度の職員配置も見えてきました).
 */
const CAUGHT_MATTER =
  '(?:(?:来年度|次年度|新年度|来期|再来年度)の?[^。！？!?\\n、,]{0,8}?(?:予算|人事|異動|人員配置|職員配置|配置案|組織改編|機構改革|職員定数)[\\p{Script=Han}]{0,4}|予算(?:要求|査定|編成|配分|の配分|の割り振り)[\\p{Script=Han}]{0,3}|人事案|異動案|異動名簿|人事異動の案|(?:次期|来期|次年度|来年度|新年度|改定後)の?[^。！？!?\\n、,]{0,8}?(?:保険料|料金|使用料|手数料|利用料|負担金|税率)の?(?:改定案|見直し案|引き上げ案|値上げ案|案(?!内)))'
const MATTER_IN_PHOTO = new RegExp(
  `${CAUGHT_MATTER}(?:の(?:一覧|表|メモ|数字|金額|内訳|中身|案|資料|書類))?(?:\\([^()\\n]{1,30}\\))?(?:が|も|まで|とか)[、,]?(?:ばっちり|バッチリ|しっかり|はっきり|がっつり|思いっきり|思いきり|丸ごと|まるごと|そのまま|モロに|もろに|ちらっと|チラッと|うっすら|全部)?` +
    '(?:(?:写|映)(?:り込|りこ)?(?:って|っちゃ|っと|んで|んど|んじゃ)|見えて|見えちゃ|見えと|丸見え)(?!(?:い|お)?(?:ない|ません|なか|ませ)|な(?:い|か)|き|く|こ)',
  'gu',
)
/**
 * Blind R173I-073: the other order, the photo's content named first and next year's budget or personnel given as what it is (写ってる数字は
 * 来年度の各課の人員配置計画です; 映っているのは新年度の予算配分の表なんですけど). A park built with next year's budget (写っているのは来年度の
 * 予算で整備する公園です), an event of next year and a budget passed or shown at a public occasion stay clean.
 */
const PHOTO_IS_MATTER = new RegExp(
  `(?:(?:写|映)(?:り込|りこ)?(?:って|っと|っちょ)(?:い|お)?る|(?:写|映)(?:り込|りこ)?んで(?:い)?る|(?:写|映)って(?:ま)?す)(?:の|数字|数値|もの|表|紙|資料|メモ|文字|中身|内容|書類|ホワイトボード|ボード)(?:は|が|って)[、,]?(?:実は|なんと)?${CAUGHT_MATTER}(?:の(?:一覧|表|メモ|数字|金額|内訳|中身|案|資料|書類))?(?=です|でした|だよ|やけど|だけど|なんです|なんだけど|なんやけど|ですが|ですけど|[。！!\n]|$)`,
  'gu',
)
/**
 * Blind R248B-042 kind: the price a bid still to come is held at (予定価格, 最低制限価格, 調査基準価格, 設計金額) named as the paper on a board or
 * in the post's photo (写真奥のホワイトボードに貼ってあるのは、来月入札予定の…工事の予定価格の一覧です; 最低制限価格の表がばっちり写ってますが):
 * a glimpse of the internal paper hands out what the city keeps until the opening. A price published with the notice (事前公表, the
 * notice itself), a bid already opened, a photo kept clear of it and a lesson about photos stay clean.
 */
const BID_PRICE_PAPER = '(?:入札)?(?:予定価格|最低制限価格|低入札調査基準価格|調査基準価格|設計金額|積算額)(?:の(?:一覧|表|リスト|メモ|資料|書類|内訳|数字|金額|積算|計算))?'
const BID_PRICE_IN_PHOTO = new RegExp(
  '(?:写真|画像|ホワイトボード|黒板|ボード|壁|机|デスク|モニター|画面|後ろ|うしろ|奥|背景)[^。！？!?\\n]{0,12}?(?:(?:貼|張|書)(?:って|いて)(?:あ|い|お)?(?:る|ります|ます)|(?:写|映)(?:り込|りこ)?(?:って|んで)(?:い|お)?(?:る|ます)|(?:写|映)ってる|並んで(?:い)?(?:る|ます))' +
    `(?:の|もの|紙|資料|表|数字|書類)(?:は|が|って)[、,]?(?:実は|なんと)?[^。！？!?\\n]{0,30}?${BID_PRICE_PAPER}(?=です|でした|だよ|やけど|だけど|なんです|なんだけど|ですが|ですけど|[。！!\\n]|$)` +
    `|${BID_PRICE_PAPER}(?:が|も|まで|とか)[、,]?(?:ばっちり|バッチリ|しっかり|はっきり|そのまま|モロに|もろに|ちらっと|チラッと|うっすら|全部)?(?:(?:写|映)(?:り込|りこ)?(?:って|っちゃ|っと|んで)|見えて|見えちゃ|丸見え|(?:貼|張)ったまま|(?:貼|張|書)(?:って|いて)(?:あ|ま))(?!(?:い|お)?(?:ない|ません|なか)|な(?:い|か))`,
  'gu',
)
/**
 * Blind R168A-011: a staff-only note or paper left on a board, a wall or a desk in the post's photo (後ろのホワイトボードに課内の打ち合わせ
 * メモ（滞納整理の件数とか）が残ってますが; 壁に庁内の資料が貼ったままですが): the picture hands out what the section keeps inside. Kept out
 * of it (残っていないか, 写らないよう), blurred, or a board of the public's messages stay clean.
 */
const STAFF_NOTE_IN_PHOTO =
  /(?:ホワイトボード|黒板|壁|机|デスク|モニター|画面|後ろ|うしろ|奥|背景)[^。！？!?\n]{0,10}?(?:に|には|にも)[、,]?(?:課内|庁内|係内|部内|内部|職員用|職員向け)の?[^。！？!?\n、,]{0,10}?(?:メモ|資料|書類|数字|データ|一覧|記録)(?:\([^()\n]{0,24}\))?(?:が|も|まで|とか)[、,]?(?:そのまま|ばっちり|バッチリ|しっかり|うっすら|まだ)?(?:残って|残っちゃ|残っと|書いたまま|貼ったまま|貼って(?:あ|る|ま)|書いて(?:あ|る|ま)|(?:写|映)(?:り込|りこ)?(?:って|っちゃ|っと|んで)|見えて|見えちゃ|丸見え)(?!(?:い|お)?(?:ない|ません|なか)|な(?:い|か))/gu
/**
 * Blind R168A-010: the post's photo said to show a paper with its content (写真のスライドは、統合の対象として挙がっている3園の名称と閉園時期の
 * 案を示したものです; 写真は…の一覧です), that paper said not public in the paragraph (資料は非公開ですが, 未公表の, 査定前の, 内部資料): the
 * caption tells what the picture hands out. A photo of the scene (写真は説明会の様子です), a paper published or blurred and a refusal
 * (非公開のため掲載しておりません) stay clean.
 */
const PHOTO_SHOWS_PAPER =
  /写真(?:の(?:スライド|スクリーン|資料|画面|ホワイトボード|モニター|書類|ボード|紙|表))?(?:は|に(?:写|映)って(?:いる|る)のは)[、,]?[^。！？!?\n]{4,60}?(?:を(?:示した|まとめた|記した|載せた|書いた|整理した)(?:もの|資料|一覧|表|スライド)|の(?:[\p{Script=Han}\p{Script=Katakana}ー]{1,6}?)?(?:一覧|資料|案|表|リスト|名簿|内訳|スライド))(?:です|でした|になります|なんです)/gu
/**
 * …Blind R303V-006 kind (conf20): also a paper named by its kind (来年度の予算要求資料です), said to be still being worked on inside (課内で検討
 * している, 庁内で調整中の) or said not to be for showing (議会前なので本当はお見せできないものですが).
 */
const PAPER_NOT_PUBLIC = /非公開|未公表|非公表|公表前|発表前|内部資料|庁内資料|査定前|査定中|部外秘|職員限り|庁内限り|課内限り|議会前|議決前|(?:本当は|ほんとは|本来は?)[^。！？!?\n、,]{0,6}?(?:お)?見せ(?:でき|られ)ない|(?:課内|庁内|部内|係内|内部)(?:で|だけで)(?:検討|協議|調整|作成)(?:中|して(?:いる|る|います))/u
/**
 * Review (conf22) kind: the paper in the photo is residents' or pupils' own proposals (生徒の皆さんが提案した政策の一覧, 市民ワークショップで
 * 出た整備案, 市民の皆さんから寄せられたアイデア案), tested on the caption, or shown at a residents' meeting (市民説明会で紹介しました): the
 * public's own ideas, even when the section is still weighing them, are not an internal paper.
 */
const RESIDENTS_OWN_PAPER =
  /(?:市民|住民|町民|生徒|児童|学生|中学生|高校生|小学生|子ども|こども|参加者|皆(?:さん|様)|みなさん|ワークショップ|アンケート|公募)[^。！？!?\n]{0,20}?(?:提案|応募|投稿|考案|発表)(?:し|され|して(?:くれ|いただい))た|(?:市民|住民|生徒|児童|参加者|皆(?:さん|様)|みなさん|ワークショップ|アンケート|説明会|公募)[^。！？!?\n]{0,12}?(?:で|から)(?:出た|出された|寄せられた|いただいた|集まった)/u
const SHOWN_AT_PUBLIC_MEETING = /(?:市民|住民|地元|地域)(?:向け)?(?:の)?(?:説明会|ワークショップ|懇談会)で(?:も)?(?:紹介|説明|お示し|公開|配布|発表)(?:し|いたし)(?:ました|ています|ております)/u
const PAPER_HELD = /(?:掲載|公開|お見せ|お示し|配布)(?:は|を)?(?:でき|いたし|し)(?:ません|かねます|ておりません|ていません)|のため(?:掲載|公開)/u
/**
 * Blind R170I-003: a staff system that holds residents' records named (住民記録システム, 住基システム, 税務システム, 戸籍の端末), then its screen
 * shown as the post's photo does (こんなふうに, このように, 写真のように) with residents' data on it (世帯全員の情報が一覧で出てきます): the
 * back office's records handed out as staff see them. A public service showing the reader's own data (マイナポータルでは…自分の情報), a
 * system with no data shown (番号札が表示されます) and a closure notice stay clean.
 */
const RECORDS_SYSTEM_SHOWN =
  /(?:住民記録|住民基本台帳|住基|戸籍|税務|課税|収納|福祉|介護|国保|基幹|窓口|業務)(?:の)?(?:システム|端末)[^\n]{0,40}?(?:こんなふうに|こんな風に|このように|こんな感じで|写真のように|画面のように)[、,]?[^。！？!?\n]{0,24}?(?:世帯|住民|市民|個人|氏名|名前|住所|生年月日|家族)[^。！？!?\n]{0,12}?(?:情報|データ|一覧|履歴)(?:が|も)[^。！？!?\n]{0,8}?(?:出て|表示|見られ|見え|並)/gu
const PHOTO_BLURRED = /ぼかし(?:を入れ|を入れて|て(?:い|あ|お))|ぼかして(?:い|あ|お)|モザイク(?:を|処理|加工)|(?:加工|処理)(?:して|済)|消して(?:から|あり|おり)/u
const PUBLIC_OCCASION = /説明会|会見|記者|公聴会|報告会|本会議|傍聴|シンポジウム|フォーラム/u

/**
 * Blind R162I-024: a screen of a system that only staff use, shown in the post with its figures (コールセンターの管理画面をちょっとだけ公開！今月の
 * 応答率は71％、苦情として記録された件数は43件でした; 業務システムの画面をお見せします…待ち人数は12人): what the back office records, counts
 * of complaints among it, is handed out as staff see it. A feature released to users (団体向けの管理画面を公開しました), a screen shown in a
 * training (画面を見せながら説明しました), a refusal (お見せできません) and a screen named with no figure told stay clean.
 */
const INTERNAL_SCREEN =
  /(?:管理(?:者)?画面|管理者ページ|管理ページ|管理ツール|(?:業務|庁内|内部|職員用|職員向け|基幹)(?:の)?システム(?:の)?画面|バックヤード(?:の)?画面)(?:を|の(?:一部|中身|数字|データ)を|も)[、,]?(?:(?:ちょっとだけ|少しだけ|ちょこっと|特別に|こっそり|内緒で|チラッと|ちらっと)(?:公開|お見せ|見せ)|お見せ(?!でき|いたしかね|しかね)|見せ(?:ちゃ|ます|まーす|る(?:ね|よ|ばい|けん))|チラ見せ|ちら見せ|大公開|初公開)(?!(?:する)?こと(?:は)?でき|でき|られ(?:ませ|な)|ません|ない|ず|ながら)/gu
const SCREEN_FIGURE = /[0-9０-９一二三四五六七八九十百千]+(?:件|人|名|%|％|割|円|世帯|票|通|回|本)/u

/**
 * A price the city offered in a negotiation still going on: 市からは一平方メートルあたり一万二千円でお願いしとる,
 * 地権者には坪10万円を提示しています.
 * Blind R118A-076: and the price the other party asks (先方が年間2,000万円の委託料を求めていて難航しています, 地権者さんは坪15万円ば
 * 要求しとって, 相手方からは1億2千万円での買い取りを求められており): what the other side holds out for is the same secret of a
 * negotiation still going on. A group's request told openly (no negotiation in the paragraph), a settled or published deal and
 * a call for tenders (OFFER_PUBLIC) are not this.
 */
const COUNTERPART = '(?:先方|相手方|相手側|相手|向こう(?:側|さん)?|あちら(?:側|さん)?|地権者|地主|所有者|持ち主|事業者|業者|会社|法人|組合|JA|農協|漁協|[\\p{Script=Han}\\p{Script=Katakana}A-Z]{1,8}(?:さん|側))'
/*
 * Blind R120A-003: the price the negotiation with a named business is being settled at, told as the negotiation's topic (有明フーズ様との単価交渉は、
 * 現在1セットあたり2,400円で調整しております, 地権者さんとの協議では坪12万円で詰めています, 価格交渉は1個780円で話を進めとるところ): a figure on
 * the table in a negotiation still going on, as an offer is. The negotiation is one with a named party (…様との, …さんとの, 事業者との) or a
 * price's (単価交渉, 価格交渉, 値引き交渉); a deal concluded or published (OFFER_PUBLIC) and a fee simply being arranged (参加費は500円で調整
 * しています, no negotiation as its topic) are not this.
 */
const NEGOTIATION_TOPIC =
  "(?:(?:先方|相手方|地権者|地主|所有者|事業者|業者|会社|法人|組合|JA|農協|漁協|[\\p{Script=Han}\\p{Script=Katakana}A-Za-zー・]{1,12}(?:様|さま|さん|社|側))との[^。！？!?\\n]{0,8}?|(?:単価|価格|値引き|値下げ|金額|買取価格|買収価格|委託料|賃料|料金)(?:の)?)(?:交渉|協議|折衝|話し合い)(?:は|では|で|について(?:は)?|の中で)"
const OFFER = new RegExp(
  `${VALUE}[^。！？!?\\n]{0,6}?(?:で|を)(?:お願い|提示|ご提示|提案|ご提案|打診|示し|お示し|申し入れ|持ちかけ|買い取|買収|交渉)|${VALUE}で(?:どうか|いかがか)と?(?:話|相談|お願い|打診|提案|お伺い)|(?:提示|提案|打診|買収|買い取り|買取)(?:額|価格|金額|単価|した(?:額|金額|価格))(?:は|が)[^。！？!?\\n]{0,10}?${VALUE}` +
    `|${NEGOTIATION_TOPIC}[、,]?[^。！？!?\\n]{0,20}?${VALUE}[^。！？!?\\n]{0,6}?で(?:(?:調整|協議|交渉|折衝|すり合わせ|擦り合わせ)(?:し(?:て|と|よ)|中|を進め)|詰め(?:て|と)|話(?:を)?進め(?:て|と))` +
    `|${COUNTERPART}(?:が|は|から(?:は)?|の方(?:から|は)|も)[、,]?[^。！？!?\\n]{0,14}?${VALUE}[^。！？!?\\n]{0,12}?(?:を|ば|で|は|が|って|と)?(?:求め|要求|要望し|希望し|希望され|言って(?:き|こ)|言いよ|言うとら|提示して(?:き|こ)|出して(?:き|こ)|ふっかけ|吹っかけ|主張|譲ら)`,
  'gu',
)
/**
 * Blind R116A-023: a price a supplier came down to in the city's negotiation (業者さんとの交渉で1個780円まで下がりました, 交渉の結果1食
 * あたり260円で折り合いました, 値引き交渉して1脚4,500円まで下げてもろた), told while the procurement is still to come or with the reader
 * asked to keep it from others (入札前なので他の業者には言わないでね, 他社には内緒で): the figure one bidder offered is what the others
 * must not learn. A price settled and announced (入札結果は市ホームページで公表), a fee agreed with residents told openly (no sign it is
 * held back), a condition (下がれば) and a scam quoting the line are not this.
 */
const NEGOTIATED_PRICE = new RegExp(
  `(?:値引き|値下げ|価格|単価|見積(?:もり|り)?)?(?:交渉|折衝|協議|話し合い|やりとり|やり取り)(?:の結果|した結果|して|を重ねて|を重ねた結果|の末|で|では)[、,]?[^。！？!?\\n]{0,24}?${VALUE}[^。！？!?\\n]{0,6}?(?:まで|に|で)[、,]?(?:下が(?:り|っ(?!たら))|さが(?:り|っ(?!たら))|下げ(?:て|ました|た|られ|させ)|値下げ(?:され|し|に)|まとま(?:り|っ(?!たら))|決ま(?:り|っ(?!たら))|落ち着(?:き|い(?!たら))|折り合(?:い|っ(?!たら))|収ま(?:り|っ(?!たら))|抑え(?:られ|ました|た|て)|負けて|まけて|なりま|なった|なっと|(?<=まで)(?:来|き)(?:て|ました|た))`,
  'gu',
)
/** …with a sign that it is held back: a bid still to come, or the reader asked to keep it (他の業者には言わないでね, 内緒で). */
const PRICE_HELD = /(?:お?伝え|お?話し|お知らせ|お漏らし)に(?:なら|なりませ)(?:ない|ん)|(?:言わ|話さ|しゃべら|喋ら|漏らさ|もらさ|伝え|教え)(?:ないで|んで|んどって|んごと|ずに|ないように|んように)|内緒|ないしょ|ナイショ|内密|ここだけ|オフレコ|口外|他言|伏せ(?:て|と)/u
const NEGOTIATING = /地権者|所有者|地主|持ち主|用地|買収|買い取り|買取|立ち退|補償|交渉|借地|賃借|譲渡/u
const STILL_ON = /(?:調整|協議|交渉|折衝)し(?:ており|ています|ている|とる|よる)|もう一度|もう一回|再度|(?:来月|来週|次回|今度|後日|週明け)[^。！？!?\n]{0,12}?(?:伺|お伺い|お話し|お会い|協議|交渉|話し合|ご相談)|詰めて(?:おり|います|いる|る)|ところ|段階|続い|続け|続き|交渉中|協議中|話し合い中|調整中|最中|まだ|首を縦|合意(?:に至|でき|し|が)|折り合|応じ|難航|話し合い|これから|検討して|お願いし/u
const OFFER_PUBLIC = /補助|助成|支給|受付|募集|申請|合意しました|契約を締結|締結しました|議決|可決|公表し|ホームページ|売却します|貸し付け|貸付|公募|入札|鑑定評価の結果/u

/**
 * An incident the city has not announced: 住民のデータが入った記録媒体が行方不明, 公表するかどうかは上で話し合い中;
 * 書類の誤送付、まだ公表しとらん. A published apology (お詫び, 公表しました) is the city announcing it.
 */
const INCIDENT = /(?:システム|サーバー|ネットワーク)(?:の)?(?:障害|トラブル|不具合)|見える状態|閲覧(?:でき|可能)(?:な|の)?状態|紛失|行方不明|なくな|無くな|なくし|無くし|見つから|見つかっ?とらん|見当たら|漏えい|漏洩|流出|誤送信|誤送付|誤発送|誤配|誤交付|盗難|盗まれ|置き忘れ|異物|混入|誤徴収|過大徴収|着服|横領|不正(?:受給|アクセス|利用)?|事故|不祥事|体罰|虐待|ミス/u
const INCIDENT_OBJECT = /個人情報|住民|市民|データ|名簿|記録媒体|媒体|USB|書類|台帳|申請書|ファイル|パソコン|PC|タブレット|メール|通知書|給食|公金|現金|会計|児童|生徒|利用者|入所者/u
/** A service a citizen may use in confidence (親に内緒で相談, 家族にも内緒で受診): their privacy, not the city hiding something. */
const SOUGHT_PRIVATELY = 'で(?:の)?(?:相談|受診|利用|来所|来庁|申請|電話|連絡|検査|受け|参加)'
/** What is withheld is a person's name or details, right before 伏せ: お名前は, 氏名を, 個人が特定されないよう. */
const NAME_WITHHELD = /(?:お名前|名前|氏名|実名|個人名|ご本人の?(?:お名前|氏名)?|個人情報|住所|ご住所|年齢|顔|お顔|学校名|特定されないよう|特定できないよう)(?:は|を|も|など(?:は|を)?|等(?:は|を)?)?[、,\s]?$/u
/** …for that person's sake: at their wish, for their family, for privacy (a plain 名前は伏せて may hide who did wrong). */
/**
 * Colleague, after blind R87A-023: 公表していませんが said of who a person is (お名前は公表していませんが、80代の方です; 氏名を公表していませんが、
 * 市内在住の70代の女性です): a person's identity withheld for their sake, the opposite of a leak, as long as the rest of the sentence does
 * not name them after all (お名前は公表していませんが、受賞者は大和町の田中一郎さんです) nor tell a figure or a decision instead (業者の名前は
 * 公表していませんが、落札額は1200万円でした).
 */
/**
 * What follows 「…は公表していませんが、」 when the city states its own practice rather than leaking: an aggregate (件数, 合計, 全体),
 * a request for understanding, a refusal, or where the public figures are (ホームページ, 市HP, 窓口でご確認). Colleague review,
 * stop 51 (the bare concession blocked 「相談の内容は公表していませんが、相談件数は…」).
 */
const WITHHELD_AS_PRACTICE = /^[、,\s]*[^。！？!?\n]{0,24}?(?:ご理解|ご了承|ご容赦|お答え(?:でき|いたしかね|は控え)|控えさせ|ホームページ|市HP|窓口で(?:ご確認|お問い合わせ)|ご確認いただけ)/u
/** The details of cases held back (個別の相談内容は, 詳細は, 内訳は, お名前は), then a count or a total told: the public part. */
const DETAIL_HELD = /(?:内容|詳細|詳しいこと|個別|内訳|中身|個々|お名前|氏名|名前)(?:の[^。！？!?\n、]{0,6})?(?:は|を|について(?:は)?|まで(?:は)?)[、,]?$/u
/**
 * A breakdown held back as practice (地区別の投票率は通常は, 学校別の結果は), then the whole told (市全体の投票率は45.2%でした, 市全体の平均
 * 正答率は…): the public part. Not when one part is told after it (三橋地区は28.1%, A保育園では5人): that is the breakdown itself.
 */
const BREAKDOWN_HELD = /(?:地区|校区|学校|施設|店舗|事業所|業者|年代|年齢|個人|投票所|町内|行政区)別(?:の[^。！？!?\n、]{0,6})?(?:は|を|について(?:は)?)[、,]?(?:通常は|普段は|ふだんは|原則(?:として)?は?|例年)?[、,]?$/u
const WHOLE_TOLD = /^[、,\s]*(?:市|町|村|県|全国|市内)?(?:全体|全市|合計|総数|総計|平均)(?:で|の|は)/u
const AGGREGATE_TOLD = /(?:件数|総数|合計|総計|全体|概要|傾向|割合|[0-9０-９一二三四五六七八九十百千]+(?:件|人|名|世帯)(?:の|が|で|と|を)|[0-9０-９一二三四五六七八九十百千]+(?:件|人|名|世帯)でした)/u
/** A decision or an outcome in what is told after the concession: then it is a leak whatever else is said. */
const OUTCOME_TOLD = /方向(?:です|で|性)|見送り|見込み|決ま(?!り次第|りましたら)|決定(?!次第)|内定|絞り|有力|濃厚|本命|最安|最高|落札|採用|合格|[0-9０-９〇一二三四五六七八九十百千]+(?:万|億|千)?円/u
/**
 * 「…は公表していませんが、」 followed by the city's practice rather than a leak: the details held back and a count or a total given
 * (個別の相談内容は公表していませんが、昨年度の相談件数は52件でした), or understanding asked / the public place pointed to (詳細は公表して
 * いませんが、ご了承ください). Not when the rest tells an outcome or an amount (業者の名前は公表していませんが、落札額は1200万円でした) or
 * names a person. Colleague review, stop 51 (the bare concession blocked both).
 * @param before up to 20 characters before 公表…; @param rest the sentence after it.
 */
function withheldAsPractice(before: string, rest: string): boolean {
  if (OUTCOME_TOLD.test(rest) || PERSON_NAMED.test(rest)) return false
  return WITHHELD_AS_PRACTICE.test(rest) || (DETAIL_HELD.test(before) && AGGREGATE_TOLD.test(rest)) || (BREAKDOWN_HELD.test(before) && WHOLE_TOLD.test(rest)) || pointedToPublished(rest)
}
const PERSON_NAMED = /[\p{Script=Han}\p{Script=Katakana}ー]{1,6}(?<![皆各長員客者民家方主族衆連子奥娘孫妹姉兄弟母父])(?:さん|様|さま|氏|先生|くん|君|ちゃん)/u
function withheldIdentity(t: string, start: number, rest: string): boolean {
  const here = sentenceAround(t, start, start)
  return NAME_WITHHELD.test(t.slice(Math.max(here.start, start - 16), start)) && !PERSON_NAMED.test(rest) && !CLOSED_TOLD_VALUE.test(rest)
}
const FOR_THEIR_SAKE = /ご本人|ご意向|ご希望|ご遺族|ご家族|プライバシー|お名前|個人が特定|特定されない|特定できない/u
const INCIDENT_UNDISCLOSED = new RegExp(String.raw`(?:近く|近日|来週|明日|後日)(?:中に)?(?:公表|発表)(?:する|される)(?:方針|らしい|そう|みたい|とのこと|って)|(?:公表|発表)(?:は|が)(?:来週|明日|後日|近く)[^。！？!?\n、]{0,8}?(?:やけど|だけど|ですが|ですけど|けど|らしい|みたい|そう)|公表(?:する|す)?か(?:どうか|否か|せんか|しないか|は|を)|公表(?:は|を|も)?(?:まだ|見送|控え|せず|しない|せん|しとら|していな|してな|検討|迷)|(?:上|幹部|上層部|上の人|上のほう|本庁|市長)(?:で|が|の方で|のほうで)(?:話し合い|協議|検討|相談|判断)(?:中|して|しよ|しとる)|まだ(?:公表|発表|報道)(?:し|され|前)|まだ(?:表|外|公)に(?:出|なっ)(?:て|と)|(?:発表|公表|報道)(?:前|される前|の前)|(?:内緒|ナイショ)(?!${SOUGHT_PRIVATELY})|ここだけ|伏せ(?:て|と)|秘密に|言わんで|言わないで|黙っとい|黙って(?:お|い)|表沙汰|外に漏ら`, 'gu')
const INCIDENT_PUBLIC = /お詫び|おわび|申し訳|公表しました|発表しました|ご迷惑をおかけ|報告いたし|ホームページ|市HP|防止|研修|訓練|注意しましょう/u

/**
 * A result told before those concerned hear it: per-applicant scores or ranks of a selection, with its notice still to
 * come (結果は各社に通知が届き次第、正式にお知らせします). The scale a score is out of (200点満点で) is no one's score.
 */
const SELECTION = /プロポーザル|審査|選考|選定|コンペ|入札|提案|応募|採用試験|試験|面接/u
const SCORES = /(?:点数|得点|評価点|採点結果?|点差)(?:は|が|で|も)?|(?<![作品応募計全出品約])[0-9０-９一二三四五六七八九十]+点(?!満点)(?:差|で|の差|、|,|を獲得|を取|と|でした)|(?:[0-9一二三]+位|トップ|最高点|最下位|次点)(?:は|が|で|の|に|と)/gu
const NOTICE_TO_COME = /(?:発表|公表|通知|連絡)(?:は|が)(?:まだ|これから|後日|来週|明日)|(?:通知|連絡|お知らせ|結果)(?:が|を|は)?(?:届き|届いて?|し|出)?次第|通知(?:前|はまだ|はこれから|の前)|(?:正式|公式)(?:に|な|の)(?:は)?(?:後日|改めて|お知らせ|発表|ご報告)|まだ(?:各社|本人|ご本人|業者|事業者|応募者|参加者|受験者)(?:には|に|の皆さんには)/u
/**
 * The result made public. Blind R183I-070: not when the verb is denied (点数は公表しないことになっている, 順位は発表していません): that says the
 * figures are kept, and a post that tells them anyway leaks them.
 */
const RESULT_PUBLIC = /(?:公表|発表)し(?!な[いか]|ませ|ておら|て(?:い|お)?(?:ない|ません|りません)|とら)|ホームページ|市HP|掲載しています|掲載しました|表彰式|おめでとう/u

/*
 * Round 10 kinds: what insiders know, told in any voice (である調, a mascot's 〜っパ, 筑後弁, warm keigo, English
 * mixed in). Each is a construction with bounded gaps.
 */
/**
 * A secret kept until the release, then told: まだ言えんやつやけど…さんで決まり, 発表日まではないしょ…さんに決まった.
 * (A teaser that withholds, ゲストは当日までナイショ, names no one.)
 */
/**
 * Details said to be held back until a release (報告前なので詳しくは出せませんが, まだ公表前なので言えないけど), then told in the
 * same sentence: at least a number or a measure after the held-back clause. Bounded gaps.
 */
const HELD_BACK_BUT =
  /(?:(?:議会|委員会|市長|上|本庁|県|国)(?:へ|に)?の?(?:報告|説明|提出|発表|公表)|公表|発表|記者発表|正式発表|報道発表|解禁|通知)(?:の)?前(?:なので|だから|ですので|のため|やけん|やけど|だけど|ですが)[、,]?[^。！？!?\n]{0,12}?(?:詳しく|詳細|細かいこと|くわしく|はっきり|大きな声で)?(?:は|を)?(?:出せ|言え|書け|お伝えでき|明かせ|公表でき|お話しでき|申し上げられ)(?:ません|ない|ん)(?:が|けど|けれど|けども)(?=[、,]?[^。！？!?\n]{0,30}?(?:[0-9０-９一二三四五六七八九十百千]+(?:世帯|人|件|円|万|億|%|割|か所|箇所|名)|になりそう|する方向|の見込み))/gu
const SECRET_TILL = new RegExp(
  `(?:発表|公表|解禁|情報解禁|正式発表|記者会見|会見|お披露目)(?:日|の日)?まで(?:は)?(?:ないしょ|内緒|ナイショ|秘密|ひみつ|ヒミツ|シーッ|しーっ|言えな|言えん|言っちゃ(?:ダメ|だめ|いけな))|` +
    `まだ(?:言え|話せ|書け|お伝えでき|お話しでき|申し上げられ)(?:ん|ない|ません|なか)(?:やつ|話|こと|ネタ|情報|ん|の)?(?:です|だ|や)?${GOES_ON}`,
  'gu',
)
/** Who or what was chosen, named: …さんで決まり, 『…』さんに決まった, …社に内定 (not 日程が決まりました). */
const WHO_DECIDED = /(?:さん|氏|様|さま|先生|コンビ|グループ|』|」|社|建設|[ァ-ヴー]{3})(?:に|で)(?:決ま|決定|内定)/u

/** A release named for later (明日の記者会見で市長が発表する), then told first (ひと足先にちょっとだけ…無料になります). */
const FUTURE_RELEASE = /(?:明日|あした|明後日|あさって|来週|来月|週明け|今夜|今晩|夕方|午後|後日|今度の|次回の|[0-9]{1,2}日)の?(?:(?:市長|町長|村長|知事|副市長|教育長)の)?(?:定例)?(?:記者会見|会見|記者発表|報道発表|プレスリリース|発表会?)(?:で|にて)?[^。！？!?\n]{0,16}?(?:発表|公表|お披露目|明らかに)(?:する|される|します|されます|予定|になる)/u
/**
 * Blind R133I-079: a question of an exam not yet sat, shown before it (明日の市立中学校の学年末テスト、数学の大問3はこれです→「…」, 来週の
 * 採用試験の問題、こちらです：「…」, 本番の検定に出る問題はこれ！): an exam's questions are secret until it is held. The exam is to come
 * (明日, 来週, 本番, 次回 …), a question of it is named (問題, 大問, 設問, 問3) and shown (これです, こちら, →「…」). Past papers, practice
 * questions and the range to study (過去問, 練習問題, 出題範囲) are published on purpose.
 */
const EXAM_LEAK =
  /(?:明日|あした|あす|明後日|あさって|来週|再来週|今度|次回|本番|週明け|[0-9０-９]{1,2}日)の[^。！？!?\n]{0,20}?(?:テスト|試験|入試|検定|考査|模試|選考)[^。！？!?\n]{0,14}?(?<!過去|練習|例|類題|予想|模擬|サンプル)(?:問題|大問|小問|設問|出題|問[0-9０-９一二三四五六七八九十]|第[0-9０-９一二三四五六七八九十]問)[0-9０-９一二三四五六七八九十]{0,2}(?:は|を|が|、|,)?[^。！？!?\n「]{0,8}?(?:(?:これ|こちら|コレ)(?:です|だよ|やけん|や|ばい|たい|！|!|→|[:：])|→\s?「|[:：]\s?「)/gu
/**
 * Blind R182I-053, R179I-004: what an exam still to come will ask, told before it (来週の職員採用試験…の教養試験ですが、今年は時事問題で「…」が
 * 出ます; 6月22日の一次試験、論文のテーマは「…」です): the questions and an essay's theme are secret until the exam is held. The exam is named
 * with a day or a time still to come (来週, 明日, 今年, 6月22日の), then a quoted question said to come up (「…」が出ます, 出題されます) or the
 * theme of a part of it (論文, 作文, 面接) given in brackets. The subjects or the scope (試験科目は…, 出題範囲は…), a past exam's theme
 * (昨年度の論文テーマは「…」でした) and a study guide (公式テキスト, 過去問) stay clean.
 */
const EXAM_CONTENT_AHEAD =
  /(?:明日|あした|あす|明後日|あさって|来週|再来週|来月|今度|次回|今年|今年度|本番|週明け|[0-9０-９]{1,2}月[0-9０-９]{1,2}日|[0-9０-９]{1,2}日)の[^。！？!?\n「」]{0,24}?(?:試験|検定|入試|考査|選考)(?:[（(][^（）()\n]{0,12}[）)])?[^。！？!?\n「」]{0,30}?(?:「[^「」\n]{2,60}」(?:が|も)(?:出ます|出る|出題され|出されます|問われ|課され)|(?:論文|小論文|作文|面接|記述|討論|集団討論|グループディスカッション|プレゼン(?:テーション)?)(?:の)?(?:テーマ|課題|題目|お題)(?:は|が)[、,]?「[^「」\n]{2,60}」(?:です|だよ|に決ま|になります|となります|(?=[。！!]|$)))/gu
/**
 * Blind R234M-034 kind: what an interview or an exam still to come will ask, passed on as heard from its side (面接官の打ち合わせに同席した
 * んですが、今年は「…」と「…」を必ず聞くそうなので; 「…」について質問されるらしいです): the questions are secret until the exam is held. The exam
 * to come is named in the paragraph (EXAM_AHEAD_NAMED), the quoted questions are said to be asked in hearsay (そう, らしい, みたい, とのこと);
 * the city's own guidance (面接では志望動機などをお聞きします), a past exam (昨年は…を聞かれたそうです) and the scope stay clean.
 */
const EXAM_AHEAD_NAMED = /(?:明日|あした|あす|明後日|あさって|来週|再来週|来月|今度|次回|今年|今年度|本番|週明け|[0-9０-９]{1,2}月[0-9０-９]{1,2}日|[0-9０-９]{1,2}日)の[^。！？!?\n「」]{0,24}?(?:試験|検定|入試|考査|選考|採用面接|面接試験|[一二三四1-4]次面接)/u
const EXAM_ASKED_HEARD =
  /「[^「」\n]{2,40}」(?:(?:と|や|、)「[^「」\n]{2,40}」){0,3}(?:を|が|は|も|について)[^。！？!?\n「」]{0,8}?(?:聞く|聞かれる|聞きます|聞かれます|質問する|質問される|質問します|質問されます|尋ねる|尋ねられる|問う|問われる|出題される|出題する|出される|出す|出る)(?:そう|らしい|みたい|って|とのこと|んだって|んですって)/gu
/** The scope, a past exam or a guide named in the sentence: what the exam is about is published on purpose. */
const EXAM_PUBLISHED_PART = /範囲|科目|過去問|過去の|昨年|前年|前回|例年|募集要項|公式テキスト|参考書|事前(?:提出|課題)|提出して|予想/u
/**
 * Blind R236I-018 kind: the theme of an exam still to come passed on in the writer's own words, no quotation (今年の採用試験の論文は、
 * 柳川の水と暮らしにかかわるテーマが出ます), offered as a tip to candidates (耳より, 有利, ここだけ, こっそり). The city's notice of what
 * an exam covers (論文試験では市政に関するテーマを出題します) gives no tip, and the scope or a past year's theme (EXAM_PUBLISHED_PART) stays clean.
 */
const EXAM_THEME_TIPPED =
  /(?:明日|あした|あす|来週|再来週|来月|今度|次回|今年|今年度|本番|週明け)の[^。！？!?\n「」]{0,24}?(?:試験|検定|入試|考査|選考)(?:の)?[^。！？!?\n「」]{0,8}?(?:論文|小論文|作文|面接|記述|討論|集団討論|プレゼン(?:テーション)?|筆記)(?:試験)?(?:の)?(?:テーマ|課題|題目|お題)?(?:は|では|で)[、,]?[^。！？!?\n「」]{2,40}?(?:に(?:かかわる|関わる|関する|ついての|まつわる)|をめぐる|絡みの|がらみの|関連の)(?:テーマ|問題|課題|お題|題)(?:が|を)?(?:出ます|出る|出題され|出されます|問われ|課され|になります|です)/gu
const EXAM_TIP = /耳より|耳寄り|ここだけ|内緒|ないしょ|ナイショ|こっそり|特別に|有利|ヤマ(?:を張|が当た|張)|フライング|裏情報|極秘|先取り/u
/**
 * Blind R236I-040 kind: the winner of a contest whose result is announced later, given away by a description of the work or the person
 * (結果発表は来月ですが…大賞は、…をとらえたあの一枚です). The prize itself in a call for entries (大賞は1点、賞金3万円), a winner withheld
 * (大賞はまだ内緒, お楽しみに) and a result announced (おめでとうございます) stay clean.
 */
const WINNER_TOLD =
  /(?:大賞|グランプリ|最優秀賞?|金賞|特選|優勝|1位|一位)(?:は|に輝いたのは|に選ばれたのは|を射止めたのは)[、,]?(?![^。！？!?\n]{0,30}?(?:[0-9０-９一二三四五六七八九十]+(?:名|点|人|作品|組|万|円)|賞金|賞品|副賞|記念品|贈呈|表彰状|内緒|ないしょ|ナイショ|秘密|ひみつ|お楽しみ|誰|だれ|未定|まだ|発表|？|\?))[^。！？!?\n]{4,60}?(?:作品|一枚|1枚|写真|一作|絵|さん|様|氏|チーム)(?:です|でした|だよ|に決ま)/gu
const RESULT_LATER = /(?:発表|公表|通知)(?:は|が)(?:まだ|これから|後日|来週|来月|明日|[0-9０-９]{1,2}(?:月|日))/u
/**
 * Blind R137I-078: questions of an exam still being written, shown early (来年度の学力調査に向けて先生たちが作成中の問題の一部を特別に
 * 紹介します, 作成中の期末テストの問題をちょっとだけ公開, 入試に向けて作っている問題をお見せします): an exam's questions are secret
 * until it is held, and so while they are drafted. The exam is named, the questions are being made (作成中, 作っている, 作問中, 準備中)
 * and they are shown (紹介, 公開, お見せ). A question bank on sale (問題集), a workshop on writing questions and a refusal (紹介はできません)
 * are not this.
 */
const EXAM_DRAFT_SHOWN =
  /(?:テスト|試験|入試|検定|考査|学力調査|模試|選考)[^。！？!?\n]{0,20}?(?:作成中|作っている|作ってる|作成している|作成しとる|作問中|作問している|準備中|準備している|制作中)の?[^。！？!?\n]{0,6}?(?:問題|設問|出題|試験問題|テスト問題)(?!集)[^。！？!?\n]{0,16}?(?:紹介|公開|お見せ|見せ|お披露目|チラ見せ|大公開|ご覧いただ)(?!(?:は|が)?(?:でき|し|いたし)(?:ません|ない|かね))|(?:作成中|作っている|作ってる|作成している|作問中|準備中|制作中)の[^。！？!?\n]{0,12}?(?:テスト|試験|入試|検定|考査|学力調査|模試)(?:の)?(?:問題|設問)(?!集)[^。！？!?\n]{0,16}?(?:紹介|公開|お見せ|見せ|お披露目|チラ見せ|大公開|ご覧いただ)(?!(?:は|が)?(?:でき|し|いたし)(?:ません|ない|かね))/gu
const PEEK = /(?:一足|ひと足|ひとあし)(?:早く|先に|はやく|さきに)|先取りで|フライングで|フライングですが|お先にちょっと|先にちょっと|ちょっとだけ(?:お見せ|教え|お伝え|公開|チラ|ネタバレ)|チラ見せ|ネタバレ(?:すると|ですが|だけど|しちゃ)|sneak peek/giu
/**
 * Blind R235I-053 kind: a work made for a release named for later (来月の記者会見でお披露目する…メインビジュアル), shown in a peek the post
 * calls a scoop or got on the quiet (ちょっとした小さなスクープです, 担当の机の上に置いてありました, こっそり): the release's own content,
 * taken from inside before its day. The city's sanctioned teaser (ひと足先にシルエットだけお見せします🤫, お楽しみに) says none of this.
 */
const PEEK_COVERT = /スクープ|すっぱ抜|こっそり|内緒で|ないしょで|ナイショで|無断で|勝手に|(?:机|デスク|棚|机上)の上に(?:置いて|置かれて|あっ|あり)|置いてあっ(?:た|たの)|置いてありました|盗み見/u
const PEEK_CONTENT = /無料|有料|[0-9]|円|決ま|決定|になります|になる|始ま|開始|導入|新設|廃止|拡充|値上|値下|引き上|引き下|増額|減額/u
/**
 * Blind R162I-114: the release named for later in a concession (ほんとは来月の市長の記者会見で発表するんだけど、ひと足先にこっそり教えちゃう;
 * 来週の会見で発表される予定ですが、一足早くお伝えします), the figure told before it in the paragraph (今年度の寄附額が速報で52億円をこえたよ〜):
 * the peek names what came first. A figure with a unit or a decision is told; a teaser with none (…をお見せします) is not this.
 */
const RELEASE_CONCEDED = new RegExp(`${FUTURE_RELEASE.source}(?:予定)?(?:ん|の)?(?:です|だ|や)?(?:けど|けれど|けども|が|ばってん)[、,]?[^。！？!?\\n]{0,6}?$`, 'u')
const FIGURE_BEFORE = /[0-9０-９]+(?:\.[0-9]+)?(?:万|億|千)?(?:円|件|人|名|世帯|%|％|倍|社|票|割)|決まり|決定し/u
function toldBeforePeek(t: string, peek: number): boolean {
  const from = Math.max(0, peek - 60)
  const release = RELEASE_CONCEDED.exec(t.slice(from, peek))
  if (!release) return false
  // What is shown first is how to attend (ひと足先に会場の地図をお見せします): logistics, the figure before is no peek.
  if (/^[^。！？!?\n]{0,24}?(?:会場|場所|地図|駐車|日程|申込|申し込|取材|アクセス)/u.test(t.slice(peek, peek + 40))) return false
  return FIGURE_BEFORE.test(t.slice(Math.max(0, from + release.index - 120), from + release.index))
}

/** A named member of staff to take a post from a future date, stated as settled (4月からの…課長には…次長が就くことが決まっている). */
const FUTURE_APPOINTMENT = /(?:[0-9]{1,2}月|来年度|来春|新年度|次年度|来月)(?:[0-9]{1,2}日)?(?:から|より|以降)?の?[^。！？!?\n]{0,16}?(?:課長|部長|次長|局長|室長|所長|館長|園長|校長|教頭|センター長|支所長|係長|会計管理者)(?:に|には|として|へ)[、,]?[^。！？!?\n]{2,24}?(?:が|を)?(?:就く|就任する|就かれる|着任する|なる|なられる|異動する|来られる|務める|起用される)(?:こと|予定|見込み)(?:が|に|で)?(?:決まっ|決定し|内定し|なっ|固まっ|内定)/gu
const APPOINTMENT_PUBLIC = /付の人事|付で|付け|辞令交付|ホームページ|市HP|発表しました|公表しました|掲載しました|議会|同意|選任|公募|募集/u
/**
 * Who is to be given a post, told as being arranged inside (教育長については、元城内小学校長の男性を起用する方向で最終調整に入っている,
 * 副市長には現在の総務部長を充てる方針を固めた, 元校長の男性を教育長に起用する案で調整中): a personnel proposal before the city puts it
 * to the council or announces it. The appointment made, proposed or announced (同意を得て…任命しました, 人事案を提案しました, 会見で
 * 明らかにした) is public.
 */
const APPOINT_POST = '(?:副市長|教育長|教育委員|代表監査委員|監査委員|会計管理者|公平委員|選挙管理委員|農業委員|消防長|病院長|[\\p{Script=Han}]{1,6}(?:課長|部長|局長|館長|所長|センター長|園長|校長))'
const APPOINT_VERB = '(?:起用|充て|任命|選任|登用|抜擢|据え)(?:る|する)?(?:方向|方針|案|こと|人事案?)(?:で|を|が)?[^。！？!?\\n]{0,6}?(?:最終調整|調整|固め|固ま|詰め|内定|決ま)'
const APPOINTMENT_ARRANGED = new RegExp(
  `${APPOINT_POST}(?:に|には|について(?:は)?|として|の後任(?:に|には|として)?)[、,]?[^。！？!?\\n]{0,30}?(?:を|が)${APPOINT_VERB}|` +
    `(?:を|が)[、,]?[^。！？!?\\n]{0,10}?${APPOINT_POST}(?:に|として)${APPOINT_VERB}`,
  'gu',
)
const ARRANGED_PUBLIC = /就任しました|就任いたしました|着任しました|辞令(?:を)?交付|付(?:で|け)(?:の)?(?:任命|就任|着任|発令)(?:しました|されました|いたしました)|付の人事|同意を得|同意され|同意しました|可決|選任されました|任命しました|(?:提案|提出|上程)しました|発表しました|公表しました|明らかにし|表明し/u

/**
 * A budget figure before the budget is compiled or its bill published: 設計委託費は2億4,000万円で財政課と合意済み,
 * 補正予算案には…3,240万円が計上（議案は告示後に掲載）, 来年度の…お金が今年より3割へるって（会議の資料に）.
 */
const RATIO = '(?:[0-9一二三四五六七八九十]+割|[0-9]+(?:%|％|パーセント)|半分|半減)'
const BUDGET_AGREED = new RegExp(`${VALUE}[^。！？!?\\n]{0,8}?(?:で|と|に)?(?:財政課|財政部|財務課|財政当局|査定|市長査定|予算査定)(?:と|で|に|の)?[^。！？!?\\n]{0,6}?(?:合意|了承|認め|決ま|固ま|つい|通っ|調整済|内定|OK)|(?:財政課|財政部|財務課|市長査定|予算査定)(?:と|で|に|の)[^。！？!?\\n]{0,8}?(?:合意|了承|認め|決ま|固ま|通っ|調整済|内定)[^。！？!?\\n]{0,16}?${VALUE}|(?:財政課|財政部|財務課|市長査定|予算査定)[^。！？!?\\n]{0,12}?${VALUE}[^。！？!?\\n]{0,8}?(?:合意|了承|認め|決ま|固ま|通っ|調整済|内定|つい)`, 'gu')
const BUDGET_BILL = new RegExp(`(?:補正予算案|当初予算案|予算案|議案)(?:に|には|では|で)[^。！？!?\\n]{0,30}?${VALUE}(?:が|を)?計上(?:され|し)`, 'gu')
const BILL_TO_COME = /(?:告示|提出|上程|公表|記者発表)(?:後|の後|前|予定|される予定|され次第)|提出される予定|(?:改めて|後日)(?:掲載|お知らせ|公表)/u
const BUDGET_CUT = new RegExp(`(?:来年度|次年度|新年度|来期|来年)の?[^。！？!?\\n]{0,16}?(?:予算|お金|費用|経費|補助金|事業費|委託費)(?:が|は|も)[^。！？!?\\n]{0,12}?(?:${RATIO}|${VALUE})[^。！？!?\\n]{0,6}?(?:へる|減る|減っ|減ら|削減|カット|増える|増え|増や|アップ|ダウン)`, 'gu')
/**
 * How a budget request fared in the internal assessment, told (財政課の査定でゼロ査定でした, 市長査定で半分に削られた, 予算要求は査定で
 * 認められませんでした): the compiling of the budget is internal until the bill is published.
 */
const BUDGET_ASSESSED = /(?:財政課|財政部|財務課|財政当局|市長|副市長|(?<![\p{Script=Han}])(?:新年度|来年度|次年度|当初|補正)?予算(?:要求)?(?:の)?)(?:の|による)?(?:一次|二次|最終)?査定(?:で|では|の結果|に)[、,]?[^。！？!?\n]{0,20}?(?:ゼロ査定|ゼロ|削られ|削ら|削減され|カットされ|カット(?:になり|になっ|やっ|でし|だっ|です|ばい|たい|げな)|落とされ|落ち(?:た|まし)|見送(?:られ|り)|認められ(?:ず|なかった|ませんでした|んかった)|通(?:った|りまし|らなかった|りませんでした|らんかった)|満額|ついた|つきまし|つかなかった|半分|半額|半減)(?!(?:る|ます)?(?:こと|場合|ケース|可能性|かも|恐れ|おそれ))|(?:予算|委託料|委託費|補助金|負担金|事業費|交付金)?要求(?:額)?(?:は|が)[、,]?[^。！？!?\n]{0,12}?(?:ゼロ査定|査定で(?:ゼロ|削られ|落とされ|落ち|認められ(?:ず|なかった|ませんでした)))|ゼロ査定(?:でした|だった|になり|になっ|を食らい|を受け|です)|(?:財政課|財政部|財務課|財政当局|市長|副市長)(?:の|による)?(?:一次|二次|最終)?査定(?:は|が)[、,]?(?:(?:約|わずか|たった)?[0-9０-９][0-9０-９,.]*(?:億|万)[0-9０-９,.千百]*円|(?:ゼロ|満額|半分|半額)(?:に|で|と|[….。！!、,]|でした|だった|です|や|やった|止まり|どまり|しか))/gu
/**
 * An item said to be put into a budget or a bill before the bill goes to the council or is published (まだ議会に出す前の補正予算案に
 * こっそり入れてもらった, 3月議会に提出する前の当初予算案に…が盛り込まれています, 上程前の予算案に…を計上): what the bill holds is
 * internal until it is published.
 */
const PENDING_BILL =
  /(?:(?:議会|定例会|臨時会|委員会|議員)(?:に|へ)(?:まだ)?(?:出す|出る|出される|提出する|提出される|上程する|上程される|かける|かけられる|諮る|説明する|報告する)|(?:提出|上程|公表|発表|記者発表|議決|審議)(?:する|される)?)前の[\p{Script=Han}]{0,4}?(?:予算案?|議案|条例案)(?:に|には|へ|で|では)[、,]?[^。！？!?\n]{0,24}?(?:入れ|いれ|盛り込|もりこ|計上|入っ|入り|載せ|乗せ|ねじ込|滑り込)/gu
/**
 * Team R8-177 kind: a paper or a draft named as before its briefing to the council (議会に説明する前の「小学校統合案」だよ, 委員会に報告する前の
 * 資料, 議会へ提出される前の計画): what the council has not yet been told, shown or told in a post (ｾﾂﾒｲ, ｱﾝ in katakana are read back by the
 * readings). A draft put out for comment or a public meeting (パブリックコメント, 説明会), one published, and a refusal stay clean.
 */
const COUNCIL_PENDING_PAPER =
  /(?:議会|委員会|議員)(?:の皆(?:さん|様))?(?:に|へ)(?:は)?(?:まだ)?(?:(?:説明|報告|提出|上程|提案)(?:する|される)?|出す|出される|かける|かけられる|諮る|示す|お示しする)前の[「『]?[\p{Script=Han}\p{Script=Katakana}ー]{0,12}?(?:案|資料|原稿|データ|計画|報告書)(?![\p{Script=Han}])[」』]?/gu
const COUNCIL_PAPER_PUBLIC = /パブリックコメント|パブコメ|意見(?:を|の)?(?:募集|公募)|説明会|公表し|公開し|掲載し|ホームページ|市HP|ご覧いただけ|閲覧|会見|答弁|発表し/u
/** …or the paper's content refused (については、お答えできません, 申し上げられません, お示しできません). */
const COUNCIL_PAPER_REFUSED = /(?:お答え|お伝え|お示し|ご説明|お知らせ|公表|公開|回答)(?:でき|いたしかね|しかね)|申し上げられ|差し控え|控えさせ/u
const PENDING_BILL_PUBLIC = /可決され|議決され|成立し(?:まし)?た|公表し|発表し|ホームページ|市HP|掲載し|意見(?:を)?募集|パブリックコメント/u

/**
 * Asked in English to keep a matter of the city quiet (The contract (¥4.8M) was signed internally … so keep it between us, Just between
 * you and me: the budget is …): an aside that hands over what is not released. A scam warning quoting the line is not one.
 */
const EN_KEEP_QUIET =
  /(?<![A-Za-z])(?:keep (?:it|this|that) (?:between us|between you and me|to yourselves?|quiet|under wraps|secret|hush[- ]hush|on the down ?low)|just between (?:us|you and me)|between you and me|(?:don['’]?t|do not) (?:tell|share (?:this|it) with) anyone|mum['’]?s the word)(?![A-Za-z])/giu
/** What the aside is about: a contract, a budget, an amount, a choice, an announcement still to come. */
const EN_MATTER = /contract|budget|signed|deal|decided|decision|chosen|selected|approved|appointed|hired|bid|tender|price|cost|¥|yen|\$|[0-9](?:\.[0-9]+)?\s?(?:m|bn|million|billion)(?![a-z])|announce|release|press conference/iu
const EN_AWARE = /scam|fraud|beware|phishing|never (?:share|give|tell|send)|be careful|watch out|詐欺|ご注意|注意してください|お気をつけ/iu

const INSIDE_SOURCE = /資料|会議|中の人|こっそり|内部|庁内|メモ|書いてあ|見ちゃ|見てしま|聞いちゃ|ここだけ|内緒|ないしょ|ナイショ/u
const BUDGET_PUBLIC = /可決|議決|成立|公表し|発表し|公表され|発表され|ホームページ|市HP|予算書|予算の概要|提出しました|提案しました|上程しました|ご覧いただけ|報じ|報道|新聞/u

/**
 * A notice meant for staff, posted: 【職員各位】, 各課長各位, and the line to take with the press (会見では…触れないように). Blind R227W-055
 * kind: a line addressed to a section's staff on duty run into a public notice (※防災危機管理課の当番の皆さんへ：…, 市民課の職員の皆様へ
 * (a new line)), and where an internal file is kept (当番割当表は共有フォルダ「年末年始」に置いてあります): an internal notice, not the
 * public's. A section's name is needed (ごみ当番の皆さんへ is a neighbourhood's), and so is a heading's colon or line break after へ.
 */
/**
 * Blind R253E-012 kind (conf8): a staff-only note left at the end of a public notice, labelled in brackets at a line's start ((担当メモ),
 * 【内部メモ】, ［職員用メモ］, ※(投稿前に削除)) and carrying an instruction or an internal sign after it (外部には一切出さないこと, 共有フォルダ,
 * 調整がついていない, 差し替え): a note meant for colleagues is itself a leak. An internal file said to be saved (共有フォルダの「…」に保存
 * 済み) is where an internal file is kept. A column titled 【担当者メモ】 with a plain remark (今日は天気も良く…) stays clean.
 */
/**
 * Blind R294I-006 kind (conf18): a note to colleagues run into a public notice, about a paper for a press event or the council put in the
 * shared folder (19日の市長定例会見で出す…有料化の資料、最終版を共有フォルダに入れました。発表までは家族にも話さないでくださいね): the file's
 * existence and subject before the release, with the hold asked in the paragraph (PRESS_FILE_HELD). A training on the shared folder and
 * a published paper are not this.
 */
const PRESS_FILE_FILED =
  /(?:記者会見|定例会見|会見|記者発表|報道発表|議会|委員会|全員協議会)(?:で|に)(?:出す|配る|配布する|発表する|使う|出る|提出する|説明する)[^。！？!?\n]{0,30}?(?:資料|原稿|データ|ファイル|案)[^。！？!?\n]{0,12}?(?:共有フォルダ|共有ドライブ|共有サーバ|フォルダ|サーバ|庁内LAN|掲示板)(?:に|へ)[、,]?(?:入れ|保存し|格納し|置き|置い|アップし|上げ|格納|保存)/gu
const PRESS_FILE_HELD = /(?:発表|公表|会見|解禁|記者発表)(?:日)?まで(?:は)?[、,]?[^。！？!?\n]{0,12}?(?:話さ|言わ|漏らさ|しゃべら|喋ら|口外し|他言し|出さ)(?:ない|ず)|内緒|ないしょ|ナイショ|内密|他言無用|口外(?:厳禁|無用|しない)/u
const STAFF_ADDRESSED = /(?:^|[\n\s(【\[〔<《■◆●※])(?:職員各位|課員各位|係員各位|所属長各位|関係職員各位|各課長各位|各課長様|各所属長(?:様|各位|殿)?|各課(?:等)?の長|庁内各課(?:へ|各位|御中)|全職員(?:へ|各位)|[\p{Script=Han}\p{Script=Katakana}ー]{1,10}(?:課|係|室|班)(?:の)?[\p{Script=Han}]{0,4}?(?:当番|宿直|日直|当直|待機|担当|職員|課員|係員)(?:者)?(?:の)?(?:皆さん|皆様|みなさん|みなさま|各位)(?:へ|に)?[：:\n])|(?:共有フォルダ|共有ドライブ|ファイルサーバー?|庁内LAN|庁内ポータル|グループウェア)(?:の)?[「『]?[^。！？!?\n」』]{0,20}?[」』]?(?:内)?(?:に|へ)(?:(?:置いて|入れて|保存して|格納して|保管して|アップして|上げて|載せて)(?:あります|います|おります|おきました|ある|る)|(?:保存|格納|保管|アップ(?:ロード)?)済み?)|(?:^|\n)[※*]?[(【\[〔<《](?:担当(?:者)?(?:用)?メモ|職員(?:用|向け)?メモ|内部(?:用)?メモ|庁内(?:用)?メモ|課内(?:用)?メモ|係内メモ|作業(?:用)?メモ|事務(?:局)?メモ|メモ[・/]?(?:内部用|職員用|要削除|削除)|(?:投稿|公開|掲載)(?:前|時)に?(?:要)?削除|要削除|削除(?:予定|すること|のこと)?)[)】\]〕>》](?=[^\n]{0,120}?(?:こと(?:[。！!\n]|$)|(?:外部|外|対外的|市民|報道|マスコミ)(?:に|へ)?(?:は)?[^。！？!?\n]{0,6}?(?:出さ|漏らさ|言わ|公表し|公開し|見せ)(?:ない|ず)|共有フォルダ|共有ドライブ|サーバー?|未定|調整中|調整が(?:つ|付)いて(?:い|お)?(?:ない|ません)|要確認|確認中|差し替え|削除|決裁|内部|庁内|課内|課長|係長))/gu
const PRESS_LINE = /(?:記者会見|会見|取材|報道対応|報道機関|マスコミ|記者)(?:では|で|には|に対して(?:は)?|の際(?:は|には)?|から(?:聞かれ|質問され)(?:て|た場合)?(?:も)?)[^。！？!?\n]{0,30}?(?:件|こと|点|話|問題)(?:について|は|には|に)?(?:は)?[^。！？!?\n]{0,8}?(?:触れない|触れず|言及しない|言及せず|言わない|話さない|答えない|出さない|伏せ(?:て|る)?|明かさない|コメントしない|回答しない|(?:回答|コメント|言及)を控え(?:る)?)[^。！？!?\n]{0,4}?(?:よう|こと|方針|で(?:ください|お願い|おいて)|とする)/gu
/**
 * Blind R131I-021: an instruction to staff on how to handle a matter off the record, posted: no record to be kept (口利きの件、記録は
 * 残さない方針で, メモは残さないように, 議事録には載せないでください), or the line to give at the counter or on the phone about a matter kept
 * inside (窓口対応の際は「検討中」とだけ伝えてください) with such an instruction or a councillor's or a superior's influence in the
 * paragraph. A system that keeps no data (入力内容の記録は残りません, 履歴は残さない仕組み) and advice to residents on a scam call
 * (「結構です」とだけ伝えて切ってください) are not this.
 */
const NO_RECORD_ORDER =
  /(?:記録|メモ|議事録|会議録|文書|書面|履歴|経過)(?:は|を|に|には|も)?(?:一切|いっさい)?(?:残さ|残しませ|載せ|書か|記載し|記録し)(?:ない|ず|んで|ないで)(?:方針|よう|ように|こと(?:に|で|と)|で(?:お願い|対応|ください|いきます|進め|統一)|ください|お願い)/gu
const COUNTER_LINE_TOLD =
  /(?:窓口|電話|問い合わせ|照会|来庁者|相手方|議員|業者|住民)(?:対応|応対)?(?:の際|では|には|で|に|から(?:聞かれ|問われ)(?:たら|ても|た場合)|(?:が|の電話が)(?:来|き|あ|入)(?:っ)?(?:ても|たら|た場合|たとき|た時)(?:は)?)[^。！？!?\n]{0,12}?[「『][^」』\n]{1,16}[」』](?:と)?(?:だけ|のみ)(?:お?伝え|答え|回答し|説明し|言っ|返し)(?:て|ておいて|とい|ておく)(?:ください|下さい|くれ|ね|お願い|もらえ)?/gu
/**
 * Blind R294I-007 kind (conf18): …or the fact to be withheld told in the instruction itself (原因が下水の越流らしいという話は出さないように、
 * と副市長から指示), or a superior's order behind the line (副市長から指示, 上司から言われ): the line to give, and what it hides, let out.
 */
const INFLUENCE_MATTER = /口利き|働きかけ|圧力|ねじ込|忖度|記録(?:は|を|に)?(?:一切)?残さ|表に出さ|内密|内々|上から(?:の)?(?:指示|話)|(?:という|との|って)(?:話|こと|点|情報|件)(?:は|も|について(?:は)?)[、,]?(?:絶対に|一切|まだ|外には|外部には)?[、,]?(?:出さ|言わ|話さ|漏らさ|触れ|明かさ|口外し)(?:ない|ず)|(?:市長|副市長|教育長|部長|課長|局長|上司|幹部|上層部)(?:さん)?(?:から|より)(?:の)?(?:指示|お達し|厳命|指令)|議員(?:さん)?経由|議員(?:さん)?(?:から|より)(?:の)?(?:要望|依頼|お願い|電話|話)/u
/**
 * Blind R131I-060: staff's chat pasted on the public account, told by its head (【課内チャット】, ［庁内チャット］, ■係LINE) or by its lines,
 * each a staff title and a colon (係長：この件、議会前だから…／担当：了解です…): two such lines in a row are colleagues talking. A heading of
 * the city's public channel (【市公式LINE】) and an interview's lines (市長：…／記者：…) are not this.
 */
const STAFF_CHAT =
  /[【\[［〔《■◆]\s?(?:課内|庁内|部内|係内|局内|所内|室内|職員|内部|幹部|課員|係員)(?:の|用|向け)?(?:チャット|LINE|ライン|Teams|Slack|グループ|メール|スレッド|メッセージ|やり取り|やりとり)[^】\]］〕》\n]{0,8}[】\]］〕》]?|(?:^|\n)\s?(?:係長|課長補佐|課長|部長|次長|主査|主任|主事|主幹|担当者?|室長|所長|班長|係員|課員)\s?[：:][^\n]{2,80}\n\s?(?:係長|課長補佐|課長|部長|次長|主査|主任|主事|主幹|担当者?|室長|所長|班長|係員|課員)\s?[：:]/gu
/** The paragraph gate's forms of the three (no g flag). */
const NO_RECORD_GATE = new RegExp(NO_RECORD_ORDER.source, 'u')
const COUNTER_LINE_GATE = new RegExp(COUNTER_LINE_TOLD.source, 'u')
const STAFF_CHAT_GATE = new RegExp(STAFF_CHAT.source, 'u')
/**
 * A message to colleagues posted on the public account: a document made for staff, attached or shared
 * (職員向けにまとめた「窓口苦情対応記録」を添付します), or an instruction to share it inside (課内で共有をお願いします;
 * 各自ご確認ください is said to residents too).
 */
const STAFF_DOC =
  /(?:職員|庁内|課内|部内|係内|課員|係員|内部)(?:向け|用)(?:に|の)?(?:まとめ|作成し|作っ|用意し)?た?[^。！？!?\n]{0,30}?(?:を|も)(?:画像で|写真で|PDFで|そのまま)?(?:添付|共有|掲載|アップ|載せ|貼)|(?:課内|係内|部内|庁内|所属内)(?:で|に)(?:の)?(?:共有|回覧|周知)(?:して|を(?:お願い|願い|して|徹底)|願います|ください|お願い)/gu
/**
 * Blind R172A-071: a manual or a handling rule made for staff or used inside a section, shared with readers (【職員向け】窓口応対マニュアル
 * （抜粋）; 税務課で使っている窓口応対マニュアルの一部をご紹介します; 庁内用の対応要領、載せておきます): how the city handles cases is kept
 * inside until it decides to publish it. A manual for residents (市民向けマニュアル), one revised or published on the website, a training on
 * it (職員向け研修で…), a refusal (お見せできません) and a leaflet or a guide a section hands residents are not this.
 */
const STAFF_MANUAL_SHARED =
  /(?:(?:職員|庁内|課内|係内|部内|内部)(?:向け|用)[】\])]?(?:の)?[\p{Script=Han}\p{Script=Katakana}ー]{0,10}?|(?:[\p{Script=Han}]{1,4}課|課|係|室|庁|窓口)(?:内)?で(?:実際に|いつも|普段|ふだん|現在|今も)?(?:使っ(?:ている|てる|とる)|使用し(?:ている|てる)|使われ(?:ている|てる))(?:の)?[\p{Script=Han}\p{Script=Katakana}ー]{0,10}?)(?:マニュアル|対応要領|応対要領|事務要領|事務処理要領|内規|想定問答集?)(?:の(?:一部|抜粋|中身|内容|ポイント))?(?:\(抜粋\)|[、,]?[^。！？!?\n]{0,30}?(?:ご紹介|紹介し|公開し|載せ|のせ|掲載し|共有し|アップし|お見せ|見せちゃ)(?:ます|ちゃ|とき|ておき|てお|しま|ます))(?!(?:る|す)?こと(?:は|が)?でき|でき|られ(?:ませ|な)|ません|ない|ず|ぬ)/gu
/**
 * Blind R208D-045 (cu12): a passage of a manual or a handling rule made for staff quoted to readers (職員向けマニュアルに、こんな一節があり
 * ます。「…」; 窓口用の内規には「…」と書かれています): how the city handles cases, kept inside, handed out line by line. A manual for residents
 * (市民向けの手引き), one published or revised on the website (MANUAL_PUBLIC) and one named with no passage are not this.
 */
const STAFF_MANUAL_QUOTED =
  /(?:職員|庁内|課内|係内|部内|内部|窓口)(?:向け|用)(?:の)?[\p{Script=Han}\p{Script=Katakana}ー]{0,10}?(?:マニュアル|対応要領|応対要領|事務要領|事務処理要領|内規|想定問答集?|手引き?)(?:に|には|の中に|の中には|では)[、,]?(?:(?:こんな|こういう|次の(?:ような)?|以下の(?:ような)?)(?:一節|一文|記載|記述|文言|くだり|項目|ルール|決まり|言葉|ことば|条文)(?:が|も)?(?:あり|ある|載って|のって|書かれ|書いて)|[「『][^「」『』\n]{4,80}[」』](?:と|って)(?:あり|ある|書かれ|書いて|記載さ|明記さ))/gu
const MANUAL_PUBLIC = /ホームページ|市HP|公表して|公開して(?:い|お)|情報公開|開示|研修|改訂|改定|作成しました|作りました|市民向け|住民向け/u
/**
 * A paper made for those who judge or run a selection or for staff only (面接官用の評価シート, 審査員用の採点基準, 試験官用マニュアル,
 * 委員用の資料), shown or told (特別にちょっとだけ見せちゃいます, こっそり公開, 中身をご紹介): how a selection is judged is kept inside.
 * A paper named for its use (面接官用の評価シートに沿って採点します), one said not to be shown (お見せできません) and a car park for judges
 * (審査員用の駐車場) are not this. Blind R172A-056: cited as the source of an excerpt (（面接官用の評価シートより抜粋）, 審査員用の採点基準
 * から引用すると): the lines above or after are its content.
 */
const JUDGES_PAPER =
  /(?:(?:面接官|面接員|試験官|採点者|採点官|審査員|審査委員|選考委員|評価者|評定者|委員|職員|庁内|内部)(?:用|向け|専用)|(?:面接官|面接員|試験官|採点者|採点官|審査員|審査委員|選考委員|評価者|評定者)(?:が|の)(?:使う|使っている|使ってる|使っとる|使用する|使用している|見る|見ている|持つ|持っている|手元にある|手元の|付ける|つける))(?:の)?[^。！？!?\n]{0,8}?(?:評価シート|評価表|評定表|採点表|採点基準|評価基準|審査基準|質問(?:集|リスト|項目|例)|マニュアル|資料|シート|チェックリスト|メモ|想定問答|模範解答)[、,]?[^。！？!?\n]{0,20}?(?:お見せ|見せ|チラ見せ|(?<![非未])公開|教え|お伝え|ご紹介|紹介|載せ|アップ|共有|晒|さらし|ネタバレ|抜粋|引用|転載)(?!(?:る|す)?こと(?:は|が)?でき|でき|られ(?:ませ|な)|ません|ない|ず|ぬ)/gu
/**
 * A paper of a selection or a record marked non-public in brackets, then its content told in the same sentence (面接官が使う評価
 * シート（非公開）の項目をちょっとだけ教えちゃいます, 質問リスト（内部用）から、よく出る質問をご紹介します): the mark says it is kept
 * inside, the telling hands it out. A roster kept (名簿（非公開）は事務局で管理します), a sheet said not to be shown and a disclosure
 * request are not this.
 */
const MARKED_PAPER_TOLD =
  /(?:評価シート|評価表|評定表|採点表|採点基準|評価基準|審査基準|選考基準|配点表|質問(?:集|リスト|項目|例)|想定問答|模範解答|マニュアル|チェックリスト|名簿|リスト|一覧表|集計表|点数表|調書|シート)\((?:非公開|内部用?|庁内用?|職員用|取扱注意|取り扱い注意|部外秘|外部秘|秘|関係者限り|職員限り)\)(?:の)?[^。！？!?\n]{0,24}?(?:お見せ|見せ|チラ見せ|(?<![非未報])公開|教え|お伝え|伝え|ご紹介|紹介|載せ|アップ|共有|晒|さらし|ネタバレ)(?!(?:る|す)?こと(?:は|が)?でき|でき|られ(?:ませ|な)|ません|ない|ず|ぬ)/gu
/**
 * Blind R58A: a paper the city judges a selection with, said to be the one actually used inside, handed out (人事課内で実際に使っている
 * 面接評価シート（評価項目と配点）を写真で載せておきます, 庁内で使っている昇任試験の採点表、アップしとくね, 総務課で普段使っとる評価シート、
 * こっそり見せちゃいます): how a selection is judged is kept inside. The paper is one of judging (評価, 採点, 配点, 基準), not a form or a
 * checklist a section uses with residents; one said not to be shown, published or disclosed on request is not this.
 */
const USED_INSIDE_PAPER =
  /(?:(?:(?:[\p{Script=Han}]{1,4}課|課|部|係|室|局|庁)内?|内部|庁内)で(?:実際に|いつも|普段|ふだん|現在|今も|今でも)?|実際に)(?:使っ(?:ている|てる|とる|ちょる|た)|使用し(?:ている|てる|た)|使われ(?:ている|てる|た))(?:の)?[^。！？!?\n]{0,10}?(?:評価シート|評価表|評定表|評価票|採点表|採点票|採点基準|評価基準|審査基準|選考基準|配点表|評価項目|採点シート)[、,]?[^。！？!?\n]{0,20}?(?:お見せ|見せ|チラ見せ|(?<![非未報])公開|教え|お伝え|ご紹介|紹介|載せ|のせ|アップ|共有|晒|さらし|ネタバレ)(?!(?:る|す)?こと(?:は|が)?でき|でき|られ(?:ませ|な)|ません|ない|ず|ぬ)/gu
/**
 * Blind R58A: a paper of a selection or an internal meeting, or a list of each applicant's scores, shown in a photo or on a screen
 * (スクリーンに映っているのは、先週の選考会議で使った各園の内定者数と、申請者ごとの指数の一覧です; 審査会で配られた採点表を写真で
 * 載せます; 写っているのは受験者ごとの点数表です): what a selection weighed is kept inside. Either order: the showing first (映っているのは,
 * 写っているのが) and the paper after, or the paper first and the showing after. A public meeting's papers published, a briefing's
 * slides, a tally of all and a notice that each applicant's score is sent are not this.
 */
const CLOSED_MEETING_NAME =
  '(?:(?:選考|審査|採点|選定|採用|人事|入札|昇任|判定|入所|入園|庁内|課内|部内|係内|幹部|内部|部課長|部長|課長|係長)(?:会議|委員会|審査会|ミーティング|打ち?合わ?せ|会)|庁議)'
const CLOSED_PAPER = '(?:一覧表|一覧|リスト|名簿|資料|集計表|点数表|評価表|採点表|データ|シート|スライド|メモ|指数|点数|順位|内定者数)'
const CLOSED_MEETING_PAPER = `${CLOSED_MEETING_NAME}で(?:使っ|使用し|配られ|配布され|配付され|回覧され|出され|検討し|審議し|確認し)(?:た|ている|てる|とる)(?:もの)?[^。！？!?\\n]{0,30}?${CLOSED_PAPER}`
// Blind R157I-067: each bidder's scoring sheet (各社の採点表, 各事業者の評価シート) is such a list.
const APPLICANT_SCORES = '(?:(?:申請者|応募者|受験者|志願者|入札者|候補者|申込者|希望者)(?:ごと|別|毎|それぞれ)の[^。！？!?\\n]{0,10}?(?:指数|点数|得点|評価|順位|スコア|判定)(?:の)?(?:一覧表?|リスト|表)?' +
  '|各(?:社|者|事業者|業者|提案者|応募者|申請者|受験者|候補者|団体)(?:ごと)?の[^。！？!?\\n]{0,6}?(?:採点表|評価表|点数表|得点表|評価シート|採点シート|採点結果|評価結果|審査結果表))'
const PAPER_SHOWN_IN_PHOTO = new RegExp(
  `(?:(?:(?:映っ|写っ|映し出され|映し|写し|見え)(?:て(?:いる|る|ます)?|とる|ちょる)|(?:写り込|映り込)(?:んで(?:いる|る|ます)?|んどる))(?:の|もの|と)|(?:(?:添付の|掲載の|こちらの)?(?:写真|画像)))(?:は|が)[、,]?[^。！？!?\\n]{0,40}?(?:${CLOSED_MEETING_PAPER}|${APPLICANT_SCORES})` +
    `|(?:${CLOSED_MEETING_PAPER}|${APPLICANT_SCORES})[^。！？!?\\n]{0,8}?(?:を|が|も)?[^。！？!?\\n]{0,8}?(?:写真|画像|スクリーン|モニター|映って|写って|映し|写し|載せ|のせ|お見せ|見せ|チラ見せ|(?<![非未報])公開|アップ|ご紹介)(?!(?:る|す)?こと(?:は|が)?でき|でき|られ(?:ませ|な)|ません|ない|ず|ぬ)` +
    // Round 129 (blind R129I-089): a paper marked not yet public, in brackets or before it (予算要求一覧（まだ非公表）が写ってる, 未公表の
    // 集計表がモニターに映っています), said to be in the picture: a photo of the office hands it out. One said not to show is not this.
    `|(?:${CLOSED_PAPER}\\((?:まだ)?(?:非公表|未公表|非公開|未公開|未発表|公表前|発表前|内部用?|庁内用?|部外秘|取扱注意)\\)|(?:まだ)?(?:非公表|未公表|非公開|未公開|未発表|公表前|発表前)(?:の)?[^。！？!?\\n、]{0,12}?${CLOSED_PAPER})(?:が|も|は)?[^。！？!?\\n]{0,12}?(?:写っ|映っ|写り込|映り込|見えて|見えちゃ|見えとる)(?!て(?:い)?(?:ない|ません)|てな|ていな|ちゃ(?:いけ|だめ|ダメ))`,
  'gu',
)
/** A paper that holds how a selection is judged. */
const CRITERIA_PAPER = '(?:採点表|採点票|採点基準|評価表|評価票|評価シート|評定表|評定票|評価基準|審査基準|選考基準|採用基準|合否基準|合格基準|判定基準|配点表|配点基準|評価項目表)'
/**
 * Judging criteria kept inside, cited as the basis and then their content told (課内で使っている非公開の採点表にもとづき、面接60点未満の方は
 * 不採用としております; 内部の選考基準では、面接の配点が一番高くなっています; 評価表（非公開）に沿って、7割に届かない方は…): a cut-off,
 * a weighting or a pass mark of a selection, which the city keeps inside. The paper said to be inside is the qualifier right before it
 * (非公開の, 内部の, 課内で使っている) or a bracket after it; a paper only named as the basis (非公開の採点表に基づき厳正に審査します) tells nothing.
 * Blind R290P-011 kind (conf17): the scoring sheet of an exam or interview passed on as insider advice (ここだけのアドバイスですが、
 * 面接の評定票でいちばん配点が大きいのは…): the covert framing, then the exam's sheet and its weighting told.
 */
const CLOSED_CRITERIA = new RegExp(
  `(?:(?:ここだけ|内緒|ないしょ|ナイショ|こっそり|オフレコ|裏情報)[^。！？!?\\n]{0,24}?(?:面接|試験|選考|審査|入札|採用)(?:の|で)?|(?:非公開|未公開|非公表|部外秘|外部秘|内部|庁内|課内|部内|係内|内輪|内規)(?:の|な)?|(?:課内|庁内|部内|係内|内部|職員の間|内々)で[^。、！？!?\\n]{0,14}?|(?:面接官|試験官|審査員|審査委員|選考委員|採点者|評価者)(?:用の?|向けの?|専用の?|が使う|が使っている|の手元の))` +
    `[\\p{Script=Han}]{0,4}?${CRITERIA_PAPER}(?:\\((?:非公開|内部用?|庁内用?|職員用|部外秘|取扱注意|秘)\\))?|${CRITERIA_PAPER}\\((?:非公開|内部用?|庁内用?|職員用|部外秘|取扱注意|秘)\\)`,
  'gu',
)
/** …cited as the basis (にもとづき, に沿って, では, によると). */
const CRITERIA_BASIS = /^(?:で(?=(?:は)?(?:最も|一番|いちばん|配点|比重))|に(?:もとづ|基づ)(?:き|いて|く)|に(?:沿って|沿い|従って|従い|したがって|したがい|照らして|照らし|則って|則り|のっとって|のっとり|よって|より)|では|で(?:は)?[、,]|によると|によれば|を見ると|を見たら|上は|だと|やと|やったら|じゃと)/u
/** …and its content told: a cut-off score or ratio (60点未満の方は不採用, 7割に届かない), a weighting (配点が一番高い). */
const CRITERIA_CONTENT =
  /[0-9０-９〇一二三四五六七八九十百]+(?:点|割|%|％|パーセント)(?:未満|以下|以上|超|に満たな|に届かな|を下回|を上回|を切|が(?:合格|ボーダー|足切り|基準|ライン|合否)|で(?:合格|不合格|不採用|足切り))|(?:配点|比重|ウエイト|ウェイト)(?:は|が)[^。！？!?\n]{0,12}?(?:高|大き|低|[0-9０-９]|一番|最も)|(?:最も|一番|いちばん)(?:重視|配点が高)|足切り(?:ライン|点)?(?:は|が)|(?:合格|採用)(?:ライン|点)(?:は|が)/u
/**
 * Blind R290P-007 kind (conf17): a selection still under way (プロポーザルは最終の3社まで絞り込みました, 審査中, 結果発表まで) and one named
 * candidate told as the front-runner (「…」さんの提案が…一番よくて、本命かな; …社が最有力): the interim standing of a choice the city has not
 * made. The candidate is named by its quotes or its suffix (社, さん, 案); the result published (審査結果を公表しました) is not this.
 */
const SELECTION_UNDERWAY = /(?:プロポーザル|コンペ|選定|選考|審査)[^。！？!?\n]{0,24}?(?:絞り込|絞っ|中です|中で|中(?:の|につき)|最終(?:段階|審査|選考)|の途中|これから)|(?:選定|選考|審査)中|(?:結果|審査結果|選定結果|選考結果)?(?:の)?(?:発表|公表|決定)(?:まで|は)[^。！？!?\n]{0,8}?(?:お待ち|もう少し|いましばらく|今しばらく|少々|来月|来週|後日|先)/u
/**
 * Review of afb4b410 (rvconf): a public vote's interim standing is published on purpose (一般投票…「…」さんの作品が一番人気, 中間集計では…
 * トップ). A closed procurement or jury (プロポーザル, 委託, 審査員ウケ, 本命) is still the front-runner kind.
 */
const PUBLIC_VOTE = /一般投票|人気投票|ファン投票|市民投票|来場者投票|(?:ウェブ|Web|WEB|オンライン|ネット)投票|投票(?:受付|期間|数|結果)|得票|中間(?:集計|発表|結果|報告)|途中経過を(?:発表|公開|お知らせ)|いいね(?:数|の数)/u
const CLOSED_SELECTION = /プロポーザル|委託|入札|指定管理|審査員(?:ウケ|受け|の(?:評価|評判|間))|本命|選定委員|評価点|内緒|ここだけ/u
const SELECTION_FRONT_RUNNER = /(?:[」』]|社|さん|案)(?:さん)?(?:の(?:提案|作品|案|企画|プラン))?(?:が|は|も)[、,]?[^。！？!?\n]{0,16}?(?:本命|最有力|有力(?:候補|視)?|一番(?:よ|良|高|人気|評価)|いちばん(?:よ|良|高|人気|評価)|トップ|一歩リード|リードして|頭ひとつ|頭一つ|優勢|抜けて)/gu
/**
 * Blind R286A-006 / R286A-008 kinds (conf17): an internal working record named as the source (センターの引き継ぎメモより：, 申し送りによると,
 * 課でまとめている苦情記録を見ると), then a specific case told from it: a household, an owner or the person concerned, a guidance still going on
 * (…世帯で、現在も指導継続中; 特定のお宅に…苦情が集中). A count with no household (苦情の件数は前年より減りました) is not this.
 */
const INTERNAL_RECORD_CITED =
  /(?:引き?継ぎ(?:メモ|書|ノート|簿|資料|事項)|引継(?:メモ|書|簿|事項)|申し?送り(?:メモ|書|簿|ノート|事項)?|内部メモ|(?:苦情|相談|通報|指導|対応|ケース|訪問)(?:対応)?(?:の)?(?:記録|記録簿|台帳|受付簿|履歴))(?:より(?=[:：\s、,])|によると|によれば|によりますと|では|を見ると|を見たら|を見ますと|を読むと|ば見ると|ば見たら|には)[:：\s、,]*/gu
/** Where the paragraph can hold one (the gate's test). */
const INTERNAL_RECORD_WORDS = /引き?継|申し?送り|内部メモ|記録|台帳|受付簿|履歴/u
/**
 * Review of afb4b410 (rvconf): what picks out one case rather than a class (特定のお宅, あのお宅, …さん宅, 本人には, 指導継続中). A class of
 * people (犬の飼い主, 世帯, 利用者) given with a share, count or trend (全体の4割, 件数, 多く, 増え) is an aggregate read from the register.
 */
const RECORD_CASE_SPECIFIC = /特定の(?:お宅|家|世帯|家庭|方|住宅|飼い主)|(?:その|あの|この)(?:お宅|家|世帯|家庭)|(?:ご)?本人(?:に|には|は|が)|[\p{Script=Han}\p{Script=Katakana}]{1,6}さん(?:宅|の(?:お宅|家))|指導(?:を)?(?:継続|中|が続|を続)/u
const RECORD_AGGREGATE = /[0-9０-９一二三四五六七八九十]+(?:割|件|%|％|パーセント|倍)|割合|全体の|大半|半数|多く|多数|ほとんど|増え|増加|減っ|減り|減少|傾向|最多|目立/u
const RECORD_CASE_TOLD = /特定の(?:お宅|家|世帯|家庭|方|住宅|飼い主)|(?:その|あの|この)(?:お宅|家|世帯|家庭)|(?<![0-9０-９一二三四五六七八九十百千数各全])世帯(?:で|が|は|の|に)|飼い主|(?:ご)?本人(?:に|には|は|が)|[\p{Script=Han}\p{Script=Katakana}]{1,6}さん(?:宅|の(?:お宅|家))|指導(?:を)?(?:継続|中|が続|を続)/u
/** A selection's scores or ranking glimpsed and told (委託先選定、候補3社の評価点がちらっと見えちゃってる): a decision still being made. */
const SELECTION_SCORES = /(?:選定|選考|審査|入札|プロポーザル|委託先|指定管理|採用)[^。！？!?\n]{0,16}?(?:評価点|採点|点数|得点|順位|ランキング|評価結果|審査結果|落札予定)[^。！？!?\n]{0,16}?(?:見え(?:ちゃ|て|た)|写って|写り込|ちらっと|こっそり|内緒|ナイショ|ここだけ|漏れ)/gu
/** What follows a held-back or unpublished matter when nothing is told after all: a notice (ご了承ください, 詳細は後日). */
const NOTICE_AFTER = /^[、,\s]*(?:ご了承|ご理解|ご容赦|悪しからず|あしからず|お問い合わせ|後日|改めて|結果は|決まり次第|詳細は|詳しくは|概要は|公表|発表)/u
/** Said to be unpublished, then told (まだ未公表なのですが、…減ることになりそうです): the telling is the leak. */
const UNPUBLISHED_BUT = /(?:まだ)?(?:未公表|未発表|非公表|公表前|発表前)(?:なの|なん|の段階|の話)?(?:です|だ|でございます)?(?:が|けど|けれど|けども)[、,]?/gu
/** A closed record or session said to hold back the details, then told anyway (議事録は非公開扱いなので細かくは書けませんが、…). */
const HELD_BACK = /(?:議事録|会議録|会議|会合|協議|審議|委員会|連絡会|懇談会|打ち?合わ?せ|人事|異動|後任|選考|審査)(?:は|の内容は|の中身は)?[^。！？!?\n]{0,6}?(?:非公開|内部|オフレコ|内密|未発表|未公表|発表前|公表前)(?:扱い|の扱い|の会議)?(?:なので|のため|ですので|だから|やけん|ということで)[、,]?[^。！？!?\n]{0,10}?(?:書け|言え|お伝えでき|申し上げられ|話せ)(?:ません|ない|ん)(?:が|けど|けれど|けども)/gu
/** An internal notice of the city cited with its content: 建設部長通知（柳建第1187号）に基づき. */
const INTERNAL_NOTICE = /(?<![省庁国県府])(?:(?:部長|課長|局長|次長|室長|所長|副市長)通知|庁内通知|内部通知|依命通知|依命通達|庁内通達|内部通達)(?:\([^)\n]{1,16}\))?(?:に基づき|に基づいて|により|によると|によれば|では|を受け|の内容)/gu
/**
 * An internal report or tally cited as the source, whatever kind of paper (庁内の報告書だと, 庁内の速報ベースで, 内部の集計では,
 * （財政課の査定資料より）, 庁内の検討資料では, 課内の打合せメモによれば), or a tally giving a figure (課内集計で1,284件). Blind R184I-005: the
 * figure worked out inside named as such (課内で試算した数字では年間およそ1億2千万円, 内部で計算した額は…); the city's own estimate for residents
 * (市で試算したところ) names no inside and stays clean.
 */
const INTERNAL_SOURCE = /(?:(?:庁内|内部|課内|部内|本部内|職員)(?:用|向け)|庁内|内部|課内|部内|本部内|内輪|非公開|未公表|非公表|(?:財政|人事|総務|企画|秘書)(?:課|部))(?:の|で)?(?:打ち?合わ?せ|[\p{Script=Han}]{0,3}|(?<=内で|内に)(?:回っ|まわっ|出回っ|回覧され|配られ|配布され|配付され|共有され)(?:ている|てる|とる|ちょる|てきた|ていた|た))(?:報告書|報告|資料|記録|集計|速報|試算|データ|メモ|文書|数字|一覧)(?:表)?(?:だと|やと|では|によると|によれば|によりますと|によりますれば|(?:に|にも)(?:ある|あった|あります|ありました|書いてある|書いてあった|書いてあります|書かれている|書かれていた|書かれとる|書いとる|載っている|載っていた|載っとる|記載の|記載された|記載されている|記載されていた)(?:とおり|通り|ように)|の(?:とおり|通り)(?=[、,]|[^。！？!?\n]{0,4}?[「『])|を見ると|を見たら|を見ますと|を見ましたら|を拝見すると|を拝見しますと|ば見ると|ば見たら|ば見よったら|ベースで|ベースだと|ベースでは|上は|より(?=[)）。、\s]|$)|(?<=集計|速報|試算|推計)で[、,]?(?=(?:約|およそ|概ね|ざっと)?[0-9０-９]))|(?:庁内|内部|課内|部内|係内|本部内|内輪)(?:で|の方で)[、,]?(?:独自に|ざっと|内々に|こっそり|試しに|仮に)?(?:試算|計算|積算|見積もり|見積り|集計|シミュレーション|推計)(?:して|し)(?:みた|た)(?:ところ|ら|結果|感じ(?:では|だと)?|限りでは|(?:数字|数値|金額|額|値|データ)(?:では|だと|やと|によると|によれば|は|で[、,]))|(?:庁内|内部|課内|部内|係内|本部内|内輪)(?:で|の方で)[、,]?(?:まだ)?(?:集計中|精査中|取りまとめ中|とりまとめ中|試算中|推計中|確認中|集計している途中|まとめている途中|集計しとる途中)の(?:数字|数値|データ|速報値?|集計|件数|段階|結果)(?:です|でございます|なん(?:です)?|だ|や)?(?:が|けど|けれど|けども|ばってん)(?=[^。！？!?\n]{0,60}?[0-9０-９〇一二三四五六七八九十百千]+(?:人|件|世帯|円|万|億|%|％|割|票|名|倍|台|か所|箇所|校|店|社|頭|トン))/gu
/**
 * Blind R80A-031: a matter said to be still at an internal stage of the section (まだ課内の集計段階の話ですが, 庁内で検討中の段階なんですけど,
 * 内部の取りまとめ段階やけど, 部内で選定中のリストですが), then told in the same sentence with a count or parties (…の3社については、来月の
 * 審議会で事業者名を公表する資料を準備しています): what is still being worked out inside is told before the city releases it. The stage is
 * said as a noun (段階, の話, の数字, のリスト); a bare 集計中です (a tally announced as in progress) and a stage with nothing counted
 * told (検討段階ですが、決まり次第お知らせします) are not this; nor is a result the paragraph says was published.
 * Blind R188A-037: the stage said as the matter kept to the section (まだ課の中だけで扱っている段階なのですが、…空き家は2,317戸で; 課内だけで
 * 共有している段階ですが), its release still to come (公表する予定): the figures told are the section's before the city releases them.
 */
/**
 * Blind R186D-066: a figure heard from the section or the member of staff in charge, named as a figure (滞納整理の担当から聞いた1月末の数字では、
 * 市税の滞納額は約3億1千万円; 税務課の方から教えてもらった件数だと…), then given in that sentence: an internal figure passed on by word of
 * mouth before the city releases it. Talk heard with no figure named (担当課から聞いた話では、来月から受付が始まる), a figure the sentence says
 * was published and a refusal are not this.
 */
const FIGURE_HEARD_INSIDE =
  /(?:[\p{Script=Han}]{1,8}の?)?(?:担当(?:課|係|者|部署)?|(?<=[\p{Script=Han}])(?:課|係|室)|部署)(?:の(?:方|人|職員|同僚|係長|課長|人たち))?(?:から|に)(?:こっそり|ちらっと|直接|さっき|先ほど)?(?:聞いた|聞いとる|聞いている|聞いてる|聞きました|教えてもらった|教えてもろた|教わった|伺った)[^。！？!?\n、,]{0,10}?(?:数字|数値|データ|集計|金額|件数)(?:では|だと|やと|によると|によれば|で(?:は)?[、,]|は)/gu
/**
 * Blind R82A-003: a working paper of the writer's section or boss peeked at (課の集計表をのぞいたら, 係長の机の上の名簿をチラッと見たら,
 * 隣の係の選考表ばこっそり見たら, 担当課の集計データをのぞき見したら), then a figure or result from it in the rest of the sentence (調整指数112点
 * 以上の人しか通ってなかった): what staff saw of an internal tally, told before anyone is notified. A paper of a library or a published page
 * (図書館の郷土資料をのぞいたら, 市ホームページの一覧をのぞいてみたら), a look with nothing told and a plain 集計では stay clean.
 */
const PEEK_OWNER = '(?:課内|係内|部内|庁内|所内|担当課|担当係|担当者|担当|上司|課長|係長|部長|室長|所長|次長|隣の(?:課|係|席|人)|うちの(?:課|係)|[\\p{Script=Han}]{0,6}(?:(?<![日放学])課|(?<![関連])係))'
const PEEK_PAPER = '(?:机の上の|机の|デスクの|パソコンの|PCの|画面の|共有フォルダの|フォルダの)?[\\p{Script=Han}\\p{Script=Katakana}ー]{0,6}?(?:画面|集計表|集計結果|集計|一覧表|一覧|名簿|リスト|台帳|資料|データ|点数表|採点表|評価表|選考表|順位表|結果表|調整表|判定表|シート|ファイル|書類|メモ)'
const PEEK_LOOK = '(?:こっそり|ちょっと|ちらっと|チラッと)?(?:(?:のぞ|覗)(?:いてみ|い)た(?:ら|ところ|とこ(?:ろ)?|ん(?:です|だ|や)?(?:けど|が)|っちゃけど|ばってん|けど)|(?:のぞ|覗)くと|(?:のぞき|覗き|盗み)見(?:し)?た(?:ら|ところ)|(?:チラ|ちら)見(?:し)?たら|(?:チラッ|ちらっ|チラリ|ちらり)と見(?:てみ)?たら|こっそり見(?:てみ)?たら)'
const PEEKED_PAPER = new RegExp(`${PEEK_OWNER}(?:の|で)${PEEK_PAPER}(?:を|ば)?${PEEK_LOOK}`, 'gu')
/** What the peek told: a figure, a cut-off, who got in or was chosen. */
const PEEK_TOLD = /[0-9０-９一二三四五六七八九十百千]+(?:点|人|名|件|世帯|倍|%|％|割|位|円|万|億|票|社|団体)|ボーダー|合格ライン|(?:不)?合格|内定|落選|当選|(?:不)?採択|通って|通った|通らな|通れ|入れ(?:ん|な)|落ち|決ま|決定|順位|トップ|最下位|名前が(?:あ|載)/u
const INTERNAL_STAGE_UNIT = '(?:人|件|世帯|戸|軒|円|万|億|%|％|割|票|名|倍|台|か所|箇所|校|園|館|施設|地区|路線|店|社|者|団体|事業者|業者|頭|トン)'
const INTERNAL_STAGE = new RegExp(
  `(?:庁内|内部|課内|部内|係内|局内|本部内|内輪|(?:課|係|部|庁|局|役所)の中)(?:だけ)?(?:で|の方で|の)[、,]?(?:まだ)?(?:(?:集計|精査|取りまとめ|とりまとめ|取り纏め|まとめ|試算|推計|検討|調整|選定|絞り込み|洗い出し|リストアップ|整理|審査)(?:(?:中|途中)の(?:数字|数値|データ|速報値?|集計|件数|段階|結果|話|もの|内容|情報|リスト|名簿|一覧)|段階(?:の(?:話|数字|数値|データ|もの|内容|情報|リスト|名簿|一覧))?)|(?:扱って|持って|共有して|とどめて|留めて|止めて)(?:いる|る|おる|おります|います)?段階(?:の(?:話|数字|数値|データ|もの|内容|情報|リスト|名簿|一覧))?)(?:です|でございます|なん(?:です)?|なの(?:です|だ|でございます)?|だ|や|で(?:は)?(?:あります|ある))?(?:が|けど|けれど|けども|ばってん)(?=[、,]?[^。！？!?\\n]{0,80}?[0-9０-９〇一二三四五六七八九十百千]+${INTERNAL_STAGE_UNIT})`,
  'gu',
)
/**
 * Blind R283Q-005 kind (conf16): what the writer tells said to be still at the stage of an internal paper (庁内の打合せメモ段階の情報ですが,
 * 内部資料の段階なんですけど, 課内の会議資料段階の話ですが), then a decision given in the same sentence (…は来年度末で有料化する整理と
 * なっております, …に移転する方針です, …に決まりました): a meeting's note or an internal paper told before the city decides and releases
 * it. A stage with only a notice to wait (決まり次第お知らせします) tells nothing; a minutes published (会議録を公開しました) has no stage.
 */
const INTERNAL_PAPER_STAGE =
  /(?:庁内|内部|課内|部内|係内|局内)(?:の|で)?(?:打ち?合わ?せ|会議|協議|検討)?(?:メモ|資料|文書|記録)(?:の)?段階(?:の(?:話|情報|内容|もの))?(?:です|でございます|なん(?:です)?|なの(?:です|だ)?|だ|や)?(?:が|けど|けれど|けども|ばってん)(?=[、,]?[^。！？!?\n]{0,80}?(?:(?:する|とする|になる|となる|される)(?:整理|方針|方向|予定|見込み|こと(?:に|と)な)|決ま(?!り次第|りましたら|った(?:ら|際|時|とき))|決定(?!次第|し次第|しましたら)|確定し))/gu
/** The paragraph says the matter was published already (公表しました, 公表しています), not that it will be (公表します, 公表する予定). */
const STAGE_PUBLISHED = /(?:公表|発表|公開|掲載)(?:いたしました|しました|済み|済|して(?:い|お)(?:ます|り))|ホームページ(?:で|に)[^。！？!?\n]{0,12}?(?:ご覧|掲載して|公開して)/u
/**
 * Blind R161A-021: a figure labelled by the writer as an internal preliminary value in running text, the label said as a reason, a
 * concession or the source (…来場1,842人でした（課内の速報値なので、正式な数字はあとで出ます）; まだ庁内の暫定値ですが、過去最多です;
 * 内部の速報値によると…): the count is the section's own, before the city releases it (in a bracket of its own, （内部の速報値）, the
 * marker token does it). With a figure in that sentence or the one before. A preliminary value with no internal owner (速報値です, 県の
 * 速報値によると), a tally announced as in progress with no figure, a refusal and a figure the paragraph says was published stay clean.
 * Blind R194A-033: the preliminary said to go round inside, a clause between (課内で回している速報の段階ですが、…満足度は58%; 庁内で共有
 * している暫定値ですが): the same section's own figure; a preliminary named with no inside (速報の段階ですが) is not this.
 * Blind R244U-010 kind: the stage said first, then the section's own figure (まだ集計途中の課内の数字なんですけど、…2割ちょっと少なそう;
 * 速報段階の庁内の数値ですが): the same internal preliminary, the word order turned round. A tally said to be under way with no inside
 * owner (集計途中の数字です) is not this.
 */
const INTERNAL_PRELIM =
  /(?:(?:まだ)?(?:集計途中|集計中|途中集計|仮集計|暫定集計|速報段階|速報の段階)の(?:(?:庁|課|部|局|係)内|内部)の(?:数字|数値|データ|集計|件数|人数|値)|(?:(?:庁|課|部|局|係)内|内部)(?:の|で(?:の)?|で(?:回し|回覧し|共有し|使っ|回っ|出し)(?:て(?:いる|る|おる|おります|います)|とる|ちょる)|だけで(?:回っ|共有し)(?:て(?:いる|る))?)?(?:まだ)?(?:速報(?:の)?段階|速報値|暫定値|試算値|推計値|見込み値|仮集計|途中集計|集計途中|速報ベース|暫定集計|仮の数字|速報の数字|暫定の数字))(?:なので|ですので|のため|につき|なんですが|なんですけど|なんだけど|なんやけど|ですが|ですけど|だけど|やけど|ばってん|によると|によれば|によりますと|では|で[、,]|です|でした|だ[。、,]|[。)]|$)/gu
const PRELIM_FIGURE = /[0-9０-９〇一二三四五六七八九十百千]+(?:人|件|世帯|円|万|億|%|％|割|票|名|倍|台|か所|箇所|校|社|団体|トン|頭|本|回|日)|過去最[多高低少]|前年(?:比|より|を)/u
const PRELIM_HELD = /(?:公表|公開|お答え|お伝え|お知らせ|掲載)(?:は|を)?(?:でき|いたし|し)(?:ません|かねます|ておりません|ていません)|控え/u

/**
 * Blind R107A-139: an internal tally cited with its figures while the paragraph says its release is still to come (パブリックコメント…
 * 庁内の集計では、反対意見が7割を超えていて…結果の公表は来月の予定です; 内部の集計で賛成が6割…まだ公表前; 課内の速報では…500人…発表は
 * 来週): the count is told before the city releases it. Naming the public comment or survey (パブリックコメント, 意見を募集) does not
 * publish its tally. A tally announced as in progress with no figure, a result the paragraph says was published and a tally named with no
 * internal owner are not this.
 */
const INTERNAL_TALLY_AHEAD =
  /(?:(?:庁内|内部|課内|部内|係内|局内|担当課内?|担当(?:者|係|部署)?|事務局内)(?:の|で(?:の)?)(?:[\p{Script=Han}]{1,4}の)?(?:集計|速報|試算|推計|取りまとめ|とりまとめ|まとめ|分析|カウント|暫定集計)(?:結果)?|(?:集計|速報値?|暫定値)(?:では|で(?:は)?)[、,]?(?:庁内|内部|課内|部内)(?:で|の)|(?:担当(?:者|係|課|部署)?|係|課内|事務局)(?:が|の方?で)(?:出した|出してきた|出してくれた|まとめた|はじいた|弾いた|集計した|出しとる|出している)(?:速報値?|暫定値?|数字|数値|集計(?:結果)?|試算))(?:では|で(?:は)?|だと|やと|によると|によれば|によりますと|を見ると|を見たら|ば見たら|上は|やけど|ですが|だけど)?[、,]?/gu
/**
 * Blind R304W-018 kind (conf21): the preliminary said to be what the staff in charge produced (担当が出した速報値だと…58億円を超えて; 係で
 * まとめた暫定値では), with the figure, while the formal release is still to come (正式な発表は来月の記者会見): the same internal tally ahead of
 * its release. A preliminary the city itself releases (速報値を公表しました) and a tally said to be in progress with no figure stay clean.
 */
/**
 * Review of conf21 (rvconf55): the city putting out its own preliminary as such, the confirmed figure to follow (担当課がまとめた速報値に
 * よると…約12万人でした。確定値は来月公表します) is a release, not a leak; the leak form hides it (心の中で, まだ内緒, 🤫, 正式な発表…までは).
 */
const TALLY_PRODUCED = /(?:出した|出してきた|出してくれた|まとめた|はじいた|弾いた|集計した|出しとる|出している)(?:速報|暫定|数字|数値|集計|試算)/u
const PRELIM_AS_RELEASE = /確定(?:値|した(?:数字|数値|値)|の(?:数字|数値|値))(?:は|を|について(?:は)?)|速報値(?:として|を)(?:公表|お知らせ|発表)/u
const TALLY_HIDDEN = /心の中|内緒|ナイショ|ないしょ|ここだけ|🤫|こっそり|フライング|まだ言え|(?:正式|公式)な?(?:発表|公表)[^。！？!?\n]{0,20}?(?:まで|なので|前)|公表前|発表前|未公表|未発表/u
/** A figure told from the tally: a count, a share, a majority. */
const TALLY_FIGURE = /[0-9〇一二三四五六七八九十百千][0-9〇一二三四五六七八九十百千万億]*(?:件|人|名|%|％|割|票|通|倍|世帯|団体|社|億|万円|円)|半数|過半数|大半|大多数|多数派|ほとんど/u
/** The release said to be still to come (公表は来月の予定, 来週発表します, まだ公表前, 公表していません). */
const TALLY_RELEASE_AHEAD =
  /(?:公表|発表|公開|お知らせ|報告)(?:は|が|を|も)?[^。！？!?\n]{0,10}?(?:来月|来週|後日|今後|月末|中旬|下旬|上旬|年明け|予定|これから|まだ|改めて|あらためて)|(?:来月|来週|後日|今後|月末|近く|近日|年明け)[^。！？!?\n]{0,10}?(?:公表|発表|公開)(?:し|する|され|いたし|予定|を予定)|未公表|公表前|発表前|未発表|公表(?:して|されて)(?:い|お)(?:ません|ない|らん)|(?:公表|発表)(?:は|が)?まだ|(?:正式|確定|最終)(?:な|の|した)?(?:数字|数値|金額|額|結果|値|件数|人数)(?:は|を)[^。！？!?\n]{0,16}?(?:ご報告|報告|公表|発表|お知らせ|お示し)(?:し|いたし|申し上げ)?(?:ます|する予定)/u
/**
 * Blind R107A-094: a count of consultations, then one case put to a district and told (先月は相談が12件あり、そのうち大和町の事例では、結婚相手の
 * 身元調査をめぐって親族間で話し合いが続いているとのことです; 通報が5件、うち三橋町のケースやと…): in a small place the district and the detail
 * point at a household, and what a consultant heard is a duty secret. A count by district (そのうち大和町の方からのご相談は3件でした), a count
 * with no district and a notice of where to consult are not this.
 */
const CONSULT_CASE_TOLD =
  /(?:相談|ご相談|通報|苦情|申し出|申出|訴え)[^。！？!?\n]{0,12}?[0-9一二三四五六七八九十百]+件[^！？!?\n]{0,16}?(?:その?うち|その内|うち|中でも|なかでも|その中で(?:も)?|その中の)[、,]?[^。！？!?\n]{0,10}?[\p{Script=Han}\p{Script=Katakana}ー]{1,6}(?:町|地区|校区|丁目|村|集落|団地|地域|区)(?:に?お住まいの|在住の|の|から(?:の)?)[^。！？!?\n]{0,8}?(?:事例|ケース|件|方|お宅|世帯|ご家庭|家庭|ご相談|相談)(?:では|は|で|について(?:は)?|の場合(?:は)?|やと|だと|ですが|ですけど|やけど)[、,]?/gu
/** What is told of the case: a state of affairs or what was heard, not a count nor a notice. */
const CASE_DETAIL = /(?:てい|てお|とる|とっ|とり|まま|おられ|され|よる|ちょる|とのこと|そうです|そうや|らしい|ようです|みたい|ました|ません|ない|れた|った|んだ|いだ|した|ある|あり|いる|おり|という|って)/u
const CASE_COUNT_ONLY = /^[^。！？!?\n]{0,8}?[0-9一二三四五六七八九十百]+件|ご相談ください|お問い合わせ|お気軽に|受け付けて|承って/u
/**
 * Blind R107A-111: what pending requests for disclosure concern, told (現在の請求の中には議員さんの政務活動費に関するものが3件あり、うち1件は
 * 〇〇議員の領収書についてのものです; 開示請求が5件来とって、うち3件は…の入札に関するもの): who asked for what is the requester's matter and
 * the case is not closed. The requests are said to be now or in hand (現在, いま, 受付中, 来ている). A yearly count by subject (令和6年度の
 * 請求のうち…12件, the city's published report), the time a decision takes and how to file are not this.
 */
const PENDING_REQUEST_CONTENT =
  /(?:現在|いま|今|目下|受付中|審査中|処理中|対応中|手元)(?:の|で|、|,)?[^。！？!?\n]{0,8}?(?:(?:情報公開|公開|開示|公文書(?:の)?開示|公文書公開)(?:の)?)?請求(?:の中には|の中に|の中で(?:は|も)?|のうち|の内訳は|には)[、,]?[^。！？!?\n]{0,30}?(?:に関する|に関して|に関わる|に係る|についての|について|関係の|関連の|を求める|を対象とした|を対象にした)(?:もの|請求|案件|分)?(?:が|も|は)[、,]?[0-9一二三四五六七八九十]+件|(?:情報公開|開示|公文書(?:の)?開示|公文書公開)請求(?:が|は|も)[^。！？!?\n]{0,10}?[0-9一二三四五六七八九十]+件(?:ほど)?(?:来|き|寄せられ|届い|出され|出|いただい|受け付け)(?:てい|てお|てる|とっ|とる|とり)[^。！？!?\n]{0,10}?(?:その?うち|うち|中には|なかには)[、,]?[^。！？!?\n]{0,6}?[0-9一二三四五六七八九十]+件(?:は|が)[^。！？!?\n]{0,30}?(?:に関する|に関して|に係る|についての|関係の|関連の|を求める)/gu
/**
 * Blind R73A-096: a record the section keeps of its own work (苦情対応記録簿, 相談受付簿, 通報記録, 対応台帳, 業務日誌), said to be
 * the section's or the office's, gone through by the writer and its counts told (課内の苦情対応記録簿をまとめてみると、今年度は…127件;
 * 係内の相談受付簿を集計すると…212件; 庁内の通報記録ば見返したら…46件): a working record is not a statistic the city has released, and
 * its entries are people's complaints. The head may be a compound of up to 8 characters; the count (a figure with its unit) comes in the
 * rest of the sentence. A record kept or sorted (記録簿を整理し、…廃棄しました), a record checked with no count (該当する記録はありません)
 * and a published survey are not this.
 */
const INTERNAL_RECORD_TALLY =
  /(?:庁内|内部|課内|部内|係内|室内|所内|本部内|職員用|職員向け)(?:の)?[\p{Script=Han}\p{Script=Katakana}ー]{0,8}?(?:記録簿|記録|台帳|受付簿|処理簿|管理簿|整理簿|日誌|ログ)(?:を|ば)[、,]?(?:ざっと|改めて|ひととおり|一通り|全部|ぜんぶ|試しに|ためしに)?(?:まとめ|集計し|集計す|数え|見返し|見返す|見直し|振り返っ|確認し|調べ|拾っ|拾い出し|洗い出し|整理し|分析し|眺め|めくっ|見|読ん|並べ)(?:て(?:み)?(?:ると|たら|たところ|た結果|ますと|ましたら|ましたところ)|たら|たところ|た結果|ると|ますと|ましたところ)/gu
/**
 * Blind R115A-005: an internal incident report cited as the source, then what it holds (院内のインシデント報告書によりますと、先月の
 * 投薬ミスは4件で、うち1件は小児科病棟で…; 院内のヒヤリハット報告を見ると…転倒が6件; 内部の事故報告書では…第二調理場で): incident,
 * near-miss and accident reports are written for the institution's own safety work, and their counts, wards and causes are not a
 * statistic the city has released. インシデント/ヒヤリハット reports are internal by kind; an accident report (事故報告書, published by
 * national boards) only when said to be kept inside (院内の, 内部の, 園内の …). What follows the citation must tell something of it
 * (a count, a ward or room, a cause); a report named as a topic (インシデント報告書の書き方研修) cites nothing.
 */
const INCIDENT_REPORT_CITED =
  /(?:(?:(?:院内|病院内|内部|庁内|課内|部内|係内|園内|校内|施設内|所内|署内|局内|館内|病棟内|当院)(?:の|で(?:の)?)?[\p{Script=Han}]{0,4}?)?(?:インシデント|ヒヤリ・?ハット|ひやり・?はっと)(?:・?アクシデント)?(?:報告書|報告|レポート|事例報告|記録|集計)|(?:院内|病院内|内部|庁内|課内|部内|係内|園内|校内|施設内|所内|署内|局内|館内|病棟内|当院)(?:の|で(?:の)?)?[\p{Script=Han}]{0,4}?(?:事故報告書|事故報告|事故記録|事故調査報告書|事故調査報告|アクシデント報告書|アクシデント報告|アクシデントレポート))(?:の(?:集計|まとめ))?(?=によりますと|によりますれば|によると|によれば|では|だと|やと|を見ると|を見たら|を見ますと|を見ましたら|を読むと|を読んだら|ば見ると|ば見たら|ば見よったら|から(?:は|見ると)|上は)/gu
/** …then what the report holds: a count, where it happened (小児科病棟, 3階東病棟, 第二調理場, 1歳児クラス), or a cause. */
const INCIDENT_TOLD =
  /[0-9０-９一二三四五六七八九十百千]+(?:件|人|名|回|例|建|%|％|割|倍)|半数|大半|病棟|病室|外来|[\p{Script=Han}]{1,4}科(?:で|の|が)|号室|[0-9０-９]階|教室|クラス|保育室|調理場|給食室|浴室|居室|原因は|原因が|(?:の|による)(?:ミス|誤り|確認漏れ|不注意)/u
/** A count told from the record: a figure with its unit, or a share (3割, 半数). */
const RECORD_COUNT = /[0-9０-９一二三四五六七八九十百千]+(?:件|人|名|世帯|戸|回|軒|%|％|割|倍)|半数|半分|大半|過半数/u
/**
 * Colleague (R105): a count of the city's own errors the record showed (2件の入力誤り, 12人分の通知に計算誤り, 入力ミスが5件,
 * 3件で記載漏れ): the city checked its records to find and correct its mistake, which is a correction, not the record's contents told.
 * Such a count is left out before RECORD_COUNT is read; any other count in the sentence (DVの相談が14件) still tells the record.
 */
const RECORD_ERROR_WORD = '(?:入力|記載|記入|計算|事務|処理|登録|転記|送付|通知)?(?:誤り|誤っ|ミス|不備|漏れ|誤記|誤植|誤入力|誤登録|誤送付|誤計算|重複)'
const RECORD_ERROR_NUM = '[0-9０-９一二三四五六七八九十百千]+(?:件|か所|箇所|カ所|ヶ所|人分|名分|世帯分|人|名|世帯|戸|回|軒)'
const RECORD_ERROR_COUNT = new RegExp(
  `${RECORD_ERROR_NUM}(?:の|で|に|について|ほど)?[^。！？!?\\n、,]{0,8}?${RECORD_ERROR_WORD}|${RECORD_ERROR_WORD}(?:が|は|も)[、,]?(?:計|合計|全部で|あわせて|合わせて)?${RECORD_ERROR_NUM}`,
  'gu',
)
/**
 * Blind R72A-130: a channel staff talk on named as the source of what is posted (（課内チャットより転載）, 庁内メールから転載します, 職員
 * 掲示板からの転載です, 課内Teamsの書き込みをそのまま貼っときます, 係のLINEグループから共有): what was said to colleagues is put on the
 * public account. The channel is the section's or the staff's (課内, 庁内, 職員, 係の…グループ); the city's own public channels (市公式
 * LINE, 市報) and a channel named with nothing taken from it (庁内チャットの導入で…) are not this.
 */
const INTERNAL_CHANNEL_REPOST =
  /(?:(?:課内|庁内|部内|係内|局内|所内|室内|職員間|職員用|職員向け|職員|内部|幹部|課員|係員)(?:の|用の|向けの)?(?:チャット|LINEグループ|グループLINE|LINE ?WORKS|LINEワークス|LINE|Teams|Slack|LoGoチャット|メール|メーリングリスト|掲示板|グループウェア|ポータル|連絡網|スレッド)|(?<![\p{Script=Han}])[\p{Script=Han}]{0,6}(?:課|係|班|室)(?:の)?(?:LINEグループ|グループLINE|グループチャット|チャットグループ|LINE ?WORKS|LINEワークス|LoGoチャット|Teams|Slack)|LoGoチャット|グループウェア)(?:の(?:投稿|メッセージ|書き込み|やりとり|やり取り|内容|スクショ|スクリーンショット|画面|連絡))?(?:(?:より|から)[、,]?(?:の)?(?:転載|引用|抜粋|転送|コピペ|コピー|共有|シェア|貼り付け)|を[、,]?(?:そのまま|まるごと|丸ごと|一部)?(?:転載|貼り付け|貼っ|貼り|シェア|共有し|載せ|転送し|コピペ))/gu
/**
 * A closed session's or a closed selection's contents, handed out: 非公開で行った採用面接、評価シートの一部をご紹介します,
 * 非公開の審査会での各委員の採点をお伝えします (not a closed session announced: 審査は非公開で行います).
 */
const CLOSED_SHARED = /(?:話し合い|協議|交渉|会議|打ち合わせ)の(?:中身|内容)を(?:少しだけ|ちょっとだけ|こっそり|特別に|内緒で)(?=[^\n]{0,120}?非公開)|非公開(?:で|の)(?:行った|行われた|実施した|開いた|開かれた|開催した|開催された)?[^。！？!?\n]{0,24}?(?:面接|審査|選考|会議|会合|協議|委員会|検討会|ヒアリング)[^。！？!?\n]{0,24}?(?:評価|採点|点数|発言|意見|議論|内容|やりとり|やり取り|結果|記録|シート|資料)(?:の一部)?(?:を|も)?(?:ご紹介|紹介|お伝え|公開|お見せ|お知らせ|共有)/gu
/**
 * Blind R64A-069: a gathering said to be closed (事業者説明会（非公開）, 非公開で開いた勉強会, 意見交換会（関係者限り）), then the papers
 * handed out there cited as the source and put out (当日お配りした資料から、…上位3社を抜粋して掲載します; 会場でお配りした資料より、
 * …まとめて載せておきます; 配った資料によると…次のとおりです): what was handed only to those present is published. The gathering may be
 * named in the sentence before (thanks for coming, then the papers). A handout of an open gathering, papers sent only to those who came
 * (…にメールでお送りします), one said not to be published (掲載できません) and papers on the city's site are not this.
 */
const GATHERING = '(?:会議|会合|説明会|勉強会|研修会|意見交換会|懇談会|協議会|検討会|委員会|審査会|部会|打ち?合わ?せ|ヒアリング|ミーティング|報告会|連絡会|情報交換会)'
const CLOSED_GATHERING = new RegExp(
  `${GATHERING}\\((?:非公開|関係者限り|関係者のみ|非公表|秘密会|内部|招待者限り|参加者限り)\\)|非公開(?:で|の)(?:行った|行われた|開いた|開かれた|開催した|開催された|実施した|実施された)?[^。！？!?\\n]{0,16}?${GATHERING}`,
  'u',
)
const HANDOUT_PUT_OUT = new RegExp(
  `(?:(?:お配り|配布|配付|お渡し|お示し|提示|ご提示)(?:した|いたした|しました)|配った|配られた|配布された|配付された|渡した|渡された|示された)(?:資料|データ|一覧|スライド|プリント|数字|表|ペーパー|レジュメ|冊子|説明資料|配布資料)(?:の中)?(?:から|より|によると|によれば|では|を|にある|に載っている)[、,]?[^。！？!?\\n]{0,40}?(?:掲載|抜粋|ご紹介|紹介|公開|載せ|のせ|お知らせ|お伝え|共有|アップ|まとめ|次のとおり|以下のとおり|下記のとおり|こちらです)(?!(?:する|す|る)?こと(?:は|が)?でき|(?:し|いたし)?(?:かね|でき)|られ(?:ませ|な)|ません|ない|ず|ぬ)`,
  'gu',
)
/** The papers said to be on the city's site or in an open record (ホームページに掲載しています): published, not handed out. */
const HANDOUT_PUBLIC = /ホームページ|市HP|ウェブサイト|公式サイト|情報公開|開示|閲覧でき/u

/**
 * Blind R57A: an internal report cited as the source of a finding, with no figure (教育委員会の内部報告書では原因は納入業者の検品ミス
 * となっています, 庁内の調査報告によると、責任は委託先にあるとされています, 内部の検証記録だと…と書かれていました): the finding of a paper
 * kept inside is told before the city publishes it. INTERNAL_SOURCE's paper, then a finding in the rest of the sentence (原因は, …と
 * なっています, …とされています, 判明). 内部統制 reports (published by law) and a paper said to be published are not this.
 */
const REPORT_FINDING =
  /(?:原因|要因|理由|結論|責任|経緯|評価|見解|問題点)(?:は|が|としては)|(?:原因|要因|せい)(?:だ|で|や|じゃ|らし|みたい)|(?:と|に)(?:なって|されて|書かれて|書いて|記載されて|記されて|まとめられて|結論(?:づけ)?られて|指摘されて|判断されて)(?:い|お|あ|ま)|(?:と|って)(?:あり|あった|ある)|判明|ことが(?:わか|分か)|(?:だった|であった|やった)(?:そう|よう|みたい|とのこと)/u
/**
 * Blind R56A: what a named person said in private, heard by staff on duty, told (受付のあと廊下で…候補者の吉開 誠さんが陣営の方に
 * 「…借金たい」とこぼしておられました, 窓口で山下さんが小声で「…」と打ち明けてくれました): a private remark with a verb of confiding or
 * letting slip (こぼす, 漏らす, ぼやく, 打ち明ける, 耳打ちする), said of one person named (…さん, …氏, 候補者, 議員), in a setting of duty
 * or privacy in the sentence or the one before (受付, 窓口, 相談, 廊下, 控室, 小声で, 陣営の方に). A talk or an interview (講演会で…と
 * 打ち明けてくださいました), tears shed (涙をこぼして), residents' voices unnamed and a remark quoted as an example are not this.
 */
const PRIVATE_REMARK =
  /(?:(?<![\p{Script=Han}])[\p{Script=Han}]{1,6}(?:[ 　][\p{Script=Han}\p{Script=Hiragana}]{1,3})?(?:さん|さま|様|氏)|[\p{Script=Katakana}ー]{2,8}(?:さん|さま|様|氏)|(?:候補者|立候補者|候補|議員|社長|会長|理事長|組合長|院長|園長|校長)(?:さん)?)(?:が|は|も)[^\n]{0,100}?(?:」|と|って)[、,]?(?:小声で|こっそり|思わず|つい|ぽろっと|ポロッと|ぽろりと)?(?:こぼし|こぼさ|漏らし|もらし|ぼやい|ぼやか|愚痴っ|愚痴をこぼ|打ち明け|うちあけ|耳打ち|ささやい|囁い)/gu
/** Who the remark's speaker is when the name is a group or a trade, not one person (皆さん, お客さん, 農家さん, 業者さん). */
const GROUP_NAME = /^(?:[^]*[皆客者家頭員民方屋主族衆連]|みな|お)(?:さん|さま|様|氏)/u
/** The setting of duty or privacy the remark was heard in. */
const DUTY_SETTING = /廊下|控室|控え室|待合|給湯室|舞台裏|楽屋|陣営|小声|こっそり|ひそひそ|立ち話|帰り際|二人きり|ふたりきり|エレベーター|喫煙所|窓口|受付|相談|面談|面接|訪問|来庁|手続|届出|申請|聞き取り|ここだけ|内緒|ないしょ/u
/** A remark made in public (a talk, an interview, a speech): told to all, not heard on duty. */
const PUBLIC_TALK = /講演|インタビュー|取材|あいさつ|挨拶|スピーチ|トーク|会見|ステージ|番組|記事|紙面|発表|表彰|授賞|演説|街頭|SNS|ブログ|投稿/u

/**
 * Blind R63A-048: what a statistical survey's forms hold, told by one who handled them (国勢調査の調査員として…回収した調査票を見ていて
 * 気づいたのは、あのあたりは一人暮らしの高齢の方がとても多いこと; 調査票ば見よったら…半分くらいが…; 調査票によると…8割): the answers
 * of households are kept secret by the Statistics Act (統計法), and so is what an enumerator learns from them or on the rounds (調査で伺った
 * お宅のうち、半分以上が…). The forms read or cited as the source, then households or people with a count or a share in the rest of that
 * sentence or the next. A notice on how to fill in or return the form, the forms kept safe, a published result (国勢調査の結果（速報）
 * によると) and thanks for the filling in are not this.
 */
const SURVEY_FORM_READ =
  /(?:調査票|調査用紙|回答票|回答用紙|世帯票|個人票)(?:の(?:中身|内容|回答|記入内容))?(?:を|ば|に)?[、,]?(?:見て|見てい|見よ|見る(?:と|限り)|見たら|見とる|見とっ|拝見し|拝見す|読んで|読む(?:と|限り)|読んだら|整理し|整理す|確認し|チェックし|点検し|集計し|めくっ|眺め|目を通し)|(?:調査票|調査用紙|回答票|回答用紙|世帯票)(?:によると|によれば|によりますと|では|から(?:見ると|わかる|分かる))|調査(?:で|の時に|のときに|の際に)(?:回った|伺った|うかがった|訪ねた|訪問した|まわった|行った)(?:お宅|家|世帯|家庭|ところ)/gu
/** A statistical survey named (国勢調査, 統計調査, センサス, 調査員): the rounds of one are under the same secrecy as its forms. */
const STAT_SURVEY = /国勢調査|統計|センサス|調査員/u
/** Households or people (世帯, お宅, 軒, 一人暮らし, 高齢の方, 空き家, 外国の人, 農家): what the forms describe. */
const SURVEY_HOUSEHOLD = /世帯|お宅|家|軒|方|人|高齢|一人暮らし|独り暮らし|ひとり暮らし|独居|単身|空き家|外国|農家|収入|年収|所得|職業|勤め|子ども|子供|家族|住人|住民/u
/** A count or a share of them (とても多い, ほとんど, 半分, 10軒のうち6軒, 8割, 3人に1人). */
const SURVEY_SHARE = /多い|多か|多く|少な|ほとんど|大半|過半|半分|半数|ばかり|だらけ|目立|[0-9０-９一二三四五六七八九十]+(?:割|軒|世帯|人|名|%|％|件|戸)/u
/** Filling in or returning the form, or thanks for it: the process, not what the forms say. */
const SURVEY_PROCESS = /記入(?:漏れ|もれ|ミス|の仕方|方法|例|のしかた)|書き方|書き間違|ご協力|ありがと|回収率|回答率|提出率|ネット回答|インターネット(?:で|回答|から)|郵送|未提出|厳重に|保管|管理し|結果(?:\(速報\))?(?:によると|では|が公表)|公表/u

/** Figures before they go up: 県に上げる前の数字ですが. */
const REPORT_BEFORE = /(?:県|国|議会|本部|上|市長|外部|マスコミ|報道)(?:に|へ)(?:上げる|あげる|報告する|出す|提出する|送る|報告される|発表する|の(?:報告|提出|説明|公表|発表))前の(?:数字|数値|データ|資料|情報|段階|もの|速報|集計)/gu
/**
 * Blind R182I-023, R181D-012, R179I-049: a figure the post itself places before its report or release, told anyway. The step is
 * named as still to come, (a) as the figure's own label (議会報告前の速報値で97.84％でした, 公表前の暫定値では…), (b) in the sentence that
 * gives an amount (…約860万円まで増額しています（議会への報告はこれからです）), or (c) as the reason details cannot be given yet, with a
 * change told after the concession (議会に出すのは2月なので細かい中身はまだ言えませんが、子育て関係が手厚くなりますよ). A figure reported
 * after the council (議会で報告した速報値), a step to come with no amount, a refusal and a notice to wait stay clean.
 */
const REPORT_STEP = '(?:(?:市議会|議会|委員会|全員協議会|県|国)(?:へ|に)?(?:の)?(?:報告|提出|説明|上程)|公表|発表|正式発表|記者発表)'
const FIGURE_LABELLED_AHEAD = new RegExp(
  `${REPORT_STEP}前の(?:速報値?|暫定値?|数字|数値|集計(?:値|結果)?|試算(?:値|額|結果)?|見込み(?:額|値)?|推計値?|データ|金額|実績値?|決算(?:額|見込み)?)(?:で(?:は)?|は|が|によると|によれば|ですが|だけど|なんですが|[、,])`,
  'gu',
)
/**
 * Blind R187I-011: the report to the prefecture or the state still to come (（県への報告はこれからです）), said beside the amount, is the same
 * kind as the council's (a report made, 県への報告は済んでいます, stays clean).
 */
const REPORT_STILL_AHEAD = /(?:(?:市議会|議会|委員会|全員協議会)(?:へ|に)?|(?:県|国)(?:へ|に))(?:の)?(?:報告|提出|説明|上程)(?:は|が)[、,]?(?:まだ|これから|今後|来月|来週|次回|[0-9０-９]{1,2}月)/gu
/**
 * Blind R184I-005: the step still to come said as a concession, then the figure given all the same (…年間およそ1億2千万円です。議会への説明は
 * まだですが、参考までにお伝えします): the amount may stand in the sentence before or after. A notice to wait (まとまり次第お知らせします) tells nothing.
 */
const STILL_AHEAD_TOLD_ANYWAY = /^[^。！？!?\n]{0,10}?(?:が|けど|けれど|けども|ものの)[、,]?[^。！？!?\n]{0,10}?(?:参考までに|ご参考までに|ご参考に|参考として|先に|先んじて|ひと足|一足|特別に|こっそり|内々に|取り急ぎ)[^。！？!?\n]{0,8}?(?:お伝え|お知らせ|ご紹介|ご報告|申し上げ|お示し|お答え|書い|書き|載せ|掲載)/u
/**
 * Blind R194A-018: a result said to be published at a later time, named attributively as the subject, then its figure given in the
 * same sentence (来月公表される…調査の本市の結果は、…県の平均を3.1ポイント下回り; 来週発表予定の審査の結果では…2位): the figure is told
 * before its release. The result named with where or when to see it (…の結果は、市ホームページでご覧いただけます), with no figure, or a
 * result published in the past (昨年公表された…) stay clean.
 */
const RESULT_RELEASED_LATER =
  /(?:来月|来週|明日|明後日|あす|あした|後日|近く|近日|週明け|月末|今月末|年明け|来年度?|[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?|[0-9０-９]{1,2}日)(?:に|中に|末に|ごろ|頃)?(?:公表|発表|公開)(?:される|されます|する|予定の|される予定の|する予定の|になる|となる)[^。！？!?\n]{0,30}?(?:結果|数字|数値|順位|得点|正答率|平均点|集計)(?:は|では|が|を見ると)[、,]?/gu
/**
 * Blind R209I-017 kind: a figure bound to a release still to come, named attributively with where it will be given out (来週の記者発表で出す
 * 予定の寄附額、…38億円を超えた; 明日の会見で公表する入込客数は…; 来月の議会で報告する予定の件数、…): its value told in the same sentence is
 * the release before its time. The figure named with where to see it later, a notice to wait, no value, or a past year's value
 * (昨年度は…でした) stay clean.
 */
const FIGURE_RELEASED_LATER =
  /(?:来月|来週|明日|明後日|あす|あした|後日|近く|近日|週明け|月末|今月末|年明け|来年度?|[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?|[0-9０-９]{1,2}日)の?(?:[^。、！？!?\n]{0,8}?の)?(?:定例)?(?:記者発表|報道発表|記者会見|会見|議会|委員会|発表会?)(?:で|にて)[^。、！？!?\n]{0,8}?(?:出す|出される|発表する|発表される|公表する|公表される|示す|示される|お示しする|お知らせする|公開する|報告する|ご報告する)(?:予定)?の[^。！？!?\n]{0,20}?(?:[\p{Script=Han}](?:額|数|率)|数字|数値|結果|集計|実績)(?:は|が|では|[、,])/gu
/** A value of another year beside it (昨年度は…, 前年の…): the figure told is a published one. */
const PAST_FIGURE = /昨年|前年|去年|前回|昨年度|前年度|過去|例年/u
const RESULT_FIGURE = /[0-9０-９][0-9０-９,.万億千]*(?:円|%|％|倍|ポイント|割|点|位|人|件)|[〇一二三四五六七八九十百千][〇一二三四五六七八九十百千万億]*(?:万|億)円/u
/**
 * Blind R198I/R199A: the writer's own hold on a matter told (組合への提示はこれからなので外には出さないでほしいのですが、…平均1.8%; 会見で
 * 発表するまでは外に出しちゃダメなやつやけど…; （…公表はまだなんで、ここだけの数字でお願いします）): the writer asks the readers to keep it
 * in, said as a concession or an aside after a clause (…ので, …までは, 、) and not of a thing put outdoors (ゴミを外に出さないで), while a
 * figure stands in the same sentence or the one before. Asked by the owner of the matter is HOLD_ASKED_BUT; a notice to wait tells nothing.
 */
const SELF_HOLD =
  /(?:(?<=ので|なんで|から|けん|まで|までは|[、,(])|^)(?:(?:外|表|外部|よそ|公)(?:に|へ)(?:は|も)?(?:出さ(?:ないで|んで)(?:ほしい|欲しい|もらいたい|ください|下さい|くださいね|ね)|出し(?:ちゃ|ては|たら|ちゃあ)(?:ダメ|だめ|駄目|いけない|いかん|アカン|あかん|NG))|ここだけの(?:数字|話|情報|ネタ)(?:で|に(?:して|しといて|しておいて))(?:お願い|おねがい|頼み|頼む|ね))(?:な|の)?(?:やつ|もの|話|数字|情報|こと|件)?(?:なん|な)?(?:ん|の)?(?:です|だ|や)?(?:が|けど|けれど|けども|ばってん|します|しますね|しま[ーす〜]*|[)）。、！!〜～]|$)/gu
/**
 * The figure told around the hold: an amount, a rate, a count, a rise (0.05月分の引き上げ). Only tested, so the runs are bounded: the two
 * overlapping digit runs of the unbounded form were cubic in a long run of digits (8 s on 2,400 digits; scan of every pattern, stop 51).
 */
const SELF_HOLD_FIGURE = /[0-9０-９][0-9０-９,.]{0,15}(?:万|億|千)?(?:[0-9０-９]{1,6}(?:千|百)?)?(?:円|%|％|人|件|社|票|点|割|倍|世帯|位|か月分|月分|ポイント)|[〇一二三四五六七八九十百千]+(?:万|億)(?:[〇一二三四五六七八九十百千]+)?(?:円|人)/u
/**
 * Blind R198I-009: the budget's figure at a stage of the internal assessment (財政課の査定を終えた時点で、来年度の一般会計は…億円; 一次査定
 * 後の段階では…), or a later assessment said still to come beside it (まだ市長査定が残っていますが): the budget is still in the decision
 * process. The assessment named with no amount, and a budget announced or passed (発表しました, 可決) stay clean.
 */
const ASSESSMENT_STAGE =
  /(?:(?:財政課|財政部|財務課|財政当局|部長|副市長|市長|一次|二次|最終)(?:の)?)?査定(?:を終えた|が終わった|を経た|が済んだ|が終わって|を終えて|後の)(?:時点|段階)(?:で(?:は)?|の(?:数字|金額|額)(?:で(?:は)?|は))[、,]?|まだ[^。！？!?\n、,]{0,8}?査定が(?:残って|控えて|あり)(?:い|お)?(?:ます|る|り)?(?:が|けど|けれど|ばってん)/gu
const ASSESSMENT_AMOUNT = /[0-9０-９〇一二三四五六七八九十百千]+(?:億|万)[0-9０-９〇一二三四五六七八九十百千]*(?:千|百)?(?:万)?円/u
/** What is assessed is the city's budget (an appraisal of a car or goods names none). */
const ASSESSMENT_BUDGET = /予算|要求額|事業費|一般会計|特別会計|歳出|歳入/u
const ASSESSMENT_PUBLIC = /発表し|公表し|可決|議決|成立|ホームページ|市HP|予算案を(?:提出|上程)しました/u
/**
 * Blind R199A-039: a paper the section is still working on inside (課内で集計中の表, 庁内で作成中の資料, 内部で検討中の案), shown or put out
 * as a favour (ちょっとだけお見せします, チラ見せ, 載せちゃいます): the showing is the leak, as NONPUBLIC_PAPER_SHOWN. A refusal, a request
 * (共有してください) and a promise to show it once settled (まとまり次第ご紹介します) are not this.
 */
const INSIDE_WIP_SHOWN =
  /(?:課内|庁内|部内|係内|局内|内部)(?:で|の)(?:まだ)?(?:集計|精査|作成|検討|取りまとめ|とりまとめ|試算|推計|整理|調整)(?:中|途中)の[\p{Script=Han}\p{Script=Katakana}ー]{0,8}?(?:表|資料|データ|数字|数値|一覧|リスト|結果|案|図面|名簿)(?!\p{Script=Han})(?:の(?:一部|中身|内容))?(?:を|も|[、,])?[^。！？!?\n]{0,12}?(?:お見せ|見せ|チラ見せ|ご紹介|紹介|載せ|のせ|アップ|共有|公開)(?!(?:る|す)?こと(?:は|が)?でき|でき|られ(?:ませ|な)|ません|ない|ず|ぬ|てほし|て欲し|てくださ|て下さ|てもら|(?:を)?(?:し)?(?:てくださ|て下さ|てほし|て欲し|てもら|てお(?:いて|き)|をお願い|お願い))/gu
const INSIDE_WIP_HELD = /次第|後日|改めて|お待ち|まとまったら|確定したら|決まったら|完成したら|できあがったら|出来上がったら/u
/**
 * Blind R187I-005: a figure told ahead of the report to the council or the prefecture, the telling said as an aside (議会への報告に先立ち
 * 申し上げますと、…約380万円の経費を要しております; 県への報告の前にお伝えしますと…). A step ahead with no amount told in its sentence, a
 * gathering held ahead of it (議会への説明に先立ち、住民説明会を開催します) and a figure published stay clean.
 */
const TOLD_BEFORE_REPORT =
  /(?:(?:市議会|議会|全員協議会|定例会|委員会|県|国)(?:へ|に)の(?:ご)?(?:報告|説明|提出|上程)|(?:議会|委員会)(?:報告|説明|提出))(?:に先立(?:ち|って|ちまして)|の前に|より(?:も)?先に|に先んじて)[、,]?[^。！？!?\n]{0,12}?(?:申し上げ|お伝え|お知らせ|ご報告|ご紹介|お示し)(?:ますと|ると|ますが|します|いたします|いたしますと|しますと|しておきます|させていただきます)/gu
const COUNCIL_LATER_CANT_SAY =
  /(?:市議会|議会|委員会|全員協議会)(?:に|へ)(?:出す|提出する|上程する|報告する|説明する|諮る|かける|お示しする)のは[^。！？!?\n]{0,10}?(?:なので|ですので|ので|ため|から|やけん|けん)[、,]?[^。！？!?\n]{0,16}?(?:言え|書け|話せ|お伝えでき|お話しでき|お知らせでき|申し上げられ|出せ|お見せでき|公表でき)(?:ません|ない|ん)(?:が|けど|けれど|けども|ばってん)[、,]?/gu
/** An amount in money or a rate (約860万円, 412億円, 97.84％, 1.4倍, 0.3ポイント): not a count of people or meetings. */
/**
 * Blind R184I-005/R187I-011: an amount written with its units of ten thousand between digits (1億2千万円, 14億2千万円, 3億1千万円) is one amount.
 */
const AHEAD_AMOUNT = /[0-9０-９][0-9０-９,.万億千]*(?:円|%|％|倍|ポイント|割)|[〇一二三四五六七八九十百千][〇一二三四五六七八九十百千万億]*(?:万|億)円/u
/** What is told after the concession: a change or an amount. A notice to wait (次第, お待ち, お楽しみ, 後日) tells nothing. */
const AHEAD_CHANGE_TOLD = /なり(?:ます|そう)|なる|増え|増や|減ら|減り|減る|手厚|拡充|充実|無料|有料|値上|値下|新設|廃止|始ま|[0-9０-９]/u
const AHEAD_NOTICE = /次第|お待ち|お楽しみ|後日|改めて|あらためて|ホームページ|市HP|ご理解/u
/** The figure held back or published (お答えできません, 控え, 公表しました): no leak. */
const AHEAD_HELD = /(?:公表|公開|お答え|お伝え|お知らせ|掲載|お示し)(?:は|を)?(?:でき|いたし|し)(?:ません|かねます|ておりません|ていません)|控え|公表しました|公表いたしました|公表して(?:い|お)(?:ます|ります)|発表しました|議会で(?:報告|説明)(?:し|いたし)ました/u

/**
 * A plan told with the internal approval it still waits for (…秋から全公民館で実施する方向で部長決裁待ちです,
 * 値上げ案は市長決裁前ですが), or a figure told ahead of the council (議会への報告前のため…先にお知らせしておきます):
 * what is not decided or not yet reported, from inside. Not a decision made (決裁を経て決定しました).
 */
const AWAITING_APPROVAL =
  /(?:実施|導入|廃止|変更|拡大|縮小|統合|値上げ|値下げ|新設|移転|休止|再開|延長|見直し|方向|予定|案)[^。！？!?\n]{0,16}?(?:(?:部長|課長|局長|市長|副市長|教育長|所長|上)(?:の)?)?(?:決裁|稟議|決済)(?:待ち|前|中|がまだ|が(?:下|お)りていな|が(?:下|お)りる前|を待って|に回して|を回して)|(?:議会|議員|委員会|記者発表|公表|発表)(?:へ|に|で)?の?(?:説明|報告|提出|公表|発表)?前の(?:資料|案|内容|計画)(?:なので|ですが|だけど|ですので|のため)|(?:議会|議員|委員会|記者発表)(?:へ|に)?の?(?:説明|報告|提出)前(?:のため|なので|ですが|だけど|ですので)[^。！？!?\n]{0,30}?(?:先に|一足早く|ひと足早く|特別に|こっそり)(?:お知らせ|お伝え|ご紹介|公開|掲載|お見せ)/gu

/** A document handed only to the members of a body, shared: 委員の皆さまにだけお配りした…試算表. */
const MEMBERS_ONLY = /(?:委員|出席者|構成員|議員|理事|役員|審査員|関係者|職員|幹部)(?:の(?:皆さま|皆様|皆さん|方々|方))?(?:に|へ)?(?:だけ|のみ|しか|限定で|限りで)(?:に)?(?:お配り|配っ|配ら|配り|配布|配付|お渡し|渡し|渡さ|お送り|送っ|提示|共有)/gu
const DOCUMENT = /資料|書類|文書|試算|データ|名簿|メモ|議事|表|案|写真|スライド/u

/**
 * How a procurement selection went, told (審査の点数は1位と2位でわずか3点差, 審査員の間でも意見が分かれた). Blind R62A-134: one bidder's
 * points set against another's (2位になった業者の技術点が実は1位の業者より12点も高く, A社はB社を技術点で8点上回っていた), the ranks
 * turned by the price gap (価格点の差だけで順位が逆転), and the panel's dissent (審査委員の間で最後まで異論が残りました). A contest of works
 * (力作ぞろいで審査委員の間でも意見が分かれ) is judged in public and its split is praise, not a deliberation told.
 */
const SCORE_GAP = /(?:点数|得点|評価点|採点)[^。！？!?\n]{0,30}?[0-9一二三四五六七八九十]+点(?:の)?差|[0-9一二三]位[^。！？!?\n]{0,16}?[0-9一二三]位[^。！？!?\n]{0,16}?(?:[0-9一二三四五六七八九十]+点(?:の)?差|僅差|接戦|差は)|(?:上位|[0-9一二三]位と[0-9一二三]位|トップと[0-9一二三]位|[0-9一二三両]社|[0-9一二三]者|両者|(?:[A-Z]|[\p{Script=Han}\p{Script=Katakana}ー]{1,10})(?:社|者|建設|工業)(?:さん)?と(?:[A-Z]|[\p{Script=Han}\p{Script=Katakana}ー]{1,10})(?:社|者|建設|工業)(?:さん)?)(?:の)?(?:間の)?(?:差|点差|得点差)(?:は|が)[、,]?(?:わずか|たった|僅か|ほんの|およそ|約)?[0-9一二三四五六七八九十]+(?:\.[0-9])?点|(?:審査員|審査委員|選定委員|選考委員|評価委員)(?:会)?(?:の間|の中|同士)?(?:で|でも|には|からは|から)[^。！？!?\n]{0,12}?(?:意見が分かれ|意見が割れ|議論が分かれ|評価が分かれ|評価が割れ|異論が(?:残|出|相次|あ)|異論を唱え|反対意見が(?:出|相次|あ))|(?:技術点|価格点|提案点|評価点|得点|点数|合計点|総合点|総合評価点)(?:が|は|で|も)[^。！？!?\n]{0,20}?(?:[0-9一二三]位|次点|他社|[A-Z]社|業者|事業者|提案者)[^。！？!?\n]{0,8}?(?:より|を)[0-9一二三四五六七八九十]+(?:\.[0-9]+)?点(?:も|ほど|近く|以上|あまり)?(?:高|低|上回|下回|多|少)|(?:[0-9一二三]位|次点|[A-Z]社|業者|事業者)(?:さん)?(?:は|が)[^。！？!?\n]{0,12}?(?:技術点|価格点|提案点|評価点|得点|点数|合計点|総合点)(?:で|が|は)[^。！？!?\n]{0,10}?[0-9一二三四五六七八九十]+(?:\.[0-9]+)?点(?:も|ほど|近く|以上|あまり)?(?:高|低|上回|下回|多|少|及ば|届か)|(?:価格点|技術点|価格|金額|入札額|提案額|点数|得点)(?:の)?(?:差|違い)(?:だけ)?で[^。！？!?\n]{0,8}?順位が(?:逆転|入れ替わ|ひっくり返)|(?:審査|選定|選考|評価)?委員(?:の方|さん)?(?:の中|の間|のなか|の方々の中)(?:には|では|でも|で)[、,]?[^。！？!?\n]{0,12}?(?:を推す|を推される|を推しと|を支持する|を評価する|に反対する|に否定的な|に批判的な|を高く評価する)(?:声|意見|方|委員)/gu
/** A contest of works (作品, 力作, 応募作, 入賞): judged for the public, no procurement. */
const WORKS_CONTEST = /作品|力作|応募作|入賞|受賞|表彰|甲乙/u
const PROCUREMENT = /プロポーザル|委託先|受託者|業者選定|事業者選定|指定管理|入札|選定委員|審査委員|選考委員会|評価委員会|コンペ|提案書|事業者さん|業者さん|貴社|御社/u

/**
 * Blind R183I-070: one bidder's or applicant's standing in a selection told (御社は3位でした, A社さんの評価点は72点, お宅は次点で) in a post that
 * itself says the scores or ranks are kept (点数は公表しないことになっている, 順位は非公表, 審査結果の内訳は公開されません): what the city does
 * not publish, passed to one party. The standing ends its statement (3位で／でした／です, 72点でした); a rule alone (点数や順位は公表して
 * おりません) and a place to come (1位と2位の方には賞状を) tell no one's standing. Bounded gaps.
 */
const STANDING_TOLD =
  /(?:御社|貴社|[A-Z]社|[\p{Script=Han}\p{Script=Katakana}ー]{1,10}(?:社|建設|工業|組|工務店|さん|様)|お宅|あなた)(?:さん)?(?:は|が|の(?:順位|点数|得点|評価点|総合点|合計点|技術点|価格点)(?:は|が))[、,]?[^。！？!?\n]{0,12}?(?:[0-9０-９一二三四五六七八九十]{1,3}位|[0-9０-９]{1,3}(?:\.[0-9]{1,2})?点|次点|最下位)(?:で(?:した|す)?(?=[、,。！!\s]|$)|でした|です|だった|やった|(?=[、,。！!]))/gu
const SCORES_KEPT =
  /(?:点数|得点|評価点|採点(?:結果|表)?|順位|評価|審査結果|内訳)(?:は|を|も|について(?:は)?|の)?[、,]?(?:非公表|非公開|(?:公表|公開|発表)(?:いたし|し|され)(?:な[いく]|ません|ておりません|ていません|ておらん|とらん))/u

/** A contractor chosen and agreed inside before the contract: 随意契約で発注することで本部内の話はまとまりました. */
const CONTRACT_DECIDED = /(?:随意契約|随契|特命随意契約|特命)(?:で|により|にて)[^。！？!?\n]{0,12}?(?:発注|委託|契約|お願い)(?:する|すること)(?:で|に)[^。！？!?\n]{0,12}?(?:まとま|決ま|固ま|内定|話がつ|調整済|話はつ)/gu

/**
 * Investigation told before the police announce it: …とみて来週にも事情聴取に入るそうです. Blind R126A-070: who the inquiry is after
 * (捜査対象は市内の解体業者2社, 内偵の対象になっている), and a step of it told as hearsay with が/は (近く事情聴取があるらしい, 家宅捜索が
 * 入るそうです): what the police know and have not announced, passed on.
 */
const POLICE = /警察|県警|警察署|捜査員|刑事|捜査関係者/u
const INVESTIGATION =
  /(?:とみて|と見て|とにらんで|と睨んで)[^。！？!?\n]{0,16}?(?:捜査|調べ|事情聴取|聴取|立件|逮捕|捜索)|(?:事情聴取|任意聴取|家宅捜索|任意同行|逮捕|立件|書類送検|送検|聴取)(?:に|を|へ|が|は|も)?(?:入る|入り|踏み切る|する|される|行う|行われる|ある|あり)(?:そう|らしい|みたい|予定|見込み|方針|とのこと|って|げな|ごたる)|(?:捜査|内偵|取り調べ|取調べ)(?:の)?対象(?:は|が|に(?:なって|なっと|挙が|上が))/gu
const INVESTIGATION_PUBLIC = /発表し|発表によると|公表し|報道|ニュース|新聞|逮捕されました|容疑で/u
/**
 * Round 52: what a police or coast-guard inquiry recorded, cited as the source of what is told (警察から共有された非公開の事情聴取メモに
 * よると, 県警の捜査資料によれば, 取り調べのメモだと, 供述調書の写しを見ると, 海上保安部の聴取記録では): the record is the agency's, shared with
 * the city for its work. Its outcome (捜査結果) announced, an inquiry said to be under way and a hearing of residents' views (意見聴取) are not.
 */
const INQUIRY_RECORD =
  /(?:事情聴取|任意聴取|(?<!意見|住民|市民|公開)聴取|取り調べ|取調べ|供述|捜査|実況見分)(?:の)?(?:メモ|記録|資料|調書|内容)(?:の(?:写し|コピー|一部))?(?:によると|によれば|では|だと|を見ると|を見たら|を読むと|を読んだら)/gu
/** Who keeps such a record: the police or the coast guard. */
const INQUIRY_AGENCY = /警察|県警|警察署|捜査員|刑事|捜査関係者|海上保安(?:部|署|庁|本部)|海保/u
/** The record's content said to be published (発表, 公表, 会見): told by the agency, not leaked. */
const INQUIRY_PUBLISHED = /発表|公表|会見|報道(?!前|され(?:てい)?な|されていませ|されておらず)|プレスリリース/u

/**
 * Blind R66A-123: a case conference on people at risk, whose members are bound by a statutory duty of secrecy (要保護児童対策地域協議会
 * and its 実務者会議・個別ケース検討会議, 要対協, ケース会議, 地域ケア個別会議, サービス担当者会議, 生活困窮者の支援会議), cited as the source
 * of what is told: its papers or record (…の資料によると, 記録ば見たら, 資料を見ると) or what was reported or heard there (…では、…と報告
 * されました; ケース会議で出た話やけど). The council described (…では、関係機関が連携して…見守っています), its papers said to be kept
 * (資料は…回収しています), a council for policy (子ども・子育て会議, 子育て支援会議), training about it and a report the city published are
 * not this. A bare 支援会議 is the case conference only after a time (先日の支援会議) or at the head of a clause.
 */
const CASE_CONFERENCE_NAME =
  '(?:要保護児童対策地域協議会|要対協|(?<![\\p{Script=Katakana}ー])(?:個別)?ケース(?:検討)?会議|(?:個別)?ケース検討会|ケースカンファレンス|地域ケア個別会議|個別(?:支援|ケア)会議|サービス担当者会議|生活困窮者(?:の|自立)?支援(?:調整)?会議|(?<=^|[、。,\\s「『(]|(?:日|週|月|回|度|年)の)支援(?:調整)?会議)'
/** Its papers or record cited as the source (の資料によると, 記録ば見たら, 会議録では). */
const CASE_PAPER_CITED =
  '(?:の)?(?:配布|配付|提出|会議)?(?:資料|記録|ケース記録|議事録|会議録|議事要旨|メモ|報告書|名簿|一覧|台帳|データ|集計)(?:の(?:写し|コピー|一部))?(?:によると|によれば|によりますと|では|で(?:も|は)|には|を見ると|を見たら|を見る限り|を読むと|を読んだら|ば見たら|ば見ると|から見ると|より(?=[)）、,。\\s]|$)|だと|やと|上は)'
/** What was reported, raised or heard there, told (では、…と報告されました; で出た話やけど; でお聞きした話ですが). */
const CASE_TOLD_THERE =
  '(?:で|では|の場で|の席で|において)(?:(?:出た|出とった|出てた|聞いた|お聞きした|伺った|話された|報告された|共有された|話題になった|挙がった|上がった)(?:話|内容|こと|件|ケース|情報|事例)|[、,]?[^。！？!?\\n]{0,50}?(?:との|という|と|が|も|について)(?:報告(?:され(?:まし)?た|がありました|があった|を受けました)|共有されました|話題にな(?:りました|った)|(?:挙が|上が)(?:りました|った|っとった)|出(?:ました|た|とった|てました)(?![^。！？!?\\n]{0,4}?(?:ら|際))|明らかにな(?:りました|った)|(?:わか|分か)(?:りました|った)|判明しました))'
const CASE_CONFERENCE = new RegExp(
  `${CASE_CONFERENCE_NAME}(?:\\([^()\\n]{1,16}\\))?(?:の)?(?:(?:実務者|代表者|個別ケース検討|ケース検討|ケース)会議)?(?:\\([^()\\n]{1,16}\\))?(?:${CASE_PAPER_CITED}|${CASE_TOLD_THERE})`,
  'gu',
)
/** Where the paragraph can hold one (the gate's test). */
const CASE_CONFERENCE_WORDS = /要保護児童対策地域協議会|要対協|ケース|ケア個別会議|ケア会議|担当者会議|支援会議|支援調整会議|処遇検討/u

/**
 * Blind R104A-105: a case conference named as an occasion the writer was at (昨日の要対協の個別ケース検討会議、…; 今日のケース会議、
 * きつかった; 地域ケア会議おわり; 処遇検討会で…), then what its cases are told in the next lines: a count of the families or children it
 * follows (見守り対象になっている家庭はいま42世帯, ネグレクトが疑われる家が3軒) or a case's detail (ネグレクトが疑われる家庭). The
 * conference named as a fact (要対協の研修会を開きました, ケース会議では関係機関が連携します), a policy tier (代表者会議), attendance
 * (20人が参加), a yearly count the city publishes (昨年度の相談件数, 市ホームページ) and training stay clean.
 */
const CASE_MEETING_NAME =
  `(?:${CASE_CONFERENCE_NAME}|地域ケア(?:推進)?会議|処遇検討会議?|処遇会議)`
const CASE_MEETING_HELD = new RegExp(
  `${CASE_MEETING_NAME}(?:\\([^()\\n]{1,16}\\))?(?:の)?(?:(?:実務者|個別ケース検討|ケース検討|ケース)会議)?(?:\\([^()\\n]{1,16}\\))?(?=[、,。…!！]|で|では|に(?:出|参加|出席)|が(?:終わ|あ|長)|は|おわ|終わ|後|の後|のあと|明け)`,
  'gu',
)
/**
 * Blind R157I-050: the conference named as the occasion, then its papers handed on (昨日の要対協の個別ケース検討会議、資料の一部を共有します;
 * ケース会議の配布資料から抜粋してお伝えします): what follows comes from its papers, so a count said for the year (今年度の新規通告は…47件)
 * is no published statistic. Papers kept, shared among the agencies (資料を共有し、連携して) or published stay clean.
 */
const CASE_PAPER_SHARED =
  /^[、,\s]*(?:の)?(?:配布|配付|当日の|会議)?資料(?:の(?:一部|写し|コピー|中身|内容|抜粋))?(?:を|から)[^。！？!?\n、,]{0,8}?(?:共有|ご?紹介|お見せ|見せ|載せ|のせ|アップ|抜粋|お伝え)(?:します|しますね|しちゃい?ます|いたします|しておきます|しときます|させて)/u
/** Who or what its cases are. */
const CASE_NOUN = '(?:見守り対象|見守りが必要|見守っている|支援対象|対象(?:に|と)なって|虐待|ネグレクト|育児放棄|要保護|要支援|特定妊婦|一時保護|通告|通報|困窮|不登校|未就学|乳幼児|DV|認知症|一人暮らし|独居|ひとり親)'
// A count said with a copula (42世帯です, 35件でした) is told; one with a companion or a means (3人で) is not a count of cases.
const CASE_COUNT = '[0-9〇一二三四五六七八九十百]+(?:世帯|家庭|件|人|名|ケース|組|軒|家族|例)(?!ひとり|一人|暮らし|親|で(?!す|し(?:た|て)))'
/** …told: a count of them, or a case's detail. */
const CASE_TOLD = new RegExp(
  `${CASE_NOUN}[^。！？!?\\n]{0,16}?${CASE_COUNT}|${CASE_COUNT}[^。！？!?\\n]{0,12}?${CASE_NOUN}|(?:虐待|ネグレクト|育児放棄|DV)(?:が|の)(?:疑われる|続いている|続いとる|ある|あった|あっとる)(?:家|家庭|世帯|子|お宅|方)`,
  'u',
)
/** A count the city publishes, or the conference described. */
const CASE_COUNT_PUBLIC = /年度|ホームページ|市HP|公表|統計|白書|報告書|研修|啓発|代表者会議/u

/**
 * Blind R104A-028: an internal paper of a selection read out to an applicant (内部の判定資料を確認したところ、お宅の指数は35点で…),
 * or other applicants' standing told to one (第1希望の園に入られた方の最下位より2点足りませんでした; ボーダーは38点でした; 申込者の中で
 * 5番目): how the city ranked people, which it keeps inside. The paper read must give a figure in the rest of the sentence; a paper read
 * to find an error apologised for (…を確認したところ、2件の入力誤りがありました) and a published minimum score stay clean.
 * Blind R193I-049: the internal paper cited as the source instead of read (内部の採点表では…の店は68点で、基準に2点届きません; 課内の審査
 * 資料によると…3位): the same ranking told. A scale described (内部の評価表では100点満点で…) gives no one's standing.
 */
const SELECTION_PAPER_READ =
  /(?:内部|庁内|課内|部内|係内|非公開|内輪)(?:の|で使っている|で使用している|用の)?[\p{Script=Han}]{0,4}?(?:判定|審査|選考|選定|採点|利用調整|入所調整|入園調整|評価)(?:の)?(?:資料|表|一覧表?|データ|記録|シート|結果|名簿|リスト)(?:(?:を|ば)(?:(?:確認|拝見|チェック|照会)(?:した|しました|してみた|させていただいた|させていただきました|しましたら|したら|すると|しますと)|(?:見|調べ)(?:た|てみた|ました|ましたら|たら)|見ると|見ますと)(?:ところ|ら|結果|限り)?|(?:では|によると|によれば|によりますと|だと|やと|上は)(?![^。！？!?\n]{0,12}?満点))/gu
const SELECTION_FIGURE = /[0-9〇一二三四五六七八九十百]+(?:点|位|番目|人|名|件|世帯|%|割)/u
const SELECTION_ERROR = /誤り|誤っ|ミス|不備|漏れ|お詫び|おわび|申し訳/u
const OTHERS_STANDING =
  /(?:入(?:られ|れ|っ)た|入所(?:され|し|でき)た|入園(?:され|し|でき)た|合格(?:され|し)た|採用(?:され|し)た|内定(?:され|し)た|当選(?:され|し)た|通った|受かった|選ばれた)(?:方|人|者|お子さん|子|児童|世帯|ご家庭)(?:たち|々)?(?:の(?:中で?の?|うちの?)?|で)(?:最下位|最低点|最低指数|最低|一番下|一番低い(?:方|人|点)?|ボーダー(?:ライン)?|最後の(?:方|人))|(?:ボーダー(?:ライン)?|最下位|合格ライン|最低指数|最低点)(?:の(?:方|人))?(?:は|が|より|と比べ|まで|に)[^。！？!?\n]{0,10}?[0-9〇一二三四五六七八九十]+(?:点|位)|(?:申込者|申請者|応募者|希望者|受験者|待機者|申し込まれた方)の(?:中|うち)で?[^。！？!?\n]{0,10}?[0-9〇一二三四五六七八九十]+(?:番目|位)/gu
/** The applicant the post speaks to (お宅の指数は, お子さんの点数, ○○様の順位). */
const APPLICANT_ADDRESSED = /お宅|あなた|貴方|貴殿|ご家庭|お子さん|お子様|ご本人|(?:様|さん)の(?:指数|点数|得点|順位)|ご?希望(?:の|された)/u
const STANDING_COMPARED = /[0-9〇一二三四五六七八九十]+(?:点|位|番目)|足りな|届かな|及ばな|下回|上回|差/u

/** A sentence about protecting secrets, not telling one. */
const AWARENESS_WORDS = /研修|(?:漏えい|漏洩|流出|情報|秘密|個人情報|不正|誤送信|紛失)(?:の)?(?:防止|対策)|(?<!見)守る|(?<!見)守り|徹底|漏えい|漏洩|流出|啓発|注意喚起|セキュリティ教育|(?:情報|文書|データ|書類|秘密|機密|パスワード|鍵|かぎ)(?:の)?管理の|取り扱いについて|取扱いについて|しないよう|ないようにしましょう|ないよう(?:に)?(?:注意|気をつけ|気を付け)|やめましょう|やめて|気をつけましょう|注意しましょう/u
/**
 * A post about keeping secrets (研修, 漏えい防止): the words count in the post's own voice, not inside a remark it
 * quotes (「市の研修は形だけ」との発言) nor in a body's name (人権啓発推進協議会).
 * Blind R21B-047 kind: nor a training named as a budget's item, its fee or its cost (観光ボランティア研修の講師謝金は、予算査定で…削られました,
 * 研修の委託料, 研修費): the money of a training, no lesson on keeping secrets (TRAINING_AS_ITEM).
 */
const TRAINING_AS_ITEM = /研修(?:の)?(?:講師謝金|謝金|講師料|謝礼|費用|経費|予算|委託料|委託費|事業費|旅費|費)/gu
const AWARENESS = {
  test: (s: string): boolean =>
    AWARENESS_WORDS.test(s) && AWARENESS_WORDS.test(s.replace(/「[^「」\n]{0,80}」/gu, '').replace(/啓発(?:推進)?(?:協議会|委員会|センター|課|係|室)/gu, '').replace(TRAINING_AS_ITEM, '')),
}

/**
 * A class of information named as what a duty keeps (the terms of a contract or a rule, in the written register): 機密情報について
 * 秘密保持義務を負い, 機密事項を第三者に漏らしてはならない, 機密情報を外部に開示しないこと, 機密保持契約を締結. Read from right
 * after the word (機密, 秘密情報, 内部情報 …): the duty is the predicate of the clause it starts. A concession that goes on to tell
 * (守秘義務がありますが、こっそり…) is not a duty stated.
 */
const SECRECY_DUTY =
  /^(?:保持|保護)(?:義務|契約|条項|誓約書?|に関する(?:誓約書?|契約|条項|覚書))(?:を|が|に|の)?[^。！？!?\n「」【】]{0,8}?(?:負(?:う|い|います|わせ|って(?:いただ|もら))|課(?:す|し|され)|定め|規定|締結|結(?:ぶ|び|ん)|交わ|提出|署名|義務付け)|^(?:情報|事項|文書|データ)?(?:等|など)?(?:について|に関して|に関する[^。！？!?\n「」【】]{0,6}|を|は|も)[^。！？!?\n「」【】]{0,16}?(?:(?:秘密|機密|守秘)(?:保持)?(?:義務|契約|条項|誓約書?)(?:を|が|に)?[^。！？!?\n「」【】]{0,6}?(?:負(?:う|い|います|わせ|って(?:いただ|もら))|課(?:す|し|され)|定め|規定|締結|結(?:ぶ|び|ん)|交わ|提出)|(?:漏らし|漏えいし|漏洩し|開示し|提供し|口外し)て(?:は)?(?:ならない|ならず|なりません|いけない|いけません)|(?:漏らさ|漏えいしな|漏洩しな|開示しな|提供しな|口外しな)(?:い|ず)(?:こと|ものとする|よう)|(?:を)?義務付け)/u
/**
 * Blind R87A-082: a class of information named as a topic of a lesson or a rule of handling (情報セキュリティ研修を行いました。機密情報の
 * 取り扱いや、不審なメールの見分け方…について確認しました; 機密保持の重要性についてeラーニング; 機密文書の保管と廃棄の手順を学び):
 * the word is followed by how it is handled (の取り扱い, の管理, 保持の重要性, の保管, の廃棄), and the sentence or the one before names the
 * lesson (研修, 講習, 勉強会, 学び, eラーニング, 確認しました). Not a bracketed 【機密】, nor what is told on the quiet in the sentence
 * (ここだけの話, ちょっとだけお見せ), nor 機密 before a paper or a matter (機密の人事案, 機密資料によると).
 */
const HANDLED_AFTER = /^(?:情報|事項|文書|書類|データ|資料)?(?:等|など)?(?:の)?(?:適切な|適正な|安全な|正しい)?(?:取り?扱い?|取扱|管理|保管|保護|保持|廃棄|処分|処理|持ち?出し|漏えい|漏洩|重要性|扱い方|ルール)/u
const LESSON = /研修|講習|講座|勉強会|学習|学び|学ん|学べ|[eＥｅE]-?ラーニング|訓練|セキュリティ教育|周知|確認しました|確認いたしました|について(?:確認|学|説明|講義|お話)/u
/**
 * Blind KT-028: …or as what the lesson taught not to do with it (個人情報や機密情報を入力しないこと、…などを学びました; 機密情報は持ち出さない
 * ように): the class as the object of a rule of conduct, in a sentence (or after one) that names the lesson.
 */
const NOT_DONE_AFTER = /^(?:情報|事項|文書|書類|データ|資料)?(?:等|など)?(?:を|は|も)[、,]?[^。！？!?\n「」【】]{0,12}?(?:ない(?:こと|よう)|てはいけ|ては(?:なら|ダメ|だめ)|禁止)/u
function lessonTopic(t: string, start: number, end: number): boolean {
  if (/[【\[〔《〈<(「『]$/u.test(t.slice(Math.max(0, start - 1), start)) || !(HANDLED_AFTER.test(t.slice(end, end + 16)) || NOT_DONE_AFTER.test(t.slice(end, end + 24)))) return false
  const here = sentenceAround(t, start, end)
  const prev = here.start > 0 ? sentenceAround(t, here.start - 1, here.start - 1) : here
  const sentence = t.slice(here.start, here.end)
  return LESSON.test(t.slice(prev.start, here.end)) && !TOLD_ANYWAY.test(sentence)
}
/**
 * Blind TX-133: a rule of handling named as a topic of a lesson (情報セキュリティ研修を行いました。機密情報の持ち出し禁止、USBメモリの使用
 * ルール…を確認しました; 個人情報の持ち出し禁止や書類の複製禁止について学びました): the ban is said of a class of information or papers (Xの
 * 持ち出し禁止), as a noun of the rule itself, in a sentence (or after one) that names the lesson. Not a marker standing on a paper
 * (【持ち出し禁止】, 持ち出し禁止の資料, この資料は持ち出し禁止ですが), nor what is told on the quiet in the sentence.
 */
const RULE_BANNED = /^(?:持ち?出し?|複製|転送|配付|配布|コピー)禁止$/u
const RULE_OF_CLASS = /(?:情報|資料|文書|書類|データ|記録|名簿|媒体|機器|パソコン|PC|端末|USBメモリ?)(?:等|など|類)?の$/u
const RULE_ON_PAPER = /^(?:の|と(?:書|記|あ)|って|扱い|です|でした|だ|なので|なん|ですが|だけど|シール|スタンプ|ハンコ|印|マーク)/u
function ruleTaught(t: string, start: number, end: number): boolean {
  if (!RULE_BANNED.test(t.slice(start, end)) || !RULE_OF_CLASS.test(t.slice(Math.max(0, start - 12), start)) || RULE_ON_PAPER.test(t.slice(end, end + 6))) return false
  const here = sentenceAround(t, start, end)
  const prev = here.start > 0 ? sentenceAround(t, here.start - 1, here.start - 1) : here
  return LESSON.test(t.slice(prev.start, here.end)) && !TOLD_ANYWAY.test(t.slice(here.start, here.end))
}
/**
 * Colleague: a marker used as one, not talked about, is not hidden by an awareness word elsewhere in its sentence (【機密】来週の職員研修の
 * 講師は…に決まりました; 研修で配られた機密資料によると、…): the word stands alone in brackets as a label (【機密】, [内部資料]), or a paper
 * it names is cited as the source of what is told (機密資料によると, 内部資料を見ると). 機密情報の漏えいを防ぐ研修, 機密文書を守るルール
 * name the class as the topic of the lesson and stay clean.
 */
const LABEL_OPEN = /[【\[〔《〈<(『〖]$/u
const LABEL_CLOSE = /^(?:[・/／、,\s][^【】\[\]〔〕《》〈〉<>()『』〖〗\n・]{1,8})?[】\]〕》〉>)』〗]/u
const CITED_AFTER = /^(?:の)?(?:資料|文書|書類|データ|メモ|情報|ファイル|ペーパー|報告書?|記録)?(?:によると|によれば|によりますと|を見ると|を見たら|を見る限り|を読むと|を読んだら|では[、,][^。！？!?\n]{0,24}?(?:[0-9０-９]|決ま|決定|見込み|方向|予定))/u
/**
 * The same for the words whose list entry drops them in a sentence about protecting secrets (機密{研修,守,…}): used as a label or cited
 * as a source, they are found here whatever else the sentence says.
 */
const MARKER_IN_USE = new RegExp(
  String.raw`(?<=[【\[〔《〈<(『〖])(?:機密|秘密情報|内部情報)(?=(?:[・/／、,\s][^【】\[\]〔〕《》〈〉<>()『』〖〗\n・]{1,8})?[】\]〕》〉>)』〗])|(?:機密|秘密情報|内部情報)(?=${CITED_AFTER.source.slice(1)})`,
  'gu',
)
/** The label itself talked of (【機密】と書かれた資料, 【機密】の表示がある文書, 【内部資料】のスタンプ): a lesson on marked papers may name it. */
const LABEL_TALKED = /^[^】\]〕》〉>)』〗\n]{0,9}[】\]〕》〉>)』〗](?:と|って|の|という|との)(?:書|記|表示|印|スタンプ|マーク|ハンコ|はんこ|判|付|つ|押|入|文字|区分|シール|ラベル)/u
function markerInUse(t: string, start: number, end: number): boolean {
  return (LABEL_OPEN.test(t.slice(Math.max(0, start - 1), start)) && LABEL_CLOSE.test(t.slice(end, end + 12)) && !LABEL_TALKED.test(t.slice(end, end + 24))) || CITED_AFTER.test(t.slice(end, end + 40))
}
/**
 * A draft paper of the council or of personnel (答弁案, 想定問答, 人事案) named only as the work in hand: being made, checked or rewritten
 * (答弁案の作成に追われています, 想定問答づくりが大詰めです, 答弁案を書いています), with nothing of it told, shown or cited in its sentence or the
 * next (no quotation, figure, こっそり, 見せ, によると: NAMED_PAPER_TOLD, TOLD_ANYWAY). Staff's busy season, not a leak. With a photo
 * or video attached the post step warns (what the picture shows). A paper shared, shown or quoted stays a marker.
 */
const DRAFT_PAPER = /^(?:答弁案|想定問答|人事案)$/u
const DRAFT_AT_WORK =
  /^(?:集)?(?:の)?(?:作成|作り|づくり|準備|取りまとめ|とりまとめ|調整|精査|読み合わせ|確認作業|手直し|書き直し|修正)(?:作業)?(?:に追われ|で残業|が続|が大詰め|も大詰め|が山場|も山場|の真っ最中|中|を進め|に取り組|に励|で(?:大忙し|バタバタ|ばたばた|てんてこ舞い|忙し|手一杯))|^(?:集)?(?:を|の)(?:作成し|作っ|つくっ|まとめ|練っ|書い|直し)(?:てい|て(?:お|い)ります|とる|よる|中)/u
function draftAtWork(t: string, start: number, end: number): boolean {
  if (!DRAFT_PAPER.test(t.slice(start, end)) || !DRAFT_AT_WORK.test(t.slice(end, end + 16))) return false
  const s = sentenceAround(t, start, end)
  const told = sentenceAndNext(t, start, end)
  const after = told.slice(end - s.start)
  return !TOLD_ANYWAY.test(told) && !NAMED_PAPER_TOLD.test(t.slice(s.start, start)) && !NAMED_PAPER_TOLD.test(after) && !DRAFT_CONTENT.test(after)
}
/** What a draft's content would say: a person or a post (さん, 課長), a decision or where it is heading, a measure (無償化, 廃止). */
const DRAFT_CONTENT = /さん|氏|様|課長|部長|係長|局長|所長|室長|異動|昇任|昇格|決ま|決定|なりそう|見込み|方向|方針|予定|無償|引き上げ|引き下げ|値上げ|値下げ|廃止|新設|統合|休止|中止|延期|見直し|答え|回答|とのこと|そうです/u
/** Telling on the quiet in the same sentence: a duty named and then broken. */
const TOLD_ANYWAY = /こっそり|ここだけ|内緒|ないしょ|ナイショ|オフレコ|少しだけ|ちょっとだけ|お見せ|教えちゃ|教えます|入手/u

/**
 * Blind GY-016: 解禁前 said of a harvest's or a fishing season's opening, where the word's own sentence (a heading: ■解禁前の準備が肝心)
 * names no season but the paragraph does (摘み取りの解禁前は、網や船の点検…): the list's ordinary sense is read in the sentence only, so
 * the paragraph is read here. Not when the paragraph speaks of a release (報道, 記者, 発表, 公表, 情報) or of telling on the quiet (こっそり,
 * 内緒, 教え): 海苔の新ブランド名は解禁前ですが… stays a marker.
 */
const SEASON_WORD = /^解禁前$/u
const HARVEST_SEASON = /漁|釣り|釣れ|猟|鮎|アユ|あゆ|海苔|ノリ|摘み取り|摘採|初摘み|茶摘み|新茶|収穫|採取|水揚げ|潮干|タケノコ|たけのこ|筍|山菜|松茸|養殖|網(?!羅)/u
const RELEASE_TALK = /報道|記者|発表|公表|リリース|プレス|情報|資料|こっそり|内緒|ないしょ|ナイショ|ここだけ|教え|お見せ|見せちゃ|チラ見せ|ネタバレ|先行|一足|ひと足|お披露目|ブランド名|商品名|新商品|価格|値段/u
function seasonOpening(word: string, paragraph: string): boolean {
  return SEASON_WORD.test(word) && HARVEST_SEASON.test(paragraph) && !RELEASE_TALK.test(paragraph)
}

/** Candidates looked at per pattern and paragraph: findings are grouped anyway, and typing stays cheap on pathological text. */
const MAX_HITS = 64

function sentenceOf(t: string, start: number, end: number): string {
  const s = sentenceAround(t, start, end)
  return t.slice(s.start, s.end)
}

/** A document carrying the marker, shared in the post itself: と書かれた通知文…共有します, とある資料を公開. */
const SHARES_MARKED =
  /(?:と書かれた|とある|と記載(?:され|の)|と押された|の印(?:が)?(?:押された|のある)|のスタンプ(?:が)?(?:押された|のある))(?:[^。！？!?\n]{0,12})(?:資料|文書|通知|通知文|メール|書類|データ|ファイル|プリント|紙)[^。]{0,40}?(?:共有し(?:ます|まーす|ちゃ)|公開し(?:ます|ちゃ)|ご紹介し|紹介し(?:ます|ちゃ)|載せ(?:ます|ちゃ|とき)|お見せし|掲載し(?:ます|ちゃ)|アップし|添付し|お知らせし|内容は次の|以下のとおり|次のとおり)/u

/**
 * A marker stamped on a paper, right after the quoted marker (「取扱注意」のハンコが押してある, 「部外秘」と押された印, 『関係者限り』って
 * スタンプが押してある): the marker is on the document the post is about, not a word talked of.
 */
const STAMPED = /^(?:の|と|って|という)?(?:ハンコ|はんこ|判子|印鑑|ゴム印|朱印|スタンプ|印)(?:が|の|を|も)?[^。！？!?\n]{0,4}?(?:押|捺|付い|つい|入っ|あり|ある|あっ)/u
/** …on a paper (資料, 書類, 表紙) … */
const STAMPED_PAPER = /資料|文書|書類|表紙|プリント|ファイル|データ|メモ|議事録|ペーパー|原稿|報告書|図面|案(?!内)|スライド|テキスト|教材|レジュメ|マニュアル|冊子|名簿|一覧|シート|チラシ|PDF|pdf/u
/** …shown in the post (一枚だけ📸, 写真でお見せします, 撮ってみました, アップ): the marked paper photographed or handed out. */
const STAMPED_SHOWN = /一枚|1枚|ひとつだけ|写真|撮っ|撮り|撮影|📸|📷|載せ|のせ|アップ|お見せ|見せ|チラ見せ|公開し|ご紹介|紹介し|共有し|掲載し/u
/**
 * Blind R148D-073: a training's own material named as the paper shown (接遇研修のスライド, 研修資料, 研修で配られたテキスト): the stamped paper
 * shared, not a lesson on keeping secrets; 研修 there names the paper, so it is no awareness word.
 */
const TRAINING_PAPER = /研修(?:の|で(?:使(?:った|われた|う)|配(?:られ|布され|付され)た|もらった)|用の?)?(?:スライド|資料|テキスト|教材|レジュメ|配布資料|冊子|プリント)/gu
/** …unless the showing is refused (写真はお見せできません, 掲載は控えます). */
const SHOWN_REFUSED = /(?:でき|出来|られ)(?:ません|ない|ず)|お控え|控え(?:ます|させ)|(?:載せ|見せ|公開し|掲載し|アップし)(?:ません|ない|ず)/u

/**
 * Handle with care as a parcel's label (割れ物のため、箱に「取扱注意」のシールを貼ってお届けします, ワレモノ・取扱注意のシール): a
 * shipping instruction on goods, no classification. The marker must be of the handle-with-care kind, the sentence about goods sent
 * (割れ物, 精密機器, 梱包, 発送, 返礼品 …) and about no paper or data (資料, 書類, 名簿, 見積書 …), which keeps it a marker.
 */
const HANDLE_WITH_CARE = /^[【\[〔《〈<(「『〖〘〚⦅]?(?:要)?取り?扱い?(?:要|厳重)?(?:注意|ちゅうい|チュウイ|ﾁｭｳｲ)[】\]〕》〉>)」』〗〙〛⦆]?$/u
const PARCEL = /割れ物|割れもの|われもの|ワレモノ|壊れ物|壊れもの|こわれもの|コワレモノ|割れやす|壊れやす|精密機器|天地無用|水濡れ|梱包|荷物|小包|宅配|配送|発送|お届け|段ボール|ダンボール|返礼品|ガラス|陶器|磁器|瀬戸物|ナマモノ|生もの|クール便/u
const PAPER_OR_DATA = /資料|書類|文書|データ|名簿|一覧|リスト|議事|メモ|原稿|会議|見積|報告|台帳|ファイル|情報|申請書|通知|案(?!内)/u
function parcelLabel(marker: string, sentence: string): boolean {
  return HANDLE_WITH_CARE.test(marker) && PARCEL.test(sentence) && !PAPER_OR_DATA.test(sentence)
}

/**
 * Blind IG-069: handle with care as a class of waste or dangerous goods (スプレー缶やカセットボンベは「取扱注意」の危険ごみです,
 * 割れた食器は「取扱注意」と書いた紙を貼って出してください, 取扱注意のシールを貼った袋で): a sorting rule on things put out, no
 * classification. The marker names the goods or a label stuck on them (の危険ごみ, のごみ, のシール, と書いた紙を貼って), the sentence is
 * about waste or hazardous goods (ごみ, スプレー缶, 乾電池, 刃物, 分別 …) and names no paper or data; a marker at the head of a line
 * (【取扱注意】危険ごみ収集ルート見直し案) heads what follows and stays a marker.
 */
const WASTE = /ごみ|ゴミ|粗大|不燃|可燃|資源物|分別|収集|集積所|ステーション|危険物|スプレー缶|カセットボンベ|ボンベ|ガス缶|ライター|乾電池|電池|蛍光灯|電球|水銀|刃物|包丁|カミソリ|注射針|割れた|ガラス|陶器|食器|灯油|農薬|薬品|清掃センター|クリーンセンター/u
const GOODS_LABEL_AFTER =
  /^[】\]〕》〉>)」』〗〙〛⦆]?(?:の|な)(?:[\p{Script=Han}]{0,3}(?:ごみ|ゴミ|物|品|品目)|もの|シール|ラベル|ステッカー|札|表示|マーク|袋)|^[】\]〕》〉>)」』〗〙〛⦆]?(?:と|って)(?:書いた|書いて|記入した|記入して|表示した|表示して|明記した|明記して|記した|記して)[^。！？!?\n]{0,8}?(?:紙|シール|ラベル|テープ|貼)/u
/**
 * Blind JE-083 kind: handle with care said of goods as the predicate of a sentence (スプレー缶・カセットボンベは取扱注意！必ず中身を使い
 * 切ってから…, 灯油や農薬は取扱注意です。, 割れた食器も取扱注意なので…): a hazard told about a physical thing, no label standing on a paper.
 * The marker follows the topic's は, も or って and ends the statement (！, 。, です, なので); the sentence names waste or a hazardous good
 * (WASTE, GOODS_HAZARD) and no paper or data (この資料は取扱注意です stays a marker).
 */
const GOODS_PREDICATE_BEFORE = /(?:は|も|って)$/u
const GOODS_PREDICATE_AFTER = /^(?:(?:です|でございます|だ|や|なんです|ですよ)?(?:[！!。、,…]|\n|$)|なので|ですので|のため|につき|です(?:から|が))/u
const GOODS_HAZARD = /引火|発火|破裂|爆発|可燃性|劇薬|毒物|薬剤|洗剤|漂白剤|花火|高温|やけど|火傷|けが|ケガ|怪我/u
function wasteLabel(t: string, start: number, end: number): boolean {
  const marker = t.slice(start, end)
  if (!HANDLE_WITH_CARE.test(marker)) return false
  const predicate = GOODS_PREDICATE_BEFORE.test(t.slice(Math.max(0, start - 2), start)) && GOODS_PREDICATE_AFTER.test(t.slice(end, end + 8))
  if (!predicate && !GOODS_LABEL_AFTER.test(t.slice(end, end + 20))) return false
  // At the head of the post or of a line, the marker heads what follows.
  if (start === 0 || t[start - 1] === '\n') return false
  const sentence = sentenceOf(t, start, end)
  return (WASTE.test(sentence) || (predicate && GOODS_HAZARD.test(sentence))) && !PAPER_OR_DATA.test(sentence)
}

/**
 * Blind GX-104: a rights notice on the city's published work (※掲載写真の無断転載・複製禁止, 作品画像の複製禁止, （イラストの転載・複製禁止）,
 * 著作権…複製禁止): 複製禁止 or 転載禁止 said of photos, pictures or works put out for all to see, or of copying without leave (無断),
 * is copyright, not a marking on an internal paper. A paper or a circle inside named in the sentence (本資料は複製禁止, 庁内配布・無断複製
 * 禁止, 職員向け研修テキスト) keeps it a marker.
 */
const COPY_MARKER = /^(?:複製禁止|転載禁止|禁転載|無断(?:転載|複製)禁止)$/u
const RIGHTS_NOTICE =
  /無断(?:で|の)?(?:転載|複製|複写|転用|使用|利用|コピー|加工)|著作権|(?:写真|画像|動画|映像|イラスト|作品|掲載物|デザイン|ロゴ|キャラクター|マスコット|図柄|絵柄)(?:等|など)?の?(?:転載|複製)/u
const INTERNAL_PAPER = /資料|文書|書類|議事|会議|庁内|内部|部外|課内|職員|関係者|回収|非公開|未公表|秘|テキスト|マニュアル|名簿|台帳|メモ|原稿|データ/u
function rightsNotice(marker: string, around: string): boolean {
  return COPY_MARKER.test(marker) && RIGHTS_NOTICE.test(around) && !INTERNAL_PAPER.test(around)
}
/** The sentence holding [start, end) and the one before it (a notice often follows what it covers: 著作権は…帰属します。複製禁止。). */
function withSentenceBefore(t: string, start: number, end: number): string {
  const here = sentenceAround(t, start, end)
  const prev = here.start > 0 ? sentenceAround(t, here.start - 1, here.start - 1) : here
  return t.slice(prev.start, here.end)
}

/**
 * A quoted marker named as a class of papers in a lesson on handling them (「取扱注意」のハンコが押された書類は、机の上に置いたままに
 * しないよう気をつけましょう; 「部外秘」の印が押された資料は…鍵のかかる棚に保管しましょう): how to keep such papers, nothing of one told.
 * A paper of that class shown or told on the quiet (…ですが、中身を少しだけお見せします) is no lesson.
 */
const CLASS_NAMED = /^(?:の|と|って|という)?(?:ハンコ|はんこ|判子|印鑑|ゴム印|朱印|スタンプ|印|表示|シール|ラベル)(?:が|の|を|も)?[^。！？!?\n]{0,4}?(?:押|捺|付い|つい|貼|入っ|あり|ある)|^(?:と|って)(?:書かれ|記され|記載され|押され|表示され)|^(?:扱い|指定)の/u
const HANDLING_LESSON = /ないよう(?:に)?(?:注意|気をつけ|気を付け|しましょう|して(?:ください|下さい)|お願い)|しないよう|ないようにしましょう|やめましょう|(?:気をつけ|気を付け|注意し)ましょう|(?:ては|ちゃ)(?:いけません|だめ|ダメ)|厳禁です|(?:保管|管理|施錠|回収|返却|廃棄|処分|裁断|シュレッダー|金庫|鍵)[^。！？!?\n]{0,8}?(?:ましょう|して(?:ください|下さい))/u
/** …a paper shown in the sentence or right after it (写真, こちらの, 添付): no lesson, whatever the sentence says. */
const PAPER_SHOWN = /写真|撮っ|撮り|撮影|📸|📷|公開し|共有し|載せ(?:ます|ちゃ|とき)|アップし|こちら(?:の|です|を|に)|以下の|下記の|添付/u
function classLesson(t: string, end: number, sentence: Span): boolean {
  const text = t.slice(sentence.start, sentence.end)
  const around = t.slice(sentence.start, Math.min(t.length, sentence.end + 40))
  return CLASS_NAMED.test(t.slice(end, end + 16)) && STAMPED_PAPER.test(text) && HANDLING_LESSON.test(text) && !TOLD_ANYWAY.test(around) && !PAPER_SHOWN.test(around)
}

/**
 * A marker given as the reason a paper is not shown (内部資料のため写真はお見せできません, 部外秘のため、お配りできません, 庁内資料なので
 * 公開できませんが、当日の雰囲気を…): a refusal, nothing of the paper told. So too a matter heard off the record and not told, or said never
 * to be posted (words.ts secretNotTold: オフレコで聞いた話なので、ここには書けません; オフレコの話はSNSには書きません). What follows in the sentence must tell nothing of it either:
 * its content, a figure or a decision, or a showing after all (特別に少しだけ公開します) keeps the marker.
 */
const REFUSED_FOR = /^(?:扱い|指定)?(?:の|な)?(?:ため|なので|ですので|につき|であるため|ということで)[、,]?[^。！？!?\n]{0,12}?(?:お見せ|見せ|公開|掲載|お出し|出せ|出し|お伝え|伝え|ご紹介|紹介|共有|お配り|配布|配付|配れ|載せ|アップ|お答え|回答|開示|提供|お示し|示せ|お渡し|渡せ)(?:でき|出来|いたしかね|しかね|られ|れ)(?:ません|ない|ず|かねます)|^(?:扱い|指定)?(?:の|な)?(?:ため|なので|ですので|につき)[、,]?[^。！？!?\n]{0,12}?(?:掲載|公開|配布|共有)(?:は|を)?(?:控え|お控え|差し控え|見送)/u
const TOLD_AFTER_REFUSAL = /こっそり|ここだけ|内緒|ないしょ|ナイショ|少しだけ|ちょっとだけ|特別に|チラ見せ|中身|内容|概要|要点|ポイント|書いて(?:あ|あり)|によると|決ま|決定|方向|見込み|予定|[0-9０-９〇一二三四五六七八九十百千]+(?:万|億)?(?:円|社|人|名|件|票|点|%|％|割|か所|箇所|世帯)/u
function refusedFor(t: string, end: number): boolean {
  if (secretNotTold(t, end)) return true
  const r = REFUSED_FOR.exec(t.slice(end, end + 40))
  if (!r) return false
  const rest = t.slice(end + r[0].length, sentenceAround(t, end, end).end)
  return !TOLD_AFTER_REFUSAL.test(rest)
}

function emitAll(p: Present, doc: Doc, t: string, re: RegExp, rule: string, emit: (f: DraftFinding) => void, spans: Span[], keep: (m: RegExpExecArray) => boolean): void {
  // None of the literals every match needs occurs in the paragraph: nothing to find.
  if (!p.may(re)) return
  re.lastIndex = 0
  let n = 0
  for (let m = re.exec(t); m && n < MAX_HITS; m = re.exec(t), n++) {
    if (!keep(m)) continue
    const end = m.index + m[0].length
    const span = doc.fromSqueezed(m.index, end)
    spans.push(span)
    // Quoted as an example (「部外秘」と書かれた資料, 「まだ公表前ですが」などと前置きした投稿): a mention, at most a note.
    const quoted = /^[「『"]/u.test(m[0]) && /[」』"]$/u.test(m[0]) ? { start: m.index + 1, end: end - 1 } : { start: m.index, end }
    const sentence = sentenceAround(t, quoted.start, quoted.end)
    // …unless the post shares the very document (「転送禁止」と書かれた通知文ですが、皆さんにも共有します).
    // …nor when the marker is stamped on a paper that the post shows (表紙に「取扱注意」のハンコが押してあるけど…一枚だけ📸).
    // …and a quoted marker naming a class of papers in a lesson on handling them (「取扱注意」のハンコが押された書類は…置いたままにしないよう) is one.
    // …and so is a whole saying quoted as an example (「正式な公表は来週になりますが、…」といった書き込み).
    // …nor the writer's own aside in round brackets (資料（外には出さないでほしいと言われたものですが）によると…), in any sentence.
    const mention = (isMention(t, quoted.start, quoted.end, sentence) && !SHARES_MARKED.test(t.slice(sentence.start, Math.min(t.length, sentence.end + 40))) && !stampedShown(t, end, sentence) && !roundAside(t, quoted.start, quoted.end) && !markedButPassed(t, quoted.end) && !markedPaperGlimpsed(t, quoted.end) && !markerSaidButTold(t, quoted.start, quoted.end) && !stampIgnored(t, end) && !secrecyAskedButShown(t, quoted.end) && !markerOnToldPaper84(t, quoted.end)) || (quoted.start > m.index && classLesson(t, end, sentence)) || (quoted.start === m.index && quotedExample(t, m.index, end))
    emit({ rule, start: span.start, end: span.end, ...(mention ? { mention } : {}) })
  }
}

/**
 * Blind R68A-121: the writer's own aside in round brackets, a clause of their voice run into the sentence (校長会で配られた資料（外には出さない
 * でほしいと言われたものですが）によると…; 説明会の資料（口外しないよう念を押されましたが）では…): round brackets hold a remark, not a quotation,
 * so an awareness word elsewhere in the sentence (いじめ, 研修) makes it no example. A short word in brackets, brackets introduced as an
 * example (例：（…）) and brackets followed by a quotative (（…）といった, （…）などと) stay mentions.
 */
const ASIDE_QUOTATIVE_AFTER = /^[、,\s]*(?:といった|などと?|のような|のように|という|といわれ|と言われ|と言う|とは|と書|等の?|って(?:言葉|表現|書き込み))/u
const ASIDE_EXAMPLE_BEFORE = /(?:例|例えば|たとえば|例として|文例|例文)[：:、,\s]*$/u
function roundAside(t: string, start: number, end: number): boolean {
  let open = -1
  for (let i = start - 1; i >= Math.max(0, start - 8); i--) {
    const c = t[i]!
    if (c === '(') {
      open = i
      break
    }
    if (c === ')' || c === '「' || c === '」' || c === '『' || c === '』' || c === '\n') return false
  }
  if (open < 0) return false
  const close = t.indexOf(')', end)
  if (close < 0 || close - end > 8 || close - open - 1 < 8 || t.slice(open + 1, close).includes('(')) return false
  return !ASIDE_EXAMPLE_BEFORE.test(t.slice(Math.max(0, open - 8), open)) && !ASIDE_QUOTATIVE_AFTER.test(t.slice(close + 1, close + 12))
}

/**
 * Blind TS-041: a secret someone confides to the reader, quoted in advice on what to do when it happens (子どもから「内緒にしてね」と
 * 打ち明けられたら、まずは…受け止めてください; 「お母さんには秘密にして」と頼まれた場合も…ご相談ください): the 内緒 is a child's or a
 * friend's words the reader may hear, put in a case (…たら, …たとき, …た場合, …ても), not the writer keeping a matter of the city quiet.
 * A request told as having happened (課長から「内緒にしといてね」と言われたけど…) is no case and stays a secret kept.
 */
const CONFIDED_CASE = /^[」』][、,]?(?:と|って)[、,]?(?:[^。！？!?\n「」]{0,8}?)(?:打ち明けられ|うちあけられ|言われ|いわれ|頼まれ|たのまれ|相談され|お願いされ|話され|言って(?:き|来)|打ち明けて(?:き|来|くれ)|話して(?:き|来|くれ))(?:たら|た(?:とき|時|場合|ときは|時は|場合は|場合も|ときも|としても)|ても|てきたら|ることも|ることが|る(?:とき|時|場合))/u
function confidedCase(t: string, start: number, end: number): boolean {
  const q = quoteAround(t, start, end, 40)
  return q !== null && CONFIDED_CASE.test(t.slice(q.close, q.close + 40))
}

/** What follows a saying quoted as an example: といった, などの, のような, という書き込み. */
const QUOTED_EXAMPLE_AFTER = /^[、,\s]*(?:といった|などと?|のような|のように|という(?:書き込み|投稿|表現|言い方|文面|文章|返信|コメント|前置き|例)|等の)/u
/** A match inside a saying in brackets (up to 60 characters after it) that the post quotes as an example. */
function quotedExample(t: string, start: number, end: number): boolean {
  const q = quoteAround(t, start, end, 60)
  return q !== null && q.close - end <= 60 && QUOTED_EXAMPLE_AFTER.test(t.slice(q.close + 1, q.close + 16))
}

/**
 * Blind TV-001: a swindler's pitch quoted in a warning (「上場企業の内部情報があるので必ずもうかる」といった勧誘が寄せられています,
 * 「証券会社の内部情報を特別に教えます」と持ちかける電話, 「社外秘の資料をお見せします」というメールにご注意): the marker is a word of the
 * pitch, others' words shown so that readers know them, not the city's paper. The saying in 「」 (up to 60 characters after the word,
 * other sayings may follow it), then a quotative and a word of soliciting: one that names a pitch by itself (勧誘, 持ちかけ, 売り込み,
 * 手口, もうけ話), or a channel (電話, メール, 広告, 誘い) with a warning in the paragraph (詐欺, 不審, ご注意, 消費生活センター). A
 * saying reported from inside (「…」と課長から聞きました), a mail received with no warning and the saying with no quotative stay markers.
 */
const PITCH_AFTER = /^[、,\s]*(?:といった|などといった|などと|などの|のような|という|との|と|って)[、,\s]?/u
const PITCH_WORD = /^(?:勧誘|売り込み|売込み|セールス|持ちかけ|持ち掛け|もちかけ|言い寄|誘い込|誘い文句|手口|甘い言葉|うまい話|おいしい話|もうけ話|儲け話|投資話|うたい文句|謳い文句)/u
const CHANNEL_WORD = /^(?:電話|メール|SMS|ショートメール|メッセージ|DM|手紙|はがき|ハガキ|封書|広告|書き込み|声かけ|声を?かけ|近づ|勧め|すすめ|誘い|誘っ|誘う|誘わ|名乗|文句)/u
const PITCH_WARNING = /詐欺|悪質|不審|怪し|あやし|だまされ|騙され|だまし|騙し|ご注意|注意して|お気をつけ|気をつけて|気を付けて|消費生活センター|消費者ホットライン|警察|被害|(?:すぐ|直ちに)に?(?:電話を)?切|応じない|相手にしない/u
/** A further saying right after the first (「未公開株を譲ります」「内部情報があります」といった). */
const NEXT_SAYING = /^[、,・\s]{0,2}(?:や|と)?[、,・\s]{0,2}[「『][^「『」』\n]{1,60}[」』]/u
function scamPitch(t: string, start: number, end: number): boolean {
  const q = quoteAround(t, start, end, 60)
  if (q === null || q.close - end > 60) return false
  let k = q.close + 1
  for (let n = 0; n < 6; n++) {
    const next = NEXT_SAYING.exec(t.slice(k, k + 72))
    if (!next) break
    k += next[0].length
  }
  const lead = PITCH_AFTER.exec(t.slice(k, k + 24))
  if (!lead) return false
  // The word of soliciting at most 12 characters after the quotative (と持ちかける電話, といった勧誘, などと言って投資を勧める).
  const rest = t.slice(k + lead[0].length, k + lead[0].length + 24)
  for (let i = 0; i <= Math.min(12, rest.length); i++) {
    const from = rest.slice(i)
    if (/^[。！？!?\n「」『』]/u.test(from)) break
    if (PITCH_WORD.test(from)) return true
    if (CHANNEL_WORD.test(from)) return PITCH_WARNING.test(t)
  }
  return false
}

/**
 * Blind TV-115: a marked paper named as what a photo must not catch, in advice on taking photos or a case told as a common mistake
 * (背景のホワイトボードに社外秘の売上表が写っていた、という失敗は珍しくない; 社外秘の書類が写り込まないよう、撮影前に机の上を片付け
 * ましょう; 背景に部外秘の資料が写っていないか確認してください): a lesson on what to keep out of pictures, no paper of the city told.
 * The sentence speaks of a photo catching something and either keeps it out (写らないよう, 写っていないか, 写り込みに注意) or puts the
 * case as one that often happens (という失敗は珍しくない, といったミスがよくある). A paper said to be in the photo now (部外秘の資料が写り込んで
 * いますが), a mistake of one's own told as having happened (先日…というミスがありました) and anything told on the quiet stay markers.
 */
const PHOTO_CAUGHT = /写り?込|映り?込|写りこ|映りこ|写っ|映っ|写ら|映ら|写さ|写し|写す|写る|映る|撮影|撮っ|撮る|撮ら|写真/u
const KEPT_OUT_OF_PHOTO = /(?:写り?込|映り?込|写りこ|映りこ|写|映)(?:ま|ら)ない(?:よう|ように)|(?:写り?込|映り?込|写りこ|映りこ)(?:んで(?:い)?|ま)ないか|(?:写|映)って(?:い)?ないか|(?:写り?込み|映り?込み|写りこみ|映りこみ)(?:に|を|が)(?:は)?[^。！？!?\n]{0,6}?(?:注意|気をつけ|気を付け|確認|チェック|防)/u
const COMMON_MISTAKE = /(?:という|といった|のような)(?:失敗|ミス|事故|トラブル|ケース|事例|例)(?:は|が|も)[^。！？!?\n]{0,8}?(?:珍しくな|よくあ|多い|多く|少なくな|後を絶た|相次|ありがち|起こりがち|あるそう|あります|ある(?:んです|そうです|ようです))/u
function photoLesson(t: string, start: number, end: number): boolean {
  const sentence = sentenceOf(t, start, end)
  if (!PHOTO_CAUGHT.test(sentence) || TOLD_ANYWAY.test(sentence) || /中身|内容は/u.test(sentence)) return false
  if (KEPT_OUT_OF_PHOTO.test(sentence) || HANDLING_LESSON.test(sentence)) return true
  return COMMON_MISTAKE.test(sentence) && !/先日|昨日|今日|本日|うちの|当課|当係|私たち|わたしたち|私が|わたしが/u.test(sentence)
}

/**
 * Round 55: a secrecy prefix named as the mark on a paper (㊙マークついてたけど…デザイン案、先にチラ見せ, マル秘マークが付いた資料を
 * 一枚だけ, 極秘スタンプが押してあった企画書を載せ): the prefix is run on to マーク or スタンプ, which would read as a playful compound
 * (㊙作戦), but the sentence speaks of a marked paper that the post shows. A lesson on keeping such papers, a refusal to show one and a
 * mark on goods (㊙マーク入りのうちわ) stay clean.
 */
const MARK_ON = /^(?:の|と|って|という)?(?:マーク|ハンコ|はんこ|判子|印鑑|ゴム印|スタンプ|印|表示|シール|ラベル)(?:が|の|を|も)?[^。！？!?\n]{0,4}?(?:押|捺|付い|つい|付け|付き|つき|貼|入っ|あり|ある|あっ)/u
function markedPaperShown(t: string, end: number): boolean {
  if (!MARK_ON.test(t.slice(end, end + 16))) return false
  const sentence = sentenceAround(t, Math.max(0, end - 1), end)
  const text = t.slice(sentence.start, sentence.end)
  const rest = t.slice(end, Math.min(t.length, sentence.end + 40))
  if (AWARENESS.test(text) || HANDLING_LESSON.test(text)) return false
  if (markedPaperCited(t.slice(end, sentence.end))) return true
  if (markedFigureAhead(t, end, sentence.end)) return true
  return MARK_PAPER.test(text) && STAMPED_SHOWN.test(rest) && !SHOWN_REFUSED.test(rest)
}
/**
 * Blind R112A-115: the mark said to be on a figure or a result not yet out (㊙マークがついてる水質検査の速報値、ちょっとだけ先に見せちゃう;
 * 極秘スタンプが押された測定の速報値、ひと足先に載せちゃいます; マル秘マークの付いた集計結果をこっそりお伝えします): the marked figure is
 * shown or told ahead of its release. The figure's noun heads the phrase the mark is on (no sentence end between), the post shows or
 * tells it (見せ, 載せ, 教え, お伝え) and says it does so ahead (先に, ひと足先に, こっそり, 公表はまだ先). A lesson on keeping such
 * figures, a refusal to show them and a tally of a vote on marked goods with no such cue stay clean.
 */
const MARKED_FIGURE = /^[^。！？!?\n]{0,28}?(?:速報値|速報|暫定値|確定前の数字|(?:検査|測定|調査|分析|集計)の?結果|測定値|検査値|数値|数字|集計表?|試算(?:結果|額|値)?)/u
const FIGURE_TOLD = /見せ|載せ|のせ|アップ|チラ見せ|教え|お伝え|伝え|お知らせ|知らせ|共有し|言っちゃ|言う|バラ|ばら|公開し/u
const FIGURE_AHEAD = /先に|ひと足先|一足先|ひとあし先|一足早|ひと足早|先行して|先出し|こっそり|内緒で|ないしょで|内緒ね|ないしょね|特別に|(?:公表|発表|公開)(?:は|が)?(?:まだ|もう少し先|先|これから|来週|来月|前)/u
function markedFigureAhead(t: string, end: number, sentenceEnd: number): boolean {
  const phrase = MARKED_FIGURE.exec(t.slice(end, sentenceEnd))
  if (!phrase) return false
  const rest = t.slice(end, Math.min(t.length, sentenceEnd + 80))
  return FIGURE_TOLD.test(rest) && FIGURE_AHEAD.test(rest) && !SHOWN_REFUSED.test(rest)
}
/**
 * Blind R96A-144: the marked paper cited as the source of what is told (㊙マークのついた配置表を見ると、…延べ96人が応援に入ります; 極秘
 * スタンプが押された名簿によれば…; ㊙マーク付きの日程表ば見たら…): what the paper says is passed on. The cue (を見ると, によると, では, ば
 * 見たら) must follow a paper's noun (表, 名簿, 資料, 計画書, 案) and something must be told after it; a rule or a refusal about such papers
 * (…では持ち出しが禁止されています, …を見ても内容はお伝えできません), goods and a lesson stay clean.
 */
const MARK_CITED =
  /^[^。！？!?\n]{0,24}?(?:資料|文書|書類|表|簿|書|リスト|一覧|メモ|データ|ファイル|議事録|原稿|案(?!内)|シート|プリント|ペーパー)(?:の(?:中身|内容|写し|コピー))?(?:を見ると|を見たら|を見ますと|を見れば|を見る限り|ば見ると|ば見たら|によると|によれば|によりますと|では|だと|やと|を読むと|を読んだら)[、,\s]?/u
const CITED_HELD = /(?:でき|出来|られ)(?:ません|ない|ず|かね)|控え|禁止|厳禁|ルール|決まり|きまり|いけません|ダメ|だめ/u
function markedPaperCited(after: string): boolean {
  const m = MARK_CITED.exec(after)
  if (!m) return false
  const told = after.slice(m[0].length)
  return told.length >= 6 && !CITED_HELD.test(told)
}
/** The paper a mark is on (案 as a draft, not 案内). */
const MARK_PAPER = /資料|文書|書類|表紙|プリント|ファイル|データ|メモ|議事録|ペーパー|原稿|報告書|企画書|計画書|図面|案(?!内)/u

/**
 * Blind R250G-009 kind: readers asked to overlook the restriction stamp on what the post shows (右上の「外部への提供不可」のハンコは見なかった
 * ことにしてね, 「取扱注意」の印はスルーで): the stamp is in the picture, so the marked paper itself is handed out, no example of a marker.
 */
const STAMP_IGNORED = /^[」』"]?(?:の|という|って|と)?(?:ハンコ|はんこ|判子|スタンプ|印|ゴム印|押印|表示|注意書き|文字)(?:は|が|も|を)?[、,]?[^。！？!?\n]{0,6}?(?:見なかった(?:こと|事)に|見ないふり|見て見ぬふり|見なかったことで|気にしないで|気にせず|スルーして|スルーで|見逃して|見逃してね|ご愛嬌)/u
function stampIgnored(t: string, end: number): boolean {
  if (!STAMP_IGNORED.test(t.slice(end, end + 24))) return false
  const here = sentenceAround(t, Math.max(0, end - 1), end)
  return !AWARENESS.test(t.slice(here.start, here.end)) && !HANDLING_LESSON.test(t.slice(here.start, here.end))
}
/**
 * Blind R247T-009 kind: a secrecy request the writer reports being under (テレビ局の方からは「放送日が決まるまで部外秘で」とお願いされているので,
 * 「発表まで内緒で」と言われているけど), then the matter shown after all in that sentence or the next (写真はロケ中の様子です, 📸, 載せます): the
 * post itself breaks the request, the quoted marker no example. Something held back until the release (放送後にお知らせします, お楽しみに) or a
 * refusal stays a mention.
 */
const SECRECY_ASKED = /^[^」』「『\n]{0,12}?[」』"](?:と|って)[、,]?[^。！？!?\n「」]{0,6}?(?:お願いされ|頼まれ|言われ|いわれ|念を押され|釘を刺され|くぎを刺され|口止めされ)(?:て|と)?(?:いる|いた|おり|ます|る|た|ちょる|とる)?(?:ので|から|けど|けれど|が|ものの|のに|ですが|んですが|のですが|けん)[、,\s]?/u
const SECRECY_BROKEN_SHOWN = /写真|画像|動画|📷|📸|🎥|載せ|のせ|アップ|お見せ|見せ(?:ちゃ|ます)|チラ見せ|お披露目|公開し(?:ちゃ|ます)/u
const SECRECY_KEPT = /次第|(?:放送|放映|公表|発表|解禁|公開|オンエア)(?:後|まで(?:は)?(?:お待ち|お控え|お楽しみ))|改めて|後日|お待ち|お楽しみに|(?:でき|出来|られ)(?:ません|ない|ず|かね)|控え|(?:載せ|見せ|公開し|掲載し|アップし)(?:ません|ない|ず)/u
function secrecyAskedButShown(t: string, end: number): boolean {
  const r = SECRECY_ASKED.exec(t.slice(end, end + 48))
  if (!r) return false
  const from = end + r[0].length
  const here = sentenceAround(t, Math.max(0, end - 1), end)
  const next = here.end < t.length ? sentenceAround(t, here.end + 1, here.end + 1) : here
  const rest = t.slice(from, Math.max(here.end, next.end))
  return SECRECY_BROKEN_SHOWN.test(rest) && !SECRECY_KEPT.test(rest) && !AWARENESS.test(t.slice(here.start, here.end)) && !HANDLING_LESSON.test(t.slice(here.start, here.end))
}
/** A quoted marker ending at `end` stamped on a paper that the post photographs or shows, outside a lesson about it. */
function stampedShown(t: string, end: number, sentence: Span): boolean {
  if (!STAMPED.test(t.slice(end, end + 16))) return false
  const text = t.slice(sentence.start, sentence.end)
  const rest = t.slice(end, Math.min(t.length, sentence.end + 40))
  return STAMPED_PAPER.test(text) && STAMPED_SHOWN.test(rest) && !SHOWN_REFUSED.test(rest) && !AWARENESS.test(text.replace(TRAINING_PAPER, '資料'))
}

/**
 * Blind R76A (colleague): 関係者限り (職員限り, 幹部限り, 委員限り) saying who attended an event held (式典は関係者限りで開催しました, 内覧会は
 * 関係者限りで行い, 葬儀は近親者と関係者限りで執り行われました, 関係者限りの除幕式): the people let in, no paper marked. A paper or what was
 * said or decided there, in the sentence (関係者限りで配布された資料, 関係者限りの説明会の資料によると, 関係者限りで開いた会議で決まった),
 * keeps it a marker.
 */
const ATTENDANCE_WORD = /^(?:関係者|職員|幹部|委員|近親者)限り$/u
const ATTENDED_ONLY =
  /^(?:で|にて|として)[、,]?[^。！？!?\n、,]{0,8}?(?:開催|実施|執り行|挙行|開き|開か|開い|開く|開け|行い|行わ|行っ|行う|行な|催し|催さ|営ま|営み|お見送り|お別れ|参列|出席|見学|内覧|視察|上映|試写|お披露目|お祝い)|^の(?:記念式典|式典|式(?!次第)|会(?!議|合)|集い|つどい|セレモニー|内覧会|見学会|視察|お披露目|葬儀|告別式|お別れ会|法要|慰霊祭|追悼式|竣工式|起工式|落成式|開所式|開通式|除幕式|祝賀会|上映会|試写会|懇親会|行事|催し|イベント|形で)/u
const ATTENDED_PAPER = /資料|文書|書類|名簿|リスト|メモ|データ|議事|記録|報告書|通知|内容|中身|情報|によると|によれば|配布|配付|お配り|配ら|配っ|共有|回覧|回って|決ま|決定|発言|意見|で出た|と報告/u
function attendedOnly(t: string, start: number, end: number): boolean {
  if (!ATTENDANCE_WORD.test(t.slice(start, end))) return false
  return ATTENDED_ONLY.test(t.slice(end, end + 24)) && !ATTENDED_PAPER.test(sentenceOf(t, start, end))
}

/**
 * Blind R76A-123: a marker said to be on a paper the writer saw, with a concession that goes on anyway (資料の右上に「取 扱 注 意」と書いて
 * ありましたが、日程だけなので大丈夫ですよね; 表紙に「部外秘」って書いてあったけど、…載せちゃいます): the marked paper's content is passed on,
 * the marker no example. A refusal (…ので掲載は控えます), a check that the paper is public (確認したところ公開済みの資料でした), a parcel and a
 * lesson on such papers stay clean.
 * Blind R163A-104: the marker said to be there with the bare existential of writing (表紙に「取扱注意」とありますが、…ぜひ読んでください;
 * 右上に「部外秘」とあるけど載せます): the same concession.
 */
const MARKED_BUT =
  /^[」』"]?(?:(?:と|って|て)(?:書いて|書かれて|書いと|記載されて|記されて|押して|押されて|印字されて|印刷されて|付いて|ついて|入って|なって)(?:あり|あっ|い|お|る|た|と)?|とあ(?:り|る|っ))[^。！？!?\n、,]{0,6}?(?:が|けど|けれど|けども|ばってん|ばって|のに|ものの)(?=[、,\s]|[^ぁ-ん])/u
const MARKED_ON = /資料|文書|書類|表紙|プリント|ファイル|データ|メモ|議事録|ペーパー|原稿|報告書|企画書|計画書|図面|案(?!内)|右上|左上|欄外|ヘッダー|隅|スライド|テキスト|教材|レジュメ|マニュアル|冊子|PDF|pdf/u
const MARKED_HELD = /(?:でき|出来|られ)(?:ません|ない|ず|かね)|控え|確認した(?:ところ|ら|結果)|確認しまし?たら|公開(?:され|済)|公表(?:され|済)|削除|返却|回収|シュレッダー|廃棄/u
/**
 * Blind R292E-034 kind (conf18): a meeting paper marked to be handed back (「会議後回収」とありましたが, 「要回収」と書いてあったけど), then
 * passed on in a concession (大事なことなので共有すると、…9世帯…): the return marks it as not for circulation, and what follows with a
 * figure or a telling is its content. The same marker with the paper returned (回収されました) or nothing told after it stays clean.
 */
const RETURN_MARKED_BUT =
  /[「『](?:会議後|会議終了後|終了後|閉会後|使用後|会議終了時)?(?:要)?回収(?:資料|扱い|予定|対象)?[」』](?:と|って)(?:書いて|書かれて|記載されて|印字されて|押されて|なって)?(?:あり|あっ|あ|い|お)(?:ます|まし|る|た|て)?[^。！？!?\n、,]{0,6}?(?:が|けど|けれど|けども|ものの|のに)[、,]?/gu
const RETURN_MARKED_TOLD = /(?:共有|お伝え|紹介|ご紹介|お話し|話|言う|明か|教え|お知らせ)(?:する|す)と|(?<![0-9０-９])[0-9０-９]+(?:世帯|人|名|件|軒|戸|万|億|円|%|％|割)/u
function markedButPassed(t: string, end: number): boolean {
  const r = MARKED_BUT.exec(t.slice(end, end + 24))
  if (!r) return false
  const here = sentenceAround(t, Math.max(0, end - 1), end)
  const sentence = t.slice(here.start, here.end)
  const rest = t.slice(end + r[0].length, here.end)
  // A paper handed out at a training (研修でもらった資料) is the paper passed on, no lesson (as in stampedShown).
  return rest.length >= 4 && MARKED_ON.test(sentence) && !MARKED_HELD.test(rest) && !AWARENESS.test(sentence.replace(TRAINING_PAPER, '資料')) && !HANDLING_LESSON.test(sentence) && !PARCEL.test(sentence)
}

/**
 * Blind R125A-024: a marker the writer was told applies to a matter (漁協から「報道解禁前なので」と言われている…結果ですが、…過去最高水準
 * だったそうです; 「まだ発表前やけん」って言われとる人事の話やけど、…に決まったらしい; 「公表前なので」と念を押された入札結果ですが、落札額は
 * 3,200万円でした), then the matter told in the same sentence: the marker is what binds the information the post gives, no example.
 * A matter held back or put off (…公表され次第お知らせします, お伝えできません), a lesson on such information, nothing told and a
 * season's 解禁前 (漁協から「解禁前なので」と言われましたが、摘み取りは来週からの見込み) stay clean.
 */
const MARKER_SAID =
  /^[」』"]?(?:と|って|て)(?:言われ|いわれ|念を押され|釘を刺され|くぎを刺され|口止めされ|注意され|お願いされ|頼まれ|伺っ|聞い|聞かされ)(?:て|と)?(?:いる|いた|おり|ます|る|た|ちょる|とる|とった)?[^。！？!?\n]{0,24}?(?:ですが|ですけど|ですけれど|だけど|やけど|ばってん|けど|けれど|が)[、,\s]/u
const MARKER_TOLD = /そうです|そうだ|らしい|とのこと|みたい|でした|だった|決ま|決定|見込み|内定|最高|最低|過去最|トップ|1位|一位|[0-9０-９〇一二三四五六七八九十百千]+(?:万|億)?(?:円|社|人|名|件|票|点|%|％|割|倍|位|世帯)/u
const MARKER_HELD = /次第|(?:公表|発表|解禁|公開)(?:後|され(?:て|た)ら|を待って|まで(?:は)?(?:お待ち|お控え))|改めて|お待ちください|(?:でき|出来|られ)(?:ません|ない|ず|かね)|控え/u
/** A bare 解禁 with no release word in the marker: a season's opening when the sentence names a harvest or a catch. */
const RELEASE_IN_MARKER = /報道|情報|取材|記者|発表|公表|公開|リリース|掲載|放送/u
function markerSaidButTold(t: string, start: number, end: number): boolean {
  const r = MARKER_SAID.exec(t.slice(end, end + 48))
  if (!r) return false
  const here = sentenceAround(t, Math.max(0, end - 1), end)
  const sentence = t.slice(here.start, here.end)
  const marker = t.slice(start, end)
  if (/解禁/u.test(marker) && !RELEASE_IN_MARKER.test(marker) && HARVEST_SEASON.test(sentence)) return false
  const rest = t.slice(end + r[0].length, here.end)
  return rest.length >= 6 && MARKER_TOLD.test(rest) && !MARKER_HELD.test(rest) && !AWARENESS.test(sentence) && !HANDLING_LESSON.test(sentence)
}

/**
 * Blind R99A-015: a marker said to be written on a paper the writer came upon (机の上に『関係者限り』って書いた研修の名簿があった, 「部外秘」と
 * 書かれたファイルが置いてあって), then a glance at it and what it says, in that sentence or the next (ちらっと見たら課長さんが5人も受ける
 * らしい; のぞいてみたら…8人も載っていました): the marked paper's content is passed on, the marker no example. A paper returned unread
 * (見ないようにして返しました), a lesson on such papers (見たらすぐ上司に報告しましょう) and a glance with nothing counted told stay clean.
 */
const MARKED_LABEL =
  /^[」』"]?(?:と|って|て)(?:書いた|書いてある|書いてあった|書いとる|書いちゃる|書かれた|書かれてい(?:る|た)|記された|記載された|押された|押してある|押してあった|印字された|印刷された|入った|付いた|ついた)[^。！？!?\n]{0,12}?(?:資料|文書|書類|名簿|リスト|一覧|台帳|メモ|ファイル|紙|プリント|表|計画書|報告書|企画書|原稿|案(?!内))/u
const GLIMPSE =
  /(?:ちらっと|チラッと|ちらりと|チラリと|こっそり|ちょっと|少しだけ|つい|思わず)?(?:見たら|見ると|見てみたら|見えたら|見えて|見えちゃっ|見ちゃっ|見てしまっ|見てしもう|覗いたら|のぞいたら|覗いてみたら|のぞいてみたら|覗くと|のぞくと|読んだら|読んでみたら|目に入っ)[^。！？!?\n]{0,40}?/u
function markedPaperGlimpsed(t: string, end: number): boolean {
  const r = MARKED_LABEL.exec(t.slice(end, end + 32))
  if (!r) return false
  const here = sentenceAround(t, Math.max(0, end - 1), end)
  const next = here.end < t.length ? sentenceAround(t, here.end, here.end) : here
  const from = end + r[0].length
  const rest = t.slice(from, Math.min(next.end, from + 120))
  const g = GLIMPSE.exec(rest)
  if (!g) return false
  const told = rest.slice(g.index, g.index + g[0].length + 24)
  // The paper's own subject (研修の名簿) is no lesson: the label is left out of the awareness check.
  const around = t.slice(here.start, end) + t.slice(from, next.end)
  return PEEK_TOLD.test(told) && !MARKED_HELD.test(told) && !AWARENESS.test(around) && !HANDLING_LESSON.test(around)
}

/**
 * Blind R76A-052: the record of a hearing in an inquiry into staff or a case of misconduct (人事課が作成した聴取記録によると, 聞き取りの記録
 * では, ヒアリングメモば見たら, 事情聴取の調書を読むと) cited as the source of what is told, while the inquiry is open or in a paragraph about
 * misconduct: findings before the report. A public hearing (意見聴取, 公聴会), an oral history (高齢の方への聞き取り記録によると、昔は…), a
 * police record (INQUIRY_RECORD) and a report published stay clean.
 */
const HEARING_RECORD =
  /(?:(?<!意見|住民|市民|公開|公聴)聴取|聞き取り|聴き取り|ヒアリング|面談)(?:調査)?(?:の|で(?:の|作った|作成した|とった|取った))?(?:記録書?|メモ|調書|録音|議事録)(?:の(?:写し|コピー|一部|中身|内容))?(?:によると|によれば|によりますと|によりますれば|では|だと|やと|を見ると|を見たら|を見ますと|を読むと|を読んだら|を読みますと|ば見たら|ば見ると|ば読んだら|から(?:わかる|分かる|見ると))/gu
const INQUIRY_OPEN =
  /調査(?:の)?(?:途中|中|継続中|最中|段階)|調べ(?:て(?:いる|います|おります)|よる|とる|ている)(?:ところ|途中|段階|最中)|(?:まだ|現在)[^。！？!?\n]{0,6}?(?:調査|調べ|確認)(?:中|して|を進め|しよ|しと)|(?:調査|結果)(?:結果)?(?:が|は)?(?:まとまり次第|まとまっ(?:て|と)(?:い|ら|お)|これから)|第三者委員会|調査委員会|内部調査/u
const INQUIRY_REPORTED = /公表し|発表し|公表され|発表され|公表いたし|ホームページ|市HP|報告書を公開/u
/**
 * Blind R246S-007 / R249C-006 kind: what an internal hearing or inquiry has found, told straight (教育委員会内での聞き取りでは、…の加熱不足が原因と
 * みて間違いなさそうです; 内部調査の結果、担当職員が…していたことが分かっています) while the case is still open in the paragraph (保健所が調査を
 * 続けています, 処分の内容は人事課で協議中です): findings given before the inquiry reports. A survey of residents (市内での聞き取り), the city's own
 * report or apology (公表しました, お詫び, 再発防止) and an inquiry with nothing found yet stay clean.
 */
const INQUIRY_FINDING =
  /(?:内部|庁内|課内|部内|局内|署内|社内|組織内|役所内|市役所内|(?:教育)?委員会内|事務局内|学校内|校内)(?:で|での|の|における)?(?:聞き取り|聴き取り|ヒアリング|事情聴取|聴取|調査|調べ|確認)(?:調査)?(?:の結果|では|で(?:は)?|によると|によれば|によりますと|から(?:は)?)[、,]?[^。！？!?\n]{4,60}?(?:が原因|原因(?:は|と|で)|ことが(?:分か|わか|判明|確認さ|明らか)|と(?:み|見)て(?:間違い|いる|います|おり)|(?:が|と)判明|(?:分か|わか)って(?:い|き|お)|していた(?:よう|らしい|そう|模様)|間違いな)/gu
/** …while the inquiry, or the decision on it, is still going on in the paragraph. */
const INQUIRY_PENDING =
  /調査(?:を|が)(?:続け|続い|進め|継続)|調査(?:の)?(?:途中|継続中|最中|段階)|調査中|(?:まだ|現在)[^。！？!?\n]{0,8}?(?:調査|調べ|確認)(?:中|して|を進め|を続け)|(?:処分|措置|責任|結論|再発防止策)[^。！？!?\n]{0,12}?(?:協議中|検討中|調整中|審議中|未定|これから|まだ決ま)|(?:結果|報告書)(?:は|が)(?:まだ|これから)|まとまり次第/u
const INQUIRY_OWN_REPORT = /お詫び|おわび|申し訳|再発防止(?:に|を)|公表し|発表し|公表いたし|記者会見|報道発表|ホームページ|市HP|報告書を公開/u

/**
 * Blind R76A-060: the embargo label of a press release (（解禁：11月20日 5時）, 【報道解禁：5月12日10時】, ＜情報解禁 12月1日15:00＞) in a
 * paragraph for the press or about a release: the post is the release itself, before its time. A fishing season's opening, the city's
 * teaser (【情報解禁：16日10時】お楽しみに), the release said to come out on the city's page afterwards and a time past stay clean.
 */
const EMBARGO_LABEL = new RegExp(`[(【\\[〔《〈<]\\s?(?:報道|情報|取材|記事|掲載|放送|紙面)?解禁(?:日時|日|時刻|時間)?(?:は|:)?\\s?${EMBARGO_WHEN}`, 'gu')
const PRESS_CONTEXT = /記者|報道|会見|プレス|リリース|発表|資料提供|投げ込み/u
const LABEL_AFTER_RELEASE = /解禁後|以降|ホームページ|市HP|ご覧|次第|お待ち/u

/**
 * Blind R76A-117: what a part withheld in a disclosure decision says, revealed (黒塗り部分には「市長判断で実施時期を延期」と書かれているだけ,
 * 不開示にした箇所、実は…って書いてある, 非開示とした部分の中身は「…」という一文だけ): a quoted wording or a verb of writing after the
 * withheld part. What kind of information was withheld (個人の氏名や印影が記載されています), a question (何が書かれているのか), a refusal and a
 * notice of appeal stay clean.
 */
const WITHHELD_PART =
  /(?:黒塗り|墨塗り|のり弁|非開示|不開示)[^。！？!?\n、,]{0,8}?(?:部分|箇所|個所|ところ|ページ|項目|欄)(?:に(?:は)?|は|の(?:中身|内容|記載|文言)(?:は|を|も)?|(?=[、,]))[、,]?/gu
const WITHHELD_TOLD = /^[^。！？!?\n]{0,40}?(?:[「『][^」』\n]{1,40}[」』](?:と|って|て|という|との|が|だけ)|(?:と|って|て|が)(?:書かれ|書いて|書いと|記載され|記され)|(?:と|って|て)(?:あり|ある)|という(?:内容|文言|記載|一文|言葉))/u
const WITHHELD_KIND = /何|どんな|どのよう|どういう|個人|氏名|名前|住所|印影|法人|等|など|情報/u
const WITHHELD_REFUSED = /お答え(?:でき|いたしかね)|お伝え(?:でき|いたしかね)|開示でき|申し上げられ|お示しでき|審査請求|不服申立|不服申し立て/u

/**
 * Blind R77A-039: a matter said to be under a confidentiality agreement (守秘義務契約を結んで進めている…ドラマでは, 秘密保持契約を交わしている
 * …件ですが, NDA結んどる案件やけど), then told in the same sentence (a place, a date, a figure, who or what was chosen): the counterpart's secret
 * told. The agreement stated as a fact of the contract (秘密保持契約を結んでおり、…), given as the reason nothing is told (…があるため
 * お伝えできません) or named in a lesson stay clean.
 */
const NDA_MATTER =
  /(?:守秘義務|秘密保持|機密保持|NDA)(?:契約)?(?:を|が|の)?(?:結んで|結んだ|結んどる|結んどう|結んでる|締結して|締結した|締結中の|交わして|交わした|ある|付きの|付きで|の対象(?:と|に)?(?:なって|なっと)?(?:いる|おる|る)?の?|に基づいて|を前提に(?:して)?|の下で|のもとで)[^。！？!?\n、,]{0,24}?(?:では|は|について(?:は)?|ですが|だけど|やけど|ばってん|けど|けれど|ですけど|なんですが|なんだけど)[、,]?/gu
const NDA_TOLD = /[0-9０-９〇一二三四五六七八九十]+(?:月|日|人|名|社|億|万|円|%|％|割|か所|箇所|話)|上旬|中旬|下旬|来春|来夏|来秋|来冬|来年|来月|来週|舞台|ロケ|撮影|出演|主演|決ま|決定|内定|進出|移転|見込み|予定|にな(?:り|る)/u
const NDA_HELD = /(?:でき|出来|られ)(?:ません|ない|ず|かね)|お答え|控え|伏せ|差し控|後日|改めて|次第/u

/**
 * Blind R93A-006, R95A-011: a choice told while those it concerns have not yet been told (合格者の方にはまだ通知をお送りしていませんが、
 * …の方に決まりました; …の3社に指名通知を出す予定です（まだ業者さんには届いていません）; まだ本人には伝えとらんけど…に内定しとる): the
 * party not yet notified (まだ before or after them), then who was chosen or a decision in the same sentence. A notice about the letters
 * (届いていない場合は…, 届き次第ご確認ください) or a refusal (お答えできません) tells no one.
 */
const NOTIFIED_PARTY = '(?:指名業者|事業者|業者|各社|ご本人|本人|合格者|当選者|受賞者|入賞者|採用者|内定者|応募者|受験者|対象者|候補者|申請者|選ばれた方)(?:さん|様|さま|の方々|の方|の皆さん|の皆さま|の皆様)?'
const NOT_NOTIFIED_VERB = '(?:届い|届け|お送りし|送っ|送付し|出し|お出しし|お伝えし|伝え|お知らせし|知らせ|通知し|ご通知し|連絡し|ご連絡し|お届けし)'
const NOT_NOTIFIED = new RegExp(
  `(?:まだ[、,]?${NOTIFIED_PARTY}(?:に|へ)(?:は|も)?|${NOTIFIED_PARTY}(?:に|へ)(?:は|も)?[、,]?まだ)[、,]?[^。！？!?\\n]{0,12}?${NOT_NOTIFIED_VERB}(?:て(?:い|お)?(?:ません|ない|なかった|りません)|ておら(?:ん|ず)|てな(?:い|か)|とら(?:ん|ない|ず)|てへん)`,
  'gu',
)
const CHOICE_TOLD = /決ま(?!り次第|りましたら|った(?:ら|際|時|とき))|決定し(?!次第|たら)|内定|選ばれ|に選定|指名(?:通知を出|します|する|しま)|[0-9０-９一二三四五六七八九十]+(?:社|名)(?:に|を|で|が|の)|(?:建設|工業|工務店|産業|興業|設備|商事|管工|技建|開発|電気|土木)(?:・|、|の|さん|に|と|を)|出身の|代の(?:方|男性|女性)|(?:さん|氏)(?:に|が|で)(?:決|内定)/u
const NOTIFY_NOTICE = /場合|次第|お待ち|お問い合わせ|お答え(?:でき|いたしかね)|控え|後日|改めて|追って/u

/**
 * Blind R190A-066: a selection's figures told while the letters to those it concerns are still to arrive (まだ保護者さんに通知の届く前
 * なんですが、…0歳児6人の枠に23人の申し込みがありました; 結果のお知らせが届く前ですが, 通知をお送りする前なので): the notice said to come
 * later as a concession or a reason, then a count, a figure or a choice in the rest of the sentence. The notice with no figure (通知は3月
 * 上旬にお送りします), a notice about the letters (届かない場合は…, 届き次第ご確認ください), what to do before it (届く前に書類をご準備
 * ください: not a concession) and the figures published stay clean.
 */
const NOTICE_BEFORE = new RegExp(
  `(?:(?:結果|合否|選考結果|審査結果|抽選結果|決定)?(?:の)?(?:通知|通知書|決定通知|お知らせ|ご連絡|連絡|ご案内)(?:の|が)[、,]?(?:お手元に)?(?:届く|出る|行く|いく|送られる|発送される|届けられる|着く|出される)|(?:結果|合否)?(?:を|の)?(?:通知|ご通知|お知らせ|ご連絡|連絡|発送|お送り)(?:を)?(?:する|される|いたす|出す|送る|お送りする|差し上げる))前(?:の段階)?(?:なん|なの|な)?(?:です|でございます|だ|や)?(?:が|けど|けれど|けども|ばってん|ので|から|けん|ながら)[、,]?`,
  'gu',
)
const NOTICE_BEFORE_HELD = /場合|次第|お待ち|お問い合わせ|お答え(?:でき|いたしかね)|控え|後日|改めて|追って|ご準備|ご用意|ご確認/u

/**
 * Blind R191I/R192D: the announcement said to be still to come (正式発表が楽しみです, 正式な発表はまだ, 発表前, 連休明けに発表される予定の,
 * 発表をお楽しみに): what is told beside it comes before the release. A release made (発表によると, 発表しました) is not this.
 */
const ANNOUNCE_AHEAD =
  /(?:正式|公式)(?:な|の)?(?:発表|公表)(?:が|を)?(?:楽しみ|待ち遠し|待た|お待ち|お楽しみ)|(?:発表|公表)(?:を|が)(?:お楽しみ|楽しみ|待ち遠し)|(?:正式|公式)?(?:な|の)?(?:発表|公表)(?:は|が)[、,]?(?:まだ|これから|来週|来月|後日|近々|連休明け)|(?:発表|公表)(?:前|される前|の前)|(?:発表|公表)(?:される|する|の)予定/u
/**
 * Blind R207I-011 / R208D-029 (cu12): a figure told while the writer says they tell it ahead of its release (…11万2千人でした！正式な発表は
 * まだですが、ひと足お先に🎉; 来週の議会に出る補正予算案、ちょっとだけ先出しします。…1億8千万円を計上): the release (ANNOUNCE_AHEAD) or the
 * bill's going to the council (BILL_AHEAD) is still to come, and the figure is handed out before it. The telling-ahead word is the mark: a
 * one-word telling ahead (先出し, フライング発表, 先行公開), or ひと足お先に / 一足早く with a telling after it or closing the sentence on its
 * own. ひと足お先に with a doing after it (ひと足お先に試食しました) tells nothing ahead; a release said made (発表しました, ホームページに掲載)
 * and a telling declined (先出しはできません) are not this.
 */
const AHEAD_MARK = new RegExp(`${TOLD_AHEAD_WORD}|フライングで|(?:一足|ひと足|ひとあし)(?:お)?(?:早く|先に|はやく|さきに)(?:[^。！？!?\\n]{0,12}?${TELL}|(?=[^\\p{L}\\p{N}]*(?:$|\\n|[。！!])))`, 'gu')
/** The bill still to go before the council: 来週の議会に出る補正予算案, 6月議会に提出予定の条例案. */
const BILL_AHEAD = /(?:来週|来月|次|今度|今月|[0-9]{1,2}月)(?:の)?(?:市)?(?:議会|定例会|臨時会)(?:に|へ|で)(?:出る|出す|出される|提出(?:する|される|予定)|上程(?:する|される|予定)|かける|かかる|かけられる|審議される|諮る|諮られる)[^。！？!?\n]{0,4}?(?:補正予算案?|当初予算案?|予算案|議案|条例案|条例改正案)/u
/**
 * Blind R305G-002 kind (conf22): the total of a budget proposal or of an outlook told (来月の議会に提出する当初予算案、一般会計の総額は
 * 402億8千万円で過去最大規模になりそうです), with its formal release said to be still to come (正式な発表は2月中旬の記者会見まで, 記者発表前):
 * the conf21 preliminary-figure kind with no internal owner named, the draft's own sum handed out before the city announces it. The
 * sentence must name a draft or an outlook (DRAFT_NAMED). A total published (概要を公表しました（総額402億円）), a release to come with no
 * sum, a prize's total and a refusal stay clean.
 */
const DRAFT_TOTAL = new RegExp(`(?:予算案?|総額|見込み額|見込額|概算額?|事業費|規模)(?:の総額)?(?:は|が)[、,]?[^。！？!?\\n]{0,12}?${VALUE}`, 'gu')
const DRAFT_NAMED = /予算案|議案|見込み|見込額|試算|概算|になりそう|となりそう|見通し/u
const DRAFT_RELEASE_YET =
  /正式(?:な|に)?(?:発表|公表)(?:は|が|まで)?[^。！？!?\n]{0,16}?(?:まで|後日|予定|来月|来週|中旬|下旬|上旬|月末|これから|まだ)|(?:記者会見|記者発表|報道発表|会見)(?:まで|の日まで)|(?:公表|発表)前/u
/** A figure told: an amount, a count, a share (3億2千万円, 41億円, 3割, 12%). */
const AHEAD_FIGURE = /[0-9０-９〇一二三四五六七八九十百千]+(?:万|億|千)?(?:円|人|名|件|社|票|点|%|％|割|倍|世帯|位|台|団体)|[0-9０-９〇一二三四五六七八九十百千]+億|過去最[多高低少大]/u
/**
 * Blind R191I-012: a figure read off a board or a paper of a meeting room (会議室のホワイトボードに、来年度の…は上限3億2千万円って書いて
 * ありました; 会議資料には…と書かれていました), with its announcement still to come (正式発表が楽しみです, 発表はまだ): what was written for
 * the room is told before the city announces it. A board with nothing counted (ホワイトボードに書いてある時間割を見てね), a figure read with no
 * announcement to come and a release already made stay clean.
 */
const READ_OFF_BOARD =
  /(?:ホワイトボード|黒板|会議資料|配付資料|配布資料|内部資料|資料|書類|メモ|付箋|スライド)(?:に|には)[、,]?[^。！？!?\n]{1,40}?(?:って|と)(?:書いて|書かれて|載って)(?:あ|い|お|ま|た)/gu
/**
 * Blind R192D-069: a figure another body will announce, heard ahead (発表される予定の乗船者数、ひと足先に聞いちゃいました。前年より3割以上
 * 増えています; 一足早く教えてもらいました): the release still to come in the paragraph and a figure in that sentence or the next. Heard
 * ahead with nothing counted (ひと足先に聞いてきました、テーマは発表をお楽しみに) and a figure from a release made stay clean.
 */
const HEARD_AHEAD = /(?:一足|ひと足|ひとあし)(?:早く|先に|お先に|はやく|さきに)[^。！？!?\n]{0,8}?(?:聞|伺|教えてもら|教えていただ|教わ)\p{Script=Hiragana}{0,7}/gu
/**
 * Blind R192D-055: what a meeting with another body said, heard (保健所との打合せで、原因は和え物のノロウイルスと聞いています), with the
 * official notice still to come in that sentence or the next (学校への正式な通知はまだですが): a finding told before it is notified. The
 * body's own release quoted (保健所の発表によると), a meeting's notice with nothing pending and a notice already made stay clean.
 */
const MEETING_HEARD =
  /(?:打ち?合わ?せ|会議|協議|ミーティング|会合|連絡会|協議会|検討会)(?:の(?:席|場|中)で|で)(?:は)?[、,]?[^。！？!?\n]{1,40}?(?:と|って)(?:聞いて(?:い|お)|伺って(?:い|お)|聞きました|伺いました|聞いた|お聞きし)/gu
const NOTICE_STILL_AHEAD =
  /(?:正式|公式)(?:な|の)?(?:通知|発表|公表|報告|連絡|お知らせ|決定)(?:は|が)[、,]?(?:まだ|これから|来週|来月|後日)|(?:通知|発表|公表)(?:は|が)まだ(?:です|で(?:ございます)?|な(?:ん|の)(?:です)?)?(?:が|けど|けれど)/u

/**
 * Blind R190A-023: a paper said to go round only inside a body of the city (教育委員会の中でしか回っとらん資料ば見たら、来年度から給食費が
 * 月4,850円に上がるごたる; 課内でしか出回っていないデータによると; 庁内だけで共有されとる一覧を見ると), cited as the source of what is told:
 * the body, the paper's circulation only inside and the paper read, with a figure or a decision in the rest of the sentence. A paper
 * published (市HPで公開), a place's own currency (地域の中でしか使えない) and a paper named with nothing told stay clean.
 */
const INSIDE_ONLY_PAPER = new RegExp(
  '(?:委員会|教委|事務局|市役所|役所|役場|本庁|庁内|庁舎|課内|部内|係内|局内|所内|署内|内部|組織|幹部|職員|[\\p{Script=Han}]{1,6}(?:課|係|局|部))(?:の中|の内部|の内側|内|の間)?(?:で)?(?:しか|だけ(?:で|に)?|のみ(?:で)?)' +
    '(?:回っ|まわっ|出回っ|流れ|流通し|配られ|配布され|配付され|共有され|回覧され|出回)' +
    '(?:て(?:い|お)?(?:ない|ません|りません|らん|ん)|てな(?:い|か)|とら(?:ん|ない)|とりません|てへん|ていた|ている|てる|てた|とる|とった|た)' +
    '(?:の|ような|っていう|という)?[\\p{Script=Han}\\p{Script=Katakana}ー]{0,6}?(?:資料|文書|書類|データ|メモ|名簿|リスト|一覧|数字|数値|報告書|報告|ペーパー|案|表|通知|試算|集計)' +
    '(?:の(?:写し|コピー|一部|中身|内容))?(?:によりますと|によると|によれば|では|だと|やと|には|を見ると|を見たら|を見ますと|を見ましたら|を見る限り|を読むと|を読んだら|ば見ると|ば見たら|ば見よったら|ば読んだら)[、,]?',
  'gu',
)
/**
 * Blind R211D-070 (conf13): a paper handed round at a staff meeting of a section (係の打合せで回ってきた一覧を見ると, 課内会議で配られた
 * 資料によると, 住宅課のミーティングで回覧された表では), read as the source, then a count of the section's business told in the same
 * sentence (…をためている世帯が23世帯): the paper circulated inside is passed on. Needs a section or an inside body before the meeting
 * (a public committee's handout is not this) and a count with its unit after; a paper cited with no count, a refusal and a
 * published figure stay clean.
 */
const STAFF_MEETING_PAPER = new RegExp(
  '(?:[\\p{Script=Han}]{0,6}(?:課|係|室|班|局)|庁内|課内|部内|係内|局内|室内|幹部|職員)(?:の|内の?)?(?:打ち?合わ?せ|会議|ミーティング|朝礼|朝会|定例会|連絡会|課長会|係長会)' +
    '(?:で|の(?:席|場)で|の時に?|のときに?)(?:は)?[、,]?' +
    '(?:回って(?:き|来)|まわって(?:き|来)|回っ|配られ|配布され|配付され|回覧され|共有され|示され)(?:た|ている|てる|とる|とった)(?:の)?' +
    '[\\p{Script=Han}\\p{Script=Katakana}ー]{0,6}?(?:資料|一覧|一覧表|名簿|リスト|表|データ|集計|集計表|メモ|ペーパー|書類|台帳)' +
    '(?:によりますと|によると|によれば|では|だと|やと|には|を見ると|を見たら|を見ますと|を見ましたら|を見る限り|を読むと|を読んだら|ば見ると|ば見たら|ば見よったら)[、,]?',
  'gu',
)
const INSIDE_PAPER_TOLD = /[0-9０-９〇一二三四五六七八九十百千]+(?:万|億|千)?(?:円|人|名|件|社|票|点|%|％|割|倍|世帯|位|か所|箇所|校|園|戸|台)|決ま|決定|内定|確定|廃止|統合|移転|新設|値上|値下|上が|あが|下が|さが|増え|減|見直|変わ|なる|なり|予定|見込み|方針|方向/u

/**
 * Blind R259H-007 kind: the notice to the body inspected said to be still to come (事業所への正式な通知がまだなので名前は控えますが, 事業者へ
 * の通知はこれからですが), with what the inspection found or the measure it will bring (改善勧告を出す見込み, 人員基準を満たしていない期間
 * があった) told in that sentence or the one before: an inspection's result is the body's to hear first and the city's to publish. A
 * notice to wait (お待ちください, 決まり次第), a notice with no finding or measure and a result published stay clean.
 */
const NOTICE_PENDING = /(?:事業所|事業者|業者|施設|法人|相手方|当事者|お店|店舗|医療機関|学校|園)(?:さん|様)?(?:への|に対する|あての|宛ての|には|へは|に|へ)?[、,]?(?:正式な|正式の)?(?:通知|通告|ご連絡|連絡|お知らせ|処分通知|結果通知)(?:が|は)[、,]?(?:まだ|これから|済んでいない|済んでおらず|届いていない)(?:なので|ですので|のため|なん(?:です|だ|や)?(?:が|けど|けれど)|ですが|だけど|やけど|なんで|で)[、,]?/gu
/** …the finding or the measure of an inspection, in that sentence or the one before. */
const INSPECTION_MEASURE = /(?:実地指導|指導監査|監査|立入検査|立ち入り検査|査察|検査|調査)[^。！？!?\n]{0,40}?(?:勧告|命令|処分|取消|取り消し|停止|違反|不正|不備|満たし(?:て)?(?:い)?(?:ない|ません|ておらず))|(?:改善勧告|改善命令|業務停止|指定取消|指定の取り?消し|行政処分|返還命令)(?:を|が)?[^。！？!?\n]{0,12}?(?:出す|行う|する|下す|見込み|方向|予定|方針)/u
const NOTICE_PENDING_HELD = /お待ち|次第|後日|改めて|ホームページ|市HP|お問い合わせ|公表し/u

/**
 * Blind R262J-007 kind: in a land or price negotiation still going on, what the other side asks put as a multiple of the city's offer
 * (所有者の方が市の提示額のおよそ1.5倍を求めておられ, 地権者さんは評価額の2倍ば要求しとって), and the city's internal fallback in it (課内では
 * 土地収用の手続きに入ることも視野に入れて協議): the terms and the plan on the table are the negotiation's secret, with or without a yen
 * figure. A deal concluded or published (OFFER_PUBLIC), an expropriation announced by the city (市では…事業認定を受けて手続きを進めます)
 * and a ratio with no demand stay clean.
 */
const OFFER_BASIS = '(?:提示額|提示価格|提示金額|提示した(?:額|金額|価格)|買収価格|買取価格|買い取り価格|評価額|鑑定額|補償額|見積額|見積もり額)'
const DEMAND_RATIO = new RegExp(
  `${COUNTERPART}(?:の方)?(?:が|は|から(?:は)?|も)[、,]?[^。！？!?\\n]{0,14}?${OFFER_BASIS}の?(?:(?:およそ|約|ざっと|概ね|おおむね|ほぼ)?[0-9０-９.．一二三四五六七八九十]{1,4}|ほぼ|約|およそ)(?:倍|割増し?|割高|割上乗せ)[^。！？!?\\n]{0,8}?(?:求め|要求|要望|希望|主張|言って(?:き|こ|お)|提示して(?:き|こ)|譲ら)`,
  'gu',
)
/**
 * Blind R304W-039 kind (conf21): the other side's asking price named as theirs and told, as a figure or as a multiple of the city's basis
 * (先方のご希望額は市の不動産鑑定額の約1.8倍で、折り合いがついていない; 地権者さんの要求額は坪30万円), in a negotiation said to be still going
 * on: the terms on the table. A negotiation named with no figure (所有者の方と協議を続けています) and a deal concluded or published stay clean.
 */
const DEMAND_STATED = new RegExp(
  `${COUNTERPART}(?:の方)?(?:の|から(?:の)?)(?:ご)?(?:希望額|希望価格|希望金額|売却希望額|売却希望価格|要求額|要望額|言い値|提示額|提示価格|提示金額)(?:は|が)[、,]?[^。！？!?\\n]{0,16}?(?:${OFFER_BASIS}の?(?:およそ|約|ざっと|概ね|おおむね)?[0-9０-９.．一二三四五六七八九十]{1,4}(?:倍|割増し?|割高|割上乗せ)|[0-9０-９][0-9０-９,，.．]{0,8}(?:万|億|千)?円|[一二三四五六七八九十百千]{1,6}(?:万|億)円)`,
  'gu',
)
/**
 * Review of conf21 (rvconf55): an asking price is a negotiation's term only when the paragraph names the bargaining (交渉, 協議, 折り合い);
 * a published listing's price (空き家バンク新着物件です！所有者さんのご希望価格は350万円。まだ内覧もできます) is an offer to the public.
 */
const DEMAND_BARGAIN = /交渉|協議|折り合|折衝|歩み寄|開きが/u
const LISTING_OFFER = /空き家バンク|物件|売り出|内覧|販売価格|分譲|売地|売家/u
const INTERNAL_FALLBACK = /(?:課内|庁内|内部|部内|係内|幹部)(?:では|で(?:は)?|として(?:は)?)[、,]?[^。！？!?\n]{0,20}?(?:土地)?収用(?:法)?(?:の)?(?:手続き?|申請|裁決申請|裁決)?[^。！？!?\n]{0,12}?(?:視野|検討|協議|想定|考えて|準備)/gu

/**
 * Blind R262J-009 kind: a paper made for an internal meeting (課内の打合せ用にまとめた資料, 庁内会議用の資料, 係のミーティング向けに作った
 * 一覧), shown as it is in a photo or put up (そのまま写真でお見せします): the section's working paper, and the internal lines it draws, go
 * out. A paper for a public briefing or residents, a refusal (お見せできません) and a paper published stay clean.
 */
const MEETING_PAPER_MADE = /(?:庁内|課内|部内|係内|局内|内部|幹部|[\p{Script=Han}]{0,6}(?<!関)(?:課|係))の?(?:会議|打ち?合わ?せ|ミーティング|検討会|協議|勉強会|レク)(?:用|向け)(?:に|の)[^。！？!?\n]{0,12}?(?:資料|メモ|ペーパー|スライド|一覧|表|シート|レジュメ)[^。！？!?\n]{0,24}?(?:写真|画像|スクショ|載せ|のせ|お見せ|見せ|チラ見せ|アップ|共有し|ご紹介)(?!(?:る|す)?こと(?:は|が)?でき|でき|られ(?:ませ|な)|ません|ない|ず|ぬ)/gu

/**
 * Blind R260K-006 kind: a session turned closed, named as the matter's qualifier (途中から秘密会となった市営住宅の家賃滞納の件ですが, 非公開で審議
 * された…の案件は), then what it heard told in that sentence: a figure (滞納額は約2,300万円), or an explanation or a remark reported (…との説明が
 * ありました). A notice (結果は本会議で報告されます), a refusal with nothing told and a record disclosed stay clean.
 */
const CLOSED_MATTER = /(?:(?:秘密会|非公開)(?:と|に)(?:なった|なりました|された)|(?:秘密会|非公開)で(?:審議|協議|説明|報告|議論)(?:され|し)た)[^。！？!?\n、,]{1,24}?(?:件|案件|議題|議案|問題|話)(?:について|に関して)?(?:です|でございます|なん(?:です|だ)?|なの(?:です)?)?(?:が|けど|けれど|では|は)[、,]?/gu
const CLOSED_MATTER_TOLD = /[0-9０-９〇一二三四五六七八九十百千]+(?:万|億|千)?(?:円|人|名|件|世帯|%|％|割|倍|票|点)/u

/**
 * Blind R93A-015: what a closed inspection or inquiry found, told before the release (立入検査（非公開）で、市内の2社に点検記録の改ざんが
 * 見つかりました; 非公開で行った立入検査で…偽装が見つかった): the inspection marked non-public in brackets or said to be held in private,
 * then a finding in the same sentence. An inspection announced, its results to be published and an open inspection's findings stay clean.
 */
const INSPECTION = '(?:立入検査|立ち入り検査|立入調査|立ち入り調査|抜き打ち検査|抜き打ち調査|実地検査|実地調査|指導監査|実地指導|査察|監査|検査|調査)'
const CLOSED_INSPECTION = new RegExp(
  `${INSPECTION}\\((?:非公開|非公表|未公表|内部)\\)(?:で|では|の結果|によると|によれば|[、,])|非公開(?:で|の)(?:行った|行われた|実施した|実施された)?[^。！？!?\\n、,]{0,12}?${INSPECTION}(?:で|では|の結果|によると|によれば)`,
  'gu',
)
/**
 * Team R11A-028 kind: a business pointed at (あちらの旅館, その店, あそこのお店) said to have been cited in an authority's inspection (…は先月の
 * 保健所の立入検査で指摘を受けております, 消防の査察で違反を指摘された): what the staff know of one business through their duty, told to a
 * reader. The business's own notice of its improvement, an inspection found clean and a general advice stay clean.
 */
const BUSINESS_INSPECTED = new RegExp(
  `(?:あちら|あそこ|そちら|あの|その)(?:の)?(?:旅館|ホテル|民宿|宿|お店|店|飲食店|食堂|レストラン|業者|事業者|事業所|施設|会社|工場|店舗|お宿)(?:さん)?(?:は|が|も|って)[、,]?[^。！？!?\n]{0,16}?(?:保健所|消防|労働基準監督署|労基|県|市|税務署)(?:の|による|から)[^。！？!?\n]{0,4}?${INSPECTION}で[、,]?[^。！？!?\n]{0,10}?(?:指摘|違反|処分|改善指導|行政指導|指導)(?:を|が)?(?:受け|され|あり|入っ)`,
  'gu',
)
const INSPECTION_FINDING = /見つか|判明|発覚|確認され|違反|改ざん|改竄|偽装|虚偽|不正|不備|不適切/u
const INSPECTION_PUBLIC = /公表し|発表し|ホームページ|市HP|公表済|次第|予定です|行います/u

/**
 * Blind R92A-083: a marking or a secret of a paper of a past era (藩の日記には「極秘」と朱書きされた記録も残っています, 江戸時代の役所にも、
 * 外に出せない文書があったのですね): local history, no paper of the city. The era named in the sentence and the record told as kept or
 * found; a paper of today in the sentence (庁内, 予算, 来年度), or a leak's words (こっそり, によると) keep it flagged.
 */
const HISTORIC_ERA = /藩|江戸時代|江戸期|幕府|幕末|奉行|古文書|戦国時代|明治時代|大正時代|明治期|大正期|戦前の|戦時中|古記録|庄屋|城主|家老|近世|中世/u
const HISTORIC_KEPT = /残って|残され|残る|伝わ|あった|ありました|でした|だった|記され|書かれ|朱書き|押され|見られ|見つか/u
const TODAY_PAPER = /こっそり|ここだけ|内緒|ないしょ|お見せ|見せちゃ|によると|によれば|現在|今年度|来年度|来月|来週|本市|市役所|庁内|課内|職員|予算|[0-9０-９]+円/u
function historicPaper(sentence: string): boolean {
  return HISTORIC_ERA.test(sentence) && HISTORIC_KEPT.test(sentence) && !TODAY_PAPER.test(sentence)
}

/**
 * The words a block of `run`'s detectors cannot match without (a paragraph with none of them skips the block), each an
 * alternation of plain words: looked up in the paragraph gate below, no regex run for them.
 */
const WORDS = {
  bracketOpen: /[【\[〔《〈<(「『〖〘〚⦅]/u,
  circledHi: /秘|部外|庁外|課外|局外|社外|外部|極|厳|マル/u,
  latin: /[A-Za-z]/u,
  disclosure: /開示|情報公開|公文書公開/u,
  meeting: /会議|会合|協議|審査|委員会|検討会|反省会|振り返り|朝礼|朝会|終礼|打ち?合わ?せ|ヒアリング|選考|庁議|秘密会|審議|理事会|懇談会|部会|面談|ミーティング|意見交換|長会|幹部会|職会|レク|査定|連絡会|交換会|勉強会|研究会|幹事会|調整会/u,
  closedDoc: /非公開|秘密会|\(|内部|庁内|課内|部内|係内|幹部|マニュアル|まだ|前の/u,
  incident: /インシデント|ヒヤリ|ひやり|事故報告|事故記録|事故調査|アクシデント/u,
  preRelease: /前|公表|公開|解禁|まだ/u,
  inProcess: /中の|前の|待ち|決裁|途中/u,
  beforeCouncil: /前に|前の|先立/u,
  closedBut: /非公開|未公表|未発表|公表前|発表前|部外秘|内部/u,
  formal: /正式|議会|委員会|議員|契約|調印/u,
  concession: /が|けど|けれど|ばってん|なので/u,
  embargoAt: /解禁|公表|発表|公開|配信|資料提供|投げ込み|予定/u,
  ahead: /先|早|事前/u,
  embargoed: /解禁|公表|発表|公開|配信|資料提供|投げ込み|リリース/u,
  aheadOrNotWaiting: /先|早|事前|前倒|待たず/u,
  notYet: /まだ|これから|来週|明日|後日|待たず|予定/u,
  bidAmount: /非公開|非公表|未公表|公表前|部外秘|内部|公表し|公表いたし/u,
  bid: /価格|落札|応札|入札/u,
  bidLater: /価格|設計金額/u,
  oneStep: /一足|ひと足|ひとあし/u,
  staffOnly: /しか|だけ|のみ|以外|外部|そとに|ソトニ|おもてに|オモテに|オモテニ|部外者|庁外|課外|部外|局外|社外|外出し|市民|一般|口外|他言|課内|庁内|内部|部内|係内|職員|幹部|外に|外には|表に|公に/u,
  surveyForm: /調査|回答票|回答用紙|世帯票|個人票/u,
  only: /しか|だけ|のみ/u,
  negotiation: /交渉|協議|調整|打診|進めて|話/u,
  notPublic: /前|表|公|おおやけ|世間|外|オープン/u,
  offRecord: /ここだけ|内緒|ナイショ|ないしょ|ひみつ|ヒミツ|内密|声(?:では|じゃ|で)(?:は)?(?:言え|いえ|申せ|申し上げられ)|(?:公|おおやけ|大っぴら|おおっぴら)に(?:は)?(?:言え|いえ|申せ)|表立って(?:は)?(?:言え|いえ|申せ)|(?:だけ|のみ|限り)の(?:話|秘密|情報)|出(?:しちゃ|しては|したら)(?:いけ|ダメ|だめ|あかん|アカン|まず)|出せない(?:話|情報)|オフレコ/u,
  privately: /内々|内内|内密|水面下|極秘|秘密裏|非公式/u,
  penalty: /懲戒|免職|退職|停職|減給|戒告|訓告|処分/u,
  move: /異動|転勤|転出|昇進|昇格|栄転|着任|就任|退任|配属|出向|後任|戻|移|行かれ|来られ|人事/u,
  filed: /苦情|要望|クレーム|申し出|申出|通報|投書|陳情|意見|相談|連絡|問い合わせ|申し入れ|申入れ|電話|申立人/u,
  closed: /非公開|傍聴(?:者|人)?(?:なし|無し|不可)/u,
  noGallery: /傍聴/u,
  closedSession: /非公開|秘密会/u,
  estimate: /設計|積算|見積|予定|想定|上限|工事価格|基準価格/u,
  yen: /円/u,
  heldBackBut: /前|まだ|非公表|未公表/u,
  negative: /ません|ない|ん/u,
  untilOrYet: /まで|まだ/u,
  until: /まで/u,
  appoint: /起用|充て|任命|選任|登用|抜擢|据え/u,
  budget: /予算|お金|費用|経費|補助金|事業費|委託費|財政|査定/u,
  beforeThe: /前の/u,
  bill: /予算|議案|条例案/u,
  staffAddressed: /各位|各課|所属長|全職員|皆さん|皆様|みなさ|フォルダ|ドライブ|サーバ|LAN|ポータル|グループウェア|メモ|削除/u,
  press: /会見|取材|報道|マスコミ|記者/u,
  judges: /用|向け|官|員|者/u,
  paperShown: /映|写|見せ|載せ|のせ|公開|アップ|ご紹介|スクリーン|モニター|画像/u,
  criteria: /採点|評価|評定|基準|配点/u,
  scores: /評価点|採点|点数|得点|順位|ランキング|評価結果|審査結果|落札予定/u,
  unpublished: /未公表|未発表|非公表|公表前|発表前/u,
  heldBack: /非公開|内部|オフレコ|内密|未発表|未公表|発表前|公表前/u,
  personnel: /人事|異動|後任/u,
  staffDoc: /職員|庁内|課内|部内|係内|課員|係員|内部/u,
  notice: /通知|通達/u,
  figuresOrCut: /[0-9０-９一二三四五六七八九十]|半分|半額|倍|割|削られ|削減/u,
  figures: /[0-9０-９一二三四五六七八九十]|半分|半額|倍|割/u,
  approval: /決裁|稟議|決済|前の/u,
  membersOnly: /だけ|のみ|しか|限定|限り/u,
  contract: /随意契約|随契|特命/u,
  inquiry: /聴取|取り?調べ|供述|捜査|実況見分/u,
  aside: /ここだけ|オフレコ|内緒|ナイショ|ないしょ|秘密|ひみつ|ヒミツ/u,
  // Blind R145D-050: the price taken from the city's own estimates (内部の積算資料で, 積算書によると) is the secret itself.
  bidContext: /入札|開札|公告|業者|指名|次(?:の|期)?工区|(?:今後|これから|来年度)の?(?:工区|発注)|ご参考|参考に|こっそり|内緒|随意契約|随契|発注|建設さん|工務店さん|内部(?:の)?(?:積算|試算|見積|資料)|積算(?:資料|書|表|結果)|庁内(?:の)?(?:積算|試算|資料)/u,
  gift: /記念品|粗品|プレゼント|先着|参加賞/u,
  asideMeeting: /打ち?合わ?せ|会議|協議会|会合|ミーティング|懇談会|意見交換|連絡会|レク|勉強会|幹事会|部会/u,
  handout: /お配り|配布|配付|配っ|配られ|渡し|渡され|お示し|示され|提示/u,
  asked: /言われ|いわれ|求められ|要請|依頼され|頼まれ|お願いされ|念を押され|刺され|指示され|申し入れ|約束|申し合わせ|取り決め/u,
  embargo: /解禁/u,
  pressHandling: /以降|以後|から/u,
  circleKeep: /留め|とどめ|止め|しまっ/u,
  closedPaper: /非公開|非公表|未公表|公表前|公開前|公表されて|公開されて|公表して|公開して|出して|出て|出回|お見せして|(?:課内|庁内|部内|係内|局内|職員|関係者|委員|役員|幹部)(?:のみ|限り|限定|だけ)/u,
  restricted: /関係|構成/u,
  record: /記録|台帳|受付簿|処理簿|管理簿|整理簿|日誌|ログ/u,
  channel: /チャット|LINE|Teams|Slack|メール|メーリングリスト|掲示板|グループウェア|ポータル|連絡網|スレッド/u,
  hearing: /聴取|聞き取り|聴き取り|ヒアリング|面談/u,
  withheld: /黒塗り|墨塗り|のり弁|非開示|不開示/u,
  nda: /守秘義務|秘密保持|機密保持|NDA/u,
  peek: /のぞ|覗|盗み見|チラ見|ちら見|チラッと見|ちらっと見|チラリと見|ちらりと見|こっそり見/u,
  cantSay: /非公開|秘密会|非公式|クローズド|オフレコ/u,
  internalUse: /\((?:課内|庁内|内部|部内|係内|局内|職員|関係者|委員|非公|取|部外)/u,
  secret: /機密|秘密情報|内部情報/u,
  notNotified: /まだ/u,
  inspection: /検査|調査|監査|査察|実地指導/u,
  prelim: /速報|暫定|試算値|推計値|見込み値|仮集計|途中集計|集計途中|集計中|仮の数字/u,
  repeat: /繰り返し|何度も|再三|たびたび|度々|何回も|頻繁に|しょっちゅう|毎日|毎週|毎回|くり返し|いつも|ほとんど|大半/u,
}

/**
 * The words a pattern matches, when it is an alternation of plain words (characters, escaped punctuation, a class of plain
 * characters, any of them made optional by `?`), no flag but `u`: "one of the words occurs" is then exactly "the pattern
 * matches". Otherwise undefined.
 */
export function plainWords(re: RegExp): string[] | undefined {
  if (re.flags !== 'u') return undefined
  const s = re.source
  const words: string[] = []
  let alt = ['']
  for (let i = 0; ; ) {
    if (i === s.length || s[i] === '|') {
      if (alt.includes('')) return undefined
      words.push(...alt)
      if (i === s.length) return [...new Set(words)]
      alt = ['']
      i++
      continue
    }
    const chars: string[] = []
    const c = s.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdfff) return undefined
    if (s[i] === '[') {
      let j = i + 1
      if (s[j] === '^' || s[j] === ']') return undefined
      while (j < s.length && s[j] !== ']') {
        let a = s[j]!
        if (a === '\\') {
          a = s[j + 1] ?? ''
          if (!/^[^0-9A-Za-z]$/.test(a)) return undefined
          j += 2
          chars.push(a)
          continue
        }
        const u = s.charCodeAt(j)
        if (u >= 0xd800 && u <= 0xdfff) return undefined
        if (s[j + 1] === '-' && j + 2 < s.length && s[j + 2] !== ']' && s[j + 2] !== '\\') {
          const v = s.charCodeAt(j + 2)
          if (v < u || v - u > 512 || (v >= 0xd800 && v <= 0xdfff)) return undefined
          for (let k = u; k <= v; k++) chars.push(String.fromCharCode(k))
          j += 3
        } else {
          chars.push(a)
          j++
        }
      }
      if (j >= s.length) return undefined
      i = j + 1
    } else if (s[i] === '\\') {
      const e = s[i + 1] ?? ''
      if (!/^[^0-9A-Za-z]$/.test(e)) return undefined
      chars.push(e)
      i += 2
    } else if ('()?*+{}.^$]'.includes(s[i]!)) return undefined
    else {
      chars.push(s[i]!)
      i++
    }
    const optional = s[i] === '?'
    if (optional) i++
    if (i < s.length && '?*+{'.includes(s[i]!)) return undefined
    alt = alt.flatMap((w) => (optional ? [...chars.map((ch) => w + ch), w] : chars.map((ch) => w + ch)))
    if (alt.length > 4096) return undefined
  }
}

/**
 * What one Aho–Corasick pass over the paragraph says about its patterns: `has(re)` whether a non-global pattern matches it
 * (without a regex when `re` is plain words, else only where its literals occur), `may(re)` whether a pattern can match it
 * at all (its literals, literals.ts, occur). A pattern not in the gate is always tried.
 */
class ParagraphGate {
  private readonly index = new Map<RegExp, number>()
  /** 1: the pattern is plain words (`plainWords`), so the gate's answer is the pattern's. Filled when the gate is built. */
  private readonly exact: Uint8Array
  private readonly gate: NeedGate

  constructor(patterns: readonly RegExp[]) {
    patterns.forEach((re, i) => this.index.set(re, i))
    const exact = (this.exact = new Uint8Array(patterns.length))
    this.gate = new NeedGate(() =>
      patterns.map((re, i) => {
        const words = re.global || re.sticky ? undefined : plainWords(re)
        if (words) exact[i] = 1
        return words ?? requiredLiterals(re)
      }),
    )
  }

  scan(text: string): Present {
    const tries = this.gate.tries(text)
    const marks = new Uint8Array(this.exact.length)
    for (const i of tries) marks[i] = 1
    return new Present(text, marks, this.index, this.exact)
  }
}

class Present {
  constructor(
    private readonly text: string,
    private readonly marks: Uint8Array,
    private readonly index: ReadonlyMap<RegExp, number>,
    private readonly exact: Uint8Array,
  ) {}

  /** `re.test(text)`, for a pattern without the g or y flag. */
  has(re: RegExp): boolean {
    if (re.global || re.sticky) throw new Error(`has needs a pattern without g or y: /${re.source.slice(0, 80)}/${re.flags}`)
    const i = this.index.get(re)
    if (i === undefined) return re.test(this.text)
    return this.marks[i] === 1 && (this.exact[i] === 1 || re.test(this.text))
  }

  /** Whether `re` can match the text at all (false: it matches nowhere in it, nor in any slice of it). */
  may(re: RegExp): boolean {
    const i = this.index.get(re)
    return i === undefined || this.marks[i] === 1
  }
}

/**
 * What a bracket's marker token (MARKER_TOKEN, read with the i flag) cannot match without: the literals of the pattern as written
 * (the i flag changes nothing for kana and kanji, which have no case), or, for the English tokens, a letter that the i flag reads
 * as a Latin one (A–Z, a–z, and ſ and K, which fold to s and k).
 */
const MARKER_TOKEN_AS_WRITTEN = new RegExp(MARKER_TOKEN.source, MARKER_TOKEN.flags.replace('i', ''))
const CASED_LATIN = new RegExp('[A-Za-z\u017F\u212A]', 'u')
/** Whether a bracket's text can hold a marker token (the same words, looked up in the bracket alone). */
const TOKEN_WORDS = new NeedGate(() => [requiredLiterals(MARKER_TOKEN_AS_WRITTEN), plainWords(CASED_LATIN)])
/** Between the marker tokens of one bracket (【秘・取扱注意】). */
const TOKEN_SEPARATOR = /[・、,/\s]+/u

/**
 * Blind R264Y-008 kind: a figure the city is bound not to publish (by a contract, an agreement or a rule), named so attributively and then
 * given (貸出元との契約で公表しないことになっている保険評価額が2億4千万円). The attributive form only: a concession (…は公表しないことに
 * なっていますが、応募総数は52件でした) tells a different, public figure, and the bound named with no figure tells nothing.
 */
const AGREED_UNPUBLISHED =
  /(?:契約|約束|取り決め|取決め|申し合わせ|協定|覚書|合意|条件|規定|決まり)(?:で|により|によって|上|に基づき|に従い)?[、,]?(?:は)?(?:(?:公表|公開|開示|口外|発表)(?:し|いたし)?(?:ない|せん|しない)こと(?:に|と)(?:なって(?:いる|いた|おり|る)|している|した)|(?:公表|公開|開示)しない約束の|非公表(?:と|に)(?:なって(?:いる|いた|る)|されている|した))(?=[\p{Script=Han}\p{Script=Katakana}])/gu
/** …then the thing so bound, with its figure, in the rest of the sentence (保険評価額が2億4千万円). */
const AGREED_FIGURE = /^[\p{Script=Han}\p{Script=Katakana}ー]{1,12}(?:は|が|も|、|:)?[^。！？!?\n]{0,8}?[0-9０-９〇一二三四五六七八九十百千][0-9０-９〇一二三四五六七八九十百千万億,.]{0,12}(?:円|人|名|件|社|点|%|％|割|票|世帯|倍)/u
/**
 * Blind R264Y-009 kind: a paper said by the post itself to be normally kept inside (本来は外に出さない表ですが, 普段は非公開の資料だけど),
 * shown anyway (写真で載せておきます, お見せします). A place or a work opened on a special day (普段は公開していない古文書を特別展で展示),
 * a refusal (お見せできません) and the marker named with nothing shown stay clean.
 */
const NORMALLY_KEPT =
  /(?:本来|本当|ほんと|ホント|普段|ふだん|通常|いつも)(?:は|なら)?[、,]?(?:(?:外|外部|表)(?:に|へ)(?:は)?(?:出さ|出せ)(?:ない|ん)|(?:公開|公表|お見せ|開示)(?:し|でき)?(?:ない|ません|ん)|見せ(?:ちゃ|ては|たら)(?:いけない|いかん|ダメ|だめ)|非公開|非公表|部外秘|門外不出|(?:内部|庁内|課内|部内|係内)(?:だけ|のみ)で(?:使う|扱う|回す))(?:の)?(?:表|資料|一覧|書類|データ|シート|名簿|メモ|文書|数字|記録|やつ|もの)(?:です|だ|なん(?:です|だ)?|な(?=んですが))?(?:が|けど|けれど|けども)/gu
const KEPT_PAPER_SHOWN = /載せ|のせ|アップ|写真|📷|📸|お見せ|見せ(?:ちゃ|ます|る)|貼っ|貼り|共有し|公開し/u
const KEPT_PAPER_EXHIBITED = /展示|企画展|特別展|特別公開|一般公開|公開日|見学|ご覧いただけ|閲覧|期間限定|(?:でき|出来)(?:ません|ない|かね)/u
/**
 * Blind R266W-009 kind: an exam's answers listed (問1 ③ 問2 ① …, 第1問 ア …) while the post says they are not yet released or gives them on
 * the quiet (前半の正解だけこっそり…残りは後日の正式発表を). The official answers published (正答を公表します) and a quiz's answers stay clean.
 */
/** One answer: 問1 3, 第2問 ア; a circled numeral (③) is # in the squeezed view, a hashtag is not an answer. */
const ANSWER_PAIR = '(?:問|第)\\s?[0-9]{1,2}(?:問)?\\s?[:：.)=→]?\\s?(?:[0-9]|[ア-オ]|[a-eA-E]|#(?![\\p{L}\\p{N}]))(?![0-9])'
const EXAM_ANSWERS_LISTED = new RegExp(`${ANSWER_PAIR}(?:[\\s、,/]{0,3}${ANSWER_PAIR}){1,19}`, 'gu')
const EXAM_ANSWERED = /(?:試験|テスト|検定|考査|入試)[^\n]{0,60}?(?:正解|正答|解答|答え)|(?:正解|正答|解答|答え)[^\n]{0,60}?(?:試験|テスト|検定|考査|入試)/u
const ANSWERS_NOT_OUT = /こっそり|内緒|ないしょ|ナイショ|ここだけ|(?:正式|公式)(?:な|の)?(?:発表|公表)(?:を|は|が|まで)|後日[^。！？!?\n]{0,8}?(?:発表|公表)|発表前|公表前|未発表|未公表|まだ(?:発表|公表)/u
/**
 * Blind R266W-039 kind: a paper kept inside cited in brackets as the source of the figures just told (…相談は17件で、そのうち3件は…（研修用の
 * 内部資料より）). A citation is a use of the paper, not a mention, even in a training report; a paper named with no figure stays clean.
 */
const INSIDE_PAPER_CITED = /[(（](?:[^()（）\n]{0,12}?の)?(?:内部|庁内|課内|部内|局内|係内)(?:資料|文書|メモ|データ|報告書?|集計)(?:より|から|による|参照|を基に|をもとに)[)）]/gu
/**
 * Blind R266W-056 kind: the questions of an exam still to come quoted word for word and said to be asked for sure (今年の二次面接では「…
 * ですか」と「…ください」の2問が必ず聞かれますよ). The city's guidance names topics (「志望動機」などをお聞きします), not a question verbatim
 * told as certain; a past exam or the scope (EXAM_PUBLISHED_PART) stays clean.
 */
const EXAM_ASKED_SURE =
  /「[^「」\n]{2,60}」(?:(?:と|や|、)「[^「」\n]{2,60}」){0,3}(?:の[0-9一二三四五]問)?(?:を|が|は|も|について)[^。！？!?\n「」]{0,4}?(?:必ず|絶対(?:に)?|確実に|間違いなく)(?:(?:聞かれ|質問され|尋ねられ|問われ|出題され|出され)(?:る|ます)|出(?:る|ます))/gu
const QUESTION_QUOTED = /(?:か|ください|下さい|\?|？|なさい)」/u

/**
 * Blind R268D-019 kind: what a consultation counter's record shows about who came, told (相談窓口の記録を確認したところ、昨年度ご相談に
 * 来られた方のうち2名は市職員でした; 相談記録によると、相談者のうち3人が同じ地区の方): a few of those who consulted singled out by what
 * they are is what the counter keeps in confidence, the more so in a reply. A record kept or protected (相談記録は5年間保存します), a total
 * count (相談件数は延べ120件) and a large share in published statistics (相談者120人のうち40人が10代) are not this: the count singled
 * out must be small (one to nine).
 */
const CONSULT_RECORD_WHO = new RegExp(
  '(?:相談|ご相談)(?:窓口|室|センター|支援|対応)?(?:の)?(?:記録|記録簿|台帳|受付簿|履歴|データ|カード|票)' +
    '(?:を(?:確認|調べ|見|見返|さかのぼ|遡)(?:した|た|て|っ|る)[^。！？!?\\n、,]{0,6}?(?:ところ|ら|みると|みたら)|によると|によれば|によりますと|では|を見ると|を見たら|ば見たら)[、,]?' +
    '[^。！？!?\\n]{0,30}?(?:方|人|者|かた)(?:の)?(?:うち|中で|なかで|中に|なかに)(?:は)?[、,]?[^。！？!?\\n0-9０-９]{0,8}?(?<![0-9０-９一二三四五六七八九十百])(?:[1-9１-９]|[一二三四五六七八九])(?:名|人)(?:は|が|の方)',
  'gu',
)

/**
 * Blind R270C-010 kind: the scores of an internal screening of applications (a subsidy, a tender, a hiring) said to be written up on a
 * board or a screen shown in the post (ホワイトボードには…補助金の審査で各団体が何点だったか書き出しています; スクリーンに選定委員会の
 * 各社の得点が映っています): the photo hands out how each applicant was marked before, or instead of, the city publishing it. A public
 * contest's scores (料理コンテストで各チームの得点を書き出して発表), a scoring method explained, a photo blurred and a result published
 * stay clean.
 */
const SCORES_ON_BOARD =
  /(?:ホワイトボード|黒板|ボード|模造紙|スクリーン|モニター|画面|写真)(?:に|には|にも|の)[、,]?[^。！？!?\n]{0,30}?(?:審査|選考|選定|採点|評価)[^。！？!?\n]{0,16}?(?:点数|得点|何点|評価点|採点結果|採点表|順位|(?<![0-9０-９])[0-9０-９]{1,3}点)[^。！？!?\n]{0,16}?(?:書き出|書い|書かれ|貼|張|並ん|写|映|出て|表示)/gu
/** …a screening of applicants: a subsidy, a tender, a hiring, bodies or businesses marked. */
const APPLICANT_SCREENING = /補助金|助成金|交付金|補助事業|採択|指定管理|プロポーザル|委託先|入札|採用|面接|申請|団体|事業者|業者|応募者|申込者|各社/u
/** …not a public contest. */
const PUBLIC_CONTEST = /コンテスト|コンクール|グランプリ|大会|選手権|作品|表彰|入賞|受賞|発表会/u

/**
 * Blind R270C-035 kind: both sides' figures in a negotiation still going on, the city's offer and what the other side wants (市からは稚魚
 * 1尾あたり120円の補助を出すと伝えていて、組合さんは150円を希望されています; 市側は坪10万円を提示、地権者さんは15万円を求めて): the
 * positions on the table, even of a subsidy, are the negotiation's secret. Needs both figures in the paragraph, the city's as offered or
 * conveyed and the other's as asked; a deal struck or published (合意しました, 締結, 公表し) and a subsidy notice with no counterpart's ask
 * stay clean.
 */
const CITY_OFFERED = new RegExp(
  `(?:市|本市|当市|市側|こちら|行政)(?:から(?:は|も)?|側(?:から)?(?:は)?|としては)[、,]?[^。！？!?\\n]{0,20}?${VALUE}[^。！？!?\\n]{0,16}?(?:と|を|で)(?:伝え|お伝え|提示|ご提示|提案|ご提案|示し|お示し|打診|申し入れ|お願い|回答)`,
  'gu',
)
const COUNTER_ASKED = new RegExp(
  `${COUNTERPART}(?:が|は|から(?:は)?|の方(?:から|は)|も)[、,]?[^。！？!?\\n]{0,14}?${VALUE}[^。！？!?\\n]{0,12}?(?:を|ば|で|は|が|って|と)?(?:求め|要求|要望|希望|主張|言って(?:き|こ|おら)|おっしゃ|譲ら)`,
  'gu',
)
/** …a deal struck or the figures published: no longer a secret. */
const BOTH_OFFERS_SETTLED = /合意し(?:ました|た)|合意に至|合意でき|妥結|締結|まとまりました|決まりました|決定しました|了承(?:いただき|され|を得)|折り合いがつ|公表し|ホームページ|議決|可決/u

/**
 * conf56 (blind R308T–R311E): twelve kinds missed as a whole.
 *
 * Blind R308T-039 kind: data the writer was given on the condition that it not go outside, the condition said (「外部には出さないで
 * ください」と念押しされて共有いただいたデータ; 公表しないという条件でいただいた数字; 非公表を条件にご提供いただいた資料), then its content
 * told in that sentence or the next two (売上の上位3店で全体の6割). The data only named, kept (鍵付きの保管庫で管理しています) or refused
 * (ここでは紹介できません) stays clean.
 */
const GIVEN_ON =
  '(?:(?:ご)?(?:共有|提供|開示)(?:して|され)?(?:いただい|頂い|もらっ|くださっ|くれ)|(?:ご)?(?:共有|提供|開示)され|いただい|頂い|もらっ|貰っ|受け取っ|預かっ|お預かりし|お借りし|借り|(?:見せ|教え|送っ|回し)(?:て)?(?:いただい|頂い|もらっ|くださっ|くれ)|お(?:送り|見せ)(?:いただい|頂い))(?:た|て(?:いる|いた|る|おる|おった))'
const HELD_DATA = '(?:データ|資料|数字|数値|情報|一覧|名簿|リスト|表|統計|集計|売上|内訳|ファイル|報告書|調査結果)'
const CONDITIONAL_DATA = new RegExp(
  `(?:(?:${HOLD_STRONG}|${HOLD_WEAK})(?:ない|ず)(?:という|との|って|と)?(?:条件|約束|前提|お約束)(?:で|のもと|の下|付きで)` +
    `|(?:非公表|非公開|口外無用|他言無用|門外不出|外部非公開|部外秘|外部秘|公表しないこと|口外しないこと|外に出さないこと)(?:を|の|という|との)?(?:条件|約束|前提|お約束)(?:で|に|として|のもと|付きで)` +
    `|(?:${HOLD_STRONG}${HOLD_NEG}|${HOLD_KEEP}|(?:ここだけの話|ここだけ|内緒|オフレコ|他言無用|口外無用)(?:で|に(?:して)?)?(?:お願いします|お願い|ください|ね)?)[」』]?(?:と|って|との)[、,]?[^。！？!?\\n]{0,8}?(?:念押し(?:され|を受け)|念を押され|${HOLD_ASKED})(?:て|た上で|たうえで|ながら)?)` +
    `[、,]?[^。！？!?\\n]{0,12}?${GIVEN_ON}[^。！？!?\\n]{0,4}?${HELD_DATA}`,
  'gu',
)
/** …what is then told from it: a share, a rank, a rate, a count, a rise or fall. */
const CONDITIONAL_TOLD = /[0-9][0-9,.]*(?:%|割|倍|位|円|人|件|店|社|万|億|千|ポイント|世帯)|[〇一二三四五六七八九十百千]+(?:万|億)(?:円|人)?|上位|トップ|最下位|過去最[多高低少]|前年比|占め|伸び|落ち込/u
/** …unless the telling is refused or the data only kept. */
const CONDITIONAL_HELD = /でき(?:ません|ない|かね)|いたしかね|控え|書けませ|載せられ|お見せできな|管理して|保管して|保管し(?:ます|ており)/u
/**
 * …unless the data was only a source the city aggregated into its own statistic, told as a whole (…ご提供いただいたデータをもとに集計した
 * ところ、市全体の観光客数は前年比5%増; …売上データを集計し、市内の宿泊客数は過去最多): a published aggregate, not the data. A share of a few
 * named or ranked providers (上位5社だけで, 3店舗) stays told.
 */
const CONDITIONAL_AGGREGATED = /^[^。！？!?\n]{0,16}?(?:集計|取りまとめ|とりまとめ|合算)(?:し|した|の結果|結果)/u
const CONDITIONAL_WHOLE = /市全体|市内全体|全市|市内の|市の/u
const CONDITIONAL_FEW = /上位|トップ|最下位|だけで|のみで|[0-9０-９一二三四五六七八九十]+(?:社|店|者|事業者|軒)/u

/**
 * Blind R310H-010 / R311E-032 kind: the theme of an essay, a paper or an interview of an exam still to come given in brackets (今年の作文
 * のテーマは『…』です。…10月5日の本番を迎えてくださいね; 作文試験のテーマは「…」です。…試験当日を迎えてください): the theme is secret until
 * the exam is held. The exam named in the paragraph (EXAM_NAMED), said to come (EXAM_TO_COME); a past exam's theme (でした, 昨年), a
 * contest's theme (作文コンクール), a theme set ahead on purpose for submission (事前課題, 提出してください, 募集要項) and an exam over
 * (お疲れさまでした) stay clean.
 */
const EXAM_PART = '(?:論文|小論文|作文|課題作文|面接|記述|討論|集団討論|グループ討論|グループディスカッション|プレゼン(?:テーション)?|口述)'
const EXAM_THEME_GIVEN = new RegExp(
  `${EXAM_PART}(?:試験|考査)?(?:の)?(?:(?:出題)?(?:テーマ|課題|題目|お題|題|設問)|出題)(?:は|が)[、,]?[「『][^「」『』\\n]{2,60}[」』](?!(?:でした|だった|でしたが|など|等|といった|のような|のように|と(?:いう|いった)(?:テーマ|題|例)))`,
  'gu',
)
const EXAM_NAMED = /試験|入試|選考|検定|受験|テスト|考査/u
/**
 * …not a prep class's own practice theme (漢字検定対策講座…作文のテーマは「…」です; 英検対策教室; 面接練習会…今回の面接の課題は「…」): the class
 * sets it, the exam does not. The theme tied to the real exam (本番の, 今年の試験の, 試験当日) stays secret.
 */
const EXAM_PRACTICE_CLASS = /対策(?:講座|教室|講習|クラス|セミナー|授業)|練習会|講習会|模擬(?:試験|面接|テスト)|模試/u
const EXAM_REAL_THEME = /(?:本番|今年|今年度|実際|当日)の[^。！？!?\n「」]{0,12}$|(?:試験|入試|検定|選考)の[^。！？!?\n「」]{0,6}$/u
const EXAM_TO_COME = /受ける|受けられる|受験する|受験される|受験予定|受験を控え|本番|当日|を迎え|に向けて|に向け|頑張|がんば|準備|応援|対策|来週|明日|あした|あす|明後日|今度の|次回|[0-9]{1,2}月[0-9]{1,2}日(?:\([月火水木金土日]\))?(?:の|に)|控え/u
const EXAM_THEME_PUBLIC = /事前(?:提出|課題|に(?:提出|お知らせ|公表|発表|提示))|あらかじめ|提出(?:して|期限|先|方法|し(?:ます|てください))|持参|郵送|募集要項|受験案内|実施要項|エントリーシート|コンクール|コンテスト|作品|入賞|表彰|感想文|お疲れ|終わりました|終了し|実施しました|行いました|受験された|受けられた/u

/**
 * Blind R310H-059 kind: an amount put into a budget proposal or a request while the proposal is still in the internal assessment or before
 * it goes to the council (当初予算案に約1億2,400万円を盛り込みました。まだ市長査定の段階で議会への提出も2月ですが、いち早く…): the budget's
 * content before it is published. A budget announced, proposed, passed or published (BUDGET_PUBLIC) and a budget figure with no stage still
 * to come (今年度予算に約500万円を計上しています) stay clean.
 */
const BUDGET_PUT_IN = new RegExp(
  `(?:補正予算案?|当初予算案?|予算案|予算要求|来年度予算|新年度予算|次年度予算|予算)(?:に|には|では|で|として|へ)[^。！？!?\\n]{0,30}?${VALUE}[^。！？!?\\n]{0,6}?(?:が|を|も)?(?:計上|盛り込|盛りこ|積み増|組み込|組みこ|要求|措置)` +
    `|(?:予算)?(?:要求額|要求金額|計上額|概算要求額?|予算額)(?:は|が)[、,]?[^。！？!?\\n]{0,12}?${VALUE}`,
  'gu',
)
const BUDGET_PENDING =
  /まだ[^。！？!?\n、,]{0,8}?査定|査定(?:中|前|待ち|の段階|の途中|途中|を控え)|査定(?:は|が)(?:まだ|これから)|(?:議会|定例会)(?:に|へ)(?:出す|出る|かける|諮る|提出する|上程する)前|(?:議会|定例会)(?:へ|に)(?:の)?(?:提出|上程)(?:は|も)?[、,]?(?:まだ|これから)|(?:提出|上程)(?:は|も)[^。！？!?\n]{0,10}?(?:ですが|だけど|ですけど|やけど|ばってん|なんですが|なので|予定ですが)|(?:提出|上程|公表|発表)(?:する|される)?前(?:ですが|だけど|なので|の段階)|(?:公表|発表)(?:は|が)(?:まだ|これから)/u

/**
 * Blind R311E-008 kind: a session held with no public gallery named as where what is told was explained or handed out (傍聴なしで開かれた
 * 今日の議員協議会で説明があった内容ですが、…14億円から28億円に膨らんでいます; 傍聴不可の全員協議会で示された数字ですが…), then a figure or
 * an outcome told in that sentence or the next. A notice (傍聴なしの会議ですので、入場はご遠慮ください), minutes published and a session with
 * nothing told stay clean.
 */
const CLOSED_BRIEFING_TOLD =
  /(?:傍聴(?:者|人)?(?:なし|無し|不可)|傍聴者?を入れ(?:ず|ない)|報道(?:陣)?を(?:入れず|締め出し))(?:の|で|に|て)?(?:(?:行われ|開かれ|開催され|実施され|行っ|開い)た)?[^。！？!?\n、,]{0,16}?(?:会議|協議会|説明会|委員会|勉強会|懇談会|審議会|会合|部会|協議)[\p{Script=Han}ァ-ヴー]{0,6}?(?:で|にて|の場で|の席で)[、,]?(?:の)?(?:ご)?(?:説明|報告|提示|示され|お示し|配られ|配布され|配付され|出(?:た|され|てき)|話(?:が|され)|聞い)[^。！？!?\n]{0,10}?(?:内容|話|数字|数値|資料|こと|件|もの)?(?:なん|な)?(?:ですが|だけど|ですけど|やけど|ばってん|では|によると|によれば|として|ですけれど|だと)/gu
const BRIEFING_TOLD = /[0-9〇一二三四五六七八九十百千]+(?:万|億|千)?(?:円|人|名|件|世帯|%|割|倍|校|か所|箇所|年|社)|膨ら|増え|減っ|減ら|見直さ|上が|下が|超え|方向|見送|廃止|統合|決ま(?!り次第)|内定|固ま/u
/**
 * Blind R311E-019 kind: a price come down to in the purchase of land or a building from its owner, the talks still going on (跡地の買い取り、
 * 所有者さんとのやり取りで、坪あたり十八万円まで下がってきました。あと一息、粘ります): NEGOTIATED_PRICE with a land deal still open.
 */
const LAND_DEAL = /地権者|所有者|地主|持ち主|用地|買収|買い取り|買取|跡地|土地|借地|立ち退/u
const STILL_GOING = /あと一息|もう一息|あとひと息|もうひと息|あと少し|もう少し|あとひと押し|もうひと押し|粘(?:り|っ|ろ|る|ら)|引き続き|まだ|これから|交渉中|協議中|継続|詰め(?:て|る|ます)|最終(?:調整|段階)|合意を目指|合意に向け|(?:ている|とる|よる)ところ|段階/u
/**
 * …not a fee the city's event charges its vendors or participants, held on a site (旧校舎跡地のイベントに出店するキッチンカーの出店料、交渉の結果
 * 1日3,000円まで下がりました！引き続き出店者を募集): the site is only where, no land is dealt. With the land's owner or its purchase named
 * (LAND_TRADE) it is a land deal still.
 */
const LAND_TRADE = /地権者|所有者|地主|持ち主|用地|買収|買い取り|買取|借地|立ち退|売却|譲渡|賃料|地代|坪/u
const PRICE_IS_FEE = /(?:出店|出展|参加|使用|利用|入場|受講|ブース|会場|レンタル)(?:料|費)|会費/u
const LAND_SETTLED = /合意しました|合意に至り|合意いたしました|契約を締結|締結しました|議決|可決|公表し|ホームページ|市HP|取得しました|購入しました|(?:売買|譲渡)契約を結び/u

/**
 * Blind R311E-024 kind: money whose use or source cannot be accounted for, found in the books of a body the city keeps and told with its sum
 * while the inquiry still goes on (公民館の会計で見つかった使途の分からないお金…三百四十万円ほどに…いま、当時の担当者から順番に話を聞いて
 * います): an audit's finding before anything is announced. The city's own announcement (お詫び, 公表, 記者会見, 分かり次第お知らせ) and a
 * warning about it stay clean.
 */
const UNEXPLAINED_MONEY =
  /(?:使途|使い道|使いみち|出どころ|出所)(?:の|が)?(?:不明|分から(?:ない|ん)|わから(?:ない|ん)|不詳|はっきりしない|確認できない|つかめない)(?:な|の)?(?:お金|金|支出|出金|入金|金額|額|現金|経費|資金)|(?:行き先|行方)(?:の|が)(?:分から(?:ない|ん)|わから(?:ない|ん)|不明な?|はっきりしない)(?:お金|現金|資金|売上金|会費|寄付金|寄附金|積立金)|使途不明(?:金|の)?|不明金|帳簿(?:と|に)(?:合わ|あわ)ない(?:お金|金額|額|現金|分)?|(?:残高|現金|通帳)(?:と|が)[^。！？!?\n、,]{0,4}?(?:合わ|あわ)(?:ない|ず)|説明のつかない(?:お金|支出|出金|入金|金額)/gu
const MONEY_AMOUNT = /[0-9][0-9,.]*(?:万|億|千)?[0-9,]*円|[〇一二三四五六七八九十百千]+(?:万|億)(?:[〇一二三四五六七八九十百千]+)?円?/u
const MONEY_INQUIRY = /(?:話|事情|経緯|説明)を(?:聞|伺|うかが|お聞き|お伺い|求め)|聞き取り|聴き取り|ヒアリング|調査中|調べ(?:て|と|ている)|確認中|確認して(?:い|お)|確認を進め|精査|洗い出|さかのぼ|遡|突き合わせ|照合/u
const MONEY_PUBLIC = /お詫び|おわび|申し訳|公表(?:し|いたし)|発表(?:し|いたし)|記者会見|会見を|報道|ホームページ|市HP|分かり次第|判明次第|わかり次第|改めて(?:お知らせ|ご報告)|再発防止|被害届を(?:提出|出し)|告発し|議会に報告し/u

/**
 * Blind R311E-049 kind: the arrears of a few households singled out by their size, with a sum (家賃の滞納、今月時点で多い順に３世帯だけで
 * 合計２１０万円; 滞納が最も多い世帯で約80万円): what the collection section knows of particular households. A total of all the arrears
 * (滞納額は合計1,200万円、滞納世帯は42世帯) and a published count stay clean.
 */
const ARREARS_FEW = new RegExp(
  `(?:滞納|未納|延滞|滞っ|払えて(?:い)?ない)[^。！？!?\\n]{0,24}?(?:多い順に|多い方から|大きい順に|高い順に|上位|ワースト|最も多い|一番多い|いちばん多い|特に多い|最多の|大口の?)[^。！？!?\\n]{0,8}?(?:[1-9][0-9]?|[一二三四五六七八九十]{1,3})(?:世帯|軒|件|人|名|戸|社|事業所|お宅|家庭)(?:だけ)?(?:で|の|が|は|に)[^。！？!?\\n]{0,16}?${VALUE}` +
    `|(?:滞納|未納|延滞)[^。！？!?\\n]{0,16}?(?:最も|一番|いちばん|特に)(?:多い|大きい|高い)(?:ご)?(?:世帯|お宅|方|人|家庭|事業者|店|ところ|ケース)(?:で|は|が|だと)[、,]?[^。！？!?\\n]{0,10}?${VALUE}`,
  'gu',
)

/**
 * Blind R311E-054 kind: the result of a screening told while the notice to the applicant is still to come, the notice named as a noun
 * (ご本人への通知はまだですが、おめでとうございます！; 申請者への連絡は来週ですが): the result before those it concerns hear it. The notice
 * with no result told, and a notice to wait (今しばらくお待ちください) stay clean.
 */
const NOTICE_NOT_YET = new RegExp(
  `(?:${NOTIFIED_PARTY}|保護者|ご家族|提案者|申込者|各団体|各事業者|撮影者|作者|出品者|制作者|投稿者|応募された方|受賞された方|入賞された方)(?:さん|様|さま|の方)?(?:へ|に)(?:の|対する)?(?:ご)?(?:通知|連絡|お知らせ|結果通知|決定通知|お伝え|内示)(?:は|が|も)[、,]?(?:まだ|これから|未だ|来週|明日|後日|週明け|[0-9]{1,2}日)(?:の予定)?(?:(?:です|でございます|だ|や|なん(?:です|だ|や)?|な(?=ん|の))?(?:ん|の)?(?:です|だ)?(?:が|けど|けれど|けども|ばってん)|(?:です|でございます|だ|や)(?![\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Han}ー]))` +
    `|(?:合格|採択|不採択|交付決定|決定|結果|審査結果|選考結果|採用)通知(?:書)?(?:は|が|も)[、,]?(?:まだ|これから|来週|明日|後日|週明け)[^。！？!?\\n]{0,10}?(?:ですが|だけど|ですけど|やけど|ばってん|なんですが|なんですけど|と思いますが|と思うけど)`,
  'gu',
)
const SCREENING_RESULT = /最高点|最高得点|トップ|[1１一]位|首位|満点|採択|不採択|合格|不合格|落選|当選|選ばれ|決ま(?!り次第|りましたら)|内定|最優秀|[0-9]+点/u
/**
 * …not an award only said to be decided, with no winner named (審査の結果、最優秀賞が決まりました！受賞者への連絡はこれからですが、表彰式は
 * 3月1日です): nothing of the result is told. The phrase is set aside before SCREENING_RESULT is looked for; a winner or a count named
 * (〇〇さん, 3団体, 「…」) is told still.
 */
const AWARD_WINNER_NAMED = /さん|様|さま|氏|くん|ちゃん|[0-9０-９一二三四五六七八九十]+(?:団体|社|事業者|名|人|校|チーム|作品)|「[^」\n]{1,40}」|『[^』\n]{1,40}』|(?:中学校|小学校|高校|商店|株式会社|会社|グループ|チーム)(?:の|が|さん)/u
const AWARD_ONLY_DECIDED = /(?:(?:最優秀|優秀|大|金|銀|銅|特別|審査員特別|市長|奨励|グランプリ)?賞|グランプリ|受賞者|入賞者|受賞作品|入賞作品)(?:が|は|も)[、,]?(?:無事に?|ついに|いよいよ)?決まり(?:ました|ます)?/gu

/**
 * Blind R309C-037 kind: a member of staff pointed at by a case, their penalty and their move told together, or the penalty said to be settled
 * in an internal meeting (当該職員の処分（減給10分の1・1か月）と、来月1日付での企画課への異動が本日の人事協議で決まりました): a personnel
 * matter of one person before the city announces it (and the move of one disciplined is never announced with it). The city's announcement
 * (懲戒処分を行いました, 公表, お詫び) and a rule (指針, 基準) stay clean.
 */
const STAFF_POINTED = '(?:当該|該当|問題の|その|担当の?|件の|例の)(?:の)?(?:職員|社員|教員|担当者)'
const PENALTY_WORD = '(?:懲戒処分|懲戒免職|停職|減給|戒告|訓告|免職|降格|懲戒|処分)'
const MOVE_WORD = '(?:異動|配置換え|配置替え|転属|配属替え|左遷|転出|出向)'
/** Settled, not to be settled (来週の審査委員会で決まりますが is a date). */
const PENALTY_SETTLED = '(?:(?:決ま|固ま|まとま)(?:りまし|った|って|りそう)|内定し|決定し(?:まし|た)|ことにな(?:りまし|った|っており|る(?:そう|らしい|予定|見込み))|になりました|になる(?:そう|らしい|予定|見込み))'
const PENALTY_AND_MOVE = new RegExp(
  `${STAFF_POINTED}(?:さん)?(?:の|へ(?:の)?|に(?:は|対する)?|は|が)[^。！？!?\\n]{0,20}?${PENALTY_WORD}[^。！？!?\\n]{0,40}?${MOVE_WORD}[^。！？!?\\n]{0,24}?${PENALTY_SETTLED}` +
    `|処分(?:は|が)[、,]?[^。！？!?\\n]{0,12}?(?:減給|停職|戒告|訓告|免職|降格)[^。！？!?\\n]{0,30}?${MOVE_WORD}[^。！？!?\\n]{0,16}?${PENALTY_SETTLED}` +
    `|${STAFF_POINTED}(?:さん)?(?:の|へ(?:の)?|に(?:は|対する)?|は|が)[^。！？!?\\n]{0,20}?${PENALTY_WORD}[^。！？!?\\n]{0,40}?(?:人事協議|懲戒審査委員会|分限懲戒審査|審査委員会|庁内(?:の)?協議|幹部会議?|内部(?:の)?協議)で[、,]?[^。！？!?\\n]{0,12}?${PENALTY_SETTLED}`,
  'gu',
)

/**
 * Blind R308T-041 / R311E-026 / R311E-029 kinds: the city's own position in a negotiation still going on or a tender not yet opened, told
 * with its term: its ceiling (市としての上限は900円です; 市としては上限を1億2千万円ほどで組んでいます) or the term it holds out for (市として
 * は3年間で交渉を続けております), against what the other side asks (先方からは…1,500円の手数料を求められていますが; 運営会社からは…5年間
 * 免除してほしいとの提示を受けています). A grant's limit (補助の上限は10万円), a deal settled or published, and a price published before the
 * tender (事前公表, 公告) stay clean.
 */
const NEG_TERM = `(?:${VALUE}(?:千万|百万|千|百|万)?円?|[0-9〇一二三四五六七八九十]{1,4}(?:年間?|か月|ヶ月|カ月|割|%|パーセント|倍|区画|台|戸|店舗))`
const NEG_DEMAND = new RegExp(
  `${COUNTERPART}(?:から(?:は)?|の方から(?:は)?|側から(?:は)?|は|が)[、,]?[^。！？!?\\n]{0,30}?${NEG_TERM}[^。！？!?\\n]{0,24}?(?:求められ|要求され|要望され|希望され|提示を受け|提示され|申し入れ(?:を受け|られ)|打診され|言われ|ほしい(?:との|という|と)|欲しい(?:との|という|と)|を条件と)`,
  'u',
)
const CITY_SIDE = '(?:(?<![\\p{Script=Han}])市|柳川市|本市|当市|市側|こちら|当方|行政)(?:として(?:は|の)?|側(?:として)?(?:は|の)?|の(?:方|ほう)(?:で|から)?(?:は)?|から(?:は)?|は|の)'
const CITY_POSITION = new RegExp(
  `${CITY_SIDE}[、,]?[^。！？!?\\n]{0,16}?(?:(?:上限|限度|天井|最高|譲れる(?:線|ライン)|最終ライン|ボトムライン|ぎりぎり|ギリギリ|精一杯|出せる(?:の|額|金額)?|払える(?:の|額|金額)?)(?:額|価格)?(?:は|を|が|として|で|も)?[、,]?[^。！？!?\\n]{0,10}?${NEG_TERM}` +
    `|${NEG_TERM}[^。！？!?\\n]{0,10}?(?:で|を|まで)(?:交渉|協議|調整|折衝|詰め|押し返|ご?提示|回答|主張|粘|譲らず|踏みとどま)` +
    `|${NEG_TERM}(?:が|まで|程度|くらい|ぐらい)?(?:が)?[^。！？!?\\n]{0,4}?(?:上限|限度|限界|精一杯|ぎりぎり|ギリギリ|最大))`,
  'gu',
)
const CEILING_WORD = /上限|限度|限界|天井|最高|最大|譲れる|最終ライン|ボトムライン|ぎりぎり|ギリギリ|精一杯|出せる|払える/u
const NEG_CONTEXT = /先方|相手方|相手側|交渉|折衝|詰め(?:て|る|ます)|地権者|所有者/u
const GRANT_CONTEXT = /補助|助成|支給|給付|交付|募集|申請|申し込|申込/u
const NEG_SETTLED = /合意し(?:ました|た)|合意に至|妥結|締結|まとまりました|決まりました|決定しました|了承(?:いただき|され|を得)|承認(?:され|を得|いただ)|同意(?:を得|いただ)|折り合いがつ|公表し|ホームページ|市HP|議決|可決/u

/**
 * Blind R311E-031 kind: a figure told, then the formal release said to come later, then the writer owning up to telling it first (寄附額は
 * …23億8千万円…！正式な発表は5月ですが、担当としてうれしくてつい書いてしまいました; 正式発表は来月なんですけど、待ちきれずフライングです).
 */
const TOLD_CONFESSED = /(?:(?:(?<=[てで、,\s!！。])|(?<![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]))(?:ついつい|つい)(?![てたとにでき]|先|さっき|最近|この間|こないだ)|思わず|我慢でき(?:ず|なくて)|待ちきれ(?:ず|なくて)|黙って(?:い|お)られ(?:ず|なくて))[^。！？!?\n「」]{0,10}?(?:書い|書き|言っ|言い|投稿|載せ|つぶや|呟|しゃべ|喋|漏ら|報告し|発信し|ポスト|お伝え|伝え|教え|お知らせ|シェア|アップ)|フライング(?:です|で|しちゃ|しまし|気味|ですが|だけど|失礼|ごめん|すみません|すいません|お許し|[!。])/u

/** Every pattern `run` asks the paragraph gate about. */
/**
 * Blind R297H-002 kind (conf19): an internal enforcement threshold told (課内の取扱いでは、滞納額が30万円を超えた時点で給与や預金の差押えに
 * 向けた手続きに入る; 内規で3回目の催告のあとは…): the trigger the office keeps inside for seizure, a reminder, a penalty or a review. The inside
 * rule is named as the basis, then an amount or a count crossed, then the step it sets off, in one sentence. The law's published rule
 * (督促状の発付後10日を経過すると差押え) names no inside rule and stays clean.
 */
const INSIDE_RULE = '(?:(?:課内|庁内|部内|係内|内部|内々|内輪)(?:の|で(?:の)?)(?:取扱い|取り扱い|取扱|運用|基準|ルール|目安|線引き|決まり|申し合わせ)|内部基準|内規|内部規定|内部規程)'
const INTERNAL_THRESHOLD = new RegExp(
  `${INSIDE_RULE}(?:では|として|上は|で(?:は)?[、,]|により|によって|によれば|だと|に(?:沿って|従って|基づき|もとづき))[、,]?[^。！？!?\\n]{0,30}?[0-9０-９〇一二三四五六七八九十百千]{1,8}(?:(?:万|千|億)?(?:円|件|回|か月|ヶ月|カ月|ケ月|日|年|期|%|％|割)(?:分)?(?:を|に|が)?(?:超え|以上|上回|達し|達する|過ぎ|経過|超過|滞っ|滞納)|(?:回目|度目)[^。！？!?\\n]{0,8}?(?:あと|後|以降))[^。！？!?\\n]{0,30}?(?:差押|差し押さ|督促|処分|審査|催告|捜索|公売|強制|法的措置|給水停止|停止|打ち切|不許可|却下|財産調査)`,
  'gu',
)
/**
 * Blind R297H-045 kind (conf19): an internal discretion told, mostly in a reply (所得が基準額を少し超えていても、実は課長決裁で減免が通る
 * ケースもあります（あくまで内部の取扱いですが）; 期限を過ぎていても内々に受け付けています): an exception to a published rule that the office
 * grants inside. Needs the inside framing in the paragraph (DISCRETION_INSIDE) and the exception in a sentence (RULE_EXCEPTION). A published
 * rule (減免の基準は市ホームページに掲載しています; 期限を過ぎても申請できます) has no inside framing.
 */
const DISCRETION_INSIDE = /(?:内部|課内|庁内|部内)(?:の|的な?)(?:取扱い|取り扱い|取扱|運用|判断|裁量)|内々に|内内に|非公式に|表向きは|(?:課長|部長|所長|係長|上司|上)(?:の)?(?:決裁|判断|裁量|一存)で/u
const RULE_EXCEPTION = /(?:基準|基準額|要件|条件|上限|限度|期限|締め?切り?|所得|収入)(?:を|に|が)?[^。！？!?\n]{0,8}?(?:超えて(?:いて)?も|超えていても|満たなくても|満たしていなくても|満たさなくても|届かなくても|足りなくても|過ぎて(?:いて)?も|外れて(?:いて)?も|対象外でも)[、,]?[^。！？!?\n]{0,30}?(?:通る|通り|通っ|通す|認め|受け付け|受付|でき(?:る|ます|ちゃ)|可能|対象にな|減免|免除|OK|大丈夫)/gu
/**
 * Blind R297H-060 kind (conf19): a list of arrears cases shown in a photo post (ホワイトボードに今月の重点滞納案件の一覧（世帯名と滞納額）を書き出して
 * …📸; 未納者リスト（氏名・金額）を貼り出した様子): the picture publishes who owes what. A list of arrears, collection or seizure cases with the
 * households' names or sums, in a paragraph that shows a picture (LIST_PHOTO). A meeting's picture with no list (打ち合わせの様子です📸) is clean.
 */
const ARREARS_LIST = /(?:滞納|未納|延滞|督促|差押え?|差し押さえ|徴収|収納|生活保護|受給)[\p{Script=Han}]{0,6}?(?:の)?(?:一覧|リスト|名簿|台帳)(?:表)?[^。！？!?\n]{0,8}?(?:世帯名|氏名|名前|個人名|宛名|住所|滞納額|未納額|金額)|(?:世帯名|氏名|名前|個人名|宛名)(?:と|や|・|、)[^。！？!?\n]{0,4}?(?:滞納額|未納額|金額|住所)[^。！？!?\n]{0,10}?(?:一覧|リスト|名簿)/gu
const LIST_PHOTO = /写真|画像|📸|📷|風景|様子|撮影|撮っ|パシャ|ホワイトボード|掲示板/u
/** …not said to be kept out of the picture (写らないように, 隠して, 外して, ぼかし) nor refused. */
const LIST_KEPT_OUT = /写らない|映らない|写さない|隠し|外し|伏せ|ぼかし|モザイク|消して|ありません|しません|いたしません|できません|禁止|厳禁|ないよう/u
/**
 * Blind R296Y-009 kind (conf19): the results kept on an internal evaluation sheet told (人事課で内部用につけている評価シートでは、今年は全員が
 * B以上…コメント欄に「…」): the stop-17 評定票 kind widened from a paper's criteria to its grades and comments. The paper said to be for inside
 * use (内部用の, 内部で, 課内の) before it, and a grade, a rank or a written comment told after it in the sentence or the next one.
 */
const INTERNAL_EVAL_SHEET = /(?:内部用|庁内用|課内用|職員用|内部|課内|庁内|部内|人事課)(?:に|の|で|として)[^。！？!?\n]{0,14}?(?:評価シート|評価表|評価票|評定表|評定票|評定|人事評価|勤務評定|評価記録|評価メモ)(?:では|で(?:は)?[、,]|によると|によれば|を見ると|の(?:結果|中身|内容)(?:は|では))/gu
const EVAL_RESULT_TOLD = /(?:全員|みんな|皆|半数|大半|ほとんど|[0-9０-９一二三四五六七八九十]+(?:人|名))(?:が|は|とも)[A-EＡ-ＥSＳ][+＋]?(?:以上|以下|評価|判定|ランク)?|[A-EＡ-ＥSＳ](?:評価|判定|ランク)(?:が|は|を|で)|コメント欄に|(?:評価|評定|所見)(?:は|が)[^。！？!?\n]{0,8}?(?:最高|最低|高|低|[0-9０-９]+点)/u
/**
 * Blind R298K-026 kind (conf19): a member of staff identifiable by description, told to be suspended or under investigation (市民課の窓口で
 * 長年ご案内していた年配の男性職員は、昨年の公金の件で現在自宅待機): a personnel matter before any published announcement. A place of work and
 * a description (男性, 年配, ベテラン) of the worker, then the stay at home or the inquiry, in a paragraph about misconduct (STAFF_CASE).
 * 職員の懲戒処分について（公表） is the city's own release (PENALTY_PUBLIC).
 */
const DESCRIBED_STAFF_HELD = /(?:[\p{Script=Han}]{1,8}(?:課|係|室|所|センター|窓口|支所|館))[^。！？!?\n]{0,30}?(?:男性|女性|年配|若手|ベテラン|新人|中堅|[0-9０-９]{2}代)[^。！？!?\n]{0,6}?(?:職員|係員|担当者|担当|課長|係長|主査|主任|の方)(?:は|が|について|さん)[、,]?[^。！？!?\n]{0,30}?(?:自宅待機|謹慎|停職|出勤停止|調査中|調査を受け|事情(?:を)?聴取|取り調べ|処分(?:を)?(?:待|検討|予定|前))/gu
const STAFF_CASE = /公金|不祥事|横領|着服|不正|使い込|飲酒|ハラスメント|パワハラ|セクハラ|の件|事案/u
/**
 * Blind R300S-042 kind (conf20): the real reason behind the official one told (中止理由は表向きは雨天となっていますが、実際は昨年の事故の責任
 * 問題を課内で整理しきれていないため; 建前は老朽化ですが、本当は予算が回らないから): the official account set against an inside matter (課内, 責任,
 * 予算, 上層部, トラブル …). A contrast with no inside matter (表向きは静かな町ですが、実は祭りが熱い) stays clean.
 * Blind R304W-058 kind (conf21): the public account named as the notice's (お知らせでは「設備点検のため」としていますが、実のところは屋根の
 * 雨漏りが深刻で、修繕の予算がつくまで再開のめどは立っていない; 発表では…となっていますが、本当は…): the same official reason set against the
 * inside one. A notice corrected (お知らせでは10時としていましたが、正しくは…) is past tense and stays clean.
 */
const FACADE_REASON =
  /(?:(?:表向き(?:に)?は|建前(?:上)?は|建て前は|公式には|対外的には|(?:理由|原因|名目)(?:は|として(?:は)?)[、,]?(?:一応|いちおう|形式上|形の上で|(?=[^。！？!?\n]{1,30}?(?:ということに|ことに)なって)))[、,]?[^。！？!?\n]{1,30}?|(?:お知らせ|告知|掲示|貼り紙|張り紙|案内|発表|公式発表)(?:で|上)は[、,]?[^。！？!?\n]{0,30}?(?:ため|理由|都合|による|により)[^。！？!?\n]{0,12}?(?<!ました|でした|いた|った|訂正))(?:が|けど|けれど|けれども|ものの|ばってん)[、,]?[^。！？!?\n]{0,8}?(?:実際(?:に)?は|実のところ|本当は|ほんとは|本当のところ|実は|真相は|本音は)[、,]?[^。！？!?\n]{0,40}?(?:課内|庁内|部内|内部|上層部|幹部|(?:市長|副市長)の(?:意向|判断|一声|鶴の一声|指示)|議員(?:から|の)(?:要望|圧力|口利き|横やり|横槍)|責任問題|責任|事故の|不祥事|トラブル|予算(?:が|の)?(?:足り|つか|付か|回ら|取れ|不足|都合|ない|なく|削ら|厳し)|人手|職員(?:が|の)?(?:不足|足り|ミス|不祥事)|苦情|クレーム|業者|契約|ミス|不備|揉め|もめ|調整|雨漏り|老朽化が深刻|故障|破損|めどは?立っ|目途は?立っ|見通しは?立っ)/gu
/**
 * Review (conf22) kind: FACADE_REASON needs the official account to be a stated reason or explanation (…の理由は, …のため, となっています,
 * としています, ということになっています) or a measure explained (中止, 休館, 縮小, 延期 …) before the contrast; a nickname, a period of
 * history, a mascot's character or good news told with 表向きは…実は is not an official reason set against an inside one. Tested on the
 * sentence up to the match's end.
 */
const FACADE_FRAME = /理由|原因|名目|ため|となって(?:い|お)|として(?:い|お)|ことになって|(?:中止|休館|休止|縮小|延期|変更|廃止|取りやめ|取り止め|閉鎖|見送り|撤去|改修|工事|休業|休園|運休|通行止め)/u
/**
 * Blind R302K-054 kind (conf20): a member of staff identified by the thread (お問い合わせのあった窓口職員, 当該職員, ご指摘の担当者) told to be kept
 * from work or awaiting a penalty's process (出勤を控えさせており, 自宅待機, どのような処分にするかは来月の審査会で): a personnel action before any
 * announcement. The city's own release (職員の懲戒処分について（公表）) and a line that only promises a response stay clean.
 */
const IDENTIFIED_STAFF_HELD =
  /(?:お問い?合わ?せ(?:の|のあった|をいただいた|いただいた)|ご指摘(?:の|のあった|いただいた)|ご意見(?:の|のあった|いただいた)|苦情(?:の|のあった)|当該|例の|件の|問題の)(?:[\p{Script=Han}]{1,6}(?:課|係|室|所|センター|支所|館)の?)?(?:窓口|受付)?(?:の)?(?:職員|係員|担当者|担当職員)(?:ですが|については|につきましては|につきまして|は|に(?:つきまして|ついて)は)[、,]?[^。！？!?\n]{0,40}?(?:出勤を(?:控えさせ|停止さ|停止し|見合わせさせ)|自宅待機|謹慎|出勤停止|(?:処分|懲戒)[^。！？!?\n]{0,24}?(?:審査会|審議会|懲戒委員会|分限懲戒|来月|来週|[0-9０-９]{1,2}(?:月|日)))/gu
/**
 * Review (conf22) kind: the identifier must come from the thread (お問い合わせの, ご指摘の, 当該), not a rule's その (大雨警報が出た場合、その
 * 担当職員は自宅待機); and a worker's own absence told to explain a delay (体調不良のため出勤を控えております。明日、折り返しご連絡いたします)
 * is not a measure: 出勤を控え counts only as a measure taken (控えさせ), and an illness, leave or training in the sentence clears it.
 */
const STAFF_OWN_ABSENCE = /体調不良|体調を崩|病気|療養|通院|休暇|有給|研修|出張|忌引/u
/**
 * Blind R300S-047 kind (conf20): a board or screen in the post's photo said to show a negotiation still open, its status or the sums offered
 * (ホワイトボードには来年度の協賛企業との交渉状況と、各社から提示いただいた金額…まだ契約前…しっかり写っちゃってますね; 画面に各社の見積額が
 * 映っています、契約前ですが): the picture hands out the negotiation. Needs the deal still open or the showing admitted in the paragraph
 * (NEGOTIATION_SHOWN_HELD); a picture said to keep the figures out (写らないようにしています) with no slip stays clean.
 * Blind R304W-022 kind (conf21): the board listing the firms still to be asked and what each is expected to give (ホワイトボードには、協賛を
 * お願いする企業さんの候補と、それぞれの見込み金額まで書き出して): candidates and expected sums are a negotiation not yet opened, so the list
 * itself says it is not settled. A board of sponsors thanked by name with no sums, and a meeting photo with no board content, stay clean.
 */
const NEGOTIATION_ON_BOARD =
  /(?:ホワイトボード|黒板|ボード|模造紙|スクリーン|モニター|画面|パソコン|写真|画像)(?:に|には|にも|の)[、,]?[^。！？!?\n]{0,30}?(?:交渉(?:状況|の状況|経過|の経過|内容|の内容|の進み具合)|(?:提示|ご提示|提案|ご提案)(?:いただいた|頂いた|された|してもらった|のあった)?(?:金額|額|価格|単価)|見積(?:もり|り)?(?:額|金額)|協賛(?:金額|額)|(?:協賛|寄附|寄付|出資|広告)?見込み(?:の)?(?:金額|額)|(?:協賛|スポンサー|出資|広告)[^。！？!?\n]{0,14}?(?:企業|会社|事業者|団体)(?:さん|様)?の候補)/gu
const NEGOTIATION_SHOWN_HELD = /契約前|(?:企業|協賛|スポンサー|会社|事業者|出資)[^。！？!?\n]{0,10}?候補|候補(?:の|となる)?(?:企業|協賛|スポンサー|会社|事業者)|見込み(?:の)?(?:金額|額)|交渉中|未契約|まだ契約|締結前|合意前|公表前|発表前|(?:写|映)っ(?:ちゃ|てしま|ちゃって)|(?:写|映)り込(?!ま(?:ない|せん|ず|ぬ))|丸見え|本当は[^。！？!?\n、,]{0,6}?(?:お)?見せ(?:でき|られ)ない|内緒|ナイショ|ないしょ|ここだけ/u
/**
 * Blind R304W-055 kind (conf21): a screen, board or slide in the photo said to show the budget's inside figures, the sections' requests or
 * the finance section's assessed sums (写真右側のモニターには、各課から提出された要求額と、財政課による査定後の金額の一覧を表示しています):
 * the assessment is worked inside before the budget proposal is published. A photo of the budget work with no figures named (予算編成作業中
 * の財政課の様子です) and the published proposal shown (公表した予算案の概要) stay clean.
 */
const BUDGET_ON_SCREEN =
  /(?:ホワイトボード|黒板|ボード|スクリーン|モニター|ディスプレイ|画面|スライド|パソコン|写真|画像)(?:に|には|にも|上に|上には)[、,]?[^。！？!?\n]{0,30}?(?:要求(?:額|金額)|(?:査定|内示)(?:後|前|中)?の?(?:金額|額|結果)|査定額|内示額|要求と査定|予算の?(?:要望|要求)[^。！？!?\n]{0,16}?(?:削った|削られた|削減した|カットした|査定(?:した|された)?)(?:後|あと)?の?(?:数字|数値|金額|額|結果))/gu
/** …a picture said to keep the figures out. Review (conf22) kind: also 写り込まない(よう)/映り込まない(よう)/写り込まないように配慮. */
const NEGOTIATION_KEPT_OUT = /(?:写|映)(?:り込|りこ)?まない|写らない|映らない|写さない|映さない|隠し|伏せ|ぼかし|モザイク|消して/u
/** Review of conf21 (rvconf55): a notice's next update promised or an apology (改めてお知らせします) — an honest update, not a facade. */
const UPDATE_PROMISED = /(?:改めて|あらためて|追って|分かり次第|わかり次第|決まり次第)[^。！？!?\n]{0,6}?(?:お知らせ|ご案内|ご連絡|ご報告|お伝え)|お詫び|おわび/u
/**
 * Review of conf21 (rvconf55): a figure presented at a report or briefing meeting (報告会を開きました。画面には今年度の寄附見込み額…を示し) is
 * released there, and a budget screen at a public council session (市議会予算特別委員会…質疑) shows public figures.
 */
const FIGURE_PRESENTED = /報告会|説明会|発表会|報告しました|ご報告|(?:を|と)示し|お示し/u
const BOARD_SLIP = /契約前|交渉中|未契約|まだ契約|締結前|合意前|公表前|発表前|(?:写|映)っ(?:ちゃ|てしま)|(?:写|映)り込(?!ま(?:ない|せん|ず|ぬ))|丸見え|内緒|ナイショ|ないしょ|ここだけ/u
const PUBLIC_SESSION = /議会|(?:予算|決算|常任|特別)委員会|質疑|傍聴|公開の|公開で|審議/u

const PARAGRAPH = new ParagraphGate([
  ...Object.values(WORDS),
  MARKER_IN_BRACKET, MARKER_TOKEN_AS_WRITTEN, CASED_LATIN, AWARENESS_WORDS,
  APPOINTMENT_PUBLIC, ARRANGED_PUBLIC, AUDIT, AUDIT_FINDING, BID_DONE, BID_PUBLIC, BID_TO_COME, BILL_TO_COME, BUDGET_PUBLIC, CITY_MATTER,
  COVERTLY, EN_AWARE, EN_MATTER, FORMAL_LATER, FUTURE_RELEASE, PEEK_COVERT, REPORTED_CONTENT, NO_TAKING_SHOWN, CLOSED_HELD, EXAM_AHEAD_NAMED, EXAM_ASKED_HEARD, GOOD_DEED, HEARD_INSIDE, INCIDENT, INCIDENT_OBJECT, INCIDENT_PUBLIC,
  INQUIRY_AGENCY, INSIDE_SOURCE, INVESTIGATION_PUBLIC, LEAK, MATTER, MISCONDUCT, MOVE_PUBLIC, NEGOTIATING, NOTICE_TO_COME, NOT_ANNOUNCED,
  NOT_OUT, NOT_YET_SAID, OFFER_PUBLIC, OUTCOME_PUBLISHED, PENALTY_PUBLIC, PENDING_BILL_PUBLIC, POLICE, PRESENTED_WORK, PROCUREMENT,
  PUBLISHED, RELEASE_TO_COME, RESULT_PUBLIC, SELECTION, SESSION_PEOPLE, STAFF, STILL_ON, TEASER, TOLD_MATTER, WAIT_NOTICE, WHO_DECIDED,
  BRACKET, CIRCLED_HI, ENGLISH, EN_INTERNAL_SOURCE, EN_INTERNAL_AWARE, MEETING, SELECTION_TALK, CLOSED_SESSION, CLOSED_MEETING, CLOSED_DOC, PRE_RELEASE, IN_PROCESS,
  BEFORE_COUNCIL_REVEAL, NOT_TO_COUNCIL_YET, FIGURE_NOT_OUT, PAPER_NOT_OUT_YET, PAPER_NOT_OUT_HELD, CLOSED_BUT, OUTCOME_REACHED, RELEASE_LATER, EMBARGO_AT, EMBARGOED_RELEASE, NOT_YET, BID_AMOUNT, BID_SECRET,
  EARLY_REVEAL, EXAM_LEAK, EXAM_DRAFT_SHOWN, STAFF_ONLY, INSIDERS_ONLY, NEGOTIATION, NOT_PUBLIC, OFF_RECORD, PRIVATE_DECISION, PENALTY, MOVE, COMPLAINANT, CLOSED_TOLD,
  AUDIT_HIDDEN, ESTIMATE, OFFER, INCIDENT_UNDISCLOSED, SCORES, HELD_BACK_BUT, SECRET_TILL, KEEP_TILL_RELEASE, KEEP_TILL_THEN, PEEK, FUTURE_APPOINTMENT,
  APPOINTMENT_ARRANGED, BUDGET_AGREED, BUDGET_ASSESSED, BUDGET_BILL, BUDGET_CUT, PENDING_BILL, EN_KEEP_QUIET, STAFF_ADDRESSED, PRESS_LINE,
  EXAM_THEME_TIPPED, EXAM_TIP, WINNER_TOLD, RESULT_LATER,
  CLOSED_SWITCH, UNPUBLISHED_TERM, NONPUBLIC_FIGURE, STAFF_MEASURE, STAFF_SINGLED, INSIDE_GRIPE, GRIPE_AWARE,
  BID_NAMED, NEGOTIATED_COMPANY, NEGOTIATION_PUBLIC, BIZ_CONSULT_RECORD, BIZ_TROUBLE,
  JUDGES_PAPER, MARKED_PAPER_TOLD, USED_INSIDE_PAPER, PAPER_SHOWN_IN_PHOTO, CLOSED_CRITERIA, SELECTION_SCORES, UNPUBLISHED_BUT, HELD_BACK, CLOSED_THEN_TOLD, CLOSED_SESSION_CLAUSE, STAFF_DOC,
  INTERNAL_NOTICE, INTERNAL_SOURCE, REPORT_FINDING, PRIVATE_REMARK, DUTY_SETTING, PUBLIC_TALK, REPORT_BEFORE, CLOSED_SHARED, AWAITING_APPROVAL, SHARED_COVERTLY, MEMBERS_ONLY, SCORE_GAP, STANDING_TOLD, SCORES_KEPT,
  CONTRACT_DECIDED, INVESTIGATION, INQUIRY_RECORD, OFF_ASIDE, HOLD_ASKED_BUT, HOLD_BROKEN_TOLD, HOLD_PREFACED_SHOWN, HOLD_TOLD, HOLD_NAME_AT, NAME_TOLD, HOLD_NOTICE, CLOSED_GATHERING, HANDOUT_PUT_OUT, HANDOUT_PUBLIC,
  SURVEY_FORM_READ, STAT_SURVEY, SURVEY_HOUSEHOLD, SURVEY_SHARE, SURVEY_PROCESS, PLACE_TOURED, PAPER_NOUN, TOUR_OFFERED, LITERARY_CONTEXT,
  CASE_CONFERENCE, CASE_CONFERENCE_WORDS, CASE_MEETING_HELD, CASE_TOLD, SELECTION_PAPER_READ, OTHERS_STANDING, APPLICANT_ADDRESSED, PRESS_EMBARGO, PRESS_HANDLING, CIRCLE_KEEP, EMBARGO_HOLD, CLOSED_PAPER_CITED, RESTRICTED_PAPER,
  INTERNAL_TALLY_AHEAD, TALLY_FIGURE, TALLY_RELEASE_AHEAD, RESULT_RELEASED_LATER, FIGURE_RELEASED_LATER, INTERNAL_PRELIM, PRELIM_FIGURE, PRELIM_HELD, DELIBERATION_STATE, CONSULT_CASE_TOLD, PENDING_REQUEST_CONTENT,
  INTERNAL_STAGE, INTERNAL_PAPER_STAGE, REPEAT_FILER, COMPLAINT_TALLY_WHO, TALLY_FILED, REPEAT_COMPLAINER, INTERNAL_RECORD_TALLY, RECORD_COUNT, INCIDENT_REPORT_CITED, INCIDENT_TOLD, INTERNAL_CHANNEL_REPOST,
  HEARING_RECORD, INQUIRY_OPEN, MARKER_IN_USE, NOT_NOTIFIED, CHOICE_TOLD, NOTIFY_NOTICE, CLOSED_INSPECTION, INSPECTION_FINDING, INSPECTION_PUBLIC, HISTORIC_ERA, EMBARGO_LABEL, PRESS_CONTEXT, WITHHELD_PART, NDA_MATTER, PEEKED_PAPER, PEEK_TOLD,
  CLOSED_CANT_SAY_BUT, CANT_SAY_TOLD, INTERNAL_USE_READ, INTERNAL_USE_FIGURE, NEGOTIATED_PRICE, PRICE_HELD,
  NO_RECORD_GATE, COUNTER_LINE_GATE, INFLUENCE_MATTER, STAFF_CHAT_GATE, PRE_ASSESSMENT,
  BIDDERS_LISTED, SELECTION_UNDERWAY, SELECTION_FRONT_RUNNER, INTERNAL_RECORD_CITED, INTERNAL_RECORD_WORDS,
  BID_ENTRANTS_TOLD, BID_STILL_OPEN, BID_CONTEXT, BID_ENTRANTS_PUBLIC, MATTER_IN_PHOTO, PHOTO_BLURRED, PUBLIC_OCCASION, INTERNAL_SCREEN, SCREEN_FIGURE,
  STAFF_NOTE_IN_PHOTO, PHOTO_SHOWS_PAPER, PAPER_NOT_PUBLIC, PAPER_HELD, RECORDS_SYSTEM_SHOWN, BID_PRICE_IN_PHOTO,
  TOLD_BEFORE_REPORT, NONPUBLIC_PAPER_SHOWN, PAPER_OPENED, FIGURE_HEARD_INSIDE, NOTICE_BEFORE, NOTICE_BEFORE_HELD, INSIDE_ONLY_PAPER, INSIDE_PAPER_TOLD, STAFF_MEETING_PAPER,
  ANNOUNCE_AHEAD, AHEAD_FIGURE, READ_OFF_BOARD, HEARD_AHEAD, MEETING_HEARD, NOTICE_STILL_AHEAD, AHEAD_MARK, BILL_AHEAD, STAFF_MANUAL_QUOTED,
  NOTICE_PENDING, INSPECTION_MEASURE, DEMAND_RATIO, DEMAND_STATED, INTERNAL_FALLBACK, MEETING_PAPER_MADE, CLOSED_MATTER,
  SELF_HOLD, SELF_HOLD_FIGURE, ASSESSMENT_STAGE, ASSESSMENT_AMOUNT, INSIDE_WIP_SHOWN, NOT_RELEASED_BUT, INQUIRY_FINDING, INQUIRY_PENDING, INQUIRY_OWN_REPORT, RELEASE_DAY_TO_COME, SEASON_OPENS,
  AGREED_UNPUBLISHED, NORMALLY_KEPT, KEPT_PAPER_SHOWN, KEPT_PAPER_EXHIBITED, EXAM_ANSWERS_LISTED, EXAM_ANSWERED, ANSWERS_NOT_OUT, INSIDE_PAPER_CITED, EXAM_ASKED_SURE,
  CONSULT_RECORD_WHO, SCORES_ON_BOARD, APPLICANT_SCREENING, PUBLIC_CONTEST, CITY_OFFERED, COUNTER_ASKED, BOTH_OFFERS_SETTLED,
  RETURN_MARKED_BUT, PRESS_FILE_FILED, PRESS_FILE_HELD, INTERNAL_INQUIRY, INQUIRY_WORKER,
  INTERNAL_THRESHOLD, DISCRETION_INSIDE, RULE_EXCEPTION, ARREARS_LIST, LIST_PHOTO, INTERNAL_EVAL_SHEET, DESCRIBED_STAFF_HELD, STAFF_CASE,
  FACADE_REASON, IDENTIFIED_STAFF_HELD, NEGOTIATION_ON_BOARD, NEGOTIATION_SHOWN_HELD, NEGOTIATION_KEPT_OUT, BUDGET_ON_SCREEN,
  PRELIM_AS_RELEASE, TALLY_HIDDEN, DEMAND_BARGAIN, LISTING_OFFER, UPDATE_PROMISED, FIGURE_PRESENTED, BOARD_SLIP, PUBLIC_SESSION,
  CONDITIONAL_DATA, EXAM_THEME_GIVEN, EXAM_NAMED, EXAM_TO_COME, EXAM_THEME_PUBLIC, BUDGET_PUT_IN, BUDGET_PENDING, LAND_DEAL, STILL_GOING, LAND_SETTLED,
  UNEXPLAINED_MONEY, MONEY_INQUIRY, MONEY_PUBLIC, ARREARS_FEW, NOTICE_NOT_YET, SCREENING_RESULT, PENALTY_AND_MOVE, NEG_DEMAND, CITY_POSITION,
  NEG_CONTEXT, GRANT_CONTEXT, NEG_SETTLED, CLOSED_BRIEFING_TOLD, BRIEFING_TOLD,
])

/**
 * What `post` reads of each paragraph (Blind R247T-008 kind): a telling ahead (一足早くお伝えします) whose release day or hold is named in
 * another paragraph (各社への解禁日は15日なので、それまでは拡散をお控えください).
 */
export interface ConfidentialFacts {
  /** EARLY_REVEAL matches (paragraph offsets) in a paragraph that names no release still to come itself. */
  ahead: Span[]
  /** The paragraph names the release day still to come, or asks readers to hold the matter until then. */
  releaseDay: boolean
  /** Work presented at an event, a season's opening or a lesson: the telling ahead is no release held back. */
  exempt: boolean
  /** Draft papers named only as the work in hand (答弁案の作成に追われています, paragraph offsets): a finding only with a photo or video. */
  atWork: Span[]
  /** A candidate site said narrowed (SITE_NARROWED, paragraph offsets) in a paragraph that does not itself say its landowners are still to be told. */
  narrowed: Span[]
  /** The paragraph says those a site affects are still to be told (AFFECTED_YET: 地権者の皆さまへのご説明はこれから). */
  affectedYet: boolean
}
function paragraphFacts(doc: Doc): ConfidentialFacts {
  const t = doc.squeezed.text
  const releaseDay = RELEASE_DAY_TO_COME.test(t)
  const exempt = PRESENTED_WORK.test(t) || SEASON_OPENS.test(t) || AWARENESS.test(t)
  const ahead: Span[] = []
  if (!releaseDay && !RELEASE_TO_COME.test(t) && /一足|ひと足|ひとあし/u.test(t)) {
    EARLY_REVEAL.lastIndex = 0
    for (let m = EARLY_REVEAL.exec(t), n = 0; m && n < MAX_HITS; m = EARLY_REVEAL.exec(t), n++) ahead.push(doc.fromSqueezed(m.index, m.index + m[0].length))
  }
  const affectedYet = AFFECTED_YET.test(t)
  const narrowed: Span[] = []
  if (!affectedYet && !exempt) {
    SITE_NARROWED.lastIndex = 0
    for (let m = SITE_NARROWED.exec(t), n = 0; m && n < MAX_HITS; m = SITE_NARROWED.exec(t), n++) narrowed.push(doc.fromSqueezed(m.index, m.index + m[0].length))
  }
  return { ahead, releaseDay, exempt, atWork: [], narrowed, affectedYet }
}

export const confidential: RuleFamily<ConfidentialFacts> = {
  id: 'confidential',
  meta,
  post({ facts, spans, ctx, emit }) {
    // A draft paper named as the work in hand, with a photo or a video attached: what the picture shows of it is for a second look.
    if (ctx.attachments.length > 0) {
      facts.forEach((f, i) => {
        for (const s of f.atWork) emit({ rule: 'confidential/marker', start: s.start + spans[i]!.start, end: s.end + spans[i]!.start, severity: 'warn' })
      })
    }
    // Blind R370T-003 kind: a candidate site narrowed in one paragraph, its landowners said still to be told in another.
    if (facts.some((f) => f.affectedYet) && !facts.some((f) => f.exempt)) {
      facts.forEach((f, i) => {
        for (const s of f.narrowed) emit({ rule: 'confidential/pre-release', start: s.start + spans[i]!.start, end: s.end + spans[i]!.start })
      })
    }
    // Blind R247T-008 kind: 一足早くお伝えします on a line of its own, the release day still to come in another paragraph.
    if (!facts.some((f) => f.releaseDay) || facts.some((f) => f.exempt)) return
    facts.forEach((f, i) => {
      for (const s of f.ahead) emit({ rule: 'confidential/pre-release', start: s.start + spans[i]!.start, end: s.end + spans[i]!.start })
    })
  },
  run(input) {
    const atWork = runParagraph(input)
    return { ...paragraphFacts(input.doc), atWork }
  },
}

/**
 * The family's check of one paragraph (its body keeps the indentation it had as `run`). Returns the draft papers it found named only as
 * the work in hand (draftAtWork; paragraph offsets), which `post` reports when a photo or video goes with the post.
 */
function runParagraph(input: RuleInput): Span[] {
    const { doc } = input
    const atWork: Span[] = []
    /** Whether a finding (not a mention) has been given in this paragraph yet: the conf56 kinds add one only where none stands. */
    let found = false
    /** The spans of the findings given so far that are not mentions (a quoted request reported is one, yet what follows it may be told). */
    const used: Span[] = []
    const emit = (f: DraftFinding): void => {
      if (f.mention === undefined) {
        found = true
        used.push({ start: f.start, end: f.end })
      }
      input.emit(f)
    }
    const t = doc.squeezed.text
    const p = PARAGRAPH.scan(t)
    const spans: Span[] = []
    // Tests of slices of the paragraph (a sentence, the text around a match): a pattern whose literals are not in the
    // paragraph is in none of its slices.
    const awareMay = p.may(AWARENESS_WORDS)
    const aware = (slice: string): boolean => awareMay && AWARENESS.test(slice)
    const publishedMay = p.may(PUBLISHED)
    const published = (slice: string): boolean => publishedMay && PUBLISHED.test(slice)
    const marker = (m: RegExpExecArray): boolean => !aware(sentenceOf(t, m.index, m.index + m[0].length))
    /** The text as typed right after a squeezed offset (with the spaces the squeezed view drops). */
    const typedAfter = (at: number): string => {
      const e = doc.fromSqueezed(Math.max(0, at - 1), at).end
      return doc.raw.slice(e, e + 12)
    }
    // Brackets: 【秘】 ［庁内限］ （回覧用） 【案・課内限り】 《取扱注意》.
    // A bracket is a marker only with a marker token in it (MARKER_TOKEN, read case-insensitively) or markers run together
    // (MARKER_IN_BRACKET): with none of their words in the paragraph, no bracket of it is one.
    // Blind R173I-069: a marker spelt in kana (【ナイ部資料・とりあつかい注意】) is read back into kanji first.
    const kanaMay = KANA_MARKER_MAY.test(t)
    const tokensMay = p.may(MARKER_TOKEN_AS_WRITTEN) || p.has(CASED_LATIN) || kanaMay
    const runTogetherMay = p.may(MARKER_IN_BRACKET) || kanaMay
    if (p.has(WORDS.bracketOpen) && (tokensMay || runTogetherMay)) {
      emitAll(p, doc, t, BRACKET, 'confidential/marker', emit, spans, (m) => {
        const inner = kanaMay && KANA_MARKER_MAY.test(m[1]!) ? kanaMarkerRead(m[1]!) : m[1]!
        // 【マル秘】 is a marker; 「マル秘作戦」 (a secrecy prefix run on to a playful head) is not.
        const runTogether = (): boolean => {
          if (!runTogetherMay) return false
          for (const x of inner.matchAll(MARKER_IN_BRACKET)) {
            const rest = inner === m[1] ? typedAfter(m.index + 1 + x.index + x[0].length) : inner.slice(x.index + x[0].length)
            if (!(SECRET_PREFIX.test(x[0]) && playfulCompound(rest))) return true
          }
          return false
        }
        const markers = tokensMay && TOKEN_WORDS.tries(inner).length > 0 ? inner.split(TOKEN_SEPARATOR).filter((tok) => tok.length > 0 && MARKER_TOKEN.test(tok)) : []
        if (markers.length === 0 && !runTogether()) return false
        // 箱に「取扱注意」のシール (a parcel's label), 「内部資料」のため掲載できません (a refusal): no marker on what is told.
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        // Blind R224T-015 kind: the squeezed view drops ・ between a parcel's words (「天地無用・取扱注意」 reads 天地無用取扱注意), so the
        // label's tokens are found run together: a parcel's label still when every marker word in the bracket is handle-with-care.
        const labelled = markers.length > 0 ? markers : [...inner.matchAll(MARKER_IN_BRACKET)].map((x) => x[0])
        if (labelled.length > 0 && labelled.every((tok) => parcelLabel(tok, sentence))) return false
        // スプレー缶は「取扱注意」の危険ごみです: a class of waste, not a marker (blind IG-069).
        if (markers.length > 0 && markers.every((tok) => HANDLE_WITH_CARE.test(tok)) && wasteLabel(t, m.index, m.index + m[0].length)) return false
        // 藩の日記には「極秘」と朱書きされた記録も残っています: the marking of a paper of a past era (blind R92A-083).
        if (historicPaper(sentence)) return false
        // （イラストの転載・複製禁止）: a rights notice on published work (blind GX-104). The squeezed view runs the bracket's words together.
        const found = [...markers, ...[...inner.matchAll(MARKER_IN_BRACKET)].map((x) => x[0])]
        const around = withSentenceBefore(t, m.index, m.index + m[0].length)
        if (found.length > 0 && found.every((tok) => rightsNotice(tok, around))) return false
        if (refusedFor(t, m.index + m[0].length)) return false
        // （持出禁止） on a library's or an archive's material for reading there: a lending rule, not a classification.
        return !(/^持ち?出し?禁止$/u.test(m[1]!) && LENDING.test(sentenceOf(t, m.index, m.index + m[0].length)))
      })
    }
    // A paper restricted to the bodies concerned, cited or handed on (関係機関限りの連絡票によると…).
    if (p.has(WORDS.restricted)) {
      emitAll(p, doc, t, RESTRICTED_PAPER, 'confidential/marker', emit, spans, (m) => {
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        return marker(m) && !refusedFor(t, m.index + m[0].length) && !published(sentence) && !/開示|情報公開/u.test(sentence)
      })
    }
    if (p.has(WORDS.circledHi)) emitAll(p, doc, t, CIRCLED_HI, 'confidential/marker', emit, spans, (m) => marker(m) && !(SECRET_PREFIX.test(m[0]) && playfulCompound(typedAfter(m.index + m[0].length)) && !markedPaperShown(t, m.index + m[0].length)))
    if (p.has(WORDS.latin)) emitAll(p, doc, t, ENGLISH, 'confidential/marker', emit, spans, (m) => marker(m) && !confidentialService(t, m) && !enAdvice(t, m))
    // An internal paper cited in English as the source (according to our internal budget briefing, …).
    if (p.has(WORDS.latin) && !p.has(EN_INTERNAL_AWARE)) emitAll(p, doc, t, EN_INTERNAL_SOURCE, 'confidential/staff-only', emit, spans, (m) => marker(m) && !published(sentenceOf(t, m.index, m.index + m[0].length)))
    // ㊙ becomes a bare 秘 under NFKC, so it is found in the original text.
    for (let i = doc.raw.indexOf('㊙'); i !== -1; i = doc.raw.indexOf('㊙', i + 1)) {
      // ㊙作戦 (a playful compound) marks no document; ㊙資料 does.
      // ㊙マークついてたけど…チラ見せ: the mark on a paper shown, not a playful compound.
      if (playfulCompound(doc.raw.slice(i + 1, i + 12)) && !markedPaperShown(doc.raw, i + 1)) continue
      spans.push({ start: i, end: i + 1 })
      emit({ rule: 'confidential/marker', start: i, end: i + 1 })
    }
    // (非公開 alone opens it too: the closed part of a gathering, 非公開の部で出た話, names no meeting word.)
    if (p.has(WORDS.meeting) || p.has(WORDS.closed)) {
      emitAll(p, doc, t, MEETING, 'confidential/meeting', emit, spans, (m) => !reviewUsed(t, m[0], m.index + m[0].length) && !meetingBasis(t, m.index + m[0].length) && !routineMeeting(t, m[0], m.index + m[0].length) && !orderedThere(t, m.index + m[0].length) && !published(sentenceOf(t, m.index, m.index + m[0].length)) && !(p.has(OUTCOME_PUBLISHED) && !p.has(LEAK)) && !((DECIDED_THERE.test(t.slice(m.index + m[0].length, m.index + m[0].length + 16)) || DECIDED_THEN_OUT.test(t.slice(m.index + m[0].length, m.index + m[0].length + 72))) && !p.has(LEAK) && !p.has(NOT_OUT)) && (MEETING_CONTENT.test(t.slice(m.index + m[0].length, m.index + m[0].length + 12)) || (MEETING_PAPER.test(t.slice(m.index + m[0].length, m.index + m[0].length + 12)) && !/^(?:庁内|内部|課内|部内|係内)/u.test(m[0])) || MEETING_DISCORD.test(t.slice(m.index + m[0].length, sentenceAround(t, m.index, m.index + m[0].length).end)) || m[0].startsWith('非公開')))
      // What was said in a selection or evaluation meeting (面接の評価会議では『…』という声が多く出ていました): its deliberations are closed by nature.
      emitAll(p, doc, t, SELECTION_TALK, 'confidential/meeting', emit, spans, (m) => !published(sentenceOf(t, m.index, m.index + m[0].length)) && !aware(sentenceOf(t, m.index, m.index + m[0].length)))
      // 本日の地域ケア会議（非公開）の共有です。…との報告がありました: a closed meeting named as the head of a share, then what was reported.
      const sharedThenTold = (end: number): boolean => {
        if (!SHARE_HEAD.test(t.slice(end, end + 16))) return false
        const para = t.indexOf('\n\n', end)
        const after = t.slice(end, Math.min(para === -1 ? t.length : para, end + 240))
        return REPORTED_THERE.test(after) && !SHARE_NOTICE.test(after) && !published(after) && !aware(after)
      }
      // 全員協議会（非公開）、…の選定でかなり紛糾しました。…有力っぽいです: how the closed deliberation went (blind R160I-048).
      const deliberationTold = (start: number, end: number): boolean => {
        const here = sentenceAround(t, start, end)
        const next = here.end < t.length && t[here.end - 1] !== '\n' ? sentenceAround(t, here.end, here.end) : here
        const told = t.slice(end, Math.max(end, next.end))
        const around = t.slice(here.start, next.end)
        return DELIBERATION_STATE.test(told) && !SESSION_NOTICE.test(t.slice(here.start, here.end)) && !SESSION_OUTCOME_NOTICE.test(around) && !published(around) && !/報道|報じ|新聞|ニュース/u.test(around) && !p.has(OUTCOME_PUBLISHED) && !aware(around)
      }
      emitAll(p, doc, t, CLOSED_SESSION, 'confidential/meeting', emit, spans, (m) => {
        const end = m.index + m[0].length
        const sentence = sentenceOf(t, m.index, end)
        // The outcome published (in any sentence of the paragraph) or a notice about the session: not its content.
        if (published(sentence) || p.has(OUTCOME_PUBLISHED) || SESSION_NOTICE.test(sentence) || aware(sentence)) return false
        // 非公開の会議の資料を開示してほしいとのご要望をいただきました; …の資料はお見せできません: a request or a refusal, nothing told.
        if (paperRefusedOrAsked(sentence, sentenceAndNext(t, m.index, end))) return false
        // 非公開で行われた審査の結果、最優秀賞は…に決定しました: the city announcing the decision (as CLOSED_MEETING's announcedOutcome).
        if (announcedOutcome(t, m.index, end)) return false
        const span = doc.fromSqueezed(m.index, end)
        if (spans.some((s) => s.start < span.end && s.end > span.start)) return false
        if (LEAK.test(sentence) || CLOSED_REMARK.test(sentence)) return true
        // Blind R252A-038 kind (conf8): the closed session named in one sentence, what was said in it told in the next (非公開の意見交換会が
        // ありました。組合側からは「…」との強い発言があり…).
        const next = sentenceAndNext(t, m.index, end)
        if (next.length > sentence.length && CLOSED_REMARK.test(next.slice(sentence.length)) && !published(next) && !aware(next)) return true
        if (sharedThenTold(end)) return true
        // さっきまでの非公開の審査会、…白熱しすぎて2時間延長😂 補助金はたぶん…さんに決まりそう: the session named as the occasion, then how
        // its deliberation went or where it is heading (blind R170I-010).
        if (deliberationTold(m.index, end)) return true
        // 非公開の審査会で選ばれた作品を展示します: the session's decision, which the city announces, not its deliberation.
        const after = t.slice(end, end + 10)
        return SESSION_CONTENT.test(after) && !/^(?:で|より|から)(?:は|の)?(?:選ばれ|決まっ|決定し|決定され|選定され|承認され|採択され|認定され|表彰)/u.test(after)
      })
      emitAll(p, doc, t, CLOSED_MEETING, 'confidential/meeting', emit, spans, (m) => {
        const span = doc.fromSqueezed(m.index, m.index + m[0].length)
        const end = m.index + m[0].length
        // 連絡会（非公開）の議事メモは、事務局で保管しています: the record kept or said not to be shown, not its content told.
        // Blind R157I-057: 審査（非公開）の結果、…を契約候補者に選定しました: the city announcing the review's decision, not its deliberation.
        if (announcedOutcome(t, m.index, end)) return false
        // 全員協議会（非公開）で説明した内容は、市ホームページで公表しました; …については結果がまとまり次第ホームページでお知らせします: what
        // the session dealt with, said to be (or to be) published by the city: no content told. A leak's sign in the sentence still tells.
        const said = sentenceOf(t, m.index, end)
        if (published(said) && !LEAK.test(said)) return false
        if (paperRefusedOrAsked(said, sentenceAndNext(t, m.index, end))) return false
        return !spans.some((s) => s.start < span.end && s.end > span.start) && !RECORD_KEPT.test(sentenceOf(t, m.index, end)) && (SESSION_CONTENT.test(t.slice(end, end + 8)) || (LEAK.test(sentenceOf(t, m.index, end)) && !SESSION_NOTICE.test(sentenceOf(t, m.index, end))) || sharedThenTold(end) || deliberationTold(m.index, end))
      })
    }
    if (p.has(WORDS.closedDoc)) {
      emitAll(p, doc, t, CLOSED_DOC, 'confidential/marker', emit, spans, (m) => {
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        if (!marker(m) || /開示|情報公開|閲覧|掲載(?:は|を)?(?:でき|いたし|しており|して(?:い|お))(?:ません|かね)|お答え(?:でき|いたしかね)/u.test(sentence)) return false
        // Blind UG-012: 条例で定める非公開情報に当たる部分は黒塗り: a category of the rule being explained, nothing told.
        if (ruleCategory(t, m.index, m.index + m[0].length, sentence)) return false
        // 普段は非公開の古文書を、文化の日に特別にお見せします: a public opening; 非公開の資料はお見せできません / …を見せてほしいとの
        // ご請求がありました: a refusal or a request, nothing told (only the bare 非公開の… kind: a marker word or a citation keeps it).
        if (/^(?:非公開|公表前|公開前|公表されていない|外に出せない)/u.test(m[0]) && (openedToPublic(sentence, sentenceAndNext(t, m.index, m.index + m[0].length)) || paperRefusedOrAsked(sentence, sentenceAndNext(t, m.index, m.index + m[0].length)))) return false
        // Reviewer (conf10): a paper only named with the marker as its attribute (非公開の資料を確認しました: a warning; 課内で検討中の案は、
        // まとまり次第ご紹介します: clean), nothing of it told or shown; a marker word of its own (内部資料, 庁内限り) is not this.
        if (/^(?:非公開|公表前|公開前|公表されていない|外に出せない|内部|庁内|課内|部内|係内|幹部)/u.test(m[0]) && !/[()（）]/u.test(m[0])) {
          const named = paperOnlyNamed(t, m.index, m.index + m[0].length)
          if (named === 'clean') return false
          if (named === 'warn') {
            const span = doc.fromSqueezed(m.index, m.index + m[0].length)
            spans.push(span)
            emit({ rule: 'confidential/marker', start: span.start, end: span.end, severity: 'warn' })
            return false
          }
        }
        return true
      })
    }
    if (p.has(WORDS.preRelease)) {
      emitAll(p, doc, t, PRE_RELEASE, 'confidential/pre-release', emit, spans, (m) => {
        const span = doc.fromSqueezed(m.index, m.index + m[0].length)
        if (spans.some((s) => s.start < span.end && s.end > span.start) || /公開前の(?:準備|点検|清掃|内覧|見学)/u.test(m[0])) return false
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        // 公表前の情報を発信しないよう…: a rule about it; 結果はまだ公表されていません。公表され次第お知らせします: a notice to wait.
        if (aware(sentence) && !/[「『"]$/u.test(t.slice(Math.max(0, m.index - 1), m.index))) return false
        // A statement that ends there (まだ公表前の段階です。解禁をお楽しみに！) tells nothing: only with a notice to wait.
        const rest = t.slice(m.index + m[0].length, sentenceAround(t, m.index, m.index + m[0].length).end)
        // …or a notice that it will be told later (結果はまだ未公表ですが、決まり次第お知らせします).
        if (/^[、,が\s]*[^。！？!?\n]{0,10}?(?:次第|お待ち|改めて|後日|追って)/u.test(rest)) return false
        // Review of conf59 (rvconf59): …or only the briefing to come (まだ地元にご説明していない計画ですが、説明会は来月開催します): the public step
        // named, nothing of the matter told.
        if (/^[、,が\s]*(?:[^。！？!?\n]{0,8}?の)?(?:説明会|住民説明会|報告会|意見交換会|ご説明|ご報告|お知らせ|公表|発表)(?:は|を)[、,]?[^。！？!?\n0-9０-９]{0,16}?(?:予定|開催|開き|行い|行います|設け|いたします|します)[^。！？!?\n0-9０-９]{0,8}[。！!]?$/u.test(rest)) return false
        // お名前は公表していませんが、80代の方です: what is held back is who a person is, and no one is named after it (colleague).
        if (withheldIdentity(t, m.index, rest)) return false
        // A plain concession with no まだ (個別の相談内容は公表していませんが、昨年度の相談件数は52件でした; 詳細は公表していませんが、
        // ご了承ください): the city says what it keeps back as its practice, then gives the public part, asks for understanding or
        // points to where the public figures are. Still a leak when the rest tells a value (…ですが、落札額は1200万円でした).
        if (/^公表(?:されて|して)(?:い)?(?:ない|ません)(?:けど|が)$/u.test(m[0]) && withheldAsPractice(t.slice(Math.max(0, m.index - 20), m.index), rest)) return false
        return !(/^まだ/u.test(m[0]) && /^[^、,が]{0,12}(?:[。！!\n]|$)/u.test(rest) && !/けど|けれど/u.test(rest) && p.has(WAIT_NOTICE))
      })
    }
    if (p.has(WORDS.inProcess)) {
      emitAll(p, doc, t, IN_PROCESS, 'confidential/pre-release', emit, spans, (m) => {
        const span = doc.fromSqueezed(m.index, m.index + m[0].length)
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        // A matter in process named only to say it will be told once decided, with nothing of it given (査定中の予算については、決まり
        // 次第お知らせします; 起案中の計画はお答えできません): the status, not the document.
        if (ASSESSED_HELD.test(sentence) && !IN_PROCESS_GIVEN.test(sentence)) return false
        return !spans.some((s) => s.start < span.end && s.end > span.start) && !aware(sentence)
      })
    }
    // A budget request shown while still before the internal assessment (予算要求一覧です📷 まだ財政課の査定前なので金額は変わるかも).
    if (p.has(WORDS.budget)) {
      emitAll(p, doc, t, PRE_ASSESSMENT, 'confidential/pre-release', emit, spans, (m) => {
        const span = doc.fromSqueezed(m.index, m.index + m[0].length)
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        return !spans.some((s) => s.start < span.end && s.end > span.start) && ASSESSED_BUDGET.test(t) && ASSESSED_SHOWN.test(t) && !ASSESSED_HELD.test(sentence) && !aware(sentence) && !published(t)
      })
    }
    // A draft shown before the council or the announcement (議会の全員協議会の前に、見直し案を少しだけお見せします).
    // (A draft put out for public comment before the council is public: パブリックコメント, 意見募集.)
    if (p.has(WORDS.beforeCouncil)) emitAll(p, doc, t, BEFORE_COUNCIL_REVEAL, 'confidential/pre-release', emit, spans, (m) => !aware(sentenceOf(t, m.index, m.index + m[0].length)) && !/パブリックコメント|パブコメ|意見募集|ご意見を(?:お寄せ|募集|お聞かせ)/u.test(sentenceOf(t, m.index, m.index + m[0].length)))
    // Blind R162I-086: a figure not yet put before the council, said in a clause of reason or concession (まだ議会にも出していない数字なので).
    emitAll(p, doc, t, NOT_TO_COUNCIL_YET, 'confidential/pre-release', emit, spans, (m) => !aware(sentenceOf(t, m.index, m.index + m[0].length)) && !NOT_TO_COUNCIL_HELD.test(sentenceOf(t, m.index, m.index + m[0].length)))
    // Blind R176D-022: a figure said not yet to be let out, beside the figure given (対外的にはまだ出せない数字ですが…).
    if (p.has(WORDS.notPublic) && p.has(PRELIM_FIGURE)) emitAll(p, doc, t, FIGURE_NOT_OUT, 'confidential/pre-release', emit, spans, (m) => !aware(sentenceOf(t, m.index, m.index + m[0].length)))
    // A matter said to be closed, then told in the same sentence: 金額は非公開ですが、最安の提案は年間180万円でした,
    // 結論はまだ非公開ですが、駅前への設置は見送りの方向です (not 結果は非公開ですが、決まり次第お知らせします).
    const closedThenTold = (m: RegExpExecArray, meeting: boolean): boolean => {
      const end = m.index + m[0].length
      const own = sentenceAround(t, end, end).end
      // A teaser that ends the sentence (未公表なんですがひと足先に！), then the value in the next one.
      const teaser = own - end <= 12 && !COVERTLY.test(t.slice(end, own)) && /ひと足|一足|先に|特別に|少しだけ|ちょっとだけ|お見せ|公開|発表|お伝え/u.test(t.slice(end, own))
      const rest = t.slice(end, teaser && own < t.length ? sentenceAround(t, own + 1, own + 1).end : own)
      const span = doc.fromSqueezed(m.index, end)
      return !spans.some((s) => s.start < span.end && s.end > span.start) && (CLOSED_TOLD_VALUE.test(rest) || (meeting && TOLD_PRIVATE_MEETING.test(rest))) && !REVEAL_NOTICE.test(rest) && !aware(sentenceOf(t, m.index, end))
    }
    if (p.has(WORDS.closedBut)) emitAll(p, doc, t, CLOSED_BUT, 'confidential/pre-release', emit, spans, (m) => closedThenTold(m, false))
    if (p.has(WORDS.formal) && p.has(FORMAL_LATER)) emitAll(p, doc, t, OUTCOME_REACHED, 'confidential/pre-release', emit, spans, (m) => !aware(sentenceOf(t, m.index, m.index + m[0].length)) && !PUBLIC_CHOICE.test(sentenceOf(t, m.index, m.index + m[0].length)) && !CONTEST_OUTCOME.test(sentenceOf(t, m.index, m.index + m[0].length)) && !(PROMOTED_AHEAD.test(t) && !/契約|調印/u.test(t)))
    if (p.has(WORDS.concession)) {
      emitAll(p, doc, t, RELEASE_LATER, 'confidential/pre-release', emit, spans, (m) => {
        const end = m.index + m[0].length
        const span = doc.fromSqueezed(m.index, end)
        const rest = t.slice(end, sentenceAround(t, end, end).end)
        // …or a decision told just before, then given out ahead (…方針が決定いたしました。正式な公表は3月の予定でございますが、あらかじめお知らせいたします).
        const before = t.slice(Math.max(0, m.index - 120), m.index)
        const ahead = ADVANCE_TOLD.test(rest) && DECIDED_BEFORE.test(before)
        // …or figures given in the sentence before (or earlier in this one), then said to be told ahead (…先にお伝えしておきます).
        const here = sentenceAround(t, m.index, end)
        const prev = here.start > 0 && t[here.start - 1] !== '\n' ? sentenceAround(t, here.start - 1, here.start - 1) : here
        const figuresBefore = t.slice(prev.start, m.index)
        // Blind R311E-031 kind (conf56): …or the writer owning up to telling it first (正式な発表は5月ですが、…つい書いてしまいました).
        const toldAhead = (TOLD_AHEAD.test(rest) || TOLD_CONFESSED.test(rest)) && PRELIM_FIGURE.test(figuresBefore) && !published(figuresBefore) && !AHEAD_HELD.test(figuresBefore)
        return !spans.some((s) => s.start < span.end && s.end > span.start) && (REVEAL.test(rest) || ahead || toldAhead) && !REVEAL_NOTICE.test(rest)
      })
    }
    if (p.has(WORDS.embargoAt) && p.has(WORDS.ahead)) {
      emitAll(p, doc, t, EMBARGO_AT, 'confidential/pre-release', emit, spans, (m) => {
        const end = m.index + m[0].length
        const rest = t.slice(end, sentenceAround(t, end, end).end)
        const span = doc.fromSqueezed(m.index, end)
        return !spans.some((x) => x.start < span.end && x.end > span.start) && TOLD_AHEAD.test(rest) && !AFTER_RELEASE.test(rest) && !aware(sentenceOf(t, m.index, end))
      })
    }
    // The same, said attributively (明日10時解禁の記者発表資料の内容を、先行してお知らせします).
    if (p.has(WORDS.embargoed) && p.has(WORDS.aheadOrNotWaiting)) {
      emitAll(p, doc, t, EMBARGOED_RELEASE, 'confidential/pre-release', emit, spans, (m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const rest = t.slice(end, here.end)
        const before = t.slice(here.start, m.index)
        // Blind R288S-009 kind (conf17): the casual teaser shown first, then the release it comes from named (ひと足お先にチラ見せしちゃいます📱 明日10時解禁の記者資料からなので).
        const ahead = TOLD_AHEAD.test(rest) || (AHEAD_BEFORE.test(before) && TELL_AFTER.test(rest)) || TOLD_AHEAD_BEFORE.test(before) || TOLD_AHEAD.test(before) ||
          (m.index - here.start <= 4 && here.start > 0 && t[here.start - 1] !== '\n' && TOLD_AHEAD.test(t.slice(sentenceAround(t, here.start - 1, here.start - 1).start, here.start)))
        const span = doc.fromSqueezed(m.index, end)
        return !spans.some((x) => x.start < span.end && x.end > span.start) && ahead && !AFTER_RELEASE.test(rest) && !SEASON_OPENS.test(t.slice(here.start, here.end)) && !aware(t.slice(here.start, here.end))
      })
    }
    if (p.has(WORDS.notYet)) {
      emitAll(p, doc, t, NOT_YET, 'confidential/pre-release', emit, spans, (m) => {
        const end = m.index + m[0].length
        const span = doc.fromSqueezed(m.index, end)
        if (spans.some((s) => s.start < span.end && s.end > span.start)) return false
        const rest = t.slice(end, sentenceAround(t, end, end).end)
        // A scheduled release then a notice to wait (…を予定しておりますが、詳細は決まり次第お知らせします) tells nothing.
        if (m[0].includes('予定') && /次第|改めて|あらためて|お知らせします|お伝えします/u.test(rest)) return false
        return m[0].includes('待たず') || (REVEAL.test(rest) && !REVEAL_NOTICE.test(rest))
      })
    }
    // (内部評価 is the city's published self-assessment: an evaluation is closed only when said non-public.)
    if (p.has(WORDS.bidAmount)) emitAll(p, doc, t, BID_AMOUNT, 'confidential/pre-release', emit, spans, (m) => !aware(sentenceOf(t, m.index, m.index + m[0].length)) && !(m[1] !== undefined && m[0].startsWith('内部')))
    // A bid's price said to be published only later, then told anyway (予定価格は事後公表としておりますが、…48億6,000万円で設定).
    if (p.has(WORDS.bidLater)) {
      emitAll(p, doc, t, BID_LATER_AMOUNT, 'confidential/pre-release', emit, spans, (m) => {
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        const span = doc.fromSqueezed(m.index, m.index + m[0].length)
        if (spans.some((x) => x.start < span.end && x.end > span.start)) return false
        return !OTHER_COST.test(m[1] ?? '') && !p.has(BID_DONE) && !aware(sentence)
      })
    }
    if (p.has(WORDS.bid)) {
      // Blind R290P-009 kind (conf17): the designated bidders listed before the opening (not once the result is out, nor in a notice).
      emitAll(p, doc, t, BIDDERS_LISTED, 'confidential/pre-release', emit, spans, (m) => {
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        const span = doc.fromSqueezed(m.index, m.index + m[0].length)
        if (BID_RESULT_TOLD.test(t) && PAST_TOLD.test(sentence)) return false
        return !aware(sentence) && !p.has(BID_DONE) && !BID_PUBLIC.test(sentence) && !BID_NOTICE.test(t) && !spans.some((x) => x.start < span.end && x.end > span.start)
      })
      emitAll(p, doc, t, BID_SECRET, 'confidential/pre-release', emit, spans, (m) => {
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        if (aware(sentence) || p.has(BID_DONE)) return false
        // Review of afb4b410 (rvconf): the designated bidders told in the past with the result (結果を公表します。指名業者は次の5社でした).
        if (m[0].startsWith('指名') && BID_RESULT_TOLD.test(t) && PAST_TOLD.test(sentence)) return false
        // Blind R256M-027 kind (conf9): the price said closed in its own words (予定価格（事前非公表）は…円): a secret told, even in a notice.
        // Blind R377A-021 kind: the bid said closed earlier in the sentence, then its price told (今回は事前公表しない案件ですが、予定価格は…円).
        const closed = PRICE_SAID_CLOSED.test(m[0]) || BID_SAID_CLOSED_BEFORE.test(t.slice(sentenceAround(t, m.index, m.index).start, m.index))
        if (!closed && (BID_PUBLIC.test(sentence) || BID_NOTICE.test(t))) return false
        // Review of conf58 (rvconf): a notice's heading or call for bidders (【入札参加者募集】, 入札参加資格) names no bidder.
        if (/^(?:入札参加|参加予定|応札)[^。！？!?\n]{0,6}?(?:募集|資格|要件|登録|説明会)/u.test(m[0])) return false
        // Review of conf58 (rvconf): the price said published beforehand in the paragraph (予定価格は事前公表しています。…予定価格は3,200万円です).
        if (!closed && /^(?:入札)?予定価格/u.test(m[0]) && /予定価格[^。！？!?\n]{0,12}?事前公表/u.test(t)) return false
        const span = doc.fromSqueezed(m.index, m.index + m[0].length)
        if (spans.some((x) => x.start < span.end && x.end > span.start)) return false
        // 予定価格 alone is often published before a bid; it is a secret only when the paragraph is about a bid not yet opened.
        return closed || !/^(?:入札)?予定価格/u.test(m[0]) || p.has(WORDS.bidContext)
      })
    }
    const releaseDay = p.has(RELEASE_DAY_TO_COME) && !p.has(SEASON_OPENS)
    if (p.has(WORDS.oneStep) && (p.has(RELEASE_TO_COME) || releaseDay) && !p.has(PRESENTED_WORK)) emitAll(p, doc, t, EARLY_REVEAL, 'confidential/pre-release', emit, spans, () => true)
    if (p.has(WORDS.staffOnly)) {
      emitAll(p, doc, t, STAFF_ONLY, 'confidential/staff-only', emit, spans, (m) => {
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        // 普段は関係者しか見られない水門の内部を、見学会で特別にご案内します: a place opened on a tour, not a paper shown.
        return !published(sentence) && !DISCLOSED.test(sentence) && !/ませんか|相談|悩/u.test(sentence) && !aware(sentence) && !placeToured(t, m.index + m[0].length, sentence) && !accessSafeguard(t, m.index + m[0].length, sentence) && !keptInPledge(t, m, sentence) && !routineSharedDocument(t, m, sentence) && !(/^(?:外|表|公)(?:に|には)(?:出せ|出し|出さ|でき)(?:ない|ません)$/u.test(m[0]) && !outsideIsInformation(t, m)) && !historicPaper(sentence) && !(/話し$/u.test(m[0]) && discussedDone(t, m.index + m[0].length))
      })
    }
    // Blind R227W-018 kind: a grievance voiced inside the section told (課内からも「もう限界」という声が出ています), at warn.
    if (p.may(INSIDE_GRIPE) && !p.has(GRIPE_AWARE)) {
      INSIDE_GRIPE.lastIndex = 0
      let n = 0
      for (let m = INSIDE_GRIPE.exec(t); m && n < MAX_HITS; m = INSIDE_GRIPE.exec(t), n++) {
        if (aware(sentenceOf(t, m.index, m.index + m[0].length))) continue
        const span = doc.fromSqueezed(m.index, m.index + m[0].length)
        if (spans.some((x) => x.start < span.end && x.end > span.start)) continue
        spans.push(span)
        emit({ rule: 'confidential/staff-only', start: span.start, end: span.end, severity: 'warn' })
      }
    }
    if (p.has(WORDS.only)) {
      emitAll(p, doc, t, INSIDERS_ONLY, 'confidential/staff-only', emit, spans, (m) => {
        const end = m.index + m[0].length
        return /決ま|決定|確定|内定|人事|予算|方針|異動|落札|合格/u.test(t.slice(end, sentenceAround(t, end, end).end))
      })
    }
    if (p.has(WORDS.negotiation)) emitAll(p, doc, t, NEGOTIATION, 'confidential/negotiation', emit, spans, () => true)
    // A company named as the party in a negotiation still going on (いま交渉中の九州精密部品株式会社が来月にも進出を決める見込み).
    if (p.has(WORDS.negotiation) || t.includes('商談')) {
      emitAll(p, doc, t, NEGOTIATED_COMPANY, 'confidential/negotiation', emit, spans, (m) => {
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        const span = doc.fromSqueezed(m.index, m.index + m[0].length)
        return !spans.some((x) => x.start < span.end && x.end > span.start) && !NEGOTIATION_PUBLIC.test(sentence) && !aware(sentence)
      })
    }
    // The designated bidders or the expected winner of a tender not yet opened (指名業者は有明建設・…, ほぼ有明建設で決まりだろう).
    if (p.has(WORDS.bid) || /指名/u.test(t)) {
      emitAll(p, doc, t, BID_NAMED, 'confidential/pre-release', emit, spans, (m) => {
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        const span = doc.fromSqueezed(m.index, m.index + m[0].length)
        return !spans.some((x) => x.start < span.end && x.end > span.start) && /入札|指名|落札|受注|開札/u.test(t) && !BID_PUBLIC.test(sentence) && !p.has(BID_DONE) && !aware(sentence)
      })
    }
    // Blind R162I-091: how many have come forward for a tender still open, or who withdrew (締切前ですが今のところ参加表明は3社です).
    if (p.has(BID_CONTEXT) && p.has(BID_STILL_OPEN) && !p.has(BID_DONE)) {
      emitAll(p, doc, t, BID_ENTRANTS_TOLD, 'confidential/pre-release', emit, spans, (m) => {
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        const span = doc.fromSqueezed(m.index, m.index + m[0].length)
        return !spans.some((x) => x.start < span.end && x.end > span.start) && !BID_ENTRANTS_PUBLIC.test(sentence) && !aware(sentence)
      })
    }
    // Blind R163A-045: next year's budget or personnel caught in the photo (ホワイトボードに来年度の予算配分がばっちり写ってますが).
    if (!p.has(BUDGET_PUBLIC) && !p.has(PUBLIC_OCCASION)) {
      const caught = (m: RegExpExecArray): boolean => {
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        const span = doc.fromSqueezed(m.index, m.index + m[0].length)
        return !spans.some((x) => x.start < span.end && x.end > span.start) && !PHOTO_BLURRED.test(sentence) && !photoLesson(t, m.index, m.index + m[0].length) && !aware(sentence) && !published(sentence)
      }
      emitAll(p, doc, t, MATTER_IN_PHOTO, 'confidential/pre-release', emit, spans, caught)
      // Blind R173I-073: 写ってる数字は来年度の各課の人員配置計画です (the photo's content named first).
      emitAll(p, doc, t, PHOTO_IS_MATTER, 'confidential/pre-release', emit, spans, caught)
    }
    // Blind R248B-042 kind: the price list of a bid still to come named as what the board or the photo shows.
    if (p.has(WORDS.bid) && (p.has(BID_TO_COME) || p.has(BID_STILL_OPEN)) && !p.has(BID_PUBLIC) && !p.has(BID_DONE) && !BID_NOTICE.test(t)) {
      emitAll(p, doc, t, BID_PRICE_IN_PHOTO, 'confidential/pre-release', emit, spans, (m) => {
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        const span = doc.fromSqueezed(m.index, m.index + m[0].length)
        return !spans.some((x) => x.start < span.end && x.end > span.start) && !PHOTO_BLURRED.test(sentence) && !photoLesson(t, m.index, m.index + m[0].length) && !aware(sentence)
      })
    }
    // Blind R168A-011: a staff-only note left on a board in the photo (後ろのホワイトボードに課内の打ち合わせメモ…が残ってますが).
    emitAll(p, doc, t, STAFF_NOTE_IN_PHOTO, 'confidential/staff-only', emit, spans, (m) => {
      const sentence = sentenceOf(t, m.index, m.index + m[0].length)
      const span = doc.fromSqueezed(m.index, m.index + m[0].length)
      return !spans.some((x) => x.start < span.end && x.end > span.start) && !PHOTO_BLURRED.test(sentence) && !photoLesson(t, m.index, m.index + m[0].length) && !aware(sentence) && !published(sentence)
    })
    // Blind R168A-010: the photo said to show a paper, which the paragraph says is not public (写真のスライドは…を示したものです。資料は非公開ですが).
    if (p.has(PAPER_NOT_PUBLIC) && !p.has(PAPER_HELD) && !p.has(PHOTO_BLURRED)) {
      emitAll(p, doc, t, PHOTO_SHOWS_PAPER, 'confidential/staff-only', emit, spans, (m) => {
        const span = doc.fromSqueezed(m.index, m.index + m[0].length)
        return !spans.some((x) => x.start < span.end && x.end > span.start) && !aware(sentenceOf(t, m.index, m.index + m[0].length)) && !p.has(PUBLISHED) && !RESIDENTS_OWN_PAPER.test(m[0]) && !SHOWN_AT_PUBLIC_MEETING.test(t)
      })
    }
    // Blind R170I-003: a residents' records system shown with their data (住民記録システム…こんなふうに世帯全員の情報が一覧で出てきます).
    emitAll(p, doc, t, RECORDS_SYSTEM_SHOWN, 'confidential/staff-only', emit, spans, (m) => {
      const sentence = sentenceOf(t, m.index, m.index + m[0].length)
      const span = doc.fromSqueezed(m.index, m.index + m[0].length)
      return !spans.some((x) => x.start < span.end && x.end > span.start) && !/研修|講座|マニュアル|操作方法|ご自身|ご自分|自分の/u.test(sentence) && !aware(sentence)
    })
    // Blind R162I-024: a staff system's screen shown with its figures (コールセンターの管理画面をちょっとだけ公開！…43件).
    if (p.has(SCREEN_FIGURE)) {
      emitAll(p, doc, t, INTERNAL_SCREEN, 'confidential/staff-only', emit, spans, (m) => {
        const end = m.index + m[0].length
        const sentence = sentenceOf(t, m.index, end)
        const span = doc.fromSqueezed(m.index, end)
        return !spans.some((x) => x.start < span.end && x.end > span.start) && SCREEN_FIGURE.test(t.slice(end, end + 120)) && !/研修|講座|説明会|マニュアル|操作方法|使い方/u.test(sentence) && !aware(sentence) && !published(sentence)
      })
    }
    // Blind R173I-087: what one named business told the city in a hearing about its own figures (ヒアリングで聞いた話、A社さんは売上が…3割減).
    emitAll(p, doc, t, BIZ_HEARD, 'confidential/duty-secret', emit, spans, (m) => {
      const sentence = sentenceOf(t, m.index, m.index + m[0].length)
      const span = doc.fromSqueezed(m.index, m.index + m[0].length)
      return !spans.some((x) => x.start < span.end && x.end > span.start) && !BIZ_HEARD_GENERIC.test(m.groups?.biz ?? '') && !aware(sentence) && !published(sentence)
    })
    // A business's consultation record cited for its troubles (市の融資相談の記録にも載っとったけん…身売り).
    if (p.has(BIZ_TROUBLE)) {
      emitAll(p, doc, t, BIZ_CONSULT_RECORD, 'confidential/duty-secret', emit, spans, (m) => {
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        const span = doc.fromSqueezed(m.index, m.index + m[0].length)
        return !spans.some((x) => x.start < span.end && x.end > span.start) && !aware(sentence) && !published(sentence)
      })
    }
    const free = (m: RegExpExecArray): boolean => {
      const span = doc.fromSqueezed(m.index, m.index + m[0].length)
      return !spans.some((s) => s.start < span.end && s.end > span.start)
    }
    // A paper only insiders may look at, then shown (まだ関係者しか見たらいかん資料なんやけど…ちょっとだけ見せちゃう).
    if (p.has(WORDS.staffOnly)) {
      emitAll(p, doc, t, STAFF_ONLY_LOOK, 'confidential/staff-only', emit, spans, (m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const next = here.end < t.length ? sentenceAround(t, here.end, here.end) : here
        const sentence = t.slice(here.start, here.end)
        return free(m) && (LOOK_CONCEDED.test(t.slice(end, here.end)) || LOOK_SHOWN.test(t.slice(end, Math.min(next.end, end + 80)))) && !published(sentence) && !DISCLOSED.test(sentence) && !aware(sentence)
      })
    }
    let publishedHere: boolean | undefined
    const paragraphPublished = (): boolean => (publishedHere ??= p.has(PUBLISHED) || p.has(OUTCOME_PUBLISHED))
    /** One finding per paragraph for kinds whose parts repeat (a penalty named twice, several scores). */
    const once = (keep: (m: RegExpExecArray) => boolean): ((m: RegExpExecArray) => boolean) => {
      let done = false
      return (m) => !done && (done = keep(m))
    }
    // The embargo line of a press release posted with it (【取材解禁は10月16日10時です。それまでは公表しないでください】).
    if (p.has(WORDS.embargo)) {
      const pressLine = (m: RegExpExecArray): boolean => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const before = here.start > 0 ? sentenceAround(t, here.start - 1, here.start - 1).start : here.start
        return free(m) && quoteAround(t, m.index, end, 40) === null && !SEASON_OPENS.test(t.slice(before, here.end)) && !aware(t.slice(here.start, here.end))
      }
      emitAll(p, doc, t, PRESS_EMBARGO, 'confidential/pre-release', emit, spans, once((m) => pressLine(m) && !EMBARGO_PAST.test(t.slice(m.index + m[0].length, m.index + m[0].length + 24))))
      emitAll(p, doc, t, EMBARGO_HOLD, 'confidential/pre-release', emit, spans, once((m) => {
        const here = sentenceAround(t, m.index, m.index + m[0].length)
        const before = here.start > 0 ? sentenceAround(t, here.start - 1, here.start - 1).start : here.start
        return pressLine(m) && /解禁/u.test(t.slice(before, m.index + m[0].length))
      }))
    }
    // Blind R239N-054 kind: the embargo line in other words (※新聞・テレビ等での取扱いは、11月14日（金）午後3時以降でお願いいたします).
    if (p.has(WORDS.pressHandling)) {
      emitAll(p, doc, t, PRESS_HANDLING, 'confidential/pre-release', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        return free(m) && quoteAround(t, m.index, end, 40) === null && PRESS_HANDLING_ASK.test(t.slice(end, here.end)) && !EMBARGO_PAST.test(t.slice(end, end + 24)) && !aware(t.slice(here.start, here.end))
      }))
    }
    // Not yet public, said before telling a matter (まだ表に出とらん話ですけど, 記者発表の前なので).
    // Blind R360H-035 kind: an outbreak in a facility is such a matter too (まだ表には出とらんばってん、市内の特養で集団感染が出とるとよ).
    const outbreak = OUTBREAK_MATTER.test(t)
    if (p.has(WORDS.notPublic) && (p.has(MATTER) || p.has(MATTER_MORE) || outbreak)) {
      emitAll(p, doc, t, NOT_PUBLIC, 'confidential/pre-release', emit, spans, (m) => free(m) && (p.has(MATTER) || outbreak || THING_NOT_OUT.test(m[0])) && !aware(sentenceOf(t, m.index, m.index + m[0].length)))
    }
    // A paper the writer calls not yet given outside, handed on by the post (まだ外部には出していない資料なので、…使わないでください).
    if (p.has(WORDS.notPublic)) {
      emitAll(p, doc, t, PAPER_NOT_OUT_YET, 'confidential/staff-only', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const rest = t.slice(end, sentenceAround(t, m.index, end).end)
        return free(m) && !PAPER_REFUSED.test(rest) && !HOLD_NOTICE.test(rest) && !PAPER_NOT_OUT_HELD.test(rest) && !aware(sentenceOf(t, m.index, end))
      }))
    }
    // Off the record, with a decision of the city in the sentence or the next (ここだけの話、…に決まりました).
    if (p.has(WORDS.offRecord)) {
      emitAll(p, doc, t, OFF_RECORD, 'confidential/pre-release', emit, spans, (m) => {
        const end = m.index + m[0].length
        const next = sentenceAround(t, end, end)
        const after = next.end < t.length ? sentenceAround(t, next.end, next.end) : next
        const told = t.slice(sentenceAround(t, m.index, end).start, after.end)
        return free(m) && (CITY_MATTER.test(told) || OFF_RECORD_FIGURE.test(told)) && !aware(t.slice(next.start, next.end)) && !p.has(TEASER)
      })
    }
    if (p.has(WORDS.privately)) emitAll(p, doc, t, PRIVATE_DECISION, 'confidential/pre-release', emit, spans, free)
    // Blind R282V-049 kind (conf15): handled without publishing, then told with what was hidden (公表しないまま内々に処理してきた…（約480万円）).
    if (p.has(QUIETLY_MAY)) {
      emitAll(p, doc, t, HANDLED_QUIETLY, 'confidential/pre-release', emit, spans, (m) => {
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        return free(m) && HIDDEN_MATTER.test(sentence) && !HANDLED_QUIETLY_DENIED.test(sentence) && !published(sentence) && !/記者会見|公表(?:しました|いたしました|します|いたします)|発表(?:しました|いたしました)|お詫び|おわび/u.test(sentence) && !aware(sentence)
      })
    }
    // Blind R281B-018 kind (conf15): a settlement sum forecast while the talks go on (和解金は…380万円程度になる見通し…公表はまだ先).
    if (p.has(SETTLEMENT_MAY) && p.has(SETTLEMENT_PENDING)) {
      emitAll(p, doc, t, SETTLEMENT_FORECAST, 'confidential/negotiation', emit, spans, (m) => free(m) && !aware(sentenceOf(t, m.index, m.index + m[0].length)))
    }
    // Disciplinary action against staff, decided but not announced (処分は減給で固まったそうです。発表は来週やけん).
    if (p.has(WORDS.penalty) && p.has(NOT_YET_SAID) && !p.has(PENALTY_PUBLIC)) {
      emitAll(p, doc, t, PENALTY, 'confidential/personnel', emit, spans, once((m) => {
        // A bare 処分 is a penalty of staff only in a paragraph about misconduct; 戒告 and 訓告 are also notices to anyone.
        if (/^(?:処分|戒告|訓告)/u.test(m[0]) && !(p.has(STAFF) && p.has(MISCONDUCT))) return false
        const after = t.slice(m.index + m[0].length, m.index + m[0].length + 24)
        return free(m) && (PENALTY_DECIDED.test(after) || (PENALTY_PROPOSED.test(after) && p.has(STAFF) && !aware(sentenceOf(t, m.index, m.index + m[0].length))))
      }))
    }
    // Blind R293T-008 kind (conf18): an internal inquiry about a worker, then the penalty expected (処分は乗務停止3日間となる見込み).
    if (p.has(INTERNAL_INQUIRY) && p.has(INQUIRY_WORKER) && !p.has(PENALTY_PUBLIC)) {
      emitAll(p, doc, t, PENALTY, 'confidential/personnel', emit, spans, once((m) => {
        const end = m.index + m[0].length
        return free(m) && PENALTY_EXPECTED.test(t.slice(end, end + 28)) && !aware(sentenceOf(t, m.index, end))
      }))
    }
    // Blind R274K-012 kind: a disciplinary process under way, or an internal inquiry's findings, told (厳正な処分に向けて手続きを進めております).
    if (p.has(STAFF) && !p.has(PENALTY_PUBLIC) && !p.has(PENALTY_INQUIRY_PUBLISHED)) {
      emitAll(p, doc, t, PENALTY_UNDER_WAY, 'confidential/personnel', emit, spans, once((m) => free(m) && !aware(sentenceOf(t, m.index, m.index + m[0].length))))
    }
    // Blind R273B-005 kind: the city's bottom line in a negotiation still going on (賃料は月額四十万円までなら譲歩できる).
    if (p.has(WORDS.yen) && p.has(CONCESSION_TALKS) && !p.has(OFFER_PUBLIC)) {
      emitAll(p, doc, t, CONCESSION_LIMIT, 'confidential/negotiation', emit, spans, once((m) => free(m) && !aware(sentenceOf(t, m.index, m.index + m[0].length))))
    }
    // Blind R273B-009 kind: a named contractor's internal dispute (…建設さんが下請けさんへの支払いで揉めていて).
    emitAll(p, doc, t, CONTRACTOR_DISPUTE, 'confidential/duty-secret', emit, spans, once((m) => {
      const sentence = sentenceOf(t, m.index, m.index + m[0].length)
      return free(m) && !CONTRACTOR_NOTICE.test(sentence) && !aware(sentence)
    }))
    // Blind R273B-018 kind: an internal staff survey's results by department, or its free comments naming a manager.
    if (!p.has(SURVEY_PUBLISHED)) {
      emitAll(p, doc, t, STAFF_SURVEY_BREAKDOWN, 'confidential/staff-only', emit, spans, once((m) => free(m) && !aware(sentenceOf(t, m.index, m.index + m[0].length))))
    }
    // Blind R275W-047 kind: the hold line of a press release with no 解禁 (※取扱い：1月9日(金)15時までは報道・公表をお控えください).
    emitAll(p, doc, t, EMBARGO_UNTIL_ASK, 'confidential/pre-release', emit, spans, once((m) => {
      const end = m.index + m[0].length
      const here = sentenceAround(t, m.index, end)
      return free(m) && quoteAround(t, m.index, end, 40) === null && !EMBARGO_LIFTED.test(t.slice(end, here.end)) && !aware(t.slice(here.start, here.end))
    }))
    // A personnel move told before it is announced (異動が決まりました…正式な発表は来週なので).
    if (p.has(NOT_ANNOUNCED) && !p.has(MOVE_PUBLIC) && p.has(WORDS.move)) {
      emitAll(p, doc, t, MOVE, 'confidential/personnel', emit, spans, once(free))
    }
    // Who filed a complaint or a request (要望を出されたのは、お隣の方ではなかですよ).
    if (p.has(WORDS.filed)) {
      emitAll(p, doc, t, COMPLAINANT, 'confidential/complainant', emit, spans, (m) => free(m) && !COMPLAINANT_NOT.test(sentenceOf(t, m.index, m.index + m[0].length)) && !p.has(GOOD_DEED))
    }
    // A tally of complaints, then one put to a person (苦情が3件…うち1件は近隣の自治会長さんからのものでした).
    if (p.has(TALLY_FILED) && !p.has(GOOD_DEED)) {
      emitAll(p, doc, t, COMPLAINT_TALLY_WHO, 'confidential/complainant', emit, spans, (m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const before = here.start > 0 ? sentenceAround(t, here.start - 1, here.start - 1).start : here.start
        const around = t.slice(before, here.end)
        return free(m) && TALLY_FILED.test(around) && !COMPLAINANT_NOT.test(t.slice(here.start, here.end)) && !aware(t.slice(here.start, here.end))
      })
    }
    // The same household said to complain again and again (同じ世帯からの繰り返しの苦情も目立ちます).
    if (p.has(WORDS.repeat) && p.has(TALLY_FILED)) emitAll(p, doc, t, REPEAT_FILER, 'confidential/complainant', emit, spans, once((m) => free(m) && TALLY_FILED.test(t.slice(0, m.index)) && /[0-9０-９一二三四五六七八九十]+件/u.test(t.slice(0, m.index)) && !/^[^。！？!?\n]{0,6}?(?:場合|とき|時|際|こと(?:も|が)あ)/u.test(t.slice(m.index + m[0].length)) && !aware(sentenceOf(t, m.index, m.index + m[0].length)) && !COMPLAINANT_NOT.test(sentenceOf(t, m.index, m.index + m[0].length))))
    if (p.has(WORDS.repeat)) emitAll(p, doc, t, REPEAT_COMPLAINER, 'confidential/complainant', emit, spans, once((m) => free(m) && !aware(sentenceOf(t, m.index, m.index + m[0].length)) && !COMPLAINANT_NOT.test(sentenceOf(t, m.index, m.index + m[0].length))))
    // A closed session, then what was said in it (非公開の回でしたが、委員の方から「…」という発言も).
    if ((p.has(WORDS.closed) || p.has(WORDS.noGallery)) && p.has(SESSION_PEOPLE) && !paragraphPublished()) {
      emitAll(p, doc, t, CLOSED_TOLD, 'confidential/meeting', emit, spans, (m) => {
        const end = m.index + m[0].length
        const rest = t.slice(m.index, Math.min(t.length, end + 160))
        const r = REMARK.exec(rest)
        if (!r || !free(m)) return false
        const at = m.index + r.index
        const said = sentenceOf(t, at, at + r[0].length)
        return !SESSION_NOTICE.test(sentenceOf(t, m.index, end)) && !SESSION_NOTICE.test(said) && !REMARK_PUBLIC.test(said) && !aware(sentenceOf(t, m.index, end))
      })
    }
    // A session turned closed, then what someone said in it (傍聴なしの協議会に切り替わってから…議長が「…」とおっしゃって).
    emitAll(p, doc, t, CLOSED_SWITCH, 'confidential/meeting', emit, spans, once((m) => {
      const end = m.index + m[0].length
      const here = sentenceAround(t, m.index, end)
      const next = here.end < t.length ? sentenceAround(t, here.end + 1, here.end + 1) : here
      const r = SESSION_REMARK.exec(t.slice(end, Math.min(next.end, end + 200)))
      if (!r || !free(m)) return false
      const at = end + r.index
      const said = sentenceOf(t, at, at + r[0].length)
      const sentence = t.slice(here.start, here.end)
      return !SESSION_NOTICE.test(sentence) && !SESSION_NOTICE.test(said) && !REMARK_PUBLIC.test(said) && !aware(sentence) && !aware(said) &&
        !published(sentence) && !published(said) && !OUTCOME_PUBLISHED.test(said)
    }))
    // Audit findings before the report, or hidden (監査で漏れが見つかった…報告書出る前にこっそり直しとこ).
    if (p.has(AUDIT) && p.has(AUDIT_FINDING) && !paragraphPublished()) {
      emitAll(p, doc, t, AUDIT_HIDDEN, 'confidential/audit', emit, spans, once((m) => free(m) && !aware(sentenceOf(t, m.index, m.index + m[0].length))))
    }
    // The city's estimate for a bid not yet held (設計の段階で見積もった額が二千三百万円, これから入札).
    if (p.has(WORDS.estimate) && p.has(BID_TO_COME)) {
      emitAll(p, doc, t, ESTIMATE, 'confidential/pre-release', emit, spans, (m) => {
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        return free(m) && !BID_PUBLIC.test(sentence) && !aware(sentence)
      })
    }
    // Blind R262J-007 kind: the other side's demand as a multiple of the city's offer, or the city's internal fallback, in a negotiation still
    // going on (所有者の方が市の提示額のおよそ1.5倍を求めておられ、課内では土地収用の手続きに入ることも視野に).
    if (p.has(NEGOTIATING) && p.has(STILL_ON) && !p.has(OFFER_PUBLIC)) {
      emitAll(p, doc, t, DEMAND_RATIO, 'confidential/negotiation', emit, spans, free)
      // Blind R304W-039 kind (conf21): the other side's asking price told (先方のご希望額は市の不動産鑑定額の約1.8倍で).
      if (p.has(DEMAND_BARGAIN) && !p.has(LISTING_OFFER)) {
        emitAll(p, doc, t, DEMAND_STATED, 'confidential/negotiation', emit, spans, (m) => free(m) && !aware(sentenceOf(t, m.index, m.index + m[0].length)))
      }
      emitAll(p, doc, t, INTERNAL_FALLBACK, 'confidential/negotiation', emit, spans, free)
    }
    // A price offered in a negotiation still going on (市からは一平方メートルあたり一万二千円でお願いしとる).
    if (p.has(WORDS.yen) && p.has(NEGOTIATING) && p.has(STILL_ON) && !p.has(OFFER_PUBLIC)) {
      emitAll(p, doc, t, OFFER, 'confidential/negotiation', emit, spans, free)
    }
    // Blind R270C-035 kind: both sides' figures in a negotiation still going on (市からは…120円の補助を出すと伝えていて、組合さんは150円を希望).
    if (p.may(CITY_OFFERED) && p.may(COUNTER_ASKED) && !p.has(BOTH_OFFERS_SETTLED)) {
      const asks = [...t.matchAll(COUNTER_ASKED)].filter((m) => !/^(?:柳川)?(?:市|本市|当市|こちら|行政)/u.test(m[0]))
      emitAll(p, doc, t, CITY_OFFERED, 'confidential/negotiation', emit, spans, once((m) => {
        const end = m.index + m[0].length
        return free(m) && !aware(sentenceOf(t, m.index, end)) && asks.some((a) => a.index >= end || a.index + a[0].length <= m.index)
      }))
    }
    // Blind R268D-019 kind: a few of those who consulted singled out from the counter's record (…のうち2名は市職員でした).
    emitAll(p, doc, t, CONSULT_RECORD_WHO, 'confidential/duty-secret', emit, spans, once((m) => free(m) && !aware(sentenceOf(t, m.index, m.index + m[0].length))))
    // Blind R270C-010 kind: an internal screening's scores written up on a board in the photo (ホワイトボードには…審査で各団体が何点だったか).
    if (p.has(APPLICANT_SCREENING) && !p.has(PUBLIC_CONTEST) && !p.has(RESULT_PUBLIC)) {
      emitAll(p, doc, t, SCORES_ON_BOARD, 'confidential/pre-release', emit, spans, once((m) => {
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        return free(m) && !PHOTO_BLURRED.test(sentence) && !photoLesson(t, m.index, m.index + m[0].length) && !aware(sentence)
      }))
    }
    // An incident not announced (記録媒体が行方不明…公表するかどうかは上で話し合い中).
    if (p.has(INCIDENT) && p.has(INCIDENT_OBJECT) && !p.has(INCIDENT_PUBLIC)) {
      // A private person's name withheld for their sake (ご本人のご意向により、お名前は伏せて) protects them; it hides no incident.
      emitAll(p, doc, t, INCIDENT_UNDISCLOSED, 'confidential/incident', emit, spans, once((m) => free(m) && !confidedCase(t, m.index, m.index + m[0].length) && !(m[0].startsWith('伏せ') && NAME_WITHHELD.test(t.slice(Math.max(0, m.index - 12), m.index)) && FOR_THEIR_SAKE.test(sentenceOf(t, m.index, m.index + m[0].length)))))
    }
    // Scores or ranks of a selection told before those concerned are notified.
    if (p.has(SELECTION) && p.has(NOTICE_TO_COME) && !p.has(RESULT_PUBLIC)) {
      emitAll(p, doc, t, SCORES, 'confidential/pre-release', emit, spans, once(free))
    }
    // Blind R290P-007 kind (conf17): a named candidate told as the front-runner while the selection is under way.
    if (p.has(SELECTION) && p.has(SELECTION_UNDERWAY) && !p.has(RESULT_PUBLIC) && !(PUBLIC_VOTE.test(t) && !CLOSED_SELECTION.test(t))) {
      emitAll(p, doc, t, SELECTION_FRONT_RUNNER, 'confidential/pre-release', emit, spans, once((m) => free(m) && !aware(sentenceOf(t, m.index, m.index + m[0].length))))
    }
    // Blind R286A-006 / R286A-008 kinds (conf17): an internal working record cited, then a specific household's case told from it.
    if (p.has(INTERNAL_RECORD_WORDS)) {
      emitAll(p, doc, t, INTERNAL_RECORD_CITED, 'confidential/staff-only', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, end, end)
        const next = here.end < t.length ? sentenceAround(t, here.end, here.end) : here
        const told = t.slice(end, Math.min(next.end, end + 120))
        // Review of afb4b410 (rvconf): a class counted or shared out (犬の飼い主のマナーに関する苦情が全体の4割) is an aggregate, not a case.
        if (RECORD_AGGREGATE.test(told) && !RECORD_CASE_SPECIFIC.test(told)) return false
        return free(m) && RECORD_CASE_TOLD.test(told) && !published(t.slice(here.start, here.end)) && !aware(t.slice(here.start, here.end))
      }))
    }
    // Details held back because the release has not come, then told anyway (議会への報告前なので詳しくは出せませんが、対象は約120世帯で…).
    if (p.has(WORDS.heldBackBut) && p.has(WORDS.negative)) emitAll(p, doc, t, HELD_BACK_BUT, 'confidential/pre-release', emit, spans, once(free))
    // Round 10 kinds.
    const notAware = (m: RegExpExecArray): boolean => free(m) && !aware(sentenceOf(t, m.index, m.index + m[0].length))
    // A price a supplier came down to in a negotiation, told before the bid or asked to be kept (交渉で1個780円まで下がりました。入札前なので…).
    // Blind R311E-019 kind (conf56): …or a land deal with its owner still going on (所有者さんとのやり取りで、坪あたり十八万円まで下がってきました。あと一息、粘ります).
    if (p.has(WORDS.yen) && p.has(NEGOTIATING) && (p.has(BID_TO_COME) || p.has(PRICE_HELD) || (p.has(LAND_DEAL) && (p.has(LAND_TRADE) || !p.has(PRICE_IS_FEE)) && p.has(STILL_GOING) && !p.has(LAND_SETTLED))) && !p.has(BID_PUBLIC) && !p.has(BID_DONE)) {
      emitAll(p, doc, t, NEGOTIATED_PRICE, 'confidential/negotiation', emit, spans, once(notAware))
    }
    // A secret until the release, with who was chosen named (発表日まではないしょ…さんに決まった).
    if (p.has(WORDS.untilOrYet) && p.has(WHO_DECIDED)) emitAll(p, doc, t, SECRET_TILL, 'confidential/pre-release', emit, spans, once(notAware))
    // Asked to keep it secret until the release, with a figure or a decision told (…約12万人で、過去最多でした。発表まではご内密にお願いいたします).
    if (p.has(WORDS.until) && p.has(TOLD_MATTER) && !p.has(TEASER)) {
      emitAll(p, doc, t, KEEP_TILL_RELEASE, 'confidential/pre-release', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const told = t.slice(0, m.index) + t.slice(end)
        return free(m) && TOLD_MATTER.test(told) && !aware(sentenceOf(t, m.index, end))
      }))
      // The same, with the release named first and "until then" pointing back to it (記者発表は…の予定なので、それまでは…胸の中に).
      emitAll(p, doc, t, KEEP_TILL_THEN, 'confidential/pre-release', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const told = t.slice(0, m.index) + t.slice(end)
        return free(m) && TOLD_MATTER.test(told) && !aware(sentenceOf(t, end - 1, end))
      }))
    }
    // Blind R239N-005 kind: the figures just told asked to be kept inside a circle (この数字は委員会の中だけに留めてください).
    if (p.has(WORDS.circleKeep)) {
      emitAll(p, doc, t, CIRCLE_KEEP, 'confidential/staff-only', emit, spans, once((m) => {
        const here = sentenceAround(t, m.index, m.index + m[0].length)
        return free(m) && CIRCLE_FIGURE.test(t.slice(Math.max(0, here.start - 240), here.start)) && !aware(t.slice(here.start, here.end))
      }))
    }
    // Said not to be out yet, as the reason the reader is asked to keep it (公式にはまだ出せない話なので、ここだけでお願いします).
    if (p.has(WORDS.preRelease)) {
      emitAll(p, doc, t, NOT_OUT_KEEP, 'confidential/pre-release', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const told = t.slice(0, here.start) + t.slice(end)
        return free(m) && (TOLD_MATTER.test(told) || KEPT_MATTER.test(told) || MATTER.test(told)) && !aware(t.slice(here.start, here.end))
      }))
    }
    // Asked by the owner of a matter to hold it back until its release, then told (県からは正式発表まで外に出さないよう言われていますが、…).
    if (p.has(WORDS.asked)) {
      emitAll(p, doc, t, HOLD_ASKED_BUT, 'confidential/pre-release', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const rest = t.slice(end, here.end)
        // The request's own words (しないよう) are no lesson: awareness is read in the rest of the sentence.
        if (!free(m) || aware(t.slice(here.start, m.index) + rest) || HOLD_NOTICE.test(rest)) return false
        if (HOLD_TOLD.test(rest)) return true
        // Blind R278M-008 kind (conf14): a name held at an authority's request (施設名を出さないよう言われておりますが), then given.
        if (HOLD_NAME_AT.test(m[0]) && NAME_TOLD.test(rest)) return true
        // Blind R226E-011 kind: …or the sentence announces telling it ahead (ひと足先にお伝えします) and the next one tells it (…に決まりました！).
        if (!TOLD_AHEAD.test(rest) && !HOLD_BROKEN_TOLD.test(rest)) return false
        // Blind R235I-039 kind: a hold promised to the press until a time (…金曜17時までは表に出さないとお約束している件ですが), then the
        // telling ahead announced (一足先にお伝えします): the embargo broken on the account, whatever paragraph the matter is told in.
        if (/約束|申し合わせ|取り決め/u.test(m[0])) return !/でき(?:ません|ない|かね)|いたしかね|しかね|控え/u.test(rest)
        if (here.end >= t.length) return false
        const next = sentenceAround(t, here.end + 1, here.end + 1)
        const said = t.slice(next.start, next.end)
        return HOLD_TOLD.test(said) && !HOLD_NOTICE.test(said)
      }))
    }
    // Blind R292E-034 kind (conf18): a paper marked for return, passed on anyway (「会議後回収」とありましたが、…共有すると、…9世帯).
    emitAll(p, doc, t, RETURN_MARKED_BUT, 'confidential/marker', emit, spans, once((m) => {
      const end = m.index + m[0].length
      const here = sentenceAround(t, m.index, end)
      const rest = t.slice(end, here.end)
      return free(m) && MARKED_ON.test(t.slice(here.start, here.end)) && RETURN_MARKED_TOLD.test(rest) && !MARKED_HELD.test(rest) && !aware(t.slice(here.start, here.end))
    }))
    // Blind R294I-006 kind (conf18): a press event's paper put in the shared folder, the hold asked in the paragraph.
    if (p.has(PRESS_FILE_HELD)) emitAll(p, doc, t, PRESS_FILE_FILED, 'confidential/staff-notice', emit, spans, once(notAware))
    // Blind R297H-002 kind (conf19): an internal enforcement threshold told (課内の取扱いでは、滞納額が30万円を超えた時点で…差押え).
    emitAll(p, doc, t, INTERNAL_THRESHOLD, 'confidential/staff-only', emit, spans, once((m) => notAware(m) && !published(sentenceOf(t, m.index, m.index + m[0].length))))
    // Blind R297H-045 kind (conf19): an exception to a published rule granted inside (基準額を少し超えていても…課長決裁で減免が通る).
    if (p.has(DISCRETION_INSIDE)) {
      emitAll(p, doc, t, RULE_EXCEPTION, 'confidential/staff-only', emit, spans, once((m) => notAware(m) && !published(sentenceOf(t, m.index, m.index + m[0].length))))
    }
    // Blind R297H-060 kind (conf19): a list of arrears cases with names or sums, in a post that shows a picture.
    if (p.has(LIST_PHOTO) && !p.has(PHOTO_BLURRED)) {
      emitAll(p, doc, t, ARREARS_LIST, 'confidential/duty-secret', emit, spans, once((m) => notAware(m) && !LIST_KEPT_OUT.test(sentenceOf(t, m.index, m.index + m[0].length))))
    }
    // Blind R296Y-009 kind (conf19): an internal evaluation sheet's grades or comments told (内部用につけている評価シートでは、全員がB以上).
    emitAll(p, doc, t, INTERNAL_EVAL_SHEET, 'confidential/staff-only', emit, spans, once((m) => {
      const end = m.index + m[0].length
      const here = sentenceAround(t, m.index, end)
      const next = here.end < t.length ? sentenceAround(t, here.end + 1, here.end + 1) : here
      return notAware(m) && EVAL_RESULT_TOLD.test(t.slice(end, Math.max(here.end, next.end))) && !published(t.slice(here.start, here.end)) && !/開示|情報公開|様式|記入例/u.test(t.slice(here.start, here.end))
    }))
    // Blind R298K-026 kind (conf19): a described member of staff told to be suspended or under inquiry, nothing published.
    if (p.has(STAFF_CASE) && !p.has(PENALTY_PUBLIC)) {
      emitAll(p, doc, t, DESCRIBED_STAFF_HELD, 'confidential/personnel', emit, spans, once(notAware))
    }
    // Blind R300S-042 kind (conf20): the official reason set against the inside one (表向きは雨天…実際は…責任問題を課内で整理しきれていない).
    // Review of conf21 (rvconf55): an honest update that promises the next notice (改めてお知らせします, お詫び) hides nothing.
    emitAll(p, doc, t, FACADE_REASON, 'confidential/staff-only', emit, spans, once((m) => {
      const sentence = sentenceAround(t, m.index, m.index + m[0].length)
      return notAware(m) && !published(sentenceOf(t, m.index, m.index + m[0].length)) && FACADE_FRAME.test(t.slice(sentence.start, m.index + m[0].length)) && !(/^(?:お知らせ|告知|掲示|貼り紙|張り紙|案内|発表|公式発表)/u.test(m[0]) && p.has(UPDATE_PROMISED))
    }))
    // Blind R302K-054 kind (conf20): a member of staff identified by the thread, kept from work or awaiting a penalty's review.
    if (!p.has(PENALTY_PUBLIC)) {
      emitAll(p, doc, t, IDENTIFIED_STAFF_HELD, 'confidential/personnel', emit, spans, once((m) => notAware(m) && !STAFF_OWN_ABSENCE.test(sentenceOf(t, m.index, m.index + m[0].length))))
    }
    // Blind R300S-047 kind (conf20): a board or screen in the photo showing an open negotiation's status or offered sums.
    if (p.has(NEGOTIATION_SHOWN_HELD) && !p.has(PHOTO_BLURRED) && !(p.has(FIGURE_PRESENTED) && !p.has(BOARD_SLIP)) && !(p.has(NEGOTIATION_KEPT_OUT) && !/(?:写|映)っ(?:ちゃ|てしま)|(?:写|映)り込(?!ま(?:ない|せん|ず|ぬ))|丸見え/u.test(t))) {
      emitAll(p, doc, t, NEGOTIATION_ON_BOARD, 'confidential/negotiation', emit, spans, once((m) => notAware(m) && !published(sentenceOf(t, m.index, m.index + m[0].length))))
    }
    // Blind R304W-055 kind (conf21): a screen in the photo showing the sections' budget requests and the assessed sums.
    if (!p.has(PHOTO_BLURRED) && !p.has(PUBLISHED) && !p.has(NEGOTIATION_KEPT_OUT) && !p.has(PUBLIC_SESSION)) {
      emitAll(p, doc, t, BUDGET_ON_SCREEN, 'confidential/staff-only', emit, spans, once((m) => notAware(m) && !published(sentenceOf(t, m.index, m.index + m[0].length))))
    }
    // Blind R206A-022: the source's own request to keep it inside, quoted as the preface of what was shown, then its content told
    // (「…外には出さないでほしい」と前置きのうえで見せていただいた見直し案では、…80万円から50万円に減額).
    emitAll(p, doc, t, HOLD_PREFACED_SHOWN, 'confidential/pre-release', emit, spans, once((m) => {
      const end = m.index + m[0].length
      const here = sentenceAround(t, m.index, end)
      const rest = t.slice(end, here.end)
      return free(m) && !aware(t.slice(here.start, m.index) + rest) && HOLD_TOLD.test(rest) && !HOLD_NOTICE.test(rest)
    }))
    // Blind R133I-079: a question of an exam not yet sat, shown before it (明日の…テスト、数学の大問3はこれです→「…」).
    emitAll(p, doc, t, EXAM_LEAK, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !/範囲|過去問|出題傾向|解答速報|解説/u.test(t.slice(m.index, m.index + m[0].length))))
    // Blind R182I-053/R179I-004: a question or an essay's theme of an exam to come, told (来週の…試験…「…」が出ます; 論文のテーマは「…」です).
    if (p.has(WORDS.figures) || /来週|明日|あした|あす|明後日|あさって|来月|今度|次回|今年|本番|週明け/u.test(t)) {
      emitAll(p, doc, t, EXAM_CONTENT_AHEAD, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !EXAM_PUBLISHED_PART.test(sentenceOf(t, m.index, m.index + m[0].length))))
    }
    // Blind R236I-018 kind: an exam's theme passed on as a tip (今年の採用試験の論文は…にかかわるテーマが出ます…有利かも).
    if (p.has(EXAM_TIP)) {
      emitAll(p, doc, t, EXAM_THEME_TIPPED, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !EXAM_PUBLISHED_PART.test(sentenceOf(t, m.index, m.index + m[0].length))))
    }
    // Blind R236I-040 kind: a contest's winner given away before its announcement (結果発表は来月ですが…大賞は…あの一枚です).
    if (p.has(SELECTION) && p.has(RESULT_LATER) && !p.has(RESULT_PUBLIC)) {
      emitAll(p, doc, t, WINNER_TOLD, 'confidential/pre-release', emit, spans, once(notAware))
    }
    // Blind R234M-034 kind: an exam to come, then its questions passed on as heard from the examiners' side (…「…」を必ず聞くそうなので).
    if (p.has(EXAM_AHEAD_NAMED)) {
      emitAll(p, doc, t, EXAM_ASKED_HEARD, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !EXAM_PUBLISHED_PART.test(sentenceOf(t, m.index, m.index + m[0].length))))
    }
    // Blind R137I-078: questions of an exam still being written, shown early (…作成中の問題の一部を特別に紹介します).
    emitAll(p, doc, t, EXAM_DRAFT_SHOWN, 'confidential/pre-release', emit, spans, once((m) => notAware(m)))
    // A release named for later, told first (明日の記者会見で発表する…ひと足先にちょっとだけ…無料になります).
    if (p.has(FUTURE_RELEASE)) {
      emitAll(p, doc, t, PEEK, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && (PEEK_CONTENT.test(t.slice(m.index + m[0].length, m.index + m[0].length + 60)) || toldBeforePeek(t, m.index) || PEEK_COVERT.test(t.slice(Math.max(0, m.index - 120), m.index + m[0].length + 40)))))
    }
    // A named member of staff to take a post later, stated as settled.
    if (!p.has(APPOINTMENT_PUBLIC)) emitAll(p, doc, t, FUTURE_APPOINTMENT, 'confidential/personnel', emit, spans, once(notAware))
    // Who is to be given a post, told as being arranged inside before it is put to the council or announced.
    if (p.has(WORDS.appoint) && !p.has(ARRANGED_PUBLIC)) emitAll(p, doc, t, APPOINTMENT_ARRANGED, 'confidential/personnel', emit, spans, once(notAware))
    // A budget figure before its release: agreed with 財政課, in a bill before its notice, a cut read in internal papers.
    if (p.has(WORDS.budget) && !p.has(BUDGET_PUBLIC)) {
      emitAll(p, doc, t, BUDGET_AGREED, 'confidential/budget', emit, spans, once(notAware))
      emitAll(p, doc, t, BUDGET_ASSESSED, 'confidential/budget', emit, spans, once(notAware))
      if (p.has(BILL_TO_COME)) emitAll(p, doc, t, BUDGET_BILL, 'confidential/budget', emit, spans, once(notAware))
      if (p.has(INSIDE_SOURCE)) emitAll(p, doc, t, BUDGET_CUT, 'confidential/budget', emit, spans, once(notAware))
    }
    // An item put into a budget or a bill before the bill goes to the council (議会に出す前の補正予算案に…入れてもらった).
    if (p.has(WORDS.beforeThe) && p.has(WORDS.bill) && !p.has(PENDING_BILL_PUBLIC)) emitAll(p, doc, t, PENDING_BILL, 'confidential/budget', emit, spans, once(notAware))
    // Team R8-177 kind: a draft named as before its briefing to the council (議会に説明する前の「小学校統合案」だよ).
    if (p.has(WORDS.beforeThe) && !p.has(COUNCIL_PAPER_PUBLIC)) emitAll(p, doc, t, COUNCIL_PENDING_PAPER, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !refusedFor(t, m.index + m[0].length) && !COUNCIL_PAPER_REFUSED.test(sentenceOf(t, m.index, m.index + m[0].length))))
    // Asked in English to keep a matter of the city quiet (…signed internally…so keep it between us).
    if (p.has(WORDS.latin) && (p.has(EN_MATTER) || p.has(CITY_MATTER)) && !p.has(EN_AWARE)) emitAll(p, doc, t, EN_KEEP_QUIET, 'confidential/pre-release', emit, spans, once(notAware))
    // A notice meant for staff, or the line to take with the press.
    if (p.has(WORDS.staffAddressed)) emitAll(p, doc, t, STAFF_ADDRESSED, 'confidential/staff-notice', emit, spans, once(free))
    // An instruction to keep no record of a matter, or the line to give about it at the counter (記録は残さない方針で…「検討中」とだけ伝えて).
    if (p.has(NO_RECORD_GATE)) emitAll(p, doc, t, NO_RECORD_ORDER, 'confidential/staff-notice', emit, spans, once(notAware))
    if (p.has(COUNTER_LINE_GATE) && p.has(INFLUENCE_MATTER)) emitAll(p, doc, t, COUNTER_LINE_TOLD, 'confidential/staff-notice', emit, spans, once(notAware))
    // Staff's chat pasted (【課内チャット】, 係長：…⏎担当：…).
    if (p.has(STAFF_CHAT_GATE)) emitAll(p, doc, t, STAFF_CHAT, 'confidential/staff-notice', emit, spans, once(notAware))
    if (p.has(WORDS.press)) {
      emitAll(p, doc, t, PRESS_LINE, 'confidential/staff-notice', emit, spans, once((m) => notAware(m) && !/個人|プライバシー|配慮|ご遺族|被害者/u.test(sentenceOf(t, m.index, m.index + m[0].length))))
    }
    // A paper for examiners or judges shown (面接官用の評価シート、特別にちょっとだけ見せちゃいます).
    if (p.has(WORDS.judges)) emitAll(p, doc, t, JUDGES_PAPER, 'confidential/staff-only', emit, spans, once((m) => notAware(m) && !published(sentenceOf(t, m.index, m.index + m[0].length))))
    // Blind R172A-071: a manual made for staff or used inside, shared (【職員向け】窓口応対マニュアル（抜粋）).
    if (!p.has(MANUAL_PUBLIC)) emitAll(p, doc, t, STAFF_MANUAL_SHARED, 'confidential/staff-only', emit, spans, once(notAware))
    // Blind R208D-045: a passage of a staff manual quoted (職員向けマニュアルに、こんな一節があります。「…」).
    if (!p.has(MANUAL_PUBLIC)) emitAll(p, doc, t, STAFF_MANUAL_QUOTED, 'confidential/staff-only', emit, spans, once(notAware))
    // A selection's or an internal meeting's paper, or each applicant's scores, shown in a photo or on a screen.
    if (p.has(WORDS.paperShown)) {
      emitAll(p, doc, t, PAPER_SHOWN_IN_PHOTO, 'confidential/meeting', emit, spans, once((m) => {
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        return notAware(m) && !published(sentence) && !/開示|情報公開/u.test(sentence)
      }))
    }
    // Blind R262J-009 kind: a paper made for an internal meeting shown as it is (課内の打合せ用にまとめた資料…そのまま写真でお見せします).
    if (p.has(WORDS.paperShown)) {
      emitAll(p, doc, t, MEETING_PAPER_MADE, 'confidential/meeting', emit, spans, once((m) => {
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        const rest = t.slice(m.index + m[0].length, sentenceAround(t, m.index, m.index + m[0].length).end)
        return notAware(m) && !published(sentence) && !/開示|情報公開|研修/u.test(sentence) && !/^[^。！？!?\n]{0,8}?(?:でき(?:ません|ない|ず)|しかね|いたしかね|控え)/u.test(rest)
      }))
    }
    // A judging paper said to be the one actually used inside, handed out (人事課内で実際に使っている面接評価シートを写真で載せておきます).
    if (p.has(WORDS.criteria)) {
      emitAll(p, doc, t, USED_INSIDE_PAPER, 'confidential/staff-only', emit, spans, once((m) => {
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        return notAware(m) && !published(sentence) && !/開示|情報公開|募集要項|受験案内|募集案内/u.test(sentence)
      }))
    }
    // A paper marked non-public in brackets, its content told (評価シート（非公開）の項目をちょっとだけ教えちゃいます).
    if (t.includes('(')) {
      emitAll(p, doc, t, MARKED_PAPER_TOLD, 'confidential/staff-only', emit, spans, once((m) => {
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        return free(m) && notAware(m) && !published(sentence) && !/開示|情報公開|閲覧/u.test(sentence)
      }))
    }
    // Judging criteria kept inside, cited as the basis, their content told (課内で使っている非公開の採点表にもとづき、面接60点未満の方は不採用).
    if (p.has(WORDS.criteria)) {
      emitAll(p, doc, t, CLOSED_CRITERIA, 'confidential/staff-only', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const after = t.slice(end, here.end)
        const basis = CRITERIA_BASIS.exec(after)
        if (!basis) return false
        const sentence = t.slice(here.start, here.end)
        return free(m) && notAware(m) && CRITERIA_CONTENT.test(after.slice(basis[0].length, basis[0].length + 48)) && !published(sentence) && !/開示|情報公開|募集要項|要項|公開して|公表して/u.test(sentence)
      }))
    }
    if (p.has(WORDS.scores)) emitAll(p, doc, t, SELECTION_SCORES, 'confidential/pre-release', emit, spans, (m) => !aware(sentenceOf(t, m.index, m.index + m[0].length)) && !published(sentenceOf(t, m.index, m.index + m[0].length)))
    if (p.has(WORDS.unpublished)) {
      emitAll(p, doc, t, UNPUBLISHED_BUT, 'confidential/pre-release', emit, spans, (m) => {
        const rest = t.slice(m.index + m[0].length, sentenceAround(t, m.index, m.index + m[0].length).end)
        const at = doc.fromSqueezed(m.index, m.index + m[0].length)
        if (spans.some((x) => x.start < at.end && x.end > at.start)) return false
        return rest.length >= 12 && !aware(sentenceOf(t, m.index, m.index + m[0].length)) && !NOTICE_AFTER.test(rest)
      })
    }
    // A term of a contract said unpublished with a verb, then its figure told (手数料は公表していないんですが、寄附額の12％なんです).
    emitAll(p, doc, t, UNPUBLISHED_TERM, 'confidential/pre-release', emit, spans, once((m) => {
      const end = m.index + m[0].length
      const rest = t.slice(end, sentenceAround(t, m.index, end).end)
      return free(m) && notAware(m) && !TERM_PUBLISHED.test(rest) && !NOTICE_AFTER.test(rest)
    }))
    // A rule that a matter is not published, then the matter told (学校別は公表しない決まりなんですが、今年も…がダントツの１位で).
    emitAll(p, doc, t, NOT_PUBLISHED_RULE, 'confidential/pre-release', emit, spans, once((m) => {
      const end = m.index + m[0].length
      const rest = t.slice(end, sentenceAround(t, m.index, end).end)
      return free(m) && notAware(m) && !PUBLIC_PART.test(rest) && !NOTICE_AFTER.test(rest) && !(SITE_OPENED.test(rest) && !SHOWN_PAPER.test(rest))
    }))
    // A figure not yet public, told with its amount (まだ非公開の被害額の見積もり、約十二億円だって).
    emitAll(p, doc, t, NONPUBLIC_FIGURE, 'confidential/pre-release', emit, spans, once((m) => {
      const end = m.index + m[0].length
      const here = sentenceAround(t, m.index, end)
      const sentence = t.slice(here.start, here.end)
      return free(m) && notAware(m) && !FIGURE_RELEASED.test(sentence)
    }))
    // A personnel measure on an identifiable member of staff told (当該職員には注意処分を行っております).
    emitAll(p, doc, t, STAFF_MEASURE, 'confidential/personnel', emit, spans, once((m) => free(m) && notAware(m) && !MEASURE_ANNOUNCED.test(t) && !(FORMAL_DISCIPLINE.test(m[0]) && !NOT_YET_SAID.test(t))))
    // Blind R237M-008 kind: complaints counted against one member of staff (…同じ職員についてのものが4件ありました).
    emitAll(p, doc, t, STAFF_SINGLED, 'confidential/personnel', emit, spans, once(notAware))
    // A paper kept inside named as the source, an excerpt put out (課内の集計資料から、…を抜粋してお知らせします).
    emitAll(p, doc, t, INTERNAL_EXCERPT, 'confidential/staff-only', emit, spans, once((m) => {
      const sentence = sentenceOf(t, m.index, m.index + m[0].length)
      // 掲載します here is the leak itself, so PUBLISHED is not asked; a paper said published or disclosed is.
      return free(m) && notAware(m) && !DISCLOSED.test(sentence) && !/公表済|公開済|公表して(?:い|お)|公開して(?:い|お)|開示/u.test(sentence)
    }))
    // A case under investigation, then its parties told (調査中の件、…少しだけ。加害側とされてるのは同じバスケ部の3人で).
    emitAll(p, doc, t, UNDER_INQUIRY_CASE, 'confidential/investigation', emit, spans, once((m) => {
      const end = m.index + m[0].length
      const here = sentenceAround(t, m.index, end)
      const next = here.end < t.length ? sentenceAround(t, here.end, here.end) : here
      const around = t.slice(end, Math.min(next.end, end + 120))
      return free(m) && notAware(m) && CASE_DETAIL_TOLD.test(around) && !CASE_HELD.test(t.slice(here.start, here.end))
    }))
    // Staff or a board member suspected of misconduct, told as looked into inside (…謝礼を受け取った疑いで、いま内部で調査しよるところです).
    if (p.has(SUSPECT_DEED) && p.has(SUSPECT_WHO)) {
      emitAll(p, doc, t, SUSPECT_INQUIRY, 'confidential/investigation', emit, spans, once((m) => {
        const here = sentenceAround(t, m.index, m.index + m[0].length)
        const sentence = t.slice(here.start, here.end)
        const inside = /内部|庁内|課内|部内|局内|身内|人事|監察|事務局|内々|こっそり/u.test(m[0])
        return free(m) && notAware(m) && SUSPECT_DEED.test(sentence) && SUSPECT_WHO.test(sentence) && (inside || p.has(SUSPECT_HELD)) && !p.has(SUSPECT_PUBLIC)
      }))
    }
    // What an inquiry's hearings found so far, told before its report (第三者委員会のこれまでの聞き取りでは、…ことが分かっています).
    emitAll(p, doc, t, INQUIRY_HEARING_FOUND, 'confidential/investigation', emit, spans, once((m) => {
      const end = m.index + m[0].length
      const here = sentenceAround(t, m.index, end)
      const next = here.end < t.length ? sentenceAround(t, here.end, here.end) : here
      return free(m) && notAware(m) && REPORT_TO_COME.test(t.slice(m.index, next.end)) && !INQUIRY_REPORTED.test(t.slice(here.start, next.end))
    }))
    // Questions of an exam to come told, or an internal paper handed out cited as their source (（課内で配られた面接要領より）).
    emitAll(p, doc, t, EXAM_QUESTIONS_AHEAD, 'confidential/staff-only', emit, spans, once((m) => free(m) && notAware(m) && !published(sentenceOf(t, m.index, m.index + m[0].length))))
    emitAll(p, doc, t, INTERNAL_HANDED_SOURCE, 'confidential/staff-only', emit, spans, once((m) => {
      const sentence = sentenceOf(t, m.index, m.index + m[0].length)
      return free(m) && notAware(m) && !published(sentence) && !DISCLOSED.test(sentence)
    }))
    // The city's case in a suit, from its lawyer (顧問弁護士と打合せを行い、…争点を…に絞り; 顧問弁護士の意見書によれば…不利).
    emitAll(p, doc, t, LAWYER_STRATEGY, 'confidential/negotiation', emit, spans, once((m) => free(m) && notAware(m) && !OPINION_PUBLISHED.test(sentenceOf(t, m.index, m.index + m[0].length))))
    emitAll(p, doc, t, LAWYER_OPINION, 'confidential/negotiation', emit, spans, once((m) => free(m) && notAware(m) && !OPINION_PUBLISHED.test(sentenceOf(t, m.index, m.index + m[0].length))))
    if (p.has(WORDS.heldBack)) emitAll(p, doc, t, HELD_BACK, p.has(WORDS.personnel) ? 'confidential/personnel' : 'confidential/meeting', emit, spans, once((m) => {
      // …told anyway: a clause of content follows, not a notice (ご了承ください, 結果は後日お知らせします).
      const rest = t.slice(m.index + m[0].length, sentenceAround(t, m.index, m.index + m[0].length).end)
      return notAware(m) && rest.length >= 10 && !NOTICE_AFTER.test(rest)
    }))
    // Blind R234M-052 kind: a meeting said held in closed session, then what was reported in it (…は非公開で開催されました。席上、…旨の報告がありました).
    if (p.has(WORDS.closed) && !paragraphPublished()) {
      emitAll(p, doc, t, CLOSED_HELD, 'confidential/meeting', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const next = here.end < t.length && t[here.end - 1] !== '\n' ? sentenceAround(t, here.end, here.end) : here
        const told = t.slice(end, Math.max(here.end, next.end))
        return free(m) && REPORTED_CONTENT.test(told) && !SHARE_NOTICE.test(told) && !SESSION_OUTCOME_NOTICE.test(told) && !aware(t.slice(here.start, Math.max(here.end, next.end)))
      }))
    }
    // A closed meeting, then how its deliberation stands (…検討会議は非公開でしたが、…案が優勢でした).
    if (p.has(WORDS.closed)) emitAll(p, doc, t, CLOSED_THEN_TOLD, 'confidential/meeting', emit, spans, once(notAware))
    // A session said to be closed, then its outcome told in the same sentence (委員会は非公開なので…86点でトップ, 秘密会になったんですけど…流れになりました).
    if (p.has(WORDS.closedSession) && !paragraphPublished()) {
      emitAll(p, doc, t, CLOSED_SESSION_CLAUSE, 'confidential/meeting', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const rest = t.slice(end, here.end)
        const sentence = t.slice(here.start, here.end)
        // Blind R133I-043: or told anyway, what was said following in the paragraph (…秘密会でしたが、少しだけ紹介します。補助金は…).
        // Blind R158A-010: the promise names the session's content (ちょっとだけ中身をお話しします, 内容を少しだけご紹介します): what follows,
        // in this paragraph or the next, is what was deliberated there.
        const toldAnyway = SHARED_ANYWAY.test(rest) && !/でき(?:ません|ない|ず)|次第|後日|公表(?:され|後)/u.test(rest) && (t.slice(here.end).replace(/\s+/gu, '').length >= 10 || CONTENT_PROMISED.test(rest))
        return free(m) && (SESSION_OUTCOME.test(rest) || toldAnyway) && !SESSION_OUTCOME_NOTICE.test(rest) && !published(sentence) && !aware(sentence)
      }))
    }
    // Blind R260K-006 kind: a session turned closed as the matter's qualifier, then what it heard (秘密会となった…の件ですが、滞納額は約2,300万円).
    if (p.has(WORDS.closedSession) && !paragraphPublished()) {
      emitAll(p, doc, t, CLOSED_MATTER, 'confidential/meeting', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const rest = t.slice(end, here.end)
        const sentence = t.slice(here.start, here.end)
        return free(m) && (CLOSED_MATTER_TOLD.test(rest) || REPORTED_CONTENT.test(rest) || SESSION_OUTCOME.test(rest)) && !SESSION_OUTCOME_NOTICE.test(rest) && !/開示|情報公開/u.test(sentence) && !published(sentence) && !aware(sentence)
      }))
    }
    // A closed gathering given as the reason nothing can be told, then told anyway (非公開の場なので詳しくは書けませんが、…さんと…さんの2者だけです).
    if (p.has(WORDS.cantSay)) {
      emitAll(p, doc, t, CLOSED_CANT_SAY_BUT, 'confidential/meeting', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const rest = t.slice(end, here.end)
        const sentence = t.slice(here.start, here.end)
        return free(m) && CANT_SAY_TOLD.test(rest) && !SESSION_OUTCOME_NOTICE.test(rest) && !published(sentence) && !aware(sentence)
      }))
    }
    // A paper marked for internal use in round brackets, read, then its figures (滞納者リスト（課内用）を見ながら…14世帯).
    if (p.has(WORDS.internalUse)) {
      emitAll(p, doc, t, INTERNAL_USE_READ, 'confidential/staff-only', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const next = here.end < t.length ? sentenceAround(t, here.end, here.end) : here
        const told = t.slice(end, Math.min(next.end, end + 160))
        return notAware(m) && INTERNAL_USE_FIGURE.test(told) && !INTERNAL_USE_HELD.test(told) && !DISCLOSED.test(told)
      }))
    }
    if (p.has(WORDS.staffDoc)) emitAll(p, doc, t, STAFF_DOC, 'confidential/staff-notice', emit, spans, once((m) => {
      if (!notAware(m)) return false
      const sentence = sentenceOf(t, m.index, m.index + m[0].length)
      return !routineSharedDocument(t, m, sentence) && !published(sentence) && !DISCLOSED.test(sentence)
    }))
    if (p.has(WORDS.notice)) emitAll(p, doc, t, INTERNAL_NOTICE, 'confidential/staff-notice', emit, spans, once((m) => notAware(m) && !published(sentenceOf(t, m.index, m.index + m[0].length))))
    // A record the section keeps, gone through and its counts told (課内の苦情対応記録簿をまとめてみると、…127件).
    if (p.has(WORDS.record) && p.has(RECORD_COUNT)) {
      emitAll(p, doc, t, INTERNAL_RECORD_TALLY, 'confidential/staff-only', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const sentence = t.slice(here.start, here.end)
        return notAware(m) && RECORD_COUNT.test(t.slice(end, Math.min(here.end, end + 80)).replace(RECORD_ERROR_COUNT, '')) && !published(sentence) && !/開示|情報公開/u.test(sentence)
      }))
    }
    // An internal incident report cited, then what it holds (院内のインシデント報告書によりますと、…4件で、うち1件は小児科病棟で).
    if (p.has(WORDS.incident) && p.has(INCIDENT_TOLD) && !paragraphPublished()) {
      emitAll(p, doc, t, INCIDENT_REPORT_CITED, 'confidential/staff-only', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const sentence = t.slice(here.start, here.end)
        return notAware(m) && INCIDENT_TOLD.test(t.slice(end, Math.min(here.end, end + 80))) && !/開示|情報公開/u.test(sentence)
      }))
    }
    // A channel staff talk on named as the source of what is posted (（課内チャットより転載）).
    if (p.has(WORDS.channel)) emitAll(p, doc, t, INTERNAL_CHANNEL_REPOST, 'confidential/staff-notice', emit, spans, once(notAware))
    // An internal report or tally cited as the source of figures; figures before they go up.
    if (p.has(WORDS.figuresOrCut) && !paragraphPublished()) {
      // 内部資料 and its kin are the word list's markers; a 内部統制 report is published by law.
      emitAll(p, doc, t, INTERNAL_SOURCE, 'confidential/staff-only', emit, spans, once((m) => notAware(m) && !/^(?:内部|庁内|課内|部内)(?:資料|メモ|文書)/u.test(m[0]) && !/^内部統制/u.test(m[0])))
    } else if (p.has(REPORT_FINDING) && !paragraphPublished()) {
      // …or of a finding, with no figure (内部報告書では原因は…となっています).
      emitAll(p, doc, t, INTERNAL_SOURCE, 'confidential/staff-only', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const rest = t.slice(end, Math.min(sentenceAround(t, m.index, end).end, end + 60))
        return notAware(m) && !/^(?:内部|庁内|課内|部内)(?:資料|メモ|文書)/u.test(m[0]) && !/^内部統制/u.test(m[0]) && REPORT_FINDING.test(rest)
      }))
    }
    // Blind R186D-066: a figure heard from the section in charge, then given (滞納整理の担当から聞いた1月末の数字では、…約3億1千万円).
    if (p.has(WORDS.figures)) {
      emitAll(p, doc, t, FIGURE_HEARD_INSIDE, 'confidential/staff-only', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const sentence = t.slice(here.start, here.end)
        return notAware(m) && PRELIM_FIGURE.test(t.slice(end, here.end)) && !published(sentence) && !PRELIM_HELD.test(sentence) && !STAGE_PUBLISHED.test(sentence)
      }))
    }
    // A working paper of the section peeked at, then what it showed (課の集計表をのぞいたら、…112点以上の人しか通ってなかった).
    if (p.has(WORDS.peek) && p.has(PEEK_TOLD)) {
      emitAll(p, doc, t, PEEKED_PAPER, 'confidential/staff-only', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const sentence = t.slice(here.start, here.end)
        return notAware(m) && PEEK_TOLD.test(t.slice(end, Math.min(here.end, end + 80))) && !published(sentence) && !/ホームページ|市HP|公表|公開|掲載/u.test(sentence)
      }))
    }
    // A matter still at an internal stage, told with a count or parties (まだ課内の集計段階の話ですが、…の3社については…).
    // Blind R107A-139: an internal tally told with its figures while its release is still to come (庁内の集計では、反対意見が7割…公表は来月の予定).
    if (p.has(TALLY_FIGURE) && p.has(TALLY_RELEASE_AHEAD) && !STAGE_PUBLISHED.test(t)) {
      emitAll(p, doc, t, INTERNAL_TALLY_AHEAD, 'confidential/pre-release', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        if (TALLY_PRODUCED.test(m[0]) && p.has(PRELIM_AS_RELEASE) && !p.has(TALLY_HIDDEN)) return false
        return notAware(m) && TALLY_FIGURE.test(t.slice(end, Math.min(here.end, end + 80))) && !published(t.slice(here.start, here.end))
      }))
    }
    // Blind R107A-094: one consultation case put to a district and told (相談が12件あり、そのうち大和町の事例では、…話し合いが続いている).
    emitAll(p, doc, t, CONSULT_CASE_TOLD, 'confidential/duty-secret', emit, spans, once((m) => {
      const end = m.index + m[0].length
      const here = sentenceAround(t, m.index, end)
      const rest = t.slice(end, Math.min(here.end, end + 100))
      return notAware(m) && rest.length >= 6 && CASE_DETAIL.test(rest) && !CASE_COUNT_ONLY.test(rest) && !published(t.slice(here.start, here.end))
    }))
    // Blind R107A-111: what pending disclosure requests concern (現在の請求の中には…政務活動費に関するものが3件あり).
    if (p.has(WORDS.disclosure)) {
      emitAll(p, doc, t, PENDING_REQUEST_CONTENT, 'confidential/staff-only', emit, spans, once((m) => notAware(m) && !published(sentenceOf(t, m.index, m.index + m[0].length))))
    }
    if (p.has(WORDS.figures)) emitAll(p, doc, t, INTERNAL_STAGE, 'confidential/staff-only', emit, spans, once((m) => notAware(m) && !STAGE_PUBLISHED.test(t)))
    // Blind R283Q-005 kind (conf16): an internal paper's stage said, then its decision told (庁内の打合せメモ段階の情報ですが、…有料化する整理となっております).
    if (p.has(/段階/u)) emitAll(p, doc, t, INTERNAL_PAPER_STAGE, 'confidential/staff-only', emit, spans, once((m) => notAware(m) && !STAGE_PUBLISHED.test(t)))
    // Blind R161A-021: a figure labelled an internal preliminary value (…1,842人でした（課内の速報値なので、正式な数字はあとで出ます）).
    if (p.has(WORDS.figures) && p.has(WORDS.prelim)) {
      emitAll(p, doc, t, INTERNAL_PRELIM, 'confidential/pre-release', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const prev = here.start > 0 ? sentenceAround(t, here.start - 1, here.start - 1) : here
        const sentence = t.slice(here.start, here.end)
        return notAware(m) && PRELIM_FIGURE.test(t.slice(prev.start, here.end)) && !PRELIM_HELD.test(sentence) && !STAGE_PUBLISHED.test(t) && !published(sentence)
      }))
    }
    // A named person's private remark, heard on duty, told (廊下で…候補者の…さんが「…」とこぼしておられました).
    if (p.has(DUTY_SETTING)) {
      emitAll(p, doc, t, PRIVATE_REMARK, 'confidential/duty-secret', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const prev = here.start > 0 ? sentenceAround(t, here.start - 1, here.start - 1) : here
        const around = t.slice(prev.start, end)
        const speaker = /^[^が は も]*?(?:さん|さま|様|氏|候補者|立候補者|候補|議員|社長|会長|理事長|組合長|院長|園長|校長)/u.exec(m[0])?.[0] ?? ''
        return notAware(m) && !GROUP_NAME.test(speaker) && DUTY_SETTING.test(around) && !PUBLIC_TALK.test(around) && !quotedExample(t, m.index, m.index + 1)
      }))
    }
    // What a survey's forms hold, told by one who handled them (回収した調査票を見ていて気づいたのは、…一人暮らしの高齢の方がとても多い).
    if (p.has(WORDS.surveyForm)) {
      emitAll(p, doc, t, SURVEY_FORM_READ, 'confidential/duty-secret', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const next = here.end < t.length ? sentenceAround(t, here.end, here.end) : here
        const told = t.slice(end, Math.min(next.end, end + 120))
        const around = t.slice(here.start, Math.min(next.end, end + 120))
        return notAware(m) && (/^(?:調査票|調査用紙|世帯票)/u.test(m[0]) || p.has(STAT_SURVEY)) && SURVEY_HOUSEHOLD.test(told) && SURVEY_SHARE.test(told) && !SURVEY_PROCESS.test(around) && !published(around)
      }))
    }
    // Figures before they go up (…この数字は議会への報告前のものですが、…掲載します): 掲載 here is the leak, not a publication.
    if (p.has(WORDS.figures) && !p.has(OUTCOME_PUBLISHED)) emitAll(p, doc, t, REPORT_BEFORE, 'confidential/pre-release', emit, spans, once(notAware))
    // The handout of a closed gathering put out (説明会（非公開）…当日お配りした資料から、…抜粋して掲載します).
    if (p.has(WORDS.handout) && p.has(CLOSED_GATHERING)) {
      emitAll(p, doc, t, HANDOUT_PUT_OUT, 'confidential/meeting', emit, spans, once((m) => {
        const here = sentenceAround(t, m.index, m.index + m[0].length)
        const sentence = t.slice(here.start, here.end)
        return free(m) && !aware(sentence) && !HANDOUT_PUBLIC.test(sentence) && CLOSED_GATHERING.test(t.slice(0, m.index + m[0].length))
      }))
    }
    if (p.has(WORDS.closed)) emitAll(p, doc, t, CLOSED_SHARED, 'confidential/staff-only', emit, spans, once(notAware))
    // Blind R182I-023/R181D-012/R179I-049: a figure the post places before its report or release (議会報告前の速報値で…％, …万円
    // （議会への報告はこれからです）, 議会に出すのは2月なので…まだ言えませんが、…).
    if (p.has(WORDS.figures)) {
      emitAll(p, doc, t, FIGURE_LABELLED_AHEAD, 'confidential/pre-release', emit, spans, once((m) => {
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        return notAware(m) && AHEAD_AMOUNT.test(sentence) && !AHEAD_HELD.test(sentence)
      }))
      emitAll(p, doc, t, REPORT_STILL_AHEAD, 'confidential/pre-release', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const sentence = t.slice(here.start, here.end)
        if (!notAware(m) || AHEAD_HELD.test(sentence)) return false
        if (AHEAD_AMOUNT.test(sentence)) return true
        // …まだですが、参考までにお伝えします: the amount told in the sentence before or after (blind R184I-005).
        if (!STILL_AHEAD_TOLD_ANYWAY.test(t.slice(end, here.end))) return false
        const told = (slice: string): boolean => AHEAD_AMOUNT.test(slice) && !AHEAD_HELD.test(slice) && !published(slice)
        const prev = here.start > 0 && t[here.start - 1] !== '\n' ? sentenceAround(t, here.start - 1, here.start - 1) : undefined
        const next = here.end < t.length && t[here.end - 1] !== '\n' ? sentenceAround(t, here.end, here.end) : undefined
        return (prev !== undefined && told(t.slice(prev.start, here.start))) || (next !== undefined && next.start >= here.end && told(t.slice(next.start, next.end)))
      }))
      // Blind R194A-018: 来月公表される…調査の本市の結果は、…3.1ポイント下回り.
      emitAll(p, doc, t, RESULT_RELEASED_LATER, 'confidential/pre-release', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const rest = t.slice(end, here.end)
        return notAware(m) && RESULT_FIGURE.test(rest) && !REVEAL_NOTICE.test(rest) && !AHEAD_HELD.test(rest) && !published(t.slice(here.start, here.end))
      }))
      // Blind R209I-017 kind: 来週の記者発表で出す予定の寄附額、…38億円を超えた.
      emitAll(p, doc, t, FIGURE_RELEASED_LATER, 'confidential/pre-release', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const rest = t.slice(end, here.end)
        return notAware(m) && RESULT_FIGURE.test(rest) && !PAST_FIGURE.test(rest) && !REVEAL_NOTICE.test(rest) && !AHEAD_HELD.test(rest) && !published(t.slice(here.start, here.end))
      }))
      // Blind R187I-005: 議会への報告に先立ち申し上げますと、…約380万円の経費を要しております.
      emitAll(p, doc, t, TOLD_BEFORE_REPORT, 'confidential/pre-release', emit, spans, once((m) => {
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        return notAware(m) && AHEAD_AMOUNT.test(sentence) && !AHEAD_HELD.test(sentence) && !published(sentence)
      }))
    }
    emitAll(p, doc, t, COUNCIL_LATER_CANT_SAY, 'confidential/pre-release', emit, spans, once((m) => {
      const end = m.index + m[0].length
      const here = sentenceAround(t, m.index, end)
      const rest = t.slice(end, here.end)
      return notAware(m) && AHEAD_CHANGE_TOLD.test(rest) && !AHEAD_NOTICE.test(rest)
    }))
    if (p.has(WORDS.approval)) emitAll(p, doc, t, AWAITING_APPROVAL, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !published(sentenceOf(t, m.index, m.index + m[0].length))))
    // What is not public, handed over on the quiet (非公開データをこっそり共有します, 未公表ですが特別にお見せします).
    // Blind R234M-070 kind: a paper said not to be taken away, photographed and put on the account (持ち帰りダメって言われた…配布資料、…載せます).
    emitAll(p, doc, t, NO_TAKING_SHOWN, 'confidential/staff-only', emit, spans, once((m) => {
      const here = sentenceAround(t, m.index, m.index + m[0].length)
      const sentence = t.slice(here.start, here.end)
      return notAware(m) && !SHOWN_REFUSED.test(t.slice(m.index + m[0].length, here.end)) && !LENDING.test(sentence) && !/許可|了承|承諾|ご厚意|公開して(?:い|お)|ホームページ|市HP/u.test(sentence)
    }))
    if (p.has(COVERTLY)) emitAll(p, doc, t, SHARED_COVERTLY, 'confidential/staff-only', emit, spans, once(notAware))
    // A document handed only to members, shared.
    if (p.has(WORDS.membersOnly)) {
      emitAll(p, doc, t, MEMBERS_ONLY, 'confidential/staff-only', emit, spans, once((m) => {
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        return notAware(m) && DOCUMENT.test(sentence) && !published(sentence) && p.has(LEAK) && !p.has(WORDS.gift)
      }))
    }
    // How a procurement selection went (scores, the gap, the panel split), not published.
    if (p.has(PROCUREMENT) && !p.has(RESULT_PUBLIC)) emitAll(p, doc, t, SCORE_GAP, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !WORKS_CONTEST.test(sentenceOf(t, m.index, m.index + m[0].length))))
    // One party's standing in a selection told where the post says the scores are not published (御社は3位でした…点数は公表しないことになって).
    if ((p.has(PROCUREMENT) || p.has(SELECTION)) && p.has(SCORES_KEPT) && !p.has(RESULT_PUBLIC)) {
      emitAll(p, doc, t, STANDING_TOLD, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !WORKS_CONTEST.test(sentenceOf(t, m.index, m.index + m[0].length))))
    }
    // A contractor chosen inside before the contract.
    if (p.has(WORDS.contract) && !p.has(BID_PUBLIC)) emitAll(p, doc, t, CONTRACT_DECIDED, 'confidential/pre-release', emit, spans, once(notAware))
    // A police investigation told before it is public.
    if (p.has(POLICE) && !p.has(INVESTIGATION_PUBLIC)) emitAll(p, doc, t, INVESTIGATION, 'confidential/investigation', emit, spans, once(notAware))
    // What a police or coast-guard inquiry recorded, cited as the source (…の事情聴取メモによると, 捜査資料によれば).
    if (p.has(INQUIRY_AGENCY) && p.has(WORDS.inquiry)) {
      emitAll(p, doc, t, INQUIRY_RECORD, 'confidential/investigation', emit, spans, once((m) => {
        const s = sentenceAround(t, m.index, m.index + m[0].length)
        return notAware(m) && INQUIRY_AGENCY.test(t.slice(Math.max(0, s.start - 120), s.end)) && !INQUIRY_PUBLISHED.test(t.slice(s.start, s.end))
      }))
    }
    // A paper said to be non-public, cited as the source of what is told (非公開の調査報告書によると、当該教諭は…).
    if (p.has(WORDS.closedPaper)) {
      emitAll(p, doc, t, CLOSED_PAPER_CITED, 'confidential/staff-only', emit, spans, once((m) => {
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        if (m[0].includes('(') && (RECORD_KEPT.test(sentence) || PAPER_HELD.test(sentence))) return false
        return notAware(m) && !published(sentence) && !/開示|情報公開|閲覧/u.test(sentence)
      }))
      // Blind R185A-052: 非公開の図面をちょっとだけお見せします.
      emitAll(p, doc, t, NONPUBLIC_PAPER_SHOWN, 'confidential/staff-only', emit, spans, once((m) => {
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        return notAware(m) && !published(sentence) && !PAPER_OPENED.test(sentence) && !openedToPublic(sentence, sentenceAndNext(t, m.index, m.index + m[0].length)) && !PAPER_HELD.test(sentence) && !RECORD_KEPT.test(sentence)
      }))
    }
    // A case conference on people at risk, bound by a duty of secrecy, cited as the source of what is told (要保護児童対策地域協議会
    // （個別ケース検討会議）の資料によると…; ケース会議で出た話やけど…).
    if (p.has(CASE_CONFERENCE_WORDS)) {
      emitAll(p, doc, t, CASE_CONFERENCE, 'confidential/meeting', emit, spans, once((m) => notAware(m) && !published(sentenceOf(t, m.index, m.index + m[0].length))))
    }
    // A case conference named as an occasion, then what its cases are told (昨日の要対協の個別ケース検討会議、…見守り対象…42世帯).
    if (p.has(CASE_CONFERENCE_WORDS) && p.has(CASE_TOLD)) {
      emitAll(p, doc, t, CASE_MEETING_HELD, 'confidential/meeting', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const after = t.slice(end, Math.min(t.length, end + 150))
        const window = t.slice(here.start, Math.min(t.length, end + 150))
        const shared = CASE_PAPER_SHARED.test(after)
        return notAware(m) && CASE_TOLD.test(after) && (shared || !CASE_COUNT_PUBLIC.test(window)) && !published(window)
      }))
    }
    // An internal paper of a selection read out with its figures; other applicants' standing told to one (…最下位より2点足りません).
    if (p.may(SELECTION_PAPER_READ) || p.may(OTHERS_STANDING)) {
      emitAll(p, doc, t, SELECTION_PAPER_READ, 'confidential/staff-only', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const rest = t.slice(end, here.end)
        return notAware(m) && SELECTION_FIGURE.test(rest) && !SELECTION_ERROR.test(rest) && !published(t.slice(here.start, here.end))
      }))
      if (p.has(APPLICANT_ADDRESSED)) {
        emitAll(p, doc, t, OTHERS_STANDING, 'confidential/staff-only', emit, spans, once((m) => {
          const here = sentenceAround(t, m.index, m.index + m[0].length)
          const sentence = t.slice(here.start, here.end)
          return notAware(m) && STANDING_COMPARED.test(sentence) && !published(sentence) && !/ホームページ|市HP|公表|公開/u.test(sentence)
        }))
      }
    }
    // The record of a hearing in an inquiry into staff cited while it is open (まだ調査の途中ですが、…聴取記録によると…).
    if (p.has(WORDS.hearing) && (p.has(MISCONDUCT) || p.has(INQUIRY_OPEN))) {
      emitAll(p, doc, t, HEARING_RECORD, 'confidential/audit', emit, spans, once((m) => {
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        return notAware(m) && !INQUIRY_AGENCY.test(sentence) && !INQUIRY_REPORTED.test(sentence)
      }))
    }
    // Blind R246S-007 / R249C-006 kind: an internal inquiry's findings told while the case is open (内部調査の結果、…ことが分かっています。処分は協議中).
    if (p.has(INQUIRY_PENDING) && !p.has(INQUIRY_OWN_REPORT)) {
      emitAll(p, doc, t, INQUIRY_FINDING, 'confidential/audit', emit, spans, once((m) => notAware(m) && !INQUIRY_AGENCY.test(sentenceOf(t, m.index, m.index + m[0].length))))
    }
    // The embargo label of a press release posted with it (（解禁：11月20日 5時）の概要を…).
    if (p.has(WORDS.embargo) && p.has(PRESS_CONTEXT) && !p.has(TEASER)) {
      emitAll(p, doc, t, EMBARGO_LABEL, 'confidential/pre-release', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const sentence = t.slice(here.start, here.end)
        return free(m) && !SEASON_OPENS.test(sentence) && !LABEL_AFTER_RELEASE.test(sentence) && !EMBARGO_PAST.test(t.slice(end, end + 24)) && !aware(sentence) && quoteAround(t, m.index, end, 40) === null
      }))
    }
    // What a withheld part of a disclosed paper says (黒塗り部分には「…」と書かれているだけです).
    if (p.has(WORDS.withheld)) {
      emitAll(p, doc, t, WITHHELD_PART, 'confidential/staff-only', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const rest = t.slice(end, here.end)
        const told = WITHHELD_TOLD.exec(rest)
        if (!told) return false
        const between = told[0].replace(/[「『][^」』\n]{0,40}[」』]/gu, '')
        return notAware(m) && !WITHHELD_KIND.test(between) && !WITHHELD_REFUSED.test(t.slice(here.start, here.end)) && quoteAround(t, m.index, end, 40) === null
      }))
    }
    // A matter under a confidentiality agreement, then told (守秘義務契約を結んで進めている…ドラマでは、…撮影は1月下旬に行われます).
    if (p.has(WORDS.nda)) {
      emitAll(p, doc, t, NDA_MATTER, 'confidential/pre-release', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const rest = t.slice(end, sentenceAround(t, m.index, end).end)
        return notAware(m) && NDA_TOLD.test(rest) && !NDA_HELD.test(rest)
      }))
    }
    // Blind R93A-006, R95A-011: a choice told before those it concerns are notified (合格者の方にはまだ通知をお送りしていませんが、…に決まりました).
    if (p.has(WORDS.notNotified)) {
      emitAll(p, doc, t, NOT_NOTIFIED, 'confidential/pre-release', emit, spans, once((m) => {
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        return free(m) && CHOICE_TOLD.test(sentence) && !NOTIFY_NOTICE.test(sentence) && !aware(sentence) && !published(sentence)
      }))
    }
    // Blind R259H-007 kind: an inspection's finding or measure told while the notice to the body is still to come (…改善勧告を出す見込みです。
    // 事業所への正式な通知がまだなので…).
    emitAll(p, doc, t, NOTICE_PENDING, 'confidential/audit', emit, spans, once((m) => {
      const end = m.index + m[0].length
      const here = sentenceAround(t, m.index, end)
      const before = here.start > 0 && t[here.start - 1] !== '\n' ? sentenceAround(t, here.start - 1, here.start - 1) : here
      const window = t.slice(Math.min(before.start, here.start), here.end)
      return free(m) && INSPECTION_MEASURE.test(window) && !NOTICE_PENDING_HELD.test(t.slice(here.start, here.end)) && !aware(window) && !published(window)
    }))
    // Blind R190A-066: a selection's figures told before the notice reaches those concerned (まだ…通知の届く前なんですが、…23人の申し込み).
    emitAll(p, doc, t, NOTICE_BEFORE, 'confidential/pre-release', emit, spans, once((m) => {
      const end = m.index + m[0].length
      const here = sentenceAround(t, m.index, end)
      const sentence = t.slice(here.start, here.end)
      return free(m) && TOLD_MATTER.test(t.slice(end, here.end)) && !NOTICE_BEFORE_HELD.test(sentence) && !aware(sentence) && !published(sentence)
    }))
    // Blind R191I-012 / R192D-069: a figure read off a meeting room's board, or heard ahead, before its announcement (ホワイトボードに、…
    // 上限3億2千万円って書いてありました。正式発表が楽しみです; 発表される予定の乗船者数、ひと足先に聞いちゃいました。前年より3割以上).
    if (p.has(ANNOUNCE_AHEAD) && p.has(AHEAD_FIGURE)) {
      emitAll(p, doc, t, READ_OFF_BOARD, 'confidential/pre-release', emit, spans, once((m) => {
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        return free(m) && AHEAD_FIGURE.test(m[0]) && !aware(sentence) && !published(sentence)
      }))
      emitAll(p, doc, t, HEARD_AHEAD, 'confidential/pre-release', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const next = here.end < t.length ? sentenceAround(t, here.end, here.end) : here
        const told = t.slice(end, Math.max(here.end, next.end))
        return free(m) && AHEAD_FIGURE.test(told) && !aware(t.slice(here.start, here.end)) && !published(t.slice(here.start, Math.max(here.end, next.end)))
      }))
    }
    // Blind R207I-011 / R208D-029: a figure told with a telling-ahead word, the release or the bill's going to the council still to come
    // (…11万2千人でした！正式な発表はまだですが、ひと足お先に; 来週の議会に出る補正予算案、ちょっとだけ先出しします。…1億8千万円を計上).
    if ((p.has(ANNOUNCE_AHEAD) || p.has(BILL_AHEAD)) && p.has(AHEAD_FIGURE)) {
      emitAll(p, doc, t, AHEAD_MARK, 'confidential/pre-release', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const prev = here.start > 0 ? sentenceAround(t, here.start - 1, here.start - 1) : here
        const next = here.end < t.length ? sentenceAround(t, here.end, here.end) : here
        const around = t.slice(prev.start, Math.max(here.end, next.end))
        return free(m) && AHEAD_FIGURE.test(around) && (ANNOUNCE_AHEAD.test(around) || BILL_AHEAD.test(around)) && !aware(t.slice(here.start, here.end)) && !published(around)
      }))
    }
    // Blind R305G-002 kind (conf22): a draft's total told while its formal release is still to come (当初予算案…総額は402億8千万円…正式な発表は…記者会見まで).
    if (DRAFT_RELEASE_YET.test(t) && !published(t) && !AHEAD_HELD.test(t)) {
      emitAll(p, doc, t, DRAFT_TOTAL, 'confidential/pre-release', emit, spans, once((m) => {
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        return free(m) && DRAFT_NAMED.test(sentence) && !aware(sentence)
      }))
    }
    // Blind R192D-055: a meeting's content heard, the official notice still to come (打合せで、原因は…と聞いています。正式な通知はまだですが).
    if (p.has(NOTICE_STILL_AHEAD)) {
      emitAll(p, doc, t, MEETING_HEARD, 'confidential/pre-release', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const next = here.end < t.length ? sentenceAround(t, here.end, here.end) : here
        const around = t.slice(here.start, Math.max(here.end, next.end))
        return free(m) && NOTICE_STILL_AHEAD.test(around) && !aware(around) && !published(around)
      }))
    }
    // Blind R190A-023: a paper that goes round only inside, read and told (教育委員会の中でしか回っとらん資料ば見たら、…月4,850円に上がる).
    if (p.has(WORDS.only)) {
      emitAll(p, doc, t, INSIDE_ONLY_PAPER, 'confidential/staff-only', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const sentence = t.slice(here.start, here.end)
        return free(m) && INSIDE_PAPER_TOLD.test(t.slice(end, here.end)) && !DISCLOSED.test(sentence) && !aware(sentence) && !published(sentence)
      }))
    }
    // Blind R211D-070: a paper handed round at a section's meeting, read and its count told (係の打合せで回ってきた一覧を見ると、…23世帯).
    emitAll(p, doc, t, STAFF_MEETING_PAPER, 'confidential/staff-only', emit, spans, once((m) => {
      const end = m.index + m[0].length
      const here = sentenceAround(t, m.index, end)
      const sentence = t.slice(here.start, here.end)
      const told = t.slice(end, here.end)
      return free(m) && INTERNAL_USE_FIGURE.test(told) && !INTERNAL_USE_HELD.test(told) && !DISCLOSED.test(sentence) && !aware(sentence) && !published(sentence)
    }))
    // Team R11A-028 kind: a business pointed at, said to have been cited in an inspection (あちらの旅館は…立入検査で指摘を受けております).
    if (p.has(WORDS.inspection)) emitAll(p, doc, t, BUSINESS_INSPECTED, 'confidential/audit', emit, spans, once((m) => free(m) && !aware(sentenceOf(t, m.index, m.index + m[0].length))))
    // Blind R93A-015: what a closed inspection found (立入検査（非公開）で、…改ざんが見つかりました).
    if (p.has(WORDS.inspection) && p.has(WORDS.closed)) {
      emitAll(p, doc, t, CLOSED_INSPECTION, 'confidential/audit', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const sentence = t.slice(here.start, here.end)
        return free(m) && INSPECTION_FINDING.test(t.slice(end, here.end)) && !INSPECTION_PUBLIC.test(sentence) && !aware(sentence)
      }))
    }
    // Off the record as an aside, around what was heard in a meeting or from inside (…と聞きました。ここだけの話で…),
    // when nothing else in the paragraph has been reported.
    if (spans.length === 0 && p.has(WORDS.aside) && p.has(HEARD_INSIDE) && !p.has(TEASER)) {
      emitAll(p, doc, t, OFF_ASIDE, p.has(WORDS.asideMeeting) ? 'confidential/meeting' : 'confidential/staff-only', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const prev = here.start > 0 ? sentenceAround(t, here.start - 1, here.start - 1) : here
        const next = here.end < t.length ? sentenceAround(t, here.end, here.end) : here
        const around = t.slice(prev.start, next.end)
        return free(m) && HEARD_INSIDE.test(around) && !aware(around) && !published(around)
      }))
    }
    // Blind R198I/R199A: the writer's own hold on a matter told (…なので外には出さないでほしいのですが、…平均1.8%).
    emitAll(p, doc, t, SELF_HOLD, 'confidential/pre-release', emit, spans, once((m) => {
      const end = m.index + m[0].length
      const here = sentenceAround(t, m.index, end)
      // What was told just before may be a sentence or two back, on a line of its own (…18万4千人！過去最高⏎…外に出しちゃダメなやつやけど).
      const around = t.slice(Math.max(0, here.start - 60), here.end)
      return notAware(m) && SELF_HOLD_FIGURE.test(around) && !HOLD_NOTICE.test(t.slice(end, here.end)) && !published(around)
    }))
    // Blind R198I-009: the budget's figure at a stage of the internal assessment (財政課の査定を終えた時点で…億円; まだ市長査定が残っていますが).
    if (p.has(WORDS.budget)) emitAll(p, doc, t, ASSESSMENT_STAGE, 'confidential/pre-release', emit, spans, once((m) => {
      const end = m.index + m[0].length
      const here = sentenceAround(t, m.index, end)
      const prev = here.start > 0 && t[here.start - 1] !== '\n' ? sentenceAround(t, here.start - 1, here.start - 1) : undefined
      const around = m[0].startsWith('まだ') ? t.slice(prev?.start ?? here.start, here.end) : t.slice(end, here.end)
      return notAware(m) && ASSESSMENT_BUDGET.test(t) && ASSESSMENT_AMOUNT.test(around) && !ASSESSMENT_PUBLIC.test(t) && !ASSESSED_HELD.test(t.slice(here.start, here.end))
    }))
    // Blind R199A-039: a paper still worked on inside, shown as a favour (課内で集計中の表をちょっとだけお見せします).
    emitAll(p, doc, t, INSIDE_WIP_SHOWN, 'confidential/staff-only', emit, spans, once((m) => {
      const sentence = sentenceOf(t, m.index, m.index + m[0].length)
      return notAware(m) && !INSIDE_WIP_HELD.test(sentence) && !published(sentence) && !PAPER_OPENED.test(sentence)
    }))
    // Blind R248B-028 / R248B-031 kind: not let out to the press or outside, or its result not published, then told (after the family's
    // other readings of a concession, so that theirs keep their span).
    emitAll(p, doc, t, NOT_RELEASED_BUT, 'confidential/pre-release', emit, spans, (m) => closedThenTold(m, true) && !withheldIdentity(t, m.index, t.slice(m.index + m[0].length)) && (!RESULT_UNPUBLISHED_HEAD.test(m[0]) || RESULT_TOLD_ANYWAY.test(t.slice(m.index + m[0].length))))
    // Blind R264Y-008 kind: a figure bound by contract not to be published, named so and given (契約で公表しないことになっている…が2億4千万円).
    emitAll(p, doc, t, AGREED_UNPUBLISHED, 'confidential/pre-release', emit, spans, once((m) => {
      const end = m.index + m[0].length
      const here = sentenceAround(t, m.index, end)
      return notAware(m) && AGREED_FIGURE.test(t.slice(end, here.end))
    }))
    // Blind R264Y-009 kind: a paper said to be normally kept inside, shown anyway (…採点一覧を写真で載せておきます。本来は外に出さない表ですが).
    if (p.has(KEPT_PAPER_SHOWN) && !p.has(KEPT_PAPER_EXHIBITED)) emitAll(p, doc, t, NORMALLY_KEPT, 'confidential/staff-only', emit, spans, once((m) => notAware(m) && !published(t)))
    // Blind R266W-009 kind: an exam's answers listed while said to be not yet released or given on the quiet (正解だけこっそり…問1 ③ 問2 ①).
    if (p.has(EXAM_ANSWERED) && p.has(ANSWERS_NOT_OUT) && !published(t)) emitAll(p, doc, t, EXAM_ANSWERS_LISTED, 'confidential/pre-release', emit, spans, once(free))
    // Blind R266W-039 kind: a paper kept inside cited in brackets as the source of the figures told (…17件で…（研修用の内部資料より）).
    emitAll(p, doc, t, INSIDE_PAPER_CITED, 'confidential/staff-only', emit, spans, once((m) => {
      const end = m.index + m[0].length
      const here = sentenceAround(t, m.index, end)
      const before = t.slice(here.start, m.index)
      const quoted = (before.match(/[「『]/gu)?.length ?? 0) > (before.match(/[」』]/gu)?.length ?? 0)
      return free(m) && !quoted && INTERNAL_USE_FIGURE.test(before) && !published(t.slice(here.start, here.end))
    }))
    // Blind R266W-056 kind: an exam to come, its questions quoted verbatim and said to be asked for sure (「…ですか」の2問が必ず聞かれますよ).
    if (p.has(EXAM_AHEAD_NAMED)) {
      emitAll(p, doc, t, EXAM_ASKED_SURE, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && QUESTION_QUOTED.test(m[0]) && !EXAM_PUBLISHED_PART.test(sentenceOf(t, m.index, m.index + m[0].length))))
    }
    // conf56 (blind R308T–R311E) kinds: each only where the paragraph has no finding yet.
    if (!found) conf56Kinds()
    function conf56Kinds(): void {
    /** The sentence of a match, with the one before it and the one after it. */
    const around3 = (start: number, end: number): { here: Span; prev: Span; next: Span } => {
      const here = sentenceAround(t, start, end)
      const prev = here.start > 0 && t[here.start - 1] !== '\n' ? sentenceAround(t, here.start - 1, here.start - 1) : here
      const next = here.end < t.length && t[here.end - 1] !== '\n' ? sentenceAround(t, here.end, here.end) : here
      return { here, prev, next }
    }
    // Blind R308T-039 kind: data given on the condition that it not go outside, then told (「外部には出さないでください」と念押しされて共有いただいた
    // データですが、…少しだけ。…上位3店だけで全体の6割).
    emitAll(p, doc, t, CONDITIONAL_DATA, 'confidential/staff-only', emit, spans, once((m) => {
      const end = m.index + m[0].length
      const { here, next } = around3(m.index, end)
      const after = next.end < t.length && t[next.end - 1] !== '\n' ? sentenceAround(t, next.end, next.end) : next
      const told = t.slice(end, Math.max(after.end, here.end))
      const span = doc.fromSqueezed(m.index, end)
      const aggregated = CONDITIONAL_AGGREGATED.test(t.slice(end, here.end)) && CONDITIONAL_WHOLE.test(told) && !CONDITIONAL_FEW.test(told)
      return !used.some((x) => x.start < span.end && x.end > span.start) && !aggregated && CONDITIONAL_TOLD.test(told) && !CONDITIONAL_HELD.test(t.slice(end, Math.max(next.end, here.end))) && !published(told) && !aware(t.slice(here.start, here.end))
    }))
    // Blind R310H-010 / R311E-032 kind: the theme of a part of an exam still to come, given in brackets (今年の作文のテーマは『…』です…本番を迎えて).
    if (p.has(EXAM_NAMED) && p.has(EXAM_TO_COME) && !p.has(EXAM_THEME_PUBLIC)) {
      const practice = p.has(EXAM_PRACTICE_CLASS)
      emitAll(p, doc, t, EXAM_THEME_GIVEN, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !EXAM_PUBLISHED_PART.test(sentenceOf(t, m.index, m.index + m[0].length)) &&
        (!practice || EXAM_REAL_THEME.test(t.slice(Math.max(0, m.index - 20), m.index)))))
    }
    // Blind R310H-059 kind: an amount put into a budget proposal while it is still in the assessment or before the council (当初予算案に約1億
    // 2,400万円を盛り込みました。まだ市長査定の段階で議会への提出も2月ですが).
    if (p.has(BUDGET_PENDING) && !p.has(BUDGET_PUBLIC)) {
      emitAll(p, doc, t, BUDGET_PUT_IN, 'confidential/budget', emit, spans, once((m) => {
        const { prev, next } = around3(m.index, m.index + m[0].length)
        return notAware(m) && BUDGET_PENDING.test(t.slice(prev.start, next.end))
      }))
    }
    // Blind R311E-024 kind: money unaccounted for, with its sum, while the inquiry goes on (使途の分からないお金…三百四十万円ほど…話を聞いています).
    if (p.may(UNEXPLAINED_MONEY) && p.has(MONEY_INQUIRY) && !p.has(MONEY_PUBLIC)) {
      emitAll(p, doc, t, UNEXPLAINED_MONEY, 'confidential/audit', emit, spans, once((m) => {
        const { here, next } = around3(m.index, m.index + m[0].length)
        return notAware(m) && MONEY_AMOUNT.test(t.slice(here.start, next.end)) && !published(t.slice(here.start, next.end))
      }))
    }
    // Blind R311E-049 kind: the arrears of a few households singled out with a sum (多い順に３世帯だけで合計２１０万円).
    emitAll(p, doc, t, ARREARS_FEW, 'confidential/duty-secret', emit, spans, once((m) => notAware(m) && !published(sentenceOf(t, m.index, m.index + m[0].length))))
    // Blind R311E-054 kind: a screening's result told while the notice to the applicant is still to come (ご本人への通知はまだですが、おめでとう).
    if (p.has(SELECTION) && p.has(SCREENING_RESULT)) {
      const resultAround = (m: RegExpExecArray): boolean => {
        const { here, prev, next } = around3(m.index, m.index + m[0].length)
        const sentence = t.slice(here.start, here.end)
        const region = t.slice(prev.start, next.end)
        const bare = region.replace(AWARD_ONLY_DECIDED, '')
        return (SCREENING_RESULT.test(bare) || (bare !== region && AWARD_WINNER_NAMED.test(bare))) && !NOTIFY_NOTICE.test(sentence) && !/お待ち|次第/u.test(t.slice(here.start, next.end)) && !published(t.slice(prev.start, next.end))
      }
      emitAll(p, doc, t, NOTICE_NOT_YET, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && resultAround(m)))
      if (p.has(WORDS.notNotified)) emitAll(p, doc, t, NOT_NOTIFIED, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && resultAround(m)))
    }
    // Blind R309C-037 kind: a member of staff's penalty and move told together, or the penalty settled in an internal meeting.
    // (A bare 処分は… needs a member of staff and misconduct in the paragraph, as PENALTY's does.)
    if (p.has(WORDS.penalty) && !p.has(PENALTY_PUBLIC)) emitAll(p, doc, t, PENALTY_AND_MOVE, 'confidential/personnel', emit, spans, once((m) => notAware(m) && (!m[0].startsWith('処分') || (p.has(STAFF) && (p.has(MISCONDUCT) || p.has(STAFF_CASE))))))
    // Blind R308T-041 / R311E-026 / R311E-029 kinds: the city's ceiling or the term it holds out for, against the other side's ask, or a
    // tender's ceiling before its opening.
    if (p.may(CITY_POSITION) && !p.has(NEG_SETTLED)) {
      const demand = p.has(NEG_DEMAND)
      const bidOpen = (p.has(BID_TO_COME) || (p.has(BID_STILL_OPEN) && p.has(BID_CONTEXT))) && !p.has(BID_PUBLIC) && !p.has(BID_NOTICE)
      const negotiation = p.has(NEG_CONTEXT) && !p.has(GRANT_CONTEXT)
      emitAll(p, doc, t, CITY_POSITION, 'confidential/negotiation', emit, spans, once((m) => {
        if (!notAware(m)) return false
        // The other side's ask stands elsewhere in the paragraph (not inside the city's own clause).
        if (demand && NEG_DEMAND.test(t.slice(0, m.index) + '。' + t.slice(m.index + m[0].length))) return true
        return negotiation && CEILING_WORD.test(m[0])
      }))
      if (bidOpen) emitAll(p, doc, t, CITY_POSITION, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && CEILING_WORD.test(m[0])))
    }
    // Blind R311E-008 kind: a session with no public gallery named as where what is told was explained, then a figure or an outcome.
    if (p.has(WORDS.noGallery) || p.has(WORDS.press)) {
      emitAll(p, doc, t, CLOSED_BRIEFING_TOLD, 'confidential/meeting', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const { here, next } = around3(m.index, end)
        const told = t.slice(end, Math.max(here.end, next.end))
        return notAware(m) && BRIEFING_TOLD.test(told) && !published(t.slice(here.start, Math.max(here.end, next.end))) && !SESSION_OUTCOME_NOTICE.test(t.slice(end, here.end))
      }))
    }
    }
    // conf57 kinds (the block at the end of the file).
    runConf57({ input, t, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE) })
    // conf58 kinds (the block at the end of the file).
    runConf58({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // conf59 kinds (the block at the end of the file).
    runConf59({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // conf60 kinds (the block at the end of the file): only where the paragraph has no finding yet.
    if (!found) runConf60({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // conf61 kinds (the block at the end of the file): only where the paragraph still has no finding.
    if (!found) runConf61({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // conf62 kinds (the block at the end of the file): only where the paragraph still has no finding.
    if (!found) runConf62({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // conf63 kinds (the block at the end of the file): only where the paragraph still has no finding.
    if (!found) runConf63({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // conf64 kinds (the block at the end of the file): only where the paragraph still has no finding.
    if (!found) runConf64({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // conf66 kinds (the block at the end of the file): only where the paragraph still has no finding.
    if (!found) runConf66({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // conf68 kinds (the block at the end of the file): only where the paragraph still has no finding.
    if (!found) runConf68({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // conf69 kinds (the block at the end of the file): only where the paragraph still has no finding.
    if (!found) runConf69({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // An inquiry's party unaware, a surprise inspection, a value or result before its release (blind R366P, R367Q; the block near the end of the file): only where the paragraph still has no finding.
    if (!found) runInquiryAndReleaseKinds({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // An exam, a bargain, a tender standing, a staff move or selection results before their notice (blind R368R; the block at the end of the file): only where the paragraph still has no finding.
    if (!found) runSelectionAndBargainKinds({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // A visit unannounced to its party, a matter kept till its notice, a next post-holder, a finding, a disclosure requester or decision, an accusation, a penalty proposal told early (blind R373W–R376Z; the block near the end of the file).
    if (!found) runUnreleasedMatterKinds({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // A deal or a paper not yet given to the other side, the press or the council, told (blind R370T, R372V; the block at the end of the file).
    if (!found) runUndisclosedDealKinds({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // The city's undecided money and positions told before they are decided or released (blind R373W–R376Z; the block at the end of the file).
    if (!found) runUndecidedMoneyKinds({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // The city's enforcement plans, internal criteria and papers not to be told, told (blind R377A, R378B, R380D; the block at the end of the file).
    if (!found) runEnforcementAndRuleKinds({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // The mayor's office: its off-schedule meetings, closed talks, embargoes, contest results, illness and citizens' letters (blind R379C; the block at the end of the file).
    if (!found) runMayorOfficeKinds({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // A disclosure request's requester named, and an internal finding told before it is reported up (blind R375Y, R378B; the block at the end of the file).
    if (!found) runRequesterAndUnreportedKinds({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // A matter said not to be out yet, then told, in any order; a penalty being settled, the leadership's split, an exam setter's word (blind R381E, R382F, R384H; the block at the end of the file).
    if (!found) runUnreleasedButToldKinds({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // An inquiry still under way told with what it holds, an internal finding before the decision on it, who did it guessed inside (blind R381E, R382F, R384H; the block at the end of the file).
    if (!found) runInquiryUnderWayKinds({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // A finished internal inquiry or a penalty under review told before its release (blind R382F, R384H; the block at the end of the file).
    if (!found) runFinishedReviewKinds({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // A blacked-out part revealed, firms compared with their rates, a restricted notice quoted, the police's coming action passed on (blind R385J–R387L; the block at the end of the file).
    if (!found) runToldAheadKinds({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // A firm named before its penalty, a decision told before the council or its party, a move before its order (blind R389N, R390P; the block at the end of the file).
    if (!found) runToldBeforeTurnKinds({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // What the police are doing or know about an open case, passed on before any release (blind R389N, R390P; the block at the end of the file).
    if (!found) runPoliceCaseKinds({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // A deal still being worked out told: a loan's insurance value, an appraisal kept from its owner, a gift or loan under talks, each side's figure (blind R393S, R394T; the block at the end of the file).
    if (!found) runPendingDealKinds({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // A holding line till the owner's release, a veil of another's lifted, a leak's release put off, a paper promised not to be given out, a policy settled inside before the council (blind R393S, R394T, R396V; the block at the end of the file).
    if (!found) runBeforeOwnerDisclosesKinds({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // A test result over its limit before its release, a screening's findings, a compensation offer or a land price in talks, a supplier's cost of a gift (blind R397W; the block at the end of the file).
    if (!found) runFindingBeforeReleaseKinds({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // A matter told before the body that must handle it: held till a step, a misuse before its release, a blacked-out value, a draft report, an exam item, an inside-only tally (blind R398X, R399Y; the block at the end of the file).
    if (!found) runBeforeBodyHandlesKinds({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // An exam's pass line, a candidate's result or a field's questions before the release, a penalty before its set release, a case conference's record put up (blind R402B, R404D; the block at the end of the file).
    if (!found) runExamAndCaseRecordKinds({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // A named business's siting talks, loan screening or standing, a grant result before its release, a closure plan not yet told (blind R401A; the block at the end of the file).
    if (!found) runBusinessDealingsKinds({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // A tender's price in kana, its lowest quote or its entrants before the opening, a price hinted, bid-rigging being looked into, a screening's result or a preliminary figure before the notice or the release (blind R405E, R408H; the block at the end of the file).
    if (!found) runBidAndScreeningAheadKinds({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // Someone questioned on suspicion, a case built for prosecution, a contractor's quote, an exam setter's tip (blind R409J, R411L; the block at the end of the file).
    if (!found) runOpenCaseQuoteAndSetterKinds({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // A firm's unit price or discount, a petition's handling agreed at a pre-meeting, a post filled before the order, an inquiry's interim findings (blind R413N, R416R; the block at the end of the file).
    if (!found) runTradeTermsAndAheadKinds({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // An embargo broken with the matter told before it, a named firm's unreleased business facts, a successor still being settled (blind R418T, R420V; the block at the end of the file).
    if (!found) runConf83({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // A budget under assessment with its figures, the city's investigation under way with its findings, information given in confidence told (blind R422X, R424Z; the block at the end of the file).
    if (!found) runConf84({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // The city's investigation under way with its findings and party pinned, an exam's areas hinted, a panel's private talk, a named firm's siting terms before the announcement (blind R426B, R427C; the block at the end of the file).
    if (!found) runConf85({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // 【機密】 or 機密資料によると in a sentence that also speaks of a training: a marker in use (colleague).
    if (p.has(WORDS.secret)) emitAll(p, doc, t, MARKER_IN_USE, 'confidential/marker', emit, spans, (m) => free(m) && markerInUse(t, m.index, m.index + m[0].length) && !refusedFor(t, m.index + m[0].length))
    for (const h of doc.hits('confidential')) {
      const { start, end } = doc.fromSqueezed(h.start, h.end)
      if (spans.some((s) => s.start < end && s.end > start)) continue
      // 応援団の「マル秘作戦」, 極秘ミッション: a secrecy prefix in a playful compound marks no document or information.
      if (SECRET_PREFIX.test(t.slice(h.start, h.end)) && playfulCompound(typedAfter(h.end)) && !markedPaperShown(t, h.end)) continue
      if (!h.mention && aware(sentenceOf(t, h.start, h.end)) && !/秘|限り|回覧|注意|禁止|解禁|オフレコ/u.test(t.slice(h.start, h.end)) && !markerInUse(t, h.start, h.end)) continue
      // 機密情報について秘密保持義務を負い: the information named as what a duty keeps, not a marker on what is told.
      if (!h.mention && /^(?:機密|秘密情報|内部情報|非公開情報|未公開情報)$/u.test(t.slice(h.start, h.end)) && !/[【\[〔《〈<(「『]$/u.test(t.slice(Math.max(0, h.start - 1), h.start)) && SECRECY_DUTY.test(t.slice(h.end, h.end + 48)) && !TOLD_ANYWAY.test(sentenceOf(t, h.start, h.end))) continue
      // 不開示の主な理由は、…法人の内部情報が含まれていたこと: a class of information named as the ground of a non-disclosure (blind R91A-074).
      if (!h.mention && /^(?:内部情報|秘密情報|非公開情報|機密)$/u.test(t.slice(h.start, h.end)) && CONTAINED_AFTER.test(t.slice(h.end, h.end + 16)) && DISCLOSURE_GROUND.test(sentenceOf(t, h.start, h.end)) && !TOLD_ANYWAY.test(sentenceOf(t, h.start, h.end))) continue
      // 条例で定める非公開情報に当たる部分は黒塗り: a category of the rule being explained (blind UG-012).
      if (!h.mention && ruleCategory(t, h.start, h.end, sentenceOf(t, h.start, h.end))) continue
      // 機密情報の取り扱いや…について確認しました (a training report): the class named as a topic of a lesson (blind R87A-082).
      if (!h.mention && /^(?:機密|秘密情報|内部情報|非公開情報)$/u.test(t.slice(h.start, h.end)) && lessonTopic(t, h.start, h.end)) continue
      // 機密情報の持ち出し禁止、USBメモリの使用ルール…を確認しました: a rule of handling named as a topic of a training (blind TX-133).
      if (!h.mention && ruleTaught(t, h.start, h.end)) continue
      // ■解禁前の準備が肝心 ⏎ 摘み取りの解禁前は…: a harvest's opening named in the paragraph, not in the heading's sentence (blind GY-016).
      if (!h.mention && seasonOpening(t.slice(h.start, h.end), t)) continue
      // 割れ物のため、箱に「取扱注意」のシール: a parcel's label; 内部資料のため写真はお見せできません: a refusal, nothing told.
      if (!h.mention && (parcelLabel(t.slice(h.start, h.end), sentenceOf(t, h.start, h.end)) || wasteLabel(t, h.start, h.end) || refusedFor(t, h.end))) continue
      // 白秋が晩年に書き残した未定稿の詩のノート: a writer's unfinished manuscript, a literary term (blind GZ-053).
      if (!h.mention && literaryDraft(t, h.start, h.end)) continue
      // 議会前なので答弁案の作成に追われています: a draft paper named as the work in hand, nothing of it told (a photo makes it a warning in post).
      if (!h.mention && draftAtWork(t, h.start, h.end)) {
        atWork.push({ start, end })
        continue
      }
      // 人事異動の内示がありました。お世話になった皆さん、ありがとうございました: one's own 内示, nothing told (review of conf58).
      if (!h.mention && ownNaijiEvent(t, h.start, h.end)) continue
      // ※掲載写真の無断転載・複製禁止: a rights notice on published work, not a marker (blind GX-104).
      if (!h.mention && rightsNotice(t.slice(h.start, h.end), withSentenceBefore(t, h.start, h.end))) continue
      // 式典は関係者限りで開催しました: who attended an event, no paper marked (blind R76A, colleague).
      if (!h.mention && attendedOnly(t, h.start, h.end)) continue
      // 藩の日記には「極秘」と朱書きされた記録も残っています: the marking of a paper of a past era, local history (blind R92A-083).
      if (historicPaper(sentenceOf(t, h.start, h.end))) continue
      // 社外秘の売上表が写っていた、という失敗は珍しくない: a paper named as what a photo must not catch (blind TV-115).
      if (!h.mention && photoLesson(t, h.start, h.end)) continue
      spans.push({ start, end })
      // 「上場企業の内部情報があるので必ずもうかる」といった勧誘: a swindler's pitch quoted in a warning, a mention (blind TV-001).
      if (!h.mention && scamPitch(t, h.start, h.end)) {
        emit({ rule: 'confidential/marker', start, end, mention: true })
        continue
      }
      // 資料に「取 扱 注 意」と書いてありましたが、…大丈夫ですよね: the marked paper passed on, no example (blind R76A-123).
      // Blind R250G-009 / R247T-009 kinds: a stamp readers are asked to overlook, a secrecy request reported then broken by the post.
      const passedOn = h.mention === true && (markedButPassed(t, h.end) || markedPaperGlimpsed(t, h.end) || stampIgnored(t, h.end) || secrecyAskedButShown(t, h.end) || markerOnToldPaper84(t, h.end))
      emit({ rule: 'confidential/marker', start, end, ...(h.mention && !passedOn ? { mention: h.mention } : {}) })
    }
    // Blind R189I-031: a marker broken by a line break (…約9万2千人、庁内⏎限りの数字なので…): the word read across the break.
    if (doc.raw.includes('\n')) readAcrossBreaks(input, spans)
    return atWork
}

/**
 * Blind R189I-031: a word of the list broken by a line break (庁内⏎限りの数字なのでまだ内緒ですが…, 部外⏎秘の資料): still the word, as
 * unofficial reads 異⏎動. A break with a kanji or kana on both sides is taken out, and only when a word of the list then runs across it
 * (looked up in a few characters around the break first) is the family run again on the joined text; of what that run finds, only what
 * runs across such a break is kept (mapped back onto the text as typed), so a line that merely goes on (…の⏎説明会) changes nothing and
 * the joined run's other sentences are not read twice. The joined text has no such break left, so the second run stops there.
 */
const WORD_BREAK = /(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々])\n(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々])/gu
/** How far around a break a word of the list is looked for before the family is run again (the longest words are about 10). */
const BREAK_REACH = 10
function readAcrossBreaks(input: RuleInput, spans: readonly Span[]): void {
  const raw = input.doc.raw
  const cuts: number[] = []
  WORD_BREAK.lastIndex = 0
  for (let m = WORD_BREAK.exec(raw); m && cuts.length < MAX_HITS; m = WORD_BREAK.exec(raw)) cuts.push(m.index)
  if (cuts.length === 0) return
  // A break a word of the list runs across, looked up in its own window first (a Doc of 20 characters).
  const broken = cuts.filter((at) => {
    const from = Math.max(0, at - BREAK_REACH)
    const to = Math.min(raw.length, at + 1 + BREAK_REACH)
    const w = new Doc(raw.slice(from, at) + raw.slice(at + 1, to), input.policy)
    const joint = at - from
    return w.hits('confidential').some((h) => {
      const s = w.fromSqueezed(h.start, h.end)
      return s.start < joint && s.end > joint
    })
  })
  if (broken.length === 0) return
  // The joined text and where each removed break sat in it (the offset of the character after it).
  const joints: number[] = []
  let joined = ''
  let at = 0
  for (const c of cuts) {
    joined += raw.slice(at, c)
    at = c + 1
    joints.push(joined.length)
  }
  joined += raw.slice(at)
  const brokenJoints = broken.map((c) => joints[cuts.indexOf(c)]!)
  const toRaw = (j: number, end: boolean): number => j + joints.filter((x) => (end ? x < j : x <= j)).length
  const doc = new Doc(joined, input.policy)
  runParagraph({
    ...input,
    doc,
    emit: (d) => {
      if (!brokenJoints.some((x) => d.start < x && x < d.end)) return
      const start = toRaw(d.start, false)
      const end = toRaw(d.end, true)
      if (spans.some((s) => s.start < end && s.end > start)) return
      input.emit({ ...d, start, end })
    },
  })
}

/*
 * ── conf57 (blind R312P-023/047, R314Y-018/041, R315E-005/011/014/015/016/022/043/060, R316M-009; JY-037 false positive) ──
 * Kinds, each read as Japanese says it in general, each with its public counterpart kept clean:
 * - A draft budget's figures told while its press release is still to come (来週14日の市長定例記者会見で発表する…当初予算案、ひと足先に…
 *   一般会計は412億円; 明日10時から…当初予算案の記者発表を行います。目玉は総額1億2千万円の…): DRAFT_BUDGET_FIGURE while
 *   RELEASE_STILL_TO_COME. A release to come
 *   with no figure, a budget announced (発表しました), last year's total and a council's agenda stay clean. The release named for later in
 *   the wordings the family's FUTURE_RELEASE misses (市長定例記者会見, 記者発表を行います) also opens its peek (ひと足先に…: PEEK).
 * - Withheld parts of a disclosed document explained by revealing them (黒塗りにした箇所は、…売却単価（1㎡あたり3万2千円）と…下限額（…円）):
 *   BLACKED_OUT_TOLD. The class of what was withheld (個人の氏名や住所など) stays clean.
 * - A section's budget request amount before the finance office's assessment (課としては…4,200万円で要求を出しました…財政課の査定は
 *   これから): REQUEST_AMOUNT. The national 概算要求, a petition (要望), request deadlines and a budget passed stay clean.
 * - An exam's question or an interview's question told to those who will sit it (本番の第12問は「…」についての問題です; 今年の面接では
 *   「…」という質問を全員にする予定; 今年の面接ではズバリ「…」と聞きます): EXAM_QUESTION_TOLD, INTERVIEW_QUESTION_TOLD,
 *   EXAM_QUESTION_NAMED. The standard questions (志望動機, 自己PR) and quizzes stay clean too. Past questions,
 *   practice questions, examples (など, 例えば), the subjects and what the guide publishes stay clean.
 * - A screening's scores with the rejected ones' scores (不採択となった3団体はいずれも50点台, 最高点は…で87点): REJECTED_SCORE, TOP_SCORE.
 *   A pass mark as a rule (60点未満は不合格), a contest's works and a notice of results stay clean.
 * - A negotiation's offers while it goes on (先方の提示は…三千二百万円、市の希望は二千八百万円…明日も交渉; 市からは1人あたり300円…向こうは
 *   500円じゃないと…来週もう一回話し合い; 上限を年1,900万円として協議しています): PARTY_FIGURE, FIGURE_IN_TALKS. A subsidy explained, a
 *   deal concluded and talks with the state or the prefecture on a project's cost stay clean.
 * - A personnel move told before its formal step (4月の人事異動で、観光課長は総務部付となり、後任には…課長補佐が昇任して着任します。辞令
 *   の交付はまだ先ですが): MOVE_TOLD with MOVE_PENDING. A move announced (人事異動を発表しました), a new head arrived and a date of 内示 with
 *   no move stay clean.
 * - An incident's count told while its report and publication are still to come (予防接種の接種間違いが9件ありました。県への報告と公表は
 *   これからですが): INCIDENT_COUNT with INCIDENT_REPORT_AHEAD. A count published, a reminder with no count and an apology stay clean.
 * - JY-037: 「…は公表していませんが、…は募集要項に掲載しています」 points to a published source: no leak (PUBLISHED_SOURCE_POINTED, read in
 *   withheldAsPractice); 公表していませんが with the secret told after it stays a finding.
 */
/** A draft budget named (令和8年度当初予算案, 補正予算案, 新年度予算の概要). */
const DRAFT_BUDGET_NOUN = /予算案|当初予算|新年度予算|来年度予算|予算の(?:概要|規模|全体像)|予算規模/u
/**
 * A release still to come: a day or an hour to come, then a press conference or release to be held or to announce (来週14日の市長定例記者
 * 会見で発表する, 明日10時から…記者発表を行います, 本日15時の会見で公表予定). Past forms (発表しました, 行いました) are not this.
 */
const RELEASE_EVENT = '(?:記者会見|定例会見|臨時会見|会見|記者発表|報道発表|プレスリリース|発表会|記者レク)(?:で|にて|を|が|は|に|の場で)?[^。！？!?\\n]{0,12}?'
const RELEASE_VERB =
  '(?:(?:発表|公表|お披露目|公開|説明)(?:する|します|される|されます|いたします|予定|の予定)|(?:行い|開き|開催し|実施し|予定して(?:い|お))(?:ます|り)|(?:行う|開く|開催する|実施する)(?:予定|ので|ため|こと)|予定(?:です|して|となって|になって)|を控え|に先立)'
const RELEASE_STILL_TO_COME = new RegExp(
  `(?:明日|あす|あした|明後日|あさって|来週|再来週|来月|今週|週明け|今度の|次回の|後日|[0-9]{1,2}日|[0-9]{1,2}時)[^。！？!?\\n]{0,24}?(?:${RELEASE_EVENT}${RELEASE_VERB}|(?:発表|公表|お披露目)(?:する|します|される|されます|いたします|予定|の予定))|(?:本日|今日)[^。！？!?\\n]{0,24}?${RELEASE_EVENT}${RELEASE_VERB}`,
  'u',
)
/** The draft's figures: the general account, the total, the headline project with its sum. */
const DRAFT_BUDGET_FIGURE = new RegExp(
  `(?:一般会計|特別会計|予算総額|総予算|予算額|総額|予算規模|規模|総事業費|事業費|歳出|目玉(?:事業)?)(?:の総額)?(?:は|が|で|も)?[、,]?[^。！？!?\\n]{0,20}?${VALUE}|${VALUE}(?:規模|で過去最|と過去最|の過去最)`,
  'gu',
)
/** A budget released, passed or put on the site already. */
const DRAFT_BUDGET_OUT =
  /(?:発表|公表|公開|掲載)(?:しました|いたしました|しております|しています|されました|済み)|可決|議決され|成立しました|予算書(?:を|は)(?:公開|掲載)/u
/** The figure owned by an earlier year (昨年度の一般会計は…), not the draft's. */
const EARLIER_YEAR_FIGURE = /(?:昨年度|前年度|昨年|前年|去年|過去)(?:の|は|当初)(?!比)/u
/** Blacked-out or withheld parts of a disclosed document, explained by telling what they hold. */
const BLACKED_OUT_TOLD = new RegExp(
  `(?:黒塗り|墨塗り|マスキング|非開示|不開示|黒く塗りつぶ|塗りつぶ|伏せ)(?:に|と)?(?:し|され|いたし)?(?:た|ている|てある|ました)?(?:部分|箇所|個所|ところ|所|項目|情報|内容|数字|金額|理由|もの|の)(?:は|には|の中身は|の内容は|って|[、,]実は)[、,]?[^。！？!?\\n]{0,40}?(?:${VALUE}|[\\p{Script=Han}]{1,4}(?<![皆各長員])(?:さん|様|氏)(?=[のとがは、,(]))`,
  'gu',
)
/** A section's budget request with its amount (4,200万円で要求を出しました, 要求額は4,200万円). */
const REQUEST_AMOUNT = new RegExp(
  `${VALUE}(?:で|を|の)?(?:予算)?要求(?:を出|を提出|を(?:し|行)|し(?:まし|た|て)|中|して|書|ベース|段階|が通|は通|[、。！!])|(?:予算)?要求(?:額|金額|した額|したの)?(?:は|が)[、,]?[^。！？!?\\n]{0,16}?${VALUE}`,
  'gu',
)
/** …inside the city's budgeting (財政課, 査定, 予算編成). */
const REQUEST_INSIDE = /財政課|財政担当|財政当局|財政部|査定|予算編成|予算要求/u
/** …not the state's request nor a budget already put out (概算要求, 予算案を発表, 可決). */
const REQUEST_PUBLIC = /概算要求|国の予算|政府予算|(?:国|政府|県)(?:に|へ)(?:の)?(?:予算)?要求|(?:予算案|予算)(?:を|が)?(?:発表|公表)(?:しました|されました)|可決|議決|成立し|計上されました|決算/u
/** An exam's numbered question told ahead (本番の第12問は「…」についての問題です, 次の検定の問3は…). */
const EXAM_QUESTION_TOLD =
  /(?:本番|今年|今年度|今回|今度|次回|明日|あした|あす|来週|来月|次)の[^。！？!?\n]{0,16}?(?:第[0-9一二三四五六七八九十]{1,3}問|問[0-9一二三四五六七八九十]{1,3}(?![0-9題])|大問[0-9一二三四五六七八九十]{1,2}|最終問題|最後の問題|記述問題|論述問題|論文(?:の)?(?:テーマ|課題))(?:は|って|では|で)[、,]?[^。！？!?\n]{0,40}?(?:「[^」\n]{2,60}」|について|に関する|を問う|から出|の問題)/gu
/** An interview's or an exam's question quoted and said to be asked (今年の面接では「…」という質問を全員にする予定, ズバリ「…」と聞きます). */
const INTERVIEW_QUESTION_TOLD =
  /(?:(?:本番|今年|今年度|今回|今度|次回|明日|あした|あす|来週|来月|次)の[^。！？!?\n]{0,12}?(?:面接|面接試験|口述試験|試験|検定|選考|集団討論|グループ討論|グループディスカッション|討論)|本番)(?:では|で|の質問は|のテーマは|の課題は|のお題は)[、,]?[^。！？!?\n「」]{0,12}?「([^」\n]{2,80})」(?:と|って|という|との|を|について|が)(?:いう|の)?(?:質問|問題|お題|テーマ|課題)?(?:を|が|は)?[^。！？!?\n]{0,12}?(?:聞かれます|聞かれる(?:予定|よ|ので|から)|質問されます|問われます|出題されます|出されます|課されます|聞きます|聞く(?:予定|つもり|そう|ので|から|よ|こと)|尋ねます|お尋ねします|お聞きします|伺います|質問します|質問する(?:予定|つもり|ので)|出題します|出題する(?:予定|ので)|出します|出ます|出る(?:よ|ので|から|予定)|する予定|します|予定です)/gu
/** The standard questions every interview guide names (志望動機, 自己PR): no question of this year's told. */
const STANDARD_QUESTION = /^(?:志望動機|志望理由|自己PR|自己紹介|長所|短所|長所と短所|長所・短所|趣味|特技|趣味・特技|学生時代に力を入れたこと|ガクチカ)$/u
/** The question an exam to come will ask, named and quoted (今年の面接で聞く質問は「…」です). */
const EXAM_QUESTION_NAMED =
  /(?:本番|今年|今年度|今回|今度|次回|明日|あした|あす|来週|来月|次)の[^。！？!?\n]{0,12}?(?:面接|面接試験|口述試験|試験|検定|選考|集団討論|グループ討論|討論)(?:で|では)[、,]?(?:聞く|尋ねる|出す|出題する|使う|する)(?:予定の)?(?:質問|問題|お題|テーマ|設問)(?:は|が)[、,]?「([^」\n]{2,80})」/gu
/** …not a past exam, a practice one, an example or what the guide publishes. */
/** …in a post about an exam (not a quiz series). */
const EXAM_WORD = /試験|検定|テスト|入試|考査|面接|選考|受験|討論/u
const QUIZ_WORD = /クイズ|なぞなぞ|謎解き/u
const EXAM_NOT_AHEAD = /出題範囲|範囲|分野|科目|過去|昨年|去年|例年|前回|練習|例題|サンプル|模擬|過去問|例えば|たとえば|など(?:を|について|の)|募集要項|試験案内|受験案内|ホームページ|市HP|公表|掲載|聞かれ(?:まし|た)|出(?:まし)?た|出題され(?:まし)?た/u
/** A screening's rejected ones with their scores (不採択となった3団体はいずれも50点台でした, 48点で不採用となりました). */
const REJECTED_SCORE =
  /(?:不採択|不採用|落選|選外|不合格|不選定|非選定|選考漏れ|(?:採択|採用|選定)(?:され|に至ら)(?:なかった|ず)|選ばれなかった|落ちた)(?:と|に)?(?:なった|なりました|された|だった|の)?[^。！？!?\n]{0,24}?[0-9一二三四五六七八九十]{1,3}点(?:台|差|でした|だった|で|、|,|と|に|止まり|どまり|しか)|[0-9]{1,3}点(?:台)?(?:で|に(?:とど|止)まり|だった)[^。！？!?\n]{0,12}?(?:不採択|不採用|落選|選外|不合格)(?:と|に)?(?:なり|なった|でした|だった)/gu
/** The top or bottom of a screening named with its score (最高点は沖端の商店会で87点). */
const TOP_SCORE = /(?:最高点|最低点|最下位|トップ|次点|1位|一位)(?:は|が)[、,]?[^。！？!?\n]{1,20}?(?:で|の|が)[0-9]{1,3}点/gu
/** …a screening of applications (審査, 採択, プロポーザル, 補助金), not an exam's results. */
const SCREENING_CONTEXT = /審査|選考|採択|選定|プロポーザル|補助金|助成金|応募/u
/** …in a screening with rejected ones (審査, 選考, 応募; 不採択). */
const SCREENING_REJECTED = /不採択|不採用|落選|選外|不合格|不選定|選考漏れ|(?:採択|採用|選定)(?:され|に至ら)(?:なかった|ず)|選ばれなかった|落ちた/u
/** …not a contest of works (作品, 入賞) nor results the city publishes. */
const SCREENING_PUBLIC = /作品|力作|入賞|入選|受賞|表彰|コンテスト|コンクール|(?:結果|点数|得点)(?:を|は)?(?:ホームページ|市HP)|(?:公表|掲載)(?:しています|しております|しました)/u
/** The other side of a negotiation (先方, 相手方, 向こう, 事業者さん, ホテル側) or the city (市, こちら, うち). */
const PARTY_FIGURE = new RegExp(
  `(?:(?:先方|相手方|相手側|向こう(?:側|さん)?|あちら(?:側|さん)?|事業者(?:さん|側)?|業者(?:さん|側)?|地権者(?:さん)?|所有者(?:さん)?|地主(?:さん)?|オーナー(?:さん|側)?|ホテル側|企業側|会社側|組合側|[\\p{Script=Han}\\p{Script=Katakana}A-Z]{2,8}(?<![皆各長員者民方])(?:さん|側))|(?:市|当市|本市|こちら|うち|当方)(?=の|から|として|側))(?:(?:の|から(?:の)?|側の)(?:ご)?(?:提示|希望|要求|要望|言い値|条件|主張|提案|案|回答|考え)(?:額|金額|価格)?(?:は|が|も|として(?:は)?)|側?から(?:は|も)|として(?:は)?|側?(?:は|が|も))[、,]?[^。！？!?\\n]{0,24}?${VALUE}`,
  'gu',
)
/** …an offer or a demand in the match or after it (提示, 希望, じゃないと, 出してる, 厳しい). */
const OFFER_WORD = /限界|精一杯|まで(?:なら|は)|譲歩|上限|提示|希望|要求|要望|言い値|条件|主張|提案|じゃないと|でないと|でなければ|じゃなきゃ|を求め|求めて|譲ら|出して|出しとる|お願い|厳しい|無理|難しい|欲しい|ほしい|言って|言われ|って感じ/u
/** A figure set as the basis of talks still going on (上限を年1,900万円として協議しています, 月50万円で交渉中). */
const FIGURE_IN_TALKS = new RegExp(
  `${VALUE}(?:程度|前後|以内|以下)?(?:として|で|を軸に|を目安に|を基準に|を前提に|をベースに|を上限に|を下限に)[、,]?[^。！？!?\\n]{0,10}?(?:協議|交渉|折衝|話し合|商談)(?:し|中|を(?:進め|続け|重ね))`,
  'gu',
)
/** Talks still going on (明日も交渉, 差が埋まりません, 来週もう一回話し合い, 協議しています). */
const TALKS_ONGOING =
  /(?:交渉|協議|話し合い|折衝|商談)(?:中|を続け|が続|は続|を重ね|は難航|が難航|は平行線|が平行線|はまだ|がまだ|もがんば|がんば|頑張)|(?:明日|あす|来週|次回|今度|来月|週明け)(?:も|に|は)?(?:もう一(?:回|度))?(?:の)?(?:交渉|協議|話し合い|折衝|商談)|差が(?:なかなか)?埋まら|折り合(?:いが|わ)|平行線|歩み寄|合意(?:には|に)?(?:至って|至ら|まだ)|(?:交渉|協議|折衝|話し合)(?:し|っ)て(?:い|お)(?:ます|る|り)/u
/** …not a deal concluded. */
const TALKS_CONCLUDED = /合意しました|合意いたしました|合意に至りました|締結しました|締結いたしました|契約しました|妥結|決着しました|まとまりました/u
/** …nor talks between public bodies on a project's cost (国と協議, 県との協議). */
const TALKS_PUBLIC_BODY = /(?:国|県|国土交通省|農林水産省|文部科学省|厚生労働省|総務省|環境省|経済産業省|財務省)(?:と|との|へ|に)/u
/** A personnel move told: who goes where, who succeeds (後任には…課長補佐が昇任して着任します, 観光課長は総務部付となり). */
const MOVE_TOLD =
  /(?:後任(?:に)?(?:は|には|として)|(?:次の|新しい|次期|新)[\p{Script=Han}\p{Script=Katakana}ー]{0,6}?(?:課長|部長|局長|次長|所長|館長|室長|係長|園長|校長|教頭|センター長|支所長|教育長)(?:は|には|に|として))[、,]?[^。！？!?\n]{0,30}?(?:課長|部長|局長|次長|所長|館長|室長|係長|補佐|主幹|参事|主査|主任|さん|氏|職員)[^。！？!?\n]{0,10}?(?:昇任|昇格|就任|着任|異動|就く|就き|起用|充て|着く|来られ|来ます|なります|となります|入ります|です|の予定|に決ま|で決ま)|(?:課長|部長|局長|次長|所長|館長|室長|係長|園長|校長|教頭|センター長|支所長|参事|主幹|課長補佐)(?:は|が)[、,]?[^。！？!?\n]{0,20}?(?:付(?:と|に)(?:なり|なる)|(?:へ|に)(?:異動|転出|昇任|昇格|栄転|転任|出向)(?:し|する|します|となり|となります|になります|予定|が決ま)|(?:部長|課長|局長|次長|所長|館長|室長|係長|参事|主幹|副市長|教育長|支所長|センター長|園長|校長|教頭|[\p{Script=Han}]{1,6}(?:課|部|室|局|支所|センター|事務所))(?:に|へ)(?:上が|昇|昇格|昇任|就|移|抜擢|栄転|格上げ)(?:る|り|ります|って|られ|す|します|され)|で退職|を退き|勇退)/gu
/** …while the formal step is still to come (辞令の交付はまだ先, 内示の段階, 正式な発表は来週, ひと足先に). */
const MOVE_PENDING =
  /辞令(?:の交付|交付)?(?:は|が)?[^。！？!?\n]{0,6}?(?:まだ|これから|先|後日|来週|来月|前)|内示(?:前|の段階|段階|はまだ|が出た|を受けた|があった|がありました|が出ました)|発令(?:前|はまだ|はこれから|まで)|(?:正式|公式)(?:な|に)?(?:発表|発令|公表|辞令)(?:は|が|前|まで)|(?:公表|発表)(?:前|はまだ|はこれから|されるまで)|先にお(?:伝え|知らせ)|ひと足先に|一足先に|一足早く|ここだけ|内緒|ないしょ|オフレコ/u
/** …not a move announced or made. */
const MOVE_ANNOUNCED = /(?:人事異動|異動|人事)(?:を|について|が)?(?:発表|公表|発令)(?:しました|いたしました|されました)|辞令(?:を)?交付(?:しました|いたしました)|辞令交付式を(?:行い|行いました)|着任しました|就任しました/u
/** An incident's count (接種間違いが9件, 9件の誤送付). */
const INCIDENT_NOUN =
  '(?:接種(?:間違い|ミス|誤り|事故)|誤接種|取り違え|誤投与|誤配|過払い|二重払い|誤発行|誤記載|間違い|誤り|ミス|事故|誤交付|誤送付|誤送信|誤発送|誤配布|誤支給|誤請求|誤徴収|過大徴収|紛失|漏えい|漏洩|流出|過誤|不適切な(?:事務|処理|取り扱い|取扱い))'
const INCIDENT_COUNT = new RegExp(
  `${INCIDENT_NOUN}(?:が|は)?[、,]?[^。！？!?\\n]{0,8}?[0-9一二三四五六七八九十]{1,4}(?:件|人|名|回|世帯|校|か所)|[0-9一二三四五六七八九十]{1,4}件の${INCIDENT_NOUN}`,
  'gu',
)
/** …while its report and publication are still to come (県への報告と公表はこれから, 公表前, まだ公表していない). */
const INCIDENT_REPORT_AHEAD =
  /(?:報告|公表)(?:と(?:公表|報告))?(?:は|が|も)?(?:まだ|これから|今後)|(?:公表|報告)(?:は|が)?[^。！？!?\n]{0,8}?(?:予定|来週|来月|後日)|(?:公表|発表|報告)前|まだ(?:公表|発表|報告)(?:して|され)(?:い)?(?:ない|ません)/u
/** …not an incident the city announces or apologises for now. */
const INCIDENT_ANNOUNCED = /(?:公表|発表)(?:します|いたします|しました|いたしました|しています|しております)|お詫び|おわび|申し訳|ご迷惑/u
/**
 * JY-037: what the city keeps back, then where what it does publish can be read (試験問題そのものは公表していませんが、出題分野と配点は募集要項に
 * 掲載しています): the practice stated, no leak. The source must be said published in a finished form (掲載しています, ご覧いただけます); a
 * quotation or a figure after it still tells something.
 */
const PUBLISHED_SOURCE_POINTED =
  /^[、,\s]*[^。！？!?\n「『]{0,30}?(?:募集要項|要項|要綱|試験案内|受験案内|案内(?:文|書)|ホームページ|ウェブサイト|公式サイト|サイト|市HP|広報(?:紙|誌)?|市報|パンフレット|リーフレット|チラシ|公告|告示)(?:に|で|から|へ|の中で)(?:も)?(?:(?:掲載|公開|公表|記載|明記|お示し)(?:して|され|いたして)(?:い|お)(?:ます|る|り)|(?:掲載|公開|公表|記載|明記)(?:しました|済み)|ご確認(?:いただけ|ください)|ご覧(?:いただけ|ください|になれ)|載せて(?:い|あ|お)(?:ます|る|り))/u
function pointedToPublished(rest: string): boolean {
  return PUBLISHED_SOURCE_POINTED.test(rest)
}

const CONF57 = new ParagraphGate([
  DRAFT_BUDGET_NOUN, RELEASE_STILL_TO_COME, DRAFT_BUDGET_FIGURE, DRAFT_BUDGET_OUT, BLACKED_OUT_TOLD, REQUEST_AMOUNT, REQUEST_INSIDE, REQUEST_PUBLIC,
  EXAM_QUESTION_TOLD, INTERVIEW_QUESTION_TOLD, EXAM_QUESTION_NAMED, EXAM_WORD, QUIZ_WORD, REJECTED_SCORE, TOP_SCORE, SCREENING_CONTEXT, SCREENING_REJECTED, SCREENING_PUBLIC, PARTY_FIGURE, FIGURE_IN_TALKS,
  TALKS_ONGOING, TALKS_CONCLUDED, MOVE_TOLD, MOVE_PENDING, MOVE_ANNOUNCED, INCIDENT_COUNT, INCIDENT_REPORT_AHEAD, INCIDENT_ANNOUNCED,
])

interface Conf57Context {
  input: RuleInput
  t: string
  spans: Span[]
  notAware: (m: RegExpExecArray) => boolean
  aware: (slice: string) => boolean
  once: (keep: (m: RegExpExecArray) => boolean) => (m: RegExpExecArray) => boolean
  futureRelease: boolean
}

/** The conf57 kinds (see the comment above DRAFT_BUDGET_NOUN), run after the family's other readings so theirs keep their span. */
function runConf57({ input, t, spans, notAware, aware, once, futureRelease }: Conf57Context): void {
  const { doc, emit } = input
  const q = CONF57.scan(t)
  const sentence = (m: RegExpExecArray): Span => sentenceAround(t, m.index, m.index + m[0].length)
  // A draft budget's figures while its release is still to come.
  if (q.has(DRAFT_BUDGET_NOUN) && q.has(RELEASE_STILL_TO_COME) && !q.has(DRAFT_BUDGET_OUT)) {
    emitAll(q, doc, t, DRAFT_BUDGET_FIGURE, 'confidential/pre-release', emit, spans, once((m) => {
      const here = sentence(m)
      return notAware(m) && !EARLIER_YEAR_FIGURE.test(t.slice(here.start, m.index + m[0].length))
    }))
  }
  // The release named for later in wordings FUTURE_RELEASE misses, then told first (…市長定例記者会見で発表する…、ひと足先に…).
  if (!futureRelease && q.has(RELEASE_STILL_TO_COME)) {
    emitAll(q, doc, t, PEEK, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && PEEK_CONTENT.test(t.slice(m.index + m[0].length, m.index + m[0].length + 60))))
  }
  // Withheld parts of a disclosed document, told.
  emitAll(q, doc, t, BLACKED_OUT_TOLD, 'confidential/staff-only', emit, spans, once(notAware))
  // A section's budget request amount inside the budgeting.
  if (q.has(REQUEST_INSIDE) && !q.has(REQUEST_PUBLIC)) emitAll(q, doc, t, REQUEST_AMOUNT, 'confidential/budget', emit, spans, once(notAware))
  // An exam's or an interview's question told ahead.
  const examKeep = once((m) => {
    const here = sentence(m)
    return notAware(m) && !EXAM_NOT_AHEAD.test(t.slice(here.start, here.end))
  })
  if (q.has(EXAM_WORD) && !q.has(QUIZ_WORD)) {
    emitAll(q, doc, t, EXAM_QUESTION_TOLD, 'confidential/pre-release', emit, spans, examKeep)
    emitAll(q, doc, t, INTERVIEW_QUESTION_TOLD, 'confidential/pre-release', emit, spans, (m) => !STANDARD_QUESTION.test(m[1] ?? '') && examKeep(m))
    emitAll(q, doc, t, EXAM_QUESTION_NAMED, 'confidential/pre-release', emit, spans, (m) => !STANDARD_QUESTION.test(m[1] ?? '') && examKeep(m))
  }
  // A screening's scores with the rejected ones'.
  if (q.has(SCREENING_REJECTED) && !q.has(SCREENING_PUBLIC)) {
    const scoreKeep = once(notAware)
    emitAll(q, doc, t, REJECTED_SCORE, 'confidential/pre-release', emit, spans, scoreKeep)
    if (q.has(SCREENING_CONTEXT)) emitAll(q, doc, t, TOP_SCORE, 'confidential/pre-release', emit, spans, scoreKeep)
  }
  // A negotiation's offers while it goes on.
  if (q.has(TALKS_ONGOING) && !q.has(TALKS_CONCLUDED)) {
    emitAll(q, doc, t, PARTY_FIGURE, 'confidential/negotiation', emit, spans, once((m) => {
      const here = sentence(m)
      return notAware(m) && OFFER_WORD.test(t.slice(m.index, Math.min(here.end, m.index + m[0].length + 16)))
    }))
    emitAll(q, doc, t, FIGURE_IN_TALKS, 'confidential/negotiation', emit, spans, once((m) => {
      const here = sentence(m)
      return notAware(m) && !TALKS_PUBLIC_BODY.test(t.slice(here.start, here.end))
    }))
  }
  // A personnel move before its formal step.
  if (q.has(MOVE_PENDING) && !q.has(MOVE_ANNOUNCED)) emitAll(q, doc, t, MOVE_TOLD, 'confidential/personnel', emit, spans, once(notAware))
  // An incident's count before its report and publication.
  if (q.has(INCIDENT_REPORT_AHEAD) && !q.has(INCIDENT_ANNOUNCED)) {
    emitAll(q, doc, t, INCIDENT_COUNT, 'confidential/incident', emit, spans, once((m) => {
      const here = sentence(m)
      const next = here.end < t.length ? sentenceAround(t, here.end, here.end) : here
      return notAware(m) && !aware(t.slice(here.start, next.end)) && INCIDENT_REPORT_AHEAD.test(t.slice(here.start, Math.max(here.end, next.end)))
    }))
  }
}

/*
 * ── conf58 (blind R317C-001/009/011/012/013/016/018/023/024/031/033/034/038/039/040/044/045/046/053/054/059, R320M-053) ──
 * 'Things staff leak in good faith': an internal, not-yet-public matter (a process still running or an internal paper) told with its
 * concrete value, in an ordinary sentence. Each kind is read as Japanese says it in general; its public counterpart stays clean.
 * - Bids received while the tender is still open (封筒が2通しか届いていません, 入札書は今のところ3社から, 入札は2社だけ): BID_RECEIVED
 *   with BID_OPEN58. A result published, a past tender and the rules of submission stay clean.
 * - A survey's or a tally's figures told ahead of its report (報告書がまとまるのは3月ですが、ひと足早くお届けします): AHEAD58 with
 *   REPORT_LATER and a figure. A report published and a notice to wait stay clean.
 * - A section's budget request and the finance office's assessment with their sums (2億1,400万円を財政課に要求しました; 要求した1億4,000万円の
 *   うち、ついたのは9,000万円): REQUEST_TO_FINANCE, ASSESSED_FIGURE. A budget announced, passed or published stays clean.
 * - An exam's pass mark told before the results are announced (採点が終わりました。教養試験は62点以上の方が2次試験に進みます。合格発表は…):
 *   PASS_LINE. A pass mark as a published rule (検定は70点以上で合格), results announced stay clean.
 * - The result of labour talks before it is published (期末手当の上乗せは0.05月分…で合意しています。組合ニュースが配られる前ですが):
 *   UNION_AGREED. A bill put to the council, a pay revision published stay clean.
 * - A negotiation's offers while it goes on, in the wordings conf57's TALKS_ONGOING misses (条件をつめているところ…3回目の面談) and a price
 *   moved (最初は坪22万円…いまは坪18万5千円まで歩み寄って): PARTY_FIGURE with TALKS_ONGOING58, PRICE_MOVED. A deal concluded, a listing's price
 *   lowered and a fee at an event stay clean.
 * - A drill's scenario kept from staff, told (職員には想定を知らせない形で…震度6弱、本庁舎東棟3階から出火、という想定): DRILL_SCENARIO with
 *   BLIND_DRILL. A public drill's time and siren, a drill done and a definition stay clean.
 * - A plan decided inside while those it affects are still to be told (地権者の皆さんへの説明会がまだなので…斜めに抜ける線で決まっています):
 *   AFFECTED_NOT_TOLD then DECIDED58. A briefing announced with nothing told, and a plan published stay clean.
 * - An exam's content told by one who set it, or a past question said to be set again (作問を手伝った立場から…択一は地方自治法から15問;
 *   去年の第3問は数字を変えて再び出しています): EXAM_SETTER with EXAM_CONTENT58, REUSED_QUESTION. Past papers and published scopes stay clean.
 * - Quotes taken from competing vendors, with their sums, before the contract (3社から見積もりをいただき、いちばん安かったのは…382万8千円):
 *   QUOTE_FIGURE with QUOTES_TAKEN. A contract concluded or a bid result published stays clean.
 * - An exam part's theme given with the theme before the word (論文は「…」をテーマに…出題します; 作文は「…」がテーマです): EXAM_THEME_GIVEN58,
 *   read with the family's EXAM_TO_COME (and 今のうちに, 練習して). Past themes and prep classes stay clean.
 * - Personnel moves to come, counted or by post (4月の異動、今年は課長級で11人が動きます; 観光課と…は課長が両方とも入れ替わります):
 *   MOVES_AHEAD. Moves announced (人事異動を発表しました) and a move made stay clean.
 * - The estimated price of a tender still to be opened (目安として税抜き2,740万円前後で積算しています): BID_ESTIMATE58. A price published
 *   beforehand (事前公表) and a result stay clean.
 * - How many staff of a unit are off sick (私の部だけでも…休職している職員が6人): SICK_LEAVE_COUNT. A city-wide figure published stays clean.
 * - A settlement sum offered in a lawsuit still going on (解決金を320万円とする市の案を…代理人にお示ししました): SETTLEMENT_OFFER. A settlement
 *   reached, a bill for it and the claim stay clean.
 * - A selection's scores of the applicants before publication (現在の管理者が72点、新たに応募された事業者が81点): APPLICANT_SCORES. Scores
 *   published and a contest's results stay clean.
 * - Designated bidders named before the opening (…建設株式会社、…の3社を指名いたしました): BIDDERS_DESIGNATED. A result stays clean.
 * - A decision in the mayor's voice after the release is said to come later (報道発表は来週になりますが、…跡地に建設することにいたしました):
 *   RELEASE_LATER with DECIDED_CLAUSE. A figure to be reported to the council first, told ahead (12月議会の委員会でご報告する数字ですが、
 *   皆さまにはひと足早くお伝えします): REPORTED_LATER_FIGURE.
 * Review (rvconf): AHEAD_TOLD58 needs its verb in every alternative (a bare いち早く told nothing); a promise to tell once ready (まとまり次第
 * いち早く), a drill's hazard alone, a briefing's own date or a work's start, a briefing announced, an exam sat, a question said not to come
 * again, consumer advice on quotes and settlements, a citizens' test or an exam guide, others' wage talks, moves from the press release and a
 * selection published stay clean. Outside this block: one's own 内示 (ownNaijiEvent), a formal penalty the city imposed (FORMAL_DISCIPLINE),
 * a 予定価格 said 事前公表 in the paragraph and a call for bidders (【入札参加者募集】).
 */
/** Told ahead: ひと足早くお届けします, いちばんに見てほしくて, 先行してお伝えします. */
const AHEAD58 =
  /(?:一足|ひと足|ひとあし)(?:早く|先に|お先に|はやく)|いち早く|先行して|先んじて|いちばんに|一番に|真っ先に|誰よりも早く/u
const AHEAD_TOLD58 = new RegExp(
  `(?:${AHEAD58.source})[^。！？!?\\n]{0,14}?(?:お届け|届け|お伝え|伝え|お知らせ|お見せ|見せ|見てほし|見ていただき|ご報告|ご紹介|紹介|公開|載せ)`,
  'gu',
)
/** A report or a result still to be put together or released (報告書がまとまるのは3月, 正式な結果が出るのは来月, 報告書の公表は3月の予定). */
const REPORT_LATER =
  /(?:報告書|調査結果|集計結果|結果|正式な?(?:結果|数字|数値)|確定値|確定版|最終報告|取りまとめ|とりまとめ)(?:の(?:公表|発表|公開|完成))?(?:が|は)[、,]?[^。！？!?\n]{0,8}?(?:(?:まとまる|出る|出そろう|出揃う|公表される|発表される|公開される|完成する|できあがる|確定する)(?:の)?(?:は|が)[、,]?[^。！？!?\n]{0,10}?(?:[0-9]{1,2}月|来月|来週|年度末|年明け|来年|先)|(?:[0-9]{1,2}月|来月|年度末|年明け)[^。！？!?\n]{0,6}?(?:の予定|予定|になり|にな|ごろ|頃))/u
const SURVEY_WORD = /調査|アンケート|集計|統計|診断|検査|測定|点検/u
const SURVEY_FIGURE = /[0-9][0-9.,]*(?:%|％|ポイント|人|件|世帯|円|倍|割|点)/u
/**
 * Review of conf58 (rvconf): told ahead only once the report is ready (まとまり次第いち早くお届けします, 結果が出たら真っ先にお知らせします) is a
 * promise of the release, nothing told before it.
 */
const ONCE_READY58 = /(?:次第|(?:出|まとまっ|まとまり|でき|そろっ|揃っ|確定し|公表され|発表され|届い|入っ)(?:たら|ましたら)|(?:公表|発表|公開)(?:後|の後|され次第))[、,]?\s?$/u
const SURVEY_OUT = /(?:公表|公開|発表|掲載)(?:しました|いたしました|して(?:い|お)(?:ます|ります)|済み)|ホームページ|市HP|速報(?:版|値)?を(?:公表|公開|掲載)/u

/** Bids or proposals received, counted, while the tender is still open (封筒が2通しか届いていません, 3社から入札書が届いています, 入札は今のところ2社だけ). */
const BID_PAPERS58 = '(?:入札書|封筒|応札|企画提案書|提案書|参加申請書?|参加申込書?|見積書|応募|(?<![入落応])札)'
const BID_RECEIVED = new RegExp(
  `${BID_PAPERS58}(?:に|へ)?(?:が|は|も)[、,]?(?:今のところ|いまのところ|現時点で|現在|今日時点で|今日までに|まだ|すでに)?[、,]?(?:わずか|たった|まだ)?[0-9一二三四五六七八九十]{1,3}(?:通|件|社|者|枚|部)(?:から)?(?:も|しか|だけ|ほど|のみ)?[、,]?(?:届|来て|来と|集ま|入っ|提出され|寄せられ|ありませ|です|でした|となって)` +
    `|[0-9一二三四五六七八九十]{1,3}(?:社|者|業者)(?:しか|だけ|のみ)?(?:から)?(?:の)?${BID_PAPERS58}(?:が|しか|は)?[、,]?(?:届|来て|来と|集ま|入っ|提出され)` +
    `|入札(?:に|へ)?(?:は|も|が)[、,]?(?:今のところ|いまのところ|現時点で|現在|まだ)?[、,]?(?:わずか|たった)?[0-9一二三四五六七八九十]{1,2}(?:社|者|業者)(?:しか|だけ|のみ)`,
  'gu',
)
const BID_CONTEXT58 = /入札|開札|応札|プロポーザル|指名競争|一般競争|競争参加|見積合わせ|見積り合わせ/u
const BID_OPEN58 =
  /締(?:め)?切(?:り)?(?:日)?(?:まで|は)(?:あと|まだ|残り)|あと[0-9一二三四五六七八九十]{1,2}日|まだ間に合|受付(?:期間)?中|公告中|(?:来週|明日|あす|来月|[0-9]{1,2}日)の?開札|開札(?:は|が)?(?:まだ|これから|来週|明日|[0-9]{1,2}日)|今のところ|いまのところ|現時点で|お待ちしています|お待ちしております/u
const BID_OVER58 = /落札|開札結果|入札結果|開札しました|契約(?:を)?締結|昨年|前年|前回|過去|例年|公表し|公表され|ホームページ|市HP/u

/** A section's budget request to the finance office with its sum (2億1,400万円を財政課に要求しました). */
const VALUE58 = `(?:[0-9][0-9,.]{0,12}億[0-9,]{1,8}万[0-9,]{0,8}円?|${VALUE})`
const REQUEST_TO_FINANCE = new RegExp(
  `${VALUE58}(?:を|で)[、,]?[^。！？!?\\n、,]{0,10}?(?:財政課|財政担当|財政当局|財政部|財政|市長査定)(?:に|へ)(?:予算)?(?:要求|要望)(?:しました|した|して(?:い|お)|しとる|を(?:出|提出|し))`,
  'gu',
)
/** What the assessment left of a request (要求した1億4,000万円のうち、ついたのは9,000万円; 認められたのは半分の3千万円). */
const ASSESSED_FIGURE = new RegExp(
  `要求(?:した|していた|しとった|額の?)[^。！？!?\\n]{0,4}?${VALUE}(?:の)?(?:うち|に対して|に対し|から|が)[、,]?[^。！？!?\\n]{0,16}?(?:つい|付い|認められ|通っ|残っ|査定され|削られ|計上され|減らされ|カットされ)` +
    `|(?:つい|付い|認められ|通っ|残っ|計上され)たの(?:は|が)[、,]?[^。！？!?\\n]{0,10}?${VALUE}` +
    `|(?:財政課|財政担当|財政当局|財政)(?:に|へ)(?:出した|提出した|上げた)(?:予算)?要求(?:額)?(?:は|が)[、,]?[^。！？!?\\n]{0,10}?${VALUE}` +
    `|査定(?:で|では|の結果)[、,]?[^。！？!?\\n]{0,16}?${VALUE}(?:に|まで)(?:減|削|圧縮|カット|抑え|減額)`,
  'gu',
)
const BUDGET_INSIDE58 = /財政課|財政担当|財政当局|財政部|査定|予算編成|予算要求/u
const BUDGET_OUT58 = /概算要求|国の予算|政府予算|(?:国|政府|県)(?:に|へ)(?:の)?(?:予算)?(?:要求|要望)|(?:発表|公表)(?:した|しました|いたしました|されました|済み)|可決|議決|成立し|予算書|ホームページ|市HP|決算/u

/** An exam's pass mark (62点以上の方が2次試験に進みます; 合格ラインは62点; ボーダーは58点). */
const PASS_LINE =
  /[0-9]{1,3}点(?:以上|を超え(?:た|る)|超え)(?:の)?(?:方|人|者|受験者|皆さん|皆さま)?(?:が|は|で)[、,]?[^。！？!?\n]{0,16}?(?:合格(?:です|となり|になり|とな|にな|し)|通過(?:です|し|とな)|突破|(?:次の?|[0-9一二三]次)(?:試験|選考|面接|審査)?に進|進みます|進めます|進むこと)|(?:合格|通過)(?:ライン|ボーダー|基準点|最低点)(?:は|が)[、,]?[^。！？!?\n]{0,8}?[0-9]{1,3}点|(?:ボーダー(?:ライン)?|足切り(?:ライン|点)?)(?:は|が)[、,]?[^。！？!?\n]{0,8}?[0-9]{1,3}点|[0-9]{1,3}点(?:が|で)[、,]?(?:合格|通過)?(?:ライン|ボーダー|合格最低点|最低点|基準点)/gu
const EXAM_SCORED = /(?:採点|集計|審査)(?:が|を|は|も)?[、,]?(?:すべて|全て|ようやく)?(?:終わ|終え|済み|済ませ|完了)/u
const CITY_EXAM_NOW = /(?:今年|今回|今年度|本年度)の[^。！？!?\n]{0,8}?(?:職員採用|採用試験|昇任試験|昇格試験|[一二1-2]次試験|第[一二1-2]次)/u
const PASS_PENDING =
  /合格(?:者)?(?:の)?発表(?:は|が)(?![^。！？!?\n]{0,12}?(?:終わ|済み|行いました|しました|いたしました))|(?:合格|結果)(?:発表|通知|公表)?(?:の)?(?:前|まで|はまだ|はこれから)|結果(?:の)?(?:通知|発表|公表|お知らせ)(?:は|が)[^。！？!?\n]{0,16}?(?:予定|来週|後日|曜|日)|お待ちください/u
/**
 * Review of conf58 (rvconf): a pass mark told after the marking is the city's secret only for a staff exam (採用, 昇任, 一次試験); a citizens'
 * test states its pass mark as a standing rule (柳川検定の採点が終わりました。…なお、70点以上で合格です).
 */
const STAFF_EXAM58 = /採用|昇任|昇格|昇進|係長試験|主任試験|管理職試験|[一二1-2１２]次(?:試験|選考)?|教養試験|専門試験|職員/u
/** …and the exam's published guide stating its pass mark (今年の職員採用試験の案内です。…60点以上の方が2次試験に進みます). */
const EXAM_GUIDE58 = /試験(?:の)?案内|受験案内|募集案内|募集要項|実施要領|実施要綱|試験要綱|(?:試験|採用)[^。！？!?\n]{0,10}?の案内です/u
const PASS_PUBLIC = /合格(?:者)?(?:を)?発表(?:しました|いたしました)|合格者(?:の)?(?:受験番号)?を(?:掲載|公表)|満点の/u

/** Labour talks (職員組合との交渉, 労使交渉, 団体交渉). */
const UNION_TALKS = /職員組合|労働組合|労組|職員団体|労使(?:交渉|協議)|団体交渉|団交|賃金交渉|確定闘争|春闘|組合(?:と|との)[^。！？!?\n]{0,10}?(?:交渉|協議|話し合い)(?=[^\n]{0,80}?(?:手当|給与|給料|賃金|時給|月給|ボーナス|一時金|勤務|時間外|休暇))/u
/** …a figure settled or offered in them (上乗せは0.05月分, 1,080円から1,120円に上げることで合意). */
const UNION_AGREED = new RegExp(
  `(?:[0-9.]+(?:か|ヶ|カ)?月分|${VALUE}|[0-9.]+(?:%|％|パーセント|時間|日|人|名)|[0-9]+号給)[^。！？!?\\n]{0,40}?(?:ことで|ことに|線で|内容で|で)?(?:合意|妥結|決着|まとま(?:り|っ)|折り合|回答(?:が|を)?(?:あ|得|いただ|し)|提示(?:し|され|が|を))`,
  'gu',
)
const UNION_OUT = /市内企業|民間|全国|県内|国内|企業の|商工会議所|連合|経団連|調べ|集計|人事院|人事委員会|議会|条例|議案|可決|公表し|発表し|ホームページ|市HP|広報/u

/** Talks still going on, in wordings conf57's TALKS_ONGOING misses (条件をつめているところ, 3回目の面談, もうひと踏ん張り). */
const TALKS_ONGOING58 =
  /(?:条件|価格|金額|単価|細部|詳細|中身|契約内容)(?:を|の)?(?:つめ|詰め)(?:て(?:いる|います|おり|る|いき|いく)|の段階|ている最中)|(?:つめ|詰め)ている(?:ところ|最中|段階)|[0-9一二三四五六七八九十]+回目の(?:面談|協議|交渉|話し合い|打ち合わせ|打合せ|商談)|(?:面談|協議|交渉|話し合い|商談)を(?:重ね|続け)|もう(?:ひと|一)(?:踏ん張り|押し|息)|あと(?:ひと|一)(?:踏ん張り|押し|息)|年内に(?:は)?(?:まとめ|合意)|まとめられるよう|まとめたい|合意を目指|(?:お返事|回答|返答|返事)(?:が|を)(?:ありました|あった|いただき|いただいた|もらい|もらった)/u
const TALKS_PARTY58 = /先方|相手方|相手側|地権者|所有者|地主|用地|買収|買い取り|買取|借地|土地|企業|メーカー|事業者|社長|会社|オーナー|交渉|協議|面談/u
const OFFER_WORD58 = /どうか|いかが|お返事|返事|回答|打診|提示|希望|要求|要望|条件|提案|主張|限界|上限/u
/** A price moved in the talks (最初は坪22万円とのお話でしたが、いまは坪18万5千円まで歩み寄って). */
const PRICE_MOVED = new RegExp(
  `(?:最初|当初|はじめ|初め)(?:は|の(?:ご)?(?:提示|希望|お話)(?:は)?)[、,]?[^。！？!?\\n]{0,16}?${VALUE}[^。！？!?\\n]{0,30}?${VALUE}(?:まで|に)[、,]?[^。！？!?\\n]{0,6}?(?:歩み寄|下が|下げ|譲歩|値下げ|上が|引き上げ|縮ま|近づ|近付)` +
    `|${VALUE}(?:まで|に)(?:歩み寄|譲歩し|折れ)(?:って|り|ってい|ていただ|いただ|てくださ|てもら)`,
  'gu',
)
const TALKS_DONE58 = /合意しました|合意いたしました|合意に至りました|締結|契約しました|契約を結び|妥結|決着しました|まとまりました|議決|可決|取得しました|購入しました/u
/** …with the other side of a land deal or a negotiation (地権者, 所有者, 先方). */
const NEG_PARTY58 = /先方|相手方|相手側|地権者|所有者|地主|持ち主|用地|買収|買い取り|買取|借地|オーナー|売り手|交渉|協議|面談/u
const PRICE_LISTED58 = /空き家バンク|物件|売り出|内覧|販売価格|分譲|売地|売家|購入希望|入居|出店料|出展料|参加費|利用料|使用料/u

/** A drill held without telling staff its scenario (職員には想定を知らせない形で, ブラインド型訓練, 抜き打ちで). */
const BLIND_DRILL =
  /(?:想定|シナリオ|訓練内容|発生時刻|発災時刻|内容|日時)(?:を|は)[、,]?(?:職員|参加者|参加職員|対象者|受講者|各課|現場|当日まで)?(?:に(?:は|も)?)?[、,]?(?:事前に|あらかじめ|前もって)?(?:知らせ|伝え|明かさ|示さ|教え|お知らせし|公表し)(?:ない|ず|ません)|ブラインド(?:型|方式)?(?:の)?訓練|シナリオ非提示|抜き打ち(?:の|で)?(?:訓練|形|で(?:行|実施|やり))/u
/** …and its scenario told (午前10時12分に震度6弱、本庁舎東棟3階から出火、という想定). */
const DRILL_SCENARIO =
  /(?:震度[0-9一二三四五六七]|出火|火災(?:が)?発生|地震(?:が)?発生|津波|浸水|停電|けが人|負傷者|不審者|爆発)[^。！？!?\n]{0,30}?(?:という|との)?(?:想定|シナリオ)|(?:想定|シナリオ)(?:は|で(?:は)?)[、,]?[^。！？!?\n]{0,30}?(?:震度|出火|発生|[0-9]{1,2}時|[0-9]{1,2}分)/gu
/**
 * Review of conf58 (rvconf): the scenario kept from staff is its details, a time or a place (午後2時に…, 本庁舎2階の給湯室から出火); the hazard
 * alone (震度6強の地震を想定した訓練です) is what every drill notice says.
 */
const DRILL_DETAIL58 = /[0-9０-９]{1,2}時|[0-9０-９]{1,2}分|午前|午後|正午|[0-9０-９一二三四五六七八九]階|から出火|付近|給湯室|[室棟館]から|号館/u
const DRILL_TO_COME = /実施します|行います|予定|来月|来週|準備を進め|準備して/u
const DRILL_EXAMPLE = /例えば|たとえば|など|といった|のような/u

/** Those a plan affects not yet told (地権者の皆さんへの説明会がまだなので, 地元への説明前ですが). */
const AFFECTED_NOT_TOLD =
  /(?:地権者|地元|住民|権利者|所有者|自治会|町内会|区長|関係者|関係地区|沿線)(?:さん|様|の(?:皆さん|皆様|皆さま|方々|方))?(?:へ|に|への|に対する|向けの)?(?:の)?(?:説明(?:会)?|ご説明)(?:が|は|も)?[、,]?(?:まだ|これから|済んでいない|済んでいません|終わっていない|前)/gu
/** …then the plan told as decided (…斜めに抜ける線で決まっています). */
const DECIDED58 =
  /(?:で|に|と)(?:決ま|固ま)(?:って(?:い|お)|りました|った|っとる)|ことに(?:決ま|決定|な)(?:って|りました|った)|決定して(?:い|お)|確定して(?:い|お)|(?:ルート|路線|線形|建設地|建設場所|候補地|予定地|移転先|場所|区域|対象(?:地|地区|区域|世帯|者)?)(?:(?:に|と)なる(?:の)?)?(?:は|が)[、,]?[^。！？!?\n]{1,30}?(?:です|になります|となります|になる予定|となる予定|の予定です)/u
/**
 * Review of conf58 (rvconf): what is settled is the briefing itself or a work's start (説明会の日程は6月15日に決まりました, 工事は12月に始まる
 * ことになりました), or the briefing is announced to the affected in the post (来月から順次開催します, 引き続き開催します) with no site, route
 * or purchase in it: a notice, nothing decided over their heads.
 */
const BRIEFING_ITSELF58 = /(?:説明会|会議|会)(?:の)?(?:日程|日時|開催日|会場|場所)|(?:日程|日時|開催日|会場)(?:は|が|も)/u
const WORK_START58 = /(?:[0-9０-９]{1,2}月|来月|来年|来年度|年明け|[0-9０-９]{1,2}日)[^。！？!?\n]{0,10}?(?:から|に|より)?[、,]?[^。！？!?\n]{0,4}?(?:始ま|開始|着工|着手|再開|完了|終わ|開通|供用)/u
const BRIEFING_HELD58 = /(?:説明会|説明)(?:を|は|も)?[^。！？!?\n]{0,16}?(?:開催(?:します|いたします|を予定|予定)|行います|開きます|実施します)|(?:順次|引き続き|改めて)(?:開催|実施|ご説明)/u
const PLAN_CHOICE58 = /ルート|路線|線形|建設地|建設場所|候補地|予定地|移転先|跡地|買収|換地|用地|方針|[0-9０-９一二三四五六七八九十]+(?:軒|世帯|戸|筆)/u
const PLAN_OUT58 = /公表|発表し|ホームページ|市HP|都市計画決定|告示|縦覧|説明会(?:で|にて)[^。！？!?\n]{0,10}?(?:お示し|ご説明|説明)(?:します|いたします|する予定)/u

/** One who set or marks an exam (作問を手伝った立場から, 問題作成を担当していて). */
const EXAM_SETTER = /(?:作問|出題|問題作成|試験問題(?:の)?作成|採点)(?:を|に)(?:手伝|担当|関わ|かかわ|携わ|協力|参加)|(?:作問|出題|試験|問題作成)委員(?:を|に|として|の一人)/u
/** …and the exam's content told (今年の択一は地方自治法から15問). */
const EXAM_CONTENT58 =
  /(?:今年|今年度|今回|本番|次回|次)の[^。！？!?\n]{0,10}?(?:択一|筆記|問題|試験|出題|記述|論文)[^。！？!?\n]{0,10}?(?:は|では)[、,]?[^。！？!?\n]{0,24}?(?:から|より)?[0-9一二三四五六七八九十]{1,3}問/gu
/** A past question said to be set again (去年の第3問と第7問は、数字を変えて再び出しています). */
const REUSED_QUESTION =
  /(?:去年|昨年|前回|過去|昨年度|前年度)の[^。！？!?\n]{0,16}?(?:第?[0-9一二三四五六七八九十]{1,3}問|問題|設問)[^。！？!?\n]{0,24}?(?:再び|また|もう一度|そのまま|再度|再)(?:出して|出し(?:ます|てい)|出題し(?:ます|てい)|出します|出ます|出る)/gu

/** …in a post about an exam to come (今年の, 受ける皆さん). */
const EXAM_AHEAD58 = /今年|今年度|今回|本番|次回|受ける|受けられる|受験する|受験される|臨む|臨まれる/u
/** Quotes taken from competing vendors (3社から見積もりをいただき). */
const QUOTES_TAKEN = /(?:[0-9一二三四五六七八九十]+社|複数(?:の)?(?:社|業者|事業者|会社))(?:から|に)[、,]?(?:見積(?:もり|り)?|見積書|お見積り)(?:を)?(?:いただき|いただい|取り|取っ|徴(?:し|取)|もらい|もらっ|依頼し|お願いし|出して)|(?:見積(?:もり|り)?|見積書|お見積り)(?:を)?[、,]?(?:[0-9一二三四五六七八九十]+社|複数(?:の)?(?:社|業者|事業者|会社))(?:から|に)[、,]?(?:いただき|いただい|頂き|頂い|取り|取っ|徴(?:し|取)|もらい|もらっ|依頼し|お願いし|出して)/u
/** …with their sums (いちばん安かったのは税込み382万8千円, ほかの2社は450万円台). */
/** A vendor named with its quote (有明管工さん, 筑後テクノ様, 株式会社みずほ設備:). */
const QUOTE_VENDOR59 = '(?:(?:株式会社|有限会社)?[\\p{Script=Han}\\p{Script=Katakana}\\p{Script=Hiragana}ー]{2,10}?(?:さん|様|社|株式会社|\\(株\\))(?:は|が|:)?[、,]?(?:約|税込み?|税抜き?)?)'
const QUOTE_FIGURE = new RegExp(
  `(?:いちばん|一番|最も|もっとも)(?:安かった|安い|低かった|高かった|高い)(?:の|ところ|業者|会社|社)?(?:は|が)[、,]?[^。！？!?\\n]{0,16}?${VALUE}|(?:ほか|他|残り|その他)の[0-9一二三四五六七八九十]社(?:は|が|も)[、,]?[^。！？!?\\n]{0,10}?${VALUE}|見積(?:もり|り)?(?:額|金額)?(?:は|が)[、,]?[^。！？!?\\n]{0,10}?${VALUE}|(?:[A-Z]社|[0-9]社目)(?:が|は|の見積(?:もり|り)?(?:は|が))[、,]?(?:約|税込み?|税抜き?)?${VALUE}` +
    // Blind R321C-013 kind (conf59): the vendors named one by one with their sums (有明管工さん295万円、筑後テクノさん318万円).
    `|${QUOTE_VENDOR59}${VALUE58}[、,・/]\\s?${QUOTE_VENDOR59}${VALUE58}`,
  'gu',
)
const CONTRACT_AHEAD58 = /契約(?:の)?(?:手続き|手続|準備)(?:に入|を進め|を始め)|(?:来週|来月|これから|今後)[^。！？!?\n]{0,6}?契約|契約(?:前|予定|はまだ|はこれから)|契約(?:は|を)[^。！？!?\n]{0,8}?(?:予定|来週|来月|これから|今後)|発注(?:予定|前)|(?:業者|会社|事業者|どこ)(?:を|に)?(?:決め(?:る|ます)|選び(?:ます)?|選ぶ)|(?:どこ|どの(?:業者|会社|社))(?:に|と)(?:お願い|発注|委託|契約|依頼|頼)(?:する|す)か[^。！？!?\n]{0,12}?(?:決め|選)/u
/**
 * Review of conf58 (rvconf): quotes in consumer advice (…という方、消費生活センターにご相談ください; リフォーム詐欺に注意) are a resident's,
 * not the city's procurement.
 */
const CONSUMER58 = /消費生活|消費者|詐欺|悪質|トラブル|相談窓口|ご相談ください|という方|という人|ご家庭|リフォーム|引っ越し|引越し/u
const CONTRACT_DONE58 = /契約しました|契約を締結|締結しました|落札|入札結果|(?:公表|掲載)(?:し|いたし)(?:ました|て(?:い|お))/u

/** An exam part's theme given with the theme before the word (論文は「…」をテーマに出題します; 作文は「…」がテーマです). */
const EXAM_THEME_GIVEN58 = new RegExp(
  `${EXAM_PART}(?:試験)?(?:[(（][^)）\\n]{0,8}[)）])?(?:は|では)[、,]?[「『][^「」『』\\n]{2,60}[」』](?:を|が|について|に関する)?(?:テーマ|課題|題|お題)(?:に(?![^。！？!?\\n]{0,12}?(?:でした|しました|出題されま))|と(?:して|し)|として|です|になります|となります|で(?!した))`,
  'gu',
)
const EXAM_TO_COME58 = /今のうちに|練習して|練習を|受験予定|受験される|受験する|受ける|目指す|臨んで|しっかり準備/u
const EXAM_THEME_PAST58 = /でした|出題されました|出ました|行いました|終わりました|お疲れ/u

/** Personnel moves to come, counted or by post (4月の異動、今年は課長級で11人が動きます; 観光課と…は課長が両方とも入れ替わります). */
const MOVES_AHEAD = new RegExp(
  `(?:[0-9一二三四五六七八九十]{1,2}月(?:末|1日付|1日|初め)?の|今度の|次の|来年度の|春の|今春の|今年の|定期)(?:定期)?(?:人事)?異動[^。！？!?\\n]{0,30}?(?:[0-9一二三四五六七八九十]{1,3}(?:人|名)(?:が|も|ほど|くらい)?[、,]?(?:動き|動く|異動し|異動する|替わり|替わる|代わり|代わる|入れ替わ|交代し|交代する)|(?:課長|部長|所長|館長|局長|次長|校長|園長|係長|センター長)(?:が|も)[^。！？!?\\n]{0,10}?(?:入れ替わ|替わ|代わ|交代|異動|動き|動く)(?=[^\\n]{0,60}?(?:内示|まだ|ここだけ|内緒|ないしょ|オフレコ|正式(?:な|に)?(?:発表|公表)|(?:発表|公表)(?:前|はまだ|はこれから))))(?:ます|る|りそう|る予定|る見込み|そう)?` +
    `|(?:[0-9一二三四五六七八九十]{1,2}月(?:末|1日付|1日|初め)?の|今度の|次の|来年度の|春の|今春の|今年の)(?:定期)?(?:人事)?異動(?:の)?(?:規模|対象|人数|対象者)?(?:は|が)[、,]?[^。！？!?\\n]{0,12}?[0-9一二三四五六七八九十百]{1,4}人(?:規模|程度|ほど|くらい|前後)?(?:に|と)?(?:なり(?:ます|そう)|なる(?:見込み|予定|そう)|の見込み|の予定|になりそう)` +
    `|[\\p{Script=Han}]{1,8}課(?:と|や|・)[\\p{Script=Han}]{1,10}課(?:は|では)[、,]?(?:課長|部長|係長|所長|館長)(?:が|も)[^。！？!?\\n]{0,8}?(?:入れ替わ|替わ|代わ|交代|異動)(?:ります|る|りそう|します|する)`,
  'gu',
)
const MOVES_CONTEXT = /異動|人事/u
const MOVES_OUT58 = /新聞|記者発表|報道発表|(?:発表|公表)(?:より|による|によると|によれば|資料)|離任式|退任式|お別れ|送別|(?:人事異動|異動|人事)(?:を|について|が|の)?(?:発表|公表|発令|内示)(?:しました|いたしました|されました|がありました)|辞令|付の人事|付で|ホームページ|市HP|広報|着任しました|就任しました|異動しました|替わりました|代わりました/u

/** The estimated price of a tender still to be opened (目安として税抜き2,740万円前後で積算しています). */
const BID_ESTIMATE58 = new RegExp(
  `${VALUE}(?:前後|程度|くらい|ぐらい|ほど|弱|強)?(?:で|と|に)[、,]?(?:積算|見積|試算|設計|算定|設定|見込)(?:し|もっ|っ|んで)?(?:て(?:い|お)|ました|た|ている|ます)|(?:積算|設計|見積)(?:額|金額|価格)(?:は|が)[、,]?[^。！？!?\\n]{0,8}?${VALUE}`,
  'gu',
)
const BID_AHEAD58 = /開札後に公表|事後公表|(?:来週|明日|あす|来月|今月|[0-9]{1,2}日)の?開札|開札(?:は|が)?(?:まだ|これから|来週|明日)|入札(?:前|予定|はこれから|はまだ)|公告(?:前|予定|中)|(?:これから|今後|来月|来週|近く)[^。！？!?\n]{0,8}?入札/u
const BID_PRICE_OUT58 = /事前公表|入札公告|公告しました|公告文|落札|開札結果|入札結果|開札しました|契約(?:を)?締結|ホームページ|市HP/u

/** How many staff of a unit are off sick (いま心の不調で休職している職員が6人). */
const SICK_LEAVE_COUNT = new RegExp(
  String.raw`(?:休職|病気休暇|病休|療養休暇|療養)(?:して|中(?:の)?|している|中で)?(?:いる|おる)?(?:職員|人|方|者|メンバー)(?:が|は)[、,]?(?:今|いま|現在)?[、,]?[0-9一二三四五六七八九十]{1,3}(?:人|名)|[0-9一二三四五六七八九十]{1,3}(?:人|名)(?:の職員)?(?:が|も)[、,]?[^。！？!?\n]{0,10}?(?:休職|病気休暇|病休|療養休暇)(?:して|中|しています|しており|に入って)|(?:不調|病気?|メンタル|体調|長期)[^。！？!?\n]{0,6}?休んで(?:いる|おる)(?:職員|人|方|者|メンバー)(?:が|は)[、,]?(?:今|いま|現在)?[、,]?[0-9一二三四五六七八九十]{1,3}(?:人|名)` +
    // Blind R346C-015 kind: staff on leave counted unit by unit (休職中の職員を課ごとに数えてみたら、建設課が6人で突出; 病休者を部署別に集計すると…が4人).
    String.raw`|(?:休職|病気休暇|病休|療養休暇|長期休暇)[^。！？!?\n]{0,10}?(?:職員|人|者|メンバー)(?:の(?:数|人数))?(?:を|は)?[、,]?(?:課|部|部署|所属|係|職場|出先機関)(?:ごと|別)(?:に|で)[^。！？!?\n]{0,24}?(?:が|は|で|も)[、,]?[0-9一二三四五六七八九十]{1,3}(?:人|名)`,
  'gu',
)
const SICK_UNIT = /私の部|私の課|うちの(?:部|課|係|職場|チーム)|(?:部|課|係|室|班|所|館|センター)内|当課|本課|この課|職場|部署|部だけ|課だけ|係だけ|(?:課|部|所属|係)(?:ごと|別)/u
const SICK_PUBLISHED = /人事行政|公表|発表し|ホームページ|市HP|全国|全職員|市全体|調査結果|統計/u

/** A settlement sum offered in a lawsuit still going on (解決金を320万円とする市の案を…代理人にお示ししました). */
const SETTLEMENT_OFFER = new RegExp(
  `(?:解決金|和解金|和解案|賠償金|賠償額|損害賠償(?:金|額)?|示談金|補償金)(?:を|は|として|の額を)?[、,]?[^。！？!?\\n]{0,10}?${VALUE}[^。！？!?\\n]{0,30}?(?:提示|お示し|示し|提案|申し入れ|打診|回答し|お伝え)` +
    `|(?:和解|示談|調停)(?:に向け|の(?:条件|協議|交渉)|協議|交渉)[^。！？!?\\n]{0,30}?${VALUE}`,
  'gu',
)
/** Review of conf58 (rvconf): a resident's own dispute in a consultation notice (示談金50万円を提示されたという相談が増えています). */
const DISPUTE_ADVICE58 = /法律相談|相談(?:が|を|に|窓口|会|日)|保険会社から|消費生活|ご相談ください|という方|という人/u
const LAWSUIT58 = /訴訟|裁判|和解|示談|調停|原告|被告|代理人|弁護士/u
const SETTLED58 = /和解(?:が)?成立|和解しました|和解いたしました|示談(?:が)?成立|可決|議決|議案|専決処分|判決|報告しました|公表し/u

/** A selection's scores of the applicants (現在の管理者が72点、新たに応募された事業者が81点). */
const SCORES_OF_APPLICANTS =
  /[^。！？!?\n、,]{1,24}?(?:が|は)[、,]?(?:約)?[0-9]{1,3}(?:\.[0-9])?点[、,][^。！？!?\n]{1,30}?(?:が|は)[、,]?(?:約)?[0-9]{1,3}(?:\.[0-9])?点|(?:が|は)[、,]?(?:約)?[0-9]{1,3}(?:\.[0-9])?点で(?:トップ|1位|一位|首位|最高点|最下位|2位|二位)/gu
const SELECTION58 = /選定委員会|選考委員会|審査委員会|評価委員会|選定会議|選考会|審査会|プロポーザル|指定管理|委託先(?:の)?選定|業者選定/u
/** …not the weights of a scoring rule (提案内容が60点、価格が40点の配点). */
const SCORE_RULE58 = /配点|満点|点満点|基準|以上|以下|未満|上限|内訳/u
const SCORES_OUT58 = /(?:選定|選考|決定)(?:しました|いたしました)|候補者(?:に|を|として)(?:選定|決定)|結果(?:の)?(?:公表|発表)(?:[】\]]|です)|(?<!(?:来週|来月|後日|今後|改めて|後ほど|[0-9]{1,2}日)[^。！？!?\n]{0,6})結果(?:を|について)(?:公表|発表|お知らせ)(?:します|いたします)|(?:公表|発表|掲載|公開)(?:しました|いたしました|して(?:い|お)(?:ます|ります)|済み)|ホームページ|市HP|作品|コンテスト|コンクール|大会|入賞|受賞|試合/u

/** Designated bidders named before the opening (…建設株式会社、…の3社を指名いたしました). */
const BIDDERS_DESIGNATED = new RegExp(
  `${BID_COMPANY}(?:株式会社|有限会社)?(?:さん|様)?(?:(?:、|,|・|と|及び|および)${BID_COMPANY}(?:株式会社|有限会社)?(?:さん|様)?){0,8}(?:の)?(?:[0-9一二三四五六七八九十]{1,2}(?:社|者))?を指名(?:いたしました|しました|しています|しております|する予定|します|いたします)` +
    `|指名(?:した|する|いたした|いたします)(?:の)?(?:は|業者は|事業者は|会社は)[、,]?[^。！？!?\\n]{0,8}?${BID_COMPANY}`,
  'gu',
)
const BID_NOT_OPENED58 = /(?:行います|実施します|予定|来週|来月|明日|[0-9]{1,2}月[0-9]{1,2}日に)/u

/** A decision in the speaker's own voice (…跡地に建設することにいたしました). */
const DECIDED_CLAUSE = /ことに(?:いた)?し(?:ました|た)|ことと(?:いた)?し(?:ました|た)|ことにな(?:りました|った)|ことが決ま|ことを決め|と決め(?:ました|た)|に決め(?:ました|た)/u
/** …the release a formal or a press one (報道発表, 記者発表, 正式な公表, 会見). */
const FORMAL_RELEASE58 = /報道|記者|正式|公式|公表|リリース|会見|資料提供/u
/** A figure to be reported to the council or the press first (12月議会の委員会でご報告する数字ですが). */
const REPORTED_LATER_FIGURE =
  /(?:議会|委員会|定例会|全員協議会|記者会見|会見|記者発表|報道発表|総会|理事会)(?:で|に|へ|にて)[、,]?(?:ご)?(?:報告|説明|発表|公表|お示し|提出)(?:する|される|いたす|予定の|します|させていただく)(?:予定の)?(?:数字|数値|内容|結果|金額|額|資料|データ|もの|話)(?:です|なん(?:です)?|だ|や|でございます)?(?:が|けど|けれど|ばってん)/gu

/** Told ahead, in the rest of the sentence (ひと足先にお伝えします, 先にお知らせします). */
const AHEAD_TELL58 = new RegExp(`${AHEAD}[^。！？!?\\n]{0,12}?(?:${TELL}|お届け)`, 'u')

const CONF58 = new ParagraphGate([
  AHEAD58, REPORT_LATER, SURVEY_WORD, SURVEY_FIGURE, SURVEY_OUT, BID_RECEIVED, BID_CONTEXT58, BID_OPEN58, BID_OVER58, REQUEST_TO_FINANCE, ASSESSED_FIGURE,
  BUDGET_INSIDE58, BUDGET_OUT58, PASS_LINE, EXAM_SCORED, CITY_EXAM_NOW, PASS_PENDING, PASS_PUBLIC, UNION_TALKS, UNION_AGREED, UNION_OUT, TALKS_ONGOING58,
  TALKS_PARTY58, NEG_PARTY58, PRICE_MOVED, TALKS_DONE58, PRICE_LISTED58, BLIND_DRILL, DRILL_SCENARIO, DRILL_TO_COME, AFFECTED_NOT_TOLD, PLAN_OUT58, EXAM_SETTER,
  EXAM_CONTENT58, REUSED_QUESTION, EXAM_AHEAD58, QUOTES_TAKEN, QUOTE_FIGURE, CONTRACT_AHEAD58, CONTRACT_DONE58, EXAM_THEME_GIVEN58, EXAM_TO_COME58, MOVES_AHEAD,
  MOVES_CONTEXT, MOVES_OUT58, BID_ESTIMATE58, BID_AHEAD58, BID_PRICE_OUT58, SICK_LEAVE_COUNT, SICK_UNIT, SICK_PUBLISHED, SETTLEMENT_OFFER, LAWSUIT58,
  SETTLED58, FORMAL_RELEASE58, SCORES_OF_APPLICANTS, SELECTION58, SCORES_OUT58, BIDDERS_DESIGNATED, BID_NOT_OPENED58, REPORTED_LATER_FIGURE,
])

interface Conf58Context extends Conf57Context {
  /** The family's gate answer for the paragraph (its patterns read again here: EXAM_NAMED, STILL_GOING, RELEASE_LATER). */
  p: Present
  published: (slice: string) => boolean
}

/** The conf58 kinds (see the comment above AHEAD58), run after the conf57 ones. */
function runConf58({ input, t, p, spans, notAware, aware, once, published }: Conf58Context): void {
  const { doc, emit } = input
  const q = CONF58.scan(t)
  const sentence = (m: RegExpExecArray): Span => sentenceAround(t, m.index, m.index + m[0].length)
  const sentenceText = (m: RegExpExecArray): string => {
    const s = sentence(m)
    return t.slice(s.start, s.end)
  }
  /** The sentence of a match with the one before and the one after it. */
  const around = (m: RegExpExecArray): string => {
    const here = sentence(m)
    const prev = here.start > 0 && t[here.start - 1] !== '\n' ? sentenceAround(t, here.start - 1, here.start - 1) : here
    const next = here.end < t.length && t[here.end - 1] !== '\n' ? sentenceAround(t, here.end, here.end) : here
    return t.slice(prev.start, next.end)
  }
  // Bids received while the tender is still open.
  if (q.has(BID_CONTEXT58) && q.has(BID_OPEN58) && !q.has(BID_OVER58)) {
    emitAll(q, doc, t, BID_RECEIVED, 'confidential/pre-release', emit, spans, once(notAware))
  }
  // A survey's figures told ahead of its report.
  if (q.has(REPORT_LATER) && q.has(SURVEY_WORD) && q.has(SURVEY_FIGURE) && !q.has(SURVEY_OUT)) {
    emitAll(q, doc, t, AHEAD_TOLD58, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !ONCE_READY58.test(t.slice(sentence(m).start, m.index))))
  }
  // A budget request and its assessment, with their sums.
  if (q.has(BUDGET_INSIDE58) && !q.has(BUDGET_OUT58)) {
    const keep = once(notAware)
    emitAll(q, doc, t, REQUEST_TO_FINANCE, 'confidential/budget', emit, spans, keep)
    emitAll(q, doc, t, ASSESSED_FIGURE, 'confidential/budget', emit, spans, keep)
  }
  // An exam's pass mark before the results are announced.
  if (((q.has(EXAM_SCORED) && STAFF_EXAM58.test(t)) || (q.has(CITY_EXAM_NOW) && !EXAM_GUIDE58.test(t))) && q.has(PASS_PENDING) && !q.has(PASS_PUBLIC)) {
    emitAll(q, doc, t, PASS_LINE, 'confidential/pre-release', emit, spans, once(notAware))
  }
  // The result of labour talks before it is published.
  if (q.has(UNION_TALKS) && !q.has(UNION_OUT)) emitAll(q, doc, t, UNION_AGREED, 'confidential/negotiation', emit, spans, once(notAware))
  // A negotiation's offers while it goes on, and a price moved in it.
  if ((q.has(TALKS_ONGOING58) || p.has(STILL_GOING)) && q.has(TALKS_PARTY58) && !q.has(TALKS_DONE58) && !q.has(PRICE_LISTED58)) {
    const keep = once((m) => notAware(m) && !published(sentenceText(m)))
    if (q.has(TALKS_ONGOING58)) {
      emitAll(q, doc, t, PARTY_FIGURE, 'confidential/negotiation', emit, spans, (m) => {
        const here = sentence(m)
        return OFFER_WORD58.test(t.slice(m.index, Math.min(here.end, m.index + m[0].length + 16))) && keep(m)
      })
    }
    if (q.has(NEG_PARTY58)) emitAll(q, doc, t, PRICE_MOVED, 'confidential/negotiation', emit, spans, keep)
  }
  // A drill's scenario kept from staff, told.
  if (q.has(BLIND_DRILL) && q.has(DRILL_TO_COME)) {
    emitAll(q, doc, t, DRILL_SCENARIO, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !DRILL_EXAMPLE.test(sentenceText(m)) && DRILL_DETAIL58.test(sentenceText(m))))
  }
  // A plan decided inside while those it affects are still to be told.
  if (!q.has(PLAN_OUT58)) {
    emitAll(q, doc, t, AFFECTED_NOT_TOLD, 'confidential/pre-release', emit, spans, once((m) => {
      const here = sentence(m)
      const next = here.end < t.length && t[here.end - 1] !== '\n' ? sentenceAround(t, here.end, here.end) : here
      const prev = here.start > 0 && t[here.start - 1] !== '\n' ? sentenceAround(t, here.start - 1, here.start - 1) : here
      if (BRIEFING_HELD58.test(t) && !PLAN_CHOICE58.test(t)) return false
      const after = t.slice(m.index + m[0].length, Math.max(here.end, next.end))
      const before = t.slice(prev.start, prev === here ? prev.start : prev.end)
      const decided = (s: string): boolean => {
        const d = DECIDED58.exec(s)
        if (!d) return false
        const clause = s.slice(0, d.index + d[0].length)
        return !BRIEFING_ITSELF58.test(clause) && !WORK_START58.test(clause.slice(Math.max(0, clause.length - 40)))
      }
      return notAware(m) && (decided(after) || decided(before))
    }))
  }
  // An exam's content told by one who set it, or a past question said to be set again.
  // Review of conf58 (rvconf): the content told in the past, the exam sat (今回の試験は全50問でした; 採点を担当した先生方、ありがとう), stays clean.
  if (q.has(EXAM_SETTER)) emitAll(q, doc, t, EXAM_CONTENT58, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !/(?:でした|ました|出題され)[^。！？!?\n]{0,4}$/u.test(sentenceText(m).replace(/[。！？!?\s]+$/u, ''))))
  // Review of conf58 (rvconf): a question said not to come again (去年の問題と同じものがまた出ることはありません) tells nothing.
  if (q.has(EXAM_SETTER) || q.has(EXAM_AHEAD58)) emitAll(q, doc, t, REUSED_QUESTION, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !/^(?:こと(?:は|も)?(?:ありません|ない|ございません)|ません|ない|わけでは)/u.test(t.slice(m.index + m[0].length))))
  // Quotes from competing vendors before the contract.
  if (q.has(QUOTES_TAKEN) && q.has(CONTRACT_AHEAD58) && !q.has(CONTRACT_DONE58) && !CONSUMER58.test(t)) emitAll(q, doc, t, QUOTE_FIGURE, 'confidential/pre-release', emit, spans, once(notAware))
  // An exam part's theme given ahead, with the theme before the word.
  if (p.has(EXAM_NAMED) && (p.has(EXAM_TO_COME) || q.has(EXAM_TO_COME58)) && !p.has(EXAM_THEME_PUBLIC) && !p.has(EXAM_PRACTICE_CLASS)) {
    emitAll(q, doc, t, EXAM_THEME_GIVEN58, 'confidential/pre-release', emit, spans, once((m) => {
      const s = sentenceText(m)
      return notAware(m) && !EXAM_PUBLISHED_PART.test(s) && !EXAM_THEME_PAST58.test(s.replace(/[「『][^「」『』\n]{0,80}[」』]/gu, ''))
    }))
  }
  // Personnel moves to come.
  if (q.has(MOVES_CONTEXT) && !q.has(MOVES_OUT58)) emitAll(q, doc, t, MOVES_AHEAD, 'confidential/personnel', emit, spans, once(notAware))
  // The estimated price of a tender still to be opened.
  if (q.has(BID_AHEAD58) && !q.has(BID_PRICE_OUT58)) emitAll(q, doc, t, BID_ESTIMATE58, 'confidential/pre-release', emit, spans, once(notAware))
  // How many staff of a unit are off sick.
  if (q.has(SICK_UNIT) && !q.has(SICK_PUBLISHED)) emitAll(q, doc, t, SICK_LEAVE_COUNT, 'confidential/personnel', emit, spans, once(notAware))
  // A settlement sum offered in a lawsuit still going on.
  if (q.has(LAWSUIT58) && !q.has(SETTLED58) && !DISPUTE_ADVICE58.test(t)) emitAll(q, doc, t, SETTLEMENT_OFFER, 'confidential/negotiation', emit, spans, once(notAware))
  // A selection's scores of the applicants before publication.
  if (q.has(SELECTION58) && !q.has(SCORES_OUT58)) emitAll(q, doc, t, SCORES_OF_APPLICANTS, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !SCORE_RULE58.test(sentenceText(m)) && !aware(around(m))))
  // Designated bidders named before the opening.
  if (q.has(BID_CONTEXT58) && q.has(BID_NOT_OPENED58) && !q.has(BID_OVER58)) emitAll(q, doc, t, BIDDERS_DESIGNATED, 'confidential/pre-release', emit, spans, once(notAware))
  // A decision told after the release is said to come later.
  if (p.may(RELEASE_LATER)) {
    emitAll(p, doc, t, RELEASE_LATER, 'confidential/pre-release', emit, spans, once((m) => {
      const end = m.index + m[0].length
      const rest = t.slice(end, sentenceAround(t, end, end).end)
      return notAware(m) && FORMAL_RELEASE58.test(t.slice(Math.max(0, m.index - 4), end)) && DECIDED_CLAUSE.test(rest) && !REVEAL_NOTICE.test(rest)
    }))
  }
  // A figure to be reported to the council first, told ahead.
  emitAll(q, doc, t, REPORTED_LATER_FIGURE, 'confidential/pre-release', emit, spans, once((m) => {
    const end = m.index + m[0].length
    const here = sentence(m)
    const rest = t.slice(end, here.end)
    const prev = here.start > 0 && t[here.start - 1] !== '\n' ? sentenceAround(t, here.start - 1, here.start - 1) : here
    const next = here.end < t.length && t[here.end - 1] !== '\n' ? sentenceAround(t, here.end, here.end) : here
    const figure = PRELIM_FIGURE.test(t.slice(prev.start, m.index)) || PRELIM_FIGURE.test(t.slice(here.end, next.end))
    return notAware(m) && AHEAD_TELL58.test(rest) && figure && !published(t.slice(prev.start, Math.max(here.end, next.end)))
  }))
}

/*
 * ── conf59 (blind R321C-009/010/013/014/015/021/026/031/033/035/040/042/044/045/052/054/058/060, R324M-035, KE-002) ──
 * Good-faith leaks by staff of sections, contractors and designated managers: a price talked with a contractor, a budget request before
 * the assessment, a selection's progress, a colleague's discipline or sick leave, an internal figure. Each kind is read as Japanese says
 * it in general; its public counterpart stays clean. Kinds read by widening the family's own patterns are noted where they are (開札 in
 * WORDS.bidContext, PRE_RELEASE's verbs of telling, AUDIT_HIDDEN's report still to be put together, MOVE_TOLD's promotion, STILL_ON's next
 * visit, NOTICE_NOT_YET's maker of a work, REQUEST_AMOUNT's bare 要求は, QUOTE_FIGURE's vendors one by one, ORDERED_THERE); those here:
 * - A price change the other side of a contract asks for (業者さんからは月額38万円を45万円に上げたいとの提示があり; 委託先から…単価を420円
 *   から480円に上げてほしいとの申し入れ): PRICE_ASKED59 with a counterpart. A deal settled, a fare put to its public procedure (申請,
 *   審議会) and consumer advice stay clean.
 * - A selection's progress before its result (12名のうち書類で5名に絞り…評価が一番高かった; 委員7名のうち5名が東都書籍を推しました; 2社まで
 *   絞られていて): STANDING59 with DECISION_PENDING59. A result published, a vote taken in public (可決) and a contest's finalists stay clean.
 * - A named member of staff's sick leave (課長は先月から病気休暇に入っており): SICK_LEAVE_NAMED59. A rule, a published count, an absence for
 *   a day (体調不良のため本日お休み) and a patient visited stay clean.
 * - A figure settled with a contractor while the internal approval is still to come (設計変更の増額分は1,740万円…来週、課内で決裁を回します):
 *   APPROVAL_AHEAD59 with a contract's figure. An approval given, a notice to wait and no figure stay clean.
 * - A budget request's items with their sums put to the finance section (財政課には ⏎ ・…1億2,300万円 ⏎ を出しています; 二億一千万円を積んで
 *   います): REQUEST_PUT59. A budget announced, passed or a request to the state stay clean.
 * - A colleague's penalty told (となりの係の先輩が先週処分を受けて減給になり): PENALIZED59. News of another city's, a warning and a disposal
 *   stay clean.
 * - A worker let go for misconduct (受付スタッフの一人が売上金の扱いでミスを重ねたため…勤務を終えることになりました): STAFF_LET_GO59. A
 *   retirement with no fault named and an apology for the city's own error stay clean.
 * - A rule not to put a matter out, then the matter told in the next sentence (学校別の結果は出さないことになっていますが…。…数学が県平均より
 *   8.4点低い): NOT_OUT_RULE59. The public part told and a notice stay clean.
 * - A figure told, then labelled unpublished (実際には312件でした。後者は非公表の数字なので、取扱いにご注意ください): UNPUBLISHED_FIGURE59.
 *   A refusal (お答えできません, ご了承ください) stays clean.
 */
/** A figure: an amount, a count, a score (2,400食分, 312件, 8.4点). */
const FIG59 = /[0-9０-９〇一二三四五六七八九十百千][0-9０-９〇一二三四五六七八九十百千,.．，]*(?:万|億|千)?(?:円|人|名|件|世帯|戸|軒|棟|食|個|本|台|枚|箱|%|％|割|倍|点|位|か所|箇所|社|校|店|団体|トン|kg|回|ポイント)/u

/** The other side of a contract or a negotiation (委託先, 業者さん, 元請け, 先方, 地権者). */
const COUNTERPART59 = /委託先|受託者|受託事業者|受注者|元請|下請|請負業者|業者|事業者|先方|相手方|相手側|取引先|地権者|所有者|テナント|出店者|指定管理者|運営会社|会社側|メーカー/u
/** A price change asked for (月額38万円を45万円に上げたいとの提示; 単価を420円から480円に上げてほしいとの申し入れ). */
const PRICE_ASKED59 = new RegExp(
  `${VALUE58}(?:から|を)[、,]?${VALUE58}(?:に|へ|まで)[、,]?(?:上げ|引き上げ|値上げし|増額し|下げ|引き下げ|値下げし|減額し)(?:たい|て(?:ほしい|欲しい|もらいたい|いただきたい|ください|くれ)|させて(?:ほしい|ください|いただきたい)|るよう|てもらえないか)[^。！？!?\\n]{0,8}?(?:との|という|と|って)?(?:ご)?(?:申し入れ|申入れ|要望|要求|提示|打診|相談|お話|話|依頼|申し出|申出|通告|ご提案|提案)`,
  'gu',
)
/**
 * Review of conf59 (rvconf59): …asked by the other side of a contract in that sentence (委託先, 元請, 業者さん; not 事業者, the businesses a
 * subsidy is for), for a price of a contract, not for a benefit the city pays out (事業者から、補助の上限を10万円から20万円に引き上げて
 * ほしいとの要望があり、来年度から拡充しました).
 */
const PRICE_PARTY59 = /委託先|受託者|受託事業者|受注者|元請|下請|請負業者|(?<!事)業者|先方|相手方|相手側|取引先|地権者|所有者|テナント|指定管理者|運営会社|会社側|メーカー/u
const PRICE_BENEFIT59 = /補助|助成|給付|手当|奨励|支援金|交付金|プレミアム|還元|ポイント/u
/** …not a fare or a fee put to its public procedure (運賃の認可申請, 審議会, 条例). */
const PRICE_PROCEDURE59 = /運賃|認可|公聴会|審議会|条例|議案|料金改定のお知らせ/u
/** …nor settled. */
const PRICE_SETTLED59 = /合意しました|合意いたしました|合意に至|妥結|締結しました|契約しました|決着しました|まとまりました|折り合いがつ/u

/** A selection or an adoption (面接, 選考, 採択の協議会, プロポーザル). */
const SELECTION59 = /面接|選考|採用|審査|応募|候補|協議会|選定|採択|プロポーザル|委託先|指定管理/u
/** A selection's standing told: who is rated highest, how the members split, how far it is narrowed. */
const STANDING59 = new RegExp(
  `(?:評価|点数|得点|評点|印象|評判)(?:が|は)[、,]?(?:一番|いちばん|最も|もっとも|断トツで|ダントツで|圧倒的に|頭ひとつ)(?:高|良|よ)(?:かった|い|く)` +
    `|(?:委員|審査員|選考委員|評価委員|選定委員|出席者|メンバー)[^。！？!?\\n]{0,4}?[0-9一二三四五六七八九十]{1,3}(?:名|人)(?:の)?(?:うち|中)[、,]?[0-9一二三四五六七八九十]{1,3}(?:名|人)(?:が|は|も)[^。！？!?\\n]{0,20}?(?:推し|推薦|推す|支持|賛成|反対|選ん|評価し|票を)` +
    `|[0-9一二三四五六七八九十]{1,3}(?:名|人|社|者|案|団体|グループ|作品|点|件)(?:のうち|の中から|中|から)[、,]?[^。！？!?\\n]{0,8}?[0-9一二三四五六七八九十]{1,3}(?:名|人|社|者|案|団体|作品|点|件)(?:に|まで)(?:絞|しぼ)` +
    `|[0-9一二三四五六七八九十]{1,3}(?:社|者|名|人|案|団体|グループ)(?:まで|に)(?:絞られ|絞り込まれ|絞り込ん|しぼられ)`,
  'gu',
)
/** …while the decision or its notice is still to come (結果は今週中にご連絡します; 次回の協議会で採択します). */
const DECISION_PENDING59 =
  /(?:結果|合否|採否|選考結果|審査結果)(?:は|を|について(?:は)?)[、,]?[^。！？!?\n]{0,12}?(?:ご?連絡|通知|お知らせ|ご案内)(?:します|いたします|する予定|の予定|予定)|(?:次回|来週|来月|今度|後日|週明け|最終(?:審査|選考|面接))[^。！？!?\n]{0,16}?(?:採択|決定|選定|決め|選び|選考|審査|面接|採用)(?:します|いたします|する予定|る予定|ます|の予定|を行い|が行われ|です)|(?:まだ|これから)[^。！？!?\n]{0,4}?(?:決ま|決め|選|絞)|(?:最終|二次|2次|次の)?(?:面接|審査|選考|協議会?|選定委員会)(?:は|を|が)[、,]?[^。！？!?\n]{0,8}?(?:来週|来月|次回|明日|あす|後日|週明け|[0-9]{1,2}日|これから)/u
/** …not a result published or a vote taken in public. */
const STANDING_OUT59 = /公表|発表し|ホームページ|市HP|可決|否決|議決|採決/u
/**
 * Review of conf59 (rvconf59): how many were narrowed to how many is a selection's public progress (応募15団体のうち書類審査で6団体に絞り
 * ました。公開プレゼン審査は来月です; 応募20名のうち書類選考で8名に絞りました。最終面接は来週行います): only those left named before the
 * count (東都書籍と光陽出版の2社まで絞られていて) tell the standing. Nor is the highest rated a standing when it names an order to follow
 * (評価が一番高かった方から順にご案内します).
 */
const STANDING_NAMED59 = /[\p{Script=Han}\p{Script=Katakana}ー]{2,}(?:さん|社|氏)?(?:と|・)[\p{Script=Han}\p{Script=Katakana}ー]{2,}(?:さん|社|氏)?の$/u
const STANDING_ORDER59 = /^(?:方|者|人|もの|案|社|作品)?(?:から)?順(?:に|番)/u
/** The narrowing of a contest's entries is its public progress (一次審査で120点から10点に絞りました). */
const CONTEST59 = /コンテスト|コンクール|グランプリ|大会|選手権|作品|表彰|入賞|受賞|発表会/u

/**
 * Review of conf59 (rvconf59): the staff member whose leave is told. A notice from a school or an office that an unnamed teacher or member of
 * staff is away for health reasons, and who covers (担任の先生が病気療養のため、しばらくお休みされます。その間は教頭先生が…; 館長が入院のため、
 * 副館長が代行いたします; 同僚が手術のため入院していましたが、今週復帰しました), is an ordinary notice: the leave is personnel information only of
 * a person the reader can tell, by a name (課長の山田さん, 山田課長, 山田先生) or by a post held by one person with its office named in the
 * clause or as the writer of the post (防災危機管理課からのお知らせです。課長は…; 観光課の課長は, 観光課長は).
 */
const SICK_POST59 = '(?:課長補佐|課長|部長|係長|所長|館長|園長|校長|教頭|局長|次長|室長|支所長|センター長)'
const SICK_WHO59 =
  `(?:${SICK_POST59}|担任|主任|先輩|同僚|上司|後輩|担当)の[\\p{Script=Han}]{1,4}(?:さん|先生|氏)|${SICK_POST59}|担任(?:の先生)?|主任|主査|担当者|担当の[^。！？!?\\n、]{0,6}?|先輩|同僚|上司|後輩|[\\p{Script=Han}]{1,4}先生|職員の(?:一人|ひとり|1人|方)|スタッフの(?:一人|ひとり|1人|方)`
/** …a name before or after the post (課長の山田さん, 山田課長, 担任の佐藤先生, 山田先生): not a post word before 先生 (校長先生, 担任の先生). */
const SICK_NAME59 = new RegExp(
  `(?:${SICK_POST59}|担任|主任|先輩|同僚|上司|後輩|担当)の[\\p{Script=Han}]{1,4}(?:さん|先生|氏)$|^(?!副|総|新|前|元|次期)[\\p{Script=Han}]{2,8}${SICK_POST59}$|(?:^|[^\\p{Script=Han}])(?!(?:校長|教頭|園長|担任|副担任|主任|学年主任|養護|保健|教務|主幹|指導|専科|講師|主治|担当|副校長|副園長|教|医)先生)[\\p{Script=Han}]{1,4}先生$`,
  'u',
)
/** …an office named as the writer of the post or before the post (防災危機管理課からのお知らせです, 【観光課】, 観光課の課長). */
const SICK_OFFICE59 = /[\p{Script=Han}\p{Script=Katakana}ー]{1,12}(?:課|部|室|局|支所|センター|事務所|図書館|公民館|美術館|博物館|資料館|保育園|保育所|幼稚園|こども園|小学校|中学校|学校|病院|出張所)(?:から(?:の)?(?:お知らせ|ご案内|ご報告|ご連絡)|です[。！!]|より|】|の(?:課長補佐|課長|部長|係長|所長|館長|園長|校長|教頭|局長|次長|室長|支所長|センター長))/u
/** A member of staff's sick leave (課長は先月から病気休暇に入っており; 観光課の山田課長は入院されています); who it is, is read after. */
const SICK_LEAVE_NAMED59 = new RegExp(
  `(?:${SICK_WHO59})(?:は|が|も)[、,]?[^。！？!?\\n]{0,16}?(?:病気休暇|病休|休職|療養休暇|病気療養|療養|入院|手術)(?!の(?:方|人|患者|お|ご|家族|子|高齢者|皆))(?:に入(?:って|り|った|られ)|中(?!の(?!ため))|し(?:て|ており|ています|ました)|され(?:て|ており|ています|ました)|を取(?:って|られ|得)|となって|のため)(?!の(?:方|人|患者|お|ご|家族|子|高齢者|皆))`,
  'gu',
)
const SICK_PUBLIC59 = /人事行政|公表|発表し|ホームページ|市HP|全国|統計|制度|取得率|調査結果/u

/** …whose subject the reader can tell: a name, or a one-person post with its office named in the clause or as the post's writer. */
function sickWhoKnown(t: string, m: RegExpExecArray): boolean {
  const who = /^[^はがも]+/u.exec(m[0])?.[0] ?? ''
  const lead = /[\p{Script=Han}]*$/u.exec(t.slice(Math.max(0, m.index - 8), m.index))?.[0] ?? ''
  if (SICK_NAME59.test(lead + who)) return true
  if (!new RegExp(`^${SICK_POST59}$`, 'u').test(who)) return false
  const before = t.slice(0, m.index + who.length)
  return SICK_OFFICE59.test(before)
}

/** The internal approval still to come (来週、課内で決裁を回します; 決裁はこれから; 稟議を上げるところ). */
const APPROVAL_AHEAD59 =
  /(?:決裁|稟議|起案)(?:を|は|が|も)?[、,]?(?:これから|まだ|来週|明日|週明け)?[^。！？!?\n]{0,4}?(?:回し(?:ます|て(?:い|お)?|たい)|回す|上げ(?:ます|る|て)|取り(?:ます|に)|とり(?:ます|に)|これから|まだ|待ち|前|中|に回|にかけ)|(?:決裁|稟議)(?:が|は)(?:まだ)?[、,]?(?:下り|おり|通っ|通ら)(?:て(?:い|お)?(?:ない|ません|りません)|ない|ず)/gu
/** …a figure talked with a contractor (設計変更の増額分は1,740万円, 変更契約の額). */
const CONTRACT_TALK59 = /増額|減額|設計変更|変更契約|契約変更|請負|元請|業者|見積|契約額|工事費|委託料|単価|精算|追加工事/u
const APPROVAL_NOTICE59 = /次第|お待ち|改めて|後日|ホームページ|市HP|公表し|発表し/u

/** A budget request's sums put to the finance section (…2億1,000万円 ⏎ を出しています; 二億一千万円を積んでいます). */
const REQUEST_PUT59 = new RegExp(
  `${VALUE58}[)）]?\\s?(?:を|で)[、,]?(?:財政課に|財政に)?(?:予算)?(?:出し|提出し|要求し|要望し|積ん|上げ)(?:て(?:い|お)|で(?:い|お)|ました|た|とる|ちょる)`,
  'gu',
)

/** A colleague's penalty told (となりの係の先輩が先週処分を受けて減給になり; 同僚が停職になった). */
const PENALIZED59 = new RegExp(
  `(?:先輩|後輩|同僚|上司|同期|うちの(?:課長|係長|部長|所長|館長)|(?:隣|となり|同じ)の?(?:係|課|部署|職場|班)の[^。！？!?\\n]{0,6}?(?:人|方|職員|さん|課長|係長))(?:が|は|も)[、,]?[^。！？!?\\n]{0,12}?` +
    `(?:(?:懲戒処分|処分|減給処分|停職処分|戒告処分|訓告処分)を受け(?!な|ず|ぬ|る(?:こと|かも|可能))|(?:減給|停職|戒告|訓告|降格|免職|懲戒免職)(?:処分)?(?:に(?:なり|なっ)|と(?:なり|なっ)|を食ら|をくら|され(?:まし|た|て)))`,
  'gu',
)
const PENALIZED_PUBLIC59 = /公表|発表し|ホームページ|市HP|お詫び|おわび|報道|新聞|ニュース|他の自治体|他市|他県|全国|ドラマ|漫画|小説|映画/u

/** A worker let go for misconduct (受付スタッフの一人が…ミスを重ねたため、本社の判断で今月いっぱいで勤務を終えることになりました). */
const STAFF_LET_GO59 = new RegExp(
  `(?:スタッフ|職員|社員|従業員|アルバイト|パート|嘱託(?:職員)?|係員|担当者|指導員|支援員|作業員|講師|運転手|警備員|調理員|清掃員|管理人)(?:さん)?(?:の(?:一人|1人|ひとり|方|うち[^。！？!?\\n]{0,6}?))?(?:が|は)[、,]?[^。！？!?\\n]{0,30}?` +
    `(?:ミス|不正|不祥事|トラブル|問題を起こ|苦情|クレーム|遅刻|無断欠勤|欠勤|不適切|違反|着服|横領|使い込)[^。！？!?\\n]{0,16}?(?:ため|ので|により|ことから|結果|として)[、,]?[^。！？!?\\n]{0,24}?` +
    `(?:勤務を終え|退職(?:する|とな|にな|し|いただ)|辞め(?:る|ること|て|ていただ)|解雇|雇い?止め|契約(?:を)?(?:打ち切|解除|終了し|更新しない|更新せず)|担当(?:から|を)外|現場(?:から|を)外|配置換え|出勤停止|自宅待機|交代(?:する|とな|にな|し|させ|いただ))`,
  'gu',
)
const LET_GO_PUBLIC59 = /お詫び|おわび|申し訳|公表|発表し|懲戒処分を行|記者/u

/** A rule not to put a matter out, said as a concession (学校別の結果は出さないことになっていますが). */
const NOT_OUT_RULE59 =
  /(?:出さ|出せ|公表し|公開し|発表し|載せ|掲載し)(?:ない|ません|ず)(?:という|って)?(?:こと|決まり|方針|ルール|扱い|約束)(?:に|と)(?:なって(?:い|お)(?:ます|る|り(?:ます)?)|なっとる|なっちょる|して(?:い|お)(?:ます|る|り(?:ます)?))(?:ん|の)?(?:です|だ|や)?(?:が|けど|けれど|けども|ばってん)/gu
/** …then the matter told: a rank or a figure (8.4点低い, 1位, 最下位). */
const RULE_TOLD59 = /[0-9０-９][0-9０-９.,]*(?:点|位|%|％|ポイント|人|件|円|倍)|一番|トップ|最下位|ダントツ|断トツ/u
/**
 * Review of conf59 (rvconf59): what the rule keeps in is a breakdown (学校別の結果, 店舗別の売上, 地区別の数字, 個別の, 各校の), one part of
 * which is then told; a rule about another thing (入賞者以外の点数は発表しない…今年の最高点は98点; 写真は載せない…参加者は120人) tells none.
 */
const RULE_HELD_BREAKDOWN59 = /[\p{Script=Han}\p{Script=Katakana}ー]別|個別|個々|内訳|各(?:校|店|地区|施設|社|団体|事業所|学校|園)/u
const RULE_HELD59 = /ご了承|ご理解|お答え(?:でき|いたしかね|は控え)|控えさせ|差し控え|お問い合わせ|ご確認ください/u

/** A figure told, then labelled unpublished (後者は非公表の数字なので、取扱いにご注意ください). */
const UNPUBLISHED_FIGURE59 =
  /(?:非公表|未公表|非公開|未発表|公表前|発表前|外に出せない|外部に出せない|公表していない|公表されていない|発表していない)の(?:数字|数値|件数|人数|金額|額|データ|集計|値|実数|内訳)(?:です|なので|ですので|なん(?:です|で)|だから|ですが|だけど|につき|のため|になります|でして)/gu
/**
 * Review of conf59 (rvconf59): the label is on the figure just told when it has no subject of its own or points back to it (後者は, こちらは,
 * この数字は), or when the sentence before gave several figures; a label on another thing (来場者は3万人でした。内訳は非公表のデータなので;
 * 応募は120件でした。作品の点数は非公開のデータなので掲載しません) keeps that thing back.
 */
const FIGURE_BACKREF59 = /^(?:(?:ただ|なお|ちなみに|でも|実は|※|ただし)[、,]?)?(?:(?:後者|前者|こちら|これ|それ|この(?:数字|数値|件数|人数|値|データ|数)?|その(?:数字|数値|件数|人数|値|データ|数)?|上記|いずれ|どちら|両方|実数|実際の(?:数字|件数|数))(?:は|も|が)?[、,]?)?(?:まだ)?$/u
const FIGURE_HELD59 = /ご了承|ご理解|お答え|控え|差し控え|でき(?:ません|ない|かね)|(?:掲載|公開|公表|記載)(?:し|いたし)ません|載せません|(?:掲載|公開|公表|記載|お示し)(?:して|いたして)(?:い|お)(?:ません|りません|ない)|載せて(?:い|お)(?:ません|りません|ない)/u

const CONF59 = new ParagraphGate([
  COUNTERPART59, PRICE_ASKED59, PRICE_PROCEDURE59, PRICE_SETTLED59, SELECTION59, STANDING59, DECISION_PENDING59, STANDING_OUT59, CONTEST59,
  SICK_LEAVE_NAMED59, SICK_PUBLIC59, APPROVAL_AHEAD59, CONTRACT_TALK59, APPROVAL_NOTICE59, REQUEST_PUT59, PENALIZED59, PENALIZED_PUBLIC59,
  STAFF_LET_GO59, LET_GO_PUBLIC59, NOT_OUT_RULE59, UNPUBLISHED_FIGURE59,
])

/** The conf59 kinds (see the comment above FIG59), run after the conf58 ones. */
function runConf59({ input, t, spans, notAware, aware, once, published }: Conf58Context): void {
  const { doc, emit } = input
  const q = CONF59.scan(t)
  const sentence = (at: number, to: number): Span => sentenceAround(t, at, to)
  /** The sentence of a match, with the one before it and the one after it (within the line). */
  const around3 = (m: RegExpExecArray): { here: Span; prev: Span; next: Span } => {
    const here = sentence(m.index, m.index + m[0].length)
    const prev = here.start > 0 && t[here.start - 1] !== '\n' ? sentence(here.start - 1, here.start - 1) : here
    const next = here.end < t.length && t[here.end - 1] !== '\n' ? sentence(here.end, here.end) : here
    return { here, prev, next }
  }
  // A price change the other side of a contract asks for.
  if (q.has(COUNTERPART59) && !q.has(PRICE_SETTLED59) && !q.has(PRICE_PROCEDURE59) && !CONSUMER58.test(t)) {
    emitAll(q, doc, t, PRICE_ASKED59, 'confidential/negotiation', emit, spans, once((m) => {
      const here = sentence(m.index, m.index + m[0].length)
      const clause = t.slice(here.start, here.end)
      return notAware(m) && !published(t) && PRICE_PARTY59.test(clause) && !PRICE_BENEFIT59.test(clause)
    }))
  }
  // A selection's progress before its result.
  if (q.has(SELECTION59) && q.has(DECISION_PENDING59) && !q.has(STANDING_OUT59)) {
    const contest = q.has(CONTEST59)
    emitAll(q, doc, t, STANDING59, 'confidential/pre-release', emit, spans, once((m) => {
      const narrowed = /絞|しぼ/u.test(m[0])
      const lead = t.slice(sentence(m.index, m.index).start, m.index)
      return notAware(m) && !(contest && narrowed) && (!narrowed || STANDING_NAMED59.test(lead)) && !STANDING_ORDER59.test(t.slice(m.index + m[0].length, m.index + m[0].length + 12))
    }))
  }
  // A named member of staff's sick leave.
  if (!q.has(SICK_PUBLIC59)) emitAll(q, doc, t, SICK_LEAVE_NAMED59, 'confidential/personnel', emit, spans, once((m) => notAware(m) && sickWhoKnown(t, m)))
  // A contract's figure while its internal approval is still to come.
  if (q.has(CONTRACT_TALK59) && !q.has(APPROVAL_NOTICE59)) {
    emitAll(q, doc, t, APPROVAL_AHEAD59, 'confidential/pre-release', emit, spans, once((m) => {
      const { here, prev } = around3(m)
      const region = t.slice(prev.start, here.end)
      return notAware(m) && new RegExp(VALUE58, 'u').test(region) && CONTRACT_TALK59.test(region)
    }))
  }
  // A budget request's sums put to the finance section.
  if (q.may(REQUEST_PUT59) && BUDGET_INSIDE58.test(t) && /要求|要望/u.test(t) && !BUDGET_OUT58.test(t) && !REQUEST_PUBLIC.test(t)) {
    emitAll(q, doc, t, REQUEST_PUT59, 'confidential/budget', emit, spans, once(notAware))
  }
  // A colleague's penalty told.
  // (Review of conf59, rvconf59: not a penalty supposed, 先輩が減給になったらどうしよう; 処分を受けても.)
  if (!q.has(PENALIZED_PUBLIC59)) emitAll(q, doc, t, PENALIZED59, 'confidential/personnel', emit, spans, once((m) => notAware(m) && !/^(?:た|だ)?(?:ら(?!し)|ては|ても|でも|れば|ちゃったら)/u.test(t.slice(m.index + m[0].length, m.index + m[0].length + 6))))
  // A worker let go for misconduct.
  if (!q.has(LET_GO_PUBLIC59)) emitAll(q, doc, t, STAFF_LET_GO59, 'confidential/personnel', emit, spans, once(notAware))
  // A rule not to put a matter out, then the matter told in that sentence or the next.
  emitAll(q, doc, t, NOT_OUT_RULE59, 'confidential/pre-release', emit, spans, once((m) => {
    const { here, next } = around3(m)
    const told = t.slice(m.index + m[0].length, Math.max(here.end, next.end))
    const held = t.slice(here.start, m.index)
    return notAware(m) && RULE_HELD_BREAKDOWN59.test(held) && RULE_TOLD59.test(told) && !PUBLIC_PART.test(told) && !RULE_HELD59.test(told) && !published(told)
  }))
  // A figure told, then labelled unpublished.
  emitAll(q, doc, t, UNPUBLISHED_FIGURE59, 'confidential/pre-release', emit, spans, once((m) => {
    const { here, prev } = around3(m)
    const subject = t.slice(here.start, m.index)
    const earlier = t.slice(prev.start, here.start)
    const told = FIGURE_BACKREF59.test(subject) || (earlier.match(new RegExp(FIG59.source, 'gu')) ?? []).length >= 2
    return notAware(m) && told && FIG59.test(t.slice(prev.start, here.end)) && !FIGURE_HELD59.test(t.slice(here.start, here.end)) && !aware(t.slice(prev.start, here.end))
  }))
}

/*
 * conf60 kinds (blind R325C: staff of schools, nurseries, the fire service, the hospital and the waterworks telling an internal matter in
 * good faith). Each is read as a kind, in the wordings a member of staff would use; they are read only where the paragraph has no finding
 * of the family yet, as the conf56 kinds are.
 * - A test or a measurement's finding (…が暫定目標値の8割ほどの値で検出されました) while its formal release is said to come later (正式な
 *   公表は再検査の結果がそろう来月になります; 正式な発表はまだ; 公表前): TEST_FINDING60 with FORMAL_LATER60. A finding announced, nothing
 *   found (検出されませんでした) and a release promised with nothing told stay clean.
 * - An incident (給食に金属片が混じっていた件, 誤って, けが) while those it concerns are said not yet told (学校や保護者の皆さんへのお知らせは、
 *   原因がはっきりしてからにする予定; 保護者への説明はまだ): AFFECTED_NOT_TOLD60 with INCIDENT60. A change decided inside (…を3人から2人に
 *   減らすことが、院内の会議で決まりました) with those affected not yet told: the same, with DECIDED_INSIDE60. A notice being sent (お知らせを
 *   配布しました, これから配布します), an apology and an event's date stay clean.
 * - An arrangement made inside a unit on where cases go because of a gap in staffing (内科当直ひとりだけの日が多く…久留米方面の病院へ運ぶよう、
 *   隊内で申し合わせています): INSIDE_AGREED60 with DIVERTED60 and SHORTFALL60. A safety habit agreed (マスクの着用を申し合わせ) and a
 *   hospital's own notice of where to go stay clean.
 * - A sum the city offered in talks still awaiting the other side's answer (年間1,200万円の派遣協力金をお示ししており、…先方のお返事を待って
 *   いる): OFFERED60 with AWAIT60. A request for a subsidy, a deal concluded and consumer advice stay clean.
 * - A criterion said not to be in the published guide, told with its figure (満点基準を40回に引き上げました。募集要項には載せていない基準
 *   ですが): NOT_IN_GUIDE60. A question answered by pointing to the guide, and a refusal, stay clean.
 * - A count of families under watch at one unit, from a case conference (見守りが必要なおうちが園全体で7世帯…2世帯は児童相談所とも連絡):
 *   CASE_AT_UNIT60, and the family's CASE_MEETING_HELD read with 今年度 as no published year. A city-wide yearly count published stays clean.
 * - An exam to come, with where a question sits or what it is built on (算数は、…運賃を使った割合の問題が大問二に入っています): QUESTION_PLACED60;
 *   a passage chosen for an exam being set (今年の国語の長文は、北原白秋の随筆から「水郷柳河」の一節を選びました): EXAM_SOURCE60; an essay's
 *   theme with words between (作文、今年のテーマは「…」に決まりました): EXAM_THEME60; an interview question set (受験者全員に、最初に「…か」を
 *   聞くことにしています): QUESTION_SET60. Past papers, scopes, results, a contest's theme and a class's lesson stay clean.
 * - A selection's results counted (申込３１２人に対して入所決定が２４１人, 合格は十一人になりました; ボーダーは…38点) while the notice or the
 *   announcement is still to come (結果通知の発送は2月14日です; 発表は来週): RESULT_COUNT60 with RESULT_NOTICE_LATER60. A plan of how many to
 *   hire, a published result, last year's figures and a citizens' test stay clean.
 * - A figure labelled as before the council (議会にかける前の金額なので, 議決前の契約額): BEFORE_COUNCIL60 with a figure; a price got down in
 *   talks said to be kept here (4,300万円まで下げてもらいました…ここだけで): NEGOTIATED_DOWN60. A public comment before the council and a
 *   refusal stay clean.
 * - A budget request's sum with how the internal assessment went (来年度予算で３億８，０００万円を要求し、…財政課との協議でほぼ満額認めて
 *   もらえました): REQUESTED60. A budget published (当初予算案を公表しました…計上) stays clean.
 * - A member of staff's discipline under way (署員一人が、…飲酒に関わる件で現在懲戒の手続きに入っています; 処分の内容は来月の審査会で決まります):
 *   DISCIPLINE_UNDERWAY60. A penalty announced with an apology, a promise to publish once decided and a rule of procedure stay clean.
 * - A colleague's move decided while the formal notice is still to come (教頭先生が他校へ転任されることが決まっています。…正式なお知らせは
 *   3月末の新聞発表の後になりますが): MOVE_DECIDED60. Moves published and one's own 内示 stay clean.
 */
const N60 = '[0-9〇一二三四五六七八九十百千][0-9〇一二三四五六七八九十百千,]{0,12}'
/** The formal release or notice said to come later (正式な公表は…来月になります; 正式なお知らせは…予算発表までお待ちください). */
const FORMAL_LATER60 =
  /(?:(?:正式|公式)(?:な|の|に)?|確定(?:値|版|結果)?の)(?:(?:結果|数値|数字|データ|値|ご案内)の)?(?:公表|発表|お知らせ|ご報告|報告|公開|通知|ご案内|発表資料)(?:は|が)[、,]?[^。！？!?\n]{0,30}?(?:(?:来月|来週|後日|年明け|来年|週明け|月末|年度末|[0-9]{1,2}月|[0-9]{1,2}日|以降|あと|後|てから|でから|そろ(?:う|って)|出(?:る|て)|まとま(?:る|って))(?:に|と)?(?:なり(?:ます|そう)|なる(?:予定|見込み)?|の予定|予定|を予定|します|いたします|行います|です)|まで(?:お待ち|待って|もう少し|しばらく)|まだ(?:です|先|これから|出て))|(?:正式|公式)(?:な|の)?(?:公表|発表|お知らせ)(?:を|まで)[、,]?(?:待って|お待ち)|(?:公表|発表)(?:前|はまだ|はこれから)|まだ(?:公表|発表)(?:して|され)(?:い)?(?:ない|ません)/u
/** A test or a measurement's finding (…の値で検出されました; 基準値の8割; 0.05mg/L). */
const TEST_FINDING60 =
  /(?:検出(?:され(?:まし)?た|されて(?:い|お)|しました|した)|(?:基準値|目標値|暫定目標値|指針値|管理目標値|上限値|規制値|基準)(?:の[0-9一二三四五六七八九十.]+(?:割|%|倍)|を(?:超え|上回|下回)|に(?:近い|迫る|近づ))|[0-9][0-9.]{0,12}(?:mg|μg|ng|ppm|ppb|Bq|ベクレル|ミリグラム|マイクログラム|ナノグラム|マイクロシーベルト)|(?:菌|ウイルス|化合物|アスベスト|石綿|鉛|ヒ素|水銀|PFAS|PFOS|PFOA|有害物質)(?:が|も)[^。！？!?\n]{0,12}?(?:見つか(?:りました|った)|出ました|出た))/gu
const TEST_CONTEXT60 = /検査|測定|分析|調査|採水|水質|モニタリング|測った|計測/u
const TEST_NONE60 = /(?:されません|されず|ありません|ありませんでした|なかった|不検出|検出限界未満|未満でした)/u
const RELEASED60 = /(?:公表|発表|公開|掲載)(?:しました|いたしました|されました|して(?:い|お)(?:ます|ります))|ホームページ|市HP|お詫び|おわび|記者会見を(?:開|行)/u

/** Those a matter concerns, said not yet told (保護者の皆さんへのお知らせは、…してからにする予定; 患者さんやご家族への説明はまだこれから). */
const AFFECTED60 = '(?:保護者|学校|利用者|入所者|入居者|患者|家族|ご遺族|遺族|住民|地元|自治会|区長|関係者|児童|生徒|子ども|子供|お子さん|市民|当事者|被害者|本人|対象者|受給者|契約者|組合|利用者|乗客|お客様|入院中の方)'
const AFFECTED_NOT_TOLD60 = new RegExp(
  `${AFFECTED60}(?:さん|様|さま)?(?:の(?:皆さん|皆様|皆さま|方々|方))?(?:には|にも|へは|にさえ)[、,]?(?:まだ)[^。！？!?\\n]{0,8}?(?:伝えて|知らせて|お知らせして|ご説明して|説明して|報告して|ご報告して|連絡して|言って|話して|お伝えして)(?:い|お)?(?:ない|ません|らん|ん)|` +
  `${AFFECTED60}(?:さん|様|さま)?(?:の(?:皆さん|皆様|皆さま|方々|方))?(?:(?:や|と|・|、)[^。！？!?\\n、]{0,12}?)?(?:へ|に|に対して|に対する|向け)(?:の)?(?:ご|お)?(?:お知らせ|知らせ|説明|報告|連絡|通知|周知|公表|案内|話)(?:は|が|も)[、,]?[^。！？!?\\n]{0,24}?(?:まだ|未だ|済んで(?:い)?(?:ない|ません)|して(?:い)?(?:ない|ません)|できて(?:い)?(?:ない|ません)|前(?:です|なので|ですので|ですが|だけど|やけど|の段階|なん)|これから(?:です|なので|ですが|なん|で|の段階)|(?:て|で)から(?:に(?:する|します|したい|なる|なります)|の予定)|(?:の)?(?:後|あと)に(?:なり|なる|する|します))`,
  'gu',
)
/** An incident (異物の混入, 誤って, けが, 紛失). */
const INCIDENT60 = /異物|混入|混じ|金属片|ガラス片|事故|ミス|誤(?:って|り|配|送|交付|投与|接種|飲|嚥|請求|徴収|支給|発送)|取り違え|ケガ|けが|怪我|負傷|骨折|転倒|転落|紛失|漏えい|漏洩|流出|盗難|食中毒|ノロ|集団感染|体調不良|アレルギー|不具合|破損|体罰|いじめ|不祥事|不適切/u
/** A change decided inside (院内の会議で決まりました; 課内の打合せで決定しました). */
const DECIDED_INSIDE60 = /(?:院内|庁内|課内|部内|署内|園内|校内|局内|所内|館内|社内|施設内|センター内|事業所内|内部|幹部|職員|経営)(?:の)?(?:会議|打ち合わせ|打合せ|協議|話し合い|検討会|委員会|運営会議|幹部会|会合)(?:で|にて|において)[、,]?[^。！？!?\n]{0,10}?(?:決ま|決定|了承|承認|固ま|まとま)/u
/** A practice stated for any case (けがをしたときは…連絡は手当の後になることもあります): no event told. */
const GENERIC_PRACTICE60 = /こともあ|場合(?:は|に|も|が)|(?:とき|時|際)(?:は|には)|たら[、,]/u
const NOTICE_GOING_OUT60 = /(?:配布|配付|送付|郵送|発送|お送り)(?:しました|いたしました|済み)|説明会を(?:開きました|行いました|開催しました)/u

/** An arrangement made inside a unit (隊内で申し合わせています, 署内の取り決めで). */
const INSIDE_AGREED60 =
  /(?:隊内|署内|院内|課内|庁内|部内|係内|園内|校内|局内|班内|内々|内部|隊員|職員|スタッフ|医師|現場)(?:の間|同士|みんな)?(?:で|では)[、,]?[^。！？!?\n]{0,6}?(?:申し合わせ|申合せ|取り決め|取決め|決めて(?:い|お)|ルール(?:化|に)して|統一して)|(?:隊内|署内|院内|課内|庁内|部内|係内|園内|校内|局内|内部|内々)の(?:申し合わせ|申合せ|取り決め|取決め|ルール|約束事)/gu
/** …on where or whether cases go (…の病院へ運ぶよう, 受け入れないことに, 回すように). */
const DIVERTED60 = /(?:運ぶ|運んで|搬送する|搬送して|回す|回して|断る|お断りする|受け入れない|受けない|後回しにする|見送る|連れて行く|送る)(?:よう|ように|ことに|方針)/u
/** …because of a gap in staffing (内科当直ひとりだけ, 医師がいない, 受け入れが難しい). */
const SHORTFALL60 = /当直(?:医)?(?:が)?(?:ひとり|一人|1人|不在|いない)|手薄|人手(?:が)?(?:不足|足りな)|人員(?:が)?(?:不足|足りな)|(?:医師|看護師|職員|専門医|当直医|小児科医|救急医)(?:が)?(?:いない|不在|足りな|不足|ひとり|一人|1人)|(?:ひとり|一人|1人)だけ|受け入れ(?:が|を)?(?:でき(?:ない|ず)|難し|制限|停止|困難|止め)|休診/u

/** A sum the city offered in talks (年間1,200万円の派遣協力金をお示ししており). */
const OFFERED60 = new RegExp(
  `${VALUE58}(?:の[^。！？!?\\n]{0,14}?)?(?:を|で)[、,]?(?:[^。！？!?\\n、,]{0,8}?(?:に|へ)(?:は)?[、,]?)?(?:お示し|ご提示|提示|ご提案|提案|打診)(?:(?:し|いたし)(?:て(?:おり|います|いる|あり)|ました|た)|中|済み|しとる|しちょる)`,
  'gu',
)
/** …the answer awaited (先方のお返事を待っている; 回答待ち; ご判断をいただく予定). */
const AWAIT60 = /(?:お返事|ご返事|返事|ご回答|回答|返答|ご判断|判断|ご検討|結論)(?:を|が)?[^。！？!?\n]{0,6}?(?:待って|待ち|お待ち|待つ|いただく予定|もらう予定|来る予定)|(?:返事|回答|返答)待ち|(?:話し合い|交渉|協議)を続けて/u
const OFFER_OUT60 = /補助|助成|交付金|寄附|寄付|ふるさと納税|相談窓口|消費生活|合意しました|合意いたしました|合意に至|締結|契約しました|妥結|公表し|発表し|ホームページ|市HP|議決|可決/u

/** A criterion said not to be in the published guide (募集要項には載せていない基準ですが; 非公表の採点基準). */
const CRITERION60 = '(?:基準|採点基準|配点|合格基準|合格ライン|評価基準|評価項目|採点項目|満点基準|条件|ライン|目安|内規|ルール)'
const NOT_IN_GUIDE60 = new RegExp(
  `(?:募集要項|要項|要綱|受験案内|試験案内|案内|ホームページ|公表資料|要領|パンフレット|チラシ)(?:に|には|にも|では)[、,]?(?:載せて|載って|書いて|記載して|記載されて|掲載して|掲載されて|明記して|明記されて|示して|出して|公表して)(?:い)?(?:ない|ません)(?:が|けど)?[、,]?(?:という|って)?${CRITERION60}` +
    `|(?:非公表|非公開|公表していない|公開していない|外には?出していない|表には?出していない)の(?:内部)?${CRITERION60}`,
  'gu',
)
/** …the criterion told with its figure (腕立て伏せの満点基準を40回に, 50m走は8秒以内). */
const CRITERION_FIGURE60 = /[0-9〇一二三四五六七八九十百]+(?:回|点|秒|分|%|メートル|m|キロ|kg|cm|センチ|位|割|ポイント)/u

/** Families under watch counted at one unit (見守りが必要なおうちが園全体で7世帯; 2世帯は児童相談所とも連絡を取り合っています). */
const CASE_AT_UNIT60 = new RegExp(
  `(?:見守りが必要|見守りの必要|見守り対象|見守っている|要保護|要支援(?!学級)|虐待(?:が|の)疑われる|ネグレクト(?:が|の)疑われる|気になる(?:ご)?家庭|心配な(?:ご)?家庭)[^。！？!?\\n]{0,12}?(?:園全体|園内|当園|本園|うちの園|この園|本校|当校|学校全体|校内|全校|クラス|学級|学年|病棟|施設全体|施設内)(?:で|に|では|には)?[、,]?(?:は|も)?${N60}(?:世帯|家庭|人|名|件|家族|ケース|組|軒)` +
    `|${N60}(?:世帯|家庭|人|名|家族|組|軒)(?:は|が|とも|も)?[、,]?(?:児童相談所|児相)(?:と|とも|に|へ)[^。！？!?\\n]{0,6}?(?:連絡|連携|相談|つない|通告|情報共有)`,
  'gu',
)
const CASE_UNIT_OUT60 = /市全体|全国|県内|統計|白書|公表|ホームページ|市HP|研修|啓発|以上の|未満の|の場合/u
/** A published year of counts (昨年度の相談件数, 令和5年度): 今年度 alone is no publication. */
const CASE_YEAR_PUBLIC60 = /(?:昨年度|前年度|令和[0-9元]+年度|平成[0-9元]+年度|年度末|年度の(?:相談|通告|件数|実績))|ホームページ|市HP|公表|統計|白書|報告書|研修|啓発|代表者会議/u

/** An exam subject (算数は, 国語の長文). */
const SUBJECT60 = '(?:国語|算数|数学|英語|理科|社会|地理|歴史|公民|物理|化学|生物|教養|専門|一般教養|適性|作文|論文|小論文|リスニング|読解|記述|長文|古文|漢文)'
/** Where a question sits in an exam to come or what it is built on (割合の問題が大問二に入っています; 大問3は…を使った問題です). */
const QUESTION_PLACED60 = new RegExp(
  `(?:${SUBJECT60}|試験|テスト|調査|入試)(?:は|では|には|で)[、,]?[^。！？!?\\n]{2,40}?(?:問題|設問|文章|題材|長文|問い|グラフ|資料|文章題)(?:が|を|も)[、,]?[^。！？!?\\n]{0,8}?(?:大問|第|問)[0-9一二三四五六七八九十]+(?:問)?(?:に|で|として)[、,]?(?:入って|入り|入れ|出し|出ます|出る|出題|登場|使)` +
    `|(?:大問|第)[0-9一二三四五六七八九十]+(?:問)?(?:は|では|で|に|には)[、,]?[^。！？!?\\n]{2,30}?(?:を使った|を題材に(?:した)?|についての|に関する|をテーマに(?:した)?|を扱った)(?:問題|出題|設問|文章|長文)(?:です|になります|が(?:出|入)|を(?:出|入れ))` +
    `|(?:今年|今回|本番|明日|明後日|来週|次)の${SUBJECT60}(?:は|では)[、,]?[^。！？!?\\n]{2,30}?(?:を使った|を題材に(?:した)?|を扱った|が出てくる|をテーマに(?:した)?)(?:問題|設問|文章題|長文|出題)(?:が|を)[^。！？!?\\n]{0,6}?(?:出ます|出題され(?:ます|る)|出題します|入って|出します|入れて|用意)`,
  'gu',
)
const EXAM_WORD60 = /学力調査|学力テスト|学力検査|テスト|試験|入試|検定|考査|選抜|作問/u
const EXAM_AHEAD60 = /明日|あした|あす|明後日|あさって|来週|来月|来春|今度|次回|本番|当日|受験生|受験する|受験される|受ける|に向けて|に向けた|に向け|控え|迎え|頑張|がんば/u
const EXAM_OUT60 = /過去問|過去の|昨年|去年|前年|前回|例年|出題範囲|範囲|解答速報|解説|例題|見本|サンプル|公開されて|公表されて|結果|正答率|でした|されました|出ました/u
/** A passage chosen for an exam being set (長文は、…の一節を選びました). */
const EXAM_SOURCE60 =
  /(?:長文|本文|課題文|題材|出典|読解問題|英文|古文|漢文|詩|小説|評論|随筆|説明文|物語文|リスニング|作品)(?:は|には|として|で)[、,]?[^。！？!?\n]{2,40}?(?:を選びました|を選んで|を選び|に決めました|にしました|を採用し|を使います|を使うことに|から出題し|から出します|を出題し|から取りました|から選びました|に決まりました)/gu
const EXAM_SETTING60 = /作問|問題作成|問題づくり|問題を作|出題|入試|入学者選抜|選抜|学力検査|採用試験|試験問題|テスト問題/u
/** An essay's theme with words between (作文、今年のテーマは「…」に決まりました). */
const EXAM_THEME60 = new RegExp(
  `${EXAM_PART}(?:試験)?[、,]?[^。！？!?\\n「」『』]{0,10}?(?:テーマ|課題|題目|お題|題)(?:は|が)[、,]?[「『][^「」『』\\n]{2,60}[」』](?:に|と)(?:決まり|決定し|なり|しまし|決め)`,
  'gu',
)
/** An interview question set for all (受験者全員に、最初に「…か」を聞くことにしています). */
const QUESTION_SET60 =
  /「[^「」\n]{4,60}(?:か|ください|下さい|\?|なさい)」(?:(?:と|や|、)「[^「」\n]{2,60}」){0,3}(?:を|と|って|という(?:質問|問い)を|の(?:質問|問い)を)[、,]?[^。！？!?\n「」]{0,8}?(?:聞く|質問する|尋ねる|問う|お聞きする|お尋ねする)(?:こと(?:に|と)(?:して|し|なって|決め|なり)|予定|つもり|方針|ことが決ま)/gu
const INTERVIEW60 = /面接|試験|選考|受験/u

/** A selection's results counted (入所決定が２４１人; 合格は十一人; ボーダーは…38点). */
const RESULT_COUNT60 = new RegExp(
  `(?:合格(?:者)?|入所決定(?:者)?|入所内定|入園決定|採用決定|採用内定|内定(?:者)?|当選(?:者)?|通過(?:者)?|採用者|決定者)(?:数)?(?:は|が)[、,]?[^。！？!?\\n]{0,8}?${N60}(?:人|名|世帯|組|社|団体)(?!(?:程度|以内|まで|を予定|の予定|予定|を募集|募集|以上))` +
    `|${N60}(?:人|名)(?:の方)?(?:が)[、,]?(?:合格|採用決定|内定|当選|入所決定|入所が決ま|通過)(?!予定|の予定|を予定)` +
    `|(?:合格|採用|内定|当選|通過)(?:した|された|となった|が決まった|できた)(?:の|方)(?:は|が)[、,]?${N60}(?:人|名)` +
    `|(?:合格者|内定者|当選者|入所決定者|採用決定者)${N60}(?:人|名)(?!(?:程度|以内|まで|を予定|の予定|予定|を募集|募集|以上))` +
    `|(?:申込|申し込み|応募|受験|志願)(?:者)?(?:は|が)?${N60}(?:人|名|件)に対し(?:て)?[、,]?[^。！？!?\\n]{0,12}?${N60}(?:人|名|件)` +
    `|(?:ボーダー(?:ライン)?|合格ライン|合格最低点|最低点|合格基準点|足切り(?:ライン|点)?|当落線)(?:は|が)[、,]?[^。！？!?\\n]{0,14}?${N60}(?:点|ポイント)`,
  'gu',
)
/** …while the notice or the announcement is still to come (結果通知の発送は2月14日です; 発表は来週なので). */
const RESULT_NOTICE_LATER60 =
  /(?:結果|合否|選考結果|合格|採否|審査結果)?(?:の)?(?:通知|発表|公表|お知らせ|ご連絡|連絡)(?:書)?(?:の)?(?:発送|送付|郵送)?(?:は|が)[、,]?[^。！？!?\n]{0,16}?(?:来週|来月|後日|明日|あす|週明け|[0-9]{1,2}月|[0-9]{1,2}日|予定|これから|まだ)|(?:発表|通知|公表)(?:前|まで)|まだ(?:通知|発表|公表|お知らせ)(?:して|され|前)|待って(?:て)?(?:ください|くださいね|ね)|お待ちください/u
const RESULT_OUT60 = /(?:合格|結果|合格者)(?:を|の)?(?:発表|公表|掲載|通知)(?:しました|いたしました|されました)|受験番号を(?:掲載|公表)|ホームページ|市HP|昨年|前年|昨年度|例年|過去|検定|コンテスト|コンクール|大会|抽選会/u
/**
 * …not a count given as a concession before the rest is held back (合格者は3名ですが、それまでは私からは何も言わないでおきますね): the writer
 * keeps who they are until the notice.
 */
const RESULT_CONCEDED60 = /^(?:です|でした|だ)?(?:が|けど|けれど)[、,]?(?:それまで|詳し|名前|氏名|誰|どなた|個別|どの方)/u
const RESULT_SELECTION60 = /採用|選考|入所|入園|面接|試験|選抜|審査|内定/u

/** A figure labelled as before the council (議会にかける前の金額なので; 議決前の契約額). */
const BEFORE_COUNCIL60 =
  /(?:議会|市議会|委員会|全員協議会|理事会|議決)(?:に|へ|で)?(?:かける|諮る|お諮りする|出す|提案する|上程する|提出する|報告する|説明する|お示しする)?前の(?:金額|数字|額|価格|値段|数値|案|内容|話|情報|データ|見積(?:もり|り)?|契約額|予算額)|(?:(?:議会|市議会|委員会|全員協議会|理事会)(?:に|へ|で)(?:かける|諮る|お諮りする|出す|提案する|上程する|提出する|報告する|説明する|お示しする)|議決|(?:議会|委員会)(?:への|に)?(?:提出|上程|提案|報告|説明))前(?:なので|ですので|ですが|だけど|やけど|ばってん|で[、,])/gu
const COUNCIL_FIGURE60 = new RegExp(`${VALUE58}|[0-9０-９][0-9,]*(?:人|件|台|%|％|世帯)`, 'u')
const COUNCIL_OUT60 = /パブリックコメント|意見募集|ご意見|説明会を(?:開|行|開催)|公表し|発表し|ホームページ|市HP|議決されました|可決|お答え(?:でき|いたしかね|は控え)|控えさせ|差し控え/u
/** A price got down in talks (4,300万円まで下げてもらいました). */
const NEGOTIATED_DOWN60 = new RegExp(
  `${VALUE58}(?:まで|に)[、,]?(?:下げて|値引きして|まけて|安くして|抑えて|引き下げて)(?:もら|いただ|くれ|くださ)`,
  'gu',
)
const HELD_HERE60 = /ここだけ|内緒|ないしょ|内密|オフレコ|🤫|まだ言え|まだ公表|まだ発表|議会に(?:かける|出す|諮る|提案する)前|議決前/u
const NEGOTIATED_SETTLED60 = /契約しました|契約を締結|締結しました|落札|入札結果|議決|可決|公表し|発表し|ホームページ|市HP/u

/** A budget request's sum with how the internal assessment went (来年度予算で３億８，０００万円を要求し、…ほぼ満額認めてもらえました). */
const REQUESTED60 = new RegExp(
  `(?:予算|予算要求|要求)(?:で|として|に|は)[、,]?${VALUE58}(?:を|の)[、,]?(?:予算)?(?:要求|要望)(?:し|して|した|しています|しました|を出し)` +
    `|${VALUE58}(?:を|の)(?:予算)?要求(?:を出し|を上げ|を提出|し(?:て|た|ました|ています|ており))` +
    `|(?:予算)?要求額(?:は|が)[、,]?${VALUE58}`,
  'gu',
)
const ASSESSED60 = /財政課|財政担当|財政当局|査定|満額|全額(?:を)?認め|認めて(?:もらえ|いただけ|もら|いただ)|認められ|ついた|付いた|削られ|カットされ/u
const REQUEST_OUT60 = /概算要求|国の予算|政府予算|(?:国|政府|県)(?:に|へ)(?:の)?(?:予算)?(?:要求|要望)|要求状況|(?:予算案|予算)(?:を|が)?(?:発表|公表)(?:しました|されました|いたしました)|可決|議決|成立し|決算|ホームページ|市HP/u

/** A member of staff's discipline under way (懲戒の手続きに入っています; 処分の内容は来月の審査会で決まります). */
const DISCIPLINE_UNDERWAY60 =
  /(?:懲戒|処分|分限)(?:処分)?(?:の|に向けた|を前提とした)?(?:手続き|手続|審査|検討)(?:に入って|に入り|に入りました|を進めて|を始めて|中|にかけ)|(?:処分|懲戒)(?:の内容|の程度|の量定)?(?:は|が)[、,]?(?:来月|来週|次回|今月|月内|近く|週明け|[0-9]{1,2}日)(?:の)?[^。！？!?\n]{0,12}?(?:審査会|審査委員会|委員会|会議)で(?:決ま|決定|決め|判断)/gu
const DISCIPLINE_WHO60 = /職員|署員|隊員|教員|教諭|先生|看護師|社員|係員|同僚|部下|課長|係長|主任|消防士|保育士/u
const DISCIPLINE_OUT60 = /次第[、,]?(?:公表|お知らせ|発表|ご報告)|お詫び|おわび|申し訳|記者|報道|処分しました|処分といたしました|懲戒処分と(?:しました|いたしました)|処分を行いました|他の自治体|他市|全国|指針|規程|規則/u

/** A colleague's move decided (教頭先生が他校へ転任されることが決まっています). */
const MOVE_DECIDED60 =
  /(?:(?:教頭|校長|副校長|園長|副園長|所長|館長|課長|部長|係長|局長|次長|室長|署長|院長|看護師長|師長|主任|担任)(?:先生|さん)?|(?<![\p{Script=Han}])[\p{Script=Han}]{1,4}(?:先生|さん))(?:が|は)[、,]?[^。！？!?\n]{0,20}?(?:転任|転勤|異動|転出|退職|退任|昇任|昇格|栄転|離任)(?:(?:される|する|となる|になる|なさる)?(?:こと)?(?:が|に)(?:決まって|決まり|決定し|なって|なりました)|(?:されます|します|となります|になります|の予定です|予定です|されるそうです))/gu
const MOVE_LATER60 = /(?:新聞|報道|記者)発表(?:の)?(?:前|後|まで|は)|内示|辞令(?:は|の交付は)?(?:まだ|これから|前)|(?:公表|発表)(?:前|はまだ|はこれから|されるまで)|ここだけ|内緒|ないしょ|オフレコ/u
const MOVE_OUT60 = /(?:人事異動|異動|人事)(?:を|について|が)?(?:発表|公表|発令)(?:しました|いたしました|されました)|発表されたとおり|発表のとおり|新聞でも|報道のとおり|着任しました|就任しました|ホームページ|市HP/u

const CONF60 = new ParagraphGate([
  FORMAL_LATER60, TEST_FINDING60, TEST_CONTEXT60, RELEASED60, AFFECTED_NOT_TOLD60, INCIDENT60, DECIDED_INSIDE60, NOTICE_GOING_OUT60,
  INSIDE_AGREED60, DIVERTED60, SHORTFALL60, OFFERED60, AWAIT60, OFFER_OUT60, NOT_IN_GUIDE60, CRITERION_FIGURE60, CASE_AT_UNIT60, CASE_UNIT_OUT60,
  QUESTION_PLACED60, EXAM_WORD60, EXAM_AHEAD60, EXAM_SOURCE60, EXAM_SETTING60, EXAM_THEME60, QUESTION_SET60, INTERVIEW60,
  RESULT_COUNT60, RESULT_NOTICE_LATER60, RESULT_OUT60, RESULT_SELECTION60, BEFORE_COUNCIL60, COUNCIL_OUT60, NEGOTIATED_DOWN60, HELD_HERE60,
  NEGOTIATED_SETTLED60, REQUESTED60, ASSESSED60, REQUEST_OUT60, DISCIPLINE_UNDERWAY60, DISCIPLINE_WHO60, DISCIPLINE_OUT60, MOVE_DECIDED60,
  MOVE_LATER60, MOVE_OUT60,
])

/** The conf60 kinds (see the comment above N60), run after the conf59 ones. */
function runConf60({ input, t, p, spans, notAware, aware, once, published }: Conf58Context): void {
  const { doc, emit } = input
  const q = CONF60.scan(t)
  const sentence = (at: number, to: number): Span => sentenceAround(t, at, to)
  const sentenceText = (m: RegExpExecArray): string => {
    const s = sentence(m.index, m.index + m[0].length)
    return t.slice(s.start, s.end)
  }
  // A test's finding while its formal release is said to come later.
  if (q.has(FORMAL_LATER60) && q.has(TEST_CONTEXT60) && !q.has(RELEASED60)) {
    emitAll(q, doc, t, TEST_FINDING60, 'confidential/pre-release', emit, spans, once((m) => {
      const here = sentenceText(m)
      return notAware(m) && !TEST_NONE60.test(here) && !published(here)
    }))
  }
  // An incident, or a change decided inside, while those it concerns are not yet told.
  if (q.may(AFFECTED_NOT_TOLD60) && !q.has(NOTICE_GOING_OUT60)) {
    const incident = q.has(INCIDENT60) && !INCIDENT_ANNOUNCED.test(t)
    const decided = q.has(DECIDED_INSIDE60)
    if (incident || decided) {
      emitAll(q, doc, t, AFFECTED_NOT_TOLD60, incident ? 'confidential/incident' : 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !GENERIC_PRACTICE60.test(sentenceText(m)) && !published(t) && !aware(t)))
    }
  }
  // An arrangement made inside a unit on where cases go, because of a gap in staffing.
  if (q.has(DIVERTED60) && q.has(SHORTFALL60)) {
    emitAll(q, doc, t, INSIDE_AGREED60, 'confidential/staff-only', emit, spans, once((m) => {
      const s = sentence(m.index, m.index + m[0].length)
      return notAware(m) && DIVERTED60.test(t.slice(s.start, s.end)) && !published(t.slice(s.start, s.end))
    }))
  }
  // A sum offered in talks still awaiting the other side's answer.
  if (q.has(AWAIT60) && !q.has(OFFER_OUT60) && !CONSUMER58.test(t)) {
    emitAll(q, doc, t, OFFERED60, 'confidential/negotiation', emit, spans, once(notAware))
  }
  // A criterion not in the published guide, told with its figure.
  if (q.has(CRITERION_FIGURE60)) {
    emitAll(q, doc, t, NOT_IN_GUIDE60, 'confidential/staff-only', emit, spans, once((m) => {
      const s = sentence(m.index, m.index + m[0].length)
      const prev = s.start > 0 ? sentence(s.start - 1, s.start - 1) : s
      const region = t.slice(prev.start, s.end)
      return notAware(m) && CRITERION_FIGURE60.test(region) && !RULE_HELD59.test(t.slice(s.start, s.end)) && !published(region)
    }))
  }
  // Families under watch counted at one unit; a case conference named, its cases counted in this year's words.
  if (!q.has(CASE_UNIT_OUT60)) emitAll(q, doc, t, CASE_AT_UNIT60, 'confidential/duty-secret', emit, spans, once(notAware))
  if (p.has(CASE_CONFERENCE_WORDS) && p.has(CASE_TOLD)) {
    emitAll(p, doc, t, CASE_MEETING_HELD, 'confidential/meeting', emit, spans, once((m) => {
      const end = m.index + m[0].length
      const here = sentence(m.index, end)
      const after = t.slice(end, Math.min(t.length, end + 150))
      const window = t.slice(here.start, Math.min(t.length, end + 150))
      return notAware(m) && CASE_TOLD.test(after) && !CASE_YEAR_PUBLIC60.test(window) && !published(window)
    }))
  }
  // An exam to come: where a question sits, the passage chosen, the essay's theme, an interview question set.
  if (q.has(EXAM_WORD60) && q.has(EXAM_AHEAD60)) {
    const notPast = (m: RegExpExecArray): boolean => {
      const here = sentenceText(m)
      return notAware(m) && !EXAM_OUT60.test(here) && !EXAM_PRACTICE_CLASS.test(t) && !published(here)
    }
    emitAll(q, doc, t, QUESTION_PLACED60, 'confidential/pre-release', emit, spans, once(notPast))
    if (q.has(EXAM_SETTING60)) emitAll(q, doc, t, EXAM_SOURCE60, 'confidential/pre-release', emit, spans, once(notPast))
  }
  if (p.has(EXAM_NAMED) && p.has(EXAM_TO_COME) && !p.has(EXAM_THEME_PUBLIC)) {
    emitAll(q, doc, t, EXAM_THEME60, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !EXAM_PRACTICE_CLASS.test(t) && !EXAM_PUBLISHED_PART.test(sentenceText(m))))
  }
  if (q.has(INTERVIEW60) && p.has(EXAM_TO_COME)) {
    emitAll(q, doc, t, QUESTION_SET60, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !EXAM_PRACTICE_CLASS.test(t) && !EXAM_PUBLISHED_PART.test(sentenceText(m))))
  }
  // A selection's results counted while the notice or the announcement is still to come.
  if (q.has(RESULT_NOTICE_LATER60) && q.has(RESULT_SELECTION60) && !q.has(RESULT_OUT60)) {
    emitAll(q, doc, t, RESULT_COUNT60, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !RESULT_CONCEDED60.test(t.slice(m.index + m[0].length, m.index + m[0].length + 16)) && !published(t)))
  }
  // A figure labelled as before the council; a price got down in talks, kept here or before the council.
  if (q.has(COUNCIL_FIGURE60) && !q.has(COUNCIL_OUT60)) {
    emitAll(q, doc, t, BEFORE_COUNCIL60, 'confidential/pre-release', emit, spans, once((m) => {
      const s = sentence(m.index, m.index + m[0].length)
      const prev = s.start > 0 ? sentence(s.start - 1, s.start - 1) : s
      return notAware(m) && COUNCIL_FIGURE60.test(t.slice(prev.start, s.end)) && !published(t)
    }))
  }
  if (q.has(HELD_HERE60) && !q.has(NEGOTIATED_SETTLED60)) emitAll(q, doc, t, NEGOTIATED_DOWN60, 'confidential/negotiation', emit, spans, once(notAware))
  // A budget request's sum with how the internal assessment went.
  if (q.has(ASSESSED60) && !q.has(REQUEST_OUT60)) emitAll(q, doc, t, REQUESTED60, 'confidential/budget', emit, spans, once((m) => notAware(m) && !published(t)))
  // A member of staff's discipline under way.
  if (q.has(DISCIPLINE_WHO60) && (p.has(MISCONDUCT) || p.has(STAFF_CASE)) && !q.has(DISCIPLINE_OUT60) && !FORMAL_DISCIPLINE.test(t)) {
    emitAll(q, doc, t, DISCIPLINE_UNDERWAY60, 'confidential/personnel', emit, spans, once((m) => notAware(m) && !published(t)))
  }
  // A colleague's move decided while the formal notice is still to come.
  if ((q.has(MOVE_LATER60) || q.has(FORMAL_LATER60)) && !q.has(MOVE_OUT60)) {
    emitAll(q, doc, t, MOVE_DECIDED60, 'confidential/personnel', emit, spans, once((m) => notAware(m) && !published(t)))
  }
}

/*
 * conf61 kinds (blind R329C, R332M: finance, contracts, planning, city-planning, the assembly secretariat and the mayor's office telling
 * unreleased figures and negotiations in good faith). Each is read as a kind, in the wordings a member of staff would use; they are read only
 * where the paragraph has no finding of the family yet, as the conf56 and conf60 kinds are.
 * - A figure worked out by a section itself (係で試算を重ねた結果…17.4%引き上げないと…という数字が出ました; うちの課の試算では) while the body
 *   that will deliberate on it is still to hear it (審議会にお諮りするのは来月です; 議会への説明は2月): INSIDE_ESTIMATE61 with STEP_LATER61.
 *   The city's own estimate for residents (市で試算したところ), a figure with no step to come and a step already taken stay clean.
 * - A zoning or planning change told with its area (蒲池交差点から南へ約800mの範囲を、第一種住居地域から準工業地域に変える) while its map
 *   or its publication is still to come (地図の公開は審議会の後になります; 公表前): PLAN_CHANGE61 with PLAN_LATER61. A change put out for
 *   inspection or comment (縦覧, 意見書, パブリックコメント), one published and a plan's schedule with no area stay clean.
 * - A company being courted named with the terms in talk (食品メーカー「ナニワデリカ株式会社」…区画Bを前提に、土地の単価と奨励金の額について
 *   …お話ができました; ヤマセ電装株式会社の本社で、…工場進出について社長と直接条件を詰める予定): COURTED_TERMS61 with a company in the
 *   sentence and a siting in the paragraph. An agreement signed or announced, the city's incentives explained and a factory visit stay clean.
 * - A paper of the budget process or one made or used inside for a deliberation, shown in the post's photo (来年度予算の課ごとの査定結果の
 *   一覧表…写真の右側に写ってるのがそれです; ワーキングで使っている…コストの一覧です。課内で作った資料なので…写真を載せておきます):
 *   BUDGET_PAPER61 and INSIDE_PAPER61 with PHOTO_OF61. A photo kept clear, a paper for residents (パンフレット, 説明会) and a paper published
 *   stay clean.
 * - The terms of a contract in talks, the city's ask or the other side's offer, in any unit (手数料を9.5%から8%に下げてもらう交渉をしています;
 *   先方の担当の方は8.5%までなら): TERMS_ASKED61, TERMS_OFFERED61. A change agreed or announced, a request to the state and a resident's
 *   own dispute stay clean.
 * - A session held with the press or the public kept out (報道の方も入らない形で行われましたが), then what was shown or said in it (…に減らす案が
 *   執行部から示され): CLOSED_FORM61 with CLOSED_TOLD61. A notice of such a session with nothing told and minutes published stay clean.
 * - A property's appraisal before the city sells it (不動産鑑定の結果…評価額は1億3,600万円です。公募の最低価格は、この数字をもとに決める):
 *   APPRAISAL61 with SALE_AHEAD61. A sale's notice giving its minimum price, goods appraised and land values published stay clean.
 * - A tender's price bounds told before the opening, in any numerals (上限は四千二百万円、下限はその八十八パーセント…入札はあさってです):
 *   BID_BOUNDS61. A cap of a grant, a proposal's published ceiling, prices published in advance and a result stay clean.
 * - An amount at a stage of the internal budget assessment (要求額3億1,200万円のうち…課長査定では2億4,500万円まで落としています):
 *   ASSESSED_STAGE61. A trade-in appraisal, the assessment's schedule and a budget announced stay clean.
 * - The companies invited to a tender not yet held (今回お声がけしたのは、柳川建設工業、有明土木、筑後舗道、沖端組の4社): BIDDERS_INVITED61.
 *   Results, companies thanked outside a tender and an event's guests stay clean.
 * - A member of staff's move told ahead: after an informal word (人事課から内々に連絡がありました。…田代さんが、4月から…政策係長になります)
 *   or a post holder's next post for April with no announcement named (4月からは今の建設部長が総務部長に回られることになった): MOVE61.
 *   Moves announced (付の人事異動, 発表しました, 新聞), one's own move with a farewell and a new head introduced stay clean.
 * - A budget's total after the internal assessment while its release is awaited (一般会計の総額は391億4千万円でまとまり…2月の発表まで、
 *   もう少しだけお待ちください): DRAFT_BUDGET_FIGURE with RELEASE_AWAIT61. A budget announced and a release with no figure stay clean.
 * - A unit price in land talks still going on (残るお一人とは1㎡あたり4万8千円でお話を続けています): UNIT_PRICE_TALK61, TALK_FIGURE61.
 *   Land for sale, published land values and a purchase concluded stay clean.
 * - Amounts of a draft budget said to be before the council (まだ議会に出す前の当初予算案ですが、…記念品に1,840万円…を計上しています):
 *   DRAFT_PUT_IN61 with BUDGET_PENDING. A budget put to the council or published stays clean.
 */
const N61 = '[0-9〇一二三四五六七八九十百千][0-9〇一二三四五六七八九十百千,.]{0,12}'
/** An amount in any numerals, 4万8千円 too. */
const VALUE61 = `(?:[0-9][0-9,.]{0,6}万[0-9]{1,4}千(?:[0-9]{1,3}百)?円?|${VALUE58})`
/** A rate or a share (17.4%, 八十八パーセント, 2割). */
const RATE61 = `${N61}(?:%|パーセント|割)`
const FIGURE61 = new RegExp(`${VALUE61}|${RATE61}|${N61}(?:人|件|世帯|戸|か所|箇所|ha|ヘクタール|m2|平方メートル|点)`, 'u')

/** A section's own estimate (係で試算を重ねた結果, うちの課の試算では, 担当でシミュレーションしたところ). */
const INSIDE_ESTIMATE61 =
  /(?:(?<![\p{Script=Han}])(?:係|課|班|担当(?:課|係|者)?|係内|課内|部内|庁内|内部|事務局)|うち(?:の(?:係|課|班|部))?|私たち|わたしたち|チーム)(?:で|の方で|の中で|の)[、,]?(?:何度も|繰り返し|独自に|ざっと|改めて)?[、,]?(?:試算|推計|シミュレーション|再計算|積算|収支計算|計算)(?:を)?(?:重ね|繰り返|し直|やり直|行っ|して?み|し)?(?:し)?(?:た|て)?(?:結果|ところ|ら|では|だと|によると)/gu
/** …the body that deliberates still to hear it (審議会にお諮りするのは来月です; 議会への説明は2月; 委員会に諮る前ですが). */
const STEP_LATER61 =
  /(?:審議会|議会|市議会|委員会|協議会|懇話会|理事会|定例会|検討会)(?:に|へ|で|の|への|に対する|での)?(?:お諮り|諮問|諮る|諮り|ご報告|報告|ご説明|説明|提出|提案|上程|お示し|示す|かける|出す|審議)(?:する|します|いたします|される)?(?:の|こと)?(?:は|が)[、,]?[^。！？!?\n]{0,10}?(?:来月|来週|再来月|来年|年明け|今度|次回|[0-9]{1,2}月|[0-9]{1,2}日|これから|先|まだ|後日|今後)|(?:審議会|議会|市議会|委員会|協議会|懇話会|理事会)(?:に|へ|で)(?:お諮り|諮る|諮り|ご報告|報告|ご説明|説明|提出|提案|上程|お示し|かける|出す)(?:する)?前/u
const ESTIMATE_OUT61 = /(?:公表|発表|公開|掲載)(?:しました|いたしました|されました|して(?:い|お)(?:ます|ります)|済み)|ホームページ|市HP|答申|可決|議決/u

/** A zoning or planning change told with its area (…の範囲を、第一種住居地域から準工業地域に変える; …地区を市街化区域に編入). */
const PLAN_CHANGE61 =
  /(?:範囲|区域|エリア|一帯|周辺|沿い|地区|付近|一角|一部|部分|土地|農地|区画|街区|ヘクタール|ha)(?:を|は|が)[、,]?[^。！？!?\n]{0,24}?(?:地域|区域|地区|ゾーン)(?:に|へ)(?:変え|変更|編入|指定|切り替え|切替え|格上げ|見直)|(?:[^。！？!?\n]{0,2}(?:地域|区域|地区))から[^。！？!?\n]{0,12}?(?:地域|区域|地区)(?:に|へ)(?:変え|変更|編入|切り替え|切替え|格上げ)|(?:範囲|区域|エリア|一帯|周辺|地区|付近|一角|一部|部分|農地|街区|ヘクタール|ha)(?:を)[、,]?[^。！？!?\n]{0,16}?(?:地域|区域|地区|対象)(?:から|に)(?:外す|外し|除外|含め|入れ|加え|編入)/gu
/** A planned road's route told (計画道路のルートは、…小の北側を通って国道に抜ける線で固まりました). */
const ROUTE61 =
  /(?:ルート|路線|線形|計画線|バイパス)(?:は|が|を)[、,]?[^。！？!?\n]{0,30}?(?:通る|通す|通って|抜ける|抜けて|経由|沿いに|横切)[^。！？!?\n]{0,16}?(?:固ま|決ま|決定|になり|になる|とする|で調整|で進め|案)/gu
const PLAN_WORD61 = /計画道路|道路計画|バイパス|用途地域|都市計画|区域区分|市街化|地区計画|線引き|区画整理|立地適正化|誘導区域|防火地域|高度地区|容積率|建ぺい率|建蔽率/u
/** …the area's concreteness (交差点, 沿い, 800m, 丁目, 号線). */
const PLACE61 = /交差点|沿い|丁目|号線|国道|県道|市道|駅|地区|[\p{Script=Han}]町|周辺|一帯|付近|[0-9]+(?:m|メートル|km|キロ|ha|ヘクタール|m2|平方メートル)|(?:東|西|南|北)(?:へ|側|に)/u
/** …its map or its publication still to come (地図の公開は審議会の後になります; 公表前). */
const PLAN_LATER61 =
  /(?:地図|図面|区域図|案|変更案|計画案|内容|詳細|区域|範囲|ルート|(?:^|[。！？!?\n、,])(?:正式な|正式の|正式)?)(?:の)?(?:公開|公表|お披露目|発表)(?:は|が)[、,]?[^。！？!?\n]{0,16}?(?:後|あと|以降|来月|来年|来春|秋|春|夏|冬|年度末|予定|これから|先|まだ)|(?:公開|公表|発表)(?:前|はまだ|はこれから)|まだ(?:公開|公表|発表)(?:して|され)(?:い)?(?:ない|ません)|まで(?:は)?(?:公開|公表|発表)(?:しません|しない|できません|されません)|(?:審議会|議会|委員会)(?:の|を経た)?(?:後|あと)(?:に|で)?[、,]?(?:公開|公表|発表|お示し)/u
const PLAN_OUT61 = /縦覧|意見書|パブリックコメント|意見募集|ご意見を(?:募集|お寄せ)|(?:公表|発表|公開|掲載)(?:しました|いたしました|されました|して(?:い|お)(?:ます|ります))|ホームページ|市HP|告示しました|決定しました/u

/** A company named (ナニワデリカ株式会社, 株式会社…, 精密部品メーカーのヤマセ電装). */
const COMPANY61 =
  /[\p{Script=Han}\p{Script=Katakana}ー]{2,12}(?:株式会社|有限会社|ホールディングス|\(株\)|㈱)|(?:株式会社|有限会社|\(株\)|㈱)[\p{Script=Han}\p{Script=Katakana}ー]{2,12}|(?:メーカー|企業|会社|商社|チェーン)(?:の|「|『)[\p{Script=Han}\p{Script=Katakana}A-Za-zー]{2,14}/u
/** …a siting the city courts (進出, 誘致, 立地, 工場の新設, 工業団地). */
const SITING61 = /進出|誘致|立地|(?:工場|本社|拠点|事業所|研究所|物流センター)(?:の)?(?:建設|新設|増設|移転|誘致|進出|を(?:建て|構え|移))|工業団地|産業団地|企業用地/u
/** …and its terms talked over (土地の単価と奨励金の額について…お話ができました; 条件を詰める予定). */
const COURTED_TERMS61 =
  /(?:条件|単価|価格|奨励金|補助金?|助成(?:金)?|優遇(?:措置)?|賃料|地代|面積|区画|雇用(?:の)?(?:人数|規模)|税(?:の)?(?:減免|軽減)|固定資産税)[^。！？!?\n]{0,20}?(?:について|を|の)[、,]?[^。！？!?\n]{0,16}?(?:詰め|交渉|協議|話し合|お話|話(?:を|が|し|に)|商談|打ち合わせ|打合せ|ご提示|提示|ご相談|すり合わせ|調整)/gu
/** …an event with the company, not its siting (工場見学, イベント, 職場体験). */
const COMPANY_EVENT61 = /イベント|見学|体験|講座|セミナー|説明会|フェア|祭|展示会|交流会|ツアー/u
const COURTED_OUT61 = /合意し|締結し|協定を(?:結|締)|調印|(?:立地|進出|誘致)(?:が|を)?(?:決定し|決まりました|正式に決ま)|(?:発表|公表)(?:しました|いたしました|されました)|記者発表|操業を(?:開始|始め)|竣工|開業し|オープンし|(?:進出|立地)(?:し|され)(?:た|てい|ており)|ホームページ|市HP|セミナー|説明会/u

/** A paper of the budget process (査定結果の一覧表, 各課の要求額の表, 予算配分の資料). */
const BUDGET_PAPER61 =
  /(?:査定(?:結果|額|状況|内容|用)?|予算(?:要求|査定|配分|の(?:配分|内訳|割り振り))|要求額|(?:各課|課ごと|部ごと|事業ごと)(?:の)?(?:予算|要求|査定)(?:額)?)[^。！？!?\n]{0,8}?(?:一覧表?|表|資料|リスト|内訳|シート|書類|ファイル)/gu
/** A paper made or used inside for a deliberation (課内で作った資料, ワーキングで使っている…一覧). */
const INSIDE_PAPER61 =
  /(?:課内|庁内|部内|係内|局内|内部|ワーキング(?:グループ)?|WG|プロジェクトチーム|打ち合わせ|打合せ|庁議|部長会議?|課長会議?|幹部会議?|査定|ヒアリング)(?:で|の中で|用に)[、,]?(?:作った|作成した|まとめた|使っている|使ってる|使った|使う|使用している|配られた|配布された|回している|回っている|検討している)[^。！？!?\n]{0,24}?(?:資料|一覧表?|表|データ|メモ|シート|リスト|スライド|試算|集計|ペーパー)/gu
/** A paper of a deliberation: used in one (ワーキングで使っている) or about what is weighed (コスト, 統廃合, 候補, 見直し). */
const DELIBERATION61 = /^(?:ワーキング|WG|プロジェクトチーム|打ち合わせ|打合せ|庁議|部長会|課長会|幹部会|査定|ヒアリング)/u
const WEIGHED61 = /検討|議論|話し合|統廃合|再編|見直し|削減|廃止|候補|比較|コスト|費用|試算|順位|評価|方針|案(?!内)/u
/** …not a showing refused (写真ではお見せできません, 載せません). */
const REFUSED61 = /(?:お見せ|見せ|載せ|のせ|公開|掲載|共有|アップ|お配り|配布)(?:は)?(?:でき|出来|いたしかね|しかね|られ|れ)(?:ません|ない|ず)|(?:載せ|見せ|公開し|共有し|掲載し|アップし)(?:ません|ない|ず)|(?:お見せ|掲載|公開|共有)(?:は|を)?(?:控え|差し控え|見送)/u
/** …not a paper for the public (皆さんにも, ご家庭で, ご活用ください). */
const FOR_PUBLIC61 = /皆さんにも|皆様にも|市民の(?:皆|方)|住民の(?:皆|方)|ご家庭|ご自宅|ご活用|ご利用ください|お役立て|参考にしてください/u
/** …shown in the post's photo (写真を載せておきます, 写真の右側に写ってるのがそれです, 📸). */
const PHOTO_OF61 =
  /(?:写真|画像|スクショ|スクリーンショット)(?:の[^。！？!?\n]{0,8}?)?(?:に|で|を|は|が)?[^。！？!?\n]{0,8}?(?:写って|映って|写り込|載せ|のせ|アップ|添付|お見せ|見せ|貼|撮っ|撮り|撮影)|(?:写って|映って)(?:る|いる|ます)(?:の|もの)(?:が|は)|(?:写真|画像)(?:は|が)[、,]?[^。！？!?\n]{2,30}?(?:です|でした|だよ|やけど|だけど)|📸|📷/u
/** …or shown in the post (一枚だけお見せします, 公開しちゃいます, 共有します). */
const SHOWN61 = /お見せ|見せちゃ|見せます|公開し(?:ちゃ|ます)|載せ(?:て|ます|とき|ちゃ)|アップし|添付し|共有し(?:ます|ちゃ)/u
const PHOTO_OUT61 = /ぼかし|ボカシ|モザイク|写らない|写り込まない|写りこまない|写っていない|写らんよう|見えないよう|伏せ|隠し|市民向け|住民向け|パンフレット|チラシ|ポスター|リーフレット|説明会|出前講座|講座で|会見|記者発表|(?:公表|公開|掲載)(?:しました|いたしました|されました|して(?:い|お)(?:ます|ります)|済み)|ホームページ|市HP|可決|議決/u

/** The terms asked in talks (手数料を9.5%から8%に下げてもらう交渉をしています). */
const TERM61 = `(?:${VALUE61}|${RATE61}|${N61}(?:か月|ヶ月|カ月|年|日))`
const TERMS_ASKED61 = new RegExp(
  `${TERM61}(?:から|→)${TERM61}(?:に|へ|まで)[、,]?(?:下げ|上げ|引き下げ|引き上げ|値下げ|値上げ|減額|増額|縮め|延ば|短縮|延長)(?:て|して)?(?:もらう|もらえる|いただく|いただける|くれる)?(?:よう|ように|ための|方向で)?[、,]?(?:交渉|協議|お願い|調整|折衝|話し合い|働きかけ|申し入れ)(?:を)?(?:して(?!み|くださ|ほし|もら)|中|進め|続け|重ね)`,
  'gu',
)
/** The other side's offer (先方の担当の方は8.5%までなら, 相手方からは年600万円なら). */
const TERMS_OFFERED61 = new RegExp(
  `(?:先方|相手方|相手側|向こう(?:側|さん)?|事業者(?:さん|側)?|業者(?:さん|側)?|会社側|企業側)(?:の[^。！？!?\\n]{0,8}?)?(?:は|から(?:は)?|も)[、,]?[^。！？!?\\n]{0,8}?${TERM61}(?:まで(?:なら|は|であれば)|なら|であれば|で(?:あれば|なら))`,
  'gu',
)
/** A side's figure in talks, asked or held to (先方は手数料12%を希望; 市としては8%が限界). */
const TERMS_HELD61 = new RegExp(
  `(?:先方|相手方|相手側|向こう(?:側|さん)?|事業者(?:さん|側)?|業者(?:さん|側)?|会社側|企業側)(?:は|から(?:は)?|が)[、,]?[^。！？!?\\n]{0,12}?(?:${RATE61}|${N61}(?:か月|ヶ月|カ月|年))(?:を|で|の)?[、,]?(?:希望|要求|要望|提示|求め|主張|譲ら|出して|言って|示して)` +
    `|(?:市として(?:は)?|当市(?:として)?(?:は)?|こちら(?:として)?(?:は)?|当方(?:は)?|うち(?:として)?(?:は)?)[、,]?[^。！？!?\\n]{0,12}?${TERM61}(?:まで(?:しか|なら|が限界)|が限界|が精一杯|以上は(?:出せ|無理|難し|払え))`,
  'gu',
)
/** Talks still going on, in wordings TALKS_ONGOING misses (話を詰めています, 差は5千万円まで縮まりました, 決着させたい). */
const TALKS_ONGOING61 =
  /(?:話|条件|金額|価格|内容)を詰め|詰めの(?:協議|交渉|段階|話)|差(?:は|が)[^。！？!?\n]{0,12}?(?:縮ま|埋ま)|歩み寄|決着(?:させ|を(?:目指|図))|交渉(?:中|を続け)|協議中|お返事(?:待ち|を待)|回答(?:待ち|を待)/u
const TERMS_OUT61 = /補助|助成|支給|給付|割引|還元|合意しました|合意いたしました|合意に至りました|締結|契約しました|妥結|決着しました|まとまりました|(?:発表|公表)(?:しました|いたしました)|ホームページ|市HP|(?:国|県|政府)(?:に|へ|と)/u

/** A session held with the press or the public kept out (報道の方も入らない形で行われましたが). */
const CLOSED_FORM61 =
  /(?:報道(?:陣|機関|関係者)?|記者|マスコミ|メディア|傍聴(?:者|人|席)?|一般(?:の方|の傍聴者)?|市民)(?:の方々?|の皆さん|の皆様)?(?:も|は|を|が)?[、,]?(?:入らない|入れない|入れず(?:に)?|入らず|入れないで|いない|おらず|抜きの?|お断りし(?:て|た)|シャットアウトし(?:て|た))(?:形|かたち|形式|方式|状態|まま)?(?:で|の)?[、,]?(?:行われ|開かれ|開催され|実施され|行い|開き|開催し|進められ)(?!ます|る|ること)|(?:報道(?:陣|機関|関係者)?|記者|マスコミ|傍聴(?:者|人)?|一般の方)(?:の方々?|の皆さん|の皆様)?(?:に|には)[、,]?(?:ご)?退席(?:いただ|して(?:いただ|もら)|願)(?:いた|った)(?:後|あと)/gu
/** A session of members only (議員だけの勉強会で, 委員のみの協議会で), then a figure or a proposal shown in it. */
const CLOSED_MEMBERS61 =
  /(?:議員|委員|理事|執行部と議員)(?:の方)?(?:だけ|のみ|限り)(?:の|で)(?:開かれた|行われた|開いた)?(?:勉強会|協議会|会議|会合|説明会|懇談会|検討会)(?:で|の場で|にて|では)/gu
const CLOSED_FIGURE61 = /[0-9〇一二三四五六七八九十百千]+(?:万|億|千)?(?:円|人|名|件|世帯|%|割|倍|校|か所|箇所|社)|示され|提示され|説明があ|報告があ|案が出/u
/** …a meeting (協議会, 委員会, 審議, 勉強会), not an event closed to the public. */
const MEETING61 = /会議|協議会|委員会|審議|審査|議会|全協|勉強会|懇談会|会合|部会|庁議|説明会|ヒアリング/u
/** …then what was shown or said in it (…案が執行部から示され, 質問が相次ぎ). */
const CLOSED_TOLD61 = /[0-9〇一二三四五六七八九十百千]+(?:万|億|千)?(?:円|人|名|件|世帯|%|割|倍|校|か所|箇所|社)|示され|提示され|説明があ|報告があ|案が出|意見が(?:相次|出|分かれ)|質問が相次|紛糾|異論|反対意見|方向|決ま(?!り次第)|固ま/u

/** A property's appraisal with its value (不動産鑑定の結果…評価額は1億3,600万円です). */
const APPRAISAL61 = new RegExp(
  `(?:評価額|鑑定額|鑑定評価額|鑑定価格|鑑定評価|鑑定(?:の)?結果)(?:が|は)[、,]?(?:出|届|わかり|分かり|まとま)[^。！？!?\\n]{0,6}?[。!！]\\s?(?:約)?${VALUE61}` +
    `|(?:評価額|鑑定額|鑑定評価額|鑑定価格|鑑定評価)(?:は|が)[、,]?[^。！？!?\\n]{0,8}?${VALUE61}|鑑定(?:士)?(?:さん)?(?:の|による)(?:評価|見立て|査定)(?:額)?(?:は|が|で(?:は)?)[、,]?[^。！？!?\\n]{0,8}?${VALUE61}|(?:不動産鑑定|鑑定評価|鑑定)(?:の|、|,)?(?:結果|額)(?:は|が|で|では|によると)?[、,]?[^。！？!?\\n]{0,16}?${VALUE61}`,
  'gu',
)
const APPRAISED_PROPERTY61 = /不動産鑑定|鑑定評価|鑑定士/u
/** …before the sale it will set the price of (公募の最低価格は、この数字をもとに決めることになります; 売却は来年度). */
const SALE_AHEAD61 =
  /(?:最低(?:売却)?価格|予定価格|売却価格|貸付料|価格)(?:は|を)[、,]?[^。！？!?\n]{0,20}?(?:決める|決めます|決めること|決まる|設定する|設定します|これから|今後|予定)|(?:売却|公募|入札|公売|売り払い|払い下げ|貸付)(?:は|の|を)?[^。！？!?\n]{0,10}?(?:これから|来月|来年|来春|今後|予定|前)|(?:売却|公募|入札|公売|貸付)(?:要項|要綱|の準備|の手続き?|手続き?)(?:を)?(?:まとめ|準備|進め|作成|整え)/u
const APPRAISAL_OUT61 = /公告|申込み|申し込み|参加資格|募集要項|ご応募|受付|お宝|骨董|美術品|鑑定団|鑑定会|路線価|公示地価|基準地価|固定資産税評価|相続|買取|(?:公表|公開|掲載)(?:しました|いたしました|されました|して(?:い|お)(?:ます|ります))|ホームページ|市HP/u

/** A tender's price bounds with a value (上限は四千二百万円, 下限はその八十八パーセント, 最低制限価格は予定価格の88%). */
const BID_BOUNDS61 = new RegExp(
  `(?:上限|下限|予定価格|最低制限価格|最低制限|調査基準価格|低入札調査基準(?:価格)?|最低価格|天井)(?:の)?(?:額|金額|価格|ライン)?(?:は|を|が)[、,]?[^。！？!?\\n]{0,8}?(?:${VALUE61}|(?:その|予定価格の|上限の)?${RATE61})`,
  'gu',
)
const BID_AHEAD61 = /(?:明日|あす|あした|明後日|あさって|来週|再来週|来月|今週|週明け|[0-9]{1,2}日)[^。！？!?\n]{0,4}?(?:の)?(?:入札|開札)|(?:入札|開札)(?:は|が|日は)[、,]?[^。！？!?\n]{0,10}?(?:明日|あす|あした|明後日|あさって|来週|再来週|来月|今週|週明け|[0-9]{1,2}日|予定|これから|まだ)|入札(?:前|予定|はこれから|はまだ|を控え)|開札(?:前|予定|はまだ|はこれから)/u
const BID_BOUNDS_OUT61 = /事前公表|入札公告|公告(?:しました|文|中)|落札|開札結果|入札結果|開札しました|契約(?:を)?締結|プロポーザル|提案上限|募集要項|参加申込|ホームページ|市HP|補助|助成/u

/** An amount at a stage of the internal budget assessment (課長査定では2億4,500万円まで落としています; 要求額3億1,200万円のうち). */
const ASSESSED_STAGE61 = new RegExp(
  `(?:課長|部長|副市長|市長|財政課長?|財政部長?|財務課|一次|二次|最終|事務|理事者)査定(?:で|では|の段階で|の結果|後(?:は|で)?|を経て)[、,]?[^。！？!?\\n]{0,16}?${VALUE61}(?:まで|に|へ|と|で)?[、,]?(?:落と|削|減|圧縮|抑え|絞|なり|なっ|収ま|とどま|止ま|つき|付き|認め|残)` +
    `|(?:予算)?要求(?:額)?(?:は|が)?[、,]?${VALUE61}(?:の)?(?:うち|に対し(?:て)?)`,
  'gu',
)
const ASSESSED_CONTEXT61 = /査定|財政課|予算/u
/** …not an appraisal of goods or a claim (買い取り査定, 保険の査定). */
const ASSESSED_OUT61 = /買取|買い取り|下取り|中古|保険|査定士|車検/u

/** The companies invited to a tender (今回お声がけしたのは、柳川建設工業、有明土木、筑後舗道、沖端組の4社). */
const NAME61 = '[\\p{Script=Han}\\p{Script=Katakana}ー]{2,16}(?:\\(株\\))?(?:さん|様)?'
/** A name with a company's suffix or an honorific (有明電設さん, 柳川設備株式会社). */
const COMPANY_NAME61 = '[\\p{Script=Han}\\p{Script=Katakana}ー]{2,16}(?:\\(株\\))?(?<!業者|事業者|会社|企業|関係者|皆|各|取引先|担当者|職員|市民|住民|区長)(?:さん|様|社)'
const BIDDERS_INVITED61 = new RegExp(
  `(?:お声がけ|お声掛け|声がけ|声掛け|お声かけ|声をかけ|指名|ご案内を(?:差し上げ|お送り|出)|案内を出|ご招待|招待|参加をお願い|参加を依頼|指名通知を(?:出|送))(?:し|いたし)?(?:た|ました|ている|ています|とる)?(?:の|業者|会社|先|事業者)(?:は|が)[、,]?${NAME61}(?:(?:、|,|・|と|及び|および)${NAME61}){0,8}(?:の${N61}(?:社|者))?` +
    `|${NAME61}(?:(?:、|,|・|と|及び|および)${NAME61}){1,8}の${N61}(?:社|者)(?:に|へ|を)[、,]?(?:お声がけ|お声掛け|声がけ|声をかけ|指名|ご案内|案内|参加をお願い|参加を依頼)` +
    `|${COMPANY_NAME61}(?:(?:、|,|・|と|及び|および)${COMPANY_NAME61}){0,8}(?:の${N61}(?:社|者))?(?:に|へ)(?:は|も)?[、,]?(?:お声がけ|お声掛け|声がけ|声掛け|お声かけ|声をかけ|指名通知|ご案内を(?:差し上げ|お送り|出)|参加をお願い|参加を依頼)` +
    `|(?:指名通知|指名の通知|ご案内|案内状|招待状)(?:は|を)[、,]?${NAME61}(?:(?:、|,|・|と|及び|および)${NAME61}){0,8}(?:の${N61}(?:社|者))?(?:に|へ)(?:送|出|お送り|発送|通知|差し上げ)` +
    `|${N61}(?:社|者)[(（]${NAME61}(?:(?:、|,|・|と)${NAME61}){1,8}[)）](?:を|に)[、,]?(?:指名|お声がけ|声をかけ|ご案内)`,
  'gu',
)

/** A member of staff's next post told (田代さんが、4月から…企画課の政策係長になります; 今の建設部長が総務部長に回られる). */
const POST61 = '(?:部長|課長|局長|次長|所長|館長|室長|係長|課長補佐|センター長|支所長|校長|園長|教育長|副市長|主幹|主査|参事|理事)'
const MOVE61 = new RegExp(
  `(?:(?:今の|現在の|現|うちの|当課の|本課の|[\\p{Script=Han}]{1,8}(?:課|部|室|局|所|館|センター|支所)の)[\\p{Script=Han}\\p{Script=Katakana}ー]{0,8}?${POST61}|[\\p{Script=Han}\\p{Script=Katakana}]{1,6}(?:さん|氏|くん|${POST61}))(?:さん)?(?:が|は|、|,)[、,]?[^。！？!?\\n]{0,24}?(?:${POST61}|[\\p{Script=Han}]{1,8}(?:課|部|室|局|支所|センター|事務所|学校|園|委員会|事務局|県庁|市役所|病院|公民館|図書館)(?:の[\\p{Script=Han}]{0,6}?(?:長|係長|担当))?)(?:に|へ)[、,]?(?:回られ|回る|回り|移られ|移る|移り|異動(?:し|され|する|になり|になる|とな)|なります|なる(?:予定|そう|こと)|なられ|就かれ|就く|就き|昇任|昇格|昇進|上がられ|上がる|上がり|着任|行かれ|行く|栄転|転出|出向)`,
  'gu',
)
/** …for April or the new year (4月から, 来年度から, 新年度は). */
const MOVE_WHEN61 = /(?:[0-9]{1,2}月|来年度|新年度|来春|次年度|春)(?:1日)?(?:から|より|以降)|(?:来年度|新年度|次年度)(?:は|に)/u
/** …told after an informal word (人事課から内々に連絡; 内示; こっそり教えてもらった). */
const MOVE_INFORMAL61 = /内々に|内々の|内々で|内示|非公式に|こっそり|内緒|ないしょ|ここだけ|オフレコ|まだ(?:発表|公表)(?:前|されていない|されて(?:い)?ません)/u
const MOVE_OUT61 = /(?:人事異動|異動|人事)(?:を|について|が|の)?(?:発表|公表|発令)(?:しました|いたしました|されました|がありました)|付(?:の|で)(?:人事|異動)|[0-9]{1,2}月[0-9]{1,2}日付|辞令|新聞|報道|ホームページ|市HP|着任しました|就任しました|異動しました|発表のとおり|発表されたとおり/u
/** One's own move or a farewell after the announcement (お世話になりました): no leak unless said told informally. */
const MOVE_FAREWELL61 = /よろしくお願い|ようこそ|歓迎|新しい仲間|お世話になりました|ありがとうございました|お疲れさま|お疲れ様|送別|離任|お別れ|(?:^|[。！？!?\n])(?:私|わたし|僕|ぼく|自分)(?:は|も|が)/u

/** A release awaited (2月の発表まで、もう少しだけお待ちください; 発表は来月の予定). */
const RELEASE_AWAIT61 =
  /(?:発表|公表|お披露目|記者発表|公開)(?:まで|の日まで)[、,]?[^。！？!?\n]{0,10}?(?:お待ち|待って|楽しみ|お楽しみ)|(?:予算(?:案)?の)?(?:発表|公表)(?:は|が)[^。！？!?\n]{0,12}?(?:来月|[0-9]{1,2}月|来週|予定|まだ|これから|先)|(?:発表|公表)前/u
const BUDGET_SETTLED61 = /査定(?:が|は|を|も)?[、,]?(?:すべて|全て|ようやく|無事|やっと)?[、,]?(?:終わ|終え|完了|済)|(?:まとま|固ま)(?:り|った|りました)|着地|確定し|出そろ|出揃|仕上が|組み上が|(?:に|と)なりました|(?:に|と)なる見込み|(?:に|と)なりそう/u
/** The year now running (今年度の予算規模は…): not the draft's figure. */
const THIS_YEAR61 = /(?:今年度|本年度|今年)(?:の|は|当初)/u

/** A unit price in land talks (1㎡あたり4万8千円でお話を続けています). */
const UNIT_PRICE_TALK61 = new RegExp(
  `(?:1|一)?\\s?(?:m2|平方メートル|平米|坪|反|アール|区画)(?:あたり|当たり|につき)?[、,]?(?:約)?${VALUE61}[^。！？!?\\n]{0,6}?(?:で|を|の)[、,]?[^。！？!?\\n]{0,6}?(?:お話|話|交渉|協議|ご提示|提示|お願い|話し合い|ご相談|折衝|調整|打診)`,
  'gu',
)
/** A figure set as the basis of talks, said with お話 or お願い (…円でお話を続けています). */
const TALK_FIGURE61 = new RegExp(
  `${VALUE61}(?:程度|前後|以内|以下)?(?:として|で|を軸に|を目安に|を基準に|を前提に|をベースに)[、,]?[^。！？!?\\n]{0,8}?(?:お話|お願い|ご提示|ご相談|打診|すり合わせ)(?:を)?(?:続け|進め|して(?:い|お)|中|させていただいて)`,
  'gu',
)
const LAND_PARTY61 = /地権者|所有者|地主|持ち主|用地|買収|買い取り|買取|借地|先方|相手方|相手側/u
const LAND_OWNER61 = /地権者|所有者|地主|持ち主|用地|買収|買い取り|買取|借地/u
const LAND_OUT61 = /合意しました|合意いたしました|締結|契約しました|契約を結び|取得しました|購入しました|議決|可決|分譲|販売|売り出|公示地価|基準地価|路線価|空き家バンク|物件/u

/** Amounts of a draft budget said to be before the council (まだ議会に出す前の当初予算案ですが、…記念品に1,840万円…を計上しています). */
const DRAFT_PUT_IN61 = new RegExp(
  `(?:予算案|補正予算|当初予算|予算要求)(?:ですが|ですけど|だけど|やけど|では|で|には|に|は)?[、,]?[^。！？!?\\n]{0,40}?${VALUE61}[^。！？!?\\n]{0,12}?(?:を|が|も)?(?:計上|盛り込|盛りこ|措置|確保|入れ|つけ|付け)`,
  'gu',
)
/** …the council said to be ahead (議会に出す前の; 3月議会に出す予定の予算案). */
const COUNCIL_AHEAD61 = /(?:議会|定例会)(?:に|へ)(?:出す|提出する|提案する|かける|上程する|お諮りする)(?:予定|見込み)の/u
/** …the matter put to the public on the way (説明会, ご意見, パブリックコメント). */
const COUNCIL_PUBLIC61 = /説明会|ご意見|意見募集|パブリックコメント|ホームページ|市HP|公表し|発表し/u
const DRAFT_OUT61 = /(?:会見|記者発表)(?:で|にて)?[^。！？!?\n]{0,12}?(?:しました|いたしました|されました|行いました)|(?:提出|提案|上程)(?:しました|いたしました|されました)|(?:発表|公表|公開|掲載)(?:しました|いたしました|しております|しています|されました|済み)|可決|議決され|成立しました|ホームページ|市HP/u

const CONF61 = new ParagraphGate([
  INSIDE_ESTIMATE61, STEP_LATER61, ESTIMATE_OUT61, PLAN_CHANGE61, PLAN_WORD61, PLACE61, PLAN_LATER61, PLAN_OUT61, COMPANY61, SITING61,
  COURTED_TERMS61, COURTED_OUT61, BUDGET_PAPER61, INSIDE_PAPER61, PHOTO_OF61, PHOTO_OUT61, TERMS_ASKED61, TERMS_OFFERED61, TERMS_OUT61,
  CLOSED_FORM61, CLOSED_TOLD61, APPRAISAL61, APPRAISED_PROPERTY61, SALE_AHEAD61, APPRAISAL_OUT61, BID_BOUNDS61, BID_AHEAD61,
  BID_BOUNDS_OUT61, ASSESSED_STAGE61, ASSESSED_CONTEXT61, BIDDERS_INVITED61, MOVE61, MOVE_WHEN61, MOVE_INFORMAL61, MOVE_OUT61,
  REFUSED61, THIS_YEAR61, FOR_PUBLIC61, WEIGHED61, LAND_OWNER61, COMPANY_EVENT61, TALKS_ONGOING61, COUNCIL_PUBLIC61, MOVE_FAREWELL61, RELEASE_AWAIT61, SHOWN61, MEETING61, ASSESSED_OUT61, ROUTE61, TERMS_HELD61, CLOSED_MEMBERS61, CLOSED_FIGURE61, COUNCIL_AHEAD61, BUDGET_SETTLED61, UNIT_PRICE_TALK61, TALK_FIGURE61, LAND_PARTY61, LAND_OUT61, DRAFT_PUT_IN61, DRAFT_OUT61,
])

/** The conf61 kinds (see the comment above N61), run after the conf60 ones where the paragraph has no finding yet. */
function runConf61({ input, t, p, spans, notAware, once, published }: Conf58Context): void {
  const { doc, emit } = input
  const q = CONF61.scan(t)
  const sentence = (at: number, to: number): Span => sentenceAround(t, at, to)
  const sentenceText = (m: RegExpExecArray): string => {
    const s = sentence(m.index, m.index + m[0].length)
    return t.slice(s.start, s.end)
  }
  /** The sentence of a match and the one after it. */
  const withNext = (m: RegExpExecArray): string => {
    const s = sentence(m.index, m.index + m[0].length)
    const next = s.end < t.length ? sentence(s.end, s.end) : s
    return t.slice(s.start, Math.max(s.end, next.end))
  }
  // A section's own estimate with its figure, the deliberating body still to hear it.
  if (q.has(STEP_LATER61) && !q.has(ESTIMATE_OUT61)) {
    emitAll(q, doc, t, INSIDE_ESTIMATE61, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && FIGURE61.test(withNext(m)) && !published(t)))
  }
  // A zoning or planning change told with its area, its publication still to come.
  if (q.has(PLAN_WORD61) && q.has(PLAN_LATER61) && !q.has(PLAN_OUT61)) {
    emitAll(q, doc, t, PLAN_CHANGE61, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && PLACE61.test(sentenceText(m)) && !published(t)))
    emitAll(q, doc, t, ROUTE61, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && PLACE61.test(sentenceText(m)) && !published(t)))
  }
  // A company being courted named with the terms in talk.
  if (q.has(COMPANY61) && q.has(SITING61) && !q.has(COURTED_OUT61)) {
    emitAll(q, doc, t, COURTED_TERMS61, 'confidential/negotiation', emit, spans, once((m) => {
      const here = sentence(m.index, m.index + m[0].length)
      const prev = here.start > 0 ? sentence(here.start - 1, here.start - 1) : here
      const window = t.slice(prev.start, here.end)
      return notAware(m) && COMPANY61.test(window) && SITING61.test(window) && !COMPANY_EVENT61.test(window) && !published(t)
    }))
  }
  // A paper of the budget process or one made or used inside, shown in the post's photo.
  if ((q.has(PHOTO_OF61) || q.has(SHOWN61)) && !q.has(PHOTO_OUT61)) {
    emitAll(q, doc, t, BUDGET_PAPER61, 'confidential/budget', emit, spans, once((m) => {
      const around = withNext(m)
      return notAware(m) && PHOTO_OF61.test(around) && !REFUSED61.test(around) && !refusedFor(t, m.index + m[0].length)
    }))
    emitAll(q, doc, t, INSIDE_PAPER61, 'confidential/staff-only', emit, spans, once((m) => {
      const around = withNext(m)
      return notAware(m) && (PHOTO_OF61.test(around) || SHOWN61.test(around)) && (DELIBERATION61.test(m[0]) || WEIGHED61.test(around)) && !FOR_PUBLIC61.test(around) && !REFUSED61.test(around) && !refusedFor(t, m.index + m[0].length)
    }))
  }
  // The terms of a contract in talks: the city's ask, the other side's offer.
  if (!q.has(TERMS_OUT61) && !CONSUMER58.test(t)) {
    emitAll(q, doc, t, TERMS_ASKED61, 'confidential/negotiation', emit, spans, once(notAware))
    emitAll(q, doc, t, TERMS_OFFERED61, 'confidential/negotiation', emit, spans, once(notAware))
    if (p.has(TALKS_ONGOING) || NEG_PARTY58.test(t)) emitAll(q, doc, t, TERMS_HELD61, 'confidential/negotiation', emit, spans, once(notAware))
    if (q.has(TALKS_ONGOING61) && !TALKS_CONCLUDED.test(t)) {
      emitAll(q, doc, t, PARTY_FIGURE, 'confidential/negotiation', emit, spans, once((m) => {
        const here = sentence(m.index, m.index + m[0].length)
        return notAware(m) && OFFER_WORD.test(t.slice(m.index, Math.min(here.end, m.index + m[0].length + 16)))
      }))
    }
  }
  // A session held with the press or the public kept out, then what was shown or said in it.
  emitAll(q, doc, t, CLOSED_FORM61, 'confidential/meeting', emit, spans, once((m) => {
    const end = m.index + m[0].length
    const rest = withNext(m).slice(Math.max(0, end - sentence(m.index, end).start))
    return notAware(m) && CLOSED_TOLD61.test(rest) && MEETING61.test(withNext(m)) && !published(t)
  }))
  emitAll(q, doc, t, CLOSED_MEMBERS61, 'confidential/meeting', emit, spans, once((m) => {
    const end = m.index + m[0].length
    const rest = withNext(m).slice(Math.max(0, end - sentence(m.index, end).start))
    return notAware(m) && CLOSED_FIGURE61.test(rest) && !published(t)
  }))
  // A property's appraisal before the city sells it.
  if (q.has(APPRAISED_PROPERTY61) && q.has(SALE_AHEAD61) && !q.has(APPRAISAL_OUT61)) {
    emitAll(q, doc, t, APPRAISAL61, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !published(t)))
  }
  // A tender's price bounds told before the opening.
  if (q.has(BID_AHEAD61) && !q.has(BID_BOUNDS_OUT61)) {
    emitAll(q, doc, t, BID_BOUNDS61, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !published(t)))
  }
  // An amount at a stage of the internal budget assessment.
  if (q.has(ASSESSED_CONTEXT61) && !q.has(ASSESSED_OUT61) && !BUDGET_OUT58.test(t)) {
    emitAll(q, doc, t, ASSESSED_STAGE61, 'confidential/budget', emit, spans, once((m) => notAware(m) && /査定/u.test(t) && !published(t)))
  }
  // The companies invited to a tender not yet held.
  if (BID_CONTEXT58.test(t) && !BID_OVER58.test(t)) {
    emitAll(q, doc, t, BIDDERS_INVITED61, 'confidential/pre-release', emit, spans, once(notAware))
  }
  // A member of staff's move told ahead: after an informal word, or for April with no announcement named.
  if (!q.has(MOVE_OUT61)) {
    const informal = q.has(MOVE_INFORMAL61)
    if (informal || (q.has(MOVE_WHEN61) && !q.has(MOVE_FAREWELL61))) {
      emitAll(q, doc, t, MOVE61, 'confidential/personnel', emit, spans, once((m) => notAware(m) && (informal || MOVE_WHEN61.test(sentenceText(m))) && !published(t)))
    }
  }
  // A budget's total after the internal assessment while its release is awaited.
  const councilAhead = (): boolean => ((q.has(STEP_LATER61) && /議会|定例会/u.test(t)) || p.has(BUDGET_PENDING) || q.has(COUNCIL_AHEAD61)) && !q.has(COUNCIL_PUBLIC61)
  if (DRAFT_BUDGET_NOUN.test(t) && ((q.has(RELEASE_AWAIT61) && q.has(BUDGET_SETTLED61)) || councilAhead()) && !DRAFT_BUDGET_OUT.test(t) && !q.has(DRAFT_OUT61)) {
    emitAll(q, doc, t, DRAFT_BUDGET_FIGURE, 'confidential/budget', emit, spans, once((m) => {
      const here = sentence(m.index, m.index + m[0].length)
      const before = t.slice(here.start, m.index + m[0].length)
      return notAware(m) && !EARLIER_YEAR_FIGURE.test(before) && !THIS_YEAR61.test(before)
    }))
  }
  // A unit price in land talks still going on.
  if (q.has(LAND_PARTY61) && !q.has(LAND_OUT61)) {
    emitAll(q, doc, t, UNIT_PRICE_TALK61, 'confidential/negotiation', emit, spans, once(notAware))
    if (q.has(LAND_OWNER61)) emitAll(q, doc, t, TALK_FIGURE61, 'confidential/negotiation', emit, spans, once(notAware))
  }
  // Amounts of a draft budget said to be before the council.
  if ((p.has(BUDGET_PENDING) || q.has(COUNCIL_AHEAD61)) && !q.has(DRAFT_OUT61) && !q.has(COUNCIL_PUBLIC61)) {
    emitAll(q, doc, t, DRAFT_PUT_IN61, 'confidential/budget', emit, spans, once((m) => notAware(m) && !published(t)))
  }
}

/*
 * conf62 kinds (blind R336D: health and welfare sections telling facts not yet published, in good faith). Each is read as a kind, in
 * the wordings a member of staff would use, only where the paragraph has no finding of the family yet (as the conf56–conf61 kinds).
 * - An audit or an inspection of the city's work just held (先日、県による生活保護の指導監査がありました; 先週の内部監査で; 今回の実地指導では),
 *   then its findings told with their count (ケース記録の更新漏れが47件…指摘されています; 指摘事項は5件で): AUDIT_COUNT62 with AUDIT_HELD62.
 *   A result published (公表しました, ホームページ, 措置状況), a count of none (指摘はゼロ) and an audit told of in general (例年, 監査とは) stay clean.
 * - A health investigation still going on (食中毒の疑いで調査中の飲食店; 集団発生…疫学調査の中間報告), then what it has found so far (保健所の
 *   聞き取りでは、…ことが分かってきました; 発症者23人のうち19人が3歳児クラスに集中しており、給食は原因から外れました): INQUIRY_FOUND62 with
 *   HEALTH_CASE62 and a case of its own (SPECIFIC_CASE62). The authority's release (県の発表によると), surveillance reports (発生動向調査)
 *   and advice on hygiene stay clean.
 * - One facility's case counts given to an enquirer (お問い合わせの件ですが、担当課に確認したところ、該当の施設の感染者は職員3名・入所者5名
 *   で): FACILITY_CASES62 with ENQUIRY62. A release of the city's or the prefecture's, counts for the whole city and a facility's notice
 *   with no count stay clean.
 * - Figures shared in an internal meeting, told (庁内連絡会議で共有された数字ですが、…約210人で、その3割が…): MEETING_FIGURE62 with a figure in
 *   that sentence or the next. A meeting's figures published and a meeting named with no figure stay clean.
 * - What this year's exam will ask, passed on as a tip to candidates (今年の市の保健師採用試験の専門試験は、母子保健と感染症対策からの出題が
 *   中心です。…必ず押さえておいてください): EXAM_TOPIC62 with EXAM_TIP62 or hearsay. The published scope or subjects (出題範囲, 試験科目,
 *   受験案内), past exams and a notice with no tip stay clean.
 * - A count told while its official tally is said not to be done (正式な集計はまだですが、…十月末の時点で百十二件と; 集計の途中ですが、…320件を
 *   超えています), in any numerals: TALLY_NOT_DONE62 with a figure after it in that sentence or the next. A tally promised with no figure
 *   (集計がまとまり次第お知らせします) and a published tally stay clean.
 */
const N62 = '[0-9〇一二三四五六七八九十百千][0-9〇一二三四五六七八九十百千万,.]{0,12}'
/** A count of people, cases, households or money (約210人, 百十二件, 3割, 47件). */
const COUNT62 = new RegExp(`${N62}(?:件|人|名|世帯|棟|戸|か所|箇所|ヶ所|カ所|施設|校|園|社|円|%|％|割|ポイント)`, 'u')

/** An audit or inspection of the city's work (指導監査, 内部監査, 定期監査, 実地指導, 会計検査). */
const AUDIT_WORD62 = /監査|実地指導|実地検査|会計検査|指導検査|監察/u
/** …told as just held (先日…監査がありました; 先週の内部監査で; 今回の実地指導では; 監査を受けました). */
const AUDIT_HELD62 =
  /(?:先日|先週|先月|昨日|きのう|本日|今日|今週|このたび|この度|今回|今年度|本年度|今期|先ほど|[0-9]{1,2}月[0-9]{1,2}日|[0-9]{1,2}日)(?:の|に|は|、|,)?[^。！？!?\n]{0,30}?(?:監査|実地指導|実地検査|会計検査|指導検査|監察)|(?:監査|実地指導|実地検査|会計検査|指導検査|監察)(?:が|を)(?:あり|ありま|入り|入っ|行われ|実施され|受け|終わ|終え)|(?:監査|実地指導|実地検査|会計検査|指導検査|監察)(?:の)?(?:講評|際|最中|場)(?:で|では|に)/u
/** …its findings with their count (更新漏れが47件…指摘されています; 指摘事項は5件; 3点の改善指摘を受け). */
const AUDIT_COUNT62 = new RegExp(
  `${N62}(?:件|点|項目|か所|箇所|ヶ所|カ所)[^。！？!?\\n]{0,24}?(?:指摘|不備|改善(?:を求め|指導|事項|の指示)|是正)` +
    `|(?:指摘|不備|改善事項|指導事項|注意事項|是正事項|文書指摘|口頭指摘)(?:事項)?(?:が|は|を)?[、,]?[^。！？!?\\n]{0,12}?${N62}(?:件|点|項目|か所|箇所)`,
  'gu',
)
/** …a result published or a count of none. */
const AUDIT_OUT62 = /公表(?:し|いたし|され)|ホームページ|市HP|掲載し|公開し|措置(?:状況|の状況)|(?:^|[^0-9])0件|ゼロ|ありませんでした|なしでした|例年|毎年|一般的に|とは[、,]|報道|ニュース|新聞|全国/u

/** A health case: food poisoning, an outbreak, an infection (食中毒, 集団発生, 感染性胃腸炎, 疫学調査). */
const HEALTH_CASE62 = /食中毒|集団発生|集団感染|院内感染|施設内感染|感染性胃腸炎|胃腸炎|ノロウイルス|インフルエンザ|結核|麻しん|はしか|腸管出血性|O157|クラスター|疫学調査|有症者|発症者|感染源|感染経路|原因施設|原因食品/u
/** …one case of the city's own, still being looked into (調査中の飲食店, 市内の保育施設で発生した, 今回の, 当該). */
const SPECIFIC_CASE62 = /調査中の|調査を(?:続け|進め)て|(?:で|において)(?:発生|起き|起こっ)た|今回の|この度の|このたびの|当該|該当の|先週の|先日の|昨日の|中間報告|途中経過/u
/** The inquiry cited as the source of what is told (保健所の聞き取りでは, 疫学調査の中間報告では, これまでの調査で). */
const INQUIRY_FOUND62 =
  /(?:聞き取り|聴き取り|疫学調査|立入検査|立ち入り検査|調査|調べ|検査)(?:の)?(?:中間報告|途中経過|中間(?:の)?(?:まとめ|取りまとめ)|結果)?(?:では|で(?:は)?|によると|によれば|から|(?<=結果)[、,])[、,]?/gu
/** …what it has found so far (…ことが分かってきました; …に集中しており; 給食は原因から外れました). */
const FOUND_SO_FAR62 = new RegExp(
  `ことが(?:分か|わか|判明|明らかに|確認され)|と(?:判明|分か)(?:り|っ)|(?:原因|感染源|発生源|感染経路|原因食品|原因施設)(?:から|の候補から|としては|は|が)[^。！？!?\\n]{0,12}?(?:外れ|除外|特定|絞|浮上|濃厚|可能性|とみ|考えられ)|に集中|(?:から|より)[^。！？!?\\n]{0,12}?検出され|${N62}(?:人|名)のうち${N62}(?:人|名)|(?:不十分|不適切|不備)(?:だった|であった)|ていた(?:こと|よう|とのこと)`,
  'u',
)
/** …not the authority's release, a surveillance report or advice. */
const INQUIRY_OUT62 = /発表(?:し|され|によると|では|より|資料)|公表|報道|ホームページ|市HP|記者会見|プレスリリース|動向調査|週報|定点|研究|昨年|前年|過去|例年|毎年/u

/** An enquiry answered (お問い合わせの件ですが, ご質問の件, 担当課に確認したところ). */
const ENQUIRY62 = /お問い合わせ|お問合せ|お尋ね|ご質問|ご照会|(?:確認|問い合わせ|照会)(?:いたし|し)(?:まし)?たところ|(?:聞いた|伺った|聞きました)ところ/u
/** One facility's case counts (該当の施設の感染者は職員3名・入所者5名; 当該施設では職員2名の陽性が確認). */
const FACILITY_CASES62 = new RegExp(
  `(?:(?:該当|当該|その|同|問題の|お尋ねの|ご質問の|お問い合わせの|例の)(?:の)?[\\p{Script=Han}\\p{Script=Katakana}ー]{0,8}?|[\\p{Script=Han}\\p{Script=Katakana}\\p{Script=Hiragana}ー]{1,12}?)(?:施設|事業所|園|学校|病院|店舗|お店|医院|クリニック|ホーム|センター|苑|荘)(?:の|で(?:は)?|における|内(?:の|で)?)[、,]?[^。！？!?\\n]{0,12}?(?:(?:感染者|陽性者|発症者|患者|有症者|罹患者|入院者|感染(?:した|された)方)(?:の数|数)?(?:は|が)[、,]?[^。！？!?\\n]{0,16}?${N62}(?:人|名)|${N62}(?:人|名)(?:の|が)(?:感染(?:し|され|が確認|して|者)|陽性(?:と|に|が|で|反応)|発症(?:し|して|が確認)|入院(?:し|中|して|され)))`,
  'gu',
)
/** …in a paragraph about an infection or an outbreak (感染, 陽性, 集団, 食中毒). */
const FACILITY_HEALTH62 = /感染|陽性|発症|クラスター|集団|食中毒|インフル|コロナ|ノロ|結核|胃腸炎/u
const FACILITY_OUT62 = /公表(?:し|いたし|され)|発表(?:し|され|によると|では)|ホームページ|市HP|報道|記者会見/u

/** Figures shared in an internal meeting (庁内連絡会議で共有された数字ですが, 課内の打ち合わせで出た件数では). */
const MEETING_FIGURE62 =
  /(?<![\p{Script=Han}])(?:庁内|課内|部内|係内|局内|内部|幹部|庁議|関係課|関係部署|部課長|部長|課長)[\p{Script=Han}\p{Script=Katakana}ー・の]{0,10}?(?:会議|連絡会|会合|打ち?合わ?せ|協議会|ミーティング|検討会|調整会|勉強会)(?:で|の場で|において|の席で|では)[、,]?(?:(?:共有|報告|提示|説明|配布|配付|紹介|披露)?(?:され|し|出|出てき|示され|配られ|上が|あが|挙が)た|(?:報告|説明|提示)(?:が|の)あった)(?:数字|数値|データ|資料|件数|人数|集計|統計|情報|内容|話|結果)/gu
const MEETING_FIGURE_OUT62 = /公表(?:し|いたし|され)|発表(?:し|され)|ホームページ|市HP|掲載し|公開し/u

/** What this year's exam will ask (今年の…採用試験の専門試験は、母子保健と感染症対策からの出題が中心です). */
const EXAM_TOPIC62 =
  /(?:今年|今年度|今回|次回|本番|来月|来週|明日|あす|[0-9]{1,2}月)の[^。！？!?\n「」]{0,24}?(?:試験|選考|検定|入試|考査)[^。！？!?\n「」]{0,16}?(?:は|では|で|も)[、,]?[^。！？!?\n「」]{2,40}?(?:から|を中心に|中心に|について|に関して|に関する|の分野から|分野の)?(?:の)?(?:出題(?:され(?:る|ます)?)?|出る|出ます|問われ(?:る|ます)?|聞かれ(?:る|ます)?)(?:が中心|が多|があり|になり|です|ます|そう|らしい|みたい|とのこと|(?=[。！!]|$))/gu
/** …passed on as a tip to candidates (必ず押さえておいてください, 重点的に, 要チェック) or as heard. */
const EXAM_TIP62 = /押さえて|おさえて|重点的に|しっかり(?:勉強|復習|対策|準備)|(?:勉強|復習|対策|準備|チェック)(?:を)?して(?:おいて|おく|おき|ください)|必ず出|狙い目|ヤマ|要チェック|山を張|耳より|耳寄り|ここだけ|内緒|ないしょ|こっそり|有利|裏情報|そうです|らしい|みたい|とのこと|って聞/u
const EXAM_OUT62 = /範囲|科目|過去問|過去の|昨年|前年|前回|例年|受験案内|募集要項|試験案内|公表し|ホームページ|市HP|志望動機|自己PR|自己紹介|長所|短所|学生時代|SPI|SCOA|適性検査|教養試験/u
/** …the city's own staff exam (採用試験, 職員採用, 昇任試験, 市の…試験), not a national or a school one. */
const EXAM_CITY62 = /採用|職員|昇任|昇格|任用|登用|市の/u

/** A tally said not done, then a count (正式な集計はまだですが; 集計の途中ですが; まだ確定していませんが). */
const TALLY_NOT_DONE62 =
  /(?:(?:正式な|正式の|公式の|最終的な|最終の|確定した)(?:集計|数字|数値|件数|人数|統計|取りまとめ|とりまとめ)(?:は|が)?[、,]?(?:まだ(?:です|で|ですけど|だけど|途中|これから|先|出て(?:い)?(?:ない|ません)|まとまって(?:い)?(?:ない|ません)|確定して(?:い)?(?:ない|ません)|出ていない|ですが)|これから|出ていません|出ていない)|(?:集計|取りまとめ|とりまとめ)(?:は|が|の)?[、,]?(?:まだ)?(?:途中|中)(?:です|の段階です|だ|ながら|)|集計(?:は|が)?[、,]?まだ(?:です|で|終わって(?:い)?(?:ない|ません)|済んで(?:い)?(?:ない|ません))|(?:正式な|正式の)?集計(?:の)?前(?:です|で|ですけど|だけど|の数字|の数値|の段階)|(?:途中|中間)集計(?:です|だ|の段階です|の段階)|確定値(?:では|じゃ)(?:ありません|ない|なく)|(?:数字|数値|件数|集計)(?:は|が)?[、,]?まだ確定して(?:い)?(?:ない|ません))(?:のです|んです|んだ)?(?:が|けど|けれど|けれども|やけど|ばってん|ので参考までに|(?<=ながら)[、,])/gu
/** …not those thanked for their part or the replies being counted (ご協力いただいた1,024人の皆さま; 回答は1,024人からいただきました). */
const TALLY_THANKS62 = /ありがとう|感謝|お礼|ご協力|ご回答|ご応募|ご参加いただ|いただきました|(?:回答|応募)(?:者|数)?(?:は|が)/u
const TALLY_OUT62 = /公表(?:し|いたし|され)(?!て(?:い|お)(?:ない|ません|らず))|ホームページに掲載し|次第/u

const CONF62 = new ParagraphGate([
  COUNT62, AUDIT_WORD62, AUDIT_HELD62, AUDIT_COUNT62, AUDIT_OUT62, HEALTH_CASE62, SPECIFIC_CASE62, INQUIRY_FOUND62, FOUND_SO_FAR62, INQUIRY_OUT62,
  ENQUIRY62, FACILITY_CASES62, FACILITY_HEALTH62, FACILITY_OUT62, MEETING_FIGURE62, MEETING_FIGURE_OUT62, EXAM_TOPIC62, EXAM_TIP62, EXAM_OUT62, TALLY_NOT_DONE62,
  TALLY_OUT62,
])

/** The conf62 kinds (see the comment above N62), run after the conf61 ones where the paragraph has no finding yet. */
function runConf62({ input, t, spans, notAware, once, published }: Conf58Context): void {
  const { doc, emit } = input
  const q = CONF62.scan(t)
  const sentence = (at: number, to: number): Span => sentenceAround(t, at, to)
  /** From a match's end to the end of the sentence after the match's. */
  const restWithNext = (m: RegExpExecArray): string => {
    const end = m.index + m[0].length
    const s = sentence(m.index, end)
    const next = s.end < t.length && t[s.end - 1] !== '\n' ? sentence(s.end, s.end) : s
    return t.slice(end, Math.max(s.end, next.end))
  }
  // An audit of the city's work just held, then its findings with their count.
  if (q.has(AUDIT_WORD62) && q.has(AUDIT_HELD62) && !q.has(AUDIT_OUT62)) {
    emitAll(q, doc, t, AUDIT_COUNT62, 'confidential/audit', emit, spans, once((m) => notAware(m) && !published(t)))
  }
  // A health investigation still going on, then what it has found so far.
  if (q.has(HEALTH_CASE62) && q.has(SPECIFIC_CASE62) && q.has(FOUND_SO_FAR62) && !q.has(INQUIRY_OUT62)) {
    emitAll(q, doc, t, INQUIRY_FOUND62, 'confidential/investigation', emit, spans, once((m) => {
      const end = m.index + m[0].length
      const rest = t.slice(end, sentence(m.index, end).end)
      return notAware(m) && FOUND_SO_FAR62.test(rest) && !published(t)
    }))
  }
  // One facility's case counts given to an enquirer.
  if (q.has(ENQUIRY62) && q.has(FACILITY_HEALTH62) && !q.has(FACILITY_OUT62)) {
    emitAll(q, doc, t, FACILITY_CASES62, 'confidential/investigation', emit, spans, once((m) => notAware(m) && !published(t)))
  }
  // Figures shared in an internal meeting, told.
  if (q.has(COUNT62) && !q.has(MEETING_FIGURE_OUT62)) {
    emitAll(q, doc, t, MEETING_FIGURE62, 'confidential/meeting', emit, spans, once((m) => notAware(m) && COUNT62.test(restWithNext(m)) && !published(t) && !meetingBasis(t, m.index + m[0].length)))
  }
  // What this year's exam will ask, passed on as a tip or as heard.
  if (q.has(EXAM_TIP62) && !q.has(EXAM_OUT62)) {
    emitAll(q, doc, t, EXAM_TOPIC62, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && EXAM_CITY62.test(m[0]) && !published(t)))
  }
  // A count told while its official tally is said not to be done.
  if (q.has(COUNT62) && !q.has(TALLY_OUT62)) {
    emitAll(q, doc, t, TALLY_NOT_DONE62, 'confidential/pre-release', emit, spans, once((m) => {
      const end = m.index + m[0].length
      const rest = t.slice(end, sentence(m.index, end).end)
      return notAware(m) && COUNT62.test(rest) && !TALLY_THANKS62.test(rest) && !published(t)
    }))
  }
}

/*
 * conf63 kinds (blind R338N, R340G: schools, the board of education, sports facilities and the mayor's office telling in good faith
 * what is still under way). Each is read as a kind, only where the paragraph has no finding of the family yet (as the conf56–conf62 kinds).
 * - A figure on the table in talks still going on, told as the topic: the city's own offer (こちらから提示しているのは1平方メートルあたり
 *   2万4千円で; 市の提示額は坪8万円; 当方からお示ししている金額は総額1億2千万円) or the other side's (先方提示は用地取得費込みで約8億円;
 *   地権者さんの希望額は坪15万円; 相手方の要求は年300万円): OFFER_TOPIC63 with talks in the paragraph (交渉, 協議, 話し合い, 地権者, 誘致).
 *   A deal struck or published, a request to the state or the prefecture, a subsidy or a call for tenders stay clean.
 * - Who leads in a selection still under way (現時点の評価ではカナダ出身の方が一歩リードしています; 今のところA社の提案が最も評価が高く;
 *   面接ではBさんが頭一つ抜けています): FRONT_RUNNER63 in a paragraph about a selection (採用, 選考, 審査, 公募, プロポーザル) whose result is
 *   still to come. A public vote's interim count, a match or a contest, and a selection announced stay clean.
 * - What a report's draft says before it is formally submitted or published (第三者委員会の報告書案では、…「組織的対応の遅れ」があったと
 *   記載されております; 答申の素案によると…とされています): REPORT_DRAFT63 with an inquiry body or the formal step still to come. A draft
 *   put out for comment or published, and a draft named with nothing told stay clean.
 * - Figures normally not shown, told anyway (学校別の数字は普段お見せしていませんが、市内トップは皿垣小の72.4%; 通常は公表していない
 *   のですが、地区別では…が最下位): NORMALLY_HIDDEN63 with a data noun before and a figure after. A site or a treasure opened specially
 *   (普段は非公開の蔵を特別公開します) and a refusal stay clean. Figures shared in a meeting of officials (指導主事会で共有された…正答率,
 *   校長会で報告された…件数), told with a figure: OFFICIALS_SHARED63.
 * - A harm survey's or inquiry's result told for one class (2年3組では32人中9人が「仲間外れを見たことがある」と答えており; このクラスでは
 *   現在、個別の聞き取りを進めています): CLASS_HARM63 with bullying or harm in the paragraph. A school's total, a lesson about bullying and
 *   a class's event stay clean.
 * - A question of a test to come said to be one the pupils know (2年数学の最後の大問は、…期末テストと同じ三角形の合同の証明がそのまま
 *   出ます; 明日の試験にはこのプリントと同じ問題が出ます; 大問3は教科書の例題の数字を変えただけです): EXAM_SAME63 with the test ahead. A
 *   test's range, its format, a past test and a question asked of the teacher stay clean.
 * - Another applicant's bid or proposal figure before the selection (もう一方の団体の提案額は年4,100万円で、当協会より120万円低い;
 *   B社の見積額は…; 他の応募者は…円で提案しています): RIVAL_BID63 with a selection in the paragraph. A result published, a past round and
 *   the writer's own figure stay clean.
 * - A disciplinary process under way for a member of staff (教諭1名が、現在、懲戒処分に向けた手続きの対象となっており、自宅待機として
 *   おります; 処分を検討しているところです): DISCIPLINE63 with the formal step still ahead (議会への報告前, 公表前, 詳細は控え).
 *   A penalty announced with an apology and a rule of procedure stay clean.
 * - The theme of a part of a hiring exam still to come, told to those preparing for it (今年の二次試験の模擬授業は、小学校4年の社会
 *   「掘割と水のめぐみ」がテーマになります。…しっかり準備して臨んでください; 場面指導の課題は…です): EXAM_THEME63 with an exam named in the
 *   sentence and EXAM_TO_COME. A theme stated alone (the city's notice), published in the guide or given on the day, a past exam and a
 *   practice class stay clean.
 */
/** An amount in any numerals (2万4千円, 約8億円, 年4,100万円). */
const VALUE63 = VALUE61
/** A figure of any kind (72.4%, 32人中9人, 20ポイント, 1位). */
const FIG63 = /[0-9〇一二三四五六七八九十百千][0-9〇一二三四五六七八九十百千万,.]{0,12}(?:%|パーセント|ポイント|点|位|人|名|件|円|万|億|割|倍|校|世帯|社|団体)/u

/** Who offered or asked: the city's side or the other side of the talks. */
const OFFER_PARTY63 =
  '(?:こちら|当方|私ども|わたしども|(?<![\\p{Script=Han}])市|本市|当市|市側|行政|先方|相手方|相手側|向こう(?:側|さん)?|地権者(?:さん|様|の方)?|所有者(?:さん|様|の方)?|地主(?:さん|様)?|企業側|会社側|事業者側|[\\p{Script=Han}\\p{Script=Katakana}ー]{2,12}(?:社|さん|様|株式会社))'
/** A figure on the table told as the topic of the sentence (こちらから提示しているのは…円; 先方提示は…約8億円; 市の提示額は…). */
const OFFER_TOPIC63 = new RegExp(
  `${OFFER_PARTY63}(?:から|側から|として|の方(?:から)?|が)?(?:は|の|が)?[、,]?(?:現在|今|いま)?[、,]?(?:ご)?(?:提示|提案|お示し|示し|打診|要求|要望|希望)(?:して(?:いる|いた|おる|おります|います)|した|された|されている|しとる|中)?(?:の|額|金額|価格|単価|条件|の額|の金額|の条件)?(?:は|が|:)[、,]?[^。！？!?\\n]{0,24}?${VALUE63}` +
    // The gap between the two sides' figures (こちらの提示額と先方の希望額の差は約300万円).
    `|(?:提示額|提示価格|提示金額|希望額|希望価格|要求額|提案額)(?:と|との)[^。！？!?\\n]{0,12}?(?:差|開き|隔たり)(?:は|が)[、,]?[^。！？!?\\n]{0,10}?${VALUE63}` +
    // A figure put forward by a side (先方からは坪12万円という数字が出ています).
    `|${OFFER_PARTY63}(?:から|側から)(?:は|も)?[、,]?[^。！？!?\\n]{0,12}?${VALUE63}(?:という|との)?(?:数字|金額|額|条件|提示|回答|ご提示)(?:が|を)(?:出て|出され|示され|提示され|届|あり|いただ)`,
  'gu',
)
/** …in talks (交渉, 協議, 話し合い, 地権者, 誘致, 開きがあります). */
const TALKS63 = /交渉|協議|話し合|折衝|商談|地権者|所有者|地主|用地|買収|買い取|誘致|先方|相手方|開きが|折り合|歩み寄/u
/** …not a deal struck or published, a request to a public body, or a public offer. */
const TALKS_OUT63 = /合意しました|合意いたしました|合意に至|締結|契約しました|契約を結び|妥結|決着しました|まとまりました|議決|可決|(?:公表|発表)(?:しました|いたしました|して(?:い|お)|済)|ホームページ|市HP|取得しました|購入しました|(?:国|県|政府)(?:に|へ|と)(?:の)?(?:要望|要求|提案|協議)|補助|助成|給付|募集|公募|入札|空き家バンク|物件|売り出|内覧|販売価格|分譲|売地|売家|出店料|出展料|参加費|利用料|使用料/u

/** Who leads in a selection (…の方が一歩リード, …が頭一つ抜けて, …の評価が最も高く). */
const FRONT_RUNNER63 =
  /[^。！？!?\n、,]{1,24}?(?:が|は|の)[、,]?(?:現時点で|今のところ|いまのところ|やや|少し|わずかに|頭)?[、,]?(?:一歩リード|(?:一番|いちばん|最も|もっとも)(?:評価|点数|得点)(?:が)?(?:高|良)|最高(?:点|得点)(?:です|で|を)|リード(?:して|し(?:てい|とる)|を保|を広げ)|(?:ひとつ|一つ|1つ)(?:抜け|抜き|リード)|頭(?:ひとつ|一つ|1つ)(?:抜け|抜き|リード)|抜きん出|抜け出して|優勢|最有力|有力(?:視|候補|です|な候補)|本命|(?:評価|点数|得点|採点)(?:が|は)(?:一番|いちばん|最も|もっとも|最高|トップ)|トップ(?:です|を走|に立)|首位(?:です|に立))/gu
/** …said of someone, not a rule naming the best (評価が一番高かった方から順にご案内します; 最も評価が高い提案を採用します). */
const LEAD_RULE63 = /^(?:高|良|よ)?(?:かった|い|き)?(?:方|者|人|もの|案|提案|社|作品|団体|事業者)(?:から|を|に|が|は|の|と)/u
/** …in a selection (採用, 選考, 審査, 公募, プロポーザル, 面接). */
const SELECTION63 = /採用|選考|面接|審査|選定|公募|プロポーザル|応募者|候補者|委託先|指定管理/u
/** …whose result is still to come. */
const SELECTION_PENDING63 = /(?:結果|合否|決定|選定|採否)(?:は|を)?[^。！？!?\n]{0,12}?(?:お知らせ|発表|通知|ご連絡|お伝え|決ま|公表)(?:します|いたします|する予定|予定|される|になります)|(?:選考|審査|選定)(?:中|の途中|はこれから|はまだ|が続)|経過(?:報告|のご報告)|途中経過|現時点|現段階|今のところ|いまのところ|最終(?:面接|審査|選考)(?:に進|を控え|は|が)/u
/** …not a public vote, a match, a contest or an election, nor a selection decided. */
const SELECTION_OUT63 = /投票|得票|大会|試合|選手権|予選|リーグ|レース|コンテスト|コンクール|選挙|[^\p{Script=Han}]賞|表彰|入賞|受賞|選ばれました|(?:選定|決定|採用|内定)(?:しました|いたしました|されました)|に決まりました|(?:公表|発表)(?:しました|いたしました)|パブリックコメント|アンケート/u

/** What a report's draft says (報告書案では, 答申の素案によると, 最終報告のたたき台には). */
const REPORT_DRAFT63 =
  /(?:報告書|答申|答申書|提言|提言書|最終報告|中間報告|調査報告|調査報告書|意見書|検証報告|検証報告書|調査結果)(?:の)?(?:案|素案|原案|たたき台|ドラフト|草案|下書き)(?:の段階)?(?:では|によると|によれば|には|を見ると|を見たら|を読むと|の中で(?:は)?|で(?:は)?[、,]|に(?:よると|は))[、,]?/gu
/** …told (…と記載されて, 「…」, …とされ, …ことが). */
const DRAFT_TOLD63 = /と(?:の)?(?:記載|記述|明記|指摘|結論|判断|認定|評価|書かれ|書いて|され|なって|まとめ|して(?:い|お)|の(?:記載|記述|指摘))|[「『]|ことが|との|という|があった|がなかった|不適切|不十分|認め/u
/** …by an inquiry body, or with the formal step still to come. */
const DRAFT_PENDING63 = /第三者委員会|調査委員会|検証委員会|調査部会|事故調査|重大事態|正式に|正式な|提出され(?:る|ます)|提出予定|(?:公表|提出|報告)(?:され|する)?(?:予定|前)|まとまり次第|確定(?:前|して(?:い|お)(?:ない|ません))|来月|来週/u
const DRAFT_OUT63 = /パブリックコメント|パブコメ|意見募集|ご意見を(?:募集|お寄せ)|(?:公表|公開|掲載)(?:しました|いたしました|して(?:い|お)|されて(?:い|お)|済)|ホームページ|市HP|説明会/u

/** Figures normally not shown, then told (普段お見せしていませんが, 通常は公表していないのですが, 本来は非公表ですが). */
const NORMALLY_HIDDEN63 =
  /(?:普段|通常|ふだん|いつも|本来|日頃|日ごろ)(?:は)?[、,]?[^。！？!?\n]{0,12}?(?:非公表|非公開|(?:お見せ|見せ|公表|公開|発表|お出し|出|掲載|お伝え|伝え|お知らせ|知らせ)(?:し|せ)?(?:て|で)?(?:は)?(?:い|お|でき|き)?(?:ない|ません|ず|りません))(?:の|ん)?(?:です|だ|や|でございます)?(?:が|けど|けれど|けども|ばってん)[、,]?/gu
/** …a figure or a breakdown named before (学校別の数字, 地区別の順位, 平均正答率). */
const DATA_NOUN63 = /数字|数値|データ|結果|順位|点数|正答率|成績|内訳|件数|金額|集計|一覧|ランキング|[\p{Script=Han}]別/u
/** …not a site, a treasure or an event opened specially, nor a refusal. */
const OPENED63 = /公開(?:します|いたします|され|中)|展示|見学|ご案内|特別公開|一般公開|内覧|ツアー|ご覧いただけ|お答え(?:でき|いたしかね)|控え/u
/** Figures shared in a meeting of officials (指導主事会で共有された, 校長会で報告された). */
const OFFICIALS_SHARED63 =
  /(?:指導主事|校長|教頭|園長|所長|館長|事務長|係長|主任|管理職|幹部)(?:会議|会|連絡会|協議会|研修会)(?:で|において|の場で|の席で|では)[、,]?(?:共有|報告|配布|配付|提示|説明|紹介)(?:され|し|があっ)た[^。！？!?\n]{0,24}?(?:数字|数値|データ|結果|順位|点数|正答率|成績|内訳|件数|集計|一覧)/gu
const OFFICIALS_OUT63 = /(?:公表|発表|公開|掲載)(?:しました|いたしました|して(?:い|お)|されて(?:い|お)|済)|ホームページ|市HP/u

/** One class named (2年3組, 5年A組, このクラス, その学級). */
const CLASS63 =
  '(?:[0-9一二三四五六](?:年生?|年生の)[0-9一二三四五六七八九十A-D]{1,2}組|[0-9一二三四五六]年生?の?[0-9]クラス|(?:この|その|あの|ある|特定の|同じ)(?:クラス|学級))'
/** …with a harm survey's split or an inquiry under way (32人中9人が, 30人のうち4人, 聞き取りを進めています). */
const CLASS_HARM63 = new RegExp(
  `${CLASS63}(?:では|で|の|は|において|には)[、,]?[^。！？!?\\n]{0,40}?(?:${N62}(?:人|名)(?:中|のうち)[、,]?${N62}(?:人|名)(?=(?:が|の|も)[^。！？!?\\n]{0,50}?(?:(?:と|って)(?:答え|回答|書い|訴え)|ことがある|を受けた|を見た))|${N62}(?:人|名)(?:が|も)[^。！？!?\\n]{0,40}?(?:と|って)(?:答え|回答)|(?:個別の)?(?:聞き取り|聴き取り|事実確認|調査|面談|個別指導)(?:を)?(?:進めて|行って|続けて|実施して)(?:い|お)|(?:聞き取り|聴き取り|事実確認|調査)(?:中|を継続))`,
  'gu',
)
/** …about bullying or harm (いじめ, 仲間外れ, 嫌がらせ, 暴力). */
const HARM63 = /いじめ|イジメ|嫌なこと|いやなこと|嫌な思い|いやな思い|陰口|仲間外れ|仲間はずれ|無視され|嫌がらせ|いやがらせ|悪口|からかい|からかわれ|暴力|叩かれ|たたかれ|蹴られ|けられ|ネットいじめ|ハラスメント|体罰|不登校/u
const CLASS_OUT63 = /全国|県内|市全体|市内全体|統計|(?:公表|発表)(?:しました|いたしました|して(?:い|お))|ホームページ|市HP/u

/** A slot of a test (最後の大問, 大問3, 問5, 記述問題). */
const SLOT63 =
  '(?:(?:最後|最初|ラスト|一番最後|いちばん最後|最終)の(?:大問|問題|設問|問い|記述問題|応用問題|証明問題|文章題)|大問[0-9一二三四五六七八九十]{1,2}|第[0-9一二三四五六七八九十]{1,2}問|問[0-9一二三四五六七八九十]{1,2}|(?:テスト|試験|考査)の(?:問題|設問))'
/** …said to be one the pupils know (…と同じ…がそのまま出ます; …の数字を変えただけです). */
const EXAM_SAME63 = new RegExp(
  `${SLOT63}(?:は|では|に|には|で|も)[、,]?[^。！？!?\\n]{0,40}?(?:と同じ(?![くよ])|と全く同じ|とまったく同じ|とほぼ同じ|そのまま|そっくり|丸ごと|まるごと|(?:数字|数値)(?:だけ)?(?:を)?変え)[^。！？!?\\n]{0,20}?(?:出ます(?!か)|出る(?!か|の)|出題(?:され)?(?:ます|る)(?!か)|出します|です(?!か)|になります|を出す|使います|だけです)` +
    `|(?:と|の)(?:同じ|全く同じ|まったく同じ|ほぼ同じ|そっくりの?)(?:問題|証明|計算|文章題|設問|問い)(?:が|を)[、,]?(?:そのまま)?(?:出ます(?!か)|出る(?!か|の)|出題(?:され)?(?:ます|る)(?!か)|出します)`,
  'gu',
)
/** …a test still to come (明日からの学年末テスト, 来週の期末考査, 次のテスト). */
const TEST_AHEAD63 = /(?:明日|あした|あす|明後日|あさって|来週|今週|週明け|今度|次|次回|本番)(?:から)?の[^。！？!?\n]{0,10}?(?:テスト|試験|考査|入試|検定)|(?:テスト|試験|考査|入試|検定)(?:は|が)[^。！？!?\n]{0,6}?(?:明日|あした|あす|来週|週明け)|に向けて|を控え/u
const TEST_PAST63 = /(?:出ました|出たので|出題されました|でした(?:ね|よ)?[。！!]|終わりました|お疲れ)/u

/** Another applicant's bid or proposal figure (もう一方の団体の提案額は…; B社の見積額は…; 他の応募者は…円で提案). */
const RIVAL63 =
  '(?:もう一方|もう片方|他|ほか|相手|ライバル|競合|別|もう1つ|もうひとつ|もう一つ|残り|対抗|[A-Z]社|[\\p{Script=Han}\\p{Script=Katakana}ー]{2,12}(?:社|さん|様|グループ|JV|共同体))(?:の)?(?:団体|社|事業者|業者|法人|グループ|会社|応募者|提案者|応募団体|応募事業者|共同体|陣営)?'
const BID_FIGURE_NOUN63 = '(?:提案額|提案価格|提案金額|見積額|見積金額|見積もり額|見積り額|入札額|入札価格|応札額|応札価格|提示額|提示価格|提示金額|希望額)'
const RIVAL_BID63 = new RegExp(
  `${RIVAL63}(?:の|から(?:の)?)${BID_FIGURE_NOUN63}(?:は|が|:)[、,]?[^。！？!?\\n]{0,12}?${VALUE63}` +
    `|${RIVAL63}(?:は|が|も)[、,]?[^。！？!?\\n]{0,16}?${VALUE63}[^。！？!?\\n]{0,6}?(?:で|を)(?:提案|応募|入札|応札|提示)(?:して|し|され)`,
  'gu',
)
/** …in a selection (公募, 指定管理, プロポーザル, 入札, 審査). */
const BID_SELECTION63 = /公募|指定管理|プロポーザル|入札|応札|審査|選定|応募|コンペ|委託先/u
const BID_OUT63 = /(?:選定|決定|落札|契約)(?:しました|いたしました|されました)|落札者|契約を締結|(?:公表|発表)(?:しました|いたしました|して(?:い|お)|されて(?:い|お))|ホームページ|市HP|昨年|前回|前年度|過去/u

/** A disciplinary process under way (懲戒処分に向けた手続きの対象となっており; 処分を検討しているところ; 自宅待機としております). */
const DISCIPLINE63 =
  /(?:懲戒|分限)(?:処分)?(?:に向けた|を前提とした|の)?(?:手続き|手続|審査|検討|調査)(?:の対象|に入|を進め|中|にかけ|が進|を行って)|(?:懲戒|処分)(?:を|について)(?:検討|審査)(?:して(?:い|お)|中|しとる)|自宅待機(?:と|に)(?:して|させて|なって|いたして|しており|なっており)|(?:出勤停止|謹慎)(?:と|に)(?:して|させて|なって|いたして)(?:い|お)/gu
/** …of a member of staff, with the formal step still ahead. */
const DISCIPLINE_AHEAD63 = /(?:議会|委員会|教育委員会)(?:へ|に)?(?:の)?(?:報告|説明)(?:前|はまだ|はこれから|の前)|(?:公表|発表)(?:前|はまだ|はこれから|の前)|詳細(?:は|については)?(?:控え|差し控え)|処分(?:は|が|の内容は)?(?:まだ|これから|未定|決まって(?:い|お)(?:ない|ません))|決まり次第/u
/** …in a matter of misconduct (処分, 懲戒, 不祥事, 事案): 自宅待機 for an illness or a storm is not this. */
const DISCIPLINE_MATTER63 = /処分|懲戒|不祥事|不適切|事案|問題行為|服務/u
const DISCIPLINE_OUT63 = /(?:処分|懲戒処分)(?:を行いました|しました|といたしました|としました|を決定しました)|感染|陽性|濃厚接触|体調|発熱|療養|インフル|コロナ|台風|大雨|警報|災害|お詫び申し上げ|おわび申し上げ|記者会見|報道発表|他の自治体|他市|全国|規程|規則|指針/u

/** The theme of a part of a hiring exam still to come (模擬授業は、…「…」がテーマになります; 場面指導の課題は…です). */
const EXAM_PART63 = '(?:論文|小論文|作文|課題作文|面接|集団面接|個人面接|討論|集団討論|グループ討論|グループディスカッション|グループワーク|プレゼン(?:テーション)?|口述|模擬授業|模擬保育|場面指導|指導案|実技|実技試験|ディベート)'
const EXAM_THEME63 = new RegExp(
  `${EXAM_PART63}(?:試験)?(?:は|では)[、,]?[^。！？!?\\n]{0,30}?(?:[「『][^「」『』\\n]{2,40}[」』])?(?:が|を|について|に関する)?(?:テーマ|課題|題材|お題|単元|題目)(?:に(?:なります|なる|決まり|決定)|と(?:なります|なる|して|し)|です(?!か)|で(?!した))` +
    `|${EXAM_PART63}(?:試験)?の(?:テーマ|課題|題材|お題|単元|題目)(?:は|が)[、,]?[^。！？!?\\n]{2,40}?(?:です(?!か)|になります|となります|に決まりました|に決定しました)`,
  'gu',
)
/** …with an exam named in the sentence (二次試験, 採用試験, 選考). */
const EXAM_NAMED63 = /試験|選考|採用|受験|入試|検定/u
const EXAM_THEME_OUT63 = /でした|出題されました|行いました|終わりました|お疲れ|昨年|去年|前年|前回|過去|例年|募集要項|受験案内|実施要項|事前に(?:公表|提示|お知らせ|発表)|あらかじめ|当日(?:に)?(?:提示|発表|お知らせ|お伝え|ご案内)|対策(?:講座|教室|講習|クラス|セミナー|授業)|練習会|講習会|模擬(?:試験|面接|テスト)|模試/u

const CONF63 = new ParagraphGate([
  OFFER_TOPIC63, TALKS63, TALKS_OUT63, FRONT_RUNNER63, SELECTION63, SELECTION_PENDING63, SELECTION_OUT63, REPORT_DRAFT63, DRAFT_PENDING63, DRAFT_OUT63,
  NORMALLY_HIDDEN63, OFFICIALS_SHARED63, OFFICIALS_OUT63, CLASS_HARM63, HARM63, CLASS_OUT63, EXAM_SAME63, TEST_AHEAD63, RIVAL_BID63, BID_SELECTION63, BID_OUT63,
  DISCIPLINE63, DISCIPLINE_AHEAD63, DISCIPLINE_MATTER63, DISCIPLINE_OUT63, EXAM_THEME63, EXAM_NAMED63,
])

/** The conf63 kinds (see the comment above VALUE63), run after the conf62 ones where the paragraph has no finding yet. */
function runConf63({ input, t, p, spans, notAware, once, published }: Conf58Context): void {
  const { doc, emit } = input
  const q = CONF63.scan(t)
  const sentence = (at: number, to: number): Span => sentenceAround(t, at, to)
  const sentenceText = (m: RegExpExecArray): string => {
    const s = sentence(m.index, m.index + m[0].length)
    return t.slice(s.start, s.end)
  }
  /** From a match's end to the end of the sentence after the match's. */
  const restWithNext = (m: RegExpExecArray): string => {
    const end = m.index + m[0].length
    const s = sentence(m.index, end)
    const next = s.end < t.length && t[s.end - 1] !== '\n' ? sentence(s.end, s.end) : s
    return t.slice(end, Math.max(s.end, next.end))
  }
  // A figure on the table in talks still going on, told as the topic.
  if (q.has(TALKS63) && !q.has(TALKS_OUT63)) {
    emitAll(q, doc, t, OFFER_TOPIC63, 'confidential/negotiation', emit, spans, once((m) => notAware(m) && !published(t)))
  }
  // Who leads in a selection still under way.
  if (q.has(SELECTION63) && q.has(SELECTION_PENDING63) && !q.has(SELECTION_OUT63)) {
    emitAll(q, doc, t, FRONT_RUNNER63, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !LEAD_RULE63.test(t.slice(m.index + m[0].length)) && !published(t)))
  }
  // What a report's draft says before it is submitted or published.
  if (q.has(DRAFT_PENDING63) && !q.has(DRAFT_OUT63)) {
    emitAll(q, doc, t, REPORT_DRAFT63, 'confidential/audit', emit, spans, once((m) => {
      const end = m.index + m[0].length
      return notAware(m) && DRAFT_TOLD63.test(t.slice(end, sentence(m.index, end).end))
    }))
  }
  // Figures normally not shown, told anyway.
  emitAll(q, doc, t, NORMALLY_HIDDEN63, 'confidential/pre-release', emit, spans, once((m) => {
    const here = sentence(m.index, m.index + m[0].length)
    const rest = restWithNext(m)
    return notAware(m) && DATA_NOUN63.test(t.slice(here.start, m.index + m[0].length)) && FIG63.test(rest) && !OPENED63.test(rest) && !PUBLIC_PART.test(rest)
  }))
  // Figures shared in a meeting of officials, told with a figure.
  if (!q.has(OFFICIALS_OUT63)) {
    emitAll(q, doc, t, OFFICIALS_SHARED63, 'confidential/meeting', emit, spans, once((m) => notAware(m) && FIG63.test(restWithNext(m)) && !meetingBasis(t, m.index + m[0].length)))
  }
  // A harm survey's or inquiry's result told for one class.
  if (q.has(HARM63) && !q.has(CLASS_OUT63)) {
    emitAll(q, doc, t, CLASS_HARM63, 'confidential/duty-secret', emit, spans, once((m) => {
      // Bullying or harm named in the class's sentence or the one before it.
      const here = sentence(m.index, m.index + m[0].length)
      const before = here.start > 0 ? sentence(here.start - 1, here.start - 1) : here
      return notAware(m) && HARM63.test(t.slice(before.start, here.end))
    }))
  }
  // A question of a test to come said to be one the pupils know.
  if (q.has(TEST_AHEAD63)) {
    emitAll(q, doc, t, EXAM_SAME63, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !TEST_PAST63.test(sentenceText(m))))
  }
  // Another applicant's bid or proposal figure before the selection.
  if (q.has(BID_SELECTION63) && !q.has(BID_OUT63)) {
    emitAll(q, doc, t, RIVAL_BID63, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !published(t)))
  }
  // A disciplinary process under way for a member of staff, with the formal step still ahead.
  if (q.has(DISCIPLINE_AHEAD63) && q.has(DISCIPLINE_MATTER63) && !q.has(DISCIPLINE_OUT63)) {
    emitAll(q, doc, t, DISCIPLINE63, 'confidential/personnel', emit, spans, once((m) => notAware(m) && DISCIPLINE_WHO60.test(t) && !published(t)))
  }
  // The theme of a part of a hiring exam still to come, told to those preparing for it (a theme stated alone is the city's notice).
  if ((p.has(EXAM_TO_COME) || EXAM_TO_COME58.test(t)) && !p.has(EXAM_THEME_PUBLIC) && !q.has(EXAM_THEME_OUT63)) {
    emitAll(q, doc, t, EXAM_THEME63, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && EXAM_NAMED63.test(sentenceText(m)) && !published(t)))
  }
}

/*
 * conf64 kinds (blind R346C):
 * - A draft answer to the council shared before the session (執行部から届いた市長答弁の案を共有します; 想定問答の原稿を載せておきます;
 *   答弁書の素案、ちょっとだけお見せします): ANSWER_DRAFT64. What a draft answer says is the executive's until it is given in the chamber.
 *   Drafting named as work (答弁案の作成に追われています), a how-to, the answer given or the minutes published stay clean.
 * - The city's own estimate or ceiling for a purchase told to the firms who will bid or propose (市の見積りでは上限1億2千万円くらいで考えて
 *   います。ご提案いただく事業者の皆さんは…; 課内の積算では8,000万円程度を想定しているので、業者さんは…): CITY_ESTIMATE64 with VENDORS64. A
 *   ceiling published in the call (提案上限額, 公告, 仕様書に記載), an estimate for residents (市の試算では…効果) and a result stay clean.
 * - An internal personnel survey of staff told with its counts (自己申告書（異動希望調書）は84人が提出…転出希望が11人と一番多く; 人事評価の
 *   集計ではS評価が12人): STAFF_SURVEY64 with STAFF64. A survey named with no count, a training on the system, a published report of
 *   personnel administration (人事行政の運営等の状況) and residents' declarations stay clean.
 */
/** A draft answer to the council (答弁の案, 答弁書の素案, 想定問答の原稿, 答弁案), then shared or shown. */
const ANSWER_DRAFT64 =
  /(?:答弁|答弁書|想定問答)(?:の)?(?:案|原案|素案|下書き|原稿|草稿|たたき台|ドラフト|文案)(?:を|も|[、,])?[、,]?(?:(?:少し|ちょっと|ちょこっと)だけ|こっそり|そのまま|先に|特別に|下に|以下に|ここに|皆(?:さん|様|さま)に(?:も)?|皆(?:さん|様|さま)と)?[、,]?(?:共有|掲載|公開|ご紹介|紹介|アップ|転載|お見せ|見せ|載せ|のせ|貼っ|貼り|お知らせ)(?:いたし|し|させていただき)?(?:ます|ておきます|とき(?:ます)?|ちゃいます|ちゃう|る(?:ね|よ))(?![かの])/gu
const ANSWER_OUT64 = /作り方|書き方|作成(?:の)?(?:方法|手順|ポイント|要領)|コツ|研修|講座|会議録|議事録|録画|中継|(?:終わ|終了し|行われ|答弁され|答弁し)(?:まし)?た|ホームページ|市HP|公開され/u

/** The city's own estimate or ceiling for a purchase (市の見積りでは上限1億2千万円くらいで考えています; 課内の積算では…を想定). */
const CITY_ESTIMATE64 = new RegExp(
  String.raw`(?:(?<![\p{Script=Han}])市|当市|本市|こちら|当方|役所|市役所|課内|庁内|内部|事務局|担当課|うち)(?:の|で|側の|側で)(?:見積り|見積もり|見積|積算|試算|想定|予算|予定価格)(?:額|金額|価格)?(?:では|だと|で(?:は)?|上(?:は)?|によると|によれば)[、,]?[^。！？!?\n]{0,12}?${VALUE61}[^。！？!?\n]{0,10}?(?:で|を|と|に|が)[、,]?(?:考えて|想定して|見て|みて|見込んで|置いて|設定して|抑え|おさえ|収め|おさめ|上限)`,
  'gu',
)
/** …told to the firms who will bid or propose (ご提案いただく事業者の皆さん, 業者さんは, 応札される方). */
const VENDORS64 = /(?:事業者|業者|提案者|応募者|メーカー|ベンダー|受注者|入札参加者)(?:さん|の(?:皆さん|皆様|皆さま|方|方々))|ご提案(?:いただ|くださ|下さ)|提案(?:して|を)(?:いただ|くださ|下さ)|応札(?:され|する|いただ)|見積書(?:を|の)(?:ご)?(?:提出|お出し)/u
const ESTIMATE_OUT64 = /提案上限額|上限額(?:は|を)(?:公表|公告|仕様書)|公告|仕様書(?:に|で)(?:記載|明記|お示し|示し)|事前公表|(?:公表|公開)(?:して(?:い|お)|しました|済)|ホームページ|市HP|落札|入札結果|契約(?:を)?締結|補助|助成|給付|経済効果|効果額/u

/** An internal personnel survey of staff told with its counts (自己申告書は84人が提出; 転出希望が11人; 人事評価の集計ではS評価が12人). */
const STAFF_SURVEY64 = new RegExp(
  String.raw`(?:自己申告書?|異動希望調書|異動希望|身上調書|意向調書|人事評価|勤務評定|キャリアシート)(?:[（(][^（）()\n]{1,12}[）)])?(?:の(?:集計|結果|提出|回答)(?:結果)?)?(?:は|では|を見ると|によると|を集計すると|を集計したら|を数えたら|を数えると|で)[、,]?[^。！？!?\n]{0,20}?[0-9一二三四五六七八九十百]{1,4}(?:人|名|件|%|割)` +
    String.raw`|(?:転出|異動|転勤|配置換え|転属|転課|昇任|降任)希望(?:者)?(?:が|は)[、,]?[^。！？!?\n]{0,8}?[0-9一二三四五六七八九十]{1,3}(?:人|名)`,
  'gu',
)
/** …about staff (職員, 人事, 異動, 部署). */
const STAFF64 = /職員|人事|異動|転出|転勤|配属|部署|昇任|管理職/u
const SURVEY_OUT64 = /研修|説明会|制度(?:の)?(?:導入|見直し|概要)|対象に|実施して|人事行政|(?:公表|発表|公開)(?:しました|いたしました|して(?:い|お)|済)|ホームページ|市HP|全国|他市|他の自治体|募集|確定申告|所得|市民税|住民税/u

const CONF64 = new ParagraphGate([ANSWER_DRAFT64, ANSWER_OUT64, CITY_ESTIMATE64, VENDORS64, ESTIMATE_OUT64, STAFF_SURVEY64, STAFF64, SURVEY_OUT64])

/** The conf64 kinds (see the comment above ANSWER_DRAFT64), run after the conf63 ones where the paragraph has no finding yet. */
function runConf64({ input, t, spans, notAware, once }: Conf58Context): void {
  const { doc, emit } = input
  const q = CONF64.scan(t)
  const sentenceText = (m: RegExpExecArray): string => sentenceOf(t, m.index, m.index + m[0].length)
  // A draft answer to the council shared before the session.
  emitAll(q, doc, t, ANSWER_DRAFT64, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !ANSWER_OUT64.test(sentenceText(m))))
  // The city's own estimate or ceiling told to the firms who will bid or propose.
  if (q.has(VENDORS64) && !q.has(ESTIMATE_OUT64)) emitAll(q, doc, t, CITY_ESTIMATE64, 'confidential/pre-release', emit, spans, once(notAware))
  // An internal personnel survey of staff told with its counts.
  if (q.has(STAFF64) && !q.has(SURVEY_OUT64)) emitAll(q, doc, t, STAFF_SURVEY64, 'confidential/personnel', emit, spans, once(notAware))
}

/*
 * conf66 kinds (blind R350K):
 * - A public sale's floor price settled inside before the sale's notice (最低売却価格は1億2,800万円でいくことになりました。公告は来月なので):
 *   SALE_FLOOR66 with SALE_AHEAD66. A price in a notice published, a sale concluded and the price told with no notice still ahead stay clean.
 * - An internal meeting's direction told with its figure while it is settling (今日の局内会議、水道料金は…平均18％の引き上げで話がまとまり
 *   つつあります): MEETING_DIRECTION66. A decision the city announces, a meeting with no figure and a published outcome stay clean.
 * - A company's siting talk with how the other side feels (…進出についての意見交換で、先方からは前向きな感触をいただいています):
 *   COUNTERPART_FEEL66 in a paragraph about a siting with a company. An agreement signed or announced, a seminar stay clean.
 * - A paper said to be handled inside only, then shared (評価シートは庁内だけの扱いになっていますが、反省を込めて共有します):
 *   INSIDE_ONLY_SHARED66. The handling given as the reason nothing is shown stays clean.
 * - A draft still being worked over inside, shown (課内でまだ赤ペン入れまくってる段階の原稿です…表紙と…だけチラ見せ): DRAFT_IN_WORK66 with
 *   a showing verb after it. A draft said not to be shown, or shown once it is finished, stays clean.
 */
const SALE_FLOOR66 = new RegExp(
  `(?:最低売却価格|売却予定価格|予定売却価格|最低入札価格|最低落札価格|売払(?:い)?予定価格|最低貸付(?:料|価格))(?:は|を|が)[、,]?[^。！？!?\\n]{0,8}?${VALUE61}[^。！？!?\\n]{0,4}?(?:で|に)(?:いく|行く|する|決ま|決定|固ま|落ち着|まとま|設定する)`,
  'gu',
)
const SALE_AHEAD66 = /(?:公告|入札|公募|公売|開札|売却)(?:は|が)[、,]?[^。！？!?\n]{0,8}?(?:来週|来月|再来月|来年|来春|月末|これから|まだ)|(?:公告|入札|公募|公売)(?:前|の前|を控え)/u
const SALE_OUT66 = /公告(?:しました|いたしました|中|文)|募集要項を|落札|入札結果|開札結果|契約(?:を)?締結|(?:公表|公開|掲載)(?:しました|いたしました|して(?:い|お))|ホームページ|市HP/u
const MEETING_DIRECTION66 =
  /(?:(?:庁内|局内|部内|課内|係内|幹部|部長|課長)(?:の)?(?:会議|会合|打ち?合わ?せ|ミーティング|検討会)|庁議)(?:で|では|の中で|、|,)[、,]?[^。！？!?\n]{0,36}?(?:で|に|と)(?:話が|方向が|方針が|案が)?[、,]?(?:ほぼ)?(?:まとまりつつ|まとまりかけ|固まりつつ|固まりかけ|まとまりそう|固まりそう|落ち着きそう|決まりそう|ほぼ決まり|ほぼ固まり|まとまって(?:き|い)|固まって(?:き|い))/gu
const DIRECTION_FIGURE66 = /[0-9０-９〇一二三四五六七八九十百千][0-9０-９,.]*(?:%|％|パーセント|割|万円|億円|円|人|件)/u
const DIRECTION_OUT66 = /(?:決定しました|決まりました|発表しました|公表しました|お知らせします)|ホームページ|市HP|パブリックコメント|意見募集/u
const COUNTERPART_FEEL66 =
  /(?:先方|相手方|相手側|企業側|会社側|向こう(?:側|さん)?|役員の方|社長)(?:から|に|の|は)?(?:は|も)?[、,]?[^。！？!?\n]{0,8}?(?:前向きな|好意的な|良い|いい|良好な|確かな)(?:感触|手応え|手ごたえ|反応|ご回答|お返事)|好感触/gu
const COURTED_COMPANY66 = /会社|企業|メーカー|事業者|法人|株式会社|グループ|ホールディングス/u
const INSIDE_ONLY_SHARED66 =
  /(?:庁内|課内|部内|局内|職員|内部|関係者)(?:だけ|のみ)の(?:扱い|取り?扱い|資料|もの|情報)(?:に(?:なって|して)(?:い|お)(?:ます|る|ります)|と(?:なって|されて)(?:い|お)(?:ます|る|ります)|です|だ|なん)?(?:が|けど|けれど|けれども|ですが|んですが|んだけど)[、,]?[^。！？!?\n]{0,24}?(?:共有|お見せ|見せ|公開|紹介|載せ|お伝え|お知らせ|アップ)(?:します|しちゃ|いたします|しておきます|ます|しますね)/gu
const DRAFT_IN_WORK66 =
  /(?:課内|庁内|部内|局内|係内|内部)(?:で|の)(?:まだ)?[^。！？!?\n]{0,16}?(?:段階|途中|最中|真っ最中)の(?:原稿|素案|原案|案|資料|計画|下書き|草稿|データ|図面|たたき台)/gu
const DRAFT_SHOWN66 = /^[^\n]{0,60}?(?:チラ見せ|お見せ(?:します|しちゃ)|見せちゃ|見せます|公開(?:します|しちゃ)|載せ(?:ます|ちゃ|とき)|アップ(?:します|しちゃ))/u
const DRAFT_HELD66 = /でき(?:ません|ない)|次第|後日|改めて|完成したら|お待ち/u

const CONF66 = new ParagraphGate([SALE_FLOOR66, SALE_AHEAD66, SALE_OUT66, MEETING_DIRECTION66, DIRECTION_OUT66, COUNTERPART_FEEL66, INSIDE_ONLY_SHARED66, DRAFT_IN_WORK66])

/** The conf66 kinds (see the comment above SALE_FLOOR66), run after the conf64 ones where the paragraph has no finding yet. */
function runConf66({ input, t, spans, notAware, once, published }: Conf58Context): void {
  const { doc, emit } = input
  const q = CONF66.scan(t)
  const sentenceText = (m: RegExpExecArray): string => sentenceOf(t, m.index, m.index + m[0].length)
  // A public sale's floor price settled inside before the notice.
  if (q.has(SALE_AHEAD66) && !q.has(SALE_OUT66)) emitAll(q, doc, t, SALE_FLOOR66, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !published(t)))
  // An internal meeting's direction told with its figure while it is settling.
  if (!q.has(DIRECTION_OUT66)) emitAll(q, doc, t, MEETING_DIRECTION66, 'confidential/meeting', emit, spans, once((m) => notAware(m) && DIRECTION_FIGURE66.test(sentenceText(m)) && !published(t)))
  // A company's siting talk with how the other side feels.
  if (SITING61.test(t) && COURTED_COMPANY66.test(t) && !COURTED_OUT61.test(t)) emitAll(q, doc, t, COUNTERPART_FEEL66, 'confidential/negotiation', emit, spans, once((m) => notAware(m) && !published(t)))
  // A paper handled inside only, then shared.
  emitAll(q, doc, t, INSIDE_ONLY_SHARED66, 'confidential/staff-only', emit, spans, once(notAware))
  // A draft still worked over inside, shown.
  emitAll(q, doc, t, DRAFT_IN_WORK66, 'confidential/staff-only', emit, spans, once((m) => {
    const rest = t.slice(m.index + m[0].length, m.index + m[0].length + 80)
    return notAware(m) && DRAFT_SHOWN66.test(rest) && !DRAFT_HELD66.test(rest)
  }))
}

/*
 * conf68 kinds (blind R353A, R355C, R356D, R357E, R360H): matters kept until their release, told by staff in any register.
 * - A promise or an agreement not to name a matter yet, conceded, while it is told (先方との約束で本当はまだ名前を出せないんですが、地元の方には
 *   先に知っておいてほしくて): CANT_SAY_YET68. Withheld with a notice (決まり次第お知らせします) stays clean.
 * - The writer told to keep a matter quiet until a step (処分が出るまで誰にも言うなって言われたけど): TOLD_TO_KEEP68, with a city matter in the
 *   paragraph. A scam warning (「誰にも言わないで」と言われたら詐欺) and a surprise stay clean.
 * - The reader asked to feign ignorance, or a deal said to be trouble if it came out (議員さんに聞かれても知らないで通してください; 表に出ると
 *   困るので): KEEP_QUIET68, with a matter of the council, talks or the city's business in the paragraph.
 * - A blind exercise's scenario told ahead (ブラインド型防災訓練、想定をこっそり教えちゃいます): EXERCISE_SPOILED68. The exercise announced,
 *   its scenario withheld or told after it stay clean.
 * - A paper said to be kept to the section (この表は課内での共有にとどめてください): SHARE_INSIDE68. A rule taught stays clean.
 * - A paper used in talks or land acquisition, shown (用地交渉で使っている補償単価の一覧…写真に撮って貼っておきます): TALKS_PAPER68.
 * - A route or a site settled inside while the briefing or the release is still to come, or with a hint to landowners (延伸ルート…でほぼ固まった
 *   みたいです。地元説明会はまだ先なので): PLAN_SETTLED68. A plan published, put out for comment or explained stays clean.
 * - A contract's party or price being worked out (別の業者さんと1食あたり420円で詰めているところです): TERMS_IN_TALKS68. A contract made stays clean.
 * - What the police suspect in a case, heard from the inside (警察は…放火の疑いで捜査を進めていて…事情を聞いている): SUSPECTED68 with the source
 *   inside or a hold. The police's or the press's announcement stays clean.
 */
const CANT_SAY_YET68 =
  /(?:(?:約束|契約|協定|申し合わせ|取り決め|意向|口止め)(?:で|により|上|があって|があるので|なので|もあって)[、,]?(?:本当は|ほんとは|本来は|実は)?[、,]?(?:まだ)?|(?:本当は|ほんとは|本来は)[、,]?まだ)[^。！？!?\n]{0,10}?(?:出せ|言え|明かせ|公表でき|発表でき|お伝えでき|お話しでき|公にでき|お出しでき|出しちゃいけ|言っちゃいけ)(?:ない|ません|ん)(?:ん|の)?(?:です|だ|や)?(?:が|けど|けれど|けども|ばってん)/gu
const TOLD_AHEAD68 = /先に|特別に|こっそり|知っておいて|知ってほしく|知ってもらい|お伝えし|教えちゃ|言っちゃい|お話しし|ここだけ/u
const NAMED_BEFORE68 = /[」』](?:さん|様|社)|(?:株式会社|工業|建設|産業|精密|製作所|商事|電機|食品|物流)(?:さん|様)?(?:です|に決ま|で決ま)/u
const WITHHELD68 = /次第|お待ち|お楽しみ|改めて|後日|でき(?:ない|ません)ので/u

const TOLD_TO_KEEP68 =
  /(?:まで(?:は)?|それまで(?:は)?)[、,]?(?:誰にも|だれにも|外に|外部に|よそに|他言|口外)[^。！？!?\n]{0,6}?(?:言うな|言わないで|言わんで|言っちゃ(?:だめ|ダメ|いけない)|話すな|話さないで|漏らすな|出すな|するな|しないで)(?:って|と|よう(?:に)?)(?:言われ|念を押され|釘を刺され|口止めされ)/gu
const CITY_MATTER68 = /処分|懲戒|人事|異動|内示|調査|聴き取り|聞き取り|事情聴取|事故|不祥事|公金|契約|入札|予算|議会|係長|課長|部長|職員/u
const KEEP_OUT68 = /詐欺|犯罪|被害|いじめ|虐待|相談窓口|ご注意|気をつけ|気を付け|サプライズ|誕生日|プレゼント|お楽しみ/u

const KEEP_QUIET68 =
  /(?:聞かれても|尋ねられても|問われても|聞かれたら)[、,]?[^。！？!?\n]{0,6}?(?:知らない|知らん|分からない|わからない|存じ(?:ない|ません))(?:で通|ふり|振り|フリ|と(?:答え|言っ|通し)|ことに)|表に出ると(?:困る|まず|マズ|やば|ヤバ)|(?:外に|外部に)(?:漏れ|出)ると(?:困る|まず|マズ|やば|ヤバ)/gu
const QUIET_MATTER68 = /会派|議員|議会|交渉|予算|契約|人事|処分|入札|補正|条件|賛成|反対|合意|まとま/u
const QUIET_OUT68 = /詐欺|個人情報|パスワード|セキュリティ|ウイルス|研修/u

const BLIND_EXERCISE68 = /(?:ブラインド|シナリオ非提示|シナリオ非公開|抜き打ち|抜打ち)(?:型|方式|式)?(?:の)?[^。！？!?\n]{0,12}?訓練/u
const EXERCISE_SPOILED68 =
  /(?:想定|シナリオ|状況付与|筋書き|発災時刻|日時|内容)(?:を|は|、)?[^。！？!?\n]{0,10}?(?:こっそり|先に|特別に|ちょっとだけ|少しだけ|ひと足先に|一足先に)[^。！？!?\n]{0,6}?(?:教え|お伝え|公開し|バラ|ばら|明か|お知らせ|言っちゃ)|ネタバレ/gu
const EXERCISE_HELD68 = /でき(?:ない|ません)|しません|伏せ|当日(?:に)?(?:お知らせ|発表|付与)|実施しました|行いました|でした/u

const SHARE_INSIDE68 =
  /(?:課内|庁内|(?<![\p{Script=Han}])部内|係内|局内|職員間|職員の間)(?:で|だけで|のみで)?(?:の)?(?:共有|回覧|閲覧|利用|使用|取り?扱い)(?:に|のみに|だけに)(?:とどめ|留め|止め|限定し|限っ)/gu
const SHARE_RULE68 = /原則|ルール|研修|しましょう|決まりです|なっています|ことになって/u

const TALKS_PAPER68 =
  /(?:用地交渉|用地買収|交渉|補償|買収|地権者)[^。！？!?\n]{0,8}?(?:で|に|の際に|のときに|の時に)(?:使って|使用して|用いて|使っと)(?:い|お)?る[^。！？!?\n]{0,8}?(?:補償単価|単価|基準|一覧|表|資料|シート|マニュアル|要領|リスト)/gu
const PAPER_SHOWN68 = /写真|撮って|撮影|貼っ|貼り|載せ|のせ|アップ|共有し|お見せ|添付/u

const PLAN_SETTLED68 =
  /(?:ルート|路線|線形|ルート案|延伸|予定地|建設地|候補地|計画地|区域|位置|場所)[^。！？!?\n]{0,40}?(?:で|に)[、,]?(?:ほぼ|大体|だいたい|おおむね)?(?:固まっ|固まり|決まっ|決まり|内定)/gu
const PLAN_AHEAD68 = /(?:地元|住民)?(?:説明会|公表|発表|縦覧|告示)(?:は|が)?[^。！？!?\n]{0,4}?(?:まだ|これから|先|前)|土地を?(?:持って|お持ち)[^。！？!?\n]{0,20}?(?:手放さ|売らな|売らん|買っ|買い|今のうち)|今のうちに(?:土地|買)/u
const PLAN_CONTEXT68 = /道路|都市計画|区画整理|バイパス|工場|施設|庁舎|駅|線路|堤防|用地|センター|学校|公園|体育館|処分場/u

const TERMS_IN_TALKS68 = new RegExp(
  String.raw`(?:業者|事業者|会社|企業|先方|相手方)(?:さん|様)?(?:と|との間で)[、,]?[^。！？!?\n]{0,16}?${VALUE61}[^。！？!?\n]{0,6}?(?:で|を)[、,]?(?:詰めて|調整して|交渉して|協議して|話を進めて|折衝して|話し合って)`,
  'gu',
)
const TERMS_OUT68 = /契約しました|締結|合意しました|決定しました|落札|入札結果|(?:公表|発表)(?:しました|いたしました)|ホームページ|市HP/u

const SUSPECTED68 =
  /(?:警察|県警|署)(?:は|では|が|も)[、,]?[^。！？!?\n]{0,24}?(?:の疑い|とみて|を視野に|の可能性)[^。！？!?\n]{0,8}?(?:捜査|調べ)/gu
const SUSPECT_SOURCE68 = /聞いた話|から聞い|外部には出さない|外には出さない|外に出さない|内密|ここだけ|内緒|オフレコ/u
const SUSPECT_OUT68 = /発表|報道|ニュース|新聞|会見|によると/u

const CONF68 = new ParagraphGate([CANT_SAY_YET68, TOLD_TO_KEEP68, KEEP_QUIET68, EXERCISE_SPOILED68, SHARE_INSIDE68, TALKS_PAPER68, PLAN_SETTLED68, TERMS_IN_TALKS68, SUSPECTED68])

/** The conf68 kinds (see the comment above CANT_SAY_YET68), run after the conf66 ones where the paragraph has no finding yet. */
function runConf68({ input, t, spans, notAware, once, published }: Conf58Context): void {
  const { doc, emit } = input
  const q = CONF68.scan(t)
  const sentenceOf68 = (m: RegExpExecArray): Span => sentenceAround(t, m.index, m.index + m[0].length)
  // A promise not to name a matter yet, conceded, while it is told.
  emitAll(q, doc, t, CANT_SAY_YET68, 'confidential/pre-release', emit, spans, once((m) => {
    const end = m.index + m[0].length
    const rest = t.slice(end, sentenceOf68(m).end)
    return notAware(m) && (TOLD_AHEAD68.test(rest) || NAMED_BEFORE68.test(t.slice(0, m.index))) && !WITHHELD68.test(rest)
  }))
  // The writer told to keep a matter quiet until a step.
  if (CITY_MATTER68.test(t) && !KEEP_OUT68.test(t)) emitAll(q, doc, t, TOLD_TO_KEEP68, 'confidential/pre-release', emit, spans, once(notAware))
  // The reader asked to feign ignorance, or a deal said to be trouble if it came out.
  if (QUIET_MATTER68.test(t) && !QUIET_OUT68.test(t)) emitAll(q, doc, t, KEEP_QUIET68, 'confidential/negotiation', emit, spans, once(notAware))
  // A blind exercise's scenario told ahead.
  if (BLIND_EXERCISE68.test(t)) {
    emitAll(q, doc, t, EXERCISE_SPOILED68, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !EXERCISE_HELD68.test(t.slice(m.index + m[0].length, sentenceOf68(m).end))))
  }
  // A paper said to be kept to the section.
  emitAll(q, doc, t, SHARE_INSIDE68, 'confidential/staff-only', emit, spans, once((m) => {
    const s = sentenceOf68(m)
    return notAware(m) && !SHARE_RULE68.test(t.slice(s.start, s.end))
  }))
  // A paper used in talks or land acquisition, shown.
  emitAll(q, doc, t, TALKS_PAPER68, 'confidential/negotiation', emit, spans, once((m) => {
    const s = sentenceOf68(m)
    return notAware(m) && PAPER_SHOWN68.test(t.slice(m.index, s.end)) && !REFUSED61.test(t.slice(s.start, s.end)) && !published(t)
  }))
  // A route or a site settled inside while the briefing is still to come.
  if (PLAN_AHEAD68.test(t) && PLAN_CONTEXT68.test(t) && !PLAN_OUT61.test(t)) {
    emitAll(q, doc, t, PLAN_SETTLED68, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !published(t)))
  }
  // A contract's party or price being worked out.
  if (!TERMS_OUT68.test(t)) emitAll(q, doc, t, TERMS_IN_TALKS68, 'confidential/negotiation', emit, spans, once((m) => notAware(m) && !published(t)))
  // What the police suspect in a case, heard from the inside.
  if (SUSPECT_SOURCE68.test(t) && !SUSPECT_OUT68.test(t)) emitAll(q, doc, t, SUSPECTED68, 'confidential/investigation', emit, spans, once(notAware))
}

/*
 * conf69 kinds (blind R362K, R363L, R364M): matters told before their notice, report or release.
 * - A matter said to be told to those concerned later, or not yet told to them (来週の講評で課長に伝える予定の話ですが; 当事者にはまだ伝えて
 *   いません): TELL_LATER69 / PARTIES_UNTOLD69 with an audit or a case in the paragraph. An instruction (まだ連絡していない場合は) stays clean.
 * - A figure not yet given to the council (まだ議会にも出してない速報値で97.4%): COUNCIL_UNTOLD69 with a figure in the sentence.
 * - The targets of a seizure settled inside (差押え対象、法人分はほぼ固まりました) or delinquent firms named with their arrears:
 *   SEIZURE_SET69 / ARREARS_FIRM69. What may be seized, told as a rule, and a public sale's notice stay clean.
 * - A search or a seizure planned for a day (来週火曜の朝イチ、…の滞納案件2件に捜索に入ります): SEARCH_PLANNED69 with arrears in the paragraph.
 * - A suspected case found and being looked into (2回投票した疑いのある事案が1件見つかり、いま…で調べています): SUSPECT_CASE69. An apology or
 *   an announcement stays clean.
 * - The reader asked to keep a matter until its notice or release (それまでは外部に出ないよう取扱いにご注意ください; 正式発表まではくれぐれも
 *   口外しないよう): KEEP_UNTIL69 with a decision or a paper in the paragraph. A surprise or a scam warning stays clean.
 * - The city said to have decided to keep a matter from the public (市としては表に出さないことになったらしい): HUSHED69. A rule that names are not
 *   published stays clean.
 * - A matter that cannot be said aloud yet, settled before its release (まだ大きな声では言えないんですが…会見でお披露目予定…契約がまとまりました):
 *   LOUD_CANT69. A confession of taste stays clean.
 * - A result decided inside and held until its day, with hints (審査会ではもう決まっていて公表は式典当日までお預け…ヒントを出すと): HINTED69.
 * - A sealed letter's content summarised (親展文書の件、概要を共有しておきます): SEALED_SHARED69. A notice sent 親展 stays clean.
 * - A meeting marked unofficial or unrecorded (面談（非公式・記録なし）): OFF_RECORD_MEETING69.
 * - A report to be published later read ahead (来週公表される…報告書、先に目を通しましたが): READ_AHEAD69.
 */
const TELL_LATER69 =
  /(?:講評|監査|報告|説明|通知|会議|委員会|議会|会見)[^。！？!?\n]{0,16}?(?:伝える|報告する|説明する|通知する|発表する|公表する|お知らせする|お伝えする)予定の(?:話|件|内容|こと|もの)(?:です|なん(?:です)?|だ|や)?(?:が|けど|けれど|けども|ばってん)/gu
const PARTIES_UNTOLD69 =
  /(?:当事者|当該職員|本人|ご本人|請求人|対象者|相手方|関係者|担当者)(?:に|へ)(?:は|も)?[、,]?まだ(?:伝えて|お伝えして|通知して|知らせて|お知らせして|連絡して|言って|話して)(?:い|お)?(?:ない|ません|りません)(?!場合|方)/gu
const AUDIT_CASE69 = /監査|検査|指摘|不正|二重|過大|過払|不適切|支給/u
const COUNCIL_UNTOLD69 =
  /(?:議会|委員会|議員)(?:に|へ)(?:も|は)?[、,]?(?:まだ)?(?:出して|報告して|説明して|示して|提出して|上げて)(?:い)?(?:ない|ません|ねー|なか)/gu
const FIGURE69 = /[0-9０-９][0-9０-９,.]*(?:%|％|パーセント|ポイント|割|万円|億円|円|人|件|世帯)/u
const SEIZURE_SET69 =
  /(?:差押え?|差し押さえ|差押|捜索|公売)(?:の)?(?:対象|予定|候補|先)[^。！？!?\n]{0,12}?(?:ほぼ|もう|だいたい|大体)?(?:固まり|固まっ|決まりました|決まった|絞り込|絞れ|リストアップ)/gu
const ARREARS_FIRM69 = /(?:株式会社|有限会社|合同会社|㈱|㈲)[^\n。、]{1,16}?[（(]?約?[0-9０-９][0-9０-９,]*万円/gu
const ARREARS69 = /滞納/u
const SEARCH_PLANNED69 =
  /(?:捜索|差押え?|差し押さえ|差押)(?:に|を)[、,]?(?:入ります|入る予定|入るので|入る段取り|行います|実施します|かけます|かける予定)/gu
const TARGETS69 = /[0-9０-９一二三四五六七八九十]+(?:件|社|軒|世帯|宅|か所|カ所|箇所)|案件|対象者?(?:宅|の家)/u
const WHEN_PLANNED69 = /来週|再来週|明日|明後日|あさって|今週|[0-9０-９]+日|[月火水木金土日]曜|朝イチ|朝一/u
const SUSPECT_CASE69 =
  /(?:疑い|疑いのある|可能性のある|おそれのある)(?:の)?(?:ある)?(?:事案|ケース|案件|事例)[^。！？!?\n]{0,20}?(?:見つかり|見つかった|判明し|確認され|ありまして|あり)[^。！？!?\n]{0,20}?(?:調べて|調査して|確認して|調査中|確認中|調べとる|精査して)/gu
const SUSPECT_OUT69 = /お詫び|おわび|申し訳|発表|公表|報道|ホームページ|市HP/u
const KEEP_UNTIL69 =
  /(?:発表|公表|通知|解禁|それ)まで(?:は)?[、,]?(?:くれぐれも|絶対に|決して)?[、,]?(?:外部に|外に|よそに)?(?:口外し|他言し|出さ|出|漏らさ|漏れ|漏れ出)(?:ない|ぬ)よう/gu
const KEEP_OUT69 = /詐欺|犯罪|サプライズ|誕生日|プレゼント|お楽しみ|ネタバレ/u
const KEEP_MATTER69 = /ことになりました|決まりました|決定し|合議|結果|文書|資料|案が|概要|方針/u
const HUSHED69 =
  /(?:表に出さない|表に出さん|公表しない|公表せず|公にしない|伏せる|伏せておく|伏せとく|発表しない)(?:ことに(?:なった|なりました|した|しました|決まった)|方向で|方針に)/gu
const HUSHED_OUT69 = /氏名|個人|プライバシー|ご遺族|ご家族/u
const LOUD_CANT69 = /(?:大きな|大きい|おおきな)声(?:で|じゃ)(?:は)?言え(?:ない|ません|ん)/gu
const LOUD_RELEASE69 = /会見|発表|お披露目|公表|解禁/u
const LOUD_SETTLED69 = /まとまり|まとまっ|決まり|決まっ|決定|契約|合意/u
const HINTED69 =
  /(?:決まって(?:い|お)?(?:て|ます|る)|決定して(?:い|お)(?:て|ます|る))[^。！？!?\n]{0,24}?(?:公表|発表|お披露目)(?:は)?[^。！？!?\n]{0,12}?(?:お預け|まで(?:は)?(?:内緒|秘密|伏せ|言えな))/gu
const HINT69 = /ヒント(?:を(?:出す|出し|出そ|あげ|少し|ちょっと|ひとつ|一つ)|だけ(?:出|お出し|ね|ど)|は[、,]?[「『]|、)/u
const SEALED_SHARED69 =
  /親展(?:の)?(?:文書|通知|書類|封書|文|扱い)[^。！？!?\n]{0,16}?(?:概要|内容|中身|要点)(?:を|は)?[、,]?(?:共有|お知らせ|紹介|まとめ|お伝え|載せ)/gu
const OFF_RECORD_MEETING69 =
  /(?:面談|面会|会談|会食|協議|打合せ|打ち合わせ|懇談)[（(][^）)\n]{0,4}?(?:非公式|記録なし|記録を残さない|記録残さず|オフレコ)/gu
const READ_AHEAD69 =
  /(?:公表|発表|公開)(?:される|予定の|前の)[^。！？!?\n]{0,24}?(?:報告書|資料|結果|データ|答申)[^。！？!?\n]{0,12}?(?:先に|一足先に|ひと足先に|事前に|こっそり)[、,]?(?:目を通|読ん|読ませ|見せ|拝見|見まし|見た)/gu

const CONF69 = new ParagraphGate([TELL_LATER69, PARTIES_UNTOLD69, COUNCIL_UNTOLD69, SEIZURE_SET69, ARREARS_FIRM69, SEARCH_PLANNED69, SUSPECT_CASE69, KEEP_UNTIL69, HUSHED69, LOUD_CANT69, HINTED69, SEALED_SHARED69, OFF_RECORD_MEETING69, READ_AHEAD69])

/** The conf69 kinds (see the comment above TELL_LATER69), run after the conf68 ones where the paragraph has no finding yet. */
function runConf69({ input, t, spans, notAware, once, published }: Conf58Context): void {
  const { doc, emit } = input
  const q = CONF69.scan(t)
  const sentenceText = (m: RegExpExecArray): string => sentenceOf(t, m.index, m.index + m[0].length)
  const pub = (): boolean => published(t)
  if (AUDIT_CASE69.test(t)) {
    // A matter told before it is told to those concerned.
    emitAll(q, doc, t, TELL_LATER69, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !pub()))
    emitAll(q, doc, t, PARTIES_UNTOLD69, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !WITHHELD68.test(t) && !pub()))
  }
  // A figure not yet given to the council.
  emitAll(q, doc, t, COUNCIL_UNTOLD69, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && FIGURE69.test(sentenceText(m)) && !pub()))
  if (ARREARS69.test(t) || /差押|差し押さえ/u.test(t)) {
    // The targets of a seizure settled, delinquent firms named, a search planned.
    emitAll(q, doc, t, SEIZURE_SET69, 'confidential/staff-only', emit, spans, once((m) => notAware(m) && !pub()))
    if (ARREARS69.test(t)) emitAll(q, doc, t, ARREARS_FIRM69, 'confidential/staff-only', emit, spans, once((m) => notAware(m) && !pub()))
    emitAll(q, doc, t, SEARCH_PLANNED69, 'confidential/staff-only', emit, spans, once((m) => notAware(m) && WHEN_PLANNED69.test(sentenceText(m)) && TARGETS69.test(sentenceText(m)) && !pub()))
  }
  // A suspected case being looked into.
  if (!SUSPECT_OUT69.test(t)) emitAll(q, doc, t, SUSPECT_CASE69, 'confidential/investigation', emit, spans, once(notAware))
  // The reader asked to keep a matter until its release.
  if (KEEP_MATTER69.test(t) && !KEEP_OUT69.test(t)) emitAll(q, doc, t, KEEP_UNTIL69, 'confidential/pre-release', emit, spans, once(notAware))
  // The city decided to keep a matter from the public.
  emitAll(q, doc, t, HUSHED69, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !HUSHED_OUT69.test(sentenceText(m))))
  // Cannot be said aloud yet, settled before its release.
  if (LOUD_RELEASE69.test(t) && LOUD_SETTLED69.test(t)) emitAll(q, doc, t, LOUD_CANT69, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !pub()))
  // Decided inside, held until its day, with hints.
  if (HINT69.test(t)) emitAll(q, doc, t, HINTED69, 'confidential/pre-release', emit, spans, once(notAware))
  // A sealed letter's content summarised.
  emitAll(q, doc, t, SEALED_SHARED69, 'confidential/staff-only', emit, spans, once(notAware))
  // A meeting marked unofficial or unrecorded.
  emitAll(q, doc, t, OFF_RECORD_MEETING69, 'confidential/meeting', emit, spans, once(notAware))
  // A report to be published later read ahead.
  emitAll(q, doc, t, READ_AHEAD69, 'confidential/pre-release', emit, spans, once(notAware))
}

/*
 * Blind R366P/R367Q kinds: enforcement and test results told before their time.
 *
 * - An inquiry told while the other party does not know yet (相手にはまだ気づかれていない, 飼い主さんにはまだ伝えていません, 業者には
 *   知らせずに), with the next step planned in the paragraph (警察と段取りを詰めてから動きます, 来週水曜の朝に現地へ入ります): the party
 *   would be warned by the post (confidential/investigation). A practice stated in general (…ことがあります), a party not of an inquiry
 *   (a surprise for a child or a family) and no step planned stay clean.
 * - A surprise inspection announced with its time or its targets (今月下旬、事前のご連絡なしに立入りを行います。対象は…計4か所; 来週、
 *   抜き打ちで査察に入ります): told ahead, it defeats itself. The practice said in general (予告なしで立入検査を行っています, …ことがあります)
 *   and a drill (抜き打ちの避難訓練) stay clean.
 * - A measured value or a test result told while its release by the prefecture or the city is still to come or it is said not yet out (県の
 *   発表はまだ先なんですけど…BODが基準の倍近く; まだ外に出していない今月分の数字です→ 0.08mg/L; 公表のタイミングは相談中). A result
 *   published, a release awaited with no value told and a refusal stay clean.
 * - A result told in the paragraph while the writer says they were asked to keep it until the release (陽性となりました。…それまでは外部に
 *   出さないよう言われています). The request alone, given as the reason nothing is told, stays clean.
 * - A matter said not yet on the city's site (まだ市のホームページにも出ていない話ですが) with an internal meeting or paper as its source,
 *   or a finding said still unpublished (この結果はこれまで公表されていません): the negated site is no publication.
 */
const INQUIRY_PARTY = '(?:相手|本人|当人|先方|向こう|飼い主|所有者|持ち主|業者|事業者|行為者|投棄者|容疑者|当事者|住人|居住者|家主|店側|会社側|施設側|経営者|オーナー)(?:さん|様|側)?'
const PARTY_UNAWARE = new RegExp(
  `${INQUIRY_PARTY}(?:に|には|にも|の方に|の方には)[、,]?(?:まだ|今のところ|いまのところ|現時点では|現時点で)?[、,]?(?:(?:気づかれ|気付かれ|感づかれ|勘づかれ|悟られ|知られ|バレ|ばれ)(?:て(?:い|お)?(?:ない|ません|りません)|てない|とらん|ないうちに|ないよう)|(?:伝え|知らせ|連絡し|通知し|言っ|話し|告げ|お伝えし|お知らせし|予告し)(?:て(?:い|お)?(?:ない|ません|りません)|てない|とらん)|(?:伝え|知らせ|連絡せ|通知せ|言わ|話さ|告げ|予告せ)ずに|(?:伝え|知らせ|連絡し|通知し|予告し)ないまま)`,
  'gu',
)
/** …with a step of an inquiry or an enforcement in the paragraph. */
const ENFORCEMENT = /警察|捜査|立入|立ち入|現地(?:に|へ)|踏み込|乗り込|調査|特定|保健所|指導|摘発|張り込|差し押|差押|家宅|証拠|不法投棄|通報|違反|行政処分|勧告/u
/** …planned ahead (動きます, 入ります, 来週水曜の朝に). */
const STEP_PLANNED = /(?:動き|入り|行き|向かい|伺い|踏み込み|乗り込み|訪問し|実施し|行い|確認し|詰め)ます|予定|段取り|来週|再来週|明日|明後日|あさって|今週|週明け|[0-9]+日|[月火水木金土日]曜/u
const INQUIRY_IN_GENERAL = /ことがあります|場合があります|こともあります|ことになっています|場合は|ときは|時は|際は|ましょう|ください/u

const SURPRISE_INSPECTION =
  /(?:抜き打ち|抜打ち|ぬきうち|予告なし|予告無し|アポなし|事前(?:の)?(?:ご)?(?:連絡|通知|通告|予告|告知|お知らせ)(?:なし|無し|なく|をせず|せず|をしないで))(?:で|に|の)?[^。！？!?\n]{0,20}?(?:立入|立ち入|検査|査察|点検|監査|パトロール|調査)[^。！？!?\n]{0,12}?(?:を)?(?:行います|行う予定|実施します|実施する予定|入ります|入る予定|伺います|回ります|予定)/gu
const INSPECTION_WHEN = /今月|来月|来週|再来週|今週|週明け|明日|明後日|あさって|[上中下]旬|[0-9]+月|[0-9]+日|[月火水木金土日]曜/u
const INSPECTION_TARGETS = /対象|[0-9一二三四五六七八九十]+(?:か所|カ所|ヶ所|箇所|件|社|店|事業所|施設)|[町区]/u

const MEASURED_VALUE = /[0-9][0-9,]*(?:mg|μg|µg|ng|ppm|ppb|Bq|μSv|µSv|mSv|CFU|個\/|倍|%|％)|基準(?:値)?(?:の|を)[^。！？!?\n]{0,8}?(?:倍|超え|超過|上回|オーバー|ぎりぎり|ギリギリ|すれすれ)|(?:陽性|陰性|検出され|検出し)/u
const MEASURE_WORD = /検査|測定|分析|採水|水質|数値|数字|濃度|残留塩素|大腸菌|BOD|COD|放射線/u
const NOT_RELEASED =
  /(?:発表|公表|公開|お知らせ)(?:は|が)?[、,]?(?:まだ(?:先|です|で|だ|なん|なの|前|これから)|これから|前(?:です|で|なん|なの|だ))|(?:発表|公表|公開)前|未公表|未発表|まだ(?:外|表|公)(?:に|へ)(?:は)?出(?:して|て)(?:い|お)?(?:ない|ません)|(?:公表|発表)(?:の)?(?:タイミング|時期|日)(?:は|を)?[^。！？!?\n]{0,10}?(?:相談中|調整中|検討中)/gu
const VALUE_REFUSED = /(?:でき|出来)(?:ません|ない|かね)|いたしかね|控え(?:ます|させ)|お待ちください|お待ち下さい|ホームページ(?:で|に)(?:公表|掲載|お知らせ)し(?:ます|てい)/u

const HOLD_UNTIL_RELEASE_ASKED =
  /(?:発表|公表|解禁|会見|それ)(?:の日)?まで(?:は)?[、,]?(?:外部に|外に|よそに|表に|公に)(?:は)?(?:出さ|漏らさ|言わ)(?:ない|ん)よう(?:に)?[、,]?(?:と)?(?:言われ|いわれ|指示され|頼まれ|求められ|念を押され|釘を刺され|くぎを刺され)/gu
const RESULT_TOLD = /陽性|陰性|判明|確定し|検出|発生し|決まりました|決定し(?:まし)?た|と(?:判定|診断)され|となりました/u
const HOLD_OUT = /詐欺|サプライズ|誕生日|プレゼント|お楽しみ|ネタバレ/u

const UNPOSTED =
  /(?:ホームページ|HP|サイト|広報紙?|広報誌|報道|ニュース|新聞)(?:に|にも|で|でも|では)(?:は|も)?[、,]?(?:まだ)?(?:出て|載って|掲載されて|公開されて|アップされて|発表されて)(?:い|お)?(?:ない|ません)(?:話|情報|こと|内容|件|もの)?(?:です|なんです|なん|だ|や)?(?:が|けど|けれど)/gu
const UNPUBLISHED_RESULT =
  /(?:この|その|今回の)(?:結果|内容|数字|数値|情報|事実|判定|診断)(?:は|も)[、,]?(?:これまで|まだ|現時点で|いまだ|今まで|未だ)?[、,]?(?:公表|発表|公開)(?:されて|して)(?:い|お)?(?:ない|ません|りません)(?![^。！？!?\n]{0,4}?でした)/gu
const INSIDE_SOURCE_TOLD = /庁内|課内|部内|内部|会議|幹部|上から|上層部|判定|診断|検査結果|調査結果/u
const RELEASE_NOW = /(?:本日|今日|ここに)[^。！？!?\n]{0,12}?(?:公表|発表|公開)(?:します|いたします|しました)/u

const INQUIRY_AND_RELEASE_GATE = new ParagraphGate([PARTY_UNAWARE, SURPRISE_INSPECTION, NOT_RELEASED, HOLD_UNTIL_RELEASE_ASKED, UNPOSTED, UNPUBLISHED_RESULT])

/** The inquiry and release kinds (see the comment above INQUIRY_PARTY), run after the conf69 ones where the paragraph has no finding yet. */
function runInquiryAndReleaseKinds({ input, t, spans, notAware, once, published }: Conf58Context): void {
  const { doc, emit } = input
  const q = INQUIRY_AND_RELEASE_GATE.scan(t)
  const sentenceText = (m: RegExpExecArray): string => sentenceOf(t, m.index, m.index + m[0].length)
  // The party of an inquiry not yet aware, with the next step planned.
  if (ENFORCEMENT.test(t) && STEP_PLANNED.test(t) && !INQUIRY_IN_GENERAL.test(t)) {
    emitAll(q, doc, t, PARTY_UNAWARE, 'confidential/investigation', emit, spans, once((m) => notAware(m) && !published(t)))
  }
  // A surprise inspection announced with its time or targets.
  emitAll(q, doc, t, SURPRISE_INSPECTION, 'confidential/investigation', emit, spans, once((m) => {
    const s = sentenceText(m)
    return notAware(m) && !/訓練|テスト|試験/u.test(s) && !INQUIRY_IN_GENERAL.test(s) && INSPECTION_WHEN.test(t) && INSPECTION_TARGETS.test(t) && !published(t)
  }))
  // A measured value told before its release.
  if (MEASURE_WORD.test(t) && MEASURED_VALUE.test(t) && !VALUE_REFUSED.test(t)) {
    emitAll(q, doc, t, NOT_RELEASED, 'confidential/pre-release', emit, spans, once(notAware))
  }
  // A result told while asked to hold it until the release.
  if (RESULT_TOLD.test(t) && !HOLD_OUT.test(t)) emitAll(q, doc, t, HOLD_UNTIL_RELEASE_ASKED, 'confidential/pre-release', emit, spans, once(notAware))
  // A matter not yet on the city's site, from inside; a result said still unpublished.
  if (!RELEASE_NOW.test(t)) {
    emitAll(q, doc, t, UNPOSTED, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && INSIDE_SOURCE_TOLD.test(t.slice(m.index + m[0].length))))
    emitAll(q, doc, t, UNPUBLISHED_RESULT, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && INSIDE_SOURCE_TOLD.test(t.slice(0, m.index))))
  }
}

/*
 * Blind R368R kinds: a selection's or a bargain's inside told before its result or its notice.
 * - An exam still to come, its theme or question seen or heard and told (今年の論文試験、机の上でチラッと見えちゃったテーマは『…』でした;
 *   本番の面接のお題、こっそり聞いちゃいました。「…」だそうです): EXAM_THEME_SEEN with a leak cue in the sentence and the exam ahead in
 *   the paragraph. A past exam's theme, or this year's told after it was held (受験された皆さん、お疲れさまでした), stays clean.
 * - A question the writer's own section made for an exam to come, its options or answer given (うちの係で1問作りました。選択肢は…・…・…):
 *   EXAM_QUESTION_GIVEN with EXAM_MADE. The scope an exam covers (一般知識から40問出題します) stays clean.
 * - The city's bottom line in labour talks, or the card it still holds back (当局としては0.05月分の上乗せまでなら呑める; 組合にはまだ0.02月分しか
 *   示していない): UNION_CEILING with UNION_TALKS. An agreement reached or a pay recommendation reported stays clean.
 * - A bidder's standing in a tender's evaluation before its result (技術点はA社がかなり抜けていて…ほぼ決まりかな; 結果の公表は月末):
 *   BID_STANDING with a procurement word and the result still to come. The published result (落札者に決定しました) stays clean.
 * - A member of staff's next post told before the announcement (田中次長、4月から総務部長だそうです！正式な発表は来週): STAFF_MOVE with
 *   NOT_ANNOUNCED. A move announced (4月1日付の人事異動で…就任しました) stays clean.
 * - Selection results by exam number before the official notice (受験番号1024・1031の2名が最終面接に進むことで決まりました。正式な通知は金曜に
 *   発送します): NUMBERS_PASSED with SELECTION_NOTICE_TO_COME. The official list of passers (合格者の受験番号を掲載しました) stays clean.
 */
const EXAM_TERM = '(?:試験|検定|選考|面接|入試|考査)'
const EXAM_THEME_SEEN = new RegExp(
  `${EXAM_TERM}[^。！？!?\\n「」『』]{0,32}?(?:テーマ|お題|課題|題目|設問|問題|質問)(?:(?:は|が|って)[、,]?[^。！？!?\\n「」『』]{0,6}?[「『][^「」『』\\n]{2,40}[」』]|を[^「」『』\\n]{0,24}?[「『][^「」『』\\n]{2,40}[」』]|(?:は|が|って)[、,]?[^。！？!?\\n「」『』]{4,36}?(?:でした|です|だって|らしい|みたい|っぽい|だそう))`,
  'gu',
)
const EXAM_SEEN_CUE = /見え(?:ちゃ|て|た|まし)|見ちゃ|見てしま|見かけ|チラ|ちら(?:っと|り|見)|のぞ|覗|こっそり|内緒|ないしょ|ナイショ|ここだけ|机の上|聞いちゃ|聞いてしま|耳に(?:し|入)|これ以上は(?:言え|書け|話せ)|ヒント/u
const EXAM_AHEAD = /今年|今年度|今回|次回|本番|来週|来月|明日|あす|今度|当日|受験生|受験される|受験予定|ラストスパート|頑張|がんば/u
const EXAM_OVER = /お疲れ|おつかれ|終わりました|終了しました|実施しました|出題されました|出題しました|受験された|受験した皆|行われました|解答例|講評|昨年|去年|前回|過去/u
/** A question made by the writer or the writer's section (うちの係で作りました, 私が作問しました). */
const EXAM_MADE = /(?:作っ|作成し|考え)た(?:の)?は(?:うちの|私たちの|僕らの)?(?:係|課|班|チーム|私|僕)|(?:うちの|私たちの|僕らの|当)?(?:係|課|班|担当|チーム)(?:で|が)(?:作り|作っ|作成し|考え)(?:ました|た|てい|とる)|(?:私|わたし|僕|自分)(?:が|で)(?:作り|作っ|作成し|作問し|考え)(?:ました|た)|作問(?:しました|した|中|してい)/u
const EXAM_QUESTION_GIVEN =
  /(?:選択肢|正解|答え|解答|問題文)(?:は|が)[、,]?(?![^。！？!?\n]{0,8}?(?:秘密|ヒミツ|ひみつ|内緒|ないしょ|言えません|言えない|お楽しみ|当日|本番|まだ|ありません|[0-9０-９一二三四五六]つ|[0-9０-９一二三四五六]択))[^。！？!?\n]{3,40}|[^。！？!?\n、,]{2,16}?(?:から|について)[0-9０-９一二三四五]問(?:出す|出し|出題|作)/gu
const UNION_CEILING =
  /(?:当局|市側|市|こちら|当方|うち|人事課|財政課?)(?:として(?:は)?|側(?:は|として(?:は)?)?|は|の(?:腹|本音)は)[、,]?[^。！？!?\n]{0,30}?(?:[0-9０-９.．]+(?:か|ヶ|カ|ケ)?月分?|[0-9０-９.．]+(?:%|％)|[0-9０-９,，]+円)[^。！？!?\n]{0,16}?(?:まで(?:なら|は|だったら)?[^。！？!?\n]{0,6}?(?:呑め|飲め|のめ|出せ|譲れ|応じられ|いけ|行け|上げられ|認められ|許容|OK|オッケー)|が(?:上限|限度|限界|ぎりぎり|ギリギリ|精一杯|最後|最終))|(?:最後の|最終|ぎりぎりの|ギリギリの)(?:ライン|線|カード)(?:と|という|だ|です|で)|(?:組合|職員団体|相手)(?:さん|側)?(?:に|へ)(?:は)?[、,]?まだ[^。！？!?\n]{0,12}?[0-9０-９.．]+[^。！？!?\n]{0,6}?しか(?:示|提示|出|言|伝え)/gu
const UNION_DONE = /合意しました|合意いたしました|合意に至|妥結し|妥結いたし|決着しました|まとまりました|人事院|人事委員会の勧告|公表し|ホームページ|市HP/u
const BID_STANDING =
  /(?:技術点|評価点|価格点|総合点|技術評価|提案内容|プレゼン|審査|採点|点数)(?:は|では|で(?:は|も)?|の(?:方|ほう)は)?[、,]?[^。！？!?\n]{0,8}?(?:[A-Za-zＡ-Ｚａ-ｚ](?:社|者)|[\p{Script=Han}\p{Script=Katakana}ー]{1,10}(?:社|建設|工業|組|工務店|設計|コンサル)(?:さん)?)(?:が|の(?:方|ほう)が)[^。！？!?\n]{0,10}?(?:抜けて|抜きん出|頭(?:ひとつ|一つ)|一歩リード|リード|トップ|首位|[1１一]位|一番|優勢|有利|圧倒|ダントツ|断トツ|飛び抜け|高得点|高く|高い|高かっ|良かっ|よかっ)/gu
const BID_EVALUATION_CONTEXT = /入札|総合評価|プロポーザル|業者|事業者|落札|受注|契約|審査委員/u
const BID_RESULT_AHEAD = /(?:公表|発表|通知|決定)(?:は|が)[^。！？!?\n]{0,10}?(?:月末|来週|来月|明日|後日|これから|まだ|[0-9０-９]+日|週明け)|公表前|発表前|(?:ほぼ|もう)?決まり(?:かな|そう|っぽ)|感触|次第では/u
const BID_RESULT_OUT = /(?:落札者|受注者|契約(?:の)?相手方?|優先交渉権者)(?:に|を|が)(?:決定し|決まりまし|選定し)|公表しました|公表しています|発表しました|ホームページ|市HP/u
const STAFF_MOVE =
  /(?:[\p{Script=Han}]{1,4}(?:さん|氏|課長|部長|次長|係長|所長|館長|局長|参事|主幹|課長補佐|室長)|(?:課長|部長|次長|係長|所長|館長|局長)さん)[、,]?[^。！？!?\n]{0,8}?(?:[0-9０-９]{1,2}月|来月|来年度|新年度|次の異動|この春|春)(?:から|より|付けで|付で)[、,]?[^。！？!?\n]{0,12}?(?:部長|課長|次長|係長|所長|館長|局長|室長|参事|副市長|教育長|センター長|支所長|[\p{Script=Han}]{1,6}(?:課|部|局|所|館)(?:へ|に)?)(?:に|へ)?(?:就任|昇任|昇格|昇進|異動|栄転|内定)?(?:だそう|らしい|みたい|になる|になります|になるって|ですって|って|です|だ|で決ま|に決ま|が決ま|内定)/gu
const MOVE_OUT = /付の人事|付け?の?(?:人事)?異動で|辞令交付|ホームページ|市HP|発表しました|公表しました|掲載しました|就任しました|着任しました|異動しました|おめでとう/u
const NUMBERS_PASSED =
  /受験番号[^。！？!?\n]{0,40}?(?:合格|通過|不合格|内定|採用|進む|進み|進ん|残り|残っ|落ち|決まり|決定)/gu
const SELECTION_NOTICE_TO_COME = /正式(?:な|の)?(?:通知|発表|連絡|結果|合格発表)|(?:通知|発表|連絡)(?:は|が)?(?:まだ|これから)|(?:通知|発表)(?:の|する|される)?前/u
const NUMBERS_OUT = /合格発表|(?:合格者|通過者)(?:の)?(?:受験番号)?(?:を|は)(?:発表|掲載|公表|以下|次の)|以下のとおり|次のとおり|掲載し|ホームページ|市HP/u

const SELECTION_AND_BARGAIN_GATE = new ParagraphGate([EXAM_THEME_SEEN, EXAM_QUESTION_GIVEN, UNION_CEILING, BID_STANDING, STAFF_MOVE, NUMBERS_PASSED])

/** The selection and bargain kinds (see the comment above EXAM_TERM), run after the conf69 ones where the paragraph has no finding yet. */
function runSelectionAndBargainKinds({ input, t, spans, notAware, once, published }: Conf58Context): void {
  const { doc, emit } = input
  const q = SELECTION_AND_BARGAIN_GATE.scan(t)
  const sentenceText = (m: RegExpExecArray): string => sentenceOf(t, m.index, m.index + m[0].length)
  const examAhead = EXAM_AHEAD.test(t) && !EXAM_OVER.test(t)
  // An exam's theme or question seen or heard, told before the exam.
  if (examAhead) emitAll(q, doc, t, EXAM_THEME_SEEN, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && EXAM_SEEN_CUE.test(sentenceText(m))))
  // A question the writer's section made for an exam to come, its options or answer given.
  if (examAhead && EXAM_MADE.test(t) && new RegExp(EXAM_TERM, 'u').test(t)) emitAll(q, doc, t, EXAM_QUESTION_GIVEN, 'confidential/pre-release', emit, spans, once(notAware))
  // The city's bottom line in labour talks.
  if (UNION_TALKS.test(t) && !UNION_DONE.test(t)) emitAll(q, doc, t, UNION_CEILING, 'confidential/negotiation', emit, spans, once(notAware))
  // A bidder's standing in an evaluation before its result.
  if (BID_EVALUATION_CONTEXT.test(t) && BID_RESULT_AHEAD.test(t) && !BID_RESULT_OUT.test(t) && !published(t)) emitAll(q, doc, t, BID_STANDING, 'confidential/pre-release', emit, spans, once(notAware))
  // A member of staff's next post before the announcement.
  if (NOT_ANNOUNCED.test(t) && !MOVE_OUT.test(t)) emitAll(q, doc, t, STAFF_MOVE, 'confidential/personnel', emit, spans, once(notAware))
  // Selection results by exam number before the official notice.
  if (SELECTION_NOTICE_TO_COME.test(t) && !NUMBERS_OUT.test(t) && !published(t)) emitAll(q, doc, t, NUMBERS_PASSED, 'confidential/pre-release', emit, spans, once(notAware))
}

/*
 * Unreleased internal matters (blind R373W, R374X, R375Y, R376Z kinds): how Japanese tells a matter of the city before its party or the public has it.
 * - A visit of an inspection or a correction planned with its day, the party not to be told beforehand (お店には前もって言わない決まり;
 *   所有者には当日まで伝えない予定です): PARTY_NOT_FOREWARNED with an inspection word and a day. The rule put in general (…ことになっています,
 *   毎年) stays clean.
 * - A plan all but settled, its official notice said to come later, and the reader asked to keep it (正式なお知らせは…終わってからなので、
 *   それまでは胸にしまっておいて): NOTICE_LATER_KEEP with a city matter.
 * - A post's next holder named before the announcement (次は…係長になるみたい; ご本人もまだ知らないかも): NEXT_HOLDER_NAMED, hearsay or with
 *   the person or the public not yet told. An announced move stays clean.
 * - An inspection's or an audit's finding told while its official notice is still to come (立入検査で基準超過を指摘されていて…正式にお知らせ
 *   するまで): FINDING_TOLD with FINDING_NOTICE_TO_COME.
 * - Who filed an information-disclosure request (請求されたのは…会社の社長さんです): DISCLOSURE_REQUESTER in a paragraph on disclosure.
 * - A decision told before its party is notified (開示の決定はまだ請求された方にもお知らせしていない段階ですが、…一部開示になります):
 *   DECISION_PARTY_UNTOLD with DECISION_TOLD after it. A notice still to be sent, with nothing told, stays clean.
 * - An accusation against staff passed on in quotes (匿名で「ある課の係長が…水増ししている」という告発): ACCUSATION_QUOTED. A notice of the
 *   reporting channel stays clean.
 * - An irregularity found and said not yet out anywhere (領収書が…見つからないことがわかって、まだどこにも出ていない話): NOT_OUT_ANYWHERE with
 *   IRREGULARITY_FOUND and an inside source.
 * - A proposed penalty for a member of staff with its content (処分案は停職1か月で): PENALTY_PROPOSAL.
 */
const FOREWARNED_PARTY = `(?:${INQUIRY_PARTY}|お店|店舗|各店|事業所|施設|工場|相手方|対象(?:者|店|事業所|施設|先))`
const PARTY_NOT_FOREWARNED = new RegExp(
  `${FOREWARNED_PARTY}(?:に|には|へは|にも)[、,]?(?:前もって|事前に|あらかじめ|予め|当日まで|直前まで|その日まで)(?:は)?[、,]?(?:一切|何も)?(?:言わ|伝え|知らせ|お知らせし|連絡し|連絡せ|通知し|通知せ|予告し|予告せ|告げ|教え)(?:ない|ず|ません)`,
  'gu',
)
const VISIT_STEP = /立入|立ち入|検査|査察|点検|監査|パトロール|調査|チェック|指導|是正|取り締ま|取締|摘発|監視|見回|見て回|巡回/u
const VISIT_DAY = /来週|再来週|今週|週明け|明日|明後日|あさって|[0-9]{1,2}日|[月火水木金土日]曜/u
const VISIT_IN_GENERAL = /毎年|毎月|例年|定期的|ことになっています|場合は|ときは|時は|際は|しましょう/u

const NOTICE_LATER_KEEP = new RegExp(
  `(?:お知らせ|発表|公表|通知|リリース|告知)(?:は|が)[、,]?[^。！？!?\\n]{0,24}?(?:なので|ですので|のため|やけん|だから|なんで|ですから)[、,]?[^。！？!?\\n]{0,16}?${KEEP_ASK}`,
  'gu',
)
const KEEP_LATER_OUT = /詐欺|犯罪|サプライズ|誕生日|プレゼント|お楽しみ|ネタバレ/u

const HOLDER_POST = '(?:館長|課長|部長|次長|係長|局長|所長|室長|園長|校長|教頭|センター長|支所長|事務局長|副市長|教育長|参事|主幹)'
const NEXT_HOLDER_NAMED = new RegExp(
  `(?:後任|次(?:の${HOLDER_POST})?|新しい${HOLDER_POST}|新${HOLDER_POST})(?:は|が)[、,]?[^。！？!?\\n]{0,16}?[\\p{Script=Han}]{1,4}(?:${HOLDER_POST}|さん|氏)(?:に|が)?(?:なる|なり|就く|来る|来られる|就任する|昇格する|昇任する|着任する)?(?:みたい|らしい|そう(?:です|だ|な|よ)|って|ようです|との(?:こと|噂|うわさ)|っぽい|予定|で決まり|に決まり|に内定)`,
  'gu',
)
const POST_CHANGING = new RegExp(`${HOLDER_POST}(?:が|は|も)?[、,]?(?:替わ|代わ|かわ|交代|退任|退職|転出)|後任|人事|異動|就任|昇任|昇格|内示`, 'u')
const HOLDER_HEARSAY = /みたい|らしい|そう(?:です|だ|な|よ)|って$|ようです|との(?:噂|うわさ)|っぽい/u
const HOLDER_UNTOLD = /(?:ご)?本人(?:も|は|に(?:も|は)?)[、,]?(?:まだ)?(?:知らな|知らされて(?:い)?な|聞いて(?:い)?な|伝わって(?:い)?な|伝えて(?:い)?な)/u

const FINDING_TOLD =
  /(?:立入検査|立ち入り検査|立入調査|検査|監査|査察|点検|調査)(?:で|の結果|において|の際に?)[、,]?[^。！？!?\n]{0,20}?(?:基準(?:値)?(?:を)?(?:超過|超え|オーバー|上回)|違反|不備|不適合|不適切|不正|改善(?:を)?(?:求め|指示))[^。！？!?\n]{0,10}?(?:指摘され|指導され|見つか|判明し|確認され|受け|求められ)/gu
const FINDING_NOTICE_TO_COME = /正式に(?:お知らせ|発表|公表|ご報告|報告|お伝え)(?:する|できる|いたす|される)?(?:まで|前)|正式(?:な|の)(?:お知らせ|発表|公表|報告)(?:は|まで|が)|(?:公表|発表)(?:は|が)?(?:まだ|これから|前)|未公表|まだ(?:どこ|外|表|公)(?:に|にも)(?:は)?出/u
const FINDING_CASE = /場合|ときは|時は|たら|れば/u

const DISCLOSURE_REQUESTER =
  /(?:請求(?:を)?(?:され|し|なさっ|出さ|出し|出され)た(?:の|方|人|者|かた)|請求(?:者|人))(?:は|が)[、,]?[^。！？!?\n]{0,30}?(?:さん|様|氏|方|社長|会社|業者|事業者|議員|記者|団体|新聞社|弁護士|住民|男性|女性)(?:です|でした|だ|だった|や|らしい|みたい|とのこと|なんです)/gu
const DISCLOSURE_MATTER = /開示|情報公開|公開請求/u

const DECISION_PARTY = '(?:請求(?:され|し)た方|請求(?:者|人)|申請(?:され|し)た方|申請者|申立人|相手方|ご本人|本人|当事者|応募(?:され|し)た方|応募者|対象者|受験者)(?:さん|様)?'
const DECISION_PARTY_UNTOLD = new RegExp(
  `${DECISION_PARTY}(?:に|へ)(?:も|は)?[、,]?(?:まだ)?(?:お知らせ|通知|連絡|お伝え|ご連絡|お送り|送付)(?:して|いたして|されて)?(?:い|お)?(?:ない|ません|りません)(?:段階|状態|ところ)?(?:です|なん(?:です)?|だ)?(?:が|けど|けれど|けども)`,
  'gu',
)
const DECISION_TOLD = /一部開示|不開示|非開示|全部開示|部分開示|全面開示|黒塗り|(?:開示|公開|許可|不許可|採択|不採択|合格|不合格|承認|却下|認定|支給|不支給)(?:に|と)(?:なり|決まり|なる)|結論(?:から言うと|を言うと|から申し上げると)/u

const ACCUSED = '(?:職員|係長|課長|部長|次長|主任|主査|主事|所長|館長|園長|校長|教頭|先生|議員|上司|同僚|担当者|課の|係の)'
const MISDEED = '(?:水増し|着服|横領|不正|使い込|流用|私的(?:に)?(?:使|利用)|改ざん|改竄|ハラスメント|パワハラ|セクハラ|カラ出張|空出張|賄賂|わいろ|収賄|接待|飲酒運転|虚偽|ごまかし|誤魔化|談合|口利き|癒着|横流し)'
const ACCUSATION_QUOTED = new RegExp(
  `[「『][^「」『』\\n]{0,30}?${ACCUSED}[^「」『』\\n]{0,30}?${MISDEED}[^「」『』\\n]{0,20}[」』](?:という|との|って|みたいな|といった)[^。！？!?\\n]{0,6}?(?:告発|内部通報|通報|投書|タレコミ|たれこみ|密告|訴え|手紙|メール|電話)|(?:告発|内部通報|投書|タレコミ|密告)(?:の内容|の中身)?(?:は|が|で|によると)?[、,]?[「『][^「」『』\\n]{0,30}?${ACCUSED}[^「」『』\\n]{0,30}?${MISDEED}`,
  'gu',
)
const ACCUSATION_NOTICE = /(?:通報|相談|受付)窓口|受け付け|受付|制度|保護|研修|ご相談|相談は|しましょう|場合|ください|判明|公表|発表|報道|お詫び|おわび/u

const NOT_OUT_ANYWHERE =
  /まだ(?:どこ|外|表|公|世間)(?:に|へ)(?:も|は)?(?:出て|出して|発表して|公表して|知られて)(?:い|お)?(?:ない|ません|へん)(?:話|情報|こと|件|内容|段階|もの)?/gu
const IRREGULARITY_FOUND = /見つからない|見つかりません|見当たらない|紛失|無くな|なくなっ|不正|不適切|過払い|未払い|二重(?:払い|支給|計上)|誤り|ミス|漏れ|水増し|使途不明|横領|着服/u
const IRREGULARITY_SOURCE = /監査|検査|調査|事務局|課内|庁内|内部|中の人/u

const PENALTY_PROPOSAL =
  /(?:懲戒)?処分(?:の)?(?:案|原案|方向|見込み|方針)(?:は|が|で|として)[、,]?[^。！？!?\n]{0,10}?(?:懲戒免職|諭旨免職|諭旨退職|免職|停職|減給|戒告|訓告|降格|降任)/gu

const UNRELEASED_MATTER_GATE = new ParagraphGate([PARTY_NOT_FOREWARNED, NOTICE_LATER_KEEP, NEXT_HOLDER_NAMED, FINDING_TOLD, DISCLOSURE_REQUESTER, DECISION_PARTY_UNTOLD, ACCUSATION_QUOTED, NOT_OUT_ANYWHERE, PENALTY_PROPOSAL])

/** The unreleased internal matter kinds (see the comment above FOREWARNED_PARTY), run where the paragraph has no finding yet. */
function runUnreleasedMatterKinds({ input, t, spans, notAware, once, published }: Conf58Context): void {
  const { doc, emit } = input
  const q = UNRELEASED_MATTER_GATE.scan(t)
  const sentenceText = (m: RegExpExecArray): string => sentenceOf(t, m.index, m.index + m[0].length)
  // An inspection's or a correction's visit planned with its day, the party not told beforehand.
  if (VISIT_STEP.test(t) && VISIT_DAY.test(t) && !VISIT_IN_GENERAL.test(t)) emitAll(q, doc, t, PARTY_NOT_FOREWARNED, 'confidential/investigation', emit, spans, once((m) => notAware(m) && !published(t)))
  // A city matter, its notice later, the reader asked to keep it till then.
  if (CITY_MATTER.test(t) && !KEEP_LATER_OUT.test(t)) emitAll(q, doc, t, NOTICE_LATER_KEEP, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !published(t)))
  // A post's next holder named before the announcement.
  if (POST_CHANGING.test(t) && !MOVE_OUT.test(t)) {
    const untold = HOLDER_UNTOLD.test(t) || NOT_ANNOUNCED.test(t)
    emitAll(q, doc, t, NEXT_HOLDER_NAMED, 'confidential/personnel', emit, spans, once((m) => notAware(m) && (untold || HOLDER_HEARSAY.test(m[0]))))
  }
  // An inspection's finding told before its official notice.
  if (FINDING_NOTICE_TO_COME.test(t) && !published(t)) emitAll(q, doc, t, FINDING_TOLD, 'confidential/audit', emit, spans, once((m) => notAware(m) && !FINDING_CASE.test(sentenceText(m))))
  // Who filed a disclosure request.
  if (DISCLOSURE_MATTER.test(t)) emitAll(q, doc, t, DISCLOSURE_REQUESTER, 'confidential/complainant', emit, spans, once(notAware))
  // A decision told before its party is notified.
  emitAll(q, doc, t, DECISION_PARTY_UNTOLD, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && DECISION_TOLD.test(t.slice(m.index + m[0].length))))
  // An accusation against staff passed on.
  if (!ACCUSATION_NOTICE.test(t)) emitAll(q, doc, t, ACCUSATION_QUOTED, 'confidential/audit', emit, spans, once(notAware))
  // An irregularity found, said not yet out anywhere.
  if (IRREGULARITY_FOUND.test(t) && IRREGULARITY_SOURCE.test(t)) emitAll(q, doc, t, NOT_OUT_ANYWHERE, 'confidential/audit', emit, spans, once((m) => notAware(m) && !published(t)))
  // A proposed penalty with its content.
  if (STAFF.test(t) && !PENALTY_PUBLIC.test(t)) emitAll(q, doc, t, PENALTY_PROPOSAL, 'confidential/personnel', emit, spans, once(notAware))
}

/*
 * Undisclosed deals and papers (blind R370T, R372V): how Japanese tells a deal or a paper the other side or the public has not yet been given.
 * - A candidate site narrowed while its landowners are still to be told (候補地を…約8.5ヘクタールに絞り込みました…地権者の皆さまへのご説明は
 *   これから): SITE_NARROWED with AFFECTED_YET.
 * - A paper said not yet given to the press or the council, then shown (まだ記者さんにも出してないんですが…完成イメージ図…チラ見せ):
 *   NOT_GIVEN_YET with DESIGN_PAPER_SHOWN.
 * - The quotes of vendors not chosen, with their sums (ほかに見積もりをもらった2社は1,150円と1,240円): LOSING_QUOTES.
 * - A board in a photo with the firms in talks and the terms (ホワイトボードには今やりとりしている5社の名前、…こちらが出せる条件まで):
 *   BOARD_TALKS.
 * - A firm's name held at its wish while the deal's place, time or size is told (企業名は先方のご意向により控えますが、場所は…): NAME_HELD_BUT.
 * - The price paid to a supplier, settled in talks (…さんとの話し合いで卸値は1セット6,800円に): SUPPLY_PRICE with SUPPLY_TALKS.
 * - A donor's wish not to be named, said, then overridden (「名前は出さんでいい」とおっしゃってたけど、…紹介させてください): UNNAMED_WISH_BUT.
 * - A private application's review told while under way (建築確認の審査中に構造計算の不備が2か所見つかり): REVIEW_FINDING.
 * - The council or the press not yet told, so the reader is asked to keep what was just told (議会への説明がまだなので、…胸にしまっておいて
 *   ください): UNTOLD_KEEP.
 * A notice of a briefing, a published result, advice and a case put (場合は) stay clean.
 */
const SITE_NARROWED = /(?:候補地|予定地|建設地|建設場所|移転先|用地|進出先)(?:を|は)[、,]?[^。！？!?\n]{0,30}?(?:に|へ)(?:絞り込(?:み|ん)|絞っ|絞り)(?:ました|だ|で(?:い|お)|て(?:い|お)|た)/gu
const AFFECTED_YET = /(?:地権者|地元|住民|権利者|所有者|自治会|町内会|区長|関係地区)(?:さん|様|の(?:皆さん|皆様|皆さま|方々|方))?(?:へ|に|への)?(?:の)?(?:説明(?:会)?|ご説明)(?:が|は|も)?[、,]?(?:まだ|これから|済んでいない|済んでいません|終わっていない|前)/u
const NOT_GIVEN_YET = /まだ(?:記者|報道|マスコミ|プレス|新聞社?|メディア|市議会|議会|議員)(?:さん|の(?:皆さん|皆様|皆さま|方々))?(?:に|へ)(?:も|は)?(?:出し|発表し|公表し|お見せし|見せ|リリースし|お知らせし)(?:て(?:い)?(?:ない|ません)|とらん|てへん)(?:ん|の)?(?:です|だ|や)?(?:が|けど|けれど)/gu
const DESIGN_PAPER_SHOWN = /(?:イメージ図|完成図|完成予想図|パース|図面|設計図|デザイン案?|レイアウト)[^。！？!?\n]{0,40}?(?:チラ見せ|ちら見せ|お見せ|見せ(?:ちゃ|ます|る)|公開し|載せ|ご紹介|お披露目し)/u
const LOSING_QUOTES = /(?:ほか|他|残り)に(?:見積(?:もり|り)?|見積書|相見積(?:もり|り)?)(?:を)?(?:もらった|取った|とった|いただいた|頂いた|お願いした|出してもらった|依頼した)[0-9一二三四五六七八九十]社(?:は|が|も)[、,]?[^。！？!?\n]{0,10}?[0-9][0-9,]*(?:万|億)?円/gu
const QUOTES_PUBLISHED = /入札結果|開札結果|落札|公表し|ホームページ|市HP/u
const BOARD_TALKS = /(?:ホワイトボード|黒板|ボード|模造紙|スクリーン|モニター|画面)(?:に|には|にも)[、,]?[^。！？!?\n]{0,20}?(?:やりとり|やり取り|交渉|協議|商談|折衝)(?:中|して|を)[^。！？!?\n]{0,12}?(?:社名|企業名|会社名|社の名前|企業の名前|会社の名前)[^。！？!?\n]{0,30}?(?:条件|金額|面積|単価|価格|提示額)/gu
const NAME_HELD_BUT = /(?:企業名|社名|会社名|相手(?:先|方)?(?:の)?(?:名前|名称))(?:は|を)[、,]?(?:先方|相手方|相手先|相手|企業|会社)(?:様|さん)?の(?:ご)?(?:意向|要望|希望|要請)(?:により|で|から|もあり|に沿って)[、,]?(?:控え|伏せ|非公表|公表を控え|お伝えでき|申し上げられ)[^。！？!?\n]{0,8}?(?:が|けど|けれど)[、,]?[^。！？!?\n]{0,20}?(?:場所|所在地|立地|候補地|用地|時期|規模|条件|金額|業種|雇用)(?:は|が|も)/gu
const DEAL_TALKS = /(?:協議|交渉|調整|話し合い)(?:を)?(?:進め|中|して(?:い|お))/u
const SUPPLY_PRICE = /(?:卸値|おろし値|オロシ値|卸価格|卸単価|仕入れ?値|仕入れ?価格|仕入れ?単価|納入価格|納入単価|買取価格)(?:は|が)[、,]?[^。！？!?\n]{0,10}?[0-9][0-9,]*(?:万|億)?円/gu
const SUPPLY_TALKS = /(?:さん|様|社|事業者|業者|先方|組合|農協|漁協)(?:と|との)[^。！？!?\n]{0,6}?(?:話し合い|協議|交渉|調整|相談|取り決め)/u
const UNNAMED_WISH_BUT = /(?:名前|お名前|社名|企業名|会社名|実名)(?:は|を)[、,]?(?:出さ|載せ|公表し|公開し|書か)(?:ん|ない|なく)(?:で|て)?(?:いい|よい|良い|ええ|よか|かまわ|ください|ほしい|欲しい)[^。！？!?\n]{0,4}?(?:と|って)[、,]?[^。！？!?\n]{0,6}?(?:おっしゃ|仰|言われ|言って|いわれ)[^。！？!?\n]{0,8}?(?:けど|けれど|が|のに|ものの)[、,]?[^。！？!?\n]{0,16}?(?:紹介|お伝え|載せ|書かせ|発表|お名前を)/gu
const REVIEW_FINDING = /(?:建築確認|確認申請|開発許可|許可申請|農地転用)[^。！？!?\n]{0,8}?(?:の)?審査(?:中|の過程|の途中|の段階)(?:に|で)[、,]?[^。！？!?\n]{0,16}?(?:不備|不足|誤り|違反|不適合|ミス)[^。！？!?\n]{0,12}?(?:見つか|判明|確認され)(?:り|った|りました|ました)/gu
const REVIEW_CASE = /場合|ときは|時は|たら|れば/u
const UNTOLD_KEEP = new RegExp(
  `(?:議会|議員|委員会|記者|報道|地元|地権者)(?:さん)?(?:へ|に)?の?(?:ご)?(?:説明|報告|発表|公表)(?:が|は)[、,]?(?:まだ|これから)(?:なので|ですので|のため|やけん|だから|なんで)[、,]?[^。！？!?\\n]{0,20}?${KEEP_ASK}`,
  'gu',
)

const UNDISCLOSED_DEAL_GATE = new ParagraphGate([SITE_NARROWED, NOT_GIVEN_YET, LOSING_QUOTES, BOARD_TALKS, NAME_HELD_BUT, SUPPLY_PRICE, UNNAMED_WISH_BUT, REVIEW_FINDING, UNTOLD_KEEP])

/** The undisclosed deal and paper kinds (see the comment above SITE_NARROWED), run where the paragraph has no finding yet. */
function runUndisclosedDealKinds({ input, t, spans, notAware, once, published }: Conf58Context): void {
  const { doc, emit } = input
  const q = UNDISCLOSED_DEAL_GATE.scan(t)
  const sentenceText = (m: RegExpExecArray): string => sentenceOf(t, m.index, m.index + m[0].length)
  if (AFFECTED_YET.test(t)) emitAll(q, doc, t, SITE_NARROWED, 'confidential/pre-release', emit, spans, once(notAware))
  if (DESIGN_PAPER_SHOWN.test(t) && !published(t)) emitAll(q, doc, t, NOT_GIVEN_YET, 'confidential/pre-release', emit, spans, once(notAware))
  if (!QUOTES_PUBLISHED.test(t) && !CONSUMER58.test(t)) emitAll(q, doc, t, LOSING_QUOTES, 'confidential/negotiation', emit, spans, once(notAware))
  emitAll(q, doc, t, BOARD_TALKS, 'confidential/negotiation', emit, spans, once(notAware))
  if (DEAL_TALKS.test(t)) emitAll(q, doc, t, NAME_HELD_BUT, 'confidential/negotiation', emit, spans, once(notAware))
  if (SUPPLY_TALKS.test(t) && !published(t)) emitAll(q, doc, t, SUPPLY_PRICE, 'confidential/negotiation', emit, spans, once(notAware))
  emitAll(q, doc, t, UNNAMED_WISH_BUT, 'confidential/pre-release', emit, spans, once(notAware))
  emitAll(q, doc, t, REVIEW_FINDING, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !REVIEW_CASE.test(sentenceText(m))))
  if (CITY_MATTER.test(t)) emitAll(q, doc, t, UNTOLD_KEEP, 'confidential/pre-release', emit, spans, once(notAware))
}

/*
 * The city's undecided money and positions (blind R373W, R374X, R375Y, R376Z): how Japanese tells a sum, a stance or a plan the city
 * has not yet decided or released.
 * - A sum still being settled with the finance section (いま財政課と金額を詰めているところ), with a yen figure in the paragraph:
 *   SUM_WITH_FINANCE; the reader asked to keep it among themselves until it is decided (正式に決まるまでは浜の中だけの話にしておいて):
 *   AMONG_US_UNTIL.
 * - A unit price of land the city buys, agreed with the landowners before the contract (坪4万円で市が買い取る線で、地権者の皆さんと
 *   ほぼ話がつきました): LAND_PRICE with LANDOWNER_TALKS.
 * - The secretariat's stance on an item before the committee rules (明日の総会にかける…事務局としては「許可相当」で意見をまとめています):
 *   SECRETARIAT_STANCE with AGENDA_AHEAD.
 * - The firms to be designated before a tender (指名する業者は3社に絞りました…入札は2月4日の予定): BIDDERS_NAMED.
 * - Screening results before the applicants are notified (申請42件のうち28件が通ることになりました…お知らせが届くのは来月):
 *   SCREENED_OUTCOME with APPLICANT_NOTICE_AHEAD.
 * - Told to hold something until its release, and telling it ahead anyway (記者発表までは外に出さないよう言われていますが、利用者の皆さんには
 *   早めにお伝えしたく): HOLD_ORDER_BUT; the hold followed by a notice to come (発表され次第お知らせします) tells nothing.
 * - A litigation stance: a settlement ceiling (示談は二百万円が上限), counsel's reading of the city's fault (顧問の先生の見立てだと
 *   市の過失はせいぜい二割), a plan not to settle or to appeal (和解には応じず、一審で負けた場合も控訴する方向): LITIGATION_STANCE.
 * - The mayor's answer drafted before the session (市長答弁は「…」という線で落ち着きました): ANSWER_SETTLED with SESSION_AHEAD.
 * - The city's bottom line in a negotiation (こちらは1.15倍までなら受ける腹づもりで交渉しています): OWN_LIMIT.
 * - A settlement sum agreed before the council's vote (和解金180万円で相手方と調整がついた…議決を経て正式に発表する予定):
 *   SETTLEMENT_SUM with RELEASE_AHEAD.
 * A published budget, a signed contract, a tender result, a notice already sent, a judgement or an appeal already made stay clean.
 */
const YEN_FIGURE = /[0-9〇一二三四五六七八九十百千万億][0-9〇一二三四五六七八九十百千,.]*(?:万|億)?円/u
const SUM_WITH_FINANCE = /(?:財政課|財政部|財政当局|財政担当|財務課|予算担当)(?:と|との間で|に)[、,]?[^。！？!?\n]{0,8}?(?:金額|額|数字|予算額|補助額|単価)(?:を|の)?[^。！？!?\n]{0,4}?(?:詰め|調整し|協議し|折衝し|交渉し|すり合わせ)(?:て(?:い|お)|とる|中|ている)/gu
const AMONG_US_UNTIL = /(?:決まる|決定する|確定する|発表する|公表する|発表される|公表される|議決される|決まって|正式決定)まで(?:は)?[、,]?[^。！？!?\n]{0,12}?(?:だけ|限り)の(?:話|秘密|こと)に(?:して|しと|しとい|しておい|とどめ|留め)/gu
const SUM_SETTLED_OUT = /予算案に計上しました|予算が成立|議決されました|可決されました|公表しました|発表しました|ホームページ|市HP/u
const LAND_PRICE = /(?:坪|1?(?:㎡|m2|平米|平方メートル)|反|アール)(?:あたり|当たり)?[0-9〇一二三四五六七八九十百千万,.]+(?:万|千)?円で[^。！？!?\n]{0,16}?(?:買い取|買収|取得|購入|譲り受け|買い上げ|売却|譲渡)/gu
const LANDOWNER_TALKS = /(?:地権者|所有者|地主|権利者)[^。！？!?\n]{0,16}?(?:話がつ|話がまとま|合意|了承|内諾|折り合|判子|ハンコ|はんこ|押印|交渉|調整)/u
const LAND_DONE = /契約(?:を)?(?:締結|結びました|しました)|登記|取得しました|購入しました|買収しました|議決|公表し|ホームページ|市HP/u
const SECRETARIAT_STANCE = /(?:事務局|担当課|所管課|当課|市)(?:として|側として|側)(?:は)?[、,]?[^。！？!?\n]{0,24}?(?:で|の線で|の方向で)(?:意見|見解|方針|結論|判断|原案|意見書)(?:を)?(?:まとめ|固め|整え|整理し)(?:て(?:い|お)|とる|ました|た)/gu
const AGENDA_AHEAD = /(?:明日|あす|明後日|来週|次回|今度|[0-9]+日)の[^。！？!?\n]{0,12}?(?:委員会|審議会|総会|審査会|協議会|会議)(?:に|で)(?:かけ|諮|付議|提出|審議)|(?:委員|委員会|審議会)の(?:皆さん|皆様|方々)?の?(?:ご)?(?:判断|審議|決定)(?:です|次第|を待)/u
const BIDDERS_NAMED = /指名(?:する|した|予定の|予定)?(?:業者|事業者|会社|企業)(?:は|を)[、,]?[^。！？!?\n]{0,8}?[0-9一二三四五六七八九十]+社(?:に|へ)?(?:絞り|絞っ|決め|決まり|選び|選ん|内定)/gu
const TENDER_AHEAD = /入札(?:は|を|日は)?[^。！？!?\n]{0,12}?(?:予定|行います|実施します|これから)|入札前/u
const TENDER_OUT = /入札結果|開札結果|落札(?:者|しました|決定)|公表し|ホームページ|市HP/u
const SCREENED_OUTCOME = /[0-9]+件(?:のうち|中)[、,]?[0-9]+件(?:が|を)?[、,]?(?:通る|通り|通っ|採択|交付決定|不採択|見送り|落選|当選|内定)|(?:地区|地域|町|校区)の(?:方|皆さん|皆様|申請)?(?:は|が)[^。！？!?\n]{0,8}?(?:ぜんぶ|全部|すべて|全て|全員)(?:が)?[、,]?(?:見送り|不採択|落選|通りません|通らな)/gu
const APPLICANT_NOTICE_AHEAD = /(?:お知らせ|通知|結果|決定通知|通知書)(?:が|は)?[^。！？!?\n]{0,6}?(?:届く|届き|届け|お送り|発送|お伝え|出る)[^。！？!?\n]{0,10}?(?:来月|来週|後日|これから|まだ|以降|先)|(?:通知|発表|公表)(?:前|の前)/u
const NOTICE_SENT = /通知(?:を)?(?:しました|お送りしました|発送しました)|(?:公表|発表)しました|ホームページ|市HP/u
const HOLD_ORDER_BUT = /(?:発表|公表|記者発表|報道発表|解禁|議決|決定|提出|正式決定)(?:する|される)?まで(?:は)?[、,]?(?:外|表|よそ|外部|誰|だれ)(?:に|へ)(?:は|も)?(?:出さ|漏らさ|言わ|話さ|しゃべら)(?:ない|ん|ず)(?:よう|ように)[、,]?(?:に)?(?:と)?[^。！？!?\n]{0,6}?(?:言われ|指示され|念を押され|釘を刺され|くぎを刺され|止められ)(?:て(?:い|お)(?:ます|る)|た|ました)(?:が|けど|けれど|ものの)[、,]?[^。！？!?\n]{0,20}?(?:早めに|先に|一足先に|ひと足先に|特別に|こっそり|ここだけ|フライング|内緒で|お伝えしたく|お知らせしたく|お伝えしちゃ|お知らせしちゃ|書いちゃ|言っちゃ)/gu
const LITIGATION = /裁判|訴訟|訴え|係争|示談|和解|賠償|顧問弁護士|調停|控訴/u
const LITIGATION_STANCE = new RegExp(
  String.raw`(?:示談|和解|賠償)(?:金|額)?(?:は|を)?[、,]?[^。！？!?\n]{0,6}?[0-9〇一二三四五六七八九十百千万億,]+(?:万|億)?円(?:が|を|まで(?:が)?)(?:上限|限度|天井|精一杯|ぎりぎり)` +
    String.raw`|(?:顧問|弁護士|先生)[^。！？!?\n]{0,6}?の(?:見立て|見解|見通し|感触|読み)(?:だと|では|によると|としては|は)[、,]?[^。！？!?\n]{0,16}?(?:過失|責任|勝て|負け|勝訴|敗訴|不利|有利)` +
    String.raw`|(?:和解|示談)(?:に|には)(?:は)?応じ(?:ず|ない)[^。！？!?\n]{0,24}?(?:方向|方針|つもり|腹づもり|腹積もり)` +
    String.raw`|(?:負け|敗訴し)(?:た場合|たら|ても)(?:も)?[、,]?[^。！？!?\n]{0,6}?控訴(?:する|します)(?:方向|方針|つもり|腹づもり|腹積もり)?` +
    String.raw`|(?:相手方|原告|被告|相手)(?:側)?の主張の弱(?:い|み)`,
  'gu',
)
const LITIGATION_OUT = /控訴しました|控訴いたしました|判決が(?:出|言い渡)|判決を受け|和解が成立し|議会で(?:説明|報告)|記者会見|公表しました|発表しました|ホームページ|市HP|一般論|場合があります|ことがあります/u
const ANSWER_SETTLED = /(?:市長|副市長|教育長|部長|課長)?答弁(?:書|案)?(?:は|の内容は|の中身は)[、,]?[^。！？!?\n]{0,48}?(?:という|との|って)?(?:線|方向|方針|内容)で(?:落ち着|まとま|固ま|決ま|いく|行く|調整)/gu
const SESSION_AHEAD = /(?:明日|あす|来週|次の|今度の|[0-9]+日の)[^。！？!?\n]{0,8}?(?:一般質問|代表質問|議会|本会議|委員会|定例会)|答弁書(?:を|も)?[^。！？!?\n]{0,8}?(?:仕上げ|作成中|作って|書いて|準備)/u
const ANSWER_GIVEN = /答弁しました|答弁いたしました|と答弁|会議録|議事録|中継|ホームページ|市HP/u
const OWN_LIMIT = /(?:こちら|当方|市|うち|市側|当局)(?:は|としては|側は|の方は)[、,]?[^。！？!?\n]{0,12}?(?:[0-9.]+(?:倍|%|割)|[0-9〇一二三四五六七八九十百千万億,]+(?:万|億)?円)(?:まで(?:なら|は|だったら)|以内なら|以下なら|を上限に|が上限)[^。！？!?\n]{0,8}?(?:受ける|受け入れ|のむ|呑む|飲む|応じ|出せ|払え|譲れ|妥協)[^。！？!?\n]{0,4}?(?:腹づもり|腹積もり|つもり|考え|方針|線|方向|覚悟)/gu
const OWN_LIMIT_TALKS = /交渉|協議|折衝|契約更新|値上げ|値下げ|見積/u
const SETTLEMENT_SUM = /(?:和解金|示談金|賠償金|解決金|損害賠償額|和解額|賠償額)[^。！？!?\n]{0,6}?[0-9〇一二三四五六七八九十百千万億,]+(?:万|億)?円で[^。！？!?\n]{0,16}?(?:調整がつ|合意|まとま|話がつ|折り合)/gu
const RELEASE_AHEAD = /(?:議決|可決|議会の(?:承認|同意))[^。！？!?\n]{0,10}?(?:経て|後|上で|を待って|され次第)[^。！？!?\n]{0,10}?(?:発表|公表|お知らせ)|(?:正式に|改めて)(?:発表|公表)(?:する|します|いたします)(?:予定)?|(?:発表|公表|議決)前/u
/** The settlement already made or released (和解が成立しました, 議決されました, 発表しました); 公表します after the vote is still ahead. */
const SETTLEMENT_DONE = /成立し|議決されました|可決されました|公表しました|発表しました|ホームページ|市HP/u

const UNDECIDED_MONEY_GATE = new ParagraphGate([SUM_WITH_FINANCE, AMONG_US_UNTIL, LAND_PRICE, SECRETARIAT_STANCE, BIDDERS_NAMED, SCREENED_OUTCOME, HOLD_ORDER_BUT, LITIGATION_STANCE, ANSWER_SETTLED, OWN_LIMIT, SETTLEMENT_SUM])

/** The undecided money and position kinds (see the comment above YEN_FIGURE), run where the paragraph has no finding yet. */
function runUndecidedMoneyKinds({ input, t, spans, notAware, once, published }: Conf58Context): void {
  const { doc, emit } = input
  const q = UNDECIDED_MONEY_GATE.scan(t)
  if (YEN_FIGURE.test(t) && !SUM_SETTLED_OUT.test(t) && !published(t)) emitAll(q, doc, t, SUM_WITH_FINANCE, 'confidential/budget', emit, spans, once(notAware))
  if (CITY_MATTER.test(t) && !SUM_SETTLED_OUT.test(t)) emitAll(q, doc, t, AMONG_US_UNTIL, 'confidential/pre-release', emit, spans, once(notAware))
  if (LANDOWNER_TALKS.test(t) && !LAND_DONE.test(t) && !published(t)) emitAll(q, doc, t, LAND_PRICE, 'confidential/negotiation', emit, spans, once(notAware))
  if (AGENDA_AHEAD.test(t) && !published(t)) emitAll(q, doc, t, SECRETARIAT_STANCE, 'confidential/meeting', emit, spans, once(notAware))
  if (TENDER_AHEAD.test(t) && !TENDER_OUT.test(t) && !published(t)) emitAll(q, doc, t, BIDDERS_NAMED, 'confidential/pre-release', emit, spans, once(notAware))
  if (APPLICANT_NOTICE_AHEAD.test(t) && !NOTICE_SENT.test(t) && !published(t)) emitAll(q, doc, t, SCREENED_OUTCOME, 'confidential/pre-release', emit, spans, once(notAware))
  emitAll(q, doc, t, HOLD_ORDER_BUT, 'confidential/pre-release', emit, spans, once(notAware))
  if (LITIGATION.test(t) && !LITIGATION_OUT.test(t) && !published(t)) emitAll(q, doc, t, LITIGATION_STANCE, 'confidential/negotiation', emit, spans, once(notAware))
  if (SESSION_AHEAD.test(t) && !ANSWER_GIVEN.test(t) && !published(t)) emitAll(q, doc, t, ANSWER_SETTLED, 'confidential/pre-release', emit, spans, once(notAware))
  if (OWN_LIMIT_TALKS.test(t) && !published(t)) emitAll(q, doc, t, OWN_LIMIT, 'confidential/negotiation', emit, spans, once(notAware))
  if (RELEASE_AHEAD.test(t) && !SETTLEMENT_DONE.test(t)) emitAll(q, doc, t, SETTLEMENT_SUM, 'confidential/pre-release', emit, spans, once(notAware))
}

/*
 * The city's enforcement plans, internal criteria and papers not meant for the public (blind R377A, R378B, R380D): how Japanese tells
 * a step the city takes before it happens, a criterion kept off the public rules, or a thing the writer knows is not to be told.
 * - A seizure, a home search or an execution on named days (来週の火曜から木曜にかけて…12件に一斉に給与差押えを入れます; 明後日の朝8時…
 *   滞納者の家の捜索に行ってきます): ENFORCEMENT_DATED, with its targets, a count or a secrecy cue (照会済み, 知られたら) in the paragraph.
 * - An inspection the targets are not told of, with its time and targets (来週の一斉立入検査…12店舗が対象…前もって言わずに行く):
 *   UNANNOUNCED_VISIT.
 * - Undeclared incomes or properties found, their count told before the taxpayers are contacted (37人に申告漏れが見つかりました。順番に
 *   連絡していきます; 申告がなかった物件が12件あって…一軒ずつ回る予定): UNDECLARED_FOUND with CONTACT_AHEAD.
 * - The arrears threshold from which seizure starts (滞納額が30万円を超えていて…人から差押えの準備に入ります): ARREARS_THRESHOLD.
 * - An unwritten criterion at the counter, from above (要綱には書いてないけど、上からそう言われてる): UNWRITTEN_RULE.
 * - A rule against telling, named and broken (学校名は出さない決まりですが、保護者の方は知っておいたほうが): RULE_AGAINST_BUT.
 * - A notice restricted to the agencies, posted as is (「…関係機関内での共有にとどめ、外部への提供は控えること」…そのまま載せます):
 *   RESTRICTION_LINE with PASTED_AS_IS.
 * - Figures told while their official release is still ahead (正式に出るのはまだ先ですが…8％前後…上がる数字): OFFICIAL_LATER_BUT.
 * General notices (差押えを行うことがあります, 場合は), a release already made and a refusal to tell stay clean.
 */
const ENFORCEMENT_DATED =
  /(?:明日|あす|明後日|あさって|来週|再来週|今週|週明け|[0-9]{1,2}日|[月火水木金土日]曜)[^。！？!?\n]{0,40}?(?:差し?押さ?え|差押|捜索|強制執行|タイヤロック)(?:を|に)?(?:入れ|行き|行っ|実施し|かけ|着手し|踏み切り|入り|踏み込み)(?:ます|てきます)/gu
const ENFORCEMENT_TARGET = /[0-9一二三四五六七八九十]+(?:件|人|名|世帯|社|軒|店舗)|滞納者|の家|自宅|勤務先|照会|知られ|バレ|ばれ|静かに|こっそり|内緒/u
const ENFORCEMENT_IN_GENERAL = /ことがあります|場合があります|こともあります|場合は|ときは|際は|ましょう|ください|お早めに|ご相談/u
/** A rule in general (立入検査は事前に知らせずに行うこともあります), not a plan. */
const RULE_IN_GENERAL = /ことがあります|場合があります|こともあります|ことになっています|場合は|ときは|際は/u
const UNANNOUNCED_VISIT =
  /(?:前もって|事前に|あらかじめ)(?:は)?[、,]?(?:言わ|知らせ|伝え|連絡せ|通知せ|予告せ|告げ)(?:ず(?:に)?|ないで)[、,]?(?:行|伺|入|回|実施|検査|訪問|踏み込)/gu
const VISIT_KIND = /立入|立ち入|検査|査察|監査|調査|捜索|差押|差し押/u
const UNDECLARED_FOUND =
  /(?:申告漏れ|申告もれ|無申告|未申告|課税漏れ|所得隠し|申告(?:が|の)(?:なかった|ない|されていない|されてない))[^。！？!?\n]{0,12}?(?:が|も)?[、,]?(?:見つかり|見つかっ|判明し|発覚し|確認され|あっ|あり)/gu
const FOUND_COUNT = /[0-9一二三四五六七八九十]+(?:件|人|名|社|世帯|軒|物件)/u
const CONTACT_AHEAD =
  /(?:これから|順番に|順次|今後|来週|明日|近く|近日中に|一軒ずつ|一件ずつ|個別に)[^。！？!?\n]{0,16}?(?:連絡|回|訪問|伺|調査|通知|電話)(?:し|る|り|いたし)?(?:ます|ていき|ていく|予定)/u
const ARREARS_THRESHOLD =
  /(?:滞納額|滞納|未納額|未納|滞納期間)(?:が|を)?[^。！？!?\n]{0,6}?[0-9一二三四五六七八九十]+(?:万円|円|か月|ヶ月|カ月|年)(?:を超え|以上|超|を過ぎ)[^。！？!?\n]{0,40}?(?:差し?押さ?え|差押|財産調査|強制執行)(?:の準備)?(?:に入り|に入る|に着手|を始め|に踏み切|に動き)/gu
const UNWRITTEN_RULE =
  /(?:要綱|要領|規則|条例|基準|規定|マニュアル|募集要項)(?:に|には|にも)(?:は)?(?:書いて|書かれて|載って|明記されて|記載されて)(?:い|お)?(?:ない|ません|りません|なかった)(?:ん|の)?(?:です|だ)?(?:が|けど|けれど|けども)[、,]?[^。！？!?\n]{0,20}?(?:上|上司|課長|部長|所長|幹部|上層部)(?:から|に)(?:は)?[^。！？!?\n]{0,24}?(?:言われ|指示され)/gu
const RULE_AGAINST_BUT =
  /(?:出さ|載せ|公表し|公開し|明かさ|言わ|教え|書か)(?:ない|ず)(?:決まり|ルール|方針|約束|取り決め)(?:に(?:なって|して)(?:い|お)(?:ます|る))?(?:なん|な)?(?:です|でした|だ|や)?(?:が|けど|けれど|けども)[、,]?[^。！？!?\n]{0,30}?(?:知っておいた|知ってほしい|知っておいて|知るべき|お伝えし|書いちゃ|言っちゃ|載せちゃ|載せます|書きます|教えます|こっそり|特別に|ここだけ)/gu
const RESTRICTION_LINE =
  /(?:関係機関|関係者|関係部署|関係課|庁内|内部|課内)(?:内)?(?:で|での)(?:の)?共有に(?:とどめ|留め)|(?:外部|部外|第三者)(?:へ|に)の?(?:提供|公表|公開|転載|提示|持ち出し)(?:は|を)(?:控え|禁止|禁じ|行わ)/gu
const PASTED_AS_IS = /そのまま(?:載せ|のせ|貼り|貼っ|アップし|公開し|掲載し|共有し|転載し)(?:ます|ました|ちゃ|とき|てお)/u
const OFFICIAL_LATER_BUT =
  /正式(?:に|な)?(?:出る|発表される|公表される|決まる|通知される|発表|公表|決定|通知)(?:の)?(?:は|が)[、,]?(?:まだ)?(?:先|これから|来月|来年)(?:です|だ|なん|なの|や)?(?:が|けど|けれど|けども)/gu
const FIGURE_AFTER_HOLD = /[0-9０-９]+(?:\.[0-9]+)?(?:%|％|割|ポイント|倍|万円|円)/u

const ENFORCEMENT_AND_RULE_GATE = new ParagraphGate([ENFORCEMENT_DATED, UNANNOUNCED_VISIT, UNDECLARED_FOUND, ARREARS_THRESHOLD, UNWRITTEN_RULE, RULE_AGAINST_BUT, RESTRICTION_LINE, OFFICIAL_LATER_BUT])

/** The enforcement, criterion and not-to-be-told kinds (see the comment above ENFORCEMENT_DATED), run where the paragraph has no finding yet. */
function runEnforcementAndRuleKinds({ input, t, spans, notAware, once, published }: Conf58Context): void {
  const { doc, emit } = input
  const q = ENFORCEMENT_AND_RULE_GATE.scan(t)
  const sentenceText = (m: RegExpExecArray): string => sentenceOf(t, m.index, m.index + m[0].length)
  const notGeneral = (m: RegExpExecArray): boolean => notAware(m) && !RULE_IN_GENERAL.test(sentenceText(m)) && !published(t)
  const notNotice = (m: RegExpExecArray): boolean => notGeneral(m) && !ENFORCEMENT_IN_GENERAL.test(sentenceText(m))
  if (ENFORCEMENT_TARGET.test(t)) emitAll(q, doc, t, ENFORCEMENT_DATED, 'confidential/investigation', emit, spans, once(notNotice))
  if (VISIT_KIND.test(t) && INSPECTION_WHEN.test(t) && INSPECTION_TARGETS.test(t)) emitAll(q, doc, t, UNANNOUNCED_VISIT, 'confidential/investigation', emit, spans, once(notGeneral))
  if (CONTACT_AHEAD.test(t)) emitAll(q, doc, t, UNDECLARED_FOUND, 'confidential/investigation', emit, spans, once((m) => notGeneral(m) && FOUND_COUNT.test(sentenceText(m))))
  emitAll(q, doc, t, ARREARS_THRESHOLD, 'confidential/staff-notice', emit, spans, once(notNotice))
  emitAll(q, doc, t, UNWRITTEN_RULE, 'confidential/staff-notice', emit, spans, once(notAware))
  emitAll(q, doc, t, RULE_AGAINST_BUT, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !published(t)))
  if (PASTED_AS_IS.test(t)) emitAll(q, doc, t, RESTRICTION_LINE, 'confidential/staff-notice', emit, spans, once(notAware))
  if (!VALUE_REFUSED.test(t)) emitAll(q, doc, t, OFFICIAL_LATER_BUT, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && FIGURE_AFTER_HOLD.test(t.slice(m.index + m[0].length)) && !published(t)))
}

/*
 * The mayor's office and what reaches it (blind R379C): how Japanese tells what the office keeps from the public.
 * - A meeting or a trip said kept off the published schedule (公表日程には載せていない件です, 先方の希望で表の日程には入れていません),
 *   with a meeting, a dinner or a trip in the paragraph: OFF_SCHEDULE with SCHEDULED_MEETING.
 * - Another leader's words quoted from a talk held without the press (懇談（報道陣なし）…知事からは「…」とお話がありました):
 *   LEADER_WORDS_QUOTED with CLOSED_TALK.
 * - An embargoed release told to followers before the press may run it (新聞やテレビで出るのは木曜の朝からなんですが、…特別に):
 *   EMBARGO_AHEAD.
 * - A contest's result hinted while its winner is still to be told (受賞した方にはまだ連絡してないので…みやま市の方の一枚です):
 *   WINNER_UNTOLD with RESULT_HINTED.
 * - An official's illness the office has chosen not to publish (入院しています。…公表はしない方針なので): NOT_PUBLISHED_POLICY with
 *   OFFICIAL_ILL.
 * - A citizen's letter to the office retold, its writer described (大和町の80代の男性から…が書かれていました, 自治会長さんからも手紙が
 *   来てますよ…とまで書いてありました): LETTER_CONTENT_TOLD with LETTER_WORD and LETTER_SENDER.
 * A schedule already published, a talk open to the press, a release after its time, a winner already told, a letter shown with its
 * writer's consent and a lesson about such cases stay clean.
 */
const OFF_SCHEDULE = /(?:公表|公開|公式|表|正式|対外)(?:の|用の)?(?:日程|スケジュール|予定表?|行程)(?:に|には|へ|にも)(?:は|も)?[、,]?(?:載せ|入れ|出し|掲載し|記載し|書い|のせ)(?:て(?:い)?(?:ない|ません)|とらん|てへん|ず|ない)/gu
const SCHEDULED_MEETING = /面会|会食|懇談|会談|面談|会合|上京|出張|訪問|視察|打ち合わせ|打合せ/u
const CLOSED_TALK = /(?:報道陣|報道|記者|マスコミ|カメラ)(?:なし|抜き|は入らず|は入らない|を入れず|を入れない|非公開)|非公開(?:の|で)(?:懇談|会談|面談|意見交換|会合|協議|会議)/u
const LEADER_WORDS_QUOTED = /(?:知事|大臣|議長|社長|会長|市長|町長|村長|理事長|会頭|頭取|教育長)(?:さん|様)?(?:から|が)(?:は|も)?[、,]?[^。！？!?\n「]{0,30}?「[^」\n]{1,60}」(?:と|って|との)[^。！？!?\n]{0,16}?(?:お話|発言|言われ|話され|おっしゃ|述べ|話があ|お言葉|意見があ)/gu
const EMBARGO_AHEAD = /(?:新聞|テレビ|ニュース|報道|メディア|記者発表|プレスリリース|ラジオ)(?:や|・|、|と)?(?:新聞|テレビ|ニュース|ラジオ|ネット|報道)?(?:で|に)(?:出る|流れる|報じられる|報道される|発表される|公開される|載る|解禁される)の(?:は|が)[^。！？!?\n]{0,16}?(?:なん|な)?(?:です|だ|や)?(?:が|けど|けれど|ですが)[、,]?[^。！？!?\n]{0,24}?(?:特別に|ひと足|一足|いち早く|先に|こっそり|フライング|内緒で)/gu
const WINNER_UNTOLD = /(?:受賞|入賞|当選|優勝|グランプリ|最優秀賞?|大賞|金賞)(?:した|された|者|の)?(?:方|人|者|ご本人|皆さん)?(?:に|へ)(?:は|も)?[、,]?まだ(?:ご)?(?:連絡|通知|お知らせ|伝え|お伝え)(?:し|でき)?(?:て(?:い)?(?:ない|ません)|とらん|てへん)/gu
const RESULT_HINTED = /(?:もう|すでに|既に|実は)(?:決まっ|決定し|選ばれ)|(?:市|町|村|区|県)(?:在住)?の(?:方|かた|人|男性|女性|[0-9]+代)|(?:作品|一枚|写真|作)(?:です|でした)/u
const NOT_PUBLISHED_POLICY = /(?:公表|発表|公開|公に)(?:は|を)?(?:しない|せず|しません|控える|差し控える)(?:方針|こと|予定)|(?:伏せる|伏せておく|非公表とする|非公表の)方針/gu
const OFFICIAL_ILL = /(?:市長|副市長|教育長|議長|部長|課長)[^。！？!?\n]{0,20}?(?:入院|にゅういん|ニュウイン|手術|療養|体調不良|体調を崩|病気|検査入院|倒れ)/u
const LETTER_CONTENT_TOLD = /(?:が|と|とまで|って|ことが)?(?:書かれて|書いて|綴られて|つづられて|したためられて)(?:い|あり|おり)?(?:ました|ます|た|る)/gu
const LETTER_WORD = /手紙|投書|お便り|便箋|はがき|ハガキ/u
/** The letter's writer described, as whom it came from (大和町の80代の男性からで, 同じ地区の自治会長さんからも). */
const LETTER_SENDER = /(?:[0-9０-９一二三四五六七八九十]+代の(?:男性|女性|方)|(?:町|地区|校区|地域|区)の[^。！？!?\n]{0,10}?(?:男性|女性|方|会長さん|区長さん)|(?:自治会長|区長|町内会長|老人会長|会長)さん)(?:から|より)/u
const LETTER_CONSENT = /了承|了解を(?:得|いただ)|許可を(?:得|いただ)|承諾|同意を(?:得|いただ)|ご本人の(?:希望|ご希望)で(?:紹介|掲載)/u

const MAYOR_OFFICE_GATE = new ParagraphGate([OFF_SCHEDULE, LEADER_WORDS_QUOTED, EMBARGO_AHEAD, WINNER_UNTOLD, NOT_PUBLISHED_POLICY, LETTER_CONTENT_TOLD])

/** The mayor's office kinds (see the comment above OFF_SCHEDULE), run where the paragraph has no finding yet. */
function runMayorOfficeKinds({ input, t, spans, notAware, once, published }: Conf58Context): void {
  const { doc, emit } = input
  const q = MAYOR_OFFICE_GATE.scan(t)
  if (SCHEDULED_MEETING.test(t)) emitAll(q, doc, t, OFF_SCHEDULE, 'confidential/meeting', emit, spans, once(notAware))
  if (CLOSED_TALK.test(t)) emitAll(q, doc, t, LEADER_WORDS_QUOTED, 'confidential/meeting', emit, spans, once(notAware))
  emitAll(q, doc, t, EMBARGO_AHEAD, 'confidential/pre-release', emit, spans, once(notAware))
  if (RESULT_HINTED.test(t) && !published(t)) emitAll(q, doc, t, WINNER_UNTOLD, 'confidential/pre-release', emit, spans, once(notAware))
  if (OFFICIAL_ILL.test(t)) emitAll(q, doc, t, NOT_PUBLISHED_POLICY, 'confidential/personnel', emit, spans, once(notAware))
  if (LETTER_WORD.test(t) && LETTER_SENDER.test(t) && !LETTER_CONSENT.test(t)) emitAll(q, doc, t, LETTER_CONTENT_TOLD, 'confidential/complainant', emit, spans, once(notAware))
}

/*
 * Who asked for the city's papers, and what the city found before it is reported up (blind R375Y, R378B).
 * - A disclosure request counted and its requester told as a person one can name (１件は現職の市議さんからでした, うち2件は同じ新聞社の
 *   記者から): REQUEST_COUNTED_FROM, with 情報公開請求 or 開示請求 in the paragraph. The yearly statistics by class (市民が12件) are not this.
 * - An error or a shortfall found inside and counted, told while it is not yet reported up or published (まだ上にも報告前なので,
 *   課長にもまだ上げていない段階ですが): NOT_REPORTED_UP with FINDING_COUNTED. A finding already reported or published stays clean.
 */
const REQUEST_COUNTED_FROM =
  /(?:[0-9０-９一二三四五六七八九十]{1,3}件|うち|残り|もう一つ|もう1つ)(?:は|が)[、,]?[^。！？!?\n]{0,12}?(?:現職の|元|前|同じ|地元の|ある)?(?:市議会議員|市議|議員|県議|新聞社|新聞記者|記者|報道機関|テレビ局|競合(?:する)?業者|同業者)(?:さん|の方|の先生)?(?:から|による|からの)/gu
const DISCLOSURE_REQUEST_WORD = /情報公開請求|開示請求|公開請求/u
const NOT_REPORTED_UP =
  /(?:まだ)?(?:上|上司|課長|部長|幹部|市長|上層部|庁議)(?:に|へ)(?:も|は)?(?:まだ)?(?:報告|説明|相談|上げ)(?:前|する前|していない|してない|していません|て(?:い)?ない)/gu
const FINDING_COUNTED = /(?:誤っ|誤り|間違っ|間違い|ミス|漏れ|もれ|不備|過大|過少|未徴収|徴収漏れ)[^。！？!?\n]{0,24}?[0-9０-９一二三四五六七八九十百]+(?:件|世帯|人|名|か所|箇所)|[0-9０-９一二三四五六七八九十百]+(?:件|世帯|人|名|か所|箇所)[^。！？!?\n]{0,12}?(?:誤っ|誤り|間違っ|間違い|ミス|漏れ|不備)/u
const REPORTED_ALREADY = /報告しました|報告いたしました|公表しました|発表しました|お詫び|おわび|ホームページ|市HP/u

const REQUESTER_AND_UNREPORTED_GATE = new ParagraphGate([REQUEST_COUNTED_FROM, NOT_REPORTED_UP])

/** The requester and unreported-finding kinds (see the comment above REQUEST_COUNTED_FROM), run where the paragraph has no finding yet. */
function runRequesterAndUnreportedKinds({ input, t, spans, notAware, once, published }: Conf58Context): void {
  const { doc, emit } = input
  const q = REQUESTER_AND_UNREPORTED_GATE.scan(t)
  if (DISCLOSURE_REQUEST_WORD.test(t)) emitAll(q, doc, t, REQUEST_COUNTED_FROM, 'confidential/complainant', emit, spans, once(notAware))
  if (FINDING_COUNTED.test(t) && !REPORTED_ALREADY.test(t) && !published(t)) emitAll(q, doc, t, NOT_REPORTED_UP, 'confidential/investigation', emit, spans, once(notAware))
}

/*
 * A matter said not to be out yet, then told (blind R381E, R382F, R384H): one reading of the construction, in any word order, instead of
 * one more enumeration beside PRE_RELEASE, NOT_PUBLIC, NOT_OUT_KEEP or OFFICIAL_LATER_BUT.
 * - (a) A clause saying the matter is not public yet: a publicity word (正式, 公式, 公表, 記者発表, 解禁, 内示, 告知, 周知, 表, 外) read as
 *   not yet: a negative of letting out (まだ正式には出せないんですが, まだ正式には出ていませんが, 公表されていない), the release still ahead or
 *   unsettled (公表の手続きはこれからですが, 公表の時期はまだ決まっていません, 正式な発表は来週), its day named ahead (正式に発表されるのは来週,
 *   正式に出るのは3月末), before it (内示前なので), or the occasion closed (非公開の場でしたが): UNRELEASED_CLAUSE. A bare 発表 (結果発表は
 *   これから, 研究発表は来週) is an event, not a release, and is not read.
 * - (b) Joined to what is told as a concession or a reason, or standing as the sentence before or after it: the told matter is looked for in
 *   the clause's sentence and the sentences either side of it (…ことになりました〜！ 正式に発表されるのは来週なので…ナイショです).
 * - (c) A told matter: a decision or result (ことになりました, 決まりました, 固まった, 結論, 方向で, 構え), a finding (分かりました), a penalty,
 *   hearsay or a near-certainty (だそうです, らしい, …とか, ほぼ間違いない), a name given (「…」です): MATTER_TOLD_AROUND. A notice to wait
 *   (決まり次第お知らせします, 改めてお知らせ, お待ちください) or the release itself announced (…の式典で行います) in the clause's sentence or the
 *   next, a case put (場合は), advice not to post such things, and a release already made (公表しました, ホームページ) stay clean:
 *   UNRELEASED_HELD.
 * Two neighbours of the reading, told while the matter is still being settled inside rather than said unreleased:
 * - A penalty for a member of staff told as the line being worked out (停職1か月とする方向で人事課と詰めている): PENALTY_BEING_SETTLED.
 * - The leadership's split on the city's response told as it stands (幹部の中でまだ意見が割れています): LEADERSHIP_SPLIT.
 * And an exam's content passed on as what its setter said (…から多めに出るって、作問担当の人が言ってました): EXAM_SETTER_SAID.
 */
const UNRELEASED_NEG = '(?:て(?:い)?(?:ない|なか|ません|へん)|ておら(?:ん|ず)|ておりません|とら(?:ん|ない|ず|へん)|とりません)'
const UNRELEASED_AHEAD =
  '(?:まだ(?:先|これから|決まって(?:い)?(?:ない|ません)|未定)|これから|未定|決まって(?:い)?(?:ない|ません)|(?:来週|来月|来年度?|再来週|年明け|週明け|明日|あす|明後日|今月末|月末)(?:の[^。！？!?\\n]{0,8}?)?|[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?(?:末|中|上旬|中旬|下旬|ごろ|頃)?|[0-9０-９]{1,2}日)'
/**
 * Blind R385J, R386K, R387L: more ways of saying the matter is not out yet. The release awaited (総務省の公表を待つ必要がありますが), the
 * release set for a coming conference (来週の記者会見で発表されるけど), the website not yet carrying it (まだホームページには載せていない),
 * a plan still weighed inside (庁内で検討している段階) or an agreement awaiting the other side's approval (先方理事会の承認を待っている段階),
 * and the formal step still ahead (正式な結果通知は来月, 正式な手続きはまだですが).
 */
const RELEASE_AWAITED =
  '(?:公表|発表|正式発表|公式発表|記者発表)を待(?:つ|た(?:なければ|ねば|なきゃ|ないと)(?:なりません|ならない|いけません|いけない)?)(?:必要が(?:あり(?:ます)?|ある))?(?:が|けど|けれど|ですが)' +
  '|(?:来週|来月|明日|あす|近く|後日|今月末|月末|週明け|[0-9０-９]{1,2}日)(?:の)?[^。！？!?\\n]{0,8}?(?:記者会見|会見|定例会|議会|委員会)(?:で|にて)(?:発表|公表|報告)(?:される|する)(?:ん(?:だ|です))?(?:けど|けれど|が)' +
  `|まだ(?:ホームページ|HP|ウェブサイト|公式サイト|市報|広報紙?)(?:に|には|へ|で)(?:は|も)?[、,]?(?:載せ|のせ|掲載し|アップし|公開し|出し)${UNRELEASED_NEG}` +
  `|(?:ホームページ|HP|ウェブサイト|公式サイト)(?:に|には|へ|で)(?:は|も)?[、,]?まだ(?:載せ|のせ|載っ|掲載し|掲載され|アップし|アップされ|公開し|公開され|出し|出)${UNRELEASED_NEG}` +
  '|(?:庁内|内部|課内|部内|役所内)(?:で|の)[、,]?(?:検討|協議|調整)(?:している|しとる|中の|を進めている)(?:段階|ところ)' +
  '|(?:理事会|取締役会|議会|総会|先方|相手方)(?:の)?(?:承認|議決|決裁|了承|同意)を待って(?:いる|おる)(?:段階|ところ|状態)' +
  '|(?:正式|公式)(?:な|の)?(?:結果)?(?:通知|報告|手続き?|届け?出?)(?:は|が)[、,]?(?:まだ(?:です|だ|なん|ですが|だけど|やけど|で)|来週|来月|来年度?|再来週|年明け|週明け|後日)'
const UNRELEASED_CLAUSE = new RegExp(
  // まだ正式には出せない, 正式には出ていません, 外部にはまだ言えない; まだ表に出していない, 外にはまだ出せない (表, 外 only with まだ:
  // 外に出ていないか確認 is a door, not a release)
  `(?:(?:まだ)?(?:正式|公式|対外的|外部)(?:に|には)(?:は|も)?[、,]?(?:まだ)?|まだ(?:表|外|公|おおやけ|世間)(?:に|には)(?:は|も)?[、,]?|(?:表|外|公|おおやけ|世間)(?:に|には)(?:は|も)?[、,]?まだ)` +
    `(?:(?:出せ|言え|話せ|お伝えでき|お知らせでき|発表でき|公表でき)(?:ん|ない|ません|なか)|(?:出|出し|出さ?れ|発表し|発表され|公表し|公表され|公開し|公開され|告知し|周知し)${UNRELEASED_NEG})` +
    // まだ公表されていません, 内示も出ていない
    `|まだ(?:公表|正式発表|公式発表|記者発表|報道発表|解禁|告知|周知)(?:は|も)?(?:され|し)${UNRELEASED_NEG}|(?:公表|内示|辞令)(?:は|も)まだ(?:出|され|し)?${UNRELEASED_NEG}?` +
    // 公表の手続きはこれから, 公表の時期はまだ決まっていません, 正式な発表は来週
    `|(?:(?:正式|公式)(?:な|の)?(?:発表|公表|お知らせ|通知|告知)|公表|記者発表|報道発表|解禁|内示)(?:の|される|する)?(?:手続き|時期|日程|タイミング|日)?(?:は|が)[、,]?${UNRELEASED_AHEAD}` +
    // 正式に発表されるのは来週, 正式に出るのは3月末
    `|(?:(?:正式|公式)(?:に)?(?:出る|出す|発表される|発表する|公表される|公表する|お知らせする|解禁される)|(?:公表|解禁|内示)(?:される|する|が出る))の(?:は|が)[、,]?(?:たぶん|おそらく|多分)?${UNRELEASED_AHEAD}` +
    // 非公開の場でしたが, 内示前なので
    `|非公開(?:の(?:場|席|会議|協議|交渉|会合|審議|話し合い|打ち合わせ))?(?:でした|だった|やった|ですが|だけど)` +
    `|(?:公表|正式発表|公式発表|記者発表|報道発表|内示|解禁)(?:の|する|される)?前(?:の段階)?(?:なので|なんで|ですが|だけど|やけど|やけん|ですので|につき|ですけど)|${RELEASE_AWAITED}`,
  'gu',
)
/** …and what is told with it: a decision, a finding, a penalty, hearsay or a name given. */
const MATTER_TOLD_AROUND =
  /ことに(?:なり|なっ|決まり|決まっ)|決まり(?:ました|そう)|決まっ(?:た|て(?:い|お)?(?:ます|る))|決定し(?:ました|た)|固ま(?:り|っ)|内定|結論|(?:方向|方針|線)で(?:す|調整|固ま|進|決ま)|構え|腹(?:づもり|積もり)|間違いな(?:い|さそう)|(?:[るたいだ]|の|ん)そう(?:です|だ|や|な)|らしい(?:です|よ|。|$)|とか[。！!…\n]|(?:って|と)[、,]?[^。！？!?\n]{0,10}?(?:言って|話して|聞い)|ことが(?:分か|わか)り|判明し|明らかにな|停職|減給|戒告|免職|訓告|[」』](?:です|でした|に決ま)/u
/**
 * …and more told matters (blind R385J, R386K, R387L): a figure counted inside (足し上げたところ…人口は60,112人; 集計が出ました。満足度は38.2％), words said to the
 * city (「…」と厳しめに言われました), a draft's content (協定案では…負担し, …案が盛り込まれています), a party's intention consulted
 * (取り下げの相談がありました).
 */
const MATTER_TOLD_MORE =
  /(?:集計|足し上げ|積み上げ|試算|算出|計算し|数え|取りまとめ|とりまとめ)[^！？!?\n]{0,30}?(?:は|が)[、,]?(?:約|およそ|ほぼ)?[0-9０-９][0-9０-９,.]*(?:％|%|ポイント|人|万人|万円|億円|万)|(?:って|と)[、,]?[^。！？!?\n]{0,10}?(?:言われ|指摘され|指摘を受け)|(?:案|素案|原案|草案|骨子)(?:では|には|によると|によれば)[、,]?[^。！？!?\n]{0,50}?(?:盛り込|内容|負担|設置|再編|統合|廃止|[0-9０-９]+(?:万|億)?円)|案が(?:盛り込|示され|出て)|(?:取り下げ|取下げ|辞退|撤回|辞職|退職|辞任)(?:の|を|したいと?の?)[、,]?(?:ご)?(?:相談|申し出|申出|意向|連絡|打診)(?:が|を)/u
/**
 * A notice to wait or the release itself announced (決まり次第お知らせします, 詳細もそこでお伝えします, 正式な発表は来月の式典で行います), a case
 * put or advice against posting, in the clause's sentence or the next: nothing is told ahead.
 */
const UNRELEASED_HELD = /次第|改めて(?:お知らせ|ご案内|ご報告|発表)|お待ち(?:ください|下さい)|お楽しみに|(?:お知らせ|ご案内|ご報告|お伝え)(?:します|いたします|する予定)|ご覧ください|(?:で|にて)(?:行います|行う予定|発表します|発表いたします)|場合(?:は|に|には)|ないよう(?:に)?|しないで|書かないで|投稿しない|禁止|厳禁|控えて/u

/** A penalty for a member of staff told as the line being worked out (停職1か月とする方向で人事課と詰めている). */
const PENALTY_BEING_SETTLED =
  /(?:懲戒免職|諭旨免職|諭旨退職|免職|停職|減給|戒告|訓告|降格|降任)[^。！？!?\n]{0,12}?(?:と|に)(?:する|なる|して)?(?:方向|方針|線|案)(?:で|にて)[、,]?[^。！？!?\n]{0,12}?(?:調整|詰め|検討|協議|話し合|進め|固め)/gu
/** The leadership's split on the city's course told as it stands (幹部の中でまだ意見が割れています). */
const LEADERSHIP_SPLIT =
  /(?:幹部|上層部|執行部|三役|庁議|部長会議?|首脳部?|市長室|トップ)(?:の中|の間|内部|同士|の(?:皆さん|方々))?(?:で|では|でも)[、,]?(?:まだ|いまだに|今も)?[、,]?(?:意見|見解|考え|判断|方針)(?:が|は)[、,]?(?:まだ)?(?:割れ|分かれ|わかれ|まとまら)(?:て(?:い|お)(?:ます|る)|とる|ており|ず|ない)/gu
const SPLIT_SETTLED = /決定しました|決まりました|公表し|発表し|ホームページ|市HP|議会|委員会|審議会|市民の|住民の/u
/** An exam's content passed on as what its setter said (…から多めに出るって、作問担当の人が言ってました; 出題委員によると…が出る). */
const EXAM_SETTER_SAID =
  /(?:出る|出ます|出題される|出題します|出す|問われる|聞かれる)(?:って|と|らしい(?:と|って)?)[、,]?[^。！？!?\n]{0,4}?(?:作問|出題|問題作成|試験作成|採点)(?:の|を)?(?:担当|係|委員|者|チーム|側|する)[^。！？!?\n]{0,8}?(?:が|から)[、,]?(?:言って|話して|聞(?:い|き)|教えて|言われ)|(?:作問|出題|問題作成|試験作成)(?:の|を)?(?:担当|係|委員|者|チーム|側)[^。！？!?\n]{0,8}?(?:によると|によれば|から聞いた|の話では|が言うには)[、,]?[^。！？!?\n]{0,40}?(?:出る|出ます|出題され|問われ|聞かれ)/gu
const EXAM_WORD_AROUND = /試験|択一|論文|筆記|記述|面接|検定|選考|問題/u
const EXAM_PAST = /昨年|去年|前回|過去|例年|範囲|受験案内|募集要項|ホームページ|市HP/u

const UNRELEASED_TOLD_GATE = new ParagraphGate([UNRELEASED_CLAUSE, PENALTY_BEING_SETTLED, LEADERSHIP_SPLIT, EXAM_SETTER_SAID])

/** The unreleased-then-told reading and its neighbours (see the comment above UNRELEASED_NEG), run where the paragraph has no finding yet. */
function runUnreleasedButToldKinds({ input, t, spans, notAware, once, published }: Conf58Context): void {
  const { doc, emit } = input
  const q = UNRELEASED_TOLD_GATE.scan(t)
  const sentenceText = (m: RegExpExecArray): string => sentenceOf(t, m.index, m.index + m[0].length)
  /** The clause's sentence and the sentences either side of it, the clause itself left out. */
  const toldAround = (m: RegExpExecArray): string => {
    const here = sentenceAround(t, m.index, m.index + m[0].length)
    const from = here.start > 0 ? sentenceAround(t, here.start - 1, here.start - 1).start : here.start
    const to = here.end < t.length ? sentenceAround(t, here.end, here.end).end : here.end
    return t.slice(from, m.index) + '。' + t.slice(m.index + m[0].length, to)
  }
  emitAll(q, doc, t, UNRELEASED_CLAUSE, 'confidential/pre-release', emit, spans, once((m) => {
    const here = sentenceAround(t, m.index, m.index + m[0].length)
    const next = here.end < t.length ? sentenceAround(t, here.end, here.end).end : here.end
    if (!notAware(m) || UNRELEASED_HELD.test(t.slice(here.start, next))) return false
    const around = toldAround(m)
    return (MATTER_TOLD_AROUND.test(around) || MATTER_TOLD_MORE.test(around)) && !published(around)
  }))
  if (STAFF.test(t) && !PENALTY_PUBLIC.test(t)) emitAll(q, doc, t, PENALTY_BEING_SETTLED, 'confidential/personnel', emit, spans, once(notAware))
  if (!SPLIT_SETTLED.test(t)) emitAll(q, doc, t, LEADERSHIP_SPLIT, 'confidential/meeting', emit, spans, once((m) => notAware(m) && !published(t)))
  if (EXAM_WORD_AROUND.test(t)) emitAll(q, doc, t, EXAM_SETTER_SAID, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !EXAM_PAST.test(sentenceText(m))))
}

/*
 * An inquiry still under way, told with what it holds (blind R381E, R382F, R384H): how Japanese tells a case the police, the city or a
 * section is still looking into, together with what the inquiry has found or whom it suspects.
 * - An inquiry in a progressive or unfinished form (今も調べています, 事実関係を確認しています, 当事者への聞き取りをしている最中, 契約書類を
 *   洗い直しているところ, 警察と一緒に調べてるんだけど): INQUIRY_UNDER_WAY, with what it holds in the paragraph: a party described
 *   (30代くらいの同じ男性とみられ, 申請者は県外の40代男性で, 不正に取得した疑いのある県南部の行政書士, 同じ人がやってる可能性が高い),
 *   what an internal inquiry found (内部監査で…ことが見つかりました), a misconduct report's content (公益通報…という通報が届いていて) or a
 *   count tied to one section (セクハラ3件は全部同じ部署から).
 * - What an internal inquiry or review found (…だったことが、課内の聞き取りで分かりました; 検証会議で…ことが原因と結論付けられました) while
 *   the decision on it is still to come (本人をどう扱うかはまだ決まっていません, 処分は来週決まります): INTERNAL_FINDING with DECISION_PENDING.
 * - Who did it, guessed inside before any finding (作ったのは市の元職員じゃないかという見方が庁内で…まだ確証はない): CULPRIT_GUESSED with a
 *   view held inside or no proof yet.
 * The city's notice with nothing found told (原因を調査中です。分かり次第お知らせします; 警察と連携して対応しています), an apology or a published
 * report, a scam or suspicious-person alert with its advice (ご注意ください, 110番), a practice in general (場合は…確認しています) and
 * statistics with no inquiry going on stay clean.
 */
const INQUIRY_UNDER_WAY =
  /(?:調べ|調査し|捜査し|確認し|照会し|照合し|検証し|精査し|洗い直し|洗い出し|突き合わせ|(?:聞き取り|聴き取り|事情聴取|ヒアリング)(?:を)?し|(?:話|事情)を(?:聞い|伺っ))(?:てい(?:ます|る)|ており|てる|とる|とります|よる|よります)|(?:調査|捜査|確認|照会|検証|精査|聞き取り|聴き取り)(?:を)?進めて(?:い|お)|(?:調査|捜査|聞き取り|聴き取り|検証)中/gu
/** A party described as the one suspected (30代くらいの同じ男性とみられ, 申請者は県外の40代男性で, 疑いのある…行政書士, 同じ人がやってる). */
const PARTY_SUSPECTED = new RegExp(
  [
    '(?:[0-9〇一二三四五六七八九十]+代(?:くらい|ぐらい|前半|後半)?の|同じ|県外の|市外の|県内の|市内の)[^。！？!?\\n、,]{0,8}?(?:男性|女性|男|女|人物|者|グループ)(?:とみられ|と見られ|とみて|と見て|らしい|の(?:犯行|仕業|しわざ|可能性)|の疑い)',
    '(?:申請者|請求者|犯人|容疑者|加害者|投稿者|差出人|送り主|行為者)(?:は)[、,]?[^。！？!?\\n]{0,12}?(?:[0-9〇一二三四五六七八九十]+代|男性|女性|職員|業者|少年|少女|生徒|学生)',
    '疑い(?:の|が)ある[^。！？!?\\n]{0,16}?(?:男性|女性|人物|者|業者|事業者|書士|職員|会社|法人|店)(?:について|に(?:つ|対)して|は|が|を)',
    '同じ(?:人|人物|者|男|女|男性|女性|グループ|犯人|業者)(?:が|の)[^。！？!?\\n]{0,10}?(?:可能性|らしい|みたい|とみられ|と見られ|疑い|仕業|犯行)',
  ].join('|'),
  'u',
)
/** An inquiry inside the city or one of its sections (内部監査, 課内の聞き取り, 本部内の検証会議). */
const INSIDE_INQUIRY = '(?:内部監査|内部調査|庁内調査|内部(?:の)?(?:聞き取り|聴き取り|検証|点検)|(?:課内|部内|係内|庁内|署内|本部内|局内|所内)(?:の|で(?:の)?)?(?:聞き取り|聴き取り|調査|検証会議|検証|点検|監査|調べ)|検証会議)'
const FOUND_BY = '(?:分かり|わかり|判明し|見つかり|発覚し|確認され|特定され|断定され|結論付け|結論づけ)'
/** What an internal inquiry found (内部監査で…ことが見つかりました, ことが、課内の聞き取りで分かりました). */
const INTERNAL_FINDING = new RegExp(
  `${INSIDE_INQUIRY}(?:で|では|の結果|によると|によれば)[、,]?[^。！？!?\\n]{0,60}?(?:ことが|のが|と)[、,]?${FOUND_BY}|(?:ことが|のが)[、,]?${INSIDE_INQUIRY}(?:で|によって|により)[、,]?${FOUND_BY}`,
  'gu',
)
const INTERNAL_FINDING_AT = new RegExp(INTERNAL_FINDING.source, 'u')
/** A misconduct report's content (…という通報が届いていて), with the misconduct or the whistle-blowing named in the paragraph. */
const REPORT_RECEIVED = /(?:という|との|って)(?:通報|告発|内部通報|公益通報|相談|申し出|申出|訴え|情報)(?:が|も)/u
const MISCONDUCT_REPORTED = /公益通報|内部通報|内部告発|ハラスメント|パワハラ|セクハラ|不正|横領|着服|癒着|談合|便宜|有利に|見返り|接待|改ざん|隠ぺい|隠蔽/u
/** A count tied to one section (3件は全部同じ部署から). */
const COUNT_ONE_SECTION = /[0-9〇一二三四五六七八九十]+(?:件|人|名)(?:は|とも|が|の)?[、,]?(?:全部|すべて|全て|いずれも|みんな|どれも)?[、,]?同じ(?:部署|課|係|職場|部(?![屋分品位材活])|所属|事業所|上司)/u
/** The decision on what was found still to come (どう扱うかはまだ決まっていません, 処分は来週決まります). */
const DECISION_PENDING = /(?:処分|処遇|扱い|扱う|対応|進退|懲戒)[^。！？!?\n]{0,12}?(?:まだ決まって(?:い|お)?(?:ない|ません|らん)|決まって(?:い|お)?(?:ない|ません)|(?:来週|来月|明日|近く|近々|今後|これから|後日|週明け)(?:に|中に)?(?:は)?決ま|(?:検討|協議)中|未定)/u
/** Who did it, guessed (作ったのは市の元職員じゃないか, 犯人は…らしい). */
const CULPRIT_GUESSED =
  /(?:(?:作っ|投稿し|撮影し|書き込ん|書い|壊し|盗ん|持ち出し|漏らし|流し|送っ|火をつけ|放火し|やっ|申請し|請求し|取得し|開設し)た(?:の|人|者)|犯人)(?:は)[、,]?[^。！？!?\n]{0,20}?(?:じゃない|ではない|じゃなか|とちが|とみられ|と見られ|らしい|の可能性|っぽい|みたい|に違いない)/gu
/** …as a view held inside, or with no proof yet. */
const VIEW_INSIDE = /(?:という|との|って)(?:見方|声|疑い|話|見立て|意見)(?:が|も)?[、,]?(?:庁内|課内|部内|内部|職員の間|署内|本部内|幹部の間)|(?:確証|証拠|裏付け)(?:は|が)?(?:まだ)?(?:ない|ありません|な[いか]けど|取れて(?:い)?(?:ない|ません))|まだ(?:特定|断定)(?:は|に)?(?:できて|至って|されて)(?:い)?(?:ない|ません)/u
/** The city's notice, an apology, a published report, a press item or an alert with its advice: told to the public, not leaked. */
const INQUIRY_TOLD_OPENLY = /お詫び|おわび|申し訳|ご迷惑|ご心配をおかけ|公表し|公表いたし|公表します|発表し|記者会見|報道|新聞|ニュース|ホームページ|市HP|次第|改めて(?:お知らせ|ご報告)|ご注意|お気をつけ|気をつけ|気を付け|110番|不審者|見かけ|心当たり|情報提供をお願い|ご連絡ください|逮捕|書類送検|戸締まり|防犯(?!カメラ)/u
/** A trainee named (研修中の新人職員, 研修生): no lesson. */
const TRAINEE = /研修(?:中|生)/gu
const INQUIRY_IN_PRACTICE = /ことがあります|場合があります|こともあります|ことになっています|場合は|場合には|ときは|際は|ましょう/u

/**
 * Blind R381E-019 / R381E-049: the inside rule for checking who a person is, told (内規では、…答えていただければ、写真付きの証明書がなくても
 * 交付してよいことになっています; うちの課では、…顔写真が出てこんかったら、まず奥の席に回ってもろうて、その間に入管に照会かける): the
 * R297H-045 kind (an exception the office grants inside, RULE_EXCEPTION) and the R297H-002 kind (the step an inside rule sets off,
 * INTERNAL_THRESHOLD) read for identity checks: an inside rule named as the frame, then the exception it allows (…がなくても交付してよい) or
 * the step it takes unseen (その間に…照会), with an identity check or a forgery in the paragraph. The published rule (お持ちでない場合は…
 * 交付できることがあります) names no inside rule; an ordinary practice of a section (うちの課では…番号札をお配りして) has no check.
 */
const INSIDE_CHECK_RULE =
  /(?:内規|内部規定|内部規程|内部基準|内部(?:の)?(?:取扱い|取り扱い|基準|ルール|決まり|運用)|(?:課内|庁内|部内|係内)(?:の)?(?:取扱い|取り扱い|取扱|運用|基準|ルール|決まり|申し合わせ)|うちの(?:課|係|窓口|部署|班|署))(?:では|で(?:は)?[、,]|として|上は|によると|によれば|だと)[、,]?[^。！？!?\n]{0,80}?(?:(?:なくても|無くても|なしでも|無しでも|お持ちでなくても|足りなくても)[、,]?[^。！？!?\n]{0,16}?(?:交付|発行|受け付け|受付|通し|通す|認め)(?:して|し|でき|を)?(?:よい|良い|いい|可|る|ます|OK)|(?:その間に|裏で|こっそり|気づかれ(?:ない|ん)よう|悟られ(?:ない|ん)よう)[、,]?[^。！？!?\n]{0,16}?(?:照会|確認|連絡|通報|問い合わせ|問合せ))/gu
/** …with an identity check or a forgery in the paragraph. */
const IDENTITY_CHECK = /本人確認|偽造|偽物|なりすまし|成りすまし|身分証|証明書|在留カード|運転免許証|マイナンバーカード|確認書類|不正取得|不正請求/u

const INQUIRY_UNDER_WAY_GATE = new ParagraphGate([INQUIRY_UNDER_WAY, INTERNAL_FINDING, CULPRIT_GUESSED, INSIDE_CHECK_RULE])

/** The inquiry-under-way kinds (see the comment above INQUIRY_UNDER_WAY), run where the paragraph has no finding yet. */
function runInquiryUnderWayKinds({ input, t, spans, notAware, aware, once, published }: Conf58Context): void {
  const { doc, emit } = input
  const q = INQUIRY_UNDER_WAY_GATE.scan(t)
  if (published(t)) return
  // The inside rule for identity checks, its exception or its unseen step, told.
  if (IDENTITY_CHECK.test(t)) emitAll(q, doc, t, INSIDE_CHECK_RULE, 'confidential/staff-only', emit, spans, once(notAware))
  if (INQUIRY_TOLD_OPENLY.test(t)) return
  const sentenceText = (m: RegExpExecArray): string => sentenceOf(t, m.index, m.index + m[0].length)
  // A trainee (研修中の新人職員) is no lesson on keeping secrets: the awareness test is read without the word.
  const notLesson = (m: RegExpExecArray): boolean => {
    if (notAware(m)) return true
    const span = doc.fromSqueezed(m.index, m.index + m[0].length)
    return !spans.some((s) => s.start < span.end && s.end > span.start) && !aware(sentenceText(m).replace(TRAINEE, ''))
  }
  const holds = (): boolean =>
    PARTY_SUSPECTED.test(t) || INTERNAL_FINDING_AT.test(t) || COUNT_ONE_SECTION.test(t) || (REPORT_RECEIVED.test(t) && MISCONDUCT_REPORTED.test(t))
  emitAll(q, doc, t, INQUIRY_UNDER_WAY, 'confidential/investigation', emit, spans, once((m) => notLesson(m) && !INQUIRY_IN_PRACTICE.test(sentenceText(m)) && holds()))
  if (DECISION_PENDING.test(t)) emitAll(q, doc, t, INTERNAL_FINDING, 'confidential/investigation', emit, spans, once(notLesson))
  if (VIEW_INSIDE.test(t)) emitAll(q, doc, t, CULPRIT_GUESSED, 'confidential/investigation', emit, spans, once((m) => notLesson(m) && !INQUIRY_IN_PRACTICE.test(sentenceText(m))))
}

/*
 * A finished internal inquiry or personnel review told before its release (blind R382F, R384H).
 * - An inquiry the city made inside (内部調査, 庁内調査, 課内の聞き取り, 内部監査) said finished or its result out (がまとまりました, の結果が
 *   出ました, が終わり), its finding told (総額およそ…万円, 計12件, …と判明), while the writer was asked to keep it until the report or tells
 *   it ahead of one still to come (議会への報告は来月で、それまでは外に出さないよう; 公表前ですが; 報告は来週ですが、先にお伝えします):
 *   INQUIRY_FINISHED with INQUIRY_RESULT_TOLD and KEPT_UNTIL_REPORT, or INQUIRY_REPORT_PENDING with INQUIRY_TOLD_FIRST.
 * - A penalty or measure against a member of staff under review, told before that person has been told (本人にはまだ伝えていませんが、
 *   処分を含めて検討しています; 懲戒処分の方向で調整中で、ご本人への通知は来週): PENALTY_UNDER_REVIEW with SUBJECT_NOT_YET_TOLD and
 *   a member of staff named in the paragraph.
 * An inquiry's result published, a finished inquiry with its report announced and nothing told, a penalty announced, a surprise kept from
 * a colleague and goods or waste disposed of (粗大ごみの処分を検討) stay clean.
 */
const INQUIRY_FINISHED =
  /(?:内部|庁内|課内|部内|局内|団内|署内|組織内|内々|独自)(?:の|で(?:の)?)?(?:調査|監査|点検|聞き取り|ヒアリング|検証|事実確認)(?:の結果)?(?:が|は|で|も)[、,]?(?:ようやく|やっと|一通り|ひととおり)?(?:まとまり|まとまっ|終わり|終わっ|終了し|完了し|出まし|出た|出て|判明し|わかり|分かり)/gu
const INQUIRY_RESULT_TOLD =
  /(?:総額|合計|総計|計|およそ|約|全部で|合わせて|あわせて|延べ)[^。！？!?\n]{0,6}?[0-9０-９一二三四五六七八九十百千]+[0-9０-９,，.]*(?:万|億)?(?:円|件|人|名|回|か所|箇所|世帯)|[0-9０-９]+[0-9０-９,，.]*(?:万|億)円|(?:と|が|ことが)判明|ことが(?:わかり|分かり)/u
const KEPT_UNTIL_REPORT =
  /(?:外|外部|表|よそ)(?:に|へ)(?:は)?(?:出さ|出せ|漏らさ|漏らせ|言わ)|口外(?:し|でき|無用|禁止)|(?:それまで|発表まで|公表まで|報告まで)(?:は)?[^。！？!?\n]{0,6}?(?:内密|内緒|ないしょ|秘密|伏せ|黙っ|言わない)|(?:公表|発表|報告)(?:する)?前(?:です|なの|だ|の段階)/u
const INQUIRY_REPORT_PENDING = /(?:議会|委員会|記者|報道|公表|発表|報告)[^。！？!?\n]{0,10}?(?:来月|来週|これから|まだ|後日|週明け|[0-9０-９]{1,2}日|予定)/u
const INQUIRY_TOLD_FIRST = /(?:先に|一足早く|ひと足早く|一足先に|ひと足先に|先行して|特別に|こっそり|内緒で)[^。！？!?\n]{0,6}?(?:お伝え|お知らせ|伝え|知らせ|教え|言い|話し|共有)/u
const PENALTY_UNDER_REVIEW =
  /(?:懲戒|処分|降格|降任|減給|戒告|訓告|停職|免職|分限|厳重注意|配置換え|配置転換)(?:処分)?(?:を|も)?(?:含めて|含め|視野に|前提に|の方向で)?[、,]?[^。！？!?\n]{0,10}?(?:検討|調整|協議|話し合)(?:し|中|を|する|され)/gu
const SUBJECT_NOT_YET_TOLD =
  /(?:本人|ご本人|当人|当該職員|その職員)(?:に|へ)(?:は|も)?[、,]?(?:まだ)?[^。！？!?\n]{0,6}?(?:伝え|知らせ|言っ|話し|通知し|告げ)(?:て(?:い|お)?(?:ない|ません|なく)|ず)|(?:本人|ご本人|当人)(?:への)?(?:通知|告知|説明|伝達)(?:は|が)[、,]?(?:まだ|これから|来週|来月|後日)|(?:本人|ご本人|当人)(?:は|も)[、,]?まだ(?:知らな|知りませ|気づいて)/u
const STAFF_NAMED = /課長|部長|係長|次長|室長|所長|館長|職員|主任|主査|主事|教員|教諭|隊員|署員|団員|担当者/u
const GOODS_DISPOSED = /ごみ|ゴミ|不用品|廃棄|粗大|物品|土地|財産|在庫|車両|備品|書類|遺品/u

const FINISHED_REVIEW_GATE = new ParagraphGate([INQUIRY_FINISHED, PENALTY_UNDER_REVIEW])

/** A finished internal inquiry or a penalty under review told before its release (see the comment above INQUIRY_FINISHED). */
function runFinishedReviewKinds({ input, t, spans, notAware, once, published }: Conf58Context): void {
  const { doc, emit } = input
  const q = FINISHED_REVIEW_GATE.scan(t)
  if (published(t)) return
  if (INQUIRY_RESULT_TOLD.test(t) && (KEPT_UNTIL_REPORT.test(t) || (INQUIRY_REPORT_PENDING.test(t) && INQUIRY_TOLD_FIRST.test(t)))) {
    emitAll(q, doc, t, INQUIRY_FINISHED, 'confidential/investigation', emit, spans, once(notAware))
  }
  if (SUBJECT_NOT_YET_TOLD.test(t) && STAFF_NAMED.test(t)) {
    emitAll(q, doc, t, PENALTY_UNDER_REVIEW, 'confidential/personnel', emit, spans, once((m) => notAware(m) && !GOODS_DISPOSED.test(sentenceOf(t, m.index, m.index + m[0].length))))
  }
}

/*
 * Told ahead of its release, in forms that are more than a matter said unreleased (blind R385J-010, R386K-041, R386K-050, R387L-026):
 * - The blacked-out part of a disclosed document told (黒塗りにした部分ですが、要は…の記録です; 非開示の箇所は実は…): MASKED_PART_TOLD. The
 *   reason for a non-disclosure explained in general (黒塗りにした部分は、個人の氏名や印影です; 非開示の部分は実は法律で決まっている項目) has no
 *   要は / 実は of a secret let out, or no party or record after it (MASKED_CONTENT).
 * - Firms still being compared, named with their rates (A社さん（手数料率8.5％）と、B社さん（7.9％）の2社で条件を詰めています):
 *   FIRM_WITH_RATE twice with a bargaining still going (NEGOTIATION_GOING). A published result list or a choice made (NEGOTIATION_SETTLED) stays clean.
 * - A restricted notice quoted (通知（自治体限りの扱いで…）によると; 部外秘の事務連絡では): RESTRICTED_NOTICE_QUOTED.
 * - The police's coming action passed on (今月中に摘発される見通しだそうです): ENFORCEMENT_COMING, with hearsay or a police source and no
 *   press report in the paragraph.
 */
const MASKED_PART_TOLD =
  /(?:黒塗り|墨塗り|非開示|不開示|マスキング)(?:に|と)?(?:した|された|して(?:い|お)る|なって(?:い|お)る|の)?(?:部分|箇所|ところ|ページ)(?:は|って|ですが|だけど|なんですが|ですけど|やけど|について(?:は|ですが)?)[、,]?[^。！？!?\n]{0,8}?(?:要は|実は|実際(?:に)?は|中身は|ぶっちゃけ|ここだけの話)/gu
const FIRM_WITH_RATE = /(?:社|さん|様|株式会社)[（(](?:手数料率?|料率|見積(?:額|もり)?|提示額?|単価|金額|委託料)?[：:]?(?:約)?[0-9０-９][0-9０-９,.]*(?:％|%|万円|円|億円)[）)]/gu
const NEGOTIATION_GOING =
  /(?:[2-9２-９二三四五]社|両社|[2-9二三四五]者)(?:で|と|に|の間で|を)[、,]?[^。！？!?\n]{0,10}?(?:条件を詰め|詰めて|交渉(?:中|して(?:い|お))|協議(?:中|して(?:い|お))|比較(?:中|して(?:い|お))|競わせ|絞り込(?:み中|んで(?:い|お))|天秤)|もう一声|下げてくれれば|(?:どちら|どっち)に(?:する|決める|なる)か/u
/** …unless the choice is made and told (A社さんに決定しました, 落札). */
const NEGOTIATION_SETTLED = /決定しました|決まりました|契約しました|締結しました|選定しました|落札/u
/** What the blacked-out part holds, told: a party or a record (相手は…さん, 業者との打合せ記録). */
const MASKED_CONTENT = /業者|会社|[^会]社(?:の|と|で|です|でした)|さん|様|相手|打合せ|打ち合わせ|協議|交渉|面談|記録|メモ|やりとり|やり取り/u
const RESTRICTED_MARK =
  '(?:(?:自治体|市町村|関係者|庁内|行政機関)限り|部外秘|取扱注意|取り扱い注意|公表不可|(?:ホームページ|HP|ウェブサイト|外部)(?:に|には|へ|で)(?:は)?[、,]?(?:まだ)?(?:載せ|掲載し|公開し|出さ|公表し)(?:ない|ず)よう)'
const RESTRICTED_NOTICE_QUOTED = new RegExp(
  `(?:通知|通達|事務連絡|文書|資料|メール)[（(][^）)\\n]{0,16}?${RESTRICTED_MARK}[^）)\\n]{0,30}?[）)](?:によると|によれば|では|には|の内容)|${RESTRICTED_MARK}(?:の|扱いの|とされた|とされている)?(?:通知|通達|事務連絡|文書|資料)(?:によると|によれば|では|には|の内容)`,
  'gu',
)
const ENFORCEMENT_COMING =
  /(?:摘発|逮捕|家宅捜索|強制捜査|立件|送検|書類送検|手入れ|ガサ入れ)(?:される|する|が入る|に入る|に踏み切る|に着手する)(?:見通し|見込み|予定|方針|方向|らしい|そう|みたい)/gu
const POLICE_WORD_PASSED = /(?:警察|県警|署|捜査)[^。！？!?\n]{0,12}?(?:から聞いた|から聞き|に聞いた|によると|の話では)|捜査関係者|だそう|らしい|みたい|とのこと/u
const PRESS_REPORTED = /報道|新聞|ニュース|発表し|公表し|記者会見/u

const TOLD_AHEAD_GATE = new ParagraphGate([MASKED_PART_TOLD, FIRM_WITH_RATE, RESTRICTED_NOTICE_QUOTED, ENFORCEMENT_COMING])

/** The told-ahead kinds (see the comment above MASKED_PART_TOLD), run where the paragraph has no finding yet. */
function runToldAheadKinds({ input, t, spans, notAware, once, published }: Conf58Context): void {
  const { doc, emit } = input
  const q = TOLD_AHEAD_GATE.scan(t)
  emitAll(q, doc, t, MASKED_PART_TOLD, 'confidential/duty-secret', emit, spans, once((m) => notAware(m) && MASKED_CONTENT.test(t.slice(m.index + m[0].length, m.index + m[0].length + 80))))
  if (NEGOTIATION_GOING.test(t) && !NEGOTIATION_SETTLED.test(t) && (t.match(FIRM_WITH_RATE) ?? []).length >= 2 && !published(t)) emitAll(q, doc, t, FIRM_WITH_RATE, 'confidential/negotiation', emit, spans, once(notAware))
  emitAll(q, doc, t, RESTRICTED_NOTICE_QUOTED, 'confidential/staff-notice', emit, spans, once(notAware))
  if (POLICE_WORD_PASSED.test(t) && !PRESS_REPORTED.test(t)) emitAll(q, doc, t, ENFORCEMENT_COMING, 'confidential/investigation', emit, spans, once(notAware))
}

/*
 * Told before its turn (blind R389N, R390P): a matter the city holds, told before those who must hear it first.
 * - A firm named while the measure on it is still to come (いま県と一緒に調べている業者は「…」です…正式な処分はまだですが; 「…」を名乗る
 *   電話勧誘の相談は…事業者への指導はこれからですが): FIRM_NAMED with MEASURE_PENDING. A scam alert naming the caller with no measure
 *   pending, a measure already taken (業務停止命令を出しました) and guidance that goes on (指導はこれからも続けます) stay clean.
 * - A decision told while the council or the party it concerns has not yet been told (…ことが決まりました…議会で説明があるのは12月なので;
 *   示談がまとまりました…議会への報告は6月の予定; …と課内で決めました…学校にはまだ伝えていないので): DECIDED_HERE with
 *   FIRST_HEARERS_UNTOLD and a sign that it is told first (先に, 先取り, それまでは広めないで, 詳しくはそのときに, a sum).
 * - A personnel move told while its order is not yet out (まだ辞令は出ていませんが、…の江上さんが来られることになっています):
 *   PERSON_MOVING with ORDER_NOT_OUT. One's own move (まだ辞令は出ていませんが、4月から新しい職場です) names no one coming.
 * - Kept clean: footage or records said to be seen only by designated staff (決められた職員しか見られないように管理): the city's safeguard,
 *   not a paper marked for insiders (accessSafeguard, read in the staff-only reading).
 */
const FIRM_WORD = '(?:業者|事業者|会社|企業|販売店|法人|業者さん)'
const FIRM_SUFFIX = '(?:工業|建設|商事|産業|興業|工務店|株式会社|リフォーム|サービス|通信|設備|電工|不動産)'
/** A firm named: in brackets after 業者は (業者は、…「有明ルーフ工業」です), as a caller's name (「…」を名乗る), or by its trade suffix. */
const FIRM_NAMED = new RegExp(
  `${FIRM_WORD}(?:名)?(?:は|が)[、,]?[^。！？!?\\n「」]{0,24}?(?:「[^」\\n]{2,24}」|[\\p{Script=Han}\\p{Script=Katakana}ー]{1,12}${FIRM_SUFFIX})(?:です|でした|という|だ(?:そう|と)|で[、,])|「[^」\\n]{2,24}」(?:を名乗る|と名乗る|という(?:名前の|名の)?${FIRM_WORD}|の(?:名前|名称)で)`,
  'gu',
)
/** …while the measure on it is still to come (正式な処分はまだ, 指導はこれから, 勧告する前の段階). */
const MEASURE_PENDING =
  /(?:処分|指導|勧告|命令|業務停止|立入検査|立ち入り検査|(?:社名|事業者名|業者名)の?公表)(?:は|が|も)?[、,]?(?:まだ|これから(?!も)|今後(?:です|になり|の予定)|検討中|未定|決まって(?:い)?(?:ない|ません))|(?:処分|指導|勧告|命令)(?:が出る|を出す|する|される|が決まる)?前(?:です|なので|ですが|の段階)/u
/** …not a measure already taken and told. */
const MEASURE_TAKEN = /(?:処分|指導|勧告|命令)(?:を)?(?:行い|行った|出し|し)(?:ました|た)|(?:処分|指導|勧告|命令)(?:を受け|され)(?:ました|た)/u
/** A decision told as made (…ことが決まりました, 示談がまとまりました, 和解がまとまり、, 9か所と課内で決めました). */
const DECIDED_HERE = /(?:決まり|決め|決定し|まとまり|固まり|ことになり|合意し)(?:ました|[、,])|(?:決まっ|決め|決定し|まとまっ|固まっ|合意し)た(?:ので|ため|[。、,])/gu
/** …not a draft for the council (予算案が, 条例案を): a draft is published before it is explained. */
const DRAFT_DECIDED = /案(?:が|は|を|も)?[、,]?$/u
/** …while the council or the party it concerns is still to hear it (議会で説明があるのは12月, 議会への報告は6月の予定, 学校にはまだ伝えていない). */
const FIRST_HEARERS_UNTOLD = new RegExp(
  [
    '(?:市議会|議会|全員協議会|常任委員会|定例会|議員(?:の(?:皆さん|皆様|皆さま))?)(?:で|に|へ|への|での)?(?:の)?(?:ご)?(?:説明|報告)(?:が|を)?(?:ある|する|される|いたす)?(?:の)?(?:は|が)[、,]?[^。！？!?\\n]{0,8}?(?:[0-9]{1,2}月|来月|来週|再来週|これから|まだ|後日|予定|先)',
    '(?:学校|地元|地区|自治会|町内会|保護者|利用者|相手方|先方|ご?本人|地権者|関係者|関係団体|住民|区長)(?:さん|側|の(?:皆さん|皆様|皆さま|方々|方))?(?:に|へ)(?:は|も)?[、,]?まだ[^。！？!?\\n]{0,4}?(?:伝え|知らせ|お知らせし|説明し|ご説明し|通知し|連絡し|ご連絡し|話し|お伝えし|報告し)(?:て(?:い|お)?(?:ない|ません)|とらん|ず)',
  ].join('|'),
  'u',
)
/** …told first all the same: said ahead, kept till then, deferred to the report, or with a sum. */
const TOLD_FIRST_SIGN =
  /先に|先取り|こっそり|一足早く|ひと足早く|一足先|ひと足先|フライング|それまで(?:は)?[^。！？!?\n]{0,8}?(?:広め|言わ|内緒|ないしょ|秘密|黙っ|口外|拡散)|詳しく(?:は)?[、,]?(?:その|そちらの)(?:とき|時|際)/u
/** A member of staff said to come to or leave a post (…の江上さんが来られることになっています, 田中係長が異動する予定). */
const PERSON_MOVING =
  /(?:さん|氏|課長|部長|係長|主査|主任|補佐|主幹|参事|次長|室長|所長|館長)(?:が|は)[、,]?[^。！？!?\n]{0,16}?(?:来られる|来る|来て(?:くれる|くださる|いただける|もらえる)|着任する|就任する|就く|異動してくる|異動してこられる|戻って(?:くる|こられる)|入られる|後任(?:に|と)なる|転出する|異動する|移られる|移る)(?:ことになって(?:い|お)|ことになり|ことが決まっ|ことに決まっ|予定|見込み|そう|みたい|らしい|ようです)/gu
/** …while the order is not yet out (まだ辞令は出ていませんが, 内示はまだ, 発令前ですが). */
const ORDER_NOT_OUT =
  /まだ(?:正式な?)?(?:辞令|内示|発令)(?:は|が|も)?(?:出て|出され|交付され|下りて|おりて|され|あって)(?:い|お)?(?:ない|ません|らん)|(?:辞令|内示|発令)(?:は|が)[、,]?まだ(?:です|出て|ない|ありません|先)|(?:辞令|内示|発令)(?:が出る|交付|の)?前(?:です|ですが|なので|だけど|の段階)/u
/** 職員しか見られないように管理: who may see is the safeguard itself (…ように管理, …よう制限, …ない設定にして). */
const ACCESS_SAFEGUARD =
  /^(?:ない|ません)?(?:よう(?:に)?[、,]?[^。！？!?\n]{0,12}?(?:管理|制限|保管|設定|運用|施錠|限定|して(?:い|お)|なって(?:い|お))|ない(?:仕組み|設定|場所|状態|形)(?:で|に)(?:管理|保管|運用|して|なって))/u
const SHOWN_ANYWAY = /お見せ|見せ(?:ちゃ|ます)|公開し|載せ|ご紹介|紹介し|お伝えし|チラ見せ|内緒|ここだけ/u
/** Whether a staff-only match is the city's safeguard of what it holds (決められた職員しか見られないように管理していて). */
function accessSafeguard(t: string, end: number, sentence: string): boolean {
  return ACCESS_SAFEGUARD.test(t.slice(end, end + 30)) && !SHOWN_ANYWAY.test(sentence)
}

const TOLD_BEFORE_TURN_GATE = new ParagraphGate([FIRM_NAMED, DECIDED_HERE, PERSON_MOVING])

/** The told-before-its-turn kinds (see the comment above FIRM_WORD), run where the paragraph has no finding yet. */
function runToldBeforeTurnKinds({ input, t, spans, notAware, once, published }: Conf58Context): void {
  const { doc, emit } = input
  if (published(t)) return
  const q = TOLD_BEFORE_TURN_GATE.scan(t)
  if (MEASURE_PENDING.test(t) && !MEASURE_TAKEN.test(t)) emitAll(q, doc, t, FIRM_NAMED, 'confidential/investigation', emit, spans, once(notAware))
  // A draft put to the council (予算案がまとまりました, 条例案を決めました) is published before it is explained: not a decision told early.
  if (FIRST_HEARERS_UNTOLD.test(t) && (TOLD_FIRST_SIGN.test(t) || YEN_FIGURE.test(t))) emitAll(q, doc, t, DECIDED_HERE, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !DRAFT_DECIDED.test(t.slice(Math.max(0, m.index - 4), m.index))))
  if (ORDER_NOT_OUT.test(t) && !MOVE_ANNOUNCED.test(t)) emitAll(q, doc, t, PERSON_MOVING, 'confidential/personnel', emit, spans, once(notAware))
}
/*
 * What the police are doing or know about an open case, passed on by staff before any release (blind R389N, R390P):
 * - A police source said to have shared it privately (県警から内々に回ってきたリストによると, 警察の方から内々に聞いたところ, 内密に刑事さんから
 *   教えてもらった): POLICE_TOLD_PRIVATELY.
 * - The suspects said known before any arrest (すでに目星がついているそうです, 犯人はもう特定できているらしい): SUSPECTS_KNOWN, with the police
 *   in the paragraph or hearsay, the negative (目星はついていない, 特定されていません) not.
 * - A stake-out or a sting under way or planned (柳川署と一緒に…張り込みをします; 被害に遭いかけた方に話を合わせてもらっていて; 現金を受け取りに
 *   来たところを押さえる段取り): COVERT_OPERATION with the police or a suspect in the paragraph, STING_PLAYED_ALONG with a fraud in it,
 *   CAPTURE_PLANNED.
 * - An inquiry from the police about a party, received (同じ会社について警察から照会が来ている): POLICE_QUERY_RECEIVED with whom it is about in
 *   its sentence, not a practice (照会があった場合は).
 * - The police's own tally said still to come, with the figures told ahead of it (県警のまとめが出るのはまだ先ですが、…23件、被害総額は…):
 *   POLICE_TALLY_PENDING with CASE_FIGURE after it.
 * An awareness post that asks people to report or to help, a case the police announced (逮捕されました, 県警の発表によると, 柳川警察署からの
 * お知らせ), a practice, a net set in the sea (秋芽網の張り込み), a section (部署) and a signature (署名) stay clean.
 */
const POLICE_AGENCY = '(?:警察|県警|(?<!税務|消防|労基|監督|部)署(?!名)|刑事(?:さん)?|捜査員|捜査関係者|おまわりさん|駐在さん)'
const POLICE_PERSON = '(?:の(?:方|人|担当者?|知り合い|友人))?'
const SHARED_PRIVATELY = '(?:内々に|内々で|内密に|非公式に|オフレコで|ここだけの話(?:として|で)?)'
const PASSED_TO_STAFF = '(?:聞い|聞き|聞か|伺っ|伺い|教えて|教わ|回って|回っ|共有|もらっ|届い|来た|来て|渡さ)'
const POLICE_TOLD_PRIVATELY = new RegExp(
  `${POLICE_AGENCY}${POLICE_PERSON}(?:から|より)[、,]?${SHARED_PRIVATELY}[、,]?[^。！？!?\\n]{0,8}?${PASSED_TO_STAFF}|${SHARED_PRIVATELY}[、,]?${POLICE_AGENCY}${POLICE_PERSON}(?:から|より)[^。！？!?\\n]{0,8}?${PASSED_TO_STAFF}`,
  'gu',
)
const SUSPECTS_KNOWN =
  /目星(?:が|は|も)[、,]?(?:もう|すでに|既に|だいたい|大体|ほぼ)?(?:つい|付い)(?:て|た|とる)|(?:犯人|容疑者|犯行グループ|受け子|出し子|実行犯|主犯)(?:は|が|も)[、,]?[^。！？!?\n]{0,10}?(?:特定(?:でき|され|済み|し)|絞り込(?:め|まれ|ん)|割れ|(?:わかっ|分かっ)て(?:い|お|る))/gu
/** …said not yet (目星はついていない, 特定されていません): nothing known told. */
const NOT_KNOWN_AFTER = /^[^。！？!?\n]{0,4}?(?:ない|ません|ず|なか|ん)/u
const COVERT_OPERATION =
  /(?:張り込み|張込み|おとり捜査|囮捜査|潜入捜査|内偵|(?:だまされた|騙された)(?:ふり|振り)作戦)(?:を|も|の|に)?[、,]?[^。！？!?\n]{0,8}?(?:します|しま[すし]|する(?:予定|つもり|こと)|して(?:い|お|ます|る)|してる|しとる|中|始め|開始|実施|行い|行って|行う|予定|準備|段取り|手はず)/gu
const STING_PLAYED_ALONG =
  /(?:(?:だまされた|騙された|話に乗った|信じた|引っかかった|引っ掛かった)(?:ふり|振り)を(?:して|続けて)|話を合わせて)(?:もらって|もらい|いただいて|いただき)(?:い|お|ます)/gu
const CAPTURE_PLANNED =
  /(?:ところ|とこ|瞬間|現場)を[、,]?(?:押さえ|取り押さえ|捕まえ|とっ捕まえ|捕らえ|確保す|逮捕す|検挙す)る[^。！？!?\n]{0,4}?(?:段取り|手はず|手筈|予定|作戦|計画|つもり|算段|方向|方針)/gu
const POLICE_QUERY_RECEIVED = new RegExp(
  `${POLICE_AGENCY}(?:から|より)[、,]?(?:の)?(?:照会|問い合わせ|問合せ|捜査関係事項照会(?:書)?|資料(?:の)?提出(?:の)?(?:依頼|要請|求め)|捜査(?:への)?協力(?:の)?(?:依頼|要請))(?:が|も|を)?[、,]?(?:来て|来た|来とる|来ま|入って|入っ|入り|あって|あり|あった|受けて|受け)`,
  'gu',
)
/** Whom the inquiry is about, before it in its sentence (同じ会社について, あの業者の件で). */
const QUERY_ABOUT = /(?:について|に関して|に関する|の件で|のことで|をめぐって|をめぐり)/u
const POLICE_TALLY_PENDING = new RegExp(
  `${POLICE_AGENCY}(?:の|による|から(?:の)?)?(?:正式な?)?(?:まとめ|取りまとめ|発表|公表|集計|統計|数字)(?:が|は)?(?:出る|出す|出され|ある|あり|される|する)?(?:の|ん)?(?:は|が)?[、,]?(?:まだ先|まだ|来月|来週|これから|後日|月末|年明け|年度末)`,
  'gu',
)
const CASE_FIGURE = /[0-9０-９一二三四五六七八九十百千][0-9０-９,，.一二三四五六七八九十百千万億]{0,10}(?:件|人|名|円)/u
const POLICE_IN_PARAGRAPH = new RegExp(POLICE_AGENCY, 'u')
const SUSPECT_OR_FRAUD = /受け子|出し子|掛け子|かけ子|犯人|容疑者|窃盗|詐欺|名乗る(?:電話|男|女|人)|オレオレ|還付金/u
const HEARSAY = /そう(?:です|だ|な)|らしい|とのこと|みたい/u
/** The case told by the police or the press, or solved (逮捕されました, 県警の発表によると, 柳川警察署からのお知らせ). */
const CASE_ANNOUNCED = new RegExp(`${PRESS_REPORTED.source}|発表によ|逮捕(?:され|し)ま|逮捕され(?:た|て)|からのお知らせ|注意喚起`, 'u')
/** An awareness post asking people to report or to help (110番, ご協力ください, ご相談ください). */
const ASKS_REPORT = /ご協力(?:を|くだ|お願)|通報(?:を|して|くだ)|110番|#9110|ご相談くだ|ご連絡くだ|お寄せくだ|お知らせくだ/u

const POLICE_CASE_GATE = new ParagraphGate([POLICE_TOLD_PRIVATELY, SUSPECTS_KNOWN, COVERT_OPERATION, STING_PLAYED_ALONG, CAPTURE_PLANNED, POLICE_QUERY_RECEIVED, POLICE_TALLY_PENDING])

/** The police-case kinds (see the comment above POLICE_AGENCY), run where the paragraph has no finding yet. */
function runPoliceCaseKinds({ input, t, spans, notAware, once, published }: Conf58Context): void {
  const { doc, emit } = input
  if (published(t) || CASE_ANNOUNCED.test(t)) return
  const q = POLICE_CASE_GATE.scan(t)
  emitAll(q, doc, t, POLICE_TOLD_PRIVATELY, 'confidential/investigation', emit, spans, once(notAware))
  if (POLICE_IN_PARAGRAPH.test(t) || HEARSAY.test(t)) {
    emitAll(q, doc, t, SUSPECTS_KNOWN, 'confidential/investigation', emit, spans, once((m) => notAware(m) && !NOT_KNOWN_AFTER.test(t.slice(m.index + m[0].length))))
  }
  if (!ASKS_REPORT.test(t) && (POLICE_IN_PARAGRAPH.test(t) || SUSPECT_OR_FRAUD.test(t))) emitAll(q, doc, t, COVERT_OPERATION, 'confidential/investigation', emit, spans, once(notAware))
  if (SUSPECT_OR_FRAUD.test(t)) emitAll(q, doc, t, STING_PLAYED_ALONG, 'confidential/investigation', emit, spans, once(notAware))
  emitAll(q, doc, t, CAPTURE_PLANNED, 'confidential/investigation', emit, spans, once(notAware))
  emitAll(q, doc, t, POLICE_QUERY_RECEIVED, 'confidential/investigation', emit, spans, once((m) => {
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    return notAware(m) && QUERY_ABOUT.test(t.slice(s.start, m.index)) && !INQUIRY_IN_PRACTICE.test(t.slice(s.start, s.end))
  }))
  emitAll(q, doc, t, POLICE_TALLY_PENDING, 'confidential/investigation', emit, spans, once((m) => notAware(m) && CASE_FIGURE.test(t.slice(m.index + m[0].length))))
}


/*
 * A deal still being worked out with its other party, told in public (blind R393S, R394T):
 * - A work's insurance value in the loan contract (借用契約では、保険評価額は1億8千万円): INSURED_VALUE with a loan of a work in the
 *   paragraph (WORK_ON_LOAN). A volunteer insurance's cover (ボランティア保険の保険金額は死亡時1,000万円) names no loan.
 * - An appraisal's verdict or value while its owner has not been told (先生の見立てでは時価 弐千萬圓 前後…持ち主の方にはまだお伝えして
 *   いない; 真筆で間違いない): APPRAISAL_VERDICT with OWNER_UNTOLD. Values may be written in the old forms of deeds (弐千萬圓). An appraisal
 *   event announced (鑑定会を開きます; 結果はその場でお伝えします) tells no verdict kept from its owner.
 * - A gift, a loan or a purchase under talks, with the other side's state or the talks' progress (ご遺族と…一括寄贈について話し合いを重ねて
 *   います…お考えが分かれている; 初版本を貸していただけないか…やり取りしてもらっています。先方の感触はかなりいい): DEAL_IN_TALKS with
 *   PARTY_STANCE, unless concluded (ご寄贈いただきました, 受け入れが決まりました). A public appeal for loans or gifts has no party's stance.
 * - Each side's figure in a bargaining still going on (先方は3.2%から下げない、市は2.5%までしか出せない): PARTY_LIMIT with BARGAINING
 *   in the paragraph. A fee list (手数料は1通300円) and a rate agreed (2.5%で合意しました) stay clean.
 */
/** A sum, in Arabic, kanji or the old forms of deeds (1億8千万円, 二千万円, 弐千萬圓). */
const DEAL_SUM = '(?:約|およそ)?[0-9〇一二三四五六七八九十壱弐参拾][0-9〇一二三四五六七八九十百千万億壱弐参拾萬阡佰仟,.]{0,14}(?:円|圓)'
const INSURED_VALUE = new RegExp(`(?:保険評価額|保険価額|保険金額|付保額|付保評価額|保険(?:の)?評価額)(?:は|が|を|で)[、,]?[^。！？!?\\n]{0,10}?${DEAL_SUM}`, 'gu')
const WORK_ON_LOAN = /借用|お借り|借り受け|借り入れ|貸借|貸与|貸し出|貸出|出品|寄託/u
const APPRAISAL_VERDICT = new RegExp(
  `(?:鑑定|査定|見立て|目利き|評価)(?:の)?(?:結果|額)?(?:では|だと|によると|によれば|は|で)[、,]?[^。！？!?\\n]{0,16}?(?:${DEAL_SUM}|真筆|真作|本物|偽物|贋作|模写)` +
    `|(?:時価|評価額|鑑定額|査定額)(?:は|が)?[、,]?[^。！？!?\\n]{0,6}?${DEAL_SUM}|(?:真筆|真作|本物|偽物|贋作)(?:で|と|に)(?:間違いない|間違いありません|確定|判明|断定)`,
  'gu',
)
const OWNER_UNTOLD =
  /(?:持ち主|所有者|所蔵者|お持ちの方|依頼者|依頼主|ご依頼の方|ご本人|ご遺族|ご家族)(?:の方|さん|様)?(?:に|へ)(?:は|も)?[、,]?まだ[^。！？!?\n]{0,6}?(?:伝え|知らせ|連絡|報告|話し|言っ)(?:し)?(?:て(?:い|お)?(?:ない|ません|なく)|ず|とらん)|(?:持ち主|所有者|ご本人)(?:の方|さん|様)?(?:は|も)[、,]?まだ(?:ご存じ|ご存知|知らな|知りませ)/u
const DEAL_KIND = '(?:寄贈|寄付|寄託|譲渡|譲り受け|買い取り|買取り?|購入|借用|借り受け|貸し出し|貸与|移管|受け入れ)'
const DEAL_IN_TALKS = new RegExp(
  `${DEAL_KIND}(?:の件|について|に向けて|をめぐって|に関して|のお話|の話)(?:は|も|で)?[、,]?[^。！？!?\\n]{0,16}?(?:話し合い|協議|交渉|相談|打ち合わせ|やり取り|やりとり|調整)(?:を)?(?:重ね|続け|進め|して(?:い|お)|中|させて)` +
    '|(?:貸し|お貸し|譲っ|お譲り|寄贈し|ご寄贈|寄託し|出品し|売っ|お売り|手放し)(?:て)?(?:いただけ|もらえ|くださ|くれ)(?:ない|る|ません)か[、,]?[^。！？!?\\n]{0,20}?(?:やり取り|やりとり|交渉|打診|お願いし|相談し|話し合|協議|調整)',
  'gu',
)
const PARTY_STANCE =
  /感触|手応え|手ごたえ|前向き|乗り気|難色|渋っ|渋られ|迷って|迷われ|悩んで|悩まれ|(?:お)?考えが分かれ|意見が分かれ|決めかね|お返事(?:待ち|を待っ|はまだ)|返事(?:待ち|を待っ|はまだ)|もう一度[^。！？!?\n]{0,10}?(?:伺|訪|お会い|お話)|再度[^。！？!?\n]{0,8}?(?:伺|訪|お会い)|実現しそう|たぶん実現|多分実現|まとまりそう|まとまれば|いけそう/u
const DEAL_CONCLUDED = /いただきました|(?:いただく|いただける|する)ことになりました|ことが決まりました|合意しました|締結しました|調印|受け入れ(?:ました|が決まり)|寄贈式|贈呈式|感謝状/u
const PARTY_LIMIT = new RegExp(
  '(?:先方|相手方|相手|向こう|あちら|業者|事業者|会社|市|こちら|当方|うち)(?:側|さん)?(?:は|が|としては)[、,]?[^。！？!?\\n、,]{0,10}?' +
    `(?:[0-9][0-9.,]*(?:%|パーセント|割)|${DEAL_SUM})(?:から|まで|以上|以下|以内|より)(?:は)?(?:しか|なら)?[、,]?(?:下げ|譲|出せ|払え|のめ|飲め|呑め|応じ|引け|引か|上げ|動か|受け|折れ)`,
  'gu',
)
const BARGAINING = /交渉(?:して|中|を続|が続|の最中|しとる)|協議(?:して|中)|折り合|詰めて|条件(?:を|の)(?:詰め|調整)/u
const BARGAIN_SETTLED = /合意しました|締結しました|契約しました|決定しました|決まりました|妥結/u

const PENDING_DEAL_GATE = new ParagraphGate([INSURED_VALUE, APPRAISAL_VERDICT, DEAL_IN_TALKS, PARTY_LIMIT])

/** The pending-deal kinds (see the comment above DEAL_SUM), run where the paragraph has no finding yet. */
function runPendingDealKinds({ input, t, spans, notAware, once, published }: Conf58Context): void {
  const { doc, emit } = input
  if (published(t)) return
  const q = PENDING_DEAL_GATE.scan(t)
  if (WORK_ON_LOAN.test(t)) emitAll(q, doc, t, INSURED_VALUE, 'confidential/negotiation', emit, spans, once(notAware))
  if (OWNER_UNTOLD.test(t)) emitAll(q, doc, t, APPRAISAL_VERDICT, 'confidential/pre-release', emit, spans, once(notAware))
  if (PARTY_STANCE.test(t) && !DEAL_CONCLUDED.test(t)) emitAll(q, doc, t, DEAL_IN_TALKS, 'confidential/negotiation', emit, spans, once(notAware))
  if (BARGAINING.test(t) && !BARGAIN_SETTLED.test(t)) emitAll(q, doc, t, PARTY_LIMIT, 'confidential/negotiation', emit, spans, once(notAware))
}
/*
 * Told before its owner discloses it (blind R393S, R394T, R396V):
 * - A holding line given to staff until the owner's release (県の発表（2月14日）までは、…聞かれても「調査中です」とだけ答えてください; 正式発表
 *   までは問い合わせには「確認中」とお答えください): HOLDING_REPLY_UNTIL; the notice itself labelled for a house's staff (【館内共有】, 【課内連絡】):
 *   INTERNAL_SHARE_LABEL.
 * - A veiled reference of another's unveiled (この「ある作家の未公開資料」というのは、当館の…のこと), with the thing said unreleased: VEIL_LIFTED;
 *   the content said not to be told yet, then told with a count (中身はまだ言えませんが、…書簡も12通挟まっていました): CONTENT_WITHHELD_BUT.
 * - An incident with residents' data whose release is put off till after a later step (正式な公表は議会への報告のあとになる見込み):
 *   INCIDENT_RELEASE_DEFERRED with DATA_EXPOSED and the family's INCIDENT_OBJECT; an apology or a release made (INCIDENT_PUBLIC) stays clean.
 * - A paper bound by a promise not to give it out, given anyway (契約上は第三者に出さない約束になっているものですが、…単価表を添付します):
 *   NOT_TO_THIRD_PARTY with a concession and SHOWN_HERE; the promise stated, or given as the reason it is not shown, stays clean.
 * - A policy settled inside while the council is still to hear it (…方向で、課内ではほぼ固まりました。議会に説明するのはこれから):
 *   SETTLED_INSIDE, or a decision with an aside that it cannot be said aloud yet (OFF_RECORD_ASIDE), with FIRST_HEARERS_UNTOLD.
 */
const HOLDING_ASKED =
  '(?:(?:聞かれ|尋ねられ|たずねられ|問われ|質問され|取材され)(?:ても|たら|た(?:場合|時|とき|際)(?:は|も)?)|(?:問い合わせ|問合せ|取材|質問|お尋ね|電話)(?:が(?:あっ|来)(?:ても|たら)|に(?:は|も)?|へは))'
const HOLDING_REPLY_UNTIL = new RegExp(
  `${RELEASE_NOUN}(?:\\([^()\\n]{1,14}\\))?(?:が(?:ある|出る|され(?:る)?))?(?:日)?まで(?:は)?[、,]?[^。！？!?\\n]{0,24}?${HOLDING_ASKED}[、,]?[^。！？!?\\n「」]{0,6}?(?:「[^」\\n]{1,24}」(?:と|とだけ|の一点張りで|で)|ノーコメント(?:で|と))[^。！？!?\\n]{0,4}?(?:(?:お答え|ご回答|ご説明|お伝え|ご対応)(?:ください|下さい|願います|をお願い)|(?:答え|回答し|返答し|対応し|伝え|言っ|説明し|通し|統一し)(?:て(?:ください|下さい|ね|おいて|もらえ|いただ)|る(?:よう|こと)|ましょう)|(?:回答|返答|対応|説明|統一)(?:で|を)お願い)`,
  'gu',
)
const INTERNAL_SHARE_LABEL = /[【\[〔《〈]\s?(?:館|課|庁|部|局|係|室|所|署|センター)内(?:共有|連絡|周知|回覧)(?:事項|メモ)?\s?[】\]〕》〉]/gu
const VEIL_LIFTED =
  /「(?:ある|某|とある|さる|謎の)[^」\n]{1,22}」(?:というの|っていうの|って|とは)(?:は)?[、,]?[^。！？!?\n]{1,40}?の(?:こと|事)(?:です|でした|なんです|なの|[。、,!！]|$)/gu
const VEIL_UNRELEASED = /未公開|非公開|未発表|未公表|まだ(?:言え|明かせ|お伝えでき|公表|発表|公開|出せ)|伏せ|内緒|ないしょ/u
const VEIL_OPENED = /初公開|一般公開|特別公開|公開(?:します|いたします|しました|中)|展示(?:し|中|いたし|され)|お披露目|発表しました|公表しました/u
const CONTENT_WITHHELD_BUT =
  /(?:中身|内容|詳細|詳しいこと|正体|中の(?:こと|詳細))(?:は|を)?[、,]?まだ(?:言え|明かせ|お伝えでき|お話しでき|お見せでき|出せ|公表でき)(?:ない|ません|ん)(?:ん|の)?(?:です|だ)?(?:が|けど|けれど|けども)[、,]?[^。！？!?\n]{0,30}?[0-9０-９一二三四五六七八九十百]{1,4}(?:通|点|枚|冊|件|人|名|本|箱|束|ページ|箇所|か所)/gu
const WITHHELD_TEASER = /お楽しみ|お待ち|次第|後日|改めて/u
/** Residents' data exposed, sent astray or lost (…がほかの申請者の画面からも見える状態, 誤送信, 記録媒体の紛失): narrower than INCIDENT (ミス柳川). */
const DATA_EXPOSED = /(?:見え|見られ|閲覧でき|開け|ダウンロードでき)る状態|閲覧可能(?:な|の)?状態|漏えい|漏洩|流出|誤送信|誤送付|誤発送|誤配布|誤交付|誤掲載|紛失|行方不明|盗難|盗まれ|不正アクセス|置き忘れ/u
const INCIDENT_RELEASE_DEFERRED =
  /(?:正式な|公式な|正式の)?(?:公表|発表)(?:は|が)[、,]?[^。！？!?\n]{0,20}?(?:の(?:あと|後)|より後|以降|を待って|を経て|(?:し|され|終わっ|済ん|出)て(?:から))/gu
const NOT_TO_THIRD_PARTY =
  /(?:契約|協定|覚書|約束|取り決め|取決め|申し合わせ)(?:上|で|により|の条件で)?(?:は)?[、,]?[^。！？!?\n]{0,10}?(?:第三者|外部|部外|他社|外|よそ)(?:に|へ)(?:は)?(?:出さ|開示し|提供し|見せ|公開し|公表し|漏らさ|渡さ)(?:ない|ず)(?:という|との|って)?(?:約束|取り決め|決まり|条件|ルール|こと)(?:に|と)?(?:なって(?:いる|おり|います|る)|して(?:いる|います|る)|した)?(?:もの|資料|書類|表)?(?:です|だ|なん(?:です|だ)?|な(?=んですが))?(?:が|けど|けれど|けども|ものの)/gu
const SHOWN_HERE = /添付し|載せ(?:ます|ておき|とき|ちゃ)|掲載し(?:ます|ておき)|公開し(?:ます|ちゃ)|お見せし|アップし|貼っ(?:て|とき)|共有し(?:ます|ておき)/u
const BOUND_PAPER_WITHHELD = /(?:でき|出来|いたしかね)(?:ません|ない)|控え(?:ます|させ)/u
const SETTLED_INSIDE =
  /(?:課内|庁内|部内|局内|係内|内部|内々|執行部|幹部(?:の間)?|担当課)(?:で|では|的には|の中では)[、,]?(?:もう|ほぼ|おおむね|概ね|大筋|だいたい|事実上)?(?:で)?(?:固まり|固まっ|まとまり|まとまっ|決まり|決まっ|合意し|一致し)(?:ました|た|て(?:い|お)|つつ)/gu
/** A policy's own verb of stopping a service (紙の全戸配布をやめて電子版に), not a plea to stop (…のはやめてください). */
const POLICY_STOPPED = /をやめて(?!くだ|下さ|ね|ほし|欲し|もら|いただ|頂)/gu
const OFF_RECORD_ASIDE = /大きな声で(?:は)?(?:言え|いえ)(?:ない|ません|ん)|おおっぴらに(?:は)?(?:言え|いえ)|表立って(?:は)?(?:言え|いえ)|公に(?:は)?(?:言え|いえ)(?:ない|ません)/u

const BEFORE_OWNER_GATE = new ParagraphGate([HOLDING_REPLY_UNTIL, INTERNAL_SHARE_LABEL, VEIL_LIFTED, CONTENT_WITHHELD_BUT, INCIDENT_RELEASE_DEFERRED, NOT_TO_THIRD_PARTY, SETTLED_INSIDE, DECIDED_HERE])

/** The told-before-its-owner-discloses-it kinds (see the comment above HOLDING_ASKED), run where the paragraph has no finding yet. */
function runBeforeOwnerDisclosesKinds({ input, t, spans, notAware, aware, once, published }: Conf58Context): void {
  const { doc, emit } = input
  /** notAware, with a policy's own verb (紙の配布をやめて電子版に) not read as a plea (…するのはやめて). */
  const notPlea = (m: RegExpExecArray): boolean => {
    if (notAware(m)) return true
    const span = doc.fromSqueezed(m.index, m.index + m[0].length)
    return !spans.some((s) => s.start < span.end && s.end > span.start) && !aware(sentenceOf(t, m.index, m.index + m[0].length).replace(POLICY_STOPPED, ''))
  }
  if (published(t)) return
  const q = BEFORE_OWNER_GATE.scan(t)
  emitAll(q, doc, t, HOLDING_REPLY_UNTIL, 'confidential/staff-notice', emit, spans, once(notAware))
  emitAll(q, doc, t, INTERNAL_SHARE_LABEL, 'confidential/staff-notice', emit, spans, once(notAware))
  if (VEIL_UNRELEASED.test(t) && !VEIL_OPENED.test(t)) emitAll(q, doc, t, VEIL_LIFTED, 'confidential/pre-release', emit, spans, once(notAware))
  if (!WITHHELD_TEASER.test(t)) emitAll(q, doc, t, CONTENT_WITHHELD_BUT, 'confidential/pre-release', emit, spans, once(notAware))
  if (DATA_EXPOSED.test(t) && INCIDENT_OBJECT.test(t) && !INCIDENT_PUBLIC.test(t)) emitAll(q, doc, t, INCIDENT_RELEASE_DEFERRED, 'confidential/incident', emit, spans, once(notAware))
  if (SHOWN_HERE.test(t) && !BOUND_PAPER_WITHHELD.test(t)) emitAll(q, doc, t, NOT_TO_THIRD_PARTY, 'confidential/staff-only', emit, spans, once(notAware))
  if (FIRST_HEARERS_UNTOLD.test(t)) {
    emitAll(q, doc, t, SETTLED_INSIDE, 'confidential/pre-release', emit, spans, once(notPlea))
    if (OFF_RECORD_ASIDE.test(t)) emitAll(q, doc, t, DECIDED_HERE, 'confidential/pre-release', emit, spans, once((m) => notPlea(m) && !DRAFT_DECIDED.test(t.slice(Math.max(0, m.index - 4), m.index))))
  }
}
/*
 * A finding or a figure told before its owner releases it (blind R397W):
 * - A test or inspection result over its limit while the prefecture's or the city's release is still to come (基準値を超える…が検出…
 *   県の公表は来週; 基準値をわずかに上回る数値…再検査の結果待ち…まだ正式に発表されていない): LIMIT_EXCEEDED with RESULT_RELEASE_PENDING.
 *   A result released with its date, or a recall announced (回収しています), stays clean (published, RESULT_RELEASED).
 * - Applicants of a screening with findings against some of them (…社の応募があって、うち2社は…衛生面の指摘): APPLICANTS_FAULTED in a
 *   paragraph of a screening (SCREENING_HELD). A tender result (3社が応札し、うち1社が落札) names no finding.
 * - The city's offer in a compensation talk told before the other side's meeting (1漁家あたり45万円までなら補償できるとお伝え…総会前):
 *   OFFER_CEILING with TALKS_STILL_OPEN.
 * - A unit price agreed with some owners while another still negotiates (坪あたり6万8千円で仮契約…残るお一人との交渉はこれから):
 *   UNIT_PRICE_AGREED with OWNERS_REMAINING.
 * - A named supplier's cost of a gift for the hometown tax (寄附額1万円に対して仕入れ2,950円で契約): GIFT_COST with a supplier named
 *   (SUPPLIER_NAMED). The general rule (返礼品は寄附額の3割以下) has no supplier's sum.
 */
const LIMIT_EXCEEDED =
  /(?:基準値|規制値|許容値|暫定規制値|上限値|指針値|基準)(?:を|の)?[^。！？!?\n]{0,6}?(?:上回|超え|超過)[^。！？!?\n]{0,24}?(?:検出|数値|値|結果)|(?:検出|数値|値)[^。！？!?\n]{0,10}?(?:基準値|規制値|許容値|上限値|指針値)(?:を|の)?[^。！？!?\n]{0,6}?(?:上回|超え|超過)/gu
const RESULT_RELEASE_PENDING =
  /(?:公表|発表|公式発表)(?:は|が)[、,]?[^。！？!?\n]{0,12}?(?:来週|来月|明日|明後日|週明け|後日|予定|これから|まだ)|(?:まだ|未だ)[^。！？!?\n]{0,4}?(?:正式に|公式に)?(?:発表|公表)(?:され|し)て(?:い|お)?(?:ない|ません)|再検査[^。！？!?\n]{0,6}?結果待ち|(?:公表|発表)前/u
const RESULT_RELEASED = /回収(?:して|しています|を行|いたし)|自主回収|(?:公表|発表)(?:しました|されました|いたしました)|[0-9０-９]{1,2}月[0-9０-９]{1,2}日(?:に|付)[^。！？!?\n]{0,8}?(?:公表|発表)/u
/** A finding denied right after it (…検出されませんでした, …は出ていません). */
const RESULT_DENIED = /^[^。！？!?\n]{0,10}?(?:ません|ず[、。,]|なかっ|ない)/u
const SCREENING_HELD = /審査|選考|現地確認|立入|立ち入り|書類確認|選定/u
const APPLICANTS_FAULTED =
  /うち[0-9０-９一二三四五六七八九十]{1,3}(?:社|者|件|店|事業者|団体)(?:は|が|に|で|から)[、,]?[^。！？!?\n]{0,30}?(?:指摘|不備|不適合|改善指導|是正|問題点|衛生面)/gu
const OFFER_CEILING = new RegExp(
  `${DEAL_SUM}(?:まで|以内|以下)(?:なら|であれば|でしたら|は)[、,]?(?:補償|補てん|補填|支払|お支払い|負担|買い取|買取|お出し|出せ|払え|出す)(?:できる|できます|可能|する|します|いたし)?`,
  'gu',
)
const TALKS_STILL_OPEN = /(?:総会|協議|交渉|合意|妥結|調印|契約|説明会)(?:の)?前|交渉(?:中|は?これから|が続|を続)|協議(?:中|を続|が続)|外に出さ|口外|内緒|ここだけ|まだ(?:決まって|合意|正式)/u
const UNIT_PRICE_AGREED = new RegExp(
  `(?:坪|平米|平方メートル|㎡|m2)(?:あたり|当たり|単価)(?:は)?[^。！？!?\\n]{0,4}?${DEAL_SUM}(?:で|にて)[^。！？!?\\n]{0,8}?(?:仮契約|合意|内諾|ご承諾|ご了承|話がまとま|契約)`,
  'gu',
)
const OWNERS_REMAINING = /(?:残る|残り|あと)(?:の)?(?:お一人|お二人|[0-9０-９一二三]{1,2}(?:名|人|件|筆)|方)[^。！？!?\n]{0,10}?(?:交渉|協議|説得|話し合い|お願い|調整)|(?:交渉|協議|説得)(?:は|が)[、,]?(?:まだ|これから|続いて|継続)/u
const GIFT_COST = new RegExp(
  `寄(?:附|付)(?:額|金額)?${DEAL_SUM}(?:に対し(?:て)?|あたり|の(?:品|場合)|で)[、,]?[^。！？!?\\n]{0,14}?(?:仕入れ|仕入|調達|納品|納入|事業者(?:さん|様)?に入る|原価|卸)(?:額|価格|値|単価)?(?:は|が)?[^。！？!?\\n]{0,4}?${DEAL_SUM}`,
  'gu',
)
const SUPPLIER_NAMED = /「[^」\n]{1,20}」(?:さん|様)|[^\s、。,]{1,10}(?:商店|商会|水産|海産|物産|食品|株式会社|屋)(?:さん|様)/u

const RELEASE_OWNER_GATE = new ParagraphGate([LIMIT_EXCEEDED, APPLICANTS_FAULTED, OFFER_CEILING, UNIT_PRICE_AGREED, GIFT_COST])

/** The finding-or-figure-before-its-release kinds (see the comment above LIMIT_EXCEEDED), run where the paragraph has no finding yet. */
function runFindingBeforeReleaseKinds({ input, t, spans, notAware, once, published }: Conf58Context): void {
  const { doc, emit } = input
  if (published(t)) return
  const q = RELEASE_OWNER_GATE.scan(t)
  if (RESULT_RELEASE_PENDING.test(t) && !RESULT_RELEASED.test(t)) emitAll(q, doc, t, LIMIT_EXCEEDED, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !RESULT_DENIED.test(t.slice(m.index + m[0].length, m.index + m[0].length + 12))))
  if (SCREENING_HELD.test(t)) emitAll(q, doc, t, APPLICANTS_FAULTED, 'confidential/pre-release', emit, spans, once(notAware))
  if (TALKS_STILL_OPEN.test(t)) emitAll(q, doc, t, OFFER_CEILING, 'confidential/negotiation', emit, spans, once(notAware))
  if (OWNERS_REMAINING.test(t)) emitAll(q, doc, t, UNIT_PRICE_AGREED, 'confidential/negotiation', emit, spans, once(notAware))
  if (SUPPLIER_NAMED.test(t)) emitAll(q, doc, t, GIFT_COST, 'confidential/staff-only', emit, spans, once(notAware))
}

/**
 * Blind R398X, R399Y: a matter told before the body that must handle or release it.
 * - A matter said to be out of sight till a body's step (本会議で許可されるまでは外に出ていない話), or said unsayable till its release and
 *   then hinted (発表が議会のあとだから言えない…ヒントだけ：…): NOT_OUT_TILL_STEP, or RELEASE_AFTER_UNSAYABLE with HINT_GIVEN after it.
 * - A misuse or an over-payment found, with its figure, whose release or penalty is still to come (使い込みが判明…公表と処分はこれから;
 *   来月公表の定期監査…過大交付が3件、合計412万円; 点検中の…二重計上が2件…点検終了後に公表): MISUSE_FOUND with TALLY_OR_SUM and
 *   RELEASE_STILL_AHEAD; a result already released (公表しました) stays clean.
 * - The blacked-out part of a disclosed paper told with its value (黒塗りにした単価の欄ですが、実は…38円): MASKED_VALUE_TOLD.
 * - A report read while still a draft, and what it says (報告書、まだ案の段階のものを読ませてもらいました…と書いてあります):
 *   DRAFT_PAPER_READ with DRAFT_CONTENT_TOLD and the paper not yet public.
 * - An exam's item told before it is held (明日の学力調査、国語の大問3は…): EXAM_ITEM_AHEAD; its date and subjects stay clean.
 * - A record passed round inside only, told with its tally (庁内にだけ回ってる…の集計、今年度は14件): INSIDE_ONLY_RECORD with TALLY_OR_SUM.
 */
const NOT_OUT_TILL_STEP =
  /(?:本会議|議会|委員会|審議会|理事会|総会|協議会|定例会|臨時会|議決|許可|承認|決定|発表|公表|公開|報告)(?:で|に|が|を)?[^。！？!?\n]{0,12}?(?:まで|前|の(?:あと|後)|以降)(?:は|だから|なので|なんで|だし)?[、,]?(?:まだ)?(?:外|表|世間|よそ)(?:に|へ)(?:は)?(?:出て(?:い)?(?:ない|ません)|出せ(?:ない|ません)|出さない)(?:話|情報|こと|件|内容|ネタ)/gu
const RELEASE_AFTER_UNSAYABLE =
  /(?:発表|公表|公開|解禁|お披露目)(?:が|は)[^。！？!?\n]{0,14}?(?:の(?:あと|後)|以降|まで)(?:だから|なので|なんで|だし|のため)?[、,]?(?:まだ)?(?:言え|話せ|書け|明かせ|お伝えでき)(?:ない|ません)/gu
const HINT_GIVEN = /ヒント(?:だけ|を少し|をひとつ|を一つ)?(?:[:：]|で(?:す|も)|を言う)|ちょっとだけ(?:言う|言います|教え)|ここだけの話/u
const MISUSE_FOUND =
  /(?:使い込み|使いこみ|着服|横領|不正(?:受給|支出|請求|経理|使用)|過大(?:交付|支出|支給|請求|計上)|二重(?:計上|払い|支払い?|請求|受給|申請)|水増し|架空(?:請求|計上|発注|出張))/gu
const TALLY_OR_SUM = /[0-9]{1,6}(?:[,.][0-9]{1,3})?(?:万|千|億)?(?:円|件|人|名)|[一二三四五六七八九十百千]{1,4}万円/u
const RELEASE_STILL_AHEAD =
  /(?:公表|発表|処分)(?:と|や)?(?:処分|公表|発表)?(?:は|も)?[、,]?(?:これから|今後|後日|追って|まだ(?:これから|先|です))|(?:来月|来週|後日|近日|月末|年度末|終了後|終わってから|(?:終了|完了)次第)[^。！？!?\n]{0,10}?(?:公表|発表)(?:の|予定|します|する|され|になり)|公表日まで|公表前|発表前/u
const RELEASED_ALREADY = /(?:公表|発表|公開)(?:しました|いたしました|済み|され(?:まし)?た(?!ら)|されて(?:い|お)(?:ます|る))|ホームページ|記者会見で/u
const MASKED_VALUE_TOLD =
  /(?:黒塗り|墨塗り|非開示|不開示|マスキング|伏せ)(?:に|と)?(?:し|され)?(?:た|ている|てある|の)?[^。！？!?\n、,]{0,8}?(?:部分|箇所|欄|ところ|項目|金額|数字|単価|額)(?:なんですが|ですが|だけど|ですけど|は|って|の中身は)?[、,]?[^。！？!?\n]{0,10}?(?:実は|本当は|ほんとは|実際は|中身は|ぶっちゃけ|ここだけの話)[、,]?[^。！？!?\n]{0,16}?[0-9]{1,7}(?:[,.][0-9]{1,3})?(?:万|千|億)?(?:円|%|パーセント|割)/gu
const DRAFT_PAPER_READ =
  /(?:報告書|答申|提言|調査結果|検証結果|報告)[^。！？!?\n]{0,12}?(?:案|素案|原案|草案|ドラフト|下書き)(?:の段階|段階)?(?:の(?:もの|もん|やつ))?(?:を|も)?(?:読ませて|見せて|読んで|読み|拝見し|目を通し)/gu
const DRAFT_CONTENT_TOLD = /と(?:書いて(?:あ|あり)|書かれて|記載され|結論づけ|指摘され)|によると/u
const DRAFT_NOT_PUBLIC = /まだ|公表され(?:たら|る前|れば)|公表前|発表前|未公表|非公表/u
const EXAM_ITEM_AHEAD =
  /(?:明日|あした|明後日|あさって|来週|週明け|今度|次回|本番)の[^。！？!?\n、,]{0,10}?(?:調査|テスト|試験|検定|考査)[、,は]?[^。！？!?\n]{0,12}?(?:(?:大問|小問|設問|第)[0-9一二三四五六七八九十]{1,2}(?:問)?(?:は|って|が)|出題(?:される(?:の|問題)|の(?:テーマ|内容))(?:は|って))/gu
const INSIDE_ONLY_RECORD =
  /(?:庁内|課内|部内|局内|署内|館内|職員|内部)(?:に|で|向け|間)?(?:だけ|のみ|限り)(?:で|に)?[^。！？!?\n]{0,4}?(?:回って|回され|出回って|配られ|配布され|共有され|回覧され)/gu

const BEFORE_BODY_GATE = new ParagraphGate([NOT_OUT_TILL_STEP, RELEASE_AFTER_UNSAYABLE, MISUSE_FOUND, MASKED_VALUE_TOLD, DRAFT_PAPER_READ, EXAM_ITEM_AHEAD, INSIDE_ONLY_RECORD])

/** The told-before-the-body-handles-it kinds (see the comment above NOT_OUT_TILL_STEP), run where the paragraph has no finding yet. */
function runBeforeBodyHandlesKinds({ input, t, spans, notAware, once }: Conf58Context): void {
  const { doc, emit } = input
  if (RELEASED_ALREADY.test(t)) return
  const q = BEFORE_BODY_GATE.scan(t)
  emitAll(q, doc, t, NOT_OUT_TILL_STEP, 'confidential/pre-release', emit, spans, once(notAware))
  emitAll(q, doc, t, RELEASE_AFTER_UNSAYABLE, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && HINT_GIVEN.test(t.slice(m.index))))
  if (TALLY_OR_SUM.test(t) && RELEASE_STILL_AHEAD.test(t)) emitAll(q, doc, t, MISUSE_FOUND, 'confidential/audit', emit, spans, once(notAware))
  emitAll(q, doc, t, MASKED_VALUE_TOLD, 'confidential/staff-only', emit, spans, once(notAware))
  if (DRAFT_NOT_PUBLIC.test(t)) emitAll(q, doc, t, DRAFT_PAPER_READ, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && DRAFT_CONTENT_TOLD.test(t.slice(m.index))))
  emitAll(q, doc, t, EXAM_ITEM_AHEAD, 'confidential/pre-release', emit, spans, once(notAware))
  if (TALLY_OR_SUM.test(t)) emitAll(q, doc, t, INSIDE_ONLY_RECORD, 'confidential/staff-only', emit, spans, once(notAware))
}

/*
 * Blind R404D, R402B: a recruitment exam's inside before its release, a penalty settled before its set release, a case conference's
 * record put up.
 * - The pass line of an exam told with its score while the results are still to come (気になるボーダーですが、…200点中126点あたりで線が
 *   引かれたと聞いてます。発表まではドキドキ; 合格ラインは7割ちょっとだったらしいです。結果発表は来週): PASS_LINE_TOLD with an exam named
 *   and RESULTS_AHEAD. A past year's line, a line published with the results and the scale of a notice (PASS_LINE_PUBLIC) stay clean.
 * - One candidate's result told before the release (結果の発表は来週金曜の予定ですが、お問い合わせの受験番号の方は一次を通過されています):
 *   CANDIDATE_RESULT_TOLD with RESULTS_AHEAD. A result said to be found on the list once it is out, or a step told as a condition
 *   (通過された場合は) stays clean.
 * - A field of an exam still to come told with the topics it will ask and how many (明日の一次試験、時事分野は今年「…」と「…」からそれぞれ
 *   2問ずつです): EXAM_FIELD_COUNTED with the exam ahead (EXAM_FIELD_AHEAD). The published scope (教養試験は社会科学・人文科学…から40問
 *   出題します; 出題範囲は募集要項のとおり) names no topic in quotes and gives no tip, and a past exam stays clean.
 * - A staff penalty settled whose release is set for later (処分は減給10分の1・1か月で固まりました。市としての公表は次週の定例会見で行い
 *   ます): PENALTY with PENALTY_DECIDED and PENALTY_RELEASE_SET; the set release is no announcement made (PENALTY_PUBLIC is read without it).
 * - A case conference's record or papers put up for followers (要保護児童対策地域協議会の個別ケース検討会議の記録、写真で上げておきます;
 *   名前は消してあるけん): CASE_RECORD_POSTED. Records kept or handled, a rule against posting them and a published report stay clean.
 */
const PASS_LINE_WORD = '(?:ボーダー(?:ライン)?|合格ライン|合格点|合格最低点|最低合格点|合格基準点|合否(?:の)?(?:ライン|基準点)|足切り(?:ライン|点)?)'
const PASS_LINE_TOLD = new RegExp(
  `${PASS_LINE_WORD}(?:は|が|って|ですが|なんですが|だけど|ですけど|やけど|、|,)[、,]?[^。！？!?\\n]{0,40}?[0-9]{1,3}(?:\\.[0-9])?(?:点|割|%|パーセント)` +
    `|[0-9]{1,3}点(?:あたり|前後|くらい|ぐらい|ほど|付近|辺り|ちょっと|ちょうど|台)?(?:で|に)[、,]?(?:線|ライン|ボーダー|足切り)(?:が|を)?(?:引かれ|引い|引く|引き|なっ|なる|なり|決ま)`,
  'gu',
)
const PASS_LINE_EXAM = /試験|選考|受験|入試|検定|一次|二次|最終/u
const PASS_LINE_PUBLIC = /昨年|去年|前年|過去|例年|年度の|これまで|公表して|公表しま|公表いたし|発表しま|発表いたし|掲載|ホームページ|市HP|募集要項|受験案内|満点(?:で|中)|満点です|配点/u
const RESULTS_AHEAD =
  /(?:合格発表|結果発表|発表|公表|通知|合否|結果)(?:は|が|も)?[、,]?[^。！？!?\n]{0,12}?(?:まだ|これから|来週|来月|明日|あす|明後日|後日|週明け|近日|[月火水木金土日]曜)|(?:合格発表|結果発表|発表|公表|通知)(?:まで|の前|前|を待|待ち)/u
const RESULTS_OUT = /(?:発表|公表|掲載)(?:しました|いたしました|済み|されました|されています)|合格者(?:の)?(?:受験番号)?(?:を|は)(?:発表|掲載|公表)/u
const CANDIDATE_RESULT_TOLD =
  /(?:お問い?合わ?せ(?:の|いただいた|いただきました|のあった)[^。！？!?\n、,]{0,8}?|受験番号[0-9]{0,6}(?:番)?の|[0-9]{2,6}番の|息子さん|娘さん|お子さん|お子様|ご本人|あなた|貴方)(?:方|かた|受験者)?(?:は|も|ですが|ですけど|、|,)[、,]?[^。！？!?\n]{0,16}?(?:(?:通過|合格|突破|内定)(?:され(?:てい|てお|まし)|し(?:てい|てお|まし)|です|でした|となって|となりま|になって|になりま)|不合格(?:です|でした|とな|にな)|(?:通っ|落ち|残っ)(?:てい|てま|てお|ちゃ|とる|たよ|たので)|(?:二次|三次|次|最終)(?:試験|面接|選考)?(?:に|へ)(?:進まれ|進めます|進めること|進んで|進むこと))/gu
const EXAM_FIELD_COUNTED =
  /(?:分野|科目|領域|ジャンル|時事|問題|出題|試験|テスト)(?:は|では|で|から|って)[、,]?(?:今年|今回|本番|今度)?(?:は|も)?[、,]?(?:「[^「」\n]{1,20}」(?:と|や|、|,)?){1,4}(?:から|について|に関して|で)[^。！？!?\n]{0,8}?[0-9一二三四五六七八九十]{1,2}問/gu
const EXAM_FIELD_AHEAD = /明日|あした|あす|明後日|あさって|来週|今度の|次回|本番|受験生|受験予定|受験される|追い込み|直前/u
const EXAM_FIELD_OVER = /でした|出ました|出題されました|お疲れ|おつかれ|終わりました|終了しました|昨年|去年|前年|前回|過去問|例年/u
const PENALTY_RELEASE_SET =
  /(?:公表|発表)(?:は|を|が|も)?[、,]?[^。！？!?\n]{0,8}?(?:次週|翌週|来週|来月|翌月|後日|近日|週明け|今週中|今月中|月内|週内|月末|年明け|次の|次回)[^。！？!?\n]{0,16}?(?:行い(?:ます|たい)|行う|いたします|します|する|され(?:ます|る)|予定|見込み|になります|となります|です)|(?:次週|翌週|来週|来月|後日|週明け|次回)の[^。！？!?\n]{0,12}?(?:会見|記者発表|議会|委員会)で(?:公表|発表)(?:します|する|いたします|され(?:ます|る)|の予定|予定)/u
const PENALTY_CASE_MATTER = /事故|違反|紛失|漏えい|漏洩|ミス/u
const CASE_RECORD_POSTED = new RegExp(
  `${CASE_MEETING_NAME}(?:\\([^()\\n]{1,16}\\))?(?:の)?(?:(?:実務者|個別ケース検討|ケース検討|ケース)会議)?(?:の)?(?:配布|配付|当日の)?(?:記録|資料|議事録|会議録|ケース記録|議事メモ|メモ|レジュメ|名簿|一覧|シート)(?:の(?:写し|コピー|一部|写真|画像|抜粋))?(?:を|も|は|、|,)?[、,]?[^。！？!?\\n]{0,16}?(?:上げ(?:て|と|ま)|あげ(?:て|と|ま)|アップ|載せ|のせ|掲載し|投稿|貼っ|貼り|添付し|公開し|お見せ|見せ(?:ま|ちゃ|て)|写真で|画像で|スクショ)`,
  'gu',
)
const CASE_RECORD_KEPT = /(?:ない|ません|禁止|ダメ|だめ|いけ|厳禁|控え|保管|管理|回収|代表者会議)/u

const EXAM_AND_CASE_GATE = new ParagraphGate([PASS_LINE_TOLD, CANDIDATE_RESULT_TOLD, EXAM_FIELD_COUNTED, PENALTY_RELEASE_SET, CASE_RECORD_POSTED])

/** The exam, penalty and case-record kinds (see the comment above PASS_LINE_WORD), run where the paragraph has no finding yet. */
function runExamAndCaseRecordKinds({ input, t, spans, notAware, once, published }: Conf58Context): void {
  const { doc, emit } = input
  const q = EXAM_AND_CASE_GATE.scan(t)
  const sentenceText = (m: RegExpExecArray): string => sentenceOf(t, m.index, m.index + m[0].length)
  const resultsAhead = RESULTS_AHEAD.test(t) && !RESULTS_OUT.test(t) && !published(t)
  // An exam's pass line told with its score before the results.
  if (resultsAhead && PASS_LINE_EXAM.test(t)) emitAll(q, doc, t, PASS_LINE_TOLD, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !PASS_LINE_PUBLIC.test(sentenceText(m))))
  // One candidate's result told before the release.
  if (resultsAhead) {
    emitAll(q, doc, t, CANDIDATE_RESULT_TOLD, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !/^(?:た|し|され)?(?:場合|ら|際|時|とき|れば)/u.test(t.slice(m.index + m[0].length))))
  }
  // A field of an exam to come told with its topics and count.
  if (EXAM_FIELD_AHEAD.test(t) && PASS_LINE_EXAM.test(t)) emitAll(q, doc, t, EXAM_FIELD_COUNTED, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !EXAM_FIELD_OVER.test(sentenceText(m)) && !published(t)))
  // A staff penalty settled whose release is set for later.
  if (q.has(PENALTY_RELEASE_SET) && STAFF.test(t)) {
    if (!PENALTY_PUBLIC.test(t.replace(PENALTY_RELEASE_SET, '。'))) {
      emitAll(q, doc, t, PENALTY, 'confidential/personnel', emit, spans, once((m) => {
        if (/^(?:処分|戒告|訓告)/u.test(m[0]) && !(MISCONDUCT.test(t) || PENALTY_CASE_MATTER.test(t))) return false
        return notAware(m) && PENALTY_DECIDED.test(t.slice(m.index + m[0].length, m.index + m[0].length + 24))
      }))
    }
  }
  // A case conference's record or papers put up.
  emitAll(q, doc, t, CASE_RECORD_POSTED, 'confidential/meeting', emit, spans, once((m) => notAware(m) && !CASE_RECORD_KEPT.test(t.slice(m.index + m[0].length, sentenceAround(t, m.index, m.index + m[0].length).end)) && !CASE_RECORD_KEPT.test(m[0]) && !published(sentenceText(m))))
}

/*
 * A named business's dealings with the city told before their owner releases them (blind R401A):
 * - A siting still courted: the company's candidate sites narrowed (新工場の候補地は3か所まで絞られていて、柳川が本命), its signing still
 *   being worked towards (協定の調印は年明けを目指して詰めている), or the city's terms put to it with its decision ahead (市からは固定資産税の
 *   5年間免除…をご提示…判断は来月になる見込み): SITES_NARROWED, SIGNING_AIMED or INCENTIVE_OFFERED with a company named (BUSINESS_NAMED)
 *   and nothing concluded or announced (SITING_CONCLUDED). A 立地協定 signed and announced, a ceremony's notice and an incentive programme
 *   explained to all stay clean.
 * - A named business's loan screening result (保証協会の審査で担保が足りないと判断され…見送り), its loan's sum (最大口は…さんの3,000万円) or
 *   its credit standing (返済が一番危ない): LOAN_SCREENED, LOANED_SUM or REPAYMENT_DOUBTED with the business named in a loan's paragraph.
 *   A loan programme's notice (融資限度額2,000万円) and a fraud warning (審査なしで即日融資) name no business.
 * - A grant's or screening's result told before its release (結果の公表は来週ですが、…さんは…通過です): RESULT_BEFORE_RELEASE. A
 *   result released and a release date given alone stay clean.
 * - A business's closure plan learnt in consultation, its staff or the public not yet told (来年3月で工場を閉めたいとご相談…従業員の皆さんには
 *   まだ伝えていない): CLOSURE_PLANNED with CLOSURE_UNTOLD.
 */
/** A business named with its trade or corporate form (有明ケミカル工業さん, みなと食品(株), 筑紫家具製作所さま, 株式会社…). */
const BUSINESS_NAMED =
  /[\p{Script=Han}\p{Script=Katakana}A-Za-zー・]{1,12}(?:工業|製作所|化学|ケミカル|食品|フーズ|電子|電機|電装|電気|産業|商事|商店|商会|運送|運輸|物流|建設|工務店|製菓|酒造|精工|精機|家具|興業|水産|製薬|繊維|縫製|印刷|鉄工|技研|工房|旅館|ホテル)(?:さん|様|さま|社|\([株有]\))|[\p{Script=Han}\p{Script=Katakana}ー]{2,12}(?:株式会社|有限会社|ホールディングス|\([株有]\))|(?:株式会社|有限会社|\([株有]\))[\p{Script=Han}\p{Script=Katakana}ー]{2,12}/u
const SITES_NARROWED =
  /(?:候補地|建設地|建設予定地|進出先|立地先|移転先|候補)(?:は|が|も)[、,]?[^。！？!?\n]{0,20}?(?:絞られ|絞り込|絞って|絞った|二択|本命|最有力|有力|一本化)/gu
const SIGNING_AIMED =
  /(?:協定|契約|覚書|進出|立地)(?:の)?(?:調印|締結|正式決定)(?:は|を|に向け(?:て)?)[、,]?[^。！？!?\n]{0,12}?(?:目指|詰め|調整し|調整中|大詰め|見込)/gu
const INCENTIVE_OFFERED =
  /(?:市|当市|本市|こちら|当方)(?:から|として|側から)(?:は|も)?[、,]?[^。！？!?\n]{0,30}?(?:免除|減免|軽減|無償|奨励金|補助|助成|優遇|貸与)[^。！？!?\n]{0,16}?(?:ご)?(?:提示|提案|お示し|打診)(?:して|し|いたし|させて)/gu
const SITING_WORD = /工場|進出|立地|誘致|拠点|事業所|センター|本社|用地|工業団地|産業団地/u
const DECISION_AHEAD = /(?:判断|回答|返事|返答|結論|決定|決断)(?:は|が)[、,]?[^。！？!?\n]{0,12}?(?:来月|来週|来年|年明け|見込|待ち|これから|まだ|予定)/u
const SITING_CONCLUDED =
  /締結(?:し|いたし)(?:まし)?た|協定を(?:結び|結んだ|結びました)|調印(?:し|いたし)(?:まし)?た|調印式を(?:行|執り行|開催)|(?:立地|進出|誘致)(?:が|を)?(?:決定し|決まりました|正式に決ま)|(?:発表|公表)(?:しました|いたしました|されました)|記者発表|操業を(?:開始|始め)|竣工|ホームページ|市HP/u
const LOAN_WORD = /融資|貸付|貸し付け|借入|借り入れ|保証協会|信用保証|与信|(?:銀行|金融機関)の審査/u
const LOAN_SCREENED =
  /(?:保証協会|信用保証|融資|貸付|金融機関|銀行|与信)(?:の|で|側の)?(?:審査|判断)(?:の結果)?(?:で|では|に|が|は)[、,]?[^。！？!?\n]{0,30}?(?:見送り|否決|通らな|通りませ|通らず|通りまし|通った|通って|落ち|不承認|承認(?:され|とな|が下り|が出)|通過|減額|足りな|不足|謝絶|断ら|難し|NG|ダメ|だめ)/gu
/** …with a sum in ten thousands right after it, or after the loan's word (…さんの3,000万円, …さんへの融資額は5千万円). */
const LOANED_SUM = new RegExp(
  `(?:${BUSINESS_NAMED.source})(?:の|へ(?:の)?|に|は)[、,]?(?:(?:融資|貸付|借入|借り入れ)(?:額|残高)?(?:は|が)?[、,]?)?(?:約|およそ)?[0-9〇一二三四五六七八九十百千][0-9〇一二三四五六七八九十百千,.]{0,8}(?:万|億)[0-9〇一二三四五六七八九十百千,.]{0,8}円`,
  'gu',
)
const REPAYMENT_DOUBTED = /(?:返済|延滞|滞納|焦げ付|貸し倒れ)(?:が|は|も|の)?[^。！？!?\n]{0,8}?(?:危な|危う|厳し|怪し|滞って|遅れて|心配|ヤバ|やば|焦げ付)/gu
const RESULT_BEFORE_RELEASE =
  /(?:結果|採択結果|審査結果|選考結果|採否)(?:の)?(?:公表|発表|通知|お知らせ|公開)(?:は|が)[、,]?[^。！？!?\n]{0,12}?(?:来週|来月|明日|あす|後日|週明け|これから|まだ|予定|月末)(?:の予定)?(?:です|だ)?(?:が|けど|けれど|けども)[、,]?[^。！？!?\n]{0,40}?(?:さん|様|さま|社|団体|会)(?:は|が|も|とも)[、,]?[^。！？!?\n]{0,24}?(?:通過|採択|内定|不採択|落選|選ばれ|通って|通り|決まり)/gu
const CLOSURE_PLANNED =
  /(?:(?:工場|店|店舗|お店|事業|会社|営業|操業|事業所|支店|営業所|旅館|ホテル|医院|工房|農園|酒蔵)(?:(?:を|は|も)[、,]?[^。！？!?\n]{0,10}?)?(?:閉め|畳|たた|閉じ|やめ|止め|閉鎖|廃業|撤退)|閉店|閉院|廃業|撤退|解散)(?:し|す|み|む|る)?(?:たい|る(?:予定|方向|つもり|こと)|予定|方向|つもり|こと|意向|ようと|ざるを得)/gu
const CLOSURE_UNTOLD =
  /(?:従業員|社員|スタッフ|パート|従業者|取引先|お客)[^。！？!?\n]{0,8}?(?:に|へ)(?:は|も)?[、,]?(?:まだ)?[、,]?(?:伝え|知らせ|話し|話せ|言っ|言え|説明し|公表し|発表し)(?:て)?(?:い|お)?(?:ない|ません|ず|ておら)|まだ[、,]?(?:従業員|社員|スタッフ|パート|従業者|取引先|お客)[^。！？!?\n]{0,8}?(?:に|へ)(?:は|も)?[、,]?(?:伝え|知らせ|話し|話せ|言っ|言え|説明し)(?:て)?(?:い|お)?(?:ない|ません|ず)|(?:公表|発表)(?:前|はまだ|されていない)/u

const BUSINESS_DEALINGS_GATE = new ParagraphGate([SITES_NARROWED, SIGNING_AIMED, INCENTIVE_OFFERED, LOAN_SCREENED, LOANED_SUM, REPAYMENT_DOUBTED, RESULT_BEFORE_RELEASE, CLOSURE_PLANNED])

/** The named-business-dealings kinds (see the comment above BUSINESS_NAMED), run where the paragraph has no finding yet. */
function runBusinessDealingsKinds({ input, t, spans, notAware, once, published }: Conf58Context): void {
  const { doc, emit } = input
  const q = BUSINESS_DEALINGS_GATE.scan(t)
  if (BUSINESS_NAMED.test(t) && !SITING_CONCLUDED.test(t) && !published(t)) {
    if (SITING_WORD.test(t)) emitAll(q, doc, t, SITES_NARROWED, 'confidential/negotiation', emit, spans, once(notAware))
    if (SITING_WORD.test(t)) emitAll(q, doc, t, SIGNING_AIMED, 'confidential/negotiation', emit, spans, once(notAware))
    if (SITING_WORD.test(t) || DECISION_AHEAD.test(t)) emitAll(q, doc, t, INCENTIVE_OFFERED, 'confidential/negotiation', emit, spans, once(notAware))
  }
  if (BUSINESS_NAMED.test(t) && LOAN_WORD.test(t)) {
    emitAll(q, doc, t, LOAN_SCREENED, 'confidential/duty-secret', emit, spans, once(notAware))
    emitAll(q, doc, t, LOANED_SUM, 'confidential/duty-secret', emit, spans, once(notAware))
    emitAll(q, doc, t, REPAYMENT_DOUBTED, 'confidential/duty-secret', emit, spans, once(notAware))
  }
  if (!published(t)) emitAll(q, doc, t, RESULT_BEFORE_RELEASE, 'confidential/pre-release', emit, spans, once(notAware))
  if (CLOSURE_UNTOLD.test(t)) emitAll(q, doc, t, CLOSURE_PLANNED, 'confidential/duty-secret', emit, spans, once(notAware))
}

/**
 * Blind R405E/R408H kinds: a tender's or a screening's internals told before the opening, the award or the notice.
 * (a) A tender's price named by its reading in kana, as a mascot or a child would write it (さいていせいげんかかく 7,350,000えん;
 * よていかかくは1,200まんえん): the same secret as 最低制限価格は…円. A reading with no value stays clean.
 * (b) The lowest quote so far in a 見積合わせ or a tender still open, with its amount (現時点でいちばん安い見積はA事務機さんの283万円;
 * 今のところ最安値は…): the figure the others would undercut. A quote chosen once the contract is made stays clean.
 * (c) The price refused, then given as a rough figure a clause later (金額は言えんとよ〜。まあ去年とだいたい同じで、1,480万ばちょこっと
 * 超えるくらい; 予定価格はお答えできませんが、2千万円弱とだけ): the hint is the price. A refusal with no figure stays clean.
 * (d) Who came forward for a tender, said as a cleft (申し込みがあったのは…さんと…さんの2社だけでした), while the opening is still to come
 * (開札は今週金曜です). A count after the opening, a past tender's and a briefing's sign-ups stay clean.
 * (e) Bid-rigging suspected and still being looked into (受注する順番を業者同士で事前に決めていた形跡があり…調べています; 談合の疑いが
 * あって調査中): an inquiry the city has not made public. A penalty announced, an arrest reported and a lesson on 談合 stay clean.
 * (f) A screening's result, the ones chosen named, while their notice is still to come in the paragraph (審査の結果…さんと…さんが通過です。
 * ご本人たちへの連絡は来週なので): the result before those it concerns hear it. A result published, or a notice with no one named, stays clean.
 * (g) A preliminary figure held by the section, given while the formal release is said to come later (正式には決算がまとまってからの公表に
 * なりますが、担当で把握している速報値では…約6億3千万円). A preliminary the city releases as such (a festival's 速報値), or another
 * body's, stays clean.
 */
const KANA_BID_PRICE = /(?:さいていせいげんかかく|にゅうさつよていかかく|よていかかく|ちょうさきじゅんかかく|せっけいきんがく)(?:は|が|:|：|って)?[\s「」]{0,2}(?:[0-9][0-9,.]{0,12}(?:えん|円|まんえん|万円|万)|[〇一二三四五六七八九十百千万億]{1,12}(?:えん|円))/gu
const KANA_PRICE_PUBLISHED = /じぜんこうひょう|事前公表|こうひょうされ|公表され/u
const LOWEST_QUOTE = new RegExp(
  `(?:いちばん|一番|最も|もっとも)(?:安い|低い|安かった|低かった)(?:見積(?:もり|り)?|見積(?:もり|り)?(?:額|金額)|金額|提示額|価格|札)(?:は|が)[、,]?[^。！？!?\\n]{0,24}?${VALUE}` +
    `|最安(?:値)?(?:の見積(?:もり|り)?)?(?:は|が)[、,]?[^。！？!?\\n]{0,24}?${VALUE}`,
  'gu',
)
const QUOTES_CONTEXT = /見積(?:もり|り)?合わ?せ|相見積|随意契約|随契|入札|プロポーザル/u
const QUOTES_STILL_OPEN = /締(?:め)?切(?:り)?(?:は|が)?[^。！？!?\n]{0,6}?(?:来週|明日|あす|来月|まだ|これから|今週|週明け)|現時点|今のところ|いまのところ|現段階|途中経過|まだ(?:受付|受け付け)|受付中|開札(?:は|が)?[^。！？!?\n]{0,8}?(?:今週|来週|明日|あす|週明け|まだ|これから)|(?:来週|明日|あす|今週)の?(?:開札|締(?:め)?切)/u
const QUOTES_DONE = /契約(?:を)?(?:締結|しました|いたしました|を結び)|落札(?:者|業者|金額|額|し|となり)|決定しました|に決まりました|入札結果|開札結果|公表し/u
const PRICE_REFUSED_HINT =
  /(?:金額|価格|予定価格|最低制限価格|値段|いくら)(?:は|を|も|まで)?[^。！？!?\n]{0,10}?(?:言え|いえ|教えられ|教えれ|お伝えでき|お答えでき|明かせ|出せ|申し上げられ)(?:ん|ない|ません|なか)[^。！？!?\n]{0,8}?(?:[。！？!?\n]|が|けど|けれど|ばってん|〜|ー)[^\n]{0,40}?(?:[0-9][0-9,.]{0,12}(?:億|万)|[〇一二三四五六七八九十百千]{1,6}(?:億|万))[^。！？!?\n]{0,8}?(?:くらい|ぐらい|程度|ほど|前後|超え|こえ|ちょっと|ちょこっと|弱|強|台|あたり|付近|近く)/gu
const ENTRANTS_CLEFT = new RegExp(
  `(?:申し?込み|申込|参加申請|参加表明|参加の申し?込み|応募|応札|入札書の提出)(?:が|の)(?:あった|来た|きた|届いた|出てきた|出た)(?:の|ところ|業者|会社)(?:は)[、,]?[^。！？!?\\n]{0,40}?(?:${BID_ENTRANT_COUNT}|${BID_COMPANY}|[\\p{Script=Han}\\p{Script=Katakana}ー]{2,12}(?:さん|様))`,
  'gu',
)
const OPENING_AHEAD = /開札(?:日)?(?:は|が)[^。！？!?\n]{0,10}?(?:今週|来週|明日|あす|明後日|週明け|[月火水木金土日]曜)(?![^。！？!?\n]{0,12}?(?:行いました|しました|終わ|済))|(?:今週|来週|明日|あす)[^。！？!?\n]{0,4}?の?開札/u
const RIGGING_PROBED =
  /(?:談合|受注調整|(?:受注|落札)(?:する|の)?(?:順番|順序|業者|予定者|者)を[^。！？!?\n]{0,14}?(?:決め|割り振|調整し))[^。！？!?\n]{0,24}?(?:形跡|疑い|疑惑|可能性|情報|証拠|うわさ|噂|通報)[^。！？!?\n]{0,30}?(?:(?:調べて|調査して|捜査して|確認して)(?:い|お)(?:ます|る|ります)|調べとる|調べよる|調べちょる|調査中|捜査中|確認中|内偵中|調査を進めて(?:い|お)(?:ます|る|ります))/gu
const RIGGING_PUBLIC = /公表|発表しました|処分|指名停止|排除措置|課徴金|逮捕|起訴|報道/u
/** …said of what is done whenever it happens, not of a case (談合の情報が寄せられた場合は…確認しています). */
const RIGGING_GENERAL = /場合|際(?:は|に)|とき(?:は|に)|たら|れば|ように/u
const RESULT_NAMED_AHEAD =
  /(?:審査|選考|選定|抽選|書類審査|面接)(?:の)?結果[、,]?[^。！？!?\n]{0,40}?(?:さん|様|さま|社|氏)[」』]?(?:が|は|も)[、,]?(?:無事)?(?:通過|採択|合格|選定|当選|内定|決定|選ばれ|決まり)/gu
const NOTICE_STILL_TO_COME = new RegExp(
  `${NOTIFIED_PARTY}(?:たち|達)?(?:へ|に)(?:の|対する)?(?:ご)?(?:通知|連絡|お知らせ|お伝え|結果通知)(?:は|が)[、,]?(?:まだ|これから|未だ|来週|明日|後日|週明け|来月|[0-9]{1,2}日)`,
  'u',
)
const PRELIM_BEFORE_FORMAL =
  /正式(?:に|な|の)?(?:は)?[^。！？!?\n]{0,20}?(?:公表|発表|公開|お知らせ)(?:に(?:なり|な)|となり|する予定|の予定|予定|し(?:ます|ますの))[^。！？!?\n]{0,6}?(?:が|けど|けれど|けれども|ばってん)[、,]?[^。！？!?\n]{0,12}?(?:担当|課内|係内|庁内|内部|手元|こちらで|当課|把握して)[^。！？!?\n]{0,12}?(?:速報値?|暫定値?|見込み値?|途中経過|仮の数字|概算|集計|数字)(?:では|で(?:は)?|だと|やと|によると|によれば|は)[、,]?[^。！？!?\n]{0,30}?(?:[0-9０-９〇一二三四五六七八九十百千][0-9０-９〇一二三四五六七八九十百千万億,.]*(?:億|万|円|件|人|%|％|割))/gu
const PRELIM_OTHERS = /(?:発表|公表)(?:した|された|されている)(?:速報|暫定|見込み)|(?:国|県|総務省|財務省)の(?:速報|暫定)/u

const BID_SCREENING_AHEAD_GATE = new ParagraphGate([
  KANA_BID_PRICE, LOWEST_QUOTE, PRICE_REFUSED_HINT, ENTRANTS_CLEFT, RIGGING_PROBED, RESULT_NAMED_AHEAD, PRELIM_BEFORE_FORMAL,
])

/** The tender and screening internals told ahead (see the comment above KANA_BID_PRICE), run where the paragraph has no finding yet. */
function runBidAndScreeningAheadKinds({ input, t, spans, notAware, once, published }: Conf58Context): void {
  const { doc, emit } = input
  const q = BID_SCREENING_AHEAD_GATE.scan(t)
  if (!KANA_PRICE_PUBLISHED.test(t)) emitAll(q, doc, t, KANA_BID_PRICE, 'confidential/pre-release', emit, spans, once(notAware))
  if (QUOTES_CONTEXT.test(t) && QUOTES_STILL_OPEN.test(t) && !QUOTES_DONE.test(t)) emitAll(q, doc, t, LOWEST_QUOTE, 'confidential/pre-release', emit, spans, once(notAware))
  if (BID_CONTEXT.test(t) && !BID_DONE.test(t) && !BID_PUBLIC.test(t)) emitAll(q, doc, t, PRICE_REFUSED_HINT, 'confidential/pre-release', emit, spans, once(notAware))
  if (BID_CONTEXT.test(t) && OPENING_AHEAD.test(t) && !BID_DONE.test(t) && !QUOTES_DONE.test(t)) {
    emitAll(q, doc, t, ENTRANTS_CLEFT, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !BID_ENTRANTS_PUBLIC.test(sentenceOf(t, m.index, m.index + m[0].length))))
  }
  if (!RIGGING_PUBLIC.test(t)) emitAll(q, doc, t, RIGGING_PROBED, 'confidential/investigation', emit, spans, once((m) => notAware(m) && !RIGGING_GENERAL.test(m[0])))
  if (NOTICE_STILL_TO_COME.test(t) && !published(t)) emitAll(q, doc, t, RESULT_NAMED_AHEAD, 'confidential/pre-release', emit, spans, once(notAware))
  if (!PRELIM_OTHERS.test(t) && !PRELIM_AS_RELEASE.test(t)) emitAll(q, doc, t, PRELIM_BEFORE_FORMAL, 'confidential/pre-release', emit, spans, once(notAware))
}

/*
 * Blind wave 81 kinds (R409J, R411L): a case still open, a contractor's quote and an exam's content, told by staff who know them on duty.
 * - Blind R409J-020 kind: someone said to be questioned on suspicion of an offence, now or just reported to the writer (運動員が…の疑いで
 *   事情聴取を受けていて; 社長が詐欺の疑いで警察の取り調べを受けているらしい; 放火の容疑で任意で事情を聴かれている): QUESTIONED_ON_SUSPICION.
 *   The city's own statement with its apology, a case announced or reported by the press, a warning of what can happen (…を受けることが
 *   あります), a rumour denied, a film's or a novel's plot and a story from history stay clean.
 * - Blind R411L-024 kind: a case being built for prosecution, told while the evidence is still being gathered (立件に向けて証拠を集めている
 *   ところ; 書類送検する方向で裏付けを固めている; 告発に向けて資料をそろえています): PROSECUTION_PREPARED. A deterrent said of any case
 *   (刑事告発も視野に厳正に対処します), a lesson (立件に向けた証拠の集め方), a complaint already filed and an appeal for information stay clean.
 * - Blind R411L-023 kind: what a contractor's quote or proposal says, with its figure and how it moved (来期の見積もりを見たら人件費を2割も
 *   削って; 見積書を見ると燃料費を3割も上乗せ; 提案書、人件費が他社より1,200万円も安い): QUOTE_CONTENT with a business named and a contract
 *   in the paragraph, a firm's business secret. A call for quotes, how proposals are judged, a selection result published, advice on
 *   taking quotes from any trader (業者さんから見積もりを取る際は…) and a household's own repair quote stay clean.
 * - Blind R411L-049 kind: one who sets an exam tips candidates on what to study (作問側からこっそりヒント…第5条と第6条あたりを読んでおく;
 *   出題担当としてこっそり教えちゃうと、…のところは要チェック): SETTER_VOICE with a study tip (STUDY_TIP) on a named part (STUDY_PART) or
 *   said in secret. The published scope, what a setter says at the exam's briefing, a setter's word on how to sit the exam, a study method and
 *   a word after the exam stay clean.
 */
const QUESTIONED_ON_SUSPICION =
  /(?:疑い|容疑|嫌疑)(?:で|により|をかけられて)[、,]?[^。！？!?\n]{0,12}?(?:(?:事情聴取|取り調べ|取調べ|任意聴取|聴取|事情を(?:聞か|聴か|訊か)|家宅捜索|捜索|任意同行)(?:を)?(?:受け|され|れ)(?:てい|ており|とる|てる|よる|ちょる|たそう|たらしい|たみたい|たって|たと聞|たとのこと)|(?:事情聴取|取り調べ|取調べ|聴取)中)/gu
/** The city's own statement, a case announced or reported, an apology. */
const CASE_TOLD_OPENLY = /お詫び|おわび|申し訳|ご迷惑|ご心配をおかけ|報道|新聞|ニュース|発表し|公表し|記者会見|発表によ|逮捕(?:され|し)ま|逮捕され(?:た|て)|からのお知らせ|(?:分かり|わかり|判明し)次第|改めて(?:お知らせ|ご報告)/u
/** The case quoted as a rumour and denied (…という噂は事実ではありません). */
const RUMOUR_DENIED = /事実ではあり|事実ではない|事実無根|誤りです|デマ|根拠のない/u
/** A plot (映画, 小説) or a story from history (明治時代, 伝わっています). */
const STORY_OR_HISTORY = /映画|ドラマ|小説|物語|舞台|演劇|上映|上演|作品|ミステリー|推理|時代|明治|大正|昭和|江戸|戦前|戦時|当時|伝わ|史料|古文書|郷土史|年前/u
const PROSECUTION_PREPARED =
  /(?:立件|書類送検|送検|刑事告発|告発|告訴|摘発|起訴)(?:に向けて|に向けた|をにらんで|を視野に(?:入れて)?|の方向で|する方向で|を目指して|するため(?:に)?|できるよう(?:に)?)[、,]?[^。！？!?\n]{0,20}?(?:証拠|裏付け|裏づけ|資料|調べ|捜査|調査|聞き取り|聴き取り|確認|準備|詰め)(?:を|が|も)?[^。！？!?\n]{0,6}?(?:集め|固め|そろえ|揃え|進め|詰め|重ね|積み上げ|し)(?:てい|ており|とる|てる|よる|ちょる)/gu
/** An appeal for information or a notice of the city's handling: told to all. */
const CASE_APPEAL = /ご協力(?:を|くだ|お願)|通報(?:を|して|くだ)|110番|#9110|情報提供をお願い|心当たり|ご連絡くだ|お寄せくだ|次第|改めて(?:お知らせ|ご報告)/u
const QUOTE_CONTENT =
  /(?:見積(?:もり|り)?(?:書|額|金額)?|提案書|提案額|提示額|入札書|応札額)(?:を見たら|を見ると|を見る限り|を開けたら|では|だと|によると|によれば|には|で(?:は|も)?|が届いた(?:けど|けれど|が|ら)|(?:は|が)|[、,])[、,]?[^。！？!?\n]{0,30}?(?:[0-9０-９一二三四五六七八九十百千][0-9０-９,，.一二三四五六七八九十百千万億]{0,10}(?:割|%|％|パーセント|万円|億円|円)|半分|倍)(?:も|ほど|近く|以上|くらい|ぐらい)?[^。！？!?\n]{0,10}?(?:削|下げ|減ら|カット|圧縮|上乗せ|上げ|増や|盛っ|積み増|安く|高く|抑え|値引|安い|高い|安かっ|高かっ)/gu
/** The quote's author: a business named (…さん, クリーンやながわさん, …社, 株式会社…), not everyone (皆さん), a customer or any trader (業者さん). */
const QUOTING_FIRM = /[\p{Script=Han}\p{Script=Katakana}A-Za-zＡ-Ｚ][\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}A-Za-zＡ-Ｚー・]{1,15}(?<![皆客]|みな|お子|お母|お父|業者|工事屋|大工)(?:さん|様|さま|社|\([株有]\))|株式会社|有限会社|[A-ZＡ-Ｚ]社/u
const CONTRACT_CONTEXT = /指定管理|委託|入札|契約|来期|来年度|次期|更新|随意契約|随契|発注|業者|事業者|受託|プロポーザル/u
const QUOTE_SETTLED = /選定結果|審査結果|入札結果|落札(?:者|業者|金額|額|し|となり)|契約(?:を)?(?:締結|しました|いたしました)|公表|発表し|ホームページ|市HP/u
const SETTER_VOICE =
  /(?:作問|出題|問題作成|試験問題(?:の)?作成|問題(?:を)?作っ(?:た|てる|ている))(?:側|者|担当(?:者)?|委員|チーム(?:の一人)?|メンバー|(?:の|する|した)?(?:立場|側|人間))(?:から|として|より|的には|目線で)/gu
const STUDY_TIP = /読んでおく|読んどく|読んでおけ|読んでおい|読み込んで|目を通して|目を通しておい|押さえて|おさえて|抑えて|押さえとい|覚えて|覚えとい|復習して|勉強して|確認しておい|見ておく|見ておい|見とい|要チェック|チェックして|狙い目|ヤマ|出ます|出るよ|出るかも|損はない/u
const STUDY_PART = /第[0-9０-９一二三四五六七八九十百]+(?:条|章|節|項|問)|条文|[\p{Script=Han}]{2,12}法|のところ|あたり|周辺|分野|単元/u
const SAID_IN_SECRET = /こっそり|内緒|ないしょ|ナイショ|ここだけ|特別に|🤫/u
const EXAM_WORD81 = /試験|検定|考査|選考|テスト|入試/u
/** The exam's own guide or briefing: what it says is told to all. */
const EXAM_GUIDE81 = /説明会|募集要項|試験案内|受験案内|実施要項|ホームページ|市HP|公表/u

const WAVE81_GATE = new ParagraphGate([QUESTIONED_ON_SUSPICION, PROSECUTION_PREPARED, QUOTE_CONTENT, SETTER_VOICE])

/** The wave-81 kinds (see the comment above QUESTIONED_ON_SUSPICION), run where the paragraph has no finding yet. */
function runOpenCaseQuoteAndSetterKinds({ input, t, spans, notAware, once, published }: Conf58Context): void {
  const { doc, emit } = input
  const q = WAVE81_GATE.scan(t)
  const sentenceText = (m: RegExpExecArray): string => sentenceOf(t, m.index, m.index + m[0].length)
  if (!published(t) && !CASE_TOLD_OPENLY.test(t)) {
    emitAll(q, doc, t, QUESTIONED_ON_SUSPICION, 'confidential/investigation', emit, spans, once((m) => notAware(m) && !STORY_OR_HISTORY.test(t) && !RUMOUR_DENIED.test(t) && !INQUIRY_IN_PRACTICE.test(sentenceText(m))))
    if (!CASE_APPEAL.test(t)) emitAll(q, doc, t, PROSECUTION_PREPARED, 'confidential/investigation', emit, spans, once((m) => notAware(m) && !INQUIRY_IN_PRACTICE.test(sentenceText(m))))
  }
  if (q.may(QUOTE_CONTENT) && QUOTING_FIRM.test(t) && CONTRACT_CONTEXT.test(t) && !QUOTE_SETTLED.test(t) && !published(t)) {
    emitAll(q, doc, t, QUOTE_CONTENT, 'confidential/negotiation', emit, spans, once((m) => notAware(m) && !INQUIRY_IN_PRACTICE.test(sentenceText(m))))
  }
  if (q.may(SETTER_VOICE) && EXAM_WORD81.test(t) && !EXAM_OVER.test(t) && !EXAM_GUIDE81.test(t)) {
    emitAll(q, doc, t, SETTER_VOICE, 'confidential/pre-release', emit, spans, once((m) => {
      const after = t.slice(m.index, m.index + m[0].length + 120)
      return notAware(m) && STUDY_TIP.test(after) && (STUDY_PART.test(after) || SAID_IN_SECRET.test(after))
    }))
  }
}

/*
 * Blind wave 82 kinds (R413N, R416R): a firm's terms of trade, a meeting's handling settled beforehand, a post filled before the order and
 * an inquiry's interim findings, told by one who heard them on duty.
 * - Blind R413N-002, R416R-050 kind: a named business's unit price, purchase price or the discount it gives others (見積単価は1時間あたり
 *   …円; …をトン…円という単価で仕入れている; 他の自治体には2割引きで出している): TRADE_TERMS with a firm named in the paragraph, a
 *   business's trade secret (widening the wave-81 quote kind to unit prices, purchase prices and discounts offered to others). A unit price
 *   the city publishes (contract results on its site), the city's own fees, a price list a shop puts out and a sale in a shop stay clean.
 * - Blind R413N-014 kind: how a petition, a bill or a motion is to be handled, agreed at a pre-meeting before the committee sits (事前打合せ…
 *   請願は継続審査にする方向で段取りが固まりました; 根回しで…陳情は不採択とすることでまとまった): HANDLING_AGREED with a pre-meeting word
 *   (PRE_MEETING). The committee's result after it sits, the schedule fixed at a pre-meeting, and what 継続審査 means stay clean.
 * - Blind R413N-027 kind: a post said to be filled by a named person while it is still being settled (事務局長には総務部の…次長が就く方向で
 *   最終調整中; …課長が部長に昇格する線で固まりつつある): POST_FILLED_AHEAD. A personnel list announced, a move already made (着任しました),
 *   a search for the post with no one named and a vote of the council on a nominee stay clean.
 * - Blind R416R-036 kind: an inquiry's interim findings (調査の途中経過では…可能性が高く; 中間段階の分析だと…) with a named firm's blame or the
 *   formal release said to be still to come: INTERIM_FINDING. An interim report the city releases, a finding already announced, a promise to
 *   tell when it is known and another body's report in the press stay clean.
 */
const TRADE_TERMS = new RegExp(
  `(?:見積|契約|仕入れ?|卸|納入|取引|発注|請負|受注|時間)単価(?:は|が|を|で)?[、,]?[^。！？!?\\n]{0,14}?${VALUE}` +
    `|(?:${VALUE}|[0-9][0-9,.]{0,8}円)(?:という|の)[^。！？!?\\n]{0,8}?単価で(?:仕入|買い付け|買付|調達|納め|納入|卸|取引|契約|請け負)` +
    `|(?:仕入れ|仕入|卸|原価|調達)(?:値|価格|単価|額|コスト)(?:は|が)[、,]?[^。！？!?\\n]{0,14}?${VALUE}` +
    `|(?:他の|ほかの|他|よその|別の)(?:自治体|市町村|市|町|村|会社|企業|取引先|お客さん|顧客|業者|団体)(?:さん)?(?:には|に対しては|に対して|向けには|向けは|相手には)[、,]?[^。！？!?\\n]{0,10}?(?:[0-9０-９一二三四五六七八九十]{1,3}割(?:引き?|安く|値引き)|[0-9０-９]{1,3}(?:%|％|パーセント)(?:引き?|オフ|安く|値引き)|値引きして|安く(?:出し|卸し|売っ|して))`,
  'gu',
)
/** A firm named (…さん, …社, 株式会社…): the one whose terms these are. */
const TRADE_FIRM = /[\p{Script=Han}\p{Script=Katakana}A-Za-zＡ-Ｚ][\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}A-Za-zＡ-Ｚー・]{1,15}(?<![皆客]|みな|お子|お母|お父|業者|工事屋|大工|農家|生産者)(?:さん|様|さま|社|\([株有]\))|株式会社|有限会社|[A-ZＡ-Ｚ]社/u
/** A unit price the city puts out, its own fee, a shop's price list or a sale. */
const TRADE_TERMS_PUBLIC = /契約結果|入札結果|落札(?:者|業者|金額|額|単価|し|となり)|公表し|公表してい|ホームページ|市HP|料金表|価格表|チラシ|特売|セール|販売してい|お買い得|使用料|手数料/u
const PRE_MEETING = /事前(?:の)?(?:打ち?合わ?せ|打合せ|協議|調整|相談|すり合わせ|勉強会)|下打ち?合わ?せ|根回し|水面下|正副委員長(?:と|で|会議|会|打)|(?:委員会|本会議|審査)(?:の)?(?:当日|前に|前の|の前)/u
const HANDLING_AGREED =
  /(?:請願|陳情|議案|案件|条例案|補正予算案?|意見書案?|動議|決議案)(?:は|を|について(?:は)?|の扱い(?:は)?)[、,]?[^。！？!?\n]{0,16}?(?:継続審査|閉会中審査|不採択|採択|否決|可決|見送|先送|審議未了|取り下げ|一部修正|修正可決|原案(?:どおり|通り))(?:に|と)?(?:する|とする|して|し|る)?(?:方向|段取り|方針|線|こと|形)(?:で|が|に)[^。！？!?\n]{0,10}?(?:固ま|まとま|決ま|一致|調整|合意|話がつ|落ち着|整)/gu
/** The committee's result after it sits, said as such. */
const HANDLING_DONE = /審査の結果|採決の結果|採決し|議決|となりました|に決定しました|決しました|されました/u
const POST_WORD82 = '(?:事務局長|局長|部長|課長|次長|室長|所長|館長|校長|園長|副市長|副町長|副村長|教育長|会計管理者|署長|センター長|参事|理事|係長|支所長|消防長|病院長|事務長)'
const POST_FILLED_AHEAD = new RegExp(
  `${POST_WORD82}(?:に|には|のポスト(?:に|には)|の後任(?:に|には|として)?|の後釜(?:に|には)?)[、,]?[^。！？!?\\n]{0,24}?(?:が|を)(?:就く|就任|起用|充て|昇格|昇任|異動|座る|着任|就け|据え|抜擢|なる|横滑り|戻る)[^。！？!?\\n]{0,6}?(?:方向|見込み|見通し|線|案|こと|予定)(?:で|が|と|に)[^。！？!?\\n]{0,6}?(?:最終)?(?:調整|検討|固ま|まとま|内定|詰め|根回し)` +
    `|[\\p{Script=Han}\\p{Script=Katakana}]{1,8}(?:さん|氏|${POST_WORD82})が[、,]?[^。！？!?\\n]{0,16}?${POST_WORD82}に(?:就く|就任|起用|昇格|昇任|異動|座る|着任|なる|横滑り|戻る|抜擢)[^。！？!?\\n]{0,6}?(?:方向|見込み|見通し|線|案|こと)(?:で|が|と|に)[^。！？!?\\n]{0,6}?(?:最終)?(?:調整|検討|固ま|まとま|内定|詰め|根回し)`,
  'gu',
)
/** A list announced or a move made, or a nominee put to the council. */
const POST_ANNOUNCED = /発表し|公表し|辞令|内示(?:があり|を受け|され)|着任しました|就任しました|議会の同意|同意案|選任案|ホームページ|市HP|広報/u
const INTERIM_FINDING =
  /(?:(?:調査|捜査|検証|点検|分析|調べ)(?:の)?(?:途中経過|中間(?:報告|結果|段階(?:の分析)?)|途中|現段階|現時点|これまで(?:の結果)?)|(?:これまでの|現時点の|現段階の|途中の|今の)(?:調査|捜査|検証|分析|調べ))(?:では|によると|によれば|だと|やと|で(?:は)?|の話では)[、,]?[^。！？!?\n]{0,60}?(?:可能性が(?:高|大き|濃|強)|とみられ|と見られ|とみて|濃厚|疑い(?:が|も)|原因(?:は|が)|責任(?:も|が)?問われ)/gu
/** A named firm's blame (…さんの責任も問われそう) or the formal release said to come later. */
const FIRM_BLAMED = /(?:さん|社|業者|会社|組)(?:の|に|にも)(?:責任|過失|落ち度|不備|ミス|賠償)(?:も|が)?(?:問われ|ある|あり|濃厚|求め|生じ)/u
const FORMAL_STILL_TO_COME = /正式(?:な|の|に)?(?:発表|公表|報告|結果)(?:は|が)?[^。！？!?\n]{0,6}?(?:まだ|これから|先|後日|未定|待ち|来週|来月|今週|週明け|明日|あす)|まだ(?:発表|公表)(?:され|して)(?:い)?(?:ない|ません|ておら)|公表前|発表前/u
/** An interim report released, another body's report in the press. */
const INTERIM_PUBLIC = /中間報告を(?:公表|発表|公開)|公表し|発表し|報道|新聞|ニュース|記者会見|ホームページ|市HP/u

const WAVE82_GATE = new ParagraphGate([TRADE_TERMS, HANDLING_AGREED, POST_FILLED_AHEAD, INTERIM_FINDING])

/** The wave-82 kinds (see the comment above TRADE_TERMS), run where the paragraph has no finding yet. */
function runTradeTermsAndAheadKinds({ input, t, spans, notAware, once, published }: Conf58Context): void {
  const { doc, emit } = input
  const q = WAVE82_GATE.scan(t)
  if (published(t)) return
  if (q.may(TRADE_TERMS) && TRADE_FIRM.test(t) && !TRADE_TERMS_PUBLIC.test(t)) {
    emitAll(q, doc, t, TRADE_TERMS, 'confidential/negotiation', emit, spans, once((m) => notAware(m) && !INQUIRY_IN_PRACTICE.test(sentenceOf(t, m.index, m.index + m[0].length))))
  }
  if (q.may(HANDLING_AGREED) && PRE_MEETING.test(t) && !HANDLING_DONE.test(t)) {
    emitAll(q, doc, t, HANDLING_AGREED, 'confidential/meeting', emit, spans, once(notAware))
  }
  if (q.may(POST_FILLED_AHEAD) && !POST_ANNOUNCED.test(t)) {
    emitAll(q, doc, t, POST_FILLED_AHEAD, 'confidential/personnel', emit, spans, once(notAware))
  }
  if (q.may(INTERIM_FINDING) && (FIRM_BLAMED.test(t) || FORMAL_STILL_TO_COME.test(t)) && !INTERIM_PUBLIC.test(t)) {
    emitAll(q, doc, t, INTERIM_FINDING, 'confidential/investigation', emit, spans, once(notAware))
  }
}

/*
 * Blind wave 83 kinds (R418T, R420V): an embargo asked by the owner broken with the matter told before it, a named firm's unreleased
 * business facts told as heard from it, and a post-holder's successor told while it is still being settled.
 * - Blind R418T-002 kind: the owner's hold until its release day reported in a concession (情報解禁日まで伏せてほしいと言われているんですが;
 *   放送日までは内緒にしてと頼まれていますが; 発売日まで口外しないよう念を押されていますが), then a telling ahead announced (一足先にお知らせ
 *   しちゃいます, 特別に先に書いちゃいます), the matter told in the sentence before or the one after (a date, a name, a plan): EMBARGO_BROKEN83.
 *   A release already come (本日解禁となりました, 解禁されたので), a notice to wait (決まり次第お知らせします, お楽しみに), a telling refused
 *   (詳しくはお伝えできません) and a hold kept with no telling ahead stay clean.
 * - Blind R418T-057, R420V-042 kind: a named firm's unreleased business facts (a work's or a product's cost or budget with a figure, its main
 *   sponsor, an unreleased product to be launched) told with a mark that they were heard in confidence or are not out (こっそり教えてもらい
 *   ました, まだどこにも出ていない情報, 教えていただいたのですが): BUSINESS_FACT83 (generalising the wave-82 unit price kind); a product's
 *   launch only with a mark of confidence (SECRET_STRONG83), as a firm may tell its own launch gladly. A firm's
 *   launch announced or on sale, a cost told at a press event or in the news, the city's own budget and a tip of a firm's that is no fact of
 *   its business (おいしい食べ方を教えていただきました) stay clean.
 * - Blind R420V-004 kind: a successor named while it is still being settled, said with 後任 and any verb of going to the post (後任には…課長が
 *   行く方向で調整中; 後釜に…さんが入る線で話が進んでいる; …さんが会長を退任し、…さんが引き継ぐ方向で調整), or a named person's leaving a
 *   post being settled: SUCCESSOR_AHEAD83 (generalising the wave-82 post kind). A list announced, a successor already in the post, a
 *   search with no one named and a successor chosen by an open call stay clean.
 */
const RELEASE_DAY83 = '(?:情報|報道|取材)?(?:解禁|発表|公表|公開|放送|放映|オンエア|発売|封切り?|リリース|告知|記者発表|正式発表|公式発表|お披露目|初日)(?:日|の日)?(?:まで|までの間)(?:は)?[、,]?'
const KEEP83 = '(?:伏せ(?:て|と)?(?:おいて|おく|とい?て|て)?|内緒に(?:して|しといて|しておいて)?|ないしょに(?:して)?|内密に(?:して)?|秘密に(?:して)?|黙って(?:おいて|いて|て)?|口外し(?:ない|ないで)|他言し(?:ない|ないで)|(?:外|表|外部|よそ)(?:に|へ)(?:は)?出さ(?:ない|ないで)|公表し(?:ない|ないで)|言わ(?:ない|ないで)|出さ(?:ない|ないで))'
const EMBARGO_BROKEN83 = new RegExp(
  `${RELEASE_DAY83}[^。！？!?\\n]{0,8}?${KEEP83}(?:ほしい|欲しい|ください|下さい|くれ|ね|よう(?:に)?|で)?(?:と|って)?[、,]?[^。！？!?\\n]{0,8}?(?:言われ|いわれ|頼まれ|お願いされ|念を押され|釘を刺され|くぎを刺され|求められ|口止めされ)(?:て|と)?(?:いる|いた|おり|ます|る|とる|ちょる)?[ぁ-ん]{0,6}?(?:が|けど|けれど|けども|ものの|のに|ばってん)(?=[、,]|[^ぁ-ん])`,
  'gu',
)
/** The telling ahead or on purpose, in the rest of that sentence (一足先にお知らせしちゃいます, 特別にお伝えします, こっそり書いちゃいます). */
const TELL_AHEAD83 = new RegExp(`(?:${AHEAD}|特別に|こっそり|ここだけで)[^。！？!?\\n]{0,10}?${TELL}|${TOLD_AHEAD_WORD}|フライング`, 'u')
/** The release already come, or the telling refused or put off. */
const EMBARGO_KEPT83 = /解禁(?:と)?なり|解禁され|解禁日を迎え|解禁しました|(?:公開|発表|公表|放送)(?:され|し)ました|次第|お待ち|お楽しみ|(?:でき|出来|られ)(?:ません|ない|ず)|控え/u
/** What is told: a date, a figure with its counter, a cast, a plan. */
const MATTER83 = /[0-9０-９]{1,4}(?:月|日|年|時|人|名|件|万|億)|主演|出演|撮影|ロケ|公開予定|発売予定|予定|決ま|決定|内定|『[^』\n]{1,20}』|「[^」\n]{1,20}」/u

const COST83 = `(?:制作費|製作費|開発費|総事業費|製造原価|原価|製造コスト|仕入れ値|仕入値|利益率|粗利|売上目標|広告費|宣伝費|出演料|ギャラ|(?:次回作|新作|新商品|新製品|新店舗?)の(?:予算|総予算|投資額))`
const BUSINESS_FACT83 = new RegExp(
  `${COST83}(?:は|が|も)[、,]?[^。！？!?\\n]{0,12}?(?:${VALUE}|[0-9０-９]{1,3}(?:%|％|割))` +
    `|(?:メインスポンサー|筆頭スポンサー|冠スポンサー|スポンサー|出資者|出資元|提携先|資本提携先|買収先|出資企業)(?:は|が)[、,]?[^。！？!?\\n]{1,16}?(?:です|だ(?:そう|って|と)|に決ま|で決ま|になる|に内定|らしい|とのこと|の予定)` +
    `|(?:新商品|新製品|新作|新メニュー|新サービス|次回作|新店舗|新店|[0-9０-９]号店)[「『]?[^。！？!?\\n]{0,24}?(?:を|の)?(?:発売|販売|発表|出店|開店|オープン|公開|投入|売り出|出)(?:する|す)?(?:予定|見込み|計画|方向|準備)`,
  'gu',
)
/** An unreleased product (the third branch of BUSINESS_FACT83): a firm may tell its own launch gladly, so only a mark of confidence counts. */
const PRODUCT_AHEAD83 = /^(?:新商品|新製品|新作|新メニュー|新サービス|次回作|新店舗|新店|[0-9０-９]号店)/u
const SECRET_STRONG83 = /こっそり|内緒|ないしょ|ナイショ|ここだけ|オフレコ|🤫|内々|まだ(?:どこにも|世間に|外に|表に|誰にも|公に)[^。！？!?\n]{0,6}?(?:出て|出し|言っ|話し|発表|公表)(?:い)?(?:ない|ません)|未発表|未公表/u
/** A firm named: TRADE_FIRM, a name in brackets with さん (「スタジオ有明」さん), or a maker called by its trade (…製菓さん). */
const FIRM83 = /[」』](?:さん|様|さま|社)|株式会社|有限会社|合同会社|(?:会社|メーカー|製菓|製作所|工業|産業|商店|酒造|醸造|プロダクション|スタジオ)(?:さん|様)/u
/** Heard in confidence, or said not to be out. */
const HEARD_SECRET83 = /こっそり|内緒|ないしょ|ナイショ|ここだけ|オフレコ|🤫|内々|まだ(?:どこにも|世間に|外に|表に|誰にも|公に)[^。！？!?\n]{0,6}?(?:出て|出し|言っ|話し|発表|公表)(?:い)?(?:ない|ません)|未発表|未公表|(?:教えて|聞かせて)(?:いただ|もら|くださ|くれ)|(?:から|に)(?:伺|うかが|聞)(?:いま|った|いた)/u
/** The firm's own release, a press event, a product on sale. */
const BUSINESS_PUBLIC83 = /発表し|公表し|会見|記者発表|プレスリリース|ニュースリリース|報道|新聞|ニュース|テレビで|ホームページ|公式サイト|市HP|発売中|発売され|発売しました|販売中|販売開始|好評|お買い求め|店頭に並|予約受付|説明会|お披露目|公募/u

const SUCCESSOR_VERB83 = '(?:就く|就任|起用|充て|昇格|昇任|異動|座る|着任|就け|据え|抜擢|なる|横滑り|戻る|行く|いく|入る|来る|くる|回る|上がる|引き継ぐ|継ぐ|務める)'
const SETTLING83 = '(?:方向|見込み|見通し|線|案|こと|予定)(?:で|が|と|に)[^。！？!?\\n]{0,8}?(?:最終)?(?:調整|検討|固ま|まとま|内定|詰め|根回し|話が進|進ん|進め)'
const SUCCESSOR_AHEAD83 = new RegExp(
  `(?:後任|後釜|後継)(?:者)?(?:に|には|として|は)[、,]?[^。！？!?\\n]{0,24}?(?:が|を)[、,]?${SUCCESSOR_VERB83}[^。！？!?\\n]{0,4}?${SETTLING83}` +
    `|[\\p{Script=Han}\\p{Script=Katakana}]{1,8}(?:さん|氏|${POST_WORD82}|会長|理事長|社長|代表)が[、,]?[^。！？!?\\n]{0,16}?(?:退任|辞任|勇退|退職|交代|更迭|降格)(?:する|される|となる|し)?[^。！？!?\\n]{0,4}?${SETTLING83}`,
  'gu',
)
/** A successor by open call or with no one named, or the move already announced or made. */
const SUCCESSOR_OPEN83 = /公募|選考中|未定|決まり次第|発表し|公表し|辞令|内示(?:があり|を受け|され)|着任しました|就任しました|退任しました|議会の同意|同意案|選任案|ホームページ|市HP|広報|総会で(?:承認|選任)/u

const CONF83_GATE = new ParagraphGate([EMBARGO_BROKEN83, BUSINESS_FACT83, SUCCESSOR_AHEAD83])

/** The wave-83 kinds (see the comment above RELEASE_DAY83), run where the paragraph has no finding yet. */
function runConf83({ input, t, spans, notAware, aware, once, published }: Conf58Context): void {
  const { doc, emit } = input
  const q = CONF83_GATE.scan(t)
  if (q.may(EMBARGO_BROKEN83)) {
    emitAll(q, doc, t, EMBARGO_BROKEN83, 'confidential/pre-release', emit, spans, once((m) => {
      const end = m.index + m[0].length
      const here = sentenceAround(t, m.index, end)
      const rest = t.slice(end, here.end)
      // The request's own words (口外しないよう) are no lesson: awareness is read in the rest of the sentence.
      if (aware(t.slice(here.start, m.index) + rest) || !TELL_AHEAD83.test(rest) || EMBARGO_KEPT83.test(t.slice(here.start, here.end))) return false
      const before = here.start > 0 ? sentenceAround(t, here.start - 1, here.start - 1) : here
      const after = here.end < t.length ? sentenceAround(t, here.end + 1, here.end + 1) : here
      const told = (before.start < here.start ? t.slice(before.start, before.end) : '') + '\n' + (after.end > here.end ? t.slice(after.start, after.end) : '')
      return MATTER83.test(told) && !EMBARGO_KEPT83.test(told)
    }))
  }
  if (published(t)) return
  if (q.may(BUSINESS_FACT83) && (FIRM83.test(t) || TRADE_FIRM.test(t)) && HEARD_SECRET83.test(t) && !BUSINESS_PUBLIC83.test(t)) {
    emitAll(q, doc, t, BUSINESS_FACT83, 'confidential/negotiation', emit, spans, once((m) => notAware(m) && (!PRODUCT_AHEAD83.test(m[0]) || SECRET_STRONG83.test(t)) && !INQUIRY_IN_PRACTICE.test(sentenceOf(t, m.index, m.index + m[0].length))))
  }
  if (q.may(SUCCESSOR_AHEAD83) && !SUCCESSOR_OPEN83.test(t)) {
    emitAll(q, doc, t, SUCCESSOR_AHEAD83, 'confidential/personnel', emit, spans, once(notAware))
  }
}

/*
 * Blind wave 84 kinds (R422X, R424Z): a budget request under assessment told with its figures, a marker said to be on the paper being
 * told, the city's own investigation or audit under way told with its findings so far, and information given in confidence then told.
 * - Blind R422X-024 kind: a budget request still under assessment or being compiled (査定中の予算案では; 予算要求の段階ですが; 財政課と協議中の
 *   要求額は) told with its figure and the change asked (…円から…円に増額, …%削減, 新設): BUDGET_UNDER_REVIEW84 in one sentence. A budget
 *   published or passed (予算案を公表しました, 議会で可決), an assessment named with no figure (査定中のため窓口が混み合います) and the
 *   state's published requests stay clean.
 * - Blind R422X-030 kind: a marker quoted as the label of the paper being told (表紙に「庁内限り」と書いてある資料なんですが…), then a leak
 *   (先出し, ちょっとだけ, 内緒で, こっそり) or contents still under adjustment with a figure (上限…円で調整しています): markerOnToldPaper84,
 *   which makes the quoted marker a use, not a mention. A marker explained in training (「庁内限り」の資料は外に出さないでください), a
 *   telling refused (お見せできません) and a paper found public stay clean.
 * - Blind R422X-033, R424Z-043 kind: the city's own investigation, audit or check under way (調査を進めています, 監査中です, 確認中) on a case
 *   (疑い, 事案, 不正, 事故) told with its findings so far (…まで分かっています, これまでの聞き取りで, 判明しています): FINDINGS_SO_FAR84 in a
 *   paragraph with INQUIRY_UNDER_WAY84 (generalising the wave-82 interim findings kind). An investigation announced with no findings
 *   (結果は判明次第お知らせします), audit results published, an apology or an official statement and a case in the press stay clean.
 * - Blind R424Z-053 kind: information said to be given in confidence (非公開でいただいた, 内々に伺った, オフレコで聞いた, ここだけの話として
 *   教えてもらった) then told in the same sentence or the next (…によると…撤退を検討しているそうです): GIVEN_IN_CONFIDENCE84. A telling
 *   refused (内容はお伝えできません), a meeting held in closed session with nothing told and a paper later published stay clean.
 */
const BUDGET_UNDER_REVIEW84 =
  /(?:査定中|査定前|査定段階|査定の段階|要求段階|要求の段階|予算編成中|編成作業中|財政課(?:と|の|で)(?:協議|査定|ヒアリング)中|財政(?:課|当局)に(?:上が|上げ|出し|要求し))[^。！？!?\n]{0,60}?(?:[0-9０-９][0-9０-９,，.]{0,12}(?:億|万|千)?円|[〇一二三四五六七八九十百千]{1,8}(?:万|億)円|[0-9０-９]{1,3}(?:%|％|割))[^。！？!?\n]{0,30}?(?:増額|減額|引き上げ|引き下げ|上乗せ|拡充|削減|削ら|計上|新設|廃止|倍増|半減|要求し|要求して|盛り込)/gu
/** The budget told to all: published, passed, sent to the council, or the state's own published requests. */
const BUDGET_OUT84 = /可決|議決|成立し|上程し|提案し(?:まし|てい)|議会に提出|公表し|発表し|記者発表|報道|ホームページ|市HP|国の|県の|省の|概算要求/u

const INQUIRY_UNDER_WAY84 =
  /(?:調査|監査|確認|検査|聞き取り|聴き取り|事実確認|実態把握|検証)(?:中|を進めて(?:い|お)|を行って(?:い|お)|をして(?:い|お)|して(?:い|お)り|しています|を続けて(?:い|お))/u
/** A case: a suspicion, an incident, wrongdoing. */
const CASE84 = /疑い|事案|不正|不適切|事故|虐待|死亡|被害|違反|過大|水増し|改ざん|横領|着服/u
const FINDINGS_SO_FAR84 =
  /(?:これまでの|現時点までの|今までの|現在までの)(?:調査|監査|調べ|聞き取り|聴き取り|確認|検査)(?:で|では|によると|によれば|の結果)[、,]?[^。！？!?\n]{4,80}?(?:分かって|わかって|判明して|確認されて|確認できて|明らかになって)|(?:こと|の)(?:まで|が|も)(?:分かって|わかって|判明して|明らかになって)(?:い|お)|(?:ことまで|までは)(?:確認|把握)(?:でき|して|され)(?:てい|てお|ま)/gu
/** The findings told officially: released, apologised for, in the press, or put off (判明次第). */
const INQUIRY_OUT84 = /公表し|発表し|記者会見|報道|新聞|ニュース|お詫び|おわび|申し訳|ご迷惑|ご心配をおかけ|次第|改めて(?:お知らせ|ご報告)|ホームページ|市HP|監査結果|調査結果(?:を|が)(?:まとま|出)/u

const GIVEN_IN_CONFIDENCE84 =
  /(?:非公開|内々|内内|オフレコ|内密|極秘|ここだけの話)(?:で|に|として|の(?:話|情報|資料)として)[^。！？!?\n]{0,8}?(?:いただい|頂い|もらっ|受け取っ|提供(?:され|いただい|を受け)|教えて(?:いただい|もらっ|くれ)|伺っ|うかがっ|聞い|聞かせて(?:いただい|もらっ)|見せて(?:いただい|もらっ))(?:た|て)/gu
/** What is then told: a plan, a figure, a hearsay ending. */
const CONFIDENCE_TOLD84 = /によると|によれば|では|には|そうです|らしい|とのこと|検討して|検討中|予定|方針|見込み|決ま|撤退|[0-9０-９]{1,4}(?:月|年|円|万|億|人|名|件|%|％|割)/u
/** A telling refused or the paper released. */
const CONFIDENCE_KEPT84 = /(?:でき|出来|られ)(?:ません|ない|ず|かね)|控え|書けません|言えません|公表され|公開され|発表され|次第/u

const CONF84_GATE = new ParagraphGate([BUDGET_UNDER_REVIEW84, FINDINGS_SO_FAR84, GIVEN_IN_CONFIDENCE84])

/** The wave-84 kinds (see the comment above BUDGET_UNDER_REVIEW84), run where the paragraph has no finding yet. */
function runConf84({ input, t, spans, notAware, once, published }: Conf58Context): void {
  const { doc, emit } = input
  const q = CONF84_GATE.scan(t)
  if (published(t)) return
  if (q.may(BUDGET_UNDER_REVIEW84) && !BUDGET_OUT84.test(t)) {
    emitAll(q, doc, t, BUDGET_UNDER_REVIEW84, 'confidential/budget', emit, spans, once(notAware))
  }
  if (q.may(FINDINGS_SO_FAR84) && INQUIRY_UNDER_WAY84.test(t) && CASE84.test(t) && !INQUIRY_OUT84.test(t)) {
    emitAll(q, doc, t, FINDINGS_SO_FAR84, 'confidential/investigation', emit, spans, once((m) => notAware(m) && !INQUIRY_IN_PRACTICE.test(sentenceOf(t, m.index, m.index + m[0].length))))
  }
  if (q.may(GIVEN_IN_CONFIDENCE84)) {
    emitAll(q, doc, t, GIVEN_IN_CONFIDENCE84, 'confidential/negotiation', emit, spans, once((m) => {
      const end = m.index + m[0].length
      const here = sentenceAround(t, m.index, end)
      const next = here.end < t.length ? sentenceAround(t, here.end + 1, here.end + 1) : here
      const rest = t.slice(end, next.end > here.end ? next.end : here.end)
      return notAware(m) && rest.length >= 6 && CONFIDENCE_TOLD84.test(rest) && !CONFIDENCE_KEPT84.test(t.slice(here.start, next.end > here.end ? next.end : here.end))
    }))
  }
}

/**
 * Blind R422X-030 kind (see the comment above BUDGET_UNDER_REVIEW84): a quoted marker said to be written on the paper the post is about
 * (表紙に「庁内限り」と書いてある資料なんですが), then a leak (先出し, ちょっとだけ, 内緒で) or contents still being adjusted with a figure
 * told in the paragraph: the marker binds what is told, no example.
 */
const MARKED_PAPER84 =
  /^[」』"]?(?:と|って)(?:書いて|書かれて|記載されて|記されて|押されて|押して|印字されて|印刷されて|入って|なって)(?:ある|あった|あり|いる|いた|る|た)?[^。！？!?\n、,]{0,4}?(?:資料|文書|書類|ペーパー|プリント|ファイル|メモ|データ|報告書|計画書|企画書|案)(?:なん|なの)?(?:です|だ|や|でございます)?(?:が|けど|けれど|けども|ばってん)(?=[、,]|[^ぁ-ん])/u
const LEAK84 = /先出し|ちょっとだけ|少しだけ|ちょっぴり|内緒で|ないしょで|こっそり|特別に|フライング|ひと足先に|一足先に|先にお(?:知らせ|伝え)/u
const ADJUSTING84 = /(?:調整|検討|協議|詰め)(?:して(?:い|お)|し(?:てい|てお)|中)/u
const FIGURE84 = /[0-9０-９][0-9０-９,，.]{0,10}(?:億|万|千)?(?:円|人|件|%|％|割|か所|カ所|箇所)/u
function markerOnToldPaper84(t: string, end: number): boolean {
  const r = MARKED_PAPER84.exec(t.slice(end, end + 32))
  if (!r) return false
  const rest = t.slice(end + r[0].length, end + r[0].length + 240)
  if (rest.length < 8 || MARKED_HELD.test(rest) || HANDLING_LESSON.test(rest)) return false
  return LEAK84.test(rest) || (ADJUSTING84.test(rest) && FIGURE84.test(rest))
}

/*
 * Blind wave 85 kinds (R426B, R427C): the city's investigation under way told with its findings as plain facts and the party pinned, an
 * upcoming exam's areas hinted by its setter, a screening panel's private talk told, a named firm's siting talks told with their terms
 * while the announcement is still to come.
 * - Blind R426B-029, R427C-019 kind: an investigation, audit or check still under way (調査を続けています, 警察と連携して調べを進めて
 *   おります) on a case (違反, 不正, 疑い, 不法) told, in another sentence, with the party named or pinned (㈱…, 株式会社…, …工務店;
 *   当該店舗は…町の…店) and a finding told as plain facts with its figure (6棟すべてで…超えていて; 売上の約4割が…でした):
 *   PARTY_PINNED85 with FOUND_FACT85 in its sentence (generalising wave 84's FINDINGS_SO_FAR84, which needs 分かっています/判明).
 *   An investigation announced with no findings (分かり次第お知らせします), a penalty announced (営業停止処分を行いました) and a shop
 *   pinned with no case under inquiry stay clean.
 * - Blind R426B-059 kind: the areas an upcoming exam will ask, said by the setter side (今度の専門試験は…から多めに出題します; 次回の
 *   昇任試験は…あたりから重点的に出しますね; …から出ますよ) with a hint framing (ヒント, ここだけ, ちょっとだけ) or a weight (多めに,
 *   重点的に, 中心に): EXAM_AREA_HINTED85 (generalising EXAM_QUESTION_TOLD, which reads 第N問). A scope published in the guide (試験案内に
 *   掲載の出題分野), a local quiz's announced scope and advice to study past papers stay clean.
 * - Blind R427C-039 kind: what was said among a screening's reviewers, quoted or reported (審査委員の間では「…辛めに採点しよう」という話
 *   も出ていた; 面接官の間では「…は落とそう」との申し合わせ), on how to score or whom to pass: PANEL_TALK85. A panel's praise (どの作品も
 *   甲乙つけがたいという声), a published review (講評) or minutes (議事録, 会議録) and a result's published counts stay clean.
 * - Blind R427C-043 kind: talks with a named firm (…株式会社さんと第2工場の立地について協議) told with their terms (用地は…でほぼ合意,
 *   雇用は80人規模, 投資額は約12億円, 賃料は…万円) while the announcement is still to come (正式発表はできませんが, 公表は秋の予定,
 *   発表はまだ先): FIRM_TALKS85 with SITING_TERMS85 and ANNOUNCE_AHEAD85 in the paragraph. A siting agreement signed or announced (立地
 *   協定を締結しました), talks with no firm named and talks on a pact with no terms stay clean.
 */
const INQUIRY_UNDER_WAY85 =
  /(?:調査|調べ|監査|確認|検査|聞き取り|聴き取り|事実確認|実態把握|検証|立入り|立ち入り)(?:中|を進めて(?:い|お)|を行って(?:い|お)|をして(?:い|お)|して(?:い|お)り|しています|を続けて(?:い|お)|を継続して|を重ねて)/u
const CASE85 = /疑い|事案|不正|不適切|事故|虐待|被害|違反|過大|水増し|改ざん|横領|着服|不法|違法|偽装|無許可|無届/u
const PARTY_PINNED85 =
  /(?:㈱|㈲|株式会社|有限会社|合同会社|[（(][株有][）)])[\p{Script=Han}\p{Script=Katakana}A-Za-zー・]{2,12}|[\p{Script=Han}\p{Script=Katakana}ー]{2,10}(?:建設|工務店|工業|産業|商事|商店|ホームズ|ハウス|不動産|住宅|興業|食品|運輸|運送)(?:さん|様)?(?:が|の|は|で)|当該(?:店舗|店|事業者|業者|事業所|施設|法人|会社|工場|園|医院|薬局|団体)(?:は|が)[、,]?[^。！？!?\n]{0,16}?(?:町|区|地区|丁目|駅前|通り|村)(?:の|にある)[^。！？!?\n]{0,12}?(?:店|業者|会社|事業所|施設|工場|医院|薬局|園|ホーム)/gu
/** A finding told as a plain fact with its figure (6棟すべてで…超えていて; 約4割が…でした; 約30トンの廃材が見つかりました). */
const FOUND_FACT85 =
  /(?:[0-9０-９]{1,5}(?:[.．][0-9０-９]{1,2})?(?:棟|件|人|名|戸|店|店舗|台|回|割|%|％|倍|万円|円|億円|園|世帯|か所|カ所|箇所|トン|t|kg|点|本)|[一二三四五六七八九十]割)[^。！？!?\n]{0,30}?(?:でした|ました|ていて|ていた|てい(?:まし)?た|ありました|あった|超えて|上回って|下回って|足りず|不足して)/u
/** The matter made public or closed: a penalty given, a charge, an arrest, a release. */
const INQUIRY_OUT85 = /処分を(?:行い|行っ|し)|処分しました|指名停止|営業停止|業務停止|告発し|逮捕|書類送検|公表し|発表し|記者会見|報道|次第|お詫び|おわび|申し訳/u

const EXAM_AREA_HINTED85 =
  /(?:本番|今年|今年度|本年度|今回|今度|次回|明日|あす|来週|来月|次)の[^。！？!?\n]{0,14}?(?:試験|テスト|検定|筆記|問題)(?:は|では|で|って)[、,]?[^。！？!?\n]{2,50}?(?:から|より|を中心に|を重点的に|について|に関して|の分野|の範囲|あたり)[^。！？!?\n]{0,10}?(?:出題(?:します|しま|する(?:予定|つもり|よ|ので|から)|されます|される(?:予定|よ|ので))|出し(?:ます|まーす)|出す(?:予定|つもり|よ|ので|から)|出ます|出る(?:よ|ので|から|予定|かも)|問います|問う(?:予定|つもり))/gu
/** A hint framing in the paragraph. */
const EXAM_HINT85 = /ヒント|ここだけ|内緒|ないしょ|ナイショ|こっそり|ちょっとだけ|少しだけ|特別に|ヤマ|狙い目|教えちゃ|先出し|オフレコ/u
/** A weight on the areas named (多めに, 重点的に). */
const EXAM_WEIGHT85 = /多め|多く|重点|中心|集中|必ず|ズバリ|ずばり|絶対/u
/** The scope published or pointed to. */
const EXAM_SCOPE_PUBLISHED85 = /試験案内|受験案内|募集要項|要項|要綱|ホームページ|市HP|掲載|公表|公開|過去問|過去の問題|例年どおり|例年通り/u

const PANEL_TALK85 =
  /(?:(?:審査|選考|選定|評価|採点|面接)(?:委員|員|官)(?:会)?(?:の方々|の皆さん|たち|さん)?(?:の間|の中|同士|内部|の内輪)|(?:審査会|選考会|選定会議|審査の場|選考の場|採点会議))(?:では|で|でも|には)[、,]?([^。！？!?\n]{0,70}?)(?:という|といった|との|って)(?:話|意見|声|発言|方針|申し合わせ|空気|雰囲気|議論|こと)(?:も|が|は|に)?[^。！？!?\n]{0,6}?(?:出て|出た|出まし|出され|あり|あっ|上が|聞か|にな|なっ|決ま)/gu
/** What was said is on how to score or whom to pass. */
const SCORING85 = /採点|点数|点を|点をつけ|点を付け|減点|加点|辛め|甘め|厳しめ|厳しく|厳しい目|落と|外そう|外す|通さ|通そう|通す|通りやす|不利|有利|優先|後回し|見送|不採択|採択しない/u
const PANEL_PUBLISHED85 = /講評|議事録|会議録|議事要旨|公開し|公表し|掲載し|ホームページ|市HP/u

const FIRM_TALKS85 = new RegExp(
  `(?:${BUSINESS_NAMED.source})(?:さん|様|さま)?(?:と|との)[^。！？!?\\n]{0,30}?(?:協議|交渉|折衝|話し合い|商談|打ち?合わ?せ|打合せ)`,
  'gu',
)
const SITING_TERMS85 =
  /(?:用地|候補地|土地|敷地|建設地|跡地|雇用|採用|投資額|設備投資|賃料|価格|奨励金|補助)(?:は|が|も)?[^。！？!?\n]{0,24}?(?:合意|まとま|固ま|決ま|見込|なりそう|規模|で調整|折り合|[0-9０-９]{1,5}(?:人|名|億|万|ha|ヘクタール|㎡|平方メートル))/u
const ANNOUNCE_AHEAD85 =
  /(?:正式(?:な|の)?(?:発表|公表|決定)|発表|公表|プレスリリース|記者発表|公式発表)(?:は|が|まで(?:は)?|の前|前)?[^。！？!?\n]{0,12}?(?:できません|できない|出来ません|まだ|これから|来月|来週|予定|控え|先|伏せ|内緒|オフレコ|言えません|書けません)|それまで[^。！？!?\n]{0,10}?(?:発表|公表|言え|書け|出せ)/u

const CONF85_GATE = new ParagraphGate([PARTY_PINNED85, EXAM_AREA_HINTED85, PANEL_TALK85, FIRM_TALKS85])

/** The wave-85 kinds (see the comment above INQUIRY_UNDER_WAY85), run where the paragraph has no finding yet. */
function runConf85(ctx: Conf58Context): void {
  const { input, t, spans, notAware, once, published } = ctx
  const { doc, emit } = input
  const q = CONF85_GATE.scan(t)
  if (published(t)) return
  if (q.may(PARTY_PINNED85) && INQUIRY_UNDER_WAY85.test(t) && CASE85.test(t) && !INQUIRY_OUT85.test(t)) {
    emitAll(q, doc, t, PARTY_PINNED85, 'confidential/investigation', emit, spans, once((m) => {
      const here = sentenceAround(t, m.index, m.index + m[0].length)
      const sentence = t.slice(here.start, here.end)
      return notAware(m) && !INQUIRY_UNDER_WAY85.test(sentence) && FOUND_FACT85.test(t.slice(m.index, here.end)) && !INQUIRY_IN_PRACTICE.test(sentence)
    }))
  }
  if (q.may(EXAM_AREA_HINTED85) && !EXAM_SCOPE_PUBLISHED85.test(t)) {
    emitAll(q, doc, t, EXAM_AREA_HINTED85, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && (EXAM_HINT85.test(t) || EXAM_WEIGHT85.test(m[0]))))
  }
  if (q.may(PANEL_TALK85) && !PANEL_PUBLISHED85.test(t)) {
    emitAll(q, doc, t, PANEL_TALK85, 'confidential/meeting', emit, spans, once((m) => notAware(m) && SCORING85.test(m[1] ?? '')))
  }
  if (q.may(FIRM_TALKS85) && SITING_TERMS85.test(t) && ANNOUNCE_AHEAD85.test(t) && !SITING_CONCLUDED.test(t)) {
    emitAll(q, doc, t, FIRM_TALKS85, 'confidential/negotiation', emit, spans, once(notAware))
  }
  runConf86(ctx)
}

/*
 * Blind wave 86 kinds (R429E, R430F): an upcoming test's questions hinted item by item, a plan heard in confidence with the confidence
 * word after the content, an investigation under way with an insider's account of the finding on a pinned party.
 * - Blind R429E-051 kind: in a post about a test to come (来週の…テスト, 次回の検定, 明日の試験) with a hint framing (ヒント, ここだけ,
 *   ちょっとだけ), an item of the paper named with its topic and a coming tense (大問３は円周角…から出るよ; 第2問は…が出ます; 大問1は…を
 *   出します): EXAM_ITEM_HINTED86 (generalising wave 85's EXAM_AREA_HINTED85, which needs 試験は…から出題します). A test date announced,
 *   past questions published (過去問, 市HP) and last year's items told in the past (大問3は…が出ました) stay clean.
 * - Blind R430F-008 kind: a plan, move or intention told, then said to have been heard in confidence (…新工場を建てる計画があると内々に
 *   伺いました; …撤退を検討しているとオフレコで聞きました; …移転する方向だと内密に教えていただきました): CONFIDED_AFTER86 (wave 84's
 *   GIVEN_IN_CONFIDENCE84 with the confidence word after the content). A telling refused (詳細はお伝えできません), a plan announced by the
 *   firm and a meeting held in confidence with nothing told stay clean.
 * - Blind R430F-014 kind: an investigation under way on a case (調査を進めています; 不正受給の疑い) told, in the paragraph, with an insider's
 *   account (関係者によると, 関係者の話では) of a finding (可能性が高い, 疑いが強い, …ていたとみられる) on a pinned party (当該法人の事務局長,
 *   団体の代表が): INSIDER_FINDING86 with PARTY_ROLE86 in its sentence (generalising wave 84/85's findings, which need 分かっています or a
 *   plain fact with a figure). An investigation announced with no findings, an insider's word on the cause with no party pinned and a
 *   case made public (公表しました, 分かり次第) stay clean.
 */
const EXAM_ITEM_HINTED86 =
  /(?:大問|第)[0-9０-９一二三四五六七八九十]{1,2}問?(?:目)?(?:は|では|には|って)[、,]?[^。！？!?\n]{1,40}?(?:出(?:る(?:よ|から|ので|かも|って|ぞ|！|!)|ます|まーす|ま〜す)|出題(?:します|されます|する(?:よ|から|ので|予定))|出し(?:ます|まーす)|出す(?:よ|から|ので|予定|つもり))/gu
/** A test still to come in the paragraph. */
const TEST_AHEAD86 = /(?:本番|今度|次回|明日|あす|あした|来週|来月|今週|週明け|今年|今回|次)の[^。！？!?\n]{0,14}?(?:試験|テスト|検定|考査|模試)/u

const CONFIDED_AFTER86 =
  /(?:計画|予定|方針|構想|意向|方向|見込み|検討|撤退|移転|閉鎖|閉店|進出|新設|建設|増設|出店|統合|合併|買収|売却|人員削減|廃業|休業)[^。！？!?\n]{0,14}?(?:と|って)[、,]?(?:非公開|内々|内内|オフレコ|内密|極秘|ここだけの話)(?:で|に|として)[、,]?(?:お?伺い|お?うかがい|お?聞き|聞かせて(?:いただき|もらい|いただい|もらっ)|教えて(?:いただき|もらい|くれ|もらっ|いただい)|伺っ|うかがっ|聞い|耳にし)/gu

const INSIDER_FINDING86 =
  /(?:関係者|関係筋|事情を知る(?:人|方|職員)|内部の(?:人|方|職員))(?:に(?:よると|よれば)|の話では|の話によると|から聞いた話では)[、,]?[^。！？!?\n]{4,70}?(?:可能性が(?:高い|大きい|濃厚)|疑いが(?:強い|濃厚)|(?:た|る)(?:と|も)(?:みられ|見られ)|ていた(?:よう|らしい|模様|とのこと|そう))/gu
/** The party pinned: 当該…, an organisation's officer. */
const PARTY_ROLE86 =
  /当該|(?:法人|団体|会社|社|店|事業者|事業所|施設|園|協会|組合)の(?:代表|理事長|理事|事務局長|社長|会長|役員|経理担当|会計担当|担当者|職員|従業員|園長|施設長)|(?:代表者|理事長|事務局長|社長|会長|園長|施設長|会計担当者?)が/u

const CONF86_GATE = new ParagraphGate([EXAM_ITEM_HINTED86, CONFIDED_AFTER86, INSIDER_FINDING86])

/** The wave-86 kinds (see the comment above EXAM_ITEM_HINTED86), run at the end of runConf85. */
function runConf86({ input, t, spans, notAware, once, published }: Conf58Context): void {
  const { doc, emit } = input
  const q = CONF86_GATE.scan(t)
  if (published(t)) return
  if (q.may(EXAM_ITEM_HINTED86) && TEST_AHEAD86.test(t) && EXAM_HINT85.test(t) && !EXAM_SCOPE_PUBLISHED85.test(t)) {
    emitAll(q, doc, t, EXAM_ITEM_HINTED86, 'confidential/pre-release', emit, spans, once(notAware))
  }
  if (q.may(CONFIDED_AFTER86)) {
    emitAll(q, doc, t, CONFIDED_AFTER86, 'confidential/negotiation', emit, spans, once((m) => {
      const here = sentenceAround(t, m.index, m.index + m[0].length)
      const next = here.end < t.length ? sentenceAround(t, here.end + 1, here.end + 1) : here
      return notAware(m) && !CONFIDENCE_KEPT84.test(t.slice(here.start, next.end > here.end ? next.end : here.end))
    }))
  }
  if (q.may(INSIDER_FINDING86) && INQUIRY_UNDER_WAY85.test(t) && CASE85.test(t) && !INQUIRY_OUT85.test(t)) {
    emitAll(q, doc, t, INSIDER_FINDING86, 'confidential/investigation', emit, spans, once((m) => {
      const here = sentenceAround(t, m.index, m.index + m[0].length)
      return notAware(m) && PARTY_ROLE86.test(t.slice(here.start, here.end))
    }))
  }
}
