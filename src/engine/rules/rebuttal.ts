/**
 * rebuttal — 4(5), 6(2): 反論・弁明をしない. When criticised, the city corrects facts calmly
 * through official channels; it does not argue with residents or the press on social media
 * (炎上 handling). A rebuttal is a warning; in a reply the 炎上 clause 6(2) is cited.
 *
 * Besides the `rebuttal` word list, the family reads the grammar of a counter-claim, polite
 * forms included:
 * - denials: そのような事実はございません, 事実と異なります, 〜というのは誤りです, ＤＥＭＡです;
 * - the critic's mistake: 誤解に基づく, 勘違いされているようですが, 決めつけるのはやめてください;
 * - protests at the press: 報道は誤りであり抗議します, 訂正を求めています, 遺憾です;
 * - self-justification: ご指摘は当たりません, 当方に落ち度はございません, 問題はなかったと考えて
 *   おります, 対応は適切でした, 決して高い価格ではない;
 * - 「〜とのことですが」 followed by a counter-claim (実際には, 決して, 〜すれば分かるはずです);
 * - the critic told off, in keigo, dialect or slang: 最後までお読みいただければ…きちんと書いてございます,
 *   今さら蒸し返されても困ります, 市のせいにされましても, 落ち度があったとは考えておりません, ご自身のご判断によるもの,
 *   その数字はどこから出てきたとですか, どこ情報？, お言葉を返すようで恐縮ですが, 放置しているわけではございません,
 *   お詫びする理由は見当たりません, and those who spread a rumour scolded (拡散した方々には反省を求めます).
 * - round 10 (a mascot's tic, long polite replies, a press desk, English to tourists): the critic's claim called a
 *   misunderstanding in any copula (それ完全に勘違いやけん, 誤解だっパ), the critic told to look or try before writing
 *   (見てから書いて, 発信される前に事実を確かめていただきたい), the resident's oversight suggested (お見落としだったの
 *   ではないかと存じます), the complaint put on not having tried it (最後まで見てないからだ) or on the users (皆さまが一斉に
 *   お越しになることが主な原因です; not when a fix is announced), an excuse to be accepted (その点はご理解いただきたい),
 *   the charge denied emphatically (遅れは一切ございません, ぜんぜん汚くない), a report said not to reflect reality
 *   (実態を正しく表したものとは言えません, かのような記載), the city's timing defended (適切な時期に必要な措置を講じており),
 *   and the same in English (that's not what happened, check your facts). Echoed reviews (ってコメント, という口コミ)
 *   and とのお声 count as criticism.
 * - round 15 (long keigo answers, a press desk, a quoted critic): the city says it did enough (十分にご意見を伺ったものと
 *   考えております, 説明したつもりやけど, 説明責任は果たしております), a complaint called only natural given the complainant's
 *   doing (閉め切っていれば聞こえにくいのは当然; not 無理もない, which sympathises), accuracy demanded of the press
 *   (報道には正確さを求めます), a reported figure explained away (算出方法が違うだけ, 実際の数値に問題はありません), and the
 *   critic named as mistaken in the present (この方は勘違いされていますが, 何か勘違いされていませんか).
 * - round 18 (a press desk, answers to complaints): a report or complaint said to rest on a misunderstanding (記事は誤解に
 *   基づいています, 誤解から生じたもの), the press said to exaggerate (誇張しています, 実際以上に大げさに報じ), and, only after
 *   a criticism actually received (ご批判, 苦情, a report discussed — not ご意見をお寄せください): the city's conduct declared fine
 *   (安全管理に問題はありませんでした), a complaint deflected as everywhere the same (当市だけの問題ではありません, どこの自治体も
 *   同じ状況です), a spending declared reasonable (経済効果を考えれば妥当な支出です); the press told to research before writing.
 * - round 19 (a press desk answering a programme): a report or criticism called one-sided, with a pronoun or a general noun as
 *   the subject (これは一方的な見方です, 偏った報道と言わざるを得ません, 中立性に欠ける内容です; not advice: 一方的な見方にとらわれず),
 *   the writer's doubt at a programme or article said in public (番組の構成には疑問を感じます, 報道姿勢に不信感を抱いています,
 *   報道のあり方に問題があると考えます; not 記事の内容に疑問がある方は広報課へ), a report said far from the facts (実態とはかけ離れて
 *   います; not 〜と異なる場合があります), to mislead (見出しは誤解を与えかねないものです), to show only a part (取り組みの一部だけを
 *   取り上げたもの) or to twist the facts (事実をねじ曲げた悪質なもの). A report shared with が (番組で…と紹介されましたが) counts as a
 *   criticism received.
 *   Kinds older rounds left: the critic said not to understand (前提を理解されていない方の書き込み), fault denied as settled
 *   (対応に何ら落ち度はなかったものと…, 当課に非なし), the notice said given after all (ちゃんと告知してましたよ).
 * - round 21 (a press desk): a report put down to the press's own failing (記者の方の取材不足によるものと考えております,
 *   番組側の下調べが足りなかったため, 確認不足の報道; not the city's own: 担当課の確認不足によるもの).
 * - round 23 (a press desk): fault denied for the record with any office named, answering a report or criticism (こども家庭課には
 *   一切落ち度はなかったことを申し添えます, 不備はなかった旨お伝えいたします, 過失はなかったと断言します, 本市に責任はないことをご理解ください).
 * - round 26: a report or criticism received, then denied in the writer's voice (…と報じられましたが、それは違います, その記事は
 *   事実と異なります; not an admission: それは誤りでした, not a myth corrected) or the city's conduct declared the best or right one
 *   (厳しいご意見をいただいていますが、最善の対応であったと考えております, 適切に対応したものと考えております, 必要な判断でした,
 *   間違ったことはしていない; not a plan: 最善の方法を検討してまいります).
 * - round 32: the charge quoted from a critic and denied in its own words (放置しているというコメント…放置はしておりません,
 *   手を抜いているとのご指摘…手は抜いていません; not a scam warning, an inspection's finding, or 放置していないか確認します).
 * - round 33: the press told to report more accurately (記者の方にはもう少し正確な取材をお願いしたい, 報道機関の皆さまにはきちんと
 *   事実確認をしていただきたい), also after the right figure is given (正しくは…); only an apology exempts it.
 * - round 35: a rumour that charges the staff's manner (「職員の態度が悪い」という投稿が広がっていますが、そのような事実は…) is a
 *   criticism answered, not a hoax set right; responsibility denied after a criticism received (…は市の責任ではなく、…によるもの
 *   です; not a rule told, not with thanks); a complaint answered with "you must understand" in any register (分かってもらわんと
 *   困るとです, ご理解いただかないと困ります, 我慢してもらうしかありません, わかってほしいです, 台風なんだから仕方ないでしょう),
 *   when a complaint is heard in the paragraph; the staff's conduct a post charged denied (職員はそのような対応はしておりません;
 *   not a scam warning) and the city said not to blame (市が悪いわけではありません).
 * - round 36: what a critic wrote or says reported in any register and flatly contradicted (…って書かれとるけど、それは違います！;
 *   not a rumour or a myth set right, not an admission), a complaint turned onto the residents (それは申請が遅れた方の話です, …方に
 *   原因があります, ごみを捨てているのは利用者の皆さんです; after a
 *   criticism received; not thanks to residents), a dialect denial (…と言われていますが、そげなことなかです), regret that critics do not understand (それをご理解いただけていないのは残念です,
 *   ご理解いただけず残念です; not the city's own shortfall, not an event missed).
 * - round 38: a report denied as not the facts with とは or 違います (…と報じられていますが、事実とは異なります; a rumour set right
 *   stays clean), and a complaint heard in any register answered with the notice given properly all along (…わかりにくかって言わるっ
 *   ばってん、…ちゃんと地図ば載せとります, …とおっしゃいますが、市報にきちんと掲載しております; not a pointer without the emphasis,
 *   not a fix, not with thanks).
 * - round 41: a complaint heard and doubted as impossible in the writer's voice (…ってコメントもらったけど、それはないと思います),
 *   the city said to do all it can (やれることはやってます), and a complaint turned round by a comparison (他市と比べればむしろ低い
 *   水準です); each after a complaint received, and not with thanks, a fix or a doubt taken back.
 * - round 42: the critic told to look before pointing out (よくご覧になってからご指摘ください), the oversight put on the critic in a
 *   cleft (見落とされたのはお客様の方かと存じます), the opinions of those who did not take part refused (参加されなかった方のご意見
 *   まで責任は負いかねます; not a disclaimer of loss), a complaint's cause put on the complainant's home (聞こえにくいのは、ご自宅の
 *   窓を閉め切っているためかと; not a help page with a step to try) and "you would know if you looked it up" (少し調べればわかる
 *   ことかと思います; not a guide: 表を見ればわかるように).
 * - round 131 (blind): a critic sent to another shop or place for what they want (…とレビューに書かれた方へ。…安いものが食べたいならチェーン店へ
 *   どうぞ; a review quoted and written somewhere counts as criticism), and a defence after なお in an apologetic notice (…申し訳なく思って
 *   おります。…なお、…とのご意見もいただきましたが、…市に文句を言われても困ります): the apology covers the cancellation, not the retort.
 * - round 43: a criticism received refused as the city's stance (…とのご意見を多数頂戴しておりますが、…短縮する考えはございません;
 *   not a worry reassured, a request to keep a thing agreed with, thanks, or a schedule: 予定はありません), critics faulted for
 *   criticising without knowing (事情も知らずに批判されるのはいかがなものでしょうか, よう知らんで書かんでください; not advice on
 *   posting, not a form), and a critic reported in dialect as someone who writes or says it (…て書きよる人のおるばってん) counts as
 *   criticism.
 * - round 45: a criticism refused in the humble 〜かねます (というご意見には同意いたしかねます; not a view lumping a group together),
 *   a quoted claim called a misunderstanding in the continuative copula (…というのは誤解で、…), a malfunction a complaint reports
 *   denied (…との投稿を拝見しましたが、システムに不具合はございません), a complaint put on those who skipped a step in a cleft
 *   (お待ちいただいているのは、ほとんどが予約をされずに来られた方です; not a rule told), and what people say of the city's own
 *   programme reported in English (Some people say our tour is…). A fraud warning that calls the fraudsters' pretext a hoax
 *   (「職員が自宅に伺う」という話はデマです。不審な訪問は警察へ) answers no critic.
 * - round 47: the city's fault denied with the task it failed at in a compound (市の配布ミスではありません, 当課の収集漏れでは
 *   ございません, 市の送付ミスじゃなかです; not an admission, a doubt asked or an inspection's finding), and, after a complaint
 *   received, the notice said displayed all along with the critic told to look carefully (入口に大きく掲示しておりますので、よく
 *   ご覧いただければと存じます; not a pointer with no complaint, not a fix announced).
 * - round 48: a remark the writer was told or found written, reported in any register and waved off with そんなことない (「…高すぎ、
 *   ぼったくり」って言われたけど、そんなことないモン！; not a myth, a thought, a worry or praise waved off), a rebuttal announced in
 *   the causative of leave (反論させてもらうモン, 言い返させていただきます; not a class where students argue), the critic's words called
 *   a lie in any register or dialect (それはすらごつ（うそ）ですよ〜, そりゃ嘘ばい; to a critic; not a rumour, a fraud or an April fool set
 *   right, not a worried asker reassured), and a criticism called a misunderstanding in the continuative keigo copula (…との投稿が
 *   見られますが、それは誤解でございまして、…; ご指摘の件は誤解でして).
 * - round 49: the critic's claim put down to their own mistake as a polite question (…とのことですが、何かのお間違いではないでしょうか,
 *   お客様の勘違いではございませんか; not a step to check), a correction or apology demanded of the press with an adverb of force (同誌に
 *   対し記事の訂正を強く求めております; only with a report named), a report said to misread the facts (当該記事は事実を著しく誤認した
 *   もの), the critic's quoted claim called wrong with 違う in any register (「…」っていうのは違いますよ; not two things compared), and
 *   the critic's own post called misinformation (その投稿は誤 情 報です; not a hoax or a fraud set right, not a worried asker).
 * - round 50: the critic's claim called groundless speculation (…というお話は、根拠のない臆測です, まったくの邪推です; to a critic, not
 *   a guess of the city's own or a myth set right), a fee complaint heard and justified against its costs (入館料が高いってコメント…
 *   修繕費を考えたら300円は破格なんよ; not a bargain advertised), the critic told to try it first with みて between (一回来てみてから言うて
 *   ほしか), and false hazard or shelter information set right with the state now (避難所が閉鎖されたという情報は誤りです。現在も開設
 *   しており…) is a correction, not a rebuttal (not a report, a criticism received or a charge).
 * - round 53: what a post, an article or a programme says of the city, told in the passive of report, denied with a bare
 *   predicate and no subject (こちらの投稿では、…水増ししているとされていますが、誤りです; not the city's own words set right in the
 *   active voice, not a rumour or a myth set right), and the critic's wording of the city's conduct rebutted (「高齢者の切り捨て」という
 *   表現は適切ではないと考えます, そのような表現は当たらない; to a critic; not a note on terms, not a criticism accepted).
 * - round 54: those who criticise put down to their own failing (怒ってる人は冗談が通じんだけやと思う, 批判している方は気にしすぎ;
 *   not advice on handling anger), and, during a 炎上 or a criticism, the post defended as approved inside or meant well (ちゃんと上の
 *   許可ももらってます, 面白いと思って作ったし; not with an apology, not an outside party's consent).
 * - round 60: the critic's own failure declared their own problem in a cleft, in any register (知らんかったとはそちらの問題かと
 *   思いますばい, 締切を過ぎたのはご自身の責任です; not a negation that reassures, not a duty told), a flat contradiction in any
 *   register in a reply (それは違うですよ, そりゃ違うばい), and the doubter dared to come and see (疑うのでしたら、一度ご自分の目で見に
 *   来てください; not hype with no doubt, not a symptom or a fraud to check).
 * - blind R63A: the staff's own complaint at a burden critics put on the city, in the passive with ても (市に責任を押しつけられても、
 *   正直困ってしまいます, 役所に丸投げされても困るとです; not someone else the target, not a rule, not an offer).
 * - blind R65A: a critic's quoted claim about a system fault called a misunderstanding (「システム障害は職員の人災」という投稿は誤解です:
 *   障害 of a system is no group of people), and the critic said to understand if they looked carefully, in the honorific or the
 *   receptive (よくご覧いただければ、…とお分かりになると思います; where a criticism is answered, not a guide).
 * - blind R67A: a complaint heard and its own predicate denied in the writer's voice (「炊き出しが冷たかった」とのことですが、…冷たかった
 *   ということはないと思います; not a worry reassured, a fix or an inspection's finding). Blind HC-040/041: a notice that warns against
 *   misinformation (【デマにご注意ください】, 次のような投稿が広がっていますが) and sets the false claims right is a correction; a guide in
 *   the honorific with no adverb (こちらのページをご覧いただければお分かりになると思います) answers a question, not a critic.
 * - blind R68A/R69A/HD: a dialect denial with an adverb of "not at all" (そげなこつは全然なかです, いっちょんなか), the staff conduct a
 *   critic charged declared impossible (そのような対応はありえません, そんな態度を取るはずがありません), and a critic echoed in dialect
 *   with って書かれ. Blind HD-008/016: a misunderstanding named as a common one (よくある勘違いです, ありがちな誤解ですが) in a column
 *   or an FAQ sets a belief right, no critic answered (not in a reply, after a criticism received, or about the city).
 * - blind R70A: the critic's comment called a presumption and the critic asked to stop (決めつけるコメントはやめてほしいな,
 *   決めつけんでほしか, 決めつけられるのは悲しい; said to a critic; not advice on judging people or on posting).
 * - blind R72A/R73A: after a criticism heard, the readers told casually not to get it wrong (誤解しないでね, 勘違いせんでね), and a
 *   criticism dismissed as the view of people who do not know (現場をご存じない方の見方だと考えています, 知らん人の言い分たい).
 * - blind R74A/R75A: the critic told they have no call to say it, in any register or dialect (言われる筋合いはなかです, 言わるっ筋合いは
 *   なか, 言われる覚えはございません), and a complaint explained away as the complainant's own way of looking or using (お写真の撮り方で
 *   小さく見えているだけかと思います, お客様の温め方の問題やと思います; not a tip or a help answer with a step to try).
 * - blind R76A/R77A: the critic told to read first (よう読んでから書いてほしか), a complaint's own predicate refused as the city's view
 *   (遅すぎるとのコメント…遅かったとは考えておりません), a review called untrue in English or Chinese (This review is not true, 不属实,
 *   请不要散布不实信息), and a denial after an apology that turns on a contrast to answer what others say (お詫び申し上げます。ただし、
 *   「…」という話は全くのデマであり: `apologyTurn`).
 * - blind R81A: after a complaint, the city's view that there is no problem as a verb of thinking denied (市として問題があるとは
 *   考えておりません, 何も問題なかと思っとります), the critic asked for the grounds of what they say (とおっしゃる根拠があれば、逆に
 *   お示しいただけますでしょうか, 言われる根拠は何でしょうか), and the complaint called the complainant's misunderstanding with a verb of
 *   thinking (勘違いやと思いますよ, お客様の聞き間違いかと思います; not the writer's own: こちらの勘違いだと思います).
 * - blind R127A/R128I: a post read (という書き込みを拝見しました) counts as criticism; a count about the city quoted (「柳川は移住者が
 *   減っている」) is no prejudice about the group; a rumour argued down as plain to see (統計を見れば明らかです) is no correction;
 *   complainers told to go elsewhere (ご理解いただけない方は、その期間は市外にお出かけください; not a guide or an evacuation).
 * - blind R153I/R154A: a charge spread as a rumour (一部の店だけ優遇されてるってデマ流れてるけど: CHARGED_RUMOUR) counts as criticism, and a
 *   complaint's fault put on those who did not read or check (読んでいない方の責任だと思います; not a rule told: 責任において).
 * - blind R156I/R158A: a charge that the city does not act, reported without brackets and called wrong (市が何もしていないというのは
 *   違います), a complaint's cause put on what many users did (お早めに到着された方が多かったためと考えております), and the work criticised
 *   defended with pride or the critics' failure to get it (自信を持って世に出した作品です, 面白さが伝わらなかったのは残念です).
 * - blind R162I–R166I (polite counter-claims that blame the critic, often one sentence in the middle of a long post): the complainant's
 *   perception doubted as a polite question (気のせいではないでしょうか, ご覧になっていた時間帯が違うのではないでしょうか), critics belittled
 *   as a loud few (一部の声だけが大きく取り上げられている), being complained to or compared refused with ても困る (比べられても困ります), a
 *   complaint echoed in the concessive and its premise set against it (って言われても、もともと…), critics dared with a rhetorical question
 *   (反対される方は…責任を取れるのでしょうか) and the decision declared natural (当然の判断です), spreaders scolded for their misunderstanding
 *   (勘違いで拡散するのはやめてください), the critic said not to understand the appeal (魅力が分かっていないのだと思います), それはまったくの
 *   誤解で、…, past conduct declared free of problems (問題は一切なかったと考えています), "you would have known had you read" (ちゃんと読んで
 *   いただければ分かっていたはずです) and "try it before criticising" (批判される前に、まずは一度参加してみて).
 * - blind R174I–R176D: an error pointed out denied with the city's wording declared right (こちらでは正しく表記しております) and what the
 *   critic looks at doubted (訂正前の画面をご覧になっているのではないでしょうか), fault denied as the city's present view (落ち度はないものと
 *   考えております), the procedure declared proper (適正に手続きを行っており), the city's record set against a complaint (運行記録では予定
 *   どおり回っております) with the complainant's timing hinted (出されたのが…過ぎていた可能性はありませんか), and a perception put down to a
 *   circumstance in a cleft (違って見えたのはタイミングの問題かなと思います).
 * - blind R179I–R181D: a complaint's fact denied on the city's own check (確認いたしましたが、…した事実は確認できませんでした, 聞き取りを
 *   行った限り、そのような対応は確認されておりません; after a criticism received or a charge heard, not a rumour, a fraud or an apology), and
 *   a complaint heard answered by insisting on the contrary (実際に見に来てもらえたら分かる, 実際に数えていただければお分かりになる, これ本当に
 *   …なんです; not praise echoed, an invitation or a concession).
 * - blind R183I: after a complaint, the city's conduct on the day declared by the book or not lacking (職員は手順どおり丁寧にご説明して
 *   おりました, 窓口対応は定められた手順どおりであり, 説明に不足があったとは考えておりません, 記録では規定どおり…しております), and a
 *   criticism received turned with ですが/しかし to the opposite claim (…無駄どころか…, しかし、…むしろ…; not with thanks or a fix, not a
 *   rumour set right, not a procedure explained or a promise of manner).
 * - blind R184I–R187I: a complaint answered with the city's own measurement or record that says otherwise (測定している数値ではそのような
 *   結果は出ておりません, 受付記録を確認したところ、最長の待ち時間は35分でした), a criticism turned on what the city has already done
 *   (とのご指摘ですが、これまでに説明会を6回…開催してまいりました), a comparison in the polite conditional (比べますと、…むしろ低めに),
 *   a harm's link to the work denied (施工との因果関係は確認できておりません), the staff asked and their conduct reported proper (担当に確認
 *   したところ、丁寧にご案内していたとのことです), and the fault put on the user's or receiver's side, as a question too (お使いのブラウザの
 *   問題じゃないですかね？, 受信側の設定によるもの); not with reassurance, a fix, a step still to take or an admission. A fraud warning about a
 *   trader's pretext about the city (「市が…を義務づけた」と言って訪問してくる業者, 消費生活センター) answers no critic.
 * - blind R189I: after a complaint, a change declined as not needed (運用を見直す必要はないと考えております, 変更の必要はございません) or
 *   not scheduled with its justification before it (…定めたものであり、改める予定はありません); the record's figure set against a complaint
 *   and its fact denied, the check told as a sentence of its own and thanks only the greeting (発券記録を確認いたしました。…最長待ち時間は
 *   18分であり、…事実は確認できませんでした), and the complainant then told not to get it wrong (お間違いのないようお願いいたします; not a
 *   reminder with its object); a criticism heard or read online declared impossible (そのような偏りが生じることはあり得ません). Not a fix
 *   considered, a check still going on (引き続き確認いたします), a rumour, a fraud's pretext or a worry set right, an FAQ with no critic.
 * - blind R192D: a complaint or inquiry answered with the city's own check declared clean and the cause put on the complainant's side
 *   (検査ではすべて基準内でした。ご家庭の給水管が…可能性もありますので、まずはそちらを…; not with the city's help offered), a complaint
 *   received answered with the city's standing request (以前から公共交通機関でのご来場をお願いしております; not a plain request, not with a
 *   fix), and posts charging mishandling (不手際があったとする投稿) answered by the handling declared proper in the past progressive
 *   (当日は…適切に対応しておりました; not a fix reported done or to come, not an apology, not a rumour warning).
 * - blind R337F (reb63: polite, factual-sounding replies that deny what a resident or a report said): the trouble complained of declared not
 *   caused by the city's facility or work, as the writer's view (原因が下水道施設にあるとは考えておりません, 下水道施設から臭気が出ているとは
 *   考えにくい, 原因は別のところにあるものと判断しております: `CAUSE_NOT_THOUGHT_SRC`, in a reply too) or flatly after a criticism (市の事業で
 *   ノリが減ったわけではない, 水門操作のせいではありません: `CAUSE_DENIED_FLAT_SRC`); the city's own side declared free of fault (市の管理する
 *   水道管に問題はございません: `CITY_SIDE_CLEAN`) and the cause put on the resident's pipes (お宅の給水管に起因するものと考えられ); the
 *   record or a check told and the missed work declared done at a time of day (当日8時52分に収集を終えております: `RECORD_DONE`) and the
 *   resident's late step guessed as the cause (収集後に出されたごみが残っていたものと思われます); the error charged declared impossible by
 *   design (書き間違いが生じる仕組みにはなっておりません); a charge denied in a charge's word (ばらまきではありません); the state reported
 *   declared not seen (混乱している状況はうかがえず); a report's reading doubted (記事の見立てには疑問を感じています) or said far from the
 *   actual procedure (報道の表現は実際の手続きとかけ離れている); a contradiction softened (でも、それはちょっと違うんです); a claim echoed
 *   with とする (…のせいだとするお話には) is a criticism, and 同意しかねます answers the one replied to. Guidance that points to a document
 *   with no criticism answered (パンフレットをよく読めば分かるように、…) is no rebuttal (`readAsGuide`).
 * - blind R193I–R197A: a complaint received and what it reports called improbable with no demonstrative (…お出しすることはまず考えにくい
 *   かと思います; not an expert's view reported with とのこと), critics' posts that charge the city pointed back to as false (そうした書き込みは
 *   誤った情報です; not a hoax set right), a complaint of too little denied in another word for it (足りないということはございません; not a
 *   worried asker), the complainant's own step not yet done when the city came (その時点ではまだ出されていなかった), a report called
 *   groundless as a verdict (全く根拠のない報道であると認識しております), the handling declared free of delay as the city's view (対応に遅れは
 *   なかったものと考えております), and a charged act in the voiced past denied as a fact (拒んだ事実は一切ございません). A guide that concedes
 *   the reader could look it up and gives the facts anyway (…を見ればわかるはずですが、念のためご案内します) tells no critic off.
 * - blind R198I–R200D: a report said to quote only part of what the city said (記述は市の説明の一部だけを取り上げたもの; not the
 *   city's own digest), the critic's quoted claim called not correct (「…」というのは正しくありません; not a myth in a column or a
 *   question answered), the notice told given in a sentence of its own and the critic then told to look carefully (…掲載しておりますし、
 *   …公開しています。まずはよくご確認いただければ), a review quoted and waved off as hearsay from the party asked (お店に確認したら、
 *   そんなことはないそうです; not a worry, a myth or thanks), "read it and you will understand" with no adverb after a complaint heard
 *   (読んでもらえたら分かると思います; not a guide), enduring told as what is right (ご辛抱いただくのが筋かと存じます; not the norm
 *   doubted), the poster scolded in the plain verb (確かめもせずに書き込むのは), and a misconduct charge going round as a clip or a post
 *   (`CHARGED_CLIP`: 議員が居眠りしているという動画が拡散) with its spreaders told to refrain, in a post too (not a hazard hoax).
 * - blind R207I–R208D: after a report or a criticism, the city's task said to have had no error in the わけではない form (手続に誤りが
 *   あったわけではございません) or its act said not to amount to one (誤りにはあたらないものと認識しております), what the city provided said
 *   to have been enough (十分な台数を確保しておりました), the thing said missing said held properly (ちゃんと3回開いています), the staff's
 *   conduct reported as usual (通常どおりの対応をしていたとのこと), and statements said not to contradict each other (矛盾するものでは
 *   ございません); a report echoed with との (との報道がありましたが) counts as a criticism received.
 * - blind R316M (misc57): a comparison complaint (「…は近隣より遅れている」, 他市に劣っている, 見劣りする, 手薄) answered with the city's rank
 *   (県内でも上位の水準です, 近隣市町と比べても遜色ありません, 県内で3番目に手厚い) or with the critic's way of comparing blamed (比べる項目の
 *   選び方によって印象が変わる, 何と比べるかで評価は変わります); and a criticism with its content told answered by the city's own check declared
 *   clean (「防災無線が聞こえない」とのご指摘…測定したところ、すべての地点で基準を満たして…; any criticism so answered when the critic is
 *   then asked to understand: ご理解いただければ幸いです). Not a check told plainly (ご指摘を受けて点検したところ、基準は満たしていました),
 *   nor with a fix, help, a step still to take or a worry reassured.
 * - blind R318H/R320M (reb58): a complaint answered with the city's record said not to match it (こちらの記録とは一致いたしません), with the
 *   work declared done on schedule or within the deadline (予定どおり行っております, 十日以内にすべて回答しております), done properly or
 *   thoroughly (適正に執行されたものであり, 十分に精査した内容であり) or announced over and over (繰り返しお知らせしており), with the
 *   opposite degree by a comparison with no adverb (長すぎるとのお声…近隣の市と比べても短い水準にあります: `comparedBack`), softly with 実は…
 *   なんです or これはほぼ…なんです, with the photo said to be as seen (撮り方でそう見えたのかも), with the complainant's feeling (感じ方による
 *   もの), with nothing changed (一切変更しておりません) or the price declared not high (決して高いとは言えない); a charge of acting high-
 *   handedly called wrong (市が勝手に決めたというのは違います); a shortfall, an unfairness or the critic's evaluation declared not to apply
 *   (周知不足には当たらない, 不適切な支出には該当いたしません, 不誠実とのご評価は当たらない); a complaint heard as voices (という声を耳にします:
 *   `VOICES_HEARD`) is a criticism received.
 *   Reviewer FP kinds (reb58): none of these after opinions received with no fault in them (多くのご意見をいただきました。…慎重に審議を重ねた
 *   結果でございます), an inquiry (とのお問い合わせ), the trouble owned softly (ごめんなさい, ご心配をおかけしました), a fix or a display corrected,
 *   thanks for the point, the complaint's cause told (実はシラスウナギが不漁なんです) or an invitation (冬の旅もおすすめ, ぜひ見に来てね); a view
 *   (という見方は誤解で) set right in a myth column is not the critic's evaluation.
 * - blind R322H/R324M (reb59): a complaint or a report named and answered with records or rules instead of words of denial: the record
 *   (運行記録では…回収済みとなっております, 回収を終えております; 室温は記録上18度を保っていました, 記録では室温は20度でした), a fault reported
 *   as news and turned with が (収集漏れとのご連絡をいただきましたが: `FAULT_REPORTED_TURNED`) counting as a complaint; the level declared no
 *   problem (測定した音量は…目安の範囲内であり、問題となる水準ではなかった); the rule or the schedule with the complaint's fact denied on it
 *   (21時までと決まっており、それ以降に音が出ていることはありません) and the cause put on another place (別の場所からの音ではないかと思われます,
 *   市の施設ではなく、近くの工場の音だと思われます); the work declared made or kept to a standard (ガイドラインに準拠して作成しております, 基準も
 *   きちんと守っています, 法律で定められており) and a correction refused (修正の必要はないものと判断しております); a programme's or an article's
 *   picture set against the reality (番組の印象と実際とは、かなり違う, 報道されているような混雑は実際にはありません), an article said to hold many
 *   errors (事実と違うところが多すぎます, 間違いだらけ) and a charge denied as an act (不正などしていません); the criticism pointed at and refused
 *   (怠慢というご批判は受け入れられません), answered with the efforts made long since (早い時期から取り組んできました) or with what the
 *   complainant had been asked beforehand (事前に厚着でのご来場をお願いしていたとおりです). Not an apology with a fix, a rule explained with no
 *   complaint, the city's own post corrected, thanks for an opinion with what will change, an inquiry, a worried asker reassured, a check
 *   still going on or help offered.
 * - blind R326H (reb60: soft denials and counter-arguments to reviews, comments and reports): a criticism heard, a rhetorical question or a
 *   charge of faking too (「加工しすぎじゃない？」ってコメント), then a turn to the soft insistence of のだ (でも、あれは全部…そのままの写真なんです,
 *   本当にあの景色なんですよ); a complaint about goods answered with the spec (規格の範囲内でした, 掲載しているとおりで); the critic's words
 *   echoed with a comma and hedged as wrong (顔を出すだけ、というのは少し違うのではないかと思っています, …違うと思います), the remark told in
 *   an earlier paragraph (`orHeardBefore`, `HEARD_BEFORE`); a practice charged denied as a state in a reply or after 恐れ入りますが (優先的に
 *   案内されているということはございません); the act charged told as meant well (支えようとしたものでした, ご案内していただけでした); the
 *   critics' opinion said to hold points that differ from the facts (ご意見には、一部事実と異なる点がございます); the critic's claim softly called
 *   a misunderstanding (…というのは、少し誤解があるように思います); a label echoed and denied in its own word (マネだってコメント…マネなんか
 *   じゃないもん: `REPORTED_LABEL`); the notice declared in place everywhere already (すべてに設置済みで, ホームページにも地図を掲載しております。);
 *   the critics' opinions said to have misread it (誤って受け止められたご意見). A rumour seen online (SNSなどで「…」という投稿が見られますが)
 *   set right with the facts and no complaint or charge in it is a correction (KH-030), also for `deniedComplaints`.
 * - blind R331R (reb61: denials and counter-arguments with figures, as the city's view, or as a few people's misunderstanding): a
 *   criticism received turned to the majority's approval or a favourable figure (ただ、…満足度が87％に達しており, 大多数の方にはご満足
 *   いただけているものと受け止めています: `SATISFIED_SRC`, only after a turn); a cut charged (廃止されたとのことですが: `CUT_CLAIMED`) answered
 *   with the thing going on as before or unchanged (今年度も…お渡ししております, 昨年度と変わりございません: `CARRIED_ON`); a criticism declared
 *   far from the reality as the city's reading (実態とは異なるものと受け止めております: `FAR_FROM_VERDICT`); the city's "we did enough" after a
 *   criticism told in an earlier paragraph (以上のとおり、説明は十分に尽くしてきたものと考えております); the staff who would act so declared not to
 *   exist (そのような対応をしている者はおりません) and a criticism put down to a few people's impression or misunderstanding (一部のお客様の個人的
 *   な印象ではないかと受け止めています); a waste charge (税金のムダづかい) answered with the city's share played down (でも実は…市の負担はほんの
 *   わずかなんです). A rebuttal quoted as the reply not to give (「そのような事実はございません」とすぐに否定するのではなく: `disownedReply`)
 *   is a mention.
 * - blind R336D (reb62: polite counter-claims to a criticism received, told as facts that deny it): the state complained of declared not
 *   to exist (長時間お待たせしている状況にはないと考えております: `STATE_DENIED`), the trouble played down by how seldom it happens (実際に満車に
 *   なったのは今年度まだ三回だけなんです, ほとんどありません: `SELDOM_AGAINST_COMPLAINT`), the conduct criticised declared deliberate (あえて
 *   はっきりお伝えしている面もあります), the outcome charged put on the person's own choice (ご本人が申請を見送られたものと認識しております:
 *   `OWN_CHOICE_AGAINST_CHARGE`), the complaint outweighed by the many who manage (9割以上がスムーズに完了できてるんです, ほとんどの方は迷わず
 *   お越しいただけております: `SATISFIED_WHAT`), the signs declared set up in numbers (会場内に１２か所設置しており), and a report's ranking
 *   refused as not comparable (単純に比較することはできません). A complaint about the city's own human-rights programme quoted as received
 *   (「人権講演会は…形だけ」との投書: `PROGRAMME_CRITICISED`) keeps 人権教育 in the answer from making it an awareness column; 投書, DM, というお声
 *   and an unbracketed というご投稿を拝見 are criticism received.
 * An apology in the same paragraph (お詫び, 申し訳) makes a correction, not a rebuttal, of the
 * milder forms, and so does a correction that gives the right fact (正しくは…). A phrase quoted as an example is a
 * mention (`info`).
 */
import { matchAllOf } from '../regex'
import { phraseGate } from '../gate'
import type { DraftFinding, RuleFamily } from '../rule'
import { Taken, foldSource, isQuotedTopic, isReportedSpeech, compactLetters, isMentionAt, phrase, rewriteBy, sentenceOf } from '../words'
import { meta } from './rebuttal.meta'

interface Phrase {
  re: RegExp
  /** Folded substrings one of which the text must hold before the pattern runs (cheap prefilter). */
  need?: readonly string[]
  /** What kind of rebuttal (the message's {what}). */
  what: string
  /** What to write instead (the hint's {instead}). */
  instead: string
  /** Not when the paragraph apologises (a correction of the city's own mistake). */
  notWithApology?: boolean
  /** With `notWithApology`: only an apology counts, not a correction that gives the right fact (正しくは…). */
  despiteCorrection?: boolean
  /** A plain denial: not an argument where a rumour, not a critic, is set right (`correctsRumour`). */
  rumourDenial?: boolean
  /** Only when the paragraph answers criticism (ご指摘, 報道, とのことですが …). */
  needsCriticism?: boolean
  /** With `needsCriticism`: a reply or comment is enough. */
  orReply?: boolean
  /** Only in a reply or comment (said to the critic). */
  replyOnly?: boolean
  /** Not when the paragraph announces a remedy (a cause explained on the way to a fix: 予約制を導入します). */
  notWithRemedy?: boolean
  /** Not the finding of an inspection or an investigation told as such (点検の結果、…不備はありませんでした) in a paragraph with no criticism. */
  notAsFinding?: boolean
  /** With `needsCriticism`: only a criticism received counts (ご批判, 苦情, a report discussed), not 記事 or ご意見 alone. */
  strongCriticism?: boolean
  /**
   * With `strongCriticism`: a charge against the city or its staff (`CHARGE`: 高圧的, 態度が悪い, 手抜き) heard as criticism (`CRITICISM`:
   * という投稿が拡散されておりますが) counts as a criticism received too.
   */
  orCharge?: boolean
  /** The paragraph must also hold this (a complaint heard: …って言われよるばってん). */
  alsoNeeds?: RegExp
  /** Not when the paragraph holds this (thanks to the critic: ご指摘ありがとうございます). */
  unless?: RegExp
  /** Not in a notice that warns against misinformation and sets a false claim right (`warnsOfHoax`: 【デマにご注意ください】…という投稿がありますが、誤りです). */
  notInHoaxWarning?: boolean
  /** Not a misunderstanding named as a common one in a column or an FAQ (`commonMyth`: これはよくある勘違いです). */
  notAsCommonMyth?: boolean
  /**
   * Blind R308T-037 kind: `unless` is read with the opening thanks for the comment left out (コメントありがとうございます。, ご意見をお寄せ
   * いただきありがとうございます。: `GREETING_THANKS`): the greeting of a reply, not the city taking the complaint up.
   */
  greetingOk?: boolean
  /**
   * Reviewer FP kinds (today's rules): a real criticism in the paragraph (`REAL_CRITICISM`: a critical word, a charge, or a complaint's
   * content told), even in a reply; not a bare 多くのご意見, a question voiced (「…のでは」との声), praise, or hearsay of facts (とのことです).
   */
  realCriticism?: boolean
  /**
   * Blind R326H-019 kind (reb60): with `needsCriticism`, a criticism heard in an earlier paragraph of the post counts too (先日、ある方から
   * 「市長はイベントに顔を出すだけ」と言われました。⏎⏎ただ、…顔を出すだけ、というのは少し違うのではないかと思っています): a column or a long
   * post tells the remark in one paragraph and answers it in the next. Only a criticism actually heard there (`HEARD_BEFORE`), and not in a
   * post that apologises; `post` decides.
   */
  orHeardBefore?: boolean
}

const NONE: readonly number[] = []
/**
 * Blind R127A-119: a group counted (「柳川は移住者が減っている」: how many come, not what they are like) is the city's draw, not a
 * prejudice about the group.
 * Blind R84A-036: the city or its office as the quoted claim's topic (「柳川市は生活保護の審査が甘く…」, 「市役所は外国人ばかり優遇して
 * いる」, 「市の窓口は高齢者に冷たい」): a charge against the city's conduct, with a group named in it, not a prejudice about the group.
 */
/**
 * Blind R271P-028 kind: …also a service the city runs as the claim's topic (「市の見守り訪問が打ち切られ、独居の高齢者が放置されている」, 「市の
 * 高齢者支援が縮小され…」): the group named is who the city is charged with failing, not what a prejudice is about.
 */
const CITY_TOPIC = '[^」\\n]{0,12}?(?<!都)(?:市|市役所|役所|当市|本市|行政|市長|市職員|職員|当課|担当課)(?:は|が|って|の(?:審査|対応|窓口|職員|説明|判断|運営|支給|認定|やり方|姿勢|施策|福祉|(?:見守り)?[一-龥々ァ-ヶー]{0,6}?(?:見守り|訪問|支援|事業|サービス|制度|給付|補助|助成|介護))(?:は|が|って|も))'
/**
 * A prejudice about a group, quoted as what someone said (「生活保護の人は怠けている」というご意見には…同意できません):
 * the city standing by the group, not arguing with a critic of the city. Blind R65A-084: 障害 of a system or a service (システム障害,
 * 通信の障害, 障害が発生) is a fault, not a group: 「システム障害は職員の人災」という投稿は誤解です answers a critic.
 * Blind R116A-100: the prejudice quoted and called a misunderstanding itself (「認知症の人は何もわからない」は誤解です, 「外国人は怖い」は
 * 大きな誤解です, 「不登校の子は怠けている」というのは思い込みです): a column setting a belief about people right, no critic answered.
 */
const PREJUDICE_QUOTED = phrase('「(?![^」\\n]{0,40}(?:蔑視|差別|偏見|ヘイト|ハラスメント|人権|配慮))(?!' + CITY_TOPIC + ')[^」\\n]{0,30}(?:生活保護|受給者|(?<!(?:システム|通信|機器|回線|電波|設備|系統|運行|接続|配信|電源|動作|作動|端末|ネットワーク|サーバー?|サービス|アクセス|決済|電話|伝送|印刷|運用|輸送|交通|物流|電気|信号|ダイヤ)の?)障害(?!が(?:発生|起き|起こ|復旧|出|続))|障がい|外国人|外国籍|在日|同和|部落|性的少数|同性|LGBT|lgbt|ひとり親|シングルマザー|母子家庭|移住者|難病|患者|HIV|hiv|ハンセン|高齢者|お年寄り|女性|男性|女は|男は|認知症|精神疾患|うつ病|依存症|不登校|ひきこもり|引きこもり)(?:の人|の方|の人たち|たち|のある(?:人|方|子)|になった人|になったら|になると)?(?:は|が|って|も|ばかり|なんて|[、,])(?!(?:減っ|減少|減り|少なく|少ない|いなくな|来なくな|離れ|流出|定着しな))[^」\\n]{0,30}」(?:という|との|といった|って|(?:は|というのは|なんて)[、,]?(?:全くの|まったくの|大きな|よくある)?(?:誤解|勘違い|思い込み|思い違い|間違い|誤り))', 'u')
// Blind R389N-033 kind: the critic's writing out of a presumption deplored (思い込みで書かれるのは困ります) is not a column on presumptions;
// blind R409J-048 kind: nor a post out of a presumption that its writer is asked to refrain from (思い込みによるご投稿はご遠慮願います).
const AWARENESS_CORE = phrase('偏見(?:を|の)(?:なく|解消)|差別(?:を|の)(?:なく|解消|撤廃|ない社会)|迷信|俗説|(?<!(?:あなた|あんた|そちら|貴方|ご自身|投稿者|相手)(?:の|様の|さんの))思い込み(?!で(?:書|投稿|批判|発言|コメント|言わ|言う|非難|拡散|騒)[^。！？!?\\n]{0,8}?(?:のは|こと)(?:は|を)?(?:(?:お)?(?:やめて|控えて|慎んで)(?:ください|下さい|いただ|ほしい|もらえ)|困|心外|悲し|残念)|による(?:ご)?(?:投稿|書き込み|コメント|発言)(?:は|を)[、,]?[^。！？!?\\n]{0,30}?(?:ご遠慮|お控え|おやめ|慎んで|控えて|やめて))|共に生き|ともに生き|正しい知識|正しく理解', 'u')
const AWARENESS_HUMAN_RIGHTS = phrase('人権(?:啓発|教育|尊重|週間)(?![^。！？!?\\n]{0,12}?(?:ご批判|批判|苦情|お叱り|非難|ご指摘))', 'u')
/**
 * Blind R336D-023 kind (reb62): a complaint about the city's own programme quoted as received (「人権講演会は毎年同じような内容で形だけ」との投書を
 * 頂戴しました): a paragraph that answers it is no awareness column, whatever 人権教育 the answer names. A complaint's content closes the quote
 * (形だけ, マンネリ, 意味がない, 同じ, 無駄) before a word of criticism received; not a discriminatory saying quoted (差別, 偏見, 出ていけ).
 */
const PROGRAMME_CRITICISED = phrase(
  '[「『](?![^」』\\n]{0,60}?(?:差別|偏見|蔑視|ヘイト|出て(?:いけ|行け)|死ね|消えろ|帰れ))[^」』\\n]{0,60}?(?:形だけ|形ばかり|名ばかり|おざなり|マンネリ|同じ|意味(?:が|の)?な|無駄|むだ|ムダ|つまらな|退屈|不要|いらな|要らな|ひど|おかし|手抜き|ずさん|不十分|足りな|物足りな|押しつけ|押し付け|一方的|偏って)[^」』\\n]{0,10}?[」』](?:と|って|という|との|といった)[^。！？!?\\n]{0,4}?(?:ご|お)?(?:投書|意見|指摘|批判|苦情|声|コメント|投稿|書き込み|叱り|不満|お便り|便り)',
  'u',
)
/** A paragraph that corrects a prejudice or a superstition (「障害者は迷惑」という考えは誤りです), not a critic. */
function isAwareness(fo: string): boolean {
  return AWARENESS_CORE.test(fo) || (AWARENESS_HUMAN_RIGHTS.test(fo) && !PROGRAMME_CRITICISED.test(fo))
}
/** Conduct a statement regrets (との発言は, 行為は, 不祥事について): misconduct, not criticism of the city. */
const CONDUCT_REGRETTED = phrase('(?:発言|行為|言動|不祥事|事案|違反|飲酒運転|ハラスメント|不正|暴言)(?:は|が|について|に対し|につきましては)', 'u')
// Blind R326H-022 kind (reb60): 申し訳ありませんが、 opening a sentence is a cushion before what follows (申し訳ありませんが、窓口で…後回しにして
// いるということはございません), not an apology; said after what the city did (ご不便をおかけして申し訳ありませんが) it still is one.
const APOLOGY = phrase('お詫び|おわび|(?<!(?:^|[。！!？?\\n])\\s{0,2}(?:@[a-z0-9_]{1,30}\\s{0,2})?)申し訳|申し訳(?!(?:ありません|ございません)が[、,])|失礼いたしました|失礼しました|ご迷惑をおかけ|ご不快|反省|(?<![a-z])(?:sorry|we apologi[sz]e)', 'u')
/** A fix announced: a cause stated on the way to it is an explanation, not blame. */
/** An inspection or investigation whose finding the sentence reports: 点検の結果、 調査したところ、 検査では. */
const FINDING_OF = /(?:点検|調査|検査|監査|確認|審査|検証|測定|診断)(?:の結果|結果|したところ|を行つたところ|では|の結果では|した限り|を行つた限り|の限り(?:では)?)[、,]?[^。！？!?\n]{0,30}$/u
// Blind R95A-084: 対策として said of what the city defends (少子化対策として必要な事業であり、…改める考えはございません) names the
// programme's purpose, not a fix announced: only 対策として before an act (対策として防音シートを設置します) counts.
const REMEDY = phrase('改善|見直し|見直す|見直して|導入(?:します|いたします|しました|する)|増設|増や|工夫(?:して|いたし|を)|対策(?:を|として(?!(?:は|も)?[、,]?(?:必要|重要|不可欠|欠かせ|有効|大切|意義|有意義|適切|妥当)))|検討(?:して|いたし)|取り組んでまいり|努めてまいり|努めます|分散', 'u')
/**
 * Blind R322H-030 kind (reb59): a fault reported as news the city was given (収集漏れとのご連絡をいただきましたが, 「ごみが回収されていない」
 * とのお電話がありましたが, 街灯が消えているとの通報を受けましたが) and turned with が: a complaint received, as とのご意見ですが is. Only a fault
 * (a miss or a lapse named, a negative predicate) and only with the turn (a report taken up, …とのご連絡をいただきました。すぐに補修しました,
 * is news); an inquiry (とのお問い合わせ) stays an inquiry.
 */
const FAULT_REPORTED_TURNED =
  `(?:漏れ|もれ|忘れ|未着|不着|未配達|未配|遅れ|遅延|ミス|間違い|誤り|不備|不具合|(?:ない|なかった|ません|ませんでした|(?:壊れ|消え|切れ|詰まっ|汚れ|濁っ|にごっ|臭っ|におっ|漏れ|止まっ|傾い|割れ|剥がれ|はがれ|崩れ|倒れ|散乱し|放置され|響い|鳴っ|点滅し)て(?:いる|る|います|いた)|(?:た|っ)?(?:まま|っぱなし)(?:になって(?:いる|る|います))?))[」』]?(?:との|という|って)(?:ご|お)?(?:連絡|電話|通報|申し出|お申し出)(?:を|が)[^。！？!?\\n]{0,12}?(?:が[、,]|けれど|けど|ものの)`
// Blind R228C-013 kind: a critic's post quoted with って and seen or read (「…」って投稿を見たけど, ってコメントを読んだ): criticism, as
// という投稿を見 is.
// Round 45: in English, what people say of the city's own programme reported (Some people say our migration tour is "just a sales
// pitch"): not a myth about the world (some people say tap water is unsafe), which names nothing of the city's.
// Blind R254L-034 kind: in English, a group of posters or visitors named with a quantifier and a word or two before it, in the
// progressive or any tense of claim, say, allege or post, and the city or its own service named within a few words after (Some foreign
// vloggers are claiming that Yanagawa boat tours overcharge, Several bloggers have claimed that our fees…, Some travel sites say the
// city's…): criticism reported, as in the round-45 form. Not a myth about the world (some people say tap water is unsafe). Bounded.
// Blind R322H-044 kind (reb59): a report or a post said to make the city look guilty (市が隠蔽しているかのように書かれていますが, かのような
// 記事が掲載され, かのように報じられ) is criticism too (in CRITICISM).
// Blind R337F-006 kind (reb63): a claim echoed with とする (…が水門操作のせいだとするお話には, 市の対応が原因だとするご意見について) is a
// criticism heard, as というご意見 is.
const CRITICISM = phrase(
  FAULT_REPORTED_TURNED + '|(?:だ|である|(?<=[ぁ-ゖ])い|(?<=[ぁ-ゖ])た)とする(?:お話|ご意見|ご主張|ご指摘|お声|声|書き込み|投稿|ご投稿|コメント|報道|記事)(?:に|には|について|については|は|が|も|を)|かの(?:ように|よう(?:な|に))[^。！？!?\\n]{0,4}?(?:書か|報じ|伝え|描か|紹介さ|取り上げ|言わ|扱わ)れ|(?:[」』]|[一-龥々ぁ-んァ-ヶー]{2,8})(?:って|と|っち)(?:言った|言ってる|言ってた|言っている|言っとる|言いよる|書いた|書いてる|書いてた|書き込んだ|コメントした)(?:人|ひと|方|人たち|やつ|奴|やつら|みんな|皆さん)(?:[、,！!]|へ|に(?:言いたい|一言|伝えたい))|[」』](?:って|て|と|っち|ち)(?:書きよ|書いと|書いて|書き込みよ|書き込んど|書き込んで|言いよ|言うと|言うて|言って|(?:投稿|コメント|ポスト)(?:しよ|しと|して|さしよ|されて|されと)|つぶやいと|つぶやいて|呟いて)(?:る|ん|らす|んしゃ|い(?:る|らっしゃる))?(?:人|方|人たち|方々|と)(?:の|が|も)(?:おる|いる|おらす|おらっしゃ|いらっしゃ|居る|おります|います)|(?:って|っち)(?:言う|いう|言っとる|言ってる|いってる|言っている|いっている|書く|書いてる|かいてる|書いている|書いとる|言いよる|書きよる)(?:人|ひと|方|人たち|ひとたち)(?:が|も|の)?[、,]?(?:いる|おる|いた|います|いて|おって|おら|居る)|(?:そげん|そがん|そぎゃん|そんな(?:に|ふうに))?(?:って|と|っち|ち)?(?:言わっしゃ|言わるっ|言われよ|言いよんしゃ|言うとんしゃ|言わす(?:ばってん|けど))|(?:問題視|疑問視|不安視|危険視|非難|ご批判|批判|反対)(?:され|なさっ)て(?:い|お)|(?:問題視|疑問視|不安視|危険視)(?:する|される|なさる)(?:声|方|ご意見|意見)|[」』](?:という|との|って)(?:方|人|声|お声)(?:が|も)(?:いらっしゃい|おられ|あり|聞かれ|寄せられ)(?:ます|まし)(?:た)?が[、,]|ご指摘|ご批判|批判|お叱り|ご意見|苦情|クレーム|とのこと|との(?:ご)?(?:意見|指摘|批判|コメント|声|投稿|書き込み|感想|投書)|(?:と|で|って|っち)(?:書かれ|報じ|報道され|言われ|指摘され|紹介され)|[」』](?:と|って)(?:レビュー|口コミ|クチコミ|コメント|ネット|SNS|ブログ|掲示板|アンケート)(?:に|で|欄に)(?:書かれ|書き込まれ|投稿され|書いた|書き込んだ|投稿した|書いてい)|報道|記事|週刊誌|番組|炎上|手抜き|ずさん|高すぎ|おかしい|不適切|しょぼい|ひどい|怠慢|との(?:お|ご)(?:声|便り|不満)|というご(?:意見|批判|指摘|不満)|って(?:いう)?(?:コメント|口コミ|クチコミ|レビュー|書き込み)|(?:という|といった|みたいな|との)(?:口コミ|クチコミ|レビュー)|」?(?:という|といった|みたいな|とする)(?:ご?投稿|書き込み|コメント|声|お声|ご指摘|指摘|うわさ|噂|デマ|投書|dm|メッセージ)(?:が|を|も)(?:拡散|広が|出回|寄せられ|あり|見|拝見|拝読|目に|いただ|続い|続き|続け|相次|あいつ|増え|目立|届い|殺到|多(?:い|く|数))|[」』](?:って|っていう)(?:投稿|書き込み|コメント|ポスト|ツイート)(?:を|も)[^。！？!?\\n]{0,4}?(?:見|拝見|拝読|目に|読ん)|(?<![a-z])(?:reviews?|complain|criticism|criticiz|criticis|accus)|(?<![a-z])(?:some|many|certain|other)? ?(?:people|folks|residents|visitors|critics|commenters|users|someone|others)(?: online| here)? (?:say|said|says|claim|claimed|claims|are saying|have said|keep saying|call|called|are calling|wrote|write|post|posted|think) (?:that )?(?:our|the city|yanagawa|we |this (?:city|town|tour|event|program|programme|project|service))|(?<![a-z])(?:some|many|certain|several|a few|a number of)(?: [a-z-]{2,15}){0,2} (?:people|folks|visitors|critics|commenters|users|tourists|travell?ers|bloggers|vloggers|youtubers|influencers|reviewers|accounts|posters|videos|articles|outlets|websites|sites)(?: online| here| on [a-z]{2,12})? (?:are |have |have been |keep )?(?:claim(?:s|ed|ing)?|alleg(?:e|es|ed|ing)|say(?:s|ing)?|said|insist(?:s|ed|ing)?|suggest(?:s|ed|ing)?|post(?:s|ed|ing)?|writ(?:e|es|ing)|wrote|complain(?:s|ed|ing)?) (?:that )?[a-z0-9\u2019\' -]{0,30}?(?<![a-z])(?:our|the city|the city[\'\u2019]s|yanagawa|we|us|this (?:city|town|tour|event|program|programme|project|service))(?![a-z])',
  'u',
)

/**
 * A criticism actually received or a report discussed (not 記事でご紹介した, not ご意見をお寄せください). Blind R134A-120: a complaint
 * quoted as a post the city saw or was sent (「図書館の本が汚い」という書き込みを見かけました) is one received.
 * Blind R175A-047: or one the city was given (「…」というコメントをいくつかいただきました).
 * Blind R168A-017: a comment echoed with との (屋台の価格が高いとのコメントですが, …とのコメントをいただきました) is one received, as
 * とのご意見 is.
 * Blind R208D kind: a report echoed with との or という (…が高すぎるとの報道がありましたが, …という報道を受け) is a report discussed.
 * Blind R250G-033 kind: the city's own post said to be going up in flames (昨日の投稿が一部で炎上していますが, 炎上中の件) is criticism
 * received, only as going on or done (炎上して(い|お), 炎上中, 炎上しました; not 炎上対策, 炎上を防ぐ).
 * Blind R308T-024 kind: what an article or a programme wrote, with が (新聞記事で…と書かれていましたが, 番組で…と伝えられましたが) is a report
 * discussed, as と報じられましたが is.
 */
/**
 * Blind R318H-046 kind: a complaint's content heard as what people say, in any voice of hearing (料金が高すぎるという声を耳にします, 「駐車場が
 * 狭い」って声も聞きます, 分かりにくいというコメントが寄せられています, 待ち時間が長いという意見もあります): a criticism received, as
 * とのご意見をいただきました is. Only a fault or a "too much" heard (not praise in すぎ: かわいすぎるという声), not a bare という声.
 */
const VOICES_HEARD =
  '(?:(?:なかった|ない|悪い|悪かった|ひどい|ひどかった|汚い|汚かった|遅い|遅かった|高い|不親切|失礼|雑|冷たい|だめ|ダメ|最悪|分かりにくい|わかりにくい|狭い|うるさい|臭い|不便|足りない|少ない|遠い|長い|暗い|不公平|不十分|きつい|きつかった|怖い|怖かった|こわい|こわかった|(?<=[一-龥々ぁ-ゖ])(?:にく|づら)(?:い|かった))|(?<!(?:かわい|可愛|美し|きれい|綺麗|キレイ|おいし|美味し|うま|旨|素敵|すてき|すご|凄|楽し|優し|やさし|嬉し|うれし|かっこよ|カッコよ|格好よ|よ|良|すばらし|素晴らし|面白|おもしろ))(?:すぎ|過ぎ)(?:る|た)?)(?:だ|です)?[！!]{0,2}[」』]?(?:という|との|といった|って|っていう|みたいな)(?:ご|お)?(?:意見|声|指摘|批判|苦情|不満|コメント|書き込み|投稿|口コミ|クチコミ|レビュー|投書|dm|メッセージ|メール|便り)(?:を|が|も)[^。！？!?\\n]{0,6}?(?:耳に(?:し|入|す)|聞(?:か|き|こ|い)|寄せられ|届(?:い|き|け)|上が|あ(?:り|る)|ござい|いただ|頂|拝見|見かけ|目に)'
const CRITICISM_RECEIVED = phrase(
  VOICES_HEARD + '|' + FAULT_REPORTED_TURNED + '|炎上(?:して(?:い|お)|しと|しちょ|中|しました|した(?:件|投稿))|ご指摘|ご批判|批判|お叱り|苦情|クレーム|ご不満|不満の声|報じ|報道され|(?:という|との|といった)報道(?:が|も|を)|(?:厳しい|きびしい|手厳しい|多くの|多数の|様々な|さまざまな)(?:ご意見|ご指摘|お声|声|お叱り|コメント|ご批判|書き込み)|ご意見を[^。！？!?\\n]{0,8}?(?:いただ|頂|賜)|(?:番組|テレビ|新聞|雑誌|週刊誌|ニュース|記事)(?:で|に|では)[^。！？!?\\n]{0,30}?(?:紹介|取り上げ)(?:され|られ)(?:ました|た)が|(?:番組|新聞|雑誌|週刊誌|ニュース|記事|報道)[^。！？!?\\n]{0,30}?と(?:書かれ|伝えられ|報じられ)(?:て(?:い|お)(?:ました|ます|た|る)|ました|た)(?:が|けれど|けど)|とのこと|との(?:ご|お)?(?:意見|指摘|批判|声|投稿|書き込み|投書)|との(?:ご)?コメント(?:です|でした|を|が|も|に|について|、)|という(?:ご(?:意見|批判|指摘|不満)|お(?:声|叱り)|投書)|(?:という|との|といった)(?:ご)?(?:投稿|書き込み|ポスト|投書|dm|メッセージ|お便り)(?:を|が|も)[^。！？!?\\n]{0,8}?(?:見かけ|見つけ|目にし|目に入り|拝見|拝読|寄せられ|届|いただ|頂)|[」』]という(?:書き込み|投稿|コメント|口コミ|レビュー|ポスト)(?:を|が|も)[^。！？!?\\n]{0,8}?(?:見かけ|見つけ|目にし|目に入り|拝見|寄せられ|届|いただ|頂)|ご意見を(?:いただ|頂)|記事(?:は|では|で報|によ|の(?:内容|中で|記述))|報道(?:は|では|によ|につい|で)|誇張|(?<![a-z])(?:complain|criticism|criticiz|criticis|accus)',
  'u',
)

const INSTEAD = {
  deny: '否定や反論はせず、「ご心配をおかけしています。事実関係は市ホームページでお知らせしています」のように公式の説明へ案内してください',
  critic: '相手の誤りは指摘せず、「ご意見ありがとうございます。〇〇については次のとおりです」と事実だけを伝えてください',
  press: '報道への抗議や反論はSNSで行わず、市の公式見解として広報担当・上司と相談のうえ市ホームページで説明してください',
  justify: '正当性は主張せず、「ご意見を受け止め、担当課で確認します」と受け止めたうえで、必要なら事実だけを伝えてください',
}
/** The flags of a phrase that says the critic is wrong, said to a critic (a reply, or a paragraph answering criticism). */
/**
 * A wish reported as an opinion or a request received (…読んでから発言してほしいとのご意見がありました, …書き込んでほしいという声が
 * 寄せられました): the city passing on what it heard at a meeting or from residents, not telling a critic off. Review, stop 62.
 */
const WISH_REPORTED = /(?:ほしい|欲しい|ほしか|もらいたい|いただきたい|ください)(?:と|との|という)[、\s]?(?:ご意見|ご要望|ご提案|お声|声|意見|要望|提案)(?:が|を|も)[、\s]?[^。！？!?\n]{0,12}?(?:ありました|ございました|寄せられ|いただき|頂き|出され|出ました|上がり|あがり)/u
const TO_CRITIC = { what: '相手の誤りを指摘する反論', instead: INSTEAD.critic, notWithApology: true, needsCriticism: true, orReply: true } as const
/**
 * A complaint's cause put on the complainant (their home, their way of looking, when they looked): answering a criticism or in a
 * reply, not with an apology or a remedy; `HELP_STEPS`, a step to try, makes it a help answer instead.
 */
const BLAMES_COMPLAINANT = { what: '苦情の原因を相手に帰す反論', instead: INSTEAD.justify, notWithApology: true, needsCriticism: true, orReply: true, notWithRemedy: true } as const
/** What the phrases that set the city's record or measurement against a complaint share: their literal needs, what, hint and conditions. */
const RECORD_AGAINST_COMPLAINT = {
  need: ['測定', '計測', '観測', '記録', 'でーた', 'ろぐ', '履歴', '日報', '数値'],
  what: '苦情に記録や測定値を示して反論する表現',
  instead: INSTEAD.critic,
  notWithApology: true,
  needsCriticism: true,
  strongCriticism: true,
  notWithRemedy: true,
}
const HELP_STEPS = 'お試しください|お試しいただ|ご確認ください|ご相談ください|お問い合わせください|お手数'

/** What to write instead of scolding those who spread a rumour. */
const SPREADERS = '誤情報の訂正では広めた人を責めず、「〇〇という情報は誤りです。正しくは次のとおりです」と事実だけを示してください'

/** What to write instead, by what the flagged phrase does (folded excerpt → rewrite). */
const REWRITES: Array<[RegExp, string]> = [
  [phrase('抗議|遺憾|報道|記事|訂正を|謝罪を|取材|切り取|偏向|憤り|法的|削除を|歪曲|印象操作|誤報'), '報道への抗議や反論はSNSでは行いません。「〇〇の報道について、市の説明を市ホームページに掲載しました（URL）」のように公式の説明へ案内してください'],
  [phrase('事実|デマ|dema|がせ|誤り|間違|虚偽|でたらめ|捏造|根も葉|違います|不正|正確'), '「ご心配をおかけしています。〇〇について、市の正確な情報は次のとおりです」のように事実だけを示してください'],
  [phrase('誤解|勘違い|誤読|曲解|決めつけ|主張|撤回|発言|憶測|認識|理解|お言葉|はず|とのこと|とのご|というご|という声|とのお'), '相手の誤りは指摘せず、「ご意見ありがとうございます。〇〇については次のとおりです」と事実だけを伝えてください'],
  [phrase('適切|適正|問題|落ち度|非|責任|決して|当たら|あたら|的外れ|意図|判断|変わり|変え'), '正当性は主張せず、「ご意見を受け止め、担当課で確認します」と受け止めたうえで、必要なら事実だけを伝えてください'],
]
function rewriteOf(excerpt: string, fallback: string): string {
  return rewriteBy(REWRITES, excerpt, fallback)
}

/** A reading (or looking) in the conditional, polite or dialect: お読みいただければ, ご覧になれば, 見てもろたら, 読めば. */
const READ_COND =
  '(?:(?:お読み|ご覧|ご確認|読んで|見て|確認して|目を通して|お目通し)(?:いただければ|いただけたら|頂ければ|頂けたら|もらえれば|もらえたら|もろたら|もらえば|くだされば|になれば|になったら|いただけると)|読めば|読んだら|読みゃ|読んだっちゃ|見れば|見たら|見りゃ|確認すれば|確認したら|読んでみれば|見てみれば|読んでみたら|見てみたら)'

/**
 * Round 41: a complaint heard as such, a fault named and then the verb of hearing it (英語が通じなかったってコメント, 対応が遅いとの
 * ご意見, 汚かったって言われ): what a doubt in the writer's voice (それはないと思います) answers.
 */
const COMPLAINT41 = phrase('(?:なかった|ない|悪い|悪かった|ひどい|ひどかった|汚い|汚かった|遅い|遅かった|高い|高すぎる|不親切|失礼|雑|冷たい|だめ|ダメ|最悪|分かりにくい|わかりにくい|狭い|うるさい|臭い|不便|足りない|少ない)[」』]?(?:って|と|との|という|みたいな)(?:コメント|ご意見|意見|ご指摘|指摘|お声|声|口コミ|クチコミ|レビュー|苦情|書き込み|言われ|ご批判|批判|投稿)', 'u')
/** Round 41: thanks, a fix or a doubt taken back in the paragraph (確かに, 見直し): the city listening, not answering back. */
const LISTENING41 = phrase('ありがと|感謝|改善|見直|検討|工夫|確かに|たしかに|反省|至らな|不十分|今後は|これから', 'u')

/**
 * Round 43: thanks or a doubt taken back (ありがとう, 参考にさせていただきます), or a worry or a request to keep a thing answered (ご心配の声,
 * 存続を求める, なくさないで): no intention to change then listens or reassures.
 */
const REASSURED43 = phrase('ありがと|感謝|確かに|たしかに|反省|至らな|不十分|参考に|ご心配|心配の|ご不安|不安の|ご安心|安心して|のでは(?:ない)?か|ないで(?:ほしい|欲しい|ください)|やめないで|なくさないで|残して|存続|継続を(?:求め|望)|反対', 'u')
/** Round 43: an awareness post on posting (書き込む前に確かめましょう, ネットリテラシー講座): advice, not a critic scolded. */
const POSTING_ADVICE43 = phrase('ましょう|リテラシー|講座|教室|授業|啓発|誹謗中傷|気をつけ|気を付け|ご注意|注意して', 'u')

/** Round 45: a view that lumps people together (まとめて, ひとくくり) or a prejudice: refusing it stands by them, not by the city. */
const LUMPED45 = phrase('まとめて|ひとまとめ|ひとくくり|一括り|一緒くた|十把一絡げ|偏見|差別|蔑視|ヘイト', 'u')

/** Round 48: the remark reported was a worry or praise (「私にできるかな」と言われ, 「優しいね」って言われ): waving it off answers no critic. */
const WAVED_OFF48 = phrase('(?:かな|かも|無理|自信が|不安|心配|すごい|凄い|素敵|すてき|上手|立派|えらい|偉い|親切|優しい|やさしい|かわいい|可愛い|おいしい|美味しい|ありがと|いい|ですね)(?:です)?(?:ね|よ|な|わ|ねえ)?[！!？?〜~ー]{0,3}[」』]?(?:って|と|っち|ち)(?:書|言|おっしゃ|仰|コメント|投稿)', 'u')
/** Round 48: a worried asker reassured (ご安心ください, 心配いりません): a rumour set right for them, not a critic answered. */
const REASSURED48 = phrase('ご安心|安心して|ご心配なく|心配(?:いりません|ありません|せんで|なか)', 'u')
/** A complaint taken up (LISTENING41) or the reader reassured (REASSURED48): no retort, for the denials that need a critic. */
const HEARD_OR_REASSURED = new RegExp(LISTENING41.source + '|' + REASSURED48.source, 'u')
/** What the phrases that declare the staff's conduct proper after a complaint share: what, hint and conditions. */
const CONDUCT_DECLARED_PROPER = {
  what: '苦情への反論',
  instead: INSTEAD.critic,
  notWithApology: true,
  needsCriticism: true,
  strongCriticism: true,
  orReply: true,
  notWithRemedy: true,
  unless: HEARD_OR_REASSURED,
  greetingOk: true,
}
/**
 * Blind R308T-037 kind: a reply's opening thanks for the comment or the message itself (コメントありがとうございます。, ご意見をお寄せいただき
 * ありがとうございます。, ご連絡いただき、誠にありがとうございました！): the greeting, said whatever follows, not thanks for a point taken up.
 * Only a sentence that is nothing but that thanks (a few words of address before it at most).
 */
const GREETING_THANKS = phrase(
  '(?:^|[。！!？?\\n]\\s?)[^。！？!?\\n「」]{0,12}?(?:コメント|ご意見|ご連絡|メッセージ|お問い合わせ|お問合せ|ご投稿|お便り|ご質問|お声|メール|お手紙|返信|リプライ|dm)(?:を)?(?:(?:お寄せ|お送り)?(?:いただき|頂き|くださり|下さり)(?:まして)?)?[、,]?(?:誠に|本当に|どうも|大変)?(?:ありがとうございます|ありがとうございました|感謝(?:いたします|申し上げます))[。！!]*',
  'gu',
)

/**
 * A concession that leads into the guide itself (…を見ればわかるはずですが、念のためご案内します, お読みいただければお分かりになるかと
 * 思いますが、改めてご説明します): the writer gives the information anyway, no critic is told to look it up.
 */
const JUST_IN_CASE = '(?:です|でございます|だ|と思います|と存じます|思います|存じます)?(?:が|けど|けれど|けれども)[、,\\s]?(?:念のため|念の為|改めて|あらためて|重ねて)'
/**
 * A look in the honorific conditional with no adverb, then the reader said to understand in the honorific with a polite guess
 * (ご覧いただければお分かりになると思います, お読みになればご理解いただけるかと存じます): the wording of a guide.
 */
const GUIDE_LOOK =
  '(?:ご覧いただけれ|ご覧になれ|お読みいただけれ|お読みになれ|ご確認いただけれ|お調べいただけれ|お調べになれ)ば(?:お分かりにな|お分かりいただけ|ご理解いただけ)(?:る|ります)(?:かと|と思|でしょう)'

/**
 * The critic told to read, look, come or try before writing or saying it (ちゃんと見てから書いて〜, 一度乗ってから言ってほしい, よく確かめて
 * からご投稿いただければ, よう読んでから書いてほしか).
 * Blind R92A-059: or to compare first (よその市と比べてから言っていただければと思います, 他市と比較してからご意見ください).
 */
const LOOK_FIRST =
  '(?:比べて|くらべて|見比べて|比較して|比較されて|読んで|お読みになって|読まれて|お読みいただいて|目を通して|お目通しいただいて|見て|確認して|確認されて|調べて|お調べになって|理解して|理解されて|確かめて|お確かめになって|取材して|ご覧になって|ご確認になって|ご確認いただいて|来て|来られて|お越しになって|乗って|乗られて|食べて|召し上がって|体験して|使って|利用して|ご利用になって|試して|聞いて|行って|足を運んで|現場を見て)(?:みて)?から(?:ご)?(?:(?:言っ|言う|言わ|言え|おっしゃ|仰っ|ものを言|物を言|文句|批判|評価して|レビュー|コメントして)|(?:書いて|書き込んで)(?:[〜~ー！!]|ほし(?:い|か)|欲し(?:い|か)|もらいた(?:い|か)|いただきたい|よ|ね|くれ|もら(?:え|わ)|いただけ(?:ません|ます)か)|書き込(?:め|んでほしい|んでいただきたい)|書けよ|書きや|(?:ご|お)?(?:投稿|発言|発信|コメント|書き込み|意見|ご意見|批判|評価|お書き|指摘|ご指摘|苦情|クレーム)(?:を)?(?:いただ(?:ければ|けると|けたら|きたい|けますよう|きますよう)|くださ(?:い|るよう|れば)|下さい|され(?:ては|たら)(?:いかが|どう)|なさって(?:は|ください)|願(?:い|え)|お願い|して(?:ほしい|欲しい|いただ|くださ|もら)))'
/**
 * Blind R84A-074: a claim about the city echoed as talk online (…九州でいちばん高いって、ネットのうわさは…, 汚いってネットの書き込み, …と
 * ネットで噂になっていますが, …ってSNSで言われとるけど): the writers online are the critics a look-first scolding (`LOOK_FIRST`) answers,
 * in any register, a mascot's too. Not advice on posting with no claim echoed (SNSに書く前に調べましょう).
 */
const ONLINE_ECHO = phrase('(?:って|と)[、,\\s]?(?:ネット|ネット上|インターネット|SNS|sns|エスエヌエス|ツイッター|インスタ|掲示板|まとめサイト|口コミサイト|ブログ)(?:の|で|に|上の|上で)[^。！？!?\\n]{0,4}?(?:うわさ|噂|書き込み|投稿|コメント|話|評判|言われ|書かれ|広ま|出回)', 'u')
/**
 * Blind R179I-033, R181D-026: the city's own check told before a denial (確認いたしましたが, 聞き取りを行った限り, 調査したところ, 確認
 * させていただきましたが). Blind R189I-025: or told as a sentence of its own (当日の発券記録を確認いたしました。…).
 */
const CHECK_DONE =
  '(?:確認|事実確認|聞き取り|聴き取り|ヒアリング|調査|照会|記録の確認)(?:を)?(?:(?:行った|おこなった|実施した|した|いたした|致した|させていただいた|させて頂いた)(?:限り|かぎり|範囲(?:では|で)|ところ)|(?:行いました|おこないました|実施しました|しました|いたしました|致しました|させていただきました|させて頂きました)(?:が|けれども|ところ|。))'
/**
 * Blind R180A-045, R179I-060: a complaint heard as such, a fault or a "too much" echoed then the verb of hearing it (加工しすぎってコメント,
 * 「舟が少なすぎる」とありますが, 狭いとのご意見): not praise in すぎ (かわいすぎるってコメント, おいしすぎるとの声).
 */
const COMPLAINT_HEARD = phrase(
  '(?:(?:なかった|ない|悪い|悪かった|ひどい|ひどかった|汚い|汚かった|遅い|遅かった|高い|不親切|失礼|雑|冷たい|だめ|ダメ|最悪|分かりにくい|わかりにくい|狭い|うるさい|臭い|不便|足りない|少ない)|(?<!(?:かわい|可愛|美し|きれい|綺麗|キレイ|おいし|美味し|うま|旨|素敵|すてき|すご|凄|楽し|優し|やさし|嬉し|うれし|かっこよ|カッコよ|格好よ|よ|良|すばらし|素晴らし|面白|おもしろ))(?:すぎ|過ぎ)(?:る|た|です|だ)?)[」』]?(?:って|と|との|という|みたいな)(?:(?:いう)?(?:ご|お)?(?:コメント|意見|指摘|声|口コミ|クチコミ|レビュー|苦情|書き込み|批判|投稿|ポスト|感想|叱り)|言われ|書かれ|あり(?:ます|ました)|おっしゃ)',
  'u',
)
/**
 * Round 38: a complaint heard in any register before the notice is said to have been given (…って言われよるばってん, とのご意見ですが,
 * 苦情をいただきましたが, とのことですが). Blind R203I-034: or the complaint acknowledged with は or も before its が (ご不満はごもっとも
 * ですが, お叱りもあるかと存じますが).
 */
const NOTICE_COMPLAINT = phrase(
  '(?:って|と|っち|ち|との|という)(?:言われ|いわれ|言わる|言わす|言いよ|言うて|言っと|言って|言う(?:人|方)|書かれ|書いと|書いて|書き込|おっしゃ|お叱り|ご指摘|ご意見|ご批判|苦情|お声|声)[^。！？\\n]{0,10}?(?:けど|けれど|けども|ばってん|ばって|ども|が[、,]|ても[、,]?|ちゃ[、,])|(?:苦情|ご批判|お叱り|クレーム|ご不満|お怒り|ご立腹)(?:を|が|は|も)[^。！？\\n]{0,12}?(?:けど|けれど|ばってん|が[、,])|とのこと(?:ですが|でしたが|ですけど)',
  'u',
)
/** Thanks, a concession or a fix, or an invitation, beside a notice told (`NOTICE_COMPLAINT`): a pointer, not a retort. */
const NOTICE_CONCEDED = phrase('ありがとう|ありがたく|感謝|改善|見直|工夫|分かりにくく|わかりにくく|不十分|至らず|届いていな|伝わっていな|ぜひ|是非|ご参加|お待ちして|お越しください|来てください', 'u')
/**
 * Round 43: a change the city refuses to make (短縮する, 見直す, 変更の), before 考え, つもり, 意向, 必要 or 予定 denied (`REFUSED_END`:
 * はございません, はないと考えております). Blind R322H-022 kind (reb59): a correction refused the same way (修正の必要はないものと判断しております,
 * 訂正する考えはございません, 差し替えの予定はありません).
 */
const REFUSED_STEP = '(?:(?:短縮|変更|見直し|延長|拡張|拡大|拡充|増設|中止|撤回|再開|廃止|縮小|削減|撤去|移転|値下げ|無料化|改善|是正|再検討|変更等|修正|訂正|差し替え|差替え|再調査|再検証|再計算|作り直し|やり直し|書き直し)(?:する|いたす|の)|見直す|改める|変える|やめる|止める|取りやめる|戻す|減らす|縮める|応じる)'
const REFUSED_END = '[、\\s]?(?:一切|全く|まったく|毛頭|さらさら|特に|現時点で|今のところ|当面)?[、\\s]?(?:ございません|ありません|ない(?=[。！!、,]|です|ので|から|(?:もの)?と(?:考え|判断|思|存じ|認識)|$))'
/**
 * Blind R184I-007, R186D-012: the city's own measurement or record, told as what it shows (記録では, 観測データ上, 受付記録を確認したところ,
 * blind R189I-025: 当日の発券記録を確認いたしました。…), and a figure read from it (最長の待ち時間は35分, 平均12分).
 */
const RECORD_SAYS =
  '(?:測定|計測|観測|記録|データ|ログ|履歴|日報|数値)[^。！？!?\\n、,]{0,12}?(?:では|上は|上では|上|によると|によれば|によりますと|を見る限り|を見ると|を(?:確認|拝見|調査)(?:した|いたした|しました|いたしました)(?:が|ところ|。)?)[、,]?[^。！？!?\\n]{0,24}?'
const RECORD_FIGURE = '(?:最長|最大|最短|最高|最低|平均|実際)(?:の|で|でも)?[^。！？!?\\n]{0,12}?[0-9]+(?:\\.[0-9]+)?(?:分|時間|秒|日|件|人|名|円|回|デシベル|db|%|％|メートル)(?:程度|ほど|前後|以内|未満)?'
/** Blind R324M-005 kind (reb59): the record read as a plain level of heat, sound or light (記録では室温は20度でした, 測定値は55デシベルでした). */
const RECORD_LEVEL =
  '[0-9０-９]+(?:\\.[0-9]+)?(?:度|℃|°c|デシベル|db|ppm|ルクス)(?:以上|以下|前後|程度|台)?(?:でした|であり|です|ございました|を記録(?:して(?:おり|い)(?:ます|ました)?|しました|しております))(?=[。！!、,]|$)'
/**
 * Blind R324M-005 kind (reb59): the record read as a level kept or reached (室温は記録上18度を保っていました, 記録では常に20℃以上を維持して
 * おりました, 測定では60デシベルを下回っていました): a figure with its unit and a verb of keeping or staying under or over it.
 */
const RECORD_KEPT =
  '(?:常に|終始|ずっと|一日中|期間中)?[、,]?[0-9０-９一二三四五六七八九十]+(?:\\.[0-9]+)?(?:度|℃|°c|デシベル|db|%|％|ppm|ルクス|メートル|センチ|分|人|台)(?:以上|以下|前後|程度|台|を超える水準|未満)?(?:を|に)?[、,]?(?:保って|保たれて|維持して|維持されて|確保して|確保されて|キープして|下回って|上回って|超えて)(?:おり(?:ました|ます)?|いました|います)(?=[。！!、,]|$|ので|から)'
/**
 * Blind R203I-018 kind: the record read as naming the first or the only time (受付記録では、…のご連絡は今月12日が最初になっております, 記録上
 * 3月5日の1件のみです, 通報は10日が初めてでした): a date or a count that answers a complaint of how long or how often (何か月も前から連絡
 * していた), the complainant told the record says otherwise.
 */
const RECORD_FIRST =
  '(?:[0-9]+年)?(?:[0-9]+月)?[0-9]+(?:日|回|件)(?:の[0-9]+(?:回|件))?(?:(?:が|の)(?:最初|初めて|はじめて|初回|1回目|1件目|唯一)(?:の(?:ご連絡|ご相談|お問い合わせ|通報|ご依頼|受付|お申し出|ご申請|申請))?|(?:のみ|だけ))(?:(?:と|に)なって(?:おり|い)(?:ます|ました)|でした|です|でございます|でございました|であり|だった)'
/** Blind R189I-025: the fact a complaint reported, denied (1時間お待たせした事実は確認できませんでした, そのような事実はございません). */
const FACT_DENIED = '事実(?:は|も)[、,]?(?:一切|全く|まったく|特に|何ら)?(?:確認(?:でき|され)(?:ませんでした|ておりません|ていません|ません|なかった)|認められ(?:ませんでした|ません|なかった)|(?:ございません|ありません)(?:でした)?)'
/** A step the city still takes (引き続き調査します, 確認を続けてまいります) or a doubt left open (可能性もあります): not an answer closed. */
const STILL_CHECKING = phrase('可能性もあ|かもしれ|引き続き|調査(?:を続け|いたします|します|中)|(?:測定|確認|調査)(?:を)?(?:続け|行って(?:まいり|いき)|いたします|します)', 'u')
/** A concession or a fix in the paragraph (確かに, 改善, おっしゃるとおり): the city listening. Thanks alone is the greeting. */
const CONCEDED43 = phrase('確かに|たしかに|改善|見直|検討|工夫|反省|至らな|不十分|今後は|これから|おっしゃる(?:とおり|通り)|その(?:とおり|通り)', 'u')
/**
 * Blind R194A-010: a claim quoted that makes the city or its staff the topic of a fault (「柳川市は評価が高すぎる」, 「市の除雪が遅い」,
 * 「職員は対応が冷たい」): a charge against the city, not a hoax about an event (「公園が閉鎖される」).
 */
const CITY_FAULT_QUOTED = phrase('[「『][^」』\\n]{0,12}?(?<!都)(?:市|市役所|役所|行政|市長|市職員|職員|当市|本市|当課)(?:は|が|って|の[^」』\\n]{1,8}?(?:は|が|って))[^」』\\n]{0,20}?(?:すぎ|過ぎ|ひど|遅(?:い|すぎ|かっ|れて)|悪(?:い|すぎ|かっ)|高い|おかしい|不公平|いい加減|冷た|怠慢|手抜き|ずさん|ぼったくり|横柄|無駄)[^」』\\n]{0,8}[」』]', 'u')
/**
 * What the phrases that call a criticised event impossible share (そのような偏りが生じることはあり得ません, …お出しすることはまず考えにくい):
 * after a criticism received or a charge heard; not a rumour, false hazard information or a fraud's pretext set right, not a worried
 * asker reassured, not with an apology, a concession or a fix.
 */
const DECLARED_IMPOSSIBLE = {
  what: '批判を頭から否定する反論',
  instead: INSTEAD.deny,
  notWithApology: true,
  rumourDenial: true,
  needsCriticism: true,
  strongCriticism: true,
  orCharge: true,
  notInHoaxWarning: true,
  unless: new RegExp(CONCEDED43.source + '|' + REASSURED48.source + '|' + phrase('ご心配|心配の|ご不安|不安の|詐欺|不審|なりすまし|成りすまし|騙|だまされ|偽の|偽物|還付金|暗証番号', 'u').source, 'u'),
}
/** A charge against the city or its staff: a rumour of one denied is a criticism answered. */
// Round 35: the staff's manner (職員の態度が悪い, 横柄な対応, 暴言を吐かれた) is a charge too.
// Blind R154A-079: favouritism charged (一部の店だけ優遇されてる, 特別扱いしている, 不公平だ) is a charge too.
// Blind R192D-070: mishandling charged (誘導に不手際があった, 手際が悪い) is a charge too.
// Blind R168A-030: the city's own work called slow or poor, with the city named as whose it is (「市の道路補修が遅い」という投稿, 市役所の
// 窓口がひどい, 市の除雪が雑): a complaint about the city's service, not a hoax to set right. A state (遅れている, 止まっている) is news, not a charge.
const CITY_WORK_CHARGE = '(?<![一-龥々])(?:市|市役所|役所|行政|本市|当市)の[一-龥々ァ-ヶー]{1,10}(?:は|が|って|も)[、,]?(?:遅(?:い|すぎ|かった)|おそい|悪(?:い|すぎ|かった)|ひど(?:い|すぎ|かった)|最悪|雑(?:だ|すぎ|な|[」』])|いい加減|適当(?:だ|すぎ|[」』])|冷た(?:い|すぎ)|手ぬる|甘(?:い|すぎ)|不親切|不誠実)'
// Blind R171I-087, R172A-133: a price called too high (料金が高すぎる, 参加費は割高) and the city's paperwork called wrong (固定資産税の通知が
// 間違っていた, 請求が誤っている, 計算がミス) are charges against the city too; a price that changes (値段が上がる) is news.
// Blind R308T-035 kind: the price called too high before the noun (高すぎる値段だという投稿, 割高な料金, ぼったくり価格) is the same charge.
// Blind R308T-051 kind: a higher price charged to one group only (外国人にだけ高い料金を取っている, 観光客だけ割高な料金, 市外の人からだけ
// 余分にお金を取る): a charge of unfair pricing against the city.
const PRICE_CHARGE = '(?:料金|価格|値段|運賃|使用料|利用料|入場料|入館料|参加費|手数料|保険料|税金|税)[^。」』\\n]{0,4}?(?:が|は|って|も)?[、,]?(?:高すぎ|高過ぎ|割高|ぼったくり|ぼりすぎ)|(?:高すぎ|高過ぎ)(?:る|た)?(?:な)?(?:料金|価格|値段|運賃|参加費|入場料|入館料|利用料|使用料)|(?:割高|ぼったくり)(?:な|の)?(?:料金|価格|値段|運賃|参加費|入場料|入館料|利用料|使用料)|(?:人|者|客|方|層|世代|県外|市外|町外|よそ|国籍|地元以外)(?:の方)?(?:に|から|は|が)?(?:だけ|ばかり|のみ)(?:に|から|は|が)?[、,]?[^。」』\\n]{0,6}?(?:高い|高く|割高な?|余計な?|余分な?|多めの?)(?:の)?(?:料金|値段|金額|運賃|お金|代金|手数料)|(?:人|者|客|方|層|世代|県外|市外|町外|よそ|国籍|地元以外)(?:の方)?(?:に|から|は|が)?(?:だけ|ばかり|のみ)(?:に|から|は|が)?[、,]?(?:料金|値段|運賃|お金|代金)(?:を|が)?(?:高く|余計に|余分に|多く|多めに)(?:取|とっ|請求|設定)'
const PRICE_OR_PAPER_CHARGE = PRICE_CHARGE + '|(?:通知|請求|課税|計算|徴収|書類|手続き|処理|集計|審査|税額|金額)(?:が|は|って|に)[、,]?(?:間違(?:って|い|え)|誤(?:って|り)|ミス|でたらめ|デタラメ)'
/**
 * Blind R241E-009 kind: the city said never to have come or done anything, quoted (「市の給水車が一度も来なかった」, 「市は何もしてくれない」):
 * a charge of neglect, and a post spreading it (CHARGED_RUMOUR: という投稿が広がって) is a criticism as a rumour is.
 */
const NEGLECT_QUOTED = '[「『][^」』\\n]{0,12}?(?:市|市役所|役所|行政|市長|職員)(?:の[^」』\\n]{1,8}?)?(?:は|が|って|も)[^」』\\n]{0,10}?(?:一度も|いちども|全然|ぜんぜん|まったく|全く|何も|なにも|ちっとも|一向に)[^」』\\n]{0,8}?(?:来なかった|来ない|来てくれな|してくれな|しなかった|していな|してな|しない|なかった)[^」』\\n]{0,4}[」』]'
// Blind R331R-025 kind (reb61): the waste charged in kana (「税金のムダづかい」, むだ遣い) is the same charge as 無駄遣い.
// Blind R261D-052 kind: 不正 of an outsider's act (不正アクセス, 不正に利用された, 不正な利用) in a leak notice is no charge against the city.
// Blind R436M-057 kind: a petition, a complaint or a fact said to be crushed or hushed up (陳情を市が握りつぶした, 苦情をもみ消した, 要望を
// 黙殺): a charge of suppression against the city. A thing crushed by hand (空き缶を握りつぶして出す) is no such charge.
const SUPPRESSION_CHARGE = '(?:陳情|請願|要望|意見|声|署名|苦情|訴え|通報|相談|提案|申し入れ|申入れ|告発|内部通報|不祥事|問題|事実|事件|事故|不正|ミス)(?:書)?(?:を|は|が|も)?[、,]?[^。」』\\n]{0,8}?(?:握りつぶ|握り潰|にぎりつぶ|もみ消|揉み消|もみけ|黙殺|闇に葬)'
const CHARGE_SRC = CITY_WORK_CHARGE + '|' + PRICE_OR_PAPER_CHARGE + '|' + NEGLECT_QUOTED + '|' + SUPPRESSION_CHARGE + '|優遇(?:され|し)|特別扱い|不公平|えこひいき|手抜き|ずさん|怠慢|不正(?!アクセス|利用|使用|ログイン|取得|侵入|送金|請求|に(?:利用|使用|取得|入手|アクセス|ログイン|閲覧)|な(?:アクセス|利用|ログイン))|隠蔽|隠ぺい|改ざん|癒着|着服|横領|無駄遣い|税金の無駄|むだ(?:づかい|遣い)|税金のむだ|さぼ|不祥事|ひいき|違法|虚偽|うそ|ごまかし|放置(?!竹林|林|自転車|車両|艇|空き?家|バイク|ごみ|ゴミ)|対応が(?:遅|悪|ひど|最悪|雑)|不親切|態度(?:が|の)?(?:悪|わる|ひど|最悪|横柄|大き|冷た|失礼)|横柄|高圧的|威圧的|無愛想|不愛想|無礼|失礼な(?:対応|態度|言い方)|暴言|怒鳴られ|居眠り|たらい回し|差別(?:され|的な対応)|いい加減な(?:対応|説明)|不手際|手際が悪'
const CHARGE = phrase(CHARGE_SRC, 'u')
/** Blind R308T-035 kind: a price called too high in any order (料金が高すぎる, 高すぎる値段, 割高な参加費, 高いって声). */
const PRICE_CHARGED = phrase(PRICE_CHARGE + '|(?:料金|価格|値段|運賃|参加費|入場料|入館料|利用料|使用料|お値段)(?:が|は|って|も)?[、,]?(?:高い|高っ|たかい)', 'u')
/**
 * Reviewer FP kinds (today's rules): what makes a criticism real. A critical word (ご指摘, 苦情, ご不満, お叱り, 厳しいご意見), a charge
 * (`CHARGE_SRC`, a price called high, 儲けている), or a complaint's content told before the quotative (「防災無線が聞こえない」との,
 * 窓口の対応が冷たかったとのこと, 「花火大会はいつも同じ」という): a negative predicate closing the quote. Not a bare 多くのご意見・お声, a
 * worry voiced as a question (「参加費がかかるのでは」との声), praise (「川の水がきれいになった」とのコメント), hearsay of facts (…とのことです).
 */
const COMPLAINT_NEG =
  '(?:な|にく|づら|高|悪|わる|ひど|遅|おそ|遠|狭|暗|うるさ|汚|きたな|危な|少な|古|長|短|寒|暑|臭|くさ|冷た|つまらな|おかし|まず|厳し|乏し|物足りな|足りな|ださ|ダサ|きつ|怖|こわ)(?:い|かった|すぎる|すぎ)|(?:すぎ|過ぎ)(?:る|た|です|ます)?|ません(?:でした)?|不便|不親切|不公平|不十分|不透明|不衛生|危険|同じ|飽きる|飽きた|劣って(?:いる|る|います)|遅れて(?:いる|る|います)|負けて(?:いる|る|います)|見劣りする|手薄|貧弱|無駄|だめ|ダメ|最悪|残念|迷惑|面倒|邪魔|雑|いい加減|ひいき|手抜き|(?:断|ことわ)られ(?:た|ました)|(?:拒否|拒絶)され(?:た|ました)|追い返され(?:た|ました)|門前払い(?:され(?:た|ました)|だった|でした)?|形だけ|形ばかり|名ばかり'
const REAL_CRITICISM = phrase(
  'ご指摘|ご批判|批判|非難|お叱り|苦情|クレーム|ご不満|不満|抗議|炎上|(?:厳しい|きびしい|手厳しい)(?:ご意見|ご指摘|お声|声|コメント)|儲けて(?:い|る|お)|儲け主義|金儲け|' +
    `(?:${COMPLAINT_NEG})[、,](?:という|との|といった)(?:ご|お)?(?:意見|声|指摘|投稿|書き込み|コメント|口コミ|レビュー|投書|dm|メッセージ|便り)|(?:${COMPLAINT_NEG})(?:んだ|のだ|だ|です)?[！!。〜~…w笑]*(?:[」』](?:と|って)|(?:と(?:の|いう|いった)|って|みたいな)(?:ご|お)?(?:意見|声|指摘|投稿|書き込み|コメント|こと|話|口コミ|レビュー|連絡|メール|電話|投書|dm|メッセージ|便り)|と(?:言われ|書かれ|いわれ))|` +
    CHARGE_SRC,
  'u',
)
/**
 * Blind R326H-019 kind (reb60): a paragraph that tells of a criticism heard, for the answer in a later paragraph (`orHeardBefore`): a
 * criticism received (`CRITICISM_RECEIVED`), a real one (`REAL_CRITICISM`), or a remark quoted as said or written to the city (「市長は
 * イベントに顔を出すだけ」と言われました, 「…」って書かれた). Not praise quoted (「優しいね」って言われ: `WAVED_OFF48` is read by the answer).
 */
const HEARD_BEFORE = new RegExp(
  CRITICISM_RECEIVED.source + '|' + REAL_CRITICISM.source + '|' + phrase('[」』](?:と|って|っち)[、,]?(?:言われ|いわれ|書かれ|書き込まれ|おっしゃ|仰っ|ご指摘|指摘され|批判され|お叱り|叱られ)', 'u').source,
  'u',
)
/**
 * Blind R198I-052: a charge against the city or its people (`CHARGE_SRC`: 議員が居眠り, 職員が手抜き) told as a clip, a post or a rumour
 * going round (という動画がSNSで拡散されていますが, って投稿が出回っとるけど): what critics say of the city, not a hoax about an event.
 */
const CHARGED_CLIP = phrase(`(?:${CHARGE_SRC})[^。！？!?\\n]{0,16}?(?:という|との|といった|って|みたいな)(?:動画|映像|写真|画像|投稿|書き込み|ポスト|うわさ|噂|話|情報)(?:が|も)[^。！？!?\\n]{0,12}?(?:拡散|出回|広が|広ま|流れ|回っ|話題)`, 'u')
/**
 * Blind R202A-020, R205I-069 kind: 事実と異なる told as the writer's verdict on what was said, in a verb of judging or of saying it
 * reluctantly (ご投稿の内容は事実と異なるものと判断しております, 報道の内容は事実と異なると申し上げざるを得ません, 事実とは違うと認識して
 * おります, 事実と異なると断言いたします): the same denial as 事実と異なります. Not the passive of a rule (事実と異なると判断された場合は).
 */
const FACT_VERDICT =
  '(?:と|ものと)[、,]?(?:(?:判断|認識)(?:して|いたして)(?:おり|い)(?:ます|ました)|(?:判断|認識)(?:しました|いたしました|いたします|します)|(?:申し上げ|言わ|お伝えせ|判断せ)ざるを(?:得|え)(?:ません|ない)|断言(?:いたし|し)ます)'
/**
 * A spending, a price or a decision declared reasonable by what it is weighed against (経済効果を考えれば妥当な支出です, 物価を踏まえれば
 * 適正な料金と考えております). Blind R263F-031/R263F-034 kinds: with である before a judgement (妥当な支出であると当課では判断), and in
 * casual speech (手間を考えたら妥当やろ？, 考えたら当然やん); a question (妥当でしょうか, 妥当やろか) is not a verdict.
 */
const JUSTIFIED_BY =
  '(?:考えれば|考えますと|考えると|考えたら|考えりゃ|鑑みれば|鑑みますと|鑑みると|考慮すれば|考慮しますと|考慮したら|踏まえれば|踏まえますと|踏まえると|踏まえたら|比べれば|比べますと|比べたら|比較すれば)[、,]?[^。！？!?\\n]{0,16}?(?:妥当|適正|正当|当然|十分に?安い|十分に?安価|むしろ安い)(?:な|の)?(?:支出|経費|費用|金額|価格|料金|予算|額|水準|判断|措置|対応|投資|決定|値上げ|改定|負担|もの|範囲)?(?:です|であり|である(?=と|もの)|でございます|だ(?:[。！!、]|と)|と(?:考え|言え|判断|認識|存じ)|かと|やけん|たい|ばい|(?:やろ|じゃろ|だろ|でしょ)(?!うか|か)|やん(?!か)|じゃん)'
/**
 * Blind R263F-034 kind: the writer announcing their own rebuttal in the casual or polite form of しておく (反論しときますね〜, 反論しておきます,
 * 言い返しとく！, 反論しとこう): a rebuttal declared. Not advice on debating (反論しておくと有利です: と after it), not a refusal (反論は
 * しておりません: no は between).
 */
const ARGUED_IN_ADVANCE =
  '(?:(?:反論|反駁)(?:を)?し|言い返し|物申し)(?:(?:とき|ておき|ちょき)ます|(?:とく|ておく|ちょく)(?=ね|よ|わ|けん|ばい|[。！!〜~ー]|$)|(?:とこ|ておこ)う(?![とか]))'
/**
 * Blind JU-028 kind (unreb21): legal steps told as the condition of a standing rule addressed to everyone (家賃を長期間滞納された場合は、
 * …法的措置をとることがあります。支払いが難しいときは…ご相談ください): a notice of what happens, not a protest at a critic. Only when the
 * sentence's condition (…場合は, …ときは) names no post, critic or report, before or after it; 書き込みを続ける場合は法的措置をとる and
 * 法的措置を検討します said of a post stay protests (and `LEGAL_THREAT`).
 */
const LEGAL_NOTICE_CRITIC = '投稿|書き込|書込|発言|コメント|ツイート|ポスト|中傷|誹謗|批判|非難|主張|ご意見|拡散|報道|記事|名誉|デマ|うわさ|噂'
const LEGAL_NOTICE_NOT = `(?<!(?:^|[。！？!?\\n])(?:(?!${LEGAL_NOTICE_CRITIC})[^。！？!?\\n]){0,80}(?:場合|とき|時)(?:は|には|に)[、,]?(?:(?!${LEGAL_NOTICE_CRITIC})[^。！？!?\\n]){0,60})`
/**
 * Blind R316M-047 kind: the city's own check told (測定したところ, 点検の結果, 調査では, 検査を行いましたが) and what it found declared clean
 * (すべての地点で基準を満たしている, 異常は見られませんでした, 問題はございません, 正常に作動しておりました).
 */
const CHECKED_CLEAN = phrase(
  '(?:検査|点検|測定|調査|確認|計測|分析|検証|試験|聞き取り|調べ)(?:を)?(?:では|の結果(?:では)?|結果|(?:し|いたし|行っ|おこなっ|実施し|させていただい)(?:た|ました)(?:ところ|結果|限り(?:では)?)|(?:し|いたし|行い|実施し)ましたが|(?:し|いたし|行っ|おこなっ|実施し|され)た[^。！？!?\n、,]{1,12}?(?:は|も))[、,]?[^。！？!?\n]{0,24}?(?:基準(?:値)?(?:を|は)?(?:すべて|全て|いずれも|十分(?:に)?|きちんと)?(?:満たし|クリアし|下回っ|超えて(?:おらず|いない|いません|おりません))|(?:基準|目安|規制値|規制基準|環境基準|上限|許容範囲)(?:値)?(?:の範囲)?(?:内|以内|以下|未満)(?:で|に収ま|におさま|であ|でし|です|でござ)|規定(?:値|の[一-龥]{1,4})(?:を(?:満たし|確保し|上回っ)|が(?:確保され|出て))|(?:異常|問題|不具合|故障|不備|支障)(?:は|も|など)?(?:なし|なく|ありません|ございません|ない(?=[。！!、]|こと|と(?:確認|判明|分か))|(?:見られ|認められ|確認され|見つかり|見当たり|見受けられ)(?:ませ|ず|なかった))|正常に(?:作動|動作|稼働|機能|運転|聞こえ)|十分(?:な|に)[^。！？!?\n]{0,8}?(?:が確保され|を確保し|届いて|聞こえ))',
  'u',
)
/** Blind R316M-047: the criticism's own content told (「防災無線が聞こえない」とのご指摘, 待ち時間が長いとのご意見): what the clean check answers. */
const COMPLAINT_TOLD = phrase(
  '[」』](?:と|って|という|との|といった)[^。！？!?\n]{0,4}?(?:ご|お)?(?:指摘|意見|批判|苦情|叱り|不満|クレーム|投稿|書き込み|コメント|言われ|書かれ)',
  'u',
)
/** Blind R316M-047: the complainant then asked to understand or accept (ご理解いただければ幸いです, ご理解ください, ご了承のほど). */
const UNDERSTANDING_ASKED = phrase('(?:ご理解|ご了承|ご納得)(?:を)?(?:いただ|頂|ください|下さい|のほど|願|お願い|賜)', 'u')
/** Blind R316M-047: the city acting on the complaint anyway or offering help (念のため, スピーカーを増設します, お知らせください, 伺います). */
const ACTS_ANYWAY = phrase(
  // Reviewer FP kind (rreb59): or a step asked of the contractor or the body in charge (作業時間を短縮するよう業者に伝えました, 所有者の方に
  // お伝えします).
  '(?:業者|事業者|施工業者|委託業者|委託先|施工者|主催者|管理者|所有者|関係機関|警察|県)(?:の方|さん)?に[^。！？!?\\n]{0,4}?(?:伝え(?:ました|ます)|お伝え(?:し|いたし)(?:ました|ます)|依頼(?:し|いたし)(?:ました|ます)|要請(?:し|いたし)(?:ました|ます)|申し入れ|指導(?:し|いたし)(?:ました|ます)|指示(?:し|いたし)(?:ました|ます))|念のため|念の為|(?:調整|交換|修理|修繕|改修|移設|増設|追加|強化|拡充|設置|清掃|補修|更新|建て替え|取り替え|入れ替え)(?:し|いたし|を|する|します|いたします|の予定)|お知らせください|ご連絡ください|ご相談ください|お問い合わせ|伺います|お伺い|個別に|ご心配|ご不安|ご安心|安心して|心配(?:いりません|ありません)',
  'u',
)

/**
 * Reviewer FP kinds (bfd2abe2): after 実際は, the city's own shortfall admitted (私たちの説明不足でした, こちらの不手際です) or an
 * alternative offered to the critic (防災メールへの登録もお願いします, 近隣の臨時駐車場をご利用ください, 代わりに…をご利用いただけます).
 */
const ADMITTED_OR_ALTERNATIVE = phrase(
  '(?:私たち|私ども|わたしたち|当方|こちら|市|当課|職員)の(?:説明不足|周知不足|不手際|ミス|誤り|落ち度|配慮不足|確認不足|力不足)|(?:説明|周知|配慮|確認)(?:が)?不足(?:でした|していました|しておりました)|(?:への|の)(?:ご)?登録(?:も|を)(?:お願い|ご検討)|(?:臨時|近隣|代わり|別|ほか|他)の[^。！？!?\\n]{0,12}?(?:を|も)(?:ご利用|お使い|ご活用)|代わりに[^。！？!?\\n]{0,16}?(?:ご利用|お使い|ご活用)',
  'u',
)

/**
 * Reviewer FP kinds (reb58): an invitation in the paragraph (ぜひ見に来てね, お越しください, 冬の旅もおすすめ): a complaint about the season or the
 * place answered with a reason to come, not the critic answered back. ぜひご理解 is no invitation.
 */
const INVITED = 'ぜひ(?!ご理解)|是非(?!ご理解)|お越しください|お越しを|お越しいただ(?!けて(?:おり|い)|いて(?:おり|い))|お待ちして|遊びに来|見に来|来てね|来てください|おすすめ|オススメ|お勧め|お出かけ'
/** Reviewer FP kinds (reb58): the trouble owned in casual or soft keigo (ごめんなさい, すみません, ご心配をおかけしました, ご不便をおかけし). */
const OWNED_SOFTLY = 'ごめんなさい|ごめんね|すみません|すいません|ご(?:心配|不便|迷惑)を(?:おかけ|お掛け)'
/**
 * What the reb63 phrases that declare a complaint's cause not the city's share (…とは考えておりません, …わけではありません): the hint, a
 * criticism received (or a charge heard) needed, and not with an apology, a fix, a check still to make, a concession, a question
 * answered, a worried asker reassured or help offered.
 */
const CAUSE_NOT_CITY = {
  what: '苦情の原因が市にはないとする反論',
  instead: INSTEAD.justify,
  notWithApology: true,
  notWithRemedy: true,
  needsCriticism: true,
  strongCriticism: true,
  unless: new RegExp(CONCEDED43.source + '|' + STILL_CHECKING.source + '|' + REASSURED48.source + '|' + phrase(`${OWNED_SOFTLY}|ご質問|お尋ね|ご心配|ご不安|(?:確認|調査|点検|測定)(?:いたし|し|を続け)ます|伺います|お伺い|お知らせください|ご連絡ください|ご相談ください|お気軽に|(?:調整|交換|修理|修繕|改修|移設|増設|追加|強化|清掃|補修|更新|取り替え|入れ替え|浚渫|しゅんせつ)(?:し|いたし|を行い|を実施し)(?:ました|ます)`, 'u').source, 'u'),
} as const
/** Reviewer FP kinds (reb58): a question or an inquiry heard (「ごみ収集車が来ない」とのお問い合わせ, ってご質問): to be answered, not a complaint. */
const INQUIRY_HEARD = '(?:との|という|って|の)(?:お問い合わせ|お問合せ|ご質問|お尋ね)'
/**
 * Reviewer FP kind (rreb59): an explanation of how a fee or a rule is set, then help offered (「料金が高い」とのご意見ですが、料金は条例に基づいて
 * 定めております。減免制度もございますので、お気軽にご相談ください; ご案内します, 支援制度, 分割納付のご相談も承っております): a reply to the
 * opinion, not a rebuttal of it. Only with no dismissal anywhere in the paragraph (`DISMISSED`: ご理解いただけない, 問題はありません, 当然です,
 * 当たりません, 決して高くない): an explanation that ends by waving the complaint off stays a rebuttal whatever help follows.
 */
const HELP_OFFERED =
  `${HELP_STEPS}|ご案内(?:します|いたします|できます|いたしますので|しますので)|ご相談(?:を|も|は)?(?:承|受け付け|お受け|お受けし)|ご相談(?:に応じ|窓口)|お問い合わせ(?:は|先|窓口)|お知らせください|お手伝い(?:します|いたします|できます|させていただきます)|お声(?:かけ|がけ)ください|お申し出ください|ご連絡ください|お気軽に|減免|軽減(?:制度|措置|の対象|が受けられ)|免除|猶予|分割(?:納付|払い|での)|(?:支援|助成|補助|援助)(?:制度|策|の対象|の窓口|を受けられ)|就学援助|割引(?:制度|の対象|が(?:あり|ござい))`
const DISMISSED =
  'ご理解(?:いただけ|頂け)(?:ない|ず|ていない|ておらず)|(?:受け入れ|受入れ|容認)(?:られ|でき)(?:ません|ない)|(?:同意|承服|納得)(?:でき(?:ません|ない)|(?:いたし|し)かね)|(?:問題|支障|落ち度|不備|誤り)(?:は|も|など)?[、,]?(?:一切|全く|まったく|何ら|特に)?(?:ありません|ございません|ない(?=[。！!、,]|です|と|もの))|当然|当たり前|当たら|あたら|(?:当た|あた)りません|決して|けっして|筋違い|見当違い|的外れ|お門違い|誤解|勘違い|文句|我慢|仕方(?:ない|がない|ありません|ございません)|(?:考え|予定|つもり|必要)(?:は|も)(?:一切|全く|特に|現時点で)?(?:ありません|ございません|ない(?=[。！!、,]|です|と|もの))|高く(?:は|も)?(?:ありません|ございません|ない)|(?:安い|割安|格安|破格|良心的)(?:な|の)?(?:水準|価格|料金|金額|ほう|方)?(?:です|でございます|だ|であり|と(?:考え|思))'
/** `HELP_OFFERED` in a paragraph that holds no `DISMISSED` (read from the start: a paragraph-wide test). */
const HELPED_NOT_DISMISSED = phrase(`^(?![\\s\\S]*(?:${DISMISSED}))[\\s\\S]*?(?:${HELP_OFFERED})`, 'u')
/**
 * Blind R322H-032 kind (reb59): the level or amount complained of declared no problem as the city's finding (問題となる水準ではなかった,
 * 問題のあるレベルではありません, 支障のない範囲でした): the complaint refuted with the city's own verdict.
 */
const NO_PROBLEM_LEVEL =
  '(?:問題|支障|影響)(?:と|に)(?:なる|なるような|される)(?:水準|レベル|数値|値|程度|範囲|量|音量|状況|ほど)(?:では|じゃ)(?:なかった|ない(?=[。！!、,]|こと|と|です|もの|$)|なく|ありません|ございません)|(?:問題|支障)(?:の)?(?:ない|無い)(?:水準|レベル|範囲|数値|値|程度)(?:であ|でし|です|だっ|でござ|に収ま|におさま)'
/**
 * Blind R322H-022/044 kind (reb59): the city's work declared made or kept to a standard, a guideline or the law (観光庁のガイドラインに準拠して
 * 作成しております, 総務省の基準もきちんと守っています, 条例に基づいて定めております, 法律で定められており): after a real criticism, the critic
 * told there is nothing to fault. (満たしている, a check's finding, is `CHECKED_CLEAN`'s: ご指摘を受けて点検したところ、基準は満たしていました is
 * a check told plainly.)
 */
const COMPLIANT =
  '(?:ガイドライン|指針|基準|規定|規則|規約|要綱|要領|法令|法律|条例|マニュアル|ルール|決まり|手順|定義|仕様)(?:等|など)?(?:に|を|も|は)[、,]?(?:きちんと|しっかり(?:と)?|ちゃんと|すべて|全て|厳格に|適切に|忠実に|確実に|十分に)?[、,]?(?:準拠|遵守|順守|のっとっ|則っ|沿っ|従っ|基づい|守っ)(?:し)?て[、,]?(?:[^。！？!?\\n、,]{0,10}?(?:し|いたし|行っ|おこなっ|定め|決め|設け|作っ|つくっ|決定し))?(?:て)?(?:おり(?:ます|ました)?|い(?:ます|ました)|いる(?=[。！!、,]|$|ので|から|し))(?=[。！!、,]|$|ので|から|し)' +
  '|(?:法律|法令|条例|規則|地方税法|国の基準|基準|ガイドライン|要綱|制度)(?:で|によって|により|上)[、,]?(?:明確に|厳格に|一律に)?(?:定められ|決められ|規定され)(?:て)?(?:おり(?:ます)?|います|いる(?=[。！!、,]|$|ので|から))(?=[。！!、,]|$|ので|から)'

/**
 * Blind R326H-002 kind (reb60): a criticism heard as a rhetorical question (「写真、加工しすぎじゃない？」ってコメント, 「料金高くない？」って
 * 声, 「盛ってない？」って言われた) or as a charge of faking (「合成でしょ？」って, やらせという声): not praise in すぎ (きれいすぎじゃない？).
 */
const RHETORICAL_COMPLAINT = phrase(
  '(?:(?<!(?:かわい|可愛|美し|きれい|綺麗|キレイ|おいし|美味し|うま|旨|素敵|すてき|すご|凄|楽し|優し|やさし|嬉し|うれし|かっこよ|カッコよ|格好よ|よ|良|すばらし|素晴らし|面白|おもしろ))(?:すぎ|過ぎ)(?:じゃ|では)?(?:ない|ね|ねえ|ありません|ないです)(?:か|の)?|(?:高|ひど|おかし|遅|狭|汚|暗|うるさ|少な|まず|つまらな|ださ|しょぼ|寂し|さみし)く(?:ない|ね|ねえ|ないです)(?:か|の)?|(?:加工|合成|修正|レタッチ|やらせ|ヤラセ|フェイク|作り物|サクラ|ステマ|盛って|盛りすぎ|盛り過ぎ)[^」』\n。]{0,10}?)[？?]{0,2}[」』]?(?:って|と|との|という|っていう|みたいな)(?:いう)?(?:ご|お)?(?:コメント|意見|指摘|声|口コミ|クチコミ|レビュー|苦情|書き込み|批判|投稿|ポスト|感想|言われ|書かれ)',
  'u',
)
/**
 * Blind R326H-018 kind (reb60): a complaint about the size, amount or quality of goods received (うなぎが小さかったとのことですが, 「量が少ない」
 * との声, 身が薄いってコメント): what a "within the spec" answer refutes.
 */
const GOODS_COMPLAINT = phrase(
  '(?:小さ|細|薄|ぬる|硬|固|少な|軽|短|狭|まず)(?:い|かった|すぎ(?:る|た)?)[」』]?(?:とのこと|との(?:ご|お)?(?:意見|指摘|声|投稿|コメント|書き込み|苦情|連絡|ご連絡)|という(?:ご|お)?(?:意見|指摘|声|投稿|コメント|書き込み|苦情)|って(?:いう)?(?:ご|お)?(?:意見|声|コメント|言われ|書かれ|書き込み|投稿|苦情|口コミ|レビュー))',
  'u',
)

/**
 * Blind R331R-012 kind (reb61): what a report or a criticism is called when declared far from the facts (…とは異なるもの, …とかけ離れた
 * ご評価), and the city's verdict on it in any verb of judging or taking it (です, と考えております, ものと受け止めております, と認識して
 * おります): 形だけというご評価は、活動の実態とは異なるものと受け止めております is the same denial as 実態とは異なるものです.
 */
const FAR_FROM_NOUN = 'もの|内容|報道|記事|印象|数字|表現|情報|説明|(?:ご)?評価|見方|(?:ご)?意見|(?:ご)?指摘|(?:ご)?批判|(?:ご)?主張|書き込み|投稿|コメント|口コミ|レビュー'
const FAR_FROM_VERDICT = '(?:です|であり|でございます|だ(?=[。！!、]|$)|(?:だ|である)?と(?:言わざる|考え|思|受け止め|受けとめ|認識|判断|存じ|捉え|とらえ))'
/**
 * Blind R331R-005 kind (reb61): the majority's approval or a favourable figure (大多数の方にはご満足いただけている, 利用者の9割が「満足」と回答,
 * 満足度が87％に達しており, 好評をいただいております): what a criticism is outweighed with, turned to in the sentence (ただ、…, …ですが、…,
 * しかし、…). Not a goal or a hope (ご満足いただけるよう, 喜んでいただけるイベントを目指します, 喜んでもらえたら), not a survey reported with no turn (アンケートで多くのご意見をいただきました。満足度は87％でした).
 */
const SATISFIED_WHO = '(?:方|方々|皆様|皆さま|皆さん|みなさん|利用者|ご利用者|来庁者|来場者|来館者|参加者|回答者|お客様|お客さま|市民|乗客|受講者|保護者|ご家庭)'
/**
 * The approval itself: satisfied, well received, or praise quoted as the answer given (「おいしかった」との声, 「また参加したい」と回答).
 * Blind R336D-036/045 kind (reb62): or managing without trouble (9割以上がスムーズに完了できてるんです, ほとんどの方は迷わずお越しいただけております,
 * 大半の方が問題なくご利用いただけています): the complaint that it is hard outweighed by the many who manage. Not
 * denied after it (満足されていない, ご満足いただけておりません), not a complaint quoted (「分かりにくい」との声).
 */
const SATISFIED_WHAT =
  '(?:ご満足|満足|ご好評|好評|高い評価|高く評価|喜んで|お喜び|(?:スムーズに|問題なく|迷わず|迷うことなく|支障なく|滞りなく|難なく|無事に|すんなり(?:と)?|円滑に|簡単に)[^。！？!?\\n]{0,10}?(?:でき|いただけ|いただい|され|して(?:い|お|る)|て(?:い|お|る)|お越し|到着|完了|ご利用|利用|登録)|[「『](?![^」』\\n]{0,16}?(?:ない|なかっ|にく|づら|悪|ひど|すぎ|過ぎ|不|遅|狭|汚|まず|残念|困|高い))[^」』\\n]{1,16}[」』](?:と|との)(?:回答|お答え|声|お声|評価|ご評価|好評|感想|ご感想))(?!度)(?![^。！？!?\\n]{0,16}?(?:よう|目指|めざ|ため|たい|べく|たら|れば|ことを願))(?![^。！？!?\\n]{0,10}?(?:ない|ません|おらず|ず[、,。]))'
const SATISFIED_TURN =
  '(?<=(?:(?:^|[。！!？?\\n]|\\p{Extended_Pictographic})\\s{0,2}(?:ただ|しかし|しかしながら|でも|ですが|だけど|とはいえ|一方で?|それでも|もっとも|実際(?:に)?は|実は)|(?:ですが|ますが|でしたが|ましたが|ものの|けど|けれど|けれども|ても))[、,]?\\s?[^。！？!?\\n]{0,50})'
const SATISFIED_SRC =
  // (A cheap look at the first letter before the turn is looked for behind: the look-behind is not tried at every position.)
  '(?=[方皆み利ご来参回お市乗受保大ほ殆多圧0-9０-９一二三四五六七八九満顧評支好])' + SATISFIED_TURN + '(?:(?:' + SATISFIED_WHO + '(?:の方)?の(?:大多数|大半|ほとんど|殆ど|多く|圧倒的多数|[0-9０-９]+(?:\\.[0-9]+)?(?:%|％|割)(?:以上|超|近く|を超える|あまり)?|[一二三四五六七八九]割(?:以上|超|近く|を超える|あまり)?)(?:の方)?(?:に|から|は|が|には|からは)[、,]?[^。！？!?\\n]{0,12}?' + SATISFIED_WHAT + ')|(?:大多数|大半|ほとんど|殆ど|多く|圧倒的多数|[0-9０-９]+(?:\\.[0-9]+)?(?:%|％|割)(?:以上|超|近く|を超える|あまり)?|[一二三四五六七八九]割(?:以上|超|近く|を超える|あまり)?)の' + SATISFIED_WHO +
  '(?:の方)?(?:に|から|は|が|には|からは|にとって)[、,]?[^。！？!?\\n]{0,12}?' + SATISFIED_WHAT +
  '|(?:満足度|顧客満足度|利用者満足度|評価|支持率|好感度|満足(?:と|した|された)(?:と)?(?:回答|お答え)(?:した|された|いただいた)?(?:方|人)?(?:の割合)?)(?:は|が|も)[、,]?[^。！？!?\\n]{0,12}?[0-9０-９]+(?:\\.[0-9]+)?(?:%|％|割|ポイント|点)(?:に(?:達|のぼ|上っ|上り)|を(?:超え|上回|維持|記録|占め)|と(?:高|非常に高|大変高|過去最高|好評)|以上|超|で(?:した|あり|ございます|ございました)|です|となって(?:おり|い)))'
/**
 * Blind R331R-006 kind (reb61): a cut charged, heard as a claim (記念品が廃止されたとのことですが, 「バスが減った」との声, 補助が打ち切られたって
 * 書かれ): what an answer that the thing goes on as before refutes. Not a question (廃止されたのですか), not a worry (…のでは).
 */
const CUT_CLAIMED = phrase(
  '(?:(?:廃止|打ち切り|打切り|縮小|削減|中止|撤去|撤廃|減額|減便|廃線|取りやめ|取り止め|カット)(?:され|に(?:なっ|され))|(?:打ち切|打切)られ|(?:なくな|無くな|減)っ|(?:なくさ|無くさ|減らさ|削ら|やめら|止めら)れ|(?:廃止|中止|削減|縮小|カット|撤去)し|(?:やめ|止め)ちゃっ)(?:た|て(?:いる|る|います|しまった|しまいました|しもうた))(?:ん|の)?(?:だ|です)?[！!]{0,2}[」』]?' +
    '(?:とのこと|との(?:ご|お)?(?:意見|指摘|声|投稿|書き込み|コメント|批判|苦情)|という(?:ご|お)?(?:意見|指摘|声|投稿|書き込み|コメント|批判|苦情|口コミ|レビュー)|って(?:いう)?(?:ご|お)?(?:意見|声|コメント|書き込み|投稿|口コミ)|(?:と|って)(?:言われ|書かれ|おっしゃ|ご指摘|指摘され|書き込まれ|投稿され))',
  'u',
)
/**
 * Blind R331R-006 kind (reb61): the thing said cut declared going on as before, in any verb of doing (今年度も対象の方全員にお渡ししております,
 * 今年も例年どおり5000発を打ち上げています, 引き続き月2回運行しております, 今年度も開催します) or unchanged from before (昨年度と変わりございません,
 * 前年と同数です). Not the cut owned in the same words (今年度は規模を縮小して開催しています: a word of cutting between).
 */
const CARRIED_ON =
  '(?:(?:今年度|今年|本年度|本年|今回|今季|今期|来年度|来年)も|引き続き|例年(?:どおり|通り)|従来(?:どおり|通り)|これまで(?:どおり|通り)|変わらず|例年と同様に?|昨年(?:度)?と同様に?|前年(?:度)?と同様に?|以前と同様に?)[、,]?(?:(?!縮小|削減|廃止|減|中止|取りやめ|取り止め|休止|見合わせ|見送|終了|休み|やめ|なく|無く)[^。！？!?\\n]){0,28}?(?:(?:て|で)(?:おります|います|おり(?=[、,])|いる(?=[。！!、,]|$))|(?:し|いたし|行い|おこない|やり|続け|開き|お渡しし|お届けし)ます(?=[。！!よね]|$))(?!が|けど)' +
  '|(?:昨年|前年|例年|従来|以前|これまで|去年|前回)(?:度)?(?:と|から)[、,]?(?:比べて|比べても)?[、,]?(?:何も|なんら|何ら|特に|一切|全く|まったく)?(?:変わり|変更|変化|増減|違い)(?:は|も)?(?:一切|全く|まったく|特に|何ら|ほとんど)?(?:ございません|ありません|ない(?=[。！!、,]|です|$)|なく|なし)' +
  '|(?:昨年|前年|例年|従来|以前|去年|前回)(?:度)?と(?:同じ|同様|同数|同額|同水準|同程度|変わらない|変わらず)(?:の[一-龥]{1,4})?(?:です|でございます|であり|となって(?:おり|い)|を(?:確保|維持))'
/** Blind R331R-025 kind (reb61): spending charged as waste (税金の無駄, ムダづかい, ばらまき, お金かけすぎ): what a cost played down answers. */
const WASTE_CHARGED = phrase('無駄|むだ(?!なく|のない)|ばらまき|浪費|もったいない|(?:お)?金(?:を)?かけ(?:すぎ|過ぎ)|税金(?:を|の)(?:使いすぎ|使い過ぎ|どぶ)', 'u')

/** Blind R331R-005 kind (reb61): what the two phrases that set the majority's approval against a criticism share. */
const OUTWEIGHED_BY_APPROVAL = {
  re: phrase(SATISFIED_SRC),
  need: ['満足', '好評', '評価', '支持率', '好感度', '喜', '回答', 'お答え', '声', '感想', 'すむーず', '問題なく', '迷わず', '迷うことなく', '支障なく', '滞りなく', '難なく', '無事に', 'すんなり', '円滑に', '簡単に'],
  what: '批判を満足度や好評の数字で打ち消す反論',
  instead: INSTEAD.critic,
  notWithApology: true,
  notWithRemedy: true,
  // (An event report that tells the mixed feedback with thanks or a word for next time — ありがとうございました, 来年もお楽しみに — is no retort.)
  unless: new RegExp(LISTENING41.source + '|' + CONCEDED43.source + '|' + phrase(`参考|踏まえ|ふまえ|活か|生か|いか(?:し|す)|受けて|真摯|課題|${INQUIRY_HEARD}|ご質問|${OWNED_SOFTLY}|${INVITED}|お楽しみに|(?:来年|次回|来年度|次)も`, 'u').source, 'u'),
  greetingOk: true,
}

/**
 * Blind R336D-008 kind (reb62): the state a complaint reports declared not to exist (長時間お待たせしている状況にはないと考えております, 混雑
 * しているという状況ではございません), as the city's view (`STATE_DENIED_VERDICT`) or flatly.
 */
const STATE_DENIED_SRC =
  '(?:て|で)(?:いる|おる|いた|おった)(?:ような|という|といった|ほどの|ほど)?(?:状況|状態|事態)(?:に|で)(?:は|も)[、,]?(?:一切|決して|全く|まったく|特に|必ずしも|現状|現在)?[、,]?(?:ない|なかった|ありません|ございません|ありませんでした|ございませんでした)(?:もの)?'
const STATE_DENIED_VERDICT = 'と[、,]?(?:考え|認識|判断|受け止め|受けとめ|存じ|思|捉え|とらえ|理解)'
const STATE_DENIED = {
  need: ['状況', '状態', '事態'],
  what: '苦情の内容を否定する反論',
  instead: INSTEAD.deny,
  notWithApology: true,
  notWithRemedy: true,
  unless: new RegExp(LISTENING41.source + '|' + REASSURED48.source + '|' + STILL_CHECKING.source + '|' + phrase(`${INQUIRY_HEARD}|ご質問|お尋ね|ご心配|心配の|ご不安|不安の|${OWNED_SOFTLY}|避難|浸水|冠水|氾濫|停電|断水|感染|被害|危険|災害|警報|通行止め`, 'u').source, 'u'),
  greetingOk: true,
}
/**
 * Reviewer FP kind (reb62): a paragraph that answers a question (ご質問ありがとうございます, とのお問い合わせ): read on the whole paragraph, since
 * `greetingOk` leaves the opening thanks out of `unless`. For the reply-only phrases, where no criticism is named.
 */
const NOT_ASKED = phrase('^(?![\\s\\S]*(?:ご質問|質問|お問い合わせ|お問合せ|お尋ね))', 'u')
/**
 * Blind R336D-015 kind (reb62): the trouble complained of played down by how seldom it happens: a count with だけ, のみ or しか (満車になったのは
 * 今年度まだ三回だけなんです, 待ち時間が1時間を超えた日は2日しかありません, 実際にあったのはわずか2件です) or a word of rarity (満車になること
 * はほとんどありません, 長くお待たせするのはごくまれです). Kanji numerals too.
 */
const SELDOM_NUM = '(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3}|数)'
const SELDOM_UNIT = '(?:回|件|日|度|日間|例|ケース)'
const SELDOM_END = '(?:なん(?:です|だ)|です|でした|でございます|でございました|であり|で(?=[、,])|だった|だ(?=[。！!よね]|$)|となって(?:おり|い)|に(?:すぎ|過ぎ)(?:ません|ない|ず))'
const SELDOM_AGAINST_COMPLAINT = {
  re: phrase(
    `(?:のは|ことは|日は|件数は|回数は|日数は|ケースは)[、,]?[^。！？!?\\n]{0,14}?(?:(?:わずか|たった|ほんの)[、,]?${SELDOM_NUM}${SELDOM_UNIT}(?:程度|ほど)?(?:だけ|のみ)?|${SELDOM_NUM}${SELDOM_UNIT}(?:程度|ほど|くらい|ぐらい)?(?:だけ|のみ|ばかり))${SELDOM_END}` +
      `|${SELDOM_NUM}${SELDOM_UNIT}(?:程度|ほど|くらい|ぐらい)?しか(?:ありません|ございません|ない(?=[。！!、,]|です|ん|と|$)|なく|なかった|ありませんでした|ございませんでした)` +
      '|(?:こと|の)(?:は|も)[、,]?(?:ほとんど|めったに|滅多に|まず)(?:ありません|ございません|ない(?=[。！!、,]|です|ん|と|$)|なく|なかった|ありませんでした|ございませんでした)' +
      '|(?:こと|の)(?:は|も)[、,]?(?:ごく|本当に|ほんとに)?(?:まれ|稀)(?:です|でございます|なんです|であり|で(?=[、,])|だ(?=[。！!よね]|$))',
  ),
  need: ['だけ', 'のみ', 'ばかり', 'すぎ', '過ぎ', 'しか', 'ほとんど', 'めつたに', '滅多に', 'まず', 'まれ', '稀', 'わずか', 'たつた', 'ほんの'],
  what: '苦情を頻度の少なさで打ち消す反論',
  instead: INSTEAD.critic,
  notWithApology: true,
  notWithRemedy: true,
  unless: new RegExp(LISTENING41.source + '|' + CONCEDED43.source + '|' + REASSURED48.source + '|' + ACTS_ANYWAY.source + '|' + phrase(`${INQUIRY_HEARD}|ご質問|お尋ね|${OWNED_SOFTLY}|${HELP_STEPS}`, 'u').source, 'u'),
  greetingOk: true,
}
/**
 * Blind R336D-033 kind (reb62): the outcome a complaint charges put on the person's own choice (ご本人が申請を見送られたものと認識しております,
 * ご自身で辞退されたものと承知しております, 相談者の方が取り下げられたと伺っております, ご本人のご意向で取りやめられたものです).
 */
const OWN_CHOICE_AGAINST_CHARGE = {
  re: phrase(
    '(?:ご本人|ご自身|ご相談者|相談者|申請者|申込者|お申込者|お客様|お客さま|その方|当該の方|ご家族|利用者)(?:様|の方)?(?:が|の|は|で|ご自身で|自ら|ご自身の|ご本人の)[、,]?(?:(?:ご)?(?:判断|意思|希望|意向|都合)(?:で|により|によって)[、,]?)?[^。！？!?\\n]{0,20}?' +
      '(?:見送|辞退|取り下げ|取下げ|取りやめ|取り止め|とりやめ|断念|キャンセル|遠慮|選択|お決め|決め|選ば|お選び|見合わせ)(?:ら|さ)?(?:れ|なさっ|になっ|をされ|をなさっ)?(?:た|ていた|ておられた)' +
      '(?:もの(?:と[、,]?(?:認識|理解|考え|判断|承知|把握|伺|聞|存じ)|です|でございます|であり|だ(?=[。！!]|と))|と[、,]?(?:認識|理解|承知|把握)(?:して|いたして)|と(?:伺って|聞いて|お聞きして))',
  ),
  need: ['見送', '辞退', '取り下げ', '取下げ', '取りやめ', '取り止め', 'とりやめ', '断念', 'きやんせる', '遠慮', '選択', '決め', '選ば', 'お選び', '見合わせ'],
  what: '批判された結果を相手の判断に帰す反論',
  instead: INSTEAD.justify,
  notWithApology: true,
  notWithRemedy: true,
  unless: new RegExp(CONCEDED43.source + '|' + STILL_CHECKING.source + '|' + phrase(`${OWNED_SOFTLY}|${INQUIRY_HEARD}|ご質問|お尋ね|繰り上げ|繰上げ`, 'u').source, 'u'),
  greetingOk: true,
}

/**
 * Blind R337F-037 kind (reb63): the city's own side of a trouble declared free of fault (市の管理する水道管に問題はございません, 本市の施設には
 * 異常はありません, 当課の設備に不具合はございません): what a complaint's cause put on the complainant rests on. A folded source.
 */
const CITY_SIDE_CLEAN = foldSource(
  '(?<![都])(?:市|当市|本市|当課|当局|水道局|上下水道局|上下水道課|水道課|下水道課|市役所)(?:の|が)(?:管理する|管理している|所有する|設置した|管理の|管轄の|所管の|側の)?[^。！？!?\\n、,]{0,10}?(?:に|には|は|では|側に|側には)[、,]?(?:問題|異常|不具合|不備|欠陥|原因)(?:は|も|など)?[、,]?(?:一切|特に|何ら|全く|まったく)?(?:ございません|ありません|なく(?=[、,])|ない(?=[。！!、,]|です|と|もの))',
)
/**
 * Blind R337F-006/031/043/054 kinds (reb63): the city's facility or work a complaint blames for a trouble (下水道施設, 水門操作, 市の事業, 工事,
 * マンホール): what the cause is denied of.
 */
const CITY_WORK = '(?:施設|設備|工事|作業|操作|事業|管理|運用|水道管|配水管|下水道|下水管|排水路|水路|水門|ポンプ場|処理場|浄水場|清掃工場|焼却場|マンホール|水道|放流|取水|浚渫|散布|除草|伐採|施策|取り組み|取組)'
/** The writer's view that it is not so (とは考えておりません, とは考えにくい, とは思えません). */
const NOT_THOUGHT = '(?:到底|必ずしも|まったく|全く)?(?:考え(?:て(?:おりません|いません|おらず|いない)|にく|づら|難|られ(?:ません|ない))|思(?:って(?:おりません|いません|おらず)|えません|われません)|認識(?:して|いたして)(?:おりません|いません)|判断(?:して|いたして)(?:おりません|いません))'
/** Not asked (ではないか, ではないのでしょうか, ありませんか？): a question, not a denial. */
const NOT_ASKING = '(?!か|の(?:では|か|でしょう|ですか)|[？?]|でしょう|ですか|だろう)'
const JUDGED = '(?:と|かと|だと)[、,]?(?:判断|考え|思|推察|推測|認識|見て|存じ)'
/**
 * Blind R337F kinds (reb63): the cause of a trouble complained of declared not to lie with the city's facility or work, as the writer's view
 * (夜間の音の原因が下水道施設にあるとは考えておりません, 下水道施設から臭気が出ているとは考えにくい, 市の事業でノリが減ったわけではない,
 * 処理場から出ているものではございません), put elsewhere (原因は別のところにあるものと判断しております, 市の施設以外に原因があるものと考えて
 * おります) or the work named as not the cause (水門操作のせいではありません, 工事による影響ではございません). The trouble is what happened or is
 * going on (ている, た), not a forecast (この工事で渋滞が起こるとは考えにくい).
 */
const CAUSE_NOT_THOUGHT_SRC =
  `原因(?:が|は)[、,]?[^。！？!?\\n]{0,20}?(?:に|で)(?:ある|あった|あり)とは[、,]?${NOT_THOUGHT}` +
  `|${CITY_WORK}(?:の[一-龥々ァ-ヶー]{1,6})?(?:から|が原因で|によって|により|のせいで|に起因して|の影響で|で)[、,]?[^。！？!?\\n]{0,16}?(?:た|ている|ていた|てる|てた|ておる)とは[、,]?${NOT_THOUGHT}` +
  `|原因(?:は|が)[、,]?(?:別の|他の|ほかの|別|外部の)(?:ところ|所|場所|箇所|要因|もの|原因|点)?(?:に|で)?(?:ある|あった|あり|による|によるもの)(?:もの)?${JUDGED}` +
  `|(?:以外|ほか|外部|別の(?:ところ|場所|箇所))(?:に|で)原因が(?:ある|あった)(?:もの)?${JUDGED}`
/** …and the same flatly, not as the writer's view (…で減ったわけではない, 水門操作のせいではありません): only after a criticism or a charge. */
const CAUSE_DENIED_FLAT_SRC =
  `${CITY_WORK}(?:の[一-龥々ァ-ヶー]{1,6})?(?:から|が原因で|によって|により|のせいで|に起因して|の影響で|で)[、,]?[^。！？!?\\n]{0,16}?(?:た|ている|ていた|てる|てた|ておる)(?:という)?(?:わけ|訳|もの)(?:では|じゃ)(?:ない(?=[。！!、,]|です|ので|と|ん|の|よ)|なく|ありません|ございません|なか)` +
  `|${CITY_WORK}(?:の[一-龥々]{1,4})?(?:(?:が|は)原因|(?:の)?(?:せい|影響)|(?:による|に起因する|が原因の)(?:もの|影響))(?:では|じゃ)(?:なく|ない|ありません|ございません|なか)`
/**
 * Blind R337F-004 kind (reb63): the work the complaint says was missed declared done at a time of day, on the record (当該ステーションは当日
 * 8時52分に収集を終えております, 8時45分に通過しております, 9時ごろには回収を完了しておりました).
 */
const RECORD_DONE =
  '(?:[0-9]{1,2}時(?:[0-9]{1,2}分|半)?(?:ごろ|頃|過ぎ)?(?:に|には|まで(?:に|には)?))[、,]?[^。！？!?\\n]{0,8}?(?:(?:収集|回収|配達|作業|清掃|巡回|点検|運行|配送|配布|散布|除草)(?:を|は)?[、,]?(?:終え|完了し|済ませ|終了し|すませ|行っ|実施し)|(?:を)?通過し|(?:収集|回収|配達|配送)し)(?:て)?(?:おり(?:ます|ました)|い(?:ます|ました)|ございます)(?=[。！!、,]|$)'
/** Blind R337F-004 kind (reb63): the city's own check told, before what it found (確認したところ、 お調べしましたが、). */
const CHECK_TOLD = '(?:確認|調査|お調べ|調べ)(?:いたし|し|を行い|を行っ)(?:た|ました)(?:ところ|が|結果|。)[、,]?[^。！？!?\\n]{0,24}?'

/**
 * Blind R389N kinds: a complaint or a reply turned back on the resident.
 * - The cause declared the complainant's own matter (…とのご不満ですが、…ご自身のタイミングの問題ではないでしょうか, そちらの
 *   ご都合の問題かと存じます, あなたの使い方の問題です): after a criticism or in a reply; not a help line (ご自身の健康の問題でお悩みの方は).
 * - The critic's understanding declared wrong outright, not softened into a question (そちらのご理解に誤りがあります, あなたの認識は
 *   間違っています, ご理解が誤っておられます), and the critic told to reread what was already answered (前回の返信をもう一度よくご覧
 *   ください, 先日の回答をよくお読みください): not a notice's pointer (詳しくは前回のお知らせをご覧ください, no よく).
 * - The critic told to stop posting what is not the facts (事実と違う内容の投稿はお控えください, 事実と異なる書き込みはやめてください):
 *   not the disaster notice's caution to all (不確かな情報の拡散はお控えください: those words are not these).
 */
const OWN_MATTER = '(?:ご自身|ご自分|ご本人|そちら|そちら様|あなた|あなた様|貴方|お客様|お客さま|投稿者)(?:側)?の[、,]?(?:ご|お)?[一-龥々ァ-ヶーぁ-ゖ]{1,8}?(?:の)?問題'
const COMPLAINANT_TURNED_PHRASES: Phrase[] = [
  {
    re: phrase(`${OWN_MATTER}(?:では|じゃ)(?:(?:ない|ありません|ございません)(?:でしょう|です)?か|なか(?:です)?か?)|${OWN_MATTER}(?:です|でございます|だ)(?=[。！!よね]|$)|${OWN_MATTER}(?:かと|だと|であると)(?:存じ|思|考え)`),
    need: ['問題'],
    ...BLAMES_COMPLAINANT,
  },
  {
    re: phrase('(?:ご理解|ご認識|(?:その方|そちら|そちら様|あなた|貴方|投稿者|ご本人)(?:様|さん|の方)?の(?:ご)?(?:理解|認識|考え|解釈|受け止め方|捉え方))(?:に|には|は|が)[、,]?(?:少し|やや|いささか|明らかに|根本的に|大きな|重大な)?(?:(?:誤り|間違い|誤解|思い違い|事実誤認)(?:が)?(?:あります|ございます|あるようです|があるようです)|(?:誤って|間違って)(?:おります|います|いる|おられます|いらっしゃいます)(?=[。！!よね]|$))'),
    need: ['理解', '認識', '考え', '解釈', '受け止め方', '捉え方'],
    ...TO_CRITIC,
  },
  {
    re: phrase('(?:前回|先日|先ほど|先程|以前|昨日|これまで)(?:の|に|も)?(?:私どもの|こちらの|当方の)?(?:返信|ご返信|回答|ご回答|お答え|ご説明|説明|お返事|返事|投稿|コメント)(?:を|も|は)[、,]?(?:もう一度|もういちど|再度|今一度|いま一度|改めて|あらためて)?[、,]?(?:よく|よーく|よくよく|しっかり|ちゃんと|きちんと)[、,]?(?:ご覧|お読み|読んで|読み直|見て|見直|ご確認)'),
    need: ['よく', 'よーく', 'しっかり', 'ちゃんと', 'きちんと'],
    ...TO_CRITIC,
  },
  {
    re: phrase('(?:事実と(?:違う|ちがう|異なる|反する)|事実(?:では|じゃ)ない|事実に(?:基づかない|基づいていない)|事実無根の)(?:内容|こと|話|情報)?(?:の|を)?(?:ご投稿|投稿|書き込み|書込み|ご発言|発言|コメント|発信|拡散|ポスト)(?:は|を|も)?[、,]?(?:今後は|くれぐれも|どうか)?[、,]?(?:お控え|控えて|おやめ|やめて|ご遠慮|慎んで|なさらないで|しないで)'),
    need: ['事実'],
    ...TO_CRITIC,
  },
]
/**
 * Blind R389N-042 kind: a scam rumour set right with what the office never does (「断水中に水道局の職員が浄水器を売りに来る」という話は誤りです。
 * 水道局が浄水器を販売することはありません, 市の職員が電話で口座番号をお聞きすることはございません): a fraud warning, no critic answered.
 */
const OFFICE_NEVER_DOES = phrase('(?:市|市役所|役所|職員|水道局|水道課|上下水道|税務課|当局|当課|本市|当市)(?:が|から|は|の職員が)[、,]?[^。！？!?\\n]{0,24}?(?:販売|売り|売る|売っ|請求|集金|徴収|口座|暗証番号|振り込み|振込|現金|お金|手数料|訪問販売|購入|契約)[^。！？!?\\n]{0,10}?(?:こと|ような(?:こと)?)は(?:一切|絶対に|決して|ありません|ございません|ない)', 'u')
const PHRASES: Phrase[] = [
  ...COMPLAINANT_TURNED_PHRASES,
  // Round 43: a criticism received refused as the city's stance, to change nothing (式典が長すぎるとのご意見を多数頂戴しておりますが、
  // …短縮する考えはございません, 見直すつもりはありません; not a worry answered: 廃止する考えはございません。ご安心ください; not with
  // thanks or a fix; a schedule told (予定はありません) is information).
  // Blind R189I-006: or as no need to change (…前後するものであり、現在の運用を見直す必要はないと考えております, 変更の必要はございません),
  // and a schedule refused only with the justification before it in the sentence (…定めたものであり、改める予定はありません; a plain
  // 予定はございません stays information).
  {
    re: phrase(`${REFUSED_STEP}(?:考え|つもり|意向|必要)(?:は|など|も)${REFUSED_END}|(?<=(?:であり|でありまして|ものですので|ものですから|ことから)[、,][^。！？!?\\n]{0,30})${REFUSED_STEP}予定(?:は|など|も)${REFUSED_END}`),
    need: ['考え', 'つもり', '意向', '必要', '予定'],
    what: '批判をはねつける表現',
    instead: INSTEAD.justify,
    notWithApology: true,
    rumourDenial: true,
    needsCriticism: true,
    strongCriticism: true,
    notWithRemedy: true,
    // (見直 of LISTENING41 is the refused step itself here; a fix announced is notWithRemedy's.)
    unless: REASSURED43,
  },
  // Round 43: critics faulted for criticising without knowing (事情も知らずに批判されるのはいかがなものでしょうか, よう知らんで
  // 書かんでください, 現場も見ずに文句を言うのはやめてほしい; not advice on posting: よく知らずに書き込むのはやめましょう; not a
  // form: よく知らないまま書類を書かないでください, an object between is not a criticism). Blind R123A-007: any figure or fact named
  // as unseen (利用者数も見ずに文句を言うのはやめていただきたい, 資料すら読まず… is not: 読まず is no verb here).
  // Blind R169D-114: or such criticism told as the city's reading of it (ご批判の多くは実情を知らないまま書かれたものと受け止めています,
  // 事情を知らずに書かれたものと考えております): the critics dismissed as uninformed.
  {
    re: phrase('(?:(?:事情|実情|実態|現場|背景|経緯|内情|中身|苦労|努力|現状|詳しいこと|取り組み|取組|活動|仕事|頑張り|がんばり|思い|何)(?:も|を)?|[一-龥ァ-ヶー]{1,8}(?:も|すら|さえ)(?=見ず|調べず|確かめず|知らず|知らない)|よう|よく|ろくに|ろくろく)[、\\s]?(?:知らず|知らない(?:で|まま|のに)|知らんで|知らんと|知らんまま|ご存じない(?:まま|のに)|ご存じなく|ご存知ない(?:まま|のに)|ご存知なく|分からず|わからず|見ず|見もせず|見もしないで|調べず|確かめず)(?:に)?[、\\s]?(?:[^。！？!?\\nを]{0,8}?)(?:批判|非難|文句|悪く言|悪口|叩|たた|書き込|書か|書く|書い|言わ|言う|言っ|口を出|コメント|決めつけ)[^。！？!?\\n]{0,12}?(?:いかがなもの|どうか|残念|悲し|困り|困る|やめ|おやめ|お控え|控えて|ご遠慮|ないで|んで(?:ください|くれ|ほしい|ほしか|もらえ)|んといて|ほしくない|欲しくない|心外|遺憾|おかしい|もの(?:と|だと|であると)(?:受け止め|受けとめ|考え|思|認識|理解し|存じ|判断し))'),
    need: ['知らず', '知らない', '知らん', 'ご存じ', 'ご存知', '分からず', 'わからず', '見ず', '見もせず', '見もしないで', '調べず', '確かめず'],
    what: '批判者への反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    unless: POSTING_ADVICE43,
  },
  // Round 41: a complaint heard, then doubted in the writer's voice as impossible (英語が通じなかったってコメントもらったけど、…それは
  // ないと思います, 「窓口が不親切」とのご意見ですが、そんなはずはありません; not a rumour set right, not a question answered, not a
  // doubt taken back: そんなはずはないと思っていましたが、確かに…).
  {
    re: phrase('(?:それは|そんなことは|そのようなことは|そんなはずは|そのようなはずは|さすがにそれは)[、\\s]?(?:ない|ありえない|あり得ない|考えられない|考えにくい)(?:と|かと|んじゃないかと|のではないかと)(?:思います|思う|思いますけど|思いますが|存じます|思うんですが|思いますよ|思うけど|思うよ|思うんですけど)|(?:そんな|そのような)はず(?:は|が)(?:ない|ありません|ございません|なか|ねえ)(?!と思って|と思い込|と考えて|と思ってい)'),
    need: ['ない', 'ありえ', 'あり得', '考えられ', '考えにく', 'ありません', 'ございません', 'なか', 'ねえ'],
    what: '苦情を否定する言い返し',
    instead: INSTEAD.critic,
    notWithApology: true,
    rumourDenial: true,
    alsoNeeds: COMPLAINT41,
    unless: LISTENING41,
  },
  // Round 41: the city said to do all it can, after a complaint received (水路清掃が雑だとのご意見。…やれることはやってます,
  // 苦情をいただいていますが、できることはすべてやっております; not a pledge: できることからやっていきます, not with thanks).
  {
    re: phrase('(?:やれる|できる|出来る|やるべき|すべき)(?:こと|事)(?:は|を)[、\\s]?(?:全部|すべて|全て|きちんと|ちゃんと|しっかり|精一杯|精いっぱい|最大限)?[、\\s]?(?:やって|して|行って|実施して)(?:い|お)?(?:ます|る|ります)(?=[。！!、,…\\s〜~]|よ|けど|が|ので|から|$)|(?:やれる|できる|出来る|やるべき)(?:こと|事)(?:は|を)[、\\s]?(?:全部|すべて|全て|ちゃんと|しっかり)?[、\\s]?(?:やっと|しと)(?:る|ります)(?:けん|ばい|と|よ|です)?(?=[。！!、,…\\s〜~]|$)'),
    need: ['やれる', 'できる', '出来る', 'やるべき', 'すべき'],
    what: '苦情への弁明',
    instead: INSTEAD.justify,
    notWithApology: true,
    needsCriticism: true,
    strongCriticism: true,
    unless: LISTENING41,
  },
  // Blind R39B-146 kind: a complaint heard answered by saying the city or its staff do their work properly, in any register (放置しとる
  // て言われよるばってん、市もちゃんとやっとるとですよ, 遅いとのご意見ですが、職員はきちんとやっております): the critic told they are wrong.
  // Only after a criticism heard, not with thanks or a fix, not a pledge (これからもしっかりやっていきます).
  {
    re: phrase('(?<![一-龥々])(?:市|市役所|役所|行政|当市|本市|職員|担当|担当課|こっち|こちら|私たち|わたしたち|私ども|うちら|うち)(?:も|は|だって|だっ?て)[、\\s]?(?:ちゃんと|きちんと|しっかり|ちゃあんと|ちゃーんと|真面目に|まじめに)[、\\s]?(?:やって|取り組んで|対応して|仕事して|働いて)(?:い|お)?(?:ます|る|ります)(?:と|とです|んです|のです)?(?:よ|けど|ばい|けん|たい)?(?=[。！!、,…\\s〜~]|$)|(?<![一-龥々])(?:市|市役所|役所|行政|当市|本市|職員|担当|担当課|こっち|こちら|私たち|私ども|うちら|うち)(?:も|は|だって)[、\\s]?(?:ちゃんと|きちんと|しっかり|ちゃあんと|ちゃーんと|真面目に|まじめに)[、\\s]?(?:やっと|しと|取り組んど|対応しと|働いと)(?:る|ります)(?:と|とです|けん|ばい|たい|よ|です)*(?=[。！!、,…\\s〜~]|$)'),
    need: ['ちゃんと', 'きちんと', 'しっかり', 'ちゃあんと', 'ちゃーんと', '真面目に', 'まじめに'],
    what: '苦情への弁明',
    instead: INSTEAD.justify,
    notWithApology: true,
    notWithRemedy: true,
    needsCriticism: true,
    unless: LISTENING41,
  },
  // Blind R39B-016 kind: a complaint answered with an exasperated "what more do you want us to do" (これ以上どうしろというのでしょうか,
  // これ以上何をしろって言うんですか, これ以上どげんせろち言うとですか): the critic answered back, not heard. Not a plea for advice
  // (これ以上どうすればよいか、皆さんのお知恵をお貸しください).
  {
    re: phrase('これ以上(?:は)?[、\\s]?(?:どうしろ|どうせよ|何をしろ|なにをしろ|何をせよ|どげんせろ|どげんしろ|どがんせろ|どがんしろ|何ばせろ|何ばしろ)(?:と|って|ち|て)?(?:いう|言う|言わ(?:れる|れても)|おっしゃる|仰る|いわれる|言うと|いうと)?(?:の|ん)?(?:でしょうか|でしょう|ですか|ですかね|でしょうね|だ|か|かな|やろ|と)?(?=[。！!？?、,…\\s〜~]|$)'),
    need: ['これ以上'],
    what: '批判への不満と反論',
    instead: INSTEAD.justify,
    needsCriticism: true,
    orReply: true,
  },
  // Round 41: a complaint answered by a comparison that turns it round (「介護保険料が上がりすぎ」というご意見…他市と比べればむしろ
  // 低い水準です, 近隣と比較しても決して高くはありません; not a finding told: 全国と比べるとむしろ晴れの日が多い街です).
  // Blind R169D-114: any adjective of degree the complaint used is turned round so (審議時間が短すぎるというご意見…他市と比べても決して
  // 短くありません, 待ち時間が長いとのご指摘…近隣と比べればむしろ短いほうです, 窓口が遠い…決して遠くはありません).
  // Blind R184I-053: in the polite conditional and with what is compared named before むしろ (駐車料金が高すぎるとのご意見ですが、近隣と
  // 比べますと、当市の料金はむしろ低めに設定しております, 他市と比較した場合、本市の保育料は決して高くありません).
  // Blind R204D-027 kind: or with the charge turned into "proper" by the comparison (料金が高すぎるとのお声がございますが、近隣と比べましても適正な
  // 額でございます, 他市と比較しても妥当な水準と考えております): the complainant told the price is right. Not a goal (適正な水準となるよう).
  {
    re: phrase('(?:と|に|より)(?:比べ|くらべ|比較し)(?:れば|ると|て|たら|ましても|ますと|ました場合|た場合|ましたら)(?:も|は)?[、\\s]?(?:[^。！？!?\\n]{1,16}?(?:は|も|が)[、\\s]?)?(?:むしろ|かえって|決して|けっして)[^。！？!?\\n]{0,16}?(?:低|安|少な|高|多|良|よ|早|短|長|遅|狭|広|小さ|大き|遠|近|重|軽|劣|恵まれ|充実|手厚|まし|マシ|上回|下回|手頃|平均的|標準的)[^。！？!?\\n]{0,10}?(?:です|であり|でございます|ます|ません|(?=[。！!]))|(?:と|に|より)(?:比べ|くらべ|比較し)(?:れば|ると|て|たら|ましても|ますと|ました場合|た場合|ましたら)(?:も|は)?[、\\s]?(?:[^。！？!?\\n]{1,16}?(?:は|も|が)[、\\s]?)?(?:十分(?:に)?|ごく|全く|まったく)?(?:適正|妥当|相応|適切|標準的|平均的|一般的|常識的|良心的)(?:な|の)(?:額|金額|価格|料金|値段|水準|範囲|設定|もの|レベル|負担)(?:で(?:す|あり|ございます)|だと(?:考え|思)|と(?:考え|判断し|認識し)(?:て(?:おり|い))?(?:ます))'),
    need: ['比べ', 'くらべ', '比較し'],
    what: '批判への反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    needsCriticism: true,
    strongCriticism: true,
    unless: LISTENING41,
  },
  // Blind R160I-082: the same comparison, the charge turned round with まだ and a word of a bargain later in the sentence (料金改定へのご不満
  // は理解いたしますが、近隣市と比べれば当市の料金はまだ安い方です, 他市と比べても保育料はまだまだお手頃なほうです): the complainant told they
  // are still well off. Only a bargain (安い, 手頃, まし): まだ少ない, まだ低い after ご指摘のとおり concede a shortfall.
  {
    re: phrase('(?:と|に|より)(?:比べ|くらべ|比較し)(?:れば|ると|て|たら|ましても)(?:も|は)?[、\\s]?[^。！？!?\\n]{0,24}?まだ(?:まだ)?[、\\s]?(?:お)?(?:安|手頃|お手頃|まし|マシ|恵まれ)(?:い|な|く)?(?:ほう|方|部類|くらい|ぐらい|水準)?(?:な|の)?(?:ん|の)?(?:です|でございます|であり|だ(?=[。！!、])|(?=[。！!]))'),
    need: ['比べ', 'くらべ', '比較し'],
    what: '批判への反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    needsCriticism: true,
    strongCriticism: true,
    unless: LISTENING41,
  },
  // Blind R92A-059/R94A-133: a complaint heard (…とのことですが, …とおっしゃいますが, …ってコメント) answered by a counter-figure that
  // ranks the city against others, with no 比べ (県内の自治体ではタイトル数は多いほうです, 全国平均より早いんですよ, 近隣の市よりも安い
  // くらいです): the complainant proved wrong by a comparison. Not a figure told with no complaint (全国平均より早い到着を保っています, a
  // post), not the comparison quoted inside the complaint (全国平均より高いとのご指摘), not with thanks, a fix or a doubt taken back.
  {
    re: phrase(
      '(?:全国|全国平均|県内|県内平均|県平均|九州|近隣|周辺|他市|他の(?:市|町|自治体|市町村)|よその(?:市|町|自治体|まち)|よそ|お隣|隣の(?:市|町)|平均|ほかの(?:市|町|自治体|市町村))(?:の(?:自治体|市町村|市|町|平均|中))?(?:より(?:も)?|では|の中では|の中でも|でも)[、,]?[^。！？!?\\n「」]{0,16}?(?:早|速|安|低|多|少な|短|高|充実し|手厚|良|よ|上位|トップ|一番|いちばん)(?:い|く|て|め|位|クラス)?(?:ほう|方|部類|くらい|ぐらい|水準|レベル)?(?:な|の)?(?:ん|の)?(?:です|でございます|であり|だ(?=[。！!、]|よ|から)|ですよ|やけん|やけど|ばい|たい|と(?=よ|です)|(?=[。！!]|[？?](?![」』]?(?:と|って))))(?![」』]|か|と(?:の|いう|言|書|お))',
    ),
    need: ['より', 'では', 'でも'],
    what: '苦情への反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    alsoNeeds: phrase('とのこと|と(?:お)?っしゃ|と仰|って言われ|と言われ|と書かれ|って書かれ|とのご(?:意見|指摘|批判)|というご(?:意見|指摘|批判)|ご指摘|ご批判|お叱り|苦情|ってコメント|というコメント|との(?:コメント|声|お声|投稿)', 'u'),
    unless: LISTENING41,
  },
  // Round 37: told after a complaint that it was announced many times, in standard speech or dialect (前から何回もお知らせ
  // しとったですよ, 何度も周知していましたけど; not a reminder: これまで何度もお知らせしてきましたが、改めてご案内します).
  {
    re: phrase('(?:何回も|何度も|再三|繰り返し|さんざん|散々|ずっと前から|前々から)[、\\s]?(?:お知らせ|告知|周知|ご案内|案内|広報|掲載|ご説明|説明|お伝え)(?:を)?(?:し|いたし)(?:とった|とる|とります|とりました|てた|てました|ていました|ておりました|てある|てあります|てあった)(?:です|ん(?:です|だ|や))?(?:よ|けど|けれど|のに|ばい|けん|やろ|でしょ)'),
    need: ['何回も', '何度も', '再三', '繰り返し', 'さんざん', '散々', '前から'],
    what: '批判した相手への反論',
    instead: INSTEAD.critic,
    needsCriticism: true,
    orReply: true,
    notWithApology: true,
  },
  // Round 37: fault denied in keigo after a criticism (当方の不備ではないと考えております, 市の落ち度ではございません; not the
  // finding of an inspection told as such).
  {
    re: phrase('(?:当方|こちら|当課|本市|市|私ども|わたしども|弊課|当局|行政|職員|窓口|当館|当施設)(?:側)?の(?:不備|落ち度|ミス|過失|手落ち|不手際|怠慢)(?:で|では|じゃ)(?:は)?(?:ない|なく|ありません|ございません)'),
    need: ['不備', '落ち度', 'ミス', '過失', '手落ち', '不手際', '怠慢'],
    what: '批判された点をそのまま否定する反論',
    instead: INSTEAD.deny,
    needsCriticism: true,
    orReply: true,
    notWithApology: true,
  },
  // Denials (事実と異なる as a verdict: `FACT_VERDICT`). Blind R197A-057 kind: a verb in the voiced past before 事実 as well (市が受け入れを拒んだ事実は一切ございません, 書類を
  // 持ち込んだ事実はありません, 工事を急いだ事実はございません): the charged act denied as a fact, like した事実.
  {
    re: phrase(
      '(?:そのような|そういった|そんな|という|といった|とされる|ような|ている|ていた|(?<!決定し|決まっ|確定し|決定され|決議し)た|(?<=[んい])だ|る)事実(?:は|も|を|など|等)(?:一切|全く|まったく|いっさい|何ら|なんら|決して)?(?:ありません|ございません|ない(?:と|。|です|、)|なく|無い|無く|ありませんでした|確認(?:して|されて|できて)(?:おらず|おりません|いません|いない))|事実(?:と|とは|に)(?:大きく|全く|まったく|著しく|明らかに|まるで|全然|ぜんぜん|完全に)?(?:異なり(?:ます|まして)?|違い(?:ます|まして)|(?:異な|違)って(?:おります|います)(?![^。！？!?\\n]{0,8}(?:可能性|場合|かも|おそれ|恐れ))|違う(?:もの|内容|情報)?(?:です|であり|。)|異なる(?:もの|内容|情報)?(?:です|であり|でござい|だ|と考え|。)|(?:異なる|違う)(?:もの|内容|情報)?(?:で(?:ある|あった))?' + FACT_VERDICT + '|反し(?:ます|ており|ています|ている)|反する(?:もの|内容|表現)?(?:です|であり|でござい|だ|。))|(?:は|も)(?:事実|正確|正しく)(?:では|じゃ)(?:ありません|ございません|ない)(?!でし)|事実に基づかない(?:もの|内容|報道|記事|情報|主張)?(?:であり|です|だ|でござい)|(?:は|も)(?:全く|完全に)?(?:間違って|誤って)(?:います|おります|いる)(?![^。！？!?\\n]{0,4}(?:かも|場合))|(?:全くの|まったくの|完全な|明らかな)(?:誤り|間違い|虚偽|でたらめ|デタラメ|作り話|デマ|嘘|うそ|ウソ)|そのような(?:こと|事)(?:は|も)(?:一切|全く|決して|断じて)?(?:ございません|ありません|ない)|(?:ような|という|といった|そのような)(?:不正|癒着|隠蔽|隠ぺい|違法行為|不祥事|事実関係|行為|指示|要求|接待|便宜|関与|流用|差別)(?:は|も|など)(?:一切|全く|決して|断じて|何ら)(?:ありません|ございません|ない|しておりません|していません|ございませんでした|ありませんでした|行っておりません|行っていません|おこなっておりません)|(?:間違った|悪い|不正な|おかしな|やましい)(?:こと)?(?:は|を)?(?:一切|何も|なにも)?(?:して|やって)(?:いません|おりません|いない)|(?:市|当市|私たち|我々|当課|職員|こちら)(?:は|も)(?:何も|なにも|一切)?悪く(?:ありません|ない|ございません)|見解の相違|そのような(?:話|決定|計画|事実|意図|指示|発言)(?:は|も)(?:一切|全く|決して|断じて)(?:ございません|ありません|ない|しておりません|していません)|(?:は|も|とは)(?:全くの|まったくの|完全な|明らかな|明白な)?(?:誤り|間違い|虚偽|でたらめ|デタラメ|作り話)(?:です|でございます|であり|であります|だ(?:[。！!、]|と)|と考え|と言わざる|。)|(?:デマ|dema|ガセ|ガセネタ|虚偽|捏造|ねつ造|でっち上げ|フェイクニュース|でたらめ|デタラメ)\\s?(?:です|でございます|であり|であります|だ(?:[。！!、]|と)|と判明|なので|ですので)|根も葉もない|事実誤認|誤報(?:です|であり)',
    ),
    what: '批判や情報を否定する表現',
    instead: INSTEAD.deny,
    notWithApology: true,
    rumourDenial: true,
    notAsCommonMyth: true,
    // An investigation's finding told as such with no criticism (不正アクセスについて調査した限り、個人情報が流出した事実は確認されて
    // おりません), and a worried asker reassured (…と聞いたのですが本当ですか」とのご質問…そのような事実は確認されておりません。ご安心
    // ください): news for residents, no critic answered.
    notAsFinding: true,
    unless: REASSURED48,
  },
  // The critic is said to be mistaken. (Told to check before posting or commenting, only with criticism received or in a
  // reply, below: 写り込んだ人の顔を確認してから投稿しましょう is literacy advice.)
  // Blind R152D-119: the critic's belief called a misunderstanding in dialect or casual speech (勘違いされとるみたいですけど,
  // 誤解されちょるようですが, 勘違いしとられるみたいやけど, 勘違いされてるかと): されとる, されちょる, しとられる for されている.
  // Team DCD-035 kind: a remark that lumps a group together or discriminates, asked to be refrained from (特定の国籍の方をひとくくりにした
  // 表現はお控えいただけますと幸いです, 差別的な発言はおやめください): the city standing by the group, not arguing for itself (as
  // `LUMPED45`); 憶測による発言はお控えください still tells the critic off.
  // Blind R74A-146: the critic told they have no right to say it, in any register or dialect (言われる筋合いはなかです, 言わるっ
  // 筋合いはなか, 言われる覚えはございません, 怒られる筋合いはねえ; a reassurance keeps 理由 only for the words of blame: 怒られる理由は
  // ありません is not matched).
  // Blind R244U-034 kind: the critic's view called 誤ったご理解 / 誤ったご認識 (honorific ご, でございます too).
  // Blind R267X-049 kind: …or hedged with と思います, casual (そのお話、たぶん勘違いされてると思います, 誤解されていると思われます).
  {
    re: phrase(
      '(?:誤解|ごかい)(?:です|でございます|であり|に基づ(?:く|き|いた)|によるもの|による(?:ご)?批判|のないように申し上げ|なきよう申し上げ)|(?:勘違い|誤解)(?:されて|なさって|をされて|しておられ|されと|されちょ|しとられ|しちょられ|しとらす|しよらす)(?:いる|おられ|いらっしゃ|る)?(?:よう|よー|方が|みたい|のでは|かと|んじゃ|ごた|と思(?:います|う|われます|いますよ))|勘違い(?:です|でございます)|誤読(?:され|です|なさ)|曲解|決めつけ(?:る|られる)?(?:の|こと)?(?:は|を)?(?:やめ|おやめ|お控え|控え)(?!ましょう|よう|る)|(?<!(?:国籍|見た目|外見|容姿|性別|年齢|肩書き?|出身|出身地|障がい|障害|学歴|職業|服装|第一印象|イメージ|先入観|属性|血液型|名前|性的指向|病気|病名|家庭環境)(?:だけ|のみ)?で|(?:人|相手|他人|子ども|子供|誰か|だれか|友だち|友達|利用者|外国人)を[^。！？!?\n]{0,16})決めつけない(?:で|よう)|(?<!(?:まとめ|ひとくくり|一括り|ひとまとめ|一緒くた|十把一絡げ|偏見|差別|蔑視|ヘイト)[^。！？!?\\n]{0,12})(?:主張|発言|決めつけ|憶測|臆測|表現|言いがかり|言い掛かり)(?:は|を|も)(?:お控え|おやめ|控え|やめ|撤回|取り消)(?!ましょう|よう|る)|撤回(?:して(?:ください|下さい|いただき|ほしい)|を(?:求め|要求|お願い))|お言葉を返すようですが|お言葉ですが|失礼ながら|よくお読み(?:いただければ|になれば)|(?:ば|たら)[^。！？!?\\n]{0,16}(?:分か|わか|お分かりいただけ|おわかりいただけ|ご理解いただけ|ご納得いただけ)(?:る|ります|ます)?(?:はず|ものと)(?!' + JUST_IN_CASE + ')|(?:根拠のない|根拠なき|憶測による|事実に基づかない|一方的な|的外れな|いわれのない|誤った)(?:ご)?(?:批判|非難|中傷|主張|発言|決めつけ|ご指摘|指摘)(?:は|を)(?:お)?(?:やめ|控え|慎)|(?:(?:非難|批判|責められ|言われ|言わるっ|言わるる|謝罪す|謝)(?:る|される)?(?:理由|いわれ|筋合い|覚え)|(?:怒られ|叱られ|咎められ|とがめられ)る(?:筋合い|いわれ|覚え))(?:は|も|とか|なんか|なんて)?[、,]?(?:どこにも|何も|なんも|一切|全く|まったく|何ら|全然|ぜんぜん|いっちょん|これっぽっちも)?(?:ありません|ございません|ありまっせん|ない|無い|なか(?!なか)|ねえ|ねぇ|ねー|あらへん)|(?:誤解|不快な思い|ご不快|ご心配)(?:を)?(?:招いた|与えた|させた|された|おかけした)(?:とすれば|のであれば|のなら|ならば|なら)[^。！？!?\\n]{0,12}(?:残念|遺憾)|受け止め方の(?:問題|違い)|(?:確認|調べ|お調べ|理解)(?:して|になって|されて|なさって)から(?:ご)?(?:発言|批判|ご意見)|誤った(?:ご)?(?:認識|理解)(?:に基づ|です|でございます|であり|をされて)|ご理解(?:が)?(?:不足|足りな)|正しく(?:ご)?理解(?:されて|いただけて|して)(?:いない|おらず|いません|おられない)',
    ),
    what: '相手の誤りを指摘する反論',
    instead: INSTEAD.critic,
    notAsCommonMyth: true,
  },
  // Blind R94A-097: the misunderstanding or the mix-up spelt in romaji, half or full width, before a Japanese copula (…の件はＧＯＫＡＩ
  // です, それはkanchigaiですよ, ｏｍｏｉｃｈｉｇａｉでございます): 誤解です written round the word list. Only the whole word (not inside
  // another romaji word).
  {
    re: phrase('(?<![a-z])(?:gokai|kanchigai|kan-chigai|omoichigai|jijitsumukon|jijitsu mukon)(?![a-z])\\s?(?:です|でございます|であり|でして|でございまして|だ(?=[。！!、]|よ|と)|やけん|やね|ばい|たい|(?=[。！!]))'),
    need: ['gokai', 'chigai', 'mukon'],
    what: '相手の誤りを指摘する反論',
    instead: INSTEAD.critic,
    notAsCommonMyth: true,
  },
  // The critic's claim called baseless or wrong: そちらのご主張には根拠がありません, ご指摘の点は正しくありません.
  // Blind R246S-034 kind: also said wrong in the honorific of the critic's own view (ご認識が誤っておられます, ご主張は間違って
  // いらっしゃいます): the resident told outright that they are mistaken, however politely.
  // Blind R91A-076: also with a hedge and a qualifier before 根拠 (というお話には、正直なところ科学的な根拠はないと考えております,
  // ご懸念には、現時点で医学的な根拠はございません): the resident's concern dismissed as baseless in keigo.
  {
    re: phrase(
      '(?:ご?主張|ご?指摘(?:の(?:点|内容|件))?|ご?批判|ご意見|おっしゃ(?:る|っている)(?:こと|内容|点)|仰(?:る|っている)(?:こと|内容|点)|言い分|ご?投稿(?:の)?(?:内容)?|書き込み(?:の内容)?|コメント(?:の内容)?|ご?発言|ご認識|(?<!(?:私ども|わたくしども|私たち|わたしたち|我々|当市|本市|市|自分|自分たち|ご自身|当方|こちら|職員|という|といった|その|この|そういう|こういう)の?)認識|お考え|ご?見解|ご?懸念|ご?質問の前提|お話|記事|報道)(?:に|には|は|が|も|について(?:は)?|の(?:内容|中身)(?:は|が|に|には)?)?、?(?:全く|まったく|何ら|なんら|一切|どこにも|少しも|明らかに|残念ながら|そもそも)?(?:(?:正直(?:なところ|に申し上げて|申し上げて|に言って|言って)?|率直に(?:申し上げて|言って)?|現時点で(?:は)?|現在のところ|今のところ|市としては|当方としては|私どもとしては)[、,]?)?(?:全く|まったく|何ら|なんら|一切)?(?:(?:科学的|医学的|客観的|疫学的|技術的|法的)(?:な)?|明確な|確かな|十分な|具体的な|はっきりとした)?(?:根拠(?:が|は|も)?(?:ありません|ございません|ない(?:と|。|です|ので|、|$)|なく|無い|無く|見当たりません|見当たらない)|裏付け(?:が|は|も)?(?:ありません|ございません|ない)|正しく(?:ありません|ない|ございません)|正確(?:では|じゃ)(?:ありません|ない|ございません)|事実(?:では|じゃ)(?:ありません|ない|ございません)|(?:誤って|間違って)(?:おります|います|いる|おられます|おられる|いらっしゃいます|いらっしゃる)(?![^。！？!?\\n]{0,4}(?:かも|場合))|(?:誤り|間違い)(?:です|でございます|であり|があります|がございます)|的を(?:射|得)て(?:いません|おりません|いない)|当たって(?:いません|おりません|いない)|筋が通(?:りません|らない|っていません|っておりません)|成り立ち?(?:ません|ない)|事実に基づいて(?:いません|おりません|いない)|(?:妥当|適切)(?:では|じゃ)(?:ありません|ない|ございません)|誤解(?:です|があります|がございます|があるようです|でございまして|でありまして|でして))',
    ),
    need: ['主張', '指摘', '批判', '意見', 'おつしや', '仰', '言い分', '投稿', '書き込み', 'こめんと', '発言', '認識', 'お考え', '見解', '懸念', '前提', 'お話', '記事', '報道'],
    what: '相手の誤りを指摘する反論',
    instead: INSTEAD.critic,
    notWithApology: true,
  },
  // Blind R413N-013 kind (unoff82): the figure, date or fact a commenter gave called wrong in the writer's voice (コメントにある数字は
  // 間違っています, ご投稿の金額は誤りです, 書き込みに書かれている日付は正しくありません), even beside the right figure (正しくは…): the
  // commenter corrected in public, not the fact set out. The critic's words named (コメント, 書き込み, ご投稿, ご指摘, リプ) and a verdict in the
  // present; the city's own post corrected (先日の投稿にある日付に誤りがありました), an apology, a past mistake owned (間違っていました) or a
  // check still going on (間違っていないか確認しています) stay clean.
  {
    despiteCorrection: true,
    re: phrase(
      '(?:コメント|書き込み|書込み|ご投稿|ご指摘|リプライ|リプ|ご返信)(?:欄)?(?:に|で|の中で|内で|の中に)?(?:ある|あった|書かれている|書かれた|書かれていた|書いてある|挙げられている|挙げられた|示されている|示された|記載の|記載された|お示しの|出ている|の)[^。！？!?\\n]{0,4}?(?:数字|数値|金額|額|費用|件数|人数|日付|日時|日程|日|時間|データ|情報|内容|説明)(?:は|が|も)[、,]?(?:全く|まったく|明らかに|完全に|そもそも)?(?:(?:間違って|誤って)(?:います|おります|いる(?=[。！!、よ]|$))(?![^。！？!?\\n]{0,4}(?:かも|場合))|(?:誤り|間違い|デタラメ|でたらめ)(?:です|でございます|であり|だ(?=[。！!、]|$))|正しく(?:ありません|ない(?=[。！!、]|$)|ございません)|事実と(?:異な|違)(?:ります|います))',
    ),
    need: ['こめんと', '書き込み', '書込み', '投稿', '指摘', 'りぷ', '返信'],
    what: '相手の誤りを指摘する反論',
    instead: INSTEAD.critic,
    notWithApology: true,
  },
  // A press report itself called wrong or slanted (本日の新聞記事は、…を正しく伝えていません, …を誇張して書いています).
  // Blind R205I-069: the report's content named as the subject too (報道の内容は事実と異なる, 記事の記述は…を正しく伝えていません).
  {
    re: phrase('(?:記事|報道|番組|放送|ニュース)(?:の(?:内容|記述|記載|中身|表現|書き方|見出し))?(?:は|が|では)[、,]?[^。！？!?\\n]{0,40}?(?:正しく(?:伝えて|報じて)(?:い)?(?:ません|ない)|誇張して(?:書|報じ|伝え)|事実と(?:大きく)?(?:異な|違)|(?:実態|実際の[一-龥々ァ-ヶー][一-龥々ァ-ヶーぁ-ゖ]{0,6}?)と(?:は)?(?:大きく|全く|まったく|かなり|著しく)?(?:異な|違|かけ離れ|乖離)|歪曲|偏った|一方的な(?:報道|記事|内容)|誤った(?:内容|情報)を(?:報じ|伝え|書))'),
    need: ['記事', '報道', '番組', '放送', 'にゆーす'],
    what: '報道や批判への反論',
    instead: INSTEAD.press,
    notWithApology: true,
  },
  // A report or criticism set against the city's own view (報道「…」について、当市の認識とは異なります).
  {
    re: phrase('(?:報道|記事|ご?指摘|ご?意見|ご?批判|投稿|書き込み|放送|番組|報じ)[^。！？!?\\n]{0,30}?(?:について|に関して|につきまして|に対して)[、,]?(?:当市|本市|市|当課|私ども|わたくしども)の(?:認識|見解|考え|理解)(?:と|とは)(?:異なり|違い|相違し|食い違)'),
    need: ['報道', '記事', '指摘', '意見', '批判', '投稿', '書き込み', '放送', '番組', '報じ'],
    what: '報道や批判への反論',
    instead: INSTEAD.press,
    notWithApology: true,
  },
  // The critic's words quoted and called a mistake (「…」というのは勘違いだと思います); round 45: in the continuative copula
  // before a counter-claim too (「支援が少ない」というのは誤解で、本市の支援は…, というご意見は誤りであり、…).
  {
    re: phrase('(?:という|っていう|との)(?:の|お話|ご意見|ご指摘|投稿|書き込み)(?:は|も)[、,]?(?:勘違い|誤解|思い違い|事実誤認|間違い|誤り)(?:だと思います|かと思います|だと思われます|かと存じます|だと存じます|です|でしょう|で(?:あって|あり)?(?=[、,])|でございまして|でありまして|でして)'),
    need: ['という', 'っていう', 'との'],
    ...TO_CRITIC,
    notAsCommonMyth: true,
  },
  // Blind R198I-021: the critic's quoted claim called not correct, correctness itself negated (「…は破綻寸前」というのは正しくありません,
  // というご指摘は正確ではございません, って話は正しくないです): said to a critic. Not a worried asker or a question answered (ご質問,
  // ご心配, ご安心ください), not a column with no critic (a myth set right in a post).
  {
    re: phrase('(?:という|っていう|との|って)(?:の|ん|お話|話|ご意見|ご指摘|投稿|書き込み|コメント)(?:は|も|って)[、,]?(?:全く|まったく|決して|必ずしも)?(?:正しく|正確では|正確じゃ|正確で)(?:ありません|ございません|ないです|ないんです|ない(?=[。！!、,]|$))'),
    need: ['正しく', '正確'],
    ...TO_CRITIC,
    unless: new RegExp(REASSURED48.source + '|' + phrase('ご質問|質問|お問い合わせ|お尋ね|ご心配|心配の|ご不安', 'u').source, 'u'),
  },
  // Blind R281B-014 kind: what the critic says (their own figures, their view) dismissed with a polite "we cannot understand your
  // grounds" (…のほうが正確だとおっしゃる根拠が、私どもには理解いたしかねます, そう言われる理由が理解に苦しみます, とおっしゃるのは
  // 理解に苦しみます). The grounds must be the critic's (おっしゃる, 言われる, 主張される); not the city's own grounds told (根拠となる資料は
  // 市ホームページに掲載しています), not a plain "we could not understand your question" asking for detail.
  {
    re: phrase('(?:と|って)(?:おっしゃ(?:る|っている|られる)|仰(?:る|っている)|言われ(?:る|ている)|主張され(?:る|ている)|お考えになる|お書きになる|書かれ(?:る|ている))(?:根拠|理由|意味|意図|の|こと)(?:が|は|も)[、,]?[^。！？!?\n]{0,12}?(?:理解(?:いたし|致し|し)かね(?:ます|る)|理解に苦しみ(?:ます|る)|理解に苦しむ|(?:分|わ)かりかね(?:ます|る)|理解(?:でき|いたしかね)(?:ません|ない)(?=[。！!]|$))'),
    need: ['おっしゃ', '仰', '言われ', '主張され', 'お考え', 'お書き', '書かれ'],
    what: '批判した相手への反論',
    instead: INSTEAD.critic,
    needsCriticism: true,
    orReply: true,
    notWithApology: true,
  },
  // Asking the critic for proof: 何を根拠にそうおっしゃるのでしょうか, 証拠を示してください.
  {
    re: phrase('何を根拠に|(?:根拠|証拠|ソース|出典|データ)(?:を|は)(?:お)?(?:示して|示し(?:ください|下さい)|出して|お出し|ご提示|提示して)(?:ください|下さい|いただけ|もらえ|いただき)?|(?:根拠|証拠|ソース|出典)(?:は|が)(?:ある|おあり|あります)(?:ん|の)?(?:です)?(?:か|[？?])'),
    need: ['根拠', '証拠', 'そーす', '出典', 'でーた'],
    what: '批判した相手への反論',
    instead: INSTEAD.critic,
    needsCriticism: true,
    orReply: true,
    notWithApology: true,
  },
  // The city's own conduct declared right, and the criticism declared unfair: 市は何も間違っていません, 当市としては
  // 当然の判断です, このような批判は不当です, 報道には悪意を感じます.
  {
    re: phrase(
      '(?:市|当市|本市|当課|市長|私たち|私ども|我々)の?(?:判断|対応|措置|決定|方針|やり方)?(?:として|は|も)[、,]?(?:何も|決して|全く|まったく)?(?:正しい|正当|妥当)(?:です|でした|であった|だった|であり|と(?:考え|思|確信|認識))(?![かカ?？])|(?:市|当市|本市|私たち|私ども|我々|こちら|当課|当館|職員|市長|対応|判断|措置|処置|決定|運営)(?:は|も|として(?:は|も)?)(?:何も|なにも|一切|決して|全く|まったく|何ら)?(?:間違って(?:いません|おりません|いない|いなかった|おりませんでした|いませんでした)|(?:正しかった|間違っていなかった|当然だった)(?:です|と(?:考え|思|認識|確信))|(?:当然|妥当|正当|正しい)(?:の|な)?(?:判断|対応|措置|処置|決定|こと)(?:です|でした|であり|だった|であった|と考え))|(?:批判|ご批判|非難|ご指摘|指摘|主張|ご意見|報道|記事|投稿|書き込み)(?:は|が)(?:極めて|あまりに(?:も)?|大変|非常に)?(?:一方的|不当|不公平|偏って|偏った|無責任|感情的|悪意(?:的|のある))(?:です|だ|であり|なもの|な(?:もの|内容)|と(?:考え|言わざる|思|感じ)|に(?:思|感じ)|。|$)|(?:報道|記事|番組|投稿|書き込み|批判|ご指摘)(?:に|には|から)(?:は)?(?:強い|明らかな)?(?:悪意|作為|意図的なもの)(?:を|が)?(?:感じ|ある|あり|見え)',
    ),
    need: ['間違つて', '正しかつた', '当然', '妥当', '正当', '正しい', '一方的', '不当', '不公平', '偏', '無責任', '感情的', '悪意', '作為', '意図的'],
    what: '批判に対する弁明',
    instead: INSTEAD.justify,
    notWithApology: true,
  },
  // Telling the critic to read or check first: 調べてから書き込んでください, 読んでいただければわかることです.
  {
    re: phrase('(?:ちゃんと|よく|きちんと|しっかり)?(?:調べて|お調べになって|読んで|お読みになって)から(?:ご)?(?:発言|投稿|批判|コメント|書き込|ご意見|言って|おっしゃ)(?!(?:を|し|する|しよう|み)?(?:ましょう|ること|よう))|(?:読んで|お読み|ご覧|見て)(?:いただけ|頂け|もらえ|くだされ)(?:れば|たら)[^。！？!?\\n]{0,8}(?:分か|わか)(?:る|ります)(?:こと|はず)'),
    need: ['てから', 'でから', 'れば', 'たら'],
    what: '相手の誤りを指摘する反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    unless: WISH_REPORTED,
  },
  // The critic's view called a guess or a prejudice, or the way they write it rebuked: それはあなたの思い込みです,
  // 憶測で書き込むのはやめてください, 事実を確認せずに批判するのは, 〜かのような書き方はやめていただきたい.
  // Blind R138I-093: the critic told to stop criticising out of a misunderstanding (勘違いで批判するのはやめていただけますか, 誤解から
  // 書き込むのはやめてほしい, 早とちりで責めないでください, 思い違いで批判されるのは困ります): the stop request keeps advice on posting out (思い込みで書き込むのはやめましょう).
  {
    re: phrase(
      '(?:あなた|あんた|そちら|貴方|貴殿|ご自身|投稿者|相手)(?:の|様の|さんの)(?:思い込み|憶測|臆測|妄想|勝手な(?:解釈|思い込み|想像)|決めつけ|偏見|邪推|被害妄想)|(?:勝手な|根拠のない|一方的な)?(?:憶測|臆測|思い込み|推測|想像|決めつけ|勘違い|かんちがい|誤解|思い違い|早とちり|誤認|事実誤認|聞き間違い|読み間違い|見間違い)(?:で|から|に基づいて|をもとに|されたまま)(?:書き込|書(?=く|かれ|いて)|投稿|発言|批判|コメント|物を言|ものを言|非難|言わ|言う|叩|責め|決めつけ)[^。！？!?\\n]{0,8}?(?:のは(?:お)?(?:やめて|控えて|慎んで)(?:ください|下さい|いただ|ほしい|もらえ)|ないで(?:ください|下さい|いただ|ほしい)|れるのは(?:困|心外|悲し|残念))|(?:事実|内容|経緯|詳細)(?:を|も)?(?:確認|調べ|理解|把握)(?:せず|しないで|もせず|することなく)(?:に)?[^。！？!?\\n]{0,8}?(?:批判|発言|投稿|書き込|コメント|決めつけ|非難|拡散)|かのような(?:書き方|言い方|表現|投稿|書き込み|報道|記事|ご指摘|コメント)(?:は|を)?(?:お)?(?:やめ|控え|慎)|(?:ような|という|といった|とされる|にある|された)[^。、！？!?\\n]{1,10}?の事実(?:は|も)(?:一切|全く|まったく|いっさい|何ら|なんら|決して)?(?:ありません|ございません|ない(?:と|。|です|、)|なく|無い|無く)',
    ),
    need: ['思い込み', '憶測', '臆測', '妄想', '勝手な', '決めつけ', '偏見', '邪推', '推測', '想像', 'せず', 'しないで', 'ことなく', 'かのような', '事実', '勘違い', 'かんちがい', '誤解', '思い違い', '早とちり', '誤認', '間違い'],
    what: '相手の誤りを指摘する反論',
    instead: INSTEAD.critic,
    notWithApology: true,
  },
  // A concession followed by a counter-claim: おっしゃることも分かりますが、実際には….
  {
    re: phrase(
      '(?:(?:おっしゃる|仰る)(?:こと|内容|点|お気持ち)|ご指摘|ご批判|ご意見|ご懸念|お気持ち|お怒り|ご不満)(?:なの|なこと|のこと)?(?:は|も)(?:よく|十分)?(?:分かり|わかり|理解でき|理解いたし|ごもっとも|もっとも|お察しし|お察しいたし|承知しており|承知してい|承知いたしており)(?:ます|です)?(?:が|けれども|けど)(?=[^\\n]{0,80}(?:今さら|いまさら|何度も|何回も|再三|実際(?:に|は|には)|決して|事実(?:と異な|に反|無根|では)|誤り|誤解|適切|適正|正当|妥当|問題(?:は|も)?(?:な|あり)|はず|ではなく|当たら|(?:当た|あた)りません|踏まえれば|上回って|をかけて|しっかり|きちんと|十分(?:に)?(?:告知|説明|対応|準備)|(?:すでに|既に)(?![^。！？!?\\n]{0,24}(?:清掃|修理|修繕|補修|撤去|交換|設置|改修|回収|点検|手配|依頼|張り替|貼り替|草刈|剪定|取り替|取替|塗り直))|掲載済み|的外れ|(?:通り|どおり)(?:に)?(?:対応|実施|運営|設定|運用|管理|執行)|基準(?:どおり|通り|内|を満た|に適合|に沿)|のは当然|規定|規則|ルールに|に基づ|に則|に沿って|わずか|のであり|判断であり|責任は|しておりません|していません|ではありません|ではございません))',
    ),
    need: ['が', 'けど'],
    what: '批判への反論',
    instead: INSTEAD.critic,
  },
  // Not to be blamed, the press one-sided, the critic brushed off: 何ら非難されるものではありません, 報道は市の説明を
  // 無視したものであり, 納得できないのであれば仕方のないことです.
  {
    re: phrase(
      '(?:非難|批判|責め|とがめ|咎め)(?:される|られる)(?:もの|こと|いわれ|筋合い)(?:では|じゃ)(?:ありません|ない|ございません)|(?:報道|記事|番組|放送|書き込み|投稿|ご批判|批判|ご指摘)(?:は|が)[^。！？!?\\n]{0,24}?(?:無視した|踏まえない|踏まえていない|歪めた|ゆがめた|ねじ曲げた|切り取った)(?:もの|内容|報道|記事|表現)|(?:納得|理解|ご理解|ご納得)(?:でき|いただけ|され|頂け)(?:ない|ません)(?:のであれば|のなら|なら|ようであれば|ようでしたら)[^。！？!?\\n]{0,16}?(?:仕方(?:が|の)?ない|仕方ありません|仕方がありません|しかたない|結構です|構いません|致し方(?:ない|ありません))',
    ),
    need: ['される', 'られる', '無視した', '踏まえ', '歪めた', 'ゆがめた', 'ねじ曲げた', '切り取つた', 'であれば', 'のなら', 'なら', 'でしたら'],
    what: '批判に対する弁明',
    instead: INSTEAD.justify,
    notWithApology: true,
  },
  // Said back to the critic: そんなことはホームページに書いてあります, 何度も説明していますが.
  {
    re: phrase('(?:そんなこと|そんな事|それくらい|そのくらい|それぐらい)(?:は|なら|も)[^。！？!?\\n]{0,16}?(?:書いて|載って|掲載して|記載して|お知らせして)(?:あり|あ|い|おり)(?:ます|る)(?=よ|けど|が|[。！!]|$)|(?:何度も|再三|繰り返し|以前にも|前にも|さんざん)(?:説明|お伝え|ご説明|お答え|回答|申し上げ|ご案内)(?:して|いたして|し)(?:います|おります|きました|いる|ています|おりますが)(?=が|けど|とおり|通り|よう|[。！!]|$)'),
    need: ['書いて', '載つて', '掲載して', '記載して', 'お知らせして', '何度も', '再三', '繰り返し', '前にも', 'さんざん'],
    what: '批判した相手への反論',
    instead: INSTEAD.critic,
    replyOnly: true,
    notWithApology: true,
  },
  // Protests at the press and at critics.
  // Blind R295M-029 kind: a letter of protest said sent or handed to the publisher (発行元に対し、本日付で抗議文を送付いたしました, 抗議書を
  // 提出しました): a protest announced, as 抗議いたしました is.
  // Review (rvreb): the letter in other words and other ways of sending (抗議文書を郵送しました, 抗議の書面を送りました); not a course or
  // a how-to on writing one (抗議文の書き方講座).
  {
    re: phrase(
      '(?:厳重に|強く)?抗議(?:します|いたします|しました|いたしました|を申し入れ|してまいります|する所存|の意)|(?:厳重な|強い)?抗議(?:文書|文|書|状|の(?:書面|文書|手紙|書簡|文))(?:を|も)?[、,]?(?:(?:本日|本日付で|正式に|改めて|文書で)[、,]?)?(?:送付|提出|手交|手渡|郵送|送信|送(?:っ|り|る)|出(?:し|す)|発出|発送|差し出)|訂正(?:と謝罪)?を(?:求め|要求し|申し入れ)|謝罪(?:と訂正)?を(?:求め|要求し)|(?:極めて|誠に|大変)?遺憾(?:です|であり|に思|でございます|の意)|取材(?:手法|方法|姿勢)(?:に|にも|には)(?:問題|疑問)|(?:一部|一面|一部分)(?:だけ)?を切り取|切り取(?:った|られた|り)(?:ご批判|批判|報道|記事|動画|投稿|表現|報じ)|偏向(?:報道|した報道)|(?:事実を|内容を)?(?:歪曲|わい曲|ねじ曲げ)(?:した|された|して|であり|です)|印象操作|(?:断じて|到底)(?:容認|看過|許容)(?:でき|し)(?:ません|ない)|(?:報道|記事|番組|週刊誌|批判|投稿|書き込み)[^。！？!?\\n]{0,24}憤り(?:を)?(?:感じ|覚え|禁じ)|(?:記事|投稿|動画|書き込み|報道)の(?:削除|訂正|撤回)を(?:求め|要求|申し入れ)|' + LEGAL_NOTICE_NOT + '法的(?:措置|手段|対応)(?:も|を)?(?:含め(?:て)?)?[^。！？!?\\n]{0,8}(?:検討|講じ|取る|とる|辞さない)|と言わざるを得(?:ない|ません)|(?:誤報|悪意のある切り取り)(?:です|であり|だ)|悪意のある(?:報道|記事|編集|切り取り)',
    ),
    need: ['憤り', '削除', '撤回', '法的', '言わざる', '抗議', '訂正', '謝罪', '遺憾', '取材', '切り取', '偏向', '悪意', '歪曲', 'わい曲', 'ねじ曲げ', '印象操作', '容認', '看過', '許容', '誤報'],
    what: '報道や批判への抗議・反論',
    instead: INSTEAD.press,
    notWithApology: true,
  },
  // Blind R196I-070 kind: a report or a criticism called groundless as the writer's verdict, in a copula or a verb of judging (全く根拠のない
  // 報道であると認識しております, 何ら根拠のない批判です, いわれのない非難だと考えております, 事実に基づかない記事と言わざるを得ません):
  // the press or the critic answered back (a claim only as ご主張, the addressee's: a health fad's 根拠のない主張 is a myth). Not a caution with no verdict (根拠のない情報に惑わされないで, 根拠のない書き込みはやめましょう),
  // not a rumour set right (`rumourDenial`: 「…」という投稿が広がっていますが、根拠のない投稿です), not with an apology.
  {
    re: phrase('(?:根拠(?:の|も)(?:ない|無い)|根拠なき|根拠を欠く|何の根拠もない|事実無根の|事実に基づかない|事実に基づいていない|いわれのない|謂れのない|裏付けのない|裏付けを欠く)(?:ご主張|ご?指摘|ご?批判|報道|記事|報じ方|番組|放送|非難|中傷|書き込み|投稿|コメント|言いがかり)(?:で(?:す|ございます|あ(?:る|り|ります))|だ(?=[。！!、]|と)|と(?:考え|認識|判断|思|言わざる|受け止め|存じ|捉え)|に(?:すぎ|過ぎ)(?:ません|ない))'),
    need: ['根拠', '事実無根', '事実に基づ', 'いわれ', '謂れ', '裏付け'],
    what: '報道や批判への抗議・反論',
    instead: INSTEAD.press,
    notWithApology: true,
    rumourDenial: true,
    notInHoaxWarning: true,
  },
  // Self-justification.
  // Blind R111A-100: the criticism named with what it points at (ご指摘の点は当たらないと考えております, ご批判の内容はあたらない
  // ものと認識しております, お叱りの件は、当たらんと考えとります, ご意見のような問題は当たりません): the critic's claim declared invalid.
  // Blind R171I-121 kind: the topic set in formal keigo and the city's stance put before the verdict (…とのご意見につきましては、当方としては
  // 全く当たらないものと考えております, ご指摘に関しましては、市としては当たらないと認識しております).
  // Blind R318H-037 kind: …or the critic's evaluation so named (不誠実とのご評価は当たらない, …という評価は当たりません). Reviewer FP kind (reb58):
  // not a view (見方, 見解) quoted and set right in a myth column (「地方は子育てしにくい」という見方は当たりません, …という見方は誤解で).
  {
    re: phrase(
      '(?:ご指摘|ご批判|批判|指摘|ご意見|お叱り|ご不満|ご懸念|文句|苦情|クレーム|非難|ご評価|(?<=(?:との|という|といった))(?:評価|ご見解))(?:の(?:点|内容|件|趣旨|事項|部分|ような(?:点|こと|事実|問題)))?(?:は|には|については|につきましては|に関しては|に関しましては|に対しては|も)?[、,]?(?:(?:当方|市|当市|本市|私ども|わたくしども|当課|当館|こちら|事務局|実行委員会)(?:と|に)して(?:は|も)[、,]?)?(?:全く|まったく|必ずしも|いずれも|到底|とうてい)?(?:当たら|あたら|当たりません|あたりません|当てはまら|的外れ|筋違い|お門違い|誤解|事実誤認|根拠(?:が|の)ない)|(?:ご?主張|言い分|お考え|ご見解|おっしゃ(?:る|っている)(?:こと|内容|点)|仰(?:る|っている)(?:こと|内容|点))(?:は|も|については|に関しては)[、,]?(?:全く|まったく|必ずしも|到底|とうてい|いずれも)?(?:当たら(?:ない|ず|ん|へん)|あたら(?:ない|ず|ん|へん)|当たりません|あたりません|当を得(?:て(?:いません|おりません|いない|おらん)|ない|ません))|問題(?:は|も|の)?(?:なかった|無かった|ない|ありません|ございません|ありませんでした)(?:表現|内容|対応|もの|判断)?(?:だ|である|であった)?と(?:考え|認識|判断|思|確信)|(?:対応|判断|運営|処理|措置|対処|投稿|表現)(?:に|には)(?:何ら|全く|一切)?問題(?:は|も)?(?:ない|ありません|ございません|なかった|ございませんでした|ありませんでした)|(?:間違|誤)(?:って|り)(?:い|お)?(?:なかった|ない|ません|ありません|はなかった)と(?:考え|認識|判断|確信|思)|(?:正しかった|妥当だった|適切だった|正当だった)と(?:考え|認識|判断|確信)|(?:落ち度|非|過失|責任|不備|瑕疵)(?:は|も)(?:一切|全く|何ら|なんら)?(?:ありません|ございません|ない(?:と|。|です|(?:もの|こと)と(?:考え|認識|判断|思|存じ|確信))|ございませんでした|ありませんでした)|(?:対応|判断|運営|手続き|選定|処理|措置|運用|管理|説明|告知|周知|準備|対処)(?:は|も)(?:極めて|十分|すべて|全て|いずれも)?(?:適切|適正|妥当|正当|十分)(?:でした|であった|だった|であり|です|なもの|に行われ|と考え|に行って|に実施)|(?:十分(?:に)?|きちんと|しっかり)(?:告知|説明|周知|お知らせ|ご案内|準備|対応)(?:して|いたして)(?:おります|います|おり|きました|まいりました)|決して[^。！？!?\\n]{1,16}(?:ではない|ではありません|ではございません|ものではない|ものではありません|わけではない|わけではありません)と(?:考え|認識|判断|確信)|(?:その|そのような|差別的な|そういった)?(?:意図|つもり)(?:は|も)(?:全く|一切|決して)?(?:ありません|ございません|なく|ない)|(?:は|も)(?:そのような|その様な|そういう)(?:もの|こと)(?:では|じゃ)(?:なく|ない|ありません|ございません)',
    ),
    what: '批判に対する弁明',
    instead: INSTEAD.justify,
    notWithApology: true,
    notAsFinding: true,
  },
  // Blind R298K-034 kind: a criticism quoted with ご指摘/ご批判 as the topic, the city's record or reason set out, then the criticism declared
  // unfounded (ご指摘の「対応が遅い」という点につきましては、当方の記録では…回答しており、当たらないものと考えております; 該当しないものと認識).
  // The verdict must be the city's view (と考え/と認識/と判断 or …ません), so 日が当たらない in a fix (…ので照明を増設します) is no verdict.
  {
    re: phrase('(?:ご指摘|ご批判|お叱り|ご意見|批判|指摘)(?:の|にあった|にありました)?[「『][^」』\\n]{1,60}[」』](?:という|との|といった)?(?:点|件|内容|こと|ご指摘|ご批判|ご意見)?(?:は|には|については|につきましては|に関しては|に関しましては|に対しては)[、,]?[^。！？!?\\n]{0,80}?(?<![日光陽風雨])(?:(?:当たら|あたら|該当し)(?:ない|ず)(?:もの|こと)?と[^。！？!?\\n]{0,6}?(?:考え|認識|判断|存じ|思)|(?:当たり|あたり|該当し|該当いたし)ません(?![かが]|でし))'),
    need: ['当たら', 'あたら', '該当し', '当たりません', 'あたりません'],
    what: '批判に対する弁明',
    instead: INSTEAD.justify,
    notWithApology: true,
    notAsFinding: true,
  },
  // Blind R298K-051 kind: posts or opinions set right, then their writers lectured to speak from accurate information (一部で「…」との書き込みが
  // 見られますが、…です。正確な情報をもとにご発言いただけますと幸いです): the fact is fine, the lecture to the critics is the rebuttal. Not a pointer
  // (正確な情報は市ホームページでご確認ください), and a hazard set right in a disaster stays exempt (`rumourDenial`: correctsHazardInfo).
  {
    re: phrase('(?:書き込み|投稿|ポスト|コメント|ご意見|ご指摘|ご批判|うわさ|噂|お声)[^\\n]{0,160}?(?:正確な|正しい)(?:情報|事実)(?:を|に)(?:もとに|基に|元に|基づいて|基づき|踏まえて|確認(?:のうえ|の上|してから|されてから))[、,]?(?:ご)?(?:発言|投稿|発信|書き込み|判断|コメント|拡散)(?:を)?(?:して|され|なさって)?(?:いただ|頂|くださ|下さ)[^。！？!?\\n]{0,12}?(?:幸い|お願い|願い)'),
    need: ['正確な', '正しい'],
    what: '批判者に正しい情報での発言を求める反論',
    instead: INSTEAD.critic,
    rumourDenial: true,
    // A hazard or shelter rumour set right (「市内全域で断水」との投稿…正確な情報をもとにご判断ください): guidance in a disaster, not a lecture.
    unless: phrase('決壊|氾濫|断水|停電|避難|閉鎖|爆発|火災|火事|感染|倒壊|浸水|冠水|崩落|通行止め|通行規制|津波|地震|噴火|汚染|不審者|給水|炊き出し|防災|災害|台風|大雨|洪水|土砂', 'u'),
  },
  // A plain statement that things are fine, as an answer to criticism (…ので問題ありません). Blind R120A-107: after a reason in the
  // continuative copula too (国のルールの範囲内であり、何ら問題はございません).
  // Blind R174I-047: the procedure declared proper in the official register, 適正 as well as 適切, with its object (…とのご投稿が
  // ございましたが、関係法令に基づき適正に手続きを行っており、…; 適切に審査を行っております).
  {
    re: phrase('(?:ので|ため|から|おり|ており|であり|であって|ですので|なので)、?(?:何ら|なんら|特に|全く)?問題(?:は|も)?(?:ありません|ございません|ない(?:と|です|。))|(?:適切|適正)に(?:(?:手続き|手続|審査|事務|業務|処理|対応|運営|管理)を)?(?:(?:対応|実施|運用|管理|処理|運営|執行)(?:して|いたして)|(?:行|執り行)って)(?:おります|います|おり)'),
    need: ['問題', '適切', '適正'],
    what: '批判に対する弁明',
    instead: INSTEAD.justify,
    notWithApology: true,
    needsCriticism: true,
  },
  // Said back to the critic: 誤った情報を拡散しないでください, 誹謗中傷にあたりますので削除してください.
  {
    // Blind R56A-062: also the polite request to refrain (誤った情報の拡散はお控えください, 間違った話を広めるのはご遠慮ください, 誤った
    // 情報ば広めんでください): in a reply, the critic is told off, whatever the form.
    re: phrase('(?:誤った|間違った|不正確な|虚偽の|根拠のない|事実と異なる)(?:情報|内容|投稿|こと|話)(?:を|の)(?:拡散|流|書き込|広め|投稿)(?:さ|し|ま|ま)?(?:ないで|るのは(?:お)?やめ|ることは(?:お)?控え|ないでいただき)|(?:誤った|間違った|不正確な|虚偽の|根拠のない|事実と異なる|事実に反する|誤解を招く)(?:情報|内容|投稿|こと|話|うわさ|噂)(?:の|を)(?:拡散|発信|流布|書き込み|投稿|シェア|リツイート|リポスト|広め(?:る(?:の|こと))?|流す(?:の|こと))(?:は|を|について(?:は)?)?[、,]?(?:どうか|くれぐれも|厳に|今後は?)?[、,]?(?:お控え|おやめ|控えて|やめて|ご遠慮|慎んで|自粛して)|(?:誤った|間違った|不正確な|根拠のない|事実と異なる)(?:情報|内容|話|うわさ|噂)(?:を|ば)(?:広め|流さ|流し|拡散せ|拡散し|書か|書き込ま)(?:ん|ない)で(?:ください|くれ|ほしい|ほしか|もらえ|いただ)|(?:誹謗中傷|名誉毀損|業務妨害|侮辱)(?:に)?(?:あたり|当たり|該当し)(?:ます|ますので|かねません)|(?:投稿|書き込み|コメント)(?:を|は)(?:削除|撤回)して(?:ください|下さい|いただけ|いただき)|(?:不安|恐怖|混乱|不信)(?:を|ば)(?:あお|煽|招|まね|広げ|ひろげ|与え|あたえ)(?:る|く|るような|くような|るごたる|るげな)(?:ご)?(?:投稿|書き込み|発言|コメント|情報発信|発信|ぽすと)(?:は|を|ば|の(?:拡散|投稿)(?:は)?)?[、,]?(?:どうか|くれぐれも|厳に|今後は?)?[、,]?(?:(?:お控え|ご遠慮)(?:ください|下さい|いただ|頂|願)|(?:おやめ|慎んで|自粛して)(?:ください|下さい|いただ|頂)|(?:控えて|やめて|しないで)(?:ください|下さい|いただ|頂|もらえ|ほしい|ほしか|くれ)|(?:せんで|やめん)(?:ください|くれ|ほしか|ね))'),
    // (Blind R69A-077: 事実に反する and 誤解を招く, in the pattern since it was written, are in the need list too.)
    // Blind R91A-076: the poster asked to stop posts that stir up fear (いたずらに不安をあおる投稿はお控えいただけますと幸いです,
    // 混乱を招くような書き込みはおやめください, 不安ば煽るごたる投稿はせんでください).
    need: ['誤つた', '間違つた', '不正確', '虚偽', '根拠', '事実と異なる', '事実に反する', '誤解を招く', '誹謗', '名誉毀損', '業務妨害', '侮辱', '削除', '撤回', '不安', '恐怖', '混乱', '不信'],
    what: '批判した相手への反論',
    instead: INSTEAD.critic,
    replyOnly: true,
  },
  // Blind R409J-048 kind: the critic's own post called baseless and its writer asked to refrain (事実に基づかないご投稿は、…ご遠慮ください; 根拠の
  // ないコメントはお控えいただけますようお願いします; 憶測による書き込みはおやめください; 事実と異なるご発言は慎んでいただきたい), in a reply or a
  // quote post or after a criticism received, typically once the city has checked and denied what was charged (確認いたしましたが、…者はおりません
  // でした): the critic told off, whatever the softness. Clean: a caution to all with no verdict on anyone's post (根拠のない書き込みはやめましょう,
  // 不確かな情報に惑わされないで), a hoax warning, an apology.
  {
    re: phrase('(?:事実に基づかない|事実に基づいていない|事実と(?:異なる|違う)|事実に反する|根拠(?:の|も)(?:ない|無い)|根拠なき|憶測(?:による|に基づく|での|で(?:の)?)|臆測(?:による|での)|思い込みによる|不確かな|不正確な)(?:ご)?(?:投稿|書き込み|コメント|発言|ポスト|ツイート|リプライ|返信|引用|レビュー|口コミ|クチコミ)(?:は|を|について(?:は)?|につきましては)[、,]?[^。！？!?\\n]{0,30}?(?:(?:ご遠慮|お控え)(?:ください|下さい|いただ|頂|願)|(?:おやめ|慎んで)(?:ください|下さい|いただ|頂)|(?:控えて|やめて|慎んで)(?:ください|下さい|いただ|頂|もらえ|ほしい)|(?:慎んで|控えて|やめて)いただきたい)'),
    need: ['事実', '根拠', '憶測', '臆測', '思い込み', '不確か', '不正確'],
    what: '批判した相手への反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    needsCriticism: true,
    orReply: true,
    rumourDenial: true,
    notInHoaxWarning: true,
  },
  // Blind R198I-052: the same request to refrain in a post, when the claim going round charges the city or its people with misconduct
  // (`CHARGED_CLIP`: 議員が居眠りをしているという動画が拡散されていますが、…誤った情報の拡散はお控えください): the critics told off, not a
  // hoax about an event or a hazard set right (「堤防が決壊した」という投稿…誤った情報の拡散はお控えください), not with an apology.
  {
    re: phrase('(?:誤った|間違った|不正確な|虚偽の|根拠のない|事実と異なる|事実に反する|誤解を招く)(?:情報|内容|投稿|動画|映像|話|うわさ|噂)(?:の|を)(?:拡散|発信|流布|書き込み|投稿|シェア|リツイート|リポスト)(?:は|を|について(?:は)?)?[、,]?(?:どうか|くれぐれも|厳に|今後は?)?[、,]?(?:お控え|おやめ|控えて|やめて|ご遠慮|慎んで|自粛して)'),
    need: ['誤つた', '間違つた', '不正確', '虚偽', '根拠', '事実と異なる', '事実に反する', '誤解を招く'],
    what: '批判した相手への反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    alsoNeeds: CHARGED_CLIP,
  },
  // Blind R107A-131: the city's account counter-claims (記事は正確です, 誤りはございません) and asks the critic who posted to correct,
  // delete or retract (誤解を招く投稿をされた方には訂正をお願いしたい, 書き込んだ方は削除してください, 投稿者には撤回を求めます,
  // 投稿ばした人は訂正してくれんね): the critic told to take back what they said, a rebuttal in any politeness. Only with a claim of
  // the city's accuracy or of the post's error in the paragraph (`alsoNeeds`): a contest's entrants asked to fix a title, or residents
  // asked to delete personal information they posted, are no rebuttal. An apology makes it a correction of the city's own mistake.
  {
    re: phrase('(?:(?:投稿|書き込み|コメント|発信|拡散|シェア|リポスト|リツイート)(?:を|ば)?(?:された|した|なさった|しよる|しとる|しとらす|されている|している|されとる)|書き込(?:まれた|んだ|みされた)|投稿者|投稿主|発信者|書き込み主)(?:の)?(?:方|人|方々|人たち|皆さん|皆様|皆さま|みなさん|さん|様|さま)?(?:に(?:は|も|対して(?:は)?|対し)?|は|へ(?:は)?)[、,]?[^。！？!?\\n]{0,16}?(?:訂正|削除|撤回|取り消し|取消し|取消)(?:を|ば)?(?:お願い|求め|要求|要請|申し入れ|して(?:ください|下さい|ほしい|欲しい|ほしか|もらい|もらえ|いただ|頂)|してくれん|せんね|ください)'),
    need: ['訂正', '削除', '撤回', '取り消し', '取消'],
    what: '批判した相手への反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    despiteCorrection: true,
    alsoNeeds: phrase('正確(?:です|であり|でござい|でした|な(?:もの|内容|情報|記事)です)|(?:誤り|間違い|まちがい|誤記|事実誤認)(?:は|も)(?:一切|何ら|なんら|全く)?(?:ありません|ございません|ない|なか)|事実(?:です|であり|でござい)|事実と(?:違|異な|反)|事実に反|誤解を(?:招|与え|まね)|誤った|間違った|不正確|デマ|誤情報|虚偽', 'u'),
  },
  // Blind R107A-056: a criticism answered by closing the discussion (これ以上の議論は控えさせていただきます, これ以上のやり取りは差し控えます,
  // これ以上お答えすることはいたしません, この件でこれ以上の返信はしません): the critic shut out after the city's verdict, a rebuttal. Only
  // with a criticism received, or in a reply; not when the paragraph apologises, and not when the reason is a person's privacy, a case
  // under investigation or in court (個人情報に関わるため, 調査中のため, 係争中のため): a reason the city may not speak, told plainly.
  // (Not `notWithApology`: a human-rights poster named as the thing criticised is no awareness text.)
  {
    re: phrase('これ以上(?:の)?(?:議論|やり取り|やりとり|論争|言い合い|応酬|反論|お答え|ご回答|回答|返答|返信|ご説明|説明|コメント|お返事|返事)(?:は|も|を)?[、,]?(?:一切|いっさい)?(?:(?:差し|さし)?控えさせて(?:いただき|頂き|いただ)(?:ます|たく|たい)?|(?:差し|さし)?控え(?:ます|たい|たく|ると)|(?:いた|致)しません|しません|行いません|おこないません|(?:いた|致)しかねます|せんけん|しません(?:ので|けん))|これ以上(?:は)?(?:お答え|回答|返答|返信|議論|コメント)(?:する|いたす|を|は)?(?:こと|つもり)?(?:は|も)?(?:いたしません|しません|ありません|ございません|控え)'),
    need: ['これ以上'],
    what: '批判をはねつける表現',
    instead: INSTEAD.justify,
    needsCriticism: true,
    strongCriticism: true,
    orReply: true,
    unless: new RegExp(APOLOGY.source + '|' + phrase('個人情報|プライバシー|調査中|捜査|係争|訴訟|裁判|審査中|選考|守秘|人事|法令', 'u').source, 'u'),
  },
  // Blind R375Y-003 kind: the critic told that saying it again changes nothing (これ以上同じ主張をされても、こちらの答えは変わりません,
  // 何度おっしゃられても市の考えは変わりません, いくら書き込まれても回答は同じです): the argument closed on the critic, as above. The
  // repeating must be the critic's saying, claiming or protesting (not an application or a query: 何度お申し込みいただいても当選確率は
  // 変わりません), and what stays is the city's answer, view or stand.
  {
    re: phrase('(?:これ以上|何度|何回|なんど|いくら|どれだけ|繰り返し|くり返し)[^。！？!?\\n]{0,16}?(?:主張|抗議|要求|反論|批判|言われ|いわれ|言わ(?:れ)?て|おっしゃ(?:られ|って|い)|仰(?:られ|って)|書かれ|書き込まれ|書き込んで|投稿され|投稿して|コメントされ|求められ)[^。！？!?\\n]{0,6}?(?:ても|でも|たって|ましても)[、,]?[^。！？!?\\n]{0,10}?(?:答え|回答|お答え|ご回答|結論|考え|見解|判断|方針|立場|対応)(?:は|も)[、,]?(?:一切|何ら|なんら|決して|少しも)?(?:変わりません|変わることはありません|変わることはございません|変わらない|変わらん|変わりようが|同じです|同じでございます|変えません|変えるつもりは|変更(?:いた)?しません|変更はありません|変更はございません)'),
    need: ['これ以上', '何度', '何回', 'なんど', 'いくら', 'どれだけ', '繰り返し', 'くり返し'],
    what: '批判をはねつける表現',
    instead: INSTEAD.justify,
    needsCriticism: true,
    orReply: true,
    notWithApology: true,
  },
  // 内容に誤りはありません, to a critic (not a thank-you for a report that turned out fine).
  {
    re: phrase('内容に(?:誤り|問題|間違い|不備)は(?:一切|何ら)?(?:ありません|ございません|ない)(?!でした)'),
    need: ['内容に'],
    what: '批判に対する弁明',
    instead: INSTEAD.justify,
    notWithApology: true,
    needsCriticism: true,
    orReply: true,
  },
  // Blind R343P-053 kind: a resident's post taken up and its claim of an error denied (ご投稿の件ですが、国民健康保険税の計算に誤りはございません;
  // ご投稿いただいた内容について、手続きに不備はありません): the post answered by a denial, not by the facts. Not after a check that
  // found one (誤りがありました), nor with an apology.
  {
    re: phrase(
      'ご?投稿(?:の|いただいた|頂いた|された)(?:件|内容|ご意見)(?:ですが|でございますが|について(?:ですが)?|につきまして(?:は)?)[、,]?[^。！？\\n]{0,30}?(?:内容|計算|算定|算出|課税|税額|金額|請求額?|手続き?|手続|処理|記載|通知|通知書|対応|判断|運用)に(?:は)?(?:誤り|間違い|不備|問題)は(?:一切|何ら)?(?:ありません|ございません)(?!でした)',
    ),
    need: ['投稿'],
    what: '批判に対する弁明',
    instead: INSTEAD.justify,
    notWithApology: true,
  },
  // 決して〜ではない, in a reply or as an answer to criticism (not あなたは決して一人ではありません).
  {
    re: phrase('(?:法的|法律上|制度上|手続き上|手続上)(?:に|は)?(?:も)?(?:何ら|全く|一切)?問題(?:は|も)?(?:ない|ありません|ございません)|決して[^。！？!?\\n]{1,16}(?:ではない|ではありません|ではございません|ものではない|ものではありません|わけではない|わけではありません|わけではございません)'),
    need: ['決して', '問題'],
    what: '批判に対する弁明',
    instead: INSTEAD.justify,
    notWithApology: true,
    needsCriticism: true,
    orReply: true,
  },
  // A flat contradiction or brush-off to the critic: それは違います, すでに説明済みです.
  {
    re: phrase('(?:それは|それ|ご指摘は|ご意見は|その(?:情報|話|ご意見|認識|ご指摘)は)違います|(?:^|[、。！!\\s])(?:いいえ、)?違います[。！!]|(?:すでに|既に)(?:説明|回答|お答え|ご案内|お知らせ)(?:済み|しております|しています|した通り|したとおり)(?=[。！!]|です|ですが|ですので|が、|$)'),
    need: ['違います', '済み', 'しております', 'しています', '通り', 'とおり'],
    what: '批判した相手への反論',
    instead: INSTEAD.critic,
    replyOnly: true,
    notWithApology: true,
  },
  // Blind R366P-050 kind: the same contradiction in a dialect or a plain ending, as a mascot or a casual account says it
  // (それは違うっちゃん！, そりゃ違うばい, それは違うよ〜): said to the critic. Only with an ending that closes the contradiction, not
  // a thing told apart (それは違う種類の魚です).
  {
    re: phrase('(?:それは|それ|そりゃ|そいは|そら)違う(?:っちゃん|っちゃ|とよ|よ|ぞ|やろ|でしょ|って)?(?=[！!。〜~…]|$)'),
    need: ['違う'],
    what: '批判した相手への反論',
    instead: INSTEAD.critic,
    replyOnly: true,
    notWithApology: true,
  },
  // The city's stance will not change, said against criticism.
  {
    re: phrase('(?:考え|方針|判断|見解|立場)(?:は|に)(?:一切|何ら|まったく|全く)?(?:変わり|変更は)(?:ません|ございません|ありません)|方針を変える(?:つもり|予定)は(?:ありません|ございません|ない)'),
    need: ['変わり', '変更', '変える'],
    what: '批判に対する弁明',
    instead: INSTEAD.justify,
    needsCriticism: true,
    orReply: true,
  },
  // Accusing the critic of spreading rumours: デマを流さないでください, デマを拡散している.
  // Blind R283Q-037 kind (decmisc16): the particle dropped and the stop asked casually (デマ流すのやめてもらっていいですか, デマ広めるの
  // やめて), デマ spaced or masked in the text (デ マ: compactLetters joins it); a reply only, so an awareness post (「デマ」に注意) stays clean.
  {
    re: phrase('デマ(?:を)?(?:流|拡散|広め)(?:さないで|すのは(?:お)?やめ|すの(?:を)?(?:お)?やめ|るの(?:は|を)?(?:お)?やめ|している|してる|すな|さないでいただき)'),
    need: ['でま'],
    what: '批判した相手への反論',
    instead: INSTEAD.critic,
    replyOnly: true,
  },
  // 「〜とのことですが」 followed by a counter-claim in the same paragraph; round 45: a malfunction a complaint reports denied
  // (「予約が取れない」との投稿を拝見しましたが、予約システムに不具合はございません, 故障は一切ありません).
  {
    re: phrase(
      '(?:との|という|といった)(?:ご意見|ご指摘|ご批判|コメント|ご投稿|投稿|こと|お声|声|書き込み|ご質問|お話|ご感想)(?:ですが|でしたが|ではございますが|がありますが|もありますが|がありましたが|が続いていますが|が続いておりますが|が寄せられていますが|が寄せられておりますが|が寄せられましたが|をいただいていますが|をいただいておりますが|をいただきましたが|を拝見しましたが)(?=[^\\n]{0,80}(?:(?:遅れ|不備|ミス|漏れ|手抜き|手落ち|不正|差別|えこひいき|放置|怠慢|不公平|不具合|故障|障害|欠陥|エラー|トラブル)(?:は|など|なんて)(?:一切|全く|何ら|決して|特に)?(?:ありません|ございません|ない[。！!]|なかった|ありませんでした|ございませんでした)|実際(?:に|は|には)|決して|事実(?:と異な|に反|無根|では)|誤り|誤解|適切|適正|正当|妥当|問題(?:は|も)?(?:な|あり)|はず|ではなく|当たら|(?:当た|あた)りません|踏まえれば|上回って|をかけて|しっかり|きちんと|十分(?:に)?(?:告知|説明|対応|準備)|(?:すでに|既に)(?![^。！？!?\\n]{0,24}(?:清掃|修理|修繕|補修|撤去|交換|設置|改修|回収|点検|手配|依頼|張り替|貼り替|草刈|剪定|取り替|取替|塗り直))|掲載済み|的外れ|(?:通り|どおり)(?:に)?(?:対応|実施|運営|設定|運用|管理|執行)|基準(?:どおり|通り|内|を満た|に適合|に沿)|のは当然|規定|規則|ルールに|に基づ|に則|に沿って|わずか|のであり|判断であり|責任は|しておりません|していません|ではありません|ではございません))',
    ),
    need: ['ですが', 'ますが', 'しましたが', 'したが'],
    what: '批判への反論',
    instead: INSTEAD.critic,
    notInHoaxWarning: true,
    // Reviewer FP kind (rreb59): not an explanation with help offered and nothing dismissed (`HELPED_NOT_DISMISSED`).
    unless: HELPED_NOT_DISMISSED,
  },
  // Blind R171I-087, R172A-133 kind: a complaint about the city spread as a post, then flatly denied with an emphatic adverb in the
  // writer's voice (「料金が高すぎる」という投稿が拡散されていますが、決して高くありません, 「通知が間違っていた」という投稿が広がって
  // いますが、課税に誤りは一切ありません): a critic answered, not a hoax set right. Only when what spread charges the city (`CHARGE`:
  // 高すぎる, 通知が間違っていた, ずさん); a plain rumour set right (「〇〇が閉鎖される」という投稿が広がっていますが、そのような事実は
  // 一切ありません) yields to `correctsRumour`, a warning against misinformation to `warnsOfHoax`.
  {
    re: phrase(
      '(?:という|との|といった|って|みたいな)(?:投稿|書き込み|コメント|ポスト|うわさ|噂|話|情報)(?:が|も)[^。！？!?\\n]{0,8}?(?:広が|拡散され|拡散し|出回|流れ|回)(?:って|て)(?:い|お)(?:ます|ります|る)(?:が|けど|けれど|けれども)(?=[、,]?[^\\n]{0,80}?(?:決して|けっして|一切|いっさい|全く|まったく|断じて|何ら|なんら|少しも)[^。！？!?\\n]{0,12}?(?:ありません|ございません|ない(?:[。！!]|です)|ません))',
    ),
    need: ['広が', '拡散', '出回', '流れ', '回って'],
    what: '批判への反論',
    instead: INSTEAD.critic,
    rumourDenial: true,
    notInHoaxWarning: true,
  },
  // Round 20: the charge named and denied as a fact (遅延の事実はございません, 不正の事実は一切ありません), answering a
  // post or a report (not 被害の事実を確認しました, 事実関係を調査中です).
  {
    re: phrase('(?:遅延|遅れ|不正|違反|隠蔽|隠ぺい|改ざん|ミス|差別|漏えい|漏洩|流出|手抜き|未払い|誤り|虚偽|放置|不備|着服|癒着|ハラスメント|パワハラ|体罰|ひいき|えこひいき|不当な扱い|値上げ|中止|廃止)(?:の|という|といった)事実(?:は|も|など)(?:一切|全く|まったく|何ら|なんら|決して)?(?:ございません|ありません|ない(?:[。！!]|$|です)|ございませんでした|ありませんでした|確認されておりません|確認されていません|確認できません|確認(?:でき|され)(?:ておりません|ていません|ませんでした)|認められ(?:ません|ませんでした))'),
    need: ['事実'],
    what: '批判への反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    needsCriticism: true,
    // Blind R318H-014 kind: …also in a reply or a quote post (こちらの投稿について。…遅いとありますが、…遅延の事実は確認できておりません).
    orReply: true,
  },
  // The critic told to learn first before speaking: どれだけ時間をかけたかを知ったうえで言ってほしいです.
  {
    re: phrase('(?:知った|知って|分かった|わかった|理解した|理解して|見た|読んだ|確認した|調べた|体験した)(?:うえ|上)で(?:言|い|書|おっしゃ|ご意見|意見|批判|コメント|発言)(?:って|いて|を|して|され|を言って|を書いて)?(?:ほしい|欲しい|いただきたい|ください|下さい|もらいたい|いただけ|頂きたい)'),
    need: ['うえで', '上で'],
    what: '批判への反論',
    instead: INSTEAD.critic,
    needsCriticism: true,
  },
  // Round 22: the city declares it cannot agree with a criticism (市としては全く同意できません, 到底承服できません); round 45: in the
  // humble 〜かねます too (…というご意見には同意いたしかねます, 賛同しかねます, 納得いたしかねる). Blind R83A-047: also as the city's
  // considered view or a thing's nature (承服しかねるものと考えております, 同意できないものです, 到底納得できるものではありません,
  // 納得できん; not a case told: 納得できない場合は, not a goal: 納得できるものとなるよう).
  // Blind R258V-034 kind: also the parts of a report or a criticism the city says it cannot accept (地元紙の記事について、市としては承服しかねる
  // 部分がございます, 納得できない点が多々あります): the same refusal, said of some of it. Not a concession that goes on (同意できない
  // 点もありますが、今後の参考にさせていただきます).
  {
    re: phrase(
      '(?:全く|まったく|到底|とても|とうてい|断じて)?(?:同意|納得|承服|賛同)(?:でき(?:ません|ない|ん)|(?:いたし|致し|し)かね(?:ます|る))(?:ね|よ|です|ばい|たい)?(?=[。！!]|$)|(?:全く|まったく|到底|とても|とうてい|断じて)?(?:同意|納得|承服|賛同)(?:できない|(?:いたし|致し|し)かねる)(?:もの|内容|話)?(?:と(?:考え|存じ|思|判断し|認識し)|(?:もの|内容|話)(?:です|であります|でございます|であり|だ(?=[。！!])))|(?:全く|まったく|到底|とても|とうてい|断じて)?(?:同意|納得|承服|賛同)(?:できる|し得る|しうる)(?:もの|内容|話)(?:では|じゃ)(?:ありません|ございません|ない(?=[。！!、,]|です|と))(?!でし|か)|(?:同意|納得|承服|賛同)(?:でき(?:ない|かねる)|(?:いたし|致し|し)かねる)(?:部分|点|箇所|ところ|内容|記述|表現)が[、,]?(?:多々|いくつか|少なからず|数多く)?(?:ございます|あります|残ります|見受けられます)(?=[。！!]|$)',
    ),
    need: ['同意', '納得', '承服', '賛同'],
    what: '批判への反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    needsCriticism: true,
    // (Not a view that lumps a group of people together refused: 特定の国籍の方をまとめて…と結びつけるお考えには同意いたしかねます
    // stands by the group, it does not argue for the city.)
    unless: LUMPED45,
    // Blind R337F-006 kind (reb63): in a reply the refusal answers the resident replied to (ノリの色落ちが水門操作のせいだとするお話には、
    // 私どもとしては同意しかねます), with no criticism named.
    orReply: true,
  },
  // The criticised words are said to be quoted out of context or misread: 発言は切り取られたもので,
  // 真意はまったく違います (not 切り取って使える塗り絵).
  {
    re: phrase(
      '(?:発言|言葉|一部|部分|映像|動画|投稿|文章|答弁|会見)(?:の一部)?(?:が|を|は|だけ(?:が|を)?)?切り取(?:られ|つ)(?:た|て)(?:もの|報道|記事|だけ|ことで|ため|結果|内容|形)?|切り取られた(?:もの|発言|報道|映像|動画)(?:で|です|であり|にすぎ|に過ぎ)|真意(?:は|とは|が)(?:全く|まつたく|大きく|まるで|別の|全然)?(?:違|異な|別)',
    ),
    need: ['切り取', '真意'],
    what: '批判への弁明・反論',
    instead: INSTEAD.critic,
  },
  // Dialect denials: そげなこつはなかです (筑後弁: そんなことはないです). Blind R68A-074: with an adverb of "not at all" in any
  // register or dialect between (そげなこつは全然なかです, そげんことはいっちょんなかばい, そがんこつは全くありません). Not a
  // conditional or a purpose (そげなこつもなかったら, そげなこつがなかごと), not another verb after the adverb (全然気にせんで).
  {
    re: phrase('(?:そげな|そがん|そげん|そんげな|そぎゃん)(?:こつ|こと|事|話)(?:は|も)?[、,\\s]?(?:全然|ぜんぜん|全く|まったく|いっちょん|いっちょも|ちっとも|決して|けっして|絶対|一切|いっさい)?[、,\\s]?(?:なか|ありません|ございません|なかです|なかと|なかばい|なかけん|ねえ)(?!ったら|ったなら|ごと)'),
    need: ['そげ', 'そがん', 'そんげ', 'そぎやん'],
    what: '批判や情報を否定する表現',
    instead: INSTEAD.deny,
    notWithApology: true,
  },
  // A critic's words answered "even if you say so" in 筑後弁 (そげん言わしても, そげなこつ言わっしゃっても, そがん書かっしゃっても) and then
  // turned back: it was done properly, it is their side's fault, they just don't know (ちゃんと…, そっちでしょうもん, 知らんだけ).
  // Not the concession alone (そげん言わしても嬉しかです); the plain passive (そげん言われても) is read by the rule on 言われても.
  {
    re: phrase('(?:そげな|そがん|そげん|そんげな|そんげん|そぎゃん)(?:こつ|こと|事|ふうに|風に)?(?:ば|を)?[、,\\s]?(?:言わ|いわ|書か|かか)(?:っしゃっ|っさっ|し|るっ)(?:て|た)?(?:も|ちゃ)[、,\\s]?[^\\n]{0,40}?(?:ちゃんと|きちんと|しっかり|そっち|そちら|あんた|知らん(?:だけ|かった)|だけ(?:ですけん|やけん|たい|ばい)|でしょうもん|やろうもん|やろもん)'),
    need: ['そげ', 'そがん', 'そんげ', 'そぎやん'],
    what: '批判への弁明・反論',
    instead: INSTEAD.critic,
  },
  // The meaning was only not conveyed: 発言の趣旨が正しく伝わっていないだけです.
  {
    re: phrase('(?:趣旨|真意|意図|本意)(?:が|は)(?:正しく|うまく|十分に|きちんと)?伝わって(?:い|お)?(?:ない|りません|ません|おらず)(?:だけ|のであって|ようです|ようですが|のが残念)'),
    need: ['伝わつて'],
    what: '批判への弁明・反論',
    instead: INSTEAD.critic,
  },
  // Staff conduct defended against a complaint: 録音を確認したところ、職員は丁寧に対応しておりました.
  {
    re: phrase('(?:職員|担当者|担当|当方|窓口|スタッフ|係員)(?:は|も)(?:終始|あくまで)?(?:丁寧|適切|誠実|適正|冷静|規定どおり|規定通り|ルールどおり|マニュアルどおり)(?:に|な)(?:対応|説明|案内|対処|処理|応対)'),
    need: ['職員', '担当', '当方', '窓口', 'すたつふ', '係員'],
    what: '苦情への反論',
    instead: INSTEAD.critic,
    needsCriticism: true,
    orReply: true,
  },
  // Blind R183I-005, R183I-054: the city's conduct on the day declared by the book after a complaint, in the past (職員は手順どおり丁寧に
  // ご説明しておりました, 係員は規定どおりご案内いたしました, 当日の窓口対応は定められた手順どおりであり, 対応はマニュアルに沿ったもの
  // でした): the complainant told the staff did nothing wrong. Only conduct (対応, 説明, 案内), not a process a resident goes through
  // (申請の審査は規定どおり行われます), and only what was done (おりました, でした, であり), not a promise (丁寧にご説明いたします).
  // Blind R192D-070: or with no subject, the city's handling on the day declared proper in the past progressive (当日は誘導員を増員し、
  // 適切に対応しておりました, 適正に処理していました) after a criticism received or a charge spread as posts (不手際があったとする投稿が広がって
  // いますが); not a fix reported done (適切に対応いたしました), not a fix still to come (誘導員を増員します), not with an apology.
  {
    re: phrase(
      '(?:職員|担当者|担当|当方|窓口|スタッフ|係員)(?:は|も)[、,]?(?:終始|あくまで|当日|その際|その場で)?[、,]?(?:(?:定められた|所定の|決められた)?(?:手順|規定|マニュアル|ルール|規則)(?:どおり|通り)(?:に)?[、,]?)?(?:(?:丁寧|適切|誠実|適正|冷静)に|(?:手順|規定|マニュアル|ルール|規則)(?:どおり|通り)(?:に)?)(?:ご|お)?(?:対応|説明|案内|対処|応対)(?:(?:して|いたして|させていただいて)(?:おりました|いました)|(?:しました|いたしました|させていただきました))' +
        '|(?:対応|応対|窓口対応|説明|ご説明|案内|ご案内|処理|措置|対処)(?:は|も)[、,]?(?:すべて|全て|いずれも)?(?:定められた|所定の|決められた)?(?:手順|規定|マニュアル|ルール|規則|要領|基準)(?:どおり|通り|に(?:沿った|則った|のっとった|従った|基づいた)(?:もの|対応))(?:であり|であった|でした|でございました|だった)' +
        '|(?:適切|適正|誠実)に(?:ご)?(?:対応|対処|誘導|運営|案内|処理)(?:を)?(?:して|いたして|させていただいて|行って|おこなって)(?:おりました|いました)(?=[。！!]|$|ので|から|と(?:考え|認識|存じ|思))',
    ),
    need: ['どおり', '通り', '沿つた', '則つた', 'のつとつた', '従つた', '基づいた', '丁寧に', '適切に', '誠実に', '適正に', '冷静に'],
    ...CONDUCT_DECLARED_PROPER,
    orCharge: true,
  },
  // Blind R192D-058: a complaint received answered with the city's standing request to the residents (駐車場が狭いとのご意見ですが、市と
  // しては以前から公共交通機関でのご来場をお願いしております, かねてより分別のご協力をお願いしてまいりました, 再三お願いしておりました): the
  // complainant told the fault is theirs for not following it. Only after a criticism received, not with a concession or a fix (今後は
  // 臨時駐車場を検討します), not with an apology; a plain request with no complaint (公共交通機関でのご来場をお願いします) stays clean.
  {
    re: phrase('(?:以前から|以前より|かねてから|かねてより|かねて|従来から|従来より|日頃から|日ごろから|常々|常日頃から|前々から|再三|繰り返し|何度も|たびたび|これまでも)[、,]?[^。！？!?\n]{0,30}?(?:お願い|ご依頼|お呼びかけ|呼びかけ)(?:を)?(?:して|いたして|させていただいて|申し上げて)(?:おります|おりました|います|いました|きました|まいりました)(?=[。！!]|$|し[、,]|ので|から|が[、,])'),
    need: ['お願い', '依頼', '呼びかけ'],
    what: '苦情への弁明',
    instead: INSTEAD.justify,
    notWithApology: true,
    needsCriticism: true,
    strongCriticism: true,
    notWithRemedy: true,
    unless: CONCEDED43,
  },
  // Blind R316M-047 kind: a criticism received with its content told (「防災無線が聞こえない」とのご指摘を受けました, 待ち時間が長いという苦情)
  // answered by the city's own check declared clean (音量を測定したところ、すべての地点で基準を満たしていることを確認しております, 点検の結果、
  // 異常は見られませんでした), or any criticism so answered and the critic then asked to understand (…基準は満たしていました。ご理解いただければ
  // 幸いです): the complaint refuted, not heard. Not a check told with no complaint's content and no plea (ご指摘を受けて点検したところ、基準は
  // 満たしていました), not with an apology, thanks, a fix, help offered, a step still to take or a worry reassured (念のため, 引き続き, ご安心
  // ください), not a rumour or a hoax set right.
  {
    re: new RegExp(CHECKED_CLEAN.source, 'gu'),
    need: ['検査', '点検', '測定', '調査', '確認', '計測', '分析', '検証', '試験', '聞き取り', '調べ'],
    what: '批判に調査結果を示して反論する表現',
    instead: INSTEAD.critic,
    notWithApology: true,
    notWithRemedy: true,
    rumourDenial: true,
    notInHoaxWarning: true,
    needsCriticism: true,
    strongCriticism: true,
    // Blind R322H-032 kind (reb59): or the complaint's fault heard with no brackets (騒音がひどいとのご指摘), or the level declared no problem.
    alsoNeeds: new RegExp(`${COMPLAINT_TOLD.source}|${UNDERSTANDING_ASKED.source}|${COMPLAINT_HEARD.source}|${phrase(NO_PROBLEM_LEVEL, 'u').source}`, 'u'),
    unless: new RegExp(`${LISTENING41.source}|${STILL_CHECKING.source}|${ACTS_ANYWAY.source}`, 'u'),
    greetingOk: true,
    // Reviewer FP kind: praise quoted (「川の水がきれいになった」とのコメント) and the survey agreeing is no rebuttal.
    realCriticism: true,
  },
  // Blind R192D-042: a complaint or an inquiry about a fault answered with the city's own check declared clean (浄水場の検査ではすべて
  // 基準内でした, 点検の結果、異常はございませんでした) and the cause then put on the complainant's side (ご家庭の給水管が古くなっている可能性も
  // ありますので、まずはそちらをご確認いただけますか, お宅の配管が原因と考えられます): the complaint refuted and turned back on them. In a reply or
  // after a criticism; not a help answer with the city's help offered (職員が伺います, ご相談ください, 無料で点検), not with an apology or a fix;
  // a help page with no check of the city's (水が濁る場合は給水管の点検をお勧めします) stays clean.
  {
    // Blind R337F-037 kind (reb63): …or with the cause said to arise from it (お宅の給水管に起因するものと考えられ, ご家庭の配管に起因して
    // いると思われます), after a check told with は (水質検査はすべて基準に適合しておりました) or the city's own side declared free of fault
    // (市の管理する水道管に問題はございません: `CITY_SIDE_CLEAN`).
    re: phrase('(?:ご家庭|ご自宅|お宅|お住まい|宅内|屋内|建物内|敷地内|お客様|お客さま|ご自身|そちら)(?:側)?(?:の|内の|で)[^。！？!?\n]{0,20}?(?:(?:可能性|原因|ため|せい|によるもの|問題)(?:も|が|と|か|で|です|でしょう|では)|(?:に)?起因(?:する|して|した)?(?:もの)?(?:と|か|で|です|でしょう|では|(?:い|お)(?:る|ます)))|まずは(?:そちら|ご家庭|ご自宅|お宅|宅内)(?:側)?(?:を|の|から)'),
    need: ['可能性', '原因', 'ため', 'せい', 'よるもの', '問題', 'まずは', '起因'],
    ...BLAMES_COMPLAINANT,
    alsoNeeds: new RegExp(phrase('(?:検査|点検|測定|調査|水質検査|確認|計測|分析)(?:では|は|の結果(?:では)?|結果|したところ|を行ったところ|いたしましたが|しましたが)[、,]?[^。！？!?\n]{0,16}?(?:すべて|全て|いずれも|特に)?[、,]?(?:基準内|基準値内|基準値以下|基準値未満|基準を満たし|基準(?:値)?に適合|正常|異常(?:は|も|など)?(?:なし|なく|ありません|ございません|見られ|認められ|確認され)|問題(?:は|も|など)?(?:なく|なし|ありません|ございません|見られ|認められ))', 'u').source + '|' + CITY_SIDE_CLEAN, 'u'),
    unless: phrase(`ご相談ください|お問い合わせください|お知らせください|ご連絡ください|お気軽に|伺います|お伺い|伺って|派遣|無料で|(?:確認|調査|点検)(?:いたします|します|に伺)|ご不便|ご心配をおかけ`, 'u'),
  },
  // The complaint explained away as the complainant's doing: とのご意見ですが、それは土日にお越しになったためかと思います.
  {
    re: phrase('(?:とのご意見|とのご指摘|とのお声|とのこと|とのご不満|とのお叱り)(?:です|ですが|ですけど|について|に関して|に対して)?[、,]?(?:それは|これは|そちらは)[^。！？!?\\n]{0,30}?(?:ため|から|せい|ので)(?:かと|だと|ではないかと)?(?:思います|考えます|存じます|思われます|考えられます|です)'),
    need: ['とのご意見', 'とのご指摘', 'とのお声', 'とのこと', 'とのご不満', 'とのお叱り'],
    what: '意見を退ける返答',
    instead: INSTEAD.critic,
  },
  // The city's account insisted on: 市の説明が正しいので、そちらを信じてください.
  {
    re: phrase('(?:市|当市|行政|役所)の(?:説明|発表|見解|情報|主張)(?:が|こそ|の方が|のほうが)(?:正しい|正確|事実)|(?:市の(?:説明|発表|情報)|そちら|こちら)を信じて(?:ください|下さい|いただ)'),
    need: ['正しい', '正確', '事実', '信じて'],
    what: '批判や情報を否定する表現',
    instead: INSTEAD.deny,
  },
  // A casual denial with a defence: そんなことないですよ〜！ちゃんと1か月前から告知してましたもん.
  {
    re: phrase('そんなこと(?:は)?(?:ない|ありません|ございません|ねえ)(?:です)?(?:よ|って|し)?[〜~ー！!。、\\s]*(?:ちゃんと|きちんと|しっかり)'),
    need: ['そんなこと'],
    what: '批判や情報を否定する表現',
    instead: INSTEAD.deny,
  },
  // The critics explained away: 批判されている方は、現場を一度も見ていないのだと思います.
  {
    re: phrase('(?:批判|ご批判|非難|文句|苦情)(?:を)?(?:されている|している|されて|して|言っている|言われている|なさっている)(?:方|人|人たち|方々)(?:は|って|の多くは)[^。！？!?\\n]{0,30}?(?:ない|なかった|ていない|ておられない)(?:のだ|んだ|の)?と(?:思います|思う|考えます|存じます)'),
    need: ['批判', '非難', '文句', '苦情'],
    what: '批判者への反論',
    instead: INSTEAD.critic,
  },
  // Objection with a defence, in any voice: そげん言われても、市はちゃんと前から告知しとったとですよ; それは違うモン！…ちゃんと説明したモン.
  {
    re: phrase('(?:(?:違う|ちがう)(?:もん|よ|って|ぞ|ばい|けん|っす|です|わ)?(?=[！!。、,\\s〜~]|$)|違います|そんなこと(?:は)?(?:ない|ありません)|言われても|言われましても|おっしゃられても|おっしゃいますが)[^。？?\\n]{0,30}?(?:ちゃんと|きちんと|しっかり)[^。？?\\n]{0,12}?(?:説明|告知|お知らせ|周知|対応|案内|調べ)'),
    need: ['違', 'ちがう', 'そんなこと', '言われ', 'おつしや'],
    what: '批判への弁明・反論',
    instead: INSTEAD.critic,
  },
  // Blind R97A-081: a complaint heard and objected to (…って言われても, と言われましても, そげん言われたっちゃ), then the city's own
  // care asserted with ちゃんと/きちんと/しっかり and a verb of doing the job (管理栄養士がちゃんと監修してる, きちんと点検しております,
  // しっかり確認しとります): the critic told the city did its part. Not a sympathy with the reader (と言われても、ちゃんと準備できるか
  // 不安ですよね), not help offered (ちゃんとお手伝いします: no such verb).
  {
    re: phrase('(?:って|と|とか|なんて|そう|そげん|そがん|そんな(?:に|ふうに)?)[、,]?言われ(?:ても|ましても|たって|たっちゃ|てん)[^。？?\\n]{0,30}?(?:ちゃんと|きちんと|しっかり|しっかりと)[^。？?\\n]{0,12}?(?:監修|確認|検査|点検|管理|審査|計算|準備|チェック|検討|検証|設計|測定|試験|試食|味見|手続き|記載|掲載|積算|調査|やって|やっと|作って|作っと|考えて|考えと|守って|守っと|載せ|書いて|書いと)(?![^。！？!?\\n]{0,10}(?:か不安|か心配|よね|ですね|でしょうね|難し|できる|でき(?:ない|ません|ん)))'),
    need: ['言われ'],
    what: '批判への弁明・反論',
    instead: INSTEAD.justify,
  },
  // Criticism called a hoax: デマを広めるのはやめてください. Not a call to everyone (デマを流すのはやめましょう, 控えよう: an
  // awareness post's "let's", found by fixer decmisc16).
  {
    re: phrase('デマ(?:を|は)(?:広め|流|拡散|言いふらさ)(?:るのは|さないで|すのは|ないで)(?:やめ|おやめ|お控え|控え|ください)(?!ましょう|よう)'),
    need: ['でま'],
    what: '批判や情報を否定する表現',
    instead: INSTEAD.deny,
  },
  // Critics told to stop posting what the city calls misleading: 誤解を招く投稿はお控えください, 不正確な情報の拡散はおやめください.
  {
    re: phrase('(?:誤解を(?:招く|与える|生む|まねく)|事実と(?:異なる|違う)|不正確な|根拠の(?:ない|無い)|いい加減な|憶測(?:に基づく|による|での))(?:ような)?(?:投稿|発言|書き込み|情報|コメント|ご意見|記事|報道)(?:の(?:拡散|発信|投稿))?(?:は|を|について(?:は)?)[^。！？!?\\n]{0,6}?(?:お控え|おやめ|控えて|やめて|慎んで|ご遠慮|自粛)'),
    need: ['誤解', '事実と', '不正確', '根拠の', 'いい加減', '憶測'],
    what: '批判や情報を封じる表現',
    instead: INSTEAD.deny,
  },
  // Critics told to see for themselves first: ご批判されている方は、一度現場を見てから言っていただきたい.
  {
    re: phrase('(?:批判|ご批判|非難|文句|苦情)(?:を)?(?:されている|している|言っている|なさっている)(?:方|人|人たち|方々)(?:は|には)[^。！？!?\\n]{0,24}?(?:見て|来て|調べて|読んで|確認して)から(?:言|おっしゃ|ご意見|批判|ものを言)'),
    need: ['批判', '非難', '文句', '苦情'],
    what: '批判者への反論',
    instead: INSTEAD.critic,
  },
  // The city's running said to be blameless, a demand called impossible:
  // 市の運営に問題があったわけではありません, すぐに替えろと言われても無理です.
  {
    re: phrase('(?:市|運営|対応|当方|こちら|私ども)(?:の)?(?:運営|対応|説明)?に問題があった(?:わけ|訳)では(?:ありません|ない|ございません)|(?:ご批判|ご指摘|ご意見|批判|指摘)(?:は|を)?[^。！？!?\n]{0,12}?(?:承知|拝見|伺|いただ)[^。！？!?\n]{0,8}?(?:が|けど|けれど)、?[^。！？!?\n]{0,30}?(?:に)?問題(?:が|は)(?:あった|ある)とは(?:考えて|思って|認識して)(?:おりません|いません|いない)|と言われても(?:無理|困り|できません|難しい|どうしようも)(?![^。！？!?\\n]{0,4}(?:よね|ですね|でしょうね))'),
    need: ['問題があつた', '言われても'],
    what: '批判への弁明・反論',
    instead: INSTEAD.critic,
  },
  // Feelings said to differ, in answer to a criticism (騒音のご指摘ですが、感じ方は人それぞれかと存じます); an etiquette
  // post that says so to ask for care (音の感じ方は人それぞれです。ご近所への配慮を) answers no one.
  {
    re: phrase('感じ方は人(?:それぞれ|によって(?:違|異な))'),
    need: ['感じ方'],
    what: '批判への弁明・反論',
    instead: INSTEAD.critic,
    needsCriticism: true,
  },
  // Fault and awareness denied, the critic blamed or said to misread: 当方の落ち度ではございません, 周知不足という認識は
  // ございません, 土日に来たのはそちらなので, それ読み間違いじゃないですか, ちゃんと3行目に書いてありますよ.
  {
    re: phrase('(?:当方|市|こちら|私ども|当課|担当課)の(?:落ち度|過失|責任|不手際)では(?:ございません|ありません|ない)|(?:という|との)認識は(?:ございません|ありません|ない|持って(?:おりません|いません))|(?:来た|来られた|選んだ|選ばれた|した|された)のは(?:そちら|あなた|お客様|ご自身)(?:なので|ですので|ですから|でしょう|でしょ|です)|(?:読み間違い|見間違い|見落とし|読み落とし)(?:じゃ|では)(?:ないですか|ありませんか|ない[？?])|ちゃんと[^。！？!?\\n]{0,16}?書いて(?:あります|ありますよ|あるよ|ある)'),
    need: ['落ち度', '過失', '責任', '不手際', '認識は', 'そちら', 'あなた', 'お客様', 'ご自身', '間違い', '見落とし', '読み落とし', '書いて'],
    what: '批判への弁明・反論',
    instead: INSTEAD.critic,
  },
  // Blind R357E-011 kind: the city declared not the one to bear the blame for the harm a complaint tells (日当たりが悪くなる点はお気の毒
  // ですが、市が責任を負うものではありません, 行政が責任を取る筋合いのものではない, 当方に責任はございません): the complaint turned away,
  // said to a critic or in a reply. Not a notice's disclaimer of loss (盗難・紛失について市は責任を負いません), not with an apology.
  {
    re: phrase('(?:市|当市|本市|行政|市役所|役所|当方|私ども|当課|担当課)(?:が|は|として(?:は)?|側(?:が|は))[、,]?(?:一切|何ら|特に|必ずしも)?(?:その)?(?:責任|賠償責任)(?:を|は)?(?:負う|取る|持つ|負うべき|取るべき|とる)(?:べき)?(?:もの|筋合い(?:のもの)?|わけ|立場|こと)(?:では|じゃ|で(?:は)?)(?:ありません|ございません|ない|なか)|(?:当方|私ども|当課|行政|本市|当市)(?:に|には)(?:一切|何ら|特に)?(?:責任|非)(?:は|が)(?:ありません|ございません|ない(?:です)?)(?:[。！!]|$)'),
    need: ['責任', '非'],
    ...TO_CRITIC,
    what: '批判への弁明・反論',
    instead: INSTEAD.critic,
    unless: phrase('盗難|紛失|破損|貴重品|けが|怪我|事故|損害|自己責任|自己の責任|お預かり|保管|駐車場内|免責', 'u'),
  },
  // --- Round 9 kinds (a branch office's 筑後弁 with keigo; an Instagram voice) ---
  // 「よく読めば書いてある」 said politely or in dialect, to a critic: 最後までお読みいただければ…きちんと書いて
  // ございます, よう見てもろたら載せとるけん, ちゃんと読めばわかります (an emphasis on reading, or the earlier post named).
  // Blind R265G-026 kind: …reading to the end, then the critic told they would see their view is a misunderstanding (元の投稿を最後まで
  // お読みいただければ、誤解であることがお分かりいただけるかと存じます): in a reply or after a criticism only, and only with the mistake
  // named (最後までお読みいただければ、申込方法がお分かりいただけます is a guide).
  // Reviewer FP kind (reb63): not the guide's connective (募集要項をよく読めば分かるとおり、市外の方もご応募いただけます: 分かるように,
  // 分かるとおり introduce the fact pointed to; with a denial after it the word list's よく読めば still answers).
  {
    re: phrase(
      `(?:最後まで|よく|よう|よー|ちゃんと|きちんと|しっかり|隅々まで|全文を|注意して|落ち着いて|もう一度|今一度|いま一度)[^。！？!?\\n]{0,12}?${READ_COND}[^。！？!?\\n]{0,30}?(?:書いて|書かれて|記載|載って|載せ|明記|掲載)|(?:前回|以前|先日|先週|前|過去|最初|冒頭|元|もと)の(?:投稿|お知らせ|記事|ご案内|案内|市報|告知|ポスト|文章|説明)(?:を|も|ば)?[^。！？!?\\n]{0,8}?${READ_COND}[^。！？!?\\n]{0,24}?(?:ちゃんと|きちんと|しっかり|はっきり|明確に)[^。！？!?\\n]{0,6}?(?:書いて|書かれて|記載|載って|載せ|明記|掲載)|(?:最後まで|隅々まで|全文を|全部)[^。！？!?\\n]{0,12}?${READ_COND}[、,\\s]?[^。！？!?\\n]{0,12}?(?:誤解|勘違い|誤り|間違い|思い違い|早とちり)[^。！？!?\\n]{0,12}?(?:分か|わか|お分かり|ご理解いただけ|ご納得いただけ)|(?:よく|よう|よー|ちゃんと|きちんと|しっかり|もう一度|今一度|いま一度)[^。！？!?\\n]{0,12}?${READ_COND}[^。！？!?\\n]{0,20}?(?:分か|わか|お分かり|ご理解いただけ|ご納得いただけ)(?:る(?!よう|とおり|通り)|ります|ると(?!おり)|るけん|るばい|るはず|っていただけ|りいただけ|いただけ)`,
    ),
    what: '相手の読み落としを指摘する反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    needsCriticism: true,
    orReply: true,
  },
  // Blind R65A-108: the same emphasis on looking, then the critic said to understand in the honorific or the receptive (よくご覧
  // いただければ、資料に目を通していただけだとお分かりになると思います, ちゃんと見てもろたら…ってわかってもらえると思う): only where a
  // criticism is answered (とのことですが, との投稿ですが), not a guide in a reply (パンフレットをよくご覧いただければ申込方法がお分かりになります).
  {
    re: phrase(
      `(?:最後まで|よく|よう|よー|ちゃんと|きちんと|しっかり|隅々まで|もう一度|今一度|いま一度)[^。！？!?\\n]{0,12}?${READ_COND}[^。！？!?\\n]{0,24}?(?:(?:お分かり|おわかり|分かり|わかり)に(?:なる|なり|なれ)|(?:分か|わか)っても(?:らえ|ら(?:う|え)))`,
    ),
    need: ['わかり', '分かり', 'わかつても', '分かつても'],
    what: '相手の読み落としを指摘する反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    needsCriticism: true,
  },
  // The same without the reading verb, to a critic: 変更はきちんと書いてございます, ちゃんと載せとったけん.
  {
    re: phrase('(?:ちゃんと|きちんと|しっかり|はっきり|明確に|ちゃーんと)[^。！？!?\\n]{0,16}?(?:書いて|記載して|明記して|載せて|掲載して)(?:ございます|おります|あるとです|あるけん|あるばい|あります(?:けど|が|よ)|あったけん|あったと|おったけん)(?![^。！？!?\\n]{0,6}安心)|(?:ちゃんと|きちんと|しっかり|はっきり)[^。！？!?\\n]{0,16}?載せ(?:と|ち)(?:った|る|ります|りました)(?:けん|ばい|と|よ|です)?(?![^。！？!?\\n]{0,6}安心)'),
    what: '相手の読み落としを指摘する反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    needsCriticism: true,
    orReply: true,
  },
  // Round 38: a complaint heard in any register (…が分かりにくかって言わるっばってん, …とおっしゃいますが, …って書かれても), then the
  // notice, map or explanation said given properly all along (ちゃんと地図ば載せとります, きちんとお知らせしておりました, しっかり掲示して
  // あります; not a helpful pointer without the emphasis: 地図を掲載しておりますのでご活用ください, not a fix: きちんと表示しました).
  // Blind R161A-120: the emphasis as a count of notices (窓口が閉まっていて困ったとのことですが、休業は12月に3回告知しております, 再三お知らせ
  // しておりました, 何度も周知しています), the complaint heard as とのことですが too.
  {
    re: phrase('(?:ちゃんと|きちんと|しっかり|ちゃーんと|ちゃあんと|以前から|前から|前々から|最初から|当初から|ずっと前から|再三|何度も|何度か|繰り返し|くり返し|幾度も|(?<![0-9０-９])[2-9２-９二三四五六七八九十](?:回|度)(?:も|にわたり|にわたって)?)[^。！？!?\\n]{0,16}?(?:書い|記載し|明記し|載せ|掲載し|掲示し|貼っ|張っ|表示し|案内し|ご案内し|お知らせし|告知し|周知し|説明し|ご説明し|お伝えし|伝え|設置し|配布し|配っ|お送りし|送付し|開い|開催し|実施し|行っ|おこなっ|設け|催し)(?:て|と|ち)(?:ございます|おります|おりました|あります|ありました|あるとです|ある|あった|ます|ました|る|た|ります|りました|った|とる|おる|いる|います|いました)(?:[んの]です(?:よ|が|けど)?|けん(?:ね)?|ばい|と(?:です|よ|ばい|たい)?|よ(?:ね)?|です(?:よ)?|もん|けど|が|ね)?(?=[。！!、,\\s〜~ー]|$)'),
    what: '苦情への言い返し',
    instead: INSTEAD.critic,
    notWithApology: true,
    alsoNeeds: NOTICE_COMPLAINT,
    unless: NOTICE_CONCEDED,
  },
  // Brushing a complaint off: 今さら蒸し返されても困ります, いまになって言われても変えられんとです, 今さら文句言われてもね,
  // 何でも市のせいにされましても, 市のせいではありません.
  {
    re: phrase(
      '(?:今さら|いまさら|今更|今頃|今ごろ|いまごろ|今になって|いまになって)[^。！？!?\\n]{0,20}?(?:(?:[れせしいきみちりえけつ]ても|んでも|たって)(?:ねえ|ね|なあ|なー|さ)?(?=[^ぁ-ん一-龠a-z0-9]|$)|(?:ても|でも|たって|ちゃ)[、,]?[^。！？!?\\n]{0,8}?(?:困(?:ります|る(?:ん|と|ばい|けん|よ|[。！!]|$)|っとります|っております|っています)|こまります|無理(?:です|だ|ですよ|ばい|やけん|たい|な話)|どうしようも|どうにも(?:なり|なら|できま)|対応(?:いた)?しかね|お答えしかね|応じかね|変更(?:は)?(?:でき|いたしかね)|変えられ|変えきら|覆せ|覆り|戻せ|手遅れ))|(?:何度|何回|いくら|どれだけ)[^。！？!?\\n]{0,10}?(?:言われ|書かれ|おっしゃられ|責められ|文句を言われ)ても[、,]?[^。！？!?\\n]{0,12}?(?:変わ|同じ|できま|無理|困|応じ|お答えは)|(?:蒸し返|むし返|むしかえ)(?:され|さ|す|し|そ)|(?:(?<![他各都隣近同])市|当市|本市|行政|役所|市役所|当方|こちら|私ども|私たち|職員|支所|担当課|当課|我々)の?せい(?:に(?:され|する|して|しない|せん|せず|しよ|しと|なさ)|では(?:ありません|ございません|ない(?![かよ]|でしょう|だろう)|なか)|じゃ(?:ない(?![かよ]|でしょう|だろう)|なか|ありません))',
    ),
    what: '批判をはねつける返答',
    instead: INSTEAD.justify,
  },
  // Blind R63A-143: the staff's own complaint at what critics do to the city, in the passive with ても (市に責任を押しつけられても、
  // 正直困ってしまいます, 何でも役所に丸投げされても困るとです, 職員に文句を言われても困ります, 行政の責任にされましても、どうしようも
  // ございません): the city (or its staff) the target of a burden put on it, then 困る / どうしようもない / お門違い. Not someone else the
  // target (ご近所の方に頼まれても困る), not a rule (市に申請されても対象外です), not an offer (市に相談されても困るようなことはありません).
  // Bounded: a few words between.
  {
    re: phrase(
      '(?:市|当市|本市|行政|役所|市役所|当方|こちら|こっち|私ども|私たち|わたしたち|職員|担当課|当課|我々|うち|支所)(?:(?:に|へ|ば)(?:ばかり|だけ|全部|ぜんぶ|何でも|なんでも|なんもかんも)?[、,]?[^。！？!?\n]{0,10}?(?:押し?付け|押しつけ|おしつけ|丸投げさ|まるなげさ|責任転嫁さ|転嫁さ|責め|求め|(?:文句|苦情|不満|無理)?(?:を|ば)?言わ|八つ当たりさ|当たら)(?:られ|れ)?|(?:の責任に|のせいに)(?:され|さ))(?:ても|たって|ましても|まして(?:は|も)|ちゃ)[、,]?[^。！？!?\n]{0,8}?(?:困(?:ります|る(?:ん|と|ばい|けん|よ|わ|[。！!…]|$)|ってしま|っています|っております|っちゃ|っとります|っとる(?!方|人)|っちょる(?!方|人))|こまります|どうしようも|どうにも(?:なり|なら|できま)|お手上げ|お門違い|筋違い)',
    ),
    need: ['ても', 'たって', 'まして', 'ちゃ'],
    what: '批判をはねつける返答',
    instead: INSTEAD.justify,
    notWithApology: true,
  },
  // Fault denied by 「〜とは考えておりません」: 対応に落ち度があったとは考えておりません, ミスがあったとは思うとらんです,
  // 市に責任があるとは言えません (not 不登校はご本人に責任があるとは考えていません).
  // Blind R183I-005: a shortfall of the city's own conduct denied so (職員の説明に不足があったとは考えておりません, 周知に不足があったとは
  // 認識しておりません); 不足 only of conduct (説明, 対応, 周知), not of a supply (水の供給に不足があるとは考えておりません).
  // Blind R277T-034 kind: the organiser's own side named with 側 and declared blameless, often after notice was given (事前にご案内して
  // おりましたので、運営側に問題があったとは考えておりません, 主催者側の問題があったとは思っておりません): 側 only after the city's or the
  // organiser's own side (運営側, 市側, 事務局側), not a check promised (運営に問題がなかったか検証します) nor a facility found safe.
  {
    re: phrase(
      '(?<!(?:あなた|本人|家族|被害者|子ども|子供|お子さん|ご自身|患者|皆さん|みなさん|親)(?:に|の|側に|側の)?)(?:落ち度|非|過失|責任|不備|瑕疵|ミス|手落ち|不手際|過ち|怠慢|誤り|間違い|(?:対応|判断|運営|手続き|説明|措置|処理|やり方|進め方)(?:に|には|の)?問題|(?:運営|主催|主催者|事務局|実行委員会|市|当市|本市|行政|当方|こちら|私ども|当課|当館|当施設)側(?:に|には|の)?問題|(?:対応|応対|説明|案内|周知|告知|配慮|指導|監督|ご説明|ご案内)(?:に|には)(?:何ら|特に|特段)?不足)(?:が|は|も)?(?:あった|ある|あります|ございます|ございました|あったもの)(?:とは|とも)(?:到底|とても|決して|まったく|全く|少しも)?(?:(?:考え|思|認識し|捉え|判断し|存じ)(?:て|っ|う)?(?:て|と)?(?:おりません|いません|おらず|いない|おらん|らん|ない|ません|なか)|(?:言え|いえ)(?:ない|ません|なか)|言い難|考えにく|思えません|思えない)(?!でし|かった)|(?<!(?:あなた|本人|家族|被害者|子ども|子供|お子さん|ご自身|患者|皆さん|みなさん|親)(?:に|の|側に|側の)?)(?:落ち度|非|過失|不備|瑕疵|ミス|手落ち|不手際|過ち|怠慢)(?:は|も)(?:一切|何ら|全く|特に)?(?:なかった|無かった|ございませんでした|ありませんでした)(?:もの|こと)?と(?:考え|認識|判断|思|存じ|確信)',
    ),
    what: '批判に対する弁明',
    instead: INSTEAD.justify,
    notWithApology: true,
  },
  // Blame shifted to the resident: ご自身のご判断によるものと存じます, そちらの確認不足やなかですか,
  // Blind R257P-023 kind: the fault named as the complainant's own attention (見落とされたのはご本人の注意の問題かと存じます, お客様の
  // 注意不足です, ご自身の不注意の問題では): the complaint turned back on them.
  // ご自身の不注意で起きたこと (not ご自身の判断で避難を, ご自身の責任で管理を).
  {
    re: phrase(
      '(?:そちら|そちら様|そっち|お客様|申請者様|投稿者|お宅)(?:が|の方が|のほうが)(?:悪い|悪か|いけない)(?!ん?(?:じゃ|では|や)|の(?:では|じゃ)|わけ|とは|と(?:は|い)う)|(?:ご自身|ご自分|ご本人|ご本人様|あなた|あなた様|貴方|そちら|そちら様|そっち|お客様|申請者様|投稿者|お宅)(?:の|が)(?:ご|お)?(?:(?:(?:不)?注意(?:の問題|不足|力不足|力の問題)|不注意|過失|ミス|確認不足|確認漏れ|落ち度|勘違い|思い違い|見落とし|読み落とし|読み間違い|見間違い|不手際|怠慢|手落ち|うっかり|不勉強)(?:で(?:起き|起こっ|起こし|生じ|発生し|招い|こうなっ|そうなっ|なっ)(?:た|て)|に(?:より|よって)(?:起き|生じ|発生し)(?:た|て)|によるもの(?!は|に(?:つ|関)|の場合|について)|のせい|が原因(?!の|で(?!す|ござ))|です|でございます|でしょう|かと(?:存じ|思)|と存じ|だと思|では(?:ないでしょうか|ないですか|ありませんか)|じゃ(?:ないですか|ない[？?]|なか)|や(?:なか|ろ|けん)|たい|ばい)|(?:判断|責任|都合|選択|意思)(?:によるもの(?:と(?:存じ|考え|思)|です|でございます|かと|でしょう|だと|であり|やけん|たい)|のせい|が原因(?!の|で(?!す|ござ))|で(?:起き|起こっ|起こし|生じ|招い)(?:た|て)|によって(?:起き|生じ)(?:た|て)))',
    ),
    what: '市民に責任を転嫁する反論',
    instead: INSTEAD.justify,
    notWithApology: true,
  },
  // Scolding those who spread a rumour while correcting it: 拡散した方々には強く反省を求めます,
  // デマば流しよった人は恥ずかしかと思わんとですか (not 拡散した方は削除にご協力を).
  {
    re: phrase(
      '(?:拡散|(?:デマ|噂|うわさ|嘘|うそ|作り話|情報|話|ガセ|誤情報)(?:を|ば|が)?流|広め|書き込|書きこ|投稿|発信|シェア|リツイート|リポスト|言いふら|吹聴|触れ回|ばらま)[^。！？!?\\n、]{0,4}?(?:た|だ|ている|ておる|てる|とる|よる|とった|よった|ちょる|らした|らす)(?:一部の)?(?:方|人|者|方々|人たち|皆さん|皆様|アカウント|連中|やつ|輩)(?:々|たち|ら)?(?:に|には|は|へ|も|の方|にも)?[、,]?[^。！？!?\\n]{0,16}?(?:反省|猛省|恥(?:ずかし|を知)|責任を(?:感じ|自覚|取|持)|謝罪を|謝罪して|よく考え|よう考え|よーく考え|許(?:せ|さ|し)(?:ません|ない|がた)|看過)',
    ),
    what: '誤情報を広めた人を責める表現',
    instead: SPREADERS,
  },
  {
    re: phrase(
      '(?:無責任|軽率|安易|面白半分|興味本位|いい加減|悪意を持って|悪意をもって)(?:に|な|にも)[^。！？!?\\n]{0,10}?(?:拡散|(?:デマ|噂|うわさ|嘘|うそ|作り話|情報|話|ガセ|誤情報)(?:を|ば|が)?流|広め|書き込|投稿|シェア|リツイート|リポスト|言いふら|吹聴)[^。！？!?\\n、]{0,4}?(?:た|だ|ている|ておる|てる|とる|よる|とった|よった|らした)(?:方|人|方々|人たち|皆さん|皆様|アカウント|連中)',
    ),
    what: '誤情報を広めた人を責める表現',
    instead: SPREADERS,
  },
  // Demanding evidence from the critic: そのお話はどこからお聞きになったのでしょうか, そげな話、誰から聞いたと？,
  // どこ情報？, ソースはどこですか.
  {
    re: phrase(
      '(?:数字|数値|金額|情報|話|お話|データ|噂|うわさ|ネタ|それ|そら|そいつ)(?:は|って|ば|も)?[、,]?\\s?(?:一体|いったい)?[、,]?(?:どこから|どっから|どこの誰|誰から|だれから|どなたから|誰が|だれが|何を見て|なにを見て|何を読んで)[^。？?！!\\n]{0,10}?(?:出てき|出て来|聞い|聞か|仕入れ|持ってこ|持って来|入手|知っ|知ら|言い出|言いよ|言っ|書い|見|お聞き|ご覧にな|調べ)[^。？?！!\\n]{0,6}?(?:た|だ|る|す)(?:ん|の|と)?(?:です|でしょう|やろ|じゃろ)?(?:(?:か|ね|かね)?[？?]|か[。！!]|か$)|どこ情報|(?:ソース|出典|根拠|出どころ|出所|出処)(?:は|って)?(?:どこ|何|なん)(?:です|でしょう|ですか|でしょうか|か|ね|な)?(?:[？?]|か[。！!]|か$)',
    ),
    what: '批判した相手に根拠を問いただす反論',
    instead: INSTEAD.critic,
    needsCriticism: true,
    orReply: true,
    notWithApology: true,
  },
  // The critic's words called baseless, and the critic told to stop: 根拠のない書き込みで不安にさせるのはやめていただけますか.
  {
    re: phrase(
      '(?:根拠のない|根拠もない|根拠なき|根拠の無い|事実無根の|デタラメな|でたらめな|いい加減な|嘘の|うその|作り話の)(?:ご)?(?:書き込み|投稿|コメント|情報|数字|話|噂|うわさ|発言|ご意見|意見|主張|批判|非難|中傷|ご指摘|指摘|決めつけ)(?:で|を|は|によって|ば)[^。！？!?\\n]{0,24}?(?:やめ|おやめ|控え|お控え|慎|ご遠慮)(?:て|ください|下さい|いただ|頂|なさい|ろ|んね|んか)',
    ),
    what: '批判した相手への反論',
    instead: INSTEAD.critic,
    needsCriticism: true,
    orReply: true,
    notWithApology: true,
  },
  // Contradicting the critic, politely: お言葉を返すようで恐縮ですが, 反論するようで申し訳ないのですが, 口答えするごたるですが.
  // Blind R243H-013 kind: opened with お言葉ながら, (before a pause only: not お言葉をいただきながら).
  {
    re: phrase('(?:失礼を承知で|無礼を承知で)(?:申し上げ|言わせ|あえて)|(?:一言|ひとこと|はっきり)(?:申し上げ|言わせていただき)ますが|お言葉(?:を返(?:す|させていただく|させていただきます|しますが)(?:ようで(?:すが|すけど)?|ごたる(?:ですが|けど)?|みたいで(?:すが)?)?|ではござ(?:いますが)?|ではありますが|ですけど|やけど|ばってん|に逆らうようで|ながら(?=[、,\\s]))|(?:反論|口答え|否定|異論を申し上げ|異を唱え|言い返)(?:する|させていただく|いたす|す)?(?:る)?(?:ようで(?:すが|すけど)?|ようやけど|ごたる(?:ですが|けど)?|みたいで(?:すが)?|形になりますが)'),
    what: '相手への反論',
    instead: INSTEAD.critic,
  },
  // The accusation itself denied: 市が勝手に放置しているわけではございません, 手ば抜いとるわけじゃなかです
  // (not 何でも勝手にしていいわけではありません, 隠し味というわけでは).
  {
    re: phrase(
      '(?:放置|放ったらかし|ほったらかし|手を抜|手ば抜|手抜き|さぼ|怠|無視|見捨て|見殺し|隠し(?!味|芸|扉|撮|場所|玉)|隠さ|隠蔽|隠ぺい|ごまか|誤魔化|軽視|後回し|ないがしろ|見て見ぬ|知らんぷり|知らん顔|勝手に|わざと|故意に|黙認|見過ご|えこひいき)[^。！？!?\\n]{0,12}?(?:ている|ておる|てる|とる|よる|ていた|とった|よった|た|だ|ちょる)(?:(?:という)?(?:わけ|訳)(?:では|じゃ|や)|(?:など|なんて)(?:という)?こと(?:は|も)(?:決して|一切|断じて|絶対に)?)(?:ありません|ございません|ない|なか|ねえ|なく)',
    ),
    what: '批判に対する弁明',
    instead: INSTEAD.justify,
    notWithApology: true,
  },
  // Refusing to apologise: お詫びする理由は見当たりません, 謝罪の必要はないと考えております, 謝る筋合いはなか
  // (not あなたが謝る必要はありません).
  {
    re: phrase(
      '(?:(?:お詫び|おわび|謝罪|陳謝)(?:を)?(?:する|いたす|致す|申し上げる|します)?(?:べき|ような|ほどの)?(?:の)?(?:理由|いわれ|筋合い|必要|つもり|予定)|(?:謝る|謝らん|あやまる)(?:べき|ような|ほどの)?(?:理由|いわれ|筋合い|つもり))(?:は|も|が|とか|なんて|など)?(?:どこにも|何も|一切|全く|まったく|特に|とくに|何ら|なんら|ひとつも|一つも|毛頭|さらさら)?(?:ありません|ございません|ない|なか|見当たりません|見当たらない|見当たらん)|(?:お詫び|おわび|謝罪)(?:す|いたす|致す)べき(?:点|こと|ところ|事柄)(?:は|も)(?:何も|一切|特に|とくに)?(?:ありません|ございません|ない|なか|見当たりません|見当たらない)|(?:お詫び|おわび|謝罪)(?:は|を)(?:いたしません|致しません|しません|せん|しない)|(?:お詫び|おわび|謝罪)(?:は|には)?(?:いたし|致し|し|でき|応じ)かね|謝罪(?:には|に)(?:は)?応じ(?:られ|ません|る(?:つもり|考え|予定)は)',
    ),
    what: '謝罪を拒む返答',
    instead: INSTEAD.justify,
  },
  // --- Round 10 kinds (a 課長's である調, a mascot's tic, long polite Facebook replies, a press desk, English to tourists) ---
  // The critic's claim called a misunderstanding in a casual, dialect or character copula: それ完全に勘違いやけん,
  // それは誤解だっパ, ただの早とちりっすよ (to a critic: a reply, or a paragraph that echoes the review). Blind R123A-099: the critic
  // named as the one mistaken and a mascot's だモン (それはあなたの勘違いだモン, それはキミの誤解だ！).
  {
    re: phrase(
      '(?:それ|そりゃ|そら|それは|そいは|そいつは)[、,]?\\s?(?:(?:あなた|あんた|そちら|きみ|キミ|君|お前|おまえ)(?:さん|様)?の)?(?:完全に|完全な|ただの|単なる|全くの|まったくの|とんだ|大きな|明らかな|明らかに|たぶん|多分)?(?:勘違い|誤解|思い違い|思い込み|見間違い|読み間違い|早とちり|デマ|ガセ|見当違い)(?:だもん|やもん|だ(?=[！!〜~。])|やけん|やけ|やろ|やん|や[！!〜~。]|っす|だよ|だって|だっ|ですよ|ですって|ですね|だね|ばい|たい|じゃけ|じゃん|じゃ[！!〜~]|だから|なんで|なんよ|なんです|なんだ|やで|でしょ|です[！!〜~]|でございまして|でありまして|でして|であって)|(?:完全に|完全な|ただの|単なる|全くの|まったくの|とんだ|明らかな)(?:勘違い|誤解|思い違い|早とちり|見当違い)(?:やけん|やけ|やろ|やん|っす|だよ|だって|だっ|ですよ|です|ばい|たい|じゃけ|じゃん|なんで|なんよ|なんです|やで|でしょ|でございます)',
    ),
    ...TO_CRITIC,
  },
  // Blind R129I-050: the critic asked, with no 何か, whether they have it wrong (料金が高いとのことですが、…勘違いされていませんか？,
  // 誤解なさっていませんか): only to a critic (a reply or a criticism received).
  {
    re: phrase('(?<!何か|なにか|どこか|少し|ちょっと)(?:勘違い|誤解|思い違い|勘ちがい)(?:を)?(?:されて|なさって|しておられ|しとられ)(?:い|おられ|いらっしゃい)?(?:ませんか|ない(?:です)?か|ないでしょうか|ません？)'),
    ...TO_CRITIC,
  },
  // Blind R146I-047: the critic's mistake called beyond measure (勘違いも甚だしいです, 見当違いもはなはだしい, 誤解にもほどがあります,
  // 的外れも甚だしか): scorn for a critic (a reply or a criticism received). Not the writer's own (私の勘違いも甚だしかった).
  {
    re: phrase('(?<!(?:私|わたし|僕|ぼく|自分|こちら|当方|当課|我々|私ども)(?:の|も)?)(?:勘違い|かんちがい|誤解|思い違い|見当違い|お門違い|筋違い|的外れ|事実誤認|早とちり|思い込み|認識不足|曲解)(?:も|にも)(?:甚だし|はなはだし|ほどが(?:あ|過ぎ)|程が(?:あ|過ぎ)|いいところ|大概)'),
    need: ['甚だし', 'はなはだし', 'ほどが', '程が', 'いいところ', '大概'],
    ...TO_CRITIC,
  },
  // The critic told to look, come or try before writing: ちゃんと見てから書いて〜, 一度乗ってから言ってほしい,
  // round 34: in keigo too (よく確かめてからご投稿いただければ幸いです, 現地をご覧になってからご意見をいただきたい; only with
  // criticism received or in a reply),

  // Round 50: with a trial verb between (一回来てみてから言うてほしかです, 食べてみてから書いてほしい).
  // Blind R76A-064: the critic told to read first, in any register or dialect (よう読んでから書いてほしかです, 最後までお読みになってから
  // ご意見ください, ちゃんと読んでから書き込んでほしい; a wish in 筑後弁 ほしか, もらいたか): only with criticism received or in a reply,
  // and 書いて only as a wish (記入例を読んでから書いてください is a form's instruction).
  // Not the wish reported as an opinion received (会議では、資料を読んでから発言してほしいとのご意見がありました): `WISH_REPORTED`.
  {
    re: phrase(LOOK_FIRST),
    ...TO_CRITIC,
    unless: WISH_REPORTED,
  },
  // Blind R267X-049 kind: the critic told to look at the earlier post properly (前の投稿ちゃんと見てくださいね, 以前のお知らせをよく
  // お読みになってください, 元の投稿をしっかり読んでほしい): the oversight put on them, in a reply or after a criticism only. Not a plain
  // pointer (詳しくは前回の投稿をご覧ください: no emphasis), not a form's instruction.
  {
    re: phrase('(?:前|前回|以前|先日|先週|過去|最初|元|もと)の(?:投稿|お知らせ|記事|ご案内|案内|告知|ポスト|市報|説明)(?:を|も|ば|は)?[、,\\s]?(?:ちゃんと|きちんと|よく|よーく|しっかり|ちゃーんと)[、,\\s]?(?:見て|読んで|ご覧になって|お読みになって|ご確認になって|確認して|目を通して|お目通し)(?:ください|下さい|くださいね|ね|ほしい|欲しい|ほしか|もらえ|もらいたい|いただけ|いただきたい)'),
    ...TO_CRITIC,
  },
  // Blind R84A-074: the same scolding after a claim about the city echoed as talk online (介護保険料が九州でいちばん高いって、ネットの
  // うわさはまちがいだよ〜 ちゃんと調べてから書いてね！): the writers online are the critics, even with no ご指摘 or 批判 named.
  {
    re: phrase(LOOK_FIRST),
    what: '批判した相手への言い返し',
    instead: INSTEAD.critic,
    notWithApology: true,
    alsoNeeds: ONLINE_ECHO,
    unless: POSTING_ADVICE43,
  },
  // The critic asked to check the facts before posting, as a wish aimed at them: 発信される前に、まず事実を確かめて
  // いただきたい, 書き込む前にちゃんと調べてほしい (not 投稿する前に内容を確認しましょう／確認してください).
  // Blind R235I-058 kind: also with the noun and の before 前に and a polite wish in ますと, ると or たら (ご投稿の前に一度お調べいただけますと
  // 幸いです, 書き込みの前に確かめていただけると助かります): the critic still told to look it up first. Not a form's step (投稿の前に
  // サイズをご確認ください: ご確認 is not read here).
  // Blind R256M-060 kind: also the keigo request form (投稿される前に、よくお確かめいただきますようお願いいたします, 書き込まれる前に
  // お調べくださいますようお願いします): the critic still told to check first, however politely.
  {
    re: phrase(
      '(?:(?:発信|投稿|書き込み(?=の)|書き込|批判|コメント|レビュー|発言|ご意見|口コミ)(?:を)?(?:する|される|なさる|む|まれる|を書く|を言う|の)?|書く|言う|書かれる|言われる|おっしゃる|物を言う|ものを言う|文句を言う)前に[、,]?[^。！？!?\\n]{0,16}?(?:確かめ|確認(?:して|され|なさ)|調べ|お調べ|見て|ご覧になっ|足を運ん|来て)[^。！？!?\\n]{0,6}?(?:いただきたい|いただけ(?:ません|ますか|れば|ますと|ると|たら)|(?:いただき|いただけ|くださり|下さり|ください)ます(?:よう|ように)[、,]?(?:お願い|願い)|ほしい|欲しい|もらいたい|もらえ|願いたい|くれ|てよ|て[〜~ー！!])',
    ),
    ...TO_CRITIC,
    // (Not a site's rules to read before posting: 投稿される前に利用規約をお確かめいただきますようお願いいたします.)
    unless: phrase('規約|ルール|ガイドライン|利用上の注意|注意事項|マナー|ましょう|リテラシー|講座', 'u'),
  },
  // The resident's oversight suggested: お見落としだったのではないかと存じます, 見落とされたのでしょう,
  // 読み落とされたんじゃないですか (not お忘れではないですか？ a reminder).
  // Blind R227W-032 kind: the oversight put as the cause of what the complainant suffered, with ため, から or せい (収集されなかったのは、
  // …日付を見落とされたためではないでしょうか, 見逃されたからではないかと存じます, お見落としのためかと思われます).
  {
    re: phrase(
      '(?:お見落とし|お見逃し|お読み落とし|見落とされ|見逃され|読み落とされ|読み飛ばされ|ご確認漏れ|ご失念|失念され)(?:だった|された|ていた|てた|になった|になっていた|ていらっしゃった|ている|てる|た)?(?:の|ん|(?:の)?(?:ため|せい|から))?(?:では|じゃ|や)(?:ない(?:か|でしょうか|ですか|かな|かと)|ございませんか|ありませんか|なかろうか|なか(?:か|と|ですか|ろうか))|(?:お見落とし|ご失念|見落とされた|見逃された|読み落とされた|読み飛ばされた)(?:の)?(?:ため|せい)?(?:かと(?:存じ|思)|と(?:存じ|思われ)|でしょう|だったかと|だったのでしょう)',
    ),
    what: '市民に責任を転嫁する反論',
    instead: INSTEAD.justify,
    notWithApology: true,
  },
  // Round 42: the oversight or mistake named in a cleft with the critic as its focus (見落とされたのはお客様の方かと存じます,
  // 勘違いされているのはそちらのほうではないでしょうか, 読み違えたのはご本人です; not the city's own: 見落としていたのは当課です).
  {
    re: phrase('(?:見落とされ|見落とし|見逃され|読み落とされ|読み飛ばされ|勘違いされ|勘違いし|誤解され|思い違いをされ|思い違いされ|間違えられ|間違え|読み違えられ|読み違え|見間違えられ|見間違え|聞き間違えられ|聞き間違え|お間違え(?:になっ)?)(?:た|て(?:いる|いた|る|た|いらっしゃる|おられる))?(?:の)(?:は)[、,\\s]?(?:むしろ)?(?:お客様|お客さま|そちら|あなた|あなた様|ご本人|ご自身|投稿者|投稿された方|書き込まれた方|ご指摘の方|利用者|申請者|その方)(?:の方|のほう|様|さま|側|の側)?(?:かと|では|じゃ|です|でしょう|だと|と存じ|だった|でございます|ですよ|やろ)'),
    what: '市民に責任を転嫁する反論',
    instead: INSTEAD.justify,
    notWithApology: true,
  },
  // The opinions of those who did not take part refused (説明会に参加されなかった方のご意見まで責任は負いかねます, お読みにならなかった
  // 方のご不満にはお応えしかねます; not a disclaimer of loss: 盗難・紛失について責任を負いかねます).
  {
    re: phrase('(?:[一-龥ァ-ヺー]{1,6}(?:され|し|を|に|が)?)?(?:なかった|ない|ず|ていない|ておられない|ていらっしゃらない)(?:方|人|方々|皆さま|皆様)(?:の|から(?:の)?)(?:ご意見|意見|ご不満|不満|ご批判|批判|苦情|クレーム|お声|声|ご要望|ご指摘)(?:まで|には|について(?:は|まで)?|に対して(?:は|まで)?|は)[、,\\s]?[^。！？!?\\n]{0,8}?(?:責任(?:は|を|まで)?(?:負いかね|負えま|持てま|持ちかね|取りかね|取れま)|(?:お答え|お応え|対応|ご対応)(?:は|いたし|し|致し)?(?:かね|できかね|できません|いたしません|しません))'),
    ...TO_CRITIC,
    what: '批判に対する弁明',
    instead: INSTEAD.justify,
  },
  // A complaint's cause put on the complainant's own home or doing (聞こえにくいのは、ご自宅の窓を閉め切っているためかと思われます,
  // 届かないのはお客様の設定のせいです; answering a criticism; not a help page: つながりにくいときは…をお試しください).
  {
    re: phrase('(?:聞こえ|見え|つながり|繋がり|読み|使い|分かり|わかり|届き|映り|入り)?(?:にくい|づらい|ない|悪い|遅い|遅れる|遅れた|届かない|できない)(?:の|ん)(?:は)[、,\\s]?(?:おそらく|恐らく|たぶん|多分|単に|ひとえに)?[、,\\s]?(?:ご自宅|お宅|ご家庭|ご自身|お客様|お客さま|あなた|そちら|ご本人|お使い|ご利用)(?:の|で|が|側の|側で)[^。！？!?\\n]{0,24}?(?:ため|せい|から|ことが原因|ことによる|のが原因|ことによるもの|によるもの)(?:か|だ|で|です|でしょう|と思われ|と考えられ|と存じ|では|じゃ|やろ)'),
    ...BLAMES_COMPLAINANT,
    strongCriticism: true,
    unless: phrase(`${HELP_STEPS}|でも(?:お聞き|ご確認|確認|聞け|お聞きいただけ)|お知らせください`, 'u'),
  },
  // Blind R75A-120: the defect a complaint reports explained away as an effect of the complainant's own way of looking, taking or
  // using (お写真の撮り方で小さく見えているだけかと思います, ご覧になる角度でそう見えるだけです, お使いの端末の設定で崩れて表示されて
  // いるだけでは, お客様の保存方法の問題かと存じます): the complaint dismissed as the complainant's doing. The way is the complainant's
  // (an honorific owner: お写真, ご覧になる, お使いの, お客様の), and it is dismissed (…だけ, の問題, のせい), answering a criticism or
  // in a reply; not a tip (撮り方のコツ), not a help answer with a step to try (設定から拡大をお試しください), not the city's own photo.
  {
    re: phrase(
      '(?:お客様|お客さま|ご自身|ご自分|ご本人|そちら|あなた|お写真|お手元|お使い|ご覧にな|ご利用|ご家庭|ご自宅|お宅)[^。！？!?\\n]{0,12}?(?:方|かた|方法|仕方|環境|設定|角度|照明|加減|具合|機種|端末)(?:(?:の)?(?:問題|せい)(?:か|だ|で|です|でしょう|では|じゃ|やろ|やと|と思|と存じ|でございます)|(?:の(?:違い|関係|影響))?(?:で|によって|により|次第で|のせいで)[、,]?[^。！？!?\\n]{0,16}?(?:見え|感じ|感じられ|写っ|映っ|聞こえ|思え|表示され)(?:て(?:いる|いらっしゃる|おられる|る|い)|と(?:る|ー)?|ちょる|た|る)?(?:だけ|のみ)(?:か|だ|で|です|でしょう|では|じゃ|やろ|やと|と思|と存じ|でございます|ばい|たい))',
    ),
    ...BLAMES_COMPLAINANT,
    unless: phrase(`${HELP_STEPS}|お知らせください|コツ`, 'u'),
  },
  // Blind R175A-047: what the complainant saw, heard or felt put down to a circumstance in a cleft (実物が違って見えたのはタイミングの問題
  // かなと思います, 小さく感じられたのは座る位置のせいだと思います, 暗く写っていたのは天気の影響でしょう): the complaint dismissed as a matter of
  // when or where they looked, with no honorific owner. After a criticism received or in a reply; not with an apology, a fix or a tip.
  {
    re: phrase(
      '(?:見え|感じ|感じられ|聞こえ|思え|写っ|映っ)(?:た|る|ている|ていた|てた|てる)(?:の|ん)は[、,]?[^。！？!?\\n]{0,14}?(?:の問題|のせい|の違い|の関係|の影響|によるもの|だけ)(?:(?:かな|か|だ|や|では|じゃ)?と(?:思|存じ|考え)|です|でしょう|でございます|かと)',
    ),
    need: ['見え', '感じ', '聞こえ', '思え', '写っ', '映っ'],
    ...BLAMES_COMPLAINANT,
    strongCriticism: true,
    unless: phrase(`${HELP_STEPS}|コツ`, 'u'),
  },
  // Blind R302K-023 kind: the trouble a complaint reports put down to the complainant not having read, checked or noticed what the city
  // provided (迷われたのは、表示をご確認いただけなかったためではないかと存じます, お読みいただけていなかったためかと思います, ご覧に
  // ならなかったことが原因でしょう): the city defends itself and blames the reader. The cause is the reader's failure to look (ご確認,
  // お読み, ご覧, お気づき…いただけなかった / にならなかった) given as the reason, guessed in the writer's voice; in a reply or after a
  // criticism. Not a notice of what happens next (ご確認いただけなかったため、再送いたします: no guess), not a condition (ご確認いただけ
  // なかった場合は), not with an apology or a fix (分かりにくく…申し訳ありません, 表示を増やします).
  // Blind review kind (misc22): …or to the reader having overlooked or missed it, told in the honorific passive (迷われたのは、案内表示を
  // 見落とされたからだと存じます, お見落としになったためかと思います, 掲示を見逃されたのが原因でしょう): the same blame on the reader.
  {
    re: phrase(
      '(?:(?:ご確認|お読み|ご覧|お目通し|お気づき|お気付き|ご留意|お聞き|見て|読んで)(?:いただけ(?:て(?:い|お))?なかった|いただけていない|いただいていなかった|にならなかった|になっていなかった|になられなかった)|(?:見落とされ|お見落としになっ|お見落としになられ|見逃され|お見逃しになっ|見過ごされ|読み飛ばされ|読み落とされ|聞き逃され|聞き漏らされ)(?:た|ていた|ておられた))(?:の|こと)?(?:ため|から|せい|が原因)(?:では(?:ない|ございません)(?:か|でしょうか)|か(?:と|も|な)|だと|と(?:思|考え|存じ|推察)|です|でしょう|でございます)',
    ),
    need: ['なかった', 'ていない', '見落とさ', '見落とし', '見逃', '見過ごさ', '読み飛ばさ', '読み落とさ', '聞き逃さ', '聞き漏らさ'],
    ...BLAMES_COMPLAINANT,
    unless: phrase(`${HELP_STEPS}|お知らせください|場合`, 'u'),
  },
  // Blind R234M-056 kind: what the complainant met put down to their own chance visit or use (ご覧になった会場がたまたま少なめだったの
  // だと思います, お越しになった時間帯が偶然混み合っていたのかと存じます, ご利用になった日があいにく点検日だったのでしょう): the complaint
  // dismissed as bad luck on their side, the city's record left standing. Only after a criticism received (a reply may wish a visitor
  // luck: ご覧になった日はたまたま満開だったと思います); not with an apology or a fix, not a condition told (たまたま休館日だった場合は),
  // not the writer's own visit (私が伺った日はたまたま晴れていました), not sympathy (あいにくの雨).
  {
    re: phrase(
      '(?:ご覧にな|お越しにな|お立ち寄りにな|お訪ねにな|お見えにな|お使いにな|お求めにな|お買い求めにな|お乗りにな|お召し上がりにな|召し上が|いらっしゃ|いらし|来られ|行かれ|訪れられ|(?:ご)?(?:利用|来場|来館|参加|乗車|購入|注文)(?:にな|され))(?:った|た)[^。！？!?\\n]{0,12}?(?:が|は)[、,]?(?:たまたま|偶然|運悪く)[、,]?[^。！？!?\\n]{0,16}?(?:だった|でした|であった|かった|ていた|てた|ていらした)(?:だけ)?(?:の|ん)?(?:だ|では|じゃ|や|でしょう|ではないか)?(?:と(?:思|存じ|考え|推察)|かと|でしょう|かもしれ)',
    ),
    need: ['たまたま', '偶然', '運悪く'],
    ...BLAMES_COMPLAINANT,
    strongCriticism: true,
    orReply: false,
    unless: phrase(`${HELP_STEPS}|お知らせください|場合`, 'u'),
  },
  // Blind R115A-009: the fault a complaint reports put on the user's side in keigo (ご指摘の…不具合ですが、当方のシステムには問題はなく、
  // お客様の端末の設定によるものと考えております; ご利用者様の操作ミスが原因です; そちらのスマホの環境のせいやと思います): the cause
  // named as the complainant's own device, setting or operation. After a criticism or in a reply; not a help answer with a step to try
  // (設定画面からお試しください), not a condition told (お客様の端末の設定によっては), not denied (端末によるものではなく), not with an apology.
  // Blind R185A-063, R187I-060: also put as a question in any register (お使いのブラウザの問題じゃないですかね？, そちらの端末の設定が原因では
  // ないでしょうか) and on the receiving side named as such (届かなかったのは受信側の設定によるものと考えられます, 利用者側の環境が原因です).
  {
    re: phrase(
      '(?:お客様|お客さま|ご利用者|ご利用の方|利用者(?:様|さま)|ご自身|ご本人|そちら|あなた|お使い|お手元|(?:受信|受信者|受け手|利用者|ユーザー|端末|お客様|ご家庭)側)(?:の|側の|様の|さまの)?[^。！？!?\n]{0,10}?(?:端末|操作|設定|環境|使い方|使用方法|ご利用方法|入力|機種|スマホ|スマートフォン|ブラウザ|回線)(?:の|上の)?(?:不具合|問題|誤り|ミス|不備)?(?:によるもの|に(?:よる|起因する)(?:もの|不具合)|に起因|が原因|に原因|のせい|側の問題|の問題)(?!(?:では|じゃ)(?!(?:ない|ありません|ございません|なか)(?:です|でしょう|ですかね|でしょうかね)?(?:か|かね)?[？?]|(?:ない|ありません|ございません)(?:でしょう)?か(?:と|な|ね)?)|でな|とは限|の場合|かどうか|がない|はな|もあ)',
    ),
    need: ['端末', '操作', '設定', '環境', '使い方', '使用方法', '利用方法', '入力', '機種', 'スマホ', 'スマートフォン', 'ブラウザ', '回線'],
    ...BLAMES_COMPLAINANT,
    unless: phrase(`${HELP_STEPS}|ご確認いただ|お知らせください|手順|場合があります`, 'u'),
  },
  // Blind R115A-132: a criticism received (というコメントが多く寄せられていますが, とのご意見をいただきましたが, って言われとるけど) then
  // denied as the writer's confident belief with はず (味は変わっていないはずです, 質は落ちとらんはず, 問題はないはずです, 事実ではないはず):
  // the complaint refused without a check. Only after a criticism actually received; not a schedule told with no complaint (受付時間は
  // 変わっていないはずですが、念のため), not with an apology, a fix or a check promised (確認いたします).
  {
    re: phrase(
      '(?:変わって|変わっ|落ちて|落ち|悪くなって|悪くなっ|劣って|下がって|低下して|まずくなって|減って)(?:は)?(?:い|お|おり|と|ちょ)?(?:ない|ません|らん|ん|なか)(?:はず|筈)|変わらない(?:はず|筈)|(?:問題|事実|間違い|そんなこと|そのようなこと|そげなこと)(?:は|では|じゃ|も)(?:ない|ありません|ございません|なか)(?:はず|筈)',
    ),
    need: ['はず', '筈'],
    what: '批判を否定する反論',
    instead: INSTEAD.justify,
    notWithApology: true,
    alsoNeeds: phrase('(?:という|との|って|っていう)(?:ご|お)?(?:コメント|意見|声|書き込み|投稿|口コミ|クチコミ|レビュー|苦情|指摘|批判)(?:が|を|も)[^。！？!?\n]{0,6}?(?:寄せられ|いただ|頂|届|あり|相次|もら|殺到)|(?:って|と)(?:言われ|書かれ)|ご指摘|ご批判|批判|お叱り|苦情|クレーム|ご不満|不満の声|とのこと', 'u'),
    notWithRemedy: true,
    unless: phrase('確認(?:いたし|し)ます|確認してまいり|確認させて|お調べ|調べ(?:ます|てみます)|調査(?:いたし|し)ます|念のため|確かに|たしかに', 'u'),
  },
  // The critic told they would know if they had looked it up (少し調べればわかることかと思います, ちょっと確認すれば分かる話です,
  // 募集要項を読めばお分かりになるはずです; after a criticism or in a reply; not a guide: 下の表を見ればわかるようになっています).
  // A guide in the honorific with no adverb and a polite guess (こちらのページをご覧いただければお分かりになると思います, answering a
  // question) is the next entry's: it is a rebuttal only where a criticism is answered.
  {
    re: phrase(`(?:(?:少し|すこし|ちょっと|よく|普通に|一度|きちんと|ちゃんと)[、,\\s]?|[、,\\s]?(?!${GUIDE_LOOK}))(?:調べれ|お調べになれ|お調べいただけれ|確認すれ|ご確認いただけれ|読め|お読みになれ|お読みいただけれ|見れ|ご覧になれ|ご覧いただけれ|考えれ|検索すれ|ググれ)ば(?:すぐ(?:に)?|簡単に|誰でも|どなたでも)?(?:わか|分か|お分かりにな|お分かりいただけ|ご理解いただけ)(?:る|ります)(?:こと|話|はず|内容|もの|かと|と思|でしょう)(?!${JUST_IN_CASE})`),
    ...TO_CRITIC,
  },
  // Blind (a colleague's find): the same look in the honorific, with no adverb, and the reader said to understand in the honorific with
  // a polite guess (資料をご覧いただければお分かりになるかと思います): a guide in answer to a question (ご質問ありがとうございます。…
  // こちらのページをご覧いただければお分かりになると思います), so a rebuttal only where a criticism is answered (とのご意見ですが, ご指摘).
  {
    re: phrase(GUIDE_LOOK),
    ...TO_CRITIC,
    orReply: false,
  },
  // The complaint put down to the critic not having seen or tried it: それは最後まで見てないからだっパ,
  // そう感じられるのは実際に乗っていらっしゃらないからかと (to a critic).
  {
    re: phrase(
      '(?:それは|それ|そりゃ|そら|そう(?:思う|感じる|思われる|感じられる|おっしゃる|言う|思っちゃう)のは)[、,]?\\s?[^。！？!?\\n]{0,10}?(?:見て|読んで|聞いて|来て|食べて|乗って|使って|試して|体験して|ご覧になって|お読みになって|お越しになって|召し上がって|ご確認になって|ご利用になって)(?:い|お|ら)?(?:ない|なかった|ません|ねえ|ん|なか|らっしゃらない|らっしゃらなかった)(?:から|せい|ため|だけ)',
    ),
    ...TO_CRITIC,
  },
  // A complaint's cause put on the users: 皆さまが一斉にお越しになることが主な原因です, 混雑の原因は来場者のマナーに
  // あります (answering a complaint; not a congestion notice that asks people to come by bus).
  {
    re: phrase(
      '(?:皆さま|皆様|皆さん|みなさん|みなさま|利用者|ご利用者|来場者|来庁者|来館者|来園者|お客様|お客さま|市民の方|住民の方|ご利用の方|利用される方|申請者|受診者|参加者|乗船客|観光客|お越しの方|来られる方|お越しになる方|ご来場の方|一部の方|一部の利用者|一部の人)(?:の|が|による|側の|側に)[^。！？!?\\n]{0,30}?(?:こと|の|ため|から|せい|マナー|集中|利用)(?:が|も|こそ|に)?(?:主な|一番の|最大の|大きな|根本的な|本当の|そもそもの|直接の)?(?:原因|要因)(?:です|でございます|であり|である|だ[。！!]|と考え|と思われ|かと|なので|ですので|とみられ|と見られ|でしょう|やけん|たい|と存じ|なんです|なんよ|なんだ|なの(?:です|よ))|(?:原因|要因)(?:は|の多くは|の大半は|の一つは)[、,]?[^。！？!?\\n]{0,20}?(?:皆さま|皆様|皆さん|みなさん|みなさま|利用者|ご利用者|来場者|来庁者|来館者|来園者|お客様|お客さま|市民の方|住民の方|ご利用の方|利用される方|申請者|受診者|参加者|乗船客|観光客|お越しの方|来られる方|お越しになる方|ご来場の方|一部の方|一部の利用者|一部の人)(?:の|が|側)[^。！？!?\\n]{0,24}?(?:にあります|にございます|にある(?:と|。|$)|ことです|ことでございます|ためです|からです|せいです)',
    ),
    what: '苦情の原因を利用者に帰す反論',
    instead: INSTEAD.justify,
    notWithApology: true,
    needsCriticism: true,
    notWithRemedy: true,
  },
  // An excuse answered to a complaint with a plea to accept it: その点はご理解いただきたいと思います,
  // そこはわかってほしいです, 停電の中ではやむを得ない対応でした.
  {
    re: phrase(
      '(?:その点|そこ|その辺|そのへん|そのあたり|その辺り|この点|事情|諸事情|その事情|そうした事情|こうした事情|状況)(?:は|を|について(?:は)?|も|に(?:つきましては|ついては))[、,]?(?:どうか|ぜひ|何卒|なにとぞ|ぜひとも|ちょっと)?(?:ご)?(?:理解|了承|納得|わかって|分かって|察して)(?:いただきたい|いただきたく|して(?:いただきたい|いただきたく|ほしい|欲しい|もらいたい|ください|下さい)|願いたい|ください|下さい|ほしい|欲しい|もらいたい|くれ|よ)|(?:仕方(?:が|の)?な|しかたな|しょうがな|どうしようもな)(?:い|かった)(?:こと|もの)?(?:です|でした|だった|でしょう|なんです|んです|のです|と(?:ご理解|思って|考えて))',
    ),
    what: '苦情への弁明',
    instead: INSTEAD.justify,
    notWithApology: true,
    needsCriticism: true,
    notWithRemedy: true,
  },
  // The charge itself denied, emphatically, after it is echoed: 遅れは一切ありません, ぜんぜん汚くないっパ,
  // 手抜きなんかしてない, 決して不公平ではございません (answering criticism).
  {
    re: phrase(
      '(?:遅れ|不備|ミス|漏れ)(?:は|など|なんて|なんか)(?:一切|全く|まったく|何ら|なんら|決して|ひとつも|一つも|少しも|全然|ぜんぜん|いっさい)(?:ありません|ございません|ない|なか|ねえ|して(?:い|お)?(?:ません|ない|りません)|しとらん)|(?:全然|ぜんぜん|ちっとも|少しも|これっぽっちも)(?!迷惑|めいわく|恥|はず|心配|怖|こわ|難し|むずかし|痛|いた|遠慮|問題|大丈夫|気に|甘え|無駄|だめ|ダメ|遅くな|おそくな)[^。！？!?\\n、]{1,6}?(?:くない|くなか|くありません|くございません|くねえ|くは(?:ない|ありません)|じゃない|じゃなか|ではない|ではありません|ではございません|やない|やなか|なんか(?:じゃ|では)?ない)',
    ),
    what: '批判への反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    needsCriticism: true,
  },
  // An accusation denied emphatically, to a critic: 選考に不公平など一切ございません, 手抜きなんか全然しとらん.
  {
    re: phrase(
      '(?:手抜き|手落ち|不正|えこひいき|ひいき|放置|怠慢|不公平|隠ぺい|隠蔽|ごまかし|癒着|忖度)(?:は|など|なんて|なんか)(?:一切|全く|まったく|何ら|なんら|決して|ひとつも|一つも|少しも|全然|ぜんぜん|いっさい|断じて)(?:ありません|ございません|ない|なか|ねえ|して(?:い|お)?(?:ません|ない|りません)|しとらん|いたしておりません)',
    ),
    what: '批判への反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    needsCriticism: true,
    orReply: true,
  },
  // Blind R224T-024 kind: the same said as not grounded on the facts (記事の指摘は当日の実情を踏まえたものとは言えません).
  // The press said to misrepresent: 実態を正しく表したものとは言えません, 当該記事は実態を正確に反映したものではない,
  // この比較は人口規模の違いを考慮しておらず, 〜かのような記載がございましたが (answering a report or a critic).
  {
    re: phrase(
      '(?:実態|実情|事実|現状|現実|真実|実際の(?:状況|姿|対応|様子)|真相|全体像|経緯)(?:を|に)(?:正しく|正確に|適切に|十分に|きちんと|公平に|客観的に)?(?:表し|表わし|反映し|伝え|即し|沿っ|捉え|とらえ|踏まえ|ふまえ)(?:た(?:もの|内容|記事|報道|表現|比較|数字|評価)?(?:とは|では|じゃ)(?:言えない|言えません|いえない|いえません|言い難|言いがた|ない|ありません|ございません|なか)|て(?:い|お)(?:ない|ません|りません|らず)|ておらず)|(?:比較|記事|報道|番組|ランキング|順位|評価|指摘|ご指摘|批判|ご批判|ご意見|口コミ|レビュー|見出し)(?:は|では|には)[^。！？!?\\n]{0,20}?(?:考慮|勘案|加味|踏まえ|反映)(?:して|されて|され)(?:おらず|いない|いません|おりません|ない)',
    ),
    what: '報道や批判への反論',
    instead: INSTEAD.press,
    notWithApology: true,
    needsCriticism: true,
    // A page's own caution that it may be out of date (記事は現状を反映していないことがあります, 場合があります) argues with no one.
    unless: phrase('ことがあ|ことがござ|場合があ|場合がござ|可能性', 'u'),
  },
  {
    re: phrase(
      'かの(?:よう|様)(?:な|に)(?:記載|記述|報道|記事|表現(?!力)|書き方|論調|見出し|編集|報じ|報道され|記載され|編集され|受け取られ|取り上げ|印象を(?:与え|受け))',
    ),
    what: '報道や批判への反論',
    instead: INSTEAD.press,
    notWithApology: true,
  },
  // The city's timing and steps defended against a report or a complaint: 適切な時期に必要な措置を講じており,
  // 必要な対応はすべて取っております; 広報紙で繰り返しお知らせしておりました.
  {
    re: phrase(
      '(?:適切|適正|必要|十分)な(?:時期|時点|タイミング|対応|措置|判断|手順|手続き)(?:に|で|を|は)[^。！？!?\\n]{0,12}?(?:講じ|行っ|とっ|取っ|実施し|踏ん)(?:て|で)(?:おり|います|いました|きました|まいりました)|(?:繰り返し|何度も|再三|たびたび|事前に|前もって|以前から|かねてから|かねてより)[^。！？!?\\n]{0,4}?(?:お知らせ|周知|告知|ご案内|案内|掲載|ご説明|広報|お伝え)(?:して|いたして|させていただいて)(?:おりました|いました|きました|まいりました)(?=[。！!]|$|し[、,]|ので|から)',
    ),
    what: '批判に対する弁明',
    instead: INSTEAD.justify,
    notWithApology: true,
    needsCriticism: true,
  },
  // In English or romaji, to a reviewer or a commenter: that's not what happened, please check your facts, not our fault,
  // sore wa gokai desu.
  {
    re: phrase(
      "(?<![a-z])(?:that|this|it|which)(?:['’]s| is| was)(?: simply| just| absolutely| completely| totally)? (?:not (?:true|what happened|correct|accurate|the case|right|a fact)|untrue|false|incorrect|fake news|a (?:complete |total |big )?misunderstanding|misinformation)|(?<![a-z])check (?:your|their) facts|(?<![a-z])(?:get|do) your (?:facts straight|research|homework)|(?<![a-z])you(?:['’]re| are) (?:wrong|mistaken|misinformed)|(?<![a-z])(?:it|this)(?:['’]s| is| was) not our fault|(?<![a-z])we (?:did|have done) nothing wrong|(?<![a-z])before (?:posting|writing|leaving) (?:a |such |negative |bad |false )?(?:reviews?|complaints?|criticism|accusations?|comments like)|(?<![a-z])(?:your|this|the) (?:review|comment|claim|post) (?:is|was) (?:wrong|false|incorrect|misleading|unfair|untrue|inaccurate|baseless)|(?<![a-z])(?:gokai|kanchigai|omoichigai|jijitsu mukon)\\s?(?:desu|da yo|dayo|da|ssu|yaken|bai)(?![a-z])",
    ),
    ...TO_CRITIC,
  },
  // Blind R77A-086: a review, a comment or a report named as the subject and called untrue in English, singular or plural, with not or
  // an adjective (This review is not true, These comments aren't accurate, The article was misleading, Those reviews are false); to a
  // critic (a reply or a quote, or where a criticism is received). Not another noun between (the review period is not over, this tour
  // is not available).
  {
    re: phrase(
      "(?<![a-z])(?:your|this|that|the|these|those) (?:reviews?|comments?|claims?|posts?|tweets?|articles?|reports?|rumou?rs?|stor(?:y|ies)|allegations?|accusations?|statements?)(?: (?:is|are|was|were)(?: simply| just| absolutely| completely| totally| entirely)? not| (?:isn['’]t|aren['’]t|wasn['’]t|weren['’]t)) (?:true|correct|accurate|right|the case|factual|fair|based on (?:the )?facts)(?![a-z])|(?<![a-z])(?:your|this|that|the|these|those) (?:reviews?|comments?|claims?|posts?|tweets?|articles?|reports?|rumou?rs?|stor(?:y|ies)|allegations?|accusations?|statements?) (?:is|are|was|were)(?: simply| just| absolutely| completely| totally| entirely)? (?:false|untrue|wrong|incorrect|misleading|baseless|fake|inaccurate|groundless|unfounded|mistaken|misinformed|fake news|misinformation)(?![a-z])",
    ),
    need: ['review', 'comment', 'claim', 'post', 'tweet', 'article', 'report', 'rumo', 'stor', 'allegation', 'accusation', 'statement'],
    ...TO_CRITIC,
  },
  // Blind R254L-032 kind: in English, the city's own work or statement defended as beyond question to a critic: we stand by it (100%),
  // we fully stand behind our decision, we stand by what we said (a reply, or where a criticism is received: TO_CRITIC). Only an
  // object that is the city's own thing (it, this, that, what we said, our decision, our signage…), not people supported (we stand by
  // our farmers, we stand with the families affected).
  {
    re: phrase(
      "(?<![a-z])we (?:fully |firmly |completely |totally |still |absolutely |100% )?stand (?:by|behind) (?:it|this|that|every word|what we (?:said|wrote|posted|did|do)|(?:our|the|this|that) (?:decision|statement|explanation|answer|response|reply|position|policy|figures|numbers|data|information|info|signage|signs|pricing|prices|fares|fees|work|record|choice|judgement|judgment|ruling|claim|post|notice|announcement|guidance|service|quality|rules))(?![a-z])",
    ),
    need: ['stand'],
    ...TO_CRITIC,
  },
  // Blind R137I-027: in English, the critics themselves said not to understand or know, or the city disagreeing with them (With
  // respect, those reviewers clearly didn't understand our history; they obviously don't know the area; we strongly disagree with
  // these reviews); only where a criticism is received. Not a general statement (visitors who don't know the area can ask at the
  // desk; if you disagree, tell us).
  {
    re: phrase(
      "(?<![a-z])(?:those|these|the|such|some|many|certain|our|your)? ?(?:reviewers?|critics?|commenters?|complainers?|people|visitors|guests|tourists|writers?|posters?|they|he|she|you)(?: who (?:wrote|posted|said|left) (?:this|that|these|those|them|it))? (?:clearly|obviously|simply|evidently|apparently|just|really|probably|must)(?: have)? (?:didn['’]t|don['’]t|doesn['’]t|do not|did not|does not|never|not|failed to|fail to) (?:understand|understood|know|get|appreciate|grasp|bother to (?:learn|understand|read|research))(?![a-z])|(?<![a-z])(?:we|i) (?:strongly |respectfully |completely |totally |must |have to |simply )?(?:disagree|don['’]t agree|do not agree|cannot agree|can['’]t agree)(?: with (?:this|that|these|those|the|such|your|their|them|you|it)| at all)?(?=[\\s.,!;:]|$)",
    ),
    need: ['understand', 'know', 'get', 'appreciate', 'grasp', 'bother', 'disagree', 'agree'],
    ...TO_CRITIC,
  },
  // Blind R77A-086: the same in Chinese, simplified or traditional: a claim called untrue (不属实, 与事实不符, 并非事实, 纯属谣言, 这是谣言)
  // to a critic, and, in a reply or a quote, the critic told not to spread false information (请不要散布不实信息, 請勿傳播謠言).
  {
    re: phrase(
      '不属实|不屬實|与事实不符|與事實不符|并非事实|並非事實|纯属(?:谣言|捏造|虚构|造谣)|純屬(?:謠言|捏造|虛構|造謠)|(?:这|這|此|该|該|那)(?:条|條|则|則|个|個|篇)?(?:评论|評論|评价|評價|帖子|说法|說法|消息|传言|傳言|内容|內容)?(?:是|为|為|纯属|純屬)(?:谣言|謠言|假的|虚假|虛假|不实|不實|造谣|造謠)',
    ),
    need: ['属实', '屬實', '事实', '事實', '纯属', '純屬', '谣', '謠', '假', '不实', '不實'],
    ...TO_CRITIC,
  },
  {
    re: phrase(
      '(?:请|請)?(?:不要|勿|别|別|不得)(?:再)?(?:随意|隨意|随便|隨便)?(?:散布|散佈|传播|傳播|散播|扩散|擴散|发布|發佈|發布|转发|轉發)(?:不实|不實|虚假|虛假|错误|錯誤|不真实|不真實|未经证实|未經證實|没有根据|沒有根據)的?(?:信息|消息|资讯|資訊|言论|言論|内容|內容)|(?:请|請)?(?:不要|勿|别|別|不得)(?:再)?(?:散布|散佈|传播|傳播|散播|扩散|擴散|制造|製造)(?:谣言|謠言)',
    ),
    need: ['不要', '勿', '别', '別', '不得'],
    what: '批判した相手への反論',
    instead: INSTEAD.critic,
    replyOnly: true,
  },
  // --- Round 15 kinds (two new writers: long keigo answers, a press desk, a quote of a critic) ---
  // The city says it did enough, answering criticism: 十分にご意見を伺ったものと考えております, 丁寧に説明してきた
  // つもりです, 説明責任は果たしている (not 皆さまのご意見を十分に伺ったうえで計画を策定しました).
  {
    re: phrase(
      '(?:十分|じゅうぶん|丁寧|適切|適正|公正|公平|慎重|誠実|万全|しっかり|きちんと|ちゃんと|精一杯|最大限)(?:に|な|の)?[^。！？!?\\n]{0,16}?(?:た|だ|てきた|できた|てまいった|でまいった|ている|でいる|ておる|でおる|とる|とった)(?:もの|こと)?(?:と(?:考え|認識し|判断し|存じ|自負し|確信し|思っ|思いま|思う|思うとり|思うと)|つもり(?:です|でございます|でおります|だ|なん|やけど|やけん|ばってん|ですが|ですけど))|(?:説明責任|説明|責任)(?:は|を)(?:十分に?|すでに|既に|きちんと|しっかり|ちゃんと)?(?:果たし|尽くし)て(?:おります|います|いる|おり|きました|きた|まいりました|おる|とる)',
    ),
    need: ['十分', 'じゆうぶん', '丁寧', '適切', '適正', '公正', '公平', '慎重', '誠実', '万全', 'しつかり', 'きちんと', 'ちやんと', '精一杯', '最大限', '果たし', '尽くし'],
    what: '批判に対する弁明',
    instead: INSTEAD.justify,
    notWithApology: true,
    needsCriticism: true,
    orReply: true,
    // Blind R331R-017 kind (reb61): also when the criticism is told in an earlier paragraph and the answer closes the post after a list of
    // what was done (…とのご意見をいただいています。⏎⏎【これまでの周知】…⏎⏎以上のとおり、説明は十分に尽くしてきたものと考えております).
    orHeardBefore: true,
  },
  // The complaint called only natural given the complainant's own doing: 窓を閉め切っていれば聞こえにくいのは当然かと
  // 思います, 締切を過ぎたら受け付けられんのは当たり前やろ (answering a complaint; not when a fix follows).
  {
    re: phrase(
      '(?:れば|りゃ|たら|なら|場合(?:は|には)?|ては|では|ちゃ)[、,]?[^。！？!?\\n]{0,20}?(?:の|ん)(?:は|も)(?:当然|当たり前|あたりまえ|当たりまえ)(?:です|でございます|だ|である|でしょう|かと|のこと|と(?:思|考え)|やろ|やん|じゃ|ばい|たい|やけん|[。！!？?、]|$)',
    ),
    ...BLAMES_COMPLAINANT,
  },
  // A criticism answered with a flat refusal and a demand for understanding (期間の短縮は考えておりません。ご理解ください,
  // 変更する予定はございませんので、ご理解願います); not a refusal with its reason and a remedy offered.
  {
    re: phrase('(?:短縮|変更|見直し|延長|中止|撤回|再開|廃止|縮小|拡大|拡張|拡充|新設|設置|追加|値下げ|増設|改善|見直す|変える|やめる|戻す)(?:する)?(?:こと|予定|考え|つもり)?(?:は|も)(?:今のところ|現時点で|当面)?(?:考えて|予定して|検討して)?(?:おりません|いません|ございません|ありません)[^。！？!?\\n]{0,6}[。、,]?[^。！？!?\\n]{0,16}?ご理解(?:ください|下さい|願います|をお願い|いただきたく|いただけますよう|のほど)'),
    need: ['ご理解'],
    what: '批判への反論',
    instead: INSTEAD.critic,
    needsCriticism: true,
    strongCriticism: true,
    notWithRemedy: true,
  },
  // The press said not to know what it wrote about: 記者の方は制度の中身をご存じないようです, 番組の制作側は現場を分かっていない.
  {
    re: phrase('(?:記者|取材者|報道|記事|番組|マスコミ|メディア|新聞社|テレビ局|編集部|制作側|番組側|論説委員|執筆者|ライター|社説)(?:の方|さん|様|各社|側)?(?:は|が|も)[、,]?[^。！？!?\\n]{0,20}?(?:ご存じ|ご存知|ごぞんじ)(?:ない|でない|ではない|なかった)|(?:記者|取材者|報道|記事|番組|マスコミ|メディア|新聞社|テレビ局|編集部|制作側|番組側|論説委員|執筆者|ライター|社説)(?:の方|さん|様|各社|側)?(?:は|が|も)[、,]?[^。！？!?\\n]{0,20}?(?:理解(?:されて|して)(?:い)?ない|(?:分|わ)かって(?:い)?ない|誤解(?:されて|して)いる)(?:よう|みたい|らしい|のでは|と思|です|。|$)'),
    need: ['ご存じ', 'ご存知', 'ごぞんじ', '理解', '分かつて', 'わかつて', '誤解'],
    what: '報道への反論',
    instead: INSTEAD.press,
    notWithApology: true,
    needsCriticism: true,
  },
  // Round 21: a report put down to the press's own failing (記者の方の取材不足によるものと考えております, 記事は記者の勉強不足
  // から生じたもの, 番組側の確認が不十分だったと言わざるを得ません, マスコミの思い込みやろ); not the city's own failing apologised
  // for (担当課の確認不足により誤った記事を掲載しました。お詫びします).
  {
    re: phrase(
      '(?:記者|取材者|取材班|報道|記事|番組|マスコミ|メディア|新聞社|新聞|テレビ局|放送局|編集部|制作側|番組側|報道機関|執筆者|ライター)(?:の方|さん|様|各社|側|の皆様|の皆さま)?(?:の|は|が|による|側の|において)?[、,]?(?:(?!担当|当課|職員|市の|本市|当市|私ども|弊|市役所|当方|こちら)[^。！？!?\\n]){0,12}?(?:(?:取材|確認|調査|勉強|理解|認識|知識|裏付け|裏取り|下調べ|事実確認)(?:の)?(?:(?:が)?(?:少し|やや|いささか|若干|ちょっと|かなり)(?:不足|不十分)(?:だった|であった)?|不足|不十分|が不十分|が足り(?:ない|ず|なかった|ません)|が甘(?:い|かった)?|がずさん(?:だった)?|を怠(?:った)?)|不勉強|思い込み|早とちり|先入観|誤認|曲解)(?:による|によって|から(?:生じ|来|く)|が原因|のため|ため|ことによる|ことが原因|ゆえ|であり|です|でしょう|だろう|やろ|だと|(?:だった)?(?:の|ん)(?:では|じゃ)(?:ない|ありません)(?:でしょう|です)?か|と(?:考え|思|言わざる|判断|見て|推察)|の(?:結果|表れ|あらわれ)|に(?:起因|よるもの|基づ))|(?<!(?:担当|当課|職員|市|当方|弊社|私ども)の)(?:取材|確認|裏付け|裏取り|事実確認|下調べ)(?:の|が)?(?:不足|不十分)(?:な|の)(?:まま(?:の|で|に)?)?(?:書かれた|報じられた|作られた|出された)?(?:記事|報道|番組|放送|見出し|論評)|(?:記者|執筆者|取材者|取材班|番組|制作側|番組側|マスコミ|メディア|記事)(?:の方|さん|様|側)?(?:は|が)[、,]?[^。！？!?\\n]{0,10}?(?:現場|実態|実情|当事者|担当課|関係者|地元|市)(?:の(?:話|説明|声|状況))?(?:を|に|へ|も|ば)?(?:一度も|ろくに|全く|まったく|きちんと|十分に|よく)?(?:見|聞か|確認せ|確認し|取材せ|取材し|調べ|知ら|訪れ|足を運ば)(?:ず|ないで|ることなく|んで)(?:に)?[^。！？!?\\n]{0,8}?(?:書(?:か|い)|報じ(?:ら|た|て)|作(?:ら|っ)|放送(?:さ|し)|まとめ(?:ら|た|て))',
    ),
    what: '報道への反論',
    instead: INSTEAD.press,
    notWithApology: true,
  },
  // The press asked, in public, to be accurate: 報道には正確さを求めます, マスコミ各社には事実に基づいた報道を
  // お願いしたい, 公正な報道を強く望みます (not 報道機関の皆さまへ：取材のお申し込みは広報課まで).
  // Round 33: also after the right figure is given (正しくは平均68分です。記者の方にはもう少し正確な取材をお願いしたい): the
  // correction does not make the rebuke to the reporter a plain correction.
  // Blind R258V-034 kind: also the wish in the past, a regret that it was not done (記者の方には、もう少し丁寧な取材をお願いしたかった
  // ところです, 報道機関にはきちんと事実確認をしていただきたかった): the same rebuke to the press, looking back.
  {
    despiteCorrection: true,
    re: phrase(
      '(?:報道|記事|マスコミ|メディア|新聞|テレビ|番組|記者|各社)(?:各社|各局|局|社|機関|関係者|の皆様|の皆さま|の方々|の皆さん|の方|さん|様)?(?:の皆様|の皆さま|の方々|の皆さん|の方)?(?:に|には|へ|へは|に対して|に対しては|側に|側には)[、,]?[^。！？!?\\n]{0,12}?(?:正確さ|正確性|公正さ|公平さ|事実確認|裏付け|裏取り|(?:正確|公正|公平|冷静|慎重|誠実)な(?:報道|取材|記事|事実確認)|事実に基づ(?:く|いた)(?:報道|取材|記事)|責任ある報道|十分な取材|丁寧な取材)(?:を)?(?:強く)?(?:求め|要望|要請し|要請いたし|望み|望む|望みた|お願いしたい|お願いいたしたい|お願いしたかった|お願いいたしたかった|期待し|申し入れ|心が(?:け|けて)(?:いただきたい|ほしい|てほしい|ていただきたい|いただきたかった|てほしかった|ていただきたかった)|(?:して|されて|なさって)(?:いただきたい|頂きたい|ほしい|欲しい|もらいたい|いただきたかった|頂きたかった|ほしかった|欲しかった|もらいたかった))|(?:正確|公正|公平)な(?:報道|取材)(?:を)?(?:強く)?(?:求め|要望し|要請し|望み|望む|お願いしたい|心がけていただきたい|心がけてほしい)|(?:記者|取材者|報道|記事|マスコミ|メディア|新聞社|テレビ局|番組|編集部)(?:機関|各社|各局|関係者|側)?(?:の方|さん|様|の皆様|の皆さま|の方々|の皆さん)?(?:に|には|へ|へは|は)[、,]?[^。！？!?\\n]{0,8}?(?:もう少し|もっと|しっかり|きちんと|ちゃんと|今後は)[、,]?[^。！？!?\\n]{0,6}?(?:正確|慎重|丁寧|公正|誠実)(?:な|に)(?:取材|報道|確認|事実確認|裏付け|裏取り|記事|報じ)[^。！？!?\\n]{0,4}?(?:を)?(?:お願いしたい|お願いいたしたい|お願いします|お願いいたします|願いたい|求めます|求めたい|望みます|(?:して|されて|なさって)(?:いただきたい|頂きたい|ほしい|欲しい|もらいたい|ください))',
    ),
    what: '報道への抗議',
    instead: INSTEAD.press,
    notWithApology: true,
  },
  // A reported figure or finding explained away: 算出方法が違うだけで、実際の数値に問題はありません, 集計時期が異なる
  // にすぎず (answering a report or a critic).
  // Blind R294I-037 kind: or called wrong for it (記事の…うちの課の数字は集計方法が違うので誤りです, 調査の時期が異なるため正確では
  // ありません): the report's figure denied in the writer's voice; not a past error admitted (誤りでした) or a comparison declined.
  // Review (rvreb): also in plain words (数え方が違うので間違っています); not the city's own error owned (記事の数字に誤りがありました).
  {
    re: phrase(
      '(?:算出|計算|集計|算定|調査|測定|比較|統計|カウント)(?:の)?(?:方法|方式|基準|手法|対象|時期|期間|条件|前提|仕方)(?:が|の)(?:違う|異なる|違っている|異なっている|違い|ちがう)(?:だけ|のみ|にすぎ|に過ぎ|によるだけ|によるものにすぎ|によるものに過ぎ)|(?:(?:算出|計算|集計|算定|調査|測定|統計|カウント)(?:の)?(?:方法|方式|基準|手法|対象|時期|期間|条件|仕方)|(?:数え|計算し|集計し|測り|計り|出し)方)(?:が|の)(?:違う|異なる|違っている|異なっている|ちがう|違います|異なります)(?:ので|ため|から|ことから)[、,]?(?:(?:誤り|間違い|不正確)(?:です|であり|でございます|だ(?=[。！!、]|$))|正確(?:では|じゃ)(?:ありません|ございません|ない(?=[。！!、]|$))|(?:間違|誤)って(?:います|おります|いる(?=[。！!、]|$)))|実際(?:の|には|は|に)[^。！？!?\\n]{0,12}?(?:に|は|には)?(?:何ら|なんら|特に|全く|何も|なんも)?問題(?:は|も)?(?:ありません|ございません|ない(?:です|と|。|$)|なし|なか)(?!か|でしょうか)',
    ),
    what: '報道や批判への反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    needsCriticism: true,
  },
  // Blind R316M-044 kind: after a criticism received, the critic's comparison put down to how they chose what to compare (比べる項目の
  // 選び方によって印象が変わるのではないでしょうか, 比較の仕方次第で結果は違ってきます, 何と比べるかで評価は大きく変わります, 数字の切り取り方に
  // よって見え方は異なります): the critic told their picture comes from their own choice, not from the city. Only after a criticism received;
  // not a guide to reading statistics with no critic, not with an apology, thanks or a concession (確かに, 今後は…お示しします).
  {
    re: phrase(
      '(?:比べ方|比べる(?:項目|対象|相手|指標|時期|基準|範囲|もの)(?:の(?:選び方|取り方))?|比較(?:の(?:仕方|しかた|方法)|の?(?:する)?(?:項目|対象|相手|指標|時期|基準|範囲)(?:の(?:選び方|取り方))?)|(?:どこ|何|なに|どの[一-龥]{1,4})(?:と|を)(?:比べる|比較する|比べるの|基準にする)か|(?:項目|指標|対象|データ|数字|数値|統計|切り口)の(?:選び方|取り方|切り取り方|見方)|切り取り方)(?:に)?(?:よって|より|次第で|次第では|で)(?:は)?[、,]?(?:受ける)?(?:印象|結果|評価|見え方|順位|受け止め方|感じ方|イメージ)(?:は|が|も)[、,]?(?:大きく|かなり|ずいぶん|だいぶ|まったく|全く|いくらでも)?(?:変わる|変わり(?:ます|うる|得る)|変わって(?:くる|きます)|違って(?:くる|きます)|異なる|異なります|異なって(?:くる|きます)|左右され(?:る|ます))',
    ),
    need: ['比べ', '比較', '選び方', '取り方', '切り取り', '見方'],
    what: '批判を相手の比べ方のせいにする反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    needsCriticism: true,
    strongCriticism: true,
    unless: LISTENING41,
    greetingOk: true,
  },
  // Blind R378B-053 kind: the critic said only to have it wrong, in honorific speech (勘違いされているだけで、市の計算に誤りはありません,
  // 思い違いをなさっているだけです): 勘違い takes no object, so される here is the critic's honour, not a passive (the writer's own
  // mistake, 私が勘違いしていただけでした, has no される).
  {
    re: phrase('(?:勘違い|勘ちがい|思い違い|早とちり)(?:を)?(?:されて|なさって|しておられ|されと|されちょ|しとられ)(?:いる|おられる|いらっしゃる|る)?だけ(?:で|です|だ|かと|なので|なん|じゃ|や)'),
    what: '相手の誤りを指摘する反論',
    instead: INSTEAD.critic,
    notAsCommonMyth: true,
  },
  // The critic named and said to be mistaken, in the present: この方は勘違いされていますが, 投稿者さんは誤解して
  // おられます, 何か勘違いされていませんか (not a fraud story: この方は息子からの電話だと勘違いしてしまいました).
  // Blind R83A-051: the critics named as a group by their criticising (問題視されている方は誤解されていると考えます, 反対しておられる
  // 方々は…誤解されているのだと思います, 批判しよる人は勘違いしとるばい), with a verb of thinking after と too (と考えます, と存じます).
  {
    re: phrase(
      '(?:(?:この|その|あの|こちらの|そちらの|投稿(?:した|された|者の)?|書き込(?:んだ|まれた)|コメント(?:した|された|の)|(?:ご?批判|非難|問題視|疑問視|不安視|危険視|反対|反発|抗議)(?:を)?(?:して|されて|なさって|しと|しよ|しちょ)(?:いる|おられる|いらっしゃる|おらす|る|らす|ん)?)(?:方|人|方々|人たち|かた|ユーザー|アカウント|皆さん|皆さま|皆様|みなさん|みなさま)|(?:投稿者|投稿主|書き込み主|コメント主)(?:の方|さん|様|さま)?|あなた|貴方|あんた|そちら(?:様)?|ご本人|(?<!皆|みな)(?:さん|さま|様|氏))(?:(?:は|が|も)[、,]?|[、,])[^。！？!?\\n]{0,16}?(?:勘違い|誤解|思い違い|誤認|早とちり|混同|取り違え|読み違え|見間違え|勘ちがい)(?:を)?(?:されて|なさって|して|しておられ|しとら|しと|しちょ)(?:い|お|る)?(?:ます|られます|らっしゃいます|らっしゃる|る|ん)?(?:が|けど|けれど|ね|よ|な|ばい|やけん|けん|[。！!]|ようで|みたい|のでは|のだと|んだと|のかと|んじゃ|のでしょう|んでしょう|だけ|かと|と思|と(?:考え|存じ|認識し|判断し|見て))|(?:何か|なにか|どこか|少し|ちょっと)(?:勘違い|誤解|思い違い|誤認|混同)(?:を)?(?:されて|なさって|して|しておられ)(?:いませんか|ませんか|ない(?:です)?か|る(?:ん|の)(?:じゃ|では|や)|おられませんか|いらっしゃいませんか)',
    ),
    need: ['勘違い', '勘ちがい', '誤解', '思い違い', '誤認', '早とちり', '混同', '取り違え', '読み違え', '見間違え'],
    what: '相手の誤りを指摘する反論',
    instead: INSTEAD.critic,
    notWithApology: true,
  },
  // --- Round 18 kinds (two new writers: a press desk, answers to complaints) ---
  // A report or a complaint said to rest on a misunderstanding, in the present: この記事は誤解に基づいています, ご指摘は
  // 事実誤認に基づいたものです, その投稿は思い込みに基づいとる (not 偏見は誤解に基づいています, an awareness post).
  {
    re: phrase(
      '(?:記事|報道|番組|見出し|ニュース|週刊誌|ご?指摘|ご?批判|ご?意見|ご?投稿|書き込み|コメント|ご?主張|苦情|ご不満|口コミ|レビュー)(?:(?:は|も|の内容は|の多くは)[、,]?|[、,])[^。！？!?\\n]{0,20}?(?:誤解|誤認|事実誤認|思い込み|勘違い|憶測|臆測|誤った(?:認識|情報|理解|前提|数字))(?:に基づ(?:いて(?:い|お)(?:ます|ります|る|り)|いとる|いちょる|いたもの|いた(?:内容|記事|報道|ご指摘|批判|主張)|くもの|いたもん)|(?:から|より)(?:生じた|来た|きた)(?:もの|ご指摘|ご批判|批判)(?:です|であり|でございます|だ|と(?:考え|思|存じ)|かと))',
    ),
    need: ['基づ', '生じた', '来た', 'きた'],
    what: '相手の誤りを指摘する反論',
    instead: INSTEAD.critic,
    notWithApology: true,
  },
  // The press said to exaggerate or sensationalise: 記事は事故を誇張しています, 番組は実際以上に大げさに報じた,
  // ニュースで面白おかしく取り上げられた (not 誇大広告にご注意ください).
  {
    re: phrase(
      '(?:記事|報道|番組|見出し|ニュース|週刊誌|新聞|放送|ワイドショー|投稿|書き込み|動画|取材)(?:(?:は|では|が|で|の中で|の内容は)[、,]?|[、,])[^。！？!?\\n]{0,24}?(?:誇張(?:して(?:い|お)|しとる|しちょる|され(?:てい|てお|た(?:もの|内容|表現|報道|記事))|した(?:もの|内容|表現|報道|記事|書き方)|であり|です|だ(?:と|。)|と言わざる)|(?:過大に|過剰に|大げさに|大袈裟に|おおげさに|誇大に|実際以上に|事実以上に|必要以上に|面白おかしく|おもしろおかしく|センセーショナルに|ことさらに|殊更に)(?:報じ|報道|伝え|書き立て|書きたて|書かれ|書い|取り上げ|扱っ|扱わ|表現|描い|描か|騒ぎ立て|あおっ|煽っ))',
    ),
    need: ['誇張', '過大に', '過剰に', 'げさに', '袈裟に', '誇大に', '以上に', 'おかしく', 'せんせーしよなるに', 'ことさらに', '殊更に'],
    what: '報道や批判への抗議・反論',
    instead: INSTEAD.press,
    notWithApology: true,
  },
  // The city's conduct declared fine after a report or a complaint: 当日の安全管理に問題はありませんでした, 管理体制に
  // 不備はございませんでした (answering criticism; not an inspection result told plainly).
  {
    re: phrase(
      '(?:安全管理|管理|管理体制|体制|安全対策|運用|手順|指導|監督|監視|誘導|警備|点検|確認|説明|周知|告知|準備|設定|積算|算定)(?:に|には|の上で|上[、,]?)(?:何ら|全く|一切|特に|なんら)?(?:問題|不備|落ち度|手落ち|瑕疵|過失)(?:は|も)?(?:ありませんでした|ございませんでした|なかった(?:と|です|もの|。|$)|無かった|ない(?:と考え|と認識|ものと|です|。))',
    ),
    need: ['問題', '不備', '落ち度', '手落ち', '瑕疵', '過失'],
    what: '批判に対する弁明',
    instead: INSTEAD.justify,
    notWithApology: true,
    needsCriticism: true,
    strongCriticism: true,
    orReply: true,
    notWithRemedy: true,
  },
  // Blind R93A-107: the city's own service or conduct declared free of fault in the present, answering a complaint or in a reply
  // (市の収集に問題はございません, 当課の対応に落ち度はありません, 職員の案内にミスはなかです): not the resident's own paperwork reassured
  // (お客様の手続きに問題はございません), not a past finding or a check promised (問題はなかったか確認します), not a system.
  {
    re: phrase(
      '(?:市|当市|本市|柳川市|当課|当方|こちら|私ども|わたくしども|職員|窓口|市役所|役所|行政|当館|当センター)(?:側)?の[^。！？!?\\n]{0,8}?(?:収集|回収|対応|処理|手続き|手続|運営|作業|説明|案内|判断|運用|業務|配布|配達|配送|審査|指導|受付|仕事)(?:に|には|について(?:は)?)[、,]?(?:何ら|全く|一切|特に|なんら|まったく|何も|なんも)?(?:問題|不備|落ち度|ミス|手落ち|過失|誤り)(?:は|も)?(?:一切)?(?:ございません|ありません|ありまっせん|ない(?=[。！!、,]|です|と(?:考え|思|存じ|判断))|なか(?=[。！!、,]|です|よ|ばい|と)|ねえ)',
    ),
    need: ['問題', '不備', '落ち度', 'みす', '手落ち', '過失', '誤り'],
    what: '批判に対する弁明',
    instead: INSTEAD.justify,
    notWithApology: true,
    needsCriticism: true,
    strongCriticism: true,
    orReply: true,
    notWithRemedy: true,
    unless: REASSURED48,
  },
  // A complaint deflected as everywhere the same: 当市だけの問題ではありません, 全国どこでも同じであり,
  // うちだけが遅いわけじゃなかです, 他の自治体も同様です (answering a complaint).
  {
    re: phrase(
      '(?:当市|本市|市|うち|柳川市|当館|当課|当町|本町|こちら|私ども)(?:だけ|のみ)(?:の問題|の責任|のせい|の話|に限った(?:こと|問題|話)|が(?:特別|特に|悪い|遅い|高い|おかしい)[^。！？!?\\n]{0,6}?(?:わけ|訳))(?:では|じゃ|や)(?:ありません|ない|ございません|なか|ねえ)|(?:全国|県内|近隣|どこの(?:自治体|市町村|まち|町|市)|他の(?:自治体|市町村|市町)|他市|他県|よそ)(?:の(?:自治体|市町村)|では)?(?:でも|どこでも|どこも|も)[、,]?[^。！？!?\\n]{0,8}?(?:同じ|同様|一緒)(?:な|の)?(?:状況|対応|傾向)?(?:です|であり|でございます|だ(?:[。！!、]|から|し)|なので|ですので|ですから|やけん|たい|ばい)|(?:当市|本市|うち|柳川市|当町|本町)(?:に|だけに)限った(?:こと|問題|話)(?:では|じゃ|や)(?:ありません|ない|ございません|なか|ねえ)',
    ),
    need: ['だけ', 'のみ', '同じ', '同様', '一緒', '限つた'],
    what: '苦情への反論・責任の否定',
    instead: INSTEAD.justify,
    notWithApology: true,
    needsCriticism: true,
    strongCriticism: true,
    notWithRemedy: true,
  },
  // A spending or a decision declared reasonable against criticism: 経済効果を考えれば妥当な支出です, 物価を踏まえれば
  // 適正な料金と考えております (answering criticism; not 費用を考えれば早めの点検が必要です).
  // Blind R263F-031 kind: the verdict told with である before the section's own judgement (…を踏まえれば妥当な支出であると当課では判断
  // しております, 適正な額であるものと考えております) as with であり.
  // Blind R308T-035 kind: …also after a price charged too high read in a post (高すぎる値段だという投稿を拝見しました: `orCharge`).
  {
    re: phrase(JUSTIFIED_BY),
    need: ['妥当', '適正', '正当', '当然', '安'],
    what: '批判に対する弁明',
    instead: INSTEAD.justify,
    notWithApology: true,
    needsCriticism: true,
    strongCriticism: true,
    orReply: true,
    orCharge: true,
  },
  // Blind R263F-034 kind: the same verdict in casual speech after a complaint merely heard, not received (うなぎが高すぎるって声もあるけど、
  // 職人さんの手間を考えたら妥当やろ？, 料金が高いって言われるけど、燃料代を考えたら当然やん): the complainant told the price is right.
  // Only with a complaint heard in the paragraph (`COMPLAINT41`); not with thanks, a fix or a doubt taken back, not a question
  // (考えたら妥当でしょうか).
  {
    re: phrase(JUSTIFIED_BY),
    need: ['妥当', '適正', '正当', '当然', '安'],
    what: '苦情への弁明',
    instead: INSTEAD.justify,
    notWithApology: true,
    alsoNeeds: COMPLAINT41,
    unless: LISTENING41,
  },
  // Blind R183I-021: a criticism received, then turned with a contrast (ですが、 しかし、 とはいえ、) to the opposite claim (…は税金の無駄遣いという
  // ご意見をいただいています。ですが、…無駄どころか十分に元が取れている事業です; しかし、むしろ安いほうです; ですが、決して贅沢な
  // 事業ではありません), or the charge's own word turned round with どころか (赤字どころか黒字です). Only after a criticism received; not with
  // thanks, a concession or a fix (しかし、むしろこれを改善のきっかけに…), an apology, or a rumour set right.
  {
    re: phrase(
      '(?<=^|[。！!？?\\n]\\s?)(?:ですが|しかし|しかしながら|けれども|ですけれども|とはいえ|とは言え|でも)[、,][^。！？!?\\n]{0,30}?(?:どころか|むしろ|決して[^。！？!?\\n]{1,16}?(?:ではなく|ではありません|ではございません|ではない|じゃない|わけではな|ものではな))' +
        '|(?:無駄|むだ|無駄遣い|無駄づかい|ムダ|赤字|損|不要|逆効果|失敗|迷惑|マイナス|ばらまき|バラマキ)(?:な|の)?どころか',
    ),
    need: ['どころか', 'むしろ', '決して'],
    what: '批判に言い返す反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    rumourDenial: true,
    needsCriticism: true,
    strongCriticism: true,
    notWithRemedy: true,
    unless: new RegExp(LISTENING41.source + '|' + phrase('その通り|そのとおり|おっしゃる通り|おっしゃるとおり|ご指摘のとおり|ご指摘の通り', 'u').source, 'u'),
  },
  // --- Round 40 kinds ---
  // A report denied with no subject named (一部報道で「…」とありましたが、事実ではありません).
  // Blind R436M-057 kind: …or a comment a resident wrote said to be spreading (…というコメントが拡散されていますが、事実ではありません, 口コミ,
  // レビュー): what residents write of the city answered with a denial, as a post is; a rumour or information set right (という情報が広がって
  // いますが、事実ではありません, という噂が…) stays a correction (`correctsRumour`), unless what it says charges the city (`CHARGE`: 陳情を市が
  // 握りつぶした).
  {
    re: phrase('(?:報道|報じ|記事|書かれ|投稿|書き込み|コメント|ポスト|口コミ|クチコミ|レビュー|噂|うわさ|情報)[^。！？\\n]{0,40}?(?:とありました|とありますが|されました|されています|ています|ました)?(?:が|けど|けれど)[、,\\s]*(?:全く|まったく|決して)?事実(?:では|じゃ)(?:ありません|ございません|ない)'),
    need: ['事実では', '事実じや'],
    what: '批判に対する反論',
    instead: INSTEAD.deny,
    notWithApology: true,
    rumourDenial: true,
  },
  // The critic told not to misunderstand, or their post put down to their own mistake (…ですので、誤解なさらないでください;
  // 投稿された方の勘違いかと思います).
  {
    re: phrase('誤解(?:なさら|されない|しない|されませ|しませ)(?:ない)?(?:で|よう(?:に)?)(?:ください|下さい|お願い|いただ)|(?:投稿|書き込|発言|コメント|ご意見)(?:された|した|なさった|を(?:された|した))(?:方|人)(?:の)?(?:勘違い|思い違い|誤解|早とちり|見間違い|認識違い|事実誤認)'),
    need: ['誤解', '勘違い', '思い違い', '早とちり', '見間違い', '認識違い', '事実誤認'],
    what: '批判に対する反論',
    instead: INSTEAD.critic,
    notWithApology: true,
  },
  // --- Round 26 kinds ---
  // A report or criticism received, then flatly denied in the writer's own voice (…と報じられましたが、それは違います, ご指摘を
  // いただきましたが、その内容は事実と異なります, 〜と書かれとりますけど、それは間違いです; not an admission: それは誤りでした).
  // Blind R443U-036 kind: …also a charge against the city asked in a Q&A (Q. 市は…を握りつぶしているって本当？ A. いいえ。それは明確に間違い
  // です, Q …隠しているのですか？ A いいえ、それは完全に誤りです): the charge (CHARGE) heard counts as a criticism received (orCharge), the
  // denial after いいえ。 with its stop, in any emphatic adverb (明確に, はっきり). A fact set right politely (いいえ、そのような事実はありません。
  // 正しくは…です) or a belief about no one (よくある誤解です) is not matched.
  {
    re: phrase('(?:(?:が|けど|けれど|けれども|ものの|しかし|ですが|ただ|でも)[、,\\s]*|(?:いえ|いいえ)[、,。．！!\\s]*)(?:それ|これ|あれ|その(?:内容|報道|記事|情報|話|件|点|ご指摘|ご意見|ような(?:こと|話|事実))|そちら|そげなこと|そんなこと)(?:は|って|も)[、,\\s]*(?:全く|まったく|完全に|明らかに|明確に|はっきり(?:と)?|明白に|大きく|決して|全然|ぜんぜん|ちょっと|ちょっぴり|少し|すこし|少々|やや|いささか|ちと)?(?:違います|違(?:う|います)(?:ん|と|けん|よ|ばい|たい|。)|ちがいます|ちがう(?:ん|と|けん)|間違い(?:です|だ|であり|でござい)|間違って(?:います|おります|いる)|誤り(?:です|だ|であり|でござい)|事実では(?:ありません|ない|ございません)|事実と(?:異な|違)|正しくありません|正しくない|デマ(?:です|だ)|なか(?:です|ばい|たい|と))'),
    need: ['違', 'ちが', '間違', '誤り', '事実', '正しく', 'でま', 'なか'],
    what: '批判に対する反論',
    instead: INSTEAD.deny,
    notWithApology: true,
    needsCriticism: true,
    strongCriticism: true,
    orCharge: true,
    orReply: true,
  },
  // Blind R249C-032 kind: the harm of the city's own mistake played down in answer to the voices it drew (料金誤掲載について多数のご意見を
  // いただきました。…実質的な損害は生じていないものと認識しております, 実害はございません, 大きな不利益はなかったものと考えております):
  // a defence, even inside an apology. Only 実害, or a loss or a disadvantage judged by the city (と認識, と考え): an incident report's
  // fact (被害は確認されておりません) and a storm's damage (台風による被害はありませんでした) are not matched; only answering criticism.
  {
    re: phrase(
      '(?:実害|実質的(?:な)?(?:損害|被害|実害|影響|不利益|ご迷惑)|(?:大きな|特段の|格別の|具体的な)?(?:損害|不利益))(?:は|も|等は|などは)[、,]?(?:一切|特に|何ら|なんら|ほとんど|まったく|全く)?(?:(?:(?:生じて|発生して|出て)(?:い|お)(?:ない|らない|りません|ません|なかった)|(?:生じ|発生し|出)(?:なかった|ませんでした)|(?:ありません|ございません|なかった|無かった|ない)(?:でした)?)(?:もの|こと)?と(?:認識|考え|判断|理解|存じ|思)|(?<=実害(?:は|も)[、,]?(?:一切|特に|何ら|なんら|まったく|全く)?)(?:ありません|ございません|ない|なかった)(?:でした)?(?=[。！!]|ので|から|$))',
    ),
    need: ['実害', '実質的', '損害', '不利益'],
    what: '批判に対する弁明',
    instead: INSTEAD.justify,
    needsCriticism: true,
  },
  // Blind R250G-033 kind: the criticism itself judged as nitpicking or a false charge, as the writer's view (あれは揚げ足取りだと受け止めて
  // います, ご指摘は言いがかりに過ぎないと考えております, 今回の批判は難癖だと思っています): the critics dismissed, only answering criticism.
  {
    re: phrase(
      '(?:あれ|これ|それ|今回の(?:件|こと|ご?指摘|ご?批判|反応)|ご?指摘|ご?批判|ご意見|反応|コメント|書き込み|声)(?:は|も)[、,]?[^。！？!?\\n]{0,10}?(?:揚げ足取り|揚げ足を取る(?:もの|ような(?:もの|こと|ご?意見))|言いがかり|言い掛かり|難癖|いちゃもん|イチャモン)(?:の(?:よう|類)(?:なもの)?)?(?:だ|である|に(?:過ぎ|すぎ)ない)?と(?:受け止め|考え|認識|判断|理解|思|感じ)',
    ),
    need: ['揚げ足', '言いがかり', '言い掛かり', '難癖', 'いちやもん'],
    what: '批判を言いがかりとする反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    needsCriticism: true,
  },
  // Criticism acknowledged, then the city's conduct declared the best or right one (厳しいご意見をいただいていますが、最善の対応で
  // あったと考えております, ご批判もありますが判断は正しかったと認識しています, 苦情はあったばってん、やむを得ん措置やったと思うとります;
  // answering criticism received; not a plan: 最善の方法を検討してまいります).
  // Blind R167I-130: also nothing wrong said or written (きびしいコメントが付きます。…私たちは何も間違ったことは言っていないと思っています,
  // 間違ったことは書いておりません): the city's words declared right.
  {
    re: phrase('(?:最善|最良|最適|ベスト|適切|適正|妥当|正当|正しい|やむを得ない|やむをえない|やむを得ん|致し方ない|いたしかたない|当然)(?:の|な)?(?:対応|判断|措置|選択|方法|処置|決定|対策|運営|もの|こと)?(?:で(?:あった|あり|ある)|だった|でした|です|やった|じゃった)?(?:もの)?と(?:考え|認識|判断し?|確信し?|自負し?|存じ|思(?:って|っと|うと|い|う))(?:て(?:おり|い|お)|とり|とる|ます|る|ており|ました|た)|(?:適切|適正|誠実|丁寧|十分|じゅうぶん|問題なく|正しく)に(?:対応|判断|処理|運営|実施|説明|対処)(?:した|している|してきた|できた|いたした|しており|いたしており|されている)(?:もの)?と(?:考え|認識|判断|確信|自負|存じ|思)|(?:最善|最良|最適|適切|適正|妥当|正当|正しい|必要|やむを得ない)(?:の|な)(?:判断|対応|措置|決定|選択)(?:でした|だった|であった|でございました)(?=[。！!、]|$)|間違った(?:こと|判断|対応)は(?:して|い|しており|いたして|言って|いって|書いて|申して|申し上げて|お伝えして|伝えて|発信して|お知らせして)(?:い|お)?(?:ない|ません|りません)|(?:判断|対応|措置|決定|選択)(?:は|が|に)(?:間違って|誤って)(?:いなかった|いない|おりません|おらず|いません)|(?:判断|対応|措置|決定|選択)(?:は|が)(?:正しかった|適切だった|妥当だった|最善だった)'),
    need: ['と考え', 'と認識', 'と判断', 'と確信', 'と自負', 'と存じ', 'と思', '間違', '誤つて', 'かつた', 'でした', 'だつた', 'であつた', 'でございました'],
    what: '批判に対する弁明',
    instead: INSTEAD.justify,
    notWithApology: true,
    notWithRemedy: true,
    needsCriticism: true,
    strongCriticism: true,
    orReply: true,
  },
  // Round 26: criticism received, then the city's conduct said to be without error or by the rules (ご不満の声も聞こえますが、市の
  // 判断に誤りはありません, 苦情が寄せられていますが、ルールどおりに運用しております, …と報じられましたが、配置基準は満たしています;
  // not an inspection's finding: 点検したところ基準は満たしていました).
  {
    re: phrase('(?:が|けど|けれど|けれども|しかし|ですが|ものの)[、,\\s]*[^。！？\\n]{0,20}?(?:(?:判断|対応|措置|決定|運営|手続き|手続|対処|処理)(?:に|には)(?:何ら|なんら|一切|いっさい|全く|まったく|少しも)?(?:誤り|あやまり|間違い|まちがい)(?:は|も)(?:ありません|ございません|ない|なかった|ありませんでした|なか)|(?:基準|規定|規則|ルール|法令|要綱|手順|マニュアル|法律|条例)(?:は|を|に|の)?(?:通り|どおり|とおり)?(?:に)?[、\\s]?(?:きちんと|しっかり|すべて|全て|十分に?|適切に)?(?:満たして|守って|遵守して|順守して|従って|則って|のっとって|沿って|運用して|対応して)(?:おり|い)(?:ます|る)(?![かの]))'),
    need: ['誤り', 'あやまり', '間違い', 'まちがい', '満たして', '守つて', '遵守', '順守', '従つて', '則つて', 'のつとつて', '沿つて', '運用して', '対応して'],
    what: '批判に対する弁明',
    instead: INSTEAD.justify,
    notWithApology: true,
    notWithRemedy: true,
    notAsFinding: true,
    needsCriticism: true,
    strongCriticism: true,
    orReply: true,
  },
  // Blind R211D-043: a complaint received (騒音が大きいというご意見をいただいていますが) answered by declaring the city's own work within
  // the limits (作業は規制基準の範囲内で行っております, 基準値以内で運用しています, 法令の範囲内で実施しております), or by leaving the
  // complainant nothing but to accept (ご理解をお願いするほかございません, ご理解いただくしかありません): the complaint dismissed, not
  // heard. Only with a criticism received, not with an apology or a fix (今後は低騒音型の機械を導入します), not an inspection's finding
  // (測定したところ、基準の範囲内でした), not a notice that states the limits (工事は基準の範囲内で行います) with no complaint.
  {
    re: phrase(
      '(?:基準|基準値|規制値|規制基準|環境基準|許容範囲|許容値|法令|規定|上限)(?:の)?(?:範囲内|範囲の中|内|以内|以下)(?:で|に)[、,]?(?:適切に|適正に|きちんと)?(?:(?:実施|施工|作業|運用|運営|管理|工事)(?:を)?)?(?:行って|おこなって|して|いたして|進めて|実施して|施工して|運用して|管理して|抑えて|とどめて)(?:おり|い)(?:ます|る)(?![かの])' +
        '|ご理解(?:を)?(?:いただく|頂く|お願いする|お願いいたす|お願い申し上げる|賜る|いただける(?:よう)?お願いする)(?:ほか|しか|以外(?:に)?)(?:は)?(?:ございません|ありません|ない(?=[。！!]|です|と(?:考え|存じ|思))|なく)',
    ),
    need: ['範囲', '内で', '内に', '以内', '以下で', 'ほか', 'しか', '以外'],
    what: '苦情に対する弁明',
    instead: INSTEAD.justify,
    notWithApology: true,
    notWithRemedy: true,
    notAsFinding: true,
    needsCriticism: true,
    strongCriticism: true,
  },
  // --- Round 19 kinds (two new writers, written like the shared dev set) ---
  // A report or a criticism called one-sided, with a pronoun or a general noun as the subject: 〜と紹介されましたが、これは
  // 一方的な見方です, 偏った報道と言わざるを得ません, 一面的な捉え方にすぎません (answering criticism; not advice to readers:
  // 一方的な見方にとらわれないようにしましょう).
  {
    re: phrase(
      '(?:一方的|偏った|偏っている|偏向的|一面的|表面的|恣意的|短絡的|不公平|断片的|(?:公平性|客観性|正確性|中立性|公正さ|バランス)(?:を|に)(?:欠(?:く|いた)|欠け(?:る|た)))(?:な)?(?:見方|見解|評価|報道|捉え方|とらえ方|解釈|論調|ご意見|意見|ご批判|批判|ご指摘|指摘|内容|報じ方|伝え方|取り上げ方|書き方|記事|番組|主張|決めつけ|印象|ものの見方|もの)(?:です|でした|でございます|であり|であります|であった|だった|だ(?=[。！!、]|と|$)|と(?:言わざる|いわざる|考え|思|感じ|存じ|受け止め)|に(?:過ぎ|すぎ)|でしかな|ではないでしょうか|ではないかと|やけん|やった|やと思|ばい|(?=[。！!]|$))',
    ),
    need: ['一方的', '偏', '一面的', '表面的', '恣意的', '短絡的', '不公平', '断片的', '欠く', '欠いた', '欠ける', '欠けた'],
    what: '報道や批判への反論',
    instead: INSTEAD.press,
    notWithApology: true,
    needsCriticism: true,
    orReply: true,
  },
  // Blind R83A-047: a report or a criticism, or its content, called one-sided in a predicate of the city's voice (記事の内容は一面的
  // であり, 番組の構成は極めて一面的で、, 報道の内容は偏っており, 社説の論調は一方的であると言わざるを得ず, 記事は一面的やし): the
  // report argued with. Not a goal (一面的にならないよう), not advice on reading (一面的であることもある), not an adjective before a noun.
  {
    re: phrase(
      '(?:報道|記事|番組|放送|社説|論説|見出し|論評|ご?批判|ご?指摘|報じ方)(?:の(?:内容|論調|趣旨|構成|書き方|報じ方|伝え方|取り上げ方|見出し|論旨|表現|描き方))?(?:は|も)[、,]?(?:極めて|あまりに(?:も)?|大変|非常に|かなり|いささか|やや|少々|明らかに|著しく|どう見ても|どうしても)?[、,]?(?:(?:一方的|一面的|偏向的|表面的|恣意的|短絡的|断片的|不公平)(?:で(?:あり|あって|す|ございます|した|(?=[、,]))|であると(?:考え|言わざる|いわざる|思|感じ|存じ)|だ(?=[。！!、,]|と)|と(?:言わざる|いわざる|考え|思|感じ|存じ|受け止め)|や(?:し|けん|けど|と思|ろう|もん)|(?=[。！!]|$))|偏って(?:おり|いて|います|おります|いる(?=[。！!、,]|と)|る(?=[。！!、,]|と)))',
    ),
    need: ['一方的', '偏', '一面的', '表面的', '恣意的', '短絡的', '不公平', '断片的'],
    what: '報道や批判への反論',
    instead: INSTEAD.press,
    // (The subject names the report or the criticism itself (社説の論調は…), so no other sign of criticism is needed.)
    notWithApology: true,
  },
  // The facts said to be twisted by the report: 記事は事実をねじ曲げた悪質なものです, 報道は実態を歪めて伝えています.
  {
    re: phrase(
      '(?:事実|実態|真実|実情|現実|経緯|発言)(?:を|が)(?:ねじ曲げ|捻じ曲げ|ねじまげ|歪め|ゆがめ|ゆがめられ|歪められ|ねじ曲げられ|曲げ|すり替え)(?:た(?:[^。！？!?\\n]{0,8}?(?:もの|報道|記事|内容|表現|見出し|番組))?(?:です|でした|であり|でございます|だ(?=[。！!、]|と|$)|と(?:言わざる|考え|思|感じ))|て(?:伝え|報じ|書い|編集し|紹介し)(?:て(?:い|お)(?:ます|ります|る)|ている|ました|た(?=[。！!]|$)))',
    ),
    need: ['ねじ曲げ', '捻じ曲げ', 'ねじまげ', '歪め', 'ゆがめ', '曲げ', 'すり替え'],
    what: '報道や批判への抗議・反論',
    instead: INSTEAD.press,
    notWithApology: true,
    needsCriticism: true,
  },
  // The city's work said not to come across, as a regret at the report (市の取り組みが正しく伝わっていないのは残念です), or the
  // press said not to have asked (市には事前の取材が一切ありませんでした), answering a report (not 周知不足を反省し…).
  {
    re: phrase(
      '(?:取り組み|取組|対応|実情|実態|事実|説明|経緯|努力|思い|考え|立場)(?:が|は)[、\\s]*(?:正しく|十分に?|きちんと|正確に|うまく|まったく|全く)?(?:伝わって(?:い|お)?(?:ない|らず|ません|おりません)|伝えられて(?:い|お)?(?:ない|らず|ません))(?:の|こと)(?:は|が|を)[、\\s]*(?:大変|非常に|誠に|とても|極めて)?(?:残念|遺憾|心外)|(?:市|当市|本市|当課|当館|私ども|こちら|当方)(?:に|へ|には|へは|への|に対して(?:は)?|に対する)[、\\s]*(?:事前の|事前に|直接の)?(?:取材|事実確認|取材の(?:申し込み|申込|依頼))(?:は|も|が)?[、\\s]*(?:一切|全く|何ら|一度も|まったく)(?:ありませんでした|ございませんでした|なかった|なく|ありません|ございません)',
    ),
    need: ['伝わつて', '伝えられて', '取材', '事実確認'],
    what: '報道への抗議・反論',
    instead: INSTEAD.press,
    notWithApology: true,
    needsCriticism: true,
  },
  // The writer's doubt at a programme or an article, said in public: 番組の構成には疑問を感じます, 記事の書き方には違和感を
  // 覚えざるを得ません, 報道姿勢に強い疑念を抱いております (not 記事の内容に疑問がある方は広報課まで, not advice: 報道に疑問を
  // 感じたら公式情報を確かめましょう).
  {
    re: phrase(
      '(?:番組|記事|報道|取材|放送|編集|見出し|紙面|ニュース|新聞|テレビ|週刊誌|コメンテーター|記者)(?:の|側の)?(?:構成|内容|作り|作り方|姿勢|手法|在り方|あり方|取り上げ方|伝え方|報じ方|編集|論調|方向性|やり方|書き方|表現|切り口|演出|仕方|趣旨|意図|見立て|見方|分析|結論|評価|捉え方|とらえ方|解釈|論旨|描き方|前提|根拠|主張|指摘)?(?:に|には|については|について|にも|に対しては|に対して(?:は)?)[、\\s]*(?:大きな|強い|少なからず|多大な|深い|いささか|少々|大いに|非常に|極めて|強く)?(?:(?:疑問|違和感|不信感|疑念|不快感|憤り|首を(?:かしげ|傾げ))(?:を)?(?:感じ|覚え|抱い|抱き|抱か|いだい|いだき|いだか|持た|持っ|もっ|禁じ得|禁じえ|呈し|呈さ)?(?:て(?:います|おります|おり|おきます|おきたい)|たい(?:と(?:思|存じ)|(?=[。！!]|$))|ます|ました|ざるを得|ずにはいられ|ません|る(?=[。！!]|$)|た(?=[。！!]|$))|(?:重大な)?問題が(?:ある|あった)(?:と(?:考え|思|感じ)(?:ます|ております|ています|ざるを得)|と言わざるを得|のでは(?:ないか|ないでしょうか)(?=と(?:考え|思|感じ)|[。！!]|$)))',
    ),
    need: ['疑問', '違和感', '不信感', '疑念', '不快感', '憤り', '首を', '問題があ'],
    what: '報道への抗議・反論',
    instead: INSTEAD.press,
    notWithApology: true,
  },
  // A report said to mislead or to show only a part: 記事は誤解を招く内容です, 見出しは読者に誤解を与えかねないものであり,
  // 取り組みの一部だけを取り上げたものにすぎません (not the city's own wording corrected with an apology).
  // Blind R198I-015: or only part of what the city said (記述は市の説明の一部だけを取り上げたもので, 市長の発言の一部を切り取った
  // 報道): the press said to have quoted the city selectively; not a digest the city gives of its own words (説明の一部を抜粋して掲載します).
  // Blind R295M-029 kind: or to lead its readers the wrong way (見出しは明らかに読者を誤った方向へ導くものです, 記事は市民を間違った方向に
  // 誘導するもの): misleading said in other words.
  // Review (rvreb): or in the loanword (見出しは、読者をミスリードするものです, ミスリードな記事です); still only of a report.
  {
    re: phrase(
      '(?:記事|報道|番組|見出し|放送|ニュース|週刊誌|新聞|紙面)(?:(?:は|が|では|の(?:内容|表現|見出し|書き方|伝え方)(?:は|が))[、,]?|[、,])[^。！？!?\\n]{0,20}?(?:(?:誤解|誤った印象|間違った印象|誤認)を(?:招(?:く|き|いて|きかね)|与え(?:る|かね|て)|生(?:む|み|みかね|じさせ))|(?:読者|読み手|視聴者|市民|住民|皆さん|皆様|皆さま)(?:の(?:皆さん|皆様|皆さま|方々))?を(?:誤った|間違った|あらぬ|誤りの)方向(?:へ|に)(?:と)?(?:導(?:く|き|いて|きかね)|誘導(?:する|し))|(?:(?:読者|読み手|視聴者|市民|住民|皆さん|皆様|皆さま)(?:の(?:皆さん|皆様|皆さま|方々))?を)?ミスリード(?:する|し(?:て|かね)|させ(?:る|かね))|ミスリード(?:を(?:招|誘|生)|な(?:もの|内容|表現|見出し|記事|報道|書き方)|(?:です|であり|でございます)))[^。！？!?\\n]{0,8}?(?:もの|内容|表現|報道|記事|書き方|見出し)?(?:です|であり|でございます|だ(?=[。！!、]|と|$)|と(?:言わざる|考え|思|感じ|存じ)|(?=[。！!]|$))',
    ),
    need: ['誤解を', '誤つた印象を', '間違つた印象を', '誤認を', '方向へ', '方向に', 'ミスリード'],
    what: '報道や批判への反論',
    instead: INSTEAD.press,
    notWithApology: true,
  },
  {
    re: phrase(
      '(?:事実|実態|現状|取り組み|取組|対応|経緯|活動|説明|ご説明|発言|回答|答弁|見解|資料)の(?:一面|一部分|一部|一側面|一端)(?:だけ|のみ|しか)?(?:に(?:すぎ|過ぎ)(?:ません|ない|ず)|を(?:取り上げ|切り取|強調|誇張|報じ)(?:た|て)(?:もの|内容|報道|記事|に(?:すぎ|過ぎ)))',
    ),
    need: ['一面', '一部', '一側面', '一端'],
    what: '報道や批判への反論',
    instead: INSTEAD.press,
    notWithApology: true,
    needsCriticism: true,
  },
  // A report said to be far from the facts: 実態とはかけ離れています, 現状と大きく異なる内容です, 実際とは乖離した数字
  // (answering a report or a critic; not 実態と異なる場合があります, a caution).
  {
    re: phrase(
      `(?:実態|実情|現状|現実|事実関係|実際(?:の[一-龥々ァ-ヶー][一-龥々ァ-ヶーぁ-ゖ]{0,6}?)?)(?:と|とは)(?:大きく|全く|まったく|かなり|著しく|明らかに|だいぶ|随分|ずいぶん)?(?:かけ離れ|懸け離れ|乖離し|食い違っ|異なっ|違っ)(?:て(?:います|おります|いる(?=[。！!、]|と|$)|おり|る(?=[。！!、]|$))|た(?:${FAR_FROM_NOUN})${FAR_FROM_VERDICT}|とる|ちょる)|(?:実態|実情|現状|現実|事実関係|実際)(?:と|とは)(?:大きく|全く|まったく|かなり|著しく|明らかに)?異なる(?:(?:${FAR_FROM_NOUN})${FAR_FROM_VERDICT}|(?:もの)?と(?:考え|受け止め|受けとめ|認識し|存じ|捉え)(?![^。！？!?\\n]{0,8}?(?:場合|とき|際)))` +
      // Blind R238K-032 kind: the same said with 相違 (ご投稿の内容について確認いたしましたが、実際とは相違がございます, 事実と相違しております).
      '|(?:実態|実情|現状|現実|事実関係|実際|事実)(?:と|とは)(?:大きく|全く|まったく|かなり|著しく|明らかに|一部)?(?:相違|齟齬)(?:が|も)?(?:ございます|あります|ござい(?:まし)?て|あり(?:まし)?て|見られます)(?=[。！!、]|$)|(?:実態|実情|現状|現実|事実関係|実際|事実)(?:と|とは)(?:大きく|全く|まったく|かなり|著しく|明らかに)?相違し(?:て(?:おります|います|おり|いる(?=[。！!、]|$))|た(?:もの|内容|記載|説明)(?:です|であり|でございます))',
    ),
    need: ['かけ離れ', '懸け離れ', '乖離', '食い違', '異な', '違つ', '相違', '齟齬'],
    what: '報道や批判への反論',
    instead: INSTEAD.press,
    notWithApology: true,
    needsCriticism: true,
    strongCriticism: true,
    orReply: true,
  },
  // Blind R407G-014 kind: a figure or passage of a report pointed at (この記事にある「…」は, 報道された数字は, 番組で紹介された件数も) and said
  // to differ from the reality (3年前の数字で、現在の実態とは大きく異なります, 実際とは違います): the report argued with in public. Not the
  // city's own publication set right (広報誌の記事にある…, 市のホームページ), not a caution (実際とは異なる場合があります), not with an apology.
  {
    re: phrase(
      '(?:記事|報道|番組|放送|紙面|ニュース|見出し)(?:に(?:ある|あった|出て(?:いる|いた|くる)|書かれ(?:た|て(?:いる|いた))|載っ(?:た|て(?:いる|いた))|掲載され(?:た|て(?:いる|いた)))|で(?:報じられ|紹介され|取り上げられ|使われ)(?:た|て(?:いる|いた))|の)[^。！？!?\\n]{0,40}?(?:は|が|も)[、,]?[^。！？!?\\n]{0,30}?(?:実態|実情|現状|現実|実際|事実)(?:と|とは)(?:大きく|全く|まったく|かなり|著しく|明らかに|だいぶ|随分|ずいぶん)?(?:異なり(?:ます|まして|ございます)|違い(?:ます|まして)|異なる(?:数字|数値|データ|内容|もの)(?:です|であり|でございます))',
    ),
    need: ['異なり', '違い', '異なる'],
    what: '報道への反論',
    instead: INSTEAD.press,
    notWithApology: true,
    unless: phrase('広報(?:誌|紙|やながわ)|市報|(?:市|当市|本市)の(?:ホームページ|HP|サイト|広報)', 'u'),
  },
  // Blind R407G-014 kind: the press asked in public to check the figures or the facts before reporting (報道機関の皆さまには、取材の際に最新の
  // 数値を確認していただきたい, 記者の方には正しいデータを確かめてほしい): the same rebuke as 正確な取材をお願いしたい. Not an offer
  // (最新の数値は市ホームページでご確認いただけます), not with an apology.
  {
    despiteCorrection: true,
    re: phrase(
      '(?:報道|マスコミ|メディア|新聞|テレビ|記者|各社)(?:各社|各局|機関|関係者)?(?:の皆様|の皆さま|の方々|の皆さん|の方|さん|様)?(?:に|には|へ|へは|に対して|に対しては)[、,]?[^。！？!?\\n]{0,16}?(?:数値|数字|データ|統計|資料|事実|実態|現状)(?:を|も|など)?[^。！？!?\\n]{0,8}?(?:確認|確かめ|調べ)(?:して|て|されて|を)?(?:いただきたい|頂きたい|ほしい|欲しい|もらいたい|いただきたかった|ほしかった|いただければと|もらえればと)',
    ),
    need: ['確認', '確かめ', '調べ'],
    what: '報道への抗議',
    instead: INSTEAD.press,
    notWithApology: true,
  },
  // Blind R436M-027 kind: the press told in public to do its research properly, the care said by an adverb (記者の方にはきちんと取材して
  // いただきたいものです, 報道機関にはしっかり調べてから報じてほしい, 新聞社の方にはちゃんと裏を取ってから書いてもらいたい, 記者さんにはもう少し
  // きちんと取材をお願いしたい): the same rebuke as 正確な取材をお願いしたい, also after the right figure is given. Not an invitation to cover an
  // event (ぜひ取材していただきたい), not a request about the procedure (事前に取材の申し込みをしていただきますよう), not with an apology.
  {
    despiteCorrection: true,
    re: phrase(
      '(?:報道|マスコミ|メディア|新聞|テレビ|番組|記者|取材者|編集部|各社)(?:各社|各局|機関|関係者|社|局|側)?(?:の皆様|の皆さま|の方々|の皆さん|の方|さん|様)?(?:に|には|へ|へは|に対して|に対しては)[、,]?(?:(?!ぜひ|是非)[^。！？!?\\n]){0,8}?(?:もう少し|もうちょっと|もっと|しっかり|きちんと|ちゃんと)(?:と)?[、,]?(?:よく)?(?:(?:(?:現場|事実|事実関係)を)?(?:取材|確認|事実確認|調査|勉強)(?:を)?(?:して|されて|なさって)|調べて|確かめて|裏(?:付け)?を取って)(?:から[^。！？!?\\n]{0,10}?(?:書い|報じ|記事にし|記事化し|放送し|発信し)て)?(?:いただきたい|頂きたい|ほしい|欲しい|もらいたい|いただきたかった|頂きたかった|ほしかった|欲しかった|もらいたかった|いただければ|もらえれば)' +
        '|(?:報道|マスコミ|メディア|新聞|テレビ|番組|記者|取材者|編集部|各社)(?:各社|各局|機関|関係者|社|局|側)?(?:の皆様|の皆さま|の方々|の皆さん|の方|さん|様)?(?:に|には|へ|へは|に対して|に対しては)[、,]?(?:(?!ぜひ|是非)[^。！？!?\\n]){0,8}?(?:もう少し|もうちょっと|もっと|しっかり|きちんと|ちゃんと)(?:と)?[、,]?(?:取材|確認|事実確認|調査|裏付け|裏取り)(?:を)?(?:お願いしたい|お願いいたしたい|お願いしたかった|お願いいたしたかった)',
    ),
    need: ['もう少し', 'もうちよつと', 'もつと', 'しつかり', 'きちんと', 'ちやんと'],
    what: '報道への抗議',
    instead: INSTEAD.press,
    notWithApology: true,
  },
  // Blind R436M-027 kind: a report's figure or fact called wrong in the writer's own voice, the report named (この記事、数字が違います, その報道は
  // 人数が間違っています, 今朝のニュース、金額が誤っています): the press contradicted in public, also when the right figure follows. Not the city's
  // own article or post corrected (広報やながわの記事で日付が間違っています…, 【訂正】), not with an apology, not a past error told
  // (記事の数字が間違っていました).
  {
    despiteCorrection: true,
    re: phrase(
      '(?:(?:この|その|あの|こちらの|今回の|本日の|今日の|昨日の|今朝の|けさの|先日の|一部の)(?:新聞|ネット|ウェブ)?|新聞)(?:記事|報道|ニュース|番組|見出し)(?:の|は|で(?:は)?|に(?:ある|あった))?[、,]?(?:数字|数値|人数|件数|金額|日付|日時|データ|割合|統計|グラフ|内容|記述|説明|名称|順位)(?:が|は|も)[、,]?(?:全く|まったく|完全に|明らかに|大きく)?(?:違います|違っています|違っております|ちがいます|違う(?:ん)?です|間違っています|間違っております|誤っています|誤っております|誤りです|間違いです|正しくありません)',
    ),
    need: ['違', 'ちが', '間違', '誤', '正しく'],
    what: '報道への反論',
    instead: INSTEAD.press,
    notWithApology: true,
    unless: phrase('広報(?:誌|紙|やながわ)|市報|(?:市|当市|本市|当課|担当課)の(?:ホームページ|hp|サイト|広報|投稿|記事)|訂正|先ほどの投稿|私ども|当方', 'u'),
  },
  // Blind R235I-009 kind: what a report, a post or a remark says set against what really happened, the two said to lie apart (記事の記載と
  // 実際の経過には大きな隔たりがある, 報道の内容と事実との間には食い違いがございます, ご指摘と実態には乖離があります): the report argued with
  // in public. The first term is the critic's or the press's; not two figures of the city's own compared (統計と実際の人数にはずれがあります),
  // not a caution (実際と異なる場合があります), not a rumour set right, not with an apology.
  {
    re: phrase(
      '(?:記事|報道|番組|放送|紙面|見出し|投稿|書き込み|コメント|ご指摘|指摘|ご批判|批判|ご発言|発言|主張|口コミ|クチコミ|レビュー)(?:の(?:記載|記述|内容|説明|表現|描写|書きぶり|伝え方|論調))?(?:と|とは)[、,]?(?:実際|事実|実態|実情|現実|現状|真実)(?:の[一-龥々]{1,4})?(?:と)?(?:の間)?(?:に|には|とでは|では|とは)[、,]?(?:非常に|極めて|あまりに)?(?:大きな|かなりの|著しい|明らかな|少なからぬ|相当な|多くの|重大な)?(?:隔たり|へだたり|食い違い|くい違い|乖離|ずれ|ズレ|相違|違い|開き|齟齬)(?:が|も)[、,]?(?:ある|あり|ございます|ござい|生じて|見られ|存在)',
    ),
    need: ['隔たり', 'へだたり', '食い違い', 'くい違い', '乖離', 'ずれ', '相違', '違い', '開き', '齟齬'],
    what: '報道や批判への反論',
    instead: INSTEAD.press,
    notWithApology: true,
    needsCriticism: true,
    orReply: true,
    rumourDenial: true,
    notInHoaxWarning: true,
    unless: phrase('場合|ときは|際は|お知らせください|ご連絡ください', 'u'),
  },
  // Blind R234M-080 kind: a remark, a report or a criticism pointed back at and declared not in keeping with the facts (この発言は実態に
  // 即していないと考えます, そのご指摘は事実に基づいたものではございません, 同記事は実情にそぐわない内容です, との発言は現状を反映していません):
  // the critic, a council member's words included, told they are wrong. The remark is named by a demonstrative or by との/という; not
  // the city's own rule or plan (現行の基準は実態に即していないため見直します), not a rumour or a hoax set right, not with an apology.
  // Blind R236I-029 kind: also a report named bare as the subject in a statement that explains the course of events (経緯のご説明…記事は
  // 実際の経過を正確に反映したものではないと受け止めております, 報道は現場の実情を正しく反映していません): the facts named with what of them
  // (実際の経過, 現場の実情) and an adverb of accuracy before the verb. A page's own caution stays clean (ことがあります, 場合, 可能性).
  {
    re: phrase(
      '(?:(?:この|その|あの|同|当該|こうした|そうした|このような|そのような|ご指摘の|との|という)(?:ご)?(?:発言|ご発言|指摘|意見|批判|記事|報道|投稿|書き込み|コメント|主張|見解|評価|レビュー|口コミ|お話|話|放送|番組)|(?<![一-龥々ァ-ヶー])(?:新聞|週刊誌|雑誌)?(?:記事|報道|報道内容|記事の内容)|(?:と|って)(?:いう)?の)(?:は|も)[、,]?(?:必ずしも|決して|到底|まったく|全く)?(?:[一-龥々]{1,4}の)?(?:実態|事実|実情|現実|現状|実際|データ|数字)(?:の[一-龥々]{1,4})?(?:に|を|と)[、,]?(?:正確に|正しく|十分に|適切に|忠実に)?(?:即して|即した|即し|基づいて|基づいた|基づき|沿って|沿った|反映して|反映した|合致して|合致した|一致して|一致した|そぐわ|合って|合った)(?:ものでは|ものとは|内容では|内容とは)?(?:おりません|いません|いない|おらず|ない|ありません|ございません|言えません|言えない|言い難|言いがた|なく)',
    ),
    need: ['実態', '事実', '実情', '現実', '現状', '実際', 'でーた', '数字'],
    what: '批判や発言を否定する反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    rumourDenial: true,
    notInHoaxWarning: true,
    unless: phrase('場合|かどうか|ないか|ないよう|ご注意|注意して|ましょう|ことがあ|ことがござ|可能性', 'u'),
  },
  // Blind R237M-032 kind: the critic told that reading or looking at what the city published would not leave them with that view
  // (公開している報告書をお読みいただければ、そのようなご認識にはならないものと存じます, 資料をご覧になれば、そういう印象は持たれないはず
  // です): the critic's view put down to not having read. To a critic (a reply, or a paragraph answering criticism); not a guide that
  // promises a clear picture (お読みいただければ、全体像がご理解いただけます), not with an apology.
  {
    re: phrase(
      `${READ_COND}[、,\\s]?[^。！？!?\\n]{0,12}?(?:その|そのような|そういった|そういう|そんな|そうした|ご指摘の|ご指摘のような|おっしゃるような)(?:ご)?(?:認識|印象|ご印象|理解|解釈|受け止め|お考え|考え|誤解|疑い|疑念|ご懸念|懸念)(?:には|にも|は|を)[、,]?(?:決して|到底|とても)?(?:なら|なられ|至ら|持たれ|お持ちになら|抱かれ|生じ)(?:ない|ません|ず)`,
    ),
    need: ['認識', '印象', '理解', '解釈', '受け止め', '考え', '誤解', '疑', '懸念'],
    ...TO_CRITIC,
    what: '相手の読み落としを指摘する反論',
  },
  // Blind R237M-032 kind: a charge denied with 断じて, the adverb of a protest (遊興を目的としたものでは断じてございません, 私的な目的では
  // 断じてありません, そのような意図は断じてございません): the critic answered with indignation. To a critic (a reply, or a paragraph
  // answering criticism); not the city condemning misconduct or discrimination (許されるものでは断じてありません, あってはならない), not
  // with an apology.
  {
    re: phrase('(?:では|じゃ|は|も)[、,]?断じて(?:ございません|ありません|ない(?=[。！!、,]|です|と(?:考え|申し|断言|存じ)))'),
    need: ['断じて'],
    what: '批判を強く否定する反論',
    instead: INSTEAD.deny,
    notWithApology: true,
    needsCriticism: true,
    orReply: true,
    rumourDenial: true,
    notInHoaxWarning: true,
    unless: phrase('許され|許容|容認|あっては|あってよい|認められ|差別|いじめ|暴力|ハラスメント|虐待|詐欺', 'u'),
  },
  // Blind R237M-033 kind: the act of objecting itself called oversensitive or excessive, often as the writer's view (この表現を問題視される
  // のはいささか過敏ではないかと受け止めております, これを批判されるのは大げさだと考えます, 抗議されるのは行き過ぎではないでしょうか): the
  // critics belittled without naming them as persons (the Round 54 form needs 人／方). Not a reassurance that a worry is no overreaction
  // (不安に思われるのは過敏なことではありません, ご相談されるのは大げさではありません), not with an apology.
  {
    re: phrase(
      '(?:(?:問題視|疑問視|批判|非難|反発|抗議|指摘)(?:される|なさる|する)|(?:騒ぎ立て|目くじらを立て)(?:られる|る)|騒がれる|不快に(?:思う|思われる|感じる|感じられる)|(?:苦情|クレーム)を(?:言う|言われる|寄せられる|入れる))(?:の|こと|ような(?:こと|反応))(?:は|も)[、,]?[^。！？!?\\n]{0,12}?(?:過敏|神経質|大げさ|大袈裟|おおげさ|過剰(?:反応|な反応)?|行き過ぎ|いきすぎ|(?:気に|考え)(?:し)?(?:すぎ|過ぎ)|言いすぎ|言い過ぎ|穿ち過ぎ|うがちすぎ|揚げ足取り|言いがかり|難癖)(?!(?:な(?:こと|わけ|反応))?(?:では|じゃ)(?:ありません|ございません|ない(?![かの]|でしょう))|(?:か)?もしれ|かも)',
    ),
    need: ['過敏', '神経質', '大げさ', '大袈裟', 'おおげさ', '過剰', '行き過ぎ', 'いきすぎ', 'すぎ', '過ぎ', '揚げ足', '言いがかり', '難癖'],
    what: '批判を過剰反応とする反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    unless: phrase('ご安心|ご相談|遠慮なく|ためらわず|ましょう', 'u'),
  },
  // Blind R225R-041 kind: the critic's review or post said, in a plain short form, to differ from the facts (そのクチコミ、実際とは
  // ぜんぜん違いますよ〜！, この口コミは実際とまったく異なります, そのレビュー、事実と違います): the review answered back on the spot.
  // Only with the critic's own item pointed at by a demonstrative or ご指摘の; not a photo's caution (写真はイメージで、実際とは異なります).
  {
    re: phrase(
      '(?:その|この|あの|そちらの|あなたの|貴方の|ご指摘の|こちらの)(?:クチコミ|口コミ|レビュー|評判|投稿|ポスト|ツイート|書き込み|コメント|ご感想|感想|ご意見|お話|話|記事)(?:の内容)?(?:は|って|も)?[、,\\s]?(?:(?:実態|実情|現実|実際|事実)(?:と|とは))[、,\\s]?(?:全然|ぜんぜん|ぜーんぜん|まるで|まるっきり|まったく|全く|大きく|だいぶ|かなり|ちょっと|随分|ずいぶん)?[、,\\s]?(?:違い|ちがい|異なり)ます(?!が|けど|けれど|ので|ため|から|し(?![、,\\s]))',
    ),
    need: ['実態', '実情', '現実', '実際', '事実'],
    ...TO_CRITIC,
    what: '批判や評判を否定する反論',
    instead: INSTEAD.critic,
    unless: phrase('ありがと|感謝|ご質問|お問い合わせ|ご心配|ご安心|安心して|ご不安|イメージ|申し訳|お詫び', 'u'),
  },
  // Round 19 (kinds older rounds left): the critic said not to understand (前提をまったく理解されていない方の書き込みだと
  // 思われます), fault denied as settled (職員の対応に何ら落ち度はなかったものと考えております, 当課に非なし), and the notice
  // said to have been given after all (受付開始日ちゃんと告知してましたよ〜？) — answering criticism.
  {
    re: phrase(
      '(?:を|が|も)[、\\s]*(?:まったく|全く|よく|十分に?|正しく|きちんと|ちゃんと|何も|なにも)?(?:理解|把握|ご理解|お分かりに)(?:されて|して|なさって|なって)(?:い|おら|いらっしゃら)(?:ない|れない|ん)(?:方|人|方々|人たち)(?:の|による|が|から|で)[^。！？!?\\n]{0,4}?(?:書き込み|投稿|ご意見|意見|コメント|ご批判|批判|主張|ご指摘|指摘|発言|レビュー|口コミ)',
    ),
    need: ['理解', '把握', 'お分かりに'],
    what: '相手の誤りを指摘する反論',
    instead: INSTEAD.critic,
    notWithApology: true,
  },
  // Blind R223L-049 kind: the critics' opinions put down to their not understanding, as the city's view (否定的なご意見の多くは、
  // …事情を十分にご理解いただけていないものと受け止めております, ご批判は制度を正しく理解されていないことによるものと考えております):
  // the criticism waved off, not heard. The opinion is the subject of the sentence; not the city's own shortfall (説明不足, 周知が
  // 行き届かず) and not on the way to a remedy (ご理解いただけていないものと考え、説明会を開催します).
  {
    re: phrase(
      '(?:ご意見|ご批判|ご指摘|ご不満|意見|批判|指摘|不満の声|お声|声|コメント|書き込み)(?:の(?:多く|大半|ほとんど|一部|中には))?(?:は|も)[、,]?[^。！？!?\\n]{0,40}?(?:十分に?|正しく|よく|きちんと|まだ)?(?:ご理解|理解|ご認識|ご把握|把握)(?:を)?(?:いただけて|頂けて|されて|して|なさって)(?:い|おら)(?:ない|れない)(?:もの|こと(?:による|から来る|に(?:よる|起因する)|が原因の)(?:もの)?|ため(?:の)?(?:もの)?)(?:と|だと|であると)[、,]?(?:受け止め|考え|認識|判断|存じ|思|理解し|捉え|とらえ)',
    ),
    need: ['理解', '認識', '把握'],
    what: '批判を相手の理解不足とする反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    notWithRemedy: true,
    unless: /説明不足|周知不足|力不足|至らな|私どもの|不十分な説明|行き届か/u,
  },
  // Round 23: the same denial stated for the record, with any office as the one not at fault (市のこども家庭課には一切
  // 落ち度はなかったことを申し添えます, 当センターの対応に不備はなかった旨、念のためお伝えします, 学校側に過失はなかったと
  // 断言します); answering a report or a criticism (not an inspection's finding told as such).
  {
    re: phrase(
      '(?:担当部署|部署|部局|対応|判断|運営|処理|措置|職員|担当者|当方|当課|当市|市|課|部|局|室|係|所|署|センター|館|園|学校|病院|委員会|事務局|側|市役所|役所)(?:の(?:対応|判断|職員|担当者)?)?(?:に|には|の側に)(?:は)?[、\\s]*(?:何ら|なんら|全く|まったく|一切|少しも|特段の|いっさい)?(?:落ち度|非|過失|不手際|手落ち|瑕疵|不備|ミス|問題|責任|誤り|間違い)(?:は|も|が)?(?:なかった|無かった|ございませんでした|ありませんでした|ない|ありません|ございません)(?:(?:という|といった)?(?:こと|旨|点)|の)?(?:を|は|、|と)?[、\\s]*(?:念のため|改めて|あらためて|はっきり|明確に|ここに|この場で|重ねて|強く)?[、\\s]*(?:申し添え|付け加え|つけ加え|お伝えし|お伝えいたし|申し上げ|明言し|明言いたし|断言し|強調し|ご報告し|報告し|ご説明し|明らかに|明記し|お知らせし|主張し|ご理解(?:ください|いただき|頂き|願い))'
    ),
    need: ['落ち度', '非', '過失', '不手際', '手落ち', '瑕疵', '不備', 'ミス', '問題', '責任', '誤り', '間違い'],
    what: '批判に対する弁明',
    instead: INSTEAD.justify,
    notWithApology: true,
    needsCriticism: true,
    orReply: true,
  },
  {
    re: phrase(
      '(?:対応|判断|運営|処理|措置|職員|担当者|当方|当課|当市|市)(?:の(?:対応|判断)?)?(?:に|には|の側に)(?:は)?[、\\s]*(?:何ら|なんら|全く|まったく|一切|少しも|特段の)?(?:落ち度|非|過失|不手際|手落ち|瑕疵)(?:は|も|が)?(?:なかった|無かった|ございませんでした|ありませんでした)(?:もの|こと)?(?:と[^。！？!?\\n]{0,24}?(?:考え|認識し|存じ|思|確信し|判断し|信じ)|(?=[。！!]|$))|(?:当課|当市|市|当方|当館|当社|こちら)に(?:は)?(?:非|落ち度|過失)(?:は)?(?:なし|無し)(?=[。！!、]|$)',
    ),
    need: ['落ち度', '非', '過失', '不手際', '手落ち', '瑕疵'],
    what: '批判に対する弁明',
    instead: INSTEAD.justify,
    notWithApology: true,
  },
  {
    re: phrase(
      '(?:ちゃんと|きちんと|しっかり|ちゃーんと)[^。！？!?\\n]{0,12}?(?:告知|お知らせ|周知|ご案内|案内|予告|発表)(?:して|いたして|しと|させていただいて)(?:ました|いました|おりました|た|ったけん|ったと|ったばい)(?:よ|けど|が|ね|けん|のに|もん)?(?=[〜~ー！!？?。、\\s]|$)',
    ),
    need: ['告知', 'お知らせ', '周知', '案内', '予告', '発表'],
    what: '苦情への言い返し',
    instead: INSTEAD.critic,
    notWithApology: true,
    needsCriticism: true,
    orReply: true,
  },
  // Round 31: the critic said to worry for nothing, in keigo (…を問題視されていますが、…見通しで、ご心配には及びません, ご懸念は
  // 杞憂かと存じます, 心配されるような問題はございません; not a reassurance with no criticism answered).
  {
    re: phrase(
      '(?:ご心配|ご懸念|ご不安|心配|懸念)(?:には|は|に)(?:及びません|及ばない|およびません|及ばず|無用|ご無用|当たりません|あたりません)|心配(?:ご)?無用|杞憂(?:です|でございます|に過ぎ|にすぎ|かと|だと|でしょう|に終わ)|取り越し苦労(?:です|かと|だと|でしょう|でございます)|(?:ご心配|心配|ご懸念|懸念)(?:なさる|される|する)(?:ような|ほどの|ほど)(?:こと|問題|事態|状況)?(?:は|も)(?:ない|ありません|ございません|生じ)',
    ),
    need: ['心配', '懸念', '不安', '杞憂', '取り越し苦労'],
    what: '批判した相手への反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    needsCriticism: true,
    orReply: true,
  },
  // Round 31: a complaint that nobody was told answered with "we did tell you" (「説明がなかった」とのご意見をいただいて
  // おりますが、市報5月号と回覧板でお知らせしております, 知らなかったという声もありますが、ホームページに掲載しています; not when
  // the city apologises or promises to tell better).
  {
    re: phrase(
      '(?:(?:説明|案内|周知|告知|お知らせ|連絡|通知|知らせ|情報提供|情報)(?:が|は|も)?(?:なかった|無かった|ない|不足|足りない|足りなかった|不十分)|知らなかった|聞いていない|聞いてない|聞いていなかった|知らされて(?:い)?(?:ない|なかった)|知らされず)(?:(?!ため|ので|よう|向け|ありがとう|感謝)[^\\n]){0,60}?(?:(?:で|にて|にも|でも|に|から)[、\\s]?(?:既に|すでに|事前に|きちんと|しっかり|ちゃんと|何度も|繰り返し|再三)?|既に|すでに|何度も|繰り返し|再三)[、\\s]?(?:[^。！？!?\\n]{0,8}?を)?(?:(?:お知らせ|周知|告知|ご案内|案内|掲載|ご説明|説明|お伝え|通知|広報|記載|配布)(?:して|いたして|させていただいて|し|され)(?:おります|おりました|います|いました|ございます|あります|おりまして|てきました|てまいりました)|[^。！？!?\\n]{0,4}?(?:掲載|周知|配布|告知|通知)済み)',
    ),
    need: ['なかつた', '無かつた', 'ない', '不足', '足りな', '不十分', '知らなかつた', '聞いてな', '聞いていな', '知らされ'],
    what: '苦情への言い返し',
    instead: INSTEAD.critic,
    notWithApology: true,
    notWithRemedy: true,
    needsCriticism: true,
    orReply: true,
  },
  // Round 35: responsibility denied to a critic (ご指摘の件ですが、監視員不足は市の責任ではなく、全国的な人手不足によるものです,
  // 渋滞は当課のせいではありません, 市に落ち度があるわけではございません), only after a criticism received (not a rule told:
  // 私道の除雪は市の責任ではなく所有者の管理となります).
  {
    re: phrase('(?:市|当市|本市|当課|当部|当局|町|行政|市役所|役所|私ども|当方|こちら|我々|私たち|職員|当館|当園|当施設|当センター|学校|教育委員会|担当課|(?<![他各隣近同別])(?:市立|町立|県立)?(?:図書館|美術館|博物館|資料館|記念館|公民館|体育館|文化会館|市民会館|動物園|施設))(?:側)?(?:(?:が|は)(?:悪い|悪かった|間違っている|間違っていた)(?:わけ|訳)(?:では|じゃ)(?:なく|ない(?![かよ])|ありません|ございません)|の(?:責任|せい|落ち度|過失|手落ち|怠慢|不手際)(?:で|じゃ|では)(?:は)?(?:なく|なか|ない(?![かよ])|ありません|ございません)|に(?:は)?(?:責任|落ち度|過失|非)(?:が|は)?(?:ある(?:わけ|もの|という(?:わけ|こと))(?:では|じゃ)(?:なく|ない|ありません|ございません)|(?:なく|ない(?![かよ])|ありません|ございません)))'),
    need: ['責任', 'せい', '落ち度', '過失', '手落ち', '怠慢', '不手際', '非', 'わけ', '訳'],
    what: '責任を否定する弁明',
    instead: INSTEAD.justify,
    notWithApology: true,
    unless: phrase('ありがとう|ありがたく|感謝|真摯に受け止め|重く受け止め', 'u'),
    needsCriticism: true,
    strongCriticism: true,
  },
  // Round 35: a complaint answered with "you must understand", in any register (訓練がうるさかって言われよるばってん…分かって
  // もらわんと困るとです, 料金が高いとのご意見ですが、ご理解いただかないと困ります, 我慢してもらうしかありません).
  // Blind R200D-014: or enduring told as what is right (その時間まではご辛抱いただくのが筋かと存じます, 我慢してもらうのが当然です): the
  // complainant told the duty is theirs; not the norm doubted (我慢するのが当たり前ではありません).
  {
    re: phrase('(?:分かって|わかって|理解して|納得して|我慢して|辛抱して|了承して|ご理解|ご納得|ご辛抱|ご了承|ご容赦|ご協力|ご我慢)(?:もらう|いただく|頂く|する)のが(?:筋|スジ|すじ|当然|当たり前|あたりまえ|道理|本来)(?!では|じゃ|とは|という|といった|でしょうか|か[？?]|なのか)|(?:分かって|わかって|理解して|納得して|我慢して|辛抱して|了承して|ご理解|ご納得|ご辛抱|ご了承|ご容赦)(?:もらわ|いただか|頂か|もらわな|くれ)(?:ない|ん|な|ねば|んば|にゃ|なきゃ|なくちゃ)(?:と|くては|くちゃ|いと|きゃ|ば|では)?[、\\s]?(?:困|いけ|いか|なら|だめ|ダメ)|(?:分かって|わかって|理解して|納得して|我慢して|辛抱して|ご理解|ご納得|ご辛抱|ご了承)(?:もらう|いただく|頂く)(?:しか|ほか)(?:ない|なか|ありません|ございません)|(?:分かって|わかって|理解して)(?:ほしい|欲しい|もらいたい)(?:です|んです|のです|と思います|もんです|ものです|ばい|けん|と)?(?=[。！!]|$)|(?:から|ので|以上|けん|やけん)[、\\s]?(?:仕方|しかた|しょうが|しょう)(?:が)?(?:ない|ありません|なか)(?:でしょう|でしょ|じゃないですか|じゃありませんか|やろ|やろう|じゃろ|やん|じゃん)'),
    need: ['分かつて', 'わかつて', '理解', '納得', '我慢', '辛抱', '了承', '容赦', '協力', '仕方', 'しかた', 'しようが', 'しよう'],
    what: '苦情への言い返し',
    instead: INSTEAD.critic,
    notWithApology: true,
    alsoNeeds: phrase('(?:って|と)(?:言われ|いわれ|おっしゃ|言って|いって|言う|いう|書かれ|書い)[^。！？\\n]{0,6}?(?:けど|けれど|が[、,]|ばってん|ばって|ども|やけど|けども|ますが|ですが)|ご指摘|ご批判|批判|お叱り|ご意見|苦情|クレーム|ご不満|不満|文句|とのこと|との(?:ご|お)?(?:意見|指摘|批判|声)', 'u'),
  },
  // Blind R133I-032: a complainer told not to come then, in any register or dialect (ルールも読めないなら来ないでいただいて結構です,
  // 嫌なら来なくて結構です, ご来館いただかなくて構いません, そげん言うなら来んでよか), with a complaint heard in the paragraph; not
  // care for a visitor (体調が悪い日は無理して来なくて大丈夫です).
  {
    re: phrase('(?:来|こ)(?:ないで|なくて|んで)(?:いただいて|頂いて|もらって|くださって|下さって)?(?:も)?[、,]?(?:結構|けっこう|構いません|かまいません|構わない|かまわない|よか|ええ)|(?:ご来館|ご来場|ご来園|ご来店|ご利用|お越し|ご参加)(?:いただかなくて|頂かなくて|されなくて|なさらなくて|にならなくて)(?:も)?[、,]?(?:結構|けっこう|構いません|かまいません)|(?:なら|ならば|やったら|だったら|のなら)[、,]?(?:もう)?(?:来るな|来んな|来なければ(?:いい|よい)|来なきゃ(?:いい|よい)|来なけりゃ(?:いい|よい))'),
    need: ['来', 'こな', 'こん', '越し', '利用', '参加'],
    what: '苦情への言い返し',
    instead: INSTEAD.critic,
    notWithApology: true,
    alsoNeeds: phrase('(?:って|と)(?:言われ|いわれ|おっしゃ|言って|いって|言う|いう|書かれ|書い)|ご指摘|ご批判|批判|お叱り|ご意見|苦情|クレーム|ご不満|不満|文句|とのこと|との(?:ご|お)?(?:意見|指摘|批判|声)', 'u'),
    unless: phrase('体調|無理|お大事|ご安心|心配', 'u'),
  },
  // Round 35: the staff's conduct that a post or a criticism charged denied (「職員が無視した」という投稿が拡散していますが、職員は
  // そのような対応はしておりません; not a scam warning: 市ではそのような案内はしておりません). Blind R69A-077: or declared impossible,
  // in any register or dialect (そのような対応はありえません, そんな態度をとるはずがありません, そげな対応ばするこつはありえん).
  {
    re: phrase('(?:そのような|そういった|そういう|そんな|そげな|そげん|そがん|そぎゃん|ご指摘のような|ご指摘の)(?:対応|言動|発言|態度|扱い|応対|接客)(?:は|を|ば|など)?[、\\s]?(?:[^。！？\\n]{0,12}?(?:は|も|なんて)[、\\s]?)?(?:一切|決して|全く|まったく|絶対(?:に)?)?(?:(?:して|いたして|取って|とって|行って|おこなって)(?:は)?(?:おりません|いません|おらず|いない)|(?:ありえ|あり得)(?:ません|ない|ん)|(?:する|いたす|致す|とる|取る|やる)はず(?:が|は)(?:ありません|ございません|ない|なか))' +
      // Blind R331R-018 kind (reb61): …or the staff who would act so declared not to exist (そのような対応をしている者はおりません, そんな態度を
      // 取るスタッフは一人もいません, そういった接客をする船頭はおりません). Not a purpose (…する職員がいないよう).
      '|(?:そのような|そういった|そういう|そんな|そげな|そげん|そがん|ご指摘のような|ご指摘の)(?:対応|言動|発言|態度|扱い|応対|接客|振る舞い|ふるまい|こと|ご案内|案内|ご説明|説明|言い方|物言い)(?:を|ば)?(?:する|した|して(?:いる|いた|おる)|しとる|しよる|取る|とる|取った|とった|取って(?:いる|いた))(?:ような)?(?:者|職員|スタッフ|船頭|係員|人|社員|従業員|担当者|ガイド|乗務員|運転手|隊員|指導員|保育士|教員|ドライバー)(?:は|など|なんて)[、,]?(?:一人も|ひとりも|誰も|だれも|一切|決して|全く|まったく)?(?:おりません|いません|おらず|いない(?!よう)|おらん)'),
    need: ['対応', '言動', '発言', '態度', '扱い', '応対', '接客', '振る舞い', 'ふるまい', 'こと', '案内', '説明', '言い方', '物言い'],
    what: '批判や情報を否定する表現',
    instead: INSTEAD.deny,
    notWithApology: true,
    needsCriticism: true,
    orReply: true,
    unless: phrase('詐欺|不審|なりすまし|成りすまし|騙|だまされ|偽|ご注意|注意して|還付金|暗証番号', 'u'),
  },
  // --- Round 36 kinds ---
  // What a critic wrote or says, reported in any register, then flatly contradicted (…っておらんって書かれとるけど、それは違います！,
  // …とおっしゃいますが、それは違いますよ, …って言いよる人がおるばってん、そりゃ違うばい; not a myth set right: …と言われますが、それは
  // 誤りです, not an admission: それは誤りでした).
  // Blind R228C-013 kind: the critic's post seen or read, named as such (「…」って投稿を見たけど, という書き込みを拝見しましたが, って
  // コメントを読んだけど), and contradicted in a mascot's or a dialect's copula too (それはぜんぜん違うだっち！, 違うだよ).
  {
    re: phrase('(?:って|と|っち|ち)(?:書かれ|書いて|書き込まれ|書き込んで|書いと|おっしゃ|仰|言って|言っと|言うと|言いよ|言うて|コメントされ|投稿され|ご意見をいただ|お電話をいただ|(?:いう|の)?(?:投稿|書き込み|コメント|ポスト|ツイート|レビュー|口コミ|クチコミ)(?:を|も)?(?:見|拝見し|拝読し|読ん|目にし|見かけ))[^。！？\\n]{0,8}?(?:けど|けれど|けども|ばってん|ばって|が)[、,\\s]*(?:それ|そい|そりゃ|そら|そこ|そげなこと|そんなこと)(?:は|って|も)?[、,\\s]*(?:全く|まったく|完全に|全然|ぜんぜん|決して)?(?:違います|違う(?:ん|と|けん|よ|ばい|たい|だ(?!け)|[。！!]|$)|違いますよ|ちがいます|ちがう(?:ん|と|けん|よ|ばい)|違うとります|違っとります|間違いです|間違っとります|嘘です|うそです|デマです)|(?:って|と|っち|ち)(?:書かれ|書いて|書き込まれ|書いと|言われ|言って|言っと|言うと|言いよ|言うて)[^。！？\n]{0,8}?(?:けど|けれど|ばってん|ばって|が)[、,\s]*(?:そげな|そがん|そげん|そぎゃん)こと(?:は)?(?:なか|なかです|なかばい|なかよ|なかけん|ありません)'),
    what: '批判に対する反論',
    instead: INSTEAD.deny,
    notWithApology: true,
    rumourDenial: true,
  },
  // What critics write or say, reported, then answered with "we only follow the rules" (…が冷たいと書いている人がいますが、うちは
  // 法律どおりにやっているだけです; …って書いとる人のおるばってん、…やっとるだけです; …って言われても、ルール通りにやってるだけなんで).
  {
    re: phrase('(?:(?:って|と|っち|ち)(?:書いて|書いと|書き込んで|言って|言っと|言いよ|言うて|言う|おっしゃって)(?:る|いる|おる|らっしゃる|おられる)?(?:人|方|人たち|方々)(?:が|の|も)(?:いる|います|おる|おります|いらっしゃいます|おられます|おらす)?(?:けど|けれど|ばってん|ばって|が)|(?:って|と|っち|ち)(?:言われ|書かれ)(?:ても|ましても|とっても|よっても))[、,\\s]*[^。！？\\n]{0,30}?(?:どおり|通り|とおり|に基づいて|に沿って|に従って|の範囲で)(?:に)?[^。！？\\n]{0,6}?(?:やって|やっと|対応して|対応しと|しとる|して|処理して|運用して)(?:いる|る|おる|おります|います)?だけ'),
    what: '批判に対する弁明',
    instead: INSTEAD.justify,
    notWithApology: true,
  },
  // A complaint heard, then turned onto the residents (支給が遅いとの声がありますが、それは申請が遅れた方の話です, 届かないという苦情
  // は、書類に不備があった方に原因があります; answering a criticism received; not a rule told: 申請が遅れた方の支給は翌月です).
  {
    re: phrase('(?:それ|これ|そちら|遅れ|遅延|トラブル|不具合|問題)(?:は|って)[、,\\s]?[^。！？\\n]{0,24}?(?:た|ない|なかった|ていない|てない|ん|なか|ず)(?:方|人|方々|人たち|ケース|皆さん|皆さま|皆様)(?:だけ|のみ|側)?(?:の)?(?:話|問題|ご事情|都合|せい|責任)(?:です|でしょう|だ|や|であり|であって|ですね|ですよ|ばい|たい|やけん|じゃ|でございます)|(?:た|ない|なかった|ていない|てない)(?:方|人|方々|人たち|皆さん|皆さま|皆様)(?:の側|側)?に(?:原因|責任|問題)が(?:あり|ある|ござい)'),
    what: '批判に対する弁明',
    instead: INSTEAD.justify,
    notWithApology: true,
    needsCriticism: true,
    strongCriticism: true,
    orReply: true,
  },
  // Blind R90A-101: a complaint received, its cause put on the users' own handling (故障が多いとのご意見をいただきましたが、…故障の多くは
  // お子さんの取り扱いによるものと考えております, 利用者の皆さんの使い方に原因があります, 大半は申請者の入力ミスが原因です, 生徒さんの扱いが
  // 荒かけんです): the complainants told the fault is theirs. The users named before the handling, or the handling alone after は or 、
  // (取り扱いによるもの); after a criticism received only, not a help answer or a safety tip (破損の多くは取り扱いによるものです。ケースを
  // お使いください, with no complaint), not a fix announced, not the city's own handling (担当課の取り扱いによるもの).
  {
    re: phrase('(?:(?:お子さん|お子様|お子さま|子ども|子供|こども|児童|生徒|利用者|使用者|ご利用者|ご家庭|家庭|保護者|皆さん|皆さま|皆様|みなさん|お客様|お客さま|市民|住民|申請者|ご本人|ユーザー|ユーザ)(?:さん|様|さま|たち|の方|の方々|の皆さん|の皆さま|の皆様|側|ご自身)?(?:の|による|が)[^。！？!?\\n、,]{0,6}?(?:取り扱い|取扱い|取扱|扱い方|扱い|使い方|使用方法|使用法|操作|誤操作|操作ミス|入力ミス|記入ミス|記入漏れ|不注意|誤使用|管理)|(?<=[はも、,\\s])(?:取り扱い|取扱い|取扱|扱い方|使い方|誤操作|操作ミス|入力ミス|誤使用))(?:の(?:仕方|方法|誤り|ミス|問題|不備))?(?:に(?:よる|よって|起因する|起因した)(?:もの|ケース|こと)|によ(?:るもの|り生じ)|に起因し|が(?:主な|大きな)?原因|に(?:主な|大きな)?原因が|のため(?:です|であり|と|で(?:ございます|す))|のせい|の問題(?:です|であり|と|かと)|が(?:荒|あら)(?:い|か)(?:から|けん|ため|せい))(?!かどうか|か否か|かを|かも)'),
    what: '苦情を利用者側の問題とする弁明',
    instead: INSTEAD.justify,
    notWithApology: true,
    notWithRemedy: true,
    needsCriticism: true,
    strongCriticism: true,
  },
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
    unless: LISTENING41,
  },
  // … or the wrongdoing named as the residents' own in a cleft (ごみを捨てているのは利用者の皆さんです, 遅れているのは書類を出していない
  // 方のものです; after a criticism received; not thanks: 公園をきれいにしているのは地域の皆さんです).
  {
    re: phrase('(?:捨て|汚し|散らか|壊し|放置し|違反し|守っていない|守らない|守らず|遅れ|忘れ|間違え|出していない|出さない)(?:て(?:いる|る|いた|た)|た|る|ない)?の(?:は)[、,\\s]?(?:ほかでもない|ほかならぬ|ほとんど|たいてい|大半が)?[、,\\s]?(?:利用者|市民|住民|皆さん|皆さま|皆様|ご本人|申請者|保護者|ドライバー|観光客|一部の(?:方|利用者|市民|住民))(?:の皆さん|の皆さま|の皆様|の方々|ご自身|自身|側)?(?:です|でしょう|なんです|ですよ|だ(?=[。！!]|$)|やけん|ばい)|(?:ない|ていない|なかった)(?:方|人)の(?:ごみ|ゴミ|車|自転車|申請|書類|分)(?:です|でしょう|ばかり|だけ)'),
    what: '批判に対する弁明',
    instead: INSTEAD.justify,
    notWithApology: true,
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
    unless: WAVED_OFF48,
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
    unless: REASSURED48,
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
    unless: LISTENING41,
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
    alsoNeeds: COMPLAINT41,
    unless: LISTENING41,
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
    what: '批判に対する弁明',
    instead: INSTEAD.justify,
    notWithApology: true,
    alsoNeeds: phrase('炎上|批判|非難|苦情|お叱り|クレーム|叩かれ|たたかれ|怒って|怒っと|怒られ|ご不快|不快', 'u'),
    unless: LISTENING41,
  },
  // Blind R156I-107: after a criticism received, the work defended with the makers' pride or the critics' failure to get it (…とのご意見を
  // いただいていますが、制作チーム一同、自信を持って世に出した作品です; 自信を持ってお届けした企画です; 面白さが伝わらなかったのは残念です,
  // 良さが伝わらず残念です): the city standing by what was criticised instead of listening. Only with a criticism in the paragraph; not
  // with an apology, thanks or a fix (意図が十分に伝わらなかったことをお詫びします), not pride in an event with no critic (自信を持って
  // おすすめします).
  {
    re: phrase('(?:自信|誇り|プライド)(?:を)?(?:持って|もって)[、,\\s]?(?:世に出し|お届けし|届けし|制作し|製作し|作っ|つくっ|発表し|公開し|出し|送り出し|発信し|企画し)(?:た|ました)(?:作品|もの|動画|映像|企画|内容|ポスター|記事|番組|デザイン)?(?:です|でございます|であり|だ(?=[。！!]|$)|(?=[。！!]))|(?:面白さ|おもしろさ|良さ|よさ|魅力|楽しさ|たのしさ|ユーモア|狙い|意図|思い|趣旨|遊び心)(?:が|を)[^。！？!?\\n、,]{0,6}?(?:伝わらなかった|伝わらない|伝わらず|伝わっていない|わかってもらえなかった|分かってもらえなかった|ご理解いただけなかった|理解されなかった)(?:の|こと)?(?:は|が|のは)?[、,\\s]?(?:大変|非常に|とても|本当に|少し|ちょっと|ただただ)?(?:残念|悲しい|悲しく|寂しい|さみしい|心外)'),
    need: ['自信', '誇り', 'ぷらいど', '伝わら', '伝わって', 'もらえなかった', 'いただけなかった', '理解されなかった'],
    what: '批判に対する弁明',
    instead: INSTEAD.justify,
    notWithApology: true,
    needsCriticism: true,
    strongCriticism: true,
    unless: LISTENING41,
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
    what: '批判に対する弁明',
    instead: INSTEAD.justify,
    notWithApology: true,
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
    unless: LISTENING41,
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
    unless: REASSURED48,
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
    unless: REASSURED43,
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
    unless: POSTING_ADVICE43,
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
    unless: POSTING_ADVICE43,
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
    what: '批判に対する弁明',
    instead: INSTEAD.justify,
    notWithApology: true,
    notWithRemedy: true,
    notAsFinding: true,
    needsCriticism: true,
    strongCriticism: true,
    unless: REASSURED48,
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
    unless: POSTING_ADVICE43,
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
    unless: POSTING_ADVICE43,
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
    unless: new RegExp(REASSURED48.source + '|' + STILL_CHECKING.source + '|' + phrase('詐欺|不審|なりすまし|成りすまし|騙|だまされ|偽|ご注意|注意して|還付金|暗証番号', 'u').source, 'u'),
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
    unless: new RegExp(LISTENING41.source + '|' + phrase('その通り|そのとおり|おっしゃる通り|おっしゃるとおり', 'u').source, 'u'),
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
    unless: new RegExp(WAVED_OFF48.source + '|' + REASSURED48.source + '|' + LISTENING41.source + '|' + phrase('(?:かな|かも|ですか|でしょうか|ますか|の)[？?]?[」』]|ご心配|心配の|ご不安|不安の', 'u').source, 'u'),
  },
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
    unless: new RegExp(LISTENING41.source + '|' + phrase('その通り|そのとおり|おっしゃる通り|おっしゃるとおり', 'u').source, 'u'),
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
    unless: new RegExp(LISTENING41.source + '|' + REASSURED48.source + '|' + STILL_CHECKING.source, 'u'),
  },
  // Blind R189I-025: the figure from the record set against the complaint and the fact it reported denied with it (当日の発券記録を確認
  // いたしました。その日の最長待ち時間は18分であり、1時間お待たせした事実は確認できませんでした; 記録では平均10分でしたので、そのような
  // 事実はございません): the complainant told it did not happen, thanks for writing or not (ご意見をお寄せいただき、ありがとうございます is
  // the greeting, not a concession). Only after a complaint received; not with an apology, a concession, a fix or a step still to take
  // (確かに, 改善, 引き続き確認いたします), not a worried asker reassured.
  {
    re: phrase(`${RECORD_SAYS}${RECORD_FIGURE}(?:であり|で|でしたので|ですので|でしたが|でした。|です。)[、,]?[^。！？!?\\n]{0,30}?${FACT_DENIED}`),
    ...RECORD_AGAINST_COMPLAINT,
    unless: new RegExp(CONCEDED43.source + '|' + REASSURED48.source + '|' + STILL_CHECKING.source, 'u'),
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
    unless: new RegExp(CONCEDED43.source + '|' + REASSURED48.source, 'u'),
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
    unless: new RegExp(CONCEDED43.source + '|' + REASSURED48.source + '|' + ADMITTED_OR_ALTERNATIVE.source, 'u'),
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
    unless: new RegExp(CONCEDED43.source + '|' + REASSURED48.source, 'u'),
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
    unless: new RegExp(LISTENING41.source + '|' + phrase('今後も|引き続き|さらに|追加で|追加の|改めて(?:開催|説明|周知)', 'u').source, 'u'),
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
    unless: new RegExp(LISTENING41.source + '|' + REASSURED48.source + '|' + phrase('引き続き|調査(?:を続け|いたします|します|中|を進め)|お話を(?:伺|お聞き)|伺います|お伺い|ご連絡(?:ください|いただ)|ご相談ください|詐欺|不審', 'u').source, 'u'),
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
    unless: new RegExp(LISTENING41.source + '|' + REASSURED48.source + '|' + phrase('つもり|はず|見込み|見通し|想定|予想', 'u').source, 'u'),
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
    unless: POSTING_ADVICE43,
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
    unless: REASSURED48,
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
    unless: new RegExp(CONCEDED43.source + '|' + phrase('修正(?:し|いたし)|訂正(?:し|いたし)(?:ます|ました)|誤りが(?:あり|ござい)', 'u').source, 'u'),
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
    unless: new RegExp(CONCEDED43.source + '|' + REASSURED48.source, 'u'),
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
    unless: new RegExp(CONCEDED43.source + '|' + phrase('半額|無料(?:に|と)(?:し|いたし|な)|値下げ|値引き|引き下げ|割引|減額|据え?置|安く(?:し|いたし|な)', 'u').source, 'u'),
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
    unless: new RegExp(LISTENING41.source + '|' + REASSURED48.source + '|' + phrase('ご質問|お問い合わせ|お尋ね', 'u').source, 'u'),
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
    unless: new RegExp(LISTENING41.source + '|' + phrase('ご質問|お問い合わせ|お尋ね|寄付|寄附|ご安心', 'u').source, 'u'),
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
    unless: new RegExp(CONCEDED43.source + '|' + REASSURED48.source + '|' + STILL_CHECKING.source + '|' + phrase('お知らせください|ご連絡ください|お問い合わせください|お手数|お聞かせ', 'u').source, 'u'),
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
    unless: new RegExp(LISTENING41.source + '|' + REASSURED48.source + '|' + STILL_CHECKING.source + '|' + phrase(`(?:遅れ|遅延|不具合|ご迷惑)(?:が|を)[^。！？!?\\n]{0,4}?(?:出|生じ|発生|おかけ)|遅れる(?:場合|こと|可能性)|${OWNED_SOFTLY}|${INQUIRY_HEARD}`, 'u').source, 'u'),
    greetingOk: true,
  },
  // Blind R318H-031/037 kind: after a criticism received, the city's act declared done properly or thoroughly, in the passive or as what it
  // is (補助金は要綱に基づき適正に執行されたものであり, 選定は公正に行われたものです, 答弁は事前に関係課で十分に精査した内容であり, 慎重に
  // 審議を重ねた結果でございます): the critic told there was nothing wrong. Not a plan (適正に執行してまいります), not a report with no criticism
  // (令和5年度の補助金は適正に執行されました), not with an apology, a concession or a fix.
  {
    re: phrase('(?:適切|適正|厳正|公正|公平|正当)に(?:(?:執行|実施|運用|管理|処理|運営|審査|支出|交付|選定|配分|決定|手続|手続き|算定|積算|契約|発注)(?:され|がなされ)|行われ|おこなわれ|執り行われ)(?:た|て(?:おり|い)(?:ます|る)?)(?:もの)?(?:であり|です|でございます|と(?:考え|認識|判断|確信)|(?=[。！!]|$))|(?:十分(?:に)?|慎重に|入念に|綿密に|厳正に|丁寧に|しっかり(?:と)?)(?:精査|検討|審議|協議|確認|審査|調査|議論|検証)(?:を)?(?:重ね|尽く)?(?:し|いたし|され)?た(?:うえで|上で)?(?:の)?(?:内容|もの|結果|判断|答弁|回答|計画)(?:であり|です|でございます|と(?:考え|認識|判断))'),
    what: '批判に対する弁明',
    instead: INSTEAD.justify,
    notWithApology: true,
    needsCriticism: true,
    strongCriticism: true,
    orCharge: true,
    notWithRemedy: true,
    unless: new RegExp(REASSURED48.source + '|' + phrase('ありがと|感謝|確かに|たしかに|反省|至らな|不十分|今後は|これから|おっしゃる(?:とおり|通り)', 'u').source, 'u'),
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
    unless: new RegExp(CONCEDED43.source + '|' + NOTICE_CONCEDED.source, 'u'),
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
    unless: new RegExp(LISTENING41.source + '|' + phrase(`その通り|そのとおり|おっしゃる通り|おっしゃるとおり|[？?](?:[」』])|増量|増便|増発|増や|拡充|拡大|(?:来月|来年度|来年|次回|来週|来季)(?:から|より|は)|予定|${OWNED_SOFTLY}|${INVITED}|不漁|不作|高騰|値上がり|不足(?:して|の|なん|で)|(?:の|による)影響`, 'u').source, 'u'),
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
    unless: new RegExp(CONCEDED43.source + '|' + ACTS_ANYWAY.source + '|' + phrase(`${HELP_STEPS}|ご用意|用意して|お申し出|お気軽に|体調|無理(?:を)?せず|水分`, 'u').source, 'u'),
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
    unless: new RegExp(CONCEDED43.source + '|' + REASSURED48.source + '|' + phrase('ご質問|お問い合わせ|お尋ね|ご心配|ご不安|ありがと|感謝|修正(?:しました|いたしました|します|いたします)|訂正(?:しました|いたしました|します|いたします)|分かりにく|わかりにく', 'u').source, 'u'),
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
    unless: new RegExp(LISTENING41.source + '|' + phrase('値下げ|割引|無料に|のでは|かもしれ|かな[？?」』]|と思われ|ご心配|ご不安', 'u').source, 'u'),
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
    unless: new RegExp(CONCEDED43.source + '|' + REASSURED48.source + '|' + STILL_CHECKING.source + '|' + phrase(`${OWNED_SOFTLY}|${INQUIRY_HEARD}|ありがと|感謝|ご心配|ご不安`, 'u').source + '|' + HELPED_NOT_DISMISSED.source, 'u'),
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
    unless: new RegExp(`${LISTENING41.source}|${STILL_CHECKING.source}|${ACTS_ANYWAY.source}|${REASSURED48.source}`, 'u'),
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
    unless: new RegExp(CONCEDED43.source + '|' + REASSURED48.source + '|' + phrase(`${INQUIRY_HEARD}|ご質問|お尋ね|ご心配|ご不安|のでは(?:ない)?(?:か|でしょうか)?[」』]|お出しください|お出し(?:いただ|願)|ご利用ください|お申し込みください|お手続きください`, 'u').source + '|' + HELPED_NOT_DISMISSED.source, 'u'),
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
    unless: new RegExp(LISTENING41.source + '|' + STILL_CHECKING.source + '|' + ACTS_ANYWAY.source + '|' + phrase(`${HELP_STEPS}|${OWNED_SOFTLY}|${INQUIRY_HEARD}|お知らせください|教えてください|お聞かせ|伺|お届けください`, 'u').source, 'u'),
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
    unless: new RegExp(LISTENING41.source + '|' + phrase('今後も|引き続き|さらに|追加で|追加の|より一層|一層|新たに|拡大(?:し|いたし|する)|拡充|(?:ご指摘|ご意見|お声)を(?:受け|踏まえ)', 'u').source + '|' + HELPED_NOT_DISMISSED.source, 'u'),
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
    unless: new RegExp(CONCEDED43.source + '|' + NOTICE_CONCEDED.source + '|' + phrase(INQUIRY_HEARD, 'u').source, 'u'),
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
    unless: new RegExp(LISTENING41.source + '|' + WAVED_OFF48.source + '|' + phrase(`その通り|そのとおり|おっしゃる通り|おっしゃるとおり|ご心配|心配の|${OWNED_SOFTLY}|${INVITED}`, 'u').source, 'u'),
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
    unless: new RegExp(CONCEDED43.source + '|' + REASSURED48.source + '|' + STILL_CHECKING.source + '|' + phrase(`${INQUIRY_HEARD}|ご質問|ご心配|ご不安|ありがと|感謝|交換|取り替え|取替|返品|返金|再送|再発送|お送りし直|次回|今後`, 'u').source + '|' + HELPED_NOT_DISMISSED.source, 'u'),
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
    unless: new RegExp(REASSURED48.source + '|' + phrase(`${INQUIRY_HEARD}|ご質問|質問|お問い合わせ|お尋ね|ご心配|心配の|ご不安|詐欺|不審|なりすまし|成りすまし|騙|だまされ`, 'u').source, 'u'),
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
    unless: new RegExp(CONCEDED43.source + '|' + REASSURED48.source + '|' + phrase(`${OWNED_SOFTLY}|${INQUIRY_HEARD}|ご心配|ご不安|誤解を招|配慮が足り|配慮に欠け`, 'u').source, 'u'),
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
    unless: new RegExp(CONCEDED43.source + '|' + NOTICE_CONCEDED.source + '|' + phrase(`${INQUIRY_HEARD}|ご質問|ご覧ください|ご覧いただけ|ご活用|ご参照|ご利用ください|ご確認ください|お役立て|(?:ご意見|ご指摘|お声)を(?:受け|踏まえ)|を受けて`, 'u').source, 'u'),
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
    unless: new RegExp(LISTENING41.source + '|' + REASSURED48.source + '|' + phrase(`${INQUIRY_HEARD}|ご質問|ご心配|ご不安|心配の|不安の|${OWNED_SOFTLY}`, 'u').source, 'u'),
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
    unless: new RegExp(APOLOGY.source + '|' + LISTENING41.source + '|' + phrase(`参考|真摯|踏まえ|活か|生か|${OWNED_SOFTLY}`, 'u').source, 'u'),
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
    unless: new RegExp(LISTENING41.source + '|' + CONCEDED43.source, 'u'),
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
    unless: new RegExp(LISTENING41.source + '|' + CONCEDED43.source + '|' + phrase(`${OWNED_SOFTLY}|${INQUIRY_HEARD}|ご質問|配慮が足り|配慮に欠け|言葉足らず|誤解を招`, 'u').source, 'u'),
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
    unless: new RegExp(LISTENING41.source + '|' + CONCEDED43.source + '|' + phrase(`${INQUIRY_HEARD}|ご質問|お尋ね|${OWNED_SOFTLY}`, 'u').source, 'u'),
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
    unless: new RegExp(CONCEDED43.source + '|' + STILL_CHECKING.source + '|' + REASSURED48.source + '|' + phrase(`${OWNED_SOFTLY}|${HELP_STEPS}|ご質問|お尋ね|ご心配|ご不安|(?:確認|調査|点検)(?:いたし|し|を続け)ます|伺います|お伺い|伺って|派遣|お知らせください|ご連絡ください|お気軽に|無料で`, 'u').source, 'u'),
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
    unless: new RegExp(LISTENING41.source + '|' + REASSURED48.source + '|' + STILL_CHECKING.source + '|' + phrase(`${OWNED_SOFTLY}|${INQUIRY_HEARD}|ご質問|お尋ね|改めて|あらためて|再度|至急|すぐに|直ちに|ただちに|伺い|お伺い|追加で|再収集|(?:回収|収集|確認|対応)(?:いたし|し)ます`, 'u').source, 'u'),
  },
  // Blind R337F-004 kind (reb63): a complaint of a miss answered with the complainant's own late step guessed as the cause, in the writer's
  // voice (収集後に出されたごみが残っていたものと思われます, 受付時間を過ぎてからお越しになったものと考えられます, 締切後に提出された書類かと
  // 存じます): the fault put on them. In a reply or after a criticism; not a rule told (収集後に出されたごみは回収できません: no guess), not with
  // the work done again, a concession or an apology.
  {
    re: phrase('(?:(?:収集|回収|通過|締切|締め切り|受付終了|受付|作業|巡回)(?:の)?(?:後|あと|以降|終了後)|(?:収集|回収)車(?:が|の)(?:通過|出発)(?:した)?(?:後|あと|以降)|(?:時間|時刻|締切|締め切り|期限|受付時間|収集時間)(?:を)?(?:過ぎ|すぎ)て(?:から)?)(?:に)?[、,]?(?:出され|お出しにな(?:っ|られ)|お出しいただい|出し|置かれ|持ち込まれ|お持ち込みにな(?:っ|られ)|提出され|ご提出(?:され|いただい)|届け出られ|投函され|申し込まれ|お申し込みにな(?:っ|られ)|排出され|来られ|お越しにな(?:っ|られ)|到着され)(?:た|ていた)[^。！？!?\\n]{0,20}?(?:もの|ため|の|ん|こと)?(?:と|かと|ではないかと|だと|のではないかと)[、,]?(?:思われ|考えられ|推察|推測|存じ|思い|思って|考え|見られ|判断)'),
    need: ['後', 'あと', '以降', '過ぎ', 'すぎ'],
    ...BLAMES_COMPLAINANT,
    unless: new RegExp(CONCEDED43.source + '|' + phrase(`${OWNED_SOFTLY}|改めて|あらためて|再度|伺い|お伺い|(?:回収|収集)(?:いたし|し)ます`, 'u').source, 'u'),
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
    unless: new RegExp(CONCEDED43.source + '|' + REASSURED48.source + '|' + phrase(`${OWNED_SOFTLY}|ご質問|お尋ね|詐欺|不審|なりすまし|成りすまし`, 'u').source, 'u'),
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

/** The need words of every phrase, found in one pass per paragraph. */
// Phrases without a hand-written need are gated on the literals they cannot match without (literals.ts).
/**
 * A false report of an event corrected with the official word (「堤防が決壊した」との投稿が広がっていますが、
 * そのような事実は確認していません。最新の情報は市ホームページで): setting the record straight on a hoax
 * about a hazard, not arguing with a critic.
 */
const HOAX = phrase('(?:との|という|といった)(?:投稿|情報|うわさ|噂|書き込み|メール|メッセージ|デマ)(?:が|も)(?:広が|拡散|出回|流れ|寄せられ)|デマ|誤情報|フェイク', 'u')
const HAZARD = phrase('決壊|氾濫|断水|停電|避難指示|避難勧告|閉鎖|爆発|火災|火事|感染|倒壊|浸水|冠水|崩落|通行止め|津波|地震|噴火|毒|汚染|不審者|事件|事故', 'u')
const OFFICIAL_WORD = phrase('最新の情報|正確な情報|正しい情報|市(?:の)?ホームページ|防災行政無線|公式(?:の)?(?:発表|情報|サイト|アカウント)|防災メール|気象庁', 'u')
/**
 * A neutral correction gives the right fact (「〜という情報は誤りです。正しくは…」): it corrects, it does not argue.
 * (Scolding those who spread the rumour is still a rebuttal: those kinds do not yield to it.)
 */
const CORRECTION = phrase('正しくは|正確には|正しい(?:情報|日程|日時|日付|内容|時間|場所|金額)は', 'u')
function correctsHoax(fo: string): boolean {
  return (HOAX.test(fo) && HAZARD.test(fo) && OFFICIAL_WORD.test(fo)) || warnsOfHoax(fo)
}
/**
 * Blind HC-041: a notice that warns against misinformation (【デマにご注意ください】, 不確かな情報の拡散にご注意ください, うわさに
 * 惑わされないでください, 転送・拡散せず) and sets a false claim about the city right with the fact (「市が給水所で水を有料で販売して
 * いる」という投稿がありますが、誤りです。市の給水はすべて無料です): the city correcting a rumour, no critic answered. Only with the
 * claim quoted or named as a post or a piece of information, and not when a criticism is received (ご指摘, 批判, 報道), a charge against
 * the city or its staff is denied (職員の態度が悪い, 手抜き), or the spreaders are scolded (悪質, 法的措置, 遺憾).
 */
const HOAX_CAUTION = phrase('(?:デマ|うわさ|噂|風評|流言|誤情報|偽情報|偽の情報|にせ情報|フェイク|不確か(?:な)?(?:情報|うわさ|噂|投稿)|誤った情報|不正確な情報|根拠のない情報|真偽不明の情報|真偽の不確かな情報)(?:の拡散)?(?:に|には)(?:十分)?(?:ご)?(?:注意|用心|警戒)|(?:デマ|うわさ|噂|誤情報|偽情報|不確かな情報|誤った情報)に(?:惑わされ|だまされ|騙され)(?:ない|ず)', 'u')
const HOAX_CLAIM = phrase('[」』]|(?:という|との|といった|ような)(?:投稿|情報|うわさ|噂|話|書き込み|メール|メッセージ|デマ)', 'u')
const HOAX_SCOLDED = phrase('悪質|法的|許しません|許されません|遺憾|困ります|反省を|厳正|厳しく', 'u')
function warnsOfHoax(fo: string): boolean {
  return HOAX_CAUTION.test(fo) && HOAX_CLAIM.test(fo) && !CRITICISM_RECEIVED.test(fo) && !HOAX_SCOLDED.test(fo) && !CHARGE.test(fo)
}

/**
 * A rumour set right with a plain denial (「…らしい」という話が広がっていますが、そのような事実はありません。今年も営業します):
 * the city correcting misinformation, not arguing with a critic, unless a critic or a report is answered or
 * the spreaders are scolded. Blind HC-040: the posts also announced as a list to follow (SNS上で次のような投稿が広がっていますが、
 * いずれも事実ではありません). Blind UI-055: the post named by what it says (「…」という内容の書き込みが拡散している, という趣旨の
 * メールが出回っています) is the same rumour.
 */
// Blind KH-030 kind (reb60): or seen online, the place named (SNSなどで「…」という投稿が見られますが, インターネット上で…という情報が散見されますが).
const RUMOUR = phrase('(?:という|との|といった|って|ような)(?:(?:内容|趣旨|旨)の)?(?:話|噂|うわさ|情報|投稿|書き込み|メール|メッセージ|チェーンメール|チラシ|ビラ|文書|動画|画像|はがき|ハガキ|郵便物|sms|ＳＭＳ)(?:が|も)[^。！？!?\\n]{0,8}?(?:広が|拡散|出回|流れ|回っ)' +
  '|(?:sns|ＳＮＳ|ネット|インターネット|ウェブ|web|掲示板)(?:上|など|等)?(?:で|に|では|には)[、,]?[^。！？!?\\n]{0,50}?(?:という|との|といった|って|ような)(?:(?:内容|趣旨|旨)の)?(?:話|噂|うわさ|情報|投稿|書き込み|メッセージ|動画)(?:が|も)[^。！？!?\\n]{0,6}?(?:見られ|見受けられ|散見され)', 'u')
const PLAIN_DENIAL = phrase('^(?:その|この|そういった|その様な|このような|そのような)?(?:ような)?事実(?:は|では)(?:ございません|ありません|ない)|^事実と(?:異な|違)', 'u')
/** Round 45: a hoax word (デマ, 事実無根): it yields only to a fraud warning (`correctsFraud`), not to any rumour set right. */
const HOAX_DENIAL = phrase('^(?:デマ|ガセ|事実無根|根も葉もない)', 'u')
// (悪質 of a trader or a sales method — 悪質商法, 悪質な業者 — names the fraud warned of, not the spreaders scolded.)
const SCOLDED = phrase('お控え|おやめ|やめて|控えて|慎ん|悪質(?!(?:な)?(?:商法|業者|勧誘|訪問|手口))|法的|迷惑|困ります|許しません|許されません|遺憾', 'u')
/**
 * Blind R154A-079: a charge against the city spread as a rumour (一部の店だけ優遇されてるってデマ流れてるけど, 職員が手抜きしているという噂が
 * 広がっていますが): what critics say of the city, so an answer that calls them wrong (全然ちがうから！勘違いしないでね) answers a critic.
 * Blind R306N-032 kind (misc22): …also said to be spreading with 広まる (という書き込みが広まっていますが).
 * Blind R443U-036 kind: …or asked about as true, as a Q&A puts it (市は…を握りつぶしているって本当？, 要望を黙殺しているというのは本当ですか,
 * もみ消したと聞きましたが本当ですか): the charge heard from others, put to the city to answer.
 */
const CHARGED_RUMOUR = phrase(`(?:${CHARGE_SRC})[^。！？!?\\n]{0,12}?(?:(?:って|という|との|みたいな)(?:デマ|噂|うわさ|話|情報|投稿|書き込み|ポスト)(?:が|も)?[^。！？!?\\n]{0,4}?(?:流れ|出回|広が|広ま|拡散|回っ)|(?:って|という(?:の|話|噂|うわさ)?|と(?:聞いた|聞きました|聞いたんです|言われています|言われてる)(?:けど|けれど|が)?)(?:は|って)?[、,]?(?:本当|ほんと|ホント|ほんとう|事実)(?:ですか|なの|なんですか|なんでしょうか|でしょうか|か)?[？?])`, 'u')
/**
 * Round 45: a fraud warning (「市の職員が還付金の手続きで自宅に伺う」という話はデマです。…不審な訪問があれば警察へ): the pretext a
 * fraudster uses is denied, no critic is answered.
 */
// Blind UC-031: a trader's pretext about the city (「市が…を義務づけた」と言って訪問してくる業者, 市の委託だと称して電話してくる) and the
// consumer desk the reader is sent to (消費生活センター, 消費者ホットライン188, その場で契約せず, クーリング・オフ) make a warning too.
const FRAUD_WARNING = phrase('詐欺|不審な|不審者|なりすまし|成りすまし|だまされ|騙され|騙し|架空請求|警察(?:へ|に(?:通報|相談|連絡))|#9110|110番|(?:と|って)(?:言って|いって|称して|偽って|名乗って|かたって|騙って)[^。！？!?\\n]{0,8}?(?:訪問|来訪|訪ね|来る|来た|来られ|電話|勧誘|営業|契約を)|消費生活センター|消費者ホットライン|悪質(?:な)?(?:商法|業者|勧誘|訪問)|点検商法|その場で(?:は)?契約(?:せず|しない)|クーリング・?オフ', 'u')
/** A popular belief or myth set right (…と言われますが, …と思われがちですが, 俗説, 迷信): no critic answered. */
const MYTH = phrase('(?:と|って)(?:よく)?(?:言われ(?:ます|ています|ることがあります|ることもあります|がちです)|思われがち(?:です)?|信じられて(?:い|き)(?:ます|ました)|聞きます|耳にします|書かれていることがあります)(?:が|けど|けれど)|俗説|迷信|都市伝説|思い込みですが', 'u')
/**
 * Blind KT-045 kind: the usual closing request of a disaster notice not to spread unchecked information (不確かな情報の拡散はお控えください,
 * 真偽不明の投稿の転送はおやめください, むやみな拡散はお控えください) asks every reader, it scolds nobody who spread the claim set right. Only
 * information marked as unchecked or spreading said to be careless; the spreaders named (デマを流した方は…お控えください) stay scolded.
 */
const SPREAD_CAUTION = phrase('(?:(?:不確か|未確認|真偽(?:の)?(?:不明|不確か|わからない|分からない)|根拠(?:の)?ない|出所(?:の)?(?:不明|わからない|分からない)|誤った|不正確|あいまい|曖昧)(?:な|の)?(?:情報|うわさ|噂|投稿|書き込み|話)(?:の|を)?|(?:むやみ|安易|不用意|無責任)(?:な|に))(?:拡散|転送|共有|シェア|リポスト|リツイート)(?:は|を|も|すること(?:は|を)?)?[、,]?(?:くれぐれも|どうか|ぜひ|絶対に)?(?:お控え|控えて|おやめ|やめて)(?:ください|下さい|いただ|くださるよう|願)', 'gu')
/** A scolding of the spreaders (`SCOLDED`), the readers' caution not to spread unchecked information left out (`SPREAD_CAUTION`). */
function scoldsSpreaders(fo: string): boolean {
  return SCOLDED.test(fo.replace(SPREAD_CAUTION, ''))
}
function correctsRumour(fo: string): boolean {
  // (A belief about the city itself — 「市は何もしていない」と言われますが — is criticism, not a myth.)
  const myth = MYTH.test(fo) && !/(?:市|市役所|役所|職員|当課|行政|市長|議会)(?:は|が|の(?:対応|職員|説明))/u.test(fo)
  return (RUMOUR.test(fo) || myth) && !receivedBesidesRumour(fo) && !scoldsSpreaders(fo) && !CHARGE.test(fo) && !OBVIOUS_PROOF.test(fo)
}
/**
 * Blind R127A-119: the reader told the truth is plain to see (転入者数を見れば明らかです, 調べればすぐ分かることです, 一目瞭然です):
 * a rumour argued down, not set right. Not a pointer to where the facts are (詳しくは市ホームページをご覧ください).
 */
const OBVIOUS_PROOF = phrase('(?:見れば|見ても|みれば|調べれば|確認すれば|考えれば|比べれば)[、\\s]{0,2}(?:すぐ(?:に)?|一目で|誰でも|だれでも)?(?:明らか|一目瞭然|分かる(?:こと|はず)|わかる(?:こと|はず)|分かります|わかります|お分かり(?:いただけ|になる))|一目瞭然(?:です|だ|でしょう)', 'u')
/**
 * Round 50: false information about a disaster or a hazard set right with the state now (避難所が閉鎖されたという情報は誤りです。現在も
 * 開設しており…, 給水所が終了したとの話は誤りです。引き続き…): what the guideline asks for in a disaster, not a critic answered. Only a
 * hazard or shelter fact (a paragraph rule does not see emergency mode). Not a report (報道), a criticism received, a scolding or a charge (ずさん).
 */
/**
 * Blind JQ-030 kind: in a reply, the information replied to pointed at with a demonstrative (その情報は誤りです。現時点で矢部川の堤防決壊は
 * 確認されていません。最新情報は市ホームページで): the same false hazard information set right with the state now or the official word. Only
 * information, a rumour or a story (その情報, そのうわさ, そのお話), not a post or a comment (その投稿は誤りです answers its writer).
 * Blind KZ-033 kind: or the hazard event denied as a fact (堤防が決壊したという事実は確認されていません).
 */
const INFO_DENIED = phrase('(?:(?:という|との|といった|っていう|って)(?:情報|話|お話|うわさ|噂|投稿|書き込み|メール|メッセージ)|(?<![一-龠々ァ-ヶー])(?:その|この|そちらの|こちらの|そういった|そのような)(?:情報|うわさ|噂|お話))(?:は|も)' +
  // Blind KZ-033 kind: the hazard event itself denied as a fact (堤防が決壊したという事実は確認されていません, 避難所が閉鎖されたという事実はありません).
  '|(?:決壊|氾濫|浸水|冠水|倒壊|崩落|閉鎖|断水|停電|火災|火事|爆発|噴火|津波)(?:し|され|が(?:あっ|起き|発生し))(?:た|ている|ていた)という事実(?:は|も)', 'u')
// Blind GS-005: the state told as of now (現時点で、…決壊は確認されていません; 現段階では, 現状).
const STATE_NOW = phrase('(?:現在|今|いま|本日|きょう)(?:も|は|、)|(?:現時点|現段階|現状|目下)(?:で|では|において|、|も)|引き続き|ひきつづき|通常(?:どおり|通り)|平常(?:どおり|通り)|予定(?:どおり|通り)', 'u')
const SHELTER = phrase('避難所|避難場所|避難|給水|断水|炊き出し|通行止め|通行規制|防災|災害|台風|大雨|洪水|土砂', 'u')
/**
 * Blind R86A-025: the right fact given as what an authority has announced (市が発表している復旧の見通しは10月6日です, 九州電力の発表では,
 * 気象庁の発表によると, 市が公表しているとおり) or the reader sent to the official word (最新の情報は市ホームページをご覧ください): like the
 * state now, it sets the false hazard information right with the official facts, it does not argue. Only after an authority (市, 県, 気象庁,
 * a utility or an office: a word of its own before が/の), not a critic's post (ご指摘, 報道 stay excluded by `correctsHazardInfo`), and not
 * when the spreaders are scolded (反省を求めます, 悪質: `HOAX_SCOLDED`).
 */
const ANNOUNCED = phrase('(?:市|県|国|町|村|気象庁|気象台|消防|警察|電力|ガス|水道局|水道課|上下水道|企業団|事務所|本部|役所|庁)(?:が|の)(?:発表|公表)(?:して(?:いる|います|おります|おる)|した|しました|では|によると|によれば|(?:の)?(?:とおり|通り|どおり))', 'u')
/**
 * Blind R98A-006: in 災害時モード, false disaster information set right with what the city has confirmed on the spot (「市営住宅が浸水で
 * 全壊した」という情報は誤りです。大和団地の1階部分で床下浸水を確認しており…, 損傷がないことを確認しました, 被害は確認されておりません):
 * the guideline's job in a disaster, like the state now. Only in emergency mode (the post is about the disaster), and still not when a
 * criticism is received, the spreaders are scolded or a charge against the city is denied (`correctsHazardInfo`).
 */
const FACT_CONFIRMED = phrase('確認(?:して|いたして|され|できて)(?:おり|います|おります|いる|おる)|確認(?:しました|いたしました|されました|できました)|確認(?:されて|して)(?:おりません|いません)', 'u')
/**
 * Blind R377A-028 kind: in 災害時モード, the false information set right by stating the facility's own damage as none (センターに被害は
 * ありません, 校舎への浸水はございません, 施設に異常は出ていません): the fact on the spot, as one confirmed is (`FACT_CONFIRMED`). Only damage
 * words stated as absent, and only in emergency mode.
 */
const NO_DAMAGE_STATED = phrase('(?:被害|損傷|損壊|浸水|異常|支障)(?:は|も)[、,]?(?:一切|全く|まったく|特に)?(?:ありません|ございません|出ていません|出ておりません|発生していません|発生しておりません)', 'u')
/**
 * Blind R401A-021 kind: the false information set right by sending the reader to what the city designates or publishes (避難所は市の指定
 * 避難所をご確認ください, 県が公表している給水所でご確認ください, 指定緊急避難場所をご確認ください): the official facts, as the official word is
 * (`OFFICIAL_WORD`); read with the same guards in `correctsHazardInfo` (no criticism received, no spreaders scolded, no charge).
 */
const DESIGNATED_POINTED = phrase('(?:(?:市|県|町|村|国)(?:が|の)(?:指定(?:する|した|している)?|公表(?:する|した|している)|公式)(?:の)?[^。！？!?\\n]{0,12}?|指定(?:緊急)?避難(?:所|場所))(?:を|で)[、,]?(?:ご)?(?:確認|覧|参照)', 'u')
function correctsHazardInfo(fo: string, emergency = false): boolean {
  return INFO_DENIED.test(fo) && (STATE_NOW.test(fo) || (emergency && (FACT_CONFIRMED.test(fo) || NO_DAMAGE_STATED.test(fo))) || ((ANNOUNCED.test(fo) || OFFICIAL_WORD.test(fo) || DESIGNATED_POINTED.test(fo)) && !HOAX_SCOLDED.test(fo))) && (HAZARD.test(fo) || SHELTER.test(fo)) && !CRITICISM_RECEIVED.test(fo) && !scoldsSpreaders(fo) && !CHARGE.test(fo)
}
/**
 * Blind R241E-002 kind: 根も葉もない said of a rumour told as history (過去の大きな地震では「動物園からライオンが逃げた」という根も葉もない
 * 噂が…広まり、多くの方が不安を感じました): an awareness post telling how hoaxes spread, no critic answered and no rumour of today denied.
 * Only the word before a rumour noun that spread, in a sentence set in the past (過去, かつて, 当時, 震災の際); not a charge against the city,
 * a criticism received or the spreaders scolded (then it answers someone).
 */
const PAST_HOAX_SPREAD = phrase('^根も葉もない(?:噂|うわさ|デマ|話|情報|流言|風評|書き込み|投稿)(?:が|も|を)[^。！？!?\\n]{0,24}?(?:広ま|広が|拡散|出回|流れ|流さ)', 'u')
const PAST_TIME = phrase('過去|かつて|以前の|当時|昔|これまでの|(?:震災|地震|災害|豪雨|台風|水害)(?:の(?:際|とき|時)|では|の直後|のあと|の後)', 'u')
function pastHoaxTold(fo: string, at: number): boolean {
  if (!PAST_HOAX_SPREAD.test(fo.slice(at, at + 60))) return false
  const sen = sentenceOf(fo, at, at)
  return PAST_TIME.test(fo.slice(sen.start, sen.end)) && !CRITICISM_RECEIVED.test(fo) && !SCOLDED.test(fo) && !CHARGE.test(fo)
}
/** Round 45: a fraud warning that denies the pretext fraudsters use, with no criticism, scolding or charge against the city in it. */
function correctsFraud(fo: string): boolean {
  return (FRAUD_WARNING.test(fo) || OFFICE_NEVER_DOES.test(fo)) && !CRITICISM_RECEIVED.test(fo) && !SCOLDED.test(fo) && !CHARGE.test(fo)
}

/**
 * Blind TR-097: 言いがかり as the act of a swindler or trouble-maker told in a warning (車に故意にぶつかり、言いがかりをつけて示談金を要求する
 * 手口, 言いがかりをつけられたら警察へ): the word names what someone does to the reader (言いがかりをつける, つけられる), in a paragraph that warns
 * of a tactic (手口, 当たり屋, 詐欺, 示談金, ご注意, 警察; blind TU-105: 点検商法, 契約を迫る, 消費生活センター) — no critic of the city is answered. Not when the city calls a criticism one
 * (ご指摘は言いがかりです, 言いがかりをつけるのはやめてください) or a criticism is received in the paragraph.
 */
const TACTIC_ACT = /^(?:言いがかり|言い掛かり|いいがかり)(?:を)?(?:つけ|付け)(?:て|る|られ|ら|た|(?=[、,]))(?!(?:の|こと)(?:は|を)|な(?:いで|[。！!]))/u
const TACTIC_WARNING = /手口|当たり屋|詐欺|悪質|不審|恐喝|脅し|脅さ|示談金|金銭を要求|金品を要求|ご注意|注意して|気をつけ|気を付け|警察|110番|#9110|被害に|商法|契約を迫|高額な(?:修理|契約|請求|料金)|押し売り|消費生活せんたー|消費者ほつとらいん|(?<![0-9０-９])188(?![0-9０-９])|だまし|騙し/u
function tacticTold(fo: string, start: number, end: number): boolean {
  return TACTIC_ACT.test(fo.slice(start, Math.min(fo.length, end + 12))) && TACTIC_WARNING.test(fo) && !CRITICISM_RECEIVED.test(fo) && !SCOLDED_CRITIC.test(fo)
}
/** The critic told off in the same paragraph (やめてください, お控えください): the city answering someone, not warning of a tactic. */
const SCOLDED_CRITIC = /(?:やめ|お控え|控え)て(?:ください|下さい|いただ)|おやめください/u

/**
 * Blind R274K-022 kind: legal action held over a resident who does not take their post down or stop (速やかに削除していただけない
 * 場合は、顧問弁護士と相談のうえ対応を検討, 撤回されない場合は法的措置も辞さない, 投稿をやめなければ開示請求を行います): a condition on
 * the poster's post, then a lawyer, a suit, a criminal complaint or a disclosure request. Bounded: the condition and the step sit in
 * one sentence, at most 40 code units apart.
 */
const LEGAL_STEP = '(?:顧問弁護士|弁護士|法的|法律上の|訴訟|提訴|告訴|告発|訴え(?:ます|る|させ|を(?:起こ|提起))|開示請求|発信者情報|損害賠償|賠償を請求|被害届|名誉毀損で|刑事|民事)'
const LEGAL_THREAT = phrase('(?:削除|撤回|訂正|取り下げ|取下げ|謝罪|(?:投稿|書き込み|発言|発信|拡散|中傷|批判|ご主張|主張)(?:を|の)?(?:お?やめ|止め|お?控え|中止|停止))(?:を)?(?:して|し|され|なさ|いただ|頂|下さ|くださ|てくれ|ていただ)?[^。！？!?\\n]{0,10}?(?:ない|なけれ|ぬ|ず|なかった)(?:場合|とき|時|なら|ようなら|ようでしたら|ようであれば|限り|ば|ことには)[^。！？!?\\n]{0,40}?' + LEGAL_STEP, 'u')
/**
 * Blind R274K-022 kind: a resident's post called baseless or false and legal action announced against it in the same paragraph, with no
 * condition (ご投稿は事実無根であり…法的措置を検討しております): the same pressure on a critic.
 */
const LEGAL_AT_POST = phrase(LEGAL_STEP + '[^。！？!?\\n]{0,16}?(?:検討|準備|辞さ|講じ|講ず|取ら|とら|取る|とる|踏み切|視野|進め|相談のうえ|相談の上|協議のうえ|協議の上)', 'u')
const POST_DENIED = phrase('(?:ご投稿|投稿|書き込み|記載|ご主張|主張|コメント|ご発言|発言|ツイート|ポスト)[^。！？!?\\n]{0,40}?(?:根拠のない|根拠がない|根拠の無い|事実無根|言いがかり|言い掛かり|虚偽|デマ|名誉毀損|名誉を毀損|名誉を傷つけ|強く抗議|厳重に抗議)', 'u')
/** A notice of an impersonation or a fraud, or help offered to residents (弁護士にご相談ください): not a threat to a critic. */
const LEGAL_LEGIT = phrase('なりすまし|成りすまし|偽アカウント|偽の(?:アカウント|サイト|メール)|詐欺|不正アクセス|著作権|無断転載|無断使用|ご相談ください|ご相談いただ|お困りの方|相談窓口|法律相談|無料相談|ご注意', 'u')

/**
 * Blind R394T-049 kind: a complaint heard (使いにくいとのことですが, 分かりにくいとのご意見ですが) answered by asking the critic to read or look
 * first and only then give their opinion, as a polite question (まずはそちらをご覧になってからご意見をいただけますか, 一度お読みになってから
 * ご指摘いただけませんでしょうか, 説明書を読んでからコメントしてもらえますか): the fault put on the critic, a rebuttal. Only after a complaint
 * echoed in the paragraph; not an invitation to try a service and send feedback (ぜひ使ってみてからご感想をお寄せください: no complaint), not
 * where the instructions are told alone (手順はトップ画面に載せています).
 */
const LOOK_FIRST_ASKED = '(?:読んで|お読みになって|お読みいただいて|目を通して|お目通しいただいて|見て|ご覧になって|ご覧いただいて|確認して|ご確認になって|ご確認いただいて|お確かめになって|確かめて|調べて|お調べになって|試して|お試しになって|使って)(?:みて)?から(?:ご|お)?(?:意見|指摘|批判|評価|感想|コメント|文句|苦情|投稿|発言|お書き|書き込み)(?:を)?(?:いただけ(?:ます|ません)(?:でしょう)?か|いただけ(?:ない|る)でしょうか|いただきたい(?:のですが|と思います|です)|(?:して|なさって)?(?:もらえ|いただけ)(?:ます|ません)(?:でしょう)?か|くださ(?:い|いますか|いませんか)|お願いでき(?:ます|ません)か|お願いします|お願いいたします)'
const COMPLAINT_ECHOED_ASKED = new RegExp(NOTICE_COMPLAINT.source + '|' + COMPLAINT_HEARD.source, 'u')
const LOOK_FIRST_ASKED_PHRASES: Phrase[] = [
  {
    re: phrase(LOOK_FIRST_ASKED),
    need: ['から'],
    what: '相手の誤りを指摘する反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    alsoNeeds: COMPLAINT_ECHOED_ASKED,
  },
]
PHRASES.push(...LOOK_FIRST_ASKED_PHRASES)

/**
 * Blind R422X-036 kind: a commenter's claim contradicted casually at a sentence's head (それ、ちょっと違うんです〜！, そこは違いますよ,
 * それ全然ちがうんです), the counter-claim told, and the critic's words quoted back as something regretted (…って書かれちゃうのは残念です,
 * …と言われるのは悲しいです, …って思われてるのは寂しいな): the commenter told they are wrong, a rebuttal in any register. Only with both
 * the contradiction and the critic's words regretted in the paragraph (`CRITIC_WORDS_REGRETTED`); a thing told to differ (色が違うんです,
 * 場所がちょっと違うんです), the city's own correction (それ、日付がちょっと違うんです。正しくは15日です) or a regret with no contradiction (…と言われる
 * のは残念ですが、改善に努めます) stay clean.
 */
const CASUAL_CONTRADICTION = '(?<=^|[。！!？?\\n\\s〜~])(?:それ|そこ|そちら|そいは|それは|そこは)[、,\\s]?(?:ちょっと|ちょっぴり|少し|すこし|全然|ぜんぜん|まったく|全く|完全に)?(?:違うんです|違うんですよ|違うんだよ|違うんよ|違うとです|違いますよ|違いますって|ちがうんです|ちがいますよ|ちがうんだよ)'
/** The critic's words quoted back and regretted (…って書かれちゃうのは残念, …と言われるのは悲しい). */
const CRITIC_WORDS_REGRETTED = phrase('(?:って|と)(?:書かれ|書き込まれ|言われ|思われ|コメントされ|投稿され|レビューされ)[^。！？!?\\n]{0,10}?(?:残念|悲しい|悲しく|かなしい|寂しい|寂しく|さみしい|さびしい|悔しい|くやしい)', 'u')
const CASUAL_CONTRADICTION_PHRASES: Phrase[] = [
  {
    re: phrase(CASUAL_CONTRADICTION),
    need: ['違', 'ちが'],
    what: '批判した相手への反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    alsoNeeds: CRITIC_WORDS_REGRETTED,
  },
]
PHRASES.push(...CASUAL_CONTRADICTION_PHRASES)

/**
 * Blind R427C-021 kind: a critic's claim taken up with っていうのは / というのは and said (a little) not to be so (…見捨てたっていうのはちょっと
 * 違うかな〜, …というのは少し違うと思います, …っていうのは全然ちがうよ), then the wording reproached (そういう言い方はさみしいです, そんな書き方は
 * 悲しい, ちゃんと見てほしいな, もっと知ってほしい) or regretted (…と言われるのは残念: CRITIC_WORDS_REGRETTED): the commenter told they are
 * wrong, softly. Only with both the denial and the reproach in the paragraph; the city's own correction of a fact (…というのは少し違います。正しくは
 * 15日です), a claim denied with no reproach, or a reproach with no denial stay clean, and so does an apology.
 */
const CLAIM_SAID_OTHERWISE = '(?:っていうのは|っていうの|って言うのは|というのは|と言うのは|っつうのは)[、,\\s]?(?:ちょっと|ちょっぴり|少し|すこし|全然|ぜんぜん|まったく|全く|完全に|かなり)?(?:違う|ちがう|違います|ちがいます|違いま|違っ|ちがっ)'
const WORDING_REPROACHED = phrase('(?:そういう|そんな|そのような|こういう|ああいう|その)(?:言い方|いいかた|書き方|かきかた|言われ方|表現|決めつけ|決め付け|見方|とらえ方|捉え方)(?:は|って|を|だと|されると)[^。！？!?\\n]{0,12}?(?:さみし|寂し|さびし|悲し|かなし|残念|つら|辛|悔し|くやし|やめ|控え)|(?:ちゃんと|きちんと|しっかり|よく|もっと|正しく)[、,]?(?:見て|知って|わかって|分かって|理解して|調べて)(?:ほしい|欲しい|もらいたい|もらえたら|もらえると|いただきたい|くれたら|ください)|(?:って|と)(?:書かれ|書き込まれ|言われ|思われ|コメントされ|投稿され)[^。！？!?\\n]{0,10}?(?:残念|悲しい|悲しく|かなしい|寂しい|寂しく|さみしい|さびしい|悔しい|くやしい)', 'u')
/**
 * Blind R427C-054 kind: the commenter's post politely said to have a thing wrong (貴殿のご投稿は…を取り違えておられるようです, ご投稿の内容は
 * …を誤解なさっているご様子です, あなたのコメントは…を読み違えていらっしゃるかと存じます): the critic corrected in honorific speech, a rebuttal in
 * the most courteous register. The post or the commenter the subject, a word of mistaking, an honorific present and a hedge (ようです, ご様子,
 * かと, ものと, と存じ); only where a criticism is answered or in a reply (TO_CRITIC). The city's own mistake (当方が取り違えておりました) or a
 * reader's likely confusion explained (…と取り違えやすいのでご注意ください) stays clean.
 */
const POST_MISTAKEN = '(?:貴殿|貴方|あなた|貴女|貴職|そちら(?:様)?|投稿者(?:の方|様|さん)?)(?:の|が|は)?(?:ご)?(?:投稿|コメント|書き込み|ご?意見|ご?主張|ご?指摘)?(?:の内容)?(?:は|では|が)[、,]?[^。！？!?\\n]{0,30}?(?:取り違え|取違え|読み違え|見誤|見違え|誤解|誤認|勘違い|思い違い|混同)(?:を)?(?:されて|なさって|して|て)(?:おられ|いらっしゃ|おいで|い|お)[^。！？!?\\n]{0,6}?(?:ようです|ようでございます|ように(?:お見受け|見受け|思われ|存じ)|ご様子|様子です|かと(?:存じ|思われ|思い)|ものと(?:存じ|思われ|思い)|と(?:存じ|思われ)|のでは)'
/**
 * Blind R427C-054 kind: …and told to read first, then send their opinion, in the most courteous words (要綱をよくお読みいただいたうえでご意見を
 * 頂戴できれば幸いです, 資料をご一読のうえでご投稿賜りますよう, お確かめいただいたうえでご意見を賜れれば): the wish aimed at the one who posted
 * (as the R160I-087 phrase reads it with いただければ), with 頂戴 or 賜る. A form's instruction (ご確認のうえ、ご応募ください) stays clean.
 */
const READ_FIRST_COURTEOUS = '(?:ご確認|確認|ご覧|お読み|ご一読|お調べ|お確かめ|ご精読)(?:の|いただいた|になった|された|した|頂いた)?(?:うえ|上)(?:で)?[、,]?(?:ご|お)?(?:投稿|発言|発信|コメント|書き込み|意見|批判|指摘|お書き|レビュー|口コミ|ご意見)(?:を|など)?[、,]?(?:頂戴(?:できれば|できますと|できましたら|したく|いたしたく|出来れば)|賜(?:れれば|りたく|りますよう|われれば|われますと))'
const COURTEOUS_CORRECTION_PHRASES: Phrase[] = [
  {
    re: phrase(CLAIM_SAID_OTHERWISE),
    need: ['違', 'ちが'],
    what: '批判した相手への反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    alsoNeeds: WORDING_REPROACHED,
  },
  {
    re: phrase(POST_MISTAKEN),
    need: ['取り違え', '取違え', '読み違え', '見誤', '見違え', '誤解', '誤認', '勘違い', '思い違い', '混同'],
    ...TO_CRITIC,
  },
  {
    re: phrase(READ_FIRST_COURTEOUS),
    need: ['頂戴', '賜'],
    ...TO_CRITIC,
  },
]
PHRASES.push(...COURTEOUS_CORRECTION_PHRASES)

const GATE = phraseGate(PHRASES)

/**
 * Blind R76A-099: an apology, then a sentence that turns on a contrast (ただし、 しかし、 とはいえ、 ですが、) and denies what others
 * say (一部で言われている「職員が意図的に投稿した」という話は全くのデマであり、強く否定させていただきます): the apology covers the city's
 * own fault, the turn argues with its critics, so it does not make the denial after it a correction. Only when the part from the turn
 * on answers a claim heard (`CRITICISM`, 「…」という, という話) and holds no apology or right fact of its own (正しくは…); a reassurance
 * in an incident's apology (ただし、個人情報が流出した事実はございません) answers no one.
 */
const TURN = phrase('(?:^|[。！!？?\\n]\\s?)(?:ただし|但し|しかし|しかしながら|とはいえ|とは言え|ただ|もっとも|一方で|ですが|でも|なお|尚)[、,]', 'gu')
const CLAIM_HEARD = phrase('[」』](?:という|との|といった|って)|(?:という|との|といった)(?:話|お話|噂|うわさ|情報|声|お声)', 'u')
/** Where the paragraph turns from an apology to a defence against what others say (`TURN`), or -1. */
function apologyTurn(fo: string): number {
  const a = APOLOGY.exec(fo)
  if (!a) return -1
  TURN.lastIndex = a.index + a[0].length
  for (let m = TURN.exec(fo); m; m = TURN.exec(fo)) {
    const rest = fo.slice(m.index)
    if (APOLOGY.test(rest) || CORRECTION.test(rest)) continue
    if (CRITICISM.test(rest) || CLAIM_HEARD.test(rest)) return m.index
  }
  return -1
}

/**
 * Blind HD-008/016: a misunderstanding named as a common one, set right in a column or an FAQ (「いじめられる側にも原因がある」――
 * これは、よくある勘違いです; Q 部活動はなくなるのですか？ A いいえ。よくある誤解ですが、…; ありがちな誤解です; 根強い誤解です): a
 * belief corrected, no critic answered. Not in a reply or comment (said to someone), not when a criticism is received (とのご意見を
 * いただきましたが), a charge is made (手抜き, 横柄) or the belief is about the city (「市は何もしていない」).
 */
const COMMON_MYTH = phrase('(?:よく(?:ある|見られる|聞かれる|耳にする|見かける)?|意外と|意外に|案外|しばしば|ありがち(?:な|の)|陥りがち(?:な|の)|誤解されがち(?:な|の)|根強い|典型的な|(?:多くの|たくさんの)(?:方|人)(?:が|の)(?:抱く|抱きがちな|持つ|陥る|陥りがちな|しがちな))[、,]?(?:ご)?$', 'u')
const ABOUT_CITY = /(?:市|市役所|役所|職員|当課|行政|市長|議会)(?:は|が|の(?:対応|職員|説明))/u
/** No criticism received, no charge made, nothing said of the city: a belief set right answers no critic (the myth readers' common test). */
function answersNoCritic(fo: string): boolean {
  return !CRITICISM_RECEIVED.test(fo) && !CHARGE.test(fo) && !ABOUT_CITY.test(fo)
}
function commonMyth(fo: string, at: number, replying: boolean): boolean {
  return (!replying && COMMON_MYTH.test(fo.slice(Math.max(0, at - 14), at)) && answersNoCritic(fo)) || beliefHeaded(fo, at, replying) || beliefQuotedWrong(fo, at, replying)
}
/**
 * A general belief quoted and called wrong in a post (DVは「された側にも原因がある」というのは誤りです; 「お酒を飲めば体が温まる」は誤りです;
 * 「室内なら熱中症は起きない」というのは間違いです): a health or awareness column setting a myth right, no critic answered. The quote
 * ends right before the phrase and holds nothing of the city, its services or a person addressed (「市の対応が遅い」, 「ごみの収集が来ない」,
 * 「職員の態度が悪い」 stay a critic answered) and no hazard or shelter (false disaster information set right has its own reading,
 * `correctsHazardInfo`); not in a reply, not when a criticism is received or a charge made.
 */
const BELIEF_QUOTED_BEFORE = phrase('[「『]([^「『」』\\n]{4,60})[」』](?:(?:という|っていう|といった)(?:の|こと|考え方?|思い込み|説|俗説|迷信|イメージ|常識)?)?$', 'u')
const CITY_IN_BELIEF = phrase('市|町|村|役所|役場|職員|窓口|対応|担当|課|議会|議員|行政|税|収集|施設|事業|サービス|手続|補助|予算|工事|説明|告知|周知|あなた|お前|そちら', 'u')
function beliefQuotedWrong(fo: string, at: number, replying: boolean): boolean {
  if (replying) return false
  const m = BELIEF_QUOTED_BEFORE.exec(fo.slice(Math.max(0, at - 64), at))
  return m !== null && !CITY_IN_BELIEF.test(m[1]!) && !HAZARD.test(m[1]!) && !SHELTER.test(m[1]!) && answersNoCritic(fo)
}
/** The misunderstanding words of the word list (a hit `commonMyth` may set aside). */
const MISUNDERSTANDING = phrase('^(?:誤解|勘違い|思い違い|事実誤認)', 'u')

/**
 * Round 32: the charge quoted from a critic and denied in its own words (ごみ屋敷を放置しているというコメントについてですが、
 * …放置はしておりません; 手を抜いているとのご指摘ですが、手は抜いていません; 隠しているという報道がありましたが、何も隠しては
 * おりません): the stem of the charge (放置し, 抜い, 隠し) read from the report, and its negation looked for after it.
 */
const REPORTED_CHARGE = /([一-龥々]{1,4}(?:い|き|け|り|し)?[一-龥々]{0,3}(?:を)?(?:し|され|いたし)|[一-龥][ぁ-ゖ]{1,2}?)[てで](?:いる|いた|おる|る|います|おります)[」』]?(?:という|との|つて|といつた|などの|と(?=ご指摘|ご批判|お叱り|批判|指摘|書かれ|報じ|報道され|言われ|こめんと))(?:ご|お)?(?:こめんと|意見|指摘|批判|声|投稿|書き込み|苦情|報道|記事|叱り|くれーむ|れびゆー|口こみ|書かれ|報じ|報道され|言われ|こと(?:ですが|でしたが|について))/gu
/** A warning against a scam that names what the city does not do (市職員が還付金を案内しているという電話…市は案内しておりません). */
const SCAM = /詐欺|不審|ご注意|注意して|だまされ|騙|なりすまし|成りすまし|偽/u
function escapeRe(t: string): string {
  return t.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
}
/**
 * Blind R326H-052 kind (reb60): a label the critic gave, a noun echoed with だ or です before the verb of hearing it (ほかのキャラのマネだって
 * コメントがきてたけど, 「税金の無駄遣いだ」というご意見, 「パクリ」って言われ), then denied in its own word (マネなんかじゃないもん！, 無駄遣い
 * ではありません): the critic answered back. Not a question (「有料ですか？」), praise, a stop word (こと, もの), a rumour set right.
 */
const REPORTED_LABEL = phrase(
  '(?<=[のがはをもと、,「『\\s]|^)([一-龥々]{2,6}|[ぁ-ゖー]{2,5}?)(?:だ|です|でしょ|じゃん|やん|やろ)?[！!]{0,2}[」』]?(?:って|という|との|っていう)(?:いう)?(?:ご|お)?(?:コメント|意見|指摘|批判|声|投稿|書き込み|レビュー|口コミ|クチコミ|言われ|書かれ)',
  'gu',
)
const LABEL_STOP = /^(?:こと|もの|それ|これ|ここ|そこ|どこ|ため|よう|とき|みんな|皆さん|市民|方々|ほう)$/u
/** [start, end) of each denial in `fo` that repeats a charge reported before it. */
function echoedDenials(fo: string): Array<[number, number]> {
  const out: Array<[number, number]> = []
  if (!(fo.includes('ません') || fo.includes('ない')) || SCAM.test(fo)) return out
  if (fo.includes('じや') || fo.includes('では') || fo.includes('でわ')) {
    if (!WAVED_OFF48.test(fo) && !REASSURED48.test(fo) && !CONCEDED.test(fo) && !(correctsRumour(fo) && !REAL_CRITICISM.test(fo))) {
      REPORTED_LABEL.lastIndex = 0
      for (const m of fo.matchAll(REPORTED_LABEL)) {
        const noun = m[1]!
        if (LABEL_STOP.test(noun)) continue
        const re = phrase(`${escapeRe(noun)}(?:なんか|なんて|など|とか)?(?:じゃ|では|でわ)(?:ない|ありません|ございません|なか|ねえ)(?![かの？?]|でしょう|ですか|だろう)`, 'u')
        const denial = denialAfter(fo, m.index! + m[0].length, re)
        if (denial) out.push(denial)
      }
    }
  }
  REPORTED_CHARGE.lastIndex = 0
  for (const m of fo.matchAll(REPORTED_CHARGE)) {
    const stem = m[1]!
    // A noun of two letters or more (放置, 手抜き工事, 無駄遣い) before する; one kanji and し is a verb's stem (隠し).
    const found = /^([一-龥々]{1,4}(?:い|き|け|り|し)?[一-龥々]{0,3})(?:を)?(?:し|され|いたし)$/u.exec(stem)
    const noun = found && found[1]!.length >= 2 ? found : null
    const adv = '(?:一切|全く|決して|何ら|なんら|まったく|いっさい|断じて|けっして|何も|なにも)?'
    const src = noun
      ? `${escapeRe(noun[1]!)}(?:は|など|なんて|なんか|も)?[、,]?${adv}(?:して|いたして)(?:は|など)?(?:おり|お|い)?(?:ません|ない)(?![かよでの]|場合|方|人|こと)|${escapeRe(noun[1]!)}(?:は|など|なんて|なんか)[、,]?${adv}(?:ありません|ございません|ない(?=[。！!]|です))|${escapeRe(noun[1]!)}(?:では|じゃ)(?:ありません|ございません|ない(?=[。！!]|です))`
      : `${escapeRe(stem)}[てで](?:は|など|なんか|も)?(?:おり|お|い)(?:ません|ない)(?![かよでの]|場合|方|人|こと)`
    // Folded like the view it is run on (まったく, けっして, じゃ are まつたく, けつして, じや there).
    const re = phrase(src, 'u')
    const denial = denialAfter(fo, m.index! + m[0].length, re)
    if (denial) out.push(denial)
  }
  return out
}

/**
 * The first match of `re` (a denial of what a complaint said) in `fo` after `from`, as [start, end), unless it is the finding
 * of an inspection made on the complaint (点検したところ、老朽化はしておりませんでした: a report, not an argument).
 */
function denialAfter(fo: string, from: number, re: RegExp): [number, number] | null {
  const d = re.exec(fo.slice(from))
  if (!d) return null
  const at = from + d.index
  if (FINDING_OF.test(fo.slice(sentenceOf(fo, at, at).start, at))) return null
  return [at, at + d[0].length]
}

/**
 * Blind R67A-060: a complaint heard (「炊き出しが冷たかった」とのことですが, 遅いとのご意見, ぬるかったって書かれとるけど) and its own
 * predicate denied in the writer's voice (冷たかったということはないと思います, 遅かったということはございません, ぬるかったってことは
 * なかです, 汚かったはずはありません): the complainant told their experience did not happen. The predicate is read from the complaint
 * (its kanji, or the first kana of a kana word after a particle) and looked for before こと, はず or わけ denied. Not a worry reassured
 * (ご安心ください), not with a fix or a concession (今後は, 改善, 確かに), not the finding of an inspection (点検の結果、…ありませんでした),
 * and not a purpose (冷たいということがないよう).
 * Reviewer FP kind (rreb59): not the reason for a guide (収集は朝8時30分からと決まっており、それより前に来ることはありませんので、8時30分までに
 * お出しください): what to do told, not the complaint refused (…ので、ご理解ください stays one).
 * Blind R77A-049: or before とは and a verb of thinking denied in the present (判断が遅すぎるとのコメント…判断が遅かったとは考えて
 * おりません, 高いって言われよるばってん…高かとは思うとらんです): the complaint's own predicate refused as the city's view. Not a
 * past surprise (こんなに混むとは思っていませんでした).
 */
const HEARD_COMPLAINT = phrase(
  '((?:[一-龥々]{1,6}|(?<=[がはもを「『、,\\s]|^)(?:(?![がはをもの])[ぁ-ゖ]){2,3})(?:(?![がはをもの])[ぁ-ゖ]){0,6})[」』]?(?:とのこと|との(?:ご|お)?(?:意見|指摘|声|投稿|コメント|書き込み|苦情|批判)|という(?:ご|お)?(?:意見|指摘|声|投稿|コメント|書き込み|苦情|批判)|って(?:いう)?(?:コメント|言われ|書かれ|書き込み|投稿|声|苦情|レビュー|口コミ)|と(?:言われ|書かれ|ご指摘|指摘され|お叱り))',
)
const CONCEDED = phrase('確かに|たしかに|改善|見直|検討|工夫|反省|至らな|不十分|今後は|これから|おっしゃるとおり|おっしゃる通り', 'u')
/** [start, end) of each denial in `fo` of the predicate of a complaint heard before it. */
function deniedComplaints(fo: string): Array<[number, number]> {
  const out: Array<[number, number]> = []
  if (!(fo.includes('ない') || fo.includes('ません') || fo.includes('なか') || fo.includes('らん') || fo.includes('おらず')) || CONCEDED.test(fo) || REASSURED48.test(fo) || SCAM.test(fo)) return out
  // Blind KH-030 kind (reb60): a rumour or a post seen online set right (「投票所の鉛筆で書くと後から書き換えられる」という投稿が見られますが、
  // 投票用紙が書き換えられることはありません) with no complaint or charge in it (`REAL_CRITICISM`): misinformation corrected, no critic answered.
  if (correctsRumour(fo) && !REAL_CRITICISM.test(fo)) return out
  let invites: boolean | undefined
  for (const m of fo.matchAll(HEARD_COMPLAINT)) {
    const said = m[1]!
    const stem = /^[一-龥々]+/u.exec(said)?.[0] ?? said.slice(0, 2)
    // Blind R326H-052 kind (reb60): an adjective complained of (「ゆるキャラはダサい」って言われた, 「トイレが汚い」とのご意見) denied in its own
    // word (ダサくなんかないもん, 汚くはありません, 決して遠くないです): not a purpose or a doubt (暑くないよう, 高くないですか, 高くないと感じて
    // いただけるよう), not with a fix or an invitation (「冬は寒い」ってよく言われるけど、そんなに寒くないんです！ぜひ遊びに来てね: a reason to come).
    const adjective = /(?<!な|た|てい)(?:い|かつた)$/u.test(said) && !(invites ??= COMPARED_INVITES.test(fo) || REMEDY.test(fo))
      ? `|${escapeRe(stem)}(?:(?![がはをもの])[ぁ-ゖ]){0,4}?く(?:なんか|なんて|は|も|など)?[、,]?(?:決して|全然|ぜんぜん|まったく|全く|ちっとも|少しも|けっして)?(?:ない|無い|ありません|ございません|なか|ねえ)(?!よう|ため|か|[？?]|でしょう|ですか|だろう|場合|方|人|こと|もの|ので|と(?:お)?(?:感じ|思)(?:って|て)?(?:いただ|もら|くださ))`
      : ''
    const re = phrase(
      `${escapeRe(stem)}(?:(?![がはをもの])[ぁ-ゖ]){0,6}(?:という|って|なんて|ような)?(?:こと|はず|わけ)(?:は|が|も|など|なんか)?[、,]?(?:決して|絶対(?:に)?|まったく|全く|けっして|一切)?(?:ない|無い|ありません|ございません|なか)(?!よう|ため|か|場合|方|人|こと|もの|ので[、,]?(?![^。！？!?\\n]{0,30}?(?:ご理解|ご了承|ご納得|ご容赦|ご承知))[^。！？!?\\n]{0,30}?(?:ください|下さい))|${escapeRe(stem)}(?:(?![がはをもの])[ぁ-ゖ]){0,6}(?:とは|とも)(?:到底|決して|まったく|全く|少しも|けっして)?(?:考え|思|認識し|捉え|判断し|存じ)(?:て|っ|う)?(?:て|と)?(?:おりません|いません|おらず|いない|おらん|らん|ない|ません|なか)(?!でし|かった)${adjective}`,
      'u',
    )
    const denial = denialAfter(fo, m.index! + m[0].length, re)
    if (denial) out.push(denial)
  }
  return out
}

/**
 * Blind R318H-004 kind: a complaint of degree heard (待ち時間が長すぎるとのお声, 「駐車場が狭い」ってコメント, 料金が高いという声) answered with
 * the opposite degree, by a comparison or as a level, with no adverb (近隣の市と比べても短い水準にあります, 全国平均より安いほうです, 他の会場と
 * 比べると広いほうだと思います, 県内でも便利な部類です): the complainant told the thing is the reverse. The complaint's adjective is read from
 * the complaint (its stem in `DEGREE_COMPLAINT`) and its opposite (`OPPOSITE`) looked for after it in the affirmative (短くありません, which
 * concedes, is not this). Not with a concession, a fix, thanks beyond the greeting or a worry reassured.
 */
const DEGREE_STEMS = '長|短|高|安|低|遠|近|遅|狭|広|少な|多|古|暗|小さ|大き|うるさ|汚|寒|暑|分かりにく|わかりにく|使いにく|見にく|読みにく|聞きにく|聞こえにく'
const DEGREE_COMPLAINT = phrase(
  `(?:(${DEGREE_STEMS})(?:すぎ|過ぎ)(?:る|ます|た|です)?|(${DEGREE_STEMS})(?:い|かった)(?:です)?|(不便)(?:だ|です|すぎる?)?)[！!。〜~…]{0,3}[」』]?(?:とのこと|との(?:ご|お)?(?:意見|指摘|声|投稿|コメント|書き込み|苦情|批判|不満)|という(?:ご|お)?(?:意見|指摘|声|投稿|コメント|書き込み|苦情|批判|不満)|って(?:いう)?(?:ご|お)?(?:意見|声|コメント|言われ|書かれ|書き込み|投稿|苦情|口コミ|レビュー)|と(?:言われ|書かれ|ご指摘|指摘され|お叱り))`,
)
const OPPOSITE: Readonly<Record<string, string>> = {
  長: '短',
  短: '長',
  高: '低|安',
  安: '高',
  低: '高',
  遠: '近',
  近: '遠',
  遅: '早|速',
  狭: '広',
  広: '狭',
  少な: '多',
  多: '少な',
  古: '新し',
  暗: '明る',
  小さ: '大き',
  大き: '小さ',
  うるさ: '静か',
  汚: 'きれい|綺麗|清潔',
  寒: '暖か|温か',
  暑: '涼し',
  不便: '便利',
  分かりにく: '分かりやす|わかりやす',
  わかりにく: '分かりやす|わかりやす',
  使いにく: '使いやす',
  見にく: '見やす',
  読みにく: '読みやす',
  聞きにく: '聞きやす',
  聞こえにく: '聞こえやす|よく聞こえ',
}
const COMPARED_TO = '(?:(?:と|に|より)(?:比べ|くらべ|比較し)(?:て|れば|ると|たら|ましても|ますと|ました場合|た場合|ましたら)(?:も|は)?|(?:全国|県内|県|近隣|周辺|他市|他の(?:市|町|自治体|施設|会場)|ほかの(?:市|町|自治体|施設|会場)|よその(?:市|町|自治体)|平均)(?:の(?:自治体|市町村|市|町|平均|中))?(?:より(?:も)?|の中でも|でも))[、,\\s]?[^。！？!?\\n]{0,20}?'
const LEVEL_CLOSE = '(?:(?:に|で)(?:あります|ございます)|(?:なん|なの)?(?:です|でございます)|であり|だ(?=[。！!、よね]|と)|だと(?:思|考え)|と(?:考え|思|存じ)|となって(?:おり|い)ます)'
const LEVEL_END = `(?:い|め|な|の)?(?:ほう|方|部類|水準|レベル|くらい|ぐらい)?(?:${LEVEL_CLOSE}|(?=[。！!]|$))`
const LEVEL_ONLY_END = `(?:い|め|な)(?:ほう|方|部類|水準|レベル)${LEVEL_CLOSE}`
/**
 * Reviewer FP kind (reb58): a complaint about the season or the place answered with an invitation (「冬は寒い」という声も聞かれますが、柳川は
 * 九州の中でも比較的暖かいほうです。冬の旅もおすすめ！, 会場は駅から近いほうですが、ぜひご利用ください): a reason to come, not a retort.
 */
const COMPARED_INVITES = phrase(INVITED, 'u')
const OPPOSITE_CLAIMS = new Map<string, RegExp>()
/** The answer that claims the opposite degree `opp` (its alternatives), compiled once. */
function oppositeClaim(opp: string): RegExp {
  let re = OPPOSITE_CLAIMS.get(opp)
  if (!re) OPPOSITE_CLAIMS.set(opp, (re = phrase(`${COMPARED_TO}(?:${opp})${LEVEL_END}|(?:${opp})${LEVEL_ONLY_END}`, 'u')))
  return re
}
/** [start, end) of each opposite degree claimed in `fo` after a complaint of degree heard before it. */
function comparedBack(fo: string): Array<[number, number]> {
  const out: Array<[number, number]> = []
  if (fo.search(DEGREE_COMPLAINT) < 0) return out
  if (CONCEDED43.test(fo) || REMEDY.test(fo) || REASSURED48.test(fo) || LISTENING41.test(fo.replace(GREETING_THANKS, '\n')) || COMPARED_INVITES.test(fo)) return out
  let last = -1
  for (const m of fo.matchAll(DEGREE_COMPLAINT)) {
    const opp = OPPOSITE[m[1] ?? m[2] ?? m[3] ?? '']
    if (!opp) continue
    const denial = denialAfter(fo, m.index! + m[0].length, oppositeClaim(opp))
    // One finding per answer: later complaints that reach the same answer add nothing.
    if (denial && denial[0] > last) {
      out.push(denial)
      last = denial[0]
    }
  }
  return out
}

/**
 * Blind R211D-067: sayings quoted as examples and then pointed back at as words (「…」「…なら来るな」――こうした言葉を向けられたという
 * 相談, 「…」といった心ない言葉, 「…」。このような発言は): what others say, set out to be named, not the writer's own retort. True when
 * [start, end) of `text` lies inside a 「…」 or 『…』 (or a run of them side by side) that is followed, within its sentence, by a
 * pointer (こうした, このような, そうした, こんな, これらの…, or など/といった/のような right after the quotes) to words, remarks or
 * posts (言葉, 発言, 暴言, 書き込み). Bounded scans only.
 */
/**
 * Blind R294I-037 kind: a line about a report that the reader is told to give when asked (聞かれたら「記事の数字は正確ではない」と答えて
 * ください, 問い合わせには「報道は事実と異なります」と説明するように): the city's own answer handed out to repeat, a use, not a mention.
 * Only a bracket naming a report (記事, 報道, 新聞, 番組, 見出し) and closed by と with a verb of answering told or asked. Bounded scans.
 */
const SCRIPT_TOLD = /^[」』](?:と|って)[、,]?(?:答え|回答|お答え|説明|ご説明|返答|伝え|お伝え|言っ|案内|ご案内|対応)(?:し|いたし)?(?:て(?:ください|下さい|くださいね|ほしい|欲しい|もらえ|いただ|頂|おいて|ね)|るよう|ましょう|なさい|てな|てくれ)/u
const SCRIPT_DISOWNED = /^(?:ね|ね?[、,]?(?:という|といった|との|みたいな|のような)(?:ような)?(?:対応|答え方|回答|説明|言い方|返し方|応対|返事|案内|指示|こと)?(?:は|も|が|を)?)[、,]?[^。！？!?\n「」『』]{0,8}?(?:NG|ng|Ｎｇ|ＮＧ|ダメ|だめ|駄目|避け|ないで(?:ください|下さい|ほしい|欲しい|ね)|しては|禁止|厳禁|不適切|やめ|止め|控え|いけ(?:ません|ない)|なりません|誤り|間違い|(?:では|じゃ)なく|(?:では|じゃ)(?:ありません|ない))|^(?:る|す)?の(?:では|じゃ)なく/u
const SCRIPT_ABOUT_PRESS = /記事|報道|新聞|番組|見出し|ニュース|週刊誌|マスコミ/u
function scriptToRepeat(text: string, start: number, end: number): boolean {
  const open = Math.max(text.lastIndexOf('「', start), text.lastIndexOf('『', start))
  if (open < 0 || start - open > 40) return false
  const rel = text.slice(end, end + 41).search(/[」』]/u)
  if (rel < 0) return false
  const close = end + rel
  const inner = text.slice(open + 1, close)
  if (/[「『」』\n]/u.test(inner)) return false
  if (!SCRIPT_ABOUT_PRESS.test(inner)) return false
  const told = SCRIPT_TOLD.exec(text.slice(close, close + 24))
  if (!told) return false
  // Review (rvreb): the told answer held up as the wrong one (…と答えてください、という対応はNGです, …と説明するのではなく): a bad
  // example shown in training, a mention again.
  return !SCRIPT_DISOWNED.test(text.slice(close + told[0].length, close + told[0].length + 40))
}
/**
 * Blind R331R-029 kind (reb61): a rebuttal quoted as the reply not to give (批判的なコメントに対して「そのような事実はございません」とすぐに否定
 * するのではなく、まずお気持ちを受け止め…, 「誤解です」と言い返さずに, 「デマです」と書き込むのは避けましょう, 「事実無根」などと反論しては
 * いけません): a training report or a guide naming the wrong answer, a mention. The quote is closed by と (って, などと) and, within a few words
 * and the same sentence, a verb of answering is put aside: のではなく, せずに, しないで, のは避け, はNG, てはいけません. Not the writer's own
 * use (と言わざるを得ません, と申し上げるしかありません, と言わずにはいられません). Bounded scans.
 */
const DISOWNED_REPLY = /^[」』](?:と|って|などと|なんて)[、,]?[^。！？!?\n「」『』]{0,14}?(?:の(?:では|じゃ)なく|ので(?:は)?なく|ん(?:じゃ|では)なく|(?:せ|さ|わ|ら|か|た|ま|な|ば)ずに(?!は)|(?:せ|さ|わ|ら|か|た|ま|な|ば)ず[、,]|(?:し|わ|ら|か|た|ま|な|ば)ないで|(?:し|わ|ら|か|た|ま|な|ば)ない(?:よう|こと|ほうが|方が)|の(?:は|も)[、,]?(?:避け|控え|やめ|止め|禁物|逆効果|よくな|良くな|いけ(?:ません|ない)|不適切|望ましくな|好ましくな|だめ|ダメ|駄目|厳禁|NG|ng|ＮＧ|考えもの)|(?:は|も)[、,]?(?:NG|ng|ＮＧ|禁物|逆効果|厳禁|不適切|避け|控え)|ては(?:いけ|なら|だめ|ダメ|駄目)|ちゃ(?:いけ|だめ|ダメ)|べき(?:では|じゃ)(?:ない|ありません))/u
function disownedReply(text: string, start: number, end: number): boolean {
  const open = Math.max(text.lastIndexOf('「', start), text.lastIndexOf('『', start))
  if (open < 0 || start - open > 40) return false
  const rel = text.slice(end, end + 41).search(/[」』]/u)
  if (rel < 0) return false
  const close = end + rel
  if (/[「『」』\n]/u.test(text.slice(open + 1, close))) return false
  return DISOWNED_REPLY.test(text.slice(close, close + 40)) || replyBackfires(text, close)
}
/**
 * Blind R384H-026 kind: rebuttals quoted side by side as the reply that makes things worse (批判が集まったときに「事実無根です」「誤解です」と
 * すぐに言い返すのは、かえって火に油を注ぐ; 「デマだ」と反論すると逆効果になりがちです; 「誤りです」と突っぱねるのは不信感を招きます): a training report
 * or a guide naming the wrong answer, a mention. The run of quotes is closed by と (って, などと) and, within its sentence, answering so is said
 * to backfire (火に油, 逆効果, 炎上を招く, 反感を買う, 不信感を招く, 事態をこじらせる). Also a run closed as `DISOWNED_REPLY` reads one. Bounded scans.
 */
const REPLY_BACKFIRES = /^[」』](?:と|って|などと|なんて)[、,]?[^。！？!?\n「」『』]{0,14}?(?:の(?:は|も)|と|たら|ては|ても|ば)[、,]?[^。！？!?\n「」『』]{0,12}?(?:火に油|逆効果|炎上を(?:招|まね|広げ|大きく|拡大)|(?:事態|状況|問題)を(?:悪化|こじら)|反感を(?:買|招|まね)|不信感?を(?:招|まね|生|高め|強め|深め))/u
function replyBackfires(text: string, close: number): boolean {
  let k = close
  // A run of quotes side by side (「…」「…」と): read after the last one.
  for (let n = 0; n < 6 && (text[k + 1] === '「' || text[k + 1] === '『'); n++) {
    const c = text.indexOf(text[k + 1] === '「' ? '」' : '』', k + 2)
    if (c < 0 || c - k > 40 || /[「『\n]/u.test(text.slice(k + 2, c))) break
    k = c
  }
  const after = text.slice(k, k + 48)
  return REPLY_BACKFIRES.test(after) || (k > close && DISOWNED_REPLY.test(after))
}
const POINTED_BACK = /^[\s―—–\-－ー…‥、。,:：]{0,4}(?:(?:など|等|といった|のような|みたいな)(?:の)?|[^。！？!?\n「」『』]{0,16}?(?:(?:こう|そう|ああ)(?:した|いった|いう)|(?:この|その|あの)(?:ような|様な)|こんな|そんな|これらの|それらの))(?:心ない|心無い|差別的な|侮辱的な|ひどい|酷い|乱暴な|きつい|否定的な|傷つく|攻撃的な)?(?:言葉|発言|言動|暴言|表現|書き込み|フレーズ|セリフ|せりふ|台詞|声かけ|声掛け|罵声|言い方)/u
function examplesPointedBack(text: string, start: number, end: number): boolean {
  let open = start - 1
  while (open >= 0 && open >= start - 60 && text[open] !== '「' && text[open] !== '『') {
    if (text[open] === '」' || text[open] === '』' || text[open] === '\n') return false
    open--
  }
  if (open < 0 || open < start - 60) return false
  let k = text.indexOf(text[open] === '「' ? '」' : '』', end)
  if (k < 0 || k - end > 60 || text.slice(end, k).includes('\n')) return false
  k++
  for (let n = 0; n < 6 && (text[k] === '「' || text[k] === '『'); n++) {
    const c = text.indexOf(text[k] === '「' ? '」' : '』', k + 1)
    if (c < 0 || c - k > 60 || text.slice(k, c).includes('\n')) break
    k = c + 1
  }
  return POINTED_BACK.test(text.slice(k, k + 48))
}

/**
 * What a paragraph leaves for the whole post: the denials that set false disaster information right with what the city confirmed
 * (`correctsHazardInfo` with `emergency`). A paragraph check does not see 災害時モード (it is memoised by site and mode), so they are
 * emitted in `post` only when the post is not in emergency mode.
 */
export interface RebuttalFacts {
  deferred: DraftFinding[]
  /**
   * Blind UI-055: denials of a rumour (そのような事実はありません) in a paragraph that names no rumour of its own and answers no critic;
   * `post` drops them when an earlier paragraph tells of the rumour spread (「…」という内容の書き込みが拡散しています) and no paragraph
   * of the post answers a criticism or a report, scolds the spreaders or denies a charge (`rumourSpoiled`).
   */
  rumourDenials: DraftFinding[]
  /** The paragraph tells of a rumour spread (`RUMOUR`). */
  rumourTold: boolean
  /** The paragraph answers a criticism or a report, scolds, denies a charge or calls the truth plain to see. */
  rumourSpoiled: boolean
  /**
   * Blind R261D-052 kind: the paragraph apologises (`APOLOGY`: 【…に関するお詫び】, 申し訳ございません). A denial in another paragraph of an
   * apology for the city's own incident (現在のところ、悪用された事実は確認されていません) states what is known of the harm, not an answer to
   * a critic: `post` drops the pended denials when some paragraph apologises and none answers a criticism (`rumourSpoiled`).
   */
  apology: boolean
  /** Blind R326H-019 kind (reb60): findings that answer a criticism heard before this paragraph (`orHeardBefore`); `post` keeps them when one was. */
  afterHeard: DraftFinding[]
  /** The paragraph tells of a criticism heard (`HEARD_BEFORE`). */
  heard: boolean
}
/**
 * Reviewer FP kind (reb63): 「よく読めば」 pointing to a document as a guide (パンフレットをよく読めば分かるように、申請は郵送でもできます;
 * 説明書をよく読めば、小学生でも組み立てられます): no criticism answered, nothing denied, and in a reply only with the guide's connective
 * (分かるように, 分かるとおり). Still a rebuttal after a criticism or a denial (…との投稿は、広報紙をよく読めば分かるとおり、誤りである) and as
 * a retort (よく読めば分かることです, よく読めば書いてあります).
 */
const READ_WORD = phrase('^よく(?:読めば|読んでいただければ|お読みいただければ)', 'u')
const READ_GUIDE_AFTER = phrase('^[、,]?[^。！？!?\\n]{0,6}?(?:分かる|わかる|お分かりの|お分かりいただける|ご理解いただける)(?:ように|よう|とおり|通り)', 'u')
const READ_RETORT_AFTER = phrase('^[、,]?[^。！？!?\\n]{0,12}?(?:分かる(?:こと|はず)|わかる(?:こと|はず)|分かるでしょう|わかるでしょう|書いて(?:あり|ある|ござい)|載って(?:い|お)|明らか|一目瞭然|誤解|勘違い)', 'u')
const READ_DENIED = phrase('誤り|誤解|勘違い|間違|違います|違う(?:ん|よ|[。！!])|デマ|事実無根|事実と(?:異な|違)|嘘|うそ(?:です|だ)|でたらめ|根拠(?:の|が)(?:ない|無い)|言いがかり|心外', 'u')
function readAsGuide(fo: string, end: number, replying: boolean): boolean {
  if (CRITICISM.test(fo) || CHARGED_RUMOUR.test(fo) || READ_DENIED.test(fo)) return false
  const after = fo.slice(end, end + 40)
  const guide = READ_GUIDE_AFTER.test(after)
  if (!guide && READ_RETORT_AFTER.test(after)) return false
  return guide || !replying
}
/** What keeps a denial from being a rumour set right, anywhere in the post (as in `correctsRumour`). */
function rumourSpoiled(fo: string): boolean {
  return CRITICISM_RECEIVED.test(fo) || scoldsSpreaders(fo) || CHARGE.test(fo) || OBVIOUS_PROOF.test(fo)
}

/*
 * Counter-claims to criticism and their look-alikes (blind R387L/R385J/LK kinds). One block: the phrases and the functions that read them.
 *
 * Blind R385J-018 kind: a rumour seen online or said to spread, told with との (SNS上で「閉鎖された」との投稿が見られますが、そのような事実は
 * ありません。…現在も開設しています): false disaster information set right with the state now, the city's duty in a disaster. The との投稿
 * that tells the rumour is then the rumour itself, not a criticism received; what else the paragraph holds still counts, and a rumour of
 * anything else told with との投稿 (「うなぎの産地偽装」との投稿が拡散されていますが) stays a criticism (`receivedBesidesRumour`, read by
 * `correctsRumour`).
 */
const RUMOUR_TOLD_G = new RegExp(RUMOUR.source, 'gu')
function receivedBesidesRumour(fo: string): boolean {
  const disaster = RUMOUR.test(fo) && (HAZARD.test(fo) || SHELTER.test(fo)) && STATE_NOW.test(fo)
  return CRITICISM_RECEIVED.test(disaster ? fo.replace(RUMOUR_TOLD_G, '　') : fo)
}
/**
 * Blind LK-046 kind: a belief set alone in brackets at the head of a paragraph and called a misunderstanding by a demonstrative pointing back
 * to it (「しつけのためなら叩いても仕方ない」――これは誤解です, 「熱があるときはお風呂に入ってはいけない」。実はこれ、思い込みなんです): an
 * awareness column setting a common belief right, no critic answered. Not in a reply, not when a criticism is received or a charge made, and
 * not a belief about the city (「市は何もしていない」――これは誤解です).
 */
const BELIEF_HEADED = phrase('(?:^|\\n)[\\s　]{0,2}[「『][^「『」』\\n]{4,60}[」』][\\s　。．、,―ー—…‥・！!~〜‐\\-]{0,6}(?:実は|じつは)?[、,]?(?:これ|それ|この考え|その考え|このような考え)(?:は|って|、|も)?[、,\\s]{0,2}(?:実は|じつは)?[、,]?(?:よくある|大きな|全くの|まったくの|典型的な|根強い)?$', 'u')
function beliefHeaded(fo: string, at: number, replying: boolean): boolean {
  return !replying && BELIEF_HEADED.test(fo.slice(Math.max(0, at - 90), at)) && answersNoCritic(fo)
}
/**
 * Counter-claims the phrase table misses, as [start, end) spans of `fo`:
 * - Blind R387L-058 kind: an outside body's ranking or rating that puts the city low (県内最下位とされていますが, ワーストとの評価) dismissed as
 *   biased or not reflecting reality (評価項目の取り方に偏りがあり, 実態を反映したものとは言えません, 低い評価は当たらないと考えます).
 * - Blind R387L-039 kind (in a reply or after a criticism): the critic told that a careful reading would have shown them (決算書をきちんとお読みいただければ、…とお分かりになる
 *   はずです) with the clause between of any length in the sentence, or told not to cherry-pick (都合のいい数字だけを切り取って語るのはお控えください).
 * - Blind R387L-045 kind: a complaint of something not done echoed (資料が配られなかったって書かれてますけど) and answered that it was done
 *   properly (ちゃんと全員にお渡ししてますよ).
 */
const RATED_LOW = phrase('(?:最下位|下位|ワースト|最低(?:ランク|評価|水準)?|低い評価|低評価|低い順位|低位)(?:と(?:され|評価され|位置づけられ|判定され|発表され|報じられ)|に(?:ランク|位置づけ|格付け)|との(?:評価|結果|判定))', 'u')
const RATING_DISMISSED = phrase('(?:評価|採点|調査|集計|比較)(?:の)?(?:項目|方法|基準|手法|指標|対象)(?:の(?:取り方|選び方|設定|置き方))?(?:に|には|が|は)[^。！？!?\\n]{0,8}?(?:偏り|かたより|問題|疑問|誤り)(?:が|の)?(?:あり|ある(?!わけ|とは|か|の?では)|ござい|残)|実態(?:を|に)(?:正しく|正確に|十分に)?(?:反映|即)(?:した|して)(?:もの|結果|評価|順位)?(?:とは|では)(?:言え|いえ|ありません|ございません|ない)|(?:低い|厳しい)?(?:評価|順位|結果|判定|格付け)(?:は|も)[、,]?(?:全く|まったく|必ずしも|到底)?(?:当たら|あたら|妥当では|適切では|公正では)', 'u')
const CAREFUL_READ_KNOWN = phrase('(?:きちんと|ちゃんと|よく|しっかり|最後まで)(?:お読み|読んで|ご覧|見て)(?:いただければ|いただけば|くだされば|もらえれば|くれれば|になれば)[、,]?[^。！？!?\\n]{4,60}?(?:お分かり|おわかり|分か|わか|ご理解いただけ|ご納得いただけ)(?:になる|いただける|る)?(?:はず|ものと|ことと)', 'u')
const CHERRY_PICKING_SCOLDED = phrase('都合の(?:いい|良い|よい)(?:数字|数値|部分|ところ|データ|情報|点|話)(?:だけ|のみ|ばかり)(?:を)?(?:切り取|取り上げ|抜き出|並べ|強調)[^。！？!?\\n]{0,10}?(?:のは|ことは|のも)[、,]?(?:お控え|おやめ|やめて|控えて|ご遠慮|慎ん)', 'u')
const NOT_DONE_ECHOED_DONE = phrase('(?:なかった|なかつた|てない|ていない|てなかった|てもらえなかった)(?:って|と)(?:書かれ|書いて|書き込まれ|言われ|おっしゃ)[ぁ-ゖ]{0,8}?(?:けど|けれど|が)[、,][^。！？!?\\n]{0,24}?(?:ちゃんと|きちんと|しっかり)[^。！？!?\\n]{0,16}?(?:て|で)(?:ます|います|おります|ました|いました|る(?![かと]))', 'u')
function counterClaims(fo: string, replying: boolean): Array<[number, number]> {
  const out: Array<[number, number]> = []
  const add = (m: RegExpExecArray | null) => void (m && out.push([m.index, m.index + m[0].length]))
  if (RATED_LOW.test(fo) && !REMEDY.test(fo)) add(RATING_DISMISSED.exec(fo))
  if (replying || CRITICISM.test(fo)) {
    add(CAREFUL_READ_KNOWN.exec(fo))
    add(CHERRY_PICKING_SCOLDED.exec(fo))
  }
  add(NOT_DONE_ECHOED_DONE.exec(fo))
  return out
}

/*
 * Retorts to a critic (blind R398X/R399Y kinds). One block: the phrases and the function that reads them.
 * - Blind R398X-034 kind: the critic pointed at and called uninformed (この方はご存じないようですが, その人は分かっていないみたいですが;
 *   not ご存じない方も多いのですが, which informs), or told off for spreading careless information (いいかげんな情報を広めないで; not a hoax
 *   warning in a disaster, where 不確かな情報 is the rumour).
 * - Blind R399Y-005 kind (in a reply or after a criticism): the city's own handling declared not at fault as a わけではない denial
 *   (段取りに問題があったわけではないです, 対応に落ち度があったわけではありません).
 * - Blind R399Y-045 kind (in a reply or after a criticism): staff conduct complained of, denied as fact (職員が不親切だったという事実は確認
 *   できませんでした, 横柄な対応をしたという事実はございません).
 * - Blind R399Y-016 kind (in a reply or after a criticism): the one who pointed it out told to look it up first (ご指摘の前に少し調べて
 *   いただけると助かります, 批判される前に辞書を引いてください).
 * - Blind R398X-046 kind: the city side declared to have done nothing wrong (うちは何も間違ったことはしとらん, 当課は何一つ悪いことはしていません; not
 *   子どもは何も悪いことはしていません, reassurance) or the
 *   complaint sent elsewhere with 文句 (文句は県に言うてください; not 苦情・ご相談は県の窓口へ, a referral).
 */
const UNAWARE_CRITIC = phrase('(?:この|その|あの|こちらの|投稿の)(?:方|かた|人|投稿者|方々|人たち)(?:は|って|も)[、,]?(?:どうも|よく|全く|まったく|何も|なにも|あまり|正しく)?(?:ご存じ(?:で)?(?:は)?ない|ご存知(?:で)?(?:は)?ない|知らない|(?:分かって|わかって|理解して|把握して)(?:い)?ない|ご理解されていない)', 'u')
const CARELESS_INFO_SCOLDED = phrase('(?:いいかげん|いい加減|でたらめ|デタラメ|適当|勝手)な(?:情報|こと|話|憶測|書き込み)を(?:広め|拡散し|拡散され|流さ|流し|言いふらさ|書き込ま|書か)(?:ないで|るのは(?:おやめ|やめ|お控え|控え))', 'u')
const HANDLING_NOT_AT_FAULT = phrase('(?:段取り|対応|運営|手続き|手続|判断|進め方|準備|作業|手配|処理)(?:に|には)[、,]?(?:何ら|何も|特に|一切|なんら|別に)?(?:問題|落ち度|不備|手落ち|ミス)(?:が|は)?(?:あった|ある)(?:という)?(?:わけ|訳)(?:では|じゃ)(?:ない|ありません|ございません|なか)', 'u')
const CONDUCT_DENIED = phrase('(?:不親切|失礼|横柄|高圧的|威圧的|冷たい|冷たかった|無礼|乱暴|不誠実|ぞんざい|横暴|怠慢)(?:な(?:対応|態度|言動|応対|接客)(?:を)?(?:した|していた|とった|取った)|だった|であった|でした)(?:という|との|といった)(?:ような)?事実(?:は|も)[、,]?(?:一切|全く|まったく|特に|何ら)?(?:確認(?:でき|され)(?:ませんでした|ておりません|ていません|ません|なかった)|認められ(?:ませんでした|ません|なかった)|(?:ございません|ありません)(?:でした)?)', 'u')
const LOOK_UP_BEFORE_POINTING = phrase('(?:ご指摘|指摘|ご批判|批判|お叱り)(?:を)?(?:される|する|なさる|いただく|の)?(?:前に|まえに)[、,]?(?:少し|すこし|まず|一度|ちょっと|ちゃんと|きちんと)?[^。！？!?\\n]{0,8}?(?:調べ|お調べ|確かめ|辞書を引い|検索し|読んで|お読み)(?:て|に(?:なって)?)?(?:いただけると|いただければ|いただきたい|ください|下さい|ほしい|欲しい|もらえると|もらえれば|くれると|ね)', 'u')
const NOTHING_WRONG_DONE = phrase('(?:うち|私ども|わたしども|当方|こちら|当市|本市|市役所|役所|市|職員|我々|私たち|当課|担当課)(?:は|も|側は|としては)[、,]?(?:別に|決して|本当に)?(?:何も|なにも|何一つ|何ひとつ|なんも|一つも|ひとつも)(?:間違った|間違つた|悪い|おかしな|まずい|やましい)こと(?:は|を|も)?(?:して(?:い|お)?(?:ない|ません|らん|ん)|しとら|しちょら|しよら|しておりません)', 'u')
const COMPLAINT_SENT_ELSEWHERE = phrase('(?:文句|クレーム)(?:は|なら|があるなら)[、,]?[^。！？!?\\n、]{0,10}?に(?:言|ゆ)(?:って|うて|え|いなさい)', 'u')
function retortsToCritic(fo: string, replying: boolean): Array<[number, number]> {
  const out: Array<[number, number]> = []
  const add = (m: RegExpExecArray | null) => void (m && out.push([m.index, m.index + m[0].length]))
  add(UNAWARE_CRITIC.exec(fo))
  if (!(HAZARD.test(fo) && SHELTER.test(fo))) add(CARELESS_INFO_SCOLDED.exec(fo))
  if (replying || CRITICISM.test(fo)) {
    add(HANDLING_NOT_AT_FAULT.exec(fo))
    add(CONDUCT_DENIED.exec(fo))
    add(LOOK_UP_BEFORE_POINTING.exec(fo))
  }
  add(NOTHING_WRONG_DONE.exec(fo))
  add(COMPLAINT_SENT_ELSEWHERE.exec(fo))
  return out
}

export const rebuttal: RuleFamily<RebuttalFacts> = {
  id: 'rebuttal',
  meta,
  run({ doc, ctx, emit: emitNow }) {
    const taken = new Taken()
    const deferred: DraftFinding[] = []
    const rumourDenials: DraftFinding[] = []
    const afterHeard: DraftFinding[] = []
    let defer = false
    let pend = false
    let heardPend = false
    const emit = (d: DraftFinding) => void (heardPend ? afterHeard.push(d) : defer ? deferred.push(d) : pend ? rumourDenials.push(d) : emitNow(d))
    // A quote post answers the post it quotes, as a reply does.
    const replying = ctx.mode === 'reply' || ctx.mode === 'comment' || ctx.mode === 'quote'
    const why = replying ? `批判への反論や弁明の${ctx.mode === 'quote' ? '引用投稿' : '返信'}は炎上を広げます。` : '公式アカウントでは批判に反論や弁明をしないのが原則です。'
    const clause = replying ? '6(2)' : '4(5)'
    const sq = doc.squeezed.text
    const fo0 = doc.folded.text
    const compact = compactLetters(fo0)
    const fo = compact ? compact.text : fo0
    const at = (i: number) => (compact ? compact.at[i]! : i)
    // Blind R274K-022 kind: legal action held over a poster who does not delete or stop (`LEGAL_THREAT`), or announced against a post
    // called baseless (`LEGAL_AT_POST` with `POST_DENIED`); not a notice of an impersonation or help offered (`LEGAL_LEGIT`).
    if (!LEGAL_LEGIT.test(fo)) {
      const m = LEGAL_THREAT.exec(fo) ?? (POST_DENIED.test(fo) ? LEGAL_AT_POST.exec(fo) : null)
      if (m) {
        const s = at(m.index)
        const e = at(m.index + m[0].length - 1) + 1
        if (taken.claim(s, e)) {
          const { start, end } = doc.fromSqueezed(s, e)
          emitNow({ rule: 'rebuttal/legal-threat', clause, start, end, data: { why }, mention: isMentionAt(sq, s, e) })
        }
      }
    }
    let apology: boolean | undefined
    let criticism: boolean | undefined
    let remedy: boolean | undefined
    let received: boolean | undefined
    let rumour: boolean | undefined
    let emergencyFix: boolean | undefined
    let emergencyFix0: boolean | undefined
    let fraud: boolean | undefined
    let hoaxWarning: boolean | undefined
    let otherExempt: boolean | undefined
    let turn: number | undefined
    let spoiled: boolean | undefined
    let spoiled0: boolean | undefined
    let noGreeting: string | undefined
    let realCriticism: boolean | undefined
    // A prejudice about a group quoted in order to answer it (「外国人が増えて不安」とのご意見ですが、犯罪件数は減少しています):
    // the city standing by the group, not arguing with a critic of the city.
    const standsBy = fo.includes('」') && PREJUDICE_QUOTED.test(fo)
    for (const i of standsBy ? NONE : GATE.tries(fo)) {
      const p = PHRASES[i]!
      // An apology exempts a milder form, unless the paragraph turns from it to a defence (`apologyTurn`): then only what comes before.
      let from = 0
      if (p.notWithApology && !p.despiteCorrection && (apology ??= APOLOGY.test(fo) || isAwareness(fo) || CORRECTION.test(fo) || correctsHoax(fo) || PREJUDICE_QUOTED.test(fo))) {
        if ((otherExempt ??= isAwareness(fo) || correctsHoax(fo) || PREJUDICE_QUOTED.test(fo)) || (turn ??= apologyTurn(fo)) < 0) continue
        from = turn
      }
      if (p.despiteCorrection && (APOLOGY.test(fo) || isAwareness(fo))) continue
      if (p.rumourDenial && ((rumour ??= correctsRumour(fo) || correctsHazardInfo(fo)) || (fraud ??= correctsFraud(fo)))) continue
      defer = !!p.rumourDenial && (emergencyFix ??= correctsHazardInfo(fo, true))
      pend = !!p.rumourDenial && !(spoiled ??= rumourSpoiled(fo))
      // Blind R326H-019 kind (reb60): a phrase that may answer a criticism heard in an earlier paragraph waits for `post` (`orHeardBefore`).
      heardPend = false
      if (p.needsCriticism && !p.strongCriticism && !(p.orReply && replying) && !(criticism ??= CRITICISM.test(fo) || CHARGED_RUMOUR.test(fo))) {
        if (!p.orHeardBefore) continue
        heardPend = true
      }
      if (!heardPend && p.strongCriticism && !(p.orReply && replying) && !(received ??= CRITICISM_RECEIVED.test(fo)) && !(p.orCharge && (criticism ??= CRITICISM.test(fo) || CHARGED_RUMOUR.test(fo)) && CHARGE.test(fo))) {
        if (!p.orHeardBefore) continue
        heardPend = true
      }
      if (p.replyOnly && !replying) continue
      if (p.alsoNeeds && !p.alsoNeeds.test(fo)) continue
      if (p.realCriticism && !(realCriticism ??= REAL_CRITICISM.test(fo))) continue
      if (p.unless && p.unless.test(p.greetingOk ? (noGreeting ??= fo.replace(GREETING_THANKS, '\n')) : fo)) continue
      if (p.notInHoaxWarning && (hoaxWarning ??= warnsOfHoax(fo))) continue
      p.re.lastIndex = 0
      for (const m of matchAllOf(p.re, fo)) {
        if (m.index < from) continue
        // A remedy announced in the paragraph, outside the phrase itself (増設する予定はございません refuses one).
        if (p.notWithRemedy && (remedy ??= REMEDY.test(fo)) && REMEDY.test(fo.slice(0, m.index) + '　' + fo.slice(m.index + m[0].length))) continue
        if (p.notAsCommonMyth && commonMyth(fo, m.index, replying)) continue
        const s = at(m.index)
        const e = at(m.index + m[0].length - 1) + 1
        if (p.notAsFinding && FINDING_OF.test(fo.slice(sentenceOf(fo, m.index, m.index).start, m.index)) && !(criticism ??= CRITICISM.test(fo))) continue
        // 遺憾 over someone's conduct (本会議における…との発言は、…誠に遺憾です。再発防止に取り組みます): a statement on misconduct, not an answer to critics.
        // Blind R241E-002: 根も葉もない of a rumour told as history (`pastHoaxTold`).
        if (HOAX_DENIAL.test(m[0]) && pastHoaxTold(fo, m.index)) continue
        if (/遺憾/u.test(m[0]) && CONDUCT_REGRETTED.test(fo.slice(sentenceOf(fo, m.index, m.index).start, m.index))) continue
        if (!taken.claim(s, e)) continue
        const { start, end } = doc.fromSqueezed(s, e)
        emit({ rule: 'rebuttal/argument', clause, start, end, data: { what: p.what, why, instead: rewriteOf(fo.slice(m.index, m.index + m[0].length), p.instead) }, mention: (isMentionAt(sq, s, e) || examplesPointedBack(sq, s, e) || disownedReply(sq, s, e)) && !scriptToRepeat(sq, s, e) })
      }
    }
    defer = false
    pend = false
    heardPend = false
    if (!standsBy && fo.length > 12 && !(apology ??= APOLOGY.test(fo) || isAwareness(fo) || CORRECTION.test(fo) || correctsHoax(fo) || PREJUDICE_QUOTED.test(fo))) {
      for (const [ms, me] of echoedDenials(fo)) {
        const s = at(ms)
        const e = at(me - 1) + 1
        if (!taken.claim(s, e)) continue
        const { start, end } = doc.fromSqueezed(s, e)
        emit({ rule: 'rebuttal/argument', clause, start, end, data: { what: '批判された点をそのまま否定する反論', why, instead: INSTEAD.deny }, mention: isMentionAt(sq, s, e) })
      }
      for (const [ms, me] of comparedBack(fo)) {
        const s = at(ms)
        const e = at(me - 1) + 1
        if (!taken.claim(s, e)) continue
        const { start, end } = doc.fromSqueezed(s, e)
        emit({ rule: 'rebuttal/argument', clause, start, end, data: { what: '苦情を比較で打ち消す反論', why, instead: INSTEAD.critic }, mention: isMentionAt(sq, s, e) })
      }
      for (const [ms, me] of deniedComplaints(fo)) {
        const s = at(ms)
        const e = at(me - 1) + 1
        if (!taken.claim(s, e)) continue
        const { start, end } = doc.fromSqueezed(s, e)
        emit({ rule: 'rebuttal/argument', clause, start, end, data: { what: '苦情の内容をそのまま否定する反論', why, instead: INSTEAD.deny }, mention: isMentionAt(sq, s, e) })
      }
      for (const [ms, me] of [...retortsToCritic(fo, replying), ...counterClaims(fo, replying)]) {
        const s = at(ms)
        const e = at(me - 1) + 1
        if (!taken.claim(s, e)) continue
        const { start, end } = doc.fromSqueezed(s, e)
        emit({ rule: 'rebuttal/argument', clause, start, end, data: { what: replying ? '相手への反論' : '批判への反論', why, instead: INSTEAD.critic }, mention: isMentionAt(sq, s, e) })
      }
    }
    for (const h of doc.hits('rebuttal')) {
      if (standsBy) break
      if (PLAIN_DENIAL.test(fo0.slice(h.start, h.end)) && (rumour ??= correctsRumour(fo0) || correctsHazardInfo(fo0))) continue
      // A worried asker reassured (…本当ですか」とのご質問…そのような事実はございません。ご安心ください), or an investigation's finding told
      // as such (調査した限り、…流出した事実はございません), with no criticism received: news for residents, as in the phrase table.
      if (PLAIN_DENIAL.test(fo0.slice(h.start, h.end)) && (REASSURED48.test(fo0) || FINDING_OF.test(fo0.slice(sentenceOf(fo0, h.start, h.start).start, h.start))) && !CRITICISM_RECEIVED.test(fo0)) continue
      defer = PLAIN_DENIAL.test(fo0.slice(h.start, h.end)) && (emergencyFix0 ??= correctsHazardInfo(fo0, true))
      pend = PLAIN_DENIAL.test(fo0.slice(h.start, h.end)) && !(spoiled0 ??= rumourSpoiled(fo0))
      if ((PLAIN_DENIAL.test(fo0.slice(h.start, h.end)) || HOAX_DENIAL.test(fo0.slice(h.start, h.end))) && (fraud ??= correctsFraud(fo0))) continue
      if (HOAX_DENIAL.test(fo0.slice(h.start, h.end)) && pastHoaxTold(fo0, h.start)) continue
      if (MISUNDERSTANDING.test(fo0.slice(h.start, h.end)) && commonMyth(fo0, h.start, replying)) continue
      if (tacticTold(fo0, h.start, h.end)) continue
      if (READ_WORD.test(fo0.slice(h.start, h.end)) && readAsGuide(fo0, h.end, replying)) continue
      if (!taken.claim(h.start, h.end)) continue
      const { start, end } = doc.fromSqueezed(h.start, h.end)
      const instead = rewriteOf(fo0.slice(h.start, h.end), INSTEAD.critic)
      emit({ rule: 'rebuttal/argument', clause, start, end, data: { what: replying ? '相手への反論' : '反論・弁明の表現', why, instead }, mention: (h.mention || isQuotedTopic(sq, h.start, h.end) || isReportedSpeech(sq, h.start, h.end) || examplesPointedBack(sq, h.start, h.end) || disownedReply(sq, h.start, h.end)) && !scriptToRepeat(sq, h.start, h.end) })
    }
    return { deferred, rumourDenials, rumourTold: RUMOUR.test(fo0), rumourSpoiled: spoiled0 ?? rumourSpoiled(fo0), apology: APOLOGY.test(fo0), afterHeard, heard: HEARD_BEFORE.test(fo0) }
  },
  // Blind R98A-006: false disaster information set right with what the city confirmed is a correction in 災害時モード, a denial otherwise.
  // Blind UI-055: a denial in a paragraph of its own, after the paragraph that tells of the rumour, is a rumour set right too.
  post({ facts, spans, ctx, emit }) {
    const spoiled = facts.some((f) => f.rumourSpoiled)
    // Blind R261D-052 kind: an apology elsewhere in the post and no criticism answered: the denials of a paragraph that does not apologise
    // itself report the harm known so far (a paragraph's own apology and its turn to a defence are `run`'s).
    const apologised = !spoiled && facts.some((f) => f.apology)
    let told = false
    // Blind R326H-019 kind (reb60): an answer that waits for a criticism heard in an earlier paragraph (`orHeardBefore`), in a post with no apology.
    const apologyAnywhere = facts.some((f) => f.apology)
    let heard = false
    for (let p = 0; p < facts.length; p++) {
      const off = spans[p]!.start
      if (!ctx.emergency) for (const d of facts[p]!.deferred) emit({ ...d, start: d.start + off, end: d.end + off })
      if ((!told || spoiled) && !(apologised && !facts[p]!.apology)) for (const d of facts[p]!.rumourDenials) emit({ ...d, start: d.start + off, end: d.end + off })
      if (heard && !apologyAnywhere) for (const d of facts[p]!.afterHeard) emit({ ...d, start: d.start + off, end: d.end + off })
      told ||= facts[p]!.rumourTold
      heard ||= facts[p]!.heard
    }
  },
}
