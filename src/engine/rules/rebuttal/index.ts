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
import { matchAllOf } from '../../regex'
import { phraseGate } from '../../gate'
import type { DraftFinding, RuleFamily } from '../../rule'
import { Taken, compactLetters, isMentionAt, isQuotedTopic, isReportedSpeech, sentenceOf } from '../../words'
import { COMPLAINANT_TURNED_PHRASES } from './complainant-turned'
import { comparedBack, deniedComplaints, echoedDenials } from './complaints-denied'
import type { Phrase } from './context'
import { APOLOGY, ASKER_REASSURED, CHARGE, CONDUCT_REGRETTED, CRITICISM, CRITICISM_RECEIVED, FINDING_OF, GREETING_THANKS, HEARD_BEFORE, INSTEAD, NONE, PREJUDICE_QUOTED, REAL_CRITICISM, REMEDY, isAwareness, rewriteOf } from './context'
import { counterClaims } from './counter-claims'
import { CASUAL_CONTRADICTION_PHRASES, COURTEOUS_CORRECTION_PHRASES, LOOK_FIRST_ASKED_PHRASES } from './courteous-corrections'
import { CHARGED_RUMOUR, CORRECTION, HOAX_DENIAL, PLAIN_DENIAL, RUMOUR, correctsFraud, correctsHazardInfo, correctsHoax, correctsRumour, pastHoaxTold, rumourSpoiled, tacticTold, warnsOfHoax } from './hoaxes-and-rumours'
import { LEGAL_AT_POST, LEGAL_LEGIT, LEGAL_THREAT, POST_DENIED } from './legal-threats'
import { MISUNDERSTANDING, READ_WORD, affirmsCommenter, apologyTurn, commonMyth, readAsGuide } from './look-alikes'
import { disownedReply, examplesPointedBack, scriptToRepeat } from './mentions'
import { PHRASE_TABLE_1 } from './phrase-table-1'
import { PHRASE_TABLE_2 } from './phrase-table-2'
import { PHRASE_TABLE_3 } from './phrase-table-3'
import { PHRASE_TABLE_4 } from './phrase-table-4'
import { retortsToCritic } from './retorts-to-critic'
import { meta } from './meta'

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

/** The check order: every phrase of the table, in the order the paragraph is read against them (it decides which finding claims a span first). */
const PHRASES: Phrase[] = [
  ...COMPLAINANT_TURNED_PHRASES,
  ...PHRASE_TABLE_1,
  ...PHRASE_TABLE_2,
  ...PHRASE_TABLE_3,
  ...PHRASE_TABLE_4,
  ...LOOK_FIRST_ASKED_PHRASES,
  ...CASUAL_CONTRADICTION_PHRASES,
  ...COURTEOUS_CORRECTION_PHRASES,
]

/** The need words of every phrase, found in one pass per paragraph. */
// Phrases without a hand-written need are gated on the literals they cannot match without (literals.ts).
const GATE = phraseGate(PHRASES)

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
        // Blind R447Y-054 kind: a reply affirming the commenter's good deed (応援…届いていたと思います) answers no criticism (`affirmsCommenter`).
        if (p.needsCriticism && p.orReply && replying && !(criticism ??= CRITICISM.test(fo) || CHARGED_RUMOUR.test(fo)) && affirmsCommenter(fo, m.index, m.index + m[0].length)) continue
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
      if (PLAIN_DENIAL.test(fo0.slice(h.start, h.end)) && (ASKER_REASSURED.test(fo0) || FINDING_OF.test(fo0.slice(sentenceOf(fo0, h.start, h.start).start, h.start))) && !CRITICISM_RECEIVED.test(fo0)) continue
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
