import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

const reporters = ['王建亮', '任晓萌', '李 明', '张晓东', '孙 博']
const topics = ['港口', '地铁', '海洋', '科创', '文旅', '民生', '教育', '医疗']

/**
 * A plain-text story in the newspaper layout the parser reads: headline, subheadline, byline, dateline, paragraphs,
 * intertitles and `captions` photo-caption lines with dates. `n` makes it unique.
 */
export const generatedStory = (n: number, captions = 4): string => {
  const topic = topics[n % topics.length]
  const reporter = reporters[n % reporters.length]
  const lines = [
    `青岛${topic}建设第${n}篇：新项目按下“快进键”`,
    `——第${n}号综述`,
    `□青岛日报/观海新闻记者 ${reporter} 通讯员 徐文琦`,
    `本报12月${(n % 28) + 1}日讯 青岛市${topic}领域第${n}个重点项目日前正式启动，预计明年建成投用。`,
  ]
  for (let section = 1; section <= 2; section++) {
    lines.push(`聚焦重点、攻坚突破，答好第${section}张答卷`)
    for (let p = 1; p <= 3; p++)
      lines.push(`这是第${n}篇第${section}部分的第${p}段正文，记录了${topic}建设中的新进展、新成效。`)
  }
  for (let c = 1; c <= captions; c++) {
    lines.push(
      `■2024年${(c % 12) + 1}月${c + 1}日，第${n}篇第${c}幅图片：${topic}项目现场。 ${reporter.replace(' ', '')} 摄`,
    )
  }
  return `${lines.join('\n\n')}\n`
}

/** Writes `count` generated stories into `folder` (nested one level, to exercise the recursive walk). */
export const writeStories = async (folder: string, count: number, captions = 4): Promise<string[]> => {
  const files: string[] = []
  for (let n = 1; n <= count; n++) {
    const file = path.join(folder, n % 2 ? 'odd' : 'even', `story-${String(n).padStart(3, '0')}.txt`)
    await mkdir(path.dirname(file), { recursive: true })
    await writeFile(file, generatedStory(n, captions))
    files.push(file)
  }
  return files
}
