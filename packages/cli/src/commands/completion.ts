// latchkey completion bash|zsh|fish: shell completion generated from the command tree itself.
import type { Command, CommandUnknownOpts } from '@commander-js/extra-typings';
import { examples, oneOf } from '../command.ts';

/** Every command path ("" for the root, "user key" …) with the words that may follow it. */
export function completionTable(root: Command): Map<string, string[]> {
  const table = new Map<string, string[]>();
  const walk = (command: CommandUnknownOpts, path: string[]) => {
    const words = [
      ...command.commands.map((c) => c.name()),
      ...command.options
        .filter((o) => !o.hidden)
        .flatMap((o) => [o.long, o.short].filter((w): w is string => !!w)),
      '--help',
    ];
    table.set(path.join(' '), words);
    for (const child of command.commands) walk(child, [...path, child.name()]);
  };
  walk(root, []);
  return table;
}

const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

function bash(table: Map<string, string[]>): string {
  const cases = [...table]
    .map(([path, words]) => `    ${quote(path)}) words=${quote(words.join(' '))} ;;`)
    .join('\n');
  return `# latchkey completion for bash: eval "$(latchkey completion bash)"
_latchkey() {
  local path="" word words i
  for ((i = 1; i < COMP_CWORD; i++)); do
    word="\${COMP_WORDS[i]}"
    [[ "$word" == -* ]] && continue
    case "\${path:+$path }$word" in
${[...table.keys()]
  .filter(Boolean)
  .map((p) => `      ${quote(p)}) path=${quote(p)} ;;`)
  .join('\n')}
    esac
  done
  case "$path" in
${cases}
  esac
  COMPREPLY=($(compgen -W "$words" -- "\${COMP_WORDS[COMP_CWORD]}"))
}
complete -o default -F _latchkey latchkey
`;
}

function zsh(table: Map<string, string[]>): string {
  return `#compdef latchkey
# latchkey completion for zsh: eval "$(latchkey completion zsh)"
autoload -U bashcompinit && bashcompinit
${bash(table).replace(/^# .*\n/, '')}`;
}

function fish(table: Map<string, string[]>): string {
  const lines = [
    '# latchkey completion for fish: latchkey completion fish | source',
    'complete -c latchkey -f',
  ];
  for (const [path, words] of table) {
    const subs = words.filter((w) => !w.startsWith('-'));
    const condition =
      path === '' ? '__fish_use_subcommand' : `__fish_seen_subcommand_from ${path.split(' ').at(-1)}`;
    if (subs.length > 0)
      lines.push(`complete -c latchkey -n ${quote(condition)} -a ${quote(subs.join(' '))}`);
    for (const option of words.filter((w) => w.startsWith('--')))
      lines.push(`complete -c latchkey -n ${quote(condition)} -l ${option.slice(2)}`);
  }
  return `${lines.join('\n')}\n`;
}

export function addCompletionCommand(program: Command): void {
  examples(
    program
      .command('completion')
      .description('Print a completion script for bash, zsh or fish')
      .argument('<shell>', 'bash, zsh or fish', oneOf('bash', 'zsh', 'fish'))
      .action((shell: 'bash' | 'zsh' | 'fish') => {
        const table = completionTable(program);
        process.stdout.write({ bash, zsh, fish }[shell](table));
      }),
    'eval "$(latchkey completion bash)"',
    'latchkey completion fish > ~/.config/fish/completions/latchkey.fish',
  );
}
