"""`lkjip explain FILE NAME...` of many figures in one run, cut back into one explanation per
name (explain_every_figure.py, workbook_same_output.py): one process instead of one per figure
(1 225 for the seed, far too slow under the sanitizers)."""
import subprocess


def explain_all(binary, data, names, *options):
    """The command's result and {name: its explanation's text, ending in a newline}."""
    result = subprocess.run([binary, "explain", data, *options, "--", *names],
                            capture_output=True, text=True)
    return result, split(result.stdout, names)


def split(text, names):
    """The explanations of `names`, in their order: each starts with "NAME = " or "NAME: " on a
    line of its own after a blank line (or the first line), and the blank line between two
    belongs to neither. A name that does not start where expected gets no entry."""
    blocks = {}
    lines = text.splitlines(keepends=True)
    starts = []
    position = 0
    for index, line in enumerate(lines):
        if position == len(names):
            break
        name = names[position]
        at_start = index == 0 or lines[index - 1] == "\n"
        if at_start and (line.startswith(name + " = ") or line.startswith(name + ": ")):
            starts.append(index)
            position += 1
    for number, start in enumerate(starts):
        end = starts[number + 1] - 1 if number + 1 < len(starts) else len(lines)
        blocks[names[number]] = "".join(lines[start:end])
    return blocks
