import { emptyRecord, type AccountRecord } from '../../src/registry/model'

/** A complete, valid registry record for tests. */
export function sample(id: string, over: Partial<AccountRecord> = {}): AccountRecord {
  return {
    ...emptyRecord(id, '2025-04-01'),
    department: '総務部 秘書広報課',
    manager: '柳川 太郎',
    service: 'x',
    accountName: '柳川市公式',
    url: 'https://x.com/yanagawa_city',
    purpose: '市政情報、イベント、災害情報の発信',
    introduction: '柳川市の公式Xアカウントです。',
    tone: 4,
    approval: true,
    contactPerson: '水郷 花子',
    contact: '内線 1234 / 0944-73-8111',
    ownContacts: { phones: ['0944-73-8111'], emailDomains: ['city.yanagawa.fukuoka.jp'], addresses: [], domains: [] },
    ...over,
  }
}
