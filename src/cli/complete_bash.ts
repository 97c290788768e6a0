/**
 * Bash completion in the shape of the python client's (`cliff complete`): a
 * `_openstack` function holding `cmds` and `cmds_<words>` variables, bound
 * with `complete -F`. Beyond python's, it knows global options (anywhere on
 * the line), skips option values while finding the command, completes option
 * values (choices, `--os-cloud` names from clouds.yaml, file paths), and works
 * without the bash-completion package.
 */
import { commandTree, type CompletionModel, type OptionInfo } from "./complete_model.ts";

const ident = (words: string) => words.replaceAll(" ", "_").replaceAll("-", "_");
const quote = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`;
const bare = (name: string) => name.replace(/^-+/, "");

/** python's data lines: `cmds` and each `cmds_<words>`, sorted by name. */
export function bashData(model: CompletionModel): string {
  const tree = commandTree(model);
  const byId = new Map(model.commands.map((c) => [c.id, c]));
  const lines = new Map<string, string>();
  for (const [parent, children] of tree) {
    const words = [...children.keys()].sort();
    const own = byId.get(parent)?.options.flatMap((o) => o.names) ?? [];
    lines.set(parent, [...own, ...words].join(" "));
  }
  for (const c of model.commands) {
    if (!tree.has(c.id)) lines.set(c.id, c.options.flatMap((o) => o.names).join(" "));
  }
  const names = [...lines.keys()].sort((a, b) => {
    const x = a.replaceAll(" ", "_");
    const y = b.replaceAll(" ", "_");
    return x < y ? -1 : x > y ? 1 : 0;
  });
  return names.map((n) => `  ${n ? `cmds_${ident(n)}` : "cmds"}='${lines.get(n)}'\n`).join("");
}

/** Our extra data: options taking values, their choices, file-valued options. */
function valueData(model: CompletionModel): string {
  const out: string[] = [];
  const vars: [string, string][] = [];
  const paths = new Set<string>();
  const add = (prefix: string, options: readonly OptionInfo[]) => {
    const taking = options.filter((o) => o.takesValue);
    if (taking.length) vars.push([`args${prefix}`, taking.flatMap((o) => o.names).join(" ")]);
    for (const o of taking) {
      if (o.value === "file") { for (const n of o.names) paths.add(n); }
      if (!o.choices) continue;
      for (const n of o.names) vars.push([`vals${prefix}__${ident(bare(n))}`, o.choices.join(" ")]);
    }
  };
  add("", model.globals);
  for (const c of model.commands) add(`_${ident(c.id)}`, c.options);
  out.push(`  local opts=${quote(model.globals.flatMap((o) => o.names).join(" "))}\n`);
  out.push(`  local paths=${quote([...paths].join(" "))}\n`);
  for (const [k, v] of vars) out.push(`  local ${k}=${quote(v)}\n`);
  return out.join("");
}

export function bashScript(model: CompletionModel): string {
  const fn = `_${ident(model.name)}`;
  return `${fn}()
{
  local cur prev words cword
  COMPREPLY=()
  if declare -F _get_comp_words_by_ref >/dev/null ; then
    _get_comp_words_by_ref -n : cur prev words cword
  else
    words=("\${COMP_WORDS[@]}")
    cword=\${COMP_CWORD}
    cur="\${words[cword]}"
    prev="\${words[cword-1]}"
  fi

  # Command data:
${bashData(model)}
  # Options that take a value, their choices, and file-valued options:
${valueData(model)}
  local dash=- underscore=_ cmd="" proposed i var v valopt=""
  for (( i = 1; i < cword; i++ ))
  do
    var="\${words[i]}"
    if [[ \${var} == -* ]] ; then
      [[ \${var} == *=* ]] && continue
      v="args_\${cmd}"
      if [[ " \${args} \${!v} " == *" \${var} "* ]] ; then
        # --opt=value: bash splits at "=" (COMP_WORDBREAKS)
        if [[ \${words[i+1]} == = ]] ; then
          (( i++ ))
          [[ \${cur} == = ]] && cur=""
        fi
        (( i + 1 == cword || i == cword )) && valopt="\${var}"
        (( i++ ))
      fi
      continue
    fi
    # help <command words>
    [[ -z \${cmd} && \${var} == help ]] && continue
    if [ -z "\${cmd}" ] ; then
      proposed="\${var}"
    else
      proposed="\${cmd}_\${var}"
    fi
    proposed=\${proposed//$dash/$underscore}
    v="cmds_\${proposed}"
    [ -n "\${!v}" ] && cmd="\${proposed}"
  done

  if [ -n "\${valopt}" ] ; then
    if [[ \${valopt} == --os-cloud ]] ; then
      local prog="\${words[0]/#\\~/\${HOME}}"
      COMPREPLY=( $(compgen -W "$("\${prog:-${model.name}}" complete --cloud-names 2>/dev/null)" -- "\${cur}") )
      return 0
    fi
    local key="\${valopt#-}"
    key="\${key#-}"
    key="\${key//$dash/$underscore}"
    v="vals_\${cmd}__\${key}"
    [ -z "\${!v}" ] && v="vals__\${key}"
    if [ -n "\${!v}" ] ; then
      COMPREPLY=( $(compgen -W "\${!v}" -- "\${cur}") )
    elif [[ " \${paths} " == *" \${valopt} "* ]] ; then
      COMPREPLY=( $(compgen -f -- "\${cur}") )
    fi
    return 0
  fi

  local completed="" w
  if [ -z "\${cmd}" ] ; then
    v="cmds"
  else
    v="cmds_\${cmd}"
  fi
  for w in \${!v}
  do
    if [[ \${cur} == -* ]] ; then
      [[ \${w} == -* ]] && completed="\${completed} \${w}"
    else
      [[ \${w} != -* ]] && completed="\${completed} \${w}"
    fi
  done
  # global options: before any command, or spelled --os-...
  if [[ \${cur} == -* && ( -z \${cmd} || \${cur} == --os* ) ]] ; then
    completed="\${completed} \${opts}"
  fi

  if [ -z "\${completed}" ] ; then
    COMPREPLY=( $( compgen -f -- "$cur" ) )
  else
    COMPREPLY=( $(compgen -W "\${completed}" -- \${cur}) )
  fi
  return 0
}
complete -F ${fn} ${model.name}
`;
}
