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
 * - Blind wave 83 kinds (R418T-013, R419U-026, R418T-060; ownViewSetsCourse, late in the run): one's own view, marked as such, made the reason for a change
 *   of the city's course (私の考えですが、…なので、市としては今後は…に絞っていく方針です; 個人的には…と思います。なので市としても、これからは
 *   …をやめて…していきます: ownViewSetsCourse); a pending review's outcome asserted (審査はまだですが、…なら間違いなく通ります:
 *   SELECTION_ASSURED in selectionForetold). Clean: the city's course told with no reason in the view, an ongoing effort (引き続き, 今後も), a
 *   view disowned (私の考えではなく), a grant's requirements (要件を満たしていれば必ず採択されます), a prize for all entrants.
 * - Blind wave 87 kinds (R431G-019, R432H-021, R434K-032, R434K-053, R432H-053; R431G-009 clean): らしい drawn out (らしーよ: ELONGATED_RASHII);
 *   a service said to become possible at an occasion to come, second-hand (次のシステム更新で…できるようになるって: serviceComing); a
 *   development foretold on a vague horizon (数年後には…モールができて…はず: horizonGrowth); a measure raised or cut (上げます) beside the
 *   council conceded to be deliberating it (審議中ですが); an advantage in the city's selection promised (面接で有利になります: selectionFavour).
 *   Clean: a routine procedure's processing time estimated (申請から交付まで2～3か月ほどかかる見込み: procedureDuration).
 *
 * The family is a folder of detectors: this file holds the family object and the order its checks run in (`run`, then
 * `post`) and the paragraph gate's pass (needsOf); `meta.ts` its metadata; `context.ts` the shared readings (CHANGE, DECISION, the gate words NEEDS,
 * hearsay and stage words, `put`); one file per kind of detector: rumours-and-reports, hearsay-endings, insiders-and-overheard,
 * forecasts, certainty-and-promises, stage-words-and-drafts, pending-and-settling, council-and-budget, unannounced-and-arranged,
 * personnel-selections-and-votes, personal-views, city-stance-views, political-views, causes-and-trends, private-posts, told-as-settled-and-relayed.
 * (The blocks once named after blind waves run where those did, each under the name of what it catches.)
 */
import { sentenceAround } from '../../doc'
import { matchAllOf } from '../../regex'
import { NeedGate } from '../../gate'
import { requiredLiterals } from '../../literals'
import type { RuleFamily } from '../../rule'
import { meta } from './meta'
export { hiraganaEndings } from './context'
import { ANSWERED, BENEFIT, CHANGE, CITY_SELECTION, CITY_STANCE, CITY_TOO, COMMENT_PROCESS, CORRECTED, COURSE_CHANGE, DECIDED_MEASURE, FORMAL_REQUEST, HEARD_IMPRESSION, MAX_HITS, NEEDS, NEW_BUILT, PERSONAL_NOTE, PICK_TOPIC, PLANNED_CHANGE, PRIVATE_INFORMANT, RESTRICTION_LIFTED, ROMAJI_WORD, RUMOUR_AWARE, SCHEDULED_AHEAD, SELECTION_PENDING, STAFF_PENALTY, START_AHEAD, VENUE_MOVED, WORKS_CHANGE, horizonGrowth, put, sentenceOf, withHiraganaEndings } from './context'
import type { Emitter, Has, NeedName, UnofficialFacts } from './context'
import { circulatingPassedOn, delayHeard, incidentHeard, pressReportPassedOn, quotedGuess, rumourEndorsed, rumourHinted, rumourWords, unverifiedReport } from './rumours-and-reports'
import { hearsay } from './hearsay-endings'
import { casualHearsay, heardFromOutsider, informal, insideAndOutlook, insideStirHeard, insiderSaid, involvedHeard, leaks, offRecord, overheard, privateRemark, quotedTalkHeard, talkBack, talkPassedOn, unofficialTalkPassedOn } from './insiders-and-overheard'
import { cityCourseGuessed, countForecast, endHinted, forecasts, guesses, hedgedAnswerReadAsDecided, hedgedChange, insideLeans, leaderLeans, ownHunch, realisationGuessed, recalledAnswer, restrictionAtThisPace, RULE_SHIFTED, ruleShiftForetold, settledThenForecast, staffFeelForecast, staffSignGuess, vagueHorizon, voteForetold, winnerGuess, zoneShift } from './forecasts'
import { calledSure, measureTimeOnly, outcomeAsserted, ownForecast, placementPromised, selectionFavour, stanceAsProof } from './certainty-and-promises'
import { takeAsDecided } from './certainty-and-promises'
import { draftStageChange, planInside, planNamed, proposalForetold, ruleChangePlanned, stagePassedOn, stageStillAhead, stageWords } from './stage-words-and-drafts'
import { amountSettling, internalSettled, nearlySettled, outcomeNearlyFixed, outcomeToldDecided, pendingMatters, settlingTold, uncheckedFigure, undecidedFigures } from './pending-and-settling'
import { billProposedAsPassed, budgetGuessed, budgetUnsettled, councilUnbriefed, decidedBeforeStep, decidedYetOpen, measureInForceWhileDeliberated, planBeforeCouncil, proposalToldDecided, worksBudget } from './council-and-budget'
import { arrangedInside, operatorForetold, releaseAwaited, scheduleAwaited, unannounced } from './unannounced-and-arranged'
import { designationForetold, ownCandidacy, personnelLeak, postChangeBeforeNotice, selectionForetold, voteFigureForetold, voteOutcomeGuessed } from './personnel-selections-and-votes'
import { cityOpinionOwnReason, leaningAsReason, opinionAsCityView, ownConclusionShared, ownViewAsCityStance, ownViewSetsCourse, personalView, staffVoice } from './personal-views'
import { candourInCityStance, cityFamilyStance, councilMatterStance, dismissiveReasonAsCourse, lifeValueAsCity, ownCreedAsCity, sweepingStanceOwned } from './city-stance-views'
import { contestedIssueAsCityStance } from './city-stance-views'
import { politicalView } from './political-views'
import { causeBeforeInquiry, guessedCause, trendGuessed } from './causes-and-trends'
import { privateEntry, privateOuting, staffGrumble } from './private-posts'
import { fundedPromise, quotedRumourActedOn, taxChangeAsGoodNews } from './told-as-settled-and-relayed'
import { procedureShiftAhead } from './forecasts'

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

/** A cause laid on a group of people (投票率が低いのは、若い世代が…関心を持っていないからです). */
const GENERALISED_CAUSE = /のは[、,]?[^。！？!?\n]{0,30}?(?:世代|若者|若い人|高齢者|お年寄り|住民|市民|人たち|人々|方々|家庭|親|子ども|男性|女性|外国人)(?:が|の)[^。！？!?\n]{0,40}?(?:から|せい|ため)(?:です|だ|でしょう|だと思)/u

/**
 * The city's own current practice judged wrong by the writer (今のやり方は、正直おかしいと思います, 今の制度は無駄だと感じます):
 * on the city's account, a verdict against its own policy reads as the city's.
 */
const OWN_PRACTICE_WRONG =
  /(?:今の|現在の|現行の|いまの|市の|うちの|役所の|市役所の)(?:やり方|やりかた|制度|仕組み|しくみ|方針|運用|進め方|集め方|決め方|予算の使い方)(?:は|って|も)[、,]?\s?(?:正直(?:なところ|に言って)?[、,]?|はっきり言って|ぶっちゃけ|どう考えても|どう見ても)?[^。！？!?\n]{0,12}?(?:おかしい|間違って|無駄|ムダ|意味(?:が)?ない|いかがなものか|疑問です|疑問に|納得(?:でき|いか)(?:ない|ません)|ひどい|最悪|ありえない|あり得ない)(?:[^。！？!?\n]{0,4}?と(?:思|感じ|考え))?/u
const OTHERS_THINK = /^[^。！？!?\n]{0,6}?と(?:思|考え|感じ)(?:われ|る|う|ている|ておられ|ていらっしゃ)[^。！？!?\n]{0,3}?(?:方|人|皆|声)/u
const OPEN_SESSION = /傍聴(?:でき(?!ません|ない|ず)|可能|いただけ|は自由|自由|席|を希望|希望|の(?:申込|申し込|受付|定員)|(?:を)?受け?付け)|(?:会議|審議会|委員会|協議会)(?:は|を)公開(?:で|し|と|します)/u
const SESSION_DRAFT_AGENDA = /(?:議題|案件|審議事項|内容)(?:は|：|:)[、,]?[^。！？!?\n]{0,40}?(?:素案|原案|試案|たたき台)|(?:素案|原案|試案|たたき台)(?:の|を|について)?(?:審議|検討|協議|ご審議)/u
/** A draft on the agenda of a session the public may attend: the draft is discussed in the open. */
function draftInOpenSession(t: string): boolean {
  return OPEN_SESSION.test(t) && SESSION_DRAFT_AGENDA.test(t)
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

/**
 * Blind KH-046 kind (misc60): a paragraph answering a resident's question or correcting what goes round, for post (ANSWERED, CORRECTED, or
 * the post's own answer announced: 市の公式なお知らせとして、次のとおりお伝えします, 正確な情報をお知らせします).
 */
const ANSWERED_POST = /公式(?:な|の)?(?:お知らせ|発表|見解|回答|情報)として|次のとおり(?:お伝え|お知らせ|ご案内|お答え|回答)|正確な情報を(?:お伝え|お知らせ|ご案内)|よく(?:ある|いただく|頂く|寄せられる)(?:お?問い?合わせ|お問合せ|ご?質問)|(?<![A-Za-z])(?:FAQ|Q＆A|Q&A)(?![A-Za-z])/u

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
 * Blind wave 83 kinds (one check in the run):
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
export const unofficial: RuleFamily<UnofficialFacts> = {
  id: 'unofficial',
  meta,
  run({ doc, emit }) {
    const t = doc.squeezed.text
    const has = needsOf(t)
    const e: Emitter = { doc, emit, spans: [], has }
    personnelLeak(e, t)
    const facts: UnofficialFacts = { comment: (has.commentProcess && COMMENT_PROCESS.test(t)) || draftInOpenSession(t), drafts: [], decided: has.decidedMeasure && DECIDED_MEASURE.test(t), effects: [], worksPending: false, worksDated: [], asked: [], answers: ANSWERED.test(t) || CORRECTED.test(t) || ANSWERED_POST.test(t) }
    rumourWords(e, t, doc)
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
    if (/決ま|確定|決定|間違い|まちがい|考えて|思って/u.test(t) && /待ち|まだ|これから|先|前|正式|公式/u.test(t)) outcomeToldDecided(e, t)
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
    if (has.direction || (has.change && CHANGE.test(t)) || (has.startAhead && START_AHEAD.test(t)) || (has.expectation && SCHEDULED_AHEAD.test(t)) || VENUE_MOVED.test(t) || WORKS_CHANGE.test(t) || (has.benefit && BENEFIT.test(t)) || (has.staffPenalty && STAFF_PENALTY.test(t)) || (has.privateInformant && PRIVATE_INFORMANT.test(t)) || (/感じ|印象|雰囲気/u.test(t) && HEARD_IMPRESSION.test(t) && RESTRICTION_LIFTED.test(t)) || (t.includes('有力') && PICK_TOPIC.test(t)) || horizonGrowth(t) || RULE_SHIFTED.test(t)) forecasts(e, h, facts.effects)
    if (RULE_SHIFTED.test(t) && /でしょう|だろう|確実|間違い|まちがい|違いな|ちがいな/u.test(t)) ruleShiftForetold(e, h)
    if (h === t ? has.guessWords : /ことに|ことと|確実|確定|間違い|決まり/u.test(h)) guesses(e, h)
    winnerGuess(e, t)
    if (t.includes('実現')) realisationGuessed(e, t)
    restrictionAtThisPace(e, t)
    insideStirHeard(e, t)
    staffFeelForecast(e, t)
    if (/採択|可決|否決|承認/u.test(t)) voteOutcomeGuessed(e, t)
    if (/らし|みたい|そう|聞|耳|伺/u.test(t)) incidentHeard(e, t)
    if (/というの|っていうの|と言うの/u.test(t)) opinionAsCityView(e, t)
    if (e.has.personal && /市|役所|行政|当課|担当課/u.test(t) && COURSE_CHANGE.test(t)) ownViewSetsCourse(e, t)
    if (/前向き|乗り気|のり気|賛成|積極的|その気|ノリノリ/u.test(t) && /間違い|まちがい|確実|同然|ようなもの|時間の問題/u.test(t)) stanceAsProof(e, t)
    // Blind R457J-031 kind (wave 95): a stance as the ground of 'as good as decided' (市長も前向きですので、実質決定と…).
    if (/前向き|乗り気|のり気|賛成|積極的|その気|ノリノリ/u.test(t) && /実質|事実上|と(?:考え|思っ|受け止め|捉え|とらえ)て/u.test(t)) stanceAsProof(e, t)
    if (t.includes('時間の問題')) measureTimeOnly(e, t)
    if (/答弁|答え|回答/u.test(t) && /提案|要望|提言|質問/u.test(t)) proposalToldDecided(e, t)
    if (/間違い|まちがい|確実|時間の問題|絶対/u.test(t)) outcomeAsserted(e, t)
    if (/ば|たら/u.test(t) && /確実に|間違いなく|まちがいなく|絶対|100[%％]|百パーセント/u.test(t)) placementPromised(e, t)
    if (/遅れ|遅延|ずれ込|間に合わ|届かな|延び/u.test(t) && /らし|みたい|そう|って|げな|とか|聞|伺|耳|っち話/u.test(t)) delayHeard(e, t)
    if (/べき|がいい|がよい|が良い|望まし|でよい|で十分|不要|必要ない|いらない/u.test(t) && /市/u.test(t)) cityOpinionOwnReason(e, t)
    if (/ので|から|んで|けん|し[、,]/u.test(t)) leaningAsReason(e, t)
    if (/前|これから|まだ|待ち|答申|諮問|審議|パブ|意見募集|予定|見込み|議決/u.test(t) && /決ま|決定|確定|固ま/u.test(t)) decidedBeforeStep(e, t)
    // Blind R458K-034 kind (wave 95): the formal decision said to wait for a step ahead (正式な決定は…を待つことになりますが).
    if (/待つ|待って|経て|正式に決まるの|最終的に決まるの/u.test(t) && /決ま|決定|確定|固ま/u.test(t)) decidedBeforeStep(e, t)
    if (/[」』]/u.test(t) && /耳|聞|伺|うかが/u.test(t)) quotedTalkHeard(e, t)
    if (/確定|決定|決まり/u.test(t)) settledThenForecast(e, t)
    candourInCityStance(e, t)
    ownCreedAsCity(e, t)
    if (/感じ|思っ|考え|信じ|おもっ/u.test(t) && /べき|結局|先送り|一切|無駄|ムダ|無意味|意味が/u.test(t)) sweepingStanceOwned(e, t)
    // Blind R453E-060 / R456H-030 / R454F-042 kind (wave 94): a side on a contested public issue told as the city's stance.
    if (/べき|不可欠|欠かせない|反対|賛成/u.test(t) && /市|課|係|室|担当/u.test(t)) contestedIssueAsCityStance(e, t)
    dismissiveReasonAsCourse(e, t)
    lifeValueAsCity(e, t)
    heardFromOutsider(e, t)
    pressReportPassedOn(e, t)
    calledSure(e, t)
    // Blind R457J-031 kind (wave 95): an undecided measure told to be taken as decided (実質決定と考えていただいて結構です).
    if (/と(?:考え|思っ|受け止め|捉え|とらえ|理解し)て/u.test(t)) takeAsDecided(e, t)
    hedgedAnswerReadAsDecided(e, t)
    billProposedAsPassed(e, t)
    cityCourseGuessed(e, t)
    councilMatterStance(e, t)
    measureInForceWhileDeliberated(e, t)
    cityFamilyStance(e, t)
    casualHearsay(e, t)
    countForecast(e, t)
    if (/から|より|には|以降/u.test(t) && /廃止|なくな|無くな|取りやめ|とりやめ|終了|完結|完了|済|一本化|統一|移行|切り替|化/u.test(t)) procedureShiftAhead(e, t)
    taxChangeAsGoodNews(e, t)
    fundedPromise(e, t)
    quotedRumourActedOn(e, t)
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
    if (/条例|議案|予算|法案|改正案|議会|定例会|本会議|議決|採決|否決|反対多数/u.test(t) && /通|とお|可決|承認|成立|認められ|否決|反対多数/u.test(t)) voteForetold(e, t)
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
