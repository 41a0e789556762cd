/**
 * `smart-goals <command>`: the local command line. Each command lives in its
 * own module and registers here.
 */
import { t } from '../../core/messages/cli';
import type { Lang } from '../../core/types';

export interface CliCommand {
  summary: string;
  usage: string;
  /** The usage in the language `--lang` asks for, where the command's help is in the FR/EN catalog. */
  help?: (lang: Lang) => string;
  /** The summary in that language (`smart-goals --help --lang fr`). */
  summaryIn?: (lang: Lang) => string;
  run(argv: string[]): Promise<number>;
}

/** Command table: add a line per command. */
const COMMANDS: Record<string, () => Promise<CliCommand>> = {
  analyze: async () => (await import('./analyze')).command,
  assess: async () => (await import('./assess')).command,
  report: async () => (await import('./report')).command,
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  // The help's language: `--lang fr` anywhere after it (surf64: the command list and assess's and report's usages were English only).
  const lang: Lang = argv[argv.indexOf('--lang') + 1] === 'fr' ? 'fr' : 'en';
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    const lines = [t(lang, 'cli.help.usage'), '', t(lang, 'cli.help.commands')];
    for (const [cmd, load] of Object.entries(COMMANDS)) {
      const command = await load();
      lines.push(`  ${cmd.padEnd(10)} ${command.summaryIn ? command.summaryIn(lang) : command.summary}`);
    }
    lines.push('', t(lang, 'cli.help.more'));
    console.log(lines.join('\n'));
    return name ? 0 : 1;
  }
  const load = COMMANDS[name];
  if (!load) {
    console.error(t(lang, 'cli.help.unknown', { name }));
    return 2;
  }
  const command = await load();
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(command.help ? command.help(lang) : command.usage);
    return 0;
  }
  return command.run(rest);
}
