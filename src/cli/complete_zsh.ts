/**
 * zsh completion: the command tree, options with descriptions and option
 * values as associative arrays, and one `_openstack` function that walks the
 * words typed so far. Works sourced after compinit and as a `_openstack` file
 * on $fpath.
 */
import { commandTree, type CompletionModel, type OptionInfo } from "./complete_model.ts";

const quote = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`;
/** _describe's "name:description"; a colon in the name is escaped. */
const entry = (name: string, help: string) =>
  help ? `${name.replaceAll(":", "\\:")}:${help}` : name.replaceAll(":", "\\:");

/** "_" stands for the top level (no command yet) and for global options. */
const TOP = "_";

function assoc(name: string, pairs: [string, string][]): string {
  return `${name}=(\n${pairs.map(([k, v]) => `  ${quote(k)} ${quote(v)}\n`).join("")})\n`;
}

function optionEntries(options: readonly OptionInfo[]): string {
  return options.flatMap((o) => o.names.map((n) => entry(n, o.help))).join("\n");
}

export function zshScript(model: CompletionModel): string {
  const fn = `_${model.name.replaceAll("-", "_").replaceAll(" ", "_")}`;
  const v = `${fn}_data`;
  const tree = commandTree(model);
  const words: [string, string][] = [...tree].map(([parent, children]) => [
    parent || TOP,
    [...children].sort(([a], [b]) => (a < b ? -1 : 1)).map(([w, s]) => entry(w, s)).join("\n"),
  ]);
  const opts: [string, string][] = [[TOP, optionEntries(model.globals)]];
  const args: [string, string][] = [];
  const vals: [string, string][] = [];
  const files = new Set<string>();
  const add = (key: string, options: readonly OptionInfo[]) => {
    const taking = options.filter((o) => o.takesValue);
    if (taking.length) args.push([key, ` ${taking.flatMap((o) => o.names).join(" ")} `]);
    for (const o of taking) {
      if (o.value === "file") { for (const n of o.names) files.add(n); }
      if (o.choices) { for (const n of o.names) vals.push([`${key} ${n}`, o.choices.join(" ")]); }
    }
  };
  add(TOP, model.globals);
  for (const c of model.commands) {
    opts.push([c.id, optionEntries(c.options)]);
    add(c.id, c.options);
  }
  return `#compdef ${model.name}
# zsh completion for ${model.name}: \`source <(${model.name} complete --shell zsh)\` after compinit,
# or save it as ${fn} in a directory on $fpath.

typeset -gA ${v}_words ${v}_opts ${v}_args ${v}_vals
${assoc(`${v}_words`, words)}${assoc(`${v}_opts`, opts)}${assoc(`${v}_args`, args)}${
    assoc(`${v}_vals`, vals)
  }typeset -g ${v}_files=${quote(` ${[...files].join(" ")} `)}

${fn}() {
  local cmd="" w key valopt="" cur="\${words[CURRENT]}"
  local -a cands
  local i
  for (( i = 2; i < CURRENT; i++ )); do
    w="\${words[i]}"
    if [[ $w == -* ]]; then
      [[ $w == *=* ]] && continue
      if [[ "\${${v}_args[${TOP}]}\${${v}_args[\${cmd:-${TOP}}]}" == *" $w "* ]]; then
        (( i + 1 == CURRENT )) && valopt="$w"
        (( i++ ))
      fi
      continue
    fi
    # help <command words>
    [[ -z $cmd && $w == help ]] && continue
    key="\${cmd:+$cmd }$w"
    (( \${+${v}_opts[$key]} || \${+${v}_words[$key]} )) && cmd="$key"
  done
  if [[ -z $valopt && $cur == --*=* ]]; then
    w="\${cur%%=*}"
    if [[ "\${${v}_args[${TOP}]}\${${v}_args[\${cmd:-${TOP}}]}" == *" $w "* ]]; then
      valopt="$w"
      compset -P '*='
    fi
  fi
  if [[ -n $valopt ]]; then
    if [[ $valopt == --os-cloud ]]; then
      cands=( \${(f)"$(\${~words[1]} complete --cloud-names 2>/dev/null)"} )
      compadd -a cands
      return
    fi
    key="\${cmd:-${TOP}} $valopt"
    (( \${+${v}_vals[$key]} )) || key="${TOP} $valopt"
    if (( \${+${v}_vals[$key]} )); then
      cands=( \${=${v}_vals[$key]} )
      compadd -a cands
    elif [[ "\${${v}_files}" == *" $valopt "* ]]; then
      _files
    else
      return 1
    fi
    return
  fi
  if [[ $cur == -* ]]; then
    cands=( \${(f)${v}_opts[\${cmd:-${TOP}}]} )
    # global options: before any command, or spelled --os-...
    [[ -n $cmd && $cur == --os* ]] && cands+=( \${(f)${v}_opts[${TOP}]} )
    _describe -t options option cands
    return
  fi
  if (( \${+${v}_words[\${cmd:-${TOP}}]} )); then
    cands=( \${(f)${v}_words[\${cmd:-${TOP}}]} )
    _describe -t commands command cands
    return
  fi
  _files
}

if [[ \${funcstack[1]} == ${fn} ]]; then
  ${fn} "$@"
else
  compdef ${fn} ${model.name}
fi
`;
}
