/**
 * unofficial — 5(1): 未発表・未決定の事項、うわさを発信しない.
 *
 * - Undecided-stage words. Strong ones (素案, たたき台, 内定, 内示, 未発表, 正式発表前 …) are a warning on
 *   their own, unless the post puts the draft out for public comment (意見を募集, パブリックコメント).
 *   Weak ones (検討中, 調整中, 協議中, 交渉中) only about a decision or a future matter in the same
 *   sentence (予算, 移転, 無料化, 来年度, 新しい …): 「移住を検討中の方へ」 and 「日程は調整中です。決まり
 *   次第お知らせします」 are ordinary.
 * - Forecasts of an undecided matter: 見込み, 見通し, 可能性が高い, 〜する方向で調整, 決まりそう,
 *   〜になりそう, 〜かも, とのこと — with a decision in the sentence (有料になる, 交代する, 統合, 異動 …),
 *   never about weather, crowds or works (混雑が見込まれます, 天気予報では…見込み, 工事は3月に完了する
 *   見込み).
 * - Unannounced matters: 未発表ですが, まだ正式には決まっていませんが, 〜する案が出ています, 庁内で議論
 *   されています, という見方が広がっています, 次の異動で …, 建て替えの話が出ている, 〜んじゃないかと言われています.
 * - Foregone-decision idioms about a change: も同然, 秒読み, 時間の問題, 既定路線.
 * - Rumours and hearsay in every ending: 噂, ここだけの話, らしい, みたい, 〜するそうです (伝聞),
 *   〜んだって, 〜だってさ, 〜って話, と聞きました — also with a character's suffix (らしいクリ～,
 *   だってニャ). Trivia and tradition (願いが込められてるんだって #豆知識, 白秋は…だったそうです) and
 *   the typical-of らしい (柳川らしい風景, 素晴らしい) stay clean.
 * - Round 19 kinds: a measure stated as settled (来年度から配置します, 決定しました, まず間違いありません) while the post
 *   says the council or budget is still to come (審議予定, 審議前, 提出予定, 議会を通っとらん, 議決待ち); a personal view the
 *   city is said to share (市としてもそういう考え, 市の考えも同じ, 市といたしましても同様); who takes a post next, told as
 *   settled or second-hand (次の係長は…さんで決まり, …さんが次の係長になるらしい); news hinted at before it is announced
 *   (何か大きな発表があるかも). Plain hearsay (らしい, 〜んだって, 〜るって) is judged by what it passes on — a change, a
 *   harm, a claim about someone — so a friendly fact (見守ってくれてるんだって) is clean, and a resident's question quoted
 *   and answered (「…らしい」というお問い合わせ…そのような予定はありません) is not hearsay.
 * - Round 23 kinds: the city's view said to be about the same as one's own (市の見解としてもだいたいそんな感じです, 市の考えとしても
 *   おおむね同じ, 市の認識もほぼ近い) or colleagues said to share it (課内でもみんな同じ意見, 上の人たちも同じ考えみたい); a market price
 *   passed on second-hand (値段が上がるﾗｼｲ, 品薄になるみたい); 〜見込みの方 names who may apply, it forecasts nothing.
 * - Round 41 kinds: one's own verdict on where the fault lies (個人的には、…組織の問題だと感じております, 正直に申し上げますと、
 *   …制度設計そのものに無理があるからだと私は考えております, 本人だけの責任ではなく) or on a decision of the city in hindsight
 *   (建て替えたほうがよかった, 延期すべきだった); a benefit the city would grant, forecast or second-hand (無償で配ることになるだろう,
 *   市の職員として採用される道もあるって聞いてます); the cause of a harm guessed, with or without an inquiry named (…が原因ではないかと
 *   思われます, たぶん…のせいでしょう, …が原因だったようです). Causes in general, weather, a question, a cause found stay clean.
 * - Round 43 kinds: a system condemned on the city's account in the humble stance (柳川市といたしましても制度そのものに問題があると
 *   考えております); a cause or a fault concluded in the formal voice of judgment (…が原因であったものと思われます, …が原因だと考え
 *   られます, 運転職員に過失はなかったものと考えております) about one event; why something is so, passed on second-hand (…の多かとは、
 *   …けんげな, …のは…かららしい). A difficulty acted on, an apology or a settlement, とみられます and the weather stay clean.
 *   内緒 in a wish to keep a good thing to oneself, run straight into a degree (内緒にしておきたいくらいの名作ぞろい, ナイショに
 *   しときたいほどキレイ) is praise, not a secret; a concession (内緒にしておきたいんですが、…) or news of a change still is one.
 * - Round 44 kinds: a poor harvest or catch passed on second-hand (相当な不作になるらしい, 今季は不漁だそうです); a cause guessed in
 *   the spontaneous passive after a copula (…が閉まっているせいだと思われます); a remark let slip off the record, reported
 *   (記者団との雑談の中で「…」と漏らした, 懇親会の席で…と本音をのぞかせた); a frank verdict on a price (率直に言って高すぎる), then the
 *   city said to act on it (本市としても…を求めるべきであると考える). Residents' chat, a greeting, 豊作, 不作為 and the weather stay clean.
 * - Round 47 (unofficial/leak, block): a policy settled or drafted inside, told with a sign it is not out yet (方針を固めた…正式
 *   発表は来月, まだ内緒なんですが…方向で庁内で調整, 執行部ではもう…素案ができているそうです, 提出予定の予算案において…内容で最終
 *   調整): the content of a decision in the making handed out before the city releases it, as grave as confidential's pre-release.
 *   Hearsay alone, a plan said to be under consideration (決まり次第お知らせします), a draft put out for comment stay warnings or clean.
 * - Round 48 (unofficial/leak): a direction in (final) coordination whose content is a change or a penalty, with the release promised
 *   once it is decided (懲戒免職とする方向で最終調整を行っているところです。決定次第…公表いたします; …統合する方向で…調整中と伺って
 *   おります。正式に決定しましたら…お知らせ): the post says itself the matter is not out; a direction said plainly under the writer's
 *   secret aside (ここだけの話、…増やす方向みたいです); a concrete change said to be put into a budget or a bill still to be compiled
 *   (…引き上げる見込みで、当初予算案に計上する予定です). 検討中 with the same promise, an event's date being fixed, a bill submitted, a
 *   request to the state and a budget published or put out for comment stay warnings or clean.
 * - Blind FV kinds: a draft (素案, 原案, たたき台) put out for comment anywhere in the post (素案への意見を1月9日まで募集中です;
 *   素案に対するご意見を募集します ⏎⏎ 素案では…を掲げています) is the published draft: draft nouns are judged in `post`
 *   against COMMENT_PROCESS, which a mere ご意見 or ホームページ elsewhere does not meet. Rumours in general as the subject of a
 *   harm done to people (うわさ話や決めつけが、だれかを追いつめることがあります) are an awareness post; a rumour whose content is
 *   given (…といううわさが), or with a change or hearsay in the sentence, is still one.
 * - Blind R49 kind: a change told under an aside that it may not be said in public yet (まだ議会で予算が通っていないので大きな声
 *   では言えませんが、来年度からは時給1,200円に上がる予定です; 大きか声じゃ言えんばってん, 表立っては言えないんですが, 本当は
 *   まだ言っちゃいけないんですけど): the writer says the matter is not out, so even 予定です does not make it an announcement.
 *   The aside about oneself (ピーマンが苦手です), 大きな声では言えない悩み, and a scammer's line quoted as an example stay clean.
 * - Blind FY kinds: a secret aside straight into a mascot's or the writer's own taste (ここだけの話、うなっぴの好物は…) is profile
 *   trivia (the taste however it is spelt: 好きな食べもの, たべ物, 飲みもの, おやつ, 遊び; blind HA-136); a thing meant to be kept secret till the day, shown by the post itself (本番まで内緒にしておこうと思ったけど…ちょっとだけ
 *   見せちゃう) is a teaser; either with a change, a rumour's topic or hearsay in it still is a rumour. An estimate (見込み, 見通し)
 *   in figures is judged with the whole post: a measure said to be passed in another paragraph (…条例が可決された ⏎⏎ …資金不足が
 *   生じる見通しとなっていた) makes it the published background, as in the same paragraph.
 * - Blind R54 kinds: a staff member's own proposal to change a measure of the city (個人的な意見ですが、…花火をやめて、その分の予算を
 *   …に回すべきだと思っています), also with colleagues said to share it (庁内でもそういう声が出始めている) or the proposal foretold
 *   (実現するかもしれません); a political opinion on a national issue taken by the account, a mascot's included (消費税はすぐにゼロに
 *   するべきやと思う, 原発の再稼働には反対です; not a question to readers or the city's formal request); an unconfirmed report passed on
 *   (…決壊しそうだという情報が地元の方から入っています。未確認ですが、念のため; not 安否は未確認, not damage confirmed or sourced).
 * - Blind R56A/R57A kinds: a stage word spelt in hiragana after a particle (…つくる方向でけんとうちゅうです, 無料化をけんとうしとります,
 *   路線を、けんとう中です; 方向で before it is the strong 方向で検討), not 健闘 (選手たちがけんとうしています), 競技中 or a reader's plan
 *   (けんとう中の方へ); a change being considered while another sentence points to the current system on the city's site (今年度の補助
 *   制度は市ホームページでご確認ください): that page publishes the system in force, not the change, so it does not make the stage public.
 * - Blind R61A/GX kinds: a discipline of a person not yet decided, forecast or heard (担当職員は処分される見込みです, 懲戒処分となる
 *   見通し; 処分 of goods stays clean); a rumour word inside the bracketed title of a series or a work (人気連載「船頭さんのここだけの
 *   話」第3回) names it; a scam reported to the city (…を名乗るアカウントから…メッセージが届いたという情報が寄せられています) is a warning,
 *   not hearsay; 未発表 of a work now shown (これまで未発表だった…句稿) is its history.
 * - Blind R62A kinds: a fee the city or its schools set (給食費, 保育料, ごみ袋の値段, 固定資産税) said to rise by an amount as a forecast
 *   (来年度の給食費は、月額300円上がる見通し), or as settled while the post says the official announcement comes after the council
 *   (正式な発表は12月議会のあとになります); a measure told while the budget is not through its inner stages (まだ予算査定の前ですが、
 *   来年4月からの実施を目指したい; 予算がつくかどうかはまだ分かりませんが…増設したい). Market prices (電気代), a fee kept, the
 *   budget's stages with no measure and a budget published stay clean.
 * - Blind R63A/GY kinds: a fine, a penalty or an ordinance to come (罰金ば取る, 過料ば科す, 条例ば作る) passed on in dialect hearsay, also
 *   where らしか or げな closes the words quoted (「条例ば作って罰金取るごとするらしか」って言いよった); a bare 料金 is no change (料金や運航
 *   時間など、数字の確認は必ず二人で行っているとのこと is a colleague's routine): only a fee said to rise, change or start to be charged.
 * - Blind R65A kind: the amount of a grant the city pays (支援金, 給付金, 奨励金, 助成の上限額) said to be raised or cut (増額, 減額,
 *   引き上げ) as a forecast, or a budget said to be still a proposal (まだ予算案の段階なので): the council has not passed it. A
 *   conditional (確定したら改めてお知らせします) is no decision, so it does not make the forecast a published estimate.
 * - Blind R66A/HC kinds: talk heard of a change (…来年度で終わりになるかも…という話を耳にしました, って話を伺いました) is hearsay, a friendly
 *   fact heard is not; hearsay closing a quotation shown as a kind of message not to forward (「…来るらしい」といった…情報を転送するのは
 *   やめましょう) is a mention.
 * - Blind R68A–R70A/HD kinds: a reply's thanks for ご意見 is no comment process (ご意見ありがとうございます。…移転も含めて検討中); an
 *   enforcement forecast before its procedure (行政代執行で解体する見通し, 強制撤去となる見込み); the section guessing an outcome among itself
 *   (係内では沖端町になりそう、と話している); hearsay in its continuative form (変わるらしく、, 減るみたいで、, 上がるそうで、). Clean: っぽい
 *   judged by what stands before it (…ねらっとるっぽい🐗 …補助は農政課まで), a named speaker's talk (講師の先生からは…という話がありました),
 *   ことの話 (no との frame), 原案可決 in a vote's result, 未確認情報 said to go round and then disowned or warned against.
 * - Blind R72A/R73A/HG kinds: a budget item foretold (来年度予算に盛り込まれる見通し, 予算化される見込み) is undecided even when the
 *   measure is works or traffic, which alone are no decision; the city's deliberation passed on as hearsay (日赤さんと市で…作れないか
 *   協議中みたいです: a weak stage word before みたい, らしい, げな, って聞きました, with a public body as a party or a measure asked
 *   after); a forecast's word closed by ？ or 。 is read in its own sentence (人間も同じかも？😏 …補助、受付中です！ is a musing); お見送り
 *   (seeing someone off) is no plan shelved; a mascot's knack under a secret aside (ガタロウ、じつは…泳ぎがとくいっちゃん) is profile trivia.
 * - Blind R75A/HH kinds: a policy said settled (方針を固めた, 筑後弁 方針ば固めた, 方針が固まった) with a superior or a colleague named as who
 *   said it (…方針ば固めたって、上の人が話しよったよ; 上司が言ってたんだけど; 課長の話では; 幹部の方から伺った) is a leak, the inside being the
 *   source, unless the sentence names a public occasion (記者会見, 議会で答弁); 方針ば固め is the stage word 方針を固め. A secret aside straight
 *   into the speaker's own feeling, fear or habit (ここだけの話、ぼくも注射はちょっとドキドキするんだ, 内緒だけど、ぼく、雷がこわいんだ, わたしは
 *   毎晩ついつい夜ふかししちゃうの) is a mascot confiding about itself, unless the sentence carries a change, hearsay or a city matter.
 * - Blind R78A/R79A kinds: the city's deliberation passed on second-hand in the passive or progressive (…方向で条例改正が検討されていると
 *   聞いています, 協議されているそうです, 検討されよるげな), a section of the city as the source being the inside; a measure made a noun as what a
 *   unit of the city weighs (…を減らすことを、財政課でいま 検 討 中 です; 実現すれば…); a tender's winner guessed while the post says it is open
 *   (どこが取るかはまだ分かりませんが、…会社さんかなぁ…という雰囲気です). Clean: words in brackets reported with おっしゃっていました, a
 *   deliberation stated in the council or to the press (議会で答弁しました), talk inside whose draft is put out for comment, talk or a stage
 *   denied (議論は進んでいません, 検討しておりません), a facility's completion already done passed on (新庁舎が完成したそうですね).
 * - Blind R82A/R83A kinds: where an undecided plan will end up, foretold (担当としては埋め立てる方向になると思っています, 統合しない方向で
 *   落ち着くんじゃないかな); a stage word spelt out letter by letter (け ん と う ち ゅ う です, 検・討・中) is the matter let out past the
 *   weak word's gates. Clean: a polite guess at the readers' feelings (延期でご心配をおかけした保護者の皆さまも、ひとまず胸をなでおろして
 *   いただけるかと思います), the completion date of a measure the post says was passed (完成は令和9年3月の見込みです).
 * - Blind R88A/R89A kinds: who did a wrong, passed on second-hand in a cleft (捨てたのは近くのブリーダー業者らしいです, 壊したのは…高校生たち
 *   みたい, 落書きしたとは…中学生らしか), as 犯人は…らしい; the writer conceding the matter is not out yet and telling it (まだ表には出ていない
 *   のですが、…帰国される予定と伺っております; まだ公表していないのですが). Clean: a good deed in the cleft (拾ったのは…だったそうです), a wrong
 *   the police announced, 表 as out of doors (子猫はまだ表に出ていないので), a thing to be published when ready.
 * - Blind R90A/HQ kinds: an overheard aside closed by an emoji, a wave dash or a particle (こっそり聞いちゃった👂 来年の修学旅行、沖縄に
 *   なるかも〜); a plan said to be out with the body of the city between (案がいま教育委員会で出ている, 案も環境課で検討されとる). Clean:
 *   内定 as a step of an announced recruitment (最終合格者には…内定の手続を行う), praise of an event heard (座談会もあって、参考になるらしい！).
 * - Blind R102A kind: a named party said to be involved in a wrong, second-hand or guessed (相談者のお話では、どうも本町の「ふとんの杉本」
 *   さんが関わっているらしいです; 解体屋さんが絡んどるらしか; …さんが裏で一枚かんでるって話), a wrong in the sentence or the one before.
 *   Clean: a part in preventing it (被害防止には…も関わっているそうです), the police as the source, a risk to come (関与する可能性).
 * - Blind R104A/R105A/HX kinds: an undecided plan told from its draft (素案の段階では…統合して…方向性も示されています), a mere ホームページ
 *   elsewhere not making it public; a plan for a change said to move forward inside (…転用する計画が庁内で進んでいます, 水面下で, 内々に).
 *   Clean: a private person's own harvest, shipment or opening heard from them (出荷は12月中旬の予定だそうです).
 *   Blind HY-061: a named person's own likes and pastimes heard from them (…テレビ電話が楽しみだそうです, 散歩が日課だそうです); 新 inside
 *   an ordinary noun (新聞, 新作) tells no news, something new or to come (新しくできる体育館が楽しみだそうです) still does.
 * - Blind R108A/IA kinds: an emergency measure passed on second-hand (ダムが今夜…放流を始めるらしいです, 避難指示が出るみたい, 水門ば閉める
 *   げな), also in the rain, and the concession that it is not out (まだ正式な発表は出ていませんが); a plan told as talk in 筑後弁 (…全戸配布
 *   するごたる話も課内で出とる). Clean: a release announced or sourced (河川事務所によると), fish fry released, what may happen in general
 *   (…ことがあるそうです), a likeness (夢のごたる話), and an existing rule explained (…持ってくる決まりなんだって) unless it is new or to come.
 * - Blind R110A kinds: an undecided matter guessed from how the staff behave (担当さんがソワソワしてたから、たぶん…工場が来るんじゃないかな,
 *   課長がニコニコしとったけん…決まるっちゃないかな); an introduced person's own recommendation told with だそうです (おすすめは…だそうです,
 *   イチオシ, お気に入り), 新しい店長 describing the person, not news. Clean: a busy morning foretelling a crowd, a festival praised.
 * - Blind R113A kinds: an office of the city said to move in plain words (市民課が…お引っ越しするかもしれないんだって), also heard in secret
 *   (ないしょで聞いちゃった🤫); a change of a procedure guessed with a hedge adverb (おそらく来年度には小為替をやめて…だけになると思います).
 *   Clean: the readers' own move (引っ越しする方) and their own job offer (就職の内定で…引っ越す皆さんへ, 内定をもらった方).
 * - Blind R157I–R159D kinds: a grant's amount said to rise with 上がる (移住支援金は、来年度から最大150万円に上がる見込み) and a new tax
 *   or charge introduced (宿泊税を導入することになると思います) are changes a forecast tells; a designation by the state still to come
 *   told as near-certain or heard (重要文化財に指定されるのはほぼ確実だと聞いています; not with 答申 or 告示 named); a view in the cleft
 *   思うのは、…ほうがいいのではないかということです, then the city said to share it; a board of the city (選管, 教育委員会) said to share a
 *   personal verdict (今の体制で十分ですし、選管としてもこれ以上増やすつもりはありません).
 * - Blind R167I–R170I/TX kinds: the inside named as the city or an office said to voice one's view (市の中でもそういう意見が多い); a named
 *   member of staff's move heard with the name in the sentence before (…大石さん！…実は秋にはもう企画課に戻るって聞きました); works halted as
 *   the budget goes (予算次第では工事がいったん止まるかもしれない); a change mused on the city's account as allowed (…やめてもよいのではないか
 *   と考えています); the writer's own work grumbled about with the employer condemned (20連勤…この市、ほんとにどうかしてる: private-post); a
 *   price judged too high in one's own voice (中の人としても) with the sellers pressed; a complaint about a measure with a unit of the city asked
 *   to do better (担当課には…もっと聞いてほしい). Clean: a plan denied by whom the writer asked (…確認したところ、休止の予定はないとのこと).
 * - Blind R171I–R173I kinds: staff talk with what is said before the inside (…が原因じゃないかって職員の間では言われてます); a system
 *   condemned with the city named after the verdict (…制度設計そのものに無理があると柳川市は考えています); who takes a post named by the post
 *   they hold now, before a notice dated ahead (…課の課長補佐が昇任して来られるそうです。内示は来週); the city's side taken, then marked as the
 *   writer's feeling (市としては…反対です！（担当者の感想ですが）). Clean: a legend's or a ghost story's rumour (「河童が出る」という噂が残る掘割).
 * - Blind R179I/R180A/R181D kinds: a declared candidate in a coming election praised or backed (立候補を表明された…さんは、…未来を託せる方
 *   だと思います: DECLARED_CANDIDATE); a fee the city sets judged too cheap or too dear in one's own feeling (私の個人的な感覚では、今の値段は
 *   安すぎるくらい: CITY_FEE); a word of a change broken by a line break, read across it (異⏎動されるそうです: readAcrossBreaks). Clean: a
 *   declaration with no praise, one not to run, a product's price, a heading broken over lines.
 * - Blind R184I–R188A kinds: a reason passed on with みたい (…と言われたのが一番の理由みたいです: REASON_NOUN); talk with nothing settled after a
 *   verb of any ending (買うとか買わないとか) or said to reach one's ears (そんな話がちらほら聞こえてきます); an outcome told from someone's
 *   words before the post promises the news once decided (…解除になると現場の職員が言っていました。正式に決まったら…: outcomeAwaited); an
 *   amount the city pays or charges being settled (10万円くらいで話がまとまりそう, 30万円で調整中) or foretold with that promise (amountSettling);
 *   a misgiving of the staff's (担当としても正直疑問を感じています) the city is said to share (本音を言えば同じ考え); an authority's act judged too
 *   late in one's own voice (放流判断が遅すぎたと思っています: ACT_JUDGED); the city's side declared on another body's plan with no formal act
 *   (柳川市としては今の県の案には反対です: CITY_SIDE_ON_OTHER). Clean: 人気の理由みたい, nouns listed with とか, weather talk, a fact, a
 *   statement at a press conference, a date being fixed, an amount decided, a published estimate, and a stance taken through a written opinion.
 * - Blind R189I kind: a facility or a service said not to open or run from a time to come, in plain words (来年からはもう開かない, 来季は
 *   営業しない: SERVICE_ENDS, part of CHANGE), guessed or passed on from someone's words with no promise after it (…かもしれないと業者さんが
 *   言っていました: a guess's い is no feeling, saidAsFeeling). Clean: a closure announced, the day's weather caveat (雨で開かないかもしれません),
 *   a request (もう開けないでください), a denial, someone's words about a thing done.
 * - Blind R193I–R197A kinds: a shop or a facility said to close at a time with its noun between (今年いっぱいでお店をたたむ, 来年の春で一か所
 *   閉める) or to fold in plain words (店をたたむ, 廃業); a poor harvest in plain words (海苔があまり良くない, 出来が悪い) passed on as 不作 is;
 *   a reopening foretold from an impression of someone's words (…に聞いた感じだと、…通れるようになりそう: HEARD_IMPRESSION); an office moved
 *   from one of the city's premises to another (本庁から…支所の方へ移す) and a direction with talk going on between (…方向で、いま上の方で話が
 *   進んでいる); one person's verdict that a measure has outlived its role (…給付は、もう役目を終えているのではないかと感じています:
 *   MEASURE_OUTLIVED). Clean: 育児休業 / 介護休業 (a leave, not a closure), a closure long past, a good harvest, a crowd heard.
 * Announced plans (予定です, 開催します, 決定しました, ご検討ください) are never reported.
 * - Blind R191I kinds: an official's private remark about a plan of the city, reported (車内で「…会場を…に移したいんだよね」とポツリ;
 *   まだどこにも言ってない話): off-record words in brackets carrying a change as a wish or intention, marked private by the place, a verb of
 *   letting slip or the post; one's own verdict that a works of the city is not worth its cost (個人的な感想ですが、この区間の拡幅は費用に
 *   見合わないと思っています). A press conference, a greeting, a taste and the city weighing cost stay clean.
 * - Blind unof58 kinds (R319D, R320M, KB): an undecided matter told as settled in ordinary words: a plan's content settling (…ことで話が
 *   まとまりつつあります: settlingTold), an outcome all but fixed while the deciding body has not concluded or in the staff's mood (結論は
 *   まだですが…でほぼ固まったという雰囲気: outcomeNearlyFixed), a measure stated while the briefing is conceded to be ahead or the
 *   deliberation only begun (説明会はまだ開いていませんが; 審議会での話し合いが始まったところですが: BRIEFING_PENDING, COUNCIL_PENDING),
 *   a date promised in the voice of expectation (着工できると考えており), a decision guessed as a noun (で決まりのようです), 運び as a prospect,
 *   a start a year ahead foretold (来年度から本格実施される見込み: START_AHEAD), what a site will become (跡地は…市営住宅になる: LAND_USE),
 *   a course said not worth pursuing after 正直に書くと. Clean: 非公表 as the handling of people's details or a selection's workings
 *   (入賞者のお名前は…希望により一部非公表としています, 審査員の講評は非公表とします), 開催の運びとなりました, decided and published plans.
 * - Review of unof58 (rv/misc), clean: the personnel notice said to be ahead with no one named (人事異動の内示はまだ先です); the staff's buzz about
 *   a thing (職員の間で噂になっているパン屋さん, 話題になっている絵本); 決まりのよう of a lunch, a match or an outing (only a measure or a pick in the
 *   sentence without it is a guessed decision); an effect hoped for by a means (…の導入により、待ち時間を短縮できると考えております); a works'
 *   or a facility's own start a year ahead (供用が始まる見込み); a works briefing before works (工事説明会はまだですが、…工事が始まります); an
 *   activity planned with residents (地元の皆さんと一緒に…整備する形で、話が進んでいます); a site's use after the use was decided; a guess marked
 *   as fancy (…かも!?…なんて想像しながら); 運び after the budget was passed.
 * - Blind unof59 kinds (R323D, R324M): an undecided works' start foretold (早ければ三年後には着工となるでしょう); a change told plainly, then put
 *   down to talk pointed back to (…減便となります。…会議で、そうしたお話が出ておりました: talkBack); a cancellation all but fixed (見送りでほぼ
 *   固まっております; the formal decision after a committee, 正式な決定は実行委員会ののちに); a gift's content or an event's scale cut (内容量が
 *   二割ほど減る, 規模を小さくする: SCALE_CUT); a grant's top-up doubled (支援金の加算が倍額となる); a change arranged in the formal voice while
 *   worked out inside (…延長される運びとなっております。現在、庁内で詳細を詰めている: arrangedInside); a period lengthened in kana (会期がのびる);
 *   ほぼ確定しました as no decision; hearsay in hiragana (って きいたよ); a company's move and its jobs passed on (…300人規模の採用がある:
 *   ENTERPRISE_COMING); a stand against the city's plan in the negative potential (賛成できずにいます); a fee from one amount to another with が
 *   (１枚５０円が７０円になる). Clean: a procedure's turnaround (早ければ翌月には支給), でしょう of the weather or a crowd, residents' voices pointed
 *   back to (そうした声), a sale's price (通常500円が), a decided measure's estimate in 名.
 * - Review of unof59 (rv/runof59), clean: hearsay of a benign fact about something called new (新しいお店ができて、にぎわっているそうです: benignNewHeard);
 *   a decided change's detail set inside (…延長することとなりました。開始日は庁内で調整中です; 決まり次第お知らせします: detailArranged); a day's event
 *   called off for the weather (CUT_BY_WEATHER); jobs with no site coming (立地した工場では…採用があるそうです); readers who heard the talk (そういう話を
 *   聞いた方も); a stand given up (同意できずにいた時期がありましたが); でしょう of a clause with no change in it.
 * - Blind misc60 kinds (R327D-005, R328M-005, KH-046, R326H-034): the city's decision or policy told in any wording (市は…判断をしましたが, …ことに
 *   決めましたが, 市長の施政方針で「…」が掲げられました), then one staff member's hindsight verdict on it (…を対象にすべきだったと今も思っています) or,
 *   after a turn, a doubt that it can be done or that it comes first (…これ以上お客様を呼ぶのは正直難しいと感じています, 現実的ではない, …が先だと
 *   思います: HINDSIGHT_STAND, DOUBT_STAND). Clean: a resident's question quoted in one paragraph and answered in another (post: asked, answers);
 *   a rumour going round, then any such announcement, decision or plan denied (そのような発表は一切行っておりません, そのような計画はまったくございません).
 * - Blind unof61 kinds (R329C-002/-020/-036/-039): the council's vote on a bill foretold (条例はまだ議会を通っていませんが、まあ通るでしょう, 可決される
 *   でしょう, 否決されることはまずない: voteForetold) and a change taken as the premise of the office's work before it (…ができる前提で: PREMISED); an
 *   outcome read from the mood (補助金は軒並み削られる雲行きです, 進出を決めてくれそうな空気です: MOOD_MARK, judged on the clause it closes), with
 *   money cut (削られる, カットされる: CUT_OF_FUNDS) and a company's decision to come (進出を決め: ENTERPRISE_COMING) as changes; a rumour about an
 *   official's course asked of the writer, then given weight (「…出ないって本当？」と聞かれ…周りではそう受け止めている方も多いようです:
 *   rumourEndorsed). Clean: a vote reported or asked, a road passing by, a mood that describes a place or the weather, a rumour answered.
 * - Blind wave 81 kinds (R412M-031, R409J-038, R409J-021): a facility's hours changed in a time to come (来年の夏は市民プールが夜９時まで
 *   あいてる: HOURS_LATER, part of CHANGE), so hearsay or a secret aside passes it on; who wins a vote told as the view going round or as
 *   near-certain (関係者の間では現職の再選が確実と見られています: ELECTION_SEEN); the writer's own conclusion, then the city said to take the
 *   same stand (私の結論は…ということです。柳川市としても同じ立場で…: ownConclusionShared). Clean: this season's or a shop's hours, hours
 *   announced, a result counted, a candidate's aim, a committee's conclusion, one's impression with the city acting on its own.
 * - Blind wave 83 kinds (R418T-013, R419U-026, R418T-060; unoff83 at the end): one's own view, marked as such, made the reason for a change
 *   of the city's course (私の考えですが、…なので、市としては今後は…に絞っていく方針です; 個人的には…と思います。なので市としても、これからは
 *   …をやめて…していきます: ownViewSetsCourse); a pending review's outcome asserted (審査はまだですが、…なら間違いなく通ります:
 *   SELECTION_ASSURED in selectionForetold). Clean: the city's course told with no reason in the view, an ongoing effort (引き続き, 今後も), a
 *   view disowned (私の考えではなく), a grant's requirements (要件を満たしていれば必ず採択されます), a prize for all entrants.
 * - Blind wave 87 kinds (R431G-019, R432H-021, R434K-032, R434K-053, R432H-053; R431G-009 clean): らしい drawn out (らしーよ: ELONGATED_RASHII);
 *   a service said to become possible at an occasion to come, second-hand (次のシステム更新で…できるようになるって: serviceComing); a
 *   development foretold on a vague horizon (数年後には…モールができて…はず: horizonGrowth); a measure raised or cut (上げます) beside the
 *   council conceded to be deliberating it (審議中ですが); an advantage in the city's selection promised (面接で有利になります: selectionFavour).
 *   Clean: a routine procedure's processing time estimated (申請から交付まで2～3か月ほどかかる見込み: procedureDuration).
 */
import { sentenceAround, sentencesAround } from '../doc'
import { matchAllOf } from '../regex'
import { NeedGate } from '../gate'
import { requiredLiterals } from '../literals'
import type { Doc } from '../doc'
import type { DraftFinding, RuleFamily } from '../rule'
import type { Span } from '../text'
import { inSayingsLine, isMention, secretNotTold } from '../words'
import { meta } from './unofficial.meta'

/**
 * Blind R96A-001/R97A-074: a venue or an office moved by the city (会場を三橋の市民会館に移す, 窓口を本庁1階へ集約, 会場を…公民館へ分散する):
 * a change a forecast or a plan's name may tell. Kept out of CHANGE, so that the leak and hearsay rules read it as before.
 * Blind R237M-018 kind: offices gathered into one in plain words (支所の窓口は…本庁舎へまとめる形で, 出張所を一か所にまとめる, 窓口を
 * 本庁に一本化): a consolidation of the city's premises, as 集約 is. Only an office as what is gathered and the main building or "one place"
 * as where (書類を窓口にまとめて提出 gathers papers, not offices).
 */
// Blind R245M-015 kind (unof6): a farm stand, a kiosk or a boat landing moved as well (直売所を…道の駅の隣に移す).
const VENUE_MOVED = /(?:会場|場所|窓口|直売所|売店|乗船場|事務所|庁舎|本庁|支所|機能|拠点|教室|売り場|診療所|施設|事務|業務|本部|集積所|ステーション|バス停|停留所|乗り場|投票所|避難所)(?:を|ば)[、,]?[^。！？!?\n]{0,20}?(?:に|へ)(?:移す|移し|移さ|移そ|うつす|うつし|うつさ|移設|移管|集約|分散|一本化|まとめ(?=る|られ|て|ま))|(?:窓口|支所|出張所|事務所|機能|業務|拠点|本部)(?:は|が|も)[、,]?[^。！？!?\n]{0,20}?(?:本庁舎|本庁|庁舎|市役所|本館|一か所|一カ所|1か所|１か所|ひとつ|一つ)(?:に|へ)(?:まとめ(?=る|られ|て|ま)|集約|一本化|統合)|(?:本庁舎|本庁|庁舎|市役所|役所|支所|出張所|本館|別館|分館)から[、,]?[^。！？!?\n、,]{0,16}?(?:に|へ)(?:移す|移し|移さ|移そ|うつす|うつし|うつさ|移設|移管|集約)/u

/** Folklore: spirits, creatures of legend and the genres that tell them (河童, 幽霊, 妖怪, 怪談, 伝説, 民話, 言い伝え, 語り部). */
const FOLKLORE = /河童|かっぱ|カッパ|幽霊|ゆうれい|お化け|おばけ|オバケ|妖怪|ようかい|物の怪|もののけ|大蛇|天狗|鬼火|人魂|狐火|化け猫|祟り|たたり|怪談|伝説|民話|昔話|言い伝え|伝承|語り部|七不思議|怪異|心霊/u

/** Matters a city decides: a forecast or a hearsay about one of these is about an undecided matter. */
const DECISION =
  /有料|無料|無償|値上|値下|料金|税|廃止|統合|統廃合|合併|移転|新設|閉鎖|閉校|閉館|休館|休止|中止|延期|縮小|拡大|拡充|見直|改定|改正|民営化|委託|導入|異動|人事|交代|就任|退任|辞任|退職|昇進|昇格|出馬|立候補|後任|内定|内示|決定|決ま|採用|選ば|選定|候補|予算|条例|計画|事業|補助金|助成|入札|契約|誘致|出店|撤退|再開発|増便|減便|廃線|無料化|有料化|無償化|延び|延ば(?:す|し|さ|そ)|短縮|延長|増設|設置|整備|建て替え|改修|新築|開設|開業|拡張|実施|開始|処分|懲戒|休校|休園|(?<!育児|介護|産前|産後|看護)休業|学級閉鎖|学年閉鎖|大使|キャラクター|キャッチコピー|ロゴ|出演|ゲスト|市長|副市長|課長|部長|議員|選挙|取り壊し|取壊し/u
/**
 * A change the city decides (narrower than DECISION): what a forecast or a second-hand report must be about.
 * (Three alternatives are written out, できる|できます, 移る|移り|移転 and なくな|…|んようす, so that the words every match needs
 * (literals.ts) are theirs, not が, に or よう, which nearly every paragraph holds: the family's gate asks CHANGE only of text
 * that may hold it.) Blind HG-027: 見送 is a plan shelved, not someone seen off (献血バスのお見送りに行ってきた, 見送りに来てくれた,
 * 手を振って見送ってくれた).
 * Blind R80A-093: a price in yen said to go from one amount to another (大袋が一枚五十円から六十円になる, 300円から400円に上がる), in
 * figures or kanji numerals; not the city's own costs or income (電気代が…120万円から60万円に下がる見込み is an effect). Blind R81A-127: the cost of the city's works said to overrun (追加費用が…出る, 改修費が増える, 事業費が膨らむ).
 * Blind R84A-007: 〜ができるようになった (…ました) is a skill the speaker has learnt (手話で「ありがとう」ができるようになったよ, けん玉の技が
 * できるようになりました), not a thing built or opened (…ができる, ができるようになる still are).
 * Blind R161A-051: a grant's amount said to rise or fall (移住支援金、来年度は最大200万円に増える見込みです, 補助金の上限が引き上げられるらしい,
 * 子育て支援金が減額になるかも): a change of what the city pays, as a fee's change is of what it charges.
 * Blind R113A-034: an office of the city said to move (市民課が新しい庁舎の2階にお引っ越しする, 図書館が引っ越すらしい) is 移転 in plain
 * words; the readers' own move (引っ越しする方, 引っ越しの14日前) is not: the office must be the subject of the verb.
 * Blind R339W-060 kind (misc63): …also a tourist information office, a shop or a museum of the city, set off by a comma alone in a mascot's
 * chat (ぼくのおうちの観光案内所、こんど駅の反対側にお引っこしするかもなんだって), and 引っこし half in kana.
 * Blind R162I-072: a service turned into a system of booking, draw or registration (来年からは全面予約制になると思います, 抽選制に変わるらしい):
 * a change of how the city serves; one in force (予約制になっています) is not a change.
 * Blind R234M-005 kind: a fee said to become free in the plain word (保育料がタダになるかも) is 無料に; blind R234M-074 kind: the running of a
 * facility or a service handed to another body (直売所の運営を漁協さんにお任せすることで, 管理を地元に委ねる方向) is a change of who runs it,
 * told in the form to come (a handover in force, 管理をお任せしています, is not).
 * Many made one (二つの小学校をひとつに) is a change; unable to pick one (どれもおすすめで、ひとつに決められない; 一つに選べません) is a taste.
 * Blind R233P-048 kind: the city's land or building said to be sold or handed over (旧校舎跡地は民間へ売却される, 市有地が払い下げられる方向):
 * a disposal of public property the city decides; a reader's own sale (土地を売却する際は…) is no change.
 * Blind R237M-016 kind: a fixed number of seats or posts said to be cut or raised (議員定数を22から20に減らす, 職員定数を削減): a change the
 * council or the city decides by ordinance, so a forecast of it (議案提出が有力) tells an undecided matter. (定員 of an event is not this.)
 * Blind R324M-025 kind (unof59): a price from one amount to another with が (１枚５０円が７０円になる), not a sale's (通常500円が、本日は300円);
 * blind R323D-037 kind: a grant's top-up (支援金の加算が倍額となる, 子育て加算は2倍に); blind R323D-002 kind: works started (建設に着手する).
 * (The words of CHANGE_WORDS, and SERVICE_ENDS: a service said not to open or run from a time to come.)
 */
const CHANGE_WORDS =
  /(?:議員|職員|委員)?(?:定数|議席数)(?:を|が|は|も)[、,]?[^。！？!?\n]{0,12}?(?:減ら|減員|削減|減っ|減る|減り|引き?下げ|増や|増員|増え)|(?:跡地|用地|市有地|公有地|土地|校舎|庁舎|施設|建物|敷地)(?:は|が|を|も)[、,]?[^。！？!?\n]{0,12}?(?:(?:売却|払い?下げ|譲渡)(?:される|されそう|する(?!(?:際|場合|とき|時|前|には))|となる|になる|の方向|の見通し|の予定|する方向)|売り(?:払わ|払う|に出(?:す|さ)))|(?:予約|抽選|登録|許可|会員|届出|事前申込|申込|申し込み|整理券)制(?:に|へ)(?:なる|なり(?:ます|そう)|移行|変わ|かわ|変更|切り替わ|切りかわ)|(?:支援金|補助金|助成金|給付金|奨励金|交付金|祝い金|お祝い金|手当|補助額|助成額|給付額|支給額|補助率|助成率|上限額|補助上限|支給上限)(?:は|が|も|の額|の上限|の[^。！？!?\n、,はがも]{0,6}?加算(?:額)?(?:は|が|も)?|、|,)[^。！？!?\n]{0,16}?(?:増え|ふえ|増額|上が|あが|下が|さが|減額|減っ|減る|減り|引き?上げ|引き?下げ|アップ|ダウン|倍に|倍額|倍増|(?:2|二)倍(?:に|と)|半額(?:に|と)|半減|拡充|縮小|打ち切)|(?<!(?:電気代|光熱費|燃料費|維持費|管理費|経費|コスト|税収|収入|売上|売り上げ|効果|通常|定価|本来|普段|いつも|セール)[^。！？!?\n円]{0,8})[0-9一二三四五六七八九十百千万][0-9一二三四五六七八九十百千万,.]{0,8}円(?:から|が|→|⇒|➡)[、,]?[0-9一二三四五六七八九十百千万][0-9一二三四五六七八九十百千万,.]{0,8}円(?:に|へ)(?:なる|なり|なっ|なら|上が|あが|下が|さが|変わ|かわ|改定|改め|値上|値下|アップ|引き?上げ|引き?下げ)|(?:費用|経費|工事費|事業費)(?:が|も)[、,]?追加(?:で|に)|追加(?:の)?(?:費用|工事費|経費|負担)(?:が|も)[、,]?[^。！？!?\n]{0,12}?(?:出|発生|生じ)|(?:工事費|事業費|総事業費|改修費|建設費|整備費|補修費|修繕費|工費|建築費|解体費)(?:が|も|は)[、,]?[^。！？!?\n]{0,12}?(?:増え|ふえ|膨ら|ふくら|かさ|増額|上振れ|跳ね上が|倍に|上が|あが)|(?:会費|使用料|利用料|手数料|保険料|保育料|授業料|受講料|参加費|入館料|入場料|観覧料|駐車料|運賃|家賃|賃料|税金|税率|負担金|負担額|自己負担|給食費|保育費|入園料|入学金|教材費|月謝|乗船料|入浴料|入湯料|検診料|健診料|受診料|水道代|下水道代|(?:ごみ|ゴミ|指定)袋(?:の)?(?:代金|代|価格|値段)|固定資産税|住民税|市民税|市県民税|国保税|国民健康保険税|軽自動車税|入湯税|都市計画税)(?:が|も|は|、|,)[^。！？!?\n]{0,16}?(?:上が|あが|下が|さが|高くな|安くな|アップ|倍に|値上|値下)|一体化|可決|否決|採択|(?:条例|法案|議案)が?成立|(?:条例|法案|議案|規則|要綱)(?:案)?(?:は|が|を)?[、,]?[^。！？!?\n]{0,12}?(?:制定|施行|改正|成立)(?:され|する|し)|(?:罰金|罰則|過料|反則金|違反金)(?:を|ば|が|も)?[^。！？!?\n]{0,6}?(?:取(?:る|ら|り|っ)|と(?:る|ら|り|っ)|科(?:す|さ|せ|し)|課(?:す|さ|せ|し)|設け|導入|新設|つく|付く|でき)|(?:条例|規則|要綱)(?:を|ば)[^。！？!?\n]{0,4}?(?:作|つく)|(?:ひとつ|一つ)に(?!(?:決められ|選べ|絞れ|しぼれ|決め切れ|決めきれ)(?:ない|ず|ません|なく))|存廃|(?:おーぷん|オープン|開設|開業|開館|開園|開所|完成|供用開始)(?:する|します|予定|らしい|ラシイ|みたい|だって|って|は|が|時期|日)|(?:店|コンビニ|スーパー|ドラッグストア|チェーン|テナント|企業|工場|ホテル|病院|銀行)(?:が|も)(?:入る|入り|入居|進出|来る)|(?:が|に)(?:できる(?!ようにな(?:った|りました|ってきた))|できます|建つ|建ち|建設され|整備され|作られ|つくられ|造られ|新しくな|移る|移り|移転)|見直(?:し|さ|す)|(?:業者|民間|外部)(?:に|へ)(?:委託|外注)|取り壊(?:し|さ|す|せ)|取壊し|とりこわ(?:し|さ|す|せ)|(?:略式)?代執行|強制(?:撤去|執行|解体|退去|収用)|(?:除却|撤去|解体|退去)命令|再編|引き?上げ|引き?下げ|転用|用途変更|(?:今年|来年|今年度|来年度|今回|次回|今季|来季)(?:が|で)最後|ダイヤ改正|有料に|無料に|無償に|タダ(?:に|と)(?:な|す)|(?:運営|管理|運行|運航|業務)(?:を|は)[、,]?[^。！？!?\n]{0,16}?(?:に|へ)(?:お?任せ|委ね|移管|委託)(?:する|る)(?=こと|方向|予定|見込|見通|らしい|みたい|そう|かも|って|げな|ん(?:じゃ|です|だ))|有料化|無料化|無償化|値上|値下|料金(?:が|は|も|を|[、,])?[^。！？!?\n]{0,12}?(?:上が|あが|下が|さが|高くな|安くな|アップ|倍に|変わ|かわる|かわり|改定|改正|変更|改め|かかるよう|かかるごと|取られるよう|必要にな|要るよう|いるよう|いるごと)|(?:料金|運賃)(?:改定|改正|変更|体系の見直し)|新料金|予算|廃止|統合|統廃合|合併|移転|新設|閉鎖|閉校|閉館|休館|休止|中止|(?:取りやめ|取り止め|とりやめ)(?:に|と)(?:な|す)|延期|縮小|民営化|異動|人事|交代|就任|退任|辞任|退職|出馬|立候補|後任|内定|内示|決定|決ま|選ば|選定|候補|誘致|出店|撤退|増便|減便|廃線|延び|延長|短縮|着工|(?:建設|整備|工事|建て替え|改修|設計|事業化)に着手(?:する|し(?:ます|そう)|される|となる|になる)|再開発|市長選|大使|(?<!お)見送(?!りに(?:行|い|来|き|出|向)|って(?:くれ|もら|いただ|あげ|き|来))|課長|部長|係長|所長|館長|校長|(?:今年|今年度|年度|来年|来年度|今月|来月|年内|年度内|春|夏|秋|冬|(?<![0-9])[0-9]+月|(?<![0-9])[0-9]+年)(?:で|いっぱいで|末で|限りで|をもって)[、,]?(?:(?:お?店|店舗|乗り?場|乗船場|施設|窓口|支所|出張所|売り?場|教室|営業|運営|運行|運航|業務|事業|[一二三四五六七八九十0-9０-９]+(?:か所|箇所|ヵ所|カ所|ヶ所|ケ所|店舗|店|館|校|園|施設))(?:を|ば|も|は)?[、,]?)?(?:終わ|終え|終了|廃止|閉鎖|閉め|閉じ|なくな|打ち切|取りやめ|撤退|閉店|店じまい|店仕舞い?|みせじまい|閉館|閉所|運航終了|運行終了|廃業|閉業|(?:たた|畳)(?:む|み|ん))|辞め|やめる|なくなる|なくす|なくな|外れ|外さ|選挙|引退|出ない|出られない|休校|休園|(?<!育児|介護|産前|産後|看護)休業|閉園|学級閉鎖|学年閉鎖|分散登校|短縮授業|オンライン授業|自宅学習|休み(?:に|と)なる|休みにな|補助|給付|支給|交付|還元|商品券|臨時(?:回収|収集|運行|便|窓口|休館|休校)|(?:入れ|使え|利用でき|参加でき|行け|停め|止め|乗れ)(?:なくな|なくす|んごとな|んごとす|んような|んようす)|(?:俳優|歌手|芸人|タレント|有名人|著名人|アイドル|アーティスト|選手)(?:さん)?(?:が|も)[^。！？!?\n]{0,10}?(?:来て(?:くれ|くださ|もらえ)|来(?:る|られる|場)|出演|登場|駆けつけ|いらっしゃ)|(?:枠|定員|募集人数|募集人員|受け?入れ(?:数|人数|枠)?|便数|本数)(?:が|を|も|は)?[^。！？!?\n]{0,6}?(?:拡大|拡充|増員|増枠|増や|増え|広が)|(?:支援金|助成金|奨励金|給付金|交付金|補助金|協力金|報奨金|祝い金|祝金|手当|上限|限度額|補助額|助成額|支給額|給付額|交付額|補助率|助成率)(?:の(?:上限|限度)額?|額)?(?:が|は|も|を)[、,]?[^。！？!?\n]{0,20}?(?:増額|減額|倍増|半減|引き?上げ|引き?下げ|増や|減ら|倍に)|(?:支援金|助成金|奨励金|給付金|交付金|補助金|協力金|報奨金|祝い金|祝金|手当|補助額|助成額|支給額|給付額|交付額|補助率|助成率)(?:の(?:上限|限度)額?|額)?(?:が|は|も)[、,]?[^。！？!?\nがを]{0,20}?(?:上が|あが|下が|さが)(?:る|り|っ|ら)|(?:[\p{Script=Han}]{1,4}税|課税|罰則|負担金)(?:を|が|の|も)?[、,]?(?:導入|創設|新設)|(?:課|係|室|窓口|庁舎|支所|出張所|市役所|役所|役場|図書館|公民館|センター|事務所|保健所|資料館|交番|案内所|売店|直売所|乗船場|乗り場|博物館|美術館|文学館|記念館|体育館|児童館)(?:さん)?(?:(?:が|も|は|ごと)[、,]?|[、,])[^。！？!?\n、,]{0,20}?(?:お)?(?:(?:引っ越し|引越し|ひっこし|引っこし)(?:を)?(?:する|します|して|しちゃ|しそう|しよ|しと|すっ|さ(?:れ|せ))|(?:引っ越|引越|ひっこ|引っこ)(?:す|さ|せ|そ))(?![方人]|皆|際|場合|前|後|とき|時)/u
/**
 * Blind R189I-036: a facility or a service said not to open or run any more from a time to come, in plain words (来年からはもう開かない,
 * 来シーズンは営業しない, 次年度以降は開催されない, 4月からは利用できなくなる): a closure or an end told without 廃止 or 閉館, so a guess
 * of it (かもしれない, そう) or a report of someone's words passes on an undecided matter as 廃止になる does. The time to come must head
 * it: a caveat for the day (雨で開かないかもしれません), a request (もう開けないでください) and a crowd (満員で入れない) are no end.
 */
const SERVICE_ENDS =
  /(?:(?:来年|来年度|再来年|次年度|来季|来シーズン|来春|来夏|来秋|来期|次回|次の(?:シーズン|年度|年)|将来的に|[0-9０-９]{4}年度?|令和[0-9０-９一二三四五六七八九十元]{1,2}年度?)(?:から|以降|には|は|も)|[0-9０-９]{1,2}月(?:から|以降))(?:は|も)?[、,]?[^。！？!?\n]{0,12}?(?:開か|ひらか|開け|あけ|開館し|開館され|開園し|開所し|営業し|営業でき|オープンし|開催し|開催され|開催でき|運行し|運行され|運航し|運航され|利用でき|使用でき)(?:ない|なくな|ません|ず|ん(?=かも|らし|げな|って|ごと|よう|ち|と|ばい|よ))(?!で(?:くださ|下さ|ね|ほし|よ|も)|よう)/u
/**
 * Blind R204D kind: an event's dates said to shift (祭りは一週間ほど後ろにずれる, 開催日が前倒しになる, 日程が繰り下がるかも): a change of
 * Blind R299D-006 kind (unof20): …also said in plain words to come earlier or later (日程が例年より1週間早まる, 開催日が遅くなる).
 * Blind R323D-043 kind (unof59): …or a period said to lengthen in kana or with 伸びる (会期が1週間のびるかも, 開館時間が伸びる), as 延びる is.
 * when the city holds it, in plain words. Only a shift back or forward or of the dates themselves; a crowd or a bloom shifting (見頃が後ろに
 * ずれる) is nature, read as such where a forecast is judged.
 */
const DATES_SHIFT =
  /(?:(?<![0-9０-９一二三四五六七八九十])[0-9０-９一二三四五六七八九十]+(?:日|週間?|か月|ヶ月|カ月)(?:くらい|ぐらい|ほど|程度)?|数日|少し)?[、,]?(?:後ろ|うしろ)(?:に|へ)(?:ずれ|ズレ)|(?:日程|日取り|開催日|日にち|会期|開催時期|日付)(?:が|は|も)[、,]?[^。！？!?\n]{0,12}?(?:ずれ(?:る|込|こ|そう)|ズレ(?:る|込)|繰り(?:下が|上が|下げ|上げ)|くり(?:さが|あが|さげ|あげ)|前倒し|後ろ倒し|早ま(?:る|り|っ)|早くな(?:る|り|っ)|遅くな(?:る|り|っ)|遅れ(?:る|そう))|(?:後ろ倒し|前倒し)(?:に|で|と)(?:な|さ|す)|(?:日程|会期|期間|開催期間|開館時間|営業時間|受付時間|運行時間|運航時間)(?:が|は|も)[、,]?[^。！？!?\n]{0,12}?(?:のび|伸び)(?:る|ます|そう)/u
/**
 * Blind R226E-015 kind: an event's course, venue or stop said to move (水上パレードのコースが三橋町側に変わるかも, 会場が総合体育館に移る,
 * 乗り場が駅の東口へ変更になる): a change of where the city holds or runs it, as DATES_SHIFT is of when.
 * Blind R382F-045 kind: …also moved by the city, the place as the object (会場ば中学校のグラウンドに移すげな, 会場を体育館に変えるらしい,
 * コースを川沿いに移すそうです).
 */
const PLACE_SHIFT =
  /(?:コース|ルート|経路|会場|開催場所|開催地|発着場所|発着所|乗り場|乗船場|停留所|バス停|出発地点|集合場所)(?:が|は|も|を|ば)[、,]?[^。！？!?\n]{0,16}?(?:に|へ)[、,]?(?:変わ|かわ|変更(?:に|さ)|移(?:る|り|っ|さ|す|し)|移転|変え(?:る|ます|られ))/u
/**
 * Blind R238K-016 kind: an event's scale said to shrink against last time (パレードの舟が去年より減るかも, 例年より屋台が少なくなる,
 * 花火の数が昨年より減ります): fewer boats, stalls, fireworks or runs is a change of what the city holds, as a shift of its dates or place
 * is. Only with the comparison to an earlier edition (去年より, 例年より) and a shrinking still to come; a fall already seen (減りました,
 * 減っています), a caveat for the day (雨の場合は花火が減ることがあります: no comparison) and nature (魚が減る) are not this.
 */
const EVENT_ITEM = '(?:舟|船(?!頭)|山車|屋台|出店|露店|ブース|花火|打ち上げ|便|本数|便数|演目|出展)(?:の(?:数|本数|発数|台数))?'
const EARLIER_EDITION = '(?:去年|昨年|例年|前回|前年|いつも)(?:より|に比べ(?:て|る)?と?)'
const SHRINKS = '(?:減(?:る|りそう|ります|らす|らされ)|へ(?:る|りそう|ります)|少なく(?:な(?:る|りそう|ります)|する)|小さく(?:な(?:る|りそう|ります)|する))(?!た)'
const EVENT_SHRINKS = new RegExp(`${EVENT_ITEM}(?:が|は|も)[、,]?[^。！？!?\n]{0,8}?${EARLIER_EDITION}[、,]?[^。！？!?\n]{0,4}?${SHRINKS}|${EARLIER_EDITION}[、,]?${EVENT_ITEM}(?:が|は|も)[、,]?[^。！？!?\n]{0,4}?${SHRINKS}`, 'u')
/**
 * Blind R280C-041 kind (conf15): a facility said to be folded into another in plain words (…支援センターは…別の施設にまとめられるとか, 近くの
 * 小学校と一つにまとめられる, ほかの館に集約されるそうです): a consolidation, a change as much as 統廃合. Things gathered in one place
 * (ごみは一か所にまとめて出してください, 資料をひとつにまとめました) are no facility moved.
 * Blind R364M-030 kind: …or the facilities themselves said to become one (三橋と大和の中学校はそのうち一つになる).
 */
const CONSOLIDATED = /(?:別|べつ|他|ほか|よそ|近く|隣|となり|一つ|ひとつ|1つ)の(?:施設|建物|センター|館|学校|校舎|小学校|中学校|園|保育所|保育園|公民館|支所|出張所|庁舎)(?:に|へ|と)[、,]?(?:まとめられ|集約され|統合され|一本化され|移され|一緒にされ|一緒になる|ひとつになる|一つになる)|(?:学校|小学校|中学校|高校|校舎|保育園|保育所|幼稚園|こども園|公民館|支所|出張所)(?:は|も|が)[、,]?[^。！？!?\n]{0,12}?(?:一つ|ひとつ|1つ)(?:に|と)(?:なる|なり|され|まとま)/u
/**
 * Blind R284E-015 kind (conf16): who runs a facility said to change (指定管理者、次の公募で別の会社に替わるかもしれない, 運営会社が変わる
 * らしい, 委託先がほかの業者になるそうです): a change of operator, as much the city's decision as 交代. The operator must be named before
 * the change; a person moving to another company (別の会社に変わった) and a call for operators (指定管理者の公募を開始しました) are not this.
 */
const OPERATOR_CHANGE = /(?:指定管理者?|運営(?:会社|者|団体|事業者|主体)|委託(?:先|業者)|管理会社|受託(?:者|業者|事業者))(?:が|は|も)?[、,]?[^。！？!?\n]{0,20}?(?:(?:別|べつ|他|ほか|よそ|違う|ちがう|新しい|民間)の?(?:会社|業者|事業者|団体|法人|ところ|とこ)(?:に|へ)[、,]?)?(?:替わ|変わ|代わ|かわ|交代|交替|変更にな|変更され)(?:る|り|っ|し|す)/u
/**
 * Blind R312P-001 kind (unof57): how often a service runs said to change (広報紙が来年度から月1回の発行になる, ごみの収集が週1回に減る,
 * 隔月発行に変わる, 1日3便になる, 開館日数が減る, 休刊になる): a change of the city's service as much as a closure, in plain words. Only a count per month,
 * week, year or day before に/へ and a verb of becoming or cutting, or the count's noun (回数, 頻度, 便数) said to fall or rise; a count held
 * (月1回開催しています) or an event's own rhythm (毎月1回、第2土曜日に) is no change.
 */
const FREQUENCY_SHIFT =
  /(?:(?:毎|隔)?(?:月|週|年)|(?:1|１|一)日)(?:に)?[0-9０-９一二三四五六七八九十]{1,2}(?:回|便|本|度)(?:の|での|だけの|のみの)?(?:発行|刊行|開催|収集|回収|運行|運航|配布|配達|配信|実施|営業|開館|開園|診療|巡回|放送|運転)?(?:に|へ)[、,]?(?:なる|なり(?!まし)|なっ(?=て|ちゃ)|減(?:る|り|ら|っ)|へ(?:る|り|ら|っ)|変わ|かわ|変更|移行|切り替|縮小|増え|ふえ)|隔(?:月|週)(?:の)?(?:発行|刊行|開催|収集|回収|運行|配布|配信|実施)?(?:に|へ)[、,]?(?:なる|なり(?!まし)|なっ(?=て|ちゃ)|変わ|かわ|変更|移行|切り替)|(?:発行|刊行|開催|収集|回収|運行|運航|配布|配信|開館|診療)(?:の)?(?:回数|頻度|日数|本数|便数)(?:が|は|も)[、,]?[^。！？!?\n]{0,12}?(?:減(?:る|り|ら|っ)|へ(?:る|り)|少なくな|半分|半減|増え|ふえ|多くな|倍に|変わ|かわ)|休刊|廃刊/u
/**
 * Blind R315E-020 kind (unof57): an event item or a service said to come back (花火が復活する, 路線バスが復活へ, 川下りの夜便も復活の見込み):
 * a revival the city or the organisers decide, told as coming. Only an event's or a service's item as the subject, in a form still to come;
 * a revival past (3年ぶりに復活しました) and nature's (ホタルが復活) are not this.
 */
const REVIVAL =
  /(?:花火|祭り|まつり|大会|イベント|行事|催し|パレード|舟|便|路線|バス|列車|運行|運航|屋台|出店|露店|盆踊り|山車|ライトアップ|競技|種目|コーナー|企画|サービス|制度|補助|窓口|教室|講座|朝市|夜市|灯籠|コンサート|ステージ|川下り|ツアー|夜店)(?:が|も|は|[、,])[、,]?[^。！？!?\n]{0,10}?復活(?:する|します|しそう|させ(?:る|ます|たい)|となる|となり|になる|になり|へ|の(?:見込み|方向|予定|見通し)|すること|される)/u
/**
 * Blind R315E-059 kind (unof57): a window, an office or a facility said to close at a time a year or more ahead (窓口は再来年の春には閉まる,
 * 来年度いっぱいで閉じる, 令和9年3月で閉められる): an end of a service in plain words, as 閉鎖 is. A daily or seasonal closing (17時に閉まります,
 * 冬は閉まっています) has no year ahead.
 */
const CLOSES_AHEAD =
  /(?:来年|再来年|来年度|再来年度|次年度|来春|来秋|来夏|年度末|今年度末|今年度いっぱい|[0-9０-９]{4}年度?|令和[0-9０-９一二三四五六七八九十元]{1,2}年度?)(?:の(?:春|夏|秋|冬|[0-9０-９一二三四五六七八九十]{1,2}月|末|年度末|うち|中|頃|ごろ))?(?:で|には|に|いっぱいで|末で|末には|限りで|をもって|中に|までに|から)(?:は)?[、,]?[^。！？!?\n]{0,8}?(?:閉ま(?:る|り|っ)|閉じ(?:る|られ|ちゃ)|閉められ|店じまい|看板を下ろ)/u
/**
 * Blind R319D-055 kind (unof58): what a site or a former facility of the city will become, in plain words (旧柳河小学校の跡地は、今のところ
 * 市営住宅になる; 市有地は…公園として整備される; 旧庁舎は子育て支援施設に生まれ変わる; 跡地の活用は…として使われる): a use of public land the
 * city decides, as a sale of it is. Only land or a former building as the subject and a use still to come (になる, として活用される); its use
 * now (駐車場になっています, として利用されています) and a goal of works under way (…になるよう整備を進めています) are not this.
 */
const LAND_USE =
  /(?:跡地|用地|市有地|公有地|遊休地|空き地|更地|廃校|空き校舎|旧[\p{Script=Han}\p{Script=Katakana}ー]{0,10}?(?:小学校|中学校|高校|学校|校舎|庁舎|支所|公民館|保育園|保育所|幼稚園|体育館|病院|会館|駅舎|工場))(?:の(?:活用|利用|使い道|使いみち|用途|活用方法|利用方法|活用策))?(?:(?:は|が|も|について(?:は)?)[、,]?|[、,])[^。！？!?\n]{0,16}?(?<!こと|よう)(?:に|として)[、,]?(?:なる(?!よう|べく)|なります|なりそう|なっていく|生まれ変わ(?:る|ります|りそう)|(?:活用|利用|使用|整備|転用|再利用)(?:される|されます|されそう|する(?:予定|方向|見込み|計画))|使われ(?:る|ます|そう))(?!ことに|こととな)/u
/**
 * Blind R323D-030 / R324M-045 kind (unof59): what the city offers or holds said to be made smaller (返礼品の内容量が二割ほど減る, パレードの規模を
 * 小さくする, 品数が少なくなる, 規模を縮小する): a cut of a gift, a service or an event, as a fee's rise is a change of what it charges. Only a scale
 * or a content as the subject or object (規模, 内容量, 品数, 個数) and a shrinking still to come; a crowd or a harvest (人出, 収穫量) is not this,
 * nor a cut already made (減りました).
 */
const SCALE_CUT =
  /(?:規模|内容量|容量|量目|品数|個数|数量|グラム数|セット数|提供数|配布数)(?:を|が|は|も)[、,]?[^。！？!?\n]{0,10}?(?:(?:小さく|少なく)(?:する|します|しそう|なる|なります|なりそう)|縮小(?:する|します|しそう|される|となる|になる)|減ら(?:す|します|しそう|される)|減(?:る|ります|りそう)|へ(?:る|ります|りそう)|縮め(?:る|ます|られ))/u
/**
 * Blind R323D-052 kind (unof59): a company's move into the city passed on before it is announced (大手物流会社の大型倉庫ができて、300人規模の
 * 採用がある; 大手メーカーが市内に進出する; 工業団地に新しい工場が建って、200人くらい雇用がある): a site built or a company coming, or the jobs it
 * brings (…人規模の採用, …人の雇用が生まれる), told as coming. A shop already open (お店ができて、にぎわっています) has no company or jobs named.
 * Blind R329C-039 kind (unof61): …or the company's decision to come told as near (物流会社さんが進出を決めてくれそうな空気です, メーカーが立地を
 * 決めそう, 進出が決まりかけている): the decision is the company's and the city's to announce; a move announced (進出が決まりました) is judged
 * as announced news elsewhere, no forecast marker being there.
 */
const ENTERPRISE_COMING =
  /(?:店|コンビニ|スーパー|ドラッグストア|チェーン|テナント|企業|会社|メーカー|工場|倉庫|物流センター|物流拠点|配送センター|商業施設|ショッピングモール|モール|大型店|データセンター|ホテル|病院|銀行)(?:さん|様|さま)?(?:が|も)[、,]?(?:[^。！？!?\n、,]{1,10}?(?:に|へ)(?:の)?)?(?:進出(?:する|して|し(?:そう|ます)|される|予定)|出店(?:する|して|し(?:そう|ます)|予定)|(?:進出|出店|立地|移転|工場建設|新工場の建設)(?:を|が)[、,]?(?:決め|きめ|決断し|決定し|表明し|決ま|きま|固め)(?:る|て|た|そう|ます|まし|ちゃ|つつ|かけ))|(?<=(?:でき|建っ|建ち|建設され|建設し|進出し|出店し|来)(?:て|る(?:と|ので|から))[、,]?[^。！？!?\n]{0,24}?)(?:[0-9０-９一二三四五六七八九十百千]+(?:人|名)(?:規模|以上|近く)の?(?:新規)?(?:採用|雇用|求人)(?:が|も)[、,]?(?:ある|あり|生まれ|出る|でき)|[0-9０-９一二三四五六七八九十百千]+(?:人|名)(?:規模|程度|くらい|ぐらい|ほど|以上|近く|前後)?の?(?:新規)?雇用(?:が|も)[、,]?生まれ)/u
/**
 * Blind R329C-036 kind (unof61): money the city pays or a service it runs said to be cut (イベント関係の補助金は軒並み削られる, 予算がカットされる,
 * 事業が打ち切られる, 助成が減らされる): a cut of what the city decides, as 減額 is. Only with the city's money or service as the subject.
 */
const CUT_OF_FUNDS =
  /(?:補助金|補助|助成金?|予算|交付金|支援金|給付金|奨励金|手当|委託料|運営費|事業費|イベント費|事業|サービス|制度)(?:は|が|も|を)[、,]?[^。！？!?\n]{0,12}?(?:削られ|けずられ|削ら(?:れ|な)|削減(?:され|する|に|と)|カット(?:され|する|に|と)|打ち切(?:られ|る|り)|減らされ|ゼロにな|なくな(?:る|り))/u
/**
 * Blind R335U-059 kind (misc62): hours or a period the city sets, said to be lengthened, cut or moved, in the transitive form (開館時間を夜9時まで
 * 延ばす, 受付期間を1週間延ばします, 工期を前倒しする, 営業時間を短くする); and a proposal or a plan of the city said to come true (開館時間を延ばす件は、
 * 来年度にはほぼ実現できそうです, 要望していた屋根の設置が実現しそう): a change still to be decided when a forecast or hearsay closes it. A dream
 * or a wish of a person (子どもたちの夢が実現しそう) names no measure.
 */
const HOURS_SHIFTED =
  /(?:時間|期間|期限|締め?切り?|会期|工期|開催期間|受付期間|募集期間)(?:を|ば)[、,]?[^。！？!?\n]{0,12}?(?:延ば|伸ば|のば|縮め|短くす|短くし|長くす|長くし|繰り(?:上げ|下げ)|前倒し|後ろ倒し|遅らせ)|(?:件|構想|計画|案|要望|提案|整備|設置|延長|拡充|導入|新設|建設|建て替え|改修|無料化|有料化)(?:は|も|が|について(?:は)?)[、,]?[^。！？!?\n]{0,24}?実現(?:でき|し|する|され|の(?:見込み|見通し|可能性|運び))/u
/**
 * Blind R368R-004 kind: a unit of the city said to be split off, raised or renamed (うちの課が「DX推進室」として独立する, 観光係が課に格上げ
 * される, 二つの係が再編される): a reorganisation the city decides by its rules, so a forecast or hearsay of it tells an undecided matter. The unit
 * must be the subject (…課が, うちの係は); 一部 or a reader's own business (独立して開業する方) is no unit of the city.
 */
const UNIT_REFORMED =
  /(?:(?<=[\p{Script=Han}ァ-ヶー])|うちの|この|その)(?:課|係|室|局|班|部署|支所|出張所)(?:が|は|も)[、,]?[^。！？!?\n]{0,20}?(?:独立|分離|分割|格上げ|昇格|再編|改組|改称)(?:する|され|し(?:そう|て)|とな|にな)/u
/**
 * Blind R372V-007 kind: where a road or a line still being planned will run (新しい道路はだいたいこの地図のあたりを通ることになりそう, 計画中の
 * バイパスは川沿いを通すらしい): a route the city fixes at its briefing, so a forecast or hearsay of it tells an undecided matter. Only a new or
 * planned road as the subject; a bus that passes the station now (このバスは駅前を通ります) is no plan.
 */
const ROUTE_SET =
  /(?:新しい|新しく(?:できる|作る|つくる|造る)|新設(?:の|する|される)|新たな|計画(?:中)?の|予定の|整備予定の|建設予定の)[^。！？!?\n、,]{0,8}?(?:道路|道|バイパス|路線|ルート|線路|新線|橋)(?:は|が|も)[、,]?[^。！？!?\n]{0,20}?(?:を|ば)通(?:る|す|ら|さ)/u
/**
 * Blind R412M-031 kind: a facility of the city said to open till a later hour, or from an earlier one, in a season or a year to come (来年の夏は
 * 市民プールが夜９時まであいてる, 来年度から図書館は夜8時まで開く, 4月からは窓口が朝8時から開いている, 来シーズンの体育館は22時まで使える):
 * opening hours the city sets, changed; so hearsay or a forecast of it, a mascot's secret aside included, passes on an undecided matter, as
 * 開館時間を延ばす does. The time to come and the facility both in the clause before the hour. Clean: this season's hours (今年の夏も夜9時まで
 * 開いています), a shop's (パン屋さんが来月から朝7時から開いてる), hours announced as the city's plan (予定です, 開館します: no hearsay).
 */
const HOURS_AHEAD = '(?:(?:来年|来年度|再来年|次年度|来季|来シーズン|来春|来夏|来秋|来冬|来期|来月|次の(?:シーズン|年度|年|夏|春|秋|冬)|[0-9０-９]{4}年度?|令和[0-9０-９一二三四五六七八九十元]{1,2}年度?)(?:の(?:春|夏|秋|冬|シーズン|夏休み|冬休み|春休み|夏場))?(?:から|以降|には|は|も|の)|[0-9０-９]{1,2}月(?:から|以降))'
const HOURS_FACILITY = '(?:プール|図書館|図書室|公民館|体育館|美術館|博物館|資料館|記念館|文学館|児童館|交流館|会館|ホール|センター|窓口|市役所|役所|支所|出張所|庁舎|公園|運動場|グラウンド|案内所|駐車場|施設)'
const HOURS_LATER = new RegExp(
  `(?:${HOURS_AHEAD}[^。！？!?\n]{0,12}?${HOURS_FACILITY}|${HOURS_FACILITY}[^。！？!?\n]{0,12}?${HOURS_AHEAD})(?:が|は|も|の(?:営業|開館|利用)(?:時間)?(?:が|は|も)?)?[、,]?[^。！？!?\n]{0,10}?(?:(?:夜|よる|夕方|朝|午後|午前|深夜)?[0-9０-９一二三四五六七八九十]{1,2}時(?:半|[0-9０-９]{1,2}分)?|夜遅く|遅く|朝早く|深夜|夜中)(?:まで|から)[、,]?(?:は|も)?(?:開い|あい|開(?:く|き|け|館|園|所)|あ(?:く|き|け)|ひら(?:く|い|き)|営業|オープン|やって|やる|やり|利用でき|使え|つかえ|入れ|はいれ|泳げ|受け付け|受付)`,
  'u',
)
const CHANGE = new RegExp(`${HOURS_LATER.source}|${UNIT_REFORMED.source}|${ROUTE_SET.source}|${HOURS_SHIFTED.source}|${CUT_OF_FUNDS.source}|${CHANGE_WORDS.source}|${SERVICE_ENDS.source}|${DATES_SHIFT.source}|${PLACE_SHIFT.source}|${EVENT_SHRINKS.source}|${CONSOLIDATED.source}|${OPERATOR_CHANGE.source}|${FREQUENCY_SHIFT.source}|${REVIVAL.source}|${CLOSES_AHEAD.source}|${LAND_USE.source}|${SCALE_CUT.source}|${ENTERPRISE_COMING.source}`, 'u')
/**
 * A benefit the city would grant, in the future or passive form (無償で配ることになる, 無料で配布される, 市の職員として採用される,
 * 正職員に登用してもらえる): a forecast or a hearsay of one promises what is not decided. (A hand-out going on, 無料で配布しています,
 * is an announcement, not this.)
 */
const BENEFIT =
  /(?:無償|無料|タダ|ただ)で[^。！？!?\n]{0,4}?(?:配る|配られ|配(?:布|付)(?:する|され)|支給(?:する|され)|交付(?:する|され)|貸与(?:する|され)|貸し?出(?:す|され)|提供(?:する|され)|譲(?:る|られ)|もらえる)|(?:市|市役所|役所|役場)?(?:の)?(?:正?職員|正規職員)(?:と|に)(?:して)?(?:(?:採用|雇用|登用|任用)(?:され|して(?:もら|いただ|くれ))|雇(?:われ|って(?:もら|いただ|くれ)))|(?:職員|正職員|正規職員)に(?:なれる|登用され|採用され)|(?:市|市役所|役所|役場)(?:で|に)(?:採用され|雇用され|雇って(?:もら|くれ|いただ)|雇われ)/u
/**
 * Blind R61A-062: a discipline of a person, not yet decided (担当職員は処分される見込みです, 関係した職員は懲戒処分となる見通し, 当該職員には
 * 停職などの処分が下される可能性が高い): a personnel decision of the city, so a forecast or a hearsay of it passes on what is not decided. A
 * discipline word (懲戒, 免職, 停職, 減給, 戒告, 訓告, 諭旨, 降格, 更迭) always is one; 処分 only with a person as whom it falls on (職員は…処分
 * される, 係長が処分を受ける), not goods disposed of (備品は…処分される, 処分場).
 */
const STAFF_PENALTY =
  /懲戒|免職|停職|減給|戒告|訓告|諭旨|降格|更迭|(?:職員|担当者?|関係者|当事者|本人|教員|教諭|教師|校長|課長|部長|係長|次長|所長|局長|幹部|市長|副市長|議員|運転手|運転士|[一-龠々]{1,4}(?:さん|氏))(?:さん|ら|たち|の方|の人)?(?:は|が|も|に(?:は|も)?|を|に対して|へ(?:の)?|(?=[、,]))[、,]?[^。！？!?\n]{0,16}?処分(?!場|費|方法|場所|料|手数料|品|日)(?:を(?:受け|科)|が(?:下|科|出)|と(?:な|す)|に(?:な)|され|の対象|対象|は(?:避けられ|免れ)|を免れ|する(?:方針|方向|見込|予定))/u
/**
 * Blind R86A-073: damage told as what befell a structure, a subject and a verb rather than a damage noun (堤防が切れた, 筑後弁 堤防の
 * 切れた, 道路が陥没しとる, 土手が崩れた, 橋の落ちた, 川の水があふれた): what a disaster rumour says. Only a structure, the ground or water as
 * the subject (電池が切れた, 期限が切れた are no damage); 切れ目, 落ち着, 落ち葉 are other words.
 * Blind R309C-056 kind (unof56): also a levee, a bridge or a road said to be cracked, leaking, tilting or sinking (堤防に亀裂が入っている,
 * 橋脚が傾いている, 堤防から水が漏れている, 路面にひびが入ってる): the damage an unconfirmed disaster report tells, as 決壊 is.
 */
const COLLAPSE_EVENT =
  /(?:堤防|土手|どて|護岸|堤|ため池|橋|橋げた|道路|県道|市道|国道|農道|線路|崖|がけ|斜面|のり面|法面|擁壁|石垣|住宅|家屋|屋根|ブロック塀|塀|電柱|街路樹|川|水路|堀|掘割|クリーク|水門)(?:が|の|も)[^。！？!?\n]{0,4}?(?:切れ(?!目|端|間)|決壊|崩れ|くずれ|崩落|落ち(?!着|つ|葉|ない|ず)|陥没|流さ|流れて(?:しま|き)|壊れ|こわれ|倒れ|たおれ|倒壊|あふれ|溢れ|越水|沈下|埋ま)/u
/** The unof56 reading (cracked, leaking, tilting, sinking), apart so that a works notice of the city's own can set it aside. */
const CRACK_EVENT =
  /(?:堤防|土手|どて|護岸|堤|ため池|ダム|橋|橋げた|橋脚|道路|路面|県道|市道|国道|農道|線路|トンネル|崖|がけ|斜面|のり面|法面|擁壁|石垣|水門|樋門|校舎|庁舎|体育館|外壁)(?:に|が|の|も|から)[^。！？!?\n]{0,6}?(?:亀裂|ひび(?!き)|ヒビ|クラック|漏水|水漏れ|水が(?:漏れ|噴き出|吹き出|しみ出|染み出|にじみ出|湧き出)|傾い|傾き|陥没|沈下)/u
const DAMAGE_EVENT = new RegExp(`${COLLAPSE_EVENT.source}|${CRACK_EVENT.source}`, 'u')
/**
 * Review of 4fc3d0ed (rv/unof): the city's own works notice (点検の結果…ひびが見つかったそうです。…通行止めとします; …亀裂が入っているそうです。
 * 現在復旧作業中のため迂回をお願いします): a crack or a leak relayed from the inspectors with the city's measure taken in the post, no rumour.
 */
const CITY_WORKS_NOTICE = /(?:通行止め|通行規制|交通規制|片側交互通行|立ち入り禁止|立入禁止|使用中止|利用中止)(?:と|に)(?:し|いたし)ます|復旧作業中|補修(?:工事)?中|修繕(?:工事)?中|迂回を(?:お願い|ご協力)|点検の結果|調査の結果/u
/** Topics of harmful rumours. */
/** Blind R227W-003 kind: a seismic intensity (震度六弱, 余震) is what an unofficial quake report tells, as 地震 is. */
const RUMOUR_TOPIC_WORD = /震度|余震|(?:大きな|大きい|強い|激しい|でかい)揺れ|揺れが(?:来|く)|廃業|閉業|(?:お?店|みせ|商売|のれん|暖簾)(?:を|ば)?[、,]?(?:たた|畳)(?:む|み|ん)|異物|混入|鳥インフル|インフルエンザ|豚熱|口蹄疫|食中毒|集団感染|流され|浸水|冠水|倒壊|決壊|氾濫|土砂崩れ|崩落|火事|火災|停電|断水|けが人|死者|行方不明|孤立|コロナ|ワクチン|感染|ウイルス|地震|津波|噴火|デマ|事件|事故|犯人|不審者|逮捕|倒産|閉店|汚染|放射能|病気|危険/u
const RUMOUR_TOPIC = new RegExp(`${RUMOUR_TOPIC_WORD.source}|${DAMAGE_EVENT.source}`, 'u')
/** A future or new matter (for the weak stage words). */
const FUTURE = /年内|年度内|今年度中|年度末までに|来年|来年度|再来年|次年度|来春|来秋|来月|次回|次期|新しい|新しく|新た|新規|今後|将来|お楽しみに|新(?![年春緑米茶]|のり)(?=[\p{Script=Han}\p{Script=Katakana}])|[0-9０-９一二三四五六七八九十]+月から|(?:春|夏|秋|冬|来期|年明け|今年|今年度|今回|今季|今期)から|から(?:は)?(?:有料|無料)/u
/**
 * Blind R320M-043 / R319D-030 kind (unof58): a service or a measure said to begin at a time a year or more ahead (来年度から通年で本格実施される,
 * 再来年から運航される, 来年の春から導入される, 令和9年度から始まる): a start the city has to decide, so a forecast of it (見込み, 運び, かも) tells an
 * undecided matter as a change does. Read where a forecast is judged; a start stated plainly (来年度から実施します) is no forecast.
 */
/** The FORECAST marker of an expectation in the formal voice (…できると考えており, …られるものと見込んで). */
const EXPECTED_MARK = /^る(?:と|ものと)(?:考えて|見込んで|踏んで)/u
/** A time a year or more ahead (来年度, 再来年, 令和9年度, 2028年). */
const YEAR_AHEAD = /来年|来年度|再来年|次年度|来春|来秋|来夏|令和[0-9０-９一二三四五六七八九十元]{1,2}年|[0-9０-９]{4}年/u
const START_AHEAD =
  /(?:来年|来年度|再来年|再来年度|次年度|来春|来秋|来夏|来期|来季|来シーズン|[0-9０-９]{4}年度?|令和[0-9０-９一二三四五六七八九十元]{1,2}年度?)(?:の(?:春|夏|秋|冬|[0-9０-９一二三四五六七八九十]{1,2}月))?(?:から|より|以降|には|中に|をめどに|を目途に)(?:は)?[、,]?[^。！？!?\n]{0,16}?(?:(?:運航|運行|就航|実施|導入|開始|運用|開講|開設|稼働|供用|スタート)(?:され(?:る|ます|そう)|する|します|しそう|となる|になる)|本格化(?:する|します|しそう)|(?:始|はじ)ま(?:る|ります|りそう)|(?:走らせ|始め|はじめ)(?:る|ます|られる)|走(?:る|ります|り出す))/u
/**
 * Review of unof58 (rv/misc): a start a year ahead that is a works' or a facility's own (来年度から堀の浚渫工事が始まる見込み, 来春には新駅舎の
 * 供用が始まる見込み, 令和9年度から新工場が稼働する見込み) or a service resumed (来年の春から運航が再開される見込み) is the schedule of works,
 * judged as NATURAL judges works; only a new service or measure starting (運行が始まる, 導入される) is START_AHEAD's.
 */
const START_AHEAD_WORKS = /工事|工期|供用|稼働|完成|竣工|開通|改修|建設|整備|復旧|再開|修繕|補修|浚渫|舗装|架け替え|解体/u
function serviceStartAhead(sentence: string): boolean {
  const m = START_AHEAD.exec(sentence)
  return m !== null && !START_AHEAD_WORKS.test(m[0])
}
/** What the city runs or builds (新しい図書館, 新しい路線): a new one with a decision guessed is the city's pick (review of unof58, rv/misc). */
const CITY_THING = /部活|図書館|庁舎|体育館|公民館|学校|小学校|中学校|保育園|保育所|幼稚園|施設|センター|会館|市民プール|プール|公園|駐車場|路線|バス|窓口|支所|制度|事業|計画|条例|補助|手当|料金|候補地|場所|移転先|跡地/u
/** A switch of how a thing is run (地域クラブへ切り替える, 地域移行, 一本化): what a guessed 決まりのよう decides (review of unof58, rv/misc). */
const GUESSED_SWITCH = /切り?替え|切替|切りかえ|移行|変更|変え(?:る|ます|て)|変わ(?:る|ります)|一本化|統一|導入/u
/**
 * Review of unof58 (rv/misc): an effect hoped for from what the city does (窓口の待ち時間を短縮, 負担を軽減, ごみの量を減らす) and the means
 * it comes by (新しいシステムの導入により, この制度によって): an expectation of them promises no measure.
 */
const EFFECT_HOPED = /(?:待ち時間|時間|手間|負担|費用|コスト|経費|量|件数|事故|渋滞|混雑|待機児童|二酸化炭素|CO2|ＣＯ２|ごみ|ゴミ|距離|回数|人数)(?:を|が)[、,]?[^。！？!?\n、,]{0,8}?(?:短縮|縮め|減ら|削減|軽減|解消|抑え|抑制|改善|向上|高め|増や|ゼロに)/gu
const MEANS_CLAUSE = /[^。！？!?\n、,]{0,20}?(?:の導入|の活用|の整備|の実施|を導入すること|を活用すること)(?:により|によって|で)[、,]?/gu
/** A site's use decided or planned by the city, said in the post (跡地の活用方針を決定しました, 跡地活用計画を策定しました). */
const SITE_USE_DECIDED = /(?:活用|利用)(?:の)?(?:方針|計画|方法|策)(?:を|が)[、,]?(?:決定|策定|決ま|公表)|(?:決定|策定|可決|議決)(?:し|され)(?:まし)?た[^。！？!?\n]{0,20}?(?:跡地|用地|市有地|旧)/u
/** The writer's fancy marked right after a guess (…かも!?…なんて想像しながら, …かも、と夢がふくらみます). */
const FANCY_AFTER = /^[!！?？…‥.・\s]{0,6}(?:なんて|などと|と)[、,]?(?:想像|妄想|空想|夢(?:が|を|見))/u
/** Forecasts about nature, crowds, traffic or works are not undecided matters. */
const NATURAL =
  /天気|天候|予報|気温|雨|雪|晴れ|台風|気象|混雑|渋滞|見頃|開花|満開|紅葉|水温|潮|波|強風|増水|花粉|熱中症|流行|人出|工事|完了|復旧|開通|運行|運休|通行止め|到着|完売|満席|収穫|漁獲|生育|作柄|摘採|遅れる|人口|児童数|生徒数|減少|増加|推移|需要/u
/** Trivia, tradition, history: hearsay about these is storytelling, not rumour. */
const TRIVIA = /願い|込め|由来|言い伝え|伝説|伝承|昔|かつて|歴史|豆知識|トリビア|年(?:以上)?前|世紀|創業|創建|江戸|明治|大正|昭和|藩|白秋(?!祭)|生前|と言われ(?!た|まし)|といわれ(?!た|まし)|語源|名前の|ルーツ|諸説/u
/** An official source named for what is reported. */
/** Blind R298K-056 kind (conf19): …also the city's own notice or site named as the source (市のお知らせによると, 市のホームページでは). */
/**
 * Blind KT-057: a figure read at the city's own exhibition or in its publication, the medium named in the sentence (or the one before) as what the writer saw
 * (「予算のおはなし」パネル展を見てきたよ〜 市の…一般会計は約318億円なんだって！; 広報誌に載ってたけど…): the source is published, no rumour.
 */
const PUBLIC_MEDIUM_SEEN = /(?:パネル展|展示|企画展|広報(?:誌|紙)?|市報|ホームページ|公式サイト|予算書|決算書|説明板|案内板|パンフレット)[」』]?(?:を|で|に)[^。！？!?\n]{0,6}?(?:見て|見た|見に行|読ん|読みまし|載って|のって|書いて(?:あ|た))/u
const OFFICIAL_SOURCE = /(?:気象庁|気象台|警察|消防|県|国|厚生労働省|保健所|市)(?:の発表)?(?:によると|によれば|では|から(?:の)?(?:連絡|情報|発表|通知|聞|伺|知らせ|お知らせ|説明|報告)|の発表)|(?:県|国|市)の(?:お知らせ|広報|ホームページ|HP|公式サイト)(?:によると|によれば|では)/u
/**
 * A named person or body is the source (船頭さんによると): not an anonymous rumour. Blind R81A-127: a party to the city's business or an
 * acquaintance with さん (業者さんから聞いた, 職人さんの話では, 知り合いさんによると) names no one: what they pass on is still hearsay.
 */
const NAMED_SOURCE = /(?:(?<!業者|職人|大工|作業員|下請け|元請け|請負|知り合い|近所|友達|友人|知人|現場の|役所の|会社の)さん|氏|様|先生|会長|組合|協会|センター|館|課|署|局|庁|台|新聞|報道)(?:によると|によれば|の話では|の話によると|に聞いたところ|から聞いた|に伺った)/u
/**
 * Blind (left from review, 古賀さんの話では、川下りの乗船料が来年から上がるそうです): a private person named with さん vouches for their
 * own matters, not for the city's. When what is told after 〜さんの話では / 〜さんによると / 〜さんから聞いた is a change of a fee, a
 * service or a plan (CHANGE, BENEFIT, STAFF_PENALTY) it is still hearsay about an undecided matter; the person's own shop, home or family
 * (お店, うちの, 自宅, 息子さん …) with no public thing in it stays theirs (…お店が来月移転するそうです).
 */
const PERSON_SOURCE = /さん(?:によると|によれば|の話では|の話によると|に聞いたところ|から聞いた|に伺った)/u
const OWN_MATTER = /(?:うち|ウチ|自分|ご自身|自宅|お店|店|実家|家業|工房|農園|畑|田んぼ|息子さん|娘さん|お孫さん|ご主人|奥さん|ご家族)(?:の|で|は|も|が|を)/u
function namedSourceVouches(sentence: string): boolean {
  if (!NAMED_SOURCE.test(sentence)) return false
  const person = PERSON_SOURCE.exec(sentence)
  if (!person) return true
  const told = sentence.slice(person.index + person[0].length)
  if (OWN_MATTER.test(told) && !PUBLIC_THING.test(told)) return true
  return !(CHANGE.test(told) || BENEFIT.test(told) || STAFF_PENALTY.test(told))
}
/**
 * Blind R87A-055: a comment process or a briefing said to be still ahead (パブリックコメントはまだ先ですが, パブコメはこれからですが, 意見募集の
 * 前ですが, 説明会の日程が決まったらお知らせします): the draft has not been put out, so the process named does not make it public. A process
 * going on (まだ受け付けています, 実施しています) or done is public as ever.
 * Blind R205I kind: …or its date only promised for later (説明会の日程は追ってご案内します): the briefing is still ahead, as 決まったら is.
 */
// Blind R295M-013 kind (conf18): a session only arranged inside (地元説明会を開く段取りになっています, 説明会の手はずを整えている): no public
// step yet, so the undecided matter beside it is not out in the open.
const NOT_YET = '(?!(?:を|は|も|の)?[^。！？!?\\n「」]{0,10}?(?:段取り|手はず|手筈)|(?:は|も|の(?:実施|募集|開始|手続き?|時期)?(?:は|も)?)?[、,]?(?:まだ先|まだ(?:これから|です|(?:行|実施し|始まっ|開催し|開い|募集し|し)て(?:い|お)?(?:ない|ません|りません))|これから(?:です|なので|ですが|だ|や|の段階)|(?:の)?前(?:です|なので|ですが|の段階|で、|だ|や|に(?!は))|実施前|開始前|未実施|未定|の(?:日程|日時|開催日|時期)(?:が|は|も)?[、,]?(?:決まっ(?:たら|て(?:い|お)?(?:ない|ません))|決まり(?:次第|しだい|ましたら)|未定|確定(?:次第|したら)|(?:後日|追って|改めて|あらためて|別途)[、,]?(?:お知らせ|ご案内|ご連絡|連絡|お伝え))))'
/**
 * The draft is put out for comment, or the post says it was published: public. Blind (colleague): also what the city said in the council
 * or to the press, in the past (…庁内で協議を進めていることを議会で答弁しました, 記者会見で明らかにしました): on the public record. An answer
 * still to come (答弁する予定) is not.
 * Blind R205I kind: the residents' views to be heard before the city decides (ご意見を伺いながら決めていきます, ご意見を聞いて決定) are a step
 * still ahead: the plan told in the post has not been put to them (ご意見を踏まえて決定しました has).
 */
const PUBLIC_PROCESS = new RegExp(`(?:基本計画|総合計画|実施計画|整備計画|基本構想|事業計画|計画書|予算書)(?:より|によると|によれば|では|に基づ)|意見(?:を|の)?(?:[^。！？!?\\n、]{0,12}?(?:募集|公募|お寄せ|受け?付け)|提出)${NOT_YET}|(?:パブリックコメント|パブコメ|意見公募)${NOT_YET}|閲覧|縦覧|公表し|公表され|発表し|説明会${NOT_YET}|ご意見(?![^。！？!?\\n]{0,12}?(?:ありがと|有難|感謝|お礼|御礼)|を(?:聞いて|聞き|伺って|伺い|お聞きして|お聞きし|踏まえて|もとに|参考に)(?:ながら)?[、,]?[^。！？!?\\n]{0,10}?(?:決定|決め)(?!(?:し|いたし)?まし|た|られ(?:まし|た)))|オープンハウス|意見交換|ワークショップ|サウンディング|市HP|ホームページ|答弁(?:し|され)(?:まし)?た|(?:議会|定例会|一般質問|委員会|本会議|記者会見|定例会見|会見)(?:の中|の場)?で[^。！？!?\\n]{0,40}?(?:(?:表明|明らかに|言及|説明)(?:し|され)|述べ(?:られ)?)(?:まし)?た`, 'u')
/**
 * A draft put out for comment, said anywhere in the post (素案への意見を1月9日まで募集中です, パブリックコメントを実施します,
 * 素案の閲覧場所): a 素案 or 原案 in another paragraph (素案では…18の施策を掲げています) is the published one. Narrower than
 * PUBLIC_PROCESS: a mere ご意見 or ホームページ elsewhere in the post says nothing about the draft.
 */
const COMMENT_PROCESS = new RegExp(`(?:パブリックコメント|パブコメ|意見公募|意見(?:を|の)?[^。！？!?\\n、]{0,12}?(?:募集|公募|お寄せ|受け?付け))${NOT_YET}|(?:素案|原案|試案|計画案|案)(?:の|を)(?:閲覧|縦覧|公表|公開)|(?:素案|原案|試案|計画案)(?:は|も)[、,]?[^。！？!?\\n]{0,40}?閲覧(?:でき|いただけ|可能)|(?:素案|原案|試案|計画案)[）)]?(?:に関する|についての|に係る|の)公聴会|縦覧`, 'u')
/**
 * A draft named in the outcome of a vote on it (原案可決 in a list of results, 原案を可決しました, 原案は承認されました): the council decided
 * it. A vote still to come (原案を可決する見込み) is no outcome (and a forecast of its own).
 */
const DRAFT_VOTED = /^(?:[\s　]?(?:可決|承認|採択|議決|認定|否決)(?=[\s　。、,）)]|$)|(?:を|は|が)(?:全会一致で|賛成多数で)?(?:可決|承認|採択|議決|認定|否決)(?:され(?:た|まし)|し(?:た|まし)))/u
/** Draft nouns among the strong stage words: judged with the whole post (COMMENT_PROCESS). */
const DRAFT_NOUN = /^(?:素案|原案|試案|たたき台|叩き台)$/u
/** What a paragraph tells the post: whether it puts a draft out for comment, and its draft nouns kept for `post`. */
interface UnofficialFacts {
  comment: boolean
  drafts: DraftFinding[]
  /** The paragraph says a measure was decided (DECIDED_MEASURE). */
  decided: boolean
  /** Forecasts in figures kept for post: another paragraph may say the measure they are about was decided. */
  effects: DraftFinding[]
  /** The paragraph says the budget for works is still to go to the council (WORKS_BUDGET_PENDING). */
  worksPending: boolean
  /** Works given a date, stated as certain (WORKS_DATED), kept for post: another paragraph may say their budget is still pending. */
  worksDated: DraftFinding[]
  /**
   * Blind KH-046 kind (misc60): hearsay inside a resident's question or a rumour the post reports (「…受け取れなくなるらしい」という
   * お問い合わせが相次いでいます) with no answer in its own paragraph, kept for post: the answer may be another paragraph's (・…お持ちで
   * ない方も受け取ることができます。…お尋ねすることはありません).
   */
  asked: DraftFinding[]
  /** The paragraph answers or corrects what residents ask or what goes round (ANSWERED, CORRECTED, 市の公式なお知らせとして). */
  answers: boolean
}

/**
 * A schedule to be fixed and announced later: 日程は調整中です。
 * Blind R240F-043 kind: …with a comma after the topic (ステージの出演者は、現在調整中です; 会場は、ただいま調整中): the same event detail.
 */
const TBD_SUBJECT = /(?:日程|日時|時間|時刻表?|ダイヤ|スケジュール|停留所|バス停|詳細|詳しい内容|場所|会場|内容|時期|方法|申込方法|受付期間|開始日|出演者|講師|ルート|定員)(?:は|も|を|について(?:は)?|等は|などは)[、,]?(?:現在|ただいま|只今|まだ)?$/u
/**
 * Blind R285D-059 kind (conf16): the measures the stage word weighs, named as a response (再発防止策を, 安全対策について, 改善策等を), and
 * the event it answers (事故を受け, ご指摘を踏まえ, 不具合の発生を受けて).
 */
const RESPONSE_MEASURES = /(?:再発防止|防止|安全|改善|防犯|暑さ|熱中症|事故|混雑|騒音)?(?:対策|策)(?:等|など)?(?:を|について(?:は)?|の)[、,]?$/u
const RESPONSE_TO = /を受け|を踏まえ|をふまえ|を機に|事故|事案|トラブル|不具合|ご指摘|ご意見|苦情/u
const TBD_LATER = /(?:決まり|決定|確定|分かり|わかり|判明し)(?:次第|しだい)|決まりましたら|決定しましたら|改めて(?:お知らせ|ご案内)|後日(?:お知らせ|ご案内|発表)|追って(?:お知らせ|ご案内)/u

/**
 * Strong stage words: a warning on their own (the other words of the policy list `undecided` need a decision or a future matter in the sentence).
 * Blind R77A-060: a plan named as what is being arranged (…会場を駅前の新施設に移す案で調整しております, …案を軸に検討, 案で話ば進めよる) is
 * policy-speak for 方向で調整: the content of a plan still in the making, even with 決まり次第ご案内 after it. (提案, 図案, 案内 hold 案
 * inside another word: no hit.)
 */
const STRONG_STAGE = /^(?:議会に出す前|議会に出る前|議会前|議決前|可決前|決裁前|まだ決まっ|まだ何も決まっ|まだなにも決まっ|まだな[ーｰ]?んも決まっ|正式にはまだ|素案|原案|試案|たたき台|叩き台|内定|ないてい|内示|決定前|正式発表前|未発表|非公表|近日発表|方針を固め|方針ば固め|見送る方向|廃止する方向|統合する方向|方向で調整|方向で検討|案で調整|案で最終調整|案で検討|案で協議|案を軸に調整|案を軸に検討|案を軸に協議|案を中心に調整|案を中心に検討|案を中心に協議|案で話を進め|案で話ば進め)$/u

/**
 * A measure said to be decided in the paragraph: passed by the council, decided, a contract concluded. Blind R323D-047 kind (unof59): not
 * one said all but decided (ほぼ確定しました, 事実上決定した): a figure beside it is the undecided matter's, not a published estimate.
 */
const DECIDED_MEASURE = /(?:(?:可決|議決|採択|承認)(?:され|し)(?:た|ました)|(?<!ほぼ|ほとんど|ほぼほぼ|事実上|実質|実質的に|おおむね|概ね|大筋で?|だいたい|大体)(?:決定|確定|締結)(?:し|され)(?:た|ました)|契約を(?:結んだ|結びました|締結))(?!ら|なら|場合|とき|時|際|後に)/u
/**
 * Blind R83A-013: when a decided measure is finished or opened, with its date (完成は令和9年3月の見込みです, 供用開始は令和9年4月の見通し,
 * 令和8年度末の完成を見込み): the schedule the city publishes with a measure passed or contracted, as an effect in figures is. Without the
 * decision in the post (審議されます, 可決されれば) it still forecasts an undecided matter.
 */
const SCHEDULE_WORD = '(?:完成|完了|竣工|開通|供用開始|供用|開業|開館|開園|開所|オープン|着工|工期|運用開始|運行開始|利用開始|全線開通)'
const SCHEDULE_WHEN = '(?:(?:令和|平成)(?:[0-9０-９一二三四五六七八九十]{1,3}|元)年(?:度)?|[0-9０-９]{4}年(?:度)?|[0-9０-９一二三四五六七八九十]{1,2}月|年度末|年度内|来年度|来年|来春|来秋|来夏|今年度|年内)'
/**
 * Blind R311E-033 kind (unof56): works' completion or opening (開通, 完成, 着工, オープン) with a time a season or more ahead (来年の春には, 再来年,
 * 来年度中に): a schedule no weather or repair tells, so what an informant passes on of it is an unannounced plan.
 */
const SCHEDULED_AHEAD = new RegExp(`(?:来年|来年度|再来年|次年度|来春|来秋|来夏|年度内|年度末|年内|[0-9０-９]{4}年|令和[0-9０-９一二三四五六七八九十元]{1,2}年)[^。！？!?\n]{0,16}?${SCHEDULE_WORD}|${SCHEDULE_WORD}(?:は|が|も)?[、,]?[^。！？!?\n]{0,12}?(?:来年|来年度|再来年|次年度|来春|来秋|来夏|年度内|年度末|年内|[0-9０-９]{4}年|令和[0-9０-９一二三四五六七八九十元]{1,2}年)`, 'u')
const SCHEDULE_DATE = new RegExp(`${SCHEDULE_WORD}(?:は|が|も|の時期は|時期は)?[、,]?[^。！？!?\n]{0,12}?${SCHEDULE_WHEN}|${SCHEDULE_WHEN}[^。！？!?\n]{0,8}?(?:の|に|ごろ(?:の|に)?|頃(?:の|に)?)${SCHEDULE_WORD}`, 'u')
/** An effect given in figures (約2,300円, 約5分, 3割): what an estimate of a decided measure says. */
const EFFECT_FIGURE = /[0-9０-９一二三四五六七八九十百千万][0-9０-９,，.]*(?:万|億)?(?:円|分|秒|%|％|人|名|件|台|時間|日|割|トン|t|世帯|か所|箇所)/u

/**
 * Forecast markers (squeezed view). Blind R198I-002 kind: a vote's outcome told as arranged before it is taken (賛成多数で可決される運びです,
 * 委員会で承認される運びとなっています): 運び after the outcome's verb says it will go so; 開催の運びとなりました (a plan of the city's
 * announced) is no vote.
 * Blind R208D-033 (cu12): a likelihood said high with a degree adverb between (値上がりする可能性がかなり高いです, 公算が非常に大きい): the
 * adverb only strengthens the forecast.
 * Blind R304W-006 kind (unreb21): the city's own plan reported in the press's words, as if from outside (…引き上げる構えで, …諮る段取り
 * とみられます, 統合する方針とみられる): 構え after a verb, or a plan noun after a verb then とみられる, is a reporter's guess at what the city
 * will do, judged as the other markers (a change or a benefit in the sentence). A cause or an injury とみられます (消し忘れとみられます) has no
 * plan noun and no verb before it; 冷静な構え has no verb.
 * Blind R315E-059 kind (unof57): the course said to be set (再来年の春には閉まる流れになっています, 有料になる流れです, 統合される流れに
 * なりつつある): 流れ after a verb is the office's word for a decision in the making, judged as the other markers (a change in the
 * sentence); a procedure's steps (申請後に審査して交付する流れです) are read out in forecasts.
 * Blind R319D-030 kind (unof58): 運び after any verb said as a prospect (再来年から運航される運びです, 統合する運びのようです, 実施される運びに
 * なりそう): the arrangement told as on its way; the formal report of an arrangement made (開催の運びとなりました, 運びとなります) is not this.
 * Blind R319D-023 kind (unof58): a decision guessed or passed on as a noun (…切り替えることで決まりのようです, 有料化で決まりみたい, 決まりっぽい).
 * Blind R319D-015 kind (unof58): what the speaker expects can be done, in the formal voice (令和9年度には着工できると考えており, 完成させられる
 * ものと見込んでおります): a works' or a measure's date promised before it is funded; judged with a decision or a schedule ahead in the
 * sentence, and not where the post says the budget or the contract is passed (forecasts).
 * Blind R323D-002 kind (unof59): a works' or a measure's start foretold with でしょう (着工となるでしょう, 着手することになるでしょう) or with the
 * press's hedge 早ければ…には/にも (早ければ三年後には着工): when an undecided matter may come; judged as the other markers (a change in the
 * sentence). 早ければ早いほど, お申し込みが早ければ and a procedure's turnaround (早ければ翌月には支給) are not this.
 * Blind R364M-030 kind: the outcome called the only way left, guessed (一つになるしかなかでしょうね, 廃止するしかないだろう, in dialect too):
 * an undecided matter foretold; judged as the other markers (a change in the sentence).
 * Blind R329C-036/-039 kind (unof61): the outcome read from the mood around it (補助金は軒並み削られる雲行きです, 進出を決めてくれそうな
 * 空気です, 廃止される気配, 統合の方向という雰囲気です): an undecided matter foretold in a word of the weather or the air (MOOD_MARK); judged
 * on the clause the word closes, which must name the change (くつろげる雰囲気です, 雨が降りそうな空気です, 落ち着いた雰囲気 are no forecast).
 */
const FORECAST =
  /(?<=[るた]|ない)運び(?:です|だ|や|のよう|の模様|らしい|みたい|っぽい|とのこと|になりそう|に(?:なって|なりつつ))|決まり(?:の(?:よう|模様)|みたい|っぽい)|(?<=でき|られ)る(?:と|ものと)(?:考えて|見込んで|踏んで)(?:おり|い|お)|(?<=[るた]|ない)(?:つもり|気|考え|意向|方針|魂胆|腹づもり|狙い)(?:なの|なん)?(?:では|じゃ|や|と(?:や|じゃ))(?:ない|なか)(?:でしょうか|か|かな|ですか|だろうか|やろか|ですかね|と(?:思|考え))|(?<!取得|卒業|修了|資格)見込み(?!可|であること|である旨|がある(?:方|者|人|場合)|の(?:方|かた|人|者|場合|世帯|方々|皆|児童|生徒|学生|事業者|期間))|見込まれ(?:る|ます|ている|ています)|(?:こと|もの)?(?:と|に)(?:なろう|なるであろう|なるだろう|なるでしょう(?!か))|(?<=[るう])しか(?:ない|なか|ありません)(?:でしょう|だろう|やろう|やろ|ですね|と(?:思|おも))|(?<=[るう])しかなかろう|(?<![がも])早ければ(?![、,]?早)(?=[、,]?[^。！？!?\n]{0,16}?(?:にも|には|中に|ごろ|頃|まで))|見通し|(?:(?:可決|否決|採択|承認|議決|同意|認定)され|成立す|通)る運び(?:です|だ|や|で|と|に|。|$)|可能性が[、,]?(?:(?:かなり|非常に|極めて|きわめて|とても|すごく|大変|相当|だいぶ|ずいぶん|より)[、,]?)?(?:高|大き|濃厚)|可能性大|濃厚|最有力|有力視|有力と|(?<=[がで])(?:(?:いちばん|一番|最も|もっとも)[、,]?)?有力(?:です|だ|や|な(?:よう|模様|情勢)|とのこと|みたい|らしい|のよう)|公算が[、,]?(?:(?:かなり|非常に|極めて|きわめて|とても|すごく|大変|相当|だいぶ)[、,]?)?(?:大き|高)|ほぼ(?:決まり|確定|確実|内定)|本決まり|(?:決まった|決定した|確定した)?も同然|決まったようなもの|秒読み|時間の問題(?!では|じゃ)|確実視|既定路線|規定路線|出来レース|決まりそう|決定しそう|確定しそう|(?<!おい|美味|楽|たの|嬉|うれ|(?<![優賛])美|(?<![更刷革一維])新|あたら|寂|さび|さみ|悲|かな|珍|めずら|素晴ら|すばら|恐ろ|おそろ|(?<![最])優|やさ|忙|いそが|むずか|懐か|なつか|涼|すず|詳|くわ|厳|きび|怪|あや|羨ま|うらやま|かわ|可哀|苦|くる|難|険|けわ|激|はげ|惜|親|恋|悔|くや|貧|眩|まぶ|逞|たくま|騒が|さわが|頼も|たのも|恥ずか|はずか)[きぎしちにびみりいえけげせてねべめれ]そう(?:です|だ(?!ん)|な(?!の)|。|！|!|…|$|[^\p{Script=Han}\p{Script=Hiragana}])|(?:[るた]|ない)よう(?:です|だ(?!け)|。|$)|(?:[るた]|ない)はず(?:です|だ|。|$)|(?:[るた]|ない)(?:と|かと)(?:思われ|予想され|思います|思う|思って|睨んで|にらんで)|(?:[るた]|ない)(?:だろう|でしょう)(?:と|かと)(?:思|考え|予想|見て)|候補に[^。！!？?\n]{0,20}?(?:挙が|あが|上が|なって|入って)(?:って)?(?=い|お)|候補として(?:挙が|名前が|検討され)(?:って)?(?=い|お)|かも(?:しれ|しれな|ね|よ|です|っす|ばい|やけん|って(?![思おも考])|…|！|!|？|\?|。|$|[^\p{Script=Han}\p{Script=Hiragana}])|(?:[るた]|ない)(?:ん|の|と)(?:じゃ|では|や)(?:ない|なか)(?:か|ろうか)(?:な|なあ|なぁ|なー|ね)?(?![、,]?(?:と(?!思|おも)|って)|[ぁ-でど-ゖ」』])|(?:[るた]|ない)っちゃ(?:ない|なか)(?:か|ろうか)?(?:な|なあ|ね)?(?=[。！!？?…〜~\s]|$)|とのこと|(?<=[るた]|ない|れる)流れ(?:に|と)(?:なって(?:い(?:ます|る)?|お(?:ります|る)?|き(?:て(?:い(?:ます|る)?)?|ました|た)?)|なりつつ|なりそう)|(?<=[るた]|ない|れる)流れ(?:です|だ|や|みたい|らしい|っぽい)(?=[。！!…〜~]|$|よ|ね|けど|が[、,])|(?<=[るい]|ない)構え(?=で|です|だ|と(?:みられ|見られ)|を(?:見せ|みせ|崩さ|くずさ)|。|$)|(?<=る|ない|そうな|ような)(?:雲行き|気配|空気|雰囲気|風向き|ムード|情勢)(?:です|だ|や|でした|で(?=[、,])|になって|になりつつ|が(?:漂|出て|強ま|濃厚)|(?=[。！!…〜~]|$))|(?:という|って|っていう|との)(?:雲行き|気配|空気|雰囲気|ムード)(?:です|だ|や|になって|が(?:漂|広が|出て|強ま))|(?<=(?:[るい]|ない)(?:段取り|方針|意向|運び|方向|見通し|計画|予定|考え|もの))(?:と|とも)(?:みられ|見られ)(?:ます|る|て|てい|ており)/gu
/**
 * Policy-speak for a decision still being made: 〜する方向で調整, 方向で話が進んでいます; blind R95A-085: also with who arranges it between
 * (総合体育館に移す方向で庁内の調整が進んでいます, 有料化する方向で、関係課との協議を進めています).
 * Blind R121A-111: or with the stage word in the progressive (研修手当を月額15万円に引き上げる方向で、観光課と協議中である, 統合する方向で
 * 県と調整しております).
 * Blind R98A-122: a direction said to be nearly settled, a degree adverb between (市街地再開発で進める方向でほぼ固まっています, 廃止する方向で
 * おおむねまとまっております, 統合せん方向で大筋決まりよります): ほぼ, おおむね, 大筋 say it is not decided yet. Only after a verb's plain
 * form (the plan's content); a noun's direction (矢印の方向で) is no plan.
 * Blind R204D kind: …or a plan (…する案で, …する方針で) said nearly settled inside the office, who settles it between (…に切り替える案で、
 * 課内ではおおむねまとまっています): not decided, and told from inside.
 * Blind R224T-053 kind (first alternative): a line agreed on in the making, 線で for 方向で (有料にする線で話がまとまりつつあります,
 * 統合する線で調整しています): the course of an undecided measure in the jargon of the office. A line that runs (電車が走る線で) is not.
 * Blind R238K-015 kind: …or the direction being hammered out with another section, 詰める for 調整する (有料とする方向で関係課と詰めている
 * ところです, 廃止する方向で詰めております): a measure in the making. Judged as the other progressive forms: only with a change or a
 * benefit in the sentence (a date being fixed, 開催する方向で講師と詰めています, is none).
 */
/**
 * Blind R238K-015 kind: what a direction worked out in the progressive is about when it is a measure of the city in one word (有料とする,
 * 廃止する, 統合する, 民営化する, 移転する): a charge or a closure is a change whatever the verb; an event's date or a speaker is not.
 */
/**
 * Blind R243H-027 / R245M-014 kind (unof6): …or a charge cut or a benefit's reach widened (乗船料を割り引く方向で、いま担当課が詰めている;
 * 対象を広げる方向で、上の人たちと相談している): a measure in the making as well, not an event's date.
 */
const DIRECTED_MEASURE = /有料|無料化|無償化|値上|値下|廃止|統廃合|統合|移転|閉鎖|閉館|閉校|閉園|休館|民営化|縮小|売却|民間委託|割り?引(?:く|き|か|い)|割引|減免|(?:対象|範囲|対象者|対象年齢)(?:を|が)[、,]?[^。！？!?\n]{0,8}?(?:広げ|拡げ|ひろげ|広が|拡大|拡充)/u
/**
 * Blind R253E-021 kind (conf8): the direction spelt in hiragana to slip past a check, spaced out or not (料金を上げる ほ う こ う で 話が
 * 進んでいます: the squeezed view joins the spaces): ほうこう reads as 方向 in every alternative, after a verb's plain form as 方向 is;
 * 右の ほうこうに すすむと (the way to walk) is no plan. Colleague (stop 51): the bare 方向で + stage word takes a noun's の before it
 * (有料化の方向で検討), but not a compass point or a way to go (北の方向で話が進んでいます, 矢印の方向で進んでください).
 * Nor a way of travel told by its verb (上流に向かう方向で進みます, 駅から北へ走る方向で回ります): a boat or a bus going somewhere, no plan.
 */
/**
 * Blind R256M-050 kind (conf9): the line said settling with no talk word between (令和10年度をめどとする線で固まりつつあります, 統合する線で
 * まとまっています, 廃止する線で決まりそうです): a course still in the making inside, told before any announcement.
 */
const DIRECTION = /(?<=[るいすたくぐむぶつう]|ない)(?<!しい|よい|いい|らしい|走る|通る|乗る)線で[、,]?(?:(?:内部|庁内|事務|最終)?(?:話(?:が|を|は)|調整|検討|協議|話し合い|最終調整)[^。！？!?\n]{0,4}?(?:まとま|固ま|かたま|決ま|詰め|進|動|一致|中|して(?:い|お))|(?:ほぼ|おおむね|概ね|大筋で?|だいたい|すでに|既に|もう)?[、,]?(?:固ま|かたま|まとま|決ま)(?:り(?:つつ|かけ|そう)|って(?:い|お|き)))|(?<!(?:[東西南北]|北東|北西|南東|南西|右|左|逆|反対|矢印|進行|風|同じ)の)(?<!(?:向かう|向いた|走る|走った|進む|流れる|曲がる|回る|下る|上る|戻る|帰る|渡る|抜ける)[ 　]?)(?:方向|ほうこう)で(?:内部|庁内|事務|最終)?(?:調整|検討|協議|話(?:が|を|し)|進|動|まとま|固ま|決ま|準備|最終調整|一致)|(?<=[るいすたくぐむぶつう])(?:方向|ほうこう)で[、,]?[^。！？!?\n「」]{0,12}?(?:調整|検討|協議|話し合い|詰め|話)(?:が|を|も)[^。！？!?\n]{0,4}?(?:進|続|重ね|行わ|行っ|始ま|始め)|(?<=[るいすたくぐむぶつう])(?<!しい|よい|いい|らしい)(?:方向|ほうこう|線|案)で[、,]?[^。！？!?\n「」]{0,12}?(?:(?:調整|検討|協議|話し合い|相談)(?:中|して(?:い|お)|いたして|しとる|しとり|しよる|しより|を行って)|話し合って(?:い|お))|(?<=[るいすたくぐむぶつう])(?<!しい|よい|いい|らしい)(?:方向|ほうこう|線|案)で[、,]?[^。！？!?\n「」]{0,12}?詰め(?:て(?:い|お)|とる|とり|よる|より)|(?<=[るいすたくぐむぶつう])(?<!しい|よい|いい|らしい)(?:方向|ほうこう)(?:です|だ|らしい|とのこと|みたい|になり|で決|で固|が固|に(?:なって|向かって))|(?<=[るいすたくぐむぶつう]|ない)(?<!しい|よい|いい|らしい)(?:方向|ほうこう)(?:で|が|に)[、,]?(?:ほぼ|ほとんど|おおむね|概ね|おおよそ|大筋で?|おおすじで?|だいたい|大体|あらかた|すでに|既に|もう|ある程度|ほぼほぼ)[、,]?(?:固ま|かたま|決ま|きま|まとま|一致)|(?<=[るいすたくぐむぶつう]|ない)(?<!しい|よい|いい|らしい)(?:(?:方向|ほうこう)|案|方針)(?:で|が)[、,]?[^。！？!?\n「」]{0,16}?(?:の中|のなか|内部|庁内|課内|部内|内々|事務方|上層部|幹部)(?:で|では|でも|の間では)[、,]?(?:ほぼ|ほとんど|おおむね|概ね|大筋で?|だいたい|大体|あらかた|ほぼほぼ)[、,]?(?:固ま|かたま|まとま)/gu
/**
 * Blind R83A-016: where an undecided plan will end up, foretold by the writer (まだ案の段階です。ただ、担当としては埋め立てる方向になると
 * 思っています; 廃止する方向に進むでしょう; 統合しない方向で落ち着くんじゃないかな; 残す方向にまとまるはずです): a verb's plain form
 * before 方向 is the policy's content, and なる/進む/落ち着く/まとまる with a guess after it (と思う, でしょう, はず, かも, んじゃない)
 * hands out the outcome before the city decides. An adjective (明るい方向, 良い方向に向かう) or a noun (北の方向, 矢印の方向) before 方向
 * is no plan, nor a direction the reader is told to take (…方向に進むと、左手に受付があります: no guess follows), nor the weather's or a
 * stream's course (台風は東へ進む方向になるでしょう: DIRECTION_NATURE).
 */
const DIRECTION_FORETOLD =
  /(?<=[るすくぐむぶつうた]|ない)(?<!(?:少|危|汚|幼|切|せつ|つまら|くだら|頼り|はかな)ない)方向(?:に|へ|で)(?:なる|なっていく|進む|すすむ|落ち着く|おちつく|落ちつく|まとまる|固まる|決まる|向かう|動く|いく|行く)(?:と(?:思|おも|考え|予想|予測|見て|みて|睨んで)|かと(?:思|おも)|(?:ん|の)(?:じゃ|や|では)(?:ない|なか)|のでは|でしょう|だろう|やろう?|はず|かも|っちゃないか|気が)/gu
/** The course of weather, water or a moving thing: 台風が東へ進む方向になる, 風の吹く方向, 川の流れる方向. */
const DIRECTION_NATURE = /台風|低気圧|前線|雨雲|雲|風|潮|波|流れ|進路|気圧|天気|天候|雨|雪|矢印|道順|道なり|左手|右手|進行方向/u

/** A private person as the source of what follows: 近所の方が教えてくださった, 知り合いから聞いた. */
const PRIVATE_INFORMANT =
  /(?:近所|ご近所|知り合い|知人|友人|友達|地元|住民|常連|通りすがり|お客|近くの)(?:の方|の人|さん|の方々)?(?:が|から|に)[^。！？!?\n]{0,12}?(?:教えて(?:くれ|くださ|もら|いただ)|聞い|聞き|話して|言って|言いよ)/u

/** Damage told of a disaster: what an unverified report of it spreads. */
const DAMAGE = new RegExp(`流され|浸水|冠水|倒壊|決壊|氾濫|土砂崩れ|崩落|火事|火災|停電|断水|けが人|死者|行方不明|孤立|${DAMAGE_EVENT.source}`, 'u')

/**
 * An informal channel as the source: 関係者筋によれば, 電話で話した感じでは, 聞いた話やけど, 〜の間で話題,
 * and English (Rumor has it, nothing official yet). Whatever the topic, this passes on what is not confirmed.
 * Blind HS-149: every English cue is a whole word or phrase (No password is needed holds no "word is", swordfish is no "word").
 * Blind R185A-054: the idiom of talk with nothing settled, 〜とか〜ないとか, after a verb of any ending (田んぼを買うとか買わないとか, 建て替える
 * とか建て替えないとか, 出すとか出さないとか); nouns listed with とか (うなぎとかお団子とか) are no such talk.
 */
/**
 * Blind R255Q-025 kind (conf8): insiders said to hold a matter likely or settled among themselves (こちらの方が書かれている…の話、関係者の
 * 間でもかなり有力とのことです; 関係者の間では決まりらしい): a resident's rumour confirmed as insiders' word. 関係者の間でも好評 is praise.
 * Blind R254L-014 kind (conf8): English hearsay (A little bird tells us, a little birdie told me, we hear that, we've heard talk, word on the
 * street), and a price or a fee said in English to rise at a time to come (the fare … might be raised next spring): the forecast of
 * an undecided change. A caveat with no time (Ticket prices may change) and "We hear you" are not this.
 * Blind R300S-006 kind (unof20): insiders as the source of what was picked up (…来るかも…という話を、関係者から小耳にはさみました, 関係者から
 * 耳にした): the same channel as 関係者から聞いた, whatever it tells.
 */
const INFORMAL_SOURCE =
  /関係者(?:の方)?(?:から|に)(?:聞|伺|教え|小耳に|耳に(?:し|入))|(?:関係者|消息|政府|業界|事情通|内部)筋(?:に)?(?:よれば|によれば|によると|では|の話では|から)|(?:電話|立ち話|雑談|飲み会|オフレコ)で?(?:話した|聞いた|伺った)(?:感じ|印象|ところ|話)(?:では|だと|やと|によると)?|聞いた話(?:やけど|だけど|ですが|では|によると|によれば|なんですが|ですけど|だと|やと|じゃと|ばってん|やけん)|(?:の間|界隈)で(?:は|も)?(?:話題|噂|うわさ|持ちきり|もちきり)|(?:[うくすつぬむぶぐるい]|ない|ん)とか(?:[^。！？!?\n]{1,6})(?:ない|ん)とか|関係者(?:の方々|の方|の人たち)?の間(?:で|では|でも)[、,]?[^。！？!?\n]{0,16}?(?:有力|濃厚|確実視|本命|決まり(?:そう|だ|です|らしい)|噂|うわさ|ささやかれ|言われて|とのこと|らしい|みたい)|(?<![a-z0-9])(?:rumou?r has it|rumou?rs? (?:says?|are)|(?:i|we)(?:'ve| have)? heard (?:that|a rumou?r|talk)|we hear (?:that|talk)|word (?:is|has it|on the street)|(?:a )?little (?:bird|birdie) (?:tells?|told|has told|says) (?:me|us)|nothing official|not (?:yet )?official(?:ly)?|unofficially)(?![a-z0-9])|(?<![a-z0-9])(?:fares?|fees?|prices?|charges?|admission|tickets?|rates?)\b[^.!?\n]{0,40}?\b(?:might|may|could)(?: well)? (?:be (?:raised|increased|hiked|doubled|cut|scrapped|abolished)|go up|rise|double)\b[^.!?\n]{0,24}?\bnext (?:spring|summer|autumn|fall|winter|year|month|season|fiscal year|april)(?![a-z0-9])/giu

/**
 * Unannounced: 未発表ですが, まだ正式には決まっていませんが, 案が出ています, 庁内で議論.
 * Blind R234M-005 kind: the mood of the staff's meeting on a measure passed on (課長たちが予算の打ち合わせでかなり前向きに話していました): the
 * inner stage of a decision told, as 庁内では前向きに検討 is.
 */
/**
 * Blind R277T-024 kind (conf14): an undecided plan passed on as the likeliest option, a degree or a time put between the plan and
 * 有力 (隣の校区と一緒になる案がいちばん有力みたいです, 移転する案が今のところ最も有力): the same as 案が有力. A place reported as a
 * strong candidate (有力な候補地として議会に報告) has no 案が before it.
 */
/**
 * Blind R254L-017 kind (conf8): the concession that the matter is not decided, in やさしい日本語's hiragana (まだ きまって いませんが、しやくしょで
 * はなしあって います): the same as まだ決まっていませんが (the squeezed view joins the spaces; 決まったら知らせる after it stays clean).
 */
/**
 * Blind R362K-033 kind: a measure the section only talks over, told in the volitional with か (…にも広げようかと課内で話しているところです,
 * 統合してはどうかと係内で相談しています): an idea inside the office, not a decision, passed on.
 */
const UNANNOUNCED =
  /(?:正式(?:に)?|公式(?:に)?)?(?:発表|公表)(?:される|する|の)予定(?:です|なん(?:です|だ))?(?:が|けど|けれど|けれども|やけど)[、,]?(?=[^。！？!?\n]{0,60}?(?:決まりました|決まった|決定しました|決まっとる|内定|就任|着任|異動))|(?:内々|水面下|非公式)に(?:検討|調整|協議|話し合|進め)|結論(?:は|が)?(?:まだ)?出て(?:い)?(?:ない|ません|おらず|おりません)(?:ものの|が|けど|ですが|けれど)|(?:まだ)?(?:はっきり|確か|正式)(?:な|した)?(?:こと|ところ)は(?:申し上げられ|言え|お伝えでき|お話しでき)(?:ない|ません)(?:のですが|んですが|が|けど|ですが)|議会(?:に|へ)(?:諮る|かける|提案する|出す|上程する)の(?:は|も)これから|(?:庁内|役所内|課内|内部)で(?:は)?前向きに(?:進|検討|調整)|(?:課長|部長|係長|次長|局長|市長|副市長|上司|幹部|上の人|上層部)(?:たち|達|さん|の方)?(?:が|も|は)[、,]?[^。！？!?\n]{0,16}?(?:打ち合わせ|打合せ|会議|ミーティング|検討会)(?:で|の場で|の中で)(?:は|も)?[、,]?[^。！？!?\n]{0,20}?前向き(?:に|な)(?:話|議論|検討|意見|声|感じ|雰囲気|反応)|未発表(?:ですが|だけど|だけれど|の(?:情報|事項|話|案件|内容|計画|事業|人事|データ|資料|件)|です|情報|事項|なので|ながら|なんですが)|(?<!正式)(?:発表|公表)前(?:ですが|だけど|なので|の(?:情報|段階|話|速報|数字|数値|データ|集計))|正式(?:な)?(?:発表|決定|公表)(?:前|の前|はまだ|が待ち遠し|を?お楽しみに|まで(?:もう少し|内緒|秘密|お待ち))|(?<=まだ(?:[、,]?(?:市の|市から|市からの|県の|県からの|国の)?)?)(?:正式|公式)(?:な|の)?(?:発表|公表|お知らせ)(?:は|が|も)?[、,]?(?:出て|出され|され|あって)(?:い|お)?(?:ない|ません|りません|らん)(?:の|ん)?(?:です|だ|や)?(?:が|けど|けれど|けれども|ばってん)|(?:正式|公式)(?:な|の)?(?:発表|公表|お知らせ)(?:は|が|も)?[、,]?まだ(?:出て|出され|され|あって)(?:い|お)?(?:ない|ません|りません|らん)(?:の|ん)?(?:です|だ|や)?(?:が|けど|けれど|けれども|ばってん)|(?:話|案|声|意見)(?:が|も)[、,]?(?:庁内|役所内|課内|部内|係内|内部)で(?:は|も)?出と(?:る|り|った)|まだ(?:正式に(?:は)?|はっきり)?(?:決まって|きまって|決定して|確定して|発表されて|公表されて)(?:い)?(?:ない|ません)(?:が|けど|けれど|ですが|のですが|んですが|んだけど)|まだ(?:正式に(?:は)?|はっきり)?(?:決定し|確定し|発表され|公表され|出)(?:とら(?:ん|ない)|ておら(?:ん|ない)|てな(?:い|か))(?:ですが|ですけど|けど|けれど|ばってん|が)|(?:まだ)?(?:決定|確定|正式決定)(?:事項)?(?:では|じゃ)(?:ない|ありません|ございません)(?:が|けど|ですが|のですが)|非公式(?:ですが|だけど|な情報|の情報|情報|に聞いた)|ネタバレ(?:すると|ですが|になりますが|しちゃうと|しちゃいます|です|ですけど)|案(?:が|も)(?:出て|出され|浮上|挙が|あが|上が|検討され|議論され|有力)|案(?:が|も)[、,]?(?:いちばん|一番|最も|もっとも|いま|今|現在|現状|現時点で|今のところ)[、,]?(?:いちばん|一番|最も|もっとも)?[、,]?有力|(?<![答図思懸翻教名妙腹])案(?:が|も)[、,]?(?:(?:いま|今|現在|すでに|既に|実は|じつは)[、,]?)?[^。！？!?\n、,]{0,8}?(?:委員会|審議会|協議会|議会|庁議|幹部会|[課係室局]|庁内|役所|役場|(?<![\p{Script=Han}])市|(?<![\p{Script=Han}])県)(?:で|から|の(?:中|なか|方|ほう)で|内で|内部で)(?:は|も)?[、,]?(?:(?:いま|今|現在)[、,]?)?(?:出て|出され|浮上し|挙が|持ち上が|検討され|議論され)|(?:という|との|って)案(?:が|も)?|(?:庁内|役所内|課内|内部)で(?:は)?(?:議論|検討|話し合|話題|噂|うわさ|見方|声|意見|広が|調整|浮上|出て)|(?<=(?:よう|[ぁ-ゖ]う)か)(?<!どう(?:しよう)?か)(?:と|って)?[、,]?(?:庁内|役所内|課内|部内|係内|内部)で(?:は|も)?(?:話して|話し(?:よ|と)る|話しより|相談して|相談し(?:よ|と)る|言って|言いよる)(?:い|お)?|(?:という|との)見方が(?:広が|強ま|強い|強く|出て|ある|有力)|のでは(?:ないか)?(?:という|との)(?:見方|声|話|噂|憶測)/gu

/**
 * Blind R58A-027: a plan for a change said to be taking shape inside, in the progressive of a decision in the making (…上限を35歳まで
 * 引き上げる案が人事課でまとまりつつあります, 方針が教育委員会の中で固まりつつあります, 案が環境課でまとまりよります, 方向性が庁内で
 * 煮詰まってきています, 骨子が…で練られているところです): the content of a plan still being formed (意思形成過程) handed out before the
 * city decides it. Only a plan noun (案, 方針, 方向性, 構想, 骨子) as the subject, and only with a change, a decision or a future matter in
 * the sentence; a plan put out for comment or worked out in a public workshop (ワークショップ, 説明会) is public. Feelings or opinions
 * coming together (地域の気持ちがまとまりつつあります), a plan already done and published (計画がまとまりましたので公開しています) and
 * 案内 are not this.
 */
const PLAN_FORMING =
  /(?<![答図思懸翻教名妙])(?:案|方針|方向性|構想|骨子)(?:が|も|は)[、,]?[^。！？!?\n]{0,16}?(?:(?:まとま|固ま|煮詰ま)(?:りつつ|りかけ|りよ|ってき(?:て|と|ま)|ってきつつ)|煮詰められ|(?:練ら|詰めら)れて(?:い|お)|(?:練り|詰め)(?:上げ|あげ)?(?:られ)?(?:の段階|が進)|大詰め|(?:でき|出来)(?:つつ|かけ|あがりつつ|上がりつつ))/gu
/**
 * An aside that what follows may not be said in public yet (大きな声では言えませんが, 大きか声じゃ言えんばってん, 表立っては
 * 言えないけど, 公にはまだ申し上げられませんが, 本当はまだ言っちゃいけないんですが): the writer says the matter is not out and
 * tells it anyway. It counts when a change, a benefit or a future matter with a change follows (ASIDE_NEWS); a joke about
 * oneself (大きな声では言えませんが、実はピーマンが苦手です) or 大きな声では言えない悩み (no concession) stays clean.
 * Blind R89A-116: the same aside told as a fact about the matter's publicity (まだ表には出ていないのですが, まだ公になっていませんが, 表には
 * まだ出とらんばってん, まだ公表していないのですが): the writer says it is not out and tells it (…任期を終えて帰国される予定と伺っております).
 * Blind R129I-033: まだ alone before the forbidding (まだ言っちゃダメなんですが、…ロケ地になります).
 * Something not out of doors (子猫はまだ表に出ていないので) concedes nothing; a thing to be published once ready (完成しだいお知らせします)
 * carries no news.
 * Blind R224T-012 kind: the aside in the potential (まだ表には出せないのですが), and what it tells a pick among candidates (…がほぼ本命みたいです,
 * 最有力, 第一候補: ASIDE_PICK), a decision in the making whatever its words.
 * Blind R311E-041 kind (unof56): the writer told not to say it yet (まだ言っちゃダメって言われてるんだけど…, まだ内緒にしてって頼まれてるけど,
 * 口止めされてるんですが, まだ言わないでねと念を押されていますが): the same concession that the matter is not out, told anyway.
 */
const SECRET_ASIDE =
  /(?:(?:大き(?:な|い|か)|おおき(?:な|い|か)|でかい|でっかい)声|大声|おおごえ)(?:で|じゃ|では|でん|には)(?:は|も)?(?:まだ)?(?:言え|いえ|言わ|申し上げられ|お伝えでき|お話しでき|話せ|書け)(?:ない|ません|ん|へん|なか|れん)(?:のです|んです|のですが|んやけど|っちゃけど)?(?:が|けど|けれど|けれども|けども|ばってん|ばって|けん(?:ど|が))|(?:公|おおやけ|表立って|おおっぴら|大っぴら|表向き|外)(?:に|で)?(?:は)?(?:まだ)?(?:言え|いえ|申し上げられ|お伝えでき|お話しでき|話せ|書け)(?:ない|ません|ん|へん|なか)(?:のです|んです|んやけど|っちゃけど)?(?:が|けど|けれど|けれども|けども|ばってん|ばって)|(?:(?:本当|ほんと|ホント|本来)(?:は|なら)?(?:まだ)?|(?<![\p{Script=Han}ぁ-ゖ])まだ)(?:言っちゃ|言っては|言うたら|言ったら|書いちゃ|書いては|出しちゃ)(?:いけない|いけません|いかん|ダメ|だめ|駄目|まずい)(?:な(?=ん|の))?(?:のです|んです|んやけど|っちゃけど)?(?:が|けど|けれど|けれども|けども|ばってん)|(?:まだ(?:表|おもて|公|おおやけ|世間|表沙汰|オープン)|(?:表|おもて|公|おおやけ|世間)(?:に|へ)?(?:は|で)?まだ)(?:に|へ|で)?(?:は|も)?(?:出て|出して|出され|出せ|出と|なって|なっと|して|され)(?:い|お)?(?:ない|ません|りません|らん|らない|ん)(?:の|ん|話|こと|情報)?(?:なん|なの)?(?:です|だ|や)?(?:が|けど|けれど|けれども|けども|ばってん|ばって)|まだ(?:公表|発表|公開|外部に|外に)(?:は|も)?(?:して|しと|しておら|出して)(?:い|お)?(?:ない|ません|りません|らん|ん)(?:の|ん|話|こと|情報)?(?:なん|なの)?(?:です|だ|や)?(?:が|けど|けれど|けれども|けども|ばってん|ばって)|(?:(?:まだ)?(?:言っちゃ|言っては|言うたら|言ったら|話しちゃ|話しては|書いちゃ|書いては|出しちゃ|発表しちゃ|公表しちゃ|バラしちゃ|ばらしちゃ)(?:いけない|いけん|いかん|ダメ|だめ|駄目|まずい)|(?:まだ)?(?:言わ|話さ|書か|バラさ|ばらさ|しゃべら|喋ら)(?:ないで|んで)(?:ね|よ|ください|下さい)?|まだ(?:内緒|ないしょ|ナイショ|秘密|ひみつ|ヒミツ|オフレコ)(?:に(?:して|しといて|しておいて)(?:ね|よ|ください)?)?|(?:まだ)?(?:黙って(?:て|いて|おいて|とけ|おけ)|口外(?:しないで|するな)|言うな|しゃべるな|喋るな))(?:って|と)[、,]?(?:[^。！？!?\n]{0,10}?(?:に|から))?(?:言われ|いわれ|頼まれ|念を押され|釘を刺され|くぎを刺され|止められ)(?:て|と|た|ちゃ)(?:る|い(?:る|ます)|ます|お(?:る|ります)|た|ました)?(?:ん|の)?(?:です|だ|や)?(?:が|けど|けれど|けれども|けども|ばってん)|口止め(?:されて|されと|され)(?:る|い(?:る|ます)|ます|おります|た|ました)?(?:ん|の)?(?:です|だ|や)?(?:が|けど|けれど|けれども|けども|ばってん)/gu
/**
 * Whether the text at `at` lies in a bracketed saying given as an example (「大きな声では言えないけど、…」といった書き込みに
 * ご注意ください): others' words shown, a mention.
 */
function quotedExample(t: string, at: number): boolean {
  const open = t.lastIndexOf('「', at)
  if (open < 0 || at - open > 40 || /[」\n]/u.test(t.slice(open, at))) return false
  const close = t.indexOf('」', at)
  if (close < 0 || close - at > 80 || t.slice(at, close).includes('\n')) return false
  return /^(?:といった|などの|などと|のような|みたいな|という|との|って)[^。！？!?\n]{0,6}?(?:書き込み|投稿|メッセージ|メール|電話|うわさ|噂|デマ|話|誘い|勧誘|言葉|手口|文句)/u.test(t.slice(close + 1, close + 24))
}
/**
 * Blind HU-011: a resident's voice quoted in brackets and tagged with who they are (「…観光客が迷わなくなると思う。」（市内在住・40代）,
 * （70代・女性）, （参加者・30代）) or framed as a voice received (「…」という声/ご意見/ご感想): the resident's own hope or guess, given as
 * theirs, not the city's forecast of a matter it decides. A tag naming the city's staff (（市職員）, （担当課長）) is the city speaking.
 */
const RESIDENT_TAG = /^[。．.\s]?[（(](?![^（）()\n]{0,24}?(?:職員|課長|係長|部長|担当|市長|局長|所長))[^（）()\n]{0,16}?(?:在住|在勤|[0-9０-９]{2}代|[0-9０-９]{1,3}(?:歳|才)|男性|女性|参加者|利用者|保護者|来場者|受講者|住民|市民)[^（）()\n]{0,12}[）)]/u
const VOICE_FRAME = /^(?:という|との|といった)(?:お?声|ご?意見|ご?感想)/u
/**
 * Blind review kind (misc22): …or labelled before the bracket as a resident's voice (参加者の声：「個人的には、…べきだと思います…」, 利用者の
 * 方の感想「…」, 山田さんの声「…」): the label names who spoke, so the view inside is theirs. Only a resident, a participant or a person by
 * name (さん, 様) — not a label naming the city's staff (職員の声, 担当者の声, 課長のコメント: the city speaking).
 */
const VOICE_LABEL_BEFORE = /(?:参加者|利用者|来場者|来館者|受講者|受講生|体験者|お客様|お客さま|市民|住民|保護者|児童|生徒|園児|学生|ボランティア|地域|地元|皆さん|皆さま|皆様|方|さん|様)(?:の|から(?:の)?)(?:お?声|ご?感想|ご?意見|コメント|ひとこと|一言)(?:から|より)?\s?[:：]?\s?$/u
const STAFF_LABEL = /職員|担当|市長|課長|係長|部長|局長|所長|館長|当課|市役所/u
function quotedVoice(t: string, at: number): boolean {
  const open = t.lastIndexOf('「', at)
  if (open < 0 || at - open > 120 || /[」\n]/u.test(t.slice(open, at))) return false
  const close = t.indexOf('」', at)
  if (close < 0 || close - at > 120 || t.slice(at, close).includes('\n')) return false
  const tail = t.slice(close + 1, close + 40)
  const head = t.slice(Math.max(0, open - 24), open)
  return RESIDENT_TAG.test(tail) || VOICE_FRAME.test(tail) || (VOICE_LABEL_BEFORE.test(head) && !STAFF_LABEL.test(head.replace(/^.*[。！？!?\n]/su, '')))
}
/**
 * Blind R85A-025: an aside that the writer overheard what follows, not told it (きのう体育館でこっそり聞いちゃったんやけど、…, たまたま廊下で
 * 耳にしたんですが、…, ちらっと聞いたばってん、…, 立ち聞きしちゃったんだけど、…, 偶然聞こえてきたんですけど、…): a matter picked up on the
 * side, unconfirmed, handed on. Judged as SECRET_ASIDE is, by what it introduces (ASIDE_NEWS): a change, a benefit or a future matter
 * told as coming (来年の市民マラソンは…新しいコースになるかもしれん). What the writer enjoyed overhearing (子どもたちの合唱をこっそり
 * 聞いちゃったんやけど、とっても上手で…) or a wish about next year tells nothing. Blind R113A-034: heard in secret (ないしょで聞いちゃった🤫,
 * 内緒で聞いたんだけど, ひみつで耳にした) is the same aside, judged the same way by what it introduces.
 */
const OVERHEARD =
  /(?:(?:こっそり|たまたま|偶然|ちらっと|ちらりと|ひそかに|密かに|(?:内緒|ないしょ|ナイショ|内密|秘密|ひみつ|ヒミツ)で)[、,]?[^。！？!?\n]{0,8}?(?:聞い|聞こえ(?=ちゃ|てしま)|耳にし|小耳に(?:はさ|挟)ん|聞こえて(?:き|来))|(?:立ち聞き|盗み聞き|漏れ聞き)し)(?:ちゃった|ちゃいました|てしまった|てしまいました|てしもうた|てしもた|た|ました|だ)(?:ん|の)?(?:です|や|だ)?(?:けど|けれど|けれども|が|ばってん|ばって)?(?:よ|ね|の|な|わ|さ|っ)?(?:[〜~ー]{1,3})?(?=[、,…\s]|[。！!？?♪☆★♡♥]|[\u{1F300}-\u{1FAFF}\u2600-\u27BF]|$)/gu
/** Blind R224T-012 kind: a pick among candidates told after a secret aside (ほぼ本命みたい, 最有力, 第一候補, 濃厚): a choice the city has still to make. */
const ASIDE_PICK = /本命|最有力|有力(?:候補|視|な(?:候補|案))|第一候補|(?:が|で)(?:濃厚|有力)/u
/** What a secret aside passes on: a change told as coming (上がる, 変わります, 始まる, 増える, 無料になる) or planned. */
// Blind R311E-041 kind (unof56): …or a guest or a star said to be coming (ゲストで来てくれる, 出演します, やって来ます, 登場する).
const ASIDE_NEWS = /上が|あが|下が|さが|アップ|増え|ふえ|増や|減(?:る|り|ら|っ)|へる|変わ|かわる|始ま|はじま|(?:に|と)な(?:る|り)|でき(?:る|ます)|決ま|予定|見込|方向|つもり|来て(?:くれ|くださ|いただ|もら)(?:る|ます|ること)|来(?:る|ます|られ(?:る|ます))(?=[よね〜~！!。…]|$|んだ|んです)|やって(?:来|く)(?:る|ます)|出演(?:する|します|される|されます|決定)|登場(?:する|します)/u

/**
 * News hinted at before it is announced: 年明けに何か大きな発表があるかも…？, 近々うれしいお知らせができるかもしれません,
 * 春には重大発表があるはず (a dated announcement, 明日10時に発表します, is not a hint).
 */
const HINTED_NEWS =
  /(?:何か|なにか|近々|近いうちに|そのうち|もうすぐ|年明け(?:に|には)|春(?:に|には)|来月(?:に|には)?|来年度(?:に|には)?)[^。！？!?\n]{0,12}?(?:発表|お知らせ|ニュース|ご報告|報告)(?:が|を)?(?:ある|あり|でき|出|出せ|届け|お届けでき|し)[^。！？!?\n]{0,6}?(?:かも|はず|予感|そう(?:です|だ|な)|みたい|らしい|かな)/gu
/** Conjecture passed on: 出るんじゃないかと言われています, 統合されるのではないかとささやかれて. */
const CONJECTURE = /(?:る|ない|た)(?:ん|の)(?:じゃ|では)(?:ない)?(?:か|かな)(?:と|って)(?:言われ|いわれ|噂|うわさ|思われ|見られ|みられ|ささやかれ|囁かれ|話題|聞)/gu
/** Talk of a plan coming up: 建て替えの話が出ているようです, 統合の構想が持ち上がって (about a decision only). */
const TALK_OUT = /(?:話|構想|計画|案)(?:が|も)(?:出て|持ち上が|浮上|あが|上が|挙が)/gu
/** Talk inside the city hall: 庁内で、ごみ袋の値上げが議論されています. */
const INTERNAL_TALK = /(?:庁内|役所内|市役所内|課内|部内|係内|班内|部署内|内部|幹部の間|職員の間)で(?:は|も)?/gu
const DISCUSSED = /議論|検討され|話し合|話題|噂|うわさ|見方|浮上|協議され|持ち上が|出て(?:い|ま)|ささやかれ|広が|(?:(?:に|と)(?:なり|決まり)そう|決まりそう|(?:に|と)なる(?:かも|だろう|でしょう|はず|んじゃ)|かも(?:しれ(?:ない|ません))?|濃厚|有力|確実)[、,]?\s?(?:と|って)[、,]?\s?(?:話し|はなし|言っ|言いよ|言うと|噂)/u

/**
 * Blind R59A-023: the city's own deliberation said in plain words, still going on (市役所の中で話し合っているところです, いま しやくしょ の
 * なか で はなしあって いる ところ です, 役場の中で相談しよるところです, 教育委員会の中で検討しています) — the plain or やさしい日本語 way
 * of 庁内で協議中 — while the sentence or the one next to it tells the change it is about as a possibility (来年からは土曜日の朝もあるかも
 * しれません). Talk that ends in a decision (話し合って決めました), a meeting shown in a photo (話し合っているところを写真で), consultation
 * offered to residents (市役所の中で相談できます) and a plan put out for comment are not this.
 */
const DELIBERATING =
  /(?:市役所|しやくしょ|役所|やくしょ|役場|やくば|庁舎|ちょうしゃ|教育委員会|きょういくいいんかい|[\p{Script=Han}]{1,4}課|[\p{Script=Han}]{1,4}部)の(?:中|なか|内部)で(?:は|も)?[、,]?[^。！？!?\n]{0,16}?(?:(?:話し合|はなしあ|相談し|そうだんし|考え|かんがえ|検討し|けんとうし|議論し|ぎろんし|協議し|きょうぎし|調整し|ちょうせいし)(?:て|っ(?:て|と)|よ)(?:い|お)?(?:る|ます|ります|り)|(?:話し合い|はなしあい|相談|そうだん|検討|けんとう|協議|きょうぎ|調整|ちょうせい)(?:中|ちゅう|の最中|のさいちゅう))(?:ところ|とこ|最中|さいちゅう|段階|だんかい)?(?=です|でございます|だ|や|ばい|たい|よ|ね|けど|けれど|が|ので|から|[。！!、,…]|$)/gu
/**
 * Blind R235I-051 kind: talks with another party said to be still under way in plain words (駅の方とはいままさにお話を詰めているところ,
 * 県と交渉を詰めている最中です, 協議を詰めている段階): 協議中 without the stage word, while the same or the next sentence tells the change
 * it is about as coming (来年の夏には駅の東口側にお引っ越しです). Details of a thing decided being worked out (詳細を詰めているところです。
 * 決まり次第お知らせします) name no change.
 */
/**
 * Blind R244U-001 kind (unof6): …or the line itself being worked out inside, a disposal or a change named among its options (跡地は民間への
 * 売却も含めて、庁内で活用の方向性を詰めているところです; 統合も視野に、方針を詰めている段階). Judged as the talks are: with a change in
 * the sentences around; an event's plan being shaped (来年度の催しの方向性を詰めているところです) names none.
 */
/**
 * Blind R246S-015 kind (unofmask7): …or the measure worked out with another section or body named as the partner, 詰める with no object
 * noun (給食費の完全無償化、来年度からスタートできるよう財政課とただいま詰めているところです; 県と今まさに詰めている最中です): the same
 * talks under way, judged as they are (a change and a time to come in the sentences around). An event's details with a speaker (講師の
 * 先生と日程を詰めているところです) name no change.
 */
const TALKS_PARTNER = '(?:[\\p{Script=Han}\\p{Script=Katakana}ー]{1,8}(?:課|部|室|局|係|省|庁|当局|委員会|事務所|事業者|業者|会社|組合|協会)|関係課|担当課|関係部署|関係機関|関係者|国|県|(?<![\\p{Script=Han}])市)(?:さん)?(?:と|との間で)[、,]?(?:ただいま|いま|今|現在|目下|いままさに|今まさに|まさに)?[、,]?(?:[^。！？!?\\n、,]{1,8}?を[、,]?)?'
const TALKS_UNDER_WAY = new RegExp(
  `(?:(?:お?話|話し合い|協議|交渉|調整|方向性|方針|活用策|活用方法|あり方|在り方)(?:を|の)?[、,]?|${TALKS_PARTNER})(?:最終的に)?(?:詰めて|詰めと|詰めよ|煮詰めて)(?:い|お)?(?:る|ます|ります)?(?:ところ|とこ|最中|段階)`,
  'gu',
)
/**
 * Blind R270C-005 kind: a plan with another body whose assent is said not to have come yet, told with the city's aim for when it starts
 * (大川市さんと…周遊バスの共同運行について話し合いを重ねています。大川市側のゴーサインはまだですが、来年の夏には走らせたい考えです;
 * 県の了承はまだですが、来年度から始めたいと思っています; 先方のOKはまだもらえていませんが、秋には開業する予定です): a matter not yet
 * agreed put out as if it will happen. The partner's answer awaited with nothing planned (先方からの返事はまだです), a plan said agreed
 * (合意しました, 協定を結び) and an event's own schedule stay clean.
 */
const PARTNER_NOD_PENDING = new RegExp(
  '(?:[\\p{Script=Han}\\p{Script=Katakana}ー]{1,8}(?:市|町|村|県|国|省|庁|会社|組合|協会|団体|さん|様)|[\\p{Script=Hiragana}\\p{Script=Han}]{2,6}(?:市|町|村)|先方|相手方|相手側|あちら|向こう|国|県)(?:側)?(?:の|から(?:の)?)' +
    '(?:ゴーサイン|ゴー|GOサイン|OK|オーケー|了承|ご了承|了解|ご了解|同意|ご同意|合意|承諾|ご承諾|返事|お返事|回答|ご回答|許可|内諾|賛同|理解)(?:は|が|も)?[、,]?' +
    '(?:まだ|いただけていない|いただけていません|得られていない|得られていません|もらえていない|もらえていません|出ていない|出ていません|取れていない|取れていません)',
  'gu',
)
/** …with the city's aim for the plan, dated (来年の夏には走らせたい考えです, 来年度から始めたい, 秋には運行する予定). */
const PLAN_AIMED = /(?:たい|したい)(?:考え|意向|と考え|と思|です|ところ)|目指し|めざし|予定|方向で|見込み|つもり/u
const PLAN_AGREED = /合意しました|合意に至|協定を(?:結|締結)|締結し|調印|正式に決定|決定しました|了承をいただき|了承を得/u

/** Blind R244U-001 kind (unof6): a disposal or a change named as one of the options weighed (売却も含めて, 統合も視野に, 廃止も選択肢に). */
const OPTION_WEIGHED = /(?:売却|譲渡|払い?下げ|統合|統廃合|廃止|閉鎖|閉校|閉館|移転|民営化|民間委託|解体|取り壊し|有料化|値上げ)(?:を|も)[、,]?(?:含め|ふくめ|視野に|選択肢に|念頭に)/u
/**
 * Blind R292E-021 kind (conf18): a fee to be charged, or raised, named as an option the city has in view (来年度は教室の参加費を1回300円ほど
 * いただく形にすることも視野に入れているところです; 駐車場の利用料を徴収することも選択肢に): the undecided charge let out in passing, whatever the
 * report around it. Judged with a time to come or a change in the sentence, and not with a public process.
 */
const FEE_WEIGHED = /(?:参加費|受講料|利用料|使用料|料金|手数料|会費|入館料|入場料|観覧料|駐車料金?|負担金|自己負担|施設使用料)(?:を|は|も|について(?:は)?)[、,]?[^。！？!?\n]{0,16}?(?:いただく|頂く|頂戴する|徴収する|徴収|取る|ご負担いただく|負担していただく|有料に(?:する)?|有料化|値上げ|引き上げ|上げる)(?:形|方向|かたち)?(?:に(?:する|すること)|とする)?(?:こと)?(?:も|を)[、,]?(?:視野に|選択肢に|念頭に|選択肢の一つ)/gu
const MOVE_OR_CHANGE = /(?:お?引っ越し|引越し|ひっこし|移転|移設|統合|廃止|有料化?|無料化?)(?:です|します|しま|する|となり|になり|に(?:なる|な)|予定)/u
/** The change a deliberation is about, told as a possibility or as coming (かもしれません, 来年からは, 変更, 新しく). */
const POSSIBLE_CHANGE =
  /かも(?:しれ|知れ)|可能性|(?:来年|らいねん|再来年|さらいねん|来月|らいげつ|次年度|来年度|らいねんど)(?:度)?(?:から|は|に|の|も|、)|変更|へんこう|廃止|はいし|新しく|あたらしく|新た|(?:変わ|かわ)る(?:かも|予定|みたい|らしい|そう)/u

/**
 * Blind R77A-120: a change said to be moving forward in talks inside the city hall (…料金を二千円に値上げする方向で内部の話が進んで
 * います, …廃止する話が役所内で進みよる, 内部的な協議が進められております, 内々に話がまとまりつつあります): the content of a decision still
 * in the making, handed out before the city decides it. Only talk going on (進んでいる, 進めている, まとまりつつ), not done (検討が進み、…
 * 決定しました) or denied (進んでいません), and only with a change, an amount raised or cut or a benefit in the sentence; a draft put out for
 * comment and a plain progress report with no change (課内の話し合いが進んでいて…) are not this.
 */
const INSIDE_BODY = '(?:庁内|役所内|市役所内|課内|部内|係内|内部|内々|水面下|上層部|幹部|執行部|事務方)'
const INSIDE_TALK_NOUN = '(?:話し合い|話|検討|議論|協議|調整|詰め)'
const GOING_ON = '(?:着々と|どんどん|だいぶ|かなり|順調に|すでに|もう|少しずつ)?(?:進んで|進めて|進んど|進めと|進みよ|進めよ|進められて|まとまりつつ|まとまりかけ|まとまってき|煮詰まって|煮詰まりつつ|詰められて)'
const INSIDE_PROGRESS = new RegExp(
  `${INSIDE_BODY}(?:的な|の|で(?:の)?|では|に)[、,]?${INSIDE_TALK_NOUN}(?:が|も|は)[、,]?${GOING_ON}|${INSIDE_TALK_NOUN}(?:が|も|は)[、,]?${INSIDE_BODY}(?:的に|で(?:は|も)?|に)[、,]?${GOING_ON}`,
  'gu',
)

/**
 * Personnel moves told before they are published. Blind R77A-099: also a move said in plain words (別の部署に行かれるかも, 違う課に
 * 移るらしい, ほかの課さんに変わるっちゃろか…って, 本庁に戻られるみたい) as a guess or a hearsay: the same unannounced move without the
 * word 異動. Only a unit of the organisation as where one goes (部署, 課, 係, 所属, 支所, 本庁); 予定 (an announced change of the desk
 * that handles a matter, 担当が別の課に変わる予定です) and a reader sent to another desk (別の課に行っていただく場合) are not this.
 */
const PERSONNEL = /(?:次の|今度の|春の|秋の|来年度の|来春の|[0-9０-９一二三四五六七八九十]+月の)(?:人事)?異動で|(?:異動|転勤|昇進|昇格|退職|辞職|辞任|退任|就任|着任|赴任|配属|後任|交代|出馬|立候補|勇退)(?:する|になる|される|が)?(?:予定(?!者)|らしい|みたい|って|が決まり|が決まった|が内定|の内示|が有力|が濃厚|の噂)|(?:(?:別|べつ|違う|ちがう|ほか|他|よそ|隣|となり)の(?:部署|課|係|部局|所属|支所|出先|課さん|部署さん)|本庁|県庁)(?:に|へ|ば)[、,]?(?:行か|行く|行き|いか|いく|いき|移ら|移る|移り|移ん|うつら|うつる|うつり|変わ|かわ|戻ら|戻る|戻り|もどら|もどる|出ら|出る|異動)[ぁ-ゖ]{0,8}?(?:かも|らしい|らしか|みたい|げな|とか(?=[。！!…〜~」]|$)|っぽい|(?:そう|ごたる)(?:です|だ|や|ばい|な(?!の)|。|$)|(?:ん|の|と|っちゃ)(?:じゃ|や|では)?(?:ない|なか)(?:か|ろう)|って(?:聞|話|噂|うわさ|言|[。！!…〜~]|$))/gu
/**
 * Who takes a post next, told as settled or second-hand: 次の係長は…木下さんで決まり, 新しい館長には…さんが就くらしい,
 * 後任の課長は…さんが濃厚 (a move announced, …さんが就任しました, is not this).
 */
const NEXT = '(?:次の|次期|新しい|今度の|後任の|来年度の|新年度の|来春の|(?<![0-9０-９])[0-9０-９]+月からの)[^。！？!?\\n]{0,10}?(?:(?<![会班組団隊船])長|リーダー|責任者|担当)'
const HOLDER = '(?:さん|氏|様|さま|くん|先生|課長|次長|係長|部長|補佐|主査)'
const NEXT_POST = new RegExp(
  `${NEXT}(?:は|には|に|って|も|、|,)[、,]?[^。！？!?\\n]{0,20}?${HOLDER}(?:(?=らしい|みたい|だって|ですって|とか|っぽい|って(?:話|噂|うわさ|聞))|(?:で|に)(?:決まり(?!まし)|決定(?!しまし|いたしまし|です)|内定|確定(?!しまし)|固ま|ほぼ)|が(?:濃厚|有力|確実|最有力|就く(?=らしい|みたい|そう|って|とか|予定|こと)|なる(?=らしい|みたい|そう|って|とか)|来る(?=らしい|みたい|そう|って|とか)))|` +
    `${HOLDER}(?:が|は)[、,]?${NEXT}(?:に|として)(?:(?:なる|就く|就任する|着任する|来る)(?=らしい|みたい|そう|って|とか|予定|こと|ようです|っぽい)|(?:決まった|内定した)(?=らしい|みたい|そう|って|とか|っぽい|ようです))`,
  'gu',
)
/**
 * Blind R236I-019 kind: who takes a role next named by the unit they work in now (4月から…中の人が替わります！新しい担当は、いま商工
 * 振興課にいる方です; 次の係長は、現在税務課の田中さん): someone still in another unit named for the role is a move not made yet, let out
 * before the city's notice. Only a unit of the office (…課, 係, 室, 支所, センター) as where they are now and a person after it; a move
 * announced (辞令, 4月1日付で, 発表しました: NEXT_POST_PUBLIC) is not this.
 */
const SUCCESSOR_NOW_AT = new RegExp(
  `${NEXT}(?:は|には|、|,)[、,]?[^。！？!?\\n]{0,12}?(?:いま|今|現在|目下)(?![年日月回後度週朝晩夜の])(?:は)?[、,]?[\\p{Script=Han}ァ-ヺーぁ-ゖ]{1,10}(?:課|係|室|支所|出張所|センター|事務所)(?:に(?:いる|いらっしゃる|おられる|在籍している|所属している|勤めている|勤務している|いてる)|で(?:働いている|働いていらっしゃる|勤務している)|の)[、,]?(?:方|人|職員|者|かた|[一-龠々]{1,4}(?:さん|係長|主査|主任|課長|補佐))(?!で(?!す|した|ござい)|に|へ)`,
  'gu',
)
const NEXT_POST_PUBLIC = /公表し|発表し|発表され|ホームページ|掲載|付で|付け|辞令|就任式|着任式|広報(?:やながわ|誌|紙)|議会の同意|選任/u
const PERSONNEL_PUBLIC = /公表|発表し|ホームページ|掲載|付で|付け|辞令交付|式|広報|説明会|選挙/u

/** A school or facility closed (休校, 休園, 臨時休業, 学級閉鎖): the city decides it, whatever the weather. */
const CLOSURE = /休校|休園|(?<!育児|介護|産前|産後|看護)休業|閉園|学級閉鎖|学年閉鎖|分散登校|短縮授業|オンライン授業/u

/**
 * Hearsay endings. らしい, みたい, そうだ (伝聞), だって, って, と聞きました, って話. Blind R69A-071: also their continuative forms going on
 * into the sentence (委託している会社が来年度から変わるらしく、…心配しています; 減るみたいで、; 上がるそうで、), after a verb's ending only (春らしく,
 * めずらしく, かわいらしく are no hearsay). Blind HD-053: との after a word ending in と (好きなことの話だけでも, あとの話) is no frame.
 * Blind R77A-099: って聞いて / と聞いて run on into a sad or startled feeling (…別の部署に行かれるかもって聞いて寂しいです, …なくなるって聞いて
 * びっくりしました): what was heard is passed on with the reaction; judged by what it tells, as the other hearsay.
 * Blind R85A-082: talk heard in 筑後弁, the quotative っち / ち (or って, という) before 話 and the object marker ば (or を, or none) before
 * 聞いた (…火曜も休みになるっち話ば聞いたばい, …有料になるち話を聞きました, …廃止になるって話ば耳にした): judged by what it tells (HEARD_TALK),
 * so a friendly fact heard (ボランティアさんが増えとるっち話ば聞いたばい) passes nothing on.
 * Blind R208D-049 (cu12): voices heard with a frequency adverb between (中止になるかも…という声をちらほら聞きます, という話をよく聞く): talk heard,
 * judged by what it tells.
 * Blind R427C-005 kind: talk passed on softly with なんて or とかいう before a hearing verb (…が入る…なんて話もちらほら耳にします, …できるなんて
 * 噂を聞きました, …とかいう話を小耳に挟みました): judged by what it tells, as という話を耳にしました is; a friendly fact or words in brackets pass nothing on.
 * Blind R185A-054: talk said to reach one's ears (そんな話がちらほら聞こえてきます, という噂も聞こえてきます): talk heard, judged by what it tells.
 * Blind R302K-030 kind (unof20): the joining hearsay after a noun's copula too (…つくる構えだそうで、…), judged by what it tells.
 * Blind R119A-123: the 筑後弁 hearsay ending っちゃて / っちゃって after a verb (= 〜んだって: …土曜日もやるようになるっちゃて, 無料になるっちゃって
 * よ, なくなったっちゃて): judged by what it tells, as the other hearsay. (Not the te-form of ちゃう: 忘れちゃって, やっちゃって have no る/た before it.)
 * Blind R323D-051 kind (unof59): 聞いた spelt in hiragana, as a mascot or やさしい日本語 writes it (…できるって きいたよ, ときいた): judged by what it tells.
 */
const HEARSAY =
  /らしい|らし(?:[ーｰ]+|ぃ+)(?=[よねでっのじ〜~！!。…♪☆★\s]|$|[\u{1F300}-\u{1FAFF}\u2600-\u27BF])|(?<=[るたい])らしく(?=[、,])|(?<=[るた])みたいで(?=[、,])|(?<=[るた]|ない|(?<=[ぁ-ゖ\p{Script=Han}])だ)そうで(?=[、,])|らしか(?=です|でした|ばい|ばってん|ばって|もん|っちゃ|けど|よ|ね|と|けん|〜|~|ー|。|！|!|[」』]|$)|(?:っちゅう|ちゅう|げな)(?:話|噂|うわさ)|(?<=[るたい])ごたる(?:話|噂|うわさ)|(?<=[るたい])(?:っち|ち)(?:話|噂|うわさ)(?=ばい|よ|ね|やけど|だけど|けど|です|[。！!…〜~]|$)|(?<=[うくすつぬむぶぐるたい]|けん|から)げな(?=[。！!…〜~」』]|よ|ね|ばい|です|でした|っちゃ|ち|モン|もん|$|\s|[\u{1F300}-\u{1FAFF}\u2600-\u27BF])|(?<=[るたい])ごたる(?=よ|ね|ばい|けん|です|っちゃ|。|！|!|$)|みたい|(?:[るた]|ない|だ)そう(?:です|だ|な(?!の)|。|！|!|…|$|[^\p{Script=Han}\p{Script=Hiragana}])|(?:ん|る|た|ない|なん|の)(?:だ|です)って|(?:だ|です)(?<=\p{Script=Han}[げりめえけせてねれ]?(?:だ|です))って|(?:[るた]|ない|だ)とか(?=[。！!…〜~]|$)|(?:[るた]|ない)っぽい|(?:る|(?<=[っしいきえけれせねめべてげじちにびみりん])た|ない)って(?=[さよね]|[！!。…〜~ー？?]|\s|$|[ァ-ヴ]|[\u{1F300}-\u{1FAFF}\u2600-\u27BF])|(?:(?<=[るた])|(?<=ない))っちゃ(?:って|て)(?=[さよね]|[！!。…〜~ー？?]|\s|$|[\u{1F300}-\u{1FAFF}\u2600-\u27BF])|ってさ|(?:と|って)(?:[^。！？!?\n「」]{1,12}?(?:から|より))?(?:聞きました|聞いた|聞いちゃった|きいた|ききました|きいちゃった|きいて(?:い|ます|る|お)|聞いて(?:い|ます|る|お)|聞いて(?=[、,]?[^。！？!?\n]{0,8}?(?:寂し|さみし|さびし|淋し|驚|おどろ|びっくり|ビックリ|ショック|残念|悲し|かなし|心配|不安|がっかり|ガッカリ))|聞きます|耳にし|伺いました|伺って|教わりました|教えてもらいました)|(?:と|って)[、,]?(?:[^。！？!?\n「」]{1,16}?(?:が|も))?(?:言って(?:い|お)?た|言って(?:い|お)?ました|言ってました|言いよ(?:った|りました)|言うとった|話して(?:い)?た|話して(?:い)?ました|話しよった|おっしゃって(?:い|お)?(?:た|ました))(?![人方者])|(?:話して(?:る|いる)|言って(?:る|いる)|噂して(?:る|いる))のを(?:聞(?:いちゃ|いた|きました)|耳にし)|(?:っていう|って|という|(?<![こあもひそさ])との)(?:話|情報|声|噂|うわさ|憶測)(?:あり|アリ|を(?:ちらほら|チラホラ|よく|時々|ときどき|たびたび|しばしば|何度か|あちこちで|方々で)?聞|です|だ|たい|ばい|やけど|やし|が|も|で|は|、|,|。|！|!|…|$)|(?:って|っていう|という|(?<![こあもひそさ])との)(?:話|情報|噂|うわさ)(?:を|ば)(?:耳にし|耳にす|耳にさ(?=れ)|伺い|伺っ|うかがい|うかがっ|小耳に)|っていう(?:話|情報|噂|うわさ)(?:を|ば)?(?:聞い|聞き)|(?:(?<=[るたい]|ない|だ)(?:っち|ち)|って|という)(?:話|噂|うわさ)(?:ば|を)?[、,]?(?:聞い|聞き|耳にし)|(?:なんて|なんていう|なんちゅう|とかいう|とかって)(?:話|噂|うわさ)(?:を|ば|が|も)?[、,]?(?:ちらほら|チラホラ|ちらちら|ちょくちょく|よく|時々|ときどき|たまに|あちこちで|方々で|いろいろ|最近)?[、,]?(?:耳にし|耳にす|耳に入|小耳に|聞き|聞い|きき|きい|聞こえ|伺|うかが)|(?:っていう|って|という|との|そんな|そういう|そげな|こんな)(?:話|噂|うわさ)(?:が|も)[、,]?(?:ちらほら|ちらちら|ちょくちょく|よく|時々|ときどき|たまに|あちこちから|方々から|いろいろ)?[、,]?聞こえ(?:て|ます|る)/gu
/**
 * What may follow らしい / みたい / だって when they end a sentence (possibly a character's suffix: クリ～, ニャ); in the squeezed
 * view a sentence parted by a space only (着工らしいです 楽しみですね) runs on into the next word.
 */
const END_TAIL = /^(?:ですばい|ですたい|ですけん|ですよね|です|でした|だ|だった|ですよ|ですね|だよ|だね|だぞ|っすよ|っすね|っす|ばい|たい|やん|けん|っちゃん|っちゃね|っちゃ|ばってん|ばって|もんね|もんな|もん|よ|ね|なー|なあ|わ|さ|ぞ|じゃん|けど|から|し|ので|よー)?(?:[^\p{Script=Han}\p{Script=Hiragana}]|$)|^(?:です|でした|ですよ|ですね)(?=[\p{Script=Han}\p{Script=Katakana}])/u
/** Before らしい: a plain verb, adjective or past form (hearsay), or a status noun; not 素晴らしい, 柳川らしい. */
const RASHII_BEFORE_KANA = /[るたいうくすつぬむぶぐ]$/u
const RASHII_NOT = /(?:すば|めず|かわい|わざと|いや|ばか|あほ|もっとも|にく|きたな|しお|ほこ|うらやま|あた|だ)$/u
/** Nouns whose らしい is "typical of" (春らしい, 柳川らしい, 男らしい). */
const TYPICAL_NOUN = /(?:晴|可愛|愛|汚|憎|誇|嫌|恨|馬鹿|阿呆|尤|貧乏|長|春|夏|秋|冬|季節|柳川|水郷|日本|城下町|町|まち|子供|子ども|男|女|人間|自分|彼|彼女|学生|大人|プロ|本物|ここ|私|僕|君)$|(?:いかにも|実に|まさに|とても|すごく|なんとも|本当に)/u
const STATUS_NOUN = /(?:本当|事実|予定|中止|延期|決定|確定|内定|廃止|移転|値上げ|値下げ|無料|有料|オープン|おーぷん|開設|開業|開館|開園|完成|閉店|店じまい|閉館|休館|休校|休園|休業|臨時休業|学級閉鎖|新設|検討中|調整中|交渉中|発表|来年|来月|来週|再来年|今年|本決まり|確実|有力|濃厚|方向|らしい|みたい|つもり|意向|方針|模様|見込み|構想|段取り|流れ)$/u

/** Back from a marker that starts inside a verb (つきそう, なるかも) to the verb's start, stopping at particles. */
function wordStart(t: string, at: number): number {
  if (!/\p{Script=Hiragana}/u.test(t[at] ?? '')) return at
  let s = at
  let kanji = false
  while (s > 0 && at - s < 6) {
    const c = t[s - 1]!
    const isKanji = /\p{Script=Han}/u.test(c)
    if (!isKanji && (kanji || !/\p{Script=Hiragana}/u.test(c) || /[をにはものとへ、]/u.test(c))) break
    // が after a kanji is okurigana (挙がって), after anything else a particle; で after a particle starts a verb (ができる), after a noun it is a particle (町で).
    if (c === 'が' && !/\p{Script=Han}/u.test(t[s - 2] ?? '')) break
    if (c === 'で') {
      if (/\p{Script=Hiragana}/u.test(t[s - 2] ?? '')) s--
      break
    }
    kanji ||= isKanji
    s--
  }
  return s
}

/**
 * A warning against rumours: ご注意ください, 惑わされないで, 拡散しないで, 公式の情報を確認. Blind R86A-002: a rumour word as what to beware
 * of, a heading's bare form included (【災害時のうわさに注意】, デマにご用心, 噂には気をつけて); not a rumour whose content is given before it.
 * Blind R241E-002 kind: a rumour called baseless where it is told (…という根も葉もない噂が広まり, 事実無根のうわさ): the post warns of it.
 */
const RUMOUR_AWARE = /(?:噂|うわさ|ウワサ|デマ|流言|誤情報|フェイク)(?:や|と|・|、)(?:噂|うわさ|ウワサ|デマ|流言|誤情報|フェイク)|(?<!(?:という|との|って|」))(?:噂|うわさ|ウワサ|デマ|流言|誤情報|フェイク)(?:話|ばなし)?(?:に|には|にも)(?:ご|要)?(?:注意|用心|気をつけ|気を付け|きをつけ)|(?:広が|広ま|流れ|出回|拡散さ)(?:り|れ)?(?:がち|やす)|根拠のない|根拠の無い|根も葉もない|根も葉も無い|根拠もない|事実無根の|無批判|信じ込|思い込み|偏見|差別|不確かな|誤った情報|(?:広まる|流れる|出回る)ことがあ|ご注意|注意して|注意しましょう|惑わされ|拡散(?:しない|せず|はお控え|を控え)|うのみ|鵜呑み|ご確認ください|確認しましょう|公式(?:の)?情報|正確な情報|傷つけ|傷つく|広げない|広めない|広げず|人権/u

/**
 * Rumours as the subject of a harm done to people (うわさ話や決めつけが、だれかを追いつめることがあります, 噂や陰口が友だちを
 * 苦しめていませんか): an awareness post about rumours in general, which passes none on. The rumour's content must not be
 * given (…といううわさが, checked by the caller) and the sentence must tell of no change (…課長が辞めるらしく).
 */
const RUMOUR_HARM = /^(?:噂|うわさ|ウワサ)(?:話|ばなし)?(?:(?:や|と|・|、)[^。！？!?\n]{1,10}?)?(?:が|は|も|って)[、,]?[^。！？!?\n]{0,20}?(?:追い(?:つめ|詰め)|苦しめ|孤立させ|居場所を(?:奪|なく)|心を(?:えぐ|深く))/u

/**
 * Blind GS-027: rumours as the object of an act of spreading (うわさを広める, 噂を流したり, うわさを言いふらす, 悪口やうわさを書き込む),
 * named in a paragraph about bullying or harassment (これらもすべていじめです): the act is named, no rumour is passed on. A rumour with its
 * content (…といううわさを広める) or with a change, a claim about someone or hearsay in the sentence still is one.
 */
const RUMOUR_AS_ACT = /^(?:話)?(?:を|や[^。！？!?\n]{1,6}?を)(?:広め|広げ|流し|流す|流さ|流そ|言いふら|いいふら|立て|たて|書き込|拡散|ばらま|振りま)/u
const HARM_NAMED = /いじめ|イジメ|ハラスメント|嫌がらせ|いやがらせ|誹謗|中傷|悪口|陰口|人権|差別|暴力|虐待/u
const HARM_NAMED_G = new RegExp(HARM_NAMED.source, 'gu')

/** Candidates looked at per pattern and paragraph: findings are grouped anyway, and typing stays cheap on pathological text. */
const MAX_HITS = 64

function sentenceOf(t: string, start: number, end: number): string {
  const s = sentenceAround(t, start, end)
  return t.slice(s.start, s.end)
}

interface Emitter {
  doc: Doc
  emit: (f: DraftFinding) => void
  spans: Span[]
  /** What the paragraph's one gate pass found (NEEDS). */
  has: Has
}

/** The statement without its hearsay ending (なるらしい → なる), for the hint's rewrite. */
function withoutHearsay(excerpt: string): string {
  const plain = excerpt
    .replace(/(?:と|って)[、,]?[^。！？!?\n]{0,16}?(?:言って|言いよ|言うと|話して|話しよ)[^。！？!?\n]*$/u, '')
    .replace(/(?:らしい|らし[ーｰぃ]+|らしか|みたい|っぽい|とか|そう(?:です|だ)?|ん?(?:だ|です)って(?:さ)?|って(?:さ)?|(?:と|って)(?:聞|耳|伺).*|(?:って|という|との|っち|ち)(?:話|噂|うわさ).*)$/u, '')
    .replace(/\s+/gu, '')
  return plain.length > 0 ? `…${plain}` : '（確かめた事実）'
}

/** What corrects a rumour: the facts given instead (実際は, 報告されています, 事実ではありません, ご注意ください). */
/** A word of secrecy (内緒, 秘密) heading a quoted plea: blind TS-041. */
const SECRET_WORD = /^(?:内緒|ないしょ|ナイショ|内密|秘密|ひみつ|ヒミツ)/u
/** …the quote closed and told as confided, in advice on the case: 」と打ち明けられたら, 」って言われたとき, 」と頼まれた場合. */
const CONFIDED_ADVICE = /^[^「」『』\n]{0,16}[」』](?:と|って)[、,]?(?:打ち明けられ|言われ|頼まれ|相談され|お願いされ|口止めされ)(?:たら|た(?:とき|時|場合)|ても)/u
/**
 * A wish to keep a good thing to oneself, said as the measure of how good it is (ほんとは内緒にしておきたいくらいの名作ぞろい,
 * ナイショにしときたいほどキレイ, 内緒にしたくなるくらい居心地がいい): praise of a place or a thing, no secret passed on. The
 * wish must run straight into a degree (くらい, ほど); a concession (内緒にしておきたいんですが、…) still hands one on.
 */
const KEPT_FOR_PRAISE = /^に(?:しておき|しとき|しており|し)た(?:い|く(?:なる|なっちゃう|なります|なるような))(?:くらい|ぐらい|位|ほど|程)(?!の(?:話|情報|ネタ|こと|件|内容|うわさ|噂))/u
/**
 * An aside about a mascot's or the writer's own tastes (ここだけの話、うなっぴの好物は…海苔のおにぎりなんだ, 内緒だけど、わたしの
 * 特技は…): profile trivia told as a playful secret, no undisclosed matter. The taste must follow the aside straight away, and the
 * sentence must tell of no change and pass on no hearsay (…の好きな川下りが来年度で廃止になるんだって still is a rumour).
 */
const OWN_TASTE_ASIDE = /^[、,…\s]{0,3}(?:(?:だよ|だね|だけど|やけど|ですが|ですけど|なんですが|なんだけど|ばってん|(?:って|と)(?:言われ|頼まれ|念を押され)(?:て|と)(?:る|いる|います|ます)(?:ん|の)?(?:だ|です)?(?:けど|けれど|が))[、,…\s]{0,3})?(?:実は)?(?:[^。！？!?\n、]{1,12}?の)?(?:大?好物|好きな(?:食べ物|食べもの|たべもの|たべ物|飲み物|飲みもの|のみもの|おやつ|スイーツ|遊び|あそび|歌|うた|言葉|ことば|もの|こと|色|場所|季節)|苦手な(?:食べ物|食べもの|たべもの|たべ物|飲み物|飲みもの|のみもの|もの|こと)|趣味|特技|得意技|好み|マイブーム|お気に入り|口ぐせ|口癖|弱点|チャームポイント)(?:は|も|って)/u
/**
 * Blind GV-074: the same aside told as a liking of the speaker's own (ここだけの話、どんこまるは穂先のいちばんやわらかいところが大好き💚,
 * 内緒だけど、ぼくは掘割の夕焼けがいちばん好きなんだ, ナイショね、わたしは実はピーマンが苦手): a mascot's or the writer's taste, no
 * undisclosed matter. Also read with no change, rumour's topic or hearsay in the sentence, and no matter the city decides (市長は…B案が
 * 好き is a leak of where a decision leans). Blind R73A-074: or a knack of its own (得意, とくい, 上手), the name set off by a comma as
 * well as by は (ここだけの話…ガタロウ、じつはカッパやけん泳ぎがとくいっちゃん).
 */
const OWN_LIKING_ASIDE =
  /^[、,…\s]{0,3}(?:(?:だよ|だね|だけど|やけど|ですが|ですけど|なんですが|なんだけど|ばってん|ね|よ|(?:って|と)(?:言われ|頼まれ|念を押され)(?:て|と)(?:る|いる|います|ます)(?:ん|の)?(?:だ|です)?(?:けど|けれど|が))[、,…\s]{0,3})?(?:実は|じつは)?[^。！？!?\n、]{1,12}?(?:は|も|(?=[、,]))[、,]?(?:実は|じつは)?[^。！？!?\n]{0,30}?(?:(?:が|も)(?:いちばん|一番|とっても|とても|めっちゃ|ほんとに|本当に)?(?:大好き|だいすき|大すき|好き|すき|苦手|にがて|得意|とくい|トクイ|上手|じょうず)|に目がない|にめがない)(?:なん|だ|です|や|っちゃ|ばい|たい|よ|ね|[^\p{Script=Han}\p{Script=Hiragana}]|$)/u
/** A sightseeing or eating tip right after the aside (…はとっておきの撮影スポット, 穴場, いちばんのおすすめ, 絶景ポイント). */
const TIP_ASIDE = /^[、,…\s]{0,3}[^。！？!?\n]{0,30}?(?:とっておき|取っておき|穴場|あなば|おすすめ|オススメ|お勧め|イチオシ|いちおし|一押し|撮影スポット|フォトスポット|映えスポット|絶景|ベストスポット|ビュースポット)/u
/**
 * Blind HH-119: the same aside leading into the speaker's own feeling, fear, liking or habit (ここだけの話、ぼくも注射はちょっとドキドキ
 * するんだ…💦, 内緒だけど、ぼく、雷がちょっとこわいんだ, ナイショね、わたしは毎晩ついつい夜ふかししちゃうの, ここだけの話、ガタロウも人前で
 * 話すときは緊張するっちゃん): a mascot confiding about itself, no undisclosed matter. The speaker is the writer (ぼく, わたし, うち …) or a
 * name in kana (the mascot's own; not みんな), set off by は, も or a comma; the feeling or the habit follows within the sentence. Read
 * with no change, benefit, rumour's topic, hearsay or matter the city decides in the sentence (ぼくもドキドキしとるけど、来年度から助成が
 * なくなるらしい, わたしも新しい課長がこわいんです still are rumours).
 */
const OWN_FEELING_ASIDE =
  /^[、,…\s]{0,3}(?:(?:だよ|だね|だけど|やけど|ですが|ですけど|なんですが|なんだけど|ばってん|ね|よ|(?:って|と)(?:言われ|頼まれ|念を押され)(?:て|と)(?:る|いる|います|ます)(?:ん|の)?(?:だ|です)?(?:けど|けれど|が))[、,…\s]{0,3})?(?:実は|じつは)?(?:(?:ぼく|僕|ボク|わたし|私|ワタシ|わたくし|おいら|オイラ|あたし|うち|ウチ|おれ|オレ|俺|わし|ワシ|自分)(?:たち|達|ら)?|(?!みんな|みな|あした|あす|きょう|こんど|こんかい|つぎ|いま|らいねん|ことし)[ぁ-ゖァ-ヺー]{2,8})(?:は|も|って|(?=[、,]))[、,]?(?:実は|じつは)?[^。！？!?\n]{0,30}?(?:(?:ドキドキ|どきどき|ドキッと|ヒヤヒヤ|ひやひや|ビクビク|びくびく|ハラハラ|はらはら|ソワソワ|そわそわ|緊張|きんちょう|こわ(?:い|く|かっ|がり)|怖(?:い|く|かっ|がり)|コワ(?:い|イ|く)|苦手|にがて|ニガテ|大?好き|だいすき|得意|とくい|トクイ|上手|じょうず|恥ずかし|はずかし|照れ|寂し|さみし|さびし|泣き虫|なきむし|弱虫|よわむし|嫌い|きらい|キライ|眠く|ねむく)(?:する|します|して(?:る|いる|います|しまう)?|した|しちゃう|しとる|しよる|になる|になっちゃう|になります|なる|なっちゃう|なります|なって|なった)?|(?:いつも|毎朝|毎晩|毎日|ついつい|つい|こっそり|たまに|ときどき|時々)[^。！？!?\n]{0,16}?(?:ちゃう|ちゃっ|てしまう|でしまう|てる|でる|ている|でいる|とる|よる))(?:(?<=して|した|なって|なった)|ん|な|だ|で|や|っ|ば|た|よ|ね|の|り|[^\p{Script=Han}\p{Script=Hiragana}]|$)/u
/**
 * Blind LJ-059 kind: the aside straight into the speaker's own practice or small effort, no one named (ここだけの話、毎日こっそり練習してたんだ,
 * 内緒だけど、夜な夜な特訓しとったとよ, ここだけの話、実は毎朝ストレッチしてるの): a mascot or the writer confiding about itself, the subject
 * left out as the speaker. Nobody is named between (no は, が, を, も, no comma), and the caller reads the sentence for a change, a benefit,
 * a decision, a rumour's topic or hearsay (ここだけの話、毎日練習してたけど来年で中止になるらしい still is a rumour).
 */
const OWN_PRACTICE_ASIDE =
  /^[、,…\s]{0,3}(?:(?:だよ|だね|だけど|やけど|ですが|ですけど|なんですが|なんだけど|ばってん|ね|よ)[、,…\s]{0,3})?(?:実は|じつは)?[^。！？!?\n、,はがをも]{0,16}?(?:練習|れんしゅう|特訓|猛練習|自主練|稽古|けいこ|トレーニング|筋トレ|リハーサル|ストレッチ|早起き|ダイエット)(?:を)?(?:して|しと|しよ|がんばっ|頑張っ)(?:た|った|る|ました|ます|いた|いる|おった|おる)?(?:ん|の|と)?(?:だ|です|や|よ|ね|ばい|っちゃん|[〜~ー！!。♪]|[\u{1F300}-\u{1FAFF}\u2600-\u27BF]|$)/u
/**
 * A teaser: something the writer meant to keep secret until the day, shown now (本番まで内緒にしておこうと思ったけど…新しい灯り舟、
 * ちょっとだけ見せちゃう, 完成まで秘密にしようと思ってたけど、チラ見せします): the post itself shows a thing of a public event,
 * no secret passed on. The showing must follow within the line; a change or hearsay in it still makes a rumour.
 */
const TEASER_ASIDE = /^に(?:しておこう|しとこう|しておく|しておきたかった|しようと|しておくつもり|するつもり)[^。！？!?\n]{0,10}?(?:けど|けれど|けれども|が|ばってん|やけど)[、,…\s]{0,3}[^。！？!?\n]{0,40}?(?:見せちゃ|見せます|見せる|お見せ|チラ見せ|ちら見せ|チラッと見せ|ちらっと見せ|お披露目|披露し|大公開|公開しちゃ|公開します)/u
/**
 * A mascot's or the writer's own profile withheld in play (ほりわりんの血液型はナイショ🤫, わたしの年齢はヒミツだよ, ぼくの体重は
 * 内緒です): an attribute of the speaker kept back, nothing passed on. Read right before the word; a sentence that tells a change,
 * a decision or hearsay (…の誕生日はナイショだけど、来年で引退するらしい) is still a rumour.
 */
const PROFILE_WITHHELD = /(?:血液型|年齢|年れい|ねんれい|歳|とし|体重|たいじゅう|身長|しんちょう|誕生日|たんじょうび|本名|スリーサイズ|好きな(?:人|ひと|子|こ)|中の人|なかのひと|素顔|すがお|ほんとの名前|本当の名前)(?:は|も)(?:もちろん|まだ|ずっと|やっぱり)?$/u
/**
 * A surprise the account keeps for its readers, the word closing its sentence (クリスマス会のゲストは内緒ですよ〜。当日をお楽しみに！,
 * 誕生日会のプレゼントはまだ内緒です🎁, 演奏会の曲目は当日までヒミツ♪, 夏祭りのステージの内容はナイショ！): what is held back is a thing of
 * an event the post invites to (a guest, a present, a prize, the programme, the menu, an event's contents), nothing is told. The thing
 * stands right before the word as its topic; the word must end the sentence (内緒ですが、…, まだ内緒だけど、… still hand something on),
 * and the caller reads the sentence and the words after it for a change, a decision, hearsay or a rumour's topic.
 */
const SURPRISE_KEPT_BEFORE = /(?:(?:スペシャル|シークレット|特別)?ゲスト|プレゼント|景品|賞品|商品|おみやげ|お土産|ノベルティ|特典|記念品|出演者|出演する(?:人|方)|登場する(?:人|方|キャラ)|演目|曲目|セットリスト|セトリ|プログラム|メニュー|衣装|コスチューム|サプライズ|ラインナップ|ラインアップ|だれが来るか|誰が来るか|何が(?:もらえる|届く|出てくる|起こる|始まる)か|(?:会|祭|まつり|イベント|ショー|ライブ|ステージ|パーティー|コンサート|演奏会|発表会|フェス|大会|ツアー|教室|講座|おはなし会)の(?:内容|詳細|中身|見どころ|お楽しみ))(?:は|も)[、,]?(?:まだ|当日まで|本番まで|その日まで|それまで|もちろん|ぜったい|絶対|やっぱり|ちょっと)?[、,]?$/u
/** …the word closing its sentence: です, だよ, ですよ〜, ね, then the sentence's end (not ですが, だけど). */
const SURPRISE_KEPT_CLOSE = /^(?:です|でーす|ですよ|ですね|だよ|だね|だ|よ|ね|なの|なんです|なんだ|なんだよ|やけん|ばい|たい|っちゃ|にしておきます|にしときます|にしておくね|にしとくね|にしておきますね)?[よねー〜~♪☆★]{0,4}(?:[。！!？?…\s\u{1F300}-\u{1FAFF}\u2600-\u27BF]|$)/u
/**
 * Blind R60A-109: 噂の (うわさの, ウワサの) right before the name of a thing, then a comma or a particle (噂のうなぎパン、噂のかき氷は): the
 * thing everyone talks about. Not 噂の話, 噂の件, 噂の真相, 噂の人物 (the rumour itself), read by TALKED_ABOUT's exclusions.
 * Blind R100A-065: …also a name set in brackets (SNSで噂の「さげもんパフェ」、…食べてきました): a product or a spot named as the buzz. The
 * caller still reads the sentence for a change, a decision or hearsay (噂の「新庁舎移転」、来年決まるらしい stays a rumour); 〜という噂,
 * 噂では are not 噂の.
 */
/**
 * Review of unof58 (rv/misc): 噂 or 話題 in the progressive before the name of a thing (噂になっているパン屋さんに行ってきました, 職員の間で
 * 話題になっている絵本を…ご紹介します): the thing is popular, as 噂の…, 話題の… say; nothing is passed on. `rest` is the text right after the word;
 * the caller still reads the sentence for a change, a decision, a rumour's topic or hearsay. (噂になっているのは…, という噂 are not this.)
 */
const BUZZ_PROGRESSIVE = /^(?:に|と)なって(?:い|お)?る(?=[\p{Script=Han}\p{Script=Katakana}ーぁ-ゖ「『])(?!の|こと|ん|よう|みたい|らしい|そう)/u
function buzzOfThing(rest: string): boolean {
  const m = BUZZ_PROGRESSIVE.exec(rest)
  return m !== null && TALKED_ABOUT.test('の' + rest.slice(m[0].length, m[0].length + 16))
}
/** A thing's popularity passed on second-hand (すぐ売り切れちゃうんだって, 毎朝行列ができるらしい, 大人気みたい). */
const POPULARITY_HEARD = /(?:売り切れ|売切れ|品切れ|完売|行列|大人気|人気|並ぶ|並ば)[^。！？!?\n]{0,10}?(?:らしい|みたい|そうです|そうだ|んだって|だってさ|んですって|げな)/u
const TALKED_ABOUT = /^の[「『][^「『」』。！？!?\n]{1,20}[」』]|^の(?!(?:話|件|真相|真偽|出どころ|出所|内容|人物|人|こと|情報|発端|元|もと)(?![\p{Script=Han}\p{Script=Katakana}ー]))[\p{Script=Han}\p{Script=Katakana}ーぁ-ゖ]{1,12}?(?:[、,！!。…〜~\s]|を|に|は|が|も|で|(?=[\u{1F300}-\u{1FAFF}\u2600-\u27BF]))/u
/**
 * Blind GW-133: a hint or the answer's reveal after the held-back word (ヒントは「有明海」, 答えは金曜日に発表するね, 正解は明日, わかるかな？):
 * a quiz the post plays with its readers.
 */
const QUIZ_REVEAL = /ヒント(?:は|だよ|です|を)|(?:答え|こたえ|正解)(?:は|合わせ|あわせ)|(?:わか|分か)るかな|当ててみて|当ててね|クイズ/u
/** Blind JE-073 kind: an aside disowned right after it (…ってほどでもないけど, というほどのことでもないですが, ってわけじゃないけど). */
const ASIDE_DISOWNED = /^[…‥・.。、,\s〜~ー]{0,3}(?:って|という|っていう|と(?:いう|言う))?(?:ほど|ほどの(?:こと|もの|話)|わけ|訳)(?:で|じゃ|では)?(?:も|は)?(?:ない|ありません|ございません|なか|ねえ|ないん)/u
/** Blind HR-018: an aside closing what was confided (ナイショだよ, 内緒にしてね, ひみつだからね, ないしょね), ending its sentence. */
const CLOSING_ASIDE = /^(?:だよ|やけん|やけね|だからね|ですよ|です|ね|よ|にしてね|にしといてね|にしておいてね|にしとってね|でね|だぞ|ばい)?[ね〜~ー♪☆！!。]{0,3}(?:[\s\u{1F300}-\u{1FAFF}\u2600-\u27BF]|$)/u
/** …what was confided: the speaker's own doing or liking (じつは, ほんとは, ぼく, わたし, …んだ, …なの). */
const CONFIDED_SELF = /じつは|実は|ほんとは|本当は|ホントは|ぼく|僕|わたし|私|おいら|あたし|うち(?:は|、)|[ぁ-ゖ](?:んだ|んです|なの|の)[〜~ー！!。]{0,3}[\s\u{1F300}-\u{1FAFF}\u2600-\u27BF]{0,4}$/u
/**
 * Blind R133I-031: the writer's own small mischief, named as what is kept secret (ちょっとだけつまみ食いしそうになったのはナイショ😋,
 * 本番前にこっそり練習したのはヒミツ, 寝坊しちゃったのは内緒だよ): a verb of the speaker's own doing in the past (…た, …ちゃった, …そうになった)
 * made the topic by のは, then the word closing the sentence. Play, no undisclosed matter. Someone else named as its doer (課長さんが, 職員が),
 * a change, a decision, hearsay or a claim about someone still make it a rumour (read by the caller on the sentence).
 */
const OWN_MISCHIEF_BEFORE = /(?:[ぁ-ゖ](?:た|だ)|ちゃった|じゃった|てもうた|てしもうた|そうになった|かけた|てた|でた)のは(?:ここだけの話で?|みんなに(?:は)?|まだ)?$/u
/** A doer other than the speaker named in the clause before のは (課長が, 市長さんが, 職員は). */
const OTHER_DOER = /(?:さん|さま|様|氏|君|くん|ちゃん|長|員|職員|先生|議員|課|係|局|市|県|国|委員会)(?:が|は|も)/u
/** What the aside may not carry for the two kinds above: a change, a rumour's topic or hearsay. */
const ASIDE_CARRIES = /らしい|みたい|そうです|そうだ|んだって|だってさ|げな|って話|と聞|噂|うわさ/u
/**
 * Blind R61A-011: a rumour word inside the title of a series, a column, a programme, a talk or a book, set in brackets (人気連載「船頭
 * さんのここだけの話」第3回, コラム『ここだけの話』の最新号, 朗読劇「うわさの真相」を上演): the name of a thing the post presents, no
 * rumour passed on. The brackets must be named as a title by what stands before them (連載, コラム, コーナー, 番組, 講座 …) or by what
 * follows (第3回, vol.2, の最新号, を上演); the same word outside the brackets, or hearsay or a change in the sentence, is judged as ever.
 */
const TITLE_KIND_BEFORE = /(?:連載|コラム|コーナー|番組|ラジオ|シリーズ|講座|講演|講演会|トーク|トークショー|企画|特集|冊子|書籍|本|新刊|小説|エッセイ|絵本|朗読劇|劇|舞台|映画|動画|配信|ポッドキャスト|ブログ|マンガ|漫画|タイトル|題|テーマ|演題)(?:の|は|「|『|[：:]|\s)?$/u
const TITLE_AFTER = /^(?:第[0-9０-９一二三四五六七八九十]+(?:回|話|号|弾|部)|vol|Vol|VOL|#[0-9]|[0-9０-９]+(?:回|号)|の(?:第|最新|新作|放送|配信|更新|収録|上演|上映|続編|連載|コーナー)|(?:を|が|は|も)(?:上演|上映|放送|配信|更新|連載|刊行|出版|発売|開講|開催|スタート|始ま|お届け)|(?:と|って)(?:題|いう(?:タイトル|題|連載|コラム|コーナー|番組|講座))|(?:展|講座|講演会|特集|コーナー|シリーズ))/u
function inTitle(t: string, start: number, end: number): boolean {
  const open = Math.max(t.lastIndexOf('「', start), t.lastIndexOf('『', start))
  if (open < 0 || start - open > 30 || /[」』\n。]/u.test(t.slice(open + 1, start))) return false
  const close = t.slice(end, end + 30).search(/[」』]/u)
  if (close < 0 || /[「『\n。]/u.test(t.slice(end, end + close))) return false
  const after = end + close + 1
  return TITLE_KIND_BEFORE.test(t.slice(Math.max(0, open - 8), open)) || TITLE_AFTER.test(t.slice(after, after + 12))
}

/**
 * Blind GX-002, GX-004: a report the city received of a scam, told to warn residents (「…」というメッセージが送られているとの情報が寄せ
 * られています, 市長を名乗るアカウントから…メッセージが届いたという情報が寄せられています): what is reported is a fake contact (a message, a
 * call, an account that impersonates or deceives), received by the city; no rumour about a matter is passed on. The clause before the
 * frame must name both the contact and the deceit, and the frame be received (寄せられ, 相次い, 入って, 届いて); a change, a claim about
 * someone or a decision reported that way is still hearsay.
 * Blind R163A-122: the impersonation in the continuative (市職員を名乗り「…」と…電話があった, 名乗って) and the caller said to try to draw out
 * an account number or a PIN (口座番号を聞き出そうとする電話) are the deceit as well.
 */
const SCAM_DECEIT = /なりすま|成りすま|名乗る|名乗った|名乗り(?=[、,「])|名乗って|名のる|(?:口座番号|暗証番号|カード番号|パスワード|個人情報)を聞き出(?:そう|し|す)|かたる|騙る|語る偽|装った|装う|偽の|偽(?=[\p{Script=Han}\p{Script=Katakana}])|にせの|ニセ|不審な|詐欺|架空|フィッシング|還付金/u
const SCAM_CONTACT = /メッセージ|メール|SMS|ショートメール|DM|ダイレクトメッセージ|電話|はがき|ハガキ|封書|手紙|訪問|アカウント|サイト|URL|リンク|LINE/u
const RECEIVED_FRAME = /^(?:が|も)[、,]?[^。！？!?\n]{0,10}?(?:寄せられ|相次|入っ(?:て|と)|入り(?:まし|よ)|届い|届き|あり(?:まし|ます)|複数|来て|きて|来と|きと)/u
/**
 * Blind II-067: the deceit told by the caller's own words quoted (「道の駅の者ですが、…新しい口座番号を教えてください」という電話が…入っている
 * との情報が寄せられています, 「…手数料を振り込んでください」というメールが届いた): the quoted request asks for what a scam asks for (an
 * account or a PIN, a card, a password, a fee or a transfer), so the contact reported is a fake one, as with 不審な or なりすまし.
 */
const SCAM_ASKED = /「[^」\n]{0,80}?(?:口座番号|暗証番号|振込口座|振込先|振り込み先|キャッシュカード|クレジットカード|カード番号|パスワード|手数料|還付|ATM|振り?込(?:み|んで|ん)|個人情報|マイナンバー)[^」\n]{0,80}?」(?:という|との|って|といった|などの|みたいな)/u
/**
 * Blind UG-025 (fpcu): the city saying reports of a fake contact have reached it, in its own scam warning (市のロゴをまねたメールが送られて
 * いるとの情報が寄せられています, under 【注意】…を名乗る偽メールにご注意ください, and …リンク先は偽サイトで… after it): an official notice of
 * what the city was told, not hearsay. The deceit may be said by imitation in the clause (まねた, 模した, 似せた, そっくりの), or by the
 * warning around it: the post's heading line that warns (注意, ご用心) of a fake or a scam, or the sentence right after the frame. The
 * clause must still name a contact (メール, 電話, 訪問 …) and the frame be received; an allegation about someone, a change or a decision
 * reported that way (…が閉店するとの情報もあります) is no scam and is judged as hearsay.
 */
const SCAM_IMITATION = /(?:まね|真似|模し|似せ)た|そっくり(?:の|な)|酷似した/u
const SCAM_HEADING = /注意|ご用心|用心|警戒|気をつけ|気を付け/u
function scamWarned(t: string, at: number, end: number): boolean {
  const nl = t.indexOf('\n')
  const heading = nl > 0 && nl < at ? t.slice(0, nl) : ''
  if (heading && SCAM_DECEIT.test(heading) && SCAM_HEADING.test(heading)) return true
  const own = sentenceAround(t, at, end)
  if (own.end >= t.length) return false
  return SCAM_DECEIT.test(t.slice(own.end, sentenceAround(t, own.end, own.end).end))
}
/**
 * Blind JO-007 kind (conf15): a secret aside inside the words a swindler said to the victim, quoted in a warning about the scam (SNSで
 * 知り合った相手から「ここだけの話、必ずもうかる投資がある」と誘われ、…被害が増えています; 「内緒ですが…」と持ちかけられたら詐欺です):
 * the lure's own words shown, a mention. The quote must be said to have lured or been put to someone (と誘われ, と持ちかけ, と勧められ,
 * と声をかけ) and the paragraph must name the scam (詐欺, 被害, 決まり文句, 手口); a writer's own aside in brackets is not this.
 */
const LURE_FRAME = /^(?:と|って|などと|などと言って)[、,]?(?:言葉巧みに)?(?:誘われ|誘う|誘い|誘っ|勧誘|持ちかけ|持ち掛け|もちかけ|勧められ|すすめられ|勧め|声をかけ|声を掛け|言い寄|迫られ|迫る|言われ|言って|話を持)/u
const LURE_NAMED = /詐欺|被害|決まり文句|手口|悪質|だまさ|騙さ|だまし|騙し|うそ|うま(?:い|すぎる)話/u
function swindlersLine(t: string, at: number): boolean {
  const open = t.lastIndexOf('「', at)
  if (open < 0 || at - open > 40 || /[」\n]/u.test(t.slice(open, at))) return false
  const close = t.indexOf('」', at)
  if (close < 0 || close - at > 80 || t.slice(at, close).includes('\n')) return false
  return LURE_FRAME.test(t.slice(close + 1, close + 16)) && (SCAM_DECEIT.test(t) || LURE_NAMED.test(t))
}
function scamReported(t: string, at: number, w: string): boolean {
  if (!/(?:情報|話|連絡|声)/u.test(w)) return false
  const clause = t.slice(sentenceAround(t, at, at).start, at)
  const frame = t.slice(at + w.replace(/(?:が|も|、|,)$/u, '').length, at + w.length + 20)
  if (!SCAM_CONTACT.test(clause) || !RECEIVED_FRAME.test(frame) || PEOPLE_CLAIM.test(clause) || STAFF_PENALTY.test(clause)) return false
  if (SCAM_DECEIT.test(clause) || SCAM_ASKED.test(clause) || SCAM_ASKS_SECRET.test(clause)) return true
  // The received verb itself, not あります: …との情報もあります passes a rumour on, whatever the heading says.
  // (A subject line or a caller's words quoted, 「給付金の申請期限が…」という件名で, are the fake's words, not a change told.)
  const own = clause.replace(/「[^「」\n]{0,80}」/gu, '')
  if (!/^(?:が|も)[、,]?[^。！？!?\n]{0,10}?(?:寄せられ|相次|入っ(?:て|と)|届い)/u.test(frame) || CHANGE.test(own) || BENEFIT.test(own)) return false
  return SCAM_IMITATION.test(clause) || scamWarned(t, at, at + w.length)
}

/**
 * Blind GX-113: 未発表 said of a work or a manuscript now shown (これまで未発表だった地元の俳人の句稿も含まれています, 未発表のままだった
 * 画家のスケッチを初公開): an artist's or a writer's work not published before, a history of the piece, not a matter of the city not yet
 * announced. The work must follow within a short phrase holding no matter the city decides, and the paragraph must show it
 * (展示, 公開, 初公開, 収録, 見つか).
 */
const UNPUBLISHED_WORK = /^(?:だった|であった|とされてきた|とされていた|のまま(?:だった|であった|眠っていた)?|の)?[^。！？!?\n]{0,14}?(?:作品|原稿|遺稿|草稿|句稿|歌稿|詩稿|俳句|短歌|句|歌|詩|書簡|手紙|日記|写真|楽譜|楽曲|曲|童謡|絵画|絵|スケッチ|デッサン|版画|小説|随筆|映像|作)/u
const WORK_SHOWN = /展示|公開|初公開|披露|収録|掲載|紹介|発見|見つか|寄贈|収蔵|朗読|演奏|上映/u
const NOT_A_WORK = /計画|方針|案|人事|情報|データ|事項|内容|予算|事業|政策|決定|結果|条例|話/u

/** Right after a rumour word: the rumour said to be false (は誤りです, は事実ではありません, はデマです, は全くの誤解です). */
const RUMOUR_DENIED = /^(?:話)?(?:は|も)[、,]?(?:全くの|まったくの|完全な|完全に)?(?:誤り|事実ではありません|事実ではございません|事実無根|デマ|誤情報|誤解|根拠(?:の)?(?:ない|ありません)|間違い)(?![^。！？!?\n]{0,6}(?:とは(?:言え|いえ|限り)|だけ|一部))/u
// Blind R326H-034 kind (misc60): …or any such announcement or plan denied (そのような計画はまったくございません, そうした発表は行っておりません).
const CORRECTS_RUMOUR = /(?:その|この|そう|こう|あの)(?:ような|いった|した)(?:発表|お知らせ|告知|通知|案内|決定|変更|値上げ|改定|方針|予定|計画)(?:は|も|を)[、,]?[^。！？!?\n]{0,12}?(?:ません|ございません)|実際(?:は|には)|報告されて|確認されて|事実では|事実は(?:一切|全く)?(?:ありません|ございません)|誤り|デマ|ではありません|関係(?:は)?(?:ありません|ございません)|根拠(?:は|の)?(?:ありません|ございません)|関係なく|ご注意|正しくは|正しい情報|時点で|現在、|最新の(?:情報|状況)|ホームページ(?:で|を|の)|公式(?:の)?(?:情報|発表|サイト)/u

/**
 * The matches of the global `re` in the paragraph `t` (at most MAX_HITS tried) that are a view on an election: `context` is
 * said in their sentence or the one before it (an election held, a vote named), and the sentence is neither `notice` (a
 * neutral notice, when given) nor a formal request of the city; a match quoted as an example or standing inside 「…」 is
 * someone else's words. Offsets are `t`'s.
 */
function electionViews(t: string, re: RegExp, context: RegExp, notice: RegExp | null): RegExpExecArray[] {
  const out: RegExpExecArray[] = []
  for (const m of matchAllOf(re, t, MAX_HITS)) {
    const s0 = sentenceAround(t, m.index, m.index + m[0].length)
    const prev = s0.start > 0 ? sentenceAround(t, s0.start - 1, s0.start - 1).start : s0.start
    const sentence = t.slice(s0.start, s0.end)
    if (!context.test(t.slice(prev, s0.end)) || notice?.test(sentence) || FORMAL_REQUEST.test(sentence) || quotedExample(t, m.index)) continue
    if (t.lastIndexOf('「', m.index) > t.lastIndexOf('」', m.index)) continue
    out.push(m)
  }
  return out
}

function put(e: Emitter, rule: string, start: number, end: number, data?: Record<string, string>, listMention?: boolean): void {
  const t = e.doc.squeezed.text
  // A span read on a romaji ending (なる rashii: hiraganaEndings) ends where the romaji word ends.
  if (end < t.length && /[a-z]/iu.test(t[end - 1] ?? '')) while (end < t.length && /[a-z]/iu.test(t[end]!)) end++
  // Quoted as an example (「〜らしい」といった不確かな情報): a mention, at most a note.
  const mention = listMention ?? isMention(t, start, end, sentenceAround(t, start, end))
  const span = e.doc.fromSqueezed(start, end)
  if (e.spans.some((s) => s.start < span.end && s.end > span.start)) return
  e.spans.push(span)
  e.emit({ rule, start: span.start, end: span.end, ...(data ? { data } : {}), ...(mention ? { mention } : {}) })
}

function topicOf(sentence: string): string {
  return DECISION.exec(sentence)?.[0] ?? 'この件'
}

/**
 * Blind R57A: a stage word spelt in hiragana after a particle (…つくる方向でけんとうちゅうです, 統合をけんとうしています, 料金はちょうせい中):
 * the word segmenter reads a hiragana run like でけんとうちゅう in odd places (で|け|ん|と|うち…), so the list's けんとうちゅう is no word
 * there. Read here after the particle itself: a ちゅう or 中 form after を, は, も, に, で, へ or a comma, a している form only after を
 * (健闘 is intransitive: 選手たちがけんとうしています is no 検討), and 方向で before either makes it the strong 方向で検討.
 */
const KANA_STAGE =
  /(?:(方向|ほうこう)で|(?<=[をはもにでへ、,\s]|ただいま|ただ今|只今|現在|いま))(?:けんとう|ち[ょよ]うせい|き[ょよ]うぎ|こうし[ょよ]う)(?:ち[ゅゆ]う|中)|(?:(方向|ほうこう)で|(?<=を))(?:けんとう|ち[ょよ]うせい|き[ょよ]うぎ|こうし[ょよ]う)(?:しています|しております|しとります|しとる|しよる|してます|してる|をすすめて|を進めて)/gu
/** Whether a paragraph may hold KANA_STAGE (its words; small kana read full size, as the folded view has them). */
const KANA_STAGE_WORD = /けんとう|ち[ょよ]うせい|き[ょよ]うぎ|こうし[ょよ]う/u
/**
 * A pointer to the city's current system elsewhere in the post (今年度の補助制度は市ホームページでご確認ください): it says where the
 * measure in force is published, not that the change being considered is. The sentence of a generic PUBLIC_PROCESS word (ホームページ,
 * 市HP) outside the stage word's sentence is read for it.
 */
const CURRENT_SYSTEM = /(?:今年度|本年度|現行|現在|今|これまで|従来|既存)の[^。！？!?\n]{0,16}?(?:制度|補助|助成|料|内容|要件|事業|計画|サービス|基準|ルール|条件|要綱|時刻表|ダイヤ|路線)|現行制度/u
const PUBLIC_PROCESS_ALL = new RegExp(PUBLIC_PROCESS.source, 'gu')
/** Whether the paragraph `t` says the matter of the sentence [s.start, s.end) is public (PUBLIC_PROCESS, not a pointer to the current system). */
function publicAround(t: string, s: Span): boolean {
  if (!PUBLIC_PROCESS.test(t)) return false
  for (const m of matchAllOf(PUBLIC_PROCESS_ALL, t, MAX_HITS)) {
    const at = sentenceAround(t, m.index, m.index + m[0].length)
    if (at.start === s.start || !/^(?:ホームページ|市HP)$/u.test(m[0])) return true
    if (!CURRENT_SYSTEM.test(t.slice(at.start, at.end))) return true
  }
  return false
}

/**
 * Blind R72A-136: the city's deliberation passed on second-hand (日赤さんと市で、…献血ルームを作れないか協議中みたいです, 県と市が…走らせ
 * られないか調整中って聞きました, 役場と漁協で…協議中げな): a weak stage word straight before hearsay (みたい, らしい, げな, そうです, って
 * 聞きました, とのこと), with the city or a public body as a party in the sentence or a measure asked after (…を作れないか, 設けられんか):
 * an undecided plan handed on unconfirmed. A reader's or a club's own plan (生徒会が出し物を検討中みたい) names neither.
 */
const STAGE_HEARD = /^(?:みたい|らしい|らしか|らしく|げな|(?:だ|なん(?:だ|です))?そう(?:です|だ|や|ばい|な(?!の))|(?:なん)?(?:だ|です)って|って(?:聞|伺|話|よ|さ|ね|[。！!…〜~]|$)|と(?:聞|伺)|とのこと|っぽい)/u
const DELIBERATING_BODY = /(?:柳川市|(?<![\p{Script=Han}])市|市役所|役所|役場|行政|県|国|教育委員会|議会|[\p{Script=Han}]{2,5}課)(?:役所)?(?:と|で|が|は|も|側|の(?:方|ほう)で)/u
const MEASURE_ASKED = /(?:作|つく|造|建て|設け|置|開|始め|はじめ|走らせ|増や|ふや|延ば|広げ|誘致|導入|整備|設置|開設|新設|でき)[ぁ-ゖ]{0,4}?(?:ない|ん|ません)か(?=と|どうか|[、,]|$)/u
function stageHeard(t: string, s: Span, end: number): boolean {
  if (!STAGE_HEARD.test(t.slice(end, end + 8))) return false
  const before = t.slice(s.start, end)
  const clause = before.replace(/(?:検討|調整|協議|交渉|議論|けんとう|ちょうせい|きょうぎ|こうしょう)[^、,]{0,8}$/u, '')
  return DELIBERATING_BODY.test(before) || MEASURE_ASKED.test(clause)
}

/**
 * Blind R79A-138: a measure named as what the city weighs, a verb made a noun (高金利の市債を借り換えて利払いを減らすことを、財政課でいま
 * 検 討 中 です; ごみの収集回数をふやすことを、環境課で検討中です): the weak stage word is about a measure even with no policy noun in the
 * sentence, when a unit of the city is named as where it is weighed (財政課で, 庁内で, 市役所で) or the post tells what it would bring once
 * realised (実現すれば…節約になりそうです). (The spaced spelling is joined in the squeezed view.) A reader's plan (参加することをご検討中の
 * 方), a schedule being fixed (日程を調整中です) and a club's own plan (野球部で, 実行委員会で) name no unit of the city.
 */
const MEASURE_WEIGHED = /(?:[うくすつぬむぶぐる]|ない)(?:こと|の)(?:が|を|も|について(?:は)?)[、,]?[^。！？!?\n]{0,16}$/u
const CITY_UNIT_AT =
  /(?:[\p{Script=Han}]{1,6}(?:課|係|室|局)|柳川市|(?<![\p{Script=Han}])市|市役所|庁内|役所|役場)(?:で|の方で|内で|の中で)(?:は|も)?[、,]?(?:(?:いま|今|現在|ただいま|目下)[、,]?)?$/u
const REALISED_IF = /実現(?:すれば|したら|した場合|できれば|の暁には)|(?:導入|実施|開始)(?:されれば|できれば|された場合)/u
function measureWeighed(t: string, s: Span, h: Span): boolean {
  const lead = t.slice(Math.max(s.start, h.start - 40), h.start)
  if (!MEASURE_WEIGHED.test(lead)) return false
  const next = s.end < t.length ? sentenceAround(t, s.end, s.end).end : s.end
  return CITY_UNIT_AT.test(lead) || REALISED_IF.test(t.slice(s.start, next))
}

/**
 * Blind R83A-097: a stage word spelt out letter by letter with spaces or dots between (実は今、け ん と う ち ゅ う です…！決まったら
 * またお知らせしますね; 検 討 中, ち ょ う せ い 中, 検・討・中): the squeezed view joins it, and the spacing itself shows the writer
 * hiding the word from a check, so it is read as the undecided matter being let out, without the weak word's gates (a policy noun in the
 * sentence, 決まり次第お知らせします). A reader's plan (け ん と う 中の方へ) and a stage denied (検 討 し て お り ま せ ん) stay clean;
 * one stray space (検討 中) is no spelling out.
 */
function spelledOut(e: Emitter, start: number, end: number): boolean {
  const src = e.doc.fromSqueezed(start, end)
  const raw = e.doc.raw.slice(src.start, src.end)
  let gaps = 0
  for (const m of raw.matchAll(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー][ \u3000・･.．_＿]{1,3}(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー])/gu)) if (m[0]) gaps++
  return gaps >= 2
}

/** What follows 内定 as a step of a hiring procedure: its paperwork or its notice (内定の手続, 内定を通知, 内定書, 内定のご案内). */
const RECRUIT_STEP = /^(?:の)?(?:手続き?|手つづき|通知|連絡|案内|ご案内|お知らせ|書|承諾|式|者)|^を(?:通知|連絡|お知らせ|ご案内|出し|出す|行|送)/u
/** A recruitment exam announced in the post: its name or its successful applicants. */
const RECRUITMENT = /採用試験|職員採用|職員募集|(?:最終)?合格者|最終合格|受験資格|受験申込|選考試験/u
/** Blind R113A-089: a job offer the readers get from an employer, named before 内定 (就職の, 企業からの, 民間企業の). */
const OWN_OFFER_BEFORE = /(?:就職|就活|企業|会社|勤務先|就職先|民間)(?:の|から(?:の)?|が|で)?$/u
/** …or after it: got or given to people addressed (内定をもらった方, 内定が出た学生の皆さん, 内定した皆さん). */
const OWN_OFFER_AFTER = /^(?:を|が)?(?:もらっ|もらえ|頂い|いただい|受け|得|取っ|とっ|出た|出て(?:い)?る|決まっ|した|済み|済)[^。！？!?\n]{0,10}?(?:方|かた|人|皆|みな|学生|生徒|新社会人|あなた|新入社員)/u
/**
 * Blind KM-017 kind (misc63): 内定 as one outcome of an admission or an allocation the post's applicants are told (一次利用調整の結果通知（内定・
 * 保留）を発送しました; 利用決定（内定）通知; 保留・内定のいずれか; 内定となった方は…面談の日程を; 内定を辞退される場合は): the result of a nursery's,
 * a housing's or a school's admission sent to the families, no decision of the city's policy told before its release. The paragraph must name the
 * admission (ADMISSION), and 内定 stand as a result: paired with another outcome (保留, 不承諾, 待機, 落選, 補欠; the squeezed view drops the ・
 * between), in brackets after a result or a notice, the applicants who got it addressed after it, or the procedure after it (blind KO-017:
 * 内定後は各園での面談と健康診断があります). Not with a person named in a post (新しい園長には古賀さんが内定) nor told second-hand.
 */
const ADMISSION = /入園|入所|入居|入学|入寮|入級|利用調整|利用決定|利用申込|入所申込|入園申込|保育所|保育園|こども園|児童クラブ|学童保育|市営住宅|公営住宅/u
const OUTCOME_PAIRED_AFTER = /^\s?[・、,／/]?\s?(?:入所|入園|利用)?(?:保留|不承諾|不承認|不採用|待機|落選|補欠|不可)/u
const OUTCOME_PAIRED_BEFORE = /(?:保留|不承諾|不承認|不採用|待機|落選|補欠)\s?[・、,／/]?\s?$/u
const OUTCOME_BRACKETED = /(?:結果|決定|通知|通知書|調整)\s?[（(【]\s?$/u
const APPLICANT_AFTER =
  /^\s?(?:[）)】]\s?(?:の)?(?:通知|通知書|のお知らせ|のご案内|を)|(?:と|に)(?:なった|なられた|なりました)(?:方|かた|場合|世帯|ご家庭|児童|お子さん|お子様)|を(?:受けた|受けられた|受け取った|辞退)|の(?:方|かた|場合|世帯|ご家庭|児童|お子さん|お子様)(?:は|へ|に|で|も|、)|された(?:方|かた|場合|世帯|ご家庭)|(?:後|の後|以降)(?:は|に|の|、|,))/u
function admissionOutcome(t: string, h: Span, sentence: string): boolean {
  if (!ADMISSION.test(t) || NAMED_HOLDER.test(sentence) || /らしい|みたい|げな|って(?:話|聞)|そうです|と聞|と伺/u.test(sentence)) return false
  const before = t.slice(Math.max(0, h.start - 12), h.start)
  const after = t.slice(h.end, h.end + 16)
  return OUTCOME_PAIRED_AFTER.test(after) || OUTCOME_PAIRED_BEFORE.test(before) || OUTCOME_BRACKETED.test(before) || APPLICANT_AFTER.test(after)
}
/** A person or a post named as who gets the place: a personnel decision, not the exam's procedure. */
const NAMED_HOLDER = /[\p{Script=Han}ァ-ヺ]{1,6}(?<![皆客方者])(?:さん|氏|様)|(?:市長|副市長|教育長|部長|課長|係長|館長|校長|所長|局長|理事長|会長)(?:に|には|は|が|として|へ)/u

/**
 * Blind HZ-057: the weak stage word as a relative clause on the readers (検討している市内の事業者, 検討中の県外の方, 検討されている子育て世帯の
 * 皆さん): a short modifier of place or kind (市内の, 県外の, 子育て世帯の) at most, then a noun for people or businesses addressed. Not a
 * school, a facility or a project (統合を検討している学校 is the city's matter).
 */
const READER_CLAUSE = /^(?:[^。！？!?\n、,をがはでにも]{1,8}の)?(?:方々|方|かた|人たち|人|ひと|皆さま|皆様|皆さん|みなさん|皆|事業者|事業所|企業|法人|団体|ご家庭|家庭|ご家族|世帯|農家|農業者|店舗|個人事業主|経営者|市民|住民)(?![\p{Script=Han}])/u
/** The sentence names them as its audience (…が対象です, …向け, …の方へ, ご相談ください, ご参加ください). */
const READERS_ADDRESSED = /(?:が|を)対象|対象(?:と|に)|向け|(?:方|皆さま|皆様|皆さん)へ|ください|ご参加|ご相談|お気軽|募集|申し?込|お問い合わせ|ご案内|セミナー|説明会|相談会|講座|研修/u
/**
 * Blind UH-010 (cu12): the stage word as a class of information a disclosure rule keeps closed (審議・検討中の情報, 協議中の事項に関する情報
 * は開示しないことがあります), in a paragraph explaining the information-disclosure system (情報公開条例, 開示請求, 公文書, 開示しない): a category of the
 * system, no matter of the city told. The class must end its clause (a list item's end, or what the rule does with it); said of a matter
 * (再開発の件は検討中の情報なので…, …検討中の情報ですが) it stays a stage word.
 */
const DISCLOSURE_SYSTEM = /情報公開|開示請求|公文書|(?:不|非)開示|開示し(?:ない|ません)/u
const STAGE_CLASS_AFTER = /^(?:の|に関する|についての)(?:(?:事項|案件|記録)(?:に関する|についての|の))?(?:情報|事項|記録)(?=$|[。.\n]|(?:に(?:当たる|あたる|該当する)|(?:は|を)、?(?:開示|公開|公表)(?:し|せ|され)|を除|が(?:記録|含まれ)))/u
function stageClassOfDisclosure(t: string, end: number, sentence: string): boolean {
  return STAGE_CLASS_AFTER.test(t.slice(end, end + 24)) && DISCLOSURE_SYSTEM.test(t) && !/こっそり|内緒|ここだけ|特別に|先に|ちょっとだけ|実は/u.test(sentence)
}
/** まだ決まっていない as a relative clause on a slot of a page, the slot a place to put something (部分に, 箇所には, 欄を). */
const UNDECIDED_SLOT = /(?:まだ)?(?:何も)?決まって(?:い|お)?(?:ない|ません)(?:部分|箇所|個所|ところ|所|項目|欄|数字|日付|文字|文言)(?:に|には|へ|を)/u
/** A placeholder put in a draft page (仮の文字, 仮置き, ダミー, 〇〇, 伏せ字, 空欄). */
const PLACEHOLDER = /仮の(?:文字|文言|数字|日付|写真|見出し)|仮置き|仮に入れ|ダミー|〇〇|○○|●●|××|ＸＸ|XX|伏せ字|空欄/u
/** A work (a letter, a manuscript, a picture) shown to the public at last: 初公開, 一般公開, 展示します. */
const WORK_RELEASED = /(?:直筆|作品|書簡|はがき|葉書|手紙|原稿|遺品|写真|絵|詩|日記|楽譜|遺稿)[^。！？!?\n]{0,30}?(?:初公開|一般公開|特別公開|公開し|展示し|展示され|公開され)/u
/**
 * Blind KB-049 kind (unof58): 非公表 as how the city handles a detail it keeps back (入賞者のお名前は、ご本人・保護者の希望により一部非公表として
 * います; 審査員の講評は非公表とします; 応募者の氏名は非公表です): people's details or a selection's inner workings withheld by rule or at their
 * wish, stated as the handling, not a matter of the city told before its release. The withheld thing is the topic right before (a reason
 * such as 希望により between at most), and 非公表 closes the statement; まだ非公表ですが, 非公表の情報 and a concession are still the stage word.
 */
const WITHHELD_DETAIL =
  /(?:氏名|名前|お名前|名|住所|年齢|学年|学校名|在籍校|所属|勤務先|連絡先|顔写真|写真|個人情報|講評|審査(?:の)?(?:内容|経過|過程|基準|詳細)|選考(?:の)?(?:経過|過程|理由|内容|基準)|得点|点数|採点(?:結果)?|順位|票数|得票数|内訳|作品名|応募者|入賞者|受賞者|当選者|落選者)(?:等|など)?(?:は|も|について(?:は)?)[、,]?(?:[^。！？!?\n、,]{0,20}?(?:により|のため|に配慮し(?:て)?|を踏まえ(?:て)?|に基づき)[、,]?)?(?:一部|すべて|全て|原則|原則として|引き続き)?$/u
const WITHHELD_CLOSE = /^(?:と(?:し|いたし|させていただ|なって|なり)|に(?:し|させていただ|なって)|(?:です|でございます)(?![がけ])|[。.）)]|$)/u
function stageWords(e: Emitter, t: string, drafts: DraftFinding[]): void {
  let undecided: Array<{ start: number; end: number; kanaStrong?: boolean }> = e.doc.hits('undecided')
  // Blind R106A-070: read on the folded view (same offsets as the squeezed one), so the stage word spelt in katakana, spaced out or not
  // (見直しを ケ ン ト ウ 中 です, 統合をチョウセイ中), is the hiragana spelling.
  const kana = e.doc.folded.text
  if (KANA_STAGE_WORD.test(kana)) {
    for (const m of matchAllOf(KANA_STAGE, kana, MAX_HITS)) {
      const start = m.index
      const end = m.index + m[0].length
      const kanaStrong = m[1] !== undefined || m[2] !== undefined
      // 来年度の移住をけんとう中の方へ: the reader's plan (the list's 検討中の方), not the city's.
      if (/^の(?:方|かた|人|ひと|皆|みな|ご家庭|ご家族|企業|事業者)/u.test(t.slice(end, end + 8))) continue
      const overlaps = (h: Span): boolean => h.start < end && h.end > start
      // The list's けんとうちゅう read on its own is the weak word; 方向でけんとうちゅう is the strong 方向で検討 (it replaces it).
      if (undecided.some(overlaps)) {
        if (!kanaStrong) continue
        undecided = undecided.filter((h) => !overlaps(h))
      }
      undecided.push({ start, end, kanaStrong })
    }
  }
  if (undecided.length === 0) return
  const nouns = e.doc.hits('policyNouns')
  for (const h of undecided) {
    const word = e.doc.folded.text.slice(h.start, h.end)
    const s = sentenceAround(t, h.start, h.end)
    const sentence = t.slice(s.start, s.end)
    const strong = h.kanaStrong === true || STRONG_STAGE.test(t.slice(h.start, h.end)) || STRONG_STAGE.test(word)
    // Review of unof58 (rv/misc): the personnel notice said to be ahead (人事異動の内示はまだ先です): a time, no move told (NOTICE_NOT_OUT).
    if (word === '内示' && /(?:異動|人事)の$/u.test(t.slice(Math.max(0, h.start - 3), h.start)) && NOTICE_NOT_OUT.test(t.slice(h.end, h.end + 12)) && !NOTICE_WHO.test(sentence)) continue
    // Blind KB-049 kind (unof58): a detail kept back as the city's handling (入賞者のお名前は…希望により一部非公表としています).
    if (word === '非公表' && WITHHELD_DETAIL.test(t.slice(Math.max(s.start, h.start - 48), h.start)) && WITHHELD_CLOSE.test(t.slice(h.end, h.end + 8)) && !/まだ|先に|こっそり|内緒|ここだけ|実は/u.test(sentence)) continue
    // Blind JW-026 kind: a work unpublished until now and shown at last (これまで未発表だった白秋直筆のはがき3通を…初公開します): released
    // in the same sentence, no pending matter; not with a leak's cue (未発表だった新庁舎の設計図を、ここで先にお見せします).
    if (/^(?:未発表|みはつぴよう)$/u.test(word) && WORK_RELEASED.test(sentence) && !/こっそり|内緒|ここだけ|特別に|先に|少しだけ|ちょっとだけ|実は/u.test(sentence)) continue
    // Blind R244U-056 kind (unof6): the state's or the prefecture's notice of a grant or a budget, received (国の交付金の内示を受け…決まりました,
    // 県から補助金の内示がありました): an official notice the city acts on, not a personnel 内示 let out.
    // The giver must be named (国の, 県から, 国庫): the city's own budget 内示 to its sections (来年度予算の内示、…カットされそう) is internal.
    if (word === '内示' && /(?:^|[^\p{Script=Han}])(?:国|県)(?:の|から|より)|国庫|政府/u.test(sentence) && (/(?:交付金|補助金|助成金|負担金|起債|[国県]から)の?$/u.test(t.slice(Math.max(0, h.start - 6), h.start)) || (/^(?:を受け|があり|額)/u.test(t.slice(h.end, h.end + 6)) && /交付金|補助金|助成金|負担金|起債/u.test(sentence)))) continue
    if (/^(?:内定|ないてい)$/u.test(word)) {
      // 就職内定率, 内定者, 内定式: employment, not a decision of the city.
      // Blind HF-093: …also with の (内定の通知は3月上旬の予定です, 内定の連絡, 内定の時期): a step of the hiring the notice sets out.
      if (/^の?(?:者|式|率|先|辞退|取|通知|連絡|時期|日程)/u.test(t.slice(h.end, h.end + 4)) || /(?:就職|採用|出場|代表|選手)$/u.test(t.slice(Math.max(0, h.start - 3), h.start))) continue
      // A place allotted in an admission (一次選考で内定しなかった方, 入所内定): a selection's result for applicants, not a decision of policy.
      // Blind HQ-117: a step of a recruitment the post announces (最終合格者には…結果を通知し、内定の手続を行う; 合格者には内定を通知します;
      // 内定書を送付します): the published procedure of an exam, no personnel decision let out. The post must name the exam or its
      // successful applicants, and the sentence name no one in a post (新しい教育長には古賀さんが内定 is a personnel decision).
      if (RECRUIT_STEP.test(t.slice(h.end, h.end + 8)) && RECRUITMENT.test(e.doc.squeezed.text) && !NAMED_HOLDER.test(sentence)) continue
      // Blind R113A-089: the readers' own job offer (就職の内定で…引っ越す皆さんへ, 内定をもらった学生の皆さん, 内定が出た方, 企業から内定を
      // いただいた方): their employment, no personnel matter of the city. Not with a person or a post named in the sentence (新しい教育長には
      // 古賀さんが内定), and not hearsay (就職支援センターの新しいセンター長、もう内定が出てるらしい).
      if ((OWN_OFFER_BEFORE.test(t.slice(Math.max(0, h.start - 8), h.start)) || OWN_OFFER_AFTER.test(t.slice(h.end, h.end + 24))) && !NAMED_HOLDER.test(sentence) && !/人事|(?<!住民票の|住所の|住民)異動|後任|らしい|みたい|げな|って(?:話|聞)|そうです/u.test(sentence)) continue
      // Blind KM-017 kind (misc63): one outcome of an admission sent to its applicants (結果通知（内定・保留）を発送しました).
      if (admissionOutcome(t, h, sentence)) continue
      if (/(?:選考|入園|入所|入学|入居|抽選)[^。！？!?\n]{0,6}$/u.test(t.slice(Math.max(0, h.start - 8), h.start)) || /^(?:しなかった|しない|した|された|されなかった|の方|者)/u.test(t.slice(h.end, h.end + 6)) && /選考|入園|入所|入学|入居|抽選|申し込|申込/u.test(t)) continue
    }
    // Blind R166I-025: an undecided slot of a page being made, filled with a placeholder (レイアウトの段階では、まだ決まっていない部分に
    // 「〇〇」などの仮の文字を入れておく; まだ決まっていない箇所にはダミーの数字を入れる): how an editor works, no matter of the city left undecided.
    if (UNDECIDED_SLOT.test(t.slice(Math.max(s.start, h.start - 3), h.start + 28)) && PLACEHOLDER.test(sentence)) continue
    if (strong) {
      if (PUBLIC_PROCESS.test(e.doc.squeezed.text)) continue
      // Blind GX-113: 未発表 of a work now shown (これまで未発表だった地元の俳人の句稿も含まれています): the piece's history.
      if (/^未発表$/u.test(word)) {
        const work = UNPUBLISHED_WORK.exec(t.slice(h.end, h.end + 24))
        if (work && !NOT_A_WORK.test(work[0]) && !DECISION.test(work[0]) && WORK_SHOWN.test(t)) continue
      }
      // 原案どおり可決: the draft was adopted, the matter is decided.
      if (/^(?:どおり|通り|のとおり|のまま)[^。！？!?\n]{0,12}(?:可決|承認|決定|採択|議決)/u.test(t.slice(h.end, h.end + 20))) continue
      // Blind HD-107: 原案可決 in a list of bills and their results (議案第78号 …条例 原案可決), 原案を可決しました: the vote's outcome.
      if (DRAFT_VOTED.test(t.slice(h.end, h.end + 16))) continue
    } else {
      // Blind (colleague): the stage denied (庁内では検討しておりません, 協議中ではありません): nothing is under way.
      if (/^(?:ません|りません|ない(?![かでと])|ず(?![、,]?に)|では(?:ありません|ない|ございません)|じゃない)/u.test(t.slice(h.end, h.end + 8))) continue
      // Blind UH-010: 審議・検討中の情報 as a class a disclosure rule keeps closed, in an explainer of the system.
      if (stageClassOfDisclosure(t, h.end, sentence)) continue
      // Blind HZ-057: a relative clause describing the readers the post addresses (外国人材を雇用している、または検討している市内の事業者が
      // 対象です; 移住を検討している県外の方へ; 導入を検討中の市内企業の皆さま): their plan, not the city's, with the audience named as such.
      if (READER_CLAUSE.test(t.slice(h.end, h.end + 24)) && READERS_ADDRESSED.test(sentence)) continue
      // Blind R83A-097: spelt out letter by letter to slip past a check (け ん と う ち ゅ う です): the matter let out, whatever follows.
      const hidden = spelledOut(e, h.start, h.end)
      if (!hidden && (TBD_SUBJECT.test(t.slice(Math.max(s.start, h.start - 12), h.start)) || TBD_LATER.test(sentence) || publicAround(t, s))) continue
      // …検討中です。決まり次第お知らせします: the next sentence promises the announcement (not when a decision is named).
      if (!hidden && TBD_LATER.test(t.slice(s.end, s.end + 30)) && !DECISION.test(sentence)) continue
      // Review of unof59 (rv/runof59): a detail of a change the post announces as decided (…延長することとなりました。開始日は庁内で調整中です).
      if (!hidden && detailArranged(t, s, h.start)) continue
      // Blind R285D-059 kind (conf16): measures in answer to an event, weighed openly with their candidates listed (事故を受け、…配置を見直す
      // など、再発防止策を検討しています。具体的な内容が決まりましたら、改めてお知らせします): the city's published response, the DECISION
      // words only the options it weighs. Not without the promised announcement, nor without the event answered.
      if (!hidden && TBD_LATER.test(t.slice(s.end, s.end + 30)) && RESPONSE_MEASURES.test(t.slice(Math.max(s.start, h.start - 12), h.start)) && RESPONSE_TO.test(sentence)) continue
      const gate = hidden || nouns.some((n) => n.start >= s.start && n.end <= s.end) || DECISION.test(sentence) || FUTURE.test(sentence) || stageHeard(t, s, h.end) || measureWeighed(t, s, h) || stageMeasureNamed(sentence)
      if (!gate) continue
    }
    const noun = nouns.find((n) => n.start >= s.start && n.end <= s.end)
    const topic = noun ? e.doc.raw.slice(e.doc.fromSqueezed(noun.start, noun.end).start, e.doc.fromSqueezed(noun.start, noun.end).end) : topicOf(sentence)
    // A draft noun is kept for post: another paragraph may put the draft out for comment.
    const sink = strong && (DRAFT_NOUN.test(t.slice(h.start, h.end)) || DRAFT_NOUN.test(word)) ? { ...e, emit: (f: DraftFinding) => void drafts.push(f) } : e
    put(sink, 'unofficial/undecided', h.start, h.end, { noun: topic })
  }
}

/**
 * Blind R107A-091: a rule of the city to be changed, its content given in the clause before it and the change told as planned or aimed at
 * (審議会の女性委員の割合を５割にする要綱改正を予定しています; 入居要件を緩和する規則改正を予定しとります; 上限額を引き上げる要綱改正の方向
 * です; 利用料を無料にするための条例改正を目指しています): the content of a decision not made yet, told before the city decides or submits
 * it. A change done (改正しました), one put to the council (議会に提出, 上程, 議案) or out for comment (パブリックコメント, 意見募集, 説明会)
 * and a change without its content (要綱改正に伴い…) are not this.
 */
const RULE_CHANGE_PLANNED = /(?<=[るすくいたぐむぶつう])(?:ための)?(?:要綱|条例|規則|規程|要領|施行規則)(?:の)?(?:一部)?(?:改正|改定|見直し)(?:を|が|も|は|の)?[、,]?(?:予定(?:して|しと|です|でご|だ|や)|(?:行う|する|行い|し)?予定(?:です|で|だ|や|と|して)|方向(?:です|だ|や|で(?:す|進|調整|検討|準備))|準備を?進めて|準備して|目指して|めざして|考えて(?:い|お))/u
const RULE_CHANGE_PUBLIC = /(?<!審)議会(?:に|へ|で|の(?:議決|承認|審議))|定例会|提出|上程|提案|議案|パブリックコメント|パブコメ|意見(?:を|の)?(?:募集|公募)|意見公募|説明会|公布|告示|改正しました|改正いたしました|改正されました|改正済|決定しました|可決/u
/**
 * Blind R31B-145 kind: a new rule of the city told as settled before any step of making it (市としても来年度には空き地の管理条例をつくることに
 * なります, 新たに要綱を定める予定です, 条例を制定する方向です): an ordinance is the council's to pass, so its making foretold as fixed is the
 * content of a decision not made. Made already (制定しました, 定めることになりました), put to the council or out for comment stays clean
 * (RULE_CHANGE_PUBLIC).
 */
const RULE_MAKING_TOLD = /(?:要綱|条例|規則)(?:を|も)[、,]?(?:新たに|あらたに|新しく)?(?:つくる|作る|制定する|設ける|定める)(?:こと(?:に|と)なり(?:ます|そう)|ことになる(?=[。！!]|$|でしょう|と思|はず)|予定(?:です|だ|で(?:す|ご))|方向(?:です|で(?:す|進|調整|検討)))/u
function ruleChangePlanned(e: Emitter, t: string): void {
  const made = RULE_MAKING_TOLD.exec(t)
  // (Not PUBLIC_PROCESS: residents' ご意見 given as the reason is no public step of making the rule.)
  if (made && !RULE_CHANGE_PUBLIC.test(t) && !COMMENT_PROCESS.test(t)) {
    put(e, 'unofficial/undecided', made.index, made.index + made[0].length, { noun: made[0].replace(/(?:を|も)[^]*$/u, '') })
    return
  }
  const m = RULE_CHANGE_PLANNED.exec(t)
  if (!m || RULE_CHANGE_PUBLIC.test(t) || PUBLIC_PROCESS.test(t)) return
  put(e, 'unofficial/undecided', m.index + (m[0].startsWith('ための') ? 3 : 0), m.index + m[0].length, { noun: m[0].replace(/^ための/u, '').replace(/(?:の)?(?:一部)?(?:改正|改定|見直し)[^]*$/u, '') })
}

/**
 * Blind R107A-129: a proposal of the city foretold before it is out (会費の市による一括徴収案が示されるかもしれません; 部活動の地域移行案が
 * 出されるかもしれん; 保育料の見直し案が示される可能性があります; 統合案が出てくるらしいです): the draft's coming told as a guess or second-hand,
 * not as the published schedule of a meeting (素案が示される予定です) nor as done (計画案が示されました). 提案, 図案, 答案 are other words.
 */
const PROPOSAL_FORETOLD = /(?<=[\p{Script=Han}\p{Script=Katakana}ー]|直し)(?<![提図答思考翻名])案(?:が|も)[、,]?[^。！？!?\n]{0,8}?(?:示され|しめされ|出され|提示され|提案され|出て(?:く|き)|出てく|上がって(?:く|き)|あがって(?:く|き))(?:る|ます)?(?:かも|可能性(?:が|も)|見込み|見通し|公算|らしい|らしか|みたい|げな|はず|んじゃ|のでは|と思)/u
/** Blind R107A-129: the writer's aside that what follows is inside talk (あくまで内々の話ですが, ないないの話やけど, 内輪の話ですけど). */
/** Blind R244U-003 / R245M-016 kind (unof6): …also a secret's talk, with お (ないしょのお話なんだけど, 内緒の話ですが) and the aside giving its reason (まだ内々の話なので). */
const INSIDE_ASIDE = /(?:内々|ないない|内輪|うちうち|内緒|ないしょ|ナイショ|内密)の(?:お)?(?:話|はなし)(?!し|合|あい)(?:です|だ|や|なん|で(?:す|恐縮))?(?:が|けど|けれど|けれども|ばってん|ですが|だけど|やけど|ですけど|なので|ので|[、,])/u
function proposalForetold(e: Emitter, t: string): void {
  const aside = INSIDE_ASIDE.exec(t)
  if (aside) put(e, 'unofficial/rumour', aside.index, aside.index + aside[0].replace(/(?:です|だ|や|なん|で(?:す|恐縮))?(?:が|けど|けれど|けれども|ばってん|ですが|だけど|やけど|ですけど|なので|ので|[、,])$/u, '').length, { plain: '（確かめた事実）' })
  const m = PROPOSAL_FORETOLD.exec(t)
  if (!m) return
  const sentence = sentenceOf(t, m.index, m.index + m[0].length)
  if (PUBLIC_PROCESS.test(sentence) || DECIDED_MEASURE.test(sentence) || /(?:^|[^\p{Script=Han}])(?:国|県|政府|[\p{Script=Han}]{1,6}(?:省|庁))(?:から|が|の|より)/u.test(sentence)) return
  put(e, 'unofficial/forecast', wordStart(t, m.index), m.index + m[0].length, { topic: topicOf(sentence), marker: m[0] })
}

/**
 * Blind R107A-123: a staff member's own candidacy told on the official account (私ごとですが、このたび来年の市議会議員選挙に挑戦することに
 * しました; 私事で恐縮ですが、次の市長選に立候補いたします; わたくしごとですが、来春の県議選に出馬することを決意しました): political activity
 * of one person, not the city's business. The writer names it as their own (私ごと, 私事, 個人的なこと, 私は…) in the sentence or the one
 * before. Candidates' briefings (立候補予定者説明会), a resident's candidacy and a personal challenge that is no election are not this.
 */
const OWN_CANDIDACY = /(?:選挙|市議選|市長選|県議選|町議選|村議選|知事選|衆院選|参院選|総選挙|補選|補欠選)(?:に|へ|で|には)?[、,]?[^。！？!?\n]{0,8}?(?:挑戦|立候補|出馬|チャレンジ|出る|出ます|出させて)(?:を)?(?:する|いたす|します|いたします|させていただ|しよう|すると|しようと|を決意|の決意|を決め|を表明|を決断)?(?:ことに(?:しました|いたしました|決めました|なりました|した)|ことを(?:決意|決め|決断)|決意|こととなりました|(?=[。！!]|$)|ます|しました|ました|いたします|させていただきます|っちゃん|けん|ばい|と思(?:い|っ))/u
const OWN_AFFAIR = /私ごと|私事|わたくしごと|わたしごと|個人的な(?:こと|話|ご報告)|私的な(?:こと|話)|(?:私|わたし|わたくし|僕|ぼく|自分|俺|おれ)(?:は|も|、|が|こと|自身)/u
function ownCandidacy(e: Emitter, t: string): void {
  const m = OWN_CANDIDACY.exec(t)
  if (!m) return
  const s = sentenceAround(t, m.index, m.index + m[0].length)
  const from = s.start > 0 ? sentenceAround(t, s.start - 1, s.start - 1).start : s.start
  if (!OWN_AFFAIR.test(t.slice(from, s.end)) || /説明会|予定者|候補者の(?:皆|方)|立候補(?:する|される|を予定している)(?:方|人)/u.test(t.slice(s.start, s.end))) return
  put(e, 'unofficial/personal-view', m.index, m.index + m[0].length, { opinion: t.slice(s.start, s.end).replace(/[。！!]$/u, '') })
}

/**
 * Blind R104A-091/R105A-006: a concrete change a plan of the city would bring (統合, 廃止, 移転, 民営化, 転用, 売却 …): what an undecided
 * plan hands out when its stage or its inside progress is told (DRAFT_STAGE_CHANGE, PLAN_INSIDE). Whole words only: 統合的, 移転先の
 * ご案内 and the like are read in their sentence by the two rules, which also need the stage or the inside.
 * Blind R302K-004 kind (unof20): demolition in the verb's forms too (取り壊すことになる, 取り壊される).
 */
const PLANNED_CHANGE =
  /統廃合|統合|廃止|移転|民営化|民間委託|閉鎖|閉校|閉園|閉館|休止|転用|売却|譲渡|集約|再編|縮小|建て替え|建替え|解体|取り?壊(?:し|す|さ)|撤去|有料化|値上げ|合併|分割|移管|新設|埋め立て|埋立て/u
/**
 * Blind R104A-091: an undecided plan told from its draft (素案の段階では、市立保育所2園を統合して認定こども園にする方向性も示されています;
 * 原案の段階では…移転する案も検討されています; たたき台の段階ですが…統合する方向が示されとります; まだ案の段階ですけど…廃止する方向も出て
 * いるんですよ): the draft's stage said, then a concrete change it holds as a direction shown or weighed. The draft nouns' own check
 * (stageWords) lets a post with a mere ホームページ in it pass as public; here only a draft put out for comment (COMMENT_PROCESS, read over
 * the whole post in `post`) makes it public. 提案, 図案, 答案 hold 案 inside another word (no hit); 発達の段階 is no draft.
 */
const DRAFT_STAGE_CHANGE =
  /(?:素案|原案|試案|たたき台|叩き台|(?<![提図答法議草名翻腹考文新代勘教])案)(?:の|を作る|づくりの)?段階(?:では|で|でも|において|です|だ|や|なので|ですが|ですけど|だけど|やけど|ばってん)?[、,]?[^。！？!?\n]{0,40}?(統廃合|統合|廃止|移転|民営化|民間委託|閉鎖|閉校|閉園|閉館|休止|転用|売却|譲渡|集約|再編|縮小|建て替え|建替え|解体|取り?壊(?:し|す|さ)|撤去|有料化|値上げ|合併|分割|移管|新設|埋め立て|埋立て)[^。！？!?\n]{0,30}?(?:示され|しめされ|示し(?:て|と)|検討され|けんとうされ|出され|出て(?:い|お|ま)|出と(?:る|り)|盛り込ま|盛りこま|挙げられ|挙が|上が(?:って|っと)|含まれ|書かれ|記され|入って|入っと|ことに(?:なっ|なり)|方向(?:性)?(?:です|だ|や|で(?:す|ある)?|となって))/u
function draftStageChange(e: Emitter, t: string, drafts: DraftFinding[]): void {
  const m = DRAFT_STAGE_CHANGE.exec(t)
  if (!m) return
  const s = sentenceAround(t, m.index, m.index + m[0].length)
  // The draft adopted or the plan decided in the sentence (原案どおり可決, 統合が決定しました) is no longer undecided.
  if (DECIDED_MEASURE.test(t.slice(s.start, s.end)) || /(?:どおり|通り)[^。！？!?\n]{0,12}?(?:可決|承認|決定)/u.test(t.slice(s.start, s.end))) return
  if (quotedExample(t, m.index)) return
  // (Kept for post, as a draft noun is: a draft put out for comment elsewhere in the post is the published one.)
  put({ ...e, emit: (f: DraftFinding) => void drafts.push(f) }, 'unofficial/undecided', m.index, m.index + m[0].length, { noun: m[1]! })
}
/**
 * Blind R105A-006: a plan for a change said to be moving forward inside the city hall, out of the public's sight (まだ議会にも説明していない
 * 段階ですが、三橋町の約12haを…転用する計画が庁内で進んでいます; 市営住宅を取り壊す計画が水面下で進んでいます; 支所を本庁に統合する話が、
 * 内々に進んでいるようです; 旧校舎を解体する計画が役所内で進みよるとよ): the content of a plan in the making handed out before the city
 * releases it. Only a plan noun as the subject (計画, 案, 構想, 話, プロジェクト), the inside as where it goes on, and a concrete change
 * (PLANNED_CHANGE) in the sentence. A plan made public in the sentence (記者会見で発表しました, 公表しました), a plan decided in the
 * paragraph, a draft put out for comment and progress denied (進んでいません) are not this; work the city does inside (庁内で進めている業務
 * 改善) has no plan noun as its subject.
 */
const PLAN_INSIDE =
  /(?<![提図答名])(?:計画|案|構想|話|プロジェクト)(?:が|も|は)[、,]?[^。！？!?\n]{0,10}?(?:庁内|役所内|市役所内|課内|部内|内部|水面下|内々|ないない|非公式|内密)(?:で|に|的に)(?:は|も)?[、,]?[^。！？!?\n]{0,8}?(?:進んで|進んど|進みよ|進められて|進められと|進行して|動いて|動きよ|動き出し|練られて|温められて|あたためられて)|(?:庁内|役所内|市役所内|課内|部内|内部|水面下|内々|非公式|内密)(?:で|に|的に)(?:は|も)?[、,]?[^。！？!?\n]{0,40}?(?:計画|案|構想|話|プロジェクト)(?:が|も)[、,]?[^。！？!?\n]{0,6}?(?:進んで|進んど|進みよ|進められて|進められと|進行して|動いて|動きよ|動き出し|練られて|温められて|あたためられて)/u
/**
 * Blind R256M-006 kind (conf9): …or a new facility to be built or set up (新しい観光交流拠点をつくる話が水面下で進んでいる; 新たな
 * 子育て施設を整備する計画が庁内で動いている): a project the city has not announced, as much a change as a closure is. Only a new thing
 * made (新しい, 新たな, 新規) with a verb of building or setting up.
 */
const NEW_BUILT = /(?:新し(?:い|く)|新たな?|新規(?:の|に)?)[^。！？!?\n]{0,20}?(?:を|の)?(?:つく|作|造|建て|建設|整備|新設|開設|設置|誘致)(?:る|す|し|され|り)/u
function planInside(e: Emitter, t: string): void {
  const m = PLAN_INSIDE.exec(t)
  if (!m) return
  const s = sentenceAround(t, m.index, m.index + m[0].length)
  const sentence = t.slice(s.start, s.end)
  if (!PLANNED_CHANGE.test(sentence) && !NEW_BUILT.test(sentence)) return
  if (TALK_DENIED.test(t.slice(m.index + m[0].length, s.end)) || /^(?:い|お)?(?:ません|りません|ない(?![かでと]))/u.test(t.slice(m.index + m[0].length, m.index + m[0].length + 6))) return
  if (COMMENT_PROCESS.test(t) || DECIDED_MEASURE.test(t) || /発表し|発表され|公表し|公表され|明らかにし|答弁し/u.test(sentence)) return
  // Talk of such a plan denied (…計画が庁内で進んでいるという話は事実ではありません): the city corrects it.
  if (/^[^。！？!?\n]{0,12}?(?:という|との|って)(?:話|うわさ|噂|情報|投稿|書き込み)(?:は|も|が)[^。！？!?\n]{0,8}?(?:事実ではありません|事実ではない|誤り|デマ|ありません|ございません)/u.test(t.slice(m.index + m[0].length, s.end))) return
  put(e, 'unofficial/unannounced', m.index, m.index + m[0].length, undefined, quotedExample(t, m.index) || undefined)
}

/**
 * Blind R97A-074/R99A-036: a proposal for a change named by its content, a verb's plain form before 案 or 構想 (乳幼児健診の会場を保健センター
 * から各地区の公民館へ分散する案について、関係機関と協議を進めております; 来年度から新人研修の一部を民間に委託する構想についても人事課から説明
 * がありました): 案 and 構想 say the plan is not decided, and the clause before them hands out what it would change. The clause must tell a
 * change or a benefit (CHANGE, BENEFIT); the plan put out for comment or shown at a public occasion (PUBLIC_PROCESS), presented, voted on or
 * decided (発表, 公表, 提出, 可決, 否決, 決定), denied (そのような案はありません, 検討しておりません) or of the past (かつて, 昭和) is not this.
 * A noun before the word (基本構想, 予算案, デザイン案) or 案内, 提案, 答案 are no plan named by its content.
 */
const PLAN_NAMED =
  /(?<=[るすくぐむぶつう]|ない)(?:という|との|とする|といった)?(?:案|構想|計画案|方針案|改革案|再編案)(?![内件外山])(?:について|に関して|につき|を|が|も|は|の(?:検討|協議|調整|説明|話|ほう|方))/gu
const PLAN_SETTLED = /発表し|発表され|公表|公開し|公開され|提出し|提出され|上程|可決|否決|議決|採択|承認され|決定し|決定され|決定いたし|決まりました|決まった|策定し|策定され|とりやめ|取りやめ|撤回|見送られ|見送り(?:まし|となり)/u
const PLAN_DENIED = /^[^。！？!?\n]{0,16}?(?:(?:は|も)?(?:一切|全く|まったく)?(?:ありません|ございません|ない(?![かでと]))|(?:して|し)(?:い|お)(?:ません|りません)|(?:出て|あがって|上がって)(?:い|お)(?:ません|りません))/u
/**
 * Blind R244U-005 kind (unof6): …or an event or a service to be run jointly with other bodies from now on (次回以降は三市合同開催とする案について、
 * 各市の担当課と協議を進めております; 近隣町と共同で運営する案): a change of how it is held, still in talks. Only as the content of a plan named
 * (案, 構想), not a joint event announced (3地区合同で開催します).
 */
const HELD_JOINTLY = /(?:合同|共同|一体)(?:で|的に)?(?:開催|実施|運営|運行|設置)/u
function planNamed(e: Emitter, t: string): void {
  for (const m of matchAllOf(PLAN_NAMED, t, MAX_HITS)) {
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    const sentence = t.slice(s.start, s.end)
    const content = t.slice(Math.max(s.start, m.index - 48), m.index)
    if (!CHANGE.test(content) && !VENUE_MOVED.test(content) && !BENEFIT.test(content) && !HELD_JOINTLY.test(content)) continue
    if (PUBLIC_PROCESS.test(sentence) || publicAround(t, s) || PLAN_SETTLED.test(sentence) || PAST_ERA.test(sentence) || TRIVIA.test(sentence)) continue
    if (PLAN_DENIED.test(t.slice(m.index + m[0].length, s.end)) || quotedExample(t, m.index)) continue
    // A sentence already reported for the plan's stage (案で調整, 内々に検討, 前向きに進んで) is not reported again for its name.
    const raw = e.doc.fromSqueezed(s.start, s.end)
    if (e.spans.some((x) => x.start < raw.end && x.end > raw.start)) continue
    const word = /計画案|方針案|改革案|再編案|構想|案/u.exec(m[0])![0]
    const at = m.index + m[0].indexOf(word)
    put(e, 'unofficial/undecided', at, at + word.length, { noun: topicOf(content) })
  }
}

/**
 * Blind R60A-020: a change still being discussed, told with its new figures (乗船料金の改定（大人1,800円を2,200円に）について各事業者と
 * 協議を進めております; 入場料を300円から500円にすることについて協議しているところです; 運賃 150円→200円 の件は交渉中): the stage word
 * says the matter is open, the figures hand out its content before the city decides. The figures must be a change (X を/から/→ Y), each a
 * number with its unit; a stage word alone (…について協議を進めております, an ordinary progress report) is left to the word list.
 */
const FIGURE = '(?:[0-9][0-9,.]*|[一二三四五六七八九十百千万]+)(?:円|%|パーセント|人|名|時|分|日|回|便|台|本|か所|箇所)'
const CHANGED_FIGURES = new RegExp(`${FIGURE}\\s?(?:を|から|→|⇒|->|➡)\\s?(?:大人|小人|子ども|一般)?\\s?${FIGURE}(?:に|へ|(?=[)）\\s、,]))`, 'u')
const STAGE_VERB = /(?:協議|検討|調整|交渉|議論|折衝)(?:を(?:進め|重ね|行っ|続け)(?:て|と)(?:おり|い|お)?|して(?:おり|い|お)|しとり|しと(?:る|ります)|しよ(?:る|ります)|(?:の)?(?:中|最中|途中|段階))/gu
function undecidedFigures(e: Emitter, t: string): void {
  for (const m of matchAllOf(STAGE_VERB, t, MAX_HITS)) {
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    const sentence = t.slice(s.start, s.end)
    // The figures told in the sentence before the stage word, as its matter (改定（X円をY円に）について…協議).
    const changed = CHANGED_FIGURES.exec(t.slice(s.start, m.index))
    if (!changed) continue
    // Decided, or put out for comment: no open matter leaked.
    if (DECIDED.test(sentence) || /可決|議決|改定しました|変更しました|決定しました|パブリックコメント|意見(?:を)?募集/u.test(sentence)) continue
    put(e, 'unofficial/undecided', m.index, m.index + m[0].length, { noun: topicOf(sentence) })
  }
}

/**
 * Blind R187I-057: an amount the city pays or charges told while it is still being settled (見舞金は、1世帯10万円くらいで話がまとまりそう
 * です; 補助の上限は30万円で調整中です; 使用料は1回500円程度で検討しています; 負担金は2割の線で協議しています): the figure of a decision in
 * the making handed out before the city fixes it. The amount (円, %, 割, with くらい, 程度, 前後 …) before で and a verb of settling (まとまりそう,
 * 落ち着きそう, 決まりそう, 調整中, 検討して, 協議中, 詰めて); a payment or a charge of the city's named in the sentence (見舞金, 補助金, 手当,
 * 使用料, 手数料, 負担金 …). A date or a time being fixed (日程は3月10日で調整中) names no amount; an amount decided (…で決まりました),
 * put out for comment or tabled is not this.
 * Blind R238K-015 kind: …the amount with に before the settling verb (利用料は月額800円前後に落ち着く見通しです, 負担は2割程度にまとまり
 * そう): 落ち着く, まとまる say the figure is still being settled, as with で (…になる見込み, the city's own estimate, stays out).
 */
/**
 * Both amount patterns start only where a run of digits or kanji numerals starts (the lookbehinds): a match can
 * only start at a run's start anyway, and without them a long run with no unit after it (a pasted table of digits)
 * was tried from each of its characters, time quadratic in the run (ReDoS review, stop 51: 449 ms on 16,000 digits).
 */
const AMOUNT_SETTLING =
  /(?:(?<![0-9０-９][,，.]*)[0-9０-９][0-9０-９,，.]*|(?<![一二三四五六七八九十百千])[一二三四五六七八九十百千]+)(?:万|億|千)?(?:円|%|％|パーセント|割)(?:くらい|ぐらい|程度|前後|ほど|規模|あたり|見当|弱|強)?(?:の線)?(?:で|に(?=[、,]?(?:落ち着|おちつ|まとま|決ま|固ま)))[、,]?(?:(?:話|はなし|方向|調整|協議)(?:が|は|も|で)?[、,]?)?(?:(?:まとま|決ま|固ま)(?:りそう|る見込み|る見通し|りつつ|りかけ|る方向|る模様)|(?:落ち着|おちつ)(?:きそう|く見込み|く見通し|きつつ|きかけ|く方向|く模様)|(?:最終)?(?:調整|検討|協議|交渉)(?:中|して(?:い|お)|しと|しよ|を(?:進め|し|行っ)|が進)|詰め(?:て(?:い|お)|の段階|に入))/gu
/**
 * …or the amount told as a forecast (10万円になりそう, 2割の負担となる見込み, 500円の予定), with the post promising the news once it is decided
 * (正式に決まったらお知らせします: PROMISED_WHEN_DECIDED after it): the post says itself the amount is not settled. Without that promise a
 * figure 見込み may be the city's published estimate (事業費は約3億円となる見込みです).
 */
const AMOUNT_FORETOLD =
  /(?:(?<![0-9０-９][,，.]*)[0-9０-９][0-9０-９,，.]*|(?<![一二三四五六七八九十百千])[一二三四五六七八九十百千]+)(?:万|億|千)?(?:円|%|％|パーセント|割)(?:くらい|ぐらい|程度|前後|ほど|規模|あたり|見当|弱|強)?(?:(?:に|と)(?:なりそう|なる(?:見込み|見通し|予定|方向|はず|かも)|する(?:方向|予定|見込み))|の(?:予定|見込み|見通し|方向))/gu
const CITY_PAYMENT = /見舞金|補助金|支援金|給付金|助成金|奨励金|交付金|協力金|祝い?金|報奨金|弔慰金|手当|補助|助成|給付|支給|料金|使用料|利用料|手数料|負担金|負担額|保険料|保育料|給食費|運賃|乗船料|入館料|入場料|観覧料|駐車料|(?<![\p{Script=Han}])税|税率|委託料|賠償|補償|謝金|報酬/u
/**
 * Blind R315E-053 kind (unof57): a fee's rise or cut stated as coming, by a rough amount (1枚あたり10円ほど上がります, 約1割値上がりします, 100円
 * 程度安くなります), while the post says the amount itself is not fixed (具体的な金額は決まり次第お知らせします, 金額はまだ決まっていません, 新しい
 * 料金は未定です): the change told as decided before the city has decided it. The rough amount needs the promise after it; an exact amount
 * needs the amount itself named as not fixed (a date or a form still to come, 申込方法は決まり次第, says nothing of the amount). A fee of
 * the city's (CITY_PAYMENT, CITY_FEE: 指定ごみ袋) is what changes; the shop's or the market's prices (野菜が10円ほど上がります) are not.
 */
const AMOUNT_CHANGE_TOLD =
  /(約|およそ|おおよそ)?(?:(?<![0-9０-９][,，.]*)[0-9０-９][0-9０-９,，.]*|(?<![一二三四五六七八九十百千])[一二三四五六七八九十百千]+)(?:万|億|千)?(?:円|%|％|パーセント|割)(くらい|ぐらい|程度|前後|ほど|弱|強)?(?:の)?[、,]?(?:値上が|値下が|上が|あが|下が|さが|高くな|安くな|アップ|増え|増額|減額|引き?上げ|引き?下げ|値上げ|値下げ)(?:り(?:ます|そうです)|る(?:予定|見込み)?|します|されます|になります|となります|いたします)(?=[。！!、,\n]|$)/gu
const AMOUNT_UNDECIDED = /(?:金額|額|料金|価格|値段|単価|上げ幅|値上げ幅|下げ幅|改定額|負担額)(?:は|が|について(?:は)?)[、,]?(?:まだ|現在|現時点で(?:は)?|今のところ)?[、,]?(?:決まり(?:次第|しだい|ましたら)|決まったら|決まって(?:い|お)?(?:ない|ません|りません)|未定|確定(?:次第|しだい|して(?:い|お)?(?:ない|ません)|したら)|決定(?:次第|しだい|したら)|検討中|調整中|これから)/u
function amountSettling(e: Emitter, t: string): void {
  for (const re of [AMOUNT_SETTLING, AMOUNT_FORETOLD, AMOUNT_CHANGE_TOLD]) amountsOf(e, t, re)
}
function amountsOf(e: Emitter, t: string, re: RegExp): void {
  for (const m of matchAllOf(re, t, MAX_HITS)) {
    if (re === AMOUNT_FORETOLD && !PROMISE_AWAITED.test(t.slice(m.index + m[0].length))) continue
    const after = t.slice(m.index + m[0].length)
    if (re === AMOUNT_CHANGE_TOLD && !(((m[1] ?? m[2]) !== undefined && PROMISE_AWAITED.test(after)) || AMOUNT_UNDECIDED.test(after))) continue
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    const sentence = t.slice(s.start, s.end)
    const paid = CITY_PAYMENT.exec(sentence) ?? (re === AMOUNT_CHANGE_TOLD ? CITY_FEE.exec(sentence) : null)
    if (!paid || DECIDED.test(sentence) || PUBLIC_PROCESS.test(sentence) || PLAN_SETTLED.test(sentence) || quotedExample(t, m.index)) continue
    put(e, 'unofficial/forecast', m.index, m.index + m[0].length, { topic: paid[0], marker: re === AMOUNT_FORETOLD || re === AMOUNT_CHANGE_TOLD ? m[0] : m[0].slice(m[0].indexOf('で') + 1).replace(/^[、,]/u, '') })
  }
}

/**
 * Blind R389N-034 kind: a plan said to be talked about higher up (市独自の貸付ができないか、上のほうで話が出ているようです; 上層部で案が持ち
 * 上がっている; 上の人たちが検討しているらしい): the office's upper floor as where an undecided measure is aired, as 庁内で is. Only with a
 * measure asked or a change in the sentence, not denied (上のほうでは話は出ていません), and not on a public occasion. 上の方 of a thing
 * (棚の上の方で) is a place.
 */
const UPPER_FLOOR = '(?<![\\p{Script=Han}の])(?:上の(?:ほう|方|人(?:たち|達)?)|上層部|お偉(?:いさん|方)|偉い(?:人|さん)(?:たち|達)?|執行部|トップ(?:の(?:ほう|方))?)'
/** A measure wondered about just before who airs it (…下げられないか、上のほうで). */
const MEASURE_WONDERED = /(?:ない|ません|ん)か(?:と|って|という)?[、,]?$/u
const UPPER_TALK = new RegExp(`${UPPER_FLOOR}(?:の間)?(?:で|では|でも|から|が|も)[、,]?[^。！？!?\\n「」]{0,10}?(?:(?:話|案|構想|声|意見)(?:が|も)[、,]?(?:出て|出と|出よ|上が|あが|挙が|持ち上が|浮上)|(?:検討|議論|協議|相談)(?:されて|して|し(?:よ|と)る|しより|しとり)|話し合(?:われて|って))`, 'gu')
/**
 * Blind R389N-015 kind: a plan named before, said to be settling inside the office by a pointing word (移す話、課内ではほぼその線でまとまり
 * つつあります; 庁内ではその方向で固まりかけています): DIRECTION's 線で and 方向で with その for the verb, the plan told in the sentence or
 * the one before. Who settles it (課内, 庁内, 上層部) or how far (ほぼ, 大筋) must be said; a plan settled (まとまりました) is not this.
 */
const POINTED_LINE = /(?:その|この|そっちの|こっちの|そちらの|こちらの)(?:線|方向|ほうこう|案|方針)で[、,]?(?:(?:話|調整|議論|意見)(?:が|は|も)?[、,]?)?(?:ほぼ|ほとんど|おおむね|概ね|大筋で?|だいたい|大体|あらかた|ほぼほぼ)?[、,]?(?:まとま|固ま|かたま|決ま)(?:り(?:つつ|かけ|そう)|って(?:い|お|き))/gu
const SETTLED_BY = /庁内|役所内|課内|部内|係内|内部|上層部|幹部|事務方|上の(?:ほう|方|人)|担当(?:課|者)|関係課|ほぼ|ほとんど|おおむね|概ね|大筋|だいたい|あらかた/u
const PLAN_SPOKEN = /(?:[るすくぐむぶつう]|(?<!しい|よい|いい)い|ない)(?:話|案|計画|構想|方針)(?:は|も|が|ですが|[、,])/u
/** The verb a direction is of, when it is itself a change (延ばす, 見直す, やめる, 引き上げる方向で). */
const CHANGING_VERB = /(?:延ば|のば|延長|短縮|縮め|前倒し|繰り上げ|繰り下げ|引き?上げ|引き?下げ|増や|減ら|広げ|なくす|無くす|やめ|止め|見直|変え|改め|拡充|拡大)(?:す|る|する)?$/u
/**
 * Blind R392R-031 kind: a direction talked over with a partner in plain words (1年延ばす方向で県と話をしているところです, 無料にする線で事業者
 * さんと話を進めています): DIRECTION's 話し合って in its everyday form 話をして. Judged as DIRECTION's progressive forms: a change or a
 * benefit in the sentence (開催する方向で講師と話をしています, a date being fixed, is none).
 */
const DIRECTION_TALKED = /(?<=[るすくぐむぶつう]|ない)(?<!走る|通る|乗る)(?:方向|ほうこう|線)で[、,]?[^。！？!?\n「」]{0,12}?(?:お?話|はなし)(?:を|も)?[、,]?(?:して(?:い|お)|しと(?:る|り)|しよ(?:る|り)|させて(?:いただいて|もらって)(?:い|お)|進めて(?:い|お)|詰めて(?:い|お))/gu
/**
 * Blind R392R-045 kind: an amount the city pays guessed before it is fixed (義援金の配分、たぶん1世帯10万円くらいになりそうです; 見舞金は5万円に
 * なるかも): the figure told as the writer's guess (なりそう, かも, はず, or a hedge before it: たぶん, おそらく), not the city's published
 * estimate (…となる見込みです, read in AMOUNT_FORETOLD only with the promise of news). A payment of the city's, or money it shares out
 * (義援金, 配分), must be named; a price in a shop or a fare (タクシーで2000円くらいになりそう) is none.
 */
const AMOUNT_GUESSED =
  /(?:(?<![0-9０-９][,，.]*)[0-9０-９][0-9０-９,，.]*|(?<![一二三四五六七八九十百千])[一二三四五六七八九十百千]+)(?:万|億|千)?(?:円|%|％|パーセント|割)(?:くらい|ぐらい|程度|前後|ほど|あたり|見当|弱|強)?(?:(?:に|と)(?:なりそう|なる(?:かも|はず|(?:ん|の)じゃ|っぽい|らしい|みたい|と思)|なります|なる(?=[。！!…〜~]|$|よ|ね)))/gu
const AMOUNT_HEDGE = /たぶん|多分|おそらく|恐らく|きっと|もしかしたら|ひょっとしたら|どうやら/u
const SHARED_MONEY = /義援金|配分|分配|見舞い?金|支援金|給付金|還付金|配当/u
/**
 * Blind R392R-034 kind: a stage word said of a benefit the city would grant, named by its kind (市独自の上乗せ補助を調整中です, 加算の拡充を
 * 検討しています): no word of policyNouns or DECISION is there, but the measure is one. Read as another gate of stageWords.
 */
const STAGE_MEASURE = /上乗せ|補助(?!犬|輪|線|席|具|員|的|スタッフ)|加算|給付|支援策|支援金|独自(?:の|で)(?:支援|制度|助成|貸付|貸し付け)/u
function stageMeasureNamed(sentence: string): boolean {
  return STAGE_MEASURE.test(sentence)
}
/**
 * LM-002 kind (W76c): a secret aside quoted as the swindler's pitch in a warning (「あなただけ」「内緒で」と秘密を強調する話は、詐欺を疑って
 * ください): the word is in brackets and its sentence names the scam; a mention, not the staff's own aside.
 */
const PITCH_NAMED = /詐欺|悪質商法|悪質な(?:勧誘|業者)|手口|だまし|騙し|勧誘/u
function scamPitchQuoted(t: string, start: number, end: number): boolean {
  const open = t.lastIndexOf('「', start)
  if (open < 0 || start - open > 30 || /[」\n]/u.test(t.slice(open, start))) return false
  const close = t.indexOf('」', end)
  if (close < 0 || close - end > 30 || t.slice(end, close).includes('\n')) return false
  const s = sentenceAround(t, start, end)
  return PITCH_NAMED.test(t.slice(s.start, s.end).replace(/「[^「」\n]{0,60}」/gu, ''))
}
/**
 * R392R-059 kind (W76): 見込み in the city's own tally of a process (【罹災証明書の交付状況（10月31日現在）】申請件数：1,284件…残りの交付は11月
 * 中旬に終える見込みです): the completion of the work counted, a published schedule. The paragraph must give its figures as of a date
 * (…現在, …時点) and the forecast be of the work finishing; hearsay or a secret in the sentence is still a forecast passed on.
 */
const TALLY_DATED = /[0-9０-９]{1,2}月[0-9０-９]{1,2}日(?:[^。！？!?\n]{0,8})?(?:現在|時点)/u
const TALLY_FIGURE = /[：:]\s?[0-9０-９][0-9０-９,，]*\s?(?:件|人|世帯|棟|戸|か所|箇所)/u
const WORK_FINISHING = /(?:終え|終わ|完了|終了|完成|済ませ|済み)(?:る|ら|す|し|た)?[^。！？!?\n]{0,4}$/u
function tallyForecast(t: string, at: number, marker: string, sentence: string): boolean {
  if (!/^(?:見込|見通し)/u.test(marker) || !TALLY_DATED.test(t) || !TALLY_FIGURE.test(t)) return false
  if (/らしい|みたい|って(?:話|聞)|と聞|内緒|ここだけ|たぶん|多分|かも/u.test(sentence)) return false
  return WORK_FINISHING.test(t.slice(Math.max(0, at - 14), at))
}
/** The readers of the kinds above that report on their own (UPPER_TALK, POINTED_LINE, DIRECTION_TALKED, AMOUNT_GUESSED). */
function pendingMatters(e: Emitter, t: string): void {
  if (/上|偉|執行部|トップ/u.test(t)) {
    for (const m of matchAllOf(UPPER_TALK, t, MAX_HITS)) {
      const end = m.index + m[0].length
      const sentence = sentenceOf(t, m.index, end)
      if (TALK_DENIED.test(t.slice(end, end + 12)) || PUBLIC_PROCESS.test(sentence) || TBD_LATER.test(sentence)) continue
      if (!(MEASURE_ASKED.test(sentence) || MEASURE_WONDERED.test(t.slice(Math.max(0, m.index - 6), m.index)) || CHANGE.test(sentence) || BENEFIT.test(sentence) || DIRECTED_MEASURE.test(sentence) || VENUE_MOVED.test(sentence) || STAGE_MEASURE.test(sentence))) continue
      put(e, 'unofficial/unannounced', m.index, end, undefined, quotedExample(t, m.index) || undefined)
    }
  }
  if (/線|方向|ほうこう|案|方針/u.test(t)) {
    for (const m of matchAllOf(POINTED_LINE, t, MAX_HITS)) {
      const s = sentenceAround(t, m.index, m.index + m[0].length)
      const sentence = t.slice(s.start, s.end)
      const before = s.start > 0 ? t.slice(sentenceAround(t, s.start - 1, s.start - 1).start, s.start) : ''
      if (!SETTLED_BY.test(t.slice(s.start, m.index + m[0].length)) || DECIDED.test(sentence) || PUBLIC_PROCESS.test(sentence)) continue
      const told = sentence.slice(0, m.index - s.start)
      if (!(PLAN_SPOKEN.test(told) || CHANGE.test(told + before) || VENUE_MOVED.test(told + before) || DIRECTED_MEASURE.test(told + before) || BENEFIT.test(told + before))) continue
      put(e, 'unofficial/forecast', m.index, m.index + m[0].length, { topic: topicOf(before + sentence), marker: m[0] })
    }
    for (const m of matchAllOf(DIRECTION_TALKED, t, MAX_HITS)) {
      const sentence = sentenceOf(t, m.index, m.index + m[0].length)
      if (PUBLIC_PROCESS.test(sentence) || DECIDED.test(sentence)) continue
      if (!(CHANGE.test(sentence) || DIRECTED_MEASURE.test(sentence) || BENEFIT.test(sentence) || WORKS_CHANGE.test(sentence) || VENUE_MOVED.test(sentence) || STAFF_PENALTY.test(sentence) || CHANGING_VERB.test(t.slice(Math.max(0, m.index - 8), m.index)))) continue
      put(e, 'unofficial/forecast', m.index, m.index + m[0].length, { topic: topicOf(sentence), marker: m[0] })
    }
  }
  if (/円|%|％|パーセント|割/u.test(t)) {
    for (const m of matchAllOf(AMOUNT_GUESSED, t, MAX_HITS)) {
      const s = sentenceAround(t, m.index, m.index + m[0].length)
      const sentence = t.slice(s.start, s.end)
      const guessed = /そう|かも|はず|じゃ|っぽい|らしい|みたい|と思/u.test(m[0]) || AMOUNT_HEDGE.test(t.slice(s.start, m.index))
      const paid = CITY_PAYMENT.exec(sentence) ?? SHARED_MONEY.exec(sentence)
      if (!guessed || !paid || DECIDED.test(sentence) || PUBLIC_PROCESS.test(sentence) || PLAN_SETTLED.test(sentence) || quotedExample(t, m.index)) continue
      put(e, 'unofficial/forecast', m.index, m.index + m[0].length, { topic: paid[0], marker: m[0] })
    }
  }
}

/**
 * Blind R78A-066: the city's deliberation passed on second-hand, in the verb's passive or progressive (…方向で条例改正が検討されていると
 * 聞いています, …見直す方向で協議されているそうです, 調整が進められているらしい, 議論されていると伺っています, 検討されよるげな): what is
 * under study is handed on unconfirmed, and a section of the city named as who said it (担当課の話では, 財政課によると) is the inside, not
 * a public source. Only with a measure, a change or a future matter in the sentence, and not when the sentence names a public occasion
 * or the press (議会で答弁, 記者会見, 新聞によると) or a reader's own plan (検討されている方: the hearsay must follow the verb).
 */
const STAGE_PASSED_ON =
  /(?:検討|協議|議論|調整|審議|話し合い)(?:が|も)?[、,]?(?:され|進められ|重ねられ|行われ|続けられ|し)(?:て(?:い|お)(?:る|ます|ります)|てる|と(?:る|ります)|よ(?:る|ります))(?=(?:と|って)[、,]?(?:[^。！？!?\n「」]{0,10}?(?:から|より))?(?:聞|伺|うかが|耳に)|とのこと|そう(?:です|だ|や|な(?!の))|らしい|らしか|みたい|げな|って(?:話|噂|うわさ))/gu
const PRESS_OR_OCCASION = /会見|答弁|議会で|定例会|説明会|あいさつ|挨拶|講演|式典|取材|インタビュー|報道|記者|新聞|ニュース|テレビ/u
function stagePassedOn(e: Emitter, t: string): void {
  for (const m of matchAllOf(STAGE_PASSED_ON, t, MAX_HITS)) {
    const end = m.index + m[0].length
    const sentence = sentenceOf(t, m.index, end)
    const nouns = e.doc.hits('policyNouns')
    const s = sentenceAround(t, m.index, end)
    const measure = CHANGE.test(sentence) || DECISION.test(sentence) || AMOUNT_CHANGE.test(sentence) || BENEFIT.test(sentence) || FUTURE.test(sentence) || nouns.some((h) => h.start >= s.start && h.end <= s.end) || MEASURE_WEIGHED.test(t.slice(Math.max(s.start, m.index - 30), m.index))
    if (!measure || PUBLIC_PROCESS.test(sentence) || PRESS_OR_OCCASION.test(sentence) || RUMOUR_AWARE.test(sentence) || (CIRCULATING.test(sentence) && CORRECTED.test(t))) continue
    // The sentence already reported for its source or its stage (関係者筋によれば…検討されているとのこと): one finding is enough.
    const r = e.doc.fromSqueezed(s.start, s.end)
    if (e.spans.some((sp) => sp.start < r.end && sp.end > r.start)) continue
    put(e, 'unofficial/undecided', m.index, end, { noun: topicOf(sentence) }, hearsayShownAsExample(t, m.index, end) || quotedExample(t, m.index) || undefined)
  }
}

/** A rumour said to be going round (という話がSNSで出回っている), and the paragraph putting it right. */
/** Blind R259H-015 kind: …or said to have reached the readers (という話を耳にされた方も, という噂をお聞きになった方も): the same rumour going round. */
const CIRCULATING = /(?:という|との|といった|って|っていう)(?:話|噂|うわさ|情報|投稿|書き込み|メッセージ|チェーンメール)が[^。！？!?\n]{0,12}(?:出回|広が|広ま|拡散|流れ|飛び交|伝わ|寄せられ|回っ|まわっ|回りよ|まわりよ)|(?:という|との|といった|って|っていう)(?:話|噂|うわさ|情報)を(?:耳にされ|お聞きにな|聞かれ|ご存じ|ご存知)/u
/**
 * Blind R86A-102: a rumour going round, relayed as something to act on (SNSで「三橋の避難所に不審者が出た」という話が回っているようです。
 * 詳しいことはわかりませんが、念のため…お気をつけください; …といううわさが広がっています。真偽はわかりませんが、念のため…): the post
 * hands on a harm, a damage or a change no one has confirmed, saying itself it does not know (詳しいことはわかりませんが) or asking the
 * readers to act on it (念のため). The frame (という話が回っている, 出回っている, 拡散されている) must carry the harm in the words before it,
 * and the paragraph must not set it right or warn against it (事実ではありません, デマ, 惑わされないで, 拡散はお控えください, 広がりがち).
 */
const CIRCULATING_G = new RegExp(CIRCULATING.source, 'gu')
const UNSURE_OR_HEEDED = /(?:詳し(?:い|か)こと|詳細|真偽|本当かどうか|ほんとかどうか|事実かどうか|本当か)(?:は|の(?:ほど|程)は)?[、,]?(?:まだ)?(?:わかりません|分かりません|わからん|分からん|わかって(?:い|お)?(?:ない|ません)|分かって(?:い|お)?(?:ない|ません)|不明|定かでは)|念のため|念の為|用心のため|万一に備え|一応(?:ご|お)?(?:注意|気をつけ|用心|警戒)/u
const RUMOUR_DISOWNED = /デマ|惑わされ|まどわされ|拡散(?:しない|せず|は(?:しない|せず|お控え|控え|やめ)|を(?:お)?控え|しないで)|(?:転送|シェア)(?:しない|せず|はお控え|を控え)|うのみ|鵜呑み|根拠のない|根拠の無い|誤った情報|不確かな情報|(?:広が|広ま|流れ|出回)(?:り|れ)?(?:がち|やす)|事実(?:では|じゃ)(?:ない|ありません|ございません)|信じ(?:ない|ず|込ま)/u
function circulatingPassedOn(e: Emitter, t: string): void {
  if (CORRECTED.test(t) || RUMOUR_DISOWNED.test(t)) return
  for (const m of matchAllOf(CIRCULATING_G, t, MAX_HITS)) {
    const said = clauseBefore(t, m.index)
    if (!(RUMOUR_TOPIC.test(said) || UNVERIFIED_NEWS.test(said) || CHANGE.test(said) || PEOPLE_CLAIM.test(said) || STAFF_PENALTY.test(said))) continue
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    let next = s.end
    for (let k = 0; k < 2 && next < t.length; k++) next = sentenceAround(t, next, next).end
    // A scam reported to the city (…を名乗る電話があったという情報が寄せられています。念のため…): a warning, not hearsay.
    if (!UNSURE_OR_HEEDED.test(t.slice(s.start, next)) || (SCAM_DECEIT.test(said) && SCAM_CONTACT.test(said))) continue
    put(e, 'unofficial/rumour', m.index, m.index + m[0].length, { plain: '（確かめた事実）' }, quotedExample(t, m.index) || undefined)
  }
}
/** …and the post corrects it: 予定どおり開催, そのような事実はありません, 改定する予定はありません, 建設場所はまだ決まっていません. */
// Blind R326H-034 kind (misc60): …or denies that any such announcement was made (市および川下り事業者からそのような発表は一切行っておりません,
// こうしたお知らせは一切出しておりません, そのような決定はまったくしていません): the absolute adverb makes it a denial, not a release still ahead
// (そのような発表はまだしておりません is a leak's concession).
const CORRECTED = /(?:その|この|そう|こう|あの)(?:ような|いった|した)(?:発表|お知らせ|告知|通知|案内|決定|変更|値上げ|改定|方針|事実|予定|計画)(?:は|も|を)[、,]?(?:一切|いっさい|まったく|全く|決して)[^。！？!?\n]{0,10}?(?:ません|ございません)|予定どおり|予定通り|事実ではありません|事実はありません|誤りです|デマ|正確な情報|正しい情報|公式(?:の)?(?:情報|発表)|ホームページでご確認|(?:予定|計画|事実|決定|方針)(?:は|も)(?:一切|まったく|全く)?(?:ありません|ございません)|(?:まだ|現時点で(?:は)?|現在)[^。！？!?\n]{0,24}?(?:決まって|決定して|確定して)(?:い|お)?(?:ません|りません)|これまでどおり|これまで通り|通常どおり|通常通り|(?:のは|は)[^。！？!?\n]{1,20}?(?:のみ|だけ)(?:です|でございます)/u

/**
 * Talk among the staff, passed on: 職員の間では…と言われています, 庁内ではもっぱらの噂, 課内で…って話になってる.
 * Blind R171I-106: …also with what is said first and the inside after it, and in the contracted ending (…が原因じゃないかって職員の間では
 * 言われてます, …と庁内ではささやかれています, …って課内でも噂されてる): the same talk passed on, the quotative right before the inside. An
 * instruction (…ように言われています) has no quotative there.
 */
// Blind R311E-017 kind (unof56): …and in the building itself (庁舎の中では, 市役所内では, 役所の中でも).
const INSIDE_GROUP = '(?:職員|職員同士|庁内|役所内|課内|部内|係内|幹部|上層部|役場|庁舎内|庁舎の中|庁舎のなか|市役所内|市役所の中|役所の中|役所のなか)(?:の間|内)?(?:では|で(?:は)?|でも|じゃ)[、,]?'
const INSIDE_SAID = '(?:言われて|いわれて|噂され|うわさされ|ささやかれ|囁かれ)(?:い|お|ま(?:す|した)|る)'
const INSIDE_TALK = new RegExp(
  `${INSIDE_GROUP}[^。！？!?\\n]{0,40}?(?:と${INSIDE_SAID}|(?:もっぱら|専ら)の(?:噂|うわさ|話)|って(?:話|噂|うわさ)(?:に|で|が))|(?<=[^\\s、,。！？!?\\n])(?:って|と)[、,]?${INSIDE_GROUP}(?:よく|もっぱら|みんな|ずっと)?${INSIDE_SAID}`,
  'gu',
)

/**
 * Someone's word taken as a guarantee (市長が「延ばさない」と言っていたので、8月末の完成は確実である; 担当の人がそう話していた
 * けん、来年の開催は間違いなか): what was said in a meeting or a chat, passed on as settled. The certainty must be the writer's
 * own assertion, not a belief reported (確実だと信じてしまった).
 */
const WORD_AS_GUARANTEE =
  /(?:と|って)[、,]?[^。！？!?\n]{0,12}?(?:言って(?:い|お)?た|言って(?:い|お)?ました|言ってました|言われ(?:た|ました)|おっしゃって(?:い)?(?:た|ました)|話して(?:い)?(?:た|ました)|言いよった|言うとった|断言して(?:い)?(?:た|ました))(?:ので|から|し|んで|けん|ため)[、,]?[^。！？!?\n]{0,40}?(?:(?:確実|確定)(?:です|だ|である|でしょう|や|ばい)|間違い(?:ない|ありません|ございません|なし|なか)(?:です|でしょう)?|決まり(?:です|だ|や))(?=[。！!よねば]|$)/gu
/**
 * An arrangement guessed at (体育館は避難所として24時間開放されることになるはずです, 新しい窓口で手続きできることになるでしょう):
 * a passive or potential verb + ことになる + a conjecture foretells how a facility or a service will be run before it is decided.
 */
const ARRANGEMENT_GUESS =
  /(?:され|[かがさたなばまらわ]れ|られ|でき|させ)る(?:ように(?:なる)?)?(?:こと)(?:に|と)(?:なる|なります)(?:はず|だろう|でしょう(?!か)|と思|かと思|かも|みたい|らしい|っぽい|(?:の)?では(?:ない)?か)/gu

/**
 * Blind R93A-034: the writer's guess at who will win a tender or a selection still to come (実績のある有明建設さんで決まりだと思います,
 * 筑後管工さんが落札するんじゃないかな, 〇〇グループで決まりでしょう): a named bidder and a guess at the outcome, in a paragraph about a
 * procurement (入札, 発注, 指定管理, プロポーザル); it prejudges a fair process. The outcome announced (入札の結果、…に決まりました) and
 * a guess with no bidder named or no procurement (夏祭りのポスターは…で決まり) are not this.
 */
const BIDDER = '(?:[\\p{Script=Han}\\p{Script=Katakana}ー・]{1,12}(?:さん|社|建設|工業|組|工務店|産業|興業|設備|商事|管工|電気|開発|技建|土木|造園|舗装|グループ|JV)|[A-ZＡ-Ｚ]社)'
const WINNER_GUESS = new RegExp(
  `${BIDDER}(?:で|に)(?:ほぼ|もう|まず|まあ|たぶん|多分|きっと)?(?:決まり|決定|確定|鉄板|当確|確実)(?:だ|や|じゃ|です|でしょう|だろう|やろう?)?(?:と|って|かと)(?:思|おも|睨|にら|見て|みて|踏んで|予想)|${BIDDER}(?:で|に)(?:ほぼ|もう|まず|たぶん|多分|きっと)?決まり(?:でしょう|だろう|やろ|じゃない|っぽい|かな|そう)|${BIDDER}(?:が|で)(?:ほぼ|たぶん|多分|きっと|まず)?(?:落札|受注|取る|とる|選ばれる|勝つ)(?:する)?(?:でしょう|だろう|やろ|んじゃない|のでは|と思|かと思|はず|かも|っぽい)`,
  'gu',
)
const PROCUREMENT_WORDS = /入札|落札|応札|発注|受注|指定管理|プロポーザル|コンペ|随意契約|公募型|手を挙げ|参加表明/u
const PROCUREMENT_DONE = /落札(?:しました|されました|者(?:が|を|は)決定)|入札結果|開札結果|契約を(?:締結|結び)|に決定しました|に決まりました/u
/*
 * unof66 kinds (blind R350K):
 * - A restriction or stop of a public service forecast as the writer's own guess, from how things stand (今年は雨が少ないので、このままだと
 *   8月ごろには給水制限が始まると思います): RESTRICTION_GUESS66. Nothing is decided; the post foretells a measure of the city. A restriction
 *   announced (…から給水制限を実施します), a conditional notice (雨天の場合は中止します) and weather alone stay clean.
 * - Hearsay of a stir inside the office or of what an audit or inspection found (監査で何か大きなのが見つかったらしく、庁内がちょっとざわついてます):
 *   INSIDE_STIR66 with a hearsay ending in the sentence. A finding announced and a lively event (会場がざわつきました) stay clean.
 * - A schedule told as settled from a staff member's feel (…来年の夏には通れるようになりそうです！現場の担当者の感触なので): STAFF_FEEL66
 *   with a forecast of an opening, a completion or a reopening in the paragraph. A schedule the city announces stays clean.
 */
const RESTRICTION66 = '(?:給水制限|取水制限|時間断水|断水|節水制限|通行止め|通行規制|運休|休館|休園|休校|閉鎖|利用制限|入場制限|値上げ|有料化|廃止|中止|延期)'
const RESTRICTION_WORD66 = new RegExp(RESTRICTION66, 'u')
const RESTRICTION_GUESS66 = new RegExp(
  `(?:このまま(?:だと|では|いくと|いけば|の状態(?:だと|では|が続けば))|この(?:調子|ペース)(?:だと|では|でいくと)|今の(?:まま|ペース)(?:だと|では))[、,]?[^。！？!?\\n]{0,20}?${RESTRICTION66}(?:が|は|に|も)?[^。！？!?\\n]{0,8}?(?:始まる|始まり|実施される|行われる|かかる|出る|なる|される|避けられない)(?:の)?(?:と思います|と思う|と思われます|でしょう(?!か)|だろう|かもしれません|かもしれない|かも|はずです|気がします|見込みです|可能性が(?:高い|あります))`,
  'gu',
)
const RESTRICTION_OUT66 = /(?:実施します|実施いたします|実施しています|開始します|開始いたします|決定しました|決まりました|お知らせします)/u
const HEARSAY66 = /らしい|らしく|らしか|みたい|そうです|そうで[、,]|とのこと|って(?:話|噂|うわさ)|と聞|げな/u
const INSIDE_STIR66 =
  /(?:庁内|役所(?:内|の中)?|市役所(?:内|の中)?|課内|部内|局内|職場|上層部|幹部)(?:が|は|も|で|中|の空気が)?[、,]?[^。！？!?\n]{0,8}?(?:ざわつ|ざわざわ|騒然|騒がし|騒いで|もちきり|持ちきり|ピリピリ|ぴりぴり|バタバタ|ばたばた)|(?:監査|会計検査|検査|査察|内部調査)(?:で|の結果|に)[^。！？!?\n]{0,16}?(?:見つか|引っかか|ひっかか|指摘|発覚)/gu
const STIR_OUT66 = /(?:公表|発表|報告)(?:しました|いたしました|いたします|します)|お詫び|おわび|監査結果|ホームページ|市HP/u
const STAFF_FEEL66 =
  /(?:担当者?|現場|職員|係|私|わたし|僕|ぼく|個人|スタッフ)(?:さん)?(?:の|的な?)(?:感触|肌感覚?|見立て|勘|感覚|読み|体感)(?:なので|ですので|では|だと|ですが|だけど|です|によると|からすると|で言うと|ですけど)/gu
const FEEL_FORECAST66 = /(?:通れる|通行でき|渡れる|開通|完成|完了|再開|開館|オープン|使える|利用でき|使用でき|終わる|供用)[^。！？!?\n]{0,10}?(?:そう|見込み|予定|と思います|でしょう|はず)/u
const FEEL_THING66 = /通れる|通行でき|渡れる|開通|完成|完了|再開|開館|オープン|使える|利用でき|使用でき|終わる|供用/u
const FEEL_OUT66 = /(?:決定しました|決まりました|発表しました|お知らせします|予定どおり|予定通り)/u
function unof66(e: Emitter, t: string): void {
  if (/このまま|この調子|このペース|今のまま|今のペース/u.test(t) && !RESTRICTION_OUT66.test(t)) {
    for (const m of matchAllOf(RESTRICTION_GUESS66, t, MAX_HITS)) {
      const topic = RESTRICTION_WORD66.exec(m[0])?.[0] ?? 'この件'
      put(e, 'unofficial/forecast', m.index, m.index + m[0].length, { topic, marker: m[0].slice(m[0].lastIndexOf(topic)) })
    }
  }
  if (HEARSAY66.test(t) && !STIR_OUT66.test(t)) {
    for (const m of matchAllOf(INSIDE_STIR66, t, MAX_HITS)) {
      const s = sentenceAround(t, m.index, m.index + m[0].length)
      if (HEARSAY66.test(t.slice(s.start, s.end))) put(e, 'unofficial/rumour', s.start, s.end, { plain: '（確かめた事実）' })
    }
  }
  if (/感触|感覚|見立て|勘|読み|体感/u.test(t) && FEEL_FORECAST66.test(t) && !FEEL_OUT66.test(t)) {
    const said = FEEL_FORECAST66.exec(t)![0]
    for (const m of matchAllOf(STAFF_FEEL66, t, MAX_HITS)) put(e, 'unofficial/forecast', m.index, m.index + m[0].length, { topic: FEEL_THING66.exec(said)?.[0] ?? 'この件', marker: said })
  }
}
function winnerGuess(e: Emitter, t: string): void {
  if (!PROCUREMENT_WORDS.test(t) || PROCUREMENT_DONE.test(t)) return
  for (const m of matchAllOf(WINNER_GUESS, t, MAX_HITS)) {
    if (quotedExample(t, m.index)) continue
    const sentence = sentenceOf(t, m.index, m.index + m[0].length)
    const marker = /決まり|決定|確定|鉄板|当確|確実|落札|受注|取る|とる|選ばれる|勝つ/u.exec(m[0])![0]
    put(e, 'unofficial/forecast', m.index, m.index + m[0].length, { topic: topicOf(sentence), marker })
  }
}

/**
 * Blind R110A-018: an undecided matter of the city guessed from how its staff behave (企業誘致の担当さんがソワソワしてたから、たぶん
 * 工業団地に大きな工場が来るんじゃないかな; 課長がニコニコしとったけん、きっと…建設が決まるっちゃないかな; 市役所の人たちがバタバタしてる
 * から…出店するんじゃない？): the staff's mood or bustle read as a sign, then a guess at the outcome, hands out speculation on a matter the city
 * has not announced. The staff (担当, 職員, 課長, 市役所の人 …) are the subject of the sign clause, closed by a reason (から, けん, ので, し);
 * the guess (んじゃないかな, っちゃないか, のでは, かも, はず, と思う, でしょう) follows within the sentence, and what it guesses must be a
 * change, a decision or a benefit (CHANGE, DECISION, BENEFIT) read in the clause after the reason only: a busy morning foretelling a crowd
 * (…忙しそうにしてたから、たぶん朝市は混むんじゃないかな), staff working hard foretelling a good festival, or the staff's section naming
 * a decision noun (企業誘致の担当さんが頑張ってたから、きっと説明会は盛り上がる) are not this.
 */
const STAFF_SIGN =
  /(?:担当|職員|課長|部長|係長|局長|所長|市長|副市長|教育長|上司|幹部|上の人|(?:市役所|役所|役場|市|課|係)の(?:人|方|職員))(?:さん)?(?:たち|達|の方々|の方|の人|の皆さん|ら)?(?:が|も|は|の(?:様子|表情|顔|雰囲気|動き)(?:が|も|は)?)[、,]?[^。！？!?\n]{1,24}?(?:た|る|い|だ|ます|でした|です)(?:から|けん|ので|んで|し(?=[、,]))[、,]?/gu
const SIGN_GUESS =
  /^[^。！？!?\n]{1,40}?(?:(?:る|た|ない|ん|い)(?:ん|の)(?:じゃ|では|や)(?:ない|なか)|(?:る|た|ない|い)っちゃ(?:ない|なか)|(?:る|た|ない|い)のでは|かも|(?:る|た|ない)はず|(?:る|ない)(?:と|かと)(?:思|おも)|(?:る|ない)(?:でしょう|だろう|やろう?)(?!か))/u
const STAFF_SIGN_ONE = new RegExp(STAFF_SIGN.source, 'u')
function staffSignGuess(e: Emitter, t: string): void {
  for (const m of matchAllOf(STAFF_SIGN, t, MAX_HITS)) {
    if (quotedExample(t, m.index)) continue
    const after = m.index + m[0].length
    const g = SIGN_GUESS.exec(t.slice(after, after + 48))
    if (!g) continue
    const guessed = g[0]
    if (!CHANGE.test(guessed) && !DECISION.test(guessed) && !BENEFIT.test(guessed) && !STAFF_PENALTY.test(guessed)) continue
    const sentence = sentenceOf(t, m.index, after + guessed.length)
    if (PUBLIC_PROCESS.test(sentence) || OFFICIAL_SOURCE.test(sentence) || RUMOUR_AWARE.test(sentence)) continue
    const marker = /(?:(?:ん|の)(?:じゃ|では|や)(?:ない|なか)|っちゃ(?:ない|なか)|のでは|かも|はず|(?:と|かと)(?:思|おも)|でしょう|だろう|やろう?)$/u.exec(guessed)![0]
    put(e, 'unofficial/forecast', m.index, after + guessed.length, { topic: topicOf(sentence), marker })
  }
}

/**
 * Blind R378B-024 / R379C-012 kind: a measure asked about, guessed to come true by a time ahead (来年度あたり実現するんじゃないかな,
 * 来年度からはたぶん実現すると思いますよ): the city has decided nothing, and one official's guess is handed out as its answer. A person's
 * dream or goal (夢が実現すると思います) is no measure; a plan said in public (計画では…) is not a guess.
 */
const REALISATION_GUESSED =
  /(?:来年度|来年|再来年|次年度|来春|来秋|年度内|年内|近いうち|数年後|数年以内)(?:から|あたり|辺り|ぐらい|くらい|頃|ごろ|中|内|まで)?(?:に|には|は|にも|も|で)?[、,]?[^。！？!?\n]{0,12}?実現(?:する|される|できる|しそう|しそうだ|しそうな)(?:ん|の)?(?:じゃ|では|やな|ではな)?(?:ない|なか|い)?(?:か|かな)?(?:(?:と|って)[^。！？!?\n、,]{0,8}?)?(?:思|おも|考え|予想|見てい|みてい|でしょう|だろう|はず|かも)/gu
const REALISATION_NOT_MEASURE = /夢|願い|目標|希望が|抱負/u
function realisationGuessed(e: Emitter, t: string): void {
  for (const m of matchAllOf(REALISATION_GUESSED, t, MAX_HITS)) {
    const sentence = sentenceOf(t, m.index, m.index + m[0].length)
    if (REALISATION_NOT_MEASURE.test(sentence) || PUBLIC_PROCESS.test(sentence) || OFFICIAL_SOURCE.test(sentence) || RUMOUR_AWARE.test(sentence) || quotedExample(t, m.index)) continue
    put(e, 'unofficial/forecast', m.index, m.index + m[0].length, { topic: topicOf(sentence), marker: /(?:思|おも|考え|予想|見てい|みてい|でしょう|だろう|はず|かも)$/u.exec(m[0])![0] })
  }
}

function guesses(e: Emitter, t: string): void {
  for (const re of [WORD_AS_GUARANTEE, ARRANGEMENT_GUESS]) {
    for (const m of matchAllOf(re, t, MAX_HITS)) {
      const sentence = sentenceOf(t, m.index, m.index + m[0].length)
      if (PUBLIC_PROCESS.test(sentence) || OFFICIAL_SOURCE.test(sentence) || TRIVIA.test(sentence) || RUMOUR_AWARE.test(sentence) || (CIRCULATING.test(sentence) && CORRECTED.test(t))) continue
      const marker = re === WORD_AS_GUARANTEE ? /確実|確定|間違い|決まり/u.exec(m[0])![0] : m[0].replace(/^[^]*(?:なる|なります)/u, '')
      // The excerpt starts at the remark's frame, or at the verb's kanji stem (開放されることになるはず).
      let from = m.index
      if (re === ARRANGEMENT_GUESS) while (from > 0 && m.index - from < 2 && /\p{Script=Han}/u.test(t[from - 1]!)) from--
      put(e, 'unofficial/forecast', from, m.index + m[0].length, { topic: topicOf(sentence), marker })
    }
  }
}

/**
 * Blind R55A-122: the effect a change has on the people who use a service, forecast as an estimate (医師の異動に伴い7月から待ち時間が長く
 * なる見込みです, 窓口システムの更新により、手続きに時間がかかる見込みです): the change is the cause (に伴い, により, の影響で), the
 * forecast is of waiting or crowding, which the city tells its users to plan for. The part after the cause must hold no change itself
 * (…に伴い外来を休止する見込み, …により後任は…になる見込み) and the sentence no hearsay or guess (…辞めるらしく…, …かも).
 */
const CAUSE_LINK = /に伴い|に伴って|に伴う|にともない|にともなって|により|によって|の影響で|の影響により|のため/gu
const WAIT_EFFECT = /待ち時間|待つ時間|お待たせ|お待ちいただ|混雑|混み合|込み合|混みあ|込みあ|時間(?:が|を)?(?:かか|要)|(?:つながり|繋がり|かかり)にく/u
const GUESSED = /らしい|らしく|みたい|そう(?:です|だ|な)|(?:る|た|だ|ない)って(?:[。！!、,]|$|さ|ね|よ|話)|とか|かも|噂|うわさ|聞いた|聞きました|はず|だろう|でしょう/u
function waitCaused(lead: string, sentence: string): boolean {
  CAUSE_LINK.lastIndex = 0
  let after = -1
  for (let c = CAUSE_LINK.exec(lead), n = 0; c && n < 8; c = CAUSE_LINK.exec(lead), n++) after = c.index + c[0].length
  if (after < 0) return false
  const effect = lead.slice(after)
  return WAIT_EFFECT.test(effect) && !CHANGE.test(effect) && !BENEFIT.test(effect) && !GUESSED.test(sentence)
}

/**
 * Blind R119A-149: the readers' worries or questions guessed with a polite と思います (心配なことがたくさんあるかと思います, ご不安な方も
 * いらっしゃると思います, お困りの方も多いかと思います), perhaps after the list of what worries them (職場への説明や、育休の延長手続きなど、):
 * the writer's sympathy with the readers' situation, not a forecast. The list is part of the worry; a change told before it in a clause of
 * its own (来年度から保育料が上がり、ご不安な方も…) is read as ever.
 */
const READERS_WORRY =
  /(?:[^。！？!?\n]{1,40}?(?:など|とか|なんか)[、,]?)?[^、,。！？!?\n]{0,10}?(?:心配|不安|悩み|お困り|困りごと|困って|戸惑|とまど|疑問|ご不明|わからないこと|分からないこと|わからん|気がかり|気掛かり|迷われ|迷って)[^、,。！？!?\n]{0,14}?(?:ある|あり|多い|おありの|いらっしゃる|おられる|いる|おる|抱え|感じ|お持ち)[^、,。！？!?\n]{0,8}?(?:と|かと)(?:思われ|思います|思う|思って|存じ)[^。！？!?\n]{0,6}$/u

/**
 * Blind R82A-130: the readers named (保護者の皆さま, 利用者の方, 子どもたち), perhaps after a clause in the past that describes them (延期で
 * ご心配をおかけした: group 1), then a feeling or an understanding (安心, ほっと, 胸をなでおろ, 喜ん, 楽しん, 納得, 慣れ) in a benefactive or
 * honorific form (していただける, されている, くれる) guessed with と思います: the writer's courtesy about the readers, not a forecast.
 */
const READERS_FEEL =
  /(?:(?:^|[、,])([^、,。！？!?\n]{1,30}?(?:た|だ)))?(?:[^、,。！？!?\n]{0,10}?の)?(?:皆さま|皆様|皆さん|みなさん|みなさま|方々|方|かた|保護者|ご家族|ご家庭|利用者|市民|住民|子どもたち|子供たち|お子さん|お子さま|参加者|お客様|お客さま|生徒|児童)(?:の皆さま|の皆様|の皆さん|の方)?(?:も|は|には|にも|が)[、,]?[^。！？!?\n]{0,16}?(?:安心|ほっと|ホッと|胸をなで(?:おろ|下ろ)|喜ん|よろこん|喜ば|楽しん|たのしん|満足|納得|ご理解|実感|共感|慣れ|なれ|懐かし|驚か|びっくり|うれしく|嬉しく|気持ちよく|快適に|笑顔に)[^。！？!?\n]{0,12}?(?:いただけ|いただい|くださ|くれ|され|いらっしゃ|おられ|られ)(?:る|ている|ていらっしゃる|ておられる|て(?:い|お)る)?(?:と|かと)(?:思われ|思います|思う|思って|存じ)[^。！？!?\n]{0,6}$/u

/**
 * Blind R73A-048: money for a measure said to go into a budget, right before the forecast's word (来年度予算に盛り込まれる見通し, 当初予算に
 * 計上される見込み, 予算化される見通し, 予算がつく見通し): a budget item foretold before the council votes on it, whatever the measure is
 * (works, a road, a bus route). A budget passed (可決された予算に…) is no forecast of one.
 */
const BUDGETED =
  /(?:予算(?:案)?(?:に|へ)(?:は|も)?[、,]?[^。！？!?\n]{0,8}?(?:盛り込|盛りこ|もりこ|計上|組み込|組みこ|反映|入)|予算(?:化|措置|計上)|予算(?:が|も)(?:つ|付|認められ|確保され|手当てされ))[^。！？!?\n、,]{0,6}$/u
const BUDGET_PASSED = /可決され|議決され|成立し|承認され/u
/**
 * Blind R168A-082: works said to stop or be put off as the budget goes (来年度の予算次第では工事がいったん止まるかもしれないとのこと, 予算が
 * つかなければ改修は先送りになる見込み, 予算が通らんかったら整備は中断するかも): the works' fate hangs on a budget the council has still to pass,
 * a decision of the city, so the forecast is not of the works' progress (the weather, a completion date) but of that decision. Both the budget
 * as the condition and the works halted or put off must be there; a delay by rain (台風次第では工事が止まるかも) or a completion foretold with the
 * budget named (予算の範囲内で3月に完了する見込み) stays the works' progress.
 */
const BUDGET_HINGE = /予算(?:の(?:つき方|付き方|状況|査定|編成|措置))?(?:次第|しだい)|予算(?:が|は|も)?[、,]?(?:つか|付か|通ら|とれ|取れ|認められ|確保でき|おり|下り)(?:なければ|なかったら|なけりゃ|ない場合|んと|んかったら|んやったら)/u
const WORKS_HALTED = /(?:工事|事業|整備|建設|改修|補修|架け替え|かけかえ|解体|着工)(?:が|は|も|を)?[、,]?[^。！？!?\n]{0,10}?(?:止ま|とま(?:る|り|っ)|止め|中断|ストップ|凍結|中止|休止|先送り|見送|延期|ずれ込|打ち切)/u

/**
 * Blind R197A-005: what the writer took from someone's words on site (現場の土木の人に聞いた感じだと, 作業員さんから聞いた印象では, 話を
 * 伺った雰囲気では): an impression of talk, not what the office in charge announced. With a restriction said to be lifted or a service to
 * resume (通れるようになりそう, 通行止めが解除されそう, 運転は…再開しそう), a forecast of it passes on the reopening before the road's or the
 * line's administrator announces it, whatever the weather or the water that is its reason (NATURAL does not clear it). An impression of
 * anything else (講師の先生に聞いた感じだと、初心者でも楽しめそう) and the reopening forecast in the city's own voice are read as ever.
 */
const HEARD_IMPRESSION = /(?:に|から)[、,]?(?:お?話を)?(?:聞いた|聞いてみた|伺った|うかがった|聞いとる|聞きよった)(?:感じ|印象|雰囲気)/u
const RESTRICTION_LIFTED = /(?:通れる|通行できる|通行可能に|渡れる|使える|利用できる|乗れる)(?:よう)?(?:に)?な(?:る|り)|(?:通行止め|通行規制|交通規制|規制|運休|運転見合わせ|断水|避難指示|立ち入り禁止|立入禁止)(?:が|は|も)?[、,]?[^。！？!?\n]{0,8}?(?:解除|解け|とけ|終わ|明け)|(?:運転|運行|運航|通行|給水|通水)(?:が|は|も|を)?[、,]?[^。！？!?\n]{0,8}?再開/u
/** A concession closed by a verb or a copula (…ご迷惑をおかけしていますが、, …混みますけど、, 混雑するものの、): background to what follows. */
/**
 * Blind R364M-030 kind: …or the ground the writer read it from, a clause of looking (生徒数の推移ば見よったら、, 人口の推移を見ていると、,
 * 利用者数から考えると、): the figures are why, the change told after it is what is foretold.
 */
const CONCESSION = /(?:ます|です|ました|でした|いる|ある|ない|した|する|た|だ)(?:が|けど|けれど|けれども|ばってん)[、,]|ものの[、,]|(?:を|ば)(?:見て(?:い)?ると|見ると|見たら|見よったら|見とったら|見ていたら|見とると|見よると)[、,]|から(?:考えると|考えたら|すると|みると)[、,]/gu
/** A topic described by a clause in the progressive or the past (…が減っている…小学校は、). */
const RELATIVE_TOPIC = /(?:ている|ていた|てきた|った|した)[\p{Script=Han}\p{Script=Katakana}ーぁ-ゖ・0-9０-９]{1,24}?は[、,]/u
/** The part of `sentence` (around the marker at `at`) NATURAL is judged on: after its last concession, when a change is told there. */
function natureClause(t: string, at: number, sentence: string): string {
  const s0 = sentenceAround(t, at, at)
  const lead = t.slice(s0.start, at)
  CONCESSION.lastIndex = 0
  let cut = -1
  for (let c = CONCESSION.exec(lead), n = 0; c && n < 8; c = CONCESSION.exec(lead), n++) cut = c.index + c[0].length
  // Blind R166I-016: …or the subject described by a clause of its state (児童数が年々減っている北浜小学校と南浜小学校は、…統合されることに
  // なりそうで): the state is why, the change told after the topic is what is foretold.
  const described = RELATIVE_TOPIC.exec(lead)
  if (described) cut = Math.max(cut, described.index + described[0].length)
  if (cut < 0) return sentence
  const after = t.slice(s0.start + cut, s0.end)
  return CHANGE.test(after) || VENUE_MOVED.test(after) ? after : sentence
}

/**
 * Blind R118A-097: the city's land or waterways said to be filled in or turned into something else (用水路が…埋め立てられて道路になる,
 * 跡地は駐車場に転用される, クリークを暗渠化して): public works the city decides, so a forecast of one tells an undecided plan.
 */
const WORKS_CHANGE = /埋め立て|埋立て?|うめたて|暗渠化|(?:道路|車道|駐車場|宅地|住宅地|更地|分譲地)(?:に|へ)(?:な(?:る|り)|され|変わ|転用)/u
/**
 * The conjecture endings of FORECAST: んじゃないかな, のではないか, とやないか, っちゃないか. Blind R120A-049: the city's intention guessed
 * (市は…税率を引き上げるつもりではないでしょうか, 統合する考えなんじゃないかな, 廃止する腹づもりやなかと): the change it guesses must be in the clause.
 */
const CONJECTURE_END = /^(?:(?:[るた]|ない)(?:(?:ん|の|と)(?:じゃ|では|や)|っちゃ)|(?:つもり|気|考え|意向|方針|魂胆|腹づもり|狙い)(?:なの|なん)?(?:では|じゃ|や|と(?:や|じゃ)))(?:ない|なか)/u
/** A verdict on a plan as a sentence of its own: ほぼ確定！, 本決まりです, 決まったも同然. */
const SETTLED_ALONE = /^[\s　]{0,2}(?:もう|これは|まあ|まぁ)?[、,]?(?:ほぼ(?:決まり|確定|確実|内定)|本決まり|(?:決まった|確定した)?も同然)(?:です|だ|や|ばい|っす|でしょう|だね|ですね)?[！!。…〜~ー\s]{0,4}$/u
/** What a plan would bring once realised or agreed (実現すれば…見通しです, まとまれば…見込み): a conditional on the plan, then a forecast. */
const IF_REALISED = /(?:実現|合意|決定)(?:すれば|したら|した場合(?:は|には)?|となれば|となった場合|できれば|できたら|の暁には)|(?:決ま|まとま)(?:れば|ったら|った場合)/u
const REALISED_FORECAST = /見通し|見込み|見込まれ|予定|可能(?:に|と)な|できるよう(?:にな|に)/u
/** Whether the sentence after the one at `at` foretells what the plan there would bring once realised. */
function realisedNext(t: string, at: number): boolean {
  const s = sentenceAround(t, at, at)
  if (s.end >= t.length) return false
  let k = s.end
  while (k < t.length && k < s.end + 3 && /[。！？!?\s]/u.test(t[k]!)) k++
  const next = sentenceAround(t, k, k)
  const sentence = t.slice(next.start, next.end)
  return IF_REALISED.test(sentence) && REALISED_FORECAST.test(sentence)
}
/**
 * Blind R206A-009 (cu12): the direction quoted as an official's answer to a question in the council (…の質問には、建設部長が「…方向で準備を
 * 進めている」と答えています; 市長は「…」と答弁しました), in a paragraph reporting the session (一般質問, 定例会, 本会議, 委員会): the answer is
 * on the public record, the post reports it. An answer got by asking on the side (担当の課長に聞いたら「…」と答えてくれました) has no question
 * of the session and stays a forecast.
 */
const ANSWER_QUOTED = /(?:市長|副市長|教育長|部長|局長|課長|理事|管理者|委員長)(?:は|が|から)[、,]?[^。！？!?\n]{0,4}?「[^「」\n]{1,120}」(?:と|との)(?:答弁|答え|回答|述べ|説明)(?:し|され|て|まし|ており|てい|た|る|ます)/u
const SESSION_QUESTION = /(?:一般|代表|個人|緊急)?質問(?:には|に対し|に対して|で|への|を受け)|質疑(?:で|には|に対し)|答弁/u
const SESSION_REPORTED = /一般質問|代表質問|定例会|臨時会|本会議|委員会|議会/u
function answeredInSession(t: string, sentence: string): boolean {
  return ANSWER_QUOTED.test(sentence) && SESSION_QUESTION.test(sentence) && SESSION_REPORTED.test(t)
}
/** Blind TX-149: a plan, a change or a fact said not to exist, just before とのこと (休止の予定はない, 変更はありません, そうした計画はない). */
const PLAN_DENIED_BEFORE = /(?:予定|計画|事実|方針|考え|動き|変更|見直し)(?:は|も)[、,]?(?:一切|全く|まったく|特に|今のところ|現時点で|現在)?[、,]?(?:ない|無い|ありません|ございません)$/u
/** The city's own department or mayor asked on the record, in humble words (担当課にお聞きしたところ, 市長に伺ったところ). */
const CITY_ASKED = /(?<!(?:県|国|省|庁|町|村|他市|隣の市)の)(?:担当課|所管課|担当部署|担当部局|市長|副市長|(?<![議])[\p{Script=Han}]{1,6}課)(?:に|から)(?:お聞きした|伺った|うかがった|お伺いした|確認した|問い合わせた)ところ/u
/** What a pick among candidates is about: a site, a new facility's place or a successor (場所, 候補地, 移転先, 建設地, 後任). */
const PICK_TOPIC = /(?:場所|候補地|建設地|建設予定地|予定地|移転先|移転地|設置場所|整備場所|立地|後任|後継|新(?:しい)?(?:本部|庁舎|施設|拠点|会場))(?:は|も|が|として|について)/u
/** The steps of a procedure or of the day (申請, 審査, 受付, 手続き, 当日): what 流れ describes there is how it goes, no course set. */
const PROCEDURE_FLOW = /申請|申し込|申込|審査|受付|受け付|手続|届出|提出|当日|順番|順序|手順|ご案内/u
/**
 * Blind R434K-032 kind: a development no one has announced, foretold on a vague horizon (このペースなら数年後には駅前に大型ショッピングモールが
 * できて、人口も増加に転じるはず; 近い将来、インターの近くに工場が進出してくるでしょう; いずれは新駅ができるに違いない): a company's or a
 * facility's coming, or the population turning to grow, told as what will be; the horizon with no date says nothing of it is planned. Clean:
 * a tree or an event growing (数年後には立派な並木になるはず), the population's decline estimated (推計), a development dated or announced.
 */
const DEVELOPMENT_COMING = /(?:ショッピングモール|モール|アウトレット|商業施設|大型店|スーパー|百貨店|デパート|工場|企業|会社|マンション|ホテル|病院|新駅|駅ビル|道の駅|スマートインター|インター|大学|テーマパーク|新しい(?:お店|店|施設|駅|道路|橋))(?:が|も)?[、,]?[^。！？!?\n、,]{0,10}?(?:でき|建つ|建っ|建ち|進出|誘致され|開業|オープン|出来|やって来|やってく|来る)|人口(?:が|も)?[、,]?(?:増加に転じ|増加へ転じ|増え(?:始め|る|て|ます)|回復|V字|反転|増加す|増加し)/u
function horizonGrowth(sentence: string): boolean {
  return VAGUE_HORIZON.test(sentence) && DEVELOPMENT_COMING.test(sentence)
}
/**
 * Blind R431G-009 (clean): how long a routine procedure takes, estimated for the reader (申請から交付まで2～3か月ほどかかる見込みです; 審査には
 * 2週間程度かかる見通しです; 発行までの期間は約10日を要する見込み): the office's estimate of its own processing time, no undecided policy. Only a
 * duration right before the marker, in a sentence that names the procedure; a change told beside it (来年度から手数料が上がる見込み) is judged
 * as ever, and a works' or a plan's length (建設には3年かかる見込み) names no procedure.
 */
const DURATION_BEFORE = /(?:[0-9０-９一二三四五六七八九十数]+(?:[～〜~\-－][0-9０-９一二三四五六七八九十]+)?)(?:日|営業日|日間|週間|か月|ヶ月|カ月|ケ月|箇月|ヵ月)(?:程度|ほど|くらい|ぐらい|前後|以上|余り|弱)?(?:が|は)?(?:かかる|掛かる|を要する|要する)$/u
const PROCEDURE_NAMED = /申請|申込|申し込み|交付|発行|支給|審査|判定|手続|届出|処理|受付|受け付け|発送|振込|振り込み|決定通知|認定|登録/u
function procedureDuration(t: string, at: number, sentence: string): boolean {
  const lead = t.slice(Math.max(0, at - 24), at).replace(/\s+$/u, '')
  return DURATION_BEFORE.test(lead) && PROCEDURE_NAMED.test(sentence) && !CHANGE.test(sentence.replace(/(?:申請|交付|発行|支給|審査|判定|手続き?|処理)/gu, ''))
}
/** The mood words of FORECAST (雲行き, 気配, 空気, 雰囲気, 風向き, ムード, 情勢), alone or after という. */
const MOOD_MARK = /^(?:(?:という|って|っていう|との))?(?:雲行き|気配|空気|雰囲気|風向き|ムード|情勢)/u
function forecasts(e: Emitter, t: string, effects?: DraftFinding[]): void {
  for (const re of [DIRECTION, DIRECTION_FORETOLD, FORECAST]) {
    for (const m of matchAllOf(re, t, MAX_HITS)) {
      // Blind R73A-123: the sentence of the marker's words, not of the mark that closes them (…人間も同じかも？😏 不妊去勢手術の補助、
      // 受付中です！): a hedge ending its sentence with ？ or 。 is read in that sentence, not in the announcement after it.
      let sentence = sentenceOf(t, m.index, m.index + m[0].replace(/[^\p{L}\p{N}]+$/u, '').length)
      // Blind R118A-097: a verdict standing alone after the plan it judges (…道路になることになりそうです。ほぼ確定！, …統合される。
      // 本決まりです): the sentence before it is what it calls settled.
      if (re === FORECAST && SETTLED_ALONE.test(sentence)) {
        const s0 = sentenceAround(t, m.index, m.index).start
        if (s0 > 0) sentence = sentenceOf(t, sentenceAround(t, s0 - 1, s0 - 1).start, m.index + m[0].length)
      }
      if (PUBLIC_PROCESS.test(sentence) || answeredInSession(t, sentence)) continue
      if (re === FORECAST && conditionSupposed(t, m.index, m[0])) continue
      // 「…中止になる」という話が出回っているようですが、予定どおり開催します: a rumour being corrected.
      if (CIRCULATING.test(sentence) && CORRECTED.test(t)) continue
      if (re === DIRECTION_FORETOLD && DIRECTION_NATURE.test(sentence)) continue
      if (re === DIRECTION && ownPreparationTold(t, m.index + m[0].length, m[0], sentence)) continue
      // Blind R121A-111: a direction with the stage word in the progressive (…方向で、観光課と協議中である) tells an undecided change or
      // benefit; an event's date being fixed (11月に開催する方向で講師と調整中です) is no such matter.
      // Blind R127A-125: …or what the plan would bring once realised, foretold in the next sentence (…空き教室を使う方向で教育委員会と調整中
      // です。実現すれば来年度は20人ほど受け入れられる見通しです): a measure of the city not yet decided, whatever its words.
      if (re === DIRECTION && /(?:中|して(?:い|お)|話し合って(?:い|お)|いたして|しとる|しとり|しよる|しより|を行って|詰め(?:て(?:い|お)|とる|とり|よる|より))$/u.test(m[0]) && !CHANGE.test(sentence) && !DIRECTED_MEASURE.test(sentence) && !BENEFIT.test(sentence) && !WORKS_CHANGE.test(sentence) && !VENUE_MOVED.test(sentence) && !STAFF_PENALTY.test(sentence) && !realisedNext(t, m.index)) continue
      if (re === FORECAST) {
        if (tallyForecast(t, m.index, m[0], sentence)) continue
        if (/^(?:見込|見通し)/u.test(m[0]) && callStepDated(t, sentence)) continue
        if (/^(?:見込|見通し)/u.test(m[0]) && procedureDuration(t, m.index, sentence)) continue
        if (/^(?:見込|見通し)/u.test(m[0]) && ownScheduleNotice(t, m.index, sentence)) continue
        // Review of d6c3fa8d (rvunreb55): the city's own department or mayor asked on the record (担当課にお聞きしたところ、…予算がなくなり次第
        // 終了とのことです; 市長に伺ったところ、…継続するとのことです): とのこと passes on the city's own word, not a matter heard outside.
        if (m[0] === 'とのこと' && CITY_ASKED.test(sentence)) continue
        // Blind R323D-002 kind (unof59): 早ければ…には/にも foretells when an undecided works or measure may start (早ければ三年後には着工);
        // how soon a procedure is done (申請から早ければ2週間ほどで交付, 早ければ翌月には振り込まれます) is the city's service told to users.
        // Review of unof59 (rv/runof59): でしょう told of how a thing will be used or received (…完成し、多くの方に利用されることになるでしょう,
        // 親しまれる場所となるでしょう): the clause it closes must itself name the change (着工となるでしょう, 着手することになるでしょう).
        if (/なるでしょう$/u.test(m[0]) && !CHANGE.test(clauseBefore(t, m.index).replace(/^.*[、,]/su, ''))) continue
        if (m[0] === '早ければ' && /申請|申し込|申込|受付|受け付|手続|届出|提出|注文|お届け|届きます|振込|振り込|発送|審査|完成|完了|開花|見頃/u.test(sentence)) continue
        // Blind R329C-036 kind (unof61): a mood word (雲行き, 空気, 雰囲気, 気配) foretells only the clause it closes: the change must be there
        // (来月オープンするカフェは、ゆったりくつろげる雰囲気です describes the café).
        if (MOOD_MARK.test(m[0])) {
          const s0 = sentenceAround(t, m.index, m.index).start
          const clause = t.slice(s0, m.index).replace(/^[^]*[、,]/u, '')
          if (!CHANGE.test(clause) && !BENEFIT.test(clause) && !VENUE_MOVED.test(clause) && !WORKS_CHANGE.test(clause) && !STAFF_PENALTY.test(clause) && !CUT_OF_FUNDS.test(clause)) continue
        }
        // A procedure's or a day's steps told as its flow (申請書を受け付けた後、審査して交付する流れになっています; 当日は受付後に…する流れです).
        if (m[0].startsWith('流れ') && PROCEDURE_FLOW.test(sentence)) continue
        // Told by a private informant (近所の方が教えてくださった…とのことです): hearsay whatever it is about.
        // …what is going to happen (…なる, …なくなる), not what they said or did (…言っていただいた).
        const informant = PRIVATE_INFORMANT.test(sentence) && /(?:る|ない|ん|ません)(?:という|との|って|と)?$/u.test(t.slice(Math.max(0, m.index - 4), m.index + (m[0].startsWith('と') ? 0 : 2)))
        // A closure guessed at (台風で休校になるかも, 大雪やけん休園になりそう): the weather is its reason, the closure the city's to decide.
        const guessedClosure = CLOSURE.test(sentence) && /^(?:かも|[きぎしちにびみりいえけげせてねべめれ]そう|(?:[るた]|ない)(?:はず|(?:だろう|でしょう)(?:と|かと)))/u.test(m[0])
        // Blind R73A-048: what is forecast is the money put into a budget the council has still to pass (…改良工事は、来年度予算に
        // 盛り込まれる見通しです; 復旧費は予算化される見込み): the works or the traffic in the sentence are its object, not its forecast.
        const budgeted = /^(?:見込|見通し|可能性|公算)/u.test(m[0]) && BUDGETED.test(t.slice(Math.max(0, m.index - 24), m.index)) && !BUDGET_PASSED.test(sentence)
        // Blind R96A-001: crowds or the weather told as the background in a concession closed by a verb (毎年駐車場が混雑してご迷惑を
        // おかけしていますが、来年からは会場を三橋の市民会館に移す見込みです): what is foretold is the clause after it, a change; nature is
        // judged there. (台風の影響で、…延期になる見込み has no concession: the weather is the forecast's ground, as ever.)
        // Blind R168A-082: works halted as the budget goes (予算次第では工事がいったん止まるかもしれない): the budget's decision is foretold.
        // Blind R311E-033 kind (unof56): …or a new road's or building's opening a year or more ahead, told by a private informant (県の知り合いから
        // 聞いたところでは、…次の区間は来年の春には開通するとのことです): works the city or the prefecture has not announced, no weather's reopening.
        const startAhead = serviceStartAhead(sentence)
        const growth = horizonGrowth(sentence)
        const natural = NATURAL.test(natureClause(t, m.index, sentence)) && !startAhead && !growth && !(BUDGET_HINGE.test(sentence) && WORKS_HALTED.test(sentence)) && !(informant && SCHEDULED_AHEAD.test(sentence))
        // Blind R197A-005: a reopening foretold from an impression of someone's words on site (…土木の人に聞いた感じだと、明日の朝には通れる
        // ようになりそうです): what the writer heard, not what the road's administrator announced.
        const impression = HEARD_IMPRESSION.test(sentence) && RESTRICTION_LIFTED.test(sentence)
        // Blind R315E-036 kind (unof57): a site or a successor picked as the strong candidate (新しい本部の場所も、現在の柳川消防署が有力です,
        // 移転先は旧中学校跡地が有力とのこと): a choice the city has still to make.
        const pick = /有力/u.test(m[0]) && PICK_TOPIC.test(sentence)
        // Blind R319D-015 kind (unof58): the speaker's expectation that a works or a measure can be done by a date (着工できると考えており):
        // a date ahead of its works (SCHEDULED_AHEAD) is what it promises; where the post says the budget, the contract or the works are
        // settled or under way (可決されました, 契約を締結, 工事中) it is the schedule of a decided measure.
        const expected = EXPECTED_MARK.test(m[0])
        // Review of unof58 (rv/misc): a site's use told where the post says the use was decided or planned (跡地の活用方針を決定しました。…跡地は
        // …防災公園として整備される見込みです; 跡地活用計画を策定しました): the schedule of a decided use, when the use (LAND_USE) is all that
        // makes the sentence a change.
        if (LAND_USE.test(sentence) && SITE_USE_DECIDED.test(t) && !CHANGE.test(sentence.replace(LAND_USE, '')) && !informant) continue
        // Review of unof58 (rv/misc): a guess marked as the writer's fancy right after it (…生まれ変わるかも!?…なんて想像しながら): no forecast.
        if (FANCY_AFTER.test(t.slice(m.index + m[0].length, m.index + m[0].length + 10))) continue
        // Review of unof58 (rv/misc): 運び told where the post says the budget or the measure was passed (3月議会で予算が可決され、来年度から
        // 実施される運びです): the formal report of an arrangement made, as 運びとなりました is.
        if (/^運び/u.test(m[0]) && (DECIDED_MEASURE.test(t) || BUDGET_PASSED.test(t)) && !informant) continue
        // Review of unof58 (rv/misc): 決まりのよう, 決まりみたい match CHANGE by their own 決ま; the sentence without them must name the
        // measure or the pick (a lunch, a match's winner, a weekend's outing or an event's date settled is no decision of the city's).
        if (/^決まり/u.test(m[0])) {
          const rest = sentence.replace(/決まり(?:の(?:よう|模様)|みたい|っぽい)/gu, '')
          if (!(CHANGE.test(rest) || VENUE_MOVED.test(rest) || WORKS_CHANGE.test(rest) || BENEFIT.test(rest) || STAFF_PENALTY.test(rest) || PICK_TOPIC.test(rest) || GUESSED_SWITCH.test(rest) || (FUTURE.test(rest) && CITY_THING.test(rest)))) continue
        }
        // Review of unof58 (rv/misc): an effect hoped for (窓口の待ち時間を短縮できると考えております) by a means (新しいシステムの導入により)
        // promises no measure: read the expectation without them.
        const hoped = expected ? sentence.replace(EFFECT_HOPED, '').replace(MEANS_CLAUSE, '') : sentence
        if (expected && (DECIDED_MEASURE.test(t) || BUDGET_PASSED.test(t) || /工事中|着工し(?:まし)?た|工事が(?:始ま|進ん)|契約(?:を(?:締結|結)|し(?:まし)?た)/u.test(t))) continue
        // (What it promises is a date ahead: an effect hoped for, ごみの量を減らすことができると考えております, names none.)
        if (expected && !(SCHEDULED_AHEAD.test(hoped) || START_AHEAD.test(hoped) || ((CHANGE.test(hoped) || BENEFIT.test(hoped)) && YEAR_AHEAD.test(hoped)))) continue
        if ((!CHANGE.test(sentence) && !VENUE_MOVED.test(sentence) && !WORKS_CHANGE.test(sentence) && !BENEFIT.test(sentence) && !STAFF_PENALTY.test(sentence) && !startAhead && !expected && !informant && !impression && !pick && !growth) || (natural && !guessedClosure && !budgeted && !impression) || OFFICIAL_SOURCE.test(sentence) || TRIVIA.test(sentence)) continue
        // Blind R118A-082: a conjecture's ending (…倍にするんじゃないかな, …有料になるっちゃないか) guesses the clause it closes: the change
        // must be there, after any reason given (課長が張り切ってたから、…盛り上がるんじゃないかな guesses a mood); a guess another rule
        // has already read (staffSignGuess: 担当さんがソワソワしてたから…) is not told twice.
        if (CONJECTURE_END.test(m[0])) {
          const s0 = sentenceAround(t, m.index, m.index).start
          const lead = t.slice(s0, m.index + m[0].length)
          const cut = /^[^]*(?:から|けん|ので|んで|し)[、,]/u.exec(lead)
          const clause = cut ? lead.slice(cut[0].length) : lead
          if (!CHANGE.test(clause) && !BENEFIT.test(clause) && !WORKS_CHANGE.test(clause) && !VENUE_MOVED.test(clause) && !STAFF_PENALTY.test(clause)) continue
          if (STAFF_SIGN_ONE.test(lead)) continue
        }
        // Blind R55A-122: the wait a change brings told to its users (医師の異動に伴い7月から待ち時間が長くなる見込みです): the forecast is
        // of the effect, the change is only its cause.
        if (!informant && /^(?:見込|見通し)/u.test(m[0]) && waitCaused(t.slice(sentenceAround(t, m.index, m.index).start, m.index), sentence)) continue
        // The effect of a measure the paragraph says was decided, in figures (改正案が可決された…年間税額は平均で約2,300円増える見込みである,
        // 契約を結んだ…所要時間が約5分短縮される見込み): an estimate the city publishes with the decision, not an undecided matter.
        // Blind R83A-013: …or its completion or opening date (市議会で可決された…改修事業が、来月から始まります。完成は令和9年3月の見込みです).
        const scheduled = /^(?:見込み|見込まれ|見通し)/u.test(m[0]) && SCHEDULE_DATE.test(sentence)
        if (DECIDED_MEASURE.test(t) && (EFFECT_FIGURE.test(sentence) || scheduled) && !informant) continue
        // …the same, with the decision said in another paragraph of the post (…条例が可決されたことによるもの ⏎⏎ …約86億円を
        // かけて…進めるが、現行の料金水準のままでは…資金不足が生じる見通しとなっていた): kept for post, which judges the whole post.
        // Only an estimate's own words (見込み, 見通し); hearsay (…上がるとのことです) is judged here.
        if (effects && /^(?:見込み|見込まれ|見通し)/u.test(m[0]) && (EFFECT_FIGURE.test(sentence) || scheduled) && !informant) {
          const end = m.index + m[0].replace(/[^\p{L}\p{N}]+$/u, '').length
          put({ ...e, emit: (f: DraftFinding) => void effects.push(f) }, 'unofficial/forecast', wordStart(t, m.index), end, { topic: topicOf(sentence), marker: m[0].replace(/[^\p{L}\p{N}]+$/u, '') })
          continue
        }
        // Blind R82A-130: a polite guess at how the readers feel (延期でご心配をおかけした保護者の皆さまも、ひとまず胸をなでおろしていただける
        // かと思います): the change in the sentence only describes them, in a clause closed in the past. A change in the rest of the sentence
        // (来年度から駐車場が無料になり、皆さまにも喜んでいただけるかと思います) is still what is foretold.
        if (/(?:と|かと)(?:思われ|思います|思う|思って|存じ)/u.test(m[0]) && !informant) {
          const s0 = sentenceAround(t, m.index, m.index).start
          const feel = READERS_FEEL.exec(t.slice(s0, m.index + m[0].length))
          if (feel) {
            const rest = t.slice(s0, m.index + m[0].length).replace(feel[1] ?? '', '')
            if (!CHANGE.test(rest) && !BENEFIT.test(rest) && !STAFF_PENALTY.test(rest)) continue
          }
          // Blind R119A-149: the readers' worries guessed (…手続きなど、心配なことがたくさんあるかと思います): the change must be told outside them.
          const worry = READERS_WORRY.exec(t.slice(s0, m.index + m[0].length))
          if (worry) {
            const rest = t.slice(s0, s0 + worry.index)
            if (!CHANGE.test(rest) && !BENEFIT.test(rest) && !STAFF_PENALTY.test(rest)) continue
          }
        }
        // Blind HR-049: gladness or relief about what one did (つないでよかったと思っています, 参加して本当によかったと思います, 相談して
        // 助かったと思っとります): a feeling looking back, no forecast. A change foretold with と思う (…上がると思っています) is read as ever.
        if (/^たと(?:思|おも)/u.test(m[0]) && /[てで](?:本当に|ほんとうに|ほんとに|ほんと|とても|すごく|心から|つくづく)?(?:よかっ|良かっ|助かっ|うれしかっ|嬉しかっ|安心し)$/u.test(t.slice(Math.max(0, m.index - 12), m.index))) continue
        // An event or a measure judged looking back (…移住者が増えて大成功だったと思います, 好評だったと思います, 多かったと思います): a
        // past state told with a guess's ending is an evaluation, no forecast; a guess that a matter is settled (もう決まったと思います) is read as ever.
        if (/^たと(?:思|おも)/u.test(m[0]) && /(?:だっ|かっ)$/u.test(t.slice(Math.max(0, m.index - 2), m.index)) && !/決ま|決定|内定|確定|内示/u.test(sentence)) continue
        // Blind HF-076: a sign the reader may read in their own life (…そんなときは、運転を見直すサインかもしれません, 体からの合図かも): advice,
        // the hedge is about what the reader notices, not a matter the city decides. (…見直す時期かもしれません stays a forecast.)
        if (m[0].startsWith('かも') && /(?:サイン|兆候|兆し|合図|黄信号|シグナル)(?:なの|なん)?$/u.test(t.slice(Math.max(0, m.index - 6), m.index))) continue
        // Blind HU-011: a resident's voice quoted and tagged as theirs (「…迷わなくなると思う。」（市内在住・40代）): their hope, not the city's forecast.
        if (quotedVoice(t, m.index)) continue
        // Blind MK-034 kind (unof88): how participants took an event that was held (参加した皆さんも…を見直すきっかけになったようです,
        // 受講者にも好評だったようです): a report of what happened, no forecast, while the sentence tells nothing ahead and no benefit.
        if (/^たよう/u.test(m[0]) && EVENT_TAKEN88.test(sentence) && TAKEN_PAST88.test(t.slice(Math.max(0, m.index - 12), m.index)) && !FUTURE.test(sentence) && !BENEFIT.test(sentence) && !STAFF_PENALTY.test(sentence) && !informant) continue
        // とのこと after a quoted remark (「楽しかった」とのこと) is a report of what someone said.
        if (m[0] === 'とのこと' && /」$/u.test(t.slice(Math.max(0, m.index - 1), m.index))) continue
        // …what the reader did, told back to them in honorifics (休館日を確認せずにご来館とのこと, お困りとのこと).
        if (m[0].startsWith('とのこと') && /(?:ご|お)[一-龠々]{1,4}[ぁ-ゖ]{0,2}$/u.test(t.slice(Math.max(0, m.index - 8), m.index))) continue
        // Blind R161A-120: …or the trouble they had, in the plain form (窓口が閉まっていて困ったとのことですが, 場所が分かりにくくて迷ったとのこと,
        // 不便だったとのことで, 案内が分かりにくいとのことですが): their own experience echoed in the answer to them, no news passed on.
        // Blind TX-149: a plan or a change denied by whom the writer asked (運航事業者の組合に確認したところ、休止の予定はないとのことです;
        // そうした計画はないとのこと, 料金の変更はないとのことでした): the source says there is no such matter, so nothing undecided is passed on.
        // A denial of every other way (値上げ以外の考えはないとのこと) still tells the one left.
        if (m[0].startsWith('とのこと') && PLAN_DENIED_BEFORE.test(t.slice(Math.max(0, m.index - 14), m.index)) && !/以外|ほかに|他に|しか/u.test(t.slice(Math.max(0, m.index - 14), m.index))) continue
        if (m[0].startsWith('とのこと') && /(?:困っ(?:た|ている|てる|ていた)|困られた|迷っ(?:た|ている)|戸惑っ(?:た|ている)|(?:不便|残念|大変|不安|心配)(?:だった|でした|だ|に(?:思|感じ)(?:った|われた|られた))|(?:分かり|わかり|見|み|使い|つかい|読み|よみ|聞き|ききとり|聞き取り|探し|さがし|入り|はいり)(?:にく|づら)(?:い|かった))$/u.test(t.slice(Math.max(0, m.index - 12), m.index))) continue
      }
      const end = m.index + m[0].replace(/[^\p{L}\p{N}]+$/u, '').length
      // (DIRECTION_FORETOLD: the excerpt opens with the verb the direction is, 埋め立てる方向になると思.)
      // (An expectation, …着工できると考えており, opens with the verb's stem before でき or られ.)
      const start = re === DIRECTION_FORETOLD ? m.index - (/[\p{Script=Han}ぁ-ゖ]{1,8}$/u.exec(t.slice(Math.max(0, m.index - 8), m.index).replace(/^[^]*[をにはがもでへと、,\s]/u, ''))?.[0].length ?? 0) : re === FORECAST && EXPECTED_MARK.test(m[0]) ? m.index - 2 - (/\p{Script=Han}{1,6}$/u.exec(t.slice(Math.max(0, m.index - 8), m.index - 2))?.[0].length ?? 0) : wordStart(t, m.index)
      put(e, 'unofficial/forecast', start, end, { topic: topicOf(sentence), marker: m[0].replace(/[^\p{L}\p{N}]+$/u, '') })
    }
  }
}

/**
 * Blind R329C-002 kind (unof61): the council's vote on a bill foretold (条例はまだ議会を通っていませんが、まあ通るでしょう; 条例案は9月議会で
 * 可決されるでしょう; 予算はすんなり通ると思います; 議会も問題なく通るはず; 否決されることはまずないでしょう): the vote is the council's to
 * take, and a guess at it hands out as settled what is not decided. The bill (条例, 議案, 予算, 法案) or the council as the subject, a verb of
 * passing (通る, 可決される, 承認される, 成立する) and a guess (でしょう, と思う, はず, に決まってる, のは確実). Not a condition (予算が成立すれば),
 * a question (通るでしょうか), a vote reported (可決されました), nor a road passing by (予算は限られていますが、バスは駅前を通るはずです: another
 * topic or object stands between).
 */
const VOTE_GUESS = '(?:でしょう?(?!か)|だろう(?!か)|やろう|じゃろう|はず|と(?:思|おも)(?:います|う|っています|ってます|っとる|っ)|に(?:決まって|きまって|違いな|ちがいな)|(?:の|こと)(?:は|が)?[、,]?(?:まず|ほぼ)?(?:確実|間違いな|まちがいな))'
const VOTE_ADVERB = '(?:(?:まあ|まぁ|たぶん|多分|おそらく|恐らく|きっと|すんなり(?:と)?|問題なく|無事(?:に)?|普通に|あっさり|余裕で|どうせ)[、,]?)?'
const VOTE_PASS = '(?:通る|とおる|通ります|通過する|可決される|可決されます|承認される|承認されます|成立する|成立します|認められる)'
const VOTE_FORETOLD = new RegExp(
  `(?:条例|議案|予算|法案|改正案)(?:案)?(?:は|も|が)[、,]?([^。！？!?\n]{0,24}?)${VOTE_ADVERB}${VOTE_PASS}${VOTE_GUESS}` +
    `|(?:議会|定例会|本会議)(?:は|も|で|を)[、,]?${VOTE_ADVERB}${VOTE_PASS}${VOTE_GUESS}` +
    `|(?:否決|反対多数)(?:に(?:なる|される)|される|となる)?(?:こと|心配|おそれ)?(?:は|も)[、,]?(?:まず|ほぼ|たぶん|おそらく|まあ)?[、,]?(?:ない|ありません|なか)(?:でしょう|だろう|やろう|と(?:思|おも)|はず)`,
  'gu',
)
const VOTE_VERB = new RegExp(`${VOTE_ADVERB}(?:${VOTE_PASS}|否決|反対多数)`, 'u')
function voteForetold(e: Emitter, t: string): void {
  for (const m of matchAllOf(VOTE_FORETOLD, t, MAX_HITS)) {
    // What stands between the bill and the verb: the council (議会を, 本会議で) or a concession, not another topic or object.
    const between = (m[1] ?? '').replace(/(?:議会|定例会|本会議|委員会|臨時会)(?:を|で|は|も|に)?/gu, '')
    if (/[をは]/u.test(between)) continue
    const sentence = sentenceOf(t, m.index, m.index + m[0].length)
    if (RUMOUR_AWARE.test(sentence) || PUBLIC_PROCESS.test(sentence) || /可決され(?:まし)?た|成立しました|承認されました|否決され(?:まし)?た/u.test(sentence)) continue
    if (quotedExample(t, m.index) || quotedVoice(t, m.index)) continue
    const marker = /(?:でしょう?|だろう|やろう|じゃろう|はず|と(?:思|おも)(?:います|う|っています|ってます|っとる|っ)|に(?:決まって|きまって|違いな|ちがいな)|確実|間違いな|まちがいな)$/u.exec(m[0])?.[0] ?? m[0]
    // The excerpt: from the verb of passing (or the adverb before it) to the guess (まあ通るでしょう, 否決されることはまずないでしょう).
    const verb = VOTE_VERB.exec(m[0].slice(m[1] === undefined ? 0 : m[0].indexOf(m[1]) + m[1].length))
    const from = m.index + (m[1] === undefined ? 0 : m[0].indexOf(m[1]) + m[1].length) + (verb?.index ?? 0)
    put(e, 'unofficial/forecast', from, m.index + m[0].length, { topic: '議会の議決', marker })
  }
}

/**
 * Blind R329C-020 kind (unof61): a rumour about an official's course or a change, asked of the writer or passed round (「市長は次の選挙に出ないって
 * 本当？」と聞かれることが増えました), then given weight instead of an answer (周りではそう受け止めている方も多いようです, そう思っている人も多い
 * みたいです, そういう見方が広がっています): the writer tells readers the rumour is widely believed. The rumour must name an official's course
 * (PERSON_COURSE), a change or a penalty in the sentences just before; a post that answers or corrects it (そのような事実はありません) passes, in
 * any paragraph (kept as asked). Readers said to feel so about a thing done (来年度から開館時間を延長します。そう感じている方も多いと思います)
 * carry no rumour.
 */
const RUMOUR_ENDORSED =
  /(?:そう|そのように|そういうふうに|そういう風に|そんなふうに|そんな風に)[、,]?(?:受け止め|うけとめ|受け取っ|うけとっ|思っ|おもっ|考え|見て|みて|信じ|噂し|うわさし|捉え|とらえ)(?:て(?:いる|いらっしゃる|おられる|る|おる)|とる|ちょる)(?:方|かた|人|ひと|人たち|方々|関係者|職員|市民|住民|支持者)(?:も|が|は)[、,]?(?:多い|多く|少なくな|少なくありません|増え|けっこう|結構|かなり|たくさん|大勢)|(?:そういう|そうした|そのような|そんな)(?:見方|受け止め|受け止め方|受け取り方)(?:が|も)[、,]?[^。！？!?\n]{0,10}?(?:広が|広ま|強ま|強い|強く|多い|大勢|出て)/gu
/** What a rumour is heard as, before the endorsement: a question quoted, hearsay, or a rumour word. */
const RUMOUR_HEARD = /[？?]」|って本当|ってほんと|って(?:聞|き)|らしい|みたい|噂|うわさ|と(?:聞かれ|尋ねられ|たずねられ|質問され|言われ)|(?:聞かれ|尋ねられ)る/u
function rumourEndorsed(e: Emitter, t: string, asked: DraftFinding[]): void {
  for (const m of matchAllOf(RUMOUR_ENDORSED, t, MAX_HITS)) {
    const lead = t.slice(Math.max(0, m.index - 160), m.index)
    if (!RUMOUR_HEARD.test(lead) || !(PERSON_COURSE.test(lead) || CHANGE.test(lead) || STAFF_PENALTY.test(lead) || PEOPLE_CLAIM.test(lead))) continue
    if (ANSWERED.test(t) || CORRECTED.test(t) || RUMOUR_AWARE.test(sentenceOf(t, m.index, m.index + m[0].length))) continue
    put({ ...e, emit: (f: DraftFinding) => void asked.push(f) }, 'unofficial/rumour', m.index, m.index + m[0].length, { plain: '（確かめた事実）' })
  }
}

/**
 * Blind R113A-037: a change of a procedure or a service of the city guessed by the writer (ただ、おそらく来年度には小為替をやめて
 * キャッシュレス決済だけになると思います; たぶん来年から受付時間が変わるでしょう; 多分4月からは予約制に切り替わるはず): a hedge adverb
 * (おそらく, たぶん, きっと), a time to come (来年度には, 来年から, 4月から, いずれ), a change (やめて, 廃止, だけになる, 変わる, 切り替わる,
 * 有料になる) and a guess's ending (と思います, でしょう, はず, かも). A reply's promise to announce it later does not make it announced.
 * Clean: a guess with no change (たぶん来年度も窓口が混み合うと思います), the readers' own change of life (…変わる方も多いと思います),
 * nature (来月には紅葉の色も変わると思います), a change announced plainly (来年度から…だけになります).
 */
const HEDGED_CHANGE =
  /(?:おそらく|恐らく|たぶん|多分|きっと|たしか|もしかしたら|ひょっとしたら)[、,]?[^。！？!?\n]{0,16}?(?:来年度|来年|再来年|次年度|来春|来秋|来月|来期|次回|今後|将来的に|いずれ|近いうちに|近々|[0-9０-９一二三四五六七八九十]+月(?:から|以降|には))(?:に|から|には|からは|中に|以降|以降は)?[、,]?[^。！？!?\n]{0,30}?(?:やめ(?:て(?!くれ|くださ|ほし|もら|いただ|頂)|る|ます|に(?:な|す))|廃止(?:して|する|され|にな|に)|取りやめ|とりやめ|打ち切|終了(?:し|す|にな)|(?:だけ|のみ)(?:に|と)な(?:る|り)|変わ(?:る|り|って)|変更(?:され|にな|し|す)|切り替(?:わ|え)|切りかわ|移行(?:し|す|され)|統一(?:され|し|す)|(?:有料|無料|予約制|電子申請|オンライン)(?:に|化)|値上(?:げ|が)|(?:が|は|も)なくな(?:る|り)|(?:曜日?|祝日|休日|夜間|週末|土日|年末|年始)(?:も|に(?:も)?)[、,]?(?:開け|あけ|開き|開く|開館|開庁|開所|開園|営業|受付|受け付け|窓口を開))(?![方人]|皆|ご家庭|世帯)[^。！？!?\n]{0,12}?(?:と(?:思|おも)|でしょう|だろう|やろう|はず|かも|んじゃない|のでは|と(?:見て|予想))/gu
/**
 * Blind R370T-037 kind: a leader's stance on a measure still to be decided, passed on second-hand (…働きかけていく方向で市長も前向きと聞いて
 * おります, 部長も乗り気らしい, 上の人も賛成みたい): the inside's leaning told before the city decides, as a direction is. Only with a
 * plan or a change in the sentence and not said at a public occasion (議会で, 会見で): a stance stated there is out.
 */
const LEADER_LEANS =
  /(?:市長|副市長|教育長|部長|課長|局長|上層部|幹部|上の(?:人|方))(?:さん)?(?:も|は|が)[、,]?(?:かなり|とても|非常に|わりと|結構|けっこう|だいぶ)?(?:前向き|乗り気|のり気|賛成|積極的)(?:な(?:よう|様子)(?:です|だ)?|みたい|らしい|らしか|げな|との(?:こと|話)|(?:だ|です|や)?(?:と|って)(?:聞|伺|うかが))/gu
const LEANING_TOPIC = /方向|方針|(?<![提図答])案|構想|計画|検討|働きかけ|要望/u
function leaderLeans(e: Emitter, t: string): void {
  for (const m of matchAllOf(LEADER_LEANS, t, MAX_HITS)) {
    const sentence = sentenceOf(t, m.index, m.index + m[0].length)
    if (!LEANING_TOPIC.test(sentence) && !CHANGE.test(sentence)) continue
    if (SPOKEN_IN_PUBLIC.test(sentence) || PUBLIC_PROCESS.test(sentence)) continue
    put(e, 'unofficial/rumour', m.index, m.index + m[0].length, { plain: '（確かめた事実）' })
  }
}

/**
 * Blind R382F-016 kind: the leaning of the city's inside on a measure still to be decided (幹部の間では導入に傾いていると伺っております,
 * 上層部は廃止の方向に傾きつつあるらしい, 庁内では民間委託に傾いています): where the decision-makers lean, told before the city decides, as
 * a leader's stance is (`LEADER_LEANS`). The inside (幹部, 上層部, 執行部, 庁内, a leader) is the topic or the place, the leaning is toward a
 * measure (導入, 廃止, …案, a change), and it is not said at a public occasion. Residents' or a survey's leaning (市民の意見は賛成に傾いて) is
 * no inside.
 */
const INSIDE_LEANS =
  /(?:市長|副市長|教育長|部長|課長|局長|上層部|幹部|執行部|首脳部|上の(?:人|方)|庁内|役所内|市役所内|内部)(?:さん)?(?:の間|の中|の方々|たち|内)?(?:で(?:は|も)?|も|は|が|じゃ)[、,]?[^。！？!?\n]{0,24}?(?:に|へ)[、,]?(?:傾い|かたむい|傾き(?:つつ|かけ|始め|はじめ)|かたむき(?:つつ|かけ))/gu
const LEANED_MEASURE = /導入|実施|採用|廃止|有料|無料|委託|民営|移転|統合|新設|制度|仕組み|しくみ/u
function insideLeans(e: Emitter, t: string): void {
  for (const m of matchAllOf(INSIDE_LEANS, t, MAX_HITS)) {
    const sentence = sentenceOf(t, m.index, m.index + m[0].length)
    if (!LEANING_TOPIC.test(sentence) && !LEANED_MEASURE.test(sentence) && !CHANGE.test(sentence)) continue
    if (SPOKEN_IN_PUBLIC.test(sentence) || PUBLIC_PROCESS.test(sentence)) continue
    put(e, 'unofficial/rumour', m.index, m.index + m[0].length, { plain: '（確かめた事実）' })
  }
}

function hedgedChange(e: Emitter, t: string): void {
  for (const m of matchAllOf(HEDGED_CHANGE, t, MAX_HITS)) {
    const sentence = sentenceOf(t, m.index, m.index + m[0].length)
    if (PUBLIC_PROCESS.test(sentence) || OFFICIAL_SOURCE.test(sentence) || TRIVIA.test(sentence) || RUMOUR_AWARE.test(sentence)) continue
    if (NATURAL.test(sentence) && !CHANGE.test(sentence)) continue
    if (quotedVoice(t, m.index)) continue
    const s0 = e.doc.fromSqueezed(sentenceAround(t, m.index, m.index).start, m.index + m[0].length)
    if (e.spans.some((x) => x.start < s0.end && x.end > s0.start)) continue
    put(e, 'unofficial/forecast', m.index, m.index + m[0].length, { topic: topicOf(sentence), marker: m[0].replace(/^[^]*(?=と(?:思|おも)|でしょう|だろう|やろう|はず|かも|んじゃない|のでは)/u, '') })
  }
}

/**
 * A staff member's own view: 個人的には, 私見ですが, 私としては, 担当者個人としては. Blind R170I-015: 中の人としても (the account's
 * operator speaking as themself, 中の人的には) is one too. Blind R177I-022: a mascot speaking for itself by its name in kana (うなっち的には,
 * ほりわりん的には), as わたし的には; a noun with 的 (気持ち的には, 時間的には, スケジュール的には) is a respect, not a speaker.
 * Blind R208D-066 (cu12): the staff member's own feeling announced as such (担当者としての正直な気持ちを申し上げますと, 職員としての本音を
 * 言えば, 私の考えを申し上げると): one person's view, whatever follows is judged as for 個人的には.
 * Blind R221N-022 kind (first alternative): the view announced in a sentence of its own (担当者の私見を少しだけ。…国が…実施すべきだと私は考えて
 * います, 個人的な意見を一言：…): the announcement runs on into the sentence after it, which is judged as the view.
 */
// Blind R312P-052 kind (unof57): one of the staff speaking as such (担当の一人としては, 職員のひとりとしては, 一職員としては).
const OWN_VIEW = /(?:私見|個人的な(?:意見|考え|見解|感想)|(?:私|わたし|わたくし|僕|自分)(?:個人)?の(?:意見|考え|見解))を(?:少し(?:だけ)?|少々|ひとこと|一言|ちょっと|述べ(?:させて|ます)|申し上げ(?:させて|ます)|書か?せて|お話し(?:させて|します)|言わせて)[^。！？!?\n]{0,12}?[。！!：:]\s?(?=[^。！？!?\n]{4})|(?<![とっ])(?:思う|思っている|思ってきた|感じる|感じている|感じてきた|考える|考えている)のは(?=[、,])|個人的(?:に|な(?:意見|考え|見解|感想|感覚|印象|見方|思い(?!出)))(?:は|では|です|ですが|だけど|やけど|として)?|正直(?:なところ|に言うと|に申し上げ(?:て|ますと|ると|れば)|言って|に言えば|に(?:書く|書け|書きます|打ち明ける|申せ|言わせて(?:もらう|いただく)|お話しする|お伝えする)(?:と|ば)|[、,]|(?=(?:疑問|違和感|不満|複雑な)))|率直(?:なところ|に(?:言って|言うと|言えば|申し上げ(?:て|ますと|ると|れば)|申せば))|ぶっちゃけ|本音を言(?:うと|えば|わせてもらうと|わせていただくと)|私見(?:ですが|では|として|を述べ)|(?:私|わたし|わたくし|僕|ぼく|自分|俺|うち)(?:個人)?(?:として|的に|としまして)は|あくまで(?:も)?(?:私|個人|自分)(?:の|的な)?(?:意見|考え|感想|見解)(?:ですが|だけど|ですけど|やけど|として)|(?:私|担当者?|職員|課長|係長|部長)(?:個人)?(?:として|的に)?(?:は|の)(?:考え|意見|見解|思い|私見)(?:ですが|では|として|を言えば|としては)|(?:担当者?|職員|課長|係長|部長)(?:個人)?(?:として|的に)(?:は|も)|(?:(?:担当者?|職員|課員|係員|スタッフ|チーム)(?:の)?(?:一人|ひとり|1人|１人|一員|端くれ)|(?<![\p{Script=Han}])一職員|いち職員|一担当者?|いち担当者?)(?:として)(?:は|も)|中の人(?:個人)?(?:として|的に)(?:は|も)|(?<![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー])[\p{Script=Hiragana}ー]{2,6}的(?:に|な(?:意見|考え))(?:は|では)|(?:担当者?|職員|課長|係長|部長|中の人|私|わたくし|個人)(?:個人)?(?:として)?の(?:正直な|率直な|素直な|個人的な)?(?:気持ち|本音|思い|考え|意見)(?:を)?[、,]?(?:申し上げ(?:ますと|ると|れば|させていただくと|させていただければ)|言(?:うと|えば|わせていただくと|わせてもらうと)|述べ(?:ますと|ると|れば)|お伝えすると)/u
/**
 * The city said to share or act on it: 市としても同じ考えです, 市も設置を進めます, 当課としても対応します.
 * Blind R183I-061: …or said to want the option the writer just preferred, pointed back at (個人的には…案が一番いいと思っていて、市としても
 * そっちで行きたいところです, 市もその案で進めたい, 市としてもそうしたい): one person's pick on an undecided choice given as the city's wish.
 * Blind R167I-063: …or the inside said to voice the same, with the city or an office named as a body (市の中でもそういう意見が多いです,
 * 市役所の中でも同じような声が上がっています, 課の中でもそういう考えが多い), as 課内でも.
 * Blind R200D-050 kind: …or urged to decide it now, the time said to have come (市としても、もうそう決断する時期ではないでしょうか, 市も見直し
 * を判断するタイミングに来ている): the writer's view given as the decision the city is due to make.
 * Blind R204D kind: …or told what it should do with a guess's ending, not と思う (正直、…合っていないと思います。市としても県に
 * 強く求めるべきでしょう): the writer's view, then the city's course set by it.
 */
/**
 * Blind R299D-003 kind (unof20): the city's course said to be too slow to wait for or wrong (市の方針を待っていられない, 市の対応は遅すぎる,
 * 行政の判断を待っていては間に合わない): with one person's call for what should be done, a view set against the city's.
 */
const CITY_OUTRUN = /(?:市|本市|当市|柳川市|市役所|役所|行政|教育委員会|市教委)(?:として)?の(?:方針|判断|決定|対応|動き|結論|方向性)(?:を|が|は)[、,]?[^。！？!?\n]{0,8}?(?:待って(?:い|は)?(?:られない|られません|おれない|おられん|とれん|いたら|いては)|待てない|待ちきれない|遅すぎ|おそすぎ|遅いと|まどろっこし|手ぬる|生ぬる|甘すぎ|間違って)/u
const CITY_TOO = /(?:市|本市|当市|市役所|柳川市|当課|担当課|行政|選管|選挙管理委員会|教育委員会|市教委|教委|当委員会|委員会|事務局|当局)(?:として|といたしまして|としまして)?(?:も)[、,]?[^。！？!?\n]{0,16}?(?:(?:そういう|そういった|そのような|そげな|そげん|そんな|こういう|同じような)(?:考え|方針|立場|意見|方向|スタンス|思い|見解|つもり|感じ|認識|ところ)|(?:判断|決断|決定|見直し|方針転換|(?:かじ|舵)を切)[^。！？!?\n]{0,8}?(?:時期|時|とき|段階|頃|ころ|タイミング)(?:で(?:は|も)?(?:ない|ありません|なか)(?:でしょう|だろう|ですか|と)?か?|じゃない|やない|に(?:来て|きて|来た|きた)|が(?:来て|きて|来た|きた)|だと(?:思|考え)|です)|一緒(?!に)|同感|一致(?!団結|して)|おなじ|同じ|同様|同意見|賛成|反対(?:の立場|です|して)|支持|その方向|その考え|(?:そちら|そっち|それ|その(?:方法|やり方|選択|方|ほう))(?:を|の(?:方|ほう)を)?(?:お?すすめ|お?勧め|お?薦め|推奨)|(?:そちら|そっち|それ|その(?:案|方法|やり方|選択|方|ほう|方向|ルート|線|形|プラン))(?:の(?:方|ほう))?(?:で|を|に)[、,]?[^。！？!?\n]{0,6}?(?:行き|いき|進め|すすめ|推し|おし|決め|やり|持っていき|もっていき)たい|(?:そう|そのように)(?:したい|なってほしい|なってほしか|進めたい)|考えて|進め|(?:無理に|あえて)?[^。！？!?\n]{0,8}?(?:つもり|予定)(?:は|も)(?:ありません|ない|ございません)|[^。！？!?\n]{0,24}?べき(?:だ|である)?と(?:考え|思|存じ)|[^。！？!?\n]{0,24}?べき(?:でしょう|だろう|ではないでしょうか|じゃないでしょうか)(?=[。！!？?ねよ]|$)|推進|取り組|取組|対応し|実施|設置|導入|整備|検討を進め|動いて|要望し|そうなる|そうする|そうなり|そう考え)|(?:課内|庁内|役所内|市役所内|部内|係内|職場|うちの課|上の人|上司|幹部|上層部|管理職|課長|部長)(?:の)?(?:たち|達|の方|の人たち|の皆さん)?(?:で|の間で)?(?:も|でも|では)[、,]?(?:みんな|皆|全員|ほぼ|だいたい|大体|おおむね)?(?:同じ|一緒|同様|同意見|賛成|そういう|そんな)(?:意見|考え|認識|見方|感じ|方向)?(?:です|だ|や|みたい|らしい|でした|ばい|けん|。|$)|(?:課内|庁内|役所内|市役所内|部内|係内|職場|上の人|上司|幹部|上層部|管理職|職員|(?:市|市役所|役所|役場|庁舎|課|係|部署)の(?:中|なか))(?:の)?(?:たち|達|の方|の人たち)?(?:で|の間で|から|の中で|の中から)?(?:も|でも)[、,]?(?:そういう|そういった|そのような|同じ|同様の|似たような|同じような|そんな|そげな|そげん)(?:声|意見|考え)(?:が|は|も)?[^。！？!?\n]{0,4}?(?:出|上が|あが|挙が|多|聞こえ|広が|強ま|強く)|(?:これ|それ)(?:が|こそ)(?:市|本市|当市|柳川市|役所)の(?:本音|考え|方針|見解|立場|総意)|(?:市|本市|当市|柳川市|市役所|当課|行政)(?:として)?の(?:考え|方針|見解|立場|意見|スタンス|方向性|思い)(?:も|と)[^。！？!?\n]{0,6}?(?:同じ|一緒|同様|一致|おなじ|そう(?:です|だ|や|なって))|(?:市|本市|当市|柳川市|市役所|役所|当課|担当課|行政)(?:として)?の(?:考え|方針|見解|立場|意見|スタンス|方向性|認識|本音)(?:として|といたしまして|としまして|的に)?(?:も|は)[、,]?[^。！？!?\n]{0,8}?(?:(?:だいたい|おおむね|大体|ほぼ|まあ|まぁ)?(?:そんな|そういう|そげな|こんな|そのような|そういった|似たような)(?:感じ|ところ|もの|方向|考え)|(?:だいたい|おおむね|大体|ほぼ)(?:同じ|一緒|同様|そう|その通り|そのとおり)|近い(?:です|と思|もの|考え|感じ)|変わりません|変わらない)|(?:というのが|これが|それが)(?:柳川市|本市|当市|市役所|市)(?:として)?の(?:本音|本心|考え|立場|思い|スタンス|見解)/u

/**
 * A personal view, then foretold to come true in the next sentence (…完全予約制にするべきだと思います。来年からはたぶんそうなるでしょう;
 * いずれその方向になるはずです): the writer's wish given as what the city will do.
 */
const VIEW_FORETOLD = /(?:(?:実現|採用|実行|現実に)(?:する|される|なる)?(?:かも|可能性(?:が|も|は)?(?:ある|あり|高|十分)|のでは|んじゃない|はず|見込み|見通し|公算)|(?:たぶん|多分|おそらく|恐らく|きっと|いずれ|ゆくゆくは|近いうちに)[、,]?(?:そう|その(?:よう|方向|とおり|通り)に)(?:なる|なります|なっていく)(?:でしょう|だろう|はず|と思|んじゃない|のでは|かも)|(?:そう|その(?:よう|方向|とおり|通り)に)(?:なる|なります)(?:はず|見込み|見通し|予定|方向))/u
/**
 * Blind R225R-001 kind: the city's own position said not to be out yet (市としての立場はまだ出ていない, 市の方針はまだ決まっていませんが, 本市の
 * 見解は現時点で未定です), and a side taken (反対です, 賛成です, …であってほしい, …べき).
 */
const CITY_UNDECIDED = /(?:市|本市|当市|柳川市|市役所)(?:として)?の(?:立場|見解|方針|考え|対応方針|スタンス|態度)(?:は|が|も)[、,]?(?:まだ|いまだ|未だ|現時点で(?:は)?|現在)?[、,]?(?:出て(?:い)?な|出ていません|決まって(?:い)?な|決まっていません|未定|固まって(?:い)?な|固まっていません|定まって(?:い)?な|定まっていません|整理(?:中|されて(?:い)?な))/u
/**
 * Blind R229B-014 kind: the deliberation on the matter said to be still going on (審議会での議論はまだ続いていますが, 委員会で審議中です, 議決は
 * これから): the city has not decided, so one person's side taken on it (私個人としては…反対です) is given before the city's. Only the formal
 * bodies' deliberation: 日程は調整中 or 検討中 alone is a schedule still to fix.
 */
const DELIBERATION_OPEN = /審議中|(?:議論|審議|協議|話し合い)(?:は|が)?[、,]?(?:まだ|いまだに?|現在も|今も|引き続き)(?:続いて|続けられて|継続して|行われて|重ねられて)|(?:審議|議決|採決)(?:は|が|も)?[、,]?(?:これから(?!も)|まだ(?:これから|先|です|で(?:す|は)|終わ))|議決前|可決前/u
const SIDE_TAKEN = /反対(?:です|だ|や|の立場|して)|賛成(?:です|だ|や|の立場|して)|べき(?:だ|です|と)|(?:ほう|方)が(?:いい|よい|良い)/u
const STAND = /反対(?:です|だ|や|の立場|して)|賛成(?:です|だ|や|の立場|して)|(?:て|で)(?:ほしい|欲しい)|べき(?:だ|です|と)|(?:ほう|方)が(?:いい|よい|良い)/u
/** An opinion on what should be done, or a verdict that a price or a fee is out of line (高すぎる, 安すぎます). */
const OPINION = /と(?:(?:私|わたし|わたくし|僕|ぼく|自分)(?:は|としては))?(?:思|おも|考え|感じ)|疑問(?:を|に)(?:感じ|思|持)|違和感(?:を|が)(?:感じ|覚え|あり|ある)|(?:で|は|も)[、,]?(?:もう)?十分(?:です|だ|や|で(?:す|は|あ))|べき|必要|不要|いらない|反対|賛成|(?:いい|よい|良い)(?:のでは|と)|(?:ほう|方)が(?:いい|よい|良い)|望まし|(?:高|安)(?:すぎ|過ぎ)(?:る|ます|だ|です|。|$)/u
/** A decision announced (決定しました, 決まりました, 設置されることが決定). */
const DECIDED = /決まった(?=[ばよねけ！!。]|$)|決定した(?=[ばよねけ！!。]|$)|決定しました|決まりました|確定しました|決定です|確定です|決まりです|決定いたしました|ことが決定|で確定|本決まり|実質決まり|決まったも同然|(?:ことで|方針が|方向で)固まり(?:ました|まして)|(?:ことで|方針が|方向で)固まった(?=[ばよねけ！!。]|$)/u
/** …while the same post says it is still before the council or the budget: 市議会では現在審議中です, 予算成立前. */
const STILL_OPEN = /審議中|協議中|検討中|調整中|審議され(?:ている|ています|ておりま)|議決前|可決前|予算(?:の)?成立前|正式決定前|正式には(?:まだ|決まって)|承認前|決裁前|(?:審議|議決|採決|承認|決裁)(?:は|が|も)?(?:これから(?!も)|まだ|今後|来月|次の議会)|議会(?:の(?:議決|承認|審議))?(?:は|が|も)?(?:まだ|これから(?!も))/u

/**
 * A decision announced while the post itself says it is still open (…が決定しました！（市議会では現在審議中です））:
 * the open stage is the finding.
 */
/**
 * The council or the budget still to come, said plainly (予算案は3月議会で審議予定, まだ議会の審議前, 関連議案を6月議会に
 * 提出予定, 議会を通っとらん): with a decision announced, or a measure stated as certain, the matter is still open.
 * (調整中 / 検討中 alone may be a schedule: only DECIDED pairs with them.)
 * Blind R235I-022 kind: the budget's passing named as a condition (3月議会で予算が通れば、…販売する段取りです): the measure hangs on a vote
 * still to come, so stated as settled (有料の観覧席ができます！) it is told before the council decides.
 * Blind R236I-039 kind: …also as a point in time (3月議会で予算がまとまり次第ですが、来年4月から…給食費は全額市が負担する形になります;
 * 予算が成立し次第): the measure still waits for the vote.
 * Blind R206A-002 (cu12): a session named by its month with the vote told as past (3月定例会で議決をいただいた予算, 6月議会で議決された
 * 条例, 審議済み) is the council's process done, not still to come; a vote still hoped for (議決をいただいたら) stays pending.
 */
/**
 * Blind R252A-004 kind (conf8): the council's deliberation still to come said with the humble or plain verb before 前 (まだ議会にお諮りする
 * 前の段階で, 議会に提案する前ですが): a measure stated as settled (制度を始めることになりました) is told before the council votes it.
 * Blind R311E-051 kind (unof56): …or its vote awaited as the last step (市長も前向きですし、あとは議会の判断を待つばかり; 議会の承認を待つだけ;
 * あとは議会次第です): a measure stated as settled beside it (来年4月から…給食費が無料になります！) is told before the council decides.
 */
// Blind R315E-054 kind (unof57): …the same with an intransitive or passive verb (まだ議会にはかかっていませんが, 議会に上がっていない).
// Blind R323D-047 kind (unof59): …or the advisory council's report still to come (答申前ですが, 答申の前).
// Blind R319D-025 kind (unof58): …or the deliberation said to have only just begun (審議会での話し合いが始まったところですが, 検討委員会で議論を
// 始めたばかりですが, 審議会に諮問したところです): the outcome cannot be settled yet.
const COUNCIL_PENDING =
  /(?:審議会|委員会|協議会|検討会|懇話会|部会|議会)[^。！？!?\n]{0,12}?(?:話し合い|議論|審議|検討|協議)(?:が|は|を)?[、,]?(?:始まった|始め(?:た|まし(?:た)?)|スタートし(?:た|まし(?:た)?)|始まり(?:まし(?:た)?)?)(?:ばかり|ところ)(?:で|です|だ|なので)|(?:審議会|委員会|協議会)(?:に|へ)(?:諮問し(?:た|まし(?:た)?)|お諮りし(?:た|まし(?:た)?))(?:ばかり|ところ)(?:で|です|だ|なので)|(?:予算|議案|条例案?)(?:が|は|も)?[、,]?(?:無事に?)?(?:(?:まとまり|通り|成立し|可決され|承認され|認められ|つき|付き)(?:次第|しだい)|通れば|通ったら|通りましたら|つけば|付けば|ついたら|付いたら|認められれば|成立すれば|成立したら|可決されれば|可決されたら)|(?:議会|定例会)(?:で|の)[、,]?(?:議決|可決|承認)(?:を|が)?(?:いただければ|頂ければ|得られれば|されれば)|(?:議会|定例会|臨時会|委員会)(?:に|へ)(?:提出|提案|上程|付議)(?:する|される)(?=[^。！？!?\n]{0,6}?(?:予算|議案|条例))|正式(?:な|の)?(?:発表|公表|決定|お知らせ)(?:は|が)[、,]?[^。！？!?\n]{0,12}?(?:議会|定例会|議決|可決|審議)(?:の)?(?:あと|後|終了後|閉会後|が終わって|を経て)|(?:議論|審議|協議|話し合い)(?:は|が)?(?:まだ|いまだに?|現在も|今も|引き続き)(?:続いて|続けて|続けられて|継続して|行われて|重ねて|進めて)|(?:審議|協議)(?:中|の途中)(?:です|だ)?(?:が|けど|けれど|ものの)(?=[、,])|(?:審議|議決|採決|上程|提案|提出|答申)(?:の)?前|(?:議会|定例会|委員会)(?:に|へ)(?:お?諮り?する|諮る|お?かけする|かける|提案する|提出する|上程する|出す)前|(?:審議|採決|議決|上程|提案|提出|付議)(?:される|する|を行う|いただく|頂く)?予定|(?:審議|議決|採決|可決|承認|決裁)(?:は|が|も)(?:これから(?!も)|まだ|今後)|(?:これから|今後|来月|次の|(?<![0-9０-９])[0-9０-９]+月)(?:の)?(?:市)?(?:議会|定例会)(?:で|に)(?:ご)?(?:審議|議決|採決|諮)(?![^。！？!?\n]{0,6}?(?:いただいた|いただき(?:まし)?た(?!ら)|頂いた|頂き(?:まし)?た(?!ら)|され(?:まし)?た(?!ら)|しました|済)(?!ら))|(?:議会|定例会|臨時会|委員会)(?:に|へ)(?:諮る|かける|諮り|提案し|提出し|上程し)(?:ます|たうえで|た上で)|(?:議会|予算|議案|条例案?)(?:は|が|を|ば)?(?:まだ)?(?:通って|通過して|成立して|可決されて|承認されて|通っと)(?:い)?(?:ない|ません|らん|らず|なか)|議会(?:を|ば)?通る前|(?:議会|委員会)(?:に|へ)(?:は)?(?:まだ)?(?:かけ|かかっ|上がっ|諮っ|諮られ|出し|提案し|上程し|提出し|提案され|上程され|提出され|お?諮りし|おかけし|お出しし|ご?提案し|ご?提出し)(?:て(?:い|お)?(?:ない|ません|りません|らず)|とらん|とりません|てな(?:い|か))|(?:議会|議決|可決|承認|審議)(?:を|が)?(?:待って|待ち)(?:の|で|です|ですが|だけど|ですけど|状態)|(?:議会|議決|可決|承認|審議|採決)(?:の|で)?(?:判断|結論|結果|議決|承認|審議|採決|ゴーサイン|了承|可決)?(?:を|が)?(?:待つ|待ち)(?:ばかり|だけ|のみ)|(?:あとは|後は)[、,]?(?:議会|議決|採決)(?:の(?:判断|結論|議決|承認|採決|ゴーサイン|了承))?(?:次第|しだい|待ち|だけ)|議会(?:の(?:判断|結論|議決|承認|採決))?(?:次第|しだい)(?:です|だ|や|ですが|だけど|ですけど|[。！!、,]|$)|(?:議会|定例会)(?:で|を)[^。！？!?\n]{0,8}?(?:通る|可決される|承認される)の(?:を)?(?:待つ|待ち)(?:ばかり|だけ|のみ|です)|(?:議会の)?(?:議決|可決|承認|採決)(?:を|が)?[、,]?(?:残す|残る)(?:のみ|だけ)|残る(?:は|のは)[、,]?(?:議会|議決|採決|可決)|(?:議会|定例会|予算|議案|審議|議決|採決)(?:は|が|の方は|のほうは)(?:まだ)?これから(?!も|[^。！？!?\n]{0,8}(?:議会|審議|定例会))|(?:たぶん|多分|おそらく|きっと)?(?:議会|予算|議案)?(?:も|は)?(?:通る|通ります|可決される|可決されます|承認される)(?:と思|でしょう|はず|だろう)/u
/**
 * Blind R319D-013 kind (unof58): the briefing of those concerned conceded as still to be held (保護者の皆さまへの説明会はまだ開いていませんが、
 * 先にお知らせします; 地元説明会はこれからですが; 住民の皆さまへの説明の前ですが): a measure stated as settled after it is told before the
 * people it concerns are heard, as before the council's vote. Only in the concession (…が、, …けど); a briefing dated or to follow a decision
 * announced (統合が決定しました。説明会は来月開催します; 説明会はこれからです) is the next step of a decided measure.
 */
const BRIEFING_PENDING =
  /(?:説明会|説明の場|(?:住民|保護者|地元|地域|関係者|利用者)(?:の皆(?:さま|様|さん))?(?:へ|に|への|に対する)(?:の)?(?:ご)?説明)(?:は|を|が|も)?[、,]?(?:まだ[^。！？!?\n、,]{0,8}?(?:て|で)(?:い|お)?(?:ません|ない|りません)(?:が|けど|けれど|けれども|ものの)|(?:まだ(?:先|これから)?|これから|(?:の)?前)(?:です|だ|なん(?:です|だ)|な(?:の|ん)です)?(?:が|けど|けれど|けれども|ものの))(?=[、,])/u
/**
 * Blind R230A-020 kind: works given a date to start or finish, stated as certain (来年4月に着工し、再来年の白秋祭までに完成します) while the
 * post says their budget is still to go to the council (来週開会する臨時議会に提出する補正予算に計上しています): the works told as decided
 * before the council votes their money. In the same paragraph through ASSERTED; across paragraphs through the facts (WORKS_BUDGET_PENDING).
 */
const WORKS_DATED = /(?:[0-9０-９一二三四五六七八九十]月|年度|年|春|夏|秋|冬|年度内|年内|末|まで)(?:に|には)[、,]?[^。！？!?\n]{0,20}?(?:完成|着工|完了|竣工|開通|供用開始|開館|開業|オープン)(?:し|いたし)?(?:ます|する)(?=[。！!)）\n]|$)/u
/** …the pending budget naming the works' own cost (整備費は…議会に提出する補正予算に計上, 事業費を盛り込んだ予算案は3月議会で審議予定). */
const WORKS_COST = /(?:整備|事業|工事|改修|建設|改築|補修|修繕|設計)費|本事業|この事業/u
/** A measure stated as certain (配置します, 始まります, 無料になります) or as a sure thing (まず間違いありません, 確実です). */
/**
 * Blind R236I-010 kind: a facility's end stated as certain at a time (市民プールは、今年の夏で営業を終えます; 今年度末をもって閉館します)
 * while the post says the bill to abolish it is still to go to the council (廃止の条例案は9月議会に提出しますが): the closure told as
 * decided before the council votes.
 */
const END_DATED = /(?:年度|年|月|春|夏|秋|冬|年内|年度内|末|シーズン)(?:で|いっぱいで|限りで|をもって|をもちまして)[、,]?[^。！？!?\n]{0,10}?(?:営業|運営|運行|運航|業務|受付|事業|開館|開園|診療|役目|歴史)?(?:を|は)?[、,]?(?:終えます|終えることになります|終了します|終了いたします|終了となります|廃止します|廃止いたします|廃止となります|閉館します|閉館いたします|閉館となります|閉鎖します|閉鎖となります|閉園します|閉園となります|閉所します|閉店します|休止します)(?=[。！!)）\n]|$)/u
/**
 * Blind R315E-054 kind (unof57): a measure on the city's premises stated with its year (令和10年度に御花周辺へ移転・新築します, 来年度中に2校を
 * 統合します, 再来年の春までに閉館します): told as decided, which beside a council not yet asked is before the decision.
 */
const MEASURE_DATED =
  /(?:年度|年|月|春|夏|秋|冬|年度内|年内|末|ごろ|頃)(?:に|には|中に|までに|をめどに|を目途に)[、,]?[^。！？!?\n]{0,24}?(?:移転|新築|建て替え|建替え|改築|統合|統廃合|廃止|閉鎖|閉館|閉校|閉園|新設|開設|民営化|有料化|無料化|移設|集約|一本化|取り壊|取壊|解体|売却)(?:・[\p{Script=Han}]{1,4})?(?:(?:し|いたし)?(?:ます|する)|され(?:ます|る)|(?:と|に)(?:なります|なる)|(?:し|され)て[^。！？!?\n]{0,12}?(?:に|と)(?:なります|なる))(?=[。！!)）\n]|$)/u
/**
 * Blind R329C-002 kind (unof61): a measure taken as the premise of the office's work (4月から「こども未来部」ができる前提で、フロアの引っ越しの段取りを
 * 考え始めました; 窓口が統合される前提で準備を進めています; 可決されることを前提に): told as settled, which beside a council not yet through is
 * before the decision. Only a change or a vote as what is assumed (雨が降る前提で is never beside a council pending).
 */
const PREMISED = /(?:でき|な|され|始ま|はじま|変わ|かわ|移|発足す|スタートす|通|とお)る(?:こと|もの)?(?:を)?前提(?:で|に|として)/u
const ASSERTED = new RegExp(`${PREMISED.source}|${WORKS_DATED.source}|${END_DATED.source}|${MEASURE_DATED.source}|${/(?:年度|年|月|[0-9０-９]日|春|夏|秋|冬|来期|次期|以降)(?:の[一-龠々ァ-ヺー]{1,8})?(?:から|より)(?:は)?[、,]?[^。！？!?\n]{0,40}?(?:します|いたします|になります|なります|始まります|始めます|できます|変わります|されます|られます|上がります|下がります|上げます|下げます|増やします|減らします|延ばします|伸ばします|早めます|行います|設けます|開きます|配ります|届けます|増えます|減ります|変えます|移ります|終わります|建てます|広げます|走ります|通ります|動きます|入ります|着手します|取りかかります|取り掛かります|(?:す|と)?(?:る|なる)|始まる|変わる|できる|される|られる|行う|開く)(?:よ|ね|ばい|たい|けん|っす|んです|のです)?(?=[。！!)）\n〜~♪]|\p{Extended_Pictographic}|$)|ことに(?:なりました|なります|決まりました)|こととなりました|こととなります|(?:まず|ほぼ|絶対|100%)?(?:間違いありません|間違いない|間違いなし|確実です|確実だ|確定です|決まりです)/u.source}`, 'u')
/** The statement hedged, as it should be (予算が成立すれば, 可決された場合, 予定です, 目指します, 提案します). */
const HEDGED = /れば|たら|場合|予定|見込み|目指|方向|検討|提案|提出|上程|諮|盛り込|計上|案を|お知らせします|ご案内します|お待ちください|ご確認/u

/**
 * Blind R62A-092: the budget said not yet through its own inner stages (まだ予算査定の前ですが, 予算要求はこれからですが, 予算がつくか
 * どうかはまだ分かりませんが, 予算化はまだですけど): the city has not yet decided to fund the measure, so the measure told around it
 * (…助成を高校生まで広げる方向で…詰めているところです, 来年4月からの実施を目指したい) is undecided however it is hedged. Only with the
 * measure's content in the sentence or the one either side: a change, a benefit, an amount raised or cut, a scope widened (…まで広げる),
 * or a matter the city decides with a time to come (来年4月から, 来年度). The budget's stages told with no measure (予算要求の段階から市民の
 * 声を聞いています), a budget published or passed, and a draft put out for comment are not this.
 */
const BUDGET_UNSETTLED =
  /予算案(?:の)?段階(?!から)|予算(?:の)?(?:査定|要求|編成|化|措置|確保|計上)(?:は|が|も)?[、,]?(?:まだ(?!まだ)|これから|いまから|今から|未定|の(?:前|段階|途中|最中)|前(?!年|回|期)|中(?![心止旬学])|途中)|予算(?:化|措置|計上)(?:は|が|も)?[、,]?(?:まだ)?(?:され|し)(?:て(?:い)?(?:ない|ません|おらず|おりません)|とら(?:ん|ず|ない)|てな(?:い|か))|予算(?:が|は)?[、,]?(?:つく|付く|つける|付ける|つけられる|付けられる|認められる|取れる|確保できる|通る)か(?:どうか)?(?:は|も)?[、,]?(?:まだ|わから|分から|わかり|分かり|未定|これから|はっきり)|予算(?:の)?(?:要求|要望)(?:を|も)[、,]?(?:出し|提出し|上げ|あげ|し)(?:て(?:い|お|る|ま)|とる|とり|とっ|ちょる)|予算(?:を)?要求(?:して(?:い|お|る|ま)|しとる|しとり|しとっ|中(?![心止旬学]))/gu
/**
 * Blind R71A-067: the measure's budget request sent up and still to pass (プレミアム率を30%に上げる予算要求を出しているので、議会で通れば…,
 * 予算を要求中です): a request is the city's inner stage, so the measure around it is undecided. (Joined to BUDGET_UNSETTLED above.)
 */
/** A scope widened to a bound (助成を高校生まで広げる, 対象を18歳まで拡大): the content of a measure's change. */
const SCOPE_WIDENED = /まで(?:広げ|広が|ひろげ|拡大|拡充|引き上げ|延長|延ば|伸ば|のば)/u
/** A measure aimed at, to be started, handed out or widened (目指し, 実施, 始め, 配る, 増やす): with a time to come, the content of a plan. */
/**
 * Blind R139I-079: equipment bought or brought in (新しいMRIが入るかも…まだ予算が通るかわからない, 購入, 買い替え, 更新) is a measure too,
 * with a time to come (新しい).
 */
const AIMED = /目指|めざ|実施|始め|はじめ|開始|導入|スタート|配る|配布|配付|支給|給付|交付|設置|設け|増や|減ら|延ば|広げ|購入|買い替|買替|(?<=[がを])(?:入|はい)(?:る|り|れ)/u

function budgetUnsettled(e: Emitter, t: string): void {
  if (COMMENT_PROCESS.test(t)) return
  for (const m of matchAllOf(BUDGET_UNSETTLED, t, MAX_HITS)) {
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    const prev = s.start > 0 ? sentenceAround(t, s.start - 1, s.start - 1).start : s.start
    const next = s.end < t.length ? sentenceAround(t, s.end, s.end).end : s.end
    // (予算 is the stage's own word: the measure is read without it.)
    const around = t.slice(prev, next).replace(/予算/gu, '')
    const measure = CHANGE.test(around) || BENEFIT.test(around) || AMOUNT_CHANGE.test(around) || SCOPE_WIDENED.test(around) || ((DECISION.test(around) || AIMED.test(around)) && FUTURE.test(around))
    if (!measure) continue
    // Published, passed or put to the council already: the measure is out.
    if (/公表し|発表し|可決され|議決され|成立し|議会に提案し|議会に提出し|(?:予算案?|議案)(?:を|は)(?:公表|発表|掲載|公開)/u.test(t.slice(prev, next))) continue
    // A request the city makes of the state or the prefecture (国への予算要望, 県に対して予算を要求しています) is its public stance, not its own budget.
    if (/(?:国|県|政府|省|庁)(?:に|へ|への|に対し(?:て)?|に対する)[、,]?[^。！？!?\n]{0,20}$/u.test(t.slice(s.start, m.index))) continue
    put(e, 'unofficial/undecided', m.index, m.index + m[0].length, { noun: topicOf(around) }, quotedExample(t, m.index) || undefined)
  }
}

/**
 * Blind R71A-021: who will be chosen told before the choice is made (審査はこれからなんですが、…さんはほぼ決まりっぽいです; 入札はまだ
 * ですが、…建設さんでほぼ確定らしい; 選考前やけど、グランプリは…で当確やろ): a review, a selection, a tender or a draw said to be still to
 * come in the post, and an outcome said to be settled or likely (ほぼ決まり, 決まりっぽい, 当確, 本命, 選ばれそう). It favours one applicant
 * before the city decides. A review still to come with no outcome told (審査はこれからです。結果は3月に発表します), an outcome announced
 * after the review (採択事業者が決まりました) and guesses about the weather or the crowd are not this.
 */
const SELECTION_PENDING = /(?:審査|選考|選定|採択|入札|抽選|コンペ|プロポーザル|審議|結果発表|結果の発表|発表)(?:の結果)?(?:は|が|も)?[、,]?(?:まだ|これから|今から|いまから|前|中(?![心止旬学])|待ち|途中|控え)/u
const SELECTION_OUTCOME =
  /(?:ほぼ|ほとんど|事実上|実質|ほぼほぼ)(?:決まり|確定|確実|内定|決定)|(?:決まり|確定|内定)(?:っぽい|みたい|らしい|そう|でしょう|だろう|やろ|かな)|(?:に|で)決まり(?=[。！!…〜~ね]|$)|当確|本命|最有力|有力視|出来レース|決まった(?:も同然|ようなもの)|(?:選ばれ|採択され|採用され|受賞し|当選し|落札し|入賞し)(?:る|そう)(?:と思|みたい|っぽい|らしい|でしょう|だろう|はず|です|だ|やろ|な)|(?:選ばれ|採択され|受賞し|落札し|入賞し)(?:る|た)(?:も同然|ようなもの)/gu

/**
 * Blind R79A-019: the winner of a tender or a selection of the city guessed while the post says it is open (新庁舎の入札…どこが取るかはまだ
 * 分かりませんが、個人的には地元の大きな会社さんかなぁ…という雰囲気です; 入札はまだこれからですが、たぶん地元の建設会社さんが落札するんじゃ
 * ないかな; プロポーザルの審査は来週ですが、A社さんが選ばれる気がしています): a bidder or an applicant named with a guess (かな, じゃないか,
 * 気がする, という雰囲気) favours one before the city decides, as the settled outcome above does. Who wins must be the city's choice (入札, 落札,
 * 受注, 選定, 審査, プロポーザル, 指定管理 in the paragraph: どこが優勝するか is a game); cheering a team (地元チームさんを応援) is no guess.
 */
const WINNER_OPEN =
  /(?:どこ|誰|だれ|どの(?:会社|業者|社|事業者|団体|案|作品|チーム))(?:が|に)[^。！？!?\n]{0,6}?(?:取る|とる|取れる|落札|受注|選ばれ|決まる|採択|請け負|受託)[ぁ-ゖ]{0,3}?か(?:は|も)?[、,]?(?:まだ)?(?:分から|わから|分かり|わかり|決まって|未定|不明)/u
const CITY_SELECTION = /入札|落札|受注|開札|選定|選考|審査|コンペ|プロポーザル|指定管理|業者選び|委託先/u
const SELECTION_DATED = /(?:審査|選考|選定|入札|開札|抽選|コンペ|プロポーザル)(?:は|が)[、,]?(?:来週|来月|明日|あす|あした|近日|後日|[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?)(?:です|だ|ですが|だけど|やけど|ばってん|の予定|予定|[、,])/u
const WINNER_GUESSED =
  /[\p{Script=Han}\p{Script=Katakana}A-Za-z0-9ー]{0,8}?(?:さん|社|会社|業者|建設|工業|組|事務所|団体|企業|JV)(?:さん)?(?:かなぁ?|かなあ|かなー|(?:ん|の)?(?:じゃ|や|では)(?:ない|なか)(?:かな|か|ろうか)|っちゃないか|あたり(?:かな|でしょう|だろう)?|が(?:有力|濃厚|本命|優勢))|(?:取る|とる|取れる|落札する|受注する|選ばれる|勝ち取る|続ける)(?:ん|の)?(?:(?:じゃ|や|では)(?:ない|なか)(?:かな|か|ろうか)|っちゃないか)|(?:取る|とる|取れる|落札する|受注する|選ばれる|勝ち取る|続ける)(?:気がし|予感|(?:と|って)思|でしょう|だろう|やろ|かも|っぽい)|(?:という|って)(?:雰囲気|空気|予感)(?:です|だ|や|がし|が漂|ば|たい|[。！!…]|$)/gu

/**
 * Blind R346C-021 kind: a vote's figures forecast by the account (投票率は、事務局内では4割を切るとみています; 投票率は前回を下回ると予想して
 * います; 得票は…程度になるんじゃないかな): the election office or any office of the city foretelling how a vote will go speaks before the
 * count. A result or an interim figure (投票率は45.2%でした, 14時現在), a call to vote and a published trend stay clean.
 */
const VOTE_FIGURE_FORETOLD =
  /(?:投票率|得票(?:数|率)?|当選ライン|当落ライン|議席(?:数)?|票数)(?:は|が|も)[、,]?[^。！？!?\n]{0,24}?(?:切る|切り|超える|超え|下回る|下回り|上回る|上回り|割る|割り込む|届かない|届く|いく|行く|なる|伸びる|伸び悩む|落ち込む|上がる|下がる|前後|程度|くらい|ぐらい)(?:ん|の)?(?:(?:と|って)(?:み|見|予想し|予測し|読ん|踏ん|見込ん|思っ|考え)(?:て(?:い|お)|とる|ちょる|ています|ております)|(?:じゃ|では|や)(?:ない|なか)(?:かな|か(?![らも])|でしょうか)|(?:でしょう|だろう|やろ)(?![かもけ])|と思(?:い|う|わ)|気がし)/u
const VOTE_FIGURE_OUT = /でした|となりました|確定|速報|現在|時点|(?:公表|発表)(?:しました|いたしました|されて)|ご投票|投票(?:に行|へ行|しましょう|をお願い)|期日前投票(?:を|も)/u
function voteFigureForetold(e: Emitter, t: string): void {
  const m = VOTE_FIGURE_FORETOLD.exec(t)
  if (!m || !ELECTION_HELD.test(t)) return
  const sentence = sentenceOf(t, m.index, m.index + m[0].length)
  if (VOTE_FIGURE_OUT.test(sentence) || RUMOUR_AWARE.test(sentence) || quotedExample(t, m.index)) return
  put(e, 'unofficial/forecast', m.index, m.index + m[0].length, { topic: '選挙の結果', marker: m[0].replace(/^[^]*?(?=(?:と|って)(?:み|見|予想|予測|読|踏|思|考)|(?:じゃ|では|や)(?:ない|なか)|でしょう|だろう|やろ|気がし)/u, '') })
}

function selectionForetold(e: Emitter, t: string): void {
  const open = SELECTION_PENDING.test(t) || (CITY_SELECTION.test(t) && (WINNER_OPEN.test(t) || SELECTION_DATED.test(t)))
  if (!open) return
  for (const re of [SELECTION_OUTCOME, WINNER_GUESSED, SELECTION_ASSURED]) {
    for (const m of matchAllOf(re, t, MAX_HITS)) {
      // The pending choice in the same sentence or the one before it (…審査はこれからなんですが、…さんはほぼ決まり).
      const s = sentenceAround(t, m.index, m.index + m[0].length)
      const prev = s.start > 0 ? sentenceAround(t, s.start - 1, s.start - 1).start : s.start
      const around = t.slice(prev, s.end)
      const pending = SELECTION_PENDING.test(around) || (CITY_SELECTION.test(t) && (WINNER_OPEN.test(around) || SELECTION_DATED.test(around)))
      if (!pending || RUMOUR_AWARE.test(around) || NATURAL.test(t.slice(s.start, s.end))) continue
      // A guess of a bidder (WINNER_GUESSED) only where the choice is the city's.
      if (re === WINNER_GUESSED && !CITY_SELECTION.test(t)) continue
      // (SELECTION_ASSURED: a requirement met, a prize for every entrant or a question is no outcome foretold.)
      if (re === SELECTION_ASSURED && ASSURANCE_GIVEN.test(t.slice(s.start, s.end))) continue
      put(e, 'unofficial/forecast', re === WINNER_GUESSED ? m.index : wordStart(t, m.index), m.index + m[0].length, { topic: topicOf(around), marker: m[0] })
    }
  }
}

/**
 * Blind R158A-079: a designation by the state or the prefecture still to be made, told as near-certain, forecast or heard (米蔵が国の
 * 重要文化財に指定されるのはほぼ確実だと聞いています, 名勝に登録される見込みです, 日本遺産に認定されるらしい, 百選に選ばれるのは間違いない):
 * the verb in its future form (される, not されている) names a decision the body has not made; the post hands it out first. A designation
 * made (指定されている, 指定されました), one whose advisory report or notice the post names (答申, 官報, 告示, 発表) and a wish (指定される
 * よう願っています) are not this.
 */
const DESIGNATION_FORETOLD =
  /(?:文化財|重文|国宝|遺産|名勝|史跡|天然記念物|百選|特区|景観(?:重要)?建造物)(?:に|として)[、,]?(?:正式に|も)?(?:指定|登録|認定|選定|選出)(?:され|を受け)る(?:(?:の|こと)(?:は|が|も)[、,]?(?:もう|まず|ほぼ|ほとんど|事実上|ほぼほぼ)?(?:確実|間違いな|決まり|確定|濃厚|時間の問題)|(?:見込み|見通し|可能性が(?:高|大き)|公算|らしい|らしか|みたい|げな|そうです|そうだ|って(?:話|聞|噂|うわさ)|と(?:聞|伺)|かも|はず|(?:でしょう|だろう)(?!か)|(?:と|かと)思))|(?:文化財|国宝|遺産|名勝|史跡|天然記念物|百選)(?:に|として)[、,]?選ばれ(?:る|そう)(?:(?:の|こと)(?:は|が|も)[、,]?(?:もう|まず|ほぼ|ほとんど|事実上)?(?:確実|間違いな|決まり|確定|濃厚)|らしい|みたい|げな|って(?:話|聞)|と(?:聞|伺)|(?:と|かと)思|です|でしょう(?!か)|だろう(?!か))/gu
const DESIGNATION_PUBLIC = /答申|官報|告示|(?:発表|公表)(?:し|され|があり)/u
function designationForetold(e: Emitter, t: string): void {
  if (DESIGNATION_PUBLIC.test(t)) return
  for (const m of matchAllOf(DESIGNATION_FORETOLD, t, MAX_HITS)) {
    if (quotedExample(t, m.index)) continue
    const sentence = sentenceOf(t, m.index, m.index + m[0].length)
    if (RUMOUR_AWARE.test(sentence) || PUBLIC_PROCESS.test(sentence)) continue
    put(e, 'unofficial/forecast', m.index, m.index + m[0].length, { topic: '指定', marker: m[0].replace(/^[^]*?(?:され|を受け|選ばれ)(?:る|そう)(?:(?:の|こと)(?:は|が|も)[、,]?)?/u, '') })
  }
}

/**
 * Blind R230A-020 kind, across paragraphs: a paragraph that says the works' budget is still to go to the council (WORKS_COST with
 * COUNCIL_PENDING in one sentence, nothing passed or published), and works dated and stated as certain elsewhere (WORKS_DATED, not
 * hedged), kept for post. (Within one paragraph decidedYetOpen reads them.)
 */
function worksBudget(e: Emitter, t: string, facts: UnofficialFacts): void {
  if (!/費|事業|完成|着工|完了|竣工|開通|供用開始|開館|開業|オープン/u.test(t)) return
  const passed = /可決され|議決され|承認され|成立しました|可決済|議決済|(?:予算案?|議案|条例案)(?:の概要)?(?:を|は)(?:公表|発表|掲載|公開)し/u
  const pending = /議会|定例会|臨時会|委員会|審議|議決|上程|提案|提出/u.test(t) ? COUNCIL_PENDING.exec(t) : null
  if (pending && !passed.test(t)) {
    const sentence = sentenceOf(t, pending.index, pending.index + pending[0].length)
    if (WORKS_COST.test(sentence) && /予算|議案/u.test(sentence)) facts.worksPending = true
  }
  const dated = WORKS_DATED.exec(t)
  if (!dated || passed.test(t)) return
  const sentence = sentenceOf(t, dated.index, dated.index + dated[0].length)
  if (HEDGED.test(sentence) || /議会|定例会|臨時会|開会|会期|本会議|審議|委員会/u.test(sentence)) return
  put({ ...e, emit: (f: DraftFinding) => void facts.worksDated.push(f) }, 'unofficial/undecided', dated.index, dated.index + dated[0].length, { noun: topicOf(sentence) || '事業' })
}

/**
 * Blind R297H-030 kind (conf19): a plan being prepared told while the post says the council has not yet been asked (議会にはまだお諮り
 * していませんが、…上限額を50万円から100万円に引き上げる案で準備を進めています; 議会前ですが、…統合する方針で作業を進めております): the
 * measure is the city's draft, not its decision. The not-yet stage (COUNCIL_NOT_YET) and the plan in preparation (PLAN_PREPARED) in one
 * paragraph; a council's vote told as done (議会で可決されました) is a decision.
 */
// Blind R315E-054 kind (unof57): the bill said not to have reached the council, intransitive or passive (議会にはかかっていません, まだ上がっていない).
const COUNCIL_NOT_YET = /(?:議会|定例会|委員会)(?:に|へ|で)(?:は)?(?:まだ)?(?:お?諮りし|諮っ|諮られ|かけ|かかっ|上がっ|おかけし|出し|お出しし|ご?提案し|ご?提出し|上程し|提案され|提出され|上程され|審議し|審議され|ご審議いただい)(?:て(?:い|お)?(?:ない|ません|りません|らず)|とらん|てな(?:い|か))|(?:議会|定例会|委員会)(?:に|へ)(?:お?諮り?する|諮る|お?かけする|かける|提案する|提出する|上程する|出す)前|議会前|議決前|可決前|議会(?:の)?(?:審議|議決|承認)(?:は|が)?(?:まだ|これから(?!も))/u
const PLAN_PREPARED = /(?:案|方針|方向|形|内容)(?:で|に(?:向けて|沿って))[、,]?[^。！？!?\n]{0,6}?(?:準備|調整|作業|手続き|詰め|検討)(?:を)?[^。！？!?\n]{0,4}?(?:進めて|進めており|して(?:い|お)(?:ます|ります)|中)/u
function planBeforeCouncil(e: Emitter, t: string): void {
  const pending = COUNCIL_NOT_YET.exec(t)
  if (!pending || /可決され|議決され|承認され|成立しました|可決済|議決済/u.test(t)) return
  const plan = PLAN_PREPARED.exec(t)
  if (!plan || RUMOUR_AWARE.test(sentenceOf(t, plan.index, plan.index + plan[0].length))) return
  put(e, 'unofficial/undecided', plan.index, plan.index + plan[0].length, { noun: topicOf(sentenceOf(t, plan.index, plan.index + plan[0].length)) || '事業' })
}

function decidedYetOpen(e: Emitter, t: string): void {
  let open = DECIDED.test(t) ? STILL_OPEN.exec(t) ?? COUNCIL_PENDING.exec(t) : null
  if (!open) {
    // A measure stated as certain while the post says the council or the budget is still to come.
    const pending = COUNCIL_PENDING.exec(t) ?? BRIEFING_PENDING.exec(t)
    // Passed already, or the bill itself published (議案を掲載しました, 予算案を公表しました): the council's process is public.
    if (!pending || /可決され|議決され|承認され|成立しました|可決済|議決済|(?:予算案?|議案|条例案)(?:の概要)?(?:を|は)(?:公表|発表|掲載|公開)し/u.test(t)) return
    const said = ASSERTED.exec(t)
    const sentence = said ? sentenceOf(t, said.index, said.index + said[0].length) : ''
    // The council's own schedule (6月定例会は6月10日から開会します) is not a measure.
    // (Read in the assertion and the words just before it: the pending council may be named earlier in the same sentence.)
    // (From the last comma: 審議中ですが、|4月から…廃止になります is the measure after the pending stage.)
    const claim = said ? t.slice(Math.max(0, said.index - 12), said.index + said[0].length).replace(/^[^]*[。！？!?\n、,]/u, '') : ''
    // Blind R257P-053 kind (conf9): the vote itself as the only hedge (議会で予算が通れば、来年の春から…循環バスが走ります): the condition
    // names the pending vote, and the measure after it is stated as sure, so the sentence is read without the condition. A further hedge
    // (…走る予定です, 実施を目指します) still keeps it clean.
    // (An emoji after the statement ends it as a full stop would: 走ります🚌 もう少しだけお待ちください is a new sentence.)
    let stated = sentence
    if (said) {
      const from = sentenceAround(t, said.index, said.index).start
      const tail = t.slice(said.index + said[0].length, from + sentence.length)
      const stop = tail.search(/\p{Extended_Pictographic}/u)
      if (stop >= 0) stated = t.slice(from, said.index + said[0].length + stop)
    }
    // (A body named 検討委員会 or 検討会 is no hedge of the measure: R319D-025 kind, its deliberation only just begun.)
    const named = stated.replace(/検討(?=委員会|会議|会|部会)/gu, '')
    const unhedged = said && named.includes(pending[0]) ? named.replace(pending[0], '') : named
    if (!said || HEDGED.test(unhedged) || /議会|定例会|臨時会|開会|会期|本会議|傍聴|審議|委員会/u.test(claim)) return
    // Review of unof58 (rv/misc): a works briefing still to come before works stated to start (工事説明会はまだですが、4月から下水道工事が
    // 始まります): the briefing of works the city has let, not of a measure it has still to decide; a closure, a fee or a move stays.
    if (!COUNCIL_PENDING.test(t) && /工事/u.test(sentenceOf(t, pending.index, pending.index + pending[0].length) + stated) && !DIRECTED_MEASURE.test(stated) && !CHANGE.test(stated.replace(/工事|着工|説明会?|始まり?ます|始めます|行います/gu, ''))) return
    // …and the pending stage is this measure's (予算案, 関連議案, まだ), not the council's agenda.
    // (Blind R311E-051 kind, unof56: the vote awaited as the last step, あとは議会の判断を待つばかり, 議会次第, 残るは議会の議決だけ, is this
    // measure's own.)
    // (Blind R434K-053 kind: the deliberation conceded, 市議会で審議中ですが、…, is this measure's own, with or without まだ.)
    if (!/予算|議案|条例|関連|この|本事業|事業|まだ|これから|正式|あとは|後は|待つ|待ち|次第|しだい|残る|残す|かかっ|上がっ|諮られ|ばかり|ところ|説明|答申|(?:審議|協議)(?:中|の途中)(?:です|だ)?(?:が|けど|けれど|ものの)[、,]/u.test(sentenceOf(t, pending.index, pending.index + pending[0].length))) return
    open = pending
  }
  if (!open) return
  // 運行が決定しました。時刻表は現在調整中です: the schedule is still being fixed, not the decision.
  const around = sentenceAround(t, open.index, open.index + open[0].length)
  const sentence = t.slice(around.start, around.end)
  // …協議中です。決まりましたらお知らせします: the announcement promised (its 決まりましたら is no decision).
  if (/^(?:協議中|検討中|調整中)$/u.test(open[0]) && (TBD_SUBJECT.test(t.slice(Math.max(0, open.index - 12), open.index)) || TBD_LATER.test(sentence) || (TBD_LATER.test(t.slice(around.end, around.end + 30)) && !DECISION.test(sentence)))) return
  put(e, 'unofficial/undecided', open.index, open.index + open[0].length, { noun: topicOf(t.slice(0, open.index)) || topicOf(sentence) })
}

/**
 * A personal view given as the city's (個人的には信号機が必要だと思っています。市としても設置を進めます！): the
 * view, then the city said to share or act on it in the same or the next sentence.
 */
/** A note that what was said is one person's view: （※担当者個人の意見です）, ※私見です, （担当の私見も入っていますが）. */
/**
 * Blind R173I-077: …also the writer's feeling or real mind (（担当者の感想ですが笑）, ※中の人の本音です, 個人の感想です): only with the writer
 * named, as 参加者の感想です is the readers'.
 */
const PERSONAL_NOTE = /(?:担当者?|職員|私|筆者)?(?:個人)?の(?:意見|考え|見解|私見)(?:です|であり|で(?:す|あって))|(?:担当者?|職員|私|筆者|中の人|個人|担当者?個人|私個人)の(?:感想|本音)(?:です|であり|で(?:す|あって))|私見(?:です|であり)|(?:私見|(?:個人的な|個人の|担当者?の|私の)(?:意見|考え|思い|感想))(?:も|が)(?:少し|多少|一部|かなり)?(?:入って|含まれて|混じって|交じって|入り)/u
/** The city's stance stated: 柳川市としては…と考えています, 市は…と判断しています. */
/**
 * An opinion said in the first person with no personal marker and the city then said to share it in the next
 * sentence (餌やりは全面禁止にすべきだと思います。柳川市としても同じ考えです): the match is the opinion's start.
 */
const OPINION_THEN_CITY = /(?<=^|[。！!\n])[^。！？!?\n]{0,40}?(?=[^。！？!?\n]{0,40}?(?:べき|必要|ほうがいい|方がいい)(?:だ|である)?と(?:思|考え)(?:います|っています|ております)[。！!]\s?(?:柳川市|本市|当市|市役所|市)(?:として)?(?:も|の))/u
/** The city's real feelings (本音, 本心) or its take (見方) named for a view just stated: no decision stands behind them. */
/** Blind R164D-117: …also a unit of the city's (値上げせざるを得ないというのが担当課の本音のようです, 財政課の本音, 上層部の本心). */
const CITY_REAL_VIEW = /(?:というのが|というのは|これが|それが)(?:柳川市|本市|当市|市役所|市|担当課|当課|担当部署|(?<![\p{Script=Han}])[\p{Script=Han}]{1,6}課|執行部|上層部|幹部)(?:として)?の(?:本音|本心|見方)/u
/**
 * The city's view, then a demand on the state or the prefecture (市としては、…制度そのものに大きな問題があると考えています。国は一日も早く
 * この制度を廃止すべきです): a political position no decision of the city's stands behind.
 */
const CITY_DEMANDS = /(?:柳川市|本市|当市|市)として(?:は|も)[、,]?[^。！？!?\n]{0,60}?と(?:考えて|思って)(?:い|お)(?:ます|ります)[。！!]\s?(?:国|県|政府|国会|県知事|首相|総理)(?:は|が|も)[^。！？!?\n]{0,40}?べき(?:です|だ|である|でしょう)/u
/**
 * Blind R206A-005 (cu12): the city's policy declared as following from the writer's own preference (私としては…緑の広場にするのが一番だと
 * 考えております。そこで、跡地は公園として整備することを市の方針といたしました): one person's view made the city's on the account, with no
 * council or formal step named. A policy the council passed (議決をいただき, 議会の承認を経て) or a plan adopted after a process the post
 * names (審議会の答申を受け) is a decision, not a view.
 */
const CITY_POLICY_DECLARED = /(?:そこで|そのため|このため|ですので|なので|それで|よって|ということで)[、,]?[^。！？!?\n]{0,40}?(?:を|は)[、,]?(?:柳川市|本市|当市|市)の(?:方針|方向性|決定|考え)(?:と|に)(?:いたし|し|させていただき|決め|定め)(?:まし)?た/u
const FORMAL_STEP = /議決|可決|議会|審議会|答申|承認|決裁|協議会|庁議/u
const CITY_STANCE = /(?:柳川市|本市|当市|市)(?:として(?:は|も)|は)[^。！？!?\n]{0,40}?(?:と考えて|と思って|と判断して|べきだ|やむを得ない)/u
/**
 * Blind R173I-077: the city's side taken on a plan or a measure (柳川市としては、正直このメガソーラー計画には反対です！, 本市としては…
 * 建設に賛成です): a stance, read as one person's only when the post marks it so (PERSONAL_NOTE after it).
 */
const CITY_SIDE = /(?:柳川市|本市|当市|市)(?:として(?:は|も)|は)[、,]?[^。！？!?\n]{0,40}?(?:に(?:は|も)?|は)[、,]?(?:断固|絶対|大|正直)?(?:反対|賛成)(?:です|だ|や|の立場|して(?:い|お)ます)/u
/**
 * Blind R188A-035: the city's side declared on another body's plan (柳川市としては今の県の案には反対です, 本市としては国の新しい計画に賛成です)
 * with no formal act of the city's in the paragraph (意見書, 要望, 申し入れ, 市長が表明, 議会で答弁): a stance on another government's
 * plan is taken through such an act; declared in a post by itself, it is the writer's view given as the city's. The stance taken through
 * one (県に意見書を提出しました, 市長が会見で表明しています) is its report.
 */
const CITY_SIDE_ON_OTHER =
  /(?:柳川市|本市|当市|(?<![\p{Script=Han}])市)として(?:は|も)[、,]?[^。！？!?\n]{0,40}?(?:(?<![\p{Script=Han}])(?:県|国|政府)|[\p{Script=Han}]{1,4}(?:県|省|庁))の[^。！？!?\n]{0,16}?(?:案|計画|方針|ルート|構想|事業|施策|制度)(?:に(?:は|も)?|は)[、,]?(?:断固|絶対|大|正直)?(?:反対|賛成)(?:です|だ|や|の立場(?:です|だ)|して(?:い|お)ます)/u
const CITY_ACT_ON_IT = /要望|要請|意見書|提言|申し入れ|決議|求めて(?:い|お|まいり)|求めます|表明|会見|議会|答弁|回答(?:し|いた)|提出|伝えて(?:い|お|まいり)|伝えました/u

/**
 * The city's stance given as a colloquial verdict: one thing ranked far above another (市としては、…アンケートよりも、…の方が
 * ずっと大事だと考えています) or a cause named as what the city "sees" (柳川市としては、…水質悪化が主な原因だと見ています): a
 * staff member's view, with no decision or finding behind it.
 */
const CITY_VERDICT_STANCE = /(?:柳川市|本市|当市|市)として(?:は|も)[、,]?[^。！？!?\n]{0,50}?(?:よりも?[、,]?[^。！？!?\n]{0,40}?(?:ほう|方)が(?:ずっと|よほど|よっぽど|はるかに|断然|絶対に?|何倍も)|(?:が|の)(?:主な|一番の|最大の)?(?:原因|せい)(?:だ|である)?と(?:見て|みて|睨んで|にらんで|思って|考えて))|(?:が|の)(?:主な|一番の|最大の)?(?:原因|せい)(?:だ|である)?と(?:柳川市|本市|当市|市)(?:は|も|として(?:は|も)?)[、,]?(?:考えて|見て|みて|思って|睨んで|にらんで)/u
/**
 * Blind R373W-005 kind: a cause guessed, given as what the city sees (市としても、たぶんそれが原因だろうと見ています, 本市としては
 * 工事のせいじゃないかとみています): the guess (だろう, じゃないか) marks no finding behind it. A working hypothesis the city is checking
 * (…が原因とみて調査しています) is the official way and stays clean.
 */
const CITY_GUESSED_CAUSE = /(?:柳川市|本市|当市|(?<![\p{Script=Han}])市)として(?:は|も)[、,]?[^。！？!?\n]{0,40}?(?:が|の)(?:主な|一番の|最大の)?(?:原因|せい)(?:だろう|であろう|やろう|じゃないか|ではないか|やないか|なんじゃないか)と(?:見て|みて|睨んで|にらんで|思って|考えて)/u
const CAUSE_UNDER_CHECK = /調査|確認|検証|調べ|究明/u
function cityGuessedCause(t: string): RegExpExecArray | null {
  const m = CITY_GUESSED_CAUSE.exec(t)
  if (!m) return null
  const rest = t.slice(m.index + m[0].length, m.index + m[0].length + 12)
  return CAUSE_UNDER_CHECK.test(rest) ? null : m
}
/** The city's stance on a step not taken, said as one's feeling (市としてはもう式典自体やめるべきだと思っています). */
/**
 * Blind R164D-150/R163A-111: a change of a measure proposed on the city's account in the colloquial voice of one person (市としても見直したほうが
 * いいと思っています, 市としても今後は後援しない方向でいいんじゃないかと考えています): no decision stands behind it. The proposal must be a
 * change (見直す, やめる, 廃止, 減らす, 〜しない方向); advice to readers (早めに申請したほうがよいと考えています) is the city's message.
 * Blind R169D-120: …also as a musing that the change would be allowed (市としては、…広報紙の配布をやめてもよいのではないかと考えています,
 * 補助は打ち切ってもいいんじゃないかと思っています): only with the tentative のではないか; a plain permission (…やめてもよいと考えています, 体調が
 * 悪い方は参加をやめても構いません) lets readers off, it proposes nothing.
 */
const CITY_PROPOSES = /(?:柳川市|本市|当市|市)として(?:は|も)[、,]?[^。！？!?\n]{0,40}?(?:見直|やめ|止め|廃止|なくし|無くし|減らし|増やし|変え|改め|中止|延期|縮小|取りやめ|打ち切|有料に|無料に|しない|せん|せず)[^。！？!?\n]{0,6}?(?:(?:(?:た|る|ない)?(?:ほう|方)が(?:いい|よい|良い|ええ)|方向で(?:いい|よい|良い)|(?:で|の)(?:いい|よい|良い))(?:の(?:では|じゃ)(?:ない)?か|んじゃ(?:ない)?か|ん(?:じゃ|や)(?:ない)?か)?|(?:て|で)も(?:いい|よい|良い|ええ|構わない|かまわない)(?:の(?:では|じゃ)(?:ない)?か|んじゃ(?:ない)?か|ん(?:じゃ|や)(?:ない)?か))(?:な)?と(?:思って|考えて|感じて)(?:い|お)(?:ます|る|ります)/u
/**
 * Blind R166I-049: shops or products ranked by taste on the city's account (柳川市としては、市内のうなぎ屋さんの中でも沖端の老舗3軒がいちばん
 * おいしいと考えています): one person's taste given as the city's view, favouring some businesses. A superlative must be there; praise of the
 * town's food in general with no ranking is not this.
 */
const CITY_TASTE_RANK = /(?:柳川市|本市|当市|市)として(?:は|も)[、,]?[^。！？!?\n]{0,50}?(?:いちばん|一番|最も|もっとも|断然|ダントツ|圧倒的に|ナンバーワン|ナンバー1|No\.?1)[、,]?(?:おいしい|美味しい|うまい|美味い|旨い)(?:だ|です)?と(?:考えて|思って|感じて)(?:い|お)(?:ます|る|ります)/u
/**
 * Blind R165I-116: colleagues said all to say or think so, after a view (…プールの建て替えが先やと思うし、市役所の中でもみんなそう言いよるばい;
 * 課の中でも同じ意見の人が多い): one person's view given as the inside's consensus.
 */
const INSIDE_CONSENSUS = /(?:課内|庁内|役所内|市役所内|部内|係内|(?:市役所|役所|役場|庁舎|課|係|職場|部署)の(?:中|なか))(?:で|の人)?(?:も|でも)[、,]?(?:みんな|皆|全員|ほとんど|だいたい|大体|おおむね)?[、,]?(?:そう|同じこと|同じように|同じ)(?:言って|言っと|言いよ|言うと|言うて|話して|話しよ|思って|思っと|思いよ|思うと|考えて)(?!(?:い|お)?(?:ない|ません|らん|なか))/u
const CITY_FEELS = /(?:柳川市|本市|当市|市)(?:として(?:は|も))[、,]?[^。！？!?\n]{0,40}?(?:やめる|止める|廃止す|なくす|中止す|打ち切る|見直す|減らす|増やす|下げる|上げる)べき(?:だ)?と(?:思って|おもって|感じて)(?:い|お)(?:ます|る|ります)/u
/**
 * Blind R161A-070: the city's stance given to a sweeping verdict of worth or taste (柳川市としては、うなぎは国産以外食べる価値なしと思っています,
 * 市としては、手作り以外はありえないと考えています, 当市としては輸入品は論外だと思っております): one person's taste or contempt said on the
 * city's account. Only the worthless (価値なし, 論外, ありえない after 以外) with a verb of thinking right after; the city's finding (市としては、
 * 安全性に問題はないと考えています) or a boast (国産が一番だと思っています) is not this.
 */
const CITY_WORTH_VERDICT = /(?:柳川市|本市|当市|市)として(?:は|も)[、,]?[^。！？!?\n]{0,40}?(?:以外(?:は|に)?[^。！？!?\n]{0,12}?(?:価値(?:が|は|も)?(?:なし|ない|無い|ゼロ)|ありえない|あり得ない|論外|認められない|ダメ|だめ|偽物|ニセモノ)|(?:食べる|買う|行く|見る|飲む|使う)?価値(?:が|は|も)?(?:なし|ない|無い|ゼロ)|論外)(?:だ|です)?と(?:思って|おもって|考えて|感じて)(?:い|お)(?:ます|る|ります)/u
/** The city's own affairs: its finances, policy, council, mayor, budget, services (市の財政, 市政, 議会, 市長). */
const CITY_AFFAIRS = /(?:市|本市|当市|柳川市|市役所|役所|行政)の?(?:財政|財源|借金|予算|決算|方針|政策|施策|計画|事業|運営|経営|体制|対応|職員|人事|組織)|市政|市議会|議会|市長|副市長|首長|財政|予算|決算|税金の使い|補助金/u
/** A verdict of failure or needless spending (破綻寸前, 失敗だ, 無駄, やめるべき, いらない, ありえない). */
const CITY_VERDICT = /破綻|崩壊|失敗|無駄|ムダ|むだ|税金の無駄|ずさん|ひどい|最悪|ダメ|だめ|まずい|危ない|やばい|ヤバい|終わって|おしまい|やめるべき|廃止すべき|見直すべき|辞めるべき|辞任すべき|不要|いらない|要らない|ありえない|あり得ない|信用できない|信頼できない|おかしい/u

/**
 * Blind R191I-051: one person's verdict that a works or a project of the city is not worth its cost or not needed (個人的な感想ですが、この区間の
 * 拡幅は費用に見合わないと思っています; 私見ですが、新しい体育館の建設は必要ないと思います; 正直、あの橋の架け替えは税金の無駄だと感じます):
 * the account speaking for the city judges its own project. The project is the topic (は, って, なんて) of the verdict; cost words may stand
 * between them (費用に見合わない), nothing else before 必要ない, 不要 or 無駄 (この公園は予約いらない names no verdict on the park). A taste
 * (この景色が好きです) and the city weighing cost (費用対効果を検証しています: no personal marker) are not this.
 */
const CITY_PROJECT = '(?:拡幅|工事|整備|建設|建て替え|建替え|改修|改築|新設|移設|舗装|延伸|架け替え|事業|計画|施策|再開発|開発|埋め立て|区画整理|道路|バイパス|橋|庁舎|施設|ホール|体育館|図書館|公園|駐車場|補助金|助成|制度|取り組み|取組)'
const PROJECT_NOT_WORTH = new RegExp(
  `${CITY_PROJECT}(?:は|って|なんて|なんか)[、,]?(?:[^。！？!?\\n、,]{0,12}?(?:費用|コスト|予算|税金|お金|投資|金額|経費|事業費|工事費)(?:に|と)?(?:は|も)?[、,]?(?:全く|まったく|とても|到底|とうてい|どう考えても|あまり)?(?:見合(?:わ(?:ない|ん)|って(?:い)?(?:ない|ません))|に合わ(?:ない|ん))|(?:本当に|ほんとに|正直|もう|そもそも|別に|特に|あまり|全く|まったく|どう考えても|はっきり言って)?[、,]?(?:割に合わ(?:ない|ん)|費用対効果(?:が|は)(?:低|悪|薄|疑問|ない|な[かく])|必要(?:は|が)?(?:ない|なか|ありません)|不要|無駄|ムダ|むだ|税金の無駄|お金の無駄|要らない|いらない|意味(?:が|は)?(?:ない|ありません)|やる意味(?:が|は)?(?:ない|ありません)))`,
  'u',
)
/**
 * Blind R210A-034 kind: one person's verdict that a project of the city is out of proportion to the city (私としては、…立体駐車場は柳川の規模には
 * 大きすぎると感じています; 個人的には、新庁舎の計画は人口に比べて立派すぎると思います; 正直、この再開発は身の丈に合わないと感じます): a call to
 * shrink or drop the city's own project, made on the account that speaks for it. The project (`CITY_PROJECT`) is named in the sentence, the
 * verdict measures it against the city's scale, population, demand or finances (not a room too big for a child, not a serving too large).
 */
/** …or a work named by its place in the city's plans (計画に入っている, 予定されている新しい屋内プール, 計画中の). */
const PLANNED_WORK = /(?:計画|予定)(?:に入って(?:いる|る)|されて(?:いる|る)|中の|している)/u
const OVERSIZED = /(?:規模|身の丈|人口|需要|利用者数|利用者の数|財政|財政力|まちの大きさ|町の大きさ|市の大きさ)(?:に|には|にしては|に対して|に対し|から(?:すると|見ると|見て|考えると)|と比べて|に比べて|と比べると|に比べると)[、,]?[^。！？!?\n]{0,8}?(?:大きすぎ|大き過ぎ|おおきすぎ|過大|過剰|立派すぎ|立派過ぎ|豪華すぎ|豪華過ぎ|広すぎ|広過ぎ|多すぎ|多過ぎ)|身の丈に(?:合わ(?:ない|ん|ず)|合って(?:い)?(?:ない|ません))|過大(?:な)?(?:投資|計画|整備|事業)|過剰(?:な)?(?:投資|整備|設備)/u
/**
 * Blind R194A-029: one person's verdict that a measure or a benefit of the city has outlived its role (私個人の考えですが、…敬老祝金のような給付は、
 * もう役目を終えているのではないかと感じています; 正直、この補助制度は今の時代に合っていないと思います): a call to end the city's own measure, made
 * on the account that speaks for it. The measure is the topic (は, って, も) of the verdict, a few words at most between. A building retired by the
 * city with no personal marker (旧庁舎は役目を終え、解体されます), a tool (このストーブも役目を終えました) and praise of a role well played
 * (地域の見守り役として大きな役割を果たしています) are not this.
 */
const MEASURE_OUTLIVED = new RegExp(
  `(?:${CITY_PROJECT}|給付金?|祝い?金|手当|支給|配布|交付|サービス|行事|イベント)(?:は|って|なんて|も)[、,]?[^。！？!?\\n、,]{0,8}?(?:(?:役目|役割|使命)(?:を|は)[、,]?(?:もう|すでに|既に|とっくに)?(?:終え|終わっ|果たし終え)|(?:今の|いまの)?時代(?:に|には)?(?:合って(?:い)?(?:ない|ません)|合わ(?:ない|ん|なく)|そぐわ(?:ない|なく))|時代遅れ)`,
  'u',
)

/** A cause laid on a group of people (投票率が低いのは、若い世代が…関心を持っていないからです). */
const GENERALISED_CAUSE = /のは[、,]?[^。！？!?\n]{0,30}?(?:世代|若者|若い人|高齢者|お年寄り|住民|市民|人たち|人々|方々|家庭|親|子ども|男性|女性|外国人)(?:が|の)[^。！？!?\n]{0,40}?(?:から|せい|ため)(?:です|だ|でしょう|だと思)/u

/**
 * The city's own current practice judged wrong by the writer (今のやり方は、正直おかしいと思います, 今の制度は無駄だと感じます):
 * on the city's account, a verdict against its own policy reads as the city's.
 */
const OWN_PRACTICE_WRONG =
  /(?:今の|現在の|現行の|いまの|市の|うちの|役所の|市役所の)(?:やり方|やりかた|制度|仕組み|しくみ|方針|運用|進め方|集め方|決め方|予算の使い方)(?:は|って|も)[、,]?\s?(?:正直(?:なところ|に言って)?[、,]?|はっきり言って|ぶっちゃけ|どう考えても|どう見ても)?[^。！？!?\n]{0,12}?(?:おかしい|間違って|無駄|ムダ|意味(?:が)?ない|いかがなものか|疑問です|疑問に|納得(?:でき|いか)(?:ない|ません)|ひどい|最悪|ありえない|あり得ない)(?:[^。！？!?\n]{0,4}?と(?:思|感じ|考え))?/u
/**
 * Where the fault lies, said as one's own view: in a body or a system (組織の問題だと感じております, 国の制度設計そのものに
 * 無理があるからだと私は考えております) or not in the one person blamed (本人だけの責任ではなく). A public verdict on blame
 * that no finding of the city stands behind.
 */
const FAULT_HOLDER = '(?:組織|制度設計|制度|仕組み|しくみ|体制|職場|上司|管理職|上層部|幹部|行政|国|県|政府|市役所|役所|市|運用|設計|ルール|法律|やり方)'
const FAULT_VERDICT = new RegExp(
  `${FAULT_HOLDER}(?:そのもの|自体|全体)?(?:の|に)(?:問題|責任|欠陥|落ち度|無理|限界|矛盾|不備)(?:が(?:ある|あった))?(?:から|ため)?(?:だ|である|であった|だった)?と(?:私は|わたしは|わたくしは|僕は|自分は)?(?:思|おも|考え|感じ)|` +
    '(?:本人|担当者?|職員|当人|その人|あの人)(?:だけ|ひとり|一人)の(?:責任|せい|問題)(?:では|じゃ)(?:なく|ない|ありません)',
  'u',
)
/**
 * A system condemned as a whole on the city's account, in any register of the stance (柳川市といたしましても制度そのものに問題があると
 * 考えております, 本市としましては、この交付金の仕組み自体に無理があると考えています): a political verdict no decision of the city's
 * stands behind. The city's own set-up found wanting and put right (チェック体制に不備があったと考えております。再発防止に努めます) is
 * an apology, not this; a difficulty (課題) is not a verdict.
 */
const CITY_AS = '(?:柳川市|本市|当市|市)(?:として(?:は|も)|といたしまして(?:は|も)|としまして(?:は|も))'
const SYSTEM_FAULT = '(?:制度|仕組み|しくみ|制度設計|法律|法制度|交付金|補助金)(?:そのもの|自体)(?:に|には)(?:大きな|根本的な|重大な)?(?:問題|欠陥|無理|限界|矛盾)(?:が(?:ある|あった))?(?:のではないか)?と'
/**
 * Blind R172A-066: …also with the city named after the verdict (国の制度設計そのものに無理があると柳川市は考えています, 仕組み自体に問題が
 * あると本市としては考えております): the same verdict on the city's account. Not a verdict denied (…と市は考えていません) or a mere
 * difficulty (制度自体に課題があると市は考えています).
 */
const SYSTEM_VERDICT = new RegExp(
  `${CITY_AS}[、,]?[^。！？!?\\n]{0,40}?${SYSTEM_FAULT}(?:考えて|思って|感じて)(?=い|お)(?!(?:い|お)(?:ない|ません|りません))|${SYSTEM_FAULT}[、,]?(?:${CITY_AS}|(?:柳川市|本市|当市|市)(?:は|も|では))[、,]?(?:考えて|思って|感じて|見て|みて)(?=い|お)(?!(?:い|お)(?:ない|ません|りません))`,
  'u',
)
/** …unless the city says what it does about it (見直します, 改善に努めます, 再発防止). */
const CITY_ACTS = /見直し(?:ます|を進め|てまいり)|改善(?:します|に努め|してまいり|を図)|再発防止|取り組んでまいり|対応してまいり/u

/**
 * A decision of the city judged in hindsight (建て替えたほうがよかった, 延期すべきだった, 値上げしなければよかった): the act
 * judged is one the city decides (DECISION just before the verdict), not the writer's own day out (早く来たほうがよかった).
 */
/** Blind R162I-026: …also a measure's timing judged (所得制限がやっとなくなりました。正直、遅すぎたと思います; 遅きに失した). */
const HINDSIGHT = /(?:た|だ)(?:ほう|方)が(?:よかった|良かった|よろしかった|ましだった|マシだった)|べき(?:だった|でした|であった|で(?:は)?なかった|では(?:ありません|ございません)でした)|(?:なければ|なけりゃ|なきゃ|ねば)(?:よかった|良かった)|(?:遅|おそ|早|はや)(?:すぎ|過ぎ)た(?=と(?:思|おも|感じ|考え))|(?:遅|おそ)かった(?=と(?:思|おも|感じ|考え))|遅きに失し/u
/**
 * Blind R187I-033: an authority's act or call judged too late or too early (上流のダムの放流判断が遅すぎた, 県の避難指示の発令が遅かった, 国の
 * 対応が遅すぎた): a staff member's verdict on another body's decision, said on the account that speaks for the city. The act is the subject
 * of the verdict, just before it; a season or a bus being late (梅雨明けが遅すぎた, 到着が遅かった) is no act judged.
 */
const ACT_JUDGED = /(?:判断|対応|決定|決断|指示|発令|発表|措置|対策|対処|初動|連絡|通報|周知|情報提供|放流|避難指示|避難勧告|決壊対策|見直し|公表)(?:の(?:タイミング|時期))?(?:が|は|も)[、,]?(?:少し|ちょっと|あまりにも|明らかに|やはり|やっぱり)?$/u

function hindsightVerdict(sentence: string, before = ''): RegExpExecArray | null {
  const m = HINDSIGHT.exec(sentence)
  if (!m) return null
  // The timing judged (遅すぎた) may follow the measure told in the sentence before (…所得制限がやっとなくなりました。正直、遅すぎた…),
  // or an authority's act be its subject (放流判断が遅すぎた).
  if (/^(?:遅|おそ|早|はや)/u.test(m[0])) return CHANGE.test(before + sentence.slice(0, m.index)) || ACT_JUDGED.test(sentence.slice(0, m.index)) ? m : null
  if (DECISION.test(sentence.slice(Math.max(0, m.index - 16), m.index))) return m
  // Blind R205I kind: a work of the city judged where or that it was built (個人的には、あの公園はこの場所に造るべきではなかったと思います;
  // 図書館は駅前に建てたほうがよかった): the act is building or placing it, the work of the city named in the sentence; one's own house is not.
  return /^べき|^(?:た|だ)(?:ほう|方)/u.test(m[0]) && BUILT_ACT.test(sentence.slice(Math.max(0, m.index - 10), m.index)) && new RegExp(CITY_PROJECT, 'u').test(sentence) && !/(?:家|自宅|うち|実家|店|お店)(?:を|は|も)/u.test(sentence) ? m : null
}
const BUILT_ACT = /(?:建て|造|つく|作|置|設け|移|選|決め|に(?:し|する))(?:る|た|った|っ|ん|だ)?$/u

/** Others' view reported (…と思われる方もいます, …と考える人も): not the writer's. */
/** What should be done (べき, ほうがいい, 望ましい) ending a proposal. */
const PROPOSAL = /(?:べき|(?:た|る)(?:ほう|方)が(?:いい|よい|良い|よか|ええ)|望まし)/u
/** A measure the city runs or funds (its budget, a festival, a service) besides CHANGE's changes. */
const CITY_MEASURE = /予算|税金|財源|事業|(?:お金|おかね|資金|財政)(?:を|は)[、,]?[^。！？!?\n]{0,4}?(?:回す|回し|まわす|まわし|振り向け|充て|使う|使い)|(?:祭|まつり|花火|イベント|行事)(?:は|を|の|も)[^。！？!?\n]{0,20}?(?:やめ|止め|なくし|減らし|削|廃|回し|振り向け|充て)|(?:に|へ)(?:回す|回し|振り向け|充て)/u
/**
 * Blind R107A-096: a fee, a tax or a grant the city sets, said to be raised, cut or dropped (情報公開請求の手数料はもっと上げるべき, 駐車場の料金は
 * 下げたほうがいい, ごみ袋代は安くすべき, 補助金は減らすべき): a change of a measure, as CHANGE's 値上げ is, in the plain verb.
 */
/** A measure of the city (a fee raised, a school merged, a facility closed), then a stand against or for it (には反対です, は賛成できません). */
/**
 * Blind R304W-017 kind (unreb21): …also a cut in hours or a service (開館時間短縮, 運行の休止, 開館日の変更) named as the topic with a bare
 * 、 (今回の…開館時間短縮、私個人としては正直納得していません), the stand a few words on. Read only after a personal marker (personalView).
 */
/**
 * Review of d6c3fa8d (rvunreb55): …also the cut said in a verb (開館時間が短くなることについて、私個人としては納得いきません; 廃止される
 * のには反対です), and 納得いきません without が.
 */
const MEASURE_OPPOSED =
  /(?:(?:値上げ|値下げ|増税|有料化|廃止|統合|統廃合|閉鎖|閉館|移転|削減|縮小|短縮|休止|減便|建設|建て替え|見直し|民営化|委託|導入|計画|改定|改正)(?:案)?|(?:短く|狭く|少なく|高く|有料に)なる(?:こと|の)|(?:値上げ|有料化|廃止|統合|閉鎖|閉館|移転|削減|縮小|短縮|休止|減便|民営化)される(?:こと|の))(?:に(?:は|も)?|は|について(?:は)?|、|,)[、,]?[^。！？!?\n]{0,12}?(?:反対(?:です|だ|や|の立場|して(?:い|お)ます)|(?:賛成|同意|賛同)(?:でき(?:ません|ない|かねます|ず(?!に(?:い|お)(?:た|まし))(?:に|にい|じまい)?)|しかねます)|納得(?:でき(?:ません|ない|ず(?!に(?:い|お)(?:た|まし))(?:に|にい)?)|して(?:い|お)りません|していません|が?(?:いきません|いかない|いっていません|行きません))|疑問(?:です|を感じ))/u
const FEE_PROPOSED = /(?:手数料|使用料|利用料|料金|保険料|保育料|給食費|会費|参加費|入館料|入場料|観覧料|駐車料|乗船料|運賃|税率|税金|(?<![\p{Script=Han}])税|袋代|補助金|助成金|補助額|助成額|負担金|自己負担)(?:は|を|が|も|って)?[、,]?[^。！？!?\n]{0,12}?(?:上げ|下げ|値上|値下|安く|高く|無料に|有料に|タダに|ただに|なくす|無くす|なくし|廃止|減ら|増や|増額|減額|見直)/u
/**
 * Blind R137I-039: one person's verdict on a measure of the nation (個人的には、今回の国の制度改正は小さなお店いじめだと思っています;
 * 正直、政府の方針は地方の切り捨てだと感じます; 私としては、国の新しい規制はおかしいと思う): a side taken against national policy, said on the
 * city's account, reads as the city's. The measure is the nation's or the government's, the verdict a condemnation. The nation's measure told
 * as news (国の制度改正により手続きが変わります) or a view on how it was explained (説明会はわかりやすかった) is not this.
 * Blind R139I-061: a ministry as the maker (文科省の方針は現場を分かっていない) and a verdict of missing the point (国の教員の働き方改革は
 * まったくの的外れだと思っています, 机上の空論, 見当違い, 意味がない) are the same condemnation.
 * Blind R146I-106: a verdict of failure or of no worth in any wording (国の政策としては失敗だと思います, 政府の方針はダメだと思う, 国の制度改正は
 * 評価できません, お粗末, 逆効果, 悪手); not failure as the reader's risk (失敗しても再挑戦できる国の制度).
 */
const NATIONAL_VERDICT =
  /(?:(?<![\p{Script=Han}])国|政府|国会|政権|内閣|(?:文科|文部科学|厚労|厚生労働|総務|財務|国交|国土交通|農水|農林水産|経産|経済産業|環境|法務|外務|防衛)省|内閣府|こども家庭庁|デジタル庁)(?:の|が)[^。！？!?\n]{0,16}?(?:制度|政策|方針|改正|法改正|法案|施策|改革|規制|決定|見直し|措置|対策|(?<!散)策|税制|税率|給付|補助金|交付金)[^。！？!?\n]{0,24}?(?:いじめ|切り捨て|改悪|愚策|悪政|失策|横暴|暴挙|おかしい|おかしか|間違って|間違い|ひどい|酷い|最悪|ありえな|あり得な|許せな|納得(?:でき|いか)な|無理があ|反対(?:です|だ|や|して)|的外れ|的はずれ|見当違い|見当はずれ|机上の空論|絵に描いた餅|現場(?:を|が)(?:わかって|分かって|知ら|見て)(?:い)?な|ズレて|ずれて|骨抜き|意味(?:が|の)?な|効果(?:が)?な|役に立たな|無意味|(?:大)?失敗(?:だ|です|でしょ|やと|や(?:ね|な|ろ)|じゃ|と(?:思|言|感|考)|作|例|に終わ|して(?:い|お)る|しとる)|失政|悪手|逆効果|(?:ダメ|だめ|駄目)(?:だ|です|でしょ|やと|や(?:ね|な|ろ)|じゃ|と(?:思|言|感)|[！!。]|$)|評価(?:でき|し)(?:ない|ません|かね)|評価に値しな|お粗末|(?:筋|出来|でき)が悪|破綻して)/u
/**
 * Blind R149I-015: one person's prescription for national policy (個人的には、国はペット税を導入して飼い主の責任をもっと重くするべきだと
 * 思います; 私見ですが、政府にはもっと地方に予算を回してほしい; 国が早く法律で義務化すべき): the nation (or the government, a ministry) as
 * the one to act, then what it should do (べき, してほしい, したほうがいい). The nation as the maker of a rule the reader should keep
 * (国が定めた基準を守るべき), the nation's grant the reader should use (国の補助金を活用すべき) and the city's formal request (国に要望して
 * います) are not this: the nation must be the subject (は, には, にも, として), not a relative clause's (国が定めた …).
 */
const NATIONAL_PRESCRIPTION =
  /(?:(?<![\p{Script=Han}])国|政府|国会|政権|内閣|(?:文科|文部科学|厚労|厚生労働|総務|財務|国交|国土交通|農水|農林水産|経産|経済産業|環境|法務|外務|防衛)省|内閣府|こども家庭庁|デジタル庁)(?:は|には|にも|として(?:は|も)?|が(?![^。！？!?\n、,]{0,8}?(?:た|る|てい(?:る|た))(?=[\p{Script=Han}ァ-ヶ]|この|その|あの)))[、,]?[^。！？!?\n]{0,40}?(?:べき|(?:て|で)(?:ほしい|欲しい|ほしか|もらいたい|いただきたい)|(?:た|る)(?:ほう|方)が(?:いい|よい|良い|よか|ええ)|ればいい|たらいい)/u
/** Team R42B-042 kind: a remedy proposed (配ればいいと思う, やめたらいいのに, 増やすべき), the city's view given (…というのが市の考え, 市としては),
 * and the remedy set against it (…と思うんですけどね, でも…, ただ…). */
const OWN_REMEDY = /(?:れば|たら)(?:いい|よい|良い|ええ)(?:のに|と|んじゃ|のでは)|べき(?:だ|や)?と|(?:た|る)(?:ほう|方)が(?:いい|よい|良い)(?:のに|と)/u
const CITY_VIEW_GIVEN = /(?:市|本市|当市|柳川市|市役所)(?:として)?の(?:考え|方針|見解|立場|判断)|(?:本市|当市|柳川市|(?<![\p{Script=Han}])市)として(?:は|も)/u
const REMEDY_CONTRAST_END = /(?:けど|けれど|けども|ばってん|のに)(?:ね|ねえ|な|なあ|ねー)?[。！!…〜~ー\s]*$/u
const REMEDY_CONTRAST_START = /^[\s]*(?:でも|ただ|とはいえ|まあ|まぁ|正直)/u
/** Advice to readers on what to do themselves (お早めに, ご確認, ご予約): no change of a measure. */
/**
 * Blind R373W-039 kind: one person's call to loosen or tighten a standard, a rule or a requirement (個人的には、農地転用の基準はもっと緩めて
 * いいと思っています, 私見ですが、駐輪の規制は厳しくしてもいい, 正直、補助の要件は見直したほうがいい): a side taken on how the city should
 * rule, said on its account. The rule changed, then permission or a call (ていい, てもいい, べき, ほうがいい, ればいい); keeping a rule or
 * explaining it (ルールを守っていただければ, 基準を分かりやすく説明しても) is no change.
 */
const RULE_RESHAPED =
  /(?:基準|規制|要件|条件|規則|ルール|条例|制度|制限|線引き|規定)(?:は|を|が|も|って)?[、,]?[^。！？!?\n]{0,12}?(?:緩め|緩和|ゆるめ|ゆるく|緩く|厳しく|きびしく|厳格に|強化|見直|撤廃|なくし|無くし|廃止|変え|改め|引き?上げ|引き?下げ|広げ|狭め)[^。！？!?\n]{0,6}?(?:べき|(?:て|で)も?(?:いい|よい|良い|ええ)|(?:ほう|方)が(?:いい|よい|良い|ええ)|(?:れ|せ|け)ば(?:いい|よい|良い|ええ)|たら(?:いい|よい|良い|ええ)|望まし)/u
const READER_ADVICE = /お早め|早めに|ご(?:確認|予約|注意|参加|利用|用意|準備)|お(?:持ち|出かけ|越し|申し込み|申込)/u

/**
 * A political opinion on a national issue taken by the account (消費税はすぐにゼロにするべきやと思う, 原発の再稼働には反対です, 憲法は
 * 改正すべき, ○○党を支持します): a side taken on a contested question that is not the city's view, whoever says it (a staff member or
 * a mascot). A question put to readers (改正すべきかどうか), a view quoted (「…」という意見), a tax notice and the city's formal request
 * (国に要望しています, 意見書を提出) are not this.
 */
const POLITICAL_ISSUE = '(?:消費税|所得税|住民税|増税|減税|インボイス|憲法|改憲|護憲|九条|9条|原発|原子力発電所?|再稼働|安保法|安全保障|防衛費|集団的自衛権|辺野古|基地移設|核兵器|核武装|死刑制度|夫婦別姓|同性婚|移民|政権|内閣|首相|総理|与党|野党|自民党|自民|立憲民主党?|立憲|維新|公明党|共産党|国民民主党|れいわ|参政党|社民党)'
const POLITICAL_STANCE =
  '(?:(?:ゼロ|廃止|撤廃|撤回|中止|凍結|引き下げ|引き上げ|下げ|上げ|減ら|増や|なくす|無くす|なくし|やめ|止め|辞め|減税|増税|改正|改憲|再稼働|解散|退陣|辞任|交代|見直)[^。！？!?\n]{0,6}?(?:べき|(?:た|る)(?:ほう|方)が(?:いい|よい|良い|よか)|しろ|せよ|(?:て|で)(?:ほしい|欲しい|ほしか|くれ)|たらいい|ればいい|なきゃ|ないと(?:いけない|だめ|ダメ))|(?:に|には|は)(?:断固|絶対|大)?(?:反対|賛成)(?:です|だ|や|!|！|。|$|します|しとる|してる|している|しています|っちゃ|ばい|やけん)|(?:を|は)支持(?:します|する|してる|している|しています)|(?:反対|賛成|阻止|推進|撤回|廃止|護憲|改憲)\\s?(?:の|する|を求める)?\\s?(?:運動|デモ|署名(?:活動)?|活動|集会|キャンペーン|声)(?:を|に)[、,]?(?:応援|支持|支援|賛同|参加|広げ|上げ)(?:します|しています|する|してる|しましょう|しよう|してください|を))'
/** The city's declaration, resolution or ordinance cited as the ground of a stance (平和都市宣言に基づき, 議会の決議を受けて, 条例の趣旨に沿って). */
const CITY_DECLARED = /(?:都市)?宣言(?:に基づ|にもとづ|を受け|の趣旨|都市として|のまち)|決議(?:に基づ|にもとづ|を受け)|議決(?:に基づ|を受け)|条例(?:に基づ|にもとづ|の趣旨)/u
const POLITICAL_VIEW = new RegExp(`${POLITICAL_ISSUE}[^。！？!?\\n]{0,40}?${POLITICAL_STANCE}`, 'gu')
/**
 * Blind R260K-015 kind: a campaign for or against a measure of the city backed by the account (個人的には、市民プール廃止に反対する署名に
 * 賛同しています…ぜひ署名を; 図書館移転の見直しを求める署名活動を応援しています; 庁舎建て替え反対の運動に参加しています): a side taken on a
 * disputed local policy, as on a national issue. Only a measure (廃止, 移転, 統合, 建設 …) before the campaign and the writer's own backing or
 * joining after it; a campaign reported (署名が市長に手渡されました), a petition received and an event's own campaign stay clean.
 */
const LOCAL_MEASURE = '(?:廃止|統廃合|統合|移転|閉鎖|閉館|閉校|閉園|閉所|建設|建て替え|建替え|民営化|売却|値上げ|有料化|誘致|再開発|計画|撤去|新設|条例|民間委託|縮小|休止)'
const LOCAL_CAMPAIGN = new RegExp(`${LOCAL_MEASURE}(?:に|へ|の|を)?[、,]?(?:反対|賛成|阻止|推進|撤回|存続|見直し|白紙)\\s?(?:を求める|する|の)?\\s?(?:運動|デモ|署名(?:活動)?|活動|集会|キャンペーン|会)(?:を|に)[、,]?(?:応援|支持|支援|賛同|参加)(?:します|しています|しとります|しとる|してる|している|してます|しました|しましょう|しよう|してください|を)`, 'gu')
/**
 * Blind R128I-052: candidates in an election judged or backed (知事選、正直どの候補もピンとこないけど、現職だけはないわ; 市長選は○○さんに
 * 入れる; 現職には勝ってほしくない; どの候補も頼りない): a side taken in a vote, which an official account must never take. The election is
 * named first, the candidates after it, then the verdict on them. A notice of the vote (投票日, 立候補者説明会, 選挙公報でご確認ください) is not.
 */
const ELECTION = '(?:選挙|知事選|市長選|市議選|県議選|町長選|町議選|村長選|村議選|区長選|衆院選|参院選|総選挙|補選|補欠選|国政選挙|総裁選|代表選)'
const CANDIDATE = '(?:現職|新人|前職|元職|候補(?:者)?|[\\p{Script=Han}ァ-ヶー]{1,6}(?:さん|氏|候補)|与党|野党|[\\p{Script=Han}]{1,4}党)'
const CANDIDATE_VERDICT =
  '(?:(?:だけは|だけには|には|は|も)[、,]?(?:絶対|ぜったい|正直)?(?:ない(?:わ|な|よ|です|でしょ|やろ|って)?(?:[。！!…〜~]|$)|ありえない|あり得ない|無理|論外|勘弁|いや(?:だ|や|です)|イヤ|ダメ|だめ|嫌(?:だ|や|い|です)|期待できな|頼りな|パッとしな|ぱっとしな|ピンと(?:こ|来)な|魅力(?:が|を感じ)?な)|(?:に|へ)(?:一票|1票)?(?:入れる|入れます|入れよう|入れた|入れたい|投票する|投票します|投票したい|投票しよう)|(?:に|が)(?:は|も)?(?:勝って|当選して|受かって|落ちて|負けて)(?:ほしい|欲しい|ほしく(?:な|は)|くれ)|を(?:応援(?:します|してる|しています|してます|したい)|支持(?:します|する|してる|しています)|推します|推す))'
const ELECTION_VIEW = new RegExp(`${ELECTION}[^。！？!?\\n]{0,40}?${CANDIDATE}[^。！？!?\\n]{0,12}?${CANDIDATE_VERDICT}`, 'gu')
/**
 * Blind R162I-062: who wins a vote, guessed by the account (結果はまあ現職で決まりでしょうね, 新人が勝つんじゃないかな, 現職の圧勝やろ): an
 * official account foretelling an election takes a side as surely as backing one. Only with the vote named in the sentence or the one before
 * (選挙, 市長選, 開票, 投票率); results reported (当選しました, 当選確実となりました) are not guesses.
 */
const ELECTION_HELD = new RegExp(`${ELECTION}|開票|投票率|当落`, 'u')
const ELECTION_OUTCOME = new RegExp(`(?:現職|新人|前職|元職|候補(?:者)?|[\\p{Script=Han}ァ-ヶー]{1,6}(?:さん|氏|候補))(?:で|の|が)(?:まあ|ほぼ|もう|たぶん|多分|きっと|まず)?[、,]?(?:決まり|圧勝|楽勝|勝ち|当選|逃げ切り|優勢|有利|勝つ|勝てる|当選する|受かる|落ちる|負ける)(?:でしょう|だろう|やろ|かな|っぽい|みたい|と思|かも|じゃない|んじゃない|のでは|そう|濃厚)`, 'gu')
/**
 * Blind R409J-038 kind: who wins a vote told as the view going round, of insiders or anyone (関係者の間では現職の再選が確実と見られています,
 * 新人の当選が濃厚との見方が強い, 現職の三選は固いと言われています, 与党の過半数は確実視されています, 候補の優勢が伝えられ) or flatly (現職の再選が確実です): the outcome of a
 * vote not yet held passed on by the account that runs it. An outcome word (再選, 当選, 勝利, 優勢 …) of a contender, then a near-certainty
 * (確実, 濃厚, 有力, 固い, 確実視) closed by a seen-or-said frame (と見られ, との見方, と言われ, とささやかれ) or a copula; the vote named in that
 * sentence or the one before (ELECTION_HELD). Clean: a result counted (開票の結果…当選が確定しました, 当選確実となりました), a candidate's aim
 * (再選を目指して), turnout.
 */
const ELECTION_SEEN_WIN = '(?:再選|三選|四選|五選|多選|[0-9０-９]選|当選|初当選|返り咲き|勝利|圧勝|優勢|劣勢|落選|敗北|苦戦|独走|逃げ切り|過半数(?:獲得|確保)?|議席(?:獲得|確保)?)'
const ELECTION_SEEN_SURE = '(?:ほぼ|まず|もはや|すでに|既に|ほとんど)?[、,]?(?:確実|濃厚|有力|固い|堅い|かたい|間違いない|間違いなし|決定的|確定的|必至|目前|鉄板)'
const ELECTION_SEEN = new RegExp(
  `(?:現職|新人|前職|元職|候補(?:者)?|[\\p{Script=Han}ァ-ヶー]{1,6}(?:さん|氏|候補)|与党|野党|[\\p{Script=Han}]{1,4}党)(?:の|が)?[、,]?${ELECTION_SEEN_WIN}(?:が|は|も)?[、,]?(?:${ELECTION_SEEN_SURE}(?:だ|である)?(?:と|との|だと|とも)[、,]?(?:の)?(?:見られ|みられ|言われ|いわれ|ささやかれ|囁かれ|予想され|予測され|伝えられ|観測され|思われ|見方|見通し|声|噂|うわさ|評判|もっぱら)|${ELECTION_SEEN_SURE}(?:です|でしょう|だろう|ですね|ですよ|みたい|らしい|だ(?=[。！!よね]|$))|(?:確実視|有力視|当確視|濃厚視)(?:され|して)|(?<=優勢|劣勢|苦戦|独走)(?:と|を|が)?[、,]?(?:伝えられ|報じられ|見られ|みられ|言われ|いわれ|ささやかれ|囁かれ|予想され|予測され))`,
  'gu',
)
/**
 * Blind R179I-006: a candidate in a coming election praised or backed on the city's account (来月の市長選挙に立候補を表明された…立花誠さんは、
 * …誰よりも熱心に取り組んでこられた方です。柳川の未来を託せる方だと思います): an endorsement, whatever its words. A person named as having
 * declared (立候補を表明された…さん, …さんが…出馬を表明), the vote named in that sentence or the one before, and praise or backing of the
 * person in that sentence or the next (託せる, ふさわしい, 適任, 期待しています, 応援しています, 誰よりも). A declaration reported with no
 * praise, one not to run (立候補しないことを表明) and a notice of the candidates' briefing or debate are not this.
 */
const DECLARED_CANDIDATE = /(?:立候補|出馬)(?:を|の)?(?:表明|予定|決意|届け出|届出)(?:を)?(?:され|し|なさ)?(?:た|ている|ておられる|ました)?[^。！？!?\n]{0,16}?[\p{Script=Han}\p{Script=Katakana}ー]{1,8}(?:さん|氏|様)(?!方)|[\p{Script=Han}\p{Script=Katakana}ー]{1,8}(?<![皆各])(?:さん|氏|様)(?:が|は)[、,]?[^。！？!?\n]{0,20}?(?:立候補|出馬)(?:を|の)?(?:表明|決意)/gu
const CANDIDATE_PRAISED = /託せる|託したい|任せられる|任せたい|ふさわしい|相応しい|適任|ぴったり|うってつけ|(?:期待|応援)(?:して(?:い|お)?(?:ます|る)|しとる|したい|します)|信頼でき|頼もしい|心強い|誰よりも|(?:素晴らしい|すばらしい|立派な|頼れる)(?:方|人|候補)|頑張って(?:ほしい|いただきたい|もらいたい)|当選(?:して(?:ほし|いただ|もらい)|を(?:願|祈|お祈))/u
/**
 * Blind R239N-019 kind: a person named, in an election's context, and held up as the one who should take office (…に本気で取り組んでいる
 * 清水 孝明さんのような方にこそ、ぜひ市政に加わってほしい; 田中さんには議員として活躍してほしい; …さんに当選してほしい): an endorsement
 * with no declared candidacy named, which the official account must never give (5(1): a staff member's view, not the city's). The vote
 * (選挙, 市議選, 投票) in the sentence or the one before; the person with さん, 氏 or 候補, not the readers (皆さん). A notice of the vote, a
 * list of the candidates or a debate (説明会, 討論会, 選挙公報, 投票所), a wish that the readers vote (皆さんにこそ投票してほしい) and a council
 * member named in their role (清水議員が一般質問で…) are not this.
 */
const PERSON_BACKED = /[\p{Script=Han}\p{Script=Katakana}ー]{1,6}(?:[\s　][\p{Script=Han}\p{Script=Katakana}ー]{1,6})?(?<![皆各])(?:さん|氏|候補)(?:のような|みたいな|の(?:ような|様な))?(?:方|人|かた)?(?:にこそ|こそ|には|にも|に|が|は)[、,]?[^。！？!?\n]{0,16}?(?:(?:市政|県政|国政|市議会|県議会|議会|議場|政治|まちづくりの先頭)(?:に|へ|で)[、,]?(?:ぜひ|是非)?[、,]?(?:加わ|入|参加し|活躍し|立|携わ)(?:って|て|して)?(?:ほしい|欲しい|ほしか|もらいたい|いただきたい)|(?:議員|市長|首長|代表)(?:に|として)[、,]?[^。！？!?\n]{0,6}?(?:なって|選ばれて|活躍して|働いて)(?:ほしい|欲しい|ほしか|もらいたい|いただきたい)|当選(?:して(?:ほし|いただ|もらい)|を(?:願|祈|お祈))|託せる|託したい|任せられる|任せたい|(?:市政|まち|町|未来|将来)を(?:託|任せ))/gu
const VOTE_NAMED = new RegExp(`${ELECTION}|投票`, 'u')
/**
 * Blind R239N-028 kind: a political group or a party named, its platform (政策集, 公約, マニフェスト) cited and praised or backed (「みらい
 * 筑後の会」さんの新しい政策集、…心強いです。柳川の未来を任せられるのはここかも; ○○党の公約には共感します): a side taken on the official
 * account, with or without an election named. A group's platform reported with no praise (各会派の政策集は議会のホームページで公開), a
 * proposal the city receives (要望, 提言を受け) and an association of the city (協会, 委員会, 町内会) are not this.
 */
const PARTY_PLATFORM = /(?:「[^「」\n]{1,20}(?:(?<![協員議工治内議])会|党|会派|クラブ)」|(?<![各全他])[\p{Script=Han}\p{Script=Katakana}ー]{1,10}(?:党|会派))(?:さん|様)?(?:の|が)[^。！？!?\n]{0,10}?(?:政策集|政策|公約|マニフェスト|政策提言)/gu
const PLATFORM_PRAISED = /託せる|託したい|任せられる|任せたい|ふさわしい|相応しい|適任|(?:期待|応援)(?:して(?:い|お)?(?:ます|る)|しとる|したい|します|でき)|信頼でき|頼もしい|心強い|共感(?:します|しました|でき|しか)|賛同(?:します|しました)|支持(?:します|したい)|(?:素晴らしい|すばらしい)(?:です|内容|政策|公約)|(?:市政|まち|町|未来|将来)を(?:託|任せ)/u
/** Notices of the vote (説明会, 討論会, 選挙公報, 期日前投票, 選挙管理委員会): the city's business, no side taken. */
const CANDIDATE_NOTICE = /説明会|討論会|選挙公報|期日前投票|選挙管理委員会|選管|啓発|投票所/u
/** A notice of the vote or its candidates' events (投票日, 説明会, 公開討論会, 選挙公報): the city's business, no side taken. */
const ELECTION_NOTICE = /説明会|討論会|選挙公報|投票日|期日前投票|立候補予定者|届出|啓発|選挙管理委員会|選管/u

/**
 * Blind R128I-097: a private entry into a company's campaign or prize draw posted on the official account (#有明ビール夏のキャンペーン
 * 応募します！当たりますように🍺 @ariake_beer_jp; プレゼント企画に参加しました、当たれ〜): the writer's own entry in the first person
 * (応募します, 参加しました, エントリー完了) with a wish to win, or with the campaign and the company's handle. The city's own campaign
 * (応募をお待ちしています, 抽選で10名様に当たります) and a city entering a contest with no luck wished (コンテストに応募しました) are not this.
 */
const OWN_ENTRY = /(?:応募|エントリー|参加)(?:します|しました|しまーす|しま〜す|しちゃ(?:う|い|お)|完了|済み|したよ|した[！!]|しとく|しときます|しよ(?:う)?[！!〜~])/gu
const LUCK_WISHED = /当たりますように|当たれ(?:[ー〜~！!]|$)|当選しますように|当たってほしい|当たるといいな|当たりますよーに|当選祈願|当たりたい/u
const PRIZE_CAMPAIGN = /キャンペーン|懸賞|プレゼント企画|プレゼントキャンペーン|抽選|フォロー(?:&|＆|と|\+)?(?:RT|リポスト|リツイート)/u
const HANDLE = /(?<![A-Za-z0-9._%+-])@[A-Za-z0-9_]{3,15}/u

function privateEntry(e: Emitter, t: string): void {
  if (!/応募|エントリー|参加/u.test(t)) return
  const luck = LUCK_WISHED.test(t)
  if (!luck && !(PRIZE_CAMPAIGN.test(t) && HANDLE.test(t))) return
  OWN_ENTRY.lastIndex = 0
  const m = OWN_ENTRY.exec(t)
  if (!m) return
  put(e, 'unofficial/private-post', m.index, m.index + m[0].length)
}

/**
 * Blind R131I-061: the writer's own day off and what they will do with it, posted on the official account (明日は有給とって福岡の推しのライブ
 * 行ってきます〜, 代休なので温泉に行ってきます, 推しのライブに参戦してきます): a private plan meant for a private account. Leave or a fan's
 * outing in the first person (行ってきます, 参戦, 楽しんできます). Readers' leave (休暇を取って帰省される方は…), leave as a labour topic
 * (有給休暇の取得促進) and the city's own event (推しのライブが市民会館で開催) are not this.
 */
const PRIVATE_OUTING =
  /(?:有給|有休|年休|休暇|代休|振休|振替休日|夏休み|お休み)(?:を)?(?:とって|取って|とり|取り|もらって|使って|いただいて|なので|だから|やけん|の日(?:は|に))[^。！？!?\n]{0,30}?(?:行ってき(?:ます|まーす|まーす|ま〜す|まっす)|行ってくる|行ってこよ|参戦|楽しんでき|遊んでき|旅行(?:に|して)き|飲みに行)|推し(?:の)?[^。！？!?\n]{0,8}?(?:ライブ|コンサート|ツアー|イベント|舞台|握手会)(?:に)?(?:行ってき(?:ます|まーす|ま〜す)|行ってくる|参戦(?:します|してき|する|決定))/gu
function privateOuting(e: Emitter, t: string): void {
  if (!/有給|有休|年休|休暇|代休|振休|休日|休み|推し/u.test(t)) return
  PRIVATE_OUTING.lastIndex = 0
  const m = PRIVATE_OUTING.exec(t)
  if (!m || /方は|方へ|皆さん|みなさん|ご家族で/u.test(sentenceOf(t, m.index, m.index + m[0].length))) return
  put(e, 'unofficial/private-post', m.index, m.index + m[0].length)
}
/**
 * Blind R170I-013: the writer's grumble about their own work (今日で20連勤…。人も予算も減らされて、それで仕事は増える一方。この市、ほんとに
 * どうかしてる; 残業続きでうちの役所はおかしい) with the city or the office, their employer, condemned in the demonstrative or the possessive
 * (この市, うちの役所, この職場): a staff member's private complaint sent from the official account. Both must be there: a workload praised or
 * thanked for (20連勤おつかれさまでした、消防団の皆さん), a reform told (残業を減らすため、この市では…) and a resident's verdict quoted in
 * brackets are not this; nor praise in the same words (この町、どうかしてるくらい桜がきれい).
 */
const OWN_WORK_GRUMBLE = /[0-9０-９一二三四五六七八九十]{1,3}連勤(?!を?(?:お(?:つかれ|疲れ)|ありがとう|支え))|連勤続き|(?:残業|休日出勤|徹夜)(?:続き|ばかり|ばっかり|ばっか|地獄|三昧)|(?:人|人員|職員|人手)(?:も|は|が)[^。！？!?\n]{0,8}?減らされ|仕事(?:は|が|ばかり|だけ)[^。！？!?\n]{0,6}?増える一方|休みが(?:ない|取れない|とれない|なか)/u
const EMPLOYER_CONDEMNED = /(?:この|うちの|ウチの)(?:市|まち|町|市役所|役所|役場|職場|組織|自治体)(?:って|は|も)?[、,\s]?(?:ほんとに|本当に|ほんと|ホントに|マジで|まじで|まったく|全く|もう|完全に)?[、,]?(?:どうかしてる|どうかしとる|どうかしている|おかしい|狂って|終わって|終わっとる|ブラック(?![ァ-ヺー])|腐って|いかれて|最悪(?!の))(?![^。！？!?\n]{0,4}?(?:くらい|ぐらい|ほど))/u
function staffGrumble(e: Emitter, t: string): void {
  if (!OWN_WORK_GRUMBLE.test(t)) return
  const m = EMPLOYER_CONDEMNED.exec(t)
  if (!m || quotedExample(t, m.index) || /「[^」\n]*$/u.test(t.slice(Math.max(0, m.index - 40), m.index))) return
  put(e, 'unofficial/private-post', m.index, m.index + m[0].length)
}

/**
 * Blind R132I-052: a superior's or an insider's word given as the ground for a matter still to be decided (課長いわく「たぶん予算は通る」らしい
 * ので…準備を進めておいて大丈夫です, 部長の話では補助金は来年度も続くみたいなので): hearsay from inside handed to the public as a promise.
 * The word is a colleague's (課長, 部長, 上司, 市長), the matter a budget, a grant or a vote still to come. A superior's word on the record
 * (市長は会見で…と述べました) and an answer decided (予算は3月議会で可決されました) are not this.
 */
/**
 * Blind R304W-032 kind (unreb21): …or the council's side heard in humble words (議会の方から伺ったところでは、次の定例会で…導入が提案される
 * 運びとのことです, 議員さんからお聞きしたところ…提出される予定とのこと): a proposal still to be made in the session, passed on as heard before
 * any announcement. The council as a channel only (議会の方から, 議会筋から); 議会事務局に伺ったところ、傍聴は先着20名 names no proposal.
 */
/**
 * Review of d6c3fa8d (rvunreb55): the humble ask (に伺ったところ, からお聞きしたところ) put to the city's own department or mayor is the
 * city asking on the record (担当課にお聞きしたところ、申請受付は4月1日から…とのことです; 市長に伺ったところ、来年も…継続するとのことです):
 * published facts or a plain continuation, the city speaking. The humble ask is hearsay only from the council's side (議会の方, 議会筋,
 * 議員さん) about a matter still to come; from the city's own side only when the ending is rumour's (らしい, みたい, って話), not とのこと.
 */
const INSIDER_SOURCE = '(?:課長|部長|係長|次長|局長|室長|所長|市長|副市長|上司|上の人|上層部|財政課|担当課)'
const INSIDER_COUNCIL = '(?:議員(?:さん|の方)?|議会(?:の方|筋|関係者)|議会(?=から))'
const INSIDER_PLAIN = '(?:いわく|曰く|が言うには|が言うに|の話では|の話だと|によると|から聞いた(?:話では|ところ)|が(?:言って|話して)(?:た|い)(?:けど|が|ので|から))'
const INSIDER_HUMBLE = '(?:から|に)(?:聞いた|伺った|うかがった|お聞きした|お伺いした)(?:話では|ところ)'
const INSIDER_MATTER = '[、,]?[^。！？!?\\n]{0,40}?(?:予算|補助金?|助成|交付金|議会|採択|可決|承認|決裁|通る|通り|続く|継続|つく|付く|提案|上程|提出)[^。！？!?\\n]{0,24}?'
const INSIDER_RUMOUR = '(?:らしい|みたい|そう(?:です|だ|なので|なんで|だから)|って(?:話|こと))'
/** Team R222S-011: another body's department (県の担当課から伺ったところでは…縮小する意向とのことです) is not the city speaking of itself. */
const INSIDER_OTHER_BODY = '(?<=(?:県|国|省|庁|町|村|他市|隣の市)の)'
const INSIDER_SAID = new RegExp(
  `(?:${INSIDER_SOURCE}${INSIDER_PLAIN}|${INSIDER_COUNCIL}(?:${INSIDER_PLAIN}|${INSIDER_HUMBLE}))${INSIDER_MATTER}(?:${INSIDER_RUMOUR}|とのこと)` +
    `|${INSIDER_OTHER_BODY}${INSIDER_SOURCE}${INSIDER_HUMBLE}${INSIDER_MATTER}(?:${INSIDER_RUMOUR}|とのこと)` +
    `|${INSIDER_SOURCE}${INSIDER_HUMBLE}${INSIDER_MATTER}${INSIDER_RUMOUR}`,
  'gu',
)
function insiderSaid(e: Emitter, t: string): void {
  if (!/いわく|曰く|言うには|の話|によると|聞いた|伺った|うかがった|お聞きした|言って|話して/u.test(t)) return
  INSIDER_SAID.lastIndex = 0
  const m = INSIDER_SAID.exec(t)
  if (!m || /会見|記者|答弁|議会で(?:答え|述べ)|公表|発表し/u.test(sentenceOf(t, m.index, m.index + m[0].length))) return
  put(e, 'unofficial/rumour', m.index, m.index + m[0].length, { plain: '（確かめた事実）' })
}

/** The city's formal request or resolution (要望, 意見書): its own business, not a side taken in passing. */
const FORMAL_REQUEST = /要望|要請|意見書|提言|申し入れ|決議|求めて(?:い|お|まいり)|求めます/u

/**
 * Blind R260K-016 kind: in an election's notice, whom to vote for hinted as plain to see (どなたに託すべきかは自ずと明らかではないでしょうか, 誰を
 * 選ぶべきかは言うまでもありません, どの候補に一票を投じるべきか、答えは出ているはずです): a side taken without a name, the record of the
 * incumbent or a slogan pointing the way. Asking readers to choose for themselves (誰に託すかは皆さん一人ひとりが決めること, 選挙公報で
 * 比べて) names no answer.
 */
const VOTE_HINTED =
  /(?:誰|だれ|どなた|どの(?:候補(?:者)?|方|人))(?:に|を)[、,]?(?:託す|託し|任せる|任せ|まかせる|まかせ|投票する|投票す|入れる|入れ|選ぶ|選|[一1]票を投じる|[一1]票を投じ)(?:べき|る|た(?:らいい|ほうがいい))?か(?:は|も|[、,])?[、,]?[^。！？!?\n]{0,12}?(?:明らか|あきらか|明白|(?:言|い)うまでも(?:な|あり)|分かりきっ|わかりきっ|(?:答え|結論)(?:は|が)[^。！？!?\n]{0,6}?出て|決まって(?:い|お)?(?:る|ます)|見えて(?:い|き)|おわかり|お分かり)/u
/**
 * Blind R358F-024 kind: a forecast the writer owns as their own (個人的な見立てですが, 私の読みでは, 経験上), then stated as certain (…掘割は
 * 間違いなくあふれます, 確実に止まります, 絶対に来ます): one staff member's guess told with the city's voice, not a warning the city issued.
 * Advice (必ず…してください, …べき, おすすめ) and a question are not this. Bounded: one sentence.
 */
const OWN_FORECAST =
  /(?:個人的な(?:見立て|予想|予測|読み|感覚|見方|見解|判断)|個人的(?:に|には)(?:は)?|私見|(?:私|わたし|僕|ぼく|自分)(?:の|なり(?:の)?)(?:見立て|予想|予測|読み|感覚|勘|経験)|経験上|長年の勘)(?:です|だ|や|では|だと|から(?:言う|いう)と|としては|ですが|だけど|やけど|ですけど|ですけれど|ながら)?[、,]?[^。！？!?\n]{0,60}?(?:間違いなく|まちがいなく|確実に|絶対(?:に)?|百パーセント|100[%％])[、,]?[^。！？!?\n]{0,20}?(?:ます|る|ない|ません)(?=[。！!]|$|よ|ね)/gu
const OWN_FORECAST_NOT = /ください|下さい|べき|おすすめ|お勧め|お薦め|しましょう|ましょう|お願い|[？?]|でしょうか|ませんか/u
function ownForecast(e: Emitter, t: string): void {
  for (const m of matchAllOf(OWN_FORECAST, t, MAX_HITS)) {
    const end = m.index + m[0].length
    const sentence = sentenceOf(t, m.index, end)
    if (OWN_FORECAST_NOT.test(sentence) || t.lastIndexOf('「', m.index) > t.lastIndexOf('」', m.index)) continue
    put(e, 'unofficial/personal-view', m.index, end, { opinion: m[0] })
  }
}
/**
 * Blind R366P-023, R367Q-029 kinds: a forecast the writer owns as their own hunch (私個人の見立てですが, 担当職員の肌感覚ですが, 長年の勘では)
 * closed by a plain guess (…打ち切りになると思います, …あふれると思います): one staff member's forecast of a cut of the city's or of a flood, told
 * with the city's voice before anyone decided or warned of it. Only with a change (CHANGE) or a damage (DAMAGE, a river said to overflow) in the
 * sentence: a hunch about the autumn leaves or a crowd is no such matter; advice and a question are not this. Bounded: one sentence.
 */
const OWN_HUNCH =
  /(?:個人的な|(?:私|わたし|僕|ぼく|自分|担当者?|担当職員|職員)(?:個人)?の)?(?:見立て|肌感覚|肌感|長年の勘|経験上)(?:です|だ|や|では|だと|から(?:言う|いう)と|としては)?(?:が|けど|けれど|けれども|ばってん)?[、,]?[^。！？!?\n]{2,60}?(?:と|かと)(?:思います|思う|思っています|思ってます|思われます|考えています)/gu
/** Advice given on one's experience (早めに出したほうがいいと思います, 確認しておくとよいと思います): no forecast. */
const HUNCH_ADVICE = /(?:ほう|方)が(?:いい|良い|よい|よか|無難|安心)|(?:と|ば|たら)(?:いい|良い|よい|よか)(?:と|かと)思|(?:で|て)(?:も)?(?:いい|良い|よい|大丈夫)(?:と|かと)思/u
const RIVER_OVERFLOW = /(?:川|堀|掘割|水路|クリーク|ため池)(?:が|は|も)[、,]?(?:あふれ|溢れ|越水|決壊|氾濫)/u
function ownHunch(e: Emitter, t: string): void {
  for (const m of matchAllOf(OWN_HUNCH, t, MAX_HITS)) {
    const end = m.index + m[0].length
    const sentence = sentenceOf(t, m.index, end)
    if (!(CHANGE.test(sentence) || DAMAGE.test(sentence) || RIVER_OVERFLOW.test(sentence)) || OWN_FORECAST_NOT.test(sentence) || HUNCH_ADVICE.test(m[0]) || t.lastIndexOf('「', m.index) > t.lastIndexOf('」', m.index)) continue
    put(e, 'unofficial/personal-view', m.index, end, { opinion: m[0] })
  }
}
/**
 * Blind R360H-039 kind: a resident's question answered with a guess from memory (たぶん…12日になると思います！私の記憶ではそうだったはずです;
 * 記憶が正しければ…のはずです; うろ覚えですが…だったと思います): a date, an amount or a rule given as the answer though nobody checked it.
 * The memory named as the ground, then a hedge (はず, と思います, かと) in that sentence or the one before it. A memory of the past told as
 * such (子どものころの記憶では…泳いでいました) hedges nothing. Bounded.
 */
const FROM_MEMORY = /(?:(?:私|わたし|僕|ぼく|自分)の)?記憶(?:では|だと|によると|によれば|が(?:正しければ|確かなら|確かならば|確かであれば))|うろ覚え(?:です|だ|や|で)?(?:が|けど|けれど)?/u
const GUESSED_ANSWER = /はず(?:です|だ|や|では|ですが|なん|なの|。|！|!|$)|(?:と|かと)(?:思います|思う|思われ|思いま)|(?:たぶん|多分|おそらく|恐らく)[^。！？!?\n]{0,30}?(?:です|でしょう|だろう|ます)/u
function recalledAnswer(e: Emitter, t: string): void {
  const m = FROM_MEMORY.exec(t)
  if (!m) return
  const s0 = sentenceAround(t, m.index, m.index + m[0].length)
  const prev = s0.start > 0 ? sentenceAround(t, s0.start - 1, s0.start - 1) : s0
  const around = t.slice(prev.start, s0.end)
  if (!GUESSED_ANSWER.test(t.slice(s0.start, s0.end)) || !/(?:たぶん|多分|おそらく|恐らく|はず|と思います|かと思)/u.test(around)) return
  // An answer to a resident's question (a reply, or its wording: お問い合わせ, ご質問) about a fact of the city's (a date, a fee, a rule).
  if (!/^\s?@|[0-9０-９一二三四五六七八九十]+(?:日|月|円|時|回)|振込|支給|締切|締め切り|期限|手続|申請|受付|料金|税|年金|手当|補助|給付/u.test(around) || /子ども(?:の)?(?:ころ|頃)|子供(?:の)?(?:ころ|頃)|昔|当時|幼い/u.test(around)) return
  const end = s0.end
  put(e, 'unofficial/personal-view', m.index, end, { opinion: t.slice(prev.start, s0.end).replace(/[。！!]$/u, '') })
}
/**
 * Blind R355C-022 kind: a service of the city said, as a guess, to end some day (公式アプリ…使う人が少ないけん、そのうち終わるかもです; 巡回
 * バスはいずれなくなるんじゃないかな; この補助金も近いうちに打ち切りになりそう): an end nobody decided, hinted. The service named in the
 * sentence; a day's programme nearing its close (本日のイベントもそろそろ終わり) has no time ahead.
 */
const END_HINTED =
  /(?:そのうち|いずれ(?:は)?|近いうちに|近々|遠からず|将来的に(?:は)?)[、,]?[^。！？!?\n]{0,8}?(?:終わる|おわる|終わり|終了する|終了に|なくなる|無くなる|廃止され?る|廃止に|打ち切られ?る|打ち切りに|閉じる|消える)(?:かも|のでは|んじゃ|ん?(?:や|じゃ)なか|っちゃなか|気がし|予感|そう(?:です|だ|や|な|。|！|!|$)|(?:と|かと)思)/gu
const ENDING_SERVICE = /アプリ|サービス|制度|事業|路線|バス|便|窓口|施設|教室|講座|補助|助成|手当|給付|ポイント|サイト|システム|図書館|プール|公民館|センター|支所|出張所/u
function endHinted(e: Emitter, t: string): void {
  for (const m of matchAllOf(END_HINTED, t, MAX_HITS)) {
    const end = m.index + m[0].length
    const s0 = sentenceAround(t, m.index, end)
    const sentence = t.slice(s0.start, s0.end)
    if (!ENDING_SERVICE.test(sentence) || /本日|今日|きょう|最後まで|残りわずか|まもなく|[？?]/u.test(sentence) || t.lastIndexOf('「', m.index) > t.lastIndexOf('」', m.index)) continue
    put(e, 'unofficial/forecast', m.index, end, { topic: ENDING_SERVICE.exec(sentence)![0], marker: m[0] })
  }
}
/**
 * Blind R355C-006 kind: a zone of a hazard map or a school district said, while it is being revised, to be likely to change (防災マップの
 * 見直し作業中です。新しい想定では、…地区の一部が浸水区域から外れる可能性があります; 学区の見直しで…が校区に入るかもしれません): residents
 * act on a map that is not fixed. The revision must be named as under way or to be settled (見直し, 作業中, 確定したら); a reader asked to
 * check their own zone (入る可能性があるかご確認ください) is not this.
 */
const ZONE_SHIFT =
  /(?:浸水(?:想定)?区域|浸水想定|(?:土砂災害)?(?:警戒|特別警戒|危険)区域|避難(?:対象)?(?:区域|地域|エリア)|ハザードマップ|防災マップ|学区|校区|通学区域|対象(?:区域|地域|エリア))(?:から|に|へ|の(?:対象)?から)[、,]?(?:外れ|はずれ|除外され|入(?:る|り)|含まれ(?:る)?|加わ(?:る)?|追加され(?:る)?|編入され(?:る)?)[^。！？!?\n]{0,6}?(?:可能性(?:が|も)(?:あり|ある|出て|高)|かもしれ|かも(?![^。！？!?\n]{0,6}?か[、,]?(?:ご)?確認)|見込み|見通し)(?![^。！？!?\n]{0,6}?(?:か(?:どうか)?[、,]?(?:を)?(?:ご)?(?:確認|チェック|お調べ)))/gu
const ZONE_UNDER_REVIEW = /見直し|改定|改訂|更新作業|作業中|検討中|確定(?:したら|次第|後|前)|決まったら|決まり次第|正式(?:な)?(?:決定|公表|発表)(?:は|前|まで)|新しい想定|新想定/u
function zoneShift(e: Emitter, t: string): void {
  if (!ZONE_UNDER_REVIEW.test(t)) return
  for (const m of matchAllOf(ZONE_SHIFT, t, MAX_HITS)) {
    if (t.lastIndexOf('「', m.index) > t.lastIndexOf('」', m.index)) continue
    const start = sentenceAround(t, m.index, m.index).start
    const from = t.slice(start, m.index).search(/[^\s・●■◆\-]/u)
    put(e, 'unofficial/forecast', from < 0 ? m.index : start + from, m.index + m[0].length, { topic: '区域の見直し', marker: m[0] })
  }
}
function politicalView(e: Emitter, t: string): void {
  for (const m of matchAllOf(POLITICAL_VIEW, t, MAX_HITS)) {
    const end = m.index + m[0].length
    const sentence = sentenceOf(t, m.index, end)
    // A question put to readers (改正すべきかどうか, 賛成ですか), a view quoted in brackets, a formal request of the city.
    if (/^(?:か(?:どうか|否か)?|なのか|でしょうか|ですか|の是非)/u.test(t.slice(end, end + 6)) || FORMAL_REQUEST.test(sentence)) continue
    if (t.lastIndexOf('「', m.index) > t.lastIndexOf('」', m.index)) continue
    // The city's stance on its own declaration, resolution or ordinance (柳川市は平和都市宣言に基づき、核兵器廃絶を支持します): its formal
    // view, cited where it is taken (found by the wave-85 unofficial fixer).
    if (CITY_DECLARED.test(sentence)) continue
    put(e, 'unofficial/personal-view', m.index, end, { opinion: m[0] })
  }
  for (const m of matchAllOf(LOCAL_CAMPAIGN, t, MAX_HITS)) {
    if (t.lastIndexOf('「', m.index) > t.lastIndexOf('」', m.index) || FORMAL_REQUEST.test(sentenceOf(t, m.index, m.index + m[0].length))) continue
    put(e, 'unofficial/personal-view', m.index, m.index + m[0].length, { opinion: m[0] })
  }
  // Blind R162I-062: the outcome of a vote guessed (開票…結果はまあ現職で決まりでしょうね, 市長選は新人が勝つんじゃないかな).
  if (/選挙|選|開票|投票率|当落/u.test(t)) {
    for (const m of electionViews(t, ELECTION_OUTCOME, ELECTION_HELD, null)) put(e, 'unofficial/personal-view', m.index, m.index + m[0].length, { opinion: m[0] })
    // Blind R409J-038 kind: the outcome told as the view going round (関係者の間では現職の再選が確実と見られています); not a result counted.
    for (const m of electionViews(t, ELECTION_SEEN, ELECTION_HELD, null)) {
      if (/開票|確定|当選証書|速報/u.test(sentenceOf(t, m.index, m.index + m[0].length))) continue
      put(e, 'unofficial/forecast', m.index, m.index + m[0].length, { topic: '選挙の結果', marker: m[0] })
    }
  }
  // Blind R239N-028 kind: a party's or a political group's platform cited, then praised or backed in that sentence or the next.
  if (/政策|公約|マニフェスト/u.test(t)) {
    for (const m of matchAllOf(PARTY_PLATFORM, t, MAX_HITS)) {
      const s0 = sentenceAround(t, m.index, m.index + m[0].length)
      const next = s0.end < t.length && t[s0.end - 1] !== '\n' ? sentenceAround(t, s0.end, s0.end) : s0
      const praise = PLATFORM_PRAISED.exec(t.slice(m.index, next.end))
      if (!praise || FORMAL_REQUEST.test(t.slice(s0.start, s0.end)) || quotedExample(t, m.index)) continue
      const end = m.index + praise.index + praise[0].length
      put(e, 'unofficial/personal-view', m.index, end, { opinion: t.slice(m.index, end) })
      break
    }
  }
  // Blind R239N-019 kind: in an election's context, a named person held up as the one to take office.
  if (/選|投票/u.test(t)) {
    const [m] = electionViews(t, PERSON_BACKED, VOTE_NAMED, CANDIDATE_NOTICE)
    if (m) put(e, 'unofficial/personal-view', m.index, m.index + m[0].length, { opinion: m[0] })
    // Blind R260K-016 kind: whom to vote for said to be plain to see (…を振り返れば、私たちがどなたに託すべきかは自ずと明らかではないでしょうか).
    const hint = VOTE_HINTED.exec(t)
    if (hint && (ELECTION_HELD.test(t) || /投票/u.test(t)) && !(t.lastIndexOf('「', hint.index) > t.lastIndexOf('」', hint.index))) put(e, 'unofficial/personal-view', hint.index, hint.index + hint[0].length, { opinion: hint[0] })
  }
  if (!/選/u.test(t)) return
  // Blind R179I-006: a declared candidate named, then praised or backed (…立候補を表明された…さんは、…託せる方だと思います).
  if (/立候補|出馬/u.test(t) && !CANDIDATE_NOTICE.test(t)) {
    for (const m of matchAllOf(DECLARED_CANDIDATE, t, MAX_HITS)) {
      const s0 = sentenceAround(t, m.index, m.index + m[0].length)
      const prev = s0.start > 0 ? sentenceAround(t, s0.start - 1, s0.start - 1).start : s0.start
      if (!new RegExp(ELECTION, 'u').test(t.slice(prev, s0.end))) continue
      const next = s0.end < t.length && t[s0.end - 1] !== '\n' ? sentenceAround(t, s0.end, s0.end) : s0
      const praise = CANDIDATE_PRAISED.exec(t.slice(m.index, next.end))
      if (!praise || quotedExample(t, m.index) || t.lastIndexOf('「', m.index) > t.lastIndexOf('」', m.index)) continue
      const end = m.index + praise.index + praise[0].length
      put(e, 'unofficial/personal-view', m.index, end, { opinion: t.slice(m.index, end) })
      break
    }
  }
  for (const m of matchAllOf(ELECTION_VIEW, t, MAX_HITS)) {
    const end = m.index + m[0].length
    const sentence = sentenceOf(t, m.index, end)
    if (/^(?:か(?:どうか|否か)?|なのか|でしょうか|ですか)/u.test(t.slice(end, end + 6)) || FORMAL_REQUEST.test(sentence) || ELECTION_NOTICE.test(sentence)) continue
    if (t.lastIndexOf('「', m.index) > t.lastIndexOf('」', m.index)) continue
    put(e, 'unofficial/personal-view', m.index, end, { opinion: m[0] })
  }
}

/**
 * An unconfirmed report passed on, in a disaster above all (堤防が決壊しそうだという情報が地元の方から入っています。未確認ですが、念のため
 * お知らせします; 裏は取れていませんが、…橋が流されたそうです): the post says itself the matter is not confirmed, or hands on damage
 * that a private person reported, and so spreads what may be a rumour. Damage the city or an authority confirmed (確認しました,
 * 消防によると), the state of a search (安否は未確認です: not a concession about the news) and a hoax set right stay clean.
 * Blind R86A-073: the city named as who has not confirmed it and the negative in dialect (まだ市では確認できとらんですが, 市としては
 * まだ確認が取れていませんが, 市では確認しておりませんが), with the damage told as what befell a structure (堤防の切れたげな: DAMAGE_EVENT).
 * Blind R128I-069: the post's own label of the report as unconfirmed, in a note closing it (…決壊しそうだという情報が入っています。…
 * （未確認情報です）, ※未確認情報です。, 未確認情報あり): the same concession, put after the news.
 */
const UNVERIFIED = /(?<=^|[。！？!?\n、,\s（(]|(?:情報|話|内容|真偽|事実関係|事実|これ|こちら|噂|うわさ)(?:は|も|で|が)?)(?:まだ)?(?:(?:市|市役所|本市|当市|柳川市|こちら|当方|私たち|職員)(?:では|として(?:は)?|でも|の方では|側では|で)[、,]?(?:まだ)?)?(?:未確認|確認(?:は|が)?(?:(?:取れ|とれ|でき|出来)(?:て(?:い|お)?(?:ない|ません|りません|らん|なか)|とら(?:ん|ない)|とりません|ておら(?:ん|ず))|(?:して|しと)(?:い|お)?(?:ない|ません|りません|らん))|裏(?:は|が)?(?:取れて|とれて)(?:い)?(?:ない|ません|らん)|真偽不明|(?:真偽|本当かどうか|事実かどうか|本当か)(?:は|の(?:ほど|程)は)?(?:不明|分かりません|わかりません|わからん|分からん|定かでは(?:ありません|ない)))(?:(?:の(?:情報|話))?(?:です|でございます|ではあります|なんです|なんだ|だ|や)?(?:が|けど|けれど|けれども|ばってん|ながら)|の?情報(?:です|でございます|となります|あり)?(?=[)）]|。|$))/u
/** What an unconfirmed report may spread: damage, a harm or an outbreak, a closure or a change. */
const UNVERIFIED_NEWS = new RegExp(`流され|浸水|冠水|倒壊|決壊|氾濫|土砂崩れ|崩落|崩れ|火事|火災|停電|断水|けが人|死者|行方不明|孤立|異物|混入|食中毒|集団感染|感染|不審者|事件|事故|逮捕|汚染|有毒|爆発|水没|あふれ|溢れ|通れな|通行止め|${DAMAGE_EVENT.source}`, 'u')
/** A private person as the one who reported it (地元の方から入っています, 住民の方から寄せられた). */
const INFORMANT_REPORT = /(?:近所|ご近所|知り合い|知人|友人|友達|地元|住民|通りすがり|近くの|常連)(?:の方|の人|さん|の方々|の皆さん)?(?:から|より)[^。！？!?\n]{0,8}?(?:入って|入り|入った|寄せられ|届い|いただ|頂|もら|聞い)/u
/** The report confirmed or sourced officially. */
const REPORT_CONFIRMED = /確認(?:しました|できました|いたしました|され(?:まし)?た|済み)|(?:警察|消防|気象台|気象庁|県|国土交通省|河川事務所)(?:によると|によれば|から(?:の)?(?:連絡|情報|発表)|の発表)|デマ|誤り|事実ではありません|ご注意ください/u
const REPORT_FRAME = /(?:という|との|って)(?:情報|話|連絡|知らせ|通報|報告)(?:が|を|も)/gu

function unverifiedReport(e: Emitter, t: string): void {
  const u = e.has.unverified ? UNVERIFIED.exec(t) : null
  if (u) {
    const s = sentenceAround(t, u.index, u.index + u[0].length)
    const prev = s.start > 0 ? sentenceAround(t, s.start - 1, s.start - 1).start : s.start
    const said = t.slice(prev, s.end)
    const reported = e.spans.some((sp) => { const r = e.doc.fromSqueezed(prev, s.end); return sp.start < r.end && sp.end > r.start })
    if ((UNVERIFIED_NEWS.test(said) || CHANGE.test(said)) && !reported) {
      put(e, 'unofficial/rumour', u.index, u.index + u[0].length, { plain: '（確かめた事実）' })
      return
    }
  }
  if (!e.has.reportFrame || (e.has.reportConfirmed && REPORT_CONFIRMED.test(t))) return
  for (const m of matchAllOf(REPORT_FRAME, t, MAX_HITS)) {
    const sentence = sentenceOf(t, m.index, m.index + m[0].length)
    const said = clauseBefore(t, m.index)
    if (/」$/u.test(said) || !UNVERIFIED_NEWS.test(said) || !INFORMANT_REPORT.test(sentence)) continue
    put(e, 'unofficial/rumour', m.index, m.index + m[0].length - 1, { plain: '（確かめた事実）' })
  }
}

/** A price judged too high (or too low) in a verb of thinking: 高いかなと感じています, 高すぎると思います, 割高だと思う. */
const PRICE_VERDICT = /(?:高い|高すぎ(?:る)?|高過ぎ(?:る)?|割高|安すぎ(?:る)?|安過ぎ(?:る)?)(?:くらい|ぐらい|ほど)?(?:か(?:な|も)|の(?:では|じゃ)(?:ない)?か|ん(?:じゃ|や)(?:ない)?か|だ|です|や)?(?:な|なあ|なぁ)?と(?:(?:私|わたし|僕|ぼく|自分)(?:は|も))?(?:思|おも|感じ|考え)/u
/** …with a price in the sentence (円, 料金, 運賃): not a mountain (高い山) or a hurdle. */
const PRICED_THING = /[0-9０-９一二三四五六七八九十百千万]円|料金|運賃|値段|価格|料(?:が|は|も)|代(?:が|は|も)|費(?:が|は|も)/u
/**
 * Blind R180A-027: a fee the city itself sets (指定ごみ袋, 使用料, 手数料, 保育料, 水道料金, 市税): one person's verdict that it is too cheap or
 * too dear (担当している私の個人的な感覚では、今の値段はむしろ安すぎるくらいだと思っています) is a side taken on the city's own measure, on the
 * account that speaks for it. A shop's or a product's price (道の駅のいちごは安すぎるくらい) is no measure of the city.
 */
const CITY_FEE = /(?:ごみ|ゴミ|指定|可燃|不燃|資源)(?:ごみ)?袋|手数料|使用料|利用料|保険料|保育料|給食費|入館料|観覧料|駐車料|(?:上|下)?水道(?:料金|料|代)|市税|住民税|固定資産税|国保税|負担金/u
/**
 * Sellers asked to do something about it: 事業者の皆さん、なんとかなりませんかね, お店の方には値下げをお願いしたい, 組合さんに安くしてほしい.
 * (The form to fill in, the steps of a procedure and thanks are no plea.)
 */
const SELLERS_PRESSED = /(?:事業者|業者|運営|会社|お店|店舗|組合|協会|運航会社|バス会社|鉄道会社)(?:さん|の(?:皆さん|皆様|皆さま|みなさん|方々|方))?(?:に|には|へ|にも)?[、,]?[^。！？!?\n]{0,16}?(?:(?:なんとか|何とか)(?:なりませ|ならない|ならん|して(?:ほし|もら|いただ|くだ|くれ))|(?:値下げ|安く|見直し)(?:して(?:ほし|もら|いただ|くれ)|を(?:お願い|検討して)))/u
/** A complaint that a measure goes too far or only adds a burden: 細かすぎて, 面倒が増えるだけ, 分かりにくすぎる, 手間が増える. */
const GRIEVANCE = /(?:細か|厳し|複雑|面倒|めんどう|わかりにく|分かりにく|ややこし|多|高|長)(?:すぎ|過ぎ)|(?:面倒|手間|負担|不便)(?:が|も)[^。！？!?\n]{0,4}?増える(?:だけ|一方)|(?:増える|増す)だけ(?:だ|です|や)?と/u
/**
 * A unit of the city asked to do better: 担当課には現場の声をもっと聞いてほしい, 上の人にはもう少し考えてほしい, 市役所にはちゃんと見直してほしい.
 * A wish passed on and acted on (…してほしいと伝え, お願いし) is the work done, not a quarrel aired.
 */
const CITY_UNIT_ASKED = /(?:担当課|当課|担当部署|財政課|上層部|上の人|上司|幹部|市役所|役所|(?<![\p{Script=Han}])市|(?<![\p{Script=Han}])[\p{Script=Han}]{1,6}課)(?:の(?:方|人たち|皆さん))?(?:に|には|にも)[、,]?[^。！？!?\n]{0,20}?(?:もっと|ちゃんと|きちんと|しっかり|少しは|もう少し|もうちょっと|考え直|見直)[^。！？!?\n]{0,16}?(?:ほしい|欲しい|もらいたい|いただきたい|頂きたい)(?!と(?:伝え|お願い|要望|依頼|相談|申し入れ))/u

const OTHERS_THINK = /^[^。！？!?\n]{0,6}?と(?:思|考え|感じ)(?:われ|る|う|ている|ておられ|ていらっしゃ)[^。！？!?\n]{0,3}?(?:方|人|皆|声)/u
/**
 * Blind R174I-026: the writer's own view, then the matter said not to be theirs to decide (個人的にはもう少し遅い時間の方がきれいだと
 * 思ってます！私は担当じゃないので決められないんですけど): the disclaimer itself says a decision of the city's is at stake, and the
 * view is handed out on the account that speaks for it. Only a lack of authority (担当じゃないので決められない, 決める立場にない, 決定権は
 * ありません); being unable to pick a favourite (どれもおすすめで一つに決められない) is no disclaimer.
 */
const DECISION_NOT_MINE = /(?:担当|係|担当者|担当課|担当部署|所管)(?:じゃ|では|で)(?:は)?(?:ない|なく|ありません|ございません)[^。！？!?\n]{0,8}?決め(?:られ|る(?:こと|立場|権限))|決める(?:立場|権限)(?:に|は|が|では)?(?:ない|なく|ありません|ございません)|決定権(?:は|が)?(?:ない|なく|ありません|ございません)/u
/**
 * Blind R174I-046: a cause named as one's own feeling in a matter of the city's (あくまで私見ですが、予算が観光地まわりにばかり回っているのが
 * 原因だと感じております): one person's blame on the city's own spending or policy, said on its account, reads as the city's. Read only with
 * the city's affairs in the sentence (CITY_AFFAIRS).
 */
const CAUSE_AS_VIEW = /(?:の|が)(?:主な|一番の|いちばんの|最大の|根本的な|根本の)?(?:原因|せい)(?:だ|である|や)?と(?:(?:私|わたし|僕|自分)(?:は|としては))?(?:思|おも|感じ|考え)/u
/**
 * Blind R175A-036: the city said to share the view two sentences on, a reason between them (私は個人的には大賛成です。…大事なものは
 * ありません。市としても、ぜひ実現すべきだと考えています): only a stance shared (べき, 同じ, 賛成, その考え), not an action the city
 * takes anyway (市としても実施しています).
 */
const CITY_SHARES = /べき|同じ|おなじ|同様|同感|同意見|賛成|一緒|一致|その考え|そう考え|そういう考え|そのような考え/u

/**
 * Blind R308T-028, R309C-053, R310H-040, R311E-021 kind (unof56): the city's course told (市は…受け入れを増やそうとしていますが, 市は「…」と
 * いう方針です, 市は…2か所に再編する計画ですが, …集約する計画を進めていますが), then one staff member's own stand against it in the same or the
 * next sentence (担当の私個人としては反対です, 私個人としては賛成できません, ただ私個人としては…もう少し絞るべきだと感じています): the
 * account sets the writer's view against the city's own policy. The city (or its plan) is the subject of the course; a stand of disagreement
 * (反対, 賛成できない, 納得できない, 疑問, 違和感) counts as it is, a wish or a proposal (べき, ほうがいい, てほしい) only after a turn (…が、, ただ,
 * でも, しかし) and not as a wish for the readers (多くの方に参加してほしい). The writer agreeing (私としても) is not this.
 */
// Blind R323D-055 kind (unof59): …also the city's course as a relative clause before what it is (市が進める駅前再開発, 市が計画する移転).
const CITY_COURSE =
  /(?:(?:(?<![\p{Script=Han}])市(?:長)?|本市|当市|柳川市|市役所|行政|教育委員会|市教委)(?:として)?(?:は|では|も|が)[、,]?[^。！？!?\n]{0,60}?(?:(?:方針|計画|予定|考え|方向|方向性|構想|目標|意向)(?:です|だ|で(?:す|あり|ある)|となって|になって|を(?:進め|立て|掲げ|固め|示し|打ち出し)|が(?:進んで|進められて))|(?<=[\p{Script=Hiragana}])うと(?:して|しと)(?:い|お)?(?:ます|る|ります)|(?:進めて|推し進めて|推進して|取り組んで|目指して|力を入れて|計画して|準備を進めて|お?(?:すすめ|勧め|薦め)して|推奨して|奨励して|呼びかけて|呼び掛けて|お願いして)(?:い|お)(?:ます|る|ります)|(?:進める|推し進める|推進する|計画する|計画中の|予定する|打ち出した)(?=[\p{Script=Han}\p{Script=Katakana}])|(?:決め|決定し)(?:まし)?た|(?:判断|決断|決定|選択|結論)を?(?:し|下し|くだし|出し)(?:まし)?た|(?<=[\p{Script=Hiragana}])ことに(?:し|決め|決定し)(?:まし)?た)|(?:(?<![\p{Script=Han}])市(?:長)?|本市|当市|柳川市|市役所)の[^。！？!?\n、,]{0,12}?(?:施政方針|所信表明|方針|計画|総合計画|基本計画|ビジョン|戦略|構想|目標)(?:で|に|では|には|の中で|として)[、,]?[^。！？!?\n]{0,40}?(?:掲げ|打ち出|示|盛り込|明記|位置づけ|位置付け)(?:られ|され)(?:まし)?た|(?:(?<![\p{Script=Han}])市|本市|当市|柳川市)の(?:方針|計画|考え|方向性|構想)(?:は|では|として(?:は)?)[、,]?[^。！？!?\n]{2,60}?(?:です|だ|で(?:す|あり|ある)))/u
/** …or the plan alone, conceded in the same sentence (…に再編する計画ですが、, …集約する計画が進んでいますが、). */
// Blind R312P-052 kind (unof57): …also a plan named as a 案 (パブリックコメント中の図書館移転案ですが、, バスのルート見直し案ですが、).
const PLAN_CONCEDED = /(?:計画|方針|構想|予定|(?<=[\p{Script=Han}しえ])(?<![提答図名妙腹思懸翻教])案)(?:です|だ|が(?:進んで|進められて)(?:い|お)(?:ます|る)|を進めて(?:い|お)(?:ます|る)|となって(?:い|お)(?:ます|る))(?:が|けど|けれど|けれども|ものの)[、,]/u
/** The writer's view said outright to differ from the city's (市の方針とは異なりますが, 市の考えとは違うかもしれませんが): a turn against its course. */
const CITY_DISSENT = /(?:(?<![\p{Script=Han}])市|本市|当市|柳川市|市役所|行政)(?:として)?の(?:方針|考え|見解|立場|計画|判断|決定)(?:と|とは)[、,]?(?:違|異な|ちが|反|逆)[^。！？!?\n、,]{0,16}?(?:が|けど|けれど|けれども|ものの)[、,]/gu
/** The turn before the writer's stand: …が、 in the sentence, or ただ, でも, しかし opening it. */
const TURN_BEFORE = /(?:(?:が|けど|けれど|けれども|ものの)[、,]|(?:^|[\s　。！!\n])(?:ただ|でも|しかし|ですが|だけど|けれど|けれども|とはいえ|一方で?|ただし|それでも)[、,]?)[^。！？!?\n]{0,16}$/u
/** A stand of disagreement, whatever comes before it. */
// Blind R320M-025 kind (unof58): …or the course said not to be worth pursuing (…を壊してまで進めるべき事業ではないと考えています, 続けるべきでは
// ないと思います): a stand against the city's course in the form of a proposal denied. Only a verb of carrying the course on (進める, 続ける,
// 推進する, 急ぐ) or a measure's noun after べき; advice to readers (無理に外出するべきではありません) is neither.
// Blind R323D-055 kind (unof59): …or the stand in the negative potential kept up (賛成できずにいます, 同意できずにいる, 納得できずに); not a stand
// given up, told in the past (同意できずにいた時期がありましたが、今は…; review of unof59, rv/runof59).
const AGAINST_STAND =
  /(?:進める|推し進める|推進する|続ける|継続する|強行する|急ぐ|やる)べき(?:[^。！？!?\n、,]{0,6}?)?(?:では|じゃ)(?:ない|なか|ありません|ございません)|べき(?:事業|計画|施策|政策|工事|整備|取り組み|取組|もの)(?:では|じゃ)(?:ない|なか|ありません|ございません)|反対(?:派)?(?:です|だ|な(?:ん|の)|や|の立場(?=です|だ|で(?!の)|を(?:取|と))|して(?:い|お)(?:ます|る)(?![人方]))|(?:賛成|同意|賛同)(?:でき(?:ません|ない|かねます|ず(?!に(?:い|お)(?:た|まし))(?:に|にい|じまい)?)|しかね|は(?:でき|しかね))(?![点方人部こ場])|納得(?:でき(?:ません|ない|ず(?!に(?:い|お)(?:た|まし))(?:に|にい)?)|が?(?:いきません|いかない|いっていません|行きません)|して(?:い|お)(?:ません|りません))(?![点方人部こ場])|疑問(?:です|を(?:感じ|持|抱)(?:て|い|ま|く))|(?<!(?<!私|僕|自分|わたし)が)疑問に(?:感じ|思)(?:て|い|ま|う)(?!(?:方|かた|人|声|こと|皆|みな|市民|住民|保護者))|違和感(?:を(?:感じ|覚え)(?:て|ま|る)|が(?:あり|ある)(?:ます)?(?:[。、,！!]|ん|の|$))|(?:よく|良く)ない(?:と(?:思|感じ|考え))|(?:どう|いかが)なもの(?:か|でしょう)/u
/**
 * Blind R327D-005 / R328M-005 kind (misc60): the city's decision or policy told (市は所得制限を残す判断をしましたが, 市長の施政方針で「…」が
 * 掲げられました), then one staff member's own verdict against it: the decision judged in hindsight (担当者の一人としては、すべての子どもを対象に
 * すべきだったと今も思っています, …のままにしたほうがよかった) or the course doubted as not feasible after a turn (ただ、現場の担当としては、…これ
 * 以上お客様を呼ぶのは正直難しいと感じています, 無理があると思います, 現実的ではないと感じます) or set behind another priority (…整えるのが先だと
 * 思います). A doubt that leads into what the staff will do (…難しいと感じていますので、順次ご案内します) or about the weather is no verdict.
 */
const HINDSIGHT_STAND = /べき(?:だった|でした|であった|で(?:は)?なかった|では(?:ありません|ございません)でした)|(?:た|だ)(?:ほう|方)が(?:よかった|良かった|よろしかった|ましだった|マシだった)|(?:なければ|なけりゃ|なきゃ|ねば)(?:よかった|良かった)/u
const DOUBT_STAND = /(?:のは|のも|ことは|ことも|には)[、,]?[^。！？!?\n、,]{0,8}?(?:難しい|むずかしい|厳しい|きびしい|無理(?:がある|があります)?|不可能)(?:の(?:では|じゃ)(?:ない)?か|んじゃないか|だろう|かな)?と(?:(?:私|僕|自分)(?:は|も))?(?:思|おも|感じ|考え)|無理が(?:ある|あります)(?:と(?:思|おも|感じ|考え)|(?:の|ん)(?:では|じゃ))|現実的(?:では|じゃ)(?:ない|なか|ありません)(?:と(?:思|おも|感じ|考え)|(?:の|ん)(?:では|じゃ))|(?:(?:のが|ことが|ほうが|方が)[、,]?(?:まず|何より|本来|むしろ)?|(?:まず|まずは|何より|それより)[、,]?[^。！？!?\n]{0,20}?が[、,]?)(?:先決|先)(?:だ|です|では|じゃ|やろ|やな|と(?:思|おも|感じ|考え))/u
const DOUBT_ACTED = /ので|ため|から|[がど][、,]|けれど|次第|努め|まいり|参り|してい(?:き|く)/u
const DOUBT_WEATHER = /天気|天候|雨(?!漏)|雪|台風|強風|暑さ|寒さ|気温|熱中症/u
/** A wish or a proposal: against the course only after a turn. */
// Blind R312P-052 kind (unof57): …or the present state preferred to it (いまの場所のままのほうが市民にとって使いやすいと思っています, 今の
// 公民館のほうが地域に合っていると考えています): the writer keeping what the city's plan would change.
const WISH_STAND = /べき|(?:た|る|ない)(?:ほう|方)が(?:いい|よい|良い)|(?:まま|ほう|方)が(?:いい|よい|良い|よかった|良かった)|(?:まま|現状(?:維持)?|(?:今|いま|従来|現在|これまで)の[^。！？!?\n、,]{1,8}?)(?:の)?(?:ほう|方)が[^。！？!?\n]{0,20}?(?:いい|よい|良い|よかった|良かった|(?:やす|易)い|便利|(?:合っ|向い)て(?:いる|る)|ふさわしい|望ましい|まし)(?:だ|です|なの(?:では|じゃ)(?:ない)?か?|の(?:では|じゃ)(?:ない)?か?|ん(?:じゃ|や)(?:ない)?か?)?(?:な)?と(?:(?:私|わたし|僕|自分)(?:は|も))?(?:思|考え|感じ)|(?:て|で)(?:ほしい|欲しい|もらいたい)|望まし|(?:の|ん)(?:では|じゃ)(?:ない)?(?:か|でしょうか)(?=[。！!？?]|と)/u
/**
 * A wish for the readers (多くの方に参加してほしい, 皆さんにも知ってほしい, 各家庭でも備蓄を見直すべき): the course supported or the readers
 * advised, not the city's course opposed.
 */
/**
 * Review of 4fc3d0ed/f9033116 (rv/unof): a wish addressed to residents for their own use or pace (今ある施設を大切に使ってほしい, お父さんたちにも
 * 育休をもっと使ってほしい, 無理のない範囲で続けてほしい): the readers encouraged, not the city's course opposed. Only a care adverb right before the
 * verb, or a class of residents as the addressee (…たちにも, 皆さんに, 市民の方に).
 */
const READER_CARE = /(?:大切に|大事に|無理(?:の)?ない範囲で|無理なく|無理せず|気軽に|安全に|楽しく)(?:使|利用し|活用し|続け|参加し)(?:って|て)(?:ほしい|欲しい|もらいたい|いただきたい)|(?:たち|達|皆さん|みなさん|皆様|皆さま|市民の(?:皆さん|方)|住民の方|方々|利用者の方|若い(?:世代|人|方))(?:に|にも|には)[^。！？!?\n、]{0,12}?(?:て|で)(?:ほしい|欲しい|もらいたい|いただきたい)/u
const READER_WISH = /(?:に|にも|が|も)[^。！？!?\n、]{0,10}?(?:参加|来|知っ|利用し|活用し|体験し|楽しん|見|訪れ|足を運ん|協力し|登録し|申し込ん|応募し|ご覧にな|関心を持っ|興味を持っ)(?:て|で)(?:ほしい|欲しい|もらいたい|いただきたい)|(?:各家庭|ご家庭|家庭|皆さん|みなさん|皆様|皆さま|一人ひとり|一人一人|自分自身|私たち|住民の方)(?:で|でも|が|も|に|には|にも)[^。！？!?\n、]{0,14}?(?:べき|ほうが|方が|(?:て|で)(?:ほしい|欲しい))/u
/**
 * …and what the wish would have the city do: keep, stop, cut, widen, delay, restore or change its measure (残してほしい, 絞るべき, 続けたほうが
 * いい, 修繕して使い続けるべき, 簡単にするべき, …のままがよかった). A wish for the weather or a mood (雨が降らないでほしい) is none.
 */
const COURSE_VERB = /(?:今|いま|従来|現在|これまで)の[^。！？!?\n、,]{1,8}?(?:の)?(?:ほう|方)が|残|やめ|止め|減ら|増や|続け|見直|変え|改め|戻|絞|控え|抑え|遅らせ|延ば|先送り|中止|延期|撤回|再考|考え直|立ち止ま|慎重|縮小|拡大|削|使|充て|回し|回す|維持|据え置|守|まま|現状|なくさ|なくし|廃止|統合|移転|建て|(?:に|く)(?:する|して|す(?=べき))/u
/**
 * Blind R311E-020 kind (unof56): a wish on how the city's money is spent (新しい庁舎より掘割のしゅんせつにお金を回してほしい派です, 予算は道路に
 * 使ってほしい), or a camp taken on a measure (…ほしい派, 移転反対派), after a personal marker or in a post tagged as the staff's musing
 * (担当のひとりごと, 中の人のつぶやき): one person's priorities for public money on the account.
 */
const SPENDING_WISH = /(?:お金|おかね|予算|税金|財源|費用)(?:を|は)?[、,]?[^。！？!?\n]{0,6}?(?:回|まわ|使|つか|充て|あて|振り向け|かけ)(?:して|って|て)(?:ほしい|欲しい|ほしか|もらいたい|いただきたい)/u
const SPENDING_ASKED = /(?:どこ|何|なに|なん|どの|どれ|どんな|どう)[^。！？!?\n]{0,12}?(?:ほしい|欲しい|もらいたい|いただきたい)か/u
const STAND_CAMP = /(?:て|で)(?:ほしい|欲しい)派|(?:反対|存続|廃止|移転|建て替え|据え置き|現状維持|見直し)派(?:です|だ|や|なので|なんです)/u
/**
 * Blind R335U-017 kind (misc62): the city's course told as what it recommends or asks (市ではマイナ保険証への切り替えをおすすめしていますが, 市は
 * 早めの接種を呼びかけていますが), then the writer's own view, marked by the plain first person (私自身は, 私は, 僕は), telling the readers they
 * need not follow it (急いで替えなくても大丈夫ですよ, 無理に申し込む必要はないと思います, 今のままで十分だと思います, 困ることはないと思って
 * います): one staff member's advice against the city's own course, on the account. The plain first person marks only with the city's course
 * told before it and a stand against it (AGAINST_STAND, or after a turn a wish or NO_NEED_STAND); advice the city itself gives (当日参加の方は
 * 申し込む必要はありません) has no first person.
 */
const PLAIN_SELF_G = /(?<![\p{Script=Han}ごお])(?:私|わたし|わたくし|僕|ぼく|自分)(?:自身)?は(?![\p{Script=Han}]{0,3}(?:市|課|担当))/gu
const NO_NEED_STAND =
  /(?:なくても|なくて|ないでも)[、,]?(?:全然|別に|特に|まったく|全く)?(?:大丈夫|いい|よい|良い|ええ|構いません|かまいません|構わない|かまわない|問題(?:ない|ありません)|平気)|必要(?:は|も)?(?:ない|ありません|ございません|なし)|(?:まま|現状)で(?:も)?(?:十分|じゅうぶん|いい|よい|良い|大丈夫|問題(?:ない|ありません))|困る?こと(?:は|も)(?:ない|ありません|なかった)/u
/** The post tagged as one staff member's musing (【防災担当のひとりごと】, 担当のひとりごとでした, #中の人のつぶやき). */
const MUSING_TAG = /(?:担当者?|中の人|職員|係長|課長)(?:の)?(?:ひとりごと|独り言|ひとり言|つぶやき|呟き|ぼやき)/u
const OWN_VIEW_G = new RegExp(OWN_VIEW.source, 'gu')
const CITY_PROJECT_RE = new RegExp(CITY_PROJECT, 'u')

/** Whether the paragraph sets one staff member's stand against the city's course, or their priorities for its money (reported). */
function standAgainstCity(e: Emitter, t: string): boolean {
  const musing = MUSING_TAG.test(t)
  // The writer's markers, and in a musing post every sentence's start as well.
  const marks: Array<{ at: number; end: number }> = []
  for (const m of matchAllOf(OWN_VIEW_G, t, MAX_HITS)) if (t[m.index + m[0].length] !== 'も') marks.push({ at: m.index, end: m.index + m[0].length })
  // (The plain first person, 私自身は, as a weak mark: only with the city's course before it.)
  const weak = new Set<number>()
  for (const m of matchAllOf(PLAIN_SELF_G, t, MAX_HITS)) if (!marks.some((k) => k.at <= m.index && k.end > m.index)) {
    marks.push({ at: m.index, end: m.index + m[0].length })
    weak.add(m.index)
  }
  // (The dissent itself as the mark: what follows in its sentence is the writer's side.)
  const dissent = t.includes('の') ? matchAllOf(CITY_DISSENT, t, MAX_HITS).map((m) => m.index + m[0].length) : []
  for (const at of dissent) marks.push({ at, end: at })
  if (musing) {
    for (let i = 0; i < t.length && marks.length < MAX_HITS; ) {
      const s = sentenceAround(t, i, i)
      const lead = /^[\s　]*(?:【[^】\n]{0,30}】)?[\s　]*/u.exec(t.slice(s.start, s.end))![0].length
      if (!marks.some((k) => k.at >= s.start && k.at < s.end)) marks.push({ at: s.start + lead, end: s.start + lead })
      i = s.end > i ? s.end : i + 1
    }
  }
  for (const k of marks) {
    if (quotedVoice(t, k.at)) continue
    const s = sentenceAround(t, k.at, k.end)
    const clause = t.slice(k.end, s.end)
    const sameBefore = t.slice(s.start, k.at)
    const prev = s.start > 0 && !t.slice(Math.max(0, s.start - 2), s.start).includes('\n\n') ? sentenceAround(t, s.start - 1, s.start - 1) : null
    const dissented = dissent.includes(k.at)
    const course = dissented || CITY_COURSE.test(sameBefore) || PLAN_CONCEDED.test(sameBefore) || (prev !== null && CITY_COURSE.test(t.slice(prev.start, prev.end)))
    const turned = dissented || TURN_BEFORE.test(sameBefore) || /^[\s　]*(?:ただ|でも|しかし|とはいえ|ただし|それでも)[、,]/u.test(clause)
    let stand: RegExpExecArray | null = null
    if (course) {
      stand = AGAINST_STAND.exec(clause)
      const wish = !stand && turned ? WISH_STAND.exec(clause) : null
      if (wish && COURSE_VERB.test(clause.slice(0, wish.index + wish[0].length)) && !READER_WISH.test(clause) && !READER_CARE.test(clause) && !READER_ADVICE.test(clause)) stand = wish
      if (!stand && turned) stand = NO_NEED_STAND.exec(clause)
      // Blind R327D-005 / R328M-005 kind: the course judged in hindsight, or doubted after a turn.
      if (!stand && turned) {
        const late = HINDSIGHT_STAND.exec(clause) ?? DOUBT_STAND.exec(clause)
        if (late && !DOUBT_ACTED.test(clause.slice(late.index + late[0].length)) && !DOUBT_WEATHER.test(clause) && !READER_WISH.test(clause) && !READER_CARE.test(clause) && !READER_ADVICE.test(clause)) stand = late
      }
    }
    // Review of 4fc3d0ed (rv/unof): a spending wish asked of the residents (税金をどこに使ってほしいか, 何に使ってほしいか選べる) or quoted as
    // their voice (「お金をもっと防災に使ってほしい」という声) is not the writer's own priority.
    const spent = SPENDING_WISH.exec(clause)
    const spentAt = spent ? k.end + spent.index : -1
    const askedOrQuoted = spent !== null && (SPENDING_ASKED.test(clause.slice(0, spent.index + spent[0].length + 2)) || quotedVoice(t, spentAt) || /^[^。！？!?\n「」]{0,8}」(?:と|って|という|との)/u.test(t.slice(spentAt + spent[0].length)))
    if (weak.has(k.at) && !course) continue
    stand ??= (askedOrQuoted ? null : spent) ?? (STAND_CAMP.test(clause) && (CITY_MEASURE.test(clause) || CHANGE.test(clause) || CITY_PROJECT_RE.test(clause)) ? STAND_CAMP.exec(clause) : null)
    if (!stand) continue
    const end = k.end + stand.index + stand[0].length
    put(e, 'unofficial/personal-view', k.at, end, { opinion: t.slice(k.at, s.end).trim().replace(/[。！!]$/u, '') })
    return true
  }
  return false
}

/**
 * Blind R409J-021 kind: the writer's own conclusion or conviction named as theirs (私の結論は、…ということです; 担当として見てきた自分なりの答えは
 * …しかない; 私の持論ですが; 僕の実感としては), then the city said to take the same stand in that sentence or the next (柳川市としても同じ立場で
 * 国に要望していきます, 市としても同様に考えています, 本市の考えも同じです): one member of staff's verdict made the city's position, a formal
 * request built on it included. The conclusion must be the first person's (私, 自分, 僕, 担当者, 職員 …; not a committee's, the children's or the
 * survey's), and what the city shares must be a stand (CITY_SHARES, そういう立場), not an action taken anyway (市としても対応していきます).
 */
const OWN_CONCLUSION =
  /(?:(?:私|わたし|わたくし|僕|ぼく|自分|担当者?|担当職員|一職員|いち職員)(?:個人|自身)?(?:なり)?の|(?:私|わたし|わたくし|僕|ぼく|自分)(?:が|の)(?:出した|たどり着いた|辿り着いた|至った|得た|導いた))(?:結論|答え|こたえ|持論|確信|信念|実感|見立て)(?:は|として(?:は)?|では|です(?:が|けど)?|だ(?:が|けど)|ですけれど)/gu
const CITY_STAND_SHARED = /(?:そういう|そういった|そのような|同じ|同様の|同じような)(?:考え|方針|立場|意見|方向|スタンス|思い|見解|認識|結論)/u
function ownConclusionShared(e: Emitter, t: string): void {
  for (const m of matchAllOf(OWN_CONCLUSION, t, MAX_HITS)) {
    if (quotedVoice(t, m.index) || t.lastIndexOf('「', m.index) > t.lastIndexOf('」', m.index)) continue
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    const next = s.end < t.length && !t.slice(s.end - 1, s.end + 1).includes('\n\n') ? sentenceAround(t, s.end, s.end) : s
    const from = m.index + m[0].length
    const city = CITY_TOO.exec(t.slice(from, next.end))
    if (!city || !(CITY_SHARES.test(city[0]) || CITY_STAND_SHARED.test(city[0]))) continue
    const at = from + city.index
    put(e, 'unofficial/personal-view', at, at + city[0].length, { opinion: t.slice(m.index, s.end).replace(/[。！!]$/u, '') })
    return
  }
}
/**
 * Blind R427C-047 kind: the writer's own conviction or view, marked as theirs (…こそが進むべき道だと私は確信しています; …と私は思います;
 * 個人的には; 正直に言うと), then the city named as the subject in the next sentence with a stance on a matter (柳川市は、郊外への大型店の出店
 * には反対です; 本市も…の誘致に賛成の立場です; 市としては…を支持します): one member of staff's conviction stated as the city's stand, no
 * decision behind it. Clean: a decision, a resolution, a declaration or a plan cited for the stance (議会の決議を受けて, 平和都市宣言に基づき,
 * 総合計画で, 市長が表明した), a city action with no stance (柳川市は商店街の活性化を応援しています), a stance asked or quoted (反対の声).
 * Blind R428D-023 kind: the writer's own advice against a programme of the city, marked as theirs (正直に言うと、…は毎年受けなくても…十分だと
 * 思います; 個人的には…までは不要だと思います), then the city said to go along in the next sentence (市としてもそこまで強くはお勧めしていません;
 * 市でも必須とはしていません): one person's view overriding the city's guidance and passed off as its own. Clean: the city's guidance told
 * with no view of the writer's (対象外の方には受診をお勧めしていません), a view in line with the programme (…毎年受けたほうがいいと思います。
 * 市としても…お勧めしています), a personal memory (正直に言うと、私も最初は面倒だと思っていました。市では年1回の受診をお勧めしています).
 */
const SELF_CONVICTION = /と(?:(?:私|わたし|わたくし|僕|ぼく|自分)(?:は|も|自身(?:は)?)?[、,]?)?(?:確信|信じて|信じます|信じる)|と(?:私|わたし|わたくし|僕|ぼく|自分)(?:は|も|自身(?:は)?)[、,]?(?:思|おも|考え|感じ)/u
const CITY_SUBJECT = /^[\s　]*(?:(?:ですから|なので|だから|そのため|そこで)[、,]?)?(?:柳川市|本市|当市|市役所|市)(?:として)?(?:は|も|では|でも)[、,]?/u
const CITY_STANCE_TAKEN =
  /(?:に|には|にも|へは)[、,]?(?:断固|強く|明確に|はっきり|全面的に)?(?:反対|賛成)(?:です|である|であります|だ|します|いたします|の立場(?:です|をとります|を取ります|であります)|しています)|(?:の|を)[、,]?(?:推進|支持|反対|賛成)(?:の立場(?:です|をとります|を取ります|であります)|派です|します|いたします)/u
const STANCE_GROUNDED = /決議|議決|決定|宣言|計画|条例|方針を(?:決|定)|表明|答弁|市長|議会|に基づ|を受けて|として決め|声|意見|か(?:どうか)?[?？]/u
const AGAINST_PROGRAMME = /(?:受け|行か|参加し|し|申し込ま|接種し|やら)なくても[、,]?[^。！？!?\n]{0,30}?(?:十分|大丈夫|いい|よい|良い|問題(?:ない|ありません))|(?:は|も)[、,]?(?:不要|必要ない|いらない|必要(?:は)?(?:ありません|ない))/u
const CITY_GOES_ALONG = /^[^。！？!?\n]{0,24}?(?:お?勧め|お?すすめ|お?薦め|推奨|求め|義務付け|必須と)(?:して|は(?:して)?)(?:い|お)?(?:ません|ない|りません)/u
function ownViewAsCityStance(e: Emitter, t: string): void {
  for (let i = 0, n = 0; i < t.length && n < MAX_HITS; n++) {
    const s = sentenceAround(t, i, i)
    i = s.end > i ? s.end : i + 1
    const view = t.slice(s.start, s.end)
    if (!(OWN_VIEW.test(view) || SELF_CONVICTION.test(view)) || quotedVoice(t, s.start) || view.includes('「')) continue
    if (s.end >= t.length || t.slice(s.end - 1, s.end + 1).includes('\n\n')) continue
    const next = sentenceAround(t, s.end, s.end)
    const said = t.slice(next.start, next.end)
    const city = CITY_SUBJECT.exec(said)
    if (!city) continue
    const rest = said.slice(city[0].length)
    const stance = CITY_STANCE_TAKEN.exec(rest)
    const along = AGAINST_PROGRAMME.test(view) && /(?:も|でも)[、,]?$/u.test(city[0]) ? CITY_GOES_ALONG.exec(rest) : null
    const hit = along ?? (stance && !STANCE_GROUNDED.test(rest.slice(0, stance.index)) ? stance : null)
    if (!hit) continue
    const end = next.start + city[0].length + hit.index + hit[0].length
    put(e, 'unofficial/personal-view', next.start + city[0].search(/[^\s　]/u), end, { opinion: view.trim().replace(/[。！!]$/u, '') })
    return
  }
}
function personalView(e: Emitter, t: string): void {
  // …というのが市の本音です / 市の見方です: one person's view said to be the city's real one.
  const real = CITY_REAL_VIEW.exec(t)
  if (real) {
    put(e, 'unofficial/personal-view', real.index, real.index + real[0].length, { opinion: t.slice(sentenceAround(t, real.index, real.index).start, real.index).replace(/^[、,\s]+/u, '') || real[0] })
    return
  }
  const group = t.includes('べき') ? CITY_PRESCRIBES_GROUP.exec(t) : null
  if (group) {
    put(e, 'unofficial/personal-view', group.index, group.index + group[0].length, { opinion: group[0] })
    return
  }
  const demand = CITY_DEMANDS.exec(t)
  if (demand) {
    const d = demand.index + demand[0].lastIndexOf('。') + 1
    put(e, 'unofficial/personal-view', d, demand.index + demand[0].length, { opinion: t.slice(demand.index, demand.index + demand[0].length) })
    return
  }
  // (A cause the city's inquiry found, 調査の結果…が原因と考えています, is its finding.)
  const verdict = /調査の結果|検証の結果|調べた結果|判明|報告書/u.test(t) ? null : (CITY_VERDICT_STANCE.exec(t) ?? cityGuessedCause(t))
  if (verdict) {
    put(e, 'unofficial/personal-view', verdict.index, verdict.index + verdict[0].length, { opinion: verdict[0] })
    return
  }
  const system = SYSTEM_VERDICT.exec(t)
  if (system && !CITY_ACTS.test(t)) {
    put(e, 'unofficial/personal-view', system.index, system.index + system[0].length, { opinion: system[0] })
    return
  }
  const worth = CITY_WORTH_VERDICT.exec(t)
  if (worth) {
    put(e, 'unofficial/personal-view', worth.index, worth.index + worth[0].length, { opinion: worth[0] })
    return
  }
  const proposes = CITY_PROPOSES.exec(t) ?? CITY_TASTE_RANK.exec(t)
  if (proposes && !READER_ADVICE.test(proposes[0])) {
    put(e, 'unofficial/personal-view', proposes.index, proposes.index + proposes[0].length, { opinion: proposes[0] })
    return
  }
  const consensus = INSIDE_CONSENSUS.exec(t)
  if (consensus) {
    const s0 = sentenceAround(t, consensus.index, consensus.index)
    if (OPINION.test(t.slice(s0.start, consensus.index))) {
      put(e, 'unofficial/personal-view', consensus.index, consensus.index + consensus[0].length, { opinion: t.slice(s0.start, consensus.index).replace(/[、,]$/u, '') })
      return
    }
  }
  const feels = CITY_FEELS.exec(t)
  if (feels) {
    put(e, 'unofficial/personal-view', feels.index, feels.index + feels[0].length, { opinion: feels[0] })
    return
  }
  // The city's stance, then marked as one person's view (柳川市としては…と考えています。（※担当者個人の意見です））.
  const note = PERSONAL_NOTE.exec(t)
  const stance = note ? CITY_STANCE.exec(t) ?? CITY_SIDE.exec(t) : null
  if (note && stance && stance.index < note.index) {
    put(e, 'unofficial/personal-view', stance.index, stance.index + stance[0].length, { opinion: t.slice(note.index, note.index + note[0].length) })
    return
  }
  const other = CITY_SIDE_ON_OTHER.exec(t)
  if (other && !CITY_ACT_ON_IT.test(t)) {
    put(e, 'unofficial/personal-view', other.index, other.index + other[0].length, { opinion: other[0] })
    return
  }
  if (standAgainstCity(e, t)) return
  // OPINION_THEN_CITY tries every sentence start: only where its と思/と考え can be.
  const own = OWN_VIEW.exec(t) ?? (t.includes('と思') || t.includes('と考え') ? OPINION_THEN_CITY.exec(t) : null)
  if (!own) return
  // Blind review kind (misc22): the view inside a resident's voice quoted and labelled or framed as theirs (参加者の声：「個人的には…」).
  if (quotedVoice(t, own.index)) return
  const s = sentenceAround(t, own.index, own.index + own[0].length)
  // An opinion on what should be done (必要だと思います, べき, 反対です), not a taste (川下りが一番好きです).
  // Blind R146I-106: a flat verdict on the nation's measure (国の制度改正はまったく評価できません) is an opinion with no と思 too.
  if (!OPINION.test(t.slice(s.start, s.end)) && !MEASURE_OPPOSED.test(t.slice(s.start, s.end)) && !NATIONAL_VERDICT.test(t.slice(s.start, s.end))) return
  // Blind R158A-133: the writer's thought in a cleft (担当として毎年関わってきて思うのは、…戻したほうがいいのではないかということです) is one
  // person's view only as a proposal for what should change (ほうがいい, べき, のではないか); a safety point the city urges (思うのは、早めの
  // 避難が何より必要だということです) is its message.
  if (/のは$/u.test(own[0]) && !/(?:ほう|方)が(?:いい|よい|良い)|べき|(?:のでは|んじゃ|のじゃ)(?:ない)?か/u.test(t.slice(s.start, s.end))) return
  const next = s.end < t.length ? sentenceAround(t, s.end + 1, s.end + 1) : s
  const rest = t.slice(s.start, next.end)
  // …or, in the same sentence, the city's stance itself (正直なところ、柳川市としては…と考えています).
  const declared = CITY_POLICY_DECLARED.exec(rest)
  const near = CITY_TOO.exec(rest) ?? CITY_STANCE.exec(t.slice(own.index + own[0].length, s.end)) ?? (declared && !FORMAL_STEP.test(t.slice(s.start, next.end)) ? declared : null)
  // …or the city said to share it two sentences on, a reason between them (…大賛成です。…ありません。市としても…べきだと考えています).
  const after = !near && next.end < t.length && next !== s ? sentenceAround(t, next.end + 1, next.end + 1) : null
  const far = after ? CITY_TOO.exec(t.slice(after.start, after.end)) : null
  if (far && after && CITY_SHARES.test(far[0]) && !t.slice(next.end, after.start).includes('\n')) {
    put(e, 'unofficial/personal-view', after.start + far.index, after.start + far.index + far[0].length, { opinion: t.slice(own.index, s.end).replace(/[。！!]$/u, '') })
    return
  }
  const city = near
  // …or the city's stance said in the sentence before (柳川市としては…と考えています。個人的にも、…すべきだと思います).
  const prev = !city && s.start > 0 ? sentenceAround(t, s.start - 1, s.start - 1) : null
  const before = prev ? CITY_STANCE.exec(t.slice(prev.start, prev.end)) : null
  if (before && prev && /^(?:個人的に|私個人|私|自分)(?:も|としても)/u.test(own[0] + t.slice(own.index + own[0].length, own.index + own[0].length + 2))) {
    put(e, 'unofficial/personal-view', prev.start + before.index, prev.start + before.index + before[0].length, { opinion: t.slice(own.index, s.end).replace(/[。！!]$/u, '') })
    return
  }
  const foretold = !city ? VIEW_FORETOLD.exec(t.slice(s.start, next.end)) : null
  if (foretold && /べき|必要|(?:ほう|方)が(?:いい|よい|良い)|望まし/u.test(t.slice(s.start, s.end))) {
    put(e, 'unofficial/personal-view', s.start + foretold.index, s.start + foretold.index + foretold[0].length, { opinion: t.slice(own.index, s.end).replace(/[。！!]$/u, '') })
    return
  }
  // Blind R299D-003 kind (unof20): one person's call for what should be done, set against the city's own course in the same or the next
  // sentence (担当としては正直もっと早く進めるべきだと感じています。…市の方針を待っていられないというのが本音です).
  const outrun = !city ? CITY_OUTRUN.exec(t.slice(s.start, next.end)) : null
  if (outrun && /べき|(?:ほう|方)が(?:いい|よい|良い)/u.test(t.slice(s.start, s.end))) {
    put(e, 'unofficial/personal-view', s.start + outrun.index, s.start + outrun.index + outrun[0].length, { opinion: t.slice(own.index, s.end).replace(/[。！!]$/u, '') })
    return
  }
  // Blind R225R-001 kind: one person's stand, in a post that says the city has not taken its own yet (私個人としては、…減るのは反対です。
  // 市としての立場はまだ出ていないんですが、…): the writer's side given on a matter the city is still to decide.
  // (With the deliberation said open, only a side: 反対, 賛成, べき, ほうがいい; a wish, …てほしい, may be the readers' interest asked for.)
  const cityOpen = !city ? CITY_UNDECIDED.exec(t) : null
  const undecided = cityOpen ?? (!city ? DELIBERATION_OPEN.exec(t) : null)
  if (undecided && (cityOpen ? STAND : SIDE_TAKEN).test(t.slice(own.index, s.end))) {
    const said = t.slice(own.index, s.end).trimEnd().replace(/[。！!]$/u, '')
    put(e, 'unofficial/personal-view', own.index, own.index + said.length, { opinion: said })
    return
  }
  if (!city) {
    // One person's verdict on the city itself (個人的には、柳川市の財政はもう破綻寸前だと思っています): said on the city's
    // account, it reads as the city's; a taste or praise of an event (個人的には川下りが一番好き) is not.
    const sentence = t.slice(s.start, s.end)
    const affairs = CITY_AFFAIRS.test(sentence)
    const verdict = affairs ? CITY_VERDICT.exec(sentence) : null
    if (verdict) {
      put(e, 'unofficial/personal-view', s.start + verdict.index, s.start + verdict.index + verdict[0].length, { opinion: t.slice(own.index, s.end).replace(/[。！!]$/u, '') })
      return
    }
    const notWorth = PROJECT_NOT_WORTH.exec(sentence)
    if (notWorth && s.start + notWorth.index >= own.index) {
      put(e, 'unofficial/personal-view', own.index, s.start + notWorth.index + notWorth[0].length, { opinion: t.slice(own.index, s.end).replace(/[。！!]$/u, '') })
      return
    }
    const oversized = new RegExp(CITY_PROJECT, 'u').test(sentence) || PLANNED_WORK.test(sentence) ? OVERSIZED.exec(sentence) : null
    if (oversized && s.start + oversized.index >= own.index) {
      put(e, 'unofficial/personal-view', own.index, s.start + oversized.index + oversized[0].length, { opinion: t.slice(own.index, s.end).replace(/[。！!]$/u, '') })
      return
    }
    const outlived = MEASURE_OUTLIVED.exec(sentence)
    if (outlived && s.start + outlived.index >= own.index) {
      put(e, 'unofficial/personal-view', own.index, s.start + outlived.index + outlived[0].length, { opinion: t.slice(own.index, s.end).replace(/[。！!]$/u, '') })
      return
    }
    // …or a cause of a matter of the city's named as one's own feeling (あくまで私見ですが、予算が…ばかり回っているのが原因だと感じております).
    const cause = affairs ? CAUSE_AS_VIEW.exec(sentence) : null
    if (cause && s.start + cause.index >= own.index) {
      put(e, 'unofficial/personal-view', own.index, s.start + cause.index + cause[0].length, { opinion: t.slice(own.index, s.end).replace(/[。！!]$/u, '') })
      return
    }
    // …or the view, then the matter said not to be the writer's to decide (…と思ってます！私は担当じゃないので決められないんですけど).
    const disowned = DECISION_NOT_MINE.exec(t.slice(own.index + own[0].length, next.end))
    if (disowned) {
      const end = s.end - (/[。！!？?]$/u.test(sentence) ? 1 : 0)
      put(e, 'unofficial/personal-view', own.index, end, { opinion: t.slice(own.index, end) })
      return
    }
    // …or a verdict on where the fault lies, or on a decision of the city in hindsight (個人的には、…組織の問題だと感じております,
    // 個人的には建て替えたほうがよかったと思っています): the excerpt runs from the personal marker to the verdict's end.
    const judged = FAULT_VERDICT.exec(sentence) ?? hindsightVerdict(sentence, s.start > 0 ? sentenceOf(t, s.start - 1, s.start - 1) : '')
    if (judged && s.start + judged.index >= own.index) {
      put(e, 'unofficial/personal-view', own.index, s.start + judged.index + judged[0].length, { opinion: t.slice(own.index, s.end).replace(/[。！!]$/u, '') })
      return
    }
    // …or a proposal to change a measure of the city (個人的な意見ですが、来年度の白秋祭は花火をやめて、その分の予算を掘割の照明に
    // 回すべきだと思っています; 私見ですが、駐車場は有料にしたほうがいい): one person's plan for an undecided matter, said on the city's
    // account. Advice to readers (申し込みはお早めにしたほうがよい) and a taste (午前中の便がおすすめ) name no change.
    // Blind R129I-008: one person's stand against (or for) a measure of the city (正直に言うと、今回の下水道料金の値上げには職員としても反対です;
    // 個人的には、図書館の統合には賛成できません): the account takes a side on the city's own decision. A stand on a national issue is its own kind.
    const national = NATIONAL_VERDICT.exec(sentence) ?? NATIONAL_PRESCRIPTION.exec(sentence)
    if (national && s.start + national.index >= own.index) {
      put(e, 'unofficial/personal-view', own.index, s.start + national.index + national[0].length, { opinion: t.slice(own.index, s.end).replace(/[。！!]$/u, '') })
      return
    }
    const against = MEASURE_OPPOSED.exec(sentence)
    if (against && s.start + against.index >= own.index) {
      put(e, 'unofficial/personal-view', own.index, s.start + against.index + against[0].length, { opinion: t.slice(own.index, s.end).replace(/[。！!]$/u, '') })
      return
    }
    // Blind R304W-017 kind (unreb21): the measure named first, the personal marker between it and the stand (…開館時間短縮、私個人としては
    // 正直納得していません): the stand is still the writer's own, on the city's measure.
    if (against && s.start + against.index + against[0].length > own.index + own[0].length) {
      put(e, 'unofficial/personal-view', s.start + against.index, s.start + against.index + against[0].length, { opinion: t.slice(s.start, s.end).replace(/[。！!]$/u, '') })
      return
    }
    const proposal = PROPOSAL.exec(sentence)
    if (proposal && s.start + proposal.index >= own.index && (CHANGE.test(sentence) || CITY_MEASURE.test(sentence) || FEE_PROPOSED.test(sentence)) && !READER_ADVICE.test(sentence)) {
      put(e, 'unofficial/personal-view', own.index, s.start + proposal.index + proposal[0].length, { opinion: t.slice(own.index, s.end).replace(/[。！!]$/u, '') })
      return
    }
    const reshaped = RULE_RESHAPED.exec(sentence)
    if (reshaped && s.start + reshaped.index >= own.index && !READER_ADVICE.test(sentence)) {
      put(e, 'unofficial/personal-view', own.index, s.start + reshaped.index + reshaped[0].length, { opinion: t.slice(own.index, s.end).replace(/[。！!]$/u, '') })
      return
    }
    // Team R42B-042 kind: …or one's own remedy set against the city's view given just before it (…不要というのが市の考えでございます。まあ
    // 個人的には、戸別受信機を全戸に配ればいいと思うんですけどね): the account says the city thinks one thing and its writer another.
    const remedy = OWN_REMEDY.exec(sentence)
    if (remedy && s.start + remedy.index >= own.index && s.start > 0 && CITY_VIEW_GIVEN.test(sentenceOf(t, s.start - 1, s.start - 1)) && (REMEDY_CONTRAST_END.test(sentence) || REMEDY_CONTRAST_START.test(sentence))) {
      put(e, 'unofficial/personal-view', own.index, s.start + remedy.index + remedy[0].length, { opinion: t.slice(own.index, s.end).replace(/[。！!]$/u, '') })
      return
    }
    // Blind R170I-015: a price judged too high in one's own view, then the sellers asked to do something about it (中の人としても、…1万円近くに
    // なるのは正直ちょっと高いかなと感じています。事業者の皆さん、なんとかなりませんかね…？): the account presses businesses on their prices on
    // one person's verdict.
    const priced = PRICE_VERDICT.exec(sentence)
    const plea = priced && s.start + priced.index >= own.index && PRICED_THING.test(sentence) ? SELLERS_PRESSED.exec(t.slice(s.start, next.end)) : null
    if (priced && plea) {
      put(e, 'unofficial/personal-view', own.index, s.start + priced.index + priced[0].length, { opinion: t.slice(own.index, s.end).replace(/[。！!]$/u, '') })
      return
    }
    // Blind R180A-027: …or the price of a fee the city sets judged too cheap or too dear (私の個人的な感覚では、今の値段は安すぎるくらいだと
    // 思っています, of 指定ごみ袋の価格): the account's side taken on its own measure.
    if (priced && s.start + priced.index >= own.index && PRICED_THING.test(sentence) && CITY_FEE.test(sentence)) {
      put(e, 'unofficial/personal-view', own.index, s.start + priced.index + priced[0].length, { opinion: t.slice(own.index, s.end).replace(/[。！!]$/u, '') })
      return
    }
    // Blind R170I-057: one's own complaint about a measure of the city (正直なところ、プラの分け方が細かすぎて…面倒が増えるだけだと思っています),
    // then a unit of the city asked to do better (担当課には現場の声をもっと聞いてほしいですね): the staff's quarrel with their own office aired on
    // the account that speaks for it.
    const grievance = GRIEVANCE.exec(sentence)
    const asked = grievance && s.start + grievance.index >= own.index ? CITY_UNIT_ASKED.exec(t.slice(s.start, next.end)) : null
    if (grievance && asked) {
      const a = s.start + asked.index
      put(e, 'unofficial/personal-view', a, a + asked[0].length, { opinion: t.slice(own.index, s.end).replace(/[。！!]$/u, '') })
    }
    return
  }
  const a = (city.input === rest ? s.start : own.index + own[0].length) + city.index
  put(e, 'unofficial/personal-view', a, a + city[0].length, { opinion: t.slice(own.index, s.end).replace(/[。！!]$/u, '') })
}

/**
 * A cause asserted before the investigation has reported (原因は業者の機械の不具合だったと聞いています。正式な調査結果は
 * まだですが、ほぼ間違いないでしょう / 捜査はこれからやけど、犯人は近所の子やと思う / 原因は調査中ですが、確認不足が原因です):
 * the paragraph says the inquiry is still open, and names a cause as settled, believed or heard. A cause hedged the
 * official way (とみられます, の可能性, とみて調査しています) or one the inquiry found (調査の結果、原因は…でした) is not this.
 */
const INQUIRY_OPEN =
  /(?:調査|検査|検証|究明|捜査|鑑定|事故調査|原因調査)(?:の)?(?:結果)?(?:は|が|も)?[、,]?(?:まだ|未だ|いまだ|現在|これから|今|いま|引き続き)?(?:中(?!止|心|旬)|継続中|待ち|前(?:です|だ|や|なので|ですが|だけど)|途中|出て(?:い)?(?:ない|ません|おらず)|出ておりません|出ておら(?:ず|ん)|出と(?:らん|らず)|出てな(?:い|か)|まだ|これから|済んで(?:い)?(?:ない|ません|おらず)|進行中|実施中|が終わって(?:い)?(?:ない|ません))|(?:警察|消防|保健所|県|業者|専門家|委員会|第三者委員会|調査委員会|メーカー)(?:が|で|の方で)(?:調べて|調査して|捜査して|確認して|調べよ|調べと)(?:いる|い|お|る|ります|ます)|調べ(?:ている|てる|ています|よる|とる)(?:最中|ところ|途中)|(?:現在|ただいま|只今|まだ)(?:調査中|確認中|捜査中|究明中)|(?:原因|詳細|真相|詳しいこと|詳しい原因|事実関係)(?:は|について(?:は)?|も|を)?[、,]?(?:現在|まだ|今のところ|現時点で(?:は)?|正式には)?(?:調査中|確認中|究明中|特定中|捜査中|調べて(?:いる|い|お)|不明|分かって(?:い)?(?:ない|ません|おらず)|わかって(?:い)?(?:ない|ません|おらず)|分かっとらん|わかっとらん|判明して(?:い)?(?:ない|ません|おらず)|特定(?:されて|できて)(?:い)?(?:ない|ません|おらず)|はっきりして(?:い)?(?:ない|ません|おらず))|(?:正式|公式)(?:な|の)?(?:発表|結果|見解|報告|結論)(?:は|が)?(?:まだ|前|これから|出て(?:い)?(?:ない|ません|おらず))/u
/** What is a cause or a fault (the inquiry's subject). */
const CAUSE_WORD = /原因|犯人|火元|出火元|発生源|仕業|不良|放火|せい(?:だ|で|や|じゃ|です|でしょ|に|と)|不具合|ミス|故障|過失|老朽化|破損|不始末|手抜き|欠陥|落ち度|感染源|汚染源|混入|不注意|確認不足|管理不足/u
const CAUSE_CLAIM = new RegExp(
  [
    // 原因は…だった / 犯人は…だと思う / 火元は…らしい
    '(?:原因|犯人|火元|出火元|発生源|感染源)(?:は|って|が)[、,]?[^。！？!?\\n]{1,30}?(?:だった|でした|だ(?=[。！!よねと]|$)|です(?!が)|である|や(?=[。！!ねと]|ろ|$)|じゃ(?=[。！!ろ]|$)|でしょう|だろう|やろ|らしい|みたい|っぽい|と(?:思|おも)(?:い|う|っ)(?!われ)|と(?:存じ|伺っ|伺い)|に違いな|で間違いな|に間違いな|で決まり|に決まって|と聞い|と判明|とのこと|で確定|確定)',
    // …のせいだ, …が原因です, …によるものでしょう
    '(?:のせい|が原因|による(?:もの)?|に原因が(?:ある|あり))(?:だ|や|じゃ|です|でした|だった|である|であった|であろう|でしょう|だろう|やろ|らしい|みたい|っぽい|なんです|なんだ|と(?:思|おも)(?!われ)|に違いな|で間違いな|に決まって|と聞い|で確定|確定)',
    // ほぼ間違いない, 十中八九, まず確実
    '(?:ほぼ|まず|絶対|ほとんど)?(?:間違いない|間違いありません|間違いございません|間違いなし|間違いなか|に違いない|に違いありません|確実(?:です|だ|や|でしょう|かと|と(?:思|存))|に決まって|確定(?:的|です|でしょう|だ))|十中八九|九分九厘',
    // 担当者のミスだと思います, 機械の故障らしい (a fault named, believed or heard)
    '(?:ミス|過失|不注意|手抜き|不始末|故障|不具合|老朽化|確認不足|管理不足)(?:だと(?:思|おも)|だったと(?:思|おも|聞)|らしい|みたい|っぽい|に違いな|で間違いな|に決まって|と聞いて|だったそう|でしょう|だろう|やろ|やと(?:思|おも))',
  ].join('|'),
  'gu',
)
/** The hedges of an official notice: とみられます, 可能性, とみて調べ, かどうか. */
const CAUSE_HEDGE = /とみられ|と見られ|と思われ|可能性|とみて|と見て|かどうか|含め|も考えられ|など|調査|確認|不明|分か|わか|究明|特定|判明|調べ|検討|捜査/u

function causeBeforeInquiry(e: Emitter, t: string): void {
  const open = INQUIRY_OPEN.exec(t)
  if (!open || !CAUSE_WORD.test(t)) return
  // A live loop, not matchAllOf: a hedged claim sets lastIndex to look again just after its start (a shorter claim inside it).
  CAUSE_CLAIM.lastIndex = 0
  let n = 0
  for (let m = CAUSE_CLAIM.exec(t); m && n < MAX_HITS; m = CAUSE_CLAIM.exec(t), n++) {
    // The claim's own words: the inquiry itself (原因は調査中です) or an official hedge is no claim.
    if (CAUSE_HEDGE.test(m[0])) {
      CAUSE_CLAIM.lastIndex = m.index + 1
      continue
    }
    // ほぼ間違いない stands for a cause only when a cause is spoken of in its sentence or the one before.
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    const prev = s.start > 0 ? sentenceAround(t, s.start - 1, s.start - 1).start : s.start
    const around = t.slice(prev, s.end)
    if (!/^(?:原因|犯人|火元|出火元|発生源|感染源|の|が|に|に原因|によ)/u.test(m[0]) && !(CAUSE_WORD.test(around) || INQUIRY_OPEN.test(around))) continue
    if (CAUSE_HEDGE.test(t.slice(m.index + m[0].length, s.end).slice(0, 8)) && /^(?:とみ|と見|可能性)/u.test(t.slice(m.index + m[0].length))) continue
    put(e, 'unofficial/cause', m.index, m.index + m[0].length, { inquiry: t.slice(open.index, open.index + open[0].length) })
  }
}

/**
 * The cause of a harm or a trouble guessed or inferred, with or without an inquiry named (管理組合の点検不足が原因ではないかと
 * 思われます, たぶん上流の工事のせいでしょう, ストーブの消し忘れが原因だったようです, 原因はおそらく配管の老朽化だろう): a conjecture
 * (ではないか, でしょう, だろう, ようだ, だと思う) on a cause, given on the city's account. A cause the city or an authority has found
 * (調査の結果, 消防によると), an official hedge (とみられます), a question (せいでしょうか), a generalisation (冬に多い火災は…が原因の
 * ことが多い) and weather (雨のせいでしょう) are not this.
 */
/**
 * A conclusion in the formal voice of judgment (…が原因だと考えられます, …が原因であったものと思われます, …によるものと推測されます):
 * said by the city of one event, with no inquiry or source behind it, it is a guess given as the city's view; so is the plain
 * spontaneous passive after a copula (…が閉まっているせいだと思われます, …が原因だと思われる). (とみられます, the police's and the
 * fire service's hedge, stays an official hedge.)
 */
const FORMAL_GUESS = '(?:(?:だ|である|であった|だった)?と(?:考えられ|推測され|推察され)(?:ます|る)|(?:だ|である|であった|だった)と(?:思われ)(?:ます|る)|(?:である|であった|だった)?ものと(?:思われ(?:ます|る)|考えられ(?:ます|る)|考えて(?:おり|い)ます|推測され(?:ます|る)))'
const FORMAL_GUESS_END = new RegExp(`${FORMAL_GUESS}$`, 'u')
const GUESS_END = `(?:(?:では|じゃ)(?:ない|なかろう)か|でしょう(?!か)|だろう(?!か)|やろう?(?!か)|(?:だ|や)と(?:思|おも)(?=い|う|っ)|(?:だった|であった|の)?よう(?:です|でした|だ|な(?:ん)?です)|${FORMAL_GUESS})`
const GUESSED_CAUSE = new RegExp(
  `(?:が原因|のせい|(?<=[たいる])せい|の仕業|によるもの|に原因が(?:ある|あった))${GUESS_END}|(?:原因|火元|出火元|発生源|感染源)(?:は|って)[、,]?[^。！？!?\\n]{1,30}?${GUESS_END}`,
  'gu',
)
/** A statement about causes in general (…が原因のことが多い, 主な原因は…): advice, not a guess about one event. */
const GENERAL_CAUSE = /多い|多く|ほとんど|一般的|一般に|傾向|場合(?:が|も|に)|ことが(?:多|あ)|がち|よくある|主な|代表的|しばしば/u
/** Weather and nature as the cause (雨のせいでしょう, 乾燥のせいか): no one's fault is guessed. */
const WEATHER_CAUSE = /雨(?!漏)|雪|暑さ|寒さ|台風|強風|暴風|突風|気温|乾燥|天候|天気|雷|地震|潮|日照|猛暑|高温|低温|季節|花粉|黄砂|冷え込み|気候|温暖化/u
/** One event spoken of (の件, 今回の, 先週…起きた): a guess about its cause, not a column on causes. */
const ONE_EVENT = /件|今回|この度|このたび|先日|先週|昨日|昨夜|昨晩|今朝|けさ|本日|今日|先ほど|さきほど|起きた|起きました|起こった|起こりました|発生した|発生しました|[0-9０-９]+日(?:の|に)|(?:今年|今季|今シーズン|今冬|今夏|この夏|この冬|昨年|去年)の/u
/** The cause found or reported by whoever establishes it: not a guess of the poster's. */
const CAUSE_FOUND = /調査の結果|検証の結果|調べた結果|判明|報告書|とみられ|と見られ/u

/**
 * Who was or was not at fault in one event, given as the city's belief before any finding (運転職員に過失はなかったものと考えております,
 * 相手方に落ち度があったと考えています): a verdict on liability that only an inquiry or a settlement can give. An apology or a settlement
 * (お詫び, 賠償, 示談) is the city answering for it, not this.
 */
const FAULT_PARTY = '(?:職員|運転手|運転者|運転職員|担当者?|当方|本市|市|業者|施工業者|相手方?|相手(?:の)?(?:方|運転手|車両|運転者))(?:側)?(?:に|には)[、,]?'
const FAULT_JUDGED = new RegExp(
  `${FAULT_PARTY}(?:過失|落ち度|責任|非)(?:は|が)?(?:一切|全く|まったく)?(?:なかった|ない|ありません|ございません)(?:もの)?と(?:考えて|考えられ|思われ|判断して|認識して)|` +
    '(?:業者|施工業者|相手方?|相手(?:の)?(?:方|運転手|車両|運転者)|運転者)(?:側)?(?:に|には)[、,]?(?:過失|落ち度|責任|非)が(?:あった|ある)(?:もの)?と(?:考えて|考えられ|思われ|判断して|認識して)',
  'u',
)
const FAULT_ANSWERED = /お詫び|おわび|申し訳|賠償|示談|和解|専決|判決|調停/u

/**
 * Blind R42B-071 kind: a trend of the city's affairs explained by a guessed cause in the account's own voice (延滞本が増えているのは、…工事で
 * 来づらくなったからでしょう; 利用者が少ないのは、場所が不便だからだと思います): a conjecture given as the city's view, with no survey or
 * source behind it. The cause found (調査の結果, アンケートでは), an official source, weather or a season as the cause and a question
 * (…からでしょうか) are not this.
 */
const TREND_GUESSED = /(?:(?:(?:長く|短く|多く|少なく|高く|低く|悪く|遅く)なって|増えて|減って|増加して|減少して|伸びて|伸び悩んで|落ち込んで|低下して|下がって|上がって|目立って|相次いで)(?:いる|いた|きた|きている)|(?:が|も)(?:少な|多|低|高)(?:い|かった))のは[、,]?([^。！？!?\n]{2,40}?)(?:から|ため|せい)(?:でしょう(?!か)|だろう(?!か)|(?:だ|や)と(?:思|おも)(?=い|う|っ)|(?:では|じゃ)(?:ない|なかろう)か(?!ら)|かもしれ)/u
const TREND_FOUND = /調査|アンケート|分析|データ|統計|集計|結果|判明|によると|によれば/u
function trendGuessed(e: Emitter, t: string): void {
  const m = TREND_GUESSED.exec(t)
  if (!m) return
  const sentence = sentenceOf(t, m.index, m.index + m[0].length)
  if (TREND_FOUND.test(sentence) || OFFICIAL_SOURCE.test(sentence) || WEATHER_CAUSE.test(m[1]!) || quotedExample(t, m.index)) return
  put(e, 'unofficial/guessed-cause', m.index, m.index + m[0].length)
}

/**
 * Blind R230A-042 kind: a plan's content told as settled inside the city hall (庁内の策定委員会で固まった数字です, 内部で決まりました, 幹部の間で
 * まとまった): a decision of the inner stage, handed out before the public steps (審議会, パブリックコメント, 議会). Published or put out for
 * comment (公表しました, 意見を募集), it is out.
 */
/*
 * Blind R234M-024, R235I-029, R234M-074 kind: a change said agreed among the staff before any public step (…改める方向で、課内の意見が
 * ほぼまとまっております; 教育委員会の内部ではすでにその線でまとまっております; 漁協と市の担当同士でほぼ話がついています): the inside's
 * opinion as the subject (課内の意見が), the line agreed named (その線で, この方向で) and a deal struck between the staff of two bodies
 * (担当同士で話がついて) are the same consensus of the inner stage.
 * Blind R315E-054 kind (unof57): …also among the sections concerned (関係部署の間では話がまとまっており, 関係課でほぼ意見が固まって): the same
 * inner stage, whichever offices agree.
 */
const INTERNAL_SETTLED = /(?:庁内|役所内|市役所内|課内|部内|係内|内部|執行部|幹部|担当(?:者)?同士|実務者(?:同士|レベル)|事務方|関係(?:部署|部局|課|各課|各部|課長)|部署間|部局間|各課|各部署)(?:(?:の[^。！？!?\n]{0,12}?)?(?:で|の間で)(?:は|も)?|の(?:意見|考え|議論|話し合い|方向性)(?:が|は|も))[、,]?(?:ほぼ|もう|すでに|既に|おおむね|大筋で?)?[、,]?(?:(?:その|この)?(?:線|方向|形|方針|内容)で[、,]?(?:ほぼ|もう|すでに|既に|おおむね|大筋で?)?)?(?:(?:話|はなし|意見|考え|方向性|方針)(?:が|は|も)[、,]?(?:ほぼ|もう|すでに|既に|おおむね|大筋で?)?[、,]?)?(?:(?:固ま|決ま|まとま)(?:った|りました|って)|話(?:が|は)(?:つ|付)い(?:た|て))/u
/** Blind R234M-024/R235I-029/R234M-074 kind: also who is covered, who runs it and many schools made one (対象とする形に改める, 運営を…に任せる, 一つの学校として). */
// Blind R311E-010 kind (unof56): …and a charge in yen becoming a new amount (1回1,000円になります).
// Blind R315E-054 kind (unof57): …and a building replaced, built anew, pulled down or closed (建て替え, 新築, 取り壊し, 閉館).
const PLAN_CONTENT = /計画|目標|方針|構想|数値|数字|案|予算|料金|廃止|統合|移転|再編|建て替え|建替え|新築|改築|取り壊し|解体|閉鎖|閉館|閉校|閉園|民営化|値上げ|人事|改め|見直|対象|運営|委託|移管|任せ|有料|無料|(?:一つ|ひとつ|1つ|１つ)の(?:学校|小学校|中学校|施設|組織|課|園|地区)|[0-9０-９]円(?:に|へ)(?:な|上が|下が|値上|値下|改定|変わ)/u
function internalSettled(e: Emitter, t: string): void {
  const m = INTERNAL_SETTLED.exec(t)
  if (!m || !PLAN_CONTENT.test(t) || LEAK_PUBLIC.test(t) || PUBLIC_PROCESS.test(t) || quotedExample(t, m.index)) return
  put(e, 'unofficial/undecided', m.index, m.index + m[0].length, { noun: topicOf(t) })
}


/**
 * Blind R311E-035 kind (unof56): a school merger or a facility's closure told as a plain fact with no date but a vague horizon (矢留小学校と
 * 城内小学校は、あと数年でひとつの学校になります; いずれ公民館は廃止されます; 近い将来、2つの保育園は統合されます): the horizon says the city has
 * fixed no date, for it has decided nothing yet, and the plain ending tells it as settled. Only a public institution's merger, closure, removal
 * or end, the statement unhedged (a forecast's 見込み, かも is read elsewhere) and no decision, plan or date named in the paragraph (令和9年4月に
 * 統合します, 再編計画に基づき, 可決されました). A fact of nature or of people (あと数年で創立100周年, いずれも閉館日は) is not this.
 */
const VAGUE_HORIZON = /(?:(?:あと|もう|ここ)?数年(?:後|先)?(?:で|には|のうちに|もすれば|したら|以内に)|近い(?:うち|将来)(?:に)?(?:は)?|いずれ(?![もかのに])(?:は)?|ゆくゆくは|将来的に(?:は)?|遠からず|遅かれ早かれ)[、,]?/u
const VAGUE_HORIZON_G = new RegExp(VAGUE_HORIZON.source, 'gu')
const MERGER_TOLD =
  /^[^。！？!?\n]{0,30}?(?:(?:(?:ひとつ|一つ|1つ|１つ|二つ|ふたつ|2つ|２つ)の(?:学校|小学校|中学校|校区|園|保育園|保育所|幼稚園|施設|地区|公民館|支所)|一校|1校|１校|一緒)(?:に|と)(?:なります|なる|されます|される)|(?:統合|統廃合|合併|閉校|廃校|閉園|閉館|閉鎖|廃止|移転|民営化|取り壊し|解体)(?:されます|される|します|する|(?:に|と)(?:なります|なる))|(?<!足り|たり|少)なくなります|(?<!足り|たり|少)なくなる)(?=[。！!…〜~ー\s]|よ|ね|んです|のです|んだ|$|\p{Extended_Pictographic})/u
const INSTITUTION = /学校|小学校|中学校|校区|[^\s]校(?:舎)?|保育園|保育所|幼稚園|こども園|園|公民館|図書館|体育館|プール|支所|出張所|施設|センター|病院|診療所|駅|路線|バス|庁舎|会館|集会所|資料館|記念館|博物館|美術館/u
const MERGER_SETTLED = /決定し|決まりました|決まっています|可決|議決|計画に基づ|計画により|計画では|方針に基づ|方針により|公表し|発表し|お知らせし|(?:令和|平成)[0-9０-９一二三四五六七八九十元]{1,2}年|[0-9０-９]{4}年|[0-9０-９一二三四五六七八九十]{1,2}月/u
function vagueHorizon(e: Emitter, t: string): void {
  if (MERGER_SETTLED.test(t) || COMMENT_PROCESS.test(t) || PUBLIC_PROCESS.test(t)) return
  for (const m of matchAllOf(VAGUE_HORIZON_G, t, MAX_HITS)) {
    const told = MERGER_TOLD.exec(t.slice(m.index + m[0].length))
    if (!told) continue
    const sentence = sentenceOf(t, m.index, m.index + m[0].length)
    if (!INSTITUTION.test(sentence) || RUMOUR_AWARE.test(sentence)) continue
    put(e, 'unofficial/forecast', m.index, m.index + m[0].length + told[0].length, { topic: topicOf(sentence), marker: m[0].replace(/[、,]$/u, '') }, quotedExample(t, m.index) || undefined)
    return
  }
}

/**
 * Blind R289O-012 kind (conf17): a decision said to be almost settled while its formal announcement is still to come (観覧席を有料にすることが
 * ほぼ固まりました。正式な発表はもう少し先になりそうです; 統合する方針が固まりつつあります。正式決定は来月の予定): the city's plan told before it
 * is decided. Both parts are needed; a decision announced (決定しました) or a date only settling (日程がほぼ決まりました) with no plan is not this.
 */
/* Review of dc198ae7 (rvconf): also a plan named with で (有料化でほぼ決まりです, 統合案でほぼ確定しました) and 確定/決定 said of it. */
/*
 * Blind R311E-010 kind (unof56): …also the plan's content as the subject, settled in the stative (中身はほぼ固まっています, 内容はほぼ決まって
 * いる, 大枠はほぼ固まってる), and the formal step conceded as not yet taken (まだ正式ではありませんが, 正式決定ではないけど, 正式にはまだです
 * が, 正式には決まっていませんが): one fee or measure told as all but fixed before the city decides it.
 */
const NEARLY_SETTLED = /(?:ことが|ことで|ことに|方針が|方向で|方向が|案が|内容が|形で|[\p{Script=Han}]{1,8}(?:化|案|方針)で)[、,]?(?:ほぼ|ほとんど|おおむね|概ね|大筋で?|事実上|ほぼほぼ)[、,]?(?:(?:固まり|かたまり|決まり|まとまり)(?:ました|まして|つつあります|そうです|です)|(?:確定|決定)(?:しました|しまして|しそうです|です))|(?:ことが|ことで|方針が|方向で|方向が|案が|内容が)[、,]?(?:固まり|まとまり)つつ(?:あります|ある)|(?:中身|なかみ|内容|大枠|骨格|詳細|金額|料金|額|案|方針|方向性|計画)(?:は|も|が)[、,]?(?:もう|すでに|既に)?[、,]?(?:ほぼ|ほとんど|おおむね|概ね|大筋で?|事実上|ほぼほぼ|だいたい|大体)[、,]?(?:固まって|かたまって|決まって|まとまって)(?:い|お)?(?:ます|る|ります)/u
const FORMAL_STILL_AHEAD = /正式(?:な|の|に)?(?:発表|公表|決定|お知らせ|告知|案内)(?:は|が|まで)[、,]?[^。！？!?\n]{0,12}?(?:先|まだ|これから|後日|来月|来週|来年|予定|見込み|になり|にな(?:る|り)そう)|(?:正式|公式)(?:に(?:は)?)?(?:決定)?(?:では|じゃ)(?:ない|なく|ありません|ございません|なか)|(?:正式|公式)に(?:は)?(?:まだ|決まって(?:い|お)?(?:ない|ません|りません))/u
/**
 * Blind R315E-036 kind (unof57): a measure named as the topic and said all but fixed (消防本部の統合は、令和9年度でほぼ固まりました; 移転は大筋で
 * まとまっています; 有料化はほぼ決まりました; …を廃止することがほぼ固まりました): ほぼ, 大筋, おおむね say the city has not decided it, so no
 * announcement of the formal step is needed to tell it is undecided. Only a measure of the city's as the topic (統合, 廃止, 移転, 有料化, 料金,
 * …案, or a clause with a change before ことが); an event's schedule or content settling (日程がほぼ決まりました, 閉校式の内容もほぼ固まりました)
 * names no measure as what is settled.
 */
const MEASURE_TOPIC = '(?:統合|統廃合|合併|廃止|移転|閉校|閉館|閉園|閉鎖|民営化|有料化|無料化|無償化|値上げ|値下げ|再編|建て替え|建替え|新設|移設|集約|一本化|広域化|一元化|売却|譲渡|民間委託|縮小|休止|料金|使用料|利用料|手数料|負担額|税率|[\\p{Script=Han}]{1,6}案)(?:の(?:時期|場所|日程|方針|方向性|中身|規模|金額|額|開始時期|実施時期|予定地|候補地|時期と場所|形))?'
const ALMOST = '(?:もう|すでに|既に)?[、,]?(?:ほぼ|ほとんど|おおむね|概ね|大筋で?|事実上|ほぼほぼ|だいたい|大体)[、,]?'
const ALMOST_FIXED = new RegExp(
  `${MEASURE_TOPIC}(?:は|が|も|について(?:は)?)[、,]?[^。！？!?\\n、,が]{0,14}?${ALMOST}(?:(?:固まり|かたまり|決まり|まとまり)(?:ました|まして|つつあります|つつある|そうです|です)|(?:固まって|かたまって|決まって|まとまって)(?:い|お)?(?:ます|る|ります)|(?:固ま|決ま|まとま)った(?=[。！!…]|$|よ|ね|と)|(?:確定|決定)(?:しました|しまして|しそうです|です|的))|(?:る|ない)ことが[、,]?${ALMOST}(?:(?:固まり|かたまり|決まり|まとまり)(?:ました|まして|つつあります|そうです)|(?:固まって|かたまって|決まって|まとまって)(?:い|お)?(?:ます|る|ります))` +
    // Blind R358F-058 kind: a plan named by a verb's clause with で (…グラウンドに建てる案でほぼ固まりそうです, 移す方針でおおむね決まりました).
    `|(?<=[うくぐすつぬぶむるたい]|ない)(?:案|方針|方向|線)で[、,]?${ALMOST}(?:(?:固まり|かたまり|決まり|まとまり)(?:ました|まして|つつあります|つつある|そうです|そう(?=[。！!…]|$)|です)|(?:固まって|かたまって|決まって|まとまって)(?:い|お)?(?:ます|る|ります)|(?:固ま|決ま|まとま)った(?=[。！!…]|$|よ|ね|と)|(?:確定|決定)(?:しました|しまして|しそうです|です))`,
  'u',
)
/**
 * Review of 4fc3d0ed (rv/unof): an event's programme or stalls all but fixed before their announcement (白秋祭のプログラムは、内容がほぼ決まって
 * います; 夏祭りの出店内容はほぼ決まっています): the organisers' preparation, no measure of the city's, unless a plan's content is in that sentence.
 */
const EVENT_PROGRAMME = /(?:祭|まつり|フェス|イベント|大会|催し|コンサート|ステージ|行事)[^。！？!?\n]{0,8}?(?:プログラム|出店|出演|演目|ラインナップ|メニュー|企画|日程)/u
function nearlySettled(e: Emitter, t: string): void {
  const m = NEARLY_SETTLED.exec(t)
  const ms = m ? sentenceOf(t, m.index, m.index + m[0].length) : ''
  if (m && EVENT_PROGRAMME.test(ms) && !PLAN_CONTENT.test(ms)) return
  if (m && FORMAL_STILL_AHEAD.test(t) && PLAN_CONTENT.test(t) && !LEAK_PUBLIC.test(t) && !PUBLIC_PROCESS.test(t) && !quotedExample(t, m.index)) {
    put(e, 'unofficial/undecided', m.index, m.index + m[0].length, { noun: topicOf(t) })
    return
  }
  const a = ALMOST_FIXED.exec(t)
  if (!a || LEAK_PUBLIC.test(t)) return
  const sentence = sentenceOf(t, a.index, a.index + a[0].length)
  if (PUBLIC_PROCESS.test(sentence) || quotedExample(t, a.index)) return
  // (The clause form names its measure before ことが: 観覧席を有料にすることが, 2つの園を統合することが.)
  if (/ことが/u.test(a[0]) && !(DIRECTED_MEASURE.test(sentence) || CHANGE.test(sentence))) return
  put(e, 'unofficial/undecided', a.index, a.index + a[0].length, { noun: topicOf(sentence) })
}
/**
 * Blind R319D-009 kind (unof58): a plan's content said to be settling, in the plain words of the office (…ＰＦＩ方式で進めることで話がまとまり
 * つつあります; 統合することで調整がまとまりかけています; 民間に任せる形で話が進んでいます; 有料にすることで話がつきそうです): the clause before
 * ことで (方式で, 形で, 案で) is the content, and the talk still settling says the city has not decided it. An agreement reported as made (…で話が
 * まとまりました), a means (カードを使うことで手続きが進みます: no talk as its subject) and an event's programme are not this; the sentence must
 * name a measure (a change, works, a way of running it, a budget or a plan).
 */
const SETTLING_TALK =
  /(?<=[るいたうすくぐむぶつ]|ない)(?:こと|方式|手法|形|かたち|案)で[、,]?(?:(?:[^。！？!?\n、,]{0,10}?(?:話|はなし|調整|協議|議論|話し合い|意見)(?:が|は|も)[、,]?)?(?:ほぼ|大筋で?|おおむね|概ね|だいぶ|徐々に|少しずつ)?[、,]?(?:まとまり(?:つつ|かけ|そう)|まとまって(?:き|いき)|固まり(?:つつ|かけ|そう)|かたまり(?:つつ|かけ|そう)|固まって(?:き|いき))|[^。！？!?\n、,]{0,10}?(?:話|はなし|調整|協議|話し合い)(?:が|は|を)[、,]?(?:進んで|進めて|進み(?:つつ|はじめ)|つき(?:つつ|そう|かけ)))/gu
const SETTLING_MEASURE = /建て替え|建替え|整備|建設|新築|改築|改修|PFI|方式|手法|民間|委託|指定管理|運営|予算|計画|条例|料金|制度|事業/u
const JOINT_WITH_PEOPLE = /(?:皆さん|皆さま|皆様|みなさん|住民|地元|地域|町内|自治会|ボランティア|商店街|子どもたち|子供たち|生徒|学生|保護者|団体)(?:の方々|の皆さん|の皆さま)?(?:と|が)[、,]?(?:一緒に|いっしょに|協力|連携|手を取り|力を合わせ|集ま|参加)/u
function settlingTold(e: Emitter, t: string): void {
  if (LEAK_PUBLIC.test(t) || PUBLIC_PROCESS.test(t)) return
  for (const m of matchAllOf(SETTLING_TALK, t, MAX_HITS)) {
    const sentence = sentenceOf(t, m.index, m.index + m[0].length)
    if (quotedExample(t, m.index) || RUMOUR_AWARE.test(sentence)) continue
    if (EVENT_PROGRAMME.test(sentence) && !PLAN_CONTENT.test(sentence)) continue
    const measure = CHANGE.test(sentence) || DIRECTED_MEASURE.test(sentence) || BENEFIT.test(sentence) || WORKS_CHANGE.test(sentence) || VENUE_MOVED.test(sentence) || STAFF_PENALTY.test(sentence)
    if (!(measure || SETTLING_MEASURE.test(sentence))) continue
    // Review of unof58 (rv/misc): an activity planned with residents or volunteers (地元の皆さんと一緒に花壇を整備する形で、話が進んでいます):
    // the talk is the partners' plan for a joint activity, not a measure the city decides; only a change or a measure of its own (CHANGE…) stays.
    if (!measure && JOINT_WITH_PEOPLE.test(sentence)) continue
    put(e, 'unofficial/undecided', m.index, m.index + m[0].length, { noun: topicOf(sentence) })
  }
}

/**
 * Blind R319D-002 kind (unof58): an outcome said all but fixed while the post says the body deciding it has not concluded (委員会の結論はまだ
 * ですが、職員の間では、…市有地でほぼ固まったという雰囲気です; 答申はこれからですが、…で決まりそうです), or told as the staff's mood (庁内では
 * …でほぼ決まりという空気です): the city's choice handed out before it is made. The outcome is a noun with で or に and a degree word (ほぼ, 大筋,
 * 事実上, もう) before 固まる, 決まる or まとまる. A conclusion said reached, an event's date settling and a mood about nothing settled are not this.
 */
const NEARLY_FIXED_PLAIN =
  /(?:で|に)[、,]?(?:ほぼ|ほとんど|大筋で?|おおむね|概ね|事実上|ほぼほぼ|もう|すでに|既に)[、,]?(?:固ま|かたま|決ま|きま|まとま)(?:った|って(?:い|お|る|ま)|りつつ|りかけ|りそう|り(?:です|だ|でしょう|みたい|っぽい|らしい|や|ばい|という|って))/gu
// Blind R323D-024 kind (unof59): …or the formal decision said to come after a meeting (正式な決定は実行委員会ののちに, 結論は審議会を経て).
const CONCLUSION_PENDING =
  /(?:結論|答申|決定|正式決定|最終決定|最終判断|判断|正式な発表|正式発表|公表)(?:は|が|も)[、,]?(?:まだ(?!まだ)|これから|出て(?:い|お)?(?:ない|ません|りません)|出る前|先(?:です|だ|で|に|の))|(?:結論|答申)(?:を|が)[、,]?(?:待って|待ち|出る前)|(?:結論|決定)(?:が出る|の)前|(?:正式(?:な|の)?)?(?:決定|結論|発表|公表|判断)(?:は|が)[、,]?[^。！？!?\n]{0,16}?(?:委員会|審議会|協議会|検討会|議会|会議|総会|理事会|役員会)(?:の)?(?:のち|後|あと|終了後|を経て|を待って|で(?:正式に)?(?:決め|決ま|決定|判断))/u
const INSIDE_MOOD =
  /(?:職員|庁内|役所内|市役所内|課内|部内|係内|内部|幹部|上層部)(?:の間|内)?(?:では|で(?:は)?|でも)[、,]?[^。！？!?\n]{0,40}?(?:という|って|っていう|との)(?:雰囲気|空気|ムード|感触|見方)/u
/**
 * Blind R323D-024 kind (unof59): the outcome itself a cancellation, a postponement or a cut (水上パレードは、見送りでほぼ固まっております; 花火大会は
 * 中止でほぼ決まりです; 統合でほぼまとまっています): ほぼ, 大筋 say the city has not decided it, so no pending body need be named. An event's
 * date or a winner (10月でほぼ決まり, 柳川中でほぼ決まり) is no such noun.
 */
const CUT_NOUN_BEFORE = /(?:中止|見送り|延期|廃止|休止|縮小|規模縮小|取りやめ|取り止め|打ち切り|統合|統廃合|移転|閉鎖|閉館|閉校|閉園|民営化|有料化|値上げ|売却|撤退|廃線|減便)$/u
/**
 * Review of unof59 (rv/runof59): a day's or the next day's event called off for the weather (大雨のため、本日のイベントは中止でほぼ決まりです。最終
 * 判断は午前7時にお知らせします): the usual notice of an event held or not, no measure of the city's; the cut noun alone does not make it one.
 */
const CUT_BY_WEATHER = /大雨|豪雨|雨天|台風|悪天候|荒天|強風|暴風|雷|降雪|積雪|大雪|天候|天気|警報|熱中症|本日|今日|きょう|明日|あす|今夜|今晩/u
const DECIDING_BODY = /委員会|審議会|協議会|検討会|懇話会|議会|庁議|市長|(?<![\p{Script=Han}])市(?![\p{Script=Han}])|市役所|庁内|役所|行政/u
const SETTLED_HEARD = /^(?:(?:と|って)[、,]?(?:聞|伺|うかが|耳に)|よう(?:です|だ|で)|みたい|らしい|らしか|げな|そう(?:です|だ|や)|とのこと)/u
/** A service's days or hours (窓口…土曜も開ける, 開庁時間を延ばす, 日曜も開館): what the city sets for its own offices. */
const SERVICE_DAYS = /(?:窓口|庁舎|開庁|支所|図書館|施設|館)[^。！？!?\n]{0,16}?(?:[土日月火水木金]曜|休日|祝日|夜間|時間)[^。！？!?\n]{0,8}?(?:開け|開く|開庁|開館|延長|延ば|短縮|休み|閉め)/u
/**
 * Blind R383G-024 kind: …or the reader asked to wait for the formal announcement (正式な発表はもう少しお待ちください, 正式決定まで今しばらく
 * お待ちを): the city says it has not released the outcome it just told as all but fixed. A wait asked with nothing told as settling is not this.
 */
const FORMAL_WAIT_ASKED =
  /(?:正式|公式)(?:な|の)?(?:発表|公表|決定|お知らせ|告知|案内|ご報告|報告)(?:は|まで|を)[、,]?(?:もう少し|もうしばらく|今しばらく|いましばらく|しばらく|少々)?[、,]?(?:お待ち(?:ください|下さい|くださ|いただ|願)|待って(?:ください|下さい|て|ね))/u
function outcomeNearlyFixed(e: Emitter, t: string): void {
  if (LEAK_PUBLIC.test(t) || PUBLIC_PROCESS.test(t)) return
  // Blind R367Q-004 kind: …or the formal announcement said to come later (正式な発表はもう少し先になりますが): the city has not released it.
  const pending = (CONCLUSION_PENDING.test(t) && DECIDING_BODY.test(t)) || FORMAL_STILL_AHEAD.test(t) || FORMAL_WAIT_ASKED.test(t)
  for (const m of matchAllOf(NEARLY_FIXED_PLAIN, t, MAX_HITS)) {
    const sentence = sentenceOf(t, m.index, m.index + m[0].length)
    // Blind R368R-052 kind: …or the settling passed on second-hand (…開けることでほぼ固まったと聞いています, …でおおむね固まったようです)
    // about a measure of the city's (a change, a service's days or hours): the writer hands on what the city has not announced.
    const heard = SETTLED_HEARD.test(t.slice(m.index + m[0].length, m.index + m[0].length + 8)) && (CHANGE.test(sentence) || DIRECTED_MEASURE.test(sentence) || SERVICE_DAYS.test(sentence))
    if (!pending && !heard && !INSIDE_MOOD.test(sentence) && !(CUT_NOUN_BEFORE.test(t.slice(Math.max(0, m.index - 8), m.index)) && !CUT_BY_WEATHER.test(sentence))) continue
    if (quotedExample(t, m.index) || RUMOUR_AWARE.test(sentence)) continue
    // An event's date or programme settling (日程は10月でほぼ決まりました) names no measure.
    if ((/日程|日時|開催日|日にち|日取り|忘年会|新年会|懇親会|歓迎会|送別会|打ち上げ|親睦会/u.test(sentence) || EVENT_PROGRAMME.test(sentence)) && !PLAN_CONTENT.test(sentence) && !CHANGE.test(sentence.replace(/(?:固ま|かたま|決ま|きま|まとま)[^\n]{0,10}$/u, ''))) continue
    const from = t.lastIndexOf('、', m.index) >= sentenceAround(t, m.index, m.index).start ? t.lastIndexOf('、', m.index) + 1 : sentenceAround(t, m.index, m.index).start
    put(e, 'unofficial/undecided', Math.max(from, m.index - 24), m.index + m[0].length, { noun: topicOf(t) })
  }
}

/**
 * Blind R227W-001 kind: a figure given while the post says it is not yet checked or final (まだ精査前の数字ですが, 未確定の金額, 被害額はまだ確定前
 * ですが): an unverified number told as the city's. Only with a figure in the paragraph; a figure under review with no number (被害額は精査中です)
 * and the usual note on provisional figures (速報値, 精査中の数値) are not this.
 */
const UNCHECKED_FIGURE = /(?:精査前|未精査|確定前|未確定|精査(?:が|は)(?:まだ|これから|済んで(?:い)?(?:ない|ません)))の(?:数字|数値|金額|額|値|データ|試算|見込み|概算)|(?:数字|数値|金額|被害額|損害額)(?:は|も)[、,]?(?:まだ)?(?:精査前|未精査|確定前|未確定)/u
const AMOUNT_FIGURE = /(?:(?<![0-9０-９][,，.]?)[0-9０-９]|[一二三四五六七八九十百千万])[0-9０-９,，.]*(?:万|億)?(?:円|件|人|棟|戸|世帯|ヘクタール|ha|トン)/u
function uncheckedFigure(e: Emitter, t: string): void {
  const m = UNCHECKED_FIGURE.exec(t)
  if (!m || !AMOUNT_FIGURE.test(t) || quotedExample(t, m.index)) return
  put(e, 'unofficial/undecided', m.index, m.index + m[0].length, { noun: topicOf(t) === 'この件' ? '数字' : topicOf(t) })
}

/**
 * Team R27A-090 kind: the city's stance prescribing what a class of residents should do (柳川市としては、80歳を過ぎたら運転免許は返納すべきだと
 * 考えています; 市としては、高齢者は…すべきだと思っています): a line drawn over people by age or group that no decision of the city sets, one
 * person's view given as the city's. The city's own duty (市としては、安全対策を強化すべきだと考えています) is not this.
 */
const CITY_PRESCRIBES_GROUP = /(?:柳川市|本市|当市|(?<![\p{Script=Han}])市)(?:として(?:は|も)|は)[、,]?[^。！？!?\n]{0,40}?(?:[0-9０-９一二三四五六七八九十]+(?:歳|才)(?:を過ぎ(?:たら|れば|た(?:方|人))|を超え(?:たら|れば|た(?:方|人))|以上(?:の(?:方|人)|は|になったら)|になったら)|(?:高齢者|お年寄り|高齢の(?:方|人)|若者|若い(?:人|世代)|親|保護者|住民|市民)(?:は|が|こそ))[^。！？!?\n]{0,30}?べき(?:だ|である)?と(?:考え|思)/u

function guessedCause(e: Emitter, t: string): void {
  if (!ONE_EVENT.test(t)) return
  if (/過失|落ち度|責任|非/u.test(t)) {
    const fault = FAULT_JUDGED.exec(t)
    if (fault && !FAULT_ANSWERED.test(t) && !CAUSE_FOUND.test(sentenceOf(t, fault.index, fault.index + fault[0].length)) && !OFFICIAL_SOURCE.test(sentenceOf(t, fault.index, fault.index + fault[0].length))) {
      put(e, 'unofficial/guessed-cause', fault.index, fault.index + fault[0].length)
    }
  }
  const open = INQUIRY_OPEN.exec(t)
  // A live loop, not matchAllOf: a hedged claim sets lastIndex to look again just after its start (a shorter claim inside it).
  GUESSED_CAUSE.lastIndex = 0
  let n = 0
  for (let m = GUESSED_CAUSE.exec(t); m && n < MAX_HITS; m = GUESSED_CAUSE.exec(t), n++) {
    // The inquiry itself (原因は調査中のようです) or an official hedge is no guess (the formal ending itself, ものと思われます, is the guess).
    if (CAUSE_HEDGE.test(m[0].replace(FORMAL_GUESS_END, ''))) {
      GUESSED_CAUSE.lastIndex = m.index + 1
      continue
    }
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    const sentence = t.slice(s.start, s.end)
    // What is named as the cause: the words of the match, or the clause just before a bare が原因 / のせい.
    const cause = /^(?:が原因|の?せい|の仕業|によるもの|に原因)/u.test(m[0]) ? t.slice(Math.max(s.start, m.index - 16), m.index).replace(/^[^]*[、,]/u, '') : m[0]
    if (GENERAL_CAUSE.test(sentence) || WEATHER_CAUSE.test(cause) || CAUSE_FOUND.test(sentence) || OFFICIAL_SOURCE.test(sentence) || NAMED_SOURCE.test(sentence)) continue
    // The excerpt names the cause too (ストーブの消し忘れが原因だったようです).
    const from = cause === m[0] ? m.index : m.index - cause.length
    if (open) put(e, 'unofficial/cause', from, m.index + m[0].length, { inquiry: t.slice(open.index, open.index + open[0].length) })
    else put(e, 'unofficial/guessed-cause', from, m.index + m[0].length)
  }
}

/**
 * A remark let slip off the record, reported (会見終了後、市長は記者団との雑談の中で「…」と漏らした, 懇親会の席で教育長が「…」と本音を
 * のぞかせた, 視察後の立ち話で副市長がぽろっと…): an informal setting (雑談, 立ち話, 懇親会, 飲み会, オフレコ), then what was said
 * with a verb of letting slip (漏らす, こぼす, 本音をのぞかせる, 口を滑らせる) or an adverb of it (ぽろっと, うっかり). What an official
 * says there is no stance of the city's; the same setting told of residents, or a remark made in a speech (あいさつしました), is not this.
 */
const OFF_RECORD_SETTING = '(?:雑談|立ち話|懇親会|懇談の席|飲み会|酒席|宴席|二次会|オフレコ|非公式の場|囲み取材の後)'
const OFF_RECORD_REMARK = new RegExp(
  `${OFF_RECORD_SETTING}(?:の中|の席|の場|の最中|の折|の合間)?(?:で|では|にて)[、,]?[^\n]{0,100}?(?:と|って)[、,]?(?:本音を|思わず|つい)?(?:漏らし|もらし|こぼし|明かし|打ち明け|口を滑らせ|のぞかせ|覗かせ|吐露し)|` +
    `${OFF_RECORD_SETTING}(?:の中|の席|の場|の最中|の折|の合間)?(?:で|では|にて)[、,]?[^。！？!?\n]{0,30}?(?:ぽろっと|ポロッと|ぽろりと|ポロリと|うっかり|口を滑らせ)`,
  'gu',
)
/** Who let it slip, as the subject: an official of the city (not a resident at a salon, a child at an event, 職員との雑談で利用者さんが). */
const OFFICIAL_SPEAKER = /(?:市長|副市長|教育長|議長|部長|課長|局長|係長|所長|館長|幹部|担当者|職員)(?:さん)?(?:は|が|も)/u

function offRecord(e: Emitter, t: string): void {
  for (const m of matchAllOf(OFF_RECORD_REMARK, t, MAX_HITS)) {
    const s = sentenceAround(t, m.index, m.index)
    const around = t.slice(s.start, m.index + m[0].length)
    if (!OFFICIAL_SPEAKER.test(around) || RUMOUR_AWARE.test(around)) continue
    put(e, 'unofficial/off-record', m.index, m.index + m[0].length)
  }
}

/**
 * Blind R191I-007: an official's private remark about a plan of the city, reported (市長に同行中。車内で「…会場を…に移したいんだよね」とポツリ;
 * 控室で副市長が「あの施設はいずれ閉めるつもり」とこぼしていました; 「…統合したいんだけどね」と課長。まだどこにも言ってない話だそうです):
 * words in brackets that carry a change the city decides (CHANGE, VENUE_MOVED, PLANNED_CHANGE) as a wish, an intention or a time to come,
 * said by an official named in the sentence or the one before, and marked as private — a private place before the words (車内で, 移動中,
 * 控室で, オフレコで, ここだけの話), a verb of letting slip after them (ポツリ, ぼそっと, 漏らす, こぼす, 本音, 耳打ち) or the post saying it is
 * not out yet (まだどこにも言ってない). Not a public occasion (記者会見で…と述べました, 議会で答弁, あいさつ), not a remark with no plan
 * (「暑い中ありがとう」と声をかけていました), not a plan denied in the words.
 * Blind R302K-004 kind (unof20): …also at an informal gathering of the district (地区の集まりで, 寄り合いで, 懇親会で), the plan told as coming
 * (「旧公民館は近いうちに取り壊すことになる」とお話しされていました); a greeting there (集まりでごあいさつしました) is public.
 */
const PRIVATE_PLACE = /(?:(?:地区|地域|町内|校区|自治会|区)の(?:集まり|寄り合い|会合)|寄り合い|懇親会|雑談|立ち話|飲み会|食事会|打ち上げ|車内|車の中|公用車|帰りの車|移動の車|移動中|帰り道|控室|控え室|楽屋|エレベーター|食事中|昼食中|食事の席|休憩中|オフレコ|ここだけの話|内緒で|ないしょで|ここだけ)/u
const QUOTED_WORDS = /「([^「」\n]{4,80})」/gu
const SLIP_AFTER = /^(?:と|って)[、,]?(?:ポツリ|ぽつり|ぽろっと|ポロッと|ぽろりと|ポロリと|ボソッと|ぼそっと|ぼそりと|ボソリと|ぼそり|ボソリ|つぶや|呟|漏らし|もらし|漏らす|こぼし|こぼす|本音|打ち明け|耳打ち|ささや|囁|こっそり)/u
const NOT_OUT_YET = /まだ(?:どこ|だれ|誰|外|よそ)(?:に|で)?も(?:言って|いって|話して|公表して|発表して|出して|言っと|話しと)(?:い|お)?(?:ない|ません|らん|ねえ|なか)|まだ(?:オフレコ|内緒|ないしょ|ナイショ|非公表|未発表|表に出て(?:い)?(?:ない|ません))/u
const REMARK_OFFICIAL = /市長|副市長|教育長|議長|部長|課長|局長|係長|所長|館長|幹部|上司/u
const REMARK_PUBLIC = /記者会見|会見|定例会|議会|答弁|あいさつ|挨拶|式典|講演|表明|述べ|発表し|公表し|説明会/u
const PLAN_MARKER = /たい|つもり|方向|予定|考えて|しよう|よう(?:と思|かな)|する気|かな|と思|来年|再来年|来年度|来季|今後|いずれ|将来|そのうち|次の|近いうち|(?<=[るう])ことにな(?:る|り)/u
/**
 * Blind R248B-037 kind (unofmask7): the remark overheard in passing (市長室の前を通ったら、市長が…「次は川下りを市民は無料にしたいね」と
 * 話していました; 廊下で部長たちの話が聞こえてきて, 小耳に挟んだ), or passed on with the writer's guess that it may come true (もしかすると
 * 実現するかも？, 実現する可能性もありそうです: VIEW_FORETOLD): an official's private wish for a change handed out as a policy to look forward
 * to. A remark in a speech or to the press is public (REMARK_PUBLIC); a wish with no change in it is nothing.
 */
const PASSING_HEARD = /(?:前|そば|横|脇|近く)を通(?:った|りかかった|る)(?:ら|とき|時|際)|通りかか(?:った|る)(?:ら|とき|時|際)|聞こえ(?:て(?:き|く)|た)|耳に(?:し(?:た|まし)|入(?:った|り|って))|小耳に|立ち聞き|漏れ聞こえ|もれ聞こえ/u
const PRIVATE_PLAN_DENIED = /(?:予定|つもり|考え)(?:は|も)(?:ない|ありません|なか)|(?:しない|やらない|移さない)(?:よ|ね|です|つもり)/u

/**
 * Blind review kind (misc22): an organiser's hope for the next edition of the event, said at its party (打ち上げで館長が「来年も体験コーナーを
 * 新設したい」と笑顔で話していました, 懇親会で「次回もキッズ向けの企画を増やしたいね」): a wish for more of the event, ordinary event news, not a
 * decision let out. Only at a celebration (打ち上げ, 懇親会, 飲み会, 食事会), the words opening on the next time again (来年も, 次回も, また来年),
 * nothing cut, closed, moved or priced in them (EVENT_CUT), and no slip or not-out-yet marker (those stay off-record).
 */
const PARTY_PLACE = /打ち上げ|懇親会|飲み会|食事会/u
const EVENT_AGAIN = /^(?:来年|次回|次|来年度|来季|再来年)(?:も|こそ)|^また来年/u
const EVENT_CUT = /閉館|閉鎖|閉め|廃止|取り壊|取りこわ|解体|減ら|縮小|削減|統合|統廃合|中止|休止|打ち切|移|値上げ|有料|無料|料金|予算|延期|見送/u
function privateRemark(e: Emitter, t: string): void {
  for (const m of matchAllOf(QUOTED_WORDS, t, MAX_HITS)) {
    const words = m[1]!
    if (!(CHANGE.test(words) || VENUE_MOVED.test(words) || PLANNED_CHANGE.test(words)) || !PLAN_MARKER.test(words) || PRIVATE_PLAN_DENIED.test(words)) continue
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    const prev = s.start > 0 ? sentenceAround(t, s.start - 1, s.start - 1) : null
    const sentence = t.slice(s.start, s.end)
    const around = t.slice(prev ? prev.start : s.start, s.end)
    if (!REMARK_OFFICIAL.test(around) || REMARK_PUBLIC.test(around)) continue
    const before = t.slice(s.start, m.index)
    const place = PRIVATE_PLACE.exec(before)
    const slip = SLIP_AFTER.exec(t.slice(m.index + m[0].length, m.index + m[0].length + 12))
    const next = s.end < t.length ? sentenceOf(t, s.end + 1, s.end + 1) : ''
    const rest = sentence.slice(before.length + m[0].length) + next
    const overheard = PASSING_HEARD.test(t.slice(prev ? prev.start : s.start, s.end)) || VIEW_FORETOLD.test(next)
    if (!place && !slip && !overheard && !NOT_OUT_YET.test(rest)) continue
    if (place && PARTY_PLACE.test(place[0]) && EVENT_AGAIN.test(words) && !EVENT_CUT.test(words) && !slip && !overheard && !NOT_OUT_YET.test(rest)) continue
    const from = place ? s.start + place.index : m.index
    put(e, 'unofficial/off-record', from, slip ? m.index + m[0].length + slip[0].length : m.index + m[0].length)
  }
}

/**
 * A private person's talk named as the source (ご近所の方の話では, 知り合いから聞いた話だと, 地元の人のうわさでは): what follows is
 * passed on unconfirmed, when it is about a harm, a person or a change (not old times or the season: TRIVIA, NATURAL).
 */
// Blind R311E-033 kind (unof56): …also what was heard from them (知り合いから聞いたところでは, 友人に聞いたら, 知人に伺ったところ).
const INFORMANT_TALK = /(?:近所|ご近所|知り合い|知人|友人|友達|地元|住民|近くの|通りすがり|常連|同級生|親戚|元同僚)(?:の方|の人|さん|の方々|の皆さん)?(?:(?:の(?:話|お話|うわさ|噂)|から(?:聞いた|伺った)(?:話|お話))(?:では|だと|やと|によると|によれば)|(?:から|に)(?:聞いた|伺った|うかがった|教えてもらった)ところ(?:では|だと|によると|によれば)?|に聞いたら)/gu
/**
 * Talk going round among locals, passed on (…のしわざだと地元ではもっぱらの評判です, …が原因ともっぱらの噂): judged by what is said
 * before the frame: a culprit, a cause, a harm or a change (おいしいと地元でもっぱらの評判 is praise).
 */
/* Blind R311E-017 kind (unof56): …also talk in the city's own building (市長は次の市長選には出ないつもりだと、庁舎の中ではもっぱらの評判です,
 * 役所の中じゃもっぱらの噂, 職員の間ではもっぱらの評判): judged the same way, a person's course (PERSON_COURSE) being what it tells. */
const LOCAL_TALK = /(?:と|って)[、,]?(?:(?:地元|近所|ご近所|町内|地域|住民|近隣|周り|界隈|保護者|庁舎|庁内|市役所|役所|役場|職場|課内|部内|係内|職員|議会|議員)(?:の(?:間|方々|人たち|皆さん|中|なか)|内)?(?:では|で(?:は|も)|じゃ|の間では|の間で)[、,]?)?(?:もっぱら|専ら)の(?:噂|うわさ|評判|話)/gu
/**
 * Blind R311E-017 kind (unof56): what a talk tells of an official's own course (市長は次の市長選には出ないつもり, 副市長が後任に, 議長は今期で
 * 引退する): whether they run, stand down or stay, the kind of thing the building whispers about before anyone announces it.
 */
const PERSON_COURSE = /(?:市長|副市長|教育長|議長|副議長|議員|知事|町長|部長|課長|局長|館長|校長|所長)(?:さん)?(?:は|が|も)[、,]?[^。！？!?\n]{0,30}?(?:(?:選|選挙)(?:に|には|へ)?(?:は|も)?(?:出ない|出る|出ん)|出馬|立候補|引退|勇退|退任|辞任|辞職|辞め|やめる|続投|再選|不出馬|交代|後継|後任|つもり|意向|腹)/u
/** Review of 4fc3d0ed (rv/unof): talk that praises someone (読み聞かせが上手だと, 毎朝いちばんに庁舎に出ると): a compliment, no claim. */
const PRAISE_TALK = /(?:上手|じょうず|上手い|うまい|優しい|やさしい|丁寧|親切|熱心|働き者|気さく|面倒見が(?:いい|良い)|詳しい|物知り|頼もしい|明るい|真面目|まじめ|几帳面|早い|速い|いちばんに[^。！？!?\n]{0,10}?(?:出る|来る|着く))(?:だ|です|な(?:ん|の)だ)?$/u
const TALK_CLAIM = /仕業|しわざ|(?<=[のたい])せい(?:だ|で|や|じゃ|$)|原因|犯人|やった|盗|壊|荒ら|捨て|いたずら|イタズラ|落書き/u
/**
 * Who is behind a crime, guessed with no source (…事情に詳しい人物が関わっているとみられます, 内部の者が関与しているのではないか):
 * a suspicion cast on the city's account. Said after the police (警察によると…) it is their finding.
 */
const SUSPECT_GUESS = /(?:人物|人間|者|グループ|集団|何者か|犯人|身内|内部の人)(?:が|も)[^。！？!?\n]{0,6}?(?:関わって|かかわって|関与して|絡んで|関係して)(?:いる|いた)(?:と(?:みられ|見られ|思われ|考えられ|推測され|推察され)(?:ます|る)|のでは(?:ない)?か|可能性が(?:高|大き)|に違いな|はず(?:です|だ)|でしょう|だろう)/u
const POLICE_SAID = /(?:警察|県警|警察署|捜査関係者)(?:の発表|が発表|によると|によれば|では|の話では|から(?:の)?(?:情報|連絡|発表))/u

/**
 * Blind R102A-109: a named party said to be involved in a wrong, passed on second-hand or guessed (相談者のお話では、どうも本町の「ふとんの
 * 杉本」さんが関わっているらしいです; 聞いた話では、駅前の「丸山工務店」が関与しているみたいです; 解体屋さんが絡んどるらしか; …さんが裏で一枚
 * かんでるって話): an unconfirmed suspicion cast on someone by the city's account. A party as the subject (が, も), a verb of involvement
 * (関わる, 関与する, 絡む, 一枚かむ, グルになる, 糸を引く, 手引きする), no negation, then a hearsay or guess ending; a wrong (詐欺, 悪質, 被害,
 * 不法投棄, 空き巣 …) in the sentence or the one before. Clean: a part in preventing it (被害防止には…金融機関さんも関わっているそうです), the
 * police or an office as the source (警察によると…関与しているとのこと), a suspicion denied (…という噂がありますが、同店は一切関係ありません),
 * a good cause (さげもんめぐりには…多くのお店が関わっているそうです), a line quoted as an example.
 */
const INVOLVED_HEARD =
  /(?<=[」』\p{Script=Han}\p{Script=Katakana}ーんらちまゃ])(?:が|も)[、,]?[^。！？!?\n]{0,10}?((?:関わ|かかわ|関与|絡ん|からん|一枚(?:噛|か)ん|関係し|関係が?あ|グルにな|ぐるにな|糸を引|手引き)([^。！？!?\n]{0,8}?)(?:らしい|らしか|らしく|みたい|ようです|ようだ|ようで|ようや|ようでございます|そうです|そうだ|そうや|そうな(?:ん|の)|とのこと|って(?:話|聞|噂|うわさ|こと)|(?:ん|の)(?:だ|です|や)って|げな|ごたる|っぽい|と(?:聞|伺|耳に)|(?:という|との|っていう|っちゅう)(?:話|噂|うわさ|情報)|(?:の|ん)(?:では|じゃ)(?:ない)?か|っちゃないか|かも|可能性|に違いな|と(?:思われ|みられ|見られ|考えられ|疑われ|にらん|睨ん)))/gu
/** A wrong the involvement is in: fraud, a harm, a crime, misconduct (in the sentence or the one before). */
const INVOLVED_WRONG =
  /詐欺|さぎ|サギ|悪質|悪徳|被害|トラブル|苦情|押し売り|押し買い|点検商法|訪問販売|訪問業者|強引|高額請求|架空請求|不審|事件|犯行|犯人|盗|空き巣|放火|不法投棄|ポイ捨て|偽|ニセ|にせ|違法|犯罪|談合|癒着|賄賂|わいろ|横領|着服|不正|いたずら|イタズラ|落書き|迷惑|脅|だま|騙|闇バイト|受け子|出し子|ひき逃げ|流出|漏えい|漏洩|改ざん|捏造|不祥事/u
/** The party's part is in fighting the wrong (被害防止には, 見守りに, 対策にも): no suspicion. */
const INVOLVED_GOOD_ROLE =
  /(?:防止|対策|啓発|見守り|支援|防犯|取り組み|取組|活動|運営|協力|解決|救済|予防|パトロール|撲滅|根絶|対応|復旧|捜査|救助|相談|講座|指導|保護|回収|清掃|片付け|片づけ|後片付け|ボランティア|発見|通報)(?:に|には|にも|へ|へも)/u
/** The suspicion denied after it (同店は一切関係ありません, 無関係です, 事実ではありません). */
const INVOLVED_DENIED = /無関係|関係(?:は|が)?(?:一切|まったく|全く)?(?:ありません|ございません|ない)|関わって(?:い|お)(?:ません|りません)|関与(?:して(?:い|お)(?:ません|りません)|の事実は)|事実(?:では|は)(?:ありません|ございません)|誤り|デマ/u

function involvedHeard(e: Emitter, t: string): void {
  for (const m of matchAllOf(INVOLVED_HEARD, t, MAX_HITS)) {
    // Involvement as a state or a past act (関わっている, 関与しとる, 絡んでた, 関係がある), not denied, not a risk to come (犯罪に関与する
    // 可能性があります, 闇バイトに関わってしまうかもしれません: a warning to readers).
    const gap = m[2]!
    const stative = /^(?:っ|し|ん|き|い)?(?:て|で|と|ど|た|だ|よ)/u.test(gap) || (/^関係が?あ/u.test(m[1]!) && /^(?:る|った)/u.test(gap))
    if (!stative || /な(?:い|く|か)|ません|せん|ず|しま|ちゃ|じゃ/u.test(gap)) continue
    const own = sentenceAround(t, m.index, m.index + m[0].length)
    const prev = own.start > 0 && !/\n\s*\n\s*$/u.test(t.slice(Math.max(0, own.start - 4), own.start)) ? sentenceAround(t, own.start - 1, own.start - 1) : null
    const sentence = t.slice(own.start, own.end)
    const around = t.slice(prev ? prev.start : own.start, own.end)
    if (!INVOLVED_WRONG.test(around)) continue
    if (INVOLVED_GOOD_ROLE.test(t.slice(own.start, m.index + m[0].length))) continue
    if (POLICE_SAID.test(sentence) || OFFICIAL_SOURCE.test(sentence) || RUMOUR_AWARE.test(sentence)) continue
    if (INVOLVED_DENIED.test(t.slice(m.index + m[0].length, m.index + m[0].length + 120))) continue
    const at = m.index + m[0].length - m[1]!.length
    put(e, 'unofficial/rumour', at, m.index + m[0].length, { plain: '（確かめた事実）' })
  }
}

/**
 * Blind R315E-046 kind (unof57): a private acquaintance named as the source after the news, in a sentence that closes it (…柳川が巻頭特集に
 * なるそうです！出版社にいる知り合いから聞きました; …来月閉店するらしいです。近所の方から教えてもらいました): what the sentence before (or this
 * one) tells is passed on unconfirmed. Judged as the informant's talk is (a change, a harm, a claim about someone), and also when the news is
 * a thing still to come told second-hand (次の号で…特集になるそうです, 今度…来るらしい): another body's plan before it announces it. A flower's
 * name or a recipe learnt from a neighbour (この花の名前は近所の方から教えてもらいました) tells nothing to come.
 */
const INFORMANT_TOLD =
  /(?:近所|ご近所|知り合い|知人|友人|友達|友だち|親戚|親類|同級生|元同僚|先輩|後輩|身内|いとこ|従兄弟|幼なじみ|幼馴染)(?:の方|の人|さん|の方々)?(?:から|に|より)[、,]?(?:こっそり|こそっと|ちらっと|直接|内緒で|先日|この前)?[、,]?(?:聞きました|聞いた(?:ん|の)(?:です|だ|や)|聞いた話(?:です|だ|や)|聞いて(?:い|お)(?:ます|ります)|教えてもらいました|教えてもらった(?:ん|の)(?:です|だ)|教えていただきました|教わりました|伺いました|うかがいました)/gu
const HEARD_ENDING = /そう(?:です|だ|な(?!の)|で)|らしい|らしか|みたい|って(?:[。！!…〜~]|$)|とのこと|んだって/u
const STILL_TO_COME = /次(?:の)?号|次号|来月号|次回|今度|近々|近いうち|もうすぐ|そのうち|来月|来週|来年|来春|来秋|年内|発売|放送|公開|掲載|特集|取材|ロケ|撮影/u
function talkPassedOn(e: Emitter, t: string): void {
  if (e.has.informantTold) {
    for (const m of matchAllOf(INFORMANT_TOLD, t, MAX_HITS)) {
      const s0 = sentenceAround(t, m.index, m.index + m[0].length)
      const prev = s0.start > 0 && !t.slice(Math.max(0, s0.start - 2), s0.start).includes('\n\n') ? sentenceAround(t, s0.start - 1, s0.start - 1) : null
      const said = t.slice(prev ? prev.start : s0.start, s0.end)
      if (RUMOUR_AWARE.test(said) || TRIVIA.test(said) || OFFICIAL_SOURCE.test(said)) continue
      const claim = ((RUMOUR_TOPIC.test(said) || PEOPLE_CLAIM.test(said) || CHANGE.test(said) || TALK_CLAIM.test(said)) && !NATURAL.test(said)) || SCHEDULED_AHEAD.test(said) || (HEARD_ENDING.test(said) && STILL_TO_COME.test(said))
      if (!claim) continue
      put(e, 'unofficial/rumour', m.index, m.index + m[0].length, { plain: '（確かめた事実）' })
      break
    }
  }
  for (const re of [INFORMANT_TALK, LOCAL_TALK]) {
    if (!(re === INFORMANT_TALK ? e.has.informantTalk : e.has.localTalk)) continue
    for (const m of matchAllOf(re, t, MAX_HITS)) {
      const sentence = sentenceOf(t, m.index, m.index + m[0].length)
      if (RUMOUR_AWARE.test(sentence) || TRIVIA.test(sentence) || OFFICIAL_SOURCE.test(sentence)) continue
      const said = re === LOCAL_TALK ? clauseBefore(t, m.index) : sentence
      if (re === LOCAL_TALK && PRAISE_TALK.test(said) && !TALK_CLAIM.test(said) && !RUMOUR_TOPIC.test(said)) continue
      const claim = re === LOCAL_TALK ? TALK_CLAIM.test(said) || PEOPLE_CLAIM.test(said) || RUMOUR_TOPIC.test(said) || CHANGE.test(said) || PERSON_COURSE.test(said) : ((RUMOUR_TOPIC.test(said) || PEOPLE_CLAIM.test(said) || CHANGE.test(said) || TALK_CLAIM.test(said)) && !NATURAL.test(said)) || SCHEDULED_AHEAD.test(said)
      if (!claim) continue
      put(e, 'unofficial/rumour', m.index, m.index + m[0].length, { plain: '（確かめた事実）' })
    }
  }
  const guess = e.has.suspectGuess ? SUSPECT_GUESS.exec(t) : null
  if (guess && !POLICE_SAID.test(t) && !OFFICIAL_SOURCE.test(t) && !NAMED_SOURCE.test(t)) put(e, 'unofficial/guessed-cause', guess.index, guess.index + guess[0].length)
}

function informal(e: Emitter, t: string): void {
  if (!e.has.informal && !(e.has.english && /rumou?r|heard|hear |word|official|little bird|next /iu.test(t))) return
  for (const m of matchAllOf(INFORMAL_SOURCE, t, MAX_HITS)) {
    const sentence = sentenceOf(t, m.index, m.index + m[0].length)
    // A warning about such talk (関係者筋を名乗る電話にご注意) is not talk.
    if (RUMOUR_AWARE.test(sentence) || TRIVIA.test(sentence)) continue
    // 〜とか〜ないとか runs from the verb's start (買うとか買わないとか); about the weather (雨が降るとか降らないとか) it is small talk.
    // オフレコで聞いた話なので、ここには書けません: the channel named and the matter refused, nothing passed on.
    if (secretNotTold(t, m.index + m[0].length)) continue
    const idiom = /とか$/u.test(m[0])
    if (idiom && /天気|予報|晴れ|(?<!梅)雨(?!季)|雪|気温/u.test(sentence) && !DAMAGE.test(sentence) && !CHANGE.test(sentence)) continue
    // Review of unof58 (rv/misc): …の間で話題になっている絵本, 職員の間で噂の…: a thing popular among them, nothing passed on (a change, a
    // decision, a rumour's topic or hearsay in the sentence still makes it talk).
    if (!idiom && /(?:話題|噂|うわさ)$/u.test(m[0]) && buzzOfThing(t.slice(m.index + m[0].length, m.index + m[0].length + 24)) && !CHANGE.test(sentence) && !DECISION.test(sentence) && !BENEFIT.test(sentence) && !RUMOUR_TOPIC.test(sentence) && !PEOPLE_CLAIM.test(sentence) && !/らしい|みたい|そうです|そうだ|んだって|だってさ|げな|って話|と聞|聞いた|という|との/u.test(sentence)) continue
    put(e, 'unofficial/rumour', idiom ? wordStart(t, m.index) : m.index, m.index + m[0].length, { plain: '（確かめた事実）' })
  }
}

/**
 * A policy settled or drafted inside, told with a sign that it is not out yet (市は…を追加する方針を固めた。正式発表は来月の予定である;
 * まだ内緒なんですが…上げる方向で、いま庁内で調整しているところです; 執行部ではもう3園を2園にまとめる素案ができているそうです;
 * 3月議会に提出予定の予算案において、…を廃止する内容で最終調整が行われております): the content of a decision still in the making,
 * handed out before the city releases it. That is a leak (block), not a mere forecast: the sign is a secret aside, a release said to be
 * still to come, the bill the content sits in still to be submitted, or the inside (執行部, 庁内) named as the source of a hearsay.
 * A draft put out for comment, a policy announced, a plan "being considered, announced when decided" (…検討しています。決まり次第
 * お知らせします) and a report denied stay as they were.
 */
const SETTLED_INSIDE =
  /(?:方針|方向性?|意向|考え)(?:を|ば)固め(?:た|ました|まし|て(?:い|お)|とる|とり|つつあ)|(?:方針|方向性?)(?:が|は)(?:ほぼ|もう|すでに|既に)?固ま(?:った|りました|って(?:い|お)|っとる|っとり|りつつ)|(?:方向|方針|内容|線|案|形)で[、,]?[^。！？!?\n]{0,14}?(?:最終)?(?:(?:調整|協議|検討)(?:中|して|しと|しよ|に入|が(?:行われ|進め|進ん|大詰め)|を(?:進め|行っ|し)|しており)|詰め(?:て|と|よ|に入|の段階))|(?:方向|方針|内容|線|案|形)で[、,]?[^。！？!?\n]{0,8}?(?:ほぼ|大筋で?)?(?:まとま|固ま)(?:った|りました|って(?:い|お)|っとる|っとり|りつつ)|(?:素案|原案|試案|骨子案|たたき台|叩き台)(?:が|は|も)?(?:もう|すでに|既に|ほぼ)?(?:でき(?:て|た|と|あが)|出来(?:て|た|と|上が)|まとま(?:っ|り)|固ま(?:っ|り)|完成し|作られ|作成され|上がっ|あがっ)/gu
/** A secret aside of the writer's: まだ内緒なんですが, ここだけの話, オフレコで (not 親に内緒で相談できる). */
const LEAK_SECRET = /(?<!に|には|にも)(?:内緒|ないしょ|ナイショ)(?:なん|の話|やけど|だけど|ですが|ですけど|ばってん|で(?:す|お願い|ね|よ))|ここだけの話|オフレコ|内密に|他言無用|口外(?:しない|無用|禁止)/u
/** The release still to come: 正式発表は来月の予定, 公表前, 未発表ですが (a bare 発表は3月の予定 may be a contest's result). */
const LEAK_NOT_RELEASED = /(?:正式|公式)(?:な|の)?(?:発表|公表|お披露目|記者発表|報道発表)(?:は|が)[^。！？!?\n]{0,10}?(?:来週|来月|後日|これから|まだ|予定|見込み|[0-9０-９]+月|年明け|近く)|(?:正式|公式)?(?:発表|公表|記者発表|報道発表|解禁)(?:前|の前|される前|までは)|未(?:発表|公表)(?:です|だ|なん|の(?:情報|話|段階|案|計画|方針))|非公表/u
/** The bill the content sits in, still to be submitted (3月議会に提出予定の予算案において, 上程前の条例案では). */
const LEAK_BILL = /(?:提出|上程|提案)(?:予定|する予定|される予定|前|する前|される前)の[^。！？!?\n]{0,16}?(?:予算案|議案|条例案|条例改正案)(?:において|では|には|に|で)|(?:議会|定例会)(?:に|へ)(?:まだ)?(?:出す|出る|出される|提出する|提出される|かける|上程する)前/u
/** The inside named as the source of what is passed on (執行部ではもう…素案ができているそうです). */
const LEAK_INSIDE = /(?:執行部|庁内|役所内|市役所内|役所の中|内部|上層部|幹部|事務方|課内|部内)(?:で|では|の方で|の間で|には|に|の方では)/u
const LEAK_HEARD = /そう(?:です|だ|や|な(?!の))|らしい|みたい|げな|って(?:話|聞)|と(?:聞|伺)/u
/**
 * Blind R75A-132: a superior or a colleague named as who said it or from whom it was heard (…方針ば固めたって、上の人が話しよったよ; 上司が
 * 言ってたんだけど、…方針を固めたらしい; 幹部の方から伺ったところでは…方針が固まったとのこと; 課長の話では): the inside as the source, as
 * LEAK_INSIDE with LEAK_HEARD. Not when the sentence names a public occasion (記者会見, 議会で答弁, 説明会, あいさつ): said there, it is out.
 */
const LEAK_SPEAKER =
  /(?:上の人|上の方|上司|上層部|幹部|管理職|偉い人|えらい人|お偉いさん|お偉方|課長|部長|係長|次長|局長|室長|所長|先輩|同僚)(?:たち|達|ら|さん|の方々?|の人たち)?(?:の(?:話|お話)(?:では|だと|やと|によると|によれば)|(?:から|に)(?:聞い|聞き|聞いた|伺|うかが)|(?:が|も)[、,]?[^。！？!?\n]{0,40}?(?:言って|言っと|言いよ|言うと|言うて|言わ(?:れ|し)|話して|話しと|話しよ|話さ(?:れ|し)|おっしゃ))/u
const SPOKEN_IN_PUBLIC = /会見|記者|答弁|議会|定例会|委員会|説明会|あいさつ|挨拶|講演|式典|発表|報道|取材/u
/**
 * A direction or policy said plainly, with the writer's secret aside as its frame (ここだけの話、来年度は募集人数を倍に増やす方向みたい
 * です, 内緒なんですけど…開館時間を延長する方向らしいです, オフレコで…有料化の方向です): a decision in the making handed out under the
 * seal of secrecy. Only with a change of the city's in the sentence, and only with a secret aside (LEAK_SECRET) as the sign: a direction
 * said without one is forecast's warning.
 */
const DIRECTION_TOLD =
  /(?:(?<=[るいすたくぐむぶつう])(?<!しい|よい|いい|らしい)|(?<=化|廃止|統合|移転|新設|値上げ|値下げ|見直し|縮小|拡大|延長)の)(?:方向|方針)(?:性)?(?:です|だ|や|らしい|らしか|みたい|とのこと|のよう|っぽい|げな|ごたる|って|で(?:す|ある|決ま|固ま|進ん|動い))/gu
/**
 * An announcement promised once the matter is decided (決定次第、市ホームページで公表いたします, 正式に決定しましたら改めてお知らせ
 * いたします): the post itself says the matter is not released yet. With a direction said to be in (final) coordination and a change of
 * the city's or a penalty as its content (懲戒免職とする方向で最終調整を行っているところです, 投票所を統合する方向で…調整中と伺って
 * おります), the content is handed out before the release. (A plan still being considered, 検討中です。決まり次第お知らせします, names no
 * outcome and stays a warning.) Also the clause to strip before LEAK_PUBLIC reads the paragraph: a future ホームページで公表 is no publication.
 */
const PROMISED_WHEN_DECIDED =
  /(?:(?:正式(?:に|な)?)?(?:決定|確定)(?:し(?:まし)?たら|次第|しだい|後に?)|決ま(?:り次第|りしだい|りましたら|ったら|った後))[、,]?[^。！？!?\n]{0,24}?(?:公表|発表|お知らせ|ご案内|ご報告|掲載|お伝え)(?:いたします|します|いたしたい|させていただきます|する(?:予定|ね|よ|けん|から)|してまいります|しますね)/gu
/** PROMISED_WHEN_DECIDED without its global flag, for a plain test. */
const PROMISE_AWAITED = new RegExp(PROMISED_WHEN_DECIDED.source, 'u')
/** A penalty of staff: the content of a disciplinary decision in the making. */
const PENALTY_CONTENT = /懲戒|免職|停職|減給|戒告|訓告|諭旨|降格|処分/u
/** A fee, a tax or an amount raised or cut (利用料を来年度から200円上げる, 使用料を引き下げる, 定員を倍に増やす). */
const AMOUNT_CHANGE = /(?:料|費|税|代|額|金|率|定員|人数|枠)(?:を|が|は|も)[^。！？!?\n]{0,12}?(?:上げ|下げ|値上|値下|増や|減ら|倍に|半額|半分に)/u
/** What a leaked direction is about: a change of the city's, a penalty, an amount raised or cut. */
const LEAK_CONTENT = { test: (s: string): boolean => CHANGE.test(s) || PENALTY_CONTENT.test(s) || AMOUNT_CHANGE.test(s) }
/**
 * A concrete change said to be put into a budget or a bill still to be compiled or submitted (上限額を100万円に引き上げる見込みで、当初
 * 予算案に計上する予定です, 無料にする方針で、予算案に盛り込む予定): the content of a bill before the city publishes it. A bill
 * submitted (計上し、議会に提案しました), a request to the state (計上するよう要望) and a budget put out for comment are not this.
 */
const INTO_BILL =
  /(?:当初予算案?|補正予算案?|予算案|新年度予算|来年度予算|次年度予算|議案|条例案|条例改正案)(?:に|には|へ)[、,]?[^。！？!?\n]{0,30}?(?:計上|盛り込|盛りこ|反映|組み込|入れ)(?:する|む|る|れる|み|させる)?(?:予定|方針|見込み|見通し|方向|つもり|考え)/gu
/** Published, put out for comment or denied: no leak. */
const LEAK_PUBLIC = /公表し|発表し|公開し(?:まし|てい)|可決され|議決され|成立しました|ホームページ|市HP|意見(?:を|の)?(?:募集|公募)|パブリックコメント|パブコメ|意見公募|説明会|閲覧|縦覧/u

/**
 * Blind R163A-069: a change told as decided (移転することになりました, 廃止が決まりました) while the post says the council has not been briefed
 * on it yet (議会への説明はこれからですが, 議会にはまだ報告していませんが, 議会に諮る前ですが): the decision handed out before the body that
 * must hear it first, as grave as a policy leaked. A plan with no decision told (…について議会への説明はこれからです) and a decision the
 * council passed (可決されました) are not this.
 */
const COUNCIL_UNBRIEFED = /議会(?:へ|に|で)の(?:ご)?(?:説明|報告|提案|提出|付議|審議)(?:は|が|も)?[、,]?(?:まだ|これから(?!も))|議会(?:に|へ)(?:は)?まだ(?:説明|報告|諮っ|かけ|かかっ|上がっ|提案|提出|話)|議会(?:に|へ)(?:の)?(?:説明|報告|提案|提出|諮る|かける)(?:する|される)?前/u
/**
 * Blind R282V-011 / R280C-040 kind (conf15): the writer's own leaning or outlook on a measure told while the council has not heard it
 * (…誘致する方向で、ほぼ腹を固めております。議会へのご説明はこれからですが; 議会に諮る前の段階ではありますが、担当としてはかなり前向きな
 * 手応えを感じています。実現すれば…): no decision is said, but the direction is handed out before the body that must hear it first. A
 * direction already put to the council (方向で検討していることを議会で説明しました) has no COUNCIL_UNBRIEFED and is not this.
 */
const LEANING_TOLD = /腹(?:を|は|も)(?:ほぼ)?(?:固め|決め|くくっ|括っ)|腹(?:は|が)(?:ほぼ)?決ま|意向を固め|決意を固め|(?:する|させる|とする|で進める|を目指す)方向で[、,]?(?:ほぼ)?(?:固め|固ま|考えて|調整|進め|検討を進め|腹)|前向きな(?:手応え|手ごたえ|感触)|(?:手応え|手ごたえ|感触)を(?:感じ|得|つかん|掴ん)|実現すれば|実現の(?:見通し|見込み|可能性(?:は|が)高)/gu
const TOLD_DECIDED = /(?:する|される|となる|になる)ことになりました|(?:が|は)(?:正式に)?(?:決まりました|決定しました|決定いたしました|確定しました)|ほぼ確定|本決まり/gu
/**
 * Blind R165I-024: whether a measure has its budget, guessed or passed on (予算もまだついとらんっぽいし, 予算が取れなかったらしい, 予算が足りない
 * みたいで): the state of the city's budget told from hearsay or a guess, about works or a service of the city in the sentence or the one before
 * (復旧, 改修, 整備, 遊歩道, 事業). A budget stated (予算を計上しました) or a reader's own budget (ご予算に合わせて) is not this.
 */
const BUDGET_GUESSED = /予算(?:が|も|は)?[、,]?(?:まだ)?(?:つい|付い|とれ|取れ|通っ|おり|下り|足り|つか|付か|とら|取ら|あ)(?:て(?:い|お)?|と)?(?:ない|らん|ません|なかった|ん|ず|なか)(?:ん)?(?:っぽい|みたい|らしい|らしか|げな|ごたる|よう(?:です|だ)|そう(?:です|だ)|って(?:話|聞)|とか|かも)/u
const PUBLIC_WORKS = /復旧|改修|修繕|補修|整備|建設|建て替え|工事|遊歩道|道路|橋|公園|施設|事業|庁舎|体育館|図書館|学校|市|役所/u
function budgetGuessed(e: Emitter, t: string): void {
  const m = BUDGET_GUESSED.exec(t)
  if (!m) return
  const s0 = sentenceAround(t, m.index, m.index + m[0].length)
  const before = s0.start > 0 ? sentenceAround(t, s0.start - 1, s0.start - 1).start : s0.start
  if (!PUBLIC_WORKS.test(t.slice(before, s0.end)) || /ご予算|お客様の予算|家計/u.test(t.slice(s0.start, s0.end)) || quotedExample(t, m.index)) return
  put(e, 'unofficial/forecast', m.index, m.index + m[0].length, { topic: topicOf(t.slice(before, s0.end)), marker: m[0] })
}

function councilUnbriefed(e: Emitter, t: string): void {
  if (!COUNCIL_UNBRIEFED.test(t) || BUDGET_PASSED.test(t)) return
  // Blind R282V-011 / R280C-040 kind (conf15): a leaning or outlook told before the council hears it (ほぼ腹を固めております, 前向きな手応え).
  for (const m of matchAllOf(LEANING_TOLD, t, MAX_HITS)) {
    if (quotedExample(t, m.index)) continue
    put(e, 'unofficial/forecast', wordStart(t, m.index), m.index + m[0].length, { topic: topicOf(sentenceOf(t, m.index, m.index + m[0].length)), marker: m[0] })
    break
  }
  for (const m of matchAllOf(TOLD_DECIDED, t, MAX_HITS)) {
    const sentence = sentenceOf(t, m.index, m.index + m[0].length)
    if (!CHANGE.test(sentence) && !VENUE_MOVED.test(sentence) && !BENEFIT.test(sentence)) continue
    put(e, 'unofficial/leak', wordStart(t, m.index), m.index + m[0].length)
    return
  }
}

function leaks(e: Emitter, t: string): void {
  if (!e.has.leakWords) return
  // 決定次第、市ホームページで公表いたします is a release still to come, not a publication.
  // (Where no promise can match, the paragraph is unchanged and the gate answers for LEAK_PUBLIC.)
  const unpromised = e.has.promised ? t.replace(PROMISED_WHEN_DECIDED, '') : t
  if ((unpromised !== t || e.has.leakPublic) && LEAK_PUBLIC.test(unpromised)) return
  if (e.has.corrected && CORRECTED.test(t)) return
  PROMISED_WHEN_DECIDED.lastIndex = 0
  const promised = e.has.promised && PROMISED_WHEN_DECIDED.test(t)
  // Said of the whole paragraph: worked out once, not per hit.
  const notReleased = LEAK_NOT_RELEASED.test(t)
  for (const m of matchAllOf(SETTLED_INSIDE, t, MAX_HITS)) {
    const sentence = sentenceOf(t, m.index, m.index + m[0].length)
    // …との報道, という話がありますが: a report of it, judged by whether the post corrects it.
    if (/^[^。！？!?\n]{0,4}?(?:との|という|といった)(?:報道|話|噂|うわさ|記事)/u.test(t.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue
    // A secret aside said in the sentence or just before it (それと、まだ内緒なんですが…).
    const here = sentenceAround(t, m.index, m.index + m[0].length)
    const before = here.start > 0 ? sentenceAround(t, here.start - 1, here.start - 1).start : here.start
    // A direction in (final) coordination, its content a change or a penalty, with the release promised once it is decided.
    const coordinated = promised && /調整|詰め|まとま|固ま/u.test(m[0]) && LEAK_CONTENT.test(sentence)
    const sign = LEAK_SECRET.test(t.slice(before, here.end)) || notReleased || LEAK_BILL.test(sentence) || (LEAK_INSIDE.test(sentence) && LEAK_HEARD.test(sentence)) || (LEAK_SPEAKER.test(t.slice(before, here.end)) && !SPOKEN_IN_PUBLIC.test(t.slice(before, here.end))) || coordinated
    if (!sign) continue
    put(e, 'unofficial/leak', m.index, m.index + m[0].length)
  }
  // A direction said under a secret aside (ここだけの話、…増やす方向みたいです).
  if (e.has.secretWords) {
    for (const m of matchAllOf(DIRECTION_TOLD, t, MAX_HITS)) {
      const here = sentenceAround(t, m.index, m.index + m[0].length)
      const sentence = t.slice(here.start, here.end)
      const before = here.start > 0 ? sentenceAround(t, here.start - 1, here.start - 1).start : here.start
      if (!LEAK_SECRET.test(t.slice(before, here.end)) || !LEAK_CONTENT.test(sentence)) continue
      if (PUBLIC_PROCESS.test(sentence) || RUMOUR_AWARE.test(sentence)) continue
      put(e, 'unofficial/leak', wordStart(t, m.index), m.index + m[0].length)
    }
  }
  // A concrete change said to be put into a bill still to be compiled or submitted (…引き上げる見込みで、当初予算案に計上する予定です).
  if (e.has.billWords) {
    for (const m of matchAllOf(INTO_BILL, t, MAX_HITS)) {
      const sentence = sentenceOf(t, m.index, m.index + m[0].length)
      if (!CHANGE.test(sentence.replace(/予算/gu, '')) && !AMOUNT_CHANGE.test(sentence) && !BENEFIT.test(sentence)) continue
      if (PUBLIC_PROCESS.test(sentence) || /よう(?:に)?(?:要望|要請|求め|お願い)/u.test(sentence)) continue
      put(e, 'unofficial/leak', m.index, m.index + m[0].length)
    }
  }
}

/** The inside as where talk goes on (the start of UNANNOUNCED's 庁内で議論 alternatives). */
const INSIDE_AT = /^(?:庁内|役所内|課内|内部|内々|水面下|非公式に)/u
/**
 * The talk's verb closed as done and followed by what it decided, told as the city's decision (…話し合った結果、…ことにしました; …検討した
 * うえで…決定しました; …協議の末、…となりました). A talk still going on (話し合っているところです) or one whose outcome is only expected (…ことに
 * なりそうです) is not this.
 */
const TALK_DECIDED =
  /^(?:い|っ|し)?(?:た|の)?(?:結果|末|うえ|上)(?:に|で)?[、,]?[^。！？!?\n]{0,48}?(?:ことにしました|ことといたしました|こととしました|ことに決めました|ことに決定しました|決めました|決定しました|決定いたしました|となりました|ことになりました)(?:[。！!]|$)/u
/**
 * Blind (colleague): talk inside said not to go on (内部での議論は進んでいません, 庁内では検討しておりません, 話し合いは行われていない):
 * read right after the talk's word, the verb's negative ending within a few characters.
 */
const TALK_DENIED = /^(?:は|が|も)?[、,]?(?:まだ|全く|まったく|一切|特に|何も|なにも|これまで)?[、,]?[^。！？!?\n、,]{0,6}?(?:て|で)?(?:い|お)?(?:ません|りません|ない(?![かでと])|らず|おらず|へん|なか|とらん)(?=[。！!、,…]|です|よ|ね|の|状況|段階|$)/u

/** A past era named before a plan (昭和五十年代, 明治の頃, かつて, 当時, 戦後, 30年前). */
const PAST_ERA = /昭和|大正|明治|江戸|戦前|戦後|かつて|昔|当時|[0-9〇一二三四五六七八九十]+年代|[0-9一二三四五六七八九十]+年(?:以上)?前/u
/** The plan's verb in the past-experience form closing the sentence (持ち上が|ったこともあります, 出|たことがありました). */
const PLAN_PAST_EXPERIENCE = /^(?:った|た|した|された|ていた|っていた)こと(?:も|が)(?:あります|ありました|ある|あった|あるんです|あったんです|あるそうです|あったそうです)(?:[。！!]|$)/u
const RECENT_TIME = /今年|今年度|去年|昨年|昨年度|先月|先週|最近|先日|このほど|今回|今月|先ごろ/u
/** The plan's verb in the past (出され|た, 出て|いた, 浮上|した, 挙が|った, 有力|だった). */
const PLAN_PAST_TAIL = /^(?:た|ました|(?:い|お)(?:た|ました)|ていた|ていました|した|しました|った|りました|だった|でした)/u
/** Blind R85A-025: a matter overheard (こっそり聞いちゃったんやけど、…) handed on, when it is a change or a future matter told as coming. */
function overheard(e: Emitter, t: string): void {
  for (const m of matchAllOf(OVERHEARD, t, MAX_HITS)) {
    // What the aside introduces: the rest of its sentence, or the next sentence when the aside ends its own (…聞いちゃった！…).
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    let told = t.slice(m.index + m[0].length, s.end)
    if (!/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{4}/u.test(told) && s.end < t.length) told = sentenceOf(t, s.end, s.end)
    if (!(CHANGE.test(told) || BENEFIT.test(told) || ((FUTURE.test(told) || DECISION.test(told)) && ASIDE_NEWS.test(told)))) continue
    if ((NATURAL.test(told) && !CHANGE.test(told)) || RUMOUR_AWARE.test(told)) continue
    put(e, 'unofficial/rumour', m.index, m.index + m[0].length, { plain: '（確かめた事実）' }, quotedExample(t, m.index) || undefined)
  }
}

/**
 * Blind R323D-009 kind (unof59): a change told plainly, then put down to talk heard or raised somewhere by a word pointing back to it (…秋から一部
 * 路線が減便となります。先日の…会議で、そうしたお話が出ておりました; …来年から有料になります。そういう話を役所の人から聞きました; …閉館する
 * みたい。その話は商店街で耳にしました): the source the post gives is talk, not a decision. Only talk, a plan or a rumour pointed back to (そうした
 * 話, その案; not residents' voices or requests, そうした声を受けて), raised or heard (出ていました, 聞きました), with the change in the sentence before
 * or the same one, not in the past (閉店しました). A denial (そうした話は出ておりません) and a rumour corrected are not this.
 */
const TALK_BACK =
  /(?:そうした|そういう|そういった|そのような|そんな|こうした|こういう|そげな|そげん|その)(?:お?話|話題|案|構想|うわさ|噂|ウワサ)(?:が|も|は)[、,]?[^。！？!?\n、,]{0,6}?(?:出て(?:い|お)(?:ました|た|ます|る)|出ており(?:ました|ます)|出(?:ました|た)(?=[。！!よね]|$)|出とった|出とる|あり(?:ました)|あった|(?:挙が|上が|あが)って(?:い|お)|浮上して)|(?:そうした|そういう|そういった|そのような|そんな|こうした|こういう|そげな|そげん|その)(?:お?話|うわさ|噂|ウワサ)(?:を|ば|は)[、,]?[^。！？!?\n、,]{0,12}?(?:聞(?:きました|いた|いて(?:い|お)|きよ)|伺(?:いました|った|って(?:い|お))|うかが(?:いました|った)|耳に(?:し|挟|はさ))(?![^。！？!?\n、,]{0,6}?(?:方|かた|人|者|皆|みな|市民|住民|保護者|利用者|お客)(?:が|は|も|の|に|へ|から|、|,))/gu
const PAST_TOLD = /(?:ました|でした|(?<![るい])た|だった)(?:よ|ね)?[。！!…\s]*$/u
function talkBack(e: Emitter, t: string): void {
  for (const m of matchAllOf(TALK_BACK, t, MAX_HITS)) {
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    const said = t.slice(s.start, m.index)
    const prev = s.start > 0 ? sentenceAround(t, s.start - 1, s.start - 1) : null
    const before = prev ? t.slice(prev.start, prev.end) : ''
    const told = CHANGE.test(said) && !PAST_TOLD.test(said.replace(/[、,\s]+$/u, '')) ? said : CHANGE.test(before) && !PAST_TOLD.test(before) ? before : null
    if (told === null || RUMOUR_AWARE.test(t.slice(s.start, s.end)) || CORRECTED.test(t) || PUBLIC_PROCESS.test(told) || DECIDED_MEASURE.test(told) || quotedExample(t, m.index)) continue
    put(e, 'unofficial/unannounced', m.index, m.index + m[0].length)
  }
}

/**
 * Blind R323D-040 kind (unof59): a change told as arranged in the formal voice (来年度より…延長される運びとなっております, 統合することとなって
 * おります) while the post says the city is still working it out inside (現在、庁内で詳細を詰めているところでございます; 関係課と調整しております;
 * 内部で検討を進めております): the arrangement is the inner stage, not a decision. A decision reported in the past (…ことになりました), a plan
 * (予定です) and an arrangement after the budget or the vote (可決され) are not this; nor details worked out with no change told.
 */
const ARRANGED_FORMAL = /(?<=[るた]|ない)(?:運び|こと)(?:と|に)(?:なって(?:い|お)(?:ます|る|ります)|なっております|なります)/gu
const INSIDE_WORKING =
  /(?:庁内|役所内|市役所内|課内|部内|内部|関係課|関係部署|関係部局|担当課|関係機関)(?:で|において|の中で|と|との間で)(?:は|も)?[、,]?[^。！？!?\n]{0,12}?(?:詰めて|詰めの(?:段階|作業)|(?:調整|検討|協議|議論|精査)(?:中|して(?:い|お)|を(?:進め|行っ|重ね))|話し合(?:って|いを))/u
function arrangedInside(e: Emitter, t: string): void {
  const inside = INSIDE_WORKING.exec(t)
  // Review of unof59 (rv/runof59): a detail said to be set inside and announced once decided (詳しい時間は現在、関係課と調整中です。決まり次第
  // お知らせします): the arrangement is told with its open detail, as detailArranged reads it.
  if (inside && TBD_LATER.test(t) && DETAIL_TOPIC.test(t.slice(Math.max(sentenceAround(t, inside.index, inside.index).start, inside.index - 24), inside.index))) return
  if (!inside || DECIDED_MEASURE.test(t) || BUDGET_PASSED.test(t) || PUBLIC_PROCESS.test(t) || COMMENT_PROCESS.test(t)) return
  for (const m of matchAllOf(ARRANGED_FORMAL, t, MAX_HITS)) {
    const sentence = sentenceOf(t, m.index, m.index + m[0].length)
    if (!(CHANGE.test(sentence) || DIRECTED_MEASURE.test(sentence) || BENEFIT.test(sentence) || serviceStartAhead(sentence)) || quotedExample(t, m.index)) continue
    put(e, 'unofficial/undecided', inside.index, inside.index + inside[0].length, { noun: topicOf(sentence) })
    return
  }
}

/**
 * Review of unof59 (rv/runof59): a detail of a change said to be arranged inside, while the post announces the change as decided in another
 * sentence (…延長することとなりました。開始日は庁内で調整中です; 来年度から…有料化いたします。詳しい内容は関係課と調整しております) or
 * promises to announce the detail (決まり次第お知らせします): an honest announcement, not talk inside passed on. Only a detail as the topic
 * before the talk (DETAIL_TOPIC: 開始日, 日程, 詳細, 方法; not a fee or an amount), no change in the detail's own sentence (実施方法は民間委託も
 * 含めて庁内で検討中です still is one), and the decision plain, not hedged (予定, 見込み, 方向, かも) nor before the council.
 */
const DETAIL_TOPIC =
  /(?:開始日|開始時期|開始時刻|実施日|実施時期|適用日|施行日|日程|日時|日取り|時期|時間帯|スケジュール|詳細|細部|詳しい(?:内容|日程|日時|時期|時間|方法)|具体的な(?:内容|日程|時期|方法|運用|スケジュール|手順)|実施方法|運用方法|運用|申込方法|申し込み方法|受付方法|手続き|手続|手順|会場|場所|対象(?:者)?|受付期間)(?:など|等|について|につきまして|や[^。！？!?\n、,]{1,10}?)?(?:は|も|につきましては|については)[、,]?(?:現在|ただいま|只今|いま|今)?[、,]?(?:(?:庁内|役所内|課内|内部|関係課|関係部署|関係機関|担当課)(?:で|と|において)(?:は)?[、,]?)?$/u
const DECISION_TOLD =
  /(?:こと|運び)(?:と|に)(?:なりました|なりましたので)|ことと(?:いた)?しました|ことにしました|決定(?:いた)?しました|決まりました|(?:実施|開始|延長|変更|導入|開設|開館|再開|拡充|廃止|休止|移転|統合|改定|改正)(?:いた)?します(?=[。！!]|$)/u
const DECISION_HEDGED = /予定|見込|見通し|方向|かも|らしい|みたい|そうです|審議|議決|議会|答申|正式/u
function detailArranged(t: string, s: { start: number; end: number }, at: number): boolean {
  if (!DETAIL_TOPIC.test(t.slice(Math.max(s.start, at - 24), at))) return false
  const own = t.slice(s.start, s.end)
  if (CHANGE.test(own.replace(DETAIL_TOPIC_WORDS, ''))) return false
  if (TBD_LATER.test(t)) return true
  const others = t.slice(0, s.start) + '\n' + t.slice(s.end)
  for (const d of others.split(/(?<=[。！!？?\n])/u)) {
    if (DECISION_TOLD.test(d) && CHANGE.test(d) && !DECISION_HEDGED.test(d)) return true
  }
  return false
}
const DETAIL_TOPIC_WORDS = /開始日|開始時期|開始時刻|実施日|実施時期|適用日|施行日/gu

/**
 * Blind R339W-019 kind (misc63): the concession that the city has announced nothing yet, without まだ (現時点で市からの正式発表はございませんが,
 * 公式なお知らせはありませんが, 正式には発表されていないものの), then the matter told as in the making, expected or heard (…夏頃の発行で最終
 * 調整に入ったと伺っております, …実施される見込みです, …予定と聞いています): a third party (a chamber of commerce, an operator) or staff handing
 * out an undecided matter of the city before its release. (UNANNOUNCED reads the concession with まだ.) What it introduces is the rest of its
 * sentence, or the next sentence when the concession closes its own; it must tell a stage, a forecast or hearsay (IN_THE_MAKING). A rumour put
 * right (…という情報は誤りです, 公式の情報をご確認ください), the weather and a promise to announce once decided (決まり次第お知らせします) are not
 * this.
 */
const NO_RELEASE_YET =
  /(?:正式|公式)(?:な|の)?(?:発表|公表|お知らせ|アナウンス|決定|告知|発信)(?:は|が|も|等は|などは)[、,]?(?:まだ|いまだ|未だ(?:に)?|現在|現時点で(?:は)?|今のところ)?[、,]?(?:ございません|ありません|ない|無い|(?:出て|出され|され|行われ)(?:て)?(?:い|お)(?:ません|りません|ない))(?:の|ん)?(?:です|でございます)?(?:が|けど|けれど|けれども|ものの)|(?:正式|公式)に(?:は)?(?:発表|公表|決定|告知)(?:され|し)て(?:い|お)(?:ません|りません|ない)(?:の|ん)?(?:です)?(?:が|けど|けれど|けれども|ものの)/gu
const IN_THE_MAKING = /調整|検討|協議|詰め|準備が進|進められ|見込|見通し|予定|方向|伺|うかが|聞い|聞き|らしい|そう(?:です|だ|で)|とのこと|ようです|決ま|固ま|内定|運び|可能性/u
/**
 * …and a decision of the city said to be in its final arrangement, its content before で (夏頃の発行で最終調整に入ったと伺っております, 7月からの
 * 実施で調整の最終段階に入ったそうです), handed on as heard: a stage of the inside passed on. The words right before で must be a measure, a time or
 * a figure (FINAL_CONTENT), not a place or a rehearsal (会場で最終調整, 各学校で調整に入った, 選手たちは大会に向けて最終調整に入りました).
 */
const FINAL_ARRANGING =
  /(?<=[\p{Script=Han}\p{Script=Katakana}ーぁ-ゖ0-9０-９%％])で[、,]?(?:(?:最終|詰めの)調整|調整の最終段階|最終的な調整)(?:に入(?:っ|り|る)|の段階に入|段階に入|が(?:大詰め|進ん|進め|続)|を(?:進め|行っ)|して(?:い|お)|中)|(?<=[\p{Script=Han}\p{Script=Katakana}ーぁ-ゖ0-9０-９%％])で[、,]?調整に入(?:っ|り|る)/gu
const FINAL_CONTENT = /(?:発行|販売|実施|開催|導入|開始|移転|廃止|統合|値上げ?|値下げ?|有料化?|無料化?|延長|建設|整備|着工|開業|開館|開庁|オープン|再開|運行|運用|支給|給付|配布|交付|拡充|拡大|縮小|改定|見直し|新設|設置|売却|委託|頃|ごろ|[0-9０-９一二三四五六七八九十](?:月|日|年度|%|％|割|円|万円|億円)|上旬|中旬|下旬|年度内|年内|方向|案|線|形)(?:から|まで|以降)?(?:の(?:方向|形|案|線|予定))?$/u
const FINAL_HEARD = /^[^。！？!?\n]{0,16}?(?:と(?:伺|うかが|聞|お聞き)|とのこと|(?:だ|ん|る|た)?そう(?:です|だ|で)|らしい|みたい|ようです|との(?:話|情報)|という(?:話|情報))/u
function releaseAwaited(e: Emitter, t: string): void {
  for (const m of matchAllOf(NO_RELEASE_YET, t, MAX_HITS)) {
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    let told = t.slice(m.index + m[0].length, s.end)
    if (!/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{4}/u.test(told) && s.end < t.length) told = sentenceOf(t, s.end, s.end)
    if (!IN_THE_MAKING.test(told) || TBD_LATER.test(told) || RUMOUR_AWARE.test(told) || CORRECTED.test(told) || (NATURAL.test(told) && !CHANGE.test(told)) || quotedExample(t, m.index)) continue
    put(e, 'unofficial/unannounced', m.index, m.index + m[0].length)
  }
  for (const m of matchAllOf(FINAL_ARRANGING, t, MAX_HITS)) {
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    const content = t.slice(Math.max(s.start, m.index - 16), m.index)
    const lead = content.slice(Math.max(0, content.search(/[^、,]*$/u)))
    if (!FINAL_CONTENT.test(lead) || /会場|現地|本番|練習|リハーサル|選手|チーム|ステージ|舞台/u.test(content)) continue
    const end = m.index + m[0].length
    const heard = FINAL_HEARD.test(t.slice(end, s.end))
    const unreleased = NO_RELEASE_YET.test(t) || /(?:正式|公式)(?:な|の)?(?:発表|公表)(?:は|が|も)?[、,]?まだ|未発表|公表前|発表前/u.test(t)
    NO_RELEASE_YET.lastIndex = 0
    if (!(heard || unreleased) || TBD_LATER.test(t.slice(s.start, Math.min(t.length, s.end + 30))) || PUBLIC_PROCESS.test(t.slice(s.start, s.end)) || quotedExample(t, m.index)) continue
    put(e, 'unofficial/undecided', m.index + 1, end, { noun: topicOf(t.slice(s.start, s.end)) })
  }
}

/**
 * Blind R339W-056 kind (misc63): who runs a facility in the next term told as expected before it is designated (来年度以降も引き続き当社が本施設の
 * 運営を担当する見通しとなりました; 次期も当協会が管理を担う見込みです; 4月からは○○社が運営を引き継ぐ方向です; 指定管理者に当社が引き続き選ばれる
 * 見込み): a designated manager or a contractor is the city's choice, made by a selection and the council's vote (議決), so the outcome told
 * ahead hands out an undecided matter whether the operator changes or not (OPERATOR_CHANGE reads a change). The sentence must put it in a term
 * to come (引き続き, 次期, 来年度, 以降, 4月から). Not once the post says the vote or the designation is done (議決を経て, 指定を受けました,
 * 可決), nor where a selection's result is published (選定結果を公表).
 */
const OPERATOR_NEXT_TERM =
  /(?:運営|管理|管理運営|運営管理|指定管理(?:業務)?|業務|委託業務)(?:を|も|は)?[、,]?(?:引き続き|継続して|続けて|新たに|新しく|当社が|弊社が|私どもが)?[、,]?(?:担当|担|受託|継続|続け|引き継|引き受|お引き受|お預か|預か|任さ|行|務め|させていただ)[ぁ-ゖ]{0,6}?(?:見通し|見込み|方向|運び|公算|可能性が(?:高|大き)|(?:こと|形)(?:に|と)(?:なりそう|なる見込|なりつつ|ほぼ決まり)|ことが(?:ほぼ)?(?:決まりそう|内定|固まり)|ことで(?:ほぼ)?(?:決まりそう|調整))|(?:指定管理者|運営事業者|運営者|委託先|受託者|受託事業者)(?:に|として)[、,]?[^。！？!?\n]{0,12}?(?:選ばれ|選定され|指定され|決まり|決ま|内定し)(?:る|そう)?(?:見通し|見込み|方向|公算|可能性|らしい|みたい|ことになりそう|のは(?:ほぼ)?確実)/u
const OPERATOR_TERM = /引き続き|継続して|次期|来年度|再来年度|次年度|以降|[0-9０-９]+年度|[0-9０-９一二三四]月から|来春|今後も|これからも|次の(?:期間|指定期間|契約)|更新/u
const OPERATOR_SETTLED = /議決|可決|議会の(?:承認|同意)|指定(?:を受け|され|いただ)(?:まし)?た|指定を受けて|選定結果|指定管理者(?:の)?指定(?:を|が)(?:受け|され|行われ)|正式に決(?:定|まり)/u
/**
 * Blind R346C-025 kind: who gets the next contract guessed in the writer's own voice (運営委託、今回も前と同じ会社で落ち着くんじゃないかな;
 * 次の指定管理も今の団体になるでしょう; 清掃業務は地元の業者さんに決まると思います): a firm or a body named with an outcome verb and a guess,
 * in a term to come (今回, 次, 来年度). A question (どの会社に決まるんでしょうか), a contract concluded and the city's plain statement stay clean.
 */
const OPERATOR_GUESSED =
  /[^。！？!?\n、,]{0,8}?(?:会社|業者|事業者|団体|法人|企業|ところ|社|さん)(?:さん)?(?:で|に)[、,]?(?:落ち着|おちつ|決ま|きま|収ま|おさま|なる|なり|なっ|続投|継続)[ぁ-ゖ]{0,3}?(?:(?:ん|の)?(?:じゃ|や|では)(?:ない|なか)(?:かな|か(?![らも])|ろうか|でしょうか)?|(?:でしょう|だろう|やろ)(?![かもけ])|(?:と|って)(?:思(?:う|い|っ|わ)|み(?:て|と)|見(?:て|と)|予想|踏ん|読ん)|気がし|感じ(?:です|がし)|っぽい|かも)/u
const OPERATOR_GUESS_TERM = /今回|今度|次回|次の|次期|次も|来年度|来期|引き続き|更新/u
const OPERATOR_GUESS_SETTLED = /(?:契約|委託|締結|決定|選定)(?:しました|いたしました|されました)|決まりました|議決|可決|入札結果|落札しました/u
function operatorForetold(e: Emitter, t: string): void {
  const g = OPERATOR_GUESSED.exec(t)
  if (g && /委託|入札|契約|指定管理|受託|受注|落札|プロポーザル|業者選定/u.test(t) && !OPERATOR_GUESS_SETTLED.test(t)) {
    const sentence = sentenceOf(t, g.index, g.index + g[0].length)
    const asked = /どの|どこ|何|なに|どちら|誰|だれ/u.test(t.slice(Math.max(0, g.index - 4), g.index + g[0].length))
    if (OPERATOR_GUESS_TERM.test(sentence) && !asked && !RUMOUR_AWARE.test(sentence) && !quotedExample(t, g.index)) {
      put(e, 'unofficial/forecast', g.index, g.index + g[0].length, { topic: '契約の相手方の選定', marker: g[0].replace(/^[^]*?(?:で|に)[、,]?(?=落ち着|おちつ|決ま|きま|収ま|おさま|なる|なり|なっ|続投|継続)/u, '') })
      return
    }
  }
  const m = OPERATOR_NEXT_TERM.exec(t)
  if (!m || OPERATOR_SETTLED.test(t)) return
  const sentence = sentenceOf(t, m.index, m.index + m[0].length)
  if (!OPERATOR_TERM.test(sentence) || RUMOUR_AWARE.test(sentence) || quotedExample(t, m.index)) return
  put(e, 'unofficial/forecast', m.index, m.index + m[0].length, { topic: '施設の運営者（指定管理者）の選定', marker: m[0].replace(/^[^]*?(?=見通し|見込み|方向|運び|公算|可能性|こと|形|らしい|みたい|のは)/u, '') })
}

function unannounced(e: Emitter, t: string): void {
  for (const m of e.has.unannounced ? matchAllOf(UNANNOUNCED, t, MAX_HITS) : []) {
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    const rest = t.slice(m.index + m[0].length, s.end)
    if (TBD_LATER.test(rest)) continue
    if (/^(?:という|との|って)案/u.test(m[0]) && PUBLIC_PROCESS.test(t)) continue
    // Blind HL-128: a plan put forward in a past era, told in the past tense (昭和五十年代、…下水路にする案も出された; かつて…案が浮上
    // したこともある; 戦後まもなく…案が出ていた): history, not a plan in the making. A plan out now (…案が出ています) or put forward lately
    // with no era (先月の会議で…案も出されました) still is one.
    if (/^案/u.test(m[0]) && PAST_ERA.test(t.slice(s.start, m.index)) && PLAN_PAST_TAIL.test(t.slice(m.index + m[0].length, m.index + m[0].length + 6))) continue
    // Talk inside (庁内で話し合い, 内部で検討): the draft it made put out for comment (庁内で話し合いが進んでいる…素案について、ご意見を
    // 募集します) is published; talk denied (庁内では検討していません) tells none.
    if (INSIDE_AT.test(m[0]) && (COMMENT_PROCESS.test(t) || PUBLIC_PROCESS.test(t.slice(s.start, s.end)) || TALK_DENIED.test(t.slice(m.index + m[0].length, s.end)))) continue
    // Review of unof59 (rv/runof59): a detail of a decided change said to be set inside (…期間を延長することとなりました。開始日は庁内で
    // 調整中です; 詳細は庁内で検討しております。決まり次第お知らせします): the decision is announced, the detail honestly said to be open.
    if (INSIDE_AT.test(m[0]) && detailArranged(t, s, m.index)) continue
    // Talk inside that ended in the decision the post announces (課内で話し合った結果、今年も8月に開催することにしました; 庁内で検討の
    // 末、…を延長することといたしました): the outcome is the city's own word now, not talk passed on.
    if (INSIDE_AT.test(m[0]) && TALK_DECIDED.test(t.slice(m.index + m[0].length, s.end))) continue
    put(e, 'unofficial/unannounced', m.index, m.index + m[0].length)
  }
  if (e.has.planForming) {
    for (const m of matchAllOf(PLAN_FORMING, t, MAX_HITS)) {
      const s = sentenceAround(t, m.index, m.index + m[0].length)
      const sentence = t.slice(s.start, s.end)
      if (!(CHANGE.test(sentence) || AMOUNT_CHANGE.test(sentence) || BENEFIT.test(sentence) || DECISION.test(sentence) || FUTURE.test(sentence))) continue
      if (COMMENT_PROCESS.test(t) || publicAround(t, s)) continue
      put(e, 'unofficial/unannounced', m.index, m.index + m[0].length, undefined, quotedExample(t, m.index) || undefined)
    }
  }
  if (e.has.asideWords) {
    for (const m of matchAllOf(SECRET_ASIDE, t, MAX_HITS)) {
      // What the aside introduces: the rest of its sentence, or the next sentence when the aside ends its own (…言えませんが…。).
      const s = sentenceAround(t, m.index, m.index + m[0].length)
      let told = t.slice(m.index + m[0].length, s.end)
      // Blind R234M-074 kind: the aside put in brackets after what it concedes (…ほぼ話がついています（まだ表には出ていない話ですが）。):
      // what it is about stands before it in its sentence.
      if (/[（(]$/u.test(t.slice(Math.max(s.start, m.index - 1), m.index)) && /^[）)]/u.test(t.slice(m.index + m[0].length))) told = t.slice(s.start, m.index)
      else if (!/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{4}/u.test(told) && s.end < t.length) told = sentenceOf(t, s.end, s.end)
      // Blind R237M-018 kind: …or an office moved or gathered into one (大和支所の窓口は令和9年度に本庁舎へまとめる形で固まりつつあります).
      if (!(CHANGE.test(told) || VENUE_MOVED.test(told) || BENEFIT.test(told) || ASIDE_PICK.test(told) || ((FUTURE.test(told) || DECISION.test(told)) && ASIDE_NEWS.test(told)))) continue
      if (NATURAL.test(told) && !CHANGE.test(told)) continue
      put(e, 'unofficial/unannounced', m.index, m.index + m[0].length, undefined, quotedExample(t, m.index) || undefined)
    }
  }
  if (e.has.newsWords) {
    for (const m of matchAllOf(HINTED_NEWS, t, MAX_HITS)) {
      const sentence = sentenceOf(t, m.index, m.index + m[0].length)
      // A weather or disaster notice (気象台から発表があるかもしれません) is not news of the city's.
      if (NATURAL.test(sentence) || OFFICIAL_SOURCE.test(sentence) || /警報|注意報|気象|地震|台風|避難/u.test(sentence)) continue
      put(e, 'unofficial/unannounced', m.index, m.index + m[0].length)
    }
  }
  for (const re of [CONJECTURE, TALK_OUT]) {
    if (re === TALK_OUT && !(e.has.planWords && e.has.talkOut)) continue
    if (re === CONJECTURE && !e.has.nai) continue
    for (const m of matchAllOf(re, t, MAX_HITS)) {
      const sentence = sentenceOf(t, m.index, m.index + m[0].length)
      // TRIVIA is asked of the sentence without the match: と言われ is the conjecture's own verb here.
      const rest = sentence.replace(m[0], '')
      if (PUBLIC_PROCESS.test(sentence) || TRIVIA.test(rest) || NATURAL.test(sentence) || TBD_LATER.test(sentence)) continue
      if (!(CHANGE.test(sentence) || DECISION.test(sentence) || VENUE_MOVED.test(sentence) || (re === CONJECTURE && FUTURE.test(sentence)))) continue
      // Blind IT-146: talk of a plan told in the past-experience form closing its sentence (埋め立てて下水路にする計画が持ち上がったことも
      // あります, 移転の話が出たこともありました): history, as a plan in a past era is; not with a time of late in the sentence (去年, 先月).
      if (re === TALK_OUT && PLAN_PAST_EXPERIENCE.test(t.slice(m.index + m[0].length, m.index + m[0].length + 24)) && !RECENT_TIME.test(sentence)) continue
      put(e, 'unofficial/unannounced', m.index, m.index + m[0].length)
    }
  }
  for (const m of e.has.internalTalk ? matchAllOf(INTERNAL_TALK, t, MAX_HITS) : []) {
    const sentence = sentenceOf(t, m.index, m.index + m[0].length)
    const talk = DISCUSSED.exec(sentence.slice(sentence.indexOf(m[0])))
    if (!talk || PUBLIC_PROCESS.test(sentence)) continue
    // Review of unof58 (rv/misc): the staff's buzz about a thing (職員の間で噂になっているパン屋さん, 課内で話題の絵本): a popular shop or
    // book, no matter of the city, while the sentence tells no change, decision, benefit, rumour's topic or hearsay.
    if (/^(?:噂|うわさ|ウワサ|話題)$/u.test(talk[0])) {
      const rest = sentence.slice(sentence.indexOf(m[0]) + talk.index + talk[0].length)
      if ((buzzOfThing(rest) || TALKED_ABOUT.test(rest.slice(0, 16))) && !CHANGE.test(sentence) && !DECISION.test(sentence) && !BENEFIT.test(sentence) && !RUMOUR_TOPIC.test(sentence) && !PEOPLE_CLAIM.test(sentence) && !/らしい|みたい|そうです|そうだ|んだって|だってさ|げな|って話|と聞|聞いた|という|との/u.test(sentence)) continue
    }
    // Talk denied (料金の改定について、内部での議論は進んでいません; 庁内では検討されていません): nothing is under way to pass on.
    const after = sentence.indexOf(m[0]) + talk.index + talk[0].length
    if (TALK_DENIED.test(sentence.slice(after))) continue
    // …or talk that ended in the decision the post announces (課内で話し合った結果、…ことにしました: TALK_DECIDED).
    if (TALK_DECIDED.test(sentence.slice(after))) continue
    put(e, 'unofficial/unannounced', m.index, m.index + m[0].length)
  }
  if (e.has.insideProgress) {
    for (const m of matchAllOf(INSIDE_PROGRESS, t, MAX_HITS)) {
      const end = m.index + m[0].length
      // 議論は進んでいません: no talk going on.
      if (/^(?:い|お)?(?:ません|ない|おらず|へん|なか)/u.test(t.slice(end, end + 6))) continue
      const sentence = sentenceOf(t, m.index, end)
      if (!(LEAK_CONTENT.test(sentence) || BENEFIT.test(sentence)) || DECIDED.test(sentence) || PUBLIC_PROCESS.test(sentence) || COMMENT_PROCESS.test(t)) continue
      put(e, 'unofficial/unannounced', m.index, end, undefined, quotedExample(t, m.index) || undefined)
    }
  }
  if (e.has.deliberating) {
    for (const m of matchAllOf(DELIBERATING, t, MAX_HITS)) {
      // The sentence and the ones either side of it: the change may be told just before (…あるかもしれません。いま…話し合っています).
      const s = sentenceAround(t, m.index, m.index + m[0].length)
      const wide = sentencesAround(t, m.index, m.index + m[0].length)
      const around = t.slice(wide.start, wide.end)
      // 考えています alone is a stance (市役所の中で、みなさんの安全を考えています); only 考えているところ is a deliberation under way.
      if (/考え|かんがえ/u.test(m[0]) && !/(?:ところ|とこ|最中|さいちゅう|段階|だんかい)$/u.test(m[0])) continue
      if (!POSSIBLE_CHANGE.test(around) || COMMENT_PROCESS.test(t) || PUBLIC_PROCESS.test(t.slice(s.start, s.end))) continue
      put(e, 'unofficial/unannounced', m.index, m.index + m[0].length, undefined, quotedExample(t, m.index) || undefined)
    }
  }
  // Blind R292E-021 kind (conf18): a charge to come named as an option in view (参加費を…いただく形にすることも視野に入れている).
  if (/視野に|選択肢|念頭に/u.test(t)) {
    for (const m of matchAllOf(FEE_WEIGHED, t, MAX_HITS)) {
      const s = sentenceAround(t, m.index, m.index + m[0].length)
      const sentence = t.slice(s.start, s.end)
      if (!(FUTURE.test(sentence) || POSSIBLE_CHANGE.test(sentence)) || COMMENT_PROCESS.test(t) || PUBLIC_PROCESS.test(sentence)) continue
      put(e, 'unofficial/unannounced', m.index, m.index + m[0].length, undefined, quotedExample(t, m.index) || undefined)
    }
  }
  if (/詰め/u.test(t)) {
    for (const m of matchAllOf(TALKS_UNDER_WAY, t, MAX_HITS)) {
      const s = sentenceAround(t, m.index, m.index + m[0].length)
      const wide = sentencesAround(t, m.index, m.index + m[0].length)
      const around = t.slice(wide.start, wide.end)
      // The line itself worked out (方向性を詰めて) only with a measure named among its options (売却も含めて): 決まり次第 is no change.
      if (/^(?:方向性|方針|活用|あり方|在り方)/u.test(m[0])) {
        if (!OPTION_WEIGHED.test(around)) continue
      } else if (!(CHANGE.test(around) || VENUE_MOVED.test(around) || MOVE_OR_CHANGE.test(around)) || !(FUTURE.test(around) || POSSIBLE_CHANGE.test(around))) continue
      if (COMMENT_PROCESS.test(t) || PUBLIC_PROCESS.test(t.slice(s.start, s.end))) continue
      put(e, 'unofficial/unannounced', m.index, m.index + m[0].length, undefined, quotedExample(t, m.index) || undefined)
    }
  }
  // Blind R270C-005 kind: a plan with a partner whose assent has not come, told with the city's dated aim (…側のゴーサインはまだですが、来年の夏には…たい考え).
  if (/まだ|ていない|ていません/u.test(t)) {
    for (const m of matchAllOf(PARTNER_NOD_PENDING, t, MAX_HITS)) {
      const wide = sentencesAround(t, m.index, m.index + m[0].length)
      const around = t.slice(wide.start, wide.end)
      if (!PLAN_AIMED.test(around) || !FUTURE.test(around) || PLAN_AGREED.test(t) || COMMENT_PROCESS.test(t)) continue
      put(e, 'unofficial/unannounced', m.index, m.index + m[0].length, undefined, quotedExample(t, m.index) || undefined)
    }
  }
  if (e.has.nextWords && e.has.postWords && !(e.has.nextPostPublic && NEXT_POST_PUBLIC.test(t))) {
    for (const m of matchAllOf(NEXT_POST, t, MAX_HITS)) {
      // The holder named first (古賀課長が…): the excerpt starts at the name.
      let from = m.index
      while (from > 0 && m.index - from < 4 && /\p{Script=Han}/u.test(t[from - 1]!)) from--
      put(e, 'unofficial/personnel', from, m.index + m[0].length)
    }
    for (const m of matchAllOf(SUCCESSOR_NOW_AT, t, MAX_HITS)) put(e, 'unofficial/personnel', m.index, m.index + m[0].length)
  }
  for (const m of e.has.personnel ? matchAllOf(PERSONNEL, t, MAX_HITS) : []) {
    const sentence = sentenceOf(t, m.index, m.index + m[0].length)
    // …or a ceremony told in the paragraph (委嘱式の様子は後日お知らせします): the appointment is the city's own announcement.
    if (PERSONNEL_PUBLIC.test(sentence) || /委嘱式|着任式|就任式|入庁式|任命式|委嘱状|辞令交付式/u.test(t)) continue
    // 4月の人事異動で担当が変わりました: a move that has happened is no longer unpublished.
    // (…が就任することになりました is a move still to come: the post is told before the city announces it.)
    if (/異動で$/u.test(m[0]) && /ました|でした/u.test(sentence) && !/そう|見込|予定|らしい|かも|みたい|決ま|(?:する|になる|される)(?:こと|運び)(?:に|と)な/u.test(sentence)) continue
    // Review of unof58 (rv/misc): the notice itself said to be not out yet or due (人事異動の内示はまだ先です, 異動の内示は例年3月中旬です):
    // nothing of anyone's move is told, while the sentence names no person, no post to be filled and no hearsay.
    if (/の内示$/u.test(m[0]) && NOTICE_NOT_OUT.test(t.slice(m.index + m[0].length, m.index + m[0].length + 12)) && !NOTICE_WHO.test(sentence)) continue
    put(e, 'unofficial/personnel', m.index, m.index + m[0].length)
  }
}

/**
 * Blind R161A-044: who will hold a post, named, told as a move still to come before the city gives notice of it (4月の人事、子ども家庭課の
 * 課長は今の保健センター所長の平川さんになるらしいです。内示はまだだけど, 次の館長は古賀さんで決まりみたい…まだ内緒ね): a personnel decision
 * about a named person handed out before 内示, which the staff are bound to keep (a block, as a policy leaked is). Only with the post, the
 * person's name and a sign in the paragraph that the move is not out yet (内示はまだ, 内示前, 正式発表前, まだ内緒); without the sign it is a
 * personnel rumour (unofficial/personnel). A move announced (4月1日付で…に就任しました) or a one-day chief of an event (一日署長は…さん) is not this.
 */
const POST_HELD = '(?<!一日|1日|１日|いちにち)(?:課長|部長|係長|次長|局長|室長|所長|館長|園長|校長|教頭|支所長|署長|センター長|教育長|副市長|課長補佐|主幹|後任)'
/**
 * Blind R172A-091: …also the person named by the post they hold now in a unit of the office (税務課長は農林水産課の課長補佐が昇任して来られる
 * そうです。内示は来週なので), and the move in the honorific or with its promotion (来られる, なられる, 昇任して来る), the notice said to come on a
 * day ahead (内示は来週, 内示は3月25日) as the sign it is not out.
 */
const LEAKED_HOLDER = '(?:[一-龠々]{1,4}(?:さん|氏|くん|係長|課長|所長|主査)|[一-龠々ぁ-ゖァ-ヺー]{1,8}(?:課|係|室|支所|センター|事務所)の(?:課長補佐|課長|係長|主査|主幹|主任|次長|参事|室長|所長|補佐))'
const POST_FILLED = new RegExp(
  `${POST_HELD}(?:(?:は|には|に|って|も)[、,]?|[、,])[^。！？!?\n]{0,24}?${LEAKED_HOLDER}(?:に|で|が)[、,]?(?:なる|なられる|就く|就かれる|就任する|就任される|着任する|着任される|来る|来られる|異動してくる|異動して(?:来|こ)られる|昇格する|(?:昇任|昇格)して(?:来る|くる|来られる|こられる)|昇任する|昇任される|決まり|決まった|決定|内定|確定|ほぼ確定|ほぼ決まり)(?=らしい|みたい|そう(?:です|だ|や|ばい)|って|とか|っぽい|ようです|予定|見込み|雰囲気|感じ|気配|流れ|模様|[、,。！!…〜~]|$)|` +
    `${LEAKED_HOLDER}(?:が|は)[、,]?[^。！？!?\n]{0,16}?${POST_HELD}(?:に|として)(?:なる|就く|就任する|着任する|昇格する|異動する|決まった|内定した)(?=らしい|みたい|そう(?:です|だ|や|ばい)|って|とか|っぽい|ようです|予定|見込み)`,
  'gu',
)
const BEFORE_NOTICE = /(?:内示|辞令)(?:は|が|も)?[、,]?(?:まだ|前|これから|出る前|出てない|出ていない)|辞令前|内示(?:は|が)[、,]?(?:来週|来月|明日|あした|明後日|あさって|週明け|月末|今月末|近々|[0-9０-９]{1,2}月[0-9０-９]{1,2}日|[0-9０-９]{1,2}日)(?!に(?:出|あり)ました|でした)|内示前|(?:正式|公式)(?:な|の)?(?:発表|公表|通知)(?:は|が)?(?:まだ|前|これから)|(?:発表|公表)(?:前|はまだ|されていない|されてない)|まだ(?:内緒|ないしょ|ナイショ|秘密|オフレコ|言えない|言っちゃ)|オフレコ|ここだけの話/u
/**
 * Blind R163A-048: a named member of staff said to move to another section at a date to come, passed on as hearsay (観光課の田中係長、4月から
 * は秘書課に移られるそうです; 古賀さん、来年度から財政課に異動するらしい): a personnel decision about a named person, which only the city's
 * notice makes public; heard second-hand, it is let out before that notice. A move done (異動しました), a move announced by the city and a
 * private person's move to a school or a company (大学, 支店) are not this.
 */
const MOVE_HEARD = /[一-龠々]{1,4}(?:さん|係長|課長|部長|所長|館長|主査|主任|主幹|次長|室長)[、,]?[^。！？!?\n]{0,12}?(?:[0-9０-９]{1,2}月から|来年度から|来月から|来年から|来春から|次の異動で|春から)(?:は)?[、,]?[^。！？!?\n]{0,16}?(?:課|係|室|局|支所|出張所|部署|センター)(?:に|へ)(?:移られる|移る|異動される|異動する|異動になる|異動になられる|行かれる|配属される|配属になる|転勤する|転勤される)(?=そう(?:です|だ|や|ばい)|らしい|らしか|みたい|って|げな|とのこと|と聞|と伺)/u
/**
 * Blind R168A-013: …the same move heard with the person named in the sentence before and a season for its date (4月から観光課に来た大石さん！
 * …なんですが、実は秋にはもう企画課に戻るって聞きました; 田中係長。夏からは本庁の財政課に移られるそうです), and a return to a section
 * (戻る, 戻られる) as a move. The section must be a unit of the office (…課, …係, 支所, 本庁), the named person in this sentence or the one
 * before. A private person's return home or to school (実家に戻る, 春から大学に戻る), a season inside a word (白秋には) and a move done or
 * announced (秋に企画課に戻りました, 4月1日付で) are not this.
 */
const MOVE_HEARD_LATER = /(?<![\p{Script=Han}])(?:[0-9０-９]{1,2}月|来年度|来月|来年|来春|来秋|春|夏|秋|冬|年度末|年明け|次の異動)(?:から|には|にも|で)(?:は|も)?[、,]?[^。！？!?\n]{0,12}?(?:[\p{Script=Han}ァ-ヺー]{1,8}(?:課|係|支所|出張所|部署)|[\p{Script=Han}]{1,6}(?<![教和茶浴寝病温個])室|本庁|元の(?:課|係|部署|職場))(?:さん)?(?:に|へ)(?:もう|また)?(?:戻る|戻られる|戻っちゃう|戻らはる|帰る|帰られる|移る|移られる|異動する|異動される|異動になる|異動になられる|行かれる|配属される|配属になる|転勤する|転勤される)(?=そう(?:です|だ|や|ばい)|らしい|らしか|みたい|って|げな|とのこと|と聞|と伺)/u
const MOVE_NAMED = /[一-龠々]{1,4}(?:さん|係長|課長|部長|所長|館長|主査|主任|主幹|次長|室長)(?![ァ-ヺ一-龠々])/u
/**
 * Blind R203I/R204D/R205I kind: a named member of staff said to move to another unit, or to take up a post, from a time to come, told as
 * settled (観光課の山口主査が、来春から水道課に移ることになりそうです; 4月から、新しい係長には市民課の大塚が着任することになりました;
 * 大塚は4月から県庁のほうに出向することになったので): a personnel decision about a named person, which only the city's notice makes
 * public, told as arranged rather than heard. The person: a name with a title or さん (山口主査, 大塚さん), a bare surname after the unit or
 * the desk it belongs to (市民課の大塚, 担当の大塚: the office's way of naming its own staff) with a verb only a person does (着任, 就任, 異動,
 * 転勤, 配属, 出向), or a bare surname as the subject that the paragraph names so elsewhere. A time to come must head it (4月から, 来年度から,
 * 次の異動で). A move announced (4月1日付で, 辞令, 発表しました), an office or a desk moving (市民課の窓口は…2階に移ることになりました) and a
 * private person's move to a school or a company are not this.
 */
const MOVE_SETTLED = /(?:(?:[\p{Script=Han}ァ-ヺー]{1,10}(?:課|係|室|局|支所|出張所|部署|センター|事務所|委員会)|本庁|県庁)(?:の(?:ほう|方))?(?:に|へ)[、,]?(?:移る|移られる|異動する|異動される|異動になる|異動となる|配属される|配属になる|転勤する|転勤になる|行く|行かれる|戻る|戻られる|出向する|出向になる)|(?:着任|就任|赴任)(?:する|される))(?:ことに(?:なり(?:ました|まして|そう|ます)|なった|なって(?:い|お)|決ま(?:り|っ))|ことが決ま(?:り|っ)|ことになりそう|予定(?:です|だ|となって|になって))/gu
const MOVE_FROM_WHEN = /(?<![\p{Script=Han}])(?:[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?から|来年度から|来月から|来年から|来春から|新年度から|春から|秋から|次の(?:人事)?異動で|[0-9０-９]{1,2}月の(?:人事)?異動で)/u
const STAFF_TITLED = /[一-龠々]{1,4}(?:さん|氏|係長|課長|部長|所長|館長|主査|主任|主幹|次長|室長|補佐|参事)(?![ァ-ヺ一-龠々])/u
const STAFF_BARE = /(?:担当|[課係室局]|支所|センター|事務所)の([一-龠々]{2,3})(?=[がはもにへと、,]|から|より)/gu
/** The move told as the city's notice (発表しました, 辞令, 就任式); 正式な発令は来月 says the notice is still to come. */
const MOVE_PUBLIC = /公表し|公表され|発表し|発表され|ホームページ|掲載|付で|付け|辞令|(?:就任|着任|任命|辞令交付|入庁)式|広報(?:やながわ|誌|紙)/u
const PERSONNEL_ONE = new RegExp(PERSONNEL.source, 'u')
const PERSON_ONLY_MOVE = /着任|就任|赴任|異動|転勤|配属|出向/u
function namedMoveSettled(e: Emitter, t: string): void {
  if (!MOVE_FROM_WHEN.test(t) || NEXT_POST_PUBLIC.test(t)) return
  for (const m of matchAllOf(MOVE_SETTLED, t, MAX_HITS)) {
    const s = sentenceAround(t, m.index, m.index)
    const before = t.slice(s.start, m.index)
    // (A sentence the personnel words already read, 4月の人事異動で…就任することになりました, is told once.)
    if (!MOVE_FROM_WHEN.test(before) || MOVE_PUBLIC.test(t.slice(s.start, s.end)) || PERSONNEL_ONE.test(t.slice(s.start, s.end))) continue
    let named = STAFF_TITLED.test(before)
    if (!named) {
      // A bare surname: after its unit with a verb only a person does, or the subject that the paragraph names after its unit or desk.
      STAFF_BARE.lastIndex = 0
      const names = new Set<string>()
      for (let b = STAFF_BARE.exec(t); b; b = STAFF_BARE.exec(t)) {
        if (b.index >= s.start && b.index < m.index && PERSON_ONLY_MOVE.test(m[0])) named = true
        names.add(b[1]!)
      }
      if (!named) named = [...names].some((x) => new RegExp(`(?:^|[、,。！!\\s]|ただ|なお|実は)${x}(?:は|が)`, 'u').test(before))
    }
    // The excerpt runs from the time or the person, whichever comes first, to the move.
    const bare = before.search(/(?<![一-龠々])[一-龠々]{2,3}(?:は|が)/u)
    const from = Math.min(MOVE_FROM_WHEN.exec(before)!.index, STAFF_TITLED.exec(before)?.index ?? before.length, bare < 0 ? before.length : bare)
    if (named) put(e, 'unofficial/personnel', s.start + from, m.index + m[0].length)
  }
}
/**
 * Blind R235I-055 kind: the writer's own move to another unit foretold (私は春から企画課へ行くことになりそうで, 自分は4月から本庁の税務課に
 * 移るみたいです): a personnel decision only the city's notice makes public. A guess or a hearsay of it, or a plan (予定) while the post says
 * the notice is not out (辞令はまだ出ていない), lets it out; a farewell after the notice (異動することになりました, 異動する予定です alone) does not.
 */
const OWN_MOVE = /(?:私|わたし|わたくし|僕|ぼく|自分|中の人)(?:は|も)[、,]?[^。！？!?\n]{0,12}?[\p{Script=Han}]{1,6}(?:課|係|室|支所|出張所|センター)(?:に|へ)[、,]?(?:行く|いく|移る|うつる|異動する|異動になる|戻る|もどる|配属される|配属になる)(?:ことに(?:なりそう|なる(?:かも|みたい|らしい|っぽい))|みたい|らしい|かも|っぽい|予定|見込み|雰囲気|感じ)/u
/** Blind R235I-055 kind: the notice said not out yet (辞令はまだ出ていないので) names 辞令 without making anything public. */
/** The notice said to be ahead (内示は|もまだ先, これから, 例年3月, 来週): a time, not a move (review of unof58, rv/misc). */
const NOTICE_NOT_OUT = /^(?:は|も)[、,]?(?:まだ(?:先|これから)?|これから|例年|毎年|通常|来週|来月|[0-9０-９一二三四五六七八九十]{1,2}月|年度末|月末)/u
/** …and the sentence tells of no one: a person, a post, a place to go or hearsay. */
const NOTICE_WHO = /さん|氏|様|くん|君|ちゃん|(?:課|部|係|室|所|館|校|園|局)長(?!期)|本庁|県庁|支所|(?:に|へ)(?:異動|転勤|昇進|配属)|らしい|みたい|そう(?:です|だ|な)|って(?:話|聞)|と聞|げな|噂|うわさ/u
const NOTICE_PENDING = /(?:辞令|内示)(?:は|が|も)?[、,]?(?:まだ(?:出て|出と|おりて|下りて)?(?:い|お)?(?:ない|ません|りません|らん)?|前|これから|出る前)|(?:辞令|内示)前/gu
/*
 * What the office hints or foretells without saying it (blind R379C):
 * - A rumour neither confirmed nor denied, then said not to be baseless (否定も肯定もできませんが、まったく根も葉もない話というわけではない):
 *   NOT_BASELESS with CONFIRM_WITHHELD; a rumour denied (根も葉もない話です) stays clean.
 * - A post holder's change foretold while the notice is not out (インスタ担当、この春でたぶん交代になります…辞令はまだ出てないんですけど):
 *   POST_CHANGE_FORETOLD with NOTICE_PENDING; a change told after its notice (4月1日付で担当が交代になりました) stays clean.
 * - A draft discussed at a session open to the public (審議会を開催します…議題は…素案の検討です…傍聴できます) is no undecided matter
 *   leaked: OPEN_SESSION with SESSION_DRAFT_AGENDA counts as the draft put out (facts.comment).
 */
const CONFIRM_WITHHELD = /否定も肯定も|肯定も否定も|ノーコメント|(?:詳しく|詳細)(?:は|を)?(?:言え|申し上げられ|お話しでき|お伝えでき)(?:ません|ない)|とだけ(?:言って|申し上げて|お伝えして|言う)/u
const NOT_BASELESS = /(?:まったく|全く|完全に)?(?:の)?(?:根も葉もない|事実無根の?|(?:デマ|うそ|嘘|ガセ)(?:の)?)(?:話|噂|うわさ|情報)?(?:という|って|と)?(?:わけ|訳)?(?:では|でも|じゃ)(?:ない|ありません|なか|ございません)/gu
function rumourHinted(e: Emitter, t: string): void {
  if (!CONFIRM_WITHHELD.test(t)) return
  for (const m of matchAllOf(NOT_BASELESS, t, MAX_HITS)) put(e, 'unofficial/rumour', m.index, m.index + m[0].length, { plain: '（確かめた事実）' })
}
const POST_CHANGE_FORETOLD = /(?:担当|担当者|係長|課長|部長|所長|館長|園長|室長|中の人|私|わたし|僕|ぼく|自分)(?:は|も|が)?[、,]?[^。！？!?\n]{0,12}?(?:交代|異動|替わ|代わ|変わ|入れ替わ|卒業)(?:に|と)?(?:なり|なる|する|し|り|る)(?:ます|そう|かも|予定|みたい|らしい|です)/gu
function postChangeBeforeNotice(e: Emitter, t: string): void {
  NOTICE_PENDING.lastIndex = 0
  if (!NOTICE_PENDING.test(t)) return
  if (MOVE_PUBLIC.test(t.replace(NOTICE_PENDING, ''))) return
  for (const m of matchAllOf(POST_CHANGE_FORETOLD, t, MAX_HITS)) put(e, 'unofficial/personnel-leak', m.index, m.index + m[0].length)
}
const OPEN_SESSION = /傍聴(?:でき(?!ません|ない|ず)|可能|いただけ|は自由|自由|席|を希望|希望|の(?:申込|申し込|受付|定員)|(?:を)?受け?付け)|(?:会議|審議会|委員会|協議会)(?:は|を)公開(?:で|し|と|します)/u
const SESSION_DRAFT_AGENDA = /(?:議題|案件|審議事項|内容)(?:は|：|:)[、,]?[^。！？!?\n]{0,40}?(?:素案|原案|試案|たたき台)|(?:素案|原案|試案|たたき台)(?:の|を|について)?(?:審議|検討|協議|ご審議)/u
/** A draft on the agenda of a session the public may attend: the draft is discussed in the open. */
function draftInOpenSession(t: string): boolean {
  return OPEN_SESSION.test(t) && SESSION_DRAFT_AGENDA.test(t)
}

function personnelLeak(e: Emitter, t: string): void {
  namedMoveSettled(e, t)
  const own = /課|係|室|支所|センター/u.test(t) ? OWN_MOVE.exec(t) : null
  const pending = /辞令|内示/u.test(t) ? t.replace(NOTICE_PENDING, '') : t
  if (own && (!/予定|見込み$/u.test(own[0]) || BEFORE_NOTICE.test(t)) && !NEXT_POST_PUBLIC.test(pending) && !MOVE_PUBLIC.test(pending)) put(e, 'unofficial/personnel-leak', own.index, own.index + own[0].length)
  let moved = /異動|移|配属|転勤|行かれ/u.test(t) ? MOVE_HEARD.exec(t) : null
  if (!moved && /戻|帰|移|異動|配属|転勤|行かれ/u.test(t)) {
    const later = MOVE_HEARD_LATER.exec(t)
    if (later) {
      // (The sentence before with words in it: a lone mark (…, ！) between them is no sentence.)
      let from = sentenceAround(t, later.index, later.index).start
      for (let k = 0, words = 0; k < 3 && from > 0 && words === 0; k++) {
        const prev = sentenceAround(t, from - 1, from - 1)
        words = t.slice(prev.start, prev.end).replace(/[^\p{L}\p{N}]/gu, '').length
        from = prev.start
      }
      if (MOVE_NAMED.test(t.slice(from, later.index))) moved = later
    }
  }
  if (moved && !NEXT_POST_PUBLIC.test(t)) put(e, 'unofficial/personnel-leak', moved.index, moved.index + moved[0].length)
  if (!/長|主幹|後任/u.test(t) || !BEFORE_NOTICE.test(t) || NEXT_POST_PUBLIC.test(pending)) return
  for (const m of matchAllOf(POST_FILLED, t, MAX_HITS)) {
    let from = m.index
    while (from > 0 && m.index - from < 8 && /[\p{Script=Han}ァ-ヶー]/u.test(t[from - 1]!)) from--
    put(e, 'unofficial/personnel-leak', from, m.index + m[0].length)
  }
}

/*
 * The staff member's own voice on the account (blind R385J kinds):
 * - A personal view on a policy matter, marked as one's own (正直, 正直なところ, 個人的には, 私見ですが; or と私は思う in the view itself):
 *   a prescription for a measure (…はやめて、…にすべきだと私は思っています) or a guess at why a public body acts (国が…本気じゃないから
 *   だと思いますよ). Said on the city's account it reads as the city's. Advice to the readers, regret (…すべきだった) and a taste stay clean.
 * - An idea floated inside the section (…ができたらいいね〜という話を、いま課内でしてます): a plan no one has decided, told as talk among staff.
 * - A date guessed before it is official (たぶん7月の第2土曜になると思います！まだ正式じゃないけど): the hedge with a date, and the paragraph
 *   saying it is not official yet or the sentence naming an event whose date it is.
 * - Not a forecast: a supposition as the condition of a procedure (…があると思われるときは、…請求できます; …と感じたら相談を).
 * - Not a rumour passed on: a rumour refused as the way to pass a thing on (…といった噂話として広めるのではなく、…お伝えください).
 */
const OWN_PRESCRIPTION = /(?:べき|(?:た|る)(?:ほう|方)が(?:いい|よい|良い))(?!だっ|でし)(?:だ|では(?:ない)?か|なのでは(?:ない)?か)?(?:と|って)[、,]?(?:(?:私|わたし|わたくし|僕|ぼく|自分)(?:は|としては|個人としては))?(?:思|おも|考え|感じ)/u
const BODY_MOTIVE = /(?<![\p{Script=Han}])(?:国|県|政府|[\p{Script=Han}]{1,4}省|自治体|行政|議会)(?:が|は|も|側が)[^。！？!?\n]{0,30}?(?:から|せい|ため)(?:だ|じゃない(?:か)?|ではない(?:か)?|なの(?:では|じゃ)(?:ない)?か?)?(?:と|って)[、,]?(?:私は)?(?:思|おも|考え|感じ)/u
/** What a prescription would do to a measure (やめる, 一本にする, 無料にする, 見直す); keeping a rule or using a thing is the reader's step. */
const MEASURE_COURSE = /やめ|止め|廃止|見直|変え|改め|一本|統合|無料|有料|値上|値下|縮小|拡大|減ら|増や|延ば|なくし|なくさ|回し|回す|充て|据え置|中止|延期|撤回|導入|民営化|(?:に|く)(?:する|して|す(?=べき))/u
const SELF_IN_VIEW = /と[、,]?(?:私|わたし|わたくし|僕|ぼく|自分)(?:は|としては|個人としては)(?:思|おも|考え|感じ)/u
function candidPolicyView(e: Emitter, t: string): void {
  for (const re of [OWN_PRESCRIPTION, BODY_MOTIVE]) {
    const m = re.exec(t)
    if (!m) continue
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    const sentence = t.slice(s.start, s.end)
    const lead = t.slice(s.start, m.index + m[0].length)
    const own = OWN_VIEW.exec(lead)
    if (!own && !SELF_IN_VIEW.test(m[0])) continue
    if (quotedVoice(t, m.index) || READER_ADVICE.test(sentence) || READER_WISH.test(sentence)) continue
    // A prescription names a course for a measure (やめる, 一本にする, 見直す), not a step the reader takes.
    if (re === OWN_PRESCRIPTION && !MEASURE_COURSE.test(t.slice(own ? s.start + own.index : s.start, m.index)) && !CHANGE.test(sentence)) continue
    const from = own ? s.start + own.index : s.start
    put(e, 'unofficial/personal-view', from, m.index + m[0].length, { opinion: sentence.trim().replace(/[。！!]$/u, '') })
    return
  }
}
const IDEA_FLOATED = /(?:たら|れば|なら|たい)[^。！？!?\n「」]{0,6}?(?:いい|良い|よい|面白い|おもしろい|楽しい|素敵)?(?:な|ね|よね|のに|なあ|なぁ)?[〜~ー！!♪]{0,3}(?:という|って|っていう|なんて|との)(?:話|声|案|アイデア|アイディア|構想)(?:を|が|も|で)[、,]?[^。！？!?\n]{0,8}?(?:課内|庁内|部内|係内|職員(?:の間|同士)|内部|チーム内|役所内|担当内|課の中|課のみんな)(?:で|では)[、,]?[^。！？!?\n]{0,6}?(?:して|し(?:とる|よる|ています|てます)|出て|盛り上が|話し|あが|上が)/u
const DATE_GUESSED = /(?:たぶん|多分|おそらく|恐らく|きっと)[、,]?[^。！？!?\n]{0,16}?(?:[0-9０-９一二三四五六七八九十]{1,2}(?:月|日)|第[0-9０-９一二三四五](?:[月火水木金土日]曜|週)|[月火水木金土日]曜|上旬|中旬|下旬|連休)[^。！？!?\n]{0,10}?(?:に(?:なる|なり)|で(?:決まる|固まる))(?:かな|と|って)?(?:思います|思う|思いま|思って|みたい|そう)/u
const NOT_OFFICIAL_YET = /まだ(?:正式|公式)(?:じゃ|では|に(?:決まっ|決定し|発表し)て(?:い|お)?)(?:ない|なか|ありません|ません)|正式(?:決定|発表)(?:前|はまだ|じゃない|ではない)/u
const DATED_EVENT = /フォーラム|祭|まつり|大会|イベント|説明会|式典|会議|講演会|開催|日程|セミナー|コンサート|マルシェ|フェス/u
function floatedOrGuessed(e: Emitter, t: string): void {
  const idea = IDEA_FLOATED.exec(t)
  if (idea) put(e, 'unofficial/unannounced', wordStart(t, idea.index), idea.index + idea[0].length)
  const date = DATE_GUESSED.exec(t)
  if (date) {
    const sentence = sentenceOf(t, date.index, date.index + date[0].length)
    if (NOT_OFFICIAL_YET.test(t) || (DATED_EVENT.test(sentence) && !DIRECTION_NATURE.test(sentence))) put(e, 'unofficial/unannounced', date.index, date.index + date[0].length)
  }
}
const CONDITION_SUPPOSED = /^(?:と|かと)(?:思われ|思わ|思え|思|おも|考えられ|考え|感じられ|感じ)(?:る|た)?(?:(?:ような)?(?:とき|時|場合|際)|方|かた)(?:は|には|にも|も|に|[、,])|^(?:と|かと)(?:思われ|思|おも|感じ|考え)(?:たら|れば)/u
function conditionSupposed(t: string, at: number, marker: string): boolean {
  // (The marker may open with the verb's ending before と: ると思われ.)
  const to = marker.search(/かと|と(?=思|おも|考え|感じ)/u)
  return to >= 0 && CONDITION_SUPPOSED.test(t.slice(at + to, at + to + 16))
}
const RUMOUR_SPREAD_REFUSED = /^(?:話|ばなし)?(?:として|の(?:ように|形で))?[、,]?(?:広め|ひろめ|流さ|ながさ|流す|拡散する|拡散さ|伝え)(?:る|た)?(?:の(?:では|じゃ)(?:なく|ありません)|ない|ず|ないで)/u
/**
 * A rumour named as what the reader may have only heard, in advice to tell the city anyway (噂話として聞いた内容でも、…ご相談ください; うわさ
 * 程度のことでも構いませんので、お知らせください): the reader's hearsay invited, none passed on.
 */
const RUMOUR_EVEN_IF = /^(?:話|ばなし)?(?:として|で)?(?:聞いた|耳にした|見聞きした)?(?:内容|こと|話|程度(?:のこと)?)?(?:でも|であっても)[、,]?(?:構い|かまい|結構)?[^。！？!?\n]{0,40}?(?:ご相談|ご連絡|お知らせ|お寄せ|お問い合わせ|ご一報)(?:ください|下さい|を)/u
function rumourSpreadRefused(t: string, end: number): boolean {
  const after = t.slice(end, end + 64)
  return RUMOUR_SPREAD_REFUSED.test(after) || RUMOUR_EVEN_IF.test(after)
}
/** The staff member's own voice read as the city's: a view on policy, an idea floated, a date guessed. */
function staffVoice(e: Emitter, t: string): void {
  // (A paragraph another reading has already reported, as the city's stance shared with the view, is not reported again.)
  if (e.spans.length === 0 && /べき|(?:ほう|方)が|から|せい|ため/u.test(t) && /思|おも|考え|感じ/u.test(t)) candidPolicyView(e, t)
  if (/話|声|案|アイデア|アイディア|構想|たぶん|多分|おそらく|恐らく|きっと/u.test(t)) floatedOrGuessed(e, t)
}

/** Hearsay endings spelt in katakana for effect (できるラシイ, ﾗｼｲ after NFKC, 決まったミタイ, だってサ). */
const KATAKANA_ENDING = /(?<=[\p{Script=Han}\p{Script=Hiragana}])(?:(?:ラシイ|ミタイ)(?:デス|ダ)?|ダッテ|デスッテ|ッテ|ソウ(?:デス|ダ))|(?<=[\p{Script=Katakana}ー]{2})(?:ラシイ|ミタイ)(?=デス|です|[。！!？?\s]|$)/gu

/**
 * `t` with hearsay endings written in katakana turned into hiragana (same length, same offsets),
 * so the endings read the same however they are spelt; katakana words (ホテル, ミタイム) are left.
 */
export function hiraganaEndings(t: string): string {
  return withHiraganaEndings(t, ROMAJI_WORD.test(t), KATAKANA_WORD.test(t))
}

const ROMAJI_WORD = /rashi|mitai/iu
const KATAKANA_WORD = /ラシイ|ミタイ|ッテ|ソウ/u

/**
 * `hiraganaEndings`, told whether `t` holds a romaji ending's word (ROMAJI_WORD) and a katakana one (KATAKANA_WORD). Turning the
 * romaji into kana makes no katakana word: its hiragana and spaces take the romaji's place, next to the same characters.
 */
function withHiraganaEndings(t: string, romaji: boolean, katakana: boolean): string {
  if (romaji) t = t.replace(ROMAJI_ENDING, romajiToKana)
  if (!katakana) return t
  return t.replace(KATAKANA_ENDING, (w) => String.fromCharCode(...Array.from(w, (c) => c.charCodeAt(0) - 0x60)))
}

/**
 * Blind R181D-020: a word of a change broken by a line break (…商工振興課へ異⏎動されるそうです): still the word, read across the break.
 * Only a two-kanji word of a change or a decision is joined (異動, 人事, 廃止, 値上 …), so a heading's line stays its own; the joined
 * word takes the break's place and a space the second kanji's (same offsets: 異⏎動 → 異動␣).
 */
const BROKEN_PAIRS = new Set(['異動', '人事', '転勤', '昇進', '昇格', '退職', '辞職', '辞任', '退任', '就任', '着任', '配属', '栄転', '出向', '後任', '交代', '内定', '内示', '決定', '廃止', '統合', '移転', '閉鎖', '閉校', '閉館', '休館', '休止', '中止', '延期', '縮小', '新設', '値上', '値下', '有料', '無料', '民営', '予算', '処分', '懲戒', '合併'])
const BROKEN_WORD = /(\p{Script=Han})\n(\p{Script=Han})/gu
function readAcrossBreaks(t: string): string {
  return t.replace(BROKEN_WORD, (w, a: string, b: string) => (BROKEN_PAIRS.has(a + b) ? `${a}${b} ` : w))
}

/** Hearsay endings spelt in romaji after Japanese (閉鎖になる rashii desu, 中止 mitai): read as らしいです, みたい. */
const ROMAJI_ENDING = /(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー])\s?(?:rashii|rashī|rasii|mitai)(?:\s?desu)?(?![a-z])/giu
/** The kana of a romaji ending, padded with spaces after it to the same length (offsets hold). */
function romajiToKana(w: string): string {
  const kana = (/^\s?(?:rash|ras)/iu.test(w) ? 'らしい' : 'みたい') + (/desu$/iu.test(w) ? 'です' : '')
  return kana + ' '.repeat(w.length - kana.length)
}

/** The text of `t`'s sentence before `at` (at most 60 characters): what a reporting frame at `at` reports. */
/** A voice that says how people feel (…が遠い、…がよくわからない、という声), not what will change. */
const FEELING_END = /(?<!らし|みた|っぽ)(?:い|にくい|づらい|ほしい|(?<!み)たい|不便|不安|心配|困る|困っている|大変)[、,\s]*$/u
/**
 * Blind R189I-036: what someone said ending in a guess (…もう開かないかもしれない, …廃止になる可能性が高い) or in a service said not to open
 * from a time to come (来年からは開かない) ends in い without telling a feeling: the words are judged by what they tell, as any report is.
 */
const SAID_GUESS_END = /(?:かもしれ(?:ない|ん|ません)|かも|可能性が(?:高|大き)い|公算が(?:高|大き)い)$/u
const SERVICE_ENDS_END = new RegExp(`(?:${SERVICE_ENDS.source})$`, 'u')
function saidAsFeeling(said: string): boolean {
  const s = said.replace(/[、,\s]+$/u, '')
  return FEELING_END.test(s) && !SAID_GUESS_END.test(s) && !SERVICE_ENDS_END.test(s)
}

function clauseBefore(t: string, at: number): string {
  let from = Math.max(0, at - 60)
  for (let i = at - 1; i >= from; i--) {
    const c = t[i]
    if (c === '。' || c === '！' || c === '？' || c === '!' || c === '?' || c === '\n') {
      from = i + 1
      break
    }
  }
  return t.slice(from, at)
}

/** What makes a thing good, as its topic (秘訣は, コツは, 甘さの秘密は, 人気の理由は): a product's quality explained (Blind LE-002 kind). */
const QUALITY_EXPLAINED =
  /(?:秘訣|秘けつ|コツ|決め手)(?:は|って)|(?:おいしさ|美味しさ|うまさ|旨さ|甘さ|甘み|あまみ|香り|やわらかさ|柔らかさ|人気|強さ|元気|美しさ|色つや|色艶|食感|味)の(?:秘密|ひみつ|理由|わけ|ワケ|ポイント|決め手)(?:は|って)/u
/** Talk of nature, seasons and creatures: what a mascot passes on as a fun fact. */
const NATURE_TALK = /季節|旬|春|夏|秋|冬|花|咲|実|鳥|魚|虫|生き物|いきもの|ムツゴロウ|むつごろう|ホタル|ほたる|カニ|かに|動物|植物|干潟|有明海|海|川|空|星|月|天気|気温|元気|かわいい|可愛い|おいしい|美味しい|名前|由来|語源/u

/**
 * A price said to move (値段が上がる, 価格が高騰, 品薄になる), or a harvest or a catch said to fail (相当な不作になる, 今年は不漁, 収穫が
 * 半減する): what passing on a market rumour spreads, a loss to a local industry no one has confirmed (not a fee the city sets: CHANGE).
 */
const MARKET = /(?:値段|価格|物価|相場|単価|値)(?:が|も|は)?[^。！？!?\n]{0,8}?(?:上が|あが|下が|さが|高く|安く|高騰|跳ね上が|暴落|倍に)|値上がり|値下がり|高騰|品薄|品切れ|手に入らな|入手困難|買えなくな|不作(?!為)|不漁|凶作|減産|(?:(?:海苔|米|稲|麦|大豆|野菜|果物|みかん|いちご|イチゴ|苺|柿|梨|ぶどう|作物|農作物|アサリ|あさり|牡蠣|魚)(?:の(?:出来|でき|作柄|育ち|生育|色づき|色付き|色|品質|質|味|実入り))?|(?:のり|ノリ)の(?:出来|でき|作柄|育ち|生育|色づき|色付き|色|品質|質|味)|出来|作柄|実り|生育|育ち|実入り)(?:が|は|も)[、,]?(?:今年は|今季は|今年も|今季も)?(?:あまり|よく|全然|ぜんぜん|ちょっと|いまいち|イマイチ|今ひとつ|今一つ)?(?:良くな|よくな|ような|良うな|良か(?:ない|なか)|悪い|悪く|悪か|わるい|わるく|わるか|いまいち|イマイチ|今ひとつ|今一つ|不良)|(?:収穫|収量|水揚げ|漁獲|生産量|出荷量)(?:量)?(?:が|も|は)?[^。！？!?\n]{0,6}?(?:半減|激減|大幅に減|ほとんどな|ゼロ)/u
/** A claim about people or a harm (what gossip passes on): trouble, misconduct, a bad name, damage. */
const CLAIM =
  /借金|離婚|不倫|浮気|前科|クビ|トラブル|揉め|もめ|喧嘩|ケンカ|けんか|怒られ|叱られ|注意され|名指し|苦情|クレーム|悪口|怪し|あやし|やば|ヤバ|不正|横領|着服|倒産|潰れ|つぶれ|赤字|脱税|滞納|手抜き|ずさん|評判|ひどい|酷い|最悪|うそ|ウソ|嘘|隠し|隠蔽|仲が悪|対立|不満|怒って|崩れ|壊れ|水没|燃え|沈ん|溢れ|あふれ|危な|盗ま|盗難|被害|問題(?:に|が|を|視)|辞め|やめ|パワハラ|セクハラ|いじめ|ハラスメント|不祥事|処分|止まっ|通れな|通行止め|運休|避難|閉じ込め|食中毒|異臭|爆発|出没|目撃|襲わ|刺さ|噛ま|(?:クマ|熊|イノシシ|猪|サル|猿|スズメバチ)(?:が|も)出/u
/** What is said of a person: misconduct, a penalty, private trouble (職員が懲戒免職になるみたい, 不倫しとるごたる). */
const PEOPLE_CLAIM = /借金|離婚|不倫|浮気|前科|クビ|不正|横領|着服|脱税|滞納|パワハラ|セクハラ|いじめ|ハラスメント|不祥事|懲戒|免職|停職|減給|逮捕|書類送検/u
/** The hearsay is a resident's question or a rumour going round, reported: 」というお問い合わせ, という声をいただき. */
const ASKED = /^(?:よね|よ|ね|ばい|けど)?[…。、,\s]{0,2}[」』]?(?:(?:という|との|といった|って)(?:お|ご)?(?:問い合わせ|問合せ|質問|相談|声|意見|電話|連絡|噂|うわさ|話|情報|投稿|書き込み|指摘|心配|不安)|と(?:ご?心配|不安に|誤解|お思い|思われ)(?:され|し|なさ|を|の)?)/u
/**
 * …and the post answers it: そのような予定はありません, 事実ではありません, お答えします. Blind KL-015 kind: or it gives the facts as they
 * stand now in its place (現在、市が受け付けている給付金は…に掲載しているものだけです, 現時点で新たな給付金の予定はございません), or says the city
 * does no such thing (市からそのようなご案内はしておりません, 市では個別にお電話することはありません).
 */
const ANSWERED = /(?:現在|現時点(?:で|では)?|今のところ)[、,]?[^。！？!?\n]{0,60}?(?:のみ|だけ)(?:です|となります|となっております|でございます|になります)|(?:現時点|今のところ|現在)(?:で|では|は)?[、,]?[^。！？!?\n]{0,30}?(?:ありません|ございません|おりません|未定です)|(?:市|当市|本市|市役所|柳川市)(?:から|では|が|より)(?:は)?[、,]?[^。！？!?\n]{0,30}?(?:して|行って|おこなって|実施して|お送りして|送って|ご案内して|お願いして|配って|お配りして)(?:おりません|いません)|(?:市|当市|本市|市役所|柳川市)(?:から|では|が)[^。！？!?\n]{0,30}?ことは(?:一切|決して)?(?:ありません|ございません)|(?:予定|事実|計画|決定|方針|事実関係|こと)(?:は|も)(?:一切|まったく|全く)?(?:ありません|ございません|ない)|そのような|そういった(?:予定|事実|こと)|事実では|誤り|デマ|お答え|回答|ご説明|正しくは|実際(?:は|には)|変更はありません|変わりません|これまでどおり|これまで通り|例年どおり|例年通り|予定どおり|予定通り|通常どおり|通常通り|正式に(?:決ま|決定し|決定いたし)(?:り)?ました|(?:決定|決まり)ましたので(?:お知らせ|ご案内)/u

/**
 * Whether `at` lies inside a bracketed question (「…という噂を聞いたが本当か」) that the post reports as a resident's question
 * (ASKED after its closing bracket) and then answers (ANSWERED): the hearsay is theirs, set right.
 */
function askedAndAnswered(t: string, at: number): boolean {
  const open = t.lastIndexOf('「', at)
  if (open === -1 || at - open > 60 || t.slice(open, at).includes('」')) return false
  const close = t.indexOf('」', at)
  if (close === -1 || close - at > 60) return false
  return ASKED.test(t.slice(close, close + 16)) && ANSWERED.test(t.slice(close))
}
/** Whether `at` lies inside a bracketed question the post reports as a resident's question or a rumour (ASKED after it), answered or not. */
function askedQuote(t: string, at: number): boolean {
  const open = t.lastIndexOf('「', at)
  if (open === -1 || at - open > 60 || t.slice(open, at).includes('」')) return false
  const close = t.indexOf('」', at)
  if (close === -1 || close - at > 60) return false
  return ASKED.test(t.slice(close, close + 16))
}
/**
 * Blind KH-046 kind (misc60): a paragraph answering a resident's question or correcting what goes round, for post (ANSWERED, CORRECTED, or
 * the post's own answer announced: 市の公式なお知らせとして、次のとおりお伝えします, 正確な情報をお知らせします).
 */
const ANSWERED_POST = /公式(?:な|の)?(?:お知らせ|発表|見解|回答|情報)として|次のとおり(?:お伝え|お知らせ|ご案内|お答え|回答)|正確な情報を(?:お伝え|お知らせ|ご案内)/u

/**
 * Blind R88A-137: who did a wrong, as the topic of a cleft (捨てたのは近くのブリーダー業者らしいです, 盗んだのは隣町の人みたい, 落書きしたとは
 * 中学生げな, 火をつけたのって…だって): an accusation passed on second-hand, as 犯人は is. Only a wrongful act (捨て, 盗ん, 壊し, 放火し,
 * 不法投棄し …); a good deed (片づけたのは, 拾ったのは) accuses no one.
 */
const WRONG_DONE =
  '(?:捨て|棄て|遺棄し|放置し|置き去りにし|投げ込ん|投げ捨て|不法投棄し|ポイ捨てし|盗ん|盗っ|壊し|こわし|荒らし|落書きし|いたずらし|放火し|火をつけ|火ばつけ|燃やし|轢い|ひき逃げし|はねて逃げ|傷つけ|殴っ|蹴っ|汚し|垂れ流し|流し込ん|毒を(?:まい|撒い|盛っ))'
/** The cause of a harm or a problem as the topic (原因は, 火元は; not 人気の理由は): a cause passed on second-hand is hearsay. */
const CAUSE_TOPIC = new RegExp(`(?:原因|犯人|出所|発生源|火元|真相|感染源)(?:は|って|なんですが|ですが)|${WRONG_DONE}(?:た|だ)(?:の|ん|と)(?:は|が|って)`, 'u')
/** People named in the plural or with さん (高校生たち, 子ども, 業者さん) before らしい or みたい: who, when a cleft asks who did a wrong. */
const CULPRIT_PLURAL = /(?:たち|達|ども|さん|ら)$/u
/** A cause as what is passed on (施工ミスが原因みたい, 不始末のせいらしい, カラスの仕業っぽい): hearsay about a harm's cause. */
const CAUSE_PRED = /(?:原因|せい|所為|仕業|犯人)(?:だった|なの|なん)?$/u
/** A reason as the predicate noun (一番の理由, 主なわけ, きっかけ, 決め手): the why of a matter, when みたい or らしい closes it. */
const REASON_NOUN = /(?:理由|わけ|訳|きっかけ|決め手|背景)$/u

/**
 * Why something is so, passed on second-hand: a topic 〜のは／〜とは, then a reason 〜から／〜けん before げな, らしい or みたい
 * (最近イノシシの多かとは、…誰かが餌ばやりよるけんげな; 噴水が止まっとるのは、業者が手を抜いたかららしい): an unconfirmed cause.
 */
const WHY_HEARD = /(?:の|と)は[、,]?[^。！？!?\n]{1,40}?(?:から|けん)$/u

/**
 * Blind HC-045: hearsay that closes a quotation shown as an example of what not to pass on (「明日また大きな台風が来るらしい」といった、
 * 出どころのわからない情報を転送するのはやめましょう, 「…閉鎖されるらしい」などのうわさに惑わされないで): the post names a kind of message
 * and warns against spreading or believing it, it passes none on. The hearsay ends the quotation, a kind of message follows it
 * (といった…情報, などのうわさ, のような投稿) and the rest of the sentence warns (やめましょう, 控えて, 惑わされず, 確かめて); a quotation
 * handed on (「…らしい」という情報を転送してください) is still hearsay.
 */
const EXAMPLE_FRAME_AFTER = /^[」』](?:といった|などの|などと?いう|のような|みたいな|という|との)[、,]?[^。！？!?\n「」]{0,20}?(?:情報|噂|うわさ|ウワサ|デマ|話|書き込み|投稿|メッセージ|メール|チェーンメール|つぶやき|ポスト|LINE)/u
const WARNED_OFF = /やめ(?:ましょう|て|よう|ません)|控え|(?:転送|拡散|シェア|リポスト|リツイート)(?:しない|せず|は(?:しない|せず|しないで|やめ|控え))|惑わされ|まどわされ|注意|気をつけ|気を付け|確かめ|たしかめ|確認(?:して|しま|を)|うのみ|鵜呑み|信じ(?:ない|ず|込ま)|広げない|広めない|流さない|デマ/u
function hearsayShownAsExample(t: string, at: number, end: number): boolean {
  const open = Math.max(t.lastIndexOf('「', at), t.lastIndexOf('『', at))
  if (open < 0 || at - open > 60 || /[」』\n]/u.test(t.slice(open + 1, at))) return false
  const tail = t.slice(end, end + 40)
  const close = tail.search(/[」』\n]/u)
  if (close < 0 || close > 4 || tail[close] === '\n') return false
  const frame = EXAMPLE_FRAME_AFTER.exec(tail.slice(close))
  if (!frame) return false
  const from = end + close + frame[0].length
  const rest = t.slice(from, sentenceAround(t, from, from).end)
  return WARNED_OFF.test(rest)
}

/** A completion or an opening in the past, right before a hearsay ending (完成したそう, オープンしたんだって, 開通したらしい). */
const DONE_BEFORE = /(?:完成|竣工|落成|完工|開館|開業|開通|開園|開所|開店|オープン|おーぷん|供用開始|お披露目)(?:し|され)(?:まし)?た$/u

/**
 * Review of unof59 (rv/runof59): a benign public fact heard about something called new (駅前に新しいお店ができて、にぎわっているそうです; 新しく
 * できた公園は家族連れでにぎわっているそうです; 新しいカフェができたらしいよ; 新しい遊具が子どもたちに大人気なんだって): 新しい names what is
 * there now, and a place busy, a thing liked, flowers out or a shop opened is no matter the city or another body decides, no person, accident
 * or figure. Only where 新 is all FUTURE finds in the sentence (来月, 来年, 今後 still count) and the heard predicate is such a state or an
 * opening done (BENIGN_HEARD); a change, a decision, a harm or a claim is judged as ever by the other tests.
 */
const NEW_WORD = /新しい|新しく|新た(?:な|に)|新(?![年春緑米茶]|のり)(?=[\p{Script=Han}\p{Script=Katakana}])/gu
const BENIGN_HEARD =
  /(?:にぎわ|賑わ|にぎわっ|賑わっ|にぎやか|賑やか|行列|混雑|混んで|込んで|人気|好評|評判|繁盛|盛況|満員|満席|喜ばれ|楽しまれ|親しまれ|愛され|咲い|咲き|見頃|見ごろ|満開|色づ|色付|盛り上が|楽しんで|遊んで|にこにこ|笑顔|きれい|綺麗|キレイ|ぴったり|快適|便利|使いやす|見やす|おしゃれ|オシャレ|素敵|すてき|ステキ|おいし|美味し|楽しい|楽しかっ|最高|気持ちい|居心地)[^。！？!?\n]{0,12}$|(?:が|も|は)[、,]?(?:でき|オープンし|開店し|開業し|お目見えし)た$/u
/** The new thing still to come (新しくできる体育館, 新しい駅ができる, 新たに整備される): 新 then names a future matter. */
const NEW_COMING = /(?:でき|建つ|建て|建設され|整備され|設けられ|オープンす|開館す|開業す|開園す|完成す|始ま|誕生す)る(?!そう|らしい|みたい|って|んだ)(?=[\p{Script=Han}\p{Script=Katakana}のとこ])|(?:でき|建設され|整備され|オープンす|開館す|開業す|完成す|始ま)る(?:予定|見込み|計画)/u
function benignNewHeard(t: string, from: number, at: number, w: string, sentence: string): boolean {
  if (FUTURE.test(sentence.replace(NEW_WORD, '')) || NEW_COMING.test(sentence)) return false
  const lead = (t.slice(from, at) + (/^[るた]/u.test(w) ? w[0] : '')).replace(/(?:ん|の|なん|なの)$/u, '')
  return BENIGN_HEARD.test(lead)
}

/** A named speaker as whom a talk is from (講師の先生からは, 校長先生から, 田中さんより): not an anonymous rumour. */
const SPEAKER_FROM = /(?:さん|氏|様|先生|講師|教授|博士|会長|館長|校長|園長|所長|署長|市長|医師|助産師|保健師|弁護士)(?:から|より)(?:は|も)?[、,]?/u

/**
 * Talk heard, in the words HEARSAY reads for it (という話を耳にしました, って話を伺いました, っていう話ば聞いた; blind R85A-082: っち話ば聞いた,
 * ち話を聞きました, って話ば聞いた): judged by what it tells.
 */
const HEARD_TALK = /(?:耳に|伺|うかが|小耳|聞こえ)|^っていう|^(?:っち|ち)(?:話|噂|うわさ)(?:ば|を|聞|[、,])|(?:話|噂|うわさ)(?:ば|[、,]?聞)/u

/** A reporting frame that points back to the sentence before (そのように, その旨, そう…と伺っております). */
// Blind R307X-015 kind: talk named back (…できるって本当？」とよく聞かれます。どうやらそういう話があるらしいですよ): what it passes on is
// the sentence before.
const BACK_REF = /(?:その|この)(?:よう|旨|とおり|通り)|(?:^|(?<=[、,はがも\s]))そう(?:おっしゃ|言|話|申|聞)|(?:そういう|そういった|そんな|そげな|そのような)(?:話|噂|うわさ|計画|予定)(?:が|も)/u

/** The published schedule or rules a change came in with (新しいダイヤで, ダイヤ改正で, 新しい料金表で, 4月1日から). */
const ANNOUNCED_IN = /(?:新しい|新)(?:ダイヤ|時刻表|ルール|制度|料金表|料金|運行表|路線図)(?:で|に|から|では)|(?:ダイヤ|時刻表)(?:の)?改正(?:で|に|から|では)|(?:今日|本日|きょう|今月|[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?)から(?:の)?/u

/** How good a thing is (参考になる, ためになる, 役に立つ, 楽しい, おもしろい, 人気, 好評) at the end of a clause: praise, not news. */
const PRAISE_END =
  /(?:(?:参考|勉強|ため|為|タメ)に(?:なる|なった|なります)|(?:役|やく)に(?:立つ|たつ|立った)|(?:楽し|たのし|面白|おもしろ|オモシロ|美味し|おいし|うま|すご|凄|わかりやす|分かりやす|やさし|優し|かっこい|カッコい|かわい|可愛)(?:い|かった)|(?:人気|好評|大好評|評判がいい|評判が良い|おすすめ|オススメ)(?:な|だ)?)$/u
/** Whether the hearsay ending at `at` closes a clause of praise (PRAISE_END) that tells nothing else. */
function praiseHeard(t: string, at: number): boolean {
  const lead = clauseBefore(t, at)
  const clause = lead.slice(Math.max(lead.lastIndexOf('、'), lead.lastIndexOf(','), lead.search(/[\u{1F300}-\u{1FAFF}\u2600-\u27BF][^\u{1F300}-\u{1FAFF}\u2600-\u27BF]*$/u)) + 1)
  if (!PRAISE_END.test(clause.replace(/(?:ん|の)$/u, ''))) return false
  return !(CHANGE.test(clause) || BENEFIT.test(clause) || RUMOUR_TOPIC.test(clause) || PEOPLE_CLAIM.test(clause) || CLAIM.test(clause) || MARKET.test(clause) || FUTURE.test(clause))
}

/**
 * Blind HR-033: the reason of a change the post itself has just told as a plain fact, passed on in a friendly voice (4月から水道料金がかわるんだ。
 * 古くなった水道管を新しくするためなんだって, …が上がります。材料費が高くなったからなんだって, 来月から閉館時間が変わるよ。利用者のアンケートで
 * 決まったからなんだって): why it happens, not whether; the change is asserted in the sentence before, with no hedge or hearsay. A change still
 * hedged (…かわるらしいよ。…ためなんだって) or a reason that is a further change to come (…来年には値上げするためなんだって) is judged as ever.
 */
const REASON_HEARD = /(?:ため|為|から)(?:な)?$/u
const PLAIN_CHANGE_TOLD = /(?:る|ます|ました|た|んだ|んです|のです|よ|ね|です)[〜~ー！!]{0,3}[。！!]?\s?$/u
const CHANGE_HEDGED = /らしい|らしか|みたい|そうです|そうだ|って|げな|かも|見込|見通し|はず|予定|噂|うわさ|聞い|検討|調整|案/u
const FURTHER_CHANGE = /来年|来月|来春|来秋|再来|今度|次の|予定|かも|らしい|みたい|噂|うわさ|値上げ|廃止|閉鎖|統合|有料/u
function reasonOfToldChange(t: string, at: number, w: string): boolean {
  if (!/^(?:ん|の|なん|なの)(?:だ|です)って$/u.test(w)) return false
  const own = sentenceAround(t, at, at)
  const lead = t.slice(own.start, at)
  if (!REASON_HEARD.test(lead) || FURTHER_CHANGE.test(lead) || own.start === 0) return false
  const prev = sentenceAround(t, own.start - 1, own.start - 1)
  const told = t.slice(prev.start, own.start)
  if (told.includes('\n\n') || !CHANGE.test(told) || CHANGE_HEDGED.test(told)) return false
  return PLAIN_CHANGE_TOLD.test(told.replace(/[\u{1F300}-\u{1FAFF}\u2600-\u27BF\s]+$/u, ''))
}

/**
 * Blind R425A-015 kind: a mascot or a friendly account telling an official campaign period, day or week in its own speech style (11月12日から
 * 25日は「女性に対する暴力をなくす運動」の期間なんだって！; 今日は「119番の日」なんだって; 9月は「健康増進普及月間」なんですって): the なんだって
 * is the voice, not hearsay, when what it closes is a period, a day or a week set by the nation or the city (期間, 週間, 月間, の日, デー), named
 * with its dates (N月N日から…, 毎年N月, N月は) or by its official name in brackets (「…運動」「…週間」). Hearsay about a change stays a rumour:
 * the clause must tell nothing new, moved or dropped (…が無料になるんだって, 「市民の日」は来年から廃止なんだって, 今年は中止なんだって), no
 * benefit, decision or claim, once the name in brackets is set aside.
 */
const DESIGNATED_TIME = /(?:期間|週間|月間|旬間|週|強化月間|強調月間|の日|記念日|デー|ウィーク|ウイーク)$/u
const DESIGNATED_NAME = /「[^「」\n]{2,30}(?:運動|週間|月間|旬間|の日|デー|ウィーク|ウイーク|キャンペーン|期間)」/u
const DESIGNATED_DATED = /[0-9０-９一二三四五六七八九十]{1,2}月[0-9０-９一二三四五六七八九十]{1,2}日|(?:毎年|今月|来月)?[0-9０-９一二三四五六七八九十]{1,2}月(?:は|の|中|いっぱい)|今日は|きょうは|本日は|今週は|今月は/u
const DESIGNATION_CHANGED = /新し|新た|初めて|はじめて|今年から|今年度から|来年|来月から|変わ|かわ|変更|移|延期|中止|廃止|取りやめ|なくなる|無料|有料|値上|値下|なる|なっ|なり|決ま|予定|かも|らしい|みたい/u
function designatedPeriodTold(t: string, at: number, w: string): boolean {
  if (!/^(?:ん|の|なん|なの)(?:だ|です)って$/u.test(w)) return false
  const lead = clauseBefore(t, at).replace(/[\u{1F300}-\u{1FAFF}\u2600-\u27BF]/gu, '')
  if (!DESIGNATED_TIME.test(lead) || !(DESIGNATED_NAME.test(lead) || DESIGNATED_DATED.test(lead))) return false
  const rest = lead.replace(/「[^「」\n]{0,40}」/gu, '')
  return !(DESIGNATION_CHANGED.test(rest) || CHANGE.test(rest) || DECISION.test(rest) || BENEFIT.test(rest) || RUMOUR_TOPIC.test(rest) || PEOPLE_CLAIM.test(rest) || CLAIM.test(rest) || MARKET.test(rest))
}

/**
 * Blind HX-038: a private person's own schedule, told second-hand by the post that presents them (新規就農者の松藤さんのハウスで…はじめての
 * 出荷は12月中旬の予定だそうです; パン屋の古賀さんご夫妻…開店は春ごろの予定だそうです; 田中さんのみかん園、今年の収穫は11月上旬ごろだ
 * そうです): their harvest, shipment or opening as they told it, no rumour about a matter the city decides. A person named with さん in the
 * sentence or the one before; the schedule noun the topic of a date (予定, ごろ); no body of the city in the sentence (市の, 道の駅, 施設 …)
 * and no change, benefit, harm or claim in it (…出荷施設は来年閉鎖の予定だそうです still is one).
 */
const OWN_SCHEDULE = /(?:初出荷|出荷|収穫|摘み取り|開店|オープン|出店|初売り|販売開始|発売|お披露目|開園|初物)(?:は|も|の時期は|時期は)[、,]?[^。！？!?\n]{0,16}?(?:予定|ごろ|頃|ころ)(?:だ|です|や)?(?:った)?そう/u
const PRIVATE_PERSON = /(?<![市町県国])[\p{Script=Han}\p{Script=Katakana}ー]{1,8}さん(?:の|が|は|ご夫妻|ご夫婦|ご一家|一家|たち|親子|、)/u
const PUBLIC_THING = /市(?:の|が|は|で|役所|営|立|有)|町役場|県(?:の|が|は|営|立)|国の|道の駅|公民館|図書館|体育館|センター|庁舎|学校|保育|施設|公園|路線|団地/u
/**
 * Blind HY-061: a named person's own likes, pastimes and feelings told second-hand with their consent (ハルヨさんは、毎朝新聞を読むことと、
 * ひ孫さんとのテレビ電話が楽しみだそうです; 釣りが大好きなんだそうです; 朝の散歩が日課だそうです; 孫の写真を見るのを楽しみにしているそうです):
 * what the person told the post about themself, as their past or their schedule, no rumour. The feeling word right before そう, the person
 * named with さん in the sentence or the one before; nothing new or still to come in the sentence (新しい, 来年, 予定, オープン: 新しい体育館が
 * 楽しみだそうです passes on a facility) and no change, benefit, harm or claim (新聞 holds 新 but tells no news).
 */
const OWN_FEELING = /(?:楽しみ|好き|大好き|日課|趣味|生きがい|生き甲斐|自慢|得意|習慣|宝物|宝|元気の(?:源|秘訣)|長生きの秘訣|何より)(?:なん)?だ$|(?:楽しみ|日課|習慣|生きがい|励み)に(?:して)?(?:い|お)?る$/u
/**
 * Blind R107A-031: a named person's profile as its topic, told second-hand in an introduction (趣味は川下りの写真撮影だそうです, 特技は書道
 * だそうです, 好物はうなぎのせいろ蒸しなんだそうです, 出身は大川市だそうです, カナダのバンクーバー出身だそうです): what the person told the
 * post about themself, no rumour. The profile noun opens the clause before そう (or 出身 ends it); the person is named with さん in the
 * sentence or the one before (…前田さんをご紹介します counts); the same gates as OWN_FEELING hold (nothing new or to come, no change).
 * Blind TU-009: a teacher or guest named with 先生 or 氏, their name in katakana with ・ (新しいALTのエミリー・ジョンソン先生が着任しました。
 * …趣味は写真とカヌーだそうです), and a new ALT, 国際交流員 or 協力隊員 is the person introduced, not news.
 */
const PROFILE_TOPIC = /(?:趣味|特技|得意技|好物|大好物|おすすめ|オススメ|お勧め|お薦め|イチオシ|いちおし|一押し|イチ押し|推し|お気に入り|自信作|好きな(?:食べ物|食べもの|たべもの|飲み物|もの|こと|色|花|本|映画|音楽|スポーツ|場所|言葉|季節)|苦手な(?:食べ物|食べもの|もの|こと)|出身地?|出身校|座右の銘|マイブーム|休日の過ごし方|休みの日の過ごし方)(?:は|も)[、,]?[^。！？!?\n]{1,28}?(?:なん)?だ$|[\p{Script=Han}\p{Script=Katakana}ー]出身(?:なん)?だ$/u
const PROFILE_PERSON = /(?<![市町県国])[\p{Script=Han}\p{Script=Katakana}ーぁ-ゖ・]{1,16}(?:さん|先生|氏)(?:を|の|が|は|も|です|[、。！!\s]|[\u{1F300}-\u{1FAFF}\u2600-\u27BF])/u
/**
 * Blind JY-039 kind (unof57): a person's own goal, dream or wish told second-hand, as in a staff or resident interview (来年は、手話での窓口案内に
 * 挑戦するのが目標だそうです; 将来は船頭になるのが夢だそうです; 今年の目標は簿記2級の合格だそうです; いつか全国大会に出たいんだそうです):
 * what the person told the post of themself, a goal of their own, no plan of anyone's passed on. The goal noun is the predicate before そう
 * (or its topic, 目標は…だ), or the wish's たいんだ; a body as the subject (市は, 図書館は, 課長は: GOAL_OF_BODY) makes it the body's plan, and
 * a change, a decision or a harm in the sentence is judged as ever (…を廃止するのが市長の目標だそうです).
 */
const OWN_GOAL = /(?:の|こと)(?:が|は)(?:(?:一番|いちばん|最大|当面|今後|次|今年|来年|将来)の)?(?:目標|夢|ゆめ|抱負|野望|願い|目当て)(?:なん)?だ$|(?:目標|夢|ゆめ|抱負|野望)(?:は|も)[、,]?[^。！？!?\n]{1,30}?(?:なん)?だ$|(?<=[ぁ-ゖ])たい(?:ん|の)だ$/u
const GOAL_OF_BODY = /(?:(?<![\p{Script=Han}])(?:市|県|国|町|村)|市役所|役所|当課|担当課|[\p{Script=Han}]{1,6}(?:課|部|局|館|センター|協議会|委員会)|施設|会社|企業|法人|市長|副市長|議長|知事|教育長)(?:として)?(?:は|が|も|では)/u
/**
 * Blind R110A-039: the introduced person called new (物産館の新しい店長、平田 あゆみさんです😊 おすすめは…だそうです; 新任の館長, 新人の
 * スタッフ): 新 describes who is introduced, no matter to come, so it is read out of the sentence before NEW_OR_LATER. Something new or to
 * come told in the rest (おすすめは来月オープンする2号店だそうです) still is.
 */
const NEW_PERSON = /(?:新しい|新しく(?:来た|入った|着任した|就任した)|新任の|新人の?|新入りの?)[^\s、。！？!?\n]{0,6}?(?:店長|スタッフ|館長|園長|所長|校長|先生|職員|店員|メンバー|仲間|担当|講師|指導員|隊員|おかみ|女将|マスター|オーナー|シェフ|ALT|外国語指導助手|国際交流員|CIR|協力隊員|地域おこし協力隊|教員|教諭|保健師|司書|学芸員)/gu
/** The person named (ハルヨさんは, 百歳を迎えたキヨさん。): PRIVATE_PERSON, or a name with さん closing a sentence of its own. */
const FEELING_PERSON = /(?<![市町県国])[\p{Script=Han}\p{Script=Katakana}ー]{1,8}さん(?:の|が|は|も|ご夫妻|ご夫婦|ご一家|一家|たち|親子|[、。！!])/u
const NEW_OR_LATER = /年内|年度内|年度末|来年|来年度|再来年|次年度|来春|来秋|来月|来週|次回|次期|今後|将来|予定|見込|新し|新た|新規|新設|新築|新庁舎|(?:[0-9０-９一二三四五六七八九十]+月|春|夏|秋|冬|年明け|今年|今年度|今回|今季|今期)から|完成|開業|開館|開店|オープン|できる|でき(?:あが|上が)る|建つ|始まる/u
/** A time of a person's own past (学生時代は, 高校時代, 子どものころ, 以前は, 前職は): what a biography tells. */
const BIO_PAST = /(?:学生|高校|中学|小学校?|大学|子ども|子供|幼少|若い|現役|新人|独身|会社員|選手)(?:時代|の(?:ころ|頃|時)|ころ|頃)|(?:以前|前職|前)は|もともと|元々|出身/u
/**
 * Blind R108A-107: an emergency measure passed on second-hand before it is announced (上流の日向神ダムが今夜11時ごろから放流を始めるらしい
 * です。まだ正式な発表は出ていませんが…; 避難指示が出るみたいです; 水門ば閉めるげなです; 緊急放流するって聞きました): a dam's release, an
 * evacuation order, a flood gate shut, a water restriction or a road closed, told as hearsay, is unconfirmed disaster information, even in the
 * rain that would otherwise make it weather talk. A release of fish fry (稚魚を放流) is not this; the office that runs the dam or the river
 * named as the source (河川事務所によると, 国土交通省から連絡があり) makes it a report.
 */
const EMERGENCY_MEASURE =
  /(?:ダム|堰|せき|ため池|貯水池)(?:の|が|は|から|で|も)?[^。！？!?\n]{0,16}?放流|放流量|緊急放流|異常洪水時防災操作|避難(?:指示|勧告)|高齢者等避難|緊急安全確保|(?:水門|樋門|陸閘)(?:を|ば|が|は|も)?[^。！？!?\n]{0,6}?(?:閉め|閉じ|閉ま|しめ|開け|開い|あけ)|給水制限|(?:全面)?通行止め|交通規制/u
/**
 * Blind R133I-023: an alarming event passed on second-hand, the kind a disaster's hoaxes are made of (近くの動物公園からライオンが逃げた
 * らしいです！！…外に出ないでください, the 2016 熊本地震 lion hoax; 堤防が決壊したみたい, 井戸に毒が入れられたらしい, また大きな地震が来るって):
 * unconfirmed danger to the public, judged as an emergency measure is. A bear or a lion seen at the zoo, or the office named as the
 * source (EMERGENCY_SOURCE), is not this.
 * Blind R200D-066 kind: a storm's strike on a place foretold second-hand (台風が週末に…を直撃するらしい, 竜巻が上陸するって), the course a
 * weather office alone may tell; the weather office or the city named (気象台によると) is a source, and a strike past or a general
 * warning (台風が直撃すると…ことがあります) is no such news.
 */
const ALARM_EVENT =
  /(?:ライオン|トラ|虎|クマ|熊|ヒグマ|猛獣|ヒョウ|豹|ワニ|毒ヘビ|毒蛇|猛毒)(?:が|も|は)?[^。！？!?\n]{0,8}?(?:逃げ|脱走|逃走|脱出|放たれ)|(?:堤防|土手|ため池|ダム|護岸)(?:が|も|は)?[^。！？!?\n]{0,6}?(?:決壊|崩壊|崩れ|壊れ)|(?:井戸|水道|貯水槽|浄水場|給水)[^。！？!?\n]{0,8}?(?:毒|毒物|薬物)(?:が|を)?[^。！？!?\n]{0,6}?(?:入れ|混入|まか|流)|(?:大きな|大|巨大|また)?(?:地震|余震|津波)(?:が|も)[^。！？!?\n]{0,12}?(?:来る|くる|来ます|起きる|起こる|発生する)|(?:台風|たいふう|ハリケーン|竜巻|高潮|線状降水帯)(?:が|は|も|の)?[^。！？!?\n]{0,16}?(?:直撃|上陸|ちょくげき)(?!し(?:た|まし|て(?:い|お|しま)))|(?:暴動|略奪|爆破予告)/u
const EMERGENCY_SOURCE = /(?:国土交通省|国交省|河川事務所|管理事務所|ダム管理者|ダム管理所|気象台|気象庁|県|市|消防|警察)(?:の発表)?(?:によると|によれば|から(?:の)?(?:連絡|情報|発表|通知|お知らせ)|の発表|が発表)/u
/**
 * Blind IA-065: an existing rule or system explained in a friendly voice (ケージ、リード、えさ、トイレシートは飼い主さんが持ってくる決まりなんだって,
 * ごみは朝8時までに出すルールなんだって, 返却は2週間以内っていう決まりだそうです): the rule noun is the predicate, what it says is how things
 * are, no plan and no rumour. A rule said to be new, to change or to come (…決まりになるんだって, 来年から…ルールになったらしい, 新しい決まり
 * なんだって) is read as ever.
 */
const RULE_EXPLAINED = /(?:決まり|きまり|ルール|規則|約束|仕組み|しくみ|マナー)(?:な)?$/u
const RULE_CHANGED = /新し|新た|来年|来月|来週|来春|来秋|今度|今後|次の|[0-9０-９一二三四五六七八九十]+月から|(?:春|夏|秋|冬|今年|今年度|来年度|年明け|今回)から|予定|かも|変わ|かわ|変更|改正|改定|見直|廃止|なる|なっ|なり|でき|導入|始ま|はじま/u
/**
 * Blind R186D-031/R187I-057: an outcome told (解除になる, 10万円くらいで話がまとまりそう) before the post promises the news once it is decided
 * (正式に決まったらまたお知らせします): the post says itself the outcome is not settled. The clause must end in an outcome's verb (なる, される,
 * まとまる, 決まる, 始まる …), not a feeling or a plain description; the promise must follow it in the paragraph.
 */
const OUTCOME_TOLD = /(?:(?:に|と)(?:なる|なります|なりそう)|され(?:る|ます)|(?:まとま|決ま|固ま|落ち着|始ま|終わ|再開|解除|開通|復旧)(?:る|ります|りそう|きそう|く)|(?:再開|解除|開通|復旧|開始|終了)(?:する|します|になる|される))$/u
function outcomeAwaited(t: string, said: string, at: number): boolean {
  if (!OUTCOME_TOLD.test(said.replace(/[、,\s]+$/u, ''))) return false
  const after = t.slice(at)
  return PROMISE_AWAITED.test(after)
}
/**
 * Blind R432H-021 kind: a service of the city said to become possible at a time or an occasion to come, passed on second-hand (次の
 * システム更新で…オンライン申請が…できるようになるって; 来年度から図書館で電子書籍が借りられるようになるらしい; 改修後は体育館の予約がスマホで
 * できるようになるみたい): a new service is a change the city has not announced. A skill one gains (練習すれば泳げるようになるって) names no
 * service, and a service there now (…使えるようになったんだって) is no news still to come.
 */
const SERVICE_BECOMES = /(?:でき|使え|つかえ|行え|受けられ|借りられ|払え|取れ|とれ|出せ|選べ|頼め|申し込め|送れ|見られ|利用でき|申請でき)るように(?:なる|なります|なりそう)/u
const CITY_SERVICE = /申請|手続|窓口|証明書|住民票|戸籍|システム|マイナンバー|オンライン|電子|キャッシュレス|コンビニ|予約|図書館|市役所|役所|支所|公民館|体育館|施設|バス|補助|給付|ごみ|ゴミ|納付|税|保険|健診|検診|ワクチン/u
const AHEAD_OCCASION = /(?:次の|今度の|次回の?|新しい)[^。！？!?\n]{0,12}?(?:更新|改修|リニューアル|改定|改正|切り替え|切替|入れ替え|システム|導入|ダイヤ)|(?:更新|改修|リニューアル|切り替え|切替|移行)(?:後|以降|の後|で|から|したら|されたら)/u
function serviceComing(sentence: string): boolean {
  return SERVICE_BECOMES.test(sentence) && CITY_SERVICE.test(sentence) && (FUTURE.test(sentence) || AHEAD_OCCASION.test(sentence))
}
/**
 * Blind R432H-053 kind: an advantage in the city's own selection promised for taking part in something (インターンに参加した人は採用試験の
 * 面接で有利になります; ボランティアをしておくと選考で優遇されます; 説明会に来た人は職員採用の二次試験で加点されます; 市のインターンを経験しておけば
 * 採用試験にも通りやすくなります): no published rule says so, so the writer's belief is given as the city's. Clean: the advantage denied (有利に
 * なることはありません, 合否には影響しません), a rule the post cites (受験案内, 募集要項, 条例に基づく), advice with no selection of the city.
 */
const SELECTION_FAVOUR =
  /(?:採用(?:試験|選考|面接|審査)?|選考|二次試験|一次試験|最終試験|面接)(?:で|では|でも|の(?:際|時|とき)|において|に(?:も|は)?)?[、,]?[^。！？!?\n]{0,12}?(?:有利(?:に(?:なります|なる|働きます|働く)|です|だよ|だ(?=[。！!よね]))|優遇(?:され(?:ます|る)|します|する)|加点(?:され(?:ます|る)|します|する|に(?:なります|なる))|(?:受かり|通り|選ばれ|合格し)やすく(?:なります|なる)|優先(?:され(?:ます|る)|的に(?:採用|合格)))(?!こと|わけ|とは|と(?:は)?(?:限|かぎ)|(?:か|かどうか)(?:は|も)?)/gu
const FAVOUR_EARNED = /参加|インターン|ボランティア|受講|体験|経験|来て|来た|応募|登録|説明会|見学|手伝|協力/u
const FAVOUR_RULED = /募集要項|募集案内|受験案内|試験案内|実施要項|要綱|要領|規則|条例|加点制度|優遇制度|制度(?:が|を|に基づ)|に基づ|ホームページ|公表して/u
function selectionFavour(e: Emitter, t: string): void {
  if (FAVOUR_RULED.test(t)) return
  for (const m of matchAllOf(SELECTION_FAVOUR, t, MAX_HITS)) {
    const end = m.index + m[0].length
    const sentence = sentenceOf(t, m.index, end)
    if (!FAVOUR_EARNED.test(sentence) || /[？?]|でしょうか|ませんか/u.test(sentence)) continue
    put(e, 'unofficial/personal-view', m.index, end, { opinion: m[0] })
  }
}
/** らしい drawn out (らしー, らしーー, らしぃ): HEARSAY's match read as らしい. */
const ELONGATED_RASHII = /^らし(?:[ーｰ]+|ぃ+)$/u
function hearsay(e: Emitter, t: string, asked?: DraftFinding[]): void {
  for (const m of matchAllOf(HEARSAY, t, MAX_HITS)) {
    const at = m.index
    // Blind R431G-019 kind: らしい drawn out in casual or a mascot's speech (らしーよ, らしーです, らしぃ) is the same hearsay.
    const w = ELONGATED_RASHII.test(m[0]) ? 'らしい' : m[0]
    const end = at + m[0].replace(/[^\p{L}\p{N}]+$/u, '').length
    const before = t.slice(Math.max(0, at - 6), at)
    const tail = t.slice(end, end + 8)
    const reasonHeard = /^(?:げな|らしい|みたい)$/u.test(w) && /(?:から|けん)$/u.test(before) && WHY_HEARD.test(clauseBefore(t, at))
    if (w === 'らしく' && RASHII_NOT.test(before)) continue
    // Blind HQ-132: how good a thing is, heard (座談会もあって、マジで参考になるらしい！, 先輩の話がためになるみたい, 体験ブースが楽しいんだって):
    // a friendly recommendation of an event, no rumour about a plan. Read on the clause of the ending alone, which must tell no change,
    // benefit, harm or claim (…説明会、来年からなくなるらしい still is one).
    if (/^(?:らしい|らしか|みたい|(?:ん|の)(?:だ|です)って)$/u.test(w) && praiseHeard(t, at)) continue
    if (w === 'らしい' || w === 'らしか') {
      if (RASHII_NOT.test(before)) continue
      const kana = RASHII_BEFORE_KANA.test(before)
      // A noun in kanji or katakana (ベトナムらしいです。) before らしい ending the sentence: hearsay, unless it is a typical-of noun.
      // Blind R88A-137: a cleft asking who did a wrong (落書きしたとは中学生らしか) makes any noun the one accused, a typical-of noun too, and
      // people named in the plural or with さん as well (壊したのは近所の高校生たちらしい).
      const culprit = CAUSE_TOPIC.test(sentenceOf(t, at, end))
      const noun = (/[\p{Script=Han}\p{Script=Katakana}ー]$/u.test(before) && (culprit || !TYPICAL_NOUN.test(t.slice(Math.max(0, at - 12), at)))) || (CULPRIT_PLURAL.test(before) && culprit)
      if (!kana && !reasonHeard && !((STATUS_NOUN.test(before) || noun || /どうやら/u.test(sentenceOf(t, at, end))) && END_TAIL.test(tail))) continue
    } else if (w === 'みたい') {
      if (/[てで]$/u.test(before) || !END_TAIL.test(tail)) continue
      // A noun before みたい is a likeness (絵みたいです) unless it names a cause (原因は水量不足みたいです).
      const causeNoun = ((/[\p{Script=Han}\p{Script=Katakana}ー]$/u.test(before) || CULPRIT_PLURAL.test(before)) && CAUSE_TOPIC.test(sentenceOf(t, at, end))) || CAUSE_PRED.test(before)
      // Blind R184I-009: a reason named before みたい (…と言われたのが一番の理由みたいです) is the why of a matter passed on second-hand, no
      // likeness; what it is the reason of is judged below as for any hearsay (a change such as 中止 in the sentence; 人気の理由みたい is none).
      if (!(RASHII_BEFORE_KANA.test(before) || STATUS_NOUN.test(before) || /だった$|じゃない$/u.test(before) || causeNoun || REASON_NOUN.test(before) || reasonHeard)) continue
    } else if (/(?:だ|です)って$/u.test(w)) {
      if (!END_TAIL.test(tail)) continue
    }
    // 〜ってマジ？/ってほんと？ asks whether something is true; it does not pass it on.
    if (/って/u.test(w) && /って(?:マ|ほんと|本当|まじ)/u.test(t.slice(at, at + 8))) continue
    // A frame that points back (業者の方がそのようにおっしゃっていたと伺っております): what it passes on is the sentence before.
    const own = sentenceAround(t, at, end)
    // Blind R70A-109: っぽい guesses from what it sees, and what it guesses stands before it (イノシシくん、今年もサツマイモ畑ねらっとる
    // っぽい🐗💨 …柵の補助は農政課までだよ！): the words after it (a sentence run on past an emoji) are not what is guessed.
    const ownEnd = /っぽい$/u.test(w) ? end : own.end
    const sentence = BACK_REF.test(t.slice(own.start, at)) && own.start > 0 ? t.slice(sentenceAround(t, own.start - 1, own.start - 1).start, ownEnd) : t.slice(own.start, ownEnd)
    if (/^(?:らしい|らしか|みたい)$/u.test(w) && selfCareTipHeard(sentence)) continue
    if (CRACK_EVENT.test(sentence) && !COLLAPSE_EVENT.test(sentence) && CITY_WORKS_NOTICE.test(t) && !RUMOUR_TOPIC_WORD.test(sentence) && !(CHANGE.test(sentence) || BENEFIT.test(sentence) || PEOPLE_CLAIM.test(sentence) || STAFF_PENALTY.test(sentence))) continue
    // A post tagged as trivia (#豆知識 after the sentence) tells stories, not rumours.
    if (/豆知識|トリビア/u.test(t) && !CHANGE.test(sentence)) continue
    // Weather talk is small talk, unless damage is reported second-hand (大雨で車が流されたと聞きました).
    if (TRIVIA.test(sentence) || OFFICIAL_SOURCE.test(sentence) || PUBLIC_MEDIUM_SEEN.test(own.start > 0 ? t.slice(sentenceAround(t, own.start - 1, own.start - 1).start, own.end) : sentence) || namedSourceVouches(sentence) || (/天気|予報|晴れ|(?<!梅)雨(?!季)|雪|気温/u.test(sentence) && !DAMAGE.test(sentence) && !CLOSURE.test(sentence) && !EMERGENCY_MEASURE.test(sentence))) continue
    // と聞きました after a quotation 「…」 reports a citizen's words.
    if (/^(?:と|って)(?:聞|耳|伺)/u.test(w) && /」$/u.test(before)) continue
    // What people were saying (…って農家さんたちが言いよった): a quotation 「…」 reports their words; otherwise it is hearsay when
    // what they said is a change, a market price, a benefit or a claim about someone, not a feeling (料金が高いと言っていました).
    // Blind (colleague): the honorific おっしゃっていました is the same report (講師の先生が「中止になったときは…連絡します」とおっしゃって
    // いました: the speaker's own words in brackets, a conditional instruction, no guess; a guess quoted is quotedGuess's).
    if (/^(?:と|って)[、,]?[^。！？!?\n]{0,16}?(?:言って|言いよ|言うと|話して|話しよ|おっしゃ)/u.test(w)) {
      const said = clauseBefore(t, at)
      // Blind R117A-126: a matter the city decides, told as coming (来年から随意契約じゃなくて入札になるって係長が言いよった, 次年度から
      // 委託になるって課長が言ってました): a plan passed on from someone's words, as らしい or …るって pass it on.
      // Blind R186D-031: an outcome told from someone's words while the post says it is not decided yet (…午後には解除になると現場の職員が
      // 言っていました。正式に決まったらまたお知らせします): what the speaker said is handed on before the decision it awaits.
      // Blind R189I-036: …and with no promise, a closure or a change told as a guess (来年からはもう開かないかもしれないと業者さんが言って
      // いました): the guess says itself it is not decided (saidAsFeeling: a guess's い is no feeling).
      if (/[」』]$/u.test(before) || saidAsFeeling(said) || !((CHANGE.test(said) || serviceComing(said) || MARKET.test(said) || BENEFIT.test(said) || PEOPLE_CLAIM.test(said) || RUMOUR_TOPIC.test(said) || (DECISION.test(said) && FUTURE.test(said)) || outcomeAwaited(t, said, at)))) continue
    }
    // そうです, みたい, と聞きました, とか, っぽい report what someone said or seems; they pass on a rumour when it is about a change or a rumour's topic.
    // 〜という声 / との情報 after a quotation (「駐車場を増やして」という声) or a question (有料になるのかとの声) reports residents' words.
    if (/^(?:という|との|なんて|とかいう)/u.test(w) && /」$/u.test(before)) continue
    // Blind GX-002/004: a scam reported to the city, told to warn residents (…というメッセージが送られているとの情報が寄せられています).
    if (/^(?:という|との|って)/u.test(w) && scamReported(t, at, w)) continue
    // 〜という話は一切出ておりません / 〜という話はありません / という話は事実とまるで違います: a rumour denied, not passed on.
    if (/(?:話|情報|噂|うわさ|声|憶測)は$/u.test(w) && /^[^。！？!?\n]{0,16}?(?:ありません|ない|ございません|出ておりません|出ていません|事実ではありません|事実じゃない|誤り|デマ|事実と(?:は)?(?:まるで|全く|まったく|全然|大きく)?(?:違|異な))/u.test(t.slice(at + w.length, at + w.length + 24))) continue
    // Residents' voices (駐車場が狭いという声がありますが、来月から臨時駐車場を設けます) pass on a rumour only when
    // what they say is a change: the clause before the frame is judged, not the city's answer after it.
    const said = /声|見方/u.test(w) ? clauseBefore(t, at) : sentence
    // Voices are residents' feelings (投票所が遠い、候補者のことがよくわからない、という声も聞く) unless they tell of a change.
    const news = /声|見方/u.test(w) ? CHANGE.test(said) && !FEELING_END.test(said) : CHANGE.test(said) || DECISION.test(said) || FUTURE.test(said)
    if (/(?:情報|声|噂|うわさ|見方|憶測)/u.test(w) && (/[」か]$/u.test(before) || !news)) continue
    // Blind R68A-134: a point made by a speaker the sentence names (講師の先生からは、…短い言葉でも…強く伝わるという話がありました, 校長先生
    // から…という話があり): the speaker's own talk reported, a source named, unless what it tells is a change, a harm or a claim about someone.
    // (What the talk tells is read after the speaker: 校長先生 is no change of a 校長.)
    const speaker = /^(?:って|という|との)話/u.test(w) ? SPEAKER_FROM.exec(t.slice(own.start, at)) : null
    const told = speaker ? t.slice(own.start + speaker.index + speaker[0].length, at) : ''
    if (speaker && !(CHANGE.test(told) || BENEFIT.test(told) || RUMOUR_TOPIC.test(told) || PEOPLE_CLAIM.test(told) || STAFF_PENALTY.test(told) || MARKET.test(told))) continue
    // Blind R66A-065: talk heard (…来年度で終わりになるかも…という話を耳にしました, …って話を伺いました, …っていう話ば耳にしたばい) passes on
    // what it tells when that is a change (an end, a closure, a fee), a benefit, a harm or a claim about someone; a friendly fact heard
    // (ボランティアさんが増えているという話を耳にしました, 来年度で10周年を迎えるという話を伺い) or words quoted in brackets (「…」という話を耳にして) pass nothing on.
    if (HEARD_TALK.test(w) && (/[」』]$/u.test(before) || !(CHANGE.test(sentence) || BENEFIT.test(sentence) || RUMOUR_TOPIC.test(sentence) || PEOPLE_CLAIM.test(sentence) || STAFF_PENALTY.test(sentence) || MARKET.test(sentence)))) continue
    // Blind R79A-041: a facility's opening or completion already done, passed on (お隣の市も新庁舎が完成したそうですね。おめでとうございます,
    // 新しい道の駅がオープンしたんだって): the news of a past event; the 新 of its name (新庁舎) is no future matter. A change, a decision or a
    // harm in the sentence is judged as ever (新庁舎の完成が延期になったそうです).
    // Blind HW-055: a person's own past told second-hand in a staff or guest introduction (学生時代は陸上の短距離選手だったそうです, 以前は
    // 小学校の先生をしていたそうです, 子どものころは泣き虫だったそうです): harmless hearsay about a biography, not about an undecided matter,
    // though the sentence may run on from one that calls the person new (新しい指導員…着任しました💪). A change, a decision, a harm or a
    // claim about someone in the sentence is judged as ever (前の職場を懲戒処分で辞めたそうです).
    if (/^たそう/u.test(w) && BIO_PAST.test(sentence) && !(CHANGE.test(sentence) || DECISION.test(sentence) || BENEFIT.test(sentence) || RUMOUR_TOPIC.test(sentence) || PEOPLE_CLAIM.test(sentence) || STAFF_PENALTY.test(sentence) || MARKET.test(sentence) || CAUSE_TOPIC.test(sentence))) continue
    // (The schedule's own noun is read out of the sentence first: オープンは alone is no change of the city's.)
    const schedule = /そう/u.test(w) ? OWN_SCHEDULE.exec(t.slice(own.start, end + 4)) : null
    const restOfIt = schedule ? sentence.replace(schedule[0], '') : ''
    if (schedule && !PUBLIC_THING.test(sentence) && PRIVATE_PERSON.test(own.start > 0 ? t.slice(sentenceAround(t, own.start - 1, own.start - 1).start, at) : t.slice(own.start, at)) && !(CHANGE.test(restOfIt) || BENEFIT.test(sentence) || RUMOUR_TOPIC.test(sentence) || PEOPLE_CLAIM.test(sentence) || STAFF_PENALTY.test(sentence) || MARKET.test(sentence) || CAUSE_TOPIC.test(sentence))) continue
    // Blind HY-061: a named person's own likes or pastimes (…テレビ電話が楽しみだそうです, 散歩が日課だそうです).
    if (/^[だる]そう/u.test(w) && OWN_FEELING.test(t.slice(Math.max(0, at - 16), at + 1)) && FEELING_PERSON.test(own.start > 0 ? t.slice(sentenceAround(t, own.start - 1, own.start - 1).start, at) : t.slice(own.start, at)) && !NEW_OR_LATER.test(sentence) && !(CHANGE.test(sentence) || DECISION.test(sentence) || BENEFIT.test(sentence) || RUMOUR_TOPIC.test(sentence) || PEOPLE_CLAIM.test(sentence) || STAFF_PENALTY.test(sentence) || MARKET.test(sentence) || CAUSE_TOPIC.test(sentence))) continue
    // Blind JY-039 kind (unof57): a person's own goal, dream or wish told from an interview (来年は、手話での窓口案内に挑戦するのが目標だそうです).
    if (/^だそう/u.test(w) && OWN_GOAL.test(t.slice(Math.max(own.start, at - 48), at + 1)) && !GOAL_OF_BODY.test(sentence) && !(CHANGE.test(sentence) || DECISION.test(sentence) || BENEFIT.test(sentence) || RUMOUR_TOPIC.test(sentence) || PEOPLE_CLAIM.test(sentence) || STAFF_PENALTY.test(sentence) || MARKET.test(sentence) || CAUSE_TOPIC.test(sentence))) continue
    // Blind R107A-031: a named person's profile (趣味は…だそうです, 特技は…, …出身だそうです) in an introduction.
    if (/^だそう/u.test(w) && PROFILE_TOPIC.test(t.slice(Math.max(own.start, at - 40), at + 1)) && PROFILE_PERSON.test(own.start > 0 ? t.slice(sentenceAround(t, own.start - 1, own.start - 1).start, at) : t.slice(own.start, at)) && !NEW_OR_LATER.test(sentence.replace(NEW_PERSON, '')) && !(CHANGE.test(sentence) || DECISION.test(sentence) || BENEFIT.test(sentence) || RUMOUR_TOPIC.test(sentence) || PEOPLE_CLAIM.test(sentence) || STAFF_PENALTY.test(sentence) || MARKET.test(sentence) || CAUSE_TOPIC.test(sentence))) continue
    // Blind IA-065: an existing rule explained (…持ってくる決まりなんだって).
    if (/^(?:(?:ん|の|なん|なの)(?:だ|です)って|だそう)/u.test(w) && RULE_EXPLAINED.test(t.slice(Math.max(own.start, at - 8), at))) {
      const rest = sentence.replace(/(?:決まり|きまり|ルール|規則|約束|仕組み|しくみ|マナー)(?:な)?(?:ん|の)?(?:だ|です)(?:って|そう)/gu, '')
      if (!RULE_CHANGED.test(rest) && !(CHANGE.test(rest) || DECISION.test(rest) || BENEFIT.test(rest) || RUMOUR_TOPIC.test(rest) || PEOPLE_CLAIM.test(rest) || STAFF_PENALTY.test(rest) || MARKET.test(rest) || CAUSE_TOPIC.test(rest))) continue
    }
    // Blind R108A-107: an emergency measure (ダムの放流, 避難指示, 水門) passed on second-hand, its office not named as the source.
    // (What may happen in general, …放流することがあるそうです, tells of no event.)
    const emergency = (EMERGENCY_MEASURE.test(sentence) || ALARM_EVENT.test(sentence)) && !EMERGENCY_SOURCE.test(sentence) && !/(?:こと|場合)(?:が|も)(?:ある|あり)/u.test(sentence)
    const future = FUTURE.test(sentence) && !DONE_BEFORE.test((t.slice(Math.max(0, at - 12), at) + (w.startsWith('た') ? 'た' : '')).replace(/[んの]$/u, '')) && !benignNewHeard(t, own.start, at, w, sentence)
    if (!/らしい|らしか|だって|ですって|ってさ|っちゃっ?て|話|噂|うわさ|情報|声|見方|憶測/u.test(w) && !/[るた]って$|ないって$/u.test(w) && !emergency && !(CHANGE.test(sentence) || serviceComing(sentence) || BENEFIT.test(sentence) || future || RUMOUR_TOPIC.test(sentence) || PEOPLE_CLAIM.test(sentence) || STAFF_PENALTY.test(sentence) || MARKET.test(sentence) || CAUSE_TOPIC.test(sentence) || CAUSE_PRED.test(before) || reasonHeard)) continue
    // 〜なんだって about nature, a season or a creature (いちばん元気な季節なんだって) is a fact passed on to children, not a
    // rumour; about anything the city decides or a harm it is still hearsay.
    // The plainest endings (らしい, 〜んだって, 〜るって) are judged by what they pass on too: a change or decision, a harm, a
    // claim about someone. A friendly fact (みんなで見守ってくれてるんだって) passes nothing on.
    if ((w === 'らしい' || w === 'らしか' || /って(?:さ)?$|っちゃて$/u.test(w)) && !emergency && !(CHANGE.test(sentence) || serviceComing(sentence) || BENEFIT.test(sentence) || DECISION.test(sentence) || future || RUMOUR_TOPIC.test(sentence) || CLAIM.test(sentence) || MARKET.test(sentence) || CAUSE_TOPIC.test(sentence) || CAUSE_PRED.test(before) || reasonHeard)) continue
    // A rumour said to be going round and corrected in the post (…という情報が出回っていますが、…予定はありません).
    if (CIRCULATING.test(sentence) && CORRECTED.test(t)) continue
    // Blind HC-045: a rumour quoted as an example of what not to forward (「…来るらしい」といった…情報を転送するのはやめましょう): a mention.
    if (hearsayShownAsExample(t, at, end)) {
      const from = /^(?:って|という|との|と)/u.test(w) ? at : wordStart(t, at)
      put(e, 'unofficial/rumour', from, end, { plain: withoutHearsay(t.slice(from, end)) }, true)
      continue
    }
    // A resident's question quoted and answered (「…有料になるらしい」というお問い合わせ…そのような予定はありません).
    if ((ASKED.test(t.slice(end, end + 16)) && ANSWERED.test(t.slice(end))) || askedAndAnswered(t, at)) continue
    if (/(?:だ|です)って$/u.test(w) && NATURE_TALK.test(sentence) && !(CHANGE.test(sentence) || DECISION.test(sentence) || RUMOUR_TOPIC.test(sentence))) continue
    // Blind LE-002 kind: what makes a thing good, explained second-hand from those who make it (甘さの秘訣は寒い夜と日中の日差しなんだって, おいしさ
    // の秘密は水にあるんだって, 人気の決め手はこのタレなんだって): how a product is, no matter to act on. Read on the ending's own clause (a line
    // run on past an emoji is another sentence: めっちゃ甘くてヤバい😳 is no claim about the secret); a change, a decision, a harm or a claim
    // about someone in it is judged as ever (閉店の理由は…なんだって has no quality named).
    if (/(?:だ|です)って$/u.test(w)) {
      const told = clauseBefore(t, at)
      const spoken = told.slice(told.search(/[\u{1F300}-\u{1FAFF}\u2600-\u27BF][^\u{1F300}-\u{1FAFF}\u2600-\u27BF]*$/u) + 1)
      if (QUALITY_EXPLAINED.test(spoken) && !(CHANGE.test(spoken) || DECISION.test(spoken) || BENEFIT.test(spoken) || RUMOUR_TOPIC.test(spoken) || PEOPLE_CLAIM.test(spoken) || CLAIM.test(spoken) || MARKET.test(spoken) || CAUSE_TOPIC.test(spoken))) continue
    }
    // Blind HF-080: a change already made, told with the published schedule it came in (新しいダイヤで、三橋線の最終便が19:40になったんだって！,
    // 4月からの新しい料金表で…安くなったんだって): a mascot's voice passing on what the city announced, not a rumour. A change still to come
    // (…廃止になるんだって, 来年の新しいダイヤで…) is one.
    if (/^(?:ん|の)(?:だ|です)って$/u.test(w) && /[ただ]$/u.test(before) && ANNOUNCED_IN.test(sentence) && !/来年|来月|来春|次の|今度|予定|かも|らしい|みたい|噂|うわさ/u.test(sentence)) continue
    if (reasonOfToldChange(t, at, w)) continue
    if (designatedPeriodTold(t, at, w)) continue
    const status = w === 'らしい' || w === 'らしか' || w === 'みたい' ? STATUS_NOUN.exec(before) : null
    const from = /^(?:って|という|との|と|なんて)/u.test(w) ? at : status ? at - status[0].length : wordStart(t, at)
    // Blind KH-046 kind: a resident's question quoted, its answer left to another paragraph: judged in post.
    const sink = asked && (ASKED.test(t.slice(end, end + 16)) || askedQuote(t, at)) ? { ...e, emit: (f: DraftFinding) => void asked.push(f) } : e
    put(sink, 'unofficial/rumour', from, end, { plain: withoutHearsay(t.slice(from, end)) })
  }
}

/**
 * Blind R77A-024: someone's guess of a change, quoted and passed on (さっき実行委員会の人に聞いたら「たぶん中止になるっちゃないかな」って
 * 言ってました…正式な発表は朝7時です; 担当の方が「たぶん延期になると思いますよ」とおっしゃっていました; 役所の人が「来年は花火大会
 * なくなるかもね」って言いよったよ): the brackets do not make it a mention, for the post hands on the guess as news before the call is
 * made. The quotation must hold a change (中止, 延期, なくなる, 値上げ), a benefit or a penalty and a guess's word (かも, んじゃないかな,
 * っちゃないかな, たぶん, と思う, でしょう, っぽい, らしい); a remark made on a public occasion (記者会見, 議会で, 説明会), a rumour the post
 * corrects (…予定どおり開催します) and quoted feelings or wishes (「中止にならないといいね」) are not this.
 * Blind R229B-017 kind: the frame also in its joining form (…かもね」と言っていて、…さみしいです), the report running on.
 */
const QUOTED_REMARK =
  /「([^「」\n]{1,40})」(?:って|と)[、,]?[^。！？!?\n「」]{0,16}?(?:言って(?:い|おり|お)?(?:た|ました|ます|る|て)|言いよ(?:った|りました|る|ります)|言うと(?:った|る|ります|りました)|言うてた|話して(?:い|おり|お)?(?:た|ました|ます|る)|話しよ(?:った|りました|る)|話しと(?:った|る|ります|りました)|相談し(?:て(?:い|おり|お)?(?:た|ました)|よ(?:った|りました)|と(?:った|りました))|おっしゃって(?:い|おり|お)?(?:た|ました|ます|る))/gu
const GUESS_IN_QUOTE =
  /かも|(?:(?:ん|の)(?:じゃ|や|では)|っちゃ)(?:ない|なか)(?:か|ろう|と)|たぶん|多分|おそらく|恐らく|もしかしたら|もしかすると|だろう|でしょう(?!か)|やろう?(?!か)|と(?:思う|思います|おもう)|っぽい|みたい|らしい|らしか|げな|(?<=[きぎしちにびみりいえけげせてねべめれ])そう(?:だ|です|や|ばい|ね|よ|な)?$/u
const PUBLIC_OCCASION = /会見|答弁|議会で|定例会|説明会|あいさつ|挨拶|講演|式典|取材|インタビュー|報道|記者/u
/**
 * Blind R177I-031: the inside overheard weighing a change (えらい人たちが「川下りの料金、来年から上げるかどうか」って話しよった, 課長たちが
 * 「分館は廃止するか」って話しとった): a matter still open, handed on before the city has decided, as a guess is. The quotation puts the
 * change (a fee's too) as an open question; the talkers are officials (えらい人, 上の人, 課長, 幹部, 職員), named before the quotation or in
 * its frame. A resident's question quoted (お客さんが「料金、上がるかどうか」って話しよった) asks; it hands nothing of the inside on.
 */
const OPEN_QUESTION = /(?:かどうか|か否か|かいなか|か(?:せん|しない|やめる|どう)か|(?<=[るうくすつぬむぶぐいた])か(?:な|ね)?)$/u
const INSIDERS = /えらい人|偉い人|お偉いさん|お偉方|上の人|上層部|幹部|管理職|(?<![\p{Script=Han}])(?:課長|部長|係長|局長|次長|室長)|市長|職員|役所の人|市役所の人|市の人|担当の人|担当者/u
function quotedGuess(e: Emitter, t: string): void {
  for (const m of matchAllOf(QUOTED_REMARK, t, MAX_HITS)) {
    const quote = m[1]!
    // Blind R229B-017 kind: …also a quota, a number of places or a fee cut or raised (次の募集は枠を半分に減らすかもね).
    if (!(CHANGE.test(quote) || BENEFIT.test(quote) || STAFF_PENALTY.test(quote) || FEE_PROPOSED.test(quote) || AMOUNT_CHANGE.test(quote))) continue
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    if (!GUESS_IN_QUOTE.test(quote) && !(OPEN_QUESTION.test(quote) && INSIDERS.test(t.slice(s.start, m.index) + m[0].slice(quote.length + 2)))) continue
    // Said on a public occasion: the lead before the quotation and the frame after it name it.
    if (PUBLIC_OCCASION.test(t.slice(s.start, m.index)) || PUBLIC_OCCASION.test(m[0].slice(quote.length + 2))) continue
    if (CORRECTED.test(t) || RUMOUR_AWARE.test(t.slice(s.start, s.end))) continue
    put(e, 'unofficial/rumour', m.index, m.index + m[0].length, { plain: '（確かめた事実）' })
  }
}

/** The words of a plain alternation of literals, written as its source (no syntax but `|`). */
const words = (alternation: string): readonly string[] => alternation.split('|')
/**
 * Every spelling of an ASCII word that the `iu` flags match as it: each letter in either case, and ſ for s and K (U+212A) for k,
 * the only other code units whose simple case folding is an ASCII letter.
 */
function caseVariants(word: string): string[] {
  let out = ['']
  for (const c of word) {
    const forms = new Set([c.toLowerCase(), c.toUpperCase(), ...(c.toLowerCase() === 's' ? ['\u017f'] : c.toLowerCase() === 'k' ? ['\u212a'] : [])])
    out = out.flatMap((w) => [...forms].map((f) => w + f))
  }
  return out
}

/**
 * The paragraph's prerequisites, found in one Aho–Corasick pass (gate.ts) instead of one regex test each: on ordinary text most
 * detectors below cannot match, and a keystroke used to pay some forty regex executions to learn it.
 * - A word list is exact: it replaces a test of the plain alternation of these words on the paragraph (`has.x` is that test).
 * - A pattern stands for its required literals (literals.ts): without any of them the pattern cannot match the paragraph nor any
 *   slice of it (a sentence, a window), so `has.x && X.test(…)` on such text gives what `X.test(…)` gives; with one, it is still run.
 *   Not for text made by replacing (removing words can join new ones) or for the hiragana-ending view unless it is the paragraph.
 */
const NEEDS = {
  // run
  personal: words('的に|中の人|中でも|なかでも|内でも|個人|私見|私|わたし|わたくし|僕|ぼく|自分|俺|うち|正直|率直|ぶっちゃけ|本音|担当|職員|課長|係長|部長|筆者|べき|本音|としては|としても|しましては|しましても|市は考え|市も考え|市では考え|市は思って|市も思って|市は感じ|市は見て|市はみて'),
  cityToo: words('としても|としましても'),
  practice: words('やり方|やりかた|制度|仕組み|しくみ|方針|運用|進め方|集め方|決め方|使い方'),
  budgetStage: BUDGET_UNSETTLED,
  council: words('審議|議論|話し合い|議決|可決|採決|議会|成立|正式|承認|決裁|協議|検討|調整|上程|提案|提出|通って|通っと|通る前|通過|説明|諮問|答申'),
  // informal's Japanese words (its English ones, /rumou?r|heard|word|official/i, are asked only where `english` is found)
  informal: words('筋|話し|聞|伺|教え|話題|噂|うわさ|持ちきり|もちきり|とか|関係者'),
  // Part of every match of /rumou?r|heard|word|official/iu, and of /rashi|mitai/iu (the romaji endings), in any case.
  english: ['rum', 'ear', 'wor', 'ffi', 'ird', 'ext'].flatMap(caseVariants),
  romaji: ['ash', 'ita'].flatMap(caseVariants),
  political: words('開票|投票|当落|べき|ほう|方が|しろ|せよ|ほし|欲し|くれ|いい|なきゃ|ないと|反対|賛成|支持|選|政策|公約|マニフェスト|応援|支援|賛同|参加'),
  talk: words('話|うわさ|噂|評判|関わ|かかわ|関与|絡ん|関係して|ところ|聞いたら|聞きました|聞いた|聞いて|教えてもら|教えていただ|教わり|伺い|うかがい'),
  offRecord: words('雑談|立ち話|懇親会|懇談|飲み会|酒席|宴席|二次会|オフレコ|非公式|囲み'),
  privateRemark: words('」と|」って'),
  inquiry: words('調査|検査|検証|究明|捜査|鑑定|調べ|原因|詳細|真相|詳しいこと|事実関係|正式|公式|確認中'),
  certainCause: words('間違い|違いな|確実|決ま|確定|原因|せい|犯人|火元|発生源|感染源|十中八九|九分九厘|ミス|過失|不注意|手抜き|不始末|故障|不具合|不良|放火|老朽化|確認不足|管理不足'),
  causeWords: words('原因|せい|仕業|によるもの|火元|発生源|感染源|過失|落ち度'),
  inside: words('の間|内では|内で'),
  katakanaEnding: words('ラシイ|ミタイ|ッテ|ソウ'),
  direction: words('方向|案で|案が|方針で|方針が'),
  guessWords: words('ことに|ことと|確実|確定|間違い|決まり'),
  hearsayWords: words('らしい|らしー|らしｰ|らしぃ|らしか|みたい|そう|って|聞|耳|伺|話|とか|っぽい|という|との|げな|ごたる|ラシイ|ミタイ|きいた|ききました|きいちゃ|きいて'),
  reportWords: words('未確認|確認|裏|真偽|本当か|事実かどうか|情報|話|連絡|知らせ|通報|報告'),
  // leaks
  leakWords: words('固め|調整|詰め|協議|検討|まとま|固ま|素案|原案|試案|骨子案|たたき台|叩き台|方向|方針|計上|盛り込|盛りこ|反映|組み込|入れ'),
  secretWords: words('ここだけ|内緒|ないしょ|ナイショ|オフレコ|内密|他言|口外'),
  overheardWords: words('こっそり|たまたま|偶然|ちらっと|ちらりと|ひそかに|密かに|立ち聞き|盗み聞き|漏れ聞き|内緒で|ないしょで|ナイショで|内密で|秘密で|ひみつで|ヒミツで'),
  billWords: words('予算|議案|条例'),
  // unannounced
  asideWords: words('言え|いえ|申し上げ|お伝え|お話し|話せ|書け|言わ|言っちゃ|言っては|言うたら|言ったら|書いちゃ|書いては|出しちゃ|まだ|口止め|言われ|いわれ|頼まれ|念を押され|釘を刺され|くぎを刺され|止められ'),
  newsWords: words('発表|お知らせ|ニュース|報告'),
  planWords: words('話|構想|計画|案'),
  nai: words('ない'),
  nextWords: words('次の|次期|新しい|今度の|後任の|年度の|来春の|月からの'),
  postWords: words('長|リーダー|責任者|担当'),
  // patterns, by their required literals
  change: CHANGE,
  startAhead: START_AHEAD,
  expectation: words('と考えて|ものと考えて|と見込んで|ものと見込んで|と踏んで'),
  benefit: BENEFIT,
  staffPenalty: STAFF_PENALTY,
  privateInformant: PRIVATE_INFORMANT,
  commentProcess: COMMENT_PROCESS,
  decidedMeasure: DECIDED_MEASURE,
  unannounced: UNANNOUNCED,
  planForming: PLAN_FORMING,
  internalTalk: INTERNAL_TALK,
  insideProgress: INSIDE_PROGRESS,
  quotedRemark: words('」って|」と'),
  deliberating: words('の中で|のなかで|の内部で'),
  personnel: PERSONNEL,
  nextPostPublic: NEXT_POST_PUBLIC,
  corrected: CORRECTED,
  promised: PROMISED_WHEN_DECIDED,
  leakPublic: LEAK_PUBLIC,
  unverified: UNVERIFIED,
  reportConfirmed: REPORT_CONFIRMED,
  reportFrame: REPORT_FRAME,
  informantTalk: INFORMANT_TALK,
  informantTold: INFORMANT_TOLD,
  localTalk: LOCAL_TALK,
  suspectGuess: SUSPECT_GUESS,
  involvedHeard: words('関わ|かかわ|関与|絡ん|からん|一枚|関係し|関係あ|関係があ|グルにな|ぐるにな|糸を引|手引き'),
  talkOut: TALK_OUT,
  staffSign: STAFF_SIGN,
  hearsay: HEARSAY,
} satisfies Record<string, readonly string[] | RegExp>
type NeedName = keyof typeof NEEDS
type Has = Record<NeedName, boolean>
const NEED_NAMES = Object.keys(NEEDS) as NeedName[]
// Worked out on the first check (gate.ts: not when the content script loads).
const NEED_GATE = new NeedGate(() => NEED_NAMES.map((k) => { const n = NEEDS[k]; return n instanceof RegExp ? requiredLiterals(n) : n }))

/**
 * `has[k]` read from one byte per need: a class whose prototype has a getter per need name, so a paragraph's answer is one small
 * object and a byte array. (Sixty-odd properties added one by one turned the object into a dictionary: ~4 µs a paragraph.)
 */
class NeedFlags {
  constructor(readonly bits: Uint8Array) {}
}
NEED_NAMES.forEach((k, i) => Object.defineProperty(NeedFlags.prototype, k, { get(this: NeedFlags) { return this.bits[i] === 1 } }))

/** What one gate pass over the paragraph `t` finds: `has[k]` for every need. */
function needsOf(t: string): Has {
  const bits = new Uint8Array(NEED_NAMES.length)
  const tries = NEED_GATE.tries(t)
  for (let j = 0; j < tries.length; j++) bits[tries[j]!] = 1
  return new NeedFlags(bits) as unknown as Has
}

/*
 * Blind R395U kinds (W77): a measure of the city told while the writer concedes that the step deciding it is still ahead or under way.
 * - The talks inside still going on or to come, with superiors or a unit of the city as the other party (まだ上と詰めているところなので,
 *   これから財政課とやり合うところです, 今は課長と相談しているところ): INNER_TALKS_AHEAD.
 * - The budget's passing named as the condition, with the matter guessed or passed on (予算が通ればの話だけど、…になりそうって話, 予算が
 *   つけば…増えるかも): BUDGET_IF with GUESS_AFTER_BUDGET.
 * The measure must be told in the sentence or one either side: a change, a benefit, an amount, a service widened or staff added (来年度から
 * 平日は毎日開けられるかもしれません, 先生がもう一人増えるかも), a scheme being made (…補助する制度を作ろうとしています). Clean: talks
 * with no measure (日程はまだ上と調整中です), a measure announced with its budget passed, a budget's condition stated as the city's plan
 * (予算が成立すれば来年度から実施します: no guess), talks of residents or a shop's own.
 */
const INNER_TALKS_AHEAD =
  /(?:まだ|これから|今から|いまから|今まさに|目下)[、,]?[^。！？!?\n]{0,8}?(?<![\p{Script=Han}\p{Script=Katakana}])(?:上(?:の(?:ほう|方|人(?:たち|達)?))?|上司|上層部|幹部|執行部|課長|部長|局長|市長|副市長|財政(?:課|部|当局|担当)?|人事(?:課|担当)?|企画(?:課|部)|関係課|庁内)(?:と|側と)(?:は|も)?[、,]?(?:(?:話|相談|協議|調整|交渉|折衝)(?:を)?[、,]?)?(?:詰め|つめ|やり合|やりあ|やりとり|調整|協議|相談|交渉|折衝|掛け合|かけあ|話し合|はなしあ|すり合わせ|擦り合わせ|相談し)/u
const BUDGET_IF = /予算(?:が|も|さえ)?[、,]?(?:通れ|とおれ|通っ(?:たら|てから)|つけ|付け|つい(?:たら)|付い(?:たら)|認められれ|確保でき(?:れ|たら))(?:ば)?(?:の(?:話|はなし))?/u
const GUESS_AFTER_BUDGET = /かも|なりそう|(?:増え|ふえ|決まり|できる|でき)そう|らしい|らしか|みたい|って(?:話|はなし)|げな|だろう|でしょう|やろ/u
const SERVICE_WIDENED = /(?:毎日|毎週|通年|土日も|休日も|夜間も|平日は毎日)[^。！？!?\n]{0,8}?(?:開け|開く|開(?:館|所|設)|受け付け|対応)|(?:もう|あと)?(?:一人|ひとり|1人|１人|二人|ふたり|2人|２人)(?:は)?[、,]?(?:増え|ふえ|増や|ふや)|(?:人員|職員|定員|枠|講師|先生|スタッフ)(?:が|を|も)[^。！？!?\n]{0,6}?(?:増え|ふえ|増や|ふや)|増員|増枠/u
const SCHEME_MADE = /(?:制度|仕組み|しくみ|補助|助成|支援|窓口|事業|枠)(?:を|も)[、,]?(?:新たに|新しく|市独自で|独自に)?(?:作ろう|つくろう|設けよう|始めよう|はじめよう|立ち上げよう|創設しよう|作れないか|つくれないか)/u
function measureAroundStage(t: string, at: number, end: number): boolean {
  const s = sentenceAround(t, at, end)
  // (The sentence before with words in it: a lone emoji or mark between them, 増えるかも…？👀⏎, is no sentence.)
  let prev = s.start
  for (let k = 0, words = 0; k < 3 && prev > 0 && words === 0; k++) {
    const p = sentenceAround(t, prev - 1, prev - 1)
    words = t.slice(p.start, p.end).replace(/[^\p{L}\p{N}]/gu, '').length
    prev = p.start
  }
  const next = s.end < t.length ? sentenceAround(t, s.end, s.end).end : s.end
  // (The stage's own words, 課長と, 予算が通れば, are read without: the measure is what else the sentences tell.)
  const around = (t.slice(prev, at) + '、' + t.slice(end, next)).replace(/予算/gu, '')
  return DIRECTED_MEASURE.test(around) || BENEFIT.test(around) || SCOPE_WIDENED.test(around) || SERVICE_WIDENED.test(around) || SCHEME_MADE.test(around) || ((STAGE_MEASURE.test(around) || DECISION.test(around) || AIMED.test(around)) && FUTURE.test(around))
}
function stageStillAhead(e: Emitter, t: string): void {
  if (COMMENT_PROCESS.test(t) || /公表し|発表し|可決され|議決され|成立し/u.test(t)) return
  const talks = INNER_TALKS_AHEAD.exec(t)
  if (talks && measureAroundStage(t, talks.index, talks.index + talks[0].length)) {
    put(e, 'unofficial/undecided', talks.index, talks.index + talks[0].length, { noun: topicOf(t) })
    return
  }
  const budget = BUDGET_IF.exec(t)
  if (!budget) return
  // The guess closes a clause after the condition, in its sentence or the one after it (予算が通ればの話だけど、…になりそうって話).
  const s = sentenceAround(t, budget.index, budget.index + budget[0].length)
  const next = s.end < t.length ? sentenceAround(t, s.end, s.end).end : s.end
  if (GUESS_AFTER_BUDGET.test(t.slice(budget.index, next)) && measureAroundStage(t, budget.index, budget.index + budget[0].length)) put(e, 'unofficial/undecided', budget.index, budget.index + budget[0].length, { noun: topicOf(t) })
}

/**
 * Blind R397W-003 kind: a change passed on from someone's words while the post concedes the formal notice is not out (漁協の人が言いよった
 * けど…遅らせるとって。正式な通知はまだやけん; 組合長さんが…早めるって言っていました。正式な連絡はまだですが): hearsay of a measure the writer
 * says itself is unofficial. The concession names a formal notice, announcement or decision still to come; a speaker's words or a hearsay
 * ending (って, とって, らしい, げな) and a change or a shift of dates must be in the same paragraph. A notice to wait with no one's words
 * passed on (正式な決定はまだですので、決まり次第お知らせします) is not this.
 */
const FORMAL_NOTICE_NOT_OUT =
  /(?:正式|公式)(?:な|の)?(?:通知|通達|連絡|発表|お知らせ|告知|決定|文書)(?:は|が|も)[、,]?(?:まだ(?!まだ)|これから|出て(?:い|お)?(?:ない|ません|りません|なか|ん))|(?:正式|公式)には[、,]?(?:まだ|決まって(?:い|お)?(?:ない|ません|なか))/u
const WORDS_PASSED_ON =
  /(?:言|話|おっしゃ)(?:い|っ|し)(?:よん|よ|とん|と|てい|てお|て|ちょ)?(?:しゃっ|らしゃっ|られ|っ|ま)?(?:た|した)(?![人方者])|(?<=[るた]|ない)と?って(?=[。！!、,…〜~]|$)|(?:と|って)(?:聞|伺|耳に)|らしい|らしか|げな/u
const DATES_MOVED = /遅らせ|早め(?:る|ま|て)|延ば(?:す|し)|前倒し|後ろ倒し|先送り|ずらす|ずらし/u
function noticeNotOutHeard(e: Emitter, t: string): void {
  if (!FORMAL_NOTICE_NOT_OUT.test(t) || !WORDS_PASSED_ON.test(t) || LEAK_PUBLIC.test(t) || RUMOUR_AWARE.test(t)) return
  for (const m of matchAllOf(/[^。！？!?\n]{1,200}/gu, t, MAX_HITS)) {
    const sentence = m[0]
    if (FORMAL_NOTICE_NOT_OUT.test(sentence) || !WORDS_PASSED_ON.test(sentence)) continue
    if (!(CHANGE.test(sentence) || DIRECTED_MEASURE.test(sentence) || DATES_MOVED.test(sentence))) continue
    put(e, 'unofficial/rumour', m.index, m.index + sentence.length, { plain: '（確かめた事実）' })
    return
  }
}
/**
 * Blind R399Y-003 kind: an option the office in charge is weighing, told while it is talked over (…に期日前投票所を置けないか、いま担当で話し
 * 合っているところです; 窓口を土曜も開けられないか、課内で検討しているところです): a measure under the city's own discussion handed out before it is
 * decided. The option is a potential verb with ないか, the talk inside (担当, 課内, 庁内, 内部) and going on. Talk with residents or children
 * (…作れないか、子どもたちと話し合っています) and a question with no option (どうすれば…か、担当で話し合っています) are not this.
 */
const OPTION_TALKED_INSIDE =
  /(?:[えけげせぜてでねべめれ]|られ|でき)(?:ない|ん)(?:か|かと|かどうか)[、,]?(?:いま|今|現在|ただいま|目下)?[、,]?(?:担当|担当課|担当部署|担当者|係内|課内|庁内|部内|内部|職員|事務局)(?:の間|の方|のほう)?(?:で|内で)[、,]?(?:話し合|検討|協議|相談|議論)(?:って|して|を(?:して|重ねて|進めて))(?:い|お)(?:る|ます|ところ)/u
function optionTalkedInside(e: Emitter, t: string): void {
  const m = OPTION_TALKED_INSIDE.exec(t)
  if (!m || LEAK_PUBLIC.test(t) || PUBLIC_PROCESS.test(t)) return
  const s = sentenceAround(t, m.index, m.index)
  put(e, 'unofficial/rumour', s.start, m.index + m[0].length, { plain: '（確かめた事実）' })
}
/**
 * Blind R400Z-052 kind: a claim going round on social media or by word of mouth, endorsed by the writer (SNSで回ってる『…』ってやつ、試して
 * みる価値ありそう; ネットで広まってる「…」って話、本当みたいですね): unchecked information given the city's weight. The claim is quoted or
 * named (ってやつ, って話, という話) and followed in the sentence by a try or a belief; a claim warned against or corrected is not this.
 */
const CLAIM_GOING_ROUND =
  /(?:sns|ｓｎｓ|ネット|ツイッター|インスタ|ライン|line|口コミ|くちコミ|巷|ちまた)(?:上)?で[、,]?(?:回って|まわって|出回って|流れて|広まって|広がって|バズって|話題になって)(?:い|る|た|ます)[^。！？!?\n]{0,60}?(?:[」』](?:って|という|っていう)?|って|という|っていう)(?:やつ|ヤツ|話|情報|方法|の)?[、,]?[^。！？!?\n]{0,16}?(?:試して(?:み(?:る|た)|見(?:る|た))?(?:価値|べき|たい|よう|ます)|(?:本当|ほんと|ホント)(?:らしい|みたい|なんだ)|効く(?:らしい|みたい|んだ)|(?:私|わたし|僕|ぼく)も[^。！？!?\n]{0,6}?(?:始め|やって|試)|おすすめ|オススメ)/iu
function claimGoingRoundEndorsed(e: Emitter, t: string): void {
  const m = CLAIM_GOING_ROUND.exec(t)
  if (!m || RUMOUR_AWARE.test(t) || CORRECTED.test(t)) return
  put(e, 'unofficial/rumour', m.index, m.index + m[0].length, { plain: '（確かめた事実）' })
}
/**
 * Blind LR-023 kind: a self-care tip passed on in a caring voice (寝る前のスマホをやめて、お風呂に入るだけでも睡眠の質が変わるらしいよ, 朝日を
 * 浴びると目覚めがよくなるみたい): an everyday habit's effect on one's sleep, tiredness or mood, no matter the city decides and no rumour. Read on
 * the sentence less the tip: a change, a decision, a benefit, a rumour's topic (a disease, an infection) or a time to come in it is judged as ever.
 */
const SELF_CARE_EFFECT =
  /(?:だけ(?:でも|で)|と|ば|ことで|たら)[、,]?[^。！？!?\n]{0,12}?(?:睡眠|眠り|寝つき|寝付き|目覚め|疲れ|体調|肌|血行|気分|肩こり|むくみ|お通じ)(?:の質)?(?:が|も|は)[、,]?[^。！？!?\n]{0,8}?(?:変わ|かわ|良くな|よくな|深くな|楽にな|らくにな|とれ|取れ|整|ととの|改善|軽くな|すっきり)/u
function selfCareTipHeard(sentence: string): boolean {
  const m = SELF_CARE_EFFECT.exec(sentence)
  if (!m) return false
  const rest = sentence.replace(m[0], '')
  return !(CHANGE.test(rest) || DECISION.test(rest) || BENEFIT.test(rest) || RUMOUR_TOPIC.test(sentence) || FUTURE.test(rest) || PEOPLE_CLAIM.test(rest))
}
/*
 * Blind R401A/R403C, LS kinds: the inside's leaning and one's own outlook on an undecided measure, and a call's procedure dated. One block:
 * the patterns and the functions that read them.
 *
 * Blind R401A-054 kind: an opinion said to prevail at a meeting inside the office (部内会議で、…を引き上げる意見が大勢を占めました; 課内では
 * …廃止すべきだという声が多数でした; 庁内の打ち合わせで…統合する案に賛成が多く): the leaning of the inner stage told as the outcome, a change
 * the council or the city has not decided (`insideMajority`). Clean: a survey's or a public meeting's opinions (アンケートでは…という意見が
 * 多数を占めました, 説明会では), a vote of the council (賛成多数で可決), a measure the post says was decided.
 * Blind R403C-033 kind: the writer's own outlook on a change (…近いうちに市内全域へ広がるものと私は見ています, 値上げされるものとみて
 * います, …と踏んでいます) or on a service of the city spreading to the whole city (戸別収集は…全域に広がると思います): a forecast in the
 * first person of what the city has not decided (`ownOutlook`). Clean: an outlook on the weather, a crowd or an effect (回復するものと
 * 見ています) or on a grant's take-up (補助金を活用する事業者が増えるものと見ています), a spread of an illness, a plan announced (4月から
 * 市内全域で実施します).
 * Blind LS-002 kind: in a call for applications (申請, 募集, 受付 in the paragraph), the date of its own procedure told as expected (交付決定は
 * 10月下旬になる見込みです, 審査結果の通知は11月上旬の見込み, 補助金の支給は12月ごろとなる見通しです): the published schedule of the call, not
 * a benefit forecast (`callStepDated`, read by `forecasts`).
 */
const INSIDE_MEETING = /(?:庁内|役所内|課内|部内|係内|局内|内部|幹部|執行部|職員(?:の間|同士))(?:の)?(?:会議|会合|打ち合わせ|打合せ|ミーティング|検討会|勉強会|話し合い)?(?:で|では|でも|の中で|の場で)/u
const MAJORITY_HELD = /(?:意見|声|考え|案|賛成|方向)(?:が|は)[、,]?(?:大勢|多数|大半)(?:を占め|で(?:し|あ)|です|だ)|(?:意見|声|賛成)(?:が|は)[、,]?(?:多く|多か)(?:を占め|あ|出|で|[、,。])|(?:意見|声|考え)(?:が|で)[、,]?(?:ほぼ)?(?:一致|まとま)/u
function insideMajority(e: Emitter, t: string): void {
  const inside = INSIDE_MEETING.exec(t)
  if (!inside) return
  const s = sentenceAround(t, inside.index, inside.index)
  const sentence = t.slice(s.start, s.end)
  const held = MAJORITY_HELD.exec(sentence)
  if (!held || !(changeBeyondBenefit(sentence) || DIRECTED_MEASURE.test(sentence)) || DECIDED_MEASURE.test(t) || PUBLIC_PROCESS.test(sentence) || /可決|否決|議決/u.test(sentence) || quotedExample(t, inside.index)) return
  put(e, 'unofficial/undecided', inside.index, s.start + held.index + held[0].length, { noun: topicOf(sentence) })
}
const OUTLOOK_MARK = /(?:[るた]|ない)(?:もの)?と[、,]?(?:私は|わたしは|私としては|個人的には|僕は|ぼくは)?[、,]?(?:見て|みて|踏んで|ふんで|読んで|予想して|予測して|にらんで|睨んで|見込んで)(?:い|お)/gu
const SERVICE_SPREADS = /(?:収集|回収|事業|制度|サービス|取り?組み?|実証|運行|配布|配送|補助|助成|支援|巡回|教室|サロン|給食|見守り)(?:は|が|も)[、,]?[^。！？!?\n]{0,16}?(?:市内)?(?:全域|全地区|全校区|全小学校|全校|全戸|全市|市内全体|すべての地区|全ての地区|ほかの地区|他の地区|他地区)(?:へ|に|で)[、,]?(?:広が|拡が|ひろが|拡大|展開|導入|実施|拡充)/u
const SPREAD_FORETOLD = /(?:[るた]|ない)(?:と|かと)(?:思|おも)|(?:[るた]|ない)(?:でしょう|だろう|はず)|かも(?:しれ)?|見込み|見通し/u
/** A change told beyond a bare benefit word (補助金を活用する事業者が増える names a grant, it changes none). */
const CHANGE_G = new RegExp(CHANGE.source, 'gu')
const BARE_BENEFIT = /^(?:補助|給付|支給|交付|還元|商品券)$/u
function changeBeyondBenefit(sentence: string): boolean {
  if (!CHANGE.test(sentence)) return false
  for (const c of matchAllOf(CHANGE_G, sentence, MAX_HITS)) if (!BARE_BENEFIT.test(c[0])) return true
  return false
}
function ownOutlook(e: Emitter, t: string): void {
  for (const m of matchAllOf(OUTLOOK_MARK, t, MAX_HITS)) {
    const s = sentenceAround(t, m.index, m.index)
    const sentence = t.slice(s.start, m.index + 1)
    if (!(changeBeyondBenefit(sentence) || SERVICE_SPREADS.test(sentence) || DIRECTED_MEASURE.test(sentence)) || NATURAL.test(sentence) || PUBLIC_PROCESS.test(sentence) || quotedExample(t, m.index)) continue
    put(e, 'unofficial/forecast', m.index + 1, m.index + m[0].length, { topic: topicOf(sentence), marker: m[0].slice(1) })
    return
  }
  const spread = SERVICE_SPREADS.exec(t)
  if (!spread) return
  const s = sentenceAround(t, spread.index, spread.index)
  const rest = t.slice(spread.index + spread[0].length, s.end)
  const guess = SPREAD_FORETOLD.exec(rest)
  if (!guess || PUBLIC_PROCESS.test(t.slice(s.start, s.end)) || DECIDED_MEASURE.test(t) || quotedExample(t, spread.index)) return
  put(e, 'unofficial/forecast', spread.index, spread.index + spread[0].length + guess.index + guess[0].length, { topic: topicOf(t.slice(s.start, s.end)), marker: guess[0] })
}
const CALL_STEP_DATED =
  /^[\s■□●○・◆◇※]{0,2}[^。！？!?\n、,]{0,16}?(?:交付決定|交付|支給|給付|振込|振り込み|入金|支払い?|決定通知|審査結果|採否|採択結果|採択|結果)(?:の(?:通知|発表|お知らせ|時期))?(?:日)?(?:は|の時期は|時期は)[、,]?(?:[0-9０-９一二三四五六七八九十]{1,2}月(?:[0-9０-９一二三四五六七八九十]{1,2}日)?|年度末|年内|来月)(?:上旬|中旬|下旬|初旬|末|中|頃|ごろ)?(?:頃|ごろ)?(?:に|と|の)?(?:なる|なります)?(?:見込み|見込まれ|見通し)/u
const CALL_WORD = /申請|募集|公募|応募|受付|受け付|申込|申し込/u
function callStepDated(t: string, sentence: string): boolean {
  return CALL_STEP_DATED.test(sentence) && CALL_WORD.test(t)
}
/*
 * Blind R406F-031, R406F-053, LV-009, LV-047 kinds (one block):
 * - A date, a venue or a measure's start told as likely while the answer it waits on has not come (11月の集団健診は16日の日曜、三橋公民館で
 *   いけそうです！会場からの返事待ちではありますが…; 助成は、たぶん秋には始まると思います。まだ正式ではありませんが…): the writer's guess
 *   handed out as the schedule. The guess (SCHEDULE_GUESS: いけそう, 始まりそう, 始まると思います, たぶん…でしょう) names a time or a place
 *   (SCHEDULE_NAMED) in its sentence; the paragraph concedes the answer is awaited or the matter not yet formal (ANSWER_AWAITED: 返事待ち,
 *   回答がまだ, まだ正式ではない, 未確定). Not the weather or a crowd, a question, a rumour warned against, nor a quote.
 * - A scam warning whose fake contact asks for a secret or impersonates the city in the continuative (柳川市をかたり、…カード番号やパスワード
 *   の入力を求めるメールが届いたとの情報があります): the city's notice of what it was told, as SCAM_DECEIT's are (SCAM_ASKS_SECRET).
 * - ここだけの話 before what is most popular among the staff (ここだけの話…職員の中でいちばん人気の返礼品は、のり佃煮だったりします): a
 *   favourite told as a playful confidence, as TIP_ASIDE's recommendation is (FAVOURITE_ASIDE).
 */
const SCHEDULE_GUESS =
  /(?:いけ|行け|でき|やれ|決まり|きまり|なり|始まり|はじまり|開け|使え|確定し)そう(?:です|だ|や|な(?:ので|んで|ん)|かな|[！!。…〜~]|$)|(?:始まる|はじまる|スタートする|開始される|開始する|実施される|実施する|開催される|開催する|できる|なる|決まる)(?:と|かと)(?:思います|思う|思いま|思って)|(?:たぶん|多分|おそらく|恐らく)[^。！？!?\n]{0,30}?(?:でしょう|だろう|はず)/gu
const SCHEDULE_NAMED =
  /[0-9０-９一二三四五六七八九十]{1,2}(?:月|日)|[月火水木金土日]曜|上旬|中旬|下旬|(?:春|夏|秋|冬|年内|年度内|年明け|来年度|来年|来月|来週)(?:に(?:は)?|から|頃|ごろ|まで|中)|日程|日取り|会場|公民館|体育館|ホール|開催|開始|始ま|はじま|スタート/u
const ANSWER_AWAITED =
  /(?:返事|返答|回答|お返事|ご返答|ご回答|許可|承認|決裁|OK|オーケー|ゴーサイン|正式決定)(?:の)?待ち|(?:返事|返答|回答|お返事|ご回答|ご返答|許可|承認)(?:が|は)[、,]?(?:まだ|来て(?:い)?な|きて(?:い)?な|届いて(?:い)?な|出て(?:い)?な)|まだ(?:正式|公式)(?:じゃ|では|に(?:決まっ|決定し|発表し)て(?:い|お)?)(?:ない|なか|ありません|ません)|正式(?:決定|発表)(?:前|はまだ|じゃない|ではない)|(?:確定|本決まり)(?:では|じゃ)(?:ない|なく|ありません)|未確定/u
function scheduleAwaited(e: Emitter, t: string): void {
  if (!ANSWER_AWAITED.test(t)) return
  for (const m of matchAllOf(SCHEDULE_GUESS, t, MAX_HITS)) {
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    const sentence = t.slice(s.start, s.end)
    if (!SCHEDULE_NAMED.test(t.slice(s.start, m.index + m[0].length)) || /[？?]|(?:でしょう|ます)か/u.test(sentence)) continue
    if ((NATURAL.test(sentence) && !CHANGE.test(sentence)) || RUMOUR_AWARE.test(sentence) || quotedExample(t, m.index)) continue
    put(e, 'unofficial/unannounced', s.start + (sentence.length - sentence.trimStart().length), m.index + m[0].length)
    return
  }
}
const SCAM_ASKS_SECRET =
  /(?<=を)(?:かたり|騙り)(?=[、,])|(?:カード番号|口座番号|暗証番号|パスワード|個人情報|認証コード)[^。！？!?\n]{0,12}?を(?:求め|要求|促|聞き出|入力させ)/u
const FAVOURITE_ASIDE =
  /^[、,…\s]{0,3}[^。！？!?\n]{0,24}?(?:(?:いちばん|一番|1番|ナンバーワン)(?:の)?人気|人気(?:ナンバーワン|No\.?1|1位|一位)|隠れ(?:た)?人気|イチ推し|一推し|いち推し)/u

function insideAndOutlook(e: Emitter, t: string): void {
  if (/大勢|多数|大半|多く|多か|一致|まとま/u.test(t)) insideMajority(e, t)
  if (/見て|みて|踏んで|ふんで|読んで|予想して|予測して|にらんで|睨んで|見込んで|全域|全地区|全校|全戸|全市|全体|地区/u.test(t)) ownOutlook(e, t)
}
function unofficialTalkPassedOn(e: Emitter, t: string): void {
  if (/正式|公式/u.test(t)) noticeNotOutHeard(e, t)
  if (/ないか|んか/u.test(t)) optionTalkedInside(e, t)
  if (/回|まわ|流れ|広ま|広が|バズ|話題/u.test(t)) claimGoingRoundEndorsed(e, t)
}

/**
 * Blind R414P-059, R415Q-034 kinds (unoff82): 見込み closing a dated step of the city's own project or procedure in a formal notice
 * (新庁舎は令和7年3月に完成する見込みであり、…開始する予定です; 出店者の募集は7月1日から開始する見込みです。詳細は広報でお知らせします):
 * the schedule the city publishes for what it runs, not a guess about an undecided matter. The clause before 見込み names a month (and day)
 * and a step (完成, 完了, 開始, 開催, 開館, オープン, 着工); the post reads as the city's notice (予定です, お知らせ, 既にお知らせしている
 * とおり, 問合せ). A change the city decides (有料化, 廃止, 移転, 統合) in the clause, a start a year ahead with no date (来年度から開始する
 * 見込み), a hedge, hearsay, a condition, or the council or the budget still to decide (審議, 予算案, 可決されれば) keeps it a forecast;
 * the measure is read in the whole sentence before 見込み (統合後の新校舎は、…開校する見込み).
 */
const OWN_STEP_DATED =
  /(?:(?:令和|平成)(?:[0-9０-９一二三四五六七八九十]{1,2}|元)年(?:度)?|[0-9０-９]{4}年(?:度)?|同年|翌年)?[0-9０-９一二三四五六七八九十]{1,2}月(?:[0-9０-９一二三四五六七八九十]{1,2}日)?(?:[（(][月火水木金土日](?:・祝)?[）)])?(?:上旬|中旬|下旬|初旬|末)?(?:頃|ごろ)?(?:に|から|まで(?:に)?|中に|には)?[、,]?(?:(?:募集|受付|受け付け|申込み?|申し込み|業務|工事|供用|運用|利用|販売|配布|交付)(?:を|の)?)?(?:完成|完了|竣工|開始|開催|開館|開所|開園|オープン|着工|スタート|受付開始|募集開始)(?:する|される|となる|の)$/u
const OWN_NOTICE = /予定(?:です|しています|しております|であり)|(?:既に|すでに)[、,]?お知らせ|お知らせ(?:している|した)(?:とおり|通り)|【(?:お知らせ|ご案内|告知)】|(?:決まり|確定し)?(?:次第|しだい)[、,]?[^。！？!?\n]{0,16}?お知らせ|広報[^。！？!?\n]{0,12}?(?:お知らせ|掲載|ご案内)|問(?:い)?合(?:わ)?せ(?:先)?[:：]/u
const OWN_STEP_DOUBT = /おそらく|恐らく|たぶん|多分|らしい|らしく|みたい|聞い|聞き|噂|うわさ|かも|はず|思い|思う|れば|たら|なら|次第では|審議|予算案|議会|未定|調整中|検討中|ここだけ|内緒|非公表|正式に(?:は)?まだ|まだ正式/u
function ownScheduleNotice(t: string, at: number, sentence: string): boolean {
  const s0 = sentenceAround(t, at, at).start
  const clause = t.slice(s0, at).replace(/^[^]*[、,](?=[^、,]*[0-9０-９一二三四五六七八九十]{1,2}月)/u, '')
  if (!(OWN_STEP_DATED.test(clause) || OWN_STEP_TOPIC_DATED.test(clause)) || !OWN_NOTICE.test(t) || OWN_STEP_DOUBT.test(sentence)) return false
  const lead = t.slice(s0, at)
  if (DIRECTED_MEASURE.test(lead) || VENUE_MOVED.test(lead) || STAFF_PENALTY.test(lead) || BENEFIT.test(lead) || /統合|統廃合|新設|廃止|移転|再編/u.test(lead) || PRIVATE_INFORMANT.test(sentence)) return false
  return true
}
/*
 * Blind wave 82 kinds (unoff82, one block):
 * - Blind R413N-005 kind: the council's vote on a petition or a bill foretold as its outcome (各会派の様子からすると、陳情は賛成多数で採択
 *   されるでしょう; 意見書は全会一致で可決される見通しです; 請願は不採択となると思われます): the council has still to vote, and the guess
 *   hands its outcome out as settled. The manner of the vote (全会一致で, 賛成多数で) or a petition's noun (請願, 陳情, 意見書, 決議案), a
 *   verb of the outcome (採択, 可決, 否決) in the future, and a guess or an estimate. A vote reported (採択されました), a condition
 *   (採択されれば), a question (採択されるでしょうか) or the date of the vote (採決は最終日の予定です) stay clean.
 * - Blind R415Q-004 kind: an incident or a harm (失踪, 空き巣, 盗難, 詐欺の被害) said to be happening, passed on as heard (…が続いているらしく,
 *   …被害が出ていると聞きました, …があったそうです) in the city's voice: an unconfirmed report handed out as the ground of a warning. An
 *   incident told by its official source (警察によると, 警察署から連絡), a rumour warned against (うわさに惑わされないで) or an incident the city
 *   states (市内で盗難が増えています) stays clean.
 * - Blind R415Q-028 kind: an opinion (…べきだ, …は当然だ, …はおかしい) declared the city's own view with というのが市の考え (…立場, 見解,
 *   スタンス): the writer's opinion handed out as the city's. A voice or a request reported (…べきだ、というご意見をいただきました, …という
 *   のが多くの市民の声です) and a policy stated as decided (…を目指す、というのが市の方針です: no opinion's ending) stay clean.
 */
const VOTE_OUTCOME_GUESSED =
  /(?:(?:全会一致|全員一致|満場一致|賛成多数|反対多数|賛成少数)で[、,]?|(?:請願|陳情|意見書|決議案|発議)[」』]?(?:は|も|が)?[、,]?[^。！？!?\n]{0,40}?)(?:採択|不採択|可決|否決|承認|不承認)(?:され(?:る|ます)|に(?:なる|なります)|と(?:なる|なります))(?:(?:もの|こと)(?:に|と)(?:なる)?)?(?:でしょう(?!か)|だろう(?!か)|はず|(?:と|かと)(?:思います|思う|思われます|思っています|予想|見込んで|見てい|みてい|考えて)|見込み|見通し|公算|可能性が(?:高|大き))/gu
function voteOutcomeGuessed(e: Emitter, t: string): void {
  for (const m of matchAllOf(VOTE_OUTCOME_GUESSED, t, MAX_HITS)) {
    const sentence = sentenceOf(t, m.index, m.index + m[0].length)
    if (RUMOUR_AWARE.test(sentence) || /(?:採択|可決|否決|承認)され(?:まし)?た|れば|たら|なら/u.test(sentence)) continue
    if (quotedExample(t, m.index) || quotedVoice(t, m.index)) continue
    const verb = /(?:不?採択|可決|否決|不?承認)/u.exec(m[0])!
    const marker = /(?:でしょう|だろう|はず|思います|思う|思われます|思っています|予想|見込んで|見てい|みてい|考えて|見込み|見通し|公算|可能性が(?:高|大き))$/u.exec(m[0])?.[0] ?? m[0]
    put(e, 'unofficial/forecast', m.index + verb.index, m.index + m[0].length, { topic: '議会の議決', marker })
  }
}
const INCIDENT_HEARD =
  /(?:失踪|行方不明|空き巣|空巣|盗難|窃盗|泥棒|どろぼう|ひったくり|車上荒らし|強盗|放火|不審火|詐欺|押し売り|不法投棄|つきまとい|痴漢|被害)(?:の被害|被害|事件|事案)?(?:が|も)[、,]?[^。！？!?\n]{0,16}?(?:続い|相次い|多発し|発生し|起き|起こっ|あっ|出て|出た|増え|広が|はやっ|流行っ|横行し)(?:[てで](?:いる|いた|る)|た|だ|る)?(?:らしく(?=[、,])|らしい|みたい(?:です|だ|で)|そう(?:です|だ|で(?=[、,]))|(?:と|って)(?:聞きました|聞いています|聞いております|聞いた|耳にしました|伺いました|聞いとります))/gu
function incidentHeard(e: Emitter, t: string): void {
  for (const m of matchAllOf(INCIDENT_HEARD, t, MAX_HITS)) {
    const sentence = sentenceOf(t, m.index, m.index + m[0].length)
    if (OFFICIAL_SOURCE.test(sentence) || namedSourceVouches(sentence) || RUMOUR_AWARE.test(t) || /警察|交番|駐在所|県警|消費生活センター/u.test(sentence)) continue
    if (quotedExample(t, m.index) || quotedVoice(t, m.index) || /[」』]$/u.test(t.slice(Math.max(0, m.index - 1), m.index))) continue
    const ending = /(?:らしく|らしい|みたい(?:です|だ|で)|そう(?:です|だ|で)|(?:と|って)(?:聞きました|聞いています|聞いております|聞いた|耳にしました|伺いました|聞いとります))$/u.exec(m[0])!
    const end = m.index + m[0].length
    const from = end - ending[0].length - (/^(?:と|って)/u.test(ending[0]) ? 0 : 2)
    put(e, 'unofficial/rumour', from, end, { plain: withoutHearsay(t.slice(from, end)) })
  }
}
const OPINION_AS_CITY_VIEW =
  /(?:べき(?:だ|です|である)?|べきでない|べきではない|(?:は|が)?当然(?:だ|です|である)?|当たり前(?:だ|です)?|おかしい|許されない|許せない|反対(?:だ|です)|賛成(?:だ|です))[」』]?[、,]?(?:という|と言う|っていう)の(?:が|は)[、,]?(?:\p{Script=Han}{0,4}?市|当市|本市|市役所|市として|私たち市|柳川市役所|行政)(?:の|として)?(?:考え|立場|見解|スタンス|意見|総意|思い|本音|本心|結論)(?:です|でございます|だ|であり|であります|なんです|。|$)/gu
function opinionAsCityView(e: Emitter, t: string): void {
  for (const m of matchAllOf(OPINION_AS_CITY_VIEW, t, MAX_HITS)) {
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    if (quotedExample(t, m.index) || /(?:ご意見|お声|ご要望|ご質問|お問い合わせ|かどうか|のか|でしょうか)/u.test(t.slice(m.index, s.end))) continue
    put(e, 'unofficial/personal-view', s.start, m.index + m[0].length, { opinion: t.slice(s.start, m.index + m[0].length).replace(/[。！!]$/u, '') })
  }
}
function unoff82(e: Emitter, t: string): void {
  if (/採択|可決|否決|承認/u.test(t)) voteOutcomeGuessed(e, t)
  if (/らし|みたい|そう|聞|耳|伺/u.test(t)) incidentHeard(e, t)
  if (/というの|っていうの|と言うの/u.test(t)) opinionAsCityView(e, t)
}
/*
 * Blind wave 83 kinds (unoff83, one block):
 * - Blind R418T-013 kind: one's own view, marked as such (正直、…と思ってます; 個人的には; 私見ですが), then the city's course said to change on
 *   that ground in the next sentence (なので柳川市としても、これからは…をやめて…一本でPRしていきます; ですから本市としても、来年からは…に切り
 *   替えていきます): one staff member's view made the reason of a course the city has not decided. The link is a connective of reason opening
 *   the sentence (なので, だから, ですから, そこで, やけん) or the city said to join in (市としても, 当市でも).
 * - Blind R419U-026 kind: the writer's own idea, labelled as theirs (担当の私の考えですが; 僕の考えでは; 担当者個人の思いですが), then in the
 *   same sentence, through a reason (…大変なので), the city's course stated as its policy (柳川市としては今後は…を縮小して、…一本に絞っていく
 *   方針です): an idea given as the city's policy. Generalises ownConclusionShared and opinionAsCityView (wave 81/82) from a stand shared or a
 *   view declared to a course of action the view is said to set.
 *   In both, the course must be a change (やめ, 縮小, 拡大, 絞, 一本, 切り替え, 見直し, 重点, 転換, 減らす, 増やす …) committed to (方針です,
 *   …ていきます, …します, ことにしました). Clean: the city's course told with no reason in the view and not joined to it (個人的には…大好き
 *   です。柳川市では、これからも…PRしていきます), an ongoing effort (引き続き, 今後も, これからも, 継続), a view disowned (私の考えではなく), a
 *   feeling set against a policy by が (個人的には寂しいですが、市としては…縮小していく方針です), a course still weighed (検討していきます), a
 *   view quoted as a resident's.
 * - Blind R418T-060 kind: a review or selection still pending (審査はまだですが, 選考中, 結果発表はまだ: SELECTION_PENDING), then its outcome
 *   asserted (…なら間違いなく通ります, 確実に採択されます, 絶対に選ばれます, 100％入賞します, 通るはずです): the result handed out before the
 *   body decides (SELECTION_ASSURED, read in selectionForetold). Clean: a grant's rule stated (要件を満たしていれば必ず採択されます), a prize for
 *   every entrant (全員に必ず参加賞が当たります), a result promised to be told (結果は必ずお知らせします), a doubt (必ず当たるとは限りません), a
 *   question.
 */
const SURELY = /間違いなく|まちがいなく|確実に|絶対|必ず|かならず|100[%％]|百パーセント/u
const PASS_PLAIN_FORM = '(?:(?<!に)通る|とおる|受かる|(?<!に)当たる|下りる|採択される|選ばれる|認められる|採用される|合格する|当選する|入賞する|受賞する|落札する)'
const SELECTION_ASSURED = new RegExp(
  `(?:間違いなく|まちがいなく|確実に|絶対(?:に)?|必ず|かならず|100[%％]|百パーセント)[、,]?[^。！？!?\\n]{0,10}?(?:(?:(?<!に)通り|とおり|受かり|(?<!に)当たり|下り|採択され|選ばれ|認められ|採用され|合格し|当選し|入賞し|受賞し|落札し)ます(?!か)|${PASS_PLAIN_FORM}(?:(?:よ|ね|って)?(?=[。！!…〜~♪\\s]|\\p{Extended_Pictographic}|$)|でしょう(?!か)|だろう(?!か)|はず|と(?:思|おも)))|${PASS_PLAIN_FORM}(?:(?:の|こと)(?:は|が)[、,]?(?:もう|まず|ほぼ)?(?:確実|間違いな|まちがいな)|に(?:決まって|違いな)|はず(?:です|だ|や)?(?=[。！!よね]|$))`,
  'gu',
)
/** A grant's requirement met, a prize for every entrant, a question, a result to be told: the assurance is the rule, not the outcome. */
const ASSURANCE_GIVEN = /(?:要件|条件|基準|資格)(?:を|に)[、,]?[^。！？!?\n]{0,6}?(?:満た|合|該当|当てはま)|不備(?:が|も)?(?:なけれ|ない限り)|全員|もれなく|漏れなく|参加賞|どなたでも|[?？]|か(?:な|ね)?[。！!]?$/u

/** The writer's idea labelled as theirs, beyond OWN_VIEW (僕の考えでは, 担当者個人の思いですが, 自分の意見ですけど). */
const OWN_LABEL_G =
  /(?:私|わたし|わたくし|僕|ぼく|自分|担当者?|職員|中の人|筆者)(?:個人|自身)?の(?:考え|意見|見解|私見|思い|持論|感想|本音|好み)(?:です(?:が|けど|けれど)|だ(?:が|けど)|や(?:けど|けん)|では|としては|を言えば)/gu
/** The city as the subject of a course (柳川市としては, 本市としても, 当市でも, 市も). */
const COURSE_CITY = /(?:柳川市|本市|当市|市役所|(?<![\p{Script=Han}\p{Script=Katakana}])市|当課|担当課|(?<![\p{Script=Han}])役所|行政)(?:として|といたしまして|としまして)?(?:は|も|では|でも)[、,]?/u
/** …its course committed to (方針です, …ていきます, …でいきます, …します, ことにしました), within the sentence. */
const COURSE_COMMITTED =
  /^[^。！？!?\n]{0,60}?(?:(?:方針|方向性?|つもり|予定|計画)(?:です|でございます|だ|である|であります|となっています|となりました)|(?:て|で)(?:いき|まいり|参り)(?:ます|たい)|(?:し|いたし)ます(?=[。！!♪〜~\s]|\p{Extended_Pictographic}|$)|ことに(?:しました|します|なりました|決めました))/u
/** …and a change of course in it. */
const COURSE_CHANGE = /やめ|止めて|廃止|縮小|拡大|拡充|絞|一本|切り替|切替|見直|重点|集中|転換|減ら|削減|増や|打ち切|なくし|なくす|移行|シフト|特化|力を入れ|中心に|倍に/u
/** …an ongoing effort or a course still weighed is no new course. */
const COURSE_ONGOING = /引き続き|今後も|これからも|従来どおり|従来通り|これまでどおり|これまで通り|継続|検討|議論|相談|かどうか|[?？]/u
/** A connective of reason opening the city's sentence, or a reason closing the view (…ので、市としては). */
const REASON_LINK = /^[\s　]*(?:なので|だから|ですから|そこで|そのため|よって|したがって|というわけで|ということで|それで|やけん|だけん|じゃけん)|(?:ので|んで|(?:だ|です|ます|る|た|い)から|(?:の|る|た)ため)[、,]?[\s　]*$/u
function ownViewSetsCourse(e: Emitter, t: string): void {
  const marks = [...matchAllOf(OWN_VIEW_G, t, MAX_HITS), ...matchAllOf(OWN_LABEL_G, t, MAX_HITS)]
  for (const m of marks) {
    const end = m.index + m[0].length
    if (/^(?:な(?:く|い)|ありません|ございません|じゃ)/u.test(t.slice(end, end + 5))) continue
    if (quotedVoice(t, m.index) || t.lastIndexOf('「', m.index) > t.lastIndexOf('」', m.index)) continue
    const s = sentenceAround(t, m.index, end)
    const next = s.end < t.length && !t.slice(s.end - 1, s.end + 1).includes('\n') ? sentenceAround(t, s.end, s.end) : s
    const city = COURSE_CITY.exec(t.slice(end, next.end))
    if (!city) continue
    const at = end + city.index
    const between = t.slice(end, at)
    // (A bare 正直、 or ぶっちゃけ marks a view only with one said: と思う, べき, …のほうがいい.)
    if (/^(?:正直|率直|ぶっちゃけ|本音|思|感じ|考え)/u.test(m[0]) && !/と(?:思|おも|考え|感じ)|べき|(?:ほう|方)が(?:いい|よい|良い)/u.test(between)) continue
    const sameSentence = at < s.end
    const cityLine = sameSentence ? between.slice(Math.max(0, between.length - 20)) : t.slice(s.end, at)
    if (!REASON_LINK.test(cityLine) && !/(?:も|でも)[、,]?$/u.test(city[0])) continue
    const from = at + city[0].length
    const course = COURSE_COMMITTED.exec(t.slice(from))
    if (!course || !COURSE_CHANGE.test(course[0]) || COURSE_ONGOING.test(course[0])) continue
    put(e, 'unofficial/personal-view', at, from + course[0].length, { opinion: t.slice(m.index, sameSentence ? at : s.end).trim().replace(/[、,。！!]$/u, '') })
    return
  }
}
function unoff83(e: Emitter, t: string): void {
  if (e.has.personal && /市|役所|行政|当課|担当課/u.test(t) && COURSE_CHANGE.test(t)) ownViewSetsCourse(e, t)
}

export const unofficial: RuleFamily<UnofficialFacts> = {
  id: 'unofficial',
  meta,
  run({ doc, emit }) {
    const t = doc.squeezed.text
    const has = needsOf(t)
    const e: Emitter = { doc, emit, spans: [], has }
    personnelLeak(e, t)
    const facts: UnofficialFacts = { comment: (has.commentProcess && COMMENT_PROCESS.test(t)) || draftInOpenSession(t), drafts: [], decided: has.decidedMeasure && DECIDED_MEASURE.test(t), effects: [], worksPending: false, worksDated: [], asked: [], answers: ANSWERED.test(t) || CORRECTED.test(t) || ANSWERED_POST.test(t) }
    for (const h of doc.hits('rumour')) {
      // こわい噂ばなし, 噂話の会: tales told at an event, not a rumour passed on.
      if (/^(?:ばなし|話の会|噺|話会)/u.test(t.slice(h.end, h.end + 3)) && /^(?:噂|うわさ|ウワサ)$/u.test(t.slice(h.start, h.end)) && /「[^」\n]{0,20}$/u.test(t.slice(Math.max(0, h.start - 20), h.start))) continue
      // うわさの新スイーツ: "much talked about", a shop's praise, not a rumour.
      if (/^の(?:新|スイーツ|グルメ|お?店|カフェ|スポット|メニュー|名物|絶景|逸品|人気|話題)/u.test(t.slice(h.end, h.end + 5)) && /^(?:噂|うわさ|ウワサ)$/u.test(t.slice(h.start, h.end))) continue
      // Blind R60A-109: 噂の before the name of a thing (噂のうなぎパン、ついに食べてきた): "much talked about", praise, while the
      // sentence tells no change, no matter the city decides, no rumour's topic and no hearsay.
      if (/^(?:噂|うわさ|ウワサ)$/u.test(t.slice(h.start, h.end)) && (TALKED_ABOUT.test(t.slice(h.end, h.end + 16)) || buzzOfThing(t.slice(h.end, h.end + 24)))) {
        const said = sentenceOf(t, h.start, h.end)
        if (!CHANGE.test(said) && !DECISION.test(said) && !BENEFIT.test(said) && !RUMOUR_TOPIC.test(said) && !/らしい|みたい|そうです|そうだ|んだって|だってさ|げな|って話|と聞|聞いた/u.test(said)) continue
        // Blind R163A-059: …with hearsay of how popular the thing is (うわさの「かぼちゃプリン」…すぐ売り切れちゃうんだって, 毎朝行列ができる
        // らしい): the buzz itself passed on, a friendly fact; the hearsay must close that popularity, and nothing a rumour tells is in it.
        if (!CHANGE.test(said) && !DECISION.test(said) && !BENEFIT.test(said) && !RUMOUR_TOPIC.test(said) && !PEOPLE_CLAIM.test(said) && POPULARITY_HEARD.test(said)) continue
      }
      // Blind R173I-067: a legend's or a ghost story's rumour (「河童が出る」という噂が残る掘割をめぐる怪談ナイト, 幽霊が出るとうわさの古井戸,
      // 妖怪のうわさが伝わる橋): folklore told, no news passed on, while the sentence tells no change, no matter the city decides, no
      // rumour's topic, no claim about someone and no hearsay.
      if (/^(?:噂|うわさ|ウワサ)$/u.test(t.slice(h.start, h.end))) {
        const said = sentenceOf(t, h.start, h.end)
        if (FOLKLORE.test(said) && !CHANGE.test(said) && !DECISION.test(said) && !BENEFIT.test(said) && !RUMOUR_TOPIC.test(said) && !PEOPLE_CLAIM.test(said) && !/らしい|らしか|みたい|そうです|そうだ|んだって|だってさ|げな|って話|と聞|聞いた/u.test(said)) continue
      }
      // Blind GW-133: a quiz whose answer is held back (ほりわりんの好きな食べものは…まだ内緒だよ🤫 ヒントは「有明海」！ 答えは金曜日に発表する
      // ね): a hint or the answer's reveal follows in the paragraph; a game, no undisclosed matter, unless a change or a policy is in it.
      if (/^(?:内緒|ないしょ|ナイショ|秘密|ひみつ|ヒミツ)$/u.test(t.slice(h.start, h.end)) && QUIZ_REVEAL.test(t.slice(h.end, h.end + 80))) {
        const window = t.slice(Math.max(0, h.start - 60), h.end + 80)
        if (!CHANGE.test(window) && !DECISION.test(window) && !BENEFIT.test(window) && !RUMOUR_TOPIC.test(window) && !ASIDE_CARRIES.test(window)) continue
      }
      // 家族にも内緒にしてしまう子ども, 誰にも内緒で抱え込む: someone described hiding a thing from others, not the post's aside.
      if (/^(?:内緒|内密|秘密)$/u.test(t.slice(h.start, h.end)) && /(?:誰|家族|親|両親|先生|友達|友人|周り|周囲|学校|会社|職場|上司|夫|妻|子ども|子供)(?:に|には)(?:も)?$/u.test(t.slice(Math.max(0, h.start - 6), h.start))) continue
      // 「…」という噂は本当です: a saying the city confirms itself, not a rumour passed on.
      if (/^(?:噂|うわさ|ウワサ)$/u.test(t.slice(h.start, h.end)) && /」(?:という|との|って)$/u.test(t.slice(Math.max(0, h.start - 4), h.start)) && /^(?:は|も)(?:本当|ほんと|事実|まこと|真実)(?:です|でした|なんです|だった|！|!)/u.test(t.slice(h.end, h.end + 10))) continue
      // ここだけの話にせず, 内緒ではなく: the aside refused.
      // Blind JE-073 kind: the aside taken back at once (ここだけの話…ってほどでもないけど, 内緒ってわけじゃないけど): a chatty lead-in to a
      // tip, no secret; unless what follows in the sentence tells a change, a benefit, a decision, a rumour's topic or hearsay.
      if (ASIDE_DISOWNED.test(t.slice(h.end, h.end + 16)) && /^(?:ここだけの話|内緒|ないしょ|ナイショ|秘密|ひみつ|ヒミツ|オフレコ)$/u.test(t.slice(h.start, h.end))) {
        const said = sentenceOf(t, h.start, h.end)
        if (!CHANGE.test(said) && !BENEFIT.test(said) && !DECISION.test(said) && !RUMOUR_TOPIC.test(said) && !ASIDE_CARRIES.test(said.replace(/みたい(?=[なにで])/gu, '')) && !PEOPLE_CLAIM.test(said) && !STAFF_PENALTY.test(said)) continue
      }
      if (/^(?:に(?:せず|しない|はせず|はしない)|では(?:なく|ありません)|じゃなく)/u.test(t.slice(h.end, h.end + 6))) continue
      if (/^(?:噂|うわさ|ウワサ)$/u.test(t.slice(h.start, h.end)) && rumourSpreadRefused(t, h.end)) continue
      // 「医療のうわさ、本当？」, うわさの真相: a column that checks rumours, not one passed on.
      if (/^[、,\s]?(?:って|は)?(?:本当|ほんと|ホント|本当に|の真相|を検証|をチェック|ウソ|うそ|嘘)(?:[？?]|か|なの|です|を)/u.test(t.slice(h.end, h.end + 10))) continue
      // Blind KC-016 kind: a rumour as the thing a course or column checks (ネットの噂、その真相は？, 噂の真偽を見極める, 噂を検証する, 噂と
      // 事実の見分け方): the rumour is the topic, none is passed on (unless one is told: 閉まるという噂、その真相は…).
      if (/^(?:[、,\s]?その|の|を|と|や)?(?:真相|真偽|本当かどうか|本当か嘘か|事実(?:の)?見分け|事実かどうか)(?:方|は|を|に|の|[？?]|、)|^(?:の|を)?(?:検証|見極め|見分け|確かめ方|見抜き|ファクトチェック)/u.test(t.slice(h.end, h.end + 14)) && /^(?:噂|うわさ|ウワサ)$/u.test(t.slice(h.start, h.end)) && !/(?:という|との|って|」)$/u.test(t.slice(Math.max(0, h.start - 3), h.start))) continue
      // ここだけの話…実はぼく、…が大好物: a mascot's or a writer's aside about itself, no one else's secret.
      if (/^(?:ここだけの話|内緒|ないしょ|ナイショ|秘密)$/u.test(t.slice(h.start, h.end)) && /^[^。！？!?\n]{0,4}?実は(?:ぼく|僕|わたし|私|おいら|あたし|うち|オレ|おれ|俺|わたくし)(?:、|は|も|が|の)/u.test(t.slice(h.end, h.end + 14))) continue
      // ここだけの話、うなっぴの好物は…: profile trivia of a mascot or the writer, told as a playful secret.
      if (/^(?:ここだけの話|内緒|ないしょ|ナイショ|秘密|ひみつ|ヒミツ)$/u.test(t.slice(h.start, h.end)) && OWN_TASTE_ASIDE.test(t.slice(h.end, h.end + 40))) {
        const said = sentenceOf(t, h.start, h.end)
        if (!CHANGE.test(said) && !BENEFIT.test(said) && !RUMOUR_TOPIC.test(said) && !ASIDE_CARRIES.test(said)) continue
      }
      if (/^(?:ここだけの話|内緒|ないしょ|ナイショ|秘密|ひみつ|ヒミツ)$/u.test(t.slice(h.start, h.end)) && OWN_LIKING_ASIDE.test(t.slice(h.end, h.end + 48))) {
        const said = sentenceOf(t, h.start, h.end)
        if (!CHANGE.test(said) && !BENEFIT.test(said) && !RUMOUR_TOPIC.test(said) && !ASIDE_CARRIES.test(said) && !DECISION.test(said)) continue
      }
      // Blind JZ-059 kind: ここだけの話 before a sightseeing tip (ここだけの話、夕方の沖端の掘割はとっておきの撮影スポット): a recommendation told
      // as a confidence, nothing undisclosed. Read with no change, benefit, rumour's topic, hearsay or matter the city decides in the sentence.
      if (/^(?:ここだけの話|内緒|ないしょ|ナイショ|秘密|ひみつ|ヒミツ)$/u.test(t.slice(h.start, h.end)) && TIP_ASIDE.test(t.slice(h.end, h.end + 48))) {
        const said = sentenceOf(t, h.start, h.end)
        if (!CHANGE.test(said) && !BENEFIT.test(said) && !RUMOUR_TOPIC.test(said) && !ASIDE_CARRIES.test(said) && !DECISION.test(said)) continue
      }
      // Blind LV-047 kind: ここだけの話 before what is most popular among the staff (FAVOURITE_ASIDE), read as TIP_ASIDE is.
      if (/^ここだけの話$/u.test(t.slice(h.start, h.end)) && FAVOURITE_ASIDE.test(t.slice(h.end, h.end + 40))) {
        const said = sentenceOf(t, h.start, h.end)
        if (!CHANGE.test(said) && !BENEFIT.test(said) && !RUMOUR_TOPIC.test(said) && !ASIDE_CARRIES.test(said) && !DECISION.test(said)) continue
      }
      // Blind HH-119: ここだけの話、ぼくも注射はちょっとドキドキするんだ: the speaker's own feeling, fear or habit confided.
      if (/^(?:ここだけの話|内緒|ないしょ|ナイショ|秘密|ひみつ|ヒミツ)$/u.test(t.slice(h.start, h.end)) && OWN_FEELING_ASIDE.test(t.slice(h.end, h.end + 56))) {
        const said = sentenceOf(t, h.start, h.end)
        if (!CHANGE.test(said) && !BENEFIT.test(said) && !RUMOUR_TOPIC.test(said) && !ASIDE_CARRIES.test(said) && !DECISION.test(said)) continue
      }
      // Blind LJ-059 kind: ここだけの話、毎日こっそり練習してたんだ: the speaker's own practice confided, no one named.
      if (/^(?:ここだけの話|内緒|ないしょ|ナイショ|秘密|ひみつ|ヒミツ)$/u.test(t.slice(h.start, h.end)) && OWN_PRACTICE_ASIDE.test(t.slice(h.end, h.end + 40))) {
        const said = sentenceOf(t, h.start, h.end)
        if (!CHANGE.test(said) && !BENEFIT.test(said) && !RUMOUR_TOPIC.test(said) && !ASIDE_CARRIES.test(said) && !DECISION.test(said)) continue
      }
      // 本番まで内緒にしておこうと思ったけど…ちょっとだけ見せちゃう: a teaser, the thing shown by the post itself.
      if (/^(?:内緒|ないしょ|ナイショ|秘密|ひみつ|ヒミツ)$/u.test(t.slice(h.start, h.end))) {
        const line = /^[^\n]{0,80}/u.exec(t.slice(h.end))![0]
        if (TEASER_ASIDE.test(line) && !CHANGE.test(line) && !BENEFIT.test(line) && !RUMOUR_TOPIC.test(line) && !ASIDE_CARRIES.test(line)) continue
      }
      // 中身はナイショ, 答えは秘密: a surprise kept for the reader (a lucky bag, a quiz, a mascot's costume), not a secret passed on.
      if (/^(?:内緒|ないしょ|ナイショ|秘密|ひみつ|ヒミツ)$/u.test(t.slice(h.start, h.end)) && /(?:中身|なかみ|正体|答え|こたえ|正解|何が(?:入って(?:い)?る|出る|当たる|もらえる)か|どれが当たるか)(?:は|も)(?:当日まで|開けるまで|まだ|もちろん)?$/u.test(t.slice(Math.max(0, h.start - 14), h.start)) && !/(?:人事|予算|入札|契約|決定|内定|計画|方針)/u.test(sentenceOf(t, h.start, h.end))) continue
      // クリスマス会のゲストは内緒ですよ〜。当日をお楽しみに！: a surprise of an event kept for the readers, closing its sentence; nothing
      // told in the sentence or the words after it (a change, a decision, hearsay, a rumour's topic, a claim about someone).
      // (The thing held back is left out of what is read: ゲスト, 出演者 are matters a city decides in DECISION.)
      const keptThing = /^(?:内緒|ないしょ|ナイショ|秘密|ひみつ|ヒミツ)$/u.test(t.slice(h.start, h.end)) ? SURPRISE_KEPT_BEFORE.exec(t.slice(Math.max(0, h.start - 24), h.start)) : null
      if (keptThing && SURPRISE_KEPT_CLOSE.test(t.slice(h.end, h.end + 12))) {
        const said = sentenceOf(t, h.start, h.end).replace(keptThing[0] + t.slice(h.start, h.end), '') + t.slice(h.end, h.end + 60)
        if (!CHANGE.test(said) && !DECISION.test(said) && !BENEFIT.test(said) && !RUMOUR_TOPIC.test(said) && !ASIDE_CARRIES.test(said) && !PEOPLE_CLAIM.test(said) && !STAFF_PENALTY.test(said)) continue
      }
      // ほりわりんの血液型はナイショ🤫: a mascot's or the writer's own profile withheld in play, nothing passed on.
      if (/^(?:内緒|ないしょ|ナイショ|秘密|ひみつ|ヒミツ)$/u.test(t.slice(h.start, h.end)) && PROFILE_WITHHELD.test(t.slice(Math.max(0, h.start - 12), h.start))) {
        const said = sentenceOf(t, h.start, h.end)
        if (!CHANGE.test(said) && !BENEFIT.test(said) && !RUMOUR_TOPIC.test(said) && !ASIDE_CARRIES.test(said) && !/(?:人事|予算|入札|契約|決定|内定|計画|方針)/u.test(said)) continue
      }
      // Blind HR-018: a secret about oneself told first, then the aside closing it (じつは夜の図書館で、こっそり本を読んでるんだ〜🌙 みんなには
      // ナイショだよ🤫, ぼく、ほんとはお昼寝が大好きなんだ。内緒にしてね): a mascot's or the writer's play. What is confided stands before the
      // aside in the same line and must tell no change, benefit, decision, rumour's topic, hearsay or claim about someone (じつは来年から
      // 図書館が有料になるんだ〜 みんなにはナイショだよ is a rumour).
      if (/^(?:内緒|ないしょ|ナイショ|秘密|ひみつ|ヒミツ)$/u.test(t.slice(h.start, h.end)) && CLOSING_ASIDE.test(t.slice(h.end, h.end + 12)) && /(?:^|[\n。！!？?\s\u{1F300}-\u{1FAFF}\u2600-\u27BF〜~]|(?:みんな|皆|みなさん|皆さん|誰|だれ)(?:に|には)(?:は|も)?)$/u.test(t.slice(Math.max(0, h.start - 8), h.start))) {
        const lineStart = t.lastIndexOf('\n', h.start) + 1
        const confided = t.slice(Math.max(lineStart, h.start - 80), h.start)
        // Blind JT-014 kind (unof20): the addressee before the aside (…なんだ🤫 みんなにはナイショだよ) is no part of what was confided.
        if (CONFIDED_SELF.test(confided.replace(/(?:みんな|皆|みなさん|皆さん|誰|だれ)(?:に|には)(?:は|も)?$/u, '')) && !CHANGE.test(confided) && !BENEFIT.test(confided) && !DECISION.test(confided) && !RUMOUR_TOPIC.test(confided) && !ASIDE_CARRIES.test(confided) && !PEOPLE_CLAIM.test(confided) && !STAFF_PENALTY.test(confided)) continue
      }
      // Blind R133I-031: ちょっとだけつまみ食いしそうになったのはナイショ😋: the writer's own small mischief kept secret in play.
      if (/^(?:内緒|ないしょ|ナイショ|秘密|ひみつ|ヒミツ)$/u.test(t.slice(h.start, h.end)) && CLOSING_ASIDE.test(t.slice(h.end, h.end + 12)) && OWN_MISCHIEF_BEFORE.test(t.slice(Math.max(0, h.start - 24), h.start))) {
        const said = sentenceOf(t, h.start, h.end)
        const clause = said.slice(Math.max(0, said.lastIndexOf('、', said.indexOf(t.slice(h.start, h.end))) + 1))
        if (!OTHER_DOER.test(clause) && !CHANGE.test(said) && !BENEFIT.test(said) && !DECISION.test(said) && !RUMOUR_TOPIC.test(said) && !ASIDE_CARRIES.test(said) && !PEOPLE_CLAIM.test(said) && !STAFF_PENALTY.test(said)) continue
      }
      // 内緒にしておきたいくらいの名作ぞろい: praise by a wish to keep it to oneself, about nothing the city decides.
      if (/^(?:内緒|ないしょ|ナイショ)$/u.test(t.slice(h.start, h.end)) && KEPT_FOR_PRAISE.test(t.slice(h.end, h.end + 16)) && !CHANGE.test(sentenceOf(t, h.start, h.end))) continue
      // 真偽不明の情報にご注意ください: a warning against rumours, not one.
      if (!h.mention && RUMOUR_AWARE.test(sentenceOf(t, h.start, h.end))) continue
      // Blind R70A-137: unconfirmed reports said to be going round, then disowned or warned against in the sentences after (SNSでは「…決壊
      // した」などの未確認情報が出回っていますが、市では確認していません。デマに惑わされず…): the city's warning, no rumour passed on.
      if (/^(?:の(?:情報|話|うわさ|噂|投稿|書き込み))?(?:が|も)[^。！？!?\n]{0,12}?(?:出回|広が|広ま|流れて|拡散さ|飛び交)/u.test(t.slice(h.end, h.end + 20)) && (RUMOUR_AWARE.test(t.slice(h.end, h.end + 160)) || /確認(?:して|されて|できて)(?:い|お)(?:ません|りません|ない)/u.test(t.slice(h.end, h.end + 60)))) continue
      // うわさ話や決めつけが、だれかを追いつめることがあります: rumours in general said to harm people, none passed on.
      if (RUMOUR_HARM.test(t.slice(h.start, h.start + 48)) && !/(?:という|との|って|といった|」)$/u.test(t.slice(Math.max(0, h.start - 4), h.start))) {
        const said = sentenceOf(t, h.start, h.end).replace(/「[^」\n]{0,40}」/gu, '')
        if (!CHANGE.test(said) && !PEOPLE_CLAIM.test(said) && !/らしい|みたい|そうです|そうだ|んだって|げな/u.test(said)) continue
      }
      // Blind GS-027: spreading rumours named as one of the acts of bullying or harassment the post lists (無視する、うわさを広める、
      // 持ち物を隠す。これらもすべていじめです): a kind of behaviour named, no rumour passed on.
      if (/^(?:噂|うわさ|ウワサ)$/u.test(t.slice(h.start, h.end)) && RUMOUR_AS_ACT.test(t.slice(h.end, h.end + 12)) && !/(?:という|との|って|といった|」)$/u.test(t.slice(Math.max(0, h.start - 4), h.start)) && HARM_NAMED.test(t)) {
        const said = sentenceOf(t, h.start, h.end)
        if (!CHANGE.test(said) && !PEOPLE_CLAIM.test(said.replace(HARM_NAMED_G, '')) && !RUMOUR_TOPIC.test(said) && !/らしい|みたい|そうです|そうだ|んだって|げな|って話|と聞/u.test(said)) continue
      }
      // A rumour quoted in order to correct it (「…」という噂がありますが、実際は…): the correction is the post.
      // (Where it goes round may be said: …といううわさがSNSで広がっていますが、本日20時時点で…余裕があります.)
      if (/」(?:という|との|といった)$/u.test(t.slice(Math.max(0, h.start - 5), h.start)) && /^(?:が|も)?(?:[^、。！？!?\n]{1,10}?(?:で|に|の間で))?(?:あります|ございます|(?:流れ|広がっ|出回っ|回っ|まわっ|広まっ|拡散され)て(?:います|いる|おります)(?:ようです|みたいです)?)が/u.test(t.slice(h.end, h.end + 28)) && CORRECTS_RUMOUR.test(t.slice(h.end))) continue
      // The rumour itself said to be false (…というネットのうわさは誤りです, …という噂は事実ではありません, その噂はデマです): the city
      // corrects it, passing nothing on. (A rumour said to be true, or only partly wrong, is no correction.)
      // (Some hits end in the topic particle already: という話は.)
      if (RUMOUR_DENIED.test((/[はも]$/u.test(t.slice(h.start, h.end)) ? 'は' : '') + t.slice(h.end, h.end + 16))) continue
      // A resident's question quoted whole and answered (「…という噂を聞いたが本当か」というお問い合わせ…例年どおり営業します).
      if (askedAndAnswered(t, h.start)) continue
      // Blind R61A-011: the title of a series or a work in brackets (人気連載「船頭さんのここだけの話」第3回), no hearsay or change in the sentence.
      if (inTitle(t, h.start, h.end)) {
        const said = sentenceOf(t, h.start, h.end).replace(/[「『][^」』\n]{0,30}[」』]/gu, '')
        if (!CHANGE.test(said) && !BENEFIT.test(said) && !RUMOUR_TOPIC.test(said) && !ASIDE_CARRIES.test(said) && !PEOPLE_CLAIM.test(said)) continue
      }
      // Blind TS-041: a child's (or anyone's) plea for secrecy quoted in advice on what to do when it comes (子どもから「内緒にしてね」と
      // 打ち明けられたら、まずは受け止めてください): the case advised on, no secret passed on (confidential reads it the same way).
      if (SECRET_WORD.test(t.slice(h.start, h.end)) && CONFIDED_ADVICE.test(t.slice(h.end, h.end + 40))) continue
      // オフレコで聞いた話なので、ここには書けません; オフレコの話はSNSには書きません: the secret named and refused, nothing passed on.
      if (secretNotTold(t, h.end)) continue
      // Lines of others listed as examples (「ここだけの話ですが、必ずもうかる…」「あなただけに…」。): a mention.
      put(e, 'unofficial/rumour', h.start, h.end, { plain: '（確かめた事実）' }, h.mention || inSayingsLine(t, h.start, h.end) || swindlersLine(t, h.start) || scamPitchQuoted(t, h.start, h.end))
    }
    leaks(e, t)
    if (/議会/u.test(t)) councilUnbriefed(e, t)
    if (/予算/u.test(t)) budgetGuessed(e, t)
    unannounced(e, t)
    if (/正式|公式|調整/u.test(t)) releaseAwaited(e, t)
    if (/運営|管理|業務|受託|委託|指定管理|運営者|委託先|受託者/u.test(t)) operatorForetold(e, t)
    if (/そうした|そういう|そういった|そのような|そんな|こうした|こういう|そげな|そげん|その/u.test(t) && /話|案|構想|うわさ|噂|ウワサ/u.test(t)) talkBack(e, t)
    if (/運び|こと/u.test(t) && /庁内|役所内|課内|部内|内部|関係|担当課/u.test(t)) arrangedInside(e, t)
    if (has.personal) personalView(e, t)
    if (/結論|答え|こたえ|持論|確信|信念|実感|見立て/u.test(t)) ownConclusionShared(e, t)
    if (/市/u.test(t) && /反対|賛成|推進|支持|勧め|すすめ|薦め|推奨|求め|義務|必須/u.test(t)) ownViewAsCityStance(e, t)
    staffVoice(e, t)
    // A generalisation about people (…のは、若い世代が…からです), then the city said to think so too: one view given as the city's.
    if (has.cityToo) {
      const too = CITY_TOO.exec(t)
      if (too && /そのように|そう|同じ|同様|同感|同意見/u.test(too[0])) {
        const s0 = sentenceAround(t, too.index, too.index)
        const prev = s0.start > 0 ? sentenceAround(t, s0.start - 1, s0.start - 1) : null
        const said = prev ? t.slice(prev.start, prev.end) : ''
        if (prev && GENERALISED_CAUSE.test(said) && !PERSONAL_NOTE.test(t)) put(e, 'unofficial/personal-view', too.index, too.index + too[0].length, { opinion: said.replace(/[。！!]$/u, '') })
      }
    }
    // Blind R14A-059 kind: …or the city's stance prescribing on that ground in the sentence after it (投票率が上がらないのは、若い人が政治に
    // 無関心だからです。柳川市としては、学校でもっと厳しく主権者教育をすべきだと考えています): one person's generalisation made the city's case.
    if (t.includes('のは') && t.includes('べき')) {
      const stance = CITY_STANCE.exec(t)
      if (stance && stance[0].includes('べき')) {
        const s0 = sentenceAround(t, stance.index, stance.index)
        const prev = s0.start > 0 ? sentenceAround(t, s0.start - 1, s0.start - 1) : null
        const said = prev ? t.slice(prev.start, prev.end) : ''
        // The city acting on it (準備を進めています, 実施します) tells a measure, not a view.
        const acted = /準備|進めて|進めます|取り組|取組|実施し|実施いたし|設けました|予定して/u.test(t.slice(s0.start, s0.end))
        if (prev && GENERALISED_CAUSE.test(said) && !PERSONAL_NOTE.test(t) && !FORMAL_REQUEST.test(t.slice(s0.start, s0.end)) && !acted) put(e, 'unofficial/personal-view', stance.index, stance.index + stance[0].length, { opinion: said.replace(/[。！!]$/u, '') })
      }
    }
    if (has.practice) {
      const wrong = OWN_PRACTICE_WRONG.exec(t)
      if (wrong && !RUMOUR_AWARE.test(sentenceOf(t, wrong.index, wrong.index + wrong[0].length)) && !OTHERS_THINK.test(t.slice(wrong.index + wrong[0].length - 6, wrong.index + wrong[0].length + 16))) put(e, 'unofficial/personal-view', wrong.index, wrong.index + wrong[0].length, { opinion: wrong[0] })
    }
    if (has.council) decidedYetOpen(e, t)
    if (has.council) planBeforeCouncil(e, t)
    worksBudget(e, t, facts)
    if (has.budgetStage) budgetUnsettled(e, t)
    if (/決ま|確定|確実|内定|決定|当確|本命|有力|出来レース|選ばれ|採択され|採用され|受賞し|当選し|落札し|入賞し/u.test(t) || CITY_SELECTION.test(t) || (SURELY.test(t) && SELECTION_PENDING.test(t))) selectionForetold(e, t)
    if (/指定|登録|認定|選定|選出|選ばれ/u.test(t)) designationForetold(e, t)
    if (/投票率|得票|当選ライン|当落ライン|議席|票数/u.test(t)) voteFigureForetold(e, t)
    informal(e, t)
    if (e.has.overheardWords) overheard(e, t)
    if (has.political) politicalView(e, t)
    if (/間違いなく|まちがいなく|確実に|絶対|百パーセント|100[%％]/u.test(t)) ownForecast(e, t)
    if (/見立て|肌感|長年の勘|経験上/u.test(t)) ownHunch(e, t)
    if (/記憶|うろ覚え/u.test(t)) recalledAnswer(e, t)
    if (/そのうち|いずれ|近いうち|近々|遠からず|将来的/u.test(t)) endHinted(e, t)
    if (/区域|想定|マップ|学区|校区|エリア|地域/u.test(t)) zoneShift(e, t)
    privateEntry(e, t)
    privateOuting(e, t)
    if (/連勤|残業|休日出勤|徹夜|減らされ|増える一方|休み/u.test(t)) staffGrumble(e, t)
    insiderSaid(e, t)
    if (has.talk) talkPassedOn(e, t)
    if (has.involvedHeard) involvedHeard(e, t)
    if (has.offRecord) offRecord(e, t)
    if (has.privateRemark) privateRemark(e, t)
    if (has.inquiry && has.certainCause) causeBeforeInquiry(e, t)
    if (has.causeWords) guessedCause(e, t)
    if (t.includes('のは')) trendGuessed(e, t)
    if (/固ま|決ま|まとま|話(?:が|は)(?:つ|付)い/u.test(t)) internalSettled(e, t)
    if (/固ま|決ま|まとま|確定|決定/u.test(t) && (t.includes('正式') || /ほぼ|ほとんど|おおむね|概ね|大筋|事実上|だいたい|大体/u.test(t))) nearlySettled(e, t)
    if (/まとま|固ま|かたま|話が|話は|話を/u.test(t)) settlingTold(e, t)
    if (/固ま|かたま|決ま|きま|まとま/u.test(t) && /ほぼ|ほとんど|大筋|おおむね|概ね|事実上|もう|すでに|既に/u.test(t)) outcomeNearlyFixed(e, t)
    if (/精査|確定/u.test(t)) uncheckedFigure(e, t)
    if (/有利|優遇|加点|優先|やすく/u.test(t) && /採用|選考|面接|試験/u.test(t)) selectionFavour(e, t)
    if (/数年|近い将来|近いうち|いずれ|ゆくゆく|将来的|遠からず|遅かれ早かれ/u.test(t)) vagueHorizon(e, t)
    // Talk among the staff passed on (職員の間では「直撃はほぼ確実」と言われています, 庁内ではもっぱらの噂です).
    if (has.inside) {
      for (const m of matchAllOf(INSIDE_TALK, t, MAX_HITS)) put(e, 'unofficial/rumour', m.index, m.index + m[0].length, { plain: '（確かめた事実）' })
    }
    stageWords(e, t, facts.drafts)
    if (/段階/u.test(t) && PLANNED_CHANGE.test(t)) draftStageChange(e, t, facts.drafts)
    if (/改正|改定|見直し|要綱|条例|規則/u.test(t)) ruleChangePlanned(e, t)
    if (/案|内々|ないない|内輪|うちうち|内緒|ないしょ|ナイショ|内密/u.test(t)) proposalForetold(e, t)
    if (/選|補選/u.test(t)) ownCandidacy(e, t)
    if (/庁内|役所内|課内|部内|内部|水面下|内々|ないない|非公式|内密/u.test(t) && (PLANNED_CHANGE.test(t) || NEW_BUILT.test(t))) planInside(e, t)
    if (/検討|協議|議論|調整|審議|話し合い/u.test(t)) stagePassedOn(e, t)
    if (/協議|検討|調整|交渉|議論|折衝/u.test(t) && /[0-9一二三四五六七八九十]/u.test(t)) undecidedFigures(e, t)
    if (/円|%|％|パーセント|割/u.test(t) && /まとま|落ち着|決ま|固ま|調整|検討|協議|交渉|詰め|なり|なる|する|予定|見込|見通|未定|上が|下が|あが|さが|値上|値下|高くな|安くな|アップ|増額|減額/u.test(t)) amountSettling(e, t)
    pendingMatters(e, t)
    if (/予算|まだ|これから|今から|いまから|目下/u.test(t)) stageStillAhead(e, t)
    // Endings spelt in katakana or romaji (異動になりソウデス, rashii desu) read as their hiragana (same offsets).
    // (Without a romaji or a katakana ending, `h` is `t` itself, and the gate's words stand for it too.)
    // Blind R181D-020: a word of a change broken by a line break (異⏎動されるそうです) read across it (same offsets).
    const j = t.includes('\n') ? readAcrossBreaks(t) : t
    const h = has.romaji || has.katakanaEnding ? withHiraganaEndings(j, has.romaji && ROMAJI_WORD.test(j), has.katakanaEnding) : j
    if (has.direction || (has.change && CHANGE.test(t)) || (has.startAhead && START_AHEAD.test(t)) || (has.expectation && SCHEDULED_AHEAD.test(t)) || VENUE_MOVED.test(t) || WORKS_CHANGE.test(t) || (has.benefit && BENEFIT.test(t)) || (has.staffPenalty && STAFF_PENALTY.test(t)) || (has.privateInformant && PRIVATE_INFORMANT.test(t)) || (/感じ|印象|雰囲気/u.test(t) && HEARD_IMPRESSION.test(t) && RESTRICTION_LIFTED.test(t)) || (t.includes('有力') && PICK_TOPIC.test(t)) || horizonGrowth(t)) forecasts(e, h, facts.effects)
    if (h === t ? has.guessWords : /ことに|ことと|確実|確定|間違い|決まり/u.test(h)) guesses(e, h)
    winnerGuess(e, t)
    if (t.includes('実現')) realisationGuessed(e, t)
    unof66(e, t)
    unoff82(e, t)
    unoff83(e, t)
    unoff84(e, t)
    unofA85(e, t)
    unofB87(e, t)
    unof88(e, t)
    unof89(e, t)
    if (/否定|肯定|ノーコメント|言えません|とだけ/u.test(t)) rumourHinted(e, t)
    if (/辞令|内示/u.test(t)) postChangeBeforeNotice(e, t)
    if (has.staffSign) staffSignGuess(e, t)
    if (h === t ? has.hearsayWords && has.hearsay : /らしい|らし[ーｰぃ]|らしか|みたい|そう|って|聞|耳|伺|話|とか|っぽい|という|との|げな|ごたる|ラシイ|ミタイ|きいた|ききました|きいちゃ|きいて/u.test(h)) hearsay(e, h, facts.asked)
    if (/回っ|まわっ|回りよ|まわりよ|出回|広が|広ま|拡散|流れ|飛び交|伝わ|寄せられ/u.test(t)) circulatingPassedOn(e, t)
    // (After the hearsay: news already reported as a rumour is not reported again for its concession.)
    if (has.reportWords) unverifiedReport(e, t)
    if (has.quotedRemark) quotedGuess(e, t)
    // (Late: a sentence another rule reported is not reported again for the guess.)
    if (/おそらく|恐らく|たぶん|多分|きっと|たしか|もしかしたら|ひょっとしたら/u.test(t)) hedgedChange(e, t)
    if (/前向き|乗り気|のり気|賛成|積極的/u.test(t)) leaderLeans(e, t)
    if (/傾|かたむ/u.test(t)) insideLeans(e, t)
    // (Late: a vote a forecast has already read, 予算は議会を通ると思います, is not read again.)
    if (/条例|議案|予算|法案|改正案|議会|定例会|本会議|否決|反対多数/u.test(t) && /通|とお|可決|承認|成立|認められ|否決|反対多数/u.test(t)) voteForetold(e, t)
    if (/そう|その|そんな/u.test(t) && /受け止め|うけとめ|受け取|うけと|思っ|おもっ|考え|見て|みて|信じ|噂し|うわさし|捉え|とらえ|見方/u.test(t)) rumourEndorsed(e, t, facts.asked)
    // (Last: a sentence another rule reported is not reported again for the plan's name.)
    if (/案|構想/u.test(t)) planNamed(e, t)
    unofficialTalkPassedOn(e, t)
    insideAndOutlook(e, t)
    if (/待ち|まだ|正式|確定|本決まり/u.test(t)) scheduleAwaited(e, t)
    return facts
  },
  post({ facts, spans, emit }) {
    // A 素案 in a post that puts a draft out for comment (素案に対するご意見を募集します ⏎⏎ 素案では…を掲げています) is the
    // published draft; elsewhere it is still an undecided one.
    const comment = facts.some((f) => f.comment)
    // A forecast in figures in a post that says the measure was decided (…条例が可決された) is the estimate published with it.
    const decided = facts.some((f) => f.decided)
    // Works stated as certain in one paragraph, their budget said still to go to the council in another (blind R230A-020 kind).
    const worksPending = !decided && facts.some((f) => f.worksPending)
    // A resident's question quoted in one paragraph, answered in another (blind KH-046 kind).
    const answered = facts.some((f) => f.answers)
    facts.forEach((f, i) => {
      const at = spans[i]!.start
      if (!answered) for (const d of f.asked) emit({ ...d, start: d.start + at, end: d.end + at })
      if (!comment) for (const d of f.drafts) emit({ ...d, start: d.start + at, end: d.end + at })
      if (!decided) for (const d of f.effects) emit({ ...d, start: d.start + at, end: d.end + at })
      if (worksPending && !f.worksPending) for (const d of f.worksDated) emit({ ...d, start: d.start + at, end: d.end + at })
    })
  },
}

/*
 * Blind wave 84 kinds (unof84, one block):
 * - Blind R421W-030, R422X-031 kind: someone's stance given as the proof that a measure will come (市長も前向きなので、まず間違いありません;
 *   部長も乗り気ですから、ほぼ確実です; 議長も賛成しとるけん、決まったも同然; 前向きに答弁していましたので、実現は時間の問題です): a leaning is
 *   no decision, and the writer's certainty drawn from it hands the outcome out first. STANCE_AS_PROOF: the stance (前向き, 乗り気, 賛成,
 *   積極的, その気) of a leader or a body, a reason's link (ので, から, し, けん, ており), then a certainty (間違いない, 確実, 決まったも同然,
 *   時間の問題) in the same or the next sentence. A council's vote reported (可決され, 議決) makes it no proof of a stance. Clean: a stance told
 *   with no certainty (市長も前向きなので、今後の動きにご期待ください), 間違いのない準備 (no predicate).
 * - Blind R422X-031 kind: a measure's realisation or introduction said to be a matter of time (実現は時間の問題です, 導入ももう時間の問題, 無料化は
 *   時間の問題だと思います): MEASURE_TIME_ONLY, the measure being the subject. Nature, a sale (完売は時間の問題), works' completion stay clean.
 * - Blind R422X-031 kind: a proposal made in the council (一般質問で提案, 議員から要望) told as decided (…ことになりました, 決まりました) while the
 *   only step named is an answer (前向きに答弁, 検討すると答弁): PROPOSAL_IN_SESSION + ANSWER_LEANING + SESSION_TOLD_DECIDED in the paragraph, no vote or
 *   budget (可決, 予算に計上, 予算化). An answer reported as said (…と答弁しました) without a decision told stays clean.
 * - Blind R422X-046 kind: a future outcome asserted with のは間違いない / のは確実 / のは時間の問題 (過去最高の販売額になるのは間違いありません;
 *   寄附額が10億円を超えるのは確実です; 保育料が無料になるのはまず間違いない) or 間違いなく/確実に + the outcome's verb (…はほぼ確実に過去最高を
 *   更新します): a market result, a record, a figure or a measure (OUTCOME_CLASS, CHANGE, BENEFIT) foretold as settled. The readers' enjoyment
 *   (楽しめるのは間違いありません), a crowd, a result already out (…となったのは間違いなく皆さまのおかげ), a decided measure (可決され) stay clean.
 * - Blind R421W-024 kind: a placement or a selection by the city promised to a reader under the condition of applying (申し込めばほぼ確実に入れ
 *   ますよ; 申請すれば間違いなく当たります; 応募すれば絶対に通ります) where the paragraph names a capacity or a selection (待機児童, 定員, 空き,
 *   抽選, 選考, 入所, 利用調整): the outcome is the city's to decide. A rule (要件を満たしていれば必ず…), every applicant (全員, どなたでも), a
 *   doubt (とは限りません, わけではありません), first come first served (先着順) or a question stays clean.
 * - Blind R422X-001 kind: a delay or a shortfall of what the city sends, issues or builds passed on second-hand (返礼品の発送が遅れるらしいっちゃん,
 *   交付が間に合わないみたい, 工事の完成がずれ込むげな, 配布が遅れるって聞きました), a dialect's particle after the ending included: DELAY_HEARD.
 *   A source named (郵便局によると, 市の発表では), the weather alone, a delay stated by the city (発送が遅れております) or a rumour corrected
 *   (予定どおり発送します) stay clean.
 * - Blind R422X-057 kind: an opinion stated as the city's (市としては、…すべきと考えております; 本市としては…は不要と判断しております) beside the
 *   writer's own reason for it, told as a bare reason (正直、私自身…不安ですので。; 個人的に…苦手なもので。) in the next sentence, or before it
 *   in the same sentence (私自身…不安なので、市としては…べきだと考えています): one staff member's feeling made the ground of the city's view.
 *   The writer's own experience told as an example, ending in a request (…ので、皆さんもご注意ください) or a plain statement, stays clean.
 */
const CERTAINTY = /(?:もう|まず|ほぼ|ほとんど|もはや)?[、,]?(?:間違い(?:ない|ありません|ございません|なし|なか)|まちがい(?:ない|ありません|なし)|確実(?:です|だ|でしょう|である|や|ばい)?(?![なにさ性])|決まった(?:も同然|ようなもの)|時間の問題(?!では|じゃ))/u
const STANCE_AS_PROOF =
  /(?:市長|副市長|知事|議長|教育長|部長|局長|課長|所長|上層部|幹部|執行部|国|県|担当課|議員(?:さん)?|先生)(?:さん)?(?:も|が|は)[、,]?(?:かなり|とても|非常に|わりと|結構|けっこう|だいぶ|すごく)?(?:前向き|乗り気|のり気|賛成|積極的|その気|乗り乗り|ノリノリ)(?:に[^。！？!?\n]{0,12}?)?(?:な|だ|です|で|や|して(?:い|お)?(?:る|た|ます|ました)|しとる|しよる|しと(?:った|りました))?(?:ので|から|ですから|し|けん|んで|ため|(?:て|で)?おり)[、,]?/gu
const SURE_DECIDED = /可決され|議決され|成立し|予算(?:化|措置)され|予算に計上され|(?:決定|確定)(?:し|いたし)ました|正式に決まりました/u
const MEASURE_TIME_ONLY =
  /(?:実現|導入|整備|建設|設置|開業|誘致|決定|採用|実施|無料化|有料化|無償化|値上げ|値下げ|廃止|統合|統廃合|移転|民営化|民間委託|新設|建て替え|再開発|予算化|事業化|制度化|条例化)(?:は|も)[、,]?(?:もう|ほぼ|もはや|最早)?[、,]?時間の問題(?!では|じゃ)/gu
const PROPOSAL_IN_SESSION = /(?:一般質問|代表質問|委員会|議会)[^。！？!?\n]{0,16}?(?:提案|要望|質問|提言)|議員(?:さん)?(?:から|が|の)[^。！？!?\n]{0,6}?(?:提案|要望|提言)/u
const ANSWER_LEANING = /前向き(?:に|な)[^。！？!?\n]{0,6}?(?:答弁|答え|回答)|(?:検討|研究)(?:する|したい|していく|を進める)[」』]?(?:と|旨)[^。！？!?\n]{0,4}?(?:答弁|答え|回答)/u
const SESSION_TOLD_DECIDED = /(?:される|する|できる)ことに(?:なりました|決まりました)|(?:が|は)決まりました|(?:が|は)決定しました|(?:整備|設置|建設|導入|実施)(?:され|し)ます(?=[。！!]|$)/gu
const OUTCOME_SURE =
  /(?:[るうくすつぬむぶぐ]|ない)(?:の|こと)(?:は|も)[、,]?(?:もう|まず|ほぼ|ほとんど|もはや)?[、,]?(?:間違い(?:ない|ありません|ございません|なし|なか)|まちがい(?:ない|ありません|なし)|確実(?:です|だ|でしょう|である|や|ばい)?(?![なにさ性])|時間の問題(?!では|じゃ))/gu
const OUTCOME_SURELY_VERB =
  /(?:間違いなく|まちがいなく|確実に|絶対(?:に)?)[、,]?[^。！？!?\n]{0,20}?(?:になります|となります|超えます|上回ります|下回ります|更新します|突破します|達します|実現します|決まります|選ばれます|採択されます|可決されます|整備されます|無料になります|有料になります)(?=[。！!よね…〜~\s]|$|\p{Extended_Pictographic})/gu
const OUTCOME_CLASS =
  /過去最高|過去最多|過去最低|史上最高|最高値|最高額|最多|記録(?:を)?更新|大台|突破|黒字|赤字|販売額|売上|売り上げ|取扱高|取扱額|寄附額|寄付額|税収|落札価格|単価|入札|当選|採択|可決|否決|実現|整備|建設|導入|設置|無料|有料|無償|値上|値下|廃止|統合|移転|新設|入所|入園|待機児童|選ばれ|決定|決ま/u
const OUTCOME_NOT = /楽しめ|たのしめ|楽しい|満足|喜ば|よろこば|喜んで|盛り上が|もりあが|美味し|おいし|うまい|感動|癒や|癒さ|映え|ハマ|はま(?:る|り)|好き|気に入|混雑|混み|込み|渋滞|疲れ|筋肉痛|日焼け|お得|役立|役に立/u
const APPLY_SURELY =
  /(?:申し込|申込|申請|応募|エントリー|登録|提出)[ぁ-ゖ]{0,8}?(?:ば|たら)[、,]?(?:まず|ほぼ|ほとんど|きっと|もう)?[、,]?(?:確実に|間違いなく|まちがいなく|絶対(?:に)?|100[%％]|百パーセント)[、,]?[^。！？!?\n、,]{0,10}?(?<!を)(?:入れ(?:ます|る)|入所でき|入園でき|入居でき|入学でき|利用でき|当選し|当選す|当たり(?:ます)|当たる|受かり|受かる|通り(?:ます)|通る|選ばれ|採用され|合格し|合格す|決まり(?:ます)|決まる)/gu
const PLACEMENT_CONTEXT = /待機児童|定員|空き|倍率|抽選|選考|選定|審査|利用調整|入所|入園|入居|枠|応募者|競争/u
const PLACEMENT_GIVEN = /(?:要件|条件|基準|資格)(?:を|に)[、,]?[^。！？!?\n]{0,6}?(?:満た|合|該当|当てはま)|全員|もれなく|漏れなく|どなたでも|とは限り|わけ(?:では|じゃ)(?:あり|な)|[?？]|でしょうか|ですか/u
const DELAY_HEARD =
  /(?:返礼品|発送|配送|お届け|配達|出荷|交付|発行|配布|支給|給付|振込|振り込み|入金|工事|完成|竣工|開通|着工|引き渡し|納品|開設|オープン)(?:の(?:時期|日|予定))?(?:が|は|も)[、,]?[^。！？!?\n]{0,12}?(?:遅れ(?:る|そう|て(?:い)?る)|遅延(?:する|して(?:い)?る)|ずれ込(?:む|みそう)|間に合わ(?:ない|なく|ん)|届かな(?:い|く)|延び(?:る|そう))(?:ん|の)?(?:らしい|らしか|みたい|そう(?:です|だ|な)|(?:だ|です)?って(?!い[うっ])|げな|とか|(?:と|って)(?:聞|伺|耳)|っち話)/gu
const DELAY_SOURCE = /(?:郵便局|日本郵便|運送会社|配送業者|業者|事業者|メーカー|県|国|市|担当課|事務局)(?:の発表)?(?:によると|によれば|から(?:の)?(?:連絡|お知らせ|発表|通知)|の発表では)/u
const WEATHER_ALONE = /台風|雪|雨|天候|天気|荒天|地震|強風|高潮/u
const CITY_OPINION_G =
  /(?:柳川市|本市|当市|市役所|(?<![\p{Script=Han}\p{Script=Katakana}])市)(?:として(?:は|も)|といたしまして(?:は|も)?|としまして(?:は|も)?|では)[、,]?[^。！？!?\n]{0,60}?(?:べき|(?:ほう|方)が(?:いい|よい|良い)|が望ましい|でよい|で十分|は不要|は必要ない|はいらない)(?:だ|である|で(?:は)?ない)?(?:と|だと)[、,]?(?:考えて|思って|判断して|認識して)(?:おり|い|お)/gu
const SELF_MARK = /正直[、,]?(?:私|わたし|僕|ぼく|自分)|個人的(?:に|には|な話)|私自身|わたし自身|わたくし自身|私個人|僕自身|ぼく自身|自分自身|担当者?(?:自身|個人)|私(?:は|も)[、,]?(?:昔から|子ども|子供|もともと)/u
const BARE_REASON_END = /(?:ので|から|もので|ものですから|ですし|ため|んで|けん|ばってん)[。！!…\s]*$/u
const REASON_THEN_CITY = /(?:ので|から|ため|けん)[、,]\s*$/u

function stanceAsProof(e: Emitter, t: string): void {
  if (SURE_DECIDED.test(t)) return
  for (const m of matchAllOf(STANCE_AS_PROOF, t, MAX_HITS)) {
    const end = m.index + m[0].length
    const sure = CERTAINTY.exec(t.slice(end, end + 24))
    if (!sure || /[。！？!?\n]/u.test(t.slice(end, end + sure.index))) continue
    const s = sentenceAround(t, m.index, end)
    const prev = s.start > 0 ? sentenceAround(t, s.start - 1, s.start - 1).start : s.start
    const around = t.slice(prev, s.end)
    if (RUMOUR_AWARE.test(around) || quotedExample(t, m.index) || /[?？]|でしょうか/u.test(t.slice(s.start, s.end))) continue
    put(e, 'unofficial/forecast', m.index, end + sure.index + sure[0].length, { topic: topicOf(around), marker: sure[0].replace(/^[、,]/u, '') })
  }
}
function measureTimeOnly(e: Emitter, t: string): void {
  if (SURE_DECIDED.test(t)) return
  for (const m of matchAllOf(MEASURE_TIME_ONLY, t, MAX_HITS)) {
    const sentence = sentenceOf(t, m.index, m.index + m[0].length)
    if (RUMOUR_AWARE.test(sentence) || quotedExample(t, m.index) || /[?？]|でしょうか/u.test(sentence)) continue
    put(e, 'unofficial/forecast', m.index, m.index + m[0].length, { topic: topicOf(sentence), marker: '時間の問題' })
  }
}
function proposalToldDecided(e: Emitter, t: string): void {
  if (!PROPOSAL_IN_SESSION.test(t) || !ANSWER_LEANING.test(t) || SURE_DECIDED.test(t) || /予算(?:に|へ)[^。！？!?\n]{0,8}?(?:計上|盛り込)|予算化/u.test(t)) return
  for (const m of matchAllOf(SESSION_TOLD_DECIDED, t, MAX_HITS)) {
    if (quotedExample(t, m.index) || quotedVoice(t, m.index)) continue
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    put(e, 'unofficial/undecided', s.start, m.index + m[0].length, { noun: '議会で提案された事業' })
    return
  }
}
function outcomeAsserted(e: Emitter, t: string): void {
  if (SURE_DECIDED.test(t)) return
  for (const re of [OUTCOME_SURE, OUTCOME_SURELY_VERB]) {
    for (const m of matchAllOf(re, t, MAX_HITS)) {
      const end = m.index + m[0].length
      const s = sentenceAround(t, m.index, end)
      // The clause the certainty closes: from the last comma before the outcome's verb (…結果を見る限り、最終的には…になるのは).
      const lead = t.slice(s.start, end)
      const clause = lead.replace(/^[^]*[、,](?=[^、,]{6,})/u, '')
      if (!(OUTCOME_CLASS.test(clause) || CHANGE.test(clause) || BENEFIT.test(clause)) || OUTCOME_NOT.test(clause)) continue
      const sentence = t.slice(s.start, s.end)
      if (RUMOUR_AWARE.test(sentence) || /[?？]|でしょうか|とは限り|わけでは/u.test(sentence) || quotedExample(t, m.index) || quotedVoice(t, m.index)) continue
      const marker = /(?:間違い\S*|まちがい\S*|確実\S*|時間の問題|間違いなく|まちがいなく|絶対(?:に)?)$/u.exec(m[0])?.[0] ?? /間違いなく|まちがいなく|確実に|絶対(?:に)?/u.exec(m[0])?.[0] ?? m[0]
      put(e, 'unofficial/forecast', s.start + (lead.length - clause.length), end, { topic: topicOf(sentence), marker })
    }
  }
}
function placementPromised(e: Emitter, t: string): void {
  // (First come, first served: a place left is no one's choice.)
  if (!PLACEMENT_CONTEXT.test(t) || /先着/u.test(t)) return
  for (const m of matchAllOf(APPLY_SURELY, t, MAX_HITS)) {
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    const sentence = t.slice(s.start, s.end)
    if (PLACEMENT_GIVEN.test(sentence) || RUMOUR_AWARE.test(sentence) || quotedExample(t, m.index)) continue
    put(e, 'unofficial/forecast', m.index, m.index + m[0].length, { topic: '選考・入所の結果', marker: /確実に|間違いなく|まちがいなく|絶対(?:に)?|100[%％]|百パーセント/u.exec(m[0])![0] })
  }
}
function delayHeard(e: Emitter, t: string): void {
  for (const m of matchAllOf(DELAY_HEARD, t, MAX_HITS)) {
    const end = m.index + m[0].length
    const sentence = sentenceOf(t, m.index, end)
    if (DELAY_SOURCE.test(sentence) || OFFICIAL_SOURCE.test(sentence) || (WEATHER_ALONE.test(sentence) && !CHANGE.test(sentence)) || RUMOUR_AWARE.test(sentence) || CORRECTED.test(t)) continue
    if (quotedExample(t, m.index) || /[」』]$/u.test(t.slice(Math.max(0, m.index - 1), m.index)) || askedAndAnswered(t, m.index)) continue
    const ending = /(?:ん|の)?(?:らしい|らしか|みたい|そう(?:です|だ|な)|(?:だ|です)?って|げな|とか|(?:と|って)(?:聞|伺|耳)|っち話)$/u.exec(m[0])!
    const from = wordStart(t, end - ending[0].length - 1)
    put(e, 'unofficial/rumour', from, end, { plain: withoutHearsay(t.slice(from, end)) })
  }
}
function cityOpinionOwnReason(e: Emitter, t: string): void {
  for (const m of matchAllOf(CITY_OPINION_G, t, MAX_HITS)) {
    const end = m.index + m[0].length
    if (quotedExample(t, m.index) || quotedVoice(t, m.index)) continue
    const s = sentenceAround(t, m.index, end)
    // The writer's own reason: a bare reason in the next sentence (正直、私自身…不安ですので。), or closing the clause before the city's view.
    const next = s.end < t.length ? sentenceAround(t, s.end, s.end) : null
    const nextSaid = next && next.start >= s.end ? t.slice(next.start, next.end) : ''
    const before = t.slice(s.start, m.index)
    const reasonAfter = nextSaid !== '' && SELF_MARK.test(nextSaid) && BARE_REASON_END.test(nextSaid)
    const reasonBefore = SELF_MARK.test(before) && REASON_THEN_CITY.test(before)
    if (!reasonAfter && !reasonBefore) continue
    put(e, 'unofficial/personal-view', m.index, end, { opinion: (reasonAfter ? nextSaid : before).trim().replace(/[、,。！!]+$/u, '') })
  }
}
function unoff84(e: Emitter, t: string): void {
  if (/前向き|乗り気|のり気|賛成|積極的|その気|ノリノリ/u.test(t) && /間違い|まちがい|確実|同然|ようなもの|時間の問題/u.test(t)) stanceAsProof(e, t)
  if (t.includes('時間の問題')) measureTimeOnly(e, t)
  if (/答弁|答え|回答/u.test(t) && /提案|要望|提言|質問/u.test(t)) proposalToldDecided(e, t)
  if (/間違い|まちがい|確実|時間の問題|絶対/u.test(t)) outcomeAsserted(e, t)
  if (/ば|たら/u.test(t) && /確実に|間違いなく|まちがいなく|絶対|100[%％]|百パーセント/u.test(t)) placementPromised(e, t)
  if (/遅れ|遅延|ずれ込|間に合わ|届かな|延び/u.test(t) && /らし|みたい|そう|って|げな|とか|聞|伺|耳|っち話/u.test(t)) delayHeard(e, t)
  if (/べき|がいい|がよい|が良い|望まし|でよい|で十分|不要|必要ない|いらない/u.test(t) && /市/u.test(t)) cityOpinionOwnReason(e, t)
}

/**
 * Blind R424Z-033 kind (unof84): the step named first as the topic, its date after it (全会場の開設は10月ごろとなる見込みです; 新館の開館は
 * 令和8年4月となる見込み; 受付の開始は9月中旬の見込み): the same dated schedule of the city's own project as OWN_STEP_DATED, said the other way
 * round, read by ownScheduleNotice with the same gates (the city's notice in the post, no hedge, hearsay, council or budget still to decide in
 * the sentence, no change such as 統合, 移転, 廃止, 有料化 in the clause). A change as the topic (有料化は7月からとなる見込み) is no step.
 */
const OWN_STEP_TOPIC_DATED =
  /(?:開設|設置|開始|開館|開所|開園|開校|開業|完成|完了|竣工|着工|オープン|供用開始|運用開始|運行開始|受付開始|募集開始|稼働|リニューアル(?:オープン)?|(?:募集|受付|受け付け|申込み?|申し込み|業務|工事|供用|運用|利用|販売|配布|交付)の開始)(?:時期|日)?(?:は|も)[、,]?(?:(?:令和|平成)(?:[0-9０-９一二三四五六七八九十]{1,2}|元)年(?:度)?|[0-9０-９]{4}年(?:度)?|同年|翌年)?[0-9０-９一二三四五六七八九十]{1,2}月(?:[0-9０-９一二三四五六七八九十]{1,2}日)?(?:[（(][月火水木金土日](?:・祝)?[）)])?(?:上旬|中旬|下旬|初旬|末)?(?:頃|ごろ)?(?:と(?:なる|の)|に(?:なる)?|の)?$/u

/*
 * Blind wave 85 kinds (unofA, one block):
 * - Blind R428D-014, R427C-014 kind: a leaning, a reaction or a hope given as the reason (市長が前向きな発言をされていたので; 参加企業さんの反応が
 *   すごくよかったので; 議員さんも乗り気だったから; 手応えがあったので), then a city measure or an outside body's act told as a plain future fact
 *   (…は無料になります, …が始まります, …を新設します) or foretold with きっと / はず (3社くらいは進出してくれるはず): a leaning is no decision,
 *   so the outcome is handed out before it is decided. LEANING_REASON then LEANING_LINK, the rest of the sentence carrying the outcome
 *   (REASON_OUTCOME) and a measure or a firm's coming (REASON_MEASURE); the plain future only after a person's leaning (a reaction's
 *   plain future, 好評だったので…開設します, is the city's own decision told). Clean: a hope marked as a hope (…になるといいですね, …したいと思います,
 *   期待しています), a leaning with nothing foretold (今後の議論に注目です), a decided basis anywhere in the post (可決され, 予算が成立し), the
 *   city's own event held again (反応がよかったので来年も開催します: 開催 is not a measure here).
 * - Blind R426B-004 kind: a measure told as decided (…することが決まりました, 決定しました) while the post concedes a formal step still ahead
 *   (まだ都市計画決定の手続き前ではありますが; 事業認可はこれからですが; 正式な決定の前ではありますが): FORMAL_STEP_AHEAD in the concession
 *   (…ですが, …けど, ものの) and DECIDED_TOLD in the same paragraph. A reader's procedure (申請の手続き前にご確認ください) is no concession;
 *   a decision with the step done (議決を経て決まりました) has no step ahead.
 * - Blind R426B-055 kind: 確定 / 決定 asserted as a bare word of the writer (これでもう確定なので; 決まりやけん; 決定だから), then a schedule
 *   forecast (…工事が始まって…見られるはずです; 来年には完成するでしょう): BARE_SETTLED then a forecast ending (はず, でしょう, だろう, きっと)
 *   with works or a measure in the sentence. A decided basis in the post (可決され, 予算が成立し), a date fixed told without a forecast (日程が
 *   確定なので、お知らせします) and a sport's result stay clean.
 */
const LEANING_REASON =
  /前向きな(?:発言|答弁|姿勢|回答|お返事|返事|コメント|お話|話|感触|反応)|前向き(?:に検討|に考え)?|乗り気|のり気|ノリノリ|好感触|手応え|手ごたえ|感触が(?:すごく|とても|かなり|非常に)?(?:よ|良|い)|反応が(?:すごく|とても|かなり|非常に|めちゃくちゃ|めっちゃ)?(?:よ|良|い|上々)|評判が(?:すごく|とても|かなり)?(?:よ|良)|好評|熱意|期待(?:の声)?が(?:大き|高|多)|要望が(?:多|強)|賛成(?:の声)?が多/gu
const LEANING_LINK = /^[^。！？!?\n]{0,16}?(?<=[ぁ-ゖ])(?<!(?:こ|そ|あ|ど)れ)(?:ので|から|んで|けん|し[、,])[、,]?/u
const REASON_OUTCOME =
  /(?:きっと|必ず|絶対(?:に)?)[^。！？!?\n]{0,40}|[^。！？!?\n]{0,40}?(?:はず|ハズ)(?:です|だ|や|ばい|よ|！|!|。|$)|[^。！？!?\n]{0,40}?(?:になります|となります|に変わります|が始まります|がはじまります|を始めます|がスタートします|(?:導入|実施|新設|開設|整備|建設|設置|廃止|統合|移転|進出|出店|立地|着工)(?:し|され|いたし)ます)(?:よ|ね|！|!)*(?=[。！!\n♪〜~]|\p{Extended_Pictographic}|$)/u
const REASON_MEASURE =
  /無料|有料|無償|半額|値上|値下|補助|助成|給付|支給|導入|新設|開設|整備|建設|設置|廃止|統合|移転|着工|工事|進出|出店|立地|誘致|参入|来て(?:くれ|くださ|もらえ)|来る|拠点|工場|企業|[0-9０-９一二三四五]社|路線|増便|便数/u
const HOPE_MARKED = /(?:と|ば|たら)(?:いい|よい|良い|うれしい|嬉しい)|たい(?:と|です|な|ね)|ことを(?:願|期待)|願って|期待(?:して|しつつ|しましょう)|祈って|かも|でしょうか|[?？]|目指/u
const FORMAL_STEP_AHEAD =
  /(?:都市計画(?:の)?決定|事業(?:の)?認可|事業計画(?:の)?決定|議会(?:の)?(?:議決|承認|可決)|議決|正式(?:な|の)?決定|正式決定|正式発表|認可|承認|(?:審議会|協議会|検討委員会|委員会)(?:の|から(?:の)?)?(?:答申|審議|結論|意見)|答申|諮問|パブリックコメント|パブコメ|意見募集)(?:の)?(?:手続き|手続)?(?:(?:の)?前|(?:は|が|も)[、,]?(?:まだ|これから|今後|来週|来月|来年度?|年明け|今月末|月末|[0-9０-９]{1,2}月(?:上旬|中旬|下旬|末)?(?:ごろ|頃)?|(?:秋|冬|春|夏)(?:ごろ|頃)?)(?:先)?|待ち)(?:の段階)?(?:では|で)?(?:ありますが|ございますが|ありますけど|あるけど|あるものの|すが|だが|だけど|ですけど|ですけれど|ですが|けど|ながら|とはいえ)/u
const DECIDED_TOLD = /(?:ことが|ことに|のが|が|は|で)[、,]?(?:決まりました|決定しました|決定いたしました|確定しました|決まっています|決まりです|決定です)|ことになりました|(?:方向性|方向|結論|中身|内容)(?:は|も)[、,]?(?:もう|すでに|既に)[、,]?(?:固まって|決まって)(?:い|お)(?:ます|る|ります)/gu
const STEP_DONE = /可決され|議決され|議決を経|承認され|成立し|認可され|認可を受け|予算(?:化|措置)され|予算に計上され/u
const BARE_SETTLED = /(?:もう|これで|ほぼ|ついに|いよいよ)?[、,]?(?:確定|決定|決まり|本決まり)(?:なので|なんで|だから|ですから|ですので|やけん|やから|だし|ですし)[、,]?/gu
const SETTLED_FORECAST = /(?:はず|ハズ|でしょう|だろう|でしょ(?!うか)|と思います|と思う|きっと)/u
const SETTLED_CONTENT = /工事|着工|完成|竣工|開通|開業|開館|供用|整備|建設|地中化|無電柱化|オープン|導入|実施|無料|有料|廃止|統合|移転|新設|開設|始ま/u

function leaningAsReason(e: Emitter, t: string): void {
  if (STEP_DONE.test(t)) return
  for (const m of matchAllOf(LEANING_REASON, t, MAX_HITS)) {
    const after = m.index + m[0].length
    const link = LEANING_LINK.exec(t.slice(after, after + 24))
    if (!link) continue
    const from = after + link[0].length
    const out = REASON_OUTCOME.exec(t.slice(from, from + 60))
    if (!out || out.index !== 0 && /[。！？!?\n]/u.test(t.slice(from, from + out.index))) continue
    const clause = t.slice(from, from + out.index + out[0].length)
    if (!REASON_MEASURE.test(clause) || HOPE_MARKED.test(clause)) continue
    // A plain future (…を開設します) after a reaction (好評だったので) is the city's own decision told; only a person's leaning
    // (前向き, 乗り気, 賛成) is no decision of the city's without a certainty word.
    if (!/きっと|必ず|絶対|はず|ハズ/u.test(clause) && !/前向き|乗り気|のり気|ノリノリ|賛成/u.test(m[0])) continue
    const s = sentenceAround(t, m.index, from + out.index + out[0].length)
    const sentence = t.slice(s.start, s.end)
    if (RUMOUR_AWARE.test(sentence) || /[?？]|でしょうか/u.test(sentence) || quotedExample(t, m.index) || quotedVoice(t, m.index)) continue
    const marker = /きっと|必ず|絶対(?:に)?|はず|ハズ/u.exec(clause)?.[0] ?? clause.replace(/^[^]*?(?=[^、,]*$)/u, '').slice(-12)
    put(e, 'unofficial/forecast', m.index, from + out.index + out[0].length, { topic: topicOf(sentence), marker })
    return
  }
}
function decidedBeforeStep(e: Emitter, t: string): void {
  if (STEP_DONE.test(t)) return
  const ahead = FORMAL_STEP_AHEAD.exec(t)
  if (!ahead || quotedExample(t, ahead.index)) return
  // The decision told in the same paragraph as the concession.
  const paraStart = t.lastIndexOf('\n', ahead.index) + 1
  const nl = t.indexOf('\n', ahead.index)
  const paraEnd = nl < 0 ? t.length : nl
  for (const m of matchAllOf(DECIDED_TOLD, t, MAX_HITS)) {
    if (m.index < paraStart || m.index >= paraEnd || quotedExample(t, m.index) || quotedVoice(t, m.index)) continue
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    if (/[?？]|でしょうか/u.test(t.slice(s.start, s.end))) continue
    put(e, 'unofficial/undecided', ahead.index, ahead.index + ahead[0].length, { noun: topicOf(t.slice(s.start, s.end)) })
    return
  }
}
function settledThenForecast(e: Emitter, t: string): void {
  if (STEP_DONE.test(t)) return
  for (const m of matchAllOf(BARE_SETTLED, t, MAX_HITS)) {
    // 確定 / 決定 as a bare word: not the tail of 確定申告, 決定通知, nor after a noun that makes it a sport's or a count's result.
    if (/^(?:確定|決定)/u.test(m[0]) && /(?:優勝|当選|合格|出場|進出|勝利|敗退|昇格|降格)$/u.test(t.slice(Math.max(0, m.index - 4), m.index))) continue
    const end = m.index + m[0].length
    const s = sentenceAround(t, m.index, end)
    const rest = t.slice(end, s.end)
    const f = SETTLED_FORECAST.exec(rest)
    if (!f || !SETTLED_CONTENT.test(t.slice(s.start, s.end)) || HOPE_MARKED.test(rest.slice(0, f.index + f[0].length))) continue
    if (RUMOUR_AWARE.test(t.slice(s.start, s.end)) || quotedExample(t, m.index) || quotedVoice(t, m.index)) continue
    // きっと opens the forecast: the span runs to the sentence's end (its closing marks left out).
    const to = f[0] === 'きっと' ? end + rest.replace(/[。！？!?♪〜~\s]+$/u, '').length : end + f.index + f[0].length
    put(e, 'unofficial/forecast', m.index, to, { topic: topicOf(t.slice(s.start, s.end)), marker: f[0] })
    return
  }
}
function unofA85(e: Emitter, t: string): void {
  if (/ので|から|んで|けん|し[、,]/u.test(t)) leaningAsReason(e, t)
  if (/前|これから|まだ|待ち|答申|諮問|審議|パブ|意見募集/u.test(t) && /決ま|決定|確定|固ま/u.test(t)) decidedBeforeStep(e, t)
  if (/[」』]/u.test(t) && /耳|聞|伺|うかが/u.test(t)) quotedTalkHeard(e, t)
  if (/確定|決定|決まり/u.test(t)) settledThenForecast(e, t)
}

/*
 * Blind wave 86 kinds (unof86):
 * - Blind R429E-021 kind: a measure told as decided (統合が決まりました; 方向性はもう固まっています) while the post concedes that the council's
 *   report, the consultation or the public comment is still ahead (審議会の答申は来月ですが; 諮問はこれからですが; パブリックコメントはまだですが):
 *   read by decidedBeforeStep, FORMAL_STEP_AHEAD naming these steps and a time ahead (来月, 秋ごろ, 3月末) as well as まだ / これから. A step
 *   done (答申を受けて, 可決され) or nothing told as decided stays clean.
 * - Blind R430F-041 kind: a rumour quoted in brackets, then said heard (「…が来年度末で閉館になる」との話を耳にしました; 「…が有料になる」という
 *   噂を聞きました): the bracket holds the unconfirmed change itself, which the post passes on. Only a change (CHANGE) or a benefit in the
 *   bracket; a denial or correction in the post (事実ではありません, デマ, 予定はありません), a question (本当ですか), a feeling heard
 *   (「楽しかった」という話を聞きました), words quoted to be deplored (驚きました, 根拠はありません) or shown as a scam's to beware of (ご注意,
 *   転送しないで) stay clean.
 * - Blind MG-049 kind (FP): the city's own direction told in its own voice with a plain future of preparing (…を増やす方向で準備を進めます;
 *   …広げる方向で準備いたします): its own operation decided and acted on, no forecast of others. A direction still under talks (方向で調整中),
 *   a direction passed on (らしい, とのこと, 聞いて), a secret (内緒, ここだけ), a progressive (準備を進めています) or a change needing the
 *   council or a fee (統合, 廃止, 有料, 料金, 条例) stays a finding.
 */
const QUOTED_TALK_HEARD = /[」』](?:との|という|っていう|って|とかいう|なんて)(?:話|噂|うわさ|情報)(?:を|ば)?[、,]?(?:ちらほら|最近|先日|たまたま|偶然)?[、,]?(?:耳にし|小耳に|聞き|聞い|伺い|伺っ|うかがい|うかがっ)/gu
const QUOTED_TALK_DENIED = /事実(?:では|じゃ)(?:ありません|ない)|事実は(?:一切)?(?:ありません|ございません)|デマ|誤り|根拠(?:は|が|の)(?:ない|ありません|ございません)|(?:予定|計画|方針|考え)(?:は|も)[、,]?(?:一切|全く|まったく|現時点で)?(?:ありません|ございません|ない)|本当(?:です)?か|ほんと(?:う)?(?:です)?か|[?？]|驚き|おどろ|びっくり|ひどい|許せ|差別|ご注意|注意して|惑わされ|転送|広めない|拡散しない|詐欺/u
function quotedTalkHeard(e: Emitter, t: string): void {
  if (QUOTED_TALK_DENIED.test(t)) return
  for (const m of matchAllOf(QUOTED_TALK_HEARD, t, MAX_HITS)) {
    const open = Math.max(t.lastIndexOf('「', m.index), t.lastIndexOf('『', m.index))
    if (open < 0 || m.index - open > 80) continue
    const inner = t.slice(open + 1, m.index)
    if (!(CHANGE.test(inner) || BENEFIT.test(inner)) || !FUTURE.test(inner) && !/(?:に|と)なる$|される$|する$/u.test(inner)) continue
    if (quotedVoice(t, m.index)) continue
    put(e, 'unofficial/rumour', open, m.index + m[0].length, { plain: inner })
    return
  }
}
const OWN_PREP_AFTER = /^(?:を)?[、,]?(?:進めます|進めてまいります|進めて参ります|進めていきます|進めてゆきます|いたします|します)/u
const OWN_PREP_NOT = /らしい|みたい|そうです|とのこと|聞い|聞き|伺|うかが|内緒|ないしょ|ここだけ|オフレコ|非公式|内々|まだ|正式|統合|廃止|廃校|閉館|閉鎖|移転|有料|無料|値上|値下|料金|使用料|手数料|補助|助成|条例|予算|議会/u
function ownPreparationTold(t: string, end: number, w: string, sentence: string): boolean {
  if (!/準備$/u.test(w) || !OWN_PREP_AFTER.test(t.slice(end, end + 12))) return false
  return !OWN_PREP_NOT.test(sentence)
}

/*
 * Blind wave 87 kinds (unofB87), all unofficial/personal-view (one member of staff's view given as the city's stance):
 * - Blind R431G-030 kind: a candour marker inside the city's own stance (柳川市としては、正直なところ、…だと考えています; 本市としては、
 *   ぶっちゃけ…と思っています; 市は、本音を言えば…と見ています): the city speaks through its decisions, not frankly; 正直に, 本音, ぶっちゃけ,
 *   率直に言って belong to a person, so the verdict that follows is the writer's made the city's. CANDOUR_IN_STANCE reads the city as the
 *   holder (として, は), the marker and a verb of thinking (と考え, と思っ, と見て, と感じ) in one sentence, either order. Clean: 正直な + a noun
 *   (正直なご意見をお聞きしたい), 正直に申告 (honesty asked of readers), a candour marker in another sentence than the city's stance.
 * - Blind R432H-023 kind: one's own conviction equated with the city's policy (これは私の信念であり、市の方針です; 僕の考えがそのまま市の
 *   方針です; 担当者の思い＝柳川市の考え), or a feeling labelled as one's own, then the city said to share it (担当として日々感じていることで、
 *   市の考えも同じです): OWN_CREED_IS_CITY. Clean: the disclaimer (私個人の意見であり、市の見解ではありません; 私の考えではなく、市の方針として),
 *   the city's policy first and one's agreement after (市の方針であり、私自身の思いでもあります).
 * - Blind R434K-017 kind: a dismissive judgement given as the reason (…残しておいても仕方がないので; 続けても意味がないから; 維持するのは無駄
 *   なので), then the city's reorganisation told as its course in that sentence (市としては今後…に一本化していく考えです; 本市は…を廃止する
 *   方針です): a change not decided, asserted on one person's verdict. Clean: the same change grounded in an adopted plan, an ordinance or a
 *   council's decision anywhere in the post (計画に基づき, 計画（令和6年策定）では, 条例で定める, 可決), a course still weighed (検討して
 *   まいります), the dismissive words as residents' voice (仕方がないとのご意見もありますが).
 * - Blind R434K-047 kind: a value judgement about how residents should live (…に住み替えていただくのが一番; 結婚して子どもを持つのが幸せ;
 *   地元に残るのが当たり前) attributed to the city as its thought (…だと、柳川市は考えています; 市としては…のが一番だと考えています):
 *   VALUE_OF_LIFE with LIFE_CHOICE in the sentence. Clean: a practical tip with no city as holder (まず空き家バンクに登録するのが一番の
 *   近道です), the city's support told (住み替えの費用を補助しています), a plan cited (立地適正化計画に基づき), a mayor's words quoted.
 */
const STANCE_HOLDER = '(?:柳川市|本市|当市|(?<![\\p{Script=Han}])市)(?:として(?:は|も)?|といたしまして(?:は|も)?|としまして(?:は|も)?|は)[、,]?'
const CANDOUR = '(?:正直(?:なところ|に(?:言|い|申し上げ|申しま)[^。！？!?\\n、,]{0,6}?)?|本音(?:を(?:言|い|申)[^。！？!?\\n、,]{0,5}?|で(?:言|い)[^。！？!?\\n、,]{0,4}?|では)?|ぶっちゃけ(?:て|ると|た話)?|率直に(?:言|い|申し上げ|申しま)[^。！？!?\\n、,]{0,6}?)[、,]'
const THINK_END = 'と(?:考え|思っ|思い|見|感じ|とらえ|捉え)(?:て(?:い|お)|ます|る)'
const CANDOUR_IN_STANCE = new RegExp(`${STANCE_HOLDER}[^。！？!?\\n]{0,12}?${CANDOUR}[^。！？!?\\n]{0,60}?${THINK_END}|${CANDOUR}[^。！？!?\\n]{0,12}?${STANCE_HOLDER}[^。！？!?\\n]{0,60}?${THINK_END}`, 'u')
const OWN_CREED_IS_CITY =
  /(?:私|わたし|わたくし|僕|ぼく|自分|担当者?|担当職員)(?:個人|自身)?の(?:信念|信条|考え|思い|持論|意見|ポリシー|主義|こだわり|願い|気持ち)(?:であり|であって|であると同時に|でもあり|であるとともに|は|が|こそ|[＝=]|イコール)?[、,]?(?:(?:そして|同時に|また|かつ|そのまま|すなわち|つまり|イコール|＝|=)[、,]?)?(?:それが|これが|そのまま)?(?:柳川市|本市|当市|市役所|市)(?:として)?の(?:方針|考え|見解|立場|姿勢|スタンス|方向性|総意|意思|意見|政策)(?!(?:では|じゃ|とは|と(?:は)?(?:異な|違|別|関係))|を代表|について|に(?:つい|関し|基づ|沿))|(?:担当|私|わたし|僕|ぼく|自分|個人的に)[^。！？!?\n]{0,14}?(?:感じて|思って|考えて|信じて)(?:いる|きた|おる|います)(?:こと|の)(?:で|であり|ですが|ですし|だし|だけど|ですけど)[、,]?(?:柳川市|本市|当市|市)(?:として)?の(?:考え|方針|見解|立場|意見)(?:も|と)[、,]?(?:まったく|全く|ほぼ)?(?:同じ|一緒|同様|一致)/u
const DISMISSIVE_REASON =
  /(?:ても|でも|のは)[^。！？!?\n]{0,6}?(?:仕方(?:が)?(?:ない|ありません)|しかた(?:が)?(?:ない|ありません)|しょうがない|しようがない|意味(?:が)?(?:ない|ありません)|無駄|むだ|ムダ|きりがない|キリがない|もったいない)(?:です|だ|でしょう|な)?(?:ので|から|し|んで)[、,]?/gu
const REORGANISED_AS_COURSE = new RegExp(`${STANCE_HOLDER}[^。！？!?\\n]{0,50}?(?:一本化|統合|集約|廃止|縮小|再編|統廃合|切り替え|切りかえ|切替|移行|撤退|打ち切|民営化|売却|取り壊|解体)[^。！？!?\\n]{0,16}?(?:考え|方針|予定|つもり|ことに(?:し|な)|します|いたします|していきます|してまいります|していく|する)`, 'u')
const COURSE_GROUNDED = /計画に基づ|計画(?:[（(][^）)\n]{0,16}[）)])?(?:では|において|で(?:定め|示し))|条例(?:で|に基づ|により)|可決|議決|答申を(?:受け|踏まえ)|決定しました|決定いたしました/u
const COURSE_WEIGHED = /検討|協議|研究|意見を(?:伺|聞|お聞き)|ご意見を(?:伺|聞|お聞き)/u
const LIFE_CHOICE = /住み替え|住みかえ|移り住|移住|引っ越|転居|同居|近居|結婚|出産|子ども?を(?:持|産|生)|子供を(?:持|産|生)|持ち家|家を(?:建て|買)|車を手放|免許を?返納|施設に入|地元に残|家業|継ぐ|継い|共働き|専業主婦|家庭に入|老後|独身/u
const VALUE_OF_LIFE = new RegExp(`(?:のが|ことが|のは|ことこそ)[、,]?(?:一番|いちばん|イチバン|最善|ベスト|理想|幸せ|正解|当たり前|あたりまえ|当然|望ましい|あるべき姿)(?:だ|である|です)?と[、,]?${STANCE_HOLDER}(?:考え|思っ|思い|感じ|見て)|${STANCE_HOLDER}[^。！？!?\\n]{0,60}?(?:のが|ことが|のは)[、,]?(?:一番|いちばん|イチバン|最善|ベスト|理想|幸せ|正解|当たり前|あたりまえ|当然|望ましい|あるべき姿)(?:だ|である)?${THINK_END}`, 'u')
const OWN_FAILING = /反省|お詫び|おわび|申し訳|至らな|(?:市|本市|当市|私ども|わたしども|当課)の(?:対応|説明|周知|判断|確認)(?:が|は|に)/u
function unofB87(e: Emitter, t: string): void {
  if (/正直|本音|ぶっちゃけ|率直/u.test(t)) {
    const m = CANDOUR_IN_STANCE.exec(t)
    if (m && !quotedVoice(t, m.index) && !(t.lastIndexOf('「', m.index) > t.lastIndexOf('」', m.index))) {
      const s = sentenceAround(t, m.index, m.index + m[0].length)
      // The city owning its own failing frankly (率直に申し上げて、市の対応が不十分であったと考えております) is an apology, not a view.
      if (!/[?？]|でしょうか/u.test(t.slice(s.start, s.end)) && !OWN_FAILING.test(t.slice(s.start, s.end))) put(e, 'unofficial/personal-view', m.index, m.index + m[0].length, { opinion: t.slice(s.start, s.end).replace(/[。！!]$/u, '') })
    }
  }
  if (/の(?:方針|考え|見解|立場|姿勢|スタンス|方向性|総意|意思|意見|政策)/u.test(t)) {
    const m = OWN_CREED_IS_CITY.exec(t)
    if (m && !quotedVoice(t, m.index) && !(t.lastIndexOf('「', m.index) > t.lastIndexOf('」', m.index))) {
      const s = sentenceAround(t, m.index, m.index + m[0].length)
      put(e, 'unofficial/personal-view', m.index, m.index + m[0].length, { opinion: t.slice(s.start, s.end).replace(/[。！!]$/u, '') })
    }
  }
  if (/ので|から|し[、,]|んで/u.test(t) && !COURSE_GROUNDED.test(t)) {
    for (const m of matchAllOf(DISMISSIVE_REASON, t, MAX_HITS)) {
      const from = m.index + m[0].length
      const s = sentenceAround(t, m.index, from)
      const course = REORGANISED_AS_COURSE.exec(t.slice(from, s.end))
      if (!course || COURSE_WEIGHED.test(t.slice(from, s.end)) || /(?:か|かどうか)[、,]?$/u.test(course[0].replace(/(?:考え|方針|予定|つもり|ことに(?:し|な)|します|いたします|していきます|してまいります|していく|する)$/u, '')) || quotedVoice(t, m.index) || t.lastIndexOf('「', m.index) > t.lastIndexOf('」', m.index)) continue
      if (/[?？]|でしょうか/u.test(t.slice(s.start, s.end))) continue
      put(e, 'unofficial/personal-view', from + course.index, from + course.index + course[0].length, { opinion: t.slice(s.start, from).replace(/[、,]$/u, '') })
      break
    }
  }
  if (LIFE_CHOICE.test(t) && !/計画に基づ|計画(?:[（(][^）)\n]{0,16}[）)])?では|条例/u.test(t)) {
    const m = VALUE_OF_LIFE.exec(t)
    if (m && !quotedVoice(t, m.index) && !(t.lastIndexOf('「', m.index) > t.lastIndexOf('」', m.index))) {
      const s = sentenceAround(t, m.index, m.index + m[0].length)
      const sentence = t.slice(s.start, s.end)
      if (LIFE_CHOICE.test(sentence) && !/[?？]|でしょうか/u.test(sentence)) put(e, 'unofficial/personal-view', m.index, m.index + m[0].length, { opinion: sentence.replace(/[。！!]$/u, '') })
    }
  }
}

/*
 * Blind wave 88 kinds (unof88):
 * - Blind R435L-024 kind: talk heard from someone outside the city, framed as such (旅行会社の方からちらっと伺った話では; 知り合いの業者さん
 *   から聞いた話だと; 県の人にこっそり教えてもらった話によると), then a matter still to come told in the press's hedge or hearsay (…飛ぶ模様,
 *   …できるらしい, …始まるとのこと, …出店する予定みたい): off-the-record talk passed on (unofficial/rumour). Read in the sentence the frame opens;
 *   the thing told must be ahead (a verb's plain form before the hedge). Clean: a friendly fact or a feeling heard (とても喜んでいたとのこと), the
 *   past or tradition told (昔は…だったそうです), the city's own department asked (担当課に伺った話では), the talk denied (事実ではありません).
 * - Blind R436M-024 kind: what a weekly, a part of the press or the net says about someone (一部の週刊誌では…とも言われています; ネット上では
 *   …と噂されています; 一部報道では…と報じられています) passed on without confirmation (unofficial/rumour), when it tells a claim about a
 *   person of the city (市長, 議員, 職員 … 辞任, 不倫, 体調) or a change. Clean: the same report denied or warned against (事実ではありません,
 *   惑わされないで), a saying about the town (ネットでは「日本のベニス」と言われています), the city's own release awaited with nothing told.
 * - Blind R436M-026 kind: a project not yet decided called certain (来年度の着工はもう確実でしょう; 完成はほぼ間違いないと思います; 誘致も
 *   決まったも同然です): unofficial/forecast. Clean: 確実に + a verb (確実に進めてまいります), a measure the post says was passed or is under way
 *   (可決され, 工事中, 契約を締結), a sport's or a count's result.
 * - Blind R436M-052 kind: a hedged answer in the council or to the press (「検討する」と答弁; 「研究してまいります」との回答; 前向きに検討すると
 *   述べました) read as a decision in the post (これで…は決まりですね, もう実現確定, いよいよ決定です): unofficial/forecast. Clean: the answer
 *   told as it is, with a promise to report when decided (決まり次第お知らせします), a plain future of the city's own.
 * - Blind R436M-055 kind: a bill only proposed, submitted or tabled (本日の議会に提案された条例改正により; 提出中の予算案で; 上程された議案に
 *   より) told as in force (…無料になります, …支給します, …始まります): unofficial/undecided. Clean: the outcome made conditional on the vote
 *   (可決されれば, 成立した場合は), the bill passed (可決された条例改正により), the proposal itself reported (…を提案しました).
 * - Blind R435L-027 kind: the city's future course guessed on its behalf (市としても今後は規制の方向に進むはず; 市も…に舵を切るでしょう;
 *   行政としても廃止の方向に動くと思います): one person's reading of a policy not decided (unofficial/forecast). Clean: the city's course
 *   stated in its own voice (市としても…方向で検討を進めます), thanks or a plain statement after 市としても.
 * - Blind R436M-032 kind: the executive's stance taken on a matter that is the council's own (議員定数, 議員報酬, 政務活動費, a petition to the
 *   council) (市としても定数は減らすべきだと考えています; 本市としては議員報酬の引き下げに賛成です): unofficial/personal-view. Clean: the
 *   petition or the debate reported, the city leaving it to the council (議会でご判断いただくものと考えています).
 * - Blind MK-034 kind (FP): how participants took an event that was held, told in a past guess (参加した皆さんも…を見直すきっかけになったよう
 *   です; 受講者の皆さんにも好評だったようです): a report of what happened, no forecast (kept in `forecasts`).
 */
const HEARD_FRAME88 = /(?:の方|さん|関係者|知り合い|知人|業者|会社|筋)(?:から|に)[、,]?(?:ちらっと|ちらりと|ちょっと|こっそり|内々に|たまたま|非公式に)?[、,]?(?:伺|うかが|聞|き|教えて(?:もら|いただ))(?:っ|い)た(?:話|ところ)(?:では|だと|によると|によれば|では)[、,]?/gu
const HEARD_AHEAD88 = /(?:る|す|く|ぶ|む|つ|ぐ|う|ない)(?:模様|もよう|らしい|らしく|みたい|そう(?:です|だ|で)|とのこと|予定(?:らしい|みたい|とのこと)?|見込み|ようです|ってこと)/u
const HEARD_CITY88 = /(?:市|県|課|係|室|局|部|役所|市役所|担当)(?:の方|の人|の職員)?(?:から|に)[、,]?(?:ちらっと|ちょっと)?[、,]?(?:伺|うかが|聞)/u
const HEARD_FEELING88 = /喜|楽し|感謝|うれし|嬉し|満足|好評|感動|驚|懐かし|昔|かつて|以前|当時/u
const PRESS_SAYS88 = /(?:週刊誌|一部(?:の)?(?:報道|メディア|新聞|雑誌|週刊誌|ネット|マスコミ)|ネット上|ネットの(?:掲示板|書き込み)|SNS上|掲示板|ゴシップ誌?|タブロイド|スポーツ紙|夕刊紙)(?:では|で|に(?:は|よると|よれば)|によると|によれば)[、,]?[^。！？!?\n]{0,60}?(?:と|って)(?:も)?(?:言われ|いわれ|報じられ|書かれ|噂され|うわさされ|ささやかれ|取り沙汰され|伝えられ|されて)(?:ています|ている|ております|おり|てい|ます)/u
const PERSON_TOLD88 = /市長|副市長|議長|議員|教育長|部長|課長|職員|幹部|知事/u
const PERSON_MATTER88 = /辞任|辞職|退任|引退|出馬|不出馬|立候補|体調|病気|入院|不倫|離婚|逮捕|疑惑|更迭|解任|交代|降格|処分|借金/u
const REPORT_DENIED88 = /事実(?:では|じゃ)(?:ありません|ない)|事実無根|デマ|誤り|根拠(?:は|が|の)(?:ない|ありません)|惑わされ|ご注意|注意して|確認されて(?:い|お)(?:ません|りません)|そのような(?:事実|予定|計画)/u
const CALLED_SURE88 = /(?:着工|完成|竣工|開業|開館|開通|実現|建設|整備|導入|事業化|予算化|採択|可決|誘致|開設|新設|建て替え|移転|無料化|延伸|再開)(?:は|も|が)[、,]?(?:もう|ほぼ|まず|ほぼほぼ|間違いなく|ほとんど)?[、,]?(?:確実|間違いない|間違いありません|まちがいない|決まったも同然|決まったようなもの|堅い|固い|かたい)(?:でしょう|だろう|です|だ|やろ|と思|とみて|ですね|ね|な|！|!|。|$)/u
const UNDER_WAY88 = /可決され|議決され|成立し|承認され|工事中|着工し(?:まし)?た|工事が(?:始ま|進ん)|契約(?:を(?:締結|結)|し(?:まし)?た)|予算(?:化|措置)され|予算に計上され/u
const HEDGED_ANSWER88 = /(?:[「『](?:前向きに)?(?:検討|研究|善処|調査|勉強)(?:する|します|してまいります|していきます|したい|いたします)[」』]|(?:前向きに)?(?:検討|研究|善処)(?:する|します|してまいります|していきたい))(?:と|との)[、,]?(?:の)?(?:答弁|回答|答え|返答|述べ|発言|話し|表明|コメント)/u
const READ_AS_DECIDED88 = /(?:これで|もう|ついに|いよいよ|ほぼ|事実上)[、,]?[^。！？!?\n]{0,20}?(?:決まり|決定|確定|本決まり|実現確実|確実)(?:です|だ|や|ですね|ね|でしょう|だろう|！|!|。|$)/u
const BILL_PROPOSED88 = /(?:提案|提出|上程|付議)(?:された|されている|中の|予定の|した|しました?)(?:ばかりの)?[^。！？!?\n]{0,6}?(?:条例(?:の)?(?:改正|改正案|案)?|改正案|予算案|補正予算|議案)(?:により|によって|で|に基づき|を受けて)[、,]?[^。！？!?\n]{0,50}?(?:になります|となります|に変わります|が始まります|を(?:支給|実施|開始|無料化|廃止)します|ます[！!]?)(?=[。！!\n]|$)/u
const BILL_CONDITIONAL88 = /可決されれば|可決された(?:場合|ら)|成立すれば|成立した(?:場合|ら)|議決を経て|通れば|承認されれば|予定です|見込み/u
const CITY_COURSE_GUESSED88 = /(?:柳川市|本市|当市|市役所|行政|(?<![\p{Script=Han}])市)(?:として(?:も|は)|も)[、,]?[^。！？!?\n]{0,24}?(?:方向|方針|規制|制限|禁止|廃止|縮小|強化|見直し|舵)(?:に|へ|を|で)?[^。！？!?\n]{0,8}?(?:進む|向かう|動く|切る|なる|する|いく|行く|傾く)(?:はず|に違いない|でしょう(?!か)|だろう|と思(?:います|う|っています)|と見て(?:います|いる))/u
const COUNCIL_MATTER88 = /議員定数|(?:議会の)?定数|議員報酬|議員の報酬|政務活動費|議員の(?:数|人数)|議会(?:の)?(?:運営|改革)|陳情|請願/u
const COUNCIL_STANCE88 = new RegExp(`${STANCE_HOLDER}[^。！？!?\\n]{0,40}?(?:べき|賛成|反対|支持|妥当|当然|望ましい)(?:だ|である|です)?${THINK_END}`, 'u')
const LEFT_TO_COUNCIL88 = /議会(?:で|が|において)[^。！？!?\n]{0,10}?(?:判断|決め|議論|審議|審査)/u
/** MK-034 kind: participants' reception of a held event (…きっかけになった, 好評だった, 楽しんだ) before ようです. */
const EVENT_TAKEN88 = /(?:参加|受講|来場|出席)(?:した|された|し(?:てくれ|ていただい)た)?(?:職員|方|方々|皆さん|皆様|みなさん|人|者|事業者|子ども|子供)|参加者|受講者|来場者/u
const TAKEN_PAST88 = /(?:きっかけ|機会|学び|気づき|刺激|参考|勉強|励み|思い出|自信)(?:に|と)(?:なっ|なられ)$|(?:楽しん|喜ん|満足し|満足され|盛り上がっ|感動し|好評だっ|好評でし)$/u

function unof88(e: Emitter, t: string): void {
  if (/話|ところ/u.test(t) && /伺|うかが|聞|教え/u.test(t)) {
    for (const m of matchAllOf(HEARD_FRAME88, t, MAX_HITS)) {
      const s = sentenceAround(t, m.index, m.index + m[0].length)
      const lead = t.slice(s.start, m.index + m[0].length)
      const rest = t.slice(m.index + m[0].length, s.end)
      const ahead = HEARD_AHEAD88.exec(rest)
      if (!ahead || HEARD_CITY88.test(lead) || HEARD_FEELING88.test(rest) || REPORT_DENIED88.test(t) || TRIVIA.test(rest) || quotedVoice(t, m.index)) continue
      // (The excerpt opens with who told it: 旅行会社の方から….)
      const who = /[\p{Script=Han}\p{Script=Katakana}ー]{1,8}$/u.exec(t.slice(Math.max(0, m.index - 8), m.index))?.[0].length ?? 0
      put(e, 'unofficial/rumour', m.index - who, m.index + m[0].length + ahead.index + ahead[0].length, { plain: rest.slice(0, ahead.index + 1) })
      break
    }
  }
  if (/週刊|報道|メディア|ネット|SNS|掲示板|ゴシップ|タブロイド|紙/u.test(t)) {
    const m = PRESS_SAYS88.exec(t)
    if (m && !REPORT_DENIED88.test(t) && !quotedVoice(t, m.index)) {
      const said = m[0]
      if ((PERSON_TOLD88.test(said) && PERSON_MATTER88.test(said)) || PEOPLE_CLAIM.test(said) || CHANGE.test(said)) put(e, 'unofficial/rumour', m.index, m.index + m[0].length, { plain: said })
    }
  }
  if (/確実|間違|まちが|同然|ようなもの|堅い|固い|かたい/u.test(t) && !UNDER_WAY88.test(t)) {
    const m = CALLED_SURE88.exec(t)
    if (m && !quotedVoice(t, m.index) && !/[?？]|でしょうか/u.test(sentenceOf(t, m.index, m.index + m[0].length))) put(e, 'unofficial/forecast', m.index, m.index + m[0].length, { topic: topicOf(sentenceOf(t, m.index, m.index + m[0].length)), marker: m[0].replace(/^[^]*?(?=確実|間違|まちが|決まった|堅い|固い|かたい)/u, '') })
  }
  if (/検討|研究|善処|調査|勉強/u.test(t) && /決ま|決定|確定|確実/u.test(t)) {
    const a = HEDGED_ANSWER88.exec(t)
    const d = a ? READ_AS_DECIDED88.exec(t.slice(a.index + a[0].length)) : null
    if (a && d && !UNDER_WAY88.test(t)) {
      const at = a.index + a[0].length + d.index
      if (!/[?？]|でしょうか/u.test(sentenceOf(t, at, at + d[0].length))) put(e, 'unofficial/forecast', at, at + d[0].length, { topic: topicOf(sentenceOf(t, at, at + d[0].length)), marker: d[0] })
    }
  }
  if (/提案|提出|上程|付議/u.test(t) && !STEP_DONE.test(t)) {
    const m = BILL_PROPOSED88.exec(t)
    if (m && !BILL_CONDITIONAL88.test(sentenceOf(t, m.index, m.index + m[0].length)) && !quotedVoice(t, m.index)) put(e, 'unofficial/undecided', m.index, m.index + m[0].length, { noun: topicOf(sentenceOf(t, m.index, m.index + m[0].length)) })
  }
  if (/はず|違いない|でしょう|だろう|思|見て/u.test(t)) {
    const m = CITY_COURSE_GUESSED88.exec(t)
    if (m && !quotedVoice(t, m.index) && !(t.lastIndexOf('「', m.index) > t.lastIndexOf('」', m.index))) put(e, 'unofficial/forecast', m.index, m.index + m[0].length, { topic: topicOf(sentenceOf(t, m.index, m.index + m[0].length)), marker: m[0].replace(/^[^]*?(?=はず|に違いない|でしょう|だろう|と思|と見て)/u, '') })
  }
  if (COUNCIL_MATTER88.test(t)) {
    const m = COUNCIL_STANCE88.exec(t)
    if (m && COUNCIL_MATTER88.test(sentenceOf(t, m.index, m.index + m[0].length) + t.slice(Math.max(0, m.index - 40), m.index)) && !LEFT_TO_COUNCIL88.test(sentenceOf(t, m.index, m.index + m[0].length)) && !quotedVoice(t, m.index)) {
      put(e, 'unofficial/personal-view', m.index, m.index + m[0].length, { opinion: sentenceOf(t, m.index, m.index + m[0].length).replace(/[。！!]$/u, '') })
    }
  }
}

/*
 * Blind wave 89 kinds (unof89):
 * - Blind R439Q-011 kind: a measure stated as in force (…が設置されます, …が始まります) while the post concedes the council is deliberating
 *   it in the progressive (議会で予算を審議しているところですが, 委員会でご審議いただいている最中ですが): told before the decision
 *   (unofficial/undecided). Clean: the deliberation told alone (審議の様子は中継しています), the measure hedged or conditional on the vote
 *   (予定です, 可決されれば), the bill passed.
 * - Blind R439Q-024 kind: the city's stance asserted on a family's own choice for its child (市としては、小学生にスマホは必要ないと
 *   考えています; 本市は、中学生のうちは携帯電話を持たせるべきではないと考えております): one person's view given as the city's
 *   (unofficial/personal-view). Clean: the city's own measure or rule (学校への持ち込みは認めていません), support offered (適切な利用を
 *   支援します), a judgement of the city's own work (新たな施設は必要ないと考えています).
 * - Blind R439Q-034 / R440R-035 / R440R-004 kind: hearsay in casual or a mascot's speech (…出してくれるって聞いたよ; …持っていかれた
 *   って聞きました; 廊下で聞いちゃったんだけど、…はじまるんだって): a matter to come, or an incident no one has announced, passed on as
 *   heard (unofficial/rumour). Clean: a feeling or a thanks heard (楽しかったって聞いたよ, 喜んでくれたって聞きました), the past or history
 *   (昔は…あったって聞きました), a question, the city's own department named as the source, a report denied.
 * - Blind R440R-045 kind: a count forecast (事故の件数も半分くらいになると思います; 来場者は倍になるでしょう; 死者はゼロで終わるはず):
 *   one person's guess at a statistic (unofficial/forecast). Clean: a target (半分にすることを目指します), a result (半分になりました),
 *   a wish (ゼロにしたいと思います), the city's own estimate (見込みです).
 */
const COUNCIL_DELIBERATING89 = /(?:議会|定例会|臨時会|委員会|本会議)[^。！？!?\n]{0,24}?(?:審議|審査|議論)(?:を)?(?:し|いただい|して(?:いただい)?|され)て?(?:い|お)(?:る|ります|ます)(?:ところ|最中|段階)?(?:です|だ|でございます)?(?:が|けど|けれど|けれども|ものの)/u
const MEASURE_IN_FORCE89 = /(?:年度|年|月|春|夏|秋|冬|以降)(?:から|より)(?:は)?[、,]?[^。！？!?\n]{0,40}?(?:設置|導入|開始|実施|開設|配置|新設|無料化|有料化|廃止|支給|創設)?(?:されます|されることになります|します|いたします|始まります|はじまります|になります|となります|できます|変わります)(?:よ|ね)?(?=[。！!)）\n〜~♪]|\p{Extended_Pictographic}|$)/u
const MEASURE_HEDGED89 = /れば|たら|場合|予定|見込み|目指|方向|検討|お知らせします|ご案内します|方針/u
const CHILD_OF_FAMILY89 = /(?:小学生|中学生|高校生|子ども|子供|こども|児童|生徒|未成年|幼児|乳児|(?:お)?子さん)(?:に|には|が|の|は|のうちは)/u
const FAMILY_CHOICE89 = /スマートフォン|スマホ|携帯電話|携帯|ケータイ|タブレット|ゲーム機?|SNS|持たせ|買い与え|与え|習い事|塾|進学|部活|留学|アルバイト|バイト|髪(?:型)?を?染め|化粧|メイク/u
const CITY_FAMILY_STANCE89 = new RegExp(`${STANCE_HOLDER}[^。！？!?\\n]{0,40}?(?:必要(?:は)?ない|必要ありません|不要|いらない|早い|早すぎる|べきで(?:は)?ない|べきではありません|させるべき|持たせるべき|望ましくない|好ましくない)(?:だ|である|です)?${THINK_END}`, 'u')
const HEARD_CASUAL89 = /(?:[るうくすつぶむぐ]|ない|れた|(?<!か)った|いた|んだ|した|きた)(?:ん(?:だ|です))?って(?:聞|き)(?:いた|いちゃった|きました|いてます|いています|いたんだ|いたよ)/gu
const OVERHEARD_FRAME89 = /(?:聞い|きい|耳にし)(?:ちゃった|ちゃいました|てしまった|た|ました)(?:ん(?:だ|です|や)|の)?(?:けど|けれど|けれども|が)[、,]?/gu
const TOLD_AS_HEARD89 = /(?:る|ない|まる|なる)(?:ん)?(?:だって|やって|ですって|らしい|らしいよ|みたい)/u
const AHEAD_OR_INCIDENT89 = /来月|来年|再来年|来週|今度|次(?:の|回)|近く|もうすぐ|そのうち|から|より|れた|盗|事故|事件|火事|火災|逮捕|不審|被害/u
const HEARD_SOFT89 = /喜|楽し|感謝|うれし|嬉し|満足|好評|感動|ありがと|よかった|良かった|おいし|美味し|昔|かつて|以前|当時|由来/u
const COUNT_FORECAST89 = /(?:件数|死者|死亡者|負傷者|人数|者数|客数|人口|観光客|来場者|来館者|利用者|参加者|発生|事故|犯罪|被害)(?:数)?(?:は|も|が)?[^。！？!?\n]{0,16}?(?:(?:半分|倍|2倍|二倍|3倍|三倍|ゼロ|0|[0-9０-９]+(?:万|千)?(?:件|人|割|%|％))(?:くらい|ぐらい|ほど|程度|近く|以上|以下|未満)?(?:に|で)(?:なる|減る|増える|終わる|収まる|達する|届く|いく|行く)|(?:半減|倍増|激減|急増)(?:する|します))(?:でしょう(?!か)|だろう|と思(?:います|う|っています)|はず|に違いない|と見て(?:います|いる))/u

function unof89(e: Emitter, t: string): void {
  if (/審議|審査|議論/u.test(t) && !/可決され|議決され|承認され|成立しました|可決済|議決済/u.test(t)) {
    const open = COUNCIL_DELIBERATING89.exec(t)
    const said = open ? MEASURE_IN_FORCE89.exec(t) : null
    if (open && said) {
      const sentence = sentenceOf(t, said.index, said.index + said[0].length)
      const claim = sentence.includes(open[0]) ? sentence.replace(open[0], '') : sentence
      if (!MEASURE_HEDGED89.test(claim) && !/[?？]|でしょうか/u.test(claim) && !quotedVoice(t, said.index)) put(e, 'unofficial/undecided', open.index, open.index + open[0].length, { noun: topicOf(sentence) })
    }
  }
  if (FAMILY_CHOICE89.test(t) && CHILD_OF_FAMILY89.test(t)) {
    const m = CITY_FAMILY_STANCE89.exec(t)
    if (m && FAMILY_CHOICE89.test(m[0]) && CHILD_OF_FAMILY89.test(m[0]) && !quotedVoice(t, m.index) && !/[?？]|でしょうか/u.test(sentenceOf(t, m.index, m.index + m[0].length))) put(e, 'unofficial/personal-view', m.index, m.index + m[0].length, { opinion: sentenceOf(t, m.index, m.index + m[0].length).replace(/[。！!]$/u, '') })
  }
  if (/聞|きい|きき|耳に/u.test(t) && !REPORT_DENIED88.test(t)) {
    let done = false
    for (const m of matchAllOf(HEARD_CASUAL89, t, MAX_HITS)) {
      const s = sentenceAround(t, m.index, m.index + m[0].length)
      const told = t.slice(Math.max(s.start, m.index - 50), m.index + m[0].length)
      // A plain verb before って (出してくれるって, 始まるって) tells a matter ahead by its tense; ている and ある tell a state.
      const ahead = /[るうくすつぶむぐ](?:ん(?:だ|です))?って/u.test(m[0]) && !/(?:てい|て|い|あ)る(?:ん(?:だ|です))?って/u.test(t.slice(m.index - 2, m.index + m[0].length))
      if (!(ahead || AHEAD_OR_INCIDENT89.test(told)) || HEARD_SOFT89.test(told) || TRIVIA.test(told) || HEARD_CITY88.test(told) || /[?？]|でしょうか|ですか/u.test(t.slice(s.start, s.end)) || quotedVoice(t, m.index)) continue
      // (The excerpt is the hearsay marker, って聞いた, as the older readers of it give it.)
      const at = m.index + m[0].indexOf('って')
      put(e, 'unofficial/rumour', at, m.index + m[0].length, { plain: told })
      done = true
      break
    }
    if (!done) {
      for (const m of matchAllOf(OVERHEARD_FRAME89, t, MAX_HITS)) {
        const from = m.index + m[0].length
        const rest = t.slice(from, from + 80).replace(/[。！？!?\n][^]*$/u, '')
        const a = TOLD_AS_HEARD89.exec(rest)
        const lead = t.slice(sentenceAround(t, m.index, from).start, from)
        if (!a || !AHEAD_OR_INCIDENT89.test(rest.slice(0, a.index + a[0].length)) || HEARD_SOFT89.test(rest) || TRIVIA.test(rest) || HEARD_CITY88.test(lead) || quotedVoice(t, m.index)) continue
        const verb = /[^\s、,。！？!?「」がをにで]{0,8}$/u.exec(rest.slice(0, a.index))?.[0].length ?? 0
        put(e, 'unofficial/rumour', from + a.index - verb, from + a.index + a[0].length, { plain: rest.slice(0, a.index + a[0].length) })
        break
      }
    }
  }
  if (/でしょう|だろう|思|はず|違いない|見て/u.test(t)) {
    const m = COUNT_FORECAST89.exec(t)
    if (m && !quotedVoice(t, m.index) && !/[?？]|でしょうか/u.test(sentenceOf(t, m.index, m.index + m[0].length))) put(e, 'unofficial/forecast', m.index, m.index + m[0].length, { topic: topicOf(sentenceOf(t, m.index, m.index + m[0].length)), marker: m[0].replace(/^[^]*?(?=でしょう|だろう|と思|はず|に違いない|と見て)/u, '') })
  }
}
