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
 * - conf61 (blind R329C, R332M; its own detector file in this folder): finance, contracts, planning and the mayor's office telling unreleased
 *   figures and negotiations in good faith: a section's own estimate before the body deliberates, a zoning change's area before its
 *   publication, a courted company with the terms, a budget or internal paper in the photo, a contract's terms in talks, a session with
 *   the press kept out, an appraisal before a sale, a tender's price bounds, an assessment stage's amount, the invited bidders, a move told
 *   ahead, a budget total awaiting its release, a land price in talks and a draft budget before the council.
 * - conf62 (blind R336D; its own detector file in this folder): health and welfare sections telling facts not yet published: an audit's
 *   findings with their count just after it, a health investigation's findings so far, one facility's case counts to an enquirer,
 *   figures shared in an internal meeting, this year's exam topics as a tip, and a count before the official tally.
 * - conf68 (blind R353A–R360H; its own detector file in this folder): a promise not to name a matter yet, conceded while it is told; the writer
 *   told to keep quiet until a step; the reader asked to feign ignorance of a deal; a blind exercise's scenario told ahead; a paper kept to
 *   the section; a paper used in talks shown; a site settled before its briefing; a contract's price in talks; what the police suspect,
 *   heard inside. Also: the winner named as all but settled (…造園さんでほぼ決まり) and the invited firms listed (BID_NAMED); a fee's draft
 *   revision caught in the photo (MATTER_IN_PHOTO); 【係内連絡】 as a marker; an outbreak as a matter said not yet out (NOT_PUBLIC).
 * - Blind wave 87 (R432H, R434K; its own detector file in this folder): an internal meeting's deliberations told speaker by speaker
 *   (庁議…副市長からは慎重な意見、総務部長は前向き, 結論は次回); the city's inquiry into a staff incident told while open with the member of
 *   staff pinned and what is suspected or weighed (紛失したのは…課の職員で…可能性が高く, 懲戒処分を視野に); a bidder's quote breakdown told
 *   against the others' (見積内訳を見ると…他社より3割安く); a private firm's internal paper read and its plan told (社内資料を見せてもらった…
 *   撤退する計画); a budget request's figure while the assessment goes on (…万円で財政課と調整中); and an inquiry's findings so far with the
 *   inquiring body standing for the case (監査委員事務局が調査中で…ことまでは分かっています). Published minutes, an apology announcing an
 *   incident, a contract announced with its amount, a firm's own release and a budget passed stay clean.
 * Awareness posts (機密性の高い情報を守る研修, 内部情報の漏えい防止) stay clean.
 *
 * One detector file per kind group in this folder (see their docstrings); context.ts holds the shared readings, meta.ts the
 * metadata; paragraph.ts runs the checks in their fixed order (runParagraph, then the later kind detectors).
 */
import { Doc } from '../../doc'
import type { RuleFamily } from '../../rule'
import type { Span } from '../../text'
import { meta } from './meta'
import { AWARENESS, MAX_HITS } from './context'
import { AFFECTED_YET, SITE_NARROWED } from './inquiries-and-deals'
import { EARLY_REVEAL, PRESENTED_WORK, RELEASE_DAY_TO_COME, RELEASE_TO_COME, SEASON_OPENS } from './markers'
import { runParagraph } from './paragraph'

export { plainWords } from './context'

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
