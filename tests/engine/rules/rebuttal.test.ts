import { describe, expect, it } from 'vitest'
import { rebuttal } from '../../../src/engine/rules/rebuttal'
import type { CheckContext } from '../../../src/engine'
import { findingsOf, summary } from '../helpers'
import { ORDINARY_NOTICES } from './ordinary'

describe('rebuttal: blind R337F kinds (reb63: polite, factual-sounding replies that deny what a resident or a report said)', () => {
  const warned = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(rebuttal, text, { mode })).filter((s) => s.startsWith('rebuttal/') && !s.includes(':info:'))
  it.each<[string, CheckContext['mode']]>([
    // R337F-006/031/043/054 kind: the trouble declared not caused by the city's facility or work, as the writer's view or flatly after a criticism
    ['@user 現地を調査しましたが、悪臭の原因がポンプ場にあるとは考えておりません。', 'reply'],
    ['「工事の振動で壁にひびが入った」とのご指摘をいただきましたが、工事の振動でひびが生じたわけではございません。', 'post'],
    ['@user 排水路の水位は毎日記録しておりますが、浸水の原因は別の箇所にあるものと考えております。', 'reply'],
    ['川の水が濁っているのは浄水場からの放流のせいだという苦情をいただいていますが、浄水場から濁った水が出ているとは考えにくいです。', 'post'],
    ['水門操作のせいで魚が減ったとのご意見ですが、水門操作のせいではありません。', 'post'],
    // R337F-037 kind: the city's own side declared free of fault, the cause put on the resident's pipes
    ['@user 市の管理する道路側溝には異常はありません。水がたまるのはご自宅の排水設備の問題と思われます。', 'reply'],
    ['「水道水がにごる」との苦情をいただきましたが、本市の配水管に問題はございません。', 'post'],
    // R337F-004 kind: the record or a check told and the missed work declared done at a time of day
    ['回収されていないとのご指摘を受け、GPSの記録を確認したところ、収集車は9時5分に当該地区を通過しております。', 'post'],
    ['@user 「粗大ごみを持っていってくれなかった」とのことですが、作業日報では10時半に回収を完了しております。', 'reply'],
    ['ご指摘の収集漏れの件、確認いたしましたが、当日は8時40分に収集を終えております。', 'comment'],
    // R337F-004 kind: the resident's late step guessed as the cause
    ['@user 受付が遅いとのことですが、受付時間を過ぎてからお越しになったものと考えられます。', 'reply'],
    ['「回収されていない」との苦情ですが、収集車が通過した後に出されたごみかと思われます。', 'post'],
    // R337F-010 kind: the error charged declared impossible by design
    ['「抽選で職員の知り合いが優遇されている」との投稿を拝見しましたが、抽選は人の手で結果を操作できる仕組みにはなっておりません。', 'post'],
    ['「税額の計算がおかしい」とのご指摘ですが、税額はシステムで自動計算しており、計算ミスが起きない仕組みになっております。', 'post'],
    // R337F-041 kind: a charge denied in a charge's word
    ['「市長の海外出張は税金の無駄遣い」とのご批判をいただいていますが、無駄遣いではございません。', 'post'],
    ['@user 一部の団体だけ優遇しているとのことですが、優遇ではなく、要件を満たした団体に交付しております。', 'reply'],
    ['「イベントはやらせだ」というコメントがありましたが、やらせなんかじゃないです！', 'comment'],
    // R337F-036 kind: the state reported declared not seen; a report's reading doubted
    ['「駐輪場がいつも満車」との苦情をいただきましたが、巡回記録からは満車が続いている状況は見受けられません。', 'post'],
    ['「公園が荒れ放題」とのご指摘ですが、毎週の点検では放置されている実態は確認できませんでした。', 'post'],
    ['昨日の報道の分析には疑問を感じております。', 'post'],
    ['新聞記事の結論には、違和感を覚えざるを得ません。', 'post'],
    // R337F-016 kind: a report said far from the actual procedure
    ['一部報道で「窓口で申請を断られた」と紹介されましたが、報道の内容は実際の窓口の対応と大きく異なっております。', 'post'],
    ['週刊誌の記事は、実際の審査の手順とはかけ離れた内容だと考えております。', 'post'],
    // R337F-041 kind: a contradiction softened (少し, ちょっと)
    ['「駐車場が有料になった」という投稿を見かけましたが、それは少し違います。', 'post'],
    ['@user ご指摘いただきましたが、それはちょっと違うと思います。', 'reply'],
    // R337F-006 kind: a claim echoed with とする refused (同意しかねます), in a reply too
    ['@user 渋滞が信号の設定のせいだとするご意見には、同意いたしかねます。', 'reply'],
    ['川の水位が上がったのは市の放流が原因だとするお話には、私どもとしては賛同しかねます。', 'post'],
    // よく読めば as a retort or with a denial stays a rebuttal
    ['@user よく読めば分かることです。', 'reply'],
    ['「手数料が上がる」との投稿は、市報をよく読めば分かるとおり、誤りです。', 'post'],
    ['パンフレットをよく読めば書いてあります。', 'post'],
    // R337F-037 kind: a check declared clean and the cause put on the resident's pipes (起因)
    ['@user 水質検査はいずれも基準に適合しておりました。ご自宅の配管に起因するものと思われます。', 'reply'],
    ['「蛇口から赤い水が出る」とのご指摘ですが、本市の配水管に異常はございません。建物内の給水管に起因していると考えられます。', 'post'],
    ['「水が臭い」との苦情をいただいていますが、市の施設以外に原因があるものと考えております。', 'post'],
    ['@user 市の浄水場から濁った水が出ていたとは考えておりません。', 'reply'],
    // more wordings of the cause denied and the record set against a miss
    ['@user ご指摘の件、下水道課で調べましたが、悪臭が下水管から発生しているとは考えにくいと判断しております。', 'reply'],
    ['「工事のせいで家が揺れる」との苦情をいただきましたが、揺れは工事の振動によるものではないと考えております。', 'post'],
    ['@user 当日の水質検査の結果は基準値内でした。濁りはご家庭内の配管によるものと考えられます。', 'reply'],
    ['@user 記録を確認しましたが、当日は9時10分に回収を終えております。', 'reply'],
    ['「市の放流で川の魚が死んだ」というご指摘がありますが、市の放流によって魚が死んだわけではありません。', 'post'],
    ['@user 「収集車が来なかった」とのことですが、運行記録では8時50分に通過しております。', 'reply'],
  ])('flags %s', (text, mode) => {
    expect(warned(text, mode).length).toBeGreaterThan(0)
  })
  it.each<[string, CheckContext['mode']]>([
    // a forecast, a check still to make, a fix, an apology, a question answered: no cause denied to a critic
    ['この工事で大きな渋滞が起こるとは考えにくいですが、時間に余裕を持ってお出かけください。', 'post'],
    ['@user においの原因が下水道施設にあるとは考えにくいものの、念のため調査いたします。', 'reply'],
    ['「においがする」とのご連絡を受け、原因を調査しました。原因は別の場所にあるものと判断し、側溝を清掃しました。', 'post'],
    ['先日の断水は、配水管の老朽化による破損が原因でした。ご迷惑をおかけし申し訳ございません。', 'post'],
    ['@user ご質問ありがとうございます。停電の原因が市の施設にあるとは考えておりませんが、電力会社に確認いたします。', 'reply'],
    // the city's side clean: a worried asker reassured, an inspection's finding, help offered
    ['@user ご心配をおかけしています。市の管理する水道管に問題はございませんので、安心してお使いください。', 'reply'],
    ['地震後の点検の結果、市の管理する橋りょうに異常はありませんでした。', 'post'],
    ['@user 市の施設に問題はありませんが、念のため職員が伺います。', 'reply'],
    // the record: an apology, no complaint, the work done again; a rule told, a post with no complaint
    ['収集漏れのご指摘をいただき、記録を確認しました。申し訳ございません、当日は収集できておりませんでした。本日14時に回収を終えております。', 'post'],
    ['記録を確認したところ、本日は全地区とも11時に収集を終えております。', 'post'],
    ['「ごみが残っている」とのご連絡をいただき、確認したところ、収集後に出されたごみでしたので、本日15時に改めて回収を完了しております。', 'post'],
    ['収集後に出されたごみは回収できませんので、次の収集日の朝8時30分までにお出しください。', 'post'],
    ['カラスの被害が増えています。収集後に出されたごみが荒らされているものと思われます。ネットをご活用ください。', 'post'],
    // by design: a limit told, a feature with no critic, a worried asker reassured
    ['現在、オンラインで申請できる仕組みにはなっていません。お手数ですが窓口へお越しください。', 'post'],
    ['新しい投票システムは、改ざんが起きない仕組みになっています。安心してご利用ください。', 'post'],
    ['「マイナンバーカードで情報が漏れるのでは」とのご質問をいただきました。カードの情報が漏れる仕組みにはなっておりませんので、ご安心ください。', 'post'],
    // a charge's word: a question, a plain explanation, a consumer warning
    ['「補助金はばらまきではないか」とのご質問にお答えします。補助金の要件は次のとおりです。', 'post'],
    ['この補助金は、ばらまきではなく、省エネ家電への買い替えを後押しするためのものです。', 'post'],
    ['ステマではありませんか？と思ったら、消費者ホットライン188へご相談ください。', 'post'],
    // the state: a hazard told, a fix announced; a report doubted only by the writer
    ['現在、川の水位が上昇している状況は見られません。引き続き気象情報にご注意ください。', 'post'],
    ['「窓口が混んでいる」とのご意見をいただきました。混雑している状況は見られませんでしたが、案内表示を増やします。', 'post'],
    ['記事の見立てに疑問がある方は、広報課までお問い合わせください。', 'post'],
    // 実際の…と異なる as a caveat
    ['写真はイメージです。実際の商品とは異なる場合があります。', 'post'],
    ['統計の数値は、実際の人数とは異なっています。詳しくは注記をご覧ください。', 'post'],
    // an inquiry answered; an agreement or a consent
    ['「AとBは同じ制度ですか」とのお問い合わせがありますが、それは少し違います。Aは子育て世帯向けの制度です。', 'post'],
    ['@user 利用規約に同意いただけない場合は、登録できません。', 'reply'],
    ['「ペットは家族」とする考え方に賛同し、同行避難の訓練を行います。', 'post'],
    // reviewer FP kind: よく読めば pointing to a document as a guide, no criticism answered
    ['パンフレットをよく読めば分かるように、申請は郵送でもできます。', 'post'],
    ['@user 募集要項をよく読めば分かるとおり、市外の方もご応募いただけます。', 'reply'],
    ['説明書をよく読めば、小学生でも組み立てられます。', 'post'],
    // the resident's pipes as a help page or with a visit offered
    ['水が濁る場合は、ご家庭の給水管に起因することがあります。給水管の点検をお勧めします。', 'post'],
    ['@user 検査では基準内でしたが、ご自宅の給水管に起因する可能性もございますので、職員が無料で点検に伺います。', 'reply'],
    // a cause told in answer to a question, a fire denied with a warning, thanks, a plan
    ['@user 今回の停電は市の施設によるものではなく、九州電力の設備故障によるものです。復旧見込みは九州電力のホームページをご確認ください。', 'reply'],
    ['@user お問い合わせの件、下水道施設に異常はございませんでした。ご家庭の排水管の詰まりの可能性もありますので、指定工事店にご相談ください。', 'reply'],
    ['@user 本市の水道水に問題はありませんので、安心してお飲みください。', 'reply'],
    ['柳川の魅力を紹介しようとする記事を、市のブログで連載しています。', 'post'],
    ['市の施設で火災が起きたわけではありません。煙は近くの野焼きによるものです。ご注意ください。', 'post'],
    ['@user 市の施設に不具合はございませんでしたが、ご不便をおかけしました。', 'reply'],
    ['先日のイベントでは、市の事業で作ったベンチが好評でした。', 'post'],
    ['このシステムは、書き間違いが起きない仕組みになっています。', 'post'],
    ['原因は別の要因によるものと判断し、対策を進めています。', 'post'],
    ['工事の振動による影響ではないか心配との声をいただき、振動を測定しています。', 'post'],
    ['今回の断水は工事によるものではなく、老朽化した水道管の破損によるものです。復旧まで今しばらくお待ちください。', 'post'],
    ['@user ご質問ありがとうございます。記録では、昨日は9時10分に当該地区を通過しております。', 'reply'],
  ])('leaves %s clean', (text, mode) => {
    expect(warned(text, mode)).toEqual([])
  })
})

describe('rebuttal: blind R336D kinds (reb62: polite counter-claims to a criticism received, told as facts that deny it)', () => {
  const warned = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(rebuttal, text, { mode })).filter((s) => s.startsWith('rebuttal/') && !s.includes(':info:'))
  it.each<[string, CheckContext['mode']]>([
    // R336D-008 kind: the state complained of declared not to exist, as the city's view or flatly
    ['「窓口が混雑して何時間も待たされる」とのご指摘をいただきましたが、現在は整理券を配布しており、長時間お待たせしているような状況ではございません。', 'post'],
    ['@user ご連絡ありがとうございます。公園のトイレにつきましては毎日清掃を行っており、汚れたまま放置している状態にはないものと認識しております。', 'reply'],
    ['「市がごみ置き場を放置している」とのご指摘がありますが、巡回指導を続けており、放置しているという状況にはないと考えています。', 'post'],
    // R336D-015 kind: the complaint played down by how seldom the trouble happens
    ['「図書館の自習室がいつも満席」とのご指摘をいただきました。ただ、実際に満席になった日は今月2日しかありません。', 'post'],
    ['バスが時間どおりに来ないという苦情をいただいていますが、10分以上遅れたのは先月わずか3回です。', 'post'],
    ['@user 停められないとのことですが、満車になった日は今年度に入ってまだ数日だけなんです。', 'reply'],
    ['「夜間の騒音がひどい」とのご指摘がありますが、夜に大きな音が出ることはほとんどありません。', 'post'],
    // R336D-017 kind: the conduct criticised declared deliberate
    ['「窓口の職員の説明が早口で分かりにくい」とのご指摘をいただきました。手続きが多いため、あえて要点だけを短くお伝えしている部分もございます。', 'post'],
    ['「バス停の案内板が小さすぎる」という苦情をいただいています。景観に配慮して、意図的に小さめのサイズにしております。', 'post'],
    ['保育園の連絡帳の返事がそっけないとのご意見ですが、わざと簡潔に書いているんです。', 'comment'],
    // R336D-023 kind: a complaint about the city's own human-rights programme answered (no awareness column)
    ['「人権研修が毎年マンネリ」とのご意見をいただきました。人権啓発の講師には毎年異なる方をお招きしており、ご指摘は当たらないと考えております。', 'post'],
    ['「人権週間の行事は形ばかりだ」という投書をいただきましたが、人権尊重の取り組みは年間を通じて行っており、形ばかりというご批判は当たりません。', 'post'],
    // R336D-033 kind: the outcome charged put on the person's own choice
    ['「市営住宅の申込みを受け付けてもらえなかった」とのご指摘がありましたが、ご本人が書類の提出を取りやめられたものと承知しております。', 'post'],
    ['介護サービスを打ち切られたという苦情をいただきましたが、ご家族のご意向で利用を見合わせられたものでございます。', 'post'],
    ['@user 窓口で門前払いされたとのことですが、相談者の方がご自身で申請を見送られたと伺っております。', 'reply'],
    // R336D-036/045 kind: the complaint outweighed by the many who manage without trouble
    ['「新しい券売機が使いづらい」という声をいただいています。でも、利用者の8割以上の方が問題なくご購入いただけています。', 'post'],
    ['@user 手続きが分かりにくいとのことですが、ほとんどの方はスムーズにお手続きされています。', 'reply'],
    ['会場までの道順が分かりにくいとのご意見がありましたが、大半の来場者は迷うことなく到着されています。', 'post'],
    // R336D-045 kind: the signs declared set up in numbers
    ['「駐車場の入口が分からない」とのご指摘をいただいていますが、案内看板は周辺道路に8か所設置しております。', 'post'],
    ['避難所の場所が分かりにくいというお声がありますが、誘導標識は市内に二十か所以上設置済みです。', 'post'],
    // R336D-050 kind: a report's ranking or comparison refused as not comparable
    ['「柳川市の保育料は近隣より高い」との報道がありましたが、軽減制度の内容が市町ごとに違うため、一概に比べることはできません。', 'post'],
    ['@user 県内でワーストとのことですが、調査の基準が異なりますので、他市と単純に比較できるものではございません。', 'reply'],
    ['新聞記事で本市の待機児童数が九州で一番多いと書かれていましたが、集計方法が自治体によって異なるため、同列に論じることはできません。', 'post'],
  ])('flags %s', (text, mode) => {
    expect(warned(text, mode).length).toBeGreaterThan(0)
  })
  it.each<[string, CheckContext['mode']]>([
    // a hazard or a need told, a question answered, a fix announced
    ['市内を流れる河川の水位は下がっており、現在、浸水している状況にはありません。', 'post'],
    ['@user 現在、道路が冠水している状況ではありません。お気をつけてお出かけください。', 'reply'],
    ['@user ご質問ありがとうございます。現在、申込みが殺到している状況ではないと考えておりますので、締切までにお申し込みください。', 'reply'],
    ['「窓口の待ち時間が長い」とのご意見をいただきました。長時間お待たせしている状況を改善するため、来月から予約制を導入します。', 'post'],
    // a count told with no complaint, with a fix, or answering a question
    ['今年、消防団が出動したのは3回だけでした。地域の皆さまの防火意識のおかげです。', 'post'],
    ['「駐車場が狭い」とのご意見をいただきました。満車になったのは今年3回だけですが、臨時駐車場を増設します。', 'post'],
    ['@user ご質問ありがとうございます。雨で中止になったのは過去10年で2回だけです。', 'reply'],
    ['このあたりは雪が積もることはほとんどありませんが、路面の凍結にはご注意ください。', 'post'],
    // a deliberate choice told with no criticism, or the criticism taken up
    ['今年のポスターは、あえて手書きの文字で温かみを出しています。', 'post'],
    ['「説明が分かりにくい」とのご指摘をいただきました。あえて専門用語を使っておりましたが、今後は分かりやすい言葉に改めます。', 'post'],
    ['「言い方がきつい」とのお声をいただきました。誠に申し訳ございません。あえて強くお伝えしている面もありましたが、配慮が足りませんでした。', 'post'],
    // a withdrawal told as news, with an apology, or answering a question
    ['市長選挙の候補者のうち1人が、ご本人の意向で立候補を辞退されたとのことです。', 'post'],
    ['ご本人が辞退されたため、次点の方が繰り上げ当選となりました。', 'post'],
    ['「申請を断られた」とのご指摘をいただきました。ご本人が申請を見送られたものと認識しておりましたが、説明が不十分でした。申し訳ございません。', 'post'],
    ['@user ご質問ありがとうございます。昨年はご本人が出場を辞退されたものと伺っております。', 'reply'],
    ['@user ご本人が参加を辞退されたものと伺っております。またの機会にぜひご参加ください。', 'reply'],
    ['@user 今年の花火大会が雨で中止になったのは、過去20年で2回だけなんです。今年も晴れるといいですね！', 'reply'],
    // the many who manage told as a goal, with no criticism, or with a fix
    ['ほとんどの方が問題なくご利用いただけるよう、案内表示を増やしました。', 'post'],
    ['オンライン申請は、多くの方が問題なくご利用いただけています。', 'post'],
    ['「アプリが使いにくい」との声をいただきました。9割の方はスムーズに登録できていますが、ご意見を踏まえ、画面を改善します。', 'post'],
    ['毎年多くの方にお越しいただいております。ぜひ今年もお越しください。', 'post'],
    // signs told as a guide, or set up on the point
    ['案内看板を駅周辺に5か所設置しています。お越しの際はご覧ください。', 'post'],
    ['「案内が分かりにくい」とのご意見を受け、案内看板を新たに6か所設置しております。', 'post'],
    // a statistics release's caveat, a question answered, a comparison with a step to take
    ['今回公表した数値は、自治体ごとに算出方法が異なるため、他市と単純に比較することはできません。', 'post'],
    ['@user ご質問ありがとうございます。県内で最も低い水準ですが、算定方法が違うため単純に比較はできません。', 'reply'],
    ['「他市より図書館の開館時間が短い」とのご意見をいただきました。単純に比較することはできませんが、ご意見を参考に開館時間の延長を検討します。', 'post'],
    // an awareness column keeps its exemption when no complaint about the programme is quoted
    ['人権週間にあたり、人権教育の講師をお招きして講演会を開きます。「差別は身近なところにある」という視点でお話しいただきます。', 'post'],
    ['人権啓発講演会を開催しました。「毎年同じ内容でつまらない」とのご意見もいただきましたので、来年は内容を見直します。', 'post'],
  ])('leaves %s clean', (text, mode) => {
    expect(warned(text, mode)).toEqual([])
  })
})

describe('rebuttal: blind R331R kinds (reb61: denials and counter-arguments with figures, as the city view, or as a few people misunderstanding; a rebuttal quoted as the reply not to give)', () => {
  const warned = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(rebuttal, text, { mode })).filter((s) => s.startsWith('rebuttal/') && !s.includes(':info:'))
  it.each<[string, CheckContext['mode']]>([
    // R331R-005 kind: a criticism received, then turned to the majority's approval or a favourable figure
    ['「窓口で長く待たされた」とのご意見をいただきました。しかし、利用者アンケートでは9割以上の方が「満足」と回答しています。', 'post'],
    ['市民プールの職員の態度が悪いという口コミを見かけました。ですが、利用者満足度は92％と非常に高い水準です。', 'post'],
    ['@user 案内がわかりにくいとのことですが、ほとんどの方からは好評をいただいております。', 'reply'],
    ['「図書館の品ぞろえがひどい」との苦情をいただいています。\n\nただ、昨年度の利用者アンケートでは満足度が85%を超えており、多くの方にご満足いただけているものと考えております。', 'post'],
    // R331R-006 kind: a cut charged, answered with the thing going on as before or unchanged
    ['@user コミュニティバスの便が減ったとのことですが、今年度も従来どおり1日8便を運行しております。', 'reply'],
    ['「子ども会への補助金が打ち切られた」との声がありますが、補助金は昨年度と変わりなく交付しております。前年と同額です。', 'post'],
    ['花火大会が縮小されたって書かれてたけど、今年も例年どおり5000発を打ち上げていますよ。', 'comment'],
    ['図書館の移動図書館が廃止されたとの投稿を拝見しました。移動図書館は引き続き月2回運行しております。', 'post'],
    // R331R-012 kind: the critic's evaluation declared far from the reality as the city's reading
    ['「市の子育て支援は名ばかり」とのご指摘をいただきました。名ばかりというご評価は、実情とはかけ離れたものと認識しております。', 'post'],
    ['@user 観光案内所が役に立たないとのことですが、そのご意見は実態とは異なるものと考えております。', 'reply'],
    ['「公民館はいつも閑散としている」とのご指摘をいただきました。利用者は年間2万人を超えており、閑散としているというのは実態と異なるものと受け止めています。', 'post'],
    // R331R-017 kind: the city declares it did enough, the criticism told in an earlier paragraph
    ['新庁舎の建設について、市民の声を聞いていないとのご批判をいただいております。\n\n・説明会を8回開催\n・パブリックコメントを実施\n\nこのように、市民の皆さまのご意見は十分に伺ってきたものと考えております。', 'post'],
    ['「周知が足りない」とのご指摘がありました。\n\n市報、ホームページ、回覧板でお知らせしており、周知は十分に行ってきたと認識しております。', 'post'],
    // R331R-018 kind: the staff who would act so declared not to exist; the criticism put down to a few people's impression or misunderstanding
    ['「窓口の職員が冷たい」との口コミがありました。職員は全員が接遇研修を受けており、そのような態度をとる職員は一人もおりません。', 'post'],
    ['@user そういった接客をするスタッフはおりません。', 'reply'],
    ['「ガイドの説明が雑」というレビューをいただきました。ごく一部の方の誤解によるものと受け止めております。', 'post'],
    ['@user ご指摘の点は、投稿された方の主観にすぎません。', 'reply'],
    ['「観光案内が不親切」との口コミが散見されます。一部の観光客の方の感じ方の問題ではないかと考えております。', 'post'],
    // R331R-025 kind: a waste charge answered softly with the city's share played down
    ['「イベントに税金かけすぎ」ってコメントをいただきました。でも実はこのお祭り、ほとんど企業の協賛金でまかなっていて、市の負担はごくわずかなんです😊', 'post'],
    ['税金の無駄遣いって言われたけど、市の負担はほんのちょっとなんですよ〜！国の交付金で9割まかなってます✨', 'comment'],
    ['「ゆるキャラは税金のムダ」とのご批判がありますが、着ぐるみの制作費は寄付でまかなっており、市費はごく一部にすぎません。', 'post'],
    ['@user 無駄遣いとのことですが、この事業に市の税金はほとんど使っていません。', 'reply'],
    // R331R-029 kind: a rebuttal used, not disowned, stays one
    ['「職員が居眠りしていた」との投稿がありましたが、「そのような事実はございません」と申し上げます。', 'post'],
    // R384H-026 kind: a rebuttal given, the backfire only the critic's (no training, no wrong answer named)
    ['「事実無根です」「誤解です」と申し上げます。ご指摘は当たりません。', 'post'],
    ['@user それはデマです。火に油を注ぐような投稿はおやめください。', 'reply'],
    // more wordings: the group named first (利用者の大半は, 参加者の95%が), praise quoted as the answer, a cut denied, a view called unfitting,
    // staff who gave such guidance denied, a critic's belief or a customer's impression, a waste charge with the city's outlay
    ['口コミで「料理がまずい」と書かれていましたが、来場者の8割以上から「おいしかった」との声をいただいています。', 'post'],
    ['「サービスが悪い」というレビューがありました。とはいえ、利用者の大半は満足されています。', 'post'],
    ['@user ご不満とのことですが、昨年のアンケートでは参加者の95%が「また参加したい」と回答しています。', 'reply'],
    ['駅前の駐輪場が有料化されて不便だという声があります。しかし、利用者の多くからは「きれいになった」と好評です。', 'post'],
    ['@user 子ども医療費の助成がなくなったとのことですが、今年度も中学生まで助成を続けています。', 'reply'],
    ['「ごみの収集回数が減らされた」とのご指摘がありますが、収集回数は以前と変わりありません。', 'post'],
    ['「図書館の蔵書が少ない」とのご批判がありますが、蔵書数は県内でも多いほうで、少ないというご指摘は現状とは異なると認識しています。', 'post'],
    ['@user 待ち時間が長いとのことですが、そのようなご指摘は実情にそぐわないものと考えております。', 'reply'],
    ['「窓口でたらい回しにされた」との書き込みがありました。職員に確認しましたが、そのようなご案内をした職員はおりません。', 'post'],
    ['「職員が高圧的」とのご意見がありましたが、一部の利用者の方の思い込みではないかと存じます。', 'post'],
    ['@user それはお客様個人の印象に過ぎないかと思います。', 'comment'],
    ['「イルミネーションは税金の無駄」との声をいただきました。でも、費用の大半は企業協賛で、市の持ち出しはわずか50万円なんです。', 'post'],
  ])('flags %s', (text, mode) => {
    expect(warned(text, mode).length).toBeGreaterThan(0)
  })
  it.each<[string, CheckContext['mode']]>([
    // a survey reported with no turn against a complaint, a goal, thanks, a fix
    ['市民満足度調査の結果を公表しました。市の施策全体の満足度は72%で、前年度を上回りました。', 'post'],
    ['アンケートで多くのご意見をいただきました。満足度は87%でした。', 'post'],
    ['「駐車場が狭い」とのご意見をいただきました。来場者アンケートでは満足度が87%でしたが、ご意見を踏まえ臨時駐車場を増やします。', 'post'],
    ['ほとんどの方にご満足いただけるよう、窓口の改善を進めます。', 'post'],
    ['批判の声もありますが、多くの方に喜んでいただけるイベントを目指します。', 'post'],
    ['多くのご意見をいただきましたが、全体の満足度は87%と高く、皆さまのご協力に感謝いたします。', 'post'],
    // an inquiry or a worry answered, a plain notice, a rumour set right, a cut owned
    ['「敬老会の記念品は今年もありますか」とのお問い合わせをいただきました。今年度も対象の方全員にお渡しします。', 'post'],
    ['@user 記念品が廃止されたのでは、とご心配の声をいただきましたが、今年度も例年どおりお渡ししております。ご安心ください。', 'reply'],
    ['今年度も敬老会を例年どおり開催します。記念品は昨年度と変わりません。', 'post'],
    ['「敬老祝金が廃止された」という話が広がっていますが、今年度も引き続き支給しております。', 'post'],
    ['「バスの便が減った」との声をいただいています。今年度は運転手不足のため減便しておりますが、来年度には元に戻す予定です。', 'post'],
    ['「プールが閉鎖された」とのお問い合わせが増えています。市民プールは今年も7月から営業しています。', 'post'],
    // a caution or a rule with 実態と異なる, a fix made on the point
    ['写真はイメージです。実際とは異なる場合があります。', 'post'],
    ['実態と異なる申告があった場合は、補助金の返還を求めます。', 'post'],
    ['「市の説明は実態と異なる」とのご指摘を受け、資料を修正しました。', 'post'],
    ['統計の数字が実態とかけ離れたものとならないよう、調査方法を見直しました。', 'post'],
    // opinions heard before, then a plan made with them or a promise to explain better
    ['多くのご意見をいただきました。\n\n皆さまのご意見を十分に伺ったうえで計画を策定しました。', 'post'],
    ['「説明が足りない」とのご意見をいただきました。\n\n今後は、より丁寧に説明してまいります。', 'post'],
    // the writer's own modesty, a wording corrected, a purpose, a fraud warning, a lesson taken
    ['あくまで個人的な感想ですが、今年の桜は例年より色が濃い気がします。', 'post'],
    ['一部の方の誤解を招く表現がありましたので、訂正いたします。', 'post'],
    ['そのような対応をする職員がいないよう、研修を徹底します。', 'post'],
    ['市の職員を名乗って還付金の手続きを求める電話がありますが、そのような対応をする職員はおりません。詐欺にご注意ください。', 'post'],
    ['一部の利用者の方の声を参考に、案内表示を見直しました。', 'post'],
    ['ごく一部の方の誤解から偏見が生まれることがあります。正しい知識を身につけましょう。', 'post'],
    // a budget told with no critic, a waste charge conceded, news in 実は
    ['この事業は県の補助金を活用しており、市の負担はわずかです。', 'post'],
    ['無駄のない予算執行に努めています。今回の改修も国の補助金を活用し、市の負担はごくわずかです。', 'post'],
    ['「税金の無駄遣い」とのご批判をいただきました。確かに市の負担は小さくありません。事業の見直しを検討します。', 'post'],
    ['実はこのイベント、今年で50周年なんです！', 'post'],
    // R331R-029 kind: a rebuttal quoted as the reply not to give (a training report, a guide): a mention
    ['職員研修で、批判に「そのような事実はございません」と否定するのではなく、まず受け止めることを学びました。', 'post'],
    ['SNS講座では「デマです」と書き込むのは避けましょう、と教わりました。', 'post'],
    ['「誤解です」と言い返さずに、まずご意見を受け止めることが大切です。', 'post'],
    ['炎上したときは「事実無根」などと反論してはいけません。', 'post'],
    ['批判に対して「お言葉ですが」と返すのはNGです。', 'post'],
    // R384H-026 kind: rebuttals quoted side by side as the reply that backfires (a training report, a guide): a mention
    ['研修では、苦情に「デマです」「誤りです」と反論すると、かえって逆効果になると教わりました。', 'post'],
    ['炎上した投稿に「事実無根」と突っぱねるのは、市民の不信感を招きます。', 'post'],
    ['「誤解です」「そのような事実はございません」とすぐ返すのは、火に油を注ぐだけだそうです。', 'post'],
    // feedback reported with thanks or a word for next time, a complaint quoted as the answer, approval denied, no turn
    ['「寒かった」との声もありましたが、参加者の9割から「楽しかった」との声をいただきました！来年もお楽しみに。', 'post'],
    ['市民意識調査では、市民の多くが「不安」と回答しています。', 'post'],
    ['「窓口対応が悪い」との苦情が続いています。実際、利用者の大半は満足されていないのが現状です。', 'post'],
    ['@user ご意見ありがとうございます。今回のイベントは参加者の8割から「また参加したい」との声をいただきました。', 'reply'],
    ['厳しいご意見もいただきましたが、多くの方に喜んでもらえたらうれしいです。', 'post'],
    ['台風の影響で中止を求める声もありましたが、多くの方にご来場いただき、大変好評でした。', 'post'],
  ])('leaves %s clean', (text, mode) => {
    expect(warned(text, mode)).toEqual([])
  })
})

describe('rebuttal: blind R326H/KH kinds (reb60: soft denials and counter-arguments to reviews, comments and reports; a rumour seen online set right)', () => {
  const warned = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(rebuttal, text, { mode })).filter((s) => s.startsWith('rebuttal/') && !s.includes(':info:'))
  it.each<[string, CheckContext['mode']]>([
    // R326H-002 kind: a criticism heard (a rhetorical question, a charge of faking), then a turn to the soft insistence of のだ
    ['「この夕焼けの写真、色いじりすぎじゃない？」ってコメントをもらいました。でも、これは本当に見たままの空なんです！', 'post'],
    ['「料金高くない？」って声もあるけど、ちゃんと職人さんの手作りなんですよ〜！', 'comment'],
    ['「合成でしょ？」って言われちゃいました💦 だけど、この菜の花畑は全部ほんものなんです🌼', 'post'],
    ['「盛りすぎじゃない？」というコメントが届きました。ですが、あの量は全部ふだんどおりなんです。', 'post'],
    // R326H-018 kind: a complaint about goods answered with the thing declared within the spec or as described
    ['@user 届いた梨が小さかったとのことですが、お届けした品は規格どおりのものでした。', 'reply'],
    ['「お米の量が少ない」とのご意見をいただきましたが、内容量は表示の範囲内となっております。', 'post'],
    ['干物が小さかったとのご指摘ですが、サイズは申込ページに記載しているとおりです。', 'comment'],
    // R326H-019 kind: the critic's words echoed with a comma and called wrong, the remark told in the paragraph before
    ['「税金の無駄」とのご批判をいただいています。\n\n無駄、というのは違うと思います。', 'post'],
    ['先日、「図書館はいつも空いている」と言われました。\n\nただ、平日も多くの方にご利用いただいておりますので、いつも空いている、というのは少し違うかなと思います。', 'post'],
    // R326H-022 kind: a practice charged denied as a state in a reply, or after 恐れ入りますが
    ['@user 職員が昼休みに窓口を閉めているといったことは一切ありません。', 'reply'],
    ['恐れ入りますが、市外の方だけ高い料金をいただいているということはございません。', 'comment'],
    ['@user 恐れ入りますが、受付で地元の方を優先しているような事実はございません。', 'reply'],
    // R326H-025 kind: the act charged told as something meant well
    ['「職員が来場者を怒鳴りつけた」との苦情が寄せられていますが、確認したところ、大きな声で避難経路をご案内していただけでした。', 'post'],
    ['「係員が子どもの腕をつかんだ」とのご指摘をいただきましたが、当日の係員は転びそうになったお子さまを助けようとしたものです。', 'post'],
    ['@user 職員の対応が横柄だったとのことですが、注意事項を丁寧にお伝えしただけでした。', 'reply'],
    // R326H-026 kind: the critics' opinion or a report said to hold points that differ from the facts
    ['いただいたコメントの中には、事実と異なる内容が含まれておりますので、以下のとおりご説明します。', 'post'],
    ['一部の報道には、事実に反する記述が見受けられます。', 'post'],
    // R326H-050 kind: the critic's claim as the topic, softly called a misunderstanding
    ['「ごみ袋の値段が高い」というご意見については、少し誤解があるのではないかと存じます。', 'reply'],
    ['市が何もしていないというのは、何か勘違いがあるように思います。', 'comment'],
    ['「説明会が一度もなかった」とのご指摘ですが、その点は認識の違いがあるかと思います。', 'post'],
    // R326H-052 kind: a label the critic gave echoed and denied in its own word
    ['「税金の無駄遣いだ」というご意見をいただきましたが、この事業は決して無駄遣いではありません。', 'post'],
    ['「パクリ」って言われたけど、パクリじゃないよ！ちゃんと自分たちで考えたデザインだよ！', 'comment'],
    // R326H-054 kind: after a complaint of not knowing or finding, the notice declared in place already
    ['「案内表示が分かりにくい」とのご意見をいただいておりますが、館内の案内表示は全フロアすべてに設置済みです。', 'post'],
    ['@user 開催日が分からなかったとのことですが、開催日は市報とホームページに掲載済みです。', 'reply'],
    ['「申込方法が書いてない」とのご指摘ですが、申込方法はチラシにも記載しております。', 'comment'],
    // R326H-059 kind: the critics' opinions, or the critics, said to have misread it
    ['今回の件について、事実と異なる形で受け取られたコメントが多く見られますので、経緯をご説明します。', 'post'],
    ['多くのご批判をいただいております。ただ、一部には誤解されたご意見もございますので、補足いたします。', 'post'],
    ['厳しいご意見をいただいております。\n\nその中で、事業の目的を誤って理解されている方もいらっしゃいますので、改めてご説明します。', 'post'],
    // a charge seen online still answers a critic
    ['SNSで「市の窓口の対応が悪い」という投稿が見られますが、対応が悪いということはございません。', 'post'],
    // more wordings: a charge of staging, a spec, a cushion before a denial, a hedged question, an adjective denied in its own word
    ['「この動画、やらせでしょ」ってコメントが来てました😢 でも、あれは全部その場で起きたことなんです！', 'post'],
    ['「ふるさと納税の干物が薄い」との声をいただいていますが、厚みは規格どおりです。', 'post'],
    ['先週の広報紙について「写真ばかりで中身がない」と書かれていました。\n\nしかし、中身がない、というのは違うと思います。', 'post'],
    ['@user 申し訳ございませんが、職員が私語をしているといったことはございません。', 'reply'],
    ['「職員が市民を無視した」との苦情をいただきましたが、担当者はほかのお客様のご案内をしていただけでした。', 'post'],
    ['ご指摘の中には一部誤った内容が含まれておりますので、ご説明いたします。', 'reply'],
    ['@user 祭りの予算が多すぎるというのは、少し誤解があるのではないでしょうか。', 'reply'],
    ['「まちのゆるキャラはダサい」って言われたけど、ダサくなんかないもん！', 'post'],
    ['「トイレが汚い」とのご意見をいただきましたが、毎日清掃しており、汚くはありません。', 'post'],
    ['「駅から遠い」って書かれてたけど、歩いて10分だし全然遠くないよ！', 'comment'],
    ['さまざまなご批判をいただいております。その中には、事業内容を誤って解釈されたご意見も見受けられます。', 'post'],
  ])('flags %s', (text, mode) => {
    expect(warned(text, mode).length).toBeGreaterThan(0)
  })
  it.each<[string, CheckContext['mode']]>([
    // praise in すぎ, a question, news with no complaint, a worry, thanks and a fix
    ['「写真きれいすぎじゃない？」ってコメントいただきました😊 でも本当にこの景色なんです！ぜひ見に来てね', 'post'],
    ['「この写真どこで撮ったの？」ってコメントをいただきました！実は市役所の屋上からなんです📷', 'post'],
    ['でも、本当に楽しいイベントなんです！たくさんのご参加お待ちしています。', 'post'],
    ['「寒くない？」ってご心配のコメントをいただきました。でも、会場はちゃんと暖房が効いているんです！', 'post'],
    ['「量が少なくない？」ってコメントをいただきました。ご指摘ありがとうございます！でも実はこれ、全部手作業なんです。次回から増量します！', 'post'],
    // a check's finding with no complaint, a spec told, an exchange offered, a worried inquiry reassured, an apology
    ['水質検査の結果、すべての項目で基準の範囲内でした。', 'post'],
    ['@user 返礼品のサイズは申込ページに掲載しているとおりです。', 'reply'],
    ['@user 「うなぎが小さい」とのご連絡ありがとうございます。規格の範囲内ではありますが、お取り替えいたしますのでご連絡ください。', 'reply'],
    ['「水が濁っている」とのお問い合わせがありましたが、水質は基準の範囲内でしたのでご安心ください。', 'post'],
    ['@user 届いた品が小さかったとのこと、大変申し訳ございません。規格の範囲内ではございますが、すぐに代わりの品をお送りします。', 'reply'],
    // two terms compared, a word weighed in another paragraph with no criticism
    ['「自治会」と「町内会」、というのは少し違うかなと思います。', 'post'],
    ['今年の桜の開花は例年より早くなりそうです。\n\n満開、というのは少し違うのではないかと思いますが、見頃です。', 'post'],
    // a question answered, a worry reassured, a polite refusal of a request, a fraud warning
    ['@user ご質問ありがとうございます。市外の方が利用できないということはございません。どなたでもご利用いただけます。', 'reply'],
    ['@user ご心配をおかけしています。工事が続いているということはございませんので、ご安心ください。', 'reply'],
    ['@user 恐れ入りますが、当日のお申し込みは受け付けておりません。事前にお申し込みください。', 'reply'],
    ['市の職員を名乗って還付金の手続きをしているということはございません。不審な電話にご注意ください。', 'post'],
    // news of a rescue, an explanation with an apology, an outage told
    ['川に落ちそうになった子どもを、通りがかった職員が助けようとしたものです。感謝状が贈られました。', 'post'],
    ['「職員の言い方がきつかった」とのご意見をいただきました。確認したところ、注意事項をお伝えしようとしたものでしたが、配慮が足りず申し訳ありません。', 'post'],
    ['昨日の停電は、落雷で一時的に電気が止まっただけでした。現在は復旧しています。', 'post'],
    // the city's own post corrected, opinions thanked, a caution about information online
    ['先日の当市の投稿に一部事実と異なる点がございました。お詫びして訂正いたします。', 'post'],
    ['ご意見の中には、今後の参考になる点が多くございました。ありがとうございました。', 'post'],
    ['インターネット上の情報には、事実と異なる内容が含まれていることがあります。公式情報をご確認ください。', 'post'],
    // a misunderstanding prevented, the city's own wording owned
    ['誤解があるといけませんので、改めて申込方法をご説明します。', 'post'],
    ['制度の内容について誤解のないよう、よくある質問をまとめました。', 'post'],
    ['@user 私どもの説明が分かりにくく、誤解を招いてしまい申し訳ありません。', 'reply'],
    ['誤って受け止められかねない表現がありました。お詫びして訂正いたします。', 'post'],
    // praise echoed and played with
    ['「かわいいマスコットだ」ってコメントがいっぱい！ありがとう！でもボク、マスコットじゃなくて妖精なんだよ〜', 'post'],
    // a pointer with help, a notice with no complaint, a fix done on the complaint
    ['@user 駐車場の場所が分かりにくいとのことですが、市ホームページに地図を掲載しておりますので、ご覧ください。', 'reply'],
    ['案内看板は主要な交差点すべてに設置済みです。お気をつけてお越しください。', 'post'],
    ['「駐車場が分かりにくい」とのご意見を受け、案内看板を設置しました。現在は主要交差点すべてに設置済みです。', 'post'],
    ['申込書は市内の公民館すべてに配布しております。', 'post'],
    // KH-030 kind: a rumour seen online set right with the facts, no complaint or charge in it
    ['【投票用紙と鉛筆についての情報に関して】\nSNSなどで「投票所の鉛筆で書くと後から書き換えられる」という投稿が見られますが、投票用紙が書き換えられることはありません。\n投票所に鉛筆を備えているのは、インクのにじみや裏写りを防ぐためです。\n（柳川市選挙管理委員会）', 'post'],
    ['SNSなどで「来月から図書館が有料になる」という投稿が見られますが、有料になることはありません。引き続き無料でご利用いただけます。', 'post'],
    ['インターネット上で「期日前投票の用紙は開票されない」という情報が散見されますが、期日前投票も当日の票と同じく開票されることに変わりはありません。', 'post'],
    ['期日前投票について、SNS上で「身分証がないと投票できない」という投稿が見られますが、身分証がなくても投票できます。入場券をお持ちください。', 'post'],
    // praise echoed, a reflection, a spec told to an inquiry, a standing fact, a check's finding, a refusal of a request, news
    ['「本当にうなぎが美味しかった！」ってコメントをいただきました。実は地元の老舗なんです！', 'post'],
    ['でも、本当に大切なのは日ごろの備えなんです。', 'post'],
    ['「ごみ収集日を知りたい」というご質問をいただきました。収集日はごみカレンダーに記載しているとおりです。', 'post'],
    ['お送りする返礼品はすべて規格の範囲内のものを厳選しています。', 'post'],
    ['検査の結果、放射性物質は基準値以内でした。', 'post'],
    ['@user 恐れ入りますが、現在このサービスは行っておりません。', 'reply'],
    ['市内の避難所は全施設に案内板を設置済みです。', 'post'],
    ['ボランティアの皆さんが子どもたちを支えようとした姿に感動しました。', 'post'],
    ['この写真、全部スマホで撮ったんです！すごいでしょ？', 'post'],
    // a cushion before a notice or a refusal, an apology for the trouble before a reassurance
    ['申し訳ありませんが、本日の川下りは強風のため運休します。', 'post'],
    ['@user 申し訳ございませんが、予約の変更はお電話でのみ受け付けております。', 'reply'],
    ['ご不便をおかけして申し訳ありませんが、工事が続いているということはございませんので、ご安心ください。', 'post'],
    // an adjective complained of, then a purpose, a plan, an invitation or a concession
    ['「会場が暑い」との声をいただきました。今年は暑くないよう、テントを増設します。', 'post'],
    ['「料金が高い」との声もありますが、高くないと感じていただけるよう、サービスを充実させます。', 'post'],
    ['「冬の柳川は寒い」ってよく言われるけど、実は九州だからそんなに寒くないんです！ぜひ遊びに来てね', 'post'],
    ['「説明会の資料が分かりにくかった」とのご意見をいただきました。次回は分かりにくくないよう工夫します。', 'post'],
  ])('leaves %s clean', (text, mode) => {
    expect(warned(text, mode)).toEqual([])
  })
})

describe('rebuttal: blind R322H/R324M kinds (reb59: a complaint or a report answered with records or rules instead of words of denial)', () => {
  const warned = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(rebuttal, text, { mode })).filter((s) => s.startsWith('rebuttal/') && !s.includes(':info:'))
  it.each<[string, CheckContext['mode']]>([
    // R322H-030 kind: a fault reported as news and turned with が, answered with the record
    ['「ごみが回収されていない」とのご連絡をいただきましたが、回収記録では当日9時に回収済みとなっております。', 'comment'],
    ['ごみが出されたままになっているとのお電話をいただきましたが、収集車のGPS記録では9時5分に回収を終えております。', 'comment'],
    ['街灯が消えているとの通報を受けましたが、市の管理に問題があったとは考えておりません。', 'post'],
    // R324M-005 kind: the record read as a level kept or reached, and the complainant told they had been asked beforehand
    ['会場が寒かったとのご意見をいただきましたが、当日の記録では室温は常に20度以上を保っておりました。', 'post'],
    ['音がうるさいとのことですが、測定記録では60デシベルを下回っておりました。', 'reply'],
    ['「寒かった」とのご意見をいただきましたが、当日の記録では室温は20度でした。', 'post'],
    ['イベント会場が暑かったとのご意見をいただきました。事前に暑さ対策をしてご来場いただくよう、ご案内していたとおりです。', 'post'],
    ['「駐車場がなかった」との苦情をいただきました。公共交通機関でのご来場を事前にお願いしていたとおりでございます。', 'post'],
    ['駐車場が足りないとのご意見をいただきました。駐車場が少ないことはチラシにも書いてあったとおりです。', 'post'],
    // R322H-032 kind: the level complained of declared no problem, or measured within the standard
    ['花火大会の音がうるさいとのご意見をいただきました。会場周辺で測定した騒音は、いずれも環境基準の範囲内であり、問題のないレベルでした。', 'post'],
    ['プールの水が汚いとのご指摘をいただいておりますが、水質は問題となる水準ではございませんでした。', 'post'],
    ['騒音がひどいとのご指摘を受け、測定を行いましたが、測定値は規制基準を下回っておりました。', 'post'],
    // R322H-035 kind: the rule or the schedule, and the complaint's fact denied on it; the cause put on another place
    ['朝早くから工事の音がするとのことですが、作業は8時からと決められておりますので、それより前に作業をすることはありません。', 'comment'],
    ['夜中にごみ収集車が来てうるさいとのことですが、収集は朝6時以降と定められており、夜中に収集車が走ることはございません。', 'comment'],
    ['夜間に工事をしているとのことですが、工事は19時までとなっており、夜間に作業を行うことはございません。', 'comment'],
    ['公園の騒音とのことですが、それは近隣の工事現場からの音ではないでしょうか。', 'reply'],
    ['ごみが散乱しているとのご指摘ですが、別の地区の集積所ではないかと思います。', 'comment'],
    ['音がうるさいとのことですが、それは市の施設ではなく、近くの工場の音だと思われます。', 'reply'],
    // R322H-022/044 kind: the work declared made or kept to a standard; a correction refused
    ['案内看板の表記が不親切とのご指摘をいただいておりますが、看板は県のサイン計画の指針に準拠して作成しております。', 'post'],
    ['手数料が高すぎるとのことですが、手数料は条例に基づいて定めております。', 'reply'],
    ['「公民館の利用料が高い」とのことですが、料金は条例で定められており、本市だけが高く設定しているものではございません。', 'reply'],
    ['パンフレットの表記がおかしいとのご指摘をいただいておりますが、表記を修正する必要はないものと判断しております。', 'post'],
    // R322H-039 kind: a programme's or an article's picture set against the reality
    ['昨日の新聞記事で、柳川の掘割は汚れているといった書かれ方をしていました。記事の内容と実態はまったく異なります。', 'post'],
    ['口コミサイトで川下りが高いと書かれていましたが、口コミの評判と実際とはずいぶん違うと感じています。', 'post'],
    ['報道されているような混雑は、実際にはありません。', 'post'],
    // R322H-044 kind: an article said to hold many errors; a charge denied as an act
    ['この記事、誤った記述が多すぎます。市はきちんと手続きを踏んでいます。', 'quote'],
    ['その投稿は間違いだらけです。', 'reply'],
    ['このニュース、市が隠蔽しているかのように書かれていますが、隠蔽なんてしていません。', 'quote'],
    ['特定の店を優遇しているとのことですが、優遇などしておりません。', 'reply'],
    // R322H-045 kind: the criticism pointed at and refused; the efforts made long since
    ['市の説明不足とのご意見ですが、こうしたご批判には容認できません。', 'post'],
    ['子育て支援が遅れているとのご批判をいただいていますが、本市は他市に先駆けて医療費助成に取り組んでまいりました。', 'post'],
  ])('flags %s', (text, mode) => {
    expect(warned(text, mode).length).toBeGreaterThan(0)
  })
  it.each<[string, CheckContext['mode']]>([
    // an apology with a fix, thanks with what will change, a fault report taken up
    ['ご不便をおかけし申し訳ありません。収集漏れとのご連絡をいただき、本日午後に回収いたしました。今後は収集ルートを改善します。', 'post'],
    ['「ごみが回収されていない」とのご連絡をいただきました。すぐに職員が伺い、回収しました。ご連絡ありがとうございました。', 'post'],
    ['収集漏れとのご連絡ありがとうございます。運行記録を確認し、本日中に回収に伺います。', 'reply'],
    ['道路のひび割れとのご連絡をいただきましたが、当該道路は県道のため、県土木事務所へお伝えしました。', 'reply'],
    ['ごみが回収されていないとのご連絡をいただきましたが、大変申し訳ございません。本日中に回収に伺います。', 'reply'],
    ['「会場が寒かった」とのご意見をいただきました。ご不便をおかけし申し訳ありません。次回は暖房を強化します。', 'post'],
    ['英語表記が分かりにくいとのご意見をいただきました。表記は観光庁のガイドラインに準拠して作成していますが、より分かりやすくなるよう見直します。', 'post'],
    ['「案内板が分かりにくい」とのご意見をいただきました。貴重なご意見ありがとうございます。来月までに表示を改善します。', 'post'],
    ['【市議会でのご指摘を受けて】案内表示が分かりにくいとのご指摘をいただきました。ご指摘を踏まえ、案内板を3か所増設しました。', 'post'],
    // a rule explained with no complaint, a question answered, help offered
    ['市のホームページは、国のウェブアクセシビリティの指針に準拠して作成しております。', 'post'],
    ['【延滞金について】延滞金の割合は地方税法で定められております。令和6年の割合は年2.4％です。', 'post'],
    ['市民プールの利用は、安全のため18時までと定められております。ご理解とご協力をお願いします。', 'post'],
    ['ご質問ありがとうございます。「参加費はかかりますか」とのご質問ですが、参加費は無料と決まっており、費用がかかることはありません。', 'post'],
    ['ご意見ありがとうございます。延滞金の割合は法律で定められており、詳しくは税務課までお問い合わせください。', 'post'],
    ['「料金が高い」とのご意見をいただきました。料金は条例に基づいて定めております。減免制度もございますので、お気軽にご相談ください。', 'post'],
    ['事前にお知らせしていたとおり、本日から工事を行います。ご不便をおかけします。', 'post'],
    ['「なぜ休館日なの？」とのお問い合わせをいただきました。休館日は事前にお知らせしていたとおりです。', 'post'],
    ['二十歳の集いにたくさんのご来場ありがとうございました。当日は暖房を稼働させ、室温は18度を保っていました。', 'post'],
    ['観測記録では、昨日の雨量は120ミリを超えていました。', 'post'],
    // a measurement told plainly, with a fix, a step still to take, or a worried asker reassured
    ['夏まつりの音量について、測定した音量はいずれも市の定める目安の範囲内でした。', 'post'],
    ['ステージの音量についてご意見をいただきました。測定した音量は目安の範囲内でしたが、来年はスピーカーの向きを調整します。', 'post'],
    ['「騒音が心配」とのご意見をいただいています。測定の結果、問題となる水準ではありませんでした。ご安心ください。', 'post'],
    ['スギ花粉の飛散量は、現在のところ問題となる水準ではありません。', 'post'],
    ['「防災無線が聞こえない」とのご意見をいただきました。ご指摘を受けて測定したところ、基準の範囲内でしたが、スピーカーの向きを調整します。', 'post'],
    ['水質検査の結果、いずれの地点も問題となる水準ではありませんでした。引き続き毎月検査を行います。', 'post'],
    // another place named to help, or the critic's own guess quoted
    ['ご連絡ありがとうございます。夜間の音について、体育館の利用は21時までと決まっておりますので、別の場所からの音ではないかと思われます。環境課で確認いたします。', 'reply'],
    ['落とし物の件、ご連絡ありがとうございます。お探しの傘は、別の施設のものではないかと思われます。総合案内にお問い合わせください。', 'reply'],
    ['「騒音は別の工場からではないか」とのご指摘をいただきました。現在、環境課で確認しています。', 'post'],
    // a programme or an article with no quarrel, a caution, the city's own post corrected
    ['テレビ番組で柳川の川下りが紹介されます。番組の内容と実際の運航時間は異なる場合がありますのでご注意ください。', 'post'],
    ['先週の番組では、柳川の川下りの魅力がたっぷり紹介されました。番組の印象どおり、実際に乗ってみると本当に気持ちいいです！', 'post'],
    ['報道されているような断水は、柳川市では発生していません。', 'post'],
    ['【お詫びと訂正】昨日の投稿で、花火大会の開始時刻を「19時」と記載しましたが、正しくは「19時30分」です。お詫びして訂正いたします。', 'post'],
    ['【訂正】先日の記事に誤った記述が多くありました。修正版を掲載しましたのでご覧ください。', 'post'],
    ['ネット上の記事には不正確な情報が多く含まれることがあります。市の公式情報をご確認ください。', 'post'],
    // an audit told, a comment policy, good news for a request
    ['監査の結果、不正などは行っておりませんでした。', 'post'],
    ['市では、公文書の改ざんなどが起きないよう、電子決裁の仕組みを導入しています。', 'post'],
    ['皆さまからのご意見をいただく際のお願いです。誹謗中傷を含むご意見は削除します。そのようなご意見はお受けできません。', 'post'],
    ['「もっと公園を増やしてほしい」とのご意見をいただきましたが、市では以前から公園整備に取り組んでおります。来年度は2か所の新設を予定しています。', 'post'],
    ['いただいたご意見は担当課と共有し、改善に向けて取り組んでまいります。貴重なご指摘をありがとうございました。', 'post'],
  ])('leaves %s clean', (text, mode) => {
    expect(warned(text, mode)).toEqual([])
  })
})

describe('rebuttal: blind R318H/R320M kinds (a complaint answered with the record, with work declared on schedule, proper or announced all along, with the opposite degree by a comparison, softly with 実は…なんです, with the complainant\'s feeling or way of looking, with nothing changed, with the price declared not high)', () => {
  const warned = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(rebuttal, text, { mode })).filter((s) => s.startsWith('rebuttal/') && !s.includes(':info:'))
  it.each<[string, CheckContext['mode']]>([
    // R318H-002 kind: the complainant's account said not to match the city's record
    ['ご指摘いただいた件ですが、当課の受付記録とは一致しておりません。', 'post'],
    ['「電話したのに折り返しがなかった」とのことですが、こちらの通話記録とは食い違っております。', 'reply'],
    ['「申請書を出したのに届いていない」という苦情をいただきましたが、当方の受付簿とは異なります。', 'post'],
    ['返事がないとのことですが、当課の記録とは合いません。', 'reply'],
    // R318H-014 kind: the work declared done on schedule or within the deadline after a complaint of lateness
    ['ごみの収集が遅いとのご意見ですが、収集は毎週決められた日に行っております。', 'reply'],
    ['「書類の発行が遅すぎる」という苦情をいただきましたが、発行は規定どおり処理しております。', 'post'],
    ['返事がないとのご指摘ですが、お問い合わせには3日以内に必ず回答しております。', 'comment'],
    ['こちらの投稿について。返礼品の発送が遅いとありますが、遅延の事実は確認できておりません。', 'quote'],
    // R318H-031/037 kind: the city's act declared done properly or thoroughly after a criticism
    ['事業者の選定が不公平だとのご批判をいただいておりますが、選定は審査基準に基づき公正に行われたものです。', 'post'],
    ['ご指摘の件、契約手続きは関係法令に基づき適正に処理されたものと認識しております。', 'reply'],
    ['計画が拙速だとのご批判がありますが、審議会で慎重に審議を重ねた結果でございます。', 'post'],
    // R318H-047 kind: the notice declared given over and over, in the present
    ['「説明会の日程を知らなかった」という苦情が寄せられていますが、日程は市報や公式サイトで何度もご案内しております。', 'post'],
    ['分かりにくいとのご指摘ですが、申請方法は以前から市のホームページで周知しております。', 'comment'],
    // R318H-013 kind: a charge that the city acted high-handedly, reported without brackets and called wrong
    ['市が一方的に決めたというのは違います。何度も説明会を開いています。', 'comment'],
    ['役所が住民に相談せずに進めたっていうのは違いますよ。', 'reply'],
    // R318H-031/037/047 kind: the charge declared not to apply, a shortfall or an unfairness named, or the critic's evaluation
    ['説明不足とのご批判につきましては、当たらないものと考えております。', 'post'],
    ['「市の対応は怠慢だ」とのご意見ですが、対応の遅れは怠慢には当たらないと考えております。', 'post'],
    ['情報公開が不透明だとのご指摘ですが、不透明な運営には該当いたしません。', 'reply'],
    ['職員の対応が冷たいという声がありますが、冷たいとのご評価は当たらないと考えております。', 'post'],
    // R318H-035/051 kind: a complaint of a thing grown fewer answered softly with 実は…なんです, or the photo said to be as seen
    ['「最近は花火の数が減った」ってコメントもらったけど、実は去年と同じ数なんですよ〜', 'comment'],
    ['「料理の量が少なくなった」とのことですが、実は量は変えていないんです！', 'comment'],
    ['写真が暗いとのことですが、これはほぼ見たままの色なんです。', 'comment'],
    ['コメントありがとうございます！「写真を加工しすぎ」とのことですが、本当にこの色なんですよ〜', 'comment'],
    // R318H-035 kind: the defect put down to how the photo was taken or seen
    ['舟が少ないとのことですが、見る角度で少なく見えたのかもしれません。', 'comment'],
    ['「会場が狭い」って書かれてましたが、写真の写り方でそう見えただけかと。', 'reply'],
    // R320M-008 kind: the complaint put down to the complainant's feeling or taste, or the thing declared not changed at all
    ['「体育館の冷房が弱い」とのご指摘ですが、設定温度は基準どおりで、感じ方の違いによるものと考えております。', 'post'],
    ['味が薄いとのご意見ですが、好みの問題かと存じます。', 'reply'],
    ['「ごみ袋の値段が上がった」とのご指摘ですが、価格は10年前から一切変更しておりません。', 'post'],
    ['バスの本数が減ったとの苦情をいただきましたが、ダイヤは昨年から全く変わっておりません。', 'reply'],
    // R318H-046 kind: a price complaint answered with the price declared not high
    ['「入館料が高い」とのご意見をいただきましたが、維持費を考えれば決して高くはないと考えております。', 'post'],
    ['参加費が高すぎるって声もあるけど、材料費を考えたら高くはないと思うよ！', 'comment'],
    ['駐車料金が割高とのご指摘ですが、それほど高い料金とは言えません。', 'reply'],
    // R318H-004/046 kind: a complaint of degree answered with the opposite degree, by a comparison or as a level; a complaint heard as voices
    ['「会場が遠すぎる」との声をいただいていますが、駅からの距離は他の会場と比べても近いほうです。', 'post'],
    ['プールの料金が高いってコメントもらったけど、近隣の市と比べると安いほうなんですよ。', 'comment'],
    ['図書館の開館時間が短いというご意見がありますが、全国平均より長い水準です。', 'post'],
    ['川下りの料金が高すぎるという声を耳にしますが、近隣の観光船と比べればむしろ安い水準です。', 'post'],
  ])('flags %s', (text, mode) => {
    expect(warned(text, mode).length).toBeGreaterThan(0)
  })
  it.each<[string, CheckContext['mode']]>([
    // a record that does not match in a form's rule or a lock-out notice; a mismatch owned with an apology or a check going on
    ['入力内容が住民基本台帳の記録と一致しない場合は、申請を受け付けられません。', 'post'],
    ['マイナンバーカードの暗証番号が登録データと一致しないと、ロックがかかります。', 'post'],
    ['ご指摘ありがとうございます。確認したところ、記録と一致しない点がありましたので、引き続き調査いたします。', 'reply'],
    ['ご指摘の件、当課の記録と一致しない部分がございました。大変申し訳ございません。', 'post'],
    // a status or a schedule told with no complaint; a delay owned with an apology; a standing service level
    ['本日の川下りは予定どおり運航しております。ぜひお越しください。', 'post'],
    ['工事は予定どおり進めております。ご迷惑をおかけしますが、ご協力をお願いします。', 'post'],
    ['「発送が遅い」とのご意見をいただきました。予定どおり発送しておりますが、一部地域で遅れが出ております。申し訳ありません。', 'post'],
    ['申請から14日以内に審査結果を通知しております。', 'post'],
    ['【お詫び】返礼品の発送が遅いとのご指摘をいただきました。ご不便をおかけし申し訳ございません。予定どおり発送できるよう改善します。', 'post'],
    ['ふるさと納税の返礼品は、事業者と連携して予定どおり発送しております。到着まで今しばらくお待ちください。', 'post'],
    // proper execution reported or promised with no criticism; a review that ends in a fix
    ['令和5年度の補助金は、要綱に基づき適正に執行されました。', 'post'],
    ['補助金は今後も要綱に基づき適正に執行してまいります。', 'post'],
    ['補助金の交付事務は、要綱に基づき適正に執行されたものであることを監査委員が確認しました。', 'post'],
    ['審議会で十分に検討した結果、来年度から開館時間を延長することになりました。', 'post'],
    ['ご意見をいただき、十分に検討した結果、駐車場を増設することにしました。', 'post'],
    // a notice repeated with no complaint; a complaint about notices conceded or taken up
    ['ごみの分別方法については、市報で繰り返しお知らせしております。ご協力をお願いします。', 'post'],
    ['「申込方法が分かりにくい」とのご指摘をいただきました。確かに分かりにくく、申し訳ありません。', 'post'],
    ['「お知らせが少ない」とのご意見をいただきました。今後は市報でも繰り返しお知らせしてまいります。', 'post'],
    ['「申込方法が分かりにくい」とのコメントをいただきました。ありがとうございます。申込方法は広報紙・ホームページ・窓口で繰り返しお知らせしておりますが、さらに分かりやすくします。', 'post'],
    // two things compared; a training post that names the criticism
    ['市が主催するのと町内会が主催するのとでは補助の額が違います。', 'post'],
    ['市が主催したお祭りと、町内会のお祭りは、開催日が違います。', 'comment'],
    ['職員研修で、「市が勝手に決めた」という批判を受けたときの対応を学びました。', 'post'],
    // a rule answered; sunlight
    ['庭での焚き火は、少量であれば条例違反には当たりません。', 'post'],
    ['この場所は日が当たらないため、照明を増設します。', 'post'],
    // 実は… as news, praise echoed, a question answered, a fix told, a shortfall owned
    ['実は今年で50周年なんです！ぜひお越しください。', 'post'],
    ['「写真きれい！」ってコメントいただいたけど、実はスマホで撮ったんです📱', 'comment'],
    ['「写真がきれい」とのコメントをいただきました！実はこれ、ほぼ撮って出しなんです📷', 'comment'],
    ['コメントありがとうございます！実はこの写真、ほぼ撮って出しなんです📷', 'comment'],
    ['コメントありがとうございます！「駐車場ありますか？」とのことですが、実は会場には駐車場がないんです。公共交通機関をご利用ください。', 'comment'],
    ['「量が少ない」とのご意見をいただき、実は来月から増量するんです！', 'comment'],
    ['「去年より舟の数が減った」ってコメントいただきました。ご指摘のとおりで、船頭さん不足のためなんです。', 'comment'],
    // a photo tip; a light effect told
    ['写真の撮り方で印象が大きく変わります。コツをご紹介！', 'post'],
    ['夕方は光の加減で暗く見えることがあります。', 'post'],
    // feelings told as advice, with help given, or a sauna's caution
    ['暑さの感じ方には個人差があります。こまめに水分補給をしましょう。', 'post'],
    ['「冷房が寒い」とのご意見をいただきました。感じ方には個人差があるため、ひざ掛けをご用意しました。', 'post'],
    ['サウナの熱さの感じ方は個人差によるものです。無理をせずご利用ください。', 'post'],
    // no change told as news, to a worried question, or before a fix
    ['令和6年度のごみ収集日は一切変更ありません。', 'post'],
    ['給食の量は、文部科学省の学校給食摂取基準に沿って算出しており、昨年度から変更はありません。', 'post'],
    ['「料金が上がったのでは？」とのご質問をいただきました。料金は一切変更しておりません。ご安心ください。', 'post'],
    ['「量が少ない」とのご意見をいただきました。これまで一切変更しておりませんでしたが、来年度から見直します。', 'post'],
    // a price advertised or a worry answered; a price cut
    ['「参加費が高いのでは？」と思われるかもしれませんが、決して高くはありません！お気軽にどうぞ。', 'post'],
    ['この料理教室は材料費込みで500円。決して高くはない金額です！', 'post'],
    ['「料金が高い」とのご意見をいただきました。来月から料金を値下げします。', 'post'],
    ['川下りの料金は、約70分の舟旅に船頭さんの案内が付いて大人1,800円です。全国の観光船と比べても良心的な水準です。', 'post'],
    // a degree told with no complaint, conceded with a fix, or the same degree owned
    ['本市の待ち時間は近隣の市と比べても短い水準にあります。', 'post'],
    ['窓口の混雑状況について、平均待ち時間は15分と短い水準です。お気軽にお越しください。', 'post'],
    ['「待ち時間が長い」とのご意見をいただきました。近隣の市と比べても長い水準にあるため、窓口を増やします。', 'post'],
    ['「待ち時間が長すぎる」とのご指摘をいただきました。確かに近隣と比べても長いため、改善に取り組みます。', 'post'],
    ['「窓口の待ち時間が長い」とのお声をいただいております。ご不便をおかけしております。窓口を増やして改善します。', 'post'],
    // voices heard that praise, or a complaint heard and acted on; a rumour set right in a disaster
    ['「料金が安い」という声を耳にします。ぜひお越しください。', 'post'],
    ['「料金が高い」という声を耳にします。そこで、市民割引を始めました！', 'post'],
    ['「駐車場が狭い」という声を耳にします。来年度に拡張工事を行います。', 'post'],
    ['「避難所が閉鎖された」という投稿が広がっていますが、誤りです。避難所は現在も開設しております。', 'post'],
  ])('leaves %s clean', (text, mode) => {
    expect(warned(text, mode)).toEqual([])
  })
})

describe('rebuttal: blind misc57 kinds (a comparison complaint answered with the city\'s rank or put on how the critic compared, a criticism answered by the city\'s check declared clean)', () => {
  const warned = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(rebuttal, text, { mode })).filter((s) => s.startsWith('rebuttal/') && !s.includes(':info:'))
  it.each<[string, CheckContext['mode']]>([
    // R316M-044 kind: "behind the neighbours" answered with the city's rank, or with the critic's way of comparing blamed
    ['「柳川市の子育て支援は近隣より遅れている」というコメントをいくつもいただきましたが、本市の支援メニューは県内でも上位の水準です。', 'post'],
    ['「うちの市の図書館は隣の市に劣っている」とのご意見をいただきましたが、蔵書数は県内でも有数です。', 'post'],
    ['「柳川は観光案内が他の市に負けている」という投稿を拝見しました。しかし、案内所の数は近隣市町と比べても遜色ありません。', 'post'],
    ['「子育て支援が他市より手薄」とのご指摘ですが、本市の保育料軽減は県内で3番目に手厚い内容です。', 'comment'],
    ['「市の防災対策は遅れている」とのご批判をいただきましたが、何と比べるかで評価は大きく変わります。', 'post'],
    ['「市の観光PRは見劣りする」というご意見を多数いただいていますが、比較の仕方次第で結果は違ってきます。', 'post'],
    // R316M-047 kind: a criticism with its content told, answered by the city's check declared clean, or asked to be understood
    ['【市長日記】\n先日の議会で「防災無線が聞こえない」とのご指摘を受けました。担当課で音量を測定したところ、すべての地点で基準を満たしていることを確認しております。ご理解いただければ幸いです。', 'post'],
    ['議会で「学校給食の量が少ない」とのご指摘がありました。栄養士が確認したところ、国の摂取基準をすべて満たしております。', 'post'],
    ['「公園の遊具が危ない」という苦情をいただきましたが、点検の結果、異常は見られませんでした。', 'post'],
    ['ご指摘をいただいた件、現地を調査したところ、問題はございませんでした。ご理解いただければ幸いです。', 'post'],
  ])('flags %s', (text, mode) => {
    expect(warned(text, mode).length).toBeGreaterThan(0)
  })
  it.each<[string, CheckContext['mode']]>([
    // the city's rank told with no complaint; a comparison complaint taken up
    ['本市の子育て支援メニューは県内でも上位の水準です。ぜひご活用ください。', 'post'],
    ['「近隣より遅れている」とのご意見を受け、確かに支援メニューが少ないため、来年度から拡充します。', 'post'],
    ['「子育て支援が他市より手薄」とのご指摘をいただきました。ご指摘を踏まえ、保育料軽減の拡充を検討します。', 'post'],
    // a guide to reading statistics, with no critic
    ['統計は、比べる項目の選び方によって印象が変わります。グラフを見るときは注意しましょう。', 'post'],
    ['比較の仕方次第で結果は違ってきますので、詳しくは報告書をご覧ください。', 'post'],
    // a check told plainly, with no complaint's content or plea; a routine inspection; a fix, help or a reassurance with the check
    ['ご指摘を受けて点検したところ、基準は満たしていました。', 'post'],
    ['防災無線の定期点検を行ったところ、すべての地点で正常に作動していることを確認しました。', 'post'],
    ['「防災無線が聞こえにくい」とのご意見をいただきました。測定したところ基準は満たしていましたが、スピーカーの向きを調整しました。', 'post'],
    ['「公園の遊具が危ない」とのご意見をいただきました。点検の結果、異常はありませんでしたが、念のため塗装を補修します。', 'post'],
    ['「水道水が濁っている」とのご連絡をいただき、水質検査を行ったところ、基準を満たしておりましたのでご安心ください。', 'post'],
    ['「防災無線が聞こえない」とのご指摘ありがとうございます。測定したところ基準は満たしていましたが、聞こえにくい場合はお知らせください。', 'reply'],
    ['「防災無線が聞こえない」とのご指摘を受け、測定したところ、一部の地点で基準を下回っていました。スピーカーを増設します。', 'post'],
    // a hoax set right; a finding of a fault
    ['「水道水に毒が入っている」というデマが出回っていますが、水質検査の結果、異常はありません。デマにご注意ください。', 'post'],
    ['「公園のトイレが汚い」との苦情をいただき、点検したところ、配管の詰まりが見つかりました。修理しました。', 'post'],
  ])('leaves %s clean', (text, mode) => {
    expect(warned(text, mode)).toEqual([])
  })
})

describe('rebuttal: blind misc56 kinds (a report\'s figure explained away or countered with the city\'s count, a price complaint answered with costs, staff declared by the book after a thanks greeting, a charge of unequal treatment answered with sameness, a fee criticism answered with no profit, a fairness criticism answered with strictness)', () => {
  const warned = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(rebuttal, text, { mode })).filter((s) => s.startsWith('rebuttal/') && !s.includes(':info:'))
  it.each<[string, CheckContext['mode']]>([
    // R308T-024 kind: a report's figure put down to what it did not count, or set against the city's own count
    ['昨日の新聞記事で、川下りの利用者が大きく減ったと書かれていましたが、記事の数字は臨時便の利用者を含めていないからです。', 'post'],
    ['一部の報道で移住者が減少したとされていますが、本市の統計では減っておりません。', 'post'],
    ['ひな祭りの来場者が少なかったとの報道がありましたが、実行委員会の集計ではむしろ前年を上回っています。', 'post'],
    // R308T-035 kind: a price charged too high answered with the costs behind it
    ['入館料が高いとのご意見をいただきましたが、燃料費や人件費が高騰しておりますので、ご理解ください。', 'post'],
    ['料金が高すぎるって声もあるけど、材料費がこの数年で倍になってるんです。', 'comment'],
    ['割高な参加費だという投稿を拝見しました。しかし、食材費は昨年の1.5倍になっており、この価格は物価を考えれば妥当です。', 'post'],
    // R308T-037 kind: the staff declared by the book after a complaint, the thanks only the reply's greeting
    ['ご連絡ありがとうございます。窓口の対応が冷たかったとのことですが、記録を確認したところ、職員は手順どおりにご案内しておりました。', 'reply'],
    ['メッセージありがとうございました。受付の案内が不親切だったとのお声ですが、係員は規定どおりにご説明しておりました。', 'comment'],
    // R308T-051 kind: a charge of unequal treatment answered with the sameness declared
    ['「市民プールは市外の人ばかり優遇している」との投稿が見られますが、利用料は市内外に関係なく一律です。', 'post'],
    ['「観光客だけ高い料金を取っている」という書き込みが広がっていますが、料金は居住地を問わず同額です。', 'post'],
    // R310H-026 kind: a fee criticism answered with the profit denied, and the critic's words called wrong with a hedge
    ['バザーの売上で市が儲けているというコメントを見ましたが、市の利益は一切ございません。', 'comment'],
    ['「駐車場が有料なのはおかしい」っていうのはちょっと違う気がします。', 'reply'],
    ['「参加費を取るなんてひどい」というのは違うのではないかと思います。', 'comment'],
    // R310H-031 kind: a fairness criticism answered with the process declared strict, and the charged act denied outright
    ['抽選が不公平だとのご指摘をいただきましたが、抽選はシステムにより公正に実施しております。', 'post'],
    ['「特定の業者ばかり選ばれている」とのご批判がありますが、業者を優遇するようなことは決してありません。', 'post'],
  ])('flags %s', (text, mode) => {
    expect(warned(text, mode).length).toBeGreaterThan(0)
  })
  it.each<[string, CheckContext['mode']]>([
    // the city's own figure explained with no critic; an admission fixed; a count announced; a programme that featured the city
    ['この数字には市外からの参加者を含めていないため、実際の参加者はさらに多くなります。', 'post'],
    ['ご指摘を受けて確認したところ、集計に臨時便を含めていなかったため、数字を修正しました。', 'post'],
    ['市の集計では、白秋祭の来場者は前年並みの約5万人でした。ご来場ありがとうございました。', 'post'],
    ['先日テレビ番組で白秋祭が紹介されましたが、市の集計では来場者は過去最多でした。', 'post'],
    // a price revision with no complaint; a complaint taken up with a review
    ['燃料費の高騰により、4月から川下りの運賃を改定します。ご理解をお願いします。', 'post'],
    ['料金が高いとのご意見をいただいています。原材料費の高騰が続いており、料金の見直しを検討しています。', 'post'],
    // a price list, a question answered, an FAQ, a promise to survey respondents
    ['料金は市内外を問わず一律500円です。', 'post'],
    ['市外の人も同じ料金ですか？とのご質問をいただきました。利用料は市内外に関係なく一律です。', 'reply'],
    ['抽選は公正に実施しております。結果は後日メールでお知らせします。', 'post'],
    ['アンケートの回答を目的外に使用するようなことは一切ございません。', 'post'],
    // a question about the money answered, a donation told, two things compared
    ['売上はどうなるのですか？とのご質問ありがとうございます。市の利益は一切なく、全額を被災地に寄付します。', 'comment'],
    ['本日のバザーの売上は全額寄付し、市の利益はありません。', 'post'],
    ['「自治会」と「町内会」というのは違うかな、と思うかもしれませんが、ほぼ同じ意味です。', 'post'],
    // an apology for the staff's conduct, the thanks a greeting
    ['コメントありがとうございます。職員の対応が悪かったとのこと、誠に申し訳ございません。職員は手順どおりご案内したつもりでしたが、指導を徹底します。', 'reply'],
  ])('leaves %s clean', (text, mode) => {
    expect(warned(text, mode)).toEqual([])
  })
})

describe('rebuttal: blind R302K kind (misc20), a complaint\'s trouble put down to the complainant not having read or checked what the city provided', () => {
  const warned = (text: string, mode: CheckContext['mode'] = 'reply') => summary(findingsOf(rebuttal, text, { mode })).filter((s) => s.startsWith('rebuttal/') && !s.includes(':info:'))
  it.each<[string, CheckContext['mode']]>([
    ['@abc 駐車場の場所は事前にお知らせしておりました。分からなかったのは、お知らせをお読みいただけていなかったためかと思います。', 'reply'],
    ['@abc 受付時間はチラシに記載しております。間に合わなかったのは、チラシをご覧にならなかったことが原因でしょう。', 'reply'],
    ['会場が分かりにくいとのご意見をいただきましたが、迷われたのは掲示をご確認いただけなかったからだと存じます。', 'post'],
  ])('flags %s', (text, mode) => {
    expect(warned(text, mode).length).toBeGreaterThan(0)
  })
  it.each<[string, CheckContext['mode']]>([
    // a notice resent, a condition told, a complaint taken up, a fix promised, an apology for unclear signs
    ['@abc 通知をご確認いただけなかったため、改めてお送りします。', 'reply'],
    ['@abc メールをご確認いただけなかった場合は、窓口までお問い合わせください。', 'reply'],
    ['@abc ご指摘ありがとうございます。次回は案内表示を増やします。', 'reply'],
    ['当日は会場周辺に案内表示を設置します。', 'post'],
    ['@abc 表示が分かりにくく、ご確認いただけなかったのではないかと思います。申し訳ありませんでした。', 'reply'],
  ])('leaves %s clean', (text, mode) => {
    expect(warned(text, mode)).toEqual([])
  })
})

describe('rebuttal: blind R265G/R267X kinds (hostreb11), a critic told that reading to the end shows their misunderstanding, a resident called mistaken with a hedge, told to look at the earlier post properly', () => {
  const warned = (text: string, mode: CheckContext['mode'] = 'reply') => summary(findingsOf(rebuttal, text, { mode })).filter((s) => s.startsWith('rebuttal/') && !s.includes(':info:'))
  it.each<[string, CheckContext['mode']]>([
    // reading to the end said to show the critic's mistake (R265G-026 kind)
    ['@abc お知らせを最後までご覧いただければ、誤りであることがお分かりいただけるかと存じます。', 'reply'],
    ['@abc 全文をお読みいただければ、勘違いだとわかると思います。', 'reply'],
    // a resident called mistaken, hedged with と思います (R267X-049 kind)
    ['@abc そのお話、おそらく誤解されていると思います。', 'reply'],
    ['@abc たぶん勘違いされてると思いますよ〜', 'reply'],
    // the resident told to look at the earlier post properly (R267X-049 kind)
    ['@abc 日程は変わっていません。以前のお知らせをよく読んでくださいね。', 'reply'],
    ['@abc 前回の投稿をちゃんと見てほしいです。', 'reply'],
  ])('flags %s', (text, mode) => {
    expect(warned(text, mode).length).toBeGreaterThan(0)
  })
  it.each<[string, CheckContext['mode']]>([
    // a guide: read to the end to find how to apply; a plain pointer to an earlier post
    ['@abc 案内を最後までお読みいただければ、申込方法がお分かりいただけるかと存じます。', 'reply'],
    ['@abc 詳しくは前回の投稿をご覧ください。', 'reply'],
    // a form's instruction, the writer's own mistake
    ['前回の投稿をよく読んでから、申込書を書いてください。', 'post'],
    ['@abc 私の勘違いだったと思います。失礼しました。', 'reply'],
  ])('leaves %s clean', (text, mode) => {
    expect(warned(text, mode)).toEqual([])
  })
})

describe('rebuttal: blind R246S/R249C/R250G kinds (hostreb7), a critic told in honorific keigo that they are mistaken, the harm of a mistake played down, criticism judged nitpicking while in flames', () => {
  const warned = (text: string, mode: CheckContext['mode'] = 'reply') => summary(findingsOf(rebuttal, text, { mode })).filter((s) => s.startsWith('rebuttal/') && !s.includes(':info:'))
  it.each<[string, CheckContext['mode']]>([
    // the critic's view said wrong in honorific keigo (R246S-034 kind)
    ['@abc 市が情報を隠しているとのご主張は、ご認識が間違っていらっしゃいます。', 'reply'],
    ['補助金の額が減ったとのご意見ですが、ご認識が誤っておられます。', 'comment'],
    // the harm of the city's own mistake played down in answer to criticism (R249C-032 kind)
    ['日程の誤掲載についてご指摘をいただきました。なお、当日は会場で正しくご案内しましたので、実害はございません。', 'post'],
    ['申込書の記載誤りについて多くのご意見をいただきましたが、大きな不利益はなかったものと考えております。', 'post'],
    // criticism judged nitpicking or a false charge while the city's post draws fire (R250G-033 kind), and nothing wrong written
    ['先日の投稿へのご批判は、言いがかりに過ぎないと考えております。', 'post'],
    ['昨日の投稿が炎上していますが、あれは揚げ足取りだと思っています。', 'post'],
    ['先週の告知が炎上しておりますが、私たちは何も間違ったことは書いておりません。', 'post'],
  ])('flags %s', (text, mode) => {
    expect(warned(text, mode).length).toBeGreaterThan(0)
  })
  it.each<[string, CheckContext['mode']]>([
    // a form filled wrongly, a notice resent
    ['書類の記入が間違っておられる場合は、窓口で訂正できます。', 'reply'],
    ['お手元の通知書の金額が誤っておりますので、再送付いたします。', 'post'],
    // a storm's damage, an incident report's fact
    ['先日の台風による市内の被害はありませんでした。', 'post'],
    ['システム障害について、現時点で個人情報の流出などの被害は確認されておりません。', 'post'],
    // flaming as a topic of training, nitpicking named in a manners column
    ['SNSの炎上対策について職員研修を行いました。', 'post'],
    ['ネットでの揚げ足取りに振り回されないよう、情報の見極め方を学ぶ講座です。', 'post'],
  ])('leaves %s clean', (text, mode) => {
    expect(warned(text, mode)).toEqual([])
  })
})

describe('rebuttal: blind R238K/R241E kinds (hostreb5), a post differing from the facts with 相違, a charge of neglect called a mistaken belief, 根も葉もない of a rumour told as history', () => {
  const warned = (text: string, mode: CheckContext['mode'] = 'reply') => summary(findingsOf(rebuttal, text, { mode })).filter((s) => s.startsWith('rebuttal/') && !s.includes(':info:'))
  it.each<[string, CheckContext['mode']]>([
    // a critic's post said to differ from what happened, with 相違 (R238K-032 kind)
    ['ご投稿の内容について確認いたしましたが、事実とは相違がございます。', 'reply'],
    ['ご意見の内容について調査いたしましたが、実際とは相違しております。', 'reply'],
    ['「料金が高すぎる」とのご指摘をいただきましたが、実態とは大きく相違がございます。', 'post'],
    // a charge of neglect spread in a post, called a mistaken belief (R241E-009 kind)
    ['「市は避難所に何もしてくれない」という投稿が広がっていますが、それは単なる勘違いです。', 'post'],
    ['「職員が一度も来なかった」という書き込みが広がっていますが、それは完全な思い込みです。', 'post'],
    // 根も葉もない still a rebuttal when a charge against the city is answered or the spreaders scolded
    ['「市が手抜き工事をしている」という根も葉もない噂が広まっていますが、事実ではありません。', 'post'],
    ['過去の地震では根も葉もない噂が広まりましたが、悪質な投稿には法的措置も検討します。', 'post'],
  ])('flags %s', (text, mode) => {
    expect(warned(text, mode).length).toBeGreaterThan(0)
  })
  it.each<[string, CheckContext['mode']]>([
    // a photo's or a map's caution
    ['写真はイメージです。実際とは相違がある場合がございます。', 'post'],
    ['掲載している地図は略図のため、実際の道路とは縮尺に相違があります。', 'post'],
    // a belief set right in an awareness column, no critic answered
    ['「柳川の川下りは一年中寒い」というのは思い込みです。春と秋は心地よい風が吹きます。', 'post'],
    ['「障がいのある人はスポーツができない」というのは大きな誤解です。パラスポーツ体験会にぜひご参加ください。', 'post'],
    // a hoax told as history in an awareness post (R241E-002 kind)
    ['熊本地震の際には「動物園からライオンが逃げた」という根も葉もない噂が広まりました。災害時は公式情報をご確認ください。', 'post'],
    ['かつて「井戸に毒が入れられた」という根も葉もない流言が広まり、多くの人が傷つけられました。人権について考えましょう。', 'post'],
    // a hazard rumour set right with the state now
    ['「明日から給水所が閉鎖される」という話が広がっていますが、給水所は現在も開設しています。', 'post'],
  ])('passes %s', (text, mode) => {
    expect(warned(text, mode)).toEqual([])
  })
})

describe('rebuttal: blind R225R (hostreb2), a review answered back on the spot, its lie in half-width kana', () => {
  const warned = (text: string, mode: CheckContext['mode'] = 'reply') => summary(findingsOf(rebuttal, text, { mode })).filter((s) => s.startsWith('rebuttal/') && !s.includes(':info:'))
  it.each<string>([
    // the critic's review said plainly to differ from the facts
    '@taro_gourmet そのレビュー、実際とはまるで違いますよ！',
    '@kuchikomi_fan この口コミは実際とまったく異なります。',
    '@visit_q そちらの投稿、事実とぜんぜん違いますよ〜',
    // the review called a lie in half-width kana
    '@eat_ranking そのｸﾁｺﾐ、ｳｿですよ〜',
    '@k_review その口コミはデタラメです。',
  ])('flags %s', (text) => {
    expect(warned(text).length).toBeGreaterThan(0)
  })
  it.each<string>([
    // a photo or a map's caution, our own notice, thanks with a correction
    '@user 掲載の写真はイメージのため、実際とは異なります。',
    '@user その投稿の写真はイメージで、実際とは異なります。',
    '@user 地図の表示が実際とは違いますね。申し訳ありません、すぐに修正します。',
    '@user その話、実際とは違いますが、ご心配ありがとうございます。正しくは次のとおりです。',
    '@user クチコミで見た営業時間は実際と違うことがありますので、公式サイトでご確認ください。',
  ])('passes %s', (text) => {
    expect(warned(text)).toEqual([])
  })
})

describe('rebuttal (4(5), 6(2))', () => {
  it.each([
    ['その報道は事実無根です', '事実無根', '4(5)'],
    ['それはデマです', 'デマです', '4(5)'],
    ['お言葉ですが', 'お言葉ですが', '4(5)'],
  ])('flags %s', (text, excerpt, clause) => {
    const [f, ...rest] = findingsOf(rebuttal, text)
    expect(rest).toEqual([])
    expect(f).toMatchObject({ rule: 'rebuttal/argument', severity: 'warn', excerpt, clause })
  })
  it('cites the 炎上 clause in replies', () => {
    expect(findingsOf(rebuttal, '誤解です', { mode: 'reply' })[0]?.clause).toBe('6(2)')
  })
  it('says what to write instead', () => {
    const [f] = findingsOf(rebuttal, 'そのような事実はございません。')
    expect(f?.hint).toContain('ご心配をおかけしています')
    expect(f?.message).toContain('（ガイドライン4(5)')
  })

  const reply: CheckContext = { mode: 'reply' }
  /** Denials and counter-claims, polite forms included: [text, excerpt]. */
  const invalid: Array<[string, string]> = [
    // Round 40: a report denied with no subject; the critic told not to misunderstand; a post put down to its writer's mistake; regret in dialect
    ['一部報道で「待ち時間は県内最悪」とありましたが、事実ではありません。', '報道で「待ち時間は県内最悪」とありましたが、事実ではありません'],
    ['遅れは長雨によるものですので、誤解なさらないようお願いします。', '誤解なさらないようお願い'],
    ['「参加者ゼロ」と書かれている投稿を見かけましたが、実際は12組です。投稿された方の勘違いかと思います。', '投稿された方の勘違い'],
    // Round 38: critics reported, then "we only follow the rules" (any register)
    ['家賃の督促が厳しいと書いている人がいますが、市は条例どおりにやっているだけです。', 'と書いている人がいますが、市は条例どおりにやっているだけ'],
    ['窓口が不親切って言われても、規則に沿って対応しているだけです。', 'って言われても、規則に沿って対応しているだけ'],
    ['対応の遅かって言いよる人のおるばってん、決まりどおりにやっとるだけです。', 'って言いよる人のおるばってん、決まりどおりにやっとるだけ'],
    // Round 37: announced many times, said back; fault denied in keigo
    ['「急すぎる」とのご意見ですが、前から何度も周知していましたけどね。', '何度も周知していましたけど'],
    ['ご指摘の件、何回もお知らせしとったですよ。', '何回もお知らせしとったですよ'],
    ['休館日が分かりにくいとの苦情ですが、再三掲載してあったのに。', '再三掲載してあったのに'],
    ['ご指摘の「案内が分かりにくい」件ですが、当方の不備ではないと考えております。', '当方の不備ではない'],
    ['受付の対応が悪いとの苦情をいただきましたが、窓口の落ち度ではございません。', '窓口の落ち度ではございません'],
    ['「説明がなかった」とのご意見ですが、市の手落ちではなく、ご本人の確認不足です。', '市の手落ちではなく'],
    // a belief about the city itself is criticism
    ['「市は何もしていない」と言われますが、それは誤りです。', 'は誤りです'],
    // Told to check before posting, with criticism received
    ['ご批判をいただきましたが、事実を確認してからコメントしてください。', '確認してからコメントして'],
    ['市の批判をする前に、ちゃんと調べてから発言してください。', 'ちゃんと調べてから発言'],
    // Round 25: the press said not to know what it wrote about, after a report
    ['地元紙の社説で里帰り出産支援が「ばらまき」と書かれましたが、記者の方は制度の中身をご存じないようです。', '記者の方は制度の中身をご存じない'],
    ['番組で批判されましたが、制作側は現場を分かっていないと思います。', '制作側は現場を分かっていないと思'],
    // Round 24: the press's reporting said to be a little thin, as a question; a criticism met with a flat refusal and ご理解ください
    ['直売所の野菜が割高だという新聞記事が出ましたが、取材が少し不十分だったのではないでしょうか。', '新聞記事が出ましたが、取材が少し不十分だったのではないでしょうか'],
    ['図書館の休館期間が長すぎるとのご意見をいただいていますが、期間の短縮は考えておりません。ご理解ください。', '短縮は考えておりません。ご理解ください'],
    ['駐車場が狭いとの苦情をいただきましたが、拡張する予定はございませんので、ご理解願います。', '拡張する予定はございませんので、ご理解願います'],
    // the refused thing may be a remedy word itself (増設): only a remedy outside the phrase excuses it
    ['駐車場が狭いとの苦情をいただきましたが、増設する予定はございませんので、ご理解願います。', '増設する予定はございませんので、ご理解願います'],
    // Feelings said to differ in answer to a criticism (also とのご感想ですが)
    ['騒音のご指摘をいただきましたが、感じ方は人それぞれかと存じます。', '感じ方は人それぞれ'],
    ['展示が地味だとのご感想ですが、感じ方は人によって違うものです。', '感じ方は人によって違'],
    ['「市の対応が遅すぎる」というご意見には、市として同意できません。', '同意できません'],
    // Round 23: fault denied for the record, with any office named (申し添えます, お伝えいたします, 断言します).
    ['先日の新聞記事について、当センターの対応に不備はなかった旨、念のためお伝えいたします。', 'センターの対応に不備はなかった旨、念のためお伝えいたし'],
    ['ネットで批判されている件ですが、学校側に過失はなかったと断言します。', '側に過失はなかったと断言し'],
    ['一部報道にありました件ですが、本市に責任はないことをご理解ください。', '市に責任はないことをご理解ください'],
    ['一部週刊誌の記事について、市の担当部署に過失はなかったことをここに明記します。', '担当部署に過失はなかったことをここに明記し'],
    ['報道について、本市の職員に不手際はなかったということを申し添えておきます。', '市の職員に不手際はなかったということを申し添え'],
    ['テレビで報じられた件につきまして、保育課には一切落ち度はございませんことを改めて申し上げます。', '落ち度はございません'],
    // Round 22: the city declares it cannot agree with a criticism
    ['社説で「拙速」と批判されましたが、市としては全く同意できません。', '全く同意できません'],
    // Round 21: a report put down to the press's own failing (記者の確認不足, 番組側の下調べが足りなかった, 記者さんの勉強不足)
    ['昨日の夕刊で保育所の待機児童が増えたと報じられましたが、これは記者の確認不足によるものです。', '記者の確認不足による'],
    ['ローカル番組で「ごみ袋値上げ」と紹介された件は、番組側の下調べが足りなかったためと考えております。', '番組側の下調べが足りなかったため'],
    ['@user あの記事は、書いた記者さんの勉強不足が原因やと思います。', '記事は、書いた記者さんの勉強不足が原因'],
    ['週刊誌の記事は、執筆者の事実確認が甘かったことによるものと考えます。', '記事は、執筆者の事実確認が甘かったことによる'],
    ['確認不足の報道で市民に誤解を与えています。', '確認不足の報道'],
    ['昨日の番組は、裏付けが不十分なままの放送でした。', '裏付けが不十分なままの放送'],
    ['記者の方は現場を一度も見ずに書かれたのでしょう。', '記者の方は現場を一度も見ずに書か'],
    ['あの番組は、当事者の話を聞かずに作られたものと考えております。', '番組は、当事者の話を聞かずに作ら'],
    ['記者さんは現場ば見んで書いとるっちゃろ。', '記者さんは現場ば見んで書い'],
    // Round 20: the charge named and denied as a fact after a post spreads; the critic told to learn first; a misunderstanding spelt out
    ['ふるさと納税の返礼品が届かないという投稿が拡散されていますが、発送は予定どおりで、遅延の事実はございません。', '遅延の事実はございません'],
    ['職員が窓口で差別的な対応をしたという書き込みを見ましたが、そのような差別の事実は一切ありません。', 'ような差別の事実は一切ありません'],
    ['「祭りがつまらない」という書き込みを見ました。準備にどれだけ人手がかかるか知ったうえで言ってほしいです。', '知ったうえで言ってほしい'],
    ['「税金の無駄」という声も耳にしますが、事業の中身を理解した上でご意見をいただきたいものです。', '理解した上でご意見をいただきたい'],
    ['啓発費を「無駄遣い」とした記事がありましたが、それは ご・か・い です。', 'ご・か・い です'],
    // the same denials answering criticism stay rebuttals
    ['事故の対応が遅いとのご批判ですが、調査の結果、市に落ち度はありませんでした。', '落ち度はありません'],
    ['トイレが汚いとのご意見ですが、すでに毎日清掃しており、問題はありません。', 'ており、問題はありません'],
    // Round 19: a report or a criticism called one-sided, with a pronoun or a general noun as the subject.
    ['先日の特集番組で市の子育て支援が取り上げられましたが、あれは偏った見方だと言わざるを得ません。', '偏った見方だ'],
    ['〇〇新聞の記事は、市の説明を踏まえない一方的な論調です。', '一方的な論調です'],
    ['@user そのご批判は、表面的な捉え方にすぎません。', '表面的な捉え方にすぎ'],
    ['昨日の報道は、中立性に欠ける内容です。', '中立性に欠ける内容です'],
    // Round 19: the writer's doubt at a programme or an article, said in public.
    ['今朝の情報番組の構成には、大きな疑問を感じております。', '番組の構成には、大きな疑問を感じております'],
    ['週刊誌の記事の書き方には違和感を覚えざるを得ません。', '記事の書き方には違和感を覚えざるを得'],
    ['地元紙の報道姿勢に、強い不信感を抱いています。', '報道姿勢に、強い不信感を抱いています'],
    ['記事の書き方について、疑問を呈しておきます。', '記事の書き方について、疑問を呈しておきます'],
    ['報道のあり方に問題があると考えます。', '報道のあり方に問題があると考えます'],
    ['番組の構成に問題があるのではないかと考えております。', '番組の構成に問題があるのではないか'],
    ['先日の報道は、市の立場を無視した一方的なものでした。', '一方的なものでした'],
    ['ネットニュースの記事は、事実をねじ曲げた悪質なものです。', '事実をねじ曲げた悪質なものです'],
    ['@user その記事、実態を歪めて伝えています。', '実態を歪めて伝えています'],
    ['昨日の番組で市の子育て支援が取り上げられましたが、市の取り組みが正しく伝わっていないのは残念です。', '取り組みが正しく伝わっていないのは残念'],
    ['記事は市の説明を載せていません。市には事前の取材が一切ありませんでした。', '市には事前の取材が一切ありませんでした'],
    ['@user その記事ですが、当課への取材は一度もありませんでした。', '当課への取材は一度もありませんでした'],
    // Round 19 (kinds older rounds left): the critic said not to understand, fault denied as settled, the notice said given.
    ['「料金が高すぎる」という投稿がありますが、制度の仕組みを全く理解されていない方のご意見だと思います。', 'を全く理解されていない方のご意見'],
    ['@user そのコメント、内容をよく把握していない人の書き込みですね。', 'をよく把握していない人の書き込み'],
    ['苦情をいただきましたが、窓口の対応に何ら落ち度はなかったものと認識しております。', '落ち度はなかったものと認識'],
    ['報道の件、当市に非なし。', '当市に非なし'],
    ['職員の対応に落ち度はなかったものと、私どもは確信しております。', '職員の対応に落ち度はなかったものと、私どもは確信し'],
    ['「知らなかった」ってコメントもらったけど、締切はちゃんとお知らせしてましたよ！', 'ちゃんとお知らせしてましたよ'],
    ['@user 日程はしっかり告知していましたが。', 'しっかり告知していましたが'],
    // Round 19: a report said to be far from the facts.
    ['ニュースで「待ち時間3時間」と報じられましたが、実態とは大きくかけ離れています。', '実態とは大きくかけ離れています'],
    ['@user その口コミは、現状と全く異なる内容です。', '現状と全く異なる内容です'],
    ['先週の番組で待ち時間が長いと紹介されましたが、実態とはかけ離れています。', '実態とはかけ離れています'],
    // Round 19: a report said to mislead, or to show only a part.
    ['昨日の記事は、読者に誤った印象を与えかねない表現です。', '記事は、読者に誤った印象を与えかねない表現です'],
    ['テレビの報道は、誤解を招く内容だと考えております。', '報道は、誤解を招く内容だ'],
    ['新聞の見出しは、読者に誤解を与えかねないものです。', '新聞の見出しは、読者に誤解を与えかねないものです'],
    ['番組で紹介されたのは、市の取り組みの一部だけを取り上げたものにすぎません。', '取り組みの一部だけを取り上げたもの'],
    ['ご指摘は拝見しておりますが、駐車場の運営に問題があったとは認識しておりません。', 'ご指摘は拝見しておりますが、駐車場の運営に問題があったとは認識しておりません'],
    // criticism answered with "if you only read it, you would understand" (お分かりいただけるはず, ご納得いただけるものと)
    ['ごみ収集日の変更にご不満の声がありますが、広報紙を最後までお読みいただければ、理由はお分かりいただけるはずです。', 'ば、理由はお分かりいただけるはず'],
    ['駐輪場の有料化について批判をいただいていますが、資料をご覧いただければご納得いただけるものと存じます。', 'ばご納得いただけるものと'],
    // a denial broken over lines, in dialect; a meaning said to be misread; staff defended; the complaint explained away
    ['ご指摘の件ですが、\nそのような事実は\nございません。', 'そのような事実は\nございません'],
    ['「市の対応が遅い」との投稿が広がっていますが、そのような事実はございません。', 'そのような事実はございません'],
    ['そげなこつはなかです。市はちゃんと対応しとりますけん。', 'そげなこつはなか'],
    ['市長の発言が問題視されていますが、発言の趣旨が正しく伝わっていないだけです。', '趣旨が正しく伝わっていないだけ'],
    ['職員の対応が悪かったとのことですが、録音を確認したところ、職員は丁寧に対応しておりました。', '職員は丁寧に対応'],
    ['「待ち時間が長すぎる」とのご意見ですが、それは土日にお越しになったためかと思います。', 'とのご意見ですが、それは土日にお越しになったためかと思います'],
    ['事実と異なる投稿が拡散されています。市の説明が正しいので、そちらを信じてください。', '市の説明が正しい'],
    ['そんなことないですよ〜！ちゃんと1か月前から告知してましたもん！', 'そんなことないですよ〜！ちゃんと'],
    ['批判されている方は、現場を一度も見ていないのだと思います。', '批判されている方は、現場を一度も見ていないのだと思います'],
    ['ご意見の「説明不足」につきましては、市報５月号に掲載済みであり、当方の落ち度ではございません。', '当方の落ち度ではございません'],
    ['ご指摘の件ですが、告知は1か月前から行っており、周知不足という認識はございません。', 'という認識はございません'],
    ['混んでたってコメントもらったけど、平日に来れば全然空いてますよ〜😊 土日に来たのはそちらなので…', '来たのはそちらなので'],
    ['え、それ読み間違いじゃないですか？😅 ちゃんと投稿の3行目に書いてありますよ〜', '読み間違いじゃないですか'],
    ['それは違うばい！ぼくの着ぐるみは税金じゃなくて寄付で作ったっちゃ！ちゃんと調べてほしいっちゃね', '違うばい！ぼくの着ぐるみは税金じゃなくて寄付で作ったっちゃ！ちゃんと調べ'],
    ['渋滞の原因は、車で来られた方が多かったためです。市の運営に問題があったわけではありません。', '市の運営に問題があったわけではありません'],
    ['看板が古いとのことですが、予算の都合もありますので、すぐに替えろと言われても無理です。', 'と言われても無理'],
    ['イベントの内容がつまらなかったとのご感想ですが、感じ方は人それぞれかと存じます。', '感じ方は人それぞれ'],
    ['そげん言われても、市はちゃんと前から告知しとったとですよ。', '言われても、市はちゃんと前から告知'],
    ['それは違うモン！ぼくたちはちゃんと説明したモン！ぷんぷん！', '違うモン！ぼくたちはちゃんと説明'],
    ['デ・マを広めるのはやめてください。市長が公用車を私用で使ったことは一度もありません。', 'デ・マを広めるのはやめ'],
    ['ご批判されている方は、一度現場を見てから言っていただきたいです。', 'ご批判されている方は、一度現場を見てから言'],
    // out of context, the real meaning was different
    ['市長の発言が問題視されていますが、切り取られたもので、真意はまったく違います。', '切り取られたもので'],
    ['報道された映像は発言の一部が切り取られたものです。', '発言の一部が切り取られたもの'],
    ['@k そのような事実はございません。', 'そのような事実はございません'],
    ['市が監視しているという事実は一切ありません。', 'という事実は一切ありません'],
    ['当市ではそのような事実を一切確認しておらず、報道は極めて遺憾です。', 'そのような事実を一切確認しておらず'],
    ['このご投稿の内容は事実と異なります。', '事実と異なります'],
    ['手抜きという表現は事実に反します。', '事実に反します'],
    ['ご指摘の内容は事実ではありません。', 'は事実ではありません'],
    ['海苔の色落ちが市の排水のせいだというのは誤りです。', 'は誤りです'],
    ['「観光予算を流用か」との記事は誤りであり、市として同社に厳重に抗議します。', 'は誤りであり'],
    ['ＤＥＭＡです。そんな話はありません。', 'ＤＥＭＡです'],
    ['その情報はﾃﾞﾏです。', 'ﾃﾞﾏです'],
    ['事 実 無 根 で す 。', '事 実 無 根'],
    ['根も葉もない噂です', '根も葉もない'],
    ['ご批判は誤解に基づくものと考えております。', '誤解に基づく'],
    ['勘違いされているようですが、すべて国産です。', '勘違いされているよう'],
    ['加工だと決めつけるのはやめてください。', '決めつけるのはやめ'],
    ['科学的根拠のない主張はお控えください。', '根拠のない主張はお控え'],
    ['「癒着」という表現は撤回してください。', '表現は撤回'],
    ['放送局に訂正を求めています。', '訂正を求め'],
    ['同誌の取材手法にも問題があったと考えております。', '取材手法にも問題'],
    ['表現の一部だけを切り取ったご批判はご遠慮ください。', '一部だけを切り取'],
    ['ご指摘は当たりません。', 'ご指摘は当たりません'],
    ['ご指摘はあたりません', 'ご指摘はあたりません'],
    ['ご批判は当たらないと考えます。', 'ご批判は当たら'],
    ['当方に落ち度はございません。', '落ち度はございません'],
    ['当課としては投稿内容に問題はなかったと考えております。', '問題はなかったと考え'],
    ['当日の市の対応は適切でした。', '対応は適切でした'],
    ['委託先の選定は適正に行われています。', '選定は適正に行われ'],
    ['ご批判を受けていますが、適切に対応しておりますので問題ありません。', '適切に対応しております'],
    ['期間延長については事前に十分告知しております。', '十分告知しております'],
    ['当課の投稿はすべて決裁を経ており、内容に誤りはありません。', '内容に誤りはありません'],
    ['「うなぎが高すぎる」とのことですが、相場を踏まえれば決して高い価格ではないと考えております。', 'とのことですが'],
    ['「ライトアップがしょぼい」とのコメントですが、今年は照明を2倍に増やしています。実際にご覧いただければ分かるはずです。', 'とのコメントですが'],
    ['ご指摘の内容はすべて事実誤認ですので、一つひとつ反論させていただきます。', '事実誤認'],
    ['制作意図はそのようなものではなく、誤解に基づくご批判だと考えております。', 'はそのようなものではなく'],
    ['差別的な意図は一切ございません。', '差別的な意図は一切ございません'],
    // round 15 kinds, new wording: the city says it did enough (keigo, である調, 筑後弁)
    ['周知不足とのご批判がありますが、周知は十分に行ったと考えております。', '十分に行ったと考え'],
    ['審査は適正に進めてきたものと考えております。', '適正に進めてきたものと考え'],
    ['入札の経緯が記事で取り上げられましたが、審査は公正に実施したものと認識している。', '公正に実施したものと認識し'],
    ['説明会でちゃんと説明したつもりやけど、伝わらんかったとかいな。', 'ちゃんと説明したつもりやけど'],
    // a complaint called only natural given the complainant's own doing
    ['予約が取れなかったとのことですが、締切を過ぎてから申し込まれたら受け付けできないのは当たり前です。', 'たら受け付けできないのは当たり前です'],
    ['遅く来られたら売り切れるのも当たり前やろ。', 'たら売り切れるのも当たり前やろ'],
    ['ゴミ収集が遅いという苦情がありますが、決められた時間より後に出されては回収できないのは当然である。', 'ては回収できないのは当然である'],
    // accuracy demanded of the press in public
    ['マスコミ各社には公正な報道をお願いしたい。', 'マスコミ各社には公正な報道をお願いしたい'],
    ['一部報道を受け、報道機関には正確な報道を心がけていただきたいと考えております。', '報道機関には正確な報道を心がけていただきたい'],
    ['テレビ局には、放送前の事実確認を強く要請いたします。', 'テレビ局には、放送前の事実確認を強く要請いたし'],
    // a reported figure explained away
    ['ネットの記事で人口減少率が県内最悪と書かれていましたが、統計の対象が違うだけです。', '統計の対象が違うだけ'],
    ['新聞の記事で待機児童が増えたと報じられましたが、集計時期が異なるにすぎず、実際には何ら問題ございません。', '集計時期が異なるにすぎ'],
    ['「水道料金が県内一高い」との書き込みがありますが、比較の前提が違うだけで、実際の料金水準に問題はありません。', '実際の料金水準に問題はありません'],
    // the critic named and said to be mistaken, in the present; told to read before writing
    ['投稿者さんは料金を誤解しておられますね。入場は無料です。', '投稿者さんは料金を誤解しておられますね'],
    ['何か勘違いされていませんか？申込期限は来月末です。', '何か勘違いされていませんか'],
    ['この人、場所を勘違いしとるばい。会場は市民体育館たい。', 'この人、場所を勘違いしとるばい'],
    ['投稿主の方が日程を勘違いなさっているのだと思います。', '投稿主の方が日程を勘違いなさっているのだと'],
    ['お知らせをよく読んでから書き込んでいただきたいです。', 'よく読んでから書き込'],
  ]
  it.each(invalid)('flags %s', (text, excerpt) => {
    const found = findingsOf(rebuttal, text, reply)
    expect(found.map((f) => `${f.severity}:${f.excerpt}`)).toContain(`warn:${excerpt}`)
  })

  const valid: Array<[string, CheckContext?]> = [
    ['誤解のないよう、改めてご説明します。'],
    ['誤解されやすいのですが、申請は不要です。'],
    // Round 38 hard negatives: the rules explained, with no critic answered
    ['減免の手続きは、条例に基づいて行っています。'],
    ['「申請の期限はいつまでですか」と言われる方が多いため、期限を大きく表示しました。'],
    ['法律どおりの手続きだけで、費用はかかりません。'],
    // Round 37 hard negatives
    ['これまで何度もお知らせしてきましたが、改めてご案内します。'],
    ['何度もご案内していますとおり、申込みは3月末までです。'],
    ['申請書に不備がない場合は、2週間程度で交付します。'],
    ['書類の不備ではなく、システムの障害が原因でした。ご迷惑をおかけし申し訳ありません。'],
    ['点検の結果、設備の不備ではないことが確認されました。'],
    ['繰り返しお知らせしていた通り、明日から工事が始まります。'],
    // a report said to be undecided as yet (決定した事実はありません) corrects a status, it answers no critic
    ['市議会議員の定数を削減するという報道がありましたが、現時点で市議会として決定した事実はありません。審議の状況は議会事務局からお知らせします。'],
    // a popular belief set right (…と言われますが、それは誤りです): no critic answered
    ['「ビタミンCで風邪が治る」と言われますが、それは誤りです。'],
    ['「ビタミンCで風邪が治る」と書かれていることがありますが、それは誤りです。'],
    // Advice to check one's own post before posting it (literacy, a contest): no critic is answered
    ['SNSに写真を載せるときは、写り込んだ人の顔を確認してから投稿しましょう。'],
    ['コンテストの作品を確認してからご投稿ください。'],
    ['応募の前に規約をよく読んでから、作品をご投稿ください。'],
    ['記者の方はまだご存じない方も多いので、制度の資料をお渡ししました。'],
    // Round 24 hard negatives: the city's own thin check apologised for; a refusal with a remedy; a refusal with no criticism answered
    ['取材が少し不十分だったため、記事の一部を訂正しました。お詫びします。'],
    ['休館期間が長いとのご意見をいただきました。短縮は難しいのですが、臨時の貸出窓口を設けます。ご理解ください。'],
    ['開館時間の延長は考えておりません。ご理解ください。'],
    ['駐車場が狭いとの苦情をいただきましたが、増設する予定はございません。代わりに臨時駐車場を設置します。ご理解ください。'],
    // An etiquette post that says feelings differ to ask for care; the city standing by a group against a prejudice quoted
    ['音の感じ方は人それぞれです。「うるさい」と感じるかどうかは、時間帯や体調によっても変わります。ご近所への配慮をお願いします。'],
    ['においの感じ方は人によって異なります。野焼きの際はご近所に一声おかけください。'],
    ['コメントありがとうございます。「生活保護の人は怠けている」というご意見には、市として同意できません。さまざまな事情を抱えた方が利用されています。', { mode: 'reply' }],
    ['「外国人が増えると治安が悪くなる」との声には同意できません。データでもそうした傾向は確認されていません。'],
    ['ご指摘ありがとうございます。「外国人が増えて不安」とのご意見ですが、市内の犯罪件数は外国人住民の増加とは関係なく減少しています。'],
    // Round 23 hard negatives: an inspection's finding, a drill reported, no criticism answered.
    ['システム更新後、窓口の処理にミスはないことを確認しました。'],
    ['点検の結果、各施設の設備に不備はなかったことをご報告します。'],
    ['申請書類に不備がない場合は、2週間ほどで交付します。'],
    ['ご意見ありがとうございます。申請書類に誤りがないことをご確認ください。'],
    ['記事でも紹介された制度について、対象者に所得制限はないことをお知らせします。'],
    ['ご意見に同意できない点もありますが、今後の参考にさせていただきます。'],
    ['規約に同意できない場合は、お申し込みいただけません。'],
    // Round 21 hard negatives: the city's own failing owned, the press met, a programme's topic
    ['市報の記事の誤りは、担当課の確認不足によるものでした。'],
    ['記事の誤りは当方の確認不足によるものです。大変申し訳ございませんでした。'],
    ['記者の方の取材を受け、市長が事業について説明しました。'],
    ['新聞記事で紹介された取り組みについて、職員の知識不足を補う研修を行います。'],
    ['番組の中で、運動不足による生活習慣病の予防法が紹介されます。'],
    ['参加者が少なかったのは、チラシの配布が足りなかったためと考えております。'],
    ['確認不足の記事を掲載してしまい、申し訳ありません。'],
    ['取材の際は、事前に広報課へご連絡ください。'],
    ['記事は、担当課で確認せずに掲載することはできません。'],
    ['番組は、会場に足を運ばずに自宅で楽しめます。'],
    ['記者の方が現場を見ずに書けるよう、写真資料を提供しました。'],
    // a fact confirmed, an instruction to read first, a request for opinions
    ['被害の事実を確認しました。詳しい状況は調査中です。'],
    ['内容をよく理解したうえでお申し込みください。'],
    ['規約を読んだ上でご意見をお寄せください。'],
    // a remedy done in answer to a complaint (すでに…清掃を行いました), an inspection's finding told as such
    ['公園のトイレが汚いとのご意見をいただきましたが、すでに清掃業者に依頼し、本日清掃を行いました。'],
    ['遊具が壊れているとのご指摘をいただきましたが、既に撤去いたしました。新しい遊具は来月設置します。'],
    ['点検の結果、管理体制に不備はありませんでした。引き続き安全管理に努めます。'],
    ['水質検査では、基準値を超える項目はなく、過失もありませんでした。'],
    // Round 19 hard negatives: advice against one-sided views, a diet; questions about an article welcomed, media literacy;
    // a survey or a hazard map that differs; the city's own misleading wording corrected, a training; a part of an article or
    // a document, a part of a district.
    ['一方的な見方にとらわれず、いろいろな立場の意見を聞いてみましょう。'],
    ['SNSでは一方的な意見が拡散しやすいので注意が必要です。'],
    ['偏った食事は体調不良の原因になります。バランスのよい食事を心がけましょう。'],
    ['記事の内容に疑問がある方は、広報課までお問い合わせください。'],
    ['報道に疑問を感じたら、まず公式の情報を確かめましょう。'],
    ['テレビについて違和感を覚えた経験はありませんか？メディアリテラシー講座のご案内です。'],
    ['空き家の実態は、統計上の数字とかけ離れている場合があります。'],
    ['アンケートの結果は、私たちの予想とは大きく異なるものでした。'],
    ['ハザードマップの想定と実際の浸水範囲が異なる場合があります。'],
    ['先日の投稿に誤解を招く表現がありました。お詫びして訂正します。'],
    ['誤解を招く表現に注意しましょう。職員向けSNS研修を開催しました。'],
    ['新聞記事で、市の子育て支援の取り組みの一部が紹介されました。'],
    ['番組の内容に問題があるのではないかとのご意見をいただきました。'],
    ['記事の内容に問題があると感じた方は、広報課へご連絡ください。'],
    ['報道の在り方について考える講座を開きます。'],
    ['事実をねじ曲げた噂に惑わされないよう、公式情報をご確認ください。'],
    ['写真の色味を加工で歪めた画像が出回っています。'],
    ['制度の内容が十分に伝わっていないことを反省し、周知に努めます。'],
    ['記事でご紹介した制度について、市には問い合わせが一切ありませんでした。'],
    ['地域の皆さんの思いが伝わってこない計画では困ります、というご意見を受け、計画を見直しました。'],
    ['【広報研修】「これは一方的な見方です」「番組の構成には疑問を感じます」といった反論は、SNSでは行いません。'],
    ['制度の内容を十分に理解されていない方のために、説明会を開きます。'],
    ['調査の結果、児童に落ち度はなかったことが分かりました。'],
    ['ちゃんとお知らせしていましたが、届いていなかったようでごめんなさい。'],
    ['「分かりにくい」との声をいただきました。今年はしっかり告知しました！ぜひお越しください。'],
    ['この資料は事業の一部を抜粋したものです。'],
    ['本日の新聞で市の海苔養殖が紹介されましたが、実際の作業は冬が本番です。'],
    // agreeing with the reader that it is hard (…と言われても難しいですよね), not refusing a demand
    ['説明書をよく読んで、と言われても難しいですよね。窓口で職員がお手伝いします。'],
    ['詳しくは市ホームページをご覧いただければ、申込方法がお分かりいただけます。'],
    ['こちらの地図をご覧いただければ、会場の場所がよくお分かりいただけると思います。'],
    ['点線に沿って切り取って使える塗り絵です。'],
    ['窓口では職員が丁寧に対応いたします。お気軽にお越しください。'],
    ['そんなことないですよ、いつでもお気軽にお越しください。'],
    ['違う日程をご希望の方は、ちゃんとご案内しますのでご連絡ください。'],
    // a hoax about a hazard corrected with the official word
    ['「矢部川の堤防が決壊した」との投稿が広がっていますが、現時点で市はそのような事実を確認していません。最新の情報は市ホームページと防災行政無線でお知らせします。'],
    ['「待ち時間が長い」とのご意見をいただきました。改善に努めます。'],
    ['真意が伝わっておらず、申し訳ありません。'],
    ['事実と異なる情報が拡散されています。市の公式発表をご確認ください。'],
    ['■日時\n令和7年10月1日\n■場所\n問題なし'],
    ['真意が伝わらず、ご不快な思いをおかけし申し訳ありません。'],
    ['クーポンを切り取ってお持ちください。'],
    ['誤りがありましたので訂正します'],
    ['ご意見ありがとうございます'],
    ['デマに注意してください'],
    ['地震に関するデマ情報にご注意ください'],
    // a call to everyone in an awareness post, not a critic told off
    ['災害時にはデマが広がりやすくなります。デマを流すのはやめましょう。市の公式情報をご確認ください。'],
    ['災害時には、SNS上で不確かな情報やデマが拡散されることがあります。公式の情報をご確認ください。'],
    ['【お詫びと訂正】先ほどの投稿で開始日を誤って記載しました。正しくは2月11日です。お詫びして訂正します。'],
    ['広報やながわ11月号の記載に誤りがありました。お詫びして訂正いたします。'],
    ['先ほどの投稿の日付は誤りです。正しくは11月3日です。大変申し訳ございません。'],
    ['ご指摘ありがとうございます。写真の撮影場所に誤りがありました。本文を訂正いたしました。'],
    ['@k ご意見ありがとうございます。ご指摘の件は担当課で事実関係を確認しております。', { mode: 'reply' }],
    ['@k ご不便をおかけし申し訳ございません。ご指摘の件は担当課にお伝えし、確認いたします。', { mode: 'reply' }],
    ['@k 白秋祭へのご意見ありがとうございます。実行委員会と共有し、来年度の参考にさせていただきます。', { mode: 'reply' }],
    ['一部報道で取り上げられた補助金について、市の説明を市ホームページに掲載しました。'],
    ['台風の接近に伴い「市内全域に避難指示が出た」という情報が出回っていますが、現時点で市が発令しているのは沿岸部への高齢者等避難です。'],
    ['@k 小雨の場合は運航しますので問題ありません。', { mode: 'reply' }],
    ['@k 現在、水道水の安全性に問題はありません。', { mode: 'reply' }],
    ['事実と異なる情報にご注意ください。'],
    ['昨日の投稿について多くのご意見をいただきました。表現に配慮が欠けていた点があり、深くお詫び申し上げます。'],
    ['職員の不祥事は誠に遺憾であり、深くお詫び申し上げます。'],
    ['あなたは決して一人ではありません。悩みを相談してください。'],
    ['決して無理をせず、早めに避難してください。'],
    ['スタンプラリーについてお問い合わせを多数いただいており、現在内容を確認しております。'],
    ['本日の有明日報朝刊に、市内の海苔養殖の取り組みが紹介されました。'],
    ['誤解を招く表現があり、申し訳ありませんでした。'],
    ['コメント欄での誹謗中傷や不適切な書き込みはお控えください。'],
    ['申込書をよく読んでから記入してください。'],
    ['「事実無根です」と反論するより、丁寧に説明することが大切です。'],
    ['「女のくせに」「男なんだから」といった決めつけをやめましょう。'],
  ]
  it.each(valid)('passes %s', (text, ctx) => expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([]))
  // More sentences of each kind, as staff write them (replies start with @user).
  const more: string[] = [
    "@user その情報は誤りです。市はそのような決定をしておりません。",
    "@user ご指摘のような事実は確認されておりません。",
    "@user それは誤解です。料金は据え置きです。",
    "@user 事実無根の書き込みはやめてください。",
    "@user 市の説明をきちんと読んでいただければ、誤解だと分かるはずです。",
    "@user お言葉を返すようですが、予算は適正に執行されています。",
    "@user その批判は筋違いです。",
    "@user 市に責任はございません。",
    "@user 当市の対応に問題はございませんでした。",
    "@user 私どもに非はないと考えております。",
    "@user そのようなことは一切ございません。",
    "@user 市が隠蔽しているというのはデマです",
    "@user 根拠のない批判はおやめください。",
    "@user 誤った情報を拡散しないでください。",
    "@user ご批判には当たらないと考えます。",
    "@user 市としては最善を尽くしており、非難される理由はありません。",
    "@user 手続きに瑕疵はありません。",
    "@user そもそも、その数字は間違っています。",
    "@user ご投稿の内容は正確ではありません。",
    "@user 報道された内容は事実と大きく異なります。",
    "【市長コメント】一部報道について、報道内容は事実に基づかないものであり、断じて容認できません。",
    "週刊誌の記事は悪意のある切り取りです。強く抗議します。",
    "昨日の新聞報道は誤報です。",
    "SNSで「うなぎの産地偽装」との投稿が拡散されていますが、全くのデタラメです。",
    "一部で「市職員が手抜き工事を黙認」などと言われていますが、そのような事実は一切ございません。",
    "「職員の対応が悪い」とのお声をいただきましたが、職員はマニュアル通りに対応しております。",
    "ご批判をいただいておりますが、当課の判断は間違っていなかったと考えております。",
    "一部の方から「税金の無駄遣い」とのご意見がありますが、本事業は国の補助金を活用しており、市の負担はわずかです。",
    "「イベントが中止になったのは市のせい」という声がありますが、中止は主催者の判断であり、市に責任はありません。",
    "@user 決して手を抜いたわけではございません。",
    "@user 誤解を招いたとすれば残念です。",
    "@user 誹謗中傷にあたりますので削除してください。",
    "@user 事 実 と 異 な り ま す",
    "@user デ　マ　で　す",
    "@user ﾃﾞﾀﾗﾒです",
    "報道は事実を歪曲したものです",
    "悪質な印象操作です",
    "@user 法的に問題はありません",
    "ご批判は誤った認識に基づくものです",
    "【市の見解】一部SNSで「ふるさと納税の返礼品が産地偽装」との書き込みがありますが、これは明確に誤りです。",
    "昨日から拡散している「市長が辞任」という情報はまったくのデタラメです。",
    "週刊誌の報道を受けて、当市としては報道内容に強い憤りを感じております。",
    "一部報道にあるような不正は一切ありません。",
    "報道機関に対し、記事の削除を求めています。",
    "新聞社に対し、法的措置も含めて対応を検討しています。",
    "テレビ局の取材姿勢には問題があったと言わざるを得ません。",
    "ネットでの批判は誤解によるものです。",
    "ご批判の多くは誤解に基づくものであり、市の対応に問題はありませんでした。",
    "「市の対応が遅い」とのご批判がありますが、当市は国の指針に沿って適切に対応しております。",
    "PR動画への批判が相次いでいますが、制作側としては問題ない表現だと判断しています。",
    "批判されている方は、事実関係をよく確認してからご発言ください。",
    "このような批判は的はずれだと言わざるを得ません。",
    "ご批判は甘んじて受けますが、市の判断は正しかったと確信しています。",
    "何を言われても、当市は方針を変えるつもりはありません。",
    "私たちは間違ったことはしていません。",
    "市は悪くありません。",
    "@user お言葉ですが、それは違います。",
    "@user それは違います。料金は据え置きです。",
    "@user 違います。市は関与しておりません。",
    "@user いいえ、そのようなことはありません。",
    "@user ご指摘の点については、すでに説明済みです。",
    "@user 市のホームページに全て書いてありますので、そちらをご覧ください。誤解されているようです。",
    "@user ご意見は承りましたが、市としての考えは変わりません。",
    "@user 見解の相違ですね。",
    "@user 一方的な決めつけはやめてください。",
    "@user 市に文句を言うのは筋違いです。事業者にお問い合わせください。",
    "@user デマを流すのはやめてください",
    "@user 誤解されているようですが、料金は据え置きです。",
    // Held-out kinds, new wording: the critic's claim called baseless or wrong, asking the critic for proof, the city's
    // own conduct declared right, the criticism declared unfair, telling the critic to read first.
    "そちらのご主張には根拠がありません。",
    "ご指摘の点は正しくありません。",
    "投稿者の方がおっしゃっている内容は事実ではありません。",
    "その批判はまったく的を射ていません。",
    "あなたの言い分は筋が通りません",
    "ご意見には何ら裏付けがございません。",
    "記事の内容は明らかに誤っております。",
    "ご懸念は当たっていません。",
    "書き込みの内容は事実に基づいていません。",
    "ご 主 張 に は 根 拠 が あ り ま せ ん",
    "@critic 何を根拠にそうおっしゃるのでしょうか。",
    "@critic 証拠を示してください。",
    "@critic ソースはあるんですか？",
    "ご質問の前提が間違っています。",
    "ご指摘のような事実は確認されておりません。",
    "当市としては当然の判断です。",
    "@user よく確認してからコメントしてください。",
    "@user ちゃんと調べてから書き込んでください。",
    "批判は筋違いです。",
    "市の説明を読んでいただければわかることです。",
    "その方の主張は一方的です。",
    "市は何も間違っていません。",
    "このような批判は不当です。",
    "@user 市の対応に問題はありませんでした。",
    "一部で誤った情報が広まっていますが、市の対応は正しかったです。",
    "報道には悪意を感じます。",
    "おっしゃることも分かりますが、実際には予算内で適切に執行しています。",
    "ご批判はもっともですが、市の判断は間違っていなかったと考えています。",
    "一部報道にあるような談合の事実はございません。",
    "「税金の無駄遣い」とのご意見ですが、事業費は国の補助で賄われており、市の負担はわずかです。",
    "@user それはあなたの思い込みです。",
    "@user 勝手な憶測で書き込むのはやめてください。",
    "@user 事実を確認せずに批判するのはいかがなものでしょうか。",
    "@user 市に落ち度があったかのような書き方はやめていただきたい。",
    "@user あなたの認識は誤っています。",
    "週刊誌の記事は事実無根であり、法的措置も検討しています。",
    // … not to be blamed, the press one-sided, the critic brushed off, a denial of a named wrong.
    "今回の件で市が責められる理由はどこにもありません。",
    "市職員の対応は規則どおりであり、何ら非難されるものではありません。",
    "テレビ局の報道は市の説明を無視したものであり、大変残念です。",
    "市の手続きに瑕疵はありませんでした。",
    "ネットで言われているような不正は一切行っておりません。",
    "@user 市としては誠実に対応しており、そのようなご批判は心外です。",
    "@user そんなことは市のホームページに書いてあります。",
    "@user 何度も説明していますが、料金は変わりません。",
    "市の説明に納得できないのであれば、それは仕方のないことです。",
    "ご 指 摘 は 当 た り ま せ ん 。",
]
  it.each(more)('flags %s', (text) => {
    const found = findingsOf(rebuttal, text, text.startsWith('@') ? { mode: 'reply' } : {})
    expect(found.some((f) => f.severity !== 'info')).toBe(true)
  })

  // Round 9 kinds, each in several registers (standard, keigo, 筑後弁, casual): [kind, text, mode].
  type Mode = 'post' | 'reply' | 'comment'
  const round9: Array<[string, string, Mode]> = [
    ['read it and see', '募集要項をよくお読みになれば、対象年齢は明記してございます。', 'reply'],
    ['read it and see', 'ホームページの案内をちゃんと見てもろたら、駐車場のことも載せとりますけん。', 'reply'],
    ['read it and see', 'もう一度お知らせを読んでいただければ、締切日は書いてあります。', 'comment'],
    ['read it and see', '投稿ちゃんと読めばわかると思うんだけど😅', 'reply'],
    ['read it and see', '以前の投稿をご覧いただければ、休館日もきちんと記載しております。', 'reply'],
    ['read it and see', '「説明がない」とのご意見ですが、前回のお知らせをお読みいただければ、日程はちゃんと掲載しております。', 'post'],
    ['brushed off', 'いまさらそげん言われても、もう工事は始まっとるけん変えられんとです。', 'reply'],
    ['brushed off', '何年も前に決まった計画を今になって反対されても、正直どうしようもありません。', 'post'],
    ['brushed off', 'なんでもかんでも市のせいにせんでください。', 'reply'],
    ['brushed off', '今頃言われても困るんですけど💦', 'comment'],
    ['brushed off', '終わった話を蒸し返すのはご遠慮ください。', 'reply'],
    ['brushed off', '道路の陥没は市のせいではありません。', 'reply'],
    ['brushed off', 'いまさら文句言われてもね〜😇', 'comment'],
    ['brushed off', 'ご不満なのは承知していますが、何度もご説明したとおりです。', 'comment'],
    ['fault denied', '担当課の手続きに問題があったとは考えていません。', 'reply'],
    ['fault denied', '市の側にミスがあったとは思うとらんです。', 'reply'],
    ['fault denied', '本件について市に責任があるとは言えません。', 'post'],
    ['fault denied', '職員の説明に誤りがあったとは認識しておりません。', 'reply'],
    ['fault denied', 'うちらに落ち度があったとは思えないんですよね〜', 'comment'],
    ['blame shifted', '締切を過ぎたのは、そちらの確認不足ではないでしょうか。', 'reply'],
    ['blame shifted', 'あなたの勘違いやなかですか？', 'reply'],
    ['blame shifted', '申請が遅れましたのは、申請者様のご都合によるものと存じます。', 'reply'],
    ['blame shifted', '転倒されたのはお客様の不注意によるものです。', 'reply'],
    ['blame shifted', 'ご自身のうっかりで起こしたことを、こちらに言われましても。', 'comment'],
    ['spreaders scolded', '根も葉もない噂をSNSで広めた人たちには、猛省していただきたい。', 'post'],
    ['spreaders scolded', 'デマば流しよった人は、ちっとは恥ずかしかと思わんとですか。', 'post'],
    ['spreaders scolded', '拡散してる人たち、ちょっとは反省してほしい🙄', 'comment'],
    ['spreaders scolded', '誤った投稿を安易にリポストされた方は、ご自身の行動をよく考えていただきたいと思います。', 'post'],
    ['spreaders scolded', '「市長が入院」という情報は誤りです。正しくは公務で出張中です。面白半分に書き込んだ人がいるようです。', 'post'],
    ['evidence demanded', 'そのお話、一体どこからお聞きになったのでしょうか？', 'reply'],
    ['evidence demanded', 'そげな話、誰から聞いたと？', 'reply'],
    ['evidence demanded', 'それどこ情報？笑', 'comment'],
    ['evidence demanded', 'ソースはどこですか？', 'reply'],
    ['evidence demanded', 'その金額は何を見て言っとらすとですか？', 'reply'],
    ['evidence demanded', 'いい加減な情報で市民を惑わすのはおやめください。', 'reply'],
    ['contradicted', 'お言葉を返すようですけど、その工事は県の管轄なんですよ。', 'reply'],
    ['contradicted', '反論するようで申し訳ないのですが、その件は議会で承認済みです。', 'comment'],
    ['contradicted', '口答えするごたるですが、そりゃ市の仕事じゃなかです。', 'reply'],
    ['contradicted', '市が苦情を無視しているわけではありません。', 'reply'],
    ['contradicted', '市が手ば抜いとるわけじゃなかです。', 'reply'],
    ['contradicted', '別にサボってるわけじゃないんですよ〜💦', 'comment'],
    ['apology refused', '市としては謝罪の必要はないものと考えております。', 'reply'],
    ['apology refused', 'こっちが謝る筋合いはなかですよ。', 'reply'],
    ['apology refused', '今回の件でお詫びはいたしかねます。', 'reply'],
    ['apology refused', '謝る理由とかないんで🙄', 'comment'],
    ['apology refused', '謝罪には応じられません。', 'reply'],
    ['apology refused', '謝罪するつもりは毛頭ございません。', 'reply'],
    ['apology refused', '市としてお詫びすべき点は特にございません。', 'reply'],
    ['fault denied', '市に非があったとは到底思えません。', 'reply'],
    ['fault denied', '当課の対応に落ち度はなかったものと認識しております。', 'post'],
    ['brushed off', '何度同じことを言われても、答えは変わりません。', 'reply'],
    ['blame shifted', '確認しなかったそっちが悪いっしょ', 'reply'],
    ['evidence demanded', 'その話の出どころはどこですか？', 'reply'],
    ['contradicted', '失礼を承知で申し上げますが、その認識は古いです。', 'reply'],
    ['contradicted', '市が住民の声をないがしろにしているなどということは決してありません。', 'post'],
  ]
  it.each(round9)('round 9, %s: flags %s', (_kind, text, mode) => {
    const found = findingsOf(rebuttal, text, { mode })
    expect(found.map((f) => f.severity)).toContain('warn')
  })

  // The same kinds' ordinary look-alikes: a guide to the page, a correction with the right fact, safety and disaster advice,
  // thanks to those who shared, victims told they need not apologise.
  const round9Clean: Array<[string, string, Mode]> = [
    ['read it and see', '最後までお読みいただき、ありがとうございました。', 'post'],
    ['read it and see', '詳しくは市ホームページをご覧いただければ、申込方法が掲載されています。', 'post'],
    ['read it and see', '動画を最後までご覧いただければ、川下りの魅力がきっと伝わるはずです。', 'post'],
    ['read it and see', '新しいパンフレットには、バリアフリー情報もきちんと掲載しております。', 'post'],
    ['read it and see', '@user ご確認ありがとうございます。ちゃんと載せておりますので、ご安心ください。', 'reply'],
    ['read it and see', '@user 市ホームページをご覧いただければ、最新の時刻表が掲載されています。', 'reply'],
    ['read it and see', '@user 前の投稿をご覧いただければ、給水所の場所を掲載しています。', 'reply'],
    ['brushed off', '今さら聞けない！マイナンバーカードの基礎知識', 'post'],
    ['brushed off', '今さら聞けなくても大丈夫。困ったときは窓口へ。', 'post'],
    ['brushed off', '今ごろでも、まだ間に合います。', 'post'],
    ['brushed off', '職員は失敗を人のせいにせず、チームで改善に取り組んでいます。', 'post'],
    ['brushed off', 'うなぎのせいろ蒸し返礼品が人気です。', 'post'],
    ['fault denied', '不登校は、ご本人やご家族に責任があるとは考えていません。一人で悩まず相談してください。', 'post'],
    ['fault denied', '必ずしも誤りがあったとは限りません。まずは窓口でご相談ください。', 'post'],
    ['fault denied', 'この地図に誤りがあるとは思いませんでした。ご連絡ありがとうございました。訂正します。', 'post'],
    ['blame shifted', '台風10号の接近に伴い、避難所を開設しました。ご自身の判断で早めの避難をお願いします。', 'post'],
    ['blame shifted', '貴重品はご自身の責任で管理してください。', 'post'],
    ['blame shifted', 'ご自身の不注意が原因で事故が起きることもあります。気をつけましょう。', 'post'],
    ['blame shifted', 'お客様の過失によるものは補償の対象外です。', 'post'],
    ['spreaders scolded', '「断水が続いている」という情報は誤りです。正しくは、本日10時に全域で復旧しています。', 'post'],
    ['spreaders scolded', '不確かな情報を安易に拡散しないようにしましょう。', 'post'],
    ['spreaders scolded', '誤った情報を拡散した方は、削除にご協力をお願いします。', 'post'],
    ['spreaders scolded', '拡散してくださった方々、本当にありがとうございます。', 'post'],
    ['spreaders scolded', '清掃活動で汗を流した皆さん、お疲れさまでした！', 'post'],
    ['spreaders scolded', '職員が軽率に投稿したことを深くお詫びします。', 'post'],
    ['evidence demanded', 'この数字はどこから出てきたのでしょうか？実は、10年前の調査結果なんです。', 'post'],
    ['evidence demanded', '@user その電話番号は誰から聞いたか覚えていますか？不審な電話は警察にご相談ください。', 'reply'],
    ['evidence demanded', '@user データの出典は総務省の統計です。', 'reply'],
    ['evidence demanded', '根拠のない情報を拡散するのはやめましょう。', 'post'],
    ['contradicted', 'お手数をおかけするようで恐縮ですが、ご記入をお願いします。', 'post'],
    ['contradicted', 'お言葉に甘えて、写真を掲載させていただきます。', 'post'],
    ['contradicted', '隠し味というわけではありませんが、うなぎのタレには秘密があります。', 'post'],
    ['contradicted', '公園は自由に使えますが、何でも勝手にしていいわけではありません。', 'post'],
    ['apology refused', 'あなたが謝る必要はありません。悪いのはいじめる側です。', 'post'],
    ['apology refused', 'お詫びの必要があれば、担当課からご連絡します。', 'post'],
    ['apology refused', '【お詫び】昨日の投稿に誤りがありました。お詫びして訂正いたします。', 'post'],
    ['blame shifted', 'あなたが悪いのではありません。一人で抱え込まず相談してください。', 'post'],
    ['contradicted', '個人情報を第三者に提供するなどということは一切ありません。', 'post'],
    ['contradicted', '一言ご挨拶申し上げます。', 'post'],
    ['brushed off', '何度言われても分からない…そんなときは、窓口で一緒に確認しましょう。', 'post'],
  ]
  it.each(round9Clean)('round 9, %s: passes %s', (_kind, text, mode) => {
    expect(findingsOf(rebuttal, text, { mode }).filter((f) => f.severity !== 'info').map((f) => f.excerpt)).toEqual([])
  })

  // Round 10 kinds, in new wording and several registers (keigo, である調, 筑後弁, a mascot's tic, casual, English): [kind, text, mode].
  const round10: Array<[string, string, Mode]> = [
    ["called a misunderstanding", "それ、ただの勘違いっすよ〜。うなぎせいろは今も2,500円からです😅", 'reply'],
    ["called a misunderstanding", "「駐車場が有料になった」って書き込み見たけど、それは誤解だっパ！", 'comment'],
    ["called a misunderstanding", "そりゃ完全に思い違いばい。祭りは毎年11月たい。", 'reply'],
    ["called a misunderstanding", "「川下りは予約必須」って口コミがあるけど、それ単なる早とちりなんです。", 'post'],
    ["called a misunderstanding", "@user 完全な誤解ですよ。補助金の申請は今も受け付けています。", 'reply'],
    ["look before writing", "一度でいいけん、実際に乗ってから言うてほしいです。", 'reply'],
    ["look before writing", "実際にお越しになってからおっしゃっていただけますか。", 'comment'],
    ["look before writing", "食べてから書いてほしいっパ！", 'reply'],
    ["look before writing", "「展示がしょぼい」って口コミ、ちゃんと現場を見てから評価してほしいです。", 'post'],
    ["look before writing", "書き込む前に、一度ご自身で調べていただけませんか。", 'reply'],
    ["look before writing", "レビューを書く前に、ちゃんと調べてほしいです。", 'comment'],
    ["look before writing", "「ごみ収集をさぼっている」とのご意見ですが、批判される前に、収集日程を確かめていただきたいと思います。", 'post'],
    ["oversight suggested", "締切日は募集要項の1ページ目に記載がございます。お読み落としではございませんか。", 'reply'],
    ["oversight suggested", "案内はずっと掲示板に貼っとったけん、見落とされたんやなかですか。", 'comment'],
    ["oversight suggested", "「知らされていなかった」とのことですが、回覧板でお知らせ済みで、ご失念かと存じます。", 'post'],
    ["oversight suggested", "@user 市報の3ページに載っています。見落とされたのでしょう。", 'reply'],
    ["not tried it", "そう感じられるのは、まだ実際に乗っていらっしゃらないからかと存じます。", 'reply'],
    ["not tried it", "それ、うちのうなぎ食べてないからやろ〜", 'comment'],
    ["not tried it", "@user それは最後までお読みになっていないからだと思います。", 'reply'],
    ["users blamed", "駐車場が足りないとのご意見をいただきましたが、車でお越しの方が多いことが一番の原因です。", 'post'],
    ["users blamed", "ごみ置き場が汚いという苦情ですが、原因は一部の利用者のマナーにあります。", 'reply'],
    ["users blamed", "窓口が混むってコメントありがとう！でも、みなさんが月曜の朝に集中するのが原因なんです〜", 'comment'],
    ["users blamed", "「公園が汚い」とのお声をいただいておりますが、その主な要因は利用者のごみの持ち帰りが徹底されていないことでございます。", 'post'],
    ["excuse to accept", "「受付が遅い」とのお叱りですが、職員数には限りがございますので、その点はご了承いただきたく存じます。", 'post'],
    ["excuse to accept", "花火の音がうるさいという苦情をいただきましたが、年に一度の行事ですので、そこはご理解ください。", 'post'],
    ["excuse to accept", "台風で中止したことへの批判もあるけど、あの状況ではしょうがなかったんです💦", 'comment'],
    ["excuse to accept", "@user ご意見ですが、人手が足りんけん、そこはわかってほしいです。", 'reply'],
    ["charge denied", "「職員が手抜きしている」との投稿がありますが、手抜きなど決してしておりません。", 'post'],
    ["charge denied", "高いって口コミもあるけど、ぜんぜん高くないっすよ！", 'comment'],
    ["charge denied", "@user 選考に不公平など一切ございません。", 'reply'],
    ["charge denied", "「工事が遅れている」とのご指摘ですが、遅れは一切ございません。", 'post'],
    ["charge denied", "@user 「ごみの回収が遅い」とのことですが、回収の遅れはありません。", 'reply'],
    ["press misrepresents", "昨日の報道にあった待機児童数は、旧基準で集計したもので、本市の実情を反映していない。", 'post'],
    ["press misrepresents", "一部週刊誌の記事は、当時の経緯を正しく伝えておらず、市として困惑しています。", 'post'],
    ["press misrepresents", "@news 番組では市が説明を拒んだかのように報じられましたが、事実ではありません。", 'reply'],
    ["press misrepresents", "新聞の記事で本市の財政が悪いと書かれていましたが、このランキングは基金の残高を考慮しておらず、実態を表したものとは言えません。", 'post'],
    ["press misrepresents", "当該報道は、実際の対応を正確にとらえたものではない。", 'post'],
    ["timing defended", "一部の記事で避難所の開設が遅かったと報じられましたが、市では適切な時期に必要な判断を行っておりました。", 'post'],
    ["timing defended", "「避難所の開設が遅い」とのご批判ですが、市は必要な対応をすべて適切なタイミングで実施しておりました。", 'reply'],
    ["timing defended", "報道では周知不足とされていますが、市は広報紙で再三お知らせしてまいりました。", 'post'],
    ["timing defended", "ご指摘の件、当課としては適正な手続きを踏んでおります。", 'comment'],
    ["English", "You're mistaken — the festival was never cancelled.", 'reply'],
    ["English", "That is simply not true. The ferry runs every day until 5pm.", 'reply'],
    ["English", "This review is misleading. Please get your facts straight.", 'comment'],
    ["English", "@user It's not our fault the boat was full — we did nothing wrong.", 'reply'],
    ["romaji", "@user Sore wa gokai desu yo. The boat runs daily.", 'reply'],
    ["romaji", "@user Kanchigai desu! Matsuri wa 11-gatsu desu.", 'comment'],
    ["romaji", "Sono review wa jijitsu mukon desu.", 'post'],
    ["misread (ー for う)", "勘違いされているよーですが、開館は9時からです。", 'reply'],
  ]
  it.each(round10)('round 10, %s: flags %s', (_kind, text, mode) => {
    const found = findingsOf(rebuttal, text, { mode })
    expect(found.map((f) => f.severity)).toContain('warn')
  })

  // Their ordinary look-alikes: myth-busting trivia, form instructions, SNS-literacy advice, reminders, a cause explained on
  // the way to a fix, reassurance, the city's own statistics, literary かのように, English tourist answers.
  const round10Clean: Array<[string, string, Mode]> = [
    ["called a misunderstanding", "「柳川は福岡市の一部」…それ、よくある勘違いなんです！実は独立した市です。", 'post'],
    ["called a misunderstanding", "@user ご質問ありがとうございます。誤解のないよう、詳しい日程を掲載しました。", 'reply'],
    ["called a misunderstanding", "@user それは大丈夫です！勘違いしやすいので、お気軽にお尋ねください。", 'comment'],
    ["called a misunderstanding", "「うなぎは高い」って声もあるけど、ランチならお手頃価格のお店も多いですよ！", 'post'],
    ["called a misunderstanding", "「ひな祭りは3月だけ」と思っていませんか？柳川のさげもんめぐりは2月から始まります。", 'post'],
    ["called a misunderstanding", "@user 勘違いさせてしまったようで申し訳ありません。正しくは10時開始です。", 'reply'],
    ["called a misunderstanding", "詐欺の電話は、家族の声と勘違いしやすいので注意しましょう。", 'post'],
    ["look before writing", "記入例を見てから書いてください。", 'post'],
    ["look before writing", "SNSに投稿する前に、内容が正しいかもう一度確認しましょう。", 'post'],
    ["look before writing", "投稿する前に、写っている人の了解を得てください。", 'post'],
    ["look before writing", "@user 申込書は、募集要項を読んでから書いてください。", 'reply'],
    ["look before writing", "情報を拡散する前に、市の公式発表を確認してください。", 'post'],
    ["look before writing", "口コミを書く前に、ぜひ一度足を運んでみてください！", 'post'],
    ["look before writing", "夏休みの自由研究、実際に体験してから感想を書いてね！", 'post'],
    ["look before writing", "@user 見てから決めても大丈夫ですよ！", 'reply'],
    ["look before writing", "「子どもが書いた作文」コンクール：テーマをよく読んでから書き始めましょう。", 'post'],
    ["look before writing", "@user 実際にお店に行ってから決めてもいいと思いますよ😊", 'reply'],
    ["look before writing", "ご意見をお寄せいただく前に、よくある質問もご覧ください。", 'post'],
    ["look before writing", "@user 試食してから買えるので安心ですよ！", 'comment'],
    ["look before writing", "投稿を見てから来てくれた方、ありがとうございます！", 'post'],
    ["oversight suggested", "マイナンバーカードの更新、お忘れではないですか？", 'post'],
    ["oversight suggested", "申請書類に記入漏れや見落としがないか、もう一度ご確認ください。", 'post'],
    ["oversight suggested", "見落としがちな小さな段差にもご注意ください。", 'post'],
    ["oversight suggested", "見逃し配信は市公式YouTubeでご覧いただけます。", 'post'],
    ["oversight suggested", "点検で見落とされていた箇所が見つかったため、修繕します。", 'post'],
    ["oversight suggested", "「見落としではないか」と不安な方は、窓口で一緒に確認しましょう。", 'post'],
    ["oversight suggested", "@user 案内がわかりにくく、見落とされたのかもしれません。申し訳ありません。", 'reply'],
    ["not tried it", "川下りの良さ、まだ知らない？それは乗ってみないと分からない！", 'post'],
    ["not tried it", "@user それは、まだ申請書が届いていないからです。再送しますね。", 'reply'],
    ["not tried it", "@user それはまだ受付を始めていないからです。4月1日からです。", 'reply'],
    ["not tried it", "@user それは、まだ使っていない方向けの案内です。", 'reply'],
    ["not tried it", "@user それは見ていないと分かりにくいですよね。写真を追加しました！", 'reply'],
    ["users blamed", "渋滞の主な原因は、来場者の車が一度に集中することです。公共交通機関をご利用ください。", 'post'],
    ["users blamed", "熱中症の主な原因は、高温多湿の環境です。", 'post'],
    ["users blamed", "ご意見をいただき、ありがとうございます。混雑の原因を調べ、改善に努めます。", 'post'],
    ["users blamed", "「待ち時間が長い」とのご意見を受け、予約制を導入します。混雑の原因は、受付開始時刻に来庁者が集中することです。", 'post'],
    ["users blamed", "窓口の混雑の原因は、月曜の朝に来庁者が集中することです。時間をずらしてのご来庁にご協力ください。", 'post'],
    ["users blamed", "@user 火災の原因は現在調査中です。", 'reply'],
    ["users blamed", "「駐車場が足りない」とのお声をいただいています。臨時駐車場を増設しますので、ご利用ください。", 'post'],
    ["users blamed", "食中毒の原因の多くは、調理する方の手洗い不足です。", 'post'],
    ["excuse to accept", "工事期間中はご不便をおかけしますが、ご理解とご協力をお願いします。", 'post'],
    ["excuse to accept", "台風接近のため、やむを得ず中止とします。", 'post'],
    ["excuse to accept", "やむを得ない事情で期限までに申請できない場合は、ご相談ください。", 'post'],
    ["excuse to accept", "@user ご意見ありがとうございます。事情は人それぞれですので、お気軽にご相談ください。", 'reply'],
    ["excuse to accept", "「中止は残念」との声をいただきました。悪天候のためやむを得ない判断でしたが、来年もぜひお越しください。", 'post'],
    ["excuse to accept", "雨天の場合は中止となります。あらかじめご了承ください。", 'post'],
    ["excuse to accept", "「子どもが泣いてしまって」というご心配の声をよくいただきます。その点はまったく気にしなくて大丈夫です！", 'post'],
    ["excuse to accept", "子育てのイライラは、しょうがないことです。一人で抱え込まず相談してくださいね。", 'post'],
    ["charge denied", "このアプリは全然難しくないので、ぜひ使ってみてください！", 'post'],
    ["charge denied", "予防接種、ちっとも怖くないよ！がんばったね💉", 'post'],
    ["charge denied", "@user 現在、バスの運行に遅れはありません。", 'reply'],
    ["charge denied", "「子ども食堂に行くのは恥ずかしい」という声も聞きますが、決して恥ずかしいことではありません。", 'post'],
    ["charge denied", "「子連れだと迷惑かな」ってコメントをいただきました。ちっとも迷惑じゃないですよ！", 'post'],
    ["charge denied", "@user 国籍による差別は一切ありません。どなたでもご利用いただけます。", 'reply'],
    ["charge denied", "本日のごみ収集に遅れはありません。", 'post'],
    ["charge denied", "「料金が高い」って口コミを見て、来年からは割引チケットを用意することにしました！", 'post'],
    ["charge denied", "「思ったより小さい」って口コミもあるけど、ぜんぜん大丈夫！見どころいっぱいです。", 'comment'],
    ["press misrepresents", "この統計は速報値であり、最終的な数値とは異なる場合があります。", 'post'],
    ["press misrepresents", "まるで絵画の中にいるかのような景色が広がります。", 'post'],
    ["press misrepresents", "新聞記事で本市の取り組みが紹介されました。ぜひご覧ください。", 'post'],
    ["press misrepresents", "調査結果は市の実態を把握するための基礎資料として活用します。", 'post'],
    ["press misrepresents", "市民の声を反映した計画づくりを進めます。", 'post'],
    ["press misrepresents", "本アンケートは回答者の属性を考慮していないため、参考値としてご覧ください。", 'post'],
    ["press misrepresents", "記事の内容は、被災地の実情を正しく伝えています。", 'post'],
    ["press misrepresents", "白秋の詩の世界が、まるで目の前にあるかのように描かれています。", 'post'],
    ["press misrepresents", "報道によると、この調査は人口規模を考慮していないため、単純な比較はできないとのことです。", 'post'],
    ["press misrepresents", "昨日の記事に、まるで市が説明を拒んだかのような表現がありました。誤解を招く投稿をお詫びします。", 'post'],
    ["press misrepresents", "番組では、川下りの船頭さんの暮らしが実態に即して紹介されました。", 'post'],
    ["press misrepresents", "市の人口動態は、実態を反映した推計となるよう見直しています。", 'post'],
    ["press misrepresents", "防災訓練は実際の災害を想定し、現場の実情に即して行います。", 'post'],
    ["timing defended", "市では、適切な時期に必要な措置を講じてまいります。", 'post'],
    ["timing defended", "不審者情報を受け、警察と連携し適切な対応を行っております。", 'post'],
    ["timing defended", "申請期限は5月31日です。繰り返しお知らせしておりますが、お早めにお手続きください。", 'post'],
    ["timing defended", "ご指摘ありがとうございます。事前にお知らせしておりましたが、わかりにくい表示でした。改善します。", 'post'],
    ["English", "@user Thank you! Please check the timetable before your visit.", 'reply'],
    ["English", "Is it true that eels come from the sea? Yes — and that's not the only surprise!", 'post'],
    ["English", "@user Sorry, that's not correct on our old page — the correct time is 10:00. We apologize.", 'reply'],
    ["English", "@user The museum is not closed on Mondays this month.", 'reply'],
    ["English", "@user Please check the facts on our official website before travelling.", 'reply'],
    ["English", "@user That's right! The boat tour runs every day.", 'reply'],
    ["English", "@user This is not a paid event — it's free!", 'reply'],
    ["English", "@user You're welcome! Have a great trip.", 'reply'],
    ["romaji", "@user Yanagawa wa ii tokoro desu yo!", 'reply'],
    ["romaji", "@user Gokai no nai you ni, schedule wo kakunin shite ne.", 'reply'],
    ["romaji", "@user Machigai nai desu! 10am start.", 'reply'],
  ]
  it.each(round10Clean)('round 10, %s: passes %s', (_kind, text, mode) => {
    expect(findingsOf(rebuttal, text, { mode }).filter((f) => f.severity !== 'info').map((f) => f.excerpt)).toEqual([])
  })

  // Round 18 kinds (a press desk, answers to complaints), in new wording and several registers.
  const round18: Array<[string, string, Mode]> = [
    ["rests on a misunderstanding", "ご指摘の内容は、事実誤認に基づいたものでございます。", 'post'],
    ["rests on a misunderstanding", "例の週刊誌の記事は、完全に誤った情報に基づいておる。", 'post'],
    ["rests on a misunderstanding", "そのコメントは勘違いに基づいとるですよ。", 'comment'],
    ["rests on a misunderstanding", "今朝の報道は、古い数字に基づくものであり、誤った数字に基づいています。", 'post'],
    ["press exaggerates", "昨日の番組は、市立病院の待ち時間を実際以上に大げさに報じていました。", 'post'],
    ["press exaggerates", "一部報道では、公園の遊具事故が誇張されております。", 'post'],
    ["press exaggerates", "ローカルニュースで、祭りのトラブルを面白おかしく取り上げられましたが、運営は適切でした。", 'post'],
    ["press exaggerates", "あの記事、ちょっと誇張しとるばい。", 'comment'],
    ["conduct fine", "昨日の報道についてですが、会場の警備に問題はございませんでした。", 'post'],
    ["conduct fine", "@user 当日の誘導に問題はなかったと考えております。", 'reply'],
    ["conduct fine", "バスの遅れについてご意見をいただきましたが、運行管理上、何ら問題はありませんでした。", 'post'],
    ["everywhere the same", "窓口が混んでいるとの苦情がありますが、他の自治体も同様の状況です。", 'post'],
    ["everywhere the same", "水道料金が高いというご意見ですが、うちだけが特別高いわけではなかです。", 'post'],
    ["everywhere the same", "道路の補修が遅いとのご指摘ですが、これは本市だけに限った問題ではございません。", 'post'],
    ["everywhere the same", "渋滞がひどいとのご批判ですが、連休中は全国どこでも同じだ。", 'post'],
    ["declared reasonable", "花火大会の費用が高すぎるとのご批判ですが、集客効果を踏まえれば適正な金額と考えております。", 'post'],
    ["declared reasonable", "@user 物価の上昇を考えれば当然の値上げです。", 'reply'],
    ["declared reasonable", "施設使用料についてご不満の声がありますが、近隣市と比べれば十分安い水準です。", 'post'],
    ["declared reasonable", "公用車が高級すぎるとのご批判がありますが、安全性を鑑みれば妥当な選択であります。", 'post'],
    ["told to research first", "記事について一言。記者の方には、一度きちんと取材してから書いていただきたいです。", 'post'],
    ["told to research first", "@user ちゃんと調べてから書いてほしいです。", 'reply'],
    ["everywhere the same", "ごみ袋が高いとのご批判ですが、どこの自治体も同じ状況です。", 'post'],
    ["everywhere the same", "バスの減便についてご批判をいただいておりますが、運転手不足は全国的な傾向であり、本市に限ったことではございません。", 'post'],
    ["rests on a misunderstanding", "ご指摘は、誤解から生じたものと考えております。", 'post'],
    ["press exaggerates", "一部報道は、事故の規模を過剰に報じています。", 'post'],
    ["told to research first", "その投稿、確かめてから書いてよ〜", 'comment'],
  ]
  it.each(round18)('round 18, %s: flags %s', (_kind, text, mode) => {
    const found = findingsOf(rebuttal, text, { mode })
    expect(found.map((f) => f.severity)).toContain('warn')
  })
  // Their ordinary look-alikes: awareness posts, advertising warnings, inspection results, nationwide procedures, money tips.
  const round18Clean: Array<[string, string, Mode]> = [
    ["rests on a misunderstanding", "偏見や差別は、多くの場合誤解に基づいています。正しい知識を身につけましょう。", 'post'],
    ["rests on a misunderstanding", "この記事は、市民アンケートの結果に基づいています。", 'post'],
    ["rests on a misunderstanding", "いただいたご意見は、分類に基づいて整理しています。", 'post'],
    ["press exaggerates", "誇大広告や誇張した宣伝にご注意ください。", 'post'],
    ["press exaggerates", "ニュースでは台風の進路が大きく報じられています。早めの備えを。", 'post'],
    ["press exaggerates", "この動画では、職員が干潟の生き物をおおげさにならないよう丁寧に紹介しています。", 'post'],
    ["conduct fine", "点検の結果、遊具の安全管理に問題はありませんでした。引き続き安心してご利用ください。", 'post'],
    ["conduct fine", "記事でご紹介した施設の点検では、設備の管理に問題はありませんでした。", 'post'],
    ["conduct fine", "訓練では、避難誘導に問題はありませんでした。ご意見をお寄せください。", 'post'],
    ["everywhere the same", "マイナンバーカードの手続きは全国どこでも同じです。", 'post'],
    ["everywhere the same", "ふるさと納税の返礼品は、当市だけのものではありません。近隣市と共同で開発しました。", 'post'],
    ["everywhere the same", "ごみの分別ルールは、他の自治体でも同様です。ご意見は環境課まで。", 'post'],
    ["everywhere the same", "@user 住民票の写しは、全国どこの市町村でも同じように取得できます。", 'reply'],
    ["declared reasonable", "家計を考えれば、省エネ家電への買い替えが効果的です。ご意見をお寄せください。", 'post'],
    ["declared reasonable", "費用対効果を考えれば妥当な選択肢を、市民の皆さまのご意見を伺いながら検討します。", 'post'],
    ["declared reasonable", "燃費を考えれば、バスの利用が当然お得です。", 'post'],
    ["told to research first", "記事を書く前に、取材の申し込みは広報課へご連絡ください。", 'post'],
    ["told to research first", "よく調べてから書いた作文をご応募ください。", 'post'],
    ["told to research first", "自由研究は、図書館で調べてから書くと深まります。", 'post'],
    ["everywhere the same", "空き家の増加は本市に限ったことではありません。県や近隣市と連携して取り組みます。", 'post'],
    ["everywhere the same", "高齢化は全国どこでも同じ課題です。地域の見守りにご協力ください。", 'post'],
    ["rests on a misunderstanding", "誤解から生じたトラブルの相談は、消費生活センターへ。", 'post'],
    ["press exaggerates", "情報を過剰に恐れず、正しく備えましょう。", 'post'],
    ["conduct fine", "「公園のトイレが汚い」との苦情をいただきましたが、すでに清掃を終えました。ご協力ありがとうございます。", 'post'],
  ]
  it.each(round18Clean)('round 18, %s: passes %s', (_kind, text, mode) => {
    expect(findingsOf(rebuttal, text, { mode }).filter((f) => f.severity !== 'info').map((f) => f.excerpt)).toEqual([])
  })

  // Ordinary municipal sentences of the same shapes.
  const alsoValid: string[] = [
    "【お詫び】先日の投稿に誤りがありました。正しい日程は次のとおりです。\n",
    "誤った情報に惑わされず、市の公式情報をご確認ください。\n",
    "本日の会議の結果、事業の継続が決まりました。\n",
    "市の説明資料はこちらです。\n",
    "ご意見ありがとうございます。いただいたご意見は今後の参考にさせていただきます。\n",
    "@user ご指摘ありがとうございます。すぐに修正いたしました。\n",
    "@user ご不便をおかけして申し訳ございません。現在、原因を調査しております。\n",
    "@user ご質問の件ですが、申込期限は12月15日です。\n",
    "@user 現時点で、市内に被害は確認されておりません。\n",
    "@user 運航状況に問題はありません。通常どおり運航しています。\n",
    "詐欺の電話に注意してください。「市役所から還付金がある」という電話は詐欺です。\n",
    "「市役所の職員を名乗る電話で還付金の手続き」は詐欺です。市がATMで手続きをお願いすることはありません。\n",
    "熱中症は誤解されがちですが、室内でも発症します。\n",
    "地震の後は、デマや誤った情報が広がりやすくなります。\n",
    "この道路は誤って進入しやすいのでご注意ください。\n",
    "市は適切な管理に努めてまいります。\n",
    "ご指摘を踏まえ、適切に対応してまいります。\n",
    "ご意見をいただき、掲示の内容を改善しました。\n",
    "報道機関の皆様へ：取材のお申し込みは広報課へ。\n",
    "市長が記者会見で新年度予算について説明しました。\n",
    "これは決して簡単なことではありませんが、一歩ずつ進めます。\n",
    "誤解のないよう、申込方法を改めてご案内します。\n",
    "「ふるさと納税の返礼品が届かない」というお問い合わせが増えています。発送は12月中旬を予定しています。\n",
    "市の見解は、市ホームページに掲載しています。",
    "ご意見をお寄せいただきありがとうございました。いただいたご意見は担当課で検討します。",
    "報道機関の皆様へ：記者会見を開催します。",
    "新聞に掲載されました！ぜひご覧ください。",
    "いいえ、予約は不要です。当日直接お越しください。",
    "@user いいえ、予約は不要です。当日直接お越しください。",
    "@user 違います、集合場所は西鉄柳川駅です！失礼しました。",
    "@user ご指摘の点は、担当課で確認のうえお答えします。",
    "@user すでに受付を終了しております。申し訳ございません。",
    "昨日の大雨で、一部の道路が通行止めになっています。",
    "「市長が辞任する」という噂がありますが、現時点で市から発表していることはありません。正確な情報は市ホームページでお知らせします。",
    "窓口で「何度言えば分かるんだ」とお叱りを受けました。説明が不十分だったことをお詫びします。",
    "「嫌なら来なくていい」と言われないまちづくりを目指します。",
    "市民の方から「常識で考えれば分かるでしょう」とのご意見をいただき、案内表示を改善しました。",
    "利用者アンケートでは「職員の態度が悪い」「説明が分かりにくい」との声がありました。改善に努めます。",
    "「バカにされている気がした」とのご意見を重く受け止め、対応を見直します。",
    "いじめを受けた子どもは「死にたい」と感じることがあります。相談窓口をご利用ください。",
    "消費者トラブルの例：「今すぐ契約しないと損をしますよ」と迫られた。",
    "詐欺の手口：「あなたの口座が犯罪に使われています」と電話がかかってきます。",
    "「事実と異なる報道がなされた」として、県が抗議したとの報道がありました。",
    "北原白秋の詩「待ちぼうけ」には、「ころりころげた木の根っこ」という一節があります。",
    "ヘイトスピーチの例：「〇〇人は出ていけ」「〇〇人を殺せ」などの言動は許されません。",
    "講演会「ネットいじめ〜『死ね』『消えろ』の向こう側〜」を開催します。",
    "セクハラの例：「胸が大きいね」「彼氏いるの？」などの発言は、相手を不快にさせます。",
    "「女のくせに」と言われた経験がある人は、約4割にのぼります（市民意識調査）。",
    "「障害者は迷惑」という考えは誤りです。共に生きる社会をつくりましょう。",
    "@user お問い合わせの件ですが、料金は大人1,800円です。",
    "@user ご質問ありがとうございます。会場はすでにご案内しております市民会館です。",
    "@user 申し込みはすでに受け付けております。当日もご参加いただけます。",
    "@user 何度でもお気軽にお問い合わせください。",
    "@user 予約の必要はありません。当日、直接お越しください。",
    "@user ご心配ありがとうございます。現在のところ運航に支障はありません。",
    "@user 駐車場は有料です。大変申し訳ありませんが、ご理解ください。",
    "@user ご指摘ありがとうございます。誤りがありましたので訂正いたしました。",
    "@user はい、ペット同伴で乗船できます。",
    "@user いいえ、当日券はございません。事前予約をお願いします。",
    "@user ありがとうございます！また遊びに来てくださいね😊",
    "@user 台風の影響で、本日の運航は中止となりました。ご了承ください。",
    "@user 市としても重く受け止めております。担当課で確認し、改めてご連絡します。",
    "@user ご意見ありがとうございます。料金設定については、担当課にお伝えします。",
    "@user 確認したところ、掲載内容に誤りはございませんでした。ご確認いただきありがとうございます。",
    "@user 集合時間は9時です。遅れないようにお越しください。",
    "@user 雨天の場合は中止です。その場合は当アカウントでお知らせします。",
    "@user 白秋祭のチケットはもう売り切れです。ごめんなさい！",
    "@user 会場までは駅から徒歩10分です。道に迷ったらお電話ください。",
    "@user 入場は無料です。どなたでもお越しいただけます。",
    "@user 以前お知らせしたとおり、今年は11月1日からです。",
    "@user ごみの分別ルールは、市ホームページで確認できます。",
    "災害時は、デマを流さないよう、情報の発信元を確認しましょう。",
    "デマを流すと、偽計業務妨害罪に問われることがあります。",
    "はっきり言って、最高の景色です！",
    "横浜の外人墓地を訪ねるツアー",
    "誤解されやすいのですが、熱中症は夜間にも起こります。",
    "よく勘違いされますが、柳川の「川下り」は掘割をめぐる舟遊びです。",
    "「柳川は福岡市の一部」と誤解されることがありますが、独立した市です。",
    "非常識な時間帯の花火はおやめください。",
    // Same shapes that are fine: eligibility facts, an apology with a correction, a guide to the city's page, a
    // quoted example, the press desk.
    "この補助金には所得制限がありません。",
    "ご指摘ありがとうございます。掲載内容に誤りがありました。訂正してお詫びします。",
    "申請内容に誤りがある場合は、窓口でご相談ください。",
    "ネット上の情報には根拠のないものもあります。市の公式情報をご確認ください。",
    "ご意見は今後の参考にさせていただきます。",
    "根拠となるデータを市ホームページで公開しました。",
    "記事の内容は市報11月号でもご紹介しています。",
    "このご指摘を受け、担当課で確認しています。",
    "「その主張には根拠がない」といった返信はしないようにしましょう。",
    "防災アプリは、データを示して避難を呼びかけます。",
    "この判断は当然のことながら慎重に行います。",
    "市は、皆さまのご意見を大切にしています。",
    "手洗いは当然のことです。",
    "職員は一人ひとりが丁寧な対応を心がけています。",
    "詳しくは市ホームページをご覧いただければわかります。",
    "感情的にならず、落ち着いて行動しましょう。",
    "説明会の資料を読んでから申し込んでください。",
    "報道機関の皆さまへ：取材のお申し込みは広報課まで。",
    "意図的なものではありませんが、掲載が遅れましたことをお詫びします。",
    "ご意見ありがとうございます。担当課で確認し、改めてお知らせします。",
    "思い込みによる事故を防ぐため、指差し確認を徹底しましょう。",
    "市の認識を改め、対応を見直します。",
    "憶測による情報の拡散にご注意ください。",
    // A scam warning (不正な勧誘は一切行っておりません), a guide to the city's page, thanks.
    "今回の件は規則どおり処理しました。",
    "市の手続きについては市ホームページをご覧ください。",
    "料金は変わりません。引き続きご利用ください。",
    "不正な勧誘は一切行っておりませんので、ご注意ください。",
    "@user その件はホームページに掲載していますので、ご覧ください。",
    "@user 繰り返しご説明いただき、ありがとうございました。",
    "ご理解いただけない点があれば、お気軽にお問い合わせください。",
    "報道は、市の説明会の様子を紹介したものです。",
    "@user その件はホームページに掲載しています。",
    "@user それは市報に載っています。",
    // Round 15 hard negatives: the same words in ordinary notices (did enough / natural / the press / figures / someone mistaken).
    "市民の皆さまのご意見を十分に伺ったうえで、計画を策定しました。",
    "今年度も事業者の皆さまと丁寧に協議してきたところです。ご意見は市ホームページからお寄せください。",
    "市はこれからも説明責任を果たしてまいります。ご意見をお待ちしています。",
    "@user ご意見ありがとうございます。職員一同、丁寧に対応してまいります。",
    "窓を閉めていると防災無線が聞こえにくい場合があります。ご意見を受け、戸別受信機の貸し出しを始めます。",
    "雨が降れば屋内に移動するのは当然のことです。安全第一で楽しみましょう。",
    "寒い日が続けば体調を崩すのも無理はありません。ご意見・ご相談は保健センターへ。",
    "「窓を閉め切っていれば聞こえにくいのは当然です」といった返信は避けましょう。",
    "報道機関の皆さまには、被災者の方への取材にご配慮をお願いします。",
    "市は報道機関と協力し、正確な情報の発信に努めます。",
    "新聞社には、資料提供の際に正確な数字をお伝えしました。",
    "今回の調査は前回と調査方法が異なるため、単純に比較はできません。詳しくは報告書をご覧ください。",
    "実際に使ってみて問題はありませんか？ご意見をお寄せください。",
    "実際の運用に問題がないか、試行期間中に確認します。ご意見をお寄せください。",
    "「息子だ」と言われたこの方は、電話の相手を息子さんだと勘違いしてしまいました。詐欺にご注意ください。",
    "この方は、ずっと市役所の職員と勘違いされていたそうです。詐欺の電話にご注意ください。",
    "よく誤解されていますが、マイナンバーカードの暗証番号は窓口で再設定できます。",
    "皆さん、ごみの分別で勘違いされていませんか？ペットボトルのキャップはプラスチックです。",
    "ＳＮＳでは、よく読んでから投稿するよう心がけましょう。",
    "情報の出どころを確かめてから投稿・拡散しましょう。",
    // Ordinary announcements with the same words, shared by the three families.
    ...ORDINARY_NOTICES,
]
  it.each(alsoValid)('passes %s', (text) => {
    const found = findingsOf(rebuttal, text, text.startsWith('@') ? { mode: 'reply' } : {})
    expect(found.filter((f) => f.severity !== 'info').map((f) => f.excerpt)).toEqual([])
  })
})

describe('rebuttal (4(5), 6(2)), round 26: criticism received, then denied or justified', () => {
  const flags: string[] = [
    '「川の水位が危険」との報道がありましたが、市としては適切に対応したものと考えております。',
    'ご批判はありましたが、休校は必要な判断でした。',
    '厳しい声もありますが、市としてはこれが最善と判断しました。',
    '批判の声もありますが、間違ったことはしていないと思っています。',
    'ご不満の声も聞こえますが、市の判断に誤りはありません。',
    '苦情が寄せられていますが、ルールどおりに運用しております。',
    '「プールは危険」と報じられましたが、配置基準は満たしています。',
    '新聞で図書館の開館時間が短いと書かれましたが、その記事は事実と異なります。',
    '「駅前の駐輪場は放置自転車だらけ」とテレビで報じられましたが、それは違います。毎週撤去しています。',
    'ご指摘をいただいていますが、その内容は誤りです。',
    '花火大会の中止にご批判もありますが、安全を考えれば判断は正しかったと認識しています。',
    '苦情がたくさん来とるばってん、あれはやむを得ん措置やったと思うとります。',
    '給食の献立について厳しいご意見を頂戴しておりますが、栄養士が検討した最適なものと考えております。',
    '多くのご批判をいただきましたが、当日の判断は間違っていなかったと考えております。',
  ]
  it.each(flags)('flags %s', (text) => {
    expect(findingsOf(rebuttal, text, {}).map((f) => f.severity)).toContain('warn')
  })
  // An admission, a myth corrected with no critic, a plan, thanks, a remedy, a distinction explained.
  const passes: string[] = [
    '台風接近に伴う休校は、必要な判断でした。',
    'ご指摘を受けて点検したところ、基準は満たしていました。',
    'ごみの収集は、市のルールどおりに運用しています。',
    'ご意見をいただきありがとうございます。施設は消防法の基準を満たしています。',
    '苦情をいただきましたが、基準を満たしているか改めて確認します。',
    'ご指摘をいただきましたが、それは誤りでした。お詫びして訂正いたします。',
    '熱中症は夏だけと思われがちですが、それは違います。春先から注意が必要です。',
    '皆様からのご意見を踏まえ、最善の方法を検討してまいります。',
    '市民の安全を最優先に、最善の対応を取ってまいります。',
    'この方法が最適と考えております。4月から導入します。',
    'ご意見をいただきありがとうございます。今後の参考にさせていただきます。',
    '厳しいご意見をいただきました。運営方法を見直し、来年は受付を増やします。',
    '「燃えるごみ」と「燃えないごみ」は似ていますが、それは違います。分別表をご確認ください。',
  ]
  it.each(passes)('passes %s', (text) => {
    expect(findingsOf(rebuttal, text, {}).filter((f) => f.severity !== 'info').map((f) => f.excerpt)).toEqual([])
  })
})

describe('rebuttal: a report set against the city\'s view, and a quoted post called a mistake in a quote post', () => {
  it.each<[string, CheckContext['mode']]>([
    ['本日の新聞報道「利用低迷」について、当市の認識とは異なります。利用は順調に伸びています。', 'post'],
    ['テレビ番組の内容に関して、本市の見解とは食い違う点があります。', 'post'],
    ['こちらの「消防車が来なかった」というのは勘違いだと思います。当日は予定どおり巡回しております。', 'quote'],
    ['「窓口の対応が遅い」とのご指摘は誤解かと存じます。', 'reply'],
  ])('flags %s', (text, mode) => {
    expect(findingsOf(rebuttal, text, { mode }).some((f) => f.rule === 'rebuttal/argument' && f.severity !== 'info')).toBe(true)
  })
  it.each<[string, CheckContext['mode']]>([
    ['「ごみは分別しなくてもよい」というのは誤りです。正しくは分別が必要です。', 'post'],
    ['素敵な写真ですね！柳川の魅力が伝わります。', 'quote'],
    ['報道について、当市の認識をお伝えします。詳しくは記者発表資料をご覧ください。', 'post'],
  ])('passes %s', (text, mode) => {
    expect(findingsOf(rebuttal, text, { mode }).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: a press report itself called wrong or slanted (round 28)', () => {
  it.each(['本日の新聞記事は、道路陥没に関する市の説明を正しく伝えていません。', '昨日の新聞記事は、残業問題を誇張して書いています。実態とは大きく異なります。', '先日の番組は、事実と大きく異なる内容でした。'])('flags %s', (text) => {
    expect(findingsOf(rebuttal, text).some((f) => f.rule === 'rebuttal/argument' && f.severity !== 'info')).toBe(true)
  })
  it.each(['本日の記事は、市の取り組みを詳しく紹介しています。', '先日の番組で、柳川の川下りが紹介されました。', '新聞記事にあった日付に誤りがありました。お詫びして訂正いたします。'])('passes %s', (text) => {
    expect(findingsOf(rebuttal, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: a rumour set right, and critics told to stop posting (round 30)', () => {
  it.each([
    // critics or their posts told to stop, whatever the denial before it
    '市の検査で安全が確認されています。誤解を招くような投稿はお控えください。',
    '根拠のない書き込みはおやめください。担当課で確認済みです。',
    'ご意見の件、不正確な情報の拡散はご遠慮いただきますようお願いします。',
    // a rumour that charges the city, denied: a criticism answered
    '「職員が手抜き工事を見逃した」という書き込みが広がっていますが、そのような事実はありません。',
    // a rumour denied, then its spreaders scolded
    '「学校が統合される」という話が出回っていますが、そのような事実はございません。悪質なデマはおやめください。',
  ])('flags %s', (text) => {
    expect(findingsOf(rebuttal, text).some((f) => f.rule === 'rebuttal/argument' && f.severity !== 'info')).toBe(true)
  })
  it.each([
    // a rumour set right with the fact, no critic answered
    '「花火大会が中止になるらしい」という話が広がっていますが、そのような事実はありません。今年も8月に開催します。',
    '「図書館が来月から有料になる」との情報が出回っていますが、そのような事実はございません。',
    'SNSで「ごみ収集日が変わる」という投稿が拡散していますが、事実と異なります。収集日は変わりません。',
    // the words of the new kind in ordinary notices
    '誤解を招かないよう、案内文を書き直しました。',
    '不正確な情報に惑わされないよう、市の公式発表をご確認ください。',
  ])('passes %s', (text) => {
    expect(findingsOf(rebuttal, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: the critic told not to worry, and "we did tell you" (round 31)', () => {
  it.each([
    '新庁舎の建設費を疑問視されている方がいらっしゃいますが、国の補助金を活用しており、ご懸念は杞憂かと存じます。',
    '橋の耐震性についてのご指摘ですが、基準を満たしておりますので心配ご無用です。',
    '水道料金の値上げを批判されていますが、他市と比べても低い水準であり、ご心配されるような問題はございません。',
    '「工事の予定を知らなかった」という苦情が寄せられていますが、3月から市ホームページに掲載しております。',
    'ごみの収集日が変わったのを聞いていないとのことですが、全戸に配布したチラシでお知らせしております。',
    '「事前の説明が不足している」とのご批判をいただきましたが、説明会を3回開催し、広報紙でもご案内しております。',
    '「ごみ袋の値上げを聞いていない」という方がいらっしゃいますが、昨年から何度もお知らせしてきました。よくお読みください。',
    '駐車場の有料化に反対されている方がいますが、近隣市も同じ料金で、ご心配には当たりません。',
    '新しいごみ処理施設の安全性を不安視する声がありますが、そうした心配は無用です。',
    '「事前の連絡がなかった」というお叱りをいただきましたが、6月1日付でお知らせを全戸配布済みです。',
    '「駐車場が足りない」とのご指摘ですが、近くの市営駐車場をご利用いただければ十分足ります。ご心配は無用です。',
  ])('flags %s', (text) => {
    expect(findingsOf(rebuttal, text).some((f) => f.rule === 'rebuttal/argument' && f.severity !== 'info')).toBe(true)
  })
  it.each([
    '小雨決行ですので、ご心配には及びません。当日の朝7時にホームページでお知らせします。',
    '「説明がなかった」とのご意見をいただきました。周知が不十分だったことをお詫び申し上げます。今後は回覧板でもお知らせしてまいります。',
    '「知らなかった」という声をいただきました。市報でお知らせしておりましたが、今後はSNSでも発信するよう改善します。',
    'ワクチン接種後の発熱は一時的なもので、心配する必要はありません。',
    '日程を知らなかった方のために、市ホームページにも掲載しております。',
    'お知らせが届いていない方は、市民課までご連絡ください。市報5月号でもお知らせしております。',
    '日程を知らなかったというお問い合わせが多かったため、ホームページにも掲載しております。',
    'ご不安な点があれば、お気軽に保健センターへご相談ください。',
    '「説明がなかった」とのご意見をいただきました。ありがとうございます。説明会の資料はホームページに掲載しております。',
    '制度を知らなかったという方も、今からでも申請できます。詳しくはホームページに掲載しています。',
    '「もっと詳しく知りたい」という声がありますが、次回の市報で特集します。',
    'ご心配をおかけしましたが、水道水は安全です。ご安心ください。',
    '「ごみ出しのルールを知らなかった」という方も多いので、広報紙にも掲載しております。',
    '「お知らせが届いていない」とのお問い合わせが多く、申し訳ありません。市報でもお知らせしております。',
  ])('passes %s', (text) => {
    expect(findingsOf(rebuttal, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: round 32 — the charge quoted from a critic and denied in its own words', () => {
  it.each([
    '職員が手を抜いているとのご指摘ですが、手は抜いていません。',
    '事故の情報を隠しているという報道がありましたが、市は何も隠してはおりません。',
    '選考で特定の園を優遇しているとの声がありますが、優遇などしていません。',
    '道路の穴を放置しているとのコメントをいただきましたが、市として放置は一切しておりません。',
    '空き家を放置しているとのことですが、市は所有者への指導を続けています。放置ではありません。',
    '市が事故を隠蔽しているという報道がありましたが、隠蔽はしておりません。',
    '手抜き工事をしているとの批判がありますが、手抜き工事はしておりません。',
    '税金を無駄遣いしているとの声もありますが、無駄遣いはしていません。',
  ])('flags %s', (text) => {
    expect(findingsOf(rebuttal, text).some((f) => f.rule === 'rebuttal/argument' && f.severity === 'warn')).toBe(true)
  })
  it.each([
    '「夜間は対応していない」というご意見がありますが、夜間は窓口を開けておりません。翌朝ご連絡ください。',
    '「市職員が還付金を案内している」という電話が相次いでいます。市は電話で還付金の案内はしておりません。詐欺にご注意ください。',
    '「職員の説明が不足している」とのご意見をいただきました。説明が不足しておりました。申し訳ございません。',
    '「公園の遊具が老朽化している」というご意見を受け、点検したところ、老朽化はしておりませんでした。引き続き点検します。',
    '「駐車場が不足している」という声を受けて、臨時駐車場を設けました。',
    '「市が〇〇を販売している」という電話がありますが、販売ではありません。ご注意ください。',
    '「ごみを回収していない」という苦情がありました。確認したところ、回収していませんでした。申し訳ございません。',
    '「案内していない」とのお問い合わせがありましたが、当日は職員が会場で案内しております。',
    '「空き家を放置している」とのご意見をいただきました。放置していないか、現地を確認します。',
    '「職員が手を抜いている」とのご指摘を受け、手を抜いていないかどうか点検しました。',
  ])('passes %s', (text) => {
    expect(findingsOf(rebuttal, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: round 33 — the press told to report more accurately, also after the right figure is given', () => {
  it.each([
    '昨日の夕刊で、プールの利用者数が「半減」と書かれていましたが、正しくは1割減です。記者の方にはもう少し正確な取材をお願いしたいところです。',
    '本日の夕方のニュースで、ごみ袋の値上げが決定したと報じられましたが、正しくは審議中です。報道機関の皆さまには、きちんと事実確認をしていただきたいと思います。',
    '週刊誌の記事で工事費が3倍と書かれていましたが、正確には1.2倍です。記者さんにはもっと丁寧に取材してほしいですね。',
  ])('flags %s', (text) => {
    expect(findingsOf(rebuttal, text).some((f) => f.rule === 'rebuttal/argument' && f.severity === 'warn')).toBe(true)
  })
  it.each([
    '先日の記事で日付に誤りがありました。正しくは5日です。お詫びして訂正いたします。',
    '報道機関の皆さまへ：取材のお申し込みは広報課までお願いします。',
    '記者の方には、取材の際は受付で名札をお受け取りいただくようお願いいたします。',
    'SNSで「給付金が打ち切られる」との情報が出回っていますが、正しくは来年度も継続します。',
  ])('passes %s', (text) => {
    expect(findingsOf(rebuttal, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: round 34 — the critic told, in keigo, to check before posting', () => {
  it.each([
    '「バスが来ない」とのご意見がありましたが、運行は時刻表どおりです。一度ご利用になってからご意見をいただきたいと存じます。',
    'プールの水が汚いとの書き込みがありますが、水質は毎日検査しています。実際に来られてからコメントしていただけますか。',
    '「公園の遊具が危ない」との投稿を拝見しましたが、先月点検済みです。現地をご覧になってからご投稿いただければと存じます。',
  ])('flags %s', (text) => {
    expect(findingsOf(rebuttal, text).some((f) => f.rule === 'rebuttal/argument' && f.severity === 'warn')).toBe(true)
  })
  it.each([
    '申請書の記入例を見てからご記入ください。',
    'ご意見ありがとうございます。内容を確認してからご回答いたします。',
    'ご意見ありがとうございます。現地を確認してから改めてご連絡いたします。',
  ])('passes %s', (text) => {
    expect(findingsOf(rebuttal, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: 遺憾 over a member or staff conduct is a statement on misconduct (round 34)', () => {
  it.each([
    '議長声明：本会議における「女性に議員は務まらない」との発言は、議会の品位を著しく損なうものであり、誠に遺憾です。再発防止に取り組みます。',
    '職員の飲酒運転について、市民の皆様の信頼を損ない誠に遺憾です。',
  ])('passes %s', (text) => {
    expect(findingsOf(rebuttal, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each(['昨日の報道は事実と異なり、誠に遺憾です。'])('flags %s', (text) => {
    expect(findingsOf(rebuttal, text).some((f) => f.rule === 'rebuttal/argument' && f.severity === 'warn')).toBe(true)
  })
})

describe('rebuttal: round 35 — a rumour about the staff denied, responsibility denied to a critic, a complaint answered with "you must understand"', () => {
  it.each<[string, CheckContext?]>([
    // A rumour that charges the staff's manner, denied.
    ['「税務課の職員が高圧的だ」という投稿が拡散していますが、そのような事実はございません。'],
    ['「窓口で暴言を吐かれた」という書き込みが出回っていますが、そのような事実は一切ございません。'],
    ['「市民病院の受付の態度がひどい」という口コミが広がっていますが、そのような事実は確認されていません。'],
    // Responsibility denied, after a criticism received.
    ['ご指摘の件ですが、道路の陥没は当市の責任ではございません。県道ですので。', { mode: 'reply' }],
    ['苦情をいただいていますが、遅延はこちらの落ち度ではなく、業者の都合によるものです。'],
    ['厳しいご批判をいただきましたが、市に過失があるわけではありません。'],
    // A complaint answered with "you must understand", in any register.
    ['料金が高いとのご意見ですが、施設の維持のためですので、ご理解いただかないと困ります。'],
    ['工事の音がうるさいという苦情もありますが、我慢してもらうしかありません。'],
    ['ごみ収集が遅いって言われますけど、人手が足りんとですけん、わかってもらわんといかんです。'],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx).some((f) => f.rule === 'rebuttal/argument' && f.severity === 'warn')).toBe(true)
  })
  it.each<[string, CheckContext?]>([
    ['「夏祭りが今年で終わる」という話が広がっていますが、そのような事実はありません。今年も開催します。'],
    ['「職員の態度が悪い」とのご意見をいただきました。大変申し訳ありません。指導を徹底します。'],
    ['私道の除雪は市の責任ではなく、所有者の方の管理となります。'],
    ['ご指摘ありがとうございます。私道の管理は市の責任ではなく、所有者の方にお願いしております。', { mode: 'reply' }],
    ['この事故は市の責任であり、心よりお詫び申し上げます。'],
    ['子どもには、なぜ危ないのか分かってもらわないと困るので、丁寧に説明しましょう。'],
    ['工事期間中はご不便をおかけしますが、ご理解いただきますようお願いします。'],
    ['皆さまのご理解をいただかないと進められない工事ですので、どうぞよろしくお願いいたします。'],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: round 35 (2) — the staff\'s conduct denied, the city said not to blame, "it cannot be helped" to a complaint', () => {
  it.each<[string, CheckContext?]>([
    ['「市役所の窓口職員が無視した」という投稿が拡散していますが、職員はそのような対応はしておりません。'],
    ['ご指摘のような応対は、当日の担当者は一切いたしておりません。', { mode: 'reply' }],
    ['「受付で怒鳴られた」との書き込みを拝見しましたが、職員はそんな態度は取っていません。'],
    ['ご批判をいただいている渋滞ですが、原因は国道の工事であり、市が悪いわけではありません。', { mode: 'reply' }],
    ['苦情が寄せられていますが、当館が間違っていたわけではございません。'],
    ['イベントの中止に文句を言われても、台風なんだから仕方ないでしょう。'],
    ['料金が上がったとのご不満ですが、燃料費が上がっとるけん、しょうがなかやろ。'],
    ['音がうるさいとの苦情ですが、訓練は必要なものなので、そこはわかってほしいです。'],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx).some((f) => f.rule === 'rebuttal/argument' && f.severity === 'warn')).toBe(true)
  })
  it.each<[string, CheckContext?]>([
    ['「市役所から還付金の電話がある」という話が出回っていますが、市ではそのような対応はしておりません。ご注意ください。'],
    ['市職員を名乗る不審な電話にご注意ください。市ではそのような対応はしておりません。'],
    ['雨で中止、残念！でも雨だから仕方ないですよね。'],
    ['保護者の皆さまのご意見をもとに、子どもの気持ちを分かってほしいと願い、講演会を開きます。'],
    ['「病院の待ち時間が長い」というご意見をいただきました。病院側の責任ではなく、医師不足が原因ですが、市として支援を検討します。'],
    ['どちらが悪いわけではありません。お互いに譲り合って通行しましょう。'],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: round 36 — a written complaint contradicted, a complaint turned onto the residents, regret that critics do not understand', () => {
  it.each<[string, CheckContext?]>([
    ['ゴミの分別が面倒って書いてるけど、それは違うよ。'],
    ['「窓口が不親切」とおっしゃいますが、それは違いますよ。'],
    ['「市は何もしていない」って言いよる人がおるばってん、そりゃ違うばい。'],
    ['「公園の管理が雑」とコメントされていますが、それは全く違います。'],
    ['「バスが来ない」とのご意見ですが、それは時刻表を確認していない方の問題です。'],
    ['苦情をいただいていますが、手続きを忘れた方に原因があります。'],
    ['給付金が届かないというご批判がありますが、それは書類を出していない方だけの話です。'],
    ['ご批判をいただいていますが、職員の努力を分かってもらえないのは悲しいです。'],
    ['「税金の無駄」との声がありますが、事業の効果をご理解いただけないのは大変残念です。'],
    ['厳しいご意見が続いていますが、私たちの取り組みをご存じないのは残念でなりません。'],
    ['ご批判をいただいていますが、ご理解いただけず大変残念です。'],
    ['空き家対策が遅いとの批判がありますが、私たちがどれだけ努力しているか、ご理解が得られないのは残念です。'],
    ['「支援が遅い」との声がありますが、きちんと期限内に申請されていれば、遅れることはなかったはずです。'],
    ['ごみが回収されていないとの苦情ですが、ルール通りに出していない方のごみです。'],
    ['「公園が汚い」との声がありますが、ごみを捨てているのは利用者の皆さんです。'],
    ['「市は何もしていない」と言われていますが、そげなことなかです！毎月パトロールしとります。'],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx).some((f) => f.rule === 'rebuttal/argument' && f.severity === 'warn')).toBe(true)
  })
  it.each<[string, CheckContext?]>([
    ['「水道料金が上がる」とネットに書かれていますが、それは誤りです。正しくは現行料金のままです。'],
    ['「申請は窓口のみ」と書いてありましたが、それは違いました。お詫びして訂正します。'],
    ['「マイナンバーカードがないと受診できない」と書かれたチラシが出回っていますが、それは違います。ご注意ください。'],
    ['「熱中症は室内ではならない」と言う方がいますが、それは違います。室内でも注意しましょう。'],
    ['申請が遅れた方の支給は翌月になります。'],
    ['書類に不備があった方には個別にご連絡します。'],
    ['それは、申請が遅れた方のための特例措置です。'],
    ['制度の内容がまだ十分に知られていないのは残念です。周知に努めます。'],
    ['ご理解いただけていない方がいるのは、私どもの説明不足によるものです。'],
    ['柳川の魅力をまだ知っていただけていないのは残念！ぜひ遊びに来てください。'],
    ['ご期待に沿えず残念です。またのご応募をお待ちしています。'],
    ['雨で中止となり、皆さまにお越しいただけず残念です。'],
    ['ご批判もありますが、ご理解を得られないまま進めることはありません。'],
    ['公園をきれいにしているのは地域の皆さんです。ご意見ありがとうございます。'],
    ['「公園が汚い」との声をいただきました。清掃してくださっているのは地域の皆さんです。'],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: round 38 — a report denied as not the facts, a complaint answered with "it was written all along"', () => {
  it.each<[string, CheckContext?]>([
    ['一部報道で保育料が上がると報じられていますが、事実とは異なります。'],
    ['週刊誌に「市長が公用車を私用」との記事が出ましたが、事実と違います。'],
    ['新聞の記事では工事が遅れているとありましたが、事実とは異なります。工事は予定どおりです。'],
    ['昨日の地元紙の報道内容は、事実と異なっております。'],
    ['一部のテレビ番組で市の対応が遅れたと報道されましたが、これは事実とは異なっています。'],
    ['駐車場の案内がなかって言われよるばってん、チラシにちゃんと書いとったとです。'],
    ['「申込方法が分からない」とおっしゃいますが、市報にきちんと掲載しております。'],
    ['説明会の案内がなかったって書かれてますけど、全戸にしっかりお知らせしてましたよ。'],
    ['「案内板が分かりにくい」と言われますが、案内板は以前から設置しております。'],
    ['申請書が届かんって言われよるけど、前から全戸に配っとるとよ。'],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx).some((f) => f.rule === 'rebuttal/argument' && f.severity === 'warn')).toBe(true)
  })
  it.each<[string, CheckContext?]>([
    ['「ごみ袋が値上げされる」という噂が広がっていますが、事実とは異なります。価格は据え置きです。'],
    ['選挙の投票所が変わるというメールが出回っていますが、事実とは異なります。ご注意ください。'],
    ['写真はイメージで、実際の商品とは異なります。'],
    ['「市のプールが閉鎖される」というチラシが出回っていますが、事実と異なっています。'],
    ['古い情報は現在の事実と異なっている場合があります。'],
    ['昨日の新聞で、給食の誤配について報じられました。ご心配をおかけし申し訳ありません。'],
    ['「駐車場が分かりにくい」とのご意見をいただきました。入場券の裏に地図を載せておりますので、ぜひご活用ください。'],
    ['「字が小さい」とのご意見を受けて、案内板を見直し、文字をきちんと大きくしました。'],
    ['ごみの分別方法は、ごみカレンダーにきちんと書いてあります。'],
    ['「駐車場が狭い」とのご意見をいただきました。臨時駐車場は以前から設置しておりますので、ご利用ください。'],
    ['「トイレの場所が分からない」との声をいただき、案内表示を以前から設置していた場所に加えて新たに2か所設けました。'],
    ['「説明会は長い」って言う人もおるばってん、大事なことをちゃんと説明しとりますけん、ぜひ来てください。'],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: round 41 kinds (a complaint doubted as impossible, all that can be done said done, a complaint turned round by a comparison)', () => {
  it.each<[string, CheckContext?]>([
    ['「窓口の対応が冷たい」とのご意見をいただきましたが、うちの職員に限ってそんなはずはありません。'],
    ['図書館が汚かったって口コミを見たけど、毎日掃除しているので、それはありえないと思います。'],
    ['バスが来なかったってコメントがあったけど、時刻表どおり運行しているので、そんなことはないと思いますよ😅'],
    ['道路の補修が遅いという苦情をいただいていますが、できることはすべてやっております。'],
    ['ご批判は承知していますが、市としてやるべきことはきちんとやっています。', { mode: 'reply' }],
    ['「ごみ袋が高すぎる」とのご指摘がありますが、近隣の市町と比較しても決して高くはありません。'],
    ['保育料が高いとの苦情が寄せられていますが、全国平均に比べるとかえって安い水準です。'],
    // the blind items themselves
    ['案内所で英語が通じなかったってコメントもらったけど、うちのスタッフはみんな英検持ってるので…それはないと思います🙄\n#観光案内所'],
    ['水路清掃が雑だとのご意見。予算と人員の範囲でやれることはやってます。以上です。'],
    ['「介護保険料が上がりすぎ」というご意見を多くいただいていますが、県内の他市と比べればむしろ低い水準です。よく比べてからご意見をお寄せください。'],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx).some((f) => f.rule === 'rebuttal/argument' && f.severity === 'warn')).toBe(true)
  })
  it.each([
    '「市民プールが閉鎖される」という噂がありますが、そんなことはないと思います。今年も営業します。',
    '「当日券はないの？」ってコメントをいただきました。当日券もご用意しています！',
    '「説明が分かりにくい」とのご意見をいただきました。そんなはずはないと思っていましたが、確かに専門用語が多く、見直しました。',
    '難しそうと思われるかもしれませんが、そんなことはないと思います！初心者の方も大歓迎です。',
    '「公園の草が伸びている」とのご意見をいただきました。ありがとうございます。できることからやっていきます。',
    'ボランティアの皆さんは、自分にできることを精一杯しています。',
    '災害に備えて、今できることをしておきましょう。',
    '全国と比べると、むしろ柳川市は晴れの日が多い街です。',
    '「保育料が高い」とのご意見をいただいています。他市と比べてもむしろ高い水準であり、見直しを検討します。',
    'ご意見ありがとうございます。県内の他市と比べるとむしろ少ない状況で、改善に努めます。',
  ])('passes %s', (text) => {
    expect(findingsOf(rebuttal, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: round 42 kinds (told to look before pointing out, the oversight put on the critic in a cleft, opinions of those who did not take part refused, the cause put on the complainant\'s home, "you would know if you looked it up")', () => {
  it.each<[string, CheckContext?]>([
    // told to look before pointing out, with ご指摘 or 苦情 as the act
    ['「時刻表が間違っている」とのご意見をいただきましたが、現地の掲示をご確認になってからご指摘いただければ幸いです。'],
    ['苦情をいただいていますが、一度実際に見てから苦情をお願いします。'],
    ['@user ちゃんと調べてからご指摘ください。', { mode: 'reply' }],
    // the oversight or mistake put on the critic in a cleft
    ['受付時間が書いていないとのご指摘ですが、チラシの裏面に記載しております。見落とされたのはそちらのほうではないでしょうか。'],
    ['「日付が違う」とのコメントですが、勘違いされているのはご本人ですよ。'],
    ['料金の表示がおかしいとの苦情ですが、読み違えたのはお客様側かと存じます。', { mode: 'comment' }],
    // opinions of those who did not take part refused
    ['計画への批判がありますが、パブリックコメントに応募されなかった方のご不満にはお応えしかねます。'],
    ['説明が足りないとの声について。資料を読んでいない方からのご意見には対応いたしかねます。'],
    ['@user 説明会に来られなかった方の苦情まで責任は持てません。', { mode: 'reply' }],
    // the cause put on the complainant's own home or doing
    ['「広報紙が届かない」とのご指摘ですが、届かないのは、お客様のポストに表札がないためかと思われます。'],
    ['ホームページが見づらいとの苦情をいただきましたが、見づらいのはお使いの端末が古いせいでしょう。'],
    ['@user 映りにくいのは、ご自宅のアンテナが原因によるものと思われます。', { mode: 'reply' }],
    // "you would know if you looked it up"
    ['「なぜ無料にしないのか」とのご意見ですが、条例を読めば分かる話です。'],
    ['駐車場を増やせというコメントをいただきましたが、少しお調べになればお分かりになるはずです。'],
    ['@user ちょっと検索すればすぐわかることかと。', { mode: 'reply' }],
    // the blind items themselves
    ['新しいごみ収集カレンダーに誤りがあるとの投稿が広がっていますが、カレンダーに誤りはありません。よくご覧になってからご指摘ください。'],
    ['駐車場の案内が不親切とのご指摘ですが、看板は3か所に設置済みです。見落とされたのはお客様の方かと存じます。', { mode: 'comment' }],
    ['耐震工事の説明が不十分との声について。説明会は２回開催済みです。参加されなかった方のご意見まで責任は負いかねます。'],
    ['ご指摘の件ですが、防災無線の音量は基準どおりに設定しております。聞こえにくいのは、ご自宅の窓を閉め切っているためかと思われます。', { mode: 'reply' }],
    ['延滞本に延滞金を取ればいいというコメントをいただきましたが、それは法律上できません。少し調べればわかることかと思います。', { mode: 'comment' }],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx).some((f) => f.rule === 'rebuttal/argument' && f.severity === 'warn')).toBe(true)
  })
  it.each([
    // directions on a form, an FAQ, the city's own oversight
    '申込書は、記入例をよくご覧になってからご記入ください。',
    'よくある質問をご覧になってからお問い合わせいただくと、スムーズです。',
    '「案内が分かりにくい」とのご指摘をいただきました。見落としていたのは当課です。大変申し訳ありません。',
    '見間違えやすいのは、数字の「1」と「7」です。記入の際はご注意ください。',
    // disclaimers of loss, not critics
    '駐車場内での盗難・事故については、責任を負いかねます。',
    '説明会に参加できなかった方のために、資料をホームページに掲載しました。ご意見もお寄せください。',
    '当日来られなかった方のご意見も、アンケートで伺います。',
    // help pages and fixes
    'テレビが映りにくいのは、ご自宅のアンテナの向きが原因の場合があります。',
    '「防災無線が聞こえにくい」とのご意見をいただきました。聞こえにくいのは、ご自宅の窓を閉めているためかもしれません。放送内容は電話でもお聞きいただけます。',
    '「つながりにくい」とのご指摘をいただきました。つながりにくいのは、お使いの端末の設定によることがあります。設定方法をご確認ください。',
    // a guide, a quiz
    '下の表を見ればわかるように、今年は参加者が増えました。',
    '地図を見れば分かるとおり、会場は駅のすぐ近くです。',
    'よく見ればわかる違いを探すクイズです！',
  ])('passes %s', (text) => {
    expect(findingsOf(rebuttal, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: round 43 kinds (a criticism refused as the city\'s stance, critics faulted for criticising without knowing, a critic reported in dialect)', () => {
  it.each<[string, CheckContext?]>([
    // a criticism received, refused as the city's stance
    ['駐車場の料金が高すぎるとのご批判をいただいていますが、料金を見直す考えは一切ございません。'],
    ['「開館時間を延ばして」というご要望を多数いただいておりますが、開館時間は条例で定めたものであり、変更するつもりはありません。'],
    ['バスの減便に苦情が寄せられていますが、減便を撤回する考えはない。'],
    // critics faulted for criticising without knowing
    ['「対応が遅い」という投稿がありましたが、現場の苦労も知らずに文句を言うのはやめてほしいです。'],
    ['市の取り組みも知らんで、悪口ば書かんでほしか。'],
    ['@user 経緯も知らないで批判しないでください。', { mode: 'reply' }],
    ['そげん言われても、協力隊の人たちはちゃんと仕事しよんしゃあとですよ。よう知らんで書かんでください。'],
    // a critic reported in dialect, then told to look first
    ['「駐車場が少ない」って書きよる人のおるばってん、臨時駐車場もあるとよ。ちゃんと見てから言うてほしか。'],
    // the blind items themselves
    ['二十歳を祝う会の式典が長すぎるとのご意見を多数頂戴しておりますが、来賓の皆様の祝辞は式典の重要な一部であり、短縮する考えはございません。'],
    ['『市は何もしよらん』て書きよる人のおるばってん、うちらは毎日山に入りよるとよ！ちゃんと見てから言うてほしか〜'],
    ['『うなぎが高すぎる』という投稿を拝見しました。不漁の中で、どのお店も必死に努力されています。事情も知らずに批判されるのはいかがなものでしょうか。'],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx).some((f) => f.rule === 'rebuttal/argument' && f.severity === 'warn')).toBe(true)
  })
  it.each([
    // a worry reassured, a request agreed with, thanks, a schedule, a rumour set right
    '「図書館が廃止されるのでは」とのご心配の声をいただいていますが、廃止する考えはございません。ご安心ください。',
    '「市民プールを残してほしい」とのご意見を多数いただいています。市としても廃止する考えはございません。',
    'ご意見ありがとうございます。現時点では変更する考えはございませんが、今後の参考にさせていただきます。',
    '現時点で料金を値上げする予定はございません。',
    '「図書館が閉館する」という噂が広がっていますが、閉館する考えはございません。',
    // advice on posting, a form
    '詳しいことを知らずに書き込むのは、デマの拡散につながります。気をつけましょう。',
    '何も知らずに書き込んだ投稿が、誰かを傷つけることもあります。ネットリテラシー講座のご案内です。',
    'よく知らないまま書類を書かないでください。分からない点は窓口でお尋ねください。',
    // people who thank, reported in dialect
    '「ありがとう」って言ってくれる人がいるから頑張れます。',
    '「おいしかった」って書いとる人のおって、うれしかです！',
  ])('passes %s', (text) => {
    expect(findingsOf(rebuttal, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: a call not to judge people by an attribute is no rebuttal (決めつけないでください in awareness)', () => {
  it.each([
    '国籍で決めつけないでください。',
    '人を見た目や国籍で決めつけないでください。',
    '相手のことを、肩書きだけで決めつけないようにしましょう。',
    '子どもを「できない子」と決めつけないで、まず話を聞いてみてください。',
    '人権週間です。性別や年齢で決めつけない社会をつくりましょう。',
  ])('passes %s', (text) => {
    expect(findingsOf(rebuttal, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    'ご指摘の件、決めつけないでください。',
    '市が隠しているかのように決めつけないでいただきたい。',
    '@user 一方的に決めつけないでください。',
  ])('still flags %s', (text) => {
    expect(findingsOf(rebuttal, text).some((f) => f.rule === 'rebuttal/argument' && f.severity !== 'info')).toBe(true)
  })
})

describe('rebuttal: round 44 kind (the critic\'s understanding said to be wrong, softened into a question or a guess)', () => {
  it.each<[string, string, CheckContext?]>([
    ['ごみの収集が遅いとのご意見ですが、収集は予定どおり行っております。ご認識に誤りがあるのではないでしょうか。', 'ご認識に誤りがあるのではないでしょうか'],
    ['@user 料金が高いとおっしゃいますが、県内では平均的な水準です。お考えが少しずれているのではありませんか。', 'お考えが少しずれているのではありませんか', { mode: 'reply' }],
    ['公園の草刈りをしていないとの苦情をいただきましたが、先月実施しております。そちらの認識が間違っていませんか？', 'そちらの認識が間違っていませんか'],
    ['ご指摘の件ですが、ご理解がやや異なっているのではないかと存じます。', 'ご理解がやや異なっているのではないか'],
    ['開館時間が短いという投稿ですが、近隣市と同じです。投稿者の方の認識が違っているのではないでしょうか。', '投稿者の方の認識が違っているのではないでしょうか', { mode: 'comment' }],
    ['あなたの認識が間違ってるんじゃない？', 'あなたの認識が間違ってるんじゃない', { mode: 'comment' }],
    ['ご批判をいただいていますが、ご解釈が誤っているものと考えております。', 'ご解釈が誤っているものと考え'],
    ['バスが来ないとの苦情ですが、時刻表どおり運行しています。ご認識が違っているのでは？', 'ご認識が違っているのでは'],
  ])('flags %s', (text, excerpt, ctx) => {
    const f = findingsOf(rebuttal, text, ctx).filter((x) => x.rule === 'rebuttal/argument' && x.severity === 'warn')
    expect(f.map((x) => x.excerpt)).toContain(excerpt)
  })
  it.each<[string, CheckContext?]>([
    // a campaign that questions a common belief, with no critic
    ['「まだ若いから健診は不要」、その考えが間違っているのかもしれません。'],
    ['「うちの子に限って」というお考えが、少し違っているのではないでしょうか。家庭でのネットの使い方を見直してみませんか。'],
    // a setting or an entry, not the reader's view
    ['お使いの端末の設定が違っているのではないでしょうか。設定画面をご確認ください。', { mode: 'reply' }],
    ['申請書の記入内容に誤りがあるのではないかとご心配な方は、窓口でご確認いただけます。'],
    // a worry offered help, the city's own understanding doubted
    ['ご理解が違っているのではないかとご心配な方は、説明会の資料をご覧ください。', { mode: 'reply' }],
    ['当課の見解に誤りがあるのではないかとのご指摘を受け、改めて調査しております。'],
    // an apology
    ['ご案内が分かりにくく申し訳ございません。ご認識が違っているのではなく、私どもの説明が不足しておりました。', { mode: 'reply' }],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: a view called wrong that is no critic\'s (an awareness question, the city doubting itself)', () => {
  it.each([
    '「自分は詐欺に遭わない」というその認識が間違っているのではないでしょうか。',
    '私どもの認識が間違っているのではないかと考え、調査を始めました。',
    '「うちの子に限って」という、その認識が間違っていることもあります。',
  ])('passes %s', (text) => {
    expect(findingsOf(rebuttal, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    'ご指摘の方の認識が間違っています。',
    '投稿者の認識が間違っております。',
    '@user ご認識が誤っています。',
  ])('still flags %s', (text) => {
    expect(findingsOf(rebuttal, text, text.startsWith('@') ? { mode: 'reply' } : {}).some((f) => f.rule === 'rebuttal/argument' && f.severity !== 'info')).toBe(true)
  })
})

describe('rebuttal: round 45 kinds', () => {
  it.each<[string, string, CheckContext?]>([
    // a criticism refused in the humble 〜かねます (R45A-061)
    ['「歩道の除雪が遅い」というご意見には、同意いたしかねます。', '同意いたしかねます'],
    ['料金が高すぎるとのご指摘ですが、市としては賛同しかねます。', '賛同しかねます'],
    ['@user ご批判の内容には到底納得いたしかねます！', '到底納得いたしかねます', { mode: 'reply' }],
    ['説明会が形だけだったとのご批判には承服致しかねます。', '承服致しかねます'],
    // the critic's claim called a misunderstanding in the continuative copula, before a counter-claim (R46A-045)
    ['「子育て支援が他市より薄い」というのは誤解で、実際には県内でも手厚い方です。', 'というのは誤解で', { mode: 'comment' }],
    ['ごみの分別が厳しすぎるとのご意見ですが、「うちの市だけ」というのは勘違いで、近隣も同じ基準です。', 'というのは勘違いで'],
    ['「図書館の本が古い」というご指摘は思い違いであって、毎年２０００冊を更新しております。', 'というご指摘は思い違いであって'],
    ['「市営住宅は空きがない」っていうのは間違いで、今も募集しとります。', 'っていうのは間違いで', { mode: 'reply' }],
    // a malfunction a complaint reports, denied (R45A-063)
    ['「証明書のコンビニ交付が使えない」との投稿を拝見しましたが、システムに不具合はございません。', 'との投稿を拝見しましたが'],
    ['「街灯が点かない」とのご指摘をいただきましたが、故障は一切ありません。', 'とのご指摘をいただきましたが'],
    ['「アプリが落ちる」という書き込みがありますが、エラーなどございません。', 'という書き込みがありますが'],
    // a complaint turned onto those who skipped a step, in a cleft (R45A-101)
    ['「給付金がまだ届かない」という声を見かけますが、届いていないのは、ほとんどが書類を出していない方です。', 'のは、ほとんどが書類を出していない方です'],
    ['窓口が混みすぎとの苦情をいただいていますが、お待たせしているのは予約せずに来られた方だけです。', 'のは予約せずに来られた方だけ'],
    ['ゴミが回収されないとのご意見ですが、回収されなかったのは大半が分別されていない方でございます。', 'のは大半が分別されていない方でございます'],
    // what people say of the city's own programme, reported in English and denied (R45A-098)
    ['Some people say our eel festival is "a tourist trap." That\'s simply not true.', "That's simply not true"],
    ['Critics claim the city wasted money on the new bridge. That is not the case.', 'That is not the case'],
    ['People are saying this tour is overpriced. That\'s false.', "That's false"],
  ])('flags %s', (text, excerpt, ctx) => {
    const f = findingsOf(rebuttal, text, ctx).filter((x) => x.rule === 'rebuttal/argument' && x.severity === 'warn')
    expect(f.map((x) => x.excerpt)).toContain(excerpt)
  })
  it.each<[string, CheckContext?]>([
    // consent in a form or a scam warning, not a criticism refused
    ['個人情報の第三者提供には同意いたしかねる場合、申込書の欄にチェックを入れてください。'],
    ['規約に同意しかねる方は、窓口でご相談ください。'],
    // a view that lumps a group together refused: the city stands by the group
    ['ご意見ありがとうございます。ただ、外国籍の方をひとくくりにして騒音の原因とするお考えには、同意いたしかねます。'],
    ['「高齢ドライバーはみんな危ない」というご意見には、偏見を助長するおそれがあるため賛同しかねます。'],
    // a myth corrected with no critic answered
    ['「冬は熱中症にならない」というのは誤解で、暖房の効いた室内でも起こります。'],
    ['「認知症は治らない」というのは誤解で、早期の受診で改善する場合もあります。'],
    // a question answered, a fix, a status notice without a complaint
    ['現在、システムに不具合はございません。安心してご利用ください。'],
    ['「予約が取れない」とのご意見をいただきましたが、原因はシステムの不具合でした。申し訳ございません。現在は復旧しています。'],
    // a rule told as a cleft, with no complaint
    ['整理券が必要なのは、事前予約をされていない方です。'],
    ['ご利用になれるのは、まだ登録をしていない方のみです。'],
    ['対象となるのは、昨年度に申請されなかった方です。'],
    ['「待ち時間が長い」との声を受け、予約枠を増やしました。お待たせしているのは予約をされずに来られた方が多いため、予約の活用をお願いします。'],
    // a myth about the world in English, not the city's
    ['Some people say tap water in Japan is unsafe to drink. That\'s not true.'],
    ['Many visitors say our canals are beautiful. That\'s true!'],
    // a fraud warning quoting what fraudsters claim (R46A-049)
    ['「市の職員が給付金の手続きで電話をかける」という話はデマです。市が電話で口座番号をお聞きすることはありません。不審な電話は警察へ。'],
    ['「水道局の職員が浄水器を売りに来る」といううわさは事実無根です。市を名乗る訪問販売の詐欺にご注意ください。'],
    ['「マイナンバーカードの更新に手数料がかかる」という話はデマです。市を名乗る詐欺にご注意ください。'],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each<[string, CheckContext?]>([
    // a charge against the staff or a criticism received is still answered, fraud words or not
    ['「市の職員が不正をしている」という話はデマです。不審な電話にもご注意ください。'],
    ['「窓口の対応が遅い」とのご批判はデマです。詐欺にご注意ください。'],
  ])('still flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx).some((f) => f.rule === 'rebuttal/argument' && f.severity !== 'info')).toBe(true)
  })
})

describe('rebuttal: round 47 kinds (the city\'s fault denied with the task in a compound; the critic told to look carefully at what is displayed)', () => {
  const reply: CheckContext = { mode: 'reply' }
  it.each<[string, string, CheckContext?]>([
    // the city's fault denied, the task it failed at named in a compound (R47B-068), with or without the complaint in the paragraph
    ['【広報やながわの配布について】\n\n「広報紙が届かない」というご意見を複数いただいております。\n\n広報紙の配布は各自治会にお願いしているものであり、市の配布ミスではありません。届いていない方は、まずお住まいの自治会にご確認ください。', '市の配布ミスではありません'],
    ['ごみが収集されていないとのご意見をいただきました。\n\n今回の件は当課の収集漏れではございません。収集日を過ぎて出されたごみは回収できません。', '当課の収集漏れではございません'],
    ['今回の通知の遅れは、市役所の事務処理ミスではありません。郵便の配達状況によるものです。', '市役所の事務処理ミスではありません'],
    ['通知が届かんて声の出とるばってん、市の送付ミスじゃなかです。', '市の送付ミスじゃなか'],
    ['請求額が違うとの苦情がありましたが、市の計算間違いによるものではございません。', '市の計算間違いによるものではございません'],
    // after a complaint, the notice said displayed all along and the critic told to look carefully (R47A-072)
    ['@yng_driver 料金の表示がわかりにくいとのご意見ですが、入口に大きく掲示しておりますので、よくご覧いただければと存じます。', '掲示しておりますので、よくご覧いただ', reply],
    ['受付時間がわかりにくいとのお声をいただきましたが、入口に大きく表示してございますので、しっかりご覧いただければ幸いです。', '表示してございますので、しっかりご覧いただ'],
    ['駐車場の場所が分からないとのご指摘ですが、ホームページに地図を掲載しておりますので、今一度よくご確認いただければと存じます。', '掲載しておりますので、今一度よくご確認いただ'],
    ['@user 時間が書いてないとのご意見ですが、チラシの裏に載せとりますけん、よう見てもらえたらと思います。', '載せとりますけん、よう見てもら', reply],
    ['@user 予約制とは知らなかったとのことですが、案内文に明記してありますので、最後までお読みいただきますようお願いします。', '明記してありますので、最後までお読みいただ', reply],
  ])('flags %s', (text, excerpt, ctx) => {
    const f = findingsOf(rebuttal, text, ctx).filter((x) => x.rule === 'rebuttal/argument' && x.severity === 'warn')
    expect(f.map((x) => x.excerpt)).toContain(excerpt)
  })
  it.each<[string, CheckContext?]>([
    // an admission, a doubt asked, a step to avoid mistakes, an inspection's finding, another city's
    ['市の事務処理ミスにより、通知書の一部に誤りがありました。深くお詫び申し上げます。'],
    ['申請書の記入ミスではないか、提出前にもう一度ご確認ください。'],
    ['市の入力ミスではないかとのお問い合わせをいただき、現在確認しております。'],
    ['配布ミスを防ぐため、市では配布リストを見直しました。'],
    ['点検の結果、市の設定ミスではなく、機器の故障と分かりました。現在修理を進めています。'],
    ['他市の手続きミスではなく、国のシステムの障害によるものです。'],
    // a pointer to what is displayed with no complaint, a question answered, a fix announced
    ['料金は入口に掲示しておりますので、ご来館の際はご覧ください。'],
    ['@user お問い合わせありがとうございます。時刻表は各バス停に掲示しておりますので、お出かけ前によくご確認ください。', reply],
    ['表示がわかりにくいとのご意見をいただき、入口の案内板を大きく作り直しました。改めてご覧いただければ幸いです。'],
    ['料金表示がわかりにくいとのご意見を受け、表示を見直しました。現在は入口に大きく掲示しておりますので、よくご覧ください。'],
    ['番組表はホームページに掲載しておりますので、よくご確認ください。'],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: round 48 kinds (a remark reported then waved off with そんなことない; a rebuttal announced; the critic\'s words called a lie; a criticism called a misunderstanding in the continuative keigo copula)', () => {
  const reply: CheckContext = { mode: 'reply' }
  const comment: CheckContext = { mode: 'comment' }
  const quote: CheckContext = { mode: 'quote' }
  it.each<[string, string, CheckContext?]>([
    // R48A-023: a criticism told to the mascot, denied with そんなことない, and a rebuttal announced
    ['「こたつ舟は高すぎ、ぼったくり」って言われたけど、そんなことないモン！燃料代も人件費もかかってるんだモン、反論させてもらうモン💢', 'って言われたけど、そんなことない', quote],
    ['「こたつ舟は高すぎ、ぼったくり」って言われたけど、そんなことないモン！燃料代も人件費もかかってるんだモン、反論させてもらうモン💢', '反論させてもらう', quote],
    // そんなことない after a remark reported, in keigo, in casual speech, in dialect
    ['「イベントがしょぼい」と言われましたが、そんなことはありません。出店数は過去最多です。', 'と言われましたが、そんなことはありません'],
    ['「駐車場が少なすぎ」って言われたけど、そんなことないよ〜！臨時駐車場もちゃんと用意してるよ', 'って言われたけど、そんなことない', comment],
    ['「ゆるキャラが地味」って書かれとったけど、そげなことなかよ！', 'そげなことなか', reply],
    ['「窓口の対応が遅い」とコメントされていますが、そのようなことはございません。', 'そのようなことはございません'],
    // a rebuttal announced in the causative of leave
    ['今回の報道について、ひと言反論させていただきます。', '反論させていただきます'],
    ['ちょっと言い返させてもらうね💢 川下りの料金は十年据え置きだよ', '言い返させてもらう', comment],
    ['この件については、市として抗議させていただきます。', '抗議させていただきます'],
    // R48A-041: the commenter's claim called a lie, in dialect with a gloss, or plainly
    ['それはすらごつ（うそ）ですよ〜！柳川の海苔はぜんぶ検査ばしとるけん、そげなデマば信じたらいかんよ😤', 'それはすらごつ（うそ）ですよ', comment],
    ['それはうそですよ！柳川のうなぎは国産だけ使っとります', 'それはうそですよ', comment],
    ['そりゃすらごとばい。海苔の検査はちゃんとしよるけん', 'そりゃすらごとばい', reply],
    ['それ、デタラメだよ〜！川下りは冬も運航してるよ', 'それ、デタラメだよ', comment],
    ['「市は何も対策していない」とのご意見ですが、それは真っ赤なうそです。', 'それは真っ赤なうそです'],
    // R48A-081: a criticism received called a misunderstanding in the continuative keigo copula
    ['なお、SNS上で「給食センターの衛生管理はずさんだ」との投稿が見られますが、それは誤解でございまして、当センターの衛生管理は国の基準を十分に満たしております。', 'それは誤解でございまして'],
    ['「窓口の対応が冷たい」とのご意見をいただきましたが、それは誤解でありまして、職員は丁寧な対応を心がけております。', '誤解であり'],
    ['「補助金の審査が不公平」との書き込みがありますが、それは勘違いでして、審査は要綱に沿って行っております。', 'それは勘違いでして'],
    ['@user ご指摘の件は誤解でございまして、工事は予定どおり進んでおります。', 'ご指摘の件は誤解でございまして', reply],
    ['「休館日が多すぎる」というご意見は誤解でして、開館日数は県内でも多い方です。', 'ご意見は誤解でして'],
  ])('flags %s', (text, excerpt, ctx) => {
    const f = findingsOf(rebuttal, text, ctx).filter((x) => x.rule === 'rebuttal/argument' && x.severity === 'warn')
    expect(f.map((x) => x.excerpt)).toContain(excerpt)
  })
  it('flags R48A-081 inside an apology written in another paragraph', () => {
    const text = '【給食センターにおける異物混入への対応について】\n\n11月20日の給食で異物の混入が確認された件について、保護者の皆さまにご心配をおかけしておりますことをお詫び申し上げます。\n\n現在、全調理機器の点検を行い、点検が終わった設備から順次使用を再開しております。\n\nなお、SNS上で「給食センターの衛生管理はずさんだ」との投稿が見られますが、それは誤解でございまして、当センターの衛生管理は国の基準を十分に満たしております。\n\n引き続き、安全・安心な給食の提供に努めてまいります。'
    expect(findingsOf(rebuttal, text, { site: 'facebook', tone: 4 }).some((x) => x.rule === 'rebuttal/argument' && x.severity === 'warn')).toBe(true)
  })
  it.each<[string, CheckContext?]>([
    // a thought or a myth set right, a worry or praise waved off
    ['「難しそう」と思われがちですが、そんなことはありません。手続きは5分で終わります。'],
    ['「柳川は夏しか楽しめない」とよく言われますが、そんなことはありません！冬はこたつ舟が人気です。'],
    ['参加者の方に「私にはできるかな」と言われましたが、そんなことはありません。皆さん最後まで完成させていました。'],
    ['「職員さん優しいね」って言われたけど、そんなことないですよ〜、当たり前のことをしただけです', comment],
    ['「そんなことはない」と言われても、不安なときは遠慮なくご相談ください。'],
    // arguing as a lesson, the city's rule of not arguing, a class making students argue
    ['ディベート大会では、相手チームの意見に反論する練習をしました。'],
    ['生徒に反論させてから、自分の考えをまとめさせる授業です。'],
    ['市はSNS上で反論や弁明はせず、事実を丁寧にお伝えします。'],
    // a fraud's pretext or an April fool set right, an affirmation, a question, a worried asker reassured
    ['「市役所から還付金があります」という電話、それはうそです！詐欺ですので、すぐに電話を切ってください。'],
    ['昨日の「川下りの舟が空を飛ぶ」という投稿、それはウソです！エイプリルフールでした😆'],
    ['それはうそじゃないですよ！本当にカッパの像があるんです', comment],
    ['えっ、それってうそでしょ？すごい偶然ですね！', comment],
    ['@user それはうそですよ〜、ご安心ください！市民プールは来年も営業します', reply],
    // a misunderstanding of the city's own, with an apology; a myth called a misunderstanding with no critic
    ['ご指摘の件は、こちらの誤解でございまして、大変失礼いたしました。'],
    ['「川下りは夏だけ」と思われがちですが、それは誤解でして、冬もこたつ舟が運航しています。'],
    ['誤解でございましたら申し訳ございません。改めてご説明いたします。'],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: round 49 kinds (the critic\'s claim put down to their mistake as a polite question; a correction demanded of the press with an adverb of force; a report said to misread the facts; the quoted claim called wrong with 違う; the critic\'s post called misinformation)', () => {
  const reply: CheckContext = { mode: 'reply' }
  const comment: CheckContext = { mode: 'comment' }
  const quote: CheckContext = { mode: 'quote' }
  it.each<[string, string, CheckContext?]>([
    // R49A-051: the critic's claim put down to their mistake, softened into a polite question or guess
    ['当日は英語対応のスタッフが案内所に常駐しておりました。「英語が全く通じなかった」とのことですが、何かのお間違いではないでしょうか。', '何かのお間違いではないでしょうか', quote],
    ['「窓口で2時間待たされた」とのことですが、何かのお間違いではないでしょうか。当日の待ち時間は最大20分でした。', '何かのお間違いではないでしょうか'],
    ['@user 受付は9時からと掲示しておりましたので、お客様の勘違いではございませんか。', '勘違いではございませんか', reply],
    ['「イベントが中止になった」ってコメントもらったけど、何かの間違いじゃないですか？ちゃんと開催しましたよ', '何かの間違いじゃないですか', comment],
    ['@user それは何かの間違いじゃなかですか？その日は休館日やったですよ', '何かの間違いじゃなかですか', reply],
    ['ご指摘の件、お聞き違いではないかと存じます。担当はそのようにはご案内しておりません。', 'お聞き違いではないかと存じます'],
    // R49A-102: a correction demanded of the press with an adverb of force; a report said to misread the facts
    ['【一部報道について】\n\n本日付の一部週刊誌において、本市のふるさと納税に関し「返礼品の産地偽装を市が黙認していた」との記事が掲載されました。\n\n当該記事は事実を著しく誤認したものであり、本市は同誌に対し記事の訂正を強く求めております。\n\n市民の皆様におかれましては、冷静な対応をお願い申し上げます。', '訂正を強く求めております', { site: 'facebook', tone: 5 }],
    ['当該記事は事実を著しく誤認したものであり、本市は同誌に対し記事の訂正を強く求めております。', '当該記事は事実を著しく誤認した'],
    ['昨日の新聞報道について、本市は同紙に対し記事の訂正を厳重に申し入れました。', '訂正を厳重に申し入れました'],
    ['番組の内容は事実を大きく誤認したものであり、放送局に謝罪を強く要求しております。', '謝罪を強く要求しております'],
    ['一部週刊誌の記事は経緯を著しく誤認しています。', '記事は経緯を著しく誤認しています'],
    ['ネットニュースの記事について、配信元に削除を改めて求めております。', '削除を改めて求めております'],
    // R49A-116: the critic's quoted claim flatly called wrong with 違う, in any register
    ['コメントの「市はクリークのごみを放置してる」っていうのは違いますよ〜！💦 毎月ちゃんと職員と業者さんで清掃してます。見てないだけだと思います🙏', 'っていうのは違います', comment],
    ['「図書館の職員が不親切」というご意見は違います。職員は丁寧な対応を心がけております。', 'というご意見は違います'],
    ['@user 「支所の窓口が昼休みに閉まっとる」って話は違うとよ〜、昼もちゃんと開いとるけん', 'って話は違うとよ', reply],
    ['「市はイベントにお金をかけすぎ」とのコメントは、全く違います。費用の大半は協賛金です。', 'とのコメントは、全く違います', comment],
    ['コメントの「川下りは高いだけ」ってのは違うよ！船頭さんの案内付きやけんね', 'ってのは違うよ', comment],
    // R49A-136: the critic's own post called misinformation, spaced letters allowed
    ['@kaigai_mondai その投稿は誤 情 報です。市長の出張旅費は報じられている額の半分以下で、ビジネスクラスも利用しておりません。', 'その投稿は誤 情 報です', reply],
    ['@user そのツイートは偽情報ですよ。補助金の額は市のホームページで公表しています。', 'そのツイートは偽情報です', reply],
    ['「市長が公用車を私的に使っている」との投稿がありますが、その投稿はまったくの誤情報です。', 'その投稿はまったくの誤情報です'],
    ['その書き込み、偽情報ですよ〜！給食費は値上げしてません', 'その書き込み、偽情報です', comment],
    ['@user あなたの投稿はフェイクです。', 'あなたの投稿はフェイクです', reply],
  ])('flags %s', (text, excerpt, ctx) => {
    const f = findingsOf(rebuttal, text, ctx).filter((x) => x.rule === 'rebuttal/argument' && x.severity === 'warn')
    expect(f.map((x) => x.excerpt)).toContain(excerpt)
  })
  it.each<[string, CheckContext?]>([
    // a step to check, a thought, a myth, an admission with an apology
    ['番号のお間違いがないよう、お申し込みの前にご確認ください。'],
    ['申請書の日付のお間違いではないか、提出前にもう一度ご確認ください。'],
    ['「何かの間違いではないか」と思ったら、すぐに警察へご相談ください。'],
    ['@user お問い合わせの件、こちらの入力間違いではないかと確認したところ、当課のミスでした。申し訳ございません。', reply],
    ['「自分は大丈夫」というのは勘違いではないでしょうか。早めの避難を心がけましょう。'],
    // a request to the state, advice on harmful posts, a consumer notice, a causative, the city's own misreading apologised for
    ['国に対し、地方交付税の増額を強く求めております。'],
    ['誹謗中傷の書き込みを見つけたら、サイト管理者に削除を速やかに求めてください。'],
    ['不適切な広告を掲載した事業者に対し、表示の訂正を強く求めています。'],
    ['消費者に事実を誤認させる表示は、景品表示法で禁止されています。'],
    ['記事でご紹介した数値に誤りがありました。当課が事実を誤認していたためです。お詫びして訂正します。'],
    // two things compared, a question, a rumour or a myth set right with no critic, an admission
    ['「燃えるごみ」と「燃やせるごみ」というのは違いますか？というご質問をいただきました。'],
    ['「自治会」と「町内会」っていうのは違います。自治会は地区ごとの住民の集まりです。', comment],
    ['「市民プールが廃止される」という話は違いますよ。今年も7月から営業します。'],
    ['「川下りは夏だけ」というのは違います！冬はこたつ舟が運航しています。'],
    ['「集合は8時」というのは違いました。正しくは9時です。失礼いたしました。'],
    // a hoax or a fraud's pretext set right, a worried asker answered, a guess, literacy advice
    ['「〇〇地区で断水」という投稿が出回っていますが、この投稿は誤情報です。最新の情報は市ホームページでご確認ください。'],
    ['「市が給付金を配る」というLINEの投稿が届いた方へ。その投稿は偽情報です。詐欺にご注意ください。'],
    ['@user ご質問ありがとうございます。その投稿は誤情報です。ワクチン接種は無料で受けられます。', reply],
    ['@user その投稿は誤情報のようです。最新の情報は市ホームページをご覧ください。', reply],
    ['誤情報を見分けるコツ：その投稿は誰が発信したものか、確かめましょう。'],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: round 50 kinds (the critic\'s claim called groundless speculation; a fee complaint answered by justifying the fee; the critic told to try it before saying so; false hazard information set right with the state now)', () => {
  const reply: CheckContext = { mode: 'reply' }
  const comment: CheckContext = { mode: 'comment' }
  const quote: CheckContext = { mode: 'quote' }
  it.each<[string, string, CheckContext?]>([
    // R50A-026: the critic's claim called groundless speculation, in any register
    ['このご投稿にある「市から個人情報が漏れて詐欺電話がかかってきた」というお話は、根拠のない臆測です。市の情報管理に問題はございません。', '根拠のない臆測です', quote],
    ['@user 「市の補助金が一部の業者に流れている」というお話は、何の根拠もない憶測にすぎません。', '何の根拠もない憶測にすぎません', reply],
    ['「市長が業者と癒着している」とのご指摘は、まったくの邪推です。', 'まったくの邪推です'],
    ['@user それ、根拠のない憶測ばい。職員はそげなことしとらんけん', '根拠のない憶測ばい', reply],
    ['この投稿の「ごみ収集をさぼっている」という話は、勝手な臆測でしかありません。', '勝手な臆測でしかありません', quote],
    // R50A-067: a fee complaint heard and justified against its costs; the critic told to try it before saying so
    ['特別公開の入館料が高いってコメントいただいたけど、修繕費を考えたら300円は破格なんよ〜😌 一回来てみてから言うてほしかです🙏', '来てみてから言う', comment],
    ['特別公開の入館料が高いってコメントいただいたけど、修繕費を考えたら300円は破格なんよ〜😌', '考えたら300円は破格なんよ', comment],
    ['「駐車場代が高い」とのご意見をいただきましたが、維持費を考えれば200円は格安です。', '考えれば200円は格安です'],
    ['川下りが高いって言われるけど、船頭さんの人件費を思えばむしろ安いくらいですよ〜', '思えばむしろ安いくらいです', comment],
    ['料金が高いって言われるけど、一度乗ってみてから言ってほしいです〜', '乗ってみてから言っ', comment],
    ['@user 量が少ないってコメント、実際に食べてみてから書いてほしいです', '食べてみてから書いてほしい', reply],
    ['「内容がつまらない」とのご意見ですが、一度体験してみてからおっしゃっていただきたいです。', '体験してみてからおっしゃ'],
  ])('flags %s', (text, excerpt, ctx) => {
    const f = findingsOf(rebuttal, text, ctx).filter((x) => x.rule === 'rebuttal/argument' && x.severity === 'warn')
    expect(f.map((x) => x.excerpt)).toContain(excerpt)
  })
  it.each<[string, CheckContext?]>([
    // a myth or a guess of the city's own; advice against speculation
    ['「熱中症は水を飲めば防げる」は根拠のない思い込みです。塩分も補給しましょう。'],
    ['ネットの根拠のない憶測に惑わされず、市の公式情報をご確認ください。'],
    ['@user 将来の利用者数は、現時点ではあくまで推測です。', reply],
    ['根拠のない憶測による書き込みは、人を深く傷つけます。ネットリテラシー講座のご案内です。'],
    ['「市から個人情報が漏れた」という電話は詐欺です。根拠のない憶測に惑わされず、警察にご相談ください。'],
    // a bargain advertised with no complaint; thanks for a complaint with a fix; a trial suggested
    ['修繕費を考えたら、300円は破格です！ぜひお越しください。'],
    ['@user ご質問ありがとうございます。送料を考えたら、まとめ買いがお得ですよ。', reply],
    ['「入館料が高い」ってコメントありがとうございます！確かにそうですね。家族で考えたらお得な回数券も検討します。', comment],
    ['一度使ってみてから、申し込むかどうか決めてください。'],
    ['実際に来てみてから、参加するか決めていただいて大丈夫です。', comment],
    // R50A-048: false hazard or shelter information set right with the state now
    ['@yng_kazoku 昭代体育館の避難所が閉鎖されたという情報は誤りです。現在も開設しており、毛布と飲料水を用意しています。', reply],
    ['三橋公民館の給水所が終了したとの話は誤りです。引き続き18時まで給水しています。'],
    ['国道208号が通行止めという情報は事実と異なります。現在は通常どおり通行できます。'],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each<[string, CheckContext?]>([
    // still a rebuttal: a charge denied, a report denied, the critic answered
    ['避難所の運営がずさんだという情報は誤りです。現在も適切に運営しています。'],
    ['避難所が閉鎖されたという報道は誤りです。現在も開設しています。'],
    ['ご指摘の、避難所が閉鎖されたという情報は誤りです。現在も開設しています。'],
  ])('still flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx).filter((f) => f.severity === 'warn').length).toBeGreaterThan(0)
  })
})

describe('rebuttal, R51A-017: a critic\'s claim called invalid (ご主張は当たりません, 言い分は当たらん, お考えは当を得ておりません)', () => {
  it.each<[string, CheckContext?]>([
    ['この投稿にある「窓口延長は職員の残業代の無駄遣い」というご主張は当たりません。延長分は時差出勤で対応しており、残業代は発生していません。', { mode: 'quote' }],
    ['「ごみ袋が高すぎる」とのことですが、そのご主張は全く当たらないと考えております。'],
    ['あんたの言い分は当たらんばい。ちゃんと市報に載せとるけん。'],
    ['補助金が無駄だというお考えは当を得ておりません。事業の効果は報告書のとおりです。'],
    ['おっしゃっていることは必ずしも当たりません。', { mode: 'reply' }],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity === 'warn').length).toBeGreaterThan(0)
  })
  it.each<[string, CheckContext?]>([
    ['ご意見は、パブリックコメントの対象には当たりません。期間中に所定の様式でお寄せください。'],
    ['投稿いただいた写真は、肖像権の侵害には当たりませんのでご安心ください。'],
    ['ご指摘の日程は祝日に当たりません。通常どおり開庁しています。'],
    ['皆さまのお考えはアンケートで伺います。抽選は外れても当たりませんでしたが、ご参加ありがとうございました。'],
    ['自分の主張をはっきり伝える練習をする、中学生向けの講座です。'],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal, R52A-122: a complaint that something did not happen answered with the city\'s records that it did, or the complainant\'s account doubted (ないということはないかと思います, はずはございません)', () => {
  it.each<[string, CheckContext?]>([
    ['返礼品が届いていないとのことですが、配送記録では12月5日に配達完了となっています🙇 お受け取りになっていないということはないかと思います。', { mode: 'comment', site: 'instagram' }],
    ['申請の案内が来ていないとのご意見ですが、発送記録によりますと11月20日に郵送済みです。'],
    ['電話がつながらなかったというご指摘をいただきましたが、通話記録を確認しましたところ、当日はお電話を差し上げております。', { site: 'facebook' }],
    ['還付金が振り込まれとらんって言われよるけど、記録上は10日に入金済みやけん、通帳ばもう一回見てみて。', { mode: 'reply' }],
    ['通知が届いていないとのことですが、届いていないはずはございません。', { mode: 'comment', site: 'facebook' }],
    ['ご案内がなかったとのことですが、連絡がなかったとは考えにくいです。', { mode: 'comment', site: 'facebook' }],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity === 'warn').length).toBeGreaterThan(0)
  })
  it.each<[string, CheckContext?]>([
    ['返礼品の配送状況は、発送記録で確認できます。お届け予定日はメールでお知らせしています。'],
    ['返礼品が届いていないとのこと、ご不便をおかけしております。配送記録では12月5日に配達完了となっていますので、配送業者に調査を依頼いたします。', { mode: 'comment', site: 'instagram' }],
    ['発送はいつですか？とのご質問ですが、記録では12月3日に発送済みです。もうしばらくお待ちください。', { mode: 'reply' }],
    ['マイナンバーカードがないと申請できないということはありません。窓口でも受け付けています。', { mode: 'reply' }],
    ['本市の観測記録では、12月5日に初雪を観測しました。'],
    ['雨の日でも開催しないということはありません。小雨なら実施します。'],
    ['ふるさと納税の返礼品は、配送記録で配達完了となってから1週間以内に届かない場合、お問い合わせください。'],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal, R53A-049: what a post, an article or a programme says of the city, told in the passive of report, then denied with a bare predicate (…とされていますが、誤りです)', () => {
  it.each<[string, CheckContext?]>([
    ['こちらの投稿では、柳川市がふるさと納税の寄附額を水増ししているとされていますが、誤りです。掲載している数字は総務省の公表値そのままです。', { mode: 'quote' }],
    ['この記事では、市が補助金を特定の団体にだけ出しているとされていますが、間違いです。交付先はすべて公表しています。'],
    ['このポストでは、市役所が苦情ば放っとるって書かれとるばってん、間違いですけん。'],
    ['一部の書き込みでは、市が入札結果を隠しているとされておりますが、誤りでございます。'],
    ['ネットニュースで、柳川市のごみ収集が来年から有料になると報じられていますが、違います。'],
    ['先日の番組では、市の職員が窓口で居眠りしていたと紹介されましたが、誤りです。', { mode: 'reply', broadcastOnly: false }],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity === 'warn').length).toBeGreaterThan(0)
  })
  it.each<[string, CheckContext?]>([
    // the city's own words set right (active voice), a rumour or a myth set right, an article's error owned, a form
    ['昨日の投稿で開館時間を17時と書きましたが、誤りです。18時まで開いています。'],
    ['SNSで「市民プールが今年で閉鎖される」という投稿が広がっていますが、誤りです。今年も7月から営業します。'],
    ['ネットでは「柳川の水道水は飲めない」とよく言われていますが、誤りです。水道水は水質基準を満たしています。'],
    ['広報やながわ5月号の記事に誤りがありました。正しくは6月10日です。'],
    ['この記事では、分別で間違いやすいごみの例をまとめています。'],
    ['投稿フォームでは、入力内容に誤りがないか確認してから送信してください。'],
    ['市のホームページでは申込期限が3月末とされていますが、4月10日まで延長しました。'],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal, R53A-099: the critic\'s wording of the city\'s conduct rebutted (「高齢者の切り捨て」という表現は適切ではないと考えます)', () => {
  it.each<[string, CheckContext?]>([
    ['@bus_machi ご意見拝見しました。ただ、今回の減便は利用実態に基づくものであり、「高齢者の切り捨て」という表現は適切ではないと考えます。', { mode: 'reply', broadcastOnly: false }],
    ['「税金の無駄遣い」とのご批判をいただきましたが、そのような表現は当たらないと考えております。'],
    ['「見捨てた」って言われ方は、適切じゃなかと思いますよ。', { mode: 'comment', broadcastOnly: false }],
    ['@kaigo_son 「福祉の後回し」といった言い方は、決して正確とは言えません。', { mode: 'reply', broadcastOnly: false }],
    ['一部報道の「市が補助金を打ち切り」という見出しは正確ではありません。', {}],
    ['@user 「隠ぺい」という言葉は当たらないと考えております。', { mode: 'reply', broadcastOnly: false }],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity === 'warn').length).toBeGreaterThan(0)
  })
  it.each<[string, CheckContext?]>([
    // a note on terms, a criticism accepted, awareness advice, a definition
    ['「障害者」という表現は適切ではないとの考えから、市では「障がい者」と表記しています。'],
    ['@user ご質問ありがとうございます。「障害者」という表現は適切ではないため、市の文書では「障がい者」と表記しています。', { mode: 'reply', broadcastOnly: false }],
    ['この表現は適切ではないとのご指摘を受け、ポスターの文言を修正しました。'],
    ['@user ご指摘のとおり、「無料」という表現は正確ではありませんでした。「送料のみご負担」に改めます。', { mode: 'reply', broadcastOnly: false }],
    ['「ばか」「うざい」といった言葉は、相手を深く傷つけます。使わないようにしましょう。'],
    ['「高齢者」という言葉は、法律によって何歳以上を指すかが異なります。'],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal, R54A-120: those who criticise put down to their own failing, or the post defended during a 炎上 as approved or meant well', () => {
  it.each<[string, CheckContext?]>([
    ['炎上してるけど、うちらは面白いと思って作ったし、ちゃんと上の許可ももらってます！怒ってる人は冗談が通じんだけやと思う🙏', { mode: 'comment', site: 'instagram', broadcastOnly: false }],
    ['批判している方は、少し気にしすぎではないでしょうか。'],
    ['文句を言う人たちは、この動画のユーモアがわからないだけです。', { mode: 'reply', broadcastOnly: false }],
    ['叩いとる人は心が狭かとよ〜。', { mode: 'comment', broadcastOnly: false }],
    ['不快に思われる方は、神経質すぎると思います。'],
    ['ポスターが批判されていますが、課長の決裁も通っています。', { mode: 'reply', broadcastOnly: false }],
    ['お叱りの声もいただいていますが、良かれと思って企画したんです。'],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity === 'warn').length).toBeGreaterThan(0)
  })
  it.each<[string, CheckContext?]>([
    // advice on dealing with angry people, a worry, an apology, an outside consent, a plain approval note, a promo with no criticism
    ['怒っている人は、冗談が通じないこともあります。落ち着いて対応しましょう。'],
    ['心配している方は、気にしすぎず、まずは窓口にご相談ください。'],
    ['良かれと思って作った動画でしたが、配慮が足りませんでした。不快な思いをされた方に心からお詫び申し上げます。'],
    ['ご指摘の写真は、写っている方の許可をいただいて掲載しています。'],
    ['このイベントは、市長の承認を得て開催が決まりました。'],
    ['みんなに喜んでもらえると思って作った動画です！ぜひ見てね。'],
    ['「冗談が通じない人」と決めつけず、相手の気持ちを考えて書き込みましょう。'],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: blind R55A/GS — the staff\'s conduct declared without fault on the city\'s records; hazard rumour set right as of now', () => {
  // Kind: a complaint about the staff's manner received, then the staff's conduct (対応, 応対, 接客, 態度) declared without fault,
  // backed by the city's own records (録音, 記録, 防犯カメラ): 〜に問題は認められませんでした, 不適切な点は見当たりません.
  it.each<[string, CheckContext['mode'], string]>([
    ['コメントありがとうございます。窓口での職員の態度が横柄だったとのご指摘ですが、当日の録音を確認した限り、職員の対応に問題は認められませんでした。むしろ、大きな声を出されていたのはお客様のほうだったと記録されております。', 'reply', '対応に問題は認められませんでした'],
    ['職員の言葉遣いが失礼だったとのご意見をいただきましたが、通話記録を確認したところ、職員の応対に不適切な点は見当たりませんでした。', 'reply', '応対に不適切な点は見当たりませんでした'],
    ['窓口で長く待たされたという苦情ですが、受付記録を見る限り、当課の対応に問題はなかったものと考えております。', 'post', '対応に問題はなかった'],
    ['職員の態度が悪かったって苦情やけど、防犯カメラの映像ば確認した限り、職員の対応に問題はなかったですよ。', 'comment', '対応に問題はなかった'],
    ['先日の窓口での職員の態度が横柄だったとのご批判について、当日の録音を確認しましたが、職員の対応には何ら問題は認められませんでした。', 'post', '対応には何ら問題は認められませんでした'],
    ['ご指摘の件、担当者から聞き取りましたが、職員の接客に問題は見受けられません。', 'post', '接客に問題は見受けられません'],
    ['住民説明会での職員の説明が高圧的だったとのお叱りを受けましたが、議事録を確認した限りでは、説明に不適切な箇所は見当たりません。', 'reply', '説明に不適切な箇所は見当たりません'],
  ])('flags %s', (text, mode, excerpt) => {
    expect(findingsOf(rebuttal, text, { mode }).map((f) => `${f.severity}:${f.excerpt}`)).toContain(`warn:${excerpt}`)
  })
  // Kind (clean): a hazard rumour set right in a disaster with the state as of now (現時点で, 現段階では, 現状) — no critic answered.
  it.each<[string, CheckContext['mode']]>([
    ['@yng_river 「矢部川の堤防が決壊した」という情報は誤りです。現時点で、市内で堤防の決壊は確認されていません。川の水位は国土交通省「川の防災情報」でご確認ください。https://www.river.go.jp/', 'reply'],
    ['「市役所本庁舎が浸水した」という情報は誤りです。現時点で、庁舎に浸水の被害は確認されていません。', 'post'],
    ['@k 「沖端橋が通行止めになった」との話は誤りです。現段階では通行できます。', 'reply'],
    ['「西部地区で断水が始まる」という情報は誤りです。現状、水道は使えます。', 'post'],
    // hard negatives that share the new words: an inspection's finding, a fault admitted, a plain time
    ['点検の結果、遊具の安全管理に問題は認められませんでした。引き続き定期点検を行います。', 'post'],
    ['ご指摘ありがとうございます。録音を確認したところ、職員の対応に不適切な点がありました。大変申し訳ございません。研修を行います。', 'reply'],
    ['健康診断の結果、特に問題は認められませんでした。', 'post'],
    ['窓口の対応時間は8時30分から17時15分までです。', 'reply'],
  ])('passes %s', (text, mode) => {
    expect(findingsOf(rebuttal, text, { mode }).filter((f) => f.severity !== 'info')).toEqual([])
  })
  // …and a rumour that is a criticism, or a report, is still answered back even with 現時点で.
  it.each<[string, CheckContext['mode']]>([
    ['「避難所の運営がずさんだ」という情報は誤りです。現時点で、運営に問題は確認されていません。', 'post'],
    ['「堤防の決壊を市が隠している」との報道は誤りです。現時点で決壊は確認されていません。', 'post'],
  ])('still flags %s', (text, mode) => {
    expect(findingsOf(rebuttal, text, { mode }).some((f) => f.severity === 'warn')).toBe(true)
  })
})

describe('rebuttal: blind R56A/R57A — the critic told to stop spreading "wrong information"; the city\'s link to a harm denied; a quoted complaint refuted with figures; the press\'s coverage called excessive', () => {
  // Kind (R56A-062, a): in a reply, the critic told in the polite request form to stop spreading what the city calls wrong (誤った情報の
  // 拡散はお控えください, 間違った話を広めるのはご遠慮ください, 誤った情報ば広めんでください).
  it.each<[string, CheckContext['mode'], string]>([
    ['@nori_fan ご意見ですが、海苔の色落ちは市の排水とは無関係であることが調査で明らかになっております。誤った情報の拡散はお控えください。', 'reply', '誤った情報の拡散はお控え'],
    ['@q 間違った話を広めるのはご遠慮ください。', 'reply', '間違った話を広めるのはご遠慮'],
    ['@q 誤った情報ば広めんでください！', 'reply', '誤った情報ば広めんでください'],
    ['@q 事実と異なる投稿のシェアは、くれぐれもお控えください。', 'comment', '事実と異なる投稿のシェアは、くれぐれもお控え'],
    // Kind (R56A-062, b): a harm a critic lays at the city's door denied as unrelated to the city's doing, after a criticism
    ['@nori_fan ご意見ですが、海苔の色落ちは市の排水とは無関係であることが調査で明らかになっております。', 'reply', '市の排水とは無関係であ'],
    ['「工事のせいで井戸が濁った」とのご指摘ですが、井戸水の濁りは市の下水道工事とは一切関係ございません。', 'post', '市の下水道工事とは一切関係ございません'],
    ['カラスが増えたのはごみ収集が遅いからだという苦情をいただきましたが、カラスの増加と当課の収集作業は無関係です。', 'post', '当課の収集作業は無関係です'],
    ['渋滞は市のイベントのせいだと批判されていますが、当日の渋滞と本市の催しとの因果関係は認められません。', 'post', '本市の催しとの因果関係は認められません'],
    // Kind (R56A-064): a complaint quoted, then a figure saying the city does better than others
    ['「投票所が遠すぎる」という投稿を拝見しました。市内には24か所の投票所を設けており、有権者数あたりの数は県内平均を上回っています。', 'quote', '県内平均を上回っています'],
    ['「保育料が高すぎる」とのご意見をいただきましたが、本市の保育料は近隣市町と比べて低い水準です。', 'post', '近隣市町と比べて低い水準です'],
    ['「図書館の本が少ない」って口コミ見たけど、人口あたりの蔵書数は県内でもトップクラスなんよ。', 'post', '県内でもトップクラス'],
    ['「救急車が来るのが遅い」という声がありますが、本市の到着時間は全国平均より短くなっています。', 'post', '全国平均より短くなっています'],
    ['「公園が狭か」って言われよるばってん、一人あたりの公園面積は県の平均を上回っとります。', 'comment', '県の平均を上回っとります'],
    // Kind (R57A-038): the press's coverage judged excessive
    ['一部報道で当市職員の飲酒運転が大きく取り上げられていますが、勤務時間外の私的な行為であり、報道の扱いは過大であると考えております。', 'post', '報道の扱いは過大である'],
    ['一部の週刊誌が給食費の値上げを大きく取り上げていますが、記事の扱いは明らかに過剰だと考えます。', 'post', '記事の扱いは明らかに過剰だ'],
    ['テレビ番組で本市のごみ問題が特集されましたが、報道の仕方が大げさやと思います。', 'post', '報道の仕方が大げさや'],
    ['職員の不祥事をめぐるニュースの取り上げ方は、いささか行き過ぎではないでしょうか。', 'post', 'ニュースの取り上げ方は、いささか行き過ぎではないでしょうか'],
  ])('flags %s', (text, mode, excerpt) => {
    expect(findingsOf(rebuttal, text, { mode }).map((f) => `${f.severity}:${f.excerpt}`)).toContain(`warn:${excerpt}`)
  })
  it.each<[string, CheckContext['mode']]>([
    // a): a post's advice in a disaster; a reply that asks to take care, with thanks
    ['【お願い】災害時は、誤った情報の拡散はお控えください。', 'post'],
    ['@q ご心配ありがとうございます。災害時は誤った情報の拡散にご注意ください。', 'reply'],
    ['SNSでは誤った情報が広がることがあります。情報の発信元を確かめましょう。', 'post'],
    // b): a fraud warning, a disclaimer with no criticism, a kind of content, two words told apart, thanks and a disclaimer
    ['市役所を名乗る業者から電話があったとのご相談が寄せられていますが、市とは一切関係ありません。詐欺にご注意ください。', 'post'],
    ['このアンケートは市とは関係ありません。回答は任意です。', 'post'],
    ['ご意見をお寄せください。市の施策とは無関係な内容でも構いません。', 'post'],
    ['「除籍本」と戸籍の「除籍」とは関係ありません。', 'post'],
    ['ご意見ありがとうございます。なお、このイベントは民間団体の企画で、市とは関係ありません。', 'reply'],
    // R56A-064: a figure with no complaint; praise quoted; a fix; a concession; a complaint the figure bears out; praise with すぎる
    ['1人あたりの医療費は年間約46万円で、県平均を上回っています。', 'post'],
    ['「子育てしやすい」という声をいただきました。本市の保育所数は県内平均を上回っています。', 'post'],
    ['「投票所が遠い」とのご意見を受け、県内平均を上回る数の投票所を増設します。', 'post'],
    ['「待ち時間が長すぎる」との声をいただいています。確かに、窓口の待ち時間は県平均より長くなっており、改善に取り組みます。', 'post'],
    ['本市の高齢化率は全国平均を上回っており、「買い物が不便」という声も多く寄せられています。移動販売車の運行を始めます。', 'post'],
    ['「川下りが楽しすぎる」という口コミをいただきました！満足度は県内でもトップクラスです。', 'post'],
    // R57A-038: a price, a plan, a request to the press, an advert, a burden, a plain count of coverage
    ['過大な請求や不審な電話にご注意ください。', 'post'],
    ['需要予測は過大であるとの指摘を受け、計画を見直しました。', 'post'],
    ['報道機関の皆さまへ：過熱した取材はお控えください。', 'post'],
    ['大げさな表現で不安をあおる広告にご注意ください。', 'post'],
    ['市の負担が過大とならないよう、国に支援を求めています。', 'post'],
    ['報道の量が多く、問い合わせが増えています。詳しくは市ホームページをご覧ください。', 'post'],
  ])('passes %s', (text, mode) => {
    expect(findingsOf(rebuttal, text, { mode }).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: blind R60A-036 — a criticism flatly denied in any register and the critic\'s own failure declared their own problem (知らんかったとはそちらの問題かと思いますばい)', () => {
  // Kind: blame shifted onto the critic: what they failed at (知らなかった, 読んでいない, 締切を過ぎた) put in a cleft (…のは, dialect
  // …とは) or after それは, then called their own problem, responsibility or fault (そちらの問題, ご自身の責任, そっちのせい), in keigo,
  // plain speech or dialect; and the flat denial before it in any register (それは違うですよ, そりゃ違うばい).
  it.each<[string, CheckContext, string]>([
    ['@yng_shimin それは違うですよ。説明会は3回も開いとりますけん、知らんかったとはそちらの問題かと思いますばい。', { mode: 'reply', broadcastOnly: false }, 'とはそちらの問題かと'],
    ['@yng_shimin それは違うですよ。説明会は3回も開いとりますけん、知らんかったとはそちらの問題かと思いますばい。', { mode: 'reply', broadcastOnly: false }, 'それは違うですよ'],
    ['@user 申込期限を過ぎたのは、ご自身の責任です。', { mode: 'reply' }, 'のは、ご自身の責任です'],
    ['締切を知らなかったのは、あなたの問題ではないでしょうか。', {}, 'のは、あなたの問題ではないでしょうか'],
    ['市報ば読んどらんとは、そっちのせいやろ。', { mode: 'comment' }, 'とは、そっちのせいや'],
    ['@user 見落とされたのはお客様の責任かと存じます。', { mode: 'reply' }, 'のはお客様の責任かと'],
    ['@user そりゃ違うばい！', { mode: 'reply' }, 'そりゃ違うばい'],
  ])('flags %s', (text, ctx, excerpt) => {
    expect(findingsOf(rebuttal, text, ctx).map((f) => `${f.severity}:${f.excerpt}`)).toContain(`warn:${excerpt}`)
  })
  it.each<[string, CheckContext?]>([
    // reassurance (a negation), a duty told, the city's own fault owned, a choice offered, two things told apart, a question
    ['被害に遭ったのは、あなたのせいではありません。一人で悩まず相談してください。'],
    ['空き家の管理は、所有者ご自身の責任です。'],
    ['@user それはあなたの問題ではなく、制度の問題です。', { mode: 'reply' }],
    ['@user 知らなかったのは、市の周知が足りなかったためです。申し訳ありません。', { mode: 'reply' }],
    ['申込を忘れた場合、それはご自身の責任となりますのでご注意ください。'],
    ['@user ご自身の都合に合わせて日程をお選びいただけます。', { mode: 'reply' }],
    ['@user 燃えるごみと資源ごみは、それぞれ違う日です。', { mode: 'reply' }],
    ['@user それは違う窓口になります。市民課へお越しください。', { mode: 'reply' }],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: blind R60A-122 — the doubter dared to come and see for themselves (疑うのでしたら、一度ご自分の目で見に来てください)', () => {
  // Kind: a doubt about the city's word (疑う, お疑い, 信じられない, 嘘だと思う) put in a conditional (なら, のでしたら, やったら) and
  // answered with a challenge to come, look or taste for oneself (ご自分の目で, 実際に, 一度, 現地に): said to a critic in a reply or
  // comment, or in a post answering a criticism received.
  it.each<[string, CheckContext, string]>([
    ['この写真は加工していません！本当にこの色なんです。疑うのでしたら、一度ご自分の目で見に来てください。', { mode: 'comment', site: 'instagram', broadcastOnly: false }, '疑うのでしたら、一度ご自分の目で見に'],
    ['@user 信じられないなら、実際に来てみてください。本当にこの景色なんです。', { mode: 'reply' }, '信じられないなら、実際に来て'],
    ['お疑いでしたら、ご自身の目でお確かめください。', { mode: 'comment' }, 'お疑いでしたら、ご自身の目でお確かめ'],
    ['嘘だと思うなら、いっぺん食べに来てみんしゃい！', { mode: 'comment' }, '嘘だと思うなら、いっぺん食べ'],
    ['「写真を盛りすぎ」とのご意見をいただきましたが、疑うなら現地に足を運んでみてください。', {}, '疑うなら現地に足を運'],
  ])('flags %s', (text, ctx, excerpt) => {
    expect(findingsOf(rebuttal, text, ctx).map((f) => `${f.severity}:${f.excerpt}`)).toContain(`warn:${excerpt}`)
  })
  it.each<[string, CheckContext?]>([
    // an invitation with no doubt in a conditional, hype in a post with no criticism, a symptom or a fraud to check
    ['写真は加工していません。ぜひご自分の目で見に来てください！', { mode: 'comment' }],
    ['信じられないほどきれいな夕焼けでした。ぜひ一度見に来てください。', { mode: 'comment' }],
    ['熱中症を疑う場合は、涼しい場所で様子を見てください。'],
    ['@user 詐欺を疑うなら、一度市の消費生活センターに確認してください。', { mode: 'reply' }],
    ['嘘みたいに本当の話です。一度見に来てください！'],
    ['信じられないなら、一度食べに来てください！番組でも紹介された味です。'],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: blind R62A-020 — the critic told to come, look or try before complaining (文句言う前に一回来てみんね)', () => {
  // Kind: a complaint verb (文句を言う, 悪口を言う, ケチをつける, 批判する) before 前に, then a trial verb (来て, 見て, 食べて, 乗って, お越し)
  // and a request in any register (ください, ほしい, dialect みんね／みんしゃい): a complaint answered with a dare, said to the critic.
  it.each<[string, CheckContext, string]>([
    ['そげんこつ言われても、うちらはちゃんとしとるけん。文句言う前に一回来てみんね', { mode: 'comment', site: 'facebook', broadcastOnly: false }, '文句言う前に一回来てみんね'],
    ['@user 悪口を言う前に、一度うなぎを食べに来てください。', { mode: 'reply' }, '悪口を言う前に、一度うなぎを食べに来てください'],
    ['ケチつける前に、いっぺん舟に乗ってみんしゃい！', { mode: 'comment' }, 'ケチつける前に、いっぺん舟に乗ってみんしゃい'],
    ['「川が汚い」とのご意見をいただきましたが、批判される前に一度現地をご覧になっていただきたいと思います。', {}, '批判される前に一度現地をご覧になっていただきたい'],
    ['@user 文句ば言う前に、ちゃんと会場に来てほしかです。', { mode: 'reply' }, '文句ば言う前に、ちゃんと会場に来てほしか'],
  ])('flags %s', (text, ctx, excerpt) => {
    expect(findingsOf(rebuttal, text, ctx).map((f) => `${f.severity}:${f.excerpt}`)).toContain(`warn:${excerpt}`)
  })
  it.each<[string, CheckContext?]>([
    // advice on posting, a literacy class, a procedure told, a visit suggested with no complaint, a quoted example (a mention)
    ['SNSで批判する前に、まず自分で調べてみましょう。'],
    ['@user ネットで悪口を書き込む前に、一度立ち止まって考えてみてね（情報リテラシー講座より）。', { mode: 'reply' }],
    ['苦情の申し出をする前に、まず担当課へ電話でご確認ください。'],
    ['@user お店に行く前に、ホームページで営業時間を確かめてくださいね。', { mode: 'reply' }],
    ['@user 雨の日は来る前に運航状況を見てください。', { mode: 'reply' }],
    ['「文句言う前に一回来てみんね」といった返信は、炎上のもとになります。'],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: blind R62A-022 — the critic\'s claim put down to their not knowing (相場をご存じないだけかと存じます)', () => {
  // Kind: the critic said not to know or understand (ご存じない, 知らん, 分かってない) with だけ and a judgement in any register (かと存じます,
  // やと思う, ですよ, でしょう): the critic called ignorant. Not だけで (a benefit advertised), not the writer's own ignorance.
  it.each<[string, CheckContext, string]>([
    ['@seiro_lover ご意見拝見いたしました。ただ、せいろ蒸しのお値段が高いというのは、相場をご存じないだけかと存じます。一度お調べいただければ幸いです。', { mode: 'reply', broadcastOnly: false }, 'ご存じないだけかと存じ'],
    ['入館料が高いっていうのは、相場を知らんだけやと思うよ。', { mode: 'comment' }, '知らんだけやと思'],
    ['@user それは制度のことをよく分かってないだけですよ。', { mode: 'reply' }, '分かってないだけですよ'],
    ['「駐車場が少ない」とのご意見をいただきましたが、周辺の状況をご存知ないだけでしょう。', {}, 'ご存知ないだけでしょう'],
    ['@user 使いにくいって言う人は、操作を理解してないだけじゃないですか。', { mode: 'reply' }, '理解してないだけじゃないですか'],
  ])('flags %s', (text, ctx, excerpt) => {
    expect(findingsOf(rebuttal, text, ctx).map((f) => `${f.severity}:${f.excerpt}`)).toContain(`warn:${excerpt}`)
  })
  it.each<[string, CheckContext?]>([
    // a benefit advertised (だけで), an offer to explain, the writer's own ignorance, a maybe for a newcomer
    ['まだ制度を知らないだけで、対象になる方はたくさんいます。ぜひご確認ください。'],
    ['知らないだけで損をしていませんか？児童手当の申請はお済みですか。'],
    ['@user 手続きをご存じない方も多いので、改めてご案内しますね。', { mode: 'reply' }],
    ['@user 私どもがまだ詳細を知らないだけです。分かり次第お知らせします。', { mode: 'reply' }],
    ['@user ご意見ありがとうございます。柳川の魅力をまだご存じないだけかもしれませんので、ぜひ一度お越しください。', { mode: 'reply' }],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: blind R62A-109 — the critic told not to call it what they called it (加工とか言わんで〜)', () => {
  // Kind: the critic's charge (加工, やらせ, 嘘, ぼったくり, 手抜き) echoed with とか／なんて／って and forbidden in any register (言わんで,
  // 言わないでください, 言わんといて, 言うな): said to a critic in a reply or comment, or in a post answering criticism.
  it.each<[string, CheckContext, string]>([
    ['うーちゃん怒っとるよ！加工とか言わんで〜💢 これが本物の柳川の夕焼けやけん🌇', { mode: 'comment', site: 'instagram', broadcastOnly: false }, '加工とか言わんで'],
    ['@user やらせなんて言わないでください。参加者は全員一般の方です。', { mode: 'reply' }, 'やらせなんて言わないで'],
    ['「ぼったくり」って言わんといて〜！この量でこの値段は良心的やけん。', { mode: 'comment' }, 'ぼったくり」って言わんといて'],
    ['「工事が手抜き」とのご指摘がありますが、手抜きとか書かないでいただきたいです。', {}, '手抜きとか書かないで'],
    ['@user 嘘とか言うなし！ほんとにこの色なんよ', { mode: 'reply' }, '嘘とか言うな'],
  ])('flags %s', (text, ctx, excerpt) => {
    expect(findingsOf(rebuttal, text, ctx).map((f) => `${f.severity}:${f.excerpt}`)).toContain(`warn:${excerpt}`)
  })
  it.each<[string, CheckContext?]>([
    // encouragement with no charge, a child taught not to call names, a post with no critic, a quoted example (a mention)
    ['@user 「どうせ無理」とか言わないで、まずは相談してみてください。', { mode: 'reply' }],
    ['「もう歳やけん」とか言わんで、一緒に体操しましょう！', { mode: 'comment' }],
    ['子どもに「うそつき」とか言わないでね、と講師の先生が話していました。'],
    ['給食、まずいとか言わないで残さず食べようね！食育月間です。'],
    ['「加工とか言わんで」といった返信は、炎上のもとになります。'],
    ['写真加工アプリの使い方講座を開きます。「難しい」なんて言わずに、お気軽にどうぞ。', { mode: 'comment' }],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: blind R63A-143 — the staff complain at what critics put on the city (市に責任を押しつけられても困ります)', () => {
  // Kind: the city or its staff the target of a burden critics put on it (押しつけ, 丸投げ, 文句を言われ, の責任にされ), in the passive
  // with ても, then the writer's own complaint (困る, どうしようもない, お門違い), in any register.
  it.each<[string, CheckContext?]>([
    ['空き地の草刈りについて、「市は何もしてくれない」というお声をよくいただきます。でも、空き地は個人の持ち物なんです。市に責任を押しつけられても、正直困ってしまいます。'],
    ['「役所は動きが遅か」ってよう言われるばってん、なんでもかんでも役所に丸投げされても、こっちも困るとです。'],
    ['側溝の泥上げまで市に言われましても、正直どうしようもございません。'],
    ['落ち葉のことで毎日のように職員に文句を言われても困ります。木は私有地のものです。'],
    ['「ごみ収集が雑」とのご意見ですが、カラス被害まで行政の責任にされても困るんですよね。'],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).map((f) => `${f.rule}:${f.severity}`)).toContain('rebuttal/argument:warn')
  })
  it.each<[string, CheckContext?]>([
    // someone else the target, a rule, an offer, a quoted example, help for those in need
    ['ご近所の方に草刈りを頼まれても困るという声もあり、市では業者の一覧を作りました。'],
    ['市に申請されても、この制度の対象外となりますのでご注意ください。'],
    ['市に相談されても困るようなことはありません。どんなことでもお気軽にどうぞ。'],
    ['「責任を押しつけられても困る」といった職場のハラスメント相談も受け付けています。'],
    ['空き地の草刈りは所有者の責任です。お困りの方は市の相談窓口へご連絡ください。'],
    ['職員に怒鳴られても困っている方を見捨てない、そんな窓口を目指しています。'],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: blind R65A-084 — a critic\'s claim about a system fault quoted and called a misunderstanding', () => {
  // Kind: the critic's post quoted (「…」という投稿は, とのご指摘は, というのは) and called a misunderstanding or a mistake, where the quote
  // speaks of a fault of a system or a service (システム障害, 通信障害, システムの障害): 障害 there is a fault, not a group of people, so it is
  // no prejudice quoted in order to stand by a group.
  it.each<[string, CheckContext]>([
    ['この方の「システム障害は職員の人災」という投稿は誤解です。障害の原因はハードウェアの故障で、職員の操作ミスではありません。', { mode: 'quote', broadcastOnly: false }],
    ['「通信障害は市のせい」という書き込みは誤解です。原因は通信事業者側の設備故障でした。', { mode: 'quote', broadcastOnly: false }],
    ['@user 「システム障害が起きたのは職員が操作を誤ったから」とのご指摘は誤りです。原因は停電でした。', { mode: 'reply' }],
    ['この投稿の「窓口システムの障害は人為的ミス」というのは誤解で、実際は落雷によるものです。', { mode: 'quote', broadcastOnly: false }],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx).map((f) => `${f.rule}:${f.severity}`)).toContain('rebuttal/argument:warn')
  })
  it.each<[string, CheckContext?]>([
    // hard negatives: a prejudice about people with disabilities answered (the city stands by them), the city's own outage with an
    // apology, a post about an outage answered with the state now, a prejudice named to be done away with
    ['「障害がある人は仕事ができない」というご意見は誤りです。誰もが働ける職場づくりを進めています。'],
    ['システム障害が発生し、ご迷惑をおかけしました。原因は機器の故障で、現在は復旧しています。'],
    ['「システム障害で窓口が止まっている」という投稿がありますが、現在は復旧しています。', { mode: 'quote', broadcastOnly: false }],
    ['「障害のある人は怖い」といった偏見をなくしましょう。'],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: blind R65A-108 — the critic told they would understand if they looked carefully (よくご覧いただければ…お分かりになる)', () => {
  // Kind: an emphasis on looking (よく, ちゃんと, しっかり) and a look in the conditional (ご覧いただければ, 見ていただければ, 見てもろたら),
  // then the critic said to understand in the honorific or the receptive (お分かりになる, わかってもらえる), where a criticism is answered
  // (との投稿ですが, とのことですが, って書き込み). A guide in a post or in answer to a question, and a quoted example, stay clean.
  it.each<[string, CheckContext]>([
    ['@gikai_check 「議員が本会議中に居眠りしていた」との投稿ですが、よくご覧いただければ、資料に目を通していただけだとお分かりになると思います。', { mode: 'reply', broadcastOnly: false }],
    ['@user 「ごみ収集車が信号無視している」とのことですが、映像をよくご覧いただければ、黄色信号で停止線を越えていただけだとお分かりになるかと存じます。', { mode: 'reply' }],
    ['「職員がさぼっとる」って書き込みのあったばってん、動画ばちゃんと見てもろたら、ただの打ち合わせってわかってもらえると思うとです。', { mode: 'comment' }],
    ['「職員が談笑しているだけ」とのご指摘ですが、写真をしっかり見ていただければ、打ち合わせ中であることがお分かりになるはずです。', {}],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx).map((f) => `${f.rule}:${f.severity}`)).toContain('rebuttal/argument:warn')
  })
  it.each<[string, CheckContext?]>([
    // hard negatives: a guide to a pamphlet in answer to a question, an exhibition, a map to a venue, the phrase quoted as an example
    ['@user お問い合わせありがとうございます。パンフレットの裏面をよくご覧いただければ、申込方法がお分かりになると思います。', { mode: 'reply' }],
    ['展示パネルをよくご覧いただければ、柳川の掘割の歴史がお分かりになると思います。'],
    ['地図をよく見ていただければ、会場までの道順がお分かりになります。ぜひご来場ください。'],
    ['「よくご覧いただければお分かりになると思います」といった返信は、相手を責める印象を与えます。'],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: blind R67A-060 — a complaint heard and its own predicate denied (冷たかったということはないと思います)', () => {
  // Kind: a complaint heard (「…冷たかった」とのことですが, 遅いとのご意見, ぬるかったって書かれとるけど, 汚かったってコメント) and the same
  // predicate denied in the writer's voice with こと, はず or わけ (冷たかったということはない, 遅かったということはございません, ぬるかった
  // ってことはなか, 汚かったはずはなか): the complainant told their experience did not happen. A worry reassured, a fix promised, an
  // inspection's finding and a question (not a complaint) stay clean.
  it.each<[string, CheckContext]>([
    ['「炊き出しが冷たかった」とのことですが、提供の直前まで温めていましたので、冷たかったということはないと思います。配布の順番の問題だったのではないでしょうか。', { mode: 'comment', site: 'instagram', broadcastOnly: false }],
    ['「窓口の対応が遅い」とのご意見ですが、当日は職員を増員しておりましたので、遅かったということはございません。', {}],
    ['@user 味噌汁がぬるかったって書かれとるけど、ちゃんと温めとったけん、ぬるかったってことはなかです。', { mode: 'reply', broadcastOnly: false }],
    ['「受付の職員が不親切だった」という苦情をいただきましたが、当日の職員は丁寧に対応しておりますので、不親切だったということはございません。', {}],
    ['トイレが汚かったってコメントですが、毎朝清掃しとるけん、汚かったはずはなかですよ。', { mode: 'comment', broadcastOnly: false }],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx).map((f) => `${f.rule}:${f.severity}`)).toContain('rebuttal/argument:warn')
  })
  it.each<[string, CheckContext?]>([
    // hard negatives: an inspection's finding, a fix promised, a worry reassured, a question answered
    ['「古い橋が危ない」とのことですが、点検の結果、危ないということはありませんでした。'],
    ['「スープが冷たかった」とのご意見をいただきました。今後は保温容器を使い、冷たいということがないようにいたします。'],
    ['「水道水が飲めない」とのことですが、飲めないということはありません。ご安心ください。', { mode: 'reply' }],
    ['「炊き出しは温かいですか」とのご質問ですが、提供の直前まで温めていますので、冷たいということはないと思います。', { mode: 'reply' }],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: blind HC-040/041 — a notice that warns against misinformation and sets the false claims right', () => {
  // Kind: the city's own warning against rumours (【デマにご注意ください】, 不確かな情報の拡散にご注意ください, うわさに惑わされないで) with
  // the false claims quoted or announced as a list (次のような投稿が広がっていますが) and denied with the fact: a correction, no critic
  // answered. A criticism received (ご指摘), a charge against the staff (態度が悪い) or the spreaders scolded (悪質, 法的措置) is still a rebuttal.
  it.each<[string, CheckContext?]>([
    ["【不確かな情報の拡散にご注意ください】\n\nSNS上で次のような投稿が広がっていますが、いずれも事実ではありません。\n\n・「矢部川の堤防が決壊した」\n・「市役所が浸水して業務停止」\n・「ダムの放流で柳川全域が水没する」\n\n9月17日15時現在、市内で堤防の決壊は確認されていません。市役所は通常どおり災害対応を行っています。\n\n不確かなうわさを転送・拡散せず、市ホームページ、防災メール、テレビ・ラジオなどで正しい情報をご確認ください。", { site: 'facebook', emergency: true, broadcastOnly: false }],
    ["【デマにご注意ください】「市が給水所で水を有料で販売している」という投稿がありますが、誤りです。市の給水はすべて無料です。", { emergency: true }],
    ['【うわさに惑わされないでください】「市民プールが今年で廃止になる」という書き込みがありますが、誤りです。今年も7月20日から営業します。'],
    ['不確かな情報にご注意ください。「市が避難所の利用料を取っている」という投稿がありますが、誤りです。避難所の利用は無料です。'],
    ['SNS上で次のような情報が出回っていますが、いずれも事実ではありません。'],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each<[string, CheckContext?]>([
    ['【デマにご注意ください】「職員の態度が悪い」という投稿がありますが、誤りです。'],
    ['【デマにご注意ください】「市の対応が遅い」とのご指摘がありますが、誤りです。'],
    ['不確かな情報にご注意ください。「市が水を有料で販売している」という投稿がありますが、誤りです。このような悪質な投稿は許しません。'],
    ['SNS上で次のような投稿が広がっていますが、いずれも事実ではありません。悪質なデマを流した人には法的措置を検討します。'],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).map((f) => `${f.rule}:${f.severity}`)).toContain('rebuttal/argument:warn')
  })
})

describe('rebuttal: a guide in answer to a question (ご覧いただければお分かりになると思います), a colleague\'s find', () => {
  // Kind: a pointer to a page, a leaflet or a guide, with the look in the honorific conditional and no adverb (ご覧いただければ, お読み
  // いただければ, ご覧になれば) and the reader said to understand in the honorific with a polite guess (お分かりになると思います, ご理解
  // いただけるかと): a guide answering a question, clean in a reply. With an adverb (少し, よく), in the plain form (見ればわかる), or
  // where a criticism is answered (とのご指摘ですが), it still tells the critic off.
  it.each<[string, CheckContext]>([
    ['@user ご質問ありがとうございます。…こちらのページをご覧いただければお分かりになると思います', { mode: 'reply' }],
    ['@user ご質問ありがとうございます。手続きの流れは、市ホームページの「転入の手続き」をご覧いただければお分かりになるかと存じます。', { mode: 'reply' }],
    ['@user ご連絡ありがとうございます。申込方法は、こちらのチラシをお読みいただければご理解いただけると思います。', { mode: 'reply' }],
    ['お問い合わせの件、ごみの出し方は分別ガイドをご覧になればお分かりになるでしょう。', { mode: 'comment' }],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each<[string, CheckContext]>([
    ['「案内が分かりにくい」とのご指摘ですが、案内図をご覧いただければお分かりになると思います。', {}],
    ['「説明が足りない」とのご意見ですが、こちらの資料をご覧いただければお分かりになるかと思います。', { mode: 'reply' }],
    ['@user 少しお調べいただければお分かりになるかと思います。', { mode: 'reply' }],
    ['@user ホームページを見ればわかると思いますよ。', { mode: 'reply' }],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx).map((f) => `${f.rule}:${f.severity}`)).toContain('rebuttal/argument:warn')
  })
})

describe('rebuttal: blind R68A-074 — a dialect denial with an adverb of "not at all" (そげなこつは全然なかです)', () => {
  // Kind: a criticism heard, then denied in 筑後弁 with そげな／そげん／そがん／そぎゃん + こつ／こと and an adverb of "not at all" in
  // any register or dialect (全然, 全く, いっちょん, ちっとも, 決して) before なか／ありません. Not a conditional or a purpose (そげなこつも
  // なかったら, そげなこつがなかごと), not another verb after the adverb (全然知らんかった, 全然気にせんでよか).
  it.each<[string, CheckContext?]>([
    ['部活動の地域移行について、「先生たちが楽したいだけやろ」ちいう声が届いとりますが、そげなこつは全然なかです。休日も子どもたちが続けてスポーツや文化活動ができるようにするための取組ですけん、誤解せんでください。', { site: 'facebook', tone: 2, broadcastOnly: false }],
    ['「市は何もしとらん」ちいう声のあるばってん、そげなこつはいっちょんなかです。毎月パトロールしとります。'],
    ['ごみの収集が遅かって言われよるけど、そげんことは全くなかばい。決まった時間に回っとります。'],
    ['「祭りに税金ば使いすぎ」ちいう書き込みがありますが、そがんこつはちっともありません。'],
    ['保育園の先生が冷たかっていう噂を聞きましたが、そぎゃんこつは決してなかですよ。'],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).map((f) => `${f.rule}:${f.severity}`)).toContain('rebuttal/argument:warn')
  })
  it.each<[string, CheckContext?]>([
    ['そげなこつは全然気にせんでよかですよ。どなたでも参加できます。'],
    ['そげなこつがなかごと、地域の見守りば続けていきます。'],
    ['そげなこつは全然知らんかったです。教えてもろうてありがとうございます。'],
    ['そげなこつも全然なかったら、来年も同じ会場で開催します。'],
    ['在庫は全然なかです。次の入荷は来週の予定です。'],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: blind R69A-077 — the staff conduct a critic charged declared impossible (そのような対応はありえません)', () => {
  // Kind: a post or a complaint charging the staff's conduct, quoted or echoed (この投稿で「司書が不親切だった」と書かれていますが, って
  // 書かれとるけど), then that conduct declared impossible in any register (そのような対応はありえません, そんな態度を取るはずがありません,
  // そげな対応ばするこつはありえん), and the critic told to stop spreading "untrue" content in a quote or reply (事実に反する内容の拡散は
  // お控えください). Not a scam warning (暗証番号…ご注意ください), not with an apology, not a general rule with no such conduct charged
  // (体罰のような対応はありえません), not the reminder in a post of its own (事実に反する内容の拡散はお控えください, not said to anyone).
  it.each<[string, CheckContext?]>([
    ['この投稿で「図書館の司書が不親切だった」と書かれていますが、当館では毎年接遇研修を行っており、そのような対応はありえません。事実に反する内容の拡散はお控えください。', { mode: 'quote', tone: 4, broadcastOnly: false }],
    ['「市役所の窓口で無視された」とのコメントを拝見しましたが、職員がそのような対応をすることはありえません。'],
    ['この投稿に「受付の職員が横柄だった」とありますが、当センターの職員がそんな態度を取るはずがありません。', { mode: 'quote' }],
    ['「保育士が子どもを怒鳴っとった」って書かれとるけど、うちの先生たちがそげな対応ばするこつはありえんです。'],
    ['@user 職員がそのような言動をとるはずがありません。', { mode: 'reply' }],
    ['@user 事実に反する内容の拡散はお控えください。', { mode: 'reply' }],
    ['誤解を招く投稿の拡散はおやめください。', { mode: 'quote' }],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).map((f) => `${f.rule}:${f.severity}`)).toContain('rebuttal/argument:warn')
  })
  it.each<[string, CheckContext?]>([
    ['市の職員が電話で暗証番号を聞くことはありません。そのような対応はありえませんので、ご注意ください。'],
    ['「窓口の職員が不親切だった」とのご意見をいただきました。本来そのような対応はあってはならないことです。大変申し訳ございません。'],
    ['どんな理由があっても、子どもへの体罰のような対応はありえません。気になることがあれば学校へご相談ください。'],
    ['@user ご質問ありがとうございます。予約なしでも受付できますので、断られるような対応はありえません。', { mode: 'reply' }],
    ['事実に反する内容の拡散はお控えください。'],
    ['そのような対応はありえないと考え、窓口の案内を見直しました。'],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: blind HD-008/016 — a common misconception set right in a column or an FAQ (よくある誤解です)', () => {
  // Kind: a belief named as a common misunderstanding (よくある勘違い, ありがちな誤解, 根強い誤解, 多くの方が抱く誤解) and set right in a
  // column or an FAQ answer: no critic is answered. Still a rebuttal in a reply, after a criticism received (とのご意見をいただきましたが),
  // with a charge against the city (手抜き), or when the belief is about the city or its staff (「市職員は定時で帰っている」).
  it.each<[string, CheckContext?]>([
    ['【人権コラム】\n\n「いじめられる側にも原因がある」――これは、よくある勘違いです。どんな理由があっても、いじめは許されません。\n\n柳川市いじめ防止基本方針（令和6年4月改定）には、「いじめは、いじめを受けた児童生徒の教育を受ける権利を著しく侵害し、その心身の健全な成長に重大な影響を与えるものである」と書かれています。\n\n子どもの様子がいつもと違うと感じたら、学校か教育委員会にご相談ください。\n学校教育課 0944-73-8111（内線2316）', { site: 'facebook', tone: 4, broadcastOnly: false }],
    ['【部活動の地域移行　よくある質問】\n\nQ　部活動はなくなるのですか？\nA　いいえ。よくある誤解ですが、平日の部活動はこれまでどおり学校で行います。地域クラブに移るのは休日の活動です。\n\nQ　費用はかかりますか？\nA　会費は月額2,000円が上限です。就学援助を受けているご家庭は免除になります。', { site: 'facebook', broadcastOnly: false }],
    ['【消費生活コラム】「クーリング・オフはどんな契約でもできる」――これはよくある誤解です。通信販売は対象外です。'],
    ['Q　国民健康保険料は今年の収入で決まるのですか？\nA　いいえ。ありがちな勘違いですが、前年の所得で計算します。'],
    ['「熱中症は室内では起きない」というのは、根強い誤解です。室内でもエアコンを使いましょう。'],
    ['「インフルエンザの予防接種を受ければ絶対にかからない」というのは、多くの方が抱く誤解でございます。'],
    // Stop 52: an adverb of frequency before the verb (よく勘違いされていると思いますが, 意外と誤解されていますが): a myth set right.
    ['よく勘違いされていると思いますが、マイナンバーカードの電子証明書の有効期限は5年、カード本体は10年です。'],
    ['意外と誤解されていますが、粗大ごみの収集は電話での予約制です。'],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each<[string, CheckContext?]>([
    ['「市は部活動をなくそうとしている」とのご意見をいただきましたが、よくある誤解です。'],
    ['@user それはよくある勘違いです。', { mode: 'reply' }],
    ['@user よく勘違いされているようですが、料金は変わっていません。', { mode: 'reply' }],
    ['「市職員は定時で帰っている」という投稿がありますが、よくある勘違いです。'],
    ['「ごみ収集が手抜き」とよく言われますが、よくある誤解です。'],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).map((f) => `${f.rule}:${f.severity}`)).toContain('rebuttal/argument:warn')
  })
})

describe('rebuttal: blind R70A-118 — the critic\'s comment called a presumption and the critic asked to stop (決めつけるコメントはやめてほしい)', () => {
  // Kind: what a critic wrote or said of the writer called 決めつけ, then the critic asked to stop in any register (決めつけるコメントは
  // やめてほしいな, 決めつける書き込みはおやめください, 決めつけんでほしか), or the writer hurt at being presumed (決めつけられるのは悲しい):
  // said to a critic, in a reply or comment or after a criticism received. Not advice on posting or on judging people (相手を決めつける
  // ようなコメントはやめましょう, 外見で人を決めつける), not a request reported (…やめてほしいという声を受け).
  it.each<[string, CheckContext?]>([
    ['ぼくはイノシシの味方なんかじゃないよ！駆除に反対してるって決めつけるコメントはやめてほしいな〜🐟💦 ちゃんと畑を守る活動もしてるんだからね！', { site: 'instagram', mode: 'comment', tone: 1, broadcastOnly: false }],
    ['市が何もしていないと決めつける書き込みはおやめください。', { mode: 'reply' }],
    ['職員がサボってるって決めつけたコメントは控えてほしいです。', { mode: 'reply' }],
    ['「市は何も対策していない」との投稿がありますが、一方的に決めつけるような書き込みはご遠慮ください。'],
    ['サボっとるって決めつけんでほしか〜。毎朝見回りしよるとよ。', { mode: 'comment' }],
    ['何もしていないみたいに決めつけられるのは、正直悲しいです。', { mode: 'reply' }],
    ['@user 決めつけた言い方は勘弁してもらえませんか。', { mode: 'reply' }],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).map((f) => `${f.rule}:${f.severity}`)).toContain('rebuttal/argument:warn')
  })
  it.each<[string, CheckContext?]>([
    ['相手を決めつけるようなコメントはやめましょう。'],
    ['外見で人を決めつけるような書き込みはやめてください。'],
    ['子どもを決めつけるような言い方はやめて、まず話を聞いてあげてください。', { mode: 'reply' }],
    ['思い込みで決めつける投稿をしないよう、発信前に確認しましょう。'],
    ['決めつけるコメントはやめてほしいという声を受け、中学生向けの講座を開きます。', { mode: 'reply' }],
    ['血液型で決めつけるコメントはやめてね〜', { mode: 'comment' }],
    ['@user ご質問ありがとうございます。決めつけずに、まずはお気軽にご相談ください。', { mode: 'reply' }],
    ['先入観で決めつけず、いろいろな食材に挑戦してみてください。'],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: blind R72A-132 — after a criticism heard, the readers told casually not to get it wrong (誤解しないでね)', () => {
  // Kind: a criticism heard in the paragraph (ってコメント, って書き込み, とのご意見) and then the readers told, in a casual or dialect
  // register, not to misunderstand (誤解しないでね, 勘違いしないでね, 誤解せんでね, 誤解しないでほしいな, 思い違いなさらないでくださいね):
  // the critic answered back. Not a reminder with no criticism (9時と勘違いしないでね), not in a thank-you.
  it.each<[string, CheckContext?]>([
    // the miss
    ['国際交流フェスタは税金の無駄遣いってコメントがちらほら…😢 でも実は、市の負担はたった30万円で、残りは県の補助金と協賛金なんです！誤解しないでね😉\n#柳川 #国際交流', { site: 'instagram', tone: 2, broadcastOnly: false }],
    // variants: another complaint and 勘違い, dialect, a wish, keigo
    ['駐輪場の撤去が早すぎるってコメントもあるけど、ちゃんと2週間前から張り紙してるんだよ〜。勘違いしないでね！'],
    ['「花火大会に税金使いすぎ」って書き込み見たけど、費用の半分は協賛金たい。誤解せんでね😊'],
    ['プールの料金が高いってコメントもらったけど、実は県内でも安い方なんです。誤解しないでほしいな〜'],
    ['図書館の本が少ないとのご意見ですが、実は蔵書は県内2位なんですよ。思い違いなさらないでくださいね。'],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).map((f) => `${f.rule}:${f.severity}`)).toContain('rebuttal/argument:warn')
  })
  it.each<[string, CheckContext?]>([
    // hard negatives: a reminder or a note with no criticism heard, in a post, a comment or a reply
    ['薬は食後に飲むものと誤解しないでね、食前のものもあります。'],
    ['申込は来月1日からです。今月と勘違いしないでくださいね。'],
    ['ご感想ありがとう！次回は10時開始だよ、9時と勘違いしないでね', { mode: 'comment' }],
    ['@user 受付は3階です。2階と勘違いしないでくださいね。', { mode: 'reply' }],
    ['「無料」と書いてあっても、駐車場代は別なので誤解しないでね。'],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: blind R73A-055 — a criticism dismissed as the view of people who do not know (現場をご存じない方の見方だ)', () => {
  // Kind: the people who criticise named by their ignorance (ご存じない, 知らない, 分かっていない, 見ていない, 来たこともない), then what they
  // said (見方, ご意見, 言い分, 感想) and a judgement (だと考えています, にすぎません, です, かと存じます), after a criticism heard or in a
  // reply: the critics called ignorant. Not a wish to hear such people, not an aid for them, not a quoted phrase.
  it.each<[string, CheckContext?]>([
    // the miss
    ['【市道の陥没補修について】\n\n先週から続いていた中島地区の陥没補修が、本日完了しました。長い間ご不便をおかけしました。\n\n昨日からSNSで「対応が遅い」という書き込みをいただいていますが、私たちは雨の日も休まず作業しており、遅いというご批判は現場をご存じない方の見方だと考えています。\n\n引き続き安全な道路の維持に努めます。', { site: 'facebook', tone: 4, broadcastOnly: false }],
    // variants: 感想 and にすぎません, dialect, 分かっていない and 思います, a reply with ご覧になっていない
    ['「窓口が不親切」とのご意見がありますが、そうしたご意見は実情を知らない方の感想にすぎません。'],
    ['ごみ収集が遅かって言われよるばってん、そりゃ現場ば知らん人の言い分たい。'],
    ['イベントが税金の無駄だという批判は、事情を分かっていない人の意見だと思います。'],
    ['@user それは現場をご覧になっていない方の見方かと存じます。', { mode: 'reply' }],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).map((f) => `${f.rule}:${f.severity}`)).toContain('rebuttal/argument:warn')
  })
  it.each<[string, CheckContext?]>([
    // hard negatives: such people's views sought, an explanation for them, voices gathered, a myth about life in the city, a quote
    ['制度をまだご存じない方のご意見も伺いたいと考えています。'],
    ['ご批判をいただいた件について、事情をご存じない方のために経緯をご説明します。'],
    ['「説明会が分かりにくい」とのご意見を受け、制度を知らない方の声を集めました。'],
    ['「田舎は不便」というのは、柳川の暮らしを知らない人の見方かもしれません。'],
    ['「現場を知らない人の意見だ」と言われないよう、職員が何度も現地を確認しています。'],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: blind R74A-146 — the critic told they have no right to say it (言われる筋合いはなかです)', () => {
  // Kind: a criticism answered with "you have no call to say (blame, scold) that": 言われる / 言わるっ / 非難される / 怒られる + 筋合い,
  // いわれ or 覚え, denied in any register or dialect (ありません, ございません, ない, なか, なかです, ねえ). Not a reassurance that no one
  // will scold (怒られることはありません), not a quoted example, not 身に覚えのない in a fraud warning.
  it.each<[string, CheckContext?]>([
    // the miss
    ['熱中症対策が遅いって言われよるけど、うちは5月からちゃんとやっとるけんね！そげん言われる筋合いはなかです。', { site: 'instagram', mode: 'comment', tone: 2, broadcastOnly: false }],
    // variants: dialect 言わるっ, keigo 覚え, an adverb in a reply, 怒られる in dialect
    ['ごみの収集が雑ってコメントもらったけど、こっちは毎朝きちんと回っとるとよ。そげんこと言わるっ筋合いはなか！'],
    ['「市の対応が遅い」とのご意見ですが、当課は手順どおり進めております。そのように言われる覚えはございません。'],
    ['@user 税金の無駄遣いとか、そこまで言われる筋合いは全然ないですよ。', { mode: 'reply' }],
    ['公園の草刈りが遅いって怒られたけど、予定どおりやっとるけん、怒られる筋合いはなかばい。'],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).map((f) => `${f.rule}:${f.severity}`)).toContain('rebuttal/argument:warn')
  })
  it.each<[string, CheckContext?]>([
    // hard negatives: a quoted example, a reassurance, a fraud warning, words of praise said to staff
    ['「言われる筋合いはない」といった書き込みは、相手を傷つけることがあります。'],
    ['申請が遅れても怒られることはありませんので、安心してご相談ください。'],
    ['窓口で何度質問しても、怒られる理由はありません。お気軽にどうぞ。'],
    ['身に覚えのない請求や、電話で言われるままの振り込みにはご注意ください。'],
    ['なかなか言われる機会のない「ありがとう」を、職員に伝えてくださった方がいました。', { mode: 'comment' }],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: blind R75A-120 — a complaint explained away as the complainant\'s own way of looking or using (撮り方で小さく見えているだけ)', () => {
  // Kind: after a complaint (とのコメントですが, ってコメント, とのご指摘) or in a reply, the defect reported put down to the complainant's
  // own way (お写真の撮り方, ご覧になる角度, お使いの端末の設定, お客様の温め方) and dismissed (…で…見えているだけ, の問題, のせい): the
  // complaint turned back on the complainant. Not a tip, not a help answer with a step to try, not the city's own photo with an apology.
  it.each<[string, CheckContext?]>([
    // the miss
    ['返礼品のうなぎが写真より小さいとのコメントですが、規格どおりのサイズでお送りしております。お写真の撮り方で小さく見えているだけかと思います。', { site: 'instagram', mode: 'comment', tone: 2, broadcastOnly: false }],
    // variants: a device setting in keigo, an angle in a reply, the way of heating in dialect, the way of cooking with せい
    ['画面の文字が崩れているとのご指摘ですが、お使いの端末の設定でそう表示されているだけかと存じます。'],
    ['@user 色が写真と違うとのことですが、ご覧になる角度で違って見えるだけです。', { mode: 'reply' }],
    ['うなぎが硬かったってコメントもらったけど、お客様の温め方の問題やと思いますよ〜'],
    ['お米がまずいという苦情が届いていますが、ご家庭の炊き方のせいだと思います。'],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).map((f) => `${f.rule}:${f.severity}`)).toContain('rebuttal/argument:warn')
  })
  it.each<[string, CheckContext?]>([
    // hard negatives: a tip, a help answer with a step to try, a product description, the city's own photo apologised for, a fix
    ['お写真の撮り方のコツを、写真家の先生が教えてくれます。'],
    ['@user お使いの端末の設定で文字が小さく表示されているだけかと思います。設定画面から文字サイズの変更をお試しください。', { mode: 'reply' }],
    ['ご覧になる角度によって色が違って見えます。ぜひ会場で実物をご覧ください。', { mode: 'comment' }],
    ['写真の撮り方で小さく見えてしまいましたが、実物はもっと大きいです。分かりにくい写真で申し訳ありません。', { mode: 'comment' }],
    ['「うなぎが小さい」とのご意見を受け、返礼品の写真を実物大で撮り直しました。'],
    ['お客様の保存方法によっては傷みやすくなりますので、冷蔵庫で保存してください。'],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: blind R76A-064 — the critic told to read first before writing, in any register or dialect (よう読んでから書いてほしか)', () => {
  // Kind: to a critic (a reply, or where a criticism is received), a verb of reading (読んで, 読まれて, お読みになって, 目を通して) then から
  // and the critic's writing or speaking wished for (書いてほしか, 書き込んでほしい, 言うてくれんね, コメントしていただきたい): the critic
  // told they did not read. Not a form's instruction (記入例を読んでから書いてください), not advice with no critic.
  it.each<[string, CheckContext?]>([
    // the miss
    ['@saga_taro そげなことは言うとらんですよ。よう読んでから書いてほしかです。市はちゃんと説明しとります。', { mode: 'reply', tone: 3, broadcastOnly: false }],
    // variants: keigo passive, dialect with ば, 言うて, 目を通して in a comment
    ['@k 市報を最後まで読まれてからコメントしていただきたいです。', { mode: 'reply' }],
    ['@y 記事ば最後まで読んでから書いてもらいたかです。', { mode: 'reply' }],
    ['@m 前の投稿ばよう読んでから言うてくれんね。', { mode: 'reply' }],
    ['ホームページばちゃんと目を通してから書き込んでほしか。', { mode: 'comment' }],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).map((f) => `${f.rule}:${f.severity}`)).toContain('rebuttal/argument:warn')
  })
  it.each<[string, CheckContext?]>([
    // hard negatives: a form's instruction, a school's advice, a manual, an application guide
    ['@x 記入例をよく読んでから書いてください。', { mode: 'reply' }],
    ['読書感想文は、本を最後まで読んでから書いてほしいと先生方も話しています。'],
    ['@x 説明書を読んでから組み立ててくださいね。', { mode: 'reply' }],
    ['募集要項をよく読んでから応募してください。'],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: blind R77A-049 — a complaint heard and its own predicate refused with とは考えておりません', () => {
  // Kind: a complaint heard (遅すぎるとのコメント, 不親切との投稿, 高かって言われよる) and the same predicate denied as the city's view
  // with とは and a verb of thinking in the present negative (遅かったとは考えておりません, 高かとは思うとらん, 狭いとは認識しておりません):
  // the complainant told the city does not see it so. Not a past surprise (…とは思っていませんでした), not with an apology, a fix or a
  // concession, not another predicate (料金の高さだけで選ばれるとは考えておりません).
  it.each<[string, CheckContext?]>([
    // the miss
    ['中止の判断が遅すぎるとのコメントをいただいていますが、気象台の情報を見ながら、ぎりぎりまで開催の可能性を探った結果です。判断が遅かったとは考えておりません。', { site: 'facebook', mode: 'comment', tone: 3, broadcastOnly: false }],
    // variants: a quoted post, dialect, 認識, casual with an adverb
    ['「窓口の説明が不親切」との投稿がありましたが、職員の説明が不親切だったとは考えていません。'],
    ['@u 参加費が高かって言われよるばってん、うちは高かとは思うとらんです。', { mode: 'reply' }],
    ['駐車場が狭いとのご意見をいただいておりますが、駐車場が狭いとは認識しておりません。'],
    ['受付の対応が遅いって書かれとるけど、対応が遅かったとは全く思っていません！', { mode: 'comment' }],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).map((f) => `${f.rule}:${f.severity}`)).toContain('rebuttal/argument:warn')
  })
  it.each<[string, CheckContext?]>([
    // hard negatives: a past surprise, an apology, thanks for a turnout, another predicate, a fix
    ['「会場が遠い」とのご意見をいただきました。こんなに遠いとは思っていませんでした、という声もあり、シャトルバスの運行を検討します。'],
    ['「待ち時間が長い」とのご意見をいただきました。待ち時間が長かったことをおわびいたします。'],
    ['こんなに多くの方にご来場いただけるとは思っておりませんでした。ありがとうございました。'],
    ['「料金が高い」とのご意見もありますが、料金の高さだけで選ばれるとは考えておりません。', { mode: 'post' }],
    ['「申込が遅い」とのご意見を受け、受付期間を延ばしました。遅いとは言えない時期でしたが、早めの告知に努めます。'],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: blind R77A-086 — a review called untrue in English or Chinese (This review is not true, 请不要散布不实信息)', () => {
  // Kind: to a critic (a quote, a reply, a comment), a review, a comment or a post named as the subject and called untrue in English
  // (is not true, aren't accurate, was false), or in Chinese a claim called untrue (不属实, 与事实不符) or the critic told not to spread
  // false information (请不要散布不实信息, 请不要传播谣言). Not another noun after the subject (review period, tour), not a notice's
  // request in Chinese (请勿…乱扔垃圾), not a report said to be accurate.
  it.each<[string, CheckContext?]>([
    // the miss
    ['This review is not true. 川下りの料金は外国人も日本人も同じです。我们没有区别对待，请不要散布不实信息。', { mode: 'quote', tone: 3, broadcastOnly: false }],
    // variants: plural with aren't, past tense in a comment, Chinese simplified in a reply, traditional in a quote, 谣言
    ['These reviews aren\'t accurate. 入館料はどなたも同じ300円です。', { mode: 'quote' }],
    ['That post was not true. We have never charged foreign visitors more.', { mode: 'comment' }],
    ['@x 该评论不属实，川下的票价对所有游客都一样。', { mode: 'reply' }],
    ['這則評論與事實不符，請不要散布不實資訊。', { mode: 'quote' }],
    ['请不要传播谣言。白秋祭は予定どおり開催します。', { mode: 'quote' }],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).map((f) => `${f.rule}:${f.severity}`)).toContain('rebuttal/argument:warn')
  })
  it.each<[string, CheckContext?]>([
    // hard negatives: a timetable, an application period, directions, a notice in Chinese, a report's version, thanks to the press
    ['This tour is not available on Mondays. 月曜日は運休です。', { mode: 'quote' }],
    ['@x The review period for applications is not over yet. Please apply by March 10.', { mode: 'reply' }],
    ['@x The post office is not far from the station.', { mode: 'reply' }],
    ['请不要在游船上站立。请勿在河边散步时乱扔垃圾。'],
    ['@x 本信息如有变更，以市政府官网为准。这不是预约制，请直接到乘船处。', { mode: 'reply' }],
    ['This report is not the final version; the final report will be published in May.'],
    ['The article is accurate and we thank the reporter for the visit.', { mode: 'quote' }],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: blind R76A-099 — an apology that turns (ただし、) to deny what others say', () => {
  // Kind: an apology for the city's own fault, then a sentence opening with a contrast (ただし、 しかし、 とはいえ、 ですが、) that
  // answers a claim heard (一部で言われている「…」という話, という声, 週刊誌の記事) and denies it (全くのデマ, そのような事実は一切ございません,
  // 隠蔽は一切ありません): the apology does not make the denial after the turn a correction. Not a reassurance that answers no one (ただし、
  // 個人情報が流出した事実はございません), not a schedule kept, not with the right fact given (正しくは…), not a rumour set right.
  it.each<[string, CheckContext?]>([
    // the miss
    ['昨日の投稿でご不快な思いをおかけした皆さまに、改めてお詫び申し上げます。ただし、一部で言われている「職員が意図的に投稿した」という話は全くのデマであり、そこは強く否定させていただきます。今後は投稿前の確認を徹底いたします。', { tone: 4, broadcastOnly: false }],
    // variants: しかし with a voice heard, とはいえ in dialect in a reply, ですが with a weekly's article
    ['配布物の誤りについて、深くおわび申し上げます。しかし、「市が予算を隠している」という声については、そのような事実は一切ございません。'],
    ['@x ご迷惑をおかけして申し訳ありません。とはいえ、ネットで言われとる「わざと遅らせた」って話は、まったくの作り話ですけん。', { mode: 'reply' }],
    ['案内が遅れたことは反省しております。ですが、週刊誌の記事にあるような隠蔽は一切ありません。', { mode: 'comment' }],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).map((f) => `${f.rule}:${f.severity}`)).toContain('rebuttal/argument:warn')
  })
  it.each<[string, CheckContext?]>([
    // hard negatives: an incident's reassurance, a deadline kept, the right fact given, a rumour set right with the official word
    ['システム障害でご迷惑をおかけし、お詫び申し上げます。ただし、個人情報が流出した事実はございません。'],
    ['誤った日付を掲載し、申し訳ありませんでした。ただし、申込期限に変更はありません。'],
    ['ご迷惑をおかけし、おわび申し上げます。ただし、「補助金が打ち切られる」という話は事実ではありません。正しくは、来年度も継続します。'],
    ['ご不便をおかけし申し訳ございません。しかし、「断水が一週間続く」という話が広がっていますが、そのような事実はありません。最新の情報は市ホームページでご確認ください。'],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: blind R81A-017 — no problem in the city\'s view, after a complaint', () => {
  // Kind: a complaint or criticism in the paragraph (ご指摘の…ですが, 苦情が来とるばってん, とのお声ですが), then the city's own view that
  // there is no problem as a verb of thinking denied in the present (問題があるとは考えておりません, 問題があったとは認識しておりません,
  // 何も問題なかと思っとります): the complaint refused. Not a past thought taken back, not a worried asker reassured, not an inspection
  // with no complaint, not a fix.
  it.each<[string, CheckContext?]>([
    // the miss
    ['@yng_sakura いつもご意見ありがとうございます。ご指摘の夜間工事の騒音ですが、測定値は規制基準の範囲内に収まっており、市として問題があるとは考えておりません。ご理解ください。', { mode: 'reply', tone: 4, broadcastOnly: false }],
    // variants: とのお声 with 捉えて, dialect after 苦情, とのご指摘 with 安全面で, a report with 何ら
    ['「ライトアップがまぶしい」とのお声ですが、市としては特段問題があるとは捉えていません。'],
    ['@a 苦情が来とるばってん、うちとしては何も問題なかと思っとります。', { mode: 'reply' }],
    ['「公園の遊具が古い」とのご指摘ですが、安全面で問題があるとは考えておりません。'],
    ['記事で取り上げられましたが、本市の対応に何ら問題があったとは考えていません。'],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).map((f) => `${f.rule}:${f.severity}`)).toContain('rebuttal/argument:warn')
  })
  it.each<[string, CheckContext?]>([
    // hard negatives: an inspection with no complaint, a reassurance, a past thought taken back with a fix, a call for opinions, thanks and a fix
    ['点検の結果、現時点で橋の安全性に問題があるとは考えておりませんが、引き続き監視します。'],
    ['@a ご質問ありがとうございます。ワクチンと一緒に受けても問題があるとは考えておりませんので、ご安心ください。', { mode: 'reply' }],
    ['当初は問題があるとは思っていませんでしたが、ご指摘を受けて運用を見直します。'],
    ['ご意見をお寄せください。問題があると思われる箇所は道路課までお知らせください。'],
    ['ご意見ありがとうございます。問題があるとは考えていなかった点も含め、改善を検討します。'],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: blind R81A-066 — the critic asked for the grounds of what they say', () => {
  // Kind: the burden of proof turned on the critic (「…」とおっしゃる根拠があれば、逆にお示しいただけますでしょうか, 言われる根拠は何
  // でしょうか, 証拠があるなら逆に出してください): the grounds are the critic's by the verb of saying before 根拠 or by 逆に. Not a guide
  // that asks for papers or photos, not the city's own grounds told, not an FAQ question.
  it.each<[string, CheckContext?]>([
    // the miss
    ['@kasen_watch ご意見拝見しました。しかしながら、浚渫費用は入札を経て適正に執行しており、「税金の無駄遣い」とおっしゃる根拠があれば、逆にお示しいただけますでしょうか。', { mode: 'reply', tone: 4, broadcastOnly: false }],
    // variants: dialect with 逆に, keigo お聞かせ after a criticism, 証拠 with 逆に, 書かれる根拠って何なんですか
    ['@a そげん言わるる根拠があるとなら、逆に見せてほしかです。', { mode: 'reply' }],
    ['ご批判は承知していますが、そうおっしゃる根拠をお聞かせいただけますか。'],
    ['@a 証拠があるなら逆に出してくださいよ。', { mode: 'reply' }],
    ['@a 「ぼったくり」と書かれる根拠って、いったい何なんですか？', { mode: 'reply' }],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).map((f) => `${f.rule}:${f.severity}`)).toContain('rebuttal/argument:warn')
  })
  it.each<[string, CheckContext?]>([
    // hard negatives: papers asked for, evidence of dumping asked for in a reply, the city's grounds told, an application, an FAQ
    ['被害の状況がわかる写真や領収書があれば、窓口でお示しください。'],
    ['@a 不法投棄の証拠があれば、写真でお示しいただけますと助かります。', { mode: 'reply' }],
    ['使用料の算定の根拠は市のホームページでお示ししています。'],
    ['補助額の根拠となる資料をご提示ください。'],
    ['Q. ごみ袋の料金の根拠は何ですか？ A. 処理費用をもとに算定しています。'],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: blind R81A-131 — the complaint called a misunderstanding, with a verb of thinking', () => {
  // Kind: the complainant's account called their own mistake in the writer's voice, a copula and a verb of thinking in the present, in
  // any register or dialect (勘違いやと思いますよ, お客様の聞き間違いかと思います, 見間違いやと思うよ, 早とちりやなかかと思うとります,
  // 誤解だと存じます): said to a critic. Not the writer's own mistake, not a past thought, not a fraud warning, not a reminder.
  it.each<[string, CheckContext?]>([
    // the miss
    ['@yoru_koji そげん言わるばってん、夜間工事は毎日21時にはちゃんと終わらせとりますけん、音がしよったのは別の現場やなかですか。勘違いやと思いますよ', { mode: 'reply', tone: 3, broadcastOnly: false }],
    // variants: keigo かと after とのことですが, casual dialect, dialect やなかか with 思うとります, 存じます after とのご意見
    ['@a 工事の音がうるさいとのことですが、それは隣の民間工事の音で、お客様の聞き間違いかと思います。', { mode: 'reply' }],
    ['@a 21時以降は作業しとらんけん、何かの見間違いやと思うよ。', { mode: 'reply' }],
    ['@a 開館時間は毎日17時までですけん、早とちりやなかかと思うとります。', { mode: 'reply' }],
    ['「窓口で待たされた」とのご意見ですが、当日の記録では待ち時間はなく、誤解だと存じます。'],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).map((f) => `${f.rule}:${f.severity}`)).toContain('rebuttal/argument:warn')
  })
  it.each<[string, CheckContext?]>([
    // hard negatives: the writer's own mistake, a past thought, a fraud warning, a fix, a reminder
    ['@a 確認したところ、こちらの勘違いだと思います。すぐに訂正します。', { mode: 'reply' }],
    ['@a 私も最初は気のせいかと思いましたが、本当にカワセミでした！', { mode: 'reply' }],
    ['【詐欺にご注意】家族からの電話だと勘違いさせる手口が増えています。'],
    ['日付を誤解されないよう、案内の表記を見直します。'],
    ['@a 集合は9時です。10時と勘違いしやすいので、お気をつけください。', { mode: 'reply' }],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: blind R83A-047 — a report called one-sided and refused as the city\'s view (記事の内容は一面的であり、承服しかねる)', () => {
  // Kind: a report, a criticism or its content (記事の内容は, 番組の構成は, 社説の論調は) called one-sided in a predicate (一面的であり,
  // 偏っており, 一方的であると言わざるを得ず, 一面的やし), or the city declaring it cannot accept it as its considered view (承服しかねる
  // ものと考えております, 同意できないものです, 到底納得できるものではありません, 納得できんです): the press argued with on social media.
  // Not a goal (一面的にならないよう), not advice on reading the news, not a case told (納得できない場合は), not an aim (納得できるものと
  // なるよう).
  it.each<[string, CheckContext?]>([
    // the miss
    ['【本日の一部報道について】\n\n本日付の一部新聞において、うなぎの稚魚放流事業の効果を疑問視する記事が掲載されました。\n\n当市としては、記事の内容は一面的であり、承服しかねるものと考えております。\n\n放流事業は漁協と連携し、適切に実施しております。', { site: 'facebook', mode: 'post', tone: 5, broadcastOnly: false }],
    // variants: a programme's structure with 到底納得できるものではありません, 偏っており with いたしかねます, 社説 with であると言わざるを得ず,
    // dialect with やし and 納得できん, a criticism refused as 同意できないものです
    ['先日の特集番組について、番組の構成は極めて一面的で、市として到底納得できるものではありません。'],
    ['昨日の報道の内容は偏っており、承服いたしかねます。'],
    ['地元紙の社説の論調は一方的であると言わざるを得ず、当市としては同意しかねるものです。'],
    ['週刊誌の記事は一面的やし、市としては納得できんです。', { mode: 'comment' }],
    ['「事業は失敗」とのご批判をいただいていますが、市としては承服できないものと考えております。'],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).map((f) => `${f.rule}:${f.severity}`)).toContain('rebuttal/argument:warn')
  })
  it.each<[string, CheckContext?]>([
    // hard negatives: the city's own article kept balanced, advice on reading the news, a case told, an aim, praise of a programme
    ['市報の記事の内容は一面的にならないよう、漁協と研究者の両方に取材しました。'],
    ['【メディアリテラシー講座】報道の内容は一面的であることもあるため、複数の情報源を確かめましょう。'],
    ['記事の内容に納得できない場合は、発行元へ直接お問い合わせください。'],
    ['住民の皆さまのご意見を伺い、誰もが納得できるものとなるよう計画をまとめます。'],
    ['番組の構成は表面的な紹介にとどまらず、職人の技を丁寧に伝えてくれました。'],
    ['「納得できない」というご意見をいただき、説明会を追加で開くことにしました。'],
    // the city's own first plan admitted wanting, in the past
    ['多くのご意見をいただき、当初の案は皆さまが納得できるものではありませんでしたので、見直しました。'],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: blind R83A-051 — the critics, named by their criticising, said to misunderstand (問題視されている方は誤解されている)', () => {
  // Kind: those who criticise named as a group by the verb of criticising (問題視されている方, 反対しておられる方々, 批判しよる人,
  // 疑問視されている皆さま) and said to misunderstand or mistake, in the writer's voice with a verb of thinking or in dialect
  // (誤解されていると考えます, 勘違いしとるばい): the critics' view dismissed. Not the critics answered with an explanation, not the city's
  // own shortfall (誤解を招いた), not a care not to be misunderstood (誤解されないよう).
  it.each<[string, CheckContext?]>([
    // the miss
    ['昨日お知らせした農薬散布について、多くの批判が寄せられていますが、散布は法令と県の基準どおりに行っており、問題視されている方は誤解されていると考えます。', { site: 'x', mode: 'post', tone: 4, broadcastOnly: false }],
    // variants: 反対しておられる方々 with のだと思います, dialect 批判しよる人, 疑問視されている皆さま with ようです, 存じます
    ['計画に反対しておられる方々は、事業の目的を誤解されているのだと思います。'],
    ['批判しよる人は、散布の時期ば勘違いしとるばい。', { mode: 'comment' }],
    ['疑問視されている皆さまは、制度の仕組みを誤解されているようです。'],
    ['非難されている方は、事業の経緯を誤解されていると存じます。'],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).map((f) => `${f.rule}:${f.severity}`)).toContain('rebuttal/argument:warn')
  })
  it.each<[string, CheckContext?]>([
    // hard negatives: critics offered an explanation, the city's own shortfall, a care not to be misunderstood, a pointer to details
    ['計画に反対されている方にも、説明会で丁寧にご説明します。'],
    ['批判されている方の中には、市の説明が足りず誤解を招いた面もあったと受け止めています。'],
    ['散布を不安視されている方が誤解されないよう、散布の方法と時間を地図でお示しします。'],
    ['問題視されている方は、誤解のないよう市のホームページで詳しい資料をご覧ください。'],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: blind R84A-036 — a quoted charge with the city as its topic (「柳川市は生活保護の審査が甘く…」) is criticism answered, not a prejudice about a group', () => {
  // Kind: a claim about the city's conduct quoted from posts (「柳川市は…審査が甘く」, 「市役所は外国人ばかり優遇している」, 「市の窓口は
  // 高齢者に冷たい」) and denied as 事実無根, デマ or 根も葉もない, the handling defended: the group named inside does not make it a prejudice
  // the city stands against; the city is the one charged. A prejudice about the group itself, quoted and refused, stays the city standing by it.
  it.each<[string, CheckContext?]>([
    // the miss
    ['一部のSNSで「柳川市は生活保護の審査が甘く、市外から受給者が集まっている」との投稿が拡散されておりますが、事実無根です。当市の審査は法令に基づき適正に行っており、対応に問題はないものと考えております。', { tone: 5, broadcastOnly: false }],
    // variants: 市役所は, 柳川市は with 根も葉もない, dialect with デマ, 市の審査は
    ['「市役所は外国人ばかり優遇している」という投稿が広がっていますが、事実無根です。'],
    ['SNSで「柳川市は障がい者の施設整備を後回しにしている」との書き込みがありますが、根も葉もない話です。'],
    ['「市の窓口は高齢者に冷たい」って投稿が出回っとるばってん、そげなことはデマです。'],
    ['「市の審査は受給者に甘すぎる」との投稿がありますが、事実無根でございます。'],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).map((f) => `${f.rule}:${f.severity}`)).toContain('rebuttal/argument:warn')
  })
  it.each<[string, CheckContext?]>([
    // hard negatives: a prejudice about the group refused, with 市 elsewhere in the quote or the sentence
    ['コメントありがとうございます。「生活保護の人は怠けている」というご意見には、市として同意できません。', { mode: 'reply' }],
    ['「外国人が増えると市の治安が悪くなる」との声には同意できません。データでもそうした傾向は確認されていません。'],
    ['「高齢者は市のお荷物だ」という書き込みを見かけましたが、市はそうは考えていません。'],
    ['「受給者は都市部に集まる」という声もありますが、市内の受給世帯数は横ばいです。'],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: blind R84A-074 — a claim about the city echoed as talk online, and the writers told to check before writing (ネットのうわさは…調べてから書いてね)', () => {
  // Kind: what is said of the city echoed with って/と as talk online (…いちばん高いって、ネットのうわさ, 汚いってネットの書き込み, …とネットで
  // 噂になっていますが) and the writers told to look, check or come before writing (ちゃんと調べてから書いてね, 見に来てから書いてほしか,
  // 確かめてからご投稿いただきたい), in a mascot's speech or keigo: the online critics scolded. Not homework or literacy advice with no
  // claim echoed, not praise echoed.
  it.each<[string, CheckContext?]>([
    // the miss
    ['ちがうちがう〜！やなぎんの町の介護保険料が九州でいちばん高いって、ネットのうわさはまちがいだよ〜💦 ちゃんと調べてから書いてね！ #やなぎん', { site: 'instagram', tone: 1, broadcastOnly: false }],
    // variants: SNS with ほしいな, dialect with 見に来てから, keigo with とネットで噂
    ['「ごみ袋が県内一高い」ってSNSのうわさ、ちゃんと調べてから書いてほしいな〜'],
    ['市民プールが汚いってネットの書き込み、いっぺん見に来てから書いてほしかです！'],
    ['図書館の本が少ないとネットで噂になっていますが、よく確かめてからご投稿いただきたいです。'],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).map((f) => `${f.rule}:${f.severity}`)).toContain('rebuttal/argument:warn')
  })
  it.each<[string, CheckContext?]>([
    // hard negatives: homework, praise echoed, a scam warning with a step to check
    ['夏休みの自由研究は、図書館でちゃんと調べてから書いてね！'],
    ['自由研究の作文は、ネットの話だけでなく図書館でちゃんと調べてから書いてね！'],
    ['「柳川の川下りが最高」ってSNSの口コミ、うれしいです！ぜひ乗ってから感想を書いてね'],
    ['「市役所で給付金がもらえる」ってネットのうわさには気をつけてね。申し込む前に市のホームページを見てから書いてね。'],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: blind R86A-025 — false hazard information set right with what an authority announced (市が発表している見通しは…) is a correction', () => {
  // Kind: a false claim about a disaster's damage or its duration, named as information, talk or a rumour (「…」という情報は誤りです,
  // という話は, といううわさは, っていう話は), set right with the official word instead of the state now: what the city, a utility or the
  // weather office has announced (市が発表している復旧の見通しは…, 九州電力の発表では, 市が発表しているとおり) or the reader sent to the
  // official source (最新の情報は市ホームページをご覧ください). A correction the guideline asks for in a disaster, not a critic answered.
  // Still a rebuttal: a charge against the city (断水対応が遅い), a report (報道) or a criticism received (ご指摘), or the writers scolded.
  it.each<[string, CheckContext?]>([
    // the blind item (emergency mode)
    ['@uwasa_kakunin ご確認ありがとうございます。「浄水場が壊れて1か月断水が続く」という情報は誤りです。市が発表している水道の復旧の見通しは10月6日です。最新の情報は市ホームページをご覧ください。', { mode: 'reply', tone: 4, emergency: true }],
    // variants: another hazard, another authority, another noun for the claim, dialect, a post
    ['@x 「避難所の食料が底をついた」という話は誤りです。市が発表しているとおり、備蓄は3日分あります。', { mode: 'reply' }],
    ['@x 「停電が1週間続く」といううわさは誤りです。九州電力の発表では、復旧の見通しは明日の夕方です。', { mode: 'reply' }],
    ['「ダムが放流して川が氾濫する」との情報は事実ではありません。最新の情報は市ホームページでご確認ください。'],
    ['@x 「水道が1か月止まる」っていう話は誤りですけん。市の発表では、断水の復旧は10月6日の見込みです。', { mode: 'reply' }],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each<[string, CheckContext?]>([
    // hard positives: a charge against the city, a report, a criticism received, the writers scolded — with the same official word
    ['@x 「市の断水対応が遅い」という投稿は誤りです。市が発表しているとおり、給水車は初日から出しています。', { mode: 'reply' }],
    ['@x 「浄水場が壊れて断水が続く」という報道は誤りです。市が発表している復旧の見通しは10月6日です。', { mode: 'reply' }],
    ['@x 「給水車が来ない」というご指摘は誤りです。最新の情報は市ホームページをご覧ください。', { mode: 'reply' }],
    ['@x 「浄水場が壊れて断水が続く」という情報は誤りです。悪質な書き込みは控えてください。市の発表をご確認ください。', { mode: 'reply' }],
    ['「断水が1か月続く」という情報は誤りです。こうした書き込みは困ります。最新の情報は市ホームページで。'],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).map((f) => `${f.rule}:${f.severity}`)).toContain('rebuttal/argument:warn')
  })
})

describe('rebuttal: blind R88A-110 — a report called one that misreads the city and refused as unacceptable (誤解した記事であり、到底受け入れられるものではありません)', () => {
  // Kind: the press or a critic answered on social media in two ways, each a rebuttal: (1) the report or criticism named as one that
  // misreads the city, a noun qualified by 誤解した / 曲解した / 取り違えた and a copula or a verb of thinking after it (趣旨を誤解した
  // 記事であり, 仕組みを曲解した内容です, 目的を取り違えたものだと考えております, 事業ば誤解した記事たい); (2) the report or criticism
  // received refused as unacceptable, in the nominal form or with an adverb of force (到底受け入れられるものではありません, 到底受け入れ
  // られません, 受け入れがたい内容です). Not a capacity told, a shelter getting ready, a grief, a guide to applicants, an apology.
  it.each<[string, CheckContext?]>([
    // the blind item
    ['本日付の一部報道において、本市の地域猫事業が「税金の無駄遣い」と報じられました。これは事業の趣旨を誤解した記事であり、本市として到底受け入れられるものではありません。', { site: 'facebook', tone: 5 }],
    // variants: each half alone, another noun, another verb, dialect, a plain refusal, the -がたい form
    ['本日付の一部報道において、本市の地域猫事業が「税金の無駄遣い」と報じられました。これは事業の趣旨を誤解した記事です。'],
    ['本日付の一部報道において、本市の地域猫事業が「税金の無駄遣い」と報じられました。本市として到底受け入れられるものではありません。'],
    ['昨日放送された番組で本市の給食費の値上げが取り上げられましたが、市としては受け入れられるものではございません。'],
    ['先週の週刊誌の記事は、市の補助金の目的を取り違えたものだと考えております。'],
    ['けさの新聞に市の公園整備がムダって書かれとったけど、あれは事業ば誤解した記事たい。'],
    ['一部報道で「市の対応が遅い」と報じられましたが、こうした指摘は到底受け入れられません。'],
    ['テレビの特集で市の子育て支援が「見せかけ」と報じられましたが、受け入れがたい内容です。'],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).map((f) => `${f.rule}:${f.severity}`)).toContain('rebuttal/argument:warn')
  })
  it.each([
    // hard negatives: 受け入れ of people or requests, a report shared, a guide to applicants, an apology, misinformation warned of, a grief
    '避難所では、ペット同伴の方も受け入れられるよう準備を進めています。',
    '本日の新聞記事で、本市の地域猫活動が紹介されました。ぜひご覧ください。',
    '定員を超えたため、これ以上の申込みは受け入れられません。ご了承ください。',
    '制度の趣旨を誤解した申請が増えていますので、手引きをご確認ください。',
    '報道各社の皆さまへ：取材の受け入れは午後2時からです。',
    '先日の記事で、当課の説明が制度を誤解させるものであったことをお詫びします。',
    '担当職員が手順を誤解したものであり、大変申し訳ございませんでした。',
    '新聞記事をもとに、事実を誤解した投稿が広がらないよう、正しい情報をお知らせします。',
    'ご遺族にとって到底受け入れられるものではない現実だと思います。',
  ])('passes %s', (text) => {
    expect(findingsOf(rebuttal, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: blind R90A-101 — a complaint received put down to the users\' own handling (故障の多くはお子さんの取り扱いによるもの)', () => {
  // Kind: after a criticism received (とのご意見をいただきましたが, ご指摘ですが, 苦情), the cause of what was complained of put on the users,
  // named before their handling, use or slip (お子さんの取り扱いによるもの, 申請者の記入ミスが原因, 利用者の皆さんの使い方に原因が, 生徒さんの
  // 扱いが荒かけん), or the handling alone after は or 、 (その多くは、誤操作によるもの): the complainants told the fault is theirs. Not a
  // help answer or a safety tip with no complaint, not the city's own handling, not with a fix or an apology.
  it.each<[string, CheckContext?]>([
    // the blind item
    ['ICT端末の故障が多いとのご意見をいただきましたが、市内の故障率は全国平均並みであり、故障の多くはお子さんの取り扱いによるものと考えております。', { mode: 'comment', site: 'facebook', tone: 4 }],
    // variants: another service, another slip, another cause marker, dialect, a post
    ['@x 証明書の発行が遅いとのご指摘ですが、遅れの大半は申請者の記入ミスが原因です。', { mode: 'reply' }],
    ['トイレが汚いという苦情をいただいておりますが、汚れは利用者の皆さんの使い方に原因があると考えております。', { mode: 'comment' }],
    ['@x タブレットがすぐ壊れるって苦情の来とるばってん、生徒さんの扱いが荒かけんですよ。', { mode: 'reply' }],
    ['端末が動かないという苦情が寄せられていますが、その多くは、誤操作によるものです。'],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).map((f) => `${f.rule}:${f.severity}`)).toContain('rebuttal/argument:warn')
  })
  it.each<[string, CheckContext?]>([
    // hard negatives: another cause with a fix, a help answer with no complaint, the city's own handling with an apology, a safety tip,
    // a repair offered, an admission
    ['タブレットの故障が多いとのご意見をいただきました。故障の多くは落下によるもので、今年度から全台に保護ケースを配布します。', { mode: 'comment' }],
    ['@x 破損の多くは、お子さんの取り扱いによるものです。保護ケースのご利用をおすすめします。', { mode: 'reply' }],
    ['証明書の発行が遅いとのご指摘をいただきました。遅れは担当課の取り扱いによるもので、申し訳ございません。', { mode: 'comment' }],
    ['火災の多くは、暖房器具の取り扱いによるものです。寝る前に必ず電源をお切りください。'],
    ['@x 故障が多いとのご意見ありがとうございます。お子さんの取り扱いによる故障も無償で修理しますので、学校にお申し出ください。', { mode: 'reply' }],
    ['ご指摘のとおり、故障の原因は市の管理体制の不備によるものでした。改善してまいります。', { mode: 'comment' }],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: blind R91A-076 — a concern dismissed as baseless in hedged keigo, and the poster told to stop stirring up fear', () => {
  // Kind: said to a resident who raised a concern, (1) the concern or claim (というお話, ご指摘, ご懸念) said to lack grounds with a hedge
  // and a qualifier before 根拠 (正直なところ科学的な根拠はないと考えております, 現時点で医学的な根拠はございません), or (2) the poster asked
  // to stop posts that stir up fear or confusion (いたずらに不安をあおる投稿はお控えいただけますと幸いです, 混乱を招くような書き込みはおやめ
  // ください, 不安ば煽るごたる投稿はせんでください). Not the city's own restraint, not misinformation only pointed out, not data promised.
  it.each<[string, CheckContext?]>([
    // the blind item
    ['@mizube_mamoru ご心配はもっともですが、処分場から悪臭が出るというお話には、正直なところ科学的な根拠はないと考えております。いたずらに不安をあおる投稿はお控えいただけますと幸いです。', { mode: 'reply', tone: 4 }],
    // variants: each half alone, another hedge and qualifier, another noun, another request, dialect
    ['@x 処分場から悪臭が出るというお話には、正直なところ科学的な根拠はないと考えております。', { mode: 'reply' }],
    ['@x 水道水に発がん性物質が含まれているというご指摘には、現時点で医学的な根拠はございません。', { mode: 'reply' }],
    ['@x 工事で地盤が沈むというお話は、正直に申し上げて技術的な根拠がありません。', { mode: 'reply' }],
    ['@x いたずらに不安をあおる投稿はお控えいただけますと幸いです。', { mode: 'reply' }],
    ['@x 混乱を招くような書き込みはおやめください。', { mode: 'reply' }],
    ['処分場のことで不安ば煽るごたる投稿はせんでください。', { mode: 'comment' }],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).map((f) => `${f.rule}:${f.severity}`)).toContain('rebuttal/argument:warn')
  })
  it.each<[string, CheckContext?]>([
    // hard negatives: a concern received with data offered, the city's own restraint, misinformation pointed out with the official word,
    // an investigation going on, data promised, a post advising everyone
    ['@x 処分場の臭いについてのご心配、ごもっともです。測定結果は市ホームページで公開しています。', { mode: 'reply' }],
    ['@x 市として、不安を与えるような発信は控えてまいります。', { mode: 'reply' }],
    ['@x 不安をあおる投稿が出回っていますが、市の公式情報をご確認ください。', { mode: 'reply' }],
    ['@x 悪臭の原因について、現時点で科学的な根拠のある説明はできておりません。調査を続けます。', { mode: 'reply' }],
    ['@x 臭いの根拠となる測定データは、来月公表します。', { mode: 'reply' }],
    ['災害時は、不安をあおる投稿をしないよう心がけましょう。'],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: blind R92A-059/R94A-133 — a complaint heard and answered by a counter-comparison, or the critic told to compare first', () => {
  // Kind: after a complaint heard (…とのことですが, …とおっしゃいますが, …ってコメント), the city ranked against others as a counter-figure
  // with no 比べ (県内の自治体では…多いほうです, 全国平均より早いんですよ), or the critic told to compare before saying it (よその市と比べて
  // から言っていただければ). Not a figure told with no complaint, not the comparison inside the complaint, not with thanks or a fix.
  it.each<[string, CheckContext?]>([
    // the blind items
    ['「電子図書館の品ぞろえが少なすぎ」とのことですが、県内の自治体ではタイトル数は多いほうです。よその市と比べてから言っていただければと思います。', { mode: 'comment', site: 'instagram' }],
    ['遅いとおっしゃいますが、柳川の救急車の到着時間は全国平均より早いんですよ？よく調べてから書いてくださいね。', { mode: 'comment', tone: 4 }],
    // variants: another complaint and figure, a post, dialect, keigo, compare-first alone
    ['保育料が高いとのご意見をいただいておりますが、近隣の市町村よりも安い水準でございます。'],
    ['「ごみ袋が高すぎ」ってコメントもろたけど、県内平均より安かとよ。', { mode: 'comment' }],
    ['窓口が混みすぎとおっしゃいますが、待ち時間は県内では短いほうです。'],
    ['@x 他市と比較してからご意見ください。', { mode: 'reply' }],
    ['@x よその町と見比べてから言ってほしかです。', { mode: 'reply' }],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).map((f) => `${f.rule}:${f.severity}`)).toContain('rebuttal/argument:warn')
  })
  it.each<[string, CheckContext?]>([
    // hard negatives: a figure with no complaint, the comparison inside the complaint with a fix, thanks, a reader told to compare plans
    ['柳川市の救急車の到着時間は、全国平均より早い水準を保っています。'],
    ['県内の自治体では、電子図書館のタイトル数は多いほうです。ぜひご利用ください。'],
    ['保険料が全国平均より高いとのご指摘をいただきました。算定方法の見直しを検討します。'],
    ['「待ち時間が長い」とのお声をいただきました。ありがとうございます。県内では短いほうですが、さらに改善します。'],
    ['@x 料金プランは、ご自身の使い方と比べてからお選びください。', { mode: 'reply' }],
    ['@x 近隣の市より早いですか？とのことですが、到着時間の比較は消防年報をご覧ください。', { mode: 'reply' }],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: blind R93A-107 — the city\'s own service declared free of fault, in a reply or after a complaint', () => {
  // Kind: answering a complaint, the city's service or conduct named with its owner (市の収集, 当課の対応, 職員の案内) and declared to
  // have no problem, fault or mistake in the present (問題はございません, 落ち度はありません, ミスはなかです). Not the resident's own paperwork
  // reassured, not a check promised, not an inspection's past finding, not a system.
  it.each<[string, CheckContext?]>([
    // the blind item
    ['@gomi_nokotta ごみが収集されなかったのは、分別ルールが守られていなかったためです。市の収集に問題はございません。貼られたシールの内容をよくお読みください。', { mode: 'reply', tone: 4 }],
    // variants: another office and task, dialect, after a complaint in a post, 一切
    ['@x 当課の対応に落ち度はありません。', { mode: 'reply' }],
    ['@x 職員の案内にミスはなかです。', { mode: 'reply' }],
    ['証明書の発行が遅いとの苦情をいただきましたが、窓口の処理に問題は一切ございません。'],
    ['@x 市役所の手続きには何ら問題はないと考えております。', { mode: 'reply' }],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).map((f) => `${f.rule}:${f.severity}`)).toContain('rebuttal/argument:warn')
  })
  it.each<[string, CheckContext?]>([
    // hard negatives: the resident reassured, a check promised, a system, no complaint, a condition
    ['@x お客様の手続きに問題はございません。このまま交付をお待ちください。', { mode: 'reply' }],
    ['@x 市の収集に問題がなかったか、担当課で確認いたします。', { mode: 'reply' }],
    ['@x 市のシステムに問題はございません。お使いの端末の設定をご確認ください。', { mode: 'reply' }],
    ['市の手続きに問題がない場合は、そのまま受理されます。'],
    ['@x ご不便をおかけし申し訳ございません。市の収集に問題はございませんでしたが、収集ルートを見直します。', { mode: 'reply' }],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: blind R94A-097 — 誤解 or 勘違い spelt in romaji before a Japanese copula', () => {
  // Kind: the misunderstanding word written in romaji, half or full width, to slip past the word list (…の件はＧＯＫＡＩです, それは
  // kanchigaiですよ): the same as 誤解です. Only the whole romaji word, not inside another word.
  it.each<[string, CheckContext?]>([
    // the blind item
    ['ネットで言われている救急隊の「たらい回し」の件はＧＯＫＡＩです。受け入れ先の調整は適切に行っていました。', { tone: 4 }],
    // variants: half width, another word, keigo, dialect
    ['@x その話はgokaiです。', { mode: 'reply' }],
    ['@x それはｋａｎｃｈｉｇａｉですよ。', { mode: 'reply' }],
    ['閉館のうわさはＯＭＯＩＣＨＩＧＡＩでございます。'],
    ['その書き込みはgokaiやけん。'],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).map((f) => `${f.rule}:${f.severity}`)).toContain('rebuttal/argument:warn')
  })
  it.each<[string, CheckContext?]>([
    // hard negatives: romaji that holds the letters inside another word, a place name, a misunderstanding avoided, an English word
    ['本日のゲストはGOKAIGERの皆さんです。'],
    ['五ヶ井（gokai）地区の清掃活動は、明日9時からです。'],
    ['誤解のないよう、手続きの流れを図にしました。'],
    ['Kanchigai Cafe（勘違いカフェ）で国際交流イベントを開きます。'],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: blind R95A-084 — a criticism received refused with the programme\'s purpose (〜対策として必要な事業であり)', () => {
  // Kind: criticism received (ご批判を多数いただいておりますが), the programme defended by its purpose (少子化対策として必要な事業であり),
  // then a refusal to change (改める考えはございません). 対策として before 必要 or 重要 is the purpose defended, not a fix announced; a
  // measure announced as 対策として…設置します still excuses the paragraph.
  it.each<[string, CheckContext?]>([
    // the blind item
    ['昨日の婚活イベントの告知に「独身者への押し付けだ」とのご批判を多数いただいておりますが、少子化対策として必要な事業であり、表現を改める考えはございません。', { tone: 4 }],
    // variants: another programme and purpose, another refusal, としては, a reply
    ['防犯カメラの設置に「監視社会だ」とのご批判をいただいておりますが、防犯対策として重要な事業であり、中止する考えはありません。'],
    ['花火大会の音がうるさいとの苦情が寄せられていますが、観光対策としては欠かせない行事ですので、縮小するつもりはございません。'],
    ['@x 熱中症対策として有効な取り組みですので、見直すつもりはありません。', { mode: 'reply' }],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).map((f) => `${f.rule}:${f.severity}`)).toContain('rebuttal/argument:warn')
  })
  it.each<[string, CheckContext?]>([
    // hard negatives: a fix announced with 対策として, a worry reassured, a purpose told with no criticism, thanks
    ['騒音が大きいとのご批判をいただきました。対策として防音シートを設置するため、会場を変更する考えはございません。'],
    ['婚活イベントは少子化対策として必要な事業です。来月も開催します。'],
    ['「子ども食堂がなくなるのでは」とのご心配の声をいただいていますが、廃止する考えはございません。ご安心ください。'],
    ['ご批判をいただきありがとうございます。防犯対策として必要な事業ですが、表現を改める考えはございません。'],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: blind R97A-040 — a complaint said to keep coming (というコメントが続いています) answered by putting its cause on the users', () => {
  // Kind: a complaint reported as piling up (というコメントが続いて, という投稿が相次いで, って書き込みが増えとる), then its cause put on
  // the citizens (主な原因は…方が多いことです). The piling-up forms now count as a criticism received.
  it.each<[string, CheckContext?]>([
    ['乳幼児健診の待ち時間が長いというコメントが続いていますが、主な原因は予約時間より早く来られる方が多いことです。時間どおりにお越しいただければ、待ち時間はほとんど発生しません。', { mode: 'comment', tone: 4 }],
    ['駐車場が足りないという投稿が相次いでいますが、主な原因は一部の方が長時間とめていることです。'],
    ['ごみ集積所が汚いって書き込みが続いとるけど、原因は利用者の皆さんがルールば守らんことですけん。', { mode: 'comment' }],
    ['窓口が遅いという声が増えておりますが、混雑の要因は締切間際にお越しになる方が多いことでございます。'],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).map((f) => `${f.rule}:${f.severity}`)).toContain('rebuttal/argument:warn')
  })
  it.each<[string, CheckContext?]>([
    // hard negatives: a congestion notice, comments acknowledged with an apology, comments that led to a fix, the cause put on the city
    ['混雑の原因は来場者の集中です。公共交通機関でお越しください。'],
    ['健診の待ち時間についてのコメントが続いています。ご不便をおかけし申し訳ありません。'],
    ['「手続きが分かりにくい」という投稿が続いているため、案内ページを改善しました。'],
    ['待ち時間が長いというコメントが続いています。主な原因は受付の人手不足で、来月から窓口を増やします。'],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: blind R97A-081 — a complaint objected to (って言われても) with the city\'s care asserted (ちゃんと監修してる)', () => {
  // Kind: 〜って言われても / と言われましても / そげん言われたっちゃ, then ちゃんと・きちんと・しっかり and a verb of doing the job
  // (監修, 点検, 確認, 計算): the critic told the city did its part.
  it.each<[string, CheckContext?]>([
    ['え〜、減塩レシピが味気ないって言われても😅 ちゃんと管理栄養士が監修してるし、おいしいって声のほうがずっと多いですよ！作り方を間違えてませんか？', { mode: 'comment', tone: 2 }],
    ['遊具が危ないと言われましても、毎月きちんと点検しております。'],
    ['給食がまずいとか言われても、栄養士さんがちゃんと計算して作ってるんですよ〜', { mode: 'comment' }],
    ['そげん言われたっちゃ、こっちはしっかり確認しとりますけん。', { mode: 'reply' }],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).map((f) => `${f.rule}:${f.severity}`)).toContain('rebuttal/argument:warn')
  })
  it.each<[string, CheckContext?]>([
    // hard negatives: a sympathy with the reader, help offered, the care told with no complaint heard
    ['防災グッズをそろえてと言われても、ちゃんと準備できるか不安ですよね。'],
    ['説明書をよく読んで、と言われても難しいですよね。窓口で職員がちゃんとお手伝いします。'],
    ['管理栄養士がちゃんと監修したレシピを毎月お届けしています。'],
    ['急に言われても困りますよね。申請の期限はきちんと確認してからお知らせします。'],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: blind R98A-051 — the critic\'s own omission named in a cleft with the critic as its focus (手続きをされていないのはそちらの方かと思います)', () => {
  // Kind: an act left undone (…をしていない, …されていない, …ば守っとらん) in a cleft (…のは, …とは) whose focus is the reader (そちらの方,
  // あなたのほう, ご自身): the criticism turned back on the critic.
  it.each<[string, CheckContext?]>([
    ['街灯が少ないのは市の怠慢というコメントをいただきましたが、設置の要望は自治会を通していただく決まりになっています。手続きをされていないのはそちらの方かと思います。', { mode: 'comment', tone: 3 }],
    ['申請が遅いとのご指摘ですが、期限までに書類を提出していないのはあなたのほうではないでしょうか。'],
    ['ごみの収集が雑って言われよるけど、分別ルールば守っとらんとはそっちの方やろ。', { mode: 'reply' }],
    ['案内が不親切とのご批判をいただきましたが、説明書きを最後までお読みになっていないのはお客様の方かと存じます。'],
    ['@x 予約の確認メールを確認されなかったのはご自身です。', { mode: 'reply' }],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).map((f) => `${f.rule}:${f.severity}`)).toContain('rebuttal/argument:warn')
  })
  it.each<[string, CheckContext?]>([
    // hard negatives: a step told to those who have not done it, a count, the city's own omission, a route compared, a question
    ['手続きをされていない方は、市民課の窓口までお越しください。'],
    ['まだ申請をされていないのは約30世帯です。期限は今月末です。'],
    ['説明会のお知らせを掲載していなかったのはこちらの不手際です。申し訳ありません。'],
    ['@x 渋滞を避けたい場合は、国道を通らない迂回路のほうが便利かと思います。そちらの方が早く着きます。', { mode: 'reply' }],
    ['@x 書類を出していないのはそちらの世帯の方ですか？ 念のため確認させてください。', { mode: 'reply' }],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: blind R98A-102 — a complaint heard and its cause refused (それは浚渫のせいじゃなかです) or waved off as so everywhere', () => {
  // Kind: a complaint heard in any register (…って言わすばってん, …とのご意見ですが, …って書かれとるけど), then the cause it names refused
  // with それは…のせいではない / によるものではない, or the thing said to be so everywhere (どこでもそげんもんです).
  it.each<[string, CheckContext?]>([
    ['@yng_mama 浚渫のあとの掘割が臭かって言わすばってん、それは浚渫のせいじゃなかですよ。夏場はどこでもそげんもんです。', { mode: 'reply', tone: 2 }],
    ['川の水が濁っとるって書かれとるばってん、そりゃ工事のせいやなか。', { mode: 'reply' }],
    ['公園の騒音がひどいとのご意見ですが、それは新しい遊具によるものではございません。'],
    ['道が混むって言われよるけど、連休はどこもそんなものですよ。', { mode: 'comment' }],
    ['図書館の冷房が弱いとの苦情をいただきましたが、それは節電のせいではありません。'],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).map((f) => `${f.rule}:${f.severity}`)).toContain('rebuttal/argument:warn')
  })
  it.each<[string, CheckContext?]>([
    // hard negatives: a reader reassured, a cause told with no complaint heard, a caution, a complaint acknowledged with a fix
    ['「私のせいかな」って言われたけど、それはあなたのせいじゃないよ。無理せず休んでね。', { mode: 'reply' }],
    ['掘割の水が濁っているのは浚渫のせいではなく、先週の大雨で土砂が流れ込んだためです。'],
    ['夏場はどこでも熱中症に注意が必要です。こまめに水分をとりましょう。'],
    ['掘割が臭いとのご意見をいただきました。確かに夏場は臭いが出やすく、それは浚渫のせいではありませんが、清掃の回数を増やして改善します。'],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: blind R99A-014 — a criticism received answered with the charged conduct denied emphatically as a fact (一切かかっておりません)', () => {
  // Kind: after a criticism received (税金の無駄とのご意見ですが, 無駄遣いとのご批判), the writer's counter-fact with an adverb of
  // "not at all" and a state in the て-form denied (一切かかっておりません, 全く使っておりません, 一円も出ておりません, いっちょん使っとらん).
  it.each<[string, CheckContext?]>([
    ['@yng_watcher 新人職員の紹介投稿が税金の無駄とのご意見ですが、作成は勤務時間内に職員が行っており、追加の費用は一切かかっておりません。ご理解いただければ幸いです。', { mode: 'reply', tone: 4 }],
    ['「広報紙の印刷は無駄遣い」とのご批判をいただきましたが、印刷費は広告収入でまかなっており、市の予算は全く使っておりません。'],
    ['イベントに税金を使いすぎとのお声をいただいておりますが、市からの補助金は一円も出ておりません。'],
    ['公用車を私用に使っているとのご指摘ですが、業務以外には一切使用しておりません。'],
    ['マスコットの着ぐるみが贅沢とのご批判ですが、市のお金はいっちょん使っとらんです。', { mode: 'comment' }],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).map((f) => `${f.rule}:${f.severity}`)).toContain('rebuttal/argument:warn')
  })
  it.each<[string, CheckContext?]>([
    // hard negatives: a fee rule, a worry reassured, an incident apologised for, a reply to a question on cost, a fix announced
    ['参加費は一切かかりません。どなたでもお気軽にご参加ください。'],
    ['副反応を心配する声をいただいていますが、重い健康被害は一切報告されておりません。ご安心ください。'],
    ['メールの誤送信についてお詫び申し上げます。なお、口座番号などは一切含まれておりません。'],
    ['@x ご質問ありがとうございます。この講座の受講料は一切かかっておりません。', { mode: 'reply' }],
    ['駐車料金が高いとのご意見を受け、来月から30分以内の利用には料金を一切いただかないよう見直します。'],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: blind R98A-006 — false disaster information set right with what the city confirmed, in 災害時モード', () => {
  // Kind: in emergency mode, 「…」という情報は誤りです and the facts the city confirmed (床下浸水を確認しており, 損傷がないことを確認しました):
  // the guideline's job in a disaster, not a rebuttal. A criticism of the city answered in emergency mode stays flagged.
  const emergency: CheckContext = { mode: 'reply', emergency: true }
  it.each<[string, CheckContext?]>([
    ['@ame_yng 「市営住宅が浸水で全壊した」という情報は誤りです。大和団地の1階部分で床下浸水を確認しており、入居者の方は集会所に避難されています。', { ...emergency, tone: 4 }],
    ['「沖端橋が崩落した」という投稿は誤りです。職員が現地で橋に損傷がないことを確認しました。', emergency],
    ['「浄水場が浸水して断水する」という情報は誤りです。浄水場に被害がないことを確認しております。', { emergency: true }],
    ['@x 「避難所で食中毒が出た」という話は誤りです。保健師が巡回し、体調不良の方がいないことを確認しています。', emergency],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each<[string, CheckContext?]>([
    // true violations sharing its words: a charge of the city answered in emergency mode, a criticism received, the spreaders scolded
    ['「市の避難所運営はずさん」という投稿は誤りです。職員が巡回して物資が足りていることを確認しております。', emergency],
    ['浸水被害は市の怠慢だとのご批判がありますが、それはデマです。排水ポンプの稼働を確認しております。', emergency],
    ['「市営住宅が全壊した」という情報は誤りです。床下浸水を確認しております。このような悪質なデマを広めた方には反省を求めます。', emergency],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).map((f) => `${f.rule}:${f.severity}`)).toContain('rebuttal/argument:warn')
  })
})

describe('rebuttal: blind R103A-007 — answering a complaint, the fault put on the user\'s side (利用者様側の入力内容の誤りによるものです)', () => {
  // Kind: after a complaint or in a reply, the user named as a side against the city (利用者様側, お客様側, そっち側) and a fault of theirs
  // declared the cause (の誤りによるもの, のミスが原因, に原因がある), in any register or dialect: the complainant told the fault is theirs.
  it.each<[string, CheckContext?]>([
    // the blind item
    ['@kentaro_bb ご意見ありがとうございます。ただ、予約システムに不具合は確認されておらず、今回の件は利用者様側の入力内容の誤りによるものです。次回は確認画面をよくご覧のうえお申し込みください。', { mode: 'reply', tone: 4 }],
    // variants: another user and fault, a post answering a 苦情, dialect, 側に原因がある
    ['@x 予約できないとのことですが、お客様側の操作ミスが原因でございます。', { mode: 'reply' }],
    ['窓口の対応が遅いとの苦情をいただきましたが、申請者側の書類の不備によるものと考えております。'],
    ['@x 届かんって言わるっばってん、そっち側の入力ミスやけん。', { mode: 'reply' }],
    ['「ログインできない」というご意見をいただいておりますが、ご利用者側に原因があるものと存じます。'],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).map((f) => `${f.rule}:${f.severity}`)).toContain('rebuttal/argument:warn')
  })
  it.each<[string, CheckContext?]>([
    // hard negatives: a cost told, a help answer that hedges, the city's own side apologised for, a cause looked into, an outage status
    ['利用者側の費用負担はありません。お気軽にご利用ください。'],
    ['@x ご質問ありがとうございます。画面が表示されないのは、お客様側の通信環境の問題かもしれません。時間をおいてお試しください。', { mode: 'reply' }],
    ['@x 市側の入力ミスによるものでした。ご迷惑をおかけし申し訳ありません。', { mode: 'reply' }],
    ['ログインできないとのご意見をいただきました。原因が利用者側の入力ミスによるものかどうか、現在調査しています。'],
    ['予約システムに不具合は確認されておりません。引き続きご利用ください。'],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: blind R103A-100 — the city declared not to blame in any copula (市のせいやなかですよ) and the complaint as not hitting (文句は当たらん)', () => {
  // Kind: in a reply or after a criticism received, the city or its office named and its fault denied (市のせいやなか, 市のせいではありません,
  // 役所のせいやないです, 市が悪いわけやなか), or the complaint itself said not to apply (文句は当たらん, 非難は当たらない).
  it.each<[string, CheckContext?]>([
    // the blind item
    ['@mizuki_bad 予約の取れんとは市のせいやなかですよ。抽選はちゃんと公平にしとりますけん、文句は当たらんと思います。', { mode: 'reply', tone: 4 }],
    // variants: standard, polite after a 批判, dialect やない, わけやなか, 非難は当たらない
    ['@x 渋滞は市のせいではありません。', { mode: 'reply' }],
    ['駐車場が狭いとのご批判をいただいておりますが、当課のせいじゃないです。'],
    ['@x 雨で中止になったとは役所のせいやないですよ。', { mode: 'reply' }],
    ['@x 市が悪いわけやなかとです。', { mode: 'reply' }],
    ['@x そのような非難は当たらないと思います。', { mode: 'reply' }],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).map((f) => `${f.rule}:${f.severity}`)).toContain('rebuttal/argument:warn')
  })
  it.each<[string, CheckContext?]>([
    // hard negatives: a reader reassured, a cause told with no critic, a doubt checked, a worry answered with the cause, 苦情 and 当たらない apart
    ['@x 体調を崩されたのはあなたのせいではありません。無理せずお休みください。', { mode: 'reply' }],
    ['渋滞は市のせいではなく、事故によるものです。迂回路をご利用ください。'],
    ['@x 市のせいではないかとのご指摘、担当課で確認いたします。', { mode: 'reply' }],
    ['@x 停電は市のせいではと心配されている方へ。原因は落雷で、現在は復旧しています。', { mode: 'reply' }],
    ['苦情は当日中に担当課へお寄せください。抽選に当たらなかった方には、メールでお知らせします。'],
    // 市 inside another word (都市) is not the city
    ['@x 渋滞が増えたのは都市のせいではありません。車の数が増えたためです。', { mode: 'reply' }],
    // a quoted example is a mention
    ['研修資料：「市のせいやなかです」「利用者様側の入力ミスによるものです」といった返信は避けましょう。'],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: blind R107A-056 — a criticism answered by the city\'s verdict and the discussion closed', () => {
  // Kind: after a criticism received (ご批判, ご指摘, 苦情) or in a reply, the city declares its own judgment (表現に問題はないと判断して
  // おります) and shuts the critic out (これ以上の議論は控えさせていただきます, これ以上のやり取りは差し控えます, これ以上お答えすることは
  // いたしません): a rebuttal. A human-rights poster named as the thing criticised (人権啓発ポスターへのご批判) is no awareness text.
  it.each<[string, CheckContext?]>([
    // the blind item
    ['先日の人権啓発ポスターへのご批判について、担当課では表現に問題はないと判断しております。これ以上の議論は控えさせていただきます。', { tone: 4 }],
    // variants: other nouns, politeness, dialect, a reply
    ['動画の演出についてご批判をいただいておりますが、これ以上のやり取りは差し控えます。'],
    ['@x ご指摘の件は担当課で判断済みです。これ以上の返信はいたしません。', { mode: 'reply' }],
    ['@x 市の判断は変わらんです。これ以上の議論はしませんけん、よろしく。', { mode: 'reply' }],
    ['イベントの運営への苦情が続いておりますが、これ以上お答えすることはいたしません。'],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).map((f) => `${f.rule}:${f.severity}`)).toContain('rebuttal/argument:warn')
  })
  it.each<[string, CheckContext?]>([
    // hard negatives: a person's privacy, a case under investigation, an apology, no criticism, a meeting's agenda, an awareness text
    ['窓口対応へのご指摘につきましては、個人情報に関わるため、これ以上の回答は控えさせていただきます。'],
    ['報道された事故については警察が捜査中のため、これ以上のコメントは差し控えます。'],
    ['ご批判を真摯に受け止め、深くお詫び申し上げます。これ以上のご説明は後日ホームページでいたします。'],
    ['定員に達しましたので、これ以上の申し込みは受け付けておりません。'],
    ['審議会では十分に議論を重ねました。これ以上の日程は未定です。'],
    ['人権週間にあわせ、偏見をなくすためのポスターを作りました。'],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: blind R107A-131 — a counter-claim that asks the critic who posted to correct their post', () => {
  // Kind: the city's accuracy or the post's error asserted (記事は正確です, 誤りはございません, 誤解を招く投稿) and the poster asked to
  // correct, delete or retract it (投稿をされた方には訂正をお願いしたい, 書き込んだ方は削除してください, 投稿者には撤回を求めます,
  // 投稿ばした人は訂正してくれんね): the critic told to take back what they said.
  it.each<[string, CheckContext?]>([
    // the blind item
    ['昨日の広報紙の記事について「事実と違う」という投稿が拡散されていますが、記事は正確です。誤解を招く投稿をされた方には訂正をお願いしたいと思います。', { site: 'facebook' }],
    // variants: delete, retract, dialect, a reply
    ['市の発表した数値に誤りはございません。誤った情報を書き込んだ方は削除してください。'],
    ['当課の説明は事実です。事実と異なる内容を発信した方に対しては、撤回を求めます。'],
    ['@x 記事は正確ですけん、投稿ばした人は訂正してくれんね。', { mode: 'reply' }],
    ['@x 数字は正確でした。投稿者の方には、早めに投稿の訂正をお願いいたします。', { mode: 'reply' }],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).map((f) => `${f.rule}:${f.severity}`)).toContain('rebuttal/argument:warn')
  })
  it.each<[string, CheckContext?]>([
    // hard negatives: a contest's entrants, personal information posted by mistake, the city's own error apologised for,
    // a correction told by the city itself, a quoted example
    ['フォトコンテストに作品を投稿された方には、作品名の訂正をお願いする場合があります。'],
    ['掲示板に誤って電話番号を書き込まれた方は、削除をお願いします。'],
    ['先日の投稿に誤りがありました。お詫びして訂正いたします。シェアされた方には、訂正後の投稿をご確認いただければ幸いです。'],
    ['広報紙の記事の日付に誤りがありました。正しくは5月12日です。'],
    ['研修資料：「投稿をされた方には訂正をお願いしたい」といった返信は、記事が正確でも避けましょう。'],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: blind R111A-100 — the criticism named with what it points at, declared invalid (ご指摘の点は当たらない)', () => {
  // Kind: a criticism noun qualified by what it points at (ご指摘の点, ご批判の内容, お叱りの件, ご意見のような問題) and said not to apply
  // (当たらない, あたらん, 当たりません), in keigo or dialect: the critic's claim declared invalid, a counter-claim.
  it.each<[string, CheckContext?]>([
    // the blind item
    ['ご指摘の点は当たらないと考えております。多言語相談窓口は十分に機能しており、利用者からの苦情も受けておりません。', { mode: 'comment', site: 'facebook' }],
    // variants: another noun and ending, dialect, a reply, a comma and an adverb
    ['ご批判の内容はあたらないものと認識しております。'],
    ['お叱りの件は、当たらんと考えとります。', { mode: 'reply' }],
    ['ご意見のような問題は当たりません。窓口は予定どおり運営しています。'],
    ['ご指摘の点は、いずれも当たらないと判断しております。'],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).map((f) => `${f.rule}:${f.severity}`)).toContain('rebuttal/argument:warn')
  })
  it.each<[string, CheckContext?]>([
    // hard negatives: 当たる of the sun or a lottery, a point checked and fixed, a question answered, a quoted example
    ['ご指摘の点は日が当たらない北側の歩道のことと思われます。確認して融雪剤をまきます。'],
    ['ご指摘の点は、抽選に当たらない方にも記念品をお送りすることで対応します。'],
    ['ご指摘の点について担当課で確認し、案内表示を改善いたしました。ありがとうございました。'],
    ['ご意見の内容は、今後の窓口運営の参考にさせていただきます。'],
    ['研修資料：「ご指摘の点は当たりません」といった返信は避けましょう。'],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: blind R115A-009 — the fault a complaint reports put on the user\'s device, setting or operation (お客様の端末の設定によるもの)', () => {
  // Kind: after a criticism (ご指摘の…ですが, とのことですが, って言われ) or in a reply, the cause of the reported fault named as the
  // complainant's own side (お客様の/ご利用者様の/そちらの + 端末/操作/設定/環境 + によるもの/が原因/のせい): the complaint turned back.
  // Not a help answer with a step to try, not a condition told (によっては), not a denial of the user's fault, not with an apology.
  it.each<[string, CheckContext?]>([
    // the miss
    ['@kenko_pt ご指摘の健康ポイントアプリの不具合ですが、当方のシステムには問題はなく、お客様の端末の設定によるものと考えております。', { site: 'x', mode: 'reply', tone: 4, broadcastOnly: false }],
    // variants: an operation mistake in plain keigo, a phone's environment in dialect, a browser with 起因, a comment with が原因
    ['予約サイトがつながらないとのご指摘ですが、ご利用者様の操作ミスが原因です。'],
    ['アプリが落ちるって言われよるばってん、そちらのスマホの環境のせいやと思いますよ。'],
    ['@user 申請画面が表示されないとのことですが、お使いのブラウザに起因するものと存じます。', { mode: 'reply' }],
    ['電子申請でエラーが出るという苦情をいただいておりますが、市のシステムに問題はなく、ご本人の入力の誤りによるものです。', { mode: 'comment' }],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).map((f) => `${f.rule}:${f.severity}`)).toContain('rebuttal/argument:warn')
  })
  it.each<[string, CheckContext?]>([
    // hard negatives: a condition told, a help answer with a step, the user cleared with an apology, a terms note, a setup guide
    ['お客様の端末の設定によっては、通知が届かない場合があります。'],
    ['@user 表示されない原因は、お使いの端末の設定によるものと考えられます。設定画面から通知をオンにしてお試しください。', { mode: 'reply' }],
    ['アプリの不具合はお客様の端末によるものではなく、市のシステムの障害によるものでした。ご迷惑をおかけし申し訳ありません。', { mode: 'comment' }],
    ['通信料はお客様のご負担となります。端末の設定方法は市ホームページをご覧ください。'],
    ['健康ポイントアプリの操作方法がわからない方は、市役所1階の窓口でお手伝いします。'],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: blind R115A-132 — a criticism received then denied as the writer\'s belief with はず (味は変わっていないはずです)', () => {
  // Kind: a criticism actually received (というコメントが多く寄せられていますが, とのご意見をいただきましたが, って言われとるけど) and the
  // criticised thing said not to be so with はず (変わっていないはず, 落ちとらんはず, 問題はないはず, 事実ではないはず): the complaint refused on
  // the writer's own certainty. Not a schedule told with no complaint, not with an apology, a fix or a check promised.
  it.each<[string, CheckContext?]>([
    // the miss
    ['委託後の給食がまずくなったというコメントが多く寄せられていますが、献立は引き続き市の栄養士が作成しており、味は変わっていないはずです。', { site: 'facebook', mode: 'comment', tone: 4, broadcastOnly: false }],
    // variants: keigo with ご意見, dialect with って言われ, a quality claim with 問題はないはず, a report called untrue with はず
    ['プールの水質が悪くなったとのご意見をいただきましたが、管理方法は以前と同じですので問題はないはずです。'],
    ['バスの本数が減ったって言われとるばってん、ダイヤは変わっとらんはずですよ。'],
    ['「サービスの質が落ちた」という声が届いておりますが、職員体制は同じであり、質は落ちていないはずでございます。', { mode: 'reply' }],
    ['窓口で長時間待たされたとの苦情がありましたが、そのようなことはないはずです。'],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).map((f) => `${f.rule}:${f.severity}`)).toContain('rebuttal/argument:warn')
  })
  it.each<[string, CheckContext?]>([
    // hard negatives: a schedule told, a check promised, an apology with a fix, an invitation to comment, a fix announced
    ['4月から窓口の場所が変わりましたが、受付時間は変わっていないはずです。念のため各課にご確認ください。'],
    ['給食の味が変わったというコメントをいただきました。献立は変わっていないはずですが、念のため調理工程を確認いたします。', { mode: 'comment' }],
    ['給食がまずくなったとのご指摘をいただきました。申し訳ありません。味付けを見直します。'],
    ['給食についてのご意見をお寄せください。献立は来年度も変わらないはずです。'],
    ['ごみ収集日は祝日でも変わりません。収集カレンダーをご覧ください。'],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal (4(5)): blind R116A-100 — a prejudice about people quoted and called a misunderstanding (「認知症の人は何もわからない」は誤解です)', () => {
  // Kind: a belief about a group of people (認知症の人, 外国人, 障がいのある人, 不登校の子, 高齢者) quoted in brackets and called a
  // misunderstanding itself (は誤解です, というのは思い込みです, なんて誤解ばい): a column setting a prejudice right, no critic answered.
  // A charge against the city or its staff quoted the same way (「市の対応が遅い」は誤解です) still argues with a critic.
  it.each<[string, CheckContext?]>([
    ['【ブログ】「認知症の人は何もわからない」は誤解です', { site: 'blog', tone: 3 }],
    ['「外国人は怖い」は大きな誤解です。言葉や文化が違っても、同じ地域の住民です。'],
    ['「不登校の子は怠けている」というのは思い込みです。学校に行けない理由は一人ひとり違います。'],
    ['【コラム】「障がいのある人は働けない」は誤解です'],
    ['「高齢者は新しいことを覚えられない」なんて誤解ばい。スマホ教室はいつも満員です！'],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each<[string, CheckContext?]>([
    ['「市の対応が遅い」は誤解です。'],
    ['「職員が手抜きをしている」は誤解です。'],
    ['「生活保護の窓口は冷たい」は誤解です。'],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).map((f) => `${f.rule}:${f.severity}`)).toContain('rebuttal/argument:warn')
  })
})

describe('rebuttal: blind R118A-112 — the critic told not to say careless things (勝手なこと言わんでほしか)', () => {
  // Kind: a criticism heard (「…」って投稿しよる人のおる, ってコメント, というご意見) and the critic's words called careless and forbidden
  // (勝手なこと, 好き勝手に, いい加減なこと, 適当なこと, 知ったようなこと + 言わないで / 書かんといて / 言うのはやめて), in any register.
  it.each<[string, CheckContext?]>([
    ['「市の対応が遅い」って投稿しよる人のおるけど、こっちは寝らんでやっとるとよ。勝手なこと言わんでほしか。', { site: 'x', mode: 'post', tone: 3, broadcastOnly: true }],
    ['「ごみ収集が雑」というご意見をいただきましたが、職員は毎日丁寧に回収しております。勝手なことを書かないでいただきたいです。'],
    ['税金の無駄遣いってコメントが来とるけど、好き勝手に言わんでほしいわ。'],
    ['SNSで「市長は何もしてない」と書かれていますが、事情も知らずにいい加減なことを言うのはやめてほしいです。'],
    ['イベントが中止ってコメントがあったけど、適当なこと書かんといて〜。'],
    ['「窓口の対応が悪い」ってコメントしよる人のおるけど、知ったようなこと言わんで。'],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).map((f) => `${f.rule}:${f.severity}`)).toContain('rebuttal/argument:warn')
  })
  it.each<[string, CheckContext?]>([
    ['SNSでは他人について勝手なことを書き込まないようにしましょう。'],
    ['「勝手なこと言わんでほしい」という声が市民の方から寄せられています。'],
    ['子どもたちには、友だちについて勝手なことを言わないように伝えています。'],
    ['好き勝手に描いていい自由なお絵かきコーナーです。'],
    ['「勝手なことを言うな」と怒鳴られるなどのカスタマーハラスメントが増えています。'],
    ['「花火大会の写真がきれい」って投稿しよる人のおるね。ありがとうございます！'],
    ['「市の対応が遅い」って投稿されている方がいらっしゃいますが、ご心配をおかけし申し訳ありません。現在、全力で復旧作業を進めています。'],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: blind R120A/R123A — counter-claims in any register or a mascot\'s voice', () => {
  // Kinds: the city's judgement declared right (市の判断として正しいです), the critic told to read properly with the object unsaid
  // (…と書かれていましたが、よく読んでください), the critic named as mistaken in a mascot's copula (それはあなたの勘違いだモン), the critic
  // dared to do it themselves (そげん言うなら自分で…したらよか), no problem at all after a reason (…であり、何ら問題はございません), the
  // complaint turned onto those who failed (払わない方が悪い), and an unquoted critic echoed (…っていってるひとがいるけど、そんなことないもん).
  it.each<[string, CheckContext?]>([
    ['コミュニティバス減便の件、いろいろ言われてますが、減便は市の判断として正しいです。利用者数も見ずに文句を言うのはやめていただきたい。', { site: 'facebook', mode: 'post', tone: 4 }],
    ['窓口の縮小には批判もありますが、本市の判断として妥当であったと考えております。'],
    ['駐車場の有料化、いろいろ言われとるけど、市の方針は正しいです。'],
    ['アンケート結果も見ずに批判されるのはいかがなものでしょうか。'],
    ['コメント欄でバス減便の決め方がおかしいと書かれていましたが、よく読んでください。説明会で何度もご説明しています。', { site: 'facebook', mode: 'post', tone: 4 }],
    ['案内がわかりにくいって言われるけど、もう一度よくお読みください。'],
    ['地図が載ってないとのご指摘ですが、ちゃんと見てください。'],
    ['せいろ蒸しの値段が高いって言う人いるけど、それはあなたの勘違いだモン。手間を考えたら安いモン！', { site: 'instagram', mode: 'post', tone: 1 }],
    ['お祭りの日程が変わったって言ってる人がいるけど、それはキミの誤解だ！'],
    ['川下りが高いっていってるひとがいるけど、それはあなたの思い込みだもん。'],
    ['確定申告会場の待ち時間が長かって書かれとるけど、うちらも精一杯やりよるとよ。そげん言うなら自分でe-Taxしたらよか。', { site: 'x', mode: 'post', tone: 2 }],
    ['除雪が遅いって言われても、そんなに言うならご自分でやってみてください。'],
    ['文句があるなら自分でやればいいのに。'],
    ['ふるさと納税の返礼品が豪華すぎるとのご批判をいただいておりますが、国のルールの範囲内であり、何ら問題はございません。', { site: 'x', mode: 'post', tone: 4 }],
    ['工事の騒音に苦情が寄せられていますが、基準値以内であり、問題ありません。'],
    ['差押えが厳しすぎるって言われても、払わない方が悪いんですよ。うちは法律どおりにやってるだけですから。', { site: 'x', mode: 'post', tone: 3 }],
    ['窓口が混むとのご意見ですが、予約せん人が悪かとです。'],
    ['締切に間に合わなかったと苦情が来ましたが、確認しなかった方が悪いと思います。'],
    ['ぼくのまちの返礼品がおいしくないっていってるひとがいるけど、そんなことないもん！ほんとはすっごくおいしいんだもん😤\n#柳川 #ふるさと納税', { site: 'instagram', mode: 'post', tone: 1 }],
    ['花火がしょぼいって言う人がいるけど、そんなことないよ！'],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).map((f) => `${f.rule}:${f.severity}`)).toContain('rebuttal/argument:warn')
  })
  it.each<[string, CheckContext?]>([
    ['申込書の注意事項をよく読んでください。'],
    ['ご意見をお寄せください。応募要項は、よく読んでくださいね。'],
    ['市の判断として正しいかどうか、第三者委員会で検証します。'],
    ['減便は正しいですか？とのご質問にお答えします。'],
    ['スマホで申告できるので、ご自分でe-Taxを利用してみてください。'],
    ['自分でできる確定申告講座を開きます。わからないことがあれば、どうぞお気軽に。'],
    ['知らない人が悪いわけではありません。まずは制度を知ることから始めましょう。'],
    ['体調の悪い方は無理をせずお休みください。'],
    ['地図も見ずに歩き回るのはやめましょう。'],
    ['点検の結果、耐震性に問題はありませんでした。'],
    ['「私にできるかな」って言ってる人がいるけど、大丈夫、初心者向けの教室です！'],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: R127/R128 kinds — a post read and its complaint called a misunderstanding, a count about the city called a hoax, a rumour argued down as plain to see, complainers told to go elsewhere', () => {
  it.each([
    // A complaint read (を拝見しました) and put down to the writer's mistake.
    ['消費生活センターの対応が冷たかったという書き込みを拝見しました。職員は適切に対応しておりますので、何かの勘違いではないでしょうか。'],
    ['消費生活センターの対応が冷たかったという書き込みを拝見しました。何かの勘違いではないでしょうか。'],
    ['窓口で待たされたという投稿を拝見しましたが、何かのお間違いではないでしょうか。'],
    ['ごみが回収されていないという書き込みを拝読しました。お客様の勘違いではございませんか。'],
    // A claim about how many come to the city called a hoax (not a prejudice about the group).
    ['「柳川は移住者が減っている」という話が出回っていますが、デマです。転入者数を見れば明らかです。'],
    ['「柳川は観光客が減っている」という話はデマです。'],
    // A rumour argued down as plain to see.
    ['「柳川は人口が減っている」という話が広がっていますが、そのような事実はありません。統計を見れば明らかです。'],
    ['「市の財政が破綻寸前」という話が出回っていますが、そのような事実はありません。決算書を調べればすぐ分かることです。'],
    // Complainers told to go elsewhere.
    ['昨日の白秋祭について「うるさい」とのご意見をいただきましたが、年に一度の祭りです。ご理解いただけない方は、その期間は市外にお出かけください。'],
    ['騒音についてのご意見をいただきましたが、お祭りは年に一度です。ご不満な方は、当日はよその町でお過ごしください。'],
    ['「駐車場が狭い」との苦情がありますが、気に入らない方は他の市の施設へどうぞ。'],
    ['納得できない方は、市外に引っ越されてはいかがですか。', { mode: 'reply' }],
  ] as Array<[string, CheckContext?]>)('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).map((f) => `${f.rule}:${f.severity}`)).toContain('rebuttal/argument:warn')
  })
  it.each([
    ['混雑が苦手な方は、平日のお出かけがおすすめです。'],
    ['花火の音が苦手な方は、当日は市外へお出かけになるのも一つの方法です。'],
    ['不安な方は市外の親戚宅などへ避難してください。'],
    ['「柳川は人口が減っている」という話が広がっていますが、そのような事実はありません。'],
    ['「市役所の職員が自宅を訪問する」という話はデマです。不審な訪問は警察へ。'],
    ['「窓口が不親切」という投稿を拝見しました。ご不便をおかけし申し訳ありません。'],
    ['「外国人が増えて不安」とのご意見ですが、市内の犯罪件数は減少しています。'],
  ] as Array<[string, CheckContext?]>)('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal round 129 (blind R129I/R130I: a mascot answering its critics, a price complaint answered with a question)', () => {
  it.each([
    ['ボクのことを「かわいくない」って言った人、ちゃんと見てから言ってほしいっちゃ！失礼しちゃうっちゃ😤'],
    ['ボクのことダサいって言ってる人、それ勘違いだよ！ちゃんと見てから言ってね😤\n#どんこ丸'],
    ['「つまらない」って書いた人、一回乗ってから言ってほしいな〜'],
    ['地味って言った人たち、それ完全に誤解だモン！'],
    ['@tabi_lover22 川下りの料金が高いとのことですが、他の観光地と比べれば安い方です。勘違いされていませんか？'],
    ['駐車場が遠いとのご指摘ですが、誤解なさっていませんか？', { mode: 'reply' }],
    ['待ち時間が長いとの苦情をいただきましたが、勘違いされていないでしょうか。'],
  ] as Array<[string, CheckContext?]>)('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).map((f) => `${f.rule}:${f.severity}`)).toContain('rebuttal/argument:warn')
  })
  it.each([
    ['「かわいい」って言ってくれた人、ありがとう！また会いに来てね'],
    ['「おいしい」って言った人が多かったメニューを紹介します。'],
    ['初めて乗る人、ちゃんと見てから乗ってね！足元に注意だよ'],
    ['申込日を勘違いされていませんか？締切は10日です。'],
    ['ダサいって言われがちな作業着、実は機能性抜群です！'],
  ] as Array<[string, CheckContext?]>)('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: blind R131I-016 / R132I-025, a critic sent elsewhere, a defence after なお in an apologetic notice', () => {
  it.each([
    ['「柳川のうなぎは高い」とレビューに書かれた方へ。適正価格です。安いものが食べたいならチェーン店へどうぞ。'],
    ['「駐車場が狭い」と口コミに書かれた方へ。広い駐車場をお望みなら、よその観光地へどうぞ。'],
    ['「量が少ない」というご意見をいただきました。お腹いっぱい食べたいなら、他のお店に行かれてはいかがでしょう。'],
    ['「川下りが退屈」とのコメントがありましたが、刺激が欲しいなら他の観光地へどうぞ。'],
    ['【白秋祭 水上パレード中止についてのご報告】\n11月2日に予定していた水上パレードは、強風のため中止といたしました。楽しみにしてくださっていた皆さまには大変申し訳なく思っております。準備に関わってくださった地域の皆さま、船頭の皆さまにも心より感謝申し上げます。なお、中止の判断が遅いとのご意見もいただきましたが、天候が原因ですので、市に文句を言われても困ります。来年もよろしくお願いいたします。'],
    ['花火大会の延期でご迷惑をおかけし申し訳ございません。なお、告知が遅いとのご批判もいただいておりますが、市に文句を言われても困ります。'],
  ] as Array<[string, CheckContext?]>)('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).map((f) => `${f.rule}:${f.severity}`)).toContain('rebuttal/argument:warn')
  })
  it.each([
    // hard negatives: a guide with no complaint, thanks to the critic, an alternative offered, an apology with a plain note after なお
    ['お土産を買いたいなら駅前のお店へどうぞ。'],
    ['「量が少ない」とのご意見ありがとうございます。大盛りをご希望の方は、別の店舗でも対応しています。'],
    ['「うなぎが高い」との声もありますが、お手頃に食べたい方にはせいろ蒸しのハーフサイズがおすすめです。'],
    ['水上パレードは強風のため中止といたしました。大変申し訳ございません。なお、中止の判断が遅いとのご意見もいただきました。今後は前日までに判断できるよう見直します。'],
    ['静かに過ごしたい方は、平日のお出かけがおすすめです。'],
  ] as Array<[string, CheckContext?]>)('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: blind R133I-032 / R134A-120, complainers told not to come, a complaint seen online answered by blaming the borrowers', () => {
  it.each([
    ['館内の写真撮影禁止に文句を言う方がいますが、入口に書いてありますよね？ルールも読めないなら来ないでいただいて結構です。'],
    ['「入館料が高い」と言われますが、嫌なら来なくて結構です。'],
    ['予約制に不満の声もありますが、ルールを守れない方はご来館いただかなくて構いません。'],
    ['駐車場が少なかって文句ば言う人がおるばってん、そげん言うなら来んでよか。'],
    ['「図書館の本が汚い」という書き込みを見かけました😢 でも、汚れているのは借りた方の扱いのせいで、図書館の責任ではありません。\n#柳川市立図書館'],
    ['「展示が古い」という投稿を見かけましたが、美術館の責任ではありません。'],
    ['「体育館の床が滑る」というコメントが寄せられましたが、利用者の靴の問題で、体育館の落ち度ではありません。'],
  ] as Array<[string, CheckContext?]>)('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity === 'warn' || f.severity === 'block').length).toBeGreaterThan(0)
  })
  it.each([
    // hard negatives: care for a visitor, a rule told, a rule about lost items, a post seen and thanked
    ['体調がすぐれない日は、無理して来なくて大丈夫です。オンライン講座もご利用ください。'],
    ['館内での写真撮影はご遠慮ください。入口に案内を掲示しています。'],
    ['館内での盗難・紛失については、図書館の責任ではありません。貴重品は各自で管理してください。'],
    ['「図書館の本がきれい」という書き込みを見かけました😊 いつも丁寧に扱ってくださる皆さん、ありがとうございます。'],
    ['雨の日は無理に来なくていいですよ。晴れた日にまたお待ちしています。'],
  ] as Array<[string, CheckContext?]>)('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('rebuttal: blind R137I-027, English critics said not to understand or disagreed with', () => {
  it.each([
    ['Some online reviews call our river cruise "overpriced and boring." With respect, those reviewers clearly didn\'t understand Yanagawa\'s history.'],
    ['Some reviews say our festival was too crowded. We strongly disagree.'],
    ['Some reviews online claim the ferry is unsafe. Those reviewers obviously don\'t know the area.'],
    ['Some people say our tour is a waste of money. With respect, you are wrong.'],
    ['We have seen the complaints about the eel prices. We respectfully disagree with them.'],
  ] as Array<[string, CheckContext?]>)('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity === 'warn' || f.severity === 'block').length).toBeGreaterThan(0)
  })
  it.each([
    // hard negatives: help for newcomers, an invitation to comment, a review agreed with, a guide
    ['Visitors who don\'t know the area can ask at the tourist desk.'],
    ['If you disagree with the plan, please send us your comments.'],
    ['Some reviews mention the long queue. We agree and have added staff.'],
    ['Many first-time guests don\'t know the boat schedule, so please check our website.'],
  ] as Array<[string, CheckContext?]>)('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('rebuttal: blind R138I-093/R142D-093, critics told off for a misunderstanding or told to read it properly', () => {
  it.each([
    ['「救急車の到着が遅かった」との投稿について。現場到着は通報から9分で、全国平均と同程度です。勘違いで批判するのはやめていただけますか。'],
    ['@hakushu_fan よく読んでください。受付は9時からと書いてあります。', { mode: 'reply' }],
    ['誤解から書き込むのはやめてほしいです。ごみの収集日は変わっていません。'],
    ['早とちりで責めないでください。申込期限は市報に載せています。'],
    ['思い違いで批判されるのは困ります。料金は昨年と同じです。'],
    ['@yanagawa_taro ちゃんと読んでください。締切は月末です。', { mode: 'reply' }],
    ['山田さん、よく見てください。案内板に書いてあります。', { mode: 'reply' }],
  ] as Array<[string, CheckContext?]>)('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity === 'warn' || f.severity === 'block').length).toBeGreaterThan(0)
  })
  it.each([
    // hard negatives: literacy advice, the city's own mistake, a guide naming what to read, an apology for the city's mix-up
    ['思い込みで書き込むのはやめましょう。投稿する前に、情報の出どころを確かめてください。'],
    ['こちらの勘違いで、ご案内に誤りがありました。申し訳ありません。'],
    ['@hakushu_fan お問い合わせありがとうございます。受付は9時からです。', { mode: 'reply' }],
    ['申込の前に、注意事項をよく読んでください。'],
    ['勘違いしやすいポイントをまとめました。受付は9時からです。'],
  ] as Array<[string, CheckContext?]>)('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('rebuttal: blind R146I-047, a quoted criticism dismissed flatly or as a mistake beyond measure', () => {
  it.each([
    ['【河川敷の草刈りについて】\n今年も6月から河川敷の草刈りを行っています。\n一部で「税金の無駄遣い」というご指摘がありますが、まったく当たりません。勘違いも甚だしいです。\n作業中はご迷惑をおかけしますが、ご協力をお願いします。'],
    ['「税金の無駄遣い」というご指摘がありますが、まったく当たりません。'],
    ['駐車場が狭いとのご意見をいただいておりますが、見当違いも甚だしいです。'],
    ['@taro_y 勘違いにもほどがありますよ。工事は予定どおりです。', { mode: 'reply' }],
    ['「市は何もしていない」という投稿がありましたが、的外れも甚だしいです。'],
  ] as Array<[string, CheckContext?]>)('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity === 'warn' || f.severity === 'block').length).toBeGreaterThan(0)
  })
  it.each([
    // hard negatives: the writer's own mistake, weather, a criticism thanked and acted on, a scam warning, a reminder
    ['先日の投稿は私の勘違いも甚だしく、申し訳ありませんでした。正しくは10日です。'],
    ['今年は寒暖差が甚だしいので、体調管理にご注意ください。'],
    ['「受付時間が分かりにくい」というご指摘をいただきました。ありがとうございます。案内を見直しました。'],
    ['「必ず当たる」という勧誘にご注意ください。'],
    ['勘違いしやすい点として、燃えないごみの日は月2回です。'],
  ] as Array<[string, CheckContext?]>)('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('rebuttal: 言いがかり as a swindler\'s or trouble-maker\'s act told in a warning (blind TR-097)', () => {
  // Kind: 言いがかりをつける / つけられる naming what someone does to the reader, in a paragraph that warns of a tactic (手口, 当たり屋,
  // 示談金, 詐欺, ご注意, 警察): no critic answered. The city calling a criticism a 言いがかり, or telling critics to stop, is still a rebuttal.
  it.each([
    '【「当たり屋」にご注意ください】\n\n車に故意にぶつかり、言いがかりをつけて示談金を要求する手口が報告されています。\n\n事故の際は、その場で示談せず、必ず警察に届け出てください。',
    '路上でわざと肩をぶつけ、言いがかりをつけて金銭を要求する恐喝の被害が出ています。すぐに110番してください。',
    '訪問販売の業者が、屋根の瓦に言い掛かりをつけて高額な工事を迫る手口が増えています。ご注意ください。',
    '駐車場で言いがかりをつけられたら、相手にせず、車から降りずに警察へ通報してください。',
    // blind TU-105: a sales tactic (点検商法, 契約を迫る, 消費生活センター), the verb run on with a comma (言いがかりをつけ、)
    '「屋根が壊れている」「このままでは雨漏りする」などと言いがかりをつけ、高額な修理契約を迫る点検商法の相談が、高齢者から多く寄せられています。',
    '床下の点検と称して言いがかりをつけ、不要な工事の契約を迫る業者がいます。困ったときは消費生活センターへ。',
    '給湯器に難癖や言いがかりをつけ、その場で高額な交換を求める押し売りが増えています。消費者ホットライン188へご相談ください。',
  ])('passes %s', (text) => {
    expect(findingsOf(rebuttal, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    'ご指摘の件は言いがかりです。市の対応に問題はありません。',
    '市に言いがかりをつけるのはやめてください。警察にも相談しています。',
    'そのようなご意見は、言いがかりとしか思えません。',
    '毎回言いがかりをつけてくる方がいますが、市は適切に対応しております。',
    'ご指摘の点は言いがかりをつけ、市を困らせたいだけとしか思えません。',
  ])('flags %s', (text) => {
    expect(findingsOf(rebuttal, text).some((f) => f.rule === 'rebuttal/argument' && f.severity !== 'info')).toBe(true)
  })
})

describe('rebuttal: the critic\'s belief called a misunderstanding in dialect (blind R152D-119)', () => {
  // Kind: 勘違いされているようですが in a dialect's progressive (されとる, されちょる, しとられる) or casual (されてる) before
  // みたい, よう, ごたる: the reader's belief named as a mistake before the city sets it right.
  it.each<[string, CheckContext['mode']]>([
    ['勘違いされとるみたいですけど、うなぎの値段は市が決めとるわけじゃなかとですよ〜', 'comment'],
    ['誤解されちょるようですが、ごみ袋の値上げは議会で決まったことですけん。', 'comment'],
    ['勘違いしとられるみたいやけど、川下りの料金は各事業者が決めよるとです。', 'reply'],
    ['皆さん勘違いされてるみたいですけど、駐車場はもともと有料ですよ。', 'comment'],
    ['勘違いされとるごたるですね、花火大会は中止じゃなくて延期です。', 'reply'],
  ])('flags %s', (text, mode) => {
    expect(findingsOf(rebuttal, text, { mode }).some((f) => f.severity === 'warn' || f.severity === 'block')).toBe(true)
  })
  it.each([
    '「道の駅の野菜は市が値段を決めとる」と勘違いしとったばってん、出荷する農家さんが決めとるとですね。勉強になりました！',
    '息子からの電話だと勘違いして、お金を振り込んでしまう被害が続いとります。電話で「お金」の話が出たら、まず家族に確認してください。',
    '私もずっと勘違いしとったとですが、粗大ごみは予約制です。皆さんもお気をつけて〜',
    '勘違いしやすいので、燃えるごみと燃えないごみの出す日をもう一度カレンダーで確認してくださいね。',
  ])('passes %s', (text) => {
    expect(findingsOf(rebuttal, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('rebuttal: a charge spread as a rumour answered back, and the blame handed to the complainants (blind R154A-079, R153I-099)', () => {
  // Kinds: a charge against the city told as a rumour (一部の店だけ優遇されてるってデマ流れてるけど) and the readers told they have it
  // wrong (勘違いしないでね); a complaint heard and the fault put on those who did not read, look or check (読んでいない方の責任だと思います).
  it.each<[string, CheckContext['mode']]>([
    ['空き店舗補助が一部の店だけ優遇されてるってデマ流れてるけど、全然ちがうから！勘違いしないでね〜', 'post'],
    ['保育園の入園で特定の家庭が特別扱いされてるって噂が回ってるけど、誤解しないでね！', 'post'],
    ['市の補助金は知り合いの業者だけ優遇してるみたいな話が広がってますけど、勘違いしないでくださいね。', 'post'],
    ['【白秋祭 ご来場のお礼】\n3日間で延べ約12万人の方にお越しいただきました。ありがとうございました。\n駐車場がひどかったという投稿が多いですが、事前に何度も告知していました。読んでいない方の責任だと思います。\n来年もどうぞよろしくお願いします。', 'post'],
    ['受付が遅いとのご意見をいただきましたが、予約方法はホームページに掲載しています。確認されなかった方の問題かと存じます。', 'post'],
    ['シャトルバスが分かりにくかったって苦情があったけど、チラシに書いとるけんね。見とらん人のせいやけん。', 'post'],
    ['締切が分からなかったという声がありますが、広報紙に載せています。読まなかった方の自己責任です。', 'post'],
  ])('flags %s', (text, mode) => {
    expect(findingsOf(rebuttal, text, { mode }).some((f) => f.severity === 'warn' || f.severity === 'block')).toBe(true)
  })
  it.each([
    '「職員を名乗る人が自宅に来る」という話が広がっています。市職員が個人宅を訪ねてお金を求めることはありません。',
    '申請書類を確認していない方の責任において生じた不利益については、市は補償いたしかねます。',
    '説明会の資料を読んでいない方も、当日会場で配布しますのでご安心ください。',
    '締切を勘違いしないでね！申込は7月10日（金）までです。',
    'チラシを見ていない方にも届くよう、防災無線でもお知らせします。',
  ])('passes %s', (text) => {
    expect(findingsOf(rebuttal, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('rebuttal: blind R158A-030, R158A-032, R156I-107, a charge called wrong, the users blamed, the work defended', () => {
  // Kinds: a charge that the city does not act, reported without brackets and called wrong (市が何もしていないというのは違います); after a
  // complaint, its cause put on what many users did (お早めに到着された方が多かったためと考えております); after a criticism, the work
  // defended with the makers' pride or the critics' failure to get it (自信を持って世に出した作品です, 面白さが伝わらなかったのは残念です).
  it.each<[string, CheckContext['mode']]>([
    ['@kawa_taro 市役所が掘割の清掃を全然していないというのは違いますよ。毎月業者に委託しています。', 'reply'],
    ['役所が相談に乗ってくれないっていう話は違います。窓口は平日毎日開いています。', 'reply'],
    ['駐車場が足りないとのご指摘をいただきましたが、台数は十分に確保しておりました。同じ時間帯に来られた方が多かったためと考えております。', 'post'],
    ['窓口が混んでいるという苦情をいただきましたが、月曜の朝に来庁される方が多いためです。', 'reply'],
    ['新しいポスターに「地味すぎる」とのご批判をいただいていますが、職員一同、自信を持ってお届けしたデザインです。', 'post'],
    ['PR動画へのご批判もいただいていますが、私たちの遊び心が伝わらなかったのは残念です。', 'post'],
  ])('flags %s', (text, mode) => {
    expect(findingsOf(rebuttal, text, { mode }).some((f) => f.severity === 'warn' || f.severity === 'block')).toBe(true)
  })
  it.each([
    // hard negatives: two things compared, a question, a reason with no complaint, a fix, pride with no critic, an apology
    '市が主催する行事と、自治会が主催する行事というのは違います。申込先をご確認ください。',
    '市が何もしていないというのは違いますか？ご意見をお聞かせください。',
    '当日はお早めに到着された方が多かったため、受付を10分早めて開始しました。',
    '待ち時間が長いとのご意見をいただきました。来場される方が多いため、来年は受付窓口を増設します。',
    '職員一同、自信を持っておすすめする秋のイベントです。ぜひお越しください。',
    'PR動画について多くのご意見をいただきました。私たちの意図が十分に伝わらなかったことをお詫び申し上げます。',
  ])('passes %s', (text) => {
    expect(findingsOf(rebuttal, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('rebuttal: blind R160I-047, R160I-082, R160I-087, R160I-100, R161A-120, answers that turn a complaint back', () => {
  // Kinds: after a criticism, the critics told they will surely understand once they look (資料をお読みいただければご理解いただけるものと);
  // a comparison with まだ and a bargain (他市と比べても、当市の使用料はまだお手頃なほうです); the critic told to check before posting with うえで
  // (ご確認のうえでご投稿いただければ); the complaint put on the complainant's own act as a polite question (ご記入いただいた番号が違っていたの
  // ではないでしょうか); the notice said given, counted (再三お知らせしております, 2回ご案内しております).
  it.each<[string, CheckContext['mode']]>([
    ['ごみ袋の値上げに厳しいご意見をいただいていますが、収支の資料をお読みいただければご理解いただけるものと考えております。', 'post'],
    ['駐車場の有料化へのご不満は承知しておりますが、他市と比べても当市の駐車料金はまだお手頃なほうです。', 'post'],
    ['@hanako_y 記事の内容が古いとのことですが、更新日を明記しております。ページをお読みいただいたうえでコメントいただければと思います。', 'reply'],
    ['申請が通らなかったとのことですが、ご記入いただいた口座番号が違っていたのではないでしょうか。', 'reply'],
    ['説明会の日程が分からなかったとのことですが、市報とホームページで再三お知らせしております。', 'reply'],
  ])('flags %s', (text, mode) => {
    expect(findingsOf(rebuttal, text, { mode }).some((f) => f.severity === 'warn')).toBe(true)
  })
  it.each<[string, CheckContext['mode']]>([
    // hard negatives: a question answered with a pointer, a form's instruction, a shortfall conceded, a bargain advertised, a worry
    // shared with an apology, tourism hype, a notice told with no complaint
    ['開館時間を知りたいとのことですが、市ホームページに掲載しております。ご確認ください。', 'reply'],
    ['応募要項をご確認のうえ、ご投稿ください。たくさんのご応募をお待ちしています！', 'post'],
    ['ご指摘のとおり、他市と比べると公園の数はまだ少ないのが現状です。', 'post'],
    ['他市と比べれば保育料はまだ安い方です。ぜひ柳川で子育てを！', 'post'],
    ['お待ちいただいた時間が長かったのではないでしょうか。申し訳ありません。', 'reply'],
    ['一度柳川に来ていただければ、良さを分かっていただけるはず！', 'post'],
    ['休業日は12月に3回お知らせしています。年始は4日から開庁します。', 'post'],
  ])('passes %s', (text, mode) => {
    expect(findingsOf(rebuttal, text, { mode }).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('rebuttal: blind R162I–R166I, counter-claims that blame the critic, polite or in the middle of a long post', () => {
  // Kinds: the complainant's perception doubted as a polite question (見間違いではないでしょうか, お越しになった日が別の日だったのでは); critics
  // belittled as a loud few (ごく一部のご意見にすぎません); being complained to or compared refused with ても困る; a complaint echoed in the concessive
  // and the premise set against it (と言われましても、そもそも…); critics dared with a rhetorical question, the decision declared natural; spreaders
  // scolded for their misunderstanding; the critic said not to understand the appeal; それは誤解で、…; past conduct declared free of problems;
  // "you would have known had you read"; "try it before criticising".
  it.each<[string, CheckContext['mode']]>([
    ['@yamada_k 騒音がひどいとのご指摘ですが、測定値は基準内です。聞き間違いじゃないですか。', 'reply'],
    ['@tanaka 窓口が閉まっていたとのことですが、お越しになった日が休館日と違うのではありませんか。', 'reply'],
    ['ごみ収集の時間変更に多くのご批判をいただいていますが、これはごく一部のご意見にすぎません。', 'post'],
    ['駐輪場が狭いとの苦情をいただいていますが、他市の駅と比較されましても困ります。', 'post'],
    ['@mama_fes 文句を言われても困ります。決まりですので。', 'reply'],
    ['@kodomo_oya 難しすぎるとのご意見ですが、と言われましても、そもそも中学生向けの講座です。', 'reply'],
    ['図書館の休館日変更に批判をいただいていますが、批判する人は代わりに職員を手配してくれるのでしょうか。', 'post'],
    ['バス路線の廃止についてご批判をいただいていますが、利用者数を考えれば当然の措置であると考えております。', 'post'],
    ['「市長が公用車を私用に使っている」という投稿について。運行記録はすべて公務です。憶測で批判するのはお控えください。', 'post'],
    ['「展示がつまらない」というレビューを拝見しましたが、企画の意図を理解されていないのでしょう。', 'post'],
    ['「補助金の無駄遣い」とのご批判をいただきましたが、その批判は誤解であり、事業の効果は検証済みです。', 'post'],
    ['説明会が不十分だったとのご批判がありますが、手続きに問題は一切なかったものと認識しております。', 'post'],
    ['受付が分かりにくかったとのご意見をいただきましたが、案内を見ていればお分かりいただけたと思います。', 'post'],
    ['「朝市は高い」というご意見をいただいていますが、文句を言う前に一度来てみてください。', 'post'],
  ])('flags %s', (text, mode) => {
    expect(findingsOf(rebuttal, text, { mode }).some((f) => f.severity === 'warn')).toBe(true)
  })
  it.each<[string, CheckContext['mode']]>([
    // hard negatives: 気のせい denied or told in a health tip, a help answer with a step, the city asking for more voices, a part of the
    // town, a parenting tip, a course on complaints, sympathy, a rule told, a myth set right, an FAQ, an inspection's finding, the city's own
    // oversight with an apology, a promotion, literacy advice, a hoax warning
    ['気のせいではありません。本当にホタルが増えています。', 'post'],
    ['「年のせいかな、気のせいかな」と思ったら、早めに受診しましょう。', 'post'],
    ['@user 予約画面が表示されないとのことですが、ご覧になっているページが違うのではないでしょうか。お手数ですがこちらのページをご確認ください。', 'reply'],
    ['市民アンケートでは一部の声だけでなく、幅広いご意見を伺うため、アンケートを実施します。', 'post'],
    ['大雨で一部の地域だけが大きく被害を受けました。ご意見・ご要望は窓口へ。', 'post'],
    ['兄弟と比べられても困らないよう、子どもの良いところを見つけて褒めましょう。', 'post'],
    ['お客様に苦情を言われても困ってしまう方のための接客講座を開催します。', 'post'],
    ['@user 兄と比べられても困りますよね。お気持ちよく分かります。', 'reply'],
    ['急に来られても困りますので、事前予約をお願いします。', 'post'],
    ['「もう年だから」と言われても、もともと体力のある方は無理をしがちです。', 'post'],
    ['ご指摘を受け、改善するのは当然の対応です。', 'post'],
    ['安全確保のため当然の対応として点検を行っています。ご協力をお願いします。', 'post'],
    ['不確かな情報を拡散するのはやめましょう。', 'post'],
    ['【デマにご注意ください】「給水所が閉鎖された」という投稿がありますが、誤りです。憶測で拡散するのはお控えください。', 'post'],
    ['柳川の魅力がまだ分かっていない方も、ぜひ一度お越しください。', 'post'],
    ['子どもたちは最初、この遊びの面白さがわかっていないようでしたが、すぐに夢中になりました。', 'post'],
    ['「冬は熱中症にならない」とよく言われますが、それは誤解で、暖房の効いた室内でも起こります。', 'post'],
    ['Q 部活動はなくなるのですか？ A いいえ。それはよくある誤解で、地域移行は段階的に進めます。', 'post'],
    ['点検の結果、問題はなかったと判断しています。引き続き安全に利用できます。', 'post'],
    ['私たちが事前に確認していれば分かったはずでした。ご迷惑をおかけし申し訳ありません。', 'post'],
    ['地図を見ていれば分かったはずなのに、道に迷ってしまいました（笑）', 'post'],
    ['人を批判する前に、まず自分の行いを見直してみましょう。', 'post'],
  ])('passes %s', (text, mode) => {
    expect(findingsOf(rebuttal, text, { mode }).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('rebuttal: blind R167I/R168A/R169D kinds', () => {
  it.each<[string, CheckContext['mode']]>([
    // R169D-114: a complaint turned round by a comparison, any adjective of degree; critics called uninformed as the city's reading
    ['待ち時間が長いとのご指摘をいただきましたが、近隣の窓口と比べればむしろ短いほうです。', 'post'],
    ['駐車場が狭いという苦情をいただいていますが、他の施設と比べても決して狭くありません。', 'post'],
    ['計画への批判が続いていますが、その多くは事情を知らずに書かれたものと考えております。', 'post'],
    // R168A-030: the city's own work charged as slow or poor, spread as a post and denied
    ['「市の除雪が雑」という投稿が拡散していますが、事実と異なります。', 'post'],
    ['「市役所の窓口がひどい」という投稿が広がっていますが、そのような事実はございません。', 'post'],
    // R168A-117: after a criticism received, the readers asked in keigo not to get it wrong
    ['掲載した写真に「名前が見える」とのご指摘をいただきましたが、ご本人の了承は得ています。誤解なきようお願い申し上げます。', 'post'],
    ['イベントの中止についてご批判をいただきましたが、規則どおりの判断です。勘違いのないようお願いいたします。', 'post'],
    // R168A-017: a comment echoed with との is a criticism received
    ['料金が高いとのコメントですが、他市と比べればむしろ安いほうです。', 'post'],
    ['入場料が高いとのコメントをいただきましたが、他の施設と比べても決して高くありません。', 'reply'],
    // R167I-130: nothing wrong said or written, after criticism
    ['厳しいご意見もいただいていますが、私たちは間違ったことは書いておりません。', 'post'],
    ['毎回きびしいコメントが付きますが、市は何も間違ったことは言っていないと思っています。', 'post'],
  ])('flags %s', (text, mode) => {
    expect(findingsOf(rebuttal, text, { mode }).some((f) => f.severity === 'warn')).toBe(true)
  })
  it.each<[string, CheckContext['mode']]>([
    // hard negatives: a comparison told with no critic, praise echoed, the city clarifying itself, a guide, an apology, thanks and a fix,
    // a rumour of a delay or a cancellation set right, posting advice
    ['全国と比べても決して短くない日照時間が柳川の自慢です。', 'post'],
    ['市内の公園は県内の他市と比べても決して狭くありません。のびのび遊べます。', 'post'],
    ['「楽しかった」とのコメントをいただきました。ありがとうございます。', 'post'],
    ['誤解のないよう補足します。申込期限は10日です。', 'post'],
    ['ご意見をいただきましたので、誤解のないよう表現を改めました。', 'post'],
    ['お申し込みの際は、対象年齢に誤解のないようご注意ください。', 'post'],
    ['先日ご意見をいただきました。お詫びいたします。誤解のないようお願いします。', 'post'],
    ['「申込方法が分かりにくい」とのご意見をいただきました。ありがとうございます。今後はチラシに図を入れます。誤解のないようお願いします。', 'post'],
    ['「市のごみ収集が遅れている」という情報が出回っていますが、事実ではありません。通常どおり収集しています。', 'post'],
    ['「市の花火大会が中止になる」という噂が広がっていますが、事実ではありません。予定どおり開催します。', 'post'],
    ['投稿する前に、間違ったことは言っていないか確認しましょう。', 'post'],
  ])('passes %s', (text, mode) => {
    expect(findingsOf(rebuttal, text, { mode }).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('rebuttal: blind R171I-087, R172A-133 — a complaint about the city spread as a post, flatly denied', () => {
  // Kind: 「…が高すぎる」という投稿が拡散されていますが、決して高くありません / 「…の通知が間違っていた」という投稿が広がっていますが、…誤りは
  // 一切ありません: a charge against the city answered in the writer's voice. A plain rumour set right, a complaint taken on board stay clean.
  it.each<[string, CheckContext['mode']]>([
    ['「プールの使用料が高すぎる」という書き込みが広がっていますが、近隣の施設と比べても決して高くはありません。', 'post'],
    ['「水道料金の請求が間違っている」という投稿が出回っていますが、市の計算に誤りは一切ございません。', 'post'],
  ])('flags %s', (text, mode) => {
    expect(findingsOf(rebuttal, text, { mode }).some((f) => f.severity === 'warn')).toBe(true)
  })
  it.each<[string, CheckContext['mode']]>([
    ['「市民プールが今年は閉鎖される」という投稿が広がっていますが、そのような事実は一切ありません。今年も7月から営業します。', 'post'],
    ['「ごみの収集が来週から全面有料になる」という情報が流れていますが、市はそのような決定は一切しておりません。', 'post'],
    ['「花火大会の料金が高すぎる」という投稿が広がっていますが、ご意見として受け止め、来年の料金設定を見直します。', 'post'],
    ['「乗船券の値段が来月上がる」という投稿が広がっていますが、料金は一切変わりません。', 'post'],
    ['「給水所の水は飲めない」という話が広がっていますが、水質検査で全く問題はありません。安心してご利用ください。', 'post'],
  ])('passes %s', (text, mode) => {
    expect(findingsOf(rebuttal, text, { mode }).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('rebuttal: blind R171I-121 — the criticism declared invalid with the topic in formal keigo and the city\'s stance before it', () => {
  // Kind: …とのご意見につきましては、当方としては全く当たらないものと考えております / ご指摘に関しましては、市としては当たらないと認識して
  // おります. Thanks, a plan or a promise to consider stay clean.
  it.each<[string, CheckContext['mode']]>([
    ['会場の誘導が不親切だったとのご指摘に関しましては、実行委員会としては当たらないと認識しております。', 'post'],
    ['ご批判につきましては、市としては全く当たらないものと考えております。', 'reply'],
  ])('flags %s', (text, mode) => {
    expect(findingsOf(rebuttal, text, { mode }).some((f) => f.severity === 'warn')).toBe(true)
  })
  it.each<[string, CheckContext['mode']]>([
    ['ご意見につきましては、当方としても真摯に受け止め、改善に努めます。', 'post'],
    ['ご意見につきましては、市としては今後の参考とさせていただきます。', 'post'],
    ['抽選に当たらなかった方にも、後日ご案内をお送りします。', 'post'],
  ])('passes %s', (text, mode) => {
    expect(findingsOf(rebuttal, text, { mode }).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('rebuttal: blind R174I/R175A/R176D — an error or complaint denied and turned back on the critic', () => {
  // Kinds: the city's wording declared right after an error pointed out (こちらでは正しく掲載しております), what the critic looks at doubted
  // (古い版をご覧になっているのではないでしょうか), fault denied as the city's present view (落ち度はないものと考えております), the procedure
  // declared proper (適正に審査を行っており), the city's record set against a complaint (記録では通常どおり…おります), the complainant's
  // timing hinted (お越しになったのが…後だったのではありませんか) and a perception put down to a circumstance in a cleft (…に見えたのは…の
  // 関係だと思います). An apology, a fix, a promise to check or a plain notice stay clean.
  it.each<[string, string, CheckContext['mode']]>([
    ['会場の住所が間違っているとのことですが、市のホームページには正しく掲載しております。', '正しく掲載しております', 'reply'],
    ['料金が違うとのご指摘ですが、もしかすると昨年のチラシをご覧になっていたのではないでしょうか。', 'ご覧になっていたのではないでしょうか', 'reply'],
    ['入札の進め方に疑問があるとのご意見をいただきましたが、当課として落ち度はないものと認識しております。', '落ち度はないものと認識', 'post'],
    ['補助金の交付が不公平だとのご批判がありますが、要綱に基づき適正に審査を行っております。', '適正に審査を行っております', 'post'],
    ['資源ごみが回収されていないとのことですが、収集車のGPS記録では通常どおり巡回しております。', '記録では通常どおり巡回しております', 'reply'],
    ['受付で断られたとのことですが、お越しになったのが受付終了の17時より後だった可能性はございませんか。', 'お越しになったのが受付終了の17時より後だった可能性はございませんか', 'reply'],
    ['「展示室が暗すぎる」というコメントをいただきました。暗く感じられたのは、入口から入ってすぐの位置の関係だと思います。', '感じられたのは、入口から入ってすぐの位置の関係だと思', 'post'],
  ])('flags %s', (text, excerpt, mode) => {
    const warned = findingsOf(rebuttal, text, { mode }).filter((f) => f.severity === 'warn')
    expect(warned.map((f) => f.excerpt)).toContain(excerpt)
  })
  it.each<[string, CheckContext['mode']]>([
    ['チラシの日付に誤りがありました。申し訳ありません。市のホームページでは正しく掲載しております。', 'post'],
    ['イベントの日時は、市のホームページに正しく掲載しております。', 'reply'],
    ['古いページをご覧になっているのではないでしょうか。お手数ですが、再読み込みをお試しください。', 'reply'],
    ['利用中の破損について、市に責任はないものとします。', 'post'],
    ['個人情報は、関係法令に基づき適正に管理しております。', 'post'],
    ['資源ごみが回収されていないとのことですが、収集車の記録では通常どおり巡回しております。念のため、本日改めて伺います。', 'reply'],
    ['お申し込みになったのが締切を過ぎていた場合は、次回の講座をご案内します。', 'reply'],
    ['夕方の掘割が金色に見えたのは、西日の関係だと思います。とてもきれいでした。', 'post'],
  ])('passes %s', (text, mode) => {
    expect(findingsOf(rebuttal, text, { mode }).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('rebuttal: blind R179I/R180A/R181D — a complaint denied on the city\'s own check, or answered by insisting on the contrary', () => {
  // Kinds: a complaint's fact denied after the city's own check (確認いたしましたが…した事実は確認できませんでした, 聞き取りを行った限り、
  // そのような対応は確認されておりません), 何卒ご理解ください closing it or not; a criticism heard (ってコメント, とのご意見, 「…」とありますが)
  // answered by insisting on the contrary (実際に来てもらえたら分かる, 実際に歩いていただければお分かりになる, 本当に…なんです). An apology with
  // a check, a rumour or a fraud set right, a question answered, praise echoed, an invitation and a correction of the city's own error stay clean.
  it.each<[string, CheckContext['mode']]>([
    ['窓口で怒鳴られたとのご指摘を受け、担当者に確認いたしましたが、職員が大声を出した事実は確認できませんでした。何卒ご理解ください。', 'reply'],
    ['市民プールの監視員の態度が横柄だという投稿が拡散されておりますが、関係者への聞き取りを行った限り、そのような対応は確認されておりません。', 'post'],
    ['ご批判の件、当日の記録を調査したところ、ご指摘のような言動はなかったとのことです。', 'post'],
    ['展示が少なすぎるってコメントをいただいてますが、実際に来てもらえたら分かると思います！', 'comment'],
    ['この記事で「案内板が分かりにくい」とありますが、実際に歩いていただければお分かりになるかと思います。', 'quote'],
    ['料金が高すぎるとのご意見をいただいていますが、これ本当に原価ぎりぎりなんです！', 'post'],
  ])('flags %s', (text, mode) => {
    expect(findingsOf(rebuttal, text, { mode }).some((f) => f.severity === 'warn')).toBe(true)
  })
  it.each<[string, CheckContext['mode']]>([
    ['ご指摘の件、担当に確認いたしました。ご不快な思いをおかけし、誠に申し訳ございません。', 'reply'],
    ['「堤防が決壊した」という投稿が広がっていますが、現地を確認した限り、そのような事実は確認されておりません。', 'post'],
    ['市職員を名乗る電話が相次いでいます。確認いたしましたが、市がそのような電話をした事実はございません。詐欺にご注意ください。', 'post'],
    ['「パレードの舟は何艘ですか」とのご質問をいただきました。今年の運行は38艘です。', 'reply'],
    ['かわいすぎるってコメントをいただいてますが、本当に人気者なんです！実際に会いに来てもらえたら分かると思いますよ', 'comment'],
    ['掘割の夜景はとてもきれいです。実際に見に来ていただければ、その美しさがお分かりになると思います。', 'reply'],
    ['先日の投稿で開館時間を誤って記載しておりました。確認いたしましたところ、正しくは9時開館です。お詫びして訂正いたします。', 'post'],
    ['待ち時間が長すぎるとのご意見をいただきました。確かに本当に混雑しているんです。改善に努めます。', 'post'],
  ])('passes %s', (text, mode) => {
    expect(findingsOf(rebuttal, text, { mode }).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('rebuttal: a denial that answers no critic (an investigation\'s finding, a worried asker reassured)', () => {
  it.each<[string, string]>([
    ['ご指摘の件ですが、そのような事実はございません。', 'rebuttal/argument:warn:そのような事実はございません'],
    ['職員の対応が悪いとのご批判をいただきましたが、調査した限り、そのような事実は確認されておりません。', 'rebuttal/argument:warn:そのような事実は確認されておりません'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(rebuttal, text))).toContain(expected)
  })
  it.each([
    '不正アクセスについて調査した限り、個人情報が流出した事実は確認されておりません。引き続き監視を続けます。',
    '「プールが閉鎖されると聞いたのですが本当ですか」とのご質問をいただきました。確認いたしましたが、そのような事実はございません。ご安心ください。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(rebuttal, text))).toEqual([])
  })
})

describe('rebuttal: blind R183I — the city\'s conduct declared by the book after a complaint, and a criticism turned to the opposite claim', () => {
  // Kinds: after a complaint, the city's conduct declared proper or not lacking (職員は規定どおり丁寧にご案内しておりました, 当日の対応は所定の
  // 手順どおりであり, 周知に不足があったとは認識しておりません, 作業日報では規定どおり…作業しております); a criticism received answered with a
  // contrast and the opposite claim (しかし、…むしろ…, ですが、…決して…ではありません, 赤字どころか). An explanation of a procedure with no
  // complaint, an apology after a check, thanks and a promise to improve, and a rumour set right stay clean.
  it.each<[string, string, CheckContext['mode']]>([
    ['受付で長く待たされたとのことですが、担当に確認したところ、係員は規定どおり丁寧にご案内しておりました。', '係員は規定どおり丁寧にご案内しておりました', 'reply'],
    ['先日いただいたコメントの件、確認いたしました。当日の対応は所定の手順どおりであり、ご理解をお願いします。', '対応は所定の手順どおりであり', 'comment'],
    ['健診の日程が分かりにくいとのご指摘を受けましたが、周知に不足があったとは認識しておりません。', '周知に不足があったとは認識しておりません', 'post'],
    ['検針員が無断で敷地に入ったとの苦情をいただきましたが、作業日報では規定どおり声をかけてから作業しております。', '日報では規定どおり声をかけてから作業しております', 'post'],
    ['「市民会館の改修は贅沢だ」とのご批判をいただいております。しかし、長い目で見れば、むしろ建て替えより安く済む計画です。', 'しかし、長い目で見れば、むしろ', 'post'],
    ['ふるさと納税の返礼品は赤字ではないかとのご指摘がありましたが、実際には赤字どころか黒字の事業です。', '赤字どころか', 'post'],
  ])('flags %s', (text, excerpt, mode) => {
    const warned = findingsOf(rebuttal, text, { mode }).filter((f) => f.severity === 'warn')
    expect(warned.some((f) => f.excerpt.includes(excerpt))).toBe(true)
  })
  it.each<[string, CheckContext['mode']]>([
    // a procedure explained, with no complaint; a promise of manner, not a past act
    ['住民票の交付は、定められた手順どおりに本人確認を行ってから行います。', 'reply'],
    ['窓口では係員が丁寧にご案内いたしますので、お気軽にお越しください。', 'reply'],
    ['夏場の水道水の供給に不足があるとは考えておりません。節水へのご協力をお願いします。', 'post'],
    // an apology after a check; thanks and a promise to improve
    ['受付で長く待たされたとのことですが、確認したところ、係員の案内に行き違いがありました。大変申し訳ございません。', 'reply'],
    ['窓口の案内が分かりにくいとのご意見をいただきました。対応は規定どおりでしたが、今後は案内表示を見直して改善します。', 'post'],
    ['厳しいご意見をいただきました。しかし、むしろこれを機会に運営を見直していきます。ありがとうございました。', 'post'],
    // a rumour set right; a contrast with no criticism
    ['「動物園が閉園する」という噂が広がっていますが、むしろ来春には新しい展示舎がオープンします。', 'post'],
    ['今年の花火大会はあいにくの小雨でした。でも、むしろしっとりした雰囲気を楽しめました。', 'post'],
  ])('passes %s', (text, mode) => {
    expect(findingsOf(rebuttal, text, { mode }).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('rebuttal: blind R184I–R187I — a complaint answered with the city\'s record, its own record of work, a comparison, a denied link or the user\'s side', () => {
  // Kinds: after a complaint, the city's measurement or record set against it (計測データでは基準を超える値は記録されておりません, 記録を確認
  // しましたところ平均の待ち時間は15分でした); a criticism turned on what the city has already done (とのご意見ですが、これまでに…3回開催して
  // まいりました); a comparison in the polite conditional with むしろ/決して (比較した場合、本市の保育料は決して高くありません); a harm's link to the
  // work denied (工事との因果関係は認められません); the staff asked and their conduct reported proper (窓口に確認いたしましたが、適切にご説明して
  // おりました); the fault put on the user's or receiver's side, also as a question (そちらの端末の設定が原因ではないでしょうか, 受信者側の設定に
  // よるものです). A fraud warning about a trader's pretext about the city (「…」と名乗って電話してくる業者, 消費者ホットライン) is no rebuttal.
  it.each<[string, string, CheckContext['mode']]>([
    ['振動がひどいとのことですが、市で計測しているデータでは基準を超える値は記録されておりません。', 'データでは基準を超える値は記録されておりません', 'reply'],
    ['「窓口で2時間待った」という書き込みを拝見しました。記録を確認しましたところ、平均の待ち時間は15分でした。', '平均の待ち時間は15分でした', 'post'],
    ['周知が足りないとのご意見ですが、これまでに広報紙と回覧板で4回ずつお知らせしてまいりました。', 'これまでに広報紙と回覧板で4回ずつお知らせしてまいりました', 'comment'],
    ['保育料が高いとのご指摘をいただきましたが、他市と比較した場合、本市の保育料は決して高くありません。', '本市の保育料は決して高くありません', 'post'],
    ['工事の振動で壁にひびが入ったとのことですが、工事との因果関係は認められません。', '因果関係は認められません', 'comment'],
    ['受付の態度が悪いとのご意見をいただきましたが、窓口に確認いたしましたが、適切にご説明しておりました。', '適切にご説明しておりました', 'post'],
    ['そちらの端末の設定が原因ではないでしょうか。', 'そちらの端末の設定が原因', 'reply'],
    ['通知が来なかったのは、受信者側の設定によるものです。', '受信者側の設定によるもの', 'reply'],
  ])('flags %s', (text, excerpt, mode) => {
    const warned = findingsOf(rebuttal, text, { mode }).filter((f) => f.severity === 'warn')
    expect(warned.some((f) => f.excerpt.includes(excerpt))).toBe(true)
  })
  it.each<[string, CheckContext['mode']]>([
    // a measurement or a record told with no complaint; a complaint answered with reassurance, a fix or a step still to take
    ['大気の測定結果を公表します。測定値では基準を超える値は記録されていません。', 'post'],
    ['昨年度の窓口の待ち時間は、記録では平均12分でした。', 'post'],
    ['騒音が気になるとのことですが、測定値では基準を超える値は出ておりません。ご安心ください。', 'reply'],
    ['待ち時間が長いとのご意見をいただきました。記録を確認したところ、最長の待ち時間は90分でした。改善に取り組みます。', 'post'],
    ['体調を崩されたとのことですが、現時点で工事との因果関係は確認できておりません。引き続き調査いたします。', 'reply'],
    ['ワクチン接種と副反応の因果関係は認められていません。', 'post'],
    // a plain report; a comparison in an FAQ; the record of work with a further step
    ['説明会を6回開催しました。ご参加ありがとうございました。', 'post'],
    ['よくある質問：駐車料金は近隣と同程度です。近隣と比べますと、料金はむしろ低めです。', 'post'],
    ['説明が足りないとのご指摘ですが、これまでに6回開催してまいりましたので、今後も追加で説明会を開催します。', 'comment'],
    // a complaint accepted after a check
    ['ご指摘を受け、確認したところ案内に誤りがありました。', 'post'],
    ['職員の対応が冷たかったとのお声をいただきましたが、確認したところ、丁寧にご案内していなかったことが分かりました。申し訳ありません。', 'comment'],
    // a help answer; the user's side with a step to try; a denial of the user's fault
    ['メールが届かない場合は受信設定をご確認ください。', 'reply'],
    ['お使いのブラウザの問題ではないでしょうか。キャッシュを削除してお試しください。', 'reply'],
    ['お使いのブラウザの問題ではありません。', 'reply'],
    // fraud warnings about a trader's pretext about the city
    ['「市の委託業者だ」と名乗って電話してくる業者について相談が寄せられています。市がそのような依頼をした事実はありません。消費者ホットライン188へご相談ください。', 'post'],
    ['「市が屋根の点検を義務化した」と言って訪ねてくる悪質な業者にご注意ください。市がそのような点検を義務づけた事実はありません。', 'post'],
  ])('passes %s', (text, mode) => {
    expect(findingsOf(rebuttal, text, { mode }).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('rebuttal: blind R189I — a change refused as not needed, a record and the complained fact denied, a criticism declared impossible', () => {
  // Kinds: after a complaint, the change declined as not needed or scheduled, with its justification (…ものであり、運用を改める必要はないと
  // 考えております, 規則で定めたものであり、変更する予定はございません); the record's figure set against a complaint and its fact denied, the
  // check told as a sentence of its own, thanks as the greeting or not (記録を確認しました。当日の最長は12分であり、…事実は認められません
  // でした), and the complainant told not to get it wrong (お間違いのないようお願いいたします); a criticism heard or read online declared
  // impossible (そうした不正が起こることは決してございません). Not: a fix considered, a check still going on, a reminder with its object or
  // with no complaint denied, an FAQ with no critic, a rumour or a fraud's pretext set right, a worried asker reassured.
  it.each<[string, string, CheckContext['mode']]>([
    ['「図書館の休館日が多すぎる」とのご意見をいただいておりますが、休館日は資料整理に必要なものであり、運用を改める必要はないと考えております。', '改める必要はない', 'post'],
    ['駐輪場が狭いとの苦情をいただきましたが、利用状況から判断して、拡張の必要はございません。', 'の必要はございません', 'comment'],
    ['「プールの営業時間が短い」とのご指摘をいただきましたが、営業時間は規則で定めたものであり、変更する予定はございません。', '変更する予定はございません', 'post'],
    ['ご意見ありがとうございます。「バスが40分遅れた」とのご指摘について、運行記録を確認しました。当日の最大の遅れは4分であり、大幅に遅れた事実は認められませんでした。', '事実は認められませんでした', 'comment'],
    ['「証明書の発行に1時間かかった」とのご指摘をいただきました。受付記録では平均9分でしたので、そのような事実はございません。', '事実はございません', 'post'],
    ['「窓口が午後4時に閉まっていた」とのご意見をいただきましたが、実際には17時15分まで開庁しております。お間違いのないようお願いいたします。', 'お間違いのないようお願い', 'comment'],
    ['ネット上で「市営住宅の入居者選考が不公平だ」との声が上がっていますが、選考は委員会が行っており、そうした不正が起こることは決してございません。', 'そうした不正が起こることは決してございません', 'post'],
    ['「補助金の審査で身内をひいきしている」との投稿を拝見しましたが、そのようなことは絶対にあり得ません。', 'そのようなことは絶対にあり得ません', 'post'],
  ])('flags %s', (text, excerpt, mode) => {
    const warned = findingsOf(rebuttal, text, { mode }).filter((f) => f.severity === 'warn')
    expect(warned.some((f) => f.excerpt.includes(excerpt))).toBe(true)
  })
  it.each<[string, CheckContext['mode']]>([
    // a fix considered after a complaint; a plain notice with no complaint; a schedule told with no justification; a step for the reader
    ['「収集時間がばらばら」とのご意見をいただきました。現在の運用を見直し、収集時刻をお知らせする仕組みを検討いたします。', 'post'],
    ['来月から燃えるごみの収集日が変わります。現在の運用は年度末まで続けます。', 'post'],
    ['「料金が高い」とのご意見をいただきましたが、現時点で料金を変更する予定はございません。', 'post'],
    ['ご意見をいただき、ありがとうございます。申請書の様式を変更する必要はありません。そのままご提出ください。', 'comment'],
    // a check still going on; a record with a concession and a fix
    ['ご指摘の件、事実を確認しております。結果は改めてお知らせします。', 'post'],
    ['「窓口で待たされた」とのご意見をいただきました。記録を確認いたしました。最長待ち時間は20分であり、長時間お待たせした事実は確認できませんでしたが、引き続き確認いたします。', 'post'],
    ['「窓口で1時間待った」とのご指摘をいただきました。記録を確認しましたところ、最長の待ち時間は50分でした。確かに長くお待たせしており、改善に取り組みます。', 'post'],
    // a reminder with its object or with no complaint denied
    ['申込日をお間違いのないようお願いいたします。', 'post'],
    ['「収集日が分かりにくい」とのご意見をいただきました。来月から収集日が変わります。お間違いのないようお願いいたします。', 'post'],
    ['「会場が分かりにくい」とのご指摘をいただきました。会場は市民会館です。会場をお間違えのないようご注意ください。', 'post'],
    // an FAQ with no critic; a rumour, a fraud's pretext, a worry set right; a concession
    ['Q 抽選に偏りが出ることはありますか？ A 抽選はシステムで公平に行います。', 'post'],
    ['「花火大会が中止になる」という情報が出回っていますが、そのようなことが起こることはありません。正しい情報は市ホームページでご確認ください。', 'post'],
    ['「市職員を名乗って口座番号を聞く電話があった」との投稿がありましたが、市がそのような電話をすることはありません。不審な電話はすぐに切ってください。', 'post'],
    ['「図書館がなくなるのでは」とのご心配の声をいただいていますが、そのようなことが起こることはありません。ご安心ください。', 'post'],
    ['「抽選に偏りがある」とのご指摘をいただきました。確かにそのような偏りが生じることはあり得ますので、抽選方法を見直します。', 'post'],
  ])('passes %s', (text, mode) => {
    expect(findingsOf(rebuttal, text, { mode }).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('rebuttal: blind R192D — a complaint answered by the city\'s clean check and the cause turned back, a standing request as a shield, the handling declared proper', () => {
  // Kinds: a complaint or inquiry answered with the city's own check declared clean and the cause put on the complainant's side (検査
  // では異常はございませんでした。お宅の配管が原因の可能性もありますので、まずはそちらを…); a complaint received answered with the city's
  // standing request (かねてより…をお願いしております); posts charging the city with mishandling answered by its handling declared proper
  // in the past progressive (…不手際があったとする投稿…、当日は適切に対応しておりました). Not: a help page with no check of the city's, a
  // help answer with the city's help offered, a plain request, an apology, a fix announced, a rumour warning.
  it.each<[string, string, CheckContext['mode']]>([
    ['お湯が赤っぽいとのご連絡ですが、配水池の水質検査では異常はございませんでした。お宅の給湯器が古くなっている可能性もありますので、まずはそちらをお調べください。', 'お宅の給湯器が古くなっている可能性も', 'comment'],
    ['下水の臭いが気になるとのご意見ですが、管路の点検の結果、問題はありませんでした。ご自宅の排水設備によるものと考えられます。', 'ご自宅の排水設備によるもの', 'post'],
    ['公園のトイレが少ないとのご意見ですが、市としてはかねてより駅前のトイレのご利用をお願いしております。', 'かねてより駅前のトイレのご利用をお願いしております', 'reply'],
    ['ごみ出しの時間が早すぎるとのご指摘ですが、以前から前日夜のご準備をお願いしてまいりました。', '以前から前日夜のご準備をお願いしてまいりました', 'post'],
    ['花火大会の会場で市の案内に不手際があったとする投稿が広がっていますが、当日は職員を配置し、適切に誘導しておりました。', '適切に誘導しておりました', 'post'],
    ['「受付の手際が悪い」との声が寄せられていますが、当日は適正に処理していました。', '適正に処理していました', 'quote'],
  ])('flags %s', (text, excerpt, mode) => {
    const warned = findingsOf(rebuttal, text, { mode }).filter((f) => f.severity === 'warn')
    expect(warned.some((f) => f.excerpt.includes(excerpt))).toBe(true)
  })
  it.each<[string, CheckContext['mode']]>([
    // a help page with no check of the city's; the city's help offered; an apology
    ['水道水が白く濁る場合は、ご家庭の給水管の点検をお勧めします。', 'post'],
    ['お問い合わせありがとうございます。浄水場の検査では異常はありませんでした。ご家庭の給水管が原因の可能性もありますので、職員が伺って確認いたします。', 'comment'],
    ['水の濁りについてのご連絡、ご不便をおかけしております。配水管の点検では問題は見られませんでしたが、宅内の配管が原因の可能性もあります。お気軽にご相談ください。', 'comment'],
    // a plain request; a standing request with a fix announced; no complaint
    ['お祭り当日は公共交通機関でのご来場をお願いします。', 'post'],
    ['駐車場が狭いとのご意見をいただきました。以前から公共交通機関でのご来場をお願いしておりますが、今後は臨時駐車場の増設を検討いたします。', 'reply'],
    ['以前からお願いしておりますとおり、ごみは朝8時までに出してください。', 'post'],
    // an apology, a fix announced, a rumour warning
    ['臨時駐車場の誘導に不手際があったことをお詫びします。', 'post'],
    ['臨時駐車場が混雑したとのご意見を受け、次回は誘導員を増員します。', 'post'],
    ['【デマにご注意ください】「臨時駐車場が閉鎖された」という投稿が広がっていますが、誤りです。駐車場は通常どおり開いています。', 'post'],
    ['ご指摘いただいた案内表示の誤りについては、担当課で適切に対応いたしました。', 'reply'],
  ])('passes %s', (text, mode) => {
    expect(findingsOf(rebuttal, text, { mode }).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('rebuttal: blind R193I–R197A — a complaint called improbable, critics\' posts called false, a shortfall denied, the complainant\'s late step, a report called groundless, the handling declared free of delay, a charged act denied as a fact', () => {
  // Kinds: a complaint received and what it reports restated and called improbable in the writer's voice (…お出しすることは通常考えにく
  // いと存じます); a charge against the city quoted from posts and the posts pointed back to as false with a demonstrative of kind (こうした
  // 書き込みは誤情報です); a complaint of too little answered with a flat double negative in another word for it (不足しているということは
  // ございません); a complaint of something not collected answered with the complainant's step not yet done at the time (その時点ではまだ
  // 出されていませんでした); a report or a criticism called groundless as a verdict (根拠のない記事であると考えております); criticism of the
  // city's handling answered with the handling declared free of delay as the city's view (作業に遅延はなかったと認識しております); the act a
  // report charges restated in the voiced past and denied as a fact (市が工期を急いだ事実はございません). Not: an expert's view reported, a check still
  // to make, a hoax or a rumour set right, a worried asker, a rule told, the city's own warning not yet issued, a caution against groundless
  // information, a drill's finding, an incident's apology, an investigation's finding; and a guide that concedes the reader could look it up
  // (…を見ればわかるはずですが、念のためご案内します).
  it.each<[string, string, CheckContext['mode']]>([
    ['弁当のご飯が硬かったとのことですが、毎朝炊きたてを詰めておりますので、硬い状態でお渡しすることは通常考えにくいと存じます。', 'ことは通常考えにくいと存じ', 'comment'],
    ['「窓口で受付を断られた」とのご指摘をいただきましたが、職員が受付をお断りすることはまず考えられません。', 'ことはまず考えられません', 'post'],
    ['SNSで「市の道路補修が遅すぎる」「市役所は仕事が雑だ」といった投稿を見かけます。こうした投稿は誤情報ですので、ご注意ください。', 'こうした投稿は誤情報です', 'post'],
    ['「学童の指導員が足りないのでは」というお声をいただきますが、配置基準を満たしておりますので、指導員が不足しているということはございません。', '不足しているということはございません', 'post'],
    ['粗大ごみが収集されなかったとのことですが、収集員が伺った9時の時点ではまだ出されていませんでした。', '時点ではまだ出されていませんでした', 'comment'],
    ['週刊誌に、市が補助金を不正に配分したとの記事が掲載されましたが、市としては根拠のない記事であると考えております。', '根拠のない記事である', 'post'],
    ['除雪が遅いとのご指摘をいただきましたが、作業に遅延はなかったと認識しております。', '作業に遅延はなかったと認識し', 'post'],
    ['「市の給水の対応が遅い」という書き込みが見られますが、給水車の配置に遅れはなかったものと判断しております。', '配置に遅れはなかったものと判断し', 'post'],
    ['地元紙で、市が工事の完了を急いだために事故が起きたと報じられましたが、市が工期を急いだ事実はございません。', 'だ事実はございません', 'post'],
  ])('flags %s', (text, excerpt, mode) => {
    const warned = findingsOf(rebuttal, text, { mode }).filter((f) => f.severity === 'warn')
    expect(warned.some((f) => f.excerpt.includes(excerpt))).toBe(true)
  })
  it.each<[string, CheckContext['mode']]>([
    // an expert's view reported; a risk told with no complaint; a check still to make after the doubt
    ['気象台によると、今後大きな噴火が起きることは考えにくいとのことです。', 'post'],
    ['大雨で堤防があふれることは考えにくいですが、早めの避難を心がけてください。', 'post'],
    ['「料金を二重に取られた」とのことですが、二重に請求することは考えにくいです。念のため確認いたします。', 'comment'],
    // a hoax or a rumour set right with a demonstrative of kind: no fault of the city quoted
    ['「市役所で給付金がもらえる」といった投稿が出回っています。こうした投稿は誤った情報ですので、ご注意ください。', 'post'],
    ['「中央公園が閉鎖される」といった書き込みがあります。こうした書き込みは誤った情報ですので、惑わされないようお願いします。', 'post'],
    // a worried asker; a rule with no complaint; a shortfall conceded with a fix
    ['「避難所の毛布が少ないのでは」とのお問い合わせをいただきますが、毛布が不足しているということはございません。ご安心ください。', 'post'],
    ['定員が足りないということはありません。どなたでもご参加いただけます。', 'post'],
    ['「駐輪場が少ない」とのご意見をいただきました。確かに台数が足りないということはありませんが、配置を見直します。', 'post'],
    // the city's own warning not yet issued; a rule for a late step; the complainant's late step with the city coming again
    ['午前8時の時点では、まだ避難指示は出されていませんでした。', 'reply'],
    ['申請書が締切の時点でまだ提出されていない場合は、受付できません。', 'comment'],
    ['ごみが回収されなかったとのこと、収集車が通過した時点ではまだ出されていなかったようですが、本日改めて回収に伺います。', 'comment'],
    // a caution against groundless information; a myth; a rumour set right
    ['根拠のない情報に惑わされないよう、市の公式発表をご確認ください。', 'post'],
    ['根拠のない書き込みや中傷はやめましょう。', 'post'],
    ['その健康法は科学的な根拠のない主張だと言われています。', 'post'],
    ['「井戸水が汚染されている」という投稿が広がっていますが、根拠のない投稿です。最新の情報は市ホームページをご覧ください。', 'post'],
    // a drill's finding with no critic; an admission after a criticism
    ['先日の防災訓練では、情報伝達に遅れはなかったと考えています。', 'post'],
    ['「市の除雪が遅い」との声をいただきました。作業に遅れはなかったと思っていましたが、確かに一部の路線で遅れがありました。改善します。', 'post'],
    // an incident's apology; an investigation's finding; a rumour set right
    ['このたびはシステム障害でご迷惑をおかけし、申し訳ございません。なお、個人情報が流出した事実は一切ございません。', 'post'],
    ['調査の結果、データが外部に送信された事実は一切ありませんでした。', 'post'],
    ['「市長が体調不良で公務を休んだ」という噂が広がっていますが、公務を休んだ事実はありません。', 'post'],
    ['調査した限り、ウイルスが入り込んだ事実は確認されておりません。', 'post'],
    // a guide that concedes the reader could look it up, then gives the information anyway
    ['案内ページを見ればわかるはずですが、念のため手順をご案内します。', 'post'],
    ['要項をお読みいただければお分かりになるかと思いますが、改めて持ち物をお知らせします。', 'reply'],
  ])('passes %s', (text, mode) => {
    expect(findingsOf(rebuttal, text, { mode }).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
  it('still flags the critic told they would know had they looked, with no guide after it', () => {
    expect(findingsOf(rebuttal, '案内ページを見ればわかるはずです。', { mode: 'post' }).some((f) => f.severity === 'warn')).toBe(true)
  })
})

describe('rebuttal: blind R198I–R200D — selective quoting, correctness denied, a notice pointed at, hearsay denials, read-and-see, endurance owed, spreaders scolded', () => {
  // Kinds: a report said to quote only part of what the city said (発言の一部だけを取り上げたもの); the critic's quoted claim called not
  // correct (というのは正しくありません); after a complaint the notice told as given in a sentence of its own, then "look carefully"; a
  // review quoted and waved off as hearsay from the party asked (そんなことはないそうです); "read it and you will understand" with no
  // adverb after a complaint; enduring told as what is right (ご辛抱いただくのが筋); the writer scolded for posting without checking, in the
  // plain verb (調べもせずに書き込むのは); a misconduct charge going round as a clip, and the spreaders told to refrain in a post.
  it.each<[string, string, CheckContext['mode']]>([
    ['本日の夕刊に、市営住宅の家賃に関する記事が出ました。記事の「市が値上げを隠していた」との部分は、市長の発言の一部だけを取り上げたもので、事情が違います。', '発言の一部だけを取り上げたもの', 'post'],
    ['週刊誌の報道は、担当課の説明の一部を切り取った記事に過ぎません。', '説明の一部を切り取った記事', 'post'],
    ['コメントありがとうございます。ですが、「市の借金は県内最悪」というのは正しくありません。市債残高は5年連続で減っています。', 'というのは正しくありません', 'comment'],
    ['駐車場の場所が分からないというご意見を多数いただいておりますが、案内図はチラシに掲載しております。チラシをよくご覧いただければと思います。', 'よくご覧いただ', 'post'],
    ['開館時間が分かりにくいとの苦情をいただいていますが、入口に掲示していますし、市報にも載せています。まずはよくご確認ください。', 'よくご確認くださ', 'reply'],
    ['「川下りの船頭さんが無愛想だった」という口コミを見つけたので、組合に聞いてみました！みんな笑顔で案内していて、そんなことはないそうです😊', 'そんなことはないそうです', 'post'],
    ['「うなぎが小さい」ってコメントもらったけど、お店の人に聞いたらそんなことないらしいよ〜', 'そんなことないらしい', 'comment'],
    ['駐輪場が狭いってコメントもらってますが、わざと台数を絞ってるんです！案内を読んでもらえたら分かると思います😊', '読んでもらえたら分かると思', 'comment'],
    ['工事の音についてのご意見ですが、道路の安全のための工事ですので、完了までは我慢していただくのが当然だと考えております。', '我慢していただくのが当然', 'reply'],
    ['花火がうるさいって苦情もらったけど、年に一回なんやけん、ご理解いただくのが筋やと思うよ。', 'ご理解いただくのが筋', 'comment'],
    ['「公園の遊具が壊れたまま」という書き込みがありますが、遊具は毎月点検しています。調べもせずに書き込むのはやめていただきたいです。', '調べもせずに書き込むのはやめて', 'post'],
    ['市職員が勤務中にさぼっているという写真がネットで出回っていますが、写真は昼休みのものです。誤った情報の発信はおやめください。', '誤った情報の発信はおやめ', 'post'],
  ])('flags %s', (text, excerpt, mode) => {
    const warned = findingsOf(rebuttal, text, { mode }).filter((f) => f.severity === 'warn')
    expect(warned.some((f) => f.excerpt.includes(excerpt))).toBe(true)
  })
  it.each<[string, CheckContext['mode']]>([
    // the city's own words digested; a myth in a column or a question answered; a claim called right
    ['市長の答弁の一部を抜粋して掲載します。全文は議会のホームページでご覧ください。', 'post'],
    ['説明会での説明の一部を取り上げたものです。詳しくは資料をご覧ください。', 'post'],
    ['「風邪には抗生物質がよく効く」というのは正しくありません。抗生物質はウイルスには効きません。', 'post'],
    ['ご質問ありがとうございます。「住民票はマイナンバーカードがないと取れない」というのは正しくありません。窓口でも取得できます。', 'reply'],
    ['「駐車場は無料」というのは正しいです。ぜひお越しください。', 'comment'],
    // a pointer with no complaint; a complaint with a fix announced
    ['会場の地図はチラシの裏面に掲載しております。よくご確認のうえお越しください。', 'post'],
    ['会場が分かりにくいとのご意見をいただきました。地図は掲載しておりますが、今後は案内看板を増設します。よくご確認ください。', 'post'],
    // a worry waved off, a myth set right, thanks with a fix
    ['「子ども連れでも入れるかな？」というコメントをいただいたので、お店に聞いてみました！全然そんなことはないそうです、大歓迎とのこと😊', 'post'],
    ['「白秋祭は雨だと中止になる」とよく言われますが、実行委員会によるとそんなことはないそうです。小雨なら開催します。', 'post'],
    ['「混んでいて待たされた」というご意見ありがとうございます。お店に伝えたところ、今後は整理券を配るそうです。', 'comment'],
    // a guide with no complaint; thanks and a concession
    ['詳しくはチラシを読んでもらえたら分かると思います！ぜひ遊びに来てね🙂', 'post'],
    ['受付が遅いとのご意見ありがとうございます。確かに混雑していました。新しい案内を見てもらえたら分かると思います。', 'comment'],
    // the norm doubted; a step suggested; a fix reported
    ['介護する家族が我慢するのが当たり前ではありません。ご相談ください。', 'post'],
    ['まずは担当課にご相談いただくのが筋かと思います。', 'post'],
    ['ご意見ありがとうございます。騒音については、事業者に改善を申し入れました。', 'reply'],
    // literacy advice; a hoax about a hazard; a charge apologised for; a plain caution
    ['ネットで見た話を確かめもせずに書き込むのはやめましょう。情報モラル講座を開きます。', 'post'],
    ['「ダムが決壊した」という投稿が広がっていますが、誤りです。確かめもせずに書き込むのはお控えください。デマにご注意ください。', 'post'],
    ['「堤防が決壊した」という投稿が拡散されていますが、誤りです。堤防は無事です。誤った情報の拡散はお控えください。', 'post'],
    ['職員が手抜き工事を見逃したという投稿が広がっている件で、ご心配をおかけし申し訳ありません。確認中です。誤った情報の拡散はお控えください。', 'post'],
    ['災害時は誤った情報の拡散はお控えください。市の公式情報をご確認ください。', 'post'],
  ])('leaves %s clean', (text, mode) => {
    expect(findingsOf(rebuttal, text, { mode }).filter((f) => f.severity === 'warn')).toEqual([])
  })
})

describe('rebuttal: blind R202A–R205I — 事実と異なる as a verdict, the record naming the first time, 明記 after a complaint, "proper" by comparison, made to be understood', () => {
  // Kinds: what was posted or reported called contrary to the facts in a verb of judging or of saying it reluctantly (事実と異なるものと
  // 判断しております, 事実と異なると申し上げざるを得ません), a report's content as the subject; a complaint of how long answered by the record's
  // first or only date (記録では…12日が最初になっております); after a complaint, the rule said to be written plainly (明記しております); a price
  // complaint answered by a comparison that calls it proper (比べましても適正な額でございます); the thing to read said to be made to be
  // understood (お読みいただければ、ご理解いただける内容になっております).
  it.each<[string, string, CheckContext['mode']]>([
    ['「図書館の職員が無愛想だった」とのご投稿がありました。担当者に確認しましたが、ご投稿の内容は事実と異なるものと判断しております。', '事実と異なるものと判断しております', 'post'],
    ['先週の新聞報道では、避難所の開設が遅れたと書かれました。しかし、避難所は予定どおり開設しており、記事の内容は事実と異なると申し上げざるを得ません。', '事実と異なると申し上げざるを得ません', 'post'],
    ['ご指摘の書き込みは、事実とは違うと認識しております。', '事実とは違うと認識しております', 'reply'],
    ['昨夜の番組で市の除雪が取り上げられましたが、放送の内容は、市の取り組みを正しく伝えていません。', '放送の内容は、市の取り組みを正しく伝えていません', 'post'],
    ['半年前から何度も通報していたとのことですが、維持管理課の受付記録では、この街灯についての通報は先月28日が初めてでございます。', '先月28日が初めてでございます', 'reply'],
    ['毎週電話しているとのことですが、記録上、この件のお問い合わせは5月10日の1件のみです。', '5月10日の1件のみです', 'comment'],
    ['お怒りはもっともですが、募集案内の裏面に「締切後の受付はできません」と明記しております。', '明記しております', 'reply'],
    ['ご不満もあるかと存じますが、利用規約に「予約の取消は3日前まで」と明示してあります。', '明示してあります', 'comment'],
    ['「市営プールの利用料が高い」とのご意見をいただいていますが、近隣の民間施設と比べても妥当な水準と考えております。', '妥当な水準と考えております', 'post'],
    ['保育料が高すぎるとのご指摘ですが、他市と比較しましても適正な金額でございます。', '適正な金額でございます', 'comment'],
    ['案内が不親切とのご意見ですが、パンフレットを最初からお読みいただければ、ご理解いただける内容になっております。', 'ご理解いただける内容になっております', 'reply'],
    ['申請書の書き方が難しいとの苦情をいただいていますが、記入例をご覧いただければお分かりになれる構成になっております。', 'お分かりになれる構成になっております', 'post'],
  ])('flags %s', (text, excerpt, mode) => {
    const warned = findingsOf(rebuttal, text, { mode }).filter((f) => f.severity === 'warn')
    expect(warned.some((f) => f.excerpt.includes(excerpt))).toBe(true)
  })
  it.each<[string, CheckContext['mode']]>([
    // a rumour set right; a rule in the passive; the city's own error apologised for; the city's own finding with no critic
    ['「市民プールが今年で閉鎖される」という話が広がっていますが、事実と異なるものと判断しております。今年も7月から営業します。', 'post'],
    ['申告の内容が事実と異なると判断された場合は、助成金を返還していただきます。', 'reply'],
    ['先日の投稿の内容は事実と異なるものでした。お詫びして訂正いたします。', 'post'],
    ['調査の結果、申告内容は事実と異なるものと判断しました。給付金の返還を求めます。', 'post'],
    // a record with no complaint; a record with an apology or a concession
    ['観測記録では、今年の初霜は11月12日が最初でした。', 'post'],
    ['何度も連絡したとのことですが、受付記録では今月3日が最初のご連絡でした。対応が遅れ、申し訳ございません。', 'reply'],
    ['ずっと前から申し込んでいたとのことですが、受付記録では今月5日が最初でした。確認が不十分でしたので、改めて調べます。', 'reply'],
    // a pointer with no complaint; a fix announced or done
    ['申請の条件は要領の3ページに明記しております。ご確認ください。', 'post'],
    ['分かりにくいとのご意見ありがとうございます。次回から要領に条件を明記いたします。', 'comment'],
    ['分かりにくいとのご指摘を受け、要領に条件を明記しました。', 'comment'],
    ['ご質問の件、受付期間は募集要項に明記しております。ご不明な点はお問い合わせください。', 'reply'],
    // a goal, a comparison with no complaint, a comparison beside a fix
    ['料金は近隣の施設と比べても適正な水準となるよう設定しています。', 'post'],
    ['県内の他市と比べても適正な水準です。', 'post'],
    ['利用料が高いとのご意見をいただきました。他市と比べると適正な水準ですが、見直しを検討します。', 'post'],
    // a guide with no complaint
    ['パンフレットをお読みいただければ、手続きの流れをご理解いただける内容になっております。', 'post'],
  ])('leaves %s clean', (text, mode) => {
    expect(findingsOf(rebuttal, text, { mode }).filter((f) => f.severity === 'warn')).toEqual([])
  })
})

describe('rebuttal: blind R207I–R208D — fault denied with わけではない or にあたらない, enough provided, done properly as usual, no contradiction', () => {
  // Kinds: after a report or a criticism, the city's task said to have had no error in the わけではない form (契約に不備があった
  // わけではありません) or its act said not to amount to an error (不適切なものにはあたらないと考えております); after a complaint, what
  // the city provided said to have been enough (十分に配置しておりました), the thing said missing said held properly (きちんと2回開催して
  // おります), the staff's conduct reported as usual (いつもどおりの案内をしておりました), and statements said not to contradict each other
  // (相反するものではありません). A report echoed with との (との報道がありましたが) counts as a criticism received.
  it.each<[string, string, CheckContext['mode']]>([
    ['市民会館の改修費が高すぎるとの報道がありましたが、工事の契約に不備があったわけではありません。', '契約に不備があったわけではありません', 'post'],
    ['審査に誤りがあったのではとのご指摘ですが、選定に問題があったという訳ではございません。', '選定に問題があったという訳ではございません', 'reply'],
    ['駐車場が足りないとのご意見をいただきましたが、当日は警備員も十分に配置しておりました。', '十分に配置しておりました', 'post'],
    ['シャトルバスが少ないとの苦情が寄せられていますが、バスは余裕を持って用意していました。', '余裕を持って用意していました', 'comment'],
    ['受付が遅いとのご指摘ですが、窓口の職員は十分にございました。', '十分にございました', 'post'],
    ['「お知らせがなかった」というお声もありますが、住民説明会はきちんと2回開催しております。', 'きちんと2回開催しております', 'post'],
    ['「何もしていない」って言われますが、清掃活動はしっかり毎月実施してますよ。', 'しっかり毎月実施してますよ', 'reply'],
    ['窓口の対応が冷たかったとのご意見をいただきましたが、担当職員に確認したところ、いつもどおりの案内をしておりました。', 'いつもどおりの案内をしておりました', 'post'],
    ['一部の新聞で、市の委託契約が不適切だと報じられましたが、本市の手続は不適切なものにはあたらないと考えております。', '不適切なものにはあたらないと考え', 'post'],
    ['体育館の使用料の徴収は違法だとの批判をいただいておりますが、本市の徴収は条例に基づくもので、違法には該当しないものと認識しております。', '違法には該当しないものと認識し', 'post'],
    ['市長の発言が以前と食い違っているとの報道がありましたが、両発言は相反するものではありません。', '相反するものではありません', 'post'],
    ['計画書の数字に矛盾があるとのご指摘ですが、矛盾は一切ございません。', '矛盾は一切ございません', 'comment'],
  ])('flags %s', (text, excerpt, mode) => {
    const warned = findingsOf(rebuttal, text, { mode }).filter((f) => f.severity === 'warn')
    expect(warned.some((f) => f.excerpt.includes(excerpt))).toBe(true)
  })
  it.each<[string, CheckContext['mode']]>([
    // enough provided: a guide in the present, a fix to come, a misjudgment apologised for, thanks with no complaint
    ['当日は十分な台数の臨時駐車場を確保しております。ぜひお越しください。', 'post'],
    ['混雑へのご不満をいただきました。来年は十分な台数を確保します。', 'post'],
    ['ご不満の声をいただきました。十分な台数を確保していたつもりでしたが、見通しが甘く、申し訳ありませんでした。', 'post'],
    ['当日は職員を十分に配置しておりました。ご来場ありがとうございました。', 'post'],
    // held properly: no complaint; a complaint thanked for
    ['説明会はちゃんと3回開いています。ご都合の良い回にどうぞ。', 'post'],
    ['「説明会に行けなかった」という声もいただき、ありがとうございます。説明会は平日夜にもしっかり開催しております。', 'post'],
    // as usual: a service notice with no complaint
    ['窓口に確認したところ、連休中も通常どおりの対応をしているとのことです。', 'post'],
    // not amounting to a breach: a resident's act explained, a complaint about a neighbour answered with the rule, a question
    ['庭で落ち葉を少量燃やすことは、条例違反にはあたりません。', 'post'],
    ['ご近所の焚き火についての苦情をいただきますが、農業のためのやむを得ない焼却は違反にはあたりません。', 'post'],
    ['この行為は誤りにはあたらないのでしょうか、とのご質問をいただきました。', 'post'],
    ['報道された事案は、法令違反にあたると判断し、関係者を処分しました。', 'post'],
    // no contradiction: two rules explained, a contradiction admitted and apologised for
    ['二つの制度は矛盾するものではなく、併用できます。', 'post'],
    ['計画に矛盾があるとのご指摘を受け確認したところ、記載に誤りがありました。お詫びして訂正します。', 'post'],
    // わけではない: a general caution with no critic, a denial beside a fix, a worried asker reassured
    ['すべての古い家屋に問題があるわけではありません。まずは無料の耐震診断をご利用ください。', 'post'],
    ['手続きに誤りがあったわけではありませんが、説明が不十分だったとのご指摘を受け、見直します。', 'post'],
    ['ご指摘の件、申請の手続に誤りがあったわけではないので、ご安心ください。', 'reply'],
  ])('leaves %s clean', (text, mode) => {
    expect(findingsOf(rebuttal, text, { mode }).filter((f) => f.severity === 'warn')).toEqual([])
  })
})

describe('rebuttal: blind reb12 — work declared within the limits, understanding left as the only way, a rumour told in its own paragraph, quoted sayings pointed back at', () => {
  // Kinds: after a complaint received, the city's own work declared within the limits (基準の範囲内で行っております, 基準値以内で運用
  // しています) or the complainant left nothing but to accept (ご理解いただくしかありません): a complaint dismissed. A rumour spread, named
  // by what it says (という内容の書き込み, という趣旨のメール), and denied in the next paragraph: a correction, unless a paragraph answers a
  // criticism, denies a charge or scolds the spreaders. Sayings quoted as examples and pointed back at (「…」「…」――こうした言葉を
  // 向けられた): a mention, not the writer's retort.
  it.each<[string, string, CheckContext['mode']]>([
    ['夜間の照明がまぶしいとのご指摘をいただきました。照明は基準値以内で運用しています。', '基準値以内で運用しています', 'post'],
    ['プールの塩素がきついという苦情がありますが、濃度は基準の範囲内で管理しております。', '基準の範囲内で管理しております', 'post'],
    ['解体工事の振動がひどいとのご意見を多数いただいていますが、工事は法令の範囲内で実施しております。', '法令の範囲内で実施しております', 'comment'],
    ['駐車場が足りないとのご意見をいただいていますが、ご理解いただくしかありません。', 'ご理解いただくしかありません', 'post'],
    ['開館時間が短いとの苦情を受けておりますが、ご理解をお願いするほかありません。', 'ご理解をお願いするほかありません', 'post'],
    ['「図書館の職員が手抜きをしている」という書き込みが広がっています。\n\nそのような事実はありません。', 'そのような事実はありません', 'post'],
    ['図書館の運営について一部で報道がありました。\n\nそのような事実はありません。', 'そのような事実はありません', 'post'],
    ['「図書館が有料になる」という投稿が拡散しています。\n\nそのような事実はありません。広めた方には法的措置も検討します。', 'そのような事実はありません', 'post'],
    ['「文句があるなら来るな」とのご意見ですが、市としても嫌なら来るなとしか申し上げられません。', 'なら来るな', 'post'],
  ])('flags %s', (text, excerpt, mode) => {
    const warned = findingsOf(rebuttal, text, { mode }).filter((f) => f.severity === 'warn')
    expect(warned.some((f) => f.excerpt.includes(excerpt))).toBe(true)
  })
  it.each<[string, CheckContext['mode']]>([
    // the limits stated with no complaint, with an apology, beside a fix, or as a measurement's finding
    ['工事は騒音規制基準の範囲内で行っております。', 'post'],
    ['工事は騒音規制基準の範囲内で行っております。ご迷惑をおかけしますが、ご協力をお願いします。', 'post'],
    ['騒音についてご意見をいただきました。作業は基準の範囲内で行っておりますが、今後は低騒音型の機械を導入します。', 'post'],
    ['ご意見をいただき騒音を測定したところ、基準の範囲内で推移しております。', 'post'],
    ['補助金は予算の範囲内で交付しております。', 'post'],
    // understanding asked with an apology, or with no complaint
    ['工事中はご不便をおかけし申し訳ありません。ご理解をお願いするほかございませんが、よろしくお願いします。', 'post'],
    // a rumour told in one paragraph and denied in the next
    ['「図書館が来月から有料になる」という趣旨のメールが出回っているようです。\n\nそのような事実はありません。図書館はこれまでどおり無料でご利用いただけます。', 'post'],
    ['【お知らせ】\n\n「市民プールが今年は開かない」という内容の投稿がSNSで広がっています。\n\nそのような事実はございません。例年どおり7月に開場します。', 'post'],
    // sayings quoted as examples and pointed back at
    ['「女のくせに」「子どもを静かにさせられないなら来るな」――職場や店先でこのような言葉を言われたという経験はありませんか。相談窓口へどうぞ。', 'post'],
    ['「車いすで店に入りたいなら来るな」。そうした心ない発言を受けたという声が届いています。', 'post'],
    ['「日本のルールが守れないなら来るな」といった言葉を向けられたという相談が増えています。', 'post'],
  ])('leaves %s clean', (text, mode) => {
    expect(findingsOf(rebuttal, text, { mode }).filter((f) => f.severity === 'warn')).toEqual([])
  })
})

describe('rebuttal: blind R223L/R224T and team set (reb14), critics said not to understand, a report refused, exasperation, the work declared done properly', () => {
  // Kinds: the critics' opinions put down to their not understanding, as the city's view (ご批判の多くは…ご理解いただけていないことによる
  // ものと考えております); a report said not to rest on the facts (実情を踏まえたものではありません) or refused as a whole (記事の主張を受け入れる
  // ことはできません); a complaint answered with "what more do you want" (これ以上どうしろと); the city or its staff declared to do their work
  // properly after a complaint heard (職員はちゃんとやっとります).
  it.each<[string, string, CheckContext['mode']]>([
    ['「アンケートの質問が偏っている」との批判をいただきましたが、ご批判の多くは調査の目的をご理解いただけていないことによるものと考えております。', 'ご理解いただけていないことによるものと考え', 'post'],
    ['新聞で事業の遅れが報じられましたが、記事は地域の実情を踏まえたものではありません。', '実情を踏まえたものではありません', 'post'],
    ['番組で批判されましたが、番組の主張を受け入れることはできません。', '主張を受け入れることはできません', 'post'],
    ['バスが少ないとの苦情をいただいていますが、これ以上どうしろとおっしゃるのでしょうか。', 'これ以上どうしろとおっしゃるのでしょうか', 'post'],
    ['対応が遅かて言われよるばってん、職員はちゃんとやっとります。', '職員はちゃんとやっとります', 'post'],
  ])('flags %s', (text, excerpt, mode) => {
    const warned = findingsOf(rebuttal, text, { mode }).filter((f) => f.severity === 'warn')
    expect(warned.some((f) => f.excerpt.includes(excerpt))).toBe(true)
  })
  it.each<[string, CheckContext['mode']]>([
    // the city's own shortfall on the way to a fix, a capacity, a report praised
    ['制度がまだ十分にご理解いただけていないものと考え、説明会を開催します。', 'post'],
    ['定員に達したため、これ以上の申込みを受け入れることはできません。', 'post'],
    ['記事では現場の実情を踏まえた取材が紹介されました。', 'post'],
    // a plea for advice, a pledge, staff praised with no complaint
    ['これ以上どうすればよいか、皆さんのお知恵をお貸しください。', 'post'],
    ['市もしっかりやっていきます。', 'post'],
    ['職員もちゃんとやっています。ご安心ください。', 'post'],
    ['子どもたちもちゃんとやっています。', 'post'],
  ])('leaves %s clean', (text, mode) => {
    expect(findingsOf(rebuttal, text, { mode }).filter((f) => f.severity === 'warn')).toEqual([])
  })
})

describe('rebuttal: blind reb2 (R227W, R228C, R233P), the oversight as the cause, a post seen and contradicted, a wrong premise, plain once looked at', () => {
  // Kinds: a complaint's cause put on the complainant's oversight with ため/から (見落とされたためではないでしょうか); a critic's post seen
  // (って投稿を見たけど) and contradicted, in a mascot's copula too (違うだっち), or the poster told to research first; the critic's figures
  // said to rest on a wrong premise (そもそも前提が違います), and the truth plain once looked at after a complaint (ご覧いただければ一目瞭然).
  it.each<[string, string, CheckContext['mode']]>([
    ['粗大ごみの予約は受付表にも市報にも載せておりました。予約が取れなかったのは、締切日を見逃されたからではないでしょうか。', '見逃されたからではないでしょうか', 'reply'],
    ['申請書が届かなかったとのことですが、案内文をお見落としのためかと存じます。', 'お見落としのためかと存じ', 'comment'],
    ['「図書館のトイレが汚い」って投稿を見たけど、それはぜんぜん違うだよ！毎日掃除してるよ。', 'それはぜんぜん違うだ', 'post'],
    ['「公園の遊具が壊れたまま」というコメントを読んだけど、それは違う！先月全部直したばい。', 'それは違う', 'post'],
    ['「花火大会の警備が手薄」ってコメントを見たけど、ちゃんと調べてから書いてほしいな。', '調べてから書いてほしい', 'post'],
    ['「市の予算は無駄ばかり」とのご意見ですが、ご提示の試算はそもそも前提が違っております。', '前提が違っております', 'comment'],
    ['@hikaku_fan そもそもの前提が間違っています。', '前提が間違っています', 'reply'],
    ['「保育料が他市より高い」とのご意見をいただきましたが、料金表をご覧いただければ明らかかと思います。', 'ご覧いただければ明らかかと', 'post'],
  ])('flags %s', (text, excerpt, mode) => {
    const warned = findingsOf(rebuttal, text, { mode }).filter((f) => f.severity === 'warn')
    expect(warned.some((f) => f.excerpt.includes(excerpt))).toBe(true)
  })
  it.each<[string, CheckContext['mode']]>([
    // a reminder or a help answer about an oversight, with no cause put on the reader
    ['メールが届いていない方は、迷惑メールフォルダをご確認ください。見落とされた場合は再送いたします。', 'reply'],
    // a campaign post with a quoted hashtag, a post seen and praised
    ['「#柳川の夏」って投稿を見たけど、どれも素敵な写真ばかりでした！ありがとうございます。', 'post'],
    ['「川下り最高」ってコメントを読んで、職員一同うれしくなりました。', 'post'],
    // two schemes compared, a premise of the city's own plan
    ['国と県では算定の前提が異なるため、単純に比較することはできません。', 'post'],
    ['この計画は人口が減るという前提で作られています。', 'post'],
    // a guide with no complaint heard
    ['ハザードマップをご覧いただければ、避難所の場所が一目瞭然です。', 'post'],
  ])('leaves %s clean', (text, mode) => {
    expect(findingsOf(rebuttal, text, { mode }).filter((f) => f.severity === 'warn')).toEqual([])
  })
})

describe('rebuttal: blind reb2 (R231Q), a hedged denial, one-sided information, the press misrepresenting, a failing of the city not the cause', () => {
  // Kinds: a criticism or a report declared partly untrue as the city's verdict (事実と異なる部分があると考えております); after a criticism
  // heard, readers told not to judge by one-sided information (一面的な情報で判断なさらないよう); the press said to have written otherwise
  // than the city explained (ご説明した趣旨とは違う書き方); the city's failing named as not the cause (市の対応の遅れが原因ではありません).
  it.each<[string, string, CheckContext['mode']]>([
    ['「市民会館の予約が不公平」とのご指摘については、抽選で公平に決めており、事実と異なる点があると認識しております。', '事実と異なる点があると認識', 'comment'],
    ['報道された内容には、事実とは異なる記述がございます。', '事実とは異なる記述がございます', 'post'],
    ['あるブログで「柳川の川下りは高すぎる」と書かれていますが、料金は周辺と同程度です。一方的な情報で判断しないでください。', '一方的な情報で判断しない', 'post'],
    ['「イベントは失敗」とのご意見ですが、来場者は過去最多でした。一部の書き込みだけで評価なさらないようお願いします。', '一部の書き込みだけで評価なさらないよう', 'comment'],
    ['@press_kyushu 今朝の新聞記事、お伝えした内容とは全く異なる形で報じられており、困惑しております。', 'お伝えした内容とは全く異なる形で報じ', 'reply'],
    ['取材でご説明した意図とかけ離れた見出しが付けられていました。', 'ご説明した意図とかけ離れた見出し', 'post'],
    ['@kenmin_news ご指摘の渋滞は、市の交通誘導の不足が原因ではありません。', '市の交通誘導の不足が原因ではありません', 'reply'],
  ])('flags %s', (text, excerpt, mode) => {
    const warned = findingsOf(rebuttal, text, { mode }).filter((f) => f.severity === 'warn')
    expect(warned.some((f) => f.excerpt.includes(excerpt))).toBe(true)
  })
  it.each<[string, CheckContext['mode']]>([
    // the city's own error owned, a rule on false statements, a request to report errors
    ['先日の投稿に事実と異なる部分がありました。お詫びして訂正します。', 'post'],
    ['申請書に事実と異なる記載があると判断した場合は、補助金の交付を取り消します。', 'post'],
    ['記事の内容に事実と異なる点がある場合は、広報課までお知らせください。', 'post'],
    // media-literacy advice with no critic answered
    ['一面的な情報だけで判断せず、複数の情報源を確かめましょう。', 'post'],
    ['SNSでは一部の情報だけで判断しないよう気をつけましょう。ネットリテラシー講座のご案内です。', 'post'],
    // the city's own wrong explanation owned, a press release told
    ['先日ご説明した内容と異なる内容をお伝えしてしまいました。お詫びして訂正いたします。', 'post'],
    ['本日の記事は、取材でご説明した内容どおりに掲載されています。', 'post'],
    // a plain cause with no failing, told to someone who asked
    ['@user 今回の停電は市の工事が原因ではなく、落雷によるものです。', 'reply'],
  ])('leaves %s clean', (text, mode) => {
    expect(findingsOf(rebuttal, text, { mode }).filter((f) => f.severity === 'warn')).toEqual([])
  })
})

describe('rebuttal: team DCD-035 kind (reb2), a remark lumping a group together asked to be refrained from', () => {
  // Kind: the city asks a commenter to refrain from a remark that lumps a group together or discriminates: standing by the group, not
  // a rebuttal; a remark refused as speculation or a presumption still is.
  it.each<[string, string, CheckContext['mode']]>([
    ['@user 憶測による発言はお控えください。', '発言はお控え', 'reply'],
    ['@user 一方的な決めつけはおやめください。', '決めつけはおやめ', 'reply'],
  ])('flags %s', (text, excerpt, mode) => {
    const warned = findingsOf(rebuttal, text, { mode }).filter((f) => f.severity === 'warn')
    expect(warned.some((f) => f.excerpt.includes(excerpt))).toBe(true)
  })
  it.each<[string, CheckContext['mode']]>([
    ['ご意見ありがとうございます。外国籍の方をひとまとめにした表現はお控えいただけますと幸いです。', 'reply'],
    ['障がいのある方への差別的な発言はおやめください。市は誰もが暮らしやすいまちを目指しています。', 'comment'],
    ['特定の地域の方を一括りにするような表現はお控えください。', 'reply'],
  ])('leaves %s clean', (text, mode) => {
    expect(findingsOf(rebuttal, text, { mode }).filter((f) => f.severity === 'warn')).toEqual([])
  })
})

describe('rebuttal: blind R234M/R235I kinds (reb3), a report or remark set against the facts, a complaint put on bad luck, the critic sent to look it up', () => {
  const warned = (text: string, mode: CheckContext['mode']) => findingsOf(rebuttal, text, { mode }).filter((f) => f.severity === 'warn')
  // Kinds: what a report or a post says set apart from what really happened (R235I-009); a remark pointed back at and said not to
  // keep to the facts (R234M-080); what a complainant met put down to their chance visit (R234M-056); the critic asked, in keigo,
  // to look it up before posting (R235I-058).
  it.each<[string, string, CheckContext['mode']]>([
    ['一部の週刊誌で「補助金が使われていない」と報じられましたが、報道の内容と事実との間には大きな食い違いがございます。', '食い違いがございます', 'post'],
    ['@user その投稿と実際の状況にはかなりのずれがあります。', 'ずれがあり', 'reply'],
    ['記事では「市は回答しなかった」とされていますが、記事の記述と実際の経緯には明らかな相違があると考えております。', '相違がある', 'post'],
    ['議会で「子育て支援が後退した」という発言がありましたが、その発言は現状を反映しておりません。', '現状を反映しておりません', 'post'],
    ['「窓口の待ち時間が長い」とのご指摘をいただきましたが、そのご指摘は実情にそぐわないものと考えております。', '実情にそぐわない', 'post'],
    ['@user このコメントは事実に基づいたものではありません。', '事実に基づいたものではありません', 'reply'],
    ['「駐車場が狭すぎる」とのご意見ですが、台数は十分確保しております。お越しになった時間帯がたまたま混み合っていたのかと存じます。', 'たまたま混み合っていた', 'post'],
    ['「料理が冷めていた」とのコメントをいただきましたが、お召し上がりになった回が偶然遅い時間だったのだと思います。', '偶然遅い時間だった', 'comment'],
    ['@user 補助の額は国が定めるもので、市の判断ではございません。ご投稿の前に一度お調べいただけますと幸いです。', 'お調べいただけますと', 'reply'],
    ['@user 書き込みの前に、ホームページを確かめていただけると助かります。', '確かめていただけると', 'reply'],
  ])('flags %s', (text, excerpt, mode) => {
    expect(warned(text, mode).some((f) => f.excerpt.includes(excerpt))).toBe(true)
  })
  it.each<[string, CheckContext['mode']]>([
    // the city's own rule, plan or figures compared; a request to report a mismatch; the city's own article corrected
    ['現行の補助基準は地域の実態に即していないため、来年度から見直します。', 'post'],
    ['この記事は実態に即した内容となるよう、関係課で確認して作成しています。', 'post'],
    ['統計上の人数と実際の来場者数には多少のずれがあります。', 'post'],
    ['ホームページの記事と実際の開館時間に違いがある場合は、生涯学習課までお知らせください。', 'post'],
    ['先日の記事と実際の受付時間にずれがありました。お詫びして訂正いたします。', 'post'],
    // a rumour set right, a council's remark reported with no verdict
    ['【デマにご注意ください】「市が水道を止める」という投稿が広がっていますが、この投稿は事実に基づいたものではありません。', 'post'],
    ['市議会で「子育て支援を充実すべき」との発言がありました。市としても検討を進めてまいります。', 'post'],
    // a visitor wished luck, a condition told, sympathy, the writer's own visit
    ['@user ご覧になった日はたまたま満開だったのだと思います！またお越しください。', 'reply'],
    ['@user お越しになった日がたまたま休館日だった場合は、次回使える招待券をお送りします。', 'reply'],
    ['先週お越しになった皆さんは、あいにくの雨だったかと思います。来週も開催します。', 'post'],
    ['私が伺った日はたまたま晴れていて、きれいな川下りができたと思います。', 'post'],
    // a contest's step before posting, a help reply
    ['@user 投稿の前に、写真に写っている方の了解をご確認いただけますと幸いです。', 'reply'],
    ['@user フォトコンテストへの投稿の前に、応募要項を一度ご覧いただけますと幸いです。', 'reply'],
    ['SNSに投稿する前に、内容を確認しましょう。情報リテラシー講座のご案内です。', 'post'],
  ])('leaves %s clean', (text, mode) => {
    expect(warned(text, mode)).toEqual([])
  })
})

describe('rebuttal: blind R236I/R237M kinds (rebtone4), a report said not to reflect events, a fault denied with its task, a view put on not reading, 断じて, objection called oversensitive', () => {
  const warned = (text: string, mode: CheckContext['mode']) => findingsOf(rebuttal, text, { mode }).filter((f) => f.severity === 'warn')
  // Kinds: a report named bare and said not to reflect what happened, in a statement of the course of events (R236I-029); the city's
  // fault denied with the task joined by の (R236I-036); the critic told that reading the published record would not leave that
  // view, and a charge denied with 断じて (R237M-032); the act of objecting called oversensitive as the writer's view (R237M-033).
  it.each<[string, string, CheckContext['mode']]>([
    ['先週の新聞に、駅前駐輪場の撤去について「説明会が開かれなかった」との記事が出ました。記事は当時の経緯を正しく反映していないと考えております。', '記事は当時の経緯を正しく反映していない', 'post'],
    ['地元紙の報道を受けて、市の説明を掲載します。報道は現場の実情を十分に反映したものではございません。', '実情を十分に反映したものではございません', 'post'],
    ['@user 改めて申し上げますと、バスの減便は事業者の判断であり、市の周知の誤りによるものではありません。', '市の周知の誤りによるものではありません', 'reply'],
    ['@user 当課の案内の手違いではございません。規約のとおりです。', '当課の案内の手違いではございません', 'reply'],
    ['@user 議事録をお読みいただければ、そのような誤解は生じないものと存じます。', 'そのような誤解は生じない', 'reply'],
    ['「会議は形だけ」とのご批判をいただいております。資料をご覧になれば、そういった印象は持たれないはずです。', 'そういった印象は持たれない', 'post'],
    ['@user 補助金の交付は、特定の団体を優遇するものでは断じてございません。', '断じてございません', 'reply'],
    ['先日公開したポスターに多数のご意見をいただいておりますが、このイラストを不快に感じられるのは少し神経質すぎるのではないかと考えております。', '不快に感じられるのは少し神経質', 'post'],
    ['この表現を問題視されるのは大げさだと担当としては受け止めています。', '問題視されるのは大げさ', 'post'],
  ])('flags %s', (text, excerpt, mode) => {
    expect(warned(text, mode).some((f) => f.excerpt.includes(excerpt))).toBe(true)
  })
  it.each<[string, CheckContext['mode']]>([
    // the city's own page cautioned, an admission, a guide
    ['記事は現状を反映していないことがあります。最新の情報は各担当課にお問い合わせください。', 'post'],
    ['こちらの記事は2024年4月時点の情報で、現状を反映していない場合があります。', 'post'],
    ['当課のブログ記事は、地域の実情を正確に反映できるよう現地で取材しています。', 'post'],
    ['先日の記事は最新の状況を反映しておりませんでした。お詫びして訂正いたします。', 'post'],
    ['今回の遅れは当方の連絡の誤りによるものでした。大変申し訳ございません。', 'post'],
    ['@user 市の連絡の誤りではないか、担当課で確認いたします。', 'reply'],
    ['@user 報告書をお読みいただければ、事業の全体像がご理解いただけます。', 'reply'],
    // condemning misconduct or violence with 断じて, a reassurance that a worry is no overreaction, the writer's own hedge
    ['職員による飲酒運転は、許されるものでは断じてありません。再発防止に努めてまいります。', 'post'],
    ['いじめられる側に原因があるのでは断じてありません。一人で悩まずご相談ください。', 'post'],
    ['体調の小さな変化を不安に思うのは過敏なことではありません。遠慮なくご相談ください。', 'post'],
    ['騒音について苦情を言うのは大げさではありません。環境課までご連絡ください。', 'post'],
    ['こう指摘するのは言い過ぎかもしれませんが、梅雨の時期は川の増水に十分ご注意ください。', 'post'],
  ])('leaves %s clean', (text, mode) => {
    expect(warned(text, mode)).toEqual([])
  })
})

describe('rebuttal: blind R243H/R244U kinds (rebdec6), a quoted charge called inaccurate, お言葉ながら, a critic told their understanding is mistaken', () => {
  const warned = (text: string, mode: CheckContext['mode']) => findingsOf(rebuttal, text, { mode }).filter((f) => f.severity === 'warn')
  // Kinds: the critic's quoted charge, named as their ご指摘 or ご批判, called not accurate (R243H-009); contradicting someone opened
  // with お言葉ながら (R243H-013); the critic's view called 誤ったご理解 (R244U-034).
  it.each<[string, string, CheckContext['mode']]>([
    ['@user 「公園の草刈りを市が怠っている」というご指摘は正確とは言えません。年3回実施しております。', '正確とは言えません', 'reply'],
    ['「窓口の対応がいい加減だ」とのご批判は適切ではありません。手順どおり対応しております。', '適切ではありません', 'comment'],
    ['@user 「市は説明会を一度も開いていない」というご主張は事実と異なります。', '事実と異', 'reply'],
    ['@user お言葉ながら、観覧席の数は昨年より増やしております。', 'お言葉ながら', 'reply'],
    ['@kankou_x お言葉ながら、川下りの発祥は柳川でございます。', 'お言葉ながら', 'reply'],
    ['「駐車場の有料化は議会を通していない」とのご意見をいただきましたが、それは誤ったご理解でございます。', '誤ったご理解', 'comment'],
    ['@user それは誤ったご認識です。申請期限は3月末です。', '誤ったご認識です', 'reply'],
  ])('flags %s', (text, excerpt, mode) => {
    expect(warned(text, mode).some((f) => f.excerpt.includes(excerpt))).toBe(true)
  })
  it.each<[string, CheckContext['mode']]>([
    ['「市の草刈りが遅い」とのご指摘を受け、作業の順番を見直しました。ご指摘のとおりでした。', 'comment'],
    ['@user 「案内図が分かりにくい」とのご指摘、ありがとうございます。さっそく改善いたします。', 'reply'],
    ['「高齢者」という表現は適切ではないため、「ご高齢の方」と表記しています。', 'post'],
    ['市長からのお言葉をいただきながら、表彰式は和やかに進みました。', 'post'],
    ['ご来賓のお言葉を胸に、新成人の皆さんが決意を新たにしました。', 'post'],
    ['誤った理解が広がらないよう、制度の説明会を開きます。', 'post'],
    ['@user ご理解いただきありがとうございます。誤ったご案内をしてしまい申し訳ございませんでした。', 'reply'],
  ])('leaves %s clean', (text, mode) => {
    expect(warned(text, mode)).toEqual([])
  })
})

describe('rebuttal: blind R251W/R254L kinds (reb8), the complainant told the trouble was theirs for not reading, English denials of a critic', () => {
  const warned = (text: string, mode: CheckContext['mode']) => findingsOf(rebuttal, text, { mode }).filter((f) => f.severity === 'warn')
  // Kinds: the complainant's trouble put on their not having read or checked what the city published, as a counterfactual in the
  // honorific perfect conditional (R251W-015); in English, a group of critics reported as claiming something of the city (R254L-034), a
  // critic's review called mistaken and the city's work declared beyond question (R254L-032).
  it.each<[string, string, CheckContext['mode']]>([
    ['ご意見ありがとうございます。ただ、申請方法は広報やながわに掲載しておりましたので、お読みいただいていれば窓口で並ぶことにはならなかったかと思います。', 'お読みいただいていれば', 'comment'],
    ['受付期間についてのご指摘をいただきました。募集要項をご確認いただいていたら、期限を過ぎることはなかったはずです。', 'ご確認いただいていたら', 'post'],
    ['@tanaka_m 案内ページをご覧になっていれば、再提出の必要はございませんでした。', 'ご覧になっていれば', 'reply'],
    ['@user 配布したチラシを読んでもらっていれば、駐車場で迷わずに済んだと思います。', '読んでもらっていれば', 'reply'],
    ['Several travel bloggers have claimed that our canal cruises are unsafe for children. That is false: every boat carries life jackets.', 'That is false', 'post'],
    ['Some foreign visitors are saying online that the city charges tourists more at the festival. This is not true.', 'This is not true', 'post'],
    ['@jake_w Your review is simply mistaken. The museum was open as announced.', 'Your review is simply mistaken', 'reply'],
    ['@lee_travel With respect, we stand by our decision to close the pier early that day.', 'we stand by our decision', 'reply'],
  ])('flags %s', (text, excerpt, mode) => {
    expect(warned(text, mode).some((f) => f.excerpt.includes(excerpt))).toBe(true)
  })
  it.each<[string, CheckContext['mode']]>([
    // a guide for next time, the city's own oversight regretted, thanks for a step the reader took
    ['事前に市ホームページで必要書類をご確認いただければ、二度お越しいただく必要はありません。', 'post'],
    ['@user あらかじめ予約サイトをご覧いただければ、当日の待ち時間が短く済みます。', 'reply'],
    ['ご指摘ありがとうございます。掲載前に私どもが確認していれば、このようなことにはならなかったと反省しております。申し訳ございません。', 'reply'],
    ['事前に持ち物をご確認いただいていたおかげで、受付がスムーズに済んだとのお声をいただきました。ありがとうございます。', 'post'],
    // English: support for people, a myth about the world, praise reported
    ['We stand by the families affected by the heavy rain. Support information is on the city website.', 'post'],
    ['Some people say tap water is unsafe. That is not true in Yanagawa: our water meets national standards.', 'post'],
    ['Some visitors say that Yanagawa strawberries are the best in Kyushu! Come and taste them at the market.', 'post'],
  ])('leaves %s clean', (text, mode) => {
    expect(warned(text, mode)).toEqual([])
  })
})

describe('rebuttal: blind R256M/R257P/R258V kinds (host9), a critic\'s point called false and told to check first, a report partly refused, the fault put on the complainant\'s attention', () => {
  const warned = (text: string, mode: CheckContext['mode']) => findingsOf(rebuttal, text, { mode }).filter((f) => f.severity === 'warn')
  // Kinds: the critic's quoted point called false (ご指摘の「…」は誤った情報です) and the critic told, in the keigo request form, to check
  // before posting (R256M-060); a report refused in part (承服しかねる部分がございます) and the press told, in the past, it should have
  // done better (丁寧な取材をお願いしたかった; R258V-034); the complaint's cause named as the complainant's own attention (R257P-023).
  it.each<[string, string, CheckContext['mode']]>([
    ['@mika_fk お書きの「市民プールの廃止」はデマです。', 'デマです', 'reply'],
    ['@kenta_r 書き込まれる前に、一度お調べくださいますようお願いします。', '前に', 'reply'],
    ['昨日の番組の内容について、市としては納得できない点が多々あります。', '納得できない点が多々あります', 'post'],
    ['報道機関の皆さまには、もう少し正確な事実確認をしていただきたかったと考えております。', 'していただきたかった', 'post'],
    ['@akira_y ご不便をおかけしたとのことですが、受付時間を間違えられたのはお客様の注意不足かと存じます。', '注意不足', 'reply'],
  ])('flags %s', (text, excerpt, mode) => {
    expect(warned(text, mode).some((f) => f.excerpt.includes(excerpt))).toBe(true)
  })
  it.each<[string, CheckContext['mode']]>([
    // a site's rules to read, a hoax set right with thanks, a check the city asks of itself
    ['コメントを投稿される前に、利用規約をお確かめいただきますようお願いいたします。', 'reply'],
    ['@yoko_t ご指摘の「花火大会の中止」は誤った情報です。お知らせいただきありがとうございます。', 'reply'],
    // a care the city asks for, the city's own regret
    ['ご本人の確認が必要ですので、窓口へは本人確認書類をお持ちください。', 'post'],
    ['熱中症にはご本人の注意だけでなく、周りの方の声かけも大切です。', 'post'],
    ['取材にお越しいただいた記者の皆さまに、丁寧にご紹介いただきました。ありがとうございました。', 'post'],
  ])('leaves %s clean', (text, mode) => {
    expect(warned(text, mode)).toEqual([])
  })
})

describe('rebuttal: blind R260K/R261D/R263F kinds (reb10), critics reproached for not coming, a critic\'s reading called a misreading, a spending justified in a judgement or in casual speech, a rebuttal announced with しておく, harm not confirmed in an apology', () => {
  const warned = (text: string, mode: CheckContext['mode']) => findingsOf(rebuttal, text, { mode }).filter((f) => f.severity === 'warn')
  // Kinds: those opposing a project told they never attended the meetings, or told to come instead of criticising online (R260K-033);
  // the critic's figure or reading called a misreading (R260K-034); a spending or price declared reasonable by what it is weighed against,
  // as the section's judgement with である (R263F-031) or casually after a complaint merely heard (R263F-034); the writer announcing their
  // own rebuttal with しておく (R263F-034).
  it.each<[string, string, CheckContext['mode']]>([
    ['図書館の移転に反対している人たちは、ほとんど意見交換会に参加されていません。', '参加されていません', 'post'],
    ['@sato_k 計画を批判されている方は、一度も地元説明会に来られていませんよね。', '来られていません', 'reply'],
    ['道路拡幅へのご批判をいただいていますが、SNSで文句を言うばかりでなく、説明会に足を運んでいただきたいと思います。', '文句を言うばかりでなく', 'post'],
    ['インターネット上で批判するだけでなく、直接窓口にお越しください。', '批判するだけでなく', 'comment'],
    ['@yama_t お示しのグラフは見間違いではないでしょうか。待機児童は減っております。', '見間違いではないでしょうか', 'reply'],
    ['ご指摘の予算額は計算違いをされているようです。実際は前年と同額です。', '計算違いをされているようです', 'post'],
    ['花火大会の警備費が高すぎるとのご批判をいただいております。しかし、来場者数を考慮すれば適正な額であるものと考えております。', '適正な額である', 'post'],
    ['入場料が高いって声もあるけど、維持費を考えたら当然やん！', '考えたら当然やん', 'post'],
    ['駐車場が狭いってコメントもらったけど、一応反論しておきます。', '反論しておきます', 'post'],
    ['あのレビュー、ちょっと言い返しとくね〜', '言い返しとく', 'post'],
  ])('flags %s', (text, excerpt, mode) => {
    const w = warned(text, mode)
    expect(w.length).toBeGreaterThan(0)
    expect(w.some((f) => f.excerpt.includes(excerpt))).toBe(true)
  })
  it.each<[string, CheckContext['mode']]>([
    // an invitation to all, the city's own channels, advice on criticism online
    ['これまで一度も説明会に参加されたことのない方も、お気軽にお越しください。', 'post'],
    ['SNSでの発信だけでなく、地区ごとの説明会も開催します。', 'post'],
    ['ネットでの批判だけでなく、直接の誹謗中傷も人権侵害にあたります。', 'post'],
    ['計画に反対されている方々のご意見も、説明会で丁寧に伺ってまいります。', 'post'],
    // the writer's own slip, a thing mistaken for another, a caution against misreading
    ['@ito_h ご指摘ありがとうございます。当課の読み違いでした。訂正いたします。', 'reply'],
    ['夕暮れの堀割は、絵画と見間違いかと思うほどの美しさです。', 'post'],
    ['数字の読み違いを防ぐため、資料の表記を統一しました。', 'post'],
    // a cost weighed in advice, a question asked, a debate class
    ['修理費用を考えれば、早めの点検が大切です。', 'post'],
    ['この料金、手間を考えたら妥当でしょうか？皆さんのご意見をお聞かせください。', 'post'],
    ['ディベート講座では、相手の主張を予想して反論しておくと有利になることを学びます。', 'post'],
    // an apology for the city's own incident telling the harm known so far (R261D-052 kind)
    ['【不正アクセスに関するお詫び】\n\n市の予約システムが外部から不正アクセスを受け、利用者のメールアドレスが閲覧された可能性があります。\n\n現時点で、情報が不正に利用された事実は確認されておりません。', 'post'],
    ['【メール誤送信に関するお詫び】\n\n市が送信した案内メールで、他の受信者のアドレスが表示される状態になっていました。\n\n現在のところ、不正に利用された事実は確認されておりません。', 'post'],
  ])('leaves %s clean', (text, mode) => {
    expect(warned(text, mode)).toEqual([])
  })
  it('still flags a denial in a post that apologises but answers a criticism', () => {
    const text = 'ご不便をおかけし申し訳ありません。\n\n職員の対応が横柄だとのご批判をいただきましたが、そのような事実はございません。'
    expect(warned(text, 'post').length).toBeGreaterThan(0)
  })
})

describe('rebuttal: blind R271P-028 kind (misc12), a post denying a spreading claim about a city service that names a group it fails, with the city declared blameless', () => {
  // Kind: a claim going round that a service the city runs (見守り訪問, 高齢者支援, 訪問介護) was cut and a group (高齢者, 障がいのある方) is
  // left behind is a charge against the city, not a prejudice about the group; the post that answers it with 当市に非はありません / 落ち度は
  // ございません defends the city. A prejudice about a group set right with figures, and a hoax corrected with the facts, stay clean.
  const warned = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(rebuttal, text, { mode })).filter((s) => s.startsWith('rebuttal/') && !s.includes(':info:'))
  it.each([
    '「市の高齢者支援が打ち切られ、お年寄りが見捨てられている」との投稿が広がっていますが、本市に落ち度はございません。',
    'SNSで「市の訪問介護が減らされて、障がいのある方が放置されている」という書き込みが拡散されていますが、当市に非はありません。',
    '「市の見守りサービスは形だけで、独り暮らしの高齢者が放置されたままだ」との投稿が出回っていますが、市に落ち度はありません。',
  ])('flags %s', (text) => {
    expect(warned(text).length).toBeGreaterThan(0)
  })
  it.each([
    '「外国人が増えて治安が悪くなった」との投稿がありますが、市内の犯罪件数は減少しています。',
    '「認知症の人は何もわからない」というのは誤解です。周りの支えがあれば、自分らしく暮らすことができます。',
    '市の見守り訪問は、これまでどおり月2回続けています。独り暮らしの高齢者の方は、地域包括支援センターへご相談ください。',
    '市の高齢者支援事業の一覧を更新しました。介護予防教室や配食サービスの案内をご覧ください。',
  ])('leaves %s clean', (text) => {
    expect(warned(text)).toEqual([])
  })
})

describe('rebuttal: blind R274K-022 kind (misc13), legal action held over a resident who does not take their post down, or announced against a post called baseless (rebuttal/legal-threat, block)', () => {
  // Kind: a condition on the poster's post (削除・撤回・訂正しない場合, 投稿をやめなければ) followed by a lawyer, a suit, a criminal
  // complaint or a disclosure request; or a post called baseless or false and legal action announced in the same paragraph. An impersonation
  // notice, a lawyer recommended to residents and an ordinary enforcement notice (撤去しない場合は) are no threat to a critic.
  const blocked = (text: string, mode: CheckContext['mode'] = 'reply') => summary(findingsOf(rebuttal, text, { mode })).filter((s) => s.startsWith('rebuttal/legal-threat:block'))
  it.each<[string, CheckContext['mode']]>([
    ['@abc 職員が手当を不正に受け取っているとの書き込みは事実と異なります。取り下げていただけない場合は、弁護士を通じて対応いたします。', 'reply'],
    ['@abc 撤回されないようであれば、法的措置も辞さない考えです。', 'reply'],
    ['@abc 当市への中傷をおやめにならない場合は、発信者情報の開示請求を行います。', 'reply'],
    ['ご主張は虚偽であり、当市の名誉を傷つけるものです。訂正がなされない限り、訴訟も含めて検討いたします。', 'comment'],
    ['@abc ご投稿の内容は事実無根です。当市としては法的措置の準備を進めております。', 'reply'],
  ])('blocks %s', (text, mode) => {
    expect(blocked(text, mode).length).toBeGreaterThan(0)
  })
  it.each<[string, CheckContext['mode']]>([
    // an impersonation account: the city's lawyer consulted, the fake asked to be taken down
    ['当市を名乗るなりすましアカウントが確認されています。顧問弁護士と相談のうえ、削除を求めております。', 'post'],
    // a lawyer recommended to residents hurt by posts
    ['ネット上の誹謗中傷でお困りの方は、弁護士にご相談ください。投稿の削除や開示請求の手続きについて助言が受けられます。', 'post'],
    // an ordinary enforcement notice and the city's own correction
    ['期限までに放置自転車を撤去しない場合は、法律に基づき市が処分します。', 'post'],
    ['先日の投稿の日付に誤りがありました。訂正してお詫び申し上げます。', 'post'],
    ['無料法律相談会を開催します。弁護士が相続や契約のご相談に応じます。', 'post'],
  ])('leaves %s clean', (text, mode) => {
    expect(blocked(text, mode)).toEqual([])
  })
})

describe('rebuttal: blind R277T-034 kind (misc14), the organiser\'s own side named with 側 and declared blameless after a complaint', () => {
  // Kind: a complaint about an event answered by pointing to the notice already given and declaring the city's or the organiser's side
  // (運営側, 主催者側, 事務局側, 市側) free of any problem or fault: the complainant is told the fault is theirs. Not a check promised,
  // not a facility found safe, not a notice that apologises for being unclear.
  it.each<[string, CheckContext?]>([
    ['@a 駐車場の不足はチラシで何度もお伝えしていたので、主催者側に問題があったとは思っておりません。', { mode: 'reply', tone: 4 }],
    ['@a 行列の件は前もってお知らせ済みでしたので、事務局側の問題があったとは認識しておりません。', { mode: 'reply' }],
    ['花火大会の帰りの混雑については、市側に問題があったとは考えていません。ご理解ください。', { mode: 'comment' }],
    ['@a 周知は済んでおりましたので、運営側に非はないと考えております。', { mode: 'reply' }],
    ['@a 案内は十分にしておりましたので、実行委員会側に落ち度はなかったと考えております。', { mode: 'reply' }],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).map((f) => `${f.rule}:${f.severity}`)).toContain('rebuttal/argument:warn')
  })
  it.each<[string, CheckContext?]>([
    // hard negatives: a facility found safe, a check promised, a notice that apologises, a past view taken back with a fix
    ['遊具の点検の結果、設備に問題は見つかりませんでした。引き続き安全にご利用ください。'],
    ['@a ご意見ありがとうございます。当日の運営に問題がなかったか、実行委員会で検証してまいります。', { mode: 'reply' }],
    ['@a 事前にご案内しておりましたが、分かりにくい点があり申し訳ございません。次回は案内を改善します。', { mode: 'reply' }],
    ['当初は運営側に問題があったとは考えておりませんでしたが、ご指摘を受けて誘導の方法を見直します。'],
    ['祭りの会場では、運営側のスタッフが駐車場の誘導を行います。'],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: blind R281B-014 kind (host15), the critic\'s own grounds or figures called beyond understanding', () => {
  // Kind: what a resident says (their own measurement, their view) dismissed with a polite "we cannot understand why you say so"
  // (とおっしゃる根拠が理解いたしかねます, と言われる理由は理解に苦しみます). Not the city's own grounds told, not a request for detail.
  it.each<[string, CheckContext?]>([
    ['水質は基準どおり検査しております。ご自分で買われた試験紙の結果が正しいと言われる理由は、理解に苦しみます。', { mode: 'reply', broadcastOnly: false }],
    ['@a 交通量は専門業者が計測しております。ご自分で数えた台数が正しいとおっしゃる根拠が、私どもには分かりかねます。', { mode: 'reply', broadcastOnly: false }],
    ['@a 審査は公平に行いました。不公平だと主張される意味が理解いたしかねます。', { mode: 'reply', broadcastOnly: false }],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).map((f) => `${f.rule}:${f.severity}`)).toContain('rebuttal/argument:warn')
  })
  it.each<[string, CheckContext?]>([
    ['根拠となる資料は市ホームページに掲載しています。'],
    ['@a ご質問の趣旨が分かりかねますので、お手数ですが担当課までお電話ください。', { mode: 'reply', broadcastOnly: false }],
    ['申請が認められなかった理由は、審査基準に照らして要件を満たさなかったためです。'],
    ['測定の方法と根拠となる基準値は、環境課の窓口でご説明します。'],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: blind R283Q-037 kind (decmisc16), a critic told to stop spreading a hoax, the particle dropped or the word spaced', () => {
  // Kind: デマ (spaced or not) + 流す/広める/拡散 without を + a casual "stop" (のやめてもらっていいですか), said to a commenter.
  it.each<[string, CheckContext?]>([
    ['デ マ広めるのやめてもらえますか？祭りは予定どおり開催です。', { mode: 'comment', broadcastOnly: false }],
    ['@a デマ流すのやめてください。運休はしていません。', { mode: 'reply', broadcastOnly: false }],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).map((f) => `${f.rule}:${f.severity}`)).toContain('rebuttal/argument:warn')
  })
  it.each<[string, CheckContext?]>([
    ['「デマ」に注意しましょう。災害時は市の公式情報をご確認ください。'],
    ['デマに惑わされないよう、正しい情報は市のホームページでご確認ください。', { mode: 'comment', broadcastOnly: false }],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: blind JQ-030 kind (misc17), the false hazard information replied to pointed at with a demonstrative and set right', () => {
  // Kind: a reply in a disaster that calls the information it answers wrong with その/この (その情報は誤りです, そのうわさは事実では
  // ありません) and gives the state now or the official word (現時点で…確認されていません, 市ホームページで): a correction, not a rebuttal.
  // Hard negatives: a criticism of the city answered (ご指摘は誤りです), a post's writer answered (その投稿は誤りです), a charge of the city.
  const emergency: CheckContext = { mode: 'reply', emergency: true, tone: 4 }
  it.each<[string, CheckContext?]>([
    ['@river_watch その情報は誤りです。現時点で沖端川の氾濫は確認されていません。最新の情報は市ホームページをご覧ください。', emergency],
    ['@q_123 そのうわさは誤りです。避難所は現在も開設しています。防災メールで最新の情報をお届けします。', emergency],
    ['@hh この情報は事実ではありません。現在、市内で停電は確認されていません。', emergency],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each<[string, CheckContext?]>([
    ['@critic ご指摘は誤りです。市の避難所運営は適切でした。', emergency],
    ['@critic その投稿は誤りです。市の対応に問題はありませんでした。', emergency],
    ['@critic その情報は誤りです。職員の対応に落ち度はありませんでした。', emergency],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).map((f) => `${f.rule}:${f.severity}`)).toContain('rebuttal/argument:warn')
  })
})

describe('rebuttal: blind R295M-029 kind (misc18), a headline said to mislead its readers and a letter of protest said sent to the publisher', () => {
  // Kind: a report or its headline said to lead readers the wrong way (見出しは読者を誤った方向へ導くものです), and a protest announced as a
  // letter sent or handed over (抗議文を送付いたしました, 抗議書を提出しました), in a post or a quote post. Hard negatives: a paper's coverage
  // thanked, a correction asked of the publisher for the city's own error, guidance that leads the right way, a class on writing.
  it.each<[string, CheckContext?]>([
    ['昨日の夕刊の見出しは、読者を誤った方向へ導くものと言わざるを得ません。', { mode: 'post' }],
    ['この記事は市民の皆さんを間違った方向に誘導する内容です。', { mode: 'quote' }],
    ['本市は掲載した雑誌社に対し、本日、厳重な抗議文を送付しました。', { mode: 'quote' }],
    ['市として編集部に抗議書を手渡しました。', { mode: 'post' }],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).map((f) => `${f.rule}:${f.severity}`)).toContain('rebuttal/argument:warn')
  })
  it.each<[string, CheckContext?]>([
    ['本日の西日本新聞に、柳川の川下りが掲載されました。取材ありがとうございました。'],
    ['先日の記事の一部に誤りがあり、発行元に訂正をお願いしました。'],
    ['案内看板を増やし、来訪者を迷わず正しい方向へ導けるようにしました。'],
    ['中学校の授業で、生徒が手紙や抗議文の書き方を学びました。'],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: blind R294I-037 kind (misc18), a reported figure called wrong because counted differently, and a denial of a report handed out to repeat', () => {
  // Kind: the writer calls a news article's figure wrong for a different counting method (集計方法が違うので誤りです), and a line denying
  // the report given to staff to say when asked (聞かれたら「記事の数字は正確ではない」と答えてください) is the city's own use, not a
  // quoted example. Hard negatives: a comparison declined for a different method, the city's own past figure corrected with an apology,
  // a line to repeat that names no report (不審な電話には「結構です」と答えてください), a denial quoted as wording to avoid.
  it.each<[string, CheckContext?]>([
    ['今日の新聞記事（待機児童数が県内ワースト）、当課の数字は集計時期が異なるため正確ではありません。'],
    ['報道された件数は、調査の対象が違うので誤りです。'],
    ['窓口で問い合わせがあったら「報道は事実と異なります」と説明してください。'],
    ['聞かれたら「ニュースの数字は正確ではない」と答えるようお願いします。'],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).map((f) => `${f.rule}:${f.severity}`)).toContain('rebuttal/argument:warn')
  })
  it.each<[string, CheckContext?]>([
    ['前年度とは集計方法が異なるため、単純には比較できません。'],
    ['県の統計とは集計方法が違うため、数字が一致しない場合があります。'],
    ['昨年お知らせした数値は集計方法が違うので誤りでした。お詫びして訂正いたします。'],
    ['不審な電話には「結構です」と答えてください。'],
    ['研修では「記事は誤りです」のような言い方は避け、事実だけを伝えるよう学びました。'],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: blind R298K-034 kind (qreb19), a quoted criticism declared unfounded after the city sets out its record', () => {
  // Kind: ご指摘/ご批判 names the critic's words in brackets as the topic, the city gives its records or reasons, then calls the criticism
  // not valid in its own view (当たらないものと考えております, 該当しないものと認識しております, 当たりません), full-width digits included.
  // Hard negatives: a criticism taken on with a fix, 日が当たらない as a fact about a place, 当たらない宝くじ, ご指摘を踏まえ改善します.
  it.each<[string, CheckContext?]>([
    ['ご批判の「窓口の待ち時間が長すぎる」という点につきましては、受付記録では平均１５分程度でございまして、当たらないものと考えております。'],
    ['ご指摘にありました「ごみ収集が遅れている」との件については、収集日誌のとおり毎週予定どおり回収しており、該当しないものと認識しております。'],
    ['ご意見の「説明会の告知がなかった」という点に関しましては、市報とホームページで３回お知らせしておりますので、当たりません。'],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).map((f) => `${f.rule}:${f.severity}`)).toContain('rebuttal/argument:warn')
  })
  it.each<[string, CheckContext?]>([
    ['ご指摘の「公園が暗い」という点については、日が当たらない場所のため照明を増設します。'],
    ['ご意見の「駐車場が狭い」という点につきましては、来年度に拡張を予定しております。'],
    ['当たらない宝くじはありません。'],
    ['ご指摘を踏まえ改善します。'],
    ['ご指摘の「案内表示が分かりにくい」という点につきましては、おっしゃるとおりでした。表示を改めます。'],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: blind R298K-051 kind (qreb19), posts set right and their writers told to speak from accurate information', () => {
  // Kind: posts or opinions quoted and corrected, then a lecture to those who wrote them (正確な情報をもとにご投稿いただきますようお願い
  // します, 正しい情報に基づいてご発言いただければ幸いです): the correction is fine, the lecture is the rebuttal. Hard negatives: a pointer
  // to where accurate information is (正確な情報は市ホームページでご確認ください), and a hazard rumour set right (断水, 避難所).
  it.each<[string, CheckContext?]>([
    ['SNSで「ごみ袋が値上げされる」との投稿が見られますが、価格は据え置きです。正確な情報をもとにご投稿いただきますようお願いします。'],
    ['【お知らせ】一部で「花火大会の会場が変更になった」という書き込みがありますが、会場は例年どおりです。正しい情報に基づいてご発言いただければ幸いです。'],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).map((f) => `${f.rule}:${f.severity}`)).toContain('rebuttal/argument:warn')
  })
  it.each<[string, CheckContext?]>([
    ['正確な情報は市ホームページでご確認ください。'],
    ['一部で「白秋祭が中止」との書き込みが見られますが、予定どおり開催します。正確な情報は市ホームページでご確認ください。'],
    ['【断水について】一部で「市内全域で断水」との投稿が見られますが、現在断水は発生しておりません。正確な情報をもとにご判断いただきますようお願いします。'],
    ['避難所について「満員で入れない」との投稿がありますが、現在も受け入れ可能です。正確な情報をもとにご判断いただきますようお願いします。'],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: review of misc18 (rvreb), a told answer shown as the wrong one is a mention; the protest letter, misleading and the miscounted figure in other words', () => {
  // Kind: a line denying a report that staff are told to give, held up as the wrong way to answer (…と答えてください、という対応はNGです)
  // is a bad example quoted in training, info at most; the letter of protest sent in other words (抗議文書を郵送しました, 抗議の書面を
  // 送りました), a headline said to mislead in the loanword (読者をミスリードするもの), a figure called wrong for its counting in plain words
  // (数え方が違うので間違っています) are still the city arguing with the press. Hard negatives: a how-to, the city's own error owned, a
  // chart made not to mislead.
  it.each<[string, CheckContext?]>([
    ['発行元に抗議文書を郵送しました'],
    ['編集部あてに抗議の書面を送りました'],
    ['本市は出版社に対し、本日付で抗議状を発送いたしました。', { mode: 'quote' }],
    ['今回の見出しは、読者をミスリードするものです'],
    ['この記事はミスリードな内容であり、大変遺憾です。'],
    ['記事の数字は、数え方が違うので間違っています'],
    ['報道の件数は、計算の仕方が異なるため誤っています。'],
    ['聞かれたら「記事の数字は正確ではない」と答えてください。'],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).map((f) => `${f.rule}:${f.severity}`)).toContain('rebuttal/argument:warn')
  })
  it.each<[string, CheckContext?]>([
    ['職員研修：住民から聞かれたら「記事の数字は正確ではない」と答えてください、という対応はNGです。'],
    ['窓口対応の注意：問い合わせに「報道は事実と異なります」と説明してください、という指示は出さないでください。'],
    ['研修では、「記事は誤りです」と答えてください、みたいな対応はダメだと学びました。'],
    ['抗議文の書き方講座'],
    ['記事の数字に誤りがありました。お詫びして訂正します'],
    ['前回の投稿の数字は、数え方が違ったため誤っていました。訂正します。'],
    ['ミスリードを防ぐため、グラフの縦軸は0から始めています。'],
    ['消費生活センターでは、悪質業者への抗議文書の書き方をご案内しています。'],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('rebuttal: blind unreb21 kinds (a post called malicious and its writer told to delete and apologise; a legal step in a standing rule stays clean)', () => {
  const warned = (text: string) => findingsOf(rebuttal, text, {}).filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  // R304W-028 kind: online criticism called a malicious fabrication, and its writer told to take it down or to apologise
  it.each([
    'SNSで「市が花火大会の補助を削った」という投稿が出回っていますが、悪意のある作り話にすぎません。',
    '「市が補助を打ち切った」という書き込みを見かけますが、事実ではありません。書き込んだ人は謝罪すべきです。',
    '投稿した方は速やかに投稿を削除し、謝罪していただきたいと考えています。',
    '発信者は記事を撤回するべきです。',
  ])('flags %s', (text) => {
    expect(warned(text)).toContain('rebuttal/argument:warn')
  })
  // JU-028 kind: legal steps as the condition of a rule addressed to everyone, with help offered, is a notice; hard negatives of both kinds
  it.each([
    '市営住宅の家賃を滞納された場合は、法的措置をとることがあります。お支払いが難しいときはご相談ください。',
    '給食費の未納が続くときは、法的措置をとる場合があります。分納のご相談も承ります。',
    '不法投棄には法的措置をとります。',
    'その情報は補助の対象が変わる前のものです。詳しくは市ホームページをご覧ください。',
    'デマにご注意ください。正しい情報は市ホームページで。',
    '誤って個人情報を投稿した方は、削除してください。',
    '先日の案内に誤りがありました。関係の皆さまに謝罪いたします。',
  ])('passes %s', (text) => {
    expect(warned(text)).toEqual([])
  })
  it.each([
    '書き込みを続ける場合は、法的措置をとることがあります。',
    '事実と異なる投稿については、法的措置を検討します。',
  ])('still flags legal action at a poster: %s', (text) => {
    expect(warned(text).length).toBeGreaterThan(0)
  })
})

describe('rebuttal: blind misc22 kinds (a charge spreading online called a malicious hoax; a complaint put down to the reader overlooking the signs)', () => {
  const warned = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(rebuttal, text, { mode })).filter((s) => s.startsWith('rebuttal/') && !s.includes(':info:'))
  // R306N-032 kind: a charge against the city said to be spreading (広まっています) and called a malicious or vicious hoax (悪意のあるデマ,
  // 悪質な作り話), the posters told to hold back
  it.each<[string, CheckContext['mode']]>([
    ['ネット上で「市が公園の遊具の故障を放置している」という投稿が広まっていますが、悪意のあるデマにすぎません。', 'post'],
    ['「市役所の対応が遅い」という書き込みが広まっていますが、悪質な作り話です。無責任な投稿はお控えください。', 'post'],
    // review kind: the trouble put down to the reader having overlooked or missed what was posted (見落とされた, お見落としになった, 見逃された)
    ['@abc 会場で迷われたのは、入口の案内板を見落とされたからだと存じます。', 'reply'],
    ['@abc 申込期限に間に合わなかったのは、広報の締切日をお見落としになったためかと思います。', 'reply'],
    ['@abc 受付が終わっていたのは、掲示を見逃されたのが原因でしょう。', 'reply'],
  ])('flags %s', (text, mode) => {
    expect(warned(text, mode).length).toBeGreaterThan(0)
  })
  it.each<[string, CheckContext['mode']]>([
    // a plain correction with the fact and where to read it, a hoax warning, a sign made bigger, a hazard told, an apology
    ['「市がカラスの巣を放置している」という書き込みが広まっていますが、巣の撤去は先月実施済みです。正しい情報は市ホームページでご確認ください。', 'post'],
    ['災害時には悪意のあるデマが広まりやすくなります。公式の情報をご確認ください。', 'post'],
    ['@abc 案内表示が小さく、見落とされた方がいらっしゃいました。次回から表示を大きくします。', 'reply'],
    ['見落とされがちな段差があります。足元にご注意ください。', 'post'],
    ['@abc 案内が分かりにくく、見落とされたのも無理はありません。申し訳ありませんでした。', 'reply'],
  ])('leaves %s clean', (text, mode) => {
    expect(warned(text, mode)).toEqual([])
  })
})

describe('rebuttal: review of 4e77ae70 (rvunreb55), a poster told to delete or apologise only over a claim against the city, not in a general lesson', () => {
  const warned = (text: string) => findingsOf(rebuttal, text, {}).filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each([
    '情報モラル講座より：誤った情報を拡散した人は、気づいた時点で訂正するべきです。',
    'いじめ防止月間。友だちの悪口を書き込んだ人は、相手にきちんと謝ってください。',
    '情報モラル教室：うそを書き込んだ人は、すぐに削除するべきです。',
    '人権週間。心ない言葉を投稿した人は、相手におわびしてほしいと思います。',
  ])('passes %s', (text) => {
    expect(warned(text)).toEqual([])
  })
  it.each([
    'ネット上で「市が川下りの船頭さんへの補助を打ち切った」という書き込みが広がっていますが、悪意ある作り話にすぎません。書き込んだ方は速やかに削除し、謝罪されるべきです。',
    '事実無根のデマです。書いた人はすぐに取り下げて謝罪してください。',
    '「市が補助を打ち切った」という書き込みが広がっていますが、作り話です。書いた人は投稿を消すべきです。',
    '市のイベントについて事実と異なる投稿が出回っています。投稿した方は取り下げるべきです。',
  ])('flags %s', (text) => {
    expect(warned(text)).toContain('rebuttal/argument:warn')
  })
})

describe('rebuttal: blind R314Y-047 kind, a criticism received answered with "the facts" or its claim declared untrue', () => {
  const warned = (text: string) => findingsOf(rebuttal, text, {}).filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each([
    'ネット上で「さげもんめぐりは毎年同じ展示で飽きる」という書き込みを見かけました。ですが実際には、今年は展示会場を3か所増やし、飾りも半分以上入れ替えています。',
    '「川下りは毎年同じで飽きる」というご意見をいただきました。しかし実際には、コースを毎年変えています。',
    '「図書館の本が古い」とのご指摘をいただきました。ですが実際は、毎年二千冊以上を新しく購入しています。',
    '「窓口の対応が遅い」という書き込みを拝見しました。とはいえ、現実には待ち時間は平均10分ほどです。',
    '「花火大会はいつも同じ」という書き込みを見かけました。毎年同じ、ということはありません。',
    '「市民プールの料金が高い」とのご意見をいただきましたが、高いということは決してございません。',
  ])('flags %s', (text) => {
    expect(warned(text)).toContain('rebuttal/argument:warn')
  })
  it.each([
    // a myth in an FAQ, with no critic
    '「水道水は危ない」といううわさがありますが、実際には水質基準を満たしています。',
    'Q. 予約は必要ですか？ A. 予約が必要ということはありません。当日どなたでもご参加いただけます。',
    // a criticism heard and a fix promised
    '「川下りが毎年同じで飽きる」というご意見をいただきました。ありがとうございます。今後は展示会場を増やします。',
    '「説明が分かりにくい」というご意見をいただきました。確かにそのとおりです。ですが実際には、窓口でも説明しています。今後は改善します。',
    // ordinary 実際には and ことはありません in notices
    'パンフレットでは小さく見えますが、実際には大人が歩いて30分ほどの広さです。',
    '雨の日でも川下りが中止になることはありません。屋根付きの舟でご案内します。',
  ])('leaves %s clean', (text) => {
    expect(warned(text)).toEqual([])
  })
})

describe('rebuttal: reviewer false positives of today\'s rules (a bare 多くのご意見, a worried question, hearsay or praise is no criticism; a price cut, an admission, an alternative, a concession or a fix hears the critic; 放置竹林 is no charge; a city count that agrees)', () => {
  const warned = (text: string, mode: CheckContext['mode'] = 'post') => findingsOf(rebuttal, text, { mode }).filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each<[string, CheckContext['mode']]>([
    ['昨日のニュースで「県内の移住相談が増えている」と報じられましたが、市の集計でも相談件数が伸びています。お気軽にご相談ください。', 'post'],
    ['「入館料が高い」とのご意見をいただきました。光熱費の高騰が続いていますが、市民の皆さまは来月から入館料を半額にします。', 'post'],
    ['「プールの利用料が高い」とのご意見をいただきました。電気代が上がっている中ですが、夏休み期間は子ども料金を無料にします。', 'post'],
    ['放置竹林についてのご意見をいただきました。竹の伐採補助は、地区を問わず一律で1平方メートルあたり100円です。', 'post'],
    ['フォトコンテストに多くのご意見・ご感想をいただきました。審査は、外部の審査員により公正に行っております。結果発表をお楽しみに！', 'post'],
    ['市営住宅の入居者募集に多くのお声をいただきました。入居者の選考は、公開抽選により公平に行っております。', 'post'],
    ['マイナンバーについて多くのご意見をいただいています。市が個人情報を目的外に利用するようなことは一切ございません。', 'post'],
    ['イベントの参加費について多くのご意見をいただきました。参加費は材料費に充てており、利益は一切ございません。', 'post'],
    ['@abc 参加費500円の内訳は、材料費とお茶代です。市の利益は一切ございません。', 'reply'],
    ['@abc そば打ち体験の参加費は、そば粉と道具の実費のみで、儲けは1円も出ていません。気軽にご参加くださいね。', 'reply'],
    ['船頭さんに聞いたところ、雨の日でも傘を貸してくれるとのことです。雨だから川下りを楽しめない、ということはありません！', 'post'],
    ['気象台によると、週末は大雨になるとのことです。ですが実際には、雨のピークは日曜の夜になる見込みです。', 'post'],
    ['「参加費がかかるのでは」との声をいただきました。参加費がかかるということはありません。どなたでも無料でご参加いただけます。', 'post'],
    ['「高齢だと参加できないのでは」とのお声をいただきました。年齢制限があるということはございません。お気軽にどうぞ。', 'post'],
    ['ご指摘ありがとうございます。しかし実際は、私たちの説明不足でした。改めてご案内します。', 'post'],
    ['「防災無線が聞こえない」とのご意見をいただきました。とはいえ現実には、大雨の音で屋内では聞こえにくいことがあります。防災メールへの登録もお願いします。', 'post'],
    ['「もっと駐車場を増やしてほしい」とのご意見をいただきました。ですが実際には、敷地の関係で増設が難しい状況です。近隣の臨時駐車場をご利用ください。', 'post'],
    ['「川の水がきれいになった」とのコメントをたくさんいただきました！水質調査の結果でも、すべての地点で基準を満たしていました。', 'post'],
    ['「公園の遊具が古くて危ない」とのご指摘をいただきました。点検の結果、異常はありませんでしたが、老朽化が進んでいるため来年度に更新します。', 'post'],
    ['「子育て支援が他市に劣っている」とのご意見をいただきました。医療費助成は近隣市町と比べても遜色ありませんが、保育園の待機児童は課題です。さらに充実させます。', 'post'],
    ['「柳川は観光で他市に遅れている」とのお声をいただきました。外国人観光客数は県内で3番目に多く、まだまだ伸ばしていきます！', 'post'],
    ['昨日のニュースで「市内の観光客が増えている」と報じられましたが、市の調査でも入込客数が増えています。ぜひお越しください。', 'post'],
    ['「駐車場の料金が高い」とのご意見をいただきました。燃料費の高騰が続いていますが、来月から料金を値下げします。', 'post'],
    ['放置自転車についてのご意見をいただきました。撤去手数料は、市内外を問わず一律2,000円です。', 'post'],
    ['夏祭りのダンス大会に多くのお声をいただきました。審査は公正に行っております。', 'post'],
    ['「雨だと川下りは中止になるのでは」との声をいただきました。中止になるということはありません。', 'post'],
    ['「ごみ収集が遅い」とのご指摘をいただきました。しかし実際は、こちらの周知不足でした。', 'post'],
    ['「体育館の床が古くて危ない」とのご指摘をいただきました。点検の結果、異常はありませんでしたが、来年度に床を更新します。', 'post'],
    ['「図書館が他市に劣っている」とのご意見をいただきました。蔵書数は県内でも上位の水準ですが、開館時間は課題です。', 'post'],
  ])('leaves %s clean', (text, mode) => {
    expect(warned(text, mode)).toEqual([])
  })
  // the violations the rules were made for, with a real criticism and no remedy, stay caught
  it.each<[string, CheckContext['mode']]>([
    ['「施設の料金が高い」とのご意見をいただきました。光熱費の高騰が続いていますので、ご理解ください。', 'post'],
    ['イベントで市が儲けているとのご意見をいただきました。参加費は材料費に充てており、利益は一切ございません。', 'post'],
    ['「市営住宅の抽選が不公平」とのご意見をいただきました。抽選は公正に行っております。', 'post'],
    ['「市はゴミを放置している」とのご意見をいただきました。回収は地区を問わず一律に行っております。', 'post'],
    ['「図書館の本が古い」とのご意見をいただきました。ですが実際には、毎年二千冊を購入しています。', 'post'],
    ['「参加費が高すぎる」との声をいただきました。高いということはございません。', 'post'],
    ['「防災無線が聞こえない」とのご意見をいただきました。調査の結果、すべての地点で基準を満たしていました。ご理解いただければ幸いです。', 'post'],
    ['「観光案内が他市に遅れている」とのお声をいただきました。案内所の数は県内で3番目に多いです。', 'post'],
  ])('flags %s', (text, mode) => {
    expect(warned(text, mode)).toContain('rebuttal/argument:warn')
  })
})

describe('rebuttal: reviewer FP kinds of the reb58 rules (opinions with no fault in them, an inquiry, the trouble owned softly, thanks and a fix, the cause told, an invitation, a view set right in a myth column)', () => {
  const warned = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(rebuttal, text, { mode })).filter((s) => s.startsWith('rebuttal/') && !s.includes(':info:'))
  it.each<[string, CheckContext['mode']]>([
    // a plan said to be the result of careful review after opinions received with no fault in them
    ['多くのご意見をいただき、ありがとうございました。計画案は審議会で慎重に検討した結果です。', 'post'],
    ['パブリックコメントでは多くのご意見をいただきました。いただいたご意見を踏まえ、審議会で慎重に審議を重ねた結果でございます。', 'post'],
    ['市民の皆さまから多くのご意見をいただきました。新しい計画は、審議会で十分に議論した結果です。ぜひご覧ください。', 'post'],
    // on schedule: an inquiry answered, the worry owned, a delay that may still come
    ['「ごみ収集車が来ない」とのお問い合わせをいただいています。本日は祝日ですが、ごみ収集は予定どおり行っております。収集時間が遅れる場合がありますので、朝8時までにお出しください。', 'post'],
    ['「収集が遅い」とのことで、ご心配をおかけしました。本日は予定どおり収集しております。', 'reply'],
    // 実は…なんです: the fault owned softly, the complaint's cause told, an invitation
    ['「夕焼けの写真が加工しすぎ」とのことでしたが、ごめんなさい、実は少し明るさを調整していたんです🙇', 'comment'],
    ['「最近うなぎが高い」という声をよく聞きます。実はシラスウナギが不漁なんです。', 'post'],
    ['「今年は桜が少ない」って声もあるけど、実は今が一番の見頃なんです🌸 ぜひ見に来てね！', 'comment'],
    // the photo: the city's own, with thanks for the point and a better one promised
    ['「写真が暗い」とのご指摘、ありがとうございます！撮影した時間帯で暗く見えたのかもしれません。次回は明るく撮りますね📷', 'comment'],
    // nothing changed: thanks for the point and a display fixed
    ['ご指摘ありがとうございます。料金は昨年から一切変更しておりませんが、表示が分かりにくかったため修正しました。', 'reply'],
    // the opposite degree: a complaint about the season or the place answered with an invitation
    ['「冬は寒い」という声も聞かれますが、柳川は九州の中でも比較的暖かいほうです。冬の旅もおすすめ！', 'post'],
    ['「会場が遠い」との声を受け、シャトルバスを運行します。会場は駅から近いほうですが、ぜひご利用ください。', 'post'],
    // a view quoted and set right in a myth column is not the critic's evaluation
    ['「地方は子育てしにくい」という見方は当たりません。柳川市には子育て支援がたくさんあります！', 'post'],
    ['「有明海の海苔は冬だけ」という見方は誤解で、春先まで楽しめます。', 'post'],
  ])('leaves %s clean', (text, mode) => {
    expect(warned(text, mode)).toEqual([])
  })
  it.each<[string, CheckContext['mode']]>([
    // the kinds the rules were made for stay caught
    ['議会での答弁が不誠実だったとのご意見をいただきました。答弁は事前に関係課で十分に精査した内容であり、不誠実とのご評価は当たらないと考えております。', 'reply'],
    ['「去年より舟の数が減った」ってコメントいただいたけど、実は今年も同じ数なんです🚣 写真の撮り方でそう見えたのかも？', 'comment'],
    ['窓口の待ち時間が長すぎるとのお声をいただいておりますが、本市の平均待ち時間は近隣の市と比べても短い水準にあります。何とぞご理解のほどよろしくお願いいたします。', 'post'],
    ['こちらの投稿について。ふるさと納税の返礼品の発送が遅いとありますが、発送は事業者さまと連携して予定どおり行っております。', 'quote'],
  ])('flags %s', (text, mode) => {
    expect(warned(text, mode).length).toBeGreaterThan(0)
  })
})

describe('rebuttal: reviewer FP kinds (rreb59: an explanation with help offered, a rule told as a guide, a level told with a caveat, a tourism post, a column on misinformation, a report passed on)', () => {
  const warned = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(rebuttal, text, { mode })).filter((s) => s.startsWith('rebuttal/') && !s.includes(':info:'))
  it.each<[string, CheckContext['mode']]>([
    // an explanation of how a fee or a rule is set, then help offered (減免, ご相談ください, ご案内します, 支援制度, お手伝いします)
    ['「料金が高い」とのご意見ですが、施設の維持に必要な費用をもとに算定しております。減免制度もございますので、お気軽にご相談ください。', 'post'],
    ['「使用料が高い」とのご意見をいただきましたが、使用料は条例に基づいて定めております。減免制度もございますので、お気軽にご相談ください。', 'post'],
    ['「料金が高い」とのご意見ですが、料金は条例に基づいて定めております。支援制度についてはご案内しますので、お問い合わせください。', 'reply'],
    ['「保育料が高い」とのご意見をいただいておりますが、保育料は国の基準に基づき所得に応じて決めております。軽減制度もございますので、こども家庭課へご相談ください。', 'post'],
    ['「国保税が高い」とのご意見をいただいていますが、税率は法律に基づいて算定しています。納付が難しい方には分割納付などのご相談も承っておりますので、税務課までお気軽にご連絡ください。', 'comment'],
    ['「手続きが面倒」とのご意見ですが、本人確認は法令に基づいて行っております。書類の書き方はお手伝いしますので、窓口でお声かけください。', 'reply'],
    // the rule told and turned with が to what the city does for them
    ['ごみの分別が複雑とのご意見をいただきました。分別は市の条例に基づいて定めておりますが、わかりやすい分別ガイドを作成しましたのでご覧ください。', 'post'],
    ['「公園でボール遊びができないのはおかしい」との声を聞きました。公園の利用はルールに沿って運営していますが、皆さんのご意見を伺う会を開きます。', 'post'],
    // a rule and what it rules out, told as a guide (in a reply with no complaint heard, or with what to do)
    ['新しいルールでは、燃えるごみの日は週2回と決まっており、それ以外の日に収集することはありません。ご注意ください。', 'reply'],
    ['図書館の開館時間は19時までと定められており、それ以降に返却ポストが閉まることはありません。', 'comment'],
    ['「収集車が来ない」とのご意見をいただきました。収集は朝8時30分からと決まっており、それより前に来ることはありませんので、8時30分までにお出しください。', 'post'],
    // the record told with the possibility left open; a report passed on to the body in charge
    ['「街灯が切れている」との通報をいただきましたが、記録では先週交換済みの街灯でした。別の街灯かもしれませんので、場所を教えてください。', 'reply'],
    ['ご指摘のあった看板は、市の施設ではなく、近くの民間駐車場のものだと思われます。所有者の方にお伝えしますね。', 'reply'],
    ['番組で紹介された柳川のお店、別の店ではないかと思うほどリニューアルしていました！', 'post'],
    // a level told as news with a caveat or a step taken
    ['「黄砂がひどい」との声を多くいただいています。本日の濃度は健康に影響となるレベルではありませんが、洗濯物は室内干しがおすすめです。', 'post'],
    ['「工事の振動がひどい」とのご指摘をいただきました。測定の結果、基準の範囲内で問題となる水準ではありませんでしたが、作業時間を短縮するよう業者に伝えました。', 'post'],
    // a tourism post; a column or a caution on misinformation
    ['テレビで紹介された柳川の川下り。番組の印象と実際は違って、ゆったりした時間が流れています。ぜひ体験してみてください！', 'post'],
    ['本日の特集記事では、柳川の掘割の歴史について誤った情報が多く見られることについて解説します。', 'post'],
    ['その投稿は間違いだらけ、と思ったらまずは公式情報をご確認ください。#デマに注意', 'reply'],
    // efforts made long since, with a new step or help offered
    ['「子育て支援が遅れている」とのご指摘ですが、市では以前から医療費助成に取り組んでまいりました。ご指摘を受け、来年度からは対象年齢を拡大します。', 'post'],
    ['「空き家が放置されている」とのご意見ですが、市では以前から空き家対策に取り組んでおります。気になる空き家があれば、建築課までご連絡ください。', 'reply'],
  ])('leaves %s clean', (text, mode) => {
    expect(warned(text, mode)).toEqual([])
  })
  it.each<[string, CheckContext['mode']]>([
    // an explanation that ends by dismissing the complaint stays a rebuttal, whatever help follows
    ['「料金が高い」とのご意見ですが、料金は条例に基づいて定めており、問題はありません。減免制度もございますので、ご相談ください。', 'post'],
    ['「料金が高い」とのご意見ですが、料金は条例に基づいて定めております。ご理解いただけないのは残念ですが、減免制度についてはご相談ください。', 'post'],
    ['「料金が高い」とのご意見ですが、料金は条例に基づいて定めておりますので、この金額は当然です。減免についてはご相談ください。', 'reply'],
    ['「料金が高い」とのご意見ですが、料金は条例に基づいて定めており、決して高くはありません。減免制度もございますので、ご相談ください。', 'post'],
    ['「料金が高い」とのご意見ですが、料金は適正に算定しております。', 'post'],
    ['「収集車が来ない」とのご意見をいただきました。収集は朝8時30分からと決まっており、それより前に来ることはありませんので、ご理解ください。', 'post'],
  ])('flags %s', (text, mode) => {
    expect(warned(text, mode).length).toBeGreaterThan(0)
  })
})

describe('rebuttal: a wish reported as an opinion received (review, stop 62)', () => {
  it.each([
    '会議では、資料を読んでから発言してほしいとのご意見がありました。',
    '説明会では、計画をよく読んでから発言してほしいという声が寄せられました。',
  ])('passes %s', (text) => {
    expect(findingsOf(rebuttal, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    'ご意見ありがとうございます。せめて資料を読んでから発言してほしいとの声も職員から上がっております。',
  ])('flags %s', (text) => {
    expect(findingsOf(rebuttal, text).some((f) => f.severity === 'warn' || f.severity === 'block')).toBe(true)
  })
})

describe('rebuttal: a resident\'s post taken up and its claim of an error denied (blind R343P-053 kind)', () => {
  // Kind: ご投稿の件ですが / ご投稿いただいた内容について, then the city's reckoning or paperwork declared without error (計算に誤りは
  // ございません, 手続きに不備はありません): the post answered by a denial. Hard negatives: a check that found the error (誤りがありました)
  // with an apology, an inquiry answered with no post taken up, a notice that states no post.
  it.each([
    'ご投稿の件ですが、確認したところ計算に誤りがありました。申し訳ございません。',
    'お問い合わせのあった通知ですが、記載に誤りはございません。再発行は不要です。',
    '住民税の計算方法についてお知らせします。詳しくは市ホームページをご覧ください。',
    'ご投稿ありがとうございます。いただいた内容は担当課と共有いたします。',
  ])('passes %s', (text) => {
    expect(findingsOf(rebuttal, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    'ご投稿の件ですが、国民健康保険税の計算に誤りはございません。前年中の所得に基づき、条例のとおり算定しております。',
    'ご投稿いただいた件ですが、手続きに不備はありません。',
    'ご投稿いただいた内容について、税額に間違いはございません。',
  ])('flags %s', (text) => {
    expect(findingsOf(rebuttal, text).some((f) => f.severity === 'warn' || f.severity === 'block')).toBe(true)
  })
})

describe('rebuttal: a charge against the city heard as hearsay and turned back in a casual voice (blind R351R-016 kind)', () => {
  // Kind: 市が…ないって言われてるけど、 then the blame put on others (…客が置いていったものだし) or the work claimed as the writer's own (…のは
  // 私たちなんですけど). Hard negatives: praise heard (きれいって言われてるけど), the charge granted with an apology, a remedy announced.
  const warned = (text: string) => summary(findingsOf(rebuttal, text)).filter((s) => s.startsWith('rebuttal/') && !s.includes(':info:'))
  it.each([
    '公園の草、市が刈らないって言われてるけど、毎週刈ってるのは私たちなんですけどね。',
    '駅前の放置自転車、役所が撤去しないって書かれてたけど、あれ通勤客が置いていったものだし。',
    '窓口の対応が遅いって言われてるけど、書類を出してこないのは申請者のほうなんだけど。',
  ])('flags %s', (text) => {
    expect(warned(text).length).toBeGreaterThan(0)
  })
  it.each([
    '掘割がきれいって言われてるけど、毎朝掃除してるのはボランティアの皆さんなんです。',
    '市が片付けないって言われてるけど、本当にその通りで申し訳ないです。',
    'ごみの分別が分かりにくいって言われてるけど、来月から新しいアプリで確認できるようになります。',
  ])('passes %s', (text) => {
    expect(warned(text)).toEqual([])
  })
})

describe('rebuttal: false disaster information set right, closing with the usual request not to spread unchecked information (blind KT-045 kind)', () => {
  // Kind: …という情報は誤りです。…を確認しました。不確かな情報の拡散はお控えください: a request to every reader, no scolding of the spreaders.
  // Hard negatives (kept): the spreaders named and told to stop (デマを流すのはおやめください).
  it.each([
    '「避難所が閉鎖された」という情報は誤りです。現在も開設しています。真偽不明の情報の転送はおやめください。',
    '「浄水場が浸水して断水する」という情報は誤りです。浄水場に被害がないことを確認しております。未確認の情報の拡散は控えてください。',
  ])('passes %s', (text) => {
    expect(findingsOf(rebuttal, text, { mode: 'reply', emergency: true }).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    '「給水が止まった」という情報は誤りです。現在も給水しています。デマを流すのはおやめください。',
  ])('flags %s', (text) => {
    expect(findingsOf(rebuttal, text, { mode: 'reply', emergency: true }).some((f) => f.severity === 'warn')).toBe(true)
  })
})

describe('rebuttal: the city declared not the one to bear the blame for a complaint\'s harm (blind R357E-011 kind)', () => {
  const warned = (text: string, mode: CheckContext['mode']) => summary(findingsOf(rebuttal, text, { mode })).filter((s) => s.startsWith('rebuttal/') && !s.includes(':info:'))
  it.each<[string, CheckContext['mode']]>([
    ['隣地の工事で騒音が続く点はお察ししますが、市が責任を負うものではございません。', 'reply'],
    ['道路の拡幅で店の前の駐車スペースが減ったとのことですが、行政が責任を取る筋合いのものではありません。', 'comment'],
    ['ご指摘の浸水の件、本市に責任はございません。', 'reply'],
    ['「市の許可のせいで景観が台無し」とのご意見をいただきましたが、市として責任を負う立場ではありません。', 'post'],
  ])('flags %s', (text, mode) => {
    expect(warned(text, mode).length).toBeGreaterThan(0)
  })
  it.each<[string, CheckContext['mode']]>([
    // a notice's disclaimer of loss, the city's own duty told, a responsibility owned
    ['駐車場内での盗難・事故について、市は責任を負うものではありません。貴重品は各自で管理してください。', 'reply'],
    ['館内での貴重品の紛失について、当館は責任を負いかねます。', 'comment'],
    ['道路の管理は市が責任を負うものです。穴や段差を見つけたらご連絡ください。', 'reply'],
    ['ご不便をおかけし申し訳ありません。市として責任を持って対応いたします。', 'reply'],
  ])('passes %s', (text, mode) => {
    expect(warned(text, mode)).toEqual([])
  })
})

// Dead-kana kind (fixer DK): a charge reported with って (「…している」ってコメント) reads つて on the folded view; spelt folded, it
// is answered like とのご意見.
describe('rebuttal: a charge reported with って and denied (dead-kana kind)', () => {
  const warned = (text: string) => summary(findingsOf(rebuttal, text)).filter((s) => s.startsWith('rebuttal/'))
  it.each([
    '「ごみを放置している」ってコメントをいただきましたが、放置はしておりません。',
    '「窓口で職員が居眠りしている」ってレビューがありましたが、居眠りなどしておりません。',
  ])('flags %s', (text) => {
    expect(warned(text).some((s) => s.startsWith('rebuttal/argument:warn:'))).toBe(true)
  })
})

// Blind R364M/KZ kinds (fixer QHD): the reporter jabbed for never having come after a report told; a hazard event denied as a fact with the
// state now is a correction.
describe('rebuttal: blind R364M/KZ kinds (fixer QHD)', () => {
  const warned = (text: string) => summary(findingsOf(rebuttal, text)).filter((s) => s.startsWith('rebuttal/') && !s.includes(':info:'))
  it.each([
    '「市は説明不足」と新聞に書かれていましたが、記事を書いた記者の方は一度も取材に来ていません。',
    '番組で「対応が遅い」って言われよったけど、取材した人は全然現場に来とらんとですよ。',
  ])('flags %s', (text) => {
    expect(warned(text).some((s) => s.startsWith('rebuttal/argument:warn:'))).toBe(true)
  })
  it.each([
    '取材の記者さんは一度も来ていませんでしたが、市報の記事で紹介しました。',
    '雨のため、記者の方は一度も来られませんでした。',
    '現在、市内で橋が崩落したという事実は確認されていません。最新の情報は市ホームページでお知らせしています。',
    '現時点で、避難所が閉鎖されたという事実はありません。引き続き開設しています。',
  ])('passes %s', (text) => {
    expect(warned(text)).toEqual([])
  })
})

// Blind R366P-050, R367Q-030 kinds (fixer DH): a flat contradiction in a dialect ending, the critic's charge quoted back with a plea not to
// say it, a critic told to stop writing on a mistaken belief.
describe('rebuttal: blind R366P/R367Q kinds (fixer DH)', () => {
  const warned = (text: string, mode: CheckContext['mode'] = 'comment') => summary(findingsOf(rebuttal, text, { mode })).filter((s) => s.startsWith('rebuttal/') && !s.includes(':info:') && !s.startsWith('rebuttal/model'))
  it.each([
    'そりゃ違うばい！ 堀の掃除は毎月やっとるとよ。',
    'ゴミ拾いは毎週やってます。手抜きなんて言わないでください。',
    '公園の管理を放置しとるとか言わんどいてほしか。',
    '「水門が閉まっていた」とのことですが、思い込みで書くのはやめてください。',
  ])('flags %s', (text) => {
    expect(warned(text).some((s) => s.startsWith('rebuttal/argument:warn:'))).toBe(true)
  })
  it.each([
    'それは違う種類の魚ですね！ 見分け方はこちらです。',
    '「もう年だから」なんて言わないで、ぜひご参加ください。',
    '思い込みで判断するのはやめましょう。「障がいのある人は何もできない」は思い込みです。',
  ])('passes %s', (text) => {
    expect(warned(text)).toEqual([])
  })
})

describe('rebuttal: blind R372V-028 kind (the quoted post named with この and said to be written out of a mistaken belief)', () => {
  const warned = (text: string, mode: CheckContext['mode'] = 'quote') => summary(findingsOf(rebuttal, text, { mode })).filter((s) => s.startsWith('rebuttal/') && !s.includes(':info:'))
  it.each([
    'この投稿は誤解に基づいて書かれています。ごみ収集の委託先は適正な手続きで選定しています。',
    'この記事は勘違いで書かれています。補助金は要綱どおりに交付しております。',
  ])('warns %s', (text) => {
    expect(warned(text).length).toBeGreaterThan(0)
  })
  it.each([
    'この投稿は市の広報担当が書いています。イベントの詳細は市ホームページをご覧ください。',
    'この記事では、掘割の歴史について書かれています。ぜひご一読ください。',
  ])('passes %s', (text) => {
    expect(warned(text)).toEqual([])
  })
})

describe('rebuttal: a report denied as far from the facts, and the critic told repeating changes nothing (blind R375Y-003 kind)', () => {
  const warned = (text: string, mode: CheckContext['mode'] = 'reply') => summary(findingsOf(rebuttal, text, { mode })).filter((s) => s.startsWith('rebuttal/') && !s.includes(':info:') && !s.startsWith('rebuttal/model'))
  it.each([
    '@user その記事は事実とぜんぜん違います。',
    '@user 何度おっしゃられても、市の考えは変わりません。',
    '@user いくら書き込まれても回答は同じです。',
    '@user これ以上同じ批判をされても、こちらの判断は変わることはありません。',
  ])('warns %s', (text) => {
    expect(warned(text).some((s) => s.startsWith('rebuttal/argument:warn:'))).toBe(true)
  })
  it.each([
    '@user 何度お申し込みいただいても当選確率は変わりません。',
    '@user 事実とまるで違う結果になってしまい、申し訳ありませんでした。',
  ])('passes %s', (text) => {
    expect(warned(text)).toEqual([])
  })
})

describe('rebuttal: the critic said only to have it wrong (blind R378B-053 kind)', () => {
  const warned = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(rebuttal, text, { mode })).filter((s) => s.startsWith('rebuttal/') && !s.includes(':info:'))
  it.each([
    ['「料金が高すぎる」とのご意見ですが、区分を勘違いされているだけです。', 'quote'],
    ['請求が二重だと書かれていますが、思い違いをなさっているだけで、請求は一度きりです。', 'reply'],
  ] as Array<[string, CheckContext['mode']]>)('warns %s', (text, mode) => {
    expect(warned(text, mode).length).toBeGreaterThan(0)
  })
  it.each([
    '私が日付を勘違いしていただけでした。失礼しました。',
    '窓口の場所を勘違いされる方が多いので、案内図をご覧ください。',
  ])('passes %s', (text) => {
    expect(warned(text)).toEqual([])
  })
})

describe('rebuttal: false disaster information set right by stating the facility has no damage, in 災害時モード (blind R377A-028 kind)', () => {
  const emergency: CheckContext = { mode: 'reply', emergency: true }
  it.each<[string, CheckContext?]>([
    ['@x 「市民体育館が浸水して避難所が使えない」という情報は誤りです。体育館に被害はありません。避難所は開設しています。', emergency],
    ['「図書館の屋根が台風で崩落した」という話は事実ではありません。建物に損傷はございません。', emergency],
    ['@y 「浄水場が止まって断水する」という情報は誤りです。浄水場に異常は出ていません。', emergency],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each<[string, CheckContext?]>([
    // a charge against the city or the spreaders scolded stays an argument
    ['「市の避難所運営はずさん」という投稿は誤りです。避難所に被害はありません。', emergency],
    ['「体育館が浸水した」という情報は誤りです。体育館に被害はありません。このような悪質なデマを広めた方には反省を求めます。', emergency],
  ])('flags %s', (text, ctx) => {
    expect(findingsOf(rebuttal, text, ctx ?? {}).map((f) => `${f.rule}:${f.severity}`)).toContain('rebuttal/argument:warn')
  })
})

describe('rebuttal: a critic answered "even if you say so" in 筑後弁 and turned back (blind R378B-031, R379C-031 kind)', () => {
  const warned = (text: string, mode: CheckContext['mode'] = 'reply') => summary(findingsOf(rebuttal, text, { mode })).filter((s) => s.startsWith('rebuttal/') && !s.includes(':info:'))
  it.each([
    '@abc そがんこと言わっしゃっても、お知らせはきちんと出しとったとですよ。',
    '@def そげん書かっしゃっても、工事の案内はしっかり配っとります。',
    '@ghi そげなこつ言わしても、見に来んかった人が知らんだけたい。',
  ])('warns %s', (text) => {
    expect(warned(text).length).toBeGreaterThan(0)
  })
  it.each([
    'そげん言わしても嬉しかです！ありがとうございます。',
    'そげなこつ言わんで、ちゃんと食べんといかんよ、と祖母によく言われました。',
    '筑後弁の「そげん」は「そんなに」という意味です。',
  ])('passes %s', (text) => {
    expect(warned(text)).toEqual([])
  })
})

describe('rebuttal: counter-claims to criticism and their look-alikes (blind R387L-039/045/058, R385J-018, LK-046 kinds)', () => {
  const warned = (text: string, ctx: Partial<CheckContext> = {}) => summary(findingsOf(rebuttal, text, ctx)).filter((s) => s.startsWith('rebuttal/') && !s.includes(':info:'))
  it.each<[string, Partial<CheckContext>]>([
    // R387L-058 kind: an outside ranking that puts the city low, dismissed as biased or unreal
    ['民間調査会社の「住みやすさランキング」で本市が県内ワーストとされましたが、調査方法に問題があり、実態を反映したものとは言えません。', {}],
    ['新聞社の行政サービス評価で本市が最下位と評価されましたが、低い評価は当たらないと考えております。', {}],
    // R387L-039 kind: a careful reading said to have shown the critic, or cherry-picking scolded
    ['@abc 募集要項をちゃんと読んでいただければ、締切が延長されていることがお分かりになるはずです。', { mode: 'reply' }],
    ['都合のいいデータだけを取り上げて批判するのはおやめください。', {}],
    // R387L-045 kind: a complaint of something not done echoed and answered that it was done properly
    ['@abc 案内が届かなかったって書かれてますけど、ちゃんと全戸に郵送してますよ。', { mode: 'reply' }],
    ['@abc 連絡がなかったと言われましたが、きちんと前日にお電話しております。', { mode: 'reply' }],
    // R385J-018 / LK-046 look-alikes that stay arguments: a charge in the rumour, a belief about the city, a belief said to someone
    ['「市の職員の態度が横柄だ」との投稿が見られますが、そのような事実はありません。', {}],
    ['「市は子育て支援を何もしていない」――これは誤解です。', {}],
    ['@abc 「しつけなら叩いてもいい」――これは誤解です。', { mode: 'reply' }],
  ])('warns %s', (text, ctx) => {
    expect(warned(text, ctx).length).toBeGreaterThan(0)
  })
  it.each<[string, Partial<CheckContext>]>([
    // R385J-018 kind: a rumour told with との and seen online or spreading, set right: no criticism received
    ['大雨の影響について、ネット上で「沖端の避難所が満員で入れない」との投稿が見られますが、そのような事実はありません。現在も受け入れています。', { emergency: true }],
    ['SNS上で「給水所が今日で終わる」との書き込みが広がっていますが、そのような事実はありません。給水は現在も続けています。', {}],
    // LK-046 kind: a common belief headed in brackets and called a misunderstanding in an awareness post
    ['「熱が出たらお風呂に入ってはいけない」――これは誤解です。体調がよければ短時間の入浴は問題ありません。', {}],
    ['「ワクチンを打つと不妊になる」。実はこれ、よくある思い込みなんです。正しい情報は厚生労働省のサイトでご確認ください。', {}],
    // hard negatives: a low ranking accepted, the city's own survey, a guide to read, a clarification of a flyer
    ['雑誌の「住みたい街ランキング」で本市が県内最下位とされました。結果を真摯に受け止め、魅力の発信に取り組みます。', {}],
    ['今回のアンケートは回答数が少なく、実態を反映したものとは言えないため、来年度も調査を続けます。', {}],
    ['全国学力調査で本市は県内下位とされていますが、評価の方法に問題があるわけではありません。学力向上に取り組みます。', {}],
    ['説明書をよく読んでいただければ、どなたでも簡単に組み立てられることがお分かりになるはずです。', {}],
    ['都合のいい部分だけを切り取るのではなく、全体を見てグラフを読む練習をしましょう。', {}],
    ['届かなかったと言われる方が、しっかり確認しています。', {}],
  ])('passes %s', (text, ctx) => {
    expect(warned(text, ctx)).toEqual([])
  })
})

describe('rebuttal: blind R389N kinds (a complaint or a reply turned back on the resident; a scam rumour set right stays clean)', () => {
  const warned = (text: string, ctx: Partial<CheckContext> = {}) => summary(findingsOf(rebuttal, text, { mode: 'post', ...ctx })).filter((s) => s.startsWith('rebuttal/') && !s.includes(':info:'))
  it.each<[string, Partial<CheckContext>]>([
    // R389N-029 kind: the cause declared the complainant's own matter
    ['@abc 駐車場が満車だったとのことですが、来られた時間帯の問題ではなく、あなたの計画の問題かと存じます。', { mode: 'reply' }],
    ['「説明会に間に合わなかった」とのご意見ですが、そちらのご都合の問題ではないでしょうか。', {}],
    ['申込みができなかったとのご不満ですが、それはご自身の準備の問題です。', { mode: 'comment' }],
    // R389N-054 kind: the critic's understanding declared wrong outright, and the critic told to reread the earlier answer
    ['@abc あなたの認識には明らかに誤りがあります。手数料は無料です。', { mode: 'reply' }],
    ['@abc ご理解が間違っております。申請期限は月末です。', { mode: 'reply' }],
    ['@abc 先日の回答をもう一度よくお読みください。', { mode: 'reply' }],
    ['@abc 以前のご説明をしっかりご確認ください。同じことを書いています。', { mode: 'reply' }],
    // R389N-051 kind: the critic told to stop posting what is not the facts
    ['@abc 窓口が閉まっていたとのことですが、当日は通常どおり開庁していました。事実と異なる書き込みはやめてください。', { mode: 'reply' }],
    ['「補助金が打ち切られた」との投稿がありましたが、事実ではない内容の投稿はご遠慮ください。', {}],
    // R389N-033 kind: the critic's writing out of a presumption deplored
    ['@abc 「市は何も説明しなかった」と書かれていますが、思い込みで書かれるのは心外です。', { mode: 'reply' }],
  ])('warns %s', (text, ctx) => {
    expect(warned(text, ctx).length).toBeGreaterThan(0)
  })
  it.each<[string, Partial<CheckContext>]>([
    // hard negatives: help lines, the disaster notice's caution to all, a notice's pointer, a column on presumptions
    ['ご自身の健康の問題でお悩みの方は、保健センターへお気軽にご相談ください。', {}],
    ['お子さんの問題行動でお困りの方へ。ご家庭の問題ではなく、一緒に考えましょう。', {}],
    ['【断水情報】不確かな情報の拡散はお控えください。最新の情報は市ホームページでお知らせします。', { emergency: true }],
    ['詳しくは前回のお知らせをご覧ください。', {}],
    ['@abc ご質問ありがとうございます。手順は前回の投稿でご紹介していますので、あわせてご覧ください。', { mode: 'reply' }],
    ['「自分は大丈夫」という思い込みが、詐欺被害のきっかけになります。', {}],
    ['このアンケートでは、制度に対する市民のご理解がどの程度進んでいるかを調べます。', {}],
    // R389N-042 kind: a scam rumour set right with what the office never does
    ['「市の職員が自宅に来て防災グッズを売る」という話は誤りです。市の職員が防災グッズを販売することはありません。', { mode: 'reply' }],
    ['「断水中に市の職員が水道管の点検料を集めに来る」という話は誤りです。市が点検料を請求することは一切ありません。', { mode: 'reply', emergency: true }],
  ])('passes %s', (text, ctx) => {
    expect(warned(text, ctx)).toEqual([])
  })
})

describe('rebuttal: a general belief quoted and called wrong in a column is a myth set right, not a critic answered', () => {
  const warned = (text: string, ctx: Partial<CheckContext>) => summary(findingsOf(rebuttal, text, ctx)).filter((s) => s.startsWith('rebuttal/') && !s.includes(':info:'))
  it.each<[string, Partial<CheckContext>]>([
    // the same form about the city, its services or the one addressed, a disaster claim without the state now, or in a reply
    ['「市の対応が遅い」というのは誤りです。', {}],
    ['「ごみの収集が来ない」というのは誤りです。', {}],
    ['「窓口の職員が不親切だ」というのは間違いです。', {}],
    ['「避難所が閉鎖された」というのは誤りです。', {}],
    ['@abc 「手続きが遅い」というのは誤りです。', { mode: 'reply' }],
    ['「申請しても通らない」というのは誤りです、とのご意見にお答えします。そのようなご指摘は誤りです。', {}],
  ])('warns %s', (text, ctx) => {
    expect(warned(text, ctx).length).toBeGreaterThan(0)
  })
  it.each<[string, Partial<CheckContext>]>([
    ['DVについて、「被害を受ける側にも原因がある」というのは誤りです。悪いのは暴力をふるう側です。', {}],
    ['「子どもの熱中症は室内なら起きない」というのは誤りです。室内でもこまめな水分補給を。', {}],
    ['「予防接種を受けると、かえってかかりやすくなる」というのは間違いです。', {}],
    ['「お酒を飲めば体が温まる」という考えは誤りです。寒い日の飲酒は体温を下げます。', {}],
    ['「認知症は年のせいだから仕方ない」という思い込みは誤りです。早めの相談で進行を緩やかにできます。', {}],
  ])('passes %s', (text, ctx) => {
    expect(warned(text, ctx)).toEqual([])
  })
})

describe('rebuttal: blind R394T kind (a complaint answered by asking the critic to read or look first and only then give their opinion)', () => {
  const warned = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(rebuttal, text, { mode })).filter((s) => s.startsWith('rebuttal/') && !s.includes(':info:'))
  it.each<[string, CheckContext['mode']]>([
    ['@abc 申込書が分かりにくいとのことですが、記入例を裏面に載せております。まずは記入例をお読みになってからご指摘いただけませんか。', 'reply'],
    ['@abc 予約サイトが使いにくいとのご意見ですが、使い方はよくある質問にまとめています。まずそちらをご確認いただいてからご意見をいただけますでしょうか。', 'reply'],
    ['ごみの出し方が分かりにくいとのことですが、分別表は全戸に配布済みです。一度お読みになってからご意見をいただけますか。', 'post'],
  ])('warns %s', (text, mode) => {
    expect(warned(text, mode).length).toBeGreaterThan(0)
  })
  it.each<[string, CheckContext['mode']]>([
    ['@abc 新しい予約アプリ、ぜひ使ってみてからご感想をお寄せください！', 'reply'],
    ['@abc 新しい体験プログラム、まずは一度参加してみてからご意見をいただけますか？改善に生かします。', 'reply'],
    ['@abc 分かりにくいとのご意見、ありがとうございます。手順はトップ画面に載せていますので、ご覧ください。', 'reply'],
    ['@abc 操作が分かりにくいとのこと、ご不便をおかけしております。手順はトップ画面に載せていますので、ご覧になってからお手続きください。', 'reply'],
    ['試食コーナーで召し上がってからご感想をお聞かせください。', 'post'],
  ])('passes %s', (text, mode) => {
    expect(warned(text, mode)).toEqual([])
  })
})

describe('rebuttal: blind R398X/R399Y kinds (retorts to a critic: called uninformed, blame denied, conduct denied, told to look it up, complaint sent elsewhere)', () => {
  const warned = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(rebuttal, text, { mode })).filter((s) => s.startsWith('rebuttal/') && !s.includes(':info:'))
  it.each<[string, CheckContext['mode']]>([
    // R398X-034 kind: the critic pointed at and called uninformed; careless information scolded
    ['その人はよく分かっていないみたいですが、駐輪場の有料化は県の条例によるものです。', 'quote'],
    ['この投稿者は何も知らないようですが、バスの減便は運転手不足が理由です。', 'post'],
    ['@abc 公民館の予約方法について、適当な話を言いふらさないでください。', 'reply'],
    // R399Y-005 kind: the city's handling declared not at fault as a わけではない denial
    ['@abc 受付が混雑したのは利用者が集中したためで、窓口の対応に落ち度があったわけではありません。', 'reply'],
    ['@abc 工事の遅れは資材不足によるもので、市の手配にミスがあったわけではないです。', 'reply'],
    // R399Y-045 kind: staff conduct complained of, denied as fact
    ['@abc ご連絡ありがとうございます。窓口の職員が横柄だったという事実はございません。', 'reply'],
    ['「電話の応対が失礼だった」との苦情をいただきましたが、職員が失礼な対応をしたという事実は確認できませんでした。', 'post'],
    // R399Y-016 kind: the one who pointed it out told to look it up first
    ['@abc その漢字は誤りではありません。ご指摘の前に辞書を引いてください。', 'reply'],
    ['ポスターの表記は方言です。批判する前にちょっと調べてもらえると嬉しいです。', 'comment'],
    // R398X-046 kind: nothing wrong done; the complaint sent elsewhere with 文句
    ['@abc うちは何ひとつ悪いことはしていませんよ。', 'reply'],
    ['@abc 道路の補修は国の管轄ですから、文句なら国に言ってください。', 'reply'],
  ])('warns %s', (text, mode) => {
    expect(warned(text, mode).length).toBeGreaterThan(0)
  })
  it.each<[string, CheckContext['mode']]>([
    ['意外とご存じない方も多いのですが、マイナンバーカードはコンビニでも使えます。', 'post'],
    ['この方をご存じない方はいないでしょう。柳川の川下りを60年支えてきた船頭さんです。', 'post'],
    ['災害時はデマや不確かな情報を広めないよう、市の公式発表をご確認ください。', 'post'],
    ['@abc 受付の手続きに問題があった場合は、お手数ですが窓口までお知らせください。', 'reply'],
    ['窓口の対応に問題があったため、手順を見直しました。ご迷惑をおかけし申し訳ございません。', 'post'],
    ['投稿する前に、内容が正しいか確認しましょう。', 'post'],
    ['申請の前に、必要書類をご確認ください。', 'post'],
    ['苦情・ご相談は県の消費生活センターへお寄せください。', 'post'],
    ['@abc お子さんは何も悪いことはしていませんよ。安心してご相談ください。', 'reply'],
  ])('passes %s', (text, mode) => {
    expect(warned(text, mode)).toEqual([])
  })
})

describe('rebuttal: false information set right by sending the reader to what the city designates (blind R401A-021 kind)', () => {
  const warned = (text: string, ctx: Partial<CheckContext> = {}) => summary(findingsOf(rebuttal, text, ctx)).filter((s) => s.startsWith('rebuttal/') && !s.includes(':info:'))
  it.each<[string, Partial<CheckContext>]>([
    ['「体育館が避難所として使えなくなった」という情報は誤りです。避難所は市の指定避難所をご確認ください。', { emergency: true }],
    ['@abc 「給水所が今日で終わる」という話は誤りです。給水所は県が公表している一覧でご確認ください。', { mode: 'reply', emergency: true }],
  ])('passes %s', (text, ctx) => {
    expect(warned(text, ctx)).toEqual([])
  })
  it.each<[string, Partial<CheckContext>]>([
    // a critic answered and scolded stays a rebuttal
    ['「避難所の対応が遅い」というご指摘は誤りです。悪質な投稿はおやめください。避難所は市の指定避難所をご確認ください。', { emergency: true }],
  ])('warns %s', (text, ctx) => {
    expect(warned(text, ctx).length).toBeGreaterThan(0)
  })
})

describe('rebuttal: a report\'s figure said to differ from reality, the press asked to check the figures (blind R407G-014 kind)', () => {
  const warned = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(rebuttal, text, { mode })).filter((s) => s.startsWith('rebuttal/') && !s.includes(':info:'))
  it.each<[string, CheckContext['mode']]>([
    ['番組で紹介された「待機児童120人」という数字は、今の実情とはまったく違います。', 'quote'],
    ['記事に書かれている空き家の件数は古い調査のもので、実態とは大きく異なります。', 'post'],
    ['新聞各社には、記事にする前に市の公表データを確かめてほしいと思います。', 'post'],
    ['記者の方には、取材の際にきちんと最新の統計を調べていただきたい。', 'quote'],
  ])('warns %s', (text, mode) => {
    expect(warned(text, mode).length).toBeGreaterThan(0)
  })
  it.each<[string, CheckContext['mode']]>([
    ['写真はイメージです。実際とは異なる場合があります。', 'post'],
    ['広報やながわ5月号の記事にある開館時間は、実際とは異なります。正しくは午前9時からです。', 'post'],
    ['報道機関の皆さまへ：最新の数値は市ホームページでご確認いただけます。', 'post'],
    ['記事の数字に誤りがありました。お詫びして訂正します。報道機関の皆さまにも最新の数値をご確認いただきたいと思います。', 'post'],
    ['申請の際は、最新の数値を確認してください。', 'post'],
  ])('passes %s', (text, mode) => {
    expect(warned(text, mode)).toEqual([])
  })
})

describe('rebuttal: the critic\'s post called baseless and its writer asked to refrain, in a reply or a quote (blind R409J-048 kind)', () => {
  const warned = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(rebuttal, text, { mode })).filter((s) => s.startsWith('rebuttal/') && !s.includes(':info:'))
  it.each<[string, CheckContext['mode']]>([
    ['図書館に確認したところ、当日に休館していた事実はありません。事実と異なるご発言は慎んでいただきたいと考えております。', 'quote'],
    ['@abc 担当課で調べましたが、受付が遅れた記録はありませんでした。根拠のないコメントはお控えいただけますようお願いします。', 'reply'],
    ['現場の係員に聞き取りを行いましたが、乗客に声を荒げた者はいませんでした。憶測による書き込みは、おやめください。', 'quote'],
    ['@abc 確認しましたが、職員が居眠りをしていたという事実はございません。思い込みによるご投稿はご遠慮願います。', 'reply'],
  ])('warns %s', (text, mode) => {
    expect(warned(text, mode).length).toBeGreaterThan(0)
  })
  it.each<[string, CheckContext['mode']]>([
    // a hoax set right, a caution to all, an apology for the city's own post, the same words in a post with no critic
    ['「堤防が決壊した」という投稿が広がっていますが、事実ではありません。現在、堤防に異常はありません。不確かな投稿の拡散はお控えください。', 'quote'],
    ['@abc 災害時は、根拠のない書き込みはやめましょう。正しい情報は市ホームページでご確認ください。', 'reply'],
    ['先日の投稿で事実と異なる記載がありました。お詫びして訂正いたします。誤った投稿はすでに削除しております。', 'quote'],
    ['選挙期間中は、候補者に関する事実に基づかない投稿は控えて、選挙公報などで確かめましょう。', 'post'],
  ])('passes %s', (text, mode) => {
    expect(warned(text, mode)).toEqual([])
  })
})

describe('rebuttal: the figure or fact a commenter gave called wrong, even beside the right one (blind R413N-013 kind)', () => {
  const warned = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(rebuttal, text, { mode })).filter((s) => s.startsWith('rebuttal/') && !s.includes(':info:'))
  it.each<[string, CheckContext['mode']]>([
    ['ご投稿にある金額は誤りです。正しくは1件あたり3,000円です。', 'comment'],
    ['書き込みに書かれている開催日は正しくありません。正しくは10月5日です。', 'reply'],
    ['@abc リプに挙げられている件数は、まったく間違っています。実際は年間12件です。', 'reply'],
    ['リプにある人数は事実と異なります。実際の参加者は約400人でした。', 'comment'],
  ])('warns %s', (text, mode) => {
    expect(warned(text, mode).length).toBeGreaterThan(0)
  })
  it.each<[string, CheckContext['mode']]>([
    // the city's own post corrected, a past mistake owned with thanks, a check going on, a figure explained
    ['先日の投稿にある日付に誤りがありました。正しくは10月5日です。お詫びして訂正します。', 'post'],
    ['コメントで教えていただいた時間が間違っていました。ご指摘ありがとうございます。', 'comment'],
    ['コメントにある数字が間違っていないか、担当課で確認しています。', 'comment'],
    ['コメントにある数字は、昨年度の決算額です。今年度は約180万円を見込んでいます。', 'comment'],
  ])('passes %s', (text, mode) => {
    expect(warned(text, mode)).toEqual([])
  })
})

describe('rebuttal: a commenter contradicted casually, the counter-claim told and their words regretted (blind wave 84, R422X-036 kind)', () => {
  const warned = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(rebuttal, text, { mode })).filter((s) => s.startsWith('rebuttal/') && !s.includes(':info:'))
  it.each<[string, CheckContext['mode']]>([
    ['そこは違いますよ！図書館の駐車場は無料のままです。有料化されたと書かれているのは悲しいです。', 'comment'],
    ['それ全然ちがうんです💦 花火大会は予定どおりやります。中止って思われてるのはさみしいな〜', 'reply'],
    ['いえ、それは違うんですよ。ゆるキャラの着ぐるみは寄付で作りました。税金の無駄と言われるのは残念です。', 'comment'],
    ['それ、少し違うんです。歩道の段差は去年なくしました。危ないままってコメントされるのはくやしいです！', 'reply'],
  ])('warns %s', (text, mode) => {
    expect(warned(text, mode).length).toBeGreaterThan(0)
  })
  it.each<[string, CheckContext['mode']]>([
    // a thing told to differ, the city's own slip corrected, a regret with no contradiction and a promise to improve
    ['色がちょっと違うんです。写真と実物の違い、ぜひ会場で確かめてください。', 'post'],
    ['それ、日付がちょっと違うんです。正しくは15日です。失礼しました。', 'comment'],
    ['「対応が遅い」と言われるのは残念ですが、ご指摘を受け止めて改善に努めます。', 'comment'],
    ['場所がちょっと違うんです！会場は体育館ではなく武道館です。間違えて書かれていたら残念なので念のため。', 'post'],
  ])('passes %s', (text, mode) => {
    expect(warned(text, mode)).toEqual([])
  })
})

describe('rebuttal: a claim taken up with というのは and said not to be so, the wording reproached (blind wave 85, R427C-021 kind)', () => {
  const warned = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(rebuttal, text, { mode })).filter((s) => s.startsWith('rebuttal/') && !s.includes(':info:'))
  it.each<[string, CheckContext['mode']]>([
    ['ご意見ありがとうございます。ただ、図書館が子育て世代を切り捨てたというのは少し違うと思います。そんな書き方をされると職員も悲しいです。', 'comment'],
    ['お便りありがとう！でも、市がお祭りをやめたがってるっていうのは全然ちがうよ〜。ちゃんと知ってほしいな。', 'reply'],
    ['公園を放置してるっていうのは、ちょっと違うんですよね💦 毎月草刈りしてます。もっとよく見てもらえたらうれしいです。', 'comment'],
    ['市が観光ばかり優先しているというのはまったく違います。そういう決めつけは残念です。', 'post'],
  ])('warns %s', (text, mode) => {
    expect(warned(text, mode).length).toBeGreaterThan(0)
  })
  it.each<[string, CheckContext['mode']]>([
    // a fact set right with no reproach, a reproach-free answer, a view welcomed, the city's own slip
    ['コメントありがとうございます。ごみの収集日が変わったというのは少し違います。変わるのは収集時間で、曜日はこれまでどおりです。', 'comment'],
    ['ご指摘ありがとうございます。そういう見方もあるかと思います。引き続き、わかりやすい発信に努めます。', 'comment'],
    ['「無料」というのは少し違いました。正しくは材料費300円が必要です。失礼しました。', 'post'],
    ['まちの魅力をもっと知ってほしい！今週末は川下りの体験会です。', 'post'],
  ])('passes %s', (text, mode) => {
    expect(warned(text, mode)).toEqual([])
  })
})

describe('rebuttal: the commenter politely said to have a thing wrong and told to read first (blind wave 85, R427C-054 kind)', () => {
  const warned = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(rebuttal, text, { mode })).filter((s) => s.startsWith('rebuttal/') && !s.includes(':info:'))
  it.each<[string, CheckContext['mode']]>([
    ['貴方のコメントは、制度の対象年齢を誤解なさっているご様子です。ホームページの要項をご確認ください。', 'comment'],
    ['あなたのご意見は、助成の上限額を読み違えていらっしゃるかと存じます。', 'reply'],
    ['恐縮ですが、資料をご一読のうえでご意見を賜れれば幸いです。', 'comment'],
    ['投稿者様のご主張は、条例の適用範囲を混同されているように見受けられます。', 'comment'],
  ])('warns %s', (text, mode) => {
    expect(warned(text, mode).length).toBeGreaterThan(0)
  })
  it.each<[string, CheckContext['mode']]>([
    // a form's instruction, the city's own mix-up owned, a likely confusion explained, a criticism accepted, opinions invited
    ['申請書は、募集要項をよくお読みのうえご提出ください。ご不明な点はお問い合わせください。', 'post'],
    ['私どもが申請書の内容を取り違えておりました。大変申し訳ございません。', 'comment'],
    ['「申請期限」と「受付期限」は取り違えやすいのでご注意ください。', 'post'],
    ['貴殿のご指摘のとおり、掲載した金額に誤りがありました。お詫びして訂正いたします。', 'comment'],
    ['皆様からのご意見を頂戴できれば幸いです。アンケートは市ホームページから回答できます。', 'post'],
  ])('passes %s', (text, mode) => {
    expect(warned(text, mode)).toEqual([])
  })
})

describe('rebuttal: the press contradicted and told to do its research properly (blind wave 88, R436M-027 kind)', () => {
  // Kind: the press told in public to research properly, the care said by an adverb (きちんと取材していただきたい, しっかり調べてから報じて
  // ほしい, ちゃんと裏を取ってから), and a report's figure called wrong with the report named (この記事、数字が違います, その報道は金額が
  // 間違っています), also when the right figure follows. An invitation to cover an event, a request about the procedure, the city's own
  // article corrected and a past error owned stay clean.
  const warned = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(rebuttal, text, { mode })).filter((s) => s.startsWith('rebuttal/') && !s.includes(':info:'))
  it.each<[string, CheckContext['mode']]>([
    ['報道機関の皆さまには、しっかり調べてから報じていただきたいものです。', 'post'],
    ['新聞社の方には、ちゃんと裏を取ってから記事にしてほしいですね。', 'quote'],
    ['記者さんには、もう少しきちんと取材をお願いしたい。正しくは延べ320人です。', 'post'],
    ['今朝のニュース、人数が違います。正しくは8人です。', 'quote'],
    ['その報道は金額が間違っています。補助金は300万円ではなく30万円です。', 'quote'],
  ])('warns %s', (text, mode) => {
    expect(warned(text, mode).length).toBeGreaterThan(0)
  })
  it.each<[string, CheckContext['mode']]>([
    ['報道関係の皆さまには、ぜひ当日の様子をしっかり取材していただきたいと思います。', 'post'],
    ['記者の皆さまには、事前に広報課へ取材の申し込みをしていただきますようお願いします。', 'post'],
    ['記者の方には、きちんと受付で腕章を受け取っていただきますようお願いします。', 'post'],
    ['広報やながわ6月号の記事で、日付が間違っています。正しくは6月10日です。', 'post'],
    ['先日の記事の数字が間違っていました。正しくは15人です。', 'post'],
    ['【お詫びと訂正】昨日の投稿で、人数が違っていました。正しくは15人です。申し訳ございません。', 'post'],
    ['今朝のニュースで紹介された内容は、市ホームページで詳しくご覧いただけます。', 'post'],
  ])('passes %s', (text, mode) => {
    expect(warned(text, mode)).toEqual([])
  })
})

describe('rebuttal: a comment spreading about the city denied, a charge of suppression among them (blind wave 88, R436M-057 kind)', () => {
  // Kind: a comment, a review or a post said to be spreading, then denied (…というコメントが拡散されていますが、事実ではありません), as a
  // post is; and a petition or a complaint said to be crushed or hushed up (握りつぶした, もみ消した, 黙殺) is a charge against the city, so
  // its denial answers a critic even as a post or a rumour. A rumour or information set right, a can crushed by hand and the petition
  // procedure explained stay clean.
  const warned = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(rebuttal, text, { mode })).filter((s) => s.startsWith('rebuttal/') && !s.includes(':info:'))
  it.each<[string, CheckContext['mode']]>([
    ['「市が住民の要望を黙殺している」という投稿が出回っていますが、事実ではありません。', 'post'],
    ['市が苦情をもみ消したというコメントが広がっていますが、そのような事実はございません。', 'post'],
    ['図書館の運営が民間に丸投げされるという口コミが広がっていますが、事実ではありません。', 'post'],
    ['請願書を議会が握り潰したという噂が流れていますが、事実ではございません。請願は委員会で審査中です。', 'post'],
  ])('warns %s', (text, mode) => {
    expect(warned(text, mode).length).toBeGreaterThan(0)
  })
  it.each<[string, CheckContext['mode']]>([
    ['空き缶やペットボトルは、軽く握りつぶしてから資源ごみの日に出してください。', 'post'],
    ['陳情・請願は議会事務局で受け付けています。提出された陳情は所管の委員会に付託され、審査されます。', 'post'],
    ['「土曜日の窓口が廃止される」という情報が広がっていますが、事実ではありません。土曜窓口は引き続き開設します。', 'post'],
    ['ご質問ありがとうございます。陳情は議長あてに提出していただき、所管の委員会で審査されます。結果は議会だよりでお知らせします。', 'reply'],
  ])('passes %s', (text, mode) => {
    expect(warned(text, mode)).toEqual([])
  })
})

describe('rebuttal: a charge against the city asked in a Q&A and flatly denied (blind R443U-036 kind)', () => {
  // Blind R443U-036 kind: a charge put as a question (…を黙殺しているって本当？, というのは本当ですか) counts as criticism heard, and いいえ。 then
  // それは明確に誤り answers the critic. A plain Q&A with no charge, a can crushed by hand and a common myth set right stay clean.
  const warned = (text: string) => summary(findingsOf(rebuttal, text, { mode: 'post' })).filter((s) => s.startsWith('rebuttal/') && !s.includes(':info:'))
  it.each([
    'Q 市役所が住民の要望を黙殺しているというのは本当ですか？\nA いいえ！それははっきりと誤りです。寄せられた要望はすべて担当課で検討しています。',
    'Q．市の職員は手抜き工事を見逃しているって本当？\nA．いいえ。それは明白に誤りです。検査は全件行っています。',
    'Q. 不法投棄の通報を市がもみ消してるってほんと？\nA. いいえ。それは明確に事実ではありません。',
  ])('warns %s', (text) => {
    expect(warned(text).length).toBeGreaterThan(0)
  })
  it.each([
    'Q. 部活動はなくなるのですか？\nA. いいえ。よくある誤解ですが、地域に移行するだけです。',
    'Q. 空き缶は握りつぶしてから出すって本当？\nA. いいえ。つぶさずにそのまま出してください。',
    'Q. 市に寄せられた苦情は公開されていますか？\nA. いいえ。個人情報を含むため公開していません。',
    'Q. 粗大ごみの収集日が変わったって本当？\nA. いいえ。変更はありません。これまでどおり第2水曜日です。',
    'Q. 要望書の書き方に決まりはありますか？\nA. いいえ。それは自由です。様式は問いません。',
  ])('passes %s', (text) => {
    expect(warned(text)).toEqual([])
  })
})

describe('rebuttal: a reply affirming that the commenter\'s good deed reached its mark (blind R447Y-054 kind)', () => {
  // Blind R447Y-054 kind: the commenter's cheering, help or kind words (応援, 声援, ご協力, お言葉) said to have reached someone or helped
  // (届いていた, 伝わっていた, 励みになった) + と思います agrees with the commenter: no criticism to argue with. The city's own notice said to
  // have reached residents, a defence after the thanks, and any answer to a criticism heard still warn.
  const warned = (text: string, mode: CheckContext['mode']) => summary(findingsOf(rebuttal, text, { mode })).filter((s) => s.startsWith('rebuttal/') && !s.includes(':info:'))
  it.each<[string, CheckContext['mode']]>([
    ['ご声援ありがとうございました！沿道からの声援は、選手たちにも十分届いていたと思います。また来年もよろしくお願いします。', 'comment'],
    ['@user 温かいメッセージをありがとうございます。皆さまのご協力は、職員一同にも十分に伝わっていたと思います。', 'reply'],
    ['ボランティアの皆さんのがんばり、参加した子どもたちにもちゃんと届いていたと思います😊', 'comment'],
    ['コメントありがとうございます。会場からの拍手、演奏者の皆さんにもしっかり伝わっていたと思いますよ！', 'comment'],
  ])('passes %s', (text, mode) => {
    expect(warned(text, mode)).toEqual([])
  })
  it.each<[string, CheckContext['mode']]>([
    ['@user 周知はしっかり届いていたと考えております。', 'reply'],
    ['@user 応援ありがとうございます。ただ、説明は十分に尽くしてきたと考えております。', 'reply'],
    ['「応援が届かない運営だった」とのご批判をいただきましたが、運営はきちんとできていたと思います。', 'post'],
    ['ご指摘の件ですが、皆さまへのご案内は丁寧に行ってきたと考えております。', 'comment'],
  ])('warns %s', (text, mode) => {
    expect(warned(text, mode).length).toBeGreaterThan(0)
  })
})

describe('rebuttal: a criticism called baseless with the verdict as its modifier, in polite form (blind wave 94, R454F-060 kind)', () => {
  const warned = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(rebuttal, text, { mode })).filter((s) => s.startsWith('rebuttal/') && !s.includes(':info:'))
  it.each<[string, CheckContext['mode']]>([
    ['「旧庁舎は取り壊すべき」との書き込みについて、まったく当たらない批判だと考えております。', 'post'],
    ['「市の説明は不十分」とのご意見ですが、当を得ないご指摘であると申し上げます。', 'reply'],
    ['@user 到底あたらないご批判と認識しております。', 'reply'],
    ['「ふるさと納税の返礼品が少ない」とのお声は、的はずれなご意見であると考えております。', 'comment'],
  ])('warns %s', (text, mode) => {
    expect(warned(text, mode).length).toBeGreaterThan(0)
  })
  it.each<[string, CheckContext['mode']]>([
    ['明日の天気予報が当たらないこともあります。傘をお持ちください。', 'post'],
    ['日差しが強いので、直射日光に当たらないよう注意してください。', 'post'],
    ['宝くじが当たらないと嘆く前に、まずは貯蓄から始めてみませんか。', 'post'],
    ['根拠のない情報に惑わされないよう、市の公式発表をご確認ください。', 'post'],
    ['いわれのない差別をなくすため、人権講演会を開催します。', 'post'],
  ])('passes %s', (text, mode) => {
    expect(warned(text, mode)).toEqual([])
  })
})
