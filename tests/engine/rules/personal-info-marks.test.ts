import { describe, expect, it } from 'vitest'
import { personalInfo } from '../../../src/engine/rules/personal-info'
import { findingsOf } from '../helpers'

/** The words `personal-info/identifiable-person` marks (what staff see highlighted and the message quotes), with the severity. */
function marked(text: string): string[] {
  return findingsOf(personalInfo, text)
    .filter((f) => f.rule === 'personal-info/identifiable-person')
    .map((f) => `${f.severity}:${text.slice(f.start, f.end)}`)
}

describe('personal-info/identifiable-person: the name the details belong to is the one marked (round 190)', () => {
  // The details belong to the name they follow most closely (the bracket right after it), not to the sentence's first name:
  // a mascot the child is a fan of, a parent the child is introduced by. A name chained to the next by の gives way to it.
  // A kana given name after a verb's or an adjective's ending starts after the ending (話した|ひかりちゃん, 見ている|あおいちゃん),
  // and a kana run of a katakana word and its particle (大ファンの|そらちゃん) is cut where the particle ends.
  it.each([
    ['くりーくんの大ファンのそらちゃん（6さい）から、絵のプレゼントがとどいたよ！', 'warn:そらちゃん'],
    ['どんこちゃんと一緒に踊ったみおちゃん（5さい）、とっても上手でした♪', 'warn:みおちゃん'],
    ['実行委員の古賀さんの娘のさくらちゃん（6さい）が花束を渡してくれました。', 'warn:さくらちゃん'],
    ['三橋町の古賀さんの孫のひなたちゃん（3さい）が遊びに来ました。', 'warn:ひなたちゃん'],
    ['議長と握手したゆうとくん（8さい）が、将来は市長になりたいと話してくれました。', 'warn:ゆうとくん'],
    ['毎朝お堀を見ているあおいちゃん（5さい）が、鯉に名前をつけてくれました。', 'warn:あおいちゃん'],
    ['ママのゆいちゃん（5さい）も一緒に来てくれました。', 'warn:ゆいちゃん'],
    ['公式キャラクター「くりーくん」と遊んだそうたくん（8さい）', 'warn:そうたくん'],
  ])('marks the person in %s', (text, want) => {
    expect(marked(text)).toEqual([want])
  })
  // Hard negatives: one name only; a kanji family name before a kana given name (after a verb too); a kanji name right after a
  // verb; a given name that starts like an ending (いるか); a parent with an age of their own joined by と; the age told of the
  // first name after は; an age before the name it modifies.
  it.each([
    ['ひかりちゃん（7さい）からお手紙がとどいたよ', 'warn:ひかりちゃん'],
    ['お祭りで踊った中川ひなたさん（10歳）に話を聞きました。', 'warn:中川ひなたさん'],
    ['市長と握手した山田花子さん（7歳）が笑顔を見せました。', 'warn:山田花子さん'],
    ['中川いるかさん（9歳）が書いた作文です。', 'warn:中川いるかさん'],
    ['古賀さん（40）と息子のたろうくん（7）が来てくれました。', 'warn:古賀さん'],
    ['山田さんは72歳で、たろうくんと一緒に参加されました。', 'warn:山田さん'],
    ['7歳のひかりちゃんと古賀さんが来てくれました。', 'warn:ひかりちゃん'],
  ])('keeps the mark in %s', (text, want) => {
    expect(marked(text)).toEqual([want])
  })
  it('marks no mascot when no detail is told', () => {
    expect(marked('どんこちゃんの大ファンのひかりちゃんからお手紙がとどいたよ')).toEqual([])
  })
})
