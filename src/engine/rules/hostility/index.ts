/**
 * hostility — 5(3): 他者を誹謗中傷したり、攻撃的・挑発的な表現を用いない.
 * Insults, curses and threats are critical (block); confrontational, condescending or sarcastic
 * phrasing that a city account must not take with residents is a warning.
 *
 * Two sources of findings:
 * - word lists (policy data: `insults`, `violence`, `confrontational`), matched word-aware on the
 *   folded view (ﾊﾞｶ, バ カ and ばか are one word; バカンス is not);
 * - grammar (`PHRASES`): curses by their form (命令形 消えろ・失せろ・くたばれ, 〜てしまえ,
 *   harm wished in 〜ばいいのに / 〜ればよか / 〜たらいいのに), threats (〜てやる, 〜ぞ), contempt
 *   (そんなことも分からないんですか, 頭ついてますか), condescension (常識で考えれば分かる,
 *   文句を言う前に, 嫌なら来なくて結構です, 少しは自分で調べて), sarcasm (ある意味尊敬します),
 *   spellings that hide a word (ｼﾈ, 氏ね, タヒね, 4ね, し〇, ガ〇ジ, S H I N E) and offensive emoji.
 * Round 9b/10 added: threats with a condition (名乗り出なければ自宅まで伺う, お顔と車を公開します, ご近所の皆さんの前で),
 * who did it known (どなたかは把握しています, ナンバー控えとるけんな), 覚悟されたい after a warning, legal action held over
 * critics, harm in character speech (引きずりこんじゃうっパ), contempt in 官公庁文体 and polite dress (ご自分の頭でお考えに
 * なって, すら理解できない程度の方々, 語る資格はない, 民度の低さ), blame (あなたのような保護者がいるから), dismissal
 * (外野の声, 取り合う必要はない), sarcasm (さぞかし立派な), conduct called unsightly, common sense said to be missing,
 * skill mocked, またあなたですか, and romaji and English insults (b*ka, anata baka desu ne, people like you should).
 * Round 13 added: a word spelt out letter by letter (ほんとに　う　ざ　い　です, read on the norm view where the spaces
 * still are), a masked insult said as what the person is (バ〇なんですか, バ〇野郎), a caller taunted as idle (暇なんですか？,
 * お仕事されていないんですか), mock sympathy for someone at fault (返さない方、さぞかしお忙しいんでしょうね), a fault praised as a
 * talent (忘れる才能でもおありなのでしょうか), 〜という言葉をご存じないのでしょうか, 結構なご身分ですね, and praise with a laugh
 * for an opinion (とのご意見、さすがお詳しいですね（笑）); for other writers of the same kinds: mock sympathy for a critic
 * (生活がうまくいっていらっしゃらないのでしょう。お気の毒に存じます), told to stay away in keigo (もう窓口にお越しいただかなくて
 * 結構です), critics insinuated against (コメントされる方々に限って), told to go back to their country (国に帰ってほしい).
 * Round 14 added: a complainer's speech called an animal's noise (わめいてる人, 喚き散らす客, ほざいてろ, ぎゃーぎゃー騒ぐ,
 * 吠えてる連中; not 泣きわめく子ども or a barking dog) and いい加減にしろ said to a person (insult); exposure promised to
 * those who misbehave (顔写真を撮ってこのアカウントで晒します, 名前ネットに載せたる, 晒し者にしてやる, お顔を当アカウントにて公開
 * させていただきます; not event photos or a sanction under an ordinance); told to do the least thing themself (ポストくらい
 * ご自分で確認されてはいかが, それぐらい自分で調べて; not 1日10分くらい自分で歩いて); only the talk grown-up (文句だけは一人前,
 * 要求だけはいっちょまえ) and what they have not paid held against them (税金もろくに払っていないのに, 義務も果たさずに権利ばかり).
 * Round 15 added: people held in contempt by what they do, in the writer's stance (〜しない方の神経を疑います, 正直、理解に
 * 苦しむわ, 理解しかねます, 何を考えとるんやろか) or asked whether they lack a sense (〜しない人って、危機感がないのでしょうか;
 * not a survey's question answered: 実は…, not a stance taken back: …と思っていましたが); a misuse answered with mock envy
 * (〜代わりに使えたら、さぞ便利でしょうね, 好きな日に出せたらそりゃ楽でしょうね; not さぞお疲れ, not a real convenience);
 * people called a nuisance (〜する人、本当に迷惑です, 〜する者は迷惑である, 迷惑な客, …人がいます。本当に迷惑です; not ご迷惑を
 * おかけします, 迷惑駐車, 近隣の迷惑になります).
 * Round 17 added: harm wished by the passive or the same fate (自分の犬に噛まれてしまえばいい, はねられればいいのに, 同じ目に
 * 遭えばよか; not 蚊に刺されればかゆくなる, 先に出してしまえばいい); harm held over someone as deserved (家ごと燃やされても文句は
 * 言えませんよ, 何をされても仕方ない, どうなっても知らんけんね; not a sanction or a warning to take care); a visit or complaint
 * called a waste of time (正直、時間の無駄です, 相手にするだけ無駄; not 待ち時間の無駄をなくす); the reader's ability to read
 * doubted (字が読めれば分かると思いますが, 中学生でも理解できるでしょう; not 子どもでも分かるように書いた案内).
 * Round 19 added: harm held over a wrongdoer as "you won't get off lightly" (次に同じことをしたら、ただでは済みませんよ,
 * ただじゃ済まさんけん, このままでは済ませません, ただで済むと思わないで) or no mercy (容赦いたしません; not a hazard told: 台風が
 * 直撃すれば家屋はただでは済みません, not ご容赦ください, not a game); people denied the right to live here or to do a thing for
 * what they did (罠を壊すような輩は、この町に住む資格はありません, 柳川市民を名乗らないで, ケチをつける人に食べる資格はない; not an
 * eligibility: 入居する資格がありません, not a campaign's slogan); 輩 named for what they do (warn; not 先輩, 輩出); the reader's
 * ability presumed (記事を最後まで読める方ならお分かりになると思いますけどね, 常識のある方ならご理解いただけるかと; not 日本語が
 * 読める方ならどなたでも参加できます) or surprise that anyone cannot understand (ご理解いただけない方がいるとは驚きです); told
 * never to come again with no place between (二度と来なくて結構です, もう来んでよか: a curse before the general 嫌なら来なくて
 * 結構, a warning) or as a wish (二度と柳川に来ないでほしい; not 二度と事故が起きないでほしい); and a katakana insult after an e-row
 * kana is a word (マジでﾊﾞｶなの, なんてバカな; words.ts), while バカ売れ, バカ受け are praise.
 * Round 21 added: a critic named as idle (いちいち叩いてるヒマな人たち, 文句ばかりの暇な連中; not お暇な方はぜひ) and the idle
 * jibe ending in かね (他にやることないんですかね？); a masked insult called or likened to a person (ク〇みたいな人間, ク〇人間;
 * not ク〇みたいな天気); people written off by a knowing guess at their motive (どうせやる気がないんでしょうね, どうせ口だけやろ,
 * 所詮その程度の意識なんでしょう; not どうせやるなら); the critic asked whether they ever did the thing themself (語る前に、ご自身は
 * きちんと働いたことがおありでしょうか; not a questionnaire) or their words turned back on them (そうおっしゃるあなたは…
 * されているのでしょうか, ではあなたは何をしてくださったんですか; not a quiz).
 * Round 23 added: people doing a thing held questionable (〜する保護者って、正直どうかと思います, いかがなものか, 〜する人って
 * どうなんでしょうね, 〜する人、ありえないです; not an FAQ's どうなんでしょうか, not 〜してみてはどうかと思います), called selfish
 * (わがままが過ぎませんか, 身勝手にもほどがある, 自己中な利用者, 身勝手極まりない; not a child's わがまま), written off as never
 * changing (どうせ来年も同じでしょうけど, どうせ誰も読んでないんでしょう) or as not caring (結局地域のことなんてどうでもいいんでしょうね,
 * 自分さえよければいいんやろ, 地域のことなんか考えてないんでしょうね), surprise that anyone cannot do even the least (10分の距離も
 * 歩けない方がいらっしゃるとは驚きです, これすら読めん人がおるとは), a wrongdoer told they are watched (犯人、ちゃんと見てるからな;
 * not 見守り), and romaji insults next to each other (kiero, baka).
 * Round 26 added, as kinds: the reader asked in contempt whether they cannot do even the least (…もわからないんですか？,
 * 地図も読めんと？, 案内もお分かりにならないのでしょうか, 理解できないのか; not a FAQ's question), mock praise for it (…も調べられない
 * なんて、さすがですね, 大したものですな; not a place praised: 地元の人も知らないなんて、さすが穴場), the reader's ability presumed
 * (…くらいは読めますよね？, 普通わかるでしょ; not a child's book or a wait), a grown-up called pitiful (いい大人が情けない, 大の大人が,
 * 大人として恥ずかしい; not advice: 恥ずかしくない身だしなみ) and harm called proof of the victim's want of care (自己管理ができて
 * いない証拠).
 * Round 28 added, in the generic reading (JABS): a critic or wrongdoer addressed and the jab aimed back (the reader's ability
 * doubted, mock envy, the blame turned, told to learn first, to go elsewhere or do it themself, repeats counted, dialect scolding,
 * condescension about knowledge), threats to publish a name, face or video, a face remembered, a ban, insults on the head,
 * people likened to animals or rubbish, slang after an intensifier (ﾏｼﾞｷﾓｲ), 〜やがって, 馬〇, 死●ば, 〇ね とまでは申しませんが.
 * Round 32 added, as kinds: the press or a critic asked what else there is to write or do (他に書くことないんですかね。,
 * ネタ切れなんですかね, よほど書くことがないんでしょうね) and told the staff have other work; opponents asked when they last used,
 * or how often they use, what they defend (最後に…乗られたのはいつでしょうか, 月に何回…, うち何人が…), a thank-you before a
 * pivot (ところで, ちなみに) no longer softening a jab to opponents; a forcible step promised on a condition to someone addressed
 * (片付けないと次は全部運び出しますからね) and 覚悟 after it; a complainant told to move away in any register (お引っ越しされては
 * いかが, 転居も一つの選択肢, 静かな地域にお住まいになれば; not housing advice or moving here).
 * Round 33 added, as kinds: violence threatened with a verb of hitting in any dialect (しばくぞ, どついたる, くらわしたろか,
 * いわしたろか, 殴られたいんか, ぶん殴りたい; くらす (筑後弁), ぶっ飛ばす, 叩く only after a condition: 次見かけたらくらすぞ), retribution
 * promised (それ相応の報いを受けさせます, 思い知らせてやる, 償わせる, ただではおかない and けじめ or 責任を取らせる to a wrongdoer), a plain
 * 覚悟 imperative, 逃げられると思うなよ or filming told as a menace to wrongdoers addressed (暴れる連中へ。…全部撮影しているから、
 * 覚悟して来い), harm wished in the passive with しまえば and people put out with the rubbish (ごみと一緒に回収されてしまえばいいのに;
 * not a thing or the weather as its topic, not a good fate), an insult after an intensifier in one katakana run (ﾎﾝﾄｱﾎ, マジバカ),
 * the reader asked whether they still cannot understand after repeated explanations (何度も同じご説明をしておりますが、ご理解
 * いただけないのでしょうか; not ご理解いただけないでしょうか, a request), and sent elsewhere after a dislike even when a service is
 * named (お嫌でしたら、ほかの病院を受診されてはいかがですか).
 * Round 34 added, as kinds: critics called idle in keigo (蒸し返している暇な方々, ほかにやることはないのでしょうか with a critic
 * in the sentence), honorific sarcasm ending in 〜ですこと (繊細でいらっしゃいますこと, ご立派でございますこと), told to read or look
 * first and only then speak when said not to have read or to have posted (お読みにならずに…ご覧になってから発言されてはいかが;
 * not a form's directions), どの口が言う / どの口でおっしゃる (insult), mock encouragement or well-wishing with a laugh after a
 * failure or complaint (落ちた…来年また頑張ってくださいね（笑）; not a cheer at an event), and a grudge blamed (逆恨みされても
 * 困ります, 八つ当たりはおやめ), and mock encouragement as せいぜい…頑張ってください (not せいぜい数百円, an upper bound).
 * Round 35 added, as kinds: residents said unable to read, as a complaint (字が読めない方が多くて困ります: insult; 案内も読まない
 *人ばかりでうんざり: warning; not who is helped to read), the blame laid on anyone named after のような / みたいな (あなたみたいな親御さん
 * がいるから辞めていく), a critic or a reporter shut out in causative form (記者には二度と敷居をまたがせません: threat; not a pledge to
 * keep children from danger) or refused contact for good (今後一切取材には応じません), a critic belittled for not knowing even this
 * (こんなことも分からない方が…; not a course for beginners), a critic's case said to carry no weight (説得力ゼロですね; not the writer's
 * own), people said by insinuation not to care what happens to others (地域がどうなってもかまわないとお考えなのでしょうね, 迷惑しても
 * 平気なんでしょうね, 迷惑など考えたこともないのでしょうね; not a disaster warning), a sarcastic suggestion after a dislike ending in かと
 * (井戸でも掘られたらよろしいかと) or an absurd remedy marked by でも (不便なら自転車でも買われたらどうですか; not a tip), blame on the
 * critic addressed (あなたが文句ばかり言うから職員が辞めていく), a vow to shut someone out (二度と書けないようにしてやります: threat),
 * and a critic's words said not worth hearing (聞く価値もないご意見, お答えする必要もない).
 * Round 36 added, as kinds: the critic told to do the thing themself first and only then speak (ご自分で一度…してから仰って
 * ください, まず…点検されてからおっしゃっていただけますか, 文句は…立ってからにしてください; not a meeting's or a call's order), "if you
 * say so, you try it" (そげん言うならあんたが代わりに…働いてみんね, ご不満ならご自身で…してみられては; not an invitation or a child
 * who tries), a wish in a complaint answered with a far-off place marked by でも (…がお望みなら、ロンドンにでも行かれては), residents'
 * requests quoted and called noise (付けろ付けろってうるさか: insult; 要望ばっかりでうるさい: warning; not a noise complaint or
 * うるさく言う in advice), children left to their parents with a scold (自分の子どもくらい自分で見とかんね; not an age or a campaign),
 * a grim prediction as a jab at someone addressed (その調子では社会に出て通用しませんよ（笑）, その程度しか書けないようでは, 誰も
 * 雇ってくれないよ; not the town's own future), told they would understand if they tried it (ご自分で…やってみれば分かりますよ),
 * told off before they speak (偉そうに言う前に), sent to move away after a dislike (…がお好みなら、どうぞ引っ越しを), and people said
 * to expect the office to do everything (市役所に言えば何でもしてくれると思っとる人が多すぎ; not a myth answered).
 * Round 38 added, as kinds: legal or police handling held over someone addressed as the next step (…電話をかけてくる方、…これ以上は
 * 業務妨害として対応しますよ, 次は被害届を出しますからね, 今度こそ警察ば呼ぶけんね: a threat; not what the city does on a condition,
 * not advice to a victim), and the reader asked whether they cannot read what was written or said for them (書いてあるのに、読めない
 * んですかね, 何回もご案内しているのに、まだ分からないんでしょうかね, 書いとるのに読めんとですか？; not a device, not a fix).
 * Round 41 added, as kinds: a critic or wrongdoer told their employer, school or family will be told (これ以上続けるなら、発信元を
 * 特定して勤務先にもご連絡させていただきます; not a school's or a hospital's notice, not a scam quoted), a wrongdoer told they are on
 * camera or their face or number is remembered (防犯カメラに全部映ってますからね, 顔、覚えましたよ; not regulars greeted, not a
 * notice), the reader's faculties praised in sarcasm after a failure (ずいぶんとご立派な読解力をお持ちなんですね; not a quiz winner),
 * a critic's words belittled (その程度の言葉しか出てこないんですね), a curse in polite form (地獄に落ちてください, 滅びてほしい),
 * a character's threat to a litterer who, not whose rubbish, is sunk (ごみを捨てる悪い子は、掘割に沈めちゃうクリ), sarcastic thanks
 * for a question repeated (同じご質問を何度もいただけるとは光栄です), told to begin from reading (読むところから始めていただけますと
 * 幸いです) and a quick failure predicted for people addressed (…皆さま、…1年ももちませんので; not cut flowers).
 * Round 42 added, as kinds: a scolding or a curse said as what the writer wants to tell them (いい加減にしろと言いたいです,
 * 出ていけと言ってやりたい: insult, curse; not 言いたくなる, not abuse reported), a task someone asked about called easy enough
 * for a child (…わからないとのお電話…小学生でも書ける内容ですので; not a guide made so), the reader's ability to read made a
 * condition (読む能力がおありでしたら…ご理解いただけるはずですね; not a requirement), a fault praised as a virtue (図太さには頭が
 * 下がります; not 度胸 or 根気), complainers' senses praised in keigo (苦情をくださる方々、お耳がよろしいようで) and people said unable
 * to do even the least, as the writer's weariness (仕組みも理解できない保護者の方が多くて…疲れます; not a worry reported).
 * Round 43 added, as kinds: sarcastic 何より in keigo after a fault or a repeat told of the people praised (守れないとは、ご立派な
 * 大人になられたようで何よりでございます, 同じ内容を三度お尋ねになる…ご熱心で何よりです; not 皆さんお元気で何より), retribution
 * predicted on people named (言いふらしている方には、いずれ天罰が下ることでしょう, バチが当たるぞ; not a saying, a tale or 処罰),
 * told to keep quiet and do as told as a request (黙って待っててください; not a performance), the caller asked to put on someone who
 * can read or understand (せめて日本語が読める方に代わっていただけますか; not help offered), a critic said to lack the palate or the
 * sense (味のわからない方, 良さが分からない人; not those welcomed), a slang insult after a stance adverb ending in a kanji (正直うざい)
 * and owners named by what they do called a nuisance (放置してる持ち主、ほんと迷惑でしかない).
 * Round 45 added, as kinds: a task called simple and those it is hard for named after notices repeated or a complaint (文字を
 * 読むという簡単なことが難しい方にも; not help for the elderly or for a language), a sarcastic suggestion after a worry said to be so
 * great (そこまでご心配でしたら…お持たせになればよろしいのでは; not a consultation offered), an admonition that presumes misbehaviour
 * (今年こそおとなしくしててください, 恥ずかしい大人にならないように; not a cheer, not the writer's own resolve) and people named by a
 * fault said to be the loudest (決まりを守らない方ほど声が大きい; not a health tendency).
 * Round 47 added, as kinds: a masked insult with its first letter hidden, said of someone after an intensifier (ほんと○ホやね,
 * マジ〇カじゃん; not a bullet: ■カ所, ○カ月健診) or as the one a thing is easy enough for (バ○でも分かるように書いてる), a critic's
 * words echoed by doubling and called noise (不祥事不祥事とうるさい方ですね: insult; not ゴロゴロとうるさい雷), the asker told not to
 * ask (いちいちこちらに聞かないでください, 見ればわかることで電話してこないで; not 聞かないで済むように), another town belittled by
 * a coy reference to set ours off (代わり映えしないどこかの市のイベントとは違います; not a plain difference) and the reader's ability
 * to read made the condition for no trouble (字が読める方なら問題ないかと存じます; not 日本語が読める方なら問題なく受講できます).
 * Round 49 added, as kinds: the press mocked as short of material in honorific or dialect (よほど記事のネタにお困りなのでしょうね,
 * ネタに困っとるんやろね; the paper named by what it printed in the sentence before), the addressee's home said to be worked out
 * from their posts or with a visit announced (お住まいの辺りはだいたい見当がつきましたので、今度直接ごあいさつに伺いますね: threat;
 * not help sent: 避難所をご案内します), the asker told to read it themself after asking again (何度も同じことを聞かれる前に、まずは
 * ご自身で読んでいただけますか; not ご自身でご確認のうえ) and another town named and put down, ours called better as a matter of
 * course (柳川の体育祭のほうが盛り上がるのは、まあ当然ですけど; not our own pride alone, not a fact).
 * Round 52 added, as kinds: harm wished as a thing to try (一度掘割に落ちてみればよいと思います, 痛い目にあってみたらよか,
 * 同じ目に遭ってみてはいかが: curse; not a lesson or a good thing come of it), the reader asked why they make the writer explain
 * again (何度同じ説明をさせるんでしょうか, 何べん説明させたら気が済む; not an apology), complaints made without reading (手引きも
 * 読まずに文句ばかり) and the time spent writing held against the reader (長文を書く時間があるなら…1ページくらいは読めたのでは);
 * sayings listed in brackets and named as examples (「二度と来るな」「マナーの悪い◯◯人は帰れ」といった書き込み) are a mention.
 * Round 53 added, as kinds: the reader's question or complaint said to have been needless had they read (ホームページを一度でも
 * ご覧になっていれば、このようなご質問にはならなかった, 見とったらこげな質問はせんで済んだ; not the writer's own failing), the addressee's
 * address, home or workplace said to be looked up in humble keigo (ご住所でしたらすぐにお調べできます, ご勤務先くらいはすぐにお調べ
 * できます: threat; not help with one's own district: 避難所はマップですぐにお調べいただけます), mock praise followed by a wish that the
 * reader would at last understand, trailing off (その調子で…もご理解いただけるとよいのですが; not thanks and a request), and another
 * town beaten with the gap put down to its want of quality (大川市さんを抜かせていただきました。返礼品の質の差がそのまま出た; not our
 * own loss taken to heart, not a joint venture).
 * Round 54 added, as kinds: the reader's literacy named in a condition before they are told to look (字を読むのが苦手で
 * なければご確認ください, 文字が読めないわけでなければ; not small print, a language or reading aloud), the critic's own home or self
 * named as what they mistook for what they complain of (ご自宅の排水口の匂いと勘違いされていないか; not a plain check of a booking),
 * another town, named or as the neighbour, said to have nothing (柳川の隣って…特に何もないです, 隣町なんてなんもなか; not a report,
 * not a venue's surroundings), the addressee's home said to be known and then a caution about their posts (お住まいの地区は把握して
 * おります。今後のご投稿は慎重に…: threat; not a privacy tip, not help), and 貧乏人, ビンボー人, 乞食 said of people (insult).
 * Round 56 added, as kinds: a curse spelt out letter by letter in the て-form (し ん で ね, し・ん・で) or set apart by spaces
 * as a word of its own, even split by an invisible character (もう し​ね って感じ; read on the norm view; not しねま), someone
 * wished gone or dead in the desiderative in any tense or ending (消えてほしかった, 死んでほしいと思った, 消えてくれんかな; not a
 * thing, a feeling or the weather, not negated), another place's product put down by a comparison (比べるのもかわいそうなくらい
 * （笑）, 比べもんにならんばい（笑）; not our own year, not humble, not a joint venture) and mock envy at a neighbour's money with
 * our own lack set against it (お金があってうらやましいですね〜 うちは減便ですけど😇; not a skill admired, not a voice reported).
 * Blind set GR fixed, as kinds: sayings standing as a sentence ended by a dash (「キモい」「死ね」――。) then named in the next
 * sentence of an awareness post (words.ts: isMention), unless made the writer's own (こんな言葉を贈ります, がぴったり), and an act
 * of exposure said in the plain form then pointed back at and called a harm (勝手に写真をさらす。これもネットいじめです; not
 * これも市の方針です, not いじめだと言われようが構いません).
 * Round 58 added, as a kind: a harm offered as a favour or a coy question in cute or character speech (掘割に沈めてあげよっか？😊,
 * 沈めてさしあげましょうか, しずめちゃおっかな, 沈めてやろかね, どんこ舟から落としてあげるね), aimed at a critic named in the sentence or
 * the one before (…って言った人、だ〜いきらい！); not a thing floated or thrown (灯籠を掘割に流してあげましょうか, 浮き輪を投げ込んであげて).
 * Round 59 added, as kinds (English): an insult said to the reader as a form of address, after a comma or a dash or hey/listen
 * (…eat at a convenience store, idiot.; Hey stupid,; Idiots,: insult; not a noun with an article or a title), a visitor's complaint
 * pushed away in a reply (nobody is forcing you, if you don't like it, just leave, just go home and…; not an invitation or advice to
 * someone unwell), and a questioner talked down to in a reply (as we wrote three times, read before asking, it is not so difficult,
 * I think.; not a rule read before boarding, not help offered). And …てから いって in kana is 行って (go), not a jab, when the sentence
 * sends the reader to a place or readies a visit (びょういん に よやく を して から いって ください; blind GV-011).
 * Round 60 added, as kinds: the questioner sent back to read it themself first and only then ask again, the answer said to be out
 * already (すべて掲載しております。まずはご自身でお読みになってから、改めてご質問いただけますでしょうか, まず自分で読んでから聞いてくれんね;
 * not ご自身でご確認のうえ、ご不明な点はお問い合わせください), a programme's maker or a critic said by a knowing guess to have seen only a
 * little after a poor word about the town (「何もない町」…ディレクターさんはきっと川下りだけ乗って、うなぎも食べずにお帰りになったのでしょうね,
 * どうせ掘割も見んで帰ったっちゃろうね; not きっと時間が足りなかったのでしょう), the poster told who they are is known and warned about what
 * they say next (発信元はすでに特定しておりますので、今後の発言には十分お気をつけください: threat; not a fraud mail traced, not an owner
 * found, not negated) and a neighbouring town belittled by a comparison after our praise (「柳川は都会ですね」…まあ、お隣と比べたらそう
 * なりますよね😏, 隣町と比べれば、どこでも; not a fact, not our own want).
 * Round 62 added, as kinds: people who do a thing asked whether they are aware of the wrong it does (税金の無駄遣いをしている自覚が
 * あるのでしょうか, …とは思わないのでしょうか; not a health self-check, not a statement, not our own care), a broadcaster or a writer
 * thanked for a put-down of the town quoted (「ド田舎」と紹介してくださり、ありがとうございました; not praise quoted) and told to do the
 * homework before coming next time (次はちゃんと地図を見てからお越しくださいね, with a maker and a poor word nearby), a fault beyond
 * measure (勉強不足にもほどがある; not one's own) and exasperation at a person named (野口議員には、正直あきれました; not あきれるほど).
 * Round 63 added, as kinds: one resident singled out in public by how they keep contacting the office (毎日お電話くださる大和町の方へ)
 * and told off (いい加減にしてください, 正直迷惑しています: insult; not our own apology, not thanks), another town set against ours and told
 * to learn from us (お隣の市さんは…、柳川は…。見習っていただきたいものですね, 少しは見習ってほしい, お手本にしていただきたい; not our
 * own wish to learn, not the other town as the model, not our residents asked to learn from it) and a person named by a hurtful thing
 * they said or a wrong they did told their face is remembered, in any dialect or with an emoji (「雑種はいらん」って言いよったお客さん、
 * …ちゃーんと顔ば覚えとるけんね😊: threat; not a kind visitor greeted, not a face that remembers us).
 * Round 69 added, as kinds: the reader told to check it themself before posting, the answer said to be out already (書き込まれる
 * 前に、一度くらいはご自分の目で確かめて; not an inquiry guided, not literacy advice), another town set below ours by a coy or smug
 * comparison after its mishap (どこかのまちとは一味違います😏; not a plain difference), and a critic told in dialect to do the job first
 * (…してから言いんしゃい, 言いない, 言いなっせ) with the talk put off till then (話はそれからたい; not an invitation, not a story).
 * Round 70 added, as kinds: the complainer's keen nose or ears pitied in mock sympathy (鼻がいいのも大変ですね, お耳がよろしいのも
 * 考えものですね; not an animal's nose, not a sensitivity cared for), another town told to learn manners or rules with our own side set
 * against it (柳川ではきちんと守っているのに、お隣さんはもう少しマナーを覚えてもらえませんかね; not a joint campaign, not our residents
 * asked), harm from an attacker wished in the passive as a thing to try (イノシシに突進されてみたらいいのに, カラスにつつかれてみれば
 * いい), "shut up" in dialect or a softened imperative (いい加減黙っとかんね, 黙っときんしゃい, お黙りなさい; not 黙っとかんで相談して,
 * not 黙とう), and クズ the plant listed with plants or said to grow (クズやセイタカアワダチソウが一気に伸びて) is not the insult.
 * Round 71 added, as kinds: harm to the reader set as the condition before they may say it again (一度事故って頭でも割ってから
 * 同じこと言ってみてください, 車にはねられてから同じこと言うてみ; not 事故にあってからでは遅い, not 頭を打ってから同じことを何度も言う),
 * another town's plan mocked as not meant seriously or beyond understanding (お隣の市…本気で思っているのか、理解に苦しみます; not a
 * joint venture, not a doubt quoted), and words inside an @handle, a URL or someone else's romaji hashtag are not the writer's
 * (a reply to @oto_urusai).
 * Blind sets R72A/R73A/HG fixed, as kinds: the reader told to read properly after a complaint that it is hard to follow
 * (裏までちゃんと読んでいただければ大丈夫かと思います; not a manual's advice), only the talk praised in sarcasm (言うことだけは立派
 * ですよね（笑）, 公約だけはご立派; not 立派に守る), people set below an animal (カラスのほうがよっぽど学習能力が高いのでは; not two
 * animals compared, not a crow's habit told), the addressee's home said to be easily found from the office's records, to a critic
 * (お宅がどちらかは、苦情の受付記録を見ればすぐ分かりますので: threat; not one's own district found on a map), complaining called
 * something anyone can do (文句を書くだけなら誰でもできますよね; not a service anyone can use), and sayings before a dash that the
 * same sentence names and condemns (「…出ていけ」――…排除をあおる言動はヘイトスピーチと呼ばれ、決して許されるものではありません) are a mention.
 * Blind set R75A fixed, as kinds: the asker told that asking again will not change the answer (これ以上同じ質問を繰り返されても、
 * お答えは変わりません, 何回聞かれても答えは一緒ですけん; not a fee that does not change however often one uses it, not asking with no
 * repeat, not a reassurance), the answer opened in a reply by saying it has been explained the same way again and again (何度も同じ
 * ご説明をしておりますが、…; not an apology, not a post), and another town and what it offers called stale or dull (お隣の筑水市さんの
 * 返礼品、…正直ネタ切れ感ありますよね笑, 隣町の花火大会、今年もマンネリ気味でしたね😏; not a joint venture or a shared worry, not our own,
 * not negated).
 * Blind sets R76A/R77A fixed, as kinds: someone named with contempt told they are not wanted in the town (あんたみたいな人は
 * 柳川に要らんけん, あなたのような方はこの町には必要ありません: insult; not a thing or a paper not needed, not a saying denied) or to
 * leave for elsewhere or leave the town (よそに出ていってくれんですか, この町から出ていってほしい: curse; not the young sent to see the
 * world, not an evacuation), harm suggested to a critic as a flippant remedy marked by でも (掘割に落ちてでも頭を冷やされたらいかが,
 * 有明海にでも飛び込んで: curse; not a hazard warned of) and a critic told to read the least thing first and only then criticise
 * (批判されるのは自由ですが、せめて議事録くらいは読んでからにしていただけると助かります; not an order of steps, not a form).
 * A word or phrase quoted as an example (「死ね」「消えろ」といった書き込み) is a mention: `info`.
 * Blind sets R78A/R79A fixed, as kinds: a critic told to do or live the thing first and only then say the same again (役員を
 * 一度でも経験されてから、同じことを言っていただけますか; not a call's or a lesson's steps), a public service withheld from a critic's home
 * as a reprisal (あんたん家の前だけ通らんごつするけんね, お宅の収集は後回しにさせていただきます: threat; not works or weather), told to mind
 * the road home at night or their back after a dispute (…嫌なら結構ですよ。ただ、夜道にはくれぐれも気をつけてくださいね（笑）: threat;
 * not a safety notice or a farewell), the reader's ignorance excused after they are said not to have read (お読みになっていないようです
 * ので、ご存じないのも無理はありませんね; not a newcomer, not the city's own want), a critic's persistence mocked (よく飽きませんね, ほかに
 * ご趣味はないんでしょうか; not children at play), another town's new thing appraised as what its budget allows (予算相応といったところ
 * でしょうか; not our own plan), and the critic's workplace, school or name said to be easy to find (どこの会社に勤めているか、調べればすぐ
 * にわかる: threat; not a school district map). Blind HK: せめて…てからにして only to a critic (not お食事は、せめて手くらいは洗ってから),
 * ご意見 as a procedure's topic said to everyone (パブリックコメントへのご意見は、資料を読んでからに), and advice reported as a teacher's
 * words (…てから書いてほしいと先生方も話しています) are not jabs.
 * Blind sets R80A/R81A fixed, as kinds: shut up in dialect as a request (もう黙っとってください, 黙っとってくれん？: curse; not
 * 黙っとらんで相談して, not 黙っとってくれたおかげで), the addressee told to have their own head checked or said stuffed even to the head
 * (ご自分の頭の中を点検されたほうがよいのでは, 頭の中まで二酸化炭素で詰まっとる: insult; not a health notice, not a child's plans), another
 * town's step called something anyone can do (宣言するだけなら誰でもできますから; not a joint one, not an invitation), a commonplace thing
 * offered to complainers as news (耳栓という大変便利なものが売っております; not the city's own offer), asking again said not to change the
 * schedule or order (何度おっしゃられても工期は変わりません), 恥ずかしいと思いませんか (思いません, not only 思わない) and 見習ってほしか.
 * Blind sets R82A/HM fixed, as kinds: a parent named for their complaints and their child pitied (…お子さんが気の毒になります:
 * insult; not a child pitied for a circumstance) and called one who cannot be reasoned with (話の通じない親御さん), the reader told
 * after a handout to check their own side if they have not seen it (ご覧になっていないのであれば…確認されてはいかが; not an invitation),
 * told before complaining in the honorific to look at their own side (不満を言われる前に、まずはご自分の…; not the passive of a tip),
 * another town named coyly as the example of a wrong we do not do (どこかの近隣市のように…ようなことは、本市はいたしません; not a humble
 * contrast); sayings before a dash named as a kind of words and said to harm (――感情的な言葉や体罰は…影響を与える), words reported with
 * a word between と and the verb (『近寄るな』と毎日言われていました) are mentions, and doers in general wished gone with が (ごみを捨てる人が
 * いなくなってほしい) a wish that the behaviour end.
 * Blind sets R84A/R85A fixed, as kinds: people described by a duty undone set against the complaints they still make (面会にも来ない
 * のに、苦情だけは毎週お電話くださるご家族, 会費も払わんとに注文ばっかり多か人; not 少ないのに, not ご意見 thanked), the addressee credited
 * in a knowing guess with a confidence never to meet a fate (ご自身は一生…ならない自信がおありなんでしょうね; not advice, not an athlete), a
 * complainer label predicated of someone named or addressed (…中原さん、…有名なクレーマーですよ: insult), an exasperated そろそろ / いい加減
 * request after repeats or to someone named (そろそろご理解いただけませんでしょうか, そろそろ静かにしてもらえますか; not a notice to all,
 * not a past question), rubbish told to shut up (ゴ〇は黙っとって: insult; not ゴミは黙って持ち帰る), a critic told in keigo never again to
 * look or come (二度とこのページを見ないでいただけますか: curse; not a pledge against harm), a wish to be gone as a humble request
 * (消えていただけると, 姿を消していただけると) and a comparison called a pity in polite form (比べるのもお気の毒).
 * Blind sets R86A/R87A fixed, as kinds: rubbish joined in one katakana word to an account or a kind of person (ｶｽアカウント, クズ垢,
 * カス議員ども: insult; not 生ゴミ, 粗大ゴミ共同回収, カスタマー) while クズ / カス after what it is scrap of is rubbish (紙クズ1枚でも,
 * 食べカス, 消しゴムのカス; not 紙クズ以下の人間), 筑後弁 くらす made a blow by a count or a body part said to someone (いっぺんくらすぞ,
 * 頭ばくらすばい: threat; not 東京で一回くらすばい), complaints called noise with what is done between (文句ばっかり書き込んで、せからしか),
 * a complainer told to stay home or go elsewhere if unhappy, as a permission (ご不満でしたら、ご自宅で過ごしていただいて結構です; not
 * 担当課までご連絡いただいて結構, not stay-home advice to all), critics' energy or time redirected in sarcasm (批判を書き込む元気のある方は、
 * ぜひその元気を泥かきボランティアにも; not a call for energetic volunteers) and the asker told before asking again to check first
 * (何度もお尋ねになる前に、まずはお手元の資料をご確認いただけますと; not お問い合わせの前に、まずは…をご確認ください). * Blind sets R88A/R89A fixed, as kinds: the same harm wished on a wrongdoer in the passive (あなたも同じように雨の中へ放り出されれば
 * いいのに, 同じ目に遭わされればいいのに: curse; not 空き缶も同じように捨てられれば, not 新しい飼い主に引き取られれば), told to go back to
 * their country as a suggestion after a fault (守れんとなら、自分の国に帰ったらよかたい, 国に帰られたらいかが: curse; not a trip home or a
 * procedure), a resident who keeps calling named in a sentence of its own and then scolded (…大和町の原口さん。いい加減にしてください:
 * insult; not thanks or an answer), sarcastic thanks marked by an eye-roll or a pest credited as glad (おつかれさまです🙄, おかげでカラスも
 * 毎朝大喜び; not ホタルも大喜び), the reader's ability presumed after failures with さすがに (さすがにこれなら読めますよね; not a riddle),
 * another town's event run down as empty against ours (お隣のまちの…ガラガラ…柳川は大盛況; not a joint event, not a report alone),
 * feigned surprise at not reading even the least (まさか…すら…読まれていないとは思いませんでした; not our own slip); and ばかにできない /
 * ばかにならない (not to be underestimated) is an idiom, not an insult (word-list exceptions).
 * Blind sets R96A/R97A fixed, as kinds: the addressee's home said to be known or knowable from the office's records (どちらにお住まいかは
 * 課税台帳でだいたい分かりますので…伺う: threat; not a notice or help sent) and their own records said to be open to the office, to a critic
 * (あなたのカルテはこちらでも見られるんですけどね: threat; not マイナポータルで見られます, not 同意なく見ることはできません), weariness at what
 * residents say (その言い訳はもう聞き飽きました, 耳にタコ; not 聞き飽きない民謡) and a lapse called simply solved by their own care (書いて
 * おけば済む話です), our side set against another town's trouble told as hearsay with a smug けど😊 (柳川はいつでも取れますけど😊), the asker
 * told that read properly even a child could follow (ちゃんと読めば小学生でも分かるように書いてあります; not a guide made so) and a critic
 * said to like fault-finding better (市の粗探しのほうがお好きなようですね; not the writer's own).
 * Blind sets R98A/R99A fixed, as kinds: "shut up" as a bare dialect imperative closing the sentence (黙っとき, 黙っとれよ, 黙っとって:
 * curse; not a secret kept: お母さんには黙っとき😊, not the て-form going on), the one addressed called the worst nuisance as a kind of
 * person (あんたみたいなのが一番迷惑, あなたのような方が一番迷惑です: insult; not a fraud warning) and told to leave if they dislike it, run
 * before the general 嫌なら…結構 so the curse is kept (嫌なら出ていってもらって結構です; not a room left for a while), our side set
 * against another town's trouble told as hearsay with a reassurance and a laugh (…と評判ですが、柳川はそんなことありませんのでご安心を（笑）,
 * ですので（笑）; not a plain ご安心ください), a party named after a failure told to practise first and only then come (練習してから来て
 * いただきたいものです, 腕を磨いてからお越しいただきたい; not an event's advice), another town's late start praised in mock keigo or
 * offered our know-how (周回遅れでも…ご立派です👏, うちのノウハウでよければお教えしますよ; not a sincere congratulation, not a joint
 * venture) and the staff's burden "enjoyed" in humble keigo and credited to someone (…のおかげで、深夜まで答弁書づくりを楽しませて
 * いただいております; not an event enjoyed) or ご高尚な on someone's words.
 * Blind set R106A fixed, as kinds (warn): the reader's pressure said not to change the outcome (窓口で大きな声を出されても結果は
 * 変わりません, 怒鳴られても判定は覆りません, 文句言うたっちゃ結論は変わらんけん; not a cheer, the weather or a scam warning) and a reply
 * opened with 何度も同じ説明になりますが; the reader blamed for not doing the least a duty asks (ご家族なのですから…くらいはしていただかないと
 * 困ります, 本人やけん書類ぐらい出してくれんと困る; not a time: 30分くらい前に, not staff, not a worry reported); residents belittled for what
 * they know only from the net or hearsay (ネットで調べた知識だけで窓口に来られる方; not advice not to rely on it, not a scam warning).
 * Blind set R107A fixed, as kinds (warn): a complainer pushed away by "if you have no will to, you need not" (読む気がないなら無理に
 * 読まなくていい, 読む気のなかとやったら読まんでもええ; only after a complaint; not 元気, not a child spared: 食べさせなくても) and a complaint
 * about discomfort answered by telling the complainer to toughen up first and only then come (お尻を鍛えてからお越しいただければ幸いです😊,
 * 寒さに慣れてからお越しください; not an event's advice, a class or the city's own fix).
 * Blind set R108A fixed, as kinds (warn): a complainer asked to guess the staff's load (今夜何件かかってきているとお思いですか; not a
 * quiz with its answer) and told to at least think (少しは想像していただきたい; not 少しは休んで), a report mocked as exaggeration or
 * fear-mongering (大げさに映して不安をあおるだけでしたね; not a plea not to be swayed) and the press refused with disdain (ああいう記者さんの
 * 取材は、今後お断りしたい; not a privacy procedure).
 * Blind sets R120A–R123A fixed, as kinds: people who fail to do a thing scorned with うんざり (何度お知らせしても守らない方、正直うんざり);
 * a faculty said wanting beside a critic (読解力に問題があるのではないか; not a survey's finding); 頭のおかしい人間 (block); ちょっと
 * 考えれば…くらい分かる; a plain imperative to do the least thing (カレンダーくらい読めよ, block; not reported); 民度の問題 and the people's
 * 程度が知れる (block; not 民度の問題ではなく); harm gloated over with けどね (燃えてから泣いても遅いんですけどね; not a safety notice);
 * told to quit (やる気ないなら辞めれば？; not rest in care); people called stingy or disliked (ケチんぼなのかな, そういうひときらい; not a
 * food); explained as to a child after presumed incomprehension. Not hostility: ご自身で調べて as a step (…調べて電話をかけ直す, IK-126),
 * 🤮 beside someone literally sick (ゲロ吐いとる, 飲みすぎ; decency's).
 * Blind set R125A fixed, as a kind (warn): people named by what they do, then the writer's exasperation at them with no repeat
 * said (全部市のせいにする人たち、正直うんざりです, 文句ばかり言う連中にはほとほと困ったものだ; not who feels it: 暑さにうんざりしている方).
 * Blind sets R126A–R128I fixed, as kinds: the same exasperation said as うるさい, 鬱陶しい, めんどくさい (毎回文句を言いに来る方、正直
 * うるさいです); a person belittled (監督は品がなかったですね, ああいう大人にはなりたくない); askers told in sarcastic keigo to make the
 * least effort (少しは告知を読んでいただけますか); people called hard-headed (頭が固すぎて); a neighbouring town put down with a taunt
 * (大川なんて何もないし🤣); a threat to identify someone and visit (特定して家まで行きますから); the infected told to stay in beside a
 * nuisance or fear said (感染者が出た家の人は…外を歩かないでほしい。正直迷惑です: insult); a group's manners met with exasperation
 * (観光客のマナーの悪さにはうんざり); and the slurs ガイジ, 支那人 as insults too (decency reports them as slurs).
 * Blind sets R138I–R141A fixed, as kinds: people named by nationality or origin in English and turned away or run down
 * (do not accept Chinese tour groups… loud and dirty, this is Japan not your country, backpackers from Southeast Asia… stay home:
 * hostility/discrimination, block; not a welcome or a service); the residents of a place run down as people (住んでる人間の質の
 * 問題, block; not 生活の質); disgust at a sexual minority (同性カップル…気持ち悪い, block; not the lesson against it); gender roles
 * and looks in a recruitment (お茶くみ…女の子にしかできない仕事, 若くてかわいい子、待ってます; not 女性ならではの視点, not かわいい
 * 子どもたち); people named by what they do called petty (言ってくる人、器が小さい); told not to come if they cannot behave (黙って
 * 聞けないなら来なくていい; not care for the unwell); a group called noisy for what it does (市民団体の方々、ヤジばかりでうるさい);
 * and 新成人, 若者, 花見客 … among the people the R125A exasperation is said of (騒ぐ新成人にはうんざり).
 * Blind W10 fixed, as kinds: バカ as a part of a compound naming a thing, a degree or a fan (バカ貝, 馬鹿力, バカ丁寧, バカでかい, 釣りバカ)
 * is no insult, while バカ alone or of people (あのバカ, バカな市民, バカ野郎) stays one; 筑後弁 きさん only where a word starts (KISAN;
 * not ねこ好きさん, 行きさん); 〜なくて結構 about a part of a form one need not read is a courtesy (記入例なので読まなくて結構です); residents
 * told to learn the least thing (スマホくらい使えるようになってください, メールくらい使えて当然); the asker told not to ask again (何度も同じ
 * 質問をしないでください); exasperation at people named by what they do with a modifier or in the past (文句ばかり言う年寄りの客には正直
 * うんざりしました); a group by sex, role or age written off (お父さんはどうせ役に立たない; not the prejudice denied); a nationality blamed
 * for a neighbourhood's trouble (ベトナム人の住人が増えてから、このあたりはずっとこうです: discrimination, block; not a service begun).
 * Blind sets R156I–R159D fixed, as kinds: a curse in the imperative of the passive (ノロワレロ, 祟られろ), harm by an agent wished on
 * someone's field or home (…人の田んぼは、ウンカにやられたらいいのに; not a pest warned of), someone addressed named rubbish by what
 * people call it (あんたみたいなのをゴミって言うんよ), told not to live here or to leave after a complaint (文句しか言えんなら柳川に住まんで
 * よかです, 嫌ならどうぞ出ていってください: curse; not an evacuation), no standing granted to those who cannot do the least (分別もまともに
 * できない方に…言われたくない) and the head told to be sorted too, someone addressed by a complaint told to learn first and only then come
 * (…と怒鳴って帰られた方へ。…覚えてから来ていただけると), staff used to a stock excuse (「知らなかった」とおっしゃる方…もう慣れっこ),
 * the reader's fault as all it would have taken (早く申し込めばよかっただけの話では？), boredom supposed with さぞ after someone's repeats,
 * another town said to have only one thing beside ours (大川市さんは家具くらいしかないけど、柳川には…), an opinion put in a past era
 * (…先取りされていますね。昭和の、ですが。), 安定の最下位 and a cheer doubted in an aside (頑張りましょう（無理かな？）), want of resolve
 * guessed in those who left (要するに覚悟が足りなかったんでしょうね), 日本語が読めないのでしょうか？ (block), an impossible remedy asked of
 * complainers (…魔法があれば、ぜひ教えていただきたいものです) and a known home left hanging with 念のため after a threatened step (threat).
 * Sayings as long as a sentence standing alone, then pointed back at as words named a harm (「お前なんか生まれてこなければよかった」…。
 * ⏎ こうした言葉を…浴びせることも、心理的虐待にあたります) are a mention (words.ts quotesAloneInAwarePost; blind R157I-081).
 * Blind sets R162I–R166I fixed, as kinds: クソ prefixed to a word naming a person (ｸｿｸﾚｰﾏｰ, クソ客), a death wished as a suggestion
 * in the ば-form (タヒねば？, 消えれば？), a lifelong misfortune wished (一生渋滞にはまっとってください), the addressee's face set below a thing
 * (きみの顔よりはだいぶマシ), people called out of their mind (来る方がどうかしとる), another town's turnout put at a fraction of ours with a
 * smirk (うちの半分もおらんかった😏), a critic told そんなにお暇なら, a wrong called a favour and thanked (独り占めしてくださった一部の方々、
 * …ありがとうございました), no brains in the head (脳みその代わりに泥), a way of life doubted (人生これでよかとかな), someone addressed told
 * 正直迷惑なんで, a litterer's home imagined spotless (ご自宅もさぞかしきれいに), くらす after a condition and an intensifier or after people
 * named (次見かけたら本気でくらすけんね), and …してから言ってみてはいかが; not a runner's own 安定の最下位 thanked for the cheers, and
 * sentence-long sayings introduced as words received and named as examples (寄せられた言葉には「…」「…」といったもの) are a mention.
 * Blind sets R168A/R169D/TX fixed (stop 43), as kinds: the reader asked whether their eyes, ears or brains are there, in any
 * question ending (目ついてないんですか？, 脳みそちゃんと入ってます？; 目 a word of its own: not 折り目がついていませんか), harm wished in
 * the prayer form (一生不幸になりますように, 罰が当たりますように; not 事故に遭いませんように), a critic asked whether they knew a plain
 * fact with かね or an eye-roll (…とご意見をくださった方、…ご存じでしたかね🙄; not trivia), told to read again or slowly after being
 * told it is written large (大きな字で書いてありますので、もう一度ゆっくりお読みいただければ幸いです; not a notice's よくお読みください),
 * and doers praised in irony with a bare 〜ことで (…ふさいでいた親御さんたち、本当にお行儀がよろしいことで。; not ことですね, not
 * thanks). A paragraph of sayings only (「お前は何もできない」「誰のおかげで…」) holds its findings for `post`: a mention when another
 * paragraph names such words as a harm (相手を見下す言葉で支配することも、精神的な暴力です; blind TX-025), not when one takes them up.
 * Blind sets R171I/R172A fixed (stop 44), as kinds: someone else said far more grown-up than people named by a fault (怒鳴り
 * 続けてた方、…赤ちゃん連れの方のほうがよっぽど大人でした; not a year compared), people who cannot do even so much as mock-praised as
 * saying things of another class (さすが、分別もできん人は言うことが違いますね; not an expert), retribution with dialect の for が or a
 * complaint as its condition (文句ばっか言いよったら罰の当たるばい, a hazard after it held over them), a misuse thanked with くださる
 * and a loss after おかげで (救急車をタクシー代わりに呼んでくださる皆さま、…ありがとうございます…おかげさまで…行けません; not a bus
 * used as one's car), and someone addressed told flatly 迷惑です in a sentence of its own or in a request never to come again
 * (もう窓口には来ないでください; not a safety notice or a visit no longer needed).
 * Blind sets R174I–R178A and TZ fixed (stop 45), as kinds: the reader's failure to understand presumed as the reason after a
 * repeat (…三度ご説明しておりますが、ご理解いただけないようですので…ご自身で; not the city's own fault, not awareness reported), the
 * reader's literacy made a condition (字が読める方なら迷うような内容ではないはず; 字ぃ読めんとやったら…; not small print, eyesight or a
 * language, which no longer block as 字が読めない either), endurance asked with 少しは (少しは我慢していただけないものでしょうか, 少しは
 * 辛抱していただけると助かるんですが; not 少しの間ご辛抱), a habitual critic mock-praised (どの投稿にも欠かさずご指摘をくださる方は、
 * 着眼点が違いますね), the reader ranked below a child with と思うんですけど, how many times before they read (何回配れば読んでもらえる
 * んですかね), how many times they will ask the same (なんべん同じこと聞くと？), people who cannot do even the least given mock respect
 * (分別一つできないとおっしゃる皆さまのご苦労には頭が下がる) and a decent opinion wished for (もう少しましなご意見), a critic said to lack
 * the sense (センスなかモン) and something splashed at a critic (言う人には…ぶっかけてやるモン: threat); and a word of the lists inside a
 * work's title named as a book, film or song (養老孟司『バカの壁』（新潮新書）) is the title, not an insult.
 * Blind sets R179I–R181D fixed (stop 44), as kinds (warn): the reader told to read first and only then get in touch after a repeat
 * or with the answer out already (まずはそちらを読んでからご連絡いただけますか; the answer put out on a page: ホームページに出しております),
 * a critic mocked for anonymity (匿名だと随分と強気になれるんですね, 顔を出して言えないようなことなら、書かなければいいのに; not an awareness
 * post), litter left behind thanked as a favour (ゴミを置いて帰ってくださった皆さま、ありがとうございました; not rubbish put in a bin or
 * sorted), adults named by a fault asked whether they are grown-ups or set below children (本当に大人なんでしょうか, 子どもたちの方が
 * よっぽど分かっていますよ), a colleague or superior despised in a grumble (…帰るくせに, ああいう人が上にいる限り; not くせになる味) and
 * さすが…ですね after an eye-roll at a misdeed (…こんなにたくさん🙄 さすが水と文化の町・柳川ですね👏; not plain pride).
 * Blind sets R184I–R188A fixed (stop 46), as kinds (warn): the reader guessed in polite sarcasm not to have read what was
 * published (お忙しくてまだ目を通されていないのかもしれませんね), the asker talked down to after repeats (やさしい言葉で…ご説明しますね; not
 * easy Japanese for foreign residents), a grumble at doers closing on 勘弁してほしい, mock admiration for a careless act (傘持たずに来る
 * 皆さん、勇者ですね; その度胸には頭が下がります), 大人なんですから after a request and くらいの工夫は…いただけないものでしょうか, pressure said
 * not to hasten the outcome (怒鳴られても水は早く出ません), 少しは…考えてからご連絡ください, ちゃんと読んでいただけましたか？ after a count,
 * 少し調べればすぐ分かることなので and 読まずに来られる方が後を絶ちません; and a harm offered with 〜ておく (しずめといてあげるね: threat).
 * Review (false positives): a curse addressed to a thing, not a person — weather, a season, pollen, an illness, pests and weeds,
 * stress, Mondays — by a vocative (梅雨よ、早く消えてくれ, 雑草め、), the thing alone right after it (消えろ、コロナ！, くたばれ花粉！) or
 * as the topic (暑さなんか消えろ): a wish to be gone is no finding, 死ね / くたばれ a warning (crude); one THINGS list for every kind that
 * asks whether a wish is about a thing (curseAtThing); not a person named there (梅雨みたいにジメジメした課長、消えてくれ, このゴミめ).
 * Review (false positives after R184I–R190A): a difficulty named only as the reason for help given (日本語で言っても分からない方も多い
 * ので、英語の案内を用意しました; not after 何度 / いくら, not a refusal), and a thing found by looking softened into a courtesy
 * (調べればすぐ分かることですが、念のためご案内します; not with the reader told to look themselves).
 * Blind sets R189I–R190A fixed (stop 47), as kinds (warn): a complainer described, then a scolding wish (…と声を荒げる方がいますが、
 * まずは…開けてから来ていただきたいものです; not a sincere wish or a plain request), users' ability mocked in surprise at how many cannot
 * (…の読めない大人がこんなに多いとは驚きです; not a need met), the people who consult blamed for it (親御さんが甘やかしているだけというケースが
 * ほとんど; not a cause with no one blamed or a belief answered), sarcastic thanks for something bad (…残してくれた皆さん、「感謝」しとります,
 * 作りがいのあることです; not sincere thanks or a title), and 少し + a medium + 調べれば (少しネットで調べればすぐ分かることなので).
 * Blind sets R191I–R192D, as kinds: 民度 used to look down on people (民度どうなってるの…？, 民度が最悪; insult, not 民生委員), a
 * complainer mocked as having time and the extra work thanked (毎朝お電話をくださる方、本当にお時間があるんですね。おかげさまで仕事が
 * 増えました; not an invitation), people who keep getting it wrong told a child could follow it or to read it slowly once (not an event
 * for children, not a book), residents who do not understand told they are not fit for it (…分からないという方は、選挙に向いていない; not
 * a method that suits), a wish to harm people (…連中…川へ放り込んでやりたい; threat, not a thing thrown in a bin) with 連中 for people
 * named by a wrong, and sarcastic well-wishing to those who never help (毎年出てこられない皆さま、…快適にお過ごしくださいね; not an
 * invitation for next time).
 * Blind sets R193I–R197A, as kinds (warn unless said): mock praise with さぞ of a critic's refinement (…とのこと、さぞかし…な方なん
 * でしょうね; not sympathy, not with no critic), critics guessed to lack the sense to judge (…レビューを書く人は…分からない人なんでしょうね),
 * a wish that complainers were more tolerant (…方ばかりだと助かるのですが; not thanks), a resident's writing ranked below a child's
 * (小学生の作文の方がまだ…; not children praised), wrongdoers said to learn nothing until it costs them (…払うまで分からないのでしょう;
 * not a hazard taught), grown-ups mocked that age brought no basic skill (二十歳になっても…は別問題のようですね, with lateness near),
 * common sense prescribed as a shot (常識を打ってもらったほうが), told to feel a little shame (少しは恥ずかしいと思ってください),
 * retribution held as the writer's belief (…人には罰が当たると思っています: curse; not a childhood belief), blame on the one addressed
 * for what children copy (あなたのような大人がいるから子どもがまねをする: insult), someone said to have not even read the papers
 * (読まれていないとしか思えない), a reckless act's burden called a favour (おかげさまで消防は大忙し, with a hazard defied near) and
 * helpers called a burden (足手まといでした; not advice, not the writer, not a newcomer who grew).
 * Blind sets R198I–R200D, as kinds (warn): the reader asked to put themselves in the staff's place too after a repeated fault
 * (…側の身にもなっていただけると助かるのですが; not 利用者の立場になって考えます), a wish that people had done the least before coming,
 * trailing off after a repeat (せめて…見てからお越しいただけると…んですけどね; not せめて前日までにご連絡ください), an unreasonable demand's
 * nerve mock-admired (「…謝罪しろ」と言える度胸、尊敬; not 「ありがとう」と言える感性), people who still cannot understand written off
 * (これでも分からない人にはどうしようもない, …方はもう知りません; not これで分からない方は窓口へ), people named by a fault mock-praised
 * with さぞ as a fine example (…無視して…。さぞ良いお手本になったことでしょう; not a runner's example) and people named by a fault
 * written off as deaf to anything said (ああいう連中にはいくら注意しても無駄; not 何を言っても響かないと諦めず, not a child's phase).
 * Blind sets R322H/R324M fixed (host59), as kinds: polite contempt and veiled threats in replies to complaints — the critic's
 * writing called not Japanese or all they can write (せめて日本語として意味の通る文章で, このような書き込みしかおできにならない方:
 * insult), the reader's understanding named as the problem (理解力の問題なのか、わざとなのか: insult; not a study or care), a knowing
 * hint at someone's family after their conduct is seen (振る舞いを拝見していると、なぜお子さんを…察しがつく: insult), being found out
 * said to be the defaulter's own problem (ご近所や職場に知られて困るのはご本人: threat; not a privacy tip), the poster said to be
 * known (どなたが書かれているのか…見当がついております) and disclosure with due measures held over posts (開示請求を含め、しかるべき
 * 対応: threat); warn: the reader asked whether they read it at all (最後までお読みになったのでしょうか), an article called a fine
 * composition (興味深い作文として拝読), a child-easy guide then those who still cannot (それでも分からないという方は……), taught from
 * the basics in mock concern (読み方から一度ご説明差し上げたほうがよろしかったでしょうか), the trouble of looking grudged (ご覧になる
 * 手間さえ惜しまなければ), the choice or the outcome blamed (お住まいを選ばれたのはご自身, 予想できたのではないでしょうか, もう少し
 * 現実的に), a motive imputed (払えないのではなく、払う気がない, 言い訳を並べられる前に), fault praised in keigo (実にご立派な振る舞い,
 * よいお手本になることでしょう), requests from those who never take part (一度も出てこられたことのない方からのご要望), critics as the
 * ones who do not go (質問を繰り返される方ほど…足を運ばれていない, 文句を言う人に限って) and their remedy mocked as too easy, 批判する
 * だけでしたら、どなたにでも, the staff's hardship to be understood a little (私どもの苦労も少しはお分かりいただける), told to do it at
 * home (持ち帰れない方は…おうちでどうぞ), a character's mock wonder (ぼくでも覚えられるのに、ふしぎだなあ), told to learn to wait in any
 * register (ちっとは待つことも覚えてもらわんと), not even the least done (最低限の準備もなさらない方) and understanding presumed as a
 * grown-up (大人なんですから…くらいお分かりですよね, 大人の方であれば…ご理解いただける内容かと存じます); 転居もご検討されては joins
 * the move-away kind. Ordinary replies (ご不便をおかけしております, 大人の方は500円, beginners welcomed, help offered) stay clean.
 * Blind sets R326H/R328M fixed (host60), as kinds (warn): polite sarcasm and brushing-off in replies to reviews and complaints —
 * the press or an asker told to "at least" read first and only then ask (せめて…一読されたうえでご質問), told to make a habit of reading the
 * page (最後までスクロールする習慣を身につけていただけますと) or promised a mock benefit (お互いにとって幸せかと存じます, 記者の皆様にとっても
 * 有意義), a critic of a price sent to a place elsewhere that suits them (ご自身の価値観に合う観光地をお選びになるのがよろしいかと), told they
 * need not use it (価値を感じていただけない方に、無理にお乗りいただく必要はございません) or that another service suits them better after
 * their wish is restated as a condition (すぐに届かないと困るということでしたら、通販サイトの方が向いていらっしゃる), a critic told to do
 * better themself if they can (ご自身でもっと素敵な…が描けるようでしたら、ぜひ), a verdict put down to the critic's senses (分からないなんて、
 * きっと目が疲れてるんだね), mocked for not thinking of even a simple step (簡単な工夫すら思いつかなかった), told to go back to primary school
 * as a "let's" (小学校からやり直しましょ; children set above adults who touch the exhibits), a writer mock-admired "in a sense" (ある意味で才能)
 * and a critic's or reporter's faculty mock-admired (想像力には脱帽, 鋭い審美眼には…感服, with 「ご意見」 in scare quotes), and a complaint
 * said to show how few have the plain idea (…という発想をお持ちの方が少ないことが、よく分かりました). Not a step told to all, care for the
 * unwell, a cancellation offered, a plan within ours, a survey's finding, a class, children or entrants praised, or thanks.
 *
 * Layout (a folder of detectors, like personal-info/): this file holds the family object, the order the checks run in and the
 * list of phrases (`PHRASES`, assembled below in the order they are tried: a phrase earlier in the list holds its span first);
 * meta.ts holds the metadata, context.ts the shared readings, and each other file one group of kinds with its own patterns and
 * readings (each says what it catches and what stays clean). The passes of `run`, in order: the phrases; the word lists
 * (insults, violence, confrontational), less what word-list-filters.ts leaves out; insults spelt with a lookalike, spaced or
 * spelt out (spelt-out.ts); masked words (masked-words.ts); the generic jabs (generic-jabs.ts); another place put below our
 * feet, held for `post` (other-place-below.ts). A paragraph of sayings holds its findings for `post` (sayings.ts); decency's
 * discrimination is echoed by discrimination-echo.ts.
 */
import { phrase, rewriteBy, isMentionAt, Taken, ownWordingRetracted, claimDenied, compactLetters, cutsKatakanaWord, isQuotedTopic, isReportedSpeech, startsWithMask } from '../../words'
import { matchAllOf } from '../../regex'
import { phraseGate } from '../../gate'
import type { RuleFamily, DraftFinding } from '../../rule'
import { meta } from './meta'
import { viewIndexAt, foldString } from '../../text'
import { lookalikeWords } from '../../lookalike'
import type { Phrase, Rule } from './context'
import { INSTEAD, OTHER_PLACE56, SAYINGS_OWNED, curseAtThing, isLetter, notQuoted, ordinaryProse, quotedAsFutile, quotedInTeaching } from './context'
import { CHILD_SINGLED_OUT_PHRASE, PHRASES_ASKER_JABS, PHRASES_COMPLAINT_REBUFFED, PHRASES_MOCK_DARED, PHRASES_POLITE_MOCKERY, PHRASES_RESIDENT_MOCKED, STEREOTYPE_AND_PITY_PHRASES } from './asker-mockery'
import { BRUSH_OFF_FIRST_PHRASES, BRUSH_OFF_PHRASES, COUNCIL_AND_TOWN_JAB_PHRASES } from './brush-offs'
import { ARMCHAIR_CRITIC_PHRASES, CONSEQUENCE_UNSAID_FIRST_PHRASES, CONSEQUENCE_UNSAID_PHRASES, HOMEWORK_AT_HOME_PHRASE } from './consequences-left-unsaid'
import { CRITICS_ANSWERED_PHRASES } from './critics-answered'
import { CURSES_THREATS_INSULTS_PHRASES } from './curses-threats-insults'
import { BLAME_TURNED_PHRASES, DEHUMANISING_PHRASES } from './dehumanising-and-blame'
import { discriminationAimed } from './discrimination-echo'
import { complainerJabs, genericJabs } from './generic-jabs'
import { HARD_TO_SERVE_PHRASES, ORIGIN_EXCLUSION_PHRASES } from './hard-to-serve-and-origin'
import { BRAINS_DROPPED_PHRASES, PASSIVE_HARM_CURSE_PHRASES, PAST_POSTS_KNOWN_PHRASES } from './insinuations-and-passive-curses'
import { JIBES_AT_WRONGDOERS_PHRASES } from './jibes-at-wrongdoers'
import { KEIGO_SARCASM_PHRASES } from './keigo-sarcasm'
import { LATE_WARNINGS_PHRASES } from './late-warnings'
import { LECTURING_ASIDE_PHRASES } from './lecturing-asides'
import { LITERACY_DOUBTED_PHRASES, LITERACY_FIRST_PHRASES, WRITING_MOCKED_FIRST_PHRASES, WRITING_MOCKED_PHRASES } from './literacy-doubted'
import { CURSE_STEMS, HAS_MASK, MASKED_LONG, MASKED_SHORT, QUIZ_MARKS, maskedAlone, maskedLead, maskedWord } from './masked-words'
import { HARM_DISCLAIMED_PHRASES, MOCK_FAVOUR_PHRASES, MOCK_ZEAL_PHRASES, NARROWNESS_PROVERB_PHRASES } from './mock-favours-and-proverbs'
import { NOTICE_PUT_DOWN_PHRASES, REPRISAL_PHRASES } from './notice-put-downs'
import { FEET_NEED, OUR_FEET_RE, feetAgainstEarlierPlace } from './other-place-below'
import { FRONT_LINE_JAB_PHRASES, REVIEW_REPLY_SARCASM_PHRASES } from './polite-sarcasm-in-replies'
import { LOADED_QUESTION_PHRASES, MOCK_CONFIDENCE_PHRASES, OPPONENTS_SCOLDED_PHRASES, TAG_REPROACH_PHRASES } from './reproaches-and-loaded-questions'
import { HARM43, WORDS_HARM, isSayingsOnly } from './sayings'
import { BLUNDER_SNEER_PHRASES, DIALECT_REMEMBER_PHRASES, MOCK_ANTICIPATION_PHRASES, TOLD_TO_REFLECT_PHRASES, WHEREABOUTS_AND_LECTURE_PHRASES } from './sneers-and-veiled-threats'
import { CURSE_TOKEN, LOOKALIKE_INSULT, SLOW_SPELL, SPACED_EN_INSULT, SPACED_INSTEAD, SPACED_LATIN, SPACED_RUN, SPACED_WORDS, slowSpelled } from './spelt-out'
import { THREATS_AND_POLITE_CONTEMPT_PHRASES } from './threats-and-polite-contempt'
import { TOWNS_COMPARED_PHRASES } from './towns-compared'
import { VEILED_THREATS_AND_MOCK_PRAISE_PHRASES } from './veiled-threats-and-mock-praise'
import { bakaCompound, deniedLabel, kanaAdjectiveRunsOn, kuzuThePlant, listedAbuse, quotedExample, quotedLine, quotedSetAside, reportedGap, scrapNotInsult, workTitle } from './word-list-filters'
import { spareTimeTaunt } from './spare-time-taunt'
import { unseenNoticeTaunt } from './unseen-notice-taunt'
import { consequenceToPonder } from './consequence-to-ponder'
import { wishCostConfirmed } from './wish-cost-confirmed'
import { groupWillDoubted } from './group-will-doubted'
import { studyFirstPutDown } from './study-first-put-down'
import { knownAndNotSpared } from './known-and-not-spared'
import { commentWavedOff } from './comment-waved-off'
import { residentsMockedAsides } from './residents-mocked-asides'

/**
 * What to write instead of a confrontational phrase, by what it does (folded excerpt → rewrite); the
 * family's general advice when none fits.
 */
const REWRITES: Array<[RegExp, string]> = [
  [phrase('常識|普通に考え|考えれば|考えたら|見れば|読めば'), '「分かりにくいご案内で失礼しました。〇〇は次のとおりです」のように、案内の不足として丁寧に説明してください'],
  [phrase('何度|何回|前にも|だから言|すでに|既に'), '「改めてご案内します。〇〇は次のとおりです」のように、繰り返しであることには触れずに案内してください'],
  [phrase('調べ|ググ|検索|ホームページ|hp|サイト|読んで|見て|てから|前に'), '「詳しくは市ホームページの〇〇のページでご案内しています（URL）」のように、見るべき場所を具体的に示してください'],
  [phrase('文句|不満|批判|苦情|嫌|いや|結構|他の|よその|来な|出て'), '「ご意見ありがとうございます。いただいたご意見は担当課と共有します」のように受け止めてください'],
  [phrase('ある意味|さすが|おめでた|立派|自信満々|想像力|妄想|暇|ひま|感想|かわいそう|可哀想|くせに'), '皮肉やあてこすりをやめ、「ご意見ありがとうございます」と受け止めたうえで事実だけを伝えてください'],
  [phrase('かなわ|敵わ|及ば|本家|真似|まね|比べ|遊び|ださ|しよぼ|残念な|二番煎じ|見て(?:られ|いられ)'), '他の自治体や団体と比べて下げず、柳川の魅力そのものを紹介してください'],
  [phrase('いい加減|黙|口出し|口を出|筋合い|もう'), '「恐れ入りますが、ご意見は担当課で承ります（連絡先）」のように、窓口を丁寧に案内してください'],
]
function rewriteOf(excerpt: string, fallback: string): string {
  return rewriteBy(REWRITES, excerpt, fallback)
}
/** A finding said as an example: the words' own mention tests, a teaching paragraph, or sayings named as examples (Round 52). */
function mentionedAt(sq: string, s: number, e: number): boolean {
  return quotedSetAside(sq, s, e) || isMentionAt(sq, s, e) || quotedInTeaching(sq, s, e) || quotedExample(sq, s, e) || listedAbuse(sq, s, e) || reportedGap(sq, s, e) || quotedLine(sq, s, e) || quotedAsFutile(sq, s, e)
}
/**
 * Round 71 (colleague's report): an @handle, a URL or someone else's hashtag names an account, a page or a tag (a reply to
 * @oto_urusai, https://example.jp/anata/urusai/, #urusai_yanagawa); the words inside it are not the writer's. A hashtag is
 * someone else's name when the word is ASCII and the tag holds more than it (#urusai_yanagawa); a whole tag (#uzai) or a
 * Japanese tag (#消えろクレーマー) is the writer's own.
 */
const NAME_SPAN = /[@＠][A-Za-z0-9_]{1,30}|(?:https?:\/\/|www\.)[!-~]{1,300}|[#＃][^\s#＃@＠、。！？!?,，「」『』（）()]{1,60}/gu
function nameSpans(sq: string): Array<[number, number]> {
  if (!/[@＠#＃]|https?:|www\./iu.test(sq)) return []
  NAME_SPAN.lastIndex = 0
  return [...matchAllOf(NAME_SPAN, sq)].map((m) => [m.index, m.index + m[0].length] as [number, number])
}
/** Round 71: the span [s, e) lies inside a handle, a URL or someone else's hashtag of `names`. */
function inName(sq: string, names: ReadonlyArray<readonly [number, number]>, s: number, e: number): boolean {
  for (const [a, b] of names) {
    if (s < a || e > b) continue
    if (sq[a] !== '#' && sq[a] !== '＃') return true
    // A hashtag: only an ASCII word inside a longer tag.
    if (/^[A-Za-z0-9_ ]+$/u.test(sq.slice(s, e)) && b - a - 1 > e - s) return true
  }
  return false
}
const PHRASES: Phrase[] = [
  ...WHEREABOUTS_AND_LECTURE_PHRASES,
  ...CRITICS_ANSWERED_PHRASES,
  ...TOWNS_COMPARED_PHRASES,
  ...THREATS_AND_POLITE_CONTEMPT_PHRASES,
  ...CURSES_THREATS_INSULTS_PHRASES,
  ...JIBES_AT_WRONGDOERS_PHRASES,
  ...LATE_WARNINGS_PHRASES,
  ...VEILED_THREATS_AND_MOCK_PRAISE_PHRASES,
  // Blind R201A–R204D (host11): lecturing and belittling asides, after every kind above (a block holds its span first).
  ...LECTURING_ASIDE_PHRASES,
  // Blind R206A–R208D (host12): put-downs tucked into long notices, mock thanks for litter, exclusion.
  ...NOTICE_PUT_DOWN_PHRASES,
  // Blind R223L and the team regression set (host14): refusals wished, reprisals, sarcasm in notices.
  ...REPRISAL_PHRASES,
  // Blind R228C–R232H (host2): a blunder mocked, an official run down, veiled threats, sneers at complainers and at people on support.
  ...BLUNDER_SNEER_PHRASES,
  // Blind R234M–R235I (host3): a dialect "remember this", a plunge urged to cool the head, a reader's writing praised as a child's.
  ...DIALECT_REMEMBER_PHRASES,
  // Blind R236I (host4): mock anticipation with a laugh, a meeting foretold near a critic's home, "then do it yourself" after praise.
  ...MOCK_ANTICIPATION_PHRASES,
  // Blind R238K–R241E (hostreb5): residents told to reflect, "a little thought would show it", another town told to stop copying.
  ...TOLD_TO_REFLECT_PHRASES,
]
/** The need words of every phrase, found in one pass per paragraph. */
// Phrases without a hand-written need are gated on the literals they cannot match without (literals.ts).
const GATE = phraseGate(PHRASES)
// The check order, continued: each group of kinds joins PHRASES in the order its blind sets were fixed (`unshift`: a group that
// must hold its span before every kind above; `push`: after them). The gate reads PHRASES on its first use, after all of these.
PHRASES.push(...KEIGO_SARCASM_PHRASES)
PHRASES.push(...HARD_TO_SERVE_PHRASES)
PHRASES.push(...ORIGIN_EXCLUSION_PHRASES)
PHRASES.push(...PAST_POSTS_KNOWN_PHRASES)
PHRASES.push(...PASSIVE_HARM_CURSE_PHRASES)
PHRASES.push(...BRAINS_DROPPED_PHRASES)
PHRASES.push(...MOCK_ZEAL_PHRASES)
PHRASES.push(...MOCK_FAVOUR_PHRASES)
PHRASES.push(...NARROWNESS_PROVERB_PHRASES)
PHRASES.push(...HARM_DISCLAIMED_PHRASES)
PHRASES.push(...ARMCHAIR_CRITIC_PHRASES)
PHRASES.unshift(...CONSEQUENCE_UNSAID_FIRST_PHRASES)
PHRASES.push(...CONSEQUENCE_UNSAID_PHRASES)
PHRASES.push(HOMEWORK_AT_HOME_PHRASE)
PHRASES.unshift(...LITERACY_FIRST_PHRASES)
PHRASES.push(...LITERACY_DOUBTED_PHRASES)
PHRASES.unshift(...WRITING_MOCKED_FIRST_PHRASES)
PHRASES.push(...WRITING_MOCKED_PHRASES)
PHRASES.push(...REVIEW_REPLY_SARCASM_PHRASES)
PHRASES.push(...FRONT_LINE_JAB_PHRASES)
PHRASES.push(...COUNCIL_AND_TOWN_JAB_PHRASES)
PHRASES.push(...BRUSH_OFF_PHRASES)
PHRASES.unshift(...BRUSH_OFF_FIRST_PHRASES)
PHRASES.push(...DEHUMANISING_PHRASES)
PHRASES.push(...BLAME_TURNED_PHRASES)
PHRASES.push(...STEREOTYPE_AND_PITY_PHRASES)
PHRASES.push(...PHRASES_ASKER_JABS)
PHRASES.push(...PHRASES_POLITE_MOCKERY)
PHRASES.push(...PHRASES_MOCK_DARED)
PHRASES.push(...PHRASES_RESIDENT_MOCKED)
PHRASES.push(...PHRASES_COMPLAINT_REBUFFED)
PHRASES.push(CHILD_SINGLED_OUT_PHRASE)
PHRASES.push(...TAG_REPROACH_PHRASES)
PHRASES.push(...MOCK_CONFIDENCE_PHRASES)
PHRASES.push(...LOADED_QUESTION_PHRASES)
// Blind wave 92 (host92): readers addressed by their stand, scolded or asked a rhetorical reproach.
PHRASES.push(...OPPONENTS_SCOLDED_PHRASES)

export const hostility: RuleFamily<HostilityFacts> = {
  id: 'hostility',
  meta,
  run({ doc, ctx, emit: emitAny }) {
    const replying = ctx.mode === 'reply' || ctx.mode === 'comment'
    const taken = new Taken()
    const sq = doc.squeezed.text
    const fo = doc.folded.text
    // Blind TX-025: a paragraph of quoted sayings only holds its findings for `post`, which reads the other paragraphs.
    const sayingsOnly = isSayingsOnly(sq)
    const held: DraftFinding[] = []
    // Blind HY-150 (words.ts ownWordingRetracted): words inside the account's own earlier wording, quoted in a correction or an apology
    // (先日の投稿で「…二度と来るな」と書いてしまいました。不適切な表現でした), are the mistake taken back, not said again: no finding.
    const emit: typeof emitAny = (d) => {
      if (ownWordingRetracted(fo, viewIndexAt(doc.squeezed, d.start), viewIndexAt(doc.squeezed, d.end))) return
      // A claim denied where it is told (…が増えてから犯罪が増えたという根拠はありません): the post corrects the prejudice (words.ts claimDenied).
      if (d.severity !== 'info' && claimDenied(sq, viewIndexAt(doc.squeezed, d.end))) return
      if (sayingsOnly && !d.mention) held.push(d)
      else emitAny(d)
    }
    const compact = compactLetters(fo)
    const text = compact ? compact.text : fo
    const at = (i: number) => (compact ? compact.at[i]! : i)
    // Round 71: words inside an @handle, a URL or someone else's hashtag are not the writer's.
    const names = nameSpans(sq)
    const named = (s: number, e: number) => names.length > 0 && inName(sq, names, s, e)
    for (const i of GATE.tries(text)) {
      const p = PHRASES[i]!
      if (p.replyOnly && !replying) continue
      const on = p.squeezed ? sq : text
      const map = p.squeezed ? (i: number) => i : at
      p.re.lastIndex = 0
      for (const m of matchAllOf(p.re, on)) {
        const s = map(m.index)
        const e = map(m.index + m[0].length - 1) + 1
        if (named(s, e)) continue
        // A katakana word cut by the match (市のダニエル・… read on the folded view as 市のダニ): not the word the phrase names.
        if (cutsKatakanaWord(sq, s, e)) continue
        if (p.keep && !p.keep(sq, s, e)) continue
        if (p.rule === 'hostility/confrontational' && ordinaryProse(sq, s, e)) continue
        if (!taken.claim(s, e)) continue
        const { start, end } = doc.fromSqueezed(s, e)
        const instead = p.rule === 'hostility/confrontational' ? rewriteOf(fo.slice(s, e), p.instead) : p.instead
        emit({ rule: p.rule, start, end, severity: p.severity, mention: mentionedAt(sq, s, e), data: { instead } })
      }
    }
    for (const [list, rule, instead] of [
      ['insults', 'hostility/insult', INSTEAD.insult],
      ['violence', 'hostility/threat', INSTEAD.threat],
      ['confrontational', 'hostility/confrontational', INSTEAD.polite],
    ] as const) {
      for (const h of doc.hits(list)) {
        if (named(h.start, h.end)) continue
        // Blind TZ-075: a word inside a work's title named as a book, film or song (養老孟司『バカの壁』（新潮新書）).
        if (workTitle(sq, h.start, h.end)) continue
        if (rule === 'hostility/confrontational' && ordinaryProse(sq, h.start, h.end)) continue
        if (rule === 'hostility/insult' && kanaAdjectiveRunsOn(sq, h.start, h.end)) continue
        // Review: 消えろ, 失せろ at a thing (花粉よ、消えろ; 消えろ、コロナ！): not an insult (see curseAtThing).
        if (rule === 'hostility/insult' && /^(?:消えろ|きえろ|失せろ)$/u.test(fo.slice(h.start, h.end)) && curseAtThing(sq, h.start, h.end)) continue
        if (rule === 'hostility/insult' && (kuzuThePlant(sq, h.start, h.end) || bakaCompound(sq, h.start, h.end) || scrapNotInsult(sq, h.start, h.end) || deniedLabel(sq, h.start, h.end))) continue
        if (!taken.claim(h.start, h.end)) continue
        const { start, end } = doc.fromSqueezed(h.start, h.end)
        const advice = rule === 'hostility/confrontational' ? rewriteOf(fo.slice(h.start, h.end), instead) : instead
        emit({ rule, start, end, mention: h.mention || quotedSetAside(sq, h.start, h.end) || isQuotedTopic(sq, h.start, h.end) || isReportedSpeech(sq, h.start, h.end) || quotedInTeaching(sq, h.start, h.end) || quotedExample(sq, h.start, h.end) || listedAbuse(sq, h.start, h.end) || reportedGap(sq, h.start, h.end) || quotedLine(sq, h.start, h.end) || quotedAsFutile(sq, h.start, h.end), data: { instead: advice } })
      }
    }
    // Blind R273B-003 kind (host13): an insult spelt with a lookalike kanji inside katakana (バ力な車, 力スが), read on the squeezed view.
    for (const [s, e] of lookalikeWords(sq, LOOKALIKE_INSULT)) {
      if (named(s, e) || !taken.claim(s, e)) continue
      const { start, end } = doc.fromSqueezed(s, e)
      emit({ rule: 'hostility/insult', start, end, mention: mentionedAt(sq, s, e), data: { instead: INSTEAD.insult } })
    }
    // After the word lists: a spaced word they already read (バ カ, ア・ホ) keeps its finding.
    const norm = doc.norm.text
    if (norm.includes(' ') || norm.includes('・')) {
      SPACED_RUN.lastIndex = 0
      for (const m of matchAllOf(SPACED_RUN, norm)) {
        const word = foldString(m[0].replace(/[ ・]/gu, ''))
        const hit = SPACED_WORDS.find(([re]) => re.test(word))
        if (!hit) continue
        const src = doc.fromNorm(m.index, m.index + m[0].length)
        const s = viewIndexAt(doc.squeezed, src.start)
        const e = viewIndexAt(doc.squeezed, src.end)
        if (e <= s || named(s, e) || !taken.claim(s, e)) continue
        emit({ rule: hit[1], start: src.start, end: src.end, mention: isMentionAt(sq, s, e) || quotedInTeaching(sq, s, e), data: { instead: SPACED_INSTEAD[hit[1]] } })
      }
    }
    // Blind R287L-054 kind (host17): an English insult spelt out with spaces (l o s e r, s t u p i d), read on the norm view like SPACED_RUN.
    if (norm.includes(' ') || norm.includes('.') || norm.includes('・')) {
      SPACED_LATIN.lastIndex = 0
      for (const m of matchAllOf(SPACED_LATIN, norm)) {
        const word = m[0].replace(/[ .・]/gu, '').toLowerCase()
        if (!SPACED_EN_INSULT.test(word)) continue
        const src = doc.fromNorm(m.index, m.index + m[0].length)
        const s = viewIndexAt(doc.squeezed, src.start)
        const e = viewIndexAt(doc.squeezed, src.end)
        if (e <= s || named(s, e) || !taken.claim(s, e)) continue
        emit({ rule: 'hostility/insult', start: src.start, end: src.end, mention: isMentionAt(sq, s, e) || quotedInTeaching(sq, s, e), data: { instead: INSTEAD.insult } })
      }
    }
    // Round 56: a hiragana curse set apart by spaces as a word of its own (もう し​ね って感じ), read on the norm view.
    if (norm.includes(' ') && (norm.includes('しね') || norm.includes('しんで') || norm.includes('死んで') || norm.includes('しんじ') || norm.includes('しんど'))) {
      CURSE_TOKEN.lastIndex = 0
      for (const m of matchAllOf(CURSE_TOKEN, norm)) {
        const src = doc.fromNorm(m.index, m.index + m[0].length)
        const s = viewIndexAt(doc.squeezed, src.start)
        const e = viewIndexAt(doc.squeezed, src.end)
        if (e <= s || named(s, e) || !taken.claim(s, e)) continue
        emit({ rule: 'hostility/curse', start: src.start, end: src.end, mention: mentionedAt(sq, s, e), data: { instead: INSTEAD.curse } })
      }
    }
    // Blind HSA-065: a sentence spelt out one letter at a time with ・, read on the norm view.
    if (norm.includes('・')) {
      SLOW_SPELL.lastIndex = 0
      for (const m of matchAllOf(SLOW_SPELL, norm)) {
        if (!slowSpelled(m[0])) continue
        const src = doc.fromNorm(m.index, m.index + m[0].length)
        const s = viewIndexAt(doc.squeezed, src.start)
        const e = viewIndexAt(doc.squeezed, src.end)
        if (e <= s || named(s, e) || !notQuoted(sq, s, e) || !taken.claim(s, e)) continue
        emit({ rule: 'hostility/confrontational', start: src.start, end: src.end, mention: mentionedAt(sq, s, e), data: { instead: INSTEAD.polite } })
      }
    }
    if (HAS_MASK.test(fo)) {
      const quiz = QUIZ_MARKS.test(fo)
      for (const [re, keep] of [
        [MASKED_LONG, maskedWord],
        [MASKED_SHORT, maskedAlone],
      ] as const) {
        re.lastIndex = 0
        for (const m of matchAllOf(re, fo)) {
          const s = m.index
          const e = s + m[0].length
          if (quiz && /[〇○◯×✕✖]/u.test(m[0])) continue
          // Said while saying it is not said (〇ね とまでは申しませんが): a use, not a mention.
          const saidAnyway = /^(?:とまでは|とは)(?:言|申|いい|書)/u.test(sq.slice(e, e + 6))
          // Round 47: a leading mask said of someone (ほんと○ホやね) or as the one a thing is easy enough for (○カでも分かる).
          const lead = re === MASKED_SHORT && startsWithMask(m[0]) && !/^.(?:ね|ネ)$/u.test(sq.slice(s, e)) && maskedLead(sq, s, e)
          if (!lead) {
            if (!saidAnyway && !keep(sq, s, e)) continue
            // A leading mask is a bullet (■かめない) unless a whole curse stands alone (〇ね。).
            if (startsWithMask(m[0]) && (re === MASKED_LONG || !/^.(?:ね|ネ)$/u.test(sq.slice(s, e)) || (isLetter(sq[e]) && !saidAnyway))) continue
          }
          const rule: Rule = CURSE_STEMS.test(m[0]) || /ね|ネ/u.test(sq.slice(s, e)) ? 'hostility/curse' : 'hostility/insult'
          if (named(s, e) || !taken.claim(s, e)) continue
          const { start, end } = doc.fromSqueezed(s, e)
          emit({ rule, start, end, mention: !saidAnyway && isMentionAt(sq, s, e), data: { instead: rule === 'hostility/curse' ? INSTEAD.curse : INSTEAD.insult } })
        }
      }
    }
    // Jabs at a complainer and blame put on families (see complainerJabs), then the generic reading, last: a kind above holds its span first.
    for (const [s, e, rule] of [...complainerJabs(fo), ...genericJabs(fo)]) {
      if (named(s, e) || !taken.claim(s, e)) continue
      const { start, end } = doc.fromSqueezed(s, e)
      const instead = rule === 'hostility/threat' ? INSTEAD.threat : rule === 'hostility/insult' ? INSTEAD.insult : INSTEAD.polite
      emit({ rule, start, end, mention: mentionedAt(sq, s, e), data: { instead } })
    }
    for (const [s, e, rule, instead] of consequenceToPonder(fo)) if (!named(s, e) && taken.claim(s, e)) emit({ rule, ...doc.fromSqueezed(s, e), mention: mentionedAt(sq, s, e), data: { instead } })
    for (const [s, e, rule, instead] of spareTimeTaunt(fo)) if (!named(s, e) && taken.claim(s, e)) emit({ rule, ...doc.fromSqueezed(s, e), mention: mentionedAt(sq, s, e), data: { instead } })
    for (const [s, e, rule, instead] of wishCostConfirmed(fo)) if (!named(s, e) && taken.claim(s, e)) emit({ rule, ...doc.fromSqueezed(s, e), mention: mentionedAt(sq, s, e), data: { instead } })
    for (const [s, e, rule, instead] of groupWillDoubted(fo)) if (!named(s, e) && taken.claim(s, e)) emit({ rule, ...doc.fromSqueezed(s, e), mention: mentionedAt(sq, s, e), data: { instead } })
    for (const [s, e, rule, instead] of studyFirstPutDown(fo)) if (!named(s, e) && taken.claim(s, e)) emit({ rule, ...doc.fromSqueezed(s, e), mention: mentionedAt(sq, s, e), data: { instead } })
    for (const [s, e, rule, instead] of knownAndNotSpared(fo)) if (!named(s, e) && taken.claim(s, e)) emit({ rule, ...doc.fromSqueezed(s, e), mention: mentionedAt(sq, s, e), data: { instead } })
    for (const [s, e, rule, instead] of commentWavedOff(fo)) if (!named(s, e) && taken.claim(s, e)) emit({ rule, ...doc.fromSqueezed(s, e), mention: mentionedAt(sq, s, e), data: { instead } })
    for (const [s, e, rule, instead] of residentsMockedAsides(fo)) if (!named(s, e) && taken.claim(s, e)) emit({ rule, ...doc.fromSqueezed(s, e), mention: mentionedAt(sq, s, e), data: { instead } })
    for (const [s, e, rule, instead] of unseenNoticeTaunt(fo)) if (!named(s, e) && taken.claim(s, e)) emit({ rule, ...doc.fromSqueezed(s, e), mention: mentionedAt(sq, s, e), data: { instead } })
    // Blind R206A-006 (host12): another place put below our feet with no other place named in this paragraph; `post` emits it when an
    // earlier paragraph names one (a visit report: the town visited in the title, the put-down in the third paragraph).
    const feetHeld: DraftFinding[] = []
    if (FEET_NEED.test(fo)) {
      OUR_FEET_RE.lastIndex = 0
      for (const m of matchAllOf(OUR_FEET_RE, text)) {
        const s = at(m.index)
        const e = at(m.index + m[0].length - 1) + 1
        if (named(s, e) || !feetAgainstEarlierPlace(sq, s, e) || !taken.claim(s, e)) continue
        const { start, end } = doc.fromSqueezed(s, e)
        feetHeld.push({ rule: 'hostility/confrontational', start, end, mention: false, data: { instead: rewriteOf(fo.slice(s, e), '訪れた先や他の自治体を下げず、学んだことや柳川で生かしたいことを伝えてください') } })
      }
    }
    const otherPlace = OTHER_PLACE56.test(sq.replace(/柳川(?:市)?|本市|当市/gu, ''))
    return { held, feetHeld, otherPlace, wordsAsHarm: !sayingsOnly && WORDS_HARM.test(fo) && (HARM43.test(fo) || HARM43.test(sq)), owned: !sayingsOnly && SAYINGS_OWNED.test(fo) }
  },
  // Blind TX-025: the held findings of a paragraph of sayings only, said as examples when another paragraph of the post names such
  // words as a harm (【その言葉、DVかもしれません】 ⏎⏎ 「お前は何もできない」「誰のおかげで暮らせていると思っているんだ」 ⏎⏎ …相手を見下す
  // 言葉で支配することも、精神的な暴力です): a mention; said as the writer's own when no paragraph does, or one takes them up or aims
  // them (こんな言葉を贈ります, お前のことだ).
  post({ facts, spans, emit }) {
    // Blind R206A-006 (host12): a put-down below our feet, held by a paragraph, said of the place an earlier paragraph names.
    let placeBefore = false
    for (let p = 0; p < facts.length; p++) {
      const at = spans[p]!.start
      if (placeBefore) for (const d of facts[p]!.feetHeld) emit({ ...d, start: d.start + at, end: d.end + at })
      if (facts[p]!.otherPlace) placeBefore = true
    }
    if (!facts.some((f) => f.held.length > 0)) return
    const examples = facts.some((f) => f.wordsAsHarm) && !facts.some((f) => f.owned)
    for (let p = 0; p < facts.length; p++) {
      const at = spans[p]!.start
      for (const d of facts[p]!.held) emit({ ...d, start: d.start + at, end: d.end + at, mention: examples })
    }
  },
  echo: discriminationAimed,
  echoes: ['decency/discriminatory'],
}

/** What a paragraph tells `post` (blind TX-025): findings held in a paragraph of sayings only, and how the paragraph talks of words. */
interface HostilityFacts {
  held: DraftFinding[]
  /** Blind R206A-006: another place put below our feet, no other place named in the paragraph (post: one named before it). */
  feetHeld: DraftFinding[]
  /** Names another town or place (大川市さん, 島原市の, お隣). */
  otherPlace: boolean
  /** Names words as a harm (言葉で支配することも暴力です, こうした一言が人を傷つけます). */
  wordsAsHarm: boolean
  /** Takes sayings up as its own or aims them (こんな言葉を贈ります, まさに本音, お前のことだ). */
  owned: boolean
}
