/**
 * The confidential family's metadata (秘密情報): its rule ids with default severity, the guideline's floor, message and
 * hint templates, its clauses and default word lists. Kept apart from the readers so the background, popup and
 * options page can read it without loading the rules (tests/engine/families.test.ts checks that it imports no reader).
 */
import { CLAUSES } from '../../clauses'
import type { FamilyMeta } from '../../rule'

export const meta: FamilyMeta = {
  clauses: [CLAUSES['5(1)']],
  title: '秘密情報',
  kanaSpellings: true,
  titleEn: 'Confidential information',
  words: {
    confidential: [
      '極秘', '厳秘', '=機密性2', '=機密性3', '委員限り', '委員限りの資料', '取扱ちゅうい', '取り扱いちゅうい', '取扱いちゅうい', '公告前', '部外秘', '庁外秘', '課外秘', '局外秘', '外部秘', '社外秘', '取扱注意', '取り扱い注意', '取扱い注意', '取扱要注意',
      '取扱厳重注意', '取り扱い厳重注意', '内部資料', '内部文書', '内部用資料', '内部検討資料', '庁内資料', '課内資料', '内部メモ', '内部限り',
      '庁内限り', '庁内限定', '課内限り', '部内限り', '係内限り', '局内限り', '所内限り', '署内限り', '院内限り', '院内資料', '局内資料', '署内資料', '職員限り', '幹部限り', '関係者限り',
      '関係者外秘', '課内回覧', '庁内回覧', '部内回覧', '係内回覧', '回覧資料', '機密{研修,守,防止,徹底,対策,保護,漏え,漏洩,流出,セキュリティ,啓発,回収,溶解,廃棄,処分,シュレッダー,裁断,リサイクル,再資源,再生紙,処理,抹消}',
      '秘密扱い', '秘扱い', '秘密文書', '秘密資料', '秘密の資料', '秘密の文書', '秘密のデータ', '秘密の会議', '秘密情報{研修,守,防止,徹底,対策,保護,漏え,漏洩,流出,セキュリティ,啓発,守秘}',
      '内部情報{研修,守,防止,徹底,対策,保護,漏え,漏洩,流出,セキュリティ,啓発}', '非公開資料', '未公開資料', '未公開情報',
      '複製禁止', '配付禁止', '配布禁止', '転送禁止', '持出禁止{館外,館内,閲覧,図書,貸出,帯出,資料室,書庫,展示,古文書,蔵書,郷土資料,文書館,徹底}', '持ち出し禁止{館外,館内,閲覧,図書,貸出,帯出,資料室,書庫,展示,古文書,蔵書,郷土資料,文書館,徹底}', '公表禁止', '未定稿', '想定問答', '答弁案', '人事案', '内示{補助金,交付金,交付,予算,配分}', '人事評価{制度,研修,説明,導入,見直}', '未決裁', '決裁前', '内部向け{研修,説明会}', '庁内向け{研修,説明会}',
      '報道解禁', '情報解禁前', '解禁前{漁,釣,猟,鮎,アユ,あゆ,狩,海苔,摘み取り,摘採,初摘み,茶摘み,新茶,収穫,採取,水揚げ,潮干,タケノコ,たけのこ,筍,山菜,松茸}', '報道発表前', '記者発表前', 'マル秘{トーク,テク,技,スポット,レシピ,ネタ,グルメ,エピソード,ショット,裏技,お宝}', '=マルヒ', '=ゴクヒ', 'ぶがいひ', 'ちょうないかぎり', 'とりあつかいちゅうい', 'かんけいしゃかぎり', 'しょくいんかぎり', 'ないぶしりょう', 'しゃがいひ', 'ちょうがいひ', 'コンフィデンシャル', 'トップシークレット', '非公開情報', '公表前', 'オフレコ',
      '!機密性の高い情報を守', '!機密情報を守', '!機密情報の取扱い',
      // Blind LI-037 kind: 注意 heading a longer word (取扱注意点, 取り扱い注意事項, 取扱注意書き: the points to mind in handling a thing), no marker.
      '!取扱注意点', '!取扱い注意点', '!取り扱い注意点', '!取扱注意事項', '!取扱い注意事項', '!取り扱い注意事項', '!取扱注意書き', '!取扱い注意書き', '!取り扱い注意書き',
    ],
  },
  rules: {
    // The statistical reader's finding (model/reader.ts): `warn`, or `block` at the trained block threshold (weights.ts);
    // only when the family's own rules found nothing as severe. {confidence} is the model's probability in percent.
    'confidential/model': {
      title: '秘密情報らしい書き方（学習モデル）',
      titleEn: 'Reads like confidential information (statistical model)',
      severity: 'warn',
      floor: 'info',
      message: 'この文は、庁内の会議・検討の中身や内部資料、非公表の数字を伝える投稿によく似ています（過去の事例から学んだモデルの判定、確からしさ {confidence}%）。',
      hint: '公表済みの資料に書かれている内容だけを、その資料へのリンクを添えて書いてください。庁内の話し合いや内部の事情は、市が公表するまで書かないでください。',
    },
    'confidential/marker': {
      title: '秘密・内部情報の表示',
      titleEn: 'Confidentiality marker',
      severity: 'block',
      floor: 'warn',
      message: '「{excerpt}」は秘密・内部情報を示す表示です。職務上知り得た秘密や公表前の情報は発信できません。',
      hint: '「{excerpt}」の付いた資料やその内容は投稿しないでください。市民に伝える必要があるなら、担当課が公表した資料（市ホームページ等）をもとに書き直し、リンクを添えてください。',
    },
    'confidential/meeting': {
      title: '内部会議の内容',
      titleEn: 'Internal meeting',
      severity: 'block',
      floor: 'warn',
      message: '「{excerpt}」と、非公開・庁内の会議の内容を伝えています。意思形成過程の情報は秘密情報として扱われます。',
      hint: '「{excerpt}」で話された内容や資料は書かないでください。結果が公表されていれば「〇〇を決定しました（詳しくは市ホームページ）」のように公表資料をもとに書いてください。',
    },
    'confidential/pre-release': {
      title: '公表前の情報',
      titleEn: 'Not yet released',
      severity: 'block',
      floor: 'warn',
      message: '「{excerpt}」と、公表前の情報を先に出そうとしています。公表・解禁の前に職員が発信することはできません。',
      hint: '「{excerpt}」の内容は今は投稿せず、公表（解禁・通知）の後に、公表資料へのリンクを添えて「〇〇を発表しました」と投稿してください。',
    },
    'confidential/staff-only': {
      title: '職員限りの情報',
      titleEn: 'Staff-only information',
      severity: 'block',
      floor: 'warn',
      message: '「{excerpt}」は職員や関係者の内部だけで扱う情報であることを示しています。',
      hint: '「{excerpt}」のような内部向けの情報は庁内の連絡手段（庁内メール・掲示板）で共有し、公式アカウントには公表済みの内容だけを書いてください。',
    },
    'confidential/personnel': {
      title: '公表前の人事・懲戒処分',
      titleEn: 'Personnel action not yet announced',
      severity: 'block',
      floor: 'warn',
      message: '「{excerpt}」と、公表前の職員の処分や人事を伝えています。懲戒処分や人事異動は市が公表するまで秘密情報です。',
      hint: '「{excerpt}」のような処分・人事の内容は書かないでください。公表された後に、市の発表資料へのリンクを添えて伝えてください。',
    },
    'confidential/complainant': {
      title: '申出人の特定',
      titleEn: 'Who filed a complaint or request',
      severity: 'block',
      floor: 'warn',
      message: '「{excerpt}」と、苦情・要望・通報をした人が分かる情報を伝えています。申出人の情報は職務上知り得た秘密です。',
      hint: '誰からの申し出かは書かず、「地域の方からのご要望を受けて対応しました」のように、申出人が特定されない書き方にしてください。',
    },
    'confidential/incident': {
      title: '公表前の事故・不祥事',
      titleEn: 'Incident not yet announced',
      severity: 'block',
      floor: 'warn',
      message: '「{excerpt}」と、市がまだ公表していない事故（紛失・漏えい等）を伝えています。',
      hint: '事故や不祥事は担当課が事実を確認し、市として公表します。個人のアカウントや公式アカウントで先に書かず、公表後にその内容をもとに伝えてください。',
    },
    'confidential/audit': {
      title: '報告前の監査・調査の内容',
      titleEn: 'Audit findings before the report',
      severity: 'block',
      floor: 'warn',
      message: '「{excerpt}」と、報告書の公表前の監査・調査の内容（またはその隠蔽）を伝えています。',
      hint: '監査や調査の指摘は、報告書が公表されてから、その内容をもとに伝えてください。指摘への対応は担当課を通じて正規の手続で行ってください。',
    },
    'confidential/budget': {
      title: '公表前の予算額',
      titleEn: 'Budget figure not yet released',
      severity: 'block',
      floor: 'warn',
      message: '「{excerpt}」と、予算編成や議案の公表前の予算額・増減を伝えています。意思形成過程の情報は秘密情報として扱われます。',
      hint: '予算の金額は、予算案や議案が公表された後に、市の公表資料（予算の概要・議案）へのリンクを添えて伝えてください。',
    },
    'confidential/staff-notice': {
      title: '職員向けの連絡・内部通知',
      titleEn: 'Internal notice to staff',
      severity: 'block',
      floor: 'warn',
      message: '「{excerpt}」は職員向けの連絡や内部の通知・対応方針です。公式アカウントで発信する情報ではありません。',
      hint: '職員向けの連絡は庁内の連絡手段（庁内メール・掲示板）で送ってください。誤って公開した場合は削除し、広報担当に報告してください。',
    },
    'confidential/duty-secret': {
      title: '職務上知り得た個人の発言',
      titleEn: 'Private remark heard on duty',
      severity: 'block',
      floor: 'warn',
      message: '「{excerpt}」と、職務中に見聞きした個人の非公開の発言や事情を伝えています。職務上知り得た秘密は発信できません。',
      hint: '受付・窓口・相談などで見聞きした、特定の人の発言や事情は書かないでください。',
    },
    'confidential/investigation': {
      title: '公表前の捜査情報',
      titleEn: 'Police investigation not yet public',
      severity: 'block',
      floor: 'warn',
      message: '「{excerpt}」と、警察など関係機関から職務上知り得た、公表前の捜査の情報を伝えています。',
      hint: '捜査の見通しや関係者の情報は書かないでください。市として伝えられるのは「警察と連携して対応しています」のような事実と、市の対応までです。',
    },
    'confidential/negotiation': {
      title: '非公表の交渉',
      titleEn: 'Undisclosed negotiation',
      severity: 'block',
      floor: 'warn',
      message: '「{excerpt}」は公表されていない交渉・協議を明かしています。相手方の利益や市の交渉上の立場を損なうおそれがあります。',
      hint: '「{excerpt}」のような交渉の存在や相手は書かず、合意・契約が公表されてから「〇〇と協定を締結しました」のように書いてください。',
    },
  },
}
