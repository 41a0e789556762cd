/**
 * `smart-goals <command>`: the local command line. Each command lives in its
 * own module and registers here.
 */
import type { Lang } from '../../core/types';

export interface CliCommand {
  summary: string;
  usage: string;
  /** The usage in the language `--lang` asks for, where the command's help is in the FR/EN catalog. */
  help?: (lang: Lang) => string;
  run(argv: string[]): Promise<number>;
}

/** Command table: add a line per command. */
const COMMANDS: Record<string, () => Promise<CliCommand>> = {
  analyze: async () => (await import('./analyze')).command,
  assess: async () => (await import('./assess')).command,
  report: async () => (await import('./report')).command,
};

function help(): string {
  const lines = ['Usage: smart-goals <command> [options]', '', 'Commands:'];
  return lines.join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    const lines = [help()];
    for (const [cmd, load] of Object.entries(COMMANDS)) lines.push(`  ${cmd.padEnd(10)} ${(await load()).summary}`);
    lines.push('', 'Run "smart-goals <command> --help" for its options.');
    console.log(lines.join('\n'));
    return name ? 0 : 1;
  }
  const load = COMMANDS[name];
  if (!load) {
    console.error(`Unknown command "${name}". Run "smart-goals --help".`);
    return 2;
  }
  const command = await load();
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(command.help ? command.help(rest[rest.indexOf('--lang') + 1] === 'fr' ? 'fr' : 'en') : command.usage);
    return 0;
  }
  return command.run(rest);
}
