/**
 * `smart-goals <command>`: the local command line. Each command lives in its
 * own module and registers here.
 */
import { langFromLocale, requestLang } from '../../core/messages/translate';
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
  // The help's language: `--lang fr` (or `--lang=fr`) anywhere, else --locale's as every command takes it (surf64: the
  // usages were English only; mend64f: `--help --locale fr_FR` was English).
  const option = (key: string): string | undefined => (argv.includes(key) ? argv[argv.indexOf(key) + 1] : argv.find((a) => a.startsWith(`${key}=`))?.slice(key.length + 1));
  const lang: Lang = option('--lang') === undefined ? langFromLocale(option('--locale')) : (requestLang(option('--lang')) ?? 'en');
  const helped = argv.includes('--help') || argv.includes('-h');
  // An option before any command with --help anywhere (`--lang fr --help`, mend64f: « Commande inconnue «  --lang  » »): the command list.
  if (!name || name === 'help' || (name.startsWith('-') && helped)) {
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
  if (helped) {
    console.log(command.help ? command.help(lang) : command.usage);
    return 0;
  }
  return command.run(rest);
}
