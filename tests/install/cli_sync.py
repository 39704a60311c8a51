#!/usr/bin/env python3
"""The man page and the shell completions keep up with the command line.

Everything is read from the binary, not from a list here: its commands from `lkjip --help`, each
command's options and the values of an option with a fixed set (`TEXT:{a,b,c}`) from
`lkjip COMMAND --help`. Then:
- each man page (English, and the Indonesian one) names every command in its COMMANDS (PERINTAH)
  section and every long option in OPTIONS (OPSI);
- each completion file names every command and long option (bash and zsh as `--name`, fish as
  `-l name`);
- each shell, running its completion file, completes: `lkjip ` to the commands, `lkjip COMMAND --`
  to at least every long option of the command, and `lkjip COMMAND --OPTION ` to exactly the
  option's set. bash through its completion function, fish through `complete -C`, zsh through
  a pseudo-terminal (zpty). A shell that is not installed is reported and its file only read.

With a data file, each shell also completes `lkjip explain DATA iku/` to the figures that
`lkjip explain DATA --list` names under iku/.

usage: cli_sync.py LKJIP MANPAGE[,MANPAGE...] BASH_FILE ZSH_FILE FISH_FILE [DATA]
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

from install_support import verdict

OPTION_LINE = re.compile(r"^\s+((?:--?[A-Za-z0-9][\w-]*,)*--?[A-Za-z0-9][\w-]*)(.*)$")
VALUE_SET = re.compile(r":\{([^}]*)\}")


def run_help(lkjip, *arguments):
    result = subprocess.run([lkjip, *arguments, "--help"], capture_output=True, text=True,
                            env={**os.environ, "NO_COLOR": "1"})
    return result.returncode, result.stdout


def options_of(help_text):
    """{long option: [values] or None} of one help text."""
    options = {}
    for line in help_text.splitlines():
        match = OPTION_LINE.match(line)
        if not match:
            continue
        names = match.group(1).split(",")
        values = VALUE_SET.search(match.group(2))
        for name in names:
            if name.startswith("--"):
                options[name] = values.group(1).split(",") if values else None
    return options


def read_cli(lkjip):
    """(top-level options, {command: {long option: values}})."""
    status, top = run_help(lkjip)
    if status != 0:
        sys.exit(f"FAIL: lkjip --help exited {status}")
    candidates = []
    for line in top.splitlines():
        match = re.match(r"^  ([a-z][a-z0-9-]*)(\s{2,}\S|$)", line)
        if match:
            candidates.append(match.group(1))
    commands = {}
    for candidate in candidates:
        status, text = run_help(lkjip, candidate)
        if status == 0 and text != top:  # a command, not a word of the help's prose
            commands[candidate] = options_of(text)
    if len(commands) < 2:
        sys.exit(f"FAIL: found too few commands in lkjip --help: {sorted(commands)}")
    return options_of(top), commands


def plain_roff(text):
    text = re.sub(r"\\f(\[[^]]*\]|.)", "", text)
    return text.replace("\\-", "-").replace("\\&", "").replace("\\(em", "-")


def section(roff, name):
    match = re.search(r"^\.SH \"?" + name + r"\"?\s*$(.*?)(?=^\.SH |\Z)", roff, re.M | re.S)
    return match.group(1) if match else ""


def word(name):
    return re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])")


def check_man(path, top_options, commands, failures):
    roff = plain_roff(open(path, encoding="utf-8").read())
    listed = section(roff, "COMMANDS") or section(roff, "PERINTAH")
    options = section(roff, "OPTIONS") or section(roff, "OPSI")
    if not listed or not options:
        failures.append(f"{path}: no COMMANDS/PERINTAH or no OPTIONS/OPSI section")
    for command in commands:
        if not re.search(r"^\.B " + re.escape(command) + r"\s*$", listed, re.M):
            failures.append(f"{path}: COMMANDS has no entry for `{command}` (.TP / .B {command})")
    for option in sorted(set(top_options).union(*commands.values())):
        if not word(option).search(options):
            failures.append(f"{path}: OPTIONS does not name {option}")


def check_file_names(path, shell, top_options, commands, failures):
    text = open(path, encoding="utf-8").read()
    for command in commands:
        if not word(command).search(text):
            failures.append(f"{path}: no command {command}")
    for option in sorted(set(top_options).union(*commands.values())):
        pattern = word(option) if shell != "fish" else re.compile(
            r"(?<![\w-])-l " + re.escape(option[2:]) + r"(?![\w-])")
        if not pattern.search(text):
            failures.append(f"{path}: does not name {option}")
    for options in commands.values():
        for option, values in options.items():
            for value in values or []:
                if not word(value).search(text):
                    failures.append(f"{path}: no value {value} of {option}")


def queries(lkjip, commands, data):
    """(words typed, expected completions, exact?) for every command, option and set."""
    result = [(["lkjip", ""], set(commands), True)]
    if data:
        listed = subprocess.run([lkjip, "explain", data, "--list"], capture_output=True,
                                text=True).stdout.split()
        figures = {figure for figure in listed if figure.startswith("iku/")}
        if not figures:
            sys.exit(f"FAIL: lkjip explain {data} --list names no figure of iku")
        result.append((["lkjip", "explain", data, "iku/"], figures, True))
    for command, options in commands.items():
        result.append((["lkjip", command, "--"], set(options), False))
        for option, values in options.items():
            if values:
                result.append((["lkjip", command, option, ""], set(values), True))
    return result


def run_bash(path, lkjip, asked):
    script = [f"source {shq(path)}", f"lkjip() {{ {shq(lkjip)} \"$@\"; }}"]
    for words, _, _ in asked:
        array = " ".join(shq(w) for w in words)
        script.append(f"COMP_WORDS=({array}); COMP_CWORD={len(words) - 1}; COMPREPLY=(); "
                      "_lkjip 2>/dev/null; printf '%s\\n' \"${COMPREPLY[@]}\"; echo @@END@@")
    return split_answers(run_shell(["bash", "--norc", "--noprofile", "-c", "\n".join(script)]))


def run_fish(path, lkjip, asked):
    script = [f"source {shq(path)}", f"function lkjip; {shq(lkjip)} $argv; end"]
    for words, _, _ in asked:
        line = " ".join(words)
        script.append(f"complete -C {shq(line)}; echo @@END@@")
    output = run_shell(["fish", "--no-config", "-c", "\n".join(script)])
    return [{line.split("\t")[0] for line in answer} for answer in split_answers(output)]


ZSH_CAPTURE = r"""
zmodload zsh/zpty || exit 3
zpty z zsh -f -i || exit 3
zpty -w z 'PROMPT=; RPROMPT=; unsetopt zle_bracketed_paste 2>/dev/null'
zpty -w z "fpath=(${(q)COMPLETIONS} \$fpath); autoload -U compinit"
zpty -w z "compinit -u -d ${(q)COMPLETIONS}/.zcompdump"
zpty -w z "lkjip() { ${(q)LKJIP} \"\$@\" }"
zpty -w z "zstyle ':completion:*' list-grouped false; zstyle ':completion:*' insert-tab false"
zpty -w z 'bindkey "^I" complete-word; __end() { print -r -- "@@""END@@" }; comppostfuncs=(__end)'
# compadd prints each match, and adds it (else _files would go on to offer every file).
zpty -w z 'compadd() {
  if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then builtin compadd "$@"; return $?; fi
  local -a __hits; builtin compadd -A __hits "$@"
  local __hit; for __hit in $__hits; do print -r -- "@@HIT@@$__hit"; done
  builtin compadd "$@"
}'
zpty -w z 'print -r -- @@READY@@'
while zpty -r z line; do [[ $line == *@@READY@@* && $line != *print* ]] && break; done
zpty -w z "$QUERY"$'\t'
# Until the end mark (a loaded machine may pause between lines), at most 20 s of silence.
zmodload zsh/zselect
integer idle=0
while true; do
  if zpty -r -t z line 2>/dev/null; then
    idle=0
    [[ $line == *@@END@@* && $line != *'"@@""END@@"'* ]] && break
    [[ $line == *@@HIT@@* ]] && print -r -- ${${${line##*@@HIT@@}%$'\n'}%$'\r'}
  elif (( ++idle > 400 )); then
    print -r -- @@TIMEOUT@@; break
  else
    zselect -t 5
  fi
done
zpty -d z
"""


def run_zsh(path, lkjip, asked):
    answers = []
    with tempfile.TemporaryDirectory() as directory:
        shutil.copy(path, os.path.join(directory, "_lkjip"))
        for words, _, _ in asked:
            env = {**os.environ, "COMPLETIONS": directory, "LKJIP": lkjip,
                   "QUERY": " ".join(words)}
            result = subprocess.run(["zsh", "-f", "-c", ZSH_CAPTURE], capture_output=True,
                                    text=True, env=env, timeout=30)
            if result.returncode == 3:
                return None  # no pseudo-terminal here
            if "@@TIMEOUT@@" in result.stdout:
                sys.exit(f"FAIL: zsh did not finish completing `{' '.join(words)}`")
            answers.append({line for line in result.stdout.splitlines() if line})
    return answers


def shq(text):
    return "'" + text.replace("'", "'\\''") + "'"


def run_shell(command):
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        sys.exit(f"FAIL: {command[0]} exited {result.returncode}: {result.stderr}")
    return result.stdout


def split_answers(output):
    answers, current = [], set()
    for line in output.splitlines():
        if line == "@@END@@":
            answers.append(current)
            current = set()
        elif line:
            current.add(line)
    return answers


def check_answers(shell, asked, answers, failures):
    if len(answers) != len(asked):
        failures.append(f"{shell}: {len(answers)} answers to {len(asked)} queries")
        return
    for (words, expected, exact), got in zip(asked, answers):
        typed = " ".join(words)
        missing = expected - got
        if missing:
            failures.append(f"{shell}: `{typed}` does not complete {sorted(missing)}")
        elif exact and got != expected:
            failures.append(f"{shell}: `{typed}` completes {sorted(got - expected)} too")


def main():
    if len(sys.argv) not in (6, 7):
        sys.exit(__doc__)
    lkjip, pages, bash_file, zsh_file, fish_file = sys.argv[1:6]
    data = os.path.abspath(sys.argv[6]) if len(sys.argv) == 7 else None
    lkjip = os.path.abspath(lkjip)
    top_options, commands = read_cli(lkjip)
    failures = []
    for page in pages.split(","):
        check_man(page, top_options, commands, failures)
    asked = queries(lkjip, commands, data)
    for shell, path, runner in (("bash", bash_file, run_bash), ("zsh", zsh_file, run_zsh),
                                ("fish", fish_file, run_fish)):
        check_file_names(path, shell, top_options, commands, failures)
        if shutil.which(shell) is None:
            print(f"note: {shell} is not installed: {path} was only read, not run")
            continue
        answers = runner(os.path.abspath(path), lkjip, asked)
        if answers is None:
            print(f"note: {shell} cannot run here (no pseudo-terminal): {path} was only read")
            continue
        check_answers(shell, asked, answers, failures)
    print(f"{len(commands)} commands ({', '.join(commands)}), "
          f"{len(set(top_options).union(*commands.values()))} long options, "
          f"{len(asked)} completions asked of each shell")
    return verdict(failures)


if __name__ == "__main__":
    sys.exit(main())
