import type { Article } from '../../../shared/article-model'
import { assembleArticle, sha256Hex } from '../article-record'
import { seededRandom } from './seeded-random'

const OUTLETS = ['Kyiv Independent', 'Korea Herald', 'Baltic Wire', 'Seoul Daily', 'Danube Post']

/** Everyday reporting: each line names a figure, a date or a quotation, copied into many articles alike. */
const ROUTINE = [
  'Officials said 120 people were evacuated from Kharkiv on Tuesday.',
  'The council in Odesa counted 45 people in the new shelters.',
  'Governor Oleh Syniehubov said 300 drones were launched at Kharkiv overnight.',
  'Mayor Vitali Klitschko said 14 people were injured in Kyiv on Oct. 12.',
  'The ministry in Vilnius reported 2,500 people at the border crossing.',
  '“We will rebuild every school in the region,” said Mayor Ihor Terekhov.',
  'Engineers restored power to 60,000 homes near Dnipro, the utility said.',
  'Volunteers delivered 900 tonnes of grain to Mykolaiv in September.',
]

export const PLANTED_FIGURE = {
  says: 'Some 8,000 North Korean soldiers are in Russia’s Kursk region, officials said.',
  saysOtherwise:
    'As many as 10,000 North Korean soldiers are in Russia’s Kursk region, officials said.',
}

/**
 * A newsroom of `count` small articles from five outlets, each a few routine sentences; the first
 * article reports 8,000 North Korean soldiers and the last, from another outlet, 10,000.
 */
export function newsroomArticles(count: number, seed = 7): Article[] {
  const random = seededRandom(seed)
  return Array.from({ length: count }, (_, index) => {
    const lines = random.shuffle(ROUTINE).slice(0, 4)
    if (index === 0) lines.push(PLANTED_FIGURE.says)
    if (index === count - 1) lines.push(PLANTED_FIGURE.saysOtherwise)
    const title = `Dispatch ${index + 1} from the front`
    const id = `a${String(index + 1).padStart(4, '0')}`
    return assembleArticle(
      id,
      {
        title,
        site: OUTLETS[index % OUTLETS.length] ?? '',
        format: 'txt',
        encoding: 'utf-8',
        sha256: sha256Hex(`${title}\n${lines.join('\n')}`),
        importedAt: '2026-01-01T00:00:00.000Z',
      },
      [
        { kind: 'headline' as const, text: title },
        ...lines.map((text) => ({ kind: 'paragraph' as const, text })),
      ],
    )
  })
}
