import { printReimport, runImportBrowserBench } from './import-browser';
const { reimport, ...first } = await runImportBrowserBench({ posts: Number(process.env.POSTS ?? 200), runs: 1 });
console.table(first);
printReimport(reimport);
