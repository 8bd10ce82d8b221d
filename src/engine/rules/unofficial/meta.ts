/**
 * The unofficial family's metadata (未決定・未確認の情報): its rule ids with default severity, the guideline's floor, message and
 * hint templates, its clauses and default word lists. Kept apart from the readers so the background, popup and
 * options page can read it without loading the rules (tests/engine/families.test.ts checks that it imports no reader).
 */
import { CLAUSES } from '../../clauses'
import type { FamilyMeta } from '../../rule'

export const meta: FamilyMeta = {
  clauses: [CLAUSES['5(1)']],
  title: '未決定・未確認の情報',
  kanaSpellings: true,
  titleEn: 'Undecided or unconfirmed matters',
  words: {
    undecided: [
      '検討中', '調整中', '協議中', '交渉中', '議論中', '検討段階', '調整段階', '方針を固め', '方針ば固め', '素案', '原案', '試案', 'たたき台', '叩き台', '内定', 'ないてい', '内示',
      '決定前', '正式発表前', '未発表', '近日発表', '非公表', '見送る方向', '廃止する方向', '統合する方向', '方向で調整', '方向で検討',
      '案で調整', '案で最終調整', '案で検討', '案で協議', '案を軸に調整', '案を軸に検討', '案を軸に協議', '案を中心に調整', '案を中心に検討', '案を中心に協議', '案で話を進め', '案で話ば進め',
      'けんとうちゅう', 'ちょうせいちゅう', 'きょうぎちゅう', '検討しています', '検討しており', '検討している', '検討を進めて{について}',
      '調整しています', '調整を進めて{について}', '協議しています', '協議を進めて{について}', '交渉しています', '交渉を進めて{について}',
      '議会に出す前', '議会に出る前', '議会前ですが', '議決前', '可決前', '決裁前', 'まだ決まっとらん', 'まだ決まってない', 'まだ決まっていない', 'まだ決まっていません', 'まだ決まってませんが', 'まだ何も決まっ', 'まだなにも決まっ', 'まだなんも決まっ', 'まだなーんも決まっ', '正式にはまだ',
      '!検討中の方', '!検討中のかた', '!ご検討中', '!検討中の皆', '!調整中の方', '!検討中のご家庭', '!検討中の企業', '!検討中の事業者', '!検討されている方', '!検討している方', '!検討しているかた', '!検討している人', '!検討している皆', '!検討している企業', '!検討している事業者', '!検討しているご家庭',
      '!未発表のはがき', '!未発表の葉書',
      '!未発表のもの', '!未発表の作品', '!未発表作品', '!未発表の写真', '!未発表の曲', '!未発表の楽曲', '!未発表の原稿', '!未発表の書簡', '!未発表の手紙', '!未発表の日記', '!未発表の詩', '!未発表の句', '!未発表の絵', '!未発表の童謡', '!未発表の遺稿', '!未発表のオリジナル', '!未発表に限', '!未発表で', '!交付決定前', '!決定前に購入', '!決定前に着手', '!決定前に契約',
    ],
    policyNouns: [
      '条例', '予算', '計画', '事業', '人事', '異動', '統廃合', '統合', '廃止', '移転', '建設', '料金', '値上げ', '入札', '契約', '補助金',
      '再開発', '合併', '閉鎖', '民営化', '増税', '税率', '議案', '選挙', '候補', '市長', '副市長', '職員',
    ],
    rumour: [
      // Blind JW-009 kind: living up to its name (噂にたがわぬ香ばしさ, 噂どおりの絶景, 噂以上) is praise, not a rumour.
      '噂{噂にたがわ,噂に違わ,噂どおり,噂通り,噂以上,噂に聞く}', 'うわさ{うわさにたがわ,うわさに違わ,うわさどおり,うわさ通り,うわさ以上,うわさに聞く}', '風の噂', 'ここだけの話{公式プロフィール,プロフィールより,公式サイト,豆知識,トリビア}', 'オフレコ', '内緒', '内密', 'リーク', '関係者によると', '関係者の話では', '関係者の方の話では', '関係者の方の話によると', '関係者の方によると', '関係者の方によれば', '関係者さんの話では', '関係者さんによると', '関係者の人の話では', '関係者の話によると', '関係者の話によれば', '情報筋', '小耳に挟', '小耳にはさ',
      '聞いた話では', '聞いた話だと', '又聞き', '未確認情報', '真偽不明',
    ],
  },
  rules: {
    // The statistical reader's finding (model/reader.ts): `warn`, or `block` at the trained block threshold (weights.ts);
    // only when the family's own rules found nothing as severe. {confidence} is the model's probability in percent.
    'unofficial/model': {
      title: '未決定・未確認の情報らしい書き方（学習モデル）',
      titleEn: 'Reads like an undecided or unconfirmed matter (statistical model)',
      severity: 'warn',
      floor: 'info',
      message: 'この文は、まだ決まっていない事項の見通しや、うわさ・伝聞を伝える投稿によく似ています（過去の事例から学んだモデルの判定、確からしさ {confidence}%）。',
      hint: '決定・公表された事実だけを、公表資料へのリンクを添えて書いてください。まだ決まっていないことは「決まり次第お知らせします」とだけ書いてください。',
    },
    'unofficial/undecided': {
      title: '未決定・未発表の事項',
      titleEn: 'Undecided matter',
      severity: 'warn',
      floor: 'info',
      message: '「{noun}」について「{excerpt}」と書かれています。市として決定・公表していない政策や事業の情報は発信できません。',
      hint: '決定・公表されるまで「{excerpt}」の内容は書かないでください。公表済みなら、公表資料へのリンクを添えて「{noun}について発表しました」と書いてください。',
    },
    'unofficial/leak': {
      title: '検討中の政策の漏えい',
      titleEn: 'Policy in the making leaked',
      severity: 'block',
      floor: 'warn',
      message: '「{excerpt}」と、市がまだ公表していない検討中・調整中の方針や案の中身を、公表前であることを示しながら先に伝えています。意思形成過程の情報は発信できません。',
      hint: '「{excerpt}」の内容は書かないでください。方針や予算案が正式に公表されてから、公表資料へのリンクを添えて「〇〇を決定しました」「〇〇を議会に提案します」と書いてください。',
    },
    'unofficial/forecast': {
      title: '未決定事項の見通し',
      titleEn: 'Forecast of an undecided matter',
      severity: 'warn',
      floor: 'info',
      message: '「{excerpt}」は、まだ決まっていない「{topic}」の見通しや方向性を伝えています。市の公式見解ではない情報は発信できません。',
      hint: '「{marker}」のような見通しは書かず、決定・公表されてから「{topic}が決定しました（詳しくは市ホームページ）」のように書いてください。',
    },
    'unofficial/unannounced': {
      title: '未発表の事項',
      titleEn: 'Unannounced matter',
      severity: 'warn',
      floor: 'info',
      message: '「{excerpt}」と、発表前・検討段階の事項を伝えています。市として公表していない情報は発信できません。',
      hint: '「{excerpt}」と前置きして伝える内容は書かないでください。正式に発表されてから、公表資料へのリンクを添えて「〇〇が決定しました」と投稿してください。',
    },
    'unofficial/personnel': {
      title: '未公表の人事',
      titleEn: 'Unpublished personnel move',
      severity: 'warn',
      floor: 'info',
      message: '「{excerpt}」は公表前の人事（異動・就任・退職など）に触れています。人事は市が公表するまで発信できません。',
      hint: '「{excerpt}」のような人事の内容は書かず、市が公表した後に「人事異動を市ホームページで公表しました」のように案内してください。',
    },
    'unofficial/personnel-leak': {
      title: '内示前の人事の漏えい',
      titleEn: 'Personnel move leaked before notice',
      severity: 'block',
      floor: 'warn',
      message: '「{excerpt}」と、内示・公表の前の人事（誰がどの職に就くか）を、実名を挙げて先に伝えています。公表前の人事情報は発信できません。',
      hint: '「{excerpt}」のような人事の内容は書かないでください。人事は市が公表した後に「4月1日付の人事異動を市ホームページで公表しました」のように案内してください。',
    },
    'unofficial/personal-view': {
      title: '私見を市の見解として発信',
      titleEn: 'Personal view given as the city\'s',
      severity: 'warn',
      floor: 'info',
      message: '「{excerpt}」は、職員個人の考えを市の方針・見解のように伝えています。市の公式見解でない情報は発信できません。',
      hint: '個人の考え（「{opinion}」）は書かず、市として決定・公表した内容だけを「〇〇を実施します（詳しくは市ホームページ）」のように書いてください。',
    },
    'unofficial/cause': {
      title: '調査前の原因の断定',
      titleEn: 'Cause asserted before the inquiry',
      severity: 'warn',
      floor: 'info',
      message: '「{excerpt}」と、調査の結果が出ていない（「{inquiry}」）のに原因を断定・推測して伝えています。市の公式見解ではない情報は発信できません。',
      hint: '原因の推測（「{excerpt}」）は書かず、「原因は現在調査中です。判明しだいお知らせします」のように、確かめられた事実だけを書いてください。',
    },
    'unofficial/guessed-cause': {
      title: '推測による原因の発信',
      titleEn: 'Cause given as a guess',
      severity: 'warn',
      floor: 'info',
      message: '「{excerpt}」と、確かめられていない事故やトラブルの原因を推測で伝えています。推測は市の公式見解ではなく、特定の人や団体に責任があるように受け取られるおそれがあります。',
      hint: '原因の推測（「{excerpt}」）は書かず、「原因は現在確認中です。分かりしだいお知らせします」のように、確かめられた事実だけを書いてください。',
    },
    'unofficial/off-record': {
      title: '非公式な場での発言',
      titleEn: 'Remark let slip off the record',
      severity: 'warn',
      floor: 'info',
      message: '「{excerpt}」と、雑談や懇親会、移動中の車内など非公式な場で漏れた発言を伝えています。公式の場で表明されていない発言は市の方針・見解ではなく、発信できません。',
      hint: '非公式な場での発言は書かず、会見や公表資料で市として表明した内容だけを「市長は会見で〇〇と述べました」のように書いてください。',
    },
    'unofficial/private-post': {
      title: '私的な投稿',
      titleEn: 'Private post on the official account',
      severity: 'warn',
      floor: 'info',
      message: '「{excerpt}」は、懸賞やキャンペーンへの個人的な応募、休暇の予定、仕事の愚痴など、職員の私的な投稿です。公式アカウントは市の情報発信のためだけに使います。',
      hint: '私用アカウントとの取り違えがないか確認し、個人的な応募や感想は公式アカウントから投稿しないでください。',
    },
    'unofficial/rumour': {
      title: 'うわさ・未確認情報',
      titleEn: 'Rumour',
      severity: 'warn',
      floor: 'info',
      message: '「{excerpt}」は、うわさや伝聞など確認できていない情報を示す表現です。事実確認のできない情報は発信できません。',
      hint: '「{excerpt}」のような伝聞・うわさのまま書かないでください。担当課や公表資料で確かめられた場合だけ「{plain}」と言い切り、情報源（市ホームページ等）を添えてください。',
    },
  },
}
