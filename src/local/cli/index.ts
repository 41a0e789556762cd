/**
 * `smart-goals <command>`: the local command line. Each command lives in its
 * own module and registers here.
 */
import { COMMAND_OPTIONS, optionsLang } from './io';
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

const OPTIONS = Object.values(COMMAND_OPTIONS);
/** Options that take no value, wherever they stand. */
const FLAGS = new Set(['--help', '-h', ...OPTIONS.flatMap((o) => o.flags.map((flag) => `--${flag}`))]);
/** The commands' value options (io's one table): before the command, only these take the next word (mend65f: `--jsn analyze "…"` took the goal for its value). */
const VALUED = new Set<string>(OPTIONS.flatMap((o) => o.values));

/**
 * Where the command stands: the first word that is neither an option nor an option's value (surf65: `smart-goals --locale
 * fr_FR assess --help` took « --locale » for the command and listed the commands); -1 when there is none; an option no
 * command knows before it, its name (mend65f: « Commande inconnue « x.xlsx » » for `--inplace report x.xlsx`). A value is
 * the next word unless it starts with `--`, as parseArgs reads it (`--target -0.05`).
 */
function commandIndex(argv: readonly string[]): number | string {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('-')) return i;
    if (FLAGS.has(arg)) continue;
    const name = arg.replace(/^--?/, '').split('=')[0];
    if (!VALUED.has(name)) return name;
    if (!arg.includes('=') && !(argv[i + 1] ?? '--').startsWith('--')) i++;
  }
  return -1;
}

export async function main(argv: string[]): Promise<number> {
  const at = commandIndex(argv);
  const name = typeof at === 'number' ? argv[at] : undefined;
  // The options before the command are its own, as if written after it (`--lang fr analyze …`).
  const rest = argv.filter((_, i) => i !== at);
  // The help's language: `--lang fr` (or `--lang=fr`) anywhere, else --locale's as every command takes it (surf64: the
  // usages were English only; mend64f: `--help --locale fr_FR` was English).
  const option = (key: string): string | undefined => (argv.includes(key) ? argv[argv.indexOf(key) + 1] : argv.find((a) => a.startsWith(`${key}=`))?.slice(key.length + 1));
  const asked = { lang: option('--lang'), locale: option('--locale') };
  const lang: Lang = optionsLang(Object.fromEntries(Object.entries(asked).filter((entry): entry is [string, string] => entry[1] !== undefined)));
  const helped = argv.includes('--help') || argv.includes('-h');
  if (typeof at === 'string') {
    console.error(t(lang, 'cli.unknownOption', { name: at }));
    return 2;
  }
  // No command (`--lang fr --help`, mend64f: « Commande inconnue «  --lang  » »), or `help`: the command list.
  if (name === undefined || name === 'help') {
    const lines = [t(lang, 'cli.help.usage'), '', t(lang, 'cli.help.commands')];
    for (const [cmd, load] of Object.entries(COMMANDS)) {
      const command = await load();
      lines.push(`  ${cmd.padEnd(10)} ${command.summaryIn ? command.summaryIn(lang) : command.summary}`);
    }
    lines.push('', t(lang, 'cli.help.more'));
    console.log(lines.join('\n'));
    return argv.length > 0 && (helped || name === 'help') ? 0 : 1;
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
