/** Brands and the section tree of the demo newsroom. Review levels follow 三审: the daily three, the app two. */
export const seedBrands = [
  {
    name: '青岛日报',
    slug: 'qingdao-daily',
    kind: 'print',
    bylineLabel: '青岛日报',
    siteUrl: 'https://www.dailyqd.com',
    reviewLevels: 3,
  },
  {
    name: '观海新闻',
    slug: 'guanhai-news',
    kind: 'digital',
    bylineLabel: '观海新闻',
    siteUrl: 'https://www.guanhai.com.cn',
    reviewLevels: 2,
  },
] as const

/** Which demo editor reviews at which level of which brand (emails from demoUsers). */
export const seedReviewers: Record<string, Record<number, string[]>> = {
  'qingdao-daily': {
    1: ['editor1@newsroom.local', 'editor@newsroom.local'],
    2: ['editor2@newsroom.local'],
    3: ['chief@newsroom.local'],
  },
  'guanhai-news': { 1: ['editor1@newsroom.local', 'editor@newsroom.local'], 2: ['chief@newsroom.local'] },
}

export interface SeedSection {
  name: string
  slug: string
  parent?: string
  description?: string
}

export const seedSections: SeedSection[] = [
  { name: '要闻', slug: 'yaowen', description: '重要新闻' },
  { name: '城事', slug: 'chengshi', description: '城市生活' },
  { name: '政务', slug: 'zhengwu', description: '政务动态' },
  { name: '机关党建', slug: 'jiguan-dangjian', parent: 'zhengwu', description: '机关党建工作' },
  { name: '经济', slug: 'jingji' },
  { name: '图片新闻', slug: 'tupian', description: '图说新闻' },
]
