/**
 * decency — 4(2): 公序良俗に反する表現、差別的な表現を用いない.
 *
 * - Slurs and sexual words (policy lists `decency` and `discrimination`), word-aware; exceptions
 *   in the lists keep ordinary words out (フェラーリ, ちょんまげ, 非人道的); 伏せ字 forms
 *   (ガ〇ジ, チョ〇ン) and letters spelt out with spaces are read too.
 * - Discriminatory statements, not only slurs: a protected group (sexual orientation, disability,
 *   nationality or ethnicity, 部落, age, sex, appearance, illness) with a negative or exclusionary
 *   predicate in the same sentence (同性愛は異常, 障害のある方は…ご遠慮ください, 中国人はマナーが
 *   悪いので来てほしくない, 女性は〜すべき, 〜のくせに). A sentence that speaks against
 *   discrimination (差別の解消, 人権, 啓発, 理解, 配慮 …) is not one.
 * - Sexual remarks about staff or residents and innuendo (胸元がチラッと, 美人すぎる職員, スタイル
 *   抜群の…さん, 精力をつけて今夜は…), and stereotypes (女子力, 方向音痴の女性でも).
 * - Prejudice said without a slur (round 9a): a people's character blamed (国民性やけん仕方なか), crime tied
 *   to a group's arrival, religion as a group and people said to be avoided (関わるとろくなことがなか), prejudice
 *   condoned (気にされるのも無理はなか), care called unfair and agreed with, a person called abnormal, sexual
 *   minorities said not to exist here, welfare recipients seen gambling, old age as a duty to give up driving,
 *   a job given to one sex (受付は女性に限る); dialect endings (〜とる, 〜けん, 〜なか) read as the standard ones.
 * - Levity about a fire, an accident or a death that happened (火事あったっぽい…逆に映え📸): `decency/insensitive`,
 *   not when the post supposes or prevents one, or tells of relief or rebuilding.
 * - Round 9b/10: levity across a line or in a later paragraph (…児童1名が死亡した。⏎⏎…盛大に実施する🎉), any cheer after a
 *   turn (ご冥福を…それにしても…😅, 気持ちを切り替えて…日和です☀️), damage as the event (全壊, 冠水, 水の中の都になっちゃった),
 *   delight at an evacuation (warn; in emergency mode the shelter need not be named); a victim shown being recovered
 *   (`decency/victim`); an address is not laughter (https://www.). Prejudice: a people named by a hint (半島・大陸・例の国) or
 *   mocked in English, praise that marvels a group managed (ちゃんと並んでくれて感動😂 やればできる), 同和地区 as the reason
 *   for a price, looks or the body as a selection criterion (審査基準 ①容姿, バストサイズを重視), a body likened to a heavy
 *   animal, faith called superstition, a sex kept from a job (男性からの応募は想定していない) or its nature as the job's need,
 *   swimwear women as an attraction, single parents presumed to live badly, young mothers as a treat for the men on staff, a
 *   group asked to stay away as a bother to other evacuees, dress across sex laughed at, a nuisance tied to where a group lives.
 * - Round 13: a group's children or family told to keep out of others' way (…のお子さんのご家族は、周りの迷惑にならないよう,
 *   ほかの子が怖がるので別室で); looks or a body type as the condition to take part (ルックスの方限定, 見た目に自信のある方,
 *   細身の女性のみ); a job said to suit one sex (調理員は…女性が向いています, 男じゃないと務まらない) or a sex's applications
 *   not wanted (男性の応募は期待していません), hiring that prefers men, Japanese or youth, women presumed to quit; どうせ said
 *   of a group, and the old presumed unable as a whole (`decency/stereotype`, warn; not 使えない方も多いので); a people said
 *   unable to keep a rule of daily life (分別ができない人が多い; not …方もいる, not わからない); crime tied to a group's
 *   arrival (自転車盗, 相次ぐ, 施錠) and a group to be watched (外国人を見かけたら…カギを確認, 外国人には注意); a slur heading a
 *   compound (オカマキャラ, ホモネタ); a delay put down to who the staff are (女性職員が多い職場なので…時間がかかる).
 * - Round 14: a group in a conditional clause or given as the reason, then the prejudice (外国人に貸すと…ルールを守らず,
 *   アジアの方々なので…ルーズ, 外国人を雇うとすぐ辞め); a group said to slow the rest and sent to another session or room
 *   (進行が遅れるため、別日程の講座へ); old people named by dementia or frailty (ボケ老人, ヨボヨボのじいさん, 老いぼれ); looks
 *   selling someone of a role (美人すぎる市議, イケメン講師); a body's weight or size joked as a load (体重の重い方…沈むので笑);
 *   a place or rite of death joked about (霊安室…泊まってもいいかも（笑）: block in its sentence, warn a sentence later).
 * - Round 15: a service called useless to a disabled group and the group told not to count on it (…には防災無線は意味がない
 *   ので当てにしないで; not when the city offers something instead); a group as the yardstick of easy (障害者の方でも作れるくらい
 *   簡単: block; お年寄りでも使えるほど簡単: stereotype); the old presumed slow (手続きに時間がかかるので) and a time recommended
 *   for being free of a group (高齢者の少ない夕方がおすすめ); illness made a windfall (がんになっても…元が取れてお得かも, 入院の
 *   おかげで痩せてラッキー: `decency/insensitive`, warn); an old person's face as the joke (しわしわの顔がおばあちゃんそっくりで
 *   ブサカワ, warn); a person said to seem gay (男なのに…オネエっぽい, ゲイっぽくない？: block, not a TV genre).
 * - Round 16: a wish to keep a group out (貸したくない, 雇いたがらない) and the account siding with it (…という所有者さんの気持ちも
 *   よく分かります, 断る家主さんがいるのも仕方ない); 部落 or 同和地区 nearby as the reason for a price (部落に近いので相場より格安);
 *   a body type joked at as unfit for a task (太っている人にはキツいかも（笑）); a sex said to suit a role for a supposed quality
 *   (女性のほうが声が優しくて向いてます, warn) or handed a task as its share (男性は力仕事担当で, warn); one sex offered to the other
 *   as a catch (若い女性の皆さん、独身男性陣がお待ちかね♡, `decency/sexual` warn; not a 婚活 event); the old called stubborn as a
 *   whole (お年寄りは言っても聞かないので, `decency/stereotype`; not 判断力が低下しやすいため of a fraud warning).
 * - Round 17: dementia called ボケ when the post names it, laughs or speaks of the old (認知症…ボケ防止（笑）, ボケてきた親; not
 *   ボケ防止 alone, the flower, a photo or manzai); the old belittled by a mind's deficiency (物覚えの悪い年寄り, warn); a group's
 *   needs dismissed as too few or not worth the cost (車いすの人なんて…しか来ない, …のためだけに…かけるのはどうか); people named by a
 *   body type presumed ashamed (ぽっちゃりさんは…恥ずかしい, warn; not health advice); 部落 as a likeness (まるで部落みたい); looks
 *   ranked or scored (浴衣美人ランキング, ルックスを採点, warn); a sex or people said to be all alike (女性はみんな控えめ, 男って
 *   大雑把な生き物, warn); a sex called a burden (女性は足手まとい; not …どころか); a people's arrival said to break rules or
 *   order (ルールが守られなくなる, 治安が悪化; a claim denied — というデータはありません — is not one, a worry relayed is warn).
 * - Round 18: 部落 in kana or spaced (ぶ ら く だから) and a slur heading a compound after a kanji (正直ガイジレベル); a sex or
 *   role as the condition of a prejudice (女性の弁護士だと感情的, 女やったら); a task called beyond a disabled group (務まらない,
 *   こなせない; not …など、ほとんどありません or と思われがち) and 健常者に限らせ/を対象; the old as the only users, laughed at
 *   (高齢者しか乗らないｗ), or called demented as a predicate (ボケて同じ話を, 話半分で); girls' clothing made short or tight
 *   and said to please the men (`decency/sexual`); death joked about by a grave or an end-of-life offer (死ぬ前に…💀,
 *   棺桶に片足（笑）: `decency/insensitive`, warn); a quoted slur the account agrees with (「…オカマみたい」という声も、まあ分かります).
 * - Round 19f (implicit prejudice): a trait presumed of a whole group as the reason for a measure (高齢の方はどうしても間違いが
 *   多いので, シングルマザーの方は何かと余裕がないと思いますので, 外国ん人は時間にルーズやけん: `decency/stereotype` warn; blamed
 *   for the others' wait, block); a group set against the “normal” (“普通の”ご縁, “普通の”ご夫婦向け) or apart from 一般の方, or
 *   sent off so the others are not uneasy; polite exclusion of a named attribute (…の方のご応募はお受けしておりません, 通院歴が
 *   ある方の入団はご遠慮いただいております); foreigners told to bring a Japanese person; a nuisance located where a group lives
 *   (技能実習生の多い地域では特にご注意); replies agreeing with a resident's prejudice (お気持ち、よく分かります…目を光らせ,
 *   ご意見、ごもっともです); interview questions on marriage or birth; pregnancy, dress (被害を招く), aid as shame, 女々しい;
 *   care given to the mother, a father's “help”; looks rated (顔もスタイルも文句なし, 若い子の方が映え), men stirred by a woman's
 *   looks, young women's bodies as a sight (まぶしい, ピチピチ, JKに会いに, 熱い視線); condescension (参加させてあげました, 健常者の
 *   私たちも見習わ, 車いすの方でも頑張れば, ご家族に代わりに); death, suicide and disaster joked about (…さえ…ていれば…のにね,
 *   飛び込むなら…避けて, こっちは揺れなくてラッキー, ご先祖さま…👻, “がん”固); the one who passed on an illness blamed; “元男性”;
 *   a disease named after a place (武.漢.ウイルス); “４つ”; a house vouched for as not in 同和地区; single-parent homes tied
 *   to delinquency; dementia made the neighbours' burden; a body type told to slim before coming. Also: the readers' old
 *   country held against them (みなさんのくにとちがって…つかまります), a talent presumed of a people (ハーフの子は英語がペラペラ),
 *   one group put before another (…より…を優先すべき), a group declared watched (受給者には目を光らせ), an illness as a joke
 *   label (私も認知症かも（笑）), a group's lot stated as fact (税金で暮らしているのだから, 学力が低い傾向), a traffic or rail
 *   accident laughed at (交通事故で大渋滞ｗｗ). Gated on the trait, not the group (男, 女 are everywhere).
 * - Round 20 (LATE_PHRASES, after the groups): a sex called the better fit or needed (男性の方が向いています, 女性には不向き,
 *   男性じゃないと無理), housework handed to the wife (家事はやっぱり奥さんの担当), women sent with a man (女性の方はご主人と
 *   一緒に…安心, 女性だけでは大変), warn; 部落 or 同和地区 given a bad repute or made the target of watching (治安が悪いと言われる
 *   同和地区を中心に…防犯カメラ, 物騒な部落) and a district pointed at as of bad repute (あの地区は昔から柄が悪い, warn); the old
 *   called a danger on the road (高齢者の運転は凶器, 高齢ドライバーは危険なので) or told to give up and stay home (早く免許を返して
 *   家でおとなしく); violence at home or abuse joked about (奥さんに叩かれているそうです（笑）, ほぼ虐待レベルｗ:
 *   `decency/abuse-joke`, warn); a staff member's body teased (ぽっちゃり体型すぎて画面に収まりきりません😂, お腹がタヌキみたい笑,
 *   lookism warn). A quoted slur aimed at the readers (「老害」と言われる前に) is a use; one they are hurt by (「老害」と呼ばれる
 *   ことに悩む) a mention.
 * - Round 21 (R21_FIRST / R21_EARLY before the groups, block; R21_LATE after them, warn): a sexual minority set against
 *   普通の人 (…が困らなければ, 普通の家庭には関係ない); a disabled person or an elder called お荷物 or 足手まとい (not
 *   車いすの方のお荷物, luggage); a group sent to weekdays or another time so that the others need not 気を遣う (either
 *   order; not 気を遣うことなく, 専用, 貸切); the old presumed unable to understand with the task handed to the family
 *   (何度説明しても…代わりに, 理解が難しいため、ご家族が代わりに; not 難しい場合は); 部落 masked (部〇, ぶ〇く, 同〇地区,
 *   〇落出身) or presumed not to object to a facility (…なので、苦情も出ない); a foreign country's food mocked (虫を食べる
 *   …（笑）, 料理はくさくて食えたもんじゃ; not 昆虫食, 学ぶ, 交流); volunteers of one age or sex called dull (おばちゃん
 *   ばっかりで華がない, むさ苦しい) or young women wanted for 華; children's bodies laughed at (太ってる子が…（笑）).
 * - Round 22 (implicit prejudice; R22_EARLY before the other phrases, R22 after the groups): a fault presumed of a whole group
 *   as the reason for a measure or as a fact (外国人住民の方はルールを守らないことが多いため, 女性職員は出産を機に退職することが
 *   多いため, 発達障害のあるお子さんは集団行動が苦手なので, …は働く意欲が低いです; not a victim's trouble, not …方もいる); Japanese
 *   put first or Japanese speakers only (日本人の方を優先, 日本語で日常会話ができる方に限らせ; not a language class or a vote);
 *   origins inquired for a marriage or of 在日 (本籍, 出身地, 本名); a district hinted at by its "事情" before buying land or called
 *   home of rough people (柄の悪い人が多い地域); a group's facility said to lower land prices; crime tied to a people (…人実習生による
 *   盗難が相次いで); one nationality greeted with a behaviour to avoid; manners said to have improved (warn); blood or DNA as a
 *   people's talent; an orientation called a hobby or a phase, tied to HIV (warn), trans women called men in women's clothes;
 *   部落差別 called a thing of the past (not …と思っていませんか？); harassment or assault put on the victim (笑って流す余裕,
 *   露出の多い服装は痴漢を招きます: block); a job said to suit one sex, ママさん…大歓迎, 20代の女性が活躍している職場, （女性のみ）
 *   募集; a wife sought for housework, a father's part called help, 男なら…ないと, colours by sex the city assigns, women staff
 *   as decoration (warn); staff swimwear, a body offered to touch, 夜のお相手; a body to be seen (warn); 美人ぞろい; animal
 *   nicknames (ブタ課長); a mood put down to menopause or a period; a male colleague outed (…くん、彼氏募集中); condescending
 *   thanks (学歴がなくても…まじめに), a group's work called clumsy, 貧乏な家の子, 税金で生活している以上; remarriage pushed on
 *   single parents, the old as a dull crowd or helpless with machines, chopsticks marvelled at in a foreigner (warn); drowning,
 *   suicide or solitary death joked about (土左衛門, お堀に飛び込みたくなる, 死にたいｗ: warn); infection blamed on a district,
 *   several staff for a group (トラブル防止のため職員2名で), 放射能がうつる; residents' disgust adopted as honest feeling (「気持ち
 *   悪い」…率直なお気持ち); slurs spaced or masked (生 ポ, シ ナの方々, 池〇みたい, エ〇タ, ヨ〇って言われ).
 * - Round 23 (R23, after the groups): tasks split by sex (炊き出しは女性の皆さん、力仕事は男性の皆さんに; お酌係 for women; 台所に
 *   立つのは女の人が一番似合う; 女の子は見るだけ; …着てナンボ; 男らしさを育てる; 暇な主婦, warn); a group as the yardstick of
 *   low ability (障がい者でも簡単な作業なら, 女の子でもちゃんと…れる; not 楽しめる, not …分かるよう) and 普通の子 set against a
 *   disabled child; dementia presumed to understand nothing (何を言っても分からない, どうせご本人は判断できません); 健常者でないと
 *   務まらない; a disability as the ground of suspicion (障害があるとみられる男性がうろついて); やつら/連中 of a group; body slurs
 *   spelt apart (デ ブ チーム, Ｂ Ｕ Ｓ Ｕ) and 穢多 in kana (え た の集落; not 栄えた集落); a group to be watched by the readers; a vice
 *   presumed of most of a group (受給者の多くに浪費の傾向); a district's people tied to trouble or low marks, a house praised as far
 *   from “あの地区”, 同和関係の方が多い; origins asked of applicants, both parents Japanese as a condition; foreigners presumed not to
 *   know the rules, fraud presumed of 在日; a trade and a place tied to crime; the young called apathetic, the old told to stop
 *   before they bother others, おじいちゃん議員ばかり, the old said unable to keep up at work, a group presumed to act rashly (すぐ
 *   …呼びがち); a sex or the people of a place said to be all alike (男はみんな無口で頑固, どこのおばちゃんも口が達者, 都会の人は…
 *   苦手な方が多い); pity as the frame (かわいそうなママたち); body parts as the score, 美しすぎるランナー, men stirred by a girl's
 *   looks (袴姿がかわいすぎて…目が釘付け), 本物の外国人; swimwear promotion, 濡れた肉体美; the victim's dress blamed (warn); a death
 *   joked about (次は誰の番, 黒焦げ…（笑）); a body type called a failure of self-control; a group sent apart so that the others are
 *   not made uneasy (不安にさせるため、別室に, 困惑されるため…のみのご利用).
 *   Also (R23_EARLY) the dead of an actual accident made ghosts for a laugh (水難事故の人も帰ってくるかも？👻: block, ahead of the
 *   milder rite reading); country people belittled (田舎もんは…バカにされるけん, 方言って恥ずかしい, warn); 同〇地区 masked before
 *   a particle or a closing quote.
 *   Then: surprise that a group can (外国人なのに日本語が上手, 女性なのに力持ち, warn); 健常者の私たちも勇気をもらいました (warn); staff
 *   as a group praised for looks (女子職員はみんな若くてかわいい); women presumed to quit on marriage; foreign children's failing called
 *   natural (warn); a people's temper or sense of time as a fact (気性が激しいので, 時間の感覚が違うので); a group called a drag on
 *   the others (足を引っ張る存在); HIV and 精神疾患 among the groups sent apart so that the others are not uneasy (…お断り).
 *   And: the old presumed unable with the matter handed to the family (ご理解いただくのが難しいため、ご家族がお手続き; not 難しい場合は);
 *   a disabled group's work capped (袋詰めくらいしかできません); tasks by sex with 用意/班 (お茶の用意は女性会の皆様); onlookers pleased
 *   (ご機嫌, 大喜び) by women's looks; the young said to break at once (ゆとり世代の新人はすぐ心が折れるので).
 *   Also 頭がアレな人 (mental illness as an insult), a colleague pressed about a partner for a laugh (「彼氏いるの？」ってしつこく
 *   絡んで…爆笑, R23_EARLY so the quoted question is not taken for a mention), ハーフ顔 as an ideal of looks (warn).
 *   A resident's prejudice agreed with as fact (おっしゃるとおりです。…働く気のない方が多いのも事実です; …というご指摘、職員一同も
 *   感じております; not a neutral fact agreed with); a task given to a sex as its best fit (議事録は若い女性にお願いするのが一番,
 *   女性は…気配りができるので受付に向いています) or a sex presumed bad at a skill as the reason (男の人は料理が下手なので), warn.
 *   One people measured against another (日本人と違って、外国の方は…習慣がない: block; a sex or age against the other: warn; not
 *   health); an age limit for one sex only; staff as a troupe of beauties (市役所の美女3人衆); help told as a favour to a group
 *   (恵んであげました, お世話してあげました); the old or the disabled likened to children or angels, a talent presumed of a people
 *   (黒人の方は運動神経がいいので, warn); a body imagined under clothes (ボディラインも想像しちゃいます); しつけが行き届いていない.
 *   People chosen for looks (見栄えのいい女子学生を選びました); a group's home dropped because the residents' fear is called
 *   reasonable; a place called safe for having no foreigners (外国人がおらんけん、治安がよか; not 静か); surprise at a group's work
 *   (障害者の方が作ったとは思えない, warn); a task as a sex's 腕の見せどころ.
 *   A group laughed at for a mishap or its condition (車いすの人が段差で立ち往生してて…笑っちゃいました; not 笑顔); the seasons
 *   left joked about (あと何回花見ができるかな); Japanese staff preferred (日本人の職員の方が安心); a body part praised (脚線美が
 *   すごい; not an exercise class); a people's talent taken for granted (サンバが踊れて当たり前, warn).
 * - Round 24 (R24_EARLY before the other phrases, R24 after the groups; gated on their literals): the account agreeing with a
 *   resident's fear of a group (その通りです…怖がります…退去, 編集部も同じ思いです); a fault presumed of a group or a district's
 *   people as the reason for a measure or as a fact (…の方は…困難な場合が多いため, …の出身者は問題を起こしがち, あの地区の人たちは
 *   意識が低い; of the old: warn; not a health or fraud warning, not 忘れ); どうせ / 犯人は of a district's children or a group;
 *   crime tied to a group (外国人による不法投棄が目立つ; not a falling count); a group said to slow or burden the others and kept
 *   out (手がかかるため、受入れをご遠慮, 健常者と同じ…は難しいので別コース), sent apart for the others' sake (他の患者さんへの配慮から
 *   …専用枠), screened apart or asked for ID alone (not 在留カード); tenancies refused to groups; a group valued as cheap, docile
 *   or useless labour, お荷物; tasks or roles split by sex (…には炊き出しを、男性は草刈りを; 女の子はお姫様、男の子はヒーローで決まり;
 *   not a venue, a changing room or a race category), 主婦のみなさん + a chore; a people's talent, a region's temper, a group as
 *   a running gag (あるある, クレーマー系のおばさま, 片言…笑, バイ菌扱い); 普通の方には関係ない; でも諦めないで, 後がない; staff or
 *   women praised for looks (若くてかわいい子ばかり, 超美人, rankings, レベル高すぎ, かわいいと評判, 目の保養), the body's allure as a
 *   criterion, a nurse wished for a stay in hospital; death joked about (あの世行き…笑, 成仏できませんよ); training on rights
 *   mocked; 安易な申請, 未婚の妊婦, 不法滞在 presumed; trainees' comings and goings watched for theft; a nuisance located where a
 *   group lives; odd behaviour as the ground to send out (warn); 事情のある地域; a disabled group's writing excused, their work
 *   capped; an age limit for one sex only; a nuisance put on a group as its usual doers; a matter passed to a group's family or
 *   a Japanese speaker; surprise that a group can (でもちゃんと, なのにすらすら, 健常者に負けない); welfare recipients told to be
 *   grateful; contact with a group's workers to be avoided; a partner's origins as a fair concern; childbearing pushed on the
 *   young. Slurs in romaji ("okama") or masked before レベル (ガ●ジレベル); a stereotype in scare quotes laughed at is the joke,
 *   not an example (「男のくせに振袖」…笑). A resident's worry quoted and answered in the same sentence (…とのご意見ですが、…とは
 *   関係なく減少) is not one; ご理解とご協力をお願いします is a request, not awareness.
 * - Round 41: housework told as a clause nominalised by の and handed to the mother (家で献立を考えるのはやっぱりお母さんの仕事);
 *   池沼 made an insult by a likeness or a rank after it (池 沼 レベルの行動), even beside ため池.
 *   A group named in one sentence and its fault said of a pronoun in the next (…外国人実習生に…。彼らは言葉も通じないし).
 *   A wish to peep at a women's space (女子トイレ…男性職員も思わずのぞきたくなりますね（笑）, warn); a mental decline presumed of the
 *   old as a whole (被害に遭うのは、たいてい…判断力の衰えたお年寄りです, warn); the more of a group, the more of a wrong (外国人の多い
 *   アパートほど…不法投棄が多い).
 * - Round 42: a wrong's share put down to a group by による / の仕業 / のせい (ポイ捨ては、ほとんどが…系の団体客によるものです), and
 *   問題を起こす as a wrong (問題を起こすのはだいたい…高齢女性だ); a people, or a pronoun for one named just before, measured against
 *   the Japanese (彼らは日本人に比べて安全意識が低い); a demonstrative taking up a group of the sentence before (こうした世帯には…が
 *   苦手な方が多い), money presumed mismanaged as a charge (block); a district's people of bad manners, also in dialect (態度の悪か);
 *   the more of a group, the more of a wrong, through a relative clause (実習生が住むアパートが増えた地区ほど); a person's body part as
 *   where the eyes went (…さんのお尻にばっかり目がいっちゃいました, warn); the old named, ボケ, and their life at home presumed idle
 *   (ボケ防止にもなるし…家でゴロゴロしてるより, block). A predicate denied by its own ending (…わけではありません) is not one.
 * - Round 43: a let, a sale or a hire to a group advised against (物件を外国人の方に貸すのは、正直おすすめしません, …を雇うのは避けた
 *   ほうが無難; not an account or a card lent); a group's numbers as the reason a problem is to be put up with (ひとり親家庭が多いので
 *   仕方ない面が, …が多いけん、…のもしょうがなか); who a person was as why a mishap was expected (80代のドライバーだったので、まあ予想
 *   どおり, 案の定…高齢者でした: warn); a lack of interest presumed of a group (若者は政治に関心がないので: warn; not asked, not …方も);
 *   a people hinted at as the usual culprit (マナーが悪いのは、だいたい決まった国からのお客様です; 特定の国, 例の国, 某国); looks said
 *   to pay (べっぴんさんは得やね, イケメンってずるい: lookism warn); men stirred by a young woman's coming (若か娘さんの来たけん…目の色の
 *   変わっとった: warn); a sex presumed physically unfit as the reason for a role (女性団員は体力的に放水訓練は難しいので, 体格的に…向かないため).
 * - Round 45/46: the share of a wrong put on a group, the share first (落書きの多くは、ひとり親家庭の子どもによるもの; not when the
 *   sentence denies it); a house or land vouched for as not in a hinted district (「そういう地区」ではありませんので、安心して);
 *   役割分担 vetoes tasks split by sex only as the concept to rethink (固定的な役割分担, 性別による役割分担), not as the day's plan;
 *   being among women in swimwear offered as a perk (水着のお姉さんに囲まれるチャンス, warn).
 * - Round 47: a livestock epidemic or its cull joked about (…全部殺処分やけん、チキン南蛮の食べ納め…ｗ, insensitive warn); a district's
 *   past advised to be looked into before a home is found (その地区の〝昔の事情〟も調べておいたほうがいい, block; not flood history,
 *   not 交通事情); childcare chores handed to the mother (寝かしつけや読み聞かせは、やっぱりお母さんの役目); skin to skin offered as the
 *   warmth (人肌で温め合う😏, sexual; not a baby, not milk); a foreign group's number or coming as the reason to guard purses and locks
 *   (外国の方の参加が多いため、…貴重品の管理には…ご注意, block; not crowds, not the group as the target); a quality of mind put down to a
 *   sex, or of strength to a sex in a role (女性議員らしいきめ細やかな視点, warn; not dress or a performance); one sex wanted for a job as
 *   the honest wish or the other pointed to another line of work (正直なところ男性に来てほしいのが本音, 女性の方は事務職のほうが向いている:
 *   block where the post recruits, else warn; not 女性にも来てほしい); 沈没・転覆・墜落・脱線 as accidents that happened (安心して乗りに
 *   来てね is an invitation, not relief); a body slur spelt apart to slip past (ブ　タ　さん, デ・ブ: block; not a run of spaced letters).
 * - Round 48: a child's liking set against its sex and called odd (男の子なのにさげもんを欲しがる子は、ちょっと変わっとる, 女の子の飾りを
 *   欲しがる男の子って変, stereotype warn; not 変じゃありません, not the notion questioned); a couple promised that what happens in a
 *   hidden place goes unseen (こたつの中で何が起きても、船頭さんは見て見ぬふり, sexual warn, block with a wink; not a proposal kept
 *   secret, not 見て見ぬふりはしないで); people's bodies offered to the readers to savour (消防団のお兄さんたちの筋肉もしっかり堪能😍,
 *   sexual warn, block when wet, bare or drooling; not an exercise class, a baby, a horse or a body-building contest).
 * - Round 49: ボケ老人 with one letter masked (ボ〇老人, 〇ケ老人, ボ●たじいさん, 老い〇れ, ボケ老〇; block; not 〇〇老人クラブ, 〇ケ丘);
 *   women said to fit serving or cheering others rather than the task (女の子は力仕事より応援とお茶出しのほうが向いてるよね, block;
 *   not the notion answered or spoken against, not a group other than a sex).
 * - Round 50 (R50_EARLY): a place named by the group who lives there, called unsafe and left out of a tour or route (外国人住民の多い
 *   地区は、治安面でのご不安を考慮し、案内ルートから外しています, block; not a physical reason, not a place served); a carer's sex or
 *   nationality as the condition of unease (男の保育士さんだと…不安ですもんね, block; not 不安な方は…指名できます, not a relayed worry,
 *   not 保護者が不安に思う); people named by body type laughed at or called a thing (ぽっちゃりさんは…「歩く加湿器」（笑）, warn); エロ
 *   heading a compound (ｴﾛｶﾜ揃い, エロかっこいい; not ピエロ) and a wish to undress someone (帯をほどきたくなる気持ち、わかります, sexual).
 * - Round 52 (R52_EARLY): a people named as 「…の人」, 「…ん人」 or 「…から来た人」 joins the nationality group (中国の人はマナー悪かけん;
 *   not 中国の人気, 人口); お持ち帰り said of a person where the paragraph speaks of drinking (飲みすぎてお持ち帰りされんごと, 新人さんを
 *   お持ち帰り, お持ち帰り狙い: sexual; not food, not the honorific お持ち帰りされる際は); young women (or men) on the staff named to draw
 *   the other sex (若い女性スタッフが多いので、男性の皆さんもぜひ…: lookism warn, block with a laugh or a wink); a wrong whose doers are
 *   said to be mostly of a group, the wrong as the topic or told first (家賃滞納は、生活保護を受けているような人たちが多いのが現実,
 *   騒ぐ参加者が…ひとり親家庭で育った方に多い傾向: block; not a place where the group lives, not 相談 or 被害, not the notion answered).
 * - Round 53 (R53_EARLY, block): a group's support called a windfall at the cost of honest or ordinary people (離婚した人が得して、まじめに
 *   結婚しとる家庭がバカを見る, either order; not fraud, not a loss the city prevents, not the group as the loser); a facility for a group
 *   near a property as the reason for its price or its defect (近くに障害者の施設があるため相場よりかなりお安く, 唯一の難点は…福祉施設;
 *   not a fee, a help or the effect denied); stamina food and the night with the suggestive word quoted or given a leer (精をつけて…
 *   今夜も「元気」に😏, sexual; not a match or a shift cheered on). R53 (late, warn): a sport or a field declared one sex's (運動部は
 *   男の子の世界やけん; もの/もん only of an activity) or the other sex handed the part of serving it (女の子はマネージャーで支えて),
 *   stereotype; not the notion told as past or answered, not 世界大会 or 世界観.
 * - Round 56: ボケ said of an elder or of someone with dementia with a sneer (ほんと, 完全に, わ, やろ, じじい) or spelt apart (認知症の
 *   ばあさん、ほんと ボ ケ てるわ: block; not a lament, ボケ防止, manzai, ピンボケ or the word denied); a fault presumed of a group and its
 *   use of a place then kept to some hours (…静かにできんけん、平日の午前中だけにしてもらえると: block); …って話 closing the writer's own
 *   sentence is a conclusion, not a story relayed (女は家におれって話: block), and 男は外で稼げ joins the sex roles; two bodies pressed
 *   together offered to a couple with a leer, a heart or the night (デートは…自然と密着できて夜まで盛り上がるかも😏: sexual warn; not
 *   地域密着, not crowding, not a baby); a slur quoted as a way of calling people in a text that asks for another word (外国の人を「外人」と
 *   呼ぶ言い方に…感じる人も…「外国籍の方」などの言い方を) is a mention, not when the word is defended or used fondly.
 * - Round 58: a group named by nationality, origin or language told in English to keep out, sent home, refused or called a drag on
 *   the rest (foreigners who can't speak Japanese should stay off the donko boats, no foreigners please, we don't want any more foreign
 *   workers here, people who don't read Japanese slow the line down: block; not a welcome, help offered, a hazard or a fever, the
 *   prejudice named to oppose it, or a stay, a return or a card that is only a tourist's plan).
 * - Round 59: a sex named as a group and called useless or a burden at a task, in any dialect (女は火事場じゃ役に立たんけん, 女性団員は
 *   現場では使い物にならない, 男は子育てじゃ戦力にならん: block; not praise, not a thing of use to them, not denied); a picture of someone
 *   in swimwear, underwear or bare asked of them (今度は水着の写真もDMで送ってくれんね？, ビキニの写真見せてほしいな♡: sexual block; not a
 *   warning against such a request, not a rule on filming); people of a role or women sold on their looks in English (Our boatwomen
 *   are all so pretty 😍, stay for the beautiful ladies!: lookism warn; not the canals, skill, an adverb or children in yukata); an
 *   English disability slur, spelt apart to slip past (like r e t a r d s lol, what a r.e.t.a.r.d, spazzes: block; not fire-retardant,
 *   not to retard the spread, not the word named to be given up).
 * - Round 60: a person's belly, face or figure likened to any round thing and called round or swollen, with a laugh (お腹がせいろ蒸しの
 *   蒸籠みたいにまん丸になっとります😂, 顔がおまんじゅうのごと丸々: lookism warn; not a full stomach, a child or a thing), and an inquiry
 *   into origins told as a practice still seen, then pointed back at and condemned in the next sentence (…出身地を調べる身元調査が今も
 *   見られる。こうした行為は差別を助長する…許されない; blind GW-081) is an awareness post, not advice (not …こうした下調べは親として当然).
 * - Round 62: what a couple does in the dark or a closed place asked and said known only to a witness or to no one, or left to the
 *   readers' fancy (暗がりで何をしているかは船頭しか知らない😏, ご想像にお任せします: sexual warn, block with a wink; not a boatman's work
 *   unseen, a vow, a child watched or a plan left free), and a place's women or men typed and offered to the other sex as brides or
 *   grooms (柳川の女は情が深かけん、お嫁さん探し中の男性は…来んしゃい, お嫁さんにするなら柳川の女性がいちばん: stereotype warn; not a
 *   婚活 event for both sexes, a wedding or 嫁入り道具).
 * - Round 63: disabled people, named in the sentence or the one before (障害者就労施設の皆さん, 健常者に比べると), framed as objects
 *   of pity (かわいそうな人たちにも仕事を, 気の毒な方々, 不憫な子たち, かわいそうか人たち): discriminatory, block (the milder pity frame of
 *   a single mother stays a stereotype warn); not the frame named to be rejected (「かわいそうな人」と決めつけないで, と見られがち), not
 *   animals (保護犬), not pity for people hit by a disaster.
 * - Round 66: stamina food and the night's baby-making cheered (精ばつけて、今夜は二人目づくりも…😏, sexual block); a sex presumed bad
 *   at a skill as the concession of an offer (家事も育児も苦手なパパでも大丈夫, stereotype warn); a theft rumoured of a foreign group or a
 *   place named by its number as where to guard valuables (外国の方が多い避難所では、貴重品の管理に…, block); young women's coming said
 *   to lift the men's spirits (…女の子たちが来てくれて、おじさんボランティアのやる気が急上昇, sexual warn); old people's retelling made a
 *   joke (同じ話を何回も…台本覚えた😂, warn); the homeless told to go elsewhere (ああいう人たちは別のところに行ってほしい, block); young
 *   women staff offered as the men's comfort (…男性の避難者の方も安心して（？）お過ごしください😉); a group's presence said to breed
 *   trouble as the reason for a measure (精神障害のある方がいるとトラブルになりやすいため、受入れは…のみ, block); a child's body called
 *   grown or her swimwear dazzling (6年女子も…体つきが大人っぽく, スクール水着がまぶしい, sexual block); a memorial of the bomb or a war
 *   blown away by food or fun (原爆資料館は重かったけど…ちゃんぽんで全部吹き飛んだ😂, insensitive warn). The nationality group reads
 *   …籍の保護者の方は (the の is left to the subject), the disability group reads 特別支援学級の子, and 特別支援 is not 支援 (awareness).
 * - Round 70: a foreign people's standard of hygiene or morals called low, as fact or hearsay (外国人の実習生は衛生観念が低い人が多いそうで,
 *   衛生観念の低い外国人実習生が多い: generic reading, block); a staff member's body likened to an animal by being hard to tell apart from it
 *   (係長さん、イノシシと並んでもどっちがどっちかわからんくらいの立派な体型で…😂, lookism warn; R70). Clean: the neighbours' wish to drive a
 *   group out relayed and answered with help for the group (「追い出してほしい」という声が…が、市は福祉の相談員と一緒に声かけを).
 * - Round 71: a people said not to listen however often told (中国人と韓国人の団体は何度言っても聞かないので困っています, 聞く耳を持たんけん:
 *   nationality group, block); a sex presumed bad at a skill the stereotype denies it, as the concession of an offer (車庫入れが苦手な女性の方も、
 *   これで安心！, 料理が苦手なお父さんも心配いりません: stereotype warn, R71; not a skill the sex is not typed by, not both sexes named).
 * - Round 74: a business run by a foreign group and the readers told to beware of it (外国の方が経営する飲食店は、利用する際に気をつけた方が
 *   いいかもしれません, block); a group asked to live in another town (できれば別の町に住んでもらえると助かります, block); stamina food and the
 *   night with one's partner (精をつけて、今夜は旦那さんとハッスル…😏, block); size set against technique with a leer (長さと太さより、テクニックが
 *   大事😏, sexual warn); a body type teased as what the city will turn attractive and recruits promised the other sex's admiration (ひょろひょろの
 *   草食系男子でも…モテる体に, 女の子にキャーキャー言われたい人, warn); old people's retelling or poor hearing made a joke (同じ話を3回ずつ…
 *   耳も遠いけん…😂, warn). See R74_EARLY / R74.
 * - Round 76: a person or their address tied to a district called 部落 or 同和地区 and judged by it (住所を見たら、昔から部落と言われとる
 *   地区やったけん、まあそういうことか, block); an old person's frail body made a joke, half-width katakana too (ﾄｼﾖﾘの字で震えとって…😂,
 *   warn); elderly drivers (もみじマーク, 高齢ドライバー) made fun of by a clumsy driving presumed of them (3回切り返すけん…😂, warn).
 *   See R76_EARLY / R76.
 * - Round 78: a district hinted at by a vague past and askers steered away (昔いろいろあった土地なので…別の地区をおすすめ, block); an age
 *   told it has no time left in a matchmaking call (アラフォー女子の皆さん、もう後がない, warn); a night left to the imagination between
 *   adults (夜の部は…大人同士ですから…ご想像にお任せ♡, warn); women staff offered as hostesses (女性職員もお酌に回りますので…お楽しみに,
 *   warn); women's dress troubling the men's eyes (目のやり場に困る, warn); a disabled group sent apart as a burden, the reason in the next
 *   sentence too (block); older staff laughed at (案の定ついてこれず…😂, warn); foreign-staffed firms avoided (block). 土方さん alone is a
 *   surname, N分から is minutes, and an inquiry refused in any negative form (お答えできない) is not a 同和地区 located. See R78.
 * A word quoted as an example (「女のくせに」といった言葉) is a mention: `info`.
 * - Round 80: a people likened to a pest (…外国人の住人も同じようなもので, block); men mocked by body odour (加齢臭のおじさん, warn); a household
 *   outcome put on housewives (主婦の皆さんの腕にかかって, warn); 夜のおかず with a leer (warn); staff bodies savoured (たまらん); old
 *   drivers told to hand back licences at once (さっさと免許返納してほしか, block); a typed weak skill as the ones an offer helps (R71).
 *   Clean: an exposure of 同和地区 condemned by the next sentence (こうした行為は…許されない), a slur quoted as the word not to use
 *   (「外人」ではなく「外国人」と呼びましょう), "Japanese only" as a service language (0944-77-8731 (Japanese only)).
 * - Round 82: parents teased for their looks with a laugh (若いママさんはまつエクもネイルもばっちりで…😂, 金髪にピアスのヤンパパ…爆笑,
 *   lookism warn); a people's children presumed without manners and seated apart (…マナーが身についていないことが多いので…別のテーブル,
 *   block); 夜の + a daytime word cheered to a couple (夜の子育て支援もがんばって（笑）, sexual warn); staff's bodies measured by an animal
 *   (イノシシ並みの体格の職員, lookism warn); でっかい/おっきい of a body part (sexual); marriage with a place's people advised against, even
 *   relayed from elders (集落の出身者とは縁組みせん方がよか, block). Clean: a group word heading a name (子ども食堂) and ひまわり. See R82.
 * - Round 84: a race given an inborn talent (黒人は生まれつき身体能力が違う, block), ボケ as a gag where the old or dementia are spoken of
 *   (こっちがボケそう😂, block), a sex steered to a lesser path (女の子は無理に運動せんでも、家庭科部とかで十分, block), a masked slur
 *   quoted and laughed at (「つ〇ぼのまね？」って言われて大笑い😂, block); old bodies made a show and the old called monsters, a
 *   missing limb as a wonder, daring women's wear with a leer (warn). Clean: a label denied right after it (ひきこもりは怠けでも甘えでも
 *   ない). See R84_EARLY / R84.
 * - Round 86: a group generalised by a fault and, for it, sent elsewhere or refused (外国人の方は言葉が通じず…トラブルになるので、できれば
 *   別の場所へ行ってもらいたい, あの国の人たちは時間も守らんし、言葉も通じんけん…もう勘弁してほしか, block; not help offered, not the
 *   view relayed or opposed); old people's hearing joked about even when a forgotten hearing aid sets it up, and 何回言っても話が通じん
 *   (warn, R74). See R86_EARLY.
 * - Round 88: a group's arrival set beside pets or strays vanishing (…実習生が増えてから野良猫の数が減った…まさか…ね🤔), or any loss
 *   with an insinuating aside; a bust cup size (Ｅ カ ッ プ, spaced or whole); a sex said as a rule not to understand what is explained
 *   (女性の方だと…ご理解いただけないことが多いので) (block); an animal's neutering wished on people as a joke (人間のオスにも同じ手術が必要),
 *   an owner's body likened to their dog (飼い主さんとお腹の出具合がそっくり), a weakness presumed of a sex put as a fact about the audience
 *   (「数字が苦手で…」という方も多い女性の皆さん) (warn). ちょん切る is no longer read as the slur チョン. See R88_EARLY / R88.
 * - Round 90: a district's children said to spoil a school once they join it (あの地区の子どもたちと一緒になると学校が荒れる), foreigners
 *   told to conform because this is Japan (日本の学校なんだから…合わせてもらうのが筋), a group called tax dodgers or told to keep out of a
 *   say, in any script (ｶﾞｲｺｸｼﾞﾝ…税金も払っとらん連中, 口出しせんでほしか) (block); children likened to potatoes or piglets for a laugh,
 *   staff's age joked about as needing an ambulance, a sex said to take things by emotion (warn). A difficulty given as the reason for
 *   help (…分からないことが多いので、案内板を置きました, 言葉が通じないので、通訳を配置しました) is no fault of the group. See R90_EARLY / R90.
 * - Round 124: a collapse or an ambulance is an event (救急搬送されました😂, 熱中症で倒れたスタッフも…無事終了🎉; 無事終了 of a programme
 *   is no relief for the person); a death or an injury told with a face of shock or a grin (死亡したそうです😱💦, block with a drawl
 *   …ね〜, cartoonAfter124); a funeral or a sutra as a likeness (お経みたいで眠く, まるでお葬式, insensitive warn; not お通夜状態);
 *   dementia or an old people's home as one (まるで老人ホームの徘徊みたい笑, warn); a faith called smelly or creepy (宗教くさい, warn);
 *   toilet talk (💩, 出すもの出して, sexual warn); pay raised for a sex, youth or short clothes (若い女の子なら日当アップ, ミニスカで…上げ
 *   ちゃう, block); residents' hardship called checkmate or met with a mocking condolence (ママはもう詰みですね😇, ご愁傷さまです🙏笑, warn).
 *   おしゃべり as an activity (おしゃべりできる場) is not the trait. See the round-124 kinds at the end of KINDS26.
 * - Round 126 (R126, after the groups): a misfortune dated by a time word is an event (今朝の事故, さっきの地震), and 今日も…がんばろ /
 *   元気に after it is a turn to cheer; a fire as a spectacle (迫力満点, 野次馬, 映え, 🔥🔥); a victim's loss laughed at; patients called
 *   mad; another region's disaster as an advert (今こそ柳川へ); a memorial day with a festive advert; death wished as a casual joke;
 *   gore posted (`decency/gore`); the old mocked as a crowd (老人ホームみたい); women gazed at, a mascot in swimwear, ぬるぬる💕; an
 *   orientation called not normal; sexual harm put on dress; heavy drinking urged, drinking in the office, hungover or asleep on duty
 *   (`decency/conduct`, warn).
 * - Blind R146I/R147A: an injury to someone told as done (観客2人がやけどしちゃいましたが、最高のフィナーレでした🎆, 職員が…指を切断する
 *   大けがをしました。でも今日も…元気に走ります♪) is an event for levity after it (warn); a victim's loss sneered at with mock pity
 *   (…だまし取られたそうです。お気の毒さまｗ) or a fraud loss with ｗ in its sentence; an illness's death told with laughter (発症したら超苦しんで
 *   死ぬらしいｗ, warn); death wished on the readers (入りたい人は早めに死んでね💀, block); ボケた年寄り where an act, not the word, is told
 *   to stop (…運転させるのはやめましょう).
 * - Round W11 (KINDS26): an injury accident called a flashy blunder (…搬送されました。派手にやっちゃいましたね〜😱; not a drill);
 *   children or people in care likened to the dead with a laugh (みんな死んだみたいに静かです😂); animals put down told lightly
 *   (ガス室、今日はフル稼働でした〜😅; not 殺処分ゼロ); overwork death as a job's selling point (過労死ラインまで働ける…大歓迎; not
 *   its prevention); a class pitched as bride training (お嫁にいく前の女の子におすすめ) and men as only the eaters (男性は食べる専門でOK),
 *   warn. EXCLUDE: a group's taking part refused with a trailing ちょっと (外国人の方の参加はちょっと…, block).
 * - Round W12 (KINDS26, blind R151I/R152D): human remains, a mummy or the dead called handsome or cute or played with (出土した人骨、
 *   骨格がイケメンすぎて…, 古人骨とツーショット; `decency/insensitive` warn; not a finding told plainly, a costume or 骨格診断); the Round 47
 *   cull joke read across one line break, its event widened to counts in 羽/頭 (3000頭が処分) and its joke to the dead animals as food
 *   (チキン食べ放題, 焼き鳥祭り, 豚肉安くなる, 唐揚げ三昧); a stamina word with tonight and a leer (精がつくけん、今夜は期待しとってよ😏💕,
 *   `decency/sexual` warn; not with 夏バテ or a named activity such as 試合の応援, not a plain heart).
 * - Round W13 (KINDS26, blind R153I/R154A): an event advert dressed as innuendo, a slippery or "play" word (ぬるぬる, とろとろ, プレイ;
 *   not プレイパーク, ロールプレイ) with 大人の / 夜の / 今夜 and a heart or a kiss, or 大人の…夜の with 💋 / 😏 (`decency/sexual` warn;
 *   not a children's event, not a night tour with a plain heart); complainers or objectors called defective of ear, head or mind
 *   (苦情を言う人は…耳がおかしい, block); a religion, a temple or a shrine belittled as a mere money-maker (所詮はお坊さんの金もうけ,
 *   坊主丸儲け, warn; not 商売繁盛 or a temple's finances); an outage or a closure the residents suffer (断水3日目, 停電, 通行止め, 孤立)
 *   made a windfall or laughed at (ちょうどいいダイエット, キャンプ気分でラッキー, 笑; `decency/insensitive` warn; not a notice,
 *   preparation or service restored).
 * - Round W14 (KINDS26, blind R156I/R158A/R159D): a quake's measure as the measure of fun (震度7級の盛り上がり, 地震より会場が揺れた😂,
 *   insensitive warn); a couple's night by a veil word with a leer (夜のほうも円満に😏, sexual warn); foreign workers priced as cheap
 *   labour (安くてよう働く, 人件費が安くて助かる, block); an elder's bent back or dull ears made fit for a task (腰が曲がってるから泥さらいに
 *   ぴったり, warn); a mental illness dismissed and the ill told to use will before care (相談に来る前に気合いで, block); looks heading any
 *   trade (イケメン若手経営者, lookism warn); a people cast as buyers to beat (外国人に買い占められる前に, block); a foreigner's broken speech
 *   laughed at (片言の日本語…爆笑, warn); a touch that makes one perky and a secret night try (sexual warn); staff in revealing dress to
 *   greet the men (ミニスカートでお出迎え…男性の皆さんも, sexual block); an age by number and its driving called a weapon (80過ぎての運転は
 *   走る凶器, warn). Also: a road turned into a river is a flood that happened (道路が川になってて…ｗｗ), 笑 after an emoji is a laugh
 *   (⚾笑), された + a katakana word is no たら supposition (搬送されたランナー), and デブ/ブス heading a compound is read after あの or a
 *   noun's の (隣町のあのデブキャラ).
 * - Round W15 (KINDS26, blind R160I/R161A): others' deaths set against one's own luck (亡くなった方もいたけど、うちは無事でラッキー,
 *   insensitive block); the ones who come presumed to come for women in swimwear (水着のお姉さんたち目当てかな？, sexual warn); a welcome
 *   then one group waved off with a trailing ちょっと (ただ外国の方はちょっと、…ので😅, block); people's deaths called natural selection
 *   (高齢者が亡くなるのも自然淘汰, block); clothes gaping at a body part enjoyed (胸元がゆるい子が多くて目の保養, sexual block); a
 *   disaster's shortage made a game (棚すっからかん…サバイバルゲーム開幕笑, warn). Not flagged any more: cheap labour named as the wrong
 *   to correct (安い労働力として扱う問題の是正), ぶすっと (sulky; list exceptions), 夜の方 as the night run of a service named with a plain
 *   heart (夜の方もお楽しみいただける川下り♡).
 * - Round W17 (KINDS26, blind R167I-R170I): a storm's wreckage likened to art or called photogenic (流れてきた屋根の板…アートみたい📸,
 *   insensitive warn); a sex as the reason to go easy on someone (若い女の子なので大目に見て, stereotype warn); staff's dress savoured
 *   (先生たちのエプロン姿、たまりません, lookism, block with a leer); shops run by Japanese preferred over a foreign group's (日本人が
 *   やっているお店を選ぶのが無難, block); a workplace typed by sex with the other kept away (男たちの職場…女子は近寄れません, warn); a
 *   gathering of the old called a care home (ここは老人ホームかな？, warn); men staring at swimwear (ガン見, sexual warn, block with drool);
 *   a flood made a boat ride (市内全部が川下りコースに🚣); the column of death notices as a rite of death (おくやみ欄…😂); R23 reads
 *   女性職員のみなさん…お酌のほうもよろしく (のみ before な is no restriction).
 * - Round W18 (blind R171I-R173I): エモい after a kana intensifier is levity (流されてく家…ちょっとエモかった: block after a home swept away);
 *   a burst water main or a caved-in road is damage (水道管の破裂で…噴水みたいになってて草); a wrong's rise put down to a group's rise
 *   (不法投棄が増えたのは…実習生が増えたせい, block); the neighbours' fear of a group's home sided with by a concession (…「ちょっと怖い」って
 *   声も…その気持ちもわからなくはない, block); a staff member's body praised with the pleasure of seeing them (スタイル良すぎて…楽しみ♡,
 *   lookism block); a district hinted at by a demonstrative (あの地区は昔から、そういう土地柄だから) and askers steered away (R78).
 * - Round W19 (KINDS26, blind R174I/R175A/R177I/R178A): a same-sex pair kept from a couples' plan (カップル向け is no space kept to one sex;
 *   男性同士, 女性どうし); manners put down to a national character (国民性によるところが大きいので…あきらめて, block); a past flood rerun as a boat
 *   ride with a laugh (…川下りコースになったりして（笑）, block); a disabled group presumed unable and steered home (…難しいと思いますので、ご自宅
 *   のテレビ中継で, warn; お控え, block); young women offered to the men (若い子ばかりなので、男性の皆さんもお楽しみに, sexual warn); a stranded
 *   driver's panic laughed at (立ち往生…慌てっぷりが面白すぎて, block); a foreign group praised as surprisingly diligent (意外とまじめ, stereotype
 *   warn); a disability as the likeness of a gait, the manner first (歩き方が障がい者みたい…ウケる, block); a contest by looks alone (審査は顔と
 *   スタイルだけで十分, lookism block); flood victims laughed at in a verb (笑ってしまいます) or blamed (見ておけばいいのに, 自業自得), block; a
 *   pronoun for a foreign group given thieving hands (あの人たちは…手癖の悪い者も, block); a fire dated with its place between (昨夜の沖端町の住宅火災).
 * - Round W20 (blind R181D/R179I): a disaster's harm recast as a charm or a treat for those who suffered it (停電…ろうそくの灯りも風情が,
 *   デジタルデトックス, めったにない体験, 悪くない; KINDS26 warn; not a tip, a drill, a candle event, a lesson, the sufferers' own words, volunteers);
 *   a smiling face on a hopeful scene after a flood (…子どもたちが笑顔を見せてくれました😄) is no levity; laughter beside a weather warning or an
 *   evacuation order in force, with no harm told, is echoed from tone at its warning, not raised to a block.
 * - Round W21 (blind R184I-R187I; W21 after the groups): women or girls gazed at for pleasure by the account's people (…を眺めるのが毎年の
 *   楽しみ, 男性職員はみんな見とれて: sexual warn); a named or dated disaster set beside a joke (熊本地震のときに比べたら…ノーカン（笑）: block);
 *   a canal or a river overflowing is an event (掘割があふれて…😂); a foreign group named by where it came from (外国から来た観光客, 中国からの
 *   お客さん) and labelled as not understanding however told (言っても分からない方たち); 乗って/泊まって/住んでほしくない as exclusion; a group
 *   put last by policy (外国籍の方を後回しに, 高齢の方の受付は最後に; not 後回しにされないよう); a disabled group asked to send only the family
 *   (ご家族だけで来庁していただくよう; not an offer, not 一緒に); ひとり親のご家庭のお子さん joins the family-type children of round 104.
 * - Round W22 (blind R189I/R190A; KINDS26): the people of a flooded district teased with a life by boat or by swimming and a laugh, a mark
 *   or a verb in dialect (浸かった地区の皆さんは…ボートの準備も（笑）, …ボートで通勤できてよかね〜ってみんな笑いよった: insensitive block; not a
 *   boat lent or sent, not an event the rain put off); a disabled group said to be unable to talk or understand and asked to come with the
 *   family (…お一人だと話が通じず…ご家族が付き添って来ていただけると助かります: block; not a companion recommended, not …場合は, not a phone
 *   line); the women drawn as a sexual bait named as the staff of a post (監視員さん…水着目当てで来る人: block, else warn); a group named as
 *   the target of a crime watched for (女性目当ての盗撮に目を光らせ) is its victim, not a group watched.
 * - Round W23 (blind R191I/R192D; KINDS26): a flooded town made a water city or a new boat course with a laugh (水につかって、もはやベネチアｗｗ:
 *   block; not the town's nickname, not flood works), a flood wished for as a boon (水浸しになったら…観光客が増える（笑）: block); a people judged
 *   foreign by its look, or a foreign group, met with wariness (外国人っぽい人が来ると…身構えちゃう: warn; not a crime warned of, not needless);
 *   a disabled or old group called a bother by its servers (車いすの方が来られると正直手間: warn; not their own hardship, not a request to tell
 *   ahead); 一部の国の方, 特定の国の, ある国の join the nationality group (一部の国の方はマナーが悪く: block; not 一部の国では, a custom).
 * - Round W25 (blind R193I-R197A; KINDS26): a people's fault put down with a hedge to its national character (お国柄なのか、…うるさくて:
 *   warn; not a liveliness enjoyed); the old met as a crowd (軍団, 集団) called a blot (映えない: stereotype warn); Japanese preferred
 *   for the work where a foreign group works (日本人に任せた方が安心: warn; not language work); an old driver's driving made a fright
 *   to laugh at (…お経を唱えてて…😂: warn); the old as a whole laughed at (…って、…笑っちゃう: warn); a town made a canal or a river,
 *   the flood unnamed, with a boat and a laugh (まち全体が掘割になりました…舟で送迎…笑: block); a disabled group, named or pointed back
 *   to (ああいう方), told it should go elsewhere (別の施設に行ってもらうべき: block; not a place offered at their wish). Also the past
 *   of a sexual appraisal (色っぽかった, エロかった), traffic wrongs (無灯火, 信号無視) laid on a group's arrival, and a flood made a boat
 *   ride with the laugh later in the same sentence (…になりましたが、今年は…（笑）).
 * - W26 false blocks (dec9): language work given to those who speak it (日本語の案内は日本人スタッフに, ポルトガル語の通訳は…) is a
 *   practical choice, not a group judged, unless the group is judged (信用できない, 下手, 雑, …より日本人に); a crowd, traffic or lights
 *   like a river (川みたいになった人の流れ, 光の川) with no water named is no flood, nor is 洪水のような人出; a flooded road told soberly
 *   with the laugh in a later sentence about something else (…片付けを頑張りました。今日はいい天気ですね（笑）) is no joke about it.
 * - Round W27 (dec10, blind R198I/R199A/R200D; KINDS26): housewives presumed idle in the daytime and credited with an outcome, laughed
 *   at (時間のある奥さま方のおかげ（笑）: stereotype warn; not an invitation to those with time); a disabled group or those who need a
 *   helper whose coming is said to hinder the proceedings (…がいらっしゃると進行に支障: block; not seats arranged so nothing hinders); a
 *   rule of daily life presumed missing from a people's culture where a foreign group is named (並ぶって文化がない: warn, block with お約束
 *   or a sigh; not a sign made readable for them, not a custom of Japan); a belly that will not close a coat, with a laugh (lookism warn;
 *   not one's own full stomach); a person who collapsed or was carried off likened to food being cooked, with a laugh (自分が蒸し焼き,
 *   焼き上がる前に: insensitive block; not a hot car warned of); a people pointed to by its fault (マナーを守らない国の人たち) as the
 *   reason to guard valuables (block; not people with no country, not travel abroad); a nationality group called untrustworthy (外国籍の
 *   職員は信頼できない: block; not the notion opposed); 日本人に頼んだ方が確実 joins 頼んだ to the Japanese preferred.
 * - Round W28 (dec11, blind R201A–R205I; KINDS26 unless said): a flood told sentences before the damage is made a boat course, counted
 *   (コースが一本増えた) and laughed at together (笑い合った: block; not a course opened after repair works); a flood that happened told
 *   as a boon (水につかって…どこでも川下りができる…（笑）, 特典付き: block; R192D-041 only supposed one); a dwelling turned into a paddy by
 *   a flood (家まで水田に…（笑）: block; not a fallow field filled by rain); men's eyes held by women seen by their dress or youth, in
 *   the sentence or the one before (…女性職員が…。男性の皆さんの視線はそちらに釘付け, 浴衣…男性職員たちは目のやり場に困って: lookism
 *   warn; not children, a performance or a thing looked at); a wrong of daily life dated from a group's coming or moving in, either
 *   order (…件、外国の方が入居されてから増えた: block; not something else grown, not the group as victim, not the link denied); the
 *   old told to hand back licences gracefully or before a confusion presumed of them all (潔く, 区別がつかなくなる前に: R80, block;
 *   not a deed told, not 早めに…ご検討ください); a people's loudness presumed with the people named as visitors (外国のお客さんは…声が
 *   大きいから; the voice the group's own, not a guide's).
 * - Round W29 (dec12, blind R206A–R208D; KINDS26 unless said): a harmful disaster made the staff's stock joke at a party or with a
 *   laugh (…まで水が来て…流されたのが今も忘年会の定番ネタ（笑）: block; not a harmless mishap, not a lesson); a shouting nuisance laid
 *   on a group as the usual culprit, a slur between (大声を出しているのは、たいてい品のない…: BLAME_BEFORE, block); a single-parent
 *   home presumed to neglect its children (…のご家庭はどうしても子どもに目が行き届かないので: PRESUMED_GROUP/TRAIT, warn); young women
 *   placed at a desk and credited with the men's ease or called the bloom (若い女性職員を置いたら、おじさんたちの…スムーズに, 華が
 *   ある: lookism warn); shelter life called a fun camp (避難所の雑魚寝もキャンプみたいで楽しい: block; not a drill or a camp to learn
 *   in). False block fixed: the group as the victim of a rising wrong (彼らを狙った盗難, …が被害に遭う, …の自転車が盗まれる) is
 *   not the group as its cause (VICTIM_D12).
 */
import { matchAllOf } from '../regex'
import { NeedGate, phraseGate } from '../gate'
import { requiredLiterals } from '../literals'
import type { DraftFinding, EchoSource, RuleFamily } from '../rule'
import { viewIndexAt, type Span } from '../text'
import { Taken, isQuotedTopic, ownWordingRetracted, isReportedSpeech, startsWithMask, compactLetters, isHiragana, isKanji, isKatakana, isMentionAt, maskedWords, phrase, sentences } from '../words'
import { meta } from './decency.meta'

type Rule = 'decency/sexual' | 'decency/discriminatory' | 'decency/lookism' | 'decency/stereotype' | 'decency/insensitive' | 'decency/victim' | 'decency/abuse-joke' | 'decency/conduct' | 'decency/gore' | 'decency/crude'

/** A sentence that speaks against discrimination or explains care, not one that discriminates. */
/** Round 46: a place vouched for, right after a hinted district, as not being one (「そういう地区」ではありませんので、安心して). */
const VOUCHED_NOT = /^[」』”]?(?:で(?:は|も)?|じ[ゃや])(?:ない|ありません|ございません|なく)[^。！？!?\n]{0,12}?(?:安心|大丈夫|問題(?:あり|な)|ご検討)/u
/** W15: cheap or docile labour named as the wrong the sentence fights (…として扱う問題の是正, 搾取をなくす, 見直し), not praised. */
const LABOUR_WRONG_W15 = /問題(?!な|無|あり|じゃ|で(?:は|も)?な)|是正|改善|搾取|不当|なく(?:す|そう|し)|見直|防止|許され|あっては|課題|違法|やめ(?:る|よう|ましょう)|ではありません|ではな(?:い|く)(?!で)|じゃな(?:い|く)(?!で)/u
/** Round 45: groups a wrong's share is put on (ひとり親家庭, 外国人, 生活保護受給者, 障がい者, 同和地区). */
const SHARE_GROUP = `(?:(?:ひとり親|一人親|片親|母子|父子)(?:家庭|世帯)?|シングル(?:マザー|ファザー)|外国(?:人|籍の(?:方|人))|外国の(?:方|人)|実習生|留学生|移民|難民|生活保護(?:受給者|世帯|の(?:方|人))?|障(?:害|がい|碍)(?:者|児|のある(?:方|人))|同和地区|部落|在日)`
/** …and the claim denied in the rest of its sentence (…という話がありますが、そのようなデータはありません). */
const SHARE_DENIED = phrase('ではありません|ではない|ではなく|わけではな|とは限りません|根拠(?:は|の)?(?:ない|ありません)|(?:データ|事実|証拠)は(?:ない|ありません|ございません)|誤り|デマ', 'u')
const AWARENESS = phrase(
  '(?<!被)差別(?!(?:じゃ|では)(?:ない|なく|ありません))|人権|偏見|思い込み|決めつけ|根拠のない|誤解|解消|啓発|(?<!ご)理解を(?!お願い|賜)|(?<!ご)理解と(?!ご?協力)|ご理解(?!(?:と|、)?(?:ご)?協力|ください|下さい|いただ|願|を(?:お願い|賜|いただ))|尊重|多様性|共生|権利|なくそう|なくしましょう|なくす|許さない|許されない|根絶|講演|研修|パネル展|相談窓口|ハラスメント|合理的配慮|配慮|(?<!特別)支援|サポート|バリアフリー|ユニバーサル|優先席|介助|補助犬|盲導犬|助成|補助金|制度|法律|条例|いじめ|啓蒙|学習会|考える|という(?:考え|見方)(?:方)?は|(?:行為|書き込み|投稿|言動)(?:は|が|も)[^。]{0,6}?後を絶|行為(?:は|を)|してはいけ|してはなら|やめましょう',
  'u',
)
/** Safety or health reasons for a restriction (妊娠中の方は安全上ご遠慮ください). */
// Not 安全のため or 混雑緩和のため alone: a reason does not make excluding a protected group acceptable
// (安全のため車いすの方の乗船はお断り is discrimination); a condition of the activity does.
const SAFETY = phrase('健康上|体調|医師|感染(?:症)?(?:の)?(?:予防|拡大|対策)|症状|発熱|年齢制限|身長制限|体重制限|法令|法律|条例|飲酒|酒気|選挙|投票|在留|ビザ|査証|療養|待機|保健所', 'u')

/**
 * Left-dec (shared denial veto, every phrase reading through `out`): a prejudice named and denied by the words right after it
 * is awareness, not a claim (高齢者は役に立たないなんてことはありません, …なんてことはない, …なんてことはなかです, …わけではありません,
 * …というのは誤解です; …と思われがちですが、そんなことはありません is PRESUMED_DENIED105). The denial must close the thought: one
 * turned (…わけではないが、正直お荷物だ), quoted as another's (…なんてことはないと言う人もいるが) or laughed off (…なんて、当たり前) is not.
 * Round 106's USELESS_OK106 and round 24's veto read only their own phrase; the group readings (年寄り + 役に立た) had none.
 */
const DENIAL_END_LD = '(?:決して|けっして|絶対に|全く|まったく|別に)?(?:ありません|ございません|ありえません|あり得ません|ないです|ない|ねえ|なかです|なか|あらへん|ありまっせん)(?:よ|ね|よね|わ)?(?=[。．.！!\\n]|$|(?:ので|から)[、,]?)'
const SAID_DENIED_LD = phrase(
  `^[^。！？!?\\n]{0,12}?(?:(?:なんて|なんか|など)(?:こと|の)?(?:は|も)?[、,]?${DENIAL_END_LD}|(?:という|って)?(?:わけ|訳)(?:では|じゃ|じや)${DENIAL_END_LD}|(?:という|って)(?:のは|ことは|考え(?:方)?は|見方は|話は|イメージは)[、,]?(?:大きな|よくある|ただの|全くの|まったくの)?(?:誤解|間違い|誤り|偏見|思い込み|決めつけ|事実ではありません|根拠(?:が|の)?ない))`,
  'u',
)
/** Whether the words ending at `b` (folded view) are named and denied right after (SAID_DENIED_LD, PRESUMED_DENIED105). */
function saidDenied(fo: string, b: number): boolean {
  return SAID_DENIED_LD.test(fo.slice(b, b + 48)) || PRESUMED_DENIED105.test(fo.slice(b, Math.min(fo.length, b + 90)))
}
/** After a bracketed example: what the rest speaks of is the example as writing (「…」といった書き込み/投稿/言葉). */
/** Blind R227W-043 kind (dec2): other quoted examples may come first in a list (「自業自得だ」「よそ者は出ていけ」のような書き込み). */
const EXAMPLE_NOUN_LD = /^[」』](?:[、,・と]?[「『][^「」『』\n]{1,30}[」』]){0,4}(?:といった|などの|などと?いう|のような|という|等の)(?:書き込み|投稿|言葉|表現|発言|コメント|メッセージ|言い方|呼び方|悪口|暴言|内容|文章|記事)/u
/**
 * Left-dec: the words start inside a bracketed example that closes before the reading ends (「田中ミツエおばあちゃん（大和町鷹ノ尾302）」
 * といった書き込みはお控えください): the predicate after the quote is said of the writing, not of the group named inside it. The quote
 * itself is read by the shared isMentionAt (words.ts), which the reading's whole span, crossing the bracket, never reaches.
 */
function quotedExampleLD(sq: string, s: number, e: number): boolean {
  for (let i = s - 1; i >= Math.max(0, s - 60); i--) {
    const c = sq[i]!
    if (c === '」' || c === '』' || c === '\n') return false
    if (c === '「' || c === '『') {
      const close = sq.indexOf(c === '「' ? '」' : '』', s)
      if (close < 0 || close >= e || close - i > 80) return false
      return EXAMPLE_NOUN_LD.test(sq.slice(close, close + 160)) && isMentionAt(sq, i + 1, close)
    }
  }
  return false
}
/**
 * Blind R227W-043 kind (dec2): a reading that starts outside a bracketed example and ends inside it (被災した方に向けた「自業自得だ」…のような
 * 書き込みは、人を深く傷つけます): its last words are the example's, quoted as writing to warn against, so the reading is a mention.
 */
function quotedTailD2(sq: string, s: number, e: number): boolean {
  const open = Math.max(sq.lastIndexOf('「', e - 1), sq.lastIndexOf('『', e - 1))
  if (open <= s) return false
  const c = sq[open] === '「' ? '」' : '』'
  const close = sq.indexOf(c, open + 1)
  if (close < 0 || close < e - 1 || close - open > 60 || sq.slice(open, close).includes('\n')) return false
  return EXAMPLE_NOUN_LD.test(sq.slice(close, close + 160))
}

/**
 * Blind JJ-002 kind (dec10): the reading lies inside a bracketed saying, in a paragraph that is nothing but such sayings
 * (「車いすの方の入店はお断りしています」「付き添いの方がいないと受付できません」): examples of conduct, or the post's own words, as
 * the paragraphs around it say (`post`, pointedBackWrongD10). A family's run sees one paragraph, so the verdict waits.
 */
const QUOTES_PARAGRAPH_D10 = /^[\s　]*(?:[「『][^「」『』\n]{1,60}[」』][、,・と。．\s　]*){1,8}$/u
function quotesOnlyParagraphD10(sq: string, s: number, e: number): boolean {
  const open = Math.max(sq.lastIndexOf('「', s), sq.lastIndexOf('『', s))
  if (open < 0 || /[」』\n]/u.test(sq.slice(open + 1, s))) return false
  const close = sq.slice(e).search(/[」』\n]/u)
  if (close < 0 || !/[」』]/u.test(sq[e + close]!)) return false
  return QUOTES_PARAGRAPH_D10.test(sq)
}
/**
 * …and the paragraph after opens a sentence that points back at them as conduct (このような対応, こうした扱い, これらの行為) and
 * names it wrong (禁止されています, 差別にあたります, 不当な差別的取扱い, 許されません), not denied (差別にはあたりません, 禁止されていません).
 */
const POINTED_BACK_WRONG_D10 = /^[\s　]{0,6}[^。！？!?\n]{0,30}?(?:こうした|このような|こういった|こういう|そうした|そのような|そういった|これらの|こんな)[^。！？!?\n]{0,8}?(?:対応|応対|扱い|取扱い|取り扱い|行為|言動|言葉|発言|断り方|張り紙|貼り紙|掲示|案内|接客|態度)[^。！？!?\n]{0,40}?(?:禁止|差別|不当|許され(?:ない|ません)|してはいけ|してはなら|あってはなら|違反|人権(?:の)?侵害)([^。！？!?\n]{0,16})/u
const WRONG_DENIED_D10 = /^[^。！？!?\n]{0,8}?(?:ではありません|ではない|じゃない|にはあたりません|には当たりません|にはあたらない|には当たらない|されていません|されていない|とは言えません|とはいえません)/u
function pointedBackWrongD10(next: string): boolean {
  const m = POINTED_BACK_WRONG_D10.exec(next)
  return m !== null && !WRONG_DENIED_D10.test(m[1]!)
}
/** …or the paragraph before ends by introducing them as conduct named wrong (次のような対応は、差別にあたります。). */
const INTRODUCED_WRONG_D10 = /(?:次のような|以下のような|たとえば|例えば|このような|こうした)[^。！？!?\n]{0,12}?(?:対応|応対|扱い|取扱い|取り扱い|行為|言動|断り方|張り紙|貼り紙|掲示|接客)[^。！？!?\n]{0,30}?(?:禁止|差別|不当|許され(?:ない|ません)|違反|人権(?:の)?侵害)([^。！？!?\n]{0,16})[。．:：]?[\s　]*$/u
function introducedWrongD10(prev: string): boolean {
  const m = INTRODUCED_WRONG_D10.exec(prev)
  return m !== null && !WRONG_DENIED_D10.test(m[1]!)
}

/** Round 84: a label denied right after it (…でも…でもない, ではなく, じゃなか, でもなんでもありません). */
const DENIED_REST84 = '(?:(?:も|は)?(?:なんでも)?|も[^。！？!?\\n]{1,12}?(?:で|じゃ|や)も)(?:ない|なく|なか|ありません|ございません|あらへん)'
const LABEL_DENIED84 = `(?:で|じゃ|や)${DENIED_REST84}`
const LABEL_DENIED_AT84 = phrase(`^${LABEL_DENIED84}`, 'u')
interface Group {
  kind: 'orientation' | 'disability' | 'nationality' | 'buraku' | 'age' | 'sex' | 'appearance' | 'illness' | 'status' | 'religion'
  re: RegExp
  /** Predicates after the group in the same sentence (within ~40 characters). */
  after: RegExp
  /** Some predicates mock only when a joke marker is there (耳が遠い 😂). */
  needsJoke?: RegExp
  /** A presumption said of the whole group, milder than exclusion (お年寄りはスマホを使えないので): a stereotype, warn. */
  soft?: RegExp
}

/** The group asked to mind the others (他の利用者に配慮して, 周りの方に気を遣っていただき). */
const MIND_OTHERS = '(?:他の|ほかの|周りの|周囲の)(?:お客様|お客さま|方|人|利用者|皆様|皆さま|来館者|参加者|お子さん|子ども)(?:に|へ)(?:の)?(?:ご)?(?:配慮(?:して|し|いただ|の上|のため|から|により)|気を(?:つけ|付け|遣|使)(?:って|い))'
/** What a group may be kept from (入居, 入園, 採用, 乗船 …). */
const ACT = '参加|入場|利用|来場|来店|乗船|乗車|入店|入会|入室|入館|入園|入学|入所|入団|入居|宿泊|予約|申し?込み?|応募|受験|受講|登録|見学|体験|採用|雇用|契約|賃貸|受け入れ|受入れ?'
/** The activity refused, in every politeness form (入居は不可です, 入園できません, 採用はいたしません). */
/**
 * Round 104 (colleague's false positive): a refusal followed by its denial (国籍を理由に外国人の方の予約をお断りすることはありません,
 * 入会はお断りしません, 入店を禁止することはございません, お断りいたしておりません) is a statement of non-discrimination, not a refusal.
 */
const REFUSAL_DENIED104 = '(?!(?:する|いたす|致す|される|させていただく)?(?:こと|の|わけ)(?:は|も)?(?:ありません|ございません|ない|なく|なか|ありえません|あり得ません)|(?:は|も)?(?:いたし|致し|し|され)ません(?!か)|(?:は|も)?(?:いたして|致して|して)(?:おりません|いません))'
const REFUSE = `(?:${ACT})(?:は|を|も)?(?:禁止|お断り|お断わり|不可|ng|できません|できない(?:です|ので|。|$)|いただけません|頂けません|になれません|させません|認めません|いたしません(?!か)|致しません(?!か)|しません(?!か)|しない(?:方針|こと|予定|。|$)|お受けできません|(?:お受け|ご利用)?(?:いたし|致し|し)かね(?:ます|る)|お控え(?:ください|下さい|いただ))${REFUSAL_DENIED104}|対象外と(?:させていただ|いたし|します)|(?:${ACT})(?:は|を|も)?(?:(?:あまり|特に|それほど|さほど|正直|ほとんど|まったく|全く|はなから|最初から)?(?:期待して|求めて|望んで)(?:いない|おりません|いません(?!でした)|おらず)|歓迎(?:しない|しません|していません|できません)|お呼びでない|想定して(?:いない|おりません|いません|おらず)|想定外|考えて(?:いない|おりません)|見込んで(?:いない|おりません)|対象と(?:しない|していない|しておりません))`
/** A group said to slow or burden the rest, and sent apart (進行が遅れるため、別日程の講座へ, 手間がかかるので別室で). */
const BURDEN_APART = '(?:遅れ|遅く|滞|支障|妨げ|手間|手がかか|時間(?:が|を)?(?:かか|要))[^。！？!?\\n]{0,8}?(?:ため|ので|から|けん)[、,]?[^。！？!?\\n]{0,8}?別(?:の)?(?:日程|日|回|会場|室|部屋|枠|コース|講座|クラス|便|時間帯|教室|グループ|班|席)'
/** A wish to keep a group out (貸したくない, 雇いたがらない, 住まわせとうない, 関わりたくない). */
const WANT_OUT = '(?:貸し|雇い|住ませ|住まわせ|泊め|入居させ|関わり|近づき|付き合い|つきあい)(?:たくない|たくなか|たくねえ|とうない|たがらない|たがらん|たがりません)|貸し渋'
/** … and the same as a deed: a tenancy, a hire or an entry refused (入居を断る, 採用を渋る, 部屋を貸したがらない). */
const KEEP_OUT = `${WANT_OUT}|(?:入れ|乗せ|受け入れ)(?:たくない|たがらない)|(?:入居|賃貸|貸し出し|採用|雇用|入店|入場|乗車|乗船|宿泊|受け入れ|受入れ?|来店|契約|参加|申し?込み)(?:を|は)?(?:断|拒|渋|嫌が|いやが|敬遠す|避け)(?:る|られる|りたい|りたがる|りたくなる)`
/** Exclusion, contempt and hostility said of any group. */
const EXCLUDE =
  `${REFUSE}|^(?:の方|の人|の皆さん|の皆様|のお客様|のお客さま)?の(?:ご|お)?(?:書き込み|コメント|投稿|発言|意見|質問|問い合わせ|問合せ|相談|提案)(?:は|を|も)[、,]?(?:お控え(?:ください|下さい|いただ|願)|控えて(?:ください|下さい|いただ|もら))|${BURDEN_APART}|^[^。！？!?\\n]{0,12}?どうせ(?!なら)|(?:お断り|おことわり|お断わり)${REFUSAL_DENIED104}|(?:ご)?遠慮(?:を)?(?:お願い|願い|いただいて|して(?:もら|いただ))|受け付け(?:て)?(?:おりません|いません|ません)|お受け(?:でき|いたしかね|して(?:おり|い))ません|(?:ご|お)(?:参加|利用|入場|乗船|乗車|入店|来店|入館|入室|来場|予約|宿泊|申し?込み?)(?:は|を)?(?:いただけ|でき|になれ|頂け)(?:ません|ない)|(?:入れ|乗れ|泊まれ|参加でき|利用でき)(?:ません|ない(?:です|ので|。|$))|いたしかねます|(?:理解|飲み込み|物覚え|覚え|動き|反応|判断)(?:が)?(?:遅|鈍|悪|のろ)(?:い|く)[^。！？!?\\n]{0,3}(?:ので|から|けん|ため|し)|危ない(?:から|ので|けん)|危なっかしい|何を(?:する|しでかす)か(?:分から|わから)|(?:言葉|話)(?:が)?通じ(?:ない|ん)(?:から|ので|けん)|(?:${ACT})(?:は|も)[、,]?(?:正直|さすがに|やっぱり)?(?:ちょっと|ちょつと|ちと)(?:…|‥|・・|\\.\\.|(?:ご)?遠慮|勘弁|困(?:る|り))|トラブル(?:を|が)?(?:起こ|多)|手がかか(?:る|り)|ご遠慮(?:ください|下さい|いただ|願|頂)|遠慮して(?:ください|ほしい|欲しい|もらい|いただ)|(?:入店|入場|利用|乗船|乗車|参加|入室|来店|入館)(?:は)?(?:禁止|お断り|不可|できません|させません|認めません)${REFUSAL_DENIED104}|${WANT_OUT}|来るな|来んな|来ないで|こないで|来てほしく|来て欲しく|(?:乗って|使って|利用して|入って|泊まって|住んで|参加して|来ては|乗っては|使っては|入っては)(?:ほしく|欲しく)(?:ない|なか|ありません|ねえ)|来んで(?:よか|いい|ええ|ほしい)?|来なくて(?:いい|よい|結構|よか)|乗せ(?:ない|ん|たくない|ません|るな)|入れ(?:ない|ん|たくない|ません|るな)|受け入れ(?:ない|たくない|られない|ません)|出ていけ|出て行け|出てけ|帰れ(?![ばるなたてずまんへ])|国に帰(?:って(?:ほし|欲し|もらいた|もらえば|ください|下さい|くれ(?![るたてば]))(?!く(?:な|あ|は))|ったら(?:いい|よい|良い|よか|ええ)|るべき|りなさい|んなさい|れば(?:いい|よい|良い|よか|ええ))|(?:ご|お)?迷惑(?:に|と)な|迷惑(?:です|だ|やけん|なので|なんで|なんです|でしか|千万)|迷惑がかか|邪魔(?:だ|です|やけん|なので|なんで|。|！|!)|足手まとい|(?:は|なんか|なんて)(?:いらない|要らない)|(?:無駄|むだ|ムダ)(?:だ|です|やけん|と思|でしか|なので)|嫌い|きらい|大嫌い|目障り|めざわり|見苦し|(?:ばっかり|ばかり|ばっか|だらけ)で[、,]?[^。！？!?\\n]{0,6}?(?:疲れ|うんざり|しんど|参っ|最悪|嫌にな|いやにな)|気持ち悪|気色悪|きもい|異常|おかしい(?!と(?:思|おも|感じ|かんじ)(?:ったら|った時|ったとき|う時|うとき|えば|たら|た時|たとき|る時|るとき))|変わった(?:人|連中|方|奴|やつ)|変な(?:人|連中|奴|やつ)|ヘンな|劣って|劣る|劣等|下等|汚い|きたない|臭い|くさい|怖い|こわい|犯罪者|危ない人|信用でき(?:ない|ん)|とかいう|ごとき|なんか(?:に|が|は|と)|のくせ|くせに|隔離|排除|追い出|近寄(?:るな|らない|らん)|生産性|迷惑をかけ(?:る|ます|て)|邪魔(?:に|と)な(?:る|ります|って)|(?:他の|ほかの|周りの|周囲の)[^。！？!?\\n]{0,6}?(?:邪魔|じゃま)(?:に)?(?:ならない|ならん|なりません)(?:よう|ように)|無駄(?=[。！!]|$)|もったいない|(?:しとけ|しとれ|しとき|しておけ|してろ|しとって)(?=[。！!、]|$)|じっとし|迷惑(?=[。！!]|$)|(?:参加|来場|利用|乗船|入店|入場|来店)(?:を|は)(?:お)?控え(?:て|ください|下さい|いただ)|(?:使わ|利用し|入ら|来|参加し|乗ら)(?:ないで|んで)(?:ほしい|欲しい|ください|下さい|もらいたい|いただきたい)|(?:ご)?(?:利用|入場|参加|乗船|入店|来店|入館)(?:いただけ|でき|になれ)(?:ません|ない)|困る(?=[わねよ。！!]|$|んよ|けん)|困ります|困りもの|(?:採用|雇用|入居|賃貸)(?:し)?(?:ない|ません|お断り|不可)|雇わ(?:ない|ん)|貸さ(?:ない|ん)|(?:する|すん|来る|来ん|行く|出る|乗る|入る|使う|触る|運転する|運転すん)な(?=[。！!、\\s]|$)|(?:ご)?遠慮(?:ください|下さい|願います)|(?:他の|ほかの|周りの|周囲の)(?:お客様|お客さま|方|人|利用者|皆様|皆さま|避難者|入所者|乗客|参加者|来館者|入居者|患者|お子さん|お子様|子ども|子供|子|児童|生徒|園児)(?:が(?:怖が|こわが|驚|びっくりす|びっくりさ|不安にな|落ち着か|集中でき(?:ない|ません))|の目(?!を?気に(?:せ|しな|する(?:こと)?なく))|の視線(?!を?気に(?:せ|しな|する(?:こと)?なく))|の(?:ご)?迷惑|が(?:不快|気にな|嫌が))|(?:ご)?迷惑(?:に|と)(?:なり|なる|なっ)|${MIND_OTHERS}|押しかけ|とは思えない(?:くらい|ほど)?(?:の)?(?:クオリティ|出来|上手|すばらし|素晴らし|完成度|腕前)|にしては(?:上手|すごい|立派|きれい|よくでき|しっかり)|(?:なのに|にもかかわらず|のくせに)[^。！？!?\n]{0,16}(?:頑張|がんば|一生懸命|働い|感動|すごい|すばらし|素晴らし|立派|健気|えらい|偉い)`

/** Any exclusion (after a presumption, the group's own reading blocks: …理解が遅いので、参加はご遠慮願います). */
const EXCLUDE_RE = phrase(EXCLUDE, 'u')

/** Countries and regions whose people a sentence may exclude (中国からのお客様, 韓国籍の方). */
const NATION = '中国|韓国|朝鮮|北朝鮮|台湾|香港|タイ|ベトナム|フィリピン|インドネシア|マレーシア|ネパール|ミャンマー|ブラジル|ペルー|インド|パキスタン|バングラデシュ|スリランカ|アメリカ|米国|ロシア|アフリカ|アラブ|イラン|トルコ|クルド|アジア|欧米|在日|外国|海外|他国'
/** A trait given to a people or a region as a whole (陽気, 時間にルーズ, 時間の感覚がおおらか): the stereotype reading's traits. */
/** Blind R221N-048 kind (dec13): 日本人 joined to the other group by と, the two doing a thing together, not a condition set on one. */
const JOINED_D13 = phrase('と日本人(?:の(?:方|皆さん|皆様|住民|学生|参加者))?(?:が|と|で|も)', 'u')
/** … and a companion said to be unneeded right after (…がいなくても大丈夫, …は不要です, …は必要ありません). */
const UNNEEDED_D13 = phrase('^[^。！？!?\\n]{0,6}?(?:いなくても|おらんでも|なくても|不要|必要(?:は|も)?(?:ない|なく|ありません|ございません)|問いません|関係なく)', 'u')
/** Team R39A-044 kind (dec13): a reason said after a group (…困るので, …ため、), and the refusal it leads to far on in the sentence. */
const REASON_D13 = phrase('(?:ので|ため|から|けん)[、,]', 'u')
const LONG_REFUSAL_D13 = phrase('(?:ご)?遠慮(?:いただきたい|いただければ|頂きたい|願いたい|して(?:いただ|もら)いたい|してほしい|して欲しい)|お断り(?:いたします|します|しております|させていただ)', 'u')
/**
 * Team R22A-041 / DCI-054 kind (dec13): a quoted prejudice acted on — the quote closed, called a voice or an opinion, taken into account,
 * and a measure of control following (…」という声にも配慮し、…募集要件を見直しました, …」という声もいただいており、…身元確認を強化して
 * まいります). Not a need met with help (多言語, 通訳, 交流, 支援), not the view answered (データ, 偏見, 誤解).
 */
const ACTED_D13 = '[」”』](?:という|との|といった|などの|って)(?:ご|お)?(?:声|意見|要望|苦情|指摘|不安)[^。！？!?\\n]{0,20}?(?:配慮|踏まえ|受け|いただいており|いただいたため|寄せられており|寄せられたため|があった|が多い|も多い|もあり)[^。！？!?\\n]{0,40}?(?:見直|強化|中止|制限|厳しく|厳格|要件|身元|監視|防犯カメラ|見回り|パトロール|お断り|取りやめ|取り止め|別(?:室|日|会場|の会場)|減ら|控え)'
const ACTED_AT_D13 = phrase(`^[^「」“”『』。！？!?\\n]{0,30}?${ACTED_D13}`, 'u')
const ACTED_VETO_D13 = phrase('(?<!被)差別|偏見|誤解|人権|根拠|データ|事実(?:では|で)?(?:は)?(?:な|ありません)|ではありません|思い込み|啓発|多言語|通訳|やさしい日本語|交流|支援|相談窓口|バリアフリー', 'u')
/** What the quoted voice says the group brings (暗くなる, 治安が悪くなる, うるさい); not 不安 or 困る, which may be the group's own. */
const QUOTED_HARM_D13 = '暗くな|治安|物騒|怖い|こわい|迷惑|汚(?:い|く|れ|さ)|うるさ|騒が|トラブル|危な|危険|嫌(?:だ|です|な)|いやだ|悪くな|下が|荒れ'
const PEOPLE_TRAIT = 'しきたり(?:が|を|も)?(?:わから|分から|知ら)|せっかちな(?:方|人)|陽気|ノリ(?:が|の)?(?:良|い)|せっかち|辛い(?:もの|物)?に強|暑さに強|寒さに強|お?酒に強|従順|文句(?:も|を)?言わ(?:ない|ず)|時間に(?:ルーズ|ゆる|だらしな)|のんびり(?:して|屋|や|だ|です)|気(?:性)?が(?:荒|短)|がめつ|ケチ|けち|冷たい|おおらか|大らか|勤勉|手先が器用|踊りが(?:上手|うま)|リズム感|身体能力|運動能力|(?:タイム|時間)感覚'

/** A sex kept from an activity, or a prejudiced reason for it (女性は体力がないので). */
const SEX_REFUSE = `${REFUSE}|^[^。、！？!?\\n]{0,4}?(?:は|も)[、,]?(?:あまり|特に|それほど|さほど|正直|ほとんど|まったく|全く|はなから|最初から)?(?:期待して|求めて|望んで)(?:いない|おりません|いません(?!でした)|おらず)|ご遠慮(?:ください|下さい|いただ|願|頂)|遠慮(?:を)?(?:お願い|願い)|受け付け(?:て)?(?:おりません|いません|ません)|(?:体力|腕力|力)(?:が)?(?:ない|無い|劣る|弱い|足りない)(?:ので|から|けん)|(?:体力|腕力|筋力|体格|(?<![一-龥])力)(?:的に|面で|の面で|の点で)[、,]?[^。！？!?\\n]{0,12}?(?:難し|むずかし|無理|厳し|きつ|向かな|不向き|向いてい(?:な|ませ)|こなせな|務まらな|できな|でき(?:ません|ん))(?:い|く|か|な|ん)?(?:です|だ|や)?(?:ので|から|けん|ため)`
const SEX_REFUSE_RE = phrase(`^(?:${SEX_REFUSE})$`, 'u')
/** Blind R174I-007 (W19): a space kept to a sex by name (女性限定, 男性専用, 女子会), not a plan for couples (カップル向け). */
/** … and a pair of one sex (男性同士, 女性どうし), read on the folded view. */
const PAIR_W19 = phrase('^(?:同士|どうし)', 'u')
const SEX_SPACE_W19 = phrase('(?:女性|女子|男性|男子|(?<![一-龥])女|(?<![一-龥])男|レディース|婦人)(?:の方)?(?:限定|専用|のみ|向け)|女子会|更衣|トイレ|浴場|風呂|入浴|温泉|授乳|検診|健診|婦人科|シェルター|男女別', 'u')
/** A space or event kept to one sex for a reason people accept (女性限定のヨガ教室, 女性専用の相談窓口, 浴場). */
const SEX_OK = phrase('限定|専用|のみ|向け|女子会|更衣|トイレ|浴場|風呂|入浴|温泉|授乳|検診|健診|婦人科|妊|産|シェルター|男女別', 'u')

/**
 * Round 71 (blind R71A-014): a people said not to listen however often told (中国人と韓国人の団体は何度言っても聞かないので困っています,
 * …の方は注意しても言うことを聞いてくださらない, …って聞く耳を持たんけん): the nationality group's predicate, block. The age group keeps its own
 * milder reading of the same words (soft). Not a listener's permission (何度聞いても大丈夫), not a guide who says it many times (何度でも).
 */
const DEAF71 = '(?:何度|何回|何べん|なんべん|何遍|いくら|なんぼ|なんぼう|どれだけ|再三|毎回)?[^。！？!?\\n]{0,6}?(?:言って|いって|言うて|いうて|言っちゃ|注意して|説明して|お願いして|頼んで|呼びかけて|伝えて)(?:も|ん)[、,]?[^。！？!?\\n]{0,6}?(?:聞か|きか|聞いてくれ|聞いてくださら|聞いてもらえ|聞き入れ|きいてくれ)(?:ない|ん|へん|ません|なか|ず|ねえ|ねー)|(?:言うこと|いうこと|人の話|注意)(?:を|も|は|ば)?(?:全然|まったく|全く|ちっとも|一向に)?(?:聞か|きか|聞き入れ|聞いてくれ|聞いてくださら)(?:ない|ん|へん|ません|なか|ず|ねえ)|聞く耳(?:を|も|ば)?(?:持た|もた)(?:ない|ん|へん|ず|なか)'
/**
 * Blind R239N-055 kind (decmaskq5): a people's visitors, named by a hint or a country (大陸からの団体さん, 中国の観光客), said to be loud as a
 * nuisance (は声が大きくて船頭さんも苦労する, 声が大きいけん困る), or seated apart from the Japanese guests (日本のお客さまとは別の便にご案内, 日本人の方と
 * 分けて): a joke and an exclusion by origin, block. Not a guide's voice heard by them (ガイドの声が大きいと聞き取りやすい: の before 声), not
 * a tour in their language offered apart (日本のお客さまとは別の便で中国語ガイドが案内), not a clear voice praised (留学生の皆さんは声が大きくて
 * ハキハキと発表).
 */
const LOUD_APART_D5 = '^(?:の方|の人|さん|たち|の皆さん)?(?:は|って)[、,]?[^。！？!?\\n]{0,6}?(?<![のをにへ])(?:声|話し声)(?:が|も)[^。！？!?\\n]{0,4}?大き(?:く|い|すぎ|過ぎ)[^。！？!?\\n]{0,16}?(?:苦労|困|迷惑|手を焼|参っ|閉口|大変|[（(]笑|笑|すぐわか|すぐ分か)|日本(?:人)?の(?:お客(?:様|さま|さん)|方々?|人|観光客|皆さん|皆様|子|利用者|乗客)(?:たち)?(?:とは|と)[、,]?(?:別(?:の|々の)?(?:便|舟|船|席|部屋|室|列|時間帯?|日|会場|場所|バス|フロア|エリア|テーブル|グループ|班|コース)|分けて|離して)(?![^。！？!?\\n]{0,16}?(?:語|通訳|ガイド|希望))'
/**
 * Blind R263F-027 kind (dec10): a people's visitors said to be loud in any form (声が大きかけん, 大きいけん, 大きくて) and picked out by it or
 * laughed at (どこにおってもすぐわかる, 😂): a joke by origin, block. Not a clear voice praised (声が大きくてハキハキと), nor a guide's voice.
 */
const LOUD_KNOWN_D10 = '(?<![のをにへ])(?:声|話し声)(?:が|も)[^。！？!?\\n]{0,4}?大き(?:か|い|く)[^。！？!?\\n]{0,24}?(?:すぐ(?:わか|分か)|一発で(?:わか|分か)|(?:どこ|遠く)(?:に|から)(?:い|お)[^。！？!?\\n]{0,6}?(?:わか|分か)|[😂🤣]|[（(]笑|笑|w(?![a-z]))'
const GROUPS: Group[] = [
  {
    kind: 'orientation',
    re: phrase('(?:同性(?:の)?(?:カップル|婚|パートナー|同士)|同性愛(?:者)?|ゲイ|レズビアン|レズ|ホモ|トランス(?:ジェンダー)?)(?:の)?(?:人|方|男性|女性|カップル|夫婦|方々|人たち)?|レズビアン|バイセクシャル|両性愛|lgbtq?|性的(?:少数者|マイノリティ)|トランスジェンダー|トランス女性|性同一性障害|同性カップル|同性同士|ホモ|オカマ|おかま|オネエ|おねえ系'),
    // Surprise at a couple or a person, with a laugh (ゲイのカップルが来店して、スタッフ一同びっくりでした笑).
    needsJoke: phrase('びっくり|驚|ざわざわ|ざわつ|どよめ|二度見|ガン見|珍し|初めて見'),
    after: phrase(`${EXCLUDE}|(?:(?:他の|ほかの|周りの|周囲の|うちの)[^。！？!?\\n]{0,6}?(?:に|へ)(?:の)?悪(?:い)?影響|悪影響(?:だ|です|なん|や|で(?:しょう|す)|を(?:与え|及ぼ)(?:る|ます|て(?:い|お)?る)))(?![^。！？!?\\n]{0,6}?(?:ない|ません|なか|わけでは|とは限))|(?:子ども|子供|こども|お子さん|お子様|子)(?:の方|のほう|たち)?(?:が|は|も)?(?:かわいそう|可哀想|可哀そう|かわいそか|気の毒)(?!な(?:目|思い|こと)に(?:あわ|遭わ)せない)|(?:まだ)?早(?:い|すぎ)|必要(?:が)?(?:ない|ありません)|いらない|不要|病気|治療が必要|治(?:す|せる|る)|一般的な(?:こと|もの)(?:では|じゃ)(?:ない|なく|ありません|ございません)|(?:お子さん|お子様|子ども|子供)(?:へ|に)の(?:悪)?影響|少子化(?:の原因|の一因|につなが|を招)|認めない|認められない|受け付け(?:ません|ない|られません)|あり得ない|ありえない|不自然|普通じゃない|普通ではない|子どもに悪|気持ち悪|きもい`),
  },
  {
    kind: 'disability',
    // Round 66 (R68A-129): pupils named by their special-needs class (特別支援学級の子たちは足手まとい).
    // Blind R232H-055 kind (dec2): people named by the aid they use (車いすをご利用の方, 杖をお使いの方, 盲導犬を連れた方), and a second such
    // group joined by や/・/と before the predicate (車いすをご利用の方や杖をお使いの方の乗船はお断り).
    re: phrase('(?:車(?:椅子|いす)|杖|つえ|白杖|義足|補聴器|盲導犬|介助犬|補助犬)(?:を|の)(?:ご)?(?:利用|使用|お使い|お持ち|使って(?:いる|る|おられる)|連れ(?:の|た))(?:の|している|されている|された)?(?:方|人|利用者|お客様)(?:(?:や|・|、|と|または|及び)(?:車(?:椅子|いす)|杖|つえ|白杖|義足|補聴器|盲導犬|介助犬|補助犬)(?:を|の)(?:ご)?(?:利用|使用|お使い|お持ち|使って(?:いる|る|おられる)|連れ(?:の|た))(?:の|している|されている|された)?(?:方|人|利用者|お客様))?|特別支援(?:学級|学校|クラス)(?:の)?(?:子|児童|生徒|お子さん|子ども|子供)(?:たち|達|ら)?|(?:障害|障がい|障碍)児|(?:障害|障がい|障碍)(?:を)?(?:お持ち|持っ|抱え)(?:の|て(?:いる|る|おられる))(?:方|人|者|子|お客様)|(?:目|耳|足|体)(?:の)?(?:見えない|聞こえない|悪い|不自由な)(?:方|人|お客様|子)|車(?:椅子|いす)(?:の|を(?:ご)?利用の)?(?:方|人|利用者|お客様|ユーザー)|(?:視覚|聴覚|身体|知的|精神|発達)障(?:害|がい)(?:者|児|の(?:ある)?(?:方|人|子(?!ども|供)))?|障害者|障がい者|障碍者|障害(?:の)?(?:ある|お持ちの)(?:方|人|者|お子さん|お子様|子|ご家族|家族)|障がい(?:の)?(?:ある|お持ちの)(?:方|人|者|お子さん|お子様|子|ご家族|家族)|(?:身体|知的|精神|発達)障(?:害|がい)(?:者|の(?:ある)?(?:方|人))?|車(?:椅子|いす)(?:の|を(?:ご)?利用の)(?:方|人|利用者)|目の不自由な|耳の不自由な|足の不自由な|(?:自閉症|自閉スペクトラム症|ダウン症|adhd|学習障(?:害|がい)|てんかん|難聴|弱視|全盲)(?:の)?(?:方|人|子|お子さん|お子様|児|者|患者)?|盲人|聾唖者|ろうあ者|知恵遅れ|ガイジ(?!ン)|(?<![ぁ-ゖ])がいじ(?![めゃゅょ])'),
    after: phrase(`${EXCLUDE}|(?:務まら(?:ない|ん|へん|ず)|つとまら(?:ない|ん)|こなせ(?:ない|ん|ません))(?![^。！？!?\\n]{0,10}?(?:など|なんて|なんか)[^。！？!?\\n]{0,10}?(?:ない|ありません|なか|ございません))(?!と(?:は|いう|思|考|言わ|いわ|決めつ|誤解|見られ))(?!わけ(?:では|じゃ))|(?:でき|出来)(?:ない|ません)(?:作業|仕事|もの|こと)(?:が|も)?(?:多|ばかり|ほとんど)|(?:作業|仕事)(?:は|が)?(?:無理|難しい|むずかしい)(?:なので|やけん|だから|ですから|でしょう)|我慢(?:して(?:ください|下さい|いただ|ね|もら)|をお願い)|役に立た|かわいそう|可哀想|不幸|生まれてこ|いない方が|いない(?:ほう|方)が|施設に入れ|(?:家|自宅|施設)(?:に|で)(?:いた|いる|こもっていた|過ごした)(?:方|ほう)が|甘え|うつる|無理(?:です|だ|やけん)|乗せられ(?:ない|ません)|(?:でき|し|おれ|い(?:られ)?)(?:ない|ません|ん)(?:ので|ため|から|けん)[、,]?[^。！？!?\\n]{0,16}?別(?:の)?(?:室|部屋|スペース|会場|日程|場所|教室)(?:で|に)(?:過ご|待|参加|練習|活動)|健常者(?:の)?(?:ご家族|家族|方|人|同伴者|付き添い|介助者)(?:と|の|が)|(?:ご家族|家族(?:の方)?|ご親族|親族(?:の方)?|代理(?:の方|人)|付き添い(?:の方)?|介助者|ヘルパー(?:さん)?)(?:の方)?(?:だけ|のみ)(?:で|が)[、,]?(?:の)?(?:ご|お)?(?:来庁|来館|来場|来所|来院|来店|越し|来て|来られ|おいで|いらっしゃ|手続き|窓口に)(?:(?!も)[^。！？!?\n]){0,10}?(?:ください|下さい|お願い|いただ(?:く|き)(?:よう|たく|たい)|いただけ(?:ます|れば|ると)(?:幸い|助かり)|もらえ|ほしい|欲しい|願います)|(?:大きな声|大声|奇声|声)を(?:出|あげ)[^。！？!?\\n]{0,14}?(?:ため|ので|から|けん)[、,]?[^。！？!?\\n]{0,24}?(?:避けて|控えて|ずらして|平日|別の?(?:日|時間|室|部屋))`),
    // A trait presumed of the whole group (発達障害のお子さんは集中力が続かないため): a stereotype, warn.
    soft: phrase('^[^。、！？!?\\n]{0,6}?(?:は|って)[、,]?[^。！？!?\\n]{0,10}?(?:集中力|落ち着き|我慢|じっと|集団行動|集団生活|団体行動|みんなと同じ(?:こと|行動))(?:が|は)?(?:続か|持た|でき|し(?:てい)?られ)?(?:ない|ず|なく|ん)[^。！？!?\\n]{0,4}?(?:ため|ので|から|けん)|^[^。、！？!?\\n]{0,6}?(?:は|って)[、,]?[^。！？!?\\n]{0,8}?(?:(?:空気|場の空気|人の気持ち|相手の気持ち)(?:が|を)?(?:読め|わから|分から)(?:ない|ん|ません)|(?:何も|なにも|一人では|ひとりでは|自分では)(?:でき|し|わから|分から)(?:ない|ません|ん))(?:ので|から|ため|けん|です|。|$)'),
  },
  {
    kind: 'nationality',
    re: phrase(`(?:${NATION})(?:(?:籍|系|出身)(?:(?:の)?(?:方|人|者|お客様|客))?|(?:から|から来た)?の(?:方|お客様|お客さま|お客さん|観光客|旅行者|団体客|団体|留学生|労働者|住民|子|家族)|(?:から|から来た)?(?:の|ん)人(?![一-龥])(?:たち|達|ら|々)?|から(?:来た|来られた|来とる|来てる|来ている|来よる|いらした|お越しの)(?:(?:人|方)(?![一-龥])|観光客|お客様|お客さま|お客さん|旅行者|団体客|団体|労働者|留学生|実習生)(?:たち|達|ら|々)?)|外国(?:籍)?の(?:方|人)|外国人|外人|ガイジン|がいじん|(?:中国|韓国|朝鮮|北朝鮮|ベトナム|フィリピン|インドネシア|ネパール|ミャンマー|ブラジル|ペルー|インド|パキスタン|バングラデシュ|スリランカ|アメリカ|ロシア|アフリカ|アラブ|イラン|トルコ|クルド|アジア|黒|白|在日)\\s?人|在日(?:韓国|朝鮮|外国)?(?:人)?|移民|難民|留学生|技能実習生|実習生|アイヌ|(?<![つっ])チョン(?!まげ|ぼ)|シナ人|支那人|(?<![一-龥ー])(?<!しあ|りか)(?:大陸|半島)(?:の方)?(?:から(?:来た|来られた|お越しの)?)?の(?:方|人|お客様|お客さま|お客さん|観光客|団体(?:客|さん)?|連中|皆さん)|(?:あの|某|例の|隣の|お隣の|どこかの|一部の|特定の|とある|(?<![ぁ-ゖ一-龥])ある|いくつかの)国(?:々)?(?:から(?:来た|来られた|お越しの)?)?の(?:人|方|連中|観光客|お客さん|お客様|お客さま|団体)`),
    // Blind R236I-041 kind (dec4): a people's visitors or students marvelled at for keeping time or the queue (時間どおりに集合して、列にも
    // きちんと並んでいて感心しました): 感心 and 見直 are the same surprise, and punctuality or a queue kept needs no ちゃんと before it; not
    // a queue they were taught or helped others keep (並ぶよう声をかけて).
    after: phrase(`${EXCLUDE}|^(?:の方|の人|さん)?(?:なのに|やのに|のくせに|にしては)[^。！？!?\\n]{0,16}?(?:下手|へた|ヘタ|苦手|できな|できん|ダメ|だめ|音痴|遅|弱|(?:が|も)(?:ない|なか)(?:ん|んです|です|とか|[笑w😂🤣]))|トラブル(?:に|と)(?:なり|なる|なっ)(?:がち|やすい)|すぐ(?:に)?(?:辞め|やめ|いなくな|逃げ|失踪)|(?:分別|ごみ出し|ゴミ出し|片付け|片づけ|後片付け|掃除|リサイクル|整列)(?:が|を|も|は)?(?:でき|守れ|守ら|し)(?:ない|ん|へん|ず)(?!(?:方|人|場合|こと|ケース)(?:も|が(?:あ|い)))|騒がし|騒々し|うるさ|増えて困|(?:時間|お金|約束)に(?:ルーズ|だらしな)|ルーズ|時間を守ら|不潔|汚い|臭い|マナー(?:が|も|の)?(?:悪|わる|最悪|なってな|守ら)|民度|国民性|嘘つき|うそつき|ずる賢|ルール(?:を|も)?(?:守ら|守れ|無視)|犯罪|治安(?:が)?(?:悪|わる)|うるさい|ゴキブリ|害虫|野蛮|不潔|日本(?:から)?(?:出て|に来るな|に来ないで)|物騒|治安(?:が|も)?(?:心配|不安)|(?:声|大声|マナー|ごみ|ゴミ|騒ぎ|騒音)[^。！？!?\\n]{0,8}?(?:苦労|手を焼|困っ|困りよ|参っ|閉口|うんざり)|(?:マナー|民度|育ち|程度|レベル)(?:も|は)?お察し|マナー違反[^。！？!?\\n]{0,16}?(?:目立|多(?:い|く|発)|ひど|深刻|後を絶)|(?:声|話し声)(?:が|も)?(?:(?:でか|うるさ)(?:すぎ|過ぎ|い|か)|大き(?:すぎ|過ぎ))|(?:順番|列|ルール|決まり|時間|約束)(?:を|も|に|が|は)?(?:守れ|守ら|並べ|並ば)(?:ない|ん|へん|ず)|(?:どうして|なんで|なぜ)(?:みんな|いつも|あんなに|ああ|あの人たち)[^。！？!?\\n]{0,16}?(?:(?:ない|ん|へん)(?:の|んだ|んや|んです|と|っ|か)|んですかね|んだろう|んでしょうね|んやろ|とやろか)|割り込|横入り|列を乱|順番を抜か|押しのけ|(?:痰|たん|つば|唾)を吐|(?:ちゃんと|きちんと|珍しく|めずらしく|意外と|意外にも)[^。！？!?\\n]{0,12}?(?:並|守|静か|マナー|ルール|分別|時間どおり|時間通り|片付け|片づけ|掃除)[^。！？!?\\n]{0,14}?(?:感動|感心|見直|驚|びっくり|奇跡|えらい|偉い|やれば|成長|😂|🤣|笑)|(?:時間(?:どおり|通り|ぴったり)|時間を守|時間厳守|遅刻(?:も)?(?:せず|なく|なし|ゼロ)|列に(?:も)?(?:きちんと|ちゃんと)?並|順番を守)(?:(?!よう|教え|声を|呼びかけ|指導|手伝|案内)[^。！？!?\\n]){0,24}?(?:感心|驚|びっくり|見直)|やれば(?:でき|出来)る(?:じゃん|やん|じゃない|んだ|ね|な)|(?:ルール|決まり|きまり|マナー|分別|ごみ出し|ゴミ出し|約束|秩序)(?:が|も|は)?(?:守られ|守れ)(?:なく|ない|ず|ん|へん)(?!(?:方|人|場合|こと|ケース)(?:も|が(?:あ|い)))|(?:治安|風紀|秩序|マナー|住環境|生活環境)(?:が|も)?(?:悪化|乱れ|悪くな|わるくな|荒れ)|別(?:の)?(?:スペース|場所|区画|部屋|室|フロア|エリア|テント|棟)(?:に|で)[^。！？!?\\n]{0,10}?(?:まとま|集ま|固ま|過ご|待機)|${DEAF71}|${LOUD_APART_D5}|${LOUD_KNOWN_D10}`),
  },
  {
    kind: 'buraku',
    re: phrase('(?:部落(?!差別|解放|問題|史)|(?<![あアゆユ])ぶらく(?=だ|で|の|は|が|に|と|や|出身|民|地区|みたい|っぽ|なん|[、。！？!?\\s]|$)|(?:同[\\s・]?和|ど[\\s・]?う[\\s・]?わ)地区|被差別部落|(?:あの|その|この|あそこ|そこ)(?:の)?(?:地区|地域|辺り|あたり|集落)?(?:の)?(?:人|出身|住民))(?:出身(?:の)?(?:人|方|者)?|の(?:人|方|者|家))?|出身地(?:で|によって)'),
    after: phrase(`${EXCLUDE}|^(?:に(?:当たる|あたる|該当する|属する)|である|であった|であり|とされる|の)(?:ため|ので|から|ことから|ゆえ|せいで|せいか|影響で)|(?:需要|地価|価格|評価額|人気|買い手|借り手|入居者|住みたい人)(?:が|も)?(?:低迷|下落|下が|低い|低く|つかな|少な|伸びな)|^(?:だ|な|だった|やった|であった|やけ)?(?:から|ので|けん|ため|だけに|だけあって|らしく)|気をつけ|気を付け|避け|買わ(?:ない|ん)|住ま(?:ない|ん)|近づ(?:か|く)|結婚|縁談|怖|治安|柄が悪|関わ(?:ら|る)|付き合わ|つきあわ|調べ(?:た|て)(?:ほう|方)がいい|昔から|場所|地名|一覧|リスト|どこ|特定`),
  },
  {
    kind: 'age',
    re: phrase('(?:おじいちゃん|おばあちゃん|じいちゃん|ばあちゃん|お年寄り|年寄り|高齢者|シニア|年配)(?:世代|層)|(?:ご)?高齢(?:の)?(?:方|かた|人|お客様|者|ドライバー|運転者)|年配(?:の)?(?:方|かた|人|お客様|者)|(?:[6-9６-９][0-9０-９]|[六七八九]十)(?:歳|才)以上の(?:方|人|お客様)|高齢者|老人|年寄り|としより|お年寄り|じいさん|ばあさん|じじい|ジジイ|ばばあ|ババア|おじいちゃん|おばあちゃん|爺|婆|老害|シニア'),
    after: phrase(`${EXCLUDE}|^(?:世代|層)?(?:は|って|ちゃ)[、,]?[^。！？!?\\n]{0,16}?(?:全然|ぜんぜん|まったく|全く|てんで|からっきし)(?:ダメ|だめ|駄目|使えな|使えん)|無理(?:でしょう|だろう|やろ|です|だ|な)|(?:でき|分から|わから|使え)(?:ない|ん)(?:でしょう|だろう|やろ)|引っ込(?:め|んで)|黙って|運転(?:する|すん)な|運転させる(?:な|べきでない)|役に立た|免許(?:を)?(?:返(?:せ|納しろ|納すべき|納させ))|早く(?:死|くたば)|若者優先|年寄り優先じゃな|(?:ボケ|ぼけ|呆け)(?:て(?:同じ|何度|話|いる|る|き|しま(?!わ))|た(?:人|方|年寄り|老人|じいさん|ばあさん)|とる|てる|まくり)(?![^。！？!?\\n]{0,8}?(?:たら|と感じ|ように|ないよう|ないため|防止|予防|前に))|もうろく|耄碌|(?:話が長|頭が固|動きが(?:遅|のろ|鈍)|物覚えが悪|手際が悪)(?:い|く)(?:ので|から|けん|し(?=、))|(?:遅|のろ|とろ)(?:い|か)(?:から|ので|けん|せいで)[、,]?[^。！？!?\\n]{0,20}?(?:詰まる|詰まっ|混む|混雑|迷惑|待たされ|滞|進まな)`),
    // The whole group presumed unable (高齢者はスマホが使えないので, 年寄りは新しいことは覚えられんけん), not some of it (使えない方も多いので).
    // Round W9 (R141A-039): a failing sense or limb presumed of the whole group, then the care talked down to them (年寄りは夜目がきかない
    // から、防犯灯を明るくしてあげないとね, 老人は物覚えが悪いけん、何回も言うてやらんと).
    soft: phrase('^[^。、！？!?\\n]{0,3}?(?:は|って)[、,]?(?:みんな|どうせ|たいてい|だいたい|大体|やっぱり|やっぱ)?[、,]?(?:夜目|目|耳|足腰|物覚え|記憶力|頭)(?:が|は|も|ん)?(?:きか|利か|効か|見えな|見えん|遠|悪|弱|鈍|固)(?:い|く|な|ん|か)[^。！？!?\\n]{0,4}?(?:から|ので|けん|けえ)[、,]?[^。！？!?\\n]{0,24}?(?:(?:て|で)(?:あげ|やら|やん)(?:ないと|なきゃ|なくちゃ|んと|ましょう|よう|とこう)|しょうがな|仕方(?:が)?な|しかたな)|^[^。、！？!?\\n]{0,3}?(?:は|って|には)[、,]?[^。！？!?\\n]{0,14}?(?:難し|むずかし|苦手|不慣れ|わかりにく|分かりにく)(?:い|く)(?:と思い(?:ます)?|でしょう|だろう|かと思います|と思われます)?(?:ので|から|けん)|^[^。、！？!?\\n]{0,3}?(?:は|って)[、,]?[^。！？!?\\n]{0,8}?(?:時間|暇|ひま)(?:が|は)?(?:たっぷり|いっぱい|有り余|あり余|余って|ありあま)|^[^。、！？!?\\n]{0,3}?(?:は|って)[、,]?(?:暇|ひま)(?:だ|な|です|やけん)?(?:から|ので|けん)|^[^。、！？!?\\n]{0,3}?(?:は|って)[、,]?(?:特に|とにかく|どうしても|やっぱり|やっぱ|たいてい|大体|だいたい)?[^。！？!?\\n]{0,16}?(?:(?:言っても|いっても|言うても|いうても|注意しても|何度言っても|いくら言っても|説明しても)(?:聞か|きか|聞き入れ|聞いてくれ|わから|分から)(?:ない|ん|へん|ません|なか|ず)|(?:言うこと|いうこと|人の話|話)(?:を|も)?(?:聞か|きか)(?:ない|ん|へん|ません|なか)|(?:頑固|がんこ|ガンコ)(?:で|だ|です|やけん|やけ|なので|なんで|だから|ですから|な(?:人|方|ところ|性格|一面)|[。、,！!])|わがまま|ワガママ|融通が(?:きか|利か)|キレやすい|怒りっぽ|すぐ(?:怒|キレ|きれ|文句)|自分勝手|聞く耳を持た)|^[^。、！？!?\\n]{0,3}?(?:は|って|には)[、,]?[^。！？!?\\n]{0,14}?(?:使え|でき|わから|分から|覚えられ|ついていけ|ついて行け|理解でき|扱え|読め)(?:ない|ん|へん|ません)(?:ので|から|けん|し(?=[、,])|でしょう|だろう|やろ|に決まって|もの|もん|んだから|んやけん|のは当然|のが当然)|^[^。、！？!?\\n]{0,3}?(?:は|って)[、,]?[^。！？!?\\n]{0,14}?(?:時間(?:が|を)?(?:かか|要)(?:る|ります|りますし)|手間取(?:る|ります)|もたつ(?:く|きます)|(?:動き|手続き|話|対応|作業)(?:が)?(?:遅|のろ|長)(?:い|か|く(?:なる|なります))|遅(?:い|か)(?:です)?)(?:ので|から|けん|し(?=[、,])|ため|もの|もん|んだから|んやけん)'),
    // Round 103 fix: the old laughed at for dozing off or forgetting (半分くらいは寝ています（笑）, 半分は忘れてきます😂; team R24A-113, R96A-082),
    // once caught only by the ださ inside ください.
    needsJoke: phrase('しか(?:乗ら|来|こ|おら|いな|住ん|使わ|利用し|残っ|参加し)|限界集落|間違え|踏み間違|逆走|アクセル|耳が遠|(?<!寝|ね|ぴん|ピン|時差)(?:ボケ|ぼけ)|もうろく|物忘れ|のろ(?:い|く|かつ|すぎ|のろ|ま)|(?<!お)とろ(?:い|く|かつ|すぎ|とろ|臭|くさ)|遅(?:い|くて)|頭が固|話が長|同じ話|活気がな|つまらな|(?<!く)ださ(?:い|く|かつ|すぎ|つ)|古臭|時代遅れ|臭|(?<![たきしちにひみりぎじびぴい])くさ(?:い|く|かつ|すぎ|つ)|(?<![昼早])寝て(?:い|る|ま|ばかり|ばっか)|居眠り|(?<!物)忘れ(?:て(?:き|しま|ばかり|ばっか)|ちゃ|っぽ|がち)'),
  },
  {
    kind: 'sex',
    re: phrase('女性|女子|女の子|女の人|女|婦人|男性|男子|男の人|男|主婦|奥さん|嫁|妻|ママ(?!で|に|の|だ|です|では|じゃ|なら|にし|とな|でい|だっ)|母親|ギャル'),
    after: phrase(
      `${SEX_REFUSE}|^の(?:仕事|役目|役割|務め)(?:だ|です|[！!。]|でしょ|やけん|$)|` +
      '^[^。、の！？!?\\n]{0,4}?(?:は|って|なんて|なんか)[、,]?どうせ(?!なら)|^[^。、の！？!?\\n]{0,4}?(?:は|って)[^。！？!?\\n]{0,12}?(?:結婚|出産|妊娠)(?:したら|すると|すれば|で|を機に)[^。！？!?\\n]{0,6}?(?:すぐ|どうせ)(?:辞め|やめ|休)|^[^。、の！？!?\\n]{0,4}?(?:は|って|が|なんて|なんか)[^。！？!?\\n]{0,16}(?:家庭|家事|育児|子育て|料理|お茶|控えめ|おしとやか|結婚|出産|産む|仕事を辞め|家にい|黙って|従う|立て|化粧|愛嬌|愛想|笑顔|外で働|稼ぐ|泣く)[^。！？!?\\n]{0,12}(?:べき|て当然|るのが当然|るもの(?:だ|です|や)|であるべき)|^[^。、の！？!?\\n]{0,4}?(?:は|って)[^。！？!?\\n]{0,6}(?:数字に弱|理系に向|論理的(?:じゃ|では|でな)|感情的|ヒステリック|すぐ泣|力仕事は無理)|くせに|のくせ|ごとき|なんか(?:に|が|は|と)|だけ(?:やら|さ)せ(?:と|て|ておけ|れば)|お茶(?:くみ|汲み)|(?:男|女)の仕事|家に(?:いろ|いれば|おれ)|外で(?:働け|稼げ|稼いで(?:こい|来い))(?![るばなまたてずん])|家庭に入|産む機械|感情的|論理的(?:じゃ|では)ない|運転(?:が)?下手|機械(?:に|が)?(?:弱|苦手)|話が長|でしゃば|出しゃば|女だてら|生意気|黙って(?:いろ|ろ|おけ|れば)|口出しするな|は(?:家事|育児)(?:を|だけ)|無理(?:やけん|だから|なので)|^[^。、の！？!?\\n]{0,4}?(?:は|には|って|に)[^。！？!?\\n]{0,10}(?:分から(?:ん|ない)|わから(?:ん|ない)|できない|でけん|向いてない|向いていない)|(?:家事|料理|掃除|洗濯|子守)(?:でも|だけ)?(?:しとけ|しとれ|してろ|しておけ|やっとけ)|^[^。、の！？!?\\n]{0,4}?(?:は|って|なんて|なんか|が(?:いると|おると|入ると|来ると|混じると))[、,]?[^。！？!?\\n]{0,12}?(?:足手まとい|足手纏い|足でまとい|お荷物|邪魔(?:に|だ|です|やけん|なので)|使い物にならな|使いものにならな|戦力にならな|頼りにならな|務まら(?:ない|ん|へん))(?!に(?:ならない|ならん|なら(?:ず|ぬ)))(?!(?:に(?:なる|なんか)?)?(?:どころか|ではな|じゃな|なんかじゃ|なんてとんでもな|とは限ら))',
    ),
  },
  {
    kind: 'appearance',
    re: phrase('(?:体|体格|からだ)(?:の|が)(?:大きい|大きな|でかい|デカい|重い)(?:方|人|お客様|お客さま)|大柄な(?:方|人)|太っ(?:た|てる|ている|とる)(?:方|人|奴|やつ|子)|太め(?:の|な)(?:方|人)|肥満(?:の|な)?(?:方|人)|デブ|でぶ|ぽっちゃり(?:さん|の方|した方|体型)?|ふくよかな(?:方|人)|ブス|ブサイク|不細工|ハゲ|はげ(?:た|頭)|チビ|背の低い(?:方|人)'),
    after: phrase(`${EXCLUDE}|似合わ(?:ない|ん|なく)|着られ(?:ない|ません)|沈む|沈没|壊れ|乗るな|乗らんで|乗らないで|乗れない|写(?:る|り込|りこ)(?:な|まんで|まないで|らないで)|でも(?:安心|大丈夫|乗れ|入れ|座れ|ok|OK)|定員たっぷり|頑丈|🐷|🐖|🐽|豚|ブタ`),
    // Only with a laugh: a heavy passenger tilting the boat is a seating rule until it is a joke (傾くので…😂).
    // Blind R225R-033 kind: …or charged for two for their size (ふくよかな方には2人分の料金で…（笑）): a fee made a joke of a body.
    needsJoke: phrase('傾|重(?:い|すぎ|そう|たい)|狭|窮屈|はみ出|沈|定員オーバー|重量オーバー|潰れ|つぶれ|底が抜け|床が抜け|もたな|持たな|悲鳴|(?:2|二|ふた)(?:人|り|席|名)分|倍の(?:料金|運賃|お代)|追加料金'),
  },
  {
    kind: 'illness',
    re: phrase('感染者|(?:hiv|エイズ|ハンセン病)(?:陽性|感染)?(?:患者|感染者|者|の方|の人)?|精神病(?:患者|の人)?|うつ病(?:の人|患者)?|統合失調症(?:の人|患者)?|認知症(?:の)?(?:方|人|ご家族|家族|高齢者|患者|お年寄り|親|おじいちゃん|おばあちゃん)|コロナにかかった(?:人|方)'),
    after: phrase(`${REFUSE}|${MIND_OTHERS}|何を(?:する|しでかす)か(?:分から|わから)|危ない(?:から|ので|けん)|(?:他の|ほかの|周りの|周囲の)[^。！？!?\\n]{0,10}?(?:ご)?迷惑(?:に|と)(?:なり|なる|なっ)|(?:なるべく|できれば|できるだけ|極力)(?:ご)?自宅で(?:見て|みて|面倒を見て|介護して|過ごして|お過ごし)(?:いただ|ください|もら)|ご遠慮(?:ください|下さい|いただ|願|頂)|遠慮(?:を)?(?:お願い|願い)|受け付け(?:て)?(?:おりません|いません|ません)|来るな|来んな|来ないで|近寄(?:るな|らない)|うつる|移る(?:から|けん|ので)|出歩くな|迷惑(?:だ|です|やけん|なので|なんで)|迷惑(?=[。！!]|$)|自業自得|自己責任|甘え|気持ち悪|汚い|怖い|こわい|危ない|危険人物|隔離しろ|出ていけ|お断り|入店(?:禁止|お断り)`),
  },
  {
    kind: 'status',
    re: phrase('生活保護(?:受給者|受給世帯|世帯|の家庭|家庭|の世帯|の人|の方|を受けて(?:いる|る|おられる)(?:人|方|世帯|家庭))?|就学援助を受けて(?:いる|る|おられる)(?:ご)?(?:家庭|世帯|方|人)|(?:貧しい|貧乏な|貧困)(?:ご)?(?:家庭|世帯|おうち|家)(?:の(?:子|子ども|お子さん))?|(?:生活)?保護(?:費)?を(?:受け|もらっ|貰っ)(?:て(?:い|お)?る|てる|とる|よる|とらす|てらっしゃる|ておられる|とらっしゃる|とらる)(?:方|人|世帯|家庭|者)|ホームレス|路上生活(?:者|の(?:方|人))?|(?:ひとり親|母子|父子)(?:家庭|世帯)?(?:の(?:方|人))?|シングルマザー|無職の(?:人|奴)'),
    after: phrase(`${EXCLUDE}|(?:(?:他の|ほかの|周りの|周囲の|うちの)[^。！？!?\\n]{0,6}?(?:に|へ)(?:の)?悪(?:い)?影響|悪影響(?:だ|です|なん|や|で(?:しょう|す)|を(?:与え|及ぼ)(?:る|ます|て(?:い|お)?る)))(?![^。！？!?\\n]{0,6}?(?:ない|ません|なか|わけでは|とは限))|(?:生活|食生活|生活習慣|家庭環境|しつけ|学習習慣|生活リズム)(?:が|も|は)?[^。！？!?\\n]{0,6}?(?:不規則|乱れ|荒れ|だらしな|おろそか|行き届か|行き届いて(?:い)?な)|(?:非行|問題行動|不登校)(?:に)?(?:走り|つながり|なり)?(?:やすい|がち)|寂しい思いをし(?:がち|やすい)|(?<![まひ])(?:グレ|ぐれ)(?:やすい|やすく|やすか|がち|る(?:子|こと)が多)|愛情(?:が)?(?:不足|足りな)|税金泥棒|税金で(?:暮らし|生活|食べ|養われ)|文句(?:を|も)?言う(?:べきでは|な|資格)|(?:我慢|感謝|遠慮)(?:す|する)べき|怠け|なまけ|働け(?!な|ず|る|ま|ば)|寄生|ずるい|ズルい|社会のお荷物|お荷物|自業自得|甘え|非行|犯罪|問題行動|荒れ(?:やすい|る|て)|だらしな|しつけ(?:が)?(?:でき|なって(?:な|い))|楽し(?:て|と|よ)(?:る|い|お)|遊んで(?:暮ら|ばかり|ばっかり)|いいご身分|良いご身分|贅沢|ぜいたく|(?:高級車|外車)(?:に|を)(?:乗|乗り回)|ブランド(?:品|物|もの)(?:を|で)(?:身に|持|買|固め)|パチンコ|パチスロ|競艇|競輪|競馬|ボートレース`),
  },
  {
    kind: 'religion',
    re: phrase('(?:新興|カルト)?宗教(?:団体)?の(?:方|人|方々|人たち|連中|信者)|(?:新興|カルト)宗教|カルト(?:教団)?|(?:宗教|教団)の(?:信者|勧誘)|信者(?:さん)?(?:の(?:方|人))?|(?:イスラム|キリスト|仏)教(?:徒|の(?:方|人))|ムスリム(?:の(?:方|人))?|エホバ(?:の(?:証人|人))?|創価(?:学会)?(?:の(?:人|方))?|統一教会(?:の(?:人|方))?'),
    after: phrase(`${EXCLUDE}|ろくな(?:こと|もん|目)|ろくでもな|関わら(?:ん|ない|んほうが|ないほうが)|関わる(?:と|な)|目を合わせ|怪し|あやし|胡散臭|うさんくさ|しつこ|気味(?:が)?悪|不気味|洗脳|頭が(?:おかし|変)|近づか(?:ん|ない)|近寄ら(?:ん|ない)`),
  },
]
/** A pronoun for people as the topic (彼らは, あの人たちって, あいつらなんて). */
const THEY = phrase('(?:彼ら|彼女ら|彼女たち|あの人(?:たち|達|ら)|この人(?:たち|達|ら)|その人(?:たち|達|ら)|あいつら|こいつら|そいつら|奴ら|やつら|(?:あの|その|この)連中)(?=は|って|なんて|なんか|ときたら|ったら)')
/**
 * Round 41: a group named in one sentence and its fault said of a pronoun in the next (…外国人実習生に頼らなくても済むように
 * したかった。彼らは言葉も通じないし、…すぐいなくなるからである): the pronoun is read as the group, with the group's own
 * predicates and vetoes. Only a group named in one of the two sentences before, in the same paragraph; not a sex (彼女 is a person).
 */
function standsFor(g: Group, fo: string, spans: readonly Span[], si: number, text: string): readonly RegExpExecArray[] {
  if (g.kind === 'sex' || si === 0) return []
  const they = matchAllOf(THEY, text)
  if (they.length === 0) return []
  for (let k = si - 1; k >= Math.max(0, si - 2); k--) {
    if (matchAllOf(g.re, fo.slice(spans[k]!.start, spans[k]!.end)).length > 0) return they
  }
  return []
}
/** Whether `fo[i]` is a bare 女 or 男 (not 女性, 男子, 女の子 …) ending a kanji word (長女, 次男, 彼女, 少女). */
function inWordSex(fo: string, i: number): boolean {
  const c = fo[i]
  if (c !== '女' && c !== '男') return false
  if (i === 0 || !/\p{Script=Han}/u.test(fo[i - 1]!)) return false
  return !/^(?:性|子|児|衆|の子|の人|の方)/u.test(fo.slice(i + 1, i + 3))
}
/** Weather that endangers health: the reason of a request to stay in (暑さ, 熱中症, 寒さ). */
const HEAT_OR_COLD = phrase('暑さ|寒さ|熱中症|脱水|猛暑|酷暑|厳寒|凍結', 'u')
/**
 * Blame put first, the group after: 迷惑なのは, マナーが悪いのは, 一番うるさいのは. Round 44: a home's neglect as the wrong (ごみ屋敷になるのは、
 * たいてい独り暮らしの高齢男性です, 多頭飼育崩壊に陥るのは…, 悪臭の原因は、たいてい…): the group made its usual case.
 * Blind R234M-025 kind (dec3): litter thrown down (お堀にゴミを捨てたり) is a nuisance laid on a group like ポイ捨て, and a deed told
 * with the honorific される after たり (捨てたりされるのは) is the doers' own, not a harm they suffer.
 * Blind R255Q-030 kind (dec8): any litter thrown (ペットボトル, 缶, たばこ) or anything 投げ捨て／捨てていく is the same offence laid
 * on a group by nationality (…を投げ捨てるのはだいたい外国の方です): block, like ごみ.
 */
const BLAME_BEFORE = phrase('(?:迷惑|治安(?:が|の)?(?:悪|わる)|(?:マナー|出し方|態度|行儀|素行)(?:が|の)?(?:悪|わる)|うるさ|汚|困らせ|邪魔|危な|怖|嫌い|ルール(?:を)?守らな)[^。、！？!?\\n]{0,6}(?:のは|の(?:多く|大半|ほとんど|[0-9０-９七八九]割)(?:は|が))[、,]?[^。、！？!?\\n]{0,12}$|(?:(?:ルール|決まり|きまり|マナー|分別|順番)(?:を)?(?:守ら|無視)|(?:分別|片付け|後片付け)(?:を|が)?(?:せず|しない|でき(?:ない|ず|て(?:い)?ない)|して(?:い)?ない)|苦情|クレーム|トラブル|(?:問題|騒ぎ|揉め事|もめ事|もめごと)(?:を)?起こ|騒音|(?:家賃|税金|料金|会費)?(?:を)?払わ(?:ない|ん|ず)|滞納|未納|違反|違法|迷惑駐車|路上駐車|不正|盗(?:ん|む|み)|空き巣|犯罪|万引き|無断|勝手に|ポイ捨て|不法投棄|(?:ごみ|ゴミ|吸い殻|吸殻|空き缶|空き瓶|空きびん|ペットボトル|缶|瓶|たばこ|タバコ|煙草|弁当(?:の)?(?:殻|がら|容器)|容器|残飯|食べ残し)(?:を|や)?(?:捨て|投げ捨て|放置|放り投げ|ほうり投げ|投げ入れ|投げ込)|投げ捨て|捨てて(?:いく|行く|帰る)|騒(?:い|ぐ|が)|大声(?:を(?:出|上げ|あげ)|で(?:騒|さわ|叫|さけ|わめ|話|しゃべ|喋|歌|怒鳴|どな))|奇声|(?<!ざ)わめ|喚(?!起)|散らか|荒ら|落書き|たむろ|(?:ごみ|ゴミ)屋敷|汚部屋|多頭飼育|悪臭|不衛生)(?:(?!見つけ|通報|くれ|拾|片付|掃除|注意|発見|消し|防|対策|減|困|被害|遭|(?<!たり)され|検挙|摘発|巻き込|狙|標的|ターゲット)[^。、！？!?\\n]){0,12}?(?:(?:(?<=[うくすつぶむるぐんい]|ない|ず)のは|(?<=ん)とは|犯人は|張本人は|(?:人|者|方|客)?の(?:多く|大半|ほとんど|[0-9０-９七八九]割)(?:は|が))[、,]?[^。、！？!?\\n]{0,12}|(?:のは|は)[、,]?(?:ほとんど|ほぼ|大半|大体|だいたい|たいてい|大抵|決まって|いつも|毎回)(?:が)?)$', 'u')
/** … and the group as the predicate: 〜のは中国人観光客です, 〜のはいつも外国人ばっかり. */
/** Blind R234M-025 kind (dec3): the group may be its visitors named politely (…からの団体のお客さまです). */
const BLAMED = phrase('^(?:が(?:ある|あった|近い)(?:から|せい|ため)|(?:の|が(?:ある|あった))?(?:(?:団体|グループ|ツアー|旅行|宿泊)客|お客(?:様|さま|さん)|実習生|留学生|労働者|入居者|住人|観光客|人|方|客|たち|ら|グループ|集団|団体|連中|若者|家族|人たち|方々|住民|あたり|辺り|周辺|近辺|界隈|一帯|地区|地域|エリア|出身者)|(?:が|の)(?:多く)?(?:住む|住んで(?:いる|る)|暮らす|多い)[^。、！？!?\\n]{0,6}?(?:アパート|団地|地区|地域|住宅|寮)(?:の)?(?:周り|周辺|あたり|辺り|付近)?)?(?:(?:による|によって(?:の)?)(?:もの|犯行|行為|被害|ケース)?|の(?:仕業|しわざ|せい))?(?:です|でした|だ(?!け)|や|でしょう|だろう|らしい|なん(?:です|だ|や)|(?:たい|ばい|じゃ)(?![ぁ-ゖ])|なので|なんで|やけん|だから|ばかり|ばっかり|が(?:多(?:い|か)(?=です|でしょ|だ|や|よう|ね|よ|[。！!…]|$)|多く(?:て|[、,])|大半|ほとんど)|[。！!…]|$)', 'u')
/** Visitors of a country with も, for praise that marvels they managed (外国人のお客様も、きちんと分別してくださって驚きました😂). */
const NATION_ALSO = /^(?:の[^。、，,の！？!?\n]{0,5})?も[、,]?(?=[^。！？!?\n]{0,12}?(?:ちゃんと|きちんと|珍しく|めずらしく|意外と|意外にも))/u
/** After a group: a topic or subject particle, maybe after a short noun (職員には, 観光客が). */
const SUBJECT = phrase(
  '^(?:(?:の方|の人|のお客様|のお客さま)?(?:や|・)[^。、，,の！？!?\\n]{1,10}?の(?:方|人|お客様|お客さま|お子さん|お子様)(?:は|が|には)|(?:々|たち|達|さん|の(?:皆さん|皆様|方々|方|人たち|人))?(?:なので|なんで|だから|ですから|ですので|やけん|やけ|ゆえ)[、,]?|(?:の方|の人|の方々)?(?:に|を|と|が)[^。、，,の！？!?\\n]{1,8}?(?:[うくすつぬぶむるぐ]と|たら|れば)|(?:の方|の人|の方々)?が[^。、，,！？!?\\n]{1,16}?(?:言い出し|言いだし|いいだし|求め|要求し|主張し|欲しがっ|ほしがっ)(?:たら|ても|てきたら)|(?:の[^。、，,の！？!?\\n]{1,6}?|が[^。、，,の！？!?\\n]{1,6}?)?(?:だと|やと|じゃと|だったら|やったら|なら)(?![^。！？!?\\n]{0,12}?(?:どなたでも|誰でも|だれでも|無料|割引|半額|優先|対象|可能|でき(?:ます|る)|ご参加|お申し込み|ok))|しか(?=[^。！？!?\\n]{0,6}?(?:乗ら|来|こ|おら|いな|住ん|使わ|利用し|残っ|参加し))|(?:の(?:お子さん|お子様|お子さま|子ども|子供|子|方))?(?:を|と)?(?:お)?連れ(?:た|の)(?:方|保護者|ご家族|家族)(?:は|が|には|って)|の(?:お子さん|お子様|お子さま|子ども|子供|子|ご家族|家族|保護者|親御さん|ご両親|付き添いの方|介助者)(?:の(?:ご家族|家族|保護者|親御さん|方|皆様|皆さま|皆さん))?(?:の方)?(?:は|が|には|って)|(?:の)?(?:皆さ[〜~ー]*ん|皆様|みなさ[〜~ー]*ん|方々|団体|集団|グループ|一行)[、,！!]|(?=の(?:仕事|役目|役割|務め)(?:だ|です|[！!。]|でしょ|やけん|$))|(?=(?:の方|の人|さん)?(?:なのに|にもかかわらず|のくせに))|(?=(?:者|の方|の人)?(?:との|と)(?:結婚|交際|付き合い|縁談))|(?:の)?[^。、，,の！？!?\\n]{0,6}?(?:は|が|って|なんか|なんて|ごとき|とか|には|とは|ばっかり|ばかり|ばっか|のくせ|くせに|同士|どうし|だけ|に限って)|(?=お断り|おことわり|お断わり|禁止|不可|出入り禁止|立ち?入り禁止|入店|入場|ng)|(?:[^。、の！？!?\\n]{0,4})?の(?:マナー|態度|振る舞い|民度|運転|大声|声の大きさ|ごみ出し|ゴミ出し)|に(?:税金|予算|お金|金)|からの(?:ご|お)?(?:[^。、，,の！？!?\\n]{0,6}?(?:への|の))?[^。、，,の！？!?\\n]{0,4}?(?:参加|入場|利用|来場|来店|乗船|乗車|入店|入会|入室|申し込み|申込|応募|予約|宿泊|受講|見学|体験|入居|採用)(?:は|を|も|について(?:は)?)|(?:の方|の人|の皆さん|の皆様|の客|のお客様|のお客さま)?の(?:ご|お)?(?:書き込み|コメント|投稿|発言|意見|質問|問い合わせ|問合せ|相談)(?:は|を|も)|(?:の方|の人|の皆さん|の皆様|の客|のお客様|のお客さま)?の[^。、，,の！？!?\\n]{0,8}?(?:ご|お)?(?:参加|入場|利用|来場|来店|乗船|乗車|入店|入会|入室|申し込み|申込|応募|予約|宿泊|受講|見学|体験|入居|採用|受け入れ|受入)(?:は|を|も|について(?:は)?)|(?:の方|の人|のお客様|のお客さま|観光客|客|団体|旅行者)?、?[^。、，,の！？!?\\n]{0,6}?(?=お断り|おことわり|お断わり|禁止|不可|出入り禁止|入店|入場|ng|ご遠慮|遠慮))',
  'u',
)
/** Laughter spelt with w (笑w, ｗｗｗ), not the letters of an address or a word (https://www., window). */
/**
 * Round 63 (GZ-026): 草 that a verb of cutting, pulling or growing describes (■刈った草, 抜いた草は…, 伸び放題の草, 干し草) is grass, not
 * internet laughter: a lookbehind put before every laughing 草.
 */
const GRASS_CUT = '(?<!刈(?:った|られた|り取った|りとった|り取られた|り終えた|り集めた|ってある|っておいた|り)|干し|抜(?:いた|き取った|きとった|かれた)|むしった|毟った|摘んだ|伸びた|のびた|伸び(?:ている|てる|放題の)|生え(?:た|ている|てる|放題の)|はえた|茂った|しげった|枯れた|集めた|積んだ|ぼうぼうの)'
const LAUGH_W = '(?<![a-z0-9/.:@_%#=&?-])w+(?![a-z0-9./:_%#=&?-])'
/** Round 103: the person's own smile or laughter, told kindly (笑顔で, 笑みを浮かべて, 笑いながら話してくださった): not the writer laughing at them. */
const OWN_SMILE103 = /笑顔|笑み|微笑|笑(?:つて|いながら|い(?:を|も)交え)(?=[^。！？!?\n]{0,10}?(?:くださ|下さ|おられ|いらつしや|なさ|くれ|語|話し|教え|振り返|答え))/gu
/** Round 118: a sentence that speaks of people, age or marriage (売れ残り said of a person, not of stock). */
const MARRIAGE_TALK118 = phrase('女性|男性|女子|男子|女の子|独身|婚活|結婚|嫁|彼氏|彼女|アラサー|アラフォー|職員|お見合い|縁談|[0-9０-９十]{1,3}(?:歳|才|代)|扱い', 'u')
const JOKE = phrase(`[😂🤣😆😝😜🤪]|笑|${LAUGH_W}|ｗ|${GRASS_CUT}草|ばっかり|ばっか|ばかり`, 'u')

interface Phrase {
  rule: Rule
  re: RegExp
  need?: readonly string[]
  instead: string
  keep?: (fo: string, sentence: Span, start: number, end: number) => boolean
  severity?: 'block' | 'warn'
  /** Match on the squeezed view (scripts kept) instead of the folded one. */
  squeezed?: boolean
}

const INSTEAD = {
  sexual: '人の身体や性に触れる言葉を削除し、催しや施設の内容そのものを紹介してください（例：「浴衣で白秋祭をお楽しみください」）',
  lookism: '容姿で人を紹介せず、担当する業務や人柄、取り組みを紹介してください（例：「観光課の職員が受付を担当します」）',
  discriminatory: '属性で人をひとまとめにした否定や排除をやめ、対象となる行為やルールそのものを書いてください（例：「乗船時は係員の案内に従ってください」）',
  stereotype: '性別・年齢・体型で人を決めつけずに書いてください（例：「どなたでも迷わず歩ける散策マップ」「どなたでも乗れるどんこ舟」）',
}

/** Body parts (of a person) and evaluations that make them a sexual or appearance remark. */
const BODY = '(?:胸元|胸|おっぱい|oppai|バスト|お尻|尻|ケツ|ヒップ|太もも|ふともも|太腿|美脚|脚|くびれ|谷間|うなじ|生足|スタイル|ボディ|体つき|からだつき|身体つき|ボディライン)'
const SEXY = '(?:チラ|ちら見え|見え(?:る|そう|ちゃ|て|た|とる)|覗|のぞ|大き(?:い|め|すぎ|く)|でか(?:い|め|すぎ)|デカ|でっか(?:い|く|すぎ|め)|でっけ|おっき(?:い|く|め|すぎ)|たまら|エロ|えろ|セクシー|色っぽ|艶っぽ|眼福|むちむち|ムチムチ|豊満|ボイン|柔らか|触(?:り|っ|れ)|揉|露出|はみ出|強調|丸見え)'
const LOOKS = '(?:きれい|綺麗|キレイ|美し|抜群|最高|細(?:い|くて)|長(?:い|くて)|(?:かわい|可愛|カワイ)(?!そ)|スタイル)'
const BODY_VETO = phrase('検診|健診|しこり|症状|受診|x線|レントゲン|乳がん|乳癌|マンモ|授乳|母乳|赤ちゃん|痛|けが|ケガ|骨折|体操|運動|ストレッチ|筋トレ|健康|いっぱい|熱く|打た|高鳴|ライフスタイル|スタイルで|着付け|着こなし|着方|三脚|脚立|椅子|机|テーブル|ピアノ|橋脚|行脚|ポーズ|フォーム|デザイン|建築|様式|手術|治療|病院|診察', 'u')
/**
 * A body part's size told of an animal or a thing (ハトは胸の大きい鳥です, 胸の大きいポケット, 名札は胸の大きい位置に): no person, so no
 * sexual remark. The animal or thing right after the match, or an animal as the sentence's topic before it. A person after it
 * (胸の大きい参加者さん) or no such word keeps the remark.
 */
/**
 * Round 105 (colleague's defect): the duck カモ as a word, not the ending かも that kana folding makes of it (…引っ込むかもね笑, 無理かも):
 * not after a verb's or an adjective's kana (の, と, や aside), and followed by a particle or a suffix of a noun (カモの親子, 鴨が).
 */
const DUCK105 = '(?:鴨|(?:(?<![ぁ-ゖ])|(?<=[のとや]))カモ(?=[のがはもをにや]|たち|達|さん|ちゃん|くん|親子))'
const NOT_A_PERSON_AFTER = phrase(`^(?:の|な)?(?:鳥|小鳥|野鳥|鳩|ハト|鶏|ニワトリ|${DUCK105}|白鳥|ペンギン|フクロウ|動物|犬|猫|魚|品種|種類|個体|オス|メス|雄|雌|名札|ポケット|ボタン|ワッペン|ロゴ|マーク|刺繍|プリント|位置|部分|ところ|サイズ|看板|像|銅像|人形|ぬいぐるみ)`, 'u')
const ANIMAL_TOPIC = phrase(`(?:鳥|小鳥|野鳥|鳩|ハト|鶏|ニワトリ|${DUCK105}|白鳥|ペンギン|フクロウ|ムクドリ|スズメ|ツバメ|カササギ|サギ|動物|犬|猫|魚|オス|メス|雄|雌|銅像|像|人形|ぬいぐるみ)(?:は|も|って|の(?:オス|メス|雄|雌|ほう)(?:は|が)?)[^。！？!?\\n]{0,12}$`, 'u')
const STAFF = '(?:秘書|職員|スタッフ|受付|担当(?:者)?|係員|係|新人|女の子|女子|女性|男性|ガイド|船頭|市長|議員|コンパニオン|ガール|お姉さん|娘|ママ(?!で|に|の|だ|です|では|じゃ|なら|にし|とな|でい|だっ)|奥さん|社員|店員|嬢|保育士|先生|看護師|ボランティア|大使|候補者|キャスト|さん|ちゃん)'

const STAFF_RE = phrase(STAFF, 'u')
/**
 * After a person word: the person is the maker of what the phrase goes on to name (職員手作りの飾り,
 * スタッフおすすめの一品), so an adjective before it (かわいい職員手作りの飾り) describes the thing made.
 */
const MADE_BY = '(?!手作り|手づくり|お手製|手製|手描き|手書き|作成|制作|製作|考案|デザイン|おすすめ|オススメ|イチオシ|一押し|厳選|セレクト)'
/** People a sexual word may be said of (citizens, students, staff). */
const PERSON = phrase(`${STAFF}|女子高生|女子高校生|女子大生|女子学生|女子中学生|学生|生徒|jk|jc|高校生|中学生|参加者|市民|住民|観光客|お客さん|奥様|人妻|お母さん|主婦|彼女|お嬢さん|ミス|浴衣姿|水着姿|制服姿|姿|女の人|女たち|男たち|人たち`, 'u')
/** セクシー of things and そそる of appetite: 食欲をそそる香り, セクシーな香水の展示. */
const SEXY_VETO = phrase('食欲|香り|匂い|におい|興味|好奇心|旅情|意欲|郷愁|味|料理|グルメ|想像力|冒険心|ドレス展|香水|ワイン|歌声|声|ダンス|衣装', 'u')
/** Talk of 部落 that protects (身元調査お断り, 本籍を聞くことは就職差別につながります). */
/** An inquiry refused, in any negative form (お答えできない／できません／いたしかねます／お答えできるものではない／お答えしていない). */
const REFUSED_ANSWER78 = '(?:お答え|お伝え|お教え|ご案内|回答|教え)(?:する(?:こと)?(?:は|が)?)?(?:でき(?:ない|ません|かね)|でき(?:る|ます)(?:もの|こと|わけ)(?:では|じゃ)(?:ない|なく|ありません|ございません)|(?:いた)?しかね|して(?:い|お)(?:ない|りません|ません)|しない|しません|いたしません|致しません)|応じ(?:られ)?(?:ない|ません)|お断り'
const BURAKU_VETO = phrase('差別|人権|啓発|心ない|決めつけ|偏見|(?:人生|将来)を(?:大きく)?(?:左右|狂わせ)|傷つけ|お断り|禁止|しない|させない|しません|やめ|いけません|いけない|なりません|違反|不正|つながる|つながり|防止|配慮|法律|条例|本人の(?:同意|申請)|証明書|手続|窓口|届|申請|後を絶|許され|お答え(?:でき|し)|回答(?:でき|し)(?:ません|ない|かね)|応じ(?:られ|ません|かね)|行為', 'u')
/**
 * Round 60 (GW-081): an inquiry into origins told as a practice still seen (結婚や就職の際に出身地を調べる身元調査が今も見られる),
 * then pointed back at and condemned in the next sentence (こうした行為は差別を助長するものであり、決して許されない, このような
 * 問い合わせは差別につながります): an awareness post naming the act to condemn it; not when the next sentence turns (こうした調査を
 * 差別だと言う人もいますが、親なら当然) or only points back (こうした下調べは親として当然).
 */
const CONDEMNED_NEXT60 = phrase('^[。．.!！\\s]{0,3}(?:こうした|このような|こういった|こういう|これらの|これら|そうした|そのような|そういった|それらの|それら|いずれも)[^。！？!?\\n]{0,16}?(?:は|も)[、,]?[^。！？!?\\n]{0,30}?(?:差別(?:を助長|につなが|にあた|に当た|そのもの|行為|です|であ)|人権(?:の)?侵害|許され(?:ない|ません|るもの(?:では|じゃ)な)|許さない|あってはな|してはな|してはいけ|違法|法律で禁|禁止され)', 'u')
const TURNED60 = phrase('と(?:言|い|思|お)|という|けど|けれど|ですが|だが|ものの|しかし|でも、', 'u')
function condemnedNext60(fo: string, s: Span): boolean {
  const next = fo.slice(s.end, s.end + 90)
  const m = CONDEMNED_NEXT60.exec(next)
  if (!m) return false
  const stop = next.slice(m[0].length).search(/[。！？!?\n]/u)
  const sentence = next.slice(0, m[0].length + (stop < 0 ? next.length : stop))
  return !TURNED60.test(sentence)
}
/** Where checking someone's origin is about marriage, work or land. */
const BACKGROUND_CONTEXT = phrase('結婚|縁談|婚約|嫁|婿|交際|付き合|相手|採用|雇|就職|応募者|入居|賃貸|土地|家を|物件|不動産|引っ越|近所|取引', 'u')

/** People a remark about looks may be aimed at (the sentence, or up to 60 characters before it: 女性職員が浴衣で接客します！目の保養にどうぞ). */
const PEOPLE_SHOWN = phrase('女性|女の子|女子|浴衣|水着|職員|お姉さん|看護師|保育士|白衣|ナース|天使|男性|イケメン|美人|コンパニオン|ガール|新人|スタッフ|ママ(?!で|に|の|だ|です|では|じゃ|なら|にし|とな|でい|だっ)|奥さん', 'u')

/** A protected group or an origin named nearby (this sentence or the one before it): what an unnamed predicate (関わるとろくなことがない, 気にするのも無理はない) is said of. */
const PROTECTED_NEAR = phrase('宗教|信者|教団|カルト|モスク|イスラム|ムスリム|エホバ|創価|統一教会|(?:外国|中国|韓国|朝鮮|ベトナム|フィリピン|ブラジル|ネパール|ミャンマー|インドネシア|大陸)(?:人|籍|系|出身|の(?:方|人|お客|観光客|団体)|から(?:の(?:方|人|お客|観光客|団体)|来))|実習生|留学生|移民|難民|在日|障(?:害|がい|碍)(?:者|児|の(?:ある|あ)|を(?:お持ち|持)|のある)|(?:視覚|聴覚|身体|知的|精神|発達)障|車いすの|車椅子の|同性|lgbt|性的少数|性的マイノリティ|ゲイ|レズ|トランス|パートナーシップ|生活保護|保護を受|受給|部落|同和|出身|土地柄|家柄|出自|素性|国籍|ホームレス|ひとり親', 'u')
/** Safety advice about a danger, not a group (不審者, 悪質な勧誘, 野生動物): avoiding it is prudence. */
const DANGER = phrase('不審|詐欺|悪質|消費生活|犯罪|被害|勧誘に(?:ご)?注意|熊|クマ|イノシシ|猪|蜂|ハチ|野犬|動物|カラス|サル|猿|蛇|ヘビ|川|水路|増水|崖|がけ|斜面|倒木|電線|工事現場|台風|大雨', 'u')
/** The text before a finding: the sentence and up to 80 characters before it (the sentence before). */
const near = (fo: string, s: Span) => fo.slice(Math.max(0, s.start - 80), s.end)
/**
 * A frame that reports what others say (という声, とのご意見, といった苦情, と言われ, という相談): right after a
 * group's predicate it makes the sentence a relayed complaint, not the account's own claim. Round 56: …って話 that closes
 * the writer's own sentence (女は家におれって話, …って話や) is the writer's conclusion, not a story relayed (…って話を聞いた).
 */
const REPORTED = phrase('^[^。、！？!?\\n]{0,6}?(?:という|との|といった|って|っていう)(?:(?:ご|お)?(?:声|意見|指摘|苦情|相談|要望|問い合わせ|お問い合わせ|投書|通報|話(?!(?:や|だ|じゃ|よ)?(?:ね|よ|な|ん|ろ)?[〜~ー…。！!w笑\\s]*$)|ご相談|ご意見|ご指摘|ご要望|クレーム|書き込み|口コミ|印象|イメージ|批判))|^[^。、！？!?\\n]{0,6}?(?:と|って)(?:言われ|いわれ|よく言われ|指摘され|思われ|聞かれ)|^[^。、！？!?\\n]{0,6}?[、,]?(?:と|って)(?:心配|懸念|不安に思|危惧)(?:する|される|している|されている|なさる)(?:声|方|意見|人|ご意見)', 'u')
/** A count said to fall (は減少傾向, が減って, は少なく). */
const FALLING = phrase('^[^。！？!?\\n]{0,4}?(?:は|が|も)?[、,]?(?:減少|減って|減り|少な|低(?:い|く|下)|横ばい|ゼロ)', 'u')
/** A limit set by a building or a programme's rules, not by who the person is (段差のため2階席は, この給付金の対象外, 献血). */
const LEGIT_LIMIT = phrase('段差|階段|エレベーター|スロープ|構造上|給付金|手当|補助金|助成金|支給|控除|献血|輸血|臓器|予防接種|ワクチン|国籍条項|公権力', 'u')
/** A building's make (段差, エレベーターがない) excuses keeping a disabled group out only when the post offers help or another way. */
const BUILT_LIMIT = phrase('段差|階段|エレベーター|スロープ|構造上', 'u')
const ACCESS_HELP = phrase('介助|手伝|申し出|相談|連絡|問い合わせ|声(?:を)?(?:かけ|掛け|がけ)|スタッフ|職員|係員|案内|用意|別の|[1１一]階|代わり|配信|オンライン|補助|サポート|対応|迎え|配慮|電話|できる限り|可能な限り', 'u')
/** A resident's view quoted (「…」とのご意見ですが) and what answers it in the same sentence (…とは関係なく減少傾向). */
const QUOTED_VIEW = phrase('[」”』](?:という|との|といった|って)(?:ご|お)?(?:意見|声|指摘|相談|要望|問い合わせ)', 'u')
const VIEW_ANSWERED = phrase('関係(?:なく|ない|ありません|はありません|は見られ)|減少|根拠(?:は|が)?(?:ない|ありません)|事実(?:は|も)?(?:ない|ありません|ございません)', 'u')
/** An inquiry into origins named as a harm (…出身地を調べる身元調査や…書き込みが後を絶ちません。…人権侵害です). */
const ORIGINS_NAMED = phrase('身元調査(?:や|は|を|が|に|も)|後を絶|(?:人生|将来|生活|心)を(?:大きく)?(?:左右|狂わせ|奪|傷つけ)|人権侵害|差別(?:に|を)?(?:つなが|あた|当た)|(?:行為|こと)(?:は|も)[^。！？!?\\n]{0,10}?(?:侵害|差別|許され)', 'u')
/** A claim named in order to deny it (…が悪化したというデータはありません, …という事実はない). */
const DENIED = phrase('^[^。！？!?\\n]{0,14}?(?:という|との|といった|を(?:結び|むすび)(?:つけ|付け)る|と(?:の)?(?:関連|関係|因果関係|相関)(?:を示す|がある(?:という)?)?)(?:データ|統計|事実|根拠|証拠|傾向)(?:は|も)(?:ない|ありません|ございません|なか|見られ(?:ない|ません)|確認され(?:ていない|ていません|ておりません))', 'u')
/** The account siding with what it reports (…という大家さんの気持ちもよく分かります, …という声ももっともです). */
const ENDORSED = phrase('(?:気持ち|心情|お気持ち|考え|言い分|思い|ご意見|意見|声)(?:も|は)?[、,]?(?:まあ|まぁ|よく|十分|痛いほど|とても|すごく|なんとなく|正直)?[、,]?(?:よく|十分|正直)?(?:わか|分か|理解でき|共感(?:でき|し)|察し)|(?:無理|むり)(?:は|も)(?:ない|なか|ありません|ございません)|(?:ごもっとも|もっとも(?:です|だ|や))|同感|(?:仕方|しかた)(?:が|の)?(?:ない|なか|ありません)|しょうがな|しょんなか|(?:そりゃ|そりゃあ|それは|まあ|まぁ)[、,]?そう(?:です|だ|や|でしょう)(?:よね|よな|ね|な|わ|ろ)?|当然(?:です|だ|や)(?:よね|よな)', 'u')
/** A prejudice reported in order to be answered (〜と思っていませんか, 〜ではありません, 偏見です). */
const ANSWERED = phrase('と思(?:つて)?(?:い)?ませんか|思い込み|わけでは(?:ない|ありません|なか)|ではありません|ではなく|じゃありません|誤解|偏見|差別|人権|根拠(?:は|の)?(?:ない|ありません)|事実は(?:ない|ありません)|データ|イメージを(?:覆|変え|打ち破)|思われがち|時代は終わ|時代では(?:ない|ありません)|ませんか', 'u')

/**
 * Round 105 (colleague's block): a prejudice named as a common view and denied (母子家庭の子は手がかかる、と思われがちですが、そんなことは
 * ありません; …と言われがちです。でも、そうではありません; …て思われがちばってん、そげなことはなか): the predicate right after the group is
 * followed by と思われ/言われ/見られ + がち/やすい/ることが多い and, within the sentence or the next, a denial (そんなことはない, そうでは
 * ない, そうとは限らない, 偏見, 誤解, 思い込み, 違います). Awareness, not a claim. Not …と思われがちですが、実際その通りです.
 */
const PRESUMED_DENIED105 = phrase('^[^。！？!?\\n]{0,4}?[、,]?(?:と|って|て)(?:よく|昔から|一般に|世間では|どうしても)?(?:思われ|おもわれ|言われ|いわれ|見られ|みられ|考えられ|誤解され|決めつけられ|思い込まれ)(?:がち|やすい|やすく|ることが(?:多|あ)|ることも(?:あ|多)|ている|ています|ていますが|てきました|とる|とります|ますが)[^\\n]{0,40}?(?:そ(?:んな|げな|がん|ういう|のような)こと(?:は|も)?(?:決して|けっして|全く|まったく)?(?:ありません|ございません|ない|なか|あらへん)(?!か|(?:と|って|て)(?:いう|言う|いわれ|言われ|いっ|言っ|思う|おもう))|そう(?:では|じゃ|じや)(?:ない|なか|ありません)|そうとは限(?:ら|りません)|偏見|誤解|思い込み|決めつけ|違います|ちがいます|間違い)', 'u')
/**
 * Round 121 (R121A-146): the mood lifted after a misfortune (気分を上げていこう, テンションアゲて, はしゃいで): levity even when the post
 * speaks of rebuilding (復興ソングでも流して気分を上げていこう🎉), which otherwise excuses a cheer.
 */
const MOOD_UP121 = '気分(?:を|も)?(?:上げ|あげ|アゲ|上が|あが)|はしゃ(?:い|ぎ|ご)|浮かれ(?:て|よ|ちゃ)'
const MOOD_UP121_RE = phrase(MOOD_UP121, 'u')
/**
 * Round 121 (R121A-026/056/146): a disaster's damage named as what the people suffered (大雨で被害を受けた地区, 水害のがれきの山, 水害から
 * ひと月): an event, but a warn (no death or injury is told) unless the levity is laughter.
 */
// Blind R172A-141 (W18): a utility's pipe burst or a road caved in, told as done (水道管の破裂で、道路が噴水みたいになってて草🤣, 道路が
// 陥没して): damage the people live with; not one guarded against (破裂を防ぐ, 破裂に注意, 破裂しないよう: SUPPOSED_AFTER).
const BURST_W18 = '(?:水道管|水道本管|配水管|送水管|給水管|下水管|ガス管)(?:が|の)?(?:破裂|破損|損傷|漏水)|(?:道路|路面|歩道|車道)(?:が|の)?陥没'
const DAMAGE121 = phrase(`${BURST_W18}|` + '(?:大雨|豪雨|台風|地震|水害|洪水|津波|竜巻|土砂災害|災害|震災|浸水|火災|火事)(?:で|による|の)(?:大きな|甚大な)?被害(?:を受け|に遭|にあ|が出|を受|が発生)|(?:水害|災害|震災|地震|被災|津波|豪雨|台風|火災|火事)(?:の|で出た)?(?:がれき|瓦礫)|(?:がれき|瓦礫)の山|(?:水害|震災|豪雨|災害|台風|地震|大雨|洪水|津波|火災|火事)(?:から|の(?:あと|後)|後)(?:[0-9０-９一二三四五六七八九十半数]+|ひと|ふた|み)(?:月|か月|ヶ月|カ月|ケ月|年|週間|日)')
const LAUGHED121 = phrase(`${LAUGH_W}|[（(]笑[)）]|(?<![ぁ-ゖ一-龥])笑(?![ぁ-ゖ一-龥])|[😂🤣😆]|ウケ(?:る|た)`, 'u')
/** A relish of food in an emoji or a smack of the lips (😋, 🤤, じゅるり). */
const YUM121 = phrase('[😋🤤]|じゅるり|じゅるっ', 'u')
/** A turn at a clause's head (…聞いた…。でも, …みたい。けど). */
const BUT121 = phrase('(?<=[。….！!、,\\n]\\s?)(?:でも|けど|だけど|けれど|それでも|とはいえ)', 'u')
/** Help for the damage (撤去, ボランティア, 募集, ご協力, 回収): a damage event followed by it is not made light of. */
const HELPED121 = phrase('撤去|ボランティア|募集|ご協力|協力(?:して|を)|清掃|回収|収集|仮置き|受け付け|受付|申請|相談|見舞', 'u')
/** A concession after relief (幸い軽いけがで済んだそうですが、見事にドボンでした😂): the relief does not excuse what follows it. */
const CONCEDED121 = phrase('(?:が|けど|けれど|けども|ものの|のに)[、,]')
/** An accident, a fire, a death, a disaster's damage that has happened (not one guarded against: 火事が起きたら, 事故ゼロ; not a count: 死者数). */
const EVENT = phrase(
  '火事(?:が|も)?(?:あっ|あり|発生|起き|だ|や(?:ん|っ)|らしい|っぽい|みたい)|火災(?:が)?(?:発生|あっ|ありまし|あり[、,]|起き)|(?:火災|火事|事故)(?:の)?現場(?:の|を|に)?[^。！？!?\\n]{0,8}?(?:見に(?:行|来|い)|見てき|通っ|通り(?:かか|過ぎ|すぎ)|通(?:過|りがか)|遭遇|出くわ|居合わせ)(?:ったら|たら|った|て)?|(?:孤独|孤立)死(?:が|も)?(?:あっ|ありまし|発生|起き|され|し(?:た|て))|全焼|半焼|全壊|半壊|倒壊|流失|燃えて(?:る|い|た)|燃えと(?:る|っ)|亡くな(?:っ|られ|り|る)|死亡(?:し|事故|が確認)|死者(?!数)|犠牲(?:者(?!数)|に)|(?:転落|衝突|死亡|水難|交通|人身|踏切|沈没|転覆|墜落|脱線|座礁|遭難|爆発|列車|航空|船舶|観光船|遊覧船|単独|自損|追突|多重|玉突き|横転)事故(?!(?:の)?(?:防止|ゼロ|件数|数|対策|相談|被害者|に(?:ご)?注意|に気をつけ|に遭わない|を防|をなくす|のない|多発))|(?:沈没|転覆|墜落|脱線|座礁)し(?:た|て)|事故(?:が)?(?:あっ|ありまし|あり[、,]|発生|起き)|(?:流され|溺れ|おぼれ|はねられ|ひかれ|轢かれ)(?:た|て)|遺体|けが人(?:が)?(?:出(?!な|ず|ま?せん)|多)|浸水(?:し|被害)|床(?:上|下)浸水|冠水(?:し|被害)|水没|水浸し|水(?:の中|びたし)(?:の[^。！？!?\\n]{0,4})?に(?:なっ|沈)|土砂崩れ|崩落|被災(?:し|され|地)|行方不明(?:者|に|と|の(?:方|人))|心肺停止|意識不明|重体' +
    // Blind R146I-005/061: an injury to someone told as done (観客2人がやけどしちゃいました, 職員が…指を切断する大けがをしました); not one guarded
    // against (やけどしないよう, やけどしたら) nor one's own (no one named).
    '|(?:[0-9０-９一二三四五六七八九十数]+(?:人|名)|観客|来場者|見物客|お客(?:さん|様)|職員|作業員|従業員|スタッフ|選手|児童|生徒|園児|参加者|住民|隊員|ランナー|男性|女性|子ども|子供|男の子|女の子|高齢者)(?:が|も|の(?:方|人)が)?[^。！？!?\\n]{0,24}?(?:やけど|火傷|大けが|大怪我|重傷|骨折|切断する(?:大)?(?:けが|怪我))(?:を)?(?:し(?:た(?!ら|り)|て(?!も|は|な)|ちゃ(?!う|わ)|まし)|負(?:っ|い|わ))' +
    // Blind R156I-087: a road or a town turned into a river, a pond or the sea by a flood (道路が完全に川になってて, 駐車場が池みたいに
    // なった, 商店街が湖と化した): damage that happened; not a likeness of a view (道が川になったような景色), not one supposed (…になったら).
    '|(?:道路|(?<![一-龥])道|通り|県道|市道|国道|町中|街中|まち|駐車場|家の前|庁舎前|役所前|駅前|校庭|グラウンド|商店街|地下道|アンダーパス|線路|田んぼ)(?:が|は|も)[、,]?(?:完全に|すっかり|まるで|もう|一面)?(?:(?:川|池|湖|海)(?:に|みたいに|のように|状態に)なっ(?:て|た|と|ちゃ)(?!ような|みたいな|かのよう|ように)|(?:川|池|湖|海)と化し)' +
    // Blind R187I-066 (W21): a canal, a river or a ditch overflowed, told as done (掘割があふれて、柳川がついに本物の“水の都”に😂, 川が氾濫した,
    // 水路から水があふれ出して); not one feared or supposed (あふれるおそれ, あふれたら, あふれないよう), not a crowd or a feeling that overflows.
    '|(?:掘割|(?:お)?堀|(?<![一-龥])川|河川|水路|用水路|排水路|側溝|ため池|クリーク|下水|マンホール)(?:の水)?(?:が|から)(?:水が)?[、,]?(?:あふれ(?:出し)?|溢れ(?:出し)?|氾濫し|決壊し)(?:て(?!も|は)|た(?!ら|り)|まし|ちゃ(?!う))' +
    // Round 124 (R124A-126/137): a person collapsed or taken by ambulance (救急搬送されました, 熱中症で倒れたスタッフ, ランナーが倒れて); not
    // a fall supposed (倒れないよう, 倒れても) or a thing that fell (看板が倒れ); 救急車で運ばれ stays the illness kind's (round 28, warn).
    // Round 126 (R128I-087/114): a misfortune dated just before it (今朝の事故, さっきの地震, 昨夜の火事): one that happened.
    // Blind R178A-004 (W19): the place may stand between, with its own の (昨夜の沖端町の住宅火災); not a drill or a plan named there (今日の
    // 防災訓練の火災想定: the lookahead below, 訓練 and 想定 kept out of the place).
    '|(?:今朝|昨夜|昨晩|昨日|きのう|今日|きょう|さっき|先ほど|先程|今夜|今晩|未明|深夜|夕方|昼間)の(?:(?![一-龥]{0,5}?(?:訓練|防災|演習|想定|模擬|予防|対策|講習|教室))[一-龥]{1,5}の)?(?:[一-龥]{1,4})?(?:火事|火災|事故|地震|揺れ)(?!(?:の)?(?:防止|ゼロ|対策|訓練|に備え|を防|に(?:ご)?注意))|救急搬送|(?<![一-龥])搬送され(?:た|まし|て)|' +
    // Blind R139I-047/069: a suicide told as news (いじめ自殺の報道, 自殺した生徒) and a natural disaster that happened (地震があった,
    // 豪雨が発生し); not one supposed (地震があったら: SUPPOSED_AFTER) nor a campaign (自殺防止, いじめ自殺をなくす).
    '(?:いじめ|過労|焼身)自殺(?!(?:の)?(?:防止|予防|対策|ゼロ|をなく|を防))|自殺(?:し(?:た|て(?!は|も))|され(?:た|まし)|者(?!数)|事件|の(?:報道|ニュース)|が(?:あっ|起き|発生|相次))|(?:大)?(?:地震|震災|津波|噴火|竜巻|豪雨|大雨|台風|水害|洪水|土砂災害)(?:が)?(?:あっ(?:た|て)|ありまし|発生し|起き(?:た|て|まし))|(?:熱中症|心筋梗塞|脳梗塞|脳卒中|脱水(?:症状)?|貧血|心臓発作|急病)(?:で|により|のため)(?:倒れ|意識を失)(?:た|て(?!も)|まし|られ)|(?:ランナー|選手|参加者|スタッフ|職員|観客|来場者|お客さん|お客様|男性|女性|高齢者|児童|生徒|園児|(?<![一-龥])人|(?<![一-龥])方)(?:が|も)(?:次々(?:と|に)?)?倒れ(?:た|て(?!も)|まし|られ)|倒れ(?:た|られた)(?:方|人|スタッフ|選手|ランナー|職員|参加者|お客)',
)
/**
 * Blind R156I-075: 笑 right after an emoji (…ヘッドスライディングでした⚾笑 早く…) is a laugh even when the squeezed view joins it to the
 * kanji or kana of the next sentence (⚾笑早く, 🥋笑お大事に); not 笑顔, 笑話, 笑門 or a verb (🌸笑って, 笑おう).
 */
const EMOJI_LAUGH156 = '(?<=\\p{Extended_Pictographic}\\ufe0f?)笑(?![いうえわっみらりるれろ顔話声門点劇福止納]|お[うっ]|ま[すしせ])'
/**
 * Blind R171I-134 (W18): エモい after a hiragana intensifier (ちょっとエモかった, なんかエモい, めっちゃエモすぎ). The folded view writes エモ
 * as えも, so a bare one after kana is kept out (考えも, うえも); after these adverbs it is the slang (台風で流されてく家、どんこ舟みたいで
 * ちょっとエモかった: a home swept away savoured as a sight).
 */
const EMO_W18 = '(?<=(?:ちょっと|ちょい|なんか|なんだか|めっちゃ|めちゃ|めちゃくちゃ|すごく|すごい|逆に|まじ|マジ|超|最高に|かなり|ほんと|ほんとに|妙に|普通に))エモ(?:い|すぎ|く|か(?:った|る))'
/** Levity: laughter, slang of delight, celebratory emoji, "photogenic". */
const LEVITY = phrase(
  `(?<![見照])映え|ばえ(?![ぁ-ゖ])|(?<![ぁ-ゖ一-龥])エモ(?:い|すぎ|く|か(?:った|る)|(?![ぁ-ゖ]))|${EMO_W18}|${MOOD_UP121}|[（(]笑[)）]|(?<![ぁ-ゖ一-龥])笑(?![ぁ-ゖ一-龥])|${EMOJI_LAUGH156}|(?<=[ぁ-ゖ])笑(?=[\\s。！!？?、…〜ー]|$)|${LAUGH_W}|(?<![一-龥])${GRASS_CUT}草(?![ぁ-ゖ一-龥])|ウケ(?:る|た|ます)|見事(?:に|な)(?:ぺちゃんこ|ぺしゃんこ|ぐちゃぐちゃ|ぐしゃぐしゃ|大破|ぼこぼこ|べこべこ|真っ二つ)|ビフォーアフター|テンション(?:上が|あが|上げ|あげ|アゲ|爆上|MAX|max)|ワクワク|わくわく|ラッキー|パラダイス|キャンプファイ(?:ヤー|アー)|バーベキュー|焼き芋|焼肉|[😂🤣😆😝😜🤪🎉🥳🙌🤩😍😁😄😃🎊📸✌👍💃🕺🤙🎆🎇🥂🍻😉😋]`,
)
/** A turn from the misfortune to something else (気持ちを切り替えて, それにしても, でも今夜は): after it, any cheer is levity about it. */
const TURN = phrase('(?:堅い|固い|かたい|暗い|重い|難しい|真面目な|まじめな|湿っぽい|しんみりした)(?:話|話題|ニュース)(?:は|を)?[、,]?(?:置い(?:と|て)|おい(?:と|て)|さておき|抜きに|ぬきに|やめ)|(?:みたい|らしい|とのこと|ようです|ようだ|そうです|そうだ|って)(?:だ|です)?(?:けど|けれど|けども|ですが|が)[、,]?(?=[^。！？!?\\n]{0,12}?(?:は|では|も)[、,]?[^。！？!?\\n]{0,4}?(?:今日|今夜|いつも|平和|通常|変わらず|快晴|晴れ))|気持ちを切り替え|気を取り直|切り替えて(?:いき|いこ|行こ|、)|それはさておき|それはそれとして|それにしても|(?<=^|[。！!？?\\n、…]\\s?)ところで|話(?:は|を)変わ|話題を変え|(?:でも|けど|だけど|とはいえ)[、,]?(?:今夜|今日|明日|今週末|週末)(?:は|の|も)|(?:でも|けど|だけど|とはいえ)[、,]?[^。！？!?\\n]{0,14}?(?:おいし|美味し|うまか|うまい|旨(?:い|か))|(?<=[。！!？?\\n…〜~]\\s?)(?:さて|よし|さあ)?[、,]?(?:今日|明日|今週)も(?=[^。！？!?\\n]{0,6}?(?:がんば|頑張|元気|張り切|はりき))', 'u')
/** A hearsay concession as the turn (…みたいだけど、柳川は今日も平和): relief after it (けが人はいないそうです) still excuses the cheer. */
const HEARSAY_TURN = phrase('^(?:みたい|らしい|とのこと|ようです|ようだ|そうです|そうだ|って)', 'u')
/** Cheer that is levity only after such a turn (絶好の川下り日和です☀️✨, 梅雨はしつこいですね😅). */
const BRIGHT = phrase(`${LEVITY.source}|[✨☀🌞😊😅☺🎶♪♫🌈💕❤🚣🌸😎]|日和|楽しんで|お楽しみ|盛り上が|盛り上げ|盛大に|元気(?:に|いっぱい|よく)|がんば(?:ろ|りま|るぞ)|頑張(?:ろ|りま|るぞ)|張り切|はりき`, 'u')
/** What follows a misfortune and may be welcomed (再建, 復旧, 受け継いだ味): not levity about it. */
const REBUILT = phrase('退院|復帰|完治|回復|再建|復旧|復興|再開|完成|修復|落成|支援|寄付|募金|ありがとう|感謝|遺志|受け継|継い|引き継|思い出|偲|しの|形見|生前|追悼|供養', 'u')
/**
 * W20: a smiling face (😄 😃 😁 🙌 👍), not a laughing or party one, and the hopeful scene it may close, told of the people after the harm
 * (子どもたちが笑顔を見せてくれました, 元気をもらいました, 営業を再開しました, 励まされました): it smiles at their recovery, not at the harm.
 */
const SMILE_W20 = phrase('^[😄😃😁🙌👍]$', 'u')
const HOPEFUL_W20 = phrase('笑顔|元気(?:を(?:もら|いただ|届け|出し)|に(?:遊|営業|過ご|頑張|がんば|走|登校|通)|いっぱい)|(?:営業|運行|運航|授業|診療|開館|開園)(?:を)?再開|再開(?:し|いたし)(?:ました|ています|ております)|復興|励ま|勇気(?:を|が|づけ)|希望(?:を|が|の光)|前を向|支え合|助け合|力強く', 'u')
/** Relief that no one was hurt (けが人が出なくてよかった🙌): not levity; not 安心して乗りに来てね (round 47: an invitation, not relief). */
const RELIEF = phrase('出な|出ず|(?:被害|けが|怪我|ケガ|死者|犠牲|延焼)[^。！？!?\\n]{0,6}?(?:なかった|なく|ありませんでした|なし|ゼロ)|いなかった|おらんかった|ませんでした|無事(?!(?:に)?(?:終了|終わ|閉幕|閉会|開催|実施|完了|終え|完走))|よかった|良かった|幸い|ほっと|安心(?!して(?:ください|下さい|乗|の|来|遊|お越|ご利用|お楽しみ|お出かけ|ね|w|[〜~！!]))', 'u')
/** Just after the event: a supposed or prevented one (火事が起きたら, 事故を防ぐ, 死亡事故ゼロ, 事故のない). */
const SUPPOSED_AFTER = phrase('^[^。！？!?\\n]{0,4}?(?:たら(?!し)|れば|場合|際|ないよう|ないため|ゼロ|0件|のない|もなく|なし|を防|の防止|防止|予防|に備え|を想定|想定|訓練|対策|に(?:ご)?注意|に気をつけ|に気を付け|出な|出ず|なかった|ませんでした)', 'u')
/**
 * Round 63 (GZ-026): just after it, the misfortune named as a hazard a thing leads to, not one that happened (雑草は…交通事故につながる
 * おそれもあります, 空き家は倒壊や火災の原因になります, 死亡事故につながります, 火災を招きかねません); a cause that did happen (渋滞の原因になりました) is still one.
 */
const HAZARD_AFTER = phrase('^[^。！？!?\\n]{0,8}?(?:(?:に|へと?)(?:つなが|繋が)(?:る|り(?:ます|かね|やす))|の?原因(?:に|と)(?:なる|なり(?:ます|かね|やす))|(?:の|が(?:起(?:こる|きる)))?(?:おそれ|恐れ|危険性?|可能性|リスク)(?:が|も|は)?(?:あ|高|ござ)|を招(?:く|き(?:ます|かね)))', 'u')
/** Just before it: 防災, 万一, もしも, 訓練. */
const SUPPOSED_BEFORE = phrase('防|予防|備え|想定|訓練|万一|万が一|もしも|もし|仮に|ゼロ|なくそう|啓発|注意', 'u')
/** A count or a campaign, not one misfortune (昨年は死亡事故が3件発生, 死亡事故多発警報). */
const STATS = phrase('昨年|年間|今年|例年|過去|これまで|統計|件数|[0-9０-９一二三四五六七八九十]+件|多発|警報|防止|注意|ゼロ|運動|キャンペーン|週間', 'u')
const CONDOLENCE = phrase('ご冥福|お悔やみ|哀悼|お見舞い|黙とう|黙祷', 'u')
/** Blind R170I-068 (W17): the column of death notices (お悔やみ欄) is no condolence of its own. */
const NOTICE_COLUMN = /お悔やみ(?:欄|情報|コーナー|記事|広告)/gu
const INSENSITIVE = '事故・火災・災害・訃報には、茶化す言葉や絵文字を使わず、事実と注意の呼びかけ、お見舞いの言葉だけを書いてください。催しの告知は別の投稿にしてください（例：「沖端地区で火災がありました。付近を通行される方はご注意ください。」）'

/** Blind R146I-005/061: an injury, not a death (観客2人がやけど, 指を切断する大けが): levity after it is a warn, as in round 26. */
const INJURY146 = phrase('やけど|火傷|大けが|大怪我|重傷|骨折|切断', 'u')
/**
 * Blind R156I-075: a supposing ending (たら, れば) read in the folded view may be the start of a katakana word after a past form
 * (救急搬送されたランナーさん: された + ランナー folds to …たらんなー): not a supposition. `kata(i)` tells whether folded letter i was
 * written in katakana.
 */
function supposedAfter(fo: string, e: number, kata?: (i: number) => boolean): boolean {
  const m = SUPPOSED_AFTER.exec(fo.slice(e, e + 12))
  if (!m) return false
  if (kata && /(?:たら|れば)$/u.test(m[0]) && kata(e + m.index + m[0].length - 1)) return false
  return true
}

/**
 * Blind W26 (dec9): a road or a town made a river, a pond or the sea (通りが川みたいになって, 駐車場が池のように): the flood reading. It is
 * a METAPHOR when a crowd, traffic or lights fill the likeness (川みたいになった人の流れ, 人で川のように, 車の川, 光の川) and the paragraph
 * names no water, rain or flood: no flood, no event.
 */
const WATER_LIKE_D9 = phrase('(?:川|池|湖|海)(?:に|みたいに|のように|状態に)なっ|(?:川|池|湖|海)と化し', 'u')
const CROWD_FILL_D9 = phrase('人の流れ|人波|人出|人混み|人込み|人ごみ|人だかり|(?<![一-龥])人で|群衆|行列|車列|車の列|(?<![一-龥])車で|渋滞|灯り|明かり|あかり|灯籠|灯篭|提灯|ちょうちん|ランタン|キャンドル|イルミ|光の|浴衣|観客|見物客|参拝客|来場者|踊り手|神輿|みこし|山笠|パレード|ランナー|自転車', 'u')
const WET_D9 = phrase('雨|台風|浸水|冠水|洪水|水害|氾濫|決壊|水没|水浸し|水びたし|水に?(?:つか|浸か)|増水|水位|泥|排水|あふれ|溢れ|高潮|大水|災害|被害|水が', 'u')
/**
 * Blind W26 (dec9): a laugh in a LATER sentence about something else (…片付けを頑張りました。今日はいい天気ですね（笑）) does not make the
 * sober report of a flooded road (道路が川みたいになった日は) a joke: no water, boat, road or flood in what comes between.
 */
const WATER_REF_D9 = phrase('川|池|湖|海|水|舟|船|ぼーと|かぬー|いかだ|泳|浮き輪|うきわ|釣|通勤|通学|送迎|べねちあ|ゔぇねつぃあ|べにす|どんこ|長靴|道路|通り|冠水|浸水|雨|流さ|流れ|ぷーる|さーふぃん|魚|鯉|かえる|かっぱ|河童|映え|ばえ', 'u')
const SENTENCE_END_D9 = /[。！？!?\n](?=[^。！？!?\n]*$)/u
function laughElsewhereD9(fo: string, ev: Span, l: Span): boolean {
  const tail = fo.slice(ev.end, l.end)
  const k = SENTENCE_END_D9.exec(tail.slice(0, -1))
  return k !== null && /[^。！？!?\s]/u.test(tail.slice(0, k.index)) && !WATER_REF_D9.test(tail)
}

/** An event that happened (not supposed, prevented or a count): its folded span. */
function actualEvents(fo: string, kata?: (i: number) => boolean): (Span & { damage?: boolean; injury?: boolean; water?: boolean })[] {
  const out: (Span & { damage?: boolean; injury?: boolean; water?: boolean })[] = []
  EVENT.lastIndex = 0
  DAMAGE121.lastIndex = 0
  const found = [...matchAllOf(EVENT, fo)]
  for (const m of matchAllOf(DAMAGE121, fo)) if (!found.some((f) => f.index < m.index + m[0].length && m.index < f.index + f[0].length)) found.push(Object.assign(m, { damage: true }))
  for (const m of found.sort((x, y) => x.index - y.index)) {
    const a = m.index
    const e = a + m[0].length
    if (supposedAfter(fo, e, kata) || HAZARD_AFTER.test(fo.slice(e, e + 24)) || SUPPOSED_BEFORE.test(fo.slice(Math.max(0, a - 10), a))) continue
    const water = WATER_LIKE_D9.test(m[0])
    // Blind W26 (dec9): a crowd, traffic or lights like a river, with no water named in the paragraph, is no flood.
    if (water && CROWD_FILL_D9.test(fo.slice(Math.max(0, a - 16), e + 12)) && !WET_D9.test(fo)) continue
    out.push({ start: a, end: e, damage: (m as { damage?: boolean }).damage, injury: INJURY146.test(m[0]), water })
  }
  return out
}

/**
 * Levity after an event in the same paragraph (a line break may come between: 火事、亡くなった人おったらしい…⏎でも今夜の花火は…テンション上げてこ🎆):
 * laughter or celebration within 100 characters, or any cheer after a turn (それにしても…😅, 気持ちを切り替えて…日和です☀️).
 */
function levityAfter(fo: string, ev: Span): (Span & { soft?: boolean }) | null {
  const win = fo.slice(ev.end, Math.min(fo.length, ev.end + 100))
  LEVITY.lastIndex = 0
  const l = LEVITY.exec(win)
  TURN.lastIndex = 0
  const t = TURN.exec(win)
  let end = -1
  if (t) {
    BRIGHT.lastIndex = 0
    const b = BRIGHT.exec(win.slice(t.index + t[0].length))
    if (b) end = ev.end + t.index + t[0].length + b.index + b[0].length
  }
  if (t && end >= 0 && (REBUILT.test(fo.slice(ev.start, end)) || RELIEF.test(fo.slice(ev.start, ev.end + t.index)) || (HEARSAY_TURN.test(t[0]) && RELIEF.test(fo.slice(ev.start, end))))) end = -1
  // Round 121 (R123A-033): a turn (でも, けど) from a death or an accident to a relish of food (…亡くなったって聞いた…。でもタレの味はちゃんと
  // 受け継がれてるから安心だモン😋): the inherited taste does not excuse the relish, a warn.
  if (end < 0 && l) {
    let span = fo.slice(ev.start, ev.end + l.index + l[0].length)
    // Round 121: relief conceded before laughter (幸い軽いけがで済んだそうですが、見事にドボンでした😂) does not excuse it.
    if (LAUGHED121.test(l[0])) {
      let cut = -1
      for (const c of matchAllOf(CONCEDED121, span)) cut = c.index + c[0].length
      if (cut > ev.end - ev.start) span = span.slice(cut)
    }
    const mood = MOOD_UP121_RE.test(l[0])
    // W20: a smiling face closing a hopeful scene told after the harm (浸水被害を受けた商店街で、子どもたちが笑顔を見せてくれました😄).
    if (SMILE_W20.test(l[0]) && HOPEFUL_W20.test(win.slice(0, l.index).replace(/^[^]*[。！？!?\n]/u, ''))) return relishAfter121(fo, ev, win)
    // Relief, rebuilding, a condolence: not levity (けが人が出なくてよかった🙌, 再建されたお店🎉).
    if (RELIEF.test(span) || (!mood && REBUILT.test(fo.slice(Math.max(0, ev.start - 20), ev.end + l.index + l[0].length))) || CONDOLENCE.test(fo)) return relishAfter121(fo, ev, win)
    end = ev.end + l.index + l[0].length
  }
  return end < 0 ? (relishAfter121(fo, ev, win) ?? cartoonAfter124(fo, ev, win)) : { start: ev.start, end }
}

/**
 * Round 124 (R125A-062): a death, an injury or an accident told with a cartoon face of shock or a sheepish grin right after it
 * (1名が死亡したそうです😱💦 みなさんも…気をつけてね〜): the news made a reaction to share; block when the post then drawls (ね〜, よ〜),
 * warn alone. Not a sad face or a prayer (😢, 🙏), not damage to things (浸水しました😱), not relief (けが人はいませんでした😅).
 */
const HURT124 = /亡くな|死|犠牲|遺体|事故|搬送|倒れ|重体|意識不明|心肺停止|けが人|行方不明|流され|溺れ|おぼれ|はねられ|ひかれ|轢かれ/u
const CARTOON124 = /^[^。！？!?\n]{0,12}?(?:😱|😨|😰|🙀|😅|🤭)(?:💦|❗|‼|！|!)*/u
const DRAWL124 = /(?:ね|よ|な|わ|ぞ|さい)[〜~]|[〜~](?:ね|よ|な)(?![ぁ-ゖ])/u
/**
 * Blind R139I-042: a death or an injury told and signed off with a sing-song mark (交通死亡事故の現場…みんなも安全運転でね☆): the same
 * levity as a cartoon face, a warn. Not a count or a campaign (死亡事故多発, 昨年は…件), not relief or condolence.
 */
const SINGSONG = /^[^\n]{0,80}?[☆★♪♡]/u
function cartoonAfter124(fo: string, ev: Span, win: string): (Span & { soft: boolean }) | null {
  if (!HURT124.test(fo.slice(ev.start, ev.end + 8)) || CONDOLENCE.test(fo)) return null
  const c = CARTOON124.exec(win)
  if (!c) {
    const sg = SINGSONG.exec(win)
    if (!sg || STATS.test(fo.slice(Math.max(0, ev.start - 20), ev.end + 12))) return null
    const end = ev.end + sg[0].length
    return RELIEF.test(fo.slice(ev.start, end)) || REBUILT.test(fo.slice(ev.start, end)) ? null : { start: ev.start, end, soft: true }
  }
  const end = ev.end + c[0].length
  if (RELIEF.test(fo.slice(ev.start, end)) || REBUILT.test(fo.slice(ev.start, end))) return null
  return { start: ev.start, end, soft: !DRAWL124.test(win.slice(c[0].length, c[0].length + 60)) }
}

/**
 * Round 121 (R123A-033): a turn (でも, けど) from a death or an accident to a relish of food (…亡くなったって聞いた…。でもタレの味はちゃんと
 * 受け継がれてるから安心だモン😋): the inherited taste or the relief does not excuse the relish, a warn.
 */
function relishAfter121(fo: string, ev: Span, win: string): (Span & { soft: boolean }) | null {
  BUT121.lastIndex = 0
  const bt = BUT121.exec(win)
  if (!bt || CONDOLENCE.test(fo)) return null
  YUM121.lastIndex = 0
  const y = YUM121.exec(win.slice(bt.index))
  return y ? { start: ev.start, end: ev.end + bt.index + y.index + y[0].length, soft: true } : null
}

/** The sentence (from its start, at most 40 characters back) up to the end of the first levity in a paragraph with no event of its own. */
function levityAlone(fo: string): Span | null {
  LEVITY.lastIndex = 0
  const l = LEVITY.exec(fo)
  if (!l) return null
  const end = l.index + l[0].length
  let start = Math.max(0, l.index - 40)
  const cut = Math.max(fo.lastIndexOf('。', l.index), fo.lastIndexOf('\n', l.index), fo.lastIndexOf('！', l.index - 1))
  if (cut >= start) start = cut + 1
  const sentence = fo.slice(start, Math.min(fo.length, end + 40))
  if (REBUILT.test(sentence) || RELIEF.test(sentence) || CONDOLENCE.test(fo)) return null
  return { start, end }
}

/** A sentence that talks about a slur rather than using it (…で笑いを取るのはやめましょう, 差別につながる表現). */
const SLUR_TALK = phrase('(?<!被)差別|偏見|人権|啓発|傷つけ|やめ|控え|使わ(?:ない|ず|ぬ)|禁止|不適切|ふさわしくな|配慮|からか', 'u')
/**
 * Blind R147A-017: the same talk where やめ or 控え must be about the wording (…と呼ぶのはやめ, 「…」という言い方は控え): an act told to stop
 * (ボケた年寄りに運転させるのはやめましょう) does not make the slur a mention.
 */
const SLUR_TALK_WORDING = phrase('(?<!被)差別|偏見|人権|啓発|傷つけ|(?:呼ぶ|呼ん|呼び|言う|いう|言っ|いっ|使う|使っ|書く|書い|表現|言葉|言い方|いい方|呼び方|[」』”"])[^。！？!?\\n]{0,10}?(?:やめ|控え)|使わ(?:ない|ず|ぬ)|禁止|不適切|ふさわしくな|配慮|からか', 'u')

/** A nuisance or crime a district is said to suffer. */
/** Harm a person suffers, named before トラブル (転倒のトラブル, 詐欺のトラブル): trouble that befalls them, not trouble they cause. */
const SUFFERED = '(?:転倒|転落|事故|詐欺|被害|健康|体調|熱中症|脱水|誤嚥|服薬|機器|端末|スマホ|契約|消費者|通信|ネット|金銭|相続|近隣からの)'
const SUFFERED_TROUBLE = phrase(`${SUFFERED}のトラブル`, 'u')
const NUISANCE = '不法投棄|ポイ捨て|ごみ出し|ゴミ出し|ごみ|ゴミ|騒音|犯罪|盗難|空き巣|トラブル|違反|迷惑行為|路上駐車|治安|落書き|万引き'
/** Residents named by a protected attribute (外国人技能実習生, 生活保護世帯). */
const RESIDENTS = '外国人|外国籍|外国の方|技能実習生|実習生|留学生|移民|難民|中国人|韓国人|ベトナム人|フィリピン人|ブラジル人|ネパール人|インドネシア人|ミャンマー人|在日|生活保護|母子家庭|ひとり親|同和|部落'
/** A role as the topic just before a sex (調理員は、やっぱり…女性が向いています): what makes the sex its fitting holder. */
const ROLE_BEFORE = phrase('(?:(?:[一-龥]{0,6}?(?:員|士|師|係|職|手|役|仕事|業務|担当|作業|当番|役目|役割|調理|料理|介護|保育|看護|事務|受付|接客|警備|家事|育児|子育て|配膳|炊き出し|司会|見回り|運転)|スタッフ|ガイド|キャスト|ボランティア|リーダー|コーチ|インストラクター|ドライバー|アシスタント|サポーター|マネージャー|パトロール|[ぁ-ゖ]{0,6}?係)(?:さん)?|(?:この|その|あの)(?:仕事|職|職場|業務|作業|役|係))(?:は|には|なら|って|こそ)[、,]?[^。！？!?\\n]{0,16}?$', 'u')
/** People a post may tell others to watch (外国人を見かけたら…, ホームレスがいたら…). */
const WATCHED = `${RESIDENTS}|外国人観光客|外国人労働者|ホームレス|路上生活者|黒人|アジア系|中東系|外国ナンバー`
/** Where they live (が多く住む地区, の多い団地). */
const LIVE_IN = '(?:が|の)?(?:多く)?(?:住む|住んで(?:いる|る|おる|おられる)|暮らす|暮らして(?:いる|る|おる)|多い|集まる|集住(?:する|している)?)(?:地区|地域|エリア|団地|アパート|界隈|周辺|辺り|あたり|場所|住宅)'
/** Said to stand out there (特に目立っております, 多発). */
const STANDS_OUT = '目立|偏|多(?:い|く|発)|集中|増え|ひどい|深刻|顕著|後を絶(?:た|ち|え)|に(?:ご|十分|特に)?(?:注意|気をつけ|気を付け|用心)|を警戒'

/** A hazard of the place itself, or a danger the group faces there, or an event held there: not the group made the danger. */
const GROUP_HOME_HAZARD183 = phrase('工事|通行止|通行どめ|冠水|浸水|水害|大雨|台風|土砂|崩れ|段差|街灯|外灯|照明|暗い|狭い|坂|側溝|渋滞|混雑|駐車|熱中症|交通安全|交通事故|横断|車に|自転車|不審者|不審な|被害|狙われ|巻き込まれ|事件が|交流|イベント|催し|説明会|会場|ご案内|いのしし|イノシシ|猿|サル|熊|クマ|蜂|ハチ|野犬', 'u')
/** Disabled people, as a sentence names them (耳の不自由な方, 障害者, 車いすの方). */
const DISABLED = '(?:目|耳|足|体)(?:の|が)?(?:見えない|見えにくい|聞こえない|聞こえにくい|悪い|不自由な)(?:方|人|お客様|子)|(?:視覚|聴覚|身体|知的|精神|発達)障(?:害|がい|碍)(?:者|児|の(?:ある)?(?:方|人|子))?|障(?:害|がい|碍)(?:者|児)|障(?:害|がい|碍)(?:の)?(?:ある|お持ちの)(?:方|人|子)|車(?:椅子|いす)(?:の|を(?:ご)?利用の)(?:方|人|利用者)|全盲の(?:方|人)|難聴の(?:方|人)|ろう者|聾者|盲人'
/** Old people (お年寄り, 高齢者, ばあちゃん). */
const AGED = '(?:ご)?高齢(?:の)?(?:方|人|者)|年配(?:の)?(?:方|人|者)|お年寄り|年寄り|老人|(?:お)?(?:じい|ばあ)(?:ちゃん|さん)|シニア(?:の方)?'
/** Old kin and elders a face may be likened to (うちのおばあちゃん, 近所のじいさん). */
const OLD_KIN = '(?:お)?(?:じい|ばあ|爺|婆)(?:ちゃん|さん|様)|ばあば|じいじ|祖母|祖父|お年寄り|年寄り|老人|じじい|ばばあ|おばさん|おじさん|おばちゃん|おっちゃん'
/** A person a manner is said of (指導員, 職員, あの人, …さん). */
const PERSON_SAID = phrase('面接|受験|応募|志願|学生|生徒|支援員|社員|男性|男子|男の子|男の人|男なのに|男のくせ|男性なのに|男の子なのに|指導員|職員|先生|講師|課長|係長|部長|市長|議員|担当|スタッフ|新人|あの人|この人|彼|旦那|息子|さん|くん|君|評判|噂', 'u')

/** What DISABLED, AGED and OLD_KIN cannot match without (folded), to gate the round 15 phrases on the group rather than on an ending. */
const DISABLED_NEED = ['見えない', '見えにくい', '聞こえない', '聞こえにくい', '悪い', '不自由な', '障', '車椅子', '車いす', '全盲', '難聴', 'ろう者', '聾者', '盲人']
const AGED_NEED = ['年配', '高齢', '年寄り', '老人', 'じい', 'ばあ', 'しにあ']
const OLD_KIN_NEED = ['じい', 'ばあ', '爺', '婆', '祖母', '祖父', '年寄り', '老人', 'おばさん', 'おじさん', 'おばちやん', 'おつちやん']

/** Groups whose needs may be dismissed as not worth the cost (車いすの人なんて…しか来ない). */
const DISMISSED = `${DISABLED}|車(?:椅子|いす)(?:の)?(?:人|方|利用者|ユーザー)|障(?:害|がい|碍)(?:者|児|の(?:ある)?(?:方|人))|高齢者|お年寄り|年寄り|外国人|外国の(?:方|人)|生活保護(?:受給者|世帯|の人)?|ひとり親(?:家庭|世帯)?|lgbtq?|同性カップル|性的少数者`
/** People named by a body type (ぽっちゃりさん, 太めの方, おデブちゃん).
 * Blind R253E-036 kind (dec8): girth put politely as a width or a frame (横幅のある子, 恰幅のいい方, お腹の出た人) names a body
 * type just as ぽっちゃり does; the people word follows the verb at once. */
const BODY_TYPED = '(?:(?:ぽっちゃり|ポッチャリ|太め|ふくよか|おデブ|デブ|太っちょ|太っ(?:た|てる|ている|とる)|体格のいい|ガタイのいい|大柄)(?:さん|ちゃん|の方|な方|の人|な人|体型の(?:方|人)|の子|な子|の皆さん|さんたち)|(?:横幅(?:の|が)(?:ある|広い|大きい)|(?:恰幅|肉付き)(?:の|が)(?:いい|良い|よい)|(?:お腹|おなか)(?:の|が)出(?:た|てる|ている))(?:方|人|子|お客(?:さん|様|さま)|男性|女性|職員)(?!数|口|形|物)(?:さん|たち|さんたち)?)'
/** Traits said of a whole sex or people (控えめ, おしとやか, 噂好き, 大雑把). */
const TRAIT = '控えめ|ひかえめ|おしとやか|お淑やか|大和撫子|奥ゆかし|感情的|ヒステリック|おしゃべり|噂好き|うわさ好き|話好き|話が長|買い物好き|甘い(?:物|もの)(?:が)?好き|方向音痴|地図が読め|機械(?:に|が)(?:弱|苦手)|気が利|気配り上手|家庭的|料理上手|世話好き|母性|単純|不器用|大雑把|おおざっぱ|がさつ|ガサツ|時間にルーズ|ルーズ|陽気|のんき|呑気|勤勉|几帳面|シャイ|恥ずかしがり|酒好き|酒に強|ケチ|せっかち|見栄っ張り|口うるさ|嫉妬深|計算高|ずる賢|怠け者|乱暴|野蛮'

/** A presumption named to deny it (…ではありません, と思われがち, という誤解). */
const PRESUMED_NOT = phrase('(?:では|じゃ)(?:ない|なく|ありません|ございません)|わけ(?:では|じゃ)|と(?:思われ|言われ|いわれ|考えられ)(?:がち|てき|ている|る)|という(?:誤解|偏見|思い込み|声|認識|考え)|誤解|偏見|思い込み|決めつけ|とは限ら|差別', 'u')
/** Who a neighbour's fear is about (精神の病気の方, 統合失調症の方, 外国の方, 生活保護を受けている人). */
const FEARED = phrase('精神|統合失調|うつ病|認知症|病気|依存症|感染|hiv|エイズ|前科|出所|障(?:害|がい|碍)|外国|生活保護|保護を受|受給|同性|トランス|部落|同和|実習生|留学生|移民|難民|ホームレス', 'u')
/** A nuisance named (ゴミ, 騒音, 落書き). */
const NUISANCE_RE = phrase(NUISANCE, 'u')
/** Words that name a sex-role prejudice in order to answer it (固定的な役割分担を見直そう). */
const ROLE_TALK = phrase('(?<!被)差別|偏見|人権|固定観念|固定的|役割分担|決めつけ|思い込み|男女共同参画|ジェンダー|見直', 'u')
/** Young people spoken of as a generation of today (最近の若者, 今どきの若い人, いまどきの若いもん, 近頃の若者). */
const YOUNG_NOW = '(?:最近|今時|今どき|いまどき|近頃|近ごろ|この頃|このごろ)の若(?:者|い(?:人|子|者|もん|もの|方|世代))'
/** Groups a trait is stated of, and the topic they are made (男の人は, シングルマザーの方には, ハーフの子って). */
const TRAIT_GROUP = `(?:男の人|女の人|男性|女性|男子|女子|男の子|女の子|男|女|(?:若い|10代の?|十代の?)(?:お母さん|母親|ママ|人|者|子|方)|${YOUNG_NOW}|高齢ドライバー|お年寄り|高齢者|シングルマザー|ひとり親(?:家庭)?(?:の子(?:ども|供)?(?:たち)?)?|片親(?:の子)?|母子家庭(?:の子)?|ハーフの子|ハーフ|外国人|(?:韓国|中国|朝鮮|ベトナム|フィリピン|ブラジル|アフリカ|アジア|在日)(?:の方|の人|人|系))`
const TRAIT_TOPIC = '(?:は|って|には|の方は|の人は|の方には|の人には|の方って)[、,]?'
/** How a presumption ends (なりがち, 方も多い, ですもんね). */
const TRAIT_COMMON = '[^。！？!?\\n]{0,10}?(?:がち|やすい|方(?:が|も)多い|人(?:が|も)多い|子(?:が|も)多い|ことが多い|のが普通|もの(?:です|だ)|もんね|ですもんね|傾向|(?:な|の)(?:面|ところ)(?:が|も)(?:ある|あり|ござい))'
/** Round 19f: groups a trait may be presumed of, as the topic (高齢の方は, 男性は, シングルマザーの方は, 農家の皆さんは, 外国ん人は, 〇〇地区の皆さんは). */
const PRESUMED_GROUP = '(?:(?:ご)?高齢(?:の(?:方|人)|者)?|お年寄り|(?<![一-龥])年寄り|年配の(?:方|人)|シニア(?:の方)?|(?<![一-龥])男性|(?<![一-龥])女性|男の人|女の人|(?<![一-龥ぁ-ゖ])男|(?<![一-龥ぁ-ゖ])女|(?<![一-龥ぁ-ゖ])おなご|男ん人|女ん人|(?<!の)(?:お父さん|お母さん|父親|母親)|主婦|シングルマザー|シングルファザー|ひとり親(?:家庭|世帯)?|(?:ひとり親|一人親|片親|母子|父子)の(?:ご)?(?:家庭|世帯|お宅|おうち)|母子家庭|父子家庭|母子世帯|父子世帯|外国(?:籍)?(?:の|ん)(?:方|人)|外国人|(?:中国|韓国|ベトナム|フィリピン|ブラジル|ネパール|インドネシア|ミャンマー|アジア|アフリカ|南米)(?:の|ん)?(?:方|人)|農家(?:の(?:方|人)|さん)?|漁師(?:さん)?|lgbtq?(?:の(?:方|人))?|同性愛者|ゲイの(?:方|人)|ハーフの(?:子|方|人)|(?:地区|地域|集落|校区)(?:の|ん)(?:皆さん|皆様|方々|人たち|人|住民|者|もん)|若い(?:方|人|子|もん)|若者|生活保護(?:受給者|の(?:方|人)|を受けている(?:方|人))|障(?:害|がい|碍)者|障(?:害|がい|碍)のある(?:方|人))(?:の皆さん|の皆様|の方々|の方|の人たち|たち|さん)?(?:は|って|には|におかれましては|につきましては)[、,]?'
/** … and the trait presumed: errors, a lack of skill, of time or money, looseness, an odd sense, slowness. */
const PRESUMED_TRAIT = '(?:子ども|子供|子|お子さん|お子様)(?:たち)?(?:に|へ|の(?:こと|面倒|世話|様子|しつけ|勉強|宿題)(?:に|まで)?)?(?:まで|は|も)?[、,]?(?:目|手|気|しつけ|目配り)(?:が|は)?(?:十分に|十分|なかなか)?(?:行き届か|いきとどか|行きとどか|回ら|まわら)(?:ない|ず|なく)|(?:間違い|ミス|不備|記入漏れ|忘れ物|遅刻)(?:が|も)?(?:多い|多か|多く(?:て|なり))|(?:パソコン|スマホ|ネット|機械|デジタル|it|数字|計算|運転|書類|手続き|オンライン|電子申請|文字)(?:の操作)?(?:が|は|に|も)?(?:弱い|弱か)|(?:が|は|に|も|の)(?:苦手|不得意|疎い)|(?:インターネット|ネット|オンライン|電子|パソコン|スマホ|機械|デジタル|手続き|操作|アプリ)[^。！？!?\\n]{0,6}?(?:は|が)?(?:難し|むずかし)(?:い|か)(?:か)?と(?:存じ|思い|思われ)(?:ます)?|(?:時間|暇|ひま)(?:が|は|に)?(?:たっぷり(?:ある|あり)?|有り余って(?:いる|る)?|あり余って(?:いる|る)?|余って(?:いる|る)|余裕(?:が)?(?:ある|あり))|(?:日本の)?(?:ルール|決まり|きまり|マナー|常識|習慣)(?:を|も|が)?(?:知ら|分から|わから)(?:ない|ん)|(?:難し|むずかし)(?:い|か)かもしれ(?:ません|ない)(?:が|けど|けれど)|電話に出(?:ない|ん|ません)|(?:あいさつ|挨拶)(?:が|も)?(?:でき|し)(?:ない|ん)|すぐ(?:辞め|やめ|休)(?:る|ます)|(?:時間|お金|約束|締め?切り?|期限)?(?:に)?(?:ルーズ|だらしな(?:い|か))|(?:余裕|ゆとり)(?:が|も)?(?:ない|なか|ありません)|(?:感性|センス|感覚|考え方)(?:が|も)?(?:独特|ずれて|違う|違い(?:ます)?)|(?:締め?切り?|期限)(?:を|に)?(?:過ぎ|遅れ|守ら|守れ)|(?:手続き|作業|仕事|対応|理解|飲み込み)(?:が)?(?:遅|のろ|とろ)(?:い|か)'
/** Who a “normal” family or match is set against (障がい, 同性, パートナーシップ, 外国, 部落 …). */
/**
 * Blind R234M-042 kind (dec3): a disability named by the sense that fails or the aid it needs (耳の聞こえにくい方, 目の不自由な方, 手話通訳,
 * 点字) sets the rest invited as 普通の方 against it just as 障害 does.
 */
const NORMAL_AGAINST = phrase('障(?:害|がい|碍)|車いす|車椅子|(?:目|耳|足|体)(?:の|が)?(?:見えな|見えにく|聞こえな|聞こえにく|不自由|遠い)|手話|点字|難聴|ろう者|聾|盲(?!点)|視覚|聴覚|認知症|同性|lgbt|性的少数|性的マイノリティ|パートナーシップ|トランス|ゲイ|レズ|外国|国際結婚|ハーフ|部落|同和|病気|難病|ひとり親|母子家庭|シングル|生活保護|施設育ち|養護|夜の(?:お)?仕事', 'u')
/** Who may be set apart from "the general public" (夜のお仕事, HIV, 元患者, LGBT, 外国 …). */
const SET_APART = phrase('夜の(?:お)?仕事|風俗|水商売|hiv|エイズ|ハンセン|元患者|精神|lgbt|同性|トランス|性的少数|性的マイノリティ|外国|障(?:害|がい|碍)|生活保護|ホームレス|路上生活|認知症|部落|同和', 'u')
/** Attributes a polite exclusion may name (外国籍の方, 日本語がネイティブでない方, 通院歴がある方, HIV陽性の方, 元男性の方). */
const EXCLUDABLE = '外国籍|外国人|外国の|日本語(?:が)?(?:ネイティブ|母語|母国語)で(?:ない|は)|日本語を母語としない|国籍|精神科|心療内科|hiv|エイズ|ハンセン|元患者|元男性|元女性|トランス|lgbt|性的少数|性的マイノリティ|同性(?:の)?(?:カップル|パートナー|愛)|精神疾患|精神障(?:害|がい|碍)|精神の病|心の病|生活保護|ひとり親|母子家庭|父子家庭|シングルマザー'
/** What PRESUMED_TRAIT cannot match without (folded): the gate asks for the trait, rarer than 男 or 女. */
const PRESUMED_NEED = ['行き届か', 'いきとどか', '行きとどか', '回ら', 'まわら', '間違い', 'みす', '不備', '記入漏れ', '忘れ物', '遅', '苦手', '不得意', '弱', '疎い', 'たつぷり', '有り余', 'あり余', '余つて', '電話に出', '知らな', '知らん', '分からな', '分からん', 'わからな', 'わからん', 'かもしれ', '難し', 'むずかし', 'あいさつ', '挨拶', 'すぐ辞', 'すぐやめ', 'すぐ休', 'るーず', 'だらしな', '余裕', 'ゆとり', '感性', 'せんす', '感覚', '考え方', '締', '期限', '守ら', '守れ', 'のろ', 'とろ']
/** What makes agreement with a resident side with a prejudice (目を光らせ, 優先すべき, にまで, ばかり, 不安を感じ). */
const SIDED = phrase('目を光ら|監視|見張|優先すべき|優先して(?:ほしい|ください|もらいたい)|にまで[^。！？!?\\n]{0,10}?(?:出す|支給|払|配る|手厚|優遇|税金)|ばかり|ばっかり|だらけ|不安を感じ|不安に感じ|不安に思|怖い|こわい|住民感情|出す(?:の|必要)|守らない|守れない|できていない|(?:私|わたくし)(?:たち|ども)も困って|困っております|(?:私|わたくし)(?:ども|たち)も(?:懸念|心配|不安|困)|手を焼い|悩まされ|別の(?:場所|地域|土地)|他の(?:場所|地域)|ほかの(?:場所|地域)|建設を見直', 'u')
/** Groups a resident's prejudice may be about (not an illness or infection as such: 感染が不安なお気持ちは分かります is care). */
const AGREE_GROUP = phrase('精神|統合失調|うつ病|認知症|依存症|hiv|エイズ|前科|出所|障(?:害|がい|碍)|外国|生活保護|保護を受|受給者|同性|トランス|lgbt|部落|同和|実習生|留学生|移民|難民|ホームレス|ひとり親|母子家庭', 'u')
/** Blind R254L-028 kind (dec8): countries and peoples a visitors' group may be named by in English (tour groups from China, Thai guests). */
const EN_NATION_D8 = '(?:china|korea|taiwan|hong\\s?kong|vietnam|the\\s{0,2}philippines|thailand|indonesia|india|nepal|brazil|africa|america|the\\s{0,2}(?:us|usa|states)|russia|europe)'
const EN_PEOPLE_D8 = '(?:taiwanese|vietnamese|filipino|thai|indonesian|indian|nepalese|brazilian|african|american|russian|european|western|asian)'
/** … and a habit presumed of them all, loudness or rudeness "as usual" (please try not to be as loud as usual, you always tend to be
 * noisy, your famous loudness): a nationality stereotype in English, as the Japanese 声が大きいので. */
const EN_HABIT_D8 = '(?:(?<![a-z])(?:you|they|people|tourists?|visitors?|guests?|groups?|crowds?|folks|not\\s{0,2}to|not|n[\'’]t)(?:[\'’]re|[\'’]ll\\s{0,2}be|\\s{0,2}(?:are|were|will\\s{0,2}be|be))?\\s{0,2}(?:so\\s{0,2}|very\\s{0,2}|quite\\s{0,2})?(?:as\\s{0,2}(?:loud|noisy|rowdy|rude|pushy|messy|late)\\s{0,2}as\\s{0,2}(?:usual|always|you\\s{0,2}(?:usually|normally)\\s{0,2}are)|(?:loud|noisy|rowdy|rude|pushy|messy|shouting|yelling|littering)\\s{0,2}as\\s{0,2}(?:usual|always)|(?:always|usually|tend\\s{0,2}to\\s{0,2}be|tends\\s{0,2}to\\s{0,2}be|typically|known\\s{0,2}(?:to\\s{0,2}be|for\\s{0,2}being))\\s{0,2}(?:so\\s{0,2}|a\\s{0,2}bit\\s{0,2}|very\\s{0,2}|quite\\s{0,2}|pretty\\s{0,2})?(?:loud|noisy|rowdy|rude|pushy|messy|dirty))|(?<![a-z])(?:your|their)\\s{0,2}(?:usual|typical|famous|notorious)\\s{0,2}(?:loud(?:ness)?|nois(?:e|iness)|rowdiness|rudeness|shouting|yelling|pushiness))(?![a-z])'
/** Blind R254L-030 kind (dec8): the night in bed hinted at in English (many a long night, all night long, in the bedroom, last longer). */
const EN_NIGHT_D8 = '(?:many\\s{0,2}a\\s{0,2}long\\s{0,2}night|long(?:er)?\\s{0,2}nights|all\\s{0,2}night\\s{0,2}long|in\\s{0,2}(?:the\\s{0,2})?(?:bed|bedroom|sack)|between\\s{0,2}the\\s{0,2}sheets|last\\s{0,2}longer|keep\\s{0,2}it\\s{0,2}up|in\\s{0,2}the\\s{0,2}mood|aphrodisiac|(?:bedroom|night[-\\s]?time)\\s{0,2}(?:fun|performance|power|stamina|activities)|stamina)'
/** … and the reader nudged: a leer, or a partner who will be grateful (your partner will thank you, ask your partner … and thank us
 * later); "thank us later" alone is ordinary food praise. */
const EN_NUDGE_D8 = '[😏🍆💦🍑]|(?<![a-z])(?:your|his|her)\\s{0,2}(?:partner|wife|husband|hubby|girlfriend|boyfriend|other\\s{0,2}half|significant\\s{0,2}other|lover|spouse)[^.!?\\n]{0,40}?(?:thank|grateful|😉)'
/** Round 58: a group named in English by nationality, origin or language (foreigners, non-Japanese speakers, people who can't speak Japanese). */
const EN_GROUP58 = `foreign(?:ers?|\\s{1,2}(?:visitors?|tourists?|guests?|people|folks|residents?|workers?|nationals?|students?|trainees?|kids|children|families|travell?ers?|crowds?|groups?))|non[-\\s]?japanese(?:\\s{1,2}(?:speakers?|people|visitors?|tourists?|guests?|residents?|folks))?|gaijin|immigrants?|migrants?|refugees?|(?:chinese|korean|vietnamese|filipino|nepal(?:ese|i)|indonesian|brazilian|african|asian|muslim|indian|pakistani)\\s{1,2}(?:people|visitors?|tourists?|guests?|workers?|residents?|folks|groups?|crowds?|trainees?|students?|families|kids)|koreans|filipinos|africans|asians|muslims|brazilians|(?:people|visitors?|tourists?|guests?|anyone|those|folks|travell?ers?|passengers?|customers?)\\s{1,2}(?:who|that)\\s{1,2}(?:can['’]?t|cannot|can\\s{1,2}not|don['’]?t|do\\s{1,2}not)\\s{1,2}(?:speak|read|understand|know)\\s{1,2}(?:any\\s{1,2})?japanese`
/** … told to keep out or go home, refused, unwelcome, or called a drag on everyone else. */
const EN_EXCLUDE58 = `(?:should|must|need\\s{1,2}to|ought\\s{1,2}to|had\\s{1,2}better|better)\\s{1,2}(?:just\\s{1,2}|really\\s{1,2}|all\\s{1,2}|simply\\s{1,2})?(?:stay\\s{1,2}(?:off|away|out|home|in\\s{1,2}their\\s{1,2}own)|keep\\s{1,2}(?:off|away|out)|be\\s{1,2}(?:kept\\s{1,2}(?:off|out|away)|banned|barred|refused|turned\\s{1,2}away|sent\\s{1,2}(?:home|back))|go\\s{1,2}(?:back\\s{1,2})?home|go\\s{1,2}back\\s{1,2}(?:to\\s{1,2}(?:their|your)\\s{1,2}(?:own\\s{1,2})?countr(?:y|ies)|where)|leave\\s{1,2}(?:japan|our|this)|get\\s{1,2}out)|(?:should(?:n['’]?t|\\s{1,2}not)|must(?:n['’]?t|\\s{1,2}not)|can['’]?t|cannot)\\s{1,2}be\\s{1,2}(?:allowed|let|permitted)|(?:are|is)(?:n['’]?t|\\s{1,2}not)\\s{1,2}(?:welcome|wanted)|don['’]?t\\s{1,2}belong|do\\s{1,2}not\\s{1,2}belong|(?:slow|hold)\\s{1,2}(?:everyone|everybody|us(?:\\s{1,2}all)?|the\\s{1,2}(?:rest|others|line|queue|boat|tour|group))\\s{1,2}(?:down|up)|(?:are|is)\\s{1,2}(?:such\\s{1,2}|a\\s{1,2}real\\s{1,2}|just\\s{1,2})?(?:a\\s{1,2})?(?:nuisance|burden|pain|pest|headache)|get\\s{1,2}in\\s{1,2}(?:everyone['’]?s|the)\\s{1,2}way|go\\s{1,2}(?:back\\s{1,2})?(?:home|to\\s{1,2}(?:their|your)\\s{1,2}(?:own\\s{1,2})?country)`
/** … not a hazard that keeps everyone away, a welcome, help offered or the prejudice named to oppose it. */
const EN_VETO58 = phrase(`typhoon|flood|storm|heavy\\s{1,2}rain|landslide|tsunami|earthquake|evacuat|warning|fever|symptoms?|sick|covid|infect|restricted|private|closed|construction|(?<!not\\s{1,2}|n['’]t\\s{1,2}|un)welcome\\s{1,2}(?:to|on|at|here|everyone|all|aboard)|(?:are|is)\\s{1,2}(?:always\\s{1,2}|very\\s{1,2}|most\\s{1,2})?welcome|feel\\s{1,2}free|please\\s{1,2}ask|happy\\s{1,2}to\\s{1,2}help|discriminat|prejudice|racis|xenophob|hate\\s{1,2}speech|(?:comments?|remarks?|posts?|words?|things?)\\s{1,2}like|inclusive`, 'u')
/** Round 65: 募集 that describes a man's own search (…募集中の独身男性, …募集している方), not a town's call. */
const BRIDE_SOUGHT_BY65 = phrase('^(?:中|ちゅう)?(?:の|している|してる|しとる)(?:独身|未婚|農家の)?(?:男性|男の|男ん|方|人|皆|会員|長男|跡取り|息子)', 'u')
/**
 * Round 80 (blind HL-022): "Japanese only" as the language a service is given in (0944-77-8731 (Japanese only), commentary in Japanese
 * only, the form is in Japanese only): a phone line, a guide or a page, not people kept out. Not when people are named as kept out
 * around it (no foreigners, foreign guests not accepted, not allowed, entry).
 * Round 115 (blind IG-030): the same note in brackets after a short number or a call (please call #7119 (Japanese only), call the
 * tourist desk (Japanese only)); "national holidays" near it is a date, not people of a nation.
 */
const SERVED_IN80 = /(?:[0-9０-９]{2,4}[-‐－ー][0-9０-９]{2,4}[-‐－ー][0-9０-９]{3,4}\s?[(（]?\s?|[#＃][0-9０-９]{3,5}\s?[(（]\s?|\b(?:call|dial|phone|ring|contact|tel)\s{1,2}[^.!?\n()（）]{0,30}[(（]\s?|\b(?:hotline|helpline|desk|counter|consultation|chat|advice\s{1,2}line)\s{0,2}[(（]\s?|\bin\s{1,2}|(?:tel|phone|line|call|calls|inquir(?:y|ies)|enquir(?:y|ies)|booking|bookings|reservations?|guide|guided|tour|commentary|explanations?|narration|support|service|website|site|page|pages|form|forms|materials?|leaflets?|brochures?|menu|spoken|conducted|available|answered|handled)\s{0,2}[:：(（]?\s{0,2})$/u
const KEPT_OUT80 = /foreign|gaijin|non[-\s]?japanese|not\s{1,2}(?:allowed|accepted|admitted|permitted|welcome)|no\s{1,2}(?:entry|admission|others)|entry|admission|guests?\s{1,2}only|customers?\s{1,2}only|members?\s{1,2}only|people\s{1,2}only|nationals?(?!\s{1,2}(?:holidays?|health|pension|park|museum|treasure))|citizens?\s{1,2}only/u
/**
 * Round 98 (HU-013): help with the language offered next to it (Japanese only; please ask us in advance if you need an interpreter,
 * Japanese only (interpretation available on request)): the language of the proceedings, not who may come.
 */
const INTERPRETED98 = /interpret|translat|sign\s{1,2}language|subtitle|captions?\b|english\s{1,2}(?:support|version|materials?|guidance|summary)/u
function serviceLanguage80(fo: string, a: number, b: number): boolean {
  if (!/^japanese/u.test(fo.slice(a, b))) return false
  return (SERVED_IN80.test(fo.slice(Math.max(0, a - 40), a)) || INTERPRETED98.test(fo.slice(b, b + 100).split('\n')[0]!)) && !KEPT_OUT80.test(fo.slice(Math.max(0, a - 60), b + 60))
}
/**
 * Round 107 (HZ-071): a survey's finding told in a sentence (法務省の調査では、…身元を調べることに「問題はない」と答えた人が一定数いました):
 * the prejudiced answer is what the survey found, a mention, not advice.
 */
const SURVEY_TOLD107 = phrase('(?:調査|アンケート|世論調査|意識調査)(?:の結果)?(?:では|によると|によれば|で(?:は)?)[^。！？!?\\n]{0,60}?(?:と(?:答え|回答)(?:た|る|し)|の割合|人が(?:[^。！？!?\\n]{0,6}?)(?:いました|います|おり|あり))', 'u')
/** A blame of 部落 named as a misconception after it (…という誤解があります, …ではありません). */
const BLAME_DENIED107 = phrase('誤解|誤り|間違い|ではありません|ではない|ではなく|偏見|思い込み|根拠(?:は|の)?(?:ない|ありません)|許され', 'u')
const PHRASES: Phrase[] = [
  // Round 107 (R107A-035): 部落 or 同和 problems blamed on the group or on the support it gets (同和地区の問題って、いつまでも特別扱い
  // するから無くならない): block; not a claim named as a misconception (…という誤解があります).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:同和地区|同和|部落|被差別部落)[^。！？!?\\n]{0,20}?(?:特別扱い|優遇|甘やかし|甘やか|逆差別|特権|えこひいき)[^。！？!?\\n]{0,16}?(?:から|せいで|せい|ので|けん|けえ)[^。！？!?\\n]{0,10}?(?:無くなら|なくなら|消えな|解決しな|終わらな|おかし|不公平|ずるい|いつまでも)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, _a, b) => !BLAME_DENIED107.test(fo.slice(b, Math.min(s.end + 40, fo.length))),
  },
  // Round 107 (R107A-009): a woman's public role doubted for her home duties (女性の議員さんが増えるのは良いことですが、家庭がおろそかに
  // ならないか心配): warn; not support for combining work and family (両立を支援).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:女性|女の人|女|ママさん|お母さん)(?:の)?[^。！？!?\\n]{0,12}?(?:が増え|がふえ|になる|になっ|になら|が就任|が就く|が務め|がやる|が出る|をやる|を務め|を引き受け|に就)[^。！？!?\\n]{0,24}?(?:家庭|家事|育児|子育て|家のこと|旦那さん|ご主人)[^。！？!?\\n]{0,12}?(?:おろそか|疎か|大丈夫|両立(?:でき|は)|手抜き|回らな|ほったらかし|放ったらかし)[^。！？!?\\n]{0,12}?(?:心配|不安|気がかり|気になり|気になる|どうな)'),
    severity: 'warn',
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) && !phrase('支援|サポート|応援|託児|制度|相談', 'u').test(fo.slice(s.start, s.end)),
  },
  // Round 107 (R107A-034): a role said to go better with one sex (自治会長は男の人のほうが話がまとまる), passed on or endorsed: warn; not
  // a count (男性の方が多い), not a service kept to one sex for those it serves (相談員は女性).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:会長|自治会長|区長|班長|役員|委員長|議長|リーダー|代表|上司|管理職|店長|部長|課長|係長|市長|議員|団長|キャプテン|幹事|責任者)(?:は|って|なら|には)(?:やっぱり|やっぱ|やはり|正直|絶対|昔から)?[、,]?(?:男の人|女の人|男性|女性|男|女)(?:の(?:ほう|方)が|が)(?:[^。！？!?\\n]{0,8}?)(?:まとま|向いて|向いとる|安心|頼りに|頼れ|しっかり|務ま|うまく|上手く|締ま|いい|良い|よか)'),
    severity: 'warn',
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) && !phrase('相談|更衣|性被害|dv|検診|誤解|思い込み|固定観念|ではありません', 'u').test(fo.slice(s.start, s.end)),
  },
  // Round 107 (R107A-067, R107A-145): an insult about a protected group hidden behind ○○ and given as the reason (センター長は女性ですが、
  // 正直○○なので心配, あの地区の人たちって、まあ○○だから仕方ない): warn (masking blocks the mask itself).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:女性|男性|女の人|男の人|外国人|外国の(?:人|方)|地区の(?:人|方)|集落の(?:人|方)|部落|同和|障(?:害|がい)(?:者|の(?:ある|人|方))|高齢者|お年寄り|年寄り|在日|生活保護|ひとり親|シングルマザー|lgbt|同性愛)[^。！？!?\\n]{0,24}?[○〇●◯×]{1,4}(?:だから|なので|やけん|やから|じゃけ|だし|ですから|ですし)[^。！？!?\\n]{0,8}?(?:仕方(?:ない|な|が)|しょうがな|しょうがね|心配|不安|困る|困り|無理|どうしようも)'),
    severity: 'warn',
    instead: INSTEAD.discriminatory,
  },
  // Round 19f, ahead of the milder readings of the same words: a body type told to slim before coming (太っちょさんはダイエットしてから
  // 会いに来てね), a nosebleed at women in swimwear (水着のお姉さんがいっぱいで鼻血ブー).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${BODY_TYPED})[^。！？!?\\n]{0,16}?(?:ダイエット|痩せ|やせ|減量)(?:して|てから|してから)(?:から)?[^。！？!?\\n]{0,10}?(?:来て|会いに|参加|お越し|応募|乗って|着て)`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) && !phrase('健康|医師|保健|生活習慣病|リスク', 'u').test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/sexual',
    re: phrase('鼻血(?:ブー|ぶー|ぶう|が出(?:そう|る|た|ちゃ)|出そう|もの|ブッ|ぶっ)'),
    instead: INSTEAD.sexual,
    keep: (fo, s) => PEOPLE_SHOWN.test(fo.slice(Math.max(0, s.start - 60), s.end)) || phrase('お姉さん|女子|水着|ビキニ', 'u').test(fo.slice(Math.max(0, s.start - 60), s.end)),
  },
  // Sexual remarks on a person's body.
  { rule: 'decency/sexual', re: phrase(`${BODY}(?:の(?:ライン|形|曲線|感じ|あたり|辺り|谷間))?(?:が|の|は|も|を|、)?(?:ちらっと|チラッと|ちらりと|もろに|しっかり|ばっちり)?${SEXY}`), need: ['胸', 'おつぱい', 'oppai', 'ばすと', '尻', 'けつ', 'ひつぷ', 'ふともも', '太', '脚', 'くびれ', '谷間', 'うなじ', '足', 'すたいる', 'ぼでぃ', '体つき', 'からだつき'], instead: INSTEAD.sexual, keep: (fo, s, a, b) => !BODY_VETO.test(fo.slice(s.start, s.end)) && !NOT_A_PERSON_AFTER.test(fo.slice(b, b + 8)) && !ANIMAL_TOPIC.test(fo.slice(s.start, a)) },
  { rule: 'decency/lookism', re: phrase(`(?:${BODY}|足|顔)(?:が|の|は|も)?(?:一番|特に|とても|すごく|めっちゃ)?${LOOKS}(?:さ|すぎ|過ぎ|い|くて|な|です)?`), need: ['胸', 'ばすと', '尻', 'ふともも', '脚', 'くびれ', 'すたいる', 'ぼでぃ', '体つき', '顔', '足'], instead: INSTEAD.lookism, keep: (fo, s, a, b) => !BODY_VETO.test(fo.slice(s.start, s.end)) && (/脚|ばすと|くびれ|尻|ふともも|ぼでぃ|体つき/u.test(fo.slice(a, b)) || STAFF_RE.test(fo.slice(s.start, s.end))) },
  // Clothing and looking: スカートの中, 下からの視線, 見えても眼福.
  { rule: 'decency/sexual', re: phrase('(?:スカート|下着|パンツ|パンティ|ブラ|水着|浴衣の裾|胸元|谷間)[^。！？!?\\n]{0,24}(?:の中|見え(?:て|た|る|ちゃ)|覗|のぞ|チラ|眼福|視線|たまら|(?:にも|に|を)?(?:ご)?注目|必見|👀)|見えても眼福|眼福(?:やけど|だけど|ですけど|です|やね|だね)|下からの視線|パンチラ|胸チラ|盗撮し(?:たい|よう)'), need: ['すかーと', '下着', 'ぱん', 'ぶら', '水着', '浴衣', '胸元', '谷間', '眼福', '視線', 'ちら', '盗撮'], instead: INSTEAD.sexual, keep: (fo, s) => !/防止|撲滅|対策|注意|被害|犯罪|警察|回収|洗濯|販売|貸し?出|持参|着用|着替え|更衣/u.test(fo.slice(s.start, s.end)) || /眼福|たまら/u.test(fo.slice(s.start, s.end)) },
  // Innuendo: 精力 (not 精力的), 夜のお相手, ヤれそう.
  { rule: 'decency/sexual', re: phrase('精力(?!的)|精力を(?:注|傾)|せいりょく(?!てき)|夜の(?:お相手|相手|営み)|やらせてくれ|抱き(?:たい|てえ)|抱かれたい|ムラムラ|むらむら|性欲|夜も(?:元気|がんば|頑張|すごい|すご|激し|上手|うま|たくまし|テクニシャン)|今夜は(?:寝かせ)|セクシー(?:な|すぎる)' + STAFF + '|色っぽい' + STAFF + '|(?<![ぁ-ゖ])(?:いやらしい|やらしい)|鼻の下(?:が|を)?(?:伸び|のび|伸ば|のば)|色っぽ(?:すぎ|過ぎ)|色気(?:が)?(?:すご|ムンムン|むんむん|たっぷり|ありすぎ)|セクシーすぎ|ラブホ|そのままホテル|スケベ|すけべ|助平'), need: ['鼻の下', '精力', 'せいりよく', '夜', 'や', '抱', 'むらむら', '性欲', '今夜', 'せくしー', '色つぽ', 'すけべ', '助平'], instead: INSTEAD.sexual, keep: (fo, _s, a, b) => !/^精力を(?:注|傾)/u.test(fo.slice(a, b)) },
  // ヤれそう, ヤらせて (katakana: not やれる, やらせ).
  { rule: 'decency/sexual', re: /ヤ(?:れ(?:る|そう|た)|ら(?:せ|れ|し)|り(?:たい|まくり|モク|目))|ヤレ(?:る|そう)|ヤラセ(?:て|ろ)/gu, need: ['や'], instead: INSTEAD.sexual, squeezed: true },
  // Looks used to sell staff or residents: 美人すぎる職員, イケメン揃い, スタイル抜群の…さん.
  { rule: 'decency/lookism', re: phrase(`(?:美人|美女|美少女|美男|イケメン|男前|かわいい|可愛い|カワイイ|かわいすぎる|可愛すぎる|きれいな|綺麗な|キレイな|美形|スタイル抜群|スタイルのいい|スタイルの良い|ナイスバディ|セクシーな|色気のある)(?:すぎる|過ぎる|揃い|ぞろい|だらけ|な|の)?(?:新人|若手|女性|男性)?${STAFF}${MADE_BY}|(?:美人|イケメン|美女)(?:揃い|ぞろい|すぎる|過ぎる|だらけ|ばかり|ばっかり)(?=[^。！？!?\\n]{0,24}(?:職員|スタッフ|窓口|受付|市役所|課|係|新人|船頭|ガイド|担当|秘書|会いに))|(?<=(?:職員|スタッフ|窓口|受付|市役所|課|係|新人|船頭|ガイド|担当|秘書)[^。！？!?\\n]{0,16})(?:美人|イケメン|美女)(?:揃い|ぞろい|すぎる|過ぎる|だらけ|ばかり|ばっかり)|(?:かわいい|可愛い|カワイイ|きれいな|綺麗な|美人な?)(?:子|娘|女性|女の子)(?:が|ばかり|ばっかり|揃い|ぞろい)(?:多|揃|いっぱい|たくさん|います|いる|そろ)|顔面偏差値|(?:レベル|顔)(?:が)?(?:高い|高く|高め)(?=[^。！？!?\\n]{0,20}(?:候補者|女性|女の子|コンパニオン|ミス|職員|ガール))`), need: ['美', 'いけめん', '男前', 'かわい', '可愛', 'きれい', '綺麗', 'すたいる', 'ないすばでぃ', 'せくしー', '色気', '顔', 'れべる'], instead: INSTEAD.lookism, keep: (fo, s, a, b) => !(/まま$/u.test(fo.slice(a, b)) && !/^(?:さん|たち|友|が|は|も|[、。！!？?])/u.test(fo.slice(b, b + 2))) && (!phrase('人形|飾り|イラスト|キャラクター|ぬいぐるみ|雛|マスコット|犬|猫|動物', 'u').test(fo.slice(s.start, s.end)) || phrase('職員|スタッフ|受付|新人|係', 'u').test(fo.slice(a, b))) },
  { rule: 'decency/lookism', re: phrase('(?:候補者|出場者|女性|女の子|コンパニオン|ガール|職員)(?:は|の|たち|が)[^。！？!?\\n]{0,16}(?:レベル(?:が)?高|顔面偏差値|美人揃い|美人ぞろい|脚のきれいさ|スタイル)'), need: ['れべる', '顔面', '美人', '脚', 'すたいる'], instead: INSTEAD.lookism },
  // Staff described by their looks: 受付のお姉さん、めっちゃ可愛い; 色白美人; 容姿端麗な方.
  { rule: 'decency/lookism', re: phrase(`${STAFF}(?:は|が|、|って|も|の)?(?:めっちゃ|めちゃ|とても|すごく|超|本当に|ほんと|ほんとに)?(?:(?:可愛|かわい|カワイ)(?!そう|そか|そげ|そ[う〜ー])|美人|イケメン|セクシー|色っぽ|スタイル(?:が)?(?:いい|良い|よい|よく|良く|抜群))|色白美人|美人(?:で|と)(?:評判|有名|話題)|容姿端麗|顔(?:で|を見て)(?:選|採用)`), need: ['可愛', 'かわい', '美人', 'いけめん', 'せくしー', '色つぽ', 'すたいる', '容姿', '顔'], instead: INSTEAD.lookism, keep: (fo, s) => !phrase('人形|飾り|イラスト|キャラクター|ぬいぐるみ|雛|マスコット|犬|猫|動物|赤ちゃん|子ども|子供|園児|児童', 'u').test(fo.slice(s.start, s.end)) },
  { rule: 'decency/lookism', re: phrase('(?:かわいい|可愛い|カワイイ|美人な?|きれいな|綺麗な|キレイな)(?:子|娘|女性|女の子|お姉さん)(?!ども|供|たち向け)'), need: ['かわい', '可愛', '美人', 'きれい', '綺麗'], instead: INSTEAD.lookism, keep: (fo, s) => phrase('市役所|職員|課|窓口|受付|スタッフ|係|新人|ガイド|船頭', 'u').test(fo.slice(s.start, s.end)) && !phrase('人形|飾り|イラスト|キャラクター|ぬいぐるみ|雛|マスコット', 'u').test(fo.slice(s.start, s.end)) },
  // A group set against "ordinary people" (障害者用の駐車スペース…普通の人が使っても): the group is not normal.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:障害|障がい|障碍|車いす|車椅子|外国|高齢|性的少数|LGBT)[^。！？!?\\n]{0,30}?普通の(?:人|方|日本人|人間|市民)'),
    need: ['普通の'],
    severity: 'warn',
    instead: INSTEAD.discriminatory,
  },
  // Looks graded: 顔面レベルが控えめ.
  { rule: 'decency/lookism', re: phrase('顔面(?:れべる|偏差値|点数)'), need: ['顔面'], instead: INSTEAD.lookism },
  // An occupation held unworthy: 夜のお店で働いている人にまで給付金を出す必要が本当にあるんでしょうか.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:夜の(?:お店|店|仕事)|風俗|水商売)(?:で働(?:いて(?:いる|る)|く))?(?:人|方|女性|女|子)(?:に|には|にまで|まで|も)[^。！？!?\\n]{0,24}?(?:必要|出す|支給|給付|払う|税金)[^。！？!?\\n]{0,12}?(?:ある(?:ん|の)?でしょうか|あるのか|ない|いらない|おかしい|無駄)'),
    need: ['夜の', '風俗', '水商売'],
    instead: INSTEAD.discriminatory,
  },
  // A job given to a sex or an age: 受付は若い女性のほうが反応がいい, お茶くみは女性の仕事.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:受付|窓口|接客|お茶くみ|お茶出し|秘書|案内係)(?:は|には|なら)(?:やっぱり|やはり|絶対)?(?:若い)?(?:女性|女の子|女|男性|男)(?:の(?:ほう|方)が|が(?:いい|一番|向いて))'),
    need: ['受付', '窓口', '接客', 'お茶', '秘書', '案内係'],
    severity: 'warn',
    instead: INSTEAD.discriminatory,
  },
  // Round 49: women said to fit serving or cheering others rather than the task itself (女の子は力仕事より応援とお茶出しのほうが向いてるよね,
  // 女性職員は現場より受付とお茶くみが似合うけん): a sex put in its place, block, before the warn reading of a serving task handed to women;
  // not the notion answered (思われがち, ではありません) or spoken against (決めつけ, 偏見). Another line of work (事務, 受付) pointed
  // to is Round 47's milder reading.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?<![一-龥])(?:女性|女の子|女子|女の人|女)(?:の方|の皆さん|たち|陣|職員|スタッフ|団員|部員|チーム|さん)?(?:は|って|なんて|なら)[、,]?[^。！？!?\\n]{0,20}?(?:お茶出し|お茶くみ|お茶汲み|お酌|応援|声援|裏方|雑用|家事|炊事|配膳|片付け|後片付け|洗い物|炊き出し|マネージャー|チア(?:ガール|リーダー)?|花を添え|華を添え)(?:係|担当|役|要員)?(?:の(?:ほう|方)|くらい|ぐらい|あたり)?(?:が|で)?(?:やっぱり|断然|絶対)?(?:向いて|向いと|向いち|向き(?:だ|です|や|やけん|やね|ですね|でしょ)|似合|お似合い|合って|合っと|ぴったり|性に合|お手の物|一番(?:です|だ|や|よ|ね|でしょ|[。！!〜~]|$))'),
    need: ['女'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !ANSWERED.test(fo.slice(s.start, s.end)) && !AWARENESS.test(fo.slice(s.start, s.end)),
  },
  // Housework and serving given to women: 家事が得意な女性の皆さん向け, 女性の皆さんはお茶出しを.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:家事|料理|育児|裁縫|お茶くみ)(?:が)?(?:得意な|上手な|好きな)(?:女性|奥さま|奥様|主婦|ママ|お母さん)|(?:炊き出し|料理|配膳|お茶出し|お茶くみ|片付け|調理)(?:は|には)[^。！？!?\\n]{0,12}?(?:お母さん|女性|奥さま|奥様|主婦|ママ|婦人会)(?:方|たち|陣)?の(?:出番|仕事|役目)(?!では|じゃ|とは限|ではな)|(?:女性|女の子|女子|奥さま|奥様)(?:の皆さん|の方|陣|たち)?(?:は|には)[^。！？!?\\n]{0,12}?(?:お茶出し|お茶くみ|お酌|配膳)'),
    need: ['得意な', '上手な', '好きな', 'お茶', 'お酌', '配膳', '出番', '仕事', '役目'],
    instead: INSTEAD.discriminatory,
    severity: 'warn',
  },
  // Wanting to see someone in swimwear; a couple's night: 水着姿も見てみたい, 今夜はご夫婦で“お楽しみ”.
  {
    rule: 'decency/sexual',
    re: phrase('(?:水着|下着|ビキニ|裸)(?:姿)?(?:も|を|が)?(?:見てみたい|見たい|拝みたい|見せて)|(?:水着|下着)(?:審査|姿|写真|撮影)?(?:が|も)?(?:ない|なくて|なし)(?:のが|で|とは)?残念|今夜は(?:ご夫婦|夫婦|お二人|カップル)で[^。！？!?\\n]{0,6}?(?:お楽しみ|楽しんで|頑張って|がんばって)'),
    need: ['水着', '下着', 'びきに', '裸', '今夜'],
    instead: INSTEAD.sexual,
  },
  // Round 61: a stamina food said to make a man "ready" tonight, with his partner told to look forward to it (うなぎ食べたら、今夜は元気
  // ﾋﾞﾝﾋﾞﾝ間違いなし♡ 奥さまもお楽しみに😏, ギンギンで旦那さんも大喜び, 奥さんも今夜は寝かせてもらえんかも): the slang of an erection
  // (ビンビン, ギンギン) by the night or a partner, or a partner told to look forward to something after a stamina word or a smirk
  // (not 子どもたちは朝から元気ビンビン, not 今夜の花火、奥さまもお楽しみに). Round 104 (R105A-030): the partner made to 張り切る or
  // ハッスル too (アゲマキは精がつくけん、今夜は旦那さんも張り切るかもね😏).
  {
    rule: 'decency/sexual',
    re: phrase('(?:びんびん|ぎんぎん)(?![ァ-ヶー])(?![^。！？!?\\n]{0,3}?(?:伝わ|感じ|響|ひびき|来る|くる|きた|来た|きます|来ます))|(?:奥さま|奥様|奥さん|嫁さん|旦那さん|旦那様|だんなさん|ご主人|彼女さん|彼氏さん|パートナー)(?:も|は|が)[^。！？!?\\n]{0,8}?(?:お楽しみ|楽しみ|大喜び|喜(?:ぶ|び|ば)|よろこ(?:ぶ|び|ば)|満足|寝かせてもらえ|眠れ(?:ない|ん|なく)|張り切|はりき|はっする|燃え(?:る|て|ちゃ|ちゃう))'),
    need: ['びんびん', 'ぎんぎん', '奥さ', '奥様', '嫁さん', '旦那', 'だんな', 'ご主人', '彼女さん', '彼氏さん', 'ぱーとなー'],
    instead: INSTEAD.sexual,
    keep: (fo, s, a, b) => {
      const w = fo.slice(Math.max(0, s.start - 80), Math.min(fo.length, s.end + 40))
      if (/^(?:びんびん|ぎんぎん)$/u.test(fo.slice(a, b))) return /今夜|今晩|今宵|夜|奥さ|奥様|嫁さん|旦那|だんな|ご主人|彼女|彼氏|パートナー|ベッド|寝かせ|😏|😍|💋/u.test(w)
      // Round 105: スタミナ is read as folded (すたみな), and 😘 leers as 😏 does; a stamina word with only 😘 or the night is not an
      // event both enjoy (料理教室、ご主人も奥様も一緒に楽しみましょう😘, 今夜の花火大会は奥さまもお楽しみに😘).
      return /びんびん|ぎんぎん|精力|せいりょく|精が|すたみな|夜も|寝かせ|😏|😘|💋/u.test(w) && /今夜|今晩|今宵|夜|😏|😘|💋|びんびん|ぎんぎん/u.test(w) && (/びんびん|ぎんぎん|精力|せいりょく|精が|寝かせ|😏|💋/u.test(w) || !/一緒に|ご一緒|教室|講座|花火|祭り|まつり|大会/u.test(fo.slice(s.start, s.end)))
    },
  },
  // Blind R254L-030 kind (dec8): the same stamina innuendo in English: a food or a product credited with the night in bed (the secret
  // behind many a long night, all night long, in the bedroom, last longer, in the mood) and the reader nudged with a leer or a partner
  // who will thank them (Ask your partner to try it and thank us later!). Not a late event (a long night of lanterns) with no nudge,
  // not rest advised (stay in bed with a fever).
  {
    rule: 'decency/sexual',
    re: phrase(`(?<![a-z])(?:${EN_NIGHT_D8})(?![a-z])[^\\n]{0,100}?(?:${EN_NUDGE_D8})|(?:${EN_NUDGE_D8})[^\\n]{0,100}?(?<![a-z])(?:${EN_NIGHT_D8})(?![a-z])`),
    instead: INSTEAD.sexual,
    keep: (fo, s) => !/(?<![a-z])(?:fever|sick|ill|rest|insomnia|symptoms?|hospital|clinic)(?![a-z])|sleep\s{0,2}well/u.test(fo.slice(s.start, s.end)),
  },
  // Blind R137I-028: a food's size in body-like pairs (太くて長い, 長くて太い, 太くて硬い, 大きくて硬い, ぶっとくて) with a leer (😏,
  // 💋, 🍆) or a heart with the night and stamina (うなぎのように太くて長い…♡ 今夜はスタミナつけちゃおう😏, ごぼうみたいに太くて硬い😏):
  // sexual innuendo. Not a size told plainly (太くて長いごぼうが採れました, 今夜は太くて長いうなぎでスタミナを！ with no leer or heart).
  {
    rule: 'decency/sexual',
    re: phrase('(?:太くて|ふとくて|ぶっとくて|ぶっとい|極太で)(?:長|なが|硬|かた|固|大き|おおき|たくまし|逞し)|(?:長くて|ながくて|硬くて|かたくて|固くて|大きくて|おおきくて|でっかくて|でかくて)(?:太|ふと|ぶっと|硬|かた|固)'),
    need: ['太', 'ふと', 'ぶつと', '長', 'なが', '硬', 'かた', '固', '大き', 'おおき', 'でつか', 'でか'],
    instead: INSTEAD.sexual,
    keep: (fo, s, a, b) => {
      const w = fo.slice(Math.max(0, a - 30), Math.min(fo.length, Math.max(b + 60, s.end)))
      if (/[😏💋🍆]/u.test(w)) return true
      return /[♡❤💕]/u.test(w) && /今夜|今晩|今宵|夜/u.test(w) && /すたみな|精が|精を|精力|元気|ぱわー/u.test(w)
    },
  },
  // Round 61: a single-parent or other family said, as a fact, to tend to fall short in upbringing or conduct (ひとり親のご家庭は、
  // どうしてもしつけや生活習慣に問題を抱えがちです, 母子家庭のお子さんは礼儀や言葉遣いに欠ける傾向, 片親の子は素行が悪くなりやすい):
  // the group named in the sentence or the one before (not a need for support: 経済的な困難, 悩みを抱えがち; not the notion answered).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:しつけ|躾|生活習慣|生活態度|素行|行儀|礼儀|言葉遣い|言葉づかい|マナー|学力|情緒|問題行動|非行)[^。！？!?\\n]{0,10}?(?:問題|乱れ|悪(?:く|い|か)|わる(?:く|い)|課題|不安定|欠け|行き届か|できて(?:い)?な|なって(?:い)?な|身につ(?:か|きにく|きづら)|低(?:く|い)|走り)[^。！？!?\\n]{0,8}?(?:がち|やすい|やすく|やすか|傾向|ことが多い|ことが多く|場合が多い|場合が多く|のが実情|のが現実|ものです|もんです|多いです)'),
    need: ['しつけ', '躾', '生活', '素行', '行儀', '礼儀', '言葉', 'まなー', '学力', '情緒', '問題行動', '非行'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => {
      const w = fo.slice(Math.max(0, s.start - 80), Math.min(fo.length, s.end + 60))
      return /ひとり親|一人親|片親|母子家庭|父子家庭|母子世帯|父子世帯|シングルマザー|シングルファザー|しんぐるまざー|しんぐるふぁざー|離婚家庭|生活保護|外国籍|外国人|外国の(?:方|人)|施設育ち|養護施設/u.test(near(fo, s)) && !ANSWERED.test(w) && !AWARENESS.test(w)
    },
  },
  // A group blamed for a nuisance: 外国人観光客も増えましたが、ポイ捨てが増えたのもそのせいかも.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:外国人|外国の方|外国籍|中国人|韓国人|在日|移民|難民|留学生|技能実習生)[^。！？!?\\n]{0,40}?(?:その|の)せい(?:かも|だ|です|では|で|に)'),
    need: ['せい'],
    instead: INSTEAD.discriminatory,
    severity: 'warn',
  },
  // A nuisance laid on a group as most of it, its crowd or its arrival (マナー違反は…外国人グループによるものがほとんど, 中国の人ばかりで、
  // ゴミ出しのマナーも悪い, 汚損、障がいのある方の利用が増えてから目立つ).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:違反|迷惑|ポイ捨て|不法投棄|騒音|トラブル|苦情|落書き|盗難|犯罪|汚損|破損|汚れ|散らか|荒ら)[^。！？!?\\n]{0,24}?(?:外国人|外国の(?:方|人)|外国籍の(?:方|人)|(?:${NATION})(?:の)?(?:人|方)|実習生|留学生|移民|難民|生活保護(?:受給者|の(?:方|人))?|障(?:害|がい|碍)(?:者|児|のある(?:方|人)|をお持ちの方)|車(?:いす|椅子)の(?:方|人))(?:グループ|団体|住民|観光客|利用者|の(?:方々|グループ|団体))?[^。！？!?\\n]{0,4}?(?:によるもの|の仕業|のもの|が(?:原因|犯人)|が(?:やった|した|出した|捨てた)もの)(?:が|は|で)?[、,]?(?:ほとんど|大半|大部分|多い|多く|多数|[8-9８-９八九]割)|(?:外国人|外国の(?:方|人)|外国籍の(?:方|人)|(?:${NATION})(?:の)?(?:人|方)|実習生|留学生|移民|難民|生活保護(?:受給者|の(?:方|人))?|障(?:害|がい|碍)(?:者|児|のある(?:方|人)|をお持ちの方)|車(?:いす|椅子)の(?:方|人))(?:グループ|団体|住民|観光客|利用者|の(?:方々|グループ|団体))?(?:ばかり|ばっかり|だらけ)(?:で|やけん|だから|なので)[、,]?[^。！？!?\\n]{0,16}?(?:マナー|ルール|ゴミ出し|ごみ出し|分別|態度)(?:も|が|は)?[^。！？!?\\n]{0,4}?(?:悪|わる|守らな|守れな|守られな|ひど|なって(?:い)?な)|(?:外国人|外国の(?:方|人)|外国籍の(?:方|人)|(?:${NATION})(?:の)?(?:人|方)|実習生|留学生|移民|難民|生活保護(?:受給者|の(?:方|人))?|障(?:害|がい|碍)(?:者|児|のある(?:方|人)|をお持ちの方)|車(?:いす|椅子)の(?:方|人))(?:グループ|団体|住民|観光客|利用者|の(?:方々|グループ|団体))?(?:の)?(?:利用|来館|来場|入居|居住|入所|転入)?(?:者)?(?:が|も)?(?:増えて(?:から|以来|きてから)|来るようになって(?:から)?|住むようになって(?:から)?)[、,]?[^。！？!?\\n]{0,20}?(?:違反|迷惑|無灯火|信号無視|二人乗り|逆走|無免許|飲酒運転|ポイ捨て|不法投棄|騒音|トラブル|苦情|落書き|盗難|犯罪|汚損|破損|汚れ|散らか|荒ら)[^。！？!?\\n]{0,12}?(?:目立|増え|多く|ひどく|悪く|起き)|(?:違反|迷惑|ポイ捨て|不法投棄|騒音|トラブル|苦情|落書き|盗難|犯罪|汚損|破損|汚れ|散らか|荒ら)[^。！？!?\\n]{0,16}?(?:外国人|外国の(?:方|人)|外国籍の(?:方|人)|(?:${NATION})(?:の)?(?:人|方)|実習生|留学生|移民|難民|生活保護(?:受給者|の(?:方|人))?|障(?:害|がい|碍)(?:者|児|のある(?:方|人)|をお持ちの方)|車(?:いす|椅子)の(?:方|人))(?:グループ|団体|住民|観光客|利用者|の(?:方々|グループ|団体))?(?:の)?(?:利用|来館|来場|入居|居住|入所|転入)?(?:者)?(?:が|も)?(?:増えて(?:から|以来|きてから)|来るようになって(?:から)?|住むようになって(?:から)?)[、,]?[^。！？!?\\n]{0,12}?(?:目立|増え|多く|ひどく|悪く|起き)`),
    need: ['ほとんど', '大半', '大部分', '多', '割', 'ばかり', 'ばつかり', 'だらけ', '増え', '来るよう', '住むよう'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a) => !AWARENESS.test(fo.slice(a, s.end)),
  },
  // Round 45: the share of a wrong put on a group, the share first (落書きの多くは、ひとり親家庭の子どもによるものだというデータも,
  // 不法投棄のほとんどが外国人の仕業です); not when the claim is denied (…というのは誤解です, …ではありません).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:違反|迷惑行為|ポイ捨て|不法投棄|騒音|トラブル|落書き|盗難|窃盗|万引き|犯罪|非行|汚損|破損|事件)[^。！？!?\\n]{0,8}?の(?:多く|ほとんど|大半|大部分|半数以上|半分以上|[6-9６-９六七八九]割(?:以上)?)(?:は|が)[、,]?[^。！？!?\\n]{0,10}?${SHARE_GROUP}(?:の)?(?:子|子ども|子供|お子さん|少年|若者|家庭|世帯|住民|出身者|グループ|団体)?(?:たち|ら)?(?:によるもの|による|の仕業|のしわざ|のせい|が(?:原因|犯人|やった|した|起こした))`),
    need: ['多く', 'ほとんど', '大半', '大部分', '半数', '半分', '割'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => !AWARENESS.test(fo.slice(a, s.end)) && !SHARE_DENIED.test(fo.slice(b, s.end)),
  },
  // The old called idle as the ones who object (反対しているのは…暇な年寄りばかり), or their talk at their own event endured as a joke
  // (お年寄りの長話と同じ話の繰り返しに付き合う半日（笑）).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:暇|ひま|ヒマ)(?:な|を持て余(?:した|して(?:い)?る))(?:${AGED}|じじい|ばばあ|ジジイ|ババア)(?:たち|達|連中|ども|ら)?(?:ばかり|ばっかり|ばっか|だけ|連中|ども|が[^。！？!?\\n]{0,8}?(?:文句|反対|苦情|クレーム|騒|口を出|口出し))`),
    need: AGED_NEED,
    instead: INSTEAD.discriminatory,
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${AGED})(?:たち|達|の皆さん|の皆様|方)?の(?:長話|長い話|同じ話|昔話|自慢話|愚痴|お説教|説教|繰り返し)[^。！？!?\\n]{0,20}?(?:付き合|つきあ|聞かされ|聞き流|相手(?:を)?する|我慢|耐え|覚悟|修行|地獄|拷問|苦行)(?=[^。！？!?\\n]{0,20}?(?:[😂🤣😅😆💦]|笑|ｗ|(?<![a-z])w+(?![a-z])))`),
    need: AGED_NEED,
    instead: INSTEAD.discriminatory,
    severity: 'warn',
  },
  // Touching or smelling someone: 女子大生だったので思わず抱きついちゃいました♡ いい匂いでした.
  {
    rule: 'decency/sexual',
    re: phrase('(?:思わず|つい)?抱きつ(?:いちゃ|いた|き|こう)|(?:いい|良い)(?:匂い|におい|香り)(?:でした|がした|だった|がする)(?=[^。！？!?\\n]{0,4}(?:♡|❤|💕|😍|。|$))'),
    need: ['抱きつ', '匂い', 'におい', '香り'],
    instead: INSTEAD.sexual,
    keep: (fo, s) => PEOPLE_SHOWN.test(fo.slice(Math.max(0, s.start - 60), s.end)) || /女子大生|女子高生|女の子|お姉さん|中の人/u.test(fo.slice(Math.max(0, s.start - 60), s.end)),
  },
  // … asserted as the reason for a measure (あそこん地区ん者は昔から気の荒かけん、気をつけんと): block.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:(?:集落|地区|地域|部落)(?:の|ん)|(?:あっち|そっち|あそこ|向こう)(?:の|ん)(?:(?:地区|集落)(?:の|ん))?)(?:方々|人たち|人ら|人|住民|もん|者|連中)(?:は|って|な|ら)?[、,]?[^。！？!?\\n]{0,8}?(?:気性(?:が|の|ん)?荒|気(?:が|の|ん)荒|柄(?:が|の|ん)悪|ガラが悪)(?:か|い|く)(?:けん|けえ|から|ので|もんで|し[、,])'),
    need: ['荒', '悪'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !/実際(?:は|には)|本当(?:は|には)|そんなこと(?:は)?(?:ない|なか|ありません)|誤解|偏見|思い込み|と(?:言|い)われ/u.test(fo.slice(s.start, s.end)),
  },
  // A district's people typed (北部の集落の方々は昔から気性が荒い), welfare recipients presumed idle (意欲さえあれば),
  // housekeeping presumed the wife's (男性の方は奥様にお伝えください).
  // Blind R257P-048 kind (dec9): the people named by the settlement or district they come from (集落の出身の方は, 地区出身の人は) typed
  // by temper the same way, even when the saying is passed on as hearsay and then praised (…気性が荒いなんて言われますが…頼もしい);
  // origin by district touches 部落 and family origin. Not a saying denied (実際は, 誤解, 偏見).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:(?<!同和|どうわ)(?:集落|地区|地域)(?:の|ん)|(?:あっち|そっち|あそこ|向こう)(?:の|ん)(?:地区の|集落の)?|(?<!同和|どうわ)(?:集落|地区|地域)(?:の|ん)?出身(?:の)?(?=方|人|者))(?:方々|人たち|人ら|人|住民|もん|者|連中|方)(?:は|って|な|ら)?[、,]?[^。！？!?\\n]{0,8}?(?:気性(?:が|の|ん)?荒|気(?:が|の|ん)荒|柄(?:が|の|ん)悪|ガラが悪|怖い|閉鎖的|排他的|民度|マナー(?:が|の|ん)?(?:悪|わる))|(?:生活保護|受給者|受給されて)[^。！？!?\\n]{0,24}?(?:意欲さえ|やる気さえ|働く気さえ|その気さえ)|男性(?:の方)?(?:は|には)[^。！？!?\\n]{0,10}?奥様に(?:お伝え|教え|渡し|見せ)'),
    need: ['気性', '荒', '柄が悪', '柄の悪', '柄ん悪', 'がらが悪', '怖い', '閉鎖的', '排他的', '民度', 'まなー', '意欲さえ', 'やる気さえ', '働く気さえ', 'その気さえ', '奥様に'],
    instead: INSTEAD.discriminatory,
    severity: 'warn',
    keep: (fo, s) => !/実際(?:は|には)|本当(?:は|には)|そんなこと(?:は)?(?:ない|なか|ありません)|誤解|偏見|思い込み/u.test(fo.slice(s.start, s.end)),
  },
  // Exposure wished for: 来年はもっと露出多めで; 眼福 said of people.
  {
    rule: 'decency/sexual',
    re: phrase('露出(?:多め|高め|度(?:高|多|アップ)|を増や|アップ|多い方が)|眼福'),
    need: ['露出', '眼福'],
    instead: INSTEAD.sexual,
    keep: (fo, s) => PEOPLE_SHOWN.test(fo.slice(Math.max(0, s.start - 60), s.end)),
  },
  // Marital status mocked: 結婚できない人はこの機会に, 売れ残り, 行き遅れ.
  {
    rule: 'decency/discriminatory',
    re: phrase('結婚できない(?:人|方|男|女|職員|独身)(?:は|も|こそ|たち|の皆)|(?:売れ残り|行き遅れ|嫁き遅れ|いきおくれ)(?:の)?(?:女性|男性|人|方|職員)?|(?:[0-9]{2}|[三四五六]十)(?:歳)?(?:過ぎ|すぎ)(?:て|の)独身|独身(?:の)?(?:職員|男性|女性|人|方)(?:ばかり|だらけ|ばっかり|ばっか)[^。！？!?\\n]{0,30}?(?:婚活|笑|w|😂|🤣)'),
    severity: 'warn',
    need: ['結婚できない', '売れ残り', '行き遅れ', '嫁き遅れ', 'いきおくれ', '独身'],
    instead: INSTEAD.discriminatory,
    // Round 118 (II-122): 売れ残り of goods (売れ残り品の引き取り, 野菜の売れ残り) is stock; bare, it is said of a person only where the
    // sentence speaks of people, age or marriage.
    keep: (fo, s, a, b) => !/^売れ残りの?$/u.test(fo.slice(a, b)) || (!/^(?:[品物分]|商品|在庫|野菜|パン|弁当|食品)/u.test(fo.slice(b, b + 2)) && MARRIAGE_TALK118.test(fo.slice(s.start, s.end))),
  },
  // Wet clothes seen through, said of people: 濡れて💦透けちゃうかも (the sentence or the one before names them).
  {
    rule: 'decency/sexual',
    re: phrase('(?:濡れ|ぬれ|汗)(?:て|た)?[^。！？!?\\n]{0,6}透け(?:ちゃ|て|る|ます|そう)'),
    need: ['透け'],
    instead: INSTEAD.sexual,
    keep: (fo, s) => PEOPLE_SHOWN.test(fo.slice(Math.max(0, s.start - 60), s.end)),
  },
  // Looking at people's bodies: 目の保養, ミニスカートの職員, 制服をもっと短いスカートに.
  { rule: 'decency/sexual', re: phrase('目の保養|ミニスカ(?:ート)?の(?:職員|女性|お姉さん|女の子|スタッフ|係員)|(?:制服|スカート)(?:を|は|も)?(?:もっと)?(?:短い|短く|ミニ)|夜のお店(?:みたい|のよう|風)'), need: ['目の保養', 'みにすか', '制服', 'すかーと', '夜のお店'], instead: INSTEAD.sexual, keep: (fo, s, a, b) => !/^目の保養/u.test(fo.slice(a, b)) || PEOPLE_SHOWN.test(fo.slice(Math.max(0, s.start - 60), s.end)) },
  // Innuendo about a couple's night: 精をつけて奥さんを喜ばせてあげて😏.
  { rule: 'decency/sexual', re: phrase('(?:奥さん|奥様|妻|嫁|旦那|旦那さん|彼女|彼氏|パートナー)(?:を|も|が)(?:喜ばせ|満足させ|喜ぶ|喜び|寝かせ)'), need: ['奥', '妻', '嫁', '旦那', '彼女', '彼氏', 'ぱーとなー'], instead: INSTEAD.sexual, keep: (fo, s) => phrase('😏|😉|😘|♡|💕|💋|精|今夜|夜も|夜は|ベッド|寝かせ|元気に', 'u').test(fo.slice(s.start, s.end)) },
  // A couple's sex life hinted at with a double-meaning word and a wink or a "not too much" (R51A-079: ご夫婦の濃厚接触は
  // ほどほどにね😏, 新婚さんは夜の運動会もがんばってね😉); not a health notice (濃厚接触者, 濃厚接触を避け) nor fertility support.
  {
    rule: 'decency/sexual',
    re: phrase('(?:ご夫婦|夫婦|ふうふ|ご夫妻|夫妻|カップル|恋人|新婚(?:さん|夫婦)?|お二人|おふたり|ふたり|二人)(?:同士|どうし)?(?:の|で|は|も|間の|間で)?[^。！？!?\\n]{0,8}?(?:濃厚接触(?!者|を(?:避|さけ))|夜の(?:運動会|プロレス|営み|仲良し|なかよし|生活)|子作り|子づくり|イチャイチャ|いちゃいちゃ|イチャつ|いちゃつ)[^。！？!?\\n]{0,12}?(?:ほどほど|控えめ|ひかえめ|やりすぎ|やり過ぎ|しすぎ|し過ぎ|お盛ん|おさかん|励んで(?:ね|ください|下さい)|頑張って(?:ね|ください|下さい)|がんばって(?:ね|ください|下さい)|がんばれ|頑張れ|[😏😉😘🤭💋])(?:[ぁ-ゖ]{0,3}[😏😉😘🤭💋])?'),
    need: ['夫婦', 'ふうふ', '夫妻', 'かつぷる', '恋人', '新婚', '二人', 'ふたり'],
    instead: INSTEAD.sexual,
  },
  // Personal advances to a resident or staff member: めっちゃタイプ, 彼氏いるの？, 連絡先教えて♡.
  { rule: 'decency/sexual', re: phrase(`(?:${STAFF}|女性|女の子|男性|この人|この子|写真の(?:方|人|子))(?:、|が|は|って)?(?:めっちゃ|めちゃ|すごく|超|ほんと|マジで)?(?:タイプ|好み|ドストライク|どストライク)|(?:彼氏|彼女|恋人)(?:は)?(?:いる|おる)(?:の|ん|と)?[？?]|(?:連絡先|LINE|ライン)(?:を)?(?:教えて|交換し(?:よう|ませんか))(?=[^。！？!?\\n]{0,6}(?:♡|💕|😘|😍|😏|ね|よ))`), need: ['たいぷ', '好み', 'すとらいく', '彼氏', '彼女', '恋人', '連絡先', 'line', 'らいん'], instead: INSTEAD.sexual },
  // Sexual words said of people (citizens, students, staff): 女子高生の浴衣姿がそそる, 色っぽい奥様方.
  { rule: 'decency/sexual', re: phrase('色っぽ(?:い|く|さ|すぎ|か(?:った|ろ))|艶っぽ|セクシー|そそ(?:る|られ)|なまめかし|悩殺|色気(?:が|の)?(?:ある|すご|ムンムン|むんむん|たっぷり|あふれ|溢れ|満点|抜群)|エロ(?:い|く|すぎ|か(?:った|ろ))'), need: ['色つぽ', '艶つぽ', 'せくしー', 'そそ', 'なまめかし', '悩殺', '色気', 'えろ'], instead: INSTEAD.sexual, keep: (fo, s, a) => PERSON.test(fo.slice(s.start, s.end)) && !SEXY_VETO.test(fo.slice(s.start, s.end)) && !/を.?$/u.test(fo.slice(Math.max(s.start, a - 2), a)) },
  { rule: 'decency/sexual', re: phrase('(?:姿|体操着|体操服|制服|水着|ブルマ|スク水|浴衣|私服|ミニスカ(?:ート)?)(?:が|は|、)?(?:もう|本当に|ほんとに|マジで|めっちゃ)?(?:たまら(?:ない|ん|なかった|なか)|そそ(?:る|られ)|エロ|セクシー|色っぽ)'), need: ['たまら', 'そそ', 'えろ', 'せくしー', '色つぽ'], instead: INSTEAD.sexual, keep: (fo, s) => PERSON.test(fo.slice(s.start, s.end)) && !SEXY_VETO.test(fo.slice(s.start, s.end)) },
  // Foreigners excluded by limiting to Japanese: 日本人限定, 日本人以外はお断り, ジャパニーズオンリー.
  { rule: 'decency/discriminatory', re: phrase('日本人(?:の(?:方|お客様|お客さま|客))?(?:限定|専用|のみ(?=[^。！？!?\\n]{0,8}(?:受付|受け付け|入店|入場|参加|利用|乗船|宿泊|募集|採用|可|とさせ|とします|です|となります|お入り))|だけ(?=[^。！？!?\\n]{0,8}(?:受け付け|入店|入場|参加|利用|乗船|宿泊|募集|採用|可|お入り))|以外(?:の(?:方|人|お客様))?(?:は|の)?[^。！？!?\\n]{0,12}?(?:お断り|お断わり|ご遠慮|遠慮|不可|禁止|できません|いただけません|受け付け|ng|入れ|乗れ))|japanese\\s?only|ジャパニーズ\\s?オンリー'), need: ['日本人', 'japanese', 'じやぱにーず'], instead: INSTEAD.discriminatory, keep: (fo, s, a, b) => !AWARENESS.test(fo.slice(s.start, s.end)) && !serviceLanguage80(fo, a, b) },
  // 部落 discrimination phrased as advice: 同和地区かどうか確認, 結婚相手の出身地を調べて, 身元を調べておく.
  { rule: 'decency/discriminatory', re: phrase('(?:同和地区|同和|部落|被差別部落|旧同和地区)(?:か|かどうか|じゃないか|でないか|ではないか|の場所|の地名|の一覧|の所在|がどこ|はどこ|がある(?:か|地域)|に(?:該当|当た)する(?:か))[^。！？!?\\n]{0,16}?(?:確認|調べ|チェック|聞い|聞き|問い合わせ|教え|知っ|把握|リスト)|(?:出身(?:地区|地域|集落)|出身地|出自|本籍(?:地)?|家柄|身元|素性|家系|戸籍|住んでいた地域|生まれた地域)(?:を|は|も|まで|について)?(?:よく|しっかり|ちゃんと|事前に|念のため|こっそり|きちんと)?(?:調べ|確認|チェック|調査|聞いて|聞き出|探)'), need: ['同和', '部落', '出身地', '出自', '本籍', '家柄', '身元', '素性', '家系', '戸籍', '地域'], instead: INSTEAD.discriminatory, keep: (fo, s, a, b) => !BURAKU_VETO.test(fo.slice(s.start, s.end)) && !SURVEY_TOLD107.test(fo.slice(s.start, s.end)) && !rx('^(?:が|は|の|って)?[、,]?(?:なぜ|どうして|どのような|どんな)[^。！？!?\\n]{0,6}?問題|^[^。！？!?\\n]{0,24}?(?:一緒に考え|考えてみ)').test(fo.slice(b, b + 40)) && !exposureCondemned(fo.slice(b, s.end)) && !condemnedNext60(fo, s) && (/同和|部落/u.test(fo.slice(a, b)) || BACKGROUND_CONTEXT.test(fo.slice(s.start, s.end))) },
  // A district hinted at (そういう地域だった) as a reason to avoid its land or people, or a house or land vouched for as not in one
  // (いわゆる「そういう地区」ではありませんので、安心して; round 46).
  { rule: 'decency/discriminatory', re: phrase('(?:そういう|ああいう|そういった|例の|あの手の|いわくつきの|いわく付きの)(?:地域|地区|場所|土地|集落|所|ところ|部落)'), need: ['地域', '地区', '場所', '土地', '集落', '所', 'ところ', '部落'], instead: INSTEAD.discriminatory, keep: (fo, s, _a, b) => { const t = fo.slice(s.start, s.end); return /買|住|結婚|嫁|婿|縁談|付き合|物件|引っ越|土地|売り出|分譲|賃貸|購入/u.test(t) && (/やめ|避け|控え|気をつけ|気を付け|無難|買わ|住ま|反対|調べ|確認/u.test(t) || VOUCHED_NOT.test(fo.slice(b, Math.min(s.end, b + 24)))) && !AWARENESS.test(t) } },
  // Hiring by sex, age and looks.
  { rule: 'decency/discriminatory', re: phrase('(?:健常者|障害のない方|障がいのない方|障害がない方|障がいがない方|五体満足な方|五体満足の方)(?:の方)?(?:限定|のみ|だけ|に限り|に限ります|に限ら(?:せ|れ|さ)|に限定|を(?:対象|優先)(?:と|に)|で(?:お願い|募集)|(?:を|から)?(?:募集|採用)(?:します|いたします|する))|(?:男性|女性|男子|女子|日本人|若い方|若い人|若者)(?:の方)?(?:限定|のみ|だけ|に限り)(?:で|の|を)?(?:採用|雇用|求人|職員(?:を)?募集|正社員|アルバイト(?:を)?募集)'), need: ['健常者', 'のない方', '五体満足', '男', '女', '日本人', '若'], instead: INSTEAD.discriminatory, keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) },
  { rule: 'decency/discriminatory', re: phrase('(?:若い|20代の|美人の|かわいい|可愛い)(?:女性|女の子|女子)(?:限定|のみ|だけ)(?:を)?(?:募集|採用)?'), need: ['若い', '20代', '美人', 'かわい', '可愛'], instead: INSTEAD.discriminatory },
  // Dress across sex laughed at (男性なのに女性ものの浴衣を選んだお客さまも😂, スカートをはいた男の人がおって笑).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:男性|男の人|男の子|男子|男|女性|女の人|女の子|女子|女)(?:の方|のお客さま|のお客様|のお客さん|さん)?(?:なのに|やのに|のくせに|にもかかわらず)[^。！？!?\\n]{0,16}?(?:女性|女|男性|男|婦人|紳士)(?:もの|物|用|向け|の(?:服|着物|浴衣|格好|恰好|服装|水着|下着|化粧)|っぽ|みたい|らし)|(?:男性|男の人|男子|おじさん|おっちゃん|男)(?:の方|のお客さま|のお客様|のお客さん|さん)?(?:が|も)[^。！？!?\\n]{0,10}?(?:女性もの|女性物|女物|女もの|婦人用|女性用|スカート|ワンピース|女装|化粧|メイク)[^。！？!?\\n]{0,20}?(?:笑|😂|🤣|びっくり|ぎょっと|ドン引き|どん引き|衝撃)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) && !ANSWERED.test(fo.slice(s.start, s.end)),
  },
  // Looks or the body as a criterion of selection (審査基準 ①容姿 ②スタイル, バストサイズを重視する, 容姿の良い方を優先).
  {
    rule: 'decency/sexual',
    re: phrase('(?:バスト|胸|スリーサイズ|3サイズ|ヒップ|カップ)(?:の)?(?:サイズ|大きさ|形)?(?:を|は|も|が|で)?(?:重視|審査|考慮|評価|基準|条件|選考|採点|優先|選ぶ|選び|選ん|決め)|(?:胸|バスト)(?:の)?(?:大きい|豊かな)(?:方|人|子|女性)(?:を|が)?(?:優先|歓迎|希望|募集)'),
    instead: INSTEAD.sexual,
    keep: (fo, s) => !phrase('検診|健診|測定|計測|メタボ|腹囲|健康|問わ|不問|関係な', 'u').test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/lookism',
    re: phrase('(?:容姿|ルックス|顔立ち|顔|体型|体形|プロポーション|見た目|外見|美貌|スタイル)(?:の(?:良さ|よさ|美しさ|きれいさ|可愛さ|かわいさ))?(?:を|は|も|が|で)?(?:重視|審査|考慮|評価|採点|優先|選考(?:する|します|いたし|の対象|基準)|で選|選ぶ|選び|選ん|判断|決め)|(?:容姿|ルックス)(?:が|の)?(?:良い|いい|よい|優れた|端麗な|きれいな|綺麗な)(?:方|人|女性|男性|子)|(?:審査|選考|採用|評価)(?:基準|項目|ポイント|条件|方法)[^。！？!?]{0,60}?(?<=[\\n①-⑳・、:：（(\\s0-9.]|^)(?:容姿|ルックス|顔立ち|体型|体形|プロポーション|スリーサイズ|バストサイズ|バスト)'),
    instead: INSTEAD.lookism,
    keep: (fo, s, a, b) => {
      const t = fo.slice(s.start, Math.min(fo.length, b + 14))
      if (phrase('問わ|不問|関係な|問いません|かかわらず|関わらず|ではなく|ではありません|しません|いたしません|しない|やめ|いけ|よくな|べきでは', 'u').test(fo.slice(a, Math.min(fo.length, b + 14))) || AWARENESS.test(fo.slice(s.start, s.end))) return false
      // 見た目, スタイル, 顔 of a dish or a design: only when people are chosen (モデル, 応募者, 採用).
      return !/^(?:見た目|外見|すたいる|顔)/u.test(fo.slice(a, b)) || phrase('モデル|ミス|応募者|候補者|採用|女性|男性|職員|大使|アンバサダー|ガール|コンパニオン|出演者|スタッフ|キャスト', 'u').test(t)
    },
  },
  // Someone else's body likened to a heavy animal (隣の席のおばちゃんなんてすでにセイウチ級, 課長はトド並み).
  {
    rule: 'decency/lookism',
    re: phrase('(?:おばちゃん|おばさん|おっちゃん|おじさん|おばあちゃん|おじいちゃん|奥さん|お客さん|お姉さん|お兄さん|兄ちゃん|姉ちゃん|女性|男性|女の子|男の子|あの人|隣の(?:席の)?人|あの子|彼女|嫁|旦那|課長|係長|部長|市長|職員|先輩|後輩|船頭さん)(?:さん|たち|ら)?(?:は|って|なんて|なんか|も|が|、)[^。！？!?\\n]{0,16}?(?:トド|セイウチ|ブタ|子豚|豚|ゴリラ|力士|関取|相撲取り|ドラム缶|ビア樽|ビール樽|マンモス)(?:級|並み|なみ|クラス|サイズ|体型|体形|レベル|そっくり|化|みたい|やん|じゃん|w|笑)'),
    instead: INSTEAD.lookism,
    severity: 'warn',
  },
  // Faith or a religious rite called superstition or meaningless (精霊流しは迷信に基づく古い慣習にすぎない).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:信仰|宗教|神事|仏事|祭礼|法要|法事|供養|お盆|精霊流し|灯籠流し|お祓い|祈祷|祈願|お参り|参拝|墓参り|お守り|お札|風習|慣習|しきたり|伝統行事|儀式|お祭り|祭り|神様|仏様|信心)[^。！？!?\\n]{0,14}?(?:迷信|非科学的|時代錯誤|前時代的|くだらな|ばかげ|馬鹿げ|バカげ|無意味|意味のない|意味がない|古臭|古くさ|気休め|オカルト)'),
    instead: INSTEAD.discriminatory,
    severity: 'warn',
    keep: (fo, s, a, b) => !phrase('という|といった|と言われ|といわれ|言い伝え|ではありません|ではなく|ではない|わけでは|じゃない|思われがち|誤解', 'u').test(fo.slice(a, Math.min(fo.length, b + 12))) && !AWARENESS.test(fo.slice(s.start, s.end)),
  },
  // Women in swimwear as an attraction (水着のお姉さんが乗ってくれたら観光客倍増, 水着のお姉さんがいっぱいで…💦👙), or being among them
  // offered as a job's perk (水着のお姉さんに囲まれるチャンス, 役得; round 45).
  // Round 65 (R65A-102): or watching them offered as what the job is (水着のお姉さんたちを眺めながらのお仕事です（笑）, ビキニのお姉さんを
  // 一日中眺められる, 水着の女の子たちを見放題); not a lifeguard's watch for someone drowning (溺れ, 救助, 監視 in the match).
  {
    rule: 'decency/sexual',
    re: phrase('(?:水着|ビキニ|バニー|ミニスカ(?:ート)?|へそ出し|網タイツ)(?:姿)?の(?:お姉さん|おねえさん|お姉ちゃん|ねえちゃん|姉ちゃん|女性|女の子|ギャル|美女|娘|女子|ママ|奥さん|女子大生)(?:たち|達|さん|ら)?[^。！？!?]{0,40}?(?:乗って(?:くれ|もら)|呼(?:ん|べ|ぼ)|来て(?:くれ|もら)|いたら|おったら|がいれば|だったら|がいっぱい|だらけ|ばっかり|ばかり|集客|客寄せ|倍増|視線|釘付け|くぎ付け|鼻の下|ドキドキ|どきどき|目のやり場|[💦👙😍🤤😏🥵💕❤♡]|乾(?:い|き)|のぼせ|興奮|たまら|最高|眼福|サービス|(?:に|と)(?:囲まれ|お近づき|仲良くな|知り合え)|役得|ご褒美|チャンス|眺め|ながめ|見放題|見れる|見られる|拝め|拝み放題|[（(]笑[)）])'),
    instead: INSTEAD.sexual,
    severity: 'warn',
    keep: (fo, s, a, b) => !phrase('溺れ|救助|救命|通報|監視|熱中症|日焼け|盗撮|被害|防止|注意', 'u').test(fo.slice(a, b)),
  },
  // Young women or mothers as a treat for the men on staff (若いお母さんの参加が多くて…係長たちがやけに張り切って).
  {
    rule: 'decency/lookism',
    re: phrase('(?:若い|美人の|きれいな|綺麗な)(?:お母さん|ママ|奥さん|奥様|女性|女の子|お姉さん|女子大生|女子)(?:さん|たち|方|方々|陣)?(?:が|の)[^。！？!?\\n]{0,12}?(?:参加|来|多|集ま|いっぱい|並|座)[^。！？!?\\n]{0,24}?(?:男性|係長|課長|部長|職員|おじさん|おっちゃん|男|スタッフ|船頭|市長|おじいちゃん)[^。！？!?\\n]{0,12}?(?:張り切|はりき|鼻の下|でれでれ|デレデレ|にやけ|ニヤけ|にやにや|ニヤニヤ|そわそわ|ソワソワ|色めき|浮き足|機嫌|やる気|テンション|浮かれ|うかれ|ウキウキ|うきうき|目の色|上機嫌)'),
    instead: INSTEAD.lookism,
    severity: 'warn',
  },
  // A victim shown being recovered (浸水した車の中から見つかった方を、消防隊が運び出す様子です).
  {
    rule: 'decency/victim',
    re: phrase('(?:見つかった|発見された|亡くなった|亡くなられた|犠牲になった|遺体で見つかった|心肺停止の|心肺停止で見つかった)(?:方|人|男性|女性|お子さん|子ども|児童|高齢者|ご遺体|遺体)(?:を|が|の)[^。！？!?\\n]{0,24}?(?:運び出|搬送|収容|引き上げ|担架|運ば|安置)[^。！？!?\\n]{0,12}?(?:様子|瞬間|場面|写真|動画|映像|ところ|姿)|(?:ご)?遺体(?:の|を|が)?[^。！？!?\\n]{0,12}?(?:写真|画像|映像|動画|様子|瞬間)(?:です|を(?:掲載|公開|ご覧|載せ)|です。|。|$)'),
    instead: '亡くなった方や被害に遭われた方の姿は載せず、被害の状況と市からのお知らせだけを書いてください（例：「〇〇地区で浸水による被害が出ています。付近に近づかないでください。」）',
    keep: (fo, s) => !phrase('やめ|控え|禁止|しない|しません|ご遠慮|絶対に|載せない|撮らない|撮影しない|拡散しない', 'u').test(fo.slice(s.start, s.end)),
  },
  // A nuisance tied to where a group lives (不法投棄は外国人技能実習生が多く住む地区で特に目立って).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${NUISANCE})[^。！？!?\\n]{0,30}?(?:${RESIDENTS})[^。！？!?\\n]{0,8}?(?:${LIVE_IN})[^。！？!?\\n]{0,16}?(?:${STANDS_OUT})|(?:${RESIDENTS})[^。！？!?\\n]{0,8}?(?:${LIVE_IN})(?:で|では|は|に|の)[^。！？!?\\n]{0,20}?(?:${NUISANCE})[^。！？!?\\n]{0,10}?(?:${STANDS_OUT})`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => { const t = fo.slice(s.start, s.end); return !AWARENESS.test(t) && !ANSWERED.test(t) && !phrase('多言語|やさしい日本語|翻訳|通訳|説明会|周知|案内|お知らせ', 'u').test(t) },
  },
  // A sex's supposed nature as what a job needs (女性の細やかさが求められる職).
  {
    rule: 'decency/stereotype',
    re: phrase('(?:(?:女性|男性|女|男)(?:ならでは)?の(?:細やかさ|きめ細(?:や)?かさ|繊細さ|母性|優しさ|気配り|柔らかさ|しなやかさ|力強さ|腕力)|母性|父性|女性らしさ|女らしさ|男らしさ|男性らしさ)(?:が|を)?(?:求められ|必要|条件|欠かせ|不可欠|向いて|適して)|(?:なので|だから|ですから|ため)[、,]?(?:やはり|やっぱり)?(?:女性|男性|女|男)(?:の方)?が(?:適任|向いて(?:いる|います|る))'),
    instead: INSTEAD.stereotype,
    severity: 'warn',
  },
  // Visitors of a country mocked in English (our visitors from the mainland 🇨🇳: the boat is not a market, no need to shout 😂).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:visitors?|tourists?|guests?|people|folks|travell?ers?|groups?|crowds?)\\s{0,2}(?:from\\s{0,2}(?:the\\s{0,2})?(?:mainland|${EN_NATION_D8}|asia|abroad|overseas|that\\s{0,2}country)(?![a-z])|[\\u{1F1E6}-\\u{1F1FF}]{2})[^\\n]{0,80}?(?:shout(?:ing)?|yell(?:ing)?|noisy|rude|not\\s{0,2}a\\s{0,2}market|manners|spit(?:ting)?|behave|smelly|dirty|queue[-\\s]?jump|cut(?:ting)?\\s{0,2}in\\s{0,2}line)|(?:visitors?|tourists?|guests?|people|folks|travell?ers?|groups?|crowds?)\\s{0,2}from\\s{0,2}(?:the\\s{0,2})?(?:mainland|${EN_NATION_D8}|asia|abroad|overseas|that\\s{0,2}country)(?![a-z])[^\\n]{0,120}?${EN_HABIT_D8}|(?:chinese|korean|mainland|foreign|${EN_PEOPLE_D8})\\s{0,2}(?:visitors?|tourists?|guests?|people|folks|groups?|crowds?)[^\\n]{0,80}?(?:shout(?:ing)?|yell(?:ing)?|noisy|rude|not\\s{0,2}a\\s{0,2}market|manners|spit(?:ting)?|behave|smelly|dirty|queue[-\\s]?jump|cut(?:ting)?\\s{0,2}in\\s{0,2}line|${EN_HABIT_D8})`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => !phrase('welcome to ask|please ask|feel free|we are happy|any questions', 'u').test(fo.slice(a, b)),
  },
  // Round 58: a group named by nationality, origin or language told in English to keep out, sent home or called a drag on the rest
  // (foreigners who can't speak Japanese should stay off the donko boats. They slow everyone down; no foreigners allowed; we don't
  // want any more immigrants here). Not a welcome, a help offered or a hazard that keeps everyone away (typhoon, flood).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?<![a-z])(?:${EN_GROUP58})(?![a-z])[^.!?\\n]{0,60}?(?<![a-z])(?:${EN_EXCLUDE58})(?![a-z])|(?<![a-z])(?:no\\s{1,2}(?:more\\s{1,2})?(?:${EN_GROUP58})(?![a-z])\\s{0,2}(?:allowed|please|permitted|wanted|on\\s{1,2}board|[!.]|$)|(?:ban|bar|keep|kick|throw|get)\\s{1,2}(?:all\\s{1,2}|the\\s{1,2}|those\\s{1,2}|these\\s{1,2})?(?:${EN_GROUP58})(?![a-z])\\s{1,2}(?:off|out|away|from)|(?:we\\s{1,2})?(?:don['’]?t|do\\s{1,2}not)\\s{1,2}(?:want|need)\\s{1,2}(?:any\\s{1,2}(?:more\\s{1,2})?|more\\s{1,2})?(?:${EN_GROUP58})(?![a-z])\\s{1,2}(?:here|on|in|around|at|coming|anymore|any\\s{1,2}more))`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !EN_VETO58.test(fo.slice(s.start, s.end)),
  },
  // Stereotypes by sex, age or body.
  { rule: 'decency/stereotype', re: phrase('(?<![一-龥])(?:女子力|男子力|女のくせ|男のくせ|女らしく|男らしく|女なのに|男なのに|女だから|男だから)|女の子なんだから|男の子なんだから|男のくせに泣|方向音痴(?:な|の)(?:女性|女|女の子|奥さん|ママ)|(?:女性|(?<![一-龥])女|女子|女の子|奥さん|主婦|ママ)(?:でも)(?:迷わ|わか|分か|でき|使え|扱え|運転でき|簡単|理解でき|読め)|(?:ぽっちゃり|太め|太った|デブ|おデブ|ふくよか)(?:さん|の方|な方|体型|の人)?(?:でも)(?:安心|大丈夫|乗れ|入れ|座れ|着られ|ok)|機械(?:に|が)(?:弱い|苦手な)(?:女性|お年寄り|高齢者|おばあちゃん|おじいちゃん|奥さん|主婦)'), need: ['女', '男', '方向音痴', 'ぽつちやり', '太', 'でぶ', 'ふくよか', '機械', '奥さん', '主婦', 'まま'], instead: INSTEAD.stereotype, severity: 'warn' },
  // A job given to a sex categorically: 受付は女性に限る, 案内係は男じゃないと.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:受付|窓口|接客|お茶くみ|お茶出し|秘書|案内係|司会|お酌|レジ|看板娘|事務|保育|看護|力仕事|運転手|船頭)(?:は|には|なら|って|も)(?:やっぱり|やっぱ|やはり|絶対|断然|もう)?(?:若い)?(?:女性|女の子|女|男性|男|男の人|女の人|娘|若い子)(?:に(?:限る|限り(?:ます|ますね)|かぎる|限ります|限っと|決まっ)|じゃないと|でないと|やないと|じゃなきゃ|でなきゃ|やなか(?:と|ら)|がよか|に任せ(?:る|とく|ておく|とけ|ときゃ)(?:の|ん)?(?:が)?(?:一番|いい|よか))|(?:女性|女の子|女|男性|男)(?:は|って)(?:やっぱり|やっぱ|やはり)?(?:受付|お茶出し|お茶くみ|事務|家事|力仕事|接客|お酌)(?:が)?(?:に限る|に限ります|が一番|が似合う|が似合い|向き(?:だ|です|やけん|やね|ですね)|に向いと(?:る|ります)|に向いて(?:る|いる|います))'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !ANSWERED.test(fo.slice(s.start, s.end)) && !AWARENESS.test(fo.slice(s.start, s.end)),
  },
  // Young women valued for pleasing men: 若い女の子が座っとると…おじいちゃんたちの機嫌がようなる.
  {
    rule: 'decency/lookism',
    re: phrase('若い(?:女性|女の子|娘|女子|お姉さん)(?:さん|たち|ちゃん)?(?:が|の)(?:座っ|座る|座り|立っ|立つ|おる|おっ|おら|いる|いて|居る|居て|並ん|並ぶ|来る|来ると|来た|受付|窓口)[^。！？!?\\n]{0,30}?(?:機嫌(?:が|も)?(?:よ|良|い)|喜(?:ぶ|ば|び|ん)|華やか|花があ|鼻の下|でれでれ|デレデレ|張り切)'),
    instead: INSTEAD.lookism,
    severity: 'warn',
  },
  // Crime and danger tied to a group's arrival or number (実習生が増えて…夜道が物騒に, 外国人が増えると治安が心配, 実習生ばかりに…治安が心配という声も), in the same sentence or the next.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:外国人|外国の方|外国籍|外国から来|実習生|留学生|移民|難民|大陸から|中国人|韓国人|ベトナム人|フィリピン人|ブラジル人|ネパール人|外国人労働者)[^。！？!?\\n]{0,24}?(?:増え|増加|急増|流入|多くな|多なっ|来るよ|来だして|来始め|やって来|住み始め|住むよう|移り住|住み着|住みつ|入って|ばかり|ばっかり|だらけ|受け入れ|でき(?:て|た|る)|建(?:つ|って|てる))[^。！？!?\\n]{0,30}[。！？!?]?[^。！？!?\\n]{0,30}?(?:物騒|(?:防犯面|犯罪|盗難|空き巣)(?:が|も|の)?(?:心配|不安)|治安(?:が|も)?[^。！？!?\\n]{0,6}?(?:悪|わる|心配|不安)|夜道(?:が|は|も)?[^。！？!?\\n]{0,6}?(?:怖|こわ|不安|心配|危な|物騒)|(?:犯罪|事件|空き巣|盗難|窃盗|自転車盗|自転車泥棒|泥棒|どろぼう|万引き|ひったくり|置き引き|車上(?:狙い|ねらい|荒らし)|強盗|盗み)(?:の件数|件数)?(?:が|も)?(?:増|多|急増|目立|相次)|戸締まり|(?:鍵|カギ|かぎ)(?:を|の)?(?:確認|かけ|掛け|二重|忘れ)|施錠)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => !ANSWERED.test(fo.slice(a, Math.min(fo.length, b + 30))) && !AWARENESS.test(fo.slice(s.start, b)) && !phrase('防犯ブザー|配布|見守|被害|守るため|安全を守|防犯教室|講習|説明会|ないよう|レンタサイクル|貸し出し|返却', 'u').test(fo.slice(a, Math.min(fo.length, b + 20))),
  },
  // Round 44. A group's arrival given as the reason (ので, から, ため) to guard against crime (海苔の作業場では外国人実習生が増えましたので、
  // 夜間の盗難にはくれぐれもご注意ください, 留学生が住み始めたから空き巣に気をつけて): the group made the suspect. The group is the subject of
  // the arrival (が/も), not tourists at a crowded season, and not the ones a crime targets (…を狙った).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:外国人|外国籍の(?:方|人)|外国の(?:方|人)|外国から(?:来た|の)(?:方|人)|(?:技能)?実習生|留学生|移民|難民|(?:${NATION})(?:人|籍|系)(?:の(?:方|人))?|外国人労働者)(?:の)?(?:方|方々|皆さん|住民|労働者|実習生|留学生|従業員|さん)?(?:たち|ら)?(?:が|も)[、,]?(?:(?:だいぶ|ずいぶん|かなり|急に|一気に|最近|近年)[、,]?)?(?:増え|急増し|増加し|多くなっ|多なっ|住み始め|住むようになっ|来るようになっ|移り住ん|入って(?:き|こ)|やって来)(?:て(?:き)?)?(?:た|ました|ている|ています|てる|てます|とる|とります|ちょる|よる|ます)?(?:ので|から|ため|けん|こともあり|ことから)[、,]?[^。！？!?\\n]{0,16}?(?:盗難|窃盗|空き巣|泥棒|どろぼう|万引き|置き引き|ひったくり|車上(?:狙い|ねらい|荒らし)|犯罪|自転車盗|盗み)(?:など)?(?:に|には|にも)[、,]?(?:くれぐれも|十分|十分に|特に|どうぞ|ぜひ)?[、,]?(?:ご注意|注意し|注意を|お気をつけ|気をつけ|お気を付け|気を付け|用心|ご用心|警戒)`),
    need: ['盗', '空き巣', '泥棒', 'どろぼう', '万引き', '置き引き', 'ひつたくり', '車上', '犯罪'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => !ANSWERED.test(fo.slice(s.start, s.end)) && !AWARENESS.test(fo.slice(s.start, s.end)) && !/を(?:狙|ねら)っ|被害に遭(?:う|わ)|被害者|狙われ|ねらわれ/u.test(fo.slice(a, Math.min(fo.length, s.end + 20))),
  },
  // A people's character blamed (国民性やけん仕方なか, お国柄だからしょうがない, 民度が低い).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:国民性|民族性|お国柄)(?:の違い)?(?:やけん|やけ|だから|ですから|なので|なんで|だし|やし|のせい|ゆえ|やろ|でしょう|じゃ|とか)?[、,]?[^。！？!?\\n]{0,8}?(?:仕方な|しかたな|仕方が(?:ない|なか|ありません)|しょうがな|しょんなか|諦め|あきらめ|どうしようもな|治らな|直らな)|(?:国民性|民族性|お国柄)(?:が|の)?(?:悪|低|問題|出と|出て|丸出し)|民度(?:が|の)?(?:低|悪|知れ)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !ANSWERED.test(fo.slice(s.start, s.end)),
  },
  // People said to be avoided, the group named nearby (例の宗教の方々が…。関わるとろくなことがなかですけん、目を合わせんように).
  {
    rule: 'decency/discriminatory',
    re: phrase('関わ(?:る|つ)と(?:ろくな|ろくでも)[^。！？!?\\n]{0,8}|ろくな(?:こと|もん|目)(?:が|に|は)?(?:ない|なか|ねえ|ありません|あわ)|目を合わせ(?:ん|ない|ず|るな)(?:ように|よう|ごと|ほうが|方が|で)|関わら(?:ん|ない)(?:ように|よう|ごと|ほうが|方が)|近づか(?:ん|ない)(?:ように|よう|ごと|ほうが|方が)|近寄ら(?:ん|ない)(?:ように|よう|ごと|ほうが|方が)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => PROTECTED_NEAR.test(near(fo, s)) && !DANGER.test(near(fo, s)) && !ANSWERED.test(fo.slice(s.start, s.end)),
  },
  // Prejudice condoned (親御さんが気にされるのも無理はなか, 反対するのも当然): an origin, a nationality or a disability named nearby.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:気に(?:する|される|なさる|なる|しよる|しとる|さす)|反対(?:する|される|しよる|しとる|なさる)|こだわ(?:る|られる)|嫌が(?:る|られる)|避け(?:る|られる|たがる)|調べ(?:る|られる))(?:の|ん)(?:も|は)[、,]?[^。！？!?\\n]{0,4}?(?:無理(?:は|も)?(?:ない|なか|ありません|ございません)|仕方(?:が)?(?:ない|なか|ありません)|しょうがな|しょんなか|当然|当たり前|(?:わか|分か)(?:る|ります|らんでも)|理解でき)'),
    instead: INSTEAD.discriminatory,
    // (避ける of a crowd or the heat is prudence: 混雑を避けるのは当然.)
    keep: (fo, s, a) => { const w = fo.slice(Math.max(0, s.start - 80), Math.min(fo.length, s.end + 60)); return PROTECTED_NEAR.test(near(fo, s)) && !ANSWERED.test(w) && !AWARENESS.test(w) && !/(?:混雑|渋滞|暑さ|人混み|人ごみ|ピーク|ラッシュ|雨|熱中症|危険|事故)(?:を|は)?$/u.test(fo.slice(Math.max(0, a - 6), a)) },
  },
  // A group's supposed tendency to misbehave, stated as fact (外国籍の住民が増えた地区では…ルールが守られなくなる
  // 傾向があります, ひとり親家庭のお子さんは…身につきにくい傾向): the group named in the sentence or the one before.
  // Blind R166I-001 (W16): グレる, the spoken word for going astray, is 非行 (ひとり親の家の子は…寂しさからグレやすいので); not 気まぐれ, 日暮れ.
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:守られ(?:なく|ない|にく)|守ら(?:ない|れない|ん)|守れ(?:ない|ん)|身につき(?:にく|づら)|(?<!${SUFFERED}の)トラブル(?:が|を)?(?:多|起こ|増)|治安(?:が)?(?:悪|乱)|マナー(?:が)?(?:悪|守ら|なって)|迷惑(?:を)?(?:かけ|行為)|怠け|働か(?:ない|ず|ん)|非行|(?<![まひ])ぐれ(?=やす|がち)|しつけ(?:が)?(?:行き届か|なって|でき)|だらし(?:な|ない)|不衛生|荒れ|汚れ|散らか|騒(?:ぎ|が|い|ぐ)|遅れ|進まな|学力(?:が|も)?(?:低|劣)|成績(?:が|も)?(?:低|悪))[^。！？!?\\n]{0,12}?(?:傾向(?:が|に)(?:あ|見られ|強)|傾向です|がち|やすい|にくい|ようです|ことが多い|場合が多い|のが実情|のが現実)`),
    instead: INSTEAD.discriminatory,
    // (A remedy announced with it — multilingual signs, notices, a briefing so that trouble does not arise — is the city acting, not labelling.)
    keep: (fo, s) => { const w = fo.slice(Math.max(0, s.start - 80), Math.min(fo.length, s.end + 60)); return PROTECTED_NEAR.test(near(fo, s)) && !ANSWERED.test(w) && !AWARENESS.test(w) && !phrase('多言語|やさしい日本語|看板|案内板|周知|設置しました|配布しました|ルールブック|避難(?:が|に|の)|災害時|防災|逃げ遅|説明会|オリエンテーション|ガイダンス|講習|(?:し|起き|起こら|起こさ)ないよう', 'u').test(w) },
  },
  // Care for a group called unfair, and agreed with (一般の人が使えんで不公平という声…その気持ちもわかる, 外国人ばかり優遇されてずるい).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:不公平|ずる(?:い|か)|特別扱い|優遇(?:しすぎ|されすぎ|されとる|されてる|しとる|し過ぎ|され過ぎ)|逆差別|えこひいき)(?:だ|です|やろ|でしょう|やん|よね|ですよね|と思(?:う|います)|という声|との声|って声|と感じ)?[^。！？!?\\n]{0,24}?(?:気持ち(?:も|は)?(?:わか|分か)|(?:わか|分か)(?:る|ります)(?:よ|ね|と|ん)|一理あ|もっとも|同感|共感(?:し|でき)|正直そう(?:思|おも))|(?:不公平|ずる(?:い|か)|逆差別)(?:です|だ|やろ|でしょう?|やん|たい|ばい)?(?:よね|ね|よ|な)?(?=[。！？!?、\\s]|$)'),
    instead: INSTEAD.discriminatory,
    severity: 'warn',
    keep: (fo, s) => PROTECTED_NEAR.test(near(fo, s)) && !ANSWERED.test(fo.slice(s.start, s.end)) && !phrase('合理的配慮', 'u').test(fo.slice(s.start, s.end)),
  },
  // A person called abnormal (窓口に毎日来られる方、たぶんちょっと普通じゃなかとやろう, あの人は頭がおかしい).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:(?<=[るたいなのあこそ])(?:方|人)|お客さん|おじさん|おばさん|おじいちゃん|おばあちゃん|来庁者|利用者|住民)(?:さん)?(?:は|が|、|って|も)[^。！？!?\\n]{0,16}?(?:普通じゃ(?:な|ね)|普通やな|普通では(?:な|あり)|普通の人じゃ|まともじゃ(?:な|ね)|まともでは|頭が(?:おかし|変|いか)|ちょっと(?:おかし|変わっと|変な)|どこか(?:おかし|変)|(?:心|精神)を病|病んどる|病んでる)'),
    instead: INSTEAD.discriminatory,
    severity: 'warn',
    keep: (fo, s) => !phrase('すご|凄|すばらし|素晴らし|感動|尊敬|こだわり|情熱|熱意|熱量|努力|レベル|ほど|くらい|ぐらい|人気|美味|おいし|うま|景色|混雑|暑|寒|天気|量|数|多さ|忙し|状況|事態|機械|音|調子', 'u').test(fo.slice(s.start, s.end)),
  },
  // Sexual minorities said not to exist here, or mocked by a euphemism (田舎にはそういう人はおらんですもんね（笑）).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:そういう|ああいう|その手の|そっち系の|あっち系の|そっちの|あっちの|そういった)(?:人|方|趣味|人たち|方々|系|カップル)[^。！!\\n]{0,12}?(?:(?:い|お)(?:ない|らん|らへん|りません|ません)|(?:いる|おる)わけ|少な|珍し|笑|w|😂|🤣)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => phrase('パートナーシップ|同性|lgbt|性的少数|性的マイノリティ|ゲイ|レズ|トランス|性の多様性|ホモ|オカマ|オネエ|(?:男|女)(?:性)?(?:職員|スタッフ|社員)?(?:同士|どうし)', 'u').test(near(fo, s)) && !ANSWERED.test(fo.slice(s.start, s.end)) && !phrase('思(?:つて)?(?:い)?ませんか|かもしれません|見えない|言えない|言い出せ|相談', 'u').test(fo.slice(s.start, s.end)),
  },
  // Welfare recipients seen gambling (パチンコ屋に並んどる人の中に保護を受けとる方も).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:パチンコ|パチスロ|スロット|競艇|競輪|競馬|ボートレース|馬券|舟券|飲み屋|昼(?:間)?から酒|朝から酒|昼間から飲)[^。！？!?\\n]{0,30}?(?:生活保護|保護(?:費)?を(?:受|もら)|受給(?:者|し|され))|(?:生活保護|保護(?:費)?を(?:受|もら)|受給者)[^。！？!?\\n]{0,30}?(?:パチンコ|パチスロ|スロット|競艇|競輪|競馬|ボートレース|馬券|舟券|飲み屋|昼(?:間)?から酒|朝から酒|昼間から飲|遊んで)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !ANSWERED.test(fo.slice(s.start, s.end)) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !phrase('依存|相談|支援|利用でき|対象|申請', 'u').test(fo.slice(s.start, s.end)),
  },
  // Old age as a reason to give up driving, said as a duty (七十を過ぎたら免許は返していただくのが世のため, 年寄りは免許を返すべき).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:(?:[6-9６-９][0-9０-９]|[六七八九]十)(?:歳|才|代)?(?:を)?(?:過ぎ|すぎ|超え|越え|こえ)(?:たら|れば|た(?:方|人|ら))|(?:高齢|年寄り|老人|お年寄り|じいちゃん|ばあちゃん|じじい|ばばあ|シニア)[^。！？!?\\n]{0,10}?)[^。！？!?\\n]{0,16}?(?:免許|運転|ハンドル)[^。！？!?\\n]{0,10}?(?:返し|返す|返さ|返納し|返納す|返納さ|返上|手放|取り上げ|やめ|辞め|諦め|あきらめ|させ)[^。！？!?\\n]{0,12}?(?:べき|のが(?:世のため|一番|当然|当たり前|常識|筋|義務)|世のため|当然|当たり前|常識|義務|ろ(?=[。！!、]|$)|なさい|んしゃい)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !phrase('選択肢|検討|ご相談|相談|支援|特典|制度|サポート|ご家族で|話し合', 'u').test(fo.slice(s.start, s.end)) && !ANSWERED.test(fo.slice(s.start, s.end)),
  },
  // Round 13 kinds.
  // Blind R237M-030 kind (dec4): a contest's call for entries that looks forward to a body (スタイル抜群の方の応募を楽しみに, うなじ美人も
  // 大歓迎): the body rated as the entry's welcome; 抜群 or 自慢 of the figure names it, and も or the entry awaited close it as 歓迎 does.
  // Looks as the condition to take part (写真映えするルックスの方限定, 見た目に自信のある方大歓迎, イケメン限定).
  {
    rule: 'decency/lookism',
    re: phrase(`(?:写真映え|インスタ映え|見栄え|映え|華)(?:の)?(?:する|のする|のある|の良い|のいい)(?:ルックス|容姿|外見|見た目|顔|顔立ち|お顔|スタイル)(?:の|を(?:お)?持つ|をお持ちの)(?:方|人|女性|男性|子)|(?:容姿|ルックス|外見|見た目|顔立ち|美貌|顔|スタイル|プロポーション|体型)(?:に|には)(?:自信|自身)(?:の|が)(?:ある|あり|おあり)(?:の)?(?:方|人|女性|男性|子|女子|男子)?|(?:美人|美女|美男子|美男美女|美少女|イケメン|男前|かわいい子|可愛い子|かわいか子|かわいい女の子|きれいな方|綺麗な方|(?:モデル体型|細身|スリム|痩せ型|やせ型|美脚|高身長)(?:な|の)?(?:方|人|女性|男性|女子|男子)|(?:スタイル|プロポーション|ルックス|容姿|顔立ち|ボディ|体型)(?:抜群|バツグン|ばつぐん|(?:が|の)(?:いい|良い|よい|抜群|自慢))(?:の|な)?(?:方|人|女性|男性|女子|男子|子)|(?:ルックス|容姿|外見|見た目)(?:の|が)[^。！？!?\\n]{0,8}?(?:方|人|女性|男性|子))(?:さん)?(?:(?:も|は)?[、,]?(?:限定|のみ|だけ(?:を|に|で|募集)|に限り|に限ります|に限る|を?優先|大?歓迎|(?:を)?大?募集)|の(?:ご)?(?:応募|エントリー|ご参加|参加)(?:を|も)?[、,]?(?:楽しみ|お待ち|待って|大?歓迎))`),
    need: ['容姿', 'るつくす', '外見', '見た目', '顔', '美貌', 'すたいる', 'ぷろぽーしよん', '体型', '美', 'いけめん', '男前', 'かわい', '可愛', 'きれい', '綺麗', '細身', 'すりむ', '痩せ型', 'やせ型', '高身長'],
    instead: INSTEAD.lookism,
    keep: (fo, s) => !phrase('問わ|不問|関係な|問いません|かかわらず|関わらず|ではなく|ではありません|料理|弁当|お菓子|ケーキ|盛り付け|作品|花壇|庭|人形|ぬいぐるみ|犬|猫|ペット|キャラクター|ルッキズム', 'u').test(fo.slice(s.start, s.end)) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  // A job said to suit one sex (調理員はやっぱり家庭的な女性が向いています, 夜の見回りは男性のほうが安心): the role is the topic, the sex its fitting holder.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?<!彼)(?:女性|男性|女の人|男の人|女の子|男の子|女|男|お母さん|主婦|奥さん)(?:の方)?(?:(?:じゃないと|でないと|やないと|じゃなきゃ|でなきゃ)[^。！？!?\\n]{0,3}?(?:(?:務|つと)ま(?:らな|らん|りませ)|できな|できませ|でけん|無理|だめ|ダメ|いかん)|(?:が|のほうが|の方が)(?:向いて(?:いる|いま|ま|る)|向いと(?:る|ります)|適任|ふさわしい|ふさわしか|合って(?:いる|いま|る)|似合う|似合い|安心(?:です|だ|やけん|でしょう)|一番(?:です|だ|や|でしょう|[。！!]|$)|(?:いい|良い|よい)(?:です|よね|ね|と思|でしょう)|よか))|家庭的な(?:女性|女の子|奥さん|お母さん|主婦|方)(?:を|が)?(?:募集|歓迎|大歓迎|希望|求め|優遇|優先|ほしい|欲しい)'),
    need: ['女', '男', '母', '主婦', '奥さん', '家庭的'],
    instead: INSTEAD.discriminatory,
    severity: 'warn',
    keep: (fo, s, a, b) => (/^家庭的/u.test(fo.slice(a, b)) || ROLE_BEFORE.test(fo.slice(Math.max(s.start, a - 28), a))) && !AWARENESS.test(fo.slice(s.start, s.end)) && !ANSWERED.test(fo.slice(s.start, s.end)) && !phrase('とは限ら|関係な|問わ|どちらも|男性も女性も|女性も男性も|男女とも|男女問わ|という(?:考え|イメージ|思い込み|固定観念|見方)|とされてきた|と思われがち|古い|時代', 'u').test(fo.slice(s.start, s.end)),
  },
  // … or said not to suit it, or to be its kind of job (女性には向かない仕事, 男性向きの職場ではありません).
  {
    rule: 'decency/stereotype',
    re: phrase('(?:女性|男性|女|男)(?:の方)?(?:には|に|では|じゃ)(?:向いて(?:いる|る)|向いた|ぴったりの|向き(?:の)?|向か(?:ない|ん)|向いてい?ない|無理な|不向きな|きつい|難しい)(?:仕事|職|職種|職場|業務|作業)|(?:女性|男性|女|男)向きの(?:仕事|職|職種|職場|業務|作業)'),
    need: ['女', '男'],
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) && !ANSWERED.test(fo.slice(s.start, s.end)) && !phrase('という(?:イメージ|考え|思い込み)|とされてきた|と言われてきた|わけではありません|ではありません|関係なく|問わず', 'u').test(fo.slice(s.start, s.end)),
  },
  // A delay or shortfall put down to who the staff are (女性職員が多い職場なので、手続きに時間がかかることがあります).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:女性|男性|女子|男子|女の人|男の人|おばちゃん|おばさん|おじさん|おっちゃん|ママさん|主婦|高齢|年配|年寄り|外国人|外国籍|障害|障がい)(?:の)?(?:職員|スタッフ|社員|従業員|メンバー|パート|担当者|ボランティア)?(?:が|の)?(?:多い|多く|ばかり|ばっかり|だらけ|中心|主体)(?:の)?(?:職場|部署|課|窓口|チーム|事業所|係)?(?:です|だ|な|で|の|や|である|であり)?(?:ので|ため|から|けん|やけ|こともあり|関係で|せいか|せいで|ゆえ)[、,]?[^。！？!?\\n]{0,30}?(?:時間(?:が|を)?(?:かか|要)|お時間をいただ|遅れ|遅く|遅い|遅か|お待たせ|ご不便|ご迷惑|不手際|ミス|間違い|急な(?:お)?休み|突然の(?:お)?休み|休みが(?:多|増|ち)|欠勤|行き届か|不慣れ|騒がし|うるさ|まとまら|まとまりが(?:な|に)|感情的|ご了承|ご容赦)'),
    need: ['女', '男', 'おばちやん', 'おばさん', 'おじさん', 'おつちやん', 'ままさん', '主婦', '高齢', '年配', '年寄り', '外国', '障害', '障がい'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => {
      const t = fo.slice(Math.max(s.start, a - 12), b)
      return phrase('職員|スタッフ|社員|従業員|メンバー|パート|担当者|ボランティア|職場|部署|課|窓口|チーム|事業所|係', 'u').test(t) && !phrase('避難|救助|搬送|移動|歩行|介助', 'u').test(t) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end))
    },
  },
  // A group to be watched (外国人を見かけたら自転車のカギを確認しましょう, 外国人には注意しましょう).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${WATCHED})(?:の(?:方|人|人たち|グループ|集団|団体|車))?(?:(?:を|が)?[^。！？!?\\n]{0,6}?(?:見かけたら|見たら|見つけたら|来たら|近づいてきたら|近づいて来たら|声をかけられたら|話しかけられたら|うろうろ|うろつ|たむろ|いたら|おったら)[、,]?[^。！？!?\\n]{0,24}?(?:注意|警戒|通報|用心|気をつけ|気を付け|鍵|カギ|かぎ|施錠|戸締まり|貴重品|財布|110番|警察|目を離さ|近づかない|近寄らない|距離を)|(?:には|に)(?:十分|くれぐれも|特に|よくよく)?(?:ご)?(?:注意(?!喚起|を(?:呼びかけ|よびかけ|促|うなが))|気をつけ|気を付け|用心|警戒)(?:して|し|を|が|しま|です|だ|ください|下さい|願))`),
    need: requiredLiterals(phrase(`(?:${WATCHED})`)),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => { const t = fo.slice(s.start, s.end); return !AWARENESS.test(t) && !ANSWERED.test(t) && !phrase('福祉|保護|相談|声かけ|声をかけ|助け|寒さ|体調|救急|熱中症|困って|道案内|やさしい日本語|おもてなし|笑顔|詐欺|被害に(?:遭|あ)|狙われ|伝え|避難|案内|情報|手伝|寄り添', 'u').test(t) },
  },
  // A slur as the head of a compound (オカマキャラ, ホモネタ, ガイジムーブ): the word list reads it only on its own.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:(?<![一-龥])(?:オカマ|ホモ|レズ)|ガイジ|キチガイ|カタワ|メクラ|ツンボ|ジャップ|クロンボ)(?:キャラ|ネタ|バー|パブ|ショー|タレント|芸人|ムーブ|ノリ|ポーズ|トーク|ごっこ|っぽ|ぽい|みたい|カップル|友達|仲間|口調|言葉|疑惑|野郎|扱い|呼ばわり|系|風|丸出し|レベル|並み|並|なみ|以下|同然|かよ|じゃん|やん|すぎ|過ぎ)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !SLUR_TALK.test(fo.slice(s.start, s.end)),
  },
  // Round 41: a slur that is also an ordinary word (池沼, ponds and marshes) made an insult by a likeness or a rank after it (池沼レベルの
  // 行動, 池 沼 並み, 池沼かよ): the topic words that excuse the bare word (ため池, 水辺) do not excuse it then.
  // Round 49: a judgement on a person (池沼かと思った, 池沼みたいな駐車) too, whatever the pond words around it.
  // Round 54: the same slur in kana or as 知障, spelt with spaces to slip past (ち し ょ う レベルやん, 知障並み; blind R54A-061); the
  // kana not after a kana (お待ちしようかと思います is a verb).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:(?<![一-龥])(?:池沼|知障)|(?<![ぁ-ゖ])ちしょう(?!か(?:と|って|な)?(?:思|疑)))(?:レベル|並み|並|なみ|以下|同然|かよ|じゃん|やん|扱い|呼ばわり|っぽ|ぽい|丸出し|ムーブ|ネタ|キャラ|(?:なの|なん)?か(?:と|って|な)?(?:思|疑)|のよう(?:な(?:人|奴|やつ|行動|こと|真似|まね|考え|発想))|みたいな(?!水|沼|池|湿|湖|場所|ところ|所)|みたい(?:だ|です|やな|じゃ|[。！!笑w]))'),
    need: ['池沼', '知障', 'ちしよう'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !SLUR_TALK.test(fo.slice(s.start, s.end)),
  },
  // Hiring that prefers a sex, a nationality or youth (採用は男性を優先します, 選考にあたっては日本人を優遇).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:採用|選考|登用|昇進|昇格|雇用|人選)(?:は|では|で|に(?:あたって|あたり|際して|際し)(?:は)?)?[、,]?[^。！？!?\\n]{0,10}?(?:男性|日本人|若い(?:方|人)|独身(?:の方|者)?)(?:の方)?(?:を|が)(?:優先|優遇)'),
    need: ['採用', '選考', '登用', '昇進', '昇格', '雇用', '人選'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) && !ANSWERED.test(fo.slice(s.start, s.end)),
  },
  // Someone said to seem gay or trans for a hobby or a manner (男なのに手芸好きでオネエっぽい, あの職員はそっち系っぽい): a person, not a genre.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?<![一-龥])(?:オ(?:ネ|[〇○●◯◎×✕✖*＊■□])エ|[〇○●◯◎×✕✖*＊■□]ネエ|オネ[〇○●◯◎×✕✖*＊■□](?=っぽ|ぽい|みたい)|おねえ系|ゲイ|そっち系|あっち系|そっちの気|その気がある|ソッチ系)(?:っぽ|ぽい|ぽか|みたい|系の(?=新人|職員|男性|先生|指導員|支援員|受験|応募|子|人|男|方)|疑惑|なんじゃ|じゃない|かも|説|と評判|と噂)|(?:男|男性|男の子|男子|彼|旦那|息子|職員|指導員|先生|課長|係長|さん|くん|君)[^。！？!?\\n]{0,16}?(?:なよなよ|ナヨナヨ|女みたいな(?:しゃべり|喋り|話し方|仕草|声)|オカマ(?:っぽ|みたい))'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => !SLUR_TALK.test(fo.slice(s.start, s.end)) && !AWARENESS.test(fo.slice(s.start, s.end).replace(/支援員/gu, '')) && (/^(?:お(?:ね|[〇○●◯◎×✕✖*＊■□])え|[〇○●◯◎×✕✖*＊■□]ねえ|おね[〇○●◯◎×✕✖*＊■□]|げい)/u.test(fo.slice(a, b)) ? PERSON_SAID.test(fo.slice(Math.max(0, s.start - 40), s.end)) : true) && (!/そっち|あっち|その気/u.test(fo.slice(a, b)) || phrase('男なのに|男のくせ|女なのに|女のくせ|オネエ|同性|ゲイ|ホモ|レズ|趣味', 'u').test(fo.slice(Math.max(0, s.start - 40), s.end))),
  },
  { rule: 'decency/discriminatory', re: phrase('(?<![一-龥])オネエ(?:キャラ|系|言葉|口調|っぽ|ぽい|タレント|芸人|みたい)'), instead: INSTEAD.discriminatory, severity: 'warn', keep: (fo, s) => !SLUR_TALK.test(fo.slice(s.start, s.end)) },
  // Round 18: girls' or women's clothing made short or tight and said to please the men (女子はスカートが短めで男性職員にも大好評).
  {
    rule: 'decency/sexual',
    re: phrase('(?:スカート|制服|水着|ユニフォーム|衣装|ショーパン|ショートパンツ|短パン|ブルマ|レオタード)(?:の丈)?[^。！？!?\\n]{0,12}?(?:短め|短く|短い|ミニ|タイト|ぴったり|ピッタリ|ぴちぴち|ピチピチ|薄め|薄く|透け|露出)[^。！？!?\\n]{0,24}?(?:男性|男子|男|おじさん|おっさん|職員|先生|課長|係長|市長|議員|オヤジ|親父)(?:陣|たち|の皆さん|職員)?(?:に|にも|から|から(?:も)?|が|も|は)?[^。！？!?\\n]{0,6}?(?:大?好評|人気|喜|嬉し|うれし|ウケ|うけ|釘付け|くぎづけ|ドキドキ|どきどき|ニヤニヤ|にやにや|鼻の下|目の保養|眼福|テンション|元気)'),
    need: ['すかーと', '制服', '水着', 'ゆにふぉーむ', '衣装', 'しよーとぱんつ', 'しよーぱん', '短ぱん', 'ぶるま', 'れおたーど'],
    instead: INSTEAD.sexual,
    keep: (fo, s) => !/防止|撲滅|被害|犯罪|盗撮|ハラスメント|セクハラ/u.test(fo.slice(s.start, s.end)),
  },
  // Blind R147A-001: an illness said to kill or torment to death, told with laughter (狂犬病って発症したら超苦しんで死ぬらしいｗ): warn; not a
  // hyperbole (死ぬほど, 死ぬかと思った), not a hospital (病院), not the risk told plainly.
  {
    rule: 'decency/insensitive',
    re: phrase(`(?:[一-龥ァ-ヶー]{1,8}(?:病(?![院棟室床])|症(?![状])|ウイルス|ウィルス|感染症)|がん|癌|発症|感染|かかったら|かかると|罹ったら|罹ると|うつったら|うつると)[^。！？!?\\n]{0,24}?(?:死(?:ぬ(?!ほど|かと|気|思い|よう|ような)|にます|んじゃう|んじゃ|亡)|あの世)[^。！？!?\\n]{0,12}?(?:${LAUGH_W}|[（(]笑[)）]|(?<![ぁ-ゖ一-龥])笑(?![ぁ-ゖ一-龥])|(?<=[ぁ-ゖ])笑|[😂🤣😆😜😝🤪💀☠]|${GRASS_CUT}草(?![ぁ-ゖ一-龥]))`),
    instead: INSENSITIVE,
    severity: 'warn',
    keep: (fo, s) => !/(?<!被)差別|偏見|不謹慎|笑い(?:事|ごと)/u.test(fo.slice(s.start, s.end)),
  },
  // Blind R147A-024: death wished on the readers as a joke (入りたい人は早めに死んでね💀ｗ, 皆さん、さっさと死んでください笑): block; not
  // a story told on (あの人は死んでね、…), not 死んでほしくない, not the words quoted to be avoided.
  {
    rule: 'decency/insensitive',
    re: phrase('(?:人|方|皆さん|皆様|みなさん|みなさま|みんな|あなた|お前|おまえ|君|きみ|希望者|ご希望の方)(?:は|も|が|たち|ら)?[、,]?[^。！？!?\\n]{0,12}?死(?:んで(?:ね(?![ぁ-ゖ一-龥ー、,])|くださ|下さ|くれ(?![ぁ-ゖ])|ちょうだい|ほしい|欲しい|もら(?:え|い))|ね(?![ぁ-ゖ一-龥ー、,]))(?![」』"”])'),
    instead: INSENSITIVE,
    keep: (fo, s, a, b) => !/(?:と|って)(?:言|い)わ|言っては|言葉|暴言|(?<!被)差別/u.test(fo.slice(b, Math.min(fo.length, b + 20))) && !/[「『“"]/u.test(fo.slice(Math.max(0, a - 4), a)),
  },
  // Death joked about where a grave, a funeral or an end-of-life plan is offered (死ぬ前にいい場所を押さえておきましょう💀, 棺桶に片足（笑）).
  {
    rule: 'decency/insensitive',
    re: phrase('(?:死ぬ前に|死んだら|死んでから|死んだ後|くたばる前に|くたばったら|お迎えが来る前に|お迎えが来たら|あの世(?:に|へ)(?:行く|いく)前に|棺桶に片足|棺おけに片足|冥土の土産|先に逝っ|ぽっくり逝)[^。！？!?\\n]{0,30}?[？?！!]{0,2}(?:[💀☠👻⚰🪦😂🤣😆😜😝🤪😎]|笑|w+(?![a-z0-9./])|ｗ|' + GRASS_CUT + '草|(?:です|ます|しょう|よ|ね)[〜~♪]+|[〜~]+[！!♪])'),
    need: ['死', 'くたば', 'お迎え', 'あの世', '棺', '冥土', '逝'],
    instead: INSENSITIVE,
    severity: 'warn',
    keep: (fo, s) => /墓|霊園|納骨|葬|斎場|終活|遺影|遺言|エンディング|相続|生命保険|棺|仏壇|お迎え/u.test(fo.slice(Math.max(0, s.start - 120), s.end)) && !/亡くなられ|ご冥福|お悔やみ|ご遺族|事故|火災|災害/u.test(fo.slice(s.start, s.end)),
  },
  // Round 14 kinds.
  // Old people named by their dementia or frailty as a slur (ボケ老人, 呆けた年寄り, ヨボヨボのじいさん, 老いぼれ, 死に損ない).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?<![寝差和んみ月])(?:ボケ|呆け|痴呆|もうろく|耄碌)(?:た|てる|とる|ちゃった|ちょる|かけの|かけた)?(?:老人|年寄り|お年寄り|じいさん|ばあさん|じいちゃん|ばあちゃん|じじい|ばばあ|ジジイ|ババア|ジジィ|ババァ|爺さん|婆さん|爺|婆|おじいちゃん|おばあちゃん|親父|おやじ|おふくろ|老婆|老夫婦)|よぼよぼ(?:の)?(?:老人|年寄り|お年寄り|じいさん|ばあさん|じいちゃん|ばあちゃん|じじい|ばばあ|爺さん|婆さん)|老いぼれ|おいぼれ|死に(?:損な|ぞこな)い|棺桶に片足'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !SLUR_TALK_WORDING.test(fo.slice(s.start, s.end)),
  },
  // Round 49: the same slur for the old with one letter masked to slip past (ボ〇老人, 〇ケじじい, ボ●たばあさん, 老い〇れ, ボケ老〇):
  // the old noun beside it says what the mask hides; not a masked name or place (〇〇老人クラブ, 〇ケ丘), not 寝ぼけ.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:(?<![寝ねぴピ〇○●◯◎×✕✖*＊■□])(?:ボ|ぼ)[〇○●◯◎×✕✖*＊■□](?:た|てる|とる|ちゃった|ちょる|かけの|かけた)?|(?<![〇○●◯◎×✕✖*＊■□ァ-ヶ一-龥])[〇○●◯◎×✕✖*＊■□](?:ケ|け))(?:老人|年寄り|お年寄り|じいさん|ばあさん|じいちゃん|ばあちゃん|じじい|ばばあ|ジジイ|ババア|ジジィ|ババァ|爺さん|婆さん|爺|婆|おじいちゃん|おばあちゃん|老婆|老夫婦)|(?<![寝ねぴピ])(?:ボケ|ぼけ)(?:老[〇○●◯◎×✕✖*＊■□]|[〇○●◯◎×✕✖*＊■□]人|じ[〇○●◯◎×✕✖*＊■□]い|ば[〇○●◯◎×✕✖*＊■□]あ)(?![一-龥])|老い[〇○●◯◎×✕✖*＊■□]れ|老[〇○●◯◎×✕✖*＊■□]ぼれ'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !SLUR_TALK.test(fo.slice(s.start, s.end)),
  },
  // Looks used to sell someone of a role (美人すぎる市議, イケメン講師, かわいすぎる農家さん).
  {
    rule: 'decency/lookism',
    re: phrase('(?:美人|美女|美少女|イケメン|美男子|男前|美し(?:すぎる|過ぎる)|かわい(?:すぎる|過ぎる)|可愛(?:すぎる|過ぎる)|かっこよ(?:すぎる|過ぎる)|カッコよ(?:すぎる|過ぎる))(?:すぎる|過ぎる|すぎと話題の|と話題の|と評判の|と噂の|で話題の|で評判の)?(?:新人|若手|女性|男性|女子|男子)?(?:市議(?:会議員)?|県議(?:会議員)?|町議|村議|議員|市長|町長|村長|知事|講師|先生|教授|医師|ドクター|アナウンサー|弁護士|住職|駅長|館長|園長|校長|課長|係長|部長|署長|観光大使|親善大使|大使|アンバサダー|消防士|警察官|保健師|看護師|司書|学芸員|パティシエ|シェフ|料理人|農家|漁師|職人|作家|店主|社長|女将|若女将|オーナー|ママ|インストラクター|トレーナー|コーチ|ガイド|船頭|職員|スタッフ|隊員|自衛官)'),
    instead: INSTEAD.lookism,
    keep: (fo, s) => !SLUR_TALK.test(fo.slice(s.start, s.end)) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !/ルッキズム/u.test(fo.slice(s.start, s.end)),
  },
  // A body's size or weight joked as a load (体重の重い方は…舟が沈むので笑, 体格のいい方が乗ると傾くかも😂); デブ, 太めの方 and the like are the appearance group's.
  {
    rule: 'decency/lookism',
    re: phrase('(?:体重|体格(?!(?:の|が)(?:大きい|大きな|でかい|デカい|重い)(?:方|人|お客様|お客さま))|体型|体形|図体|巨体|お腹|おなか|(?<!(?:体|体格|からだ)(?:の|が))(?:重|大き)(?:い|め|めの|めな)(?:方|人|お客様|お客さま|お客さん)|太っちょ|メタボ)[^。！？!?\\n]{0,40}?(?:沈(?:む|み|ん|ま|没)|傾(?:く|き|い)|壊れ|こわれ|つぶれ|潰れ|抜け(?:る|そう|ちゃ)|もたな|持たな|定員オーバー|重量オーバー|悲鳴)[^。！？!?\\n]{0,20}?(?:[（(]笑[)）]|(?<![ぁ-ゖ一-龥])笑(?![ぁ-ゖ一-龥])|(?<=[ぁ-ゖ])笑|' + LAUGH_W + '|(?<![一-龥])' + GRASS_CUT + '草(?![ぁ-ゖ一-龥])|[😂🤣😆😝😜🤪💦😅])'),
    instead: INSTEAD.stereotype,
  },
  // A place or rite of death joked about (火葬場の待合室、カフェみたいで住みたいw, 葬儀…静かで楽なお見送りでした笑): in its sentence it blocks,
  // a sentence or two later (霊安室、…きれいになりました。ここなら泊まってもいいかも（笑）) it warns.
  // Blind R170I-068 (W17): the column of death notices is such a rite (おくやみ欄、掲載がスカスカ…お年寄りが元気ってことですね😂); not a notice of
  // how to be listed in it (おくやみ欄への掲載を希望されない方は), not a name found there with grief.
  {
    rule: 'decency/insensitive',
    re: phrase('(?:(?:おくやみ|お悔やみ|訃報|死亡)(?:欄|情報|コーナー|記事|広告)|霊安室|遺体安置(?:所|室)?|安置室|火葬場|火葬炉|斎場|葬儀場|葬祭場|葬儀会館|セレモニーホール|霊柩車|棺桶|納骨堂|墓地|墓場|お墓|葬儀|葬式|告別式|お通夜|通夜)(?!みたい|のよう|っぽ|状態|ムード|モード|感)[^。！？!?\\n]{0,40}?(?:[（(]笑[)）]|(?<![ぁ-ゖ一-龥])笑(?![ぁ-ゖ一-龥])|(?<=[ぁ-ゖ])笑(?=[\\s。！!？?、…〜ー)）]|$)|' + LAUGH_W + '|[😂🤣😆😝😜🤪]|泊まって(?:みたい|もいいかも|もよか|もええ)|住(?:みたい|んでみたい|めそう)|入ってみたい|予約(?:しとこ|しておこ)|一番乗り)'),
    instead: INSENSITIVE,
    keep: (fo, s) => !CONDOLENCE.test(fo.slice(s.start, s.end).replace(NOTICE_COLUMN, '')),
  },
  {
    rule: 'decency/insensitive',
    re: phrase('(?:(?:おくやみ|お悔やみ|訃報|死亡)(?:欄|情報|コーナー|記事|広告)|霊安室|遺体安置(?:所|室)?|安置室|火葬場|火葬炉|斎場|葬儀場|葬祭場|葬儀会館|セレモニーホール|霊柩車|棺桶|納骨堂|墓地|墓場|お墓|葬儀|葬式|告別式|お通夜|通夜)(?!みたい|のよう|っぽ|状態|ムード|モード|感)[^\\n]{0,60}?(?:[（(]笑[)）]|(?<![ぁ-ゖ一-龥])笑(?![ぁ-ゖ一-龥])|(?<=[ぁ-ゖ])笑(?=[\\s。！!？?、…〜ー)）]|$)|' + LAUGH_W + '|[😂🤣😆😝😜🤪]|泊まって(?:みたい|もいいかも|もよか|もええ)|住(?:みたい|んでみたい|めそう)|入ってみたい|予約(?:しとこ|しておこ)|一番乗り|[⚰🪦💀☠👻]|[“"「『]入居[”"」』])'),
    instead: INSENSITIVE,
    severity: 'warn',
    keep: (fo, s) => !CONDOLENCE.test(fo.slice(s.start, s.end).replace(NOTICE_COLUMN, '')),
  },
  // Round 15 kinds.
  // A service said to be of no use to a disabled group, and the group told not to count on it (耳の不自由な方には防災無線は
  // 意味がないので、当てにしないで): not when the city names what it offers instead (字幕, 点字, メール配信 …).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${DISABLED})(?:の方|の皆さん|の皆様)?(?:には|にとっては|にとって|は|って|に)[、,]?[^。！？!?\\n]{0,20}?(?:(?:意味|用|使い道)(?:が|は|も)?(?:ない|なか|無い|ありません|ございません)|無意味|(?:当て|あて|頼り|期待)(?:に)?(?:は)?(?:し|せ)(?:ないで|んで|んごと|ないよう|ないほうが|ない方が|なくて)|(?:役に|やくに)(?:立た|たた)(?:ない|ん|ず)|(?:て|で)も(?:仕方(?:が)?(?:ない|なか|ありません)|しかたな|しょうがな|しょんなか|無駄(?:です|だ|やけん|なので|ですので|[。！!]|$)|むだ(?:です|だ|やけん)))`),
    need: DISABLED_NEED,
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => { const t = fo.slice(s.start, Math.min(fo.length, s.end + 40)); return !AWARENESS.test(fo.slice(s.start, s.end)) && !ANSWERED.test(fo.slice(s.start, s.end)) && !phrase('代わりに|かわりに|代替|ご用意|用意し|用意して|お届け|貸し出|貸出|配信し|配信して|設置し|お送り|お渡し|ご案内し|対応し|対応いた|個別に|戸別|受信機|お知らせします|お知らせしま|ご連絡します|併せて|あわせて', 'u').test(t) },
  },
  // A group as the yardstick of easy (障害者の方でも作れるくらい簡単, お年寄りでも使えるほど簡単なアプリ): its ability presumed low.
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${DISABLED})(?:の方|の皆さん|さん)?(?:でさえ|ですら|でも|にでも|にも)[^。！？!?\\n]{0,12}?(?:でき|作れ|つくれ|わか|分か|使え|扱え|読め|解け|覚えられ|理解でき|楽しめ|描け|弾け|操作でき)(?:る|ます|ちゃう|ちゃいます)(?:くらい|ぐらい|ほど|程|レベル)(?:の|に|な)?(?:簡単|かんたん|カンタン|易し|やさし|単純|シンプル)|(?:${DISABLED})(?:の方|の皆さん|さん)?(?:でさえ|ですら)[^。！？!?\\n]{0,12}?(?:でき|作れ|わか|分か|使え|扱え|読め|解け|覚えられ|理解でき)(?:る|ます|た)`),
    need: DISABLED_NEED,
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) && !ANSWERED.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/stereotype',
    re: phrase(`(?:${AGED}|女性|女の人|女の子|主婦|奥さん|お母さん|ママ|外国人|外国の方)(?:の方|の皆さん|さん)?(?:でさえ|ですら|でも|にでも|にも)[^。！？!?\\n]{0,12}?(?:でき|作れ|つくれ|わか|分か|使え|扱え|読め|解け|覚えられ|理解でき|楽しめ|操作でき)(?:る|ます|ちゃう|ちゃいます)(?:くらい|ぐらい|ほど|程|レベル)(?:の|に|な)?(?:簡単|かんたん|カンタン|易し|やさし|単純|シンプル)|(?:${AGED}|女性|女の人|主婦|奥さん|外国人)(?:の方|さん)?(?:でさえ|ですら)[^。！？!?\\n]{0,12}?(?:でき|作れ|わか|分か|使え|扱え|読め|解け|覚えられ|理解でき)(?:る|ます|た)`),
    need: [...AGED_NEED, '女', '主婦', '奥さん', 'お母さん', 'まま', '外国'],
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) && !ANSWERED.test(fo.slice(s.start, s.end)),
  },
  // A time or a place recommended for being free of a group (高齢者の少ない夕方がおすすめ, 外国人観光客のいない平日が狙い目).
  {
    rule: 'decency/stereotype',
    re: phrase(`(?:${AGED}|${DISABLED}|外国人|外国の方|外国人観光客|中国人|韓国人|観光客の外国人|実習生)(?:の|が)(?:少な(?:い|め|か)|い(?:ない|ません)|おらん|来ない|来(?:られ)?ない)(?:時間帯|時間|夕方|午後|午前|朝|夜|日|曜日|平日|週末|日程|時期|季節|回|便|窓口|会場|お店|店)[^。！？!?\\n]{0,16}?(?:おすすめ|お勧め|オススメ|狙い目|ねらい目|狙っ|狙う|ねらっ|ねらう|快適|スムーズ|すいて|空いて|ゆっくり|待たず|早く済|はやく済|お得|ベスト|一番)`),
    need: [...AGED_NEED, ...DISABLED_NEED, '外国', '中国人', '韓国人', '実習生'],
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)),
  },
  // Illness made light of as a gain (がんになっても…むしろ元が取れてお得かも, 入院したら三食昼寝付きでラッキー): a warning, as
  // the same words tell of a benefit (高額療養費で負担が軽くなります) without the illness as the windfall.
  {
    rule: 'decency/insensitive',
    re: phrase('(?:がん|癌|ガン|病気|大病|重病|難病|脳卒中|脳梗塞|心筋梗塞|糖尿病|認知症|骨折|大けが|大怪我|コロナ|インフル(?:エンザ)?|うつ病|入院)(?:に|を|で|が)?(?:なっ|かかっ|罹っ|患っ|し|なる|かかる|した)?(?:ても|たら|て|た|と|ちゃ(?:って|った))[^。！？!?\\n]{0,40}?(?:(?:むしろ|逆に|かえって)[^。！？!?\\n]{0,10}?(?:お得|得(?:する|した|じゃ|です|かも|だ)|元(?:が|を)取|儲|もうけ|ラッキー|おいしい)|元(?:が|を)(?:取れ|とれ|取る|とる)|儲けもん|もうけもん|得した気分|(?:お得|ラッキー|ウハウハ|へっちゃら|役得)(?:かも|です|だ|じゃん|やん|ですね|ね|[！!？?w笑😂🤣😆✌]))|(?:がん|癌|ガン|病気|持病|大病|入院|骨折|けが|怪我|ケガ|コロナ|インフル(?:エンザ)?)(?:の)?(?:おかげ|お陰|お蔭)(?:で|さまで)[^。！？!?\\n]{0,20}?(?:ラッキー|得(?:した|する|です|だ)|お得|儲|もうけ|やせ|痩せ|ダイエット|休め|サボれ|さぼれ)'),
    need: ['がん', '癌', '病気', '大病', '重病', '難病', '脳卒中', '脳梗塞', '心筋梗塞', '糖尿病', '認知症', '骨折', '大けが', '大怪我', 'ころな', 'いんふる', 'うつ病', '入院'],
    instead: '病気やけがを得や笑いの種にせず、制度の内容と問い合わせ先を書いてください（例：「高額療養費制度により、ひと月の医療費の自己負担には上限があります。」）',
    severity: 'warn',
    keep: (fo, s) => !phrase('検診|健診|予防|接種|ドック|保険料|補助|助成|割引|ポイント', 'u').test(fo.slice(s.start, s.end)) && !CONDOLENCE.test(fo.slice(s.start, s.end)),
  },
  // Blind R137I-098: a count of the infected, the sick or the dead joked as luck or a lottery (新規陽性者は10人！ラッキーセブンならぬ
  // ラッキーテン🎰, 死者は7人、ラッキーセブン, 感染者数がゾロ目の111人🎉, 患者数キリ番達成): insensitive, warn. Not a count told plainly,
  // not relief (幸い重症者はいません), not a lottery's winners.
  {
    rule: 'decency/insensitive',
    re: phrase('(?:陽性者|感染者|患者|死者|死亡者|重症者|負傷者|けが人|怪我人|犠牲者|入院者|罹患者)(?:数)?(?:は|が|も|の)?[^。！？!?\n]{0,12}?[0-9０-９一二三四五六七八九十百千]{1,5}(?:人|名)(?:[^。！？!?\n]{0,30}?[🎰🎯🎉🥳🎊]|[^。\n]{0,30}?(?:らっきー|ぞろ目|ゾロ目|キリ番|きり番|大当たり|おおあたり|じゃっくぽっと|びんご|🎰))|(?:陽性者|感染者|患者|死者|死亡者|重症者|負傷者|犠牲者)(?:数)?(?:が|は|も)?[^。！？!?\n]{0,4}?(?:ぞろ目|ゾロ目|キリ番|きり番|らっきーせぶん)'),
    need: ['陽性者', '感染者', '患者', '死者', '死亡者', '重症者', '負傷者', 'けが人', '怪我人', '犠牲者', '入院者', '罹患者'],
    instead: '感染者や患者の数を冗談やゲームの種にせず、人数と感染対策のお願いを落ち着いて伝えてください（例：「本日の新規陽性者は10人でした。引き続き感染対策にご協力ください。」）',
    severity: 'warn',
    keep: (fo, s) => !/幸い|さいわい|お見舞い|ご冥福|お悔やみ|抽選|当選/u.test(fo.slice(s.start, s.end)),
  },
  // Blind R139I-087/R140I-075: emergency dispatches or people taken to hospital counted and cheered as a record (本日の救急出動は18件！
  // 過去最高記録を更新しました🎉, 新記録達成🎉): each call is someone hurt or ill, warn. Not a count told plainly (救急出動件数が過去最多と
  // なりました。熱中症にご注意ください), not a drill or a contest.
  {
    rule: 'decency/insensitive',
    re: phrase('(?:救急|消防|救助|ドクターヘリ)?(?:出動|出場|搬送)(?:件数|回数|数|者数|者)?(?:は|が|も)?[^。！？!?\n]{0,12}?[0-9０-９一二三四五六七八九十百千]{1,5}(?:件|回|人|名)[^\n]{0,30}?(?:過去最(?:高|多)|新記録|最高記録|記録(?:を)?(?:更新|達成|突破)|自己(?:ベスト|最高)|大台)[^\n]{0,20}?(?:[🎉🥳🎊🙌👏🍻🥂✌🏆]|達成|おめでとう|やった|ばんざい|万歳|バンザイ)'),
    need: ['出動', '出場', '搬送'],
    instead: '救急出動や搬送の件数を記録や達成のように祝わず、件数と注意の呼びかけを落ち着いて伝えてください（例：「本日の救急出動は18件でした。熱中症にご注意ください。」）',
    severity: 'warn',
    keep: (fo, s) => !/訓練|大会|競技|お見舞い/u.test(fo.slice(s.start, s.end)),
  },
  // An old person's face or looks made the joke (しわしわの顔がうちのおばあちゃんそっくりでブサカワ, じいちゃんみたいな顔で笑).
  {
    rule: 'decency/lookism',
    re: phrase(`(?:しわしわ|しわくちゃ|しわだらけ|皺だらけ|皺くちゃ|ぶさいく|不細工|ぶちゃいく|ぶさかわ|ぶさ|老け|よぼよぼ|たるんだ|垂れた)(?:の|な|た)?(?:顔|顔つき|お顔|顔立ち|肌|ほっぺ|ほお|頬|目元|口元)[^。！？!?\\n]{0,16}?(?:${OLD_KIN})(?:に|と)?(?:そっくり|激似|瓜二つ|みたい|似て|似と|にた)|(?:${OLD_KIN})(?:の顔|の寝顔|の顔つき|の肌)?(?:に|と)?(?:そっくり|激似|瓜二つ|みたい|似て|似と|にた)[^。！？!?\\n]{0,16}?(?:ぶさかわ|ぶさいく|不細工|ぶちゃいく|しわしわ|しわくちゃ|よぼよぼ|老け顔|[😂🤣]|[（(]笑[)）]|(?<![ぁ-ゖ一-龥])笑(?![ぁ-ゖ一-龥])|(?<=[ぁ-ゖ])笑(?=[\\s。！!？?、…〜ー)）]|$)|${LAUGH_W})`),
    need: OLD_KIN_NEED,
    instead: INSTEAD.lookism,
    severity: 'warn',
    keep: (fo, s) => /顔|肌|ほっぺ|ほお|頬|目元|口元|しわ|皺/u.test(fo.slice(s.start, s.end)) && !SLUR_TALK.test(fo.slice(s.start, s.end)),
  },
  // Round 16 kinds.
  // A wish to keep a group out, and the account siding with it (外国人には貸したくない、という所有者さんの気持ちもよく分かります,
  // 高齢の方の入居を嫌がる大家さんがいるのも仕方ない): the group named in the sentence or the one before.
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${KEEP_OUT})[^。！？!?\\n]{0,16}?(?:${'気持ち|心情|お気持ち|考え|言い分|思い|事情'})(?:も|は)?[、,]?(?:よく|十分|痛いほど|とても|すごく|なんとなく|正直)?(?:わか|分か|理解でき|共感(?:でき|し)|察し)|(?:${KEEP_OUT})[^。！？!?\\n]{0,12}?(?:の|ん)(?:も|は)[、,]?[^。！？!?\\n]{0,4}?(?:無理(?:は|も)?(?:ない|なか|ありません|ございません)|仕方(?:が)?(?:ない|なか|ありません)|しょうがな|しょんなか|当然|当たり前|(?:わか|分か)(?:る|ります|らんでも))`),
    need: ['たくな', 'たくなか', 'とうな', 'たがら', 'たがりませ', '貸し渋', '断', '拒', '渋', '嫌が', 'いやが', '敬遠', '避け'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => { const w = fo.slice(Math.max(0, s.start - 80), Math.min(fo.length, s.end + 60)); return (PROTECTED_NEAR.test(near(fo, s)) || phrase(`${AGED}|${DISABLED}|高齢|お年寄り|同性|シングルマザー|母子家庭`, 'u').test(near(fo, s))) && !ANSWERED.test(w) && !AWARENESS.test(w) && !DANGER.test(near(fo, s)) },
  },
  // A place said to be near or in a 部落 or 同和地区, given as the reason for a price or for avoiding it (昔の部落に近いので相場より格安,
  // 同和地区の中にあるけん売れ残っとる).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:部落(?!差別|解放|問題|史)|同和(?!対策|問題|教育|行政|事業)|被差別)[^。！？!?\\n]{0,16}?(?:ので|から|けん|けえ|ため|せいか|せいで|こともあり|ことから|関係で|ゆえ|だけに|だけあって|らしく|って(?:こと|話)で)[、,]?[^。！？!?\\n]{0,20}?(?:格安|激安|安(?:い|く|め|価|値|か)|お買い得|お手頃|相場(?:より|以下|を下|が低)|値(?:下が|崩れ|がつか)|下が(?:る|っ|り)|売れ(?:ない|ず|残|にく|ん)|買い手|借り手|入居者(?:が)?(?:少な|つか|集まら)|人気(?:が)?(?:ない|なく|薄|低)|敬遠|避け|嫌がら|いやがら|訳あり|わけあり)'),
    need: ['部落', '同和', '被差別'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => { const t = fo.slice(s.start, s.end).replace(/被差別/gu, ''); return !BURAKU_VETO.test(t) && !AWARENESS.test(t) },
  },
  // A body type joked at as unfit for a task (太っている人にはちょっとキツいかも（笑）, お腹の出たおじさんには地獄の坂道w).
  {
    rule: 'decency/lookism',
    re: phrase('(?:太っ(?:た|てる|ている|とる|ちょる|てらっしゃる|ておられる)|太め(?:の|な)|太り(?:気味|ぎみ)(?:の|な)?|肥満(?:気味|ぎみ)?(?:の|な)?|ぽっちゃり(?:した|な|の|体型の)?|メタボ(?:な|の|体型の)?|おデブ(?:な|の)?|デブ(?:な|の)?|でぶ(?:な|の)?|巨漢の|体重の重い|体重が重い|お腹の出た|おなかの出た|腹の出た|お腹が出た|おなかが出た|ビール腹の)(?:方|かた|人|人たち|方々|子|おじさん|おっちゃん|おばさん|男性|女性|職員|受験者|参加者|受講者|お父さん|お母さん|さん|ちゃん|皆さん|皆様)(?:に|には|にとって(?:は)?|は|って|だと|なら|じゃ|では)[、,]?[^。！？!?\\n]{0,24}?(?:キツ|きつ|キツ|大変|しんど|苦し|厳し|ハード|地獄|拷問|息切れ|汗だく|バテ|ばて|倒れ|つら|辛(?:い|か|そう)|走れ|登れ|のぼれ|ついて(?:いけ|これ|行け)|無理(?:そう|かも|やろ|でしょう|だろう|ゲー)|通れ(?:ない|ん|なさ)|入れ(?:ない|ん|なさ)|座れ(?:ない|ん|なさ)|痩せ(?:る|られ)|やせ(?:る|られ)|ダイエット|怖(?:い|か|そう)|こわ(?:い|か)|危な|やば|ヤバ|壊れ|こわれ|沈|傾)[^。！？!?\\n]{0,20}?(?:[（(]笑[)）]|(?<![ぁ-ゖ一-龥])笑(?![ぁ-ゖ一-龥])|(?<=[ぁ-ゖ])笑|' + LAUGH_W + '|(?<![一-龥])' + GRASS_CUT + '草(?![ぁ-ゖ一-龥])|[😂🤣😆😝😜🤪😏])'),
    need: ['太', '肥満', 'ぽつちやり', 'めたぼ', 'でぶ', '巨漢', '体重', 'お腹', 'おなか', '腹'],
    instead: INSTEAD.stereotype,
    keep: (fo, s) => !SLUR_TALK.test(fo.slice(s.start, s.end)) && !AWARENESS.test(fo.slice(s.start, s.end)),
  },
  // A sex said to suit a role for a supposed quality (読み聞かせボランティアは、やっぱり女性のほうが声が優しくて向いてますよね,
  // 見回りは男の人のほうが頼りになるけん安心): the role is the topic, the sex its fitting holder.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?<!彼)(?:女性|男性|女の人|男の人|女の子|男の子|女|男|お母さん|お父さん|主婦|奥さん|ママ|パパ)(?:の方)?(?:のほうが|の方が|が)[^。！？!?\\n]{1,14}?(?:て|くて|で|し|から|けん|ので)[、,]?(?:やっぱり|やっぱ|やはり|断然)?(?:向いて(?:いる|いま|ま|る|そう)|向いと(?:る|ります|ー)|適して(?:いる|いま|る)|適任|ぴったり|ふさわしい|安心(?:です|だ|やけん|でしょう|かな))'),
    need: ['女', '男', '母', '父', '主婦', '奥さん', 'まま', 'ぱぱ'],
    instead: INSTEAD.discriminatory,
    severity: 'warn',
    keep: (fo, s, a) => ROLE_BEFORE.test(fo.slice(Math.max(s.start, a - 28), a)) && !AWARENESS.test(fo.slice(s.start, s.end)) && !ANSWERED.test(fo.slice(s.start, s.end)) && !phrase('とは限ら|関係な|問わ|どちらも|男性も女性も|女性も男性も|男女とも|男女問わ|という(?:考え|イメージ|思い込み|固定観念|見方)|とされてきた|と思われがち|古い|時代|更衣|着替え|トイレ|浴場|入浴|授乳|検診|健診|女性専用|男性専用|女性限定|同性', 'u').test(fo.slice(s.start, s.end)),
  },
  // A task handed to a sex as its share (男性は力仕事担当で！, 女の人はお茶出し係ね).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:男性|男の人|男子|男衆|男|女性|女の人|女子|女)(?:陣|衆|の方|の方々|の皆さん|の皆様|たち|チーム)?(?:は|には)[、,]?(?:もちろん|当然|やっぱり|やっぱ|いつもどおり|いつも通り)?(?:力仕事|重い物|重いもの|荷物運び|運搬|設営|テント張り|炊き出し|お茶出し|お茶くみ|お酌|配膳|炊事|料理|調理|洗い物|後片付け|片付け|子守|受付(?=(?:の)?(?:担当|係|役|要員)))(?:の)?(?:担当|係|役|要員|専門|部隊|班|お任せ|で(?:[！!。♪]|$|よろしく|お願い)|を(?:担当|お任せ|よろしく))'),
    need: ['男', '女'],
    instead: INSTEAD.discriminatory,
    severity: 'warn',
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) && !ANSWERED.test(fo.slice(s.start, s.end)) && !phrase('希望|ご自由|どなたでも|男女問わ|性別問わ|性別に関係|男性も女性も|女性も男性も|更衣|着替え|トイレ|浴場|授乳', 'u').test(fo.slice(s.start, s.end)),
  },
  // People of one sex offered to the other as a catch (若い女性の皆さん、農家の独身男性陣がお待ちかねです♡ 甘い出会いがあるかも？).
  {
    rule: 'decency/sexual',
    re: phrase('(?:若い|独身の|未婚の|かわいい|可愛い|きれいな|綺麗な)?(?:女性|女の子|女子|お姉さん|娘さん|男性|男の子|男子|お兄さん)(?:の皆さん|の皆様|の方々|の方|たち|陣|さん)?[、,！!]?[^。！？!?\\n]{0,30}?(?:独身|未婚|嫁不足|嫁探し|花嫁|お嫁さん|お婿さん|彼氏募集|彼女募集|男性陣|女性陣|男衆|若い衆|男性職員|女性職員|跡取り)[^。！？!?\\n]{0,16}?(?:お待ちかね|待ちわび|待ち構え|首を長く|手ぐすね|狙って|ねらって|ロックオン|品定め|鼻の下|お持ち帰り|候補|(?:甘い|運命の|素敵な|すてきな|ステキな|ドキドキの)?出会い(?:が|も)?(?:ある|あるかも|あるかな|待って|期待))'),
    need: ['独身', '未婚', '嫁', '婿', '彼氏', '彼女', '男性陣', '女性陣', '男衆', '若い衆', '男性職員', '女性職員', '跡取り'],
    instead: INSTEAD.sexual,
    severity: 'warn',
    keep: (fo, s) => { const t = fo.slice(s.start, s.end); return !phrase('婚活|縁結び|お見合い|結婚(?:支援|相談)|出会いの場|出会いイベント|交流会|交流パーティ|ご縁|マッチング|ハラスメント|セクハラ', 'u').test(t) && !AWARENESS.test(t) && (/[♡❤💕😍😘😏🤭]|お待ちかね|待ちわび|待ち構え|首を長く|手ぐすね|狙って|ねらって|ロックオン|品定め|鼻の下|お持ち帰り|甘い|運命|どきどき/u.test(fo.slice(s.start, Math.min(fo.length, s.end + 30)))) },
  },
  // Round 17: dementia called ボケ (認知症…ボケ防止のコツ（笑）, ボケてきた親, ボケ老人), not the flower (ボケの花) nor 寝ぼけ or ピンボケ.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?<!寝|ねぼ|時差|ぴん|ピン|平和|天然)(?:ボケ|ぼけ)(?:防止|予防|対策|封じ|老人|始め|はじめ|かけ|て(?:き|る|い)|た(?:ら|人|方|親|老人|年寄り|お年寄り|じいさん|ばあさん)|る(?:と|前|から|のが)|ない(?:よう|ため|ように|ための|秘訣|コツ)|ちゃ|とる)|(?:認知症|痴呆)(?:の)?(?:こと)?(?:を|は)?[、,]?(?:いわゆる|俗に言う|要するに)?(?:ボケ|ぼけ)(?![の花])'),
    need: ['ぼけ'],
    instead: '病気や障がいを軽い呼び名で呼ばず、正式な名称で書いてください（例：「認知症予防のコツを紹介します」）',
    severity: 'warn',
    // ボケ防止 alone is everyday speech (ボケ防止に、脳トレ教室へどうぞ); it mocks when the post names the illness or laughs.
    // Round 56: nor the word denied (認知症の方は「ボケている」わけではありません).
    keep: (fo, s, a, b) =>
      !SLUR_TALK.test(fo.slice(s.start, s.end)) &&
      // Round 103: nor the reason named and denied (だまされるのは、ボケているからではありません, …せいじゃない).
      !/^[^。！？!?\n]{0,6}?(?:わけ|から|ため|せい|の)(?:では|じや|でも)(?:ない|なく|ありません|ございません)|^[^。！？!?\n]{0,6}?とは限(?:ら|りません)/u.test(fo.slice(b, s.end)) &&
      !/木瓜|花|咲|盆栽/u.test(fo.slice(s.start, s.end)) &&
      !/写真|ピント|ぴんと|カメラ|レンズ|撮影|画像|映像|背景|漫才|ツッコミ|つっこみ|お笑い|コント/u.test(fo) &&
      (/^ぼけ(?:老人|た(?:人|方|親|老人|年寄り|お年寄り|じいさん|ばあさん))/u.test(fo.slice(a, b)) ||
        (/^ぼけ(?:防止|予防|対策|封じ|ない)/u.test(fo.slice(a, b)) ? /認知症|痴呆|[😂🤣😆😝😜🤪]|笑|(?<![a-z0-9/.:@_-])w{2,}/u : /認知症|痴呆|物忘れ|介護|年寄り|高齢|老人|年配|しにあ|祖父|祖母|じい|ばあ|親|[😂🤣😆😝😜🤪]|笑/u).test(fo)),
  },
  // Round 17: the old belittled by a deficiency of the mind put before them (物覚えの悪い年寄り, 物わかりの悪かじいさん, 頭の固い老人).
  // Blind R235I-046 kind (dec3): forgetfulness called bad as the old's epithet (物忘れがひどいお年寄りでも, 物忘れの激しい老人).
  {
    rule: 'decency/stereotype',
    re: phrase(`(?:(?:物覚え|もの覚え|物わかり|物分かり|もの分かり|のみ込み|飲み込み|呑み込み|覚え|頭|要領|理解)(?:の|が)(?:悪い|悪か|わるい|遅い|遅か|鈍い|とろい|のろい|固い|かたい|固か|弱い)|(?:物忘れ|もの忘れ|ど忘れ|忘れっぽさ)(?:の|が)(?:ひどい|ひどか|激しい|はげしい))(?:${OLD_KIN}|高齢者|ご?高齢の(?:方|人)|年配の?(?:方|人)|シニア(?:の方)?|老人)|(?:${OLD_KIN}|高齢者|老人)(?:は|って)[、,]?(?:どうしても|やっぱり|やっぱ|みんな|たいてい|大抵)?[、,]?(?:物覚え|もの覚え|物わかり|物分かり|飲み込み|のみ込み|覚え|頭)(?:が|も)?(?:悪|わる|遅|鈍|とろ|のろ|固)(?:い|か|く(?!なる|なります|なっ))`),
    need: OLD_KIN_NEED.concat(['高齢', '年配', 'しにあ']),
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !ANSWERED.test(fo.slice(s.start, s.end)),
  },
  // Round 17: a group's needs dismissed as too few to be worth it (車いすの人なんて月に数人しか来ない, 障害者のためだけに何千万もかけるのはどうか).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${DISMISSED})(?:なんて|なんか|なんぞ|ごとき|とか)[^。！？!?\\n]{0,24}?(?:しか|ほとんど|めったに|滅多に|数えるほど)[^。！？!?\\n]{0,10}?(?:来|い|使|利用し|お|通ら|見かけ)(?:ない|ん|ません|なか|へん)|(?:${DISMISSED})(?:は|が)[^。！？!?\\n]{0,16}?(?:しか|ほとんど|めったに|滅多に)[^。！？!?\\n]{0,10}?(?:ない|ん|ません|なか|へん)(?:のに|くせに|のだから|んだから|んやけん|とに)[、,]?[^。！？!?\\n]{0,30}?(?:無駄|むだ|ムダ|もったいな|どうか|いかが|おかしい|必要(?:ない|ありません|なか)|いらない|要らない|不要)|(?:${DISMISSED})(?:の(?:ため|為)(?:だけ)?に|なんか(?:の(?:ため|為))?に|なんぞに|ごときに)[^。！？!?\\n]{0,24}?(?:かける|かけて|使う|使って|費やす|つぎ込む|注ぎ込む|投じる|出す|払う)(?:の|なんて|とか|こと)(?:は|も)?[、,]?(?:どうか|無駄|むだ|ムダ|もったいな|おかしい|いかが|疑問|納得(?:いか|でき)|理解でき(?:ない|ん)|ばかげ|馬鹿げ|ありえな|あり得な)`),
    need: ['なんて', 'なんか', 'なんぞ', 'ごとき', 'とか', 'ため', '為', 'しか', 'ほとんど', 'めつたに', '滅多に'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !ANSWERED.test(fo.slice(s.start, s.end)),
  },
  // Round 17: people named by their body type and presumed ashamed of it (ぽっちゃりさんは水着が恥ずかしいかも, 太めの方は勇気がいるけど).
  {
    rule: 'decency/lookism',
    re: phrase(`(?:${BODY_TYPED})[^。！？!?\\n]{0,24}?(?:恥ずかし|はずかし|抵抗が|気にな|コンプレックス|隠し|隠せ|隠れ|勇気|我慢|がまん|ダイエット|痩せ|やせ|引け目|見せたくな|肩身)|(?:恥ずかし|はずかし|コンプレックス|隠したい|引け目|肩身の狭い)[^。！？!?\\n]{0,12}?(?:${BODY_TYPED})`),
    need: ['ぽつちやり', '太', 'ふくよか', 'でぶ', '肥満', '体格', 'がたい', '大柄', '横幅', '恰幅', '肉付き', 'お腹', 'おなか'],
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) && !/赤ちゃん|乳児|犬|猫|カピバラ|パンダ|動物|キャラ|ぬいぐるみ|健康|生活習慣病|リスク|健診|検診|保健|医師|栄養|メタボ/u.test(fo.slice(s.start, s.end)),
  },
  // Round 17: 部落 as a likeness for a poor or run-down place (まるで部落みたいな景色, 同和地区のような町並み).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:部落|ぶらく|同和地区|同和|被差別部落)(?:民)?(?:みたい|のよう|の様|っぽ|ぽい|並み|なみ|同然|さながら|かと思|に見え|にしか見え|じみ|と化|化し|化す)|(?:まるで|さながら|ほとんど|もはや)[、,]?(?:部落|ぶらく|同和地区)'),
    need: ['部落', 'ぶらく', '同和'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !SLUR_TALK.test(fo.slice(s.start, s.end)),
  },
  // Round 17: people's looks ranked or hunted (浴衣美人ランキング, イケメン職員総選挙, 顔面を勝手に採点, 水着美女を探せ).
  {
    rule: 'decency/lookism',
    re: phrase('(?:美人(?!画|の湯|湯|局|薄命)|美女|美少女|美男(?:子)?|イケメン|べっぴん|別嬪|男前|かわいい子|可愛い子|カワイイ子|ブス|ブサイク|ぶさいく|ブサカワ)(?:さん)?(?:職員|スタッフ|さん|ちゃん)?(?:の)?(?:ランキング|ランク付け|格付け|番付|総選挙|ベスト[0-9０-９三五十]|採点|点数|コレクション|図鑑|ハンター|探し|を探|ウォッチ|発見|を激写|激写|認定)|(?:容姿|顔面|顔|ルックス|スタイル|見た目|美貌|美しさ|かわいさ|可愛さ)(?:の|で|を)?(?:勝手に|こっそり|独断で|独自に)?(?:ランキング|ランク付け|格付け|番付|順位付け|採点|点数(?:を)?付け|点数化)'),
    need: ['美', 'いけめん', 'べつぴん', '別嬪', '男前', 'かわい', '可愛', 'ぶす', 'ぶさ', '容姿', '顔', 'るつくす', 'すたいる', '見た目'],
    instead: INSTEAD.lookism,
    severity: 'warn',
    keep: (fo, s) => { const t = fo.slice(s.start, s.end); return !AWARENESS.test(t) && !/人形|イラスト|キャラクター|ぬいぐるみ|雛|マスコット|犬|猫|動物|野菜|果物|料理|盛り付け|花壇|生け花|金魚|鯉|うなぎ|メダカ/u.test(t) },
  },
  // Round 17: a sex or a people said to be all alike (日本の女性はみんな控えめでおしとやか, 男って基本大雑把, 女性は噂好きな生き物).
  {
    rule: 'decency/stereotype',
    re: phrase(`(?:女性|女の人|女子|(?<![一-龥])女|男性|男の人|男子|(?<![一-龥])男|日本人|外国人|(?:${NATION})人)(?:って|は|というのは|ってのは|というもの(?:は))[、,]?(?:(?:みんな|みな|皆|全員|誰でも|だれでも|例外なく|たいてい|大抵|だいたい|大体|基本(?:的に)?|総じて|概して|どいつも)[、,]?[^。！？!?\\n]{0,12}?(?:${TRAIT})|[^。！？!?\\n]{0,8}?(?:${TRAIT})[^。！？!?\\n]{0,6}?(?:生き物|いきもの|もの(?:だ|です|やけん|よ|なんだ|なんです)|ですよね|だよね|やもんね|というのは本当|ってのは本当|って本当|というのは事実))`),
    need: ['女', '男', '人は', '人つて', '人というのは'],
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => { const t = fo.slice(s.start, s.end); return !AWARENESS.test(t) && !ANSWERED.test(t) && !/とは限ら|わけじゃ|わけでは|人それぞれ|個人差/u.test(t) },
  },
  // ── Round 20 (implicit prejudice) ──
  // A job's workers kept from a service (性風俗店で働いている方は…貸付相談をお断りする場合があります).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:性風俗|風俗店?|水商売|夜の(?:お)?仕事|キャバクラ|ホストクラブ)(?:で|に)?(?:働いて(?:いる|る|おられる)|勤めて(?:いる|る|おられる)|勤務の|勤務して(?:いる|る)|従事(?:して(?:いる|る)|する|されている))(?:方|人|者)(?:は|には|の)[^。！？!?\\n]{0,30}?(?:お断り|お受けでき|お受けいたしかね|対象外|ご遠慮|ご利用いただけ(?:ません|ない)|できません|いたしかねます)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => { const t = fo.slice(s.start, s.end); return !AWARENESS.test(t) && !PRESUMED_NOT.test(t) },
  },
  // Someone's illness welcomed for what it gave the rest (インフルエンザで3人も寝込んでくれたおかげで静か（笑）).
  {
    rule: 'decency/insensitive',
    re: phrase('(?:インフル(?:エンザ)?|コロナ|風邪|かぜ|病気|胃腸炎|ノロ|熱)(?:で|に)[^。！？!?\\n]{0,16}?(?:寝込|倒れ|休|入院し|欠勤し|ダウンし)(?:んで|て)くれ(?:た|て)(?:おかげ|お陰|から|けん)'),
    instead: INSENSITIVE,
    severity: 'warn',
  },
  // One sex steered away from a post (男性の応募を想定しております。女性の方は一般事務職をご検討ください).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?<![一-龥])(?:男性|女性|男|女)(?:の方|の皆さん|の皆様)?(?:は|には)[、,]?[^。！？!?\\n]{0,16}?(?:職|職種|コース|部署|係|業務|仕事)(?:を|への(?:応募|お申し込み)を|の方を|のほうを)(?:ご検討|検討して|お勧め|おすすめ|お薦め|ご案内)|(?<![一-龥])(?:男性|女性)(?:の方)?(?:の)?(?:応募|採用|ご応募)を(?:想定|前提|優先)(?:して|と|いた)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => { const t = fo.slice(s.start, s.end); return !SEX_OK.test(t) && !AWARENESS.test(t) && !PRESUMED_NOT.test(t) && !/積極|歓迎|問わ|男女とも|どなたでも/u.test(t) },
  },
  // A generation given a trait (ゆとり世代は打たれ弱い, 今どきの若者は電話に出ない).
  {
    rule: 'decency/stereotype',
    re: phrase(`(?:ゆとり世代|さとり世代|z世代|${YOUNG_NOW}|若い(?:もん|やつ|奴)ら?|(?:今どき|いまどき|今時|最近)の(?:母親|父親|親|お母さん|お父さん|ママ|パパ|主婦|嫁))(?:は|って|の[^。！？!?\\n]{0,8}?(?:は|って|ですが|だけど))?[、,]?[^。！？!?\\n]{0,16}?(?:打たれ弱|根性(?:が)?な|電話に出(?:ない|ん|ません)|すぐ(?:に)?(?:(?:仕事|会社|職場|部活|学校)(?:を)?)?(?:辞め|やめ|休)|常識(?:が|も)?(?:な|知らな)|礼儀(?:を|も)?知らな|使えな|指示待ち|敬語(?:が|も)?(?:使え|でき)な|忍耐(?:力)?(?:が)?(?:ない|足りな)|やる気(?:が)?な|本を読まな|我慢(?:が)?でき(?:ない|ん)|甘やかし|しつけ(?:が|も)?(?:でき(?:てい)?な|なってな)|非常識|自分勝手)`),
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => { const t = fo.slice(s.start, s.end); return !AWARENESS.test(t) && !PRESUMED_NOT.test(t) && !/イメージ|実は|意外|人それぞれ|個人差/u.test(t) },
  },
  // A district's residents asked to stay in because a case was found there (感染者が確認された○○地区の皆さまは外出を控えて).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:感染者|患者|陽性者|感染)(?:が)?(?:確認|発生|出)[^。！？!?\\n]{0,12}?(?:地区|地域|町|集落|校区|団地)の(?:皆さま|皆様|皆さん|方|住民)[^。！？!?\\n]{0,30}?(?:外出|出歩|来庁|来館|参加|利用)[^。！？!?\\n]{0,4}?(?:を)?(?:控え|自粛|ご遠慮)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)),
  },
  // A nuisance located where a group has moved in (…苦情が増えています。特に外国人住民が増えた○○地区の公園で目立っています).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:外国人|外国籍|外国の方|実習生|留学生|移民|難民|(?:中国|韓国|ベトナム|フィリピン|ブラジル|ネパール)(?:人|籍|の方))(?:住民|の方|の人|の皆さん)?(?:が)?(?:増え|急増|多く住|集ま)[^。！？!?\\n]{0,16}?(?:地区|地域|団地|アパート|公園|辺り|あたり|界隈)[^。！？!?\\n]{0,10}?(?:で|が|は)(?:特に)?目立(?:って|ち|つ)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a) => NUISANCE_RE.test(fo.slice(Math.max(0, a - 80), s.end)) && !AWARENESS.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)),
  },
  // A disabled group all presumed to use one means (耳の不自由な方は皆さん手話ができますので).
  {
    rule: 'decency/stereotype',
    re: phrase('(?:耳の(?:不自由|聞こえない)な?(?:方|人)|聴覚障(?:害|がい)(?:の(?:ある)?(?:方|人)|者)?|ろう者|目の(?:不自由|見えない)な?(?:方|人)|視覚障(?:害|がい)(?:の(?:ある)?(?:方|人)|者)?)(?:は|って)[、,]?(?:皆さん|皆様|みなさん|みな|全員|みんな|誰でも|だれでも|基本的に)[、,]?[^。！？!?\\n]{0,6}?(?:手話|点字|口話|読唇)(?:が|を|は)?(?:でき|使え|読め|分か|わか)'),
    instead: INSTEAD.stereotype,
    severity: 'warn',
  },
  // Mental illness put down to weakness of will (うつ病は心の弱さから, 気の持ちようで治る, 甘えでしょ); round 84: not the label denied
  // right after it (甘えでも気の持ちようでもありません).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:うつ病|鬱病|精神疾患|心の病|精神の病|適応障害|パニック障害|統合失調症|依存症|発達障(?:害|がい))[^。！？!?\\n]{0,16}?(?:(?:心|気持ち|精神|性格|根性|意志)(?:の|が)(?:弱さ|弱い|弱く|甘さ|甘い)|気の持ち(?:よう(?!${LABEL_DENIED84})|方次第)|気合い?(?:で|が足り)|(?:ただの|単なる)?(?:甘え|怠け|なまけ)(?:だ|です|でしょ|やろ|から|なので|[。！!]|$)|根性(?:が)?(?:な|足り))`),
    instead: INSTEAD.discriminatory,
    severity: 'warn',
    keep: (fo, s) => !PRESUMED_NOT.test(fo.slice(s.start, s.end)),
  },
  // A disability or illness made the reason a group should keep to quiet days (大きな声を出すことがあるため、土日は避けて).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:障(?:害|がい|碍)|病気|認知症|自閉|発達|hiv|エイズ|陽性|感染者|トランスジェンダー|性的少数|同性)[^。！？!?\\n]{0,40}?(?:(?:混雑|混み合|込み合|土日|休日|週末|ピーク|昼間|日中)[^。！？!?\\n]{0,12}?(?:を)?(?:避けて|外して|ずらして)(?:いただ|ください|下さい|もら|ほし|ご来|お越し|の来)|(?:多目的|だれでも|誰でも)トイレ(?:で|を)[^。！？!?\\n]{0,10}?(?:お着替え|着替え|ご利用)(?:を)?(?:お願い|ください|下さい|いただ))'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => { const t = fo.slice(s.start, s.end); return !AWARENESS.test(t) && !PRESUMED_NOT.test(t) && !/希望|ご希望|ご相談|お申し出|選べ|選択|どなたでも|どちらでも/u.test(t) },
  },
  // A disability or illness made an inspiration (障害があるのにえらい, ハンデを抱えながらも一生懸命な姿に感動).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:障(?:害|がい|碍)|ハンデ(?:ィキャップ)?|ハンディ(?:キャップ)?|病気|持病)(?:が|を)(?:ある|あっ|抱え|持ち|持っ|お持ち)[^。！？!?\\n]{0,6}?(?:のに|ても|ながら(?:も)?)[、,]?[^。！？!?\\n]{0,24}?(?:えらい|偉い|すごい|凄い|感動|健気|けなげ|勇気をもら|勇気をくれ|涙が|一生懸命|頑張|がんば)|障(?:害|がい|碍)を乗り越え[^。！？!?\\n]{0,16}?(?:頑張|がんば|感動|姿)|(?:聞こえ|見え|歩け|話せ|しゃべれ)(?:ない|ません)(?:方|人|子|お子さん)(?:でも|なのに)[^。！？!?\\n]{0,24}?(?:感動|すごい|えらい|驚)'),
    instead: INSTEAD.discriminatory,
    severity: 'warn',
    keep: (fo, s) => { const t = fo.slice(s.start, s.end); return !AWARENESS.test(t) && !/応援|両立|相談|講座|セミナー|窓口|どなたでも|安心して/u.test(t) },
  },
  // The old used as the yardstick of understanding (おじいちゃんでもわかるように).
  // Round 54: also said outright or before what it modifies, and of women as well as the old (パソコンが苦手な主婦やおばあちゃんでも
  // わかる、電子申請のやり方, ご高齢の方でもわかる説明, 主婦の方でもすぐ分かります, ばあちゃんでん分かるごと; blind R54A-059): the group
  // is the measure of the easy, its ability presumed low. Not a question (…でもわかるかどうか), not わかりやすい (care), not a
  // group named with no でも (お年寄りにもわかりやすい), not どなたでも.
  {
    rule: 'decency/stereotype',
    re: phrase(`(?:${AGED}|じいちゃん|ばあちゃん|うちの(?:母|父|親|祖母|祖父)|(?:主婦|奥さん|奥様|お母さん|ママ|女性|女の人)(?:の方|さん|の皆さん|たち)?)(?:でも|でん)(?:すぐ(?:に)?|簡単に|かんたんに|すんなり|ひと目で|一目で|すらすら)?(?:(?:わかる|分かる|わかり|分かり|理解でき|ついていけ)(?:ように|よう|くらい|ぐらい|ほど|ごと)|(?:わかる|分かる|理解できる|使いこなせる)(?!か(?:どうか|[？?。])|(?:の|ん)(?:です)?か)|(?:わかり|分かり|理解でき|使いこなせ)ます(?!か))`),
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => !PRESUMED_NOT.test(fo.slice(s.start, s.end)),
  },
  // One sex given one task and the other another (男性は搬送を、女性は炊き出しを担当).
  {
    rule: 'decency/stereotype',
    re: phrase('(?<![一-龥])(?:男性|男子|男|お父さん|パパ)(?:の(?:皆さん|皆様|方|方々)|陣)?(?:は|には)[、,]?[^。！？!?\\n]{1,20}?(?:を|、)[、,]?[^。！？!?\\n]{0,4}?(?:女性|女子|女|お母さん|ママ)(?:の(?:皆さん|皆様|方|方々)|陣)?(?:は|には)[、,]?[^。！？!?\\n」』]{1,20}?(?:担当|係(?:を|に|で)|役(?:を|に)|お願いし|していただ|してもら|して(?:ください|下さい))|(?<![一-龥])(?:女性|女子|女|お母さん|ママ)(?:の(?:皆さん|皆様|方|方々)|陣)?(?:は|には)[、,]?[^。！？!?\\n]{1,20}?(?:を|、)[、,]?[^。！？!?\\n]{0,4}?(?:男性|男子|男|お父さん|パパ)(?:の(?:皆さん|皆様|方|方々)|陣)?(?:は|には)[、,]?[^。！？!?\\n」』]{1,20}?(?:担当|係(?:を|に|で)|役(?:を|に)|お願いし|していただ|してもら|して(?:ください|下さい))'),
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => { const t = fo.slice(s.start, s.end); return !/[0-9０-９][:：]|[0-9０-９一二三四五六七八九十]\s?(?:時|階|番|列|組|班)|午前|午後|更衣|着替|お並び|整列|トイレ|浴|風呂|検診|健診|部門|の部|クラス|チーム|コート|会場|体育館|武道場|教室|固定|役割分担|根強|意識/u.test(t) && !AWARENESS.test(t) && !PRESUMED_NOT.test(t) },
  },
  // A quality given to a sex (女性ならではのきめ細やかな気配り), a father who "helps" with his own child, a father presumed busy.
  {
    rule: 'decency/stereotype',
    re: phrase('(?:女性|女|母親|お母さん|ママ|男性|男)(?:スタッフ|職員|の方)?(?:ならでは|らしい|特有)(?:の)?[^。！？!?\\n]{0,6}?(?:気配り|気遣い|心遣い|細やか|きめ細|こまやか|優しさ|やさしさ|柔らか|華やか|繊細|母性|力強さ|包容力|おもてなし|頼もしさ)|(?:パパ|父親|お父さん|夫|旦那|ご主人|男性)[^。！？!?\\n]{0,20}?(?:育児|子育て|家事)(?:を|も)?[^。！？!?\\n]{0,6}?[「『]?(?:手伝|てつだ)|(?:パパ|お父さん|父親|ご主人|旦那さん)(?:は|たちは)[、,]?[^。！？!?\\n]{0,8}?(?:仕事|お仕事)(?:で|が)?(?:忙し|いそがし)(?!い(?:方|人)|い場合)'),
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => { const t = fo.slice(s.start, s.end); return !AWARENESS.test(t) && !PRESUMED_NOT.test(t) },
  },
  // A sex said to be unfit for a job (女に消防は無理, 男には保育士は務まらない).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?<![一-龥])(?:女|女性|女子|男|男性|男子)(?:に|には|が)[^。！？!?\\n]{1,10}?(?:は|なんて|なんか|とか)[、,]?(?:無理|むり|務まら|つとまら|向いてな|向いていな|向かな|できっこ)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => { const t = fo.slice(s.start, s.end); return !AWARENESS.test(t) && !PRESUMED_NOT.test(t) },
  },
  // The account siding with a neighbour's fear of a group (精神の病気の方が近所に住むとなると不安ですよね).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:近所|近く|隣|となり|地域|町内|そば|同じ(?:建物|アパート|マンション))[^。！？!?\\n]{0,20}?(?:住|越して|引っ越|いらっしゃ|おられ|入居|暮らさ|暮らす|来ら|来る|建つ|でき)[^。！？!?\\n]{0,10}?(?:と|となると|となれば|のは|なら)[、,]?[^。！？!?\\n]{0,24}?(?:心配|不安|怖|こわ)(?:ですよね|だよね|ですね|でしょう(?:ね)?|になりますよね|もんね|(?:な|に(?:なる|なられる))のも(?:当然|無理|わかり|分かり)|になるのは当然|なお気持ち)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => { const t = fo.slice(s.start, s.end); return FEARED.test(t) && !AWARENESS.test(t) && !PRESUMED_NOT.test(t) },
  },
  // … and a complaint about a group agreed with (確かに…問題ですね; マナーの悪い国の方が多いのは事実).
  {
    rule: 'decency/discriminatory',
    re: phrase('確かに[^。！？!?\\n]{0,40}?(?:問題|困り|迷惑|事実|心配|不安|おかしい|ずるい|不公平)(?:ですね|だね|ですよね|だよね|です|だ|でしょう|と思います|かと)|(?:マナー|ルール|民度|素行|態度|決まり)[^。！？!?\\n]{0,6}?(?:悪|わる|守らな|守れな|なってな)[^。！？!?\\n]{0,14}?(?:多い|目立つ|多数)(?:のは|ことは)(?:事実|確か|本当|間違いな)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => { const t = fo.slice(s.start, s.end); return (FEARED.test(t) || /国の(?:方|人)|税金で(?:生活|暮ら|食べ)|保護費/u.test(t)) && !AWARENESS.test(t) && !PRESUMED_NOT.test(t) },
  },
  // 同和地区 located for an inquirer (同和地区に当たるかどうかはお伝えできます), a place hinted at (昔からいろいろ言われている土地),
  // the issue called over (同和問題はもう昔の話), and a family's origin looked into (お相手の家柄や出身地までお調べします).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:同和地区|被差別部落|部落)[^。！？!?\\n]{0,6}?(?:に)?(?:該当する|当たる|あたる|含まれる|入る)か(?:どうか)?[^。！？!?\\n]{0,30}?(?:お答え|お伝え|お教え|ご案内|回答|教え)(?:し(?!かね)|いた(?!しかね)|でき(?:る|ます))'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !phrase(`${REFUSED_ANSWER78}|差別|人権`, 'u').test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:昔から|以前から|古くから|昔は|昔)[^。！？!?\\n]{0,8}?(?:いろいろ|色々|何かと|あれこれ|とかく)(?:と)?(?:言われ|いわれ|噂され|うわさされ)(?:て(?:いる|る|き|おる|た)|と(?:る|う|っ))[^。！？!?\\n]{0,6}?(?:地域|地区|土地|場所|所|ところ|辺り|あたり|集落)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => /購入|買|住|土地|物件|不動産|家|引っ越|結婚|縁談|説明会|荒れ|気をつけ|慎重|お考え/u.test(fo.slice(s.start, s.end)) && !/伝説|伝承|河童|民話|昔話|幽霊|妖怪|パワースポット/u.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:同和|部落)(?:問題|差別)?(?:は|って|なんて|なんか)[、,]?[^。！？!?\\n]{0,8}?(?:(?:もう|既に|すでに|とっくに)?(?:昔|過去|大昔)の(?:話|こと|問題)(?!(?:では|じゃ)|と(?:思|考|言|いわ|され|捉))|(?:もう|既に|すでに|とっくに)(?:ない|なくな|解決|存在しな|関係な))'),
    instead: INSTEAD.discriminatory,
    severity: 'warn',
    keep: (fo, s) => !PRESUMED_NOT.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:家柄|出身地|本籍|出自|素性|身元|ご実家)[^。！？!?\\n]{0,16}?(?:お調べ|調べ(?:て|ます|る|た|上げ|方)|確かめ(?:たい|て|る|ます|方)|調査(?:し|いた|します|する)|確認(?:し|いた|します|する))(?!(?:ること|たり)?(?:は|を|も)?(?:(?:いた)?しません|しない|できません|禁止|お断り))'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, _a, b) => { const t = fo.slice(s.start, s.end); return /結婚|縁談|相手|紹介|採用|婚活|お見合い|交際|入居|応募|嫁|婿/u.test(t) && !SURVEY_TOLD107.test(t) && !/差別|人権|禁止|お断り|しません|しない|いけ|なりません|違反|本人/u.test(t) && !ORIGINS_NAMED.test(fo.slice(s.start, s.end + 80)) && !exposureCondemned(fo.slice(b, s.end)) && !condemnedNext60(fo, s) },
  },
  // Welfare applicants told not to "lean" on it (生活保護は最後の手段です。働ける方は甘えずに…) or to work first (働ける方は、まず働いてから相談に).
  {
    rule: 'decency/discriminatory',
    re: phrase('甘え(?:ず|ないで|んで|ることなく|ては(?:いけ|だめ|ダメ))|(?:自分|自ら)の力で[^。！？!?\\n]{0,10}?(?:頑張|がんば)|自力で[^。！？!?\\n]{0,6}?(?:頑張|がんば|なんとか)|働ける(?:方|人)(?:は|なら)[、,]?(?:まず|先に|ちゃんと|しっかり)(?:働いて|仕事を(?:探|して))'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => /生活保護|保護費|受給|扶助|福祉|保護を/u.test(fo.slice(Math.max(0, a - 80), b + 30)) && !AWARENESS.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)),
  },
  // A people or region given a trait as a whole (ブラジルの人はノリがいい, 韓国の方は辛いものに強い, 関西の人はせっかち).
  {
    rule: 'decency/stereotype',
    re: phrase(`(?:${NATION}|南米|中南米|関西|大阪|沖縄|東北|北海道|東京|都会|九州|博多|県外|南国|北国|雪国)(?:出身|から来た|からの|系|から(?:移住|引っ越|越)して(?:き|こられ)た)?(?:の)?(?:人|方|皆さん|皆様|方々|人たち|人ら|お客さん|お客様|実習生|留学生|移住者|職員さん|人間|国民)(?:って|は|なら|だから|やけん|らしく|[、,])[、,]?[^。！？!?\\n]{0,20}?(?:${PEOPLE_TRAIT})`),
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => { const t = fo.slice(s.start, s.end); return !AWARENESS.test(t) && !PRESUMED_NOT.test(t) && !/イメージ|実は|意外|人それぞれ|個人差/u.test(t) },
  },
  // An accident's victim laughed at (川に落ちた観光客さん…🤣, 溺れたのが地元の人じゃなくてよかった), a death joked about.
  {
    rule: 'decency/insensitive',
    re: phrase(`(?:落ち|転落し|溺れ|おぼれ|流され|はねられ|転倒し|転ん|ひかれ|轢かれ)(?:た|だ)[^。！？!?\\n]{0,6}?(?:観光客|人|さん|方|子|客|職員|男性|女性|おじいさん|おばあさん)[^。！？!?\\n]{0,30}?(?:[🤣😂]|[（(]笑[)）]|${LAUGH_W}|(?<=[ぁ-ゖ〜ー])笑)|(?:溺れ|おぼれ|死ん|亡くなっ|はねられ|流され)(?:た|だ)の(?:が|は)[^。！？!?\\n]{0,12}?(?:じゃなくて|でなくて|じゃなく|でなく)(?:よかった|良かった|助かった|ラッキー)|(?:死亡事故|事故|亡くな|死者)[^。！？!?\\n]{0,30}?[。、]?[^。！？!?\\n]{0,20}?心霊スポット|(?:孤独死|死亡|遺体|亡くな)[^。！？!?\\n]{0,30}?[（(](?:いろんな|色んな|いろいろな|色々な)意味で[)）]|(?:天国|あの世)(?:から)?の?お迎え(?:が)?(?:近|来)[^。！？!?\\n]{0,12}?(?:[🤣😂]|笑|${LAUGH_W}|冗談)`),
    instead: INSENSITIVE,
  },
  // Staff or a performer shown in uniform or swimwear as a thrill (白衣姿にドキッ, 水着姿を見るだけでも価値あり), a low angle wished.
  {
    rule: 'decency/sexual',
    re: phrase('(?:白衣|制服|ナース服|水着|浴衣|スーツ|袴|エプロン|法被|ユニフォーム)姿[^。！？!?\\n]{0,12}?(?:ドキッ|ドキドキ|ムラムラ|興奮|たまら|そそ|ときめ|キュン|鼻の下|目の保養|癒や?され|いやされ|萌え|見る(?:だけ|ため|ためだけ)(?:でも|に)[^。！？!?\\n]{0,8}?(?:価値|来る|来て|参加))|ローアングル(?:で|から)[^。！？!?\\n]{0,6}?(?:撮りたか|撮りた|狙|攻め)|(?<![a-z])h(?:な|っぽい)(?:ポーズ|写真|話|こと|動画|雰囲気)'),
    instead: INSTEAD.sexual,
    keep: (fo, s) => !/子ども|子供|児童|生徒|園児|赤ちゃん|花|風景|建物|防止|盗撮/u.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/lookism',
    re: phrase('美女(?:ぞろい|揃い|ばかり|だらけ|軍団|集結)|(?:の|な)美女[！!]'),
    instead: INSTEAD.lookism,
    severity: 'warn',
    keep: (fo, s) => !/美女と野獣/u.test(fo.slice(s.start, s.end)),
  },
  // Round 19: slurs spelt spaced, half-width or with a dot between the letters (ナ マ ポ, ﾊﾞｶﾁｮﾝ, ﾎﾓﾀﾞﾁ, ＢＢＡ); the compact view
  // joins them, so these are read here rather than in the word list.
  // Blind R255Q-036 kind (dec8): the slur for the blind in kana said of people with a copula or question after it (みんな めくら
  // なんかな, めくらなの？): the word segmenter reads めくらな… as the verb めくる, so the list never sees it; the verb's own
  // negatives (めくらない, めくらなかった, めくらなきゃ) are not followed by の or んか/んだ.
  {
    rule: 'decency/discriminatory',
    re: phrase('ナマポ|なまぽ|バカチョン|ばかちょん|ホモダチ|ほもだち|(?<![a-z0-9])bba(?![a-z0-9])|めくら(?:判|版|ばん)|めくら(?=な(?:の|ん(?:か|じゃ|だ|です|や|よ|でしょ)))|メクラ判|ブラク(?:民|出身|だ|で|の|や|っ)|(?:そっち|ソッチ|あっち|アッチ)系(?=[”"」』]?(?:の(?:人|方|奴|やつ|男|女)|なん|やろ|だろ|でしょ|っぽ|かな|かと|かも|いたり))'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !SLUR_TALK.test(fo.slice(s.start, s.end)),
  },
  // A sexual word with one letter masked (エ□すぎ, エ○い).
  { rule: 'decency/sexual', re: phrase('エ[□○〇●◯◎×✕＊*■](?:い|すぎ|過ぎ|く|か(?:っ|ろ))'), instead: INSTEAD.sexual, need: ['え'] },
  // Words that belittle a job or a body by an old slur (土方仕事, 片手落ち): warn. 土方さん alone is a surname (土方 大輔さん, （土方さん）);
  // the old word is 土方さんたち, 土方さんみたい or a work site's 土方さん (round 78, blind HK-034).
  {
    rule: 'decency/discriminatory',
    re: phrase('土方(?:仕事|作業|の仕事|さん(?:たち|達|ら|連中|みたい|のよう|並み|っぽ))|(?:現場|工事|工事現場|建設現場|日雇い)の土方さん|片手落ち|ＤＥＢＵ|(?<![a-z])debu(?![a-z])'),
    instead: INSTEAD.discriminatory,
    severity: 'warn',
    keep: (fo, s) => !SLUR_TALK.test(fo.slice(s.start, s.end)),
  },
  // Women on staff as decoration (職場の花, 女子が多くて職場が華やかに) or set to pour drinks for guests (美女がお酌).
  {
    rule: 'decency/lookism',
    re: phrase('(?:職場|課|窓口|役所|庁舎|受付)の(?:花|華)(?![火壇瓶見])(?!(?:が|を|も)?[^。！？!?\\n]{0,4}?(?:きれい|綺麗|咲|飾|生け|活け|届|植|水))|(?:女性|女子|女の子|若い子|美人|美女|新人)[^。！？!?\\n]{0,20}?(?:職場|課内|庁内|窓口|事務所|受付|(?<![一-龥])課|部署|係内|オフィス)(?:の(?:雰囲気|空気|中))?(?:が|も)?(?:一気に|ぱっと|パッと|一段と|ますます)?(?:華やか|華やい|明るくな|花が咲|彩)|(?:美女|美人|若い女性|女の子|娘さん|お姉さん)(?:が|の)(?:お酌|酌|接待|お相手)'),
    instead: INSTEAD.lookism,
    severity: 'warn',
  },
  // One sex shown as the other's wife-to-be or cook (農家の嫁不足, 嫁いでくれる女性, ご主人の胃袋をつかみたい奥様). Round 65 (R65A-066):
  // women recruited to a town or its men as brides (お嫁さん候補を大募集中の町です, 花嫁候補大募集, 若か女の子はぜひ嫁に来てくれんね);
  // not a match-making service for both sexes (お嫁さん募集中の男性も、お婿さん募集中の女性も), not a man's own
  // search (花嫁募集中の独身男性の皆さん: round 62 reads it; お嫁さん募集中の農家の男性向けに、婚活イベント), not 花嫁衣装 or 花嫁舟.
  {
    rule: 'decency/stereotype',
    re: phrase('(?:農家|長男|跡取り|跡継ぎ|うち)の(?:お)?嫁(?:さん)?(?:不足|探し|募集|候補|に来)|嫁不足|嫁(?:いでくれ|いでくださ|いでもらえ|ぎに来|ぎませんか|ぎたい女性)|嫁に来(?:ませんか|てくれる(?:女性|人|方))|(?:お)?(?:花)?嫁(?:さん)?(?:候補)?(?:を|、)?(?:大|絶賛|急|ただいま)?募集|嫁(?:さん)?(?:に|として)来て(?:ほしい|欲しい|ください|くださ|くれん|くれる|もらえ|もらい|ね|な)|(?:ご主人|旦那|夫|彼|男性)(?:さん|様)?の胃袋'),
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s, _a, b) => !PRESUMED_NOT.test(fo.slice(s.start, s.end)) && !ROLE_TALK.test(fo.slice(s.start, s.end)) && !fo.slice(s.start, s.end).includes('婿') && !BRIDE_SOUGHT_BY65.test(fo.slice(b, b + 10)),
  },
  // A sex told how to behave or made the exception (男の子なら泣かずに, 女だてらに, 男顔負け, 女の子でも楽しめる).
  {
    rule: 'decency/stereotype',
    re: phrase('(?:男|男の子|男子|女|女の子|女子)(?:なら|だったら|やったら|やけん|だもん)[、,]?(?:泣|弱音|我慢|めそめそ|おしとやか|おとなしく|愛嬌|家事|料理)|女だてら|男顔負け|男勝り|(?:女の子|女子|女性)(?:でも|にも)(?:楽しめ|わかる|分かる|理解でき)|(?:女の子|女子|女性)(?:は|には)(?:応援|サポート|お手伝い|補助)(?:で|を|に)'),
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => !PRESUMED_NOT.test(fo.slice(s.start, s.end)) && !ROLE_TALK.test(fo.slice(s.start, s.end)),
  },
  // Round 19: people kept out by a trait that is no reason (薄毛の方はご遠慮ください, 精神科への通院歴がある方は登録をお控え,
  // 派遣社員・フリーター・水商売の方はご遠慮): a body, a psychiatric history, a job or an employment status.
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:薄毛|うす毛|ハゲ|低身長|背の低い|太め|ぽっちゃり|肥満(?:体型)?|容姿に自信のない|精神科|心療内科|精神疾患|メンタル(?:の)?不調|うつ病|通院歴|入院歴|派遣社員|フリーター|非正規|水商売|夜のお仕事|夜の仕事|風俗|無職|ニート|ひきこもり|引きこもり)[^。！？!?\\n]{0,16}?(?:の|な|る|た|ある)(?:方|人|お客様)(?:は|、|も|や)[^。！？!?\\n]{0,20}?(?:ご遠慮|遠慮して|お断り|お断わり|お控え|(?:ご)?(?:参加|登録|応募|入会|利用)(?:は|を)?(?:(?:いただけ|でき|お受けでき)(?:ません|ない)|不可)|お受けでき(?:ません|かね))`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !SAFETY.test(fo.slice(s.start, s.end)),
  },
  // Hiring or a ceremony kept to one sex, one age or male-female couples (20代の女性の方、大歓迎, 35歳くらいまでの方が望ましい,
  // 男女のカップルに限らせていただきます).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:若い|若くて|若々しい|20代|二十代|30代|三十代|[2-4２-４][0-9０-９](?:歳|才)(?:くらい|ぐらい|程度|前後)?(?:まで|以下)の)[^。！？!?\\n]{0,6}?(?:女性|男性|女の子|男の子|方|人)(?:の方)?(?:が|を)?[、,]?(?:大歓迎|歓迎|優遇|望ましい|希望します|求む|優先)|男女(?:の)?(?:カップル|ご夫婦|夫婦)(?:様)?(?:に|のみ|だけ)(?:限ら|限り|限定|とさせ)|(?:異性|男女)(?:の)?カップル(?:限定|のみ)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && (phrase('募集|採用|求人|雇|勤務|職員|アルバイト|パート|任用|保育士|働|撮影|前撮り|フォト|記念|式|挙式|利用|ご予約|カップル', 'u').test(fo.slice(Math.max(0, s.start - 80), s.end + 40))) && !phrase('婚活|出会い|若者向け|若年|就職支援|奨学|移住支援|定住|ut[ji]ターン', 'u').test(fo.slice(Math.max(0, s.start - 80), s.end + 40)),
  },
  // A group presumed to have a trait, stated as fact (男の人はお料理が苦手な方が多い, 若いお母さんは育児が不安定になりがち,
  // 最近の若い人はあいさつもできない, ハーフの子は顔立ちがはっきり): warn; a trait that condemns the group (韓国の方は反日感情の
  // 強い方も多い, 女性はどうしても感情的になりやすい, シングルマザーの方には夜のお仕事の方も多い): block.
  {
    rule: 'decency/stereotype',
    re: phrase(`${TRAIT_GROUP}${TRAIT_TOPIC}[^。！？!?\\n]{0,20}?(?:(?:苦手|下手|へた|不得意|不安定|未熟|寂しい思い|さみしい思い|かわいそう|わがまま)${TRAIT_COMMON}|(?:危険|危ない)(?:です|だ|やけん|[！!。])|(?:あいさつ|挨拶|敬語|常識|マナー|礼儀)(?:も|が)?(?:まともに|ろくに|ろくすっぽ)?(?:でき|知ら|なって)(?:ない|ん|へん|いない|いません|ません|おらん)|(?:顔立ち|目鼻立ち|彫り)(?:が)?(?:はっきり|深|違|日本人離れ|整っ)|身体能力(?:が)?(?:高|違|すご)|(?:暑さ|寒さ)に強(?:い|か|く))`),
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => !PRESUMED_NOT.test(fo.slice(s.start, s.end)) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`${TRAIT_GROUP}${TRAIT_TOPIC}[^。！？!?\\n]{0,20}?(?:(?:感情的|ヒステリック|反日|反米|夜のお仕事|夜の仕事|水商売|だらしな|甘え|ずる賢|嘘つき|うそつき|怠け|なまけ)${TRAIT_COMMON}|日本人離れ|真面目で[^。！？!?\\n]{0,8}?従順|従順(?:で|だ|です|な))`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !PRESUMED_NOT.test(fo.slice(s.start, s.end)) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  // An illness or a body blamed on the person or called the end of a life (うつ病は気の持ちよう, 感染する人は自己管理が甘い,
  // 認知症になると家族に迷惑をかけるだけ, がんになったら人生おしまい). Round 84: not the label denied right after it (ひきこもりは怠けでも
  // 甘えでもない, …気の持ちようではなく; blind HN-143); 怠け joins 甘え (ひきこもりは怠けだ, 怠けとるだけ).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:認知症|がん|癌|うつ病|うつ|鬱|精神疾患|病気|障害|障がい|同性愛|ゲイ|ひきこもり|引きこもり|ニート|コロナ|インフルエンザ|感染|太りすぎ|太り過ぎ|肥満|メタボ|hiv|エイズ)[^。！？!?\\n]{0,20}?(?:(?:人生(?:が)?(?:おしまい|お終い|終わり|オワリ|オワタ|終了|詰み)|迷惑をかける(?:だけ|ばかり)|(?:社会の)?お荷物|気の持ちよう|気の持ち様|気持ちの問題|心が弱い|弱い人|自業自得|自己責任)(?!${LABEL_DENIED84})|(?:の)?(?:甘え|怠け)(?:だ|です|や(?!な)|で(?!${DENIED_REST84})|。|$)|怠け(?:者|とる|ている|てる|てい(?:る|ます)|よる)|甘えを捨て|自己管理が(?:甘|足りな|足りてい(?:ない|なかった)|でき(?:てい)?(?:ない|なかった)|なってな))`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !PRESUMED_NOT.test(fo.slice(s.start, s.end)) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !/ありません|ではな|じゃな|ないで(?:ください|下さい)|とは(?:違|限)|ません(?:よ|。)/u.test(fo.slice(s.start, s.end)),
  },
  // Foreign workers praised as docile or cheap (文句も言わず従順, 安く使える働き手). W15: not the treatment named as a wrong the
  // sentence fights (安い労働力として扱う問題の是正に取り組みます, 搾取をなくす, 安い労働力ではありません).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:文句|不満)(?:も|を)?(?:言わ|いわ)(?:ず|ない)[^。！？!?\\n]{0,6}?従順|従順(?:で|な|だ|です)[^。！？!?\\n]{0,12}?(?:働|使え|評判|助か|重宝)|安く(?:使え|雇え)る(?:働き手|労働力|人手|人材)|安い労働力'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => phrase('実習生|外国|留学生|移民|難民|ベトナム|フィリピン|中国|インドネシア|ネパール|ミャンマー|ブラジル|人材|労働者|働き手', 'u').test(fo.slice(Math.max(0, s.start - 80), s.end)) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)) && !LABOUR_WRONG_W15.test(fo.slice(s.start, s.end)),
  },
  // Round 19c: a district hinted at as one people mind (地区によっては昔からの事情を気にされるご家庭も, あの地区は昔から「そういう所」).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:地区|地域|土地|場所|辺り|あたり)(?:によって|の中に|次第で)は[^。！？!?\\n]{0,10}?(?:昔からの|古くからの|いろいろな|色々な|複雑な)?(?:事情|いわく|経緯|歴史|過去)(?:を|が)(?:気にされ|気にする|気にな|問題にな)|(?:地区|地域|土地|辺り|あたり|集落)(?:は|って)[、,]?(?:昔から|もともと|元々)[「『“”"]?(?:そういう|ああいう|例の|いわくつきの|いわく付きの)(?:所|ところ|土地|場所|地域|地区)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !BURAKU_VETO.test(fo.slice(s.start, s.end)) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  // A woman's looks praised as her merit (市長夫人、今日もお若くてお綺麗, 奥さんも若くてきれいな方ですし), a face type as a theme
  // (ハーフ顔ベビー), a swimsuit round wished for.
  {
    rule: 'decency/lookism',
    re: phrase('(?:夫人|奥様|奥さま|奥さん|ご令嬢|娘さん|お嬢さん|ママさん)(?:は|も|、|が)?(?:今日も|相変わらず|いつも|本当に|とても)?(?:お若くて|若くて)?(?:お綺麗|お美し|おきれい|綺麗|きれい|キレイ|美人|お若|かわいらし)(?:い|か)?(?:方|人)?(?:で(?!す(?:か|ね)?[？?])|な(?:方|人)|だ|です|でした|ですし|かった)|ハーフ顔|ハーフっぽい顔|日本人離れした(?:顔|顔立ち|スタイル|美貌|美しさ)'),
    instead: INSTEAD.lookism,
    severity: 'warn',
    keep: (fo, s) => !/花|庭|料理|写真|作品|着物|手作り|景色|風景/u.test(fo.slice(s.start, s.end)),
  },
  { rule: 'decency/sexual', re: phrase('水着(?:審査|姿|撮影)(?:が|も|を)?(?:あったら|あれば|あるともっと|やれば|復活|してほしい|見たい)'), instead: INSTEAD.sexual, keep: (fo, s) => phrase('ミス|コンテスト|候補|女性|女の子|盛り上が|笑|😍|♡', 'u').test(fo.slice(s.start, s.end)) },
  // A staff member's body checked with care or a night offered (スカート丈を念入りに確認, 既婚者です笑 でも夜は空いてる).
  {
    rule: 'decency/sexual',
    re: phrase('(?:スカート丈|スカートの丈|胸元|脚|太もも|お尻)(?:を|は)?[^。！？!?\\n]{0,8}?(?:念入りに|じっくり|じっと|舐めるように|なめるように)(?:確認|チェック|見|観察)|夜(?:は|なら)(?:空いて|あいて|ひま|暇|フリー)(?:る|ます|いる|かも|です|だよ|やけん|やけど)'),
    instead: INSTEAD.sexual,
    keep: (fo, s) => { const t = fo.slice(Math.max(0, s.start - 40), s.end); return !/^夜/u.test(fo.slice(s.start, s.end)) || /😉|😏|😘|♡|💕|既婚|独身|彼氏|彼女|笑/u.test(t) && !phrase('体育館|会議室|施設|ホール|予約|貸し?出|窓口|開館', 'u').test(t) },
  },
  // A group let in grudgingly (在日の方も一応参加できます) or a disabled group made others' inspiration (障がいのある方もこんなに
  // 頑張っているのだから、健常者の私たちも).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:障がい|障害|障碍|車いす|車椅子|病気|難病|高齢)[^。！？!?\\n]{0,20}?(?:頑張って|がんばって|努力して)(?:いる|る|おられる)(?:のだから|んだから|のに|んやけん)[、,]?[^。！？!?\\n]{0,16}?(?:私たち|健常者|僕ら|我々|自分たち|わたしたち)'),
    instead: INSTEAD.discriminatory,
    severity: 'warn',
    keep: (fo, s) => PROTECTED_NEAR.test(fo.slice(s.start, s.end)) || /障|車いす|車椅子|病|高齢/u.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:の方|の人|の皆さん|の皆様|者|人)(?:も|でも)[、,]?一応(?:は)?(?:ご)?(?:参加|利用|入場|入会|応募|申し込み|お申し込み|来場|受講)(?:でき|いただけ|可能|可|OK|ok)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => PROTECTED_NEAR.test(fo.slice(s.start, s.end)) || /障|車いす|車椅子|病|高齢/u.test(fo.slice(s.start, s.end)),
  },
  // A person with dementia as someone to be watched (ご家族は目を離さず、しっかり見張って, 責任を持って管理していただく).
  {
    rule: 'decency/stereotype',
    re: phrase('(?:しっかり|きちんと|ちゃんと|責任を持って|目を離さず)[、,]?[^。！？!?\\n]{0,8}?(?:見張(?:って|る|り)|監視(?:して|する|しと|しておい)|管理して(?:いただ|もら|ください|おいて))'),
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => /認知症|徘徊/u.test(fo.slice(Math.max(0, s.start - 80), s.end)) && !phrase('財産|金銭|お金|預金|通帳|薬|後見|火の元|ガス|体調|健康', 'u').test(fo.slice(s.start, s.end)),
  },
  // Illness, death or disaster joked about (昇天しちゃうレベル笑, 事故ったら人生オワタ, 被災地…キャンプ気分, “がん”ばれない).
  // W20: not a shelter drill or a stay-over event told as a camp (避難所に一泊する宿泊体験、ちょっとしたキャンプ気分で防災を学べます).
  {
    rule: 'decency/insensitive',
    re: phrase('昇天(?:しちゃ|しそう|する|レベル|案件|確定)|人生(?:オワタ|おわた|終了|詰んだ|詰み)|キャンプ気分|遠足気分|お祭り気分|[“”"「]がん[“”"」]ばれ|がんばれない(?:ぞ|よ)[^。！？!?\\n]{0,6}?(?:なんちゃって|笑)'),
    instead: INSENSITIVE,
    severity: 'warn',
    keep: (fo, s) => /被災|災害|避難|事故|がん|癌|熱中症|病|死|お年寄り|高齢|笑|ｗ|w|😂|🤣|\(\^o\^\)|＼/u.test(fo.slice(Math.max(0, s.start - 40), s.end)) && !phrase('(?:^|[^ぁ-ゖ])(?:キャンプ場|キャンプ体験|デイキャンプ|アウトドア)|訓練|防災|宿泊体験|体験会|体験イベント', 'u').test(fo.slice(s.start, s.end)),
  },
  // Men told childcare leave is not for them (奥様がいらっしゃるなら、男性が休む必要は), the one family shape held up as normal
  // against partnership (普通の家族のかたちを大切に), a life made whole only by marriage (結婚して家庭を持ってこそ一人前).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:男性|男|ご主人|旦那(?:さん)?|夫|お父さん|パパ)(?:が|は|の)[^。！？!?\\n]{0,6}?(?:育休|育児休業|休む|休みを取る|休暇を取る)(?:を取る)?(?:必要|意味)(?:は|も)(?:あまり|それほど|特に|さほど|ほとんど|別に)?(?:ない|ありません|なか|ございません|…|\\.\\.\\.|$)|(?:普通の|本来の|当たり前の|正しい|あるべき)(?:家族|家庭|夫婦|結婚)(?:の)?(?:かたち|形|あり方|姿)?(?:を)?(?:大切|守|維持|基本|前提)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => { const t = fo.slice(Math.max(0, s.start - 80), s.end); return phrase('^(?:男|ご主人|旦那|夫|お父さん|パパ)', 'u').test(fo.slice(a, b)) ? phrase('奥様|奥さん|妻|ママ|お母さん|女性', 'u').test(t) : phrase('パートナーシップ|同性|lgbt|性的少数|性的マイノリティ|多様な家族', 'u').test(t) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) },
  },
  {
    rule: 'decency/stereotype',
    re: phrase('(?:結婚|家庭を持|子ども?を(?:持|産|育て)|子を(?:持|産))[^。！？!?\\n]{0,8}?(?:こそ|て初めて|てはじめて)[^。！？!?\\n]{0,2}?(?:一人前|ひとり前|大人|本当の幸せ|幸せ(?:になれ|をつかめ))'),
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => !PRESUMED_NOT.test(fo.slice(s.start, s.end)) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  // The poor sorted by how they look (見た目で判断させていただく, スマホやブランド品をお持ちでない…本当に困っている方).
  {
    rule: 'decency/discriminatory',
    re: phrase('見た目(?:で|から|によって)(?:判断|選別|お断り|確認)(?:させ|いたし|します|する)|(?:スマホ|スマートフォン|ブランド品|ブランド物|車)(?:を|も|や)[^。！？!?\\n]{0,10}?(?:お持ちでない|持っていない|持ってない)[^。！？!?\\n]{0,6}?(?:本当に|ほんとうに)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => phrase('困窮|生活に困|困っている|フードパントリー|フードバンク|パントリー|物資|炊き出し|食品|食料|支援|配布|給付|生活保護', 'u').test(fo.slice(Math.max(0, s.start - 80), s.end + 40)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)) && !/しない|しません|せず/u.test(fo.slice(s.start, s.end)),
  },
  // Round 19e (warn): pity or a lesser lot presumed of a group (貧しいおうちの子も今日だけは, 両親がそろった家庭のようにはいかない),
  // an illness laughed at (花粉症の人たち…かわいそう〜笑), care work called anyone's easy job, a job for those without schooling,
  // a cured illness still said to carry a little risk (ハンセン病…感染の心配はほとんどありません).
  {
    rule: 'decency/stereotype',
    re: phrase('(?:貧しい|貧乏な|貧困|生活の苦しい)(?:ご)?(?:おうち|家庭|家|世帯)の(?:子|子ども|子供|お子さん)(?:たち)?(?:も|でも)[^。！？!?\\n]{0,12}?(?:今日だけ|この日だけ|たまには|年に一度)|両親(?:が)?(?:そろった|揃った|そろっている|揃っている|いる)(?:家庭|家|子)(?:のように|と同じように)(?:は)?(?:いか|なら|なれ)(?:ない|ん|ません)|(?:誰|だれ)(?:に|で)?でもできる(?:簡単な)?(?:お)?仕事|学歴(?:が|は)?(?:なくても|無くても|不問で)(?:大丈夫|ok|OK|できる|なれる|務まる)'),
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s, a, b) => { const m = fo.slice(a, b); const t = fo.slice(s.start, s.end); return !PRESUMED_NOT.test(t) && (/^(?:誰|だれ)/u.test(m) ? /介護|保育|看護|清掃|調理|福祉/u.test(t) : /^学歴/u.test(m) ? phrase('運転手|ドライバー|作業員|清掃|介護|工場|現場|仕事|職', 'u').test(t) : true) },
  },
  {
    rule: 'decency/insensitive',
    re: phrase('かわいそう[〜~ー！!]*(?:笑|w|ｗ|😂|🤣)|(?:感染|うつる)(?:の)?(?:心配|おそれ|恐れ|危険)(?:は|も)?ほとんど(?:ありません|ない|ございません)'),
    instead: INSENSITIVE,
    severity: 'warn',
    keep: (fo, s, a, b) => phrase(/^かわいそう/u.test(fo.slice(a, b)) ? '病|症|患|障|けが|怪我|骨折|入院|風邪|発熱|花粉|鼻水|せき|咳' : 'ハンセン|恵楓園|療養所|入所者|hiv|エイズ', 'u').test(fo.slice(Math.max(0, s.start - 60), s.end)),
  },
  // A resident's fear of a group agreed with (近隣の皆さまがご不安に思われるのは当然, 外国人の方が増えてから雰囲気が変わったという声は多く).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:不安|心配|懸念|抵抗)(?:に|を)?(?:思われ|感じられ|持たれ|抱かれ|思う|感じる|覚え)(?:る)?(?:のは|のも)(?:当然|もっとも|無理(?:も|は)(?:ない|ありません|なか)|ごもっとも|自然)|(?:増えて|来てから|住み始めて|移り住んで)[^。！？!?\\n]{0,12}?(?:雰囲気|空気|様子|治安)(?:が)?(?:変わった|変わってしま|悪くなった|悪くなって|荒れ|物騒に|怖く)|(?:(?:だらけ|ばかり|ばっかり)にな(?:っ|る)|(?:が|の)(?:増え|来|住み(?:始め|だし|出し|つ|着)|住む(?:ように)?なっ|移り住ん|入って(?:き|く)|越して(?:き|く)|来る(?:ように)?なっ)(?:て(?:から|以来|きてから)?|たから|たせいで?|たせいか|たことで|た途端|たら|ると)|を受け入れ(?:て(?:から|以来)|たら|たせいで?|たから|ると))[はも]?[、,]?[^。！？!?\\n]{0,24}?(?:悪くな|悪化|荒れ|物騒|おかしくな|めちゃくちゃ|ぐちゃぐちゃ|乱れ|汚く|汚れ|騒がしく|うるさく|守られなく|迷惑|(?:ポイ捨て|不法投棄|騒音|犯罪|盗難|空き巣|トラブル|違反|迷惑行為|路上駐車|落書き|万引き)[^。！？!?\\n]{0,6}?(?:が|も)?(?:増え|目立|多発|相次))(?![^。！？!?\\n]{0,4}?(?:ない|ぬ)(?:よう|ため))`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => (FEARED.test(fo.slice(s.start, s.end)) || R23_FOREIGN.test(fo.slice(s.start, s.end))) && !VICTIM_D12.test(fo.slice(s.start, s.end)) && !DENIED.test(fo.slice(s.start, s.end)) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !phrase('データ|事実は|根拠|多言語|やさしい日本語|通訳|翻訳|交流|説明会|相談|問い合わせ', 'u').test(fo.slice(s.start, s.end)),
  },
  // Women presumed emotional (女性議員の質問は…感情的になりがち) and one sex told a job is too hard so the other is wanted.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:女性|女|女子|女の人)[^。！？!?\\n]{0,10}?(?:は|って|だと)[、,]?[^。！？!?\\n]{0,10}?(?:感情的|ヒステリック|情緒不安定)|(?:女性|男性)(?:の方)?(?:は|には)[、,]?[^。！？!?\\n]{0,10}?(?:きびし|厳し|難し|無理|大変|向いてな|向いていな)[^。！？!?\\n]{0,14}?(?:男性|女性)(?:の)?(?:方の)?(?:応募|方|参加|採用|入団)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !PRESUMED_NOT.test(fo.slice(s.start, s.end)) && !AWARENESS.test(fo.slice(s.start, s.end)),
  },
  // ── Round 19f (decc: implicit prejudice) ──
  // Foreigners told to bring a Japanese person (外国籍の方は…必ず日本語の分かる日本人の方とご一緒に).
  {
    rule: 'decency/discriminatory',
    // Blind R221N-048 kind: …or the Japanese person named as the companion itself (外国籍の方は…なるべく日本人の同伴者とご一緒に, 日本人同伴で
    // ご来店ください), the reason given first may be long (…不慣れな方が多いため、店内でのトラブルを避けるためにも、なるべく…).
    re: phrase('(?:外国|国籍|海外出身|在日)[^。！？!?\\n]{0,70}?日本人(?:(?:の方|の(?:ご)?家族|の(?:お)?知り合い|の保証人)?(?:と|を|が)(?:ご一緒|一緒|同伴|同行|付き添|連れ|お連れ)|(?:の方)?(?:の)?(?:同伴|同行|付き添い|付添)(?:者|人|の方)?(?:と|を|が|で|の(?:上|うえ|もと)|に限))'),
    instead: INSTEAD.discriminatory,
    // Not the two met as equals (外国人と日本人が一緒に料理を作る), not a companion said to be unneeded (日本人の同伴者がいなくても大丈夫).
    keep: (fo, s, a, b) => { const t = fo.slice(s.start, s.end); return !AWARENESS.test(t) && !PRESUMED_NOT.test(t) && !JOINED_D13.test(fo.slice(a, b)) && !UNNEEDED_D13.test(fo.slice(b, b + 16)) },
  },
  // … and blamed for the others' wait (年寄りは手続きが遅いから、窓口が詰まる): the group made a nuisance, block.
  {
    rule: 'decency/discriminatory',
    re: phrase(`${PRESUMED_GROUP}(?:どうしても|やっぱり|やっぱ|やはり|何かと|なにかと|たいてい|大抵|みんな)?[、,]?[^。！？!?\\n]{0,20}?(?:${PRESUMED_TRAIT})(?:な|だ|です|や)?(?:から|ので|けん|せいで|ため)[、,]?[^。！？!?\\n]{0,20}?(?:詰まる|詰まっ|迷惑|待たされ|滞る|滞っ|進まな|遅れる|遅れが)`),
    need: PRESUMED_NEED,
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => { const t = fo.slice(s.start, s.end); return !NAMES_PREJUDICE.test(t) && !PRESUMED_NOT.test(t) && !DANGER.test(t) },
  },
  // A trait presumed of a whole group and made the reason for a measure (高齢の方はどうしても間違いが多いので, 男性は時間にルーズなので,
  // シングルマザーの方は何かと余裕がないと思いますので, 農家の皆さんはパソコンが苦手だと思いますので, 外国ん人はルーズやけん): warn.
  {
    rule: 'decency/stereotype',
    re: phrase(`${PRESUMED_GROUP}(?:どうしても|やっぱり|やっぱ|やはり|何かと|なにかと|たいてい|大抵|概して|総じて|基本的に|みんな|みな)?[、,]?[^。！？!?\\n]{0,20}?(?:${PRESUMED_TRAIT})(?:がち)?(?:な|だ|です|や|で|か|である|であろう|だろう)?(?:ので|ため|から|けん|やけん|けえ|と思(?:います|う|われます|うので)|でしょう|ですよね|だよね|よね|もんね|もの(?:です|だ)|(?<=かもしれ(?:ません|ない)(?:が|けど|けれど)))`),
    need: PRESUMED_NEED,
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s, a, b) => { const t = fo.slice(s.start, s.end); return !EXCLUDE_RE.test(fo.slice(b, s.end)) && !/暑さ|寒さ|階段|段差|坂|辛い|人混み|人ごみ|歩く|熱中症/u.test(fo.slice(a, b)) && !AWARENESS.test(fo.slice(a, b)) && !NAMES_PREJUDICE.test(t) && !PRESUMED_NOT.test(t) && !DANGER.test(t) && !/人それぞれ|個人差|とは限ら|場合も|方も|人も/u.test(t) },
  },
  // A group set against the "normal" (“普通の”ご縁, “普通の”ご夫婦・ご家族向け, いつか“普通の家庭”を): the group named nearby.
  // Round 44: the rest invited as 普通の (…は生活保護の家庭だけのものではありません。普通の家庭のお子さんも気軽に, 障害のある方の教室ですが、普通の方も
  // ご参加いただけます): the group made the abnormal one; not …と同じ, not 一緒に. A sentence-opening でも is a conjunction, not …も普通の.
  {
    rule: 'decency/discriminatory',
    re: phrase('[“”"「『]\\s?(?:普通|一般的|まとも|正常|ノーマル|人並み)(?:の|な)?\\s?[”"」』]?\\s?(?:ご縁|縁|ご夫婦|夫婦|ご家庭|家庭|ご家族|家族|結婚|恋愛|カップル|人生|幸せ|お相手|相手|パートナー|子|人|方|男女)|(?:普通|一般的|まとも|正常)(?:の|な)(?:ご縁|ご夫婦|夫婦|家庭|家族|結婚|恋愛|カップル|男女)(?=[^。！？!?\\n]{0,6}?(?:向け|のみ|に限|を望|を築|を大切|を持|では(?:ない|ありません)|じゃない|とは(?:違|異な)|ではな|でない))|(?:普通|一般的|まとも)(?:の|な)(?:ご)?(?:家庭|家族|世帯|人|方|方々|人たち|子|お子さん|お子様|子ども|子供)(?:の(?:お子さん|お子様|子ども|子供|子|方|方々|皆さん|皆様))?(?:たち)?(?:も|でも)(?![^。！？!?\\n]{0,4}?(?:同じ|変わら|一緒))'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => { const w = fo.slice(Math.max(0, s.start - 80), Math.min(fo.length, s.end + 60)); const pre = fo.slice(Math.max(0, a - 4), a); return NORMAL_AGAINST.test(w) && !NAMES_PREJUDICE.test(w) && (!/(?:も|として|と同じ|と変わら)$/u.test(pre) || /(?:^|[。！？!?\n、,])でも$/u.test(pre)) && !/^[^。！？!?\n]{0,8}?(?:として|と同じ|と変わら|に暮ら)/u.test(fo.slice(b, b + 12)) },
  },
  // A group kept apart from "the general public" (一般の方と別の時間帯にご案内), or sent off so the others are not uneasy
  // (他の利用者の皆さまが不安にならないよう、閉館後の時間帯にご案内), or those afraid of a group seated away (接触に不安がある方は後方の席).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:一般の|ほかの|他の|普通の)(?:方|人|利用者|お客様|お客さま|皆さま|皆様|患者|受診者|参加者|市民)(?:の皆さま|の皆様|の方)?(?:と|とは)(?:は)?(?:別|分け|区別)(?:の|に|て|し)|(?:他の|ほかの|周りの|周囲の|一般の)(?:利用者|お客様|お客さま|方|人|皆さま|皆様|参加者|入居者|入所者|宿泊者|乗客|来場者|来館者|住民|患者|児童|生徒|保護者|お子さん|子ども)(?:の皆さま|の皆様|の方)?(?:が|に)[^。！？!?\\n]{0,6}?(?:不安|不快|怖|こわ|気にな|驚|戸惑)[^。！？!?\\n]{0,14}?(?:ないよう|ないように|ないため|させないよう)[、,]?[^。！？!?\\n]{0,24}?(?:別|閉館後|開館前|時間外|営業時間外|後方|端|奥|隅|貸切|個別|個室|離れ)|(?:接触|同席|同室|相部屋|握手|隣|一緒|同じ(?:部屋|空間|浴槽|お湯|浴場|更衣室))(?:に|する(?:こと)?に|が|で)?(?:不安|抵抗|心配)(?:が|の|を)?(?:ある|おありの|お持ちの|感じる|感じられる)(?:方|人)(?:は|には)[^。！？!?\\n]{0,20}?(?:後方|後ろ|別|離れ|端|奥|隅)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => { const w = fo.slice(Math.max(0, s.start - 80), Math.min(fo.length, s.end + 40)); return SET_APART.test(w) && !NAMES_PREJUDICE.test(w) && !phrase('(?:も|でも)(?:ご)?(?:入場|利用|参加|受診)(?:いただけ|でき)|ご希望|希望され|お申し出|優先|専用(?:の)?(?:入口|駐車|席|窓口)|ご利用いただけ|多言語|通訳|スロープ|エレベーター|介助|付き添い|感染症の(?:方|疑い)|発熱|症状', 'u').test(w) },
  },
  // A named group excluded in the politest words (外国籍の方、日本語がネイティブでない方のご応募はお受けしておりません,
  // HIV陽性の方は…ご利用をお控えください, いわゆる“元男性”の方のご予約はご遠慮いただいております).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${EXCLUDABLE})[^。！？!?\\n]{0,24}?(?:方|人|者|皆さま|皆様)(?:の|は|には|からの)[、,]?[^。！？!?\\n]{0,24}?(?:ご|お)?(?:${ACT})(?:は|を|について(?:は)?)?[、,]?[^。！？!?\\n]{0,8}?(?:ご遠慮(?:いただ|くださ|下さ|願)|(?:お断り|お断わり|対象外)${REFUSAL_DENIED104}|承って(?:おりません|いません)|承りかね|お受け(?:して|いたして)?(?:おりません|いません|できません|いたしかね)|お控え(?:ください|下さい|いただ)|受け付けて(?:おりません|いません)|(?:いただけ|でき)(?:ません|ない))`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => { const t = fo.slice(s.start, s.end); return !NAMES_PREJUDICE.test(t) && !SAFETY.test(t) && !PRESUMED_NOT.test(t) },
  },
  // A nuisance or crime located where a group lives (技能実習生の多い地域では特にご注意ください, 分別ができていないのは外国人の多いアパートばかり).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${WATCHED})(?:の方|の人|の皆さん)?(?:の|が)(?:多い|多か|多く住む|多く暮らす|集まる|住む|住んで(?:いる|る))(?:地域|地区|エリア|団地|アパート|マンション|界隈|周辺|辺り|あたり|場所|住宅|住宅街|寮|社宅|宿舎|通り)(?:では|で|は|に|の(?:周辺|近く)(?:では)?)?[、,]?(?:特に|とりわけ|なおさら|いっそう|一層|くれぐれも)?[^。！？!?\\n]{0,12}?(?:ご)?(?:注意|用心|警戒|気をつけ|気を付け|施錠|戸締)|のは[^。！？!?\\n]{0,4}?(?:${WATCHED})(?:の方|の人)?(?:の|が)(?:多い|多か|多く住む|住む|暮らす)[^。！？!?\\n]{0,8}?(?:ばかり|ばっかり|ばっか|だけ|です|だ)`),
    instead: INSTEAD.discriminatory,
    // …のは alone is a nuisance located only after one (not 混雑するのは外国人観光客の多い週末です).
    keep: (fo, s, a) => { const t = fo.slice(s.start, s.end); return !AWARENESS.test(t) && !ANSWERED.test(t) && !/多言語|やさしい日本語|翻訳|通訳|熱中症|交通安全|横断/u.test(t) && (!fo.startsWith('のは', a) || rx(`${NUISANCE}|散らか|汚|うるさ|騒|迷惑|マナー|分別|ルール|決まり|違反|駐車|盗|治安|荒れ|守ら|守れ`).test(fo.slice(s.start, a))) },
  },
  // Blind R183I-028: where a protected group lives named as a place to keep away from or be careful of, with no hazard of the place
  // itself (技能実習生の寮がある辺りは、夜はあまり一人で歩かないほうが安心かもしれませんね; 留学生のアパートの近くは通らないように,
  // 外国人が多く住む団地の周辺は夜は避けたほうが): the group's home made the danger. Not a road hazard there (工事, 通行止め, 街灯が
  // 少ない), not a danger the group itself faces (不審者, 被害), not an event held there (交流会 at the dormitory), not a safety notice
  // that names no group.
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${WATCHED})(?:の方|の人|の皆さん|の方々)?(?:の|が)(?:(?:多く)?(?:住む|住んで(?:いる|る|おられる)|暮らす|暮らして(?:いる|る)|住まう|多い|集まる)|(?:住む|暮らす|住んで(?:いる|る))?(?:寮|社宅|宿舎|アパート|マンション|団地|住まい|住居|家|お宅|シェアハウス)(?:が|の)?(?:ある|建つ|建っている|並ぶ|できた|集まる)?)(?:地域|地区|エリア|団地|アパート|界隈|周辺|周り|まわり|辺り|あたり|近く|付近|一帯|通り|道|方面)(?:では|は|を|に|へ|の(?:周辺|近く|辺り)(?:は|では)?)?[、,]?[^。！？!?\\n]{0,24}?(?:(?:一人|ひとり|1人)で(?:は)?(?:歩か|通ら|行か|出歩か)(?:ない|ず|ん)|(?:歩か|通ら|行か|出歩か|近づか|近寄ら|立ち寄ら)(?:ない|ん)(?:ほう|方|よう)|通らないように|避け(?:た|る)(?:ほう|方)|避けて(?:通|歩|くださ)|遠回り|迂回した(?:ほう|方)|近づかない|近寄らない)`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => { const t = fo.slice(Math.max(0, s.start - 60), s.end); return !AWARENESS.test(t) && !ANSWERED.test(t) && !GROUP_HOME_HAZARD183.test(t) },
  },
  // A people's manners made a problem of its own (中国人観光客のマナー問題に備え), a notice put up in one people's language only.
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${NATION})(?:人|系|籍|の方|の人)?(?:の)?(?:観光客|旅行者|団体客|お客様|客|住民|実習生|留学生)?の(?:マナー|モラル|民度|素行)(?:の)?問題|(?:中国語|韓国語|ハングル|ベトナム語|英語)(?:の|で)(?:注意書き|注意喚起|警告|禁止)[^。！？!?\\n]{0,8}?(?:だけ|のみ)|(?:中国語|韓国語|ハングル|ベトナム語)(?:だけ|のみ)(?:の|で)(?:注意|警告|禁止)(?:書き|看板|掲示|貼り紙|張り紙|喚起|文)`),
    instead: INSTEAD.discriminatory,
    severity: 'warn',
    keep: (fo, s) => { const t = fo.slice(s.start, s.end); return !AWARENESS.test(t) && !PRESUMED_NOT.test(t) && !ANSWERED.test(t) },
  },
  // The account agreeing with a resident's prejudice (お気持ち、よく分かります…受給者には目を光らせ, …というご意見、ごもっともです,
  // ご指摘のとおり…外国人の多いアパートばかり, 不安を感じる住民の皆さんのお気持ちは、よく分かります).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:お気持ち|ご心配|ご不安|ご意見|ご指摘|お声|お考え|ご懸念)(?:は|も)?[、,]?(?:よく|十分|大変|痛いほど|本当に)?[、,]?(?:(?:分か|わか)(?:ります|る)|理解(?:でき|いたし)ます|お察し(?:します|いたします)|ごもっとも|もっとも(?:です|だ))|ご指摘(?:の)?(?:とおり|通り)|おっしゃる(?:とおり|通り)|ごもっともです'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => { const w = fo.slice(Math.max(0, a - 80), Math.min(fo.length, b + 80)); return AGREE_GROUP.test(w) && SIDED.test(w) && !NAMES_PREJUDICE.test(w) && !PRESUMED_NOT.test(fo.slice(b, Math.min(fo.length, b + 80))) },
  },
  // A gendered put-down (女々しいぞ, 女の腐ったような).
  {
    rule: 'decency/discriminatory',
    re: phrase('女々し(?:い|く|さ|か)|めめし(?:い|く|さ)|女の腐った(?:ような|みたいな|ごたる)'),
    instead: INSTEAD.discriminatory,
    severity: 'warn',
    keep: (fo, s) => !SLUR_TALK.test(fo.slice(s.start, s.end)),
  },
  // Questions a hiring interview must not ask, announced (面接では結婚や出産のご予定についてお聞きすることがあります).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:面接|採用試験|選考|採用|就職)[^。！？!?\\n]{0,30}?(?:結婚|出産|妊娠|交際|恋人|家族構成|本籍|出生地|出身地|宗教|信仰|支持政党|家族の職業|親の職業|尊敬する人物|愛読書|住宅状況)(?:の)?(?:ご)?(?:予定|有無|状況|こと|希望)?(?:の有無)?(?:や[^。！？!?\\n]{0,12}?)?(?:について|を|は|も|に関して|など)?(?:お聞き|お尋ね|伺|質問|確認|聞か|聞く|尋ね)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, _a, b) => !/^(?:ません|ない|ず|ること(?:は|も)(?:ありません|ない))/u.test(fo.slice(b, b + 12)) && !/^[^。！？!?\n]{0,16}?(?:しません|いたしません|ことはありません|ことはございません|行いません|ない(?:よう|こと)|禁止|不適切|できません)/u.test(fo.slice(b, b + 24)) && !AWARENESS.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)),
  },
  // Pregnant staff made the reason service is slow (妊娠中の職員が多く窓口が手薄になっており、ご迷惑を).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:妊娠中|妊娠した|妊婦|産休|つわり)[^。！？!?\\n]{0,10}?(?:職員|スタッフ|保育士|看護師|社員|人)(?:が|も)?(?:多く|増え|相次|重な|続)[^。！？!?\\n]{0,24}?(?:手薄|ご迷惑|迷惑|遅れ|滞|回らな|人手不足)'),
    instead: INSTEAD.discriminatory,
    severity: 'warn',
  },
  // One sex said to cause accidents (女性ドライバーの事故が多くなっています).
  {
    rule: 'decency/stereotype',
    re: phrase('(?<![一-龥])(?:女性|女|男性|男)(?:ドライバー|の運転手|の運転者|の方|の人)?の(?:交通)?(?:事故|運転ミス|違反|ミス)(?:が)?(?:多|増)'),
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => !PRESUMED_NOT.test(fo.slice(s.start, s.end)) && !AWARENESS.test(fo.slice(s.start, s.end)),
  },
  // The victim's dress blamed for a crime (露出の多い服装も、被害を招く原因になります).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:露出|服装|格好|かっこう|ミニスカート|ミニスカ|薄着|派手な(?:服|格好|化粧))[^。！？!?\\n]{0,16}?(?:被害|犯罪|痴漢|性被害|性犯罪|事件|狙われ)(?:を|に)?(?:招く|招き|誘う|誘発|遭いやすく|あいやすく|の原因|のもと|につなが|やすく)'),
    instead: INSTEAD.discriminatory,
    severity: 'warn',
    keep: (fo, s) => !PRESUMED_NOT.test(fo.slice(s.start, s.end)) && !/加害者|悪くない|悪くありません|責任はありません|落ち度|関係(?:なく|ありません|ない)/u.test(fo.slice(s.start, s.end)),
  },
  // Using aid made a shame to hide (“貧しい家”と思われないよう、こっそり).
  {
    rule: 'decency/stereotype',
    re: phrase('[“"「『](?:貧しい|貧乏な?|びんぼー|かわいそうな|お金のない)(?:家|家庭|子|人|おうち)[”"」』]と(?:思われ|見られ|言われ)|(?:就学援助|生活保護|援助|給付金|減免|支援金)[^。！？!?\\n]{0,40}?(?:こっそり|人目(?:に|を)(?:つかない|避け)|ばれない|バレない)'),
    instead: INSTEAD.stereotype,
    severity: 'warn',
  },
  // Origin mocked (田舎者丸出しの新人), a job used as a byword for coarseness (土方みたいな言葉づかい), youth typed by looks.
  {
    rule: 'decency/discriminatory',
    re: phrase('田舎(?:者|もん)(?:丸出し|まるだし|っぽ|くさ|臭)|田舎っぺ|いなかっぺ|田舎(?:くさ|臭)い(?:人|子|新人|職員|格好|連中)|土方(?:みたい|のよう|並み|っぽ|言葉)'),
    instead: INSTEAD.discriminatory,
    severity: 'warn',
    keep: (fo, s) => !SLUR_TALK.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/stereotype',
    re: phrase('(?:ヤンキー|不良|チャラ男|ギャル|ヤンチャ)(?:っぽい|みたいな|風の|系の)(?:子|若者|人|連中|新成人|男|女)(?:たち|ら|達)?[^。！？!?\\n]{0,30}?(?:覚悟|警戒|来るんでしょう|来るんやろ|来るんだろう|身構え|やれやれ|恒例|[😇😱💦😓])'),
    instead: INSTEAD.stereotype,
    severity: 'warn',
  },
  // A people's food called a stench and put away (キ・ム・チ臭くなると困るので, 韓国料理ブースはにおい対策のため奥に).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:キ[・.\\s]?ム[・.\\s]?チ|に[・.\\s]?ん[・.\\s]?に[・.\\s]?く|カレー)(?:臭|くさ)(?:い|く|さ|っ)|(?:韓国|中国|インド|タイ|ベトナム|ネパール|エスニック|外国|アジア)料理[^。！？!?\\n]{0,20}?(?:におい|匂い|臭い|臭)(?:対策|が(?:気にな|きつ|困|する|強|すご))[^。！？!?\\n]{0,30}?(?:奥|端|隅|離|別|外)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !SLUR_TALK.test(fo.slice(s.start, s.end)) && phrase('韓国|朝鮮|中国|インド|タイ|ベトナム|ネパール|エスニック|外国|アジア|国際|交流|きむち|国の(?:人|方)', 'u').test(fo.slice(Math.max(0, s.start - 80), s.end)),
  },
  // A people tied to a job of the night (フィリピンパブで働いていた方も多い国際結婚のご家庭).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:フィリピン|タイ|中国|韓国|ロシア|ルーマニア|コロンビア|外国人)(?:人)?(?:パブ|クラブ|スナック|ホステス)(?:で働|に勤め|出身|上がり|勤め|の(?:女性|方|出身))|(?:国際結婚|外国人妻|外国人の(?:奥さん|お嫁さん|妻))[^。！？!?\\n]{0,24}?(?:パブ|水商売|夜の(?:お)?仕事|ホステス)'),
    instead: INSTEAD.discriminatory,
  },
  // A disease named after a place or people, spelt out or split (武.漢.ウイルス, 中国ウイルス).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:武[・.\\s]?漢|中[・.\\s]?国|支[・.\\s]?那|ち[・.\\s]?ゃ[・.\\s]?い[・.\\s]?な)[・.\\s]?(?:ウイルス|ウィルス|肺炎|コロナ|病)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !SLUR_TALK.test(fo.slice(s.start, s.end)),
  },
  // 部落 hinted at by its old slur in quotes (“４つ”の地区), and a house or district vouched for as not one (同和地区には含まれておりません).
  {
    rule: 'decency/discriminatory',
    re: phrase('[“"「『]\\s?(?:4|四|よ)\\s?つ\\s?[”"」』](?:の)?(?:地区|地域|部落|人|者|出身|集落|家)'),
    instead: INSTEAD.discriminatory,
  },
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:同和地区|被差別部落|部落|旧同和)(?:に|では|で|とは|じゃ)?(?:は)?(?:含まれ|該当し|当たり|あたり|入り|入って|属し|関係(?:し|あり)|あり)?(?:て)?(?:おりません|いません|ません|ない|なか)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => /安心|大丈夫|心配(?:は)?(?:いりません|ありません|ない|なか)|ご安心|問題(?:は)?(?:ありません|ない)|ですので/u.test(fo.slice(Math.max(0, s.start - 80), s.end)) && !/差別|人権|啓発|お答え(?:でき|し)(?:ません|かね)|回答(?:でき|し)(?:ません|かね)/u.test(fo.slice(Math.max(0, s.start - 80), s.end)),
  },
  // Care for a group called a bother (LGBTの方への配慮って…正直ちょっと面倒).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:配慮|対応|バリアフリー|受け入れ|手話通訳|多言語)[^\\n]{0,40}?(?:面倒|めんどう|めんどくさ|煩わし|わずらわし)(?:い|く|さ|だ|です|かも|と思|に感じ|に思|なんです|ですよね|だな|やな)|手間(?:だな|だと思|でしかな|なだけ)'),
    instead: INSTEAD.discriminatory,
    severity: 'warn',
    keep: (fo, s) => FEARED.test(fo.slice(Math.max(0, s.start - 60), s.end)) || /lgbt|性的少数|高齢|お年寄り|外国|車いす|車椅子/u.test(fo.slice(Math.max(0, s.start - 60), s.end)),
  },
  // Care given to the mother as natural (医療的ケアが必要な子は、やっぱりお母さんが家でみるのが一番幸せ), a father's share called help.
  {
    rule: 'decency/stereotype',
    re: phrase('(?:お母さん|母親|ママ|奥さん|奥様|妻|嫁|女性)(?:さん)?(?:が|は)[^。！？!?\\n]{0,8}?(?:家で|自宅で|家庭で|そばで|つきっきりで)?[^。！？!?\\n]{0,4}?(?:みる|見る|看る|面倒を見る|面倒をみる|世話をする|介護する|育てる|ケアする)(?:のが|べき|もの)[^。！？!?\\n]{0,4}?(?:一番|いちばん|当然|当たり前|自然|幸せ|理想|べき)|(?:パパ|父親|お父さん|夫|旦那|ご主人|男性)[^。！？!?\\n]{0,30}?(?<![やと・])(?:お母さん|ママ|妻|奥さん|奥様|母親)の[“"「『]?(?:お)?手伝い|(?:お母さん|ママ|妻|奥さん|奥様|母親)の(?:家事|育児|子育て)を[^。！？!?\\n]{0,4}?(?:手伝|てつだ)[^。！？!?\\n]{0,4}?(?:パパ|父親|お父さん|夫|旦那|ご主人|男性)'),
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => !PRESUMED_NOT.test(fo.slice(s.start, s.end)) && !ROLE_TALK.test(fo.slice(s.start, s.end)),
  },
  // Looks rated (顔もスタイルも文句なし, ミス柳川の3人、今年もレベル高すぎ), young women preferred to old for looks (やっぱり若い子の方が映えますね).
  {
    rule: 'decency/lookism',
    re: phrase('(?:顔|ルックス|容姿|見た目|顔立ち)(?:も|と)(?:スタイル|体型|プロポーション|脚|性格)(?:も)?[^。！？!?\\n]{0,6}?(?:文句なし|完璧|抜群|最高|満点|申し分な|パーフェクト|100点|百点|レベル高)|(?:ミス[^。！？!?\\n\\s、]{1,6}|看板娘|コンパニオン|キャンペーンガール|親善大使|アンバサダー)[^。！？!?\\n]{0,16}?レベル(?:が)?(?:高(?:い|すぎ|過ぎ|く|め|か))|若い(?:子|女の子|娘|女性|お姉さん|人)(?:の方|のほう)が[^。！？!?\\n]{0,6}?(?:映え|華が|華や|絵にな|見栄え|かわい|可愛|きれい|綺麗|目の保養)'),
    instead: INSTEAD.lookism,
    severity: 'warn',
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) && !phrase('ミス(?:が|を|の(?:ない|防止))|大会|試合|競技|技術|演奏|作品|選手|料理', 'u').test(fo.slice(s.start, s.end)),
  },
  // A woman's looks and the men's stir (べっぴんさんやけん、お父さんたちがそわそわ).
  {
    rule: 'decency/lookism',
    re: phrase('(?:べっぴん|別嬪|美人|美女|かわいい|可愛い|かわいか|きれい|綺麗|イケメン|男前|素敵|すてき|りりし|凛々し|色っぽ|セクシー)[^。！？!?\\n]{0,30}?(?:お父さん|パパ|男性|おじさん|おっちゃん|男|係長|課長|職員|お母さん|ママ|奥さん|女性)(?:たち|陣|方|衆)?(?:が|も)?[^。！？!?\\n]{0,8}?(?:そわそわ|ソワソワ|鼻の下|でれでれ|デレデレ|にやけ|ニヤけ|張り切|はりき|色めき|メロメロ|めろめろ|浮き足|釘付け|くぎ付け|ドキドキ|どきどき)'),
    instead: INSTEAD.lookism,
    severity: 'warn',
    keep: (fo, s) => { const t = fo.slice(s.start, s.end); return !phrase('人形|イラスト|キャラクター|ぬいぐるみ|雛|マスコット|犬|猫|動物|景色|夜景', 'u').test(t) && !phrase('(?:かわいい|可愛い|かわいか|きれい|綺麗)(?:な)?(?:園児|子ども|子供|赤ちゃん|児童|孫|お子さん|花|料理)', 'u').test(t) },
  },
  // Young women's bodies as a sight (浴衣姿の女子高生たち、まぶしすぎます, ピチピチのウェア姿), a draw (JKに会いに来てね), a stare (熱い視線を集め).
  {
    rule: 'decency/sexual',
    re: phrase('(?:女子高生|女子高校生|女子大生|女子中学生|jk|jc|女子|女性|女の子|お姉さん|ギャル|浴衣姿|水着姿|ウェア姿|ユニフォーム姿|制服姿|脚|太もも)(?:たち|の皆さん|さん)?[^。！？!?\\n]{0,16}?(?:まぶし|眩し|ピチピチ|ぴちぴち)|(?:jk|jc|女子高生|女子中学生|女子大生|若い女の子|ギャル)(?:たち|ちゃん)?(?:に|と)(?:会いに|会える|会え|お近づき|触れ合|ふれあ|お話し)'),
    instead: INSTEAD.sexual,
    keep: (fo, s) => !phrase('笑顔|汗|姿勢|活躍|努力|頑張|がんば|プレー|演技|走り|雄姿|勇姿|成長|未来|瞳|保護者|先生|進路|説明会|職業体験|防犯|被害', 'u').test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/sexual',
    re: phrase('(?:熱い視線|熱視線|熱いまなざし|熱い眼差し)(?:を|が)(?:集め|浴び|注が|送)'),
    instead: INSTEAD.sexual,
    keep: (fo, s) => /独身|彼氏|彼女|男性職員|女性職員|[❤♡💕😍]|狙|歳[)）]/u.test(fo.slice(Math.max(0, s.start - 40), Math.min(fo.length, s.end + 10))),
  },
  // A group let in as a favour (特別支援学級の子どもたちも参加させてあげました), its members made an example (健常者の私たちも見習わなければ),
  // told to try harder (車いすの方でも頑張れば), not to trouble the family (ご家族に迷惑をかけないよう), or sent to the family (ご家族に代わりにお電話).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:特別支援(?:学級|学校)|支援学級|障(?:害|がい|碍)|車いす|車椅子|外国|ハーフ|ひとり親|母子家庭|生活保護|高齢|施設)[^。！？!?\\n]{0,16}?(?:も|にも)[^。！？!?\\n]{0,16}?(?:(?:参加|出場|体験|見学|出席)させ|出させ|走らせ|歌わせ|踊らせ|遊ばせ|入らせ|乗らせ|使わせ|混ぜ|まぜ|入れ|仲間に入れ)て(?:あげ|やっ|やる)|(?:健常者|五体満足)の(?:私たち|我々|僕ら|自分たち|わたしたち)(?:も|こそ)[^。！？!?\\n]{0,10}?(?:見習|頑張|がんば|負けて)|(?:${DISABLED}|車(?:椅子|いす)の(?:方|人)|障(?:害|がい|碍)(?:者|のある(?:方|人)))(?:でも)[、,]?[^。！？!?\\n]{0,8}?(?:頑張れば|がんばれば|努力すれば|工夫すれば)`),
    instead: INSTEAD.discriminatory,
    severity: 'warn',
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end).replace(/特別支援|支援学級/gu, '')) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:ご家族|家族|周り|周囲|介助者|付き添いの方)(?:の方)?に(?:ご)?(?:迷惑|負担)(?:を)?(?:かけ|掛け)(?:ない|ん)(?:よう|ように)|(?:ご家族|家族|身内|お身内)(?:の方)?(?:に|が)(?:代わりに|代理で)|(?:ご家族|家族|身内|お身内)(?:の方)?が代わって'),
    instead: INSTEAD.discriminatory,
    severity: 'warn',
    keep: (fo, s) => { const t = fo.slice(s.start, s.end); return phrase(`${DISABLED}|車(?:椅子|いす)|障(?:害|がい|碍)`, 'u').test(t) && !phrase('fax|ファクス|ファックス|メール|手話|筆談|チャット|字幕|リレー|こともでき|も(?:ご)?利用でき|ご希望|支援', 'u').test(t) },
  },
  // The dead of an accident mocked (亡くなった方も、ヘルメットさえかぶってれば今日参加できたのにね…), a suicide on the line blamed
  // for the delay (飛び込むなら通勤時間は避けてほしい), a disaster elsewhere met with glee (こっちは全然揺れなくてラッキー).
  {
    rule: 'decency/insensitive',
    re: phrase(`(?:(?:亡くなった|亡くなられた|死んだ|犠牲になった)(?:方|人|子|お子さん)|犠牲者)(?:も|は)?[、,]?[^。！？!?\\n]{0,30}?(?:ば|ら)(?:[^。！？!?\\n]{0,16}?(?:のにね|のになぁ|のになあ|のにねぇ|のに[…〜~!！]|のに${LAUGH_W}|のに笑)|ね[ぇえ]?[〜~…!！]|ねえ|ねぇ|なぁ|なあ)|(?:飛び込|とびこ)(?:む|み|んだ)(?:なら|のは|んなら|んだったら|にしても)[^。！？!?\\n]{0,20}?(?:避けて|やめて|ずらして|迷惑|勘弁|よそで|他で|ほかで|考えて|せめて|にしてほしい|にしてくれ)|(?:人身事故|飛び込み)[^\\n]{0,30}?(?<!ご)(?:いい迷惑|迷惑(?:です|だ|な話|千万|極まりな)|勘弁(?:して|してほしい)|時間を考え)|(?:こっち|こちら|うち|ここ|当地|柳川|市内)(?:は|では)[^。！？!?\\n]{0,16}?(?:揺れ|被害|雨|風|浸水|停電|影響)[^。！？!?\\n]{0,8}?(?:なくて|なかったので|少なくて|なく|なし)[^。！？!?\\n]{0,6}?(?:ラッキー|得した|儲け|(?:助かった|よかった)[^。！？!?\\n]{0,2}?[😆😂🤣✌😁🎉])`),
    instead: INSENSITIVE,
    keep: (fo, s, a, b) => { const m = fo.slice(a, b); return /^(?:こっち|こちら|うち|ここ|当地|柳川|市内)/u.test(m) ? /地震|台風|豪雨|大雨|災害|被災|水害|洪水|津波/u.test(fo) : !/^(?:飛び込|とびこ)/u.test(m) || /電車|線路|踏切|人身|ほーむ|鉄道|列車|遅れ|遅延|通勤|通学|だいや|運転見合わせ/u.test(fo) },
  },
  // Those who fell ill laughed at (かかった方は「バカは風邪ひかない」説を見事に否定できましたね笑), an illness made a pun (“がん”固な人),
  // the one who passed it on blamed (“うつした本人”には厳しく指導), the dead joked about at a rite (ご先祖さまも…どんぶらこ〜👻).
  {
    rule: 'decency/insensitive',
    re: phrase(`(?:かかった|感染した|罹った|うつった|寝込んだ|発症した|風邪(?:を)?(?:ひいた|引いた)|熱を出した|倒れた|搬送された|運ばれた)(?:方|人|皆さん|職員|人たち)[^。！？!?\\n]{0,40}?(?:[（(]笑[)）]|(?<=[ぁ-ゖ〜ー])笑|${LAUGH_W}|[😂🤣😆😜😝]|ドンマイ|残念でした|説を(?:見事に)?(?:否定|覆))|[“"「『]\\s?(?:がん|癌|ガン|コロナ|インフル|ぼけ|ボケ)\\s?[”"」』](?:[一-龥]|ば(?:れ|る|っ))|(?:ご先祖|先祖|故人|亡くなった(?:方|人)|仏様|ほとけさま|精霊)[^\\n]{0,40}?(?:[👻💀⚰☠🪦]|どんぶらこ|化けて出)`),
    instead: INSENSITIVE,
    severity: 'warn',
    keep: (fo, s, a, b) => { const m = fo.slice(a, b); return /^[“"「『]/u.test(m) ? phrase('なんちゃって|[😜😝😂🤣]|笑|w|だじゃれ|ダジャレ|ですね[！!]', 'u').test(fo.slice(s.start, Math.min(fo.length, s.end + 20))) : !phrase('お化け屋敷|肝試し|ハロウィン|予防|対策|お大事', 'u').test(fo.slice(s.start, s.end)) },
  },
  {
    rule: 'decency/discriminatory',
    re: phrase('[“"「『]?(?:うつした|移した|感染させた|持ち込んだ|広めた|うつしてしまった)(?:本人|人|職員|方|犯人|張本人|者)[”"」』]?(?:に|には|は|を)[、,]?[^。！？!?\\n]{0,20}?(?:厳しく|指導|注意|処分|責任|謝罪|反省|罰)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !/責め(?:ない|ず)|誹謗|差別|犯人探し|ではありません|しません|しないで/u.test(fo.slice(s.start, s.end)),
  },
  // A transgender person labelled by the sex they left (“元男性”の〇〇さん, いわゆる“元男性”の方).
  {
    rule: 'decency/discriminatory',
    re: phrase('[“"「『]\\s?元(?:男性|女性|男|女)\\s?[”"」』]|元(?:男性|男)(?:の方|さん|の人|なのに|とは|だった(?:とは|なんて)|の(?:タレント|芸能人|モデル|歌手|講師))|元(?:女性|女)(?:の方|さん|なのに|とは)'),
    need: ['元男', '元女'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !SLUR_TALK.test(fo.slice(s.start, s.end)),
  },
  // Children of single-parent homes tied to delinquency (母子家庭や共働きで親の目が届きにくいご家庭は、特にご注意ください).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:母子家庭|父子家庭|ひとり親|片親|シングルマザー|生活保護)[^。！？!?\\n]{0,24}?(?:ご家庭|家庭|世帯|お子さん|子ども|子)(?:は|では|の(?:方|保護者)は)[、,]?(?:特に|とりわけ|くれぐれも)?[^。！？!?\\n]{0,6}?(?:ご)?(?:注意|用心|気をつけ|気を付け|警戒)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => /非行|犯罪|補導|問題行動|不良|万引き|夜遊び|深夜徘徊/u.test(fo.slice(Math.max(0, s.start - 80), s.end)) && !AWARENESS.test(fo.slice(s.start, s.end)),
  },
  // Blind R166I-001 (W16): children of a family type said to go astray, even in a post about support (ひとり親の家の子はどうしても寂しさから
  // グレやすいので、早めに相談して, 母子家庭の子ほど非行に走りがち): the support words around it do not answer the prejudice its own sentence
  // states. Not the idea denied in the sentence (…と思われがちですが, という偏見), not a prevention notice (非行に走らないよう).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:母子家庭|父子家庭|ひとり親|一人親|片親|シングルマザー|シングルファザー|生活保護|貧しい|貧乏な)[^。！？!?\\n]{0,24}?(?:子|子ども|子供|お子さん|お子さま)(?:たち)?(?:は|って|ほど)[、,]?[^。！？!?\\n]{0,20}?(?:(?<![まひ])(?:グレ|ぐれ)|非行に走|荒れ|不良にな|道を(?:外れ|踏み外)|悪(?:い|か)道)(?:やす|がち|る(?:子|こと)が多)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) && !ANSWERED.test(fo.slice(s.start, s.end)),
  },
  // Dementia made the neighbours' burden (認知症の方の徘徊で、ご近所の皆さんもお困りのことと思います).
  {
    rule: 'decency/discriminatory',
    re: phrase('認知症[^。！？!?\\n]{0,20}?(?:徘徊|はいかい|ひとり歩き)[^。！？!?\\n]{0,20}?(?:ご近所|近所|近隣|周り|周囲|地域)[^。！？!?\\n]{0,12}?(?:お困り|迷惑|困って|困惑|大変)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)),
  },
  // The old country held against them (みなさんのくにとちがって、にほんでは…つかまります): a people presumed to steal or break rules.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:みなさん|皆さん|皆様|あなた(?:たち|方)?)の(?:くに|国|母国|ふるさと)(?:と|とは)[、,\\s]?(?:ちがって|違って|ちがい|違い)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a) => /つかま|捕ま|逮捕|警察|けいさつ|犯罪|はんざい|盗|ぬす|とると|取ると/u.test(fo.slice(a, Math.min(fo.length, s.end + 40))),
  },
  // An easy job for a disabled group (障がい者の方でもできる簡単なお仕事).
  {
    rule: 'decency/stereotype',
    re: phrase(`(?:${DISABLED}|障(?:害|がい|碍)(?:者|のある(?:方|人))|車(?:椅子|いす)の(?:方|人))(?:の方)?(?:でも)[^。！？!?\\n]{0,6}?(?:でき|作れ|わか|分か|こなせ|務ま)る[^。！？!?\\n]{0,4}?(?:簡単|かんたん|単純)な(?:お仕事|仕事|作業|業務|内容)`),
    instead: INSTEAD.stereotype,
    severity: 'warn',
  },
  // A talent or a look presumed of a people or an orientation (ゲイの人っておしゃれ, ハーフの子は英語がペラペラ, ブラジル人はみんなサッカーが上手,
  // さすが黒人選手の身体能力).
  {
    rule: 'decency/stereotype',
    re: phrase(`(?:ハーフ|外国人|外国の(?:方|人)|(?:${NATION}|南米|欧米)(?:の)?(?:人|方)|黒\\s?人|白\\s?人|ゲイ|lgbtq?|同性愛者|オネエ)(?:の(?:子|方|人|選手)|選手)?(?:たち|の皆さん)?(?:って|は|の(?=身体能力|運動神経|リズム感))[、,]?(?:やっぱり|やはり|みんな|さすが|基本)?[、,]?[^。！？!?\\n]{0,12}?(?:おしゃれ|お洒落|センス(?:が)?(?:いい|良い|抜群|独特)|感性(?:が)?(?:豊か|独特|鋭)|ノリ(?:が)?(?:いい|良い)|陽気|(?:踊り|ダンス|歌)(?:が)?(?:上手|うま)|リズム感(?:が)?(?:いい|良い|ある|抜群)|(?:英語|外国語)(?:が)?(?:ペラペラ|ぺらぺら|上手|得意|うま)|(?:サッカー|スポーツ|運動|野球|バスケ)(?:が)?(?:上手|得意|うま)|(?:身体能力|運動神経)(?:が|は)?(?:高|すご|違|抜群|次元が違)|足が速)`),
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => { const t = fo.slice(s.start, s.end); return !AWARENESS.test(t) && !PRESUMED_NOT.test(t) && !/人それぞれ|個人差|とは限ら|場合も|方も|人も/u.test(t) },
  },
  // Staff called too cute (看護師さん、白衣の天使って感じでかわいすぎる).
  {
    rule: 'decency/lookism',
    re: phrase('(?:職員|スタッフ|看護師|保育士|受付|窓口|係員|新人|先生|保健師|ガイド|船頭)(?:さん|の(?:方|女性|子))?[^。！？!?\\n]{0,16}?(?:かわい|可愛|カワイ|きれい|綺麗|美人)(?:すぎ|過ぎ|すぎる|かった|い(?=[💕♡❤😍])|(?:い|くて|な)?(?:方|人|子|女性|先生)(?:ばかり|ばっかり|揃い|ぞろい|だらけ))'),
    instead: INSTEAD.lookism,
    severity: 'warn',
    keep: (fo, s, a, b) => !phrase('人形|イラスト|キャラクター|ぬいぐるみ|マスコット|犬|猫|動物|花|料理|作品|園児|子ども|子供|赤ちゃん|景色|飾り|字|文字|部屋|庁舎|トイレ|掃除|手作り', 'u').test(fo.slice(s.start, s.end)) && !OWNED_THING55.test(fo.slice(a, b)),
  },
  // One group put before another (生活保護の人よりも、まじめに働いている人を優先すべき, 日本人を優先すべき), a disability as the
  // measure of one's own luck (障がい者の方と比べて、健常者は恵まれています).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${DISMISSED}|外国(?:籍)?の(?:方|人)|移民|難民)(?:の(?:人|方))?(?:より(?:も)?|よりか)[、,]?[^。！？!?\\n]{0,20}?(?:を|が)(?:優先(?:すべき|して(?:ほしい|ください|もらいたい)|されるべき|するべき)|大事にすべき|先(?:だ|です|でしょう|やろ))|日本人(?:を|が)(?:優先(?:すべき|して(?:ほしい|ください|もらいたい)|されるべき|するべき)|先(?:だ|です|でしょう|やろ))`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => { const t = fo.slice(s.start, s.end); return !NAMES_PREJUDICE.test(t) && !PRESUMED_NOT.test(t) && !/という(?:考え|主張|声|意見)(?:は|に)/u.test(t) },
  },
  {
    rule: 'decency/stereotype',
    re: phrase(`(?:${DISABLED}|障(?:害|がい|碍)(?:者|のある(?:方|人))|車(?:椅子|いす)の(?:方|人)|難病の(?:方|人))[^。！？!?\\n]{0,30}?(?:自分|私たち|わたしたち|健常者|僕ら|我々)(?:は|が|って)[^。！？!?\\n]{0,10}?(?:恵まれて|幸せ(?:だ|者|です|なんだ)|ありがた(?:い|み))`),
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end).replace(/支援|サポート|介助/gu, '')) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)),
  },
  // A group declared watched (生活保護の受給者には、引き続き厳しく目を光らせてまいります).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:生活保護(?:の)?(?:受給者|受給世帯|を受けている(?:方|人|世帯))|受給者|外国人|外国籍の(?:方|人)|実習生|留学生|移民|難民|ホームレス|路上生活者|障(?:害|がい|碍)者|精神障(?:害|がい)(?:者|のある(?:方|人))|同性カップル|ひとり親家庭)(?:の方)?(?:に|には|を|に対して(?:は)?)[、,]?[^。！？!?\\n]{0,16}?(?:目を光ら|監視(?:し|を強化|いたし|して)|見張(?:り|っ|る)|マークし)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => { const t = fo.slice(s.start, s.end); return !/不正|違法|違反|虐待|詐欺|被害|見守/u.test(t) && !NAMES_PREJUDICE.test(t) && !PRESUMED_NOT.test(t) },
  },
  // A disabled person's ordinary life made an inspiration (障がいのある方が働く姿に、勇気と感動をもらいました).
  {
    rule: 'decency/stereotype',
    re: phrase('(?:障(?:害|がい|碍)|車(?:椅子|いす)|難病|自閉|ダウン症)[^。！？!?\\n]{0,20}?(?:働く|働いている|暮らす|暮らしている|生活する|生きる|通勤する|通学する|買い物する)(?:姿|様子)(?:に|から|を見て)[、,]?[^。！？!?\\n]{0,8}?(?:勇気|感動|元気をもら|元気をいただ|涙が)'),
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => !PRESUMED_NOT.test(fo.slice(s.start, s.end)) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  // Staff sold as beautiful (若くて美しい女性職員が皆さまをお迎えいたします).
  {
    rule: 'decency/lookism',
    re: phrase('(?:美しい|うつくしい|麗しい)(?:女性|女子|若手)?(?:職員|スタッフ|ガイド|コンパニオン|係員|受付嬢|看護師|保育士|案内係|船頭)'),
    instead: INSTEAD.lookism,
  },
  // An illness or a disability made a joke label (私も認知症かも（笑）, 完全にADHDですね笑, うつ病気味です笑).
  {
    rule: 'decency/insensitive',
    re: phrase(`(?:認知症|痴呆|adhd|発達障(?:害|がい)|自閉症|うつ病|鬱病|うつ|鬱|統合失調症|精神病|パニック障(?:害|がい)|適応障(?:害|がい))(?:かも|かな|っぽ|みたい|気味|確定|レベル|並み|ですね|やん|じゃん|だわ|やわ)[^。！？!?\\n]{0,6}?(?:[（(]笑[)）]|(?<=[ぁ-ゖ〜ー])笑(?![ぁ-ゖ一-龥])|${LAUGH_W}|[😂🤣😆😜😝])|完全に(?:adhd|発達|自閉|認知症|うつ)(?:ですね|だね|やね|じゃん|やん|[。！!]|$)`),
    instead: '病気や障がいを冗談の種にせず、正式な名称で、必要な情報だけを書いてください（例：「物忘れが気になる方は、地域包括支援センターにご相談ください」）',
    severity: 'warn',
    keep: (fo, s) => !SLUR_TALK.test(fo.slice(s.start, s.end)) && !AWARENESS.test(fo.slice(s.start, s.end)),
  },
]
/** A laugh that closes a remark: （笑）, 笑, ｗ, 😂 (not 笑顔, 笑い). */
const LAUGH_MARK = `[（(]笑[)）]|(?<![ぁ-ゖ一-龥])笑(?![ぁ-ゖ一-龥])|(?<=[ぁ-ゖ])笑(?=[\\s。！!？?、…〜ー]|$)|${LAUGH_W}|[😂🤣😆😝😜🤪]|(?<![一-龥])${GRASS_CUT}草(?![ぁ-ゖ一-龥])`
/** The sexes as a whole (男性, 女の人, おなご, 男衆); not 彼女, 長女, 少女. */
/** A fit for one sex that is a matter of the body or of a space (更年期の女性に適した体操, 女性専用): not a role. */
const SEX_FIT_OK = phrase('更年期|妊|産後|授乳|骨|体操|運動|健康|栄養|検診|健診|サイズ|婦人科|ホルモン|専用|限定|更衣|トイレ|浴場', 'u')
const SEXES = '(?:(?<![一-龥])(?:男性|女性|男の人|女の人|男ん人|女ん人|男子|女子|男衆|女衆|母親|父親|男|女)|おなご|ママ|パパ|お母さん|お父さん)'
/** Old people and their driving named (高齢ドライバー, 年寄りの運転, じいちゃんばあちゃん). */
const ELDERS = `(?:${AGED}|高齢(?:の)?(?:ドライバー|運転者)|(?:じい|ばあ)(?:ちゃん|さん)(?:や|と|・)?(?:(?:じい|ばあ)(?:ちゃん|さん))?|じじい|ばばあ|老い(?:ぼれ|耄れ))`
/** 部落 or 同和地区 as a place. */
const BURAKU_PLACE = '(?:旧)?同和(?:地区|地域)|被差別部落|(?<![一-龥])部落(?!差別|解放|問題|史)'
/** People a body may be teased of (職員, 係長, 先輩, …さん), not a mascot or an animal. */
const TEASED = '(?:職員|係長|課長|部長|室長|所長|局長|市長|副市長|議員|先輩|後輩|若手|新人|上司|同僚|スタッフ|担当(?:者)?|(?<![ぁ-ゖ])さん|くん|君|お兄さん|お姉さん|おじさん|おばさん|アナウンサー|ガイド|船頭|お母さん|お父さん|ママ|パパ|お客(?:さん|様|さま)|利用者|来庁者|来館者)'
const TEASED_RE = phrase(TEASED, 'u')
const BODY_TEASE_VETO = phrase(`赤ちゃん|園児|子ども|子供|着ぐるみ|きぐるみ|ゆるキャラ|キャラクター|マスコット|ぬいぐるみ|人形|猫|ねこ|犬|いぬ|鯉|こい|うなぎ|鳥|${DUCK105}|パンダ|金魚|健康|予防|検診|健診|医師|保健|生活習慣病|ダイエット教室|の(?:子|赤ちゃん)`, 'u')
/** Round 105: an animal or health topic for the children's-body reading, read on folded text (カモ and ペット were katakana there and never matched). */
const CHILD_BODY_OK105 = phrase(`豚|ぶた|牛|鯉|こい|猫|ねこ|犬|いぬ|魚|金魚|ひな|雛|うなぎ|${DUCK105}|パンダ|ペット|健康|予防|検診|健診|肥満対策|食育`, 'u')
/** A joke told of violence at home or of abuse: a warn of its own (虐待・暴力を茶化す). */
const ABUSE_JOKE = '虐待・暴力は冗談の種にせず、相談窓口など必要な情報だけを書いてください（例：「11月は児童虐待防止推進月間です。虐待かもと思ったら189へお電話ください」）'
/** Round 60: a body called round or swollen (まん丸, 丸々, でっぷり, 膨らんで). */
const ROUND60 = '(?:まん丸|真ん丸|まんまる|丸々|まるまる|丸く|まるく|丸い|まるい|でっぷり|ぽっこり|膨ら|ふくら|ころころ|ころっころ|たぷたぷ|ぷよぷよ|ぶよぶよ)'
/** … a full stomach after a meal in the sentence, not a figure (お腹いっぱい, 満腹, はち切れそう). */
const FULL60 = phrase('満腹|いっぱい|一杯|はち切れ|はちきれ|苦し', 'u')
/**
 * Round 20, checked after the groups (a group's own reading, usually a block, takes the span first): gender roles
 * assumed, 部落 as a place of bad repute or watched, a quoted age slur aimed at the readers is in `run`, the old
 * called a danger on the road, violence at home or abuse joked about, a staff member's body teased.
 */
const LATE_PHRASES: Phrase[] = [
  // A sex said to be the better fit for a task (男性の方が向いています, 女性のほうが適任, 女性には不向き, 男の人ん方が向いとる).
  {
    rule: 'decency/stereotype',
    re: phrase(`${SEXES}(?:の方|のほう|ん方|んほう|の皆さん|の方々)?(?:の方が|のほうが|ん方が|が|は|には|に)[、,]?(?:より|断然|絶対(?:に)?|やっぱり|やっぱ|やはり|どうしても|どちらかといえば|圧倒的に)?[、,]?(?:向いて|向いと|むいて|むいと|適して|適任|ふさわし|不向き|向かな|向かん|向いてな|合って(?:い|お)?ます|向き(?:です|だ|やけん|やろ|でしょう|ですね|かと|。))|${SEXES}(?:の方が|のほうが|ん方が|が)[、,]?(?:やっぱり|やっぱ|やはり|断然|絶対(?:に)?|圧倒的に|どうしても)?[、,]?(?:運転も|料理も|家事も|計算も)?(?:上手|得意|うまい|上手い|器用|不器用|下手|へた|苦手)(?:です|だ|や|でしょう|だろう|やろ|ですよね|ですね|よね|やけん|けん|なので|だから|ですから|に決まって|[。！!])|${SEXES}(?:の方|の皆さん|の皆様|の人)?(?:には|に)[、,]?(?:少し|ちょっと|やや|なかなか|どうしても|やっぱり|やはり)?(?:難し|むずかし|きつ|キツ|厳し|重|無理)(?:い|く|か|です|だ|やけん)?(?:かと(?:存じ|思い?)|と思(?!われ)|でしょう|だろう|やろ|ので|から|けん)|${SEXES}(?:の方|の人)?(?:じゃないと|でないと|やないと|じゃなきゃ|でなきゃ|でなければ|じゃなければ)[、,]?(?:無理|難し|むずかし|務まら|つとまら|できな|でけん|こなせ|だめ|ダメ)`),
    need: ['向い', '向か', '向き', 'むい', '適し', '適任', 'ふさわし', '合つて', 'ないと', 'なきや', 'なければ', '上手', '得意', 'うまい', '器用', '下手', 'へた', '苦手', '難し', 'むずかし', 'きつ', '厳し', '重い', '重く', '重か', '無理'],
    instead: INSTEAD.stereotype,
    severity: 'warn',
    // The presumption denied around it (と決めつけず, わけではありません), not in it (男性じゃないと無理).
    keep: (fo, s, a, b) => !PRESUMED_NOT.test(fo.slice(s.start, a) + '／' + fo.slice(b, s.end)) && !ROLE_TALK.test(fo.slice(s.start, s.end)) && !AWARENESS.test(fo.slice(s.start, s.end)) && !/(?:にも|も)[^。！？!?\n]{0,4}(?:男|女)/u.test(fo.slice(s.start, s.end)) && !SEX_FIT_OK.test(fo.slice(s.start, s.end)),
  },
  // Housework handed to the wife or the mother as hers (家事はやっぱり奥さんの担当, 子育てはお母さんの役目); round 41: the chore
  // told as a clause nominalised by の (家で献立を考えるのはやっぱりお母さんの仕事, お弁当を作るのは母親の役目), read outside the
  // clause for awareness (考える is in the clause, not a word of awareness).
  {
    rule: 'decency/stereotype',
    re: phrase('(?:家事|料理|炊事|洗濯|掃除|育児|子育て|介護|お茶出し|お茶くみ|買い物|家計|献立|(?:お)?弁当|食事|(?:朝|晩|夕)?(?:ご飯|ごはん)|夕飯|夕食|家のこと|送り迎え|世話|おむつ(?:替え|がえ)|後?片付け|皿洗い|洗い物|アイロン(?:がけ)?|裁縫|繕い物|寝かしつけ|寝かし付け|読み聞かせ|しつけ|躾|看病|宿題|家庭学習|お迎え|送迎|授業参観|参観日?|保護者会|pta|離乳食|沐浴|お風呂|着替え|面倒(?:を)?見る|遊び相手|健康管理|栄養管理)(?:[^。！？!?\\n、,]{0,10}?(?<=[うくすつぬぶむるぐ])の)?(?:は|って|なんて)[、,]?(?:やっぱり|やっぱ|やはり|当然|もちろん|結局|昔から|普通)?[、,]?(?:奥さん|奥様|妻|嫁|女房|かみさん|母親|お母さん|ママ|女性|女|主婦|おなご|(?:お)?(?:母|かあ|かー)ちゃん|おかん)(?:方|たち|陣)?(?:の|が|ん)(?:担当|仕事|役目|役割|務め|出番|領分|すること)(?!では|じゃ|とは限|ではな|と決め|という(?:思い込み|考え|固定))'),
    need: ['担当', '仕事', '役目', '役割', '務め', '出番', '領分', 'すること'],
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s, a, b) => !PRESUMED_NOT.test(fo.slice(s.start, s.end)) && !ROLE_TALK.test(fo.slice(s.start, s.end)) && !AWARENESS.test(fo.slice(s.start, a) + '／' + fo.slice(b, s.end)) && !rx('と(?:思|考)(?:つて|えて)?(?:い|お)?ませんか|ではないでしょうか').test(fo.slice(b, s.end)),
  },
  // Women told to come with a man or the family, or said unable on their own (女性の方はご主人と一緒に…がおすすめ, 女性だけでは大変).
  {
    rule: 'decency/stereotype',
    re: phrase(`(?<![一-龥ぁ-ゖ])(?:女性|女の人|女ん人|おなご|女)(?:の方|の皆さん|の皆様|の方々|お一人|ひとり)?(?:は|も)[、,]?[^。！？!?\\n]{0,10}?(?:ご家族|家族|ご主人|主人|旦那さん|旦那様|旦那|男性|男手|男の人|夫|お父さん)(?:の方)?(?:と|に|が)(?:一緒|ご一緒|同伴|付き添|つきそ|手伝|頼|相談)[^。！？!?\\n]{0,12}?(?:おすすめ|お勧め|お薦め|オススメ|安心|よい|いい|良い|無難|ください|下さい|ましょう|べき|方が|ほうが|願います)|(?<![一-龥ぁ-ゖ])(?:女性|女の人|おなご|女)(?:だけ|一人|ひとり|のみ|同士)(?:では|じゃ|で|やと|だと)(?:は)?(?:大変|難し|むずかし|無理|頼りな|心もとな|務まら|こなせ)`),
    need: ['一緒', '同伴', '付き添', 'つきそ', '手伝', '頼', '相談', '大変', '難し', 'むずかし', '無理', '心もとな', '務まら', 'こなせ'],
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => !/妊|産|授乳|検診|健診|婦人科|dv|暴力|避難|シェルター|夜|防犯|不審|暗い|帰り道|相談窓口/u.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)) && !AWARENESS.test(fo.slice(s.start, s.end)),
  },
  // 部落 or 同和地区 given a bad repute (昔から治安が悪いと言われる同和地区, 物騒な部落) or made the target of watching (同和地区を中心に…防犯カメラ).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:治安|柄|ガラ|がら|風紀|評判|素行|民度)(?:が|の|も|ん)?(?:悪|わる|(?:よく|良く|よろしく)な(?![っつりるれ]))(?:い|か|く)?[^。！？!?\\n]{0,16}?(?:${BURAKU_PLACE})|(?:怖|こわ|物騒|危な|あぶな|荒れ|貧し|汚|きたな|近寄りがた|近づきがた|いわくつき|曰く付き)[^。！？!?\\n]{0,12}?(?:${BURAKU_PLACE})|(?:${BURAKU_PLACE})(?:の)?(?:あたり|辺り|周辺|付近|界隈|近く|方面|方|ほう)?(?:は|って|も)[、,]?[^。！？!?\\n]{0,8}?(?:物騒|治安(?:が|も)?(?:悪|わる)|柄(?:が)?悪|ガラ(?:が)?悪|怖|こわ|危な|あぶな|荒れ|近寄ら|近づか|行かな|行かん)|(?:${BURAKU_PLACE})(?:を中心に|を重点(?:的)?に|に重点(?:的)?に|を集中的に|に集中して|では特に|は特に|周辺を(?:中心に|重点)|の周辺を重点)[^。！？!?\\n]{0,24}?(?:防犯|巡回|パトロール|警戒|監視|見回り|カメラ|警備|取り締ま|注意)|(?:防犯|巡回|パトロール|警戒|監視|見回り|カメラ|警備)[^。！？!?\\n]{0,24}?(?:${BURAKU_PLACE})(?:を中心に|を重点|に重点|を集中|に集中|では特に|を特に|周辺を重点)`),
    need: ['同和', '部落'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !/啓発|人権|講座|研修|学習|歴史|結びつけ|結び付け|(?:では|じゃ)(?:ない|ありません)/u.test(fo.slice(s.start, s.end)),
  },
  // A district pointed at and given a bad repute (あの地区は昔から治安が悪いと言われているので, あそこん集落は柄の悪か土地柄).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:あの|あそこの|あそこん|例の|某|向こうの|むこうの)(?:地区|地域|集落|辺り|あたり|辺|へん|界隈|団地|町内|土地)(?:は|って|も|ん)?[、,]?(?:昔から|もともと|元々|前から|代々)?[^。！？!?\\n]{0,10}?(?:治安|柄|ガラ|がら|民度|評判|土地柄)(?:が|も|の|ん)?(?:悪|わる|(?:よく|良く|よろしく)な(?![っつりるれ]))'),
    need: ['治安', '柄', 'がら', '民度', '評判'],
    instead: INSTEAD.discriminatory,
    severity: 'warn',
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !/(?:では|じゃ)(?:ない|ありません)|改善|よくなり|良くなり|払拭|変え/u.test(fo.slice(s.start, s.end)),
  },
  // The old called a danger on the road (高齢者の運転は凶器, 年寄りは走る凶器, 高齢ドライバーは危険なので) or told to give up and stay home (早く免許を返して家でおとなしく).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${ELDERS})[^。！？!?\\n]{0,16}?(?:走る凶器|動く凶器|凶器(?:そのもの|と化|に(?:なる|なり|なっ|等し)|同然|も同然|です|だ|や|である|でしか|なので|やけん|と(?:言|い|申し上げ)(?:って|っても|ても|える|えます))|殺人(?:マシン|マシーン|兵器|機械|予備軍)|人殺し(?:予備軍)?|事故予備軍|時限爆弾|走る棺桶|(?:テロ|兵器)(?:です|だ|や|同然))|(?:(?:${ELDERS})(?:の)?(?:ドライバー|運転者|運転|ハンドル|が運転する(?:の|車|クルマ)|の(?:車|クルマ))|高齢(?:の)?(?:ドライバー|運転者)|(?:${ELDERS})(?:に|が)(?:運転させる|運転する|ハンドルを握(?:らせ)?る|(?:車|自転車|バイク)に乗る|(?:一人|ひとり)で(?:出歩く|外出する))(?:の|こと))(?:は|って|なんて|なんか|、|,)[、,]?(?:もう|もはや|本当に|ほんとに|ほんと|正直|はっきり言って|やっぱり|やっぱ|やはり|ぶっちゃけ|マジで|まじで)?[、,]?(?:危険|危ない|あぶない|あぶなか|危なか|怖い|こわい|怖か|迷惑|脅威|事故のもと|事故の元)(?!な(?!ので|んで|んです|存在)|を|が|性|度|箇所|予知|運転)|(?:${ELDERS}|(?:[6-9６-９][0-9０-９]|[六七八九]十)(?:歳|才)以上(?:の(?:方|人))?)(?:は|なんか|なんて|って|も)[、,]?(?:全員|みんな|皆|一律に?)?[、,]?(?:車の)?(?:運転|ハンドル)(?:を|は)?(?:やめる|辞める|止める|控える|しない|させない|あきらめる|諦める)べき|(?:${ELDERS})(?:は|なんか|なんて|って|も)[、,]?[^。！？!?\\n]{0,20}?(?:(?:早く|早う|はよ|はよう|さっさと|とっとと|いい加減)[、,]?(?:免許|運転)|(?:家|うち|自宅)(?:で|に)[、,]?(?:おとなしく|大人しく|じっと|引っ込|ひっこ|こもっ)|おとなしく(?:家|うち|自宅|して|しと|しとけ|しとって|していて|していろ))`),
    need: ['べき', '凶器', '殺人', '人殺し', '予備軍', '爆弾', '棺桶', 'テロ', '兵器', '危険', '危な', 'あぶな', '怖', 'こわ', '迷惑', '脅威', '事故の', '早く', '早う', 'はよ', 'さつさと', 'とつとと', 'いい加減', 'おとなしく', '大人しく', 'じつと', '引つ込', 'ひつこ', 'こもつ'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !/と(?:言われ|いわれ|思われ|見られ)(?:がち|ること|るの)|(?:では|じゃ)(?:ない|ありません)|とは限ら/u.test(fo.slice(s.start, s.end)),
  },
  // Violence at home or abuse joked about (奥さんに叩かれているそうです（笑）, 子どもを叩いとります笑, ほぼ虐待レベルｗ).
  {
    rule: 'decency/abuse-joke',
    re: phrase(`(?:奥さん|奥様|嫁|妻|女房|かみさん|カミさん|家内|旦那|夫|主人|母ちゃん|かあちゃん|父ちゃん|とうちゃん|親父|おやじ|お袋|おふくろ|母親|父親|親|上司|課長|部長|係長|先輩|子ども|子供|息子|娘)(?:さん|様|さま)?(?:に|から)[^。！？!?\\nをが]{0,8}?(?:叩か|たたか|殴ら|なぐら|蹴ら|けら|ぶた|しばか|どつか|つねら|ビンタさ|はたか|引っぱたか|ひっぱたか|張り倒さ|投げ飛ばさ|手を(?:上げ|あげ)ら)れ[^。！？!?\\n]{0,30}?(?:${LAUGH_MARK})|(?:子ども|子供|うちの子|わが子|我が子|息子|娘|嫁|妻|女房|奥さん|旦那|夫|部下|新人)(?:を|に|は|も)[^。！？!?\\nをが]{0,14}?(?:叩い|たたい|叩き|殴っ|殴り|蹴っ|蹴り|ぶっ叩|しばい|しばき|どつい|どつき|ビンタ|手を上げ|手をあげ|げんこつ|ゲンコツ)[^。！？!?\\n]{0,24}?(?:${LAUGH_MARK})|(?:虐待|dv|ドメスティック・?バイオレンス|家庭内暴力|体罰|暴力)[^。！？!?\\n]{0,14}?(?:${LAUGH_MARK})|(?:夫婦|ふうふ)(?:げんか|喧嘩|ゲンカ|ケンカ|けんか)[^。！？!?\\n]{0,12}?(?:皿|茶碗|灰皿|フライパン|包丁|物)?(?:が|を)?(?:飛んで|飛ん|投げ|殴|蹴|手が出|取っ組み合い|流血|血を見)[^。！？!?\\n]{0,16}?(?:${LAUGH_MARK})|(?:叩か|殴ら|蹴ら|しばか|どつか)れ(?:て|た|る|と)[^。！？!?\\n]{0,16}?(?:${LAUGH_MARK})`),
    need: ['げんか', '喧嘩', 'けんか', '叩', 'たた', '殴', 'なぐ', '蹴', 'けら', 'ぶた', 'しば', 'どつ', 'つねら', 'びんた', 'はたか', '引つぱた', 'ひつぱた', '張り倒', '投げ飛ば', '手を上げ', '手をあげ', 'げんこつ', '虐待', 'dv', 'ばいおれんす', '暴力', '体罰'],
    instead: ABUSE_JOKE,
    severity: 'warn',
    keep: (fo, s, a, b) => !/太鼓|ドラム|生地|布団|肩を|手を叩|手をたた|拍手|ボール|キーボード/u.test(fo.slice(a, b)) && (/虐待|dv|ばいおれんす|暴力|体罰/u.test(fo.slice(a, b)) || /叩か|たたか|殴ら|蹴ら|しばか|どつか/u.test(fo.slice(a, b)) ? /虐待|dv|ばいおれんす|暴力|体罰|奥さん|奥様|嫁|妻|女房|かみさん|家内|旦那|夫|主人|母ちや|かあちや|父ちや|とうちや|親|上司|課長|部長|係長|先輩|家で|家では|うちでは|我が家|わが家/u.test(fo.slice(Math.max(0, s.start - 80), s.end)) : true),
  },
  // A person's body teased (ぽっちゃり体型すぎて画面に収まりきりません😂, お腹が出すぎて, チビの若手職員は…見えませんでした笑).
  {
    rule: 'decency/lookism',
    re: phrase(`(?:ぽっちゃり|ポッチャリ|太っちょ|太め|ふくよか|メタボ|デブ|でぶ|おデブ|巨漢|巨体|肥満|お腹|おなか|腹|ビール腹|太鼓腹|三段腹|体重|体格|図体|ガタイ|頭|髪|頭頂部|おでこ|(?:背|身長)(?:が|の|は)?(?:低|ちっちゃ|小さ)|チビ|ちび|ガリガリ|がりがり|顔|ケツ|尻|太り|肥え|痩せ|やせ)(?:体型|体形|気味|ボディ)?(?:が|の|は|も)?[^。！？!?\\n]{0,4}?(?:すぎ|過ぎ)(?:て|で|た|る)[^。！？!?\\n]{0,24}?(?:${LAUGH_MARK}|収ま|入りきら|入らな|入らん|はみ出|見えな|見えん|埋もれ|悲鳴|壊れ|きし|ライト|反射|まぶし|眩し|通れな|通れん|座れな|座れん|二人分|2人分|場所を取|沈|傾)|(?:ぽっちゃり|ポッチャリ|太っちょ|メタボ|デブ|でぶ|おデブ|巨漢|チビ|ハゲ|はげ|ガリガリ|がりがり|ふくよか|太め|太った|太ってる|太っとる)(?:体型|体形|気味)?(?:の|な)?${TEASED}[^。！？!?\\n]{0,30}?(?:${LAUGH_MARK})|(?:お腹|おなか|腹|体型|体形|顔|頭|あご|二重あご|腕|二の腕)(?:が|は|の|、)?[^。！？!?\\n]{0,6}?(?:タヌキ|たぬき|狸|豚|ブタ|力士|相撲取り|お相撲さん|風船|ドラム缶|ビヤ樽|樽|鏡餅|トド|セイウチ|カバ|ゴリラ|ダルマ|だるま|電球|ミラーボール)(?:の[^。！？!?\\n]{0,4}?)?(?:みたい|そっくり|のよう|並み)[^。！？!?\\n]{0,12}?(?:${LAUGH_MARK})|(?:(?:一回り|ひと回り|ふた回り|二回り)(?:大きく|でかく|デカく|丸く)|貫禄(?:が)?(?:つい|出て|増し)|(?:幸せ|中年|正月|コロナ)太り|(?:お腹|おなか)(?:が|も)?(?:ぽっこり|ポッコリ|たぷたぷ|タプタプ|ぷにぷに|プニプニ|ぶよぶよ|ブヨブヨ|出て))[^。！？!?\\n]{0,16}?(?:${LAUGH_MARK})|(?:あの|この|その)(?:体型|体形|体格|図体|お腹|おなか)で[^。！？!?\\n]{0,12}?(?:無理が|無理で|無理やろ|無理でしょ|きつ|キツ|入らな|入らん|着られな|似合わ|厳し)[^。！？!?\\n]{0,10}?(?:${LAUGH_MARK})`),
    need: ['すぎ', '過ぎ', 'ぽつちやり', '太つちよ', 'ふくよか', '太め', '太つ', 'めたぼ', 'でぶ', '巨漢', 'ちび', 'はげ', 'がりがり', 'みたい', 'そつくり', 'のよう', '並み', '体型で', '体形で', '体格で', '図体で', '回り', '貫禄', '太り', 'お腹', 'おなか'],
    instead: INSTEAD.lookism,
    severity: 'warn',
    keep: (fo, s, a) => (/^(?:あの|この|その)/u.test(fo.slice(a, a + 2)) || TEASED_RE.test(fo.slice(Math.max(0, s.start - 40), s.end))) && !BODY_TEASE_VETO.test(fo.slice(a, s.end)),
  },
  // Round 60: a person's belly, face or figure likened to any round thing and called round or swollen, with a laugh (R60A-119:
  // うちの課長、お腹がせいろ蒸しの蒸籠みたいにまん丸になっとります😂; 係長のお腹、スイカみたいにまん丸になってきました（笑）, 顔がおまんじゅうの
  // ごと丸々してきたばい😂, お腹は太鼓のように立派に膨らんでおります😆): lookism, whatever the thing; not a full stomach (風船みたいに
  // パンパン), not a thing or a child (スイカがボールみたいにまん丸, 赤ちゃんのほっぺ).
  {
    rule: 'decency/lookism',
    re: phrase(`(?:お腹|おなか|腹|顔|お顔|体型|体形|体|からだ|図体|あご|頬|ほっぺ|二の腕|背中|お尻)(?:が|は|の|も|、)?[^。！？!?\\n]{0,16}?(?:みたい|そっくり|のよう|並み|のごと|んごと|のごた|んごた)(?:に|な|な感じに)?[^。！？!?\\n]{0,8}?${ROUND60}[^。！？!?\\n]{0,20}?(?:${LAUGH_MARK})`),
    need: ['まん丸', '真ん丸', 'まんまる', '丸々', 'まるまる', '丸く', 'まるく', '丸い', 'まるい', 'でつぷり', 'ぽつこり', '膨ら', 'ふくら', 'ころころ', 'たぷたぷ', 'ぷよぷよ', 'ぶよぶよ'],
    instead: INSTEAD.lookism,
    severity: 'warn',
    keep: (fo, s, a) => TEASED_RE.test(fo.slice(Math.max(0, s.start - 40), s.end)) && !BODY_TEASE_VETO.test(fo.slice(a, s.end)) && !FULL60.test(fo.slice(s.start, s.end)),
  },
]
/** Round 21: what a disabled person, an elder or a foreigner is named by, where the others' comfort or a burden is said of them. */
const R21_GROUP = `${DISABLED}|車(?:椅子|いす)(?:の)?(?:方|人|利用者|ユーザー|お客様)|障(?:害|がい|碍)(?:者|児)|${AGED}|外国(?:人|籍の方|の方)|認知症の(?:方|人)|同性カップル|性的(?:少数者|マイノリティ)(?:の方)?|lgbtq?(?:の方)?|トランスジェンダー(?:の方)?|(?:hiv|エイズ)(?:に感染している|陽性の|感染者の|に感染した)?(?:方|人)|(?:hiv|エイズ)感染者|精神疾患(?:を)?(?:お持ちの|のある)(?:方|人)`
/** Sexual minorities named (同性カップル, 性的少数者, トランスジェンダーの方). */
const R21_ORIENT = 'lgbtq?|性的(?:少数者|マイノリティ)|同性(?:カップル|愛|婚|パートナー|同士)|ゲイ|レズビアン|バイセクシャル|トランスジェンダー|トランス(?:女性|男性)|性的指向'
/** The others whose comfort is weighed (他の利用者, 周りのお客様, 周囲). */
const R21_OTHERS = '(?:(?:他|ほか|周り|周囲|まわり|一般)の(?:利用者|お客様|お客さま|お客さん|方々|方|人|皆様|皆さま|皆さん|参加者|来場者|来館者|子ども|子供|お子さん|飼い主|入居者|患者|乗客|住民|避難者|入所者|来庁者|児童|生徒)(?:さん|たち|様)?|周り|周囲|まわり)'
/** Their supposed unease (気を遣う, 気まずい, 落ち着かない, 戸惑う), not denied (気を遣うことなく). */
const R21_UNEASE = '(?:気を(?:遣|使|つか)(?:う|い|われ|わせ|って)|びっくり(?:する|され|して|しま)|気まず|気兼ね(?:する|し(?:て|ま))|落ち着か|戸惑|とまど|困惑|身構え|緊張(?:する|され|して|しま)|怖が|こわが|怖がらせ|不安に(?:な|感じ|思|させ)|困らせ|居心地(?:が)?(?:悪|わる)|遠慮(?:する|され|して|しが|しちゃ))(?![^。！？!?\\n]{0,4}?(?:なく|ないよう|なくて|ずに|ず[、,]|ません|ない(?:で|よう)))'
/** What they are asked to do (平日に, 別の日に, 時間をずらして, お控えください). */
const R21_ASKED = '(?:お断り|(?:のみ|だけ)(?:の)?(?:ご)?(?:利用|使用)|に限らせ|(?:に|へ)(?:移って|移動して|お移り)(?:いただ|もら|ください)|別室|平日|午前中|早い時間|朝の|閉館間際|別の?(?:日|時間|曜日|会場|日程)|別日|空いて(?:いる|る)|少ない(?:時間|日)|時間(?:帯)?を(?:ずら|変え|分け)|控え|遠慮|お願い(?:します|いたします|致します|できれば|したい)|いただけ(?:ます|れば|ると)|ください|下さい|てほしい|て欲しい|もらえ)'
const R21_MASK = '[〇○●◯◎×✕✖*＊■□]'
const R21_MASK_NEED = ['〇', '○', '●', '◯', '◎', '×', '✕', '✖', '*', '＊', '■', '□']

/** Round 21, ahead of the groups (block; a group's milder reading must not take the span first). */
/** … and first of all (a round 19 reading of 普通の as a warn must not take the span): a group set against 普通の人. */
const R21_FIRST: Phrase[] = [
  // A sexual minority set against “ordinary people” (…なんて要らないという声もありますが、まあ普通の人が困らなければいい).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${R21_ORIENT}|${DISABLED}|障(?:害|がい|碍)者|外国(?:人|籍の方|の方))[^。！？!?\\n]{0,40}?(?<![方人者ルプ様族子][もと])普通の(?:人|方|方々|人たち|利用者|お客さん|お客様|家族|夫婦|カップル|家庭|子|男女|住民|市民|皆さん)(?:たち|達)?(?:が|は|に|を|の|も|だけ|には)?[^。！？!?\\n]{0,12}?(?:困|迷惑|不快|嫌が|優先|安心|気を遣|気をつか|我慢|犠牲|損|後回し|肩身|戸惑|驚|関係(?:ない|なか|ありません|ございません))|(?:${R21_ORIENT}|${DISABLED}|障(?:害|がい|碍)者|外国(?:人|籍の方|の方))[^。！？!?\\n]{0,40}?(?<![方人者ルプ様族子][もと])一般の(?:人|方|方々|利用者|お客様|お客さま|お客さん|市民|住民|皆さん|皆様)(?:が|は|に)[^。！？!?\\n]{0,8}?(?:困っ|困る|迷惑|不快|嫌が|戸惑|驚|気まず|気を遣|怖が)(?![^。！？!?\\n]{0,4}?(?:ない|なく|ず))|(?<![方人者ルプ様族子][もと])普通の(?:人|方|方々|人たち|利用者|お客さん|お客様|家族|夫婦|カップル|家庭|住民|市民)(?:たち|達)?(?:と(?:は)?(?:違|ちが)う|じゃない|ではない|でない)[^。！？!?\\n]{0,20}?(?:${R21_ORIENT})`),
    need: ['普通の', '一般の'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !/普通の[^。！？!?\n]{0,8}?として|同じように|同じく|と同じ/u.test(fo.slice(a, s.end)),
  },
]
const R21_EARLY: Phrase[] = [
  // A disabled person, an elder or a foreigner called a burden (車いすの方がいると避難が遅れて正直お荷物, 年寄りは足手まとい).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${R21_GROUP}|子連れ(?:の(?:方|人))?|妊婦(?:さん)?)[^。！？!?\\n]{0,30}?(?:(?<!の)|(?<=(?:社会|職場|地域|会社|チーム|みんな|家族|国|市|町|班|組織)の))(?:お荷物|厄介者|やっかい者|邪魔者|じゃま者|足手まとい|足手纏い|足でまとい|迷惑(?:でしか|な存在|以外の何))(?=で|です|だ|や|なん|でしか|にな|扱い|状態|以外|みたい|そのもの|[。！!、…]|$|[^ぁ-ゖ一-龥])`),
    need: ['荷物', '厄介者', 'やつかい者', '邪魔者', 'じやま者', '足手', '足で', '迷惑で', '迷惑な', '迷惑以外'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(b, s.end)) && !/^(?:扱い)?(?:さ|に)?(?:れ|な)?[^。！？!?\n]{0,6}?(?:ない|なく|ません|ではと|のでは|と(?:心配|不安|悩|気に))/u.test(fo.slice(b, s.end)) && !/どころか/u.test(fo.slice(s.start, s.end)),
  },
  // A group asked to come another day so that the others need not feel awkward (…が来られると他の利用者が気を遣うため、平日の利用を).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${R21_GROUP})[^。！？!?\\n]{0,30}?${R21_OTHERS}(?:が|に|も|の方が)?[^。！？!?\\n]{0,6}?${R21_UNEASE}[^。！？!?\\n]{0,24}?${R21_ASKED}|${R21_OTHERS}(?:が|に|も|の方が)?[^。！？!?\\n]{0,6}?${R21_UNEASE}[^。！？!?\\n]{0,10}?(?:ので|ため|から|けん)[、,]?[^。！？!?\\n]{0,10}?(?:${R21_GROUP})[^。！？!?\\n]{0,20}?${R21_ASKED}`),
    need: ['気を遣', '気を使', '気をつか', 'びつくり', '気まず', '気兼ね', '落ち着か', '戸惑', 'とまど', '困惑', '身構え', '緊張', '怖が', 'こわが', '不安に', '居心地', '遠慮'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !/専用|貸切|貸し切り|気兼ねなく/u.test(fo.slice(s.start, s.end)),
  },
  // The old presumed unable to understand (高齢者の方は何度説明しても理解が難しいので, お年寄りには操作が無理なので…ご家族が代わりに).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${ELDERS})(?:の方|の皆さん|の皆様)?(?:は|って|には|なんて|なんか)[、,]?[^。！？!?\\n]{0,12}?(?:(?:何度|何回|いくら|なんぼ|なんべん|何べん)(?:も)?(?:ご|お)?(?:説明|言|いっ|いう|教え|話|伝え|案内)[^。！？!?\\n]{0,6}?(?:も|ても|たって)[、,]?[^。！？!?\\n]{0,10}?(?:理解|わから|分から|覚え(?:られ|ん|な)|伝わら|通じ|忘れ)[^。！？!?\\n]{0,30}?(?:代わり|代理|代わって|代行|てあげ|意味(?:が|は)?(?:ない|なか|ありません)|無駄|むだ|ムダ|ご遠慮|お断り|来ないで|来んで|(?:ご家族|家族|息子さん|娘さん|お子さん|お孫さん|若い(?:方|人))[^。！？!?\\n]{0,10}?(?:来てもら|来ていただ|お越しいただ|同伴|付き添|つきそ))|(?:理解|判断|把握|操作|使い方|説明|仕組み|内容|手続き|申請|スマホ|ネット|パソコン|機械|アプリ)(?:する(?:の|こと))?(?:が|は|も)?[^。！？!?\\n]{0,6}?(?:難し|むずかし|無理|でき(?:ない|ません|ん)|わから(?:ない|ん)|分から(?:ない|ん)|ついていけ(?:ない|ん))(?:い|く|か)?(?:です|でしょう|と思われます|かと思います|と思います)?(?:ので|から|ため|けん|し(?=[、,]))[、,]?[^。！？!?\\n]{0,30}?(?:ご家族|家族|若い(?:方|人|世代)|お子さん|お孫さん|息子さん|娘さん|周り|周囲)[^。！？!?\\n]{0,16}?(?:代わり|代理|代わって|代行|てあげ|やってもら|してもら|やっていただ|していただ|任せ))`),
    need: ['代わり', '代理', '代わつて', '代行', 'てあげ', '意味', '無駄', 'むだ', '遠慮', 'お断り', '来ないで', '来んで', '来てもら', '来ていただ', 'お越しいただ', '同伴', '付き添', 'つきそ', 'てもら', 'ていただ', '任せ'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)) && !/場合|方(?:も|が)(?:多|い|おら)/u.test(fo.slice(a, b)),
  },
  // 部落 masked (部〇, ぶ〇く, 同〇地区) as a place or an origin (昔から部〇の地区なので、反対もそれほど出ない).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?<![一-龥ー])(?:部${R21_MASK}|ぶ${R21_MASK}く|ぶら${R21_MASK})(?!${R21_MASK})(?=の|出身|地区|地域|民|だ|で|や|な|ん|っぽ|みたい|[、。！？!?\\s]|$)|(?<![一-龥ー])(?:同${R21_MASK}|${R21_MASK}和)(?:地区|地域)(?=の|出身|が|は|に|を|と|も|だ|で|や|な|ん|[”」』"、。！？!?\\s]|$)|(?<![一-龥ー〇○●◯◎×✕✖*＊■□])${R21_MASK}落(?:出身|民|の(?:人|方|地区|者|出)|だから|やけん|なので)`),
    need: R21_MASK_NEED,
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !BURAKU_VETO.test(fo.slice(s.start, s.end)) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  // 部落 or 同和地区 presumed not to object to an unwanted facility (昔から部落の地区なので、反対もそれほど出ない).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${BURAKU_PLACE})[^。！？!?\\n]{0,16}?(?:から|ので|ため|けん|だし|やし)[、,]?[^。！？!?\\n]{0,12}?(?:反対|苦情|文句|抵抗|異論|クレーム)(?:の声)?(?:も|が|は)?[^。！？!?\\n]{0,8}?(?:出な|出ん|出ませ|少な|起きな|起こらな|来な|こな|ない|なか|ありません)`),
    need: ['反対', '苦情', '文句', '抵抗', '異論', 'くれーむ'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !BURAKU_VETO.test(fo.slice(s.start, s.end)) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
]

/** Round 21, after the groups (warn). */
const R21_LATE: Phrase[] = [
  // A foreign country's food mocked (出張先の国では虫を食べる料理が多いらしいので…お腹が心配です（笑）, あっちの国の料理は臭くて).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${NATION}|(?:あの|その|例の|某|向こうの|むこうの|よその|出張先の|訪問先の|行き先の|旅行先の|視察先の|相手の)国|現地|異国|あっち|あちら)[^。！？!?\\n]{0,24}?(?:(?:虫|昆虫|幼虫|イナゴ|コオロギ|犬|猫|カエル|蛙|ネズミ|ヘビ|蛇|猿|ゲテモノ|げてもの|ゲテ物|変なもの|変なモン|得体の知れない)(?:を|も|まで|なんか|なんて|ばかり|ばっかり|の)?[^。！？!?\\n]{0,6}?(?:食べ|食う|食っ|食わ|喰|料理|売って|売られ|並んで|並べ|出され|出て(?:く|き))|(?:何でも|なんでも)(?:食べる|食う)(?:って|らしい|そう|んでしょ|んですよね|と(?:言|聞|い)))[^。！？!?\\n]{0,30}?(?:${LAUGH_MARK}|心配|気持ち悪|気色悪|きもい|キモ|ありえ|あり得|信じられ|ドン引き|おぇ|オエ|勘弁|怖|こわ|お腹(?:を)?壊|腹(?:を)?壊|野蛮|未開)|(?:${NATION}|(?:あの|その|例の|某|向こうの|むこうの|あっちの|よその|出張先の|訪問先の)国)(?:人|の(?:人|方))?(?:の|って|は|ん)?(?:料理|食べ物|食文化|ご飯|飯|メシ|食事)(?:は|って|なんて|なんか|も)?[^。！？!?\\n]{0,12}?(?:臭(?:い|く|か)|くさ(?:い|く|か)|気持ち悪|気色悪|きもい|キモい|まず(?:い|く|か|そう)|不味|ゲテモノ|げてもの|野蛮|食えたもん|食べられたもん|犬の餌|豚の餌|人間の食べ(?:物|もの|る(?:もの|物))(?:じゃ|では|や)な|人の食べる(?:もの|物)(?:じゃ|では|や)な)`),
    need: ['虫', 'いなご', 'こおろぎ', '犬', '猫', 'かえる', '蛙', 'ねずみ', 'へび', '蛇', '猿', 'げてもの', 'げて物', '変なも', '得体', '何でも', 'なんでも', '人間の食べ', '人の食べる', '臭', 'くさ', '気持ち悪', '気色悪', 'きもい', 'まず', '不味', '野蛮', '食えた', '食べられた', '餌'],
    instead: INSTEAD.discriminatory,
    severity: 'warn',
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !/理解を|多様性|尊重|共生|学ぶ|学び|交流|昆虫食|食料問題|食糧問題|sdgs|栄養|たんぱく|タンパク|料理教室|試食会|体験/u.test(fo.slice(s.start, s.end)),
  },
  // Volunteers of one age or sex called dull and others wanted (おばちゃんばっかりで華がないので、若い女子大生の参加を待ってます).
  // Blind R250G-031 kind (dec7): …or a crowd of one age and sex mocked by its average age (おばはんばっかりで平均年齢エグかった; the
  // squeezed view reads it spaced out, お ば は ん).
  {
    rule: 'decency/stereotype',
    re: phrase(`(?:おばちゃん|おばさん|おじさん|おじちゃん|おっさん|おっちゃん|おばはん|年寄り|お年寄り|高齢者|年配(?:の(?:方|人))?|シニア|じいさん|ばあさん|じいちゃん|ばあちゃん|(?<![一-龥])男|男性|男衆|(?<![一-龥])女|女性|主婦|ママ|パパ|お母さん|お父さん|母親|父親|おなご|中年|アラフィフ|アラカン)(?:の(?:方|人))?(?:たち|陣|さん)?(?:ばかり|ばっかり|ばっか|だらけ|ばかし|ばっかし|しか(?:い|お)(?:ない|らん|らず|ません))(?:なので|なんで|やけん|で|だと|だから|じゃ|では)?[、,]?[^。！？!?\\n]{0,10}?(?:平均年齢(?:が|も|は)?[、,]?(?:エグ|えぐ|ヤバ|やば|ヤヴァ|爆上が)|華(?:が|も)?(?:ない|なか|無い|欠け|ありません)|花(?:が|も)?(?:ない|なか|無い|ありません)|華やかさ(?:が|に)?(?:ない|欠け|足りな)|むさくるし|むさ苦し|むさい|潤いが(?:ない|なか|無い)|うるおいが(?:ない|なか)|色気(?:が|も)?(?:ない|なか|無い)|加齢臭|若さ(?:が)?(?:ない|足りな)|絵にならな|映えな|ばえな|見栄えが(?:悪|しな))|(?:華|花|彩り|潤い|うるおい|色気|若さ)(?:が|を)?(?:ない|なか|無い|欲しい|ほしい|足りない)[^。！？!?\\n]{0,24}?(?:若い|ピチピチ|ぴちぴち|かわいい|可愛い|美人の)?(?:女子大生|女子高生|女子学生|jk|jd|女の子|娘さん|お姉さん|ギャル|若い(?:女性|子|女子|方|人))(?:の|が|に|さん)?[^。！？!?\\n]{0,10}?(?:参加|応募|来て|待って|お待ち|募集|大歓迎|求む|ほしい|欲しい)`),
    need: ['華', '花', '彩り', '潤い', 'うるおい', '色気', '加齢臭', '若さ', 'むさ', '絵になら', '映えな', 'ばえな', '見栄え', '平均年齢'],
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !ROLE_TALK.test(fo.slice(s.start, s.end)),
  },
  // Children's bodies laughed at (太ってる子がもっと太っちゃうかも（笑）, うちの子はぶくぶく太って笑).
  {
    rule: 'decency/lookism',
    re: phrase(`(?:太って(?:る|いる|た|とる)|太め|太っちょ|ぽっちゃり|デブ|でぶ|おデブ|肥満|メタボ|チビ|ちび|ガリガリ|がりがり)(?:の|な|した)?(?:子|子ども|子供|お子さん|お子様|児童|生徒|園児|男の子|女の子|男子|女子|坊や)(?:たち|ら|達)?(?:が|は|も|って|なんか|なんて)?[^。！？!?\\n]{0,30}?(?:${LAUGH_MARK})|(?<![一-龥])(?:子|子ども|子供|お子さん|児童|生徒|園児|うちの子|息子|娘|孫)(?:たち|ら|達)?(?:が|は|も)[^。！？!?\\n]{0,16}?(?:太っ|太る|太り|肥え|ぶくぶく|ぶよぶよ|ぽっちゃり|デブ|でぶ|メタボ|おデブ|横に(?:大きく|成長|広が))[^。！？!?\\n]{0,20}?(?:${LAUGH_MARK})`),
    need: ['太', 'ぽつちやり', 'でぶ', '肥満', 'めたぼ', 'ちび', 'がりがり', '肥え', 'ぶくぶく', 'ぶよぶよ', '横に'],
    instead: INSTEAD.lookism,
    severity: 'warn',
    keep: (fo, s) => !CHILD_BODY_OK105.test(fo.slice(s.start, s.end)) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
]
/** Folded keep tests of round 22 (the folded view spells katakana as hiragana), compiled once. */
const RX = new Map<string, RegExp>()
function rx(src: string): RegExp {
  let re = RX.get(src)
  if (!re) RX.set(src, (re = phrase(src, 'u')))
  return re
}
/** Round 22: groups a presumption is stated of (外国人住民の方は, 女性職員は, ひとり親家庭のお子さんは, 発達障害のあるお子さんは). */
const R22_GROUP = `外国(?:人|籍)(?:住民|労働者|観光客)?(?:の(?:方|人|皆さん|皆様|皆さま))?|(?:${NATION})(?:人|籍|系|出身)(?:の)?(?:実習生|留学生|労働者|住民|観光客)?(?:の(?:方|人))?|在日(?:の方|の人)?|(?:母子|父子|ひとり親|一人親|片親)(?:家庭|世帯)(?:の(?:子|子ども|子供|お子さん|お子様))?|シングル(?:マザー|ファザー)(?:の(?:方|人|皆さん))?|シングル(?:マザー|ファザー)(?:の)?(?:家庭|世帯)(?:の(?:子|子ども|子供|お子さん))?|(?:女性|男性|女子|男子)(?:職員|社員|スタッフ|従業員)|(?:生理中|妊娠中|更年期)の(?:女性)?(?:職員|方|人|女性)?|(?:発達|知的|精神|身体)障(?:害|がい|碍)(?:者|児)?(?:の(?:ある|お持ちの)(?:方|人|子|お子さん|お子様))?|障(?:害|がい|碍)(?:者|児)|障(?:害|がい|碍)(?:の)?(?:ある|お持ちの)(?:方|人|子|お子さん|お子様|児童|生徒|子ども|子供|職員|社員)|精神疾患(?:を)?(?:お持ちの|持っている|持ってる|抱えている|抱える|のある|の)?(?:方|人)|生活保護(?:の)?(?:受給者|受給世帯|を受けて(?:いる|る)(?:方|人))|生活保護(?:の|を受けとる|をもらって(?:いる|る))(?:人|方|世帯)|高齢(?:の)?(?:ドライバー|運転者)|高齢者|お年寄り|年寄り|若者|最近の若い(?:人|子|方)|若い(?:人|子)|ゆとり世代|(?<![一-龥])(?:女性|男性)(?=は|って)`
const R22_GROUP_RE = phrase(R22_GROUP, 'u')
/**
 * Blind R247T-029 / R250G-030 kind (dec7): visitors named by their country (韓国からのお客さま, 外国の方, 海外からの観光客): the group a
 * fault is presumed of in the rule below, as 外国人の方 was.
 */
const R22_VISITORS_D7 = `(?:外国|${NATION})(?:から)?の(?:お客(?:さま|様|さん)|観光客|旅行者|団体(?:客)?|方々|方|人たち|人)`
/** Groups and their facilities that residents' fears name (障害者施設, グループホーム, 同性カップル, 外国人). */
const R22_GRP = '障(?:害|がい|碍)(?:者|児)|障(?:害|がい|碍)(?:の)?(?:ある|お持ちの)(?:方|人|子)|精神(?:障(?:害|がい)|疾患)|グループホーム|福祉施設|更生保護|同性(?:カップル|愛|婚|パートナー)|lgbtq?|性的(?:少数者|マイノリティ)|トランス(?:ジェンダー|女性)|外国人|外国籍|在日|実習生|移民|難民|生活保護|ホームレス|路上生活'
const R22_GRP_PHRASE = phrase(R22_GRP, 'u')
/**
 * Blind R247T-029 / R250G-030 kind (dec7): also a nuisance pinned on visitors of a nationality (値切る, ゴミを捨てる方が多い, ポイ捨てが
 * 目立つ, 大声で騒ぐ, 列に並ばない), given as shopkeepers' advice or as hearsay.
 */
/** A fault presumed of the whole group (ルールを守らない, 不備が多い, ミスが増え, 出産を機に退職, 集団行動が苦手, 寂しい思い). */
const R22_FAULT = `(?:ルール|決まり|きまり|マナー|約束|時間|期限|順番)(?:を|が|も)?(?:守ら|守れ)(?:ない|ず|なく|ん)(?!と|場合|なら|よう)|(?:不備|ミス|間違い|記入漏れ|遅刻|欠勤)(?:が|も)?(?:多|増え|目立|起き|起こ|相次)|トラブル(?:を|も)?(?:起こ|招)|(?:結婚|出産|妊娠)(?:や(?:結婚|出産|妊娠))?を機に[^。！？!?\\n]{0,6}?(?:退職|辞め|やめ)|すぐ(?:に)?(?:辞め|やめ|休|いなくな)|(?:学力|成績|意欲|能力|集中力|責任感)(?:が|も)?(?:低(?!下)|劣|足りな|不足|続かな|欠け)|(?:集団行動|団体行動|集団生活|人付き合い|みんなと同じこと)(?:が|は)?(?:苦手|できな|できん)|(?:寂し|さみし|淋し)い思い|愛情(?:が)?(?:足りな|不足)|(?:教育|子ども|子供|習い事)に(?:お金|費用)(?:を|が)?(?:かけられ|かけれ)(?:ない|ん|ず)|感情的に(?:なり|な)(?:やす|が)|ヒステリ|すぐ(?:に)?(?:泣|キレ|きれ|怒)|(?:働く|やる)(?:意欲|気)(?:が|も)?(?:ない|なか|低)|働こうとし(?:ない|ません)|怠け|なまけ|(?:部屋|台所|共用部)?を?(?:汚く|汚して)使|値切(?:る|り|っ|ろう|られ)|(?:ゴミ|ごみ)(?:を)?(?:ポイ)?(?:捨て|すて)(?:る|て(?:いく|行く|帰る|いかれる))(?:方|人)?(?:が|も)?(?:多|目立)|ポイ捨て(?:を)?(?:する)?(?:方|人)?(?:が|も)(?:多|目立)|(?:大声で|大きな声で)(?:騒|さわ)|列に並ば(?:ない|ず)|(?:順番|列)(?:に)?割り込`
const R22_LAUGH = phrase(LAUGH_MARK, 'u')
const R22_SOME = phrase('(?:方|人|場合|ケース|こと|お子さん)(?:も|が)(?:ある|あり|いる|い(?:ます|らっしゃ)|おられ)|とは限ら|一部の', 'u')

/** Round 22, before the other phrases (block). */
const R22_EARLY: Phrase[] = [
  // A district called home of rough people (北新町のほうは昔から柄の悪い人が多い地域).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:町|地区|地域|集落|団地|校区|のほう|の方|あたり|辺り|界隈)(?:は|って)[、,]?[^。！？!?\\n]{0,10}?(?:柄|ガラ|がら|民度|治安|品)(?:の|が)(?:悪い|わるい|悪か|良くない|よくない)(?:人|連中|者|住民|家|地域|地区|ところ|所|町|場所|エリア)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => !PRESUMED_NOT.test(fo.slice(a, b + 24)) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  // Slurs for welfare recipients and for the Chinese split by a space (生 ポ, シ ナの方々): the squeezed view keeps the scripts.
  {
    rule: 'decency/discriminatory',
    re: /(?<![一-龥ァ-ヶｦ-ﾟ])(?:生|ナマ|なま)[ 　]?ポ(?![ァ-ヶｦ-ﾟ])|(?<![ァ-ヶｦ-ﾟ東南])シ[ 　]?ナ(?=人|の(?:方|人|連中|奴|やつ|国)|から来|料理)|(?<![ァ-ヶｦ-ﾟ])エ[〇○●◯◎×✕✖*＊■□]タ(?=の|や|部落|出身|だ|って|と)|(?<![ァ-ヶｦ-ﾟ])ヨ[〇○●◯◎×✕✖*＊■□](?=って|と(?:言|いわ|呼))/gu,
    instead: INSTEAD.discriminatory,
    squeezed: true,
  },
  // Harassment or assault put on the victim (女性職員のほうも笑って流すくらいの余裕がほしい, 露出の多い服装は痴漢を招きます).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:セクハラ|性被害|痴漢|わいせつ|盗撮|性犯罪|ハラスメント)[^。！？!?\\n]{0,50}?(?:笑って(?:流|受け流|済ま)|受け流(?:す|せる)(?:くらい|ぐらい)|余裕が(?:ほしい|欲しい|あれば)|大げさ|大袈裟|気にしすぎ|騒ぎ(?:すぎ|過ぎ)|過剰反応|被害者ぶ|(?:くらい|ぐらい)で(?:騒|文句|訴え)|大人の対応を|隙が(?:ある|あった)|スキが|自業自得|自己責任|誘っ(?:ている|てる)ようなもの)|(?:露出の多い|肌の見える|肌を出した|派手な|薄着の)(?:服装|格好|服)(?:は|が)[^。！？!?\\n]{0,8}?(?:痴漢|性被害|性犯罪|被害)(?:を|に)?(?:招|誘|呼)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => !PRESUMED_NOT.test(fo.slice(a, b + 16)) && !rx('ません|ない(?:でください|です)|せず|さず|せない|さない|ずに|なくて(?:いい|よい|大丈夫)|ではなく|責任はありません|悪くありません').test(fo.slice(b, b + 16)),
  },
]
/** Round 22 (decd: implicit prejudice), after the groups. */
const R22: Phrase[] = [
  // 部落差別 said to be over, raising it blamed (部落差別の問題は、もう昔の話です。…蒸し返す).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:部落差別|同和問題|部落問題|部落)(?:の問題)?(?:は|って|なんて|なんか)[、,]?(?:もう|すでに|既に|とっくに|今は|今では|いまは|もはや)?[^。！？!?\\n]{0,4}?(?:昔の(?:話|こと|問題)|過去の(?:話|こと|もの|問題)|存在しな(?!くな)|存在しません|なくなっ|無くなっ|終わっ|解決済)|寝た子を起こす(?:な|べきでは|必要は|ことに)|(?:いつまでも|わざわざ)[^。！？!?\\n]{0,6}?蒸し返'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => !rx('^(?:てい|てお|て)?(?:ません|ない|ず|なか|りません)|^[^。！？!?\\n]{0,3}?(?:と|って)(?:思|考|言|いわ|され|見られ|感じ)|^[^。\\n]{0,12}?[？?]').test(fo.slice(b, b + 16)) && !rx('今も|いまも|現在も|依然|いまだ|未だ').test(fo.slice(a, b)) && !rx('(?:では|じゃ)(?:ない|なく|ありません|ございません)|とは(?:言え|いえ|限ら)(?:ません|ない)|と(?:思われ|言われ|いわれ|考えられ)(?:がち|てき|ている|る)|という(?:誤解|偏見|思い込み|考え)|誤解|思い込み|いまだに|今も|現在も|残って|根強').test(fo.slice(b, b + 30)) && rx('部落|同和|差別').test(fo.slice(Math.max(0, s.start - 60), s.end)) && !rx('啓発|人権|解消|研修|講演').test(fo.slice(s.start, s.end)),
  },
  // A fault presumed of a whole group as a fact or the reason for a measure (外国人住民の方はゴミ出しのルールを守らないことが多いため,
  // 女性職員は出産を機に退職することが多いため, 発達障害のあるお子さんは集団行動が苦手なので, 母子家庭は…学力が低くなりがち).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${R22_GROUP}|${R22_VISITORS_D7})(?:の方|の人|さん)?(?:は|って|には|の(?:方の)?(?:ご相談|申請|手続き|転入手続き|書類)は)[、,]?[^。！？!?\\n]{0,24}?(?:${R22_FAULT})[^。！？!?\\n]{0,14}?(?:ので|ため|から|けん|がち|傾向|ことが多|ことも多|ものです|ですよね|よね|やろ|でしょう|である|です|だ(?=[。！!、]|$|よ|ね|し)|や(?=[。！!、]|$|ね|けん)|(?<=[いすずんだ])(?:[。！!]|$))`),
    need: ['守ら', '守れ', '不備', 'ミス', '間違い', '記入漏れ', 'トラブル', '盗難', '遅刻', '欠勤', 'を機に', 'すぐ', '学力', '成績', '意欲', '能力', '集中力', '責任感', '集団行動', '団体行動', '集団生活', '人付き合い', 'みんなと同じ', '寂し', 'さみし', '淋し', '愛情', 'かけられ', 'かけれ', '感情的', 'ヒステリ', 'すぐ', '意欲', 'やる気', '働く気', '働こうと', '怠け', 'なまけ', '汚く', '汚して', '値切', 'ゴミ', 'ごみ', 'ポイ捨て', '大声', '大きな声', '並ば', '割り込'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => { const t = fo.slice(s.start, s.end); const m = fo.slice(a, b + 20); return !NAMES_PREJUDICE.test(t) && !PRESUMED_NOT.test(m) && !R22_SOME.test(m) && !rx('詐欺|被害|巻き込|狙われ|悪質|犯罪に遭|ねらわれ').test(t) && !rx('啓発|男女共同参画|ジェンダー|固定観念|現状を(?:変え|改め)|見直|両立').test(t) },
  },
  // A city that puts Japanese first or admits only Japanese speakers (日本人の方を優先して受付, 日本語で日常会話ができる方に限らせていただきます).
  {
    rule: 'decency/discriminatory',
    re: phrase(`日本(?:人|国籍)(?:の(?:方|皆さん|皆様|お客様|住民))?(?:を|が|から)[^。！？!?\\n]{0,4}?(?:優先|先に|順に|順番に)|(?:外国|${NATION})[^。！？!?\\n]{0,30}?日本人(?:の)?(?:保証人|連帯保証人|同伴者|付き添い|家族)(?:が|を|の)[^。！？!?\\n]{0,12}?(?:限り|限ら|条件と)|日本語(?:が|の)(?:不自由な|できない|話せない|分からない|わからない|苦手な)(?:方|人)(?:の|は)[^。！？!?\\n]{0,12}?(?:ご遠慮|お断り|不可|できません|受け付けて(?:おりません|いません)|限らせ)|日本(?:人|国籍の方)(?:の方)?(?:に|のみ|だけ)(?:限ら|限り|限定)|日本語(?:で|が)[^。！？!?\\n]{0,10}?(?:できる|話せる|分かる|わかる|通じる)(?:方|人)(?:に|のみ|だけ)(?:限ら|限り|限定|とさせ)`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => { const t = fo.slice(s.start, s.end); return !AWARENESS.test(t) && !SAFETY.test(t) && !rx('ではありません|ではなく|かかわらず|関わらず|問わず|しません|いたしません|同じ|どなたでも|区別なく|分け隔てなく').test(t) && (rx('優先|先に').test(fo.slice(a, b)) || !rx('ボランティア|通訳|翻訳|講師|ガイド|教室|クラス|講座|試験|検定|公務員|消防|警察|選挙|議員').test(t)) },
  },
  // An inquiry into origins (本籍地…ご家族の出身地も含めて確認, 在日の方…通名と本名の両方を確認).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:結婚|婚活|縁談|お見合い|交際|在日|ご両親|ご家族|親族|相手方)[^。！？!?\\n]{0,40}?(?:本籍|出身地|出自|本名|通名|家柄|身元)[^。！？!?\\n]{0,30}?(?:確認|提出|分かる|わかる|調査|調べ|お聞き|伺|お知らせ|ご記入|記入|教えて|申告)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, _a, b) => !SURVEY_TOLD107.test(fo.slice(s.start, s.end)) && !exposureCondemned(fo.slice(b, s.end)) && !condemnedNext60(fo, s) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !ORIGINS_NAMED.test(fo.slice(s.start, s.end + 80)) && !rx('(?:なぜ|どうして|どのような|どんな)[^。！？!?\\n]{0,6}?問題|問題(?:なのか|なの|か)|考えてみ|身元調査(?:は|を)|お断り|しません|いたしません|行いません|(?:こと|の)(?:は|も)(?:ありません|ない|ございません)|不要|必要ありません|ございません|記載(?:は)?不要|パスポート|旅券|住民票|戸籍謄本の請求|相続').test(fo.slice(s.start, s.end)),
  },
  // A district hinted at by its "circumstances" before buying land (地区によって昔からの"事情"がある所も…土地を購入される前に).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:地区|地域|土地|場所|集落|町内)(?:によって|には|にも|では)[^。！？!?\\n]{0,12}?(?:昔から|古くから|いろいろ|色々)(?:の)?[“"「『”]?(?:事情|いわく|曰く|歴史)[”"」』“]?(?:が|の)(?:ある|あり)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => { const t = fo.slice(s.start, Math.min(fo.length, s.end + 80)); return rx('購入|買|住|移住|土地|物件|聞いて|調べ|確認').test(t) && !NAMES_PREJUDICE.test(t) && !rx('文化財|史跡|伝統|祭り|まつり|歴史散策|郷土史').test(t) },
  },
  // A facility for a group said to lower land prices or safety (障害者施設ができると地価が下がる).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:障(?:害|がい|碍)(?:者)?|精神|福祉|知的|外国人|更生|保護|グループ)(?:の)?(?:施設|ホーム|住宅|寮|作業所)[^。！？!?\\n]{0,20}?(?:地価|資産価値|不動産価値|土地の(?:値段|価格)|治安|住環境)(?:が|も)?(?:下が|落ち|悪化|悪くな|下落|乱れ)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !DENIED.test(fo.slice(b, b + 40)) && !rx('根拠(?:は|が)?(?:な|あり)|ことはありません|事実はありません|ではありません').test(fo.slice(b, b + 40)),
  },
  // Crime tied to a people (ベトナム人実習生による盗難が相次いでいる).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${NATION})(?:人|籍|系)?(?:から(?:の|来た))?(?:の)?(?:実習生|留学生|労働者|住民|観光客|グループ|集団|若者)?(?:さん)?(?:たち|ら|達)?による(?:盗難|窃盗|万引き|犯罪|事件|空き巣|不法投棄|迷惑行為|トラブル)(?:が|も)?(?:相次|多発|続|増え|多い|多く)`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !rx('逮捕|容疑者|送検|起訴|警察署(?:によると|の発表)|判決').test(fo.slice(s.start, s.end)),
  },
  // One nationality addressed with a manners warning (中国からお越しの観光客の皆さまへ。…大声での会話や割り込みはご遠慮ください).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:中国|韓国|台湾|香港|タイ|ベトナム|フィリピン|インドネシア|ネパール|インド|アジア|ブラジル|大陸|半島)(?:人)?(?:から)?(?:お越しの|からの|から来た|の|人の)(?:観光客|お客様|お客さま|皆さま|皆様|皆さん|方々|方|団体客|旅行者)(?:の(?:皆さま|皆様|皆さん))?(?:へ|に(?:お願い|お知らせ))[^\\n]{0,80}?(?:大声|割り込|横入り|騒|ポイ捨て|痰|つば|順番|列に)[^。！？!?\\n]{0,20}?(?:ご遠慮|お控え|守って|守り|禁止|やめ|しないで)`),
    instead: INSTEAD.discriminatory,
  },
  // A group's manners said to have improved (外国人観光客の方も、最近はマナーが良くなってきて安心しました).
  {
    rule: 'decency/stereotype',
    re: phrase(`(?:外国人|外国の方|外国籍の方|(?:${NATION})(?:人|の(?:方|人))|観光客|若者|高齢者|お年寄り)(?:の方|の人)?(?:も|は|って)[、,]?[^。！？!?\\n]{0,8}?(?:マナー|民度|ルール)(?:が|も)(?:良く|よく|ましに|マシに)(?:なって|なり|なった)[^。！？!?\\n]{0,10}?(?:安心|ほっと|驚|びっくり|意外|成長)`),
    instead: INSTEAD.discriminatory,
    severity: 'warn',
  },
  // Blood or genes as a people's talent (黒人ダンサーさんはさすがのリズム感！やっぱり血が違いますね).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:黒人|白人|ハーフ(?=の|さん|選手|ダンサー|ランナー|モデル|タレント|だから|やけん|って)|外国人|アフリカ系|ラテン系|(?:ブラジル|アフリカ|ジャマイカ)(?:人|出身))[^\\n]{0,40}?(?:血(?:が|は)(?:違|ちが)|血筋|dna(?:が|の)(?:違|ちが|なせ)|遺伝子(?:が|の)(?:違|ちが|なせ)|血のなせる|生まれつき(?:の)?(?:リズム|身体能力|運動神経|バネ|違|ちが)|生まれながらに|(?:さすが|やっぱり|やはり)の(?:リズム感|身体能力|運動神経|バネ))'),
    need: ['血', 'dna', '遺伝子', '生まれつき', '生まれながら', 'さすがの', 'やっぱりの', 'やはりの'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => !NAMES_PREJUDICE.test(fo.slice(a, b)) && !PRESUMED_NOT.test(fo.slice(a, b + 20)),
  },
  // A sexual orientation belittled as a hobby or a phase (同性愛は個人の趣味の問題, LGBTなんて一時的な流行り).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${R21_ORIENT}|性自認)(?:の方|の人)?(?:は|って|なんて|なんか|というのは|とは|(?:とか|って)(?:言う|いう|言っ(?:て(?:る|も))?)(?:けど|けれど|が)?[、,]?(?:結局(?:は)?|所詮|しょせん|要は|ただの)?)[、,]?[^。！？!?\\n]{0,10}?(?:趣味|嗜好|好み|気の迷い|一時(?:的な|の)(?:もの|流行り?|感情|ブーム)|ファッション|流行り|はやり|ブーム|思春期の|わがまま)(?:の問題|にすぎ|に過ぎ|でしか|なので|だから|ですので|です|でしょう|だろう|やろ|やけん|みたいな|のようなもの|だ(?=よ|ね|[。！!]|$)|や(?=ね|[。！!]|$)|[。！!]|$)`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => !PRESUMED_NOT.test(fo.slice(a, b + 8)) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  // An orientation tied to a disease (ゲイの方はHIVに感染しやすいので).
  {
    rule: 'decency/stereotype',
    re: phrase(`(?:ゲイ|同性愛(?:者)?|ホモ|レズ|lgbtq?|性的(?:少数者|マイノリティ))(?:の方|の人|の皆さん)?(?:は|って)[、,]?[^。！？!?\\n]{0,8}?(?:hiv|エイズ|aids|性感染症|性病)`),
    instead: INSTEAD.discriminatory,
    severity: 'warn',
    keep: (fo, s, a, b) => !PRESUMED_NOT.test(fo.slice(a, b + 24)) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  // A trans woman called a man in women's clothes (女装した男性が女性トイレに入ってくる).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:女装した|女装の|女の格好をした|女のふりをした)(?:男|男性)[^。！？!?\\n]{0,16}?(?:女性(?:用)?トイレ|女子トイレ|トイレ|更衣室|浴場|風呂|銭湯|温泉)|(?:見た目|体|身体|からだ|外見)は(?:男|女)(?:性)?(?:でも|だけど|やけど|なのに)[、,]?(?:心|中身)は(?:女|男)(?:性)?[？?]'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  // A job or welcome for one sex or age (女性にぴったりのお仕事, ママさん保育士大歓迎, 20代〜30代の明るい女性が活躍している職場).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:女性|男性|女子|男子|主婦|ママ(?:さん)?|パパ(?:さん)?|お母さん|奥さん|若い女性|若い男性)(?:の方|の皆さん|さん)?(?:に|には)(?:ぴったり|ピッタリ|最適|うってつけ|向いている|向いてる|おすすめ)の(?:お)?(?:仕事|職場|職種|業務|求人)|(?:ママ(?:さん)?|主婦|若い女性|女子)(?:保育士|職員|スタッフ|パート)?(?:さん)?(?:大歓迎|歓迎|募集中|大募集)|[2-6２-６二三四五六]0代(?:〜|～|-|ー|から|・)?(?:[2-6２-６二三四五六]0代)?(?:前半|まで)?(?:の)?[^。！？!?\\n]{0,8}?(?:女性|男性|女の子|女子|男子)(?:が|の)(?:活躍(?!でき|の場|を|に向|する(?:ため|社会|職場づくり|環境))|働いて|多い)|若い(?:女性|男性|女の子|女子)(?:が|の)(?:活躍(?!でき|の場|を|に向|する(?:ため|社会|職場づくり|環境))|多い|働いて)`),
    instead: '性別や年齢で応募者を限らず、仕事の内容と条件を書いてください（例：「子育ての経験を活かせるお仕事です。どなたでもご応募ください」）',
    keep: (fo, s) => { const t = fo.slice(Math.max(0, s.start - 120), s.end + 40); return rx('職員|スタッフ|求人|採用|お仕事|職場|会計年度|任用|パート|アルバイト|勤務|時給|月給|保育士|調理員|事務員|作業員').test(t) && !ROLE_TALK.test(t) && !rx('男女共同参画|女性活躍推進|女性の活躍を(?:推進|応援)|くるみん|えるぼし').test(t) },
  },
  // A wife sought for her housework or care (料理上手で、農作業も親の介護も嫌がらない女性を大募集, 柳川美人をお嫁さんに).
  {
    rule: 'decency/stereotype',
    re: phrase('(?:料理|家事|介護|農作業|子育て|育児|炊事)[^。！？!?\\n]{0,16}?(?:嫌がらない|いやがらない|いとわない|厭わない|苦にならない|こなせる|得意な|上手な|できる)(?:女性|女の子|お嫁さん|嫁|奥さん|おなご|女)|(?:美人|女性|娘さん|女の子|おなご)(?:を|と)[^。！？!?\\n]{0,4}?(?:お嫁さん|お嫁|嫁|奥さん|妻)(?:に|として)(?:しませんか|しよう|もらい|迎え|どうですか|いかが)'),
    instead: INSTEAD.stereotype,
    severity: 'warn',
  },
  // A man's part in childcare called help (男性職員の育休取得率…奥さんのお手伝い、がんばって).
  {
    rule: 'decency/stereotype',
    re: phrase('(?<![やと、])(?:奥さん|奥様|妻|ママ|お母さん|嫁さん)(?:の|を)(?:お)?手伝(?:い|う|って)(?!(?:では|じゃ|で)(?:なく|ない|ありません)|ではなく)'),
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s, a) => { const t = fo.slice(Math.max(0, a - 60), s.end); return rx('育休|育児休業|男性|パパ|夫|旦那|お父さん|父親|イクメン').test(t) && !rx('子ども|子供|お子さん|キッズ|児童|園児|小学生|息子|娘').test(t) && !ROLE_TALK.test(t) },
  },
  // A sex's norm imposed (男ならこれくらい…食べんとね, 女ならおしとやかに).
  {
    rule: 'decency/stereotype',
    re: phrase('(?<![一-龥])(?:男|女|男子|女子|男の子|女の子)(?:なら|やったら|だったら|たるもの|である以上)(?!では)[^。！？!?\\n]{0,30}?(?:ないと|なきゃ|なくちゃ|んと(?:ね|な|いけ)|べき|当然|当たり前|ねば|にゃ)'),
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => !ROLE_TALK.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)),
  },
  // Colours fixed by sex (女の子はピンク、男の子はブルー).
  {
    rule: 'decency/stereotype',
    re: phrase('(?:女の子|女子|女性|女児)(?:は|には|用(?:は)?)(?:ピンク|赤|桃色)[、,][^。！？!?\\n]{0,4}?(?:男の子|男子|男性|男児)(?:は|には|用(?:は)?)(?:ブルー|青|水色)|(?:男の子|男子|男性|男児)(?:は|には|用(?:は)?)(?:ブルー|青|水色)[、,][^。！？!?\\n]{0,4}?(?:女の子|女子|女性|女児)(?:は|には|用(?:は)?)(?:ピンク|赤|桃色)'),
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => !ROLE_TALK.test(fo.slice(s.start, s.end)) && !rx('お好きな|選べ|選んで|どちらでも').test(fo.slice(s.start, s.end + 30)) && rx('記念品|プレゼント|名札|タオル|お渡し|配布|用意|お贈り|贈呈|グッズ|ユニフォーム|制服|ランドセル|決まり|決めて|にしました|にしています').test(fo.slice(Math.max(0, s.start - 40), s.end + 10)),
  },
  // Women staff as decoration (女子職員が受付で華を添えます).
  {
    rule: 'decency/stereotype',
    re: phrase('(?:女性|女子|女の子|若い女性)(?:の)?(?:職員|スタッフ|社員|事務員)(?:たち|の皆さん)?(?:が|も)[^。！？!?\\n]{0,12}?(?:華を添え|花を添え|彩りを添え|場を華やか|華やかに)'),
    instead: INSTEAD.stereotype,
    severity: 'warn',
  },
  // Staff bodies and swimwear as a sight (江口さんの水着姿、表紙にしたいくらい), a body offered to touch (消防士さんの腕…触らせてもらって),
  // an innuendo of the night (夜の"お相手"も募集中).
  {
    rule: 'decency/sexual',
    re: phrase(`${TEASED}(?:たち)?の(?:水着|ビキニ|裸|上半身|胸板|腹筋)(?:姿)?[^。！？!?\\n]{0,30}?(?:見たい|表紙|拝み|拝ま|楽しみ|お願い|期待|たまら|[😍🥰💕💓😘🤤])`),
    need: ['水着', 'ビキニ', '裸', '上半身', '胸板', '腹筋'],
    instead: INSTEAD.sexual,
    keep: (fo, s) => !rx('救命|心肺|aed|健康|検診|健診|規程|規定|着用|監視').test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/sexual',
    re: phrase('(?:腕|筋肉|胸板|腹筋|二の腕|お尻|太もも|力こぶ)[^\\n]{0,60}?(?:触らせ|さわらせ|揉ませ)(?:て)?(?:もら|くださ|ね|み)'),
    need: ['触らせ', 'さわらせ', '揉ませ'],
    instead: INSTEAD.sexual,
    keep: (fo, s, a) => !rx('救命|心肺|aed|マッサージ|健康|検診|健診|リハビリ|体操|ストレッチ|計測|測定|動物|ポニー|うさぎ|ヤギ|やぎ|牛|馬|赤ちゃん|化石|標本|模型').test(fo.slice(Math.max(0, a - 60), s.end)),
  },
  {
    rule: 'decency/sexual',
    re: phrase('夜の[“"「]?(?:お相手|お供|相手)[”"」]?(?:も|を)?(?:募集|大歓迎|歓迎|お待ち|待って|ok|オッケー)'),
    instead: INSTEAD.sexual,
  },
  // A body to be ashamed of or to be seen (恥ずかしくない水着姿, 見られる体).
  {
    rule: 'decency/lookism',
    re: phrase('(?:恥ずかしくない|人前に出せる|見せられる|見られる|見せたくなる)[“"「]?(?:水着姿|水着|体|身体|からだ|ボディ|体型|スタイル)'),
    instead: INSTEAD.lookism,
    severity: 'warn',
  },
  // Looks of a group rated (スラッとした美人ぞろい, 女の子はお人形さんみたい、男の子はまあまあ).
  {
    rule: 'decency/lookism',
    re: phrase('(?:美人|美女|イケメン|美男|かわいい子|可愛い子|美少女)(?:ぞろい|揃い|ばかり|ばっかり|だらけ)|(?:男の子|女の子|男子|女子|男性陣|女性陣|男性|女性)(?:は|の方は)[、,]?(?:まあまあ|いまいち|イマイチ|それなり|微妙|残念|今ひとつ)(?:やね|だね|ですね|かな|やな|[（(]笑|笑|w|ｗ|[😅😂])'),
    instead: INSTEAD.lookism,
    keep: (fo, s, a, b) => !rx('ぞろい|揃い|ばかり|ばっかり|だらけ').test(fo.slice(a, b)) || !rx('人形|まり|雛|ひな|絵|画|像|写真展|花|金魚|鯉|温泉|美人の湯|美肌|アイドル|グループ|舞台|劇団|俳優|キャスト|出演|映画|ドラマ|アニメ|芸能|バンド|歌劇|宝塚|公演').test(fo.slice(s.start, s.end)),
  },
  // A person named by an animal for the body (ブタ課長).
  {
    rule: 'decency/lookism',
    re: phrase('(?:ブタ|豚|トド|カバ|ゴリラ|ダルマ|子豚|コブタ)(?:課長|係長|部長|室長|所長|局長|市長|議員|先輩|上司|主任|班長|職員)'),
    instead: INSTEAD.lookism,
  },
  // A colleague's mood put down to menopause or a period, laughed at (イライラしてる課長、更年期ですかね？（笑）).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:更年期|生理(?:中|前)?|あの日)(?:のせい)?(?:ですかね|ですか|かな|かも|じゃない|じゃね|っぽ|なん(?:じゃ|ですかね|かな)|やろか|やろ|でしょうか|でしょ)[^。！？\\n]{0,8}?(?:[？?]|${LAUGH_MARK}|ね|な(?=[。〜ー]|$)|〜|$)|(?:更年期|生理(?:中|前)?|あの日)(?:で|だから|やけん|なので|のせい(?:で|か))[^。！？!?\\n]{0,6}?(?:イライラ|いらいら|機嫌が悪|不機嫌|怒りっぽ|ピリピリ|ぴりぴり|キレ)`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => { const t = fo.slice(s.start, s.end); return (rx('イライラ|いらいら|怒|キレ|機嫌|ピリピリ|ぴりぴり').test(t) || R22_LAUGH.test(t)) && !rx('講座|教室|相談|健康|症状|医師|ケア|セミナー|外来|治療|方のため|対策').test(t) },
  },
  // A male colleague outed (陣内くん、ただいま彼氏募集中です🌈).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:くん|君|男性職員|男性スタッフ)[、,]?[^。！？!?\\n]{0,12}?彼氏(?:が|を)?(?:募集|ぼしゅう|探し|さがし|ほしい|欲しい)'),
    instead: INSTEAD.discriminatory,
  },
  // A colleague outed by hearsay (新人の…くん、実はそっち系らしいです).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:くん|君|さん|職員|課長|係長|主任|先輩|後輩|新人)[、,]?[^。！？!?\\n]{0,12}?(?:そっち系|そっちの人|ゲイ|ホモ|オネエ|レズ|バイセクシャル|同性愛者)(?:らしい|っぽい|なんだって|なんですって|だって|疑惑|説|じゃないか|かも)'),
    need: ['そっち系', 'そっちの人', 'ゲイ', 'ホモ', 'オネエ', 'レズ', 'バイセクシャル', '同性愛者'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !rx('アウティング|カミングアウト|公表').test(fo.slice(s.start, s.end)),
  },
  // Condescending thanks (学歴がなくても、毎朝まじめに働いてくれています) and a group's work called clumsy (不格好だけど応援してあげて).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:学歴|学|資格|お金|家)(?:が|も)(?:なくても|無くても|ないけど|なかろうと|ないのに|なくたって)[、,]?[^。！？!?\\n]{0,14}?(?:まじめ|真面目|一生懸命|立派|健気|けなげ|黙々|頑張|がんば|えらい|偉い)|(?:不格好|ぶかっこう|へた|下手|いびつ|雑|ガタガタ|がたがた|(?:形|見た目|出来|でき|味)(?:は|が|も)?(?:悪|いまいち|イマイチ|微妙|よくな|今ひとつ)(?:い|く|か)?)(?:だ|です|やけ|な)?(?:けど|けれど|ですが|でも)[^。！？!?\\n]{0,16}?(?:応援して|買って|あげて)(?:あげ|ね|ください)?`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => (rx('学歴|学が|資格|お金|家が').test(fo.slice(s.start, s.end)) ? rx('作業員|清掃|収集|労働|働いて|職員|ごみ|ゴミ').test(fo.slice(s.start, s.end)) : R22_GROUP_RE.test(fo.slice(Math.max(0, s.start - 80), s.end))),
  },
  // Children labelled poor (貧乏な家の子たち).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:貧乏|びんぼう|ビンボー|貧乏人)(?:な)?(?:家|家庭|世帯|うち)?の(?:子|子ども|子供|お子さん|お子様|児童)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => !PRESUMED_NOT.test(fo.slice(a, b + 20)) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !rx('(?:だけの|のための)(?:場所|もの)(?:では|じゃ)').test(fo.slice(a, b + 24)),
  },
  // Welfare recipients owing for living on taxes (税金で生活している以上, せめてこれくらいは).
  {
    rule: 'decency/discriminatory',
    re: phrase('税金で(?:生活し|暮らし|食べ|養われ|生活させてもら|生活させていただい|食べさせてもら)(?:って|て|っ|と)?(?:いる|る|おる|とる)?(?:以上|んだから|のだから|んだから|くせに|身|なら|分際)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  // A single mother told to remarry into a stable home (シングルマザーの皆さん、再婚して安定した家庭を).
  {
    rule: 'decency/stereotype',
    re: phrase('(?:シングルマザー|シングルファーザー|ひとり親|一人親|母子家庭|父子家庭|バツイチ)[^。！？!?\\n]{0,20}?再婚(?:して|で|すれば|したら)[^。！？!?\\n]{0,16}?(?:安定|幸せ|ちゃんとした|まともな|普通の|一人前)'),
    instead: INSTEAD.stereotype,
    severity: 'warn',
  },
  // The old as a crowd that dulls an event or can't handle machines (お年寄りばっかりで、ちょっとさみしかった, みなさん機械オンチで…😂).
  {
    rule: 'decency/stereotype',
    re: phrase(`(?:お年寄り|年寄り|高齢者|高齢の方|じいちゃん|ばあちゃん|おじいちゃん|おばあちゃん|老人|シニア)(?:ばっかり|ばかり|ばっか|だらけ|しか(?:い|お)(?:なく|らん|なか))(?:で|だった|やった|なので)?[、,]?[^。！？!?\\n]{0,10}?(?:さみし|寂し|淋し|つまらな|がっかり|残念|盛り上がら|活気が(?:ない|なく|なか))|(?:機械|デジタル|it|スマホ|パソコン|ネット)(?:オンチ|音痴|おんち)[^。！？\\n]{0,20}?(?:${LAUGH_MARK}|苦笑)|(?:いまだに|まだ)[^。！？!?\\n]{0,16}?(?:持って(?:い)?(?:ない|ません)|使え(?:ない|ません)|知らない)(?:人|方)(?:が|も)(?:ほとんど|大半|多い)[^。！？\\n]{0,10}?(?:${LAUGH_MARK})|(?:お年寄り|年寄り|高齢者|高齢の方|じいちゃん|ばあちゃん|おじいちゃん|おばあちゃん|シニア|老人)(?:たち|の皆さん|の方々)?[、,]?[^。！？!?\\n]{0,20}?(?:使え|でき|わから|分から|覚えられ|読め)(?:なくて|ない|んくて|んかった|なかった)[^。！？\\n]{0,10}?(?:${LAUGH_MARK}|笑っ|苦笑)`),
    instead: INSTEAD.stereotype,
    severity: 'warn',
  },
  // A Japanese skill marvelled at in a foreigner (日本語ペラペラで見た目とのギャップがすごい！箸も上手に使えます😂).
  {
    rule: 'decency/stereotype',
    re: phrase(`見た目(?:と|との)(?:の)?ギャップ|(?:箸|お箸|はし|刺身|お刺身|納豆|梅干し|漢字|敬語|正座)(?:も|を|が)(?:上手に|じょうずに|器用に|ちゃんと|普通に)?(?:使え|使いこな|上手|じょうず|食べられ|食べれ|書け|でき)[^。！？\\n]{0,12}?(?:${LAUGH_MARK}|驚|びっくり|すご)|外国(?:人|の方|の人)(?:なのに|やのに|にしては)[^。！？!?\\n]{0,10}?(?:日本語|箸|お箸|漢字|敬語|正座|刺身|納豆)(?:が|も)?(?:上手|うま|ペラペラ|ぺらぺら|完璧|使え|食べられ|でき)`),
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => { const t = fo.slice(Math.max(0, s.start - 80), s.end); return rx('外国|国際交流|留学生|実習生|alt|ジョン|出身|(?:[ぁ-ゖ]{3,}|[ァ-ヶ]{3,})さん').test(t) && !rx('子ども|子供|お子さん|園児|離乳|幼児|赤ちゃん').test(t) },
  },
  // Death, drowning or suicide made a joke (土左衛門になっちゃうけん, 月曜の朝はお堀に飛び込みたくなります〜w, 孤独死…生存報告（笑）).
  {
    rule: 'decency/insensitive',
    re: phrase(`土左衛門|どざえもん|(?:堀|川|海|線路|ホーム|電車|ダム|屋上|橋)(?:に|から)(?:飛び込み|身を投げ|飛び降り)たく(?:なる|なり|なっ)|(?:孤独死|孤立死|自殺|自死|溺死|水死|首吊り|首つり|身投げ|生存報告|生存確認)[^。！？\\n]{0,40}?(?:${LAUGH_MARK})`),
    instead: INSENSITIVE,
    severity: 'warn',
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) && !rx('相談|いのちの電話|こころの|防止|予防').test(fo.slice(s.start, s.end)),
  },
  // Blind R132I-097: a wish to jump, throw oneself or vanish as a joke about going to work or school (仕事に行きたくなさすぎて掘割に
  // 飛び込みたい😇, 月曜の朝は消えたい, 会議の前に川に身を投げたい): warn; not a help line or a prevention post.
  {
    rule: 'decency/insensitive',
    re: phrase(`(?:仕事|出勤|会社|職場|学校|登校|月曜|残業|会議|締め切り|締切|働きたく|行きたく)[^。！？!?\\n]{0,30}?(?:(?:堀|掘割|お堀|川|海|池|湖|線路|ホーム|電車|ダム|屋上|橋|窓|ビル|崖)(?:に|から)(?:飛び込み|身を投げ|飛び降り)た(?:い|く(?:なる|なり|なっ|て))|(?:消え|死に|いなくなり)た(?:い|く(?:なる|なり|なっ)))`),
    instead: INSENSITIVE,
    severity: 'warn',
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) && !rx('相談|いのちの電話|こころの|防止|予防|悩み').test(fo.slice(s.start, s.end)),
  },
  // Bullying of a disaster evacuee laughed along with (「放射能うつらん？」っていじる子がいて…子どもってほんと正直).
  {
    rule: 'decency/discriminatory',
    re: phrase('放射能(?:が|って|も)?(?:うつ|移|伝染)(?:る|っ|す|らん|らない)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => { const t = fo.slice(s.start, s.end); return !NAMES_PREJUDICE.test(t) && !rx('ことはありません|ません|という(?:誤解|偏見|噂|デマ)|デマ|根拠|科学的').test(fo.slice(b, b + 30)) },
  },
  // A place where infection was found told not to trouble others (感染者が確認された上町地区の皆さん。これ以上地域に迷惑をかけないよう).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:感染者|陽性者|患者|クラスター)(?:が|の)(?:確認|発生|出)[^\\n]{0,40}?(?:これ以上|地域に|周りに|周囲に|他の地域に|市民に)[^。！？!?\\n]{0,6}?迷惑を(?:かけ|掛け)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  // A job kept to one sex (事務補助員（女性のみ）募集, 男性限定で作業員を採用).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:職員|スタッフ|事務員|事務補助|作業員|アルバイト|パート|求人|任用|保育士|調理員|運転手|ドライバー|窓口)[^。！？!?\\n]{0,16}?[（(]?(?:女性|男性|女子|男子)(?:のみ|限定|に限る|に限り|に限ります)[)）]?[^。！？!?\\n]{0,6}?(?:募集|採用|求む)|(?:女性|男性|女子|男子)(?:のみ|限定)(?:の|で)?(?:職員|スタッフ|事務員|作業員|アルバイト|パート|求人|任用|保育士|調理員|運転手)(?:を)?(?:募集|採用|求む)'),
    instead: '性別で応募者を限らず、仕事の内容と条件を書いてください（例：「子育ての経験を活かせるお仕事です。どなたでもご応募ください」）',
    keep: (fo, s) => !rx('更衣|浴場|トイレ|検診|健診|婦人科|シェルター|相談員|dv|性暴力|性被害|授乳|女性専用|男女共同参画').test(fo.slice(s.start, s.end)),
  },
  // Residents' disgust at a group adopted as honest feeling (「気持ち悪い」「子どもに悪影響」といった市民の皆さまの率直なお気持ち).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:気持ち悪|気色悪|きもい|キモい|悪影響|不快|怖い|こわい|嫌だ|いやだ|迷惑|異常)[^」”』\\n]{0,10}[」”』][^。\\n]{0,40}?(?:率直な|正直な|もっともな|ごもっともな|当然の|素直な)(?:お気持ち|気持ち|ご意見|意見|お声|声|ご感想|思い|ご不安|不安)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => { const w = fo.slice(Math.max(0, a - 120), b + 60); return !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && (R22_GRP_PHRASE.test(w) || R22_GROUP_RE.test(w) || rx('パートナーシップ|同性|性的|施設|ホーム|外国|移住者|入居者').test(w)) },
  },
  // Suicide wished in jest (月曜の朝から死にたい（笑）, 消えたいｗ).
  {
    rule: 'decency/insensitive',
    re: phrase(`(?:死にた(?:い|か|く)|消えたい|首(?:を)?(?:吊り|つり)たい|飛び降りたい)[^。！？\\n]{0,10}?(?:${LAUGH_MARK})`),
    instead: INSENSITIVE,
    severity: 'warn',
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) && !rx('相談|いのちの電話|こころの|防止|予防|ほど(?:おいし|美味し|うまい|楽し|嬉し|うれし)').test(fo.slice(s.start, s.end)),
  },
  // A resident's fear of a group or its facility agreed with (ご不安はもっともです。精神障害者のグループホームについては慎重に検討します,
  // おっしゃる通り、…同性カップルを子どもに見せたくない…).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:ご不安|不安|ご心配|心配|ご懸念|懸念|お気持ち|ご意見|お声|声)(?:は|も)?[、,]?[^。！？!?\\n]{0,6}?(?:ごもっとも|もっとも(?:です|だと)|当然(?:です|だと|のこと)|よく(?:分か|わか)り|理解(?:でき|いたし)ます)[^\\n]{0,60}?(?:${R22_GRP})[^\\n]{0,40}?(?:見合わせ|見送|中止|白紙|断念|取りやめ|とりやめ)|(?:${R22_GRP})[^\\n]{0,40}?(?:見せたくない|怖い|こわい|不安|心配|迷惑|治安|地価|雰囲気が変わ|反対)[^\\n]{0,40}?(?:ごもっとも|もっともです|当然です|よく分かります|よくわかります|おっしゃる通り|おっしゃるとおり|同感です)|(?:おっしゃる通り|おっしゃるとおり|ご指摘の(?:通り|とおり)|確かに|たしかに)[、,]?[^。！？!?\\n]{0,16}?(?:${R22_GRP})[^。！？!?\\n]{0,30}?(?:見せたくない|怖い|こわい|不安|心配|迷惑|雰囲気が変わ)[^。！？!?\\n]{0,8}?(?:ですよね|だよね|ですね|よね|のは当然|のも当然|のも無理|でしょう)`),
    need: ['もっとも', '当然', 'よく分か', 'よくわか', '理解でき', '理解いたし', 'おっしゃる', 'ご指摘の', '確かに', 'たしかに', '同感'],
    instead: INSTEAD.discriminatory,
    // (Not the group's own fear, the thing feared marked with が: 障がいのある方の中には、人混みが怖いという方も…その気持ち、よく分かります;
    // not a concession turned to understanding: …不安の声…その気持ちもよく分かります。でも、交流会を重ねて理解を深めて.)
    keep: (fo, s, a, b) => !NAMES_PREJUDICE.test(fo.slice(Math.max(0, a - 40), b + 40)) && !rx('バリアフリー|増設|拡充|充実|整備を|もっと(?:増や|使いやす)').test(fo.slice(a, b)) && !OWN_FEAR.test(fo.slice(a, b)) && !TURNED_TO_UNDERSTANDING.test(fo.slice(b, b + 60)),
  },
  // A group met by several staff to prevent trouble (精神疾患をお持ちの方がご来庁の際は、トラブル防止のため職員2名で対応).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${R22_GROUP})(?:の方|の人)?(?:の(?:ご)?(?:相談|来庁|来館|対応|申請|手続き))?(?:が|は|には|の際は)[、,]?[^。！？!?\\n]{0,20}?(?:トラブル(?:防止|回避|を避け|予防)|防犯上|念のため|安全のため)[^。！？!?\\n]{0,12}?(?:職員(?:[0-9０-９二三]名|複数)|複数(?:の|名の?)(?:職員|担当)|[2２二]名(?:体制|で対応)|警備員|警察官?)`),
    need: ['トラブル', '防犯上', '念のため', '安全のため'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
]
/** A group's own fear, the thing feared marked with が after the group as the topic (…の中には、人混みが怖い; …には大きな音が不安). */
const OWN_FEAR = /(?:の中には|の中にも|には)[、,]?[^。、！？!?\n]{1,12}?(?<![のと])が(?:怖|こわ|苦手|不安)/u
/** After agreeing with a fear, a turn to meeting and understanding the group (。でも、交流会を重ねて理解を深め…; しかし、まずは見学に). */
const TURNED_TO_UNDERSTANDING = /^[。、！!]?\s?(?:でも|しかし|ただ|ですが|けれど|一方で?)[、,]?[^。！？!?\n]{0,30}?(?:交流|理解|知って|知る|見学|共に|ともに|一緒に|偏見)/u
// Round 23 (implicit prejudice, after the groups): see the header.
const R23_SEX = '(?:(?<![一-龥])(?:女性|男性|女子|男子|女衆|男衆)|女の(?:子|人)|男の(?:子|人)|(?<!の)(?:お母さん|お父さん|母親|父親)|(?<![ァ-ヶー])(?:ママ|パパ)(?![ァ-ヶー])|奥さん|奥様|旦那さん|主婦|婦人会|女性部|女性会)(?:方|陣|たち|さんたち|の(?:皆さん|皆様|みなさん|みなさま|方々|方))?(?:職員|スタッフ)?'
const R23_TASK = 'お茶出し|お茶くみ|お茶汲み|お茶(?!会|会|の(?:産地|歴史|文化|淹れ方))|お酌|育児|子育て|介護|テント張り|草刈り|運搬|搬送|炊き出し|力仕事|料理|調理|配膳|洗い物|後片付け|片付け|掃除|買い出し|おにぎり|お弁当|接待|コーチ|会場設営|設営|荷物運び|重い物|裏方|家事|子守|台所'
const R23_FEMALE = phrase('(?<![一-龥])(?:女性|女子|女衆)|女の(?:子|人)|お母さん|母親|ママ|奥さん|奥様|主婦|婦人|女性部', 'u')
const R23_MALE = phrase('(?<![一-龥])(?:男性|男子|男衆)|男の(?:子|人)|お父さん|父親|パパ|旦那', 'u')
/** Blind R169D-046 (W17): のみ is no restriction where it heads みなさん or ならず (女性職員のみなさんは…お酌), as in R24_SEX_OK. */
const R23_ROLE_OK = phrase('限定|専用|のみ(?!な)|向け|男女別|更衣|トイレ|検診|健診|固定観念|(?:固定的|性別|男女)(?:な|による|の)?役割分担|役割分担(?:意識|の(?:見直し|固定|押し付け|押しつけ))|男女共同参画|ジェンダー|性別に(?:関係|かかわ|関わ)|性別を問わ|男女(?:問わ|を問わ|関係な)|どちらでも|どなたでも|誰でも|問わず|関係なく|構いません|かまいません|交代で|交互に|一緒に', 'u')
const R23_LOOKED = phrase('かわい|可愛|かわゆ|美し|美人|きれい|綺麗|キレイ|袴姿|振袖|浴衣|水着|スタイル|色っぽ|セクシー|独身|(?:[0-9０-９]{2}|二十)[)）]', 'u')
const R23_HIRING = phrase('職場|募集|採用|応募|求人|スタッフ|アルバイト|パート|従業員|勤務', 'u')
const R23_AGED = `(?:${AGED}|高齢(?:の)?(?:ドライバー|運転者)|中高年(?:の方)?)`
const R23_WELFARE = '(?:生活保護(?:の)?(?:受給者|受給世帯|を受けて(?:いる|る)(?:方|人))|受給者|外国人|外国籍の(?:方|人)|在日(?:の方|の人|コリアン)?|(?:同和地区|同和|被差別部落|部落)(?:の)?(?:出身者|出身の(?:方|人)|住民|の(?:方|人))|ひとり親(?:家庭|世帯)|母子家庭|障(?:害|がい|碍)者|実習生|ホームレス)'
const R23_DEMENTIA = '(?:認知症|知的障(?:害|がい|碍)|ダウン症|精神障(?:害|がい|碍)|自閉症)'
/** What a people is said to lack or have against another (習慣がない, 意識が低, マナーが悪, 苦手, ルーズ). */
const COMPARED_FAULT = '(?:習慣|常識|マナー|決まり|ルール|意識)(?:が|は|も)?(?:ない|なく|悪|低|いい|良い|よい|高)|守らな|守れな|苦手|下手|劣|優れ|うるさ|騒が|汚|だらしな|ルーズ|民度'
const R23_FOREIGN = phrase('外国|在日|実習生|留学生|(?:中国|韓国|朝鮮|ベトナム|フィリピン|ブラジル|ネパール|インドネシア|ミャンマー|アジア)(?:人|系|の方|籍)', 'u')
const R23_HELPFUL = phrase('多言語|やさしい日本語|通訳|翻訳|チラシ|案内板|説明会|教室|講座|ガイドブック|動画|ルールを(?:お)?伝え', 'u')
// Round 23, ahead of the milder reading of a rite (ご先祖さま…👻, warn): the dead of an actual accident made ghosts for a laugh
// (去年の水難事故の人も帰ってくるかも？👻, 事故で亡くなった子の幽霊…肝試しにぴったり), block.
const R23_EARLY: Phrase[] = [
  {
    rule: 'decency/insensitive',
    re: phrase('(?:事故|火災|火事|水難|災害|津波|水害)(?:の|で(?:亡くなった|死んだ))(?:人|方|子|犠牲者)(?:たち)?[^。！？!?\\n]{0,16}?(?:幽霊|霊|お化け|おばけ|帰ってくる|化けて出|出るかも)[^。！？!?\\n]{0,20}?(?:👻|肝試し|ぴったり|[（(]笑|ｗ|かも[？?]|かな[？?])'),
    need: ['幽霊', '霊', 'お化け', 'おばけ', '帰つてくる', '化けて出', '出るかも'],
    instead: INSENSITIVE,
    keep: (fo, _s, a, b) => !rx('供養|慰霊|追悼|冥福|鎮魂|法要|お悔やみ').test(fo.slice(Math.max(0, a - 60), b + 60)),
  },
  // A young woman pressed about a boyfriend, told as fun (新人の女の子に「彼氏いるの？」って絡んでて…爆笑).
  {
    rule: 'decency/sexual',
    re: phrase('(?:(?:に|へ|が)[「“『]|[「“『])?(?:彼氏|彼女|恋人|旦那)(?:は|って)?(?:いる|おる|おらん|いない|まだ)(?:の|ん|か|と|ですか)?(?:[？?])?[」”』]?(?:って|と)[^。！？!?\\n]{0,6}?(?:絡|からか|いじ|しつこく|何度も)'),
    need: ['彼氏', '彼女', '恋人', '旦那'],
    instead: INSTEAD.sexual,
    keep: (fo, s, a, b) => rx('爆笑|[😂🤣😆]|笑|ｗ|仲良し|盛り上が').test(fo.slice(b, b + 60)) && !rx('ハラスメント|セクハラ|いけません|やめ|相談').test(fo.slice(Math.max(0, s.start - 40), s.end + 40)),
  },
]
const R23: Phrase[] = [
  // Tasks split by sex (炊き出しは女性の皆さん、力仕事は男性の皆さんに; お母さん方はお茶出し…お父さんはコーチ): warn, when both sexes are
  // given their part or a hostess's task (お酌, お茶くみ) goes to women; not a women-only class or separate changing rooms.
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${R23_TASK})(?:の)?(?:用意|準備|係|担当|当番|作り|づくり|班)?(?:は|を|も|[、,](?:いつも|毎回|毎年|今回も|今年も))[、,]?(?:若い|やっぱり|やはり)?${R23_SEX}(?:に|で(?!も)|が|[、,。]|の(?:仕事|役目|役割|担当|出番|腕の見せどころ|見せ場|得意分野)|担当)|${R23_SEX}(?:の(?:皆さん|皆様|みなさん|みなさま|方々))?(?:は|には|が)[、,]?[^。！？!?\\n]{0,10}?(?:${R23_TASK})(?:係|担当|当番|作り|づくり)?(?:の(?:ほう|方))?(?:を|は|も)?(?:よろしく)?(?:お願い|担当|係|当番|して(?:ください|ね|もら)|頼|任せ|どうぞ|頑張|がんば|の出番|[、,])|(?:${R23_TASK})(?:に立つ|をする|を任せる|をやる)?(?:の)?(?:は|って)[、,]?(?:やっぱり|やはり|やっぱ)?${R23_SEX}(?:が|に|の)(?:一番|いちばん)?(?:似合|向い|ふさわし|合って|上手)|${R23_SEX}(?:職員|社員|スタッフ|陣)?(?:が|は)[^。！？!?\\n]{0,6}?(?:お酌|お茶くみ|お茶汲み|お酌係|ホステス)(?:係|役|担当|要員)?`),
    need: ['お茶', 'お酌', '育児', '子育て', '介護', 'てんと張り', '草刈り', '運搬', '搬送', '炊き出し', '力仕事', '料理', '調理', '配膳', '洗い物', '片付け', '掃除', '買い出し', 'おにぎり', '弁当', '接待', 'こーち', '設営', '荷物運び', '重い物', '裏方', '家事', '子守', '台所', 'ほすてす'],
    severity: 'warn',
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => {
      const w = fo.slice(Math.max(0, s.start - 40), Math.min(fo.length, s.end + 60))
      if (R23_ROLE_OK.test(w) || AWARENESS.test(fo.slice(s.start, s.end))) return false
      const m = fo.slice(a, b)
      if (/お酌|ほすてす|似合|向い|ふさわし|合って|上手/u.test(m) || (R23_FEMALE.test(w) && R23_MALE.test(w))) return true
      // One sex handed a household task as decoration or as a matter of course (配膳係は若い女性職員に…華やか).
      return /お茶|配膳|炊き出し|料理|調理|洗い物|片付け|掃除|おにぎり|家事|育児|子育て/u.test(m) && R23_FEMALE.test(m) && rx('若い|華|花を添え|やっぱり|やはり|当然|当たり前').test(w)
    },
  },
  // One sex left to watch (女の子は見るだけでガマンしてね), a sex's worth in its dress (女の子は振袖着てナンボ), 男らしさを育てる.
  {
    rule: 'decency/stereotype',
    re: phrase(`${R23_SEX}(?:は|には)[、,]?(?:見るだけ|見学だけ|見てるだけ|応援だけ|見学のみ)|(?:(?<![一-龥])(?:女|男)|女の子|男の子|女性|男性)(?:は|なら)[^。！？!?\\n]{0,10}?(?:なんぼ|ナンボ)|(?:男|女)らしさ(?:[・や、と](?:男|女)らしさ)?(?:を|が)[^。！？!?\\n]{0,4}?(?:育て|育む|身につけ|身に付け|磨|養|教え|大事|大切|求め)`),
    need: ['見るだけ', '見学', '見てるだけ', '応援だけ', 'なんぼ', 'らしさ'],
    severity: 'warn',
    instead: INSTEAD.stereotype,
    keep: (fo, s) => !R23_ROLE_OK.test(fo.slice(s.start, s.end)) && !AWARENESS.test(fo.slice(s.start, s.end)) && !phrase('とらわれ|にとらわれ|押し付け|押しつけ|見直', 'u').test(fo.slice(s.start, s.end)),
  },
  // Cooking presumed the mother's job, done badly when she works (共働きで手抜き料理になりがちなお母さん).
  {
    rule: 'decency/stereotype',
    re: phrase('(?:手抜き|手を抜)[^。！？!?\\n]{0,10}?(?:がち|しがち)な(?:お母さん|ママ|主婦|奥さん|母親)|(?:主婦|専業主婦|奥様|奥さん)(?:の方|の皆さん|の皆様|の方々)?(?:は|なら)[、,]?[^。！？!?\\n]{0,8}?(?:お)?(?:暇|ひま)(?:だ|な(?:ので|んで)|でしょう|です(?:よね|し)?|と思|だろう|やろ|やけん|だから)|(?:お)?(?:暇|ひま)な(?:主婦|奥様|奥さん|専業主婦)'),
    need: ['手抜き', '手を抜', '暇', 'ひま'],
    severity: 'warn',
    instead: INSTEAD.stereotype,
  },
  // A group as the yardstick of low ability (障がい者でも簡単な作業ならできます, 女の子でもちゃんと蹴れる, 外国人でもできる簡単な仕事).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:障(?:害|がい|碍)(?:者|児)|障(?:害|がい|碍)のある(?:方|人|子)|外国人(?:労働者)?|外国の(?:方|人)|実習生|女性|(?<![一-龥])女|女の子|女子)(?:の方|の皆さん|さん)?(?:でも|にでも)[、,]?[^。！？!?\\n]{0,12}?(?:簡単な(?:作業|仕事|業務|お仕事|軽作業|こと)|単純(?:な)?(?:作業|仕事)(?:なら|くらい|ぐらい|程度))'),
    need: ['簡単な', '単純'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/stereotype',
    re: phrase('(?:障(?:害|がい|碍)(?:者|児)|障(?:害|がい|碍)のある(?:方|人|子)|外国人|外国の(?:方|人)|お年寄り|高齢者|女性|(?<![一-龥])女|女の子|女子|主婦)(?:の方|の皆さん|さん)?(?:でも)[、,]?(?:ちゃんと|きちんと|立派に|人並みに|それなりに|意外と|意外に)[^。！？!?\\n]{0,12}?(?:でき|[れせえけめてねべ]る|られ|わか|分か|務ま|勤ま|こなせ)'),
    need: ['ちやんと', 'きちんと', '立派に', '人並み', 'それなりに', '意外'],
    severity: 'warn',
    instead: INSTEAD.stereotype,
    keep: (fo, s, a, b) => !rx('(?:楽しめ|参加でき|遊べ|利用でき|入れ|通え|受けられ|使え|申し?込め|相談でき)(?:る|ます)?$').test(fo.slice(a, b)) && !rx('^[^。！？!?\\n]{0,10}?よう(?:に)?(?:[、,]|配慮|工夫|多言語|やさしい|表示|案内|説明|支援|サポート)').test(fo.slice(b, b + 24)) && !AWARENESS.test(fo.slice(s.start, s.end)),
  },
  // A disabled child set against "ordinary" ones (支援学級の子たちも…普通の子に負けないくらい上手).
  {
    rule: 'decency/discriminatory',
    re: phrase('普通の(?:子|人|方|子ども|子供|子たち|生徒)(?:に|と)(?:負けない|負けず|劣らない|比べ|変わらない|同じくらい|遜色)'),
    need: ['普通の'],
    severity: 'warn',
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a) => phrase('障(?:害|がい|碍)|支援学級|支援学校|特別支援|車いす|車椅子|ダウン症|発達|自閉', 'u').test(fo.slice(Math.max(0, a - 100), a)) && !AWARENESS.test(fo.slice(s.start, s.end)),
  },
  // An illness or disability presumed to leave no understanding (認知症の方には何を言っても分からない, どうせご本人は判断できません).
  {
    rule: 'decency/discriminatory',
    re: phrase(`${R23_DEMENTIA}(?:の)?(?:方|人|患者|高齢者|お年寄り|親|子)?(?:には|は|って|に)?[^。！？!?\\n]{0,12}?(?:何を言っても|何言っても|言っても無駄|言うだけ無駄|どうせ)[^。！？!?\\n]{0,12}?(?:分から|わから|理解でき|判断でき|通じ|覚えられ)(?:ない|ん|ません)|${R23_DEMENTIA}(?:の|が|を)?(?:ある|お持ちの)?(?:方|人|患者|高齢者|お年寄り)?(?:に|には|は|って)[、,]?[^。！？!?\\n]{0,8}?(?:(?:説明|話|お話し|お話)(?:を)?(?:して|し)?ても|(?:言って|教えて)も)[^。！？!?\\n]{0,4}?(?:無駄|むだ|意味が(?:ない|ありません)|理解でき(?:ない|ません)|分から(?:ない|ん)|わから(?:ない|ん)|通じ(?:ない|ません))|${R23_DEMENTIA}(?:の|が)?(?:ある)?(?:方|人|患者)?(?:は|には|って)[、,]?[^。！？!?\\n]{0,6}?(?:判断能力|判断力|理解力)(?:が|は)?(?:ない|なか|ありません|欠けて)(?:ため|ので|から|けん)|どうせ[、,]?(?:ご本人|本人|あの人たち|あの方たち)(?:は|には|に|が)?[^。！？!?\\n]{0,6}?(?:判断|理解|分から|わから|覚えて)(?:でき|い|られ)?(?:ない|ません|ん)`),
    need: ['何を言っても', '何言っても', '無駄', 'むだ', '意味が', 'どうせ', '判断能力', '判断力', '理解力', '理解でき', '分から', 'わから', '通じ'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => !PRESUMED_NOT.test(fo.slice(b, b + 30)) && (/^どうせ/u.test(fo.slice(a, a + 3)) ? phrase(`${R23_DEMENTIA}|障(?:害|がい|碍)`, 'u').test(fo.slice(Math.max(0, a - 100), a)) : !AWARENESS.test(fo.slice(s.start, s.end))),
  },
  // A job said to need a non-disabled person (窓口業務は健常者でないと務まらない); looks as one (みんな同じ顔).
  {
    rule: 'decency/discriminatory',
    re: phrase('健常(?:者|の方|な方|な人)(?:でないと|じゃないと|でなければ|でなきゃ|以外は|しか)[^。！？!?\\n]{0,6}?(?:務ま(?:ら|り)|勤ま(?:ら|り)|できな|できま|無理|こなせ|難し)|(?:ダウン症|障(?:害|がい|碍)|自閉症|外国人|中国人|韓国人|アジア人|黒人|白人)[^。！？!?\\n]{0,12}?(?:みんな|皆|全員|どれも|誰も)[^。！？!?\\n]{0,4}?同じ顔'),
    need: ['健常', '同じ顔'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)),
  },
  // A disability given as what made someone suspicious (知的障害があるとみられる男性がうろついていました).
  {
    rule: 'decency/discriminatory',
    re: phrase('障(?:害|がい|碍)(?:が|の)?(?:ある|あり)(?:と|そうな|ように)?(?:みられる|見られる|思われる|見える|思しき)?(?:男性|女性|人物|人|者|男|女|方)[^。！？!?\\n]{0,20}?(?:うろつ|うろうろ|徘徊|不審|付きまと|つきまと)'),
    need: ['うろつ', 'うろうろ', '徘徊', '不審', '付きまと', 'つきまと'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) && !phrase('見守り|保護|行方不明|捜して|探して|お心当たり|ご連絡', 'u').test(fo.slice(s.start, s.end + 40)),
  },
  // A group called by a contemptuous pronoun (車椅子のやつら).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:車(?:椅子|いす)|障(?:害|がい|碍)者|障(?:害|がい|碍)|外国人|年寄り|老人|生活保護|受給者|ホームレス|ゲイ|同性愛者|在日|中国人|韓国人|実習生|移民|難民)(?:の)?(?:やつら|奴ら|ヤツら|やつ(?!れ)|奴(?!隷)|連中)'),
    need: ['やつ', '奴', '連中'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)),
  },
  // Slurs on the body spelt out (デ ブ チーム, Ｂ Ｕ Ｓ Ｕ でも). Blind R156I-046: also after a demonstrative or a noun's の (あのデブキャラ,
  // 隣町のデブキャラ), which the kana lookbehind alone took for the inside of a word; not …なのでぶらり (ので is no noun's の).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:(?<![ぁ-ゖァ-ヶー])|(?<=(?:あの|この|その|どの|あんな|こんな|そんな)|[一-龥々ァ-ヶー]の))(?:デブ|ブス)(?:チーム|組|キャラ|ども|たち|でも|が|は)|(?<![a-z])(?:busu|debu|busaiku)(?![a-z])'),
    need: ['でぶ', 'ぶす', 'busu', 'debu', 'busaiku'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !rx('(?<!被)差別|偏見|人権|啓発|傷つけ|やめ|控え|使わ(?:ない|ず|ぬ)|禁止|不適切|ふさわしくな').test(fo.slice(s.start, s.end)),
  },
  // 穢多 spelt in kana, often spaced (え　た　の集落): not 栄えた集落 (the slur takes の, or 部落 or 身分 directly).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?<![一-龥々])えたの(?:集落|部落|村|地区|出身|人|家|身分)|えた(?:部落|身分|非人)'),
    need: ['えた'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !rx('(?<!被)差別|偏見|人権|啓発|歴史|学習|研修|講演|資料').test(fo.slice(s.start, s.end)),
  },
  // A body type called a failure of self-control (太っているのは自己管理ができていない証拠).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:太って(?:いる|る)|太った|肥満の?|太め|デブ|ぽっちゃり|痩せて(?:いない|ない))(?:人|方|子)?(?:は|のは|って)[、,]?[^。！？!?\\n]{0,10}?(?:自己管理|節制|努力)(?:が|も)?(?:でき|なって)(?:て(?:い|お)?)?(?:ない|ません|ん)|(?:太って(?:いる|る)|太った|肥満の?|太め|デブ|ぽっちゃり)(?:人|方|子)?(?:は|のは|って)[、,]?[^。！？!?\\n]{0,10}?(?:だらしな|怠け|なまけ|甘え|自分に甘|意志が弱|怠慢)'),
    need: ['自己管理', '節制', '努力', 'だらしな', '怠け', 'なまけ', '甘え', '自分に甘', '意志が弱', '怠慢'],
    severity: 'warn',
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)),
  },
  // A group to be watched by the readers (受給者の生活ぶりは…しっかり見張ってください).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:受給者|生活保護|外国人|外国の方|実習生|留学生|在日|障(?:害|がい|碍)者|ホームレス|同和|部落|移民|難民)[^。！？!?\\n]{0,24}?(?:見張っ|見張り|監視し|目を光らせ)(?:て(?:ください|下さい|ね|ほしい|欲しい|いきましょう)|ましょう|ください)`),
    need: ['見張', '監視し', '目を光らせ'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  // A vice presumed of most of a group (受給者の多くに浪費の傾向, 同和地区の出身者には行政への依存傾向).
  {
    rule: 'decency/discriminatory',
    re: phrase(`${R23_WELFARE}(?:の多く|の大半|のほとんど|の大部分)?(?:に|には|は|が)[、,]?[^。！？!?\\n]{0,14}?(?:浪費|依存|怠惰|怠け|犯罪|不正|暴力|粗暴|甘え)(?:の|する|的な|な)?(?:傾向|体質|気質)`),
    need: ['浪費', '依存', '怠惰', '怠け', '犯罪', '不正', '暴力', '粗暴', '甘え'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !DENIED.test(fo.slice(b, b + 30)) && !rx('^[^。！？!?\\n]{0,6}?(?:は(?:ない|ありません|見られ)|という(?:データ|根拠|事実)は)').test(fo.slice(b, b + 20)),
  },
  // A district's people tied to trouble or a low level (あの地区の方とはトラブルになりやすい, 〇〇地区の子どもは学力が低い傾向,
  // 同和関係の方が多い), a place praised for being far from "that district", a group's rules presumed unknown.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:あの|その|例の|いわゆる)[“”"「]?(?:地区|地域|集落|辺り|あたり)[”"」]?(?:の出|出身)?(?:の)?(?:方|人|人たち|連中|住民|もん|人間)(?:と|とは|は)[、,]?[^。！？!?\\n]{0,8}?(?:(?:トラブル|揉め|もめ|いざこざ|問題)(?:を起こ[^。！？!?\\n]{0,8}?)?(?:に)?(?:なり)?(?:やす|がち|多)|すぐ(?:に)?(?:揉め|もめ|トラブル|喧嘩|けんか))|(?:地区|地域|集落|校区|団地)(?:の|に住む)(?:子ども|子供|子|住民|人|方|家庭)(?:たち)?(?:は|って)[^。！？!?\\n]{0,8}?(?:学力|成績|意欲|マナー|民度|柄|素行)(?:が|も)?(?:低|悪|劣)|(?:同和|どうわ|部落|ぶらく)(?:関係|系|地区|出身)(?:の)?(?:方|人|者|人たち)(?:が|は)[^。！？!?\\n]{0,2}?(?:多い|多か|ばかり|ほとんど)|(?:あの|例の|いわゆる|同和|部落)[“”"「]?(?:地区|地域|集落)?[”"」]?(?:から|とは)(?:は|も)?(?:離れて|遠い|遠く)[^。！？!?\\n]{0,10}?安心'),
    need: ['とらぶる', '揉め', 'もめ', 'いざこざ', '問題', '学力', '成績', '意欲', 'まなー', '民度', '柄', '素行', '同和', 'どうわ', '部落', 'ぶらく', '安心'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !rx('(?:では|じゃ)(?:ない|ありません)|とは限ら|わけでは|という(?:誤解|偏見)|根拠(?:は|の)?(?:ない|ありません)').test(fo.slice(s.start, s.end)),
  },
  // Origins inquired of applicants (応募者の本籍地および出身地区を確認), parents' nationality as a condition (両親ともに日本人である者).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:本籍(?:地)?|出身地区|出身地|家族の職業|出自|家柄)(?:および|及び|や|と|、|・)?[^。！？!?\\n]{0,16}?(?:確認|提出|記入|調査|お尋ね|伺|聞かせ|記載)|(?:両親|父母|ご両親)(?:とも|ともに|共に|が)?(?:に)?日本(?:人|国籍)(?:である|であること|の(?:方|者)|の両親)'),
    need: ['本籍', '出身地', '家族の職業', '出自', '家柄', '両親', '父母'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => {
      const t = fo.slice(s.start, s.end)
      if (/両親|父母/u.test(fo.slice(a, b))) return rx('資格|条件|限り|限る|採用|応募|受験|者。|者$|入居|参加').test(t) && !NAMES_PREJUDICE.test(t)
      return rx('採用|応募者|面接|受験者|入居(?:者|希望)|従業員|職員の').test(t) && !rx('(?:し|聞き|求め|尋ね)(?:ません|ない)|ありません|ございません|不要|なし|禁止|違反|差別|人権|お断り|いけ').test(t)
    },
  },
  // Foreigners presumed not to understand the rules (外国人の方による…。日本のルールを理解していない方が多いので).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:日本の)?(?:ルール|決まり|きまり|マナー|常識|習慣)(?:を|が)?(?:理解(?:して)?(?:い)?(?:ない|ません|できていない)|知らない|守らない|わかって(?:い)?ない|分かって(?:い)?ない|守れない)(?:方|人|者)(?:が|は)?(?:多い|多く|ほとんど|大半|ばかり|ばっかり|だらけ)'),
    need: ['るーる', '決まり', 'きまり', 'まなー', '常識', '習慣'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a) => R23_FOREIGN.test(fo.slice(Math.max(0, a - 80), a)) && !NAMES_PREJUDICE.test(fo.slice(Math.max(0, a - 80), s.end)) && !R23_HELPFUL.test(fo.slice(s.start, s.end)),
  },
  // Fraud presumed of a people (在日の方の相談は、なりすましが多いため).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:在日|外国人|外国籍|生活保護|受給者|実習生|難民|(?:中国|韓国|朝鮮|ベトナム)(?:人|籍))(?:の)?(?:方|人)?[^。！？!?\\n]{0,20}?(?:なりすまし|成りすまし|不正|偽装|嘘|うそ)(?:が|も)?(?:多い|多発|目立|多く|横行)'),
    need: ['なりすまし', '成りすまし', '不正', '偽装', '嘘', 'うそ'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !DENIED.test(fo.slice(b, b + 30)) && !rx('^[^。]{0,6}?(?:とは限ら|わけでは|という(?:誤解|偏見))').test(fo.slice(b, b + 20)),
  },
  // A trade and a place tied to crime, and the account agreeing (風俗をしている方が多い地域なので、夜は治安が悪いのも仕方ありません).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:風俗|水商売|夜の(?:お)?仕事|外国人|実習生|生活保護|同和|部落)[^。！？!?\\n]{0,24}?(?:多い|住む|多く住む)(?:地域|地区|所|場所|界隈|町)(?:なので|だから|やけん|ですから|ゆえ|のため)[、,]?[^。！？!?\\n]{0,16}?(?:治安|物騒|柄|危な|危険)'),
    need: ['治安', '物騒', '柄', '危な', '危険'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  // Age: the young called apathetic as the reason (今どきの若い人が政治に無関心だから), the old told to quit before being a bother
  // (周りに迷惑をかける前に), old members mocked (おじいちゃん議員ばかり), the old presumed unable to keep up at work, and a group
  // presumed to do something rashly (高齢の方は…すぐ救急車を呼びがち).
  {
    rule: 'decency/stereotype',
    re: phrase(`${YOUNG_NOW}(?:たち)?(?:は|が|って)[、,]?[^。！？!?\\n]{0,10}?(?:無関心|関心が(?:ない|薄い)|興味が(?:ない|なか)|やる気が(?:ない|なか)|根性が(?:ない|なか)|常識が(?:ない|なか))|(?:おじいちゃん|おばあちゃん|じいさん|ばあさん|年寄り|老人|おじさん|おばさん)(?:議員|委員|職員|先生|課長|部長|市長|役員)(?:ばかり|ばっかり|だらけ|ばっか)|(?:${R23_AGED}|若者|若い(?:人|方|子)|若手|ゆとり世代(?:の新人|の子)?|z世代|(?:今どき|今時|最近)の新人|外国人|外国の方|主婦)(?:の皆さん|の方々|たち)?(?:は|って)[、,]?[^。！？!?\\n]{0,20}?すぐ(?:に)?[^。！？!?\\n]{0,12}?(?:(?<!な)りがち|(?<![なら])びがち|(?<!な)しがち|たがる|たがります|(?:(?:辞め|やめ|休|サボ|キレ|きれ|怒|諦め|あきらめ|心が折れ|泣)(?:る|ます|ちゃう)|(?:へこ|凹|落ち込)(?:む|みます))(?:から|ので|けん|し[、,]|もん|もの|んです|んだ|よね))|(?:${R23_AGED}|若者|若い(?:人|方|子))(?:の皆さん|の方々|たち)?(?:は|って)[、,]?[^。！？!?\\n]{0,12}?(?:覚えよう|学ぼう|変わろう|聞こう|理解しよう|努力しよう)と(?:し|せ)(?:ない|ません|ん|ず)`),
    need: ['若', 'ばかり', 'ばつかり', 'だらけ', 'ばつか', 'すぐ', 'ようと'],
    severity: 'warn',
    instead: INSTEAD.stereotype,
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)) && !phrase('脱水|熱中症|骨折|症状|体温|転倒|疲れ|体調を崩|感染|詐欺|被害', 'u').test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${R23_AGED}|年配|シニア)(?:の方|の皆さん|の方々)?(?:は|には|が)[、,]?[^。！？!?\\n]{0,10}?(?:周り|周囲|まわり|他の人|ほかの人|みんな)に(?:ご)?迷惑を(?:かけ|おかけ)(?:る|す)前に|(?:迷惑を(?:かけ|おかけ)(?:る|す)前に)`),
    need: ['迷惑を'],
    severity: 'warn',
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => phrase(`${R23_AGED}|高齢|年配|お年寄り|運転(?:は|を)?卒業|免許(?:を)?返納`, 'u').test(fo.slice(Math.max(0, a - 80), s.end)) && !rx('^[、,]?(?:と|って)').test(fo.slice(b, b + 3)) && !AWARENESS.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${R23_AGED}|年配|シニア|中高年)(?:の方|の人|者)?(?:は|には)[、,]?[^。！？!?\\n]{0,12}?(?:ついてこられ|ついて(?:こ|いけ|来)(?:られ)?)(?:ない|ません|ん)`),
    need: ['ついて'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => R23_HIRING.test(fo.slice(Math.max(0, s.start - 80), s.end + 40)) && !AWARENESS.test(fo.slice(s.start, s.end)),
  },
  // A people or a sex and age said to be all of one character (柳川の男はみんな無口で頑固, どこのおばちゃんも口が達者,
  // 都会の人は人付き合いが苦手な方が多い).
  {
    rule: 'decency/stereotype',
    re: phrase(`(?:(?<![一-龥])(?:男|女)|男性|女性|男の人|女の人)(?:は|って)(?:みんな|皆|全員|だいたい|大体|たいてい|揃って|(?<=[一-龥]{2}の(?:男|女)(?:は|って)))[^。！？!?\\n]{0,8}?(?:無口|頑固|働き者|気が強|気が荒|短気|口下手|酒飲み|酒好き|おしゃべり|せっかち|見栄っ張り|情が深|情に厚|ケチ|けち)|(?:${OLD_KIN}|主婦|奥さん)(?:は|って|も|たち(?:は)?)[、,]?[^。！？!?\\n]{0,8}?(?:口が達者|口達者|おしゃべり|話が長|噂好き|うわさ好き|図々し|ずうずうし|厚かまし)|(?:都会|都市部|田舎|地方|東京|大阪|関西|関東|県外|市外|よそ)(?:の|から来た|出身の)(?:人|方|もん|者)(?:は|って)[、,]?[^。！？!?\\n]{0,16}?(?:苦手|冷た|気取|閉鎖的|プライドが高|ケチ|せっかち|図々し)(?:な|い|く)?(?:方|人|こと|もの)?(?:が)?(?:多い|多か|がち|です|だ|やけん)`),
    need: ['無口', '頑固', '働き者', '気が強', '気が荒', '短気', '口下手', '酒', 'おしやべり', 'せつかち', '見栄', '口が達者', '口達者', '話が長', '噂好き', 'うわさ好き', '図々し', 'ずうずうし', '厚かまし', '苦手', '冷た', '気取', '閉鎖的', 'ぷらいど', 'けち'],
    severity: 'warn',
    instead: INSTEAD.stereotype,
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)),
  },
  // Surprise that a group can (外国人なのに日本語がとても上手, 女性なのに力持ち): the group presumed unable.
  // Blind R235I-040 kind (dec3): a people named as a body of visitors (アジアの方々なのに, 海外からのお客様なのに) and surprise that they kept
  // the manners (ゴミもきちんと持ち帰って, 静かに, 行儀よく): the people presumed ill-mannered, warn.
  // Blind R272S-005 kind (dec13): a fluency or polish marvelled at (外国の方なのに敬語までほぼ完璧, 流暢, すらすら), and age named as the
  // group (ご年配の方なのに, おばあちゃんなのに): the group presumed unable, warn.
  {
    rule: 'decency/stereotype',
    re: phrase(`(?:外国人|外国の方|外国籍の方|(?:${NATION})(?:人|系|出身)(?:の方)?|(?:${NATION})(?:から)?の(?:方々|人たち|皆さん|皆様|お客様|お客さま|お客さん|観光客|団体)|ハーフ(?:の子|の方)?|(?<![一-龥])(?:女性|男性|女子|男子)|女の子|男の子|お年寄り|高齢者|(?:ご)?年配(?:の方)?|おばあちゃん|おじいちゃん|障(?:害|がい|碍)(?:者|のある方))(?:の方)?(?:なのに|のわりに|の割に|にしては)[、,]?[^。！？!?\\n]{0,12}?(?:上手|うまい|上手い|力持ち|力が強|速い|強い|詳しい|礼儀正し|真面目|まじめ|丁寧|器用|しっかり|賢い|頭がいい|できる|きちんと|ちゃんと|行儀(?:が)?(?:よ|良)|マナー(?:が|も)?(?:よ|良|い|守)|静か|持ち帰|完璧|流暢|ぺらぺら|ペラペラ|すらすら|スラスラ|堪能)`),
    need: ['なのに', 'わりに', '割に', 'にしては'],
    severity: 'warn',
    instead: INSTEAD.stereotype,
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)),
  },
  // The non-disabled "we" inspired by a disabled person (健常者の私たちも勇気をもらいました).
  {
    rule: 'decency/stereotype',
    re: phrase('健常(?:者|な)の?(?:私|わたし|僕|我々|われわれ|自分)(?:たち|ら|ども)?(?:も|が|は)[、,]?[^。！？!?\\n]{0,8}?(?:勇気|元気|感動|見習|励まされ|力をもら|反省)'),
    need: ['健常'],
    severity: 'warn',
    instead: INSTEAD.stereotype,
  },
  // Staff as a group praised for their looks (女子職員はみんな若くてかわいいので).
  {
    rule: 'decency/lookism',
    re: phrase('(?:女子|女性|男性|若い|新人)?(?:職員|スタッフ|社員|窓口の子|受付の子)(?:は|って|も|たち(?:は|も)?)[、,]?(?:みんな|全員|揃って|そろって)?[^。！？!?\\n]{0,6}?(?:(?:かわい|可愛|カワイ)(?:い|く|すぎ|らし)|美人(?:揃い|ぞろい|ばかり|で|だ|です)|イケメン(?:揃い|ぞろい|ばかり|で|だ|です))'),
    need: ['かわい', '可愛', '美人', 'いけめん'],
    instead: INSTEAD.lookism,
    keep: (fo, s) => !phrase('人形|飾り|イラスト|キャラクター|ぬいぐるみ|雛|マスコット|犬|猫|動物|赤ちゃん|園児|デザイン|制服|名札|ポスター', 'u').test(fo.slice(s.start, s.end)),
  },
  // Women presumed to quit on marriage as the reason work goes to men (女性は結婚したら辞めるので).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:(?<![一-龥])(?:女性|女子|女)|女の子|女の人)(?:職員|社員|スタッフ)?(?:は|って)[、,]?[^。！？!?\\n]{0,8}?(?:結婚|出産|妊娠)(?:したら|すれば|すると|したとたん|したらすぐ)[、,]?[^。！？!?\\n]{0,4}?(?:辞め|やめ|退職|いなくな)'),
    need: ['結婚', '出産', '妊娠'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)),
  },
  // Foreign children presumed unable, their failing called natural (外国籍の子どもは日本語ができないので…ついていけないのは当然).
  {
    rule: 'decency/discriminatory',
    re: phrase('外国(?:籍|人|につながる)?の(?:子ども|子供|子|児童|生徒)(?:たち)?(?:は|って)[、,]?[^。！？!?\\n]{0,12}?(?:でき|話せ|分から|わから|ついていけ|ついて行け)(?:ない|ん|ません)[^。！？!?\\n]{0,24}?(?:当然|仕方(?:が)?な|しょうがな|無理(?:です|だ|もな)|当たり前)'),
    need: ['当然', '仕方', 'しようがな', '無理', '当たり前'],
    severity: 'warn',
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)),
  },
  // A people's temper or sense of time as a fact (韓国の人は気性が激しいので, アフリカ出身の方は時間の感覚が違うので).
  // Blind R205I-010 (dec11): the people named as visitors (外国のお客さんはちょっと声が大きいから, 海外からの観光客は); the voice is the
  // group's own, not a guide's heard by them (外国のお客さんは、ガイドの声が大きいと聞き取りやすい).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:(?:外国人|外国の(?:方|人)|(?:${NATION})(?:人|系|出身)?(?:から(?:の|来た|来られた|お越しの)|の)?(?:方|人|皆さん|お客さん|お客様|お客さま|観光客|旅行者|団体客|団体さん)?)(?:の)?(?:技能)?(?:実習生|留学生|研修生|労働者)?|(?:技能)?(?:実習生|留学生|研修生|移民|難民))(?:たち)?(?:(?:が|の)多い|ばかりの|ばっかりの|だらけの)?(?:班|地区|職場|現場|クラス|グループ|地域|団体|チーム|寮|アパート|ところ|とこ)?(?:は|って)[、,]?(?:やはり|やっぱり|どうしても)?[^。！？!?\\n]{0,8}?(?:気性が(?:激し|荒)|気が(?:強|短|荒)|短気|時間の?感覚が(?:違|ずれ|ゆる|ルーズ)|時間に(?:ルーズ|ゆる)|プライドが高|(?<!の)声が大き|自己主張が強|ずる賢|手癖が悪|金に(?:汚|うるさ)|嘘をつ|うそをつ)`),
    need: ['気性', '気が', '短気', '感覚', 'るーず', 'ゆる', 'ぷらいど', '声が大き', '自己主張', 'ずる賢', '手癖', '金に', '嘘をつ', 'うそをつ'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => !AWARENESS.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)) && !DENIED.test(fo.slice(b, b + 30)) && !rx('^[^。！？!?\\n]{0,4}?(?:(?:方|人)(?:も|が)(?:いる|い(?:ます|らっしゃ))|場合(?:も|が)あ)').test(fo.slice(b, b + 16)),
  },
  // A group called a drag on the others (高齢者は若者の足を引っ張る存在).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${R23_AGED}|障(?:害|がい|碍)(?:者|のある(?:方|人))|外国人|生活保護(?:受給者|の人)?|ひとり親(?:家庭)?|女性|(?<![一-龥])女)(?:は|って|なんて)[、,]?[^。！？!?\\n]{0,12}?(?:足を引っ張る|足を引っぱる|厄介者|やっかい者|重荷|負担でしかな)(?:存在|だけ|ばかり|です|だ|でしか|になる|[。！!]|$)`),
    need: ['足を引', '厄介者', 'やつかい者', '重荷', '負担でしかな'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)) && !rx('と感じ|と思わせ|にならない|ではない|ではありません').test(fo.slice(s.start, s.end)),
  },
  // The old presumed unable as a whole and the matter handed to the family (ご高齢の方は…ご理解いただくのが難しいため、ご家族が
  // お手続きください, 高齢者は判断力が衰えているので、契約は家族にさせるべき); not 難しい場合は or …方もいるため.
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${R23_AGED})(?:の皆さん|の方々)?(?:は|には|って)[、,]?[^。！？!?\\n]{0,20}?(?:難し(?:い|く)|困難|できない|できません|わからない|分からない|衰えて(?:いる|る|おり)|低下して(?:いる|る|おり))(?:です)?(?:ため|ので|から|けん)[、,]?[^。！？!?\\n]{0,12}?(?:ご家族|家族|息子さん|娘さん|お子さん)(?:の方)?(?:が|に|で)[^。！？!?\\n]{0,10}?(?:代わりに|代理で|お手続き|手続き(?:を|して)|させ|任せ|やって|行って|来て|すべき|べき)`),
    need: ['難し', '困難', 'できない', 'できません', 'わからない', '分からない', '衰え', '低下して'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => !rx('場合|(?:方|人)(?:も|が)(?:いる|い(?:らっしゃ|ます)|おられ)|ことがある|こともある').test(fo.slice(a, b)) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  // A disabled group's work capped (簡単な袋詰めくらいしかできません).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:くらい|ぐらい|程度)しか(?:でき|任せられ|務まら|こなせ)(?:ない|ません|ん)'),
    need: ['しか'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => phrase('障(?:害|がい|碍)|作業所|車(?:椅子|いす)|ダウン症|自閉|知的|精神|外国人|実習生|お年寄り|高齢者', 'u').test(fo.slice(Math.max(0, a - 60), a)) && !AWARENESS.test(fo.slice(s.start, s.end)) && !rx('時間|日|回|名|人|件|台|分|円|少し|すこし|ちょっと|わずか|少々|[0-9０-９]').test(fo.slice(Math.max(0, a - 6), a)) && !rx('^[^。！？!?\\n]{0,8}?(?:が|けど|けれど)[、,]?[^。！？!?\\n]{0,12}?(?:無理(?:せ|をせ|なく)|大丈夫|構いません|十分)').test(fo.slice(b, b + 30)),
  },
  // A person called mad by a euphemism (頭がアレな人, 頭がおかしい客): mental illness as an insult.
  {
    rule: 'decency/discriminatory',
    re: phrase('頭が(?:アレ|あれ|おかしい|おかしな|イカれ(?:た|てる)|いかれ(?:た|てる)|ぱー|パー)(?:な|の)?(?:人|方|奴|やつ|ヤツ|客|お客|住民|市民|おじさん|おばさん|じいさん|ばあさん)'),
    need: ['頭が'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !SLUR_TALK.test(fo.slice(s.start, s.end)),
  },
  // A mixed-race face as the ideal of looks (テーマは「ハーフ顔ベビー」).
  {
    rule: 'decency/lookism',
    re: phrase('ハーフ(?:顔|っぽい顔|みたいな顔|顔負け)'),
    need: ['はーふ'],
    severity: 'warn',
    instead: INSTEAD.lookism,
  },
  // A task given to a sex as its best fit (議事録は若い女性にお願いするのが一番, 女性は気配りができるので受付に向いています), a sex
  // presumed bad at a skill as the reason (男の人は料理が下手なので).
  {
    rule: 'decency/stereotype',
    re: phrase(`(?:${R23_TASK}|議事録|書記|記録係|受付|司会|接客|案内係|電話番|会計|花束贈呈)(?:は|を|なら)[、,]?(?:やっぱり|やはり)?(?:若い)?${R23_SEX}(?:に|が)(?:お願いするのが|任せるのが|やってもらうのが|頼むのが)?(?:一番|いちばん|向いて|合って|ぴったり|適任)|(?:(?<![一-龥])(?:女性|男性|女|男)|女の人|男の人|女の子|男の子)(?:は|って)[、,]?(?:やっぱり|やはり|どうしても)?[^。！？!?\\n]{0,16}?(?:ので|から|けん|し)[、,]?[^。！？!?\\n]{0,10}?(?:に|が)(?:向いて|向き(?:です|だ|や)|ぴったり|適任)|(?:(?<![一-龥])(?:女性|男性|女|男)|女の人|男の人|女の子|男の子)(?:は|って)[、,]?(?:やっぱり|やはり|どうしても)?[^。！？!?\\n]{0,8}?(?:料理|家事|掃除|裁縫|運転|機械|数字|計算|力仕事|子育て|育児|地図)(?:が|は)?(?:下手|へた|苦手|できない|弱い|ダメ|だめ)(?:なので|だから|やけん|ですから|なんで|で[、,]|な(?:もの|もん))`),
    need: ['一番', 'いちばん', '向いて', '向き', '合つて', 'ぴつたり', '適任', '下手', 'へた', '苦手', 'できない', '弱い', 'だめ'],
    severity: 'warn',
    instead: INSTEAD.stereotype,
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)) && !R23_ROLE_OK.test(fo.slice(s.start, s.end)) && !phrase('検診|健診|骨|妊|更年期|体質|ホルモン', 'u').test(fo.slice(s.start, s.end)),
  },
  // A resident's prejudice agreed with as fact (おっしゃるとおりです。…働く気のない方が多いのも事実です; …というご指摘、職員一同も
  // 感じております).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:おっしゃる(?:通り|とおり)|ご指摘の(?:通り|とおり)|同感|ごもっとも|確かに|たしかに)[^\\n]{0,40}?(?:${R22_GROUP}|外国人|障(?:害|がい|碍)者|同和|部落)[^。！？!?\\n]{0,30}?(?:のも|のは|ことは)(?:事実|確か|本当|否めな)|(?:${R22_GROUP}|外国人|障(?:害|がい|碍)者|同和|部落|若い(?:母親|お母さん|ママ|父親|夫婦))[^。！？!?\\n]{0,30}?(?:という|との)(?:ご指摘|ご意見|お声|声)[、,]?[^。！？!?\\n]{0,10}?(?:職員一同|私ども|わたくしども|私たち|当課|市として)(?:も)?[、,]?(?:同様に|同じように)?(?:感じて|同じ思い|同感|認識して)`),
    need: ['事実', '確か', '本当', '否めな', '感じて', '同じ思い', '同感', '認識して'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => rx('悪|乱|荒|怠|働く気|やる気|迷惑|トラブル|犯罪|治安|不正|なってい|守らな|守れな|雑|だらしな|うるさ|汚|ない方|ない人').test(fo.slice(a, b)) && !NAMES_PREJUDICE.test(fo.slice(a, b + 30)) && !DENIED.test(fo.slice(b, b + 30)) && !rx('^[^。！？!?\\n]{0,6}?(?:ではありません|ではない|とは言えません|とはいえません)').test(fo.slice(b, b + 16)),
  },
  // One group measured against another (日本人と違って、外国の方は…習慣がない; 男性に比べて女性は…苦手).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:日本人|外国人|外国の(?:方|人)|(?:${NATION})(?:人|系)?(?:の(?:方|人))?)(?:と(?:は)?違って|に比べて|と比べて|に比べると|と比べると|より(?:も)?)[、,]?[^。！？!?\\n]{0,4}?(?:日本人|外国人|外国の(?:方|人)|(?:${NATION})(?:人|系)?(?:の(?:方|人))?)(?:は|って|の方が)[、,]?[^。！？!?\\n]{0,20}?(?:${COMPARED_FAULT})`),
    need: ['違つて', '比べ', 'より'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/stereotype',
    re: phrase('(?:(?<![一-龥])(?:男性|女性|男|女)|男の子|女の子|若者|若い人|高齢者|お年寄り)(?:と(?:は)?違って|に比べて|と比べて|に比べると|より(?:も)?)[、,]?[^。！？!?\\n]{0,4}?(?:(?<![一-龥])(?:男性|女性|男|女)|男の子|女の子|若者|若い人|高齢者|お年寄り)(?:は|って|の方が)[、,]?[^。！？!?\\n]{0,20}?(?:苦手|下手|劣|弱い|できない|感情的|論理的でな|頭が固|わがまま)'),
    need: ['違つて', '比べ', 'より'],
    severity: 'warn',
    instead: INSTEAD.stereotype,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)) && !phrase('骨|筋肉|体力測定|検診|健診|ホルモン|妊|更年期|統計|割合|率|調査', 'u').test(fo.slice(s.start, s.end)),
  },
  // An age limit for one sex only (女性は25歳まで、男性は年齢不問).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:女性|男性)(?:の方)?(?:は)[、,]?(?:[0-9０-９]{2}|二十|三十|四十)(?:歳|才)(?:まで|以下|未満)[^。！？!?\\n]{0,10}?(?:男性|女性)(?:の方)?(?:は)[、,]?[^。！？!?\\n]{0,4}?(?:年齢不問|何歳でも|年齢は問いません|年齢制限なし|年齢制限はありません)'),
    need: ['年齢不問', '何歳でも', '年齢は問', '年齢制限'],
    instead: INSTEAD.discriminatory,
  },
  // Staff sold as a troupe of beauties (市役所の美女3人衆).
  {
    rule: 'decency/lookism',
    re: phrase('(?<=(?:市役所|職員|窓口|課|係|庁舎|スタッフ|受付)[^。！？!?\\n]{0,10})(?:美人|美女|イケメン|美男)(?:[0-9０-９一二三四五六七]人(?:衆|娘|組)|軍団|コンビ|トリオ|姉妹|集団)'),
    need: ['美人', '美女', 'いけめん', '美男'],
    instead: INSTEAD.lookism,
  },
  // Help told as a favour to a group (ホームレスの方にも、おにぎりを恵んであげました; 障害のある方に…お世話してあげました).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:障(?:害|がい|碍)(?:者|児)|障(?:害|がい|碍)のある(?:方|人|子)|車(?:椅子|いす)の(?:方|人|子)|ホームレス|路上生活|生活保護|外国人|外国の(?:方|人)|留学生|実習生|ひとり親|母子家庭|lgbtq?)(?:の方|の人|の子|のお客様|さん)?(?:に|にも|も|を|と)[、,]?[^。！？!?\\n]{0,30}?(?:恵んで|恵み|施して|お世話して|面倒を見て|面倒見て|遊ばせて|参加させて|仲間に入れて|相手をして)(?:あげ|やっ)(?:ました|ましょう|てください|て下さい|た|る|て)'),
    need: ['恵ん', '恵み', '施して', 'お世話して', '面倒', '遊ばせて', '参加させて', '仲間に入れて', '相手をして'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end).replace(/支援|サポート|介助|配慮/gu, '')),
  },
  // The old or the disabled likened to children or angels, a talent presumed of a people (黒人の方は運動神経がいいので).
  {
    rule: 'decency/stereotype',
    re: phrase(`(?:${R23_AGED}|障(?:害|がい|碍)(?:者|のある(?:方|人))|ダウン症(?:の(?:子|人|方))?|自閉症(?:の(?:子|人|方))?|発達障(?:害|がい)(?:の(?:子|人|方))?)(?:は|って)[、,]?[^。！？!?\\n]{0,8}?(?:子ども|子供|赤ちゃん|幼児|天使)(?:みたい|のよう|と同じ|と一緒|に戻)|(?:自閉症|発達障(?:害|がい)|アスペルガー|adhd|ダウン症)[^。！？!?\\n]{0,8}?(?:は|って)[^。！？!?\\n]{0,8}?(?:天才|特別な才能)(?:が多|ばかり|揃い|肌)|(?:黒人|アフリカ系|アフリカ(?:の|出身の)(?:方|人)|(?:${NATION})(?:人|系|出身))(?:の方|の人)?(?:は|って)[、,]?(?:やっぱり|やはり)?[^。！？!?\\n]{0,6}?(?:運動神経|身体能力|リズム感|足が速|歌が上手|ダンスが上手|陽気で|踊りが得意)(?:が)?(?:いい|良い|高い|抜群|すごい)?(?:ので|から|けん|ですよね|よね|[。！!])`),
    need: ['子ども', '子供', '赤ちやん', '幼児', '天使', '天才', '特別な才能', '運動神経', '身体能力', 'りずむ感', '足が速', '歌が上手', 'だんすが上手', '陽気', '踊り'],
    severity: 'warn',
    instead: INSTEAD.stereotype,
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)),
  },
  // People chosen for their looks (見栄えのいい女子学生を選びました).
  {
    rule: 'decency/lookism',
    re: phrase('(?:見栄え|見た目|ルックス|容姿|顔)(?:の|が)(?:いい|良い|よい|きれいな|綺麗な|整った)(?:若い)?(?:女子学生|女子大生|女性|女の子|男性|学生|職員|スタッフ|子|方|人)(?:たち)?(?:を|に|が|だけ)[^。！？!?\\n]{0,8}?(?:選|配置|採用|起用|集め|揃え|そろえ|お願い)'),
    need: ['見栄え', '見た目', 'るつくす', '容姿', '顔'],
    instead: INSTEAD.lookism,
    // Not produce or goods chosen for looks (贈答用には見た目のいい方を選んでください).
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !rx('ではなく|問いません|関係なく|関係ありません|贈答|野菜|果物|果実|商品|品物|みかん|いちご|苺|お土産|土産|花束|食材').test(fo.slice(s.start, s.end)),
  },
  // Residents' fear of a group's home called reasonable and the plan dropped (グループホーム…不安がもっともなので、計画を見直します).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${R22_GRP})[^\\n]{0,40}?(?:不安|心配|懸念|反対)(?:の声)?(?:が|は|も)?(?:ごもっとも|もっとも|当然|無理もな)[^\\n]{0,30}?(?:見直|見合わせ|見送|中止|白紙|断念|取りやめ|撤回|再検討)`),
    need: ['もつとも', '当然', '無理もな'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => !NAMES_PREJUDICE.test(fo.slice(a, b + 30)),
  },
  // A place praised as safe for having no foreigners (外国人がおらんけん、治安がよか).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${WATCHED}|外国の(?:方|人)|障(?:害|がい|碍)者|同和地区)(?:が|は|も)?(?:い|お|住んで(?:い|お)?)(?:ない|らん|ません|なか|らず)(?:けん|から|ので|ため|おかげで|し)[、,]?[^。！？!?\\n]{0,8}?(?:治安|安全|安心|平和)`),
    need: ['治安', '安全', '安心', '平和'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  // Surprise at a group's work (障害者の方が作ったとは思えない, 女性が書いたとは思えない).
  {
    rule: 'decency/stereotype',
    re: phrase('(?:障(?:害|がい|碍)(?:者|児)|障(?:害|がい|碍)のある(?:方|人|子)|(?<![一-龥])(?:女性|女|女子|男性|男)|女の子|男の子|お年寄り|高齢者|外国人|外国の方)(?:の方)?(?:が|の)(?:作った|つくった|書いた|描いた|撮った|弾いた|演じた|やった|した|手がけた)(?:もの)?とは(?:思えない|思えません|思えん|信じられない)'),
    need: ['とは思え', 'とは信じられ'],
    severity: 'warn',
    instead: INSTEAD.stereotype,
  },
  // A group laughed at for a mishap or its condition (車いすの人が段差で立ち往生してて…笑っちゃいました, 認知症のおばあちゃん、同じ話を
  // 10回もしてて笑った, ゲイの職員が…違和感なさすぎ（笑））.
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:認知症|車(?:椅子|いす)の(?:人|方|子)|障(?:害|がい|碍)(?:者|児|のある(?:人|方|子))|外国人|外国の(?:人|方|友達)|(?:${NATION})人|ゲイ|レズ|トランス|オネエ|同性愛|ホームレス|お年寄り|年寄り|老人|ダウン症)[^。！？!?\\n]{0,24}?(?:立ち往生|変な顔|同じ話|何度も同じ|間違え|迷って|困って|転ん|こけ|もたもた|モタモタ|必死|慌て|あたふた|違和感|混ざって|おかしな|片言|カタコト)[^。！？!?\\n]{0,14}?(?:笑った|笑っちゃ|笑える|笑けた|爆笑|ウケ|うけた|[（(]笑[)）]|[😂🤣]|ｗ)`),
    need: ['笑つた', '笑つちや', '笑える', '笑けた', '爆笑', 'うけ', '笑', '😂', '🤣', 'ｗ'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !rx('笑顔|笑い(?:ヨガ|体操)|ほっこり').test(fo.slice(s.start, s.end)),
  },
  // Death joked about as the count of seasons left (老人ホームの方々、あと何回花見ができるかな？なんて（笑）).
  {
    rule: 'decency/insensitive',
    re: phrase('あと何(?:回|度)(?:花見|お花見|正月|お正月|誕生日|夏|紅葉|敬老会|お盆)(?:が|を)?(?:できる|迎えられる|見られる|見れる|楽しめる)(?:かな|やろ|だろう|でしょう)'),
    need: ['あと何'],
    instead: INSENSITIVE,
    keep: (fo, s, a, b) => phrase('老人|高齢|お年寄り|年寄り|ホーム|施設|入所|特養|じいちゃん|ばあちゃん', 'u').test(fo.slice(Math.max(0, a - 60), b)) || rx('笑|ｗ|😂|🤣|なんて').test(fo.slice(b, b + 16)),
  },
  // Japanese staff preferred (やっぱり日本人の職員の方が安心), a body part praised (脚線美がすごい), a talent taken for granted.
  {
    rule: 'decency/discriminatory',
    re: phrase('日本人(?:の)?(?:職員|スタッフ|先生|店員|ヘルパー|介護士|看護師|保育士|講師|ガイド)(?:さん)?(?:の方|のほう)?が[、,]?(?:やっぱり|やはり|断然)?(?:安心|いい(?:です|よね|ね|[。！!])|良い(?:です|[。！!])|信用でき|信頼でき)'),
    need: ['日本人'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/lookism',
    re: phrase('(?:脚線美|美脚|くびれ|バスト|ヒップ|胸元|太もも)(?:が|も|は)?(?:すごい|すご過ぎ|すごすぎ|たまらない|たまらん|最高|抜群|眩し|まぶし|えぐい|ヤバい|やばい)'),
    need: ['脚線美', '美脚', 'くびれ', 'ばすと', 'ひつぷ', '胸元', '太もも'],
    instead: INSTEAD.lookism,
    keep: (fo, s) => !BODY_VETO.test(fo.slice(s.start, s.end)) && !phrase('ストッキング|ジーンズ|パンツ|スカート|商品|ドレス|マネキン|彫刻|像|トレーニング|エクササイズ|体操', 'u').test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/stereotype',
    re: phrase(`(?:黒人|(?:${NATION})(?:人|系|出身))(?:の(?:子|方|人))?(?:は|って|なら)[、,]?[^。！？!?\\n]{0,10}?(?:踊れ|歌え|走れ|話せ|できる|上手)(?:て|る|で|なのは|のは)?(?:当たり前|当然|当たりまえ)`),
    need: ['当たり前', '当然', '当たりまえ'],
    severity: 'warn',
    instead: INSTEAD.stereotype,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)),
  },
  // Country people belittled as a group (田舎もんは都会に出るとバカにされるけん), a dialect called shameful.
  {
    rule: 'decency/stereotype',
    re: phrase('(?:田舎(?:もん|者|っぺ)|いなかもん|いなかっぺ)(?:は|って|だから|やけん|けん|なので|やから|じゃ|扱い)[^。！？!?\\n]{0,20}?(?:バカに|馬鹿に|ばかに|笑われ|見下|なめられ|舐められ|恥ずかし|ダサ|だせ|ださ)|方言(?:は|が|って)[、,]?[^。！？!?\\n]{0,4}?(?:恥ずかし|ダサ|だささ|ださい|みっともな|品がな)'),
    need: ['田舎', 'いなか', '方言'],
    severity: 'warn',
    instead: INSTEAD.stereotype,
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)) && !rx('誇り|魅力|大切|守|残そう|ことはありません|なんてことは').test(fo.slice(s.start, s.end)),
  },
  // Pity as the frame of a group (女手ひとつで大変なかわいそうなママたち).
  {
    rule: 'decency/stereotype',
    re: phrase('(?:かわいそうな|可哀想な|可哀そうな|気の毒な|哀れな|不憫な)(?:ママ|お母さん|母親|子|子ども|子供|子たち|方|人|方々|お年寄り|高齢者|障(?:害|がい)者)(?:たち)?'),
    need: ['かわいそう', '可哀', '気の毒', '哀れ', '不憫'],
    severity: 'warn',
    instead: INSTEAD.stereotype,
    // Round 63: not animals (障害のある犬も譲渡の対象です。かわいそうな子たちに…).
    keep: (fo, s, a, b) => phrase('シングル|ひとり親|一人親|母子|父子|女手|障(?:害|がい)|高齢|外国|生活保護|貧困|施設', 'u').test(fo.slice(Math.max(0, a - 60), b + 20)) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !ANIMAL63.test(fo.slice(Math.max(0, a - 60), b + 20)),
  },
  // Looks: a body part as the score (うなじとお尻のラインで審査), a person sold as too beautiful (美しすぎるランナー), onlookers stirred
  // by a girl's looks (袴姿がかわいすぎて先生たちの目が釘付け, 独身なので男性職員がざわついて), 本物の外国人.
  {
    rule: 'decency/lookism',
    re: phrase('(?:胸|バスト|お尻|尻|ヒップ|うなじ|脚|太もも|くびれ|ボディライン|体型|プロポーション|顔)(?:の(?:ライン|形|美しさ))?(?:と(?:胸|バスト|お尻|尻|ヒップ|うなじ|脚|太もも|くびれ)(?:の(?:ライン|形))?)?(?:で|を)(?:審査|採点|評価|ランク付け|点数)'),
    need: ['胸', 'ばすと', '尻', 'ひつぷ', 'うなじ', '脚', '太もも', 'くびれ', 'ぼでぃ', '体型', 'ぷろぽーしよん', '顔'],
    instead: INSTEAD.lookism,
    keep: (fo, s, a, b) => !BODY_VETO.test(fo.slice(s.start, s.end)) && !phrase('健康|医師|保健|bmi|肥満|検査', 'u').test(fo.slice(s.start, s.end)) && !rx('^[^。！？!?\\n]{0,20}?(?:行いません|行わない|しません|いたしません|廃止|やめ|見直|禁止|ではなく|しない)').test(fo.slice(b, b + 30)),
  },
  {
    rule: 'decency/lookism',
    re: phrase('(?:美しすぎる|美し過ぎる|美人すぎる|可愛すぎる|かわいすぎる|カワイすぎる|イケメンすぎる|美女すぎる)[“”"「]?(?:ランナー|選手|アスリート|スイマー|ゴルファー|市議|議員|職員|先生|ママ|女将|店員|消防士|警察官|農家|漁師|船頭|書道家|剣士|保育士|看護師)'),
    need: ['すぎる', '過ぎる'],
    severity: 'warn',
    instead: INSTEAD.lookism,
  },
  {
    rule: 'decency/lookism',
    re: phrase('(?:目が釘付け|目を奪われ|釘付け|ソワソワ|そわそわ|ざわつ|色めき立|メロメロ|めろめろ|ドキドキ|どきどき|ご機嫌|上機嫌|大喜び|デレデレ|でれでれ|ニヤニヤ|にやにや)'),
    need: ['釘付け', '目を奪われ', 'そわそわ', 'ざわつ', '色めき立', 'めろめろ', 'どきどき', '機嫌', '大喜び', 'でれでれ', 'にやにや'],
    instead: INSTEAD.lookism,
    keep: (fo, s, a) => {
      const w = fo.slice(Math.max(0, s.start - 80), s.end)
      return (R23_LOOKED.test(w) || rx('華やか|きれいどころ|お色気').test(w)) && phrase('女子|女の子|女性|新人|ちゃん|娘|お姉さん|生徒|職員|ママ', 'u').test(w) && phrase('男|先生|職員|おじさん|おっちゃん|お父さん|パパ|親父|おやじ|殿方|男性陣|課長|部長|市長', 'u').test(fo.slice(Math.max(0, a - 24), s.end)) && !phrase('作品|演技|プレー|演奏|景色|夜景|花火|料理|展示', 'u').test(w)
    },
  },
  {
    rule: 'decency/discriminatory',
    re: phrase('本物の(?:外国人|外人|ガイジン|日本人)[”"」』]?(?:は|って|の)?(?:違|ちが|さすが|いい|良い|一番|ならでは|らしい)?'),
    need: ['本物の'],
    severity: 'warn',
    instead: INSTEAD.discriminatory,
  },
  // Sexualised promotion: 水着の女子大生たちが…たっぷり見せちゃいます💋, 濡れた肉体美, 脱いだらもっとすごい.
  {
    rule: 'decency/sexual',
    re: phrase('(?:ボディライン|体のライン|身体のライン|からだのライン|下着姿|裸|脱いだ姿)(?:を|も|まで)?(?:つい)?想像(?:し|しちゃ|させ)|水着(?:姿)?の(?:女子大生|女子高生|女の子|女性|お姉さん|ギャル|女子)(?:たち)?[^。！？!?\\n]{0,30}?(?:見せちゃ|見せます|見せる|たっぷり|💋|❤|♡|必見)|脱いだら(?:もっと|さらに|すご|凄)|濡れた(?:肉体|体|身体|からだ)|(?:おいしいところ|美味しいところ)[^。！？!?\\n]{0,16}?💋'),
    need: ['水着', '脱いだら', '濡れた', 'おいしいところ', '美味しいところ', '想像'],
    instead: INSTEAD.sexual,
  },
  // Blame on the victim's dress (短いスカートの女性は狙われやすい).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:短いスカート|ミニスカート?|露出(?:の|が)多い|肌の露出|薄着|派手な服(?:装)?|胸元の開いた)[^。！？!?\\n]{0,12}?(?:は|が|だと|では)[^。！？!?\\n]{0,4}?(?:狙われ|襲われ|被害に(?:遭|あ)い|痴漢に(?:遭|あ)い)(?:やすい|がち|ます)'),
    need: ['すかーと', 'みに', '露出', '薄着', '派手な服', '胸元'],
    severity: 'warn',
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !phrase('服装のせいでは|服装は関係|落ち度はありません|被害者は悪くない|誤解', 'u').test(fo.slice(s.start, s.end + 40)),
  },
  // Deaths joked about: 「次は誰の番かな？」 at a nursing home, a fire's victims as 黒焦げ…（笑）.
  {
    rule: 'decency/insensitive',
    re: phrase('次は(?:誰|だれ)の番|(?:黒焦げ|丸焦げ|焼け死|丸焼け)[^。！？!?\\n]{0,30}?(?:笑え(?:ません|ない)|[（(]笑[)）]|ｗ)'),
    need: ['次は誰', '次はだれ', '黒焦げ', '丸焦げ', '焼け死', '丸焼け'],
    instead: INSENSITIVE,
    keep: (fo, s, a, b) => /^次は/u.test(fo.slice(a, b)) ? phrase('特養|施設|入所者|高齢|ホーム|お年寄り|介護|老人|葬|亡くな|死', 'u').test(fo.slice(Math.max(0, a - 100), b + 40)) : phrase('火災|火事|火が出|件|事故|焼け', 'u').test(fo.slice(Math.max(0, a - 40), b + 60)),
  },
]
/** Round 24, before the other phrases: staff or women praised as young and pretty (若くてかわいい子ばっかり, 若くてきれいな方がそろいました). */
const R24_EARLY: Phrase[] = [
  {
    rule: 'decency/lookism',
    re: phrase('(?:若くて|若い|20代の|二十代の)(?:かわいい|可愛い|カワイイ|きれいな|綺麗な|キレイな|美人な?|美しい)(?:子|方|人|女性|女の子|お姉さん|職員|先生|娘|看板娘)(?:さん)?(?:たち)?(?:ばっかり|ばかり|ぞろい|揃い|だらけ|が(?:そろ|揃|多|いっぱい|集ま))'),
    need: ['若', '20代', '二十代'],
    instead: INSTEAD.lookism,
  },
]
/** Round 24: groups a measure or a presumption is aimed at (障害のある方, 外国籍の方, HIV感染者の方, ひとり親世帯, ホームレスの方). */
const R24_GRP = `${R22_GRP}|(?:外国人)?留学生|認知症(?:の)?(?:方|人|高齢者|患者|お年寄り)|${DISABLED}|障(?:害|がい|碍)(?:の)?(?:ある|お持ちの)(?:生徒|児童|子ども|子供|お子さん|お子様|職員|社員|学生|利用者|方々)|車(?:椅子|いす)(?:の|を(?:ご)?利用の)?(?:方|人|お客様|利用者)|(?:hiv|エイズ)(?:感染者|陽性者|患者)(?:の方)?|外国(?:籍|人)(?:の)?(?:方|人|利用者|住民|労働者|作業員)?|(?:${NATION})(?:系|籍|人|出身)(?:の)?(?:方|人|お客様|研修生|実習生|住民)?|研修生|ひとり親(?:世帯|家庭)|母子(?:世帯|家庭)|生活保護(?:受給者|世帯)`
/** A district or an estate named for its people (あの地区の人たち, ○○団地の子ども, ○○中学校区の子たち). */
const R24_PLACE = `(?:あの|その|この|あそこの|[〇○●◯×△□■]{1,3}|同)(?:地区|地域|町|団地|校区|中学校区|小学校区|集落|部落)`
const R24_PLACE_PEOPLE = `${R24_PLACE}(?:の)?(?:人|人たち|人ら|住民|出身者|出身の(?:方|人)|子|子ども|子供|子たち|子ら|連中|保護者)`
/** … any estate or district, where the sentence already presumes (どうせ, 犯人は). */
const R24_ANY_PLACE_PEOPLE = '(?:団地|地区|地域|校区|集落|町内)(?:の)?(?:人|人たち|子|子ども|子供|子たち|子ら|住民|連中)'
/** Tasks and roles a sex may be handed (炊き出し, 草刈り, お茶の準備, 力仕事, お姫様). */
const R24_TASK = `${R23_TASK}|お皿洗い|皿洗い|食器洗い|洗濯|お茶の(?:準備|用意)|袋詰め|重い(?:もの|物|荷物)|細かい(?:気配り|作業)|気配り|手料理|年収|車の話|お姫様|ヒーロー|戦隊|お茶出し|お酒の席|お酌`
const R24_WOMEN = `(?:(?<![一-龥])(?:女性|女子|女衆)|女の(?:子|人)|お母さん|母親|ママ|奥さん|奥さま|奥様|主婦|婦人)(?:会|部)?(?:陣|方|たち|の(?:皆さん|みなさん|皆様|みなさま|方々|方|先生))?`
const R24_MEN = `(?:(?<![一-龥])(?:男性|男子|男衆)|男の(?:子|人)|お父さん|父親|パパ|旦那さん|ご主人)(?:陣|方|たち|の(?:皆さん|みなさん|皆様|みなさま|方々|方|先生))?`
const R24_LAUGH = phrase(`${LAUGH_MARK}|(?<=[ー~〜…！!？?])笑`, 'u')
const R24_SEX_OK = phrase('限定|専用|のみ(?!な)|希望制|希望者|希望に応じ|立候補|男女別|更衣|トイレ|浴場|検診|健診|固定観念|役割分担|男女共同参画|ジェンダー|性別に(?:関係|かかわ|関わ)|性別を問わ|男女(?:問わ|を問わ|関係な)|どちらでも|どなたでも|誰でも|問わず|関係なく|交代で|交互に|部門|の部|区分|km|メートル|m走|リレー|種目|サイズ', 'u')
const R24_FAULT = '遅れ|滞納|未納|困難|気付か(?:ない|ず)|気づか(?:ない|ず)|問題を起こ|トラブルを起こ|騒ぎを起こ|守らな|守れな|守らず|荒れ|意識が低|読みにく|通じにく|間違(?:い|え)|だらしな|さぼ|サボ|怠け|なまけ|欠勤|遅刻|無断で|すぐ(?:に)?(?:辞め|やめ)|嘘を|起伏が激し|感情的に|攻撃的|乱暴|暴力を|トラブルに(?:なる|なり)|事故を起こ|(?:習慣|常識|マナー|ルール|決まり)(?:を|が)理解(?:でき|し)(?:ない|ていない)|(?:作業|仕事)が(?:遅|のろ|とろ)(?:い|く)'
/** A presumption said in order to meet it (多言語で説明します, ふりがなを付けました): the city acting, not labelling. */
const R24_CONSIDERATE = phrase('多言語|やさしい日本語|通訳|ふりがな|翻訳', 'u')
const R24_HEALTH = phrase('暑さ|渇き|熱中症|脱水|症状|体調|被害|詐欺|だまさ|騙さ|感染|転倒|ヒートショック|火災|薬|災害|避難', 'u')

const R24: Phrase[] = [
  // The account agreeing with a resident's fear of a group (まさにその通りです。…の方が公園にいると子どもが怖がります; 編集部も同じ思いです).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:まさに|全く|まったく|本当に)?(?:その|おっしゃる|ご指摘の)(?:通り|とおり)(?:です|でございます|だと思います)|(?:ご心配|ご不安|ご懸念|お気持ち|ご意見)(?:は|も)?[、,]?(?:ごもっとも|もっとも(?:です|でございます)|当然(?:です|でございます))|(?:私|わたくし|職員|編集部|市|当課|我々|私ども)(?:たち|一同|ども)?(?:も)?(?:同じ思い|同感|同じ気持ち|同じ考え)(?:です|でございます|だ)|ごもっともです'),
    need: ['通り', 'とおり', '同じ思い', '同感', '同じ気持ち', '同じ考え', 'もっとも', '当然'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => {
      const w = fo.slice(Math.max(0, a - 120), Math.min(fo.length, b + 120))
      return (rx(`${R24_GRP}|ホームレス|路上生活|${R24_PLACE_PEOPLE}|出身者`).test(w)) && rx('怖|こわ|不安|物騒|治安|問題を起こ|問題が多|トラブルを起こ|迷惑|退去|出て行|追い出|注意して見|目を光|見張|監視|近づ|雰囲気が変わ|再検討|見直|見合わせ|見送|荒れ').test(fo.slice(Math.max(0, a - 120), a) + '。' + fo.slice(b, Math.min(fo.length, b + 120))) && !NAMES_PREJUDICE.test(w) && !DENIED.test(w) && !rx('関係(?:なく|ない|ありません)|根拠|ないよう|支援|相談|多言語|寄り添|見守り').test(w)
    },
  },
  // A fault presumed of a whole group (…の方は業務遂行が困難な場合が多いため, …の出身者は問題を起こしがち); of the old, a stereotype
  // (一人暮らしの高齢者のお宅は、漏水に気付かないことが多い), warn.
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${R24_GRP}|${R24_PLACE_PEOPLE})(?:は|って|の方は|の人は)[、,]?[^。！？!?\\n]{0,20}?(?:${R24_FAULT})[^。！？!?\\n]{0,6}?(?:がち|ことが(?:多|よくあ)|場合が多|ケースが多|傾向(?:が|に)あ|やすい)`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => {
      const t = fo.slice(s.start, s.end)
      return !AWARENESS.test(t) && !PRESUMED_NOT.test(t) && !R24_HEALTH.test(t) && !R22_SOME.test(fo.slice(a, b + 10)) && !R24_CONSIDERATE.test(t)
    },
  },
  // … or its members said to slack off at once (外国人実習生って、ちょっと目を離すとすぐサボる).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${R24_GRP}|外国人|実習生)(?:実習生|研修生|労働者)?(?:は|って)[、,]?[^。！？!?\\n]{0,16}?すぐ(?:に)?(?:サボ|さぼ|怠け|なまけ|逃げ|キレ|きれ|盗|嘘を)`),
    need: ['すぐ'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/stereotype',
    re: phrase(`(?:一人暮らし|ひとり暮らし)?の?(?:${AGED}|高齢(?:の)?(?:ドライバー|運転者)|高齢者ドライバー)(?:のお宅|の世帯|の方)?(?:は|って)[、,]?[^。！？!?\\n]{0,20}?(?:${R24_FAULT})[^。！？!?\\n]{0,6}?(?:がち|ことが(?:多|よくあ)|場合が多|ケースが多|傾向(?:が|に)あ|やすい)`),
    severity: 'warn',
    instead: INSTEAD.stereotype,
    keep: (fo, s, a, b) => {
      const t = fo.slice(s.start, s.end)
      return !AWARENESS.test(t) && !PRESUMED_NOT.test(t) && !R24_HEALTH.test(t) && !R22_SOME.test(fo.slice(a, b + 10))
    },
  },
  // … or a whole district's people (あの地区の人たちは意識が低い, ○○町の人は昔から気性が荒く; round 42: manners said bad, also with the
  // dialect's subject の and -か: いっつも態度の悪か; not a bad manner put on someone else: 態度の悪い業者).
  {
    rule: 'decency/discriminatory',
    re: phrase(`${R24_PLACE_PEOPLE}(?:は|って|が|も)[、,]?[^。！？!?\\n]{0,14}?(?:意識が低|民度|(?:柄|ガラ|態度|マナー|行儀|素行|口|言葉遣い|言葉づかい|品)(?:が|の|も|は)?(?:悪|わる)(?:い|か|く)(?![一-龥])|気性が荒|気が荒|荒っぽ|乱暴|ケンカっ早|けんかっ早|喧嘩っ早|問題を起こ|問題が多|トラブル(?:を|ばかり)?起こ|だらしな|ルーズ|ろくな)`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)) && !DENIED.test(fo.slice(s.start, s.end + 20)),
  },
  // A district's people presumed to be the culprits (どうせ○○中学校区の子たちでしょう, 犯人は…団地の子どもだと思われます, どうせ…実習生のもの).
  {
    rule: 'decency/discriminatory',
    re: phrase(`どうせ(?!なら)[^。！？!?\\n]{0,20}?(?:${R24_PLACE_PEOPLE}|${R24_ANY_PLACE_PEOPLE}|${R24_GRP}|外国人|実習生)(?:の(?:もの|物|仕業|しわざ|せい)|が(?:やった|やっと|犯人|原因)|たち|ら|でしょ|だろ|やろ)|犯人は[^。！？!?\\n]{0,14}?(?:${R24_PLACE_PEOPLE}|${R24_ANY_PLACE_PEOPLE}|${R24_GRP}|外国人|実習生)(?:の(?:誰か|者))?(?:だと|でしょう|だろう|と思われ|に違いな|に決まっ)`),
    need: ['どうせ', '犯人は'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end + 20)),
  },
  // Crime or a nuisance tied to a group (外国人による不法投棄が目立っています), a group's presence making a counter rough (…のお客様が多くて窓口が荒れ気味).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${R24_GRP}|外国人|実習生)(?:による|が(?:起こす|出す))[^。！？!?\\n]{0,6}?(?:不法投棄|ポイ捨て|盗難|窃盗|万引き|犯罪|騒音|迷惑行為|トラブル)(?:が|も)?(?:目立|増え|多発|相次|後を絶|多く)|(?:${R24_GRP}|外国人)(?:の(?:お客様|方|人|利用者))?が多(?:くて|い(?:ので|ため|から|せいで|と))[、,]?[^。！？!?\\n]{0,12}?(?:荒れ|混乱し|騒が|うるさ|汚れ|治安)`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !DENIED.test(fo.slice(s.start, s.end + 30)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)),
  },
  // A group said to bother or slow the others, then kept out (…は手がかかるため、受入れをご遠慮いただきました; 乗降に時間がかかり…時間帯のご利用は…).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${R24_GRP})(?:さん)?(?:は|が|の)[^。！？!?\\n]{0,30}?(?:手がかか|手間がかか|手間(?:が|も)?増え|時間がかか|遅れ|影響が出|迷惑がかか|足を引っ張)[^\\n]{0,50}?(?:ご遠慮|お控え|お断り|見送|控えて|避けて|ご利用は(?:でき|お控え|ご遠慮))|(?:${R24_GRP})(?:さん)?(?:は|って)[、,]?[^。！？!?\\n]{0,6}?(?:健常者|一般の(?:方|人)|他の(?:方|人)|普通の(?:方|人))と同じ[^。！？!?\\n]{0,12}?(?:難し|無理|できな|でき(?:ません|ん))`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !rx('ご遠慮なく|お断りすることは|お断りしません|ではありません|支援|ご協力を|ご理解を').test(fo.slice(s.start, s.end + 40)),
  },
  // A group sent apart for the others' sake (…の外来診療は他の患者さんへの配慮から、…専用枠に限らせていただきます), 別途 screening, ID asked of a group only.
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${R24_GRP}|同和地区|部落)[^。！？!?\\n]{0,20}?(?:他|ほか|周り|周囲|一般)の(?:患者|利用者|お客|方|入居者|参加者|皆様|皆さん|児童|生徒)(?:さん|様)?(?:への|に)(?:ご)?(?:配慮|迷惑|影響)(?:から|のため|により|として|を考え)[^。！？!?\\n]{0,30}?(?:専用|限ら|別|時間外|終了後|最終|のみ|だけ|お断り|ご遠慮)|(?:${R24_GRP}|同和地区(?:の)?(?:住民|出身)?)(?:の方)?(?:[、・](?:${R24_GRP}|ひとり親世帯)(?:の方)?)?(?:は|に限り|のみ|だけ)[、,]?[^。！？!?\\n]{0,12}?(?:(?:入居|入会|採用|入園)?審査を別(?:途|に)|別途審査|(?:身分証|身分証明書|住民票)(?:の写し)?(?:の)?(?:提示|提出|確認))`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !SAFETY.test(fo.slice(s.start, s.end)),
  },
  // A tenancy or a service refused to groups, told as a matter of course (外国人・母子家庭・生活保護受給者への賃貸はお断りしている物件).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${R24_GRP})(?:[、・](?:${R24_GRP}))*(?:の方)?(?:への|に対する|の)(?:(?:部屋|物件|住宅|アパート|お部屋)(?:の)?)?(?:賃貸|入居|貸し出し|採用|入店|受け入れ|受入れ?)(?:は|を)?(?:お断り|ご遠慮|不可|認めて(?:いない|おりません)|受け付けて(?:いない|おりません))`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !AWARENESS.test(fo.slice(s.start, s.end)) && !rx('^[^。！？!?\\n]{0,4}?(?:することは|しない|いたしません|しません)').test(fo.slice(b, b + 16)),
  },
  // A group's help made its worth as cheap labour (…の研修生は体力があり文句を言わないので、…人手として最適).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${R24_GRP}|外国人|実習生)(?:留学生|研修生|実習生|労働者)?(?:は|って)[、,]?[^。！？!?\\n]{0,16}?(?:文句(?:を|も)?言わ(?:ない|ず)|従順|我慢強|安く(?:使え|雇え)|こき使|使いやす|使い勝手)`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)),
  },
  // A disabled group's worth as staff denied (障害者枠の採用は、正直あまり戦力にならない), the old or the disabled called a burden (足手まとい).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${R24_GRP}|しょうがい者|(?:${AGED}))(?:枠|雇用)?[^。！？!?\\n]{0,10}?(?:は|って|なんて)[、,]?[^。！？!?\\n]{0,16}?(?:戦力に(?:ならな|なりませ)|戦力外|役に立た(?:ない|ん)|使い物にならな)|(?:${AGED}|${R24_GRP})[^\\n]{0,60}?(?:正直|はっきり言って|ぶっちゃけ)[、,]?(?:足手まとい|お荷物|邪魔)`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !rx('^[^。！？!?\\n]{0,6}?(?:ということはありません|わけではありません|ではありません|なんてことは)').test(fo.slice(b, b + 20)),
  },
  // Tasks split by sex (奥さま方には炊き出しを…男性は草刈りを; 女の子はお姫様、男の子はヒーロー; 重いものは男性陣に…女性のみなさんにはお茶の準備).
  {
    rule: 'decency/stereotype',
    re: phrase(`(?:${R24_WOMEN}|${R24_MEN})(?:は|には|に)[、,]?[^。！？!?\\n]{0,12}?(?:${R24_TASK})|(?:${R24_TASK})(?:は|も)[^。！？!?\\n]{0,4}?(?:${R24_WOMEN}|${R24_MEN})(?:に|が)`),
    severity: 'warn',
    instead: INSTEAD.stereotype,
    keep: (fo, s, a, b) => {
      const w = fo.slice(Math.max(0, a - 70), Math.min(fo.length, b + 70))
      const m = fo.slice(a, b)
      const women = rx(R24_WOMEN).test(m)
      return rx(women ? `${R24_MEN}` : `${R24_WOMEN}`).test(w.replace(m, '')) && rx(`${R24_TASK}`).test(w.replace(m, '')) && !R24_SEX_OK.test(w) && !ROLE_TALK.test(w)
    },
  },
  // … whatever the tasks, when each sex is handed its own (女性会の皆さんには煮しめ作りを、男衆には神輿を…お願いします;
  // 女の子はおひなさま役、男の子はお内裏さま役で決まり).
  {
    rule: 'decency/stereotype',
    re: phrase(`(?:${R24_WOMEN}|${R24_MEN})(?:は|には|に)[、,]?[^。！？!?\\n]{1,14}?(?:を|役|係)?[、,][^。！？!?\\n]{0,4}?(?:${R24_WOMEN}|${R24_MEN})(?:は|には|に)[、,]?[^。！？!?\\n]{1,14}?(?:お願い|担当し|任せ|よろしく|役で決まり|で決まり|に決まって|が定番|がお約束)`),
    severity: 'warn',
    instead: INSTEAD.stereotype,
    keep: (fo, s, a, b) => {
      const m = fo.slice(a, b)
      return rx(R24_WOMEN).test(m) && rx(R24_MEN).test(m) && !R24_SEX_OK.test(fo.slice(s.start, s.end)) && !rx('(?:館|場|室|階|側|教室|会場|コース|棟|列)(?:で|へ|に|、|,)|着替|お並び|整列').test(m) && !ROLE_TALK.test(fo.slice(Math.max(0, s.start - 60), s.end))
    },
  },
  {
    rule: 'decency/stereotype',
    re: phrase('主婦(?:の)?(?:皆さん|みなさん|皆様|みなさま)[、,！!][^。！？!?\\n]{0,10}?(?:皿洗い|食器洗い|洗濯|炊事|家事|料理|掃除|洗い物)(?:の(?:とき|時|際)|は|を|する|では)'),
    need: ['主婦'],
    severity: 'warn',
    instead: INSTEAD.stereotype,
  },
  // A people's talent taken as given (…出身の…さんは、やっぱりリズム感が抜群).
  {
    rule: 'decency/stereotype',
    re: phrase(`(?:黒人|(?:${NATION})(?:人|系|出身|生まれ))(?:の)?[^。！？!?\\n]{0,8}?(?:さん|の方|の人|の子)?(?:は|って)[、,]?(?:やっぱり|やっぱ|やはり|さすが)[、,]?[^。！？!?\\n]{0,6}?(?:リズム感|運動神経|身体能力|バネ|ノリ|陽気|踊り|ダンス|歌がうま|足が速)`),
    severity: 'warn',
    instead: INSTEAD.stereotype,
  },
  // Region + sex or people + a temper (九州の男性は亭主関白が多い), 都会の人はかわいそう😂, よそもんには分からん.
  {
    rule: 'decency/stereotype',
    re: phrase('(?:九州|関西|東北|北海道|沖縄|大阪|東京|地方|田舎|都会|県外|九州男児)(?:の)?(?:男性|女性|男|女|人|人たち|もん|者)?(?:は|って)[、,]?[^。！？!?\\n]{0,8}?(?:亭主関白|気が強|短気|気性が荒|ケチ|せっかち|冷た|かわいそう|可哀想|気の毒)|(?:よそもん|よそ者|余所者)(?:には|は|じゃ)[^。！？!?\\n]{0,8}?(?:分から|わから|無理)'),
    need: ['亭主関白', '気が強', '短気', '気性が荒', 'けち', 'せつかち', '冷た', 'かわいそう', '可哀想', '気の毒', 'よそもん', 'よそ者', '余所者'],
    severity: 'warn',
    instead: INSTEAD.stereotype,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)),
  },
  // A group turned into a running gag (高齢者あるある, モンスター系のおばさま), a sick person treated as germs (バイ菌扱い), broken Japanese laughed at.
  {
    rule: 'decency/stereotype',
    re: phrase('(?:高齢者|お年寄り|年寄り|老人|おばちゃん|おばさん|おじさん|外国人|ガイジン)あるある|(?:モンスター|クレーマー)(?:系|級)?[”"」』]?(?:の)?(?:おばさま|おばさん|おばちゃん|おじさん|おじさま|じいさん|ばあさん|お客|市民|住民)|(?:バイ菌|ばい菌|病原菌)扱い|(?:カタコト|片言)(?:の)?(?:日本語|英語)?[^。！？!?\\n]{0,16}?(?:笑っちゃ|笑える|ウケる|うける|[（(]笑[)）]|🤣|😂)'),
    need: ['あるある', 'もんすたー', 'くれーまー', 'ばい菌', '病原菌', 'かたこと', '片言'],
    severity: 'warn',
    instead: INSTEAD.stereotype,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !rx('やめ|しないで|いけません|対策|研修|ペアレント').test(fo.slice(s.start, s.end)),
  },
  // A sexual minority hinted at as "that kind" where gender is the topic (ジェンダーレス制服って、結局そっち系の子が喜ぶだけ,
  // 男子のスカートはあっちの気がある人向け): a sneer that names no one. Not そっち系の仕事 or その手の話 with no gender topic near.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:そっち|あっち|そういう|その手の|そっちの|あっちの|そのけ)(?:系|方面|趣味|気|け|ケ)(?:が)?(?:ある|あり|のある)?(?:の)?(?:子|人|方|男|女|男子|女子|生徒|奴|やつ|連中|お客|人たち|方々)'),
    need: ['そつち', 'あつち', 'そういう', 'その手', 'そのけ'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a) => rx(`${R21_ORIENT}|ゲイ|レズ|ホモ|オネエ|おねえ|オカマ|ジェンダー|性別|女装|男装|スカート|制服|更衣室|トイレ|男らし|女らし|男のくせ|女のくせ|性の多様`).test(fo.slice(Math.max(0, a - 80), s.end)) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !AWARENESS.test(fo.slice(s.start, s.end)),
  },
  // A sexual minority set against 普通の方 (…への配慮です。まあ、普通の方には特に関係ありません).
  {
    rule: 'decency/discriminatory',
    re: phrase('普通の(?:方|人|皆さん|皆様|家庭|カップル|夫婦|男性|女性|お子さん|子)(?:たち)?(?:には|は|に)[、,]?(?:特に|あまり|全く|まったく|ほぼ)?(?:関係(?:ない|なし|ありません|ございません)|無関係|縁がない)'),
    need: ['普通の'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a) => rx(`${R21_ORIENT}|${R24_GRP}|多目的`).test(fo.slice(Math.max(0, a - 80), a)) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  // Those who are divorced or raise a child alone told not to give up, as a joke (ﾊﾞﾂｲﾁ・子持ちでも諦めないで😂); a woman's age as her last chance.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:バツイチ|ばついち|バツ2|子持ち|シングルマザー|シングルファザー|ひとり親|母子家庭)(?:[・、](?:バツイチ|子持ち|シングルマザー))?(?:さん)?でも(?:諦め|あきらめ)(?:ないで|ないでください|なくて大丈夫|んで)'),
    need: ['でも諦め', 'でもあきらめ'],
    instead: INSTEAD.discriminatory,
  },
  {
    rule: 'decency/stereotype',
    re: phrase('(?:もう)?後がない[^。！？!?\\n]{0,14}?(?:女性|男性|独身|方|人)|(?:年齢的に|歳的に)[^。！？!?\\n]{0,6}?(?:後がない|ギリギリ|崖っぷち|売れ残)'),
    need: ['後がない', '年齢的に', '歳的に'],
    severity: 'warn',
    instead: INSTEAD.stereotype,
    keep: (fo, s) => rx('婚活|結婚|出会い|独身|女性|男性').test(fo.slice(s.start, s.end)),
  },
  // Looks: young and pretty staff (若くてかわいい子ばっかり, 若くてきれいな方がそろいました), 超美人, a ranking of beauties, 顔が整って.
  {
    rule: 'decency/lookism',
    re: phrase('(?:超|めっちゃ|めちゃくちゃ|めちゃめちゃ|めちゃ|すっごい|すごい|すごく|かなりの|絶世の|マジで|ガチで|とびきりの)美人(?!画|の湯|湯|になれ|になる)|美人(?:さん)?(?:すぎ|過ぎ)(?!る(?:湯|画))|元モデル(?:さん)?で|(?:ベスト|no\\.?1|ナンバーワン)[^。！？!?\\n]{0,4}?(?:美人|美女|イケメン)(?!賞|コンテスト)|(?:美人|美女|イケメン)(?:トップ|ランキング|ベスト)|(?:振袖|浴衣|袴|水着)(?:の)?(?:女子|女の子|娘|美人|美女|姿)[^。！？!?\\n]{0,6}?レベル(?:が)?(?:高(?:すぎ|い|か)|たか)|(?:女子|女の子|娘|女性陣|女性職員)[^。！？!?\\n]{0,6}?(?:正直|顔面|ルックス|見た目)[、,]?(?:の)?レベル(?:が)?(?:高(?:すぎ|い|か)|たか)'),
    need: ['美人', '美女', 'いけめん', 'もでる', 'れべる'],
    instead: INSTEAD.lookism,
    keep: (fo, s) => !rx('美人画|美人の湯|美肌|美人湯|美人鍋|美人茶|ルッキズム|容姿で').test(fo.slice(s.start, s.end)),
  },
  // Staff sold by their looks (受付嬢が若くてかわいいと評判の窓口, 新しい係長がイケメンと話題).
  {
    rule: 'decency/lookism',
    re: phrase(`(?:${STAFF}|受付嬢|看板娘)[^。！？!?\\n]{0,6}?(?:が|は|って)[、,]?[^。！？!?\\n]{0,6}?(?:かわいい|可愛い|カワイイ|美人|きれい|綺麗|キレイ|イケメン|美女|美しい)(?:と|って)(?:評判|話題|人気|噂|大人気)`),
    need: ['評判', '話題', '人気', '噂'],
    instead: INSTEAD.lookism,
    keep: (fo, s) => !rx('手作り|手づくり|飾り|作品|ポップ|イラスト|キャラ|グッズ|デザイン|制服|衣装|花|料理|お菓子|写真|ぬいぐるみ|マスコット').test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/lookism',
    re: phrase('(?:ハーフ|外国)(?:の子|の人|の方|の子ども|の子供)?(?:って|は)[、,]?[^。！？!?\\n]{0,8}?(?:顔|顔立ち|目鼻立ち)(?:が|も)?(?:整|きれい|綺麗|かわい|可愛|彫りが深)|スタイルのいい(?:子|人|方|女性|女の子)(?:が|は|なら)[^。！？!?\\n]{0,12}?(?:映え|似合|着ると)|だらしない(?:お腹|おなか|体|体型|からだ|身体|二の腕)|(?:頭の薄い|髪の薄い|薄毛の|ハゲた|はげた|ハゲ頭の)(?:方|人|おじさま|おじさん|男性|お父さん|課長|部長)'),
    need: ['顔', '目鼻立ち', 'すたいる', 'だらしない', '薄', 'はげ'],
    severity: 'warn',
    instead: INSTEAD.lookism,
    keep: (fo, s, a, b) => {
      const t = fo.slice(a, b)
      if (/薄|はげ/u.test(t)) return R24_LAUGH.test(fo.slice(s.start, Math.min(fo.length, s.end + 20)))
      return !rx('ルッキズム|容姿で|体型で').test(fo.slice(s.start, s.end))
    },
  },
  // The body's allure as the jury's criterion (審査基準は“うなじと胸元の色気”), a nurse wished for a stay in hospital, swimsuits missed.
  {
    rule: 'decency/sexual',
    re: phrase('(?:うなじ|胸元|脚|お尻|くびれ|ボディ|太もも|鎖骨)(?:と(?:うなじ|胸元|脚|お尻|くびれ|太もも|鎖骨))?の(?:色気|色っぽさ|セクシーさ)|(?:ナース|看護師)(?:さん|ちゃん)[^\\n]{0,50}?入院したく(?:なっちゃう|なる|なります|なった)|水着審査[^\\n]{0,30}?残念|スカート(?:が|丈)?(?:短め|短い|ミニ)[^。！？!?\\n]{0,20}?(?:評判|人気|大好評|釘付け|目の保養|おじさま|おじさん|男性)'),
    need: ['色気', '色っぽさ', 'せくしーさ', '入院したく', '水着審査', 'すかーと'],
    instead: INSTEAD.sexual,
  },
  // A sexual minority made the joke (ゲイの方も安心して参加できる婚活…は、さすがに市ではやってません笑).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${R21_ORIENT}|ゲイ|レズ|ホモ|オネエ)(?:の)?(?:方|人|カップル|皆さん)?(?:も|が|は|って|向け)[^。\\n]{0,40}?(?:${LAUGH_MARK})`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !ROLE_TALK.test(fo.slice(s.start, s.end)),
  },
  // Death joked about (即あの世行きですね笑, いい場所を押さえておかないと成仏できませんよ〜).
  {
    rule: 'decency/insensitive',
    re: phrase('あの世(?:行き|いき|逝き|へ直行|に直行|送り)|成仏でき(?:ません|ない|ん)(?:よ|ぞ|かも|で(?!し)|[〜~ー！!])'),
    need: ['あの世', '成仏でき'],
    severity: 'warn',
    instead: INSENSITIVE,
    keep: (fo, s, a, b) => /成仏/u.test(fo.slice(a, b)) ? !rx('とされ|と言われ|と考え|信じられ|伝え').test(fo.slice(s.start, s.end)) : R24_LAUGH.test(fo.slice(s.start, Math.min(fo.length, s.end + 20))) || rx('即|ですね|だね|かも').test(fo.slice(a - 4, b + 6)),
  },
  // Training on harassment or rights mocked (ハラスメント研修で…禁止と言われました（笑）…窮屈ですね).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:ハラスメント|人権|差別|セクハラ|ジェンダー)(?:研修|講習|講座|セミナー)[^\\n]{0,60}?(?:窮屈|言葉狩り|面倒くさ|めんどくさ|うるさくて|なんでも(?:ハラスメント|セクハラ|差別))'),
    need: ['窮屈', '言葉狩り', '面倒くさ', 'めんどくさ', 'うるさくて', 'なんでも'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => !rx('わけ(?:では|じゃ)|ではない|ではありません|学び|学ん|気づ|気付').test(fo.slice(a, Math.min(fo.length, s.end + 20))),
  },
  // Welfare applications called easy-going (安易な申請はご遠慮ください), an unwed mother asked her circumstances, 不法滞在 presumed among patients.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:生活保護|保護)[^\\n]{0,80}?安易(?:な|に)(?:申請|受給|頼|利用)|安易な(?:生活保護|保護)(?:の)?(?:申請|受給|利用)|未婚の(?:妊婦|母|お母さん|方)(?:さん)?(?:には|は)[^。！？!?\\n]{0,12}?(?:事情|理由)(?:を)?(?:お伺い|お聞き|確認|伺)|不法滞在(?:の|者)[^。！？!?\\n]{0,10}?(?:紛れ|まぎれ)'),
    need: ['安易', '未婚の', '不法滞在'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  // A district called one with "circumstances" (○○地区は昔からいろいろと事情のある地域ですので).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:地区|地域|集落|町|土地|団地)(?:は|って|も)[、,]?(?:昔から|古くから|もともと)[、,]?(?:いろいろ|色々|何かと|なにかと|ちょっと)?(?:と)?[“"「]?(?:事情|いわく|曰く|訳あり|わけあり)|(?:いろいろ|色々|何かと|なにかと)(?:と)?[“"「]?(?:事情|いわく|曰く)[”"」]?(?:の|が)(?:ある|あり)(?:地域|地区|土地|場所|集落|ところ|所)'),
    need: ['事情', 'いわく', '曰く', '訳あり', 'わけあり'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !rx('収集|工事|区画|法令|規制|条例|登記|相続').test(fo.slice(s.start, s.end)),
  },
  // A disabled group's work excused in advance (障害者の方からの投稿も…読みにくい文章もございますが、温かい目で), their jobs capped at simple ones.
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${R24_GRP})[^\\n]{0,50}?(?:読みにく|拙い|つたな|下手|へた|見苦し|至らな|不出来|稚拙)[^\\n]{0,30}?(?:温かい目|あたたかい目|暖かい目|大目に見|多めに見|ご容赦|お許し)`),
    need: ['温かい目', 'あたたかい目', '暖かい目', '大目に', '多めに', 'ご容赦', 'お許し'],
    instead: INSTEAD.discriminatory,
  },
  {
    rule: 'decency/stereotype',
    re: phrase(`(?:${R24_GRP})[^\\n]{0,30}?(?:清掃|封入|袋詰め|単純作業|簡単な作業|軽作業|箱折り|シール貼り)(?:作業)?(?:など|とか)?(?:なら|であれば|くらいなら|ぐらいなら)[、,]?[^。！？!?\\n]{0,6}?(?:難しいことは|むずかしいことは|できます|大丈夫|問題(?:は)?ありません)`),
    need: ['なら', 'であれば'],
    severity: 'warn',
    instead: INSTEAD.stereotype,
  },
  // An age limit for one sex only (女性は20〜35歳の方、男性は年齢不問).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${R24_WOMEN}|${R24_MEN})(?:は|の方は)[、,]?[0-9０-９]{2}(?:歳|才)?[〜~ー－-][0-9０-９]{2}(?:歳|才)(?:まで)?(?:の方)?[、,]?[^。！？!?\\n]{0,4}?(?:${R24_WOMEN}|${R24_MEN})(?:は|の方は)[、,]?(?:年齢不問|年齢は問いません|年齢制限(?:は)?(?:なし|ありません))`),
    need: ['年齢不問', '年齢は問いません', '年齢制限'],
    instead: INSTEAD.discriminatory,
  },
  // A nuisance put on a group as its usual doers (毎年ギリギリに来るのはだいたい自営業のおじさんたちです😅).
  {
    rule: 'decency/stereotype',
    re: phrase('(?:ギリギリ|遅れ|遅刻|忘れ|うるさ|騒|迷惑|文句|クレーム|ルールを守らな|散らか|ポイ捨て|マナーが悪)[^。！？!?\\n]{0,10}?のは[、,]?(?:だいたい|たいてい|大体|大抵|決まって|いつも|ほぼ)[^。！？!?\\n]{0,10}?(?:おじさん|おばさん|おばちゃん|おじちゃん|おっさん|高齢者|お年寄り|年寄り|外国人|若者|若い子|女性|男性|主婦|ママ)(?:の方|の人)?(?:たち|連中|ら)?(?:です|だ|や|でしょ|ですね)'),
    need: ['だいたい', 'たいてい', '大体', '大抵', '決まつて', 'いつも', 'ほぼ'],
    severity: 'warn',
    instead: INSTEAD.stereotype,
  },
  {
    rule: 'decency/stereotype',
    re: phrase(`(?:${AGED})(?:は|って)[、,]?[^。！？!?\\n]{0,6}?(?:お金を使わ|金を使わ|ケチ|けち)(?:ない|ん|だ|やけん|なので|から)`),
    need: ['お金を使わ', '金を使わ', 'けち'],
    severity: 'warn',
    instead: INSTEAD.stereotype,
  },
  // Contact with a group's workers to be avoided (作業員は外国人が多く言葉が通じにくいので、苦情は直接言わずに).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${R24_GRP}|外国人)(?:の方)?(?:が多く|が多い(?:ので|ため|から|けん)|なので|ですので)[^。！？!?\\n]{0,20}?(?:ので|ため|から|けん)?[、,]?[^。！？!?\\n]{0,16}?(?:直接|じかに)(?:は)?(?:言わ|話しかけ|声をかけ|苦情を言わ|お話しにな)(?:ず|ないで|ないよう|んで|んごと|んよう)`),
    need: ['直接', 'じかに'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  // Childbearing pushed on the young (ママになるなら若いうちが一番！高齢出産はリスクばかり).
  {
    rule: 'decency/stereotype',
    re: phrase('(?:ママ|母親|お母さん|出産|結婚|子ども|子供|子育て)[^。！？!?\\n]{0,10}?若いうちが一番|高齢出産(?:は|って)[^。！？!?\\n]{0,6}?(?:リスクばかり|危ない|やめ|避け|おすすめしません|かわいそう)'),
    need: ['若いうちが一番', '高齢出産'],
    severity: 'warn',
    instead: INSTEAD.stereotype,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)) && !rx('医師|産婦人科|検診|健診|相談|とらわれ|こだわら').test(fo.slice(s.start, s.end)),
  },
  // A marriage partner's origins treated as a fair concern (お相手のご出身地やご家庭について気になる方は…ご相談に応じます).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:結婚|縁談|お相手|相手方|婚約者)[^。！？!?\\n]{0,20}?(?:出身地|ご出身|出自|家柄|ご家庭|ご実家|本籍|家系)[^。！？!?\\n]{0,16}?(?:気になる|ご心配な|心配な|知りたい|お調べになりたい|調べたい)'),
    need: ['気になる', '心配な', '知りたい', '調べたい'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end + 60)) && !ORIGINS_NAMED.test(fo.slice(s.start, s.end + 80)),
  },
  // A body type not to stand beside (ぽっちゃりなキャラとは並んで写真撮りたくない), a job as the measure of reading (現場作業しか
  // したことのないような方でも読めるよう).
  {
    rule: 'decency/lookism',
    re: phrase('(?:ぽっちゃり|ポッチャリ|太め|太った|デブ|でぶ|おデブ)(?:な|の|した)?[^。！？!?\\n]{0,8}?(?:とは|と)[^。！？!?\\n]{0,8}?(?:並|一緒に|写真|写り)[^。！？!?\\n]{0,8}?(?:たくない|たくなか|とうない|ないで|たがらない)'),
    need: ['ぽっちゃり', '太め', '太った', 'でぶ'],
    severity: 'warn',
    instead: INSTEAD.lookism,
  },
  {
    rule: 'decency/stereotype',
    re: phrase('(?:(?:中卒|学歴のない|学のない)(?:の)?|(?:現場作業|肉体労働|力仕事)しか[^。！？!?\\n]{0,12}?(?:ような)?)(?:方|人)(?:でも|にも)[^。！？!?\\n]{0,6}?(?:読め|分か|わか|理解でき)'),
    need: ['現場作業', '肉体労働', '力仕事', '中卒', '学歴のない', '学のない'],
    severity: 'warn',
    instead: INSTEAD.stereotype,
  },
  // A group presumed unable, the matter passed to its family or a Japanese speaker (聴覚障害のある方は…できませんので、ご家族を通して;
  // 外国の方のご利用は、日本語が話せる方の同伴を).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${R24_GRP}|外国の方|外国人の方)(?:の(?:ご)?利用)?(?:は|には)[、,]?[^。！？!?\\n]{0,20}?(?:でき(?:ません|ない)|難しい|困難)(?:ので|ため|から)[、,]?[^。！？!?\\n]{0,8}?(?:ご家族|家族|付き添い|介助者|ご親族)(?:の方)?(?:を通して|を通じて|が代わりに|から|経由で)|(?:${R24_GRP}|外国の方|外国人の方)(?:の(?:ご)?利用)?(?:は|には)[、,]?[^。！？!?\\n]{0,6}?(?:日本語(?:が|を)?(?:話せる|分かる|わかる|できる)(?:方|人)|日本人)(?:の方)?(?:の|が)?(?:同伴|付き添い|同行)(?:を|が)?(?:お願い|必須|必要|条件)`),
    need: ['家族', '付き添い', '介助者', '親族', '同伴', '同行'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !rx('通訳|翻訳|多言語|fax|ファックス|メール|手話|筆談|チャット|または|もしくは').test(fo.slice(s.start, s.end)),
  },
  // A sex presumed bad at a skill as the reason for a task (男性職員は気が利かないので、受付は女性に).
  {
    rule: 'decency/stereotype',
    re: phrase('(?:(?<![一-龥])(?:男性|女性|男|女)|男の人|女の人)(?:職員|スタッフ|陣|の方|の人)?(?:は|って)[、,]?[^。！？!?\\n]{0,6}?(?:気が利かな|気がきかな|数字に弱|機械に弱|方向音痴|大雑把|がさつ|ガサツ|細かい(?:こと|作業)(?:が|に)?(?:苦手|向かな))(?:い)?(?:ので|から|けん|ため)'),
    severity: 'warn',
    instead: INSTEAD.stereotype,
    keep: (fo, s) => !ROLE_TALK.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)),
  },
  // Surprise or praise that measures a group against the able (障害者の方でも、頑張ればちゃんと仕事ができるんですね; 外国人の子どもなのに
  // 九九がすらすら; 健常者に負けないくらい).
  {
    rule: 'decency/stereotype',
    re: phrase(`(?:${R24_GRP}|外国人の子(?:ども)?|外国の子)(?:の方|の人|の子|さん)?(?:でも|なのに)[、,]?[^。！？!?\\n]{0,12}?(?:ちゃんと|きちんと|立派に|普通に|すらすら|スラスラ|ペラペラ|上手に)[^。！？!?\\n]{0,10}?(?:できる|でき(?:ます|た|て)|働け|こなせ|言え|読め|書け|話せ)|健常者に(?:負けない|劣らない|引けを取らない|負けず)`),
    need: ['でも', 'なのに', '健常者に'],
    severity: 'warn',
    instead: INSTEAD.stereotype,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)) && !rx('ように|よう(?:に)?(?:支援|サポート)|できるよう|支援|サポート').test(fo.slice(s.start, s.end)),
  },
  // Welfare recipients told to be grateful (生活保護の方も、たまには社会に恩返しを), looks as the treat of the eyes.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:生活保護|受給者|保護を受け)[^。！？!?\\n]{0,20}?(?:恩返し|感謝(?:す|し)(?:べき|てほし|てもら)|肩身(?:の|が)?狭)'),
    need: ['恩返し', '感謝', '肩身'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !rx('思わなくて|必要はありません|感じることなく|ことはありません|ずに').test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/lookism',
    re: phrase('(?:スタイル|顔|見た目|ルックス|容姿|脚)(?:が|も)(?:よく|良く|いい|抜群|きれい|綺麗)[^。！？!?\\n]{0,10}?目の保養'),
    need: ['目の保養'],
    instead: INSTEAD.lookism,
  },
  // A person's figure praised past measure (観光大使の…さん、スタイル良すぎてポスター映え).
  {
    rule: 'decency/lookism',
    re: phrase('(?:スタイル|顔|顔面|脚|足|美脚|ボディ)(?:が)?(?:良|よ|いい|抜群|きれい|綺麗|キレイ|かわい|可愛|美し)(?:すぎ|過ぎ)'),
    need: ['すぎ', '過ぎ'],
    severity: 'warn',
    instead: INSTEAD.lookism,
    keep: (fo, s) => PERSON.test(fo.slice(Math.max(0, s.start - 40), s.end)) && !BODY_VETO.test(fo.slice(s.start, s.end)) && !rx('料理|景色|写真の構図|デザイン|車|商品|花|作品').test(fo.slice(s.start, s.end)),
  },
  // Help told as a favour or a group's tasks capped at the easy (障がい者の方にもできる簡単なお仕事; 外国人にも分かるように…書いてあげました).
  {
    rule: 'decency/stereotype',
    re: phrase(`(?:${R24_GRP})(?:の方|の人|の子)?(?:にも|でも)(?:できる|出来る)(?:簡単な|単純な|軽い)(?:お)?(?:仕事|作業|業務)|(?:${R24_GRP}|${DISABLED}|外国人|外国の方)(?:の方|の人)?(?:にも|に)[^。！？!?\\n]{0,20}?(?:簡単な|やさしい日本語|優しく|わざわざ|特別に|丁寧に)[^。！？!?\\n]{0,12}?(?:て|で)あげ(?:まし|た)`),
    need: ['できる', '出来る', 'あげまし', 'あげた'],
    severity: 'warn',
    instead: INSTEAD.stereotype,
    keep: (fo, s) => !rx('子ども|子供|児童|生徒|園児|体操|運動|ストレッチ|レシピ|工作|就労支援|支援').test(fo.slice(s.start, s.end)),
  },
  // A wish to keep away from a group (障害者の方が運転するバスには乗りたくない), land near 同和地区 advised against.
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${R24_GRP}|${DISABLED})(?:の方|の人)?(?:が|の)[^。！？!?\\n]{0,12}?(?:には|とは|と)?[、,]?(?:乗りたく|関わりたく|近づきたく|一緒に(?:働き|住み|い|暮らし|入り)たく|隣に住みたく|住んでほしく|来てほしく|通ってほしく)(?:ない|なか|ねえ|ありません)|(?:${R24_PLACE_PEOPLE}|${R24_ANY_PLACE_PEOPLE})(?:とは|と)[、,]?(?:遊ば|付き合わ|つきあわ|関わら|結婚さ|結婚し)(?:せ)?(?:ん|ない)(?:方|ほう)が|(?:${BURAKU_PLACE})[^。！？!?\\n]{0,20}?(?:おすすめ(?:は)?(?:しません|できません|しない|しておりません)|やめた(?:方|ほう)が|避けた(?:方|ほう)が)`),
    need: ['たくない', 'たくなか', 'たくねえ', 'たくありません', 'ほしくない', 'ほしくありません', 'ほしくなか', 'おすすめ', 'やめた', '避けた', '方が', 'ほうが'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)),
  },
  // One person's looks as the talk (奥さんも若くてきれいな方ですし、ご主人が心配されるのも無理ない), warn.
  {
    rule: 'decency/lookism',
    re: phrase('若くて(?:かわいい|可愛い|カワイイ|きれいな|綺麗な|キレイな|美人な|美しい)(?:方|人|奥さん|奥様|女性|お嬢さん|娘さん)(?:です|だ|や|なので|だから|ですし|だし|やし|ですから)'),
    need: ['若くて'],
    severity: 'warn',
    instead: INSTEAD.lookism,
  },
  // A people to be watched on the road or in town (外国人ドライバーには特に気をつけましょう).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:外国人|外国籍|外国の)(?:の)?(?:方|人|ドライバー|運転手|観光客|労働者|実習生|住民|若者)?(?:には|に)[、,]?(?:特に|十分|くれぐれも|十分に)?(?:気をつけ|気を付け|ご注意|注意し|用心し|警戒し)(?:ましょう|ください|下さい|てください|て下さい|なさい|ろ)'),
    need: ['外国'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !rx('詐欺|被害|だまさ|騙さ|偽|なりすまし|かた|装|避難|伝え|案内|配慮|支援|声かけ|声をかけ').test(fo.slice(s.start, s.end)),
  },
  // A named attribute refused outright in any politeness form (精神疾患のある方は…ご利用はお受けいたしかねます).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${R24_GRP})(?:の方|の人|の皆様|の皆さん)?(?:は|の|による|からの)[、,]?[^。！？!?\\n]{0,40}?(?:(?:${REFUSE})(?![かね？?])|(?:${ACT})(?:は|を)[、,]?[^。！？!?\\n]{0,24}?(?:お受け(?:いたし|致し|し)かね|お断り(?:して|させて|いたし|致し|します)(?!ません|おりません|いません)|ご遠慮(?:ください|下さい|願|いただ)))`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => {
      const t = fo.slice(s.start, s.end)
      return !AWARENESS.test(t) && !SAFETY.test(t) && !R24_HEALTH.test(t) && !rx('段差|階段|エレベーター|スロープ|構造上|設備|給付|手当|補助|助成|支給|控除|献血|輸血|臓器|予防接種|ワクチン|検査|国籍条項|公権力|資格').test(t) && !/以外/u.test(fo.slice(a, b)) && !rx('^[^。！？!?\\n]{0,3}?(?:ことは(?:ありません|ございません)|ことはない|理由に)').test(fo.slice(b, b + 12))
    },
  },
  // Watching a group's people for theft (実習生の方を受け入れる…夜間の無断外出や窃盗防止のため); a masked 部落 tied to dumping (○落のあたり).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:無断外出|窃盗|盗難|万引き|逃亡)(?:や|・|、)?(?:無断外出|窃盗|盗難|万引き|逃亡)?(?:の)?(?:防止|対策)のため|${R21_MASK}落(?:の|が|出身|あたり|付近|地区|周辺)`),
    need: ['無断外出', '窃盗', '盗難', '万引き', '逃亡', ...R21_MASK_NEED.map((m) => m + '落')],
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => /落/u.test(fo.slice(b - 3, b)) && !/防止|対策/u.test(fo.slice(a, b)) ? rx('不法投棄|監視|治安|ごみ|ゴミ|安い|格安|近い|避け|怖').test(fo.slice(s.start, s.end)) : rx(`${RESIDENTS}|研修生`).test(fo.slice(Math.max(0, a - 100), b)) && rx('寮|出入り|外出|門限|管理|監視|見張|記録|チェック|目を光').test(fo.slice(b, s.end)) && !rx('被害|観光客|貴重品|自転車|鍵|施錠|スリ|財布').test(fo.slice(s.start, s.end)),
  },
  // 部落 named as a place people shun or land is cheap (空き店舗が多いのは昔の部落のあたりなので人が寄りつかない): its repute passed on.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:部落|同和地区)(?:の)?(?:あたり|辺り|付近|周辺|近く|地区|方|ほう)?(?:なので|だから|やけん|で|は|が)[、,]?[^。！？!?\\n]{0,20}?(?:寄りつか|寄り付か|人が(?:来|集まら|住みたがら)|人気が(?:な|出)|売れ(?:な|ん)|借り手が(?:つか|付か|いな)|安い|格安|避け|敬遠|怖|治安|評判)'),
    need: ['部落', '同和地区'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !BURAKU_VETO.test(fo.slice(s.start, s.end)),
  },
  // A group in a district blamed for a nuisance (滞納は、生活保護世帯の多い○○地区に集中しております).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:(?:${RESIDENTS})(?:世帯|家庭|住民|の方)?(?:が|の)(?:多い|多く住む|集まる)[^。！？!?\\n]{0,6}?(?:地区|地域|団地|エリア)|${BURAKU_PLACE})(?:の(?:周辺|あたり|辺り|近く))?(?:に|で|では)[^。！？!?\\n]{0,6}?(?:集中|多発|目立|多い|多く)`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => rx(`滞納|未納|${NUISANCE}|ルール|マナー|分別`).test(fo.slice(s.start, s.end)) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  // A behaviour called odd as the ground to send a person out (独り言の多い方や様子のおかしい方には…退館を).
  {
    rule: 'decency/stereotype',
    re: phrase('(?:様子のおかしい|挙動不審な|独り言の多い|ぶつぶつ言う|言動のおかしい)(?:方|人)[^。！？!?\\n]{0,30}?(?:退館|退出|退場|お断り|ご遠慮|お帰り)'),
    need: ['様子のおかしい', '挙動不審', '独り言', 'ぶつぶつ', '言動のおかしい'],
    severity: 'warn',
    instead: INSTEAD.stereotype,
  },
]
/**
 * Round 49: a slur that is also the name of a place (池沼, ponds and marshes) read as the place by what it stands with: listed
 * with other waters or land (掘割や池沼, 河川・池沼・堀割, 池沼と湿地), or a place something lives, grows or is found in, or the
 * banks and waters of it (池沼にすむトンボ, 池沼に生息する, 池沼で見られる, 池沼のほとり). A person is no place; a likeness or a
 * judgement after the word (池沼みたいな, 池沼かと思った) is read by the phrase rule whatever stands around it.
 */
const ONE_WATER = '(?<![一-龥])(?:川|池|沼|湖|堀)(?![一-龥])'
const WATERS = `(?:掘割|堀割|水路|用水路|河川|湖沼|ため池|溜め池|遊水池|調整池|クリーク|湿地|湿原|干潟|水田|田んぼ|水辺|有明海|${ONE_WATER})`
const POND_PLACE = phrase(`${WATERS}(?:や|・|、|,|と|及び|および|から)池沼|池沼(?:や|・|、|,|と|及び|および|から)${WATERS}|池沼(?:の中)?(?:に|で)[^。！？!?\\n]{0,12}?(?:すむ|住む|棲む|住ん|すん|棲ん|生息|棲息|生え|育|咲|集ま|飛来|やって来|やってく|暮ら)|池沼(?:の中)?で[^。！？!?\\n]{0,12}?(?:見られ|見つか|観察)|池沼(?:の)?(?:ほとり|まわり|周り|周辺|岸|水面|水質|水位|底|生き物|いきもの|生物|魚|鳥|植物|水草)`, 'u')
function pondPlace(fo: string, start: number, end: number): boolean {
  if (fo.slice(start, end) !== '池沼') return false
  const from = Math.max(0, start - 8)
  POND_PLACE.lastIndex = 0
  const m = POND_PLACE.exec(fo.slice(from, end + 12))
  return m !== null && from + m.index <= start && from + m.index + m[0].length >= end
}
/** Round 49: sexual exploitation (援助交際, パパ活, 買春) named in a warning that protects children: its own sentence calls it a harm,
 * a crime or a danger to be kept from (…は、子どもが性被害や犯罪に巻き込まれる大きな危険があります). Not a bare call to stop
 * (パパ活はやめよう), not the harm denied (危険はありません), put on the child (自己責任), a group labelled by it (パパ活女子) or the
 * word offered lightly (稼げる, 笑, ♡). */
const EXPLOITATION = phrase('^(?:援交|援助交際|パパ活|ママ活|売春|買春)$', 'u')
const EXPLOITATION_HARM = phrase('被害|犯罪|危険|巻き込ま|まきこま|狙われ|ねらわれ|防止|防ぐ|守る|守り|守ろう|違法|法律|条例|禁止され|逮捕|補導|搾取|事件', 'u')
const EXPLOITATION_LIGHT = phrase('(?:被害|犯罪|危険|違法|事件)(?:で|じゃ|に)?(?:は|も)?(?:ない|なく|ありません|なら|なり)|[笑😏😍🤭♡♥💕]|稼げ|稼ぎ|稼ご|儲か|もうか|おすすめ|お得|楽し|歓迎|割り切|大募集|ww|自己責任|自業自得|仕方(?:ない|ありません|がない|ないです)|当然|予備軍|女子|おじさん|おじ様|おじさま', 'u')
function warnedExploitation(fo: string, start: number, end: number): boolean {
  if (!EXPLOITATION.test(fo.slice(start, end))) return false
  let a = start
  while (a > 0 && start - a < 80 && !/[。！？!?\n]/u.test(fo[a - 1]!)) a--
  let b = end
  while (b < fo.length && b - end < 80 && !/[。！？!?\n]/u.test(fo[b]!)) b++
  const sen = fo.slice(a, b)
  return EXPLOITATION_HARM.test(sen) && !EXPLOITATION_LIGHT.test(sen)
}
/** A quoted slur aimed at the readers (「老害」と言われる前に, 「ボケ老人」扱いされないよう): used on them, not shown as an example. */
const AIMED = phrase(`^[^「」“”。！？!?\\n]{0,12}?[」”』][、,]?(?:(?:と|って)(?:言われ|いわれ|呼ばれ|よばれ|思われ|陰口(?:を)?(?:叩|たた)かれ|笑われ|揶揄され|ののしられ|罵られ|後ろ指(?:を)?さされ)|(?:に|扱い(?:を)?)(?:され|なら|なり|なっ))(?:る前に|ないうちに|んうちに|ないよう|んよう|ないため|たくなければ|たくない(?:なら|方|人)|ちゃう前に|てしまう前に|ないで済むよう)`, 'u')
/** … and one the readers are hurt by (「老害」と呼ばれることに悩む高齢者): the slur is reported, a mention. */
const HURT_BY = phrase(`^[^「」“”。！？!?\\n]{0,12}?[」”』](?:と|って)(?:言われ|いわれ|呼ばれ|よばれ)(?:る|た|て)(?:こと|の)?(?:に|で|を|が|も)?[^。！？!?\\n]{0,6}?(?:悩|傷つ|傷付|苦し|つら|辛|悲し|嫌な思い|いやな思い)`, 'u')
/**
 * A stereotype in scare quotes laughed at (ある新成人男性が「男のくせに振袖」を着てきて…時代ですね〜笑, その“だらしないお腹”…😆):
 * the quote is the joke, not an example, unless the text names the prejudice.
 */
const QUOTE_LAUGH = phrase(`${LAUGH_MARK}|(?<=[ー~〜…！!？?])笑|[😆🤭😏]`, 'u')
/**
 * Team DCB-002 kind (dec13): a slur quoted as the joke its speakers laugh at (「最近つ○ぼになってきた」って笑ってるおじいちゃん), the quote
 * closing right after it and a laughing verb right after the quote: the account retells the joke, not an example. Not one laughed at
 * (笑われ), which AIMED and HURT_BY read.
 */
const LAUGHED_QUOTE_D13 = phrase('^[^「」“”。！？!?\\n]{0,12}?[」”』][、,]?(?:って|と|とか)[、,]?(?:笑|わら)(?:って|い(?:ながら|飛ば|とば)|う(?!の|こと))', 'u')
function jokedQuote(fo: string, start: number, end: number): boolean {
  return (QUOTE_LAUGH.test(fo.slice(end, end + 60)) || LAUGHED_QUOTE_D13.test(fo.slice(end, end + 40))) && !NAMES_PREJUDICE.test(fo.slice(Math.max(0, start - 60), end + 60)) && !SLUR_TALK.test(fo.slice(Math.max(0, start - 30), end + 40))
}
function aimed(fo: string, end: number): boolean {
  return AIMED.test(fo.slice(end, end + 60)) && !NAMES_PREJUDICE.test(fo.slice(Math.max(0, end - 60), end + 80))
}
/** The need words of every phrase, found in one pass per paragraph. */
/** Awareness that names the prejudice itself (差別, 偏見, 人権): what makes a nuisance framing a quoted example. */
const NAMES_PREJUDICE = phrase('(?<!被)差別|偏見|人権|解消|啓発|誤解|思い込み|決めつけ|なくそう|なくしましょう|許さない|許されない|考え(?:は|方は)', 'u')

/** Which groups a paragraph names at all: one pass for the words every group's pattern needs. */
const GROUP_GATE = new NeedGate(() => GROUPS.map((g) => requiredLiterals(g.re)))

// Phrases without a hand-written need are gated on the literals they cannot match without (literals.ts).
// The round 20 phrases (LATE_PHRASES) share the gate: their indices follow those of PHRASES.
// Round 21: R21_FIRST before PHRASES, R21_EARLY after them (both before the groups), R21_LATE with LATE_PHRASES.
/**
 * Round 42, before every other phrase (a milder reading of the same words must not hold the span first): a people made the topic
 * and then measured against the Japanese (外国人労働者は日本人に比べて安全意識が低いため, ベトナム人の研修生は日本人と違ってルールを
 * 守らない), or a pronoun for a people named in the 120 characters before it (…外国人労働者が大半であり、彼らは日本人に比べて…).
 */
const R42_EARLY: Phrase[] = [
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:外国人|外国の(?:方|人)|(?:${NATION})(?:人|系)(?:の(?:方|人))?|(?:${NATION})(?:人|系|籍)?(?:の)?(?:労働者|実習生|研修生|留学生|住民|観光客|作業員|従業員)(?:の(?:方|人))?|彼ら|彼女ら|あの人(?:たち|達|ら)|この人(?:たち|達|ら)|その人(?:たち|達|ら))(?:は|って)[、,]?日本人(?:と(?:は)?違って|に比べて|と比べて|に比べると|と比べると|より(?:も)?)(?!多|少)[、,]?[^。！？!?\\n]{0,20}?(?:${COMPARED_FAULT})`),
    need: ['違つて', '比べ', 'より'],
    instead: INSTEAD.discriminatory,
    // Only words that name the prejudice answer it (研修生 holds 研修, which AWARENESS reads as a training on rights).
    keep: (fo, s, a) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)) && (!/^(?:彼|あの人|この人|その人)/u.test(fo.slice(a, a + 3)) || rx(R23_FOREIGN.source).test(fo.slice(Math.max(0, a - 120), a))),
  },
]
/** Round 50: the notion spoken against (偏見, 決めつけ) — narrower than AWARENESS, which also takes 配慮 and 考慮 for a measure's reason. */
const AGAINST50 = phrase('(?<!被)差別|人権|偏見|思い込み|決めつけ|根拠(?:の|は)?(?:ない|ありません)|誤解|啓発|なくそう|なくしましょう|多様性|共生|許され|ではありません|わけではな|とは限ら', 'u')
/** Round 50: a place named by the group who lives there (外国人住民の多い地区, 実習生が住むアパート周辺, 同和地区). */
const AREA50 = `(?:(?:${RESIDENTS})(?:住民|の方|の人|の方々|の皆さん|の皆様)?(?:${LIVE_IN}|(?:の|が住む|が暮らす|が住んでいる)(?:寮|アパート|団地|社宅)(?:の)?(?:周辺|付近|辺り|あたり|方面|エリア)?)|同和地区|被差別部落)`
/** … unsafe or feared (治安面, 防犯上, 物騒, ご不安). */
const UNSAFE50 = '治安|防犯|安全(?:面|上)|物騒|危険|危な|怖|こわ|不安|用心|トラブル|犯罪|事件'
/** … and left out of a route, a tour or advice (ルートから外し, 避けて, 通らない, ご案内しません). */
const LEFT_OUT50 = '(?:ルート|コース|行程|見学先|訪問先|案内先|候補|対象|ご?案内|ツアー|巡回先|紹介|おすすめ)(?:から|を)?(?:は)?(?:外し|外れ|除外|除い|除き|省い|省き)|除外|避け(?:て|た|る|ます|ましょう|ており)|迂回|通ら(?:ない|ず|ん)|立ち寄ら(?:ない|ず|ん)|近づか(?:ない|ず|ん)|ご?案内(?:して(?:いません|おりません)|しません|いたしません|しない)|含めて(?:いません|おりません|いない)|(?:おすすめ|お勧め|お薦め)(?:し|でき)(?:ません|ない)'
/** A physical reason for the route (道が狭い, 工事, 冠水) is not the residents' fault. */
const PHYSICAL50 = phrase('道幅|道が狭|狭い|工事|段差|駐車場|渋滞|坂|冠水|浸水|増水|通行止め|大型バス|車両', 'u')
/** Round 50: a carer's or a professional's sex or nationality (男の保育士さん, 女性の運転手, 外国人のヘルパー). */
const CARER50 = `(?:(?<![一-龥])(?:男性|女性|男|女|外国人|外国籍|外国)|(?:${NATION})人)(?:の|ん)?(?:保育士|保育者|先生|ヘルパー|介護士|介護職員|介護スタッフ|看護師|看護士|ベビーシッター|シッター|指導員|支援員|医師|お医者さん|ドクター|運転手|ドライバー|コーチ|講師|担任|助産師|相談員|整体師)(?:さん)?(?:の方)?`
/** … given as the condition (だと, なら, に預けるのは, が担任だと) of unease or distrust (不安, 心配, 任せられない). */
const UNEASE50 = '(?:不安|心配|怖(?:い|か|く)|こわ(?:い|か|く)|抵抗(?:が|は)?(?:ある|あり)|安心でき(?:ない|ません|ん)|(?:預け|任せ)られ(?:ない|ません|ん)|信用でき(?:ない|ません|ん)|信頼でき(?:ない|ません|ん))(?!なく|は(?:ない|ありません|なか)|を(?:解消|取り除|和らげ|なくし|軽減))'
/** … not the unease of those the city then helps (不安な方は女性医師を指名できます), not a worry relayed (という声). */
const FOR_THOSE50 = /^(?:な|に(?:思う|思われる|感じる|感じられる)|を(?:感じる|お持ちの|持つ|感じている))?(?:方|人|保護者|ご家庭|家庭|場合|お客様|利用者)/u
/** … nor the unease of others the post reports (保護者が不安に思うので: Round 28's warn). */
const FELT_BY50 = phrase('(?:保護者|親御さん|ご家族|ご両親|利用者|お客様|住民|方々|人たち|皆さん)(?:の中には|の中にも|から(?:は|も)?|が|も)[^。！？!?\\n]{0,8}?$', 'u')
/** Round 50: people named by their body type, then laughed at or named as a thing (歩く加湿器, 人間ストーブ). */
const BODY50 = `${BODY_TYPED}|(?:体格|ガタイ)の(?:いい|良い|よい)(?:方|人|子)|太(?:って(?:いる|る)|っとる|っちょる)(?:方|人|子)|(?:肥満|メタボ)(?:気味)?(?:の|な)?(?:方|人)`
const THING50 = '(?:歩く|動く|走る|人間)[「」『』]?(?:加湿器|除湿機|ストーブ|湯たんぽ|暖房(?:器具)?|カイロ|ヒーター|サウナ|冷蔵庫|ボール|樽|たる|ドラム缶|肉まん|風船|タンク|こたつ|クッション|座布団|鏡餅|だるま|ダルマ|重機|ブルドーザー)'
const LAUGH50 = `(?:[😂🤣😆😝😜🤪]|(?<![微談])笑(?![顔いうえわっみ])|${LAUGH_W}|ｗ|${GRASS_CUT}草(?![一-龥ぁ-ゖ]))`
/** Round 50: a sexual word heading a compound that describes people (ｴﾛｶﾜ, エロかっこいい, エロ美人) — the list's =エロ reads the word
 * alone. Read on the squeezed view, where katakana still shows: a katakana letter before it is another word (ピエロ), a particle is not (今年もエロカワ). */
const ERO50 = /(?<![ァ-ヴー])エロ(?:かわ|カワ|可愛|かっこ|カッコ|格好|かっけ|美人|美女|女子|ギャル|系|目線|浴衣|水着|衣装|コス|ボディ|お姉さん|ねえさん|おやじ|オヤジ|親父|じじい|ジジイ)|(?<![ぁ-ゖァ-ヴー])えろ(?:かわ|可愛|かっこ|格好|美人|美女|女子|系|目線|浴衣|水着|お姉さん|おやじ|親父)/gu
/** … and a wish to undress someone (帯をほどきたくなる, 浴衣を脱がせたい); ほどき/解き of one's own obi (苦しくて) is not one. */
const UNDRESS50 = '(?:帯|浴衣|着物|服|水着|衣装|下着|スカート|ブラウス)[^。！？!?\\n]{0,10}?(?:(?:脱がせ|脱がし|ぬがせ|ぬがし|剥ぎ取り|はぎ取り|ひん剥き|ひんむき|ほどき|解き)(?:たく|たい|てえ|とうな)|(?:脱がせ|脱がし|ぬがせ|ぬがし|ほどい|解い|剥い|ひん剥い|ひんむい)てみ(?:たい|たく))'
const LEER50 = phrase('気持ち[、,]?(?:よく|すごく|とても)?(?:わか|分か)|美人|美女|女子|女の子|お姉さん|娘さん|彼女|ギャル|かわい|可愛|色っぽ|セクシー|えろ|👀|😏|🤤|😍|♡|💕', 'u')
const OWN_COMFORT50 = phrase('苦し|きつ|暑|締め付け|着崩れ|着付け|直し|トイレ|休憩|熱中症|具合|体調', 'u')
const R50_EARLY: Phrase[] = [
  // Round 50: a place named by the group who lives there, called unsafe and left out of a tour, a route or advice (外国人住民の多い地区は、
  // 治安面でのご不安を考慮し、案内ルートから外しています): block; the reason before or after the place. Not a physical reason for the
  // route (道幅, 工事), not the notion spoken against (偏見), not a place merely served (多言語の防犯教室).
  {
    rule: 'decency/discriminatory',
    re: phrase(`${AREA50}[^。！？!?\\n]{0,30}?(?:${UNSAFE50})[^。！？!?\\n]{0,30}?(?:${LEFT_OUT50})|(?:${UNSAFE50})[^。！？!?\\n]{0,30}?${AREA50}[^。！？!?\\n]{0,20}?(?:${LEFT_OUT50})|${AREA50}[^。！？!?\\n]{0,20}?(?:${LEFT_OUT50})[^。！？!?\\n]{0,20}?(?:${UNSAFE50})`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => { const t = fo.slice(s.start, s.end); return !AGAINST50.test(t) && !ANSWERED.test(t) && !PHYSICAL50.test(t) },
  },
  // Round 50: a carer's sex or nationality as the condition of unease (男の保育士さんだと、お子さんを預けるのはやっぱり不安ですもんね,
  // 女性の運転手さんだと心配, 外国人のヘルパーさんに任せるのは抵抗がある): block. Not the unease of those then helped (不安な方は女性医師を
  // 指名できます), not a worry relayed (という声), not answered (偏見), not a number of staff (女性職員だけだと).
  {
    rule: 'decency/discriminatory',
    re: phrase(`${CARER50}(?:だと|なら|やったら|だったら|では|じゃ|の場合(?:は)?|が(?:担当|担任|来る|来た|付く|つく)(?:だと|なら|と|のは)|に(?:は)?)[、,]?[^。！？!?\\n]{0,20}?${UNEASE50}`),
    need: ['男', '女', '外国', '人'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => { const t = fo.slice(s.start, s.end); return !AGAINST50.test(t) && !ANSWERED.test(t) && !FOR_THOSE50.test(fo.slice(b, b + 12)) && !REPORTED.test(fo.slice(b, s.end)) && !FELT_BY50.test(fo.slice(a, b)) },
  },
  // Round 50: people named by their body type, then laughed at or named as a thing in the same sentence (ぽっちゃりさんは汗っかきの「歩く
  // 加湿器」なので要注意ですよ（笑）, 太めの方は人間ストーブ😂): warn, even in health advice. Not a body type served (サイズの浴衣を用意😊),
  // not 笑顔, not the notion spoken against.
  {
    rule: 'decency/lookism',
    re: phrase(`(?:${BODY50})(?:は|って|なんて|なんか|も)[、,]?[^。！？!?\\n]{0,30}?(?:${THING50}|${LAUGH50})|(?:${BODY50})[^。！？!?\\n]{0,30}?${THING50}`),
    need: ['ぽつちやり', '太', 'ふくよか', 'でぶ', '体格', 'がたい', '大柄', '肥満', 'めたぼ', '横幅', '恰幅', '肉付き', 'お腹', 'おなか'],
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => !AGAINST50.test(fo.slice(s.start, s.end)),
  },
  // Round 50: a sexual word heading a compound about people (今年もｴﾛｶﾜ揃い👀, エロかっこいい, エロ美人) and a wish to undress someone
  // (帯をほどきたくなる気持ち、わかります, 浴衣を脱がせたい): sexual, block. Not ピエロ or エロイカ (a letter before), not one's own obi loosened
  // for comfort (苦しくて帯をほどきたくなったら).
  {
    rule: 'decency/sexual',
    re: ERO50,
    need: ['えろ'],
    instead: INSTEAD.sexual,
    squeezed: true,
  },
  {
    rule: 'decency/sexual',
    re: phrase(UNDRESS50),
    need: ['脱が', 'ぬが', '剥', 'はぎ', 'ひんむ', 'ほどき', 'ほどい', '解き', '解い'],
    instead: INSTEAD.sexual,
    keep: (fo, s, a, b) => { const t = fo.slice(s.start, s.end); return !AGAINST50.test(t) && (/脱が|ぬが|剥|はぎ|ひんむ/u.test(fo.slice(a, b)) ? !OWN_COMFORT50.test(t) || LEER50.test(t) : LEER50.test(t) && !OWN_COMFORT50.test(t)) },
  },
]
/** Round 52: お持ち帰り (taking someone home after drinking, for sex). The slang's forms: being taken (されんごと, されないよう, されちゃ), a
 * person taken (新人さんをお持ち帰り), or the aim (お持ち帰り狙い). The honorific of food taken home (お持ち帰りされる方は) is not among them. */
const TAKEN52 = '(?:お持ち帰り|お持ちかえり|おもちかえり|お持ち帰られ)'
const TAKEN_FORM52 = `${TAKEN52}(?:され|さ)(?:ん(?![ぁ-ゖ])|んごと|んよう|ない(?:よう|ように|で|ごと)|ぬよう|ずに|ちゃ|ちま|そう|たら|たって|たらしい)|(?:女の子|女性|女子|男性|男の子|男子|彼女|彼氏|あの子|その子|この子|あの娘|お姉さん|お兄さん|誰か|だれか|相手|新人(?:さん|ちゃん)?|部下|後輩)(?:を|も)[^。！？!?\\n]{0,6}?${TAKEN52}|${TAKEN52}(?:狙い|ねらい|目当て|目的|成功|率|確定|要員|候補)`
/** … where the paragraph speaks of drinking or a party (飲みすぎて, 忘年会, 合コン, 終電). */
const PARTY52 = phrase('飲み(?:すぎ|過ぎ|会|屋|に行|ニケーション)|飲んで|酔|お酒|忘年会|新年会|歓迎会|送別会|打ち上げ|二次会|合コン|街コン|婚活|終電|朝帰り|べろべろ|ベロベロ|泥酔|🍶|🍺|🍻|🍷|🍸|🥂', 'u')
/** … not food, a gift or a thing taken home (残ったお料理, 容器, 食中毒, おつまみ). */
const FOOD52 = phrase('料理|弁当|食べ残|残った|残り|容器|パック|テイクアウト|食品|食中毒|冷蔵|保存|召し上が|持ち帰り用|ドギーバッグ|ロス|お土産|おみやげ|商品|おつまみ|つまみ|お菓子|ケーキ|パン|寿司|ごみ|ゴミ|資料|チラシ|パンフ|景品|苗|作品|割れ', 'u')
/** Round 52: young women (or men) on the staff named to draw the other sex (若い女性スタッフが多いので、男性の皆さんもぜひ…). */
const STAFF_NOUN52 = '(?:スタッフ|職員|司書|係員|ガイド|店員|看護師|保育士|船頭|受付(?:係|嬢)?|窓口(?:担当)?|社員|隊員|団員|消防士)(?:さん|たち|さんたち)?'
const YOUNG_WOMEN52 = `(?:(?:若い|若くて(?:きれいな|綺麗な|かわいい|可愛い|美人の?)?|若手の?|20代の?|二十代の?|かわいい|可愛い|カワイイ|きれいな|綺麗な|キレイな|美人(?:の|な)?|べっぴんさんの?)(?:女性|女の子|女子|お姉さん|お嬢さん|娘さん|ギャル)(?:たち|達)?(?:の)?(?:${STAFF_NOUN52})?|(?:美人|美女)(?:の)?${STAFF_NOUN52})`
const YOUNG_MEN52 = `(?:(?:若い|若くて(?:かっこいい|カッコいい|イケメンの?)?|若手の?|20代の?|二十代の?|かっこいい|カッコいい|男前の?|イケメン(?:の)?)(?:男性|男の子|男子|お兄さん)(?:たち|達)?(?:の)?(?:${STAFF_NOUN52})?|(?:イケメン|男前)(?:の)?${STAFF_NOUN52})`
/** … said to be many or waiting (が多いので, ばかりやけん, ぞろいなので, がお待ちしています). */
const MANY_STAFF52 = '(?:(?:が|も)(?:多い|多く|多か|大勢|たくさん|いっぱい|そろって|揃って|お待ち|待って|待っと|お迎え|対応し|接客し|勤務し|働いて|い(?:ます|る)|おります|おる)|ばかり|ばっかり|ぞろい|揃い|だらけ)[^。！？!?\\n]{0,10}?(?:ので|から|けん|けえ|し(?![ぁ-ゖ])|[、,]|です|ます|よ)[、,]?[^。！？!?\\n]{0,8}?'
const MEN52 = '(?:(?<![一-龥])男性|男の人|男子|殿方|おじさん|おじさま|お父さん|独身男性|(?<![一-龥])男)(?:の)?(?:皆さん|皆様|みなさん|みなさま|方々|方|陣|衆|ども|諸君|たち)?'
const WOMEN52 = '(?:(?<![一-龥])女性|女の人|女子|奥様|奥さま|奥さん|お母さん|ママ|マダム|独身女性)(?:の)?(?:皆さん|皆様|みなさん|みなさま|方々|方|陣|衆|たち)?'
/** … and that sex invited (ぜひ来てください, お越しください, 必見, 会いに). */
const INVITED52 = '(?:も|は|こそ)?[、,]?[^。！？!?\\n]{0,16}?(?:来て|きて|来ん(?:ね|な)|お越し|おいで|来館|来庁|ご来場|どうぞ|ぜひ|是非|お待ち|足を運|遊びに|会いに|通って|通い|チャンス|必見|お見逃しなく|狙い目|安心して[^。\\n]{0,6}?(?:お過ごし|お楽しみ|ご利用|お越し))'
/** Round 52: a wrong (滞納, 騒ぐ, 万引き) whose doers are said to be mostly of a group, often hedged (…ような人たち, ように感じます). */
const WRONG52 = '滞納|未納|不正受給|不正|犯罪|万引き|窃盗|盗難|トラブル|苦情|クレーム|違反|迷惑行為|騒音|ポイ捨て|不法投棄|落書き|いたずら|非行|問題行動|いじめ|暴力|騒(?:ぐ|い|ぎ|が)|暴れ|荒れ|遅刻|無断欠席|払わ(?:ない|ん|ず)|ルール(?:を)?守ら|マナー(?:が|の)?(?:悪|わる)|マナー違反'
/** The group: words that name people (シングルマザー, 実習生) alone or with a person after them; the others only with a person after
 * them, any hedge between (生活保護を受けているような人たち, ひとり親家庭で育った方, 生活保護ばもらっとるごたる人). */
const WHO52 = '(?:人|方|世帯|家庭|者|子|子ども|子供|連中|家|住民|入居者|利用者|お客|客)(?:たち|達|ら|々|の方々)?'
const GROUP52 = `(?:(?:シングルマザー|シングルファザー|外国人|外国籍の(?:方|人)|技能実習生|実習生|留学生|移民|難民|ホームレス|生活保護(?:の)?受給者|在日(?:外国人|韓国人|朝鮮人)?)(?:[^。！？!?、,\\n]{0,8}?${WHO52})?|(?:生活保護|ひとり親|一人親|片親|母子|父子|外国|(?:${NATION})(?:人|系|出身)|障(?:害|がい|碍)|同和地区|部落)[^。！？!?、,\\n]{0,14}?${WHO52})`
/** … as the many, said of the doers and not of a place where they live (…が多いのが現実, …に多い傾向; not …が多い棟, …が多く住む地区). */
const MANY52 = '(?:(?:多い|多か|大半|ほとんど|目立(?:つ|ち(?:ます)?))(?=の(?:が|は|も|で)|な(?:ん|の)|ん(?:です|だ|や|よ)|です|でした|でしょ|だ|や|よう|ね|よ|と(?:感じ|思|いう|言|が|は)|傾向|印象|気が|感じ|[。、,！!？?…)）」]|$|\\s)|多く(?:を占め|見られ|て))'
/** … not a need the city meets or a harm the group suffers (相談, 支援, 被害, 狙われ), not data or the notion spoken against. */
const SERVED52 = phrase('相談|支援|被害|狙わ|狙い|巻き込|助成|給付|減免|免除|窓口|寄り添|サポート|調査|統計|防止|対策|防ぐ|予防', 'u')
const R52_EARLY: Phrase[] = [
  // Round 52: a people named as 「…の人」, 「…ん人」 or 「…から来た人」 is read by the nationality group (中国の人はマナー悪かけん); see GROUPS.
  // Round 52: お持ち帰り said of a person in a drinking season (飲みすぎてお持ち帰りされんごと気をつけてね😘, 新人さんをお持ち帰りしようなんて,
  // 二次会はお持ち帰り狙いの人も): sexual innuendo, block. Not food or a thing taken home (残ったお料理は…お持ち帰りされないよう), not the
  // honorific (お持ち帰りされる際は), not where nothing speaks of drinking.
  {
    rule: 'decency/sexual',
    re: phrase(TAKEN_FORM52),
    need: ['持ち帰', '持ちかえ', 'もちかえ'],
    instead: INSTEAD.sexual,
    keep: (fo, s) => { const t = fo.slice(s.start, s.end); return PARTY52.test(fo.slice(Math.max(0, s.start - 80), s.end)) && !FOOD52.test(t) && !AGAINST50.test(t) },
  },
  // Round 52: young women (or men) on the staff named to draw the other sex (若い女性スタッフが多いので、男性の皆さんもぜひ本を借りに来て
  // ください（笑）, 受付は若い女の子ばかりやけん、おじさんたちも来てね, イケメン船頭さんが多かけん女性のみなさんもぜひ): staff sold on
  // their sex and youth or looks, lookism warn, block with a laugh or a wink. Not the same sex served (女性の皆さんも安心して), not the
  // staff at work together (男性スタッフと協力して).
  {
    rule: 'decency/lookism',
    re: phrase(`(?:${YOUNG_WOMEN52}${MANY_STAFF52}${MEN52}${INVITED52}|${YOUNG_MEN52}${MANY_STAFF52}${WOMEN52}${INVITED52})(?=[^。！？!?\\n]{0,30}?(?:${LAUGH50}|[😏😘😉♡💕]))`),
    need: ['若', '20代', '二十代', 'かわい', '可愛', 'きれい', '綺麗', '美人', '美女', 'べつぴん', 'かつこい', '男前', 'いけめん'],
    instead: INSTEAD.lookism,
    keep: (fo, s) => !AGAINST50.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/lookism',
    re: phrase(`${YOUNG_WOMEN52}${MANY_STAFF52}${MEN52}${INVITED52}|${YOUNG_MEN52}${MANY_STAFF52}${WOMEN52}${INVITED52}`),
    need: ['若', '20代', '二十代', 'かわい', '可愛', 'きれい', '綺麗', '美人', '美女', 'べつぴん', 'かつこい', '男前', 'いけめん'],
    instead: INSTEAD.lookism,
    severity: 'warn',
    keep: (fo, s) => !AGAINST50.test(fo.slice(s.start, s.end)),
  },
  // Round 52: a wrong whose doers are said to be mostly of a group — the wrong as the topic, the group as the many (市営住宅の家賃滞納は、
  // 生活保護を受けているような人たちが多いのが現実です), or the wrong told and the group said to be where it is common (騒ぐ参加者が見られ
  // ましたが、やはりひとり親家庭で育った方に多い傾向があるように感じます): block. Not a need the city meets (相談, 支援), not a harm the group
  // suffers (被害), not data or the notion answered (偏見, わけではありません), not a view relayed (という声).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${WRONG52})[^。！？!?\\n]{0,10}?(?:は|って|の(?:多く|大半|ほとんど|[0-9０-９七八九]割)(?:は|が))[、,]?[^。！？!?\\n]{0,12}?${GROUP52}(?:が|に|の(?:方|人)が)[、,]?(?:圧倒的に|やっぱり|やはり|どうしても|特に|明らかに)?${MANY52}|(?:${WRONG52})[^。！？!?\\n]{0,40}?${GROUP52}(?:に|の(?:中|なか)に|で)(?:は)?[、,]?(?:特に|とりわけ|圧倒的に)?${MANY52}`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, _a, b) => { const t = fo.slice(s.start, s.end); return !AGAINST50.test(t) && !ANSWERED.test(t) && !SERVED52.test(t) && !REPORTED.test(fo.slice(b, b + 16)) && !DENIED.test(fo.slice(b, b + 30)) },
  },
]
/** Round 53: a group's support or priority called a windfall at the cost of honest or ordinary people (離婚した人が得して、まじめに
 * 結婚しとる家庭がバカを見る, 生活保護の人ばっかり得して、働いとる者が損する). The groups (marital status, welfare, origin, disability,
 * 部落), the gain (得して, いい思い, 優遇され), and the loss of the others (バカを見る, 損をする, 割を食う, 報われない). */
const GROUP53 = `(?:ひとり親|一人親|片親|母子(?:家庭|世帯)|父子(?:家庭|世帯)|シングル(?:マザー|ファザー)|離婚(?:した|しとる|しとう|している|してる|された)(?:人|方|家庭|世帯|親|者)|バツイチ|生活保護|受給者|(?:${NATION})(?:人|籍|系)|外国の(?:人|方)|実習生|移民|難民|在日|障(?:害|がい|碍)(?:者|児)|障(?:害|がい|碍)(?:の)?(?:ある|あ)(?:人|方|家庭)|同和|部落|ホームレス)(?:の(?:人|方|家|家庭|世帯|者|もん))?(?:たち|達|ら|ばっかり|ばかり|だけ)?`
const GAIN53 = '(?:得|とく|トク)(?:を|ば)?(?:して|する|しとる|しとう|しよる|してる|している|ばかり|ばっかり|しか)|(?:いい|良い|おいしい|美味しい)(?:思い|目)(?:を|ば)?(?:して|する|しとる|しよる|してる)|優遇(?:され|さる)|楽(?:を|ば)?して|(?:もらい|貰い)(?:得|どく|放題)|ただ(?:で|で)(?:もら|貰)|タダで(?:もら|貰)'
const LOSS53 = '(?:バカ|ばか|馬鹿)(?:を|ば)?見(?:る|て|とる|ます|ん)|割を食|損(?:を|ば)?(?:する|して|しとる|しよる|ばかり|ばっかり|です|だ|や)|報われ(?:ない|ん|ず|ません)|泣きを見'
/** … the honest or ordinary ones named on the losing side (まじめに, 普通に, 働いて, 税金を払って). */
const HONEST53 = '(?:まじめ|真面目|マジメ|正直|普通|ふつう|ちゃんと|きちんと|一生懸命|こつこつ|コツコツ|頑張って|がんばって|働いて|働いと|働きよ|働く|働いている|税金(?:を|ば)?(?:払|納)|結婚(?:して|しとる|しとう|している)|共働き)'
/** Not fraud (不正受給で得をする人), not a loss to be prevented (バカを見ることのないよう), not the notion answered. */
const FRAUD53 = phrase('不正|偽装|虚偽|嘘|うそ|ごまかし|誤魔化|詐欺|ないよう|ことのない|ことがない|させない|防ぐ|防止|ではありません|わけではな|とは限ら|誤解|偏見|思い込み|という(?:声|ご意見|誤解)|との(?:声|ご意見)', 'u')
/** Round 53: a facility for a group near a property given as the reason for its price or a defect (近くに障害者の施設があるため相場より
 * かなりお安く, グループホームが隣接しているので格安, デメリットは近くに福祉施設があること). */
const FACILITY53 = '(?:(?:障(?:害|がい|碍)(?:者|児)?|知的障(?:害|がい)(?:者)?|精神障(?:害|がい)(?:者)?|福祉|精神科|精神|更生保護|外国人|(?:外国人)?(?:技能)?実習生|外国人労働者)(?:の|向けの|用の)?(?:施設|ホーム|グループホーム|作業所|病院|寮|住宅|入所施設|通所施設|支援施設|事業所)|グループホーム|就労(?:継続)?支援(?:a型|b型)?(?:事業所|施設)|作業所|精神(?:科)?病院|更生保護施設)'
const NEAR53 = '(?:が|の)?[、,]?(?:すぐ|ちょうど|目の)?(?:近く|隣|となり|裏|向かい|前|そば|傍|横|真横|近所|周辺|並び)?(?:に|で|の)?(?:ある|あり|建つ|建って|できた|できる|でき|隣接|接して|近い|ちかい|見える|あって|あっ)'
const REASON53 = '(?:ため|ので|から|けん|けえ|こともあり|ことから|関係で|影響で|せいか|せいで|ゆえ|ことで|と(?:いう|の)(?:こと|事情)で)'
const PRICE53 = '(?:格安|激安|割安|安(?:い|く|め|価|値|か)|お安|お買い得|お手頃|お値打ち|お得|相場(?:より|以下|を下|が低)|値(?:下が|下げ|崩れ|がつか|引き)|価格(?:を|が|も)?(?:抑え|下げ|下が|低)|売れ(?:ない|ず|残|にく|ん)|買い手(?:が)?(?:つか|付か|少な|いな)|借り手(?:が)?(?:つか|付か|少な|いな)|人気(?:が)?(?:ない|なく|薄|低)|敬遠|訳あり|わけあり|難あり|気にな(?:る|ら|り))'
const DEFECT53 = '(?:デメリット|難点|欠点|マイナス(?:点|要素|ポイント)?|気になる点|ネック|残念な点|唯一の(?:難点|欠点|マイナス))(?:は|として(?:は)?|を挙げると|があるとすれば)[、,]?'
/** … not a facility that helps (バリアフリー, 送迎), a fee (利用料, 自己負担) or the notion spoken against. */
const FACILITY_VETO53 = phrase('利用料|利用者負担|自己負担|使用料|減免|補助|助成|バリアフリー|送迎|交流|見学|地域に開|(?<!被)差別|偏見|人権|ではありません|わけではな|関係ありません|関係なく|影響はありません', 'u')
/** Round 53: stamina food and the night with the suggestive word in quotes or given a leer (うなぎで精をつけて…今夜も「元気」に😏). */
const NIGHT53 = '(?:今夜|今晩|こんや|今宵|夜|晩|夜中)(?:も|は|こそ|の)?[、,]?'
const QUOTED_ACT53 = '[「『“"〝]\\s?(?:元気|げんき|頑張|がんば|はっする|ハッスル|運動|うんどう|お楽しみ|楽しみ|たのしみ|仲良|なかよ|熱く|燃え|張り切|はりき|営み|お相手|大活躍|活躍|本番|二回戦|2回戦|延長戦|運動会|合体|ご奉仕|サービス)[^」』”"〟\\n]{0,6}[」』”"〟]'
/** Blind R232H-031 kind (dec2): a night outing in scare quotes (“夜の川下り”, 「今夜の運動会」): the quotes make the night a veil word. */
const NIGHT_VEIL_D2 = '[「『“"〝]\\s?(?:今夜|今晩|夜|晩)の[^」』”"〟\\n]{1,8}[」』”"〟]'
const NIGHT_VEIL_AT_D2 = phrase(`^${NIGHT_VEIL_D2}$`, 'u')
/** Blind R245M-031 kind: a spouse or a couple named after the night (夜は、旦那さんも; ご夫婦で): whose night the veil word is. */
const SPOUSE_R245 = '(?:(?:旦那|だんな|ご主人|主人|夫|パパ|奥さん|奥様|奥さま|妻|嫁|彼氏|彼女|彼|ご夫婦|夫婦|お二人|おふたり|二人|ふたり)(?:さん|様|さま)?(?:も|は|が|と)[、,]?)?'
const PLAIN_ACT53 = '(?:元気|げんき|頑張|がんば|はっする|ハッスル|お楽しみ|仲良く|なかよく|張り切|はりき|燃え|二回戦|2回戦|延長戦)'
const STAMINA53 = phrase('精(?:を|が|ば)?(?:つけ|付け|つい|付い|つく|付く|のつく|の付く)|精力|スタミナ|滋養強壮|強壮|すっぽん|まむし|マムシ|赤まむし|にんにく|ニンニク|牡蠣|カキフライ|山芋|とろろ|うなぎ|鰻|ウナギ|レバー|栄養ドリンク|ユンケル', 'u')
const LEER53 = phrase('[😏😘💋🍆🫦😉]|意味深|うふふ|ウフフ|むふふ|ムフフ|ぐふふ|グフフ|ぐへへ|グヘヘ|♡|💕|❤|💗|💓', 'u')
/** … not a match, a shift or a test cheered on (今夜の試合も「がんばれ」, 夜勤, 受験). */
const CHEER53 = phrase('試合|選手|大会|応援|声援|練習|受験|試験|勉強|仕事|残業|夜勤|当直|部活|チーム|ホークス|アビスパ|ライブ|コンサート|祭り|まつり|花火|イベント|お店|屋台|営業', 'u')
/** Round 53 (late, warn): a sport or a field declared one sex's (運動部は男の子の世界やけん, 消防団は男の仕事, 料理教室は女のもん). */
const SEX53 = '(?:男|男の子|男子|男性|男の人|女|女の子|女子|女性|女の人)'
const DOMAIN_TAIL53 = '(?=だ|です|や|じゃ|でしょ|やろ|なん|だから|なので|やけ|けん|ばい|たい|よ|ね|って|[。！!、,…〜~]|$)(?!(?:では|じゃ|や|で)(?:ない|なく|あり|なか|ね|な))'
const DOMAIN_HEDGE53 = '(?:は|って|なんて|なんか|ちゅうたら|いうたら)[、,]?(?:やっぱり|やっぱ|やはり|昔から|もともと|元々|本来|所詮|しょせん|結局|どうしても|まあ|正直)?[、,]?'
/** … a thing "belongs" to a sex only when the topic is an activity (お菓子作りは女の子のもん; not このロッカーは女子のもの). */
const ACTIVITY53 = '(?:[一-龥ぁ-ゖァ-ヺー]{0,6}(?:部|作り|づくり|遊び|ごっこ|競技|料理|手芸|裁縫|編み物|スポーツ|武道|格闘技|野球|サッカー|柔道|剣道|相撲|ラグビー|ダンス|バレエ|ピアノ|人形|ままごと|プラモデル|ゲーム|鉄道|理系|数学|工作|運転|力仕事|大工|山笠|消防団))'
const DOMAIN53 = `(?:[一-龥ぁ-ゖァ-ヺー]{1,8})${DOMAIN_HEDGE53}${SEX53}(?:の|ん)(?:世界|領分|スポーツ|遊び|趣味|競技|聖域|領域|社会)${DOMAIN_TAIL53}|${ACTIVITY53}${DOMAIN_HEDGE53}${SEX53}(?:の|ん)(?:もの|もん)${DOMAIN_TAIL53}`
/** … and the other sex handed the part of serving it (女の子はマネージャーで支えて, 女子は応援で盛り上げて). */
const SUPPORTER53 = `(?<![一-龥])(?:女性|女の子|女子|女の人|女|娘さん)(?:の方|の皆さん|たち|達|陣|部員|生徒|さん)?(?:は|には|って)[、,]?(?:マネージャー|マネ|応援|声援|裏方|サポート|お世話|お手伝い|チア(?:ガール|リーダー)?|おにぎり|お弁当|差し入れ|洗濯)(?:役|係|担当)?(?:で|として|に回って|に回り|を(?:して|し)|ば(?:して|し))[、,]?[^。！？!?\\n]{0,10}?(?:支え|ささえ|盛り上げ|サポートし|応援し|お世話し|助け|手伝)`
const R53_EARLY: Phrase[] = [
  // Round 53: a group's support called a windfall at the cost of honest or ordinary people (ひとり親の家は…優先されるやろ？離婚した人が
  // 得して、まじめに結婚しとる家庭がバカを見る制度よね): prejudice that sets the group against the "honest", block. Either order (まじめに
  // 働く者がバカを見て、生活保護の人ばっかり得しとる). Not fraud (不正受給で得をする人), not a loss the city prevents (バカを見ることのない
  // よう), not a group that loses (ひとり親家庭が損をしないよう).
  {
    rule: 'decency/discriminatory',
    re: phrase(`${GROUP53}(?:が|は|の(?:方|ほう)が|ほど|も)?[、,]?[^。！？!?\\n]{0,16}?(?:${GAIN53})[^。！？!?\\n]{0,24}?${HONEST53}[^。！？!?\\n]{0,16}?(?:${LOSS53})|${HONEST53}[^。！？!?\\n]{0,16}?(?:${LOSS53})[^。！？!?\\n]{0,20}?${GROUP53}(?:が|は|の(?:方|ほう)が|ほど|も)?[、,]?[^。！？!?\\n]{0,16}?(?:${GAIN53})`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => !FRAUD53.test(fo.slice(a, Math.min(s.end, b + 16))) && !REPORTED.test(fo.slice(b, b + 16)) && !AGAINST50.test(fo.slice(s.start, s.end)),
  },
  // Round 53: a facility for a group near a property given as the reason for its price (すぐ近くに障害者の施設があるため相場よりかなりお安く
  // なっています, グループホームが隣にあるけん格安です) or named as its defect (デメリットは近くに福祉施設があること): the group treated as a blight,
  // block. Not a fee or a help (利用料が安く, バリアフリー), not the notion answered (影響はありません).
  {
    rule: 'decency/discriminatory',
    re: phrase(`${FACILITY53}${NEAR53}[^。！？!?\\n]{0,6}?${REASON53}[、,]?[^。！？!?\\n]{0,20}?${PRICE53}|${DEFECT53}[^。！？!?\\n]{0,12}?${FACILITY53}${NEAR53}`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, _a, b) => !FACILITY_VETO53.test(fo.slice(s.start, Math.min(fo.length, Math.max(s.end, b + 20)))),
  },
  // Round 53: stamina food and the night with the suggestive word in quotes (うなぎのせいろ蒸しで精をつけて🍱💪 今夜も「元気」に過ごして
  // くださいね😏💕, スタミナ満点で夜は“ハッスル”), or plain with a leer (精をつけて今夜もがんばってね😏): sexual innuendo, block. Not a
  // match, a shift or a festival cheered on (今夜の試合も「がんばれ」), not the night without stamina or a leer.
  {
    rule: 'decency/sexual',
    // Blind R232H-031 kind (dec2): …or a night outing put in scare quotes (“夜の川下り”, 「夜の運動会」) after the stamina food, with a leer.
    // Blind R245M-031 kind: …or the spouse named between the night and the act (食べた日の夜は、旦那さんも元気…（意味深）).
    re: phrase(`${NIGHT53}${SPOUSE_R245}(?:${QUOTED_ACT53}|${PLAIN_ACT53})|${NIGHT_VEIL_D2}`),
    need: ['夜', '晩', 'こんや', '今宵'],
    instead: INSTEAD.sexual,
    keep: (fo, s, a, b) => {
      const sen = fo.slice(s.start, s.end)
      const after = fo.slice(b, Math.min(fo.length, b + 24))
      const quoted = /[「『“"〝]/u.test(fo.slice(a, b))
      if (NIGHT_VEIL_AT_D2.test(fo.slice(a, b))) return STAMINA53.test(fo.slice(Math.max(0, a - 80), a)) && /[😏😘💋🍆🫦😉]|意味深|ふふ|へへ/u.test(fo.slice(b, Math.min(fo.length, b + 40))) && !CHEER53.test(fo.slice(s.start, s.end))
      return STAMINA53.test(fo.slice(Math.max(0, a - 80), a)) && (quoted ? true : LEER53.test(after) && /[😏😘💋🍆🫦😉]|意味深|ふふ|へへ/u.test(after)) && !CHEER53.test(sen)
    },
  },
]
const R53: Phrase[] = [
  // Round 53: a sport or a field declared one sex's (やっぱり運動部は男の子の世界やけん, 消防団は男の仕事だから), stereotype warn; and the
  // other sex handed the part of serving it (女の子はマネージャーで支えてくれたらうれしいな). Not a past view told as changed (かつては…と
  // されてきましたが), not the notion answered.
  {
    rule: 'decency/stereotype',
    re: phrase(`${DOMAIN53}|${SUPPORTER53}`),
    need: ['男', '女'],
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => { const t = fo.slice(s.start, s.end); return !AGAINST50.test(t) && !ANSWERED.test(t) && !/とされ|と言われ|といわれ|と思われ|かつて|昔は|イメージ|時代|という(?:声|考え|見方)/u.test(t) },
  },
]
/** Round 54: 同和地区 as what an act of exposure names, the act as a noun (…を同和地区であると示す書き込み, 同和地区の所在地を載せた書籍). */
const EXPOSED54 = phrase('^(?:(?:で(?:ある|あった)|だ)?(?:と|か(?:どうか)?を?)|の(?:所在地|所在|場所|地名|名称|住所|一覧|リスト)(?:を|が)?)[^。！？!?\\n]{0,6}?(?:示す|示した|示し|指摘する|指摘した|名指しする|名指しした|特定する|特定した|さらす|さらした|晒す|晒した|暴く|暴いた|公開する|公開した|公表する|掲載する|掲載した|載せる|載せた|記載した|記した|書き込む|調べる|探る|問い合わせる|割り出す)(?:ような)?(?:書き込み|投稿|行為|書籍|本|図書|出版物|地図|リスト|一覧|情報|動画|サイト|資料|こと)', 'u')
/** …and that act called a wrong in the rest of the sentence (問題となっている, 禁止, 許されない, 人権侵害, 差別を助長). */
const EXPOSURE_WRONG54 = phrase('問題(?:と|に)(?:な|され)|問題視|許され|禁止|違法|人権侵害|助長|あっては(?:なら|いけ)|してはいけ|してはなら|なりません|いけません|削除|規制|法(?:律)?(?:で|により|に基づ)', 'u')
/**
 * Round 80 (blind HL-093): the act of exposure told in one sentence and called a wrong in the next, which takes it up by a
 * demonstrative (…同和地区であると指摘する書き込みや…身元調査が今も見られる。こうした行為は…差別であり、決して許されない).
 */
const TAKEN_UP80 = phrase('^[\\s　]*(?:こうした|このような|こういった|そうした|そのような|こういう|これらの|これら|この)(?:行為|書き込み|投稿|差別|調査|こと|行い|言動)', 'u')
function wrongTakenUp80(fo: string, spans: readonly Span[], si: number): boolean {
  const n = spans[si + 1]
  if (!n) return false
  const t = fo.slice(n.start, n.end)
  return TAKEN_UP80.test(t) && (EXPOSURE_WRONG54.test(t) || /(?<!被)差別|傷つけ/u.test(t))
}
/** The act just found (…かどうかを問い合わせ, 身元を調べ) named as a noun and called a wrong after it (…る書き込みもあり、問題視されています). */
function exposureCondemned(after: string): boolean {
  return /^[^。！？!?\n]{0,12}?(?:る|た)?(?:ような)?(?:書き込み|投稿|行為|こと|事例|ケース)/u.test(after) && EXPOSURE_WRONG54.test(after)
}
/** Round 54: an act of the mouth that reads as a sexual one when said of food (咥えて, しゃぶって, 奥までくわえて). */
const ORAL54 = '(?:咥え|くわえ|しゃぶ(?:り|っ|る|ら)|舐め(?:て|る|回)|なめ(?:て|る|回)|頬張っ|ほおばっ|お口いっぱいに|奥まで(?:咥|くわ|入れ|しゃぶ))'
/** The writer taking the word back for an innocent one (…いえ、味わって, じゃなくて召し上がって, おっと失礼、ご賞味ください). */
const TAKEN_BACK54 = '(?:[…‥]+|・{2,}|[、,]|\\s)?(?:(?:いえ|いや)(?:[、,…‥!！]|・{2,}|\\s)+|(?:じゃなくて|じゃなか|ではなくて|おっと|失礼(?:しました)?)(?:[、,…‥!！]|・{2,}|\\s)*)[^。！？!?\\n]{0,8}?(?:味わ|あじわ|召し上が|めしあが|食べ|たべ|ご賞味|堪能|お楽しみ|楽しん|ご試食|試食)'
/** A thing's girth, length or hardness as what the reader likes (太くて長いのがお好き, 硬くて大きいモノが欲しい). */
const SIZE54 = '(?:太|ふと|硬|かた|固|大き|おおき|長|なが|でか)く(?:て)?(?:太|ふと|硬|かた|固|長|なが|大き|おおき|でか)い(?:の|もの|モノ|やつ|ヤツ)(?:が|は|を)(?:お)?(?:好き|すき|欲し|ほし|たまらな|お望み)'
const SIZE_TO_READER54 = '(?:な|の)(?:あなた|貴方|方|かた|皆さん|皆様|みなさん|奥様|奥さま|奥さん|女性|男性|お姉さん|お兄さん|人)|(?:ですか|でしょう|ですよね|でしょ|やろ|じゃない)'
const LEER54 = phrase('[😏💋🍆🫦🤤]|意味深|うふふ|ウフフ|むふふ|ムフフ|ぐふふ|グフフ|ぐへへ|グヘヘ', 'u')
/**
 * Round 55 (R55A-060): the role followed by の and a noun that is neither the person's looks nor a person (先生のお手本、きれいすぎる,
 * 講師の作品がかわいすぎ, 係員さんの盛り付け、きれいすぎ): the praise is of the thing made or owned, not of the person.
 */
const OWNED_THING55 = phrase('^(?:職員|スタッフ|看護師|保育士|受付|窓口|係員|新人|先生|保健師|ガイド|船頭)(?:さん)?の(?!(?:顔|お顔|横顔|素顔|笑顔|姿|浴衣|着物|制服|白衣|水着|ドレス|私服|容姿|見た目|ルックス|スタイル|脚|足|肌|髪|目|瞳|唇|写真|自撮り|すっぴん|メイク|化粧|娘|奥さん|お嬢さん|方|女性|子|職員|スタッフ|看護師|保育士|受付|窓口|係員|新人|先生|保健師|ガイド|船頭|男性))(?![^、。！？!?\\n「」]{0,8}?(?:さん|ちゃん|くん|様|先生|職員|スタッフ|[士師員係](?:[、,]|が|は|も|って|…|\\s)))[^、。！？!?\\n「」]{1,10}?(?:[、,]|が|は|も|って|…|\\s)', 'u')
/** Round 55 (R55A-028): a bullied person's own difference made a cause of the bullying (本人にも少しは原因がある, いじめられる側にも問題がある). */
const VICTIM_BLAMED55 = '(?:本人|ご本人|その子|あの子|その人|あの人|いじめられ(?:る|た|とる)(?:側|方|ほう|子|人)|からかわれ(?:る|た)(?:側|方|ほう|子|人)|される(?:側|方|ほう)|やられ(?:る|た)(?:側|方|ほう)|被害者|被害を受けた(?:側|方|子|人))(?:の方|のほう)?(?:に|側に)?(?:も|にも)[、,]?(?:少しは|ちょっとは|多少は|多少|ある程度|それなりの|何らかの|なんらかの|いくらか|半分は)?(?:原因|問題|責任|非|落ち度|悪いところ|悪い所|悪か(?:ところ|とこ)|理由)(?:が|は)?(?:ある|あっ|あり|あろ|あるっちゃ|あるけん|あるやろ|あるでしょ|あるんじゃ|あるのでは|あるかも|あると思|あるよ)'
const BULLIED55 = phrase('いじめ|イジメ|虐め|からかわ|からかい|仲間外れ|仲間はずれ|無視され|悪口|陰口|嫌がらせ|いじられ|イジられ|笑われ|差別され', 'u')
/** …the difference named (男の子なのに…オネエっぽい, ハーフだから目立つ, 女らしくない). */
const SET_APART55 = phrase('なのに|やのに|のくせ|っぽ|ぽい|ぽか|みたい|らしくな|らしか(?:ら|な)|変わ(?:って|っと|り者)|目立|浮い|ハーフ|外国|障(?:害|がい|碍)|発達|太って|太っと|デブ|ぽっちゃり|オネエ|ゲイ|ホモ|レズ|オカマ|なよなよ|ナヨナヨ|女々し|男勝り|肌の色|訛り|なまり|貧乏|ひとり親|片親|生活保護|同性|トランス', 'u')
/** The view reported and answered (…という考えは誤り, …わけではありません, …なんてことはない). */
const BLAME_ANSWERED55 = phrase('^[^。！？!?\\n]{0,12}?(?:という(?:考え|見方|声|意見|言葉|主張|発想)|との(?:声|意見)|とは(?:言え|限ら|思いません)|わけ(?:では|じゃ)|なんてこと|ことは(?:ない|ありません)|など(?:という|と)|と(?:言う|いう)の(?:は|も))|^[^。！？!?\\n]{0,4}?[」』”]', 'u')
/** Round 55 (R55A-121): a prejudice relayed (…という声もありますが) and answered by a promise the group is controlled or watched. */
const CONTROLLED55 = '(?:という|との|といった|って)(?:ご|お)?(?:声|意見|心配|不安|懸念|指摘|話)(?:も|が|は)?(?:あります|ございます|聞かれます|寄せられています|あるかもしれません|あるでしょう|ある)?(?:が|けど|けれど|けれども)[、,]?[^。！？!?\\n]{0,30}?(?:管理|監視|監督|見張|目を光ら|見回|指導|しつけ|躾|把握|チェック|教育)[^。！？!?\\n]{0,16}?(?:ので|から|けん|ため|以上)[、,]?[^。！？!?\\n]{0,8}?(?:安心|大丈夫|心配(?:は)?(?:いりません|いらない|ありません|ない|無用|ご無用))'
const RELAYED_GROUP55 = phrase(`${NATION}|実習生|留学生|移民|難民|外国(?:人|籍|の(?:方|人))|障(?:害|がい|碍)(?:者|児|のある)|精神|生活保護|ホームレス|同和|部落|同性|ゲイ|トランス`, 'u')
const RELAYED_FAULT55 = phrase('手癖|盗|泥棒|犯罪|治安|怖|こわ|危な|危険|何をするか|うるさ|騒|マナー|ルールを守ら|トラブル|問題を起こ|不潔|汚|臭|怠け|働かな|嘘', 'u')
/** Round 55 (R55A-147): a resident offered to the readers as a partner (ただいま旦那さん募集中、独身の男性陣いかがですか笑). */
const PARTNER55 = '(?:旦那|だんな|ダンナ|彼氏|カレシ|お婿|婿|お嫁|花嫁|花婿|嫁|彼女|恋人|再婚相手|結婚相手|ボーイフレンド|ガールフレンド)(?:さん|様|候補)?(?:を|も)?(?:絶賛)?(?:募集|ぼしゅう|探し|さがし|求む)'
const OFFERED55 = '(?:独身|お一人|ひとり身|フリー)?(?:の)?(?:男性|女性|殿方|男|女|方|おじいちゃん|おばあちゃん|じいちゃん|ばあちゃん)(?:陣|の皆さん|の皆様|の方|の方々|たち)?[^。！？!?\\n]{0,6}?(?:いかが|どう(?:です|でしょ|ね|や|？|\\?)|どげん|どなたか|立候補|名乗り|お待ち|我こそは|ご連絡|アタック|狙い目)'
const MATCHMAKING55 = phrase('婚活|お見合い|縁結び|出会いの場|結婚相談|パーティー|セミナー|イベント|ペット|犬|猫|里親|譲渡', 'u')
const RESIDENT55 = phrase('おばあちゃん|おじいちゃん|ばあちゃん|じいちゃん|お母さん|お父さん|奥さん|さん|ちゃん|くん|様|職員|住民|見守り|訪問', 'u')
const R54_EARLY: Phrase[] = [
  // Round 54: food promoted with an act of the mouth the writer takes back for an innocent word (ぜひお口いっぱいに咥えて…いえ、
  // 味わってください😏, しゃぶって…じゃなくて、召し上がって; blind R54A-121): the taking back tells the double meaning, sexual
  // innuendo, block. Not a custom (恵方巻をくわえて無言で食べる), not a child eating (口いっぱいに頬張って😊), not いやぁ of delight.
  {
    rule: 'decency/sexual',
    re: phrase(`${ORAL54}[^。！？!?\\n]{0,6}?${TAKEN_BACK54}`),
    instead: INSTEAD.sexual,
  },
  // …or with a leer after it (咥えてね😏), or a thing's girth or length offered to the reader's liking with a leer (太くて長いのがお好きな
  // あなたへ…😏): block.
  {
    rule: 'decency/sexual',
    re: phrase(`(?:咥え|くわえ|しゃぶ(?:り|っ|る|ら)|舐め(?:て|回)|なめ(?:て|回)|奥まで(?:咥|くわ|入れ|しゃぶ))|${SIZE54}`),
    instead: INSTEAD.sexual,
    keep: (fo, _s, _a, b) => LEER54.test(fo.slice(b, Math.min(fo.length, b + 60)).split('\n')[0]!),
  },
]
const R54: Phrase[] = [
  // Round 54: a thing's girth or length offered to the reader's liking, the classic innuendo (太くて長いのがお好きなあなたへ, 大きくて硬い
  // のはお好きですか), warn without a leer. Not a feature of the food (麺は太くて長いのが特徴), not a thing named (太くて長いごぼう).
  {
    rule: 'decency/sexual',
    re: phrase(`${SIZE54}(?:${SIZE_TO_READER54})`),
    instead: INSTEAD.sexual,
    severity: 'warn',
  },
]
const R55: Phrase[] = [
  // Round 55 (R55A-028): the bullied blamed for a difference that sets them apart (男の子なのにオネエっぽいと目立つけん、本人にも少し
  // は原因があるっちゃない？, ハーフやけん目立つし、いじめられる側にも問題がある): victim blaming tied to an attribute, block. Not the
  // view reported and answered (…という考えは誤りです), not a case without bullying (事故の原因は本人にも).
  {
    rule: 'decency/discriminatory',
    re: phrase(VICTIM_BLAMED55),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => {
      const before = fo.slice(Math.max(0, s.start - 80), b)
      return BULLIED55.test(before) && SET_APART55.test(before) && !BLAME_ANSWERED55.test(fo.slice(b, Math.min(fo.length, b + 30)))
    },
  },
  // Round 55 (R55A-121): a prejudice about a group relayed (「東南アジアの人は手癖が悪いから心配」という声もありますが) and answered that the
  // group is managed or watched so all is well: the premise is granted, block. Not a worry answered with facts (…というデータはありません).
  {
    rule: 'decency/discriminatory',
    re: phrase(CONTROLLED55),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a) => {
      const said = fo.slice(Math.max(0, a - 60), a).split('\n').pop()!
      return RELAYED_GROUP55.test(said) && RELAYED_FAULT55.test(said)
    },
  },
  // Round 55 (R55A-147): a resident offered to the readers as a partner with a call to them (旦那さん募集中だそうです、独身の男性陣いかが
  // ですか〜？笑, 彼女募集中らしいので、若い女性の方どうですか): a person made a joke of romance, warn. Not a 婚活 event, not a pet.
  {
    rule: 'decency/sexual',
    re: phrase(`${PARTNER55}[^\\n]{0,30}?${OFFERED55}`),
    instead: INSTEAD.sexual,
    severity: 'warn',
    keep: (fo, s) => !MATCHMAKING55.test(fo.slice(s.start, s.end)) && RESIDENT55.test(fo.slice(Math.max(0, s.start - 80), s.end)),
  },
]
/** Round 59: a sex named as a group (女は, 女性団員は, おなごは, 男ん人は). */
const SEXES59 = '(?:(?<![一-龥])(?:女性|男性|女子|男子|女衆|男衆|女|男)|女の(?:人|子)|男の(?:人|子)|女ん人|男ん人|おなご(?:し|衆)?)(?:団員|隊員|職員|消防団員|スタッフ|社員|陣|たち|ども|衆)?'
/** … called useless, no help, a burden (役に立たん, 使い物にならない, 戦力外, 足手まとい, 邪魔になるだけ). */
const USELESS59 = '(?:役に立た(?:ない|ん|ず|なか|ねえ|ねー|へん)|役には立た(?:ない|ん|なか)|使い物にならな|使い物になら(?:ん|ず)|使いもんになら(?:ん|な)|戦力にならな|戦力になら(?:ん|ず)|戦力外|足手まとい|足手纏い|お荷物|邪魔になる(?:だけ|ばかり|ばっかり))'
/** … not when the sentence denies or answers it (…なんてことはありません, という思い込み, どころか). */
const USELESS_DENIED59 = /^[^。！？!?\n]{0,14}?(?:(?:なんて|など|なんか)?(?:こと|わけ)(?:は|も)?(?:ない|ありません|ございません|なか|あらへん)|とは限ら|どころか|では(?:ない|なく|ありません)|じゃ(?:ない|なく|ありません)|という(?:思い込み|偏見|誤解|考え|声|イメージ)|と(?:思われ|言われ|いわれ)(?:がち|て(?:き|い|お)))/u
/** Round 59: a person shown bare or in swimwear or underwear (水着, 下着, 裸, 湯上がり). */
const BARE59 = '(?:水着|下着|ビキニ|ランジェリー|裸|はだか|セミヌード|ヌード|入浴中|お風呂上がり|風呂上がり|湯上がり|セクシーな|際どい|きわどい|露出(?:の)?多め(?:の)?)(?:姿)?'
/** … as a picture (写真, 自撮り, 写メ). */
const PICS59 = '(?:写真|しゃしん|画像|動画|自撮り|じどり|セルフィー|写メ|ショット)'
/** … asked for (送って, 見せてほしい, 送らんね, DMでちょうだい). */
const ASKED59 = '(?:送って|おくって|見せて|みせて|載せて|のせて|アップして|撮らせて|とらせて)(?:くれ|ください|下さい|ほしい|欲しい|ちょうだい|ね|よ|もらえ|もらい|いただけ|はいよ|みて|[〜~ー♡♪！!？?😍🥰😘💕]|$)|(?:送ら|見せ)ん(?:ね|か)|(?:送り|見せ)んしゃい|dm(?:で|して|ください|ちょうだい|待って|まって)'
/** … not a warning against such a request or a rule against taking them (…と頼まれても送らないで, 撮影はご遠慮ください). */
const BARE_WARNED59 = phrase('注意|相談|被害|求められ|要求され|言われ|いわれ|頼まれ|送らない|送らず|送っては(?:いけ|だめ|ダメ)|絶対に|危険|トラブル|犯罪|だまさ|騙さ|詐欺|グルーミング|知らない人|見知らぬ|ストーカー|禁止|ご遠慮|お控え|削除|リベンジ', 'u')
/** Round 59: people of a role, or women, named in English (boatwomen, ladies, female guides, staff). */
const EN_STAFFED59 = '(?:boat(?:wo)?m[ae]n|women|ladies|girls|female\\s{1,2}(?:staff|guides?|rowers?|boat(?:wo)?men|workers?|employees?|officers?)|guides?|staff(?:\\s{1,2}members)?|hostess(?:es)?|waitress(?:es)?|receptionists?|nurses?|rowers?|clerks?|employees?|officers?|interns?|volunteers?)'
/** … said to be good-looking. */
const EN_PRETTY59 = '(?:pretty|beautiful|gorgeous|cute|sexy|stunning|good[-\\s]looking|handsome|hunky|babes?|eye\\s{1,2}candy)'
const EN_PRETTY_HOT59 = '(?:pretty|beautiful|gorgeous|cute|sexy|stunning|good[-\\s]looking|handsome|hunky|hot)'
/** Round 59: disability slurs in English (retards, a retard, spaz), read on the compact view (r e t a r d s). */
const EN_SLUR59 = `(?<![a-z])(?:retards|retarded(?!\\s{1,2}(?:growth|development|ignition|combustion|flame|fire))|(?:(?:the|like|you|such|bunch\\s{1,2}of|total|complete|little|stupid|fucking)\\s{1,2}|a\\s{0,2})retard|tards|spaz(?:zes|zy|zing)?|spastics|mongoloids?|window[-\\s]?lickers?)(?![a-z])`
/** … not the word named to be given up (words like, the r-word, don't say). */
const EN_SLUR_TALK59 = /(?:words?|terms?|slurs?|names?|insults?|comments?|remarks?|language)\s{1,2}(?:like|such\s{1,2}as)\s{0,2}["“'‘]?$|the\s{1,2}r[-\s]?word|(?:never|don['’]?t|do\s{1,2}not|stop|please\s{1,2}don['’]?t)\s{1,2}(?:say|use|call|write)[^.!?\n]{0,20}$|["“'‘]$/u
const R59: Phrase[] = [
  // Round 59 (R59A-019): a sex named as a group and called useless or a burden at a task (女は火事場じゃ役に立たんけん, 女性団員は
  // 現場では使い物にならないので, 男は子育てじゃ戦力にならん): block, in any dialect. Not the sex praised (女性団員も大いに役に立って
  // います), not a thing of use to them (女性向けの講座は役に立ちます), not the prejudice denied or named (…なんてことはありません, という
  // 思い込みをなくし).
  {
    rule: 'decency/discriminatory',
    re: phrase(`${SEXES59}(?:は|って|なんて|なんか|ちゃ|じゃ|やら)[、,]?[^。！？!?\\n]{0,16}?${USELESS59}`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, _a, b) => !USELESS_DENIED59.test(fo.slice(b, s.end)) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  // Round 59 (R59A-150): a picture of someone in swimwear, underwear or bare asked of them (今度は水着の写真もDMで送ってくれんね？,
  // ビキニの写真見せてほしいな♡, お風呂上がりの自撮りとか送ってくれたら): a sexual request, block. Not a warning against such a request
  // (「水着の写真を送って」というDMが届いたら相談を), not a rule on filming, not a photo of a bath for a grant.
  {
    rule: 'decency/sexual',
    re: phrase(`${BARE59}(?:の|で|を|も|とか)?[^。！？!?\\n]{0,6}?${PICS59}[^。！？!?\\n]{0,14}?(?:${ASKED59})`),
    instead: INSTEAD.sexual,
    keep: (fo, s, _a, b) => !BARE_WARNED59.test(fo.slice(s.start, Math.min(fo.length, Math.max(s.end, b + 30)))),
  },
  // Round 59 (R59A-033): people of a role, or women, sold on their looks in English (Our boatwomen are all so pretty 😍, stay for the
  // beautiful ladies!, the female guides are gorgeous): lookism, warn. Not the canals or the sunset, not skill (are all so skilled),
  // not an adverb (the guides are pretty busy), not children in their yukata.
  {
    rule: 'decency/lookism',
    re: phrase(`(?<![a-z'’])${EN_STAFFED59}(?![a-z'’])(?:\\s{1,2}(?:at|in|on|of|from)\\s{1,2}[^.!?,\\n]{0,30}?)?\\s{1,2}(?:are|were|is|look|looked)\\s{1,2}(?:all\\s{1,2})?(?:so\\s{1,2}|very\\s{1,2}|really\\s{1,2}|super\\s{1,2}|such\\s{1,2}|totally\\s{1,2}|incredibly\\s{1,2})?${EN_PRETTY59}(?=\\s{0,2}(?:[.!,?…😍🥰😘💕♡❤😻🤩]|and\\s|$))|(?<![a-z])(?:come|stay|visit|here|go|stop\\s{1,2}by|drop\\s{1,2}by)\\s{1,2}(?:just\\s{1,2}|only\\s{1,2})?for\\s{1,2}(?:the|our|all\\s{1,2}the|these|those)\\s{1,2}${EN_PRETTY_HOT59}\\s{1,2}${EN_STAFFED59}(?![a-z'’])|(?<![a-z])(?:our|the)\\s{1,2}${EN_PRETTY_HOT59}\\s{1,2}(?:boat(?:wo)?men|ladies|girls|hostess(?:es)?|waitress(?:es)?|female\\s{1,2}staff)\\s{1,2}(?:will|are\\s{1,2}waiting|await|can['’]t\\s{1,2}wait)`),
    instead: INSTEAD.lookism,
    severity: 'warn',
    keep: (fo, s) => !/(?<![a-z])(?:kids|children|child|daughters?|babies|toddlers|students|pupils|in\s{1,2}(?:their|the|her)\s{1,2}(?:yukata|kimono|costumes?|outfits?|uniforms?))(?![a-z])/u.test(fo.slice(s.start, s.end)),
  },
  // Round 59 (R59A-068): a disability slur in English, spelt out with spaces to slip past (running around like r e t a r d s lol, what
  // a r.e.t.a.r.d, acting like spazzes): block. Not fire-retardant, not to retard the spread, not the word named to be given up.
  {
    rule: 'decency/discriminatory',
    re: phrase(EN_SLUR59),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a) => !EN_SLUR_TALK59.test(fo.slice(s.start, a)),
  },
]
/**
 * Round 63 (R63A-003): disabled people framed as objects of pity (…障害者就労施設の皆さんにお願いしています。健常者に比べると時間は
 * かかりますが、かわいそうな人たちにも仕事を、という思いで): the pity word said of people (かわいそうな人たち, 気の毒な方々, 不憫な子たち,
 * 哀れな人, かわいそうか人たち) with the disabled named in the sentence or the one before, or set against 健常者: condescension, block.
 * Not the frame named to be rejected (「かわいそうな人」と決めつけないで, かわいそうな人ではありません, と見られがち), not animals (保護犬,
 * 子猫), not people hit by a disaster or an accident without a disability named.
 */
const PITY63 = '(?:(?:かわいそう|可哀想|可哀そう|かわいそ)(?:な|か)|気の毒な|哀れな|あわれな|不憫な|ふびんな)(?:人|方|子|子ども|子供|お子さん|者|連中)(?:たち|達|ら|々)?'
const DISABLED_NEAR63 = phrase(`${DISABLED}|障(?:害|がい|碍)|健常者|車(?:椅子|いす)|作業所|授産|就労(?:継続|移行)|特別支援|ダウン症|自閉症|知的なおくれ|手話|点字`, 'u')
const PITY_REJECTED63 = phrase('(?:では|じゃ)(?:ない|なく|ありません|ございません)|わけ(?:では|じゃ)|と(?:見|思わ|言わ|いわ|考え|決めつけ|捉え|とらえ)|扱い|決めつけ|思い込み|偏見|(?<!被)差別|誤解|誤り|人権|啓発|とは限ら', 'u')
/** Animals a pity word may be said of (保護犬, 子猫): not people. */
const ANIMAL63 = phrase('犬|猫|ねこ|ペット|動物|子犬|子猫|譲渡|里親|保護犬|保護猫', 'u')
/** The sentence span before `s` (from the previous sentence end or line break), up to 120 characters. */
function previousSentence63(fo: string, s: Span): string {
  const from = Math.max(0, s.start - 120)
  const before = fo.slice(from, s.start).replace(/[。．！？!?\n\s]+$/u, '')
  const cut = Math.max(before.lastIndexOf('。'), before.lastIndexOf('！'), before.lastIndexOf('？'), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf('\n'))
  return before.slice(cut + 1)
}
const R63_EARLY: Phrase[] = [
  // Disabled people framed as objects of pity (R63A-003: …障害者就労施設の皆さん…健常者に比べると…かわいそうな人たちにも仕事を).
  {
    rule: 'decency/discriminatory',
    re: phrase(PITY63),
    need: ['かわいそ', '可哀', '気の毒', '哀れ', 'あわれ', '不憫', 'ふびん'],
    instead: '障がいのある方を「かわいそう」と見下さず、取り組みや仕事ぶりそのものを紹介してください（例：「市内の障がい者就労施設の皆さんに清掃をお願いしています」）',
    keep: (fo, s, a, b) => {
      const sen = fo.slice(s.start, s.end)
      if (PITY_REJECTED63.test(sen) || PITY_REJECTED63.test(fo.slice(b, b + 12))) return false
      const prev = previousSentence63(fo, s)
      if (ANIMAL63.test(sen) || ANIMAL63.test(prev)) return false
      return DISABLED_NEAR63.test(sen) || DISABLED_NEAR63.test(prev)
    },
  },
]
/**
 * Round 64 (R64A-015): a disease's source put on a group by hearsay or guess (ウイルスを持ち込んだのは、近くの農場で働いとる外国人の実習生
 * じゃないかと…言われとります, 豚熱は留学生が母国から持ち込んだに違いない, コロナを広めたのはアジア系の観光客やろう): blame on a people
 * for an infection, block. Not prevention (ウイルスを持ち込まないよう), not a bird or a vehicle as the source, not the rumour denied or
 * named to be rejected (…という噂には根拠がありません, 差別につながります), not a case that might come (…場合に備え).
 */
const GERM64 = '(?:ウイルス|ウィルス|病原体|病原菌|(?<![一-龥])菌|病気|伝染病|感染症|鳥インフル(?:エンザ)?|インフル(?:エンザ)?|豚熱|豚コレラ|口蹄疫|コロナ|はしか|麻しん|結核)'
const SPREAD64 = '(?:持ち込(?:んだ|んで|み[、,]|んどる|んどう)|持って(?:き|来)た|持ってきよった|運(?:んで|び込ん)(?:き|来)?た|運び込んだ|広め(?:た|とる|てる|ている)|ばらま(?:いた|いとる|いてる)|撒き散らした|まき散らした|うつした|移した|流行らせた|はやらせた)'
const GROUP64 = `(?:(?:${NATION})(?:人|系|籍|出身|の(?:方|人))(?:の)?(?:技能)?(?:実習生|留学生|労働者|観光客|団体客|研修生|作業員|従業員)?|外国人|外国籍|外国の(?:方|人)|(?:技能)?実習生|留学生|研修生|移民|難民|よそ者|よそもん)`
const BLAME_DENIED64 = phrase('ではありません|ではない(?!か)|わけでは|じゃない(?!か)|事実(?:は|では)(?:ない|ありません|ござい)|確認されて(?:いない|いません|おりません)|根拠(?:は|の|が)?(?:ない|ありません|なく|ござい)|デマ|(?<!被)差別|偏見|誤り|誤解|決めつけ|場合|ないよう|防止|予防', 'u')
/**
 * Round 64 (R64A-111): tasks fixed by sex in a blunt slogan of bare 女 / 男 (女は台所、男は放水、それが…伝統, 男は外で働き、女は家を守る,
 * 女衆は台所、男衆は酒盛り): roles fixed by sex, block (the milder 女性は受付、男性は駐車場 stays a warn of round 23). Not the slogan
 * named to be rethought (「男は仕事、女は家庭」という固定的な役割分担を見直し), not told as a past time, not 男湯/女湯 or a changing room.
 */
const SEX64 = '(?<![一-龥ぁ-ゖ])(?:女衆|男衆|おなご(?:衆|し)?|女|男)'
const SLOGAN_OK64 = phrase('更衣|トイレ|浴場|風呂|湯|入浴|温泉|着替え|部屋|受付番号|列|(?:の|という|といった|って)?時代は(?:終わ|もう)|昔の話|過去の|古い考え|という|といった|なんて', 'u')
const R64: Phrase[] = [
  {
    rule: 'decency/discriminatory',
    re: phrase(`${GERM64}(?:を|が|は)?[^。！？!?\\n]{0,8}?${SPREAD64}(?:の|ん|者|犯人|やつ|奴)(?:は|が|って)[、,]?[^。！？!?\\n]{0,24}?${GROUP64}|${GROUP64}(?:の(?:皆さん|方々|人たち)|たち|ら|連中)?(?:が|は)[^。！？!?\\n]{0,16}?${GERM64}(?:を|が)?[^。！？!?\\n]{0,8}?${SPREAD64}|${GERM64}(?:は|も)[、,]?[^。！？!?\\n]{0,16}?${GROUP64}(?:の(?:皆さん|方々|人たち)|たち|ら|連中)?(?:が|の)[^。！？!?\\n]{0,12}?${SPREAD64}`),
    instead: '感染の原因を国籍や属性に結びつけず、確認された事実と防疫のお願いだけを書いてください（例：「農場周辺では24時間体制で車両消毒を行っています。ご協力をお願いします」）',
    keep: (fo, s, _a, b) => {
      const rest = fo.slice(s.start, Math.min(fo.length, Math.max(s.end, b) + 40))
      return !BLAME_DENIED64.test(rest) && !AWARENESS.test(fo.slice(s.start, s.end))
    },
  },
]
/** Round 64: ahead of round 23's milder tasks by sex, so that the blunt slogan holds its span. */
const R64_EARLY: Phrase[] = [
  {
    rule: 'decency/discriminatory',
    re: phrase(`${SEX64}(?:は|が)[、,]?[^、,。！？!?\\n]{1,10}?[、,・]\\s?${SEX64}(?:は|が)[、,]?[^、,。！？!?\\n]{1,10}?(?=[、,。！？!?\\n]|$)`),
    need: ['女', '男', 'おなご'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => {
      const m = fo.slice(a, b)
      if (!(/女|おなご/u.test(m) && /男/u.test(m))) return false
      return !SLOGAN_OK64.test(fo.slice(s.start, s.end)) && !ROLE_TALK.test(fo.slice(s.start, s.end))
    },
  },
]

const SPELT = /(?<![a-z])(?:sex|oppai|hentai|ero|gaiji|kichigai|rezu)(?![a-z])/gu

/** Slurs hidden by one mask character (ガ〇ジ, チョ〇ン, キ〇ガイ). */
const MASKED = maskedWords(['エロい', 'ガイジ', 'ガイキチ', '気違い', 'キチガイ', 'ブサイク', 'ガイジン', 'チョン', 'キチガイ', 'きちがい', 'シナ人', 'ジャップ', 'ニガー', '池沼', 'かたわ', 'めくら', 'つんぼ', 'ホモ', 'レズ', 'オカマ', '老害', 'ブス', 'デブ', '土人', '部落民', 'エッチ', 'セックス', 'ちんこ', 'まんこ', 'おっぱい', 'パパ活', 'エロかわ', 'こじき', 'コジキ'])
const MASKED_SEXUAL = /^(?:えつち|せつくす|ちんこ|まんこ|おつぱい|ぱぱ活|えろい|えろかわ)$/u
/** Slurs spelt in romaji ("okama"). */
const ROMAJI_SLUR = /(?<![a-z])(?:okama|rougai|kichigai|gaiji|katawa)(?![a-z])/gu
const HAS_MASK = /[〇○●◯◎×✕✖*■□◇◆△▲]/u

/**
 * Round 107: kanji that look like katakana, written inside a katakana run to slip a slur past the lists (エ夕 with 夕 U+5915 for タ,
 * 卜 for ト, 力 for カ, 口 for ロ, 二 for ニ, 工 for エ, 八 for ハ, 一 for ー). Read as katakana only in a run that holds a real katakana
 * letter, so 夕方, 夕日, 工事, 二人 stay as they are; the run must then be a listed slur as a whole.
 */
const LOOKALIKE107: Record<string, string> = { 夕: 'タ', 卜: 'ト', 力: 'カ', 口: 'ロ', 二: 'ニ', 工: 'エ', 八: 'ハ', 一: 'ー' }
const LOOKALIKE_RUN107 = /[\u30a1-\u30fa\u30fc夕卜力口二工八一]{2,8}/gu
const LOOKALIKE_SLUR107 = /^(?:エタ|ガイジ|ガイキチ|キチガイ|チョン|ニガー|ジャップ|シナジン|カタワ|メクラ|ツンボ|オカマ|ホモ|レズ|ブス|デブ|ガイジン|ドジン)$/u
function lookalikeSlurs107(sq: string): Array<[number, number]> {
  const found: Array<[number, number]> = []
  if (!/[夕卜力口二工八一]/u.test(sq)) return found
  for (const m of matchAllOf(LOOKALIKE_RUN107, sq)) {
    const run = m[0]
    if (!/[\u30a1-\u30fa]/u.test(run) || !/[夕卜力口二工八一]/u.test(run)) continue
    // A lookalike at the run's edge next to a kanji belongs to the kanji word (ホーム夕方, 十二ガ…): not read.
    if ((LOOKALIKE107[run[0]!] && isKanji(sq[m.index - 1])) || (LOOKALIKE107[run[run.length - 1]!] && isKanji(sq[m.index + run.length]))) continue
    const read = [...run].map((c) => LOOKALIKE107[c] ?? c).join('')
    if (LOOKALIKE_SLUR107.test(read)) found.push([m.index, m.index + run.length])
  }
  return found
}

const SUSPECTED98 = /^(?:疑惑|疑い|説|の噂|のうわさ|ネタ|キャラ|認定|確定|なんじゃ|じゃない|やない|なん(?:や|だ)ろ)/u
function maskedWordAt(sq: string, start: number, end: number): boolean {
  const isLetter = (c: string | undefined) => isHiragana(c) || isKanji(c) || isKatakana(c)
  // A two-letter word with one letter masked (ホ〇, 〇ス) only as a phrase of its own.
  // A couple, pair or label after it (ホ〇カップル, レ〇同士, ホ〇扱い) says whom it names; its first letter must show.
  // Round 98 (R99A-134): a label of suspicion after it (課内でホ〇疑惑が, レ〇説, ホ〇の噂) says a person is speculated about; a particle
  // may come before it. Its first letter must show.
  if (end - start <= 2 && !HAS_MASK.test(sq[start]!) && isKatakana(sq[start]) && !isKatakana(sq[start - 1]) && SUSPECTED98.test(sq.slice(end, end + 4))) return true
  if (end - start <= 2) return (!isLetter(sq[start - 1]) || (!isKatakana(sq[start - 1]) && !HAS_MASK.test(sq[start]!) && /^(?:っぽ|みたい)/u.test(sq.slice(end, end + 3)))) && (!isLetter(sq[end]) || 'はがじかだや'.includes(sq[end]!) || /^(?:みたい|レベル|並み|っぽ)/u.test(sq.slice(end, end + 3)) || (!HAS_MASK.test(sq[start]!) && /^(?:カップル|かっぷる|同士|夫婦|野郎|扱い|呼ばわり)/u.test(sq.slice(end, end + 4))))
  const first = sq[start]
  const last = sq[end - 1]
  if (isKatakana(first) && isKatakana(sq[start - 1])) return false
  if (isKatakana(last) && isKatakana(sq[end]) && !/^(?:レベル|並み)/u.test(sq.slice(end, end + 3))) return false
  // Team DCB-002 / DCB-006 / DCI-070 kind (dec13): a kana slur of three letters or more with its mask inside, first and last letters
  // showing (つ○ぼ, め●ら, め〇ら), is read after a particle or a word too (決裁がめ●ら判, よほどのめ〇ら, 最近つ○ぼに): a mask between two
  // letters is no part of an ordinary word. A mask at the end (めく〇) may still be a word's tail and keeps the boundary.
  // The next letter must not carry the word on (ため〇らい, つ〇ぼみ, め〇らず are other words masked); else the boundary below decides.
  if (end - start >= 3 && isHiragana(first) && isHiragana(last) && HAS_MASK.test(sq.slice(start + 1, end - 1)) && (!isHiragana(sq[end]) || 'にのがはをでもとやだじかなよね'.includes(sq[end]!) || /^(?:みたい|っぽ)/u.test(sq.slice(end, end + 3)))) return true
  if ((isHiragana(first) || isKanji(first)) && (isHiragana(sq[start - 1]) || isKanji(sq[start - 1]))) return false
  return true
}

/**
 * A quoted slur the account then sides with (「…オカマみたいで嫌」という声も、まあ分かります, 〜って気持ちも正直わかる):
 * the quote is adopted, not shown as an example. Only when the quote closes within the sentence and 〜という… is followed by agreement.
 */
// Team R23A-144 kind (dec13): …or told as someone's words and then agreed with as a matter of course (船頭さんが「足の悪い人は乗せたくない」と
// 言っていましたが、そりゃそうですよね): ENDORSED reads そりゃそうですよね, 当然ですよね too.
const CONDONED = phrase(`^[^「」“”。！？!?\n]{0,30}?[」”』][、,]?(?:という|との|といった|って|っていう|と(?:言われ|いわれ)(?:ても|るのも|るのは|て(?:も)?)|(?:と|って)(?:言って|いって|話して|はなして|おっしゃって|言うて)(?:い|おられ|らし)?(?:ました|た)(?:が|けど|けれど|けれども)[、,]?)[^。！？!?\n]{0,12}?(?:${ENDORSED.source})`, 'u')
/** A post that speaks against the words it lists (思い込み, 傷つけ, 男女共同参画). */
const AGAINST_LISTED = /思い込み|決めつけ|偏見|差別|傷つけ|傷つき|ハラスメント|人権|男女共同参画|ジェンダー|つらかった言葉|言われてつらかった/u
/** A saying quoted on a bullet line of its own (・「女のくせに口を出すな」) in a post that speaks against such words: an example. */
function listedQuote(sq: string, start: number, end: number): boolean {
  const a = sq.lastIndexOf('\n', start - 1) + 1
  if (!/^\s*[・･\-‐○●◯■□◆◇▶▷※*＊]\s*[「『]/u.test(sq.slice(a, start)) || !/[」』]/u.test(sq.slice(end, end + 60))) return false
  for (let i = start - 1; i >= a; i--) {
    if (sq[i] === '「' || sq[i] === '『') return AGAINST_LISTED.test(sq)
    if (sq[i] === '」' || sq[i] === '』') return false
  }
  return false
}
/**
 * Round 56: a quoted word put as a way of calling people (外国の人を「外人」と呼ぶ言い方に…感じる人もいます, 「…」と呼ぶのはやめましょう;
 * blind TU-087: 「外人」と呼ぶことも、言われた側には疎外感を与える)
 * in a text that calls the word hurtful or asks for another: an example of what not to say, a mention. Not when the text defends the
 * word (…と呼んで何が悪い, 気にしすぎ) or uses it fondly (親しみを込めて「外人さん」と呼んでいます).
 */
const CALLED56 = /^[^「」『』。！？!?\n]{0,6}?[」』”][、,]?(?:と|って)(?:呼ぶ|よぶ|呼ん|よん|呼び|言う|いう|言っ|いっ)/u
const CALLED_WRONG56 = phrase('疎外感|言われた(?:側|人|方)(?:は|に|の|が)|感じる(?:人|方)|感じられる(?:人|方)|傷つ|傷付|不快|嫌な思い|いやな思い|よそ者扱い|言い換え|言いかえ|置き換え|心がけ|心掛け|見直|やめ(?:ましょう|よう|て|ます|ませんか)|控え|避け(?:ましょう|て|ます)|使わない|使いません|使わず|使うのは(?:やめ|控え)|(?:など|という)の?(?:言い方|呼び方)を|(?<!被)差別|偏見|人権|思い込み|ふさわしくな|適切ではな|不適切', 'u')
const CALLED_DEFIED56 = phrase('何が悪|とか言われ|だの言われ|とか言う(?:けど|が|人)|どこが悪|気にしすぎ|気にし過ぎ|大げさ|おおげさ|大袈裟|いちいち|過敏|神経質|言葉狩り|親しみ|愛称|呼んでいます|呼んどる|呼びよる', 'u')
function calledWrong(sq: string, fo: string, start: number, end: number): boolean {
  const open = Math.max(sq.lastIndexOf('「', start - 1), sq.lastIndexOf('『', start - 1))
  if (open < 0 || start - open > 6 || /[」』]/u.test(sq.slice(open, start))) return false
  if (!CALLED56.test(sq.slice(end, end + 12))) return false
  const around = fo.slice(Math.max(0, open - 30), end + 100)
  return CALLED_WRONG56.test(around) && !CALLED_DEFIED56.test(around)
}
/**
 * Round 80 (blind HL-094): a quoted word put as the one not to use, another quoted word asked for in its place (「外人」ではなく「外国人」
 * 「外国出身の方」と呼びましょう, 「外人さん」ではなく「外国の方」と呼ぶようにしています): an example of what not to say, a mention. An
 * unquoted use elsewhere in the text is still read on its own; not when the text defends the word.
 */
const INSTEAD_OF80 = /^[^「」『』。！？!?\n]{0,6}?[」』”](?:(?:では|じゃ)なく(?:て)?|より(?:も)?|の(?:代わり|かわり)に)[、,]?[^。！？!?\n「『“]{0,4}?[「『“][^」』”\n]{1,16}[」』”][^。！？!?\n]{0,24}?(?:と|って)(?:呼|よ[びぶん]|言い|いい|言う|いう|言っ|書|表現|言いかえ|言い換え)/u
function insteadOf80(sq: string, fo: string, start: number, end: number): boolean {
  const open = Math.max(sq.lastIndexOf('「', start - 1), sq.lastIndexOf('『', start - 1))
  if (open < 0 || start - open > 6 || /[」』]/u.test(sq.slice(open, start))) return false
  return INSTEAD_OF80.test(sq.slice(end, end + 80)) && !CALLED_DEFIED56.test(fo.slice(Math.max(0, open - 30), end + 100))
}
/**
 * Blind R237M-029 kind (dec4): a quoted prejudice the post hangs on a place as its name or repute (「あそこの家とは縁組みするな」と言われた
 * 土地, …と呼ばれてきた集落): it points at the place, a use, unless prejudice is named around it.
 */
const PLACE_TAGGED_DEC4 = /^[」』"”]?(?:と|って)(?:昔から|昔は|よく)?(?:言われ|いわれ|呼ばれ|よばれ|噂され|うわさされ)[^。！？!?\n]{0,6}?(?:土地|集落|地区|一角|地域|場所|在所|界隈|(?<![一-龥])村(?![一-龥]))/u
/**
 * Blind R268D-001 kind (dec12): a prejudice in a resident's or a guide's words, passed on as hearsay and left there (地元の方いわく「…あっちの
 * 地区とは違う」とのこと; 「…」と話してくださいました): relayed without comment, it is the post's own, a use. Not when prejudice is named
 * around it (こうした言葉が差別を…).
 */
const RELAYED_D12 = /^[^「」“”『』。！？!?\n]{0,30}?[」』”](?:とのこと|とのお話|だそう|なんだそう|なのだそう|と(?:教え|話し|はなし|語っ|言っ|いっ|おっしゃっ)て(?:くれ|くださ|下さ|いただ|頂|おられ)[^。！？!?\n]{0,4}?(?:ました|た|ます))/u
function condoned(fo: string, end: number): boolean {
  if (RELAYED_D12.test(fo.slice(end, end + 60)) && !NAMES_PREJUDICE.test(fo.slice(Math.max(0, end - 150), end + 150)) && !LINEAGE_NAMED_D12.test(fo.slice(Math.max(0, end - 150), end + 150))) return true
  if (PLACE_TAGGED_DEC4.test(fo.slice(end, end + 24)) && !NAMES_PREJUDICE.test(fo.slice(Math.max(0, end - 100), end + 100))) return true
  if (ACTED_AT_D13.test(fo.slice(end, end + 110)) && !ACTED_VETO_D13.test(fo.slice(Math.max(0, end - 40), end + 110))) return true
  return ((CONDONED.test(fo.slice(end, end + 80)) || EXCEPTION72.test(fo.slice(end, end + 100))) && !NAMES_PREJUDICE.test(fo.slice(end, end + 100))) || reassured103(fo, end)
}

/** What `post` needs of a paragraph: an event told, a levity of its own (original offsets), delight, shelter words. */
export interface DecencyFacts {
  event: boolean
  levity: Span | null
  delight: Span | null
  shelter: boolean
  /** Blind JJ-002 kind (dec10): findings inside a paragraph of bracketed sayings only, judged in `post` with the paragraphs around it. */
  held?: DraftFinding[]
}
/** Delight of an outing (合宿みたい, キャンプ気分, 川下り気分, ワクワク, 🎉): levity when the outing is an evacuation or a flooded home. */
const DELIGHT = phrase('(?:合宿|キャンプ|修学旅行|お泊まり会|お泊り会|林間学校|パーティー|お祭り|旅行|遠足|川下り|舟下り|船下り|プール|海水浴|水遊び|ボート|サウナ|温泉)(?:みたい|気分|のよう|っぽ)|ワクワク|わくわく|ウキウキ|うきうき|[🎉🎊🥳]')
/** Blind R243H-036 kind: the delight offered as a gain of the harm (これで, おかげで, …が味わえます, 楽しめますね). */
const GAIN_TO_VICTIM_R243 = phrase('これで|おかげで|お陰で|おかげさまで|せっかく|逆に|味わえ|楽しめ|満喫でき|体験でき', 'u')
/** A warning against what the sentence names (…のは危険です, …はおやめください). */
const WARNED_OFF = phrase('危険|危ない|あぶない|おやめ|やめましょう|やめて|しないで|禁止|命に関わ|控えて', 'u')
/** Where people shelter from a disaster (避難所, 避難者, 避難して), or what it did to their homes (床上浸水した地区, 停電が続く). */
const EVACUATED = phrase('避難(?:所|者|生活|中|して|され|された|している|しとる|先)|浸水|冠水|被災|停電(?:が続|中|して)|断水(?:が続|中|して)|倒壊|全壊|半壊|土砂(?:崩れ|災害)', 'u')
/** Shelter words in an emergency-mode post (公民館は今夜ほぼ満員です). */
const SHELTER = phrase('避難|満員|満室|定員|公民館|体育館|集会所|身を寄せ|一夜|今夜', 'u')

/** After the words found: the sentence calls them harassment or discrimination (…と聞くのはセクハラにあたります). */
const CONDEMNED_AFTER = /^[」』"”]?[^。！？!?\n、]{0,12}?(?:のは|ことは|のも|ことも)[、,]?(?:立派な|明らかな|重大な|れっきとした)?(?:セクハラ|セクシャルハラスメント|セクシュアルハラスメント|ハラスメント|パワハラ|差別|人権侵害)(?:です|にあたり|に当たり|になり|となり|だ|。|$)|^[^。！？!?\n」]{0,10}?(?:と|って)(?:言う|いう|言わ|いわ|言っ|押し付け|決めつけ)[^。！？!?\n]{0,6}?(?:のは|こと)[^。！？!?\n]{0,6}?(?:やめ|控え|よくな|よくありません|問題|差別|おかしい)/u
/**
 * After the words found: relayed as a consultation or a voice the city has heard (…という相談が寄せられています,
 * と言う人がまだいます), not agreed with (…無理もない) nor acted on (…とのご意見が寄せられたため、説明会を).
 */
// Round 103: nor when the account answers with reassurance or a measure against the people quoted (…との声が寄せられましたが、ご安心を。職員が注意いたします).
const RELAYED_AFTER = /^[^。！？!?\n]{0,24}?(?:という|との|と言う|といった|と言っている|って言う)(?:ご)?(?:(?:相談|苦情|ご意見|声|事例|ケース)(?:が|も)?(?:寄せられ|後を絶|増え|相次)(?![^。！？!?\n]{0,6}?(?:ため|ので|から))|(?:人|方)(?:が|も)?(?:まだ|いまだに|今も)|(?:声|話|書き込み|投稿)(?:が|も)?(?:まだ|いまだに|今も|後を絶))(?![^。！？!?\n]{0,30}?(?:無理もな|もっとも|分かります|わかります|気持ちも|仕方な|当然|その通り|ご安心|安心して(?:ください|下さい)|お任せください|(?:対応|注意|指導|警戒|監視|巡回|見回り)(?:を)?(?:し|いたし|致し|強化し)(?:ます|て(?:まいり|参り|おり|い(?:ます|きます)))))/u
/** After the words found: the practice said to be given up from now on (…コンテストは、今年から行いません; 〜は廃止しました), not a service withheld (…の配布は行っておりません). */
const GIVEN_UP_AFTER = /^[^。！？!?\n]{0,16}?(?:は|を)[、,]?(?:(?:今年から|今年度から|今回から|次回から|今後は|今後|もう|すでに)[、,]?(?:行いません|行わない|行っておりません|実施しません|いたしません)|廃止し|廃止いたし|やめました|やめます|取りやめ)/u

/**
 * The generic reading (round 25): what the earlier kinds did not catch, read by its shape, not its
 * words. A group (nationality, disability or illness, district or 部落, sex, sexual minority, age,
 * family or income, body type, trade, where one comes from) named in a sentence, then
 *  - a fault or unease presumed of it, given as a reason or stated as fact (中国人観光客はマナーが悪いため,
 *    都会の人は…苦手な方が多いので, 主婦の方は昼間お暇だと思いますので): `decency/stereotype`, warn;
 *  - the whole group made alike (…の子ってやっぱり, 男はみんな, さすが黒人選手): warn;
 *  - condescension by でも or なのに (障がい者でも簡単な作業なら, おばあちゃんでも分かるように): warn;
 *  - an exclusion of it from a service or a check put on it alone (外国籍の方…の応募はご遠慮ください, 同和地区の
 *    住民の方に限り…身分証の提示): `decency/discriminatory`, block, unless safety or the service's
 *    own condition is the reason (SAFETY, LEGIT_LIMIT).
 * A paragraph that names prejudice (差別, 偏見, 人権, 思い込み …) is about it, not one; a sentence with a
 * support, safety or service word (支援, 相談, 熱中症, 詐欺, 向け, 限定 …), a denial (ではありません) or a
 * voice relayed (という声) is left to the kinds above. Measured on the team set's 4,482 clean drafts
 * (dev, public and team) before it was added: one flagged.
 */
const BROAD_GROUP = phrase(
  '(?:' +
    [
      '外国(?:籍)?(?:の)?(?:方|人|住民|労働者|観光客|の子|の子ども|の家族|ルーツの(?:方|子))|外国人(?:住民|労働者|観光客|技能実習生|の(?:方|方々|皆さん|子ども|お客様))?|在日(?:の?(?:方|人|コリアン|韓国人|朝鮮人))?|(?:中国|韓国|朝鮮|ベトナム|フィリピン|ブラジル|ネパール|インドネシア|ミャンマー|タイ|アフリカ|アジア|南米|中東|ロシア|インド|アラブ)(?:人|系|出身|籍)(?:の?(?:方|人|方々|住民|お客様|観光客|実習生|労働者))?|(?:中|韓)[〇○●◯×](?=人|や|から|の|系|籍)(?:人|系|籍)?|(?:中国|韓国|朝鮮|ベトナム|フィリピン|ブラジル|ネパール|インドネシア|ミャンマー|アフリカ|中東|アラブ)の(?:方々|方(?!が|向|面|法)|人たち|人)|アイヌ(?:の?(?:方|人|人々))?|chinese|korean|黒人|白人|技能実習生|実習生|留学生|移民|難民|ハーフ(?:の?(?:子|方|人))?|(?:決まった|特定の|某|とある|例の|あの|どこぞの)(?:国|国々)(?:から(?:の|来た|来る|来られた|お越しの)|の)(?:お客様|お客さま|お客さん|観光客|旅行者|団体客|方々|方|人たち|人|連中)',
      '(?:障害|障がい|障碍)(?:者|児|の(?:ある|あります)?(?:方|人|子|お子さん|方々))|車(?:椅子|いす)(?:の|ん|を(?:ご)?利用の)?(?:方|人|利用者)|(?:精神|知的|発達|身体|視覚|聴覚)(?:障害|障がい)(?:の(?:ある)?)?(?:方|人|子|者)?|認知症(?:の?(?:方|人|高齢者|患者))?|ダウン症(?:の?(?:子|方|人))?|自閉症(?:の?(?:子|方|人))?|性同一性障(?:害|がい)(?:の?(?:方|人))?|(?:女性|男性)だと(?:主張|言い張|名乗)(?:される|する|って(?:いる|る)|られる)(?:方|人)|(?:hiv|エイズ)(?:感染者|陽性者|の方|患者)?|精神(?:疾患|病)(?:の?(?:方|人|患者))?|うつ病(?:の?(?:方|人))?|依存症(?:の?(?:方|人))?|健常者',
      '同和(?:地区|地域|関係)?|部落|(?:あの|その|例の|〇〇|○○|△△|◇◇|□□|××)(?:地区|地域|団地|町|校区|集落)(?:の?(?:人|方|住民|子|出身者|人たち))?|(?:地区|団地)の(?:子|子ども|人たち|住民)|出身者',
      '女性(?:職員|の(?:方|皆さん|皆様)|陣|たち|は)?|男性(?:職員|の(?:方|皆さん|皆様)|陣|たち)?|女子|男子|女の子|男の子|女の人|男の人|おなご(?:し|衆)?|奥さん|奥さま|奥様|主婦|お母さん|ママ(?:さん|たち)|お父さん|パパ(?:さん|たち)|嫁|女房|旦那|男|女',
      'lgbtq?|同性(?:愛|カップル|婚)|ゲイ|レズビアン|トランスジェンダー|トランス女性|性的(?:少数者|マイノリティ)',
      '(?:ご)?高齢(?:の)?(?:方|者|ドライバー|世帯)|年配(?:の)?(?:方|人)|お年寄り|年寄り|老人|シニア(?:の方)?|おじいちゃん|おばあちゃん|おじさん|おばさん|おばちゃん|おじちゃん|若者|若い(?:人|子|方|世代|女性|男性|職員)|最近の若|ゆとり(?:世代)?|新成人|高校生|中学生|子ども|子供',
      '生活保護(?:受給者|世帯|の方|を受けている方)?|受給者|ひとり親(?:家庭|世帯)?|シングル(?:マザー|ファーザー)|(?:母子|父子)(?:家庭|世帯)|(?:払えない|払えん|払わない|納めない|納められない)(?:人|方|世帯)|未婚(?:の?(?:方|母|妊婦))?|独身(?:の?(?:方|男性|女性))?|バツイチ|離婚歴|ホームレス|路上生活者|貧困(?:家庭|世帯)|低所得(?:世帯|者)',
      '太(?:った|ってる|っている|め)(?:の)?(?:方|人|子)|ぽっちゃり(?:さん|の方|体型)?|肥満(?:の?(?:方|人))?|薄毛|背の低い(?:方|人)|体型',
      '自営業(?:の?(?:方|人))?|派遣(?:社員)?|フリーター|ニート|無職(?:の?(?:方|人))?|風俗|水商売|夜の仕事|田舎(?:者|もん)|都会(?:の)?(?:人|方)|(?:都会から|都市部から|都市から|県外から|よそから)(?:来た|来られた|越してきた|越して来た|移(?:住|って)(?:きた|こられた|して来た|してきた))(?:方|人)|よそ者|よそもん|移住者|地方出身|前科(?:のある|者)|持病(?:の|が)?(?:ある)?(?:方|人)|通院(?:中|歴)(?:の?(?:ある))?(?:方|人)|夜の(?:お)?仕事(?:を)?(?:されている|している|の)?(?:方|人|保護者(?:の方)?)?|夜の街(?:で働く)?(?:方|人)?|単身(?:の)?(?:方|者|世帯)|男性保育士|女性(?:ドライバー|議員|保育士)|(?:アザ|あざ|傷痕|傷跡)(?:の|が)?(?:ある)?(?:方|人)|片親|独居(?:の?(?:方|高齢者|老人))?|心の病(?:気)?(?:を抱えた|の)?(?:方|人)?|精神的な病気を抱えた(?:方|人)|定時制(?:高校)?の(?:生徒|子)|現場の(?:方|人)|職人さん|(?:茶髪|金髪|ピアス|タトゥー|入れ墨|刺青)(?:の|を(?:した|している))?(?:子|人|方|若者)|\\d{2}(?:歳|代)(?:(?:以上)?の(?:方|人)|を(?:過ぎ|超え)(?:たら|ると|た(?:方|人)))|それ以上の(?:方|人)',
    ].join('|') +
    ')',
)
/**
 * A fault, a lack or unease presumed of the group. 分から after a number is minutes (11時30分から, round 78 blind HK-123), not 分からない;
 * ひま inside ひまわり (a shop's name, 「ひまわり製麺」様から: round 82 blind HM-030) and 暇 inside 休暇 or 余暇 are not idleness.
 */
const PRESUMED_FAULT = phrase('(?:悪(?:い|く|さ)|低(?:い|く)|苦手|できな|出来な|できん|わから|(?<![0-9０-９〇一二三四五六七八九十百何数半])分から|理解でき|判断でき|守らな|守れな|迷惑|トラブル|問題を起こ|荒れ|怖(?:い|が)|危な(?:い(?:です|から|ので|けん)|っかし)|危険(?:です|だ|なので|なため|すぎ)|不安に|遅(?:い|く|れ)|下手|へた|弱い|無関心|(?:関心|興味)(?:が|は|も)?(?:ない|なか|無い|薄い|薄く|低い|低く)(?![方人子場時と]|(?:の|ん)?(?:でしょうか|ですか|だろうか|か[。？?]))|意識が低|(?<![休余閑寸])暇|ひま(?!わり)|甘え|怠け|うるさ|汚(?:い|く)|乱れ|ルーズ|しつこ|厄介|手がかか|手間がかか|困(?:る(?:ので|から|んです)|った(?:人|方)(?:が|も)?多)|お荷物|足手まとい|務まら|戦力にならな|かわいそう|可哀想|気の毒|だらしな|自己管理|働かな|働く気|不正|犯罪(?:が多|を起こ|に走|予備軍)|臭|くさい|怪し|物騒|治安が(?:悪|わる)|柄が悪|口が達者|頑固|感情的|ヒステリ|おしゃべり(?!でき|し|す|を|会|の(?:場|時間|会)|たいむ|かふぇ)|噂好き|嫌が|困惑|戸惑|馴染めな|なじめな|溶け込めな|浮い|荒い|荒っぽ|荒か|家賃の滞納|滞納が心配|盗難が心配|知らな|通じな|当てにならな|覚えが悪|つきにく|非行|根気がな|気が強|ケチ|けち|自己中|持て余|すぐ(?:に)?辞め|辞めてしま|汚さ|騒ぐ|騒が|には向かない(?=ため|ので|から|です)|には向いていない(?=ため|ので|から|です)|大声|奇声|暴れ|汚され|汚す|何をするか|話半分|当てにな(?:らな|りません)|(?:授業|作業)が進まな|足を引っ張|不良(?:だ|に見|っぽ|と思)|病院通いばかり|万引|盗(?:み|む|ん|難)|窃盗|空き巣|ついて(?:いけ|行け)な|落ち着き(?:が|の)?な|声が大き|物忘れが多|もの忘れが多|辞める(?:こと|人|方)が多|(?:準備|対応|介助|世話)が大変|(?:お)?時間(?:が|は)(?:ある|あり|たっぷり)|(?:周り|周囲|ほか|他)の[^。！？!?\\n]{0,6}?(?:仕事|負担|手間)が増え|(?:家賃|代金|料金)の(?:回収|取り立て)が(?:大変|難し)|反日|敵意|感染源|感染を広げ|負担に(?:なり|なる|なっ)|重荷|(?:集団行動|団体行動|集団生活)(?:が|は)?(?:難し|無理)|ちゃんと[^。！？!?\\n]{0,8}?(?:でき|作れ|し|やれ|育てられ)(?:ない|ず)|じゃま|邪魔|場所を取)', 'u')
/** … given as the reason, as a fact, as hearsay or with a laugh. */
const AS_FACT = phrase('^[^。！？!?\\n]{0,14}?(?:ため|ので|から|けん|がち|傾向|ことが多|人が多|方が多|のが多|ばかり|ばっかり|ばっか|です(?:ね|よ|よね)?[〜~ー…]*(?:[。！!]|$)|だ(?:よね|ね)?(?:[。！!]|$)|でしょう|と思い|もの|もん|のは事実|のも事実|に決まって|みたい|らしい|し(?:ね|な)|やろ|じゃん|だろ|ことがあり[、,]|と(?:言われ|いわれ)て(?:い|お)(?:ます|る)(?:[。！!]|$)|(?:だ|や)そう(?:です|だ|な)|(?:な)?ようです|のが(?:現実|実情|本音)|[笑w😂🤣😅💦])', 'u')
/** Kept out of a service, or a check put on it alone. */
const KEPT_OUT = phrase('(?:(?<=^(?:の方|の人|の皆さん|の方々)?)(?:のみ|だけ)[、,]?[^。！？!?\\n]{0,16}?(?:同伴|付き添い|保証人|誓約書)|(?<=^(?:の方|の人|の方々)?は)ちょっと(?:…|・・|\\.\\.|[（(]笑|笑)|お断り(?!しない|しません|することは|(?:いた|致)しません|(?:いた|致)すことは|(?:いた|致)しておりません|して(?:おりません|いません))|ご遠慮(?!なく|ないで)|遠慮して(?!ない)|限らせ|別室|別途|別枠|専用枠|退去|監視(?!員)|見張|目を光ら|身分証|本籍|出身地|お控え|控えて|対象外とさせ|入れない|入れません|貸さない|貸せません|雇わない|採用しない|採用いたしません|に限り[^。！？!?\\n]{0,20}?(?:提示|記入|確認|届け?出|申告)|確認させ|(?:ご)?(?:応募|参加|利用|入居|入会)いただけません|(?:採用|受け?入れ)(?:は)?(?:行って|して|いたして)(?:おりません|いません)|後列|見合わせ|(?:申し込み|応募|入居|利用|参加|入会|来場)(?:は)?(?:あまり)?(?:おすすめ|お勧め)(?:して)?(?:おりません|いません|できません)|(?:乗ら|来ら|来|入ら|使わ|参加せ|利用せ)(?:ないで|んで)(?:ほし|欲し|くだ|もら)|(?:諦め|あきらめ)て(?:ください|いただ|もら)|(?:審査|確認|チェック)を(?:厳しく|厳格に)|(?:厳しく|厳格に|念入りに)(?:審査|確認|チェック)|(?:入会|入居|参加|利用|採用|応募|入店|入場)(?:について|に関して|は)[^。！？!?\\n]{0,6}?個別に(?:判断|審査)|(?:念のため|必ず|追加で)[^。！？!?\\n]{0,12}?(?:ご提出|ご提示|提出して|提示して)|(?:立ち入り|立入|出入り|入店|入場)(?:を)?禁止に(?:すべき|する(?:べき)?|します|いたします|しました))', 'u')
/** What makes an exclusion not one: the prejudice named, a denial, a residence card or passport check, a service's own condition. */
const EXCLUSION_VETO = phrase('(?<!被)差別|偏見|日本語(?:の)?指導|取り出し指導|日本語教室|人権|啓発|思い込み|決めつけ|ではありません|ことはありません|ことはございません|在留|パスポート|旅券|本人確認|安全上|医師|主治医の|限定|向け|専用|無料|割引|検診|健診|更衣室をご用意|ご希望|ご相談ください|妊娠|妊婦|心臓|血圧|乗船|乗車|激しい運動|通訳|説明|証明書|証書|手帳|減免|免除', 'u')
/** Children and students: an age limit on them is the event's own condition (中学生はご参加いただけません), and what some of them do is theirs (騒ぐ若者が多いので). */
/** The group's own ease as the purpose (…も安心して過ごせるよう, …が落ち着いて). */
/** Blind W22: the group named as the target of a crime (女性目当ての盗撮, 高齢者を狙った詐欺): its victim, not the one watched. */
const TARGETED_W22 = phrase('^(?:の方|の人|の方々)?(?:を)?(?:目当て|狙い|ねらい|狙っ|狙う|ねらっ|ねらう)(?:た)?(?:の|で|に)?[^。！？!?\\n]{0,6}?(?:盗撮|痴漢|詐欺|犯罪|空き巣|ひったくり|声かけ|声掛け|つきまとい|付きまとい|ストーカー|窃盗|強盗|悪質商法|勧誘|わいせつ)', 'u')
const OWN_EASE = phrase('^(?:の方|の人|の子|の皆さん|の方々)?(?:も|が)[^。！？!?\\n]{0,16}?(?:安心|落ち着|快適|過ごしやす|気兼ねなく|のびのび|伸び伸び|楽しめる|参加しやす)[^。！？!?\\n]{0,8}?(?:よう|ため)', 'u')
const MINORS = phrase('^(?:高校生|中学生|子ども|子供|新成人)$', 'u')
/** A fault put before the group, which is then said to be many, as the reason (ルールを守らない外国人住民が多いため). */
const FAULT_FIRST = phrase('(?:守らない|守らん|守れない|マナーの悪い|騒ぐ|奇声を上げ(?:る|たり)|落ち着きのない|働かない|働こうとしない|問題を起こす|迷惑な|(?:すぐ(?:に)?)?辞めてしまう|すぐ(?:に)?辞める|(?:パチンコ|病院通い|文句|遊んで|寝て|昼寝|酒|飲んで|サボって|怠けて)ばっ?かり(?:して)?(?:いる|る)|持て余して(?:いる|る)|持て余した|払わない|ルーズな|だらしない)(?:ご)?$', 'u')
const MANY_AS_REASON = phrase('^(?:の方|の人|住民|の皆さん)?(?:が|の)(?:多い|多く|増え)[^。！？!?\\n]{0,8}?(?:ため|ので|から|けん)', 'u')
/** The whole group made alike. */
const ALL_ALIKE = phrase('^(?:の方|の人|の皆さん|たち|の子|さん|の家庭|の家族|の世帯|世帯|家庭)?(?:は|って|ってのは|というのは|ちゃ)[、,]?[^。！？!?\\n]{0,16}?(?:やっぱり|やっぱ|やはり|さすが|みんな(?!で|と|に|の|さん)|生まれつき|どうせ(?!なら)|たいてい|大抵|だいたい|大体)', 'u')
const ALL_ALIKE_BEFORE = phrase('(?:やっぱり|やっぱ|やはり|さすが|どうせ(?!なら)|だいたい|大体)[^。！？!?\\n、]{0,6}$', 'u')
/** Condescension: even the group can (障がい者でも簡単な作業なら, おばあちゃんでも分かるように). */
const EVEN_THEY = phrase('^(?:の方|の人|の子|さん|の皆さん)?(?:でも|なのに|にしては|やのに)[^。！？!?\\n]{0,8}?(?:簡単な[^。！？!?\\n]{0,4}?(?:作業|仕事)|単純(?:な)?作業|ちゃんと|きちんと|頑張れば|がんばれば|大丈夫(?:です)?[！!。]|上手|うまく)', 'u')
/** A sentence the kinds above should judge: support, safety, a service for the group, a denial, a voice relayed. */
const GENERIC_VETO = phrase('(?<!被)差別|偏見|人権|啓発|解消|思い込み|決めつけ|固定観念|ステレオタイプ|誤解|ではありません|わけではありません|ことはありません|(?<!問題|差し支え|差支え)ありません|(?<!問題|差し支え|差支え)ございません|という(?:声|ご意見|相談|指摘|考え|見方|イメージ)|との(?:声|ご意見|ご指摘)|誤りです|詐欺|被害|熱中症|感染|転倒|事故|防止|予防|注意(?!書き|事項)|気をつけ|お気をつけ|相談|支援|サポート|お手伝い|配慮|手助け|通訳|やさしい日本語|多言語|限定|向け|専用|優先席|優先的|無料|割引|対象|検診|健診|ヨガ|体操|教室|講座|更衣|トイレ|避難|災害|暑さ|寒さ|暑い日|寒い日|水分|脱水|体力|(?<!税)率|割合|減少|統計|調査|データ|骨|健康|どころか|延長|用意|設け|設置|整え|工夫|身元調査', 'u')
const NAMES_PREJUDICE_ANYWHERE = phrase('(?<!被)差別|偏見|人権|啓発|思い込み|決めつけ|固定観念|ステレオタイプ|なくそう|なくしましょう', 'u')

/**
 * After the group: the thing named is not the people (障がい者用駐車場, 生活保護の不正受給, …の方への虐待, 同和地区に関する), nor is
 * a place, a club or an allowance named after them (「みずべ子ども食堂」に, 子ども会は, 女性センター: round 82, blind HM-030).
 */
const NOT_THE_PEOPLE = phrase('^(?:用|向け|専用|施設|福祉|支援|雇用|手帳|団体|食堂|会館|館|センター|広場|教室|クラブ|医療費?|手当|会(?=[はがにのでをもと、,」』]))|^[^。、！？!?\\n]{0,4}?(?:への(?!賃貸|貸し|入居|売却|(?:ご)?紹介|(?:ご)?案内|(?:ご)?あっせん|斡旋|販売|貸出|貸し出し|(?:ご)?提供)|に対する|に関する|についての|のための|を守|を支|を狙|をねら|を対象)|^(?:の方々|の方|の人|たち|の皆さん)?の(?!方|人|子|皆|住民|家庭|世帯|出身|お子|親|ご家族|家族|お客|観光客|研修生|実習生|労働者|職員|先生|選手|方々|みなさん|ある|いる|団体|グループ|若者|お宅|生徒|保護者|ご家庭|ご(?:利用|参加|入場|入館|入居|応募|入会|来場|来館|乗船|同伴))', 'u')
/** Someone's own kin (うちのお母さん, 田中さんのお父さん): a person, not a group. */
const OWN_KIN = phrase('^(?:お母さん|お父さん|奥さん|奥さま|奥様|旦那|嫁|女房|おじいちゃん|おばあちゃん|ママ(?:さん)?|パパ(?:さん)?)$', 'u')
/** The fault only of some, only in a case, only if, or said to be presumed (苦手な方も多い, 危険な場合も, 守らないと, と思われがち). */
const ONLY_SOME = phrase('^(?:な|い|の)?(?:方|人|子)(?:も|にも)|^(?:い|な|く)?のは|^(?:な|い)?(?:場合|ほど|こと(?:も|が)ある|とき|時)|^(?:い|く)?(?:と|ければ|れば|たら)(?![思言見])|^[^。！？!?\\n]{0,6}?と(?:思われ|言われ|見られ|思い込)[^。！？!?\\n]{0,8}?(?:が(?!ち)|けど|けれど|ものの)', 'u')
/**
 * A fault that charges the group with a wrong or a burden (盗難, 非行, 反日, 感染源, 働かない, 負担になる): an exclusion's
 * grounds, not a trait, so block; and a support, safety or service word in the sentence (避難, 感染, 支援, 注意) does not
 * make it a need the city meets: only words that name the prejudice, a denial or a relayed voice do (HARD_VETO).
 */
const HARD_FAULT = phrase('盗|犯罪|万引|非行|反日|敵意|感染源|感染を広げ|不正|働かな|働く気|怠け|守らな|守れな|迷惑|負担に|重荷|お荷物|足手まとい|自己管理|治安', 'u')
const HARD_VETO = phrase('(?<!被)差別|偏見|人権|啓発|思い込み|決めつけ|固定観念|誤解|ではありません|わけではありません|ことはありません|(?:という|との|といった|って)(?:ご)?(?:声|意見|相談|指摘|考え|見方|イメージ|デマ|うわさ|噂)|誤りです|デマ|流言|根拠|被害|詐欺|狙|減少|統計|データ|防止|どころか', 'u')
/** The group's conduct feared (…観光客のマナーが心配, 外国人避難者による盗難も心配されます), or the group ranked below others for a service (単身の方やご年配の方よりも…ご家族を優先). */
const CONDUCT_FEARED = phrase('^(?:の方|の人|の方々|たち|の皆さん)?(?:の|は)[^。！？!?\\n]{0,4}?(?:民度|素行|品性|モラル)(?:が|も)?(?:低|悪)|^(?:の方|の人|の方々|たち|の皆さん)?[^。、！？!?\\n]{0,6}?(?:の|による|が|は)[^。！？!?\\n]{0,4}?(?:(?:マナー|素行|民度|盗難|窃盗|空き巣|暴行|犯罪|万引き|迷惑行為)(?:が|も|を|の)?|(?:マナー|ルール)を守(?:って(?:くれ|もらえ)る|れる|る)か(?:が|は|どうか)?)(?:心配|不安|懸念|気にな|予想|多発|増え|相次)|^(?:の方|の人|の方々|の皆さん)?(?:や[^。！？!?\\n]{0,12}?)?より(?:も)?[、,]?[^。！？!?\\n]{0,20}?(?:方|人|世帯|家族|家庭|者|男性|女性|日本人)(?:たち)?(?:を|が)優先(?:して|的に|し|いたし|させ)', 'u')

/**
 * Round 70 (blind R70A): a people's standard of hygiene, morals or public manners called low (外国人の実習生は衛生観念が低い人が多いそうで,
 * …の中には公衆道徳の欠けた人も, 衛生観念の低い外国人実習生が多い): a charge against a nationality or foreign origin, block, said as fact or as
 * hearsay (…そうで, …らしい, …とのこと); not a standard called high, not a hygiene course for the group, not the prejudice named or denied
 * (HARD_VETO). Read only of foreign or ethnic groups: of the old or the young such words are often health advice.
 */
const FOREIGN70 = phrase(`^(?:外国|在日|技能実習生|実習生|留学生|移民|難民|黒人|白人|ハーフ|アイヌ|chinese|korean|(?:${NATION})(?:人|系|出身|籍|の)|(?:決まった|特定の|某|とある|例の|あの|どこぞの)(?:国|国々))`, 'u')
/** A standard of conduct a people may be charged with lacking (衛生観念, 公衆道徳, 倫理観, 常識). */
const STANDARD70 = '(?:衛生観念|衛生意識|衛生感覚|衛生面の意識|清潔感|清潔さ|公衆衛生の意識|公衆道徳|道徳心|道徳観|道徳意識|倫理観|倫理意識|公徳心|規範意識|遵法意識|順法意識|マナー意識|常識|良識|民度|品性|モラル)'
/** … called low, lacking or lax (が低い, の低い, が欠けとる, がない, が甘い). */
const LOW70 = '(?:(?:が|も|は|の)?(?:低(?!下|減|温|価|コスト)|ひく|悪|わる|欠け|欠如|乏し|ゆる|緩|甘|薄|劣)|(?:が|も|の)(?:な(?:い|く|さ|か)|無))'
/** After the group: its standard called low (は衛生観念が低い, の実習生は…, の中には公衆道徳の欠けた). */
const WHO70 = '(?:の)?(?:実習生|研修生|労働者|従業員|作業員|社員|スタッフ|住民|観光客|お客さん|お客様|留学生|人たち|人|方々|方|若者|子ども|子|家族)(?:たち|達|の方|の皆さん)?'
const LOW_STANDARD70 = phrase(`^(?:の方|の人|の方々|たち|達|の皆さん|さん)?(?:${WHO70})?(?:は|って|ってのは|というのは|には|の中には|の中に(?:は)?|の多くは|の大半は|の大部分は|も|が|の)[、,]?(?:どうも|やっぱり|やっぱ|やはり|どうしても|総じて|概して|一般的に|全体的に|もともと|元々|基本的に)?[、,]?${STANDARD70}${LOW70}`, 'u')
/** Before the group: its standard called low as what marks it (衛生観念の低い外国人実習生が多い). */
const LOW_STANDARD_BEFORE70 = phrase(`${STANDARD70}(?:の|が)(?:低い|ひくい|悪い|わるい|欠けた|欠けている|欠けとる|乏しい|ゆるい|緩い|甘い|薄い|劣る|ない|無い)$`, 'u')
/** … and the group so marked said to be many or growing (が多い, も増えて, ばかり). */
const MANY70 = phrase(`^(?:の方|の人|の方々|たち|達|さん)?(?:${WHO70})?(?:が|は|も)?[、,]?(?:多|増|ばかり|ばっかり|ばっか|だらけ|目立)`, 'u')
/**
 * Round 56: the group's use kept to some hours or days, asked of it (平日の午前中だけにしてもらえると, 朝の時間帯のみにしていただけると,
 * 空いとる時間だけ来てほしい): after a presumed fault, a public place rationed to the group, block.
 */
const KEPT_TO_HOURS56 = '(?:平日|休日|土日|週末|午前中?|午後|朝|昼(?:間)?|日中|夕方|夜|閉館前|開館直後|早い時間|遅い時間|空いて(?:いる|る)|空いとる|人の少ない|決まった|特定の)[^。！？!?\\n]{0,8}?(?:だけ|のみ|に限って|限定)[^。！？!?\\n]{0,8}?(?:して|来て|使って|利用して|ご利用|お越し|来館して|来られて|させて)(?:もら(?:え|い|う)|いただ(?:け|き|く)|ほし|欲し|くれ|ください|下さい|ちょうだい)'
/** A measure taken on the group for the fault presumed (提出, ご遠慮, 通報, 取り上げ, 別日, 教えてあげて): the reason made a rule. */
const MEASURE = phrase(`^[^。！？!?\\n]{0,40}?(?:提出して|提出を|ご遠慮|お控え|お断り|通報|取り上げ|別日|別の日に|別室|別枠|厳しく確認|教えてあげ|近づか|近寄ら|優先して採用|採用(?:しない|しません|いたしません)|利用いただけ(?:ません|ない)|限らせ|見合わせ|撤去|対象と(?:します|いたします)|(?:パトロール|巡回|見回り|監視|警備員?)(?:を|ば)?(?:強化|増や|増員)|(?:連帯)?保証人を(?:\\d|[二三２３]|複数)|入居を(?:お断り|断って|断る)|(?:入団|入会|入部|参加|利用|入居|応募|入学|入園|受験|採用)(?:は|を|について(?:は)?)[^。！？!?\\n]{0,12}?(?:(?:よく|慎重に|十分)(?:ご)?(?:判断|検討|お考え|行)|見送)|後ろの席|隅の席|端の席|${KEPT_TO_HOURS56})`, 'u')
const MEASURE_VETO = phrase('在留|パスポート|本人確認|医師|安全|ご希望|ご相談|暑さ|寒さ|体調|健康|熱中症|感染|重症化|転倒|けが|怪我|無理', 'u')
/** Groups named by roots, and a gift presumed of them. */
const ROOTS = phrase('ハーフ|外国|黒人|白人|(?:人|系|出身|籍)', 'u')
const ROOT_TRAIT = phrase('^(?:の子|の方|の人|さん|たち|の子ども)?(?:は|って)[^。！？!?\\n]{0,8}?(?:英語|外国語|運動|リズム感|ダンス|歌|スポーツ|足が速)(?:が|も)?(?:できる|得意|上手|うま|話せ|速い|いい)', 'u')
/** The group seen, then reported or photographed. */
const SURVEIL = phrase('^[^。！？!?\\n]{0,30}?(?:見かけ|見つけ|目撃|うろうろ|うろつ|たむろ)[^。！？!?\\n]{0,16}?(?:通報|110番|警察|ご連絡|連絡を|写真を撮|お知らせ)', 'u')
const SURVEIL_VETO = phrase('行方不明|徘徊|はいかい|迷って|迷子|お困り|困って|保護|捜索|探して|捜して|体調|倒れ|具合|助け|ヘルプマーク|詐欺|被害|狙|見守り|声をかけ|声かけ|逆走|危険運転|あおり|煽り|ひき逃げ|飲酒|暴力|虐待|いじめ|襲われ|絡まれ|連れ去|不審(?:な)?(?:電話|メール|者)', 'u')

/** The city agreeing with what a resident said (おっしゃるとおり, ご心配はごもっともです). */
const AGREED = phrase('(?:気持ち|お気持ち)(?:は|も)[^。！？!?\\n]{0,6}?(?:わから|分から|理解でき)(?:なくも|ないでも|ないことも)(?:ない|ありません)|(?:気持ち|お気持ち)(?:は|も)(?:よく)?(?:わかり|分かり)ます|おっしゃる(?:とおり|通り)|ご指摘の(?:とおり|通り)|ご意見の(?:とおり|通り)|(?:ご心配|ご不安|ご懸念|お気持ち|お怒り)(?:は|も)[^。！？!?\\n]{0,4}?(?:ごもっとも|もっとも|当然)|ごもっともです', 'u')
/** … about a fault, an unease or a way of life put on the group (夜遅くまでにぎやかに過ごす文化, 治安面でのご不安). */
const AGREED_FAULT = phrase('嫌(?:だ|です|や|じゃ)|いや(?:だ|です)|避けたい|(?:住んで|来て|いて|入って)(?:ほしく|欲しく)ない|治安|不安|頼りな|文化が|習慣が|にぎやか|騒|うるさ|授業が進まな|迷惑|しつけ|甘い', 'u')
const AGREED_VETO = phrase('ではありません|とは限り|わけではな|関係(?:は)?ありません|一人ひとり', 'u')

/** Right after a question: its answer denies it (いえいえ, いいえ, 実は, そんなことはありません). */
const ASKED_THEN_DENIED = /^[\s　]*(?:いえいえ|いいえ|いや[、,]|実は|じつは|そんなこと(?:は)?(?:ない|ありません|ございません)|とんでもない|決してそんなことは)/u
/**
 * The generic reading's findings in `fo` (folded paragraph), sentence by sentence: `[start, end, rule, severity]`.
 * The caller skips it where the paragraph names prejudice (NAMES_PREJUDICE_ANYWHERE).
 */
/** After a fault: it is what a measure prevents (…が多発しないよう, …を防ぐため, …の防止に). */
const PREVENTED = /^[^。！？!?\n]{0,6}?(?:ない|ぬ)よう|^[^。！？!?\n]{0,4}?(?:を防|を未然|の防止|防止の|予防)/u
/**
 * Round 71: a group addressed (留学生の皆さん、分からないことは何度聞いても大丈夫です, 外国人住民の皆さまへ、…): the group opens the
 * sentence as the one spoken to, and what follows the comma is said to them, not presumed of them. Still read: the group as a topic
 * (留学生の皆さんは…分からないので), the group named again as the subject after the comma (…皆さん、皆さんは…), a sneer (どうせ, くせに),
 * the fault given as a reason or a guess (…皆さん、ルールを知らないから困るんです), and a fault put before the group (ヒマを持て余しているシニアの皆さん、).
 */
const ADDRESS_NOUN71 = '(?:皆さん|皆様|皆さま|みなさん|みなさま|みんな|方々|方|各位|さん)'
const ADDRESSED71 = new RegExp(`^(?:[一-龥]{0,4}(?:の|ん)?${ADDRESS_NOUN71})?(?:へ|に)?[、,]`, 'u')
const ADDRESS_END71 = new RegExp(`${ADDRESS_NOUN71}$`, 'u')
/** What may stand before the group in an address: a greeting, a short modifier with no topic or clause break (市内で暮らす, 日本語を学ぶ). */
const ADDRESS_BEFORE71 = /^[\s【［\[「『（(]*(?:(?:こんにちは|こんばんは|おはようございます|はじめまして)[、,！!]?\s*)?[^。！？!?\n、,は]{0,14}$/u
/** The fault then given as the reason or a guess (…皆さん、ルールを知らないから困るんです, スマホは苦手でしょうから): presumed of them even when said to them. */
const PRESUMED_REASON71 = /^[^。！？!?\n、,]{0,6}?(?:ので|から|けん|ため|でしょう|だろう|やろ|に決まって|もの|もん|んです|のです|んだ)/u
const RESUBJECT71 = /(?:皆さん|皆様|皆さま|みなさん|みなさま|みんな|あなた(?:方|がた|たち|達)?|君たち|きみたち|お前ら|おまえら|お宅ら)(?:は|って|には|なら|なんか|なんて)|どうせ|くせに|のくせ/u

function spokenTo71(sen: string, m: RegExpExecArray, tail: string): boolean {
  const a = ADDRESSED71.exec(tail)
  if (!a) return false
  // A bare group and a comma (留学生、特に…) is a list or a topic, not an address: the addressing noun is in the group or after it.
  if (!/[、,]$/u.test(a[0]) || (a[0].length <= 2 && !ADDRESS_END71.test(m[0]))) return false
  if (!ADDRESS_BEFORE71.test(sen.slice(0, m.index))) return false
  return !RESUBJECT71.test(tail.slice(a[0].length))
}

/**
 * Round 42: a demonstrative that takes up a group named in one of the two sentences before (…母子家庭や生活保護の世帯が多い地区です。
 * こうした世帯には…が苦手な方が多いので): read as the group, with the group's own faults and vetoes. Only in the same paragraph,
 * only a group that is not minors or the young.
 */
const THESE42 = phrase('(?:こうした|そうした|こういう|そういう|ああいう|こういった|そういった|このような|そのような|この手の|その手の)(?:世帯|ご?家庭|方々|人たち|人達|人ら|連中|住民)(?=は|には|って|の(?:多く|大半|ほとんど))')
/** Money presumed mismanaged (お金の管理が苦手, 家計のやりくりができない): a charge of thriftlessness, not a skill. */
const MONEY42 = /(?:お金|おかね|金銭|家計)(?:の|を)?(?:管理|やりくり|使い方)/u
function these(fo: string, spans: readonly Span[], si: number, sen: string): readonly RegExpExecArray[] {
  if (si === 0) return []
  const m = matchAllOf(THESE42, sen)
  if (m.length === 0) return []
  for (let k = si - 1; k >= Math.max(0, si - 2); k--) {
    const prev = fo.slice(spans[k]!.start, spans[k]!.end)
    if (prev.includes('\n')) break
    if (matchAllOf(BROAD_GROUP, prev).some((g) => !MINORS.test(g[0]) && !/^若|\d/u.test(g[0]))) return m
  }
  return []
}

/** 〜らしく, 〜らしさ, 〜らしかった, 〜らしい + a noun or an adjective (子どもらしい笑顔); not らしい as hearsay at a clause's end (犯人は子どもらしい). */
const CHILDLIKE100 = /^らし(?:く|さ|か(?:っ|ろ))|^らしい(?!です|でしょ|よ|ね|と|けど|けれど|が|で|[。！？!?、,\s]|$)/u
function genericPrejudice(fo: string, spans: readonly Span[]): Array<[number, number, Rule, 'block' | 'warn']> {
  const found: Array<[number, number, Rule, 'block' | 'warn']> = []
  for (const [si, s] of spans.entries()) {
    const sen = fo.slice(s.start, s.end)
    if (sen.length < 6) continue
    // A presumption asked, then denied (柳川の人は口が悪い？いえいえ、…): the post answers the prejudice, it does not hold it.
    if (/[？?]\s*$/u.test(sen) && ASKED_THEN_DENIED.test(fo.slice(s.end, s.end + 16))) continue
    let vetoed: boolean | undefined
    let agreed = AGREED.exec(sen)
    // An agreement quoted (「おっしゃるとおり、…」という返信はやめましょう) is an example, not the city's.
    if (agreed) {
      const q = Math.max(sen.lastIndexOf('「', agreed.index), sen.lastIndexOf('『', agreed.index))
      if (q >= 0 && /[」』]/u.test(sen.slice(agreed.index)) && !/[」』]/u.test(sen.slice(q, agreed.index))) agreed = null
    }
    for (const m of [...matchAllOf(BROAD_GROUP, sen), ...these(fo, spans, si, sen)]) {
      const from = m.index + m[0].length
      // Round 100 (R101A-142): 子どもらしく / 中学生らしい姿 is an adjective praising the children themselves, not the group as a topic.
      if (MINORS.test(m[0]) && CHILDLIKE100.test(sen.slice(from, from + 8))) continue
      const tail = sen.slice(from, from + 40)
      const feared = MINORS.test(m[0]) || /^若|\d/u.test(m[0]) ? null : CONDUCT_FEARED.exec(tail)
      if (feared && !HARD_VETO.test(sen)) {
        found.push([s.start + m.index, s.start + from + feared[0].length, 'decency/discriminatory', 'block'])
        break
      }
      // Round 70: a foreign people's standard of hygiene or morals called low (…の実習生は衛生観念が低い人が多いそうで, 衛生観念の低い外国人が多い).
      if (FOREIGN70.test(m[0]) && !HARD_VETO.test(sen)) {
        const low = LOW_STANDARD70.exec(tail)
        if (low) {
          found.push([s.start + m.index, s.start + from + low[0].length, 'decency/discriminatory', 'block'])
          break
        }
        const before = LOW_STANDARD_BEFORE70.exec(sen.slice(Math.max(0, m.index - 16), m.index))
        if (before && MANY70.test(tail)) {
          found.push([s.start + m.index - before[0].length, s.start + from, 'decency/discriminatory', 'block'])
          break
        }
      }
      if (NOT_THE_PEOPLE.test(tail) || (OWN_KIN.test(m[0]) && sen[m.index - 1] === 'の')) continue
      // A resident's charge against the group agreed with (おっしゃるとおり、…系の方々は夜遅くまでにぎやかに過ごす文化が): block.
      if (agreed && !MINORS.test(m[0]) && (PRESUMED_FAULT.test(tail) || AGREED_FAULT.test(tail)) && !AGREED_VETO.test(sen)) {
        found.push([s.start + Math.min(agreed.index, m.index), s.start + from, 'decency/discriminatory', 'block'])
        break
      }
      // The group named as the usual culprit (散らかしているのは、だいたい…の人たちです).
      const before = sen.slice(Math.max(0, m.index - 30), m.index)
      if (before.includes('は') && !/一部/u.test(before) && !MINORS.test(m[0]) && !/^若/u.test(m[0]) && !OWN_KIN.test(m[0]) && BLAME_BEFORE.test(before) && BLAMED.test(tail) && !REPORTED.test(tail) && !HARD_VETO.test(sen)) {
        found.push([s.start + m.index, s.start + from, 'decency/discriminatory', 'block'])
        break
      }
      let hit: [number, Rule, 'block' | 'warn'] | null = null
      let hard = false
      // Round 71: said to the group addressed, not presumed of it (留学生の皆さん、分からないことは何度聞いても大丈夫です).
      const f0 = PRESUMED_FAULT.exec(tail)
      const f = f0 && !PRESUMED_REASON71.test(tail.slice(f0.index + f0[0].length)) && spokenTo71(sen, m, tail) ? null : f0
      const rest = f ? tail.slice(f.index + f[0].length) : ''
      // Round 90: a difficulty given as the reason for help (…は会場の場所が分からないことが多いので、駅に誘導係を配置します): no fault of the group.
      const after90 = f ? sen.slice(from + f.index + f[0].length) : ''
      const helped90 = f !== null && DIFFICULTY90.test(f[0]) && HELP_MET90.test(after90) && !KEPT_APART69.test(after90) && !BLAMED90.test(sen)
      // Blind W24: the city's preparation said to take effort, as the reason to ask for word ahead (…準備に手間がかかるため、事前にご連絡ください).
      const prepared24 = f !== null && ((f[0] === '手間がかか' && PREPARED_W24.test(tail.slice(0, f.index))) || f[0] === '準備が大変') && ASKED_AHEAD_W24.test(after90) && !KEPT_APART69.test(after90) && !SIGHED_W24.test(sen)
      // …は判断が遅く、言っても動いてくれません: an adjective's continuative lists the fault as fact.
      // (…トラブルが多発しないよう、説明会を: a fault the city works to prevent is not presumed of the group.)
      // Round 105: the fault named as a common view and denied (…手がかかる、と見られがちです。でも、そんなことはないんです).
      const denied105 = f !== null && PRESUMED_DENIED105.test(fo.slice(s.start + from + f.index + f[0].length, s.start + from + f.index + f[0].length + 90))
      if (f && !helped90 && !prepared24 && !denied105 && !ONLY_SOME.test(rest) && !PREVENTED.test(rest) && !(MINORS.test(m[0]) && /^ちゃんと/u.test(f[0])) && (AS_FACT.test(rest) || MEASURE.test(rest) || (/く$/u.test(f[0]) && /^[、,]/u.test(rest))) && !(MINORS.test(m[0]) && /^(?:大声|奇声|暴れ|汚)/u.test(f[0]))) {
        // Any fault presumed of 部落 or 同和地区 is a charge against its people (部落の人たちはマナーが悪い): block.
        hard = (HARD_FAULT.test(f[0]) || /部落|同和/u.test(m[0]) || MONEY42.test(tail.slice(0, f.index))) && !MINORS.test(m[0]) && !/^若/u.test(m[0])
        hit = [from + f.index + f[0].length, hard ? 'decency/discriminatory' : 'decency/stereotype', hard ? 'block' : 'warn']
        // The presumed fault given as the reason for a measure on the group (…トラブルになりやすいため、意見書を追加で提出, 判断力は当てになりませんので…免許を取り上げて): block.
        const b = from + f.index + f[0].length
        if (MEASURE.test(sen.slice(b, b + 50)) && !MEASURE_VETO.test(sen) && !SAFETY.test(sen)) hit = [b, 'decency/discriminatory', 'block']
      }
      if (!hit && !MINORS.test(m[0])) {
        // Seen, then reported: the group itself made the suspect (…系の若者グループを見かけた場合は110番通報).
        const w = SURVEIL.exec(sen.slice(from, from + 60))
        if (w && !SURVEIL_VETO.test(sen)) {
          found.push([s.start + m.index, s.start + from + w.index + w[0].length, 'decency/discriminatory', 'block'])
          break
        }
      }
      // A check or a refusal put on the group holds even where a warn reading of a trait was found first (…はトラブル防止のため、入居審査を厳しく).
      if (!hit || hit[2] === 'warn') {
        const k = KEPT_OUT.exec(tail)
        // A room or a slot provided for the group's own ease (発達障害の子が落ち着いて過ごせるよう、別室を用意しました) is care, not exclusion.
        // Blind W22: the group as the target of a crime the watch is kept on (水着の女性目当ての盗撮に目を光らせています) is its victim.
        if (k && !TARGETED_W22.test(tail) && !(OWN_EASE.test(tail) && /用意|設け|準備|ご利用いただけ/u.test(sen)) && !MINORS.test(m[0]) && !/\d/u.test(m[0]) && !SAFETY.test(sen) && !LEGIT_LIMIT.test(sen) && !HEAT_OR_COLD.test(sen) && !EXCLUSION_VETO.test(fo)) {
          found.push([s.start + m.index, s.start + from + k.index + k[0].length, 'decency/discriminatory', 'block'])
          break
        }
      }
      if (!hit && !MINORS.test(m[0]) && !/^若/u.test(m[0]) && FAULT_FIRST.test(sen.slice(Math.max(0, m.index - 14), m.index)) && MANY_AS_REASON.test(tail)) {
        const a = m.index - (FAULT_FIRST.exec(sen.slice(Math.max(0, m.index - 14), m.index))?.[0].length ?? 0)
        if (!(vetoed ??= GENERIC_VETO.test(sen))) found.push([s.start + a, s.start + from, 'decency/discriminatory', 'block'])
        break
      }
      // A fault put before the group as what marks it (ヒマを持て余しているシニアの皆さん, すぐ辞めてしまう女性).
      if (!hit && !MINORS.test(m[0]) && !/^若/u.test(m[0]) && FAULT_FIRST.test(sen.slice(Math.max(0, m.index - 14), m.index))) hit = [from, 'decency/stereotype', 'warn']
      if (!hit && ALL_ALIKE.test(tail)) hit = [from, 'decency/stereotype', 'warn']
      // A gift presumed from one's roots (ハーフの子は英語ができるので).
      if (!hit && ROOTS.test(m[0])) {
        const t = ROOT_TRAIT.exec(tail)
        if (t && AS_FACT.test(tail.slice(t.index + t[0].length)) && !/とは限ら|わけでは|ではありません/u.test(sen)) {
          found.push([s.start + m.index, s.start + from + t.index + t[0].length, 'decency/stereotype', 'warn'])
          break
        }
      }
      if (!hit && ALL_ALIKE_BEFORE.test(sen.slice(Math.max(0, m.index - 12), m.index))) hit = [from, 'decency/stereotype', 'warn']
      if (!hit && EVEN_THEY.test(tail)) hit = [from, 'decency/stereotype', 'warn']
      if (!hit) continue
      if (hard ? HARD_VETO.test(sen) : (vetoed ??= GENERIC_VETO.test(sen))) break
      found.push([s.start + m.index, s.start + hit[0], hit[1], hit[2]])
      break
    }
  }
  return found
}

/** A person's looks as the news (癒し系美女とイケメン, ナースさん、みんな美人): words that rate looks, said of people. */
const LOOKS_RATED = phrase('美女|美人(?!画|の湯|湯|林|祭|局)|イケメン|ikemen|美男|脚線美|目の保養|癒し系|顔面偏差値|ルックス(?:が|も)?(?:抜群|最高|いい|良い)', 'u')
const PEOPLE_SAID = phrase('職員|担当|窓口|議員|ナース|看護師|保育士|先生|お姉さん|お姉さま|お兄さん|スタッフ|係|受付|選手|参加者|皆さん|みなさん|さん|くん|君|ちゃん|女性|男性|女子|男子|市長|課長|新人', 'u')
/** Looks rated with a flirt (…みんな美人で優しい…我慢できちゃう？♡): the staff offered, not only rated. */
const FLIRTED = phrase('[♡💕😍😘🥰💋]|ドキドキ|どきどき|我慢できちゃう|お近づき|口説|お持ち帰り|独身', 'u')
const LOOKS_VETO = phrase('(?<!被)差別|偏見|ルッキズム|容姿で(?:判断|評価)しない|コンテスト(?:は|を)(?:廃止|中止|行いません)', 'u')
/** A death made a trip or a debut (あの世行き特急, 天国行き, あの世デビュー). */
const DEATH_TRIP = phrase('(?:あの世|天国|三途の川|冥土|黄泉)(?:へ|に|の)?(?:行き|いき|直行|デビュー|送り|特急|旅行|ツアー|一直線|一名様)|お陀仏', 'u')
/** A group said to be many where a nuisance is (外国人の多いアパートの周辺がひどい, 母子世帯の多い棟で目立って). */
const MANY_WHERE = phrase('^(?:の方|の人|住民|世帯|の方々|労働者|観光客|実習生|研修生)?(?:が|の)多(?:い|く住む|く暮らす)[^。！？!?\\n]{0,14}?(?:目立|ひど|重点|強化|パトロール|見張|監視|防犯|警戒|見回り|巡回|警備|荒れ|汚れ|トラブル|いなくな|盗ま|消え)', 'u')
const MANY_WHERE_VETO = phrase('通訳|多言語|やさしい日本語|支援|相談|案内|交流|ようこそ|歓迎', 'u')
/** Surprise that one of a group does well (若い女性議員ながらも鋭い, …出身ですが、意外と礼儀正しく). */
const SURPRISED = phrase('(?:出身|籍|系|女性|男性|女子|男子|女の子|若い|高齢|年配|障害|障がい|外国人|外国の方)[^。！？!?\\n]{0,8}?(?:ながら(?:も)|にしては|の割に|(?:ですが|だけど|やけど|なのに)[、,]?(?:意外と|意外にも|思ったより|案外))[、,]?[^。！？!?\\n]{0,10}?(?:鋭|しっかり|礼儀正し|上手|真面目|まじめ|優秀|賢|丁寧|器用|立派|力持ち|打ち解け)', 'u')
/** Tasks split by sex in one sentence: chores for women, heavy or leading work for men (炊き出しは女性の皆さん、力仕事は男性の皆さん). */
const WOMEN_CHORE = phrase('(?:女性|女子|女の子|女の人|お母さん|ママ|奥さん|奥さま|奥様|婦人)[^。！？!?\\n]{0,12}?(?:お茶|炊き出し|料理|手芸|裁縫|掃除|配膳|洗い物|洗濯|お酌|接待|子守|華|お姫様|マネージャー|裏方|(?:やさしい|優しい|簡単な|軽い|楽な)(?:仕事|作業))|(?:お茶|炊き出し|料理|手芸|裁縫|掃除|配膳|洗い物|お酌|接待|子守|お姫様)[^。！？!?\\n]{0,12}?(?:女性|女子|女の子|女の人|お母さん|ママ|奥さん|奥さま|奥様|婦人)', 'u')
const MEN_WORK = phrase('(?:男性|男子|男の子|男の人|お父さん|パパ|男衆|男)[^。！？!?\\n]{0,12}?(?:力仕事|草刈り|運転|設営|工作|ロボット|警備|決定|騎馬戦|ヒーロー|重い物|重いもの)|(?:力仕事|草刈り|運転|設営|工作|ロボット|警備|決定|騎馬戦|ヒーロー|重い物|重いもの)[^。！？!?\\n]{0,12}?(?:男性|男子|男の子|男の人|お父さん|パパ|男衆|男)', 'u')

/** Both sexes given the same tasks (男性も女性も, 交代で, 一緒に): no split. */
const SHARED_TASKS = phrase('(?:女性|女子|女の子|女の人|男性|男子|男の子|男の人)(?:も|や)|交代|一緒に|男女(?:問わず|とも|共に)|どちらも|どなたでも', 'u')

/**
 * Round 26 kinds, each a construction (tried only where its literals occur, one gate pass per paragraph):
 * a nuisance put down to a group (ごみ屋敷の多くは…独居の方のお宅, …は精神的な病気を抱えた方がいる世帯に多い);
 * looks judged a loss or a pig (歯並びの悪い人は…損, ぽっちゃりさん🐷); women gazed at or offered (水着の女の子が見放題,
 * お姉さまたちの脚線美に見とれ, 女の子たちにモテモテ, 男たちがお待ちしてます); a harm that happened told with a laugh
 * (異物混入…（笑）, 屋根ごと飛ばされ…笑), a suicide spot or the dying made light of; a trade belittled (介護の仕事は誰にでもできる);
 * ability capped (簡単な作業しかできない方); a sexual orientation called a hobby (そういう趣味の方 where same-sex
 * partnership is the topic); a 同和 district pointed out (旧同和地区の交差点, …地区かどうか, 地区にある物件には★) or a
 * district called "that kind of place" (ああいう土地柄).
 * Round 33: a group's habit given with a laugh as the reason (…は化粧直しに時間がかかりますからね（笑）); a group named as the
 * cause of a public problem, coming for nothing (原因は…が用もないのに); 部落/同和 as a district's repute (…だと言われとるけん);
 * looks likened to a named person's (市長の頭みたいに寂しく); a job ad asking for a sex or an age (できれば若い男性で).
 * Round 34: a people or the old blamed as the cause by a harm (…のは、中国人が…買い占めていくからです, …のせいです) or as the
 * culprit's owner (原因は…お年寄りの車です); a sex's supposed quitting as the reason to prefer the other; 長生きも考えもの.
 * Round 36: a hinted people's living there as a nuisance's reason (“あっちの人たち”が住んどるけん); a sex set out to brighten an
 * occasion; a disabled group refused for the others' 迷惑; a sexual joke on a case (ハーレム…うらやましい); a body shape tied to ability.
 */
/** Round 41: a women's space, or women changing or bathing. */
const WOMEN_SPACE41 = '(?:女子|女性|女)(?:用)?(?:トイレ|更衣室|風呂|浴場|寮|シャワー(?:室|ルーム)?|脱衣(?:所|場)|控室|控え室)|女湯|更衣室|脱衣(?:所|場)|試着室|着替え|入浴(?:中|シーン)'
/** … and a wish to peep at it (のぞきたくなる, 覗いてみたい, のぞき見したい, のぞき放題); not an invitation (のぞいてみたい方は). */
const PEEP41 = '(?:のぞ|覗)(?:き(?:たく|たい|たが|に(?:行|い)き(?:たく|たい))|き見(?:し)?(?:たく|たい)|いて(?:み)?(?:たく|たい)|き放題)(?!(?:方|人|皆|みなさん|かた)(?:は|も|に|へ|、))'
/** Round 41: the mind's decline (判断力の衰えた, 物覚えが悪い, 認知機能が低下している). */
const DECLINE41 = '(?:判断力|認知機能|記憶力|理解力|注意力|思考力|物覚え|物忘れ|頭)(?:の|が|も)[^。！？!?\\n]{0,3}?(?:衰え(?:た|て(?:き|い|お)?)|低下し(?:た|て(?:き|い|お)?)|落ち(?:た|て(?:き|い|お)?)|鈍っ|鈍く|弱っ|悪(?:い|く)|ひど(?:い|く)|多い|激しい)'
/** … said of the whole group (たいてい, みんな, ほとんど). */
const ALL41 = '(?:たいてい|大抵|だいたい|大体|ほとんど(?:が|は)?|ほぼ|大半(?:が|は)?|決まって|十中八九|みんな|(?:みな|皆)(?!さ|様))'
/** Round 41: a wrong that grows with a group (不法投棄が多い, 治安が悪くなる, ルールが守られない). */
const WRONG41 = '(?:不法投棄|ポイ捨て|騒音|犯罪|盗難|窃盗|空き巣|トラブル|違反|迷惑行為|路上駐車|落書き|万引き|苦情|滞納|未納)(?:が|も|は)?[^。！？!?\\n]{0,4}?(?:多|増|目立|ひど|深刻|相次|起き|起こ)|治安(?:が|も|は)?(?:悪|わる)|(?:ルール|マナー|分別|ごみ出し)(?:を|が|も|は)?(?:守られ(?:な|ず|て(?:い|お)(?:な|ませ))|守らな|守れな|悪|でき(?:てい)?な)|荒れ|汚(?:い|く|れ)'
/** Round 42: a body part looked at (お尻, 太もも, 胸元, 腹筋 …), not 筋肉 or スタイル, which a race or a fashion show shows. */
const PART42 = '(?:胸元|胸|おっぱい|バスト|お尻|おしり|尻|ケツ|ヒップ|太もも|ふともも|太腿|美脚|生足|くびれ|谷間|うなじ|体つき|ボディライン|腹筋|胸板|二の腕)'
/** … of a person (団員さんの鍛えられた, 受付のお姉さんの, 選手たちの). */
const OWNER42 = `(?:${STAFF}|団員|隊員|選手|消防士|警察官|自衛官|男性陣|女性陣|お兄さん|参加者|ランナー|モデル|踊り手|担ぎ手)(?:たち|達|の皆さん)?の[^。！？!?\\n]{0,10}?`
/** … as where the eyes go (にばっかり目がいっちゃう, に目が釘付け, に見とれ). */
const GAZE42 = '(?:に|ばかり|ばっかり|ばっか){1,2}[、,]?(?:つい|ついつい|思わず|自然と|やっぱり)?(?:目が(?:いっ|行っ|いく|行く|いき|行き|釘付け|くぎづけ|離せな)|目を奪われ|見とれ|見惚れ|凝視|ガン見)'
/** Round 42: old people idling at home as what their work or outing beats (家でゴロゴロしてるよりずっといい). */
const IDLE42 = '(?:家|うち|自宅|部屋)で(?:ゴロゴロ|ごろごろ|ボーッと|ぼーっと|ぼけーっと|ダラダラ|だらだら|寝てばかり|寝てばっかり|テレビばかり|テレビばっかり|テレビばっか)(?:見て)?(?:して|し)?(?:いる|る|とる|よる|ちょる)?(?:より|よりも|くらいなら|ぐらいなら)'
type Kind26 = { re: RegExp; rule: Rule; severity: 'block' | 'warn'; veto?: RegExp; /** A veto read over the whole paragraph (婚活 of a call by sex and age). */ pveto?: RegExp; unveto?: RegExp; /** A topic the paragraph must name (every kind, sentence or paragraph). */ topic?: RegExp; upgrade?: RegExp; /** Whether a match `[a, b)` of the sentence still holds, where its own words decide (the sentence-level kinds only). */ keep?: (sen: string, a: number, b: number) => boolean; /** The literals every match holds, where the extractor would pick a common one (は). */ need?: readonly string[]; named?: boolean; para?: boolean; wide?: boolean }
const NUISANCE26 = '(?:ごみ屋敷|ゴミ屋敷|不法投棄|ポイ捨て|騒音|犯罪|非行|万引き|落書き|迷惑行為)'
/**
 * Round KF: a notice against a nuisance made readable for the group that lives where it is put (不法投棄の防止に向けて、外国人住民が
 * 多い地区では多言語の看板を設置しました): the nuisance is what the city prevents, the group is who it writes for, and the place is
 * named by who lives there, not by the nuisance found there (not …多い地区で多発している, …地区に多いため).
 */
const PREVENTED_KF = phrase(`^${NUISANCE26}(?:の)?(?:防止|対策|抑止|撲滅|削減|ゼロ|未然防止)|^${NUISANCE26}を(?:防|なく|減ら|未然に防|させな|許さな)`, 'u')
const SERVED_PLACE_KF = phrase('^(?:地区|地域|エリア|団地|アパート|マンション|住宅|集合住宅|寮|社宅)(?:では|で|には|に|の)', 'u')
const READABLE_KF = phrase('多言語|やさしい日本語|易しい日本語|翻訳|通訳|外国語|母国語|母語|[0-9０-９一二三四五六七八九十]{1,2}(?:か|ヶ|カ|ヵ|箇)国語|(?:英|中国|韓国|ベトナム|ポルトガル|スペイン|ネパール|タガログ|インドネシア|タイ|ミャンマー)語|ふりがな|ルビ|点字|大きな文字|大きい文字|文字を大きく|音声(?:案内|読み上げ)|ピクトグラム|イラスト', 'u')
const LOCATED_KF = phrase('^(?:地区|地域|エリア|団地|アパート|マンション|住宅|集合住宅|寮|社宅)(?:では|で|には|に|は)(?:特に|とりわけ)?[^。！？!?\\n]{0,8}?(?:目立|多(?:い|く|発)|集中|増え|起き|起こ|発生|深刻|顕著|後を絶|相次)', 'u')
const servedNotBlamedKF = (sen: string, a: number, b: number): boolean => {
  const rest = sen.slice(b)
  return !(/(?:が|の)多い$/u.test(sen.slice(a, b)) && PREVENTED_KF.test(sen.slice(a, b)) && SERVED_PLACE_KF.test(rest) && !LOCATED_KF.test(rest) && READABLE_KF.test(rest))
}
const WOMEN26 = '(?:女の子|女性|女子|お姉さん|お姉さま|ギャル|娘さん)(?:たち|陣|の皆さん)?'
/** Groups a round 28 kind needs named somewhere in the paragraph (its topic). */
const MINORITY28 = phrase(`障(?:害|がい|碍)|不自由|車(?:いす|椅子)|ろう者|難聴|特別支援|精神|知的|発達|認知症|外国|在日|実習生|留学生|(?:${NATION}|中東)(?:人|系|出身|籍|の方)|同性|lgbt|ゲイ|レズ|性的(?:少数|マイノリティ)|少数派|トランス|性同一性|ハンセン|元患者|hiv|エイズ|生活保護|ひとり親|母子|父子|アイヌ|部落|同和|ハーフ`, 'u')
/** A person of such a group made the topic (聴覚障害のある方は, トランスジェンダーの方の相談は). */
const MINORITY_PERSON28 = phrase(`(?:${MINORITY28.source})[^。！？!?\\n]{0,10}?(?:の方|の人|方|人|者|の皆さん|の皆様)(?:は|には|の[^。！？!?\\n]{0,4}?は)`, 'u')
const WOMAN28 = '(?:(?<![一-龥])(?:女性|女子|女衆)|女の(?:子|人)|お母さん|ママ|奥さん|婦人)'
const LAUGH28 = '(?:[😏😍😂🤣😆]|[（(]笑[)）]|(?<=[ぁ-ゖー〜！!？?…])笑(?![顔いうわえみっ話声]))'
/** Round 33: a sex, an age or a people joked about for a habit (R33_FOLK + R33_HABIT + から + laugh). */
const R33_FOLK = `(?<![一-龥])(?:女性|男性|女子|男子)|女の(?:人|子)|男の(?:人|子)|女ん人|男ん人|(?<![一-龥ぁ-ゖ])(?:女|男)(?=って|は)|おばちゃん|おばさん|おじさん|おっちゃん|奥さん|奥様|奥さま|主婦|お母さん|ママ|お父さん|パパ|${AGED}|若い(?:人|子|方|もん)|若者|最近の若い(?:人|子|方)|外国(?:人|の方)`
const R33_HABIT = `時間(?:が|も|の)?(?:かか|掛か)|長(?:い|く|か|え)|遅(?:い|か)|早(?:い|か)|好き|苦手|弱(?:い|か)|うるさ|止まら|とまら|すぐ|気にし|気にす|こだわ|目がな|細か|せっかち|下手|へた|迷(?:う|い|わ)|悩(?:む|み)|忘れ|話し込|決まら|決められ|決めきれ|飽き|甘い(?:物|もの)|寄り道|おしゃべり|(?:荷物|口数|注文|文句|愚痴)(?:が|も)?多|嫌(?:い|が)|夢中|はしゃ|張り切|目の色|(?:見|読|聞|調べ|片付け|やら)(?:ない|ん|ません)|${TRAIT}`
/** Round 33: a group named as the cause of a public problem (R33_BLAMED + R33_IDLE). */
const R33_BLAMED = `(?:高齢|年配)の(?:男性|女性)|${AGED}|年金暮らしの(?:方|人)|生活保護(?:受給者|の(?:方|人))|外国(?:人|の方)|主婦|子連れ(?:の方)?|若者|障(?:害|がい|碍)(?:者|のある(?:方|人))`
const R33_IDLE = '(?:特に|大した|たいした|さしたる|何の)?(?:用|用事|用件|必要|理由)(?:も|が)(?:ない|なか|無い)(?:のに|とに|くせに)|暇つぶし|ひまつぶし|(?:暇|ひま)(?:だ|や|じゃ)(?:から|けん)|暇を持て余|(?:ちょっと|ちょっとした|些細な|ささいな|つまらない|大したことない|軽い)(?:こと|用|症状|けが|怪我)で(?:も)?|タクシー(?:代わり|替わり)|意味もなく|(?:一日中|何時間も|長々と|だらだら)(?:居座|居|い|おしゃべり|長居|話し込)|居座|入り浸'
/** Round 33: looks a person's body part is likened to (R33_LOOK). */
const R33_LOOK = '寂し|さみし|薄|うす|寒|涼し|まぶし|眩し|つるつる|ぴかぴか|てかてか|光|輝|禿|ハゲ|はげ|ぽっこり|出っ張|でか|まん丸|丸々|ふくよか|ぽっちゃり|太|たるん|しわ|シワ|ごつ|ぺったんこ|ぱんぱん|でっぷり|だぶだぶ'
/** Round 33: the person a job ad asks for by sex or age. */
const R33_HIRED = '(?:若い|若手の?|(?:[0-9０-９]0|二十|三十|四十)代(?:まで|前半|くらい|ぐらい)?の?|健康な|元気な|体力のある|独身の?)?(?:(?<![一-龥])(?:男性|女性|男子|女子)|男の(?:人|子|方)|女の(?:人|子|方))|若い(?:方|人)|(?:[0-9０-９]{2}|二十|三十|四十|五十)(?:歳|才)(?:くらい|ぐらい|位)?(?:まで|以下)の(?:方|人)'
/** Round 34: a harm a group is blamed for as the cause (買い占め, 根こそぎ, 増えすぎ). */
const HARM34 = '(?:買い占め|買いあさ|買い漁|根こそぎ|乱獲|密漁|獲り尽く|取り尽く|持ち去|持って(?:いく|行く|帰る)|盗(?:む|ん|み)|荒ら|汚(?:し|す)|散らか|捨てて(?:いく|行く)|ポイ捨て|騒(?:ぐ|い|が)|増え(?:すぎ|過ぎ)|居座|占領|独占|好き勝手|ただ乗り|タダ乗り|食い物に|食いつぶ|食い潰|マナー(?:が)?(?:悪|わる)|(?:ルール|決まり)(?:を)?守らな|働(?:かな|こうとしな))'
/** Round 34: the groups blamed as a whole (a people, the old, welfare recipients, the disabled; not the young or 子連れ). */
const G34 = `(?:${NATION})(?:人|系|の(?:方|人))|(?:高齢|年配)の(?:男性|女性)|${AGED}|年金暮らしの(?:方|人)|生活保護(?:受給者|の(?:方|人))|障(?:害|がい|碍)(?:者|のある(?:方|人))`
/** Round 35: the groups a sentence may send apart or guard against (a disability, dementia, a people, a sexual minority, welfare, 部落). */
const G35 = `(?:障(?:害|がい|碍)|認知症|発達|知的|精神|車(?:いす|椅子)|外国|実習生|留学生|ホームレス|生活保護|ひとり親|部落|同和|特別支援|支援学級|支援学校|hiv|エイズ|同性|トランス|lgbt|性的(?:少数|マイノリティ)|(?:${NATION})(?:人|系|籍))[^。！？!?\\n]{0,8}?(?:方|人|子|児|者|生徒|児童|さま|様|世帯|家庭|カップル)`
/** Round 35: the others whose ease is weighed (ほかの保護者, 周りの利用者さん, 一般のお客様). */
const OTHERS35 = '(?:他|ほか|周り|周囲|まわり|一般|残り)の(?:[^。！？!?\\n]{0,6}?)(?:保護者|親御さん|親|ご家庭|家庭|利用者|お客|方|人|子|児童|生徒|皆|みな|住民|入居者|参加者|患者)'
/** Round 35: a group set apart (分けて, 別の教室に, 離して, 入れない). */
const APART35 = '(?:分け|わけ|ずら|別(?:の|に|々|室|棟|館|部屋|席|クラス|教室|学級|フロア|枠|日|会場|コース|時間)|離し|離れ|外し|はずし|隔離|遠ざけ|入れな|入れず|一緒にしな|混ぜな|まぜな)'
/** Round 35: a young or pretty woman as the bait, the men drawn (若い女の子が来てくれたら男性の利用者も増える), and the other way round. */
const BAIT35 = (bait: string, drawn: string) => `(?:${bait})[^。！？!?\\n]{0,14}?(?:たら|(?<=[えけげせぜてでねへべぺめれ])ば|だけで|なら|(?<=[るた])と|だと|(?:の|た)(?:ほう|方)が)[、,]?[^。！？!?\\n]{0,8}?(?:${drawn})[^。！？!?\\n]{0,12}?(?:増え|喜|集ま|寄って|寄り付|通って|通う|通い|来てくれ|釣れ|つれ|食いつ|殺到|押し寄せ|元気にな|張り切|やる気|鼻の下|イチコロ|入りが(?:違|増|い)|客足)`
/** Round 35: a desk or a queue slowed (時間がかかる, 列がなかなか進まない, 混み合う). */
const SLOW35 = '時間(?:が|の)?(?:かか|掛か)|時間(?:を)?取られ|手間(?:が)?(?:かか|取)|手間取|遅(?:い|く|れ)|混(?:む|み合|雑(?:す|し))|滞|長引|(?:列|行列|手続き|窓口|流れ)(?:が)?[^。！？!?\\n、]{0,4}?(?:進ま|止ま|詰ま)|待(?:たされ|ち時間が長)'
/** Round 35: the others at ease (安心, 落ち着いて, のびのび, 集中できる). */
const EASE35 = '(?:安心|落ち着|のびのび|伸び伸び|集中|気兼ねなく|快適|(?:苦情|文句|不満)(?:が|も)?(?:出な|出ず|来な)|不安に(?:思|感じ|な)|不安が|怖が|戸惑|嫌が)'
/** Round 35: people a post may guard against (a people, trainees, the homeless). */
const GUARDED35 = `(?:${WATCHED}|外国(?:人|の方|の人)|(?:${NATION})(?:人|系|の(?:人|方|若者)))(?:の方|の人|住民|労働者|観光客|実習生|の若者|ら|たち)?`
const WOMAN35 = '(?:若い|若くて[^。！？!?\\n]{0,6}?|かわいい|可愛い|かわいらしい|きれいな|綺麗な|美人の|美しい|ピチピチの|ぴちぴちの)(?:女の子|女性|女子|お姉さん|娘さん|女性職員|女性スタッフ)|女子大生|女子高生|jk|jd|美人(?!の?湯)|美女|看板娘|ギャル'
const MAN35 = '(?:若い|かっこいい|カッコいい|格好いい|イケてる)(?:男性|男の子|男子|お兄さん|男性職員)|イケメン|美男子'
/** Round 36: people hinted at by a pointing word (“あっちの人たち”, ああいう人ら, 例の連中): an insinuated district's residents. */
const HINTED36 = '(?:あっち|あちら|あそこ|あの辺|あのへん|あのあたり|あの辺り|ああいう|(?<=[“"「『])(?:そういう|こういう|その手の)|例の|川向こう)(?:の|ん)?(?:人|人たち|人達|人ら|もん|者|連中|方々|衆)(?:たち|ら)?[”"」』]?|[“"「『](?:特別|特殊|訳あり|わけあり|ちょっと違う)(?:な|の)?[”"」』]?(?:人|人たち|人ら|方々|家|家系|連中)'
/** … and their living there (が住んどる, の暮らす, が固まって住む). */
const LIVING36 = '(?:が|の|も)?[^。！？!?\\n]{0,4}?(?:住(?:む|ん(?:で|ど|じょ|じゅう)|まわ|みつ|み着)|暮ら(?:す|し)|固まって)'
/** Round 36: the group a notice turns away (車いすの方, 車いすでの, 盲導犬をお連れの方, 障がいのあるお子さん). */
const TURNED36 = `${DISABLED}|車(?:椅子|いす)(?:で|の|をご?(?:利用|使用)の)(?:方|人|お客様|利用者|ご?来場|ご?来館|ご?利用|ご?入場|ご?参加)?|障(?:害|がい|碍)(?:の)?(?:ある|お持ちの)(?:お子さん|お子様|児童|生徒|方々)|(?:盲導犬|介助犬|補助犬)(?:を|と)?(?:お連れ|同伴|連れ)|認知症の(?:方|人)|(?:介助|介護|付き添い)(?:が|の)必要な(?:方|人)|(?:杖|歩行器|松葉杖)を(?:お使い|ご使用|使用|つい)(?:の|ている|た)?(?:方|人)`
const REFRAIN36 = '(?:ご)?遠慮(?!なく|ないで|せず)|お控え|控えて|お断り|断って|(?:ご)?(?:利用|入場|入館|来場|来館|参加|乗車|乗船)(?:は|を)?(?:でき|いただけ|出来|になれ)(?:ません|ない)|見合わせ|来(?:ない|んで)で'
const OTHERS36 = '(?:(?:他|ほか|周り|周囲|まわり|一般)の[^。！？!?\\n]{0,10}?)'
/** … with the others' bother as the reason (ほかの利用者のご迷惑になります, 周りの方の邪魔になるため), not an apology (ご迷惑をおかけします). */
const BOTHER36 = '(?:ご)?(?:迷惑|邪魔|じゃま|妨げ)(?:に|と)(?:なり|なる|なっ|な(?:ら|れ))|迷惑(?:が)?(?:かか|掛か)'
/** Round 38: a trouble a district is blamed for, and the district pointed at (あの地区の団地, 例の集落). */
const R38_TROUBLE = '滞納|未納|トラブル|苦情|犯罪|治安|事件|揉め|もめ事|騒ぎ|騒音|マナー|ルールを|喧嘩|ケンカ|不法|ポイ捨て|柄が悪|ガラが悪|民度|荒れ|乱暴|生活保護|怖|危な'
const R38_FAT = '(?:太って(?:る|た)|太っとる|太っちょ|ぽっちゃり|(?<![一-龥])(?:お)?デブ|でぶ)(?:の|な)?(?:人|方|さん|おじさん|おばさん|職員|皆さん|たち)'
const R38_PLACE = '(?:あの|あそこの|あそこん|例の|某|向こうの|むこうの|川向こうの|[〇○●◯×]{1,3})(?:地区|地域|集落|団地|町内|辺り|あたり|界隈)'
/** Round 36: a body shape named (ふくよかな人, 体型がぽっちゃり, 太っている職員, メタボの課長). */
const BODY36 = `${BODY_TYPED}|(?:体型|体格|お腹|おなか)(?:が|の)?[^。！？!?\\n]{0,4}?(?:ふくよか|ぽっちゃり|太め|太っ|でっぷり|メタボ|丸々)|太(?:って(?:いる|る|た)|っとる|った)(?:人|方|職員|人たち|連中)|(?:肥満|メタボ)(?:気味)?(?:の|な)?(?:人|方|職員|おじさん|課長|係長|人たち)|(?:お腹|おなか)(?:が|の)(?:出て(?:る|いる)|ぽっこりの?)(?:人|方|職員)|(?<![一-龥])(?:お)?デブ|(?:ガリガリ|ひょろひょろ|やせっぽち|痩せっぽち)(?:の|な)?(?:人|方|職員|新人|子)`
/** … and an ability tied to it (仕事も遅くなる, 動きがのろい, 自己管理ができない). */
const ABILITY36 = '(?:仕事|作業|動き|動作|対応|処理|判断|反応|頭の回転|段取り)(?:が|も|は)?[^。！？!?\\n]{0,4}?(?:遅|のろ|鈍|にぶ|とろ|雑|できな|出来な|できん|使えな|だめ|下手|へた)|(?:自己管理|体調管理)(?:が|も)?(?:でき|出来)(?:ない|てない|ていない|ん)|だらしな|怠け|なまけ|やる気(?:が|も)?(?:ない|なか)|役に立た|戦力にならな|足手まとい|お荷物'
const BODY36_VETO = phrase('サイズ|ゆったり|大きめ|用意|ご了承|場合があ|ことがあ|お待たせ|健康|健診|検診|生活習慣病|予防|医師|保健|病気|リスク|関節|膝|ひざ|腰|血圧|血糖|糖尿|転倒|教室|講座|体操|ウォーキング|熱中症|猫|犬|動物|タヌキ|たぬき|狸|ペット|パンダ|熊|クマ|金魚|鯉|偏見|(?<!被)差別|決めつけ|ではありません|とは限ら|着ぐるみ|ゆるキャラ|キャラクター', 'u')
/** Round 36: women as decoration, and how they are set out (同行させ, 並べ, 連れて). */
const WOMAN36 = '(?:若い|若手の?|かわいい|可愛い|きれいな|綺麗な|美人の?)?(?:(?<![一-龥])女性|女子|女の子|女の人|お姉さん|娘さん)(?:の)?(?:職員|スタッフ|社員|秘書|事務員|新人|係員|たち|陣|の皆さん)?'
const PLACED36 = '(?:同行|同席|随行|帯同|配置|並べ|並ば|立たせ|座らせ|揃え|そろえ|連れ|呼ん|呼び|出席させ|参加させ|付け|つけ|侍ら|はべら)'
/** Round 43: a group a property may be let or sold to, or a person hired or housed (外国人の方, 生活保護の方, 高齢者). */
const TENANT43 = `(?:${GUARDED35}|${DISABLED}|${AGED}|${R23_WELFARE})(?:の方|の人|の方々|の皆さん)?`
/** … the deal as a noun clause (物件を…に貸すのは, …を雇うことは), the thing let named before the group or between. */
const DEAL43 = `(?:物件|部屋|空き家|空家|アパート|マンション|住宅|借家|貸家|家|土地|店舗)(?:を|は)?[、,]?[^。！？!?\\n]{0,8}?${TENANT43}(?:に|へ)(?:貸す|貸し出す|売る|売却する|賃貸する|紹介する)|${TENANT43}(?:に|へ)(?:物件|部屋|空き家|空家|アパート|住宅|家|土地|店舗)(?:を)?(?:貸す|貸し出す|売る|売却する|紹介する)|${TENANT43}を(?:雇う|雇用する|採用する|入居させる|受け入れる|住まわせる|入れる)`
/** … advised against (正直おすすめしません, 避けたほうが無難, やめておくのが賢明). */
const ADVISED_AGAINST43 = '(?:正直(?:なところ)?|あまり|個人的には|個人的に|できれば|なるべく)?[、,]?(?:(?:おすすめ|お勧め|お薦め)(?:し|でき|いたし)(?:ません|ない|かね)|(?:避け|やめ|止め|控え|見送っ|考え直し)た(?:ほう|方)が(?:いい|よい|良い|無難|賢明|安心|よか)|(?:避け|やめ|控え)(?:る|ておく|とく)のが(?:無難|賢明|安心|一番)|リスク(?:が)?(?:高|大き)|考え(?:もの|物)(?:です|だ|や)|(?:慎重|注意)に(?:なった|した)(?:ほう|方)が)'
/** Round 43: a group's numbers given as the reason a problem is to be expected (ひとり親家庭が多いので仕方ない). */
const EXCUSED43 = '[、,]?(?:まあ|まぁ|ある程度|多少|どうしても|ある意味|正直)?[、,]?(?:仕方(?:が)?(?:ない|なか|ありません|ございません)|しかた(?:が)?(?:ない|ありません)|しょうがな|しょうがありません|しょんなか|やむを得な|やむをえな|無理(?:も|は)(?:ない|ありません|なか))'
/** Round 43: who a person was, given as why a mishap was to be expected (80代のドライバーだったので、まあ予想どおり). */
const EXPECTED_WHO43 = `(?:(?:[4-9４-９]0|[四五六七八九]十)代(?:の)?|(?:ご)?高齢(?:の)?|年配(?:の)?|若い|外国(?:人|籍)?の?|(?:${NATION})(?:人|系)の?|女性|女の)(?:ドライバー|運転手|運転者|方|人|男性|女性|お客さん|客)|高齢者|お年寄り|(?<![一-龥])年寄り|老人|若者|外国人|(?:おじい|おばあ|じい|ばあ)(?:さん|ちゃん)`
const EXPECTED43 = '(?:予想(?:どおり|通り)|想定(?:内|どおり|通り)|さもありなん|お察し|やっぱりね|やっぱりな|思った(?:とおり|通り)|(?:だ|や)と思った|納得(?:です|だ|や|の結果))'
/** Round 43: looks said to pay (べっぴんさんは得やね, イケメンはずるい). */
const LOOKER43 = '(?:美人|べっぴん|別嬪|美女|美少女|イケメン|男前|(?:かわい|可愛|かわいか|きれいな|綺麗な)(?:い)?(?:子|女の子|人))(?:さん|ちゃん)?'
/** Round 43: men stirred by a young woman's coming (若か娘さんの来たけん…おいちゃんたちの目の色の変わっとった). */
const YOUNG_WOMAN43 = '(?:若い|若か|わかい|かわいい|かわいか|可愛い|きれいな|綺麗な|美人の|べっぴんの|ピチピチの)(?:娘さん|娘|女の子|女性|お姉さん|女子|子)'
/** Round 47: a livestock epidemic or its cull (鳥インフル, 豚熱, 口蹄疫, 殺処分). */
const CULL47 = '殺処分|[0-9０-９万千百十]{1,8}(?:羽|頭)(?:が|も|を|すべて|全部|とも)?[^。！？!?\\n]{0,6}?(?:処分|埋却)|鳥インフル(?:エンザ)?|(?<![一-龥])豚熱|豚コレラ|口蹄疫|家畜伝染病|大量死|大量に死|へい死|斃死|(?:魚|うなぎ|鰻|ウナギ|鯉|コイ|フナ|鮒|貝|ボラ)(?:が|も)?(?:死んで|腹を上にして)浮'
/**
 * … joked about: a laugh, or the meat's last chance (食べ納め, 今のうちに食べ). Blind R151I-096: a feast or a price drop made of
 * the dead birds or pigs (しばらくチキン食べ放題かな〜, 焼き鳥祭り, 鶏肉が安くなる, 唐揚げ三昧).
 */
const CULL_MEAT47 = '(?:チキン|鶏肉|鳥肉|とり肉|鶏|焼き鳥|焼鳥|やきとり|唐揚げ|から揚げ|からあげ|手羽|豚肉|ぶた肉|豚|ポーク|とんかつ|豚カツ|トンカツ|焼肉|焼き肉|牛肉|卵|たまご)'
const CULL_JOKE47 = `${LAUGH_MARK}|食べ(?:納め|おさめ)|食べ放題|たべほうだい|${CULL_MEAT47}(?:祭り|まつり|フェス|パーティー?|三昧|ざんまい|天国|食べ(?:まくり|まくれ|まくる))|${CULL_MEAT47}(?:が|は|も)?[^。！？!?\\n]{0,8}?(?:安く|やすく|安う|安なる|値下が|大安売り|投げ売り|タダ(?:で|に|同然)|ただで|配られ|配って|おすそ分け|おすそわけ|大放出|余る|余って|あまる)|しばらく(?:は)?${CULL_MEAT47}(?:に|が|は|を)?(?:困ら|困らん|不自由し)|今のうちに(?:食べ|たべ|いっぱい|たくさん)|何人前|(?:かば焼き|蒲焼き?|塩焼き|刺身|から揚げ|唐揚げ)に(?:したら|すれば|できる|しちゃ)`
/** Round 47: visitors or residents named by a foreign origin (外国の方, 海外からのお客様, 実習生, ベトナム人). */
const VISITORS47 = `外国(?:人|籍)(?:の)?(?:方|人|お客様|お客さま|お客さん|観光客|参加者|労働者|住民)?|外国の(?:方|人|お客様|お客さま|お客さん|観光客)|海外(?:から)?の(?:方|お客様|お客さま|お客さん|観光客|旅行者)|インバウンド(?:の)?(?:お客さん|お客様|客|観光客)?|(?:${NATION})(?:人|系|籍)(?:の)?(?:方|人|観光客|団体客|実習生|労働者)?|(?:${NATION})(?:から)?の(?:方|お客様|お客さま|お客さん|観光客|団体客)|技能実習生|実習生|留学生|移民|難民`
/** … their number or coming (が多い, が増えた, が来る) as the reason … */
const MANY47 = '(?:多い|多く|多か|増え|増加|急増|来る|来ら|来ます|来るけん|集まる|訪れ|見込まれ|予想され|お越しにな)'
/** … for guarding purses and locks (貴重品, 財布, 盗難, 施錠, 戸締まり). */
const THEFT47 = '貴重品|財布|盗難|防犯|スリ(?:に|や|・|被害)|置き引き|万引き|戸締まり|戸締り|施錠|手荷物|持ち物'
const GUARD47 = '注意|気をつけ|気を付け|用心|確認|管理|お忘れなく|忘れずに|しっかり|徹底|警戒|目を離さ'
/** … guarded (貴重品の管理にご注意, 家の鍵はちゃんとかけ). */
const GUARDED47 = `(?:${THEFT47})[^。！？!?\\n]{0,20}?(?:${GUARD47})|(?:鍵|カギ|戸締まり|戸締り)(?:を|の|は|も)?[^。！？!?\\n]{0,6}?(?:かけ|掛け|し忘れ|閉め|忘れず|しっかり)`
/**
 * Round 66 (blind R66A/R67A/R68A). Block kinds (R66_EARLY, ahead of the other phrases so that they hold their span):
 * - stamina food and the night's baby-making cheered (うなぎで精ばつけて、今夜は二人目づくりもがんばらんね〜😏): innuendo; not a
 *   fertility consultation (妊活, 不妊);
 * - a theft rumoured of a foreign group (外国人の避難者が物資を持ち去っているという話があります) or a place named by a group's number
 *   as where to guard valuables (外国の方が多い避難所では、貴重品の管理にお気をつけください); not the rumour denied, not the group as
 *   the victim;
 * - a group whose presence is said to breed trouble, as the reason for a measure (精神障害のある方がいるとトラブルになりやすいため、受入れは
 *   福祉避難所のみ); not help offered (多言語, 通訳, 支援);
 * - the homeless named and told to go elsewhere (ホームレスみたいな人が…。ああいう人たちは別のところに行ってほしい);
 * - a child's body said to look grown or her swimwear dazzling (6年女子もすっかり体つきが大人っぽくなって、スクール水着がまぶしい);
 *   not a health lesson on puberty.
 */
const CHILD66 = '(?:[1-6１-６一二三四五六]年(?:生)?(?:の)?|小学生の?|中学生の?|高学年の?|低学年の?|児童の?|園児の?|教え子の?)?(?:女子|女の子|女児|娘たち|娘|女子児童|女子生徒)'
const CHILD_ANY66 = phrase(`${CHILD66}|児童|生徒|園児|小学生|中学生|[1-6１-６一二三四五六]年生|教え子|子どもたち|子供たち`, 'u')
const BODY66 = '(?:体つき|からだつき|身体つき|体型|体形|スタイル|胸|胸元|おっぱい|お尻|ボディ|ボディライン|発育|腰つき|脚)'
const GROWN66 = '(?:大人っぽ|おとなっぽ|大人びて|女らし|女っぽ|色っぽ|艶っぽ|セクシー|むっちり|ムチムチ|むちむち|ふくよかに|膨らん|ふくらん|女性らし)'
const SWIM66 = '(?:スクール水着|スク水|水着|ブルマ|レオタード|体操服|体操着)(?:姿)?(?:が|も|は)[^。！？!?\\n]{0,4}?(?:まぶし|眩し|眼福|たまら|セクシー|色っぽ|艶っぽ|そそ|目の毒|目のやり場)'
const HEALTH66 = phrase('保健|性教育|授業で|学習|思春期|第二次性徴|相談|変化について|成長について|健診|検診|身体測定|発育測定', 'u')
const FOREIGN66 = `(?:${VISITORS47})(?:の)?(?:避難者|住民|方|人|方々|人たち|グループ|集団)?(?:たち|達|ら)?`
const THEFT_ACT66 = '(?:持ち去|持ち逃げ|盗(?:ん|み|む|ま|っ)|くすね|横取り|横領|万引き|ネコババ|猫ばば|ねこばば|持って(?:行|い)っ|持ってい(?:か|き|く))'
const HEARSAY66 = '(?:という|との|って|っていう|といった)(?:話|噂|うわさ|情報|声|書き込み|投稿|報告)|(?:らしい|らしか|みたい|ようです|そうです|と聞|とか)'
const DENIED66 = phrase('デマ|根拠(?:の|は|が)?(?:ない|ありません|なく|ござい)|事実(?:では|じゃ)(?:ない|ありません|ござい)|事実は(?:ない|ありません|確認)|確認されて(?:いない|いません|おりません)|誤り|(?<!被)差別|偏見|うのみ|鵜呑み|拡散(?:しない|せず|は控え|はやめ)|ご注意ください[^。]{0,4}(?:デマ|うわさ)', 'u')
const TROUBLE_GROUP66 = `(?:${DISABLED}|精神疾患(?:の(?:ある)?(?:方|人))?|(?:認知症|うつ病|統合失調症|依存症|発達障(?:害|がい))(?:の(?:ある)?(?:方|人|子|お子さん))|${FOREIGN66}|ホームレス(?:の(?:方|人))?|路上生活(?:者|の(?:方|人))|生活保護(?:の)?(?:受給者|を受けて(?:いる)?(?:方|人))|同性(?:カップル|愛者)|(?:ひとり親|一人親|母子|父子)(?:家庭|世帯)(?:の(?:方|人|子|お子さん))?)`
const PRESENT66 = '(?:が|も)[、,]?(?:いると|いれば|いたら|おると|おったら|おれば|来ると|来たら|来れば|入ると|入れば|入ったら|混じると|交じると|混ざると|多いと|増えると)|(?:を|も)(?:受け入れ|受入れ|入れ)(?:ると|たら|れば)'
const TROUBLE66 = '(?:トラブル|問題|混乱|騒ぎ|もめごと|揉め事|もめ事|けんか|喧嘩|事件|苦情)(?:に|が|を|と)?(?:なり|起き|起こり|起こし|生じ|発生し|なる|起きる|起こる)(?:やすい|やすく|がち|かねない|かねません|る恐れ|る可能性|ます|る)'
const HELPED66 = phrase('多言語|通訳|翻訳|やさしい日本語|用意し|設置し|配置し|サポート|(?<!特別)支援|相談|(?<!被)差別|偏見|という(?:声|誤解|思い込み)|とは限ら|わけではな|ではありません', 'u')
const HOMELESS66 = phrase('ホームレス|路上生活|浮浪者|ふろうしゃ|こじき|乞食|物乞い', 'u')
const ELSEWHERE66 = '(?:(?:別の|ほかの|他の|よその|よそん)(?:ところ|所|とこ|場所|避難所|施設|公園)|よそ|他所)(?:に|へ|で)[、,]?(?:行って|いって|移って|うつって|過ごして|寝て)(?:ほし|欲し|もらいた|もらえ|くれ|ください)|(?:出て(?:行|い)って|来ないで|来んで|こないで|おらんで|いなくなって|消えて)(?:ほし|欲し|もらいた|くれ)'
const STAMINA_NIGHT66 = `${NIGHT53}[^。！？!?\\n]{0,4}?(?:(?:二|2|ふた|三|3|さん|もう一)人目|子|こども|子ども|赤ちゃん|あかちゃん|跡継ぎ|跡取り|弟|妹)(?:づくり|作り|作り)|子宝(?:づくり|作り|に励)|夜の(?:営み|運動会|お勤め)`
const R66_EARLY: Phrase[] = [
  {
    rule: 'decency/sexual',
    re: phrase(STAMINA_NIGHT66),
    need: ['夜', '晩', 'こんや', '今宵', '子宝'],
    instead: INSTEAD.sexual,
    keep: (fo, s, a) => STAMINA53.test(fo.slice(Math.max(0, a - 80), a)) && !phrase('妊活|不妊|治療|助成|相談|講演|セミナー', 'u').test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`${FOREIGN66}(?:が|は)[^。！？!?\\n]{0,16}?${THEFT_ACT66}[^。！？!?\\n]{0,12}?(?:${HEARSAY66})|(?:${VISITORS47})(?:の|が)?[^。！？!?\\n]{0,6}?(?:多い|多く住む|多く暮らす|多か|増えた|集まる)(?:避難所|地区|地域|場所|所|ところ|とこ|施設|会場|団地|アパート|エリア|店|お店|公園)(?:では|で|に|には|は)[、,]?[^。！？!?\\n]{0,30}?(?:${GUARDED47})`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, _a, b) => !DENIED66.test(fo.slice(s.start, Math.min(fo.length, Math.max(s.end, b) + 40))) && !phrase('狙|被害|盗難防止|防犯のため|ターゲット|混雑|混み合|込み合|人出|時期|季節|期間中|多言語|英語|通訳', 'u').test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`${TROUBLE_GROUP66}(?:${PRESENT66})[、,]?[^。！？!?\\n]{0,8}?${TROUBLE66}`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !HELPED66.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(ELSEWHERE66),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => {
      const sen = fo.slice(s.start, s.end)
      return (HOMELESS66.test(sen) || HOMELESS66.test(previousSentence63(fo, s))) && !AGAINST50.test(sen)
    },
  },
  {
    rule: 'decency/sexual',
    re: phrase(`${CHILD66}(?:たち|達|ら)?(?:も|は|が|の)[^。！？!?\\n]{0,10}?${BODY66}(?:が|も|は)?[^。！？!?\\n]{0,8}?${GROWN66}|${SWIM66}`),
    instead: '子どもの身体や水着姿に触れる言葉を削除し、活動の内容だけを紹介してください（例：「プール開きを行い、水泳指導が始まりました」）',
    keep: (fo, s, a, b) => {
      const sen = fo.slice(s.start, s.end)
      if (HEALTH66.test(sen)) return false
      return /^(?:ス|す)/u.test(fo.slice(a, b)) || /^(?:水着|ぶるま|れおたーど|体操)/u.test(fo.slice(a, b)) ? CHILD_ANY66.test(fo.slice(Math.max(0, a - 60), a)) : true
    },
  },
]
/**
 * Round 66, warn kinds (after the groups):
 * - a sex presumed bad at a skill, as the concession of an offer (家事も育児も苦手なパパでも大丈夫！, 機械が苦手なママでも): stereotype;
 *   not 苦手な方でも, not a child;
 * - young women's coming said to lift the men's spirits (看護学生の女の子たちが来てくれて、おじさんボランティアのやる気が急上昇中😏): sexual;
 * - old people's retelling of the same story made a joke (おばあちゃんたち、同じ話を何回もしてくれるけん、職員はもう台本覚えたばい😂);
 *   not advice to listen patiently;
 * - a memorial of the atomic bomb or a war said to have been blown away by food or fun (原爆資料館はちょっと重かったけど、夜のちゃんぽんで
 *   全部吹き飛んだみたいで😂): insensitive; not the blast's damage shown in the exhibits.
 */
const SEX_NOUN66 = '(?:パパ|お父さん|お父様|父親|男性|男の人|旦那さん|ダンナ|ご主人|夫|メンズ|ママ|お母さん|お母様|母親|女性|女の人|奥さん|奥様|主婦)(?:さん|たち|達|の皆さん|の方)?'
const OLD66 = '(?:おばあちゃん|おじいちゃん|ばあちゃん|じいちゃん|おばあさん|おじいさん|ばあさん|じいさん|お年寄り|年寄り|高齢者|ご老人|老人|年配の(?:方|人))(?:たち|達|ら|の皆さん|方|の方々)?'
const MEMORIAL66 = '(?:原爆|被爆|平和祈念|平和公園|戦争|空襲|特攻|慰霊|ひめゆり|戦跡|震災遺構|追悼|ホロコースト|アウシュ)'
const R66: Phrase[] = [
  {
    rule: 'decency/stereotype',
    re: phrase(`(?:苦手|不慣れ|不得意|下手|へた|ダメ|だめ|ぶきっちょ|不器用)な${SEX_NOUN66}でも`),
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => !AGAINST50.test(fo.slice(s.start, s.end)) && !phrase('固定観念|ジェンダー|関係なく|問わず', 'u').test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/sexual',
    re: phrase(`(?:${YOUNG_WOMAN43}|女子大生|女子学生|女子高生|[一-龥]{0,4}学生の女の子|女の子|女子|娘さん|お姉さん|お嬢さん)(?:ボランティア|スタッフ|部員|団員)?(?:たち|さん|達|ら)?(?:が|の|も)[^。！？!?\\n]{0,10}?(?:来|参加|入っ|加わ|おい|見え)[^。！？!?\\n]{0,12}?(?:けん|ので|から|て|で|と|たら)[、,]?[^。！？!?\\n]{0,12}?(?:おじさん|おっさん|おじちゃん|おいちゃん|男性陣|男性(?:職員|団員|隊員|ボランティア|スタッフ)|男子(?:たち|陣|部員)|男衆|男ども|野郎ども)[^。！？!?\\n]{0,10}?(?:やる気|テンション|士気|気合|張り切り|モチベ|鼻の下)(?:が|も)?[^。！？!?\\n]{0,4}?(?:急上昇|上昇|アップ|up|爆上が|上が|うなぎのぼり|マックス|max|全開|倍増|跳ね上が|伸び)`),
    instead: INSTEAD.sexual,
    severity: 'warn',
    keep: (fo, s) => !AGAINST50.test(fo.slice(s.start, s.end)) && !phrase('セクハラ|ハラスメント', 'u').test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`${OLD66}[^。！？!?\\n]{0,16}?同じ(?:話|こと|質問|昔話|自慢話|説明)(?:を|ば)?[^。！？!?\\n]{0,6}?(?:何回|何度|何べん|なんべん|何遍|繰り返|くり返|くりかえ)`),
    instead: '高齢の方の話しぶりや物忘れを笑いの種にせず、交流の様子そのものを紹介してください（例：「避難所では、昔の柳川の話をたくさん聞かせていただきました」）',
    severity: 'warn',
    keep: (fo, s, _a, b) => {
      const sen = fo.slice(s.start, s.end)
      return (phrase(LAUGH_MARK, 'u').test(sen) || phrase('台本|暗記|そらで|耳にたこ|耳タコ|耳にタコ|またか|エンドレス|無限ループ|聞き飽き', 'u').test(fo.slice(b, s.end))) && !AGAINST50.test(sen) && !phrase('否定せず|傾聴|耳を傾け|丁寧に|寄り添', 'u').test(sen)
    },
  },
  {
    rule: 'decency/insensitive',
    re: phrase(`${MEMORIAL66}[^。！？!?\\n]{0,40}?(?:吹き飛|吹っ飛|ふっ飛|ふきと|ふっと(?:ん|ば|び)|帳消し|どこかへ(?:行|い)っ|どっか(?:に|へ)?(?:行|い)っ|忘れ(?:た|ちゃ|て(?:しま|もう|もた))|りせっと)`),
    instead: INSENSITIVE,
    severity: 'warn',
    keep: (fo, s, a, b) => {
      const span = fo.slice(a, b)
      const sen = fo.slice(s.start, s.end)
      return /けど|けれど|でも|が[、,]|ものの|のに/u.test(span) && (phrase(LAUGH_MARK, 'u').test(sen) || phrase('ちゃんぽん|ご飯|ごはん|夕食|晩ご飯|グルメ|食べ|スイーツ|カステラ|お土産|買い物|夜景|ゲーム|カラオケ|枕投げ|遊', 'u').test(span)) && !phrase('爆風|熱線|建物|瓦|屋根|家屋|被害|忘れ(?:ない|ず|ては)', 'u').test(span)
    },
  },
]
/**
 * Round 69 (blind R69A), block kind (R69_EARLY): people named by a social status (生活保護の人たち, 保護ばもらっとる人, ホームレス,
 * 無職の人) called a nuisance in a public place (…朝から晩まで寝とるだけで、ほんと迷惑しとる) or a ban asked on them (出入り禁止にして
 * ほしか, 追い出してほしい, 入れんでほしい), the group named before the ban in its sentence or taken up by a demonstrative from the
 * sentence before (…迷惑しとる。ああいう人たちは出入り禁止にしてほしか). Not a ban on an act (館内での飲食は禁止), not the wish relayed
 * and answered (…というご意見をいただきましたが、どなたでもご利用いただけます), not the group as the one troubled (…詐欺の電話に
 * 迷惑しています, 近くの工事で迷惑: a noun's で is the cause, only a verb's て-form or だけで/せいで is the group's doing), not the city's
 * apology (ご迷惑をおかけしています).
 */
const STATUS69 = '(?:生活保護(?:の)?(?:受給者|受給世帯|世帯|家庭)(?:の(?:方|人))?|生活保護(?:の|ん)(?:人|方|者|もん)|(?:生活)?保護(?:費)?(?:を|ば)?(?:受け|もらっ|貰っ|もろう)(?:て(?:い|お)?る|てる|とる|とう|よる|ておられる|てらっしゃる|ていらっしゃる)(?:方|人|者|もん|世帯|家庭)|生活保護(?:を|ば)?(?:受け|もらっ|貰っ|もろう)(?:て(?:い|お)?る|てる|とる|とう|よる)(?:方|人|者|もん|世帯|家庭)|ホームレス(?:の(?:方|人))?|路上生活(?:者|の(?:方|人))|浮浪者|無職の(?:方|人|者|もん)|ニート|低所得(?:者|世帯)|貧乏人|貧乏な(?:人|家)(?:の(?:人|子))?)(?:たち|達|ら|さん|の皆さん|の方々)?'
const STATUS_RE69 = phrase(STATUS69, 'u')
/** A word of degree, or the others named as the ones troubled (ほんと, 本当に, 他の利用者が). */
const DEGREE69 = '(?:ほんと(?:に)?|本当に|ほんに|ほんなこつ|まじで?|すごく|すごい|とても|非常に|大変|たいへん|かなり|正直|ずっと|みんな|皆|(?:他の|ほかの|周りの|周囲の|一般の)(?:利用者|人|方|お客さん|お客様|子ども|子供)(?:の方)?(?:が|も))'
/** …迷惑しとる, 迷惑しています, 迷惑千万. */
const BOTHERED69 = '迷惑(?:し(?:とる|とう|てる|ている|ています|てます|とります|ております|てはる|よる|とった|ていた|ていました)|千万|極まり(?:ない|ません))'
/** A ban asked on people (出入り禁止にしてほしか, 入館はお断りにしてほしい, 追い出してもらいたい, 入れんでほしい). */
const BAN69 = '(?:(?:(?:出入り|出入|立ち?入り|立入|入館|入店|入場|利用|来館|入室|使用)(?:を|は)?(?:禁止|お断り|おことわり)|出禁)(?:に)?(?:して|させて)|(?:追い出|締め出|叩き出|たたき出|つまみ出)して|(?:入れ|来させ|近づけ|寄せつけ|寄せ付け|入らせ|使わせ)(?:ないで|んで))(?:ほし|欲し|もらいた|もらえ|いただきた|いただけ|頂きた|くれ|ください|下さい|ちょうだい)|(?:(?:出入り|立ち?入り|入館|入店|利用|来館)(?:を|は)?禁止|出禁)に(?:す(?:べき|る(?:べき|しか))|しろ|せんと|せな|したら(?:いい|よか|ええ))|(?:追い出|締め出)(?:す(?:べき|しか)|せ(?:ば|よ)|したら(?:いい|よか|ええ))'
/** A demonstrative for people, taking up the group of the sentence before (ああいう人たちは, そういう方々の, あげな人らは). */
const THESE69 = phrase('(?:ああいう|ああいった|ああした|ああゆう|あげな|あがな|あんな|そういう|そういった|そうした|そげな|そんな|こういう|こういった|こうした|こげな|こんな)(?:人|方|連中|者|もん|奴|やつ)(?:たち|達|ら|々|ども)?|(?:あの|その)(?:人|連中|もん|奴|やつ)(?:たち|達|ら|ども)|彼ら|あいつら', 'u')
/** What makes it not the city's charge: the wish relayed or answered, the prejudice named, the group the one troubled. */
const ANSWERED69 = phrase('(?:という|との|といった|って(?:いう)?)(?:ご)?(?:意見|声|要望|苦情|相談|書き込み|投稿|電話|お便り)|どなたでも|誰でも|だれでも|(?:では|じゃ)(?:ない|なく|ありません|ございません)|(?:し|いたし|致し)ません|できません|ことはありません|わけではな|とは限ら|(?<!被)差別|偏見|人権|啓発|思い込み|決めつけ|被害|詐欺|悪質|勧誘|騒音|嫌がらせ|いたずら', 'u')
/**
 * Round 69, a clean kind (in the group reading): a group's difficulty met with help (外国人の方がいると言葉の違いからトラブルになりやすいため、
 * 通訳ボランティアを配置しました): the trouble is a need the city answers, not a ground to keep the group out. Unless the sentence goes on
 * to refuse the group or send it elsewhere (…ため、受入れはお断りします, 別の避難所へ移っていただきます), which still blocks.
 */
const HELP_MET69 = phrase('通訳|翻訳|多言語|やさしい日本語|易しい日本語|(?<!特別)支援|サポート|(?:配置|用意|設置|手配|準備|配布)(?:し|いたし|を)|相談(?:窓口|員)|ボランティア|指さし|指差し|ピクトグラム|案内(?:板|表示|係)|手話', 'u')
const KEPT_APART69 = phrase(`${EXCLUDE}|別(?:の)?(?:避難所|施設|会場|部屋|室|日|日程|場所|建物|フロア|教室|枠|スペース)|別室|隔離|(?:ほか|他|よそ)の(?:避難所|施設|会場|場所)|(?:入れ|受け?入れ)(?:ない|ません|られません)|断(?:る|り|ら|わ)|帰って|ご遠慮|お控え|置か(?:ず|ない)|用意(?:せず|しない|できない|できません)`, 'u')
/** Round 90: a difficulty (分からない, 通じない, 読めない, 不慣れ) met with help in the rest of the sentence; blame or a refusal keeps it a charge. */
const DIFFICULTY90 = /分から|わから|通じ|読め|話せ|不慣れ|慣れて(?:い)?な|迷い|迷う|迷わ|難し|不自由|できな/u
const HELP_MET90 = phrase('通訳|翻訳|多言語|やさしい日本語|易しい日本語|(?<!特別)支援|サポート|(?:配置|用意|設置|手配|準備|配布|掲示|増設)(?:し|いたし|を|て)|相談(?:窓口|員)|ボランティア|指さし|指差し|ピクトグラム|案内(?:板|表示|係|図|所|看板)|表示(?:を|板)|誘導(?:係|員|し)|係員|スタッフ|ふりがな|ルビ|点字|手話|筆談|音声', 'u')
const BLAMED90 = phrase('迷惑|面倒|無駄|むだ|勘弁|うんざり|いい加減|どうせ|くせに|手間(?:が|ば)(?:かか|掛か)|困(?:る|っ|り)(?:ます|もん|ものです|ますね|とる|てい)', 'u')
/**
 * Blind W24, a clean kind (in the group reading): the city's own preparation for a group's visit said to take effort (準備に手間がかかる,
 * 手配に手間がかかる, 準備が大変) and given as the reason to ask for word ahead politely (…ため、事前にご連絡ください, ご予約をお願いします):
 * an accommodation, not a fault of the group. A wish (事前に連絡してほしいです, round 28) is still the group's coming sighed at. Not the
 * group itself called a bother (…の方は手間がかかるため), not a sigh, worse treatment or a refusal in the sentence (正直, 困る, 後回し,
 * ご遠慮), which stay a charge.
 */
const PREPARED_W24 = /(?:準備|手配|用意|段取り|設営|支度)(?:に(?:は|も)?|の|で|など(?:に|の)?)?$/u
const ASKED_AHEAD_W24 = /^[^。！？!?\n]{0,8}?(?:ため|ので|から|けん)[、,]?[^。！？!?\n]{0,24}?(?:(?:ご連絡|ご一報|お知らせ|ご予約|お申し?込み?|お申し出|お問い?合わせ|ご相談|お電話)(?:を)?(?:いただ|頂|くださ|下さ|願|お願い)|(?:連絡|予約|申し?込み?|相談)(?:を)?(?:して)?(?:ください|下さい|いただ|頂|お願い))/u
const SIGHED_W24 = phrase('迷惑|面倒|めんどう|無駄|勘弁|うんざり|どうせ|くせに|正直|本音|困(?:る|っ|り)|後回し|嫌|いや(?:だ|です|なんです)|(?:来て|来られて)(?:ほしく|欲しく)な|来ないで|ご遠慮|お断り|お控え', 'u')
const R69_EARLY: Phrase[] = [
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${STATUS69})(?:が|は|も|って|ばっかり|ばかり|ばっか)[^。！？!?\\n]{0,30}?(?:て|んで|いで|だけで|ばかりで|ばっかりで|ばっかで|せいで|から|けん|し)[、,]?(?:${DEGREE69})?[、,]?${BOTHERED69}`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !ANSWERED69.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(BAN69),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a) => {
      const sen = fo.slice(s.start, s.end)
      if (ANSWERED69.test(sen)) return false
      const before = fo.slice(Math.max(s.start, a - 40), a)
      if (STATUS_RE69.test(before)) return true
      return THESE69.test(before) && STATUS_RE69.test(previousSentence63(fo, s))
    },
  },
]
/**
 * Round 70 (blind R70A), warn: a person's body likened to an animal by being told apart from it with difficulty (係長さん、イノシシと並んでも
 * どっちがどっちかわからんくらいの立派な体型で…😂, 課長はクマと見分けがつかないほどの体格, 牛と間違えられそうな体型): lookism, when the
 * sentence names the body or laughs. Not animals told apart (イノシシとタヌキの足跡は見分けがつきにくい), not a person who mistakes one animal
 * for another (…がタヌキをイノシシと間違えて), not a mascot (BODY_TEASE_VETO).
 */
const ANIMAL70 = '(?:イノシシ|猪|クマ|熊|ヒグマ|ブタ|豚|トド|セイウチ|カバ|河馬|ゴリラ|ウシ|牛|ゾウ|象|タヌキ|狸|マンモス|サイ|バッファロー|アザラシ)'
const TOLD_APART70 = '(?:と(?:[^。！？!?\\n]{0,6}?(?:並|なら)(?:ぶ|べ|ん)[^。！？!?\\n]{0,8}?)?(?:どっちがどっち|どちらがどちら|見分け(?:が|も)?(?:つか|つきにく|つけ(?:られ)?(?:ない|ん))|区別(?:が|も)?(?:つか|つけ(?:られ)?(?:ない|ん))|間違え(?:られ|そう)|間違われ|見間違え(?:られ|そう)|見間違われ|ほぼ同じ(?:体|大きさ|サイズ)|同じ(?:くらい|ぐらい)の(?:体|大きさ|サイズ|貫禄)|瓜二つ|いい勝負)|に(?:間違え(?:られ|そう)|間違われ|見間違え(?:られ|そう)|見間違われ|負けない|負けん|劣らない|引けを取らない))'
/** The body named (体型, 体格, 貫禄, お腹). */
const BODY70 = phrase('体型|体形|体格|図体|貫禄|恰幅|巨体|体つき|からだつき|お腹|おなか|ボディ|ガタイ|横幅|体重|肉付き', 'u')
const R70: Phrase[] = [
  {
    rule: 'decency/lookism',
    re: phrase(`(?:${TEASED})(?:たち|ら)?(?:は|って|なんて|も|が|、|,)?[^。！？!?\\n]{0,16}?${ANIMAL70}${TOLD_APART70}`),
    need: ['どっちがどっち', 'どちらがどちら', '見分け', '区別', '間違', 'ほぼ同じ', '同じくらい', '同じぐらい', '瓜二つ', 'いい勝負', '負けな', '負けん', '劣らな', '引けを取らな'],
    instead: INSTEAD.lookism,
    severity: 'warn',
    keep: (fo, s, a, b) => {
      const span = fo.slice(a, b)
      const sen = fo.slice(a, s.end)
      // …がタヌキをイノシシと間違えて: the person mistakes, not is mistaken.
      const gap = span.slice(0, span.search(phrase(ANIMAL70, 'u')))
      if (/を[^。！？!?\n]{0,12}$/u.test(gap)) return false
      // 職員さんによると、子熊は母熊と並ぶと…: the person reports, the animals are compared.
      if (/によると|によれば|いわく|曰く|の話では|が言うには|から聞い|に聞い|(?:子|母|親|父|雄|雌|おす|めす|野生の)$/u.test(gap)) return false
      // クマと間違えられないよう、鈴を: a safety tip.
      if (/^(?:ない|ん|ぬ)よう/u.test(fo.slice(b, b + 6))) return false
      return (BODY70.test(sen) || phrase(LAUGH_MARK, 'u').test(sen)) && !BODY_TEASE_VETO.test(sen)
    },
  },
]
/**
 * Round 70, a clean kind (the group reading): the neighbours' wish to drive a group out, relayed (「追い出してほしい」という声が寄せられて
 * いますが), then answered by help for the group (市は福祉の相談員と一緒に声かけを続けています, 自立に向けた支援を行っています) in the same
 * sentence after a turn (が、, けれど, ものの) or in the next one. The wish is reported, not held. Not when the answer sides with the wish
 * (気持ちもよく分かります: ENDORSED) or carries it out (退去をお願いする, 撤去, 別の場所へ), and only for the wish to drive out, not for a
 * fault relayed (マナーが悪いという声: a second look, warn, as before).
 */
const OUSTED70 = /追い出|出て(?:行|い)|締め出|いなくな|立ち退|退去/u
const HELP70 = phrase('福祉|相談員|相談窓口|(?:ご)?相談(?:に|を)|(?<!特別)支援|声かけ|声掛け|声をかけ|見守|寄り添|自立|生活再建|住まい|住居の確保|居場所|保護(?:の)?(?:申請|相談)|シェルター|炊き出し|アウトリーチ|巡回相談', 'u')
const HELP_VETO70 = phrase('退去|撤去|排除|追い出|締め出|立ち退|出て(?:行|い)っ|移って(?:いただ|もら)|移動を(?:お願い|求め|促)|別の場所|よそ|禁止|お断り|通報|警察|パトロール|見張|監視|気持ち|ごもっとも|無理(?:は|も)な|仕方', 'u')
function helpAnswers70(fo: string, spans: readonly Span[], si: number, b: number): boolean {
  const s = spans[si]!
  const rest = fo.slice(b, s.end)
  const turn = /(?:が|けれど|けれども|けど|ものの)[、,]/u.exec(rest)
  const next = spans[si + 1]
  const nextText = next && !fo.slice(s.end, next.start).includes('\n') ? fo.slice(next.start, next.end) : ''
  const answer = turn ? rest.slice(turn.index) : nextText
  if (!answer || HELP_VETO70.test(rest) || HELP_VETO70.test(answer)) return false
  return HELP70.test(answer)
}
/**
 * Round 71 (blind R71A-086), warn: a sex presumed bad at a skill the stereotype denies it, as the concession of an offer (車庫入れが苦手な
 * 女性の方も、これで安心！, 機械の操作が苦手なママも大丈夫, 料理が苦手なお父さんも心配いりません): stereotype. The skill is paired with the
 * sex (driving, machines, maps, numbers, tools for women; housework, cooking, childcare for men), so a skill the sex is not typed by
 * (料理が苦手なママも) is left alone; も needs the reassurance that makes it a concession (安心, 大丈夫), でも is one already. Not both sexes
 * named (…苦手な女性も男性も), not the presumption named to be answered (固定観念, 性別に関係なく).
 */
const WOMEN71 = '(?:(?<![一-龥])女性|女の人|女ん人|(?<![一-龥])女子|奥さん|奥様|奥さま|主婦|ママ|お母さん|お母様|母親)(?:ドライバー|ユーザー|ゆーざー)?(?:さん|たち|達|の皆さん|の皆様|の方|の方々)?'
const MEN71 = '(?:(?<![一-龥])男性|男の人|男ん人|(?<![一-龥])男子|パパ|お父さん|お父様|父親|旦那さん|ご主人|メンズ)(?:さん|たち|達|の皆さん|の皆様|の方|の方々)?'
const WOMEN_SKILL71 = '(?:運転|車庫入れ|駐車|バック|車線変更|合流|機械|パソコン|スマホ|タブレット|デジタル|家電|地図|方向|道順|数字|計算|算数|数学|理系|工具|diy|日曜大工|大工仕事|力仕事|組み立て|配線|電気工事|タイヤ交換)'
const MEN_SKILL71 = '(?:家事|料理|育児|子育て|掃除|洗濯|裁縫|お弁当|弁当作り|家計|整理整頓|片付け|片づけ|おむつ替え|寝かしつけ|離乳食|身だしなみ|おしゃれ|お化粧)'
const BAD_AT71 = '[^。！？!?\\n、,]{0,8}?(?:苦手|不得意|下手くそ|へたくそ|下手|へた|不慣れ|ダメ|だめ)(?:な|か|の)'
const EASED71 = '(?:でも|でん|も(?=[、,！!]?[^。！？!?\\n]{0,16}?(?:安心|大丈夫|ok|ＯＫ|心配(?:ご)?無用|心配(?:いりません|いらない|ない|なし|ありません)|ご心配なく|問題(?:なし|ない|ありません)|迷わ|お任せ|任せて|すぐに?(?:でき|上達|覚え)|上達|克服)))'
/** Round 80 (blind R81A-102): …or named as the ones an offer especially helps (バックが苦手な女性ドライバーさんにはとくにありがたいはず😂). */
const HELPED80 = '(?:に|には|にこそ|にも)[、,]?[^。！？!?\\n]{0,12}?(?:ありがた|助か|うれし|嬉し|便利|心強|朗報|おすすめ|お勧め|オススメ|ぴったり|必見)'
const R71: Phrase[] = [
  {
    rule: 'decency/stereotype',
    re: phrase(`${WOMEN_SKILL71}${BAD_AT71}${WOMEN71}(?:${EASED71}|${HELPED80})(?![、,]?(?:${MEN71}))|${MEN_SKILL71}${BAD_AT71}${MEN71}(?:${EASED71}|${HELPED80})(?![、,]?(?:${WOMEN71}))`),
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => { const sen = fo.slice(s.start, s.end); return !AGAINST50.test(sen) && !phrase('固定観念|ジェンダー|性別(?:に)?(?:関係なく|を問わず)|男女(?:問わず|を問わず|関係なく)|男性も女性も|女性も男性も', 'u').test(sen) },
  },
]
/**
 * Round 72 (blind R72A/R73A). Block kinds (R72_EARLY, ahead of the other phrases so that they hold their span):
 * - A named place said to be, or to have been, a 部落 or 同和地区 (例えば市内でも、沖端の北側一帯はかつての被差別部落で…; 三橋町の川沿いは
 *   昔は同和地区だったと聞いています): naming a place as one is itself discrimination, whatever the frame (an awareness post's example too).
 *   The subject is a name, not a generic or a hint (あの地区, 特定の地域, その土地), nor a law or a facility (この法律は、同和地区に指定…);
 *   not the predicate denied (…ではありません), not 部落差別 or 部落問題.
 * - 池沼 with one letter masked (池〇, 〇沼) made an insult by a likeness or a rank after it (足が遅すぎて池〇レベルやったｗ, 池●並み,
 *   〇沼かよ): the masked slur as such is masking's warn; the likeness makes it the slur used.
 * - A call for helpers kept to one sex for a presumed capability (力仕事が多いので男性限定です, 細かい手作業なので女性のみ募集): not a space or
 *   a stay (更衣, 宿泊), not a class kept to one sex without such a reason (女性限定のヨガ教室).
 * - Complainants dismissed as mentally ill (苦情の多くは精神的に病んでいる方からのもので, 通報してくるのは心を病んどる人ばっかり): the
 *   complaint words before the illness and a person after it; not the notion answered (決めつけ, 偏見), not a staff member worn out.
 * - A woman's revealing clothing or body offered as the draw for visitors (案内係は若い女性職員です。ミニスカート姿を目当てに来てもらっても
 *   いいですよｗ, 受付のお姉さんの生足目当てで): sexual, block; not a dress code (ご遠慮, 危険, 服装), not an event's own draw.
 * Warn kinds (R72, after the groups):
 * - Heavy work handed to men as theirs, or women told they need bring nothing because strong men are there (重いものは男に任せましょう！,
 *   力持ちの男性職員がそろっていますので、女性の方は手ぶらで): stereotype; not both sexes, not the roles spoken of as fixed (固定的な役割分担).
 * - An animal's heat likened to people with a leer (春は野良猫の発情期🐈 夜中に鳴き声がうるさいのは、まあ人間も同じかも？😏): sexual innuendo;
 *   not a likening without the leer (人間も同じで、ストレスがたまると…).
 * - A staff member's body or looks measured against a model's or an actress's (モデル並みのスタイルで, 女優顔負けの美貌): lookism; not an
 *   exercise class (モデル並みの美脚を目指すストレッチ教室), not プラモデル.
 * And (condoned): a group's fault quoted as common talk and a member praised as the exception (「中国の人はマナーが悪い」ってよく言われるけど、
 * 今年の留学生…はいい意味で裏切られました): the praise presupposes the stereotype, a use, not a mention; not when prejudice is named.
 */
const PLACE_GENERIC72 = '(?:地区|地域|土地|場所|近所|校区|町内|集落|特定|周辺|付近|一帯|市内|県内|全国|各地|被差別|同和|部落|当該|該当|一部|某|全|各|昔|当時|本市|本町|市|町|村)'
const BURAKU_NAMED72 = phrase(`(?<![一-龥])(?!${PLACE_GENERIC72}(?![一-龥]))([一-龥]{2,6})[^。、！？!?\\n「」『』“”]{0,12}?(?:は|が|って|も)[、,]?[^。！？!?\\n「」『』]{0,8}?(?:被差別部落|(?<![一-龥])部落(?!差別|解放|問題|史|出身|民)|同和(?:地区|地域))(?:で(?!は|も(?:な|あり))|だ|です|でした|だった|やった|やけん|じゃった|と(?:言われ|いわれ|聞|され|呼ばれ|よばれ)|に(?:指定|当た|あた|該当)|として|の(?:一つ|ひとつ))`)
/** Heads that are no place (この法律は, 人権センターは, 隣保館は). */
const NOT_PLACE72 = phrase('(?:法|律|例|度|業|策|画|館|所|室|課|局|本|書|籍|料|査|修|座|会|室|体|団|者|員)$', 'u')
const MASK72 = '[〇○●◯◎×✕✖*＊■□]'
const LIKENESS72 = '(?:レベル|並み|なみ|以下|同然|かよ|じゃん|やん|扱い|呼ばわり|っぽ|ぽい|丸出し|ムーブ|みたいな(?!水|沼|池|湿|湖|場所|ところ|所)|みたい(?:だ|です|やな|じゃ|[。！!笑w]))'
const MEN72 = '(?:(?<![一-龥])男性|男の(?:方|人)|男ん人|(?<![一-龥])男子|男手|男衆|(?<![一-龥])男)'
const WOMEN72 = '(?:(?<![一-龥])女性|女の(?:方|人)|女ん人|(?<![一-龥])女子|女衆|(?<![一-龥])女)'
const ONLY72 = '(?:の方|の皆さん|の皆様|職員|ボランティア|の人|スタッフ)?(?:限定|のみ(?!な(?:さ|様))|だけ|に限(?:り|らせ|定|ります|る)|(?:を|で|に)(?:限定|絞))'
const BECAUSE72 = '[^。！？!?\\n]{0,16}?(?:ので|ため|から|けん|けえ|し|につき)[、,]?[^。！？!?\\n]{0,14}?'
const SEX_ONLY72 = `(?:力仕事|重い(?:もの|物|荷物|機材|資材|道具)|重たい(?:もの|物|荷物)|重量物|体力|腕力|力(?:が|の)?(?:いる|要る|必要)|搬入|搬出|運搬|設営|撤去作業|高所作業|草刈り)${BECAUSE72}${MEN72}${ONLY72}|(?:細かい(?:作業|手作業)|手先|きめ細|気配り|お茶出し|お茶くみ|接客|裁縫|子ども(?:の|と)?(?:相手|世話))${BECAUSE72}${WOMEN72}${ONLY72}`
const SEX_ONLY_OK72 = phrase('更衣|トイレ|浴場|風呂|入浴|宿泊|相部屋|部屋割り|検診|健診|授乳|男女別|(?<!被)差別|偏見|固定観念|ではありません|わけではな', 'u')
const COMPLAINT72 = '(?:苦情|クレーム|通報|文句|抗議)'
const ILL72 = '(?:精神的に(?:病|おかしく|不安定)|(?:心|精神)を病|病ん(?:で|どる|どう|じょる|だ)|精神(?:疾患|病|障(?:害|がい|碍))|メンタル(?:が|を)?(?:病|やられ|おかし)|メンヘラ|被害妄想|統合失調|頭が(?:おかし|アレ|あれな|変な|いかれ))'
const ILL_PEOPLE72 = `${COMPLAINT72}[^。！？!?\\n]{0,24}?${ILL72}[^。！？!?\\n]{0,10}?(?:方|人|者|人たち|方々|連中)(?:から|による|の(?:もの|仕業|方)|(?:が|も)(?:多|ほとんど|大半|半分)|ばかり|ばっかり|です|でした|だ|や|じゃ|と思|なので|やけん|だから)|${COMPLAINT72}(?:の|は)[^。！？!?\\n]{0,12}?被害妄想(?:です|だ|や|で|に(?:すぎ|過ぎ)|みたいな|のような)`
const STAFF_WORN72 = phrase('職員|スタッフ|担当者|(?<!被)差別|偏見|決めつけ|思い込み|ではありません|わけではな', 'u')
const CLOTH72 = '(?:ミニスカ(?:ート)?|生足|生脚|素足|太もも|ふともも|太腿|胸元|谷間|美脚|脚線美|お尻|おしり|ヒップ|網タイツ|ボディライン|(?:水着|ビキニ|スク水|レオタード|タイトスカート|ナース服|メイド服)(?:姿|の(?:女性|女の子|お姉さん|職員)))'
const DRAW72 = `${CLOTH72}(?:姿)?(?:を|が|の)?[、,]?(?:お?目当て|目的|見たさ|拝み|おがみ|拝見し|見に|みに|狙い|ねらい|見物)`
const WOMAN_STAFF72 = phrase('職員|スタッフ|係|受付|案内|女の子|お姉さん|女性|女子|監視員|新人|看護師|保育士|ガイド|コンパニオン|さん', 'u')
const DRESS_CODE72 = phrase('ご遠慮|遠慮|危険|禁止|服装|ドレスコード|着用|更衣|盗撮|痴漢|被害|セクハラ|ハラスメント|(?<!被)差別', 'u')
const R72_EARLY: Phrase[] = [
  {
    rule: 'decency/discriminatory',
    re: BURAKU_NAMED72,
    need: ['部落', '同和'],
    instead: '特定の地区を部落・同和地区と名指ししないでください。啓発の例でも地名は挙げず、「出身地を調べることは差別につながります」のように行為そのものを書いてください',
    keep: (fo, s, a, b) => {
      const m = phrase(`^([一-龥]{2,6})`, 'u').exec(fo.slice(a, b))
      // Round 78: asked whether a place is one and the answer refused (…に当たるかどうかは、お答えできかねます): an inquiry, not a naming.
      if (/^[^。！？!?\n]{0,4}?か(?:どうか|否か)/u.test(fo.slice(b, s.end)) && phrase(REFUSED_ANSWER78, 'u').test(fo.slice(b, s.end))) return false
      return m !== null && !NOT_PLACE72.test(m[1]!)
    },
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:(?<![一-龥])池${MASK72}|(?<![一-龥〇○●◯◎×✕✖*＊■□])${MASK72}沼)${LIKENESS72}`),
    need: ['池', '沼'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !SLUR_TALK.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(SEX_ONLY72),
    instead: '性別で参加を限らず、作業の内容（重い物の運搬など）を書いて、どなたでも応募できるようにしてください（例：「机やパネルの搬入があります。動きやすい服装でお越しください」）',
    keep: (fo, s) => !SEX_ONLY_OK72.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(ILL_PEOPLE72),
    instead: '苦情や通報を寄せる方の心身の状態を推測して書かず、寄せられた内容と市の対応を書いてください（例：「苦情の多くは夜間の生活音に関するものです」）',
    keep: (fo, s, a, b) => !STAFF_WORN72.test(fo.slice(s.start, s.end)) || phrase(`${ILL72}[^。！？!?\\n]{0,10}?(?:方|人|者)(?:から|による)`, 'u').test(fo.slice(a, b)) && !phrase('(?<!被)差別|偏見|決めつけ|思い込み', 'u').test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/sexual',
    re: phrase(DRAW72),
    instead: INSTEAD.sexual,
    keep: (fo, s) => WOMAN_STAFF72.test(near(fo, s)) && !DRESS_CODE72.test(fo.slice(s.start, s.end)),
  },
]
const HEAVY72 = '(?:力仕事|重い(?:もの|物|荷物|機材)|重たい(?:もの|物|荷物)|重量物|荷物運び|力のいる(?:作業|仕事))'
const MEN_ROLE72 = `(?:${MEN72}|お父さん)(?:職員|陣|性陣|の皆さん|の皆様|の方|たち|ども|ら)?`
const WOMEN_FREE72 = '(?:(?<![一-龥])女性|女の人|女ん人|(?<![一-龥])女子|女の子|奥さん|奥様|お母さん|ママ)(?:の方|の皆さん|の皆様|たち|陣)?(?:は|も)[、,]?[^。！？!?\\n]{0,12}?(?:手ぶら|何もしなくて|なにもしなくて|見ているだけ|見てるだけ|座って|応援だけ|休んで)'
const HEAVY_MEN72 = `${HEAVY72}(?:は|こそ|なら|も)[、,]?(?:やっぱり|やはり|当然|もちろん|全部|ぜんぶ)?[、,]?${MEN_ROLE72}(?:に(?:任せ|まかせ|お任せ|頼|たの|お願い|やらせ)|の(?:仕事|役目|役割|出番)|が(?:やる|する|運ぶ|持つ|やります|運びます))|(?:力持ち|力自慢|男手|屈強|たくましい|頼もしい)[^。！？!?\\n]{0,12}?${MEN_ROLE72}[^。！？!?\\n]{0,20}?${WOMEN_FREE72}`
const BOTH72 = phrase('男女(?:問わず|を問わず|関係なく|とも)|性別(?:を問わず|に関係なく|に関わらず)|どなたでも|誰でも|男性も女性も|女性も男性も|固定的|固定観念|役割分担|ではありません|わけではな', 'u')
const HEAT72 = phrase('発情|交尾|さかりがつ|盛りがつ|恋の季節|繁殖期', 'u')
const LIKE_PEOPLE72 = '(?:(?<![一-龥])(?:人間|人)|ひと|大人|私たち|わたしたち|僕ら|うちら|俺ら|職員|みなさん|皆さん|あなた)(?:も|だって)[、,]?(?:(?:まあ|実は|結局)[、,]?)?(?:同じ|一緒|いっしょ|似たよう|似たりよったり|変わら|負けて(?:ない|いない|ません)|お盛ん|おさかん)'
const LEER72 = phrase('[😏😘💋🤭😜😉♡❤]|笑|w|お盛ん|おさかん|(?:かも|かな|よね|でしょ)[？?]', 'u')
const MODEL72 = '(?<!プラ)(?:スーパーモデル|モデル|グラビア(?:アイドル)?|アイドル|女優|芸能人)(?:さん)?(?:並み|なみ|級|顔負け|みたい|ばり|っぽい|のよう)(?:の|な)?[、,]?(?:スタイル|体型|体形|ボディ|プロポーション|美脚|脚|足の長さ|顔立ち|ルックス|美貌|美人|美女|容姿|くびれ|小顔)'
const SOMEONE72 = phrase('さん|職員|員|スタッフ|先生|着任|担当|係|新人|ガイド|保育士|看護師|講師|市長|議員|彼女|女性|男性', 'u')
const WORKOUT72 = phrase('講座|教室|体操|エクササイズ|ヨガ|ストレッチ|ダイエット|目指|トレーニング|健康|メイク|着付け', 'u')
const R72: Phrase[] = [
  {
    rule: 'decency/stereotype',
    re: phrase(HEAVY_MEN72),
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => !BOTH72.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/sexual',
    re: phrase(LIKE_PEOPLE72),
    instead: INSTEAD.sexual,
    severity: 'warn',
    keep: (fo, s, _a, b) => HEAT72.test(near(fo, s)) && LEER72.test(fo.slice(s.start, Math.min(fo.length, Math.max(s.end, b + 8)))),
  },
  {
    rule: 'decency/lookism',
    re: phrase(MODEL72),
    instead: INSTEAD.lookism,
    severity: 'warn',
    keep: (fo, s) => SOMEONE72.test(near(fo, s)) && !WORKOUT72.test(near(fo, s)),
  },
]
/** Round 72: a group's fault quoted as common talk (「…」ってよく言われるけど) and one of the group praised as the exception (いい意味で裏切られ, 意外と, 見直し). */
const EXCEPTION72 = phrase('^[^「」“”。！？!?\\n]{0,30}?[」”』]?[、,]?(?:って|と|っていう|という)[、,]?(?:よく|よう|昔から|一般に|一般的に|世間では|世間で|ネットでは|よそでは|しばしば|みんな)?[、,]?(?:言われ|いわれ|言う|いう|聞く|聞き|聞いて|きく|思われ(?!がち)|思って|おもって|イメージ|印象)[^。！？!?\\n]{0,10}?(?:けど|けれど|けども|が[、,]|ものの|でしたが|たが)[^。！？!?\\n]{0,50}?(?:(?:いい|良い|よい)意味で(?:期待を|予想を)?裏切|意外(?:と|にも|に)|思ったより|思っていたより|予想(?:に反して|外に|以上に)|例外|見直し)', 'u')
/**
 * Round 74 (blind R74A/R75A). Block kinds (R74_EARLY, ahead of the other phrases so that they hold their span):
 * - A business run by a foreign group singled out and the readers told to beware of it or keep away (衛生観念の違う外国の方が経営する
 *   飲食店は、利用する際に気をつけた方がいいかもしれません, 中国系の業者がやっとる民泊は用心したほうがよか): the owners' nationality made the
 *   hazard, hedged or not, block; the business is the topic (は, では) or what is used (…を利用する際は). Not a guide to such shops, not help
 *   or a course given to them (多言語, 講習, 支援), not a caution that follows an event held there (…食堂で交流会を開きますので、暑さに…).
 * - A group asked, politely or not, to live in another town (日本語ができない外国人の方の手続きは…他の方の迷惑になるので、できれば別の町に
 *   住んでもらえると助かります, …にはこの町に住まないでいただきたい): the group named in the sentence or the one before, block. Not relatives
 *   who live elsewhere (別の町に住んでいる), not a move for safety (浸水, 災害), not someone sought to live here (住んでいただける方).
 * - Stamina food and the night with one's partner (柳川のうなぎで精をつけて、今夜は旦那さんとハッスルしちゃおう♡😏): round 53's innuendo
 *   with the partner named between the night and the act, block as round 53; not a festival or a match with the partner.
 * Warn kinds (R74, after the groups):
 * - Size set against technique with a leer (ホースの扱いは長さと太さより、テクニックが大事😏): sexual innuendo; not without the leer (包丁は
 *   大きさより使い方が大事です).
 * - A body type teased as what the city will turn attractive (ひょろひょろの草食系男子でも、3か月でモテる体に): lookism; and recruits
 *   promised the other sex's admiration (女の子にキャーキャー言われたい人、待っとるよ): stereotype, where the post recruits.
 * - Old people's retelling or poor hearing made a joke (おじいちゃんおばあちゃんでいっぱい👴👵 同じ話を3回ずつしてくれるし耳も遠いけん…😂):
 *   discriminatory warn as round 66, with a count of times or deafness and a laugh; not advice to listen, a hearing aid or a writing board.
 */
const FOREIGN_OWNER74 = `(?:外国(?:籍)?(?:の(?:方|人)|人)|(?:${NATION})(?:人|系|籍|出身)(?:の(?:方|人))?|(?:${NATION})の(?:方|人)|在日(?:の(?:方|人))?|ハーフの(?:方|人))(?:たち|達)?`
const OWNS74 = '(?:が|の)[、,]?(?:経営(?:する|している|してる|しとる|しとう|しよる|される|されている|されとる)|営(?:む|んでいる|んでる|んどる)|やって(?:いる|る|おる|いらっしゃる|はる)|やっとる|やっとう|やりよる|運営(?:する|している|してる|しとる)|切り盛り(?:する|している))|(?:オーナー|店主|経営者|経営)の|(?:オーナー|店主|経営者)が(?:いる|おる)'
const BUSINESS74 = '(?:飲食店|お店|店舗|店|食堂|料理店|レストラン|居酒屋|屋台|弁当屋|民泊|宿|旅館|ホテル|アパート|マンション|物件|業者|会社|工務店|不動産屋|商店|ショップ|スーパー|売店|工場|農園)'
const USED74 = '(?:は|では|には|って|なんか|なんて|の(?:料理|食べ物|商品|弁当)(?:は|を))|(?:を|に|で)(?:利用|使|行|入|選|頼|契約|借り|泊ま|食べ|買)[^。！？!?\\n]{0,8}?(?:際|とき|時|場合|なら|前)(?:は|には|に)?'
const CAUTION74 = '(?:気をつけ|気を付け|きをつけ|注意(?!書き|事項|点)|用心|警戒|避け|控え|遠慮|利用しない|使わない|行かない|行かん|使わん|近づかない|やめ(?:た|て)(?:方|ほう)|心配|不安|怖|こわ|危な|危険|信用でき|怪し|あやし)'
const OWNED_VETO74 = phrase('(?<!被)差別|偏見|人権|思い込み|決めつけ|多言語|通訳|支援|講習|研修|相談|向け|困らない|困らん|ではありません|わけではな|とは限ら|関係なく|問わず|紹介|応援|交流', 'u')
const ELSEWHERE74 = '(?:(?:別の|ほかの|他の|よその|よそん|違う|どこか(?:別の|ほかの|他の)?|隣の)(?:町|まち|街|市|区|村|地域|地区|自治体|ところ|所|とこ|県|国)|よそ|他所)(?:に|へ|で)[、,]?(?:住んで|すんで|暮らして|くらして|引っ越して|引越して|ひっこして|移り住んで|転居して)(?:もら(?:え|い|う|った)|いただ(?:け|き|いた)|ほし|欲し|くれ(?:たら|ると|れば|ん|な|ませ)|ください|下さい|ちょうだい)'
const STAY_OUT74 = '(?:この|うちの|わが|我が)(?:町|まち|街|市|地域|地区|辺り|あたり)(?:に|には|へ|では)(?:は)?[、,]?(?:住まないで|住まんで|すまないで|暮らさないで|引っ越してこないで|引っ越して来ないで|越してこないで|移り住まないで|来ないで|来んで)(?:ほし|欲し|もら|いただ|くれ|ください|下さい)?'
const MOVED_GROUP74 = phrase(`外国|日本語(?:が|を)?(?:でき|話せ|わから|分から|しゃべれ|通じ)(?:ない|ん)|${NATION}|実習生|留学生|移民|難民|障(?:害|がい|碍)|車(?:椅子|いす)|高齢|お年寄り|年寄り|老人|生活保護|ひとり親|一人親|母子家庭|父子家庭|シングルマザー|同性|lgbt|性的少数|トランス|ホームレス|路上生活|精神|認知症|部落|同和|在日|アイヌ|hiv|エイズ`, 'u')
const MOVED_VETO74 = phrase('浸水|洪水|土砂|災害|危険区域|被災|仮設|避難|(?<!被)差別|偏見|人権|ではありません|わけではな', 'u')
const PARTNER74 = '(?:旦那|だんな|ダンナ|夫|主人|ご主人|奥さん|奥様|奥さま|嫁|妻|彼氏|彼女|パートナー|恋人|ダーリン|ハニー|ご夫婦|夫婦)(?:さん|様|さま|ちゃん)?'
const CUDDLE74 = '(?:いちゃいちゃ|イチャイチャ|いちゃつ|イチャつ|しっぽり|ラブラブ|らぶらぶ|仲良し|なかよし)'
const R74_EARLY: Phrase[] = [
  {
    rule: 'decency/discriminatory',
    re: phrase(`${FOREIGN_OWNER74}(?:の(?:業者|会社|企業|資本|人たち|方々))?(?:${OWNS74})[^。！？!?\\n]{0,8}?${BUSINESS74}(?:${USED74})[、,]?[^。！？!?\\n]{0,24}?${CAUTION74}`),
    instead: '経営者の国籍で店や事業者を区別せず、食中毒予防など、どの店にも当てはまる注意を書いてください（例：「夏場は食中毒が増えます。お弁当は早めに食べ切りましょう」）',
    keep: (fo, s) => !OWNED_VETO74.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`${ELSEWHERE74}|${STAY_OUT74}`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => {
      const sen = fo.slice(s.start, s.end)
      if (/^(?:よう|場合|際|方(?:を|は|も|が|に)|人(?:を|は|が))/u.test(fo.slice(b, b + 4))) return false
      return (MOVED_GROUP74.test(fo.slice(s.start, a)) || MOVED_GROUP74.test(previousSentence63(fo, s))) && !MOVED_VETO74.test(sen)
    },
  },
  {
    rule: 'decency/sexual',
    re: phrase(`${NIGHT53}${PARTNER74}(?:と|とも|で)[、,]?(?:一緒に|いっしょに|二人で|ふたりで)?[、,]?(?:${QUOTED_ACT53}|${PLAIN_ACT53}|${CUDDLE74})`),
    need: ['夜', '晩', 'こんや', '今宵'],
    instead: INSTEAD.sexual,
    keep: (fo, s, a, b) => {
      const sen = fo.slice(s.start, s.end)
      const after = fo.slice(b, Math.min(fo.length, b + 24))
      const quoted = /[「『“"〝]/u.test(fo.slice(a, b))
      return STAMINA53.test(fo.slice(Math.max(0, a - 80), a)) && (quoted || /[😏😘💋🍆🫦😉]|意味深|ふふ|へへ/u.test(after)) && !CHEER53.test(sen)
    },
  },
]
const SIZE74 = '(?:長さ|太さ|大きさ|サイズ|硬さ|かたさ|でかさ|太い|長い|大きい)'
const SIZE_VS74 = `${SIZE74}(?:(?:と|や|・|とか)${SIZE74})?(?:より(?:も)?|じゃなく(?:て)?|ではなく(?:て)?|じゃない|じゃなか|よか|だけじゃ(?:ない|なく)|が全てじゃ(?:ない|なか))[、,]?[^。！？!?\\n]{0,8}?(?:テクニック|テク|技術|技|腕|使い方|扱い方|持久力|持続力|回数)(?:が|こそ|で|は)?[、,]?(?:大事|大切|肝心|重要|命|勝負|ものを言う|物を言う|モノを言う|決め手)`
const LEER74 = phrase('[😏💋🍆🫦🤭]|意味深|うふふ|むふふ|ぐふふ|ぐへへ', 'u')
const SKINNY74 = '(?:ひょろひょろ|ひょろっと|ひょろがり|ひょろい|ひょろか|がりがり|もやし(?:っ子|っこ|みたい)|ぽっちゃり|ぷよぷよ|ぶよぶよ|だるだる|たぷたぷ|ぽっこり|ビール腹|メタボ(?:腹|体型)|貧弱|へなちょこ|なよなよ)'
const ATTRACTIVE74 = '(?:(?<![おぉ])もて(?!な)|マッチョ|ムキムキ|むきむき|バキバキ|イケメン|男前|いい男|イイ男|いい女|ナイスバディ|男らしい体|たくましい体)'
const BODY_TEASED74 = `${SKINNY74}(?:な|の|で|した|やけど)?[^。！？!?\\n]{0,12}?(?:でも|も|だって)[、,]?[^。！？!?\\n]{0,20}?${ATTRACTIVE74}`
const HEALTH74 = phrase('健康|予防|生活習慣|健診|検診|病気|医師|保健', 'u')
const OTHER_SEX74 = '(?:女の子|女子|女性|女の人|女ん人|おなご|ギャル|お姉さん|若い娘|娘さん|男の子|男子|男性|男の人|お兄さん)(?:たち|達|ら|の皆さん)?'
const ADMIRED74 = `${OTHER_SEX74}(?:に|から)[、,]?(?:(?:キャーキャー|きゃーきゃー|ちやほや|チヤホヤ|黄色い声(?:援)?(?:を)?)(?:言われ|いわれ|され|浴び|もらい|もらえ)?(?:たい|る(?:よう|ぞ|よ|かも|けん|体|男|人))|(?<![おぉ])もて(?!な)(?:たい|る(?:よう|ぞ|よ|かも|けん|体|男|人)|もて|まくり))`
const RECRUIT74 = phrase('募集|入団|入会|入部|団員|部員|隊員|待っ|おいで|集まれ|来んしゃい|来てね|来てください|応募|仲間', 'u')
const OLD_JOKE74 = `${OLD66}[^。！？!?\\n]{0,30}?(?:同じ(?:話|こと|質問|説明)(?:を|ば)?[^。！？!?\\n]{0,6}?(?:[0-9０-９一二三四五六七八九十何数]+(?:回|度|遍|べん)|繰り返|くり返|くりかえ|延々|えんえん|エンドレス)|耳(?:が|も|は)?(?:遠|とお)(?:い|か|くて|すぎ)|(?:なかなか|全然|ぜんぜん)?(?:聞こえ|きこえ)(?:ない|とらん|てない|ん)|(?:何回|何度|なんべん|何べん|何遍|いくら|なんぼ)[^。！？!?\\n]{0,4}?(?:言って|いって|言うて|説明して|話して|伝えて)も[、,]?[^。！？!?\\n]{0,4}?(?:話|言葉)?(?:が|も|は)?(?:通じ|伝わら|わから|分から)(?:ない|ん|なか|へん|ねえ))`
/**
 * Round 86 (R86A-098): a hearing aid vetoes the joke only as care (補聴器をお使いの方には, 補聴器の貸し出し), not as the setup of the joke
 * (補聴器を家に忘れてきとるけん、防災無線も聞こえんし…😂).
 */
const OLD_CARE74 = phrase('傾聴|耳を傾け|丁寧に|寄り添|ゆっくり|補聴器(?!(?:を|ば|も|は)?[、,]?(?:家に|うちに|部屋に)?(?:忘れ|わすれ|置いて|つけ(?:と|て)らん|つけてな|付けてな|付けとらん|外し|はずし))|筆談|難聴|否定せず', 'u')
const R74: Phrase[] = [
  {
    rule: 'decency/sexual',
    re: phrase(SIZE_VS74),
    instead: INSTEAD.sexual,
    severity: 'warn',
    keep: (fo, s, _a, b) => LEER74.test(fo.slice(s.start, Math.min(fo.length, Math.max(s.end, b + 30)))),
  },
  {
    rule: 'decency/lookism',
    re: phrase(BODY_TEASED74),
    instead: INSTEAD.lookism,
    severity: 'warn',
    keep: (fo, s) => !HEALTH74.test(fo.slice(s.start, s.end)) && !AGAINST50.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/stereotype',
    re: phrase(ADMIRED74),
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => RECRUIT74.test(fo) && !AGAINST50.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(OLD_JOKE74),
    instead: '高齢の方の話しぶりや耳の聞こえを笑いの種にせず、窓口の様子そのものを紹介してください（例：「年金の窓口は混み合っています。時間に余裕をもってお越しください」）',
    severity: 'warn',
    keep: (fo, s, a, b) => {
      const sen = fo.slice(s.start, s.end)
      return phrase(LAUGH_MARK, 'u').test(fo.slice(a, Math.min(fo.length, Math.max(s.end, b + 40)))) && !AGAINST50.test(sen) && !OLD_CARE74.test(sen)
    },
  },
]
/**
 * Round 76 (blind R76A/R77A).
 * Block kind (R76_EARLY): a person, or their address, home or origin, tied to a district called 部落 or 同和地区 and judged by it
 * (情報公開請求をしてきた人の住所を見たら、昔から部落と言われとる地区やったけん、まあそういうことかと課内で話しとりました, 同和地区の人やったけん、
 * やっぱりなと思いました, 道理で態度が悪いと思ったら、あの人は部落出身らしい): the district made the explanation of the person. The tie is the
 * person's address, home, register or birth put on the district (住所が…, 実家が…, …出身, …の人) and the judgement a knowing conclusion
 * (そういうこと, やっぱり, 道理で, なるほど, 納得, 案の定, さもありなん) after it, or the district found as the answer to a 道理で…と思ったら.
 * Not the district named without a person (同和地区の住環境改善事業…納得), not the practice named to be opposed (差別, 人権, 偏見), not an
 * inquiry refused (…にあたるかどうかはお答えできない).
 * Warn kinds (R76, after the groups):
 * - An old person's frail body made a joke (手書きの用紙がほとんどﾄｼﾖﾘの字で震えとって、読むのにひと苦労やった😂): the old named (年寄り in any
 *   script, half-width katakana too: NFKC and the kana fold read ﾄｼﾖﾘ as としより) with shaky writing, hands or voice, a tottering gait, and a
 *   laugh; not help offered (代筆, 大きな字, 介助), not the frailty denied (震えない), not exercise or prevention.
 * - Elderly drivers (もみじマーク, 高齢者マーク, 高齢ドライバー, 年寄りの運転) made fun of by a clumsy or slow driving presumed of them
 *   (もみじマークの車はだいたい3回切り返すけん、後ろの人は気長に待ってあげてね😂), with a laugh; not the mark's protection told (幅寄せ,
 *   割り込み, 思いやり), not a course or praise (講習, 一発で, 上手).
 */
const BURAKU76 = '(?:被差別|旧)?部落(?!差別|解放|問題|史|会館)|(?<![あゆ])ぶらく(?=だ|で|の|は|が|に|と|や|出身|民|地区|みたい|っぽ|なん|[、。！？!?\\s]|$)|(?:旧)?同和(?:地区|地域|の(?:地区|地域))'
const TIE_BEFORE76 = '(?:住所|実家|本籍(?:地)?|出身(?:地)?|生まれ|住まい|自宅|家)(?:が|は|を|も|の|って)?[^。！？!?\\n]{0,16}?'
const TIE_AFTER76 = '(?:出身|生まれ|育ち|在住|の(?:人|方|者|家|もん|子|出)|ん(?:人|もん|家)|(?:に|で)(?:住ん|すん|暮ら|生まれ|育っ))'
const TIED76 = `(?:${TIE_BEFORE76}(?:${BURAKU76})|(?:${BURAKU76})(?:の)?${TIE_AFTER76})`
const JUDGE76 = '(?:そういうこと|そげなこと|そういう(?:人|方|家)|道理で|どうりで|どおりで|(?:やっぱり|やっぱ|やはり)(?:な|ね|か|と|って|そう|の|[、,。！!]|$)|なるほど|納得(?!して(?:いただ|頂|もら|くだ)|いただ|頂|を得)|案の定|さもありなん|だからか|だからあんな|お察し|察しが|そりゃ(?:あ)?(?:そう|ね))'
/** … and found or given as the reason (…やったけん, だそうで, だと分かって, の辺りで、): the district explains the person. */
const LINK76 = '(?:(?:だ|や|じゃ|です|でし|だっ|やっ|じゃっ)(?:た)?(?:けん|けえ|から|ので|し[、,]|そうで|そうな|って|と)|らし(?:い|く|か)|と(?:分か|わか|知っ|聞い|判明)|って(?:分か|わか|知っ|聞い)|で[、,]|なので|ですので|とのこと)'
const JUDGE_BEFORE76 = '(?:道理で|どうりで|どおりで|やっぱり|やはり|案の定)[^。！？!?\\n]{0,30}?(?:と思(?:った|う|っとった|いよった|ってた|っていた)ら|はず|わけ)[、,]?[^。！？!?\\n]{0,20}?'
const JUDGED_VETO76 = phrase('(?<!被)差別|人権|偏見|啓発|研修|講座|学習|問い合わせ|お答え|回答|答えられ|ではありません|わけではな|いけません|やめましょう', 'u')
const R76_EARLY: Phrase[] = [
  {
    rule: 'decency/discriminatory',
    re: phrase(`${TIED76}[^。！？!?\\n]{0,24}?${LINK76}[^。！？!?\\n]{0,16}?${JUDGE76}|${JUDGE_BEFORE76}${TIED76}`),
    need: ['部落', 'ぶらく', '同和'],
    instead: '住所や出身地で人を判断する話をせず、請求や相談の内容そのものを書いてください（例：「情報公開請求をいただき、開示の準備を進めています」）',
    keep: (fo, s) => !JUDGED_VETO76.test(fo.slice(s.start, s.end)),
  },
]
const OLD76 = `(?:${OLD66}|としより|じじい|ばばあ|高齢の(?:方|人)|ご高齢の方)`
const FRAIL_PART76 = '(?:字|文字|筆跡|手|指|手元|声|足|足取り|足元|歩き方|腰)(?:が|も|は|で|まで)?[^。！？!?\\n]{0,6}?'
const FRAIL_SIGN76 = '(?:震え(?!な|ず|ませ|ん)|ふるえ(?!な|ず|ませ|ん)|ぷるぷる|ぶるぶる|わなわな|がたがた|よぼよぼ|よろよろ|よたよた|よちよち|のろのろ|みみず|暗号|解読|読め(?:ない|ん|なか))'
const FRAIL76 = `(?:${FRAIL_PART76}${FRAIL_SIGN76}|(?:震え|ふるえ)(?:る|た|とる|よる)(?:字|文字|手|声)|(?:よぼよぼ|よろよろ|よたよた|ぷるぷる|ぶるぶる)(?:の|で|して|しとる|しよる|と))`
const FRAIL_CARE76 = phrase('代筆|代読|大きな(?:字|文字)|拡大|介助|お手伝い|手伝|サポート|支援|予防|体操|リハビリ|健康|傾聴|寄り添|丁寧に|ゆっくりで|お気をつけ|気をつけて', 'u')
const ELDER_DRIVER76 = '(?:(?:もみじ|紅葉|枯れ葉|枯葉|かれは|落ち葉|落葉|四つ葉|よつば|高齢者|高齢運転者|シルバー)まーく(?:の|を(?:付|つ)けた|付きの|つきの|貼った)?(?:車|くるま|軽トラ|軽|ドライバー|運転手|人|方)?|高齢(?:の)?(?:ドライバー|運転者|運転手)|(?:じいちゃん|ばあちゃん|じいさん|ばあさん|お年寄り|年寄り|としより|老人|じじい|ばばあ)(?:の|が)(?:運転|車|軽トラ))'
const CLUMSY76 = '(?:切り返(?:し|す|さ|そ)|のろのろ|とろとろ|もたもた|よたよた|ふらふら|蛇行|逆走|ぶつけ|こすっ|擦っ|止まら(?:ない|ん)|急ブレーキ|ブレーキ(?:が|も)?(?:遅|踏め)|ウインカー|車庫入れ|駐車(?:に|が|で)?[^。！？!?\\n]{0,4}?(?:時間|苦労|下手|苦手)|気長に|根気|忍耐|下手|へた(?!り)|危なっかし|時速[0-9０-９]+|[0-9０-９]+(?:キロ|km)(?:で|しか))'
const DRIVER_VETO76 = phrase('幅寄せ|割り込み|思いやり|ゆとり|義務|違反|講習|教室|一発で|上手|うまく|見事|完璧', 'u')
const R76: Phrase[] = [
  {
    rule: 'decency/discriminatory',
    re: phrase(`${OLD76}[^。！？!?\\n]{0,20}?${FRAIL76}|${FRAIL76}[^。！？!?\\n]{0,20}?${OLD76}`),
    instead: '高齢の方の字や手の震え、足取りを笑いの種にせず、届いた声や手続きの様子そのものを紹介してください（例：「手書きのご意見もすべて拝読しました」）',
    severity: 'warn',
    keep: (fo, s, a, b) => {
      const sen = fo.slice(s.start, s.end)
      return phrase(LAUGH_MARK, 'u').test(fo.slice(a, Math.min(fo.length, Math.max(s.end, b + 40)))) && !AGAINST50.test(sen) && !FRAIL_CARE76.test(sen)
    },
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`${ELDER_DRIVER76}[^。！？!?\\n]{0,40}?${CLUMSY76}`),
    instead: '高齢の運転者を笑いの種にせず、駐車場の混雑や譲り合いのお願いそのものを書いてください（例：「駐車場は混み合います。譲り合ってご利用ください」）',
    severity: 'warn',
    keep: (fo, s, a, b) => {
      const sen = fo.slice(s.start, s.end)
      return phrase(LAUGH_MARK, 'u').test(fo.slice(a, Math.min(fo.length, Math.max(s.end, b + 40)))) && !AGAINST50.test(sen) && !DRIVER_VETO76.test(sen)
    },
  },
]
/**
 * Round 78 (blind R78A/R79A): kinds the blind drafts found missed.
 * - A district hinted at by a vague past (昔いろいろあった土地, いわくつきの地区) and the people who ask steered away from it
 *   (別の地区をおすすめ, 候補から外して): block; not a flood, a ground survey or a mine, not a district praised as it is now.
 * - Women (or men) of an age told in a matchmaking call that they have no time left (アラフォー女子の皆さん、もう後がない): warn.
 * - An event's night left to the imagination between adults (夜の部は…大人同士ですから、あとはご想像にお任せ♡): warn.
 * - Women on staff offered as hostesses to please (若い女性職員もお酌に回りますので、男性の皆さんはお楽しみに): warn.
 * - Women's dress said to trouble the men's eyes (女性職員の服装が涼しげになって、男性陣は目のやり場に困る): warn.
 * - A disabled (or old, or foreign) group sent to a separate session, the reason a burden on the others, the next sentence
 *   too (…は別メニューにしました。一緒に受けると進行が遅れて、ほかの職員の足手まといになるためです): block.
 * - Older staff laughed at as unable to keep up or for their age's signs (50代のおじさん職員たちは案の定ついてこれず、老眼鏡…😂): warn.
 * - Businesses that employ foreigners to be avoided (外国人ばかり雇っている業者は避けたい): block.
 */
// Blind R173I-046 (W18): the hint may be a demonstrative that points at nothing said (あの地区は昔から、そういう土地柄だから, ああいう
// ところですから): the district's character left unsaid.
const PAST78 = '(?:(?:昔|むかし|以前|かつて|過去に|古くから|昔から)(?:は|に|から)?[、,]?[^。！？!?\\n]{0,4}?(?:いろいろ|色々|何かと|なにかと|あれこれ|いわく|曰く|事情|わけ|訳)(?:が|の)?(?:あった|ある|あり|あっ|のある|つき|付き)|いわく(?:つき|付き)の|(?:訳|わけ)あり(?:の)?|(?:そういう|ああいう|ああいった|そういった|ああした|そうした|あんな|そんな)(?:土地柄|土地|ところ|とこ|場所|地区|地域|集落)(?:だ|です|や|じゃ|なの|なん)?(?:から|けん|ので|で|し|[」』”]))'
const SPOT78 = '(?:地区|地域|土地|集落|町内|団地|辺り|あたり|界隈|場所|ところ|所|とこ|エリア)'
const HINTED_PLACE78 = `(?:${SPOT78}(?:は|って|も|ちゃ)?[、,]?[^。！？!?\\n]{0,8}?${PAST78}|${PAST78}[^。！？!?\\n]{0,6}?${SPOT78})`
const STEER78 = '(?:(?:別の|ほかの|他の|違う|よその)(?:地区|地域|場所|物件|土地|ところ|所|とこ|エリア|空き家)(?:を|ば|に|の(?:物件|空き家)を)?[^。！？!?\\n]{0,8}?(?:おすすめ|お勧め|お薦め|勧め|すすめ|紹介|ご案内|案内|誘導)|(?:避け|やめ|外し|はずし|控え)(?:た(?:ほう|方)が|るよう|ていただ|てもら|て(?:ください|おく|ご案内|案内|紹介))|(?:おすすめ|お勧め|ご紹介|紹介|ご案内)(?:は)?(?:して|いたして)?(?:いません|おりません|いない|しない|しません)|候補から(?:外|はず))'
const STEER_VETO78 = phrase('浸水|水害|災害|地盤|液状化|洪水|土砂|ハザード|炭鉱|鉱山|埋め立て|工場跡|雪|坂|交通|不便|買い物|騒音|獣|イノシシ|猿|日当たり|湿気|虫|学区|通勤|通学|静か|にぎやか|賑やか|盛ん|人気|魅力|伝統|祭り|人情|温か|あたたか|にぎわ|賑わ|(?<!被)差別|人権|偏見|決めつけ|ではありません|わけではな', 'u')
const AGE_SEX78 = '(?:アラサー|アラフォー|アラフィフ|三十路|みそじ|四十路|よそじ|(?:[3-5３-５]0|三十|四十|五十)(?:代(?:前半|後半|半ば)?|歳|才|過ぎ|すぎ|超え)(?:の)?|(?:婚期|適齢期)を(?:過ぎた|逃した))(?:独身)?(?:の)?(?:女子|女性|女の人|お嬢さん|ガール|男子|男性|男の人|独身(?:女性|男性)?)(?:の(?:皆さん|皆様|みなさん|方))?'
const NO_TIME78 = '(?:もう)?後が(?:ない|なか|ありません)|崖っぷち|がけっぷち|ラストチャンス|最後のチャンス|売れ残|賞味期限|焦(?:った|らな|らんと|りましょう|って)|待ったなし|手遅れ|タイムリミット|もう若くな'
const NIGHT78 = '(?:夜の部|夜の(?:お)?楽しみ|夜(?:は|も|こそ)|今夜|今宵|一晩|お泊まり|お部屋(?:で|は))'
const ADULT78 = '(?:大人(?:同士|どうし|の(?:時間|関係|世界|事情|夜|お付き合い|付き合い|男女))|男女(?:の仲|の関係))'
const LEFT78 = '(?:(?:ご)?想像に(?:お)?(?:任せ|まかせ)|察して|お察し|言わぬが花|言うだけ野暮|聞くだけ野暮|野暮|ご自由に|お任せ)'
const HOSTESS_WOMEN78 = `(?:${YOUNG_WOMEN52}|(?<![一-龥])(?:女性|女子)(?:職員|スタッフ|社員|陣)|(?:新人の)?女の子(?:たち|達)?)`
const HOSTESS78 = '(?:お酌|酌(?:を|して|に)|接待|お相手|隣に(?:座|付|つ)|横に(?:座|付|つ)|ホステス|コンパニオン(?:役|として))'
const PLEASED78 = '(?:お楽しみ|楽しみに|たのしみに|期待して|ご期待|お待ちかね|お見逃しなく|鼻の下|大喜び|喜ぶ|喜んで|[♡💕😏😍😆])'
const HOST_VETO78 = phrase('強要|強制|させない|しません|いたしません|ではありません|ハラスメント|セクハラ|(?<!被)差別', 'u')
const DRESS78 = '(?:服装|格好|かっこう|薄着|露出|肌|胸元|脚|足|夏服|制服|浴衣|水着|ノースリーブ|スカート|ミニスカ|キャミ|タンクトップ|装い|クールビズ)'
const EYES78 = '(?:目のやり場|目の毒|目の保養|眼福|目が離せ|釘付け|くぎ付け|くぎづけ|ドキドキ|どきどき|ムラムラ|むらむら|鼻の下)'
const DRESS_WOMEN78 = phrase('(?<![一-龥])(?:女性|女子)|女の子|女の人|お姉さん|ママ|奥さん|奥様|嬢', 'u')
const DRESS_VETO78 = phrase('ご遠慮|お控え|控えて|ドレスコード|服装規定|盗撮|痴漢|ハラスメント|セクハラ|(?<!被)差別|禁止', 'u')
const BURDENED78 = `(?:${R21_GROUP}|障(?:害|がい|碍)(?:の)?(?:ある|お持ちの)(?:職員|社員|生徒|児童|子|子ども|お子さん|参加者|メンバー|受講者|利用者)|高齢の(?:参加者|職員|受講者|方)|外国(?:人|籍)(?:の)?(?:職員|社員|参加者|受講者|実習生))`
const APART78 = '(?:別(?:の)?(?:メニュー|日程|日|会場|室|部屋|枠|コース|講座|クラス|研修|プログラム|時間|グループ|班|回|ルート)|別々|(?:分け|わけ)(?:て|ました|ます|る|た)|外し|はずし|対象外)'
const BURDEN78 = '(?:足手まとい|足手纏い|お荷物|足(?:を|ば)引っ張|(?:ほかの|他の|周りの|周囲の|みんなの|皆の)[^。！？!?\\n]{0,8}?(?:迷惑|邪魔|負担)|進行(?:が|を)?(?:遅れ|遅く|妨げ|滞)|ペースが(?:落ち|乱れ|遅))'
const OWN_PACE78 = phrase('しやす|やすいよう|合わせ|ペースで|希望|選べ|選択|ご本人|合理的配慮|サポート|支援|段差|バリアフリー', 'u')
const AGED_STAFF78 = `(?:(?:[4-7４-７]0|四十|五十|六十)代(?:の)?(?:おじさん|おばさん|おじさま|おばさま|おじちゃん|おばちゃん|職員|社員|男性|女性|ベテラン|上司|管理職|方)(?:職員|社員|たち|達|陣|の皆さん)?|(?:おじさん|おばさん|おじちゃん|おばちゃん)(?:職員|社員|たち|達|陣)|年配(?:の)?(?:職員|社員|方|人)(?:たち|達)?|ベテラン(?:職員|勢|陣|の皆さん)|高齢(?:の)?(?:職員|社員)|アラフィフ(?:の)?(?:職員|おじさん|おばさん|たち)?|シニア(?:職員|世代))`
const LOST78 = '(?:ついて(?:こ|来)(?:れ|られ)(?:ず|ない|ん|なか)|ついて(?:いけ|行け)(?:ず|ない|ん|なか|ませ)|置いてけぼり|ちんぷんかんぷん|チンプンカンプン|お手上げ|老眼|目が点|悪戦苦闘|四苦八苦)'
const LOST_VETO78 = phrase('丁寧|フォロー|個別|教え合|寄り添|ゆっくり|予防|講座|医師|健康|貸し出し|貸出|(?<!被)差別|偏見', 'u')
const FOREIGN_HIRED78 = `(?:外国(?:人|籍)(?:の(?:方|人))?|外国の(?:方|人)|(?:技能)?実習生|留学生|移民|難民|(?:${NATION})(?:人|系|籍)(?:の(?:方|人))?)`
const HIRES78 = '(?:ばかり|ばっかり|ばっか|を多く|が多く|の多い|を|が|の)?[^。！？!?\\n]{0,4}?(?:雇(?:って|用して|っと|いよ)|使って|働(?:いて|かせて)|抱えて)(?:いる|る|おる|いらっしゃる)?'
const FIRM78 = '(?:業者|会社|事業者|企業|店|お店|工場|事業所|ところ|所|とこ)'
const SHUN78 = '(?:避け|敬遠|外し|はずし|外そう|選ば(?:ない|ず|ん)|頼ま(?:ない|ず|ん)|ご遠慮|遠慮|お断り|断(?:る|っ|り)|除外|やめ(?:た|て)(?:ほう|方)|使わ(?:ない|ず|ん)|(?:お)?願いし(?:ない|ません))'
const SHUN_VETO78 = phrase('向け|多言語|研修|支援|相談|制度|補助|手続き|在留|(?<!被)差別|偏見|人権|ではありません|わけではな', 'u')
const R78: Phrase[] = [
  {
    rule: 'decency/discriminatory',
    re: phrase(`${HINTED_PLACE78}[^。！？!?\\n]{0,40}?${STEER78}|${STEER78}[^。！？!?\\n]{0,20}?${HINTED_PLACE78}`),
    instead: '地区の過去をほのめかして住まいの選択を誘導せず、物件や支援制度の情報そのものを案内してください（例：「ご希望の条件に合う物件を、地区を問わずご紹介しています」）',
    keep: (fo, s) => !STEER_VETO78.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/stereotype',
    re: phrase(`${AGE_SEX78}[、,]?[^。！？!?\\n]{0,16}?(?:${NO_TIME78})`),
    instead: '年齢や性別で参加者をからかわず、催しの内容や申込方法そのものを書いてください（例：「独身の方ならどなたでもご参加いただけます」）',
    severity: 'warn',
    // A deadline named (申込は今月中に, 締切) makes the last chance the form's, not the age's.
    keep: (fo, s) => !/検診|健診|受診|申請|給付|手続き|申込|申し込|締切|締め切|受付|今月中|までに/u.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/sexual',
    re: phrase(`${NIGHT78}[^。！？!?\\n]{0,20}?${ADULT78}[^。！？!?\\n]{0,24}?${LEFT78}|${ADULT78}[^。！？!?\\n]{0,16}?${NIGHT78}[^。！？!?\\n]{0,24}?${LEFT78}`),
    instead: INSTEAD.sexual,
    severity: 'warn',
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`${HOSTESS_WOMEN78}(?:も|が|は|に)?[^。！？!?\\n]{0,12}?${HOSTESS78}[^。！？!?\\n]{0,30}?${PLEASED78}`),
    instead: '職員を性別や若さで接待役として紹介せず、催しの内容や会費そのものを書いてください（例：「直会では地域の皆さんと懇談します。会費は2,000円です」）',
    severity: 'warn',
    keep: (fo, s) => !HOST_VETO78.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/sexual',
    re: phrase(`${DRESS78}[^。！？!?\\n]{0,24}?${EYES78}`),
    instead: INSTEAD.sexual,
    severity: 'warn',
    keep: (fo, s) => {
      const sen = fo.slice(s.start, s.end)
      return DRESS_WOMEN78.test(sen) && !DRESS_VETO78.test(sen)
    },
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`${BURDENED78}[^。！？!?\\n]{0,20}?${APART78}[^\\n]{0,50}?${BURDEN78}|${BURDEN78}[^。！？!?\\n]{0,30}?${BURDENED78}[^。！？!?\\n]{0,20}?${APART78}`),
    instead: '障がいや年齢を理由に参加者を分けて「迷惑」「足手まとい」と言わず、用意した配慮や選べる内容を書いてください（例：「ご希望に応じて、個別のペースで受講できるコースも用意しました」）',
    keep: (fo, _s, a, b) => !OWN_PACE78.test(fo.slice(a, b)) && !AGAINST50.test(fo.slice(a, b)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`${AGED_STAFF78}[^。！？!?\\n]{0,24}?${LOST78}`),
    instead: '年齢で職員を笑いの種にせず、研修の内容や成果そのものを紹介してください（例：「全員が新しいシステムの操作を習得しました」）',
    severity: 'warn',
    keep: (fo, s, a, b) => {
      const sen = fo.slice(s.start, s.end)
      return (phrase(LAUGH_MARK, 'u').test(sen) || /案の定|予想(?:通り|どおり)|お約束|さすがに|やっぱり|やはり/u.test(fo.slice(a, b))) && !LOST_VETO78.test(sen)
    },
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`${FOREIGN_HIRED78}${HIRES78}${FIRM78}[^。！？!?\\n]{0,16}?${SHUN78}`),
    instead: '雇っている人の国籍で事業者を選り分けず、選定の基準（価格・実績・管理体制）そのものを書いてください（例：「委託先は価格と実績、備品の管理体制を審査して選定します」）',
    keep: (fo, s) => !SHUN_VETO78.test(fo.slice(s.start, s.end)),
  },
]
/**
 * Round 80 (blind R80A/R81A): kinds the blind drafts found missed.
 * - A people likened to an invasive species or a pest (外国人労働者ってゴキブリみたいなもんで; the pest told first and the group
 *   then said to be 同じようなもの: 外来生物は…居場所を奪います。…外国人の住人も同じようなもので): block; not 同じように (a
 *   request made to them too), not the group taking part in a removal.
 * - Middle-aged or old men (or women) tagged by body odour as the joke or the yardstick (満員電車の加齢臭のおじさんよりはマシ, 課長の
 *   加齢臭がすごくて): warn; not an odour-care class or product.
 * - A household task's outcome said to rest on housewives or mothers (食品ロスを減らせるかどうかは…台所に立つ主婦の皆さんの腕に
 *   かかっています, 家計のやりくりは奥さんの腕次第): warn; not 一人ひとりの工夫, not 家族みんなの協力.
 * - 夜のおかず (a sexual double reading) said with a leer (夜のおかずにもぴったりだよ😏, …（意味深）): warn; not 今夜のおかず,
 *   昨夜のおかず, not a dinner dish offered plainly.
 * - Old drivers as a group told to hand back their licences at once (見とらん年寄りドライバーには意味なかけん。さっさと免許返納して
 *   ほしか〜, はよ免許ば返さんね): block; the old may be named a sentence before; not 早めに…ご検討ください, not a family's
 *   wish relayed (…と悩む方のご相談).
 * (The body of staff savoured by たまらん/ドキドキ/そそる joins round 48's SAVOUR48; a sex presumed bad at a skill named as the
 * ones an offer especially helps, R71.)
 */
const PEOPLE80 = `(?:外国(?:人|籍)(?:の)?(?:住民|住人|労働者|観光客|実習生|方|人)?|外国の(?:方|人)|(?:技能)?実習生|留学生|移民|難民|(?:${NATION})(?:人|系)(?:の)?(?:住民|住人|労働者|観光客|方|人)?)(?:たち|達|ら|の皆さん)?`
const PEST80 = '(?:外来(?:生物|種|魚|植物)|害虫|害獣|雑草|ゴキブリ|ごきぶり|ネズミ|ドブネズミ|シロアリ|ダニ|寄生虫|バイ菌|ばい菌|病原菌|イナゴ|ブラックバス|ザリガニ|アカミミガメ|ジャンボタニシ|セイタカアワダチソウ)'
const LIKE80 = '(?:同じ(?:よう)?な(?:もの|もん)|似たような(?:もの|もん)|同じ(?:こと|です|だ|や|じゃ)|一緒(?:です|だ|や|じゃ)|同類|同然|みたいな(?:もの|もん)|のような(?:もの|もん))'
const PEST_VETO80 = phrase('(?<!被)差別|偏見|人権|(?:では|じゃ)(?:ない|ありません)|わけではな|駆除|防除|捕獲|放流|持ち込み', 'u')
const ODOR80 = '(?:加齢臭|体臭|おやじ臭|オヤジ臭|親父臭|じじい臭|ジジイ臭|ワキガ|わきが|汗臭|汗くさ|口臭)'
const MAN80 = '(?:おじさん|おっさん|おじさま|おやじ|オヤジ|親父|おっちゃん|おじちゃん|じいさん|じじい|ジジイ|おばさん|おばちゃん|中年|課長|部長|係長|上司|先輩|男性陣)(?:たち|達|ら|連中|陣)?'
const ODOR_VETO80 = phrase('対策|ケア|予防|原因|講座|セミナー|相談|気になる|悩み|消臭|防臭|グッズ|商品|石けん|せっけん|検診|健診|医師', 'u')
const HOME80 = '(?:台所|キッチン|家事|料理|炊事|献立|食卓|家計|掃除|洗濯|お弁当|弁当|冷蔵庫|食品ロス|家庭の味|ご飯|ごはん|食事)'
const WIFE80 = '(?:主婦|奥さん|奥様|奥さま|お母さん|お母様|母親|ママ|お嫁さん|嫁さん|妻|家内|女房|(?<![一-龥])女性|女の人)(?:たち|達|方|陣|の皆さん|の皆様|の皆さま|のみなさん|のみなさま|の方々)?'
const RESTS80 = '(?:の)(?:腕|手|肩|双肩|頑張り|がんばり|努力|工夫|知恵|力)(?:に|で|が)?[^。！？!?\\n]{0,2}?(?:かか|懸か|掛か|次第|しだい|頼り|見せどころ|見せ所)'
const HOME_VETO80 = phrase('(?<!被)差別|偏見|固定観念|役割分担|男女(?:問わず|を問わず|共同)|性別(?:に)?(?:関係なく|を問わず)|男性も|男の人も|お父さんも|パパも|家族(?:みんな|全員|皆)', 'u')
const LEER80 = '(?:😏|🤤|🥵|💋|意味深|いみしん|ぐへへ|ぐふふ|げへへ|むふふ|ムフフ|うふふ|ウフフ|ニヤニヤ|にやにや|ニヤリ|にやり|(?:ご)?想像に(?:お)?(?:任せ|まかせ)|変な意味|別の意味|深い意味)'
const RUSH80 = '(?:さっさと|とっとと|早く|はやく|はよう?|早よう?|いい加減|いいかげん|一刻も早く|今すぐ|すぐにでも)'
/**
 * Blind R204D-010 (dec11): the old told to hand back their licences gracefully or before a confusion presumed of them all (高齢ドライバーの
 * 皆さん、アクセルとブレーキの区別がつかなくなる前に、潔く免許を返してくださいね): a request, not a deed told (父は潔く免許を返して
 * くれました), not 早めに…ご検討ください.
 */
const GRACEFUL80 = '(?:潔く|いさぎよく|(?:区別|見分け)(?:が|も)?(?:つか|付か)(?:なくなる|なくならない)(?:うち|前)に)'
const LICENCE_GONE80 = `${GRACEFUL80}[、,]?[^。！？!?\\n]{0,6}?免許(?:を|ば|は)?(?:自主)?(?:返納|返上|返|手放)[^。！？!?\\n]{0,6}?(?:てくださ|て下さ|てほし|て欲し|てもらいた|べき|なさい|ましょう|んしゃい|んね)|${RUSH80}[、,]?[^。！？!?\\n]{0,6}?免許(?:を|ば|は)?(?:自主)?(?:返納|返上|返|手放|取り上げ)[^。！？!?\\n]{0,10}?(?:てほし|て欲し|てもらいた|てくれ|ろ(?=[。！!、〜~ー…]|$)|なさい|んしゃい|べき|たらいい|たらよか|ればいい|んね|んか)`
const ELDER_BEFORE80 = phrase(`${AGED}|高齢(?:の)?(?:ドライバー|運転者)|年寄り|じじい|ばばあ|老い(?:ぼれ|耄れ)|(?:[7-9７-９]0|七十|八十|九十)(?:代|歳|才|過ぎ)`, 'u')
const RELAYED_WISH80 = phrase('^[^。！？!?\\n]{0,4}?(?:と|って)(?:悩|思|願|心配|相談|言われ|いう|言う|お考え|考え)', 'u')
const R80: Phrase[] = [
  {
    rule: 'decency/discriminatory',
    re: phrase(`${PEOPLE80}(?:は|も|って|が)?[、,]?[^。！？!?\\n]{0,12}?${PEST80}(?:と|も)?(?:同じ|一緒|同然|同類|みたい|のよう|並み|そっくり|そのもの)|${PEST80}[^\\n]{0,100}?${PEOPLE80}(?:も|は|って)[、,]?[^。！？!?\\n]{0,6}?(?:と|も)?${LIKE80}`),
    instead: '人を外来生物や害虫になぞらえず、伝えたいルールそのものを書いてください（例：「ごみは決められた日に、分別して出してください」）',
    keep: (fo, _s, a, b) => !PEST_VETO80.test(fo.slice(Math.max(a, b - 24), b + 12)) && !/^(?:では|じゃ)(?:ない|ありません)/u.test(fo.slice(b, b + 8)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`${ODOR80}(?:が|の)?(?:する|きつい|キツい|ひどい|漂う|ただよう|すごい|い)?[^。！？!?\\n]{0,4}?${MAN80}|${MAN80}(?:の|が|って|は)?[^。！？!?\\n]{0,6}?${ODOR80}`),
    instead: '年齢や性別の人たちをにおいで笑いの種にせず、伝えたいことそのものを書いてください（例：「夏場の掘割のにおい対策に取り組んでいます」）',
    severity: 'warn',
    keep: (fo, s) => !ODOR_VETO80.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`${HOME80}[^。！？!?\\n]{0,24}?${WIFE80}${RESTS80}`),
    instead: '家事を女性の役割と決めつけず、誰もが取り組める内容として書いてください（例：「ご家庭での工夫で、食品ロスは減らせます」）',
    severity: 'warn',
    keep: (fo, s) => !HOME_VETO80.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/sexual',
    re: phrase(`(?<![今昨毎晩])夜のおかず[^。！？!?\\n]{0,16}?[？?！!]{0,2}[（(]?${LEER80}`),
    instead: INSTEAD.sexual,
    severity: 'warn',
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(LICENCE_GONE80),
    instead: '高齢の方をひとくくりにして免許の返納を迫らず、返納の支援制度や安全運転の呼びかけを書いてください（例：「運転に不安を感じたら、免許の自主返納支援制度をご利用ください」）',
    keep: (fo, s, a, b) => ELDER_BEFORE80.test(fo.slice(Math.max(0, a - 80), b)) && !RELAYED_WISH80.test(fo.slice(b, b + 12)) && !AWARENESS.test(fo.slice(s.start, s.end)),
  },
]
/**
 * Round 82 (blind R82A/R83A): kinds the blind drafts found missed.
 * - Parents or participants teased for their looks or grooming, with a laugh (最近の若いママさんはまつエクもネイルもばっちりで、健診より
 *   撮影会みたいでしたね〜😂, 金髪にピアスのヤンパパも…見た目とのギャップに…爆笑でした🤣): lookism warn; the parent typed by age or by a
 *   look (若い, ヤン, ギャル), or the look told first (金髪でタトゥーの入ったお父さんも); not a class on nails or make-up, not without a laugh.
 * - Children of a people (or of a kind of household) presumed not to have learnt manners, given as the reason to seat or serve them apart
 *   (外国籍のご家庭のお子さんは給食の時間のマナーが身についていないことが多いので、…別のテーブルで食べてもらっています): block; not an
 *   allergy, a faith's diet or help given at the same table.
 * - A couple cheered on at 夜の + a daytime word made a euphemism (夜の子育て支援もがんばってくださいね（笑）, 夜の運動会もほどほどに😏):
 *   sexual warn, when a couple is in the paragraph and a leer or a laugh in the sentence or the one before; not 夜の授乳, 夜の部, 夜間保育.
 * - Staff's bodies likened to an animal, the animal named first as the measure (イノシシ並みの体格の職員がそろっているので安心です😂💪,
 *   クマみたいな体つきの団員さん) or after the body (係長の体型がイノシシそっくりで😂): lookism warn, with a laugh; not an animal measured
 *   against an animal, not without a person.
 * - A body part's size in its colloquial, emphatic form (胸も尻もでっかくて, お尻がおっきい) joins SEXY: sexual block as before.
 * - Marriage with the people of a place advised against (あの干拓地の集落の出身者とは縁組みせん方がよかって…言いよんなった, 隣の地区の人とは
 *   結婚しない方がいい), even relayed as what elders said, unless the post condemns it: block; not a marriage told, not a wedding planned.
 */
const PARENT_TYPED82 = '(?:(?:最近の|今どきの|いまどきの|今時の)?(?:若い|若か|わかい|ギャル|ヤンキー|ヤン|派手な|はでな|茶髪の|金髪の)(?:ママ|パパ|お母さん|お父さん|母親|父親|ご夫婦|夫婦|保護者|親御さん)(?:さん)?(?:たち|達|ら|の皆さん)?|ギャル(?:ママ|パパ)|ヤン(?:ママ|パパ))'
const PARENT_BARE82 = '(?:ママ|パパ|お母さん|お父さん|母親|父親|ご夫婦|保護者|親御さん)(?:さん)?(?:たち|達|ら)?'
const GROOMED82 = '(?:まつエク|まつげエクステ|まつ毛エクステ|つけま|つけまつげ|カラコン|ネイル|メイク|化粧|厚化粧|すっぴん|スッピン|金髪|茶髪|ピアス|タトゥー|入れ墨|刺青|見た目|外見|ルックス|いかつ|イカつ|コワモテ|強面|ヒョウ柄|ひょう柄|ジャージ姿)'
const GROOM_VETO82 = phrase('サロン|講座|講師|セミナー|資格|ワークショップ|体験会|禁止|校則|控え|(?<!被)差別|偏見|ルッキズム|見た目で(?:判断|決めつけ)(?:し|せ)', 'u')
const KIDS82 = '(?:(?:外国(?:籍|人)?|(?:' + NATION + ')(?:籍|系|人|出身)?|外国にルーツ(?:を持つ|のある)|ひとり親|一人親|片親|母子|父子|生活保護)(?:の)?(?:ご家庭|家庭|ご家族|家族|世帯)?(?:の)?(?:お子さん|お子様|子ども|子供|子|児童|生徒|園児)(?:たち|達|ら)?)'
const UNSCHOOLED82 = '(?:マナー|作法|ルール|決まり|きまり|しつけ|躾|礼儀|行儀|箸の使い方|食べ方)(?:が|を|も|は)?[^。！？!?\\n]{0,6}?(?:身について(?:い)?(?:ない|ません|おらず|なく)|身につ(?:いてない|かない|いとらん|いちょらん)|悪(?:い|く|か)|わる(?:い|く)|なって(?:い)?(?:ない|ません)|なっとらん|(?:分|わ)かって(?:い)?(?:ない|ません)|(?:分|わ)かっとらん|守れ(?:ない|ません|ん)|守ら(?:ない|ず|ん)|でき(?:ない|ません|ていない|とらん))'
const APART82 = '(?:別(?:の)?(?:テーブル|机|つくえ|席|部屋|室|教室|場所|時間|グループ|班)|別室|別席|端の席|隅の席|ほかの子(?:ども)?(?:とは|と)(?:分け|離し)|他の子(?:ども)?(?:とは|と)(?:分け|離し)|分けて(?:食べ|座|配膳)|離して(?:食べ|座)|一緒に(?:食べ|座)(?:させ)?(?:ない|ず|ません|ん))'
const APART_VETO82 = phrase('アレルギー|宗教|信仰|ハラール|ハラル|戒律|食材|(?<!被)差別|偏見|人権|ことはありません|ことはしません|わけではありません', 'u')
const NIGHT82 = '夜の(?:ほう|方|生活|お勤め|おつとめ|運動会|部活|子育て(?:支援)?|子作り|子づくり|家族計画|仲良し|なかよし|スキンシップ|二人目(?:づくり|作り)|少子化対策)'
const CHEERED82 = '(?:も|は)?[、,]?(?:ぜひ|是非|しっかり|どんどん|たっぷり)?[^。！？!?\\n]{0,4}?(?:がんば|頑張|励ん|励み|励ま|はげ|ハッスル|はっする|お楽しみ|楽しん|張り切|はりき|ほどほど|お盛ん|おさかん)'
const COUPLE82 = phrase('夫婦|カップル|新婚|二人目|2人目|子作り|子づくり|子宝|パパママ|旦那|奥さん|お二人|おふたり|ふたりで|二人で', 'u')
const LEER_OR_LAUGH82 = phrase(`${LEER80}|${LAUGH_MARK}|[😉😘♡💕]`, 'u')
/** W15: a night run of a service (夜の川下り, 夜の便, 夜の部のツアー) named in the sentence of 夜の方, and the leer that holds even then. */
const NIGHT_SERVICE_W15 = phrase('川下り|舟|船|便(?!利)|運航|ツアー|クルーズ|コース|プラン|ライトアップ|イルミ|夜景|花火|星空|営業|メニュー|ディナー|コンサート|上映|観察会|散策|夜市|灯り|あかり|ランタン|ご予約|ご利用', 'u')
const STRONG_LEER_W15 = phrase(`${LEER80}|${LAUGH_MARK}|[😉😘]`, 'u')
const NIGHT_VETO82 = phrase('授乳|ミルク|夜泣き|寝かしつけ|おむつ|オムツ|夜間保育|一時預かり', 'u')
const BODY_NAMED82 = '(?:体格|体型|体形|体つき|からだつき|図体|ガタイ|巨体|貫禄|恰幅|横幅|体重|お腹|おなか|体|からだ)'
const ANIMAL82 = '(?:イノシシ|猪|クマ|熊|ヒグマ|ブタ|豚|トド|セイウチ|カバ|河馬|ゴリラ|ウシ|(?<![一-龥])牛|ゾウ|(?<![一-龥])象|タヌキ|狸|マンモス|(?<![ぁ-ゖァ-ヺ])サイ(?![ぁ-ゖ])|バッファロー|アザラシ|力士|関取|お相撲さん|相撲取り)'
const LIKENED82 = '(?:並み|なみ|みたい|のよう|のごと|んごた|のごた|そっくり|顔負け|級|クラス)'
/** Blind R237M-029 kind (dec4): the place may be pointed at (あそこの家とは, あっちの人とは, 川向こうの者とは). */
const PLACE_PEOPLE82 = '(?:集落|部落|地区|地域|在所|村|町内|団地|干拓地|あたり|辺り|方面|(?<![ぁ-ゖ])あそこ|あっち(?:側)?|向こう(?:側)?)(?:の|ん)(?:出身者|出身の(?:人|方|者|もん)|出(?:の|ん)(?:人|者|もん)|人間|人|者|もん|家の(?:人|者|もん)|家|娘|息子|男|女)(?:たち|ら|衆)?'
const WED82 = '(?:縁組み?|婚姻|結婚|縁談|一緒にな|嫁(?:に|ば)(?:やる|やら|出す|出さ|もら|貰|いか|行か)|嫁入り|婿入り|婿(?:に|ば)(?:もら|貰|とる|取る|とら|取ら)|付き合|つきあ|交際)'
/** Blind R237M-029 kind (dec4): the plain prohibition of the elders (縁組みするな, 嫁にやるな), not するなら or するなど. */
const ADVISED_AGAINST82 = '(?:(?:(?<=やる|出す|もらう|貰う|とる|取る)|(?<=付き合|つきあ)う|(?:する|す|せ|やる|行く|いく|もらう|貰う|とる|取る))な(?![ら-ろあいくけこかがどのんぁ-ぉー〜~])|(?:ん|ない)(?:方|ほう)が(?:いい|よい|良い|よか|ええ|無難|安心|身のため)|(?:避け|やめ|止め)(?:た(?:方|ほう)が|とけ|ておけ|ときなさい|なさい|るべき)|(?:は|も)(?:だめ|ダメ|いかん|あかん|ならん|ならない|避けるべき)|(?:せん|しない|させない)(?:よう|ごと)に|(?:反対|許さ|認め)(?:する|され|しとる|せん|ない|なかった))'
const WED_VETO82 = phrase('(?<!被)差別|偏見|人権|許され|あっては|いけません|いけない|なくそう|なくしましょう|根拠|誤り|間違い|おかしい|身元調査|傷つけ|苦しめ', 'u')
const R82: Phrase[] = [
  {
    rule: 'decency/lookism',
    re: phrase(`${PARENT_TYPED82}[^。！？!?\\n]{0,40}?${GROOMED82}|${GROOMED82}[^。！？!?\\n]{0,16}?${PARENT_TYPED82}|${GROOMED82}[^。！？!?\\n]{0,12}?(?:の|な|で|に|た|い)${PARENT_BARE82}`),
    instead: INSTEAD.lookism,
    severity: 'warn',
    keep: (fo, s) => {
      const sen = fo.slice(s.start, s.end)
      return (phrase(LAUGH_MARK, 'u').test(sen) || /爆笑|大笑い|吹き出/u.test(sen)) && !GROOM_VETO82.test(sen)
    },
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`${KIDS82}(?:は|って|には|の場合|の中には)?[、,]?[^。！？!?\\n]{0,24}?${UNSCHOOLED82}[^。！？!?\\n]{0,16}?(?:ので|ため|から|けん|ことから|こともあり)[、,]?[^。！？!?\\n]{0,30}?${APART82}`),
    instead: '国籍や家庭の事情で子どもを分けて扱わず、全員に向けた指導や支援の内容を書いてください（例：「給食のマナーは、イラスト入りのカードでどの子にも伝えています」）',
    keep: (fo, s) => !APART_VETO82.test(fo.slice(s.start, Math.min(fo.length, s.end + 40))),
  },
  {
    rule: 'decency/sexual',
    re: phrase(`${NIGHT82}${CHEERED82}`),
    instead: INSTEAD.sexual,
    severity: 'warn',
    keep: (fo, s, a, b) => {
      const around = fo.slice(Math.max(0, s.start - 60), Math.min(fo.length, s.end + 4))
      const nl = fo.lastIndexOf('\n', a)
      const para = fo.slice(nl + 1, fo.indexOf('\n', b) < 0 ? fo.length : fo.indexOf('\n', b))
      // W15: 夜の方 may be the night run of a service the sentence names (ご夫婦で夜の方もお楽しみいただける川下り♡); a plain heart
      // is then no leer (a wink or a laugh still is).
      if (NIGHT_SERVICE_W15.test(fo.slice(s.start, s.end)) && !STRONG_LEER_W15.test(around)) return false
      return LEER_OR_LAUGH82.test(around) && COUPLE82.test(para) && !NIGHT_VETO82.test(fo.slice(a, b))
    },
  },
  {
    rule: 'decency/lookism',
    re: phrase(`${ANIMAL82}${LIKENED82}(?:な|の)?${BODY_NAMED82}(?:の|な|を(?:した|持つ|誇る))?[一-龥]{0,4}?${TEASED}|(?:${TEASED})(?:たち|ら)?(?:は|の|って|も|、)?[^。！？!?\\n]{0,8}?${BODY_NAMED82}(?:が|は|も)?[^。！？!?\\n]{0,4}?${ANIMAL82}${LIKENED82}|(?:${TEASED})(?:たち|ら)?(?:は|って|も|、)[^。！？!?\\n]{0,8}?${ANIMAL82}${LIKENED82}(?:な|の)?${BODY_NAMED82}`),
    instead: INSTEAD.lookism,
    severity: 'warn',
    keep: (fo, s, a) => {
      const sen = fo.slice(s.start, s.end)
      return phrase(LAUGH_MARK, 'u').test(sen) && !BODY_TEASE_VETO.test(fo.slice(a, s.end))
    },
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`${PLACE_PEOPLE82}(?:と|とは|との|を|ば|に)?[、,]?[^。！？!?\\n]{0,12}?${WED82}[^。！？!?\\n]{0,8}?${ADVISED_AGAINST82}`),
    instead: '出身地や住んでいる地区で結婚や交際を判断させる言い伝えを広めず、差別をなくす立場で書いてください（例：「結婚に際して相手の出身地を問うことは差別につながります」）',
    keep: (fo, s) => !WED_VETO82.test(fo.slice(Math.max(0, s.start - 40), Math.min(fo.length, s.end + 60))),
  },
]
/**
 * Round 84 (blind R84A/R85A): kinds the blind drafts found missed.
 * Block kinds (R84_EARLY, before every other phrase so that a milder reading of the same words does not hold the span):
 * - A race or a people given an inborn body or talent (まあ黒人は生まれつき身体能力が違うけん、日本人が勝てんのは仕方なかよね,
 *   アフリカ系の選手は遺伝的にバネが違う, ブラジル人はdnaにリズムが刻まれとる): the people named, then 生まれつき, 生まれながら, 遺伝,
 *   血 or dna, then an ability or a difference; not the belief named to be rejected (という思い込み, 偏見, ではありません), not a
 *   person's own inborn illness (生まれつき心臓に病気が).
 * - ボケ said of a person as a joke where the post speaks of dementia or the old and laughs (認知症カフェ…同じ話を5回聞かされました😂
 *   …こっちがボケそう〜, デイサービスで…私の方が先にボケちゃいそう🤣): the illness made a gag, block; not 寝ぼけ, ピンボケ, 時差ボケ,
 *   manzai (漫才, ツッコミ), a photo or the flower, not without a laugh.
 * Late kinds (R84, after the groups):
 * - A sex steered away from an activity or a path and handed a lesser one as enough for it (女の子は無理に運動せんでも、家庭科部とかで
 *   十分やと思う, 女子は大学まで行かなくても短大で十分): block; not both sexes named (女の子も男の子も), not health (体調, 生理, けが),
 *   not the notion named to be rejected (という考え, 偏見).
 * - Old people's teeth, hearing aids or bodies made a show for a laugh (入れ歯がカタカタ鳴ってちょっとした打楽器演奏会でした🤣): warn;
 *   where the post speaks of the old; not dentures cared for (入れ歯の手入れ, 口腔ケア, 歯科).
 * - The old called monsters or relics (平均年齢はなんと82歳！もはや妖怪の集まり👻, 化石みたいなじいちゃんたち): warn; not a yokai
 *   event, a museum's fossils, a costume.
 * - A disabled person's missing limb or sense set against what they do, as a wonder (やなぎんより足がないのに、なんでそんなにはやいの〜？,
 *   目が見えないのに上手): warn; where the post speaks of a disability or para sport; not 交通の足, 人手, 打つ手.
 * - Women athletes' or staff's clothing called daring with a leer or the men's eyes on it (女子の部のユニフォームがちょっと攻めてる
 *   らしい😏 沿道の男性陣は応援にも熱が入りそう): sexual warn; not a design told plainly.
 */
const RACE84 = `(?:(?<![一-龥])黒\\s?人|(?<![一-龥])白\\s?人|黄色人種|アフリカ系|ラテン系|アジア系|(?:${NATION})(?:人|系|出身|生まれ)|ハーフ(?=の|は|って|さん|選手))(?:の)?(?:選手|ランナー|ダンサー|子|子ども|方|人|皆さん|たち|達)?(?:たち|達)?`
const INNATE84 = '(?:生まれつき|生まれながら(?:に|の)?|もともと(?:の)?(?:体|からだ)の(?:つくり|作り|構造)|遺伝(?:的に|的な|子(?:が|の|レベル|的に)?|で)|(?:dna|ＤＮＡ)(?:が|に|の|レベル|から)?|血(?:筋|統)?(?:が|で|的に|の(?:違い|せい|おかげ))|体の(?:つくり|作り|構造)(?:が|から))'
const GIFT84 = '(?:身体能力|運動能力|運動神経|足(?:が)?(?:速|はや)|足の速さ|リズム感|リズム|バネ|筋肉|骨格|体格|持久力|瞬発力|跳躍力|肺活量|心肺|スタミナ|センス|才能|能力|頭の?(?:良|よ|悪|わる)|知能|違(?:う|い|っ)|ちが(?:う|い|っ)|別物|敵わ|かなわ|勝て)'
const INNATE_VETO84 = phrase('思い込み|偏見|(?<!被)差別|決めつけ|固定観念|ステレオタイプ|誤解|根拠(?:は|の)?(?:ない|ありません)|(?:では|じゃ)(?:ない|なく|ありません|ございません)|わけ(?:では|じゃ)|とは限ら|努力|練習量|トレーニングの成果', 'u')
const BOKE84 = '(?<!寝|ね|ねぼ|時差|ぴん|平和|天然|つっこみ|つっこみと)ぼけ(?:そう|ちゃ(?:う|い|った|いそう)|てしま(?:う|い|った|いそう)|て[^。！？!?\\n]{0,12}?(?:忘れ|わすれ|分から(?:ん|な)|わから(?:ん|な)|覚えて(?:な|ない|おら|へん))|てまう|ちま(?:う|い)|る(?:わ|よ|って|かも|[〜~ー！!。…]|$)|ます(?:よ|ね|[〜~ー！!。…]|$))'
const ELDER_OR_DEMENTIA84 = phrase(`認知症|痴呆|介護|デイサービス|老人ホーム|敬老|高齢|お年寄り|年寄り|老人|シニア|(?:お)?(?:じい|ばあ)(?:ちゃん|さん)|祖父|祖母|じいじ|ばあば`, 'u')
const BOKE_VETO84 = phrase('漫才|まんざい|ツッコミ|つっこみ|お笑い|コント|大喜利|写真|ピント|カメラ|レンズ|木瓜|盆栽|花が|(?<!被)差別|偏見|と呼ば|と言わ|言っては|使わない', 'u')
const R84_EARLY: Phrase[] = [
  {
    rule: 'decency/discriminatory',
    re: phrase(`${RACE84}(?:は|って|には|の場合|なら|やけん|だから)?[、,]?(?:まあ|やっぱり|やっぱ|やはり|結局|所詮|しょせん)?[、,]?[^。！？!?\\n]{0,10}?${INNATE84}[^。！？!?\\n]{0,10}?${GIFT84}`),
    instead: '人種や出身で身体や能力を決めつけず、選手一人ひとりの練習や記録を紹介してください（例：「招待選手の皆さんの走りにご注目ください」）',
    keep: (fo, s) => !INNATE_VETO84.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(BOKE84),
    need: ['ぼけ'],
    instead: '病気や障がいを軽い呼び名で呼ばず、正式な名称で書いてください（例：「認知症カフェで、参加者の皆さんとゆっくりお話ししました」）',
    keep: (fo, s) => {
      const nl = fo.lastIndexOf('\n', s.start)
      const end = fo.indexOf('\n', s.end)
      const para = fo.slice(nl + 1, end < 0 ? fo.length : end)
      return ELDER_OR_DEMENTIA84.test(para) && phrase(LAUGH_MARK, 'u').test(para) && !BOKE_VETO84.test(para)
    },
  },
]
const SEX84 = '(?:(?<![一-龥])(?:女性|女子|女の子|女の人|女ん子|おなご|娘|男性|男子|男の子|男の人|男ん子)(?:生徒|部員|学生|社員|職員)?(?:たち|達)?)'
const SKIPPED84 = '(?:無理(?:に|して)[^。！？!?\\n]{0,8}?)?(?:せ(?:ん|ず)でも|でき(?:なくても|んでも|んくても)|しなくても|しなくて(?:も)?(?:いい|よい|よか|ええ)|せんで(?:も)?(?:いい|よか|ええ)|やら(?:ん|なく)でも|やらなくても|行か(?:ん|なく)でも|行かなくても|いかなくても|ならなくても|ならんでも|目指さなくても|目指さんでも|頑張らなくても|がんばらなくても|頑張らんでも|がんばらんでも)'
const ENOUGH84 = '(?:(?:で|が)(?:十分|じゅうぶん|充分|事足り|いい(?:ん|と|よ|です|じゃ|や|で)|よか|ええ(?:ん|と|よ|や)|お似合い|似合っとる|向いとる|向いてる|向いています|ちょうどいい|ちょうどよか)|(?:あれば|ありゃ|できれば|できりゃ|頑張れば|がんばれば)(?:十分|じゅうぶん|充分|いい|よい|よか|ええ))'
const STEER_VETO84 = phrase('女の子も男の子も|男の子も女の子も|男女(?:とも|問わ|を問わ|関係)|性別(?:に関係|を問わ|に関わら)|体調|生理|月経|けが|ケガ|怪我|熱|痛|妊娠|という(?:考え|声|意見|見方)|との(?:声|意見)|偏見|(?<!被)差別|思い込み|決めつけ|固定観念|古い|昔は', 'u')
const DENTURE84 = '(?:入れ歯|いれば|総入れ歯|部分入れ歯|義歯|補聴器|老眼鏡|腰|膝|ひざ|関節|骨)(?:が|も|の音|の音が)?[^。！？!?\\n]{0,10}?(?:かたかた|カタカタ|がたがた|ぱかぱか|ぴーぴー|ピーピー|ぽきぽき|ボキボキ|ぼきぼき|ぱきぱき|ぎしぎし|きしむ|鳴(?:っ|る|り))'
const SHOW84 = '(?:演奏会|演奏|合奏|大合唱|合唱|打楽器|楽器|オーケストラ|おーけすとら|コンサート|bgm|効果音|セッション|ライブ|ドラム|カスタネット|リズム隊)'
const DENTURE_VETO84 = phrase('手入れ|お手入れ|口腔|歯科|歯医者|洗浄|調整|合わない|合っていない|痛|相談|点検|電池|補聴器の(?:購入|助成|貸与)|助成|聞こえの', 'u')
const MONSTER84 = '(?:妖怪|ようかい|化石|生きる化石|生きた化石|ミイラ|みいら|ゾンビ|化け物|ばけもの|ばけもん|仙人|骨董品|シーラカンス|遺跡|遺物|古代人|縄文人)'
const GATHERED84 = '(?:の集まり|の集団|の巣窟|の会|屋敷|だらけ|ばかり|ばっかり|揃い|ぞろい|みたい|並み|級|レベル|かと思|かと|同然|そのもの|軍団|大集合)'
const OLD_CONTEXT84 = phrase(`平均年齢|[0-9０-９]{2}歳|[0-9０-９]{2}代|高齢|お年寄り|年寄り|老人|シニア|敬老|介護|長寿|(?:お)?(?:じい|ばあ)(?:ちゃん|さん)|じじい|ばばあ|年配|老人会|シルバー`, 'u')
const MONSTER_VETO84 = phrase('妖怪(?:展|ウォッチ|ういっち|祭り|まつり|行列|仮装|体操|伝説|の(?:絵|話|展示|お面|仮装|紙芝居|コスプレ))|仮装|コスプレ|ハロウィン|博物館|資料館|展示|発掘|化石(?:掘り|発掘|展)|紙芝居|お化け屋敷', 'u')
const LIMB84 = '(?<![のん人つ])(?:両?足|両?脚|片足|片脚|両?手|片手|両?腕|片腕|指)(?:が|も)?(?:ない|無い|なか|なく)|(?:目|耳)(?:が|も)?(?:見えない|見えん|見えなか|聞こえない|聞こえん|聞こえなか|不自由な)'
const WONDER84 = '(?:のに|くせに|なのに|やのに|のにも|けど|けれど)[、,]?[^。！？!?\\n]{0,20}?(?:速|はや|すご|凄|上手|うま|強|つよ|でき|なんで|どうして|なぜ|不思議|びっくり|驚)'
const DISABLED_CONTEXT84 = phrase('車いす|車椅子|パラ|ブラインド|視覚|聴覚|デフ|障(?:害|がい|碍)|義足|義手|白杖|全盲|盲|ろう者|聾|手話|点字|切断|ボッチャ|ゴールボール', 'u')
const WOMEN_WEAR84 = '(?:(?<![一-龥])(?:女子|女性|女の子|レディース|ガールズ|お姉さん|娘さん|ミス|なでしこ)(?:の部|部|選手|ランナー|チーム|職員|スタッフ|たち|達)?(?:の)?[^。！？!?\\n]{0,6}?(?:ユニフォーム|ウェア|うぇあ|衣装|コスチューム|水着|スカート|ショートパンツ|レオタード|制服|浴衣|ゆかた))'
const DARING84 = '(?:攻め(?:て|た|と|すぎ|気味)|攻めっ|際ど|きわど|露出|セクシー|せくしー|大胆|ぴちぴち|ピチピチ|ぱつぱつ|ピタピタ|ぴたぴた|丈が短|短め|ミニ|透け|すけすけ|スケスケ)'
const MEN_EYED84 = phrase('(?:男性|男|おじさん|おっちゃん|殿方|男子|お父さん)(?:陣|衆|の皆さん|の方々|たち|ども)?[^。！？!?\\n]{0,16}?(?:熱が入|熱く|やる気|盛り上が|目が離せ|目が釘付|釘付け|目の保養|鼻の下|元気に|張り切|はりき|ガン見|がんみ|見に来|応援に行)', 'u')
const LEER84 = phrase('[😏🤤😍👀💕♡🫦]|ぐへへ|ぐふふ|むふふ|うふふ|意味深', 'u')
const R84: Phrase[] = [
  {
    rule: 'decency/discriminatory',
    re: phrase(`${SEX84}(?:は|って|なら|には|ちゃ)[、,]?[^。！？!?\\n]{0,14}?${SKIPPED84}[、,]?[^。！？!?\\n]{0,20}?${ENOUGH84}`),
    instead: '性別で進路や活動を決めつけず、誰でも選べることを書いてください（例：「女子の運動部も、地域のクラブで続けられるよう準備しています」）',
    keep: (fo, s) => !STEER_VETO84.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`${DENTURE84}[^。！？!?\\n]{0,16}?${SHOW84}`),
    instead: '高齢の方の身体を笑いの種にせず、催しの様子や参加者の声を紹介してください（例：「敬老会では、皆さんでお茶を楽しみました」）',
    severity: 'warn',
    keep: (fo, s) => {
      const sen = fo.slice(s.start, s.end)
      const around = fo.slice(Math.max(0, s.start - 80), Math.min(fo.length, s.end + 20))
      return phrase(LAUGH_MARK, 'u').test(sen) && OLD_CONTEXT84.test(around) && !DENTURE_VETO84.test(sen)
    },
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`${MONSTER84}${GATHERED84}`),
    instead: '高齢の方を化け物や古いものにたとえず、教室の様子や参加者の声を紹介してください（例：「平均年齢82歳の皆さんが、元気に体操されていました」）',
    severity: 'warn',
    keep: (fo, s) => {
      const sen = fo.slice(s.start, s.end)
      const around = fo.slice(Math.max(0, s.start - 80), s.end)
      return OLD_CONTEXT84.test(around) && !MONSTER_VETO84.test(fo.slice(Math.max(0, s.start - 80), Math.min(fo.length, s.end + 40))) && !NAMES_PREJUDICE.test(sen)
    },
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${LIMB84})${WONDER84}`),
    instead: '障がいのある方の身体に触れて驚いてみせず、競技や技術のすごさを紹介してください（例：「車いすバスケの選手のスピードとチェアワークに注目！」）',
    severity: 'warn',
    keep: (fo, s) => DISABLED_CONTEXT84.test(fo.slice(Math.max(0, s.start - 120), Math.min(fo.length, s.end + 60))) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/sexual',
    re: phrase(`${WOMEN_WEAR84}(?:が|は|も|って)?[^。！？!?\\n]{0,12}?${DARING84}`),
    instead: INSTEAD.sexual,
    severity: 'warn',
    keep: (fo, s, a) => {
      const around = fo.slice(s.start, Math.min(fo.length, s.end + 60))
      return (LEER84.test(fo.slice(s.start, s.end)) || MEN_EYED84.test(around)) && !phrase('(?<!被)差別|セクハラ|盗撮|撮影(?:禁止|はご遠慮)|ご遠慮|禁止|防止', 'u').test(fo.slice(a, Math.min(fo.length, s.end + 60)))
    },
  },
]
/**
 * Round 86 (blind R86A/R87A). Block kind (R86_EARLY, before every other phrase):
 * - A group generalised by a fault and, for that fault, sent elsewhere or refused (外国人の方は言葉が通じず他の避難者とトラブルになるので、
 *   できれば別の場所へ行ってもらいたいというのが本音です, 正直あの国の人たちは時間も守らんし、言葉も通じんけん、うちの課としてはもう勘弁して
 *   ほしかです): the group as the topic (は, って, なんか), a fault presumed of it all (言葉が通じない, 時間やルールを守らない, トラブルになる,
 *   うるさい, 不衛生), then, in the same sentence, a wish to have it go elsewhere or not come (別の場所へ行ってもらいたい, よそに移ってほしい,
 *   来んでほしか, 出て行ってほしい, 受け入れたくない, 勘弁してほしい). Not help offered for the need (通訳, 多言語, やさしい日本語, 支援,
 *   案内), not the view relayed or named to be opposed (という声, 差別, 偏見).
 */
const GROUP86 = `(?:${TROUBLE_GROUP66}|(?:あの|某|例の|どこかの|隣の|お隣の)国(?:から(?:来た|来られた|来とる|来てる))?の(?:人|方|連中|若い人|人たち|方々)(?:たち|達|ら)?|(?:${NATION})(?:の|ん)(?:人|方)(?![一-龥])(?:たち|達|ら)?|外国ん人(?:たち|達|ら)?)(?:の(?:皆さん|皆様|みなさん|方々))?`
const TOPIC86 = '(?:は|って|なんか|なんて|ときたら|ちゃ)[、,]?'
const FAULT86 = '(?:(?:言葉|日本語|話)(?:が|も|は)?(?:通じ|わから|分から|しゃべれ|話せ)(?:ない|ず|ん|なか|ません|へん|ねえ)|(?:時間|約束|ルール|決まり|きまり|マナー|順番|規則|列)(?:を|も|が|は|ば)?(?:守ら|守れ)(?:ない|ず|ん|なか|ません|へん|ねえ)|(?:時間|お金|約束)?(?:に|も)?(?:ルーズ|だらしな)|(?:トラブル|問題|もめごと|揉め事|もめ事|けんか|喧嘩|騒ぎ)(?:に|を|が|と|ば)?(?:なる|なり|なっ|起こ|起き|多)|(?:うるさ|騒がし|やかまし|不衛生|汚|きたな|臭|くさ)(?:い|か|く)|(?:文化|習慣|常識)(?:が|も)?(?:違う|違い|ちがう|ちがい)|何を(?:する|しでかす)か(?:わから|分から))'
const OUT86 = '(?:(?:別の|ほかの|他の|よその|よそん|違う)(?:ところ|所|とこ|場所|避難所|施設|会場|部屋|町|まち|地区|地域|学校|課|職場)|よそ|他所)(?:に|へ|で)[、,]?(?:行って|いって|移って|うつって|過ごして|すごして|寝て|住んで|回って|まわって)(?:ほし|欲し|もらいた|もらえ(?:ると|たら|れば|ん)|くれ(?:ん|ると|たら|れば)|ください|いただきた|いただけ(?:ると|たら|れば))|勘弁(?:して)?(?:ほし|欲し|もらいた|くれ|ください|願いた|いただきた)|(?:来|こ)(?:ないで|んで)(?:ほし|欲し|もらいた|くれ|ください|いただきた)|出て(?:行|い)って(?:ほし|欲し|もらいた|くれ|ください|いただきた)|(?:いなくなって|おらんごとなって|消えて)(?:ほし|欲し|くれ)|(?:受け入れ|受入れ|入れ|預かり|雇い|泊め|貸し)(?:たくない|たくなか|とうない|たくありません|たくねえ)|(?:受け入れ|受入れ|お受け)(?:は|を)?(?:お断り|断り|遠慮|見送り|やめ)(?:したい|たい|させてほし|させていただきたい|してほし)|(?:ご)?遠慮(?:して)?(?:ほし|欲し|もらいた|いただきた|願いた)'
const HELPED86 = phrase('通訳|多言語|やさしい日本語|翻訳|(?<!特別)支援|サポート|案内|用意|配置|相談|(?<!被)差別|偏見|思い込み|決めつけ|という(?:ご)?(?:声|意見|苦情|書き込み|投稿|指摘|誤解)|との(?:ご)?(?:声|意見|苦情)|ではありません|わけではな|とは限ら', 'u')
const R86_EARLY: Phrase[] = [
  {
    rule: 'decency/discriminatory',
    re: phrase(`${GROUP86}${TOPIC86}[^。！？!?\\n]{0,20}?${FAULT86}[^。！？!?\\n]{0,30}?(?:${OUT86})`),
    instead: '属性で人をひとまとめにして別の場所へ追いやる言い方をやめ、困っていることと市の対応を書いてください（例：「言葉に不安のある方には、通訳ボランティアがお手伝いします」）',
    keep: (fo, s) => !HELPED86.test(fo.slice(s.start, s.end)),
  },
]
/**
 * Round 88 (blind R88A/R89A). Block kinds (R88_EARLY, before every other phrase):
 * - A group's arrival set beside pets or strays vanishing (外国人の技能実習生が増えてから野良猫の数が減った…まさか…ね🤔, 留学生が来てから
 *   近所の犬がおらんごとなった): the old slur that the group eats or harms animals, insinuated by setting the two side by side; with or
 *   without the aside. Any other loss (盗まれ, なくなった) set beside the arrival only with an insinuating aside (まさか…ね, 偶然かな,
 *   気のせい). Not help or a change for the better (増えてから、見守りの人が増えた), not the rumour named as a rumour or prejudice
 *   (というデマ, 根拠はありません, 差別).
 * - A sex said, as a whole, not to understand what is explained (女性の方だと、ご説明してもなかなかご理解いただけないことが多いので,
 *   女の人は説明しても分からんけん): the sex's understanding written off as a rule (ことが多い, ので, から). Not one person asked for a
 *   question (女性の方で分からない点があれば), not help offered.
 */
const GROUP88 = `(?:${GROUP86}|(?:外国|よそ|他所|海外)(?:から)?の(?:人|連中|者)(?:たち|達|ら)?)`
const ARRIVED88 = '(?:が|の|も)?[、,]?(?:[^。！？!?\\n、,]{1,8}?(?:に|へ))?(?:増え|ふえ|来|き|住み(?:始め|だし|出し|着)|住むようになっ|移り住ん|入って(?:き|く)|越して(?:き|く)|来るようになっ|住みつい|住み着い)(?:て(?:から|以来|きてから|きたら|きて)?|たら|た途端|たせいか|たあたりから|たころから|た頃から)'
const PETS88 = '(?:野良猫|のら猫|野良ねこ|地域猫|猫|ねこ|にゃんこ|野良犬|犬|いぬ|わんこ|鳩|はと|鴨|かも|鯉|こい|すずめ|雀|ペット|飼い猫|飼い犬|小鳥|うさぎ|にわとり|鶏|やぎ|山羊|亀|あひる)(?:たち|達)?(?:の(?:数|姿|鳴き声))?'
const GONE88 = '(?:が|も|は|を)?[、,]?(?:めっきり|急に|ずいぶん|だいぶ|すっかり|どんどん|ぱったり|ごっそり|ちょっと|少し|なんだか|なんか)?(?:減っ|減り|減る|へっ|へり|いなくな|おらんごとな|おらんくな|おらんようにな|見かけなくな|見なくな|見んごとな|見んようにな|消え|姿を消|見当たらなくな)'
const LOST88 = '(?:減っ|減り|へっ|いなくな|おらんごとな|なくな|無くな|消え|盗まれ|盗られ|とられ|荒らされ|壊され|増え)'
const HINTED88 = '(?:まさか[、,…・.]{0,3}(?:ね|な|ねえ|ですよね|やろ|よね|とは思(?:う|い)(?:ます)?(?:けど|が))|偶然(?:かな|ですかね|でしょうか|やろか|かしら|ですよね)|気のせい(?:かな|ですかね|でしょうか|やろか|かしら)|関係(?:ない|なか)(?:と思いたい|ですよね|よね|とよね|やろ)|[🤔🙄]|(?:なぜ|なんで|どうして)(?:でしょう|やろ|だろう)(?:ね|か)[🤔…]*)'
const RUMOUR_NAMED88 = phrase('デマ|根拠(?:の|は|が)?(?:ない|ありません|なく|ござい)|事実(?:では|じゃ)(?:ない|ありません|ござい)|事実はありません|誤り|誤解|(?<!被)差別|偏見|うのみ|鵜呑み|決めつけ|関係(?:は)?ありません|因果関係|ではありません', 'u')
const SEX88 = '(?:(?<![一-龥])(?:女性|男性|女子|男子|女|男)|女の(?:人|方)|男の(?:人|方)|女ん人|男ん人|奥(?:さん|様|さま)|ご主人|旦那(?:さん|様)?|主婦|お母さん|母親|ママ(?:さん)?|お父さん|父親|パパ(?:さん)?)(?:の方|の皆さん|の方々|の人|たち|達|陣)?'
const NOT_UNDERSTOOD88 = '(?:(?:ご)?理解(?:いただけ|して(?:もらえ|いただけ)|(?:が)?でき|され|し)(?:ない|ません|ず|ん|なか)|(?:分から|わから)(?:ない|ん|なか|へん|ねえ)|(?:分かって|わかって|分かっ|わかっ)(?:もらえ|いただけ|くれ)(?:ない|ません|ん|なか)|(?:伝わら|つたわら)(?:ない|ん|なか|へん)|(?:通じ)(?:ない|ん|なか|ません)|(?:覚えられ|おぼえられ)(?:ない|ません|ん))'
const AS_A_RULE88 = '(?:(?:こと|場合|方|人|の)(?:が|も)?(?:多い|多く|多か|多いです|ほとんど|大半)|(?:ので|から|けん|けえ|ため|んで|し[、,])|(?:ものです|もんです|ものだ|もんだ|もんやけん|ですから|ですので))'
const HELPED88 = phrase('通訳|多言語|説明会|講座|教室|案内板|チラシ|やさしい日本語|翻訳|(?<!特別)支援|サポート|お手伝い|図解|イラスト|丁寧に|ていねいに|ゆっくり|繰り返し|何度でも|相談|お気軽|お尋ね|(?<!被)差別|偏見|思い込み|決めつけ|という(?:ご)?(?:声|意見|苦情|書き込み|投稿|指摘|誤解)|ではありません|わけではな|とは限ら', 'u')
const CUP88 = phrase('(?<![a-z0-9ａ-ｚ０-９])[a-kａ-ｋ]\\s?(?:カップ|cup)(?!ル|ラー|麺|めん|戦|大会|の部|リーグ|杯|予選|決勝|焼き|ケーキ|スープ|ヌードル|ゼリー|[a-z])')
const CUP_VETO88 = phrase('検診|健診|乳がん|乳癌|マンモ|授乳|サイズ選び|試着', 'u')
const R88_EARLY: Phrase[] = [
  {
    rule: 'decency/sexual',
    re: CUP88,
    instead: INSTEAD.sexual,
    keep: (fo, s) => !CUP_VETO88.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`${GROUP88}${ARRIVED88}[はも]?[、,]?[^。！？!?\\n]{0,16}?${PETS88}${GONE88}`),
    instead: '人の属性と動物や物がいなくなったことを並べてほのめかす書き方をやめ、地域猫の活動そのものを伝えてください（例：「地域猫の見守り、引き続きよろしくお願いします」）',
    keep: (fo, s, a) => !RUMOUR_NAMED88.test(fo.slice(s.start, Math.min(fo.length, s.end + 60))) && !/(?:という|との|といった|って)(?:うわさ|噂|話|デマ|書き込み|投稿)[^。！？!?\n]{0,30}?(?:ありません|ない|違|誤)/u.test(fo.slice(a, Math.min(fo.length, s.end + 60))),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`${GROUP88}${ARRIVED88}[はも]?[、,]?[^。！？!?\\n]{0,24}?${LOST88}[^\\n]{0,40}?${HINTED88}`),
    instead: '人の属性と困りごとを並べてほのめかす書き方をやめ、困っていることと市の対応を書いてください（例：「自転車には必ず鍵をかけましょう」）',
    keep: (fo, s, a) => !RUMOUR_NAMED88.test(fo.slice(a, Math.min(fo.length, s.end + 60))),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`${SEX88}(?:だと|は|って|ちゃ|なんか|では|じゃ|やと|の場合(?:は)?)[、,]?[^。！？!?\\n]{0,24}?${NOT_UNDERSTOOD88}[^。！？!?\\n]{0,4}?${AS_A_RULE88}`),
    instead: '性別で理解力を決めつけず、手続きの内容と、どなたでも相談できることを書いてください（例：「手続きはどなたでもできます。分からない点は窓口でご説明します」）',
    keep: (fo, s) => !HELPED88.test(fo.slice(s.start, s.end)) && !SEX_OK.test(fo.slice(s.start, s.end)),
  },
]
/**
 * Round 88 (blind R88A/R89A). Warn kinds (R88):
 * - An animal's neutering wished on people for a laugh (人間のオスにも同じ手術が必要なのがいっぱいいる（笑）, うちの旦那も去勢したいわ,
 *   町内の男どもにもお願いしたか): a sexual joke put on a sex. Only when the paragraph speaks of neutering; not a medical fact.
 * - An owner's or a passer-by's body likened to their dog (飼い主さんとお腹の出具合がそっくり, 飼い主さんに似てぽっちゃり体型, お腹の
 *   ぽっこり具合は飼い主さんといい勝負): the citizen's body made the joke. Not a pet's diet or health advice (飼い主さんと同じ食生活).
 * - A weakness presumed of a sex put as a fact about the audience (「数字が苦手で…」という方も多い女性の皆さんのために, 機械が苦手な方が
 *   多い主婦の皆さん, 男性は料理が苦手な人が多いので): a stereotype, even kindly meant. Not a weakness of anyone (数字が苦手な方も大丈夫).
 */
const NEUTER88 = phrase('去勢|不妊手術|避妊手術|不妊・去勢|不妊去勢|避妊・去勢|避妊去勢|たま(?:を|ば)?(?:取|と)', 'u')
const HUMAN_SEX88 = '(?:(?:人間|ひと|人)の(?:オス|おす|雄|メス|めす|雌|男|女)(?:ども|連中|たち)?|うちの(?:旦那|ダンナ|夫|亭主|宿六|主人|おやじ|親父|嫁|かみさん|カミさん)|世の(?:男|男性|男ども|オス|女|女性)|(?:男|オス|おす|雄|メス|めす)(?:ども|連中)|(?:町内|近所|職場|役所|庁内|うち|この町|まち)の(?:男|男性|男ども|オス|おす|おっさん|おじさん|女|女性)(?:連中|たち|ども|陣)?|おっさん(?:連中|たち|ども)?|(?:旦那|夫|亭主|彼氏|元カレ|元彼|元夫|上司|課長|部長)(?:さん)?)'
const WISHED88 = '(?:(?:て|って)(?:ほし|欲し|もらいた)|必要|したい|した(?:ほう|方)が|させたい|させた(?:ほう|方)が|してほし|して欲し|してもらいた|受けさせ|すべき|お願いした|やって(?:ほし|もらいた)|したか|せんといかん|せないかん|いる|おる)'
const MEDICAL88 = phrase('病気|治療|医師|診察|検査|がん|癌|腫瘍|予防|精巣|前立腺|泌尿器', 'u')
const OWNER88 = '(?:飼い主|かいぬし|オーナー)(?:さん|様|さま)?'
const BELLY88 = '(?:お腹|おなか|お腹まわり|おなかまわり|お腹周り|腹|腹回り|体型|体形|体格|ぽっちゃり|ぽってり|まんまる|丸っこ|まるまる|ふくよか|メタボ|短足|足の短さ|脚の短さ|二重あご|二重顎|太め|太っちょ|太り具合|貫禄|ぷよぷよ|むっちり|でっぷり|ぽっこり|出っ腹|太鼓腹)'
const ALIKE88 = '(?:そっくり|瓜二つ|うりふたつ|似て(?:る|い|て|ま)|似と(?:る|う)|いい勝負|負けず劣らず|おそろい|お揃い|ペアルック|そのまんま)'
const HEALTH88 = phrase('健康|生活習慣|食生活|食事|予防|運動|獣医|対策|体重管理|肥満|ダイエット|診察|相談|フード|おやつの量', 'u')
const WEAK88 = '(?:数字|計算|算数|数学|お金の(?:計算|話)|機械|パソコン|pc|スマホ|デジタル|it|地図|運転|駐車|力仕事|理系|難しい(?:話|こと)|政治|家事|料理|育児|子育て|片付け|掃除|予算書|決算書|表計算|エクセル)(?:が|に|は|も|の(?:こと|話)(?:が|は))?[、,]?(?:苦手|弱い|弱く|弱か|疎い|うとい|不得意|不得手|だめ|わからない|分からない|わからん|分からん|できない|できん|からっきし|さっぱり|得意じゃない|得意ではない)'
const SEX_AUDIENCE88 = '(?:(?<![一-龥])(?:女性|男性|女子|男子)|女の(?:人|方)|男の(?:人|方)|主婦|奥(?:様|さま|さん)|お母さん|ママ(?:さん)?|お父さん|パパ(?:さん)?)(?:の(?:皆さん|皆様|みなさん|みなさま|方|方々))?'
const R88: Phrase[] = [
  {
    rule: 'decency/sexual',
    severity: 'warn',
    re: phrase(`${HUMAN_SEX88}(?:に|にも|も|は)[、,]?[^。！？!?\\n]{0,12}?(?:(?:同じ|その|おんなじ)(?:手術|処置|こと)|去勢|不妊手術|避妊手術|ちょん切|切って|切ってしま|取って|とって)[^。！？!?\\n]{0,6}?${WISHED88}`),
    instead: '動物の手術を人にたとえる冗談を削除し、キャンペーンの内容を伝えてください（例：「不妊手術の費用を助成しています」）',
    keep: (fo, s) => NEUTER88.test(fo) && !MEDICAL88.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/lookism',
    severity: 'warn',
    re: phrase(`${OWNER88}(?:と|に|も)[、,]?[^。！？!?\\n]{0,8}?${BELLY88}[^。！？!?\\n]{0,8}?${ALIKE88}|${OWNER88}に(?:似て|そっくりで)[、,]?[^。！？!?\\n]{0,4}?${BELLY88}|${BELLY88}[^。！？!?\\n]{0,10}?${OWNER88}(?:と|に|も)?[、,]?${ALIKE88}`),
    instead: '飼い主さんの体型に触れず、わんちゃんの様子や施設の魅力を伝えてください（例：「ドッグランでコーギーくんが元気に走り回っていました」）',
    keep: (fo, s) => !HEALTH88.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/stereotype',
    severity: 'warn',
    re: phrase(`${WEAK88}[^。！？!?\\n]{0,6}?(?:という|といった|って|な|の)?(?:方|人|人たち|方々)(?:も|が)[、,]?(?:多い|多か|少なくない|たくさん(?:いる|おられる|いらっしゃる))[、,]?${SEX_AUDIENCE88}|${SEX_AUDIENCE88}(?:は|って|には|ちゃ)[、,]?[^。！？!?\\n]{0,6}?${WEAK88}(?:な|という|って)?(?:方|人)?(?:が|も)[、,]?(?:多い|多く|多か|ほとんど|大半)`),
    instead: '性別で得意・不得意を決めつけず、講座の内容を書いてください（例：「予算書の読み方から、初めての方にもやさしく説明します」）',
    keep: (fo, s) => !phrase('思われがち|とは限ら|わけではな|ではありません|固定観念|思い込み|偏見|決めつけ', 'u').test(fo.slice(s.start, s.end)),
  },
]
/**
 * Round 90 (blind R90A/R91A). Block kinds (R90_EARLY, before every other phrase):
 * - A district's children or people said to spoil a school or a place once they join it (あの地区の子どもたちと一緒になると学校が
 *   荒れる, あそこの団地の子と同じクラスになったら悪くなる): prejudice against where people live, relayed or not. Not the prejudice
 *   named (偏見, 根拠はありません, 差別), not a district's children doing something together.
 * - "This is Japan('s school), so they should conform" (日本の学校なんだから、日本の食事に合わせてもらうのが筋, 日本に住む以上は日本の
 *   やり方に従うべき): foreigners told to give up their own ways; needs the ground (なんだから, 以上, からには) and a duty to conform.
 * - A group said not to pay taxes (どうせ税金も払っとらん連中やろ, 税金も納めてないくせに) or told to keep out of a say (口出しせんでほしか),
 *   foreigners in any script (ｶﾞｲｺｸｼﾞﾝ, がいこくじん). Not the rumour denied (事実ではありません), not a tax notice.
 */
const DISTRICT90 = '(?:(?:あの|あそこの|あっちの|向こうの|むこうの|例の|川向こうの|川向こう)(?:地区|地域|辺|へん|あたり|辺り|団地|集落|町内|界隈|校区)?|[一-龥]{1,4}(?:地区|団地|集落))(?:の|ん)?'
const KIDS90 = '(?:子ども|子供|こども|子|児童|生徒|連中|人|家庭|家|もん|者)(?:たち|達|ら|さん|ども)?'
const JOINED90 = '(?:と|が)[、,]?(?:一緒に(?:なる|なっ|なれ|する)|同じ(?:学校|クラス|教室|校区|学級)に(?:なる|なっ|なれ|する)|混ざ|まざ|交わ|入って(?:く|き)|来|越して(?:く|き))[^。！？!?\\n、,]{0,4}?(?:と|たら|ば|なら|ことで|てから|て以来)'
const SPOILED90 = '(?:荒れ|あれる|あれた|悪くな|悪うな|柄が悪|治安が(?:悪|乱)|風紀が|乱れ|学力が(?:下が|落ち)|レベルが(?:下が|落ち)|悪い影響|悪影響|染ま|悪さを覚え|ろくなことが)'
const FOREIGN90 = `(?:${GROUP86}|ガイコクジン|ガイジン|外国籍(?:の)?(?:住民|人|子|方)?)(?:の(?:人|方|連中|子)(?:たち|達|ら)?)?`
const CONFORM_GROUND90 = '(?:日本(?:の[^。！？!?\\n、,]{1,6}?|人|国内)?(?:なんだから|なのだから|なんですから|なのですから|なんやけん|なんやから|なんやし|だから|やけん|やから|ですから|である以上|なんだし)|日本(?:に|で)(?:住む|住んで(?:いる|る|おる|る)|暮らす|暮らして(?:いる|る)|来た|来る|いる)(?:以上|からには|なら|のなら|んなら|んやったら))'
const CONFORMED90 = '(?:合わせ|あわせ|従|したが|倣|なら[うえわっ]|覚え|話せ|話さ|溶け込|同化|染まっ)'
const DUTY90 = '(?:べき|が筋|のが筋|のが当然|のが当たり前|が当たり前|のが礼儀|のがマナー|て(?:もら|ほし|欲し|いただ|くれ)|なさい|(?<![ぁ-ゖ])ろ(?![ぁ-ゖ一-龥])|ないと(?:いけ|だめ|ダメ|あかん)|なきゃ|んといかん|なあかん|ないかん|させ(?:る|た)べき|させ(?:る|た)(?:ほう|方)が)'
const UNTAXED90 = '(?:税金|住民税|税)(?:も|を|は|ば)?[、,]?(?:ろくに|まともに|ちゃんと|一円も|1円も|ろくすっぽ)?(?:(?:払|はら)(?:わ(?:ない|ん|ず|ねえ)|っ(?:て|と)(?:い|お)?(?:ない|ねえ|らん|ん|ません))|(?:納め|おさめ)(?:(?:て|と)(?:い|お)?)?(?:ない|らん|ん|ません|ず))'
const SCORNED90 = '(?:連中|奴|やつ|ヤツ|くせ|のに|とに|人たち|人ら|もん|やろ|でしょ|だろ|じゃん|やん)'
const KEEP_OUT90 = '(?:口(?:出し|を出さ|ば出さ|を挟ま|ば挟ま|を挟む)(?:を)?(?:し|せ)?(?:ないで|んで|るな|んな|すんな|するな|ないでほし|んでほし|ないでもらい|させるな|させないで|ないでくれ|んでくれ|てほしくない|てほしく)|口出し(?:は)?(?:無用|お断り|いらん|いらない|すんな|するな))'
const R90_EARLY: Phrase[] = [
  {
    rule: 'decency/discriminatory',
    re: phrase(`${DISTRICT90}${KIDS90}${JOINED90}[、,]?[^。！？!?\\n]{0,14}?${SPOILED90}`),
    instead: '地区や住む場所で子どもや住民をひとまとめにした見方を伝えず、統合の進め方と市の対応を書いてください（例：「統合に向けて、両校の交流授業を重ねていきます」）',
    keep: (fo, s) => !RUMOUR_NAMED88.test(fo.slice(s.start, Math.min(fo.length, s.end + 60))) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`${CONFORM_GROUND90}[、,]?[^。！？!?\\n]{0,24}?${CONFORMED90}[^。！？!?\\n]{0,10}?${DUTY90}`),
    instead: '「日本なのだから合わせるべき」と求めず、市や学校が行っている対応を書いてください（例：「除去食や代替食にも、できる範囲で対応しています」）',
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !RUMOUR_NAMED88.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`${FOREIGN90}(?:は|って|なんか|なんて|ちゃ|も|が|の)?[、,]?[^。！？!?\\n]{0,30}?(?:どうせ[^。！？!?\\n]{0,8}?${UNTAXED90}|${UNTAXED90}[^。！？!?\\n]{0,4}?${SCORNED90}|${KEEP_OUT90})`),
    instead: '国籍などで人をひとまとめにして負担や発言の資格を決めつけず、説明会の内容を書いてください（例：「説明会には多くの方にご参加いただきました」）',
    keep: (fo, s, a) => !RUMOUR_NAMED88.test(fo.slice(a, Math.min(fo.length, s.end + 60))) && !/(?:という|との|といった|って)(?:うわさ|噂|話|デマ|書き込み|投稿|声)/u.test(fo.slice(a, Math.min(fo.length, s.end + 20))),
  },
]
/**
 * Round 90 (blind R90A/R91A). Warn kinds (R90):
 * - Children likened to lumps of food or a fat animal for a laugh (走ってるっていうより転がってるおイモの大群でした😂, まるで子豚の群れ
 *   みたい（笑）): the children's bodies made the joke (lookism). Only with a likening (というより, まるで, みたい) and a laugh; not
 *   potatoes dug, dumplings made or a part in a play.
 * - Staff or residents' age joked about as needing an ambulance or care (先生の平均年齢が高すぎて、救急車を待機させとかんといかんレベル笑,
 *   年寄りばっかりで担架を用意しとかんと): ageism as a joke; only with a laugh. Not first aid prepared for an event.
 * - A sex said to take things by emotion rather than reason (女性はどうしても感情で受け止められるので, お母さん方は感情的になりやすい,
 *   女の人ってすぐ感情で物を言う): a stereotype even when politely put. Not the stereotype named (決めつけ, 思われがち), not feelings listened to.
 */
const KIDS_SEEN90 = '(?:[0-9]年生|[一二三四五六]年生|(?<![一-龥])児童|園児|生徒|子ども|子供|こども|ちびっこ|ちびっ子|キッズ|子たち|子ら|新入生|年長さん|年少さん|チビ(?:たち|ども|っこ))(?:たち|達|ら|さん|の皆さん|のみんな)?'
const LUMP90 = '(?:お)?(?:いも|芋|じゃがいも|さつまいも|団子|だんご|肉団子|まんじゅう|饅頭|肉まん|おにぎり|俵|丸太|子豚|こぶた|小豚|ぶた|豚|たぬき|狸|だるま|達磨|雪だるま|トド|とど|あざらし|アザラシ|いも虫|芋虫|いもむし|ボンレスハム|ハム)'
const LIKENED90 = `(?:というより|っていうより|ていうか|っていうか|まるで|もはや|完全に)[^。！？!?\\n]{0,16}?${LUMP90}|${LUMP90}(?:の(?:大群|群れ|集団|軍団|行列|山))?(?:みたい|のよう|そっくり|状態)`
const LAUGH90 = phrase(`[😂🤣😆😝😜🤪]|笑(?!顔)|${LAUGH_W}`, 'u')
const MADE90 = /掘|収穫|作っ|作り|作った|焼い|食べ|採れ|取れ|育て|蒸し|ふかし|植え|形|粘土|衣装|着ぐるみ|仮装|役|絵|工作|料理|給食/u
const OLD_STAFF90 = '(?:(?:平均年齢|年齢層|年齢)(?:が|も|は)?[、,]?(?:高すぎ|高す|高か|高い|上がりすぎ|上がっとる|やば)|高齢化(?:が)?(?:進みすぎ|すすみすぎ|しすぎ|やば|激し|半端)|(?:年寄り|じいさん|ばあさん|じいちゃん|ばあちゃん|おじいちゃん|おばあちゃん|じじい|ばばあ|シニア|アラ還)(?:ばっかり|ばかり|ばっか|ぞろい|揃い|だらけ))'
const FRAIL90 = '(?:救急車|aed|担架|たんか|介護|老人ホーム|デイサービス|車いす|車椅子|入れ歯|腰(?:が|を)(?:抜け|いわ|痛め)|ぎっくり腰|骨折|骨が折れ|心臓が(?:止ま|もた)|お迎え|棺桶|かんおけ|走馬灯|あの世|三途の川|酸素ボンベ|点滴)'
const SEX_MOOD90 = `${SEX88}(?:は|って|ちゃ|だと|やと|というのは|ってのは|っては)[、,]?[^。！？!?\\n]{0,12}?(?:感情(?:で|的|に(?:流さ|走|左右さ)|が先|論|むき出し)|理屈(?:より|じゃなく|ではなく|が通じ|が通用)|論理的(?:に|な)[^。！？!?\\n]{0,6}?(?:られ|でき)(?:ない|ん|ません)|ヒステリ|情緒不安定|気分屋|感情の起伏が(?:激し|大き))`
const MOOD_NAMED90 = phrase('決めつけ|思い込み|偏見|とは限ら|わけではな|ではありません|言われがち|思われがち|固定観念|ステレオタイプ|寄り添|差別', 'u')
const R90: Phrase[] = [
  {
    rule: 'decency/lookism',
    severity: 'warn',
    re: phrase(`${KIDS_SEEN90}[^。！？!?\\n]{0,40}?(?:${LIKENED90})`),
    instead: '子どもを物や動物にたとえて笑いものにせず、がんばった様子を伝えてください（例：「1年生のかけっこ、最後まで一生懸命走りました」）',
    keep: (fo, s, a, b) => LAUGH90.test(fo.slice(s.start, Math.min(fo.length, s.end + 4))) && !MADE90.test(fo.slice(a, b)),
  },
  {
    rule: 'decency/stereotype',
    severity: 'warn',
    re: phrase(`${OLD_STAFF90}[^。！？!?\\n]{0,40}?${FRAIL90}`),
    instead: '年齢を笑いの種にせず、参加した人の活躍を伝えてください（例：「教職員リレーも、先生方の全力の走りで盛り上がりました」）',
    keep: (fo, s) => LAUGH90.test(fo.slice(s.start, Math.min(fo.length, s.end + 4))),
  },
  {
    rule: 'decency/stereotype',
    severity: 'warn',
    re: phrase(SEX_MOOD90),
    instead: '性別で受け止め方を決めつけず、説明の工夫そのものを書いてください（例：「説明には図や具体例を加えて、分かりやすくします」）',
    keep: (fo, s) => !MOOD_NAMED90.test(fo.slice(s.start, s.end)),
  },
]
/**
 * Round 92 (blind R92A–R95A). Block kinds (R92_EARLY, ahead of the other phrases so that they hold their span):
 * - A wish or an order that people go back to their country (ルールを守れないなら国に帰ってほしい, 自分の国へ帰れ, 国に帰ればいいのに):
 *   exclusion by nationality, when the paragraph names foreigners or a condition put to them (…なら); not a trip home told
 *   (国に帰って家族と過ごす), not a wish to stay (帰ってほしくない), not the words named as hate (「国に帰れ」といったヘイト).
 * - 池沼 (plain or with a letter masked: 池〇) as the predicate of a question or a guess about a person who failed (分別表ば見ても
 *   できんとか、池〇なん？, 何回言うても分からんって池〇やろ): the slur used; not a masked name or place without a failure before it.
 * - A disability presumed of a person as a jibe, with でも or か何か (失礼ながら知的障害でもお持ちなのではと疑ってしまいます, 発達障害か何か
 *   なんですかね？): not a parent's worry met with a service (…があるのではと心配な方はご相談ください).
 * - A misuse whose doers are said to be mostly of a group (救急車をタクシー代わりに呼ぶのは、正直なところ生活保護の人と外国人が多い印象です,
 *   軽い症状なのに救急車を呼ぶ人は、やっぱり外国人の方が多い): as round 52 with misuse (タクシー代わり, 不正利用, コンビニ受診) as the wrong.
 * - The unmarried or childless called deficient as people (結婚できない人って、結局どこか人として欠けているところがある, 独身の人は人間的に
 *   どこか問題がある): not a form's fault (手続きに問題がある場合), not the notion named (偏見, 決めつけ).
 * - A person picked out by a sexual body part's size (胸の大きい参加者さんのテーブルばっかり案内しちゃう, お尻の大きい奥さん): sexual; not
 *   a screening (乳がん検診), not a bird, not a thing (胸の大きい名札).
 * - 夜の + an activity asked of a woman with a leer (若い奥さん、スタイル良すぎて…🤤 夜の読み聞かせもお願いしたい): sexual innuendo aimed at
 *   her, block; the same innuendo about a thing (ムフフな夜のおともに…😏) is warn (R92).
 * Warn kinds (R92, after the groups):
 * - An old person's infirmity (耳が遠い, 物忘れ, 老眼, 入れ歯) made the joke with a laugh where age is the topic (平均年齢はなんと78歳！
 *   耳が遠い方も多いので、打ち合わせはいつも大声大会です😂): ageism; not help given without a laugh, not one's own.
 * - A chore called a woman's accomplishment or domain (お料理やお裁縫は女性のたしなみ, ごみの分別は奥さんの腕の見せどころ) and a husband's
 *   share called a favour to her (旦那さんは、せめてごみ出しくらいは手伝ってあげて): sex-role stereotype; not the notion named.
 * - A sex given a trait as a general truth (女の人は財布のひもが固いですからね, 男の人ってみんな記念日を忘れる生き物): stereotype; not data.
 * - A participant's belly or build said to need a diet to be chosen (そのお腹だと次の婚活までにダイエットせんと厳しか): lookism; not health advice.
 * - Staff called handsome or pretty and the other sex invited for it (協力隊の2人、どちらも爽やかなイケメンです！独身女性の皆さん、移住相談に
 *   来るなら今ですよ): lookism; not an actor or the 美人の湯.
 * - A visit while the husband is away said to please the wives, with a leer (旦那さんのいない昼間に伺うと奥さん方がとても喜んで😏): innuendo.
 */
const GO_HOME92 = '(?:(?<![一-龥])国|母国|祖国|本国|自国)(?:に|へ|さ)[、,]?(?:とっとと|さっさと|早く|はよ|はよう|すぐに)?帰(?:って(?:ほし|欲し|もらいた|もらえば|ください|下さい|くれ(?![るたてば]))(?!く(?:な|あ|は))|れ(?![ばるなたてずまんへ])|れば(?:いい|よい|良い|よか|ええ)|ったら(?:いい|よい|良い|よか|ええ)|るべき|りなさい|んなさい)'
const GO_HOME_TO92 = phrase('外国|留学生|実習生|移民|難民|在日|よそ者|よそもん|日本(?:の|に|で|が|人)|(?:中国|韓国|朝鮮|ベトナム|フィリピン|ブラジル|ネパール|インドネシア|ミャンマー)(?:人|の人|の方)|(?:守れ|でき|従え|合わせられ|なじめ|馴染め|わから|分から)(?:ない|ん|ぬ)(?:の|ん)?なら|(?:嫌|いや|不満|文句)(?:なら|がある(?:の|ん)?なら)', 'u')
const GO_HOME_NAMED92 = phrase('ヘイト|(?<!被)差別|偏見|人権|許され|許さない|いけません|やめ|言われ|いわれ|言葉|暴言|傷つ', 'u')
const IKE92 = `(?:(?<![一-龥])池${MASK72}|(?<![一-龥〇○●◯◎×✕✖*＊■□])${MASK72}沼|(?<![一-龥])池沼)(?:なん|なの|やろ|だろ|じゃろ|でしょ|ですか|じゃね|じゃない|やん|やね|か(?=[？?]))`
const FAILED92 = phrase('でき(?:ない|ん|ず|なく|ませ|とら)|わから|分から|読め(?:ない|ん)|守れ|覚えられ|理解でき|何回|何度|何べん|なんべん|お前|おまえ|あんた|こいつ|あいつ|そいつ', 'u')
const PRESUMED_ILL92 = '(?:(?:知的|発達|精神|学習)障(?:害|がい|碍)|(?<![一-龥])障(?:害|がい|碍)|知恵遅れ)(?:でも|か何か|かなんか|かなにか)[、,]?(?:お?持ち|もって|持って|抱えて|おあり|あ(?:る|り|っ)|なん|なの)[^。！？!?\\n]{0,10}?(?:のでは|んじゃ|のじゃ|のか|んか|っちゃ|と(?:疑|思)|としか|やろ|だろ|でしょ|かな|かしら|ですか|かね|[？?])'
const ILL_HELP92 = phrase('心配|不安|相談|気にな|窓口|受診|検査|診断|支援|お知らせ', 'u')
const MISUSE92 = '(?:タクシー(?:代わり|替わり|がわり|感覚)|(?:軽症|軽い症状|大したことな|たいしたことな|大したことのな)(?:い)?(?:なのに|で|でも|の(?:に|人が|方が))[^。！？!?\\n]{0,8}?(?:呼|通報|119|受診)|(?:不適正|不正|安易|気軽)(?:な)?(?:利用|通報|受診|使用|呼び出し)|コンビニ受診|悪用|乱用|濫用|いたずら(?:電話|通報)|ただ乗り|タダ乗り|無賃乗車)'
const SINGLE92 = '(?:結婚(?:でき|せ|し(?:て(?:い)?|と(?:ら)?)?)(?:ない|ん|なか|ません|ず)(?:まま)?(?:の)?|独身(?:の)?|未婚(?:の)?|婚期(?:を)?(?:逃した|過ぎた)|子(?:ども|供)?(?:が|を)?(?:いない|おらん|産まない|産まん|作らない)|子なし(?:の)?|バツイチ(?:の)?)(?:人|方|男|女|者|男性|女性|連中)(?:たち|達|ら)?'
const DEFICIENT92 = '(?:人として|人間として|人間的に|性格(?:的に|に)|人格(?:的に|に)|どこか|根本的に)[^。！？!?\\n]{0,8}?(?:欠け|欠陥|問題(?:が|の)?(?:ある|あり|あっ|あん)|おかし|足り(?:ない|ん|てない)|劣っ|難(?:が|の)?(?:ある|あり|あっ)|未熟|ダメ|だめ)'
const CHORE_NAMED92 = phrase('という(?:考え|見方|発想|意識|イメージ|思い込み|価値観)|見直|とされてき|と(?:言|い)われ|時代(?:は|では)', 'u')
const SINGLE_OK92 = phrase('手続|書類|申請|届|窓口|不備|場合|(?<!被)差別|偏見|決めつけ|思い込み|ではありません|わけではな|とは限ら|ことはありません|固定観念', 'u')
const BIG_PART92 = '(?:胸|おっぱい|バスト|お尻|おしり|(?<![一-龥])尻|ヒップ)(?:の|が)(?:大き|おおき|でか|おっき|豊か|ふくよか|立派)(?:い|め|な|すぎる)?(?:の)?(?:参加者|女性|女の子|女子|お姉さん|奥(?:さん|様|さま)|人妻|娘|(?<![一-龥])子(?!豚|牛|馬|犬|猫|鳥|ども|供)|方|(?<![一-龥])人|職員|スタッフ|ママ|お客|利用者|受付|新人)'
const BIG_PART_OK92 = phrase('検診|健診|しこり|乳がん|乳癌|マンモ|授乳|母乳|下着|ブラジャー|採寸|症状|受診|医師|(?<!被)差別|セクハラ', 'u')
const NIGHT92 = '(?:(?<![一-龥])夜|よる|今夜|今晩|夜中|深夜)の(?:お?とも|お供|御供|お相手|読み聞かせ|レッスン|個人(?:指導|レッスン)|お勉強|勉強会|営み|ご奉仕|サービス|部活|運動会|お楽しみ|おかず|添い寝|マッサージ|お世話|授業|講習)'
const LEER92 = phrase('[😏🤤😘💋🍆🫦]|むふふ|ぐふふ|うふふ|ぐへへ|でへへ|意味深', 'u')
const ASKED92 = phrase('お願い|して(?:ほし|欲し|もらい|もらえ|くれ)|頼み|頼ん|やってほし', 'u')
const HER_LOOKS92 = phrase('スタイル|美人|美女|若い(?:奥さん|奥様|女性|子|お姉さん|ママ)|かわい|可愛|色っぽ|セクシー|奥さん|奥様|お姉さん|人妻|ママ', 'u')
const R92_EARLY: Phrase[] = [
  {
    rule: 'decency/discriminatory',
    re: phrase(GO_HOME92),
    need: ['国'],
    instead: '国籍や出身で「国に帰って」と排除する言葉を使わず、守ってほしいルールと案内の方法を書いてください（例：「ごみの出し方は、やさしい日本語と英語の案内もご覧ください」）',
    keep: (fo, s, a) => GO_HOME_TO92.test(fo.slice(Math.max(0, a - 150), a)) && !GO_HOME_NAMED92.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(IKE92),
    need: ['池', '沼'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a) => FAILED92.test(fo.slice(s.start, a)) && !SLUR_TALK.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(PRESUMED_ILL92),
    need: ['障害', '障がい', '障碍', '知恵遅れ'],
    instead: '障がいを悪口や当てこすりの材料にせず、分かりにくい点を案内してください（例：「分別で迷ったときは、ごみ分別アプリで品目を検索できます」）',
    keep: (fo, s) => !ILL_HELP92.test(fo.slice(s.start, s.end)) && !AGAINST50.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`${MISUSE92}[^。！？!?\\n]{0,10}?(?:は|って|の(?:多く|大半|ほとんど|[0-9０-９七八九]割)(?:は|が))[、,]?[^。！？!?\\n]{0,12}?${GROUP52}(?:が|に|の(?:方|人)が)[、,]?(?:圧倒的に|やっぱり|やはり|どうしても|特に|明らかに)?${MANY52}|${MISUSE92}[^。！？!?\\n]{0,10}?は[、,]?(?:正直|正直なところ)?[、,]?(?:ほとんど|ほぼ|大半|たいてい|大抵|決まって|だいたい)(?:が)?[、,]?${GROUP52}`),
    instead: '不適正な利用を特定の属性の人たちと結びつけず、適正利用のお願いだけを書いてください（例：「救急車は、命に関わる緊急時にご利用ください」）',
    keep: (fo, s, _a, b) => { const t = fo.slice(s.start, s.end); return !AGAINST50.test(t) && !ANSWERED.test(t) && !SERVED52.test(t) && !REPORTED.test(fo.slice(b, b + 16)) && !DENIED.test(fo.slice(b, b + 30)) },
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`${SINGLE92}(?:って|は|なんて|ちゃ|というのは|ってのは)[、,]?[^。！？!?\\n]{0,12}?${DEFICIENT92}`),
    instead: '結婚や子どもの有無で人を欠けた人のように言わず、催しの内容を書いてください（例：「婚活イベントは、新しい出会いのきっかけづくりの場です」）',
    keep: (fo, s) => !SINGLE_OK92.test(fo.slice(s.start, s.end)) && !MOOD_NAMED90.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/sexual',
    re: phrase(BIG_PART92),
    need: ['胸', 'おつぱい', 'ばすと', '尻', 'ひつぷ'],
    instead: INSTEAD.sexual,
    keep: (fo, s) => !BIG_PART_OK92.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/sexual',
    re: phrase(NIGHT92),
    need: ['夜', 'よる', '今晩'],
    instead: INSTEAD.sexual,
    keep: (fo, s, a, b) => LEER92.test(fo.slice(Math.max(0, a - 40), Math.min(fo.length, b + 40))) && ASKED92.test(fo.slice(b, s.end)) && HER_LOOKS92.test(fo.slice(Math.max(0, a - 80), a)),
  },
]
const INFIRM92 = '(?:耳(?:が|の)(?:遠|とお)|補聴器|老眼|入れ歯|腰(?:が|の)曲が|物忘れ|もの忘れ|足腰(?:が)?(?:弱|よわ)|よぼよぼ|聞き返|同じ話(?:を)?(?:何度|なんど))'
const AGED_TOPIC92 = phrase('[0-9０-９]{2}(?:歳|才)|年齢|高齢|お年寄り|年寄り|シニア|じいちゃん|ばあちゃん|じいさん|ばあさん|年配|老人|長寿|敬老', 'u')
const OWN92 = phrase('(?<![一-龥])私|自分|僕|(?<![一-龥])俺|わたし|あたし|うちの(?:父|母|親|じいちゃん|ばあちゃん)', 'u')
const CHORE92 = '(?:お?料理|お?裁縫|家事|掃除|お?洗濯|炊事|お茶(?:くみ|出し)?|生け花|編み物|手芸|(?:ごみ|ゴミ)(?:の)?分別|分別|子育て|育児|台所仕事|針仕事|お?弁当(?:作り|づくり)?)'
const WIFE92 = '(?:(?<![一-龥])女性|女の人|女の子|(?<![一-龥])女(?![一-龥])|女子|奥(?:さん|様|さま)|主婦|お嫁さん|(?<![一-龥])嫁|(?<![一-龥])妻|母親|お母さん|ママ)(?:の方|たち|達|方)?'
const DOMAIN92 = '(?:たしなみ|嗜み|腕の見せ(?:どころ|所)|見せ場|出番|役目|役割|務め|つとめ|本分|仕事|担当|領分|専売特許|義務)'
const HUSBAND92 = '(?:旦那|だんな|ご主人|(?<![一-龥])夫|亭主|お父さん|父親|パパ)(?:さん|様|さま|たち|陣|の皆さん|の方)?'
const SEX_GEN92 = '(?:(?<![一-龥])(?:女性|男性|女|男)(?![一-龥])|女の人|男の人|女ん人|男ん人|(?<![一-龥])女子|(?<![一-龥])男子)(?:って|は|ちゃ|というのは|ってのは|というもんは)'
const TRAIT92 = '(?:財布のひも(?:が|を|は)?(?:固|堅|かた|きつ|握)|(?:お金|金|お小遣い|小遣い)に(?:うるさ|細か|厳し|シビア|がめつ)|買い物(?:が|は)?長|長話(?:が)?(?:好き|大好き)|話(?:が|は)長|おしゃべり(?:好き|が好き)|噂(?:話)?(?:が)?好き|口が軽|方向音痴|地図が読め|機械(?:に|が)(?:弱|苦手|うと)|片付け(?:が|は)?(?:苦手|でき|下手)|家事(?:が|は)?(?:苦手|でき|下手)|甘い(?:もの|物)に目がな|記念日を忘れ|根に持つ|嫉妬深|見栄っ張り)'
const TRAIT_OK92 = phrase('調査|データ|傾向|割合|アンケート|統計|という(?:の|イメージ)|と言われ|といわれ', 'u')
const BELLY92 = '(?:(?:その|あの|この)?(?:お腹|おなか|お腹まわり|ビール腹|メタボ腹|太鼓腹|たいこ腹|体型|体形|体重|二重あご)(?:のまま)?(?:だと|では|じゃ|やと))'
const BELLY_END92 = '(?:[^。！？!?\\n]{0,20}?(?:ダイエット|痩せ|やせ|絞ら|減量)[^。！？!?\\n]{0,12}?(?:厳し|きつ|無理|むり|難し|もて|相手にされ|選ばれ|結婚でき)|[^。！？!?\\n]{0,16}?(?:もて(?:ない|ん|ません|なか)|結婚(?:は|も)?(?:無理|むり|厳し|遠)|婚活(?:は|が|も)?(?:無理|むり|厳し)))'
const BELLY_OK92 = phrase('健診|健康|リスク|生活習慣病|医師|保健|血圧|血糖|病気|妊|赤ちゃん|(?<![一-龥])私|自分|僕|(?<![一-龥])俺|わたし|あたし', 'u')
const LOOKS_BAIT92 = '(?:イケメン|男前|美男子|美形|美人|美女|べっぴん|かわいい子|可愛い子)(?:ぞろい|揃い|ばかり|ばっかり|さん)?(?:です|だ|や|ばい|たい|でしょ|なんです)?(?:よ|ね)?[！!。、,…〜~♪✨]{0,3}\\s?(?:独身|未婚|お一人)?(?:の)?(?:女性|男性|女子|男子|お嬢さん|女の子|男の子|独身の方)(?:の)?(?:皆さん|皆様|みなさん|方々|陣|たち)?(?:は|も)?[、,]?[^。！？!?\\n]{0,16}?(?:今|チャンス|狙い目|お見逃しなく|ぜひ|是非|お待ち|会いに|来て|いらっしゃ|どうぞ|急いで|お早めに)'
const STAFF_SAID92 = phrase('協力隊|隊員|職員|スタッフ|担当|講師|係|さん|くん|(?<![一-龥])人|新人|男性陣|船頭|ガイド|司書|先生|保育士|消防士|団員', 'u')
const AWAY92 = '(?:旦那|だんな|ご主人|(?<![一-龥])夫|亭主|(?<![一-龥])主人)(?:さん|様|さま)?(?:の|が)(?:いない|おらん|おらない|おられない|留守の|留守に(?:している|しとる|してる)|不在の|出張中の|仕事中の|出かけ(?:た|ている|てる|とる))[^。！？!?\\n]{0,16}?(?:奥(?:さん|様|さま)|(?<![一-龥])妻|女房|主婦|ママ)(?:方|たち|達)?[^。！？!?\\n]{0,20}?(?:喜|歓迎|待って|お待ち|嬉し|うれし|楽しみ|大人気|人気|サービス|もてな)'
const LEER_AWAY92 = phrase('[😏😘💋🤤♡💕]|むふふ|うふふ|ぐふふ|意味深|張り切|はりき', 'u')
const R92: Phrase[] = [
  {
    rule: 'decency/sexual',
    severity: 'warn',
    re: phrase(NIGHT92),
    need: ['夜', 'よる', '今晩'],
    instead: INSTEAD.sexual,
    keep: (fo, _s, a, b) => LEER92.test(fo.slice(Math.max(0, a - 40), Math.min(fo.length, b + 40))),
  },
  {
    rule: 'decency/stereotype',
    severity: 'warn',
    re: phrase(`${INFIRM92}[^。！？!?\\n]{0,40}?${LAUGH50}`),
    instead: '年齢による衰えを笑いの種にせず、活動の様子を伝えてください（例：「朗読ボランティアの皆さん、本番では聞きやすい声で読み聞かせてくださいました」）',
    keep: (fo, s) => AGED_TOPIC92.test(fo) && !OWN92.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/stereotype',
    severity: 'warn',
    re: phrase(`${CHORE92}(?:や${CHORE92})?(?:は|こそ|って|ちゃ|なら)[、,]?(?:やっぱり|やっぱ|やはり|昔から|何と言っても|なんといっても|もちろん|当然|まさに)?[、,]?${WIFE92}(?:の|ん)${DOMAIN92}|${HUSBAND92}(?:は|も)[、,]?[^。！？!?\\n]{0,12}?(?:せめて[^。！？!?\\n]{0,16}?手伝(?:って|い|う)|手伝って(?:あげ|やっ))`),
    instead: '家事や分別を性別の役割として書かず、だれにでも向けて案内してください（例：「ごみの分別は、ご家族みんなで取り組みましょう」）',
    keep: (fo, s) => !MOOD_NAMED90.test(fo.slice(s.start, s.end)) && !AGAINST50.test(fo.slice(s.start, s.end)) && !CHORE_NAMED92.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/stereotype',
    severity: 'warn',
    re: phrase(`${SEX_GEN92}[、,]?(?:みんな|大体|だいたい|たいてい|基本|基本的に|昔から|どうしても|やっぱり|やっぱ|やはり)?[、,]?${TRAIT92}[^。！？!?\\n]{0,10}?(?:から|もの|もん|けん|けえ|よね|でしょ|生き物)`),
    instead: '性別で性格や好みを決めつけず、制度の内容を書いてください（例：「申請はお早めにお済ませください」）',
    keep: (fo, s) => !MOOD_NAMED90.test(fo.slice(s.start, s.end)) && !AGAINST50.test(fo.slice(s.start, s.end)) && !TRAIT_OK92.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/lookism',
    severity: 'warn',
    re: phrase(`${BELLY92}${BELLY_END92}`),
    instead: '参加者の体型をからかわず、イベントの様子を伝えてください（例：「BBQでは、皆さん会話もお肉も楽しまれていました」）',
    keep: (fo, s) => !BELLY_OK92.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/lookism',
    severity: 'warn',
    re: phrase(LOOKS_BAIT92),
    instead: INSTEAD.lookism,
    keep: (fo, _s, a) => STAFF_SAID92.test(fo.slice(Math.max(0, a - 40), a)) && !AGAINST50.test(fo.slice(Math.max(0, a - 40), a)),
  },
  {
    rule: 'decency/sexual',
    severity: 'warn',
    re: phrase(AWAY92),
    instead: INSTEAD.sexual,
    keep: (fo, s, _a, b) => LEER_AWAY92.test(fo.slice(s.start, Math.min(fo.length, Math.max(s.end, b) + 30))) && !/注意|詐欺|被害|防犯|不審/u.test(fo.slice(s.start, s.end)),
  },
]
/**
 * Round 96 (blind R96A/R97A/HT). Block kinds (R96_EARLY, ahead of the other phrases so that they hold their span):
 * - Disgust or a wish to keep out said of a demonstrative (そういうのは気持ち悪い, ああいう人たちは来ないでほしい, そげな人らは
 *   窓口に来んでほしか) that takes up a protected group named in the sentence before or earlier in its own (国保の扶養の相談で、同性
 *   パートナーのことを聞かれました。正直、そういうのは気持ち悪いので窓口に持ち込まないでほしい): the group's own reading cannot see
 *   the group through そういうの. Not when that text tells of a wrong done to the group (ヘイト, 差別, 嫌がらせ, 詐欺), not the words
 *   named as prejudice in their sentence.
 * - People named by a language they cannot speak (日本語ができない人, 日本語の分からん人, 言葉の通じない外国の方) told to keep away
 *   (来ないでほしい, ご遠慮ください, お断り, 相手にしたくない): exclusion by nationality through its proxy. Not help or a welcome in the
 *   sentence (通訳, やさしい日本語, 安心して, も大丈夫), not the words relayed or named as prejudice.
 * Warn kinds (R96, after the groups):
 * - A colleague's weight or health result made the joke (うちの課長は今年も堂々のﾒﾀﾎﾞ判定で、ベルトの穴がまたひとつ外側に移動しました
 *   （笑）): lookism; not one's own, not the readers (皆さん), not a success told (減量に成功).
 * - Mothers' postpartum bodies made the joke (産後太りのママさんも大丈夫！…ダイエット手帳も配ったほうがいいかも？（笑）): lookism;
 *   not one's own, not a class or care offered (産後ヨガ教室, 助産師の相談).
 * - A mood presumed of people for a sex and age (更年期の女性職員が多い課なので、窓口でイライラしていたらごめんなさいね（笑）): stereotype;
 *   not health advice (症状, 相談, 講座, ケア).
 * Clean (in the group reading): an example of discrimination told and named as such in the next sentence (…「ほかのお客さんの迷惑に
 *   なるから」と入店を断る。これは、障害を理由とする不当な差別的取扱いにあたります; blind HT-121): an awareness post.
 */
const THAT96 = '(?:そういう|ああいう|こういう|そういった|ああいった|こういった|そんな|あんな|そげな|あげな|そがん|あがん)(?:の|ん|人|方|者|連中|カップル|関係|人種|もん|奴|やつ)(?:たち|達|ら|々|ども)?(?:は|って|ちゃ|なんか|なんて|とか|が|も)[、,]?'
const LOATHED96 = '(?:正直|ほんと(?:に)?|本当に|まじで?|やっぱり?|なんか|生理的に|ちょっと)?[、,]?[^。！？!?\\n]{0,8}?(?:気持ち(?:が)?悪|気色(?:が)?悪|きもい|きしょい|気味(?:が)?悪|おぞまし|吐き気|虫(?:唾|酸)|生理的に(?:無理|受け付け)|受け付け(?:ない|られない|ん)|受けつけ(?:ない|られない|ん)|見たくな|関わりたくな|勘弁|(?:持ち込ま|来|こ|入ら|入って来|連れて来|見せ|近づか|近寄ら)(?:ないで|んで)(?:ほし|欲し|ください|下さい|もらいた|いただきた|くれ)|来てほしくな|来て欲しくな)'
const GROUP_NEAR96 = phrase(`${AGED}|${DISABLED}|高齢者|障(?:害|がい|碍)`, 'u')
const WRONG_DONE96 = phrase('ヘイト|(?<!被)差別|偏見|嫌がらせ|いやがらせ|いじめ|暴言|中傷|誹謗|詐欺|被害|落書き|悪質|犯罪|狙(?:う|っ|わ)|ねら(?:う|っ|わ)|心ない|心無い', 'u')
const LANG_LESS96 = '(?:日本語|にほんご|言葉|ことば)(?:が|も|の|を)?(?:全然|まったく|全く|あまり|ろくに|うまく)?(?:でき|話せ|喋れ|しゃべれ|分から|わから|わかん|通じ|読め|理解でき)(?:ない|ん|ぬ|へん|なか)(?:外国(?:人|の(?:方|人))|人|方|者|もん|お客(?:様|さん|さま)?|利用者|住民|連中|奴|やつ)(?:たち|達|ら|々)?'
const KEPT_AWAY96 = '(?:来|こ|入ら|使わ|利用し|申請し|並ば)(?:ないで|んで)(?:ほし|欲し|ください|下さい|もらいた|いただきた|くれ)|来てほしくな|来て欲しくな|来るな|来んな|(?:ご)?遠慮(?:して|ください|下さい|いただ|願)|お断り|お断わり|受け付け(?:ない|ません|られません)|お帰り(?:ください|いただ)|相手(?:に)?(?:したくな|できな|できません)|勘弁'
const LANG_HELP96 = phrase('通訳|翻訳|多言語|やさしい日本語|易しい日本語|(?<!特別)支援|サポート|ボランティア|安心|気軽|大丈夫|歓迎|どなたでも|指さし|指差し|筆談|(?:という|との|といった|って(?:いう)?)(?:ご)?(?:意見|声|要望|苦情|書き込み|投稿|言葉)', 'u')
const R96_EARLY: Phrase[] = [
  {
    rule: 'decency/discriminatory',
    re: phrase(`${THAT96}${LOATHED96}`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a) => {
      const before = `${previousSentence63(fo, s)}。${fo.slice(s.start, a)}`
      const sen = fo.slice(s.start, s.end)
      return (PROTECTED_NEAR.test(before) || GROUP_NEAR96.test(before)) && !WRONG_DONE96.test(before) && !AWARENESS.test(sen) && !NAMES_PREJUDICE.test(sen)
    },
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`${LANG_LESS96}(?:は|って|なんか|なんて|ちゃ|が|の(?:方|人)?は)?[、,]?[^。！？!?\\n]{0,16}?(?:${KEPT_AWAY96})`),
    instead: '言葉で人を排除せず、言葉に不安がある方への案内を書いてください（例：「日本語に不安のある方は、通訳タブレットをご利用いただけます」）',
    keep: (fo, s) => { const sen = fo.slice(s.start, s.end); return !LANG_HELP96.test(sen) && !AWARENESS.test(sen) && !NAMES_PREJUDICE.test(sen) },
  },
]
const COLLEAGUE96 = '(?:課長|係長|部長|室長|所長|局長|次長|主任|主査|班長|先輩|上司|副?市長|議員|署長|校長|教頭|館長|園長|隊長|団長|(?<!皆|みな|お客|お母|お父)さん|くん)'
const WEIGHT96 = '(?:メタボ|肥満|ベルト(?:の穴)?|ズボン|体重(?:計)?|お腹(?:まわり|回り)?|おなか(?:まわり|回り)?|腹(?:回り|まわり)|ウエスト|体脂肪|二重あご|太っ|太り|ぽっちゃり|貫禄)'
const WEIGHT_OK96 = phrase('(?<![一-龥])私|自分|僕|(?<![一-龥])俺|わたし|あたし|予防|改善|成功|達成|頑張|がんば|見事|目標|減量に|痩せ|やせ|赤ちゃん|犬|猫', 'u')
const POSTPARTUM96 = '(?:(?:産後|出産後|妊娠|出産|育児|子育て|授乳)(?:の)?(?:太り|ぶとり|体型|体形|お腹|おなか|たるみ|ぽっこり)|ママ(?:体型|体形)|(?:産後|出産後|出産して|産んでから)[^。！？!?\\n]{0,6}?(?:太っ|太り|体型が(?:崩|変)|お腹が(?:出|戻らな|たるん)))'
const POSTPARTUM_OK96 = phrase('(?<![一-龥])私|自分|わたし|あたし|うち(?:も|は)|教室|講座|ヨガ|ケア|相談|健診|検診|保健師|助産師|医師|栄養|体操|エクササイズ', 'u')
const MOODY96 = '(?:更年期|生理(?:中|前)?)(?:世代|真っ只中|まっただ中)?(?:の|ん)[^。！？!?\\n]{0,8}?(?:女性|女|職員|スタッフ|おばちゃん|おばさん|方|人|世代|課長|係長|上司|妻|嫁|奥さん|お母さん|母)[^。！？!?\\n]{0,10}?(?:ので|から|けん|ため)[、,]?[^。！？!?\\n]{0,20}?(?:イライラ|いらいら|機嫌(?:が)?悪|不機嫌|怒りっぽ|ピリピリ|ぴりぴり|キレ|ヒステリ|当たり(?:が)?きつ)'
const MOODY_OK96 = phrase('症状|相談|講座|教室|ケア|医師|治療|外来|セミナー|対策|和らげ|休憩|無理せず|ヨガ|体操|健康', 'u')
/** Round 106: an animal right before the さん or ちゃん a colleague reading starts at (カモさん, 猫ちゃん, パンダさん). */
const ANIMAL_SAN106 = phrase(`(?:${DUCK105}|鴨|かも|あひる|アヒル|白鳥|はと|ハト|鳩|すずめ|スズメ|猫|ねこ|にゃんこ|犬|いぬ|わんこ|わんちゃん|うさぎ|ウサギ|兎|パンダ|たぬき|タヌキ|狸|ぶた|ブタ|豚|くま|クマ|熊|ひよこ|ヒヨコ|金魚|鯉|こい|かえる|カエル|蛙|かめ|カメ|亀|ペンギン|アザラシ|カピバラ|やぎ|ヤギ|山羊|ひつじ|ヒツジ|羊|うし|ウシ|牛|うま|ウマ|馬|ハムスター|りす|リス|ぞう|ゾウ|象|キリン|ライオン|とら|トラ|虎|さる|サル|猿|ゴリラ|カバ|アライグマ|キツネ|きつね|狐)$`, 'u')
const R96: Phrase[] = [
  {
    rule: 'decency/lookism',
    severity: 'warn',
    re: phrase(`${COLLEAGUE96}(?:は|も|が|の|って|ったら|、)[^。！？!?\\n]{0,16}?${WEIGHT96}[^。！？!?\\n]{0,40}?${LAUGH50}`),
    instead: '同僚の体型や健診結果を笑いの種にせず、催しの内容を伝えてください（例：「特定健診の結果を活かして、ウォーキング教室に参加してみませんか」）',
    // Round 106: nor an animal called さん (お堀のカモさんのお腹、まん丸でかわいい（笑）): the honorific is the animal's, not a person's.
    keep: (fo, s, a, b) => !WEIGHT_OK96.test(fo.slice(a, b)) && !BODY_TEASE_VETO.test(fo.slice(a, s.end)) && !ANIMAL_SAN106.test(fo.slice(Math.max(s.start, a - 8), a)),
  },
  {
    rule: 'decency/lookism',
    severity: 'warn',
    re: phrase(`${POSTPARTUM96}[^\\n]{0,60}?${LAUGH50}`),
    instead: '産後の体型をからかわず、母子保健の案内そのものを書いてください（例：「産後の体調や体型の変化は、保健師にご相談ください」）',
    keep: (fo, s, a, b) => !POSTPARTUM_OK96.test(fo.slice(Math.max(s.start, a - 12), b)),
  },
  {
    rule: 'decency/stereotype',
    severity: 'warn',
    re: phrase(MOODY96),
    instead: INSTEAD.stereotype,
    keep: (fo, s) => !MOODY_OK96.test(fo.slice(s.start, s.end)) && !AWARENESS.test(fo.slice(s.start, s.end)),
  },
]
/**
 * Round 98 (blind R98A/R99A/HU). Block kinds (R98_EARLY, ahead of the other phrases):
 * - A broken rule or a nuisance pinned on a group in a cleft sentence (守られていないのはだいたい外国人の部屋です, 夜中に騒いでいる
 *   のは決まって留学生の部屋, ごみを捨てていくのはたいてい実習生のグループです): the group named as the culprit. Not …だけではありません
 *   (the group is not named as the one), not a victim (被害に遭っているのは…).
 * Warn kinds (R98, after the groups):
 * - An elder's driving blunder laughed at (おじいちゃんの逆走におびえる心配もなくなりますね😂, 年寄りの暴走運転…ｗ): not a safety
 *   notice (防止, 相談, 防ぐ) or no laugh.
 * - Innuendo: a word that doubles for body hair or arousal (ボーボー, もじゃもじゃ, ぬるぬる, びんびん) and a coy aside that leaves the
 *   meaning to the reader (どこの話かはご想像におまかせします, 何がとは言いませんが): not a plain notice about weeds.
 * - A colleague's single status or age pushed at with a marriage drive (お局さま（独身）、今年こそ婚活がんばって, 独身の係長、そろそろ
 *   いい人見つけて（笑）): not a 婚活 event for the readers (独身の皆さん), not congratulations.
 * - An elder's sign of age laughed at (講師がおじいちゃん職員で、スライドの字が全部特大で笑いました😂, 耳が遠くて…ｗ): not a help offered.
 */
const CULPRIT98 = `(?:${RESIDENTS}|外国の(?:人|方)|(?:${NATION})(?:人|系|籍|の(?:人|方)))(?:の)?(?:住民|学生|実習生|留学生|労働者|観光客|家族|グループ|団体)?(?:さん)?(?:の(?:部屋|家|世帯|住人|人|方|人たち|方々|グループ|子|子ども|ところ|とこ)|たち|達|ら)?`
const BROKE98 = '(?:守られて(?:い|お)?(?:ない|なか|ません|ん)|守って(?:い|お)?(?:ない|なか|ません|ん)|守っと(?:らん|らない|らん)|守らない|守らん|守れない|破って(?:いる|る|おる)|破っとる|違反して(?:いる|る|おる)|(?:ポイ捨て|不法投棄|路上駐車|無断駐車|騒音を出)(?:して(?:いる|る|おる|いく|く)|しとる|しよる|する)|(?:騒いで|騒いど|散らかして|捨てて|出して|汚して|放置して|分別して(?:い)?な)(?:いる|る|おる|いく|く|い)?)'
const R98_EARLY: Phrase[] = [
  {
    rule: 'decency/discriminatory',
    re: phrase(`${BROKE98}(?:の|ん|と)(?:は|って|ちゃ)[、,]?(?:${ALL41}|いつも|大抵|ほぼ全部|全部)?[、,]?${CULPRIT98}(?=です|でした|だ(?!け)|や(?:ろ|けん|し|ね|よ|ん)?|じゃ|なんです|なんよ|なん(?:や|だ)|ばかり|ばっかり|ばっか|ばい|たい|よ|ね|[。！!、,…〜]|$)`),
    instead: '属性でルール違反の当事者を決めつけず、守ってほしいルールと案内そのものを書いてください（例：「ごみは分別して、決められた曜日の朝8時までに出してください（多言語の案内もあります）」）',
    keep: (fo, s) => { const sen = fo.slice(s.start, s.end); return !AWARENESS.test(sen) && !NAMES_PREJUDICE.test(sen) },
  },
]
const OLD98 = `(?:${OLD76}|高齢(?:の)?(?:ドライバー|運転者)|年寄り|(?:年配|高齢)の(?:先生|講師|職員|スタッフ|上司|係長|課長))`
const BLUNDER98 = '(?:逆走|暴走|踏み間違|ふみ間違|蛇行運転|急発進|(?:あくせる|ブレーキ)と(?:あくせる|ブレーキ)(?:の|を)?(?:踏み|ふみ)?間違|ノロノロ運転|のろのろ運転|標識(?:を|が)?見え(?:ない|てない))'
const DOUBLE98 = '(?:ボーボー|ぼうぼう|もじゃもじゃ|モジャモジャ|ふさふさ|剛毛|ジャングル状態|ぬるぬる|ヌルヌル|びしょびしょ|びちょびちょ|ぐしょぐしょ|ビンビン|びんびん|ギンギン|ぎんぎん|カチカチ|かちかち|むくむく|ムクムク|太くて(?:硬|かた|固|長|大き)|(?:硬|かた|固)くて(?:太|長|大き))'
const COY98 = '(?:(?:どこ|何|なに|なん|誰|だれ)(?:の(?:話|こと)|が|を)(?:か|とは|かって)?(?:は|も)?[、,]?|(?:どこ|何|なに|なん)(?:の(?:話|こと))?とは[、,]?)[^。！？!?\\n]{0,4}?(?:ご想像に(?:お任せ|おまかせ|まかせ|任せ)|想像に(?:お任せ|おまかせ|まかせ|任せ)|言いません|いいません|言わない|いわない|言わん|いわん|言えません|いえません|内緒|ナイショ|ないしょ|秘密|ひみつ)'
const SPINSTER98 = '(?:お局|おつぼね|独身|未婚|行き遅れ|いきおくれ|売れ残|アラフォー|アラフィフ|アラサー|三十路|四十路|勤続[0-9０-９二三四]+年)'
const TEAMMATE98 = '(?:お局|おつぼね|先輩|上司|係長|課長|主任|主査|班長|部長|室長|所長|(?:課|係|室|班|部|所)の[^。！？!?\\n、,]{0,8}?(?:さん|さま|様|くん|ちゃん|先輩|姉さん|兄さん))'
const MARRY_PUSH98 = '(?:今年こそ|来年こそ|今度こそ|そろそろ|早く|はやく|いい加減|いいかげん|いよいよ|最後のチャンス|ラストチャンス)[、,]?[^。！？!?\\n]{0,8}?(?:婚活|結婚|嫁に|お嫁|嫁(?:さん)?(?:を|ば)?(?:もら|貰)|いい人|良い人|お相手|相手(?:を|ば)?見つけ|彼氏|彼女|お見合い|寿退職)'
const AGE_SIGN98 = '(?:老眼|耳が遠|入れ歯|(?:字|文字)(?:が|も|は)?[^。！？!?\\n]{0,8}?(?:特大|でか|デカ|でっか|大き(?:すぎ|い)|巨大)|物忘れ|ものわすれ|同じ(?:話|こと|質問)(?:を|ば)?(?:何度|何回|[0-9０-９二三四五]回|繰り返)|腰が曲が|よぼよぼ|ヨボヨボ|プルプル|ぷるぷる)'
const AGE_HELP98 = phrase('読みやす|見やす|聞きやす|用意|ご用意|ご相談|相談|拡大鏡|筆談|補聴器|支援|配慮|予防|講座|教室|対策', 'u')
const SPINSTER98_RE = phrase(`${SPINSTER98}|${LAUGH50}`, 'u')
const R98: Phrase[] = [
  {
    rule: 'decency/discriminatory',
    severity: 'warn',
    re: phrase(`${OLD98}(?:の|が|ん)[^。！？!?\\n]{0,8}?${BLUNDER98}`),
    instead: '高齢の運転者を笑いの種にせず、移動手段や免許返納の支援そのものを書いてください（例：「免許を返納された方は、デマンドタクシーを割引料金でご利用いただけます」）',
    keep: (fo, s, a, b) => {
      const sen = fo.slice(s.start, s.end)
      return phrase(LAUGH_MARK, 'u').test(fo.slice(a, Math.min(fo.length, Math.max(s.end, b + 40)))) && !AGAINST50.test(sen) && !/防(?:ぐ|ご|止)|事故(?:を|の)?(?:防|減|なくす)|相談|注意|気をつけ|気を付け/u.test(sen)
    },
  },
  {
    rule: 'decency/sexual',
    severity: 'warn',
    re: phrase(`${DOUBLE98}[^\\n]{0,40}?${COY98}`),
    instead: INSTEAD.sexual,
  },
  {
    rule: 'decency/stereotype',
    severity: 'warn',
    re: phrase(`${TEAMMATE98}[^。！？!?\\n]{0,30}?${MARRY_PUSH98}|${SPINSTER98}[^。！？!?\\n]{0,20}?${TEAMMATE98}[^。！？!?\\n]{0,20}?${MARRY_PUSH98}`),
    instead: '職員の年齢や結婚の有無をからかわず、業務や人柄を紹介してください（例：「勤続30年の総務課の職員が、窓口の改善に取り組んでいます」）',
    keep: (fo, s, a, b) => SPINSTER98_RE.test(fo.slice(Math.max(s.start, a - 30), Math.min(s.end, b + 30))) && !/皆さん|皆様|みなさん|の方(?:は|へ|も|を|に)|参加|募集|イベント|パーティー|セミナー|相談所|おめでとう|お祝い/u.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    severity: 'warn',
    re: phrase(`${OLD98}[^。！？!?\\n]{0,30}?${AGE_SIGN98}[^。！？!?\\n]{0,24}?${LAUGH50}`),
    instead: '年齢による見た目や体の変化を笑いの種にせず、研修や催しの内容そのものを書いてください（例：「文書事務研修を行いました。講師は総務課の職員です」）',
    keep: (fo, s) => !AGE_HELP98.test(fo.slice(s.start, s.end)) && !AGAINST50.test(fo.slice(s.start, s.end)),
  },
]
/**
 * Round 100 (blind R100A/R101A). Block kinds (R100_EARLY, ahead of the other phrases):
 * - People chosen by race (欧米系の白人さんだけにしぼって集めてます, エキストラは白人限定) or a race said to spoil the picture (アジア系の人が
 *   映ると映えん): a race or skin colour named of people, then だけ/のみ/限定 with a choosing verb, or 映えない/絵にならない. Not
 *   …だけでなく, not food or goods (アジア系の食材), not a post against it (差別, 多様性).
 * - A group's growth unwanted (外国籍の子が増えると…面倒なので、あまり増えてほしくない): a group, then 増えてほしくない / 来てほしくない
 *   or 増えると…面倒・厄介・迷惑. Not a need met (増えているため、…を増やしました), not 困る of the city's own shortage.
 * - A disabled group sent apart or made onlookers as a suggestion (特別支援学級の子たちは…別のところで見学してもらえばいい): the group, then
 *   別のところ・別室・見学 and a 〜ばいい / ほうがいい ending. Not a room offered for their ease (用意, 休める, 希望), not a route (段差, 入口).
 * Warn kinds (R100, after the groups):
 * - Innuendo: the night said to go on (夜はまだまだこれから, 今夜はここからが本番) with a coy aside or a smirk (詳しくは言えませんけど,
 *   ご想像に, 😏). Not a festival's evening programme (詳しくはプログラムを).
 * - A child named by a weak ability laughed at (足の遅い子が…誰も見とらんよ😂, 泳げない子…ｗ): not 笑顔, not the writer's own past.
 */
const RACE100 = '(?:(?:欧米|アジア|東南アジア|南アジア|アフリカ|ラテン|中東|ヨーロッパ|西洋|東洋|北欧|南米|インド|アラブ)系|白人|黒人|金髪碧眼|肌の(?:白|黒)い)'
const RACED100 = `${RACE100}(?:の)?(?:${RACE100})?(?:の)?(?:さん|人|方|男性|女性|モデル|子|お客様|お客さん|外国人|エキストラ|出演者|俳優|タレント|スタッフ|観光客)?(?:さん|たち|の方)?`
const CHOSEN100 = `${RACED100}(?:だけ(?!で(?:な|は)|じゃ(?:な|の))|のみ|限定|ばっかり|ばかり)(?:に|を|で|の)?[^。！？!?\\n]{0,12}?(?:しぼ|絞|集め|募集|選|起用|採用|揃え|そろえ|お願い|出演|キャスティング|です|でした|や(?:けん|ね|よ)?[。！!]|[。！!])|${RACED100}(?:だけ|のみ|以外)(?:は|を)?[^。！？!?\\n]{0,6}?(?:お断り|不可|ng|だめ|ダメ|いらない|いらん|要らない)`
const SPOILS100 = `${RACED100}(?:が|は|だと|やと|じゃ|ば)[^。！？!?\\n]{0,12}?(?:映え(?:ない|ん|ません|へん|なか|ないし)|絵に(?:ならな|ならん|なりません)|見栄えが(?:悪|しな|せん)|イメージ(?:に合わ|が崩|と違)|雰囲気(?:が壊|に合わ)|画(?:面)?が(?:汚|地味))`
const RACE_OK100 = phrase('(?<!被)差別|人権|偏見|多様性|多様な|共生|なくそう|いけません|許され|ではありません|わけではな|関係なく|問わず|問いません|どなたでも|食材|料理|雑貨|文化', 'u')
const GROUP100 = `(?:${RESIDENTS}|外国(?:籍|人)?(?:の)?(?:子|子ども|お子さん|方|人|家族|住民|世帯)|ムスリム|イスラム教徒|(?:障害|障がい)(?:者|児)|(?:障害|障がい)の(?:ある)?(?:子|方|人)|${NATION}(?:人|系|籍))(?:の)?(?:子|子ども|お子さん|方|人|家庭|世帯|住民|家族|観光客|実習生)?(?:たち|さん)?`
const UNWANTED100 = `${GROUP100}(?:が|は|に|も)?[、,]?[^。！？!?\\n]{0,40}?(?:(?:増え|来|住ん|入っ)て(?:ほしく|欲しく|もらいたく)(?:ない|なか|ありません|ねえ|ねー)|増え(?:ると|たら|れば|ても)[、,]?[^。！？!?\\n]{0,30}?(?:面倒|めんどう|めんどくさ|面倒くさ|厄介|やっかい|迷惑|勘弁|かなわん|たまらん|嫌(?:だ|です|な|や)|いや(?:だ|です|や)))`
const UNWANTED_OK100 = phrase('(?<!被)差別|偏見|決めつけ|思い込み|と思っていませんか|ではありません|わけではな|いけません|許され', 'u')
const SPECIAL100 = `(?:特別支援(?:学級|学校|クラス)?の(?:子|子ども|お子さん|児童|生徒)|支援(?:学級|級)の(?:子|子ども|お子さん|児童|生徒)|${DISABLED})(?:たち|さん|ら)?`
const APART100 = `${SPECIAL100}(?:は|には|って|なら)[、,]?[^。！？!?\\n]{0,40}?(?:別の(?:ところ|所|場所|部屋|会場|日|日程|コース)|別室|別会場|別日|見学|参加(?:せ|し)(?:ず|ないで|んで)|外れ|はずれ|抜け)[^。！？!?\\n]{0,16}?(?:(?:ば|たら|りゃ)(?:いい|よい|良い|よか|ええ)|(?:ほう|方)が(?:いい|よい|良い|よか|ええ|無難|安心)|で(?:いい|よい|良い|よか|ええ)(?:と|よ|です|でしょ|ん|[。！!]|$)|べき|もらいましょう|させましょう)`
const APART_OK100 = phrase('用意|設け|休め|落ち着|希望|ご本人|本人の|選べ|選択|自由に|一緒に|も参加|段差|入口|入り口|スロープ|エレベーター|バリアフリー|(?<!被)差別|偏見|ではありません|わけではな|いけません', 'u')
const NIGHT100 = '(?:夜|今夜|今晩|夜の部)(?:は|も)?[、,]?(?:まだまだ|まだ)?(?:これから|ここから)(?:が)?(?:本番|お楽しみ|長い)?|(?:夜|今夜|今晩)(?:は|も)?[、,]?(?:まだまだ|まだ)?(?:長い|本番|お楽しみ)'
const COY100 = '[😏😘🤭💋]|(?:詳しく|くわしく|具体的に|何を?する?か)(?:は)?[、,]?(?:言え|いえ|書け|かけ|言いません|いいません|書きません|言わん|いわん|言わない|いわない|ナイショ|ないしょ|内緒|秘密)|ご?想像に(?:お)?(?:任せ|まかせ)|内緒|ないしょ|ナイショ|お察し'
const WEAK100 = '(?:足の遅い|足が遅い|走るのが遅い|かけっこ(?:が|の)?遅い|運動(?:が|の)?(?:苦手|できない|できん)な?|運動音痴の|泳げない|泳げん|かなづちの|カナヅチの|逆上がり(?:が|の)?できない|勉強(?:が|の)?(?:できない|できん|苦手な)|鈍くさい|どんくさい|とろい|不器用な)(?:子|子ども|児童|生徒|お子さん|男の子|女の子|ちゃん|くん)'
const WEAK_OK100 = phrase('(?<![一-龥])私|自分|僕|わたし|あたし|(?<![一-龥])俺|昔|子どもの頃|子供の頃|小さい頃|(?<!被)差別|からかわ|笑わ(?:ない|ず)|笑いもの(?:に)?(?:しない|せず)', 'u')
const R100_EARLY: Phrase[] = [
  {
    rule: 'decency/discriminatory',
    re: phrase(`${CHOSEN100}|${SPOILS100}`),
    instead: '人種や肌の色で人を選んだり、映える・映えないと評したりせず、募集の内容そのものを書いてください（例：「観光動画のエキストラを募集しています。どなたでもご応募いただけます」）',
    keep: (fo, s) => !RACE_OK100.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(UNWANTED100),
    instead: '特定の属性の人が増えることを迷惑がらず、提供している対応そのものを書いてください（例：「宗教上の理由で食べられないものがあるお子さんには、個別に相談を受け付けています」）',
    keep: (fo, s) => { const sen = fo.slice(s.start, s.end); return !UNWANTED_OK100.test(sen) && !AWARENESS.test(sen) },
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(APART100),
    instead: '障害を理由に子どもを行事から外したり別の場所へ移したりせず、参加のための配慮そのものを書いてください（例：「一人ひとりに合わせた参加の仕方を、担任と相談して決めています」）',
    keep: (fo, s) => !APART_OK100.test(fo.slice(s.start, s.end)),
  },
]
const R100: Phrase[] = [
  {
    rule: 'decency/sexual',
    severity: 'warn',
    re: phrase(`(?:${NIGHT100})[^\\n]{0,30}?(?:${COY100})`),
    instead: INSTEAD.sexual,
  },
  {
    rule: 'decency/discriminatory',
    severity: 'warn',
    re: phrase(`${WEAK100}[^。！？!?\\n]{0,60}?${LAUGH50}`),
    instead: '子どもの運動や勉強の得手不得手を笑いの種にせず、行事の様子そのものを書いてください（例：「最後まで走り切った子どもたちに、大きな拍手が送られました」）',
    keep: (fo, s, a, b) => !WEAK_OK100.test(fo.slice(s.start, s.end)),
  },
]
/**
 * Round 98 (HU-103): sayings quoted as a sentence of their own (「男のくせに泣くな」「女の子なんだから、おとなしくしなさい」。) and named as
 * harmful by the next sentence (何気ない一言が、子どもの可能性をせばめていることがあります, そんな言葉が…傷つけ): an awareness post, the
 * sayings a mention however long they are. Not when the next sentence takes them up as the writer's own (そう言い聞かせています).
 */
const HARMFUL98 = /可能性を(?:せばめ|狭め|奪|うば|つぶ|潰)|傷つけ|傷つき|思い込み|決めつけ|押しつけ|押し付け|固定観念|縛(?:ら|り|っ)|しばっ|偏見|(?<!被)差別|生きづら|言葉の暴力|ハラスメント|はらすめんと/u
const QUOTES_ONLY98 = /^(?:[「『][^「」『』\n]{1,40}[」』][、,・\s]*)*$/u
const QUOTES_CLOSE98 = /^[^「」『』\n]{0,40}?[」』](?:[、,・\s]*[「『][^「」『』\n]{1,40}[」』])*[、,・]?(?:[-‐－―—ー~〜…‥]{1,4}[。．.！!]?|[。．.！!]|(?=\n))\s*/u
function quotedSaying98(sq: string, s: number, e: number): boolean {
  const before = sq.slice(Math.max(0, s - 8), s)
  const o = Math.max(before.lastIndexOf('「'), before.lastIndexOf('『'))
  if (o < 0 || /[」』\n]/u.test(before.slice(o))) return false
  const open = s - before.length + o
  let from = open
  while (from > 0 && !/[。．！!？?\n]/u.test(sq[from - 1]!)) from--
  if (!QUOTES_ONLY98.test(sq.slice(from, open))) return false
  const m = QUOTES_CLOSE98.exec(sq.slice(e))
  if (!m) return false
  const after = sq.slice(e + m[0].length)
  const stop = after.search(/[。！？!?\n]/u)
  const next = after.slice(0, stop < 0 ? 80 : Math.min(stop, 80))
  return HARMFUL98.test(next) && !/その(?:通|とお)り|同感|言い聞かせ/u.test(next)
}
/** Round 96 (HT-121): an example of discrimination named as such in the next sentence, also by これは / それは and 差別的取扱い. */
const CONDEMNED_NEXT96 = phrase('^[。．.!！\\s]{0,3}(?:これ|それ|こうした|このような|こういった|そうした|そのような|そういった)[^。！？!?\\n]{0,16}?(?:は|も)[、,]?[^。！？!?\\n]{0,30}?(?:(?:不当な)?差別(?:的(?:な)?(?:取(?:り)?扱い|扱い|言動|行為|対応))?(?:を助長|につなが|にあた|に当た|そのもの|行為|です|であ|として|になり|となり)|人権(?:の)?侵害|許され(?:ない|ません)|あってはな|してはな|してはいけ|違法|法律で禁|禁止され)', 'u')
function condemnedNext96(fo: string, s: Span): boolean {
  if (condemnedNext60(fo, s)) return true
  const next = fo.slice(s.end, s.end + 90)
  const m = CONDEMNED_NEXT96.exec(next)
  if (!m) return false
  const stop = next.slice(m[0].length).search(/[。！？!?\n]/u)
  return !TURNED60.test(next.slice(0, m[0].length + (stop < 0 ? next.length : stop)))
}
/**
 * Round 102 (blind R102A). Block kinds (R102_EARLY, ahead of the other phrases):
 * - The old called senile as a fact, with contempt (また年寄りが詐欺に引っかかった。ボケとるけん、何回ポスター貼っても無駄やね): an old
 *   group, then ボケとる / ボケてる / ボケている / ボケとらす stated (any dialect), then 無駄 / どうしようもない / 意味がない / 話にならん
 *   within the paragraph line (either order). Not ボケ防止, 寝ぼけ or ピンボケ, not the notion denied or called prejudice, not a quote named.
 * - A people or its trainees suspected of a crime for being seen (外国人の実習生をよく見かけます。空き巣の下見をしよるっちゃないかと心配):
 *   the group, then 見かける / うろつく / たむろする, then a crime word (下見, 空き巣, 泥棒, 犯人, 物色) with a guess (ないか, のでは, かも,
 *   違いない), or 怪しい / 不審 in the sentence of the sighting. Not the group as the victim (狙われ, 被害に遭), not the notion answered.
 * Warn kinds (R102, after the groups):
 * - The old laughed at as fraud victims (今月もおじいちゃんおばあちゃんが見事に引っかかってます😂): an old group, a past or ongoing
 *   引っかかった / だまされた / カモにされ, then a laugh. Not 引っかからないよう, not a skit or a quiz played by staff, not 笑顔.
 * - A woman's short skirt or looks made the draw for the men (ミニスカの婦警さんやったけん、おじさんたちの参加率がいつもの倍やったｗ):
 *   clothing or looks of a woman in a role, then the turnout or the men said to rise. Not a uniform's rule, not a fashion show's entrants.
 */
const OLD102 = `(?:${AGED}|${OLD_KIN}|高齢者|年寄り連中)(?:たち|ら|連中|ども|の方々|さんたち)?`
const SENILE102 = '(?<!寝|ね|ピン|ぴん|時差|平和|天然)(?:ボケ|ぼけ|呆け)(?:とる|てる|ている|ておる|とらす|とらし|ちょる|ちょらす|とう|てん|てらっしゃる|ておられ|きとる|てきてる)'
const FUTILE102 = '(?:無駄|むだ|ムダ|どうしようも(?:な|ね)|しょうもな|救いよう(?:が|も)?(?:な|ね)|話に(?:ならな|ならん|なりません)|意味(?:が|は)?(?:な(?:い|か)|ありません|ね(?:え|ー))|お手上げ|相手にするだけ)'
const SENILE_FACT102 = `${OLD102}[^\\n]{0,40}?${SENILE102}[^\\n]{0,40}?${FUTILE102}|${FUTILE102}[^。！？!?\\n]{0,20}?${OLD102}[^。！？!?\\n]{0,12}?${SENILE102}`
const SENILE_OK102 = phrase('防止|予防|わけ(?:では|じゃ)|ではありません|ではなく|じゃない(?:です|よ|ん)|(?<!被)差別|偏見|誤解|思い込み|決めつけ|という(?:言い方|言葉|表現)|と(?:呼ば|言わ|いわ)|言っては|いけません|やめましょう', 'u')
const SUSPECT_GROUP102 = `(?:${RESIDENTS}|(?:${NATION})(?:人|系|籍)|外国(?:の|ん)(?:方|人|若者)|(?:東南)?アジア系)(?:の)?(?:実習生|留学生|若者|男性|男|集団|グループ|人|方)?(?:たち|ら|さん)?`
const SEEN102 = '(?:見かけ|みかけ|見掛け|見かけた|うろうろ|ウロウロ|うろつ|ウロつ|たむろ|出入りし|歩いて|歩いと|徘徊)'
const CRIME102 = '(?:下見|空き巣|あきす|泥棒|どろぼう|窃盗|盗み|盗ん|盗っ|物色|犯人|仕業|犯行|狙って|ねらって)'
const GUESS102 = '(?:(?:ない|なか|なかろう|じゃない|ん)か|のでは|んでは|んじゃ|かも|違いな|ちがいな|違いあり|ちがいあり|気がし|としか思え|でしょう(?!か)|やろ(?!か)|と疑|ごたる|っぽい)'
const SUSPECTED102 = `${SUSPECT_GROUP102}(?:を|が|は|の|も)?[^。！？!?\\n]{0,30}?${SEEN102}[^\\n]{0,50}?${CRIME102}[^。！？!?\\n]{0,24}?${GUESS102}|${SUSPECT_GROUP102}(?:を|が|は|の|も)?[^。！？!?\\n]{0,30}?${SEEN102}[^。！？!?\\n]{0,20}?(?:怪し|あやし|不審|胡散臭|うさんくさ|気味が悪|物騒)`
const SUSPECTED_OK102 = phrase('狙われ|ねらわれ|被害に(?:遭|あ)|被害者|(?<!被)差別|偏見|決めつけ|思い込み|と疑う(?:の|こと)|ではありません|わけではな|いけません|許され|根拠(?:の|は)?な', 'u')
const DUPED102 = '(?:(?:見事に|まんまと|あっさり|ころっと|コロッと|簡単に|またもや|また)[^。！？!?\\n]{0,12}?)?(?:(?:引っかか|ひっかか|引っ掛か)(?:っ(?:た|て|と|ちゃ)|り(?:まし|よ))|(?:だまされ|騙され)(?:た|て|と|ちゃ|まし)|(?:カモ|かも|鴨)に(?:され|なっ|なり))'
const DUPED_OK102 = phrase('寸劇|劇|演じ|役の|役を|クイズ|ロールプレイ|芝居|笑いもの(?:に)?(?:しない|せず|しては)|笑(?:わ|っては)(?:ない|ず|いけ)|(?<!被)差別|偏見', 'u')
const DRESS102 = '(?:ミニスカ(?:ート)?|短いスカート|超ミニ|へそ出し|露出(?:の|が)?多(?:い|め)|胸元の(?:開いた|あいた)|ボディコン|網タイツ|ぴちぴち|ピチピチ|水着|美人|べっぴん|かわいい|可愛い|カワイイ|きれいな|綺麗な|セクシーな|色っぽい)(?:の|な)?'
const WOMAN102 = '(?:婦警|婦人警官|女性警察官|女性警官|女性|女の(?:人|子)|お姉さん|おねえさん|ねえちゃん|姉ちゃん|女性講師|女の先生|女医|ナース|看護師|保育士|職員|スタッフ|講師|先生|店員|ガイド)(?:さん|ちゃん)?'
const DRAW102 = '(?:参加率|参加者|出席率|出席者|集客|客足|来場者|申込|申し込み|男性陣|男性客|男衆|おじさん|おっちゃん|おじちゃん|じいさん|じいちゃん|男ども|野郎ども|男性参加者)(?:たち|ら|連中|の数)?(?:が|は|も)?[^。！？!?\\n]{0,16}?(?:倍|増え|ふえ|急増|アップ|跳ね上が|はねあが|爆上が|爆増|殺到|多かっ|満員|いっぱい|集まっ|前のめり|鼻の下|食いつ|釘付け|大喜び|ご機嫌)'
const DRAWN102 = `${DRESS102}${WOMAN102}[^\\n]{0,40}?${DRAW102}`
const DRAWN_OK102 = phrase('制服|規定|服装(?:の)?(?:決まり|ルール)|ファッションショー|コンテスト|(?<!被)差別|セクハラ|ハラスメント|いけません', 'u')
const R102_EARLY: Phrase[] = [
  {
    rule: 'decency/discriminatory',
    re: phrase(SENILE_FACT102),
    instead: '高齢の方を「ボケている」と決めつけず、被害を防ぐための呼びかけそのものを書いてください（例：「手口は年々巧妙になっています。ご家族でも声をかけ合ってください」）',
    keep: (fo, s, a, b) => !SENILE_OK102.test(fo.slice(Math.min(s.start, a), Math.max(s.end, b))),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(SUSPECTED102),
    instead: '国籍や立場で人を疑わず、見かけた不審な行動そのものを書いてください（例：「住宅の様子をうかがう不審な人物を見かけたら、110番通報してください」）',
    keep: (fo, s, a, b) => !SUSPECTED_OK102.test(fo.slice(Math.min(s.start, a), Math.max(s.end, b))),
  },
]
const R102: Phrase[] = [
  {
    rule: 'decency/discriminatory',
    severity: 'warn',
    re: phrase(`${OLD102}[^。！？!?\\n]{0,30}?${DUPED102}[^。！？!?\\n]{0,30}?${LAUGH50}`),
    instead: '被害に遭った高齢の方を笑いの種にせず、手口と相談先を書いてください（例：「還付金詐欺の電話が続いています。ATMでお金が戻ることはありません」）',
    keep: (fo, s) => !DUPED_OK102.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/sexual',
    severity: 'warn',
    re: phrase(DRAWN102),
    instead: INSTEAD.sexual,
    keep: (fo, s, a, b) => !DRAWN_OK102.test(fo.slice(Math.min(s.start, a), Math.max(s.end, b))),
  },
]
/**
 * Round 103 (blind R103A). Block kinds (R103_EARLY, ahead of the other phrases):
 * - A service refused to a protected group in a notice, the refusal in a plain negative closed by こと / 方針 / 予定 or a decision
 *   (外国人の方のみで構成される団体からの予約はお受けしないことといたしました, …の利用は受け付けない方針です, …にはお貸ししないことと
 *   しました, …の予約はお断りすることにしました) or in a polite negative not listed elsewhere (お受けしません, お貸ししません, ご利用
 *   いただきません): a nationality, disability, sexual-minority or 部落 group, then an act (予約, 利用, 貸し出し …) refused. Not the group
 *   merely included in a closure (…を含め, 問わず), not a legal or safety limit (在留, 法令, 台風, 工事), not a fee (入場料).
 * - A protected group used as a simile of clumsiness or stupidity for laughs (まるで障害者みたいな動きで会場大爆笑, オカマっぽい走り方
 *   でウケた, 外国人みたいな変な発音😂): disability, nationality or sexuality group, then みたいな / のような / っぽい / 並みの and a manner
 *   (動き, プレー, 顔, しゃべり方 …), with a laugh or a word of badness in the sentence. The same of the old (年寄りみたいな走り方笑) is
 *   warn (R103). Not a simulated-ageing or empathy exercise (疑似体験, 理解), not a manner praised without a laugh.
 * Warn kinds (R103, after the groups):
 * - People's bodies appraised as eye candy (選手の太ももが…「目の保養」って大盛り上がり😍, 団員さんの腹筋、最高でした😍): a person's
 *   body part, then in the sentence 目の保養 / 眼福 / たまらん / うっとり / キャーキャー, or 盛り上がり / 最高 with a leering emoji.
 *   Not training, an injury or a game (トレーニング, 肉離れ, 風船割り).
 * - Children or people named by body type teased about slimming (ﾎﾟｯﾁｬﾘ組の子たちも…お腹がへこんだかな？笑, 太めの子たちも少しは
 *   痩せたかな（笑）): a body-typed group, then お腹がへこむ / 痩せる / スリムになる / 体重が減る and a laugh. Not a health class.
 * A quoted discriminatory complaint answered with reassurance or agreement (「オ〇マみたいな人が…気持ち悪い」という声もありましたが、
 * ご安心ください。監視員がしっかり巡回しています) is an endorsement, not a mention: see `reassured103`.
 */
const PROTECTED103 = `(?:外国(?:籍)?(?:の)?(?:方|人|お客様)|外国人|(?:${NATION})(?:人|籍|系|出身)(?:の(?:方|人|お客様))?|(?:${NATION})(?:から|から来た)?の(?:方|お客様|観光客|団体客|団体|留学生|労働者|住民)|技能実習生|実習生|留学生|移民|難民|障(?:害|がい|碍)(?:者|児)|障(?:害|がい|碍)(?:の)?(?:ある|お持ちの)(?:方|人|お子さん)|(?:知的|精神|発達|身体)障(?:害|がい)(?:者|の(?:ある)?(?:方|人))?|車(?:椅子|いす)(?:の|を(?:ご)?利用の)(?:方|人)|同性(?:カップル|愛者|パートナー)|同性同士|lgbtq?|性的(?:少数者|マイノリティ)(?:の(?:方|人))?|トランスジェンダー(?:の(?:方|人))?|(?:同和地区|被差別部落|部落)(?:出身)?の(?:方|人))`
const ACT103 = `(?:ご|お)?(?:予約|利用|貸し出し|貸出|申し?込み?|参加|入場|入館|入室|入会|入居|宿泊|契約|来店|入店|乗船|応募|登録|受講|使用)(?![料券金費税])(?:の(?:お)?申し?込み?)?`
const NEG103 = `(?:お受け|お引き受け|引き受け|受け付け|受付|お貸し|貸し出し|お貸し出し|受け入れ|受入れ?|お受け入れ)(?:を|は)?(?:し|いたし|致し)?(?:ない|ません)|(?:いただか|頂か|させ)(?:ない|ません)|(?:お断り|お断わり|おことわり)(?:する|いたす|致す|申し上げる)`
const DECIDED103 = `(?:こと|方針|予定|形|運用)(?:と|に)?(?:いたしました|致しました|しました|します|いたします|なりました|なります|させていただ|した|する|です|で(?:す|ござい))|(?=[。！!]|$)`
const REFUSED103 = `${PROTECTED103}[^。！？!?\\n]{0,40}?${ACT103}(?:は|を|も|について(?:は)?)[、,]?[^。！？!?\\n]{0,10}?(?:${NEG103})(?:${DECIDED103})`
const REFUSED_OK103 = phrase('含め|含む|問わず|限らず|かかわらず|関わらず|すべての|全ての|どなたも|皆様の|在留|ビザ|査証|法令|法律|条例|台風|荒天|悪天候|工事|改修|点検|休館|満員|満席|定員|感染|ことは(?:ありません|ございません|ない)|わけでは|(?<!被)差別|偏見|人権|許され|あってはな', 'u')
const SIMILE_GROUP103 = '(?:障(?:害|がい|碍)(?:者|児)|身障者|知恵遅れ|池沼|がいじ|(?:知的|精神|発達)障(?:害|がい)(?:者)?|ダウン症(?:の人|の子)?|自閉症(?:の人|の子)?|外国人|外人|(?:中国|韓国|朝鮮|ベトナム|フィリピン|インド|アフリカ|黒)人|オカマ|おかま|オネエ|ホモ|ゲイ|レズ)'
const OLD_SIMILE103 = '(?:年寄り|お年寄り|老人|じいさん|ばあさん|じじい|ばばあ|おじいちゃん|おばあちゃん|ボケ老人|老いぼれ)'
const LIKE103 = '(?:の方|の人|さん)?(?:みたい(?:な|に|や|やった|だった)|のよう(?:な|に)|っぽ(?:い|く|か)|並み(?:の|に)|レベルの|のごた(?:る)?|のごと(?:ある)?)[^。！？!?\\n]{0,8}?(?:動き|うごき|動作|プレー|プレイ|顔|かお|表情|しゃべり方|喋り方|話し方|歩き方|走り方|投げ方|打ち方|踊り|ダンス|声|発音|字|運転|反応|走り|歩き|身のこなし|振る舞い|ふるまい|ミス|操作)'
const BAD103 = `(?:${LAUGH50}|爆笑|ウケ|うけた|笑わ|笑い|ださ|ダサ|下手|へた|ヘタ|ひど|酷|情けな|変な|へんな|おかしな|気持ち悪|きもい|恥ずかし|ぶざま|無様|ぎこちな|ぐだぐだ|グダグダ|自滅|ポンコツ|ぽんこつ)`
const BAD_RE103 = phrase(BAD103, 'u')
const SIMILE_OK103 = phrase('疑似体験|擬似体験|体験(?:し|でき|を)|理解を深|学ぶ|学び|(?<!被)差別|偏見|人権|ではありません|いけません|やめましょう|傷つけ', 'u')
const SIMILE103 = (group: string) => `(?:まるで|まさに|ほんと|完全に)?${group}${LIKE103}`
/** Is the sentence around [a, b) one with a laugh or a word of badness, and no empathy exercise or awareness? */
function mocking103(fo: string, s: Span, a: number, b: number): boolean {
  const sen = fo.slice(Math.min(s.start, a), Math.max(s.end, b))
  return BAD_RE103.test(sen) && !SIMILE_OK103.test(sen)
}
const BODY_OWNER103 = `(?:(?:選手|団員|隊員|消防士|力士|部員|メンバー|出演者|漁師|ダンサー|男性陣|女性陣|男衆|若い衆|イケメン|お兄さん|お姉さん|コーチ|先生|講師|職員|スタッフ)(?:さん|くん)?(?:たち|達|ら|陣|の皆さん)?|(?<![一-龥ぁ-ゖ])(?!息子|孫|赤子)[一-龥]{2,3}(?:さん|くん)(?:たち|達|ら)?)`
const BODY103 = '(?:太もも|ふともも|太腿|胸|胸板|胸筋|おっぱい|お尻|おしり|尻|ヒップ|腹筋|シックスパック|二の腕|上腕|力こぶ|背筋|脚|美脚|筋肉|肉体|上半身|体つき|からだつき|くびれ|うなじ)'
const EYECANDY103 = '(?:目の保養|眼福|たまら(?:ん|ない|なか|へん)|うっとり|見とれ|見惚れ|釘付け|くぎ付け|キャーキャー|きゃーきゃー|よだれ|ヨダレ|ご褒美|ごちそうさま|ご馳走さま|(?:盛り上が|最高|すご|ヤバ|やば)[^。！？!?\\n]{0,8}?[😍🤤🥵🫦💕♡❤])'
const EYECANDY_OK103 = phrase('トレーニング|筋トレ|鍛え|ストレッチ|体操|けが|ケガ|怪我|肉離れ|痛|テーピング|マッサージ|治療|風船|ゲーム|検診|健診', 'u')
const SHAPED103 = '(?:ぽっちゃり|ポッチャリ|太め|ふくよか|おデブ|デブ|でぶ|太っちょ|肥満|メタボ|ぷよぷよ|ぶよぶよ)(?:組|ぐみ|チーム|隊|軍団|コンビ|ちゃん|くん|さん|キッズ|の子|な子|体型の子|体型の(?:方|人)|の(?:方|人)|な(?:方|人))(?:たち|達|ら|チーム|組)?'
const SLIMMED103 = '(?:お腹|おなか|腹|お腹まわり|お腹周り|腹回り|ウエスト)(?:が|も|は)?[^。！？!?\\n]{0,6}?(?:へこ|凹|引っ込|ひっこ|すっきり|締ま)|痩せ|やせ|ヤセ|スリム|細く(?:な|して)|絞れ|しぼれ|絞っ|しぼっ|体重(?:が|も)?[^。！？!?\\n]{0,6}?(?:減|落ち|へっ)|(?:何|なん)キロ(?:減|落ち|痩せ|やせ)|ダイエット(?:成功|できた|になった)'
const SHAPED_OK103 = phrase('健康相談|栄養相談|保健師|医師|肥満傾向|生活習慣病|受診|(?<!被)差別|偏見|からかわ(?:ない|ず)|笑いもの(?:に)?(?:しない|せず)', 'u')
const R103_EARLY: Phrase[] = [
  {
    rule: 'decency/discriminatory',
    re: phrase(REFUSED103),
    instead: '国籍や障がい・性のあり方などで利用を断らず、守ってほしい利用のルールそのものを書いてください（例：「団体利用の際は、利用規約の遵守をお願いします」）',
    keep: (fo, s, a, b) => !REFUSED_OK103.test(fo.slice(Math.min(s.start, a), Math.max(s.end, b))),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(SIMILE103(SIMILE_GROUP103)),
    instead: '障がいや国籍、性のあり方を失敗やぎこちなさのたとえに使わず、起きたことそのものを書いてください（例：「1回戦から自滅が続く苦しい展開でした」）',
    keep: mocking103,
  },
]
const R103: Phrase[] = [
  {
    rule: 'decency/discriminatory',
    severity: 'warn',
    re: phrase(SIMILE103(OLD_SIMILE103)),
    instead: '年齢を失敗やぎこちなさのたとえに使わず、起きたことそのものを書いてください（例：「慣れない動きに苦戦していました」）',
    keep: mocking103,
  },
  {
    rule: 'decency/sexual',
    severity: 'warn',
    re: phrase(`${BODY_OWNER103}の[^。！？!?\\n]{0,6}?${BODY103}[^。！？!?\\n]{0,60}?${EYECANDY103}`),
    instead: INSTEAD.sexual,
    keep: (fo, s, a, b) => !EYECANDY_OK103.test(fo.slice(Math.min(s.start, a), Math.max(s.end, b))),
  },
  {
    rule: 'decency/lookism',
    severity: 'warn',
    re: phrase(`${SHAPED103}[^。！？!?\\n]{0,40}?(?:${SLIMMED103})[^\\n]{0,16}?${LAUGH50}`),
    instead: '体型を話題にせず、取り組みそのものを紹介してください（例：「3日間の走り込みをやり抜きました。来年も元気に参加してね」）',
    keep: (fo, s, a, b) => !SHAPED_OK103.test(fo.slice(Math.min(s.start, a), Math.max(s.end, b))),
  },
]
/**
 * Round 103 (R103A-133): a quoted complaint answered with reassurance or agreement in the same or the next sentence (「オ〇マみたいな人が
 * …気持ち悪い」という声もありましたが、ご安心ください。監視員がしっかり巡回しています; …というご意見、ごもっともです; …との苦情を受け、
 * 職員が注意します): the account sides with the complainer, so the quoted words are its own, not a mention. Not when the answer names
 * the prejudice or welcomes everyone (差別, 偏見, どなたでも, 事実はありません).
 */
const REASSURED103 = phrase(`^[^「」“”。！？!?\\n]{0,40}?[」”』][、,]?(?:という|との|といった|って|っていう)(?:ご|お)?(?:声|意見|苦情|要望|指摘|投書|お問い合わせ|問い合わせ)[^。！？!?\\n]{0,24}?(?:[。！!]\\s?)?[^。！？!?\\n]{0,12}?(?:ご安心(?:ください|下さい|を|いただ)|安心して(?:ください|下さい|いただ)|ごもっとも|もっとも(?:です|だ)|お任せください|(?:しっかり|きちんと|厳しく|厳重に|速やかに|すぐに)?(?:対応|注意|指導|警戒|監視|巡回|見回り|パトロール)(?:を)?(?:し|いたし|致し|強化し)(?:ます|て(?:まいり|参り|おり|います|いきます)))`, 'u')
const REASSURED_OK103 = phrase('(?<!被)差別|偏見|人権|誤解|どなたでも|誰もが|だれもが|多様|事実は(?:ありません|ございません)|ではありません|根拠|相談窓口|被害|傷つ|傷付|つらい|辛い|悩', 'u')
function reassured103(fo: string, end: number): boolean {
  return REASSURED103.test(fo.slice(end, end + 120)) && !REASSURED_OK103.test(fo.slice(end, end + 160))
}
/**
 * Round 104 (blind R104A/R105A). Block kinds (R104_EARLY, ahead of the other phrases):
 * - Children of a protected family status or group presumed troublesome as a rule (正直、片親の家の子はやっぱり落ち着きがない子が多くて
 *   手がかかります, 母子家庭の子はどうしてもしつけがなってないことが多い, 施設の子って問題ばかり起こすもんね): the group's children (片親,
 *   ひとり親, 母子家庭, 父子家庭, 生活保護の家庭, 施設, 外国人, 障がいのある) + a negative trait (落ち着きがない, 手がかかる, 問題が多い,
 *   しつけがなってない, 乱暴, 荒れ) + a "typically" (やっぱり, どうしても, 多い, がち, ばかり, もの). Not help described (支援, サポート,
 *   相談, 手続き), not the prejudice named (偏見, 思われがち).
 * - A sex-based put-down told as the writer's own thought (男のくせに1年も休むとか職場に迷惑だろう、と正直思いました, 女だてらに…と
 *   思った): 男/女 + のくせに/だてらに + と思った/感じた (own view). Not 思われる (passive), not a quoted example condemned (偏見, 差別).
 * Warn kinds (R104, after the groups):
 * - Staff looks used as a draw (新人の先生たち、みんなアイドル並みにかわいいので、見学に来たらびっくりしますよ, 美人スタッフに会いに来て):
 *   staff (先生, 職員, 保育士, スタッフ, 受付) + looks (アイドル並み, 美人, イケメン, かわいい) + come and see; not children or things.
 * - 夜のほう + がんばって/元気 + a leer or a second child (夜のほうもがんばって、そろそろ第2子も…？😏): sexual innuendo; not a job or a study.
 * - Someone's belly teased (パパのぽっこりビール腹🐷, 課長の中年太りのお腹（笑）): a person + ぽっこり/ビール腹/中年太り + a pig or a laugh.
 * - Old people laughed at by age and sleep or hearing (平均年齢が70歳超えとって…何人か寝とらした😂 耳の遠かけん): an age or the old +
 *   sleeping, dozing or deafness + a laugh; not care (マイク, 補聴器, ゆっくり), not health.
 * The stamina-food night of round 61 now takes 張り切る/ハッスル/燃える as the partner's act too (今夜は旦那さんも張り切るかもね😏).
 */
const GROUP_KIDS104 = '(?:片親|ひとり親|一人親|母子家庭|父子家庭|母子世帯|父子世帯|シングルマザー|シングルファザー|生活保護(?:の|を受けている|を受けとる|受給)?(?:家庭|世帯)?|(?:児童)?(?:養護)?施設|外国人|外国籍|外国ルーツ|障(?:害|がい|碍)(?:の)?ある|貧乏な|貧しい)(?:の|ん)?(?:ご)?(?:家|家庭|世帯|うち|お宅)?(?:の|ん)?(?:子|子ども|子供|こども|お子さん|お子様|児童|生徒)(?:たち|達|ら)?'
const NEG_KID104 = '(?:落ち着き(?:が|の)?(?:ない|なか|無い)|落ち着かな|手(?:が|の)?(?:かか|掛か)|問題(?:が|の)?(?:多|ある|あり)|問題(?:を|ば|ばかり|ばっかり|ばっか)?(?:起こ|おこ)|しつけ(?:が)?(?:なって(?:い)?な|なっとらん|できて(?:い)?な|悪|甘)|乱暴|荒れ|非行|キレやす|切れやす|言うこと(?:を|ば)?聞かな|わがまま|だらしな)'
const TYPICAL104 = phrase('やっぱり|やっぱ|やはり|どうしても|多い|多く|多か|がち|傾向|ばかり|ばっかり|ばっか|みんな|大体|だいたい|もの(?:です|だ|ね)|もん(?:です|だ|ね|やけん|やろ)', 'u')
const KIDS_OK104 = phrase('支援|サポート|寄り添|相談|手続き|申請|書類|(?<!被)差別|偏見|思い込み|決めつけ|思われがち|と言われ|とは限ら|わけではな|ではありません|誤解', 'u')
const SEX_PUT104 = '(?<![一-龥ぁ-ゖ])(?:男|女|男性|女性|男の子|女の子|男子|女子)(?:のくせ(?:に|して)|の癖に|だてらに)[^。！？!?\\n]{0,40}?(?:と|って)[、,]?(?:正直|本気で|内心|つい|ちょっと)?[、,]?(?:思(?:い|っ|う)|感じ|考え)'
const SEX_PUT_OK104 = phrase('(?<!被)差別|偏見|思い込み|決めつけ|固定観念|反省|いけない|いけません|やめ|[」』](?:という|といった|って|と言われ|と言う)', 'u')
const R104_EARLY: Phrase[] = [
  {
    rule: 'decency/discriminatory',
    re: phrase(`${GROUP_KIDS104}[^。！？!?\\n]{0,24}?${NEG_KID104}`),
    instead: '家庭の状況や国籍などで子どもをひとまとめにせず、仕事の内容ややりがいそのものを書いてください（例：「一人ひとりの子どもに寄り添う、やりがいのあるお仕事です」）',
    keep: (fo, s, _a, b) => { const t = fo.slice(s.start, s.end); return TYPICAL104.test(t) && !KIDS_OK104.test(t) && !PRESUMED_DENIED105.test(fo.slice(b, Math.min(fo.length, b + 90))) },
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(SEX_PUT104),
    instead: '性別を理由に人をおとしめる言葉を使わず、制度や取り組みそのものを書いてください（例：「男性職員の育休取得が増えています」）',
    keep: (fo, s) => !SEX_PUT_OK104.test(fo.slice(s.start, s.end)),
  },
]
const STAFF104 = '(?:先生|保育士|職員|スタッフ|受付(?:の(?:方|人|子))?|看護師|講師|指導員|支援員|係員|ガイド|店員|駅員)(?:さん)?(?:たち|達|陣|の皆さん)?'
const LOOKS104 = '(?:アイドル(?:並み|なみ|級|顔負け|みたい)|美人|美女|イケメン|美男|男前|(?:かわい|可愛|カワイ)(?:い|く|かっ|すぎ)|(?:きれい|綺麗|キレイ)(?:な|で|すぎ)|モデル(?:並み|なみ|級|みたい))'
const SEE104 = '(?:見学(?:に)?|会いに|見に|顔を見に)(?:来|き|おいで|いらっしゃ|お越し)'
const LOOKS_OK104 = phrase('子ども|子供|こども|園児|児童|赤ちゃん|動物|制服|衣装|作品|花|景色|園舎|建物', 'u')
const NIGHT_WAY104 = '(?:夜|よる)の(?:ほう|方)(?:も|は|が)?[、,]?[^。！？!?\\n]{0,4}?(?:元気|げんき|頑張|がんば|はっする|ハッスル|張り切|はりき|励|お盛ん|燃え)'
const SECOND_CHILD104 = phrase('[😏😘💋🍆🫦😉]|意味深|ふふ|第?[2二]子|[2二]人目|ふたり目|子宝|子作り|子づくり|弟か妹|妹か弟|きょうだい', 'u')
const BELLY104 = '(?:ぽっこり|ビール腹|中年太り|三段腹|太鼓腹|メタボ腹|たるんだ(?:お)?腹|お腹(?:が|の)?(?:出た|出とる|ぽっこり))'
const BELLY_OWNER104 = `(?:${TEASED}|旦那|ご主人|夫|父ちゃん|とうちゃん|親父|おやじ|おっさん)(?:たち|達)?(?:の|ん)`
const OLD_AGE104 = `(?:${OLD66}|(?:平均)?年齢(?:が|は)?[^。！？!?\\n]{0,4}?[6-9][0-9]歳|[6-9][0-9](?:代|歳)(?:以上|超え|過ぎ|すぎ)?(?:の(?:方|人|皆さん))?)`
const DOZED104 = '(?:寝(?:て|と|ち)(?:た|る|い|ら|っ|ん|ま)|居眠り|いねむり|うとうと|舟を漕|船を漕|耳(?:が|の|も|は)?(?:遠|とお)(?:い|か|くて|すぎ))'
const OLD_OK104 = phrase('マイク|補聴器|ゆっくり|丁寧|筆談|大きな字|健康|睡眠|熱中症|(?<!被)差別|偏見', 'u')
const R104: Phrase[] = [
  {
    rule: 'decency/lookism',
    severity: 'warn',
    re: phrase(`${STAFF104}[^。！？!?\\n]{0,24}?${LOOKS104}[^。！？!?\\n]{0,40}?${SEE104}|${LOOKS104}(?:の|な)?${STAFF104}[^。！？!?\\n]{0,12}?${SEE104}`),
    instead: INSTEAD.lookism,
    keep: (fo, _s, a, b) => !LOOKS_OK104.test(fo.slice(a, b)),
  },
  {
    rule: 'decency/sexual',
    severity: 'warn',
    re: phrase(NIGHT_WAY104),
    instead: INSTEAD.sexual,
    keep: (fo, s, a, b) => SECOND_CHILD104.test(fo.slice(b, Math.max(s.end, b + 30))) && !CHEER53.test(fo.slice(a, Math.min(fo.length, b + 10))),
  },
  {
    rule: 'decency/lookism',
    severity: 'warn',
    re: phrase(`${BELLY_OWNER104}[^。！？!?\\n]{0,6}?${BELLY104}[^。！？!?\\n]{0,40}?(?:🐷|🐖|(?<![一-龥])(?:豚|ぶた)(?:さん|みたい|並み|ちゃん|腹)|${LAUGH50})`),
    instead: '体型をからかわず、教室の内容そのものを紹介してください（例：「産後の骨盤ケア教室です。ご夫婦でのご参加も歓迎します」）',
    keep: (fo, s) => !AGAINST50.test(fo.slice(s.start, s.end)) && !BODY_TEASE_VETO.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    severity: 'warn',
    re: phrase(`${OLD_AGE104}[^。！？!?\\n]{0,40}?${DOZED104}`),
    instead: '参加者の年齢や居眠り・耳の聞こえを笑いの種にせず、説明会の様子そのものを紹介してください（例：「農地相続の説明会に多くの方が参加されました」）',
    keep: (fo, s, a, b) => {
      const t = fo.slice(s.start, s.end)
      return phrase(LAUGH_MARK, 'u').test(fo.slice(a, Math.min(fo.length, Math.max(s.end, b + 40)))) && !AGAINST50.test(t) && !OLD_OK104.test(t) && !OLD_CARE74.test(t)
    },
  },
]
/**
 * Round 106 (blind R106A). Block kinds (R106_EARLY, ahead of the other phrases):
 * - Support for a group called not worth the taxes (耳の聞こえない人のためにそこまで税金を使う必要があるのか疑問です, 車いすの人のために
 *   そんなにお金をかける必要ある？, 外国人のために市の予算を使うなんて無駄): group + のために + 税金/予算/お金 + 必要があるのか/無駄/
 *   もったいない/疑問. Not the prejudice named or answered (差別, 偏見, ではありません), not a budget told (確保しました).
 * - Disabled applicants suspected of cheating because they do not look disabled (障害があるように見えない方が…サービス目当てなのでは
 *   と感じる): 障害があるように見えない / 見た目は元気 + 目当て/不正/ずる/楽をしたい/仮病. Not the suspicion named wrong (偏見, やめ).
 * - The old called useless to society (社会の役に立たなくなった老人, 年寄りはもう用済み): 役に立たない/用済み/お荷物/穀潰し right before
 *   the old, or the old as its subject. Not the notion denied (ことはありません, 思われがち).
 * Warn kinds (R106, after the groups):
 * - The old mocked for their memory (どうせ半分は内容を覚えていないでしょうし😅 at a 敬老会): どうせ + 覚えていない/忘れる + a laugh or 😅,
 *   the old or 敬老 named in the post.
 * - People with dementia or a disability likened to small children with a laugh (幼稚園の子でもできるくらいの…認知症の皆さんでも安心です
 *   （笑）): a child as the yardstick + the group + でも, a laugh.
 * - Young women as the draw for men (若い女性の受講生が多くて…華やかに…男性の皆さんもいかがですか？😏): 若い女性 + 多い/ばかり + 華やか
 *   + men invited with a leer or a catch (😏, チャンス, 出会い); not a class's make-up told plainly (男性の受講生もお待ちしています).
 */
const TAX_GROUP106 = `(?:${DISMISSED}|耳の(?:聞こえ|きこえ)ない(?:人|方)|目の見えない(?:人|方)|認知症の(?:人|方)|ホームレス|難民|移民)`
const TAX106 = `(?:${TAX_GROUP106})(?:たち|達|の方々)?(?:の(?:ため|為)(?:だけ)?に|なんか(?:の(?:ため|為))?に|なんぞに|ごときに)[^。！？!?\\n]{0,16}?(?:税金|血税|予算|公費|公金|お金|市の(?:お)?金|金)[^。！？!?\\n]{0,24}?(?:必要(?:が|は)?(?:ある|あん)(?:の|ん)?(?:か|です(?:か|かね)|でしょうか|やろか|かな)|必要(?:なの|なん)(?:か|でしょうか|ですか)|無駄|むだ|もったいな|疑問|おかしい|納得(?:いか|でき)|理解でき(?:ない|ん))`
const TAX_OK106 = phrase('(?<!被)差別|偏見|人権|啓発|誤解|思い込み|決めつけ|(?:では|じゃ)(?:ない|ありません)|という(?:ご)?(?:声|意見)|との(?:ご)?(?:声|意見)', 'u')
const LOOKS_FINE106 = '(?:障(?:害|がい|碍)(?:が|の)?(?:ある|あるよう|者の?よう)(?:に|には)(?:は)?(?:見えない|見えん|見えな|思えない)|見た目(?:では|は|には|で|じゃ)?[、,]?(?:元気|健康|普通|ふつう|健常)(?:そう|な|に見え))'
const CHEAT106 = '(?:目当て|目的(?:な|じゃ|では)|不正|ずる(?:い|く|し)|ズル|楽を?(?:し|する)|得を?(?:し|する)|仮病|嘘|うそ|偽り|偽装|ふり|フリ|甘え|悪用)'
const CHEAT_OK106 = phrase('(?<!被)差別|偏見|思い込み|決めつけ|誤解|やめ|いけません|いけない|ではありません|(?:疑|うたが)わない', 'u')
const USELESS106 = `(?:(?:社会|世の中|地域|誰|だれ|何|なん)(?:の|にも|も)?)?(?:役に立たなく(?:なった|なっとる|なってる|なっている)|役に立たない|役に立たん|役立たずの?|用済みの?|お荷物の?|穀潰しの?|ごくつぶしの?|無用の?)(?:${AGED}|じじい|ばばあ|老いぼれ)|(?:${AGED}|じじい|ばばあ)(?:は|なんて|なんか|って)[、,]?(?:もう|もはや|しょせん|所詮)?[、,]?(?:社会|世の中|地域)?(?:の|にとって|には)?[^。！？!?\\n]{0,6}?(?:役に立たない|役に立たん|役立たず|用済み|お荷物|穀潰し|ごくつぶし)`
const USELESS_OK106 = phrase('(?<!被)差別|偏見|思い込み|決めつけ|誤解|思われがち|ことは(?:ありません|ない)|(?:では|じゃ)(?:ない|ありません)|いません|とんでもない|傘|家電|道具|機械', 'u')
const R106_EARLY: Phrase[] = [
  {
    rule: 'decency/discriminatory',
    re: phrase(TAX106),
    instead: '障がいのある方などへの支援を「税金の無駄」とせず、制度や予算の内容そのものを説明してください（例：「手話通訳の派遣について、ご意見を今後の参考にいたします」）',
    // From the group on: a resident's request named before it (…というご意見ですが、) is not the account answering the claim.
    keep: (fo, s, a) => !TAX_OK106.test(fo.slice(a, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`${LOOKS_FINE106}[^。！？!?\\n]{0,60}?${CHEAT106}`),
    instead: '見た目で障がいの有無を決めつけたり、申請者を不正目的と疑ったりせず、手続きの案内そのものを書いてください（例：「障害者手帳の申請は、医師の診断書をもとに審査いたします」）',
    keep: (fo, s) => !CHEAT_OK106.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(USELESS106),
    instead: '高齢者を「役に立たない」とおとしめず、活動や制度の内容そのものを書いてください（例：「老人クラブの地域活動を補助金で支援しています」）',
    keep: (fo, s) => !USELESS_OK106.test(fo.slice(s.start, s.end)),
  },
]
const MEMORY106 = 'どうせ[^。！？!?\\n]{0,12}?(?:覚えて(?:い|お|ら)?(?:ない|ません|な|らん|らっしゃらな)|覚えと(?:らん|らん|らせん)|忘れ(?:る|て|ちゃ|ちま|とる|とらす|ます)|わからな|分からな|聞いて(?:い)?な)'
const OLD_NAMED106 = phrase(`敬老|高齢|お年寄り|年寄り|老人|シニア|認知症|(?:じい|ばあ)(?:ちゃん|さん)|[6-9][0-9](?:代|歳)`, 'u')
const LAUGH106 = `(?:${LAUGH50}|😅|💦|\\(笑\\)|（笑）)`
const CHILDLIKE106 = '(?:幼稚園|保育園|園児|幼児|小さい子|小さな子|子ども|子供|こども|赤ちゃん|小学生)(?:の子)?(?:でも|並み|なみ|レベル)[^。！？!?\\n]{0,16}?(?:くらい|ぐらい|ほど|レベル|並み)?[^。！？!?\\n]{0,24}?(?:認知症|障(?:害|がい|碍)|知的|お年寄り|年寄り|高齢|老人|(?:じい|ばあ)(?:ちゃん|さん))(?:者|児)?(?:の)?(?:皆さん|みなさん|皆様|方々|方|人たち|人)?(?:でも|にも|なら)'
const CHILDLIKE_OK106 = phrase('(?<!被)差別|偏見|どなたでも|誰でも|だれでも|から(?:お年寄り|高齢|大人)', 'u')
const YOUNG_WOMEN106 = '(?:若い|若か|若手の|[2２]0代の|二十代の)(?:女性|女の子|女子|お嬢さん|娘さん|お姉さん|ママ)'
const DRAW106 = `${YOUNG_WOMEN106}[^。！？!?\\n]{0,16}?(?:多くて|多く|多い|多か|ばかり|ばっかり|いっぱい|たくさん|ぞろい|揃い)[^。！？!?\\n]{0,30}?(?:華やか|はなやか|華が|華やい|華やぎ|目の保養|癒され|明るくなり|潤)[^\\n]{0,40}?(?:男性|男の|男子|独身|殿方|おじさま|おじさん)[^。！？!?\\n]{0,24}?[？?！!]?\\s?(?:チャンス|狙い目|出会い|お近づき|[😏😘😉💕♡])`
const R106: Phrase[] = [
  {
    rule: 'decency/discriminatory',
    severity: 'warn',
    re: phrase(`${MEMORY106}[^。！？!?\\n]{0,16}?${LAUGH106}`),
    instead: '参加者の物忘れや記憶力を笑いの種にせず、催しの様子そのものを伝えてください（例：「来年はプログラムを短くして、ゆっくり楽しんでいただけるようにします」）',
    keep: (fo, s, a) => OLD_NAMED106.test(fo.slice(Math.max(0, a - 200), s.end)) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    severity: 'warn',
    re: phrase(CHILDLIKE106),
    instead: '認知症の方などを子どもにたとえず、活動の内容そのものを紹介してください（例：「簡単な絵を用意しましたので、気軽に塗り絵を楽しめます」）',
    keep: (fo, s, a, b) => phrase(LAUGH106, 'u').test(fo.slice(a, Math.min(fo.length, Math.max(s.end, b + 20)))) && !CHILDLIKE_OK106.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/sexual',
    severity: 'warn',
    re: phrase(DRAW106),
    instead: '受講生の性別や若さを呼び込みに使わず、講座の内容そのものを紹介してください（例：「要約筆記ボランティア養成講座の受講生を募集しています」）',
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
]
/**
 * Round 108 (blind R108A). Block kinds (R108_EARLY, ahead of the other phrases):
 * - A foreign group's aid put last (ベ ト ナ ム 人の実習生は日本語が通じんけん、避難所の配給は後回しでよかろ; the compact view joins the
 *   spaced letters): a foreign or protected group + an aid or a turn (配給, 物資, 受付, 順番) + 後回し/最後/一番後/別枠 + でよい/でいい/
 *   で構わない/にしよう. Not a question or the notion opposed (でしょうか, あってはならない, 差別), not a wish the person states (ご希望).
 * - A foreign group as the place to guard valuables (外国人の方の荷物の近くでは、念のため貴重品を身に着けておいてください): the group's
 *   荷物/そば/近く/周り + では/には + 貴重品/財布/鍵 + 身に着け/気をつけ/注意/管理. Not the group's own room or tent (留学生の部屋では), not a
 *   precaution about speaking or the aisle (ゆっくり話す, 通路).
 * Warn kinds (R108, after the groups):
 * - A district's residents looked down on as poor (…地区に住んどる人って、結局土地が安いけん住んどるっちゃろ😅 自己責任ですよね): 地区/地域
 *   に住んでいる人 + って/は + 土地が安い/家賃が安い/貧乏/お金がない + a verdict (自己責任, 結局, どうせ, 仕方ない) or a laugh; not
 *   support or a plan (支援, 補助, 制度).
 * - A bath or a changing room and a peep, with a leer (避難所のお風呂タイム、のぞいちゃダメだよ〜ぐふふ😏): sexual; not a warning or a
 *   screen (防止, 目隠し, 犯罪), not a view from a window or a baby.
 * - The old's early rising made the joke (避難所のじいちゃんばあちゃん、朝4時から起きてラジオ体操始めるけん…ゾンビ状態😂 年寄りの朝の早さ
 *   には勝てん): the old + 朝が早い/早起き/朝N時から起き + a laugh in the paragraph; stereotype; not thanks or care (感謝, 配慮).
 */
const AID_GROUP108 = `(?:${GROUP86}|${DISMISSED})(?:の(?:方|人)(?:たち|達)?)?`
const AID108 = phrase('配給|支援|物資|食事|炊き出し|弁当|お弁当|給水|毛布|受付|入所|入居|避難|誘導|救助|救援|対応|順番|診察|治療|接種|配布|配付|手当|給付|保護|援助|食料|おにぎり|水', 'u')
const LAST108 = '(?:後回し|あと回し|あとまわし|後まわし|最後|さいご|一番後|いちばん後|一番最後|いちばん最後|別枠|後ろ|うしろ)'
const FINE108 = '(?:で|に|でも|は)?[、,]?(?:よい|良い|いい|よか|よかろ|ええ|構わ|かまわ|十分|じゅうぶん|充分|しよう|しましょう|せんね|しとけ|すべき|するべき|すりゃ)'
const AID_OK108 = phrase('(?<!被)差別|偏見|人権|でしょうか|のか[。？?]|あっては(?:なら|いけ)|(?:では|じゃ)(?:ない|ありません)|わけ(?:では|じゃ)|いけない|いけません|許され|ご希望|希望(?:する|される|の)|という(?:ご)?(?:声|意見)|との(?:ご)?(?:声|意見)|しない|せず', 'u')
const NEAR_GROUP108 = `${GROUP86}(?:の(?:方|人)(?:たち|達)?)?の(?:荷物|持ち物|手荷物|そば|側|近く|周り|まわり|隣|となり|付近)(?:の(?:近く|そば|周り|まわり|付近))?(?:では|には|で|に(?:いる|行く|近づく|寄る)(?:とき|時|際)(?:は)?)[、,]?[^。！？!?\\n]{0,30}?(?:貴重品|財布|さいふ|現金|お金|カバン|かばん|バッグ|スマホ|携帯|鍵|カギ)[^。！？!?\\n]{0,20}?(?:身に(?:着|つ|付)け|気を(?:つけ|付け)|注意|用心|離さ|手放さ|しまっ|しまい|管理|目を離|持ち歩|肌身)`
const NEAR_OK108 = phrase('(?<!被)差別|偏見|人権|誤解|決めつけ|通路|話す|話し|ゆっくり|やさしい日本語|通訳', 'u')
const R108_EARLY: Phrase[] = [
  {
    rule: 'decency/discriminatory',
    re: phrase(`${AID_GROUP108}[^。！？!?\\n]{0,40}?${LAST108}[^。！？!?\\n]{0,2}?${FINE108}`),
    instead: '国籍や言葉などを理由に支援の順番を後回しにせず、通訳や案内など支援の方法そのものを書いてください（例：「外国人の方には、やさしい日本語と通訳で配給をご案内します」）',
    keep: (fo, s, a, b) => { const t = fo.slice(s.start, s.end); return AID108.test(t) && !AID_OK108.test(fo.slice(a, Math.min(s.end, b + 16))) },
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(NEAR_GROUP108),
    instead: '国籍などで人を盗みと結びつけず、すべての方に向けて貴重品の管理を呼びかけてください（例：「避難所では、貴重品は各自で身に着けて管理してください」）',
    keep: (fo, s) => !NEAR_OK108.test(fo.slice(s.start, s.end)),
  },
]
const POOR_DISTRICT108 = '(?:地区|地域|町内|団地|集落|エリア|あたり|辺り|界隈|一帯|区域|低地|川沿い|沿岸)に(?:住|す)(?:んでいる|んでる|んどる|んどう|んどらす|んでらっしゃる|む|んどん|んでいらっしゃる)(?:人|ひと|方|者|連中|家|世帯)(?:たち|達|ら|々)?(?:って|は|なんて|なんか|ちゃ)[、,]?[^。！？!?\\n]{0,30}?(?:(?:土地|家賃|地価)(?:が|の|も)?(?:安|やす)|貧乏|びんぼう|貧し|お金(?:が|の)?(?:ない|なか|無い)|金(?:が|の)?(?:ない|なか|無い)|低所得|稼ぎ(?:が|の)?(?:少な|低))'
const VERDICT108 = phrase(`自己責任|自業自得|結局|けっきょく|どうせ|しょせん|所詮|仕方な|しかたな|しょうがな|しょんなか|当然|当たり前|😅|${LAUGH50}`, 'u')
const POOR_OK108 = phrase('支援|補助|助成|制度|相談|給付|(?<!被)差別|偏見|誤解|決めつけ|(?:では|じゃ)(?:ない|ありません)|わけ(?:では|じゃ)|とは限ら', 'u')
const BATH108 = '(?:お風呂|風呂|ふろ|浴場|入浴|湯船|シャワー|更衣(?:室|所)?|着替え|脱衣|女湯|男湯|露天)'
const PEEP108 = '(?:のぞ|覗)(?:く|き|いちゃ|いたら|いて|かない|かんで|いたり|こう|かれ)'
const LEER108 = phrase(`ぐふ|ぐへ|うふふ|むふ|でゅふ|ぬふ|げへ|えへへ|[😏🤤😍😘🫣💕♡❤]|${LAUGH50}`, 'u')
const BATH_OK108 = phrase('盗撮|犯罪|防止|通報|被害|痴漢|不審|禁止|目隠し|ハラスメント|セクハラ|警察|110番|景色|湯加減|窓から|外を|夜空|星|月が|赤ちゃん|子ども|こども|猫|ねこ|犬|いぬ', 'u')
const EARLY_RISE108 = '(?:朝(?:が|の|は)?(?:早|はや)(?:い|か|さ|く|すぎ)|早起き|(?:朝|早朝|明け方|夜明け前)?[0-9０-９一二三四五](?:時|じ)(?:から|前から|前に|に|には)?[、,]?(?:起き|目が覚|目を覚|起床|活動|動き出))'
const OLD_OK108 = phrase('感謝|ありがと|頭が下が|見習|配慮|考慮|合わせて|健康|睡眠|熱中症|(?<!被)差別|偏見', 'u')
/**
 * Round 118 (R118A-111): victims of damage, theft, fraud or a disaster called deserving it (鳥獣被害にあった農家さん、柵をケチった自業自得
 * って声も…気持ちは分かります, 詐欺の被害者ってバチが当たった): warn; not the blame named to be rejected (と責めないで, ではありません).
 */
const VICTIM118 = '(?:被害|被災|災害|水害|浸水|獣害|食害|盗難|詐欺|事故|空き巣)(?:に|を)?(?:遭|あ|受け)(?:った|われた|うた|っとる|っとう|ってる|っている|た)|被害者|被災者|被災(?:した|された|しとる)|(?:盗まれ|盗られ|取られ|とられ|騙され|だまされ|狙われ|襲われ|(?:被害|詐欺|空き巣|盗難)に(?:遭|あ)っ)(?:ても|たって|たら|たのは|るのは)'
const VICTIM_OK118 = phrase('(?:では|じゃ)(?:ない|なく|ありません|ございません)|とは(?:言え|いえ|限ら)|違います|ちがいます|誤り|偏見|(?<!被)差別|決して|責め|やめ|控え|そんなこと(?:は)?(?:ない|ありません|なか)|誰でも|だれでも', 'u')
/**
 * Round 118 (R118A-108): welfare recipients presumed to give up, skip or not pay what they are given (生活保護を受けとる人に農地ば
 * 貸したら、どうせすぐ放り出すけん): block; not a support told (支援, 相談) or the prejudice named.
 */
const WELFARE118 = '(?:生活保護|ナマポ|なまぽ)(?:受給者|受給世帯|世帯|の(?:人|方)|を(?:受け|もらっ|貰っ)(?:て(?:い|お)?る|てる|とる|よる|とらす|ておられる)(?:人|方|世帯|家庭|者))'
const GIVE_UP118 = '(?:どうせ|すぐ|結局)[^。！？!?\\n]{0,10}?(?:放り出|ほったらか|投げ出|辞め|やめ(?:る|て|ち|た)|続か|つづか|サボ|さぼ|払わ|返さ|逃げ|働か(?:ん|な)|荒ら|ダメにす|だめにす)'
const WELFARE_OK118 = phrase('支援|相談|(?<!被)差別|偏見|誤解|決めつけ|思い込み|(?:では|じゃ)(?:ない|ありません)|わけ(?:では|じゃ)|とは限ら', 'u')
const R108: Phrase[] = [
  {
    rule: 'decency/discriminatory',
    re: phrase(`${WELFARE118}(?:たち|達|ら)?(?:は|って|に|には|なんて|なんか)?[、,]?[^。！？!?\\n]{0,16}?${GIVE_UP118}`),
    instead: '生活保護を受けている方をひとまとめに決めつけず、制度や事業の条件そのものを伝えてください（例：「農地の貸し借りは農業委員会でご相談ください」）',
    keep: (fo, s) => !WELFARE_OK118.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/insensitive',
    severity: 'warn',
    re: phrase(`(?:${VICTIM118})[^。！？!?\\n]{0,30}?(?:自業自得|(?:バチ|ばち|罰)(?:が)?(?:当た|あた)|ざまあ|ざまぁ)`),
    need: ['自業自得', 'ばち', '罰', 'ざまあ', 'ざまぁ'],
    instead: '被害に遭った方を責めたり揶揄したりせず、被害の状況と支援や対策を伝えてください（例：「鳥獣被害に遭われた農家の皆さまへ、防護柵の設置補助をご案内します」）',
    keep: (fo, s) => !VICTIM_OK118.test(fo.slice(s.start, Math.min(fo.length, s.end + 40)).split('\n')[0]!),
  },
  {
    rule: 'decency/discriminatory',
    severity: 'warn',
    re: phrase(POOR_DISTRICT108),
    instead: '住んでいる地区や暮らし向きで人を見下さず、その地区の災害リスクと備えそのものを伝えてください（例：「浸水想定区域にお住まいの方は、早めの避難をお願いします」）',
    keep: (fo, s, a) => { const t = fo.slice(a, s.end); return VERDICT108.test(fo.slice(a, Math.min(fo.length, s.end + 40))) && !POOR_OK108.test(t) },
  },
  {
    rule: 'decency/sexual',
    severity: 'warn',
    re: phrase(`${BATH108}[^。！？!?\\n]{0,20}?${PEEP108}`),
    instead: INSTEAD.sexual,
    keep: (fo, s, _a, b) => LEER108.test(fo.slice(b, Math.min(fo.length, b + 24)).split('\n')[0]!) && !BATH_OK108.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/stereotype',
    severity: 'warn',
    re: phrase(`${OLD66}[^。！？!?\\n]{0,16}?${EARLY_RISE108}`),
    instead: '高齢の方の生活習慣を笑いの種にせず、避難所の様子そのものを伝えてください（例：「避難所では毎朝、皆さんでラジオ体操をしています」）',
    keep: (fo, s, a, b) => {
      const para = fo.slice(a, Math.min(fo.length, b + 80)).split('\n')[0]!
      return phrase(LAUGH_MARK, 'u').test(para) && !OLD_OK108.test(para) && !AGAINST50.test(fo.slice(s.start, s.end))
    },
  },
]
// Round 110 (blind R109A/R110A/R111A): a group (the old, welfare applicants, job seekers, the failed, women) with a contempt
// predicate and a laugh; women's bodies talked of at an event. Every gap bounded inside the sentence.
const DENIED110 = phrase('(?:では|じゃ|でも)(?:ない|なく|ありません|ございません)|わけ(?:では|じゃ)|とは限ら|(?<!被)差別|偏見|誤解|思い込み|決めつけ|と思われがち|と言われ(?:がち|ます|てい)|という(?:声|考え|見方|言葉)|といった', 'u')
const BODY110 = '(?:胸元|胸|おっぱい|バスト|ばすと|お尻|おしり|尻|脚|太もも|ふともも|太腿|うなじ|谷間|くびれ|腰つき|体のライン|ボディライン|ぼでぃらいん)'
const GAZE110 = '(?:気にな(?:って|っ|り|る)|見とれ|見惚れ|目が(?:いっ|行っ|いく|行く|離せ|釘付け)|釘付け|くぎづけ|ドキドキ|どきどき|ムラムラ|むらむら|たまら(?:ん|ない|なか))'
const WISH110 = phrase('(?:もっと|さらに|もう少し|もうちょっと)?(?:薄い|薄め|うすい|うすめ|短い|短め|みじかい|透け|すけすけ|露出|ミニ|みに|ぴったり|ピタピタ|ぴたぴた|ぴちぴち|胸元の開いた|はだけ)[^。！？!?\\n]{0,16}?(?:お願い|おねがい|希望|期待|着て|頼|がいい|がよか|にして|でよろしく)', 'u')
const WOMAN110 = phrase('女性|女の子|女子|お姉さん|おねえさん|娘さん|ボランティアさん|ぼらんてぃあさん|コンパニオン|こんぱにおん|スタッフさん|すたっふさん|お嬢さん|奥さん|ママさん|美人|浴衣|ゆかた|水着', 'u')
const LEER110 = phrase(`[💕♡❤😍🤤😏😘🫣🤭]|${LAUGH50}`, 'u')
const BODY_OK110 = phrase('着付け|羽織|着崩れ|痛|けが|怪我|筋肉痛|しこり|乳がん|検診|健康|授乳|日焼け|熱中症|体操|ストレッチ|マッサージ|むくみ|診察|医療|整形|姿勢', 'u')
const MASK110 = '[〇○●◯◎×✕✖*＊■□◇◆△▲]'
const MASKED_BODY110 = `(?:おっ${MASK110}い|お${MASK110}ぱい|おっぱ${MASK110}|お${MASK110}っぱい|${MASK110}っぱい|お${MASK110}り|おし${MASK110}|ち${MASK110}び|ちく${MASK110})`
const APPRAISE110 = phrase(`大き|おおき|でか|デカ|小さ|ちいさ|揺れ|ゆれ|触|さわ|揉|もみ|見とれ|見惚れ|たまら|最高|エロ|えろ|ぷりぷり|プリプリ|形(?:が|の)?(?:いい|よか|きれい)|[😍🤤😏😘💕♡❤]`, 'u')
const SUICIDE110 = '(?:自殺|自死|自ら命を絶|みずから命を絶|命を絶)'
const WEAK110 = '(?:心(?:の|が)(?:弱|よわ)|気持ち(?:の|が)(?:弱|よわ)|精神(?:の|が|的に)?(?:弱|よわ)|意志(?:の|が)(?:弱|よわ)|弱い(?:人|者|やつ|奴|から|人間)|弱虫|よわむし|根性(?:の|が)?(?:ない|なか|無い|なし)|甘え(?!ら|て|させ|ん坊|上手|る)|逃げ(?=だ|です|でしか|に過ぎ|にすぎ|と同じ|やけん|やろ|でしょ|なんよ|。|！)|負け(?:組|犬)|卑怯|ひきょう)'
const WELFARE110 = '(?:窓口に(?:来る|くる|来られる)(?:人|者|連中|やつ)|相談に(?:来る|くる)(?:人|者|連中|やつ)|申請(?:に来る|にくる|する)(?:人|者|連中|やつ)|受給者|受給(?:している|しとる|してる|しよる)(?:人|者|連中|やつ)|生活保護(?:の|を受けて(?:いる|る|おる)|を受けとる|受給の?|を申請する|をもらって(?:いる|る)|をもらっとる)(?:人|者|世帯|連中|やつ)|生保(?:の人|受給者|の連中))'
const LAZY110 = '(?:働く気(?:が|の|も)?(?:ない|なか|無い|ねえ|ゼロ|ぜろ)|働かない|働かん|怠け(?:者|もの|てい|とる|てる|たい)|なまけ(?:者|もの)|ぐうたら|甘え(?:てる|ている|とる|だ|です|や|ばかり|ばっかり)|楽(?:を)?し(?:たい|よう)と|税金泥棒|ぜいきんどろぼう|タダ飯|ただ飯)'
const NEET110 = '(?:にーと|無職|引きこもり|引き籠もり|ひきこもり)(?:っぽい|っぽか|ぽい|みたいな|みたいか|風の|丸出しの)(?:子|人|やつ|奴|若者|兄ちゃん|にいちゃん|姉ちゃん|ねえちゃん|の)'
const DOUBT110 = '(?:働く気|やる気|就職する気|仕事する気)(?:は|が|も)?(?:ある|あん|あっ)(?:ん|の|と)?(?:かね|かな|か|やろ|だろ|でしょ|[？?🤔]|ですか)'
const OLDISH110 = `(?:${OLD66}|(?:高齢|年配|年寄り)の?(?:店主|経営者|オーナー|おーなー|店の人))`
const SLACK110 = '(?:やる気の(?:ない|なか|無い|ねえ)|やる気(?:が|も)(?:ない|なか|無い)|だらだら(?!汗|と汗|坂|続)|ダラダラ(?!汗|坂)|怠慢な|ぐうたらな|老いぼれた?)'
const FAILED_DESERVED110 = '(?:潰れ|つぶれ|閉店し|倒産し|廃業し)(?:て|た|る)(?:の(?:も|は))?(?:当然|とうぜん|当たり前|あたりまえ|自業自得|ざまあ|ざまぁ|仕方な)'
const FAILED_OWNER110 = '(?:潰れた|つぶれた|閉店した|倒産した|廃業した|閉めた|シャッターの|しゃったーの)(?:お?店|店舗|商店|会社)?の?(?:店主|オーナー|おーなー|経営者|社長|人|ひと|おっちゃん|おばちゃん|じいさん|ばあさん)(?:さん)?(?:たち|達|ら)?'
const COUPLE110 = '(?:カップル|かっぷる|二人きり|ふたりきり|2人きり|２人きり|恋人同士|男女(?:で|ふたり|二人))'
const WHATEVER110 = '(?:何が(?:起き|起こ|おき|おこ)|何があっ|なにがあっ|何をし|ナニをし|なにをし|どうなっ)(?:ても|たって|ちゃっても)'
const NOT_OURS110 = '(?:責任(?:は|を)?(?:持ち|もち|負い|おい|取り|とり)(?:ません|まっせん)|責任(?:は|を)?(?:持て|取れ|とれ)(?:ません|ん)|知りません|しりません|知らんけん|知らんよ|自己責任)'
const MOOD110 = phrase(`[😏🤭😘💕♡❤]|意味深|いみしん|ムード|むーど|雰囲気|密室|夜|暗|灯り|${LAUGH50}`, 'u')
const R110: Phrase[] = [
  {
    rule: 'decency/sexual',
    re: phrase(`${BODY110}[^。！？!?\\n]{0,8}?${GAZE110}`),
    instead: '女性の体に目を向ける書き方はせず、ボランティアの方の活動そのものを伝えてください（例：「浴衣姿のボランティアの皆さん、案内をありがとうございました」）',
    keep: (fo, s, a, b) => {
      const para = fo.slice(s.start, Math.min(fo.length, b + 80)).split('\n')[0]!
      const t = fo.slice(s.start, s.end)
      if (BODY_OK110.test(t) || DENIED110.test(t)) return false
      return WISH110.test(para) || (WOMAN110.test(fo.slice(Math.max(0, s.start - 40), b)) && LEER110.test(para))
    },
  },
  {
    rule: 'decency/sexual',
    re: phrase(MASKED_BODY110),
    instead: INSTEAD.sexual,
    keep: (fo, s, a, b) => {
      const t = fo.slice(a, s.end)
      return APPRAISE110.test(t) && !DENIED110.test(fo.slice(s.start, s.end))
    },
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`${SUICIDE110}[^。！？!?\\n]{0,16}?${WEAK110}`),
    instead: '自殺を個人の弱さのせいにせず、悩みを相談できる窓口を伝えてください（例：「一人で悩まず、こころの相談窓口にご相談ください」）',
    keep: (fo, s, _a, b) => !DENIED110.test(fo.slice(b, Math.min(s.end, b + 24))) && !/[「『"“]/u.test(fo.slice(s.start, b)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`${WELFARE110}[^。！？!?\\n]{0,16}?${LAZY110}`),
    instead: '相談や申請に来る方を怠け者と決めつけず、制度と窓口の案内そのものを書いてください（例：「生活にお困りの方は、福祉課にご相談ください」）',
    keep: (fo, s, _a, b) => !DENIED110.test(fo.slice(b, Math.min(s.end, b + 24))),
  },
  {
    rule: 'decency/discriminatory',
    severity: 'warn',
    re: phrase(`${NEET110}[^。！？!?\\n]{0,30}?(?:${DOUBT110}|${LAZY110})`),
    instead: '参加者を「ニート」などと呼んでからかわず、説明会の様子そのものを伝えてください（例：「就職説明会には多くの若い方が参加しました」）',
  },
  // Round 118 (R118A-038): the old as a whole called idle and blamed (耕作放棄地が多いのは、結局やる気のない年寄りばっかりだから): block.
  {
    rule: 'decency/discriminatory',
    re: phrase(`${SLACK110}[^。！？!?\\n]{0,4}?${OLDISH110}(?:たち|連中|ども)?(?:ばっかり|ばっか|ばかり|だらけ|しか(?:おら|い|住ん|残っ))|${OLDISH110}(?:たち|連中|ども)?(?:ばっかり|ばっか|ばかり|だらけ)(?:で|やけん|だから|なので|じゃ)?[、,]?[^。！？!?\\n]{0,6}?${SLACK110}`),
    need: ['やる気', 'だらだら', '怠慢', 'ぐうたら', '老いぼれ'],
    instead: '高齢の方をひとまとめに見下さず、課題の実情と市の取り組みを書いてください（例：「担い手の高齢化で耕作が難しくなっています」）',
    keep: (fo, s) => !DENIED110.test(fo.slice(s.start, s.end)) && !AWARENESS.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    severity: 'warn',
    re: phrase(`${SLACK110}[^。！？!?\\n]{0,4}?${OLDISH110}|${OLDISH110}(?:が|は|って|ども|連中)[^。！？!?\\n]{0,6}?${SLACK110}`),
    instead: '店を閉めた方や高齢の方を見下さず、空き店舗の現状と市の取り組みを書いてください（例：「後継者不足などで空き店舗が増えています」）',
    keep: (fo, s, _a, b) => !DENIED110.test(fo.slice(s.start, s.end)) && !/支援|相談|助成|補助/u.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    severity: 'warn',
    re: phrase(`${FAILED_DESERVED110}[^。！？!?\\n]{0,6}?(?:お?店|店舗|商店|会社|ところ)|(?:お?店|店舗|商店|会社)[^。！？!?\\n]{0,6}?(?:が|は|なんて|なんか)[、,]?${FAILED_DESERVED110}`),
    instead: '閉店した店やその店主を見下さず、空き店舗の現状と市の取り組みを書いてください（例：「空き店舗の活用を支援しています」）',
    keep: (fo, s, _a, b) => !DENIED110.test(fo.slice(s.start, Math.min(s.end, b + 24))),
  },
  {
    rule: 'decency/discriminatory',
    severity: 'warn',
    re: phrase(FAILED_OWNER110),
    instead: '閉店した店の店主さんを笑いの種にせず、商店街の現状と市の取り組みを書いてください（例：「空き店舗の活用を支援しています」）',
    keep: (fo, s, _a, b) => phrase(LAUGH50, 'u').test(fo.slice(b, s.end + 12).split('\n')[0]!) && !DENIED110.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/stereotype',
    severity: 'warn',
    re: phrase(`${OLD66}(?:さん)?(?:ばっかり|ばっか|ばかり|だらけ)[^。！？!?\\n]{0,30}?(?:通じ(?:ん|ない|なか|ませ)|(?:分|わ)から(?:ん|ない|なか)|ちんぷんかんぷん|チンプンカンプン|理解(?:でき|され)(?:ん|ない|ません)|ついて(?:こ|いけ)(?:れ|ら)?(?:ん|ない|ません))`),
    instead: '高齢の方を笑いの種にせず、活動の様子や支援そのものを伝えてください（例：「民生委員の皆さんと一緒に、LINEの使い方を学びました」）',
    keep: (fo, s, _a, b) => phrase(LAUGH50, 'u').test(fo.slice(b, s.end + 12).split('\n')[0]!) && !DENIED110.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/sexual',
    severity: 'warn',
    re: phrase(`${COUPLE110}[^。！？!?\\n]{0,30}?${WHATEVER110}[^。！？!?\\n]{0,12}?${NOT_OURS110}`),
    instead: '性的なほのめかしと受け取られる書き方はせず、夜の運航の案内そのものを書いてください（例：「夜の川下りは、灯りの中をゆったりお楽しみいただけます」）',
    keep: (fo, s, _a, b) => MOOD110.test(fo.slice(Math.max(0, s.start - 80), Math.min(fo.length, b + 12)).split('\n').pop()!) && !/保険|ライフジャケット|救命|安全|けが|怪我|事故|落水|転落|天候|荒天/u.test(fo.slice(s.start, s.end)),
  },
]
// Round 112 (blind R112A). A people (foreign workers, 実習生, a nationality) made a thing to exterminate: the group as the one
// that needs 駆除/退治/殺処分, put to it as an object (外国人を駆除), or called 害虫/害獣 outright (R112A-143): block; not a pest's
// 駆除 the group helps with (アカミミガメの駆除に留学生も参加), not a word compounded (外来種駆除, 害虫よけ).
// A middle-aged or old woman (or man) mocked as lonely, with no one to talk to or no friends, and laughed at (「猫おばさん」たち、
// 猫しか話し相手がおらんっちゃろうね😂, R112A-018): warn; not a listening service or a salon (話し相手ボランティア, 見守り).
const CULL112 = '(?:駆除|退治|殺処分|根絶やし|根こそぎ)'
const CULL_NEED112 = `(?<![一-龥の])${CULL112}(?:が|を|も|は)?(?:必要(?!な(?!ん|の[？?]))|すべき|するべき|せな|せんと|しな(?:きゃ|いと|けりゃ)|せねば|したい|したか|してほし|して欲し|してくれ|しろ|せろ|せんね|対象|の対象|したほうが|した方が|すりゃ|するしか|案件)`
const VERMIN112 = '(?:害虫|害獣|寄生虫|ゴキブリ|ごきぶり|ドブネズミ|ダニ|ウジ虫|うじ虫|蛆虫)(?:だ|や|です|じゃ|同然|以下|扱い|でしか|と変わら|みたいなもん|そのもの|ども|[。！!w笑😂🤣]|$)'
const PEOPLE_TOPIC112 = `${PEOPLE80}(?:の方)?(?:は|が|も|こそ|って|なんて|なんか|ども|連中)`
const LONELY_WHO112 = '(?:おばさん|おばちゃん|おばはん|おばさま|ばあさん|ばばあ|ババア|おじさん|おっさん|おじちゃん|じいさん|じじい|ジジイ|独身女性|独身の女性|独身男性|独身の男性|オールドミス|お局)(?:たち|達|ら|連中|ども)?[」』"”]?(?:たち|達|ら|連中)?'
const LONELY112 = '(?:話し相手|話す相手|しゃべる相手|喋る相手|友達|友だち|ともだち|友人|相手してくれる人)(?:が|も|は)?(?:い|お)(?:ない|らん|らず|ません|ね[えー]?|なか)|(?:寂|さみ|さび)しい(?:人|ひと|女|男|方)(?![生形間])|相手にされ(?:ない|ん|てない|とらん)|(?:ひとり|独り|一人)ぼっち|ぼっち(?:なん|やけん|だから|で|確定)|孤独な(?:人|方|女|男|老後)'
const LONELY_OK112 = phrase('ボランティア|傾聴|見守|サロン|相談|支援|寄り添|孤立(?:を)?(?:防|なく|予防)|防止|歓迎|どなたでも|お気軽|参加でき|(?<!被)差別|偏見|ではありません|じゃありません', 'u')
const R112: Phrase[] = [
  {
    rule: 'decency/discriminatory',
    re: phrase(`${PEOPLE_TOPIC112}[、,]?[^。！？!?\\n]{0,10}?${CULL_NEED112}|${PEOPLE80}(?:の方)?(?:を|ば)(?:まとめて|全部|全員|みんな)?${CULL112}(?:し|す|せ|対象)|${PEOPLE_TOPIC112}[、,]?[^。！？!?\\n]{0,8}?${VERMIN112}|(?<![一-龥])${CULL112}(?:が|を)?(?:必要|すべき)な(?:の|ん)(?:は|って)[、,]?[^。！？!?\\n]{0,10}?${PEOPLE80}(?:の方)?(?=です|だ|や|じゃ|でしょ|やろ|かも|[。！!w笑😂🤣]|$)`),
    instead: '人を害獣や外来生物のように「駆除」する対象として書かず、伝えたい生き物の対策そのものを書いてください（例：「クリークの外来種の駆除にご協力ください」）',
    keep: (fo, s, _a, b) => !DENIED110.test(fo.slice(s.start, Math.min(s.end, b + 16))),
  },
  {
    rule: 'decency/discriminatory',
    severity: 'warn',
    re: phrase(`${LONELY_WHO112}[^。！？!?\\n]{0,24}?(?:${LONELY112})`),
    instead: '年齢や性別の人たちを「寂しい人」と笑いの種にせず、伝えたいルールそのものを書いてください（例：「地域猫へのエサやりは、決められたルールを守ってお願いします」）',
    keep: (fo, s, _a, b) => phrase(LAUGH50, 'u').test(fo.slice(b, s.end + 12).split('\n')[0]!) && !LONELY_OK112.test(fo.slice(s.start, s.end)),
  },
]
// Round 113 (blind R113A/R114A).
// - A woman met at work (a resident at the counter, a customer) and a body part of hers the writer was distracted by, with the work
//   said to suffer or a wish that she come again (さっき印鑑登録に来た女の人、胸元ばっかり気になって仕事にならんかったわ。また来てほしい。,
//   R113A-072): sexual, block. Round 110 wanted a wish for thinner clothes or a leer; the distraction at work is the kind too. Not a
//   body's pain or a health check (BODY_OK110), not the remark denied.
// - Old people made a joke of for forgetting or asking the same thing: the ask called a fixture (聞かれるのがお約束) or the lesson said
//   never to stick (何回言っても覚えてくれん), the old named in the paragraph and a laugh with it (R113A-073): discriminatory warn; not help
//   offered (何度でも, 丁寧に), not without the laugh.
// - A staff member's body weight made the joke (うちの係長（推定体重100キロ超）が乗ってもびくともしませんでした笑, R114A-126): a person of the
//   office with their weight (体重…キロ, 100キロ超, 重量級, 巨漢) and a laugh: lookism warn; not a load's weight (100キロ超の重り), not
//   without the laugh.
const WOMAN_MET113 = phrase('女の人|女ん人|女性|女の子|お客さん|お客様|お客さま|奥さん|奥様|お姉さん|おねえさん|ママさん|お嬢さん|娘さん|来庁者|来客|住民の方|市民の方|申請者|利用者', 'u')
const DISTRACTED113 = `(?:${GAZE110}|(?:ばっかり|ばかり|ばっか)?見(?:て(?:しま|しも|もう|まう|ばっかり|ばかり)|ちゃ|入っ|つめ)|目で追)`
const WORK_LOST113 = phrase('仕事に(?:なら|ならな|ならん)|仕事が手につ?か|手につか|集中(?:でき|出来)(?:ん|な|ませ)|(?:仕事|業務|説明|手続き|対応)どころ(?:じゃ|では|や)|また来て(?:ほし|欲し|くれ|もらい|ください)|また来ん(?:かな|かね|やろか|ね)|また来ないかな|毎日(?:来て|きて)(?:ほし|欲し|くれ)', 'u')
const OLD_FORGET113 = `(?:何回|何度|なんべん|何べん|何遍|いくら|なんぼ|毎回|毎度)[^。！？!?\\n]{0,4}?(?:言って|いって|言うて|説明して|話して|教えて|伝えて)(?:も|ん)[、,]?[^。！？!?\\n]{0,6}?(?:覚えて(?:くれ|くださら|もらえ|いただけ)(?:ん|ない|ません|なか|へん)|覚えられ(?:ん|ない|ません|なか)|覚えきら(?:ん|ない)|忘れ(?:る|て|ちゃ|ら|とる))|(?:聞かれる|訊かれる|尋ねられる|質問される|聞き返される|言われる|忘れる|忘れられる)(?:の|ん)?(?:が|は)(?:お約束|おやくそく|恒例|定番|鉄板|お決まり|あるある)`
const OLD_NAMED113 = phrase(`${OLD66}|(?:おじい|おばあ|じい|ばあ)(?:ちゃん|さん)`, 'u')
const OLD_HELP113 = phrase('何度でも|何回でも|丁寧に|ゆっくり|寄り添|お手伝い|サポート|支援|ご安心|大丈夫です|(?<!被)差別|偏見|決めつけ', 'u')
const STAFF113 = '(?:係長|課長|部長|室長|所長|班長|主任|主査|局長|館長|園長|校長|教頭|団長|隊長|市長|副市長|議長|職員|同僚|上司|部下|先輩|後輩|新人|うちの(?:人|旦那|夫|主人))(?:さん|さま|様|殿)?'
const WEIGHT113 = '(?:(?:推定)?体重(?:は|が|も)?[^。！？!?\\n]{0,6}?(?:[0-9０-９]{2,3}|百)(?:キロ|kg|㎏|キログラム)|(?:[0-9０-９]{3}|百)(?:キロ|kg|㎏)(?:超え|超|越え|オーバー|級|近く|近い|はある|以上ある)|体重(?:が|も|は)?(?:重|すご|やば|ヤバ|ハンパ|半端|三桁|3桁)|重量級|巨漢|巨体|体重計(?:が|も)?(?:壊|こわ|悲鳴))'
const LAUGH113 = phrase(LAUGH50, 'u')
const R113: Phrase[] = [
  {
    rule: 'decency/sexual',
    re: phrase(`${BODY110}[^。！？!?\\n]{0,8}?${DISTRACTED113}`),
    instead: '来庁された方や一緒に働く方の体に触れる書き方はせず、窓口の様子や手続きの案内そのものを書いてください（例：「印鑑登録は市民課の窓口で受け付けています」）',
    keep: (fo, s, a, b) => {
      const t = fo.slice(a, b)
      if (BODY_OK110.test(t) || DENIED110.test(fo.slice(s.start, s.end))) return false
      const para = fo.slice(a, Math.min(fo.length, b + 80)).split('\n')[0]!
      return WOMAN_MET113.test(fo.slice(Math.max(0, a - 40), a).split('\n').pop()!) && WORK_LOST113.test(para)
    },
  },
  {
    rule: 'decency/discriminatory',
    severity: 'warn',
    re: phrase(OLD_FORGET113),
    instead: '高齢の方の物忘れや質問を笑いの種にせず、手続きの案内そのものを書いてください（例：「コンビニ交付の使い方は、窓口で何度でもご説明します」）',
    keep: (fo, s, a, b) => {
      const from = fo.lastIndexOf('\n', a - 1) + 1
      const to = fo.indexOf('\n', b) < 0 ? fo.length : fo.indexOf('\n', b)
      const near = fo.slice(Math.max(from, a - 60), Math.min(to, b + 40))
      return OLD_NAMED113.test(fo.slice(Math.max(from, a - 120), a)) && LAUGH113.test(near) && !OLD_HELP113.test(fo.slice(s.start, s.end)) && !AGAINST50.test(fo.slice(s.start, s.end))
    },
  },
  {
    rule: 'decency/lookism',
    severity: 'warn',
    re: phrase(`${STAFF113}[^。！？!?\\n]{0,16}?${WEIGHT113}(?!の|な)|${WEIGHT113}(?:の|な)${STAFF113}`),
    instead: INSTEAD.lookism,
    keep: (fo, s, a, b) => {
      const rest = fo.slice(a, Math.min(fo.length, Math.max(s.end, b + 40))).split('\n')[0]!
      return LAUGH113.test(rest) && !AGAINST50.test(fo.slice(s.start, s.end)) && !HEALTH74.test(fo.slice(s.start, s.end))
    },
  },
]
// Round 116 (r116-dec). Each kind in every register (plain, polite, casual, 筑後弁); awareness and negation kept clean.
/**
 * Blind W26 (dec9): a practical staffing choice about LANGUAGE work (日本語の案内, 英語での説明, 中国語の通訳, 手話通訳, 言葉の壁) that
 * names a nationality is no judgement of the group; only a group judged less reliable, capable or welcome is (信用できない, 不安,
 * 下手, 雑, 外国人の実習生より日本人に: JUDGED_D9).
 */
const LANG_D9 = '(?:やさしい日本語|日本語|英語|中国語|韓国語|ハングル|ベトナム語|タガログ語|ポルトガル語|スペイン語|ネパール語|インドネシア語|タイ語|フランス語|ドイツ語|ロシア語|外国語|多言語|母国語|母語|手話)'
const TASK_D9 = '(?:案内|説明|対応|通訳|翻訳|電話|問い合わせ|問合せ|アナウンス|放送|受付|窓口|やりとり|やり取り|応対|接客|読み上げ|表記|文書|書類|掲示|解説|ガイド|会話|面談|司会|通話|表示|手続き)'
const LANGUAGE_WORK_D9 = phrase(`${LANG_D9}(?:で|での|による|の|に|を使った|を使う)?(?:ご|お)?[一-龥]{0,4}?${TASK_D9}|${TASK_D9}(?:は|を|も)?[、,]?${LANG_D9}(?:で|が)|通訳|翻訳|言葉の壁`, 'u')
const JUDGED_D9 = phrase('信用|信頼|不安|心配|怖|こわ|下手|へた|たどたどし|片言|カタコト|雑(?![誌貨談木])|いい加減|適当|ミス|トラブル|マナー|サボ|さぼ|怠け|頼りな|心もとな|危な|危険|抵抗|任せられ|(?:人|方|生|さん|スタッフ|職員|ヘルパー)より', 'u')
/** The words (a sentence, or a match and the rest of its sentence) name language work and judge no group. */
function languageWorkD9(t: string): boolean {
  return LANGUAGE_WORK_D9.test(t) && !JUDGED_D9.test(t)
}
const AWARE116 = phrase('(?<!被)差別|偏見|人権|啓発|誤解|思い込み|決めつけ|ではありません|ではなく|わけでは|と(?:いう|いった|の)(?:声|言葉|表現|言い方|書き込み|発言|意見)|[」』]|やめ|いけません|いけない|なりません|許され|不適切', 'u')
const R116_EARLY: Phrase[] = [
  // Round 119 (R116A-059): women on staff proposed as hostesses to liven up a gathering (若い女子職員がお酌したらもっと盛り上がるのに,
  // 女性職員に接待させれば喜ばれる): staff offered as an attraction, block; not a refusal of it (お酌は強要しません).
  {
    rule: 'decency/sexual',
    re: phrase(`${HOSTESS_WOMEN78}(?:も|が|は|に|を)?[^。！？!?\\n]{0,12}?${HOSTESS78}[^。、！？!?\\n]{0,8}?(?:たら|れば|ると|た(?:ほう|方)が)[^。！？!?\\n]{0,16}?(?:盛り上が|もりあが|華やか|はなやか|喜ば|喜ぶ|喜び|色気|場が和|受けが|ウケが|うけが)`),
    instead: INSTEAD.sexual,
    severity: 'block',
    keep: (fo, s) => !HOST_VETO78.test(fo.slice(s.start, s.end)),
  },
  // R116A-015: people with dementia named by the slur ぼけた + a person (ボケた人の相手は疲れますね, ボケとる年寄り): block; not とぼけた, 寝ぼけた,
  // ピンボケ, a blurred photo or a comedy duo's ボケ.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?<![とね寝差んぴっ])ぼけ(?:た|てる|ている|てる|とる|ちょる|てしもうた|ちゃった)(?:人|ひと|老人|年寄り|お年寄り|じいさん|ばあさん|じいちゃん|ばあちゃん|爺さん|婆さん|じじい|ばばあ|連中|方|親|おやじ|おふくろ)'),
    instead: '病気や障がいを軽い呼び名で呼ばず、正式な名称で書いてください（例：「認知症の方への接し方講座を開きます」）',
    keep: (fo, s) => !DEMENTED_VETO56.test(fo.slice(s.start, s.end)) && !AWARE116.test(fo.slice(s.start, s.end)),
  },
  // R116A-038: a service wished kept to Japanese staff, over foreign ones (外国人の介護スタッフは…不安です。やっぱり日本人の職員に担当して
  // もらいたい): block; not a plain staffing note (日本人の職員と外国人の職員がおります).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:外国(?:人|籍)|外国の(?:方|人)|実習生|留学生|(?:ベトナム|フィリピン|中国|韓国|ネパール|インドネシア|ミャンマー|ブラジル)(?:人|の(?:方|人)))[^\\n]{0,60}?(?:やっぱり|やっぱ|やはり|できれば|できたら|本当は|正直)?[、,]?日本人(?:の)?(?:職員|スタッフ|ヘルパー|先生|看護師|介護士|店員|ガイド|船頭|担当(?:者)?|方|人)(?:さん)?(?:に|が|で)[^。！？!?\\n]{0,10}?(?:担当して|対応して|見て|来て|やって|お願いし|してもら|診て|教えて)?(?:もらいたい|もらいたか|ほしい|欲しい|いただきたい|頂きたい|もらえると|いい|良い|よか|安心)'),
    instead: '国籍で人を分けず、誰が担当しても同じ質のサービスを提供していることを伝えてください（例：「経験豊富なスタッフが対応します」）',
    // Blind W26 (dec9): language work given to those who speak it (日本語の案内は日本人スタッフに任せた方が安心): a practical choice.
    keep: (fo, s, a, b) => !AWARE116.test(fo.slice(a, b)) && !languageWorkD9(fo.slice(Math.min(s.start, a), b) + (/^[^。！？!?\n]*/u.exec(fo.slice(b))?.[0] ?? '')),
  },
  // R116A-087: welfare recipients resented as getting things free at others' cost (生活保護の方はタダで使えてうらやましい, ずるい, いいご身分):
  // warn; not the service explained (生活保護の方は自己負担がありません), not the prejudice named.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:生活保護|ナマポ|なまぽ)[^。！？!?\\n]{0,30}?(?:タダ|ただで|無料|税金で|自己負担なし|負担なし|もらえ|貰え|払わなく|払わんで)[^。！？!?\\n]{0,20}?(?:うらやまし|羨まし|ずるい|ずるか|ズルい|いいご身分|いい身分|楽でいい|得して|いいよね|いいですね|ええな|よかね|ずっこい)'),
    severity: 'warn',
    instead: '制度を使う人をうらやんだり責めたりせず、制度の内容と窓口を案内してください（例：「介護扶助について詳しくは福祉課へ」）',
    keep: (fo, s) => !AWARE116.test(fo.slice(s.start, s.end)),
  },
  // R116A-126: a sexual minority told it may come too, as if in doubt (ゲイの人でも参加できますので、ご安心ください): warn; not everyone welcomed
  // (どなたでも), not the partnership system or a consultation.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:ゲイ|ホモ|レズ(?:ビアン)?|オカマ|おかま|オネエ|おねえ系|同性愛(?:者)?|トランスジェンダー|トランス|性的(?:少数者|マイノリティ)|lgbtq?\\+?|バイセクシャル|バイセクシュアル)(?:の)?(?:人|方|かた|方々|皆さん|さん)?(?:たち)?でも[、,]?[^。！？!?\\n]{0,16}?(?:参加|利用|入場|入会|来場|乗船|入館|出場|入居|申し?込み?)(?:は|も)?(?:でき|いただけ|頂け|可能|ok|大丈夫|かまい|構い|問題な)'),
    severity: 'warn',
    instead: '特定の人だけを取り上げず、「どなたでもご参加いただけます」と書いてください',
    keep: (fo, s) => !phrase('パートナーシップ|制度|宣誓|証明|相談|当事者|差別|偏見|人権|啓発', 'u').test(fo.slice(s.start, s.end)),
  },
  // R117A-044: disabled visitors asked to keep away because they slow others down (車いすの団体さんが来ると乗船に時間がかかって…その時間帯は
  // 避けてほしい): block; not advice for their own comfort or an accessible route (段差を避けてください).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:車(?:椅子|いす)|障(?:害|がい|碍)|盲導犬|ベビーカー|介助|視覚|聴覚|知的|発達|認知症)[^。！？!?\\n]{0,50}?(?:時間(?:が|を)?(?:かか|食)|つかえ|詰ま|迷惑|邪魔|手間|遅れ|待たされ|足手まとい|面倒)[^。！？!?\\n]{0,40}?(?:避けて|控えて|遠慮して|ずらして|来ないで|来んで|こんで|やめて|外して)(?:ほしい|欲しい|もらいたい|もらいたか|いただきたい|頂きたい|ほしか|くれ|もらえ)'),
    instead: '障がいのある方が来ることを迷惑のように書かず、必要な手伝いや混み合う時間を案内してください（例：「車いすの方は乗船のお手伝いをいたします。事前にご連絡ください」）',
    keep: (fo, s, a, b) => !AWARE116.test(fo.slice(a, b)) && /車|障|盲|介助|視覚|聴覚|知的|発達|認知症/u.test(fo.slice(a, a + 4)) && !fo.slice(a, a + 5).startsWith('ベビー'),
  },
  // R117A-077: older women or men as a herd, called noisy or rude (おばちゃん軍団ってうるさい, じいさん連中は図々しい): block; not thanks to
  // the same group (おばちゃん軍団の皆さん、ありがとう).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:おばちゃん|おばさん|おばはん|おっちゃん|おじさん|おっさん|じいさん|ばあさん|じじい|ばばあ|年寄り|老人|ジジババ|じじばば)(?:の)?(?:軍団|連中|集団|ども|ら|たち|達)(?:って|は|ときたら|ったら|なんて)[、,]?[^。！？!?\\n]{0,20}?(?:うるさ|やかまし|騒がし|図々し|ずうずうし|厚かまし|あつかまし|マナー(?:が)?(?:悪|わる)|品が(?:な|無)|下品|がめつ|デリカシー(?:が)?(?:な|無)|迷惑|邪魔|たち(?:が)?(?:悪|わる))'),
    instead: '年齢や性別で人をひとまとめにして悪く言わず、お願いしたいことを具体的に書いてください（例：「船内ではお静かにお願いします」）',
    keep: (fo, s, a, b) => !AWARE116.test(fo.slice(a, b)),
  },
  // R117A-077: a fault put down to growing old (年取るとデリカシーなくなる, 歳をとると図々しくなる): block.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:年|歳|とし)(?:を)?(?:取|と)(?:る|ったら|ると|れば)[^。！？!?\\n]{0,8}?(?:デリカシー(?:が)?(?:な|無)くな|図々しく|ずうずうしく|厚かましく|あつかましく|うるさくな|頑固にな|がんこにな|わがままにな|恥じらい(?:が)?(?:な|無)くな|品が(?:な|無)くな|下品にな)'),
    instead: '年齢で人をひとまとめにして悪く言わず、お願いしたいことを具体的に書いてください',
    keep: (fo, s, a, b) => !AWARE116.test(fo.slice(a, b)) && !/とは限ら|わけでは|ではありません/u.test(fo.slice(b, s.end)),
  },
  // R117A-105: people of a place looked down on for schooling or breeding (田舎の人たちは教育レベルの差, あの地区は民度が低い): block; not
  // a programme to raise learning (教育水準の向上), not the prejudice named.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:田舎|いなか|地方|僻地|へき地|山奥|集落|地区|地域|校区|在所|島|[一-龥]{1,4}(?:地方|県|市|町|村))(?:の|ん)?(?:人|ひと|もん|者|方|人間|連中|住民)(?:たち|達|ら)?(?:って|は|ときたら|なんて)[、,]?[^。！？!?\\n]{0,50}?(?:教育(?:の)?(?:レベル|水準|程度)(?:が|の)?(?:低|差|違)|学(?:が)?(?:な|無)|民度(?:が)?(?:低|ひく)|知能|頭(?:が)?(?:悪|わる)|程度(?:が)?低|レベル(?:が)?低)'),
    instead: '出身地や住む地域で人の能力を決めつけず、伝えたいことを具体的に書いてください',
    keep: (fo, s, a, b) => !AWARE116.test(fo.slice(a, b)) && !/向上|支援|格差(?:の)?(?:解消|是正)|取り組/u.test(fo.slice(a, s.end)),
  },
  // R117A-134: a disabled visitor laughed off as unable (車いすの方は川下り無理っすよね〜ｗ): warn; not access information without a laugh
  // (段差があるため乗船が難しい場合があります).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${DISABLED}|車(?:椅子|いす)(?:の)?(?:人|方|利用者|ユーザー|お客さん)|目の見えない|耳の聞こえない)(?:は|には|って|なんて|じゃ)[、,]?[^。！？!?\\n]{0,16}?(?:無理|むり|ムリ|できん|できない|でけん|やめとい|やめた(?:ほう|方)|危ない)[^。！？!?\\n]{0,12}?(?:${LAUGH_MARK}|[😅💦]|ヒヤヒヤ|ひやひや)`),
    severity: 'warn',
    instead: '障がいのある方をからかわず、段差やお手伝いの有無など必要な情報を書いてください（例：「車いすの方は乗船のお手伝いをいたします。事前にご連絡ください」）',
    keep: (fo, s, a, b) => !AWARE116.test(fo.slice(a, b)),
  },
]
/** Round 121: talk about such a remark (…と言うのはやめましょう, セクハラ, 差別, 配慮): not one. */
const AWARE121 = phrase('やめ|止め|控え|セクハラ|ハラスメント|(?<!被)差別|偏見|配慮|不適切|傷つけ|しないで|しません|禁止|ご遠慮|ないよう', 'u')
const R121_EARLY: Phrase[] = [
  // R122A-023: exposure wished for as what looks good on people (露出多めの方が写真映えする, 肌を見せた方がかわいい, 胸元が開いてる方が
  // 色っぽい): `decency/sexual` warn; not a sun or safety note (露出の多い服装は避けましょう).
  {
    rule: 'decency/sexual',
    re: phrase('(?:露出|肌見せ)(?:が|の|度)?(?:多め|多い|多く|高め|高い|大きい)[^。！？!?\\n]{0,12}?(?:映え|ばえ|可愛|かわい|好き|最高|たまら|そそ|色っぽ|セクシー|目の保養|眼福)|(?:肌|胸元|胸|谷間|脚|太もも|太腿|うなじ|背中)(?:を|が)?(?:見せ|出し|出て|開い|あい|露わ|あらわ|見え)[^。！？!?\\n]{0,6}?(?:た|てる|ている|とる)?(?:方|ほう)が[^。！？!?\\n]{0,8}?(?:映え|ばえ|可愛|かわい|色っぽ|セクシー|目の保養|眼福|たまら|そそ|好き)'),
    instead: INSTEAD.sexual,
    severity: 'warn',
    keep: (fo, s) => !AWARE121.test(fo.slice(s.start, s.end)),
  },
  // R122A-116: a body in the sentence and the writer's gaze at it (胸を出して授乳するママさん…目のやり場に困りました, 水着の職員さん、目のやり場
  // に困るｗ): `decency/sexual` warn; not a dress rule (…ような服装はご遠慮ください) or a talk against the remark.
  {
    rule: 'decency/sexual',
    re: phrase('(?:授乳|おっぱい|胸|乳|谷間|胸元|肌|水着|露出|脚|太もも|太腿|ミニスカ|お尻|おしり|女性|女の子|ママ|お母さん|お姉さん|職員さん)[^。！？!?\\n]{0,30}?目のやり場(?:に|が)?(?:困|こま|な(?:い|か|く))'),
    instead: INSTEAD.sexual,
    severity: 'warn',
    keep: (fo, s, a, b) => !AWARE121.test(fo.slice(s.start, s.end)) && !/^[^。！？!?\n]{0,8}?(?:ような|ような服|服装)/u.test(fo.slice(b, b + 12)),
  },
  // R123A-111: a perverted man said to be pleased by a place or a sight (変態が喜びそうｗ, 痴漢が喜ぶ, ロリコンが喜びそう): `decency/sexual` warn;
  // not metamorphosis (完全変態を観察して子どもたちが喜んで).
  {
    rule: 'decency/sexual',
    re: phrase('(?:変態|へんたい|痴漢|ちかん|ロリコン|すけべ|スケベ|エロ(?:おやじ|親父|じじい|ジジイ)|のぞき魔|覗き魔)(?:さん|ども|連中|たち)?(?:が|は|も)?(?:大)?(?:喜|よろこ)(?:び|ぶ|ん|ば|ぼ)'),
    instead: INSTEAD.sexual,
    severity: 'warn',
    keep: (fo, s) => !AWARE121.test(fo.slice(s.start, s.end)),
  },
  // R122A-071: vomit told in the crude word (ゲロ吐いとる新成人, ゲロまみれ, ゲロった): vulgar on an official account, `decency/sexual` warn;
  // not a frog (ゲロゲロ) or a care notice (嘔吐物の処理).
  {
    rule: 'decency/sexual',
    re: phrase('(?:(?<![ぁ-ゖ一-龥])|(?<=[てでがもはをと]))(?:げろ|げぼ)(?:を|が)?(?:吐|はい|はく|はき|はか|ぶちま|まみれ|だらけ|った|って(?!ぃ)|る(?![ぁ-ゖ])|の(?:海|臭|におい|匂))'),
    instead: '酔って吐いた人など下品な描写は公式アカウントでは書かず、「飲みすぎに注意しましょう」など呼びかけだけにしてください',
    severity: 'warn',
    keep: (fo, s) => !AWARE121.test(fo.slice(s.start, s.end)),
  },
  // R120A-063: people to be split by nationality or race at a counter, a line or a fee (国籍で窓口を分けたほうがいい, 外国人と日本人で受付を
  // 分けるべき): `decency/discriminatory` block; not a multilingual desk offered or “regardless of nationality”.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:国籍|人種|出身国|民族|外国人(?:と日本人)?|日本人と外国人)(?:で|ごとに|によって|別に|ごと)[、,]?[^。！？!?\\n]{0,10}?(?:窓口|受付|入口|入り口|列|席|部屋|待合|対応|料金|扱い|トイレ|風呂|浴場|時間)(?:を|は|も)?(?:分け|わけ|別に|変え|かえ|区別し)(?:た(?:ほう|方)が|るべき|れば(?:いい|良い|よい|よか)|たら(?:いい|良い|よい|よか)|て(?:ほしい|欲しい|もらいたい)|てはどうか|たい)'),
    instead: '国籍や人種で人を分けず、誰にも同じ窓口と手続きで対応することを伝えてください（例：「多言語の案内もご用意しています」）',
    severity: 'block',
    keep: (fo, s) => !/(?:かかわらず|関わらず|問わず|関係なく)/u.test(fo.slice(s.start, s.end)) && !AWARE121.test(fo.slice(s.start, s.end)),
  },
  // R120A-072: an illness or a group said to be beyond talking to, as the reason they are not wanted (認知症の方…ご本人に来られても話が通じません
  // ので): `decency/discriminatory` warn; not advice for talking with them (話が通じないと感じたときは、ゆっくり).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:認知症|痴呆|知的障(?:害|がい|碍)|精神障(?:害|がい|碍)|障(?:害|がい|碍)(?:者|の(?:ある|お持ちの)(?:方|人))|ご?高齢(?:者|の(?:方|人))|お年寄り|年寄り|外国(?:人|の(?:方|人)))[^\\n]{0,40}?(?:話|言葉|日本語)(?:が|は)?(?:通じ|つうじ)(?:ない|ません|ん(?![ぁ-ゖ])|なか|へん|ねえ)(?:ので|から|けん|し|。|$|[！!]|ｗ|w|笑)'),
    instead: '病気や障がい、国籍を理由に話が通じないと決めつけず、必要な支援や手続きの方法を案内してください（例：「ご家族による代理申告もできます」）',
    severity: 'warn',
    keep: (fo, s, a, b) => !/(?:と(?:感じ|思)[^。！？!?\n]{0,4}(?:とき|時|ら|場合)|場合|ことも|ことが|工夫|コツ|接し方|講座|ゆっくり|寄り添|通訳|翻訳|やさしい日本語|多言語|配置|用意|支援|サポート)/u.test(fo.slice(a, s.end)) && !AWARE121.test(fo.slice(s.start, s.end)),
  },
  // R120A-088: disaster victims' requests quoted and laughed at (台風で家が傷んだから…まけてくれって…言いに来る人たちｗ, 浸水したから補助して
  // ほしいって電話が毎日来るｗｗ): `decency/insensitive` warn.
  {
    rule: 'decency/insensitive',
    re: phrase(`(?:台風|地震|大雨|豪雨|水害|浸水|冠水|被災|災害|火事|火災|土砂|雪害|停電)[^\\n]{0,40}?(?:てくれ|でくれ|てほしい|て欲しい|でほしい|てちょうだい|よこせ|くれ|ほしい|欲しい)(?:って|と)[^\\n]{0,30}?(?:${LAUGH_MARK})`),
    instead: INSENSITIVE,
    severity: 'warn',
    keep: (fo, s) => !AWARE121.test(fo.slice(s.start, s.end)),
  },
]
/**
 * Round 126 (blind R126A/R127A/R128I): kinds the readers above left out.
 * - A fire or an accident as a spectacle (沖端の火災…すごい迫力🔥🔥 野次馬もいっぱい, 倉庫火災、すごい炎でした🔥🔥 迫力満点📸): insensitive block;
 *   not a drill or a warning (出初式の放水は迫力満点, 野次馬は消火の妨げになります).
 * - A victim's loss laughed at (詐欺で…失ったおばあちゃん…🤣, かわいそうだけど笑っちゃいました): insensitive block; not a fraudster laughed at.
 * - Patients made fools of (熱中症の搬送が…みんな頭がおかしくなってる): insensitive warn.
 * - Another region's disaster as an advert (能登の地震で…キャンセルされた皆さん、柳川は揺れてません！今こそ柳川へ): insensitive warn; not help.
 * - A memorial day with a festive advert (原爆の日ですが…花火日和です🎆): insensitive warn; not a memorial rite (黙とう, 鎮魂の花火).
 * - Death wished as a casual joke (月曜の朝は死にたくなるけど…生き返ろう): insensitive warn; not a call to seek help.
 * - Gore posted (カラスの死骸でした…グロ注意です📸): `decency/gore` warn.
 * - Old people mocked as a crowd (おじいちゃんおばあちゃんばかりで、まるで老人ホームみたい): discriminatory warn.
 * - Women gazed at (浴衣の女の子をじっくり眺められる): sexual block; a mascot or PR sexualised (水着の「うな子」ちゃん, ぬるぬる…💕): sexual warn.
 * - An orientation called not normal (同性愛なんて正常じゃない, 普通じゃない, おかしい): discriminatory block; not denied or named as prejudice.
 * - Sexual harm put on the victim's dress (痴漢被害は、露出の多い服装にも原因があります): discriminatory warn.
 * - Conduct against public order on an official account (`decency/conduct`, warn): heavy drinking urged (酔いつぶれるまで楽しもう,
 *   とことん飲むぞ), drinking in the office (庁舎でかんぱい🍻), being hungover or asleep on duty (二日酔い…草刈りは半分寝てました).
 */
const FIRE126 = '(?:火災|火事|事故現場|火災現場|火事場|炎上(?:する|した|して))'
const SPECTACLE126 = '(?:すごい|凄い|スゴい|すげー|すげえ|大|圧巻の)迫力|迫力(?:が)?(?:満点|すご|凄|あ(?:る|った|り))|野次馬|やじうま|見物(?:に|しに|客)|(?<![見照])映え|ばえ(?![ぁ-ゖ])|🔥{2,}|すごい炎|すごい(?:燃え|火柱)'
const DRILL126 = phrase('訓練|出初|防災|予防|放水(?:訓練|体験|演技)|妨げ|ご遠慮|控え|やめ|危険|ないよう|注意|消防団員の皆さん|お見舞い|ご冥福|お悔やみ', 'u')
const LOSS126 = '(?:詐欺(?:で|に(?:遭|あ))|(?:だまされ|騙され)(?!たと(?:思|おも))|盗まれ|空き巣に|被害に(?:遭|あ)|(?:資金|貯金|財産|お金|家|仕事|家族)(?:を)?(?:全部|すべて|ぜんぶ)?(?:失っ|失くし|なくし)|亡くし|破産し)'
/**
 * Blind R146I-092: a victim's loss sneered at with mock pity (オレオレ詐欺で1000万円だまし取られたそうです。お気の毒さまｗ, 空き巣に入られた家、
 * ご愁傷さまｗ), and a fraud victim's loss with ｗ or a bare 笑 in its sentence (…だまし取られた方がいたそうです笑).
 */
const SNEER146 = `(?:(?:お気の毒|ご愁傷)(?:さま|様)|ざま[あぁ]|自業自得|ドンマイ|どんまい)[^\\n]{0,4}?(?:${LAUGH_W}|笑|[😂🤣😆😜😝🤪]|[♪〜~])`
const LAUGH_AT126 = '(?:[🤣😂]|[（(]笑[)）]|笑(?:っちゃ|ってしま|えた|える|いが止|いをこらえ|っち(?:ゃ|ま))|ウケ(?:る|た)|爆笑)'
const OLD_CROWD126 = '(?:おじいちゃん|おばあちゃん|じいちゃん|ばあちゃん|お年寄り|年寄り|高齢者|老人|じいさん|ばあさん)'
const ORIENT126 = '(?:同性愛(?:者)?|同性カップル|同性婚|ゲイ|レズビアン|レズ|バイセクシュアル|トランスジェンダー|性的少数者|性的マイノリティ|lgbtq?(?:の(?:人|方))?)'
const ORIENT_AWARE126 = phrase('偏見|差別|思い込み|誤解|理解|ではありません|じゃありません|わけでは|という(?:声|考え|言葉|発言)|と(?:言われ|いわれ)|傷つ', 'u')
const DRINK_WARNED126 = phrase('危険|やめ|控え|ないよう|注意|禁止|厳禁|防|ご遠慮|処分|不祥事|アルハラ|ハラスメント|命に関わ|急性アルコール', 'u')
const R126: Phrase[] = [
  {
    rule: 'decency/insensitive',
    re: phrase(`${FIRE126}[^\\n]{0,40}?(?:${SPECTACLE126})`),
    instead: INSENSITIVE,
    severity: 'block',
    keep: (fo, s) => !DRILL126.test(fo.slice(Math.max(0, s.start - 40), s.end + 40)),
  },
  {
    rule: 'decency/insensitive',
    re: phrase(`${LOSS126}[^\\n]{0,50}?${LAUGH_AT126}|${LOSS126}[^\\n]{0,40}?${SNEER146}|(?:詐欺|さぎ)[^。！？!?\\n]{0,30}?(?:だまし取られ|騙し取られ|だまされ|騙され|被害に(?:遭|あ))(?:た(?!と(?:思|おも))|て|まし|ちゃ)[^。！？!?\\n]{0,20}?(?:${LAUGH_W}|(?<![ぁ-ゖ一-龥])笑(?![ぁ-ゖ一-龥])|(?<=[ぁ-ゖ])笑)|(?:かわいそう|可哀想|気の毒)(?:だ|です|やっ|やけど|だけど|ですが|なんだけど|けど|な(?:の|ん)に)[^。！？!?\\n]{0,12}?(?:笑(?:っちゃ|ってしま|えた|える|いが止)|ウケ(?:る|た)|爆笑|[🤣😂])`),
    instead: INSENSITIVE,
    severity: 'block',
    keep: (fo, s, a, b) => !/犯人|詐欺師|撃退|見破|手口|ないよう|防止|気をつけ|気を付け|注意|寸劇|演じ|芝居|コント|劇/u.test(fo.slice(a, b)),
  },
  {
    rule: 'decency/insensitive',
    re: phrase('(?:熱中症|搬送|救急車|患者|入院|倒れた|運ばれ)[^\\n]{0,40}?(?:みんな|皆|みなさん|あの人|その人|人たち|連中|方々)[^。！？!?\\n]{0,12}?頭(?:が)?(?:おかしく|おかし|変に|へんに|いかれ|イカれ|やられ)(?:なって|なっ|て)'),
    instead: INSENSITIVE,
    severity: 'warn',
  },
  {
    rule: 'decency/insensitive',
    re: phrase('(?:地震|震災|台風|豪雨|大雨|水害|噴火|津波|災害)[^\\n]{0,40}?(?:(?:は|も)[、,]?(?:揺れて|被害(?:は|も)?(?:あり|出て))(?:い)?(?:ません|ない|なか)|キャンセル|中止に|行けなく)[^\\n]{0,30}?(?:今こそ|いまこそ|このチャンス|チャンス|狙い目|代わりに|かわりに)[^\\n]{0,16}?(?:へ|に(?:お越し|来|遊び|おいで)|お待ち|どうぞ)'),
    instead: INSENSITIVE,
    severity: 'warn',
    keep: (fo, s, a, b) => !/支援|募金|義援|義捐|寄付|応援(?:に|を)|お見舞い|ボランティア|復興/u.test(fo.slice(a, b + 20)),
  },
  {
    rule: 'decency/insensitive',
    re: phrase('(?:原爆の日|原爆忌|終戦の日|終戦記念日|敗戦の日|慰霊の日|追悼の日|平和祈念の日|(?:阪神|東日本|熊本|能登)[^。！？!?\\n]{0,6}?(?:大震災|地震)の日)(?:です|でした|だ|ですね)?(?:が|けど|けれど|ですが|だけど)[、,]?[^\\n]{0,30}?(?:日和|花火|🎆|🎇|🎉|🥳|パーティー|お祭り|祭り|盛り上が|セール|楽しも|お楽しみ|イベント)'),
    instead: INSENSITIVE,
    severity: 'warn',
    keep: (fo, s, a, b) => !/黙とう|黙祷|鎮魂|慰霊(?:祭|式|の(?:花火|催し|式|灯))|追悼(?:式|の(?:花火|催し|式))|祈り|献花|半旗|自粛|中止|取りやめ|延期/u.test(fo.slice(a, b + 20)),
  },
  {
    rule: 'decency/insensitive',
    re: phrase('(?:月曜|週明け|仕事|残業|出勤|朝|暑さ|暑すぎ|寒さ|寒すぎ|宿題|テスト|会議|雨|花粉|満員電車|通勤)[^。！？!?\\n]{0,10}?死にたく(?:なる|なり|なっ|なるけど|なるほど)|死にたく(?:なる|なっ)(?:けど|けれど|が|ほど)[、,]?[^。！？!?\\n]{0,20}?(?:生き返|元気|食べ|がんば|頑張|[🍱🍺✨😂🤣])'),
    instead: INSENSITIVE,
    severity: 'warn',
    keep: (fo, s) => !/相談|いのちの電話|こころの|悩み|ひとりで抱え|一人で抱え|窓口|ゲートキーパー/u.test(fo.slice(s.start, s.end + 80)),
  },
  {
    rule: 'decency/gore',
    re: phrase('(?:グロ|ぐろ)(?:注意|ちゅうい|画像|写真|動画|映像|い(?:です|ので|けど|写真)|すぎ|かった|テスク(?:な)?(?:写真|画像|姿))|閲覧注意'),
    instead: '死骸やけがなど見る人を不快にさせる写真は公式アカウントに載せず、状況を言葉で伝えてください（例：「排水溝の詰まりを取り除きました」）',
    severity: 'warn',
    keep: (fo, s, a, b) => !/しないで|控え|ご遠慮|禁止|載せない|投稿しない|やめ/u.test(fo.slice(b, s.end + 20)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`${OLD_CROWD126}[^。！？!?\\n]{0,20}?(?:ばかり|ばっかり|ばっか|だらけ|しかい(?:ない|なく|ません))[^。！？!?\\n]{0,16}?(?:老人ホーム|養老院|老人会|介護施設|デイサービス|姥捨て|棺桶)(?:みたい|のよう|状態|か(?:よ|と)|と化)`),
    instead: '年齢で人をひとまとめにして揶揄せず、催しの様子や参加者への感謝を書いてください（例：「多くの方に接種にお越しいただきました」）',
    severity: 'warn',
  },
  {
    rule: 'decency/sexual',
    re: phrase(`(?:浴衣|水着|制服|ミニスカ|着物|ビキニ)(?:姿)?の${WOMEN26}(?:を)[^。！？!?\\n]{0,8}?(?:じっくり|たっぷり|間近で|近くで|思う存分|心ゆくまで|好きなだけ)[^。！？!?\\n]{0,4}?(?:眺め|鑑賞|観賞|拝め|拝見|見物|観察|見れ|見られ|見放題|堪能)`),
    instead: INSTEAD.sexual,
    severity: 'block',
  },
  {
    rule: 'decency/sexual',
    re: phrase('(?:水着|ビキニ|スク水|下着|ランジェリー)(?:姿)?の[「『“]?[^\\s「」『』”。！？!?\\n]{1,8}[」』”]?ちゃん|(?:ぬるぬる|ヌルヌル|ぬめぬめ|ヌメヌメ|ねっとり)[…‥・〜~ー。、]*[💕♡❤💗😍🤤😏💋]'),
    instead: INSTEAD.sexual,
    severity: 'warn',
    keep: (fo, s) => !AWARE121.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`${ORIENT126}(?:は|なんて|なんか|って|というのは|とか)[、,]?[^。！？!?\\n]{0,8}?(?:(?:正常|普通|まとも|自然|健全)(?:じゃ|では|で|や)(?:ない|なか|ありません|ねえ)|異常|おかしい|おかしか|変(?:だ|です|や|な(?:人|こと))|不自然|気持ち(?:が)?悪|気色悪|病気)`),
    instead: INSTEAD.discriminatory,
    severity: 'block',
    keep: (fo, s, a, b) => !ORIENT_AWARE126.test(fo.slice(b, s.end)) && !/[「『“]/u.test(fo.slice(Math.max(s.start, a - 4), a)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:痴漢|性被害|性暴力|わいせつ|盗撮|セクハラ|ストーカー|性犯罪)[^。！？!?\\n]{0,30}?(?:服装|露出|格好|かっこう|スカート|隙|すき)(?:にも|も|が|に)[、,]?[^。！？!?\\n]{0,6}?(?:原因|責任|問題|落ち度|非)(?:が|は)?(?:ある|あり|あっ)'),
    instead: '被害に遭った方の服装や行動に原因があるかのように書かず、加害が悪いことと相談先を伝えてください（例：「被害に遭ったら、ためらわず警察に相談してください」）',
    severity: 'warn',
    keep: (fo, s, a, b) => !/^[^。！？!?\n]{0,12}?(?:わけでは|とは限|ません)/u.test(fo.slice(b, s.end)),
  },
  {
    rule: 'decency/conduct',
    re: phrase('(?:酔いつぶれる|酔い潰れる|酔いつぶれ|つぶれる|潰れる|べろべろに(?:なる)?|ベロベロに(?:なる)?|記憶(?:を|が)?(?:なくす|無くす|飛ぶ)|倒れる|吐く)まで[^。！？!?\\n]{0,4}?(?:飲|呑|楽し|たのし)|とことん(?:飲|呑)(?:む|も|みま|んで|むぞ)|浴びるほど(?:飲|呑)|朝まで(?:飲|呑)(?:む|も|みま|んで)|(?:一気|イッキ)飲み(?:しよ|しま|で|！|!)'),
    instead: '飲酒をあおる書き方をせず、催しの内容と適度な飲酒の呼びかけを書いてください（例：「お酒は適量を楽しみましょう」）',
    severity: 'warn',
    keep: (fo, s) => !DRINK_WARNED126.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/conduct',
    re: phrase('(?:庁舎|役所|役場|市役所|町役場|執務室|職場|課内|事務所)(?:の中|内)?で[^。！？!?\\n]{0,6}?(?:かんぱい|乾杯|カンパイ|飲み会|酒盛り|晩酌|一杯|飲ん(?:で|だ)|呑ん(?:で|だ)|🍻|🍺)'),
    instead: '庁舎や勤務中の飲酒の様子は公式アカウントに載せないでください',
    severity: 'warn',
    keep: (fo, s) => !DRINK_WARNED126.test(fo.slice(s.start, s.end)) && !/条例|ノンアル|お茶|ジュース|牛乳|コーヒー|水で/u.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/conduct',
    re: phrase('二日酔い[^\\n]{0,30}?(?:仕事|勤務|業務|作業|草刈り|窓口|出勤|会議|研修|授業|当番|運転)|(?:仕事|勤務|業務|作業|会議|窓口|草刈り|研修|当番|運転)[^。！？!?\\n]{0,8}?(?:半分寝て|居眠り|爆睡|寝落ち|うとうと|ウトウト)|(?:仕事|勤務|業務|作業|会議|研修)(?:中|の最中)(?:に|は)?[^。！？!?\\n]{0,6}?寝て(?:まし|た|い)'),
    instead: '勤務中の不適切な様子は公式アカウントに載せず、活動の内容を伝えてください（例：「今日は〇〇地区の草刈りをしました」）',
    severity: 'warn',
    keep: (fo, s, a, b) => !/しない|しません|ないよう|防|予防|対策|注意|効く|禁止|危険|やめ/u.test(fo.slice(a, Math.min(s.end, b + 20))),
  },
]
/**
 * Blind R129I/R130I (public bodies' accounts): kinds the older rounds left.
 * - a woman's body part shown close up or stressed as a draw for men or a crowd (浴衣女子の胸元アップの写真で男性客を増やそう,
 *   水着姿のお尻を強調したポスターで集客): sexual; not a name tag or a check-up (胸元に名札, 乳がん検診);
 * - a child threatened for a laugh, the threat quoted and its effect told (言うこと聞かない子は…突き落とすぞ〜って言ったら静かになりました
 *   （笑）, 騒ぐ子は置いて帰るよって脅したら…😂): abuse made a joke; not advice against it (と脅すしつけはやめましょう);
 * - an animal thrown or kicked for fun (捕まえたカメを思いっきり投げ込んでみた, 猫をぶん投げてやった): not released gently;
 * - the atomic bomb or an air raid as a simile (原爆級の日差し, 空襲みたいな雷, 被爆レベルの暑さ): not a memorial (原爆ドーム, 原爆の日);
 * - a patient's surgery or blood likened to a horror film (手術の出血がスプラッター映画みたいでした🩸笑): not a film show or a blood drive;
 * - women's worth put in charm (女性スタッフは愛嬌が一番, 女の子は愛想が大事): stereotype; not the notion answered;
 * - a storm wished on the town for a day off (どうせなら直撃して明日休みにならないかな〜): not a closure announced (休館となります);
 * - people taken into police care or arrested counted as a catch (酔っ払いの保護が大漁です🎣, 補導が入れ食い): not a lost child notice.
 */
const CHILD129 = '(?:子|子ども|子供|こども|児童|生徒|小学生|中学生|園児|キッズ|ガキ|坊主|息子|娘)'
const THREAT129 = '(?:突き落と|つき落と|落と|投げ込|放り込|放り投げ|投げ落と|沈め|殴|なぐ|叩|たた|しば|ぶっ飛ば|ぶっとば|閉じ込め|捨て|置いて(?:帰|い|行)|置いてく|置いてか|食べちゃ|埋め|吊る)(?:す|る|く|う|る|ちゃう|ちゃうぞ|てやる|たる)?'
const R129: Phrase[] = [
  {
    rule: 'decency/sexual',
    re: phrase('(?:胸元|胸|谷間|バスト|おっぱい|お尻|尻|ヒップ|太もも|ふともも|太腿|脚|美脚|生足|うなじ|ボディライン|水着姿)(?:の|を|が)?(?:どアップ|ドアップ|アップ|接写|強調|チラ見せ|ちら見せ|露出|丸見え|見せ)[^。！？!?\\n]{0,24}?(?:男性客|男性(?:の)?(?:お客|観光客|ファン|層|利用者)|男(?:の)?(?:客|人)|男性|おじさん|オジサン|おっさん|殿方|男ども|集客|客(?:を|が)?(?:増や|呼|集め|釣|引)|(?:呼び込|釣)(?:も|ろ|む|め|う))'),
    instead: INSTEAD.sexual,
    keep: (fo, s) => !BODY_VETO.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/abuse-joke',
    re: phrase(`${CHILD129}[^。！？!?\\n]{0,30}?${THREAT129}(?:ぞ|ぞー|よ|からね|からな|けんね|けんな|けん|で|わよ)?[〜~ー！!…]{0,3}[」』]?(?:って|と|っち)(?:言|いっ|いう|いわ|脅|おど)[^。！？!?\\n]{0,30}?(?:静か|おとなしく|大人しく|黙|泣|真っ青|まっさお|効果|一発|いちころ|イチコロ|笑|ｗ|w|😂|🤣|😆)`),
    instead: '子どもを脅す話を笑い話にせず、体験の内容や安全のための決まりを伝えてください（例：「乗船中は座って、係員の話をよく聞いてね」）',
    keep: (fo, s) => !/やめ|いけません|しないで|虐待|相談|ダメ|だめ|NG|逆効果|避け/u.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/abuse-joke',
    re: phrase('(?:カメ|かめ|亀|猫|ネコ|ねこ|犬|イヌ|いぬ|子犬|子猫|カエル|かえる|蛙|魚|鳥|ハト|鳩|カニ|蟹|ザリガニ|ウナギ|うなぎ|鰻|鯉|コイ|ヘビ|蛇|生き物|動物|ペット)(?:を|ば)[、,]?(?:思いっきり|思い切り|おもいっきり|おもいきり|全力で|力いっぱい|力一杯|遠くまで|勢いよく)?(?:投げ込|投げ飛ば|ぶん投げ|放り投げ|ほうり投げ|投げつけ|蹴り飛ば|蹴飛ば|けとば|叩きつけ|たたきつけ|振り回|ぶん回)(?:ん|し|み|ま|って)?(?:で|て)?(?:みた|みました|やった|やりました|ちゃった|ちゃいました)'),
    instead: '生き物を乱暴に扱う場面は載せず、生き物にやさしい観察や放流の様子を伝えてください（例：「捕まえたカメはそっと掘割に帰しました」）',
  },
  {
    rule: 'decency/insensitive',
    re: phrase('(?:原爆|原子爆弾|核爆弾|水爆|被爆|空襲|空爆|爆撃|焼夷弾|ホロコースト|(?<!受験|価格|値下げ|安売り|情報|貿易|商品|子育て|通勤|競争)戦争|世界大戦|大戦)(?!者|地|体験|建物|ドーム|資料|遺構|の日|忌|症|孤児|遺児|遺跡|中|後|前)(?:級|並み|並|なみ|レベル|クラス|みたい|のよう|ばり|顔負け|かと思)'),
    instead: '原爆や戦争の被害をたとえに使わず、「強い日差しが続いています」のようにそのまま書いてください',
    keep: (fo, s) => !/平和|廃絶|禁止|被爆者の|語り部|継承|証言|慰霊|追悼/u.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/insensitive',
    re: phrase('(?:手術|オペ|出血|流血|血しぶき|血まみれ|解剖|患者|処置|傷口)[^。！？!?\\n]{0,30}?(?:スプラッター|スプラッタ|ホラー映画|ゾンビ映画|殺人現場|血の海|惨劇)(?:映画)?(?:みたい|のよう|並み|状態|ばり|級|かと思|さながら)'),
    instead: '手術や患者さんの様子を面白がって書かず、「手術チームの皆さん、お疲れさまでした」のように労いだけを伝えてください',
  },
  {
    rule: 'decency/stereotype',
    re: phrase('(?<![一-龥])(?:女性|女の子|女子|女の人|女)(?:の方|たち|陣|職員|スタッフ|社員|店員|さん)?(?:は|って|なら)[、,]?(?:やっぱり|やはり|何より|なにより|とにかく)?(?:愛嬌|愛想|可愛げ|かわいげ|若さ|見た目|笑顔と愛嬌|愛嬌と笑顔)(?:が|も)?(?:一番|いちばん|命|大事|大切|肝心|勝負|必要|すべて|全て)'),
    instead: '性別で求める振る舞いを決めつけず、業務の内容やおもてなしの取り組みを紹介してください（例：「観光案内所のスタッフが笑顔でご案内します」）',
    severity: 'warn',
    keep: (fo, s) => !ANSWERED.test(fo.slice(s.start, s.end)) && !AWARENESS.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/insensitive',
    re: phrase('(?:台風|大雨|大雪|雪|嵐|暴風|警報|地震|洪水)(?:[^。！？!?\\n]{0,24}?(?:直撃|上陸|大荒れ|荒れ|警報(?:が)?出|来|降)|で)[^。！？!?\\n]{0,12}?(?:休み|休校|休講|休業|休館|休園|お休み|中止|休日|自宅待機)(?:に)?(?:ならない|ならん|なれば|なったら|なって(?:ほし|くれ)|なれ|なんない)(?:かな|かなあ|かなー|かな〜|かなぁ|いいのに|ええのに|よかのに|最高|ほしい|のに|[！!〜~])'),
    instead: '災害を望むような言い方はせず、「台風の接近に備え、最新の情報をご確認ください」のように備えを呼びかけてください',
    severity: 'warn',
    keep: (fo, s) => !/備え|油断|注意|気をつけ|気を付け|不謹慎|思わないで|言わないで/u.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/insensitive',
    re: phrase('(?:酔っ払い|酔っぱらい|よっぱらい|泥酔者?|迷子|家出|徘徊|不審者|少年|被疑者|容疑者|違反者)?(?:の)?(?<!鳥獣)(?:保護|補導|逮捕|検挙|摘発|取り締まり|取締り)(?!区|林|猫|犬|動物|活動|者の方)(?:者)?(?:が|も|は)?[^。！？!?\\n]{0,4}?(?:大漁|豊漁|入れ食い|爆釣|大収穫|豊作|🎣|釣れ|大量ゲット)'),
    instead: '保護や取り締まりの対象となった人を面白がって書かず、「週末は飲酒によるトラブルが増えます。飲みすぎにご注意ください」のように呼びかけてください',
    severity: 'warn',
  },
]

/** Blind dec10 kinds: a people named by origin (外国籍の方, 外国人, 中国人, 中国系の, 実習生), not a place (海外人材, 海外の). */
const ORIGIN_D10 = `(?:外国(?:籍|人(?![材口気工間形])|系)(?:の(?:方|人|住民|入居者|労働者|従業員))?|外国の(?:方|人|業者|会社|企業|事業者)|(?<![一-龥])(?:${NATION.replace('|海外', '').replace('|他国', '')})(?:人(?![材口気工間形])|籍|系|出身)(?:の(?:方|人))?|(?:技能)?実習生|留学生|移民|難民)`
/** Blind R262J-028 kind (dec10): a fault shrugged off as what a group's presence brings (…のも仕方ない, しょうがない, 無理もない, 当然). */
const SHRUGGED_D10 = '(?:のも|のは|ても|のが)[、,]?(?:ある程度|多少|ある意味|まあ|やっぱり|正直)?(?:は)?[、,]?(?:仕方(?:が)?な|しょうがな|しかたな|やむを得|やむをえ|無理もな|当然|当たり前)'
const R_D10_EARLY: Phrase[] = [
  // Blind R262J-028 kind (dec10): a people's growing number given as the reason a rule or manners are broken, and the breach accepted as a
  // matter of course (外国籍の入居者さんも増えてきたので、ゴミ出しルールが守られないのもある程度は仕方ない): the group presumed to break
  // rules, warn. Not a fault denied or helped (ルールが守られるよう5か国語の分別表を), nor a language gap understood (日本語がわからないのも当然).
  {
    rule: 'decency/discriminatory',
    re: phrase(`${ORIGIN_D10}[^。！？!?\\n]{0,30}?(?:ルール|決まり|きまり|マナー|分別|ごみ出し|ゴミ出し|騒音|時間|約束)[^。！？!?\\n]{0,6}?(?:守られ(?:ない|ん|へん)|守れ(?:ない|ん|へん)|守ら(?:ない|ん|へん)|乱れる|悪(?:い|く|化)|うるさ|騒がし)${SHRUGGED_D10}`),
    instead: INSTEAD.discriminatory,
    severity: 'warn',
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  // Blind R261D-027 kind (dec10): a people's firms or workers declared unfit for a task because of their origin (外国の業者に個人情報を扱わせる
  // べきではない, 中国人に任せるべきじゃない): a verdict by origin, block. Not a place (海外のサーバーに…), nor a rule named as prejudice.
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${ORIGIN_D10}|(?:外国|${NATION.replace('|海外', '').replace('|他国', '')})(?:人|系|資本)?(?:の|が経営する|の経営する|が運営する)(?:業者|会社|企業|事業者|店|スタッフ|職員|人材))(?:に|には|へ)[^。！？!?\\n]{0,16}?(?:扱わせ|任せ|触らせ|預け|委託|頼|させ|雇)(?:る|す|する|む|う|たり)?(?:の)?(?:は)?(?:べきでは(?:ない|なか|ありません)|べきじゃ(?:ない|なか)|てはいけ|ちゃいけ|たらいけ|ない(?:ほうが|方が)(?:いい|よい|良い|よか)|たくな|ん(?:ほうが|方が)(?:いい|よか)|危な|怖|こわ|信用でき)`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  // Blind R259H-031 kind (dec10): a complaint that a people is served before the Japanese (日本人の相談が後回しになっているのでは, 外国人ばかり
  // 優遇されている) passed on without a word against it: the prejudice relayed as if sound, warn. Not when the post answers it (そのような事実は
  // ありません, 国籍にかかわらず, 申請順に).
  {
    rule: 'decency/discriminatory',
    re: phrase(`${ORIGIN_D10}[^。！？!?\\n]{0,40}?(?:日本人|日本の(?:方|人|住民))(?:の[^。、！？!?\\n]{1,4}?)?(?:が|は)[^。！？!?\\n]{0,8}?(?:後回し|後まわし|あとまわし|冷遇|不利|損を|割を食|追いやられ)|${ORIGIN_D10}(?:ばかり|ばっかり|だけ)?(?:が)?[^。！？!?\\n]{0,8}?(?:優遇|特別扱い)され`),
    instead: INSTEAD.discriminatory,
    severity: 'warn',
    keep: (fo, s, _a, b) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !ANSWERED_D10.test(fo.slice(b, b + 160)),
  },
  // Blind R259H-029 kind (dec10): applicants for support sorted by a presumed unwillingness to work (体が動くのに働こうとしない若い方の申請には
  // もう少し厳しくても): a group judged undeserving, warn. Not those unable to work (働きたくても働けない方), nor a rule on fraud.
  {
    rule: 'decency/stereotype',
    re: phrase('(?:働こうとしない|働こうとせん|働く気(?:が|の)(?:ない|なか)|働かない|働かん|怠けて(?:いる|る|おる|とる)|楽をしようと(?:する|しとる|している)|甘えて(?:いる|る|おる|とる))(?:ような|よう(?:に見える)?)?(?:若い|若者|若年)?(?:方|人|者|世代|若者|連中)(?:たち)?(?:の|には|は|に)[^。！？!?\\n]{0,14}?(?:厳しく|厳しい|厳しめ|厳格|締め付け|絞って|断って|断る|(?:支給|支援|援助|保護)(?:を|は)?(?:打ち切|止め|やめ|減ら|しなくて|すべきでな))'),
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  // Blind R260K-028 kind (dec10): a woman's (or a man's) clothes or body drawing the eye ahead of her work (質問の中身より、ついスカート姿に目が
  // いって): her worth put in her looks, warn. Not a product or a costume shown (新作の浴衣に目がいきます) with no work set against it.
  {
    rule: 'decency/lookism',
    re: phrase('(?:中身|内容|質問|発言|話|仕事|政策|答弁|演説|説明|発表|実績)(?:より(?:も)?|そっちのけで|はさておき|はそっちのけで)[、,]?[^。！？!?\\n]{0,8}?(?:スカート|ミニスカ|脚|足|太もも|胸元|お尻|ドレス|服装|装い|格好|恰好|姿|容姿|見た目|ルックス|顔|美貌|スタイル|ボディライン)(?:姿)?(?:に|へ|ばかり|ばっかり)[^。！？!?\\n]{0,4}?(?:目が(?:いっ|行っ|いく|行く|いき|行き|奪われ|釘付け|くぎ付け)|目を奪われ|見とれ|みとれ|見惚れ|注目して)'),
    instead: INSTEAD.lookism,
    severity: 'warn',
    keep: (fo, s) => !AWARE121.test(fo.slice(s.start, s.end)),
  },
  // Blind R261D-028 kind (dec10): elders labelled by a failing (機械オンチのおじいちゃんおばあちゃん), or a slur for senility said of them and
  // "taken back" as a joke (毎年ボケ…じゃなくて珍回答が): the slur meant all the same, warn. Not a ツッコミ's ボケ on a stage (漫才のボケ).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:機械|メカ|パソコン|スマホ|デジタル)(?:おんち|音痴|オンチ|弱者)(?:の|な)(?:おじいちゃん|おばあちゃん|じいちゃん|ばあちゃん|お年寄り|年寄り|高齢者|シニア|ご年配|年配)|(?<![寝時差ピンぴん])(?:ぼけ|呆け|ボケ)(?:…|‥|・・|\\.\\.|、|ー|〜){0,3}(?:じゃなくて|じゃなく|ではなく|でなくて|いや|もとい|失礼)'),
    instead: INSTEAD.discriminatory,
    severity: 'warn',
    keep: (fo, s, a) => ELDERS_HERE_D10.test(fo) && !/漫才|コント|ツッコミ|つっこみ|お笑い/u.test(fo.slice(s.start, s.end)) && (fo[a] !== 'ぼ' || !/^(?:ぼけ)[^。]{0,3}(?:とつっこみ|とツッコミ)/u.test(fo.slice(a, a + 12))),
  },
  // Blind R259H-028 kind (dec10): dementia made a joke: the writer's forgetfulness laughed off as being "on the way" (もう立派な予備軍です笑,
  // 認知症の仲間入り😂, ボケの始まりかも（笑）): an illness treated as a gag, warn. Not a screening notice (認知症予備軍（MCI）の方も対象).
  {
    rule: 'decency/insensitive',
    re: phrase('(?:立派な|完全な|完全に|もう|ついに|とうとう|私も|うちも)?(?:予備軍|(?:認知症|ぼけ|ボケ)(?:の)?(?:仲間入り|の始まり|始まっ(?:た|とる|てる|ちゃ)))(?:です|だ|や|かも|かな|やね|ですね|ですわ|確定)?[^。！？!?\\n]{0,3}?(?:[（(]笑[)）]|笑|[😂🤣😆]|w{1,4}(?![a-z]))'),
    instead: INSENSITIVE,
    severity: 'warn',
    keep: (fo) => DEMENTIA_HERE_D10.test(fo),
  },
]
/** Blind R261D-028 kind (dec10): elders named in the paragraph. */
const ELDERS_HERE_D10 = phrase('おじいちゃん|おばあちゃん|じいちゃん|ばあちゃん|お年寄り|年寄り|高齢|シニア|年配|老人|敬老', 'u')
/** Blind R259H-028 kind (dec10): dementia or forgetfulness named in the paragraph. */
const DEMENTIA_HERE_D10 = phrase('認知症|物忘れ|もの忘れ|ボケ|痴呆|思い出せ|忘れっぽ', 'u')
/** Blind R259H-031 kind (dec10): the relayed complaint answered (そのような事実はありません, 国籍にかかわらず, 申請順, 公平に). */
const ANSWERED_D10 = phrase('事実は(?:ない|ありません|ございません)|ことは(?:ない|ありません|ございません)|国籍(?:に)?(?:かかわらず|関わらず|関係なく)|申請(?:の)?順|受付順|公平|平等|誤解|ではありません|デマ', 'u')
/**
 * Blind R264Y-029 kind (dec11): people named by the land they or their family came from, in any phrasing (外国から来た家庭の子,
 * 外国にルーツを持つ子, 外国籍の家族, ベトナムから移り住んだ方), on top of the dec10 names (外国籍の方, 中国人, 実習生).
 */
const ORIGIN_D11 = `(?:${ORIGIN_D10}|(?:外国|(?<![一-龥])(?:${NATION.replace('|海外', '').replace('|他国', '').replace('|外国', '')}))から(?:来た|来られた|きた|来とる|来てる|来ている|来ちょる|移り住んだ|移住した|越してきた|引っ越してきた)(?:方|人|家庭|家族|世帯|子|子ども|子供|お子さん|人たち)|外国(?:に)?ルーツ(?:を|の)?(?:持つ|もつ|ある)?(?:方|人|家庭|家族|子|子ども|子供|お子さん)|外国籍の(?:家庭|家族|世帯|子|子ども|子供|お子さん))(?:の(?:子|子ども|子供|お子さん|生徒|児童))?(?:たち|ら)?`
/** Blind R265G-040 kind (dec11): a people named by a hint rather than a country (大陸の方, 半島の人, 例の国の連中). */
const HINTED_PEOPLE_D11 = '(?:大陸|半島|例の国|某国|隣の国|お隣の国|隣国|あちらの国|あの国)(?:の|ん|から(?:来た|の))(?:方々|方|人たち|人|連中|系)|(?<![一-龥])(?:大陸|半島)系'
/** Blind R265G-001 kind (dec11): a person named by a role on the staff or in office. */
const ROLE_D11 = '(?:(?:女性|男性|女子|男子|新人|若手)?(?:課長|係長|部長|室長|所長|局長|市長|副市長|町長|議員|市議|職員|スタッフ|担当者|アナウンサー|広報官|報道官|秘書|窓口の方|受付の方|先生|講師|ガイド|船頭)|(?<![一-龥])(?:女性|男性))'
/** Blind R266W-014 kind (dec11): the leave or the care the paragraph speaks of as support (代替職員を配置, 取りやすい職場, マタハラ). */
const LEAVE_SUPPORTED_D11 = phrase('代替|代わりの職員|補充|応援職員|配置し|支え合|取りやすい|取得(?:を)?(?:推進|促進|応援)|取得率|推進|制度|ないよう|軽減|マタハラ|ハラスメント|(?<!被)差別|偏見|安心して', 'u')
const R_D11_EARLY: Phrase[] = [
  // Blind R264Y-029 kind (dec11): a school, a district or a team said to have many children or families of foreign origin, and that given as
  // the reason its manners or rules are bad (外国から来た家庭の子が多いけん、試合のマナーが悪かとも仕方なか; 外国籍の家族が増えたので規律が乱れる):
  // bad conduct presumed of a people, block, in dialect too. Not a help given for the number (多いので多言語の案内を), nor rules kept
  // (守られるよう分別表を配布).
  {
    rule: 'decency/discriminatory',
    re: phrase(`${ORIGIN_D11}(?:が|も)[、,]?(?:(?:とても|かなり|だいぶ|ずいぶん|最近|年々)[、,]?)?(?:多い|多か|多く(?:て|[、,])|増え(?:た|て(?:き(?:た|て|とる))?|とる)?|増加し(?:た|て)|目立つ|ばかり|ばっかり|だらけ)(?:けん|ので|から|ため|し|せいで|せいか|[、,])[、,]?[^。！？!?\\n]{0,20}?(?:マナー|ルール|決まり|きまり|行儀|態度|素行|治安|規律|風紀|言葉遣い|言葉づかい|民度|しつけ|躾)(?:が|も|の)?(?:悪|わる|なってな|守られ(?:ない|ん|へん|ず)|守れ(?:ない|ん|へん|ず)|乱れ|荒れ|低)`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !R24_CONSIDERATE.test(fo.slice(s.start, s.end)) && !SHARE_DENIED.test(fo.slice(b, s.end)),
  },
  // Blind R265G-040 kind (dec11): a wrong (an impersonating account, a scam mail, graffiti) guessed to be a people's doing with nothing but a
  // hunch (日本語が不自然で…大陸の方の仕業かも, 外国人の犯行ではないでしょうか): a people made the suspect, warn. Not when the guess is named
  // groundless (外国人の犯行と決めつけるのは…, 根拠のない噂), nor a people as the target (中国人観光客を狙った犯行).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${ORIGIN_D11}|${HINTED_PEOPLE_D11})(?:の|による|が)(?:仕業|しわざ|犯行|手口|やったこと|書いたもの|関与)[^。！？!?\\n]{0,10}?(?:かも|のでは|んでは|(?:では|じゃ)(?:ない|なか)(?:か|でしょうか|だろうか|やろか|ですか|かな|の[？?])|んじゃ|でしょう(?!か)|だろう|やろ|に違いな|にちがいな|と思|っぽ|らしい|ごたる|くさい|臭い|と疑)`),
    instead: INSTEAD.discriminatory,
    severity: 'warn',
    keep: (fo, s) => !SUSPECTED_OK102.test(fo.slice(s.start, s.end)) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  // Blind R265G-001 kind (dec11): someone on the staff or in office said to be too good-looking and made the talk of it (女性課長がきれいすぎると
  // 話題に), or her face watched instead of her words (お詫びの内容より顔ばかり見られていた): her looks over her work, warn. Not a dish or a
  // place (料理の内容より見た目ばかり), nor looks named as a thing to stop (容姿ばかり取り上げるのはやめましょう).
  {
    rule: 'decency/lookism',
    re: phrase(`${ROLE_D11}(?:さん)?(?:が|は|って|も)[、,]?[^。！？!?\\n]{0,6}?(?:きれい|綺麗|美人|美し|かわい|可愛|イケメン|かっこよ|カッコよ|男前|セクシー|色っぽ)(?:すぎ|過ぎ)(?:る|て|と)?(?:と|って)?[^。！？!?\\n]{0,4}?(?:話題|評判|噂|うわさ|注目|バズ|大人気)|(?:中身|内容|質問|発言|話|仕事|政策|答弁|演説|説明|発表|実績|お詫び|謝罪|会見)(?:より(?:も)?|そっちのけで|はさておき)[、,]?[^。！？!?\\n]{0,8}?(?:顔|容姿|見た目|ルックス|美貌|スタイル|服装|姿)(?:ばかり|ばっかり)(?:が)?[^。！？!?\\n]{0,4}?(?:見られ|見て(?:しま|い|た)|見ちゃ|注目され|話題に|目が(?:いっ|行っ|いく|行く))`),
    instead: INSTEAD.lookism,
    severity: 'warn',
    keep: (fo, s) => !AWARE121.test(fo.slice(s.start, s.end)) && TEASED_RE.test(fo) && !/料理|商品|作品|建物|景色|デザイン|パッケージ/u.test(fo.slice(s.start, s.end)),
  },
  // Blind R266W-014 kind (dec11): staff taking maternity or childcare leave told as a burden on the ones left (産休に入る職員が出ました…授かり
  // ものとはいえ、残された係はてんてこまい; 育休の職員の穴を埋めるのが大変, しわ寄せ): the leave resented (マタハラ), warn. Not the leave
  // covered or backed (代替職員を配置, 取りやすい職場, 負担が偏らないよう), nor the work handed over plainly.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:産休|育休|産育休|産前産後休(?:暇|業)|育児休(?:暇|業)|出産休暇|つわり)[^\\n]{0,60}?(?:(?:残された|残った|取り残された)(?:係|課|班|職員|メンバー|人たち|人|者|側|私たち|こちら|チーム|みんな|スタッフ)(?:は|の|が|も)?[^。！？!?\\n]{0,10}?(?:てんてこ(?:まい|舞い)|大忙し|大変|ヘトヘト|へとへと|悲鳴|パンク|火の車|地獄|修羅場|きつ|しんど|負担)|しわ寄せ|(?:穴|欠員)(?:を|が)(?:埋め|うめ)る(?:の|のが|のは)?[^。！？!?\\n]{0,4}?(?:大変|きつ|しんど|一苦労|苦労)|迷惑(?:を|が)?(?:かけ|かか|被)(?:られ|って))'),
    instead: INSTEAD.discriminatory,
    severity: 'warn',
    keep: (fo) => !LEAVE_SUPPORTED_D11.test(fo),
  },
]
/**
 * Blind R268D-001 kind (dec12): people ranked by lineage (家筋・家柄・血筋・素性 のしっかりした/いい) and set against another district
 * (あっちの地区とは違う, 向こうの集落の人とは違って): 出自 and 部落差別, block, even as a resident's words passed on (とのこと).
 */
const LINEAGE_D12 = '(?:家筋|家柄|血筋|血統|家系|氏素性|素性|生まれ)(?:の|が|も)?[、,]?(?:しっかり|ちゃんと|きちんと|確か|たしか|いい|良い|よい|良か|よか|正しい|立派)'
const OTHER_PLACE_D12 = '(?:あっち|あちら|向こう|むこう|川向こう|川向う|あの|あそこの|よそ|ほか|他|例|となり|隣|向かい)の?(?:地区|地域|集落|部落|町内|町|村|校区|辺|へん|あたり|辺り|界隈|団地)(?:の(?:人|方|者|人たち|連中|もん|家))?(?:たち|ら)?'
const SET_AGAINST_D12 = '(?:とは|と|とも)[、,]?(?:全然|ぜんぜん|まるで|まったく|全く|ちょっと|やっぱり|やはり)?(?:違|ちが|一緒にされ|いっしょにされ|比べ|くらべ|格が違|訳が違|わけが違)'
/** The lineage talk named as prejudice in or after the sentence (差別, 偏見, 身元調査, 人権). */
const LINEAGE_NAMED_D12 = phrase('(?<!被)差別|偏見|人権|啓発|身元調査|決めつけ|思い込み|なくそう|なくしましょう|許されない|あってはなら|傷つけ|根拠(?:の|は)?(?:ない|ありません)|同和問題', 'u')
/**
 * Blind R268D-007 kind (dec12): one-parent or poor families named and set beside "normal" ones (普通の家庭の子と同じように) or told not to be
 * ashamed (恥ずかしがらずに): kindly meant, it makes them the abnormal, shamed ones, warn.
 */
const NEEDY_D12 = '(?:ひとり親|一人親|片親|母子(?:家庭|世帯)|父子(?:家庭|世帯)|シングル(?:マザー|ファザー)|生活(?:が|に)(?:苦し|厳し|困|きつ)|生活困窮|困窮|生活保護|低所得|貧困|貧しい|経済的(?:に|な)(?:苦し|厳し|困|余裕(?:が|の)な|ゆとり(?:が|の)な|理由|事情)|就学援助|住民税非課税)'
const NORMAL_SIDE_D12 = '(?:普通|ふつう|一般|一般的|まとも|人並み)(?:の|な)(?:ご)?(?:家庭|家|家族|世帯|子|子ども|子供|お子さん|お子様|人|方)(?!ご?み|用|菜園|向けの?(?:商品|製品))(?:の(?:子|子ども|子供|お子さん|お子様|方|人))?(?:たち|達)?(?:と|並み)(?:同じ|同様|変わら|一緒|おなじ)'
const SHAMED_D12 = '(?:恥ずかし|はずかし|恥じ)(?:がら|が)(?:ず|ない)|恥ずかしいと思わ(?:ず|ない)|引け目を感じ(?:ず|ない)|後ろめたく思わ(?:ず|ない)|肩身(?:の|が)狭い思いをせず'
/** Need and shame named as what to undo (相談は権利です, 偏見, 恥ずかしいことではありません told plainly) or the words quoted as a wrong. */
const NEEDY_OK_D12 = phrase('(?<!被)差別|偏見|決めつけ|思い込み|権利|スティグマ|普通の家庭(?:って|とは|なんて)|「普通」|“普通”|ことではありません', 'u')
/**
 * Blind R269H-016 kind (dec12): a critic told that someone of another country (よその国の人, 外国の方, 日本人じゃない人) has no say here
 * (口出しされる筋合いはなか, 意見する資格はない, 言われたくない): a voice shut out by nationality, block, in dialect too.
 */
const OUTLANDER_D12 = '(?:(?:よその|余所の|ほかの|他の|外の)国|外国|他国|異国|海外|国外)(?:の|から(?:来た|の))(?:人|方|者|人間|連中|やつ|奴|もん)(?:たち|ら|達)?|日本(?:人|の(?:人|方))(?:じゃ|では|で)(?:な|なか|ね)(?:い)?(?:人|方|者|人間|連中|やつ|奴|もん)(?:たち|ら|達)?'
const NO_SAY_D12 = '(?:口出し|口を出|口ば出|口を挟|口ば挟|とやかく|文句|意見|指図|さしず|批判|あれこれ|偉そう)[^。！？!?\\n]{0,10}?(?:筋合い|資格|権利|立場)(?:は|も|が|なんか|なんて)?[、,]?(?:な(?:い|か|く)|ありません|ございません|ねえ|ねー|あらへん)|(?:とやかく|あれこれ|偉そうに)?(?:言われ|いわれ)(?:たく|とう)(?:ない|なか|ねえ|ありません)'
/** The exclusion quoted as a wrong (差別, 排除, 許されない, こうした書き込み). */
const NO_SAY_NAMED_D12 = phrase('(?<!被)差別|偏見|排除|排外|ヘイト|許され|あってはなら|人権|やめ(?:ましょう|てください)|のような(?:書き込み|発言|言葉)|といった(?:書き込み|発言|言葉)', 'u')
/**
 * Blind R269H-020 kind (dec12): a wife or a woman presumed unable to manage a task (奥様にはちょっと難しかったかもしれません), the husband
 * offered as the sure hand (ご主人にお任せいただくのが確実): ability judged by sex, warn.
 */
const WIFE_D12 = '(?:奥様|奥さま|奥さん|ご婦人|女性の方|女の方|女の人|主婦の方|主婦|お母さん|お母様|お母さま|ママさん|嫁さん|お嫁さん)(?:に(?:は|とって(?:は)?)?|では|だと|の方には)'
const HARD_D12 = '(?:ちょっと|少し|すこし|やや|なかなか|まだ|さすがに|やっぱり|やはり)?[、,]?(?:難し(?:かった|い|く|すぎ)|むずかし(?:かった|い|く|すぎ)|わかりにく|分かりにく|理解(?:でき(?:な|ず)|しにく|が難し)|荷が重|手に負え|無理(?!の?な|のない|せず|をせず|なく|しない))'
/** A body or health reason (妊娠中, 体力), the presumption named (決めつけ, とは限りません), or the task said to be easy for all. */
const WIFE_OK_D12 = phrase('妊|産後|出産|授乳|体力|筋力|重い|重量|健康|体調|決めつけ|思われがち|言われがち|偏見|固定観念|とは限ら|わけでは|そんなこと(?:は)?(?:な|あり)|どなたでも|誰でも|性別', 'u')
/**
 * Blind R270C-046 kind (dec12): staff drunk at a party and behaving badly, undressing or pestering a young woman colleague (酔っぱらって
 * シャツを脱ぎ始め、若手の女性職員に絡む一幕も😂), told as fun: drunken conduct and harassment laughed off, warn.
 */
const DRUNK_D12 = '(?:酔っぱら|酔っ払|よっぱら|酔っ(?:て|た|とる)|酔い(?:つぶれ|潰れ)|泥酔|へべれけ|べろんべろん|べろべろ|ベロベロ|飲み(?:すぎ|過ぎ)(?:て|た)|(?:お酒|酒)が(?:入っ|まわっ|回っ))'
const MISCONDUCT_D12 = '(?:服|シャツ|上着|ズボン|パンツ|ネクタイ|肌着|下着)?(?:を|ば)?(?:脱ぎ(?:始め|はじめ|出し|だし|だす|出す|まく)|脱いで(?:踊|はしゃ|騒)|裸(?:踊り|おどり|になっ|になり|で))|(?:女性|女子|女の子|若い子|若手|新人|部下|後輩|事務の子|受付の子|パート)[^。！？!?\\n]{0,10}?(?:に|へ|を)[、,]?(?:しつこく)?(?:絡|から[まみむん]|抱きつ|だきつ|抱き着|抱きしめ|くっつ|迫|せま[っるり]|ちょっかい|言い寄|いいよ[っる]|口説|くど[いきく]|触|さわ[っるり]|ボディタッチ|お酌をさせ|お酌させ|キス)'
const PARTY_FUN_D12 = phrase(`${LAUGH_MARK}|[😂🤣😆😝😜🤪🙈]|一幕|爆笑|大笑い|盛り上が|面白|おもしろ|お約束|恒例|楽しい|楽しかった|名物|ご愛嬌|ご愛敬|武勇伝|伝説`, 'u')
const R_D12_EARLY: Phrase[] = [
  // Blind R268D-001 kind (dec12): a place's people praised for lineage and set against another district, in either order (家筋のしっかりした
  // 人ばかりで、あっちの地区とは違う; あの集落とは違って家柄のいい家ばかり): 出自 (部落差別), block, quoted from a resident or not. Not when the
  // paragraph names it prejudice (こうした言葉が差別を生みます), nor an old house's history without a rival place.
  {
    rule: 'decency/discriminatory',
    re: phrase(`${LINEAGE_D12}[^！？!?\\n]{0,24}?${OTHER_PLACE_D12}${SET_AGAINST_D12}|${OTHER_PLACE_D12}${SET_AGAINST_D12}[^。！？!?\\n]{0,16}?${LINEAGE_D12}`),
    instead: '家筋や住む地区で人を分ける言葉は、住民の方の言葉でも載せず、町並みや歴史そのものを紹介してください（例：「江戸時代からの町家が残る地区です」）',
    keep: (fo, s) => !LINEAGE_NAMED_D12.test(fo.slice(s.start, Math.min(fo.length, s.end + 80))),
  },
  // Blind R268D-007 kind (dec12): one-parent or poor families invited beside "normal" ones or told not to be ashamed (ひとり親家庭や生活が苦しい
  // ご家庭のお子さんも、普通の家庭の子と同じように; 生活保護のご家庭も恥ずかしがらずに): the families made the abnormal, warn. Not the families
  // invited plainly (どなたでも, 無料), nor 普通 quoted as the prejudice (「普通の家庭」という言葉が…), nor shame named as unfounded.
  {
    rule: 'decency/discriminatory',
    re: phrase(`${NEEDY_D12}[^\\n]{0,60}?(?:${NORMAL_SIDE_D12}|${SHAMED_D12})`),
    instead: 'ひとり親や経済的に苦しいご家庭を「普通」と比べたり「恥ずかしがらずに」と書いたりせず、対象と手続きだけを書いてください（例：「参加費は無料です。どなたでもお申し込みください」）',
    severity: 'warn',
    keep: (fo, s, a, b) => !NEEDY_OK_D12.test(fo.slice(a, Math.min(fo.length, b + 60))),
  },
  // Blind R269H-016 kind (dec12): a critic told that someone from another country has no say (よその国の人に口出しされる筋合いはなかです; 外国の
  // 方に意見する資格はない; 日本人じゃない人に言われたくない): a voice shut out by nationality, block. Not a nation's politics (他国の内政),
  // nor the exclusion quoted as a wrong (…といった書き込みは差別です).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${OUTLANDER_D12})(?:に|から|が|なんかに|なんかが|ごときに|ごときが)[、,]?[^。！？!?\\n]{0,16}?(?:${NO_SAY_D12})`),
    instead: '国籍で相手の発言の資格を決めつけず、ご意見への回答や市の考えを書いてください（例：「ご意見ありがとうございます。担当課で確認します」）',
    keep: (fo, s, a, b) => !NO_SAY_NAMED_D12.test(fo.slice(s.start, Math.min(fo.length, s.end + 60))),
  },
  // Blind R269H-020 kind (dec12): a wife or a woman presumed unable to manage a task (奥様にはちょっと難しかったかもしれませんね; 女性の方には
  // 分かりにくい手続きですので、ご主人に): ability judged by sex, warn. Not a body or health reason (妊娠中の女性には難しい運動), nor the
  // presumption named (女性には無理と決めつけず), nor 無理のない範囲.
  {
    rule: 'decency/stereotype',
    re: phrase(`(?<![一-龥])${WIFE_D12}[、,]?${HARD_D12}`),
    instead: '性別で手続きや作業ができるかどうかを決めつけず、分かりにくい点の案内や窓口を書いてください（例：「手続きでご不明な点は、担当までお気軽にお問い合わせください」）',
    severity: 'warn',
    keep: (fo, s) => !WIFE_OK_D12.test(fo.slice(s.start, s.end)),
  },
  // Blind R270C-046 kind (dec12): staff drunk at a party, undressing or pestering a young woman colleague, told with a laugh (係長が酔っぱらって
  // シャツを脱ぎ始め、若手の女性職員に絡む一幕も😂): drunken conduct and harassment made fun, warn. Not drinking told plainly (乾杯して楽しく
  // 歓談), nor harassment named as a wrong (セクハラ防止, やめましょう).
  {
    rule: 'decency/conduct',
    re: phrase(`${DRUNK_D12}[^。！？!?\\n]{0,30}?(?:${MISCONDUCT_D12})`),
    instead: '飲み会での酔った振る舞いや、職員への絡みを面白がって載せず、会の様子を落ち着いて伝えてください（例：「1年の労をねぎらい、和やかに懇談しました」）',
    severity: 'warn',
    keep: (fo, s) => { const w = fo.slice(s.start, Math.min(fo.length, s.end + 20)); return PARTY_FUN_D12.test(w) && !AWARE121.test(w) },
  },
]
/**
 * Blind R272S-003 kind (dec13): a woman (or a man) on the staff or at work introduced as someone people want to marry (お嫁さんに
 * もらいたい, 嫁にしたい, お婿さんに欲しい): a remark on her desirability as a partner, not her work, warn. Relayed as the visitors' voice and
 * shown off (「お嫁さんにもらいたい」という声が続出だとか😊), the quote is the post's own praise, a use: the match runs past the quote.
 */
const WED_WISH_D13 = '(?<![一-龥])(?:お)?(?:嫁|婿)(?:さん)?(?:に|として)(?:もらいたい|貰いたい|もらいたか|もろうたい|欲しい|ほしい|ほしか|したい|したか)'
/**
 * Blind R272S-007 kind (dec13): an older woman colleague nicknamed お局(さま), or her age joked about as what cannot be told (年齢は
 * ヒミツ…これ以上は言えません, 干支をふた回り…いや): age and sex made fun of, warn.
 */
const TSUBONE_D13 = '(?<![一-龥])(?:お局|おつぼね)(?:さま|様|さん|的|キャラ|ポジション)?'
const AGE_JOKE_D13 = '(?:年齢|お歳|お年|歳|とし)(?:は|も)[、,]?(?:ヒミツ|秘密|ひみつ|内緒|ないしょ)[^\\n]{0,40}?(?:これ|それ)以上は?[、,]?(?:言え|いえ|書け|かけ|申し上げられ)|干支(?:を|が)?(?:ふた|二|2|２|み|三|3|３)(?:回り|まわり|周)[^。！？!?\\n]{0,4}?(?:…|‥|・・|いや|これ以上)'
/** A historical or drama 局 (大奥, 春日局), or the nickname named as a wrong (ハラスメント, やめましょう). */
const TSUBONE_OK_D13 = phrase('大奥|江戸|時代劇|春日|歴史|史料|ドラマ|呼び方|呼ばない|という言葉', 'u')
/**
 * Blind R272S-008 kind (dec13) (the folded view drops the dots of ケチ…いや, so the jab is a noun that cannot run on into いや, then a comma): a region's people given a trait (さすが大阪の方、…値切りも本場仕込み; 関西の人はケチ), or a jab at
 * someone taken back with a feigned self-correction (ケチ…いや、しっかりしてらっしゃいます): a place's people stereotyped, warn.
 */
const REGION_D13 = '(?:大阪|関西|京都|神戸|名古屋|東京|関東|東北|九州|博多|北海道|沖縄|広島|都会|県外|田舎|[一-龥]{1,3}(?:県|府))'
const REGION_TRAIT_D13 = '値切|ねぎ(?:り|る|ら|っ)|ケチ|けち|ツッコミ|つっこみ|突っ込み|ノリ(?:が|の)?(?:いい|良|よ)|せっかち|がめつ|図々し|ずうずうし|厚かまし|口が(?:達者|うま|悪)|商売上手|お笑い|おしゃべり|声が大き|うるさ|気取|冷た|亭主関白|気が強|気性が荒|短気|時間に(?:ルーズ|ゆる)'
const JAB_TAKEN_BACK_D13 = '(?:ケチ|けち|ドケチ|田舎者|田舎もん|いなかもん)(?:いや|いえ)[、,]'
/**
 * Blind R272S-009 kind (dec13): an illness or disability used as a put-down comparison for people's behaviour (全員認知症なのかと
 * 思うほど話がかみ合わない, 発達障害レベル, コミュ障ばかり): the illness made an insult, warn. Not 認知症カフェ, not 認知症の方への
 * 声かけ, not a symptom told (認知症かと思うほどの物忘れ…受診を) with no people put down.
 */
const ILL_D13 = '(?:認知症|痴呆|アルツハイマー|発達障害|発達障がい|アスペルガー|adhd|統合失調症|精神病|知的障害|知恵遅れ|うつ病)'
const PEOPLE_BEFORE_D13 = '(?:全員|みんな|皆|みな|揃って|そろって|どいつも|あいつ|あの人|あの方|上司|課長|部長|係長|議員|職員|メンバー|連中|参加者|相手|お客|客|委員|幹部|役員)(?:さん|ら|たち|達|は|が|も|って)?[、,]?[^。！？!?\\n]{0,8}?'
const COMPARED_D13 = '(?:なの|なん)?(?:か|かな|かしら)(?:と|って)?(?:思う|思っ|思え|疑う|疑っ|疑い|言いたく)[^。！？!?\\n]{0,4}?(?:ほど|くらい|ぐらい|レベル)|(?:並み|レベル)(?:の|で|だ|です|でした)|(?:かよ|じゃね(?:ー|え)?(?:の|か))'
const COMMU_SLUR_D13 = '(?<![ァ-ヶー])(?:コミュ障|アスペ(?!クト|ン|ック))(?![ァ-ヶー])'
/**
 * Blind R274K-052 kind (dec13): in a reply, the ill-mannered among visitors said to be mostly of one country (マナーの悪い観光客は、
 * 正直なところ特定の国の方が多いのは事実): a fault laid on a nationality, block, however politely put.
 */
const FAULTY_D13 = '(?:マナー|行儀|態度|素行|運転|(?:ゴミ|ごみ)の出し方|出し方)(?:の|が)(?:悪い|わるい|悪か|悪う)|ルール(?:を)?守らない|ポイ捨てする|騒ぐ|迷惑な'
const FAULTY_WHO_D13 = '(?:観光客|旅行客|お客様|お客さま|お客さん|客|人|方|利用者|住民|ドライバー|入居者)(?:は|って|の(?:多く|大半|ほとんど)(?:は)?)'
const NATION_GROUP_D13 = `(?:特定の国|一部の国|ある国|例の国|某国|あの国|(?:${NATION})(?:人)?)(?:から)?(?:の|出身の)(?:方|人|お客様|お客さま|お客さん|観光客|人たち|方々|団体)`
/**
 * Blind R276N-005 kind (dec13): a foreign group laughed at for not understanding (外国人技能実習生チームは日本語の説明が全然通じなくて
 * …（笑）), or only its body praised (体力だけはさすが): a group's ability mocked, warn.
 */
const FOREIGN_D13 = `(?:外国人|外国の方|外国籍|技能実習生|実習生|留学生|(?:${NATION})(?:人|出身|系)|移民|難民)`
const NOT_GOT_D13 = '(?:通じ|伝わら|わから|分から|理解でき|聞き取れ)(?:なくて(?!も)|なかった|ない(?!よう|方|場合)|ず(?!とも)|ん(?:くて|かった))'
const BODY_ONLY_D13 = '(?:体力|腕力|パワー|身体能力|体格|筋力|足の速さ|力)だけは[、,]?(?:さすが|一人前|すご|立派|負けな|人一倍|抜群|一流|たいした|大した)'
const R_D13_EARLY: Phrase[] = [
  // Blind R272S-003 kind (dec13): someone at work presented as a wished-for bride or groom (お客さまから「お嫁さんにもらいたい」という声
  // が続出; 嫁にしたいくらい): desirability over work, warn. Not a wedding told, nor the remark named as a wrong (こうした言葉はセクハラ).
  {
    rule: 'decency/lookism',
    re: phrase(`${WED_WISH_D13}(?:[」』”"](?:という|との|って)(?:声|お声|ご意見|リクエスト)(?:が|も)[^。！？!?\\n]{0,6}?(?:続出|多数|相次|殺到|多い|多く|上が|あが|寄せられ|聞かれ))?`),
    instead: '結婚相手としての魅力で人を紹介せず、仕事ぶりや取り組みを紹介してください（例：「手際よく舟を操る若手の船頭です」）',
    severity: 'warn',
    keep: (fo, s) => !AWARE121.test(fo.slice(s.start, Math.min(fo.length, s.end + 80))) && !AWARENESS.test(fo.slice(s.start, s.end)),
  },
  // Blind R272S-007 kind (dec13): a colleague nicknamed お局(さま), or her age made the joke (年齢はヒミツ…これ以上は言えません（笑）):
  // age and sex made fun of, warn. Not 大奥's お局 in a history talk, nor the nickname named as harassment.
  {
    rule: 'decency/stereotype',
    re: phrase(`${TSUBONE_D13}|${AGE_JOKE_D13}`),
    instead: '年齢や性別をからかう呼び名や冗談を使わず、経歴や仕事ぶりを紹介してください（例：「窓口ひとすじ30年の主任です」）',
    severity: 'warn',
    keep: (fo, s) => { const w = fo.slice(Math.max(0, s.start - 60), Math.min(fo.length, s.end + 80)); return !AWARE121.test(w) && !AWARENESS.test(w) && !TSUBONE_OK_D13.test(w) },
  },
  // Blind R272S-008 kind (dec13): a region's people handed a trait (さすが大阪の方、…値切りも本場仕込み), or a jab taken back (ケチ…いや):
  // a place's people stereotyped, warn. Not visitors from 大阪 welcomed, nor a local praised for knowing the river.
  {
    rule: 'decency/stereotype',
    re: phrase(`さすが(?:は)?[、,]?${REGION_D13}(?:の|出身の|から(?:の|来た|お越しの))(?:方|人|皆さん|皆様|お客様|お客さま|お客さん|人たち|方々|もん|団体)(?:たち|ら)?[、,！!]?[^。！？!?\\n]{0,30}?(?:${REGION_TRAIT_D13})|${JAB_TAKEN_BACK_D13}`),
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)),
  },
  // Blind R272S-009 kind (dec13): an illness made the measure of people's behaviour (全員認知症なのかと思うほど話がかみ合わない, 課長は
  // 発達障害レベル), or a slur for a condition (コミュ障ばかり): warn. Not 認知症カフェ, 認知症の方への声かけ, nor a symptom told.
  {
    rule: 'decency/discriminatory',
    re: phrase(`${PEOPLE_BEFORE_D13}${ILL_D13}(?:${COMPARED_D13})|${COMMU_SLUR_D13}`),
    instead: '病気や障害を人の振る舞いのたとえに使わず、起きたことをそのまま書いてください（例：「議論がなかなかまとまりませんでした」）',
    severity: 'warn',
    keep: (fo, s) => { const w = fo.slice(Math.max(0, s.start - 60), Math.min(fo.length, s.end + 80)); return !AWARE121.test(w) && !AWARENESS.test(fo.slice(s.start, s.end)) },
  },
  // Blind R274K-052 kind (dec13): the ill-mannered visitors said to be mostly of one country (マナーの悪い観光客は…特定の国の方が多いのは
  // 事実): a nationality blamed, block, even in a polite reply. Not the ill-mannered few told apart from nationality (国籍を問わず).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${FAULTY_D13})[^。！？!?\\n]{0,10}?${FAULTY_WHO_D13}[、,]?[^。！？!?\\n]{0,16}?${NATION_GROUP_D13}(?:が|の方が)?[^。！？!?\\n]{0,4}?(?:多い|多か|多く|ほとんど|大半|目立|ばかり|ばっかり)`),
    instead: INSTEAD.discriminatory,
    severity: 'block',
    keep: (fo, s) => !PRESUMED_NOT.test(fo.slice(s.start, s.end)) && !/国籍(?:を問わ|に関係|に関わ|にかかわ)/u.test(fo.slice(s.start, s.end)),
  },
  // Blind R276N-005 kind (dec13): a foreign group laughed at for not understanding (…日本語のルール説明が全然通じなくて…（笑）), or
  // only its body praised (体力だけはさすが): warn. Not a language barrier told plainly or overcome (言葉が通じなくても、身振りで).
  {
    rule: 'decency/discriminatory',
    re: phrase(`${FOREIGN_D13}[^。！？!?\\n]{0,30}?${NOT_GOT_D13}[^。！？!?\\n]{0,24}?(?:${LAUGH_MARK})|${FOREIGN_D13}[^\\n]{0,80}?${BODY_ONLY_D13}`),
    instead: '参加者を言葉の壁や体の強さで笑いものにせず、交流や試合の様子を伝えてください（例：「やさしい日本語でルールを説明し、白熱した試合になりました」）',
    severity: 'warn',
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)),
  },
]
/**
 * Blind R277T-007 kind (dec14): someone pointed out in a photo (二枚目の, 写真の, 右端の, 左から2番目の) whose face, make-up, hair, body or
 * clothes are likened to something (まるで歌舞伎役者みたい, 〜そっくり) and laughed at (（笑）, 迫力満点, インパクト大): a resident's looks
 * teased, lookism warn. Not a photo praised (二枚目の写真、素敵な笑顔ですね), nor a likeness that only praises (まるで女優さんみたいにきれい).
 */
const PHOTO_WHO_D14 = '(?:(?:[一二三四五六七八九十1-9１-９]{1,2}|最初|最後)枚目(?:の写真)?の|(?:お)?写真の|(?:右|左)(?:端|はし|奥|手前|側|がわ)の|(?:右|左|前|後ろ|うしろ)から(?:[一二三四五六七八九十1-9１-９]{1,2})(?:番目|人目)の|真ん中の|後ろの|うしろの|手前の|奥の)'
const PHOTO_PERSON_D14 = '(?:おばあちゃん|おばあさん|おじいちゃん|おじいさん|おばちゃん|おばさん|おっちゃん|おじさん|お姉さん|お兄さん|奥さん|ご婦人|ご主人|お母さん|お父さん|ママ|パパ|お嬢さん|娘さん|息子さん|女性|男性|女の子|男の子|方|人|子|職員|船頭さん|[^。、！？!?\\n\\s]{1,6}?さん)'
const LOOKS_D14 = '(?:お化粧|化粧|厚化粧|メイク|すっぴん|お顔|顔|顔立ち|髪型|髪|ヘア|頭|眉|まゆ毛|眉毛|鼻|歯|肌|体型|体形|体つき|体格|体|からだ|お腹|おなか|腹|脚|足|服装|服|格好|かっこう|恰好|衣装|着こなし|ゆかた|浴衣|着物|帽子|ファッション)'
const LIKENED_D14 = '(?:まるで|まさに|完全に)[^。！？!?\\n]{1,16}?(?:みたい|そっくり|のよう|並み|顔負け)|[^。！？!?\\n]{1,16}?(?:みたい|そっくり|のよう|並み|顔負け|かと思)'
const TEASE_D14 = `(?:${LAUGH_MARK}|迫力(?:満点|がすご|ある|あり)|インパクト|強烈|衝撃|ぎょっと|ビビ|びび|ウケ|うけ|ツボ|吹き出|吹いた|爆笑)`
const PRAISE_D14 = phrase('きれい|綺麗|素敵|すてき|美し|かわい|可愛|似合|かっこい|格好い|カッコい|上品|若々し|おしゃれ|お洒落|華やか|あでやか|艶やか', 'u')
/** A look put on for fun or by the day (化粧体験, 仮装, フェイスペイント, 泥だらけ): the likeness is the costume's, not the person's. */
const DRESSED_UP_D14 = phrase('体験|仮装|コスプレ|変装|扮装|ペイント|なりきり|泥だらけ|泥んこ|どろんこ|ずぶ濡れ|びしょ濡れ|びしょびしょ', 'u')
/**
 * Blind R278M-037 kind (dec14): in a fitness or diet notice, a body called shameful (恥ずかしい体, だらしないお腹, 醜い体型, みっともない
 * 二の腕) or a verdict on the owner's self-control (体型は自己管理の通信簿, お腹が出ているのは自己管理ができていない証拠): body shaming,
 * lookism warn. Not 恥ずかしがらずにご相談ください, 恥ずかしい体験, nor a health class on 体重 and 適正体重; not the shame denied
 * (恥ずかしい体なんてありません).
 */
const SHAMED_BODY_D14 = '(?:恥ずかしい|はずかしい|恥ずかしか|みっともない|見苦しい|醜い|みにくい|だらしない|だらしのない|情けない)(?:体(?![一-龥]|たらく)|身体|からだ|体型|体形|ボディ|お腹|おなか|腹(?![一-龥])|二の腕|太もも|お尻|贅肉|ぜい肉|体つき|水着姿|脂肪)'
const BODY_VERDICT_D14 = '(?:体型|体形|体重|お腹|おなか|体つき|ウエスト|(?:お腹|おなか)(?:が|の)出(?:て(?:い)?る|た)の|太(?:って(?:い)?る|った)の)(?:は|って|こそ)[、,]?[^。！？!?\\n]{0,8}?(?:自己管理|節制|努力|意志の強さ|怠惰|だらしなさ|生活態度)(?:が|の)?(?:(?:でき|なって|足り)(?:て(?:い)?)?(?:ない|ません|ん)(?:こと)?の?)?(?:通信簿|通知表|通知簿|成績表|証拠|証明|あかし|表れ|現れ|あらわれ)'
const SHAME_DENIED_D14 = phrase('(?:なんて|など|なんか)(?:ない|ありません|ございません|存在しません)|(?:では|じゃ)(?:ない|ありません)|ありません', 'u')
const R_D14_EARLY: Phrase[] = [
  // Blind R277T-007 kind (dec14): someone in a photo whose looks are likened to something and laughed at (二枚目のおばあちゃん、お化粧が
  // まるで歌舞伎役者みたいで迫力満点ですね（笑）): lookism warn. Not a photo praised, nor 歌舞伎の化粧体験 at an event.
  {
    rule: 'decency/lookism',
    re: phrase(`${PHOTO_WHO_D14}${PHOTO_PERSON_D14}(?:は|って|の|が|も|、|,)?[^。！？!?\\n]{0,12}?${LOOKS_D14}(?:が|は|も|の|って|、)?(?:${LIKENED_D14})[^。！？!?\\n]{0,24}?${TEASE_D14}`),
    instead: '写真に写った方の容姿を何かにたとえて笑わず、行事の様子や写真へのお礼を伝えてください（例：「白秋祭の写真ありがとうございます。皆さんの笑顔がすてきです」）',
    severity: 'warn',
    keep: (fo, s, a, b) => !PRAISE_D14.test(fo.slice(a, b)) && !DRESSED_UP_D14.test(fo.slice(s.start, s.end)) && !AWARENESS.test(fo.slice(s.start, s.end)),
  },
  // Blind R278M-037 kind (dec14): a body called shameful, or made the verdict on self-control, in a diet or fitness notice (体型は自己管理の
  // 通信簿; 水着やゆかたが恥ずかしい体とは、今年こそお別れ): lookism warn. Not 恥ずかしがらずにご相談ください, 恥ずかしい体験, 適正体重.
  {
    rule: 'decency/lookism',
    re: phrase(`${SHAMED_BODY_D14}|${BODY_VERDICT_D14}`),
    instead: '体型を恥ずかしいものや自己管理の成績として書かず、教室の内容と健康への効果を伝えてください（例：「無理なく続けられるウォーキングで、生活習慣病の予防に取り組みましょう」）',
    severity: 'warn',
    keep: (fo, s, a, b) => !SHAME_DENIED_D14.test(fo.slice(b, Math.min(fo.length, b + 14))) && !AWARENESS.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)),
  },
]
const EARLY_PHRASES = [...R116_EARLY, ...R108_EARLY, ...R106_EARLY, ...R104_EARLY, ...R103_EARLY, ...R102_EARLY, ...R100_EARLY, ...R98_EARLY, ...R96_EARLY, ...R92_EARLY, ...R90_EARLY, ...R88_EARLY, ...R86_EARLY, ...R84_EARLY, ...R76_EARLY, ...R74_EARLY, ...R72_EARLY, ...R69_EARLY, ...R66_EARLY, ...R64_EARLY, ...R63_EARLY, ...R42_EARLY, ...R21_FIRST, ...R22_EARLY, ...R23_EARLY, ...R24_EARLY, ...PHRASES, ...R21_EARLY, ...R50_EARLY, ...R52_EARLY, ...R53_EARLY, ...R54_EARLY, ...R121_EARLY, ...R_D10_EARLY, ...R_D11_EARLY, ...R_D12_EARLY, ...R_D13_EARLY, ...R_D14_EARLY]
/**
 * Round 131/132 (blind):
 * - a character or a body dressed for male eyes (胸元もサービスしちゃいました💕 男性ファンのみなさん, スカートはちょっと短め…男性ファン):
 *   sexual warn; not a costume told plainly;
 * - innuendo about a person's night (船頭さん、竿さばきがお見事…夜のほうもすごいかも？笑): sexual warn;
 * - disabled people framed as delaying the rest, 健常者 addressed for the trouble (車いすの方のご乗船で運航が遅れることがあります。健常者の
 *   皆さまにはご迷惑をおかけしますが): discriminatory block;
 * - sexual minorities called unproductive or childless as a reason against them (同性カップルの…制度なんて、子どもを作らない、生産性の
 *   ない人たちに税金を使うだけ): discriminatory block; not the remark named to be rejected (差別, 人権).
 */
/** Blind R133: childless (子どもを産まない, 作れない) given as the reason against a group, with what it is said to cost or lack. */
const CHILDLESS133 = '(?:子ども|子供|こども|子)を(?:作ら|つくら|産ま|生ま|産め|生め|作れ|つくれ)(?:ない|ん|ず)[^。！？!?\\n]{0,20}?(?:税金|支援|制度|認め|必要|意味|無駄|ムダ|生産性)'
const R131: Phrase[] = [
  {
    rule: 'decency/sexual',
    severity: 'warn',
    re: phrase('(?:(?:胸元|胸|谷間|バスト|お尻|ヒップ|太もも|ふともも|脚|生足|うなじ)(?:は|も|を)?(?:ちょっと|少し|大胆に|思い切って)?(?:サービス|大胆|チラ見せ|ちら見せ|見せ|強調|盛)|(?:スカート|スカート丈|裾)(?:は|を|も)?(?:ちょっと|少し|やや|かなり|思い切って|大胆に)?(?:短め|短く|ミニ))[^。\\n]{0,30}?(?:男性(?:の)?(?:ファン|お客|観光客|層|利用者|の皆|のみな)|殿方|おじさん|オジサン|男性陣|男子諸君|お父さん方|パパたち|紳士の皆)'),
    instead: INSTEAD.sexual,
    keep: (fo, s) => !BODY_VETO.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/sexual',
    severity: 'warn',
    // Blind R233P-036 kind (dec2): an adverb of guessing may come first (夜のほうもきっとお上手なんでしょう😏), and the guess may end in
    // でしょう/だろう or a leer.
    re: phrase('夜の(?:ほう|方)(?:も|は)(?:きっと|さぞ(?:かし)?|たぶん|多分|相当|かなり|さすがに)?(?:お)?(?:すご|凄|上手|うま|テクニシャン|激し|たくまし|お見事|達者|元気|得意)[ぁ-ゖ]{0,3}?(?:かも|そう|らしい|のかな|かな|んじゃ|のでは|でしょう|でしょ|だろう|やろう|やろ|に違いな|[？?]|[（(]?笑|[😏😘💋🤭])'),
    instead: INSTEAD.sexual,
  },
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:車いす|車椅子|障害|障がい|障碍|盲導犬|介助犬|補助犬|ベビーカー)[^\\n]{0,60}?(?:遅れ|お待たせ|時間がかか|お時間をいただ)[^\\n]{0,30}?健常者(?:の)?(?:皆さま|皆様|皆さん|みなさま|みなさん|方々|方|お客様|お客さま|利用者|乗客)(?:には|に|へは|へ)?[、,]?[^。！？!?\\n]{0,10}?(?:ご迷惑|迷惑|ご不便|不便|お待たせ|ご負担)'),
    instead: INSTEAD.discriminatory,
    // AWARENESS counts 盲導犬 and the like (a campaign for them); here only a stance against the framing keeps it out.
    keep: (fo, s) => !rx('(?<!被)差別|人権|偏見|誤解|共生|共に').test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    // Blind R133: the childless clause may come in the next sentence (…税金を使う必要はありません。子どもを産まない人たちには生産性が…),
    // and the money may be refused first (…に税金を使う必要はない…子どもを産めないのに).
    re: phrase(`(?:同性|lgbt|性的少数|性的マイノリティ|パートナーシップ|ゲイ|レズ|トランス)(?:[^。！？!?\\n]{0,40}?(?:${CHILDLESS133}|生産性(?:が|の|も)?(?:ない|無い|低い|ゼロ|がない))|[^。！？!?\\n]{0,40}?(?:税金|予算|支援|公金)[^。！？!?\\n]{0,12}?(?:必要は(?:ない|ありません|なか)|必要ない|いらない|要らない|無駄|ムダ|もったいない)[^\\n]{0,30}?(?:子ども|子供|こども|子)を(?:作ら|つくら|産ま|生ま|産め|生め|作れ|つくれ)(?:ない|ん|ず)|[^。！？!?\\n]{0,40}?[。！？!?][^。！？!?\\n]{0,20}?${CHILDLESS133})`),
    instead: INSTEAD.discriminatory,
    // Not the remark named to be rejected (…という差別的な発言, 人権, 偏見): AWARENESS itself counts 制度, the topic here.
    keep: (fo, s) => !rx('(?<!被)差別|人権|偏見|誤解|決めつけ|許され|あってはな|という(?:発言|主張|意見)').test(fo.slice(s.start, Math.min(fo.length, s.end + 30))),
  },
]
/**
 * Round 133 (blind, after incidents of public bodies' accounts):
 * - a disabled child wished not to be born, or its birth called a misfortune (障害のある子が生まれないよう、検査を広めるべき, ダウン症の
 *   子は産まないほうが): eugenics, discriminatory block; not rubella or folic acid prevention, not the view named to be rejected;
 * - a blow dealt to a visitor or a passer-by played as fun (観光客のおじさんにドロップキック！, お客さんを蹴っ飛ばして): abuse-joke warn;
 *   not a class, a match or a self-defence lesson, not パンチの効いた; not a bare キック, which folds to きつく (子どもにきつく);
 * - staff climbing into a freezer, a fridge or a sink on the job as a prank (冷凍庫に入ってみたww): the バイトテロ kind, conduct warn;
 *   not a tour of a cold store, not food put in;
 * - live creatures shut in ice as an attraction (約5,000匹の本物の魚を氷に閉じ込めました): conduct warn; not fish kept cool;
 * - pity for people brushed off with a laugh (…の子たちはちょっとかわいそうだけど、まあ仕方ないよね😂): insensitive warn;
 * - クソ as an intensifier on the account (クソ暑い中…): crude warn (hostility keeps クソ暑 out of its insults: aimed at no one).
 */
const DISABLED_CHILD133 = '(?:(?:障害|障がい|障碍|ダウン症|先天性の(?:障害|障がい|疾患|病気))(?:の|が|を)?(?:ある|持った|もった|持つ|もつ)?(?:お子さん|お子様|子ども|子供|こども|子|赤ちゃん|赤ん坊|胎児|人)|障害児|障がい児)'
const R133: Phrase[] = [
  {
    rule: 'decency/discriminatory',
    re: phrase(`${DISABLED_CHILD133}(?:が|は|を)?[、,]?(?:(?:生まれ|産まれ)(?:ない(?:よう|ように|ほうが|方が)|てこない(?:よう|ほうが|方が)|てこなければ|なければ|ずに済)|(?:産ま|生ま)(?:ない|ず)(?:ほうが|方が|よう|ように|に済)|[^。！？!?\\n]{0,10}?(?:生まれ|産まれ|産む|産ん|生む)[^。！？!?\\n]{0,12}?(?:不幸|かわいそう|可哀想|迷惑|負担にな|社会の損失))`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !rx('風疹|風しん|予防接種|ワクチン|葉酸|(?<!被)差別|人権|偏見|誤解|優生|思われがち|ではありません|わけではな|決めつけ|許され').test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/abuse-joke',
    severity: 'warn',
    re: phrase('(?:観光客|お客さん|お客様|お客さま|来場者|通行人|おじさん|おじさま|おばさん|おばちゃん|おっちゃん|おじいさん|おじいちゃん|おばあさん|おばあちゃん|子ども|子供|こども|ちびっこ|市民|職員|店員|スタッフ)(?:の(?:方|人))?(?:に|へ)[、,]?(?:強烈な|思いっきり|思い切り|全力で|いきなり|必殺の?)?(?:ドロップキック|飛び蹴り|跳び蹴り|回し蹴り|ハイキック|ローキック|パンチ(?!の?(?:効い|きい|ある))|ビンタ|頭突き|ラリアット|張り手|げんこつ|鉄拳)|(?:観光客|お客さん|お客様|来場者|通行人|おじさん|おばさん|おじいさん|おばあさん|子ども|子供|ちびっこ|市民)(?:を)[、,]?[^。！？!?\\n]{0,6}?(?:ぶん殴|殴り倒|殴っ|蹴っ飛ば|蹴り飛ば|蹴っ|突き飛ば|投げ飛ば|ぶっ飛ば)|倒れた(?:ところ|とこ|相手)に(?:さらに|追い打ち|とどめ)'),
    instead: '人を殴る・蹴るなどの暴力を面白がる投稿はやめ、キャラクターの活動は楽しく安全な内容で伝えてください（例：「今日は観光客の皆さんと記念撮影しました」）',
    keep: (fo, s) => !rx('教室|練習|体験|試合|大会|護身|ミット|防犯|禁止|やめ|だめ|いけません|しないで|ないよう|プロレス|格闘|ボクシング|空手|柔道').test(fo.slice(Math.max(0, s.start - 30), s.end)),
  },
  {
    rule: 'decency/conduct',
    re: phrase('(?:冷凍庫|冷蔵庫|冷凍室|冷蔵室|冷凍ケース|冷蔵ケース|アイスケース|ショーケース|食洗機|食器洗浄機|シンク|寸胴|ストッカー|フライヤー)(?:の中)?(?:に|へ)[、,]?(?:入っ|はいっ|潜っ|もぐっ|潜り込ん|もぐりこん|寝そべっ|寝転ん|寝転がっ|寝っ転がっ|寝)(?:(?:て|で)み(?:た|ました|る)|(?:て|で)遊(?:ん|び)|ちゃ(?:った|いました)[^。！？!?\\n]{0,4}?(?:w|笑|😂|🤣))'),
    instead: '衛生を損なう悪ふざけの様子は公式アカウントに載せないでください（例：「仕込み用の冷凍庫は毎日温度を確認しています」）',
    severity: 'warn',
    keep: (fo, s) => !rx('見学|体験|ツアー|ないで|ないよう|禁止|危険|注意|やめ').test(fo.slice(s.start, Math.min(fo.length, s.end + 20))),
  },
  {
    rule: 'decency/conduct',
    re: phrase('(?:本物の|生きた|生きている|生きたままの|[0-9０-９,，]{1,6}(?:匹|尾|羽)の)[^。！？!?\\n]{0,6}?(?:魚|さかな|生き物|いきもの|動物|かに|えび|いか|金魚|めだか|貝|ひよこ|虫)(?:たち)?(?:を|が)[、,]?[^。！？!?\\n]{0,4}?(?:氷|樹脂|コンクリート)(?:の中)?(?:に|で|へ)[、,]?(?:閉じ込め|とじこめ|埋め込|埋め|うめ|封じ込め|封入|凍らせ)'),
    instead: '生き物を見世物として粗末に扱う企画は載せないでください（例：「氷の上で冬のスケートを楽しめます」）',
    severity: 'warn',
    keep: (fo, s) => !rx('鮮度|保冷|冷やし|持ち帰|締め|化石|標本|れぷりか|模型|作り物|偽物|食品さんぷる|ないで|禁止').test(fo.slice(s.start, Math.min(fo.length, s.end + 20))),
  },
  {
    rule: 'decency/insensitive',
    severity: 'warn',
    re: phrase('(?:かわいそう|可哀想|可哀そう|気の毒|不憫|ふびん)(?:だ|や|じゃ|です)?(?:けど|けれど|けども|が)[、,]?[^。！？!?\\n]{0,30}?(?:仕方ない|仕方がない|しかたない|しかたがない|しょうがない|しゃーない|しゃあない|しょうがなか|仕方なか|どうでもいい|自業自得)[^。！？!?\\n]{0,8}?(?:[😂🤣]|w|笑)'),
    instead: '当事者の境遇を笑いの対象にせず、「統廃合で学校を離れる子どもたちを、地域で支えていきます」のように書いてください',
  },
  {
    rule: 'decency/crude',
    severity: 'warn',
    // クソ / くそ heading an adjective or a verb as an intensifier (クソ暑い中, くそ忙しい, クソまずい); the folded pattern reads
    // both spellings, after a particle too (今週はくそ忙しい, マジでクソ長い). Not a word it ends (下手くそ, やけくそ, 鼻くそ, ヘクソカズラ:
    // a kanji or a kana other than a particle before it), not 糞 of an animal.
    re: phrase('(?<![一-龥ー]|[ぁ-ゖ](?<![はでがをにもとの]))くそ(?:暑|あつ|寒|さむ|忙し|いそがし|まず|不味|眠|ねむ|だる|めんどくさ|めんどうくさ|面倒くさ|うざ|つまらな|むかつ|ムカつ|疲れ|つかれ|重|痛|いた[いかく]|難し|むず[いか]|うま|旨|かわい|可愛|楽し|たのし|でか|やば|ださ|遠|長|高|多|ほど|みたい|真面目|まじめ|ど田舎|田舎|狭|せま|混ん)'),
    instead: '「とても暑い中」「厳しい暑さの中」のように書いてください',
  },
]
/**
 * Blind W21 (R184I-R187I):
 * - the account's own people owning up to gazing at women or girls for pleasure (浴衣の女の子たちを眺めるのが毎年の楽しみ, 水着の
 *   お姉さんに見とれて): `decency/sexual` warn; not children or one's own kin, not a class, a dance or a show the gaze is on;
 * - a named or dated disaster set beside a joke (熊本地震のときに比べたら…ノーカンですね（笑）, 令和5年の大雨のときの水の音に比べたら…
 *   （笑）): `decency/insensitive` block; not a comparison told in earnest (備蓄の意識は高まりました), not the lesson kept;
 * - a foreign group, named by where it came from too (外国から来た観光客), labelled as people who do not understand however told
 *   (言っても分からない方たち): discriminatory block; not a language barrier met with help;
 * - a group put last in a queue by policy (外国籍の方を後回しにして, 高齢の方の受付は最後に): discriminatory block; not priority, not
 *   the practice denied or named as a wrong (後回しにされがち, 後回しにすることはありません).
 */
/** A foreign group, by nationality, by a region or by where it came from (外国から来た観光客, アジアからの団体さん). */
const FROM_ABROAD_W21 = `(?:${NATION})から(?:来た|来られた|来とる|来てる|来ている|来よる|いらした|いらっしゃった|お越しの|お越しになった|来日した)[^。！？!?\\n、]{0,4}?(?:観光客|お客|方|人|団体|旅行者|労働者|実習生|留学生|家族|住民)`
const FOREIGN_W21 = `(?:${VISITORS47}|${FROM_ABROAD_W21}|(?:${NATION})からの(?:団体|グループ|旅行者|労働者))`
/** Women or girls, maybe named by what they wear (浴衣の女の子たち, 水着姿のお姉さん). */
const WOMEN_W21 = '(?:(?:浴衣|ゆかた|水着|着物|晴れ着|袴|制服|ドレス|ミニスカ(?:ート)?|ビキニ)(?:姿)?(?:の|ん))?(?:若い|若か|かわいい|かわいか|可愛い|きれいな|綺麗な|美人の)?(?:女の子|女性|女子|お姉さん|お姉ちゃん|娘さん|ギャル|美女|美人(?!の?湯)|女子大生|女子高生|奥さん|ママさん)(?:たち|達|陣|ら|の皆さん)?'
/** The account's own people, or men, as the ones who gaze (男性職員は, 僕たちも, スタッフ一同): not visitors told of. */
const GAZER_W21 = '(?:(?:男性|男子|おじさん|おっちゃん|男衆|若手|ベテラン)?(?:職員|スタッフ|係員|隊員|団員|陣)|(?<![一-龥])(?:男性|男子|男衆)(?:陣)?|おじさん|おっちゃん|僕|ぼく|俺|おれ|私|わたし|自分|我々|われわれ|係長|課長|部長|室長|所長|市長|船頭)(?:さん)?(?:たち|達|一同|ら|の皆さん)?'
/** … gazed at (眺める, 見る, 見つめる, 拝む) as a pleasure (のが楽しみ, が目の保養, ご褒美) … */
const GAZED_W21 = `${WOMEN_W21}(?:を|ば)[、,]?(?:じっくり|ゆっくり|こっそり|ひそかに|密かに|ぼーっと|ずっと|間近で|近くで)?(?:眺め|ながめ|見つめ|見(?!守|送|かけ|つけ|学|物|せ|直|逃|える|え)|鑑賞|観賞|拝|おが)[ぁ-ゖ]{0,4}?(?:(?:に)?(?:行|い)く)?(?:の|こと)(?:が|は|も|を)[、,]?[^。！？!?\\n]{0,10}?(?:楽しみ|たのしみ|癒し|癒やし|いやし|至福|ご褒美|ごほうび|生きがい|生き甲斐|目の保養|眼福|目当て|醍醐味|役得|密かな)|${WOMEN_W21}(?:に|ば)[、,]?(?:${GAZER_W21}(?:は|も|が)[、,]?)?(?:つい|ついつい|思わず|みんな)?(?:見とれ|見惚れ|みとれ|目を奪われ|釘付け|くぎ付け|くぎづけ)`
/**
 * Blind R245M-029 kind: women or girls named as the sight worth the trip (若い女の子を眺めに来るだけでも価値あり, 浴衣美人を見に来て):
 * an invitation to gaze at them, sexual warn. Not children, a dance or a show (GAZE_OK_W21).
 */
const GAZE_TRIP_R245 = `${WOMEN_W21}(?:を|ば)[、,]?(?:眺め|ながめ|見|拝み|おがみ)に(?:来|き|く|行|い|お越し|おいで)[^。！？!?\\n]{0,12}?(?:価値|甲斐|かい(?:が|あり)|だけでも|目当て|おすすめ|オススメ|お勧め|最高|楽しみ|ご褒美|眼福|目の保養)`
const GAZE_OK_W21 = phrase('子ども|子供|こども|園児|児童|生徒|小学生|中学生|孫|赤ちゃん|着付け|教室|講座|踊り|演技|演奏|ダンス|舞|パフォーマンス|作品|写真展|ファッションショー|成長', 'u')
/** A disaster named or dated (熊本地震, 東日本大震災, 令和5年の大雨, 3年前の豪雨). */
const DISASTER_W21 = '(?:熊本|東日本|阪神(?:・?淡路)?|能登(?:半島)?|(?:新潟県)?中越(?:沖)?|胆振東部|北海道胆振東部|大阪(?:府)?北部|福岡県西方沖|関東|鳥取(?:県)?中部|宮城県沖)(?:大)?(?:地震|震災)|(?:九州北部|北部九州|西日本|九州|熊本|筑後|平成|令和)(?:[0-9０-９]{1,2}年)?(?:7月)?豪雨|(?:令和|平成|昭和)(?:[0-9０-９]{1,2}|元|[一二三四五六七八九十]{1,3})年(?:[0-9０-９]{1,2}月)?(?:の)?(?:九州北部|西日本|梅雨前線|台風[0-9０-９]{1,2}号)?(?:の|による)?(?:大雨|豪雨|水害|洪水|台風|地震|震災|土砂災害|災害|浸水|大水|高潮|竜巻)|(?:[0-9０-９一二三四五六七八九十]{1,2}年前|去年|昨年|おととし|一昨年)の(?:豪雨|水害|洪水|震災|土砂災害|大地震)'
/** … compared with (に比べたら, のときの…と比べれば, より) … */
const COMPARED_W21 = `(?:${DISASTER_W21})(?:の)?(?:とき|時|頃|ころ|際)?(?:の[^。！？!?\\n、]{0,12}?)?(?:に|と)?[、,]?(?:比べ(?:たら|れば|ると|て|りゃ)|くらべ(?:たら|れば|ると|て|りゃ)|比較(?:したら|すれば|すると)|より(?:は|も)?(?!前|後|以前|以降|も前|も後))`
/** … and made a joke of (（笑）, 笑, ｗ, 😂, ノーカン). */
const JOKED_W21 = `[（(]笑[)）]|(?<![ぁ-ゖ一-龥])笑(?![ぁ-ゖ一-龥])|(?<=[ぁ-ゖ])笑(?=[\\s。！!？?、…〜ー]|$)|${LAUGH_W}|[😂🤣😆]|ウケ(?:る|た)|ノーカン|ノーカウント`
/** A group kept waiting by policy: the foreign, the disabled, the old. */
const QUEUED_W21 = `(?:${FOREIGN_W21}|日本語(?:が|を|の)?[^。！？!?\\n、]{0,8}?(?:話せ|読め|分から|わから|できな|不自由|苦手|不慣れ)(?:ない)?[^。！？!?\\n、]{0,4}?(?:方|人|お客様|お客さま)|${TURNED36}|${AGED}|(?:ご)?高齢(?:の)?(?:お客様|お客さま))`
/** … put last (後回しに, 最後に回し, 一番あとに): not passive (後回しにされ), not denied (ことはありません). */
const LAST_W21 = '(?:後回し|あと回し|後まわし|あとまわし)(?:に)?(?!され|にされ)|(?:一番|いちばん)?(?:最後|あと|後)(?:に|へ)(?:回し|回っ|まわし|まわっ|させ|し(?:て|ま))'
const QUEUE_DENIED_W21 = phrase('^[^。！？!?\\n]{0,6}?(?:(?:する|いたす|致す|される)?(?:こと|よう|の)(?:は|も)?(?:ありません|ございません|ない|なく|いたしません|しません)|(?:は|も)?(?:いたし|致し|し)ません|ないよう|ません)', 'u')
/**
 * Blind R245M-030 kind: a foreign group named in the paragraph, then judged less able than the Japanese (やはり日本人ほど手先は器用では
 * ない, 日本人に比べて仕事が雑, 日本人のようには覚えが早くない): ability put down to nationality, discriminatory block. Not language told
 * (日本語は日本人ほど上手ではありませんが), not the notion answered (というのは偏見です).
 */
const LESS_ABLE_R245 = '日本人(?:ほど|ほどは|ほどには|みたいに(?:は)?|のように(?:は)?|並み(?:に|には)|と(?:比べ|くらべ)(?:て|ると|たら)|に(?:比べ|くらべ)(?:て|ると|たら)|より(?:も)?)[、,]?[^。！？!?\\n]{0,10}?(?:(?:手先|手|仕事|作業|覚え|飲み込み|のみこみ|物覚え|頭)(?:が|は|も)?[、,]?(?:器用|丁寧|正確|早|速|はや|いい|良|よ)(?:く|で|では|じゃ)?(?:は|も)?(?:ない|なか|ありません|ございません)|(?:器用|勤勉|真面目|まじめ|几帳面|丁寧|正確|賢)(?:で|では|じゃ|く)(?:は)?(?:ない|なか|ありません|ございません)|(?:劣|おと)(?:る|り|っ)|不器用|雑|遅|のろ|いい加減)'
const FOREIGN_HERE_R245 = phrase('外国|技能実習生|実習生|特定技能|留学生|移民|難民|(?:中国|韓国|朝鮮|ベトナム|フィリピン|ブラジル|ネパール|インドネシア|ミャンマー|タイ|インド|アフリカ|アジア)(?:人|系|出身|籍|から|の方|の人)', 'u')
const LESS_ABLE_OK_R245 = phrase('日本語|言葉|ことば|会話|方言|発音|偏見|差別|思い込み|決めつけ|誤解|そんなことは', 'u')
/**
 * Blind R246S-029 kind (dec7): a family named by the parent it lacks (お父さんがいないご家庭, 母親のいない子, ひとり親家庭) then presumed
 * to be struggling, lonely or pitiable (何かと苦しいでしょうから, さぞ寂しいはず): pity that decides the family's situation for it,
 * stereotype warn. Not a support told plainly (ひとり親家庭の方は、児童扶養手当の対象です), not the presumption answered (とは限りません).
 */
const LACKING_FAMILY_D7 = '(?:(?:母子|父子|ひとり親|一人親|片親)(?:の)?(?:ご)?(?:家庭|世帯)|シングル(?:マザー|ファザー)(?:の(?:ご)?(?:家庭|方))?|(?:お父さん|お母さん|お父様|お母様|父親|母親|両親|親御さん|親|パパ|ママ)(?:が|の)(?:いない|いらっしゃらない|おられない|おらん|不在の)(?:ご)?(?:家庭|世帯|お宅|お子さん|子ども|子供|子|家))(?:たち|達)?'
const PRESUMED_HARD_D7 = `(?:${LACKING_FAMILY_D7})(?:の(?:方|皆さん|お子さん))?(?:は|って|では|だと)[、,]?[^。！？!?\\n]{0,12}?(?:何かと|なにかと|いろいろ|色々|さぞ(?:かし)?|きっと|どうしても|やはり|やっぱり)?[^。！？!?\\n]{0,6}?(?:苦し|大変|貧し|寂し|さみし|淋し|かわいそう|可哀想|可哀そう|不憫|肩身が狭|不自由|つら|辛)[^。！？!?\\n]{0,6}?(?:でしょう|でしょ|だろう|だろ|はず|に違いな|ですよね|よね)`
const PRESUMED_HARD_OK_D7 = phrase('とは限ら|ではありません|ではなく|決めつけ|思い込み|偏見|一概に|家庭によ|それぞれ', 'u')
/**
 * Blind R248B-052 kind (dec7): women on the staff named, then the serving chores handed to them (女性職員が増えて…お茶出しや電話番も
 * お任せできる, 女の子が入ったので雑用はお願いできる): a sex given the chores, discriminatory block. Not chores shared by turns or by all
 * (当番制, みんなで, 男女問わず), not the custom named to be dropped (性別による役割分担を見直し).
 */
const CHORE_D7 = '(?:お茶出し|お茶くみ|お茶汲み|お茶入れ|電話番|電話当番|電話の応対|電話応対|コピー取り|コピーとり|雑用|お酌)'
const CHORES_HANDED_D7 = `${CHORE_D7}(?:(?:や|と|、|も)${CHORE_D7}){0,3}(?:も|は|を|まで|なんか|なども|など)?[、,]?(?:安心して|気軽に|全部|ぜんぶ|すべて|全て|どんどん)?(?:お任せ|おまかせ|任せ|まかせ|お願い(?:でき|し(?:て|ちゃ|よう))|やってもら|担当してもら|頼め|頼ん|たのめ)`
const WOMEN_STAFF_D7 = phrase('(?<![一-龥])(?:女性|女子)(?:の)?(?:職員|スタッフ|社員|新人|陣|さん|の方)|女の子|女の人|若い女性|女性が', 'u')
const CHORES_OK_D7 = phrase('男女|性別|男性も女性も|女性も男性も|交代|交替|当番制|輪番|全員で|みんなで|皆で|固定観念|役割分担|押しつけ|押し付け|見直', 'u')
/**
 * Blind R248B-045 kind (dec7): a staff member given a body type as their role or title (課内で一番のぽっちゃり癒やし担当, ぽっちゃり枠,
 * 太っちょキャラ): the body made the joke of the introduction, lookism warn. Not an animal or a mascot (着ぐるみ, カピバラ), not a size
 * offered (ぽっちゃりさん向けのサイズ).
 */
const BODY_ROLE_D7 = '(?:ぽっちゃり|ポッチャリ|太っちょ|ふくよか|おデブ|デブ|でぶ|巨漢|チビ|ちび|ハゲ|はげ|ガリガリ|がりがり|メタボ)(?:体型|体形)?(?:の|な)?(?:癒やし|癒し|いやし|マスコット|ムードメーカー|お笑い|いじられ|イジられ|ネタ)?(?:担当|係|枠|キャラ|代表|要員|隊長|番長|王|女王|部門)|(?:課内|庁内|係内|職場|部署|チーム|課|係|役所)(?:で)?(?:一番|いちばん|イチ|随一|ナンバーワン|ナンバー1|no\\.?1)の(?:ぽっちゃり|ポッチャリ|太っちょ|ふくよか|おデブ|デブ|でぶ|巨漢|チビ|ちび|ハゲ|はげ|ガリガリ|がりがり|メタボ)'
const BODY_ROLE_WHO_D7 = phrase('職員|新人|スタッフ|課長|係長|部長|主任|先輩|後輩|課内|庁内|係内|同僚|若手|ベテラン|隊員|団員|メンバー|担当者|市長', 'u')
const BODY_ROLE_OK_D7 = phrase('着ぐるみ|ゆるキャラ|動物|猫|ねこ|犬|いぬ|カピバラ|パンダ|ペンギン|うさぎ|鯉|金魚|ハムスター|メダカ|サイズ|ダイエット|健康', 'u')
/**
 * Blind R249C-028 kind (dec7): readers told to look at a woman's body parts (うなじと脚線美に注目してね, 胸元もお見逃しなく), with a leer or
 * women named: the body offered to the gaze, sexual warn. Not a dressing or hair tip without a leer (着付けのポイント), not sport or care.
 */
const BODY_FOCUS_PART_D7 = '(?:うなじ|脚線美|美脚|胸元|お尻|おしり|ヒップ|太もも|ふともも|太腿|くびれ|谷間|ボディライン|生足|生脚|バスト|おっぱい|デコルテ|鎖骨)'
const BODY_FOCUS_D7 = `${BODY_FOCUS_PART_D7}(?:(?:と|や|、|も)${BODY_FOCUS_PART_D7}){0,2}(?:の(?:ライン|曲線|美しさ|チラ見え))?(?:に|を|にも|も)?[、,]?(?:ぜひ|ぜーんぶ|しっかり|じっくり|とくに|特に)?(?:(?:ご)?注目|注視|ガン見|チェック|お見逃しなく|見逃さ|見逃せ|見てね|見てください|見ていって|ご覧|拝ん)`
const BODY_FOCUS_CUE_D7 = phrase('[😏😘💋🫦🤤]|意味深|うふふ|むふふ|ぐふふ|ぐへへ|♡|💕|❤|美女|美人|女性|女の子|お姉さん|女子|浴衣|ゆかた|水着|娘さん|ギャル', 'u')
const BODY_FOCUS_OK_D7 = phrase('筋肉|筋トレ|トレーニング|ストレッチ|体操|健診|検診|日焼け|虫よけ|虫除け|けが|ケガ|怪我|痛|治療|マッサージ|着付け教室|骨格|選手', 'u')
/**
 * Blind R246S-030 kind (dec7): a closure forced by an outbreak (インフルで学級閉鎖, コロナで休校) made a treat for the children (ちょっとした
 * ボーナス休暇かも, プチ連休でラッキー, ゲーム三昧): levity at an epidemic, insensitive warn. Not a warning that the days off are not a
 * holiday (遊びに出かけないよう, ゲーム三昧にならないよう).
 */
const OUTBREAK_CLOSED_D7 = '(?:インフル(?:エンザ)?|コロナ|ノロ|感染症|感染|流行|溶連菌|はしか|麻疹|胃腸炎|風邪|かぜ|りんご病|手足口病|プール熱|アデノ)[^。！？!?\\n]{0,24}?(?:学級閉鎖|学年閉鎖|学校閉鎖|臨時休校|休校|休園|休講)[^\\n]{0,40}?(?:ボーナス|ご褒美|ごほうび|プチ(?:連休|休暇|夏休み|冬休み|春休み|バカンス)|ちょっとした(?:休暇|連休|お休み|夏休み|冬休み|春休み|バカンス|ご褒美)|臨時(?:の)?(?:連休|バカンス|ボーナス)|ラッキー|うらやまし|羨まし|ゲーム(?:三昧|し放題|やり放題)|遊び放題|大喜び|バカンス)'
const OUTBREAK_OK_D7 = phrase('ならないよう|ならないように|しないよう|しないように|ではありません|ではなく|じゃない|お休みではない|休暇ではない|不要不急|控えて|お控え', 'u')
const W21: Phrase[] = [
  {
    rule: 'decency/stereotype',
    re: phrase(PRESUMED_HARD_D7),
    need: ['家庭', '世帯', 'しんぐる', 'お宅', '子', '家'],
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s, a, b) => { const t = fo.slice(s.start, s.end); return !PRESUMED_HARD_OK_D7.test(fo.slice(a, Math.min(s.end, b + 30))) && !NAMES_PREJUDICE.test(t) },
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(CHORES_HANDED_D7),
    need: ['お茶', '電話', 'こぴー', '雑用', 'お酌'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => WOMEN_STAFF_D7.test(fo.slice(Math.max(0, a - 120), a)) && !CHORES_OK_D7.test(fo.slice(Math.max(0, a - 120), Math.min(s.end, b + 40))) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/lookism',
    re: phrase(BODY_ROLE_D7),
    instead: INSTEAD.lookism,
    severity: 'warn',
    keep: (fo, s, a, b) => { const w = fo.slice(Math.max(0, a - 80), Math.min(fo.length, b + 40)); return BODY_ROLE_WHO_D7.test(w) && !BODY_ROLE_OK_D7.test(w) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) },
  },
  {
    rule: 'decency/sexual',
    re: phrase(BODY_FOCUS_D7),
    instead: INSTEAD.sexual,
    severity: 'warn',
    keep: (fo, s, a, b) => { const w = fo.slice(Math.max(0, a - 80), Math.min(fo.length, b + 20)); return BODY_FOCUS_CUE_D7.test(w) && !BODY_FOCUS_OK_D7.test(w) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) },
  },
  {
    rule: 'decency/insensitive',
    re: phrase(OUTBREAK_CLOSED_D7),
    need: ['閉鎖', '休校', '休園', '休講'],
    instead: '感染症の流行による休校や学級閉鎖を休暇や得のように書かず、感染予防の呼びかけや連絡先を書いてください（例：「学級閉鎖中は外出を控え、体調の変化に気をつけてください」）',
    severity: 'warn',
    keep: (fo, s, a, b) => !OUTBREAK_OK_D7.test(fo.slice(a, Math.min(fo.length, b + 30))) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(LESS_ABLE_R245),
    need: ['日本人'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => FOREIGN_HERE_R245.test(fo) && !LESS_ABLE_OK_R245.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/sexual',
    severity: 'warn',
    re: phrase(`${GAZED_W21}|${GAZE_TRIP_R245}`),
    instead: INSTEAD.sexual,
    keep: (fo, s) => { const t = fo.slice(s.start, s.end); return !GAZE_OK_W21.test(t) && !AWARENESS.test(t) },
  },
  {
    rule: 'decency/insensitive',
    re: phrase(`${COMPARED_W21}[^。！？!?\\n]{0,40}?(?:${JOKED_W21})`),
    instead: '災害を笑いのたとえに使わず、「大雨の際は早めの避難をお願いします」のように必要な情報だけを書いてください',
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`${FOREIGN_W21}[^。！？!?\\n]{0,30}?(?:言って|いって|言うて|注意して|説明して|お願いして)も[、,]?(?:分から|わから|通じ|理解でき|聞か|きか)(?:ない|ん|へん)(?:方|人|連中|奴|やつ|お客)(?:たち|達|ら|々|さん)?`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => { const t = fo.slice(s.start, s.end); return !AWARENESS.test(t) && !HELP_MET90.test(t) && !phrase('日本語|英語|外国語|母語|母国語|言葉', 'u').test(t) },
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${QUEUED_W21})(?:の(?:方|人|皆さん|皆様|お客様))?(?:(?:の)?(?:受付|手続き|案内|対応|順番|診察|乗船|乗車|入場|窓口)(?:は|を|も))?[、,]?(?:は|を|も)?[、,]?(?:すべて|全員|いつも|原則|原則として|基本的に|必ず|なるべく|できるだけ)?[、,]?(?:${LAST_W21})`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, _a, b) => { const t = fo.slice(s.start, s.end); return !AWARENESS.test(t) && !NAMES_PREJUDICE.test(t) && !QUEUE_DENIED_W21.test(fo.slice(b, b + 20)) },
  },
]
const ALL_PHRASES = [...EARLY_PHRASES, ...LATE_PHRASES, ...R21_LATE, ...R22, ...R23, ...R24, ...R53, ...R54, ...R55, ...R59, ...R64, ...R66, ...R70, ...R71, ...R72, ...R74, ...R76, ...R78, ...R80, ...R82, ...R84, ...R88, ...R90, ...R92, ...R96, ...R98, ...R100, ...R102, ...R103, ...R104, ...R106, ...R108, ...R110, ...R112, ...R113, ...R126, ...R129, ...R131, ...R133, ...W21]
const GATE = phraseGate(ALL_PHRASES)
/** Round 47: a sex with a role (女性議員, 男性職員, ママさん議員), or a sex alone (女性, 男の人), whose “nature” a quality is put down to. */
const SEX_ROLE47 = '(?:(?<![一-龥])(?:女性|男性|女子|男子|女(?!将|優|王|神)|男(?!爵))[一-龥]{1,4}|(?<![ぁ-ゖ])(?:ママ|パパ)(?:さん)?(?:議員|職員|社員|スタッフ|委員|記者|先生))'
const SEX_BARE47 = '(?:(?<![一-龥])(?:女性|男性|女子|男子|女|男)(?![一-龥])|女の(?:人|子|方)|男の(?:人|子|方))'
/** … and the quality of mind (きめ細やかな, 優しい, 包容力), said of a sex alone too; not of dress or dance (女性らしく華やかな着物姿, 優雅な日本舞踊: round 27). */
const TRAIT_MIND47 = 'きめ細(?:か|やか)|肌理細|細やか|こまやか|優し|やさし|気配り|気遣い|気づかい|心配り|母性|感性|感受性|思いやり|包容力|決断力|統率力|行動力|リーダーシップ|おおらか'
/** … or of strength, said of a sex in a role (男性職員らしい力強い挨拶); not a performance (男ならではの力強い演技: round 22). */
const TRAIT_STRONG47 = '力強|たくまし|逞し|頼もし|豪快|潔|いさぎよ|男気|度胸'
const LIKE47 = '(?:の方)?(?:らし(?:い|か|く|さ(?:あふれる|溢れる|が(?:光る|出た)|の(?:ある|出た|光る)))|ならではの?)[、,]?[^。！？!?\\n]{0,8}?'
/** Round 47: a sex named for a hire (男性に, 女の人が, 女性職員の方は). */
const SEX47 = '(?:(?<![一-龥])(?:男性|女性|男子|女子|男|女)|男の(?:人|子|方)|女の(?:人|子|方)|男ん人|女ん人)(?:職員|スタッフ|社員)?(?:の方|の皆さん|の人)?'
/** … wanted to come or apply (に来てほしい, が応募してもらいたい), said as the honest wish. */
const WANT47 = `(?:${SEX47})(?:に|が)[、,]?(?:ぜひ|是非)?(?:来て|応募して|入って|入社して|受験して|働いて|就いて)(?:ほし|欲し|もらいた|いただきた)(?:い|か)`
/** … or pointed to another line of work (女性の方は事務職のほうが向いている). */
const STEERED47 = `(?:${SEX47})(?:は|には|なら|だったら|やったら)[、,]?[^。！？!?\\n]{0,16}?(?:職|仕事|業務|係|担当|部署|部門|作業|ポジション|窓口|事務|内勤|裏方)(?:の)?(?:ほう|方)が[、,]?(?:向いて|向いと|合って|合っと|あって|似合|いい|よい|良い|よか|ええ|おすすめ|お勧め|無難|ふさわし)`
const HIRING47 = phrase('採用|募集|応募|求人|説明会|面接|入庁|就職|職種|人材|受験', 'u')
const SEX_HIRE_VETO47 = phrase('婚活|出会い|相談|更衣|トイレ|浴場|検診|健診|婦人科|限定|専用|思われがち|と思われ|とは限ら|関係なく|問わ|固定観念|ではありません|わけではな|どなたでも|誰でも|(?<!被)差別|偏見', 'u')
/** Round 47: skin to skin offered as the warmth (人肌で温め合う, 肌と肌を寄せ合って). */
const SKIN47 = '(?:人肌|ひと肌|素肌|肌と肌|肌)(?:で|を|と|同士で?)?[、,]?(?:(?:温め|あたため|暖め|ぬくめ)合|(?:温まり|あたたまり|暖まり)合|寄せ合|重ね合|くっつけ合)|(?:人肌|ひと肌)(?:が|こそ)[、,]?(?:いちばん|一番|最高|最強|何より)'
/** Round 47: a district's past (〝昔の事情〟, いわく, 素性, 過去のこと) … */
const PAST47 = '(?:昔の|過去の|古くからの|昔からの|歴史的な|いろいろな|色々な|複雑な)(?:事情|いわく|曰く|こと)|[“「『"〝](?:昔の|過去の|古くからの|昔からの)?(?:事情|いわく|曰く|歴史|過去|素性|出自|昔のこと)[”」』"〟]|(?:素性|出自|いわく|曰く)(?![一-龥])|過去(?=を|も|は|について|まで)'
/** … advised to be looked into (調べておいたほうがいい, 確認しておくべき, 聞いとったほうがよか). */
const LOOKED_INTO47 = `(?:地区|地域|集落|町内|土地|場所|辺り|あたり|校区)(?:の|について(?:の)?|に関する)[、,]?[^。！？!?\\n]{0,6}?(?:${PAST47})(?:を|も|は|について|まで)?[、,]?[^。！？!?\\n]{0,12}?(?:調べ|確認|聞い|聞き|尋ね|たずね|知っ|把握|チェック)[^。！？!?\\n]{0,8}?(?:(?:ほう|方)が(?:いい|よい|良い|よか|ええ|無難|安心)|べき|と(?:安心|いい|よい|良い|よか|無難)|のが(?:無難|安心|一番|いい|賢明))`
/** Round 47: body slurs (folded) that may be spelt apart to slip past (ブ　タ　さん, デ・ブ, ハ ゲ): each aimed at a person by what follows. */
const SPLIT_SLUR47 = phrase('(?:ぶた|ぶさいく|でぶ|ぶす|はげ)(?=さん|ちゃん|くん|君|みたい|っぽ|体型|体形|扱い|呼ばわり|野郎|やろう|ども|連中|なみ|並み|に(?:なら|なる|なっ|なり|見え|似)|の(?:よう|ごと)|[、。！？!?\\s]|$)')
/** What a writer puts between the letters of a word to hide it (spaces, dots, an emoji). */
const SPLITTER47 = /[\s・･.．_＿]|\p{Extended_Pictographic}/u
/** A run of spaced single letters around the word (ぶ た さ ん の): spelling for children or for show, not hiding. */
const SPACED_BEFORE47 = /[\p{L}][\s・･][\s]?$/u
const SPACED_AFTER47 = /^[\s・･]\p{L}[\s・･]\p{L}/u
/**
 * Round 56: ボケ said of an elder or of someone with dementia named just before it (認知症のばあさん、ほんと ボ ケ てるわ, あのじいさん、
 * 完全にボケとるね): the illness made an insult of the person, block, when the sentence sneers: an intensifier before it (ほんと, マジで,
 * 完全に), a scornful ending after it (わ, やろ, じゃん, 笑), a contemptuous name (じじい, ばばあ) or the word spelt apart to slip past
 * (ボ ケ). Not a lament without a sneer (最近ボケてきて心配), not ボケ防止, manzai, a photo or the flower, not the slur denied or named.
 */
const ELDER56 = `(?:認知症|痴呆)(?:の|ん)?|${OLD_KIN}|高齢者|老いぼれ|おいぼれ`
const DEMENTED56 = phrase(`(?:${ELDER56})[^。！？!?\\n]{0,20}?(?<!寝|ね|時差|ぴん|平和|天然)ぼけ(?:て(?:る|い|て|ん|や|き|しも|もう|らっしゃ|おられ)|とる|とう|ちょる|よる|まくっ|すぎ|きっ|とらす|とらし|とられ|ちょらす|てござ)`)
const SNEER_BEFORE56 = phrase('(?:ほんと(?:に)?|ほんま(?:に)?|本当に|まじ(?:で)?|完全に|完璧に|相当|めっちゃ|かなり)[、,\\s]*$', 'u')
// Round 92: a stranger presumed senile by conjecture (…119番してくる年寄り、もうだいぶボケとらすとやろうね, ボケておられるのでしょう): the
// guess about a person is the sneer; not a question (…ボケてきたのだろうか).
const SNEER_AFTER56 = phrase('^(?:る|い(?:る)?|ん)?(?:わ|やろ|やん|じゃん|だろ|っしょ|やし|し[、,]|[笑w😂🤣]|[（(]笑)|^(?:る|す|い)?(?:と|の|ん)(?:やろ|だろ|でしょ|じゃろ)(?!う?か)', 'u')
const SCORN56 = phrase('じじい|ばばあ|老いぼれ|おいぼれ|くそ', 'u')
const DEMENTED_VETO56 = phrase('防止|予防|漫才|ツッコミ|つっこみ|お笑い|コント|写真|ぴんと|カメラ|花|木瓜|盆栽|わけ(?:では|じゃ)|ではありません|ではなく|じゃない|(?<!被)差別|偏見|誤解|思い込み|決めつけ|と(?:呼ば|言わ|いわ)|言っては|いけません|やめ', 'u')
/**
 * Round 56: two bodies pressed together offered to a couple as the outing's draw (川下りデートは舟がゆれるけん、自然と密着できて夜まで
 * 盛り上がるかも😏💕, こたつ舟なら彼女とぴったりくっつけちゃう♡): innuendo, warn, when a leer, a heart or the night comes with it. Not 地域密着
 * or 密着取材, not closeness warned against (密着しないよう), not a baby held skin to skin.
 */
const PRESSED56 = '(?<!地域|地元|生活|現場|取材|暮らしに)(?:密着(?!取材|型|ドキュメント|レポート|番組|した(?:取り組み|活動|支援|サービス))|(?:自然と|自然に|ぴったり|ぴたっと|ぎゅっと|ぎゅーっと|体が|からだが|身体が)(?:くっつ(?:け|い|き|く|か)|寄り添(?:え|っ|い|う)|抱き(?:つ|合|寄せ))|(?:体|身体|からだ|肌)(?:と(?:体|身体|からだ|肌))?(?:が|を|も)?(?:寄せ合|触れ合|ふれあ|くっつけ合|密着))'
const PRESSED_CUE56 = phrase('[😏😘💋♡❤💕😍🤭🥰]|夜(?:まで|は|も|に)|今夜|盛り上が|どきどき|ドキドキ|むふふ|ムフフ|放題|お楽しみ|距離が縮|急接近', 'u')
/** Round 48: a child or a person named by sex (男の子, 女の子, 息子, 男) … */
const SEX48 = '(?:(?<![一-龥])(?:男の子|女の子|男の人|女の人|男子|女子|男児|女児|男性|女性|息子|娘)|(?<![一-龥ぁ-ゖ])(?:男|女)(?=なのに|なんに|やのに|のくせ|だけど|やけど|のわりに|のわりには|にしては))'
/** … whose liking or wish (欲しがる, 好き, 遊ぶ, 習いたがる) … */
const LIKING48 = '(?:欲しが|ほしが|欲しい|ほしい|好き|すき|遊ぶ|遊び|遊ん|選ぶ|選ん|着たが|着たい|着と|着て|やりたが|やりたい|習いたが|習いたい|習(?:う|っ)|興味|憧れ|あこがれ|夢中|はま(?:る|っ)|ハマ(?:る|っ)|集め|持ちたが|付けたが|つけたが)'
/** … is called odd or unmanly (変わっとる, 変やね, おかしい, 女々しい). */
const ODD48 = '(?:変わ(?:ってる|ってい(?:る|ます)|っとる|っと(?:う|ー)|っちょる|った子|った(?:やつ|奴|人)|り者|りもん|り種)|(?<![一-龥])変(?:な|だ|や|です|じゃ|よ|と思|って|ね)|(?<![ぁ-ゖ])へん(?:な|だ|や|です|じゃ|よ|ね)|おかし(?:い|か|な|く)|(?:珍し|めずらし)(?!く(?:な|あ))|気持ち(?:悪|わる)|きもい|女々し|めめし|男勝り|おとこまさり|女みたい|男みたい|オカマ|おかま|オネエ|おねえ)'
/** Round 48: the other sex's thing (女の子の飾り, 男の子向けのおもちゃ, 女の子っぽい服). */
const OTHER_THING48 = '(?:(?<![一-龥])(?:男の子|女の子|女|男)(?:の子)?(?:の|向けの|用の|っぽい|みたいな|らしい|の遊びの)[^。！？!?\\n、,]{0,10}?(?:を|が|に|で)[、,]?[^。！？!?\\n]{0,6}?)'
/** … the one who likes it (欲しがる男の子は, 好きな息子って). */
const LIKER48 = '(?:[^。！？!?\\n]{0,4}?(?:る|た|な|い)?(?:(?<![一-龥])(?:男の子|女の子|男子|女子|男児|女児|息子|娘|子|男|女)(?:って|は|なんて|なんか|とか)))'
/** Round 48: what a sex likes set against what it "should", called odd or laughed at (男の子なのにさげもんを欲しがる子は、ちょっと変わっとる). */
const CROSSED48 = `${SEX48}(?:なのに|なんに|やのに|のくせに|のくせして|のくせ|だけど|やけど|のわりに(?:は)?|にしては)[、,]?[^。！？!?\\n]{0,24}?${LIKING48}[^。！？!?\\n]{0,16}?${ODD48}|${OTHER_THING48}${LIKING48}${LIKER48}[、,]?[^。！？!?\\n]{0,12}?${ODD48}`
/** Round 48: a hidden or intimate place (こたつの中, 毛布の下, ゴンドラの中, 二人きり). */
const HIDDEN48 = '(?:こたつ|コタツ|炬燵|布団|ふとん|毛布|ブランケット|ひざ掛け|膝掛け|暗がり|暗闇|個室|密室|ゴンドラ|観覧車|車内|車の中|テント|貸切|貸し切り|寝室|ベッド|物陰|後部座席|後ろの席|屋形船|部屋|二人きり|ふたりきり|2人きり|二人だけ|ふたりだけ|2人だけ)'
/** … whatever happens or is done there (何が起きても, 何をしても, 何ばしよっても, ナニしても) … */
const WHATEVER48 = '(?:何|なに|ナニ)(?:が|を|か|ば)?(?:起き|起こっ|起こり|あっ|し|しよっ|しとっ|しちゃっ|やっ|始まっ|起こ)(?:て|た)?(?:も|って)'
/** … goes unseen or untold (見て見ぬふり, 内緒, バレない, 誰にも見られません). */
const UNSEEN48 = '(?:見て見ぬ(?:ふり|振り|フリ)|見ない(?:ふり|振り|フリ)|見なかったこと|見とらん(?:ふり|ごと)|気(?:づ|付)かない(?:ふり|振り)|知らん(?:ぷり|ふり)|知らない(?:ふり|振り)|内緒|ないしょ|ナイショ|秘密|バレ(?:ない|ません|ん|まっせん)|ばれ(?:ない|ません|ん)|誰にも(?:見え|見られ|わから|分から|気(?:づ|付)かれ|ばれ|バレ)|見えません|見えない(?:けん|から|ので)|見られません|見られない|目をつぶ|目をつむ|振り(?:向|返)(?:き|り)ません|前しか見(?:て|と)(?:ない|らん|ません))'
/** Round 48: a couple or a wink in the paragraph, the innuendo's frame. */
const COUPLE48 = phrase('カップル|恋人|デート|彼氏|彼女|夫婦|新婚|ラブラブ|いちゃ|イチャ|[💑💏💋😏😘♡❤💕]', 'u')
/**
 * Round 62 (R62A-034): what a couple does in the dark or a closed place asked as a question (何をしているか, 何ばしよるか) and said to be
 * known only to a witness or to no one, or left to the readers' fancy (…暗がりで何をしているかは船頭しか知らない😏, こたつの中で二人が
 * 何をしとるかは誰も知らんとよ, ゴンドラの中で何をしているのかはご想像にお任せします): innuendo. Not what a guide does unseen (船頭さんが
 * 何をしているかは乗客からは見えません), not a vow kept (何を誓ったかは二人しか知りません), not a plan left free (何をして過ごすかは自由).
 */
const DOING62 = '(?:何|なに|ナニ)(?:を|ば)?(?:し|やっ)(?:て(?:い|お)?る|てる|とる|よる|ちょる)(?:ん|の|と)?か|(?:何|なに|ナニ)(?:を|ば)?(?:し|やっ)(?:てい|とっ|よっ|て)?ても'
const UNTOLD62 = '(?:しか|だけが|以外(?:は)?(?:誰も|だれも))(?:知ら(?:ない|ん|ず|なか|へん)|知りません|わから(?:ない|ん)|分から(?:ない|ん)|わかりません|分かりません)|(?:誰|だれ)(?:も|にも)(?:知ら(?:ない|ん|なか)|知りません|わから(?:ない|ん)|分から(?:ない|ん)|わかりません|分かりません|見え(?:ない|ん|ません)|見られ(?:ない|ん|ません))|(?:ご)?想像に(?:お)?(?:任せ|まかせ)|(?:神|かみ)(?:のみ|だけ)ぞ?知る|(?:聞く|きく|尋ねる)(?:だけ|の|のは)(?:は)?野暮'
/**
 * Round 62 (R62A-105): a place's women (or men) typed as a sex and offered to the other as brides or grooms (柳川の女は情が深かけん、お嫁さん
 * 探し中の男性はぜひ柳川に来んしゃい😉, お嫁さんにするなら柳川の女性がいちばん, 筑後の娘さんたちは家庭的で、結婚相手を探している男性に
 * ぴったり): a stereotype that sizes up a sex as partners. Not a 婚活 event for singles of both sexes, not a bride in a wedding, not 嫁入り道具.
 */
const LOCAL_SEX62 = '(?:の|ん)(?:女|女性|女の子|女子|おなご|娘さん|娘|女の人|女ん人|男|男性|男の人|男ん人|男子|男衆)(?:たち|衆|の皆さん|さんたち)?'
const SPOUSE62 = '(?:お?嫁(?:さん)?|花嫁(?:さん)?|奥さん|奥様|結婚相手|伴侶|お?婿(?:さん)?|花婿(?:さん)?|旦那(?:さん)?)(?:を|が|の)?(?:探し|さがし|募集|候補|求め|ほし|欲し|見つけ)|(?:お?嫁(?:さん)?|奥さん|お?婿(?:さん)?|旦那(?:さん)?)(?:に|として)?(?:する|もらう|貰う|迎える)なら|(?:お?嫁(?:さん)?|お?婿(?:さん)?)(?:に)?(?:ぴったり|最適|おすすめ|もってこい|最高|いちばん|一番)'
/**
 * Blind R257P-012 kind (dec9): a gender role or trait praised in a place's women or men (旦那さんを立てる, 夫に尽くす, 奥ゆかしさ, 働き者,
 * 良妻賢母, 家庭的: TRAIT's words of a sex and the roles of a wife) before they are offered as spouses.
 */
/** … and the spouse sought politely (結婚相手をお探しの, お嫁さんをお求めの), beside SPOUSE62's plain forms. */
const SPOUSE_SOUGHT_D9 = '(?:お?嫁(?:さん)?|花嫁(?:さん)?|結婚相手|伴侶|お?婿(?:さん)?|花婿(?:さん)?)(?:を|が)?お(?:探し|さがし|求め)'
const ROLE_D9 = `(?:旦那|夫|ご主人|亭主|男)(?:さん|様)?(?:を|ば)(?:立て|たて)|(?:旦那|夫|ご主人|亭主|男|家族)(?:さん|様)?(?:に|へ)(?:尽く|つく)|尽くす|尽くし|働き者|良妻賢母|三歩下が|気立て(?:が|の)(?:いい|良い|よい|よか)|器量(?:よし|良し)|${TRAIT}`
/** Round 48: people whose body is offered (消防団のお兄さんたち, 団員さん, 隊員の皆さん). */
const PEOPLE48 = `(?:${TEASED}|団員|隊員|消防士|消防団|選手|男衆|男性陣|女性陣|男たち|女たち|若い衆|イケメン|メンバー|出演者|漁師|力士|ダンサー|(?<![ぁ-ゖ])(?:兄|姉)さん)(?:さん|くん|ちゃん)?(?:たち|達|ら|陣|の皆さん|の皆様)?`
/** … the body (筋肉, 肉体美, 胸板, 二の腕), maybe wet or bare (びしょ濡れの, たくましい) … */
const BODY48 = '(?:筋肉|肉体|筋肉美|胸板|胸筋|大胸筋|腹筋|シックスパック|二の腕|上腕|力こぶ|背筋|太もも|ふともも|太腿|お尻|おしり|ヒップ|裸|上半身|体つき|からだつき|素肌)'
/** … savoured by the readers (堪能, 目の保養, 見とれ, 拝み, 😍). */
const SAVOUR48 = '(?:たまら(?:ん|ない|なか|ねえ|へん)|そそ(?:る|られ)|ドキドキ|どきどき|ムラムラ|むらむら|ゾクゾク|ぞくぞく|堪能|たんのう|目の保養|眼福|見とれ|見惚れ|みとれ|うっとり|拝ん|拝み|拝ま|おがみ|ご褒美|ごほうび|見放題|釘付け|くぎ付け|くぎづけ|ガン見|舐め(?:回|まわ)|なめまわ|よだれ|ヨダレ|(?:じっくり|たっぷり|しっかり|存分に|思う存分)(?:と)?(?:見|眺|鑑賞|ご覧|味わ)|[😍🤤🥵🤩])'
const SAVOURED48 = `${PEOPLE48}の[^。！？!?\\n]{0,10}?${BODY48}(?:美)?(?:も|を|は|が|に|ば)?[、,]?[^。！？!?\\n]{0,16}?${SAVOUR48}`
/** Blind R151I-044: human remains or the dead (人骨, 遺骨, 白骨, ミイラ, ご遺体, 亡骸, 被葬者). */
const REMAINS151 = '(?<![一-龥])人骨|古人骨|遺骨|白骨|ミイラ|(?:ご)?遺体|亡骸|亡きがら|なきがら|屍|しかばね|被葬者|(?:埋葬|葬ら)れ(?:た|てい(?:た|る))(?:人|方|男性|女性|子ども|子供)|(?:人骨|遺骨|遺体|ミイラ)(?:の)?(?:骨格|頭蓋骨|顔|骨)'
/** … called handsome or cute, loved, or played with. */
const CUTE151 = 'イケメン|いけめん|美人|美女|美形|男前|べっぴん|別嬪|かわい(?:い|す|か|く)|可愛(?:い|す|か|く)|カワイイ|萌え|推し(?!て|進|量|定|測|察)|惚れ|ほれ(?:る|た|ちゃ|そう)|付き合いたい|結婚したい|きゅん|キュン|セクシー|ブサカワ|キモカワ|イケてる|ツーショット|自撮り|いっしょに(?:写真|記念)|一緒に(?:写真|記念撮影)|おもちゃ|遊んで(?:み|あげ|も)'
/** Blind R152D-059: a stamina word (精がつく, 精ばつけ, 精力, 元気になっちゃう). */
const STAMINA151 = '精(?:が|の|ば|を|も)?(?:つ|付)(?:く|き|け|いた|いて)|精力|元気になっちゃ|元気になりすぎ|元気になりすぎちゃ'
/** Blind R172A-148 (W18): a wrong whose rise is put down to a group (不法投棄, 犯罪, 騒音, ごみ出しのマナー違反). */
const WRONG_W18 = '(?:不法投棄|ポイ捨て|騒音|犯罪|盗難|窃盗|空き巣|万引き|違反|迷惑行為|トラブル|落書き|路上駐車|違法駐車|迷惑駐車|ごみ出し(?:の)?(?:マナー|ルール)?違反|治安(?:の)?悪化)'
/** Blind R174I-017 (W19): a people's character as a cause (国民性, 民族性, お国柄). */
const CHARACTER_W19 = '(?:国民性|民族性|お国柄)'
/** Blind R174I-028 (W19): a laugh closing a supposed rerun of a flood (（笑）, 笑, ｗ, 😂); a grin alone (😆) stays the emoji kind's warn. */
const LAUGHED_W19 = `[（(]笑[)）]|(?<![ぁ-ゖ一-龥])笑(?![ぁ-ゖ一-龥])|(?<=[ぁ-ゖ])笑(?=[\\s。！!？?、…〜ー]|$)|${LAUGH_W}|[😂🤣]|ウケ(?:る|た)`
/** Blind R178A-029 (W19): a person's plight on the road or in the water (立ち往生した, スリップして, 脱輪, 溺れかけ). */
const PLIGHT_W19 = '(?:立ち往生|立往生|スリップ(?:し|事故)|脱輪|(?:雪|溝|田んぼ|側溝|ぬかるみ)に(?:はま|ハマ)っ|動けなくな|転倒し|溺れ|おぼれ|取り残され|事故(?:を起こ|っ|に遭))'
/** Blind R178A-039, R175A-027 (W19): a foreign group named (技能実習生のみなさん, 東南アジアの若者, ベトナム人の労働者). */
const FOREIGN_W19 = `(?:外国(?:人|籍)(?:の)?(?:方|人|労働者|住民|若者|実習生|留学生)?|(?:${NATION})(?:人|系|籍|出身)?(?:の|から(?:来た|の))?(?:若者|若い人|人|方|労働者|住民|学生|実習生|留学生)|技能実習(?:生)?|実習生|留学生|研修生|移民|難民)`
/** Blind W22: a flood that reached people's homes (浸かった, 浸水, 大雨). */
const FLOODED_W22 = '(?:浸か|水につか|浸水|冠水|水没|水害|洪水|大雨|豪雨|大水|床上|床下|被災)'
/** … the people of the place it hit (地区の皆さん, 下の地区の人たち, 浸水した家の方). */
const FLOOD_FOLK_W22 = '(?:(?:地区|地域|集落|町内|団地|住宅街|低地|家|お宅|世帯)(?:の|に(?:住む|住んで(?:いる|る)|住んどる|お住まいの))?(?:皆さん|みなさん|皆様|人|方|住民|連中)(?:たち|達|々|ら)?|住民)'
/** … and a life by boat or by swimming made of it (ボートの準備, ボートで通勤, 泳いで帰る, 浮き輪は必需品). */
const BOAT_LIFE_W22 = '(?:(?:ゴムボート|ボート|小舟|舟|船|カヌー|いかだ|イカダ|浮き輪|うきわ|浮輪|ライフジャケット|救命胴衣)(?:の|を|が|で|も|は|に)?[^。！？!?\\n]{0,8}?(?:準備|用意|購入|買っ|買い(?:ましょう|替え|そろえ)|常備|必需品|必須|マスト|通勤|通学|出勤|登校|帰宅|買い物|移動|生活|暮らし)|泳いで(?:通勤|通学|出勤|登校|帰|行|買い物|移動)|泳(?:ぎ|げ)[^。！？!?\\n]{0,4}?(?:練習|必須|必要|ように))'
/** … laughed at in a verb, in any dialect (笑いよった, 笑っとった, 笑いました, 笑い話). */
const LAUGHED_AT_W22 = '笑(?:い|っ)(?:よった|よる|よう|とった|とる|とう|てた|ていた|ている|てる|ました|ます|あった|合った|合って|ころげ|転げ|話)|笑いもの|笑い者|笑いのネタ'
/** Blind W22: talk or understanding said to fail (話が通じず, 話にならない, 理解できない). */
const UNDERSTOOD_NOT_W22 = '(?:(?:話|言葉|会話|意思(?:の)?疎通|説明|やりとり|やり取り)(?:が|も|は)?(?:通じ(?:ず|ない|ん|なく|ません|にく)|かみ合わ|噛み合わ|でき(?:ず|ない|ません|ん))|話にならな(?:い|く)|話になら(?:ん|ず)|(?:理解|判断)(?:が|も)?(?:でき|され)(?:ず|ない|ません|ん)|理解力(?:が|に)?(?:乏し|欠け|低|な))'
/** Blind W23: water standing in a town (水につかって, 浸水した, 冠水, 水浸し, 水没); not 大雨 alone, which names the weather. */
const FLOOD_STATE_W23 = '(?:水につか|水に浸か|(?<![一-龥])浸か(?:っ|り|る)|浸水|冠水|水没|水浸し|水びたし|水害|洪水)'
/**
 * … made a famous water city or a new boat course (もはやベネチア, まるで水の都, ベネチア状態, 川下りの新コースができた): the likeness marked
 * (もはや, まるで, みたい, 状態, 化), not the town's own nickname (ベネチアのような水の都・柳川).
 */
const WATER_CITY_W23 = '(?:ベネチア|ベニス|ヴェネツィア|ヴェネチア|ベネツィア|水の都|水上都市)'
const FLOODED_CITY_W23 = `(?:(?:もはや|まるで|完全に|すっかり|ほぼ|ちょっとした|プチ|リアル|本場の|日本の)[、,]?${WATER_CITY_W23}|${WATER_CITY_W23}(?:みたい|みてえ|状態|化|っぽ|風|やん|じゃん|か[(（!！?？w笑\\s]|に(?:なっ|なり|なる|変身))|(?:川下り|舟下り|ボート|カヌー)(?:の)?新(?:しい)?コース|新(?:しい)?(?:川下り|舟下り|ボート|カヌー)(?:の)?コース|(?:川下り|舟下り|ボート|カヌー)(?:の)?コース(?:が|も)?(?:[0-9０-９一二三]{1,2}(?:本|つ|コース)|ひとつ)?(?:増え|でき|誕生|開通|開設|拡大))`
/** Blind W23: a flood wished for as a boon (水浸しになったら…観光客が増える, 冠水すれば町おこしに): the boon after the flood's condition. */
const FLOOD_BOON_W23 = '(?:観光客|お客さん|お客様|お客さま|客|人出|来場者|乗船客|インバウンド)(?:が|も)?(?:増え|ふえ|呼べ|来る|殺到|押し寄せ)|儲か|もうか|稼げ|かせげ|町おこし|まちおこし|村おこし|観光(?:の)?目玉|名物に|名所に|話題に(?:な|し)|バズ|集客|一石二鳥|ラッキー|お得|(?:どこでも|町じゅう|町中|街中|まちじゅう|市内全部)(?:で)?(?:川下り|舟下り|ボート|カヌー|泳げ|釣り)'
/** Blind W23: a people judged foreign by the look of them (外国人っぽい人, 外人みたいな人, アジア系っぽい方). */
const FOREIGN_LOOK_W23 = '(?:外国(?:人|の方|の人)|外人|がいじん|(?:東南アジア|アジア|中東|南米|アフリカ|中国|韓国)(?:系|人))(?:っぽ(?:い|く)|ぽい|みたいな|風の|らしき|のような)(?:感じの)?(?:人|方|お客(?:さん|様|さま)|観光客|人たち|集団|グループ|団体)(?:たち|達|ら|々)?'
const FOREIGN_SEEN_W23 = `(?:${FOREIGN_LOOK_W23}|外国(?:人|籍)(?:の)?(?:方|人|お客(?:さん|様|さま)|観光客)?|外人|がいじん)`
/** … met with wariness (身構える, 警戒する, 避けたくなる, 距離を置く). */
const WARY_W23 = '身構え(?!ず|な|る必要|ないで)|警戒(?:し(?!な|ませ|ないで)|する(?!必要)|され|心)|避け(?:たくな|てしま|ちゃ|ちま|とる|てる)|距離を(?:置|お|とっ|取っ|とり|取り)|関わりたくな|近寄りたくな|近づきたくな|話しかけたくな|目をそら|目を逸ら|びくっと|ビクッと|ビビっ|びびっ|ビビる|びびる'
/** Blind W23: a disabled or old group called a bother by the staff who serve it (車いすの方が来られると正直手間, お年寄りが来ると面倒). */
const SERVED_W23 = `(?:${DISABLED}|車(?:椅子|いす)(?:の|を(?:ご)?利用の|利用の)?(?:方|人|お客様|お客さん|利用者)|(?:ご)?高齢(?:の)?(?:方|人|お客様|お客さん|者)|お年寄り|年寄り|年配の(?:方|人|お客様))(?:たち|達|ら|々)?`
const BOTHER_W23 = '(?:手間|面倒|めんどう|めんどくさ|めんどくせ|厄介|やっかい|迷惑|手がかか|手のかか)'
/** … or a hardship said as a sigh (大変なんですよね, 困るんだよね), or with 正直 before it: 大変ですが、やりがいも is no complaint. */
const SIGHED_W23 = '(?:大変|負担|しんど(?:い|か)|困る|きつい|きつか)(?:ん|なん)(?:です|だ|や|じゃ)(?:よね|よな|よ|ね|けど|わ)'

/** Blind W25: a people's fault said with a hedge on its national character (お国柄なのか、…うるさくて; 国民性でしょうか、列に並ばない). */
const FAULT_W25 = '騒が|騒々|うるさ|やかまし|声が(?:大き|でか)|マナー(?:が|の)?(?:悪|わる)|(?:ルール|順番|時間|列)(?:を)?守ら|割り込|並ば(?:ない|ず)|行儀(?:が)?(?:悪|わる)|(?:にぎやか|賑やか|元気)[^。！？!?\\n]{0,24}?(?:聞こえ(?:ない|なかっ|ませ|ず)|困|迷惑|参っ|まいっ|うんざり|閉口|落ち着か)'
/** Blind W25: the old met as a crowd (おばあちゃん軍団, 年寄りばっかり) … */
const OLD_CROWD_W25 = '(?:おばあちゃん|おじいちゃん|ばあちゃん|じいちゃん|お年寄り|年寄り|高齢者|老人|おばちゃん|おばさん|おじさん|おっちゃん|シニア)(?:たち|達)?(?:軍団|集団|ばかり|ばっかり|ばっか|だらけ)'
/** … called a blot on the picture or the mood (映えない, 華がない, 絵にならない, 盛り上がらない). */
const DULL_W25 = '映え(?:ない|ん|ません|なか)|ばえ(?:ない|ん)|華(?:が)?(?:ない|なか|ありません)|地味|絵になら(?:ない|ん)|絵になりません|盛り上がら(?:ない|ん)|盛り上がりません|むさくるし|むさ苦し|色気(?:が)?(?:ない|なか)'
/** Blind W25: Japanese preferred for the work over a foreign group (日本人に任せた方が安心, 日本人の方が確実). */
const JAPANESE_PREFERRED_W25 = '日本人(?:の(?:方|人|スタッフ|職員|作業員|従業員|社員))?(?:に|が)(?:(?:任せ|やらせ|お願いし|担当し)(?:た|る)|頼んだ|頼む|頼める)(?:方|ほう)が(?:安心|確実|無難|いい|良い|よい|間違いな|安全)|日本人(?:の)?(?:方|ほう)が(?:安心|信頼でき|信用でき|確実|丁寧|真面目|まじめ|仕事が(?:早|丁寧|確実))'
const FOREIGN_TOPIC_W25 = phrase(`${FOREIGN_W19}|外国`, 'u')
/** Blind W25: an old driver (じいちゃん, 高齢ドライバー) whose driving is made a fright to laugh at (お経を唱えて, 寿命が縮む, ヒヤヒヤ). */
const OLD_DRIVER_W25 = `(?:${OLD_KIN}|高齢(?:の)?(?:ドライバー|運転者)|年配の(?:ドライバー|方|人))`
const FRIGHT_W25 = 'お経|念仏|拝み|拝ん|命がけ|命懸け|寿命が縮|生きた心地|ヒヤヒヤ|冷や冷や|ひやひや|ジェットコースター|絶叫マシン'
/** Blind W25: the old as a whole (…って, …なんて) laughed at (見てるだけで笑っちゃう, ウケる). */
const OLD_ALL_W25 = '(?:(?:おじいちゃん|おばあちゃん|じいちゃん|ばあちゃん)(?:(?:や|と|・)?(?:おじいちゃん|おばあちゃん|じいちゃん|ばあちゃん))?|お年寄り|年寄り|高齢者|老人|シニア)(?:たち|達|世代)?(?:って|なんて|なんか)'
const LAUGHED_AT_W25 = '笑っちゃ|笑っちま|笑える|笑えて|笑けて|笑えます|ウケる|ウケます|うける|爆笑'
/** Blind W25: a town made a canal, a river or a sea (まち全体が掘割になりました, 通りが川みたいになって) — the flood without its name. */
const TOWN_WATER_W25 = '(?:まち|町|街|市内|道路|通り|商店街|住宅街|家の前|玄関前|駐車場)(?:全体|じゅう|中|一面|全部)?(?:が|は)[、,]?(?:すっかり|完全に|まるごと|丸ごと|一面)?(?:掘割|堀割|川|池|海|湖|プール|運河|水路)(?:に|みたいに|状態に)(?:なっ|なり)'
/** Blind W25: a disabled group (named, or pointed back to: ああいう方) told it should go elsewhere (別の施設に行ってもらうべき). */
const DISABLED_W25 = `(?:${DISABLED}|障(?:害|がい|碍)(?:者|児)|障(?:害|がい|碍)(?:の)?(?:ある|お持ちの)(?:方|人|子|お子さん)|認知症の(?:方|人)|車(?:椅子|いす)の(?:方|人))`
const SENT_AWAY_W25 = '(?:には|は|に)[、,]?[^。！？!?\\n]{0,12}?(?:別の|よその|他の|ほかの|専用の)(?:施設|場所|避難所|所|部屋|会場|建物)(?:に|へ)[^。！？!?\\n]{0,4}?(?:行って|移って|移動して|入って)(?:もらう|もらい|いただく|いただき)?(?:べき|たい|ほしい|欲しい|もらいたい|もらった(?:方|ほう)がいい)'

/** Blind W27 (dec10): housewives presumed idle in the daytime (時間のある奥さま方, 暇な主婦) and credited or blamed for an outcome with a laugh. */
const IDLE_WIVES_W27 = '(?:時間(?:の|が)(?:ある|あり余(?:る|っている|ってる)|有り余(?:る|っている|ってる)|余って(?:いる|る))|暇(?:な|を持て余(?:す|し(?:ている|てる)))|ひまな|ヒマな|お暇な)(?:専業)?(?:奥さま|奥様|奥さん|主婦|ママ|お母さん|マダム)(?:方|がた|たち|達|連中|の皆さん|さん)?(?:の(?:おかげ|お陰|おかげ様|せい)|ばかり|ばっかり|が多い)'
/** Blind W27 (dec10): a disabled group, or those who need a helper, whose coming is said to hinder the proceedings (いらっしゃると進行に支障). */
const HELPED_GROUP_W27 = `(?:${DISABLED_W25}|介助(?:の|が)?(?:必要な|いる)(?:方|人)|補助犬(?:を連れた|連れの)(?:方|人)|盲導犬(?:を連れた|連れの)(?:方|人))`
const HINDER_W27 = '(?:いらっしゃると|おられると|来られると|来場されると|参加されると|入られると|お越しになると|が(?:いると|来ると|おると|いれば|来れば|いたら|来たら))[、,]?[^。！？!?\\n]{0,10}?(?:進行|運営|議事|審議|会議|授業|上演|上映|他の|ほかの|周り|周囲|皆様|皆さん)[^。！？!?\\n]{0,8}?(?:支障|妨げ|遅れ|迷惑|邪魔|差し障)'
/** Blind W27 (dec10): a rule of daily life presumed missing from a people's culture (並ぶって文化がない, 時間を守る習慣がない). */
const NO_CULTURE_W27 = '(?:並ぶ|列に並ぶ|行列に並ぶ|順番を守る|順番を待つ|時間を守る|ルールを守る|マナーを守る|静かにする|ごみを持ち帰る|ゴミを持ち帰る|分別する|譲り合う)(?:って|という|っていう|といった|とか)?(?:文化|習慣|概念|発想|意識)(?:が|は|も)(?:ない|なか|無い|ありません|ねえ|ないん)'
const PEOPLE_TOPIC_W27 = phrase(`${FOREIGN_W19}|外国|(?:${NATION})(?:から(?:の|来た)?|の)(?:団体|お客|観光客|方|人)|インバウンド`, 'u')
/** Blind W27 (dec10): a belly that will not close a coat or a happi (お腹が閉まらなくて), with a laugh: a body made the joke. */
const BELLY_UNCLOSED_W27 = '(?:お腹|おなか|(?<![一-龥])腹|胴回り|胴まわり|ウエスト)(?:が|まわりが|回りが|周りが)[^。！？!?\\n]{0,4}?(?:閉まら|しまら|閉じ|とじ|留まら|とまら|収まら|おさまら)(?:な|ん|ず)'
/** Blind W27 (dec10): a person who collapsed or was carried off likened to food being cooked (自分が蒸し焼き, 焼き上がる前に). */
const COOKED_PERSON_W27 = '(?:自分|人間|本人|私|わたし|僕|俺|おれ|みなさん|皆さん|皆様|みんな|体|からだ|身体)(?:が|は|も|まで)?[^。！？!?\\n]{0,6}?(?:蒸し焼き|丸焼き|焼き上が|焼きあが|蒸し上が|こんがり|ゆでだこ|茹でだこ|黒焦げ|干物|ひもの)|(?:焼き上が|焼きあが|蒸し上が|焼け上が)る前に'
/** Blind W27 (dec10): a people pointed to by its fault (マナーを守らない国の人たち) as the reason to guard valuables. */
const FAULTY_NATION_W27 = '(?:(?:マナー|ルール|順番|時間|列)(?:を)?守ら(?:ない|ん|なか)|(?:マナー|行儀|素行|民度)(?:が|の)?(?:悪い|わるい|悪か|低い))国(?:の|から(?:の|来た))(?:人|方|お客|観光客|団体|連中)'
/** Blind W27 (dec10): a nationality group called untrustworthy (外国籍の職員は信頼できない). */
const UNTRUSTED_W27 = '(?:は|って|なんて|なんか|も)[、,]?(?:正直|やっぱり|やっぱ|やはり|どうしても|いまいち|あまり|あんまり)?[、,]?(?:信頼|信用)(?:でき|が(?:でき|置け|おけ))(?:ない|ません|ん|なか)'

/** Blind R204D-034 (dec11): a paddy that a dwelling, a garden or a street became (家まで水田に, 庭が田んぼみたいに). */
const DWELLING_PADDY_D11 = '(?<=(?:家|家々|自宅|住宅|お宅|うち|庭|玄関|玄関先|町|まち|街|道路|通り)(?:の中)?(?:まで|も|が|は|じゅう|中)[、,]?(?:すっかり|完全に|まるで|もう|一面)?)(?:水田|田んぼ)'
/**
 * Blind R202A-028 (dec11): a flood that happened told as a boon, the boon in the same sentence and a laugh (町じゅうが水につかって、ある意味
 * どこでも川下りができる状態でしたね（笑）, 浸水したおかげで…特典付き笑): the damage as a windfall, as R192D-041 supposes it.
 */
const FLOOD_PERK_D11 = `(?:${FLOOD_BOON_W23}|特典|おまけ付き|サービス付き)`
/** Blind R201A-024 / R203I-045 (dec11): women seen by their dress, their youth or their title (浴衣, 着物姿の若い女性職員, ミス…).
 * Blind R251W-054 kind (dec8): not a child's or a grandchild's dress (孫の浴衣姿に…デレデレ is a grandparent's fondness). */
const WOMEN_SEEN_D11 = '(?:(?<![ぁ-ゖ])ミス(?![ぁ-ゖ]|テリ|ター|ト)|(?<!(?:孫|子|子ども|子供|息子|赤ちゃん|園児|児童)(?:たち|達)?(?:の|が|は))(?:浴衣|ゆかた|着物|振袖|袴|水着|ドレス)|(?:若い|若か|かわいい|可愛い|美人の?|きれいな|綺麗な)[^。！？!?\\n]{0,4}?(?:女性|女子|女の子|娘さん|お姉さん)|(?<![一-龥])(?:女性|女子)(?:職員|スタッフ|社員|陣)|看板娘|お姉さん)'
/** Men as the onlookers (年配の男性の皆さん, 男性職員たち, おじさん連中). */
const MEN_SEEING_D11 = '(?<![一-龥])(?:男性|男子|男|おじさん|おっさん|おじさま|おじいちゃん|殿方|男性陣|おっちゃん)(?:職員|スタッフ|客|来場者|参加者|陣|衆)?(?:の皆さん|の皆様|の方々|たち|達|ら|陣|衆|連中)?'
/** Their eyes held by the women, or not knowing where to look (視線はすっかりそちらに釘付け, 目のやり場に困って).
 * Blind R251W-054 kind (dec8): or the men said to melt at her (男性のお客さんがみんなデレデレ, メロメロ, 鼻の下, にやけて). */
const GAZE_HELD_D11 = '(?:目|視線|目線)(?:は|が|も)?[、,]?(?:すっかり|完全に|ずっと|もう|思わず|つい|みんな)?[、,]?(?:(?:そちら|そっち|あちら|彼女(?:たち|ら)?|お二人|おふたり|二人|ふたり|女性陣|女性(?:職員|スタッフ)?|お姉さん(?:たち)?|娘さん(?:たち)?)(?:の方)?(?:に|へ)[、,]?)?(?:すっかり|完全に|ずっと|もう)?(?:釘付け|くぎ付け|くぎづけ|奪われ)|目のやり場(?:に|が)?(?:困|こま|な)|鼻の下(?:が|を)?(?:伸|のび)|デレデレ|でれでれ|メロメロ|めろめろ|骨抜き|目がハート|(?:ニヤ|にや)け'
/** Blind R203I-029 (dec11): a group whose coming or moving in a wrong is dated from (外国の方が入居されてから, 実習生が来てから). */
const CAME_D11 = `(?:${SHARE_GROUP}|${FOREIGN_W19})(?:の)?(?:方|方々|皆さん|住民|人たち|世帯)?(?:たち|達|ら)?(?:が|も)[、,]?[^。！？!?\\n]{0,6}?(?:(?:入居|入所|転入|移住|引っ越し|引越し)(?:され|し)|(?:越して|入って|やって)(?:き|こ)(?:られ)?|住み(?:始め|はじめ|着い|つい)(?:られ)?|住むように(?:なっ|なられ)|来(?:る|られる)ように(?:なっ|なられ)|来(?:られ)?|増え)てから`
/**
 * Blind false block (dec12): the group, or a pronoun for it, as the one a wrong is aimed at or suffered by (彼らを狙った盗難,
 * 実習生の方が被害に遭う, 留学生の自転車が盗まれる, 外国人に対する嫌がらせ): the group the victim, not the cause of the rise.
 */
const VICTIM_D12 = phrase(`(?:彼ら|彼女ら|彼女たち|その方々|その方たち|その人たち|あの人たち|${SHARE_GROUP}|${FOREIGN_W19})(?:の)?(?:方|方々|皆さん|人たち|世帯|住民)?(?:たち|達|ら)?(?:を(?:狙|ねら|標的|ターゲット)|(?:が|も)[、,]?(?:被害に(?:遭|あ)|被害を受け|狙われ|ねらわれ|巻き込まれ|まきこまれ|だまされ|騙され)|に対する|(?:へ|に)の(?:嫌がらせ|いやがらせ|暴力|差別)|の(?:自転車|自宅|家|部屋|住まい|寮|財布|荷物|車|バイク|スマホ|お金)(?:が|を)[^。！？!?\\n]{0,4}?(?:盗ま|ぬすま|狙わ|ねらわ|荒らさ|壊さ))`, 'u')
/** Blind R206A-013 (dec12): a disaster that did harm (豪雨, 浸水, 地震, 火事). */
const DISASTER_D12 = '(?:豪雨|大雨|水害|洪水|大水|浸水|冠水|水没|台風|地震|震災|津波|土砂(?:崩れ|災害)|氾濫|竜巻|火災|火事|噴火|災害)'
/** … the harm it did, in the same sentence (水が来て, 流された, 壊れた, 避難した). */
const HARMED_D12 = phrase('水が(?:来|き|入|上が|あが|出)|まで水|浸水|冠水|水没|(?<![一-龥])浸か|水につか|水浸し|水びたし|流され|倒れ|倒壊|壊れ|崩れ|燃え|焼け|全焼|被害|被災|避難|停電|断水|(?:舟|船|ボート)(?:に|みたい|のよう)', 'u')
/** … made the staff's stock joke (鉄板ネタ, 笑い話, 酒の肴). */
const STOCK_JOKE_D12 = '(?:鉄板|定番|持ち|お決まりの|おきまりの|恒例の|十八番の|いつもの)?(?:ネタ|笑い話|笑いぐさ|笑い種|笑いの種|酒の肴|話のタネ|話の種)'
/** … told at a party or with a laugh (新年会, 忘年会, 飲み会, （笑）). */
const PARTY_LAUGH_D12 = phrase(`${LAUGHED_W19}|新年会|忘年会|飲み会|宴会|酒の席|打ち上げ|懇親会|[😆🤭]`, 'u')
/** Blind R208D-028 (dec12): women placed for their youth or looks (若い女性職員を置いたら, 女の子を受付に座らせると). */
const WOMEN_PLACED_D12 = `(?:${WOMEN_SEEN_D11}|若い(?:女の子|娘|子))(?:(?:を|に)[^。！？!?\\n]{0,8}?)?(?:置い|配置し|座らせ|立たせ|入れ|据え|並べ|起用し|担当させ|担当にし|つけ|付け)(?:たら|たところ|てから|ると|たとたん|た途端|ただけで)`
/** … credited with the men's ease, or called the bloom of the place (おじさんたちの手続きがスムーズに, 華があると違う). */
const MEN_EASED_D12 = `${MEN_SEEING_D11}(?:の|は|が|も)?[^。！？!?\\n]{0,16}?(?:スムーズ|早く|速く|はかど|捗|機嫌|素直|おとなし|協力的|にこにこ|ニコニコ|にこやか|愛想|増え|集ま|通う|通い)`
const BLOOM_D12 = '華(?:が(?:ある|あると|あって)|やか)|花が(?:ある|あると)|目の保養|眼福'
/** Blind R208D-042 (dec12): life in an evacuation shelter called fun, a camp or an outing (避難所での雑魚寝もキャンプみたいで楽しい). */
const SHELTER_FUN_D12 = '避難(?:所|生活|先)(?:で|の|での|では|も)?[^。！？!?\\n]{0,16}?(?:雑魚寝|ざこ寝|キャンプ|合宿|お泊まり|お泊り|修学旅行|旅行|パーティー|林間学校)[^。！？!?\\n]{0,16}?(?:楽し(?:い|か|め|そう|む|み|ん)|たのし|ワクワク|わくわく|悪くな|いいもん|いいもの|最高|満喫|エンジョイ)'
/** A wrong of daily life that could be dated from a group's coming (ごみの分別が守られていない, 騒音の苦情, ルール違反). */
const HOUSE_WRONG_D11 = `(?:${WRONG_W18}|苦情|(?:ルール|マナー|分別|決まり|きまり)(?:が|を)?(?:守られ|守ら)(?:ていない|ていません|ない|なく|ず))`
/** The wrong grown (増えた, 目立つようになった, ひどくなった). */
const GREW_D11 = '(?:増え|増加|急増|多く(?:なっ|なり)|目立(?:つ|ち|っ)|ひどく(?:なっ|なり)|悪化|相次)'
const KINDS26: Kind26[] = [
  // A group's low marks laid on its homes (…ひとり親家庭のお子さんは平均点が低い傾向…ご家庭での学習習慣が).
  {
    re: phrase('(?:ひとり親|母子|父子|片親|生活保護|就学援助|外国(?:人|籍)|低所得)[^。！？!?\\n]{0,24}?(?:低い|多い|高い)傾向[^\\n]{0,40}?(?:ご家庭|家庭)(?:の|で|での)(?:問題|責任|努力|しつけ|学習習慣|取り組み)', 'u'),
    rule: 'decency/stereotype', severity: 'warn', para: true, veto: phrase('支援|無料|応援|相談|サポート|ではありません|限りません', 'u'),
  },
  // A disability or illness then called unpredictable (知的障害のある方が…何をするか分からないので、見かけても近づかず).
  {
    re: phrase('(?:知的障(?:害|がい)|精神障(?:害|がい)|発達障(?:害|がい)|精神疾患|認知症|障(?:害|がい)のある)[^\\n]{0,60}?何を(?:する|しでかす)か(?:分から|わから)(?!(?:ない|ん)[、,]?(?:という|といった|って|と(?:思|言|いう|決めつけ)))', 'u'),
    rule: 'decency/discriminatory', severity: 'block', para: true, veto: phrase('ではありません|思われがち|偏見|誤解|決めつけ', 'u'),
  },
  // A group relayed as dangerous, the readers then set on it (外国人の自転車の乗り方が危ないとの通報…見かけたら注意して).
  {
    re: phrase('(?:外国人|外国籍|実習生|留学生|ホームレス|障(?:害|がい)のある方|高齢者)[^。！？!?\\n]{0,20}?(?:危ない|危険|迷惑|マナーが悪い|怖い)(?:との|という)(?:通報|苦情|声|ご意見)[^\\n]{0,40}?(?:見かけたら|見つけたら)', 'u'),
    rule: 'decency/discriminatory', severity: 'block', para: true, veto: phrase('詐欺|被害|ではありません|根拠', 'u'),
  },
  {
    re: phrase(`${NUISANCE26}[^。！？!?\\n]{0,24}?(?:生活保護|年金暮らし|独居|高齢(?!化)|お年寄り|外国人|外国籍|実習生|母子|父子|ひとり親|片親|障(?:害|がい)(?!物)|精神|心の病|病気を抱え|認知症|同和|部落)[^。！？!?\\n]{0,16}?(?:に多い|に多く|が多い|が目立|に集中|のお宅です|の(?:お宅|世帯|家庭|住宅)(?:です|でした)|が原因|のせい)`, 'u'),
    rule: 'decency/discriminatory', severity: 'warn', veto: phrase('被害|狙|詐欺|支援(?!を)|統計上|減少', 'u'),
    upgrade: phrase('の(?:多く|大半|ほとんど|半数)は|だいたい|大体|たいてい|大抵|決まって', 'u'),
    keep: servedNotBlamedKF,
  },
  { re: phrase('(?:歯並び|スタイル|見た目|体型|顔|肌|鼻|髪|顔立ち)(?:の|が)(?:悪い|残念な|ひどい|いまいちな|イマイチな|汚い)(?:人|方|子)[^。！？!?\\n]{0,16}?(?:損|印象|モテ|残念|恥ずかし)', 'u'), rule: 'decency/lookism', severity: 'warn' },
  { re: phrase('(?:ぽっちゃり|太め|肥満|メタボ|おなかまわり|お腹まわり|お腹周り)[^。！？!?\\n]{0,16}?(?:[🐷🐖🐽]|ブタ(?:さん|みたい|にな)|子豚|豚さん|豚みたい)', 'u'), rule: 'decency/lookism', severity: 'warn' },
  { re: phrase('(?:マスク美人|(?:外す|外した|取った|とった)(?:ら|と)(?:ガッカリ|がっかり|残念な))', 'u'), rule: 'decency/lookism', severity: 'warn', veto: phrase('ルッキズム|容姿で(?:判断|評価)しない|いいえ|ではありません', 'u') },
  { re: phrase(`(?:水着|浴衣|制服|ミニスカ|スカート|ビキニ)(?:姿)?の${WOMEN26}[^。！？!?\\n]{0,8}?(?:見放題|拝め|眼福|目の保養|ガン見|見とれ|見惚れ)|${WOMEN26}の(?:脚線美|美脚|水着姿|ボディ|胸元)[^。！？!?\\n]{0,8}?(?:見とれ|見惚れ|釘付け|眼福|目の保養)`, 'u'), rule: 'decency/sexual', severity: 'block' },
  { re: phrase(`${WOMEN26}(?:に|から)[^。！？!?\\n]{0,4}?(?:モテモテ|モテまくり)|(?<![一-龥])男(?:たち|ども|衆|性陣)が(?:お待ち|待って)`, 'u'), rule: 'decency/sexual', severity: 'warn', topic: phrase('女の子|女性|女子', 'u') },
  { re: phrase('(?:大流行|流行中|学級閉鎖|集団感染|寝込ん|入院し|救急車で運ばれ|(?:コロナ|インフル(?:エンザ)?|ノロ|感染症)に(?:かかっ|感染し|なっ)|(?:地震|台風|大雨|豪雨|火事|火災|水害|洪水)(?:で|の(?!よう|ごと))[^。！？!?\\n]{0,10}?(?:倒れ|壊れ|崩れ|割れ|飛ば|流さ|浸か|燃え|焼け)|飛ばされ|(?:異物|金属片|金属|ガラス片|ガラス|プラスチック片|樹脂片|ビニール片|虫|髪の毛|ねじ|ネジ|ボルト)(?:が|の)?混入|死にかけ|飛び降り|亡くな|死亡|浸水し|水に浸か|水没し|全焼|骨折し|搬送され|食中毒)[^。！？!?\\n]{0,40}?(?:[（(]笑[)）]|(?<=[ぁ-ゖー〜！!？?…])笑(?![顔いうわえみっ話声])|[😂🤣😆😅🤭])', 'u'), rule: 'decency/insensitive', severity: 'warn', veto: phrase('ないよう|防止|予防|訓練|お悔やみ|ご冥福|ゼロ|0件|０件|無事|復旧|治|回復|見つか|防|目指|減', 'u'), para: true },
  { re: phrase('(?:飛び降り|自殺|身投げ)(?:の)?(?:名所|スポット)|死にかけ(?:てる|ている|の)(?:人|方|患者)', 'u'), rule: 'decency/insensitive', severity: 'warn', veto: phrase('相談|いのちの電話|防止|予防|悩み|こころ|心の', 'u') },
  { re: phrase('(?:介護|保育|清掃|ごみ収集|ゴミ収集|収集|農作業|看護|警備|レジ|工場|現場)(?:の)?(?:お)?仕事(?:は|って)[^。！？!?\\n]{0,20}?(?:誰にでも|だれにでも|誰でも)(?:でき|出来)', 'u'), rule: 'decency/stereotype', severity: 'warn', veto: phrase('ではありません|ではない|わけでは|ものでは|じゃない|と思われがち|と思われて', 'u') },
  { re: phrase('(?:簡単な|単純な)(?:作業|仕事)しか(?:できない|できん|出来ない)(?:方|人|子)', 'u'), rule: 'decency/stereotype', severity: 'warn' },
  { re: phrase('(?:そういう|そっちの|そっち系の|その手の|あっちの)(?:趣味|系|嗜好)(?:の)?(?:方|人)', 'u'), rule: 'decency/discriminatory', severity: 'block', topic: phrase('同性|パートナーシップ|lgbt|性的(?:少数|マイノリティ)|ゲイ|レズ|トランス', 'u') },
  { re: phrase('(?:旧)?(?:同和|どうわ|ドウワ)(?:」|』)?(?:地区|地域)(?:」|』)?(?:(?:に(?:当たる|あたる|該当する))?かどうか|に(?:ある|あたる|該当する)物件|の(?:交差点|物件|土地|付近|周辺|近く)|[^。！？!?\\n]{0,12}?[★☆※]印)|(?:そういう|ああいう|例の)(?:地区|地域|土地)(?:」|』)?かどうか', 'u'), rule: 'decency/discriminatory', severity: 'block', veto: phrase(REFUSED_ANSWER78, 'u'), keep: (sen, _a, b) => !exposureCondemned(sen.slice(b)), unveto: phrase('聞けば(?:すぐ)?(?:わか|分か)|(?:地元|近所|古く)[^。！？!?\\n]{0,10}?(?:に聞|に尋ね|にお尋ね)|お気持ちは(?:わか|分か)|気になる方は|ご自身で|古い地図|図書館で|調べ(?:る|られ)方法', 'u') },
  // Team DCG-069 / R23A-133 kind (decmaskq5): people or land dealt with apart by whether they are of a 同和 district: its residents' consultations
  // put off to another day (同和地区にお住まいの方からのご相談は…別日に), or listings marked by it (該当しない物件には【地区外】と記載): the city
  // itself sorting by the district, block, even beside the name of a human-rights office (人権・同和対策室: `named`). Not a rule denied
  // (別日にすることはありません) nor the sorting condemned (差別にあたります).
  { re: phrase('(?:(?:旧)?(?:同和|どうわ|部落)(?:地区|地域)|(?:被差別)?部落)(?:に(?:お住まい|住んで(?:いる|おられる)|住む|在住)|(?:の)?(?:出身|在住))(?:の)?(?:方|人|皆さん|皆様|住民|世帯)(?:から|の|は|に|について)?[^。！？!?\\n]{0,40}?(?:別日|別の日|後日|別室|別枠|お断り|ご遠慮|お控え|お受けでき(?:ない|ません)|受け付け(?:ない|ません|ておりません)|対象外)', 'u'), rule: 'decency/discriminatory', severity: 'block', veto: phrase('差別|偏見|ありません|しません|いたしません|ことは', 'u'), named: true },
  { re: phrase('(?:該当(?:しない|する)|当たらない|当たる|あたらない|あたる|含まれ(?:ない|る))(?:物件|土地|住宅|区画|家屋|空き家)(?:に|には|は)[^。！？!?\\n]{0,8}?[【「『(（]?(?:地区外|地区内|対象外|該当なし)[】」』)）]?(?:と|の)?(?:記載|表示|明記|表記|印|マーク)', 'u'), rule: 'decency/discriminatory', severity: 'block', topic: phrase('同和|どうわ|部落', 'u'), veto: phrase('差別|偏見|お答えでき|お伝えでき|応じられ|応じ(?:ません|ない)', 'u') },
  // Team DCH-103 kind (decmaskq5): an exchange with an ethnic school's children called off because of worries voiced about them
  // (ﾁｮｳｾﾝ学校の児童との交流会は、保護者から不安の声があったため中止): exclusion by origin, block. Not called off for the weather or an illness.
  { re: phrase('(?:朝鮮|ちょうせん|韓国|中華|民族|ブラジル人|外国人)学校(?:の)?[^。！？!?\\n]{0,16}?(?:交流|訪問|合同|招待|受け入れ|参加)[^。！？!?\\n]{0,30}?(?:不安|心配|反対|苦情|懸念)(?:の声)?[^。！？!?\\n]{0,20}?(?:中止|見送|取りやめ|取り止め|お断り|控え)', 'u'), rule: 'decency/discriminatory', severity: 'block', veto: phrase('台風|天候|天気|大雨|雨天|荒天|感染|コロナ|インフル|熱中症|地震|警報|工事|安全面', 'u') },
  { re: phrase('(?:ああいう|あんな|ああした)土地柄|(?:いろいろ|色々|何か|なにか|訳|わけ|いわく)(?:が|の)?ある(?:土地|地区|地域|場所|土地柄)[^。！？!?\\n]{0,20}?(?:避け|やめ|買わな|住まな|無難)', 'u'), rule: 'decency/discriminatory', severity: 'block' },
  { re: phrase('(?:同和|どうわ|ど[〜~ー]わ|部落|ぶらく)利権', 'u'), rule: 'decency/discriminatory', severity: 'block' },
  // reassurance by origin, a neighbour's people run down, skin colour made a hazard
  { re: phrase('(?:欧米|白人|ヨーロッパ|アメリカ)(?:から|出身|人|系)?の?[^。！？!?\\n]{0,8}?(?:なので|だから|ですので)[、,]?(?:安心して|安心です|安心)', 'u'), rule: 'decency/stereotype', severity: 'warn' },
  { re: phrase('(?:みたいに|のように|と違って|とちがって|と比べ(?:て|ても))[、,]?[^。！？!?\\n]{0,14}?(?:柄の悪い|ガラの悪い|治安の悪い|民度の低い|ケチな|冷たい|がさつな)(?:人|町|まち|土地)', 'u'), rule: 'decency/stereotype', severity: 'warn' },
  { re: phrase('黒人(?:の)?(?:方|人)?(?:は|って)[^。！？!?\\n]{0,8}?(?:暗い|夜|見えにく|見えな)', 'u'), rule: 'decency/discriminatory', severity: 'block' },
  // a single parent told to remarry, an unmarried woman's age made a hurry, JK
  { re: phrase('(?:シングルマザー|シングルファーザー|ひとり親|母子家庭|父子家庭|バツイチ)[^。！？!?\\n]{0,16}?再婚(?:相手)?(?:探し|(?:も|を)考え|しましょう|も大事|が大事|すれば|した方が|したほうが)', 'u'), rule: 'decency/stereotype', severity: 'warn' },
  { re: phrase('(?:アラフォー|アラサー|アラフィフ|\\d{2}代|\\d{2}過ぎ)(?:の)?独身(?:女性|男性)?[^\\n]{0,24}?(?:焦|あせ|売れ残|行き遅れ|手遅れ)', 'u'), rule: 'decency/stereotype', severity: 'warn', para: true },
  { re: phrase('(?<![a-zａ-ｚ])(?:jk|ｊｋ)(?![a-zａ-ｚ])(?:向け|の皆さん|さん|限定|集まれ)', 'u'), rule: 'decency/sexual', severity: 'warn', para: true },
  // a mother or a shorter day made unfit for real work
  { re: phrase('(?:時短|育休|産休|子育て中|ママ|お母さん|(?<![一-龥])女性|女子)[^。！？!?\\n]{0,16}?(?:大事な|重要な|責任ある|責任の重い|危険な)(?:仕事|業務|ポスト|役職|現場)(?:は|を)?(?:お)?任せ(?:られ|でき)(?:ません|ない)', 'u'), rule: 'decency/discriminatory', severity: 'block' },
  // women in office as decoration; women's talk as tedium; a foreigner's Japanese as the model of bad
  { re: phrase('(?:女性|女子)(?:議員|職員|社員|スタッフ|委員|選手)[^。！？!?\\n]{0,16}?(?:華を添え|花を添え|職場の花|職場の華)', 'u'), rule: 'decency/stereotype', severity: 'warn' },
  { re: phrase('(?:おばちゃん|おばさん|おばはん|女)(?:たち)?の井戸端会議|(?:外国人|外人)(?:が書いた|が話す|がしゃべる)?(?:ような|みたいな)[^。！？!?\\n]{0,4}?(?:変な|へんな|おかしな|片言の)(?:日本語|文章)', 'u'), rule: 'decency/stereotype', severity: 'warn' },
  // goods of a country called unsafe
  { re: phrase('(?:中国|韓国|外国|海外|アジア)産(?:の[^。！？!?\\n]{0,6})?と(?:違って|ちがって|比べて)[^。！？!?\\n]{0,6}?(?:安心|安全)', 'u'), rule: 'decency/stereotype', severity: 'warn' },
  // poverty judged by belongings or dress, a mark that singles out
  { re: phrase('(?:(?:スマートフォン|スマホ|ブランド品|車)をお持ちの(?:方|人)|(?:きれいな|綺麗な|派手な|高価な)(?:服装|服|身なり)の(?:方|人))[^。！？!?\\n]{0,16}?(?:ご遠慮|お断り|ご利用いただけません)', 'u'), rule: 'decency/discriminatory', severity: 'block' },
  { re: phrase('(?:就学援助|生活保護|ひとり親|母子|父子|障(?:害|がい))[^。！？!?\\n]{0,16}?(?:が|と)(?:分かる|わかる|見分けられる)よう[^。！？!?\\n]{0,12}?(?:色を変え|印を付け|目印|マークを)', 'u'), rule: 'decency/discriminatory', severity: 'block' },
  { re: phrase('(?:公費|税金|血税)で(?:生活して|暮らして|生かされて)(?:いる|る)(?:という)?自覚', 'u'), rule: 'decency/discriminatory', severity: 'block' },
  // a nationality's bags checked alone
  { re: phrase('(?:中国|韓国|朝鮮|ベトナム|フィリピン|ブラジル|ネパール|インドネシア|外国)(?:籍|人|系)の(?:方|人|お客様)(?:の|は)?[^。！？!?\\n]{0,8}?(?:手荷物|持ち物|カバン|かばん|所持品)[^。！？!?\\n]{0,12}?(?:確認|検査|チェック)', 'u'), rule: 'decency/discriminatory', severity: 'block' },
  // a minority treated as harmful to children, refused care as special, told to fit in
  { re: phrase('(?:教育上|子ども(?:たち)?(?:へ|に)の)(?:の)?(?:悪)?影響を(?:考え|考慮|懸念|心配)|子ども(?:たち)?の目に触れ', 'u'), rule: 'decency/discriminatory', severity: 'block', topic: phrase('同性|lgbt|性的(?:少数|マイノリティ)|ゲイ|レズ|トランス|性同一性', 'u'), veto: phrase('正しい知識|理解を深め|声もありますが|誤解|ではありません', 'u'), named: true },
  { re: phrase('特別扱い(?:は)?(?:いたしません|しません|できません)', 'u'), rule: 'decency/discriminatory', severity: 'block', topic: phrase('同性|lgbt|性的(?:少数|マイノリティ)|トランス|性同一性|障(?:害|がい)|外国|宗教|ムスリム|イスラム', 'u'), veto: phrase('区別|平等|公平|有無', 'u') },
  { re: phrase('日本の(?:食文化|文化|習慣|ルール)に合わせ(?:て|ていただ|るべき|ろ)', 'u'), rule: 'decency/discriminatory', severity: 'block', topic: phrase('宗教|ムスリム|イスラム|ハラール|ハラル|豚肉', 'u') },
  // a disease tied to a group
  { re: phrase('(?:lgbt|同性愛|ゲイ|性的(?:少数者|マイノリティ)|夜の(?:お)?仕事)[^。！？!?\\n]{0,30}?(?:とくに|特に)[^。！？!?\\n]{0,10}?(?:受け|検査|受検)', 'u'), rule: 'decency/discriminatory', severity: 'block', topic: phrase('hiv|エイズ|性感染症|梅毒', 'u') },
  { re: phrase('(?:aids|エイズ|hiv)(?:の|に感染した|陽性の)?(?:人|方|患者)の血', 'u'), rule: 'decency/discriminatory', severity: 'block' },
  // a group made the cause of a wait and the others steered off it; an occupation or a nationality singled out for scrutiny;
  // a welcome taken back by ただし…だけ
  { re: phrase('(?:(?:外国籍|外国人|外国|高齢|ご高齢|車(?:いす|椅子))の|障(?:害|がい)のある)(?:方|人)[^。！？!?\\n]{0,12}?(?:時間がかかる|時間を要する|混雑する|混み合う)(?:ため|ので)[、,]?[^。！？!?\\n]{0,6}?(?:日本人|健常者|一般|日本国籍)の(?:方|人)(?:は|には)', 'u'), rule: 'decency/discriminatory', severity: 'block' },
  { re: phrase('(?:夜の(?:お)?仕事|風俗|水商売)[^。！？!?\\n]{0,24}?(?:詳しく(?:お)?(?:聞|伺|確認|調査|お尋ね)|家庭訪問|(?:重点的|特別)に(?:確認|調査|訪問))', 'u'), rule: 'decency/discriminatory', severity: 'block' },
  { re: phrase('本当に(?:必要な|困っている)(?:方|人|世帯)(?:なの)?か[^。！？!?\\n]{0,16}?(?:確認|調査|審査|見極め)', 'u'), rule: 'decency/discriminatory', severity: 'block', topic: phrase('出身|国籍|外国|特定の国', 'u') },
  { re: phrase('ただし[、,]?[^。！？!?\\n]{0,20}?(?:だけ|のみ)(?:を)?(?:ご)?利用(?:ください|下さい|いただ|して)', 'u'), rule: 'decency/discriminatory', severity: 'block', topic: phrase('(?:性同一性|トランス|lgbt|性的(?:少数|マイノリティ)|同性)[^。！？!?\\n]{0,30}?(?:歓迎|参加でき|利用でき|宿泊でき|ご利用いただけ|受け入れ|お待ち)', 'u') },
  // the victim blamed
  { re: phrase('(?:服装|露出|夜道|夜遅く|お酒|酔っ|短いスカート)[^。！？!?\\n]{0,20}?(?:痴漢|性被害|襲われ|被害に遭)[^。！？!?\\n]{0,10}?(?:仕方(?:ありません|ない|がない|ないです)|自業自得|当然|自己責任)|(?:手を上げられ|殴られ|暴力を受け|dvを受け)[^。！？!?\\n]{0,10}?(?:にも|にだって)[^。！？!?\\n]{0,8}?(?:理由が|原因が|落ち度が|非が)ある', 'u'), rule: 'decency/discriminatory', severity: 'block', veto: phrase('ではありません|ではない(?:です|。|$)|せいではな|間違い|誤り', 'u') },
  // touching, skin colour, blood type, a slang label, pity
  { re: phrase('(?:女の子|女性|女子|お姉さん)[^。！？!?\\n]{0,6}?(?:への|に)?[〝"「『]?おさわり', 'u'), rule: 'decency/sexual', severity: 'block' },
  { re: phrase('(?:肌|お肌)が(?:まっくろ|真っ黒|黒い|黒すぎ)[^\\n]{0,30}?(?:ハーフ|外国|黒人)', 'u'), rule: 'decency/discriminatory', severity: 'block', para: true },
  { re: phrase('(?<![a-z])(?:a|b|o|ab)型の(?:人|方)(?:は|って)[^。！？!?\\n]{0,8}?(?:自己中|マイペース|几帳面|大雑把|変わり者|わがまま|気分屋)', 'u'), rule: 'decency/stereotype', severity: 'warn' },
  { re: phrase('(?:はったつ|発達|あすぺ|ガイジ)(?:っぽい|ぽい)(?:子|人|方)', 'u'), rule: 'decency/discriminatory', severity: 'block' },
  { re: phrase('めんたる(?:が|の)?弱(?:い|すぎ(?:る)?)(?:人|方|職員|子|社員)', 'u'), rule: 'decency/stereotype', severity: 'warn', veto: phrase('相談|ではありません|ではない|じゃない', 'u') },
  { re: phrase('かわいそう(?:だ|やけん)?(?:と思って|なので|だから)[^。！？!?\\n]{0,10}?(?:買って|協力して|参加して)(?:あげ)', 'u'), rule: 'decency/stereotype', severity: 'warn' },
  // Round 63: not animals (障害のある犬も譲渡の対象です。かわいそうな子たちに…).
  { re: phrase('かわいそうな(?:子|子ども|子供|方|人)(?:たち)?(?:にも|に|の)', 'u'), rule: 'decency/stereotype', severity: 'warn', topic: phrase('(?:父|母)(?:親)?(?:の)?いない|母子|父子|ひとり親|片親|障(?:害|がい)|施設|貧困', 'u'), pveto: ANIMAL63 },
  { re: phrase('(?:嫌な顔(?:を)?して|白い目で見て|冷たい目で見て|にらんで|睨んで)(?:あげ|やり)ましょう', 'u'), rule: 'decency/insensitive', severity: 'warn' },
  { re: phrase('(?:車(?:いす|椅子)|障(?:害|がい)|つえ|杖)[^。！？!?\\n]{0,16}?(?:移動|乗降|介助|対応)に時間(?:を要した|を要し|がかかった|がかかり|がかかる)(?:ため|ので)[^。！？!?\\n]{0,20}?遅れ', 'u'), rule: 'decency/discriminatory', severity: 'warn' },
  // Round 27 kinds. Slurs the lists lack (浮浪者, 統失, シナ for China, らい病 outside a Hansen's-disease post, 老害 in kana).
  { re: phrase('浮浪者|浮浪児|と[うー]しつ|統失|ろうがい|(?<![ぁ-ゖ])しな(?=から|人|の(?:人|団体|観光)|系|語)|(?<=[はがもに])しな(?=からの|人(?:の|が|は))|支那人', 'u'), rule: 'decency/discriminatory', severity: 'block' },
  { re: phrase('らい病|癩病|らいびょう', 'u'), rule: 'decency/discriminatory', severity: 'block', veto: phrase('ハンセン|と呼ばれ|差別', 'u') },
  // A death or a wish to die said lightly (ご臨終〜…笑, ご臨終からご予約までサクッと, 当分死なずにすみそうです（笑）).
  { re: phrase('(?:ご臨終|臨終|死なずに(?:済|すみ|すむ)|死なんで(?:済|すみ)|死にたく|死にたい|消えたい|消えてしまいたい|生きるのに疲れ)[^。！？!?\\n]{0,24}?(?:[（(]笑[)）]|(?<=[ぁ-ゖー〜！!？?…」])笑(?![顔いうわえみっ話声])|[😂🤣😆😅🤭👍⚡]|さくっと|サクッと|サクサク|らくらく|ラクラク)', 'u'), rule: 'decency/insensitive', severity: 'warn', veto: phrase('お悔やみ|ご冥福', 'u') },
  // Pity for a group, and the rest called "normal" (目の悪いかわいそうな方々も…普通の人と同じように).
  { re: phrase('(?:かわいそうな|可哀想な|可哀そうな|気の毒な)(?:子|子ども|子供|お子さん|方|人)(?:々|たち|達)?(?:も|へ|が|は|に|の)', 'u'), rule: 'decency/stereotype', severity: 'warn', topic: phrase('(?:父|母)(?:親|さん)?(?:の|が)?いない|親が|母子|父子|ひとり親|片親|障(?:害|がい)|施設|貧困|目の|耳の|不自由|高齢|お年寄り|病気', 'u'), pveto: ANIMAL63 },
  { re: phrase('(?:普通の|ちゃんとした|まともな)(?:人|方|子|暮らし|生活|職|仕事)(?:と同じ(?:ように)?|と一緒に|に混じ|並み|をされ|を送って|に就いて(?:い)?な)', 'u'), rule: 'decency/stereotype', severity: 'warn', topic: phrase('障(?:害|がい)|特別支援|目の|耳の|不自由|車(?:いす|椅子)|同和|部落|外国|病気|認知症|派遣|アルバイト|パート|非正規|フリーター|無職', 'u'), veto: phrase('(?<!特別)支援|目指|社会|共生|(?:でき|送れ|暮らせ|過ごせ)る(?:よう|ように)|ではありません|わけではな|ない(?:子|方|人)も|インクルーシブ|バリアフリー|ユニバーサル|遊具|整備', 'u'), named: true },
  // A whole condition made total incapacity (認知症になると、もう何も分からなくなって).
  { re: phrase('(?:認知症|障(?:害|がい)|発達障(?:害|がい)|知的障(?:害|がい))(?:になると|になったら|があると|のある(?:方|人)は|の(?:方|人)は)[、,]?[^。！？!?\\n]{0,6}?(?:何も|なにも|全部|すべて|全く|まったく)(?:分から|わから|理解でき|できな|判断でき)', 'u'), rule: 'decency/stereotype', severity: 'warn', veto: phrase('ではありません|わけではな|とは限ら|誤解|と思われがち', 'u') },
  // A disability put down to the parents (発達障害…親のしつけが足りない).
  { re: phrase('(?:発達障(?:害|がい)|自閉症|adhd|多動)[^\\n]{0,60}?(?:親の|家庭の)?(?:しつけ|躾|育て方|愛情)(?:が|の)?(?:足りな|不足|悪い|問題|せい)', 'u'), rule: 'decency/stereotype', severity: 'warn', veto: phrase('ではありません|ではない|ではな|誤解|誤り|関係ありません|関係ない|とは限ら', 'u'), para: true },
  // Surprise that one of a group can (女の子でも理数系の問題に強いなんて驚きです).
  { re: phrase('(?:女の子|女子|女性|女|男の子|男子|男性|高齢|年配|お年寄り|障(?:害|がい)(?:者|の(?:ある)?方)|外国(?:人|の方))(?:の方|の人|者|の皆さん|さん)?(?:でも|なのに|にしては)[^。！？!?\\n]{0,20}?(?:なんて|とは)[、,]?(?:驚き|おどろき|びっくり|意外|ビックリ)', 'u'), rule: 'decency/stereotype', severity: 'warn' },
  { re: phrase('(?<![一-龥])(?:女性|女|男性|男)らしく[^。！？!?\\n]{0,10}?(?:感情的|ヒステリ|泣|取り乱|弱気|乱暴|がさつ)', 'u'), rule: 'decency/stereotype', severity: 'warn' },
  // Activities split by sex as roles (男の子はポンプ車の放水体験、女の子は…包帯を巻く「やさしさ体験」).
  { re: phrase('(?:男の子|男子|男性)(?:は|には)[^。！？!?\\n]{0,24}?[、,](?:女の子|女子|女性)(?:は|には)[^。！？!?\\n]{0,24}?(?:やさしさ|優しさ|お世話|包帯|料理|お人形|ままごと|お手伝い|応援|看護|お花|お裁縫|裁縫)|(?:女の子|女子|女性)(?:は|には)[^。！？!?\\n]{0,24}?(?:やさしさ|優しさ|お世話|包帯|料理|お人形|ままごと|お手伝い|応援|看護)[^。！？!?\\n]{0,12}?[、,](?:男の子|男子|男性)(?:は|には)', 'u'), rule: 'decency/stereotype', severity: 'warn', veto: phrase('どちらも|男女(?:問わず|とも)|交代|希望|選べ|自由', 'u') },
  // A man in a job typed female compared down (男性看護師さんも頑張ってますが、やっぱり白衣の天使には).
  { re: phrase('男性(?:看護師|保育士|介護士|助産師)[^。！？!?\\n]{0,24}?(?:やっぱり|やはり|さすがに)[^。！？!?\\n]{0,24}?(?:かないません|かなわない|かなわん|勝てません|敵いません|には及ば)', 'u'), rule: 'decency/stereotype', severity: 'warn' },
  // A body part of women looked at (巫女さんたちのおしりを追いかけ, 胸元が気になる新成人さん😏).
  { re: phrase(`(?:${WOMEN26}|巫女さん|ナースさん|看護師さん|新成人さん|ママさん|奥さん|お母さん)(?:たち|達)?の(?:おしり|お尻|ヒップ|胸|胸元|谷間|太もも|ふともも|うなじ|おっぱい)[^。！？!?\\n]{0,12}?(?:追いかけ|追っかけ|見とれ|見惚れ|眺め|拝|釘付け|気にな|たまらな|最高)|(?:胸元|谷間|おしり|お尻)[^。！？!?\\n]{0,10}?(?:気になる|見え)[^。！？!?\\n]{0,24}?[😏🤤😍💦]`, 'u'), rule: 'decency/sexual', severity: 'block', veto: phrase('乳がん|検診|健診|しこり|セルフチェック', 'u') },
  { re: phrase(`(?:水着|浴衣|ミニスカ|ビキニ)(?:姿)?の${WOMEN26}(?:が|も)(?:多くて|多いので|いっぱいで)[^。！？!?\\n]{0,10}?(?:集中でき|目のやり場|仕事にならな|ドキドキ)`, 'u'), rule: 'decency/sexual', severity: 'block' },
  // A staff member offered to the public (受付の子ですか？独身ですよ😉).
  { re: phrase('(?:受付|窓口|担当|うち)の(?:子|女の子|娘|お姉さん|職員)(?:ですか|って)?[？?]?[^。！？!?\\n]{0,10}?(?:独身|彼氏(?:募集|いない|なし)|フリー)(?:です|だ|やけん|ですけん)?よ', 'u'), rule: 'decency/sexual', severity: 'block' },
  { re: phrase('(?:まだ)?(?:独身|彼氏(?:募集中?|いない|なし)|フリー)(?:です|だ|やけん|ですけん)?よ[！!♪]?[😉😘💕♡😏❤]', 'u'), rule: 'decency/sexual', severity: 'block', topic: phrase('(?:受付|窓口|担当|うち)の(?:子|女の子|娘|お姉さん|職員)', 'u') },
  // The naturalised singled out for a check (帰化された方は、念のため…確認書類を).
  { re: phrase('帰化(?:された|した|の)(?:方|人)[^。！？!?\\n]{0,16}?(?:念のため|特に|必ず)[^。！？!?\\n]{0,16}?(?:確認|書類|提示|お持ち)', 'u'), rule: 'decency/discriminatory', severity: 'block', veto: phrase('帰化届|届出|戸籍|国籍取得', 'u') },
  // A region's or a trade's people given one temper (佐賀ん人はケチ, 漁師さんは口は悪か, 現場の方は言葉遣いが荒い).
  { re: phrase('(?:[一-龥]{1,4}(?:方面|ナンバー)(?:から来る|から来た|の)(?:車|人|ドライバー)|[一-龥]{1,3}(?:県民|県人|ん人|の人|もん)|漁師|農家|職人|大工|現場の(?:方|人)|ドライバー|運転手|トラック運転手)(?:さん|の皆さん|たち)?(?:は|って|ちゃ)[、,]?[^。！？!?\\n]{0,6}?(?:ケチ|けち|せこ|気が荒|気の荒|口が悪|口は悪|言葉遣いが荒|言葉づかいが荒|柄が悪|ガラが悪|民度が低|閉鎖的|がさつ|荒っぽ|運転が荒|マナーが悪)', 'u'), rule: 'decency/stereotype', severity: 'warn', veto: phrase('ではありません|とは限ら|わけではな|偏見|誤解|イメージ', 'u') },
  // A group's application taken "just in case" (男性の応募も一応受け付けます).
  { re: phrase('(?:男性|女性|男|女|高齢|年配|シニア|外国(?:人|籍)?|障(?:害|がい))(?:の方|の人|者)?(?:の|からの)(?:ご)?(?:応募|参加|利用|入会|入居|申し込み|お申し込み)(?:も|は)[、,]?一応', 'u'), rule: 'decency/discriminatory', severity: 'block' },
  // A group praised as uncomplaining labour (…の子たちはまじめで文句も言わずによく働くので).
  { re: phrase('(?:実習生|研修生|外国人|外国の方|留学生|(?:ベトナム|中国|フィリピン|インドネシア|ネパール|ミャンマー|ブラジル|タイ)(?:人|の(?:子|方|人)))(?:たち|の皆さん|さん)?(?:は|って)[^。！？!?\\n]{0,12}?(?:文句(?:も|ひとつ|一つ)?(?:言わ|いわ)|従順)', 'u'), rule: 'decency/stereotype', severity: 'warn' },
  // Child-rearing laid on the mother alone (お母さんはお仕事をされていても、…半休をとって).
  { re: phrase('(?:お母さん|母親|ママ)(?:は|が)[、,]?[^。！？!?\\n]{0,16}?(?:(?:お)?仕事を(?:休んで|調整して|早退して)|半休|休みを取って|(?:お)?仕事を(?:されて|して)(?:い)?ても)', 'u'), rule: 'decency/stereotype', severity: 'warn', veto: phrase('お父さん|父親|パパ|保護者|ご家族|必要はありません|なくても', 'u') },
  // The old told to make way (お年寄り店主の皆さんも、そろそろ若い人に任せて引退を).
  { re: phrase('(?:お年寄り|年寄り|高齢|年配|シニア|老人)[^。！？!?\\n]{0,16}?(?:そろそろ|いい加減|さっさと|とっとと)[^。！？!?\\n]{0,16}?(?:引退|身を引|譲って|譲りましょう|退いて)', 'u'), rule: 'decency/stereotype', severity: 'warn' },
  // Youth or looks as a job's requirement (見た目の清潔感と若さがある方に向いています).
  { re: phrase('(?:若さ|容姿|ルックス|顔立ち|スタイル(?:の良さ)?|見た目(?:の良さ)?|水着姿|体型|美貌)(?:に自信(?:が|の)|が|の)(?:ある|あり|良い|いい)(?:若い)?(?:方|人)', 'u'), rule: 'decency/lookism', severity: 'warn', upgrade: phrase('募集|採用|歓迎|応募|優遇|求む', 'u'), veto: phrase('問いません|不問|関係ありません|関係なく|ルッキズム|(?<!被)差別|偏見|贈答|野菜|果物|果実|商品|品物|みかん|いちご|苺|お土産|土産|花束|食材', 'u') },
  // A post addressed to a national group, then theft or a rule lectured (外国人観光客の皆さまへ。…日本ではそれは泥棒です).
  { re: phrase('(?:外国人|外国籍|外国の|技能実習生|実習生|留学生)[^。！？!?\\n]{0,8}?(?:の皆さま|の皆様|の皆さん|のみなさん|のみなさま)(?:へ|に)[^\\n]{0,60}?(?:泥棒(?!被害|に(?:ご)?注意|に遭)|窃盗(?!被害|に(?:ご)?注意)|万引き(?!被害)|犯罪です|逮捕され|嫌われ)', 'u'), rule: 'decency/discriminatory', severity: 'block', veto: phrase('被害|巻き込まれ|ご注意|狙われ|気をつけ|警察に相談|ご相談', 'u'), para: true },
  // An infection test joked as for those who play around (HIV検査…"遊びすぎたかも"って方はぜひ).
  { re: phrase('(?:hiv|ｈｉｖ|エイズ|性感染症|性病|梅毒)[^\\n]{0,40}?(?:遊びすぎ|遊び過ぎ|遊び人|遊んで(?:いる|る|た)(?:方|人)|やんちゃ)', 'u'), rule: 'decency/discriminatory', severity: 'block', para: true },
  // What a group says discounted (認知症の方は、ご本人の話は話半分で聞いて).
  { re: phrase('(?:認知症|障(?:害|がい)|高齢|お年寄り|外国)[^。！？!?\\n]{0,12}?(?:の|が)(?:お話|話|言うこと|言う事|意見|訴え|説明)(?:は|を)[^。！？!?\\n]{0,4}?(?:話半分|聞き流|真に受け(?:ない|ず)|まともに取り合わ|要領を得な|当てにならな|信用でき(?:ない|ません))', 'u'), rule: 'decency/stereotype', severity: 'warn', veto: phrase('ではありません|ないでください|いけません|避け', 'u') },
  // An age cap justified by a decline presumed (お年寄りの方には向かないため、60歳未満の方を対象, それ以上の方は…覚えが悪くなるため、ご遠慮ください).
  { re: phrase('(?:お年寄り|年寄り|高齢|年配|シニア)[^。！？!?\\n]{0,12}?(?:には|に)(?:向かない|向いていない|難しい|無理な)(?:ため|ので)[、,]?[^。！？!?\\n]{0,16}?(?:未満|以下|まで)の(?:方|人)|(?:それ以上|\\d{2}歳以上|\\d{2}代以上|年配|高齢)の(?:方|人)は[、,]?[^。！？!?\\n]{0,16}?(?:覚えが悪|物覚えが|吸収が遅|頭が固|体力的に(?:も)?(?:劣|無理|きつ))[^。！？!?\\n]{0,12}?(?:ため|ので|から)[、,]?[^。！？!?\\n]{0,8}?(?:ご遠慮|お断り|お控え|(?:ご)?応募(?:は|いただけ)?(?:できません|ません))', 'u'), rule: 'decency/discriminatory', severity: 'block' },
  // The poor told not to keep what others may (経済的に余裕のない方は、そもそも動物を飼わないでください).
  { re: phrase('(?:経済的に余裕のない|お金のない|収入の少ない|貧しい|貧乏な|生活保護の|生活保護を受けている)(?:方|人|世帯|家庭)(?:は|が)[、,]?[^。！？!?\\n]{0,10}?(?:飼わないで|飼うべきでは|持たないで|産まないで|産むべきでは|結婚しないで|持つべきでは)', 'u'), rule: 'decency/discriminatory', severity: 'block', veto: phrase('ご相談|支援|減免|免除|助成|無料|ではありません', 'u') },
  // A group's own choice denied as a whole (知的障害のある方はご自分で候補者を選ぶのが難しいと思いますので、ご家族が代わりに).
  { re: phrase('(?:知的障(?:害|がい)|精神障(?:害|がい)|障(?:害|がい)|認知症|ご高齢|高齢|お年寄り)(?:の(?:ある)?(?:方|人)|者)?(?:は|って)[、,]?(?:ご自分で|自分で|ご本人が|本人が|ひとりで|一人で)[^。！？!?\\n]{0,16}?(?:選ぶ|決める|判断する|記入する|契約する|投票する)(?:の|こと)(?:が|は)[^。！？!?\\n]{0,4}?(?:難しい|無理|できない|できません)', 'u'), rule: 'decency/discriminatory', severity: 'block', veto: phrase('場合|難しい(?:方|人)|ときは|時は|こともあ|ことがあ|とは限|ではありません|わけではな', 'u') },
  // Cross-gender dress mocked (振袖を着た男の子？もいて, 会場がざわつきました😂).
  { re: phrase('(?:振袖|スカート|ドレス|ワンピース|女装|化粧|メイク)(?:を|姿)?(?:着た|した|の|で)?(?:男の子|男性|男子|男|おじさん)[？?]|(?:振袖|スカート|ドレス|ワンピース|女装)[^。！？!?\\n]{0,10}?(?:男の子|男性|男子|おじさん)[^。！？!?\\n]{0,24}?(?:ざわつ|どよめ|[😂🤣]|[（(]笑[)）]|ww)', 'u'), rule: 'decency/discriminatory', severity: 'block' },
  // Trouble pinned on "some district's" young (騒ぐのは決まって一部の校区の子たち).
  { re: phrase('(?:騒ぐ|暴れる|荒れる|問題を起こす|悪さをする|迷惑をかける|トラブルを起こす|散らかす|汚す|荒らす|盗む|落書きする|守らない)のは[^。！？!?\\n]{0,6}?(?:決まって|いつも|毎年|だいたい|大体|たいてい)[^。！？!?\\n]{0,6}?(?:一部の|あの|例の|特定の|同じ)?(?:校区|地区|地域|団地|学校|国|町内)', 'u'), rule: 'decency/discriminatory', severity: 'block' },
  // A place's or a people's character made a fault (地域柄…資材盗難が心配, ルーズなお国柄).
  { re: phrase('(?:地域柄|土地柄|場所柄)[、,]?[^。！？!?\\n]{0,16}?(?:盗難|犯罪|治安|荒|物騒|ガラ|柄が悪|ルーズ|いい加減|非行|窃盗|空き巣)', 'u'), rule: 'decency/discriminatory', severity: 'block', veto: phrase('水害|災害|浸水|土砂|雪|台風|高齢化', 'u') },
  { re: phrase('(?:ルーズ|いい加減|だらしな|怠け者|のんびり(?:しすぎ)|時間にルーズ|ケチ|けち|がさつ|うるさい|騒がしい)(?:な|の|い)?(?:お国柄|国民性|県民性|民族性)|(?:お国柄|国民性|県民性|民族性)(?:で|なので|だから|ですから)[、,]?[^。！？!?\\n]{0,10}?(?:ルーズ|遅れ|時間を守ら|うるさ|騒|いい加減)', 'u'), rule: 'decency/stereotype', severity: 'warn' },
  // A district hinted at as "having circumstances" (いろいろな事情がある土地柄, 土地の事情もあり…お察しください).
  { re: phrase('(?:いろいろな|色々な|いろんな|複雑な|特殊な|古くからの|昔からの|歴史的な)[^。！？!?\\n]{0,6}?事情(?:が|の)?(?:ある|あり)?(?:土地柄|土地|地区|地域)|(?:土地|地区|地域)の(?:事情|歴史)[^。！？!?\\n]{0,24}?(?:お察し|ご察し|買い手がつ|避け|外し)', 'u'), rule: 'decency/discriminatory', severity: 'block', veto: phrase('復興|災害|浸水|ハザード', 'u') },
  // A disease put down to a group (外国人労働者から広がるケースが多い).
  { re: phrase('(?:外国人|外国籍|外国の方|実習生|労働者|留学生|移民|難民|ホームレス|同性愛|ゲイ|生活保護)[^。！？!?\\n]{0,6}?(?:から|が)(?:広が|感染が広|うつ|持ち込|ばらま|まき散ら)', 'u'), rule: 'decency/discriminatory', severity: 'block', topic: phrase('結核|感染|はしか|麻しん|hiv|エイズ|性病|梅毒|ウイルス|病気|疥癬', 'u'), veto: phrase('ではありません|ではない|誤解|誤り|根拠', 'u') },
  // A group valued as cheap, uncomplaining labour (文句ひとつ言わず、安い賃金でもよく働いてくれる).
  { re: phrase('(?:実習生|外国人|労働者|障(?:害|がい)|高齢|シルバー)[^。！？!?\\n]{0,30}?(?:安い(?:賃金|給料|時給|お給料)|低賃金|安く)(?:でも|で)[^。！？!?\\n]{0,10}?(?:働いて|働く|働き|文句)', 'u'), rule: 'decency/discriminatory', severity: 'block', veto: phrase('問題|是正|改善|ではありません|いけません|許され', 'u') },
  // The divorced called damaged goods (訳ありの皆さん).
  { re: phrase('(?:ばついち|バツイチ|離婚|再婚|シングル|独身|子持ち)[^。！？!?\\n]{0,30}?(?:訳あり|わけあり|ワケあり|ワケアリ|傷物|キズモノ|売れ残)', 'u'), rule: 'decency/stereotype', severity: 'warn' },
  // A body made the laugh or the diagnosis (メタボの方は見ればだいたい分かります, 頭頂部にも負けないくらい輝いて).
  { re: phrase('(?:メタボ|肥満|太って(?:い|る)|ぽっちゃり|薄毛|ハゲ|はげ)[^。！？!?\\n]{0,10}?(?:見れば|見た目で|一目で|ひと目で|パッと見で)[^。！？!?\\n]{0,8}?(?:分か|わか)', 'u'), rule: 'decency/lookism', severity: 'warn', veto: phrase('ではありません|ものではな|とは限ら|わけではな|できません', 'u') },
  { re: phrase('(?:頭頂部|おでこ|ハゲ頭|はげ頭|薄毛|生え際|(?:薄い|寂しい|さみしい)頭)[^。！？!?\\n]{0,16}?(?:輝|光って|光る|まぶし|眩し|ピカピカ|ぴかぴか|反射)', 'u'), rule: 'decency/lookism', severity: 'warn' },
  // Produce of a disaster area treated as suspect (福島県産の野菜…気になる方は無理に買わなくても).
  { re: phrase('(?:福島|被災地|東北|原発周辺)(?:県)?産[^\\n]{0,30}?(?:気になる方は|心配な方は|無理に買わなくて|避けて|避けても|買わなくても)', 'u'), rule: 'decency/stereotype', severity: 'warn', veto: phrase('風評|検査済|基準値|安全性が確認', 'u'), para: true },
  // A minority's existence denied (当市にはそういった方はほとんどいらっしゃらない).
  { re: phrase('(?:そういった|そういう|そのような|該当する|当事者の)(?:方|人)(?:は|が)?(?:[^。！？!?\\n、]{0,8}?(?:に|には))?(?:ほとんど|あまり|まず|ほぼ)?(?:いらっしゃらない|いらっしゃいません|いない|おられない|おられません|おりません|いません)', 'u'), rule: 'decency/discriminatory', severity: 'warn', topic: phrase('同性|パートナーシップ|lgbt|性的(?:少数|マイノリティ)|トランス|性同一性', 'u') },
  // Work belittled as for those who could not study (勉強が苦手だった方でも体さえ動けば務まる簡単なお仕事).
  { re: phrase('(?:勉強が(?:苦手|できな)|学がな|頭が悪|頭を使わな|体さえ動けば|体力さえあれば)[^。！？!?\\n]{0,20}?(?:務まる|務まり|できる簡単|こなせる|役に立て|役立て)', 'u'), rule: 'decency/stereotype', severity: 'warn' },
  // A disability capped to simple work (障害者枠で採用された方の配属先は…簡単な業務に限って).
  { re: phrase('(?:障(?:害|がい)|知的|精神)[^。！？!?\\n]{0,30}?(?:簡単な|単純な)[^。！？!?\\n]{0,12}?(?:業務|作業|仕事)に限(?:って|定し|らせ|ってい)', 'u'), rule: 'decency/stereotype', severity: 'warn', veto: phrase('ご希望|本人の希望|相談', 'u') },
  // A single-parent home presumed lacking (父子家庭で毎日コンビニ弁当のパパ, シングルマザーのご家庭だと…機会が少ない).
  { re: phrase('(?:ひとり親|シングルマザー|シングルファーザー|母子|父子|片親)(?:家庭|世帯)?(?:で|だと|の(?:ご)?家庭(?:だと|では))[^。！？!?\\n]{0,24}?(?:どうしても|やっぱり|やはり|毎日コンビニ|コンビニ弁当|少ない|足りな|不足|寂し|さびし|偏り)', 'u'), rule: 'decency/stereotype', severity: 'warn', veto: phrase('支援|相談|手当|助成|制度|負担|両立|時間が|給付|医療費|窓口', 'u') },
  // Round 28 kinds. The ordinary session, room or hour refused to a group sent to its own (…の方は手話通訳のある回に。通常の回にお越しいただいても対応いたしかねます, 一般の更衣室ではなく多目的室を).
  { re: phrase('(?:通常|一般|普通|ほか|他)の(?:回|日|時間帯|会場|クラス|窓口|更衣室|浴室|席|便|プール|コース|教室|部屋|トイレ)(?:に|へ|で|では|は|を)?[^。！？!?\\n]{0,6}?(?:(?:お越し|ご来場|ご参加|ご来館|ご利用|ご入場)(?:いただいても|されても|になっても)[^。！？!?\\n]{0,8}?(?:かね(?:ます|る)|できません|お断り)|(?:お手続き|対応|受付|お受け)(?:は)?(?:いたし|致し|し|でき)かね|(?:のご利用|へのご入場|へのご参加|への入場)は(?:ご遠慮|お控え|お断り)|ではなく[^。！？!?\\n]{0,12}?(?:を|に)(?:ご利用|お越し|お使い|ご参加))', 'u'), rule: 'decency/discriminatory', severity: 'block', topic: MINORITY_PERSON28, veto: phrase('ご希望|選べ|選んで|どちらでも|どちらも|も(?:ご)?利用(?:でき|いただけ)|(?<!被)差別|偏見', 'u') },
  // A group held a nuisance to the other users and asked off (車いすでのご乗車は…他のお客様のご迷惑となるため…お控えください).
  // Blind R237M-031 kind (dec4): children told by a developmental trait (発達に心配のある, 落ち着きのない, 多動の) held a nuisance to the other
  // children and asked off (ほかの子の迷惑になりますので参加をご遠慮ください): the other children count as the others, ます may stand before
  // ので, block. Not ご遠慮なく (a welcome), not a behaviour asked of every child (走り回るのはご遠慮ください: no trait named).
  { re: phrase('(?:障(?:害|がい)|車(?:いす|椅子)|認知症|外国|トランス|同性|精神|知的|発達|落ち着き(?:の|が)(?:ない|なか)|多動|じっと(?:して)?(?:い|お)られない)[^。！？!?\\n]{0,30}?(?:他|ほか|周り|周囲)の(?:お客様|お客さま|利用者|乗客|方|皆様|皆さま|参加者|来館者|子ども|子供|子|お子さん|お子様|児童|園児|お友だち|お友達)(?:たち)?(?:の|へ|に)(?:ご)?迷惑(?:に|と)(?:なる|なり)(?:ます)?(?:ため|ので|から)[、,]?[^。！？!?\\n]{0,20}?(?:お控え|ご遠慮(?!なく)|お断り|いただけません)', 'u'), rule: 'decency/discriminatory', severity: 'block' },
  // Japanese preferred where foreigners are named (やっぱり日本人の若い方に来てほしい, 貴重品は日本人同士で見張り合う).
  { re: phrase('日本人(?:の)?[^。、！？!?\\n]{0,4}?(?:が(?:いい(?:です|と|な|ね|んで|のでは|[。！!]|$)|望まし|優先)|のほうが(?:いい|安心)|の方が(?:いい|安心)|に限(?:る|り|らせ|定)|を優先|に来て(?:ほしい|欲しい|もらいたい)|(?:同士|だけ)で見張|だと安心|なら安心)', 'u'), rule: 'decency/discriminatory', severity: 'block', topic: phrase('外国|実習生|留学生|移民|難民|在日|(?:中国|韓国|ベトナム|フィリピン|ブラジル|ネパール|インドネシア|ミャンマー)(?:人|出身|籍)', 'u'), veto: phrase('(?<!被)差別|偏見|日本人(?:も|と|や)|外国人(?:も|と|や)|国籍(?:を問わ|に関係|に関わ|にかかわ)', 'u') },
  // A group conceded or vouched for as harmless (テロなどとは無関係な穏やかな方々ですので、安心して, 見た目は外国人ですがご安心ください).
  { re: phrase('(?:無関係|関係(?:が)?ない|関係のない|穏やかな|おとなしい|大人しい|危険はない|危なくない|怖くない|(?:外国人|外国の方|ハーフ|外人)(?:です|だ))[^。！？!?\\n]{0,12}?(?:ので|から|です|が|けど)[、,！!]?(?:どうぞ)?(?:ご)?安心', 'u'), rule: 'decency/discriminatory', severity: 'block', topic: MINORITY28, veto: phrase('(?<!被)差別|偏見|誤解', 'u') },
  // A nationality's marriage presumed a fraud or a job (フィリピン出身ですが、出稼ぎではなく、ちゃんと恋愛結婚).
  { re: phrase('(?:出稼ぎ|偽装(?:結婚)?|不法(?:滞在|就労)|(?:お金|ビザ|財産|在留資格)目当て)(?:では|じゃ)(?:なく|ない)', 'u'), rule: 'decency/discriminatory', severity: 'block', topic: phrase(`${NATION}|国際結婚`, 'u'), veto: phrase('(?<!被)差別|偏見|誤解|決めつけ', 'u') },
  // Customers steered away from a business by its owner's origin (出自は把握しておりませんが、気になる方はほかのお店を).
  { re: phrase('気になる(?:方|人)は[^。！？!?\\n]{0,6}?(?:ほか|他|別)の(?:お店|店|業者|物件|病院|事業者|施設)', 'u'), rule: 'decency/discriminatory', severity: 'block', topic: phrase('出自|在日|ざいにち|国籍|部落|同和|朝鮮', 'u') },
  // A district's "circumstances" passed on in quotes, a district called "that kind", a 同和 district made the reason, an old slur for it (地区ごとの“事情”もお伝えします, “そういう”土地柄, どうわ地区だから家賃が安い, “よっつ”と呼ばれていた地区).
  { re: phrase('(?:地区|地域|集落|校区|土地|町内)(?:ごと|別)?(?:の|は)[^。！？!?\\n]{0,8}?[“「『"〝](?:事情|そういう|ああいう|いわく|訳あり|わけあり)[”」』"〟]|(?:同和|どうわ|部落|ぶらく)(?:地区|地域)?[”」』"〟]?(?:だから|なので|ですので|やけん|だけん|ゆえ|のため|だし)[^。！？!?\\n]{0,14}?(?:安い|安く|格安|値段|家賃|地価|避け|やめ|察して|お察し|わかるでしょ|分かるでしょ)|[“「『"〝](?:よっつ|よつ|四つ|えた|穢多)[”」』"〟](?:と|って)(?:呼ばれ|言われ|いわれ)[^。！？!?\\n]{0,8}?(?:地区|地域|集落|土地|町|村)|(?<![ぁ-ゖ一-龥])(?:よっつ|よつ)(?:の)?(?:人(?![形気数口材生])|者|連中|部落|地区)', 'u'), rule: 'decency/discriminatory', severity: 'block', veto: phrase('(?<!被)差別|人権|啓発|蔑称|お答え(?:でき|し)|応じ(?:られ|ません|かね)', 'u') },
  // A people's existence doubted for wonder (「アイヌの人って今もいるの？」と驚く声も多い).
  { re: phrase('(?:今も|今でも|まだ|本当に)(?:いる|いた|存在する|存在して(?:い)?る)(?:の|ん(?:だ|です(?:か)?))[？?]', 'u'), rule: 'decency/discriminatory', severity: 'block', topic: phrase('アイヌ|先住民|琉球', 'u'), veto: phrase('(?<!被)差別|偏見|誤解|知ってほしい|権利|尊重', 'u') },
  // Tolerance or pity granted to a group (少数派の方々の特殊な事情にも市は寛容に, みんなかわいそうだけど、がんばってて偉いね, 障害があるのに頑張って).
  { re: phrase('(?:特殊な|変わった)(?:事情|方|人|ケース|嗜好)|寛容に対応|大目に見', 'u'), rule: 'decency/stereotype', severity: 'warn', topic: phrase('同性|パートナーシップ|lgbt|性的(?:少数|マイノリティ)|少数派|トランス|性同一性', 'u'), veto: phrase('場合は|ご相談', 'u') },
  { re: phrase('(?:かわいそう|可哀想|可哀そう|気の毒)(?:だけど|やけど|なのに|でも|ながら)[、,]?[^。！？!?\\n]{0,12}?(?:がんば|頑張|偉い|えらい|健気|けなげ|立派)|(?:障(?:害|がい|碍)(?:が|の)?ある|障(?:害|がい|碍)を(?:持っ|抱え)て(?:い)?る|不自由(?:な)?|見えない|聞こえない|歩けない|(?:障(?:害|がい|碍)(?:者|児)|車(?:いす|椅子)|特別支援[^。！？!?\\n]{0,6}?(?:子|生徒|児童)(?:さん)?|認知症|ダウン症|自閉症)(?:な))(?:のに|にもかかわらず|わりに|割に)[、,]?[^。！？!?\\n]{0,30}?(?:がんば|頑張|偉い|えらい|健気|けなげ|感動|びっくり|驚|(?:ちゃんと|きちんと|しっかり|普通に|立派に)[^。！？!?\\n]{0,6}?(?:働|でき|こなせ|こなし|やれ|やって|仕事))|(?:障(?:害|がい)(?:が)?あって|不自由でも|見えなくても|聞こえなくても)[、,]?[^。！？!?\\n]{0,16}?(?:偉い|えらい|健気|けなげ|感動|意外と|幸せそう)', 'u'), rule: 'decency/stereotype', severity: 'warn', topic: MINORITY28 },
  // Less presumed enough for a group (目が見えなくても、“読書気分”くらいは味わえます).
  { re: phrase('(?:見えなく|聞こえなく|歩けなく|話せなく|障(?:害|がい)があって)(?:ても|でも)[、,]?[^。！？!?\\n]{0,16}?(?:くらい|ぐらい|程度|なり)(?:は|に)[^。！？!?\\n]{0,6}?(?:味わえ|楽しめ|でき|分かる|わかる)|(?:認知症|障(?:害|がい)(?:者|児)?|見えない(?:方|人|子)|聞こえない(?:方|人|子))(?:たち)?(?:でも|も)[、,]?[^。！？!?\\n]{0,16}?(?:くらい(?:なら|は)|ぐらい(?:なら|は)|それなりに|程度なら)', 'u'), rule: 'decency/stereotype', severity: 'warn' },
  // A sick or older person measured by use (がんになっても“まだ使える人材”).
  { re: phrase('[“「『"〝]?(?:まだ|十分|意外と)[“「『"〝]?使える(?:人材|人|方|戦力)|使い物にな(?:らな|る)', 'u'), rule: 'decency/stereotype', severity: 'warn', topic: phrase('がん|病|障(?:害|がい)|高齢|年配|シニア|お年寄り', 'u') },
  // An illness or an orientation belittled as a mood (気の持ちようで案外よくなる, 思春期の一時的な迷い).
  { re: phrase(`(?:気の持ちよう|気持ちの問題|気合い(?:で|が足りな)|根性(?:で|が足りな)|甘え(?:です|だ|では))(?!${LABEL_DENIED84})`, 'u'), rule: 'decency/stereotype', severity: 'warn', topic: phrase('うつ|鬱|精神|心の病|適応障|パニック|依存症|発達', 'u'), veto: phrase('ではなく|ではありません|ではない|じゃない|誤解|と思われがち|偏見', 'u') },
  { re: phrase('一時的な(?:迷い|気の迷い|もの|思い込み)|気の迷い|(?:治る|治せる|矯正でき)(?:もの|病気)', 'u'), rule: 'decency/stereotype', severity: 'warn', topic: phrase('同性|lgbt|性的(?:少数|マイノリティ)|トランス|性同一性|性的指向|性自認', 'u'), veto: phrase('ではなく|ではありません|ではない|じゃない|誤解|偏見', 'u') },
  // Neighbours' fear of a group's home taken as the thing to soothe (精神障害のある方が入居する…近隣の皆さまの不安が和らぐよう).
  { re: phrase('(?:近隣|周辺|近所)(?:住民)?(?:の)?(?:皆さま|皆様|皆さん|方々|方)?の(?:ご)?不安(?:が|を)[^。！？!?\\n]{0,10}?(?:和らぐ|和らげ|解消|払拭|軽減|取り除)', 'u'), rule: 'decency/stereotype', severity: 'warn', topic: phrase('精神障|知的障|障(?:害|がい)のある|更生|外国人|実習生|グループホーム', 'u'), veto: phrase('権利|偏見|(?<!被)差別|理解を深め|交流', 'u') },
  // Contagion said to be "almost" gone from those who had the disease (ハンセン病の元患者…感染の心配はほぼありません).
  { re: phrase('(?:感染|うつる|移る)(?:の)?(?:心配|恐れ|おそれ|危険|リスク)(?:は|も)?(?:ほぼ|ほとんど|あまり|まず)', 'u'), rule: 'decency/discriminatory', severity: 'block', topic: phrase('ハンセン|元患者|回復者', 'u') },
  // A race given a body (黒人の子どもたち…やっぱり身体能力がすごくて).
  { re: phrase('(?:黒人|アフリカ|ブラジル|ハーフ(?:の|さん))[^\\n]{0,40}?(?:やっぱり|やっぱ|やはり|さすが)[、,]?[^。！？!?\\n]{0,6}?(?:身体能力|運動神経|リズム感|足が速|バネ|体格|ノリ)', 'u'), rule: 'decency/stereotype', severity: 'warn', para: true },
  // A wrong laid on "those" of a group named in the paragraph (ベトナム出身の皆さまへ。…ルールを守らない方が多く, 働けるのに働かない方も少なくありません).
  { re: phrase('(?:守らない|守らん|守れない|働かない|働こうとしない|問題を起こす|マナーの悪い|迷惑をかける|不正をする|不正に受給する)(?:方|人|者|世帯|家庭|人たち|方々)(?:も|が)[、,]?(?:少なくありません|少なくない|少なからず|多い|多く|多数|目立|後を絶|増えて)', 'u'), rule: 'decency/discriminatory', severity: 'block', topic: MINORITY28, veto: phrase('(?<!被)差別|偏見|被害|詐欺|ではありません|とは限ら|一部の', 'u') },
  // Chores assigned to women (お茶当番は若手の女性職員で回します), a trade called a sex's, a sex steered to another post (…女性に向いている職種です。男性の方は一般事務職の受験をおすすめします).
  { re: phrase(`(?:お茶|お茶くみ|お茶汲み|お茶出し|掃除|洗濯|配膳|洗い物|後片付け|片付け|炊き出し|お酌)(?:当番|係)?(?:は|を)[^。！？!?\\n]{0,10}?${WOMAN28}(?:職員|社員|スタッフ|団員|部員|陣|の皆さん|の方|たち)?(?:で回|が担当|に担当|にお願い|に任せ|の仕事|がやる|がやり|が行い|で行い|で分担|で担当)|${WOMAN28}(?:職員|社員|スタッフ|団員|部員|陣)?(?:の皆さん|の方|たち)?(?:は|に|が)[、,]?[^。！？!?\\n]{0,10}?(?:お茶出し|お茶くみ|お茶汲み|お茶の(?:用意|準備)|掃除|洗濯|配膳|洗い物|後片付け|お酌)(?:を|も|の)?(?:お願い|担当|当番|して(?:ください|ね|もら))`, 'u'), rule: 'decency/discriminatory', severity: 'block', veto: phrase('限定|専用|交代|男女|男性も|性別に|入浴|同性介助|女性の(?:方|利用者|入居者|患者)', 'u') },
  { re: phrase('(?:(?<![一-龥])(?:女性|男性|女子|男子)|女の(?:子|人)|男の(?:子|人))(?:の方)?(?:に|には)(?:向いて(?:いる|います)|向き|ぴったり|最適|適して(?:いる|います))|(?:(?<![一-龥])(?:女性|男性)|女の(?:子|人)|男の(?:子|人))の方は[^。！？!?\\n]{0,20}?(?:受験|応募|志望|入団|入部)(?:を|も)?(?:おすすめ|お勧め|オススメ|ご検討ください)', 'u'), rule: 'decency/discriminatory', severity: 'block', topic: phrase('採用|募集|受験|求人|職種|入団|団員', 'u'), veto: phrase('限定|専用|検診|健診|更衣|男女問わ|性別に(?:関係|かかわ|関わ)|性別を問わ', 'u') },
  // Women's "own" feeling, a wife's duties, a wife who leaves, the father who takes leave (女性ならではの感情に訴える視点, 農家の嫁として家事も, 奥さんに逃げられても, 仕事ができる人ほど育休は取らない).
  { re: phrase('(?:女性|女子|ママ|主婦|お母さん)ならではの(?:感情|感性|優しさ|やさしさ|細やかさ|きめ細か|気配り|柔らかさ|母性|華やか)|(?<![花])嫁(?:として|なんだから|たるもの|の務め|の役目)|(?:奥さん|奥様|妻|嫁|女房|かみさん)に(?:逃げられ|捨てられ|見捨てられ|愛想を尽かされ|出て行かれ)|(?:旦那さん|ご主人|夫|パパ)の(?:晩ご飯|晩ごはん|夕飯|ご飯|ごはん|食事|お弁当)(?:も|を|の)[^。！？!?\\n]{0,6}?(?:忘れず|準備|用意|作って)|(?:仕事が?できる|優秀な)(?:人|男性|職員|社員)ほど[^。！？!?\\n]{0,8}?(?:育休|育児休業|休み)(?:は|を)?(?:取らない|取らん|とらない|取りません)', 'u'), rule: 'decency/stereotype', severity: 'warn', veto: phrase('ではありません|ではない|誤解|思われがち|という声|固定観念|偏見', 'u') },
  // Looks rated against motherhood or age (若くてきれいで、とても子持ちには見えません), a balding head joked (頭の寒そうな男性職員).
  { re: phrase('(?:若くて|若々しくて|きれいで|綺麗で|キレイで|かわいくて|可愛くて|美人で|美しくて|スタイル(?:が)?(?:良|よ)くて)[^。！？!?\\n]{0,12}?(?:子持ち|ママ|母親|お母さん|主婦|おばさん|\\d+歳|\\d0代)(?:に|と)は(?:見え|思え)(?:な|ません)|頭(?:の|が)(?:寒そう|寂し|さみし|涼しそう|涼し|まぶし|眩し|薄)(?:い|く|な)?[^。！？!?\\n]{0,4}?(?:男性|職員|方|人|おじさん|課長|係長|部長|上司|先輩|市長|議員|さん)', 'u'), rule: 'decency/lookism', severity: 'warn' },
  // A woman likened to goods for her skin (色白もち肌で、まるで返礼品の一部みたい), men stirred by women with a laugh (ビキニのお姉さんが…男性職員のやる気も高めです😏, 男性職員の相談が殺到しそうです（笑）).
  { re: phrase('(?:色白|もち肌|餅肌|美肌|スタイル|美人|かわい|可愛|美脚)[^。！？!?\\n]{0,16}?(?:返礼品|商品|景品|売り物|特産品|おまけ|お土産|詰め合わせ)(?:の一部|そのもの)?(?:みたい|のよう|扱い)', 'u'), rule: 'decency/lookism', severity: 'block', topic: phrase('職員|女子|女性|お姉さん|娘|嫁|奥さん|スタッフ|モデル', 'u') },
  { re: phrase(`男性(?:職員|陣|スタッフ|団員|社員|の皆さん|客|利用者)(?:の|が|も)[^。！？!?\\n]{0,12}?(?:高め|上が|上昇|アップ|爆上が|殺到|急増|倍増|押し寄せ|増えそう)[^\\n]{0,12}?${LAUGH28}`, 'u'), rule: 'decency/sexual', severity: 'block', topic: phrase('お姉さん|女性(?:職員|スタッフ)|女子|保健師さん|看護師さん|ビキニ|水着|美人|かわい|可愛|裸|ヌード|グラビア|セクシー', 'u') },
  // A disaster made a funny story, a death a "pick-up", the victims a comparison (水害のときは…今ではいい笑い話です, おじいちゃんが何人も“お迎え”に, 被災者じゃなくても泣けます).
  { re: phrase('(?:水害|災害|地震|台風|豪雨|浸水|火事|火災|事故|被災)[^。！？!?\\n]{0,60}?(?:笑い話|笑いのネタ|いいネタ|ネタに(?:なる|なり|なっ|でき)|武勇伝)', 'u'), rule: 'decency/insensitive', severity: 'warn', veto: phrase('教訓|忘れ|語り継|伝え', 'u') },
  { re: phrase('(?:火事|火災|水害|浸水|洪水|大雨|冠水|豪雨|台風|地震)[^\\n]{0,30}?(?:まるで[^。！？!?\\n]{0,10}?(?:キャンプファイヤー|プール|湖|海|アトラクション)|(?:キャンプファイヤー|プール|湖|海|アトラクション)(?:みたい|のよう|状態|に(?:なり|なっ)))[^\\n]{0,24}?(?:[😂🤣😆🔥]|[（(]笑[)）]|(?<=[ぁ-ゖー〜！!？?…])笑|(?<![ぁ-ゖ一-龥])エモ(?:い|すぎ|く|か)|(?<![見照])映え|ばえ(?![ぁ-ゖ]))', 'u'), rule: 'decency/insensitive', severity: 'warn', para: true, veto: phrase('防|訓練|注意|想定|ないよう|危険|禁止', 'u') },
  // Blind R140I-035: a disaster's photos or its wreckage called emotional or photogenic (大水害の写真…エモい, 被災地の跡が映える):
  // the victims' loss made a look, warn. Not the city's rebuilding (復興した町並みが映える) nor a lesson (教訓).
  { re: phrase('(?:水害|洪水|震災|被災|空襲|原爆|大火|津波|土砂災害|浸水)[^\\n]{0,16}?(?:写真|映像|跡|爪痕|がれき|瓦礫|被災地|廃墟|当時|光景|様子)[^\\n]{0,30}?(?:(?<![ぁ-ゖ一-龥])エモ(?:い|すぎ|く|か)|(?<![見照])映え(?:る|ます|すぎ|スポット|写真)?|ばえ(?![ぁ-ゖ]))', 'u'), rule: 'decency/insensitive', severity: 'warn', para: true, veto: phrase('復興|再建|乗り越え|教訓|防災|訓練|備え|ご冥福|追悼|慰霊', 'u') },
  { re: phrase('[“「『"〝]お迎え[”」』"〟](?:が|に)?(?:来|き)', 'u'), rule: 'decency/insensitive', severity: 'block', topic: phrase('熱中症|高齢|お年寄り|おじいちゃん|おばあちゃん|病|亡|死', 'u') },
  // A sex told its manner (女の子はおしとやかに, 男の子はたくましく).
  { re: phrase(`${WOMAN28}(?:は|なら|らしく)[、,]?[^。！？!?\\n]{0,6}?(?:おしとやか|しとやか|女らしく)|(?:(?<![一-龥])(?:男性|男子)|男の子|(?<![一-龥ぁ-ゖ])男)(?:は|なら)[、,]?[^。！？!?\\n]{0,6}?(?:たくましく|泣かな|泣くな|男らしく)`, 'u'), rule: 'decency/stereotype', severity: 'warn', veto: phrase('固定観念|決めつけ|ではありません|押し付け|押しつけ|という声', 'u') },
  // Young women offered as the welcome (若い女性職員が笑顔でお出迎え).
  { re: phrase('(?:若い|かわいい|可愛い|美人の?|きれいな|綺麗な)(?:女性|女の子|女子)(?:職員|スタッフ|ガイド)?(?:たち)?(?:が)[^。！？!?\\n]{0,10}?(?:お出迎え|お待ち|お迎え|接客)', 'u'), rule: 'decency/lookism', severity: 'warn' },
  // A body joked as too big for a thing (ぽっちゃりさんは浴衣の帯が回らないかも).
  { re: phrase('(?:ぽっちゃり|太め|太った|ふくよか|おデブ|メタボ|体の大きい|体重の重い)(?:さん|の方|な方|の人|な人)?(?:は|って|だと)[^。！？!?\\n]{0,16}?(?:回らない|入らない|着られない|はまらない|座れない|壊れ|沈|傾)', 'u'), rule: 'decency/lookism', severity: 'warn', veto: phrase('サイズ|ご用意|ご相談|用意して', 'u') },
  // A district to avoid (あの地区だけは避けた方がいい), a 同和 district's people to beware of (どうわの人たちには気をつけて).
  { re: phrase('(?:あの|その|例の|あそこの|[〇○●◯×△□■]{1,3})(?:地区|地域|集落|町内|団地|辺り|あたり)(?:だけ)?(?:は|には|の(?:物件|土地)は)[、,]?[^。！？!?\\n]{0,8}?(?:避け(?:た|る)(?:ほう|方)が|やめ(?:た|る)(?:ほう|方)が|近づかない(?:ほう|方)が|住まない(?:ほう|方)が|買わない(?:ほう|方)が|おすすめしません|お勧めしません)|(?:同和|どうわ|部落|ぶらく|在日|ざいにち)(?:地区|地域)?(?:の|ん)(?:人|方|連中|出身者)(?:たち|ら)?(?:には|に|は)[^。！？!?\\n]{0,6}?(?:気をつけ|気を付け|注意し|近づかな|関わらな)', 'u'), rule: 'decency/discriminatory', severity: 'block', veto: phrase('冠水|浸水|水害|大雨|台風|工事|通行止め|渋滞|混雑|危険|土砂|ハザード|(?<!被)差別|人権', 'u') },
  // A sex or an age preferred for a role (支援員は、やっぱり若い女性のほうが子どもたちも喜びます); participants' bodies joked (太めの方が多かったです笑, なかなかの体型でした（笑）).
  { re: phrase('(?:若い|年配の|年上の)?(?:(?<![一-龥])(?:女性|男性)|女の(?:人|子)|男の(?:人|子))(?:の)?(?:ほう|方)が[^。！？!?\\n]{0,10}?(?:喜(?:ぶ|び|ばれ)|いい(?:です|ね|よ|と|[。！!])|安心(?:です|だ|感)|向いて(?:い|ま)|合って(?:い|ま))', 'u'), rule: 'decency/stereotype', severity: 'warn', topic: phrase('職員|支援員|係|スタッフ|担当|受付|先生|保育|指導員|募集|採用', 'u'), veto: phrase('固定観念|決めつけ|ではありません|とは限ら|性別(?:を問わ|に関係|に関わ|にかかわ)', 'u') },
  { re: phrase(`(?:太め|ぽっちゃり|ふくよか|大柄)(?:な|の)?(?:方|人)が多(?:い|かった|め)[^\\n]{0,20}?${LAUGH28}|(?:なかなかの|立派な|見事な|貫禄のある|ふくよかな)(?:体型|体格|おなか|お腹)[^\\n]{0,8}?${LAUGH28}`, 'u'), rule: 'decency/lookism', severity: 'warn' },
  // A group let in on condition it stays out of the way (ゲイの方も参加OKですが、他の参加者の迷惑にならないよう), or excused as lesser (障害者の作った商品だから、多少の不良は大目に見て).
  { re: phrase(`(?:${MINORITY28.source})[^。！？!?\\n]{0,10}?も[^。！？!?\\n]{0,8}?(?:ok|オッケー|可能|できます|歓迎|大丈夫)(?:です)?(?:が|けど)[、,]?[^。！？!?\\n]{0,16}?(?:迷惑|不快|驚か|戸惑|目立たない|控えめ)`, 'u'), rule: 'decency/discriminatory', severity: 'block' },
  { re: phrase('(?:だから|なので|ですから)[、,]?[^。！？!?\\n]{0,12}?(?:大目に見|多少の(?:不良|ミス|失敗|遅れ|不備)は)', 'u'), rule: 'decency/stereotype', severity: 'warn', topic: MINORITY28 },
  // A single mother called by the slang shortening (シンママ, シンマザ).
  { re: phrase('(?<![ぁ-ゖ])(?:しんまざ|しんまま)(?=さん|たち|の|は|が|[^ぁ-ゖ]|$)', 'u'), rule: 'decency/stereotype', severity: 'warn' },
  { re: phrase(`(?:被災者|被害者|遺族|病人|けが人|怪我人)(?:じゃ|で(?:は|も)?)(?:なくても|ないのに|もないのに)[^。！？!?\\n]{0,10}?(?:泣け|泣き|つら|辛|死に)[^\\n]{0,20}?${LAUGH28}`, 'u'), rule: 'decency/insensitive', severity: 'warn' },
  // Round 31. A role pushed on mothers or women as the fix for a public problem (お母さんが家で子どもを見てくれれば解決する, 母親が仕事を辞めれば済む話).
  { re: phrase(`(?:${WOMAN28}|母親|主婦|(?<![一-龥])(?:妻|嫁)(?:さん)?)(?:たち|達)?(?:が|は|さえ)[、,]?[^。！？!?\\n]{0,16}?(?:家(?:で|に|庭)|自宅|仕事を辞め|働かな|専業主婦)[^。！？!?\\n]{0,14}?(?:れ|け|て|た)(?:ば|ら)[、,]?[^。！？!?\\n]{0,10}?(?:解決|済む|すむ|済み|片付|片づ|問題(?:は|も)?(?:な|起き)|(?:いい|よい)(?:話|だけ|のに)|なくな|減る|出ない|起きな)|(?:${WOMAN28}|母親)(?:が|まで)(?:外で)?(?:働(?:きに出る|く|いてる|いている)|仕事に出る)(?:から|せいで|ようになったから)[、,]?[^。！？!?\\n]{0,16}?(?:寂し|さみし|荒れ|非行|不登校|かわいそう|可哀想|グレ|ぐれ|しつけ|躾|愛情不足)|(?:${WOMAN28}|母親|主婦)(?:は|こそ)[、,]?[^。！？!?\\n]{0,12}?(?:家|家庭|自宅)(?:に|で|を)[^。！？!?\\n]{0,8}?(?:べき|のが(?:当たり前|当然|普通|筋)|もの(?:です|だ|でしょ))`, 'u'), rule: 'decency/stereotype', severity: 'warn', veto: phrase('父親|お父さん|パパ|(?<![一-龥])夫|男性|ご家族|保護者|両立|支援|ではありません|わけではな|押し付け|押しつけ|固定観念|決めつけ|という|かつて|昔は|時代', 'u') },
  // People sorted by age or sex as easy or difficult counterparts (おじいちゃんだったから話が早くて, 若い人だったらごねてた, 年配の方が相手だと話が通じない).
  { re: phrase('(?:おじいちゃん|おばあちゃん|じいちゃん|ばあちゃん|じいさん|ばあさん|お年寄り|年寄り|高齢(?:者|の方)|年配(?:の)?(?:方|人)|若い(?:人|子|方|やつ|奴|男|女|兄ちゃん|姉ちゃん|お兄さん|お姉さん)|若い(?:もん|者)|若者|若造|おじさん|おばさん|おばちゃん|おっちゃん|女の人|女性|(?<![一-龥])女)(?:の方|さん|たち|の(?:お客様|お客さん|利用者|運転手|ドライバー))?(?:が相手|相手)?(?:だったから|だったので|だから|なので|で(?!も|す|し|は)|だと|だったら|なら|って|やったけん|やけん|やったら|じゃったら|やと)[、,]?[^。！？!?\\n、,]{0,4}?(?:話が(?:早|はや|通じ|わか|分か)|(?:すぐ|すんなり)(?:納得|了承|引き下が)|ごね|ゴネ|揉め|もめ(?:る|て|た|そう)|文句|クレーム|難癖|いちゃもん|面倒くさ|めんどくさ|めんどい|厄介|物分かり|ものわかり|聞き分け|キレ(?:る|て|た|そう)|逆ギレ|逆切れ|(?:で|て)助かった)', 'u'), rule: 'decency/stereotype', severity: 'warn', veto: phrase('詐欺|被害|ではありません|とは限ら|決めつけ|偏見|ご相談|ご注意', 'u') },
  // A difficulty minimised as a group's alone (戸惑うのはお年寄りくらい, 引っかかるのは外国人ぐらいしか).
  { re: phrase('(?:戸惑|とまど|困|迷|苦手|不慣れ|わから|分から|間違え|引っかか|ひっかか|騙さ|だまさ|信じ|文句を|反対す|気にす|気にな|読めな|知らな|ついていけな)[^。！？!?\\n]{0,4}?(?:の|ん)は[、,]?(?:おじいちゃん|おばあちゃん|お年寄り|年寄り|高齢(?:者|の方)|年配(?:の)?(?:方|人)|老人|シニア|外国(?:人|の方)|実習生|障(?:害|がい)(?:者|のある方))(?:の方|たち|の人|世代|層)?(?:くらい|ぐらい|位|だけ)(?!の|では|でな|じゃ|に|を|が|は)|(?:今どき|いまどき|今時|今さら|いまさら)[^。！？!?\\n]{0,16}?(?:の|ん)は[、,]?(?:お年寄り|年寄り|高齢(?:者|の方)|年配(?:の)?(?:方|人)|老人)(?:くらい|ぐらい|だけ)(?!の|では|でな|じゃ)|(?:お年寄り|年寄り|高齢(?:者|の方)|年配(?:の)?(?:方|人)|老人|外国(?:人|の方))(?:くらい|ぐらい)しか[^。！？!?\\n]{0,4}?(?:戸惑わ|困ら|迷わ|引っかから|騙され|だまされ|反対し|文句)', 'u'), rule: 'decency/stereotype', severity: 'warn', veto: phrase('ではありません|とは限ら|決めつけ|偏見', 'u') },
  // A suicide made a joke or a tip (川に飛び込む前に転職をおすすめします笑, 樹海行きかな😇).
  { re: phrase(`(?:首(?:を)?(?:吊|つ|くく)|首吊|首つり|身投げ|樹海(?:行き|へ行|に行|送り)|練炭|入水|投身|(?:線路|ホーム)(?:に|へ|から)飛び込|(?:ビル|屋上|橋)から飛び降り|飛び降りる(?:しか|前に)|死ぬしか|死んで(?:お)?詫び|自殺(?:しよ|したく|する(?:前|しか)|もの)|(?:川|海|ダム|堀)(?:に|へ)飛び込(?=む前|むしか|むくらい|むか|まな|みた))[^\\n]{0,30}?(?:${LAUGH28}|[😇💀🙃]|(?<=[ぁ-ゖー〜！!？?…])w+(?![a-z])|(?:おすすめ|お勧め|オススメ)(?:します|です|。|$)|(?<=前に)[^。！？!?\\n]{0,12}?(?:へ|に)(?:どうぞ|[！!]))`, 'u'), rule: 'decency/insensitive', severity: 'block', veto: phrase('相談|いのちの電話|こころ|悩|防止|予防|ゲートキーパー|命を|支援|ご冥福|お悔やみ|準備運動|ライフジャケット|泳|水難|遊び|海水浴|安全|探検|散策|ハイキング|原生林|ネイチャー', 'u') },
  // A same-sex couple or mixed marriage called unusual with a laugh, or an unusual family (…ちょっと珍しいご家族ですが（笑）, ママが二人いる、少し変わったおうち).
  { re: phrase(`(?:同性|(?:男性|女性|男|女)同士|ゲイ|レズ|lgbt|トランス|性的(?:少数|マイノリティ)|パートナーシップ|国際結婚|国際カップル|(?:ママ|パパ|お母さん|お父さん)が(?:二人|2人|ふたり))[^\\n]{0,30}?(?:珍し|めずらし|変わった|変わって(?=る|ます|います|ん)|変わり種|異色|風変わり)(?!く|さ)(?:[^。！!\\n]{0,14}?(?:${LAUGH28}|(?<=[ぁ-ゖー〜！!？?…])w+(?![a-z]))|(?:い|な|の)?(?:ご|お)?(?:おうち|家(?![庭具電事賃計屋])|家族|家庭(?!料理|菜園)|夫婦|カップル))`, 'u'), rule: 'decency/discriminatory', severity: 'warn', para: true, wide: true, veto: phrase('(?<!被)差別|偏見|ではありません|珍しくな', 'u') },
  // Round 32. The old waved off as soon to die (どうせ先の短いお年寄り, 年寄りは老い先短いけん, 棺桶に片足突っ込んだ老人).
  { re: phrase(`(?:先の短い|先が短い|先(?:の|は|も)?(?:長く|永く)(?:ない|なか)|(?:あと|残り)(?:数年|わずか|少し)の(?:命|人生)(?:の)?|残り(?:少ない|わずかな)(?:人生|命)(?:の)?|老い先(?:の)?(?:短|長くな)[いか]?|棺(?:桶|おけ)に片足[^。！？!?\\n、]{0,6}?|余命(?:いくばく|幾許)もない|死にかけ(?:の|た)|(?:どうせ|もう)(?:すぐ)?(?:死ぬ|いなくなる|お迎えが来る))(?:ような)?(?:${AGED}|じじい|ばばあ|じじばば|年金(?:暮らし|生活)の(?:方|人)|世代)|(?:${AGED})(?:は|って|なんて|なんか|の方は)[、,]?[^。！？!?\\n]{0,10}?(?:先(?:が|は|も)(?:短|長くな)|老い先(?:が|も)?(?:短|長くな)|棺(?:桶|おけ)に片足|(?:どうせ|もう)(?:すぐ)?(?:死ぬ|いなくなる|お迎え))(?![^。！？!?\\n]{0,8}?(?:と(?:おっしゃ|言|いう|いわ|思|考|話|笑)|って(?:言|思|笑)|なんて|など))`, 'u'), rule: 'decency/discriminatory', severity: 'block', veto: phrase('(?<!被)差別|偏見|ではありません|決めつけ|思い込み', 'u') },
  // A resident's looks laughed at (ごみ屋敷のご主人、見た目もなかなかの迫力でした（笑）, あのおじさんの風貌は完全に山賊w).
  { re: phrase(`(?:ご主人|主人|あるじ|店主|大将|女将|おかみさん|ご亭主|旦那さん|奥さん|住人|住民|市民|入居者|来館者|家主|お兄さん|お姉さん|兄ちゃん|姉ちゃん|(?:お)?(?:じい|ばあ)(?:さん|ちゃん)|おじさん|おばさん|おっちゃん|おばちゃん|(?<![ぁ-ゖ])さん|男性|女性|相談者|利用者|来庁者|お客(?:さん|様))(?:の方)?(?:は|も|の|って|[、,])?[、,]?(?:その|あの)?(?:見た目|外見|容姿|風貌|風体|人相|顔つき|顔立ち|ご面相|面構え|ルックス|体格|体型|体形|髪型|髪形|ヘアスタイル|頭髪)(?:は|も|が|の|[、,])?[^。！？!?\\n]{0,20}?(?:${LAUGH28}|${LAUGH_W}|笑いを(?:こらえ|堪え|我慢)|(?:吹き|噴き|ふき)出(?:し|す|そう))`, 'u'), rule: 'decency/lookism', severity: 'warn', veto: phrase('活か|生か|合わせ|合った|に合う|サイズ|(?:で|によって)(?:判断|区別|対応を変え)|ゆるキャラ|キャラクター|着ぐるみ|きぐるみ|人形|ぬいぐるみ|赤ちゃん|笑顔|ルッキズム|(?<!被)差別', 'u') },
  // Round 33. A group's supposed habit given, with a laugh, as the reason (女の人は化粧直しに時間がかかりますからね（笑）, お年寄りは朝が早いけんね笑).
  { re: phrase(`(?:${R33_FOLK})(?:たち|陣|の皆さん|の方々|の方|さん|方)?(?:は|って|ってのは|というのは|ちゃ)[、,]?[^。！？!?\\n]{0,20}?(?:${R33_HABIT})[^。！？!?\\n]{0,10}?(?:から|けん|ので|んで|もん|もの|と思(?:い|って))(?:ね|ねぇ|ねー|な|なあ|よ|ー|まして)*[ー〜~…。！!]{0,3}(?:[、,]?[^。！？!?\\n]{0,24}?)?(?:${LAUGH28}|${LAUGH_W}|ｗ)`, 'u'), rule: 'decency/stereotype', severity: 'warn', veto: phrase('ではありません|とは限ら|決めつけ|思い込み|固定観念|という声|と思われがち', 'u') },
  // A group named as the cause of a public problem, coming or calling for nothing (待ち時間が長い原因は、ご高齢の方が用もないのに毎日来院されること).
  { re: phrase(`(?:原因|理由|要因|せい|のは)[^。！？!?\\n]{0,14}?(?:暇を持て余(?:した|して(?:い)?る)|暇な|ひまな)?(?:${R33_BLAMED})(?:々|の方々|の皆さん|たち|の方|さん)?(?:が|は|の)[、,]?[^。！？!?\\n]{0,10}?(?:${R33_IDLE})|(?:${R33_BLAMED})(?:々|の方々|の皆さん|たち|の方|さん)?(?:が|は)[、,]?[^。！？!?\\n]{0,10}?(?:${R33_IDLE})[^。！？!?\\n]{0,20}?(?:から|けん|せいで|ので|ため)[、,]?[^。！？!?\\n]{0,16}?(?:混|待ち時間|渋滞|足りな|不足|逼迫|ひっぱく|圧迫|長くな|パンク|迷惑|回らな|困っ|困る)|(?:${R33_BLAMED})(?:々|の方々|の皆さん|たち|の方)?の(?:長話|無駄話|世間話|おしゃべり|長居|居座り|暇つぶし)(?:の)?せい|(?:原因|要因|せい|のは|犯人)(?:は)?[、,]?[^。！？!?\\n]{0,6}?(?:${R33_IDLE})[^。！？!?\\n]{0,16}?(?:${R33_BLAMED})`, 'u'), rule: 'decency/discriminatory', severity: 'warn', veto: phrase('ではありません|とは限ら|決めつけ|偏見|誤解', 'u') },
  // 部落 or 同和 said of a district as its repute or as the reason others object (あの地区は昔から部落だと言われとるけん, 同和地区だって噂があるから).
  { re: phrase(`(?:地区|地域|集落|町|村|辺り|あたり|あそこ|土地|場所|団地|校区|界隈|一帯|エリア)(?:は|って|も|が|の方は)?[、,]?[^。！？!?\\n]{0,12}?(?:(?<=元|旧)|(?<![一-龥]))(?:部落|ぶらく|同和|どうわ)(?:の)?(?:地区|地域)?(?:だ|や|じゃ)?(?:った|ったと)?(?:(?:と|って|とか|っち|て)[^。！？!?\\n]{0,6}?(?:言われ|いわれ|言いよ|言う人|聞い|聞き|聞く|噂|うわさ|呼ばれ|よばれ)|らしい|(?:という|との|って)(?:噂|うわさ|話)|(?:から|けん|ので|なので)[、,]?[^。！？!?\\n]{0,16}?(?:反対|嫌が|いやが|避け|住みたがら|買わ|売れ|敬遠))|(?<![一-龥])(?:部落|同和(?:地区|地域)?)(?:が|の)(?:あった|ある)(?:場所|所|ところ|土地|地区|地域)(?:だ|や)?(?:と|って|という|との)[^。！？!?\\n]{0,4}?(?:話|噂|うわさ|言われ|いわれ|聞)`, 'u'), rule: 'decency/discriminatory', severity: 'block', veto: phrase('(?<!被)差別|人権|啓発|解消|偏見|学習|研修|許され', 'u') },
  // Looks likened to a named person's, as the joke (市長の頭みたいにすっかり寂しく（笑）, 課長のお腹のようにぽっこり).
  { re: phrase(`(?:${TEASED}|校長|教頭|社長|会長|議長|先生|親父|おやじ|旦那|父)(?:の)(?:頭|髪(?:の毛)?|頭髪|生え際|おでこ|額|顔|お腹|おなか|腹|体型|ほっぺ|頬|鼻|お尻)(?:みたい|のよう|並み|そっくり|くらい|ぐらい|と同じ)(?:に|な|で|く)?[^。！？!?\\n]{0,12}?(?:${R33_LOOK})(?:[^。！？!?\\n]{0,20}?(?:${LAUGH28}|${LAUGH_W}|ｗ)|(?<=(?:頭|髪(?:の毛)?|生え際)[^。！？!?\\n]{0,16}(?:寂し|さみし|薄|うす|ハゲ|はげ|禿|つるつる|ぴかぴか)))|まるで(?:${TEASED}|校長|教頭|社長|会長|議長|先生|親父|おやじ|旦那|父)の(?:頭|おでこ|額|お腹|おなか)(?:です|だ|や|じゃん|状態)?[ー〜~…。！!]{0,3}(?:${LAUGH28}|${LAUGH_W}|ｗ)`, 'u'), rule: 'decency/lookism', severity: 'warn', veto: phrase('ゆるキャラ|キャラクター|着ぐるみ|きぐるみ|ぬいぐるみ|人形|赤ちゃん', 'u') },
  // Hiring that asks for a sex or an age, or calls women or disabled people unfit (できれば若い男性で, 女性や障がいのある方にはちょっと難しいかも).
  { re: phrase(`(?:できれば|出来れば|なるべく|できたら|可能なら|理想は|欲を言えば|本音を言えば|希望としては)[、,]?[^。！？!?\\n]{0,10}?(?:${R33_HIRED})(?:の方|の人)?(?:で|が(?:いい|良い|望まし|助か|理想|ありがた)|を(?:希望|優先|歓迎|採用)|希望|歓迎|優先|限定|だと(?:助か|ありがた|嬉し|うれし)|なら(?:助か|ありがた)|に限)|(?:${R33_HIRED})(?:の方|の人)?(?:を)?(?:希望(?:します|です|。|$)|優先(?:します|的に|して採用))|(?:(?:若い|若手の?|(?:[0-9０-９]0|二十|三十|四十)代(?:まで|前半)?の?)(?:(?<![一-龥])(?:男性|女性)|男の(?:人|方)|女の(?:人|方))|若い(?:方|人))(?:の方|の人)?(?:だと|なら|が)(?:助か|ありがた|嬉し|うれし|望まし|理想)|(?:若くて|若い|(?:[0-9０-９]0|二十|三十|四十)代(?:まで|前半)?の)[^。！？!?\\n]{0,6}?(?:(?<![一-龥])(?:男性|女性)|男の(?:人|子)|女の(?:人|子))(?:の)?(?:スタッフ|職員|社員|従業員|アルバイト|パート|作業員|ドライバー|方)?(?:を|の)?(?:募集|急募|求む|求めて)|(?<![一-龥])(?:女性|男性)より(?:も)?(?:男性|女性)(?:の方|のほう)が(?:いい|良い|向いて|望まし|助か)|(?:(?<![一-龥])女性|女の(?:人|子|方)|${DISABLED})(?:や|、|・|と|の方)?[^。！？!?\\n]{0,14}?(?:には|は)[、,]?[^。！？!?\\n]{0,6}?(?:難し|むずかし|厳し|きつ|無理(?!せず|しない|をせず|をしない|なく|のない)|不向き|向かな|向いてい(?:ない|ません)|向きません|務まらな)`, 'u'), rule: 'decency/discriminatory', severity: 'block', topic: phrase('募集|急募|求人|求む|採用|アルバイト|バイト|パート(?!な)|応募|働き手|人材|従業員|作業員', 'u'), pveto: phrase('婚活|出会い|縁結び|パーティ|交流会', 'u'), veto: phrase('限定|専用|検診|健診|更衣|授乳|相談員|女性消防|女性の視点|男女問わ|性別(?:不問|を問わ|に関係|に関わ|にかかわ)|ご相談|配慮|サポート|支援|合理的|ではありません|とは限ら', 'u') },
  // Round 34. A people or the old named as the cause of a public problem by a harm they do (シラスウナギが獲れないのは、中国人が稚魚を根こそぎ買い占めていくからです, …のは、お年寄りが増えすぎて…からです).
  { re: phrase(`(?:の[はも]|(?<=[るたい])とは|原因は|理由は|要因は)[、,]?[^。！？!?\\n]{0,8}?(?:${G34})(?:々|たち|の方々|の皆さん|の方|さん|ら|連中)?(?:が|の)[、,]?[^。！？!?\\n]{0,20}?${HARM34}[^。！？!?\\n]{0,14}?(?:から|けん|せい)`, 'u'), rule: 'decency/discriminatory', severity: 'block', veto: phrase('ではありません|ではない|とは限ら|決めつけ|偏見|誤解|デマ|根拠|(?<!被)差別|(?:という|との)(?:声|意見|話|うわさ|噂)|一部', 'u') },
  // The group as a modifier of the culprit (駐車場不足の原因は、…お年寄りの車です).
  { re: phrase(`(?:原因|要因|犯人)は[、,]?[^。！？!?\\n]{0,20}?(?:${G34})(?:々|たち|の方々|の方)?の(?:車|自転車|バイク|ごみ|ゴミ|長居|迷惑駐車|路上駐車|違法駐車|マナー|騒音|子(?:ども|供)?(?:たち)?)(?:です|だ|や|でしょう|なん|ばかり|ばっかり|[。！!]|$)|(?:${G34})(?:々|たち|の方々|連中)?のせい(?=です|だ(?!け|と)|や(?!と)|でしょう|だろう|なん|[。！!]|$)`, 'u'), rule: 'decency/discriminatory', severity: 'block', veto: phrase('ではありません|ではない|とは限ら|決めつけ|偏見|誤解|デマ|根拠|(?<!被)差別|(?:という|との)(?:声|意見|話|うわさ|噂)|一部', 'u') },
  // A sex's supposed quitting on marriage or birth as the reason to prefer the other (女性は結婚や出産で辞める方も多いので、長く働ける男性の…応募を).
  { re: phrase(`(?:(?<![一-龥])(?:女性|女子)|女の(?:人|子|方))(?:職員|社員|スタッフ|の方)?(?:は|って|だと|の場合|なら)[、,]?[^。！？!?\\n]{0,12}?(?:結婚|出産|妊娠|育児|子育て|家庭|寿)[^。！？!?\\n]{0,10}?(?:辞め|やめ|退職|退社|離職|抜け|休|いなくな)[^。！？!?\\n]{0,14}?(?:ので|から|ため|けん|し)[、,]?[^。！？!?\\n]{0,24}?(?:(?<![一-龥])男性|男の(?:人|方|子)|男子|採用|雇|応募|募集)|(?:(?<![一-龥])男性|男の(?:人|方))(?:の方|のほう)が(?:長く|長続き|辞めにく|辞めな|定着)|(?:長く|長期(?:間|的に)?|ずっと|定年まで)(?:働ける|働いてくれる|働いてもらえる|勤められる|勤めてくれる|続けられる)(?:(?<![一-龥])男性|男の(?:人|方|子)|男子)|(?:結婚|出産|妊娠|育児|子育て|産休|育休|寿退社|寿退職)[^。！？!?\n]{0,14}?(?:心配|不安|懸念|リスク|恐れ|おそれ|可能性)(?:が|の)?(?:少な|な(?=い|く|し)|無|低|薄)[^。！？!?\n]{0,10}?(?:(?<![一-龥])男性|男の(?:人|方|子)|男子)`, 'u'), rule: 'decency/discriminatory', severity: 'block', topic: phrase('募集|採用|応募|求人|試験|雇|人材|職員|歓迎|優遇|求む|医師|スタッフ', 'u'), veto: phrase('支援|両立|継続|復帰|ではありません|とは限ら|ざるを得|余儀な|やむを得|環境|制度|なくそう|なくす|応援|サポート|相談|課題|偏見|固定観念|ハラスメント|違反|男女問わ|性別(?:不問|を問わ|に関係|に関わ|にかかわ)', 'u') },
  // A sneer at long life or at the old's numbers (長生きも考えものですね, 年寄りばかり長生きして, 高齢者が増えすぎて).
  { re: phrase(`長生き(?:も|は|なんて|なんか|するのも|しすぎるのも|しても|されても)[、,]?[^。！？!?\\n]{0,4}?(?:考えもの|考え物|困りもの|困り物|善し悪し|良し悪し|よしあし|ほどほど|迷惑|罪)|長生きし(?:すぎ|過ぎ)(?!ない|ず)|長生きされ(?:ても|ると|たら)[^。！？!?\\n]{0,8}?(?:困|迷惑)|(?:${AGED}|じじい|ばばあ)(?:ばかり|ばっかり|ばっか)(?:が)?[^。！？!?\\n]{0,4}?長生き|(?:いつまでも|なかなか)(?:死なな|死なん|死にませ|くたばら)|(?:(?:${NATION})(?:人|系)|${R33_BLAMED})(?:が|ばかり)[^。！？!?\\n]{0,2}?増え(?:すぎ|過ぎ)`, 'u'), rule: 'decency/discriminatory', severity: 'warn', veto: phrase('秘訣|祝|おめでと|健康寿命|ではありません|とは限ら|偏見', 'u') },
  // Round 35. A woman as the bait for men, or a man for women (若い女の子が来てくれたら男性の利用者も増えるかも笑, 受付に美人を置けばおじさんたちも喜んで通う), or as 客寄せ.
  { re: phrase(`${BAIT35(WOMAN35, '(?<![一-龥])(?:男性|男子|男(?!の子))(?:の)?(?:利用者|お客|客|来場者|参加者|職員|陣|たち|ファン|リピーター)?|おじさん|おっさん|おじちゃん|男衆')}|${BAIT35(MAN35, '(?<![一-龥])(?:女性|女子)(?:の)?(?:利用者|お客|客|来場者|参加者|ファン|リピーター)?|おばちゃん|おばさん|奥様|奥さん|マダム|主婦')}|(?:${WOMAN35}|${MAN35})(?:を|が|は|に)[^。！？!?\\n]{0,8}?(?:客寄せ|(?:置|座らせ|立たせ|配置|採用|選|そろえ|揃え|並べ)[^。！？!?\\n]{0,4}?(?:ほうが|方が|ると|れば)[、,]?[^。！？!?\\n]{0,10}?(?:印象|華やか|受けが|ウケが|評判|喜ばれ|映え|目を引))|(?:男性|おじさん|(?<![一-龥])男)(?:客|の(?:お客|利用者|来場者))?(?:を|が)[^。！？!?\\n]{0,6}?(?:呼び込|集め|呼ぶ|増や|喜ば|釣)[^。！？!?\\n]{0,6}?(?:ため|よう|には)[、,]?[^。！？!?\\n]{0,16}?(?:${WOMAN35}|(?:[0-9０-９]0|二十)代(?:の)?女性|女性(?:に|を|の)?(?:限定|限|そろえ|揃え))|(?:(?:美人|美女|イケメン)(?:の|な)?|(?:(?:見た目|容姿|ルックス|顔|スタイル)(?:の|が)(?:いい|良い|華やかな|きれいな|綺麗な|整った)|容姿端麗な?|水着(?:の|が)似合う)(?=[^。！？!?\\n]{0,3}?(?:応募者|女性|男性|女の子|女子|お姉さん)))(?:若い)?(?:応募者|女性|男性|女の子|女子大生|女子高生|お姉さん)?(?:を|から)[^。！？!?\\n]{0,4}?(?:優先|採用し|選び|選ん|選考|合格|募集)`, 'u'), rule: 'decency/discriminatory', severity: 'block', veto: phrase('定住|移住|人口|定着|住み|結婚|婚活|まちづくり|少子化|ではありません|固定観念|(?<!被)差別', 'u') },
  // … or a woman wanted to brighten the place or as the applicant (女の子が入ってくれたら職場が華やぐ, 女子大生の応募、待ってます！), warn; block with a laugh or looks.
  { re: phrase(`(?:${WOMAN35}|女の子)(?:が|に)[^。！？!?\\n]{0,10}?(?:たら|れば|(?<=[るた])と)[、,]?[^。！？!?\\n]{0,10}?(?:華やぐ|華やか|華が(?:出|ある|でき|添)|潤(?:う|い)|うるお|明るくな|癒され|目の保養|和(?:み|む|や))|(?:女子大生|女子高生|若い(?:女性|女の子|お姉さん)|女の子|かわいい子)(?:の|から(?:の)?)(?:ご)?(?:応募|参加)[、,]?[^。！？!?\\n]{0,4}?(?:待って|お待ち|大歓迎|歓迎)`, 'u'), rule: 'decency/discriminatory', severity: 'warn', upgrade: phrase(`${LAUGH28}|笑|かわい|可愛|美人|[♡💕]`, 'u'), veto: phrase('向け|限定|女子会|キャリア|理系|専用|女性活躍|ではありません|固定観念|定住|移住|人口|住み|まちづくり', 'u') },
  // The old or a people blamed for a slow desk or a queue (時間がかかるのは、だいたいお年寄りの手続きです, 列が進まない原因は、ほとんどが高齢者, 混むのは高齢者が操作に手間取るせい), warn.
  { re: phrase(`(?:${SLOW35})[^。！？!?\\n]{0,8}?(?:(?:の|ん)は|原因は|要因は)[、,]?[^。！？!?\\n]{0,8}?(?:${R33_BLAMED}|${G34})(?:々|たち|の方々|の方|さん|世代)?(?:(?:の(?:お|ご)?(?:手続き|申請|方|人|対応|利用|相談|お客|客))?(?:です|だ|や|でしょう|なん|ばかり|ばっかり|ばっか|が(?:多|大半|ほとんど)(?:い|いです|いですね|いね)?(?=[。！!…]|$)|(?=[。！!…]|$))|(?:が|の)[^。！？!?\\n]{0,16}?(?:${SLOW35}|ゆっくり|理解でき|わから|分から|もたつ|覚えられ)[^。！？!?\\n]{0,8}?(?:から|せい|ため|けん|ので))|(?:${R33_BLAMED})(?:の方|の皆さん)?(?:の(?:お|ご)?(?:手続き|申請|対応|相談|会計|支払い|精算))?(?:は|には|って|だと)[、,]?[^。！？!?\\n]{0,8}?(?:${SLOW35})(?:る|って|く|い)?(?:ので|から|けん|ため|し|て)[、,]?[^。！？!?\\n]{0,12}?(?:混|待|迷惑|列|滞|遅れ|進ま|困|優先)|(?:手続き|動作|理解|説明|操作|会計|支払い)(?:が|の)(?:遅い|のろい|時間(?:が|の)かかる)(?:${R33_BLAMED})`, 'u'), rule: 'decency/stereotype', severity: 'warn', need: ['時間', '手間', '遅', '混', '滞', '長引', '進ま', '止ま', '詰ま', '待'], veto: phrase('ではありません|ではない|とは限ら|決めつけ|偏見|誤解|(?<!被)差別|一部|場合|横断|歩行|ドライバー|運転|注意|余裕|配慮', 'u') },
  // … and told to come with the young (ご高齢の方はできるだけ若いご家族と一緒に来てください), warn.
  { re: phrase(`(?:${R33_BLAMED})(?:の方|の皆さん|の皆様)?(?:は|には|の場合は)[、,]?[^。！？!?\\n]{0,20}?若い(?:ご家族|家族|方|人|世代|お子さん|息子さん|娘さん|者|もん)[^。！？!?\\n]{0,12}?(?:来て|来庁|来所|来館|来場|お越し|いらして|おいで)`, 'u'), rule: 'decency/stereotype', severity: 'warn' },
  // A group set apart so that the others feel safe or at ease (障害のある子が多いクラスを分けて…ほかの保護者の皆さんも安心, ほかの利用者さんが安心できるよう、認知症の方は別のフロアで).
  { re: phrase(`(?:${G35})[^。！？!?\\n]{0,24}?(?:${APART35}[^。！？!?\\n]{0,24}?(?:${OTHERS35}|(?:みなさん|皆さん|皆様|みなさま|みんな)(?:が|も)?)[^。！？!?\\n]{0,10}?${EASE35}|${OTHERS35}[^。！？!?\\n]{0,10}?${EASE35}[^。！？!?\\n]{0,16}?${APART35})|${OTHERS35}[^。！？!?\\n]{0,10}?${EASE35}[^。！？!?\\n]{0,12}?(?:よう|ため|から|ので)[、,]?[^。！？!?\\n]{0,10}?(?:${G35})[^。！？!?\\n]{0,20}?${APART35}|(?:${G35})(?:が|と)(?:いる|おる|入る|来る|一緒(?:の[^。！？!?\\n]{0,4}?)?だ)と[、,]?[^。！？!?\\n]{0,4}?${OTHERS35}[^。！？!?\\n]{0,8}?(?:落ち着|集中|勉強|安心|楽し)[^。！？!?\\n]{0,6}?(?:でき(?:ない|ず|ん)|られ(?:ない|ず|ん)|ません)`, 'u'), rule: 'decency/discriminatory', severity: 'block', need: ['安心', '落ち着', 'のびのび', '伸び伸び', '集中', '気兼ねなく', '快適', '苦情', '文句', '不満', '不安', '怖が', '戸惑', '嫌が'], veto: phrase('(?<!被)差別|偏見|人権|希望|ご本人|休憩|個別|用意|設け|感染|アレルギー|有無|関係なく|かかわらず|関わらず|一緒に(?:過ご|学|遊|参加|楽し)|ともに|共に|専用|スロープ|段差|エレベーター|見守|(?<!特別)支援(?!学級|学校)|サポート|指導|日本語', 'u') },
  // A group's haunt to be prevented, or its arrival the reason for guards (外国人のたまり場にならないよう警備を強化, 実習生が増えてきたので防犯パトロールを強化).
  { re: phrase(`(?:${GUARDED35})(?:の|が集まる|が集まって(?:くる|いる)?)(?:たまり場|溜まり場|溜り場|巣窟|根城|アジト)|(?:${GUARDED35})(?:による|対策|(?:が|の)(?:増え|増加|急増|多く住|住み|住む|住んで|居つ|居着|集ま|集住|出入り|たむろ|流入|転入|寮|宿舎|受け?入れ|来る|来て|来ら|来館|来訪|来店|滞在|宿泊))[^。！？!?\\n]{0,16}?(?:警備|防犯|パトロール|見回り|巡回|監視|警戒|夜回り)(?:カメラ|員|体制|活動)?(?:を|の|も)?(?:強化|増や|増員|増設|設置|徹底|厳重|強め|配置|常駐)`, 'u'), rule: 'decency/discriminatory', severity: 'block', veto: phrase('人気|交流|憩い|にぎわ|賑わ|多言語|案内|通訳|混雑|雑踏|大勢|人出|被害|狙|詐欺|事故|迷子|熱中症|交通|避難|災害|(?<!被)差別|偏見|(?:皆さん|方|方々)(?:が安心|の安全)', 'u') },
  // Round 36. A district's residents hinted at by a pointing word, and their living there given as the reason of a nuisance or a bad name (…臭いがひどい地区って、昔から “あっちの人たち” が住んどるところやけんね, ああいう人らが固まって住んどるけん物騒).
  { re: phrase(`(?:${HINTED36})${LIVING36}[^。！？!?\\n]{0,6}?(?:ところ|とこ|所|地区|地域|場所|あたり|辺り|辺|集落|団地)?(?:やけん|やけ|じゃけん|だから|やから|じゃから|ですから|なので|なんで|やし|だし|けん|けえ|から(?:ね|な|[。…！!]|$)|らしい)|(?:臭|くさ|汚|きたな|治安|物騒|荒れ|柄が|ガラが|怖|こわ|近寄ら|近づか|行かん|行かない|避け)[^。！？!?\\n]{0,24}?(?:${HINTED36})${LIVING36}|昔から[^。！？!?\\n]{0,6}?[“"「『](?:${HINTED36})${LIVING36}`, 'u'), rule: 'decency/discriminatory', severity: 'block', need: ['あつち', 'あちら', 'あそこ', 'あの辺', 'あのへん', 'あのあたり', 'ああいう', 'そういう', '例の', '川向こう', '“特', '「特', '"特', '『特', '訳あり', 'わけあり', 'ちよつと違う'], veto: phrase('(?<!被)差別|偏見|人権|啓発|ではありません|決めつけ|誤解|(?:という|との)(?:声|意見|噂|うわさ)', 'u') },
  // A sex taken along or set out to brighten an occasion (場を華やかにするため若い女性職員を同行させます, 女性職員を並べて会場に華を添え), warn.
  { re: phrase(`(?:華やか(?:に|さを)|華(?:を|が)(?:添え|出|そえ)|花を(?:添え|そえ)|彩りを(?:添え|そえ)|見栄え|(?:写真|絵)?(?:映え|ばえ)|絵になる)(?:を|が)?(?:良く|よく)?(?:する|させる|なる|出す)?(?:ため|ように|よう|目的で|狙いで|のに|には)[、,]?[^。！？!?\\n]{0,12}?${WOMAN36}(?:を|に)(?:も)?[^。！？!?\\n]{0,8}?${PLACED36}|${WOMAN36}を[^。！？!?\\n]{0,8}?${PLACED36}[^。！？!?\\n]{0,16}?(?:華やか|華を添え|花を添え|彩りを添え|華が出|見栄え|映え|盛り上げ|和ませ|潤い|目の保養|癒し)`, 'u'), rule: 'decency/stereotype', severity: 'warn', need: ['華', '花を', '彩り', '見栄え', '映え', 'ばえ', '絵になる', '盛り上げ', '和ませ', '潤い', '目の保養', '癒し'], veto: phrase('合唱|コーラス|演奏|ダンス|踊り|舞踊|演技|出演|生け花|活け花', 'u') },
  // A disabled group told to refrain with the others' bother as the reason (車いすの方のご利用はご遠慮ください。ほかの利用者のご迷惑になります), not an accessibility notice that offers help.
  { re: phrase(`(?:${TURNED36})[^。！？!?\\n]{0,24}?(?:(?:${REFRAIN36})(?:[^。！？!?\\n]{0,30}?|[^。！？!?\\n]{0,12}?[。！!][^。！？!?\\n]{0,4}?${OTHERS36})(?:${BOTHER36})|(?:${BOTHER36})[^。！？!?\\n]{0,20}?(?:${REFRAIN36}))|${OTHERS36}(?:${BOTHER36})[^。！？!?\\n]{0,12}?[。！!、,]?[^。！？!?\\n]{0,12}?(?:${TURNED36})[^。！？!?\\n]{0,16}?(?:${REFRAIN36})`, 'u'), rule: 'decency/discriminatory', severity: 'block', para: true, wide: true, need: ['迷惑', '邪魔', 'じやま', '妨げ'], veto: phrase('(?:お手伝い|介助|サポート|ご案内|ご用意|ご相談|お申し出|お声(?:かけ|がけ))(?:いたし|します|しますので|ください|を|が可能)|(?<!被)差別|偏見|人権|ではありません|という(?:声|ご意見)', 'u') },
  // A sexual joke about a case (オス猫1匹にメス猫10匹のハーレム状態でした。ある意味うらやましい), warn.
  { re: phrase(`(?:ハーレム|酒池肉林|一夫多妻|一妻多夫|夜の(?:営み|生活|運動会|お楽しみ))[^\\n]{0,40}?(?:うらやまし|羨まし|うらやま|あやかりたい|あやかれ|男の(?:夢|ロマン)|代わって(?:ほし|欲し|もらいたい)|代わりたい|いい(?:ご)?身分|${LAUGH28})|(?:交尾|子作り|種付け|繁殖)[^\\n]{0,30}?(?:うらやまし|羨まし|あやかりたい|男の(?:夢|ロマン)|お盛ん|代わって(?:ほし|欲し|もらいたい)|代わりたい)|(?:うらやまし|羨まし)[^。！？!?\\n]{0,10}?(?:ハーレム|酒池肉林)|(?:アダルト|成人向け)(?:な)?(?:雑誌|本|dvd|ビデオ|グッズ|動画)[^\\n]{0,30}?(?:役得|お宝|得した|ラッキー|赤面|${LAUGH28})`, 'u'), rule: 'decency/sexual', severity: 'warn', para: true, need: ['あだると', '成人向け', 'はーれむ', '酒池肉林', '一夫多妻', '一妻多夫', '夜の', '交尾', '子作り', '種付け', '繁殖', 'うらやまし', '羨まし'], veto: phrase('(?<!被)差別|ハラスメント|セクハラ', 'u') },
  // A body shape tied to ability (体型がふくよかな人ばかり…運動不足で仕事も遅くなるのかな, 太ってる人は動きがのろい), warn.
  { re: phrase(`(?:${BODY36})[^\\n]{0,50}?(?:${ABILITY36})|(?:仕事|作業|動き|対応)(?:が|の)(?:遅|のろ|とろ)[^\\n]{0,20}?(?:${BODY36})`, 'u'), rule: 'decency/stereotype', severity: 'warn', para: true, wide: true, need: ['ぽつちやり', '太つ', '太め', 'ふくよか', 'でぶ', '体格', '大柄', '体型', 'お腹', 'おなか', '肥満', 'めたぼ', 'がりがり', 'ひょろひょろ', 'やせつぽち', '痩せつぽち'], veto: BODY36_VETO },
  // Round 38. Young women staff set out to please the men (若い女性職員を多めに配置しました。年配の男性有権者の方にはそのほうがウケがいいので).
  { re: phrase(`(?:${WOMAN35}|若手の?女性(?:職員|スタッフ)?)(?:を|が|に|ばかり|ばっかり)?[^。！？!?\\n]{0,10}?(?:${PLACED36}|置|起用|担当|中心|多め|多く)[^。！？!?\\n]{0,16}?[。！!、,]?[^。！？!?\\n]{0,24}?(?:(?<![一-龥])男性|男の(?:人|方)|おじさ|おじいちゃん|おじい様|おっちゃん|殿方|オヤジ|親父)[^。！？!?\\n]{0,16}?(?:ウケ(?:が|も)?(?:いい|良)|受け(?:が|も)?(?:いい|良)|喜(?:ば|ん|ぶ|び)|(?:ご)?機嫌(?:が|も)?(?:いい|良)|評判(?:が|も)?(?:いい|良)|好評|鼻の下|ニコニコ|にこにこ)|(?:(?<![一-龥])男性|おじさ|おじいちゃん|殿方|オヤジ|親父)[^。！？!?\\n]{0,10}?(?:ウケ|受け|喜|機嫌|評判)[^。！？!?\\n]{0,16}?(?:ので|から|ため|狙|よう)[^。！？!?\\n]{0,16}?(?:${WOMAN35})(?:を|に|で)?[^。！？!?\\n]{0,8}?(?:${PLACED36}|置|固め|担当|任せ|起用|中心)`, 'u'), rule: 'decency/discriminatory', severity: 'block', para: true, need: ['男', 'おじ', 'おつちやん', '殿方', 'おやじ', '親父'], veto: phrase('婚活|固定観念|(?<!被)差別|ではありません|研修|キャリア', 'u') },
  // A protected group named as the usual doer of a problem (多頭飼育になる人って、だいたい心の病気を抱えてる人, ごみ屋敷になるのはたいてい精神疾患のある方).
  { re: phrase(`(?:多頭飼育|ごみ屋敷|ゴミ屋敷|虐待|トラブル|事件|犯罪|苦情|クレーム|滞納|未納|騒音|迷惑|暴力|暴れ|ストーカー|放火|万引き|不法投棄|ポイ捨て|問題を起こ)(?:(?!被害|遭|巻き込|狙わ|され|受け|相談|支援|防)[^。！？!?\\n]){0,12}?(?:人|者|方|親|飼い主|住人|住民|家庭|世帯|の)(?:って|は|というのは|ってのは)[、,]?(?:正直|ぶっちゃけ|やっぱり|やはり|結局|実際)?[、,]?(?:だいたい|大体|たいてい|大抵|ほとんど(?:が|は)?|ほぼ|大半(?:が|は)?|決まって|十中八九)[、,]?[^。！？!?\\n]{0,8}?(?:心の病|精神(?:疾患|障|の病|科|的な病)|(?:精神|心|メンタル)(?:を|的に)(?:病|やられ)|メンタルの病|うつ|鬱|統合失調|発達障|知的障|障(?:害|がい|碍)|依存症|アスペ|adhd|自閉|外国(?:人|籍)|(?:${NATION})人|生活保護|ひとり親|母子家庭|同和|部落)`, 'u'), rule: 'decency/discriminatory', severity: 'block', need: ['多頭飼育', 'ごみ屋敷', '虐待', 'とらぶる', '事件', '犯罪', '苦情', 'くれーむ', '滞納', '未納', '騒音', '迷惑', '暴力', '暴れ', 'すとーかー', '放火', '万引き', '不法投棄', 'ぽい捨て', '問題を起こ'], veto: phrase('偏見|(?<!被)差別|決めつけ|誤解|とは限ら|ではありません|わけではな|と思われがち|言われがち|ではなく', 'u') },
  // A pointed-at district's trouble put down to its 土地柄 (滞納が多いのは、やっぱりあの地区の団地ですね。昔からの土地柄でしょうか): 部落 implied.
  { re: phrase(`(?:${R38_TROUBLE})[^\\n]{0,40}?${R38_PLACE}[^\\n]{0,30}?土地柄|${R38_PLACE}[^\\n]{0,40}?(?:(?:${R38_TROUBLE})[^\\n]{0,30}?土地柄|土地柄[^\\n]{0,30}?(?:${R38_TROUBLE}))|土地柄[^\\n]{0,20}?${R38_PLACE}[^\\n]{0,30}?(?:${R38_TROUBLE})`, 'u'), rule: 'decency/discriminatory', severity: 'block', para: true, need: ['土地柄'], veto: phrase('水害|災害|浸水|地盤|気候|風土|農業|伝統|祭り|人情|温か|あたたか|改善|偏見|(?<!被)差別|ではありません|わけではな', 'u') },
  // A disabled group seated apart so as not to be in the way (障害のある方には、式典の進行の邪魔にならないよう会場の一番後ろの席をご用意).
  { re: phrase(`(?:${TURNED36})(?:(?!邪魔|じゃま|迷惑)[^。！？!?\\n]){0,16}?(?:には|は)[、,]?[^。！？!?\\n]{0,16}?(?:(?:邪魔|じゃま|(?:ご)?迷惑)(?:に|と)?(?:なら(?:ない|ん|ぬ)|なりません)|目立た(?:ない|ぬ))(?:よう|ように)[、,]?[^。！？!?\\n]{0,24}?(?:一番後ろ|袖|控室|控え室|外で|最後尾|最後列|後方|後ろ|隅|すみ|端|別室|別の部屋|別会場|別の会場|別席|離れた|ロビー|別フロア|廊下)`, 'u'), rule: 'decency/discriminatory', severity: 'block', need: ['邪魔', 'じやま', '迷惑', '目立た'], veto: phrase('視界|見やす|避難|出口|非常口|安全', 'u') },
  // A body teased in a call to come (太ってる人こそ受けてほしい, 体型が気になる方ほど来てくれない), warn.
  { re: phrase(`${R38_FAT}(?:こそ|に限って)|(?:${R38_FAT}|(?:体型|体形|体重|お腹|おなか|腹回り)(?:が)?(?:気になる|ヤバい|やばい|(?:やばめ|ヤバめ)な?)(?:方|人))(?:ほど|に限って)[^。！？!?\\n]{0,12}?(?:来(?:て(?:くれ)?)?(?:ない|ません|ん)|(?:受け|参加し)て(?:くれ)?(?:ない|ません|ん)|サボ)`, 'u'), rule: 'decency/lookism', severity: 'warn', need: ['太つ', 'ぽつちやり', 'でぶ', 'ほど', '限つて'], veto: phrase('偏見|ではありません|とは限ら', 'u') },
  // Round 40. A woman's worth in bearing children (子どもを産んでこそ一人前の女性), a disabled employee confined to simple work after
  // a mistake (障害者雇用枠の職員であり、今後は単純作業のみを担当させます), the old jeered at with a masked ボケ (年寄りはボ〇てるから),
  // women invited in swimwear to draw the men (次は水着で来てくれたら、おじさん団員がもっと集まる).
  { re: phrase('(?:産んで|生んで|産み|結婚して|嫁いで|母親になって|子を持って)(?:こそ|初めて|はじめて)[^。！？!?\\n]{0,8}?一人前'), rule: 'decency/discriminatory', severity: 'block', need: ['一人前'], veto: phrase('偏見|思い込み|ではありません|ではない|という(?:考え|声|言葉|価値観)|押し付け|押しつけ', 'u') },
  { re: phrase('(?:障(?:害|がい|碍)者雇用|障(?:害|がい|碍)(?:の)?ある職員|障(?:害|がい|碍)者枠)[^。！？!?\\n]{0,40}?(?:単純作業|簡単な(?:作業|仕事)|軽作業|雑用)(?:の)?(?:のみ|だけ|しか)'), rule: 'decency/discriminatory', severity: 'block', need: ['単純作業', '簡単な', '軽作業', '雑用'] },
  { re: phrase('(?:年寄り|高齢者|老人|じいさん|ばあさん|じいちゃん|ばあちゃん|ジジイ|ババア)(?:は|って|なんて|なんか)[^。！？!?\\n]{0,10}?(?:ボ|ぼ)[〇○●◯×✕*＊■□](?:て|け|た)'), rule: 'decency/discriminatory', severity: 'block' },
  { re: phrase('(?:水着|ビキニ|ミニスカ(?:ート)?|セクシーな(?:服|格好|衣装))(?:で|姿で)[^。！？!?\\n]{0,6}?(?:来て|参加して|お越し|来られ)(?:くれ|もらえ|いただけ|いただい)?(?:たら|れば)'), rule: 'decency/sexual', severity: 'block', need: ['水着', 'びきに', 'みにすか', 'せくしー'], pveto: phrase('プール|水泳|海水浴|着替え|更衣|シャワー|水遊び|ウォーター|潮干狩り', 'u') },
  // Round 39. A disabled or foreign group as the staff's extra work (車いすの方が増えるとスタッフの手間も増える).
  { re: phrase(`(?:${TURNED36}|外国(?:人|の方|籍の方)|実習生|高齢者|お年寄り)(?:の方)?(?:が|の(?:利用|来館|来場|参加)が)(?:増える|増えれば|増えたら|来ると|来れば|来たら)[と、,]?[^。！？!?\\n]{0,20}?(?:手間|負担|仕事|人手|コスト|面倒|対応)(?:が|も)(?:増え|かか|大変)`), rule: 'decency/discriminatory', severity: 'block', need: ['増え', '来'], veto: phrase('支援|配慮|増員|体制を整え|準備|研修|歓迎', 'u') },
  // Round 39. The disabled set against "normal people" (“普通の人”と同じように働けるように, 障害があっても普通の子と同じ): an other made of them.
  { re: phrase('[“「『"〝]?普通の(?:人|方|子|お子さん|人たち)[”」』"〟]?(?:と同じ|並み|のように|みたいに)'), topic: phrase('障(?:害|がい|碍)|車(?:いす|椅子)|発達障|知的障|精神障|難病', 'u'), rule: 'decency/discriminatory', severity: 'warn', veto: phrase('ではなく|じゃなく|という(?:言い方|表現|言葉)|偏見|思い込み|とは何|もない(?:子|人|方)も|インクルーシブ|誰もが|だれもが|みんなが|分け隔て|一緒に', 'u') },
  // Round 39. Dementia as a jibe at a person (もうボケが始まったんじゃないか, ボケてきた議員): an illness made an insult.
  { re: phrase('(?:ボケ|ぼけ|呆け)(?:が)?(?:始まっ|始まり|来て|きて|進んで)|(?:もう|完全に|とうとう)(?:ボケ|ぼけ|呆け)(?:て|た)|(?:ボケ|ぼけ)老人|(?:ボケ|ぼけ)じじい|(?:ボケ|ぼけ)ばばあ'), rule: 'decency/discriminatory', severity: 'block', veto: phrase('防止|予防|ツッコミ|つっこみ|漫才|写真|ピント|背景|花|木瓜', 'u') },
  // Round 41. A wish to peep at a women's space or at women changing, said as a joke (女子トイレが広くなったので、男性職員も思わずのぞきたく
  // なりますね（笑）, 女湯、ちょっと覗いてみたい): voyeurism made light of, warn; not a warning against it, not an invitation (のぞいてみたい方は).
  { re: phrase(`(?:${WOMEN_SPACE41})[^\\n]{0,40}?(?:${PEEP41})|(?:${PEEP41})[^。！？!?\\n]{0,16}?(?:${WOMEN_SPACE41})`, 'u'), rule: 'decency/sexual', severity: 'warn', para: true, wide: true, need: ['のぞ', '覗'], veto: phrase('盗撮|犯罪|防止|通報|被害|痴漢|不審|禁止|やめ|目隠し|フィルム|ハラスメント|セクハラ|110番|警察', 'u') },
  // Round 41. A mental decline presumed of the old as a whole (被害に遭うのは、たいてい一人暮らしで判断力の衰えたお年寄りです, お年寄りはみんな
  // 物覚えが悪くなっているので), warn; not the decline of those a fraudster targets (判断力の衰えた高齢者を狙う業者), not a decline that may come.
  { re: phrase(`(?:のは|は|って|が)[、,]?${ALL41}[、,]?[^。！？!?\\n]{0,16}?${DECLINE41}[^。！？!?\\n]{0,8}?(?:${AGED})|(?:${AGED})(?:の皆さん|の方々|たち)?(?:は|って)[、,]?${ALL41}[、,]?[^。！？!?\\n]{0,8}?${DECLINE41}`, 'u'), rule: 'decency/stereotype', severity: 'warn', need: ['判断力', '認知機能', '記憶力', '理解力', '注意力', '思考力', '物覚え', '物忘れ', '頭'], veto: phrase('狙|ねら|標的|ターゲット|ではありません|とは限ら|誰でも|だれでも|年齢に関係なく|若い(?:方|人)も|偏見|思い込み|決めつけ', 'u') },
  // Round 41. The more of a group, the more of a nuisance (外国人の多いアパートほど粗大ごみの不法投棄が多い, 実習生が増えれば増えるほど治安が悪くなる):
  // a group's presence made the measure of a wrong. Round 42: the place may be a relative clause (実習生が住むアパートが増えた地区ほど).
  { re: phrase(`(?:${GUARDED35}|${DISABLED})[^。！？!?\\n]{0,4}?(?:が|の)(?:多|増え|住|暮ら|集ま)[^。！？!?\\n]{0,14}?ほど[、,]?[^。！？!?\\n]{0,16}?(?:${WRONG41})`, 'u'), rule: 'decency/discriminatory', severity: 'block', need: ['ほど'], veto: phrase('被害|狙|支援|多言語|通訳|案内|相談|配慮|言葉の壁|ではありません|とは限ら|根拠|噂|うわさ|デマ|偏見|(?<!被)差別|関係(?:は)?(?:ない|ありません)|データ(?:は|も)?(?:ない|ありません)', 'u') },
  // Round 42. A person's body part as where the eyes went (若い団員さんの鍛えられたお尻にばっかり目がいっちゃいました, 受付のお姉さんの太ももに
  // つい目が…): a sexual gaze told, warn; not a baby's or a patient's skin, not an exercise.
  { re: phrase(`${OWNER42}${PART42}${GAZE42}`, 'u'), rule: 'decency/sexual', severity: 'warn', need: ['目が', '目を', '見とれ', '見惚れ', '凝視', 'がん見'], veto: phrase(`${BODY_VETO.source}|おむつ|オムツ|かぶれ|あせも|湿疹|皮膚|日焼け|傷|手当|患者|介護|介助|(?<!被)差別|セクハラ|ハラスメント`, 'u') },
  // Round 42. Old people named, dementia called ボケ, and their life at home presumed idle (おじいちゃんたち、ボケ防止にもなるし…家でゴロゴロしてる
  // よりずっといい): the old belittled as a whole, block; not ボケ防止 alone (囲碁はボケ防止にもぴったり), not 寝ぼけ or ピンぼけ.
  { re: phrase(`(?:${OLD_KIN}|${AGED}|シルバー)[^\\n]{0,40}?(?<!寝|ピン|時差)(?:ボケ|ぼけ|呆け)[^\\n]{0,40}?${IDLE42}|(?:${OLD_KIN}|${AGED}|シルバー)[^\\n]{0,40}?${IDLE42}[^\\n]{0,40}?(?<!寝|ピン|時差)(?:ボケ|ぼけ|呆け)`, 'u'), rule: 'decency/discriminatory', severity: 'block', para: true, wide: true, need: ['ぼけ', '呆け'], veto: phrase('(?<!被)差別|偏見|傷つけ|という(?:言い方|言葉|表現)|呼び方|使わない|やめましょう', 'u') },
  // Round 43. A let, a sale or a hire to a group advised against (空き家バンクの物件を外国人の方に貸すのは、正直おすすめしません, 生活保護の方を
  // 入居させるのは避けたほうが無難): a refusal counselled to owners, block; not a warning on lending an account or a card, not a rule denied.
  { re: phrase(`(?:${DEAL43})(?:の|こと)(?:は|って|も)?[、,]?${ADVISED_AGAINST43}`, 'u'), rule: 'decency/discriminatory', severity: 'block', need: ['貸', '売', '紹介', '雇', '採用', '入居', '受け入れ', '住まわせ', '入れ'], veto: phrase('(?<!被)差別|偏見|決めつけ|思い込み|人権|不当|という(?:声|考え|誤解|見方|理由)|とは限ら|ではありません|詐欺|犯罪|口座|通帳|カード|名義', 'u') },
  // Round 43. A group's numbers as the reason a problem is to be put up with (待機が多い地区は、ひとり親家庭が多いので仕方ない面があります,
  // 外国人が多く住む地区だから、しょうがない): the problem laid on the group, block; not a number answered by a service.
  { re: phrase(`(?:${GUARDED35}|${DISABLED})[^。！？!?\\n]{0,4}?(?:が|の)(?:多い|多く(?:住む|住んで(?:いる|る)|暮らす|暮らして(?:いる|る))|集まる|増えた)(?:ので|から|けん|ため|(?:地区|地域|団地|校区)(?:なので|だから|やけん|ですから|ですので))(?:[、,]?[^。！？!?\\n]{0,16}?(?:のも|のは|ことも|ことは|面も|ところも|面が|ところが))?${EXCUSED43}`, 'u'), rule: 'decency/discriminatory', severity: 'block', need: ['仕方', 'しかた', 'しようがな', 'しようがありません', 'しよんなか', 'やむを得な', 'やむをえな', '無理'], veto: phrase('(?<!被)差別|偏見|決めつけ|思い込み|という(?:声|考え|見方)|とは限ら|ではありません|わけではな', 'u') },
  // Round 43. Who a person was given as why a mishap was to be expected (相手方が80代のドライバーだったので、まあ予想どおり; 案の定、運転して
  // いたのは高齢者でした): a group presumed at fault, warn; not a patient's age as a medical reason.
  { re: phrase(`(?:${EXPECTED_WHO43})(?:だった|でした|やった|じゃった|だ|です)(?:ので|から|けん|し|なら|そうで|そうなので|らしく|らしいので|らしいけど|とのことで)[、,]?(?:まあ|まぁ|もう|正直|ほら)?[、,]?${EXPECTED43}|案の定[、,]?[^。！？!?\\n]{0,16}?(?:${EXPECTED_WHO43})(?:だった|でした|やった|じゃった)`, 'u'), rule: 'decency/stereotype', severity: 'warn', need: ['予想', '想定', 'さもありなん', 'お察し', 'やつぱり', '思つた', '納得', '案の定'], veto: phrase('(?<!被)差別|偏見|決めつけ|思い込み|とは限ら|ではありません|年齢に関係なく|年齢(?:は|と)関係', 'u') },
  // Round 43. Looks said to pay (べっぴんさんは得やね〜, 美人はやっぱり得, イケメンってずるい): lookism, warn; not 美人の湯, not a talk on lookism.
  { re: phrase(`${LOOKER43}(?:は|って|ってのは)[、,]?(?:やっぱり|やっぱ|やはり|何かと|なにかと|ほんと(?:に)?|本当に|いつも|何でも|なんでも)?[、,]?(?:得|トク|お得|ずる(?:い|か)|有利)(?=だ|です|や|ね|よ|な|ばい|たい|[〜~ー！!。…♪]|$)`, 'u'), rule: 'decency/lookism', severity: 'warn', need: ['得', 'とく', 'ずる', '有利'], veto: phrase('ルッキズム|(?<!被)差別|偏見|思い込み|決めつけ|という(?:考え|見方|言葉|価値観)|とは限ら|ではありません', 'u') },
  // Round 43. Men stirred by a young woman's coming (捕獲講習会に若か娘さんの来とんなったけん、猟友会のおいちゃんたちの目の色の変わっとったばい):
  // a woman made a draw for the men, warn; not the children's eyes at a new toy.
  { re: phrase(`${YOUNG_WOMAN43}(?:たち|さん)?(?:が|の|も)[^。！？!?\\n]{0,10}?(?:来|参加|入っ|入会|入団|おい|見え)[^。！？!?\\n]{0,12}?(?:けん|ので|から|て|で|と|たら)[、,]?[^。！？!?\\n]{0,24}?(?:目の色(?:が|の)?(?:変わ|ちが)|鼻の下(?:が|の)?(?:伸び|のび)|色めき立)`, 'u'), rule: 'decency/sexual', severity: 'warn', need: ['目の色', '鼻の下', '色めき'], veto: phrase('(?<!被)差別|セクハラ|ハラスメント|偏見', 'u') },
  // Round 47. A livestock epidemic or its cull joked about (鳥インフル…全部殺処分やけん、チキン南蛮の食べ納めしとかんと！？ｗ): levity
  // about a mass death of animals and the farmers' loss, warn; not a notice of an outbreak, not 殺処分ゼロ or an adoption day.
  // Blind R151I-096: the joke may stand on the next line (…10万羽が殺処分😱⏎しばらくチキン食べ放題かな〜🍗ｗ).
  { re: phrase(`(?:${CULL47})[^\\n]{0,60}?(?:\\n[^\\n]{0,40}?)?(?:${CULL_JOKE47})`, 'u'), rule: 'decency/insensitive', severity: 'warn', para: true, wide: true, veto: phrase('譲渡|保護犬|保護猫|里親|ゼロ|減ら|防疫|消毒|お見舞い|ご冥福|心よりお|被害を受けた|(?:農家|養鶏|養豚|畜産)(?:の)?(?:皆さん|皆様|方々)(?:の|に|を)', 'u') },
  // Round 47. A foreign group's number or coming as the reason to guard purses and locks (外国の方の参加が多いため、…貴重品の管理には
  // いつも以上にご注意ください, 実習生が増えてきたので、自転車の施錠を): theft presumed of the group, block; not crowds, not the group as the target.
  { re: phrase(`(?:${VISITORS47})(?:の|が)?[^。！？!?\\n]{0,10}?${MANY47}[^。！？!?\\n]{0,8}?(?:ため|ので|から|けん|けえ|こともあり|ことから|以上)[、,]?[^。！？!?\\n]{0,30}?(?:${GUARDED47})`, 'u'), rule: 'decency/discriminatory', severity: 'block', veto: phrase('狙|被害に遭|被害にあ|ターゲット|混雑|混み合|込み合|人出|多言語|英語|通訳|翻訳|(?<!被)差別|偏見', 'u') },
  // Round 47. A quality put down to a person's sex (女性議員らしいきめ細やかな視点, 男性職員らしい力強い挨拶, ママさん議員ならではの優しい目線),
  // warn; not 女性らしさにとらわれない, not a body's need (女性ならではの健康課題), not 彼女らしい.
  { re: phrase(`${SEX_ROLE47}${LIKE47}(?:${TRAIT_MIND47}|${TRAIT_STRONG47})|${SEX_BARE47}${LIKE47}(?:${TRAIT_MIND47})`, 'u'), rule: 'decency/stereotype', severity: 'warn', veto: phrase('とらわれ|囚われ|固定観念|ジェンダー|思い込み|決めつけ|(?<!被)差別|偏見|にかかわらず|に関係なく|問わず|ではなく|じゃなく|という(?:考え|イメージ)|ではありません', 'u') },
  // Round 47. A sex wanted for a job, said as the honest wish (正直なところ男性に来てほしいのが本音です), or the other sex pointed to
  // another line of work (女性の方は事務職のほうが向いていると思います): hiring by sex, block where the post recruits, warn elsewhere;
  // not 女性にも来てほしい (outreach), not a changing room or a counsellor for women.
  { re: phrase(`(?:本音|正直|できれば|出来れば|本当は|ほんとは|やっぱり|やっぱ|やはり|体力|力仕事|男手)[^。！？!?\\n]{0,30}?${WANT47}|${WANT47}(?:と)?(?:いうの|の)?(?:が|は)?[、,]?(?:本音|正直なところ)|${STEERED47}`, 'u'), rule: 'decency/discriminatory', severity: 'block', topic: HIRING47, veto: SEX_HIRE_VETO47 },
  { re: phrase(`(?:本音|正直|できれば|出来れば|本当は|ほんとは|やっぱり|やっぱ|やはり|体力|力仕事|男手)[^。！？!?\\n]{0,30}?${WANT47}|${WANT47}(?:と)?(?:いうの|の)?(?:が|は)?[、,]?(?:本音|正直なところ)|${STEERED47}`, 'u'), rule: 'decency/stereotype', severity: 'warn', veto: SEX_HIRE_VETO47 },
  // Round 47. Skin to skin offered as the warmth (いちばんの防寒は人肌で温め合うことです😏, 人肌がいちばんの暖房ですよね): innuendo, warn,
  // block with a wink, a kiss or a heart; not a baby or a pet kept warm, not milk at body heat.
  { re: phrase(SKIN47, 'u'), rule: 'decency/sexual', severity: 'warn', upgrade: phrase('[😏😘💋♡❤💕😍]|お相手|恋人|今夜|夜は', 'u'), veto: phrase('赤ちゃん|乳児|新生児|幼児|カンガルー|低体温|授乳|ミルク|母乳|哺乳|離乳|抱っこ|お子さん|子ども|子供|ペット|子猫|子犬|ひな|雛|皮膚|保湿|乾燥|スキンケア', 'u') },
  // Round 47. A district's past advised to be looked into before a home is found (家を探すときは、その地区の〝昔の事情〟も調べておいたほうが
  // いいですよ, 土地を買う前に、その地域の〝いわく〟は確認しておくべき): 部落 hinted at, block; not flood history, not 交通事情.
  { re: phrase(LOOKED_INTO47, 'u'), rule: 'decency/discriminatory', severity: 'block', topic: phrase('家|住|物件|土地|購入|買|引っ越|引越|不動産|賃貸|結婚|縁談|嫁|婿', 'u'), veto: phrase('浸水|災害|ハザード|地盤|液状化|水害|土砂|洪水|津波|防災|埋め立て|地質|(?<!被)差別|人権|身元調査|啓発|偏見|お答え|禁止|してはいけ|やめ', 'u') },
  // Round 48. What a child of one sex likes set against what the sex "should", called odd (男の子なのにさげもんを欲しがる子は、ちょっと
  // 変わっとるかもですね, 女の子の人形を欲しがる息子って変やろか): a stereotype made a tease, warn; not 男の子も女の子も, not
  // 変じゃありません or the notion questioned (と思っていませんか, 固定観念).
  { re: phrase(CROSSED48, 'u'), rule: 'decency/stereotype', severity: 'warn', veto: phrase('(?:では|じゃ|や)(?:ない|なか|ありません|ございません)|なんてこと(?:は)?な|わけ(?:では|じゃ)|と(?:思|考)(?:って|えて)?(?:い|お)?ませんか|思い込み|固定観念|決めつけ|ジェンダー|関係な|問わず|(?<!被)差別|偏見|らしさにとらわれ', 'u') },
  // Round 48. What a couple does in a hidden place promised to go unseen (こたつの中で何が起きても、船頭さんは見て見ぬふりしてくれますよ😏,
  // ゴンドラの中は二人きり、何をしても誰にも見られません): innuendo, warn, block with a wink or a kiss; not a surprise or a proposal kept
  // secret, not a call not to look away (見て見ぬふりはしないで).
  { re: phrase(`${HIDDEN48}[^。！？!?\\n]{0,14}?${WHATEVER48}[、,]?[^。！？!?\\n]{0,18}?${UNSEEN48}`, 'u'), rule: 'decency/sexual', severity: 'warn', topic: COUPLE48, upgrade: phrase('[😏😘💋]|ナニ', 'u'), veto: phrase('(?:見て見ぬ|見ない)(?:ふり|振り|フリ)(?:は|を)?(?:せず|しない|しません|せん|厳禁|禁止|やめ)|プロポーズ|サプライズ|誕生日|いじめ|虐待|暴力|事故|急病|体調|救命|通報|相談', 'u') },
  // Round 48. People's bodies offered to the readers to savour (びしょ濡れになった消防団のお兄さんたちの筋肉もしっかり堪能してくださいね😍,
  // 隊員さんのたくましい胸板も目の保養): sexual, warn, block when wet, bare or with a drooling face; not an exercise class (筋肉の使い方,
  // ストレッチ), not a body-building contest, not food or scenery savoured.
  { re: phrase(SAVOURED48, 'u'), rule: 'decency/sexual', severity: 'warn', upgrade: phrase('濡れ|ぬれ|裸|脱|汗だく|[😍🤤🥵💋😏]|よだれ|ヨダレ', 'u'), veto: phrase('体操|ストレッチ|ほぐ|使い方|動かし方|鍛え方|動き|リハビリ|治療|検診|健診|測定|筋肉量|筋力|痛|けが|ケガ|怪我|マッサージ|ボディビル|フィジーク|解剖|模型|標本|彫刻|仏像|像|赤ちゃん|お子さん|子ども|子供|園児|乳児|ベビー|馬|牛|犬|猫|動物|ポニー', 'u') },
  // Round 56. Two bodies pressed together offered to a couple as the draw (…自然と密着できて夜まで盛り上がるかも😏💕): innuendo, warn; not
  // 地域密着 or 密着取材, not closeness warned against, not a baby or a pet held close, not people comforted (寄り添う支援).
  { re: phrase(PRESSED56, 'u'), rule: 'decency/sexual', severity: 'warn', topic: phrase('カップル|恋人|デート|彼氏|彼女|夫婦|新婚|ラブラブ|いちゃ|イチャ|ふたり(?:きり|で|の)|二人(?:きり|で|の)|2人(?:きり|で|の)|お二人|おふたり', 'u'), keep: (sen) => PRESSED_CUE56.test(sen), veto: phrase('しない(?:よう|で)|避け|防止|感染|混雑|満員|ご注意|ご遠慮|禁止|赤ちゃん|乳児|新生児|抱っこ|授乳|親子|お子さん|子ども|子供|ペット|犬|猫|支援|相談|介護|被災|取材|番組|ドキュメント', 'u') },
  // Round 62 (R62A-034). What a couple does in the dark asked and said known only to a witness or to no one (…暗がりで何をしているかは
  // 船頭しか知らない😏): innuendo, warn, block with a wink or a kiss; not a guide's work unseen, not a vow, not a plan left free.
  { re: phrase(`${HIDDEN48}[^。！？!?\\n]{0,14}?(?:${DOING62})[、,]?[^。！？!?\\n]{0,14}?(?:${UNTOLD62})`, 'u'), rule: 'decency/sexual', severity: 'warn', need: ['何', 'なに'], topic: COUPLE48, upgrade: phrase('[😏😘💋]|ナニ', 'u'), veto: phrase('プロポーズ|サプライズ|誕生日|いじめ|虐待|暴力|事故|急病|体調|救命|通報|相談|防犯|不審', 'u') },
  // Round 62 (R62A-105). A place's women or men typed and offered to the other sex as brides or grooms (柳川の女は情が深かけん、お嫁さん
  // 探し中の男性はぜひ…来んしゃい😉, お嫁さんにするなら柳川の女性がいちばん): a stereotype, warn; not a 婚活 event for singles, not a wedding.
  {
    re: phrase(`${LOCAL_SEX62}(?:は|って|ちゃ)[、,]?[^。！？!?\\n]{0,30}?(?:${SPOUSE62})|(?:${SPOUSE62})[^。！？!?\\n]{0,20}?${LOCAL_SEX62}(?:は|が|って|で|に|を)`, 'u'),
    rule: 'decency/stereotype',
    severity: 'warn',
    need: ['嫁', '婿', '奥さん', '奥様', '結婚相手', '伴侶', '旦那'],
    keep: (sen, a, b) => /嫁|婿|奥さん|奥様|旦那/u.test(sen.slice(a, b)) || /男|殿方/u.test(sen.slice(a, b).replace(/^.*?(?:の|ん)(?:女|女性|女の子|女子|おなご|娘さん|娘|女の人|女ん人)/u, '')) || /男|殿方/u.test(sen.slice(b)),
    veto: phrase('偏見|決めつけ|固定観念|とは限ら|ではありません|(?<!被)差別|ジェンダー|男女(?:問わ|とも|の皆)', 'u'),
  },
  // Blind R257P-012 kind (dec9): a place's women (or men) praised with a gender role (夫を立てる, 奥ゆかしい, 働き者, 家庭的: ROLE_D9) in
  // one sentence and offered to the other sex as brides or grooms in the next (独身の男性の皆さん、お嫁さん探しも兼ねて…): the same
  // stereotype as R62A-105 across a sentence end, warn. Not a 婚活 event for both sexes, not a trait told with no spouse sought.
  {
    re: phrase(`${LOCAL_SEX62}(?:は|って|ちゃ)[、,]?[^。！？!?\\n]{0,40}?(?:${ROLE_D9})[^。！？!?\\n]{0,30}?[。！!…][^\\S\\n]{0,2}[^。！？!?\\n]{0,30}?(?:${SPOUSE62}|${SPOUSE_SOUGHT_D9})`, 'u'),
    rule: 'decency/stereotype',
    severity: 'warn',
    para: true,
    need: ['嫁', '婿', '奥さん', '奥様', '結婚相手', '伴侶', '旦那'],
    veto: phrase('偏見|決めつけ|固定観念|とは限ら|ではありません|(?<!被)差別|ジェンダー|男女(?:問わ|とも|の皆)', 'u'),
    // Both sexes sought alike (男女問わず, お嫁さん・お婿さん探し, お嫁さん募集中の男性も、お婿さん募集中の女性も): a 婚活 event, not a stereotype.
    pveto: phrase('男女(?:を)?問わ|男女とも|男女の皆|性別を問わ|(?:嫁|花嫁)[^。！？!?\\n]{0,16}?(?:婿|花婿)|(?:婿|花婿)[^。！？!?\\n]{0,16}?(?:嫁|花嫁)', 'u'),
  },
  // Round 119 (R119A-029): a developmental or mental-health consultation prescribed as a joke about people's failings (片付けできん人多すぎて、
  // 全員まとめて発達相談受けたほうがいいレベルｗ, あの人は精神科行った方がいいっちゃない？笑, 発達じゃね？ｗ): the condition as a jibe, warn; not
  // the sincere advice of a consultation (お子さんの発達が気になる方は、発達相談を受けてみてください).
  {
    re: phrase('(?:発達|精神科|心療内科|メンタルクリニック)(?:の)?(?:相談|検査|診断|外来)?(?:を|ば|に|で)?(?:受け|行っ|いっ|行か|いか|診てもら|みてもら|診ても|みても|連れて(?:行|い)っ)(?:た(?:ほう|方)が(?:いい|よか|良い|ええ|よくな)|せ(?:た(?:ほう|方)が|ろ|んと)|てこい|てきな|て(?:き|こ)た(?:ら|ほう))[^。！？!?\\n]{0,10}?(?:レベル|笑|w|😂|🤣|草|っちゃない|じゃない|じゃね|やろ|でしょ)|(?:発達|アスペ|adhd)(?:障害|障がい)?(?:なんじゃ(?:ない|ね)|じゃね|っぽ(?:い|く|か)|かよ|入って)[^。！？!?\\n]{0,6}?[？?]?(?:笑|w|😂|🤣|草)', 'u'),
    rule: 'decency/discriminatory',
    severity: 'warn',
    need: ['発達', '精神科', '心療内科', 'めんたるくりにっく', 'あすぺ', 'adhd'],
    veto: phrase('偏見|決めつけ|(?<!被)差別|からかう|やめましょう|傷つけ', 'u'),
  },
  // Round 124 (R124A-028, R125A-090): a funeral, a wake or a sutra made the likeness of something dull or sad (お経みたいで眠くなります,
  // まるでお葬式💤, お葬式みたいに泣けた〜😂, 念仏みたいｗ): rites of death and faith as a joke, warn; not the rite itself (お経をあげて
  // いただきました, お葬式のマナー講座), a place fit for one (お葬式のような場では黒い服を), nor the set phrase of a silent room
  // (お通夜状態, round 14).
  {
    re: phrase('(?:(?:お|御|(?<![一-龥]))(?:葬式|葬儀|告別式)|(?:お|御)経|読経|念仏)(?:みたい|みてえ|みたく|っぽ|並み)|(?:まるで|まさに|完全に|もはや)(?:お|御)?(?:葬式|葬儀|告別式|経)(?!の(?:よう|ような)(?:な)?(?:場|席|マナー|服装|正装)|に(?:参列|出席))'),
    rule: 'decency/insensitive',
    severity: 'warn',
    need: ['葬式', '葬儀', '告別式', '経', '念仏'],
    veto: phrase('写経|講座|マナー|(?:の|な)場|参列|喪服|香典|ご冥福|お悔やみ', 'u'),
  },
  // Round 124 (R125A-050): dementia or an old people's home made the likeness of tired or lost feet (まるで老人ホームの徘徊みたいですね笑,
  // 徘徊老人みたい, もはや寝たきり状態ｗ): the old and the ill as a joke, warn; not a watch for a lost person (徘徊しているような方を
  // 見かけたら), not 認知症の方のように plain in a care notice.
  // Blind R266W-055 kind (dec11): staff of an age likened to an old folks' club, said outright (画面の前はまるで老人会でした😂, もはや老人
  // クラブだった笑): the older colleagues laughed at, warn; the laugh is still needed (keep), and a real club's meeting has no まるで.
  {
    re: phrase('(?:徘徊|はいかい)(?:老人|じいさん|ばあさん|じじい|ばばあ)?(?:みたい|みてえ|っぽ|並み)|(?:まるで|完全に|もはや|まさに)[^。！？!?\\n]{0,8}?(?:老人ホーム|介護施設|ボケ老人|ぼけ老人|認知症|寝たきり|要介護|おむつ|オムツ)[^。！？!?\\n]{0,6}?(?:みたい|みてえ|っぽ|のよう|並み|状態)|(?:まるで|完全に|もはや|まさに)(?:老人会|老人クラブ|敬老会|養老院|老人ホーム|年寄りの集まり)(?:でした|だった|です|だ|や(?:った)?|と化|そのもの|みたい|のよう|状態)'),
    rule: 'decency/discriminatory',
    severity: 'warn',
    need: ['徘徊', 'はいかい', 'まるで', '完全に', 'もはや', 'まさに'],
    veto: phrase('見かけ|声(?:を)?(?:かけ|掛け)|保護|通報|警察|見守|行方不明|捜索|相談|(?<!被)差別|偏見', 'u'),
    keep: (sen, a, b) => /徘徊|はいかい/u.test(sen.slice(a, b)) || phrase(`${LAUGH_MARK}|ｗ|[😇🤭]`, 'u').test(sen),
  },
  // Round 124 (R124A-013): a faith or its place called smelly or creepy (宗教くさいけど我慢して, 抹香臭い, 宗教っぽくて気持ち悪い):
  // contempt for a religion, warn; not a warning of a cult's pitch (宗教っぽい勧誘に注意), not the smell of incense (お線香の香り).
  {
    re: phrase('(?:宗教|信仰|お寺|寺院|神社|教会|仏教|キリスト教|イスラム教?|坊主|坊さん|抹香)(?:くさ|臭|クサ)(?:い|く|さ|か(?:っ|ろ)|すぎ)|(?:宗教|カルト)(?:っぽ|みたい|じみ)(?:くて|い|で|な)?[^。！？!?\\n]{0,6}?(?:気持ち悪|気味悪|キモ|きも(?:い|か|すぎ)|怖|こわ|ヤバ|やば|引く|ひく|引いた|胡散臭|うさんくさ|怪し|あやし|嫌|いや(?:だ|で|な))'),
    rule: 'decency/discriminatory',
    severity: 'warn',
    need: ['くさ', '臭', '宗教', 'かると'],
    veto: phrase('勧誘|詐欺|悪質|霊感|注意|相談|被害|(?<!被)差別|偏見', 'u'),
  },
  // Round 124 (R124A-029): toilet talk in a post (💩💩 みんな出すもの出してスッキリ, トイレ大渋滞💩): crude on an official account,
  // `decency/sexual` warn as with vomit (round 122); not a dog's droppings to pick up (犬のフン💩は持ち帰りましょう).
  {
    re: phrase('出す(?:もの|もん)(?:を|は|も)?(?:全部|ぜんぶ|しっかり)?出し|💩'),
    rule: 'decency/sexual',
    severity: 'warn',
    need: ['出す', '💩'],
    veto: phrase('犬|いぬ|ワンちゃん|ペット|フン|ふん(?![ぁ-ゖ])|糞|散歩|飼い主|カラス|鳩|ハト|ゴミ|ごみ|健康|便秘|腸活|検診|検査', 'u'),
    keep: (sen, a, b) => /出す/u.test(sen.slice(a, b)) || /トイレ|といれ|給食|食後|お腹|おなか|腹|便所|大渋滞|漏れ|もれ|う[んン][こち]/u.test(sen),
  },
  // Round 124 (R124A-085): pay raised for a sex, youth or looks in a call for staff (若い女の子なら日当アップ, 女性なら時給プラス):
  // block; not pay for a skill or a shift (経験者なら時給アップ, 深夜は時給アップ).
  {
    re: phrase('(?:若い|20代の|二十代の|美人の|かわいい|可愛い)?(?:女の子|女性|女子|男性|男の子|若い子|若い人|美人)(?:なら|だったら|やったら|だと|の方が|のほうが)[、,]?[^。！？!?\\n]{0,4}?(?:日当|時給|日給|給料|給与|報酬|謝礼|ギャラ|手当|バイト代)(?:を|が|は|も)?(?:アップ|up|増|上乗せ|プラス|倍|上げ|高め|高く|割増|弾)'),
    rule: 'decency/discriminatory',
    severity: 'block',
    need: ['日当', '時給', '日給', '給料', '給与', '報酬', '謝礼', 'ぎゃら', '手当', 'ばいと代'],
    veto: phrase('男女(?:問わず|を問わず|同一|関係なく|とも)|性別(?:に)?(?:関係なく|を問わず|に関わらず)|同じ(?:日当|時給|給料)|(?<!被)差別|偏見', 'u'),
  },
  // …and pay or favour for coming in short or bare clothes (ミニスカで乗ってくれたらもっと上げちゃうかも♡, 水着なら日当倍): block.
  {
    re: phrase('(?:ミニスカ(?:ート)?|水着|ビキニ|短いスカート|へそ出し|露出(?:の)?(?:多い|多め|高め))(?:姿)?(?:で|なら|だったら|やったら|を着て|着て)[^。！？!?\\n]{0,16}?(?:日当|時給|日給|給料|報酬|謝礼|ギャラ|手当|バイト代|上げ(?:ちゃ|ます|る|て)|アップ|up|倍|弾)'),
    rule: 'decency/sexual',
    severity: 'block',
    need: ['みにすか', '水着', 'びきに', 'すかーと', 'へそ出し', '露出'],
    veto: phrase('禁止|ご遠慮|お控え|不可|盗撮|ハラスメント|セクハラ|(?<!被)差別', 'u'),
  },
  // Round 124 (R125A-064/137): residents' hardship called checkmate or met with a mock condolence and a laugh (ママはもう詰みですね😇,
  // 断水した地区の皆さん、ご愁傷さまです🙏笑, 人生終了のお知らせｗ): gallows humour at the people the account serves, warn; not a game of
  // shogi (見事な詰みでした😂), not a sincere condolence (ご愁傷さまでした。).
  {
    re: phrase('(?:詰み|詰んだ|詰んで(?:る|ます|ます)?|詰む|オワタ|人生終了|終了のお知らせ|ご愁傷(?:さま|様))(?:です|でした|だ|や|じゃ)?(?:ね|よ|な|わ)?[〜~ー…。！!]{0,3}(?:🙏)?(?:😇|😂|🤣|😆|🤪|[（(]笑[)）]|笑|w+(?![a-z0-9./])|ｗ+|乙|ドンマイ|どんまい|☠|💀|🪦)'),
    rule: 'decency/insensitive',
    severity: 'warn',
    need: ['詰', 'おわた', '終了', '愁傷'],
    veto: phrase('将棋|囲碁|チェス|詰将棋|詰め将棋|パズル|ゲーム|オセロ|クイズ', 'u'),
  },
  // Round W9 (R139I-082): a death announced, then taken back as a prank (ヤギのメイちゃんが昨夜お星さまになりました…って言ったら
  // 信じる？ うっそで〜す、エイプリルフール🤪, 看板猫が亡くなりました。なんちゃって😜): a death made a joke, warn; not a rumour of a death
  // corrected (亡くなったという情報は誤りです), not an animal playing dead (死んだふり).
  {
    re: phrase(`(?:お星(?:さま|様)に(?:なり|なっ)|虹の橋を(?:渡り|渡っ|わたり|わたっ)|天国へ(?:旅立|行き|いき|行っ|いっ)|永眠(?:し|いたし)|亡くなり(?:まし|た)|亡くなっ|死にまし|死んじゃい|死んでしまい|息を引き取)[^\\n]{0,40}?(?:(?:うっそ|うそ|嘘)(?:で[ー〜~]*す|でした|だよ|だよ[ー〜~]*ん|ぴょん|[ー〜~]+ん)|エイプリル(?:フール|ふーる)|なんちゃって|(?:冗談|じょうだん|ドッキリ|どっきり)(?:です|でした|だよ|で[ー〜~]+す)|(?:って|と)(?:言ったら|いったら|言うたら)(?:信じ|驚|びっくり))`, 'u'),
    rule: 'decency/insensitive',
    severity: 'warn',
    para: true,
    need: ['星', '虹の橋', '天国', '永眠', '亡くな', '死に', '死ん', '息を引き取'],
    veto: phrase('誤り|誤情報|デマ|事実(?:では|じゃ)|ではありません|ふり|フリ', 'u'),
  },
  // Round W9 (R144A-037): a patient's death told in the ward's slang or with a laugh, then the shift's treat (CPA搬送が2件、うち1件は
  // ステっちゃったけど、とりあえず焼肉行ってきますｗ, 急変した患者さん亡くなったけど飲み行こ〜😂): a death made light of, block; not a
  // sober report of a shift (CPA搬送が2件ありました。全力で処置にあたりました).
  {
    re: phrase(`(?:患者|搬送|cpa|cpr|心肺停止|急変|救急|蘇生|当直|夜勤|病棟)[^\\n]{0,40}?(?:ステ(?:っ(?:た|ちゃ|ちま|て)|る(?=[けがとし、,])|り(?:まし|そ))|亡くな|死亡|死んじゃ|死んだ|看取)[^\\n]{0,40}?(?:${LAUGH_MARK}|ｗ|焼肉|焼き肉|飲み(?:に|行|いこ|会)|ビール|🍖|🍺|🍻|乾杯)`, 'u'),
    rule: 'decency/insensitive',
    severity: 'block',
    para: true,
    need: ['患者', '搬送', 'cpa', 'cpr', '心肺停止', '急変', '救急', '蘇生', '当直', '夜勤', '病棟'],
    veto: phrase('ご冥福|お悔やみ|心よりお|哀悼|悼', 'u'),
  },
  // Round W9 (R139I-117): used medical supplies made into a decoration or a toy (使い終わった点滴ボトルでクリスマスツリーを作ってみました,
  // 使用済みの注射器で雪だるま): medical waste played with, conduct warn; not its proper disposal, nor a craft warned against.
  {
    re: phrase(`(?:使い終わ(?:った|つた)|使用済み?(?:の)?|使った|空(?:の|いた)|余った|廃棄(?:する|予定の))(?:点滴|輸液|注射器|注射針|シリンジ|採血管|アンプル|カテーテル|酸素マスク|医療用手袋|検査キット|透析)(?:の)?(?:ボトル|バッグ|パック|ビン|瓶|チューブ)?(?:を|で)[^。！？!?\\n]{0,16}?(?:ツリー|オブジェ|作品|アート|飾り|飾っ|かざっ|リース|雪だるま|人形|おもちゃ|遊(?:ん|ぼ|び)|工作|インテリア|作って(?:み|遊)|並べてみ)`, 'u'),
    rule: 'decency/conduct',
    severity: 'warn',
    need: ['点滴', '輸液', '注射', 'しりんじ', '採血管', 'あんぷる', 'かてーてる', '酸素ますく', '医療用手袋', '検査きっと', '透析'],
    veto: phrase('やめ|禁止|しないで|ないように|ないよう|いけません|感染|分別|廃棄方法|捨て方|適切に', 'u'),
  },
  // Round W9 (R143I-057): an animal killed, then joked about as dinner's good send-off (今夜はぼたん鍋でおいしく成仏してもらいます😋,
  // シカ肉になって成仏してね笑): a death made light of, warn; not a memorial rite for the animals (鳥獣供養祭で成仏を祈りました).
  {
    re: phrase(`(?:おいしく|美味しく|うまく|美味しゅう)[^。！？!?\\n]{0,4}?成仏|成仏(?:して)?(?:もら|いただ|ね|してね|させ)[^。！？!?\\n]{0,8}?(?:${LAUGH_MARK}|[😋🤤🍲😝✌])|(?:鍋|肉|ジビエ|焼肉|焼き肉|から揚げ|唐揚げ|ステーキ|食卓|胃袋)(?:に|で|として)[^。！？!?\\n]{0,8}?成仏`, 'u'),
    rule: 'decency/insensitive',
    severity: 'warn',
    need: ['成仏'],
    veto: phrase('供養|慰霊|冥福|祈り|いのりま|感謝して(?:いただ|頂)', 'u'),
  },
  // …and the blood of a kill offered for viewing (血まみれの解体写真もどうぞ👇, 血だらけの動画アップしました): gore, warn; not a photo
  // withheld (解体の写真は掲載を控えます).
  {
    re: phrase('(?:血まみれ|血だらけ|血みどろ|血しぶき|内臓|はらわた)(?:の)?[^。！？!?\\n]{0,8}?(?:写真|画像|動画|映像|ショット)(?:も|を|は)?[、,]?[^。！？!?\\n]{0,4}?(?:どうぞ|ご覧|見て(?:ね|ください|下さい|みて)|お楽しみ|公開|アップ|載せ|のせ|貼っ|👇|⬇)', 'u'),
    rule: 'decency/gore',
    severity: 'warn',
    need: ['血', '内臓', 'はらわた'],
    veto: phrase('控え|載せません|掲載しません|掲載して(?:い|お)りません|閲覧注意を|ご注意|苦手な方', 'u'),
  },
  // Round W9 (R143I-066): a costume of a regime of mass murder or its symbols made a party piece and praised (優勝は「ナチス親衛隊」
  // コスプレでした！完成度高すぎ👏, ヒトラーの仮装で盛り上がりました): historic atrocity made light of, warn; not a history lesson, not
  // such costumes forbidden. ナチ is a word of its own, not kana inside a name or another word (Blind R163A-106: ふなちゃんもかぼちゃの仮装,
  // みなちゃんのコスプレ, ナチュラルな衣装, ナチョスの仮装, はなちゃんの衣装): no kana before it but a particle, and only ス, a particle or a non-kana after it.
  {
    re: phrase('(?:(?:(?<![ぁ-ゖー])|(?<=[はがもをにとでのへ]))ナチス?(?=[^ぁ-ゖー]|[のがはもをとでにへっ]|$)|親衛隊|ヒトラー|ヒットラー|ゲシュタポ|ハーケンクロイツ|鉤十字|kkk|クー・?クラックス・?クラン)[^。！？!?\\n]{0,16}?(?:コスプレ|仮装|コス(?!ト|パ|メ|モ)|なりきり|衣装|軍服|制服姿)', 'u'),
    rule: 'decency/insensitive',
    severity: 'warn',
    need: ['なち', '親衛隊', 'ひとらー', 'ひつとらー', 'げしゆたぽ', 'はーけんくろいつ', '鉤十字', 'kkk', 'くらつくす'],
    veto: phrase('禁止|ご遠慮|お控え|不適切|問題(?:に|と|視)|批判|謝罪|お詫び|歴史|ホロコースト|学ぶ|学習|展示|資料', 'u'),
  },
  // Round W9 (R143I-078): people who fell into the water laughed at (今日も掘割に落ちちゃった観光客さんがいました〜🤣 スマホも一緒にドボン笑,
  // 川にはまったおじさんがいて草): an accident made the joke, warn; not a warning to keep from the edge (掘割に落ちないよう😆).
  {
    re: phrase(`(?:${WATERS}|側溝|海|プール|ドブ|どぶ)(?:に|へ)(?:落ち|おち|転落|はま(?:っ|り|る)|ハマ(?:っ|り)|転げ落ち|ドボン|どぼん)[^。！？!?\\n]{0,12}?(?:観光客|お客|客|人|方|子|おじさん|おばさん|おじいちゃん|おばあちゃん|男性|女性|カップル|学生|外国人)[^\\n]{0,40}?(?:${LAUGH_MARK}|ドボン|どぼん|ウケ(?:る|た))|(?:観光客|お客|客|人|方|おじさん|おばさん|男性|女性|カップル|学生|外国人)(?:さん)?(?:が|も)[^。！？!?\\n]{0,10}?(?:${WATERS}|側溝|海|プール|ドブ|どぶ)(?:に|へ)(?:落ち|おち|転落|はま(?:っ|り)|ハマ(?:っ|り)|ドボン|どぼん)[^\\n]{0,40}?(?:${LAUGH_MARK}|ウケ(?:る|た))`, 'u'),
    rule: 'decency/insensitive',
    severity: 'warn',
    para: true,
    need: ['落ち', 'おち', '転落', 'はま', 'どぼん', '転げ落ち'],
    veto: phrase('ないよう|ないように|防止|予防|注意喚起|禁止|救助|救命|訓練|お見舞い|ご冥福', 'u'),
  },
  // Round W9 (R144A-033): foreigners laughed at for not speaking Japanese (外国人観光客の皆さん、日本語がまったく通じなくて大変でした(笑),
  // 実習生に何回言っても日本語が分からんｗ): a group mocked for its language, warn; not a notice that offers help in other languages.
  {
    re: phrase(`(?:外国|海外|(?:${NATION})(?:人|系|から|の方|のお客)|実習生|留学生|インバウンド)[^。！？!?\\n]{0,24}?日本語(?:が|は|も)?[^。！？!?\\n]{0,6}?(?:通じ|話せ|喋れ|しゃべれ|わから|分から|わかん|分かん|読め|できな|でけ)(?:ない|なく|ん|ず|へん|なかった)[^。！？!?\\n]{0,20}?(?:${LAUGH_MARK}|ｗ|ウケ(?:る|た))`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'warn',
    need: ['日本語'],
    veto: phrase('多言語|やさしい日本語|通訳|翻訳|英語(?:の|で)(?:案内|対応|表記)|教室|講座|(?:でも|ても)(?:大丈夫|安心|楽しめ|ok)', 'u'),
  },
  // Round W9 (R145D-079): a faith's canvassers or believers laughed at (駅前の宗教の勧誘、今日もおって笑える😂, エホバの人また来とるｗ):
  // contempt for a religion, warn; not a warning against a cult's pitch, not laughter at a temple's talk.
  {
    re: phrase(`(?:宗教|教団|カルト|信者|布教|宣教師|エホバ|創価|モルモン|統一教会)(?:の)?(?:勧誘|人|人たち|方|おばちゃん|おじさん|団体|連中)?[^。！？!?\\n]{0,16}?(?:笑え(?:る|た)|笑っ(?:た|ちゃ)|ウケ(?:る|た)|うけ(?:る|た)(?![ぁ-ゖ])|${LAUGH_MARK}|ｗ)`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'warn',
    need: ['宗教', '教団', 'かると', '信者', '布教', '宣教師', 'えほば', '創価', 'もるもん', '統一教会'],
    veto: phrase('注意|相談|被害|詐欺|断り方|悪質|霊感|笑顔|笑い(?:が|声)|(?<!被)差別|偏見', 'u'),
  },
  // Round W9 (R140I-045): a death mocked in English (RIP to our oldest sea turtle … lol he finally clocked out, our goat passed away
  // lmao, rest in peace … 😂): a death made a joke, warn; not a sincere farewell (RIP, Kame-san. We will miss you 🐢), not a rip current.
  {
    re: phrase(`(?<![a-z])(?:rip(?! (?:current|tide))|r\\.i\\.p|rest in peace|passed away|has passed|have passed|died|crossed the rainbow bridge|kicked the bucket|clocked out for good)(?![a-z])[^\\n]{0,80}?(?:(?<![a-z])(?:lol|lmao|rofl|haha+|jk|just kidding)(?![a-z])|[😂🤣😆🤪😜]|(?<![a-z])(?:finally )?(?:clocked out|kicked the bucket|bit the dust|croaked)(?![a-z]))`, 'u'),
    rule: 'decency/insensitive',
    severity: 'warn',
    para: true,
    need: ['rip', 'r.i.p', 'rest in peace', 'passed', 'died', 'rainbow bridge', 'kicked the bucket', 'clocked out'],
    veto: phrase('condolence|sympath|(?<![a-z])we(?:\'ll| will) miss|heartbroken|grief|grieving|mourn', 'u'),
  },
  // Round W9 (R140I-110): a runner's or a visitor's collapse joked about in English (if you collapse at km 30, at least do it in front of
  // the photo booth 😂, if you pass out, do it near the beer tent lol): a medical emergency made a joke, warn; not safety advice.
  {
    re: phrase(`(?<![a-z])if (?:you|u|ya) (?:collapse|faint|pass out|black out|drop dead|die|keel over|throw up|puke|cramp up)(?![a-z])[^\\n]{0,90}?(?:(?<![a-z])(?:lol|lmao|rofl|haha+|jk)(?![a-z])|[😂🤣😆🤪😜])`, 'u'),
    rule: 'decency/insensitive',
    severity: 'warn',
    need: ['if you', 'if u', 'if ya'],
    veto: phrase('(?<![a-z])(?:medic|first aid|aid station|call 119|stop running|seek help|tell (?:a|our) (?:staff|volunteer))', 'u'),
  },
  // Round W11 (R149I-043): an accident where someone was hurt, then the crash called a flashy blunder with a cartoon face (…運転していた
  // 男性が搬送されました。派手にやっちゃいましたね〜😱, 見事にやらかしちゃいましたね😅): the victims' accident made light of, warn; not a
  // drill (訓練で派手にやっちゃいました), not a festival done in style with no accident in it.
  {
    re: phrase(`(?:事故|衝突|追突|接触|横転|転倒|転落|搬送|けが|怪我|ケガ|負傷|救急車)[^\\n]{0,80}?(?:(?:派手|ド派手|見事|盛大|豪快|きれい|綺麗)に(?:やっ|やらかし|いっ|いき|ぶつけ|ぶつか|突っ込|つっこ|ひっくり返|転|こけ)|やらかし(?:ちゃ|まし|た))[^。！？!?\\n]{0,12}?(?:${LAUGH_MARK}|[😱😅🤭🙀💥]|(?:ね|な|よ)[〜~ー]+)`, 'u'),
    rule: 'decency/insensitive',
    severity: 'warn',
    para: true,
    need: ['事故', '衝突', '追突', '接触', '横転', '転倒', '転落', '搬送', 'けが', '怪我', '負傷', '救急車'],
    veto: phrase('訓練|想定|シミュレーション|模擬|ゲーム|ボウリング|お祭り|ご冥福', 'u'),
  },
  // Round W11 (R149I-052): children or the people in care likened to the dead, with a laugh (ひよこ組さん…みんな死んだみたいに静かです😂,
  // 園児たちは屍のように眠っています笑): death made the joke of a nursery or a care home, warn; not the phrase without a laugh, not an
  // animal playing dead (死んだふり).
  {
    re: phrase(`(?:子ども|子供|こども|子たち|園児|児童|生徒|赤ちゃん|乳児|幼児|ちびっこ|チビッコ|キッズ|組さん|組の|ぐみさん|利用者|入所者|おじいちゃん|おばあちゃん|みんな|皆)[^\\n]{0,40}?(?:死んだ|死んで(?:る|いる)|(?:死体|屍|しかばね|ゾンビ|遺体)の?)(?:か)?(?:みたい|よう|様)(?:に|な|です|だ)[^。！？!?\\n]{0,14}?(?:${LAUGH_MARK}|ｗ|[💀⚰👻])`, 'u'),
    rule: 'decency/insensitive',
    severity: 'warn',
    para: true,
    need: ['死んだ', '死んで', '死体', '屍', 'しかばね', 'ぞんび', '遺体'],
    veto: phrase('ふり|フリ|死んだふり', 'u'),
  },
  // Round W11 (R149I-078): animals put down, told in a light tone (収容期限が過ぎた3頭を処分しました。ガス室、今日はフル稼働でした〜😅,
  // 殺処分で今日は大忙しでした笑): the killing of animals made light of, warn; not 殺処分ゼロ, adoption, or a sober account.
  {
    re: phrase(`(?:殺処分|安楽死|ガス室|炭酸ガス|ドリームボックス|(?:頭|匹|羽|犬|猫|動物|収容|保護)[^。！？!?\\n]{0,16}?処分)[^\\n]{0,40}?(?:フル稼働|大忙し|大盛況|絶好調|大繁盛|大活躍|大漁|ノルマ|(?:でした|です|ました|ちゃった|ちゃいました|だった)(?:ね|よ)?[〜~ー]+[😅😂🤣😆😜🤪✨🎉]?|${LAUGH_MARK}|[😅🎉✨])`, 'u'),
    rule: 'decency/insensitive',
    severity: 'warn',
    para: true,
    need: ['処分', '安楽死', 'がす室', '炭酸がす', 'どりーむぼつくす'],
    veto: phrase('ゼロ|0頭|０頭|なくす|無くす|減ら|減少|譲渡|里親|啓発|歴史|アウシュ|ナチ|ごめん|つら|辛|悲し|悼|冥福|供養', 'u'),
  },
  // Round W11 (R149I-089): death or collapse from overwork made the selling point of a job (過労死ラインまで働ける根性のある方、大歓迎です笑,
  // 倒れるまで働ける方募集): a labour death joked about in recruitment, warn; not overwork prevented (過労死ゼロ, 働き方改革).
  {
    re: phrase('(?:過労死|過労で(?:倒れ|死)|(?:倒れる|ぶっ倒れる|死ぬ|死ぬる)(?:まで|ほど|くらい|ぐらい)(?:働|残業|頑張|がんば)|残業(?:地獄|上等|無制限)|不眠不休で(?:働|頑張)|休みなしで働)[^\\n]{0,40}?(?:歓迎|募集|求む|お待ち|待って|応募|採用|来たれ|きたれ)', 'u'),
    rule: 'decency/insensitive',
    severity: 'warn',
    para: true,
    need: ['過労', '倒れる', '死ぬ', '残業', '不眠不休', '休みなし'],
    veto: phrase('防止|なくす|無くす|ゼロ|改革|対策|減ら|削減|相談|啓発|超えない|させない|ありません|しません', 'u'),
  },
  // Round W11 (R150A-057): a class pitched to girls as training to be a bride (料理教室は、お嫁にいく前の女の子に特におすすめです, 花嫁修業に
  // ぴったり): housework handed to women as their future, warn; not a word about the custom (「花嫁修業」という言葉は古い).
  {
    re: phrase('(?:お?嫁(?:に|へ|さんに)(?:いく|行く|出る|出す|なる)(?:前|まで)|嫁入り(?:前|修業|修行)|花嫁修業|花嫁修行|(?:いい|良い|よい)(?:お)?嫁さんに(?:なれ|なる))[^\\n]{0,30}?(?:おすすめ|オススメ|お勧め|ぴったり|ピッタリ|最適|必須|必見|ぜひ|是非|どうぞ|いかが|役立|大歓迎)', 'u'),
    rule: 'decency/stereotype',
    severity: 'warn',
    para: true,
    need: ['嫁'],
    veto: phrase('固定観念|ジェンダー|役割分担|男女問わず|性別を問わ|という言葉|古い|死語|(?<!被)差別', 'u'),
  },
  // …and men told their part is only to eat or watch (男性は食べる専門でOK！, お父さんは食べるだけで大丈夫): the cooking left to women, warn;
  // not a father who used to only eat and now cooks (お父さんは食べる専門でしたが…).
  {
    re: phrase('(?:(?<![一-龥])男性|男子|男の人|男衆|男性陣|お父さん|パパ|旦那さん|ご主人)(?:陣)?(?:は|の皆さんは)[、,]?(?:食べる|飲む|見る|見てる|座って(?:る|いる))(?:専門|だけ|係|担当|役)(?:で|でも)?(?:ok|いい|よい|良い|結構|大丈夫|構いません|かまいません|です|！|!)', 'u'),
    rule: 'decency/stereotype',
    severity: 'warn',
    need: ['専門', 'だけ', '係', '担当', '役'],
    veto: phrase('固定観念|ジェンダー|役割分担|男女問わず|性別を問わ|(?<!被)差別', 'u'),
  },
  // Blind R151I-044: human remains, a mummy or the dead made a joke of looks or play (出土した人骨、骨格がイケメンすぎて…ざわついてます💀,
  // 美人すぎるミイラ, ご遺体がかわいい, 人骨とツーショット): no respect for the dead, warn; not a finding told plainly (人骨の調査結果),
  // not a costume (ミイラ男, ハロウィン) or a 骨格 of the living (骨格診断).
  {
    re: phrase(`(?:${REMAINS151})[^。！？!?\\n]{0,24}?(?:${CUTE151})|(?:${CUTE151})(?:すぎる|過ぎる|すぎた|な|の|で)[^。！？!?\\n]{0,6}?(?:${REMAINS151})`, 'u'),
    rule: 'decency/insensitive',
    severity: 'warn',
    veto: phrase('ミイラ(?:男|女|取り|とり)|ハロウィン|仮装|コスプレ|骨格(?:診断|タイプ)|冥福|供養|慰霊|敬意|尊厳|(?<!被)差別', 'u'),
  },
  // Blind R152D-059: a stamina food said to work tonight, with a leer (うなぎって精がつくけん、今夜は期待しとってよ〜😏💕, スッポンで元気に
  // なっちゃうけん、今夜は覚悟しとってね♡): sexual innuendo, warn; not stamina for the summer heat or tonight's festival with a plain
  // heart (精をつけて今夜の花火大会も楽しもう💕), not a leer at a named activity (今夜は旦那さんも試合の応援をがんばって😏).
  {
    re: phrase(`(?:${STAMINA151})[^\\n]{0,30}?(?:今夜|今晩|今宵|(?<![一-龥])夜(?:は|も|の(?:部|方|ほう)))[^\\n]{0,24}?(?:[😏😘💋]|(?:期待|覚悟|寝かせ|眠れ(?:ない|ん|なく)|寝られ(?:ない|ん)|お手柔らか)[^\\n]{0,12}?[💕♡❤♥💗💓😍])`, 'u'),
    rule: 'decency/sexual',
    severity: 'warn',
    para: true,
    wide: true,
    need: ['精', '元気にな'],
    veto: phrase('夏バテ|なつばて|熱中症|応援|試合|観戦|花火|祭り|まつり|大会|練習|部活|残業|夜勤|仕事|勉強|受験|作業|ライブ|教室|講座|(?<!被)差別|セクハラ', 'u'),
  },
  // Blind R154A-019 (W13): an event advert dressed as sexual innuendo: a slippery or "play" word (ぬるぬるの泥んこプレイ, ヌルヌル,
  // とろとろ, びしょ濡れ) with 大人の / 夜の / 今夜 and a heart or a kiss (♡, 💋, 😏), or 大人の…夜の with a kiss or a leer alone
  // (大人のための夜のムツゴロウ観察会…💋): warn. Not a children's mud play (親子で泥んこプレイ♡), not a night tour with a plain heart
  // (大人のための夜の美術館♡), not a playground or a player (プレイパーク, プレイヤー).
  {
    re: phrase(`(?:ぬるぬる|ぬめぬめ|とろとろ|びしょ(?:濡れ|ぬれ|びしょ)|びちょびちょ|ぐちょぐちょ|(?<!ディス|リ|ロール|コス|フェア|チーム|ファイン|ナイス|スーパー|ラフ|ダーティ|ファウル|ワン|ビッグ|好)プレイ(?!パーク|ヤー|ルーム|ス(?:テ|ポ)|ボール|リスト|ランド|ゾーン|エリア|グラウンド|タイム|ング|ガイド|ベース|オフ|ボタン|ステージ))[^\\n]{0,40}?(?:大人の|おとなの|夜の|今夜|今宵|二人きり|ふたりきり)[^\\n]{0,40}?[♡❤💕💋😏]|(?:大人の|おとなの|夜の|今夜|今宵)[^\\n]{0,40}?(?:ぬるぬる|ぬめぬめ|とろとろ|びしょ(?:濡れ|ぬれ|びしょ)|びちょびちょ|ぐちょぐちょ|(?<!ディス|リ|ロール|コス|フェア|チーム|ファイン|ナイス|スーパー|ラフ|ダーティ|ファウル|ワン|ビッグ|好)プレイ(?!パーク|ヤー|ルーム|ス(?:テ|ポ)|ボール|リスト|ランド|ゾーン|エリア|グラウンド|タイム|ング|ガイド|ベース|オフ|ボタン|ステージ))[^\\n]{0,40}?[♡❤💕💋😏]|(?:ぬるぬる|ぬめぬめ|とろとろ|びしょ(?:濡れ|ぬれ|びしょ)|びちょびちょ|ぐちょぐちょ|(?<!ディス|リ|ロール|コス|フェア|チーム|ファイン|ナイス|スーパー|ラフ|ダーティ|ファウル|ワン|ビッグ|好)プレイ(?!パーク|ヤー|ルーム|ス(?:テ|ポ)|ボール|リスト|ランド|ゾーン|エリア|グラウンド|タイム|ング|ガイド|ベース|オフ|ボタン|ステージ))[^\\n]{0,12}?[♡❤💕💋😏][^\\n]{0,40}?(?:大人の|おとなの|夜の|今夜|今宵)|(?:大人の|おとなの)(?:ための)?[^。！？!?\\n]{0,6}?夜の[^\\n]{0,50}?[💋😏]`, 'u'),
    rule: 'decency/sexual',
    severity: 'warn',
    para: true,
    need: ['ぬるぬる', 'ぬめぬめ', 'とろとろ', 'びしよ', 'びちよ', 'ぐちよ', 'ぷれい', '大人の', 'おとなの'],
    veto: phrase('親子|子ども|子供|こども|キッズ|園児|児童|小学生|幼児|試合|選手|演奏|ライブ|ゲーム|サッカー|野球|バスケ|ラグビー|テニス|チーム|観戦|応援|(?<!被)差別|セクハラ', 'u'),
  },
  // Blind R154A-065 (W13): people who complain or object called defective of body or mind (苦情を言う人は、きっと心が貧しいか耳が
  // おかしいか, 文句を言う連中は頭がおかしい, 反対する人は耳が悪いんでしょう): a disability or illness made the insult, block. Not a
  // complaint about one's own ears (騒音で耳がおかしくなりそうという苦情), not the complainers' feelings understood.
  {
    re: phrase('(?:苦情|文句|クレーム|いちゃもん|ケチ|反対|うるさいと)(?:を|ば)?(?:言う|いう|言っている|言ってる|言いよる|つける|付ける|入れる|する|言ってくる)(?:ような)?(?:人|方|やつ|奴|連中|輩|者|人たち|方々)(?:は|って|なんて|なんか)[、,]?[^。！？!?\\n]{0,24}?(?:耳|頭|目|脳|神経|精神|心)(?:が|の|も)?(?:おかしい|おかしか|おかしく|いかれ|イカれ|狂っ|くるっ|異常|病気|悪い|悪か|わるい|遠い|聞こえてな|腐っ|壊れ|どうかして)', 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    need: ['苦情', '文句', 'くれーむ', 'いちやもん', 'けち', '反対', 'うるさいと'],
    veto: phrase('ではありません|ではない|わけではな|思いません|とは限ら|(?<!被)差別|偏見', 'u'),
  },
  // Blind R154A-099 (W13): a religion, a temple or a shrine belittled as a mere money-maker (除夜の鐘なんて所詮はお坊さんの金もうけ,
  // お寺なんて結局は商売, 坊主丸儲け, 神社のお守りもしょせん集金ビジネス): faith disparaged in passing, warn. Not a temple's own
  // finances told plainly (拝観料とお布施で運営), not praying for business (商売繁盛).
  {
    re: phrase('(?:除夜の鐘|お寺|寺院|(?<![一-龥])寺(?![一-龥])|お坊さん|坊さん|坊主|住職|僧侶|神社|神主|お守り|お札|お祓い|宗教|教会|牧師|神父|お布施|葬式|法事|戒名|お経)[^。！？!?\\n]{0,12}?(?:なんて|なんか|って|も|は)[、,]?[^。！？!?\\n]{0,6}?(?:所詮|しょせん|結局(?:は)?|ただの|単なる|要は|どうせ)[^。！？!?\\n]{0,10}?(?:金(?:もうけ|儲け|儲|集め)|かねもうけ|銭(?:もうけ|儲け)|商売|集金|ビジネス|ぼったくり|ボッタクリ|詐欺)|坊主丸儲け|ぼうず丸儲け|坊主まるもうけ', 'u'),
    rule: 'decency/discriminatory',
    severity: 'warn',
    need: ['所詮', 'しよせん', '結局', 'ただの', '単なる', '要は', 'どうせ', '丸儲け', 'まるもうけ'],
    veto: phrase('ではありません|ではない|わけではな|とは限ら|誤解|(?<!被)差別|偏見|霊感商法|悪徳|カルト', 'u'),
  },
  // Blind R153I-027 (W13): a service outage or a closure the residents suffer (断水3日目, 停電, 通行止め, ガスが止まって) joked about
  // as a windfall or with a laugh (ちょうどいいダイエットの機会😆, お風呂どうしてます？笑, キャンプ気分でラッキー): levity at their
  // hardship, warn. Not preparation or a drill (断水に備えて), not service restored (復旧しました), not a planned works notice.
  {
    re: phrase(`(?:断水|停電|通行止め|通行止|ガス(?:が|の供給が)?(?:止ま|停止)|水が(?:出な|止ま)|電気が(?:止ま|来な|つかな)|孤立)[^\\n]{0,60}?(?:ちょうど(?:いい|良い|よい)|丁度(?:いい|良い|よい)|ダイエット|ラッキー|らっきー|得した|キャンプ気分|サバイバル気分|(?:いい|良い)(?:機会|経験)(?:かも|です|だ|ね)|${LAUGH_MARK})`, 'u'),
    rule: 'decency/insensitive',
    severity: 'warn',
    para: true,
    wide: true,
    need: ['断水', '停電', '通行止', 'がす', '水が', '電気が', '孤立'],
    veto: phrase('備え|備蓄|訓練|想定|予定|工事|復旧|解消|再開|ご注意|お知らせ|お見舞い|ご不便|ご迷惑|(?<!被)差別', 'u'),
  },
  // Blind R181D-013 (W20): the harm a disaster did to people (停電した, 断水中, 浸水した家, 避難所で過ごす, 被災した) recast as a charm or a
  // treat for those who suffered it (ろうそくの灯りも風情があったのでは, デジタルデトックスですね, いい経験になった, 貴重な体験ですね,
  // ちょっとしたキャンプ気分, 非日常を楽しめた): their hardship made a pleasant change, warn. Not a tip for an outage to come (停電に備えて,
  // 停電のときは), not a drill, not a candle event with no disaster (キャンドルナイト), not a lesson drawn in earnest (備えの大切さを学ぶ
  // 貴重な経験), not the sufferers' own words relayed (…と話してくださいました), not a place reopened after the harm (復旧した川下りの風情).
  {
    re: phrase(`(?:停電|断水|浸水|冠水|避難(?:所|生活|先|して|した|中|され)|被災|孤立)[^\\n]{0,60}?(?:風情|趣(?:が|の)?(?:あ|深)|(?<![ぁ-ゖ])乙な|おつな(?:もの|夜|体験)|ロマンチック|ロマンティック|デトックス|非日常(?:を|が|感|の)?(?:楽し|味わ|体験|満喫|気分)|(?:いい|良い|よい|貴重な|得難い|得がたい|めったにない|めったにできない|なかなかできない|新鮮な)(?:経験|体験|思い出)(?:に(?:なっ|なり|なる)|でし|だっ|です|ね|かも|♪|[！!]|$)|(?:ちょっとした|プチ)(?:キャンプ|アウトドア|サバイバル|合宿|冒険)|(?:キャンプ|アウトドア|合宿)(?:気分|体験)(?:を)?(?:楽し|味わ|満喫)|たまには(?:こういう|こんな|そんな)?(?:の|夜|日|生活|暮らし)?(?:も)?(?:いい|良い|よい|悪くない|ありかも|アリかも))`, 'u'),
    rule: 'decency/insensitive',
    severity: 'warn',
    para: true,
    wide: true,
    need: ['停電', '断水', '浸水', '冠水', '避難', '被災', '孤立'],
    veto: phrase('備え|備蓄|訓練|想定|対策|教訓|生か|活か|学(?:び|ん|ぶ|べ)|大切さ|語り継|伝え(?:て|る|た)|振り返|と(?:話|語)って|(?:話|語)してくださ|(?:停電|断水)(?:の)?(?:とき|時(?![間刻])|際|場合)|(?:停電|断水)(?:し)?たら|もしも|万が?一|復旧|復興|再開|再建|修復|修繕|保存|ボランティア|支援|派遣|応援|手伝|炊き出し|救援|防災|講座|研修|体験(?:会|学習|イベント)|宿泊体験|(?<!被)差別', 'u'),
  },
  // Blind R158A-047 (W14): a quake's measure made the measure of fun (震度7級の盛り上がり, 震度6強並みの大歓声) or a crowd said to shake
  // more than the real quake, with a laugh (本番の地震より会場のほうが揺れてたかも😂): a disaster made a joke, warn. Not a drill's
  // shaking told plainly (震度7の揺れを体験できる起震車), not a building's rating (震度7級の揺れに耐える).
  {
    re: phrase(`震度[0-9０-９一二三四五六七](?:強|弱)?(?:級|並み|なみ|クラス|レベル|相当)?(?:の|な)?(?:大|超)?(?:盛り上がり|盛りあがり|熱気|興奮|歓声|テンション|ノリ|爆笑|盛況|熱狂|沸き|わき)|(?:本物の|本番の|実際の|ほんまの|ほんとの|本当の)?地震(?:より(?:も)?|以上に|並みに|なみに|に負けない(?:くらい|ぐらい|ほど))[、,]?[^。！？!?\\n]{0,6}?(?:会場|客席|場内|ホール|体育館|スタンド|観客|お客さん|みんな|皆|ステージ)(?:の(?:ほう|方))?(?:が|も|は)[^。！？!?\\n]{0,6}?(?:揺れ|ゆれ|盛り上が|沸い|わい)[^。！？!?\\n]{0,12}?(?:${LAUGH_MARK}|[😂🤣😆])`, 'u'),
    rule: 'decency/insensitive',
    severity: 'warn',
    need: ['震度', '地震'],
    veto: phrase('(?<!被)差別|お見舞い|ご冥福|被災', 'u'),
  },
  // Blind R158A-054 (W14): the night of a couple named by a veil word (夜のほう, 夜の方, 夜の生活, 夜の営み) and cheered as harmonious or
  // lively with a leer (夫婦円満のお守り…夜のほうも円満になるかもね😏💕, 夜の生活もラブラブで♡): sexual innuendo, warn, where the paragraph
  // speaks of a couple. Not a shop or a tour open at night (夜の方も元気に営業中💕), not the cold of the night.
  {
    re: phrase('(?<![一-龥])夜の(?:ほう|方|生活|営み|夫婦生活)(?:も|は|が)?[、,]?[^。！？!?\\n]{0,10}?(?:円満|元気|お盛ん|盛ん|仲良|なかよ|らぶらぶ|熱く|熱い|激し|頑張|がんば|ご無沙汰|ごぶさた|満足|絶好調|充実|ばっちり|強(?:い|く))[^。！？!?\\n]{0,12}?[😏😘💋🤭♡💕❤😍]', 'u'),
    rule: 'decency/sexual',
    severity: 'warn',
    need: ['夜の'],
    topic: phrase('夫婦|カップル|旦那|奥さん|奥様|ご主人|新婚|恋人|彼氏|彼女|子宝|縁結び|円満|ご夫妻|パートナー', 'u'),
    veto: phrase('営業|開店|開館|ライトアップ|イルミ|花火|星空|ナイト|ディナー|メニュー|冷え込|寒|気温|(?<!被)差別|セクハラ', 'u'),
  },
  // Blind R159D-028 (W14): foreign workers valued for being cheap (外国人の実習生、言葉は通じんけど安くてよう働くけん助かる, 研修生は人件費が
  // 安くて助かる, 留学生のバイトは安いのにまじめに働く): people priced as labour, block. Not what is cheap for them (実習生の寮は家賃が安くて
  // 助かる), not the low pay named as a wrong (低賃金の是正, 安い労働力ではありません).
  {
    re: phrase(`(?:実習生|研修生|外国人|外国の(?:方|人)|外国籍|留学生|移民|難民|労働者|(?:${NATION})(?:人|系|出身))[^。！？!?\\n]{0,30}?(?:(?:人件費|給料|給与|賃金|時給|日当|日給|コスト)(?:が|も|は)?安(?:くて|い|く(?:済|す|つ)|か)[^。！？!?\\n]{0,8}?(?:助か|たすか|重宝|ありがた|お得|便利|使え|働)|安(?:くて|いし|いのに|い割に|いわりに|いうえに|い上に|かし|かけん|かとに)[、,]?(?:よく|よう|ばり|すごく|めっちゃ|真面目に|まじめに|一生懸命|黙々と|文句(?:も|ひとつ)?(?:言わ|いわ)ず(?:に)?)?(?:働|はたら))`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    need: ['安'],
    veto: phrase('問題|是正|改善|搾取|不当|違法|ではありません|ではない|いけません|許され|守る|保護|相談|最低賃金', 'u'),
  },
  // Blind R159D-085 (W14): an elder's bent back or dull ears said to make them fit for a task (ご年配の方はもともと腰が曲がってるから泥さらいに
  // ぴったり, お年寄りは耳が遠いけん騒音の作業にもってこい): the body of age made a joke of usefulness, warn. Not a tool or a seat fitted to
  // them (腰が曲がった方でも使いやすい杖, 低いテーブルが作業にちょうどいい), not care taken (無理せず, 負担).
  {
    re: phrase(`(?:${AGED}|年配|高齢)[^。！？!?\\n]{0,16}?(?:腰が(?:曲が|まが)|背中が(?:丸|曲が)|耳が遠|目が(?:遠|悪)|足腰が弱)[^。！？!?\\n]{0,8}?(?:から|けん|ので|し(?![ぁ-ゖ]))[、,]?[^。！？!?\\n]{0,12}?(?:作業|仕事|清掃|掃除|さらい|草取り|草むしり|草刈り|拾い|田植え|稲刈り|役|係|担当|当番)(?:に|には)[、,]?(?:ぴったり|ちょうど(?:いい|よか|良い)|丁度(?:いい|良い)|最適|もってこい|うってつけ|打って付け|お似合い|向いて|適任)`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'warn',
    need: ['腰が', '背中が', '耳が遠', '目が', '足腰'],
    veto: phrase('テーブル|椅子|いす|机|杖|カート|道具|用具|手すり|補助|配慮|無理|負担|気をつけ|気を付け|休憩|安全|(?<!被)差別|偏見', 'u'),
  },
  // Blind R159D-127 (W14): a mental illness dismissed as weakness (甘え, 気の持ちよう) and the readers told to get through by will before or
  // instead of care (うつ病なんて結局は甘えです。保健センターに相談に来る前に、まずは気合いで乗り越えましょう, 病院に頼らず根性で治せ): the
  // prejudice turned into advice that keeps the ill from help, block. Not the dismissal denied, not care urged (ためらわず相談を).
  {
    re: phrase('(?:うつ|鬱|精神疾患|心の病|メンタル|適応障害|パニック障害|依存症|統合失調症|不眠症)[^\\n]{0,40}?(?:甘え|気の持ちよう|気持ちの問題|心が弱|根性が(?:な|足り))[^\\n]{0,40}?(?:相談|受診|通院|治療|病院|薬|くすり|カウンセリング|専門医|医者|医師|保健センター|窓口)[^。！？!?\\n]{0,12}?(?:前に|より(?:も|先に)?|なんて|なんか|に頼(?:る前に|らず|らないで|らんで)|せず(?:に)?|しないで|せんで)[、,]?[^。！？!?\\n]{0,12}?(?:気合い?|根性|精神力|気力|気の持ちよう|自力|自分の力)', 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    para: true,
    need: ['甘え', '気の持ちよう', '気持ちの問題', '心が弱', '根性が'],
    veto: phrase('ではありません|ではない|じゃない|じゃなか|わけではな|でもありません|偏見|誤解|思い込み|決めつけ|と思われがち|ためらわず|遠慮なく|抱え込ま', 'u'),
  },
  // Blind R159D-137 (W14): looks heading the name of a trade or a role, whatever the role (商工会のイケメン若手経営者が大集合, 美人農業者,
  // イケメン消防士): people sold on their looks, lookism warn. Not 美人画 or 美人の湯, not a product (イケメン野菜の生産者さん).
  {
    re: phrase('(?:イケメン|美人(?!画|の湯|湯|林|祭|局|薄命)|美女|美男子?|男前|べっぴん|別嬪)(?:すぎる|過ぎる|揃いの|ぞろいの)?(?:若手|青年|独身|若き|新人|若い)?[一-龥]{1,5}(?:者|員|士|師|家|主|長)(?![一-龥])', 'u'),
    rule: 'decency/lookism',
    severity: 'warn',
    need: ['いけめん', '美人', '美女', '美男', '男前', 'べつぴん', '別嬪'],
    veto: phrase('ルッキズム|容姿で(?:判断|評価)|見た目で(?:判断|評価)|(?<!被)差別|偏見', 'u'),
  },
  // Blind R156I-067 (W14): a people cast as the buyers to beat, the readers urged to get in first (外国人に買い占められる前に、ぜひ日本人の
  // 皆さんで！, 中国人に土地を取られないうちに): a nationality set against the readers, block. Not a resale rush with no people named
  // (転売目的の買い占め), not a law or a rule on land sales (条例, 届出, 規制).
  {
    re: phrase(`(?:外国人|外国の(?:方|人)|外国籍|海外の(?:方|人)|よそ者|よそもん|(?:${NATION})(?:人|系))(?:の方)?(?:に|が|から)[^。！？!?\\n]{0,8}?(?:買い占め|買いしめ|買い漁|買いあさ|買われ|取られ|とられ|奪われ|乗っ取|占領|占拠|押さえられ)[^。！？!?\\n]{0,6}?(?:前に|うちに|ないうちに|ないよう|んうちに|んごと)`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    need: ['買', '取られ', 'とられ', '奪われ', '乗つ取', '占領', '占拠', '押さえられ'],
    veto: phrase('条例|規制|届出|届け出|法律|法令|審査|(?<!被)差別|偏見|デマ|誤解', 'u'),
  },
  // Blind R156I-070 (W14): a foreigner's broken or accented speech made the laugh of the event (片言の日本語で一生懸命しゃべる姿がかわいくて、
  // みんな爆笑でした😂, たどたどしい発音に大笑い): mocked, warn, where the paragraph names foreigners. Not a smile or applause (笑顔, 拍手), not
  // a joke they told (笑わせてくれました).
  {
    re: phrase(`(?:片言|かたこと|たどたどしい|つたない|拙い|変な|へんな|おかしな|なまった|訛った|めちゃくちゃな)(?:の)?(?:日本語|にほんご|発音|しゃべり|喋り|話し方|敬語)[^。！？!?\\n]{0,30}?(?:爆笑|大笑い|笑い転げ|笑っちゃ|笑ってしま|笑える|笑けた|うけ(?:た|る|ま)|${LAUGH_MARK})`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'warn',
    need: ['片言', 'かたこと', 'たどたどしい', 'つたない', '拙い', '変な', 'へんな', 'おかしな', 'なまつた', '訛つた', 'めちやくちやな'],
    topic: phrase(`外国|実習生|研修生|留学生|移民|難民|(?:${NATION})(?:人|系|出身|から)|国際交流|alt`, 'u'),
    veto: phrase('笑顔|笑み|微笑|笑わせ|冗談|ジョーク|ユーモア|(?<!被)差別|偏見', 'u'),
  },
  // Blind R156I-078 (W14): a rumour that touching a part makes one "perky" (さわると元気になるってウワサ) then a secret try at night offered
  // with a heart (夜の部で、こっそりたしかめてみる？🌙): sexual innuendo, warn, even of a mascot. Not a shrine's stroking ox told plainly
  // (なでると元気になる撫で牛), not a night tour without the secret and the heart.
  {
    re: phrase('(?:さわ|触|なで|撫|こす|擦|にぎ|握)(?:る|ると|ったら|れば|って)[^。！？!?\\n]{0,10}?(?:元気に|げんきに|大きく|おおきく|硬く|かたく|気持ちよく|気持ちいい)[^\\n]{0,40}?(?:(?:夜の部|今夜|今晩|今宵|夜に|夜は|夜中|真夜中|🌙)[^\\n]{0,12}?(?:こっそり|内緒で|ないしょで|二人きりで|ふたりきりで|秘密で|ひみつで)|(?:こっそり|内緒で|ないしょで|二人きりで|ふたりきりで|秘密で|ひみつで)[^\\n]{0,12}?(?:夜の部|今夜|今晩|今宵|夜に|夜中|真夜中|🌙))', 'u'),
    rule: 'decency/sexual',
    severity: 'warn',
    para: true,
    wide: true,
    need: ['さわ', '触', 'なで', '撫', 'こす', '擦', 'にぎ', '握'],
    topic: phrase('[♡💕❤😏😘💋🤭]', 'u'),
    veto: phrase('(?<!被)差別|セクハラ|痴漢|ご注意', 'u'),
  },
  // Blind R156I-079 (W14): women on the staff put in revealing dress to greet the visitors and the men invited for it (若手女性職員が担当します😊
  // ミニスカートでお出迎えしますので、男性の皆さんもぜひ足を運んで): staff made a sexual draw, block. Not a dress code or a warning (水着での
  // ご来場はご遠慮ください), not a greeting in yukata or costume.
  {
    re: phrase('(?:ミニスカ(?:ート)?|生足|生脚|網タイツ|へそ出し|水着|ビキニ|バニー(?:ガール)?|レオタード|ボディコン|胸元(?:の)?(?:開いた|あいた)|露出(?:の)?多め(?:の)?(?:服|衣装|格好)?|セクシーな(?:衣装|服|格好|ドレス))(?:姿)?(?:で|にて|を着て|着て)[、,]?[^。！？!?\\n]{0,6}?(?:お出迎え|お迎え|出迎え|ご案内|接客|おもてなし|お待ち|お酌|受付|お給仕|ご奉仕)', 'u'),
    rule: 'decency/sexual',
    severity: 'block',
    para: true,
    wide: true,
    need: ['みにすか', '生足', '生脚', '網たいつ', 'へそ出し', '水着', 'びきに', 'ばにー', 'れおたーど', 'ぼでぃこん', '胸元', '露出', 'せくしーな'],
    topic: phrase('(?:男性|殿方|男の|おじさん|おじさま|お父さん|男子|男衆)(?:の)?(?:皆さん|皆様|みなさん|みなさま|方|方々|陣)?[^。！？!?\\n]{0,12}?(?:ぜひ|是非|どうぞ|お越し|足を運|来て|きて|お待ち|遊びに|会いに)', 'u'),
    veto: phrase('ご遠慮|遠慮|禁止|お控え|不可|ご注意|盗撮|痴漢|セクハラ|ハラスメント|(?<!被)差別', 'u'),
  },
  // Blind R156I-090 (W14): an age named by its number and its driving called a weapon (80過ぎての運転はもう走る凶器, 70代のドライバーは動く
  // 凶器): the old as a whole called a danger, warn (the named elders are round 20's). Not every driver warned that a car can be one
  // (誰でも, 一歩間違えば凶器になりうる).
  {
    re: phrase('(?:[5-9５-９][0-9０-９]|[五六七八九]十)(?:歳|才)?(?:代|過ぎ|すぎ|超え|以上|を(?:過ぎ|超え|越え)(?:た|て))?[^。！？!?\\n]{0,12}?(?:運転|ドライバー|ハンドル)[^。！？!?\\n]{0,12}?(?:走る凶器|動く凶器|凶器|殺人(?:マシン|マシーン|兵器)|走る棺桶|時限爆弾|事故予備軍)', 'u'),
    rule: 'decency/discriminatory',
    severity: 'warn',
    need: ['凶器', '殺人', '棺桶', '爆弾', '予備軍'],
    veto: phrase('誰|だれ|どなた|年齢に(?:関係|かかわら)|すべての|全ての|なりうる|なり得る|にもなる|一歩間違え|(?<!被)差別|偏見', 'u'),
  },
  // Blind R160I-003 (W15): others' deaths in a disaster set against one's own luck (大雨で亡くなった方もいたみたいだけど、うちの地区は無事で
  // ラッキーでした🙌, 死者も出たらしいけど、こっちは被害ゼロで得したね): glee beside the dead, block (round 19f's milder こっちは揺れなくて
  // ラッキー stays warn). Not the deaths denied (亡くなった方はいませんでした), not relief said with condolence (ご冥福, お見舞い).
  {
    re: phrase(`(?:亡くな(?:った|られた|る)|死亡(?:した|者)|死者|犠牲(?:者|になった)|死んだ|命を落とし)[^。！？!?\\n]{0,24}?(?:けど|けれど|けども|が[、,]|ものの|のに|一方で?|反面)[、,]?[^。！？!?\\n]{0,24}?(?:うち|ウチ|こっち|こちら|ここ|我が家|わが家|自分|私|僕|俺|当地|柳川|市内)[^。！？!?\\n]{0,16}?(?:ラッキー|らっきー|ツイて|ついて(?:た|る)|運が(?:いい|良|よか)|得した|儲け|もうけ|勝ち組|セーフ)`, 'u'),
    rule: 'decency/insensitive',
    severity: 'block',
    need: ['らつきー', 'ついて', '運が', '得した', '儲け', 'もうけ', '勝ち組', 'せーふ'],
    veto: phrase('冥福|お悔やみ|哀悼|お見舞い|心が痛|胸が痛|(?:亡くなった|犠牲になった)(?:方|人)(?:は|も)[^。！？!?\\n]{0,4}?(?:いません|いな(?:い|かった)|おらず|おりません)|(?:死者|犠牲者)(?:は|も)?[^。！？!?\\n]{0,4}?(?:ゼロ|なし|いません|出ていません|出ませんでした)|(?<!被)差別', 'u'),
  },
  // Blind R160I-070 (W15): the ones who come or apply presumed to come for the women (or men) in swimwear or for their looks (応募が殺到…
  // 水着のお姉さんたち目当てかな？, ビキニ目当ての男性客, 美人ガイド見たさに): a sexual motive put on people, warn. Not a thing or an event
  // as the draw (花火目当て, 限定スイーツ目当て), not a crime warned of (女性目当ての声かけ事案, 詐欺).
  {
    re: phrase(`(?:(?:水着|ビキニ|浴衣|ゆかた|制服|ナース|ミニスカ(?:ート)?|セクシーな|若い|若くて|かわいい|可愛い|きれいな|綺麗な|美人の?)(?:の|姿の)?)?(?:お姉さん|おねえさん|おねーさん|女性|女の子|女子|ギャル|美女|美人|娘さん|女子大生|女子高生|jk|人妻|イケメン|お兄さん|ビキニ|水着)(?:たち|達|ら|陣|スタッフ|ガイド|職員)?(?:が)?(?:目当て|めあて|見たさ|みたさ)`, 'u'),
    rule: 'decency/sexual',
    severity: 'warn',
    need: ['目当て', 'めあて', '見たさ', 'みたさ'],
    keep: (sen, a, b) => /^(?:水着|ビキニ|浴衣|ゆかた|制服|ナース|ミニスカ|セクシー|若|かわい|可愛|きれい|綺麗|美人|美女|ギャル|イケメン|jk|人妻)/u.test(sen.slice(a, b)) || phrase(`かな|かも|でしょ|やろ|じゃない|[？?😏🤭😍👀]|${LAUGH_MARK}`, 'u').test(sen.slice(b, b + 16)),
    veto: phrase('詐欺|被害|不審|声かけ|声掛け|事案|犯罪|ストーカー|盗撮|痴漢|防犯|ご注意|注意して|(?<!被)差別|セクハラ', 'u'),
    // Blind R190A-045 (W22): the women so drawn are the staff of a named post (市民プールの監視員さん、若か女の子ばっかりやけん、水着目当てで
    // 来る人の増えるっちゃない？): the staff made the bait, block, as the other sexual remarks about named staff.
    upgrade: phrase('監視員|職員|スタッフ|係員|受付(?:の|係)|案内係|ガイドさん|指導員|インストラクター|保育士|看護師|店員|コンパニオン', 'u'),
  },
  // Blind R161A-020 (W15): a welcome then one group waved off with a trailing ちょっと (移住者大歓迎です！…ただ外国の方はちょっと、地域に
  // なじめないことが多いので😅, 参加者募集中！でも高齢の方はちょっと…体力的にきついので💦): the polite refusal, block; the folded view drops …,
  // so ちょっと may also run into a reason the sentence ends on (言いさし). Not ちょっと as an adverb of a clause that goes on (外国の方は
  // ちょっと驚かれるかもしれませんが, ちょっと手続きが違うので、窓口で), not help offered (英語の案内, 通訳).
  {
    re: phrase(`(?:ただ|でも|ただし|but|けど|けれど|ですが|が)[、,…‥]*[^。！？!?\\n]{0,6}?(?:外国(?:人|籍)?の?(?:方|人|かた)?|(?:${NATION})(?:人|系|籍|出身)(?:の(?:方|人))?|外国人|高齢(?:の)?(?:方|者)|お年寄り|年配の方|障(?:害|がい|碍)(?:者|のある方|のある人|の(?:ある|あ)る方)|車(?:いす|椅子)の方|ひとり親|シングル(?:マザー|ファザー)|生活保護(?:の方|受給者)?|同性(?:カップル|愛)(?:の方)?|lgbt(?:の方)?)(?:さん)?(?:は|だけは|となると)[、,]?(?:正直|さすがに|やっぱり|ちょっと|ちと)?[、,]?(?:ちょっと|ちょつと|ちと)(?:(?=[、,…‥。！!😅💦😓🙏]|・・|\\.\\.|$)|[^。！？!?\\n]{0,16}?(?:ので|から|けん|けえ|し)(?:ね|ねえ|ね〜)?[😅💦😓🙏😥]*(?=[。！!]|$))`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    need: ['ちよつと', 'ちと'],
    topic: phrase('歓迎|大募集|募集|ウェルカム|welcome|お待ちして|お待ちしとり|待っています|待ってます|移住|入居者|参加者', 'u'),
    veto: phrase('通訳|英語|多言語|翻訳|やさしい日本語|サポート|お手伝い|介助|ご案内|ご用意|用意して|お声かけ|ご相談|(?<!被)差別|偏見', 'u'),
  },
  // Blind R161A-028 (W15): people's deaths (the old, the sick) called natural selection or a culling (インフルで高齢者が亡くなるのも、ある意味
  // 自然淘汰ですよね, 弱った人から死んでいくのは間引きみたいなもの): death made a thing that should be, block. Not evolution or business taught
  // (生物の進化と自然淘汰, 商店街の淘汰), not the idea named to be condemned (優生思想, 許されない).
  {
    re: phrase(`(?:亡くな|死(?:ぬ|んで|んだ|亡)|死者|犠牲|命を落と|息を引き取)[^。！？!?\\n]{0,24}?(?:自然淘汰|淘汰|間引き|まびき|口減らし|人口調整|人減らし)|(?:高齢者|お年寄り|年寄り|老人|病人|弱者|障(?:害|がい|碍)者|持病のある(?:方|人))(?:は|が|から|の)[^。！？!?\\n]{0,16}?(?:自然淘汰|淘汰され|間引かれ|間引き|口減らし|人口調整)`, 'u'),
    rule: 'decency/insensitive',
    severity: 'block',
    need: ['淘汰', '間引', 'まびき', '口減らし', '人口調整', '人減らし'],
    veto: phrase('生物|進化|ダーウィン|遺伝子|種の|企業|店舗|商店|業界|市場|ビジネス|優生|許され|あってはな|ではありません|ではない|わけではな|誤り|(?<!被)差別|偏見', 'u'),
  },
  // Blind R161A-087 (W15): clothes gaping or short at a body part of people seen, and the sight enjoyed (振袖の胸元がゆるい子が多くて目の保養
  // でした😍, 浴衣の裾がはだけたお姉さんにドキッ♡): a sexual gaze at people, block. Not dressing advice (着崩れ, 着付け, 直し), not a warning
  // or a dress code (ご注意, ご遠慮), not worry (心配).
  {
    re: phrase(`(?:胸元|胸|谷間|襟元|えりもと|裾|すそ|太もも|ふともも|太腿|脚|足元|うなじ|背中|お尻|スカート)(?:が|の|も)?[^。！？!?\\n]{0,4}?(?:ゆる(?:い|く|か|め|ゆる)|緩(?:い|く|め)|はだけ|開い|あい(?:た|て)|空い|丸見え|見え(?:そう|ちゃ|て|た)|透け|すけ(?:て|た)|短(?:い|く|め)|めくれ|ずれ(?:て|た))[^。！？!?\\n]{0,24}?(?:目の保養|眼福|ごちそうさま|ご馳走様|ごちそう様|たまら|たまらん|ドキッ|どきっ|ドキドキ|得した|ラッキー|役得|ありがたい|最高|[😍🤤😏👀💕♡])`, 'u'),
    rule: 'decency/sexual',
    severity: 'block',
    need: ['目の保養', '眼福', 'ごちそう', 'ご馳走', 'たまら', 'どきつ', 'どきどき', '得した', 'らつきー', '役得', 'ありがたい', '最高', '😍', '🤤', '😏', '👀', '💕', '♡'],
    veto: phrase('着崩れ|着付け|直し|直して|ご注意|注意して|気をつけ|気を付け|ご遠慮|お控え|禁止|寒|冷え|転倒|けが|怪我|熱中症|心配|(?<!被)差別|セクハラ', 'u'),
  },
  // Blind R161A-149 (W15): a disaster's shortage made a game (雪で物流ストップ、スーパーの棚すっからかん🛒 サバイバルゲーム開幕です🎮笑, 台風で
  // 買い占め合戦、争奪戦スタート笑): the residents' hardship as fun, warn. Not a notice asking for calm (必要な分だけ, 買い占めはお控え),
  // not a drill or a stock kept (備蓄, 訓練).
  {
    re: phrase(`(?:大雪|雪|寒波|台風|大雨|豪雨|地震|災害|洪水|冠水|断水|停電)(?:の(?:影響|せい))?(?:で|により|によって|のため|が続(?:いて|き)|[、,])[^\\n]{0,30}?(?:物流(?:が|は)?(?:ストップ|止ま|停止|麻痺|まひ|マヒ)|棚(?:が|は|も)?[^。！？!?\\n]{0,4}?(?:すっからかん|空っぽ|からっぽ|カラッポ|ガラガラ|がらがら|空(?:に|で|っ))|物資(?:が)?不足|品薄|品切れ|売り切れ|買い占め|買いだめ|水が買えな|ガソリン(?:が)?(?:不足|ない|なか))[^\\n]{0,40}?(?:サバイバル|ゲーム開幕|ゲームスタート|開幕です|争奪戦|合戦|早い者勝ち|ラッキー|ダイエット|ちょうど(?:いい|良い)|🎮|${LAUGH_MARK})`, 'u'),
    rule: 'decency/insensitive',
    severity: 'warn',
    para: true,
    wide: true,
    need: ['雪', '寒波', '台風', '大雨', '豪雨', '地震', '災害', '洪水', '冠水', '断水', '停電'],
    veto: phrase('備え|備蓄|訓練|想定|お控え|控えて|必要な分|冷静|ご注意|お知らせ|ご不便|ご迷惑|お見舞い|(?<!被)差別', 'u'),
  },
  // Blind R163A-089 (W16): a death toll told as a record about to be tied, with a sheepish or playful ending (交通事故死者が3人目に…あと1人で
  // ワースト記録に並んじゃいます（汗）, 記録更新に協力しないでくださいね〜): deaths made a score, block. Not the sober count (ワースト記録に並ぶ
  // おそれがあります), not a campaign for a record of none (死亡事故ゼロの記録更新にご協力ください).
  {
    re: phrase(`(?:死者|死亡(?:事故)?|犠牲者|亡くな(?:っ|ら|り|る))[^\\n]{0,60}?(?:ワースト|記録|リーチ|王手)[^\\n]{0,24}?(?:(?:ちゃ|じゃ)(?:い|う|っ)|[（(]汗[)）]|${LAUGH_MARK}|[😅💦🤭])|(?:死者|死亡|犠牲|事故)[^\\n]{0,80}?記録(?:の)?更新に(?:ご)?協力(?:しないで|せんで|せんごと|しちゃ(?:だめ|ダメ))`, 'u'),
    rule: 'decency/insensitive',
    severity: 'block',
    para: true,
    need: ['死者', '死亡', '犠牲', '亡くな', '事故'],
    veto: phrase('ご冥福|お悔やみ|哀悼|追悼|慰霊', 'u'),
  },
  // Blind R165I-029 (W16): a fatal accident's closure or detour turned into a treat, across a line (死亡事故…通行止めになっとるよ🚧⏎遠回りに
  // なるけど、そのぶん田んぼの景色ば楽しんでね〜, 亡くなった方も…せっかくなのでドライブを満喫して): the death's aftermath as a silver lining, block.
  // Not a memorial (故人の分まで, 偲んで), not a detour told without the treat (迂回路をご利用ください).
  {
    re: phrase('(?:死亡(?:事故)?|亡くな(?:っ|ら|り|る)|死者|犠牲者|遺体)(?:[^\\n]|\\n(?!\\n)){0,80}?(?:そのぶん|その分|その代わり|そのかわり|せっかく(?:なので|だから|やけん|やし)?|ついでに|逆に)[、,]?[^。！？!?\\n]{0,20}?(?:楽しんで|たのしんで|楽しめ|満喫|堪能|お楽しみ|ドライブ(?:日和|気分)|得した|ラッキー)', 'u'),
    rule: 'decency/insensitive',
    severity: 'block',
    para: true,
    wide: true,
    need: ['死亡', '亡くな', '死者', '犠牲者', '遺体'],
    veto: phrase('ご冥福|お悔やみ|哀悼|追悼|慰霊|偲|しの(?:ん|び)|分まで|遺志|思い出', 'u'),
  },
  // Blind R164D-055 (W16): death as お迎え joked about of the old (平均年齢72歳！まだまだ当分お迎えは来そうにないですね😂, お迎えが来る前に
  // （笑）): old age made a death joke, warn. Not a pickup (保育園のお迎え, 送迎, お迎えが来るまでお待ちください).
  {
    re: phrase(`お迎え(?:は|が|も)?(?:まだ(?:まだ)?|当分|しばらく|なかなか|全然|一向に)?(?:来|き|こ)(?:そうにない|そうもない|なさそう|ない|ん|ませ|る(?:前|まで)|るの(?:は|も)[^。！？!?\\n]{0,6}?(?:先|遠|当分)|たら|ちゃ)[^。！？!?\\n]{0,16}?(?:${LAUGH_MARK}|[😂🤣😆😅💀👻])`, 'u'),
    rule: 'decency/insensitive',
    severity: 'warn',
    need: ['お迎え'],
    topic: phrase('平均年齢|[0-9０-９]{2}(?:歳|才)|高齢|お年寄り|年寄|老人|じいちゃん|ばあちゃん|シルバー|長寿|敬老|米寿|卒寿|白寿|百寿|ご長寿', 'u'),
    veto: phrase('保育|幼稚園|園児|学童|子ども|子供|こども|送迎|待合|お待ち|駅|空港|バス', 'u'),
  },
  // Blind R164D-115 (W16): a job called one sex's calling, or the other sex in it called odd (保育士はやっぱり女性の天職, 男の先生だとどうしても
  // 違和感がある, 看護師は女の天職): a job given to a sex, warn. Not one's own calling (保育士は私の天職), not the idea denied.
  {
    re: phrase('(?:女性|男性|(?<![一-龥])女|(?<![一-龥])男|母親|主婦)(?:の|にとっての)天職|(?:男|女)(?:性)?の(?:先生|保育士|看護師|職員|運転手|ドライバー|船頭|消防士|受付)(?:さん)?(?:だと|って|が(?:いる|おる)と)[^。！？!?\\n]{0,10}?違和感', 'u'),
    rule: 'decency/discriminatory',
    severity: 'warn',
    veto: phrase('ではありません|ではない|わけではな|とは限ら|偏見|固定観念|思い込み|決めつけ|言われてき|思われがち|時代遅れ|関係なく|関係ない', 'u'),
  },
  // Blind R165I-062 (W16): a person's bald head made the joke (船頭の権藤さん…頭のてっぺんがピカピカ🌅 提灯いらんばい, 課長の頭が光って
  // まぶしい笑): looks laughed at, warn. Not a statue or a thing (お地蔵さんの頭がつるつる), not a child's shaved head told fondly.
  {
    re: phrase(`(?:頭|あたま|おでこ|頭頂部)(?:の(?:てっぺん|上|天辺))?(?:が|は|も)[^。！？!?\\n]{0,6}?(?:ピカピカ|ぴかぴか|ツルツル|つるつる|テカテカ|てかてか|光って|まぶし|眩し)[^\\n]{0,40}?(?:${LAUGH_MARK}|[🌅💡✨😎]|提灯|ちょうちん|電球|ライト|照明|懐中電灯|反射)`, 'u'),
    rule: 'decency/lookism',
    severity: 'warn',
    para: true,
    need: ['頭', 'あたま', 'おでこ'],
    topic: phrase('さん|課長|部長|市長|会長|先輩|船頭|職員|おじさん|おっちゃん|じいちゃん|お父さん|親父|おやじ', 'u'),
    wide: true,
    veto: phrase('地蔵|仏|像|石|赤ちゃん|ボール|たまご|卵|電球の|人形|ぬいぐるみ|ロボット|頭皮ケア|育毛', 'u'),
  },
  // Blind R165I-026/038 (W16): a body's girth teased as a thing to hide or not to fit (お腹が引っ込まんかったお父さんたちも、水の中なら目立たん
  // けん安心して…笑, 帯が一周せん方は事前にご相談を😅, ベルトが閉まらない方は…笑): a body type made the joke, warn. Not advice without the
  // laugh (サイズが合わない方はご相談ください), not an exercise class.
  {
    re: phrase(`(?:お腹|おなか|(?<![一-龥])腹|体型|体形|ウエスト|贅肉|ぜい肉)(?:が|の)?[^。！？!?\\n]{0,8}?(?:引っ込ま|ひっこま|出とる|出てる|出た|ぽっこり|たるん)[^\\n]{0,40}?(?:目立たん|目立たな|隠せ|かくせ|隠れ|ごまかせ|誤魔化せ|バレな|ばれな|ばれん)[^\\n]{0,20}?(?:${LAUGH_MARK}|[😅])|(?:帯|おび|ベルト|ファスナー|チャック|ボタン)(?:が|も)[^。！？!?\\n]{0,4}?(?:一周せ|一周しな|一周でけ|回らな|まわらな|回らん|まわらん|届かな|とどかな|届かん|閉まらな|しまらな|閉まらん|しまらん|留まらな|とまらな|留まらん)(?:い|ん)?(?:方|人|お父さん|お母さん|おじさん|みなさん|皆さん)[^\\n]{0,30}?(?:${LAUGH_MARK}|[😅])`, 'u'),
    rule: 'decency/lookism',
    severity: 'warn',
    para: true,
    need: ['お腹', 'おなか', '腹', '体型', '体形', 'うえすと', '贅肉', 'ぜい肉', '帯', 'おび', 'べると', 'ふぁすなー', 'ちやつく', 'ぼたん'],
    veto: phrase('体操|運動|トレーニング|筋トレ|ストレッチ|教室|講座|健康|検診|健診|メタボ|故障|修理|壊れ', 'u'),
  },
  // Blind R165I-120 (W16): the old laughed at for their age or their slowness (平均年齢たぶん80超えｗ, 歩くのがゆっくりすぎて通路が大渋滞しとり
  // ました): age made the joke, warn. Not an age told with pride (平均年齢70歳超えの草刈り隊、元気いっぱいです).
  {
    re: phrase(`平均年齢[^。！？!?\\n]{0,8}?(?:[6-9６-９][0-9０-９]|六十|七十|八十|九十)(?:歳|才)?(?:超え|越え|オーバー|以上)?[^。！？!?\\n]{0,4}?(?:${LAUGH_MARK})|(?:歩く(?:の|スピード|速度)|歩き|足取り|動き)(?:が|は)[^。！？!?\\n]{0,4}?(?:ゆっくり|遅|おそ|のろ|スロー)(?:すぎ|過ぎ)[^。！？!?\\n]{0,30}?(?:渋滞|詰まっ|つまっ|進まな|進まん|${LAUGH_MARK})`, 'u'),
    rule: 'decency/stereotype',
    severity: 'warn',
    para: true,
    wide: true,
    need: ['平均年齢', '歩く', '歩き', '足取り', '動き'],
    topic: phrase('平均年齢[^。！？!?\\n]{0,8}?[6-9６-９][0-9０-９]|高齢|お年寄り|年寄|老人|じいちゃん|ばあちゃん|シルバー|ご長寿|[6-9６-９][0-9０-９](?:歳|才|代)|👵|👴', 'u'),
    veto: phrase('お気をつけ|ご注意|ゆっくりで(?:大丈夫|いい|構い)|ご自分のペース|安全', 'u'),
  },
  // Blind R165I-064 (W16): a people's loudness laughed at (中国からの団体さん…声の大きさで舟がひっくり返るかと思いました😂, 韓国のお客さん、
  // うるさすぎて笑): a nationality mocked, block. Not a cheerful welcome (大きな声で歌ってくれて盛り上がりました).
  {
    re: phrase(`(?:${NATION})(?:人|系|から|の(?:方|お客|団体|観光客))[^\\n]{0,40}?(?:声の(?:大きさ|でかさ|デカさ)|声(?:が|も)?(?:でか|デカ|大きすぎ|大き過ぎ)|うるさ(?:い|く|か|すぎ)|騒がし(?:い|く|すぎ|か))[^\\n]{0,40}?(?:${LAUGH_MARK}|ひっくり返|吹っ飛|ふっとび|かき消|鼓膜)`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    para: true,
    need: ['声', 'うるさ', '騒がし'],
    veto: phrase('(?<!被)差別|偏見|ではありません|わけではな|という声|との(?:声|苦情|ご意見)', 'u'),
  },
  // Blind R164D-020 (W16): a faith's diet refused with a taunt (ハラール料理は用意しません。郷に入っては郷に従え🐷🍖): a religion mocked, block.
  // Not a plain notice of the menu (ハラール料理はご用意がありません。ご了承ください).
  {
    re: phrase('(?:ハラール|ハラル|コーシャ|宗教上の(?:理由|食)|豚肉(?:抜き|不使用))[^\\n]{0,30}?(?:用意(?:し|いたし)ません|用意しない|出しません|出さない|対応(?:し|いたし)ません|対応しない|ありません|なし)[^\\n]{0,30}?(?:郷に入|ごうに入|日本に来たなら|日本に来たら|日本なんだから|日本やけん|[🐷🐖🍖🥓])', 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    para: true,
    need: ['はらーる', 'はらる', 'こーしや', '宗教上', '豚肉'],
  },
  // Blind R165I-115 (W16): another region's disaster brushed off (直撃やった九州南部のみなさん、ドンマイです😂, 被災地のみなさん残念でした笑):
  // victims mocked, block. Not a cancelled event told ドンマイ (雨で運動会が延期、ドンマイ！).
  {
    re: phrase(`(?:直撃|被災|被害|浸水|停電|倒壊|全壊|冠水|土砂崩れ)[^\\n]{0,40}?(?:ドンマイ|どんまい|残念でした|ご愁傷(?:様|さま)|お気の毒(?:様|さま))(?:です|でした|ね)?[^。！？!?\\n]{0,6}?(?:${LAUGH_MARK}|[😜🙌✌👍])`, 'u'),
    rule: 'decency/insensitive',
    severity: 'block',
    para: true,
    need: ['どんまい', '残念でした', 'ご愁傷', 'お気の毒'],
  },
  // Blind R164D-103 (W16): a past flood's damage made a swim (去年の大雨のときみたいに、駐車場がプールにならないといいな〜🏊, 豪雨で商店街が
  // 川になって🏄): the damage as play, warn. Not a pool's closing in rain (大雨の日はプールが休館です🏊), not a warning to keep off a river.
  // Blind R170I-008 (W17): a town flooded into a boat ride or a canal city (大雨で掘割があふれて、市内全部が川下りコースに🚣 今なら乗船料無料です
  // （笑）), the emoji right after に; not a course changed or closed in rain (川下りコースは運休です🚣).
  {
    re: phrase('(?:大雨|豪雨|水害|洪水|冠水|台風|浸水)(?:の(?:とき|時|際|日))?[^\\n]{0,30}?(?:プール|海|川|湖|池|川下り(?:コース)?|舟下り(?:コース)?|ボート(?:コース|乗り場)?|カヌー(?:コース)?|釣り堀|運河|ベネチア|ヴェネツィア|水上都市|海水浴場)(?:に|みたいに|状態に)(?:(?:なっ|なら|なり|なる|化)[^\\n]{0,16}?|\\s?)[🏊🏄🤽🚣🐟🐠🦆⛵🛶🏖🐸]', 'u'),
    rule: 'decency/insensitive',
    severity: 'warn',
    para: true,
    need: ['大雨', '豪雨', '水害', '洪水', '冠水', '台風', '浸水'],
    veto: phrase('近づ|近寄|ご注意|注意して|お気をつけ|避難|訓練', 'u'),
  },
  // Blind R162I-028 (W16): men's zeal said to rise with young women about (若い女性職員が多い班はなぜか作業がはかどる（男性陣のやる気的に）😏,
  // 女子大生のボランティアが来ると、おじさんたちのテンションが違う笑): women as the men's spur, warn. Not both praised alike (若い女性職員も
  // 男性陣もやる気十分です).
  {
    re: phrase('(?:若い|若か|かわいい|可愛い|美人の?|女子大生|女子高生)[^。！？!?\\n]{0,4}?(?:女性|女子|女の子|娘|お姉さん|ギャル)?(?:職員|スタッフ|ボランティア|さん)?[^。！？!?\\n]{0,30}?(?:男性陣|男性職員|男衆|男ども|男たち|男子|おじさん(?:たち|連中|陣)?|おっさん|オヤジ)(?:の|が)?[^。！？!?\\n]{0,4}?(?:やる気|張り切|はりき|テンション|気合|士気|鼻の下)', 'u'),
    rule: 'decency/sexual',
    severity: 'warn',
    keep: (sen) => /[😏🤭😍]|笑|的に|なぜか|不思議と|おかげ|せい/u.test(sen) && !/(?:も|と)(?:男性陣|男性職員|男たち|男子)|(?:男性陣|男性職員)も/u.test(sen),
  },
  // Blind R163A-020 (W16): men's eyes said to go to women's bodies (ミニスカポリスのお姉さんたち…審査員のおじさんたちの目線がずっと下のほう
  // でした笑, 男性陣の視線は胸元に釘付け): a sexual gaze, block. Not a child's eye level or a safety note (子ども目線, スマホを見て下を向く).
  {
    re: phrase('(?:おじさん|おっさん|オヤジ|男性|(?<![一-龥])男|男子|審査員|男性陣)(?:たち|達|陣|ら|衆|の皆さん)?の(?:目線|視線|目)(?:が|は)[^。！？!?\\n]{0,8}?(?:下(?:のほう|の方|ばっかり|ばかり)|足元|胸|脚|太もも|ふともも|お尻|スカート|谷間|くびれ)', 'u'),
    rule: 'decency/sexual',
    severity: 'block',
    topic: phrase('ミニスカ|スカート|水着|お姉さん|女性|女子|ナース|チア|コスプレ|浴衣|ギャル|美女|美人', 'u'),
    veto: phrase('子ども目線|子供目線|スマホ|足元に(?:ご)?注意|安全|危な|段差', 'u'),
  },
  // Blind R165I-010 (W16): a wish that idols or young women put on a swimsuit show (クリーク☆エイトのみんな、次は市民プールで水着イベントやって
  // くれんかな〜😍, ミスの3人に水着撮影会をしてほしい): women's bodies wished for as the draw, block. Not a swimsuit event planned for
  // the residents (市民プールで水着ファッションショーを開催します).
  {
    re: phrase('水着(?:の)?(?:イベント|ショー|撮影会|姿|審査|グラビア|コンテスト)(?:を|で|も)?[^。！？!?\\n]{0,4}?(?:やって|して|見せて|披露して)(?:くれ(?:ん|ない|へん|ませ)か|ほしい|欲しい|もらえ(?:ん|ない|ませ)か)', 'u'),
    rule: 'decency/sexual',
    severity: 'block',
    topic: phrase('アイドル|女子|女の子|お姉さん|ガール|(?<![一-龥])嬢|(?<![一-龥])娘|ミス|メンバー|みんな|皆さん|看板娘', 'u'),
    veto: phrase('要望|ご意見|検討|安全|熱中症|(?<!被)差別|セクハラ', 'u'),
  },
  // Blind R165I-095 (W16): runners of one sex told they will be smitten by youths or beauties of the other (給水所は男子高校生…女子ランナーの
  // みなさん、見とれてペース落とさんように♡, 美人スタッフに見とれて転ばないで): people set out as eye candy, warn. Not a view admired
  // (夕日に見とれて, 花火に見惚れ).
  {
    re: phrase('(?:男子高校生|男子高生|男子学生|男子大学生|イケメン|女子高生|女子大生|女子学生|お姉さん|美女|美人|男前)[^\\n]{0,80}?(?:見とれ|見惚れ|みとれ|みほれ)(?:て|ない|ん|ちゃ)', 'u'),
    rule: 'decency/sexual',
    severity: 'warn',
    para: true,
    wide: true,
    need: ['見とれ', '見惚れ', 'みとれ', 'みほれ'],
    veto: phrase('景色|夕日|夕焼け|花(?!束)|桜|夜景|紅葉|花火|作品|演技|演奏|舞(?!台)|技|(?<!被)差別|セクハラ', 'u'),
  },
  // Blind R166I-035 (W16): a landlord's refusal of a group relayed as why the Japanese are welcome (「外国人に貸すと家を汚されるから嫌だ」という大家
  // さんが多いので、…日本人のご家族は本当に歓迎される): the exclusion told as the newcomers' advantage, block. Not both welcome (日本人も外国人も
  // 歓迎), not the refusal named as discrimination.
  {
    re: phrase(`(?:(?:${NATION})(?:人|籍|の方)?[^。！？!?\\n]{0,40}?(?:大家|家主|オーナー|所有者|地主)|(?:大家|家主|オーナー|所有者|地主)[^。！？!?\\n]{0,30}?(?:${NATION})(?:人|籍|の方))[^。！？!?\\n]{0,40}?日本人(?:の)?(?:ご家族|家族|方|世帯|入居者|夫婦|ご夫婦)?(?:は|なら|だと|やったら)[^。！？!?\\n]{0,8}?(?:歓迎|喜ばれ|有利|貸してもらえ|借りやす|選ばれ|好まれ)`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    need: ['日本人'],
    veto: phrase('(?<!被)差別|偏見|人権|許され|あってはな|不当|問題(?:です|だ|視)', 'u'),
  },
  // Blind R167I-051 (W17): the wreckage a storm or a flood left (流れてきた屋根の板, 倒れた木, 剥がれたトタン) likened to art or called
  // photogenic (ちょっとしたアートみたい📸, 前衛的なオブジェのよう, 逆に映える): the damage made a sight to enjoy, warn. Not driftwood used
  // for a craft class (流木アート教室: no likeness), not a sky after the storm (台風一過の空がアートみたい: no wreckage), not a repair praised
  // (崩れた石垣の修復が完了、芸術作品のような石積み).
  {
    re: phrase('(?:台風|大雨|豪雨|洪水|水害|地震|竜巻|津波|高潮|突風|暴風|冠水|浸水|土砂崩れ|災害)[^\\n]{0,40}?(?:流れ(?:て)?(?:き|来)た|流れ着いた|流され(?:た|てき)|飛ばされ(?:た|てき)|飛んで(?:き|来)た|吹き飛(?:んだ|ばされた)|はがれた|剥がれた|めくれた|倒れた|折れた|崩れた|壊れた|潰れた|つぶれた|散乱した|散らばった|打ち上げられた|(?:がれき|瓦礫|倒木))[^\\n]{0,30}?(?:(?:アート|芸術|作品|オブジェ|インスタレーション|前衛|美術館|現代美術)(?:的|作品)?(?:みたい|みてえ|のよう|っぽ|かと思|と化)|(?<![見照])映え(?!ない|ません)|絵になる|フォトジェニック|インスタ映え)', 'u'),
    rule: 'decency/insensitive',
    severity: 'warn',
    para: true,
    need: ['台風', '大雨', '豪雨', '洪水', '水害', '地震', '竜巻', '津波', '高潮', '突風', '暴風', '冠水', '浸水', '土砂崩れ', '災害'],
    veto: phrase('修復|復旧|復興|再建|完成|撤去|片付け|ボランティア|お見舞い|ご注意|近づかない|近寄らない|危険', 'u'),
  },
  // Blind R167I-071 (W17): a person's sex (and youth) given as the reason the readers should go easy on them (担当が若い女の子なので大目に
  // 見てあげてください, 女性職員ですのでお手柔らかに): a sex presumed to be weak or not answerable, warn. Not one new to the job (新人なので
  // 大目に見て: no sex), not a child or a pet (小学生の女の子なので, 保護猫の女の子なので).
  {
    re: phrase('(?:若い|若か|新人の|入ったばかりの)?(?:女の子|女子|女性|(?<![一-龥])女(?:の人)?|お嬢さん|ギャル)(?:職員|スタッフ|社員|担当)?(?:さん)?(?:なので|なんで|だから|ですので|ですから|やけん|やし|なもので|なもんで)[、,]?[^。！？!?\\n]{0,10}?(?:大目に見|おおめに見|多めに見|許して(?:あげ|やっ|やり|ください|下さい|ね)|勘弁して(?:あげ|やっ|ください)|お手柔らかに|責めないで|責めんで|見逃して|温かい目で|あたたかい目で)', 'u'),
    rule: 'decency/stereotype',
    severity: 'warn',
    need: ['大目に見', 'おおめに見', '多めに見', '許して', '勘弁して', 'お手柔らかに', '責めないで', '責めんで', '見逃して', '温かい目で', 'あたたかい目で'],
    veto: phrase('小学|中学|園児|幼稚園|保育園|児童|生徒|赤ちゃん|お子さん|子ども|子供|[0-9０-９一二三四五六七八九十]{1,2}(?:歳|才)|犬|猫|ねこ|わんちゃん|にゃん|譲渡|里親|ペット|うさぎ', 'u'),
  },
  // Blind R168A-009 (W17): staff in a work or festive dress savoured (保育所の先生たちのエプロン姿、たまりません…♡, 看護師さんの白衣姿、
  // 眼福です): their looks made a treat, lookism warn, block with a leer or a body word in the sentence (♡, 😍, スタイル). Not children or
  // grandchildren (孫の浴衣姿、かわいくてたまりません), not a dish (たまりません of food: no 姿).
  {
    re: phrase('(?:先生|職員|スタッフ|保育士|看護師|ナース|お姉さん|女性|女子|女性陣|ママ|お母さん|奥さん|奥様|店員|ガイド|受付|係員|船頭)(?:さん)?(?:たち|達|の皆さん|方)?の[^。！？!?\\n]{0,6}?(?:エプロン|制服|白衣|ナース服|浴衣|着物|水着|スーツ|作業着|ユニフォーム|袴|振袖|法被|はっぴ|メイド服|割烹着|ジャージ|レオタード|チャイナドレス|ドレス)姿(?:が|は|も)?[、,]?\\s?(?:たまら(?:ん|ない|なか|ねえ|へん)|たまりません|そそ(?:る|られ)|ムラムラ|むらむら|眼福|目の保養|色っぽ|艶っぽ|セクシー|エロ)', 'u'),
    rule: 'decency/lookism',
    severity: 'warn',
    need: ['姿'],
    veto: phrase('孫|赤ちゃん|園児|児童|子どもたち|子供たち|こどもたち|キッズ|息子|娘(?!さん)', 'u'),
    upgrade: phrase('[♡💕💗❤😍🤤😏]|スタイル|色っぽ|セクシー|そそ|ムラムラ|むらむら|胸|脚|お尻|くびれ', 'u'),
  },
  // Blind R168A-046 (W17): the readers steered to shops or firms run by Japanese over those of a foreign group (外国人スタッフのお店は…
  // 不安なので、日本人がやっているお店を選ぶのが無難, 日本人経営の業者のほうが安心): a people avoided, block. Not both praised (日本人の
  // お店も外国人のお店も), not a taste (日本人の口に合うお店), not the advice relayed to answer it (…という声もありますが).
  {
    re: phrase('日本人(?:が|の)?(?:やって(?:い|お)?る|経営(?:して(?:い|お)?る|する|の)|営(?:む|んで(?:い)?る)|働いて(?:い|お)?る|いる|おる|店主の|スタッフの|オーナーの)?(?:お店|店|店舗|業者|会社|宿|民泊|不動産屋|工務店|病院|医院|タクシー|屋台|ガイド)[^。！？!?\\n]{0,8}?(?:を選ぶ|を選ん|を選べ|にする|に行く|を使う|を利用する|の(?:ほう|方)が|が)[^。！？!?\\n]{0,6}?(?:無難|安心|おすすめ|お勧め|オススメ|確実|間違いな|ベター|賢明|いい(?:です|でしょう|かも|よ)|良い(?:です|でしょう|かも)|よい(?:です|でしょう|かも))', 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    need: ['日本人'],
    topic: phrase(`外国|(?:${NATION})(?:人|系|籍|の方)|実習生|留学生|移民|片言|カタコト|かたこと`, 'u'),
    veto: phrase('(?<!被)差別|偏見|ではありません|わけではな|という声|との声|という(?:ご)?意見|とのご意見|も外国', 'u'),
  },
  // Blind R168A-112 (W17): a workplace or a field typed as one sex's (汗くさい男たちの職場, 男の世界) and the other sex said to keep away
  // (女子はちょっと近寄れませんね笑, 女の人は入りにくい): a sex kept out by type, warn. Not the image named to change it (男の職場という
  // イメージ…女性も活躍), not a changing room.
  {
    re: phrase('(?<![一-龥])(?:男|女)(?:性)?(?:たち|達|ども|衆|だらけ|ばかり|ばっかり|ばっか)?の(?:職場|世界|現場|仕事場|領分|聖域|社会)[^。！？!?\\n]{0,20}?(?<![一-龥])(?:女|男)(?:性|子|の子|の人|性陣|子たち|の子たち)?(?:は|には|が)[、,]?[^。！？!?\\n]{0,8}?(?:近寄れ|近寄りがた|近づけ|近づきがた|入れ(?:ない|ません|ん)|入りにく|入りづら|場違い|縁がな|お呼びでな|無理(?:です|だ|や|ね|[。！!]|$))', 'u'),
    rule: 'decency/stereotype',
    severity: 'warn',
    veto: phrase('イメージ|思われがち|と言われ|ではありません|ではない|わけではな|なんてこと|変えたい|変えよう|活躍|大歓迎|更衣|トイレ|浴場|風呂', 'u'),
  },
  // Blind R169D-124 (W17): a gathering of the old asked or called an old people's home (平均年齢70超え…ここは老人ホームかな？, 役員会は
  // もはや老人会状態): the old mocked as a crowd, warn. Not a visitor's mistaken question answered (ここは老人ホームですか？とよく聞かれますが、
  // 集会所です), not a home visited or served.
  {
    re: phrase('(?:ここ|会場|会議|会議室|役員会|集まり|総会|自治会|この(?:会|町|地区|集落|商店街|部署|課)|うちの(?:会|町|地区|部署|課))(?:は|って|、)?[^。！？!?\\n]{0,6}?(?:老人ホーム|養老院|介護施設|デイサービス|姥捨て山)(?:か(?:な|よ|しら|い|ね|と思)|ですか|でしょうか|なの|やろ|やん|状態|と化)', 'u'),
    rule: 'decency/stereotype',
    severity: 'warn',
    topic: phrase(`平均年齢|高齢|お年寄り|年寄|(?:[6-9６-９][0-9０-９]|六十|七十|八十|九十)(?:歳|才|代|超え|越え)|居眠り|寝て|${LAUGH_MARK}`, 'u'),
    veto: phrase('見学|入居|職員|介護職|福祉|聞かれ|間違え|案内|ではありません|ではなく', 'u'),
  },
  // Blind R170I-103 (W17): men said to stare at women in swimwear or revealing dress (審査員の男性職員たち、ガン見しすぎて仕事になって
  // ませんでした🤤, おじさんたちはビキニのお姉さんにくぎ付け): a sexual gaze, warn; block with drool. Not a child watched for safety (監視
  // スタッフは水着の子どもたちから目が離せません), not a show or a view (演技, 花火).
  {
    re: phrase('(?<![一-龥])(?:男性|男子|男|おじさん|おっさん|オヤジ|おやじ|おじさま|審査員|男性陣)(?:職員|スタッフ|陣|衆)?(?:たち|達|ら|陣|の皆さん|ども)?[、,]?(?:は|が|も)?[^。！？!?\\n]{0,12}?(?:ガン見|がん見|凝視|ジロジロ|じろじろ|チラ見|ちら見|釘付け|くぎ付け|くぎづけ|鼻の下(?:が|を)?(?:伸|のび)|目がハート|目の色(?:が|を)?(?:変え|かえ)|目が離せ|見入っ|見とれ|見惚れ)', 'u'),
    rule: 'decency/sexual',
    severity: 'warn',
    topic: phrase('水着|ビキニ|👙|ミニスカ|スカート|胸元|谷間|レオタード|バニー|美女|美人|ギャル|お姉さん|女子大生|女子高生', 'u'),
    veto: phrase('演技|作品|花火|景色|夜景|料理|試合|展示|映像|画面|モニター|ゲーム|安全|監視員|見守|子ども|子供|溺|事故|魚|イルカ|ペンギン|電車', 'u'),
    upgrade: phrase('🤤|よだれ|ヨダレ|ムラムラ|むらむら', 'u'),
  },
  // Blind R172A-148 (W18): a wrong's rise put down to a group's rise or arrival (不法投棄が増えたのは、…外国人の実習生が増えたせいでしょう,
  // 騒音が目立つようになったのは留学生が住み始めてからだ): block. Not a neutral count (相談が増えたのは…増えたため: no wrong), not the claim
  // answered (…せいだという誤解, とは限りません), not the group as the victims or the ones helped (被害, 相談, 支援).
  {
    re: phrase(`${WRONG_W18}(?:が|も)?[^。！？!?\\n]{0,8}?(?:増え|多く|目立(?:つ|ち)|ひどく|悪化し|相次(?:ぐ|い))[^。！？!?\\n]{0,12}?(?:のは|原因は|理由は|背景には)[、,]?[^。！？!?\\n]{0,16}?(?:${SHARE_GROUP}|(?:${NATION})(?:人|系|籍)(?:の(?:方|人))?|研修生)(?:の)?(?:方|人|住民|労働者|観光客|実習生|留学生)?(?:たち|達|々)?(?:が|の)[^。！？!?\\n]{0,6}?(?:増えた|増えて(?:き)?(?:た|から)|来るようになっ(?:た|て(?:から)?)|住み(?:始め|はじめ)(?:た|て(?:から)?)|入っ(?:てき)?(?:た|て(?:から)?)|多い|多くなっ(?:た|て))(?:せい|から|ため|けん|影響)`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    veto: phrase('誤解|偏見|(?<!被)差別|根拠|とは限ら|ではありません|ではない|わけではな|デマ|被害|相談|支援|通訳|多言語', 'u'),
  },
  // Blind R172A-110 (W18): the neighbours' fear of a group or its home relayed, then the account siding with it by a concession (…作業所、ご近所から
  // 「ちょっと怖い」って声もあるみたいですね。まあ、その気持ちもわからなくはないです; 気持ちも分からんでもない): block. Not the group's own fear
  // (人混みが怖いという方も), not a concession turned to understanding (その気持ちも分かります。でも、知ることで…交流会へ).
  {
    re: phrase(`(?:${R24_GRP}|グループホーム|作業所|福祉施設|支援施設)[^\\n]{0,40}?(?:ご近所|近所|近隣|周辺|周り|地域|住民|自治会|町内)(?:の(?:方|人|皆さん)(?:々)?)?(?:から|では|の|には|にも|が|も)[^\\n]{0,20}?(?:怖|こわ|不安|気味(?:が|の)?悪|物騒|心配|嫌|いや)[^\\n]{0,24}?(?:声|意見|話|方|人)[^\\n]{0,40}?(?:気持ち|心情|思い|ご不安|不安|心配)(?:も|は)?[、,]?(?:まあ|まぁ|正直|なんとなく)?[、,]?(?:わからなくは|分からなくは|わからなくも|分からなくも|わからんでも|分からんでも|わからないでも|分からないでも|わからないことも|分からないことも|理解できなくも|よく(?:わか|分か)(?:る|ります))`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    para: true,
    wide: true,
    need: ['わからなく', '分からなく', 'わからんでも', '分からんでも', 'わからないでも', '分からないでも', 'わからないことも', '分からないことも', '理解できなくも', 'よくわか', 'よく分か'],
    veto: phrase('(?<!被)差別|偏見|誤解|思い込み|知ることで|交流|見学|ですが|けれど|(?<![らんい])でも[、,]|(?<=[。！!\\n]\\s?)(?:でも|だけど|ただ|しかし|一方)|しかし', 'u'),
  },
  // Blind R172A-125 (W18): a staff member's body praised past measure and the account's pleasure at seeing them (新しく来た栄養教諭の先生、
  // スタイル良すぎて給食の時間がますます楽しみになりました♡, 受付のお姉さん、脚がきれいすぎて通うのが楽しみ😍): a leer, lookism block (the
  // praise alone stays warn). Not a child or a pet, not clothes or a dish (デザインが良すぎて着るのが楽しみ♡: no body).
  {
    re: phrase(`(?:${STAFF}|先生|教諭|店員|お姉さん|お兄さん|ママさん|奥さん|奥様)(?:さん)?[^。！？!?\\n]{0,10}?(?:スタイル|顔|顔面|脚|足|美脚|ボディ|体つき|くびれ)(?:が)?(?:良|よ|いい|抜群|きれい|綺麗|キレイ|かわい|可愛|美し|エロ|えろ)(?:すぎ|過ぎ)[^。！？!?\\n]{0,24}?(?:楽しみ|たのしみ|待ち遠し|通いたく|通っちゃ|行きたく|会いたく|癒され|[♡💕💗❤😍🤤😏])`, 'u'),
    rule: 'decency/lookism',
    severity: 'block',
    veto: phrase('孫|赤ちゃん|園児|児童|子どもたち|子供たち|息子|娘(?!さん)|犬|猫|料理|デザイン|服|衣装|写真の構図', 'u'),
  },
  // Blind R174I-017 (W19): a people's manners or faults put down to its national character (外国人観光客のマナーは国民性によるところが大きいので、
  // あきらめるしかない; ごみの出し方が悪いのはお国柄のせい): block, as 国民性やけん仕方なか. Not a difference to learn or enjoy (国民性の違いを理解し
  // 合う交流会), not one met with signs in other languages, not the presumption named to deny it.
  {
    re: phrase(`${CHARACTER_W19}(?:の違い)?(?:による|によって|に由来|から(?:く|来)る|の問題|のせい|が(?:原因|理由))[^。！？!?\\n]{0,30}?(?:仕方|しかた|しょうがな|しょうが(?:ない|ありません)|あきらめ|諦め|どうしようもな|直らな|治らな|変わらな|期待でき|無理|我慢|がまん)|(?:マナー|ルール|行儀|態度|時間を守らな|ごみ|ゴミ|ポイ捨て|割り込み|騒|うるさ|ルーズ)[^。！？!?\\n]{0,24}?${CHARACTER_W19}(?:の違い)?(?:による|によって|に由来|から(?:く|来)る|の問題|のせい|が(?:原因|理由))`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    veto: phrase('違いを(?:理解|楽しみ|知|尊重|学)|理解し合|多言語|案内板|通訳|翻訳|交流|偏見|決めつけ|一括り|ひとくくり|ではなく|ではありません|とは限ら|誤解|(?<!被)差別', 'u'),
  },
  // Blind R174I-028 (W19): a past flood made a boat ride or a pool again, with a laugh (豪雨のときみたいに、また…町じゅうが川下りコースになったり
  // して（笑）): block; the emoji form (…川下りコースに🚣) stays the warn above. Not a warning to keep off (近づかないで), not a drill.
  {
    // Blind R204D-034 (dec11): a dwelling turned into a paddy (大雨を思い出しますね〜。あのときは…家まで水田になりましたっけ（笑）): the
    // paddy is water only where a house, a garden or a street becomes one; not a fallow field that fills again (休耕田が水田に).
    re: phrase(`(?:大雨|豪雨|水害|洪水|冠水|台風|浸水)(?:の(?:とき|時|際|日))?[^\\n]{0,30}?(?:プール|海|川|湖|池|川下り(?:コース)?|舟下り(?:コース)?|ボート(?:コース|乗り場)?|カヌー(?:コース)?|釣り堀|運河|ベネチア|ヴェネツィア|水上都市|海水浴場|${DWELLING_PADDY_D11})(?:に|みたいに|状態に)(?:なっ|なら|なり|なる|化)(?:[^\\n]{0,16}?|[^。！？!?\\n]{0,60}?)(?:${LAUGHED_W19})`, 'u'),
    rule: 'decency/insensitive',
    severity: 'block',
    para: true,
    need: ['大雨', '豪雨', '水害', '洪水', '冠水', '台風', '浸水'],
    veto: phrase('近づ|近寄|ご注意|注意して|お気をつけ|避難|訓練', 'u'),
  },
  // Blind R174I-040 (W19): a disabled group presumed unable to cope and steered off politely (障がいのある方には会場の人混みは難しいと思いますので、
  // ご自宅のテレビ中継でご覧になることをおすすめします): warn; told to stay away (ご遠慮, お控え), block. Not a choice left to them (…が難しい
  // 場合は), not help offered (専用観覧席をご用意, 介助, ご相談ください).
  {
    re: phrase(`(?:${DISABLED}|障(?:害|がい|碍)(?:の)?(?:ある|お持ちの)(?:方|人|お客様|お子さん)|車(?:椅子|いす)の(?:方|人|お客様))(?:には|は|にとって(?:は)?)[、,]?[^。！？!?\\n]{0,24}?(?:難しい|むずかしい|大変|無理|厳しい|きつい|向かない|向いていない|危ない|危険|負担)(?:か|だ|です)?(?:と思(?:い(?:ます)?|われ(?:ます)?)|でしょう|だろう)?(?:ので|から|ため|けん)[、,]?[^。！？!?\\n]{0,30}?(?:ご自宅|自宅|お家|おうち|家で|テレビ|中継|配信|オンライン|来場(?:は|を)?(?:お)?控え|お控え|見合わせ|ご遠慮|遠慮)`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'warn',
    veto: phrase('場合|ご相談|相談して|介助|付き添い|サポート|優先|専用|観覧席|スペース|送迎|手話|バリアフリー|ご用意|用意して|イヤーマフ|耳栓|休憩所|(?<!被)差別|偏見', 'u'),
    upgrade: phrase('ご遠慮|遠慮して|お控え|控えて|見合わせ', 'u'),
  },
  // Blind R174I-059 (W19): women offered to the men as young or pretty (浴衣モデルさんは若い子ばかりなので、男性の皆さんもお楽しみに😏, 美人ぞろいの
  // 受付、男性陣は必見): sexual warn, as the catch offered above. Not a call to both sexes alike (男性の皆さんも女性の皆さんも).
  {
    re: phrase('(?:若い|わかい|若くて|美人|美女|かわいい|可愛い|きれいな|綺麗な)[^。！？!?\\n]{0,4}?(?:子|女の子|女性|女子|お姉さん|娘|モデル)?(?:さん)?(?:ばかり|ばっかり|ばっか|揃い|ぞろい|だらけ|が多い|がそろ)[^。！？!?\\n]{0,16}?(?:男性|男子|殿方|おじさん|おっさん|男ども|野郎)(?:の(?:皆さん|みなさん|皆様|方々|方)|陣|諸君|たち|ファン)?(?:も|は)?[、,]?[^。！？!?\\n]{0,6}?(?:お楽しみに|楽しみ|必見|お待ちかね|期待して|目の保養|見逃せ|お見逃しなく|要チェック)', 'u'),
    rule: 'decency/sexual',
    severity: 'warn',
    veto: phrase('女性の(?:皆さん|みなさん|皆様|方)|女性も|女子も|ご家族|お子さん|子どもたち|子供たち', 'u'),
  },
  // Blind R178A-029 (W19): a person stranded or in a mishap laughed at for their panic (立ち往生したトラック…運転手さんの慌てっぷりが面白すぎて…何回も
  // 再生しちゃいました🤣): mocking one in trouble, block. Not the help told (救助, 協力), not a warning to drive with care.
  {
    re: phrase(`${PLIGHT_W19}[^\\n]{0,60}?(?:慌て|あわて|焦り|焦って|あたふた|オロオロ|おろおろ|頭を抱え|必死|取り乱)[^。！？!?\\n]{0,8}?(?:っぷり|ぶり|よう|様子|姿|顔|ところ)?[^。！？!?\\n]{0,6}?(?:面白|おもしろ|ウケ|うけ(?:る|た)|爆笑|笑え|笑っ(?:ちゃ|てしま)|[😂🤣]|何回も(?:再生|見)|何度も(?:再生|見))`, 'u'),
    rule: 'decency/insensitive',
    severity: 'block',
    para: true,
    need: ['立ち往生', '立往生', 'すりつぷ', '脱輪', 'はまつて', '動けなくな', '転倒', '溺れ', 'おぼれ', '取り残され', '事故'],
    veto: phrase('救助|救出|助け|協力|感謝|お見舞い|ご注意|気をつけ|お気をつけ|訓練', 'u'),
  },
  // Blind R178A-039 (W19): a foreign or disabled group praised as "surprisingly" diligent or polite (技能実習生のみなさんも活躍中！日本語はまだカタコト
  // だけど、意外とまじめでよく働いてくれる): the opposite presumed of the group, stereotype warn. Not a thing praised (意外とおいしい).
  {
    re: phrase(`(?:${FOREIGN_W19}|${DISABLED}|障(?:害|がい|碍)(?:の)?(?:ある|お持ちの)(?:方|人|子))[^\\n]{0,60}?(?:意外と|意外に(?:も)?|案外|思ったより|思いのほか|予想以上に|予想外に|それなりに)[、,]?(?:みんな)?(?:まじめ|真面目|勤勉|きちんと|ちゃんと|礼儀正し|よく働|働き者|丁寧|時間を守|ルールを守|清潔|きれい好き|綺麗好き|優秀|賢|頭がいい|仕事ができ|使える)`, 'u'),
    rule: 'decency/stereotype',
    severity: 'warn',
    para: true,
    need: ['意外', '案外', '思つたより', '思いのほか', '予想以上', '予想外', 'それなりに'],
    veto: phrase('(?<!被)差別|偏見|決めつけ|先入観|思い込み|ではありません', 'u'),
  },
  // Blind R177I-046 (W19): a disability as the likeness of a manner, the manner first (歩き方が障がい者みたい、って言われた😂 ウケる): the R103
  // simile in the other order, block with a laugh or a word of badness. Not an empathy exercise (疑似体験), not the remark called hurtful.
  {
    re: phrase(`(?:動き|うごき|動作|プレー|プレイ|顔|表情|しゃべり方|喋り方|話し方|歩き方|走り方|踊り|ダンス|発音|字|運転|身のこなし|振る舞い|ふるまい|足取り|足もと|足元)(?:が|は|も)[、,]?(?:まるで|まさに|完全に|ほんと)?${SIMILE_GROUP103}(?:の方|の人)?(?:みたい|のよう|っぽ|並み|レベル)`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    keep: (sen) => BAD_RE103.test(sen) && !SIMILE_OK103.test(sen),
    veto: phrase('傷つ|悲しかった|悲しい|ひどいこと|失礼|(?<!被)差別|偏見', 'u'),
  },
  // Blind R177I-055 (W19): a contest judged by looks alone (審査は顔とスタイルだけで十分, 中身とか誰も気にせん): lookism block, as looks named a criterion.
  // Not a dish or a design (盛り付けのスタイル), not looks said not to count (見た目だけではなく).
  {
    re: phrase('(?:審査|選考|採用|評価|決め手)(?:は|の基準は|基準は|で)[、,]?[^。！？!?\\n]{0,4}?(?:容姿|ルックス|顔(?!ぶれ|合わせ|写真)|見た目|外見|スタイル|体型|体形|スリーサイズ)(?:(?:と|や|・)(?:容姿|ルックス|顔|見た目|外見|スタイル|体型|体形|スリーサイズ))?(?:だけ|のみ|さえ)(?:で)?(?:十分|じゅうぶん|いい|よい|良い|ok|決まり|見れば|見とけば)', 'u'),
    rule: 'decency/lookism',
    severity: 'block',
    topic: phrase('ミス|コンテスト|モデル|応募者|候補|女性|男性|職員|大使|アンバサダー|ガール|看板娘|コンパニオン', 'u'),
    veto: phrase('ではなく|ではありません|じゃなく|しません|いたしません|問わ|不問|関係な|いけ|よくな|べきでは|料理|盛り付け|デザイン', 'u'),
  },
  // Blind R175A-014 (W19): people a flood or a disaster caught blamed for it (逃げ遅れて自宅で水に浸かった人たち…ハザードマップくらい見ておけば
  // いいのに): block. Not the victims' own regret relayed (見ておけばよかった、という声), not a lesson the city draws (教訓に).
  {
    re: phrase(`(?:逃げ遅れ|被災|浸水|流され|取り残され|孤立し|水に浸か|家を失)[^\\n]{0,40}?(?:人|方|家|世帯|住民)(?:たち|達|々)?[^\\n]{0,60}?(?:ておけば|とけば|ておきゃ|とったら|ていれば|てれば)(?:いい|よかった|良かった|よか)のに|(?:逃げ遅れ|被災|浸水|流され|取り残され|孤立し)[^\\n]{0,40}?(?:人|方|家|世帯|住民)(?:たち|達|々)?[^\\n]{0,40}?(?:自業自得|自己責任|ざまあ|ざまぁ)`, 'u'),
    rule: 'decency/insensitive',
    severity: 'block',
    para: true,
    need: ['のに', '自業自得', '自己責任', 'ざまあ'],
    wide: true,
    veto: phrase('そんなことは(?:ありません|ない)|という声|との声|と(?:話|語|振り返|悔や)|後悔|悔や|教訓|反省|私も|自分も|わが家も|うちも|(?:で|じゃ)はありません|ではない|と思わないで', 'u'),
  },
  // Blind R175A-014 (W19): people a flood or a disaster caught, laughed at in a verb (逃げ遅れて自宅で水に浸かった人たちの写真を見ると、正直ちょっと
  // 笑ってしまいます): block, where a bare 笑 after a misfortune is the warn above. Not their own smiles or cheer (笑顔, 明るく, 前向き).
  {
    re: phrase('(?:逃げ遅れ|被災|浸水|流され|取り残され|水に浸か|家を失|溺れ|おぼれ)[^。！？!?\\n]{0,30}?(?:人|方|家族|住民|被災者)(?:たち|達|々)?[^。！？!?\\n]{0,20}?(?:笑ってしま|笑っちゃ|笑っちま|笑える|笑えた|笑えま|笑いが止|吹き出|噴き出|ウケ(?:る|た)|爆笑)', 'u'),
    rule: 'decency/insensitive',
    severity: 'block',
    veto: phrase('笑顔|明るく|前向き|元気|励ま|一緒に', 'u'),
  },
  // Blind R175A-027 (W19): a foreign group named, then a pronoun for it given a thief's hands (東南アジアの若者を雇う農家も…。ただ、あの人たちは
  // 言葉も通じないし、手癖の悪い者も混じっている): block, reported or not, as a people's fault stated (実習生は手癖が悪い). Not the prejudice relayed
  // and answered (…という声もありますが、それは偏見です).
  {
    re: phrase(`${FOREIGN_W19}[^\\n]{0,80}?(?:(?:あの|その|この)(?:人|方)(?:たち|達|ら|々)|彼ら|あいつら|そいつら|こいつら|奴ら|やつら|(?:あの|その|この)連中)(?:は|って|なんて|なんか)?[、,]?[^。！？!?\\n]{0,30}?(?:手癖(?:が|の)(?:悪|わる)|盗み癖|盗癖|ずる賢|嘘(?:を|ばかり|ばっかり)つ|うそ(?:を|ばかり|ばっかり)つ|何を(?:する|しでかす)か(?:わから|分から))`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    para: true,
    need: ['手癖', '盗み癖', '盗癖', 'ずる賢', '嘘', 'うそ', '何をする', '何をしでかす'],
    veto: phrase('偏見|誤解|決めつけ|根拠(?:は|の)?(?:な|あり)|ではありません|ではない|とは限ら|デマ|(?<!被)差別|許され', 'u'),
  },
  // Blind R189I-040 / R190A-027 (W22): the people of a district a flood hit teased with a life by boat or by swimming, and a laugh
  // (去年床上まで浸かった地区の皆さんは、今年こそボートの準備もお忘れなく（笑）, 大雨のあと、下の地区の人たちは毎年ボートで通勤できて
  // よかね〜って…みんな笑いよった): their plight made a joke, block. Not the flood told without a joke (浸水した地区の皆さんへ土のうを配ります),
  // not a boat the city lends or sends (ボートの貸し出し, 救助, 消防), not their own smiles (笑顔), not an event the rain put off (延期, 体験).
  {
    re: phrase(`${FLOODED_W22}[^\\n]{0,40}?${FLOOD_FOLK_W22}[^\\n]{0,40}?${BOAT_LIFE_W22}[^\\n]{0,40}?(?:${LAUGHED_W19}|${LAUGHED_AT_W22})`, 'u'),
    rule: 'decency/insensitive',
    severity: 'block',
    para: true,
    need: ['浸', '冠水', '水没', '水害', '洪水', '大雨', '豪雨', '大水', '床上', '床下', '被災'],
    veto: phrase('救助|救出|救援|消防|訓練|貸し出し|貸出|配備|出動|笑顔|教訓|延期|順延|中止|再開|体験|イベント|ツアー|大会|教室|講座', 'u'),
  },
  // Blind R189I-054 (W22): a disabled group said to be unable to talk or understand, and asked to come with the family (知的障害のある方は
  // お一人だと話が通じず時間がかかりますので、できるだけご家族が付き添って来ていただけると助かります): the group belittled as a whole, block.
  // Not a companion recommended as support (付き添いの方の同伴をお勧めしています: nothing said of their understanding), not a case left to
  // them (…難しい場合は), not a channel that fails (電話では) or help offered (手話, 筆談, 通訳).
  {
    re: phrase(`(?:${DISABLED}|(?:(?:知的|発達|精神|身体|視覚|聴覚)?障(?:害|がい|碍)|自閉症|ダウン症)(?:の|が)?(?:ある|お持ちの)?(?:方|人|お子さん|お子様|子|児童|生徒))(?:の方|の人)?(?:は|って|には|の場合(?:は)?|だと|も)[、,]?[^。！？!?\\n]{0,20}?${UNDERSTOOD_NOT_W22}[^。！？!?\\n]{0,30}?(?:ご家族|家族|ご両親|親御さん|保護者|付き添い|付添い|介助者|支援者|ヘルパー)(?:の方)?[^。！？!?\\n]{0,12}?(?:付き添|付添|同伴|同行|一緒|代わり|代理|だけ|のみ)[^。！？!?\\n]{0,16}?(?:来|お越し|いらし|ください|下さい|お願い|助か|幸い|もらえ|いただ)`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    need: ['通じ', '話にな', '理解', '判断', '疎通', 'かみ合', '噛み合'],
    veto: phrase('場合|手話|筆談|通訳|電話|ファクス|fax|メール|(?<!被)差別|偏見|決めつけ|ではありません|わけではな|構いません|かまいません', 'u'),
  },
  // Blind R191I-013 (W23): a flooded town made a famous water city or a new boat course, with a laugh (商店街が水につかって、もはや
  // ベ ネ チ アｗｗ 川下りの新コースできちゃいましたね): the damage as a sight, block. Not the town's own nickname (ベネチアのような水の都・
  // 柳川: no flood, no likeness marked), not flood works (浸水対策の工事), not a warning or a drill.
  {
    // Blind R201A-014 (dec11): the flood told a few sentences before the joke (…道路の冠水や住宅の床下浸水が発生し、…排水作業に
    // あたりました。…「とうとう川下りのコースが一本増えましたね」と、隊員同士で思わず笑い合った): the same damage made a course, the
    // course counted (一本, ひとつ) and the laugh shared (笑い合った). Not the damage repaired and a course opened (復旧, 整備, 改修).
    re: phrase(`${FLOOD_STATE_W23}[^\\n]{0,120}?${FLOODED_CITY_W23}[^\\n]{0,20}?(?:${LAUGHED_W19}|${LAUGHED_AT_W22}|笑い合い)`, 'u'),
    rule: 'decency/insensitive',
    severity: 'block',
    para: true,
    need: ['つか', '浸', '冠水', '水没', '水浸し', '水びたし', '水害', '洪水'],
    veto: phrase('対策|防止|防ぐ|防い|訓練|想定|近づ|近寄|ご注意|注意して|お気をつけ|避難して|ないよう|ないように|笑顔|復旧|復興|整備|改修|工事', 'u'),
  },
  // Blind R192D-041 (W23): a past or possible flood wished for as a boon, with a laugh (去年みたいに町じゅうが水浸しになったら、どこでも
  // 川下りができて観光客が増えるかもしれません（笑）): the harm as a windfall, block as the boat ride of R174I-028. Not a measure against it
  // (浸水対策をすれば), not a loss told (観光客が減る), not a warning.
  {
    re: phrase(`${FLOOD_STATE_W23}(?:に|と|が|し)?[^。！？!?\\n]{0,6}?(?:なったら|なれば|なると|なっても|したら|すれば|すると|しても|してくれたら|してくれれば)[^\\n]{0,40}?(?:${FLOOD_BOON_W23})[^\\n]{0,30}?(?:${LAUGHED_W19})`, 'u'),
    rule: 'decency/insensitive',
    severity: 'block',
    para: true,
    need: ['なつたら', 'なれば', 'なると', 'なつても', 'したら', 'すれば', 'すると', 'しても', 'くれたら', 'くれれば'],
    veto: phrase('対策|防止|防ぐ|防い|訓練|想定|近づ|近寄|ご注意|注意して|お気をつけ|避難|ないよう|ないように|減る|減って|減少|笑顔', 'u'),
  },
  // Blind R202A-028 (dec11): a flood that happened, not one supposed, told as a boon with a laugh (数年前の大雨のときは、町じゅうが水に
  // つかって、ある意味どこでも川下りができる状態でしたね（笑）): block as the supposed form above. Not a measure or a warning, not the
  // boon lost (観光客が減って), not a recovery told (復旧して観光客が戻り).
  {
    re: phrase(`${FLOOD_STATE_W23}[^。！？!?\\n]{0,40}?${FLOOD_PERK_D11}[^\\n]{0,30}?(?:${LAUGHED_W19})`, 'u'),
    rule: 'decency/insensitive',
    severity: 'block',
    para: true,
    need: ['つか', '浸', '冠水', '水没', '水浸し', '水びたし', '水害', '洪水'],
    veto: phrase('対策|防止|防ぐ|防い|訓練|想定|近づ|近寄|ご注意|注意して|お気をつけ|避難|ないよう|ないように|減る|減って|減少|笑顔|復旧|復興|支援|募金|寄付|ボランティア', 'u'),
  },
  // Blind R201A-024 / R203I-045 (dec11): men's eyes held by women seen by their dress or youth, named in the sentence or the one before
  // (着物姿の若い女性職員が…。…年配の男性の皆さんの視線はすっかりそちらに釘付けで, 浴衣の着こなしも…抜群で、男性職員たちは目のやり場に
  // 困っていました): the women made a sight for the men, lookism warn. Not children or a performance watched (浴衣の子どもたちの踊りに
  // おじいちゃんたちの目は釘付け), not a thing the eyes are held by (視線は展示に釘付け: only the women or a pronoun for them).
  {
    re: phrase(`${WOMEN_SEEN_D11}[^\\n]{0,80}?${MEN_SEEING_D11}(?:の|は|が|も)?[、,]?[^。！？!?\\n]{0,12}?(?:${GAZE_HELD_D11})`, 'u'),
    rule: 'decency/lookism',
    severity: 'warn',
    para: true,
    need: ['釘付け', 'くぎ付け', 'くぎづけ', '奪われ', 'やり場', '鼻の下', 'でれでれ', 'めろめろ', '骨抜き', '目がはーと', 'にやけ'],
    veto: phrase('子ども|子供|こども|お子さん|園児|児童|生徒|孫|赤ちゃん|踊り|ダンス|演技|演奏|演舞|歌|手品|マジック|作品|展示|料理|景色|夜景|花火|試合|映像|画面|動画', 'u'),
    upgrade: phrase('[😏🤤]|ムラムラ|むらむら', 'u'),
  },
  // Blind R203I-029 (dec11): a wrong of daily life dated from a group's coming or moving in, either order (ごみの分別が守られていない件、
  // 外国の方が入居されてから増えたのは確かですので, 外国人が入居してから、騒音の苦情が増えた): the group made the cause, block as
  // R172A-148. Not something else that grew (交流イベントが増えた), not the group as the victim or the one helped (狙った, 被害, 相談,
  // 多言語), not the link denied (…からではなく, とは限りません), not a wrong that fell (減った).
  {
    re: phrase(`${HOUSE_WRONG_D11}[^。！？!?\\n]{0,24}?${CAME_D11}[、,]?[^。！？!?\\n]{0,6}?${GREW_D11}|${CAME_D11}[、,]?[^。！？!?\\n]{0,24}?${HOUSE_WRONG_D11}[^。！？!?\\n]{0,10}?${GREW_D11}`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    need: ['てから'],
    veto: phrase('狙|ねら|被害|相談|支援|多言語|翻訳|通訳|ではなく|ではありません|わけではな|とは限ら|誤解|偏見|(?<!被)差別|根拠|デマ|減', 'u'),
  },
  // Blind R206A-013 (dec12): a disaster that did harm, in the same sentence made the staff's stock joke, told at a party or with a laugh
  // (…の豪雨で…まで水が来て、…が流されたのが今も忘年会の定番ネタです（笑）): insensitive, block. Not a mishap with no harm (台風の日に
  // 傘がひっくり返った話), not a lesson passed on (防災講座の題材, 教訓), not the joke refused (笑い話では済みません).
  {
    re: phrase(`${DISASTER_D12}[^。！？!?\\n]{0,100}?${STOCK_JOKE_D12}(?!(?:に|と)?(?:は|も)?(?:でき|なら|なり|済ま|すま)(?:ない|ず|ません))`, 'u'),
    rule: 'decency/insensitive',
    severity: 'block',
    need: ['ねた', '笑い話', '笑いぐさ', '笑い種', '笑いの種', '酒の肴', '話のたね', '話の種'],
    veto: phrase('教訓|防災|備え|語り継|伝え(?:て|る|た|ます|続)|忘れ(?:ない|ず|られない)|では(?:ない|ありません)|じゃない|ご冥福|お見舞い|不謹慎', 'u'),
    keep: (sen) => HARMED_D12.test(sen) && PARTY_LAUGH_D12.test(sen),
  },
  // Blind R208D-028 (dec12): young women placed at a desk and credited with the men's ease, or called the bloom of the place (若い女性
  // 職員を置いたら、おじさんたちの手続きがスムーズに…華があると違いますね): the women used for their looks, lookism warn. Not staff placed
  // for a skill (手話のできる職員を置いたら), not women served by women (女性の相談者が相談しやすく), not flowers (花を飾ったら華がある).
  {
    re: phrase(`${WOMEN_PLACED_D12}[、,]?[^\\n]{0,50}?(?:${MEN_EASED_D12}|${BLOOM_D12})`, 'u'),
    rule: 'decency/lookism',
    severity: 'warn',
    para: true,
    veto: phrase('女性の(?:相談者|利用者|方|お客様|来庁者)|相談しやす|手話|通訳|資格|専門|経験|ルッキズム|ハラスメント|子ども|子供|園児|児童|生徒', 'u'),
    upgrade: phrase('[😏🤤]|ムラムラ|むらむら', 'u'),
  },
  // Blind R208D-042 (dec12): life in an evacuation shelter, after a flood had or supposed, called a camp or an outing that is fun (避難所での
  // 雑魚寝もキャンプみたいで楽しいですよ): the evacuees' hardship made light of, insensitive block. Not a shelter drill or a camp to
  // learn in (避難所体験キャンプ, 防災キャンプ, 訓練, 講座), not comfort the city provides (少しでも快適に過ごせるよう).
  {
    re: phrase(SHELTER_FUN_D12, 'u'),
    rule: 'decency/insensitive',
    severity: 'block',
    need: ['避難'],
    veto: phrase('体験|訓練|防災キャンプ|学べ|学ぶ|学ん|学び|イベント|教室|講座|ワークショップ|開催|募集|参加(?:者|して|し|を)|よう(?:に)?[、,]|ように|過ごせる|過ごして(?:いただ|もら)|工夫|和ら|ストレス|少しでも|では(?:ない|ありません)|じゃない|ません', 'u'),
    pveto: phrase('避難所(?:運営)?(?:訓練|体験)|防災キャンプ|宿泊体験', 'u'),
  },
  // Blind R191I-028 (W23): people judged foreign by their look, or a foreign group, met with wariness (外国人っぽい人が来ると正直みんな
  // 身構えちゃう（笑）, 外人みたいな人を見かけると警戒しちゃう): a people presumed a threat, warn. Not a welcome or help prepared (外国人観光客
  // 向けの案内を用意しました), not a crime the group is warned of (スリ, 詐欺), not the wariness called needless or a prejudice.
  {
    re: phrase(`${FOREIGN_SEEN_W23}(?:が|を|に|と)?[^。！？!?\\n]{0,6}?(?:来(?:る|た|られる|られた|とる|よる)(?:と|ら|たび)|来(?:たら|られたら|ると)|見(?:る|かける|かけた|た)(?:と|ら|たび)|見かけたら|いる(?:と|だけで)|おると|いたら|話しかけられ(?:る|た)(?:と|ら))[、,]?[^。！？!?\\n]{0,14}?(?:${WARY_W23})`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'warn',
    veto: phrase('スリ|詐欺|不審|偏見|(?<!被)差別|必要はありません|必要はない|ないでください|ないように|ではなく|ではありません|狙|被害', 'u'),
  },
  // Blind R191I-059 (W23): a disabled or old group called a bother by the staff who serve it (投票所のスロープ、車いすの方が来られると正直
  // 手間なんですよね。でも…がんばって対応してます): the group as a nuisance, warn, whatever effort is told after. Not a service or a route
  // offered (車いすの方はスロープをご利用ください), not a dish's bother (手間のかかる料理), not their own difficulty (段差の乗り降りが大変),
  // not a barrier the city removes (改修, 解消, バリアフリー), not a request to tell in advance.
  {
    re: phrase(`${SERVED_W23}(?:が|は|の)?[^。！？!?\\n]{0,4}?(?:来(?:る|られる|られた|た)(?:と|たび|たら)|来(?:たら|られたら|ると)|いらっしゃ(?:ると|ったら)|おいでになると|いると|多いと|だと|の(?:対応|相手|受付|介助|案内)(?:は|って|が|も))[、,]?(?:正直|ほんと(?:に)?|本当に|ちょっと|ちょい|かなり|結構|けっこう|やっぱり|やっぱ|どうしても|いつも|毎回|少し|まあ|まぁ)?[、,]?(?:[^。！？!?\\n]{0,8}?${SIGHED_W23}|(?<=正直[、,]?)(?:大変|負担|しんど|困る|困り|きつ)|[^。！？!?\\n]{0,8}?${BOTHER_W23}(?!の(?:ない|なか)|(?:が|は|も)?(?:ない|なか|ありません|かから|掛から)|(?:を|に)?(?:かけ|掛け|感じ)(?:ない|ず|させ)))`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'warn',
    veto: phrase('段差|階段|坂道|乗り降り|移動が|ご本人|ご自身|介助者|お手伝い|お声(?:がけ|かけ)|お申し出|お知らせ(?:ください|下さい)|ご連絡|事前に|ご相談|改修|解消|バリアフリー|ないよう|ないように|(?<!被)差別|偏見|暑さ|寒さ|熱中症|雨の日', 'u'),
  },
  // Blind R193I-012 (W25): a people's loudness or manners put down, with a hedge, to its national character (お国柄なのか、とにかく
  // にぎやかで…歌が聞こえませんでした, 国民性でしょうか、列に並ばない): warn, as the firm form above blocks. Not the difference enjoyed
  // (にぎやかで手拍子してくれました: no complaint), not a custom to learn about.
  {
    re: phrase(`${CHARACTER_W19}(?:なの|なん)?(?:か|かな|でしょうか|ですかね|かもしれ(?:ない|ません)|だろうか|やろか)[、,]?[^。！？!?\\n]{0,30}?(?:${FAULT_W25})`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'warn',
    need: ['国民性', '民族性', 'お国柄'],
    veto: phrase('違いを(?:理解|楽しみ|知|尊重|学)|理解し合|交流|偏見|(?<!被)差別|とは限ら|ではなく|決めつけ', 'u'),
  },
  // Blind R193I-026 (W25): the old met as a crowd (軍団, 集団) and called a blot on the picture (おばあちゃん軍団ばっかりでちょっと映えない,
  // 年寄りだらけで華がない): warn, decency/stereotype as the plain …ばっかりで映えない of the older reading. Not an old crowd praised (おばあちゃんたちばかりで和やか), not the dullness denied.
  {
    re: phrase(`${OLD_CROWD_W25}(?:で|だ|や|じゃ|なので|だから|やけん)?[、,]?[^。！？!?\\n]{0,12}?(?:${DULL_W25})`, 'u'),
    rule: 'decency/stereotype',
    severity: 'warn',
    need: ['軍団', '集団', 'ばかり', 'ばつか', 'だらけ'],
    veto: phrase('ことはありません|ことはない|わけではな|なんてことは|とんでもない', 'u'),
  },
  // Blind R194A-012 (W25): Japanese preferred for the work where a foreign group works (…技能実習生…やはり大事な作業は日本人に任せた方が
  // 安心): the group presumed less able by its nationality, warn. Not language work (日本語の案内, 通訳), not the presumption named.
  {
    re: phrase(JAPANESE_PREFERRED_W25, 'u'),
    rule: 'decency/discriminatory',
    severity: 'warn',
    need: ['日本人'],
    topic: FOREIGN_TOPIC_W25,
    veto: phrase('偏見|(?<!被)差別|ではなく|とは限ら|思い込み|決めつけ|関係なく', 'u'),
    // Blind W26 (dec9): language work (日本語の説明, 通訳) with no group judged; a judged one stays (実習生は仕事が雑なので、日本語の説明も…).
    keep: (sen) => !languageWorkD9(sen),
  },
  // Blind R195D-006 (W25): an old driver's driving made a fright to laugh at (近所のじいちゃん、右折のたびに…お経を唱えてて…拝みたく
  // なります😂): the old mocked for their age, warn. Not their driving praised (安全運転で安心), not a fright without a laugh.
  {
    re: phrase(`${OLD_DRIVER_W25}[^\\n]{0,20}?(?:右折|左折|運転|ハンドル|バック|車庫入れ|アクセル|ブレーキ|合流|車線|交差点)[^\\n]{0,40}?(?:${FRIGHT_W25})[^\\n]{0,30}?(?:${LAUGHED_W19}|😆)`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'warn',
    para: true,
    veto: phrase('事故|亡くな|けが|怪我', 'u'),
  },
  // Blind R196I-011 (W25): the old as a whole laughed at (おじいちゃんおばあちゃんって、スマホの画面を…見てるだけで笑っちゃう): warn.
  // Not one grandmother's joy told (おばあちゃんは…笑顔), not a laugh they give (笑わせてくれる).
  {
    re: phrase(`${OLD_ALL_W25}[、,]?[^。！？!?\\n]{0,40}?(?:${LAUGHED_AT_W25})`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'warn',
    veto: phrase('笑わせ|笑顔|一緒に笑|(?<!被)差別|偏見', 'u'),
  },
  // Blind R197A-008 (W25): a town made a canal or a river with a boat and a laugh (今日はまち全体が掘割になりました。どんこ舟で玄関先まで
  // 送迎できそうです笑): the flood, unnamed, made a sight, block as the named form above. Not a canal town described (掘割に囲まれた), not a
  // crowd like a river (人の流れ), not a warning.
  {
    re: phrase(`${TOWN_WATER_W25}[^\\n]{0,50}?(?:舟|船|ボート|カヌー|泳|送迎|川下り|通勤|釣り)[^\\n]{0,30}?(?:${LAUGHED_W19})`, 'u'),
    rule: 'decency/insensitive',
    severity: 'block',
    para: true,
    need: ['になつ', 'になり'],
    veto: phrase('人の流れ|人波|近づ|近寄|ご注意|注意して|お気をつけ|避難|訓練|対策', 'u'),
  },
  // Blind R197A-055 (W25): a disabled group told it should go elsewhere (避難所で…障害者の方がいて…ああいう方には別の施設に行ってもらう
  // べきですね): exclusion, block. Not a place offered at their wish (ご希望の方は福祉避難所へ), not help arranged.
  {
    re: phrase(`${DISABLED_W25}(?:[^\\n]{0,80}?(?:ああいう|ああいった|ああした|そういう|そういった|そうした|ああゆう|あの|その)(?:方|人|子)(?:たち|達|々|ら)?)?${SENT_AWAY_W25}`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    para: true,
    veto: phrase('ご希望|希望|ご本人|ご家族の|ご相談|相談|福祉避難所|手配|ご案内|安心して|配慮|(?<!被)差別|偏見', 'u'),
  },
  // Blind R198I-014 (W27): housewives presumed idle in the daytime and credited with an outcome, laughed at (平日の昼間に時間のある
  // 奥さま方のおかげですね（笑）): stereotype warn. Not an invitation to those with time (時間のある方はぜひ), not both sexes.
  {
    re: phrase(`${IDLE_WIVES_W27}[^。！？!?\\n]{0,16}?(?:${LAUGH_MARK}|[😅😏])`, 'u'),
    rule: 'decency/stereotype',
    severity: 'warn',
    veto: phrase('ぜひ|募集|お待ちして|ご参加|(?<!被)差別|偏見|決めつけ', 'u'),
  },
  // Blind R198I-061 (W27): a disabled group's coming said to hinder the proceedings (車いすの方…がいらっしゃると進行に支障が出る…ので、
  // …中継でのご視聴を): exclusion, block. Not a seat or help arranged so nothing hinders (支障がないよう, スロープ, お手伝い).
  {
    re: phrase(`${HELPED_GROUP_W27}[^。！？!?\\n]{0,30}?${HINDER_W27}`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    veto: phrase('ないよう|ないように|スロープ|ご用意|お手伝い|サポート|(?<!被)差別|偏見|ではありません|わけではな', 'u'),
  },
  // Blind R199A-012 (W27): a rule of daily life presumed missing from a people's culture where a foreign group is named (韓国からの団体
  // さん…並ぶって文化がないのか、列がすぐ崩れる): warn, block with a laugh or a sigh (お約束, 😅). Not a sign made readable for them.
  {
    re: phrase(NO_CULTURE_W27, 'u'),
    rule: 'decency/discriminatory',
    severity: 'warn',
    topic: PEOPLE_TOPIC_W27,
    upgrade: phrase(`お約束|おやくそく|さすが|やれやれ|${LAUGH_MARK}|[😅😓]`, 'u'),
    veto: phrase('多言語|ピクト|イラスト|英語|翻訳|通訳|掲示|案内板|分かるよう|わかるよう|異文化|(?<!被)差別|偏見|決めつけ|とは限ら|わけではな', 'u'),
  },
  // Blind R199A-026 (W27): a staff member's belly that will not close a coat, with a laugh (お腹が閉まらなくて…状態でした🤣): lookism warn.
  // Not one's own full stomach (食べ過ぎ, お腹いっぱい), not a pregnancy, not a size offered without a laugh.
  {
    re: phrase(`${BELLY_UNCLOSED_W27}[^\\n]{0,60}?(?:${LAUGH_MARK})`, 'u'),
    rule: 'decency/lookism',
    severity: 'warn',
    para: true,
    pveto: phrase('食べ(?:すぎ|過ぎ)|満腹|お腹いっぱい|おなかいっぱい|妊娠|妊婦|マタニティ|私|わたし|僕|自分', 'u'),
  },
  // Blind R200D-009 (W27): a person who collapsed or was carried to hospital likened to food being cooked, with a laugh (倒れて救急搬送…
  // 「自分が蒸し焼きになる」…焼き上がる前に休憩を😅): insensitive block. Not a hot car warned of (車内は蒸し焼き状態) with no laugh.
  {
    re: phrase(`(?:搬送|倒れ|熱中症|救急車|意識を失)[^\\n]{0,120}?(?:${COOKED_PERSON_W27})`, 'u'),
    rule: 'decency/insensitive',
    severity: 'block',
    para: true,
    topic: phrase(`${LAUGH_MARK}|[😅😜😝]`, 'u'),
  },
  // Blind R200D-055 (W27): a people pointed to by its fault (マナーを守らない国の人たちも多いので) as the reason to guard valuables:
  // block. Not people with no country named (マナーを守らない人もいる), not travel abroad (治安の悪い国へ).
  {
    re: phrase(`${FAULTY_NATION_W27}[^。！？!?\\n]{0,16}?(?:多い|多く|いる|おる|来る|います)[^。！？!?\\n]{0,8}?(?:ので|ため|から|けん|けえ)[、,]?[^。！？!?\\n]{0,40}?(?:${GUARDED47}|注意|気をつけ|気を付け|用心)`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    veto: phrase('(?<!被)差別|偏見|決めつけ|ではありません|わけではな', 'u'),
  },
  // Reviewer (W27): a nationality group called untrustworthy (外国籍の職員は信頼できない): block. Not the notion named to oppose it
  // (…という偏見, と決めつけず), not trust built (信頼できる仲間).
  {
    re: phrase(`${FOREIGN_W19}(?:の)?(?:職員|スタッフ|社員|従業員|作業員|店員|労働者|住民|研修生|実習生|方々|人たち|人|方)?(?:さん)?(?:たち|達|ら)?${UNTRUSTED_W27}`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    veto: phrase('という|といった|って思われ|と思われ|偏見|決めつけ|(?<!被)差別|誤解|わけではな|ではありません|詐欺|なりすまし', 'u'),
  },
  // Blind R211D-041 (decrep13): the non-disabled wished for as the ones to take up a place — a home, a seat, a post — with a preference
  // adverb or a comparison (なるべく健常な方に入居していただけると, できれば健常者が応募してくれると, 健常な人のほうが助かる): block. Not the
  // non-disabled asked to help or to give way (健常な方は階段を, 健常な方も一緒に…介助を), not the notion named to oppose it.
  {
    re: phrase('(?:なるべく|なるたけ|できれば|出来れば|できるだけ|出来るだけ|極力|本音を言えば|本当は|正直)[、,]?[^。！？!?\\n]{0,12}?健常(?:者|な方|の方|な人|の人)(?:の方)?(?:に|が|を|で)[^。！？!?\\n]{0,12}?(?:入居|入って|入られ|入り|住んで|住まれ|住み|申し?込|応募|参加|来て|来られ|借りて|借り|採用|雇|選ん|選ば)|健常(?:者|な方|な人|の人)(?:の方|のほう)が[、,]?[^。！？!?\\n]{0,10}?(?:助か|ありがた|望まし|都合が(?:いい|よい|良い)|手間が(?:かから|省け)|楽(?:です|だ|な|で))', 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    veto: phrase('(?<!被)差別|偏見|決めつけ|ではありません|わけではな|に限らず|だけでなく|だけではな|手伝|介助(?:を|に|して)|補助(?:を|に|して)|サポート(?:を|に|して)|支え|譲', 'u'),
  },
  // Blind R211D-060 (decrep13): a disaster that happened here (あの豪雨, 震災の年) made the measure of today's crowd or excitement, with a
  // laugh (豪雨の年の水位を思い出すくらいの人出です笑): insensitive warn. Not the disaster remembered with sorrow, not a crowd 以来 (recovery).
  {
    re: phrase(`(?:豪雨|大雨|水害|洪水|浸水|冠水|氾濫|震災|地震|台風|津波)(?:災害)?(?:の(?:年|とき|時|日|夏|際))?[^。！？!?\\n]{0,10}?(?:思い出す|思い出させる|彷彿|ほうふつ|並み|なみ|級|に匹敵|顔負け|に負けない|を超える|超え)(?:くらい|ぐらい|ほど|よう)?(?:の|な)?[^。！？!?\\n]{0,6}?(?:人出|人混み|人込み|人波|勢い|混雑|混み|盛り上がり|熱気|賑わい|にぎわい|盛況|行列|観光客|お客)[^。！？!?\\n]{0,12}?(?:${LAUGH_MARK})`, 'u'),
    rule: 'decency/insensitive',
    severity: 'warn',
    veto: phrase('ご冥福|お見舞い|被災された|亡くな', 'u'),
  },
  // … or the town playfully wished flooded, sunk or wiped out again where a disaster is named in the paragraph (このまま町を観光客で
  // 水没させちゃいましょう！): insensitive warn. Not a warning (スマホを水没させないよう), not a thing sunk in cooking (沈め).
  {
    re: phrase('(?:水没|浸水|冠水|沈没|壊滅|水浸しに|水びたしに)(?:させ|さ)(?:ちゃい(?:ましょう|ましょ)|ちゃお(?:う|っ)?|ちゃえ|ましょう|よう(?:[！!]|ぜ|や))', 'u'),
    rule: 'decency/insensitive',
    severity: 'warn',
    topic: phrase('豪雨|大雨|水害|洪水|氾濫|災害|震災|地震|台風|津波|被災', 'u'),
  },
  // Blind R223L-009 kind (dec13): a foreign people given a trait as a whole (時間の感覚がおおらか, 時間にルーズ) as the reason for a
  // workaround the staff keep (開始時刻は30分早めに伝えておくのがコツ), laughed at (（笑）): the people made the joke, block. Without the laugh
  // the stereotype reading stays warn; not a trait enjoyed (陽気なので盛り上がりました笑), not the notion opposed (決めつけ, 偏見).
  {
    re: phrase(`(?:${NATION})(?:出身|から来た|からの|系)?(?:の)?(?:人|方|皆さん|皆様|方々|人たち|人ら|お客さん|お客様|実習生|留学生|職員さん|人間|国民)(?:って|は|なら|だから|やけん|[、,])[、,]?[^。！？!?\\n]{0,20}?(?:${PEOPLE_TRAIT})[^。！？!?\\n]{0,8}?(?:ので|から|けん|けえ|ため)[、,]?[^。！？!?\\n]{0,30}?(?:早め|早く|前もって|前倒し|前日|事前|念のため|念押し|確認|伝えて|伝えと|伝える|言っておく|言うとく|ずらし|繰り上げ|コツ|気をつけ|気を付け|教えて)[^。！？!?\\n]{0,24}?(?:${LAUGH_MARK})`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    veto: phrase('(?<!被)差別|偏見|決めつけ|思い込み|イメージ|とは限ら|わけではな|ではありません|人それぞれ|個人差', 'u'),
  },
  // Team R22A-041 / DCI-054 kind (dec13): a resident's prejudice quoted — a group and what it is said to bring (「障害のある方の入居が増えると
  // 団地の雰囲気が暗くなる」) — and then acted on with a measure of control (ACTED_D13): the city adopts the prejudice, block. Where a group
  // reading holds the quote, `condoned` reads the same action and makes it a use.
  {
    re: phrase(`[「“『][^「」“”『』\\n]{0,30}?(?:${SHARE_GROUP}|(?:${NATION})(?:人|系|の(?:方|人))|精神(?:障(?:害|がい)|疾患)|認知症|ホームレス|同性(?:愛|カップル))[^「」“”『』\\n]{0,30}?(?:${QUOTED_HARM_D13})[^「」“”『』\\n]{0,12}?${ACTED_D13}`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    veto: ACTED_VETO_D13,
  },
  // Team DCI-022 kind (dec13): welfare recipients called by the slang 生保 (生保の人, 生保受給者) and tied to gambling or to taxes spent on
  // fun (…パチンコ店に出入りしている…税金で遊ぶなんて): block, like ナマポ. Not life insurance (生命保険, 保険会社, 営業, 勧誘).
  {
    re: phrase('(?<![一-龥])生保(?:受給者|受給世帯|世帯|の(?:人|方|家|家庭|連中|奴|やつ))[^\\n]{0,60}?(?:パチンコ|パチスロ|スロット|競艇|競輪|競馬|ボートレース|税金で(?:遊|飲|暮ら|食)|贅沢|ぜいたく|昼間から(?:酒|飲))', 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    para: true,
    veto: phrase('生命保険|保険会社|営業|勧誘|外交員|依存症', 'u'),
  },
  // Team DCH-047 kind (dec13): a people's manners or bearing hinted at bad by trailing off (韓〇人観光客の方はマナーが…ということで, 中国の
  // お客様は、正直態度が…なので): the insinuation is the charge, block, masked names included. The folded view drops the …, so the sign is
  // the predicate left out (…が という, …が なので, …が、). Not the worry relayed and answered (…と心配する声もありますが、実際は), not
  // manners praised (良く, 丁寧), not the notion opposed.
  {
    re: phrase(`(?:(?:${NATION})(?:人|系|籍|出身)?|(?:中|韓|北)[〇○●◯×](?:人|系|籍)?)(?:の)?[^。、！？!?\\n]{0,10}?(?:は|って|ったら)[、,]?(?:ちょっと|その|まあ|正直|やっぱり|どうも)?[、,]?(?:マナー|態度|民度|行儀|素行|ごみ出し|ゴミ出し|衛生観念|声の大きさ)(?:が|は|も|の方は|の方が|の方も)(?=という|ってこと|っていう|なので|なんで|やけん|だから|ですから|[、,。！!]|$)`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    veto: phrase('(?<!被)差別|偏見|決めつけ|思い込み|誤解|声も|心配する|不安視|実際は|実は|そんなこと|ではありません|わけではな|とは限ら|良(?:い|く)|よ(?:い|く)|素晴らし|すばらし|丁寧', 'u'),
  },
  // Team DCI-032 kind (dec13): a foreign group alone given a condition for entry — a companion, a guarantor, a pledge, a room apart
  // (外国籍の方のみ、ガイド同伴での入館とさせていただきます, 外国人の方だけ保証人が必要): exclusion by condition, block. Not a document the law
  // asks of visitors (在留カード, パスポート, 旅券), not help on request (通訳, ご希望, 無料), not the notion opposed (EXCLUSION_VETO).
  {
    re: phrase(`(?:外国(?:人|籍)?|(?:${NATION})(?:人|系|籍|出身))(?:の)?(?:方|人|お客様|お客さま|観光客|住民|皆さん|皆様)?(?:のみ|だけ|に限り)[、,]?[^。！？!?\\n]{0,16}?(?:同伴|付き添い|保証人|誓約書|別室|別の?(?:入口|窓口|列))`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    veto: EXCLUSION_VETO,
  },
  // Team DCH-160 kind (dec13): a disabled or foreign group pitched to employers as able for simple work only and as a saving on labour
  // (障がいのある方でも、簡単な単純作業であれば十分にこなせます。人件費を抑えたい事業所の皆さま): people priced as cheap labour, block, like
  // the W14 reading of foreign workers. Not an employment subsidy (助成金, 奨励金) told, not the low pay named as a wrong.
  {
    re: phrase(`(?:障(?:害|がい|碍)(?:者|児|の(?:ある|あります)?(?:方|人|方々))|実習生|研修生|外国人|外国籍の(?:方|人)|留学生)[^\\n]{0,40}?(?:簡単|単純)[^\\n]{0,60}?(?:人件費|コスト|賃金|給料|給与|時給)(?:を|が|も|は)?(?:抑え|安(?:く|い|か)|削減|浮か|節約)`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    para: true,
    wide: true,
    veto: phrase('助成|補助|奨励金|給付|是正|問題|搾取|不当|違法|最低賃金|ではありません|ではない|許され', 'u'),
  },
  // Team DCH-156 kind (dec13): a disabled or foreign group said, as a fact, to soil a facility (障害者の方が汚されることがあり、清掃に時間が
  // かかる): the group made the cause of dirt, block. Not a reassurance (汚してしまっても大丈夫, お気になさらず), not a need met (介助).
  {
    re: phrase(`(?:障(?:害|がい|碍)(?:者|児|の(?:ある|あります)?(?:方|人|方々|お子さん))|車(?:いす|椅子)の(?:方|人)|外国人|外国(?:籍)?の(?:方|人)|(?:${NATION})(?:人|系|籍|出身)(?:の(?:方|人))?|ホームレス|生活保護[^。！？!?\\n]{0,4}?(?:方|人))(?:の方|さん)?(?:が|は)[、,]?[^。！？!?\\n]{0,10}?汚(?:さ|し)(?:れる|れた|る|ます|てしまう|ていく)?(?:こと(?:が|も)(?:あり|多)|ため|ので|から|けん|場合が|ケースが)`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    veto: phrase('大丈夫|構いません|かまいません|お気になさらず|気にせず|気兼ね|遠慮なく|ご安心|(?<!被)差別|偏見|誤解|決めつけ|ではありません', 'u'),
  },
  // Blind R228C-001 kind (dec2): a foreign group's presence or number given as the reason crime will rise (外国人の方も多く避難されるため、
  // 盗難が増えるおそれ, 実習生が増えたので空き巣が心配): the group tied to crime, block. Not the notion answered (誤解, デマ, 根拠), not the
  // group as the victim (彼らが被害に遭う空き巣).
  {
    re: phrase(`(?:${FOREIGN_W19}|(?:${NATION})(?:人|系|籍|出身)(?:の(?:方|人))?)(?:の方|さん)?(?:が|も)[、,]?[^。！？!?\\n]{0,16}?(?:多く|増え|ふえ|大勢|たくさん|集ま|住み|暮らす|避難され|来られ|訪れ|入って)[^。！？!?\\n]{0,12}?(?:ため|ので|から|けん|せいで|ことから|に伴い|につれ)[、,]?[^。！？!?\\n]{0,16}?(?:盗難|窃盗|盗み|空き巣|置き引き|万引き|犯罪|性犯罪|治安(?:の)?(?:悪化|が悪))(?:が|も|の)?(?:増え|増加|多発|起き|起こ|心配|懸念|おそれ|恐れ|予想|目立)`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    veto: phrase('(?<!被)差別|偏見|誤解|デマ|根拠|決めつけ|ではありません|ではない|とは限ら|わけではな|流言|うわさ|噂|被害に|狙わ|ねらわ|標的|ターゲット|巻き込', 'u'),
  },
  // Blind R231Q-012 kind (dec2): a people's absence told as the place's gain (アジア系の団体さんが減って、川が静かでマナーもよくなった): the
  // group made the nuisance removed, block. Not a quiet told plainly (減って、静かになりました), not a loss regretted (寂しい, にぎわいが
  // 戻って: read over the paragraph), not the notion opposed.
  {
    re: phrase(`(?:${FOREIGN_W19}|(?:${NATION})(?:人|系|籍|出身)?(?:の)?(?:団体|観光客|お客|客|団体客|ツアー客|人|方|旅行者))(?:さん|様|たち)?(?:が|も)?[、,]?(?:減っ|減り|減る|少なくな|いなくな|来なくな|来んくな|おらんくな)[^。！？!?\\n]{0,16}?(?:マナー(?:が|も)?(?:良|よ)くな|きれいにな|綺麗にな|平和にな|快適にな|治安(?:が|も)?(?:良|よ)くな|過ごしやすくな|せいせい|すっきりし)`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    veto: phrase('寂し|さみし|残念|戻って|戻る|にぎわい|賑わい|(?<!被)差別|偏見|決めつけ|ではありません', 'u'),
    para: true,
    wide: true,
  },
  // Blind R232H-008 kind (dec2): an age line said to bring decline to everyone (75歳を過ぎれば誰でも判断力は衰える): the old judged by age
  // alone, stereotype warn. Not some of them (個人差, 人によって), not a fee or a right open to all at an age (誰でも受けられます).
  {
    re: phrase('[0-9０-９一二三四五六七八九十]{1,3}(?:歳|才)(?:を|も)?(?:過ぎ|すぎ|超え|こえ|越え)(?:れば|たら|ると)[、,]?(?:誰でも|だれでも|皆|みんな|みな|例外なく|必ず|どなたでも|どんな人でも)[、,]?[^。！？!?\\n]{0,12}?(?:判断力|認知機能|記憶力|運転(?:技術|能力)?|能力|注意力|反応)(?:が|は|も)?[^。！？!?\\n]{0,4}?(?:衰え|低下|落ち|鈍)', 'u'),
    rule: 'decency/stereotype',
    severity: 'warn',
    veto: phrase('個人差|とは限ら|わけではな|人によ|ではありません', 'u'),
  },
  // Blind R231Q-007 kind (dec2): women told to keep quiet and keep to a task (嫁さんは黙ってうなぎを焼いとけばよか, 女は黙って台所に立っとけ
  // ばいい), relayed with a laugh or as the writer's own: a sex's role fixed, discriminatory warn. Not the remark named to be rejected.
  {
    re: phrase('(?<![一-龥])(?:嫁|女房|奥さん|家内|女|女性|おなご|母ちゃん|かあちゃん)(?:さん)?(?:は|って|なんて)[、,]?(?:黙って|だまって)[^。！？!?\\n」』]{0,16}?(?:とけば|ておけば|とれば|ていれば|てれば|とったら|とけ|ておけ|てろ|とれ)(?:いい|よい|良い|よか|ええ|えぇ|[」』。！!]|$)', 'u'),
    rule: 'decency/discriminatory',
    severity: 'warn',
    veto: phrase('(?<!被)差別|偏見|固定観念|時代錯誤|許され|いけません|不適切|セクハラ|ハラスメント|改め|傷つ', 'u'),
  },
  // Blind R230A-028 kind (dec2): women joining a body valued for brightening it or for the tea (女性委員が増えました。会議が華やかになって、
  // お茶出しの心配もいらなく): women as decoration or servers, stereotype warn, over the paragraph. Not dress or flowers (浴衣, 着物, 生け花).
  {
    re: phrase('(?<![一-龥])(?:女性|女子)(?:の)?(?:委員|職員|議員|役員|メンバー|スタッフ|社員|理事|団員|管理職|消防団員|の方)?(?:さん)?(?:が|も)[^\\n]{0,20}?(?:増え|ふえ|加わ|くわわ|入っ|入り|仲間入り|就任|着任)[^\\n]{0,30}?(?:華やか|はなやか|花が(?:ある|添|咲)|花を添え|職場の花|お茶(?:出し|くみ|汲み|入れ)|お茶の(?:用意|心配))', 'u'),
    rule: 'decency/stereotype',
    severity: 'warn',
    para: true,
    wide: true,
    veto: phrase('浴衣|着物|振袖|衣装|ドレス|生け花|いけばな|華道|(?<!被)差別|偏見|固定観念|役割分担', 'u'),
  },
  // Team R12B-062 kind (dec2): a candidate named and the readers asked outright to back them (立候補します！…ぜひ応援をお願いします, 清き一票を):
  // the official account campaigns, block, over the paragraph (the ask may stand in the next sentence). Not a school's own vote (生徒会).
  {
    re: phrase('(?:候補|立候補|出馬)[^\\n]{0,80}?(?:(?:ぜひ|是非)[^。！？!?\\n]{0,6}?(?:応援|一票|支持)|応援(?:を)?(?:お願い|よろしく)|支持(?:を)?お願い|(?:に|へ)(?:の)?(?:清き)?一票を)', 'u'),
    rule: 'decency/conduct',
    severity: 'block',
    para: true,
    wide: true,
    topic: phrase('選挙|選(?:も|は|が|の|、)|告示|投票|出馬|立候補', 'u'),
    veto: phrase('公開討論|選挙公報|説明会|届出|期日前|特定の(?:候補|政党)|中立|選挙運動(?:の|は)|生徒会|児童会', 'u'),
  },
  // Blind R230A-031 kind (dec2): an election running and one candidate held up as the one who cares most (子育て支援を掲げている候補が、柳川の
  // 未来をいちばん考えているように見える, まちを託せる方): the official account takes a side, warn. Not a notice of the election's own events
  // (公開討論会, 選挙公報, 期日前投票), not neutrality itself stated (特定の候補).
  {
    re: phrase('(?:候補|立候補|出馬)[^。！？!?\\n]{0,50}?(?:(?:いちばん|一番|誰より|だれより|最も)[^。！？!?\\n]{0,12}?(?:考えて|ふさわし|頼り|信頼でき)|(?:未来|将来|市政|まち|町)を(?:託せ|任せられ|任せたい)|応援(?:しましょう|してください|しています))', 'u'),
    rule: 'decency/conduct',
    severity: 'warn',
    topic: phrase('選挙|選(?:も|は|が|の|、)|告示|投票|出馬|立候補', 'u'),
    veto: phrase('公開討論|選挙公報|説明会|届出|期日前|特定の(?:候補|政党)|中立|選挙運動(?:の|は)|生徒会|児童会', 'u'),
  },
  // Team DCG-060 kind (dec2): a sex said as a whole to be poor at a skill (女性ドライバーは車庫入れと右折が苦手なようです, 男は細かい作業が
  // 下手): a stereotype stated as fact, warn. Not the notion relayed to be answered (という方も, と言われがち, とは限らない, 偏見).
  {
    re: phrase('(?<![一-龥])(?:女性|男性|女子|男子|女|男)(?:ドライバー|運転者|職員|社員|の方|の人)?(?:は|って)[、,]?(?:やっぱり|やっぱ|やはり|どうしても|一般的に|総じて|もともと|元々|基本的に)?[、,]?[^。！？!?\\n]{0,14}?(?:が|は)?(?:苦手|下手|へた|不得意|不得手|向いてい(?:ない|ません))(?:な(?:よう|ん|の)|です|だ|らしい|なもの|みたい|でしょう|[。！!]|$)', 'u'),
    rule: 'decency/stereotype',
    severity: 'warn',
    veto: phrase('という|と(?:言|い)われ|って(?:言|い)われ|と思われ|とは限ら|わけではな|(?:方|人)も|イメージ|偏見|決めつけ|固定観念|関係な|問わず|思い込み|更年期|妊娠|授乳', 'u'),
  },
  // Team DCI-085 kind (dec2): a complaint that staff of one sex are unreliable met by sending staff of the other (女性ばかりで頼りないとの
  // ご意見…込み入ったご相談には男性職員が対応いたします): the city adopts the prejudice, block. Not a wish for a same-sex listener in a
  // sensitive matter (DV, 性暴力, 女性相談).
  {
    re: phrase('(?<![一-龥])(?:女性|男性|女|男|若い)(?:の)?(?:職員|スタッフ|係員|担当)?(?:ばかり|ばっかり|だけ|ばかりなので|では)[^\\n]{0,12}?(?:頼りな|頼りにならな|不安|心配|任せられな)[^\\n]{0,60}?(?<![一-龥])(?:男性|女性|ベテラン)(?:の)?(?:職員|スタッフ|係員|担当者?)(?:が|に)[^。！？!?\\n]{0,6}?(?:対応|担当|お受け|伺|代わ)', 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    para: true,
    wide: true,
    veto: phrase('dv|性暴力|性被害|セクハラ|女性相談|更衣|(?<!被)差別|偏見|固定観念|性別に(?:関係|かかわ|関わ)', 'u'),
  },
  // Team R27B-006 kind (dec2): staff labelled by a demeaning age-and-sex word (おばさん職員, おっさん職員, ババア先生): a put-down of age
  // and sex, warn.
  {
    re: phrase('(?:おばさん|おばちゃん|おっさん|おじさん|ババア|ばばあ|ジジイ|じじい|オバハン|おばはん)(?:の)?(?:職員|係員|スタッフ|議員|先生|店員|事務員|公務員|窓口)(?!の(?:皆|みな|方))', 'u'),
    rule: 'decency/stereotype',
    severity: 'warn',
    veto: phrase('(?<!被)差別|偏見|呼ばないで|呼ばれ|と呼ぶ|という呼び方|失礼', 'u'),
  },
  // Blind R234M-067 kind (dec3): a spouse or a parent called by a put-down label (ダメ夫さん, ダメ亭主, ダメパパ, ダメ嫁): a family role
  // mocked, stereotype warn. Not 夫婦 or 夫妻 after it, not a quoted label named as a wrong (「ダメ夫」という呼び方はやめ).
  {
    re: phrase('(?:ダメ|だめ|駄目)(?:夫(?!婦|妻)|亭主|旦那|だんな|パパ|親父|おやじ|嫁|主婦|ママ)', 'u'),
    rule: 'decency/stereotype',
    severity: 'warn',
    veto: phrase('(?<!被)差別|偏見|固定観念|呼ばないで|呼ばれ|と呼ぶ|という(?:呼び方|言い方|言葉)|失礼', 'u'),
  },
  // Blind R234M-011 kind (dec3): a town's night (夜の沖端も, 夜の街は) said to be hot or wild and signed with a kiss or a leer
  // (熱いですよ💋, お盛んです😏): the night made an innuendo, sexual warn. Not a night event cheered with plain hearts or fire.
  {
    re: phrase('(?<![一-龥])夜の[^。！？!?\\n]{1,8}?(?:も|は|って)[、,]?[^。！？!?\\n]{0,16}?(?:熱い|熱く|あつい|あつく|激し|燃え(?:る|て|上が)|お盛ん|盛ん)[^。！？!?\\n]{0,10}?[💋😏🍆🍑]', 'u'),
    rule: 'decency/sexual',
    severity: 'warn',
    need: ['夜の'],
    veto: phrase('(?<!被)差別|セクハラ', 'u'),
  },
  // Blind R234M-011 kind (dec3): an animal's courtship (オスがメスを誘う, 求愛) likened with a leer to people (どこかで見たような…😏, 人間も
  // 同じ😏): the creature made an innuendo, sexual warn. Not a plain nature note (求愛のダンスが見られます).
  {
    re: phrase('(?:オス|メス|雄|雌)[^\\n]{0,30}?(?:誘|求愛|口説|アピール|交尾)[^\\n]{0,30}?(?:どこかで見た|見覚え|人間(?:も|と同じ|みたい|そっくり)|誰かさん)[^\\n]{0,10}?[😏💋😘🍆🍑]', 'u'),
    rule: 'decency/sexual',
    severity: 'warn',
    para: true,
  },
  // Blind R235I-034 kind (dec3): a fire that burnt a building down (火事で倉庫が全焼) followed by its smoke savoured as a pleasant smell or
  // a season's charm (焚き火みたいな香ばしい香り, 冬が来たなあ): the loss made a mood, insensitive block. Not a fire supposed or guarded
  // against (火災予防, 火事に注意), not rebuilding (再建された店から香ばしい香り), not a fire likened to (火事みたいな紅葉).
  {
    re: phrase('(?:(?:火事|火災)(?!(?:の)?(?:よう|みたい)|かと|と間違)|全焼|半焼|焼失|焼け落ち)[^\\n]{0,60}?(?:香ばし|いい(?:匂い|におい|香り)|良い(?:匂い|香り)|焚き火(?:みたい|のよう)|たき火(?:みたい|のよう)|風情|(?:冬|秋)(?:が来た|が来る|の訪れ|の香り|の匂い|らしさ|を感じ)|季節(?:を感じ|の訪れ|感))', 'u'),
    rule: 'decency/insensitive',
    severity: 'block',
    para: true,
    veto: phrase('防|予防|訓練|想定|注意|気をつけ|気を付け|お見舞い|見舞|ご冥福|再建|復旧|復興|再開', 'u'),
  },
  // Blind R236I-025 / R237M-029 kind (dec4): a place marked by the marriages shunned with its people, told as its history even in
  // quotes (「あそこの家とは縁組みするな」と言われた土地, 縁談を避けてきた川向こうの一角, あの集落は昔から縁談を嫌がられ): origin
  // discrimination (部落差別) pointed at a place, block. 縁談 and 縁組 shunned in any form; 結婚 or 交際 only when refused to them (避けられ,
  // 反対され, するな), not young people avoiding marriage (結婚を避ける若者が多い地域); not a legend of lovers (駆け落ち, 悲恋), not the
  // paragraph condemning it (部落差別, 偏見, 許されない).
  {
    re: phrase('(?:(?:縁談|縁組み?|婚姻|嫁入り|婿入り|輿入れ)(?:を|が|は|も|ば)?[^。！？!?\\n]{0,4}?(?:避け|嫌が|いやが|嫌わ|断ら|断っ|敬遠|忌み|破談|反対|する(?:な|ん)(?![ら-ろあいくけこかがどのんぁ-ぉー〜~])|せん(?:方|ほう)|しない(?:方|ほう)|まとまら)|(?:結婚|交際|付き合い|つきあい)(?:を|が|は|も)?[^。！？!?\\n]{0,4}?(?:避けられ|嫌がられ|いやがられ|嫌われ|断られ|反対され|する(?:な|ん)(?![ら-ろあいくけこかがどのんぁ-ぉー〜~])))[^。！？!?\\n]{0,24}?(?:土地|集落|地区|一角|地域|在所|界隈|部落|(?<![一-龥])村(?![一-龥])|あたり|辺り)|(?:土地|集落|地区|一角|地域|在所|部落|(?<![一-龥])村)(?:の(?:人|者|もん|家|出身者|娘|息子)(?:たち|ら)?)?(?:は|とは|との|と)[、,]?[^。！？!?\\n]{0,20}?(?:縁談|縁組み?|婚姻|嫁入り|婿入り)(?:を|が|は|も)?[^。！？!?\\n]{0,4}?(?:避け|嫌が|いやが|嫌わ|断ら|敬遠|忌み|破談|まとまら)', 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    need: ['縁談', '縁組', '婚姻', '嫁入り', '婿入り', '輿入れ', '結婚', '交際', '付き合い', 'つきあい'],
    veto: phrase('伝説|伝承|民話|昔話|物語|駆け落ち|かけおち|悲恋|恋人|ロミオ', 'u'),
    pveto: phrase('(?<!被)差別|偏見|人権|許され|あっては|なくそう|なくしましょう|傷つけ|苦しめ|身元調査', 'u'),
  },

]
// phrase() builds global regexes; a kind is asked of one sentence at a time with exec/test, which would carry lastIndex from
// one check to the next (every other check of the same text missed a kind). The kinds' patterns are made non-global once.
for (const k of KINDS26) {
  k.re = new RegExp(k.re.source, k.re.flags.replace('g', ''))
  if (k.veto) k.veto = new RegExp(k.veto.source, k.veto.flags.replace('g', ''))
  if (k.pveto) k.pveto = new RegExp(k.pveto.source, k.pveto.flags.replace('g', ''))
  if (k.unveto) k.unveto = new RegExp(k.unveto.source, k.unveto.flags.replace('g', ''))
  if (k.topic) k.topic = new RegExp(k.topic.source, k.topic.flags.replace('g', ''))
  if (k.upgrade) k.upgrade = new RegExp(k.upgrade.source, k.upgrade.flags.replace('g', ''))
}
const KINDS26_GATE = new NeedGate(() => KINDS26.map((k) => k.need ?? requiredLiterals(k.re)))

/** The generic readings of looks, death, place and tasks, sentence by sentence: `[start, end, rule, severity]`. */
/** Which generic patterns may match a paragraph at all: one Aho–Corasick pass for the literals each needs (BROAD_GROUP, LOOKS_RATED, DEATH_TRIP, SURPRISED, WOMEN_CHORE). */
const genericGate = new NeedGate(() => [BROAD_GROUP, LOOKS_RATED, DEATH_TRIP, SURPRISED, WOMEN_CHORE].map((re) => requiredLiterals(re)))
function genericMay(fo: string): boolean[] {
  const may = [false, false, false, false, false]
  for (const i of genericGate.tries(fo)) may[i] = true
  return may
}

/** `named`: the paragraph names prejudice (NAMES_PREJUDICE_ANYWHERE), so only the kinds that hold even then are read. */
function genericKinds(fo: string, spans: readonly Span[], may: readonly boolean[], named: boolean): Array<[number, number, Rule, 'block' | 'warn']> {
  const found: Array<[number, number, Rule, 'block' | 'warn']> = []
  const tries = KINDS26_GATE.tries(fo)
  if (named) {
    // Kinds that hold even where prejudice is named (…への配慮は大切ですが、教育上の影響を考え).
    for (const s of spans) {
      const sen = fo.slice(s.start, s.end)
      for (const i of tries) {
        const k = KINDS26[i]!
        if (!k.named) continue
        const x = k.re.exec(sen)
        if (!x || (k.veto && k.veto.test(sen)) || (k.topic && !k.topic.test(fo))) continue
        found.push([s.start + x.index, s.start + x.index + x[0].length, k.rule, k.severity])
      }
    }
    return found
  }
  // Kinds read over the paragraph, where … or a line break parts the event from the laugh.
  for (const i of tries) {
    const k = KINDS26[i]!
    if (!k.para) continue
    const x = k.re.exec(fo)
    if (x && !(k.veto && k.veto.test(k.wide ? fo : fo.slice(x.index, x.index + x[0].length))) && !(k.topic && !k.topic.test(fo)) && !k.pveto?.test(fo)) found.push([x.index, x.index + x[0].length, k.rule, k.severity])
  }
  for (const s of spans) {
    const sen = fo.slice(s.start, s.end)
    if (sen.length < 6) continue
    if (/[？?]\s*$/u.test(sen) && ASKED_THEN_DENIED.test(fo.slice(s.end, s.end + 16))) continue
    for (const i of tries) {
      const k = KINDS26[i]!
      if (k.para) continue
      const x = k.re.exec(sen)
      if (!x || (k.veto && k.veto.test(sen) && !k.unveto?.test(fo)) || (k.topic && !k.topic.test(fo)) || k.pveto?.test(fo) || (k.keep && !k.keep(sen, x.index, x.index + x[0].length))) continue
      found.push([s.start + x.index, s.start + x.index + x[0].length, k.rule, k.upgrade?.test(sen) ? 'block' : k.severity])
    }
    const l = may[1] ? LOOKS_RATED.exec(sen) : null
    if (l && PEOPLE_SAID.test(sen) && !LOOKS_VETO.test(sen)) found.push([s.start + l.index, s.start + l.index + l[0].length, 'decency/lookism', FLIRTED.test(fo) ? 'block' : 'warn'])
    const d = may[2] ? DEATH_TRIP.exec(sen) : null
    if (d) found.push([s.start + d.index, s.start + d.index + d[0].length, 'decency/insensitive', 'warn'])
    const v = may[3] ? SURPRISED.exec(sen) : null
    if (v) found.push([s.start + v.index, s.start + v.index + v[0].length, 'decency/stereotype', 'warn'])
    const w = may[4] ? WOMEN_CHORE.exec(sen) : null
    // Women told to spare themselves (女の子は無理せず、お茶出しや洗濯で): the split is said without the men's half. Assigned by a call for members or a rota: block.
    if (w && (MEN_WORK.test(sen) || /力仕事|無理(?:を)?せず|無理しないで/u.test(sen)) && !SHARED_TASKS.test(sen)) found.push([s.start + w.index, s.start + w.index + w[0].length, 'decency/stereotype', /募集|採用|入団|団員|当番|で回/u.test(fo) ? 'block' : 'warn'])
    if (may[0] && !MANY_WHERE_VETO.test(sen)) {
      for (const m of matchAllOf(BROAD_GROUP, sen)) {
        const from = m.index + m[0].length
        if (MINORS.test(m[0]) || !MANY_WHERE.test(sen.slice(from, from + 30))) continue
        found.push([s.start + m.index, s.start + from, 'decency/discriminatory', 'block'])
        break
      }
    }
  }
  return found
}

export const decency: RuleFamily<DecencyFacts> = {
  id: 'decency',
  meta,
  run({ doc, ctx, emit: report }) {
    // What the sentence goes on to say of the words found decides how they stand: condemned (…と聞くのは
    // セクハラにあたります) they are an example; relayed as a consultation (…という相談が寄せられています) a second
    // look; said to be given up (体型で審査するコンテストは、今年から行いません) nothing.
    // Round 110 (words.ts ownWordingRetracted): words inside the account's own earlier wording, quoted in a correction or an apology
    // (前回の投稿で「…」と記載しましたが、誤りでした。お詫びします), are the mistake taken back: no finding, on every path (`out` included).
    const emitOrHold = (f: DraftFinding, held?: DraftFinding[]) => {
      if (ownWordingRetracted(doc.folded.text, viewIndexAt(doc.squeezed, f.start), viewIndexAt(doc.squeezed, f.end))) return
      const after = doc.raw.slice(f.end, Math.min(doc.raw.length, f.end + 40))
      if (GIVEN_UP_AFTER.test(after)) return
      const sink = held ? (x: DraftFinding) => void held.push(x) : report
      if (CONDEMNED_AFTER.test(after)) report({ ...f, mention: true })
      else if (f.severity !== 'warn' && RELAYED_AFTER.test(after)) sink({ ...f, severity: 'warn' })
      else sink(f)
    }
    // Blind JJ-002 kind (dec10): findings held for `post` (quotesOnlyParagraphD10).
    const held: DraftFinding[] = []
    const emit = (f: DraftFinding) => emitOrHold(f)
    const taken = new Taken()
    // Spans given a block finding (words or `out`): a generic block reading may still stand over words a warn reading holds (`over`).
    const blocked: Array<[number, number]> = []
    const sq = doc.squeezed.text
    const fo0 = doc.folded.text
    for (const h of doc.hits('decency')) {
      if (!taken.claim(h.start, h.end)) continue
      blocked.push([h.start, h.end])
      const { start, end } = doc.fromSqueezed(h.start, h.end)
      emit({ rule: 'decency/sexual', start, end, mention: h.mention || isQuotedTopic(sq, h.start, h.end) || isReportedSpeech(sq, h.start, h.end) || warnedExploitation(fo0, h.start, h.end), data: { instead: INSTEAD.sexual } })
    }
    for (const h of doc.hits('discrimination')) {
      if (pondPlace(fo0, h.start, h.end)) continue
      if (!taken.claim(h.start, h.end)) continue
      blocked.push([h.start, h.end])
      const { start, end } = doc.fromSqueezed(h.start, h.end)
      const mention = h.mention || isQuotedTopic(sq, h.start, h.end) || isReportedSpeech(sq, h.start, h.end) || HURT_BY.test(fo0.slice(h.end, h.end + 60)) || listedQuote(sq, h.start, h.end) || calledWrong(sq, fo0, h.start, h.end) || insteadOf80(sq, fo0, h.start, h.end)
      emit({ rule: 'decency/discriminatory', start, end, mention: mention && !condoned(fo0, h.end) && !aimed(fo0, h.end) && !jokedQuote(fo0, h.start, h.end), data: { instead: INSTEAD.discriminatory } })
    }
    // Round 107: a slur spelt with lookalike kanji in a katakana run (エ夕の話).
    for (const [s, e] of lookalikeSlurs107(sq)) {
      if (!taken.claim(s, e)) continue
      blocked.push([s, e])
      const { start, end } = doc.fromSqueezed(s, e)
      emit({ rule: 'decency/discriminatory', start, end, mention: (isQuotedTopic(sq, s, e) || isMentionAt(sq, s, e)) && !aimed(fo0, e) && !jokedQuote(fo0, s, e), data: { instead: INSTEAD.discriminatory } })
    }
    const compact = compactLetters(fo0)
    const fo = compact ? compact.text : fo0
    const at = (i: number) => (compact ? compact.at[i]! : i)
    const out = (rule: Rule, a: number, b: number, instead: string, severity?: 'block' | 'warn', over = false) => {
      const s = at(a)
      const e = at(b - 1) + 1
      // A bare 女 or 男 that ends a kanji word (長女は, 次男は, 彼女たち, 少女なのに): a person, not a sex.
      if (inWordSex(fo0, s)) return false
      // Left-dec: a prejudice named and denied right after it (…役に立たないなんてことはありません): awareness, for every reading.
      if (saidDenied(fo, b)) return false
      if (!taken.claim(s, e) && !(over && !blocked.some(([x, y]) => x < e && s < y))) return false
      if ((severity ?? decency.meta.rules[rule]!.severity) === 'block') blocked.push([s, e])
      const { start, end } = doc.fromSqueezed(s, e)
      // A quoted prejudice the post then sides with (「…の隣は嫌だ」という声…気持ちはわからなくもない) is used, not mentioned.
      const mention = (isMentionAt(sq, s, e) || quotedSaying98(sq, s, e) || quotedExampleLD(sq, s, e) || quotedTailD2(sq, s, e)) && !aimed(fo0, e) && !jokedQuote(fo0, s, e) && !condoned(fo0, e)
      // Blind JJ-002 kind (dec10): inside a paragraph of sayings only, the verdict waits for the paragraphs around it (`post`).
      if (!mention && quotesOnlyParagraphD10(sq, s, e)) {
        emitOrHold({ rule, start, end, severity, mention, data: { instead } }, held)
        return true
      }
      emit({ rule, start, end, severity, mention, data: { instead } })
      return true
    }
    const spans = sentences(fo)
    const sentenceAt = (i: number): Span => {
      let lo = 0
      let hi = spans.length - 1
      while (lo < hi) {
        const mid = (lo + hi + 1) >>> 1
        if (spans[mid]!.start <= i) lo = mid
        else hi = mid - 1
      }
      return spans[lo] ?? { start: 0, end: fo.length }
    }
    // Round 56: ボケ said of an elder or of someone with dementia with a sneer, or spelt apart (…ばあさん、ほんと ボ ケ てるわ): block, ahead of
    // the milder reading of ボケ (round 17, warn).
    if (fo.includes('ぼけ')) {
      for (const m of matchAllOf(DEMENTED56, fo)) {
        const a = m.index
        const b = a + m[0].length
        const k = a + m[0].lastIndexOf('ぼけ')
        const sen = sentenceAt(a)
        if (DEMENTED_VETO56.test(fo.slice(sen.start, sen.end))) continue
        const raw = doc.fromSqueezed(at(k), at(k + 1) + 1)
        const spelt = SPLITTER47.test(doc.raw.slice(raw.start, raw.end))
        if (!spelt && !SNEER_BEFORE56.test(fo.slice(Math.max(sen.start, k - 8), k)) && !SNEER_AFTER56.test(fo.slice(b, b + 8)) && !SCORN56.test(m[0])) continue
        out('decency/discriminatory', k, b, '病気や障がいを軽い呼び名で呼ばず、正式な名称で書いてください（例：「認知症予防のコツを紹介します」）', 'block')
      }
    }
    const tries = GATE.tries(fo)
    for (const i of tries) {
      if (i >= EARLY_PHRASES.length) continue
      const p = EARLY_PHRASES[i]!
      p.re.lastIndex = 0
      if (p.squeezed) {
        for (const m of matchAllOf(p.re, sq)) {
          if (!taken.claim(m.index, m.index + m[0].length)) continue
          const { start, end } = doc.fromSqueezed(m.index, m.index + m[0].length)
          emit({ rule: p.rule, start, end, severity: p.severity, mention: isMentionAt(sq, m.index, m.index + m[0].length), data: { instead: p.instead } })
        }
        continue
      }
      for (const m of matchAllOf(p.re, fo)) {
        const a = m.index
        const b = a + m[0].length
        if (p.keep && !p.keep(fo, sentenceAt(a), a, b)) continue
        out(p.rule, a, b, p.instead, p.severity)
      }
    }
    // Round 47: a body slur spelt apart to slip past (ブ　タ　さんにならないよう, デ・ブにならないように): the separators the views drop
    // inside the word show it was meant, block (ブタさん as such is a milder reading, warn); not a word in a run of spaced letters
    // (絵本「ぶ た さ ん の お う ち」), not a word after or before a space.
    for (const m of matchAllOf(SPLIT_SLUR47, fo)) {
      const src = doc.fromSqueezed(at(m.index), at(m.index + m[0].length - 1) + 1)
      const raw = doc.raw
      if (!SPLITTER47.test(raw.slice(src.start, src.end)) || SPACED_BEFORE47.test(raw.slice(Math.max(0, src.start - 3), src.start)) || SPACED_AFTER47.test(raw.slice(src.end, src.end + 4))) continue
      out('decency/discriminatory', m.index, m.index + m[0].length, INSTEAD.discriminatory, 'block')
    }
    // Levity after an accident, a fire, a death or a disaster's damage in this paragraph; what is left is judged with the other paragraphs.
    const facts: DecencyFacts = { event: false, levity: null, delight: null, shelter: SHELTER.test(fo) }
    const source = (a: number, b: number): Span => doc.fromSqueezed(at(a), at(b - 1) + 1)
    for (const ev of actualEvents(fo, (i) => isKatakana(sq[at(i)]))) {
      facts.event ||= !STATS.test(fo.slice(sentenceAt(ev.start).start, sentenceAt(ev.start).end))
      const l = levityAfter(fo, ev)
      // Round 121: damage answered with help (災害がれきの撤去ボランティアを募集…頑張りましょう🙌): a call to work, not levity.
      if (l && ev.damage && HELPED121.test(fo.slice(ev.start, l.end)) && !MOOD_UP121_RE.test(fo.slice(ev.end, l.end))) continue
      // Blind W26 (dec9): a flooded road told soberly, the laugh in a later sentence about something else (…今日はいい天気ですね（笑）).
      if (l && ev.water && laughElsewhereD9(fo, ev, l)) continue
      if (l) out('decency/insensitive', l.start, l.end, INSENSITIVE, l.soft || ev.injury || (ev.damage && !LAUGHED121.test(fo.slice(ev.end, l.end))) ? 'warn' : undefined)
    }
    if (!facts.event) {
      const l = levityAlone(fo)
      if (l) facts.levity = source(l.start, l.end)
    }
    // Delight at an evacuation (避難所はまるで合宿みたいでワクワク🎉): here when the paragraph says 避難, in `post` when the post is in emergency mode.
    DELIGHT.lastIndex = 0
    const d = DELIGHT.exec(fo)
    if (d && !SUPPOSED_BEFORE.test(fo) && !REBUILT.test(fo) && !RELIEF.test(fo) && !phrase('体験|キャンプ場|イベント|教室|講座|ワークショップ', 'u').test(fo)) {
      const sen = sentenceAt(d.index)
      const from = Math.max(0, sen.start)
      // …川下り気分で車を進めるのは危険です: the mood named in order to warn against it, not levity.
      if (WARNED_OFF.test(fo.slice(d.index + d[0].length, sen.end))) {
        /* a warning */
      } else if (EVACUATED.test(fo.slice(Math.max(0, from - 60), d.index + d[0].length + 20))) {
        // Blind R243H-036 kind: said in a reply or a comment to the ones flooded, the delight offered to them as a gain (床上浸水したお宅も、
        // これで…川下り気分が味わえますね): the victims mocked to their face, block; a post about the flood stays a warning.
        const toVictim = (ctx.mode === 'reply' || ctx.mode === 'comment') && GAIN_TO_VICTIM_R243.test(fo.slice(from, Math.min(sen.end, d.index + d[0].length + 16)))
        out('decency/insensitive', from, d.index + d[0].length, INSENSITIVE, toVictim ? undefined : 'warn')
      }
      else facts.delight = source(from, d.index + d[0].length)
    }
    // Sexual words spelt out with spaces (s e x, Ｏ Ｐ Ｐ Ａ Ｉ): the list reads them when written together.
    if (compact) {
      SPELT.lastIndex = 0
      for (const m of matchAllOf(SPELT, fo)) out('decency/sexual', m.index, m.index + m[0].length, INSTEAD.sexual)
    }
    // A group with a negative or exclusionary predicate in the same sentence (only groups named in the paragraph at all).
    const named = GROUP_GATE.tries(fo)
    for (const [si, s] of (named.length > 0 ? spans : []).entries()) {
      const text = fo.slice(s.start, s.end)
      if (text.length < 4) continue
      let aware: boolean | undefined
      for (const gi of named) {
        const g = GROUPS[gi]!
        g.re.lastIndex = 0
        for (const m of [...matchAllOf(g.re, text), ...standsFor(g, fo, spans, si, text)]) {
          const from = m.index + m[0].length
          const tail = text.slice(from, from + 48)
          // The predicate may come first: 一番マナーが悪いのは中国人です.
          const head = text.slice(Math.max(0, m.index - 30), m.index)
          // …のはいつも妻です: one's own kin, not a group.
          if (head.includes('は') && BLAME_BEFORE.test(head) && BLAMED.test(tail) && !REPORTED.test(tail) && !(g.kind === 'sex' && /^(?:嫁|妻|奥さん|ママ|母親)$/u.test(m[0]))) {
            if ((aware ??= AWARENESS.test(text))) break
            out('decency/discriminatory', s.start + Math.max(0, m.index - 30) + head.search(BLAME_BEFORE), s.start + from, INSTEAD.discriminatory)
            break
          }
          // The group is what the sentence speaks of (中国人は, 障害のある方が, 女性職員には), not the one it protects (…な方の迷惑).
          if (!SUBJECT.test(tail) && !(g.kind === 'buraku' && /^(?:だ|で|の|と|なので|なんで|に(?:当た|あた|該当|属)|ゆえ|ため)/u.test(tail)) && !(g.kind === 'nationality' && NATION_ALSO.test(tail))) continue
          g.after.lastIndex = 0
          let p = g.after.exec(tail)
          // Team R39A-044 kind (dec13): the refusal that closes the sentence after a long reason (…からの協力隊応募も増えていますが、言葉が
          // 通じないと地域の皆さんが困るので、正直なところご遠慮いただきたいです): read past the window, the reason given in it.
          if (!p && g.kind !== 'sex' && g.kind !== 'age' && REASON_D13.test(tail)) {
            LONG_REFUSAL_D13.lastIndex = 0
            const far = LONG_REFUSAL_D13.exec(text.slice(from + 40, from + 96))
            if (far) p = Object.assign([far[0]], { index: 40 + far.index, input: far.input, groups: undefined }) as RegExpExecArray
          }
          if (!p && g.needsJoke) {
            g.needsJoke.lastIndex = 0
            // The laugh may close the post rather than the sentence (…区別はつきますか？…（笑）).
            // Round 103: a smile of the person themself (笑顔で語ってくださいました, 笑いながら話してくださった) is no laugh at them.
            p = JOKE.test(fo.replace(OWN_SMILE103, '')) ? g.needsJoke.exec(tail) : null
          }
          let soft = false
          if (!p && g.soft) {
            g.soft.lastIndex = 0
            p = g.soft.exec(tail)
            soft = p !== null
            // Slowness named so that drivers or passers-by give way (高齢者は道路の横断に時間がかかるので、ドライバーの皆さんは…): road safety, not a presumption.
            if (soft && /横断|歩行者|どらいばー|運転する|運転中|車を運転|思いやり|譲り合|ゆずり合/u.test(text)) continue
          }
          if (!p) continue
          // The group's own fear, the thing feared marked with が (障がいのある方の中には、人混みが怖いという方も; 大きな音がこわい): what
          // they feel, not what they are called (review of stop 43).
          if (/^(?:怖い|こわい)$/u.test(p[0]) && /[^\s、,。]が$/u.test(tail.slice(0, p.index))) continue
          // The district as what an act of exposure names, the act called a wrong (特定の地域を同和地区であると示す書き込みや…が問題と
          // なっている, 同和地区の所在地を載せた書籍の販売は禁止されています; blind GR-062): the wrong described, not done.
          // The wrong named after the words found (結婚), not a prejudice told after the wrong (…が問題だが、…結婚は避けた方が).
          if (g.kind === 'buraku' && EXPOSED54.test(tail) && ((EXPOSURE_WRONG54.exec(text.slice(from))?.index ?? -1) > p.index || wrongTakenUp80(fo, spans, si))) continue
          // A repute quoted to name the prejudice (「あの地区は部落だ」といううわさが…傷つけています。部落差別をなくしましょう): a mention.
          if (/[」』”](?:という|との|といった|って)(?:うわさ|噂|声|言葉|陰口|偏見|決めつけ|思い込み)/u.test(tail.slice(0, p.index)) && NAMES_PREJUDICE_ANYWHERE.test(fo)) continue
          // 障がいのある方以外のご利用は…: the group is the one served; 悪質商法のトラブルが多い: the group is the victim.
          if (/^(?:の方|の人|者)?以外/u.test(tail) || /以外/u.test(tail.slice(Math.max(0, p.index - 10), p.index)) || (/とらぶる/u.test(p[0]) && (DANGER.test(text) || SUFFERED_TROUBLE.test(tail.slice(0, p.index + p[0].length))))) continue
          // ご遠慮なく, 迷惑をかけない: not exclusion.
          if (/^(?:ご遠慮|遠慮して)/u.test(p[0]) && /^(?:なく|ないで)/u.test(tail.slice(p.index + p[0].length))) continue
          // The group called a bother to others (ご迷惑になります, 他のお客様の目) or its rights called
          // premature or needless (制度なんて…まだ早い): words of support (介助, 配慮, 制度) in the same
          // sentence do not make it awareness; only words that name the prejudice do.
          if (/迷惑|の目|視線|早|必要|いらない|不要|どうせ|他の|ほかの|周りの|周囲の/u.test(p[0]) ? NAMES_PREJUDICE.test(text) : (aware ??= AWARENESS.test(text))) break
          // Round 96 (HT-121): the example named as discrimination in the next sentence (…と入店を断る。これは、…差別的取扱いにあたります).
          if (condemnedNext96(fo, s)) break
          if (/ご遠慮|遠慮して|禁止|不可|できません|お断り|対象外/u.test(p[0]) && (SAFETY.test(text) || (LEGIT_LIMIT.test(text) && !(g.kind === 'disability' && BUILT_LIMIT.test(text) && !ACCESS_HELP.test(fo))))) continue
          // Asked to refrain for the weather's sake (暑さに弱いため、屋外での参加はお控えください): health advice, not exclusion.
          if (/お控え|控えて/u.test(p[0]) && HEAT_OR_COLD.test(text)) continue
          // The reason may be in another sentence: 女性限定のヨガ教室です。男性の方はご参加いただけません。
          // Blind R174I-007 (W19): a pair of one sex (男性同士, 女性どうし) is a same-sex couple: a couples' plan (カップル向け) is no space kept to
          // one sex, only a sex's own space is (女性限定のヨガ教室です。男性同士でのご参加は…).
          if (g.kind === 'sex' && SEX_REFUSE_RE.test(p[0]) && SEX_OK.test(fo) && !(PAIR_W19.test(tail) && !SEX_SPACE_W19.test(fo))) continue
          const a = s.start + m.index
          const b = s.start + from + p.index + p[0].length
          // A complaint the city relays in order to answer it (…のマナーが悪いという声がありますが、案内板を設置しました):
          // the stereotype is repeated, not asserted: a second look, and a later use in the sentence is still its own.
          // …治安が悪化したというデータはありません: the claim named in order to deny it.
          if (DENIED.test(text.slice(b - s.start, b - s.start + 30))) continue
          // …マナーが悪いわけではありません, …とは限りません: the predicate denied by its own ending (round 42).
          // Round 103: …だまされるのは、ボケているからではありません: the reason named and denied by its own ending.
          if (/^[^。！？!?\n]{0,6}?(?:(?:わけ|から|ため|せい)(?:では|じゃ|じや)(?:ない|なく|ありません|ございません)|とは限(?:ら|りません))/u.test(text.slice(b - s.start, b - s.start + 16))) continue
          // Round 105: the predicate named as a common view and denied (…手がかかる、と思われがちですが、そんなことはありません).
          if (PRESUMED_DENIED105.test(fo.slice(b, Math.min(fo.length, b + 90)))) continue
          // Round 84: a label denied right after it (うつ病は甘えでも怠けでもありません; blind HN-143).
          if (LABEL_DENIED_AT84.test(text.slice(b - s.start, b - s.start + 24))) continue
          // A resident's worry quoted and answered in the same sentence (「外国人が増えて不安」とのご意見ですが、…増加とは関係なく減少傾向に).
          // 障害のある方は災害時に避難が遅れがちなため、個別避難計画を: a need the city meets, not a fault.
          if (/遅/u.test(p[0]) && /避難|災害|逃げ遅|支援|計画|サポート/u.test(text) && !EXCLUDE_RE.test(text)) continue
          // …の入場をお断りすることはありません: a refusal denied.
          if (/^(?:する|いたす|致す)?ことは(?:ありません|ございません|ない|なく|いたしません|しません)/u.test(text.slice(b - s.start, b - s.start + 14))) continue
          // …による犯罪は減少傾向にあります: a falling count, not a charge.
          if (/犯罪|治安|トラブル/u.test(p[0]) && FALLING.test(text.slice(b - s.start, b - s.start + 12))) continue
          // …トラブルが多発しないよう、説明会を開きます: a trouble the city works to prevent, not one charged to the group.
          if (/犯罪|治安|トラブル|とらぶる/u.test(p[0]) && /^[^。！？!?\n]{0,6}?(?:ない|ぬ)よう|^[^。！？!?\n]{0,4}?を(?:防|未然)/u.test(text.slice(b - s.start, b - s.start + 14))) continue
          // Round 90: a difficulty stated as the reason for help given (女性は更衣室が分からないことが多いので、入口に案内板を置きました,
          // 外国人の方は言葉が通じないので、通訳ボランティアを配置しました): no fault of the group; a refusal, separation or blame still holds.
          if (DIFFICULTY90.test(p[0]) && HELP_MET90.test(text.slice(b - s.start)) && !KEPT_APART69.test(text.slice(b - s.start)) && !BLAMED90.test(text)) continue
          // Round 69: …トラブルになりやすいため、通訳ボランティアを配置しました: a need met with help, not a charge; a refusal after it still holds.
          if (/とらぶる/u.test(p[0]) && HELP_MET69.test(text.slice(b - s.start)) && !KEPT_APART69.test(text.slice(b - s.start))) continue
          if (QUOTED_VIEW.test(text.slice(from, b - s.start)) && (ANSWERED.test(text) || VIEW_ANSWERED.test(text))) continue
          if (REPORTED.test(text.slice(b - s.start, b - s.start + 16)) && !ENDORSED.test(text.slice(b - s.start)) && !reassured103(fo, b) && !(EXCEPTION72.test(fo.slice(b, b + 100)) && !NAMES_PREJUDICE.test(fo.slice(b, b + 100)))) {
            // Round 70: the neighbours' wish to drive a group out relayed, and the city's answer is help for the group (「追い出してほしい」という声が
            // 寄せられていますが、市は福祉の相談員と一緒に声かけを続けています): the wish reported, not held.
            if (OUSTED70.test(p[0]) && helpAnswers70(fo, spans, si, b)) continue
            out('decency/discriminatory', a, b, INSTEAD.discriminatory, 'warn')
            continue
          }
          if (soft) {
            if (!out('decency/stereotype', a, b, INSTEAD.stereotype, 'warn')) continue
            break
          }
          // A span another finding holds (女性の細やかさが求められる…): a later mention of a group may still be its own.
          if (!out('decency/discriminatory', a, b, INSTEAD.discriminatory)) continue
          break
        }
        if (aware) break
      }
    }
    // Round 20 kinds, after the groups: a group's own reading holds its span first.
    for (const i of tries) {
      if (i < EARLY_PHRASES.length) continue
      const p = ALL_PHRASES[i]!
      p.re.lastIndex = 0
      for (const m of matchAllOf(p.re, fo)) {
        const a = m.index
        const b = a + m[0].length
        if (p.keep && !p.keep(fo, sentenceAt(a), a, b)) continue
        out(p.rule, a, b, p.instead, p.severity)
      }
    }
    // The generic reading, last: a kind above holds its span first.
    const may = genericMay(fo)
    // A block reading holds its span before a warn one over the same words (お年寄りは一人で決めることができません: a choice denied, not only a fault presumed).
    // One test of whether the paragraph names prejudice, for both readings.
    const namesPrejudice = NAMES_PREJUDICE_ANYWHERE.test(fo)
    const generic = [...(may[0] && !namesPrejudice ? genericPrejudice(fo, spans) : []), ...genericKinds(fo, spans, may, namesPrejudice)]
    // Round 106 (HY-150, words.ts ownWordingRetracted): the account's own earlier wording quoted in an apology as the mistake (…「認知症の方が徘徊しないよう見張りましょう」と
    // 記載しました。…一方的に監視するかのような、誤解を招く表現でした…お詫び申し上げます) is a mention; a reading outside the quote stays.
    // Paragraph by paragraph: the wording called wrong in the paragraph that quotes it (the heading お詫び may stand apart).
    // Round 110: that check now stands at `emit`, for every reading.
    for (const [a, b, rule, severity] of [...generic.filter((g) => g[3] === 'block'), ...generic.filter((g) => g[3] !== 'block')]) out(rule, a, b, rule === 'decency/discriminatory' ? INSTEAD.discriminatory : rule === 'decency/insensitive' ? INSENSITIVE : INSTEAD[rule === 'decency/lookism' ? 'lookism' : 'stereotype'], severity, severity === 'block')
    if (/[a-z]/u.test(fo0)) {
      ROMAJI_SLUR.lastIndex = 0
      for (const m of matchAllOf(ROMAJI_SLUR, fo0)) {
        const s = m.index
        const e = s + m[0].length
        if (!taken.claim(s, e)) continue
        const { start, end } = doc.fromSqueezed(s, e)
        emit({ rule: 'decency/discriminatory', start, end, mention: isMentionAt(sq, s, e) && !aimed(fo0, e) && !/^.{0,2}(?:みたい|っぽ|のよう)/u.test(fo0.slice(e, e + 6)), data: { instead: INSTEAD.discriminatory } })
      }
    }
    if (HAS_MASK.test(fo0)) {
      // A rejected match is retried one letter on (完全にガ〇ジ: にが〇 of ニガー overlaps it).
      MASKED.lastIndex = 0
      for (let m = MASKED.exec(fo0); m; m = MASKED.exec(fo0)) {
        const s = m.index
        const e = s + m[0].length
        if (startsWithMask(m[0]) || !maskedWordAt(sq, s, e)) {
          MASKED.lastIndex = s + 1
          continue
        }
        const sexual = MASKED_SEXUAL.test(m[0].replace(/[〇○●◯◎×✕✖*■□◇◆△▲]/u, '')) || /^(?:え.ち|せ.くす|.んこ|お.ぱい|ぱぱ.|え.い|.ろい|え.かわ)/u.test(m[0])
        if (!taken.claim(s, e)) continue
        const { start, end } = doc.fromSqueezed(s, e)
        // Round 84: a masked slur quoted as what someone said and then laughed at (子どもに「つ〇ぼのまね？」って言われて大笑いしました😂):
        // the quote is the joke, not an example, as with the listed slurs (jokedQuote); not one the speaker was hurt by.
        const hurt = HURT_BY.test(fo0.slice(e, e + 60))
        const joked = !sexual && !hurt && jokedQuote(fo0, s, e)
        emit({ rule: sexual ? 'decency/sexual' : 'decency/discriminatory', start, end, mention: (isMentionAt(sq, s, e) || (!sexual && hurt)) && !joked && (sexual || !reassured103(fo0, e)), data: { instead: sexual ? INSTEAD.sexual : INSTEAD.discriminatory } })
      }
    }
    if (held.length > 0) facts.held = held
    return facts
  },
  // An accident or a death told in one paragraph and a celebration in a later one (…児童1名が死亡した。⏎⏎…盛大に実施する🎉🎊);
  // delight in a post written in emergency mode that speaks of shelters (公民館は今夜ほぼ満員です！まるで合宿みたいでワクワク🎉).
  post({ text, facts, spans, ctx, emit }) {
    let event = false
    let shelter = false
    for (const f of facts) shelter ||= f.shelter
    for (let p = 0; p < facts.length; p++) {
      const f = facts[p]!
      const at = (x: Span) => ({ start: x.start + spans[p]!.start, end: x.end + spans[p]!.start })
      if (event && f.levity) emit({ rule: 'decency/insensitive', ...at(f.levity), data: { instead: INSENSITIVE } })
      if (ctx.emergency && shelter && f.delight) emit({ rule: 'decency/insensitive', ...at(f.delight), severity: 'warn', data: { instead: INSENSITIVE } })
      // Blind JJ-002 kind (dec10): sayings held from a paragraph of sayings only stand unless the paragraph after points back at them
      // as conduct named wrong (このような対応をすることは…禁止されています), or the one before introduces them so.
      if (f.held) {
        const from = spans[p]!.start
        const to = spans[p]!.end
        const condemned = pointedBackWrongD10(text.slice(to, to + 240)) || introducedWrongD10(text.slice(Math.max(0, from - 240), from))
        for (const h of f.held) emit({ ...h, start: h.start + from, end: h.end + from, mention: condemned })
      }
      event ||= f.event
    }
  },
  echo: levityAboutHarm,
  echoes: ['tone/insensitive'],
}

/**
 * Levity next to a death, a disaster or an accident that the tone family finds in the post (tone/insensitive: laughter, a
 * cheerful emoji or a chat's ending beside 亡くなった, 火災, 地震…) is also 不謹慎, decency's clause 4(2): reported as
 * `decency/insensitive` at the tone finding's own severity (a warning), so the post is flagged under the clause it breaks
 * whichever family reads it (rule.ts `echo`); laughter itself beside the harm mocks it and blocks, as decency's own
 * readers of 茶化す do. Only tone's own findings are read: no new judgement, no new false positive.
 */
function levityAboutHarm(f: EchoSource, text: string): DraftFinding | null {
  // Offered tone/insensitive only (`echoes`).
  // Laughter itself (ｗｗｗ, 笑, （笑）, 草, 😂🤣) beside the harm mocks it (茶化す): decency's own severity, a block. Other levity
  // (an emoji, a chat's ending) stays at tone's warning.
  // Blind R136D-046: deaths named and brushed aside with a concession, then the readers invited to come and enjoy (台風で犠牲者が出た
  // 翌日ですが、川下りは通常運航です！みんな来てね〜🚣✨, 亡くなった方もいますが、祭りは予定どおり！遊びに来てね🎉): the fun set
  // against the deaths, a block as laughter is. Only upgrades tone's own finding; not a memorial or condolence (追悼式にお越しください).
  // W20 (blind R179I-024): a warning or an order in force (大雨警報が出ています, 【避難指示】) is a danger at the door, no harm yet done to
  // anyone: laughter beside it stays at tone's warning unless the post tells a harm or a death as well.
  const topic = String(f.data?.topic ?? '')
  // Blind W26 (dec9): the harm word only a likeness (洪水のような人出, 嵐のような拍手, 地震みたいな揺れ方の太鼓): no harm, nothing to echo.
  if (topic !== '' && onlyLikenessD9(text, topic)) return null
  const warningOnly = WARNING_TOPIC.test(topic) && !HARM_TOLD.test(text)
  // Blind W26 (dec9): a flood told soberly and the laugh in a later sentence about something else (…片付けを頑張りました。今日はいい
  // 天気ですね（笑）): tone's own warning stands, not made a block; not when someone was hurt or died.
  const elsewhere = FLOOD_TOPIC_D9.test(topic) && !HURT_D9.test(text) && laughLaterD9(text, topic, f.start)
  // Stop 47: the harm only nearly happened to the writer (波に流されそうでした笑, 溺れかけました笑): no one hurt, so tone's
  // warning stands; a block when the harm really befell someone (流されました笑).
  const nearMiss = topic !== '' && onlyNearMiss(text, topic)
  // Blind R257P-017 kind (dec9): the place where someone drowned, died or was hit only days ago shown off as a photo spot (先週、小学生が
  // 溺れる事故のあった二ツ川ですが、今日は…映えてました✨📸): the site of a fresh harm made a sight, a block as laughter is.
  const freshSiteShownOff = !nearMiss && FRESH_HARM_SITE_SHOWN_D9.test(text) && !MOURNING.test(text) && !SITE_SAFETY_D9.test(text)
  const severity = (LAUGHING.test(text.slice(f.start, f.end)) && !warningOnly && !elsewhere && !nearMiss) || ((DEATHS_THEN_FUN.test(text) || DEATHS_TURN_TO_SALES.test(text)) && !MOURNING.test(text)) || freshSiteShownOff ? 'block' : f.severity
  return { rule: 'decency/insensitive', start: f.start, end: f.end, severity, mention: f.mention, data: { instead: INSTEAD_LEVITY } }
}

/**
 * Blind R257P-017 kind (dec9): a harm to a person told as only days old (先週, 昨日, 先日, 数日前 … 溺れ, 亡くな, はねられ, 子どもが転落: a person, not a bridge washed away) and then the
 * place (or the day there) praised as a photo spot or a sight (映え, エモい, 絶景, フォトスポット). Bounded: one sentence to the harm, a
 * line to the praise.
 */
const FRESH_HARM_SITE_SHOWN_D9 = /(?:先週|昨日|きのう|先日|今朝|一昨日|おととい|数日前|この前|今週|先月)[^。！？!?\n]{0,30}?(?:溺れ|おぼれ|亡くな|死亡|死者|犠牲|はねられ|轢かれ|重体|意識不明|けが人|負傷|(?:人|方|子|子ども|子供|児童|生徒|小学生|中学生|高校生|園児|男性|女性|男児|女児|高齢者|お年寄り|観光客)(?:さん)?が[^。！？!?\n]{0,10}?(?:転落|流され|落ち))[^\n]{0,120}?(?:(?<![見照])映え|(?<![ぁ-ゖ])ばえ(?![ぁ-ゖ])|(?<![ぁ-ゖ一-龥])エモ(?:い|すぎ|く|か)|フォトジェニック|絶景|(?:撮影|写真|フォト|インスタ)(?:映え)?スポット)/u
/** … unless the post is about keeping people safe there (柵, 立入禁止, 注意, 近づかない). */
const SITE_SAFETY_D9 = /注意|気をつけ|気を付け|近づかない|近寄らない|立入禁止|立ち入り禁止|柵|防止|再発|安全対策|点検/u
/** Blind W26 (dec9): a disaster word as a likeness (洪水のような, 嵐みたいな, 津波のごとき): every mention of the topic so. */
const LIKENESS_AFTER_D9 = /^(?:の(?:よう|ごと)|みたい|並み|級の|さながら)/u
/** … or swept along by a crowd (人出で、流されそう, 人波にのまれ) where no real water is named once the likenesses are set aside. */
const SWEPT_D9 = /^(?:流され|押し流さ|のまれ|飲まれ|呑まれ)/u
const CROWD_RAW_D9 = /人出|人波|人の波|人の流れ|人混み|人込み|人ごみ|人だかり|群衆|行列|混雑|満員|ぎゅうぎゅう|すし詰め/u
const LIKENESS_D9 = /(?:洪水|津波|濁流|激流|急流|嵐|川|海|波)(?:の(?:よう|ごと)|みたい)/gu
const REAL_WATER_D9 = /雨|台風|浸水|冠水|洪水|水害|氾濫|決壊|水没|津波|濁流|激流|急流|川|海|波|増水|大水|高潮|水/u
function onlyLikenessD9(text: string, topic: string): boolean {
  if (SWEPT_D9.test(topic) && CROWD_RAW_D9.test(text) && !REAL_WATER_D9.test(text.replace(LIKENESS_D9, ''))) return true
  let seen = false
  for (let i = text.indexOf(topic); i >= 0; i = text.indexOf(topic, i + 1)) {
    if (!LIKENESS_AFTER_D9.test(text.slice(i + topic.length, i + topic.length + 4))) return false
    seen = true
  }
  return seen
}
/** A harm verb's stem in its "nearly" forms: 流されそう, 溺れかけた, 流されかかった (the topic is the stem tone found). */
const NEAR_MISS_AFTER = /^(?:そう|かけ|かか[っりる])/u
const HARM_VERB_STEM = /^(?:流され|溺れ|おぼれ|はねられ|ひかれ|轢かれ|飛ばされ|押し流され)$/u
/** Every mention of the harm verb `topic` in `text` is a near miss, and no other harm is told (HARM_TOLD without it). */
function onlyNearMiss(text: string, topic: string): boolean {
  if (!HARM_VERB_STEM.test(topic)) return false
  let seen = false
  for (let i = text.indexOf(topic); i >= 0; i = text.indexOf(topic, i + 1)) {
    if (!NEAR_MISS_AFTER.test(text.slice(i + topic.length, i + topic.length + 3))) return false
    seen = true
  }
  return seen && !HARM_TOLD.test(text.split(topic).join(''))
}
/** Blind W26 (dec9): a flood's topic (大雨, 台風, 冠水), someone hurt or dead, and a later sentence that turns back to the water. */
const FLOOD_TOPIC_D9 = /大雨|豪雨|台風|冠水|浸水|洪水|水害|氾濫|増水|ゲリラ豪雨|(?<![一-龥])川|(?<![一-龥])池/u
const HURT_D9 = /亡くな|死|犠牲|遺体|けが|怪我|ケガ|負傷|重傷|重体|行方不明|流され|溺れ|おぼれ|搬送|救助|孤立|避難/u
const WATER_REF_RAW_D9 = /川|池|湖|海|水|舟|船|ボート|カヌー|いかだ|泳|浮き輪|うきわ|釣|通勤|通学|送迎|ベネチア|ヴェネツィア|ベニス|どんこ|長靴|道路|通り|冠水|浸水|雨|台風|流さ|流れ|プール|サーフィン|魚|鯉|カエル|かえる|カッパ|かっぱ|河童|映え|ばえ/u
function laughLaterD9(text: string, topic: string, at: number): boolean {
  const i = text.lastIndexOf(topic, at)
  if (i < 0) return false
  const rest = text.slice(i + topic.length, at)
  const k = rest.search(/[。！？!?\n]/u)
  if (k < 0) return false
  const later = rest.slice(k + 1)
  return /[^。！？!?\s]/u.test(rest.slice(0, k)) && !WATER_REF_RAW_D9.test(later) && !WATER_REF_RAW_D9.test(text.slice(at, at + 20).split(/[。！？!?\n]/u)[0]!)
}
/** Tone's topic when it is a warning or an evacuation order in force, not a harm (大雨警報が出ています, 【大雨警報】, 避難指示). */
const WARNING_TOPIC = /警報|注意報|避難指示|避難勧告|緊急安全確保|高齢者等避難/u
/** A harm or a death told in the post beside the warning (浸水, 冠水, 被害, 亡くな, 行方不明, 倒壊, 土砂崩れ, 流され). */
const HARM_TOLD = /浸水し|冠水し|被害(?:が|を|に)|被災|亡くな|死亡|死者|犠牲|行方不明|けが人|負傷|倒壊|全壊|半壊|土砂崩れ|流され|溺れ|決壊|孤立/u
const DEATHS_THEN_FUN = /(?:犠牲者|犠牲に|亡くな|死者|死亡|亡くなっ|遺体|行方不明者)[^\n]{0,30}?(?:ですが|でしたが|ますが|ましたが|ですけど|けど|けれど|だけど|とはいえ|たが[、,]|だが)[^\n]{0,40}?(?:来てね|きてね|来てな|来てくださ|来て下さ|遊びに来|あそびに来|お越しくださ|お越し下さ|お待ちして|おいで|来んね|来んしゃい|楽しんで|楽しもう|楽しみましょう)/u
/**
 * Blind R241E-034 kind: deaths reported, then the next sentence (or line) turns at once with でも / それでも / だけど to a cheerful
 * promotion (…2名の方が亡くなられました😢⏎でも下を向いてばかりはいられない！…うなぎは今日も元気に焼けてます✨ みんなで食べて応援しよう〜！,
 * 死者も出ましたが、それでも祭りは開催！屋台でいっぱい買って盛り上げよう): the deaths brushed aside for the sale, a block as in
 * DEATHS_THEN_FUN. Only upgrades tone's own levity finding, and not with condolence said (MOURNING).
 */
const DEATHS_TURN_TO_SALES = /(?:犠牲者|犠牲に|亡くな|死者|死亡|遺体)[^\n]{0,30}?[。！!…\n][^\S\n]{0,2}\n?(?:でも|だけど|けど|それでも|とはいえ|しかし)[、,]?[^\n]{0,80}?(?:(?:食べ|買っ|飲ん|遊ん|来)て(?:応援|盛り上げ|楽しも|楽しん)|応援しよう|応援してね|盛り上げよう|盛り上がろう|楽しもう|食べに来て|買いに来て|遊びに来て|お待ちしてます|お待ちしております)/u
const MOURNING = /お悔やみ|ご冥福|冥福|お見舞い|追悼|慰霊|黙とう|黙祷|献花|弔意|哀悼|喪に服/u

/** A laugh as written on its own: w or ｗ runs, 笑, （笑）, 草, or a laughing face (😂 🤣 😆 😹). */
const LAUGHING = /^(?:[wｗWＷ]{1,12}|笑{1,6}|[（(]笑[)）]|草{1,3})$|[\u{1F602}\u{1F923}\u{1F606}\u{1F639}]/u

const INSTEAD_LEVITY = '事故・災害・訃報などに触れる投稿は、絵文字や笑い、軽い言い回しを使わず落ち着いた表現で書いてください（例：「被害に遭われた皆さまに心よりお見舞い申し上げます。」）'
