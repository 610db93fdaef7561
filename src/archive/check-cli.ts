// npm run check [root] — validates all content without a site build; exits 1 on any fault.
import { formatProblems } from './problems.ts';
import { validateProject } from './validate.ts';

try {
  const { archive, problems } = validateProject(process.argv[2] ?? '.');
  if (problems.length) {
    console.error(formatProblems(problems));
    console.error(`\n内容检查发现 ${problems.length} 个问题，请按提示修改后再运行 npm run check。`);
    process.exitCode = 1;
  } else {
    console.log(`内容检查通过：${archive.articles.length} 篇文章、${archive.pages.length} 个版面、${archive.vocabulary.length} 项举措。`);
  }
} catch (error) {
  // Content faults are reported above; this is the file system or a bug, told in one line.
  console.error(`内容检查无法完成：${(error as Error).message}`);
  process.exitCode = 1;
}
