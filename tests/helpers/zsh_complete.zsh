# zsh -f zsh_complete.zsh SCRIPT LINE...
#
# Completes each LINE as if TAB were pressed at its end, in one interactive
# zsh in a pseudo-terminal with compinit and SCRIPT loaded: zsh's own
# completion system runs, and the candidates it adds are printed, one per
# line, sorted, each LINE's followed by a line "---".
zmodload zsh/zpty || exit 3
script=$1
shift
out=$(mktemp) || exit 3
zpty -b comp zsh -f -i || exit 3
send() { zpty -w comp "$1" }
send "PS1=''; RPS1=''; unsetopt zle_bracketed_paste 2>/dev/null; setopt no_beep"
send "autoload -Uz compinit && compinit -u -D"
send "source ${(q)script}"
# Every candidate added goes to the out file; calls that only ask (-O, -A, -D) pass through.
send "compadd() { if [[ \${@[1,(i)(-|--)]} == *-(O|A|D)\\ * ]]; then builtin compadd \"\$@\"; return; fi; local -a __hits; builtin compadd -O __hits \"\$@\"; (( \$#__hits )) && print -rl -- \$__hits >> ${(q)out}; builtin compadd \"\$@\"; }"
# A marker after each completion; zsh empties comppostfuncs before calling them, so it re-arms.
send "__done() { print -r -- __DONE__ >> ${(q)out}; comppostfuncs=(__done) }; comppostfuncs=(__done)"
for line in "$@"; do
  : > $out
  zpty -w -n comp "$line"$'\t'
  integer tries=0
  until grep -q '^__DONE__$' $out 2>/dev/null; do
    # read what the terminal shows, or zsh blocks once the pty's buffer is full
    while zpty -r -t comp __chunk; do :; done
    (( ++tries > 1200 )) && { print -u2 "zsh completion of '$line' did not finish"; zpty -d comp; rm -f $out; exit 4 }
    sleep 0.05
  done
  grep -v '^__DONE__$' $out | sort -u
  print -r -- ---
  # Ctrl-U: clear the line for the next one
  zpty -w -n comp $'\x15'
  while zpty -r -t comp __chunk; do :; done
done
zpty -d comp
rm -f $out
