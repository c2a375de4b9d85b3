import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { loadCorpus } from '../src/import/accuracy/corpus'
import { measureArticle } from '../src/import/accuracy/measure'
import { renderAccuracyReport } from '../src/import/accuracy/report'

// Usage: npm run import:accuracy [-- --write]   (--write also stores the table in docs/import-accuracy.md)
const root = path.resolve(import.meta.dirname, '..')
const corpus = await loadCorpus(path.join(root, 'tests/import/corpus'))
const report = renderAccuracyReport(corpus.map(measureArticle))
process.stdout.write(report)
if (process.argv.includes('--write')) {
  const header =
    '# Parser accuracy on the real-article corpus\n\nOutput of `npm run import:accuracy` (tests/import/corpus, rules in docs/import.md).\n\n'
  await writeFile(path.join(root, 'docs/import-accuracy.md'), header + report)
}
