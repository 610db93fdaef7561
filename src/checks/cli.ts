// npm run check — validates all content without a site build; exits 1 on any fault.
import { formatProblem } from './article-file.ts';
import { checkContent } from './content.ts';

const report = checkContent(process.argv[2] ?? '.');
if (report.problems.length) {
  console.error(report.problems.map(formatProblem).join('\n'));
  console.error(`\n内容检查发现 ${report.problems.length} 个问题，请按提示修改后再运行 npm run check。`);
  process.exit(1);
}
console.log(`内容检查通过：${report.articles} 篇文章、${report.pages} 个版面、${report.initiatives} 项举措。`);
