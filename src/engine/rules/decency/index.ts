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
 *   …ね〜, cartoonAfter); a funeral or a sutra as a likeness (お経みたいで眠く, まるでお葬式, insensitive warn; not お通夜状態);
 *   dementia or an old people's home as one (まるで老人ホームの徘徊みたい笑, warn); a faith called smelly or creepy (宗教くさい, warn);
 *   toilet talk (💩, 出すもの出して, sexual warn); pay raised for a sex, youth or short clothes (若い女の子なら日当アップ, ミニスカで…上げ
 *   ちゃう, block); residents' hardship called checkmate or met with a mocking condolence (ママはもう詰みですね😇, ご愁傷さまです🙏笑, warn).
 *   おしゃべり as an activity (おしゃべりできる場) is not the trait. See the round-124 kinds at the end of SENTENCE_KINDS.
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
 * - Round W11 (SENTENCE_KINDS): an injury accident called a flashy blunder (…搬送されました。派手にやっちゃいましたね〜😱; not a drill);
 *   children or people in care likened to the dead with a laugh (みんな死んだみたいに静かです😂); animals put down told lightly
 *   (ガス室、今日はフル稼働でした〜😅; not 殺処分ゼロ); overwork death as a job's selling point (過労死ラインまで働ける…大歓迎; not
 *   its prevention); a class pitched as bride training (お嫁にいく前の女の子におすすめ) and men as only the eaters (男性は食べる専門でOK),
 *   warn. EXCLUDE: a group's taking part refused with a trailing ちょっと (外国人の方の参加はちょっと…, block).
 * - Round W12 (SENTENCE_KINDS, blind R151I/R152D): human remains, a mummy or the dead called handsome or cute or played with (出土した人骨、
 *   骨格がイケメンすぎて…, 古人骨とツーショット; `decency/insensitive` warn; not a finding told plainly, a costume or 骨格診断); the Round 47
 *   cull joke read across one line break, its event widened to counts in 羽/頭 (3000頭が処分) and its joke to the dead animals as food
 *   (チキン食べ放題, 焼き鳥祭り, 豚肉安くなる, 唐揚げ三昧); a stamina word with tonight and a leer (精がつくけん、今夜は期待しとってよ😏💕,
 *   `decency/sexual` warn; not with 夏バテ or a named activity such as 試合の応援, not a plain heart).
 * - Round W13 (SENTENCE_KINDS, blind R153I/R154A): an event advert dressed as innuendo, a slippery or "play" word (ぬるぬる, とろとろ, プレイ;
 *   not プレイパーク, ロールプレイ) with 大人の / 夜の / 今夜 and a heart or a kiss, or 大人の…夜の with 💋 / 😏 (`decency/sexual` warn;
 *   not a children's event, not a night tour with a plain heart); complainers or objectors called defective of ear, head or mind
 *   (苦情を言う人は…耳がおかしい, block); a religion, a temple or a shrine belittled as a mere money-maker (所詮はお坊さんの金もうけ,
 *   坊主丸儲け, warn; not 商売繁盛 or a temple's finances); an outage or a closure the residents suffer (断水3日目, 停電, 通行止め, 孤立)
 *   made a windfall or laughed at (ちょうどいいダイエット, キャンプ気分でラッキー, 笑; `decency/insensitive` warn; not a notice,
 *   preparation or service restored).
 * - Round W14 (SENTENCE_KINDS, blind R156I/R158A/R159D): a quake's measure as the measure of fun (震度7級の盛り上がり, 地震より会場が揺れた😂,
 *   insensitive warn); a couple's night by a veil word with a leer (夜のほうも円満に😏, sexual warn); foreign workers priced as cheap
 *   labour (安くてよう働く, 人件費が安くて助かる, block); an elder's bent back or dull ears made fit for a task (腰が曲がってるから泥さらいに
 *   ぴったり, warn); a mental illness dismissed and the ill told to use will before care (相談に来る前に気合いで, block); looks heading any
 *   trade (イケメン若手経営者, lookism warn); a people cast as buyers to beat (外国人に買い占められる前に, block); a foreigner's broken speech
 *   laughed at (片言の日本語…爆笑, warn); a touch that makes one perky and a secret night try (sexual warn); staff in revealing dress to
 *   greet the men (ミニスカートでお出迎え…男性の皆さんも, sexual block); an age by number and its driving called a weapon (80過ぎての運転は
 *   走る凶器, warn). Also: a road turned into a river is a flood that happened (道路が川になってて…ｗｗ), 笑 after an emoji is a laugh
 *   (⚾笑), された + a katakana word is no たら supposition (搬送されたランナー), and デブ/ブス heading a compound is read after あの or a
 *   noun's の (隣町のあのデブキャラ).
 * - Round W15 (SENTENCE_KINDS, blind R160I/R161A): others' deaths set against one's own luck (亡くなった方もいたけど、うちは無事でラッキー,
 *   insensitive block); the ones who come presumed to come for women in swimwear (水着のお姉さんたち目当てかな？, sexual warn); a welcome
 *   then one group waved off with a trailing ちょっと (ただ外国の方はちょっと、…ので😅, block); people's deaths called natural selection
 *   (高齢者が亡くなるのも自然淘汰, block); clothes gaping at a body part enjoyed (胸元がゆるい子が多くて目の保養, sexual block); a
 *   disaster's shortage made a game (棚すっからかん…サバイバルゲーム開幕笑, warn). Not flagged any more: cheap labour named as the wrong
 *   to correct (安い労働力として扱う問題の是正), ぶすっと (sulky; list exceptions), 夜の方 as the night run of a service named with a plain
 *   heart (夜の方もお楽しみいただける川下り♡).
 * - Round W17 (SENTENCE_KINDS, blind R167I-R170I): a storm's wreckage likened to art or called photogenic (流れてきた屋根の板…アートみたい📸,
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
 * - Round W19 (SENTENCE_KINDS, blind R174I/R175A/R177I/R178A): a same-sex pair kept from a couples' plan (カップル向け is no space kept to one sex;
 *   男性同士, 女性どうし); manners put down to a national character (国民性によるところが大きいので…あきらめて, block); a past flood rerun as a boat
 *   ride with a laugh (…川下りコースになったりして（笑）, block); a disabled group presumed unable and steered home (…難しいと思いますので、ご自宅
 *   のテレビ中継で, warn; お控え, block); young women offered to the men (若い子ばかりなので、男性の皆さんもお楽しみに, sexual warn); a stranded
 *   driver's panic laughed at (立ち往生…慌てっぷりが面白すぎて, block); a foreign group praised as surprisingly diligent (意外とまじめ, stereotype
 *   warn); a disability as the likeness of a gait, the manner first (歩き方が障がい者みたい…ウケる, block); a contest by looks alone (審査は顔と
 *   スタイルだけで十分, lookism block); flood victims laughed at in a verb (笑ってしまいます) or blamed (見ておけばいいのに, 自業自得), block; a
 *   pronoun for a foreign group given thieving hands (あの人たちは…手癖の悪い者も, block); a fire dated with its place between (昨夜の沖端町の住宅火災).
 * - Round W20 (blind R181D/R179I): a disaster's harm recast as a charm or a treat for those who suffered it (停電…ろうそくの灯りも風情が,
 *   デジタルデトックス, めったにない体験, 悪くない; SENTENCE_KINDS warn; not a tip, a drill, a candle event, a lesson, the sufferers' own words, volunteers);
 *   a smiling face on a hopeful scene after a flood (…子どもたちが笑顔を見せてくれました😄) is no levity; laughter beside a weather warning or an
 *   evacuation order in force, with no harm told, is echoed from tone at its warning, not raised to a block.
 * - Round W21 (blind R184I-R187I; W21 after the groups): women or girls gazed at for pleasure by the account's people (…を眺めるのが毎年の
 *   楽しみ, 男性職員はみんな見とれて: sexual warn); a named or dated disaster set beside a joke (熊本地震のときに比べたら…ノーカン（笑）: block);
 *   a canal or a river overflowing is an event (掘割があふれて…😂); a foreign group named by where it came from (外国から来た観光客, 中国からの
 *   お客さん) and labelled as not understanding however told (言っても分からない方たち); 乗って/泊まって/住んでほしくない as exclusion; a group
 *   put last by policy (外国籍の方を後回しに, 高齢の方の受付は最後に; not 後回しにされないよう); a disabled group asked to send only the family
 *   (ご家族だけで来庁していただくよう; not an offer, not 一緒に); ひとり親のご家庭のお子さん joins the family-type children of round 104.
 * - Round W22 (blind R189I/R190A; SENTENCE_KINDS): the people of a flooded district teased with a life by boat or by swimming and a laugh, a mark
 *   or a verb in dialect (浸かった地区の皆さんは…ボートの準備も（笑）, …ボートで通勤できてよかね〜ってみんな笑いよった: insensitive block; not a
 *   boat lent or sent, not an event the rain put off); a disabled group said to be unable to talk or understand and asked to come with the
 *   family (…お一人だと話が通じず…ご家族が付き添って来ていただけると助かります: block; not a companion recommended, not …場合は, not a phone
 *   line); the women drawn as a sexual bait named as the staff of a post (監視員さん…水着目当てで来る人: block, else warn); a group named as
 *   the target of a crime watched for (女性目当ての盗撮に目を光らせ) is its victim, not a group watched.
 * - Round W23 (blind R191I/R192D; SENTENCE_KINDS): a flooded town made a water city or a new boat course with a laugh (水につかって、もはやベネチアｗｗ:
 *   block; not the town's nickname, not flood works), a flood wished for as a boon (水浸しになったら…観光客が増える（笑）: block); a people judged
 *   foreign by its look, or a foreign group, met with wariness (外国人っぽい人が来ると…身構えちゃう: warn; not a crime warned of, not needless);
 *   a disabled or old group called a bother by its servers (車いすの方が来られると正直手間: warn; not their own hardship, not a request to tell
 *   ahead); 一部の国の方, 特定の国の, ある国の join the nationality group (一部の国の方はマナーが悪く: block; not 一部の国では, a custom).
 * - Round W25 (blind R193I-R197A; SENTENCE_KINDS): a people's fault put down with a hedge to its national character (お国柄なのか、…うるさくて:
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
 * - Round W27 (dec10, blind R198I/R199A/R200D; SENTENCE_KINDS): housewives presumed idle in the daytime and credited with an outcome, laughed
 *   at (時間のある奥さま方のおかげ（笑）: stereotype warn; not an invitation to those with time); a disabled group or those who need a
 *   helper whose coming is said to hinder the proceedings (…がいらっしゃると進行に支障: block; not seats arranged so nothing hinders); a
 *   rule of daily life presumed missing from a people's culture where a foreign group is named (並ぶって文化がない: warn, block with お約束
 *   or a sigh; not a sign made readable for them, not a custom of Japan); a belly that will not close a coat, with a laugh (lookism warn;
 *   not one's own full stomach); a person who collapsed or was carried off likened to food being cooked, with a laugh (自分が蒸し焼き,
 *   焼き上がる前に: insensitive block; not a hot car warned of); a people pointed to by its fault (マナーを守らない国の人たち) as the
 *   reason to guard valuables (block; not people with no country, not travel abroad); a nationality group called untrustworthy (外国籍の
 *   職員は信頼できない: block; not the notion opposed); 日本人に頼んだ方が確実 joins 頼んだ to the Japanese preferred.
 * - Round W28 (dec11, blind R201A–R205I; SENTENCE_KINDS unless said): a flood told sentences before the damage is made a boat course, counted
 *   (コースが一本増えた) and laughed at together (笑い合った: block; not a course opened after repair works); a flood that happened told
 *   as a boon (水につかって…どこでも川下りができる…（笑）, 特典付き: block; R192D-041 only supposed one); a dwelling turned into a paddy by
 *   a flood (家まで水田に…（笑）: block; not a fallow field filled by rain); men's eyes held by women seen by their dress or youth, in
 *   the sentence or the one before (…女性職員が…。男性の皆さんの視線はそちらに釘付け, 浴衣…男性職員たちは目のやり場に困って: lookism
 *   warn; not children, a performance or a thing looked at); a wrong of daily life dated from a group's coming or moving in, either
 *   order (…件、外国の方が入居されてから増えた: block; not something else grown, not the group as victim, not the link denied); the
 *   old told to hand back licences gracefully or before a confusion presumed of them all (潔く, 区別がつかなくなる前に: R80, block;
 *   not a deed told, not 早めに…ご検討ください); a people's loudness presumed with the people named as visitors (外国のお客さんは…声が
 *   大きいから; the voice the group's own, not a guide's).
 * - Round W29 (dec12, blind R206A–R208D; SENTENCE_KINDS unless said): a harmful disaster made the staff's stock joke at a party or with a
 *   laugh (…まで水が来て…流されたのが今も忘年会の定番ネタ（笑）: block; not a harmless mishap, not a lesson); a shouting nuisance laid
 *   on a group as the usual culprit, a slur between (大声を出しているのは、たいてい品のない…: BLAME_BEFORE, block); a single-parent
 *   home presumed to neglect its children (…のご家庭はどうしても子どもに目が行き届かないので: PRESUMED_GROUP/TRAIT, warn); young women
 *   placed at a desk and credited with the men's ease or called the bloom (若い女性職員を置いたら、おじさんたちの…スムーズに, 華が
 *   ある: lookism warn); shelter life called a fun camp (避難所の雑魚寝もキャンプみたいで楽しい: block; not a drill or a camp to learn
 *   in). False block fixed: the group as the victim of a rising wrong (彼らを狙った盗難, …が被害に遭う, …の自転車が盗まれる) is
 *   not the group as its cause (VICTIM_D12).
 * - Blind dec56 (R308T–R311E; SENTENCE_KINDS): visitors ranked by a named origin with a fault presumed (中国本土からの団体さんが来る日は…騒がしく
 *   なりがち) or their hours to be avoided, block; the old called slow and a wait for others and kept to quiet hours (平日にお越しいただく
 *   よう), warn; a foreign group's presence told and the next sentence guarding valuables (…多く避難されています。盗難防止のため), block;
 *   young women whose coming perks up the old men (おじいちゃんたちの顔色が全然違う), warn; a disability as the measure of brightness (障がいが
 *   あるとは思えないほど, むしろ私たちが元気をもらいました), warn; a foreign group lacking the habit of rules or time (…守る習慣が身についてい
 *   ない), or a duty the Japanese are spared (日本人の保護者の方は任意), block; looks or a body as a loss to fix (見た目で損, ぽっちゃりさん
 *   大歓迎…変身), warn; a service kept to Japanese nationals or closed to other habits (日本国籍をお持ちの方に限って), block; the old steered
 *   off machines (機械の操作が苦手なご年配の方は、最初から窓口に), warn; crossdress joked as "that way" (ｿｯﾁの道に目覚め), warn, block with
 *   a laugh; candidates enjoyed as a sight (候補の方々…目の保養), block; neighbours to be asked of a district's past (昔からの事情…近所の年配の
 *   方にそれとなく聞いて), block; a partnership kept out of sight for those who object (ほかの来庁者の目に触れないよう), warn.
 * - Blind dec57 (R312P, R315E): a group's coming said to put anyone off and the group sent to watch online or come apart (障がいのある方が来られ
 *   ると進行に気を取られる議員も…インターネット中継でのご視聴を; the R21 reading widened from 他の利用者が気を遣う), block; youth, a body or a face
 *   given as the reason readers of one sex will come (若くてスタイルもいいので…手に取ってくれる男性が増えるかも), block, a staff member as what the
 *   men come for, warn; a job said to suit one sex after a pause or an adverb (…男性に、…女性に、特に向いている職種です), block in a call; a body as
 *   a staff member's pride (スタイル自慢の新人さん, モデル体型の職員), lookism, and onlookers with nowhere to rest their eyes (目のやり場に困って
 *   ました😂), sexual warn, block with a laugh; a same-sex couple told to win their families over first or presumed to face that fight (ご家族の理解を
 *   得るのはなかなか大変だろうとお察しします), or set against "normal" couples (普通のご夫婦とは違い), block; a generation said to lack endurance,
 *   relayed or not (我慢強さが足りないと言われがちな世代ですが), warn; the old said unable to appreciate something new (おじいちゃんおばあちゃんには
 *   良さが分からない), warn. False block fixed: チラ is not the ちら of どちら or チラシ (スカートの制服を男女どちらでも選べる), a garment is 注目 only
 *   when worn; スタイル alone is not a way of working (スタイルも自由な職場); a mascot is not a person (ゆるキャラのやなちゃんがかわいい).
 * - Blind dec58 (R319D; SENTENCE_KINDS): a woman of the staff introduced by her body or looks (新人の女性職員です！スタイル抜群で, 顔もかわいくて,
 *   アイドル級), block, and men said to come for her (男性のお客さまが増えちゃうかも？), warn, block with a tease or after her looks;
 *   colleagues mocked for age and being single and pushed to marry (30過ぎて独身の子が多い…行き遅れる前に婚活, もう32なのにまだ彼氏いない),
 *   block; a place hinted at by a quoted euphemism for a district or what is said of it (「あの地区」と呼ばれてきた場所, 昔からいろいろ
 *   言われてきた地区) with the readers warned (気にされる方はご注意, そういった心配のない地域, 購入前によく調べて), block; another nationality
 *   kept out of a hiring, a let or a booking (外国籍の方は面接の対象外となります), block; a region's people typed (関西の方はやはりお金に
 *   シビア, 博多の人は気が短い), warn; visitors by origin whose coming makes one worry for manners or praised as surprisingly well-behaved
 *   (アジア系の団体さんが来るとマナーがちょっと心配), warn; disabled or cared-for adults presumed unable or likened to children (利用者さんは
 *   難しいことはできない, 単純作業しかできない, 小さな子どもの相手をするつもりで), block; the old not to be let drive for the town's sake or
 *   their licences taken (ハンドルを握らせないほうが町のため, 免許は取り上げましょう; not the voluntary return), block; a mental illness or a
 *   disability sent to the hours when the others are few or to come with the family (…利用者の少ない平日の午前中にご来館ください), block;
 *   sexual minorities as catching (子どもたちが影響されてまねをしないよう, also beside 人権), warn; a same-sex pair joked as "that way" (ｿｯﾁ系
 *   だと思われちゃう😂), warn, block with a laugh; a wrong located where a group moved in (外国の方が増えた地区で多い) or its neighbours asked to
 *   watch (近くに外国人が住んでいる方は…見ておいて), block; same-sex seekers kept out (同性同士のお相手を探している方…ご遠慮), block, and the
 *   "ordinary" family as the condition of a call (ふつうの家庭を築きたいと考えている独身の男女です), warn.
 * - Review rvdec58 (false positives fixed as kinds): a request not to hurt a group (LGBTの方を傷つけるような発言はお控えください: the act
 *   against the group is kept out, not the group); a law's requirement stated (国籍条項により…対象外, 公務員の当然の法理により); スタイル
 *   aimed at or of a skill or a thing (スタイル抜群を目指しましょう, 棹さばきのスタイルが美しい) and a mascot's face; a trait word that is a
 *   thing's or an invitation (県外の方は冷たいお飲み物をどうぞ, 都会の方は…のんびりしてください); a difficulty granted with help offered
 *   (お年寄りには操作が難しいかもしれませんが、若い職員がお手伝いします); a label denied (病気でもうつるものでもない); an animal as the draw; a
 *   volume of litter; a seat provided beside an escort; 池沼 the place throughout a post about water or nature (blind KC-014: the heading
 *   and the other paragraphs say 水質調査, ため池, クリーク), judged in `post`, while its insult phrases (池沼レベル, 池沼かよ) hold anywhere.
 * - Blind dec59 (R323D, R324M; SENTENCE_KINDS): prejudice told as kindness, common sense or praise. A group set against "ordinary" people as two
 *   audiences (ＬＧＢＴＱの方だけでなく、普通のご夫婦の方も), block; a foreign group's manners measured short of the Japanese (マナーの面では日本人の
 *   お客様と同じようにはいかない), block; a disabled or ill group as a danger, children kept from them or others' injury watched for (心の病気を
 *   抱えた方も…お子さんを近づけず, ＡＤＨＤや自閉症のお子さんも…ほかのお子さんにケガをさせたりしないよう), block, and kept to some hours so as not
 *   to bother the others, the bother first (ほかのお客様のご迷惑にならないよう、車いすの方は…早い時間帯に), block; a hire by sex and age or by sex
 *   for the look (窓口が明るく華やかになるよう、２０代〜３０代の女性の方の応募を), block; fathers presumed at work (パパはお仕事で来られないと思う
 *   ので), warn; the old as drivers a fright as a whole or an age told to give up the wheel (75歳を過ぎたら、そろそろハンドルを置く時期), warn; the
 *   young of today given a fault (すぐに辞めてしまう今どきの若者とは違う), warn; foreign workers as cheap or docile labour (半分くらいのお給料でも,
 *   文句ひとつ言わず…評判), block; a dialect called vulgar (「〜ばい」「〜けん」は品がない印象, きれいな標準語), warn; a disabled group's work capped
 *   (複雑な仕事は難しくても、単純作業であれば黙々と), block; a named origin's coming as "lively" as a rule, quiet-seekers steered off (…来る日は、
 *   どうしても船の上がにぎやかになりがち), block; newcomers, the young or foreigners said to fail a civic habit as a whole (都会から来られた方は…
 *   顔を出さない方がほとんど), warn; a colleague sexualised at a staff party (…さんのミニスカサンタ, 視線がずっと脚に釘付け, 来年はぜひバニー
 *   ガールでお願いします), sexual block; surprise that a single parent's child manages (母子家庭の子なのに礼儀正しい), warn.
 * - Review rvdec59: a stereotype quoted in order to refute it is a mention for every reading (…と言われますが、実際は / …と思われがちですが、 /
 *   …という声もありますが、柳川では / …という言葉に傷つく / …という考えは改め; `saidDenied`), not when the sentence agrees or exempts ours (確かに,
 *   さすが, 柳川の若者は違うと信じています); the dec59 danger reading not a rule of conduct for all (順番を守りましょう, 走らないでください) nor
 *   the group named with those without it; the bother reading a slot of the day, not 時間に余裕; the fathers reading not a family's own words
 *   (…という親子も) nor a course for fathers; the dialect reading not a speaker's shyness told (…と話す), nor くださ read as ダサ; the capped
 *   reading only a conditional cap (であれば, なら), not a plain task told; the lively reading not liveliness welcomed (国際色豊か, 楽しく).
 * - Blind dec60 (R327D, R328M; SENTENCE_KINDS and PRESUMED_TRAIT): offhand assumptions in welfare, childcare, housing and community posts. A trait
 *   presumed of a group hedged as the usual case (お子さんに目が行き届かないことが多いと思いますので, …傾向がありますので: OFTEN, warn); a
 *   nationality kept to some of a service's units or hours (外国籍の方につきましては、…入居いただける棟を限定, block; not 在留 or a procedure);
 *   a childcare matter asked of the mother (できるだけお母さまが窓口にお越しください, warn; not either parent, pregnancy or a class for mothers); a
 *   same-sex couple's being seen kept from children (…小さい子どもたちも大勢いる場ですので、ああいうことは少し控えて, 子どもには見せたくない, block;
 *   not harassment asked to stop); a foreigner praised "despite the looks" (見た目によらずとても上手な日本語で, warn); a sexual minority, a foreign
 *   or a single-parent family measured against "ordinary" people (LGBTの方が普通の人と同じように, warn) or said not to concern us, all "ordinary"
 *   here (うちの課は普通の人しかいないので、…関係のない話, block; not the assumption asked about to undo it).
 * - Blind dec61 (R330H, KJ; SENTENCE_KINDS and older readings widened): offhand exclusion, mockery and innuendo by front-line staff. The old presumed
 *   unable to understand, hedged (…難しいことが多いため), and sent with the family (ご家族と一緒にお越し), block; people kept out by their Japanese
 *   (日本語での日常会話が難しい方のお申込みはご遠慮), block; a sexual minority's matter kept from sight for the others' surprise (閉庁後に裏口から),
 *   warn; a group alone asked off the busy days (車いすの方は…土日祝日を避けて平日に), warn; a group's business made the cause of the wait or the
 *   Japanese told the quiet hours (…時間がかかり、窓口混雑の原因, 日本人の方は…すいている午前中), block; an age as the low bar (お年の割にお元気),
 *   warn; a family told to hold back from joining (…ご参加は、もう少し様子を見てから), block; a body nickname called where the post frames the body
 *   by looks (鏡を見てドキッとした方…ぽっちゃりさん大歓迎), warn; a taunt of age or body as the reason to come (「おばさんになったね」って言われる
 *   前に), warn; a nuisance found almost all where a group lives (…周辺がほとんど), block; a staff member as the men's draw then praised or offered
 *   (美人ですからね〜。…声かけてあげて), block; old men perking up winked at (いろんな意味で), sexual block, and looks as a hire's draw, block; a
 *   service for disabled readers moved away for the "general" users (奥の書庫横へ…一般の利用者の方の動線がすっきり), warn; a child set to catch up
 *   with "ordinary" ones (普通の家庭の子に追いつき), warn. Mentions: sayings followed by the reader asked whether they say them (なにげなく言って
 *   しまうこと、ありませんか) or how one would feel (こんな貼り紙を見たら、どんな気持ち), and a paragraph of sayings in a post that campaigns
 *   against the wrong in another paragraph (差別の解消, 合理的配慮, 多文化共生).
 * - Blind dec62 (R336D; SENTENCE_KINDS): prejudice in health and welfare posts. Welfare recipients told to keep out of pachinko or drink, or checked
 *   on for it (受給されている皆さまには、日中をパチンコ店などで過ごすことのないよう…確認させていただきます; in a welfare post, ギャンブルに
 *   使わないでください), block; people with dementia or a mental disability made the others' bother (…出歩かれると、ご近所の方にご迷惑が,
 *   ほかのお客様が怖がられる) or to be kept in (外から鍵をかける, 外に出さない工夫), block; not the families' worry answered, confinement named
 *   as abuse, nor a scam warned of; a single parent's or welfare home's children presumed badly raised (しつけも行き届いていないことが多い),
 *   block, or badly fed (栄養が偏りがち), warn; not support offered or a survey; a foreign group's growing or living in a district made the
 *   cause of rubbish and noise (外国籍の住民の方が増えている地区では、ごみ出しのルール違反や夜間の騒音トラブルが起きやすく), block; not help
 *   given there or harm done to them; an STI put on sex work, promiscuity or a sexual minority (風俗店の利用が主な原因), or those people
 *   singled out to be tested (特に同性の方と…夜のお仕事をされている方は…必ず受けてください), warn, block where a sexual minority or a people is
 *   named as the source or told to test for the others; not the route told, a risk, a test offered to anyone.
 * - Blind dec63 (R338N; SENTENCE_KINDS and older readings widened): offhand prejudice in school, library, community, sports and staff posts. A group
 *   presumed to forget whatever it is told, not to read anything hard, or to neglect what is sent to it (ご高齢の方は一度聞いてもすぐに忘れて
 *   しまわれるので, おじいちゃんおばあちゃんは難しい本は読まないから, 外国籍の保護者の方は…お便りを読まれないことが多いため), warn; the habit of
 *   keeping time or rules said to be missing in a foreign group named by a demonstrative or a region (この子たちは…時間を守る感覚…が日本の子とは
 *   違う, 東南アジアの国々ではルールを守る習慣が根づいていない), block; a group's absence credited with ease (障がいのある子がいないので、授業が
 *   スムーズ), block; someone told she has not given up being a woman (まだまだ女を捨ててない), sexual block; a same-sex pair vouched not to be
 *   "that kind" with the readers reassured (「そういう関係ではないです」…ご安心ください), block; a named district's children typed by home and
 *   ability (…地区から通う子どもたちは、家庭の教育力に課題があるケースが多く), block; young or pretty women staff credited with more men coming
 *   (若い女性の先生がそろっているので、お父さん方の出席率も), lookism block; a family's concern about a partner's origin sided with (地区の出身
 *   かどうかを気にされる親御さんの気持ちも分からなくはありません), block even in a post about discrimination; girls praised for being girlish or
 *   for cheering rather than results (女の子らしくて, 勝ち負けよりも…盛り上げて), warn; a body type joked about as eating much (体格のいい子が…
 *   お弁当がいつもの倍ありそうなのも納得), lookism block; women back from leave called of little use (時短勤務でどうしても戦力になりにくい), block;
 *   a place named by its foreign residents as the reason for noise (ブラジル出身のご家族が多い団地ですので、夜は少しにぎやかかもしれませんが),
 *   block; a group asked to shift its hours so the others are not uneasy (利用時間をずらす: the round-19f reading). False blocks fixed: a
 *   worry relayed and refuted by evidence (…という心配の声もありますが、データでは裏付けられていません: REFUTED), and a course for young
 *   women that drew men too (若い女性向けの講座を開いたところ: たところ is no conditional と in BAIT).
 * - Blind dec71 (R349D, R352M; fix-DM2, SENTENCE_KINDS and R22): a trans person's identity denied, the body named as the truth and the person called
 *   a man in women's clothes (性自認がどうであれ、体が男なら中身は女装したおじさん), block; care for the old or the disabled called a waste of
 *   money (寝たきりのお年寄りに延命の医療費をかけるのは税金の無駄遣い), block; a sex named by its role given a presumed fault (女の上司はすぐ
 *   ヒステリーを起こすから), block; a protected group steered away for the neighbours' eyes (ご近所の目もあるので、中心部ではなく郊外の…を
 *   おすすめ), warn; a couple left alone with the rest unsaid at night or an adult event with sexual emoji (ふたりきりで…♡, 大人のひな祭り🍑💦),
 *   sexual warn.
 * - Blind wave 72 (R374X, R376Z; SENTENCE_KINDS): participants called heavy as a crowd with the floor feared for (重量級ぞろいで…床が心配です🐘),
 *   lookism warn; the residents' excrement joked about (おしりから出たモノ、ありがたく頂戴しました〜🤣), crude warn; a catcall on a staff
 *   member's body passed on as a laugh (「よか尻しとるね〜」って言われた笑), sexual warn; every faith called a money-making (どこの宗教も…
 *   結局お金儲け), discriminatory warn. A body word is read only where it heads a word (BODY_HEAD: not 笑顔, 遠足, 度胸; LE-002).
 *
 * The folder (one detector file per kind, code moved from the former decency.ts with its wave-numbered names given by kind):
 * index.ts (this file: the family object, `run`'s and `post`'s check order, the phrase gate over EARLY_PHRASES and ALL_PHRASES, and
 * the regexes only `run` reads), meta.ts, context.ts (types and the readings more than one file uses), mentions.ts (quoted, denied,
 * condemned or sided with), slurs.ts, sexual-remarks.ts, lookism.ts, stereotypes.ts, gender-roles-and-sexuality.ts, age.ts,
 * disability-and-illness.ts, foreigners-and-peoples.ts, buraku-and-districts.ts, group-prejudice.ts (GROUPS, polite exclusion),
 * disaster-levity.ts, death-and-illness-jokes.ts, conduct-and-crude.ts, and the tables of mixed kinds read in order: phrases.ts
 * (PHRASES), phrase-tables.ts and sentence-kinds.ts (SENTENCE_KINDS, genericKinds). Files import only downward (context <-
 * detectors <- tables <- index): no import cycle.
 */
import { matchAllOf } from '../../regex'
import { phraseGate } from '../../gate'
import type { DraftFinding, RuleFamily } from '../../rule'
import { viewIndexAt, type Span } from '../../text'
import { Taken, claimDenied, isQuotedTopic, ownWordingRetracted, isReportedSpeech, startsWithMask, compactLetters, isKatakana, isMentionAt, maskedWords, phrase, sentences } from '../../words'
import { meta } from './meta'
import { OLD_KIN, R21_EARLY, R76, R78, R80, R84, R98, R102_EARLY, R102, R103, R108, R110, R112, R116_EARLY, R_D10_EARLY, R_D17_EARLY, R_D18_EARLY, DEMENTED_VETO } from './age'
import { R22_EARLY, R72_EARLY, R76_EARLY } from './buraku-and-districts'
import { R133, businessRankedBest } from './conduct-and-crude'
import { AWARENESS, OTHERS_KEPT_OFF, LABEL_DENIED_AT, EXCLUDE_RE, GRASS_CUT, LAUGH_W, INSTEAD, DANGER, REPORTED, DENIED, ANSWERED, PRESUMED_DENIED, LAUGHED121, INSENSITIVE, SUFFERED, NAMES_PREJUDICE, EXPOSURE_WRONG, HELP_MET90, type Rule, type DecencyFacts, EVERYONE_PAIRED } from './context'
import { illnessAsPunchline, disabilitySimulationLaughed, disabilityBenefitsEnvied, dyingAsYardstick, afterlifePickupJoked } from './death-and-illness-jokes'
import { foreignGroupLumped } from './foreign-group-lumped'
import { exclusionApproved } from './exclusion-approved'
import { foreignersJudgedUnfit } from './foreigners-judged-unfit'
import { drowningJoked } from './drowning-joked'
import { illnessAsDiet } from './illness-as-diet'
import { disabilitySelfJoked } from './disability-self-joked'
import { businessPickedPersonally } from './business-picked-personally'
import { alcoholPrizeTraffic } from './alcohol-prize-traffic'
import { oneParentBlamed } from './one-parent-blamed'
import { R63_EARLY, R84_EARLY, R92_EARLY, R103_EARLY, R106_EARLY, R106, R_D13_EARLY, disabledShutOut } from './disability-and-illness'
import { MOOD_UP_RE, REBUILT, RELIEF, SUPPOSED_BEFORE, STATS, laughElsewhere, actualEvents, levityAfter, levityAlone, R126, R129, levityAboutHarm, disasterCalledBoon } from './disaster-levity'
import { R42_EARLY, R64, R74_EARLY, R90_EARLY, R100_EARLY, R104_EARLY, R108_EARLY, R_D11_EARLY, W21, groupBlamedOrRefused, peopleFaultedAsAWhole } from './foreigners-and-peoples'
import { LATE_PHRASES, R21_FIRST, R21_LATE, R23_EARLY, R50_EARLY, R53, R55, R59, R66, R71, R_D12_EARLY, genderRoleAsserted } from './gender-roles-and-sexuality'
import { SAFETY, SEX_REFUSE, SEX_OK, GROUPS, standsFor, HEAT_OR_COLD, BLAME_BEFORE, BLAMED, LEGIT_LIMIT, GROUP_GATE, R53_EARLY, R64_EARLY, genericPrejudice, R66_EARLY, KEPT_APART, DIFFICULTY, BLAMED90, R69_EARLY, R86_EARLY, R88_EARLY, R96_EARLY, R98_EARLY } from './group-prejudice'
import { R24_EARLY, R52_EARLY, R70, R82, R96, R104, R_D14_EARLY } from './lookism'
import { saidDenied, quotedExample, quotedTail, quotesOnlyParagraph, sayingsLineNamedWrong, pointedBackWrong, CAMPAIGN, CAMPAIGN_DENIED, introducedWrong, inWordSex, ENDORSED, jokedQuote, aimed, wrongTakenUp, listedQuote, calledWrong, insteadOfSaid, condoned, helpAnswers, EXCEPTION, quotedSaying, refusalSufferedReported, condemnedOrCalledWrongNext, readersReassured, relayedSaying } from './mentions'
import { R22, R23, R24 } from './phrase-tables'
import { PHRASES } from './phrases'
import { genericMay, genericKinds } from './sentence-kinds'
import { R54_EARLY, R54, R74, R88, R100, R113, R121_EARLY, R_D19_EARLY, BODY_REMARKS_EARLY, R131 } from './sexual-remarks'
import { WATERS, pondPlace, warnedExploitation, HAS_MASK, lookalikeSlurs, maskedWordAt } from './slurs'
import { R72, R90, R92, oneParentHomePresumedPoor } from './stereotypes'

export type { DecencyFacts } from './context'

/** Team R39A-044 kind (dec13): a reason said after a group (…困るので, …ため、), and the refusal it leads to far on in the sentence. */
const REASON_D13 = phrase('(?:ので|ため|から|けん)[、,]', 'u')
const LONG_REFUSAL = phrase('(?:ご)?遠慮(?:いただきたい|いただければ|頂きたい|願いたい|して(?:いただ|もら)いたい|してほしい|して欲しい)|お断り(?:いたします|します|しております|させていただ)', 'u')
const SEX_REFUSE_RE = phrase(`^(?:${SEX_REFUSE})$`, 'u')
/** Blind R174I-007 (W19): a space kept to a sex by name (女性限定, 男性専用, 女子会), not a plan for couples (カップル向け). */
/** … and a pair of one sex (男性同士, 女性どうし), read on the folded view. */
const PAIR = phrase('^(?:同士|どうし)', 'u')
const SEX_SPACE = phrase('(?:女性|女子|男性|男子|(?<![一-龥])女|(?<![一-龥])男|レディース|婦人)(?:の方)?(?:限定|専用|のみ|向け)|女子会|更衣|トイレ|浴場|風呂|入浴|温泉|授乳|検診|健診|婦人科|シェルター|男女別', 'u')
/** Visitors of a country with も, for praise that marvels they managed (外国人のお客様も、きちんと分別してくださって驚きました😂). */
const NATION_ALSO = /^(?:の[^。、，,の！？!?\n]{0,5})?も[、,]?(?=[^。！？!?\n]{0,12}?(?:ちやんと|きちんと|珍しく|めずらしく|意外と|意外にも))/u
/** After a group: a topic or subject particle, maybe after a short noun (職員には, 観光客が). */
const SUBJECT = phrase(
  '^(?:(?:の方|の人|のお客様|のお客さま)?(?:や|・)[^。、，,の！？!?\\n]{1,10}?の(?:方|人|お客様|お客さま|お子さん|お子様)(?:は|が|には)|(?:々|たち|達|さん|の(?:皆さん|皆様|方々|方|人たち|人))?(?:なので|なんで|だから|ですから|ですので|やけん|やけ|ゆえ)[、,]?|(?:の方|の人|の方々)?(?:に|を|と|が)[^。、，,の！？!?\\n]{1,8}?(?:[うくすつぬぶむるぐ]と|たら|れば)|(?:の方|の人|の方々)?が[^。、，,！？!?\\n]{1,16}?(?:言い出し|言いだし|いいだし|求め|要求し|主張し|欲しがっ|ほしがっ)(?:たら|ても|てきたら)|(?:の[^。、，,の！？!?\\n]{1,6}?|が[^。、，,の！？!?\\n]{1,6}?)?(?:だと|やと|じゃと|だったら|やったら|なら)(?![^。！？!?\\n]{0,12}?(?:どなたでも|誰でも|だれでも|無料|割引|半額|優先|対象|可能|でき(?:ます|る)|ご参加|お申し込み|ok))|しか(?=[^。！？!?\\n]{0,6}?(?:乗ら|来|こ|おら|いな|住ん|使わ|利用し|残っ|参加し))|(?:の(?:お子さん|お子様|お子さま|子ども|子供|子|方))?(?:を|と)?(?:お)?連れ(?:た|の)(?:方|保護者|ご家族|家族)(?:は|が|には|って)|の(?:お子さん|お子様|お子さま|子ども|子供|子|ご家族|家族|保護者|親御さん|ご両親|付き添いの方|介助者)(?:の(?:ご家族|家族|保護者|親御さん|方|皆様|皆さま|皆さん))?(?:の方)?(?:は|が|には|って)|(?:の)?(?:皆さ[〜~ー]*ん|皆様|みなさ[〜~ー]*ん|方々|団体|集団|グループ|一行)[、,！!]|(?=の(?:仕事|役目|役割|務め)(?:だ|です|[！!。]|でしょ|やけん|$))|(?=(?:の方|の人|さん)?(?:なのに|にもかかわらず|のくせに))|(?=(?:者|の方|の人)?(?:との|と)(?:結婚|交際|付き合い|縁談))|(?:の)?[^。、，,の！？!?\\n]{0,6}?(?:は|が|って|なんか|なんて|ごとき|とか|には|とは|ばっかり|ばかり|ばっか|のくせ|くせに|同士|どうし|だけ|に限って)|(?=お断り|おことわり|お断わり|禁止|不可|出入り禁止|立ち?入り禁止|入店|入場|ng)|(?:[^。、の！？!?\\n]{0,4})?の(?:マナー|態度|振る舞い|民度|運転|大声|声の大きさ|ごみ出し|ゴミ出し)|に(?:税金|予算|お金|金)|からの(?:ご|お)?(?:[^。、，,の！？!?\\n]{0,6}?(?:への|の))?[^。、，,の！？!?\\n]{0,4}?(?:参加|入場|利用|来場|来店|乗船|乗車|入店|入会|入室|申し込み|申込|応募|予約|宿泊|受講|見学|体験|入居|採用)(?:は|を|も|について(?:は)?)|(?:の方|の人|の皆さん|の皆様|の客|のお客様|のお客さま)?の(?:ご|お)?(?:書き込み|コメント|投稿|発言|意見|質問|問い合わせ|問合せ|相談)(?:は|を|も)|(?:の方|の人|の皆さん|の皆様|の客|のお客様|のお客さま)?の[^。、，,の！？!?\\n]{0,8}?(?:ご|お)?(?:参加|入場|利用|来場|来店|乗船|乗車|入店|入会|入室|申し込み|申込|応募|予約|宿泊|受講|見学|体験|入居|採用|受け入れ|受入)(?:は|を|も|について(?:は)?)|(?:の方|の人|のお客様|のお客さま|観光客|客|団体|旅行者)?、?[^。、，,の！？!?\\n]{0,6}?(?=お断り|おことわり|お断わり|禁止|不可|出入り禁止|入店|入場|ng|ご遠慮|遠慮))',
  'u',
)
/** Round 103: the person's own smile or laughter, told kindly (笑顔で, 笑みを浮かべて, 笑いながら話してくださった): not the writer laughing at them. */
const OWN_SMILE = /笑顔|笑み|微笑|笑(?:つて|いながら|い(?:を|も)交え)(?=[^。！？!?\n]{0,10}?(?:くださ|下さ|おられ|いらつしや|なさ|くれ|語|話し|教え|振り返|答え))/gu
const JOKE = phrase(`[😂🤣😆😝😜🤪]|笑|${LAUGH_W}|ｗ|${GRASS_CUT}草|ばっかり|ばっか|ばかり`, 'u')
/** A count said to fall (は減少傾向, が減って, は少なく). */
const FALLING = phrase('^[^。！？!?\\n]{0,4}?(?:は|が|も)?[、,]?(?:減少|減って|減り|少な|低(?:い|く|下)|横ばい|ゼロ)', 'u')
/** A building's make (段差, エレベーターがない) excuses keeping a disabled group out only when the post offers help or another way. */
const BUILT_LIMIT = phrase('段差|階段|エレベーター|スロープ|構造上', 'u')
const ACCESS_HELP = phrase('介助|手伝|申し出|相談|連絡|問い合わせ|声(?:を)?(?:かけ|掛け|がけ)|スタッフ|職員|係員|案内|用意|別の|[1１一]階|代わり|配信|オンライン|補助|サポート|対応|迎え|配慮|電話|できる限り|可能な限り', 'u')
/** A resident's view quoted (「…」とのご意見ですが) and what answers it in the same sentence (…とは関係なく減少傾向). */
const QUOTED_VIEW = phrase('[」”』](?:という|との|といった|って)(?:ご|お)?(?:意見|声|指摘|相談|要望|問い合わせ)', 'u')
const VIEW_ANSWERED = phrase('関係(?:なく|ない|ありません|はありません|は見られ)|減少|根拠(?:は|が)?(?:ない|ありません)|事実(?:は|も)?(?:ない|ありません|ございません)', 'u')
/** Help for the damage (撤去, ボランティア, 募集, ご協力, 回収): a damage event followed by it is not made light of. */
const HELPED121 = phrase('撤去|ボランティア|募集|ご協力|協力(?:して|を)|清掃|回収|収集|仮置き|受け付け|受付|申請|相談|見舞', 'u')
const SUFFERED_TROUBLE = phrase(`${SUFFERED}のトラブル`, 'u')
/**
 * rv-dec (池沼 the place, blind KC-014 kind): words of water or nature anywhere in the post or its heading (市内のクリーク・池沼の水質調査結果,
 * ため池・池沼5地点で…水質調査, アオコ, COD): the post is about waters, and every bare 池沼 in it is the place. Read with 池沼 itself removed.
 */
const POND_TOPIC = phrase(`${WATERS}|水質|水位|水面|水草|水鳥|野鳥|生き物|いきもの|生物|生息|魚|釣り|アオコ|外来種|埋め立て|cod|bod|(?<![一-龥])池(?!沼)|(?<![一-龥])沼(?![一-龥])|湖|(?<![一-龥])堀|ほとり|トンボ|ホタル|自然観察|水辺`, 'u')
/** … and one the readers are hurt by (「老害」と呼ばれることに悩む高齢者): the slur is reported, a mention. */
const HURT_BY = phrase(`^[^「」“”。！？!?\\n]{0,12}?[」”』](?:と|って)(?:言われ|いわれ|呼ばれ|よばれ)(?:る|た|て)(?:こと|の)?(?:に|で|を|が|も)?[^。！？!?\\n]{0,6}?(?:悩|傷つ|傷付|苦し|つら|辛|悲し|嫌な思い|いやな思い)`, 'u')
/** Round 54: 同和地区 as what an act of exposure names, the act as a noun (…を同和地区であると示す書き込み, 同和地区の所在地を載せた書籍). */
const EXPOSED = phrase('^(?:(?:で(?:ある|あった)|だ)?(?:と|か(?:どうか)?を?)|の(?:所在地|所在|場所|地名|名称|住所|一覧|リスト)(?:を|が)?)[^。！？!?\\n]{0,6}?(?:示す|示した|示し|指摘する|指摘した|名指しする|名指しした|特定する|特定した|さらす|さらした|晒す|晒した|暴く|暴いた|公開する|公開した|公表する|掲載する|掲載した|載せる|載せた|記載した|記した|書き込む|調べる|探る|問い合わせる|割り出す)(?:ような)?(?:書き込み|投稿|行為|書籍|本|図書|出版物|地図|リスト|一覧|情報|動画|サイト|資料|こと)', 'u')

const SPELT = /(?<![a-z])(?:sex|oppai|hentai|ero|gaiji|kichigai|rezu)(?![a-z])/gu

/** Slurs hidden by one mask character (ガ〇ジ, チョ〇ン, キ〇ガイ). */
const MASKED = maskedWords(['エロい', 'ガイジ', 'ガイキチ', '気違い', 'キチガイ', 'ブサイク', 'ガイジン', 'チョン', 'キチガイ', 'きちがい', 'シナ人', 'ジャップ', 'ニガー', '池沼', 'かたわ', 'めくら', 'つんぼ', 'ホモ', 'レズ', 'オカマ', '老害', 'ブス', 'デブ', '土人', '部落民', 'エッチ', 'セックス', 'ちんこ', 'まんこ', 'おっぱい', 'パパ活', 'エロかわ', 'こじき', 'コジキ'])
const MASKED_SEXUAL = /^(?:えつち|せつくす|ちんこ|まんこ|おつぱい|ぱぱ活|えろい|えろかわ)$/u
/** Slurs spelt in romaji ("okama"). */
const ROMAJI_SLUR = /(?<![a-z])(?:okama|rougai|kichigai|gaiji|katawa)(?![a-z])/gu
/** Delight of an outing (合宿みたい, キャンプ気分, 川下り気分, ワクワク, 🎉): levity when the outing is an evacuation or a flooded home. */
const DELIGHT = phrase('(?:合宿|キャンプ|修学旅行|お泊まり会|お泊り会|林間学校|パーティー|お祭り|旅行|遠足|川下り|舟下り|船下り|プール|海水浴|水遊び|ボート|サウナ|温泉)(?:みたい|気分|のよう|っぽ)|ワクワク|わくわく|ウキウキ|うきうき|[🎉🎊🥳]')
/** Blind R243H-036 kind: the delight offered as a gain of the harm (これで, おかげで, …が味わえます, 楽しめますね). */
const GAIN_TO_VICTIM = phrase('これで|おかげで|お陰で|おかげさまで|せっかく|逆に|味わえ|楽しめ|満喫でき|体験でき', 'u')
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
const NAMES_PREJUDICE_ANYWHERE = phrase('(?<!被)差別|偏見|人権|啓発|思い込み|決めつけ|固定観念|ステレオタイプ|なくそう|なくしましょう', 'u')
/**
 * Round 69, a clean kind (in the group reading): a group's difficulty met with help (外国人の方がいると言葉の違いからトラブルになりやすいため、
 * 通訳ボランティアを配置しました): the trouble is a need the city answers, not a ground to keep the group out. Unless the sentence goes on
 * to refuse the group or send it elsewhere (…ため、受入れはお断りします, 別の避難所へ移っていただきます), which still blocks.
 */
const HELP_MET69 = phrase('通訳|翻訳|多言語|やさしい日本語|易しい日本語|(?<!特別)支援|サポート|(?:配置|用意|設置|手配|準備|配布)(?:し|いたし|を)|相談(?:窓口|員)|ボランティア|指さし|指差し|ピクトグラム|案内(?:板|表示|係)|手話', 'u')
/**
 * Round 70, a clean kind (the group reading): the neighbours' wish to drive a group out, relayed (「追い出してほしい」という声が寄せられて
 * いますが), then answered by help for the group (市は福祉の相談員と一緒に声かけを続けています, 自立に向けた支援を行っています) in the same
 * sentence after a turn (が、, けれど, ものの) or in the next one. The wish is reported, not held. Not when the answer sides with the wish
 * (気持ちもよく分かります: ENDORSED) or carries it out (退去をお願いする, 撤去, 別の場所へ), and only for the wish to drive out, not for a
 * fault relayed (マナーが悪いという声: a second look, warn, as before).
 */
const OUSTED = /追い出|出て(?:行|い)|締め出|いなくな|立ち退|退去/u
/** Blind dec19 FP kind: the smell's owner right before it is a thing (生ごみの臭い, 排水のにおい): see the GROUPS loop. */
const SMELL_WORD = phrase('臭|くさ|におい|匂', 'u')
const THING_OWNS_SMELL = phrase('(?:ごみ|生ごみ|ゴミ|排水|下水|トイレ|煙|料理|工場|堆肥|肥料|家畜|ペンキ|塗料|たばこ|タバコ|香辛料|スパイス|ドブ|どぶ|側溝)(?:の|から(?:の|出る)?)?$', 'u')
const EARLY_PHRASES = [...R116_EARLY, ...R108_EARLY, ...R106_EARLY, ...R104_EARLY, ...R103_EARLY, ...R102_EARLY, ...R100_EARLY, ...R98_EARLY, ...R96_EARLY, ...R92_EARLY, ...R90_EARLY, ...R88_EARLY, ...R86_EARLY, ...R84_EARLY, ...R76_EARLY, ...R74_EARLY, ...R72_EARLY, ...R69_EARLY, ...R66_EARLY, ...R64_EARLY, ...R63_EARLY, ...R42_EARLY, ...R21_FIRST, ...R22_EARLY, ...R23_EARLY, ...R24_EARLY, ...PHRASES, ...R21_EARLY, ...R50_EARLY, ...R52_EARLY, ...R53_EARLY, ...R54_EARLY, ...R121_EARLY, ...R_D10_EARLY, ...R_D11_EARLY, ...R_D12_EARLY, ...R_D13_EARLY, ...R_D14_EARLY, ...R_D17_EARLY, ...R_D18_EARLY, ...R_D19_EARLY, ...BODY_REMARKS_EARLY]
const ALL_PHRASES = [...EARLY_PHRASES, ...LATE_PHRASES, ...R21_LATE, ...R22, ...R23, ...R24, ...R53, ...R54, ...R55, ...R59, ...R64, ...R66, ...R70, ...R71, ...R72, ...R74, ...R76, ...R78, ...R80, ...R82, ...R84, ...R88, ...R90, ...R92, ...R96, ...R98, ...R100, ...R102, ...R103, ...R104, ...R106, ...R108, ...R110, ...R112, ...R113, ...R126, ...R129, ...R131, ...R133, ...W21]
const GATE = phraseGate(ALL_PHRASES)
/** Round 47: body slurs (folded) that may be spelt apart to slip past (ブ　タ　さん, デ・ブ, ハ ゲ): each aimed at a person by what follows. */
const SPLIT_SLUR = phrase('(?:ぶた|ぶさいく|でぶ|ぶす|はげ)(?=さん|ちゃん|くん|君|みたい|っぽ|体型|体形|扱い|呼ばわり|野郎|やろう|ども|連中|なみ|並み|に(?:なら|なる|なっ|なり|見え|似)|の(?:よう|ごと)|[、。！？!?\\s]|$)')
/** What a writer puts between the letters of a word to hide it (spaces, dots, an emoji). */
const SPLITTER = /[\s・･.．_＿]|\p{Extended_Pictographic}/u
/** A run of spaced single letters around the word (ぶ た さ ん の): spelling for children or for show, not hiding. */
const SPACED_BEFORE = /[\p{L}][\s・･][\s]?$/u
const SPACED_AFTER = /^[\s・･]\p{L}[\s・･]\p{L}/u
/**
 * Round 56: ボケ said of an elder or of someone with dementia named just before it (認知症のばあさん、ほんと ボ ケ てるわ, あのじいさん、
 * 完全にボケとるね): the illness made an insult of the person, block, when the sentence sneers: an intensifier before it (ほんと, マジで,
 * 完全に), a scornful ending after it (わ, やろ, じゃん, 笑), a contemptuous name (じじい, ばばあ) or the word spelt apart to slip past
 * (ボ ケ). Not a lament without a sneer (最近ボケてきて心配), not ボケ防止, manzai, a photo or the flower, not the slur denied or named.
 */
const ELDER56 = `(?:認知症|痴呆)(?:の|ん)?|${OLD_KIN}|高齢者|老いぼれ|おいぼれ`
const DEMENTED = phrase(`(?:${ELDER56})[^。！？!?\\n]{0,20}?(?<!寝|ね|時差|ぴん|平和|天然)ぼけ(?:て(?:る|い|て|ん|や|き|しも|もう|らっしゃ|おられ)|とる|とう|ちょる|よる|まくっ|すぎ|きっ|とらす|とらし|とられ|ちょらす|てござ)`)
const SNEER_BEFORE = phrase('(?:ほんと(?:に)?|ほんま(?:に)?|本当に|まじ(?:で)?|完全に|完璧に|相当|めっちゃ|かなり)[、,\\s]*$', 'u')
// Round 92: a stranger presumed senile by conjecture (…119番してくる年寄り、もうだいぶボケとらすとやろうね, ボケておられるのでしょう): the
// guess about a person is the sneer; not a question (…ボケてきたのだろうか).
const SNEER_AFTER = phrase('^(?:る|い(?:る)?|ん)?(?:わ|やろ|やん|じゃん|だろ|っしょ|やし|し[、,]|[笑w😂🤣]|[（(]笑)|^(?:る|す|い)?(?:と|の|ん)(?:やろ|だろ|でしょ|じゃろ)(?!う?か)', 'u')
const SCORN = phrase('じじい|ばばあ|老いぼれ|おいぼれ|くそ', 'u')

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
      // A claim denied where it is told (…が増えてから犯罪が増えたという根拠はありません): the post corrects the prejudice (words.ts claimDenied).
      if (f.severity !== 'info' && claimDenied(doc.squeezed.text, viewIndexAt(doc.squeezed, f.end))) return
      const after = doc.raw.slice(f.end, Math.min(doc.raw.length, f.end + 40))
      if (GIVEN_UP_AFTER.test(after)) return
      const sink = held ? (x: DraftFinding) => void held.push(x) : report
      if (CONDEMNED_AFTER.test(after)) report({ ...f, mention: true })
      else if (f.severity !== 'warn' && RELAYED_AFTER.test(after)) sink({ ...f, severity: 'warn' })
      else sink(f)
    }
    // Blind JJ-002 kind (dec10): findings held for `post` (quotesOnlyParagraph).
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
    // rv-dec (池沼 the place): the bare word is held, unclaimed, so that an insult reading of it (池沼レベル, 池沼かよ, 池沼みたいな) takes its
    // span whatever the topic; what no other reading took is judged in `post` with the whole post's topic.
    const pondHits: Array<{ start: number; end: number; mention: boolean }> = []
    for (const h of doc.hits('discrimination')) {
      if (pondPlace(fo0, h.start, h.end)) continue
      if (fo0.slice(h.start, h.end) === '池沼') {
        pondHits.push({ start: h.start, end: h.end, mention: h.mention === true })
        continue
      }
      if (!taken.claim(h.start, h.end)) continue
      blocked.push([h.start, h.end])
      const { start, end } = doc.fromSqueezed(h.start, h.end)
      const mention = h.mention || isQuotedTopic(sq, h.start, h.end) || isReportedSpeech(sq, h.start, h.end) || HURT_BY.test(fo0.slice(h.end, h.end + 60)) || listedQuote(sq, h.start, h.end) || calledWrong(sq, fo0, h.start, h.end) || insteadOfSaid(sq, fo0, h.start, h.end)
      emit({ rule: 'decency/discriminatory', start, end, mention: mention && !condoned(fo0, h.end) && !aimed(fo0, h.end) && !jokedQuote(fo0, h.start, h.end) && !relayedSaying(sq, h.start, h.end), data: { instead: INSTEAD.discriminatory } })
    }
    // Blind R281B-032 kind (dec15): the slur for madness as a likeness (きちがいじみた大音量, キチガイじみて): the word list misses the
    // hiragana spelling after a kanji (毎晩きちがいじみた), guarded there against a verb stem (聞きちがい, 書きちがい); before じみ it is the slur.
    for (const m of fo0.matchAll(SLUR_LIKENESS)) {
      const s = m.index
      const e = s + m[0].length
      if (!taken.claim(s, e)) continue
      blocked.push([s, e])
      const { start, end } = doc.fromSqueezed(s, e)
      emit({ rule: 'decency/discriminatory', start, end, mention: (isQuotedTopic(sq, s, e) || isMentionAt(sq, s, e)) && !aimed(fo0, e) && !relayedSaying(sq, s, e), data: { instead: INSTEAD.discriminatory } })
    }
    // Round 107: a slur spelt with lookalike kanji in a katakana run (エ夕の話).
    for (const [s, e] of lookalikeSlurs(sq)) {
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
      const mention = (isMentionAt(sq, s, e) || quotedSaying(sq, s, e) || refusalSufferedReported(sq, s, e) || sayingsLineNamedWrong(sq, fo0, s, e) || quotedExample(sq, s, e) || quotedTail(sq, s, e)) && !aimed(fo0, e) && !jokedQuote(fo0, s, e) && !condoned(fo0, e)
      // Blind JJ-002 kind (dec10): inside a paragraph of sayings only, the verdict waits for the paragraphs around it (`post`).
      if (!mention && quotesOnlyParagraph(sq, s, e)) {
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
      for (const m of matchAllOf(DEMENTED, fo)) {
        const a = m.index
        const b = a + m[0].length
        const k = a + m[0].lastIndexOf('ぼけ')
        const sen = sentenceAt(a)
        if (DEMENTED_VETO.test(fo.slice(sen.start, sen.end))) continue
        const raw = doc.fromSqueezed(at(k), at(k + 1) + 1)
        const spelt = SPLITTER.test(doc.raw.slice(raw.start, raw.end))
        if (!spelt && !SNEER_BEFORE.test(fo.slice(Math.max(sen.start, k - 8), k)) && !SNEER_AFTER.test(fo.slice(b, b + 8)) && !SCORN.test(m[0])) continue
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
    for (const m of matchAllOf(SPLIT_SLUR, fo)) {
      const src = doc.fromSqueezed(at(m.index), at(m.index + m[0].length - 1) + 1)
      const raw = doc.raw
      if (!SPLITTER.test(raw.slice(src.start, src.end)) || SPACED_BEFORE.test(raw.slice(Math.max(0, src.start - 3), src.start)) || SPACED_AFTER.test(raw.slice(src.end, src.end + 4))) continue
      out('decency/discriminatory', m.index, m.index + m[0].length, INSTEAD.discriminatory, 'block')
    }
    // Levity after an accident, a fire, a death or a disaster's damage in this paragraph; what is left is judged with the other paragraphs.
    const facts: DecencyFacts = { event: false, levity: null, delight: null, shelter: SHELTER.test(fo) }
    const source = (a: number, b: number): Span => doc.fromSqueezed(at(a), at(b - 1) + 1)
    for (const ev of actualEvents(fo, (i) => isKatakana(sq[at(i)]))) {
      facts.event ||= !STATS.test(fo.slice(sentenceAt(ev.start).start, sentenceAt(ev.start).end))
      const l = levityAfter(fo, ev)
      // Round 121: damage answered with help (災害がれきの撤去ボランティアを募集…頑張りましょう🙌): a call to work, not levity.
      if (l && ev.damage && HELPED121.test(fo.slice(ev.start, l.end)) && !MOOD_UP_RE.test(fo.slice(ev.end, l.end))) continue
      // Blind W26 (dec9): a flooded road told soberly, the laugh in a later sentence about something else (…今日はいい天気ですね（笑）).
      if (l && ev.water && laughElsewhere(fo, ev, l)) continue
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
        const toVictim = (ctx.mode === 'reply' || ctx.mode === 'comment') && GAIN_TO_VICTIM.test(fo.slice(from, Math.min(sen.end, d.index + d[0].length + 16)))
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
          // The group as half of everyone (障害のある方もない方も、他のお客様のご迷惑となる行為はご遠慮ください; 車いすの方も、そうでない方も):
          // a rule for all, not the group's.
          if (EVERYONE_PAIRED.test(tail)) continue
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
            LONG_REFUSAL.lastIndex = 0
            const far = LONG_REFUSAL.exec(text.slice(from + 40, from + 96))
            if (far) p = Object.assign([far[0]], { index: 40 + far.index, input: far.input, groups: undefined }) as RegExpExecArray
          }
          if (!p && g.needsJoke) {
            g.needsJoke.lastIndex = 0
            // The laugh may close the post rather than the sentence (…区別はつきますか？…（笑）).
            // Round 103: a smile of the person themself (笑顔で語ってくださいました, 笑いながら話してくださった) is no laugh at them.
            p = JOKE.test(fo.replace(OWN_SMILE, '')) ? g.needsJoke.exec(tail) : null
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
          // Blind dec19 kind (stop-19 FP): a smell that belongs to a thing named right before it (生ごみの臭い, 排水のにおい), not to the
          // people the sentence names (外国人観光客が多い通りですが、生ごみの臭いがきつい): a complaint about a place, as THING_SMELL keeps out.
          if (SMELL_WORD.test(p[0]) && THING_OWNS_SMELL.test(tail.slice(Math.max(0, p.index - 8), p.index))) continue
          // The group's own fear, the thing feared marked with が (障がいのある方の中には、人混みが怖いという方も; 大きな音がこわい): what
          // they feel, not what they are called (review of stop 43).
          if (/^(?:怖い|こわい)$/u.test(p[0]) && /[^\s、,。]が$/u.test(tail.slice(0, p.index))) continue
          // The district as what an act of exposure names, the act called a wrong (特定の地域を同和地区であると示す書き込みや…が問題と
          // なっている, 同和地区の所在地を載せた書籍の販売は禁止されています; blind GR-062): the wrong described, not done.
          // The wrong named after the words found (結婚), not a prejudice told after the wrong (…が問題だが、…結婚は避けた方が).
          if (g.kind === 'buraku' && EXPOSED.test(tail) && ((EXPOSURE_WRONG.exec(text.slice(from))?.index ?? -1) > p.index || wrongTakenUp(fo, spans, si))) continue
          // A repute quoted to name the prejudice (「あの地区は部落だ」といううわさが…傷つけています。部落差別をなくしましょう): a mention.
          if (/[」』”](?:という|との|といつた|つて)(?:うわさ|噂|声|言葉|陰口|偏見|決めつけ|思い込み)/u.test(tail.slice(0, p.index)) && NAMES_PREJUDICE_ANYWHERE.test(fo)) continue
          // 障がいのある方以外のご利用は…: the group is the one served; 悪質商法のトラブルが多い: the group is the victim.
          // Review (stop 74): 障がい者用駐車場は、一般の方のご利用は…: a place reserved for the group, the others kept off it (OTHERS_KEPT_OFF).
          if (/^(?:の方|の人|者)?以外/u.test(tail) || /以外/u.test(tail.slice(Math.max(0, p.index - 10), p.index)) || OTHERS_KEPT_OFF.test(tail.slice(0, p.index)) || (/とらぶる/u.test(p[0]) && (DANGER.test(text) || SUFFERED_TROUBLE.test(tail.slice(0, p.index + p[0].length))))) continue
          // ご遠慮なく, 迷惑をかけない: not exclusion.
          if (/^(?:ご遠慮|遠慮して)/u.test(p[0]) && /^(?:なく|ないで)/u.test(tail.slice(p.index + p[0].length))) continue
          // The group called a bother to others (ご迷惑になります, 他のお客様の目) or its rights called
          // premature or needless (制度なんて…まだ早い): words of support (介助, 配慮, 制度) in the same
          // sentence do not make it awareness; only words that name the prejudice do.
          if (/迷惑|の目|視線|早|必要|いらない|不要|どうせ|他の|ほかの|周りの|周囲の/u.test(p[0]) ? NAMES_PREJUDICE.test(text) : (aware ??= AWARENESS.test(text))) break
          // Round 96 (HT-121): the example named as discrimination in the next sentence (…と入店を断る。これは、…差別的取扱いにあたります).
          if (condemnedOrCalledWrongNext(fo, s)) break
          if (/ご遠慮|遠慮して|禁止|不可|できません|お断り|対象外/u.test(p[0]) && (SAFETY.test(text) || (LEGIT_LIMIT.test(text) && !(g.kind === 'disability' && BUILT_LIMIT.test(text) && !ACCESS_HELP.test(fo))))) continue
          // Asked to refrain for the weather's sake (暑さに弱いため、屋外での参加はお控えください): health advice, not exclusion.
          if (/お控え|控えて/u.test(p[0]) && HEAT_OR_COLD.test(text)) continue
          // The reason may be in another sentence: 女性限定のヨガ教室です。男性の方はご参加いただけません。
          // Blind R174I-007 (W19): a pair of one sex (男性同士, 女性どうし) is a same-sex couple: a couples' plan (カップル向け) is no space kept to
          // one sex, only a sex's own space is (女性限定のヨガ教室です。男性同士でのご参加は…).
          if (g.kind === 'sex' && SEX_REFUSE_RE.test(p[0]) && SEX_OK.test(fo) && !(PAIR.test(tail) && !SEX_SPACE.test(fo))) continue
          const a = s.start + m.index
          const b = s.start + from + p.index + p[0].length
          // A complaint the city relays in order to answer it (…のマナーが悪いという声がありますが、案内板を設置しました):
          // the stereotype is repeated, not asserted: a second look, and a later use in the sentence is still its own.
          // …治安が悪化したというデータはありません: the claim named in order to deny it.
          if (DENIED.test(text.slice(b - s.start, b - s.start + 30))) continue
          // …マナーが悪いわけではありません, …とは限りません: the predicate denied by its own ending (round 42).
          // Round 103: …だまされるのは、ボケているからではありません: the reason named and denied by its own ending.
          if (/^[^。！？!?\n]{0,6}?(?:(?:わけ|から|ため|せい)(?:では|じや)(?:ない|なく|ありません|ございません)|とは限(?:ら|りません))/u.test(text.slice(b - s.start, b - s.start + 16))) continue
          // Round 105: the predicate named as a common view and denied (…手がかかる、と思われがちですが、そんなことはありません).
          if (PRESUMED_DENIED.test(fo.slice(b, Math.min(fo.length, b + 90)))) continue
          // Round 84: a label denied right after it (うつ病は甘えでも怠けでもありません; blind HN-143).
          if (LABEL_DENIED_AT.test(text.slice(b - s.start, b - s.start + 24))) continue
          // A resident's worry quoted and answered in the same sentence (「外国人が増えて不安」とのご意見ですが、…増加とは関係なく減少傾向に).
          // 障害のある方は災害時に避難が遅れがちなため、個別避難計画を: a need the city meets, not a fault.
          if (/遅/u.test(p[0]) && /避難|災害|逃げ遅|支援|計画|さぽーと/u.test(text) && !EXCLUDE_RE.test(text)) continue
          // …の入場をお断りすることはありません: a refusal denied.
          if (/^(?:する|いたす|致す)?ことは(?:ありません|ございません|ない|なく|いたしません|しません)/u.test(text.slice(b - s.start, b - s.start + 14))) continue
          // …による犯罪は減少傾向にあります: a falling count, not a charge.
          if (/犯罪|治安|とらぶる/u.test(p[0]) && FALLING.test(text.slice(b - s.start, b - s.start + 12))) continue
          // …トラブルが多発しないよう、説明会を開きます: a trouble the city works to prevent, not one charged to the group.
          if (/犯罪|治安|とらぶる/u.test(p[0]) && /^[^。！？!?\n]{0,6}?(?:ない|ぬ)よう|^[^。！？!?\n]{0,4}?を(?:防|未然)/u.test(text.slice(b - s.start, b - s.start + 14))) continue
          // Round 90: a difficulty stated as the reason for help given (女性は更衣室が分からないことが多いので、入口に案内板を置きました,
          // 外国人の方は言葉が通じないので、通訳ボランティアを配置しました): no fault of the group; a refusal, separation or blame still holds.
          if (DIFFICULTY.test(p[0]) && HELP_MET90.test(text.slice(b - s.start)) && !KEPT_APART.test(text.slice(b - s.start)) && !BLAMED90.test(text)) continue
          // Round 69: …トラブルになりやすいため、通訳ボランティアを配置しました: a need met with help, not a charge; a refusal after it still holds.
          if (/とらぶる/u.test(p[0]) && HELP_MET69.test(text.slice(b - s.start)) && !KEPT_APART.test(text.slice(b - s.start))) continue
          if (QUOTED_VIEW.test(text.slice(from, b - s.start)) && (ANSWERED.test(text) || VIEW_ANSWERED.test(text))) continue
          if (REPORTED.test(text.slice(b - s.start, b - s.start + 16)) && !ENDORSED.test(text.slice(b - s.start)) && !readersReassured(fo, b) && !(EXCEPTION.test(fo.slice(b, b + 100)) && !NAMES_PREJUDICE.test(fo.slice(b, b + 100)))) {
            // Round 70: the neighbours' wish to drive a group out relayed, and the city's answer is help for the group (「追い出してほしい」という声が
            // 寄せられていますが、市は福祉の相談員と一緒に声かけを続けています): the wish reported, not held.
            if (OUSTED.test(p[0]) && helpAnswers(fo, spans, si, b)) continue
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
    for (const [a, b, severity] of groupBlamedOrRefused(fo)) out('decency/discriminatory', a, b, INSTEAD.discriminatory, severity, severity === 'block')
    for (const [a, b, rule, severity, instead] of peopleFaultedAsAWhole(fo)) out(rule, a, b, instead, severity, severity === 'block')
    for (const [a, b, rule, severity, instead] of illnessAsPunchline(fo)) out(rule, a, b, instead, severity, severity === 'block')
    for (const [a, b, rule, severity, instead] of businessRankedBest(fo)) out(rule, a, b, instead, severity, severity === 'block')
    for (const [a, b, rule, severity, instead] of disasterCalledBoon(fo)) out(rule, a, b, instead, severity, severity === 'block')
    for (const [a, b, rule, severity, instead] of disabledShutOut(fo)) out(rule, a, b, instead, severity, severity === 'block')
    for (const [a, b, rule, severity, instead] of genderRoleAsserted(fo)) out(rule, a, b, instead, severity, severity === 'block')
    for (const [a, b, rule, severity, instead] of disabilitySimulationLaughed(fo)) out(rule, a, b, instead, severity, severity === 'block')
    for (const [a, b, rule, severity, instead] of disabilityBenefitsEnvied(fo)) out(rule, a, b, instead, severity, severity === 'block')
    for (const [a, b, rule, severity, instead] of oneParentHomePresumedPoor(fo)) out(rule, a, b, instead, severity, severity === 'block')
    for (const [a, b, rule, severity, instead] of dyingAsYardstick(fo)) out(rule, a, b, instead, severity, severity === 'block')
    for (const [a, b, rule, severity, instead] of afterlifePickupJoked(fo)) out(rule, a, b, instead, severity, severity === 'block')
    for (const [a, b, rule, severity, instead] of foreignGroupLumped(fo)) out(rule, a, b, instead, severity, severity === 'block')
    for (const [a, b, rule, severity, instead] of exclusionApproved(fo)) out(rule, a, b, instead, severity, severity === 'block')
    for (const [a, b, rule, severity, instead] of foreignersJudgedUnfit(fo)) out(rule, a, b, instead, severity, severity === 'block')
    for (const [a, b, rule, severity, instead] of drowningJoked(fo)) out(rule, a, b, instead, severity, severity === 'block')
    for (const [a, b, rule, severity, instead] of illnessAsDiet(fo)) out(rule, a, b, instead, severity, severity === 'block')
    for (const [a, b, rule, severity, instead] of disabilitySelfJoked(fo)) out(rule, a, b, instead, severity, severity === 'block')
    for (const [a, b, rule, severity, instead] of businessPickedPersonally(fo)) out(rule, a, b, instead, severity, severity === 'block')
    for (const [a, b, rule, severity, instead] of alcoholPrizeTraffic(fo)) out(rule, a, b, instead, severity, severity === 'block')
    for (const [a, b, rule, severity, instead] of oneParentBlamed(fo)) out(rule, a, b, instead, severity, severity === 'block')
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
        emit({ rule: 'decency/discriminatory', start, end, mention: isMentionAt(sq, s, e) && !aimed(fo0, e) && !/^.{0,2}(?:みたい|つぽ|のよう)/u.test(fo0.slice(e, e + 6)), data: { instead: INSTEAD.discriminatory } })
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
        emit({ rule: sexual ? 'decency/sexual' : 'decency/discriminatory', start, end, mention: (isMentionAt(sq, s, e) || (!sexual && hurt)) && !joked && (sexual || !readersReassured(fo0, e)), data: { instead: sexual ? INSTEAD.sexual : INSTEAD.discriminatory } })
      }
    }
    if (held.length > 0) facts.held = held
    if (pondHits.length > 0) {
      const pond: DraftFinding[] = []
      for (const h of pondHits) {
        if (!taken.claim(h.start, h.end)) continue
        const { start, end } = doc.fromSqueezed(h.start, h.end)
        const mention = h.mention || isQuotedTopic(sq, h.start, h.end) || isReportedSpeech(sq, h.start, h.end) || HURT_BY.test(fo0.slice(h.end, h.end + 60)) || listedQuote(sq, h.start, h.end) || calledWrong(sq, fo0, h.start, h.end) || insteadOfSaid(sq, fo0, h.start, h.end)
        emitOrHold({ rule: 'decency/discriminatory', start, end, mention: mention && !condoned(fo0, h.end) && !aimed(fo0, h.end) && !jokedQuote(fo0, h.start, h.end) && !relayedSaying(sq, h.start, h.end), data: { instead: INSTEAD.discriminatory } }, pond)
      }
      if (pond.length > 0) facts.pond = pond
    }
    if (POND_TOPIC.test(fo0.replace(/池沼/gu, ''))) facts.water = true
    if (CAMPAIGN.test(fo0)) facts.campaign = true
    if (CAMPAIGN_DENIED.test(fo0)) facts.campaignDenied = true
    return facts
  },
  // An accident or a death told in one paragraph and a celebration in a later one (…児童1名が死亡した。⏎⏎…盛大に実施する🎉🎊);
  // delight in a post written in emergency mode that speaks of shelters (公民館は今夜ほぼ満員です！まるで合宿みたいでワクワク🎉).
  post({ text, facts, spans, ctx, emit }) {
    let event = false
    let shelter = false
    let water = false
    let campaigns = 0
    let campaignDenied = false
    for (const f of facts) {
      shelter ||= f.shelter
      water ||= f.water === true
      if (f.campaign === true) campaigns++
      campaignDenied ||= f.campaignDenied === true
    }
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
        const condemned = pointedBackWrong(text.slice(to, to + 240)) || introducedWrong(text.slice(Math.max(0, from - 240), from)) || (campaigns - (f.campaign === true ? 1 : 0) > 0 && !campaignDenied)
        for (const h of f.held) emit({ ...h, start: h.start + from, end: h.end + from, mention: condemned })
      }
      // rv-dec (池沼 the place): a post about water or nature (水質調査, ため池, クリーク, 水辺の生き物 in any paragraph or its heading)
      // uses 池沼 as the place throughout; elsewhere the bare word stands as the slur.
      if (f.pond && !water) for (const h of f.pond) emit({ ...h, start: h.start + spans[p]!.start, end: h.end + spans[p]!.start })
      event ||= f.event
    }
  },
  echo: levityAboutHarm,
  echoes: ['tone/insensitive'],
}

/** Blind R281B-032 kind (dec15): きちがい (any spelling, kana folded) right before じみ (じみた, じみて), not after a kana (行きちがい). */
const SLUR_LIKENESS = /(?<![ぁ-ゖ行聞書履引弾描敷突吹巻焼])(?:きちがい|気違い|気狂い|基地外)(?=じみ)/gu
