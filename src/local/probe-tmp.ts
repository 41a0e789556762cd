import { analyzeStatement } from '../core/statement';
for (const t of process.argv.slice(2)) { const r = analyzeStatement(t, { asOf: '2025-01-06' }); console.log(t, '=>', JSON.stringify({k:r.kpi,d:r.direction,b:r.baseline,t:r.target,c:r.change,u:r.unit,dl:r.deadline,rc:r.recurrence})); }
