# bash completion for lkjip: its commands, options, the values of options with a fixed set, file
# names, and the figures of `lkjip explain FILE` (from `lkjip explain FILE --list`).
# Installed as PREFIX/share/bash-completion/completions/lkjip; tests/install/cli_sync.py checks
# that it names every command and long option of the binary.

_lkjip() {
  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}
  local commands="compute explain check trend init convert help version"
  local formats="text csv tsv json markdown xlsx html"
  local tables="iku klasifikasi pengukuran perubahan-target periode tren tren-capaian
    renstra-iku renstra-program renstra-tahunan pembanding anggaran anggaran-periode anggaran-kas
    perubahan-anggaran alokasi kinerja-anggaran-sasaran kinerja-anggaran-program efisiensi-sasaran
    efisiensi-program sdm-sasaran sdm-program sarpras efisiensi-sarpras sakip pohon-kinerja"
  local periods="year q1 q2 q3 q4 m1 m2 m3 m4 m5 m6 m7 m8 m9 m10 m11 m12"
  local output="-O --output-format -f --format -o --output --locale --header --color --lang"

  # The command: the first word that is not an option (lkjip has no option taking a value before
  # its command).
  local i command="" files=()
  for ((i = 1; i < COMP_CWORD; i++)); do
    case ${COMP_WORDS[i]} in
      -* | =) ;;
      *)
        if [[ -z $command ]]; then
          command=${COMP_WORDS[i]}
        elif [[ ${COMP_WORDS[i - 1]} != -* && ${COMP_WORDS[i - 1]} != "=" ]]; then
          files+=("${COMP_WORDS[i]}")
        fi
        ;;
    esac
  done

  # --option=value is completed as --option value (bash splits the words at "=").
  local option=$prev
  if [[ $prev == "=" && COMP_CWORD -ge 2 ]]; then
    option=${COMP_WORDS[COMP_CWORD - 2]}
  elif [[ $cur == --*=* ]]; then
    option=${cur%%=*}
    cur=${cur#*=}
  fi

  local values=""
  case $option in
    -O | --output-format | -f | --format)
      if [[ $command == check ]]; then values="text json"; else values=$formats; fi
      ;;
    --locale) values="c id" ;;
    --header) values="keys labels" ;;
    --color) values="auto always never" ;;
    --lang) values="id en" ;;
    -t | --table) values=$tables ;;
    --period) values=$periods ;;
    -j | --jobs)
      COMPREPLY=()
      return
      ;;
    -o | --output)
      compopt -o filenames 2>/dev/null
      COMPREPLY=($(compgen -f -- "$cur"))
      return
      ;;
  esac
  if [[ -n $values ]]; then
    COMPREPLY=($(compgen -W "$values" -- "$cur"))
    return
  fi

  local options
  case $command in
    "")
      if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "-h --help --version" -- "$cur"))
      else
        COMPREPLY=($(compgen -W "$commands" -- "$cur"))
      fi
      return
      ;;
    compute) options="-h --help $output -t --table -j --jobs --period --strict" ;;
    explain) options="-h --help -l --list --period --lang" ;;
    check) options="-h --help -f --format --strict --lang --period -j --jobs" ;;
    trend) options="-h --help $output -j --jobs" ;;
    init) options="-h --help -o --output --example --force --lang" ;;
    convert) options="-h --help -o --output --force --lang" ;;
    help)
      options="-h --help --lang"
      if [[ $cur != -* ]]; then
        [[ ${#files[@]} -eq 0 ]] && COMPREPLY=($(compgen -W "$commands" -- "$cur"))
        return
      fi
      ;;
    version) options="-h --help --lang" ;;
    *) return ;;
  esac
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$options" -- "$cur"))
    return
  fi
  # explain FILE FIGURE...: the figures the file has.
  if [[ $command == explain && ${#files[@]} -ge 1 ]]; then
    COMPREPLY=($(compgen -W "$("${COMP_WORDS[0]}" explain "${files[0]}" --list 2>/dev/null)" \
      -- "$cur"))
    return
  fi
  [[ $command == init ]] && return
  # Data files: JSON, workbooks and directories.
  compopt -o filenames 2>/dev/null
  COMPREPLY=($(compgen -d -- "$cur") $(compgen -f -X '!*.json' -- "$cur")
    $(compgen -f -X '!*.xlsx' -- "$cur"))
} && complete -F _lkjip lkjip
