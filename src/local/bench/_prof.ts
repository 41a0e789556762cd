import { measure } from './workbook';
const n = Number(process.argv[2] ?? 2000);
const r = measure(n);
console.log(n, 'check', r.check.ms.toFixed(0), 'report', r.report.ms.toFixed(0), 'recheck', r.recheck.ms.toFixed(0));
