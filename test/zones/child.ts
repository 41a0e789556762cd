/** Child process of zone-matrix.test.ts: `TZ=… tsx test/zones/child.ts [--no-cli] <spreadsheet zones…>` prints the results as JSON. */
import { RESULTS_MARKER, SPREADSHEET_ZONES, zoneCases, type ZoneResult } from './zone-cases';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const withCli = !args.includes('--no-cli');
  const zones = args.filter((a) => a !== '--no-cli');
  const results: ZoneResult[] = [];
  for (const zone of zones.length ? zones : SPREADSHEET_ZONES) results.push(await zoneCases(zone, withCli));
  // The CLI prints its summary on stdout: the results follow a marker line.
  process.stdout.write(`\n${RESULTS_MARKER}\n${JSON.stringify(results)}`);
}

main().catch((error: unknown) => {
  process.stderr.write(String(error instanceof Error ? error.stack : error));
  process.exitCode = 1;
});
