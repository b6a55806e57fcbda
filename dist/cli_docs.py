#!/usr/bin/env python3
"""Writes podium-cli's per-command man page section and its bash completion
from the built podium-cli's own --help texts, so both always say what the
program does: `podium-cli --help` names the commands, `podium-cli COMMAND
--help` their options and arguments.

Usage: cli_docs.py PODIUM_CLI MAN_INCLUDE.h2m COMPLETION.bash
"""
import os
import re
import subprocess
import sys

# QCommandLineParser wraps its help at this width, inside words when it must.
HELP_WIDTH = 79
COMMAND_LINE = re.compile(r"^  ([a-z-]+(?: [a-z-]+)?)  +(\S.*)$")
OPTION_LINE = re.compile(r"^  ((?:-[A-Za-z], )?--[a-z0-9-]+)(?: <([^>]+)>)?(?:  +(\S.*))?$")
ARGUMENT_LINE = re.compile(r"^  (\S+)(?: +(\S.*))?$")


def help_text(cli, args):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8", LANG="C.UTF-8")
    return subprocess.run([cli, *args, "--help"], check=True, capture_output=True,
                          text=True, env=env).stdout


def commands(cli):
    """(name, summary) of every command, as `podium-cli --help` lists them."""
    found, inside = [], False
    for line in help_text(cli, []).splitlines():
        if line == "Commands:":
            inside = True
        elif inside and not line.strip():
            break
        elif inside and (m := COMMAND_LINE.match(line)):
            found.append((m.group(1), m.group(2)))
    if not found:
        sys.exit(f"{cli} --help lists no commands")
    return found


class Entry:
    """One option or argument of a command: its names, value and text."""

    def __init__(self, names, value, text, line):
        self.names, self.value, self.text = names, value, text or ""
        self.last_line, self.last_piece = line, self.text

    def continue_with(self, line):
        # QCommandLineParser cuts a line inside a word only when it has no space
        # to break at: then the line is full and its text one word.
        piece = line.strip()
        cut = len(self.last_line) >= HELP_WIDTH and " " not in self.last_piece.strip()
        self.text = f"{self.text}{'' if cut else ' '}{piece}" if self.text else piece
        self.last_line, self.last_piece = line, piece


class CommandHelp:
    def __init__(self, name, text):
        self.name = name
        self.usage = ""
        self.description = []
        self.options, self.arguments = [], []
        section = None
        for line in text.splitlines():
            if line.startswith("Usage: "):
                self.usage = line[len("Usage: "):]
                section = "description"
            elif line in ("Options:", "Arguments:"):
                section = line
            elif not line.strip():
                continue
            elif section == "description":
                self.description.append(line.strip())
            elif section in ("Options:", "Arguments:"):
                entries = self.options if section == "Options:" else self.arguments
                m = OPTION_LINE.match(line) if section == "Options:" else ARGUMENT_LINE.match(line)
                if m and not line.startswith("   "):
                    if section == "Options:":
                        entries.append(Entry(m.group(1).split(", "), m.group(2), m.group(3), line))
                    else:
                        entries.append(Entry([m.group(1)], None, m.group(2), line))
                elif entries:
                    entries[-1].continue_with(line)
        self.options = [o for o in self.options if "--help" not in o.names]


def roff(text):
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return "\\&" + text if text[:1] in (".", "'") else text


def man_include(helps):
    lines = ["[COMMANDS]"]
    for h in helps:
        lines.append(f'.SS "{roff(h.usage)}"')
        lines.extend(roff(d) for d in h.description)
        for o in h.options:
            value = f" \\fI{roff(o.value)}\\fR" if o.value else ""
            lines += [".TP", ", ".join(f"\\fB{roff(n)}\\fR" for n in o.names) + value, roff(o.text)]
        for a in h.arguments:
            lines += [".TP", f"\\fI{roff(a.names[0])}\\fR", roff(a.text)]
    return "\n".join(lines) + "\n"


def shell_words(words):
    return " ".join(sorted(set(words)))


def completion(helps):
    first_words = shell_words(h.name.split()[0] for h in helps)
    groups = sorted({h.name.split()[0] for h in helps if " " in h.name})
    out = [
        "# bash completion for podium-cli. Generated at build time by dist/cli_docs.py",
        "# from podium-cli's --help texts: do not edit.",
        "",
        "_podium_cli_subcommands()",
        "{",
        '    case "$1" in',
    ]
    for g in groups:
        subs = shell_words(h.name.split()[1] for h in helps if h.name.startswith(g + " "))
        out.append(f'        {g}) echo "{subs}" ;;')
    out += ["    esac", "}", "", "# The options of a command, then those that take a value.",
            "_podium_cli_options()", "{", '    case "$1" in']
    for h in helps:
        names = [n for o in h.options for n in o.names] + ["--help"]
        out.append(f'        "{h.name}") echo "{shell_words(names)}" ;;')
    out += ["    esac", "}", "", "_podium_cli_value()", "{", '    case "$1 $2" in']
    for h in helps:
        for o in h.options:
            if not o.value:
                continue
            pattern = "|".join(f'"{h.name} {n}"' for n in o.names)
            if "|" in o.value:  # <on|off>: the choices themselves
                action = f'COMPREPLY=($(compgen -W "{o.value.replace("|", " ")}" -- "$3"))'
            elif re.search(r"\.|^(OUT|IN|FILE|DIR)", o.value):
                action = "_filedir"
            else:
                action = "COMPREPLY=()"
            out.append(f"        {pattern}) {action} ;;")
    out += [
        "        *) return 1 ;;",
        "    esac",
        "}",
        "",
        "_podium_cli()",
        "{",
        "    local cur prev words cword",
        "    _init_completion || return",
        "    if ((cword == 1)); then",
        f'        COMPREPLY=($(compgen -W "{first_words} --help --version" -- "$cur"))',
        "        return",
        "    fi",
        '    local command=${words[1]} subcommands',
        '    subcommands=$(_podium_cli_subcommands "$command")',
        '    if [[ -n $subcommands ]]; then',
        "        if ((cword == 2)); then",
        '            COMPREPLY=($(compgen -W "$subcommands" -- "$cur"))',
        "            return",
        "        fi",
        '        command+=" ${words[2]}"',
        "    fi",
        '    _podium_cli_value "$command" "$prev" "$cur" && return',
        '    if [[ $cur == -* ]]; then',
        '        COMPREPLY=($(compgen -W "$(_podium_cli_options "$command")" -- "$cur"))',
        "    else",
        "        _filedir",
        "    fi",
        "} &&",
        "    complete -F _podium_cli podium-cli",
    ]
    return "\n".join(out) + "\n"


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    cli, man_path, bash_path = sys.argv[1:]
    helps = [CommandHelp(name, help_text(cli, name.split())) for name, _ in commands(cli)]
    for path, text in ((man_path, man_include(helps)), (bash_path, completion(helps))):
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
