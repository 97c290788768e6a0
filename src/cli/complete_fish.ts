/**
 * fish completion: one list variable per command word path (subcommands,
 * options, options taking values, choices), and one function that walks the
 * tokens typed so far and prints candidates with their descriptions.
 */
import { commandTree, type CompletionModel, type OptionInfo } from "./complete_model.ts";

const quote = (s: string) => `'${s.replaceAll("\\", "\\\\").replaceAll("'", "\\'")}'`;
const ident = (s: string) => s.replaceAll(" ", "_").replaceAll("-", "_");
/** A candidate and its description, as fish reads completions: "word<TAB>description". */
const entry = (name: string, help: string) => quote(help ? `${name}\t${help}` : name);

function list(name: string, items: readonly string[]): string {
  return `set -g ${name} ${items.join(" ")}\n`;
}

export function fishScript(model: CompletionModel): string {
  const p = `__${ident(model.name)}`;
  const out: string[] = [];
  const optionEntries = (options: readonly OptionInfo[]) =>
    options.flatMap((o) => o.names.map((n) => entry(n, o.help)));
  const files = new Set<string>();
  const add = (key: string, options: readonly OptionInfo[]) => {
    out.push(list(`${p}_opts_${key}`, optionEntries(options)));
    const taking = options.filter((o) => o.takesValue);
    if (taking.length) {
      out.push(list(`${p}_args_${key}`, taking.flatMap((o) => o.names.map(quote))));
    }
    for (const o of taking) {
      if (o.value === "file") { for (const n of o.names) files.add(n); }
      if (!o.choices) continue;
      for (const n of o.names) {
        out.push(list(`${p}_vals_${key}__${ident(n.replace(/^-+/, ""))}`, o.choices.map(quote)));
      }
    }
  };
  for (const [parent, children] of commandTree(model)) {
    const words = [...children].sort(([a], [b]) => (a < b ? -1 : 1));
    out.push(list(`${p}_words_${ident(parent)}`, words.map(([w, s]) => entry(w, s))));
  }
  add("", model.globals);
  for (const c of model.commands) add(ident(c.id), c.options);
  out.push(list(`${p}_files`, [...files].map(quote)));
  return `# fish completion for ${model.name}: \`${model.name} complete --shell fish | source\`,
# or save it as ~/.config/fish/completions/${model.name}.fish

${out.join("")}
function ${p}_complete
    set -l tokens (commandline -opc)
    set -l cur (commandline -ct)
    set -l cmd ''
    set -l valopt ''
    set -l n (count $tokens)
    set -l i 2
    while test $i -le $n
        set -l w $tokens[$i]
        if string match -q -- '-*' $w
            set -l av ${p}_args_$cmd
            if not string match -q -- '*=*' $w; and contains -- $w $${p}_args_ $$av
                test $i -eq $n; and set valopt $w
                set i (math $i + 1)
            end
        else if test -z "$cmd" -a "$w" = help
            # help <command words>
        else
            set -l next (string replace -a -- '-' '_' $w)
            test -n "$cmd"; and set next "$cmd"_$next
            if set -q ${p}_opts_$next; or set -q ${p}_words_$next
                set cmd $next
            end
        end
        set i (math $i + 1)
    end
    set -l prefix ''
    if test -z "$valopt"; and string match -q -- '--*=*' $cur
        set -l o (string split -m 1 -- '=' $cur)[1]
        set -l av ${p}_args_$cmd
        if contains -- $o $${p}_args_ $$av
            set valopt $o
            set prefix "$o="
            set cur (string split -m 1 -- '=' $cur)[2]
        end
    end
    if test -n "$valopt"
        if test "$valopt" = --os-cloud
            set -l prog (string replace -r -- '^~' $HOME $tokens[1])
            for c in ($prog complete --cloud-names 2>/dev/null)
                printf '%s%s\\n' $prefix $c
            end
            return
        end
        set -l key (string replace -a -- '-' '_' (string replace -r -- '^-+' '' $valopt))
        set -l vv ${p}_vals_"$cmd"__$key
        set -q $vv; or set vv ${p}_vals___$key
        if set -q $vv
            printf "$prefix%s\\n" $$vv
        else if contains -- $valopt $${p}_files
            __fish_complete_path $cur
        end
        return
    end
    if string match -q -- '-*' $cur
        set -l ov ${p}_opts_$cmd
        printf '%s\\n' $$ov
        # global options: before any command, or spelled --os-...
        if test -n "$cmd"; and string match -q -- '--os*' $cur
            printf '%s\\n' $${p}_opts_
        end
        return
    end
    set -l wv ${p}_words_$cmd
    if set -q $wv
        printf '%s\\n' $$wv
        return
    end
    __fish_complete_path $cur
end

complete -c ${model.name} -f -a '(${p}_complete)'
`;
}
