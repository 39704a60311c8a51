# fish completion for lkjip: its commands, options, the values of options with a fixed set, file
# names, and the figures of `lkjip explain FILE` (from `lkjip explain FILE --list`).
# Installed as PREFIX/share/fish/vendor_completions.d/lkjip.fish; tests/install/cli_sync.py checks
# that it names every command and long option of the binary.

set -l commands compute explain check trend init convert help version
set -l formats text csv tsv json markdown xlsx html
set -l tables iku klasifikasi pengukuran perubahan-target periode tren tren-capaian renstra-iku \
    renstra-program renstra-tahunan pembanding anggaran anggaran-periode anggaran-kas \
    perubahan-anggaran alokasi kinerja-anggaran-sasaran kinerja-anggaran-program \
    efisiensi-sasaran efisiensi-program sdm-sasaran sdm-program sarpras efisiensi-sarpras sakip \
    pohon-kinerja
set -l periods year q1 q2 q3 q4 m1 m2 m3 m4 m5 m6 m7 m8 m9 m10 m11 m12

# The data file named after `explain`, and its figures.
function __fish_lkjip_figures
    set -l tokens (commandline -opc)
    set -l file
    set -l skip 1
    for token in $tokens[2..-1]
        if test $skip -eq 1
            set skip 0
            continue # the command
        end
        switch $token
            case --period
                set skip 1
            case '-*'
            case '*'
                set file $token
                break
        end
    end
    test -n "$file"; and $tokens[1] explain $file --list 2>/dev/null
end

# Directories, JSON files and workbooks.
function __fish_lkjip_data_files
    set -l token (commandline -ct)
    for path in $token*
        if test -d $path
            echo $path/
        else if string match -qr '\.(json|xlsx|JSON|XLSX)$' -- $path
            echo $path
        end
    end
end

complete -c lkjip -f
set -l none "not __fish_seen_subcommand_from $commands"
complete -c lkjip -n $none -s h -l help -d 'Print the help and exit'
complete -c lkjip -n $none -l version -d 'Print the version and exit'
complete -c lkjip -n $none -a compute -d 'Compute the tables of chapter III, or a roll-up'
complete -c lkjip -n $none -a explain -d 'Explain how each figure named was computed'
complete -c lkjip -n $none -a check -d 'Check every figure a report prints'
complete -c lkjip -n $none -a trend -d 'One unit across its yearly files'
complete -c lkjip -n $none -a init -d 'Write an input workbook to fill in'
complete -c lkjip -n $none -a convert -d 'Convert a data file between JSON and the workbook'
complete -c lkjip -n $none -a help -d 'Show the help of lkjip or of one command'
complete -c lkjip -n $none -a version -d 'Show the version and the build'
complete -c lkjip -n "__fish_seen_subcommand_from help" -x -a "$commands"

complete -c lkjip -n "__fish_seen_subcommand_from $commands" -s h -l help -d 'Print the help and exit'

# compute and trend: the output options.
set -l output "__fish_seen_subcommand_from compute trend"
complete -c lkjip -n $output -s O -s f -l output-format -l format -x -a "$formats" -d 'Output format'
complete -c lkjip -n $output -s o -l output -r -F -d 'Write to this file instead of stdout'
complete -c lkjip -n $output -l locale -x -a 'c id' -d 'csv and tsv: decimal mark and separator'
complete -c lkjip -n $output -l header -x -a 'keys labels' -d 'csv and tsv: keys for scripts, titles for people'
complete -c lkjip -n $output -l color -x -a 'auto always never' -d 'Bold titles and totals'
complete -c lkjip -n "__fish_seen_subcommand_from compute trend explain check init convert help version" -l lang -x \
    -a 'id en' -d 'Language: Indonesian or English'
complete -c lkjip -n "__fish_seen_subcommand_from compute" -s t -l table -x -a "$tables" \
    -d 'Print only this table'
complete -c lkjip -n "__fish_seen_subcommand_from compute check trend" -s j -l jobs -x \
    -d 'Files read at once'
complete -c lkjip -n "__fish_seen_subcommand_from compute explain check" -l period -x \
    -a "$periods" -d 'The part of the year the report covers'
complete -c lkjip -n "__fish_seen_subcommand_from compute check trend explain convert" -k \
    -a '(__fish_lkjip_data_files)'

# explain
complete -c lkjip -n "__fish_seen_subcommand_from explain" -s l -l list \
    -d 'List the names of every figure'
complete -c lkjip -n "__fish_seen_subcommand_from explain" -a '(__fish_lkjip_figures)'

# check
complete -c lkjip -n "__fish_seen_subcommand_from check" -s f -l format -x -a 'text json' \
    -d 'Findings as text or JSON'
complete -c lkjip -n "__fish_seen_subcommand_from check" -l strict -d 'Warnings fail the check too'
complete -c lkjip -n "__fish_seen_subcommand_from compute" -l strict -d 'A warning fails the command'

# init and convert
complete -c lkjip -n "__fish_seen_subcommand_from init convert" -s o -l output -r -F \
    -d 'The file to write'
complete -c lkjip -n "__fish_seen_subcommand_from init" -l example \
    -d 'Fill it with the example report'
complete -c lkjip -n "__fish_seen_subcommand_from init convert" -l force \
    -d 'Replace the file if it exists'
