#!/usr/bin/env python3
"""One name per concept (issue 14): the scripted rename, applied once, no behaviour change.

Run from the repository root on a clean tree: python3 docs/naming/rename-2026-12.py
It moves folders and files with `git mv`, renames the types listed below (outside string
literals; a literal that is exactly an old type name, a translation context, is renamed too),
roots every project include at its layer (`#include "core/koppeling/KoppelingService.h"`),
renames the translation contexts in translations/*.ts and the paths and names in the docs.
The rule it applies is written down in docs/naming/README.md. Kept for the record: running it a
second time finds nothing to do.
"""
import os
import re
import subprocess
import sys

ROOT = os.getcwd()

# Folder moves: the same folder name in core and ui, the handbook's nouns singular.
FOLDERS = {
    'core/cases': 'core/casus',
    'core/fasen': 'core/fase',
    'core/gemeenten': 'core/gemeente',
    'core/signalen': 'core/signaal',
    'core/regels': 'core/regel',
    'ui/coupling': 'ui/koppeling',
    'ui/queue': 'ui/wachtrij',
    'ui/letters': 'ui/brief',
    'ui/reports': 'ui/rapport',
    'ui/household': 'ui/huishouden',
    'ui/board': 'ui/taakstelling',
    'ui/common': 'ui/widgets',
}
# Single files that belong with another folder's concept (base name without extension).
FILE_FOLDERS = {
    'ui/deadlines/FaseGrafiek': 'ui/fase',
    'ui/deadlines/GrafiekExport': 'ui/fase',
    'ui/deadlines/RegioGrafiekBouw': 'ui/fase',
    'ui/deadlines/RegioGrafieken': 'ui/fase',
    'ui/deadlines/TermijnWerk': 'ui/fase',
    'ui/deadlines/RegioTijdlijnDelegate': 'ui/tijdlijn',
    'ui/deadlines/RegioTijdlijnModel': 'ui/tijdlijn',
    'ui/deadlines/RegioTijdlijnPanel': 'ui/tijdlijn',
    'ui/deadlines/SignalenModel': 'ui/signaal',
    'ui/deadlines/SignalenPanel': 'ui/signaal',
    'ui/household/TijdlijnDialogen': 'ui/tijdlijn',
    'ui/household/TijdlijnModel': 'ui/tijdlijn',
    'ui/household/TijdlijnOnderdelen': 'ui/tijdlijn',
    'ui/household/TijdlijnPanel': 'ui/tijdlijn',
    'ui/household/WeigeringenModel': 'ui/weigering',
    'ui/common/QuotaMelding': 'ui/taakstelling',
    'ui/common/KoppelDoel': 'ui/koppeling',
    'ui/common/KoppelDoelTekst': 'ui/koppeling',
    'ui/common/HuishoudenMime': 'ui/huishouden',
}
# Types: the handbook's noun in Dutch, technical words in English (Dialog, Command).
TYPES = {
    'QuotaService': 'TaakstellingService',
    'QuotaOverzicht': 'TaakstellingOverzicht',
    'QuotaRij': 'TaakstellingStand',  # TaakstellingRij is the stored input row
    'QuotaTotalen': 'TaakstellingTotalen',
    'QuotaBron': 'TaakstellingBron',
    'QuotaPanel': 'TaakstellingPanel',
    'QuotaTableModel': 'TaakstellingTableModel',
    'QuotaMelding': 'TaakstellingMelding',
    'QuotaTestData': 'TaakstellingTestData',
    'QuotaTable': 'TaakstellingTable',
    'QuotaCheck': 'TaakstellingCheck',
    'QuotaTijdigheid': 'TaakstellingTijdigheid',
    'QuotaNationaal': 'TaakstellingNationaal',
    'QuotaCommands': 'TaakstellingCommands',
    'QuotaInvoer': 'TaakstellingInvoer',
    'QuotaDeltaStore': 'TaakstellingDeltaStore',
    'Quota': 'Taakstelling',  # test fixture QuotaTest only (see SUFFIXED)
    'CaseService': 'CasusService',
    'CaseRij': 'CasusRij',
    'CaseDatums': 'CasusDatums',
    'CaseFilter': 'CasusFilter',
    'CaseTelling': 'CasusTelling',
    'CaseCommands': 'CasusCommands',
    'Case': 'Casus',  # test fixture CaseTest only (see SUFFIXED)
    'AfzenderDialoog': 'AfzenderDialog',
    'BriefDialoog': 'BriefDialog',
    'BriefReeksDialoog': 'BriefReeksDialog',
    'HuishoudenZoekDialoog': 'HuishoudenZoekDialog',
    'GebeurtenisCommando': 'GebeurtenisCommand',
    'HerenigingCommando': 'HerenigingCommand',
    'OntkoppelCommando': 'OntkoppelCommand',
    'TijdlijnCommando': 'TijdlijnCommand',
    'VoegBijCommando': 'VoegBijCommand',
    'WeigeringCommando': 'WeigeringCommand',
    'ZelfhuisvesterCommando': 'ZelfhuisvesterCommand',
    'ZetDatumCommando': 'ZetDatumCommand',
    'HouseholdCommands': 'HuishoudenCommands',
    'LetterCommands': 'BriefCommands',
    'RefusalCommands': 'WeigeringCommands',
    'ReportCommands': 'RapportCommands',
    'TimelineCommands': 'TijdlijnCommands',
}
# 'Quota' and 'Case' alone are words in English strings and Qt names (CaseInsensitive): only
# their test fixtures are renamed.
BARE_ONLY_SUFFIXED = {'Quota', 'Case'}
SUFFIXES = ['Test']

# Test files: <Class>_test.cpp (CamelCase; the same words as the code).
TEST_WORDS = {
    'case': 'Casus', 'quota': 'Taakstelling', 'commando': 'Command', 'huishoudens': 'Huishouden',
    'halfjaar': 'HalfJaar', 'voegbij': 'VoegBij', 'coa': 'Coa', 'testdata': 'TestData',
}
TEST_SPECIAL = {
    'tests/cli/letter_cli_test.cpp': 'tests/cli/CliBrief_test.cpp',
    'tests/cli/letter_handreiking_cli_test.cpp': 'tests/cli/CliBriefHandreiking_test.cpp',
    'tests/cli/refusal_cli_test.cpp': 'tests/cli/CliWeigering_test.cpp',
    'tests/cli/cli_households_test.cpp': 'tests/cli/CliHuishouden_test.cpp',
    'tests/cli/LettersEigenTaal_test.cpp': 'tests/cli/CliBriefEigenTaal_test.cpp',
    'tests/cli/report_cli_test.cpp': 'tests/cli/CliRapport_test.cpp',
}


def git_files():
    out = subprocess.check_output(['git', 'ls-files'], text=True)
    return [f for f in out.splitlines() if os.path.isfile(f)]


def type_pattern():
    names = []
    for old in TYPES:
        if old not in BARE_ONLY_SUFFIXED:
            names.append(old)
        names += [old + s for s in SUFFIXES]
    names.sort(key=len, reverse=True)
    return re.compile(r'\b(' + '|'.join(map(re.escape, names)) + r')\b')


TYPE_RE = type_pattern()


def new_type(name):
    for s in [''] + SUFFIXES:
        base = name[: len(name) - len(s)] if s else name
        if s and not name.endswith(s):
            continue
        if base in TYPES and (s or base not in BARE_ONLY_SUFFIXED):
            return TYPES[base] + s
    return name


def camel_test(path):
    d, f = os.path.split(path)
    stem, ext = os.path.splitext(f)
    if '_' not in stem and not stem.islower():
        return path
    if stem.endswith('_test'):
        words, tail = stem[:-5].split('_'), '_test'
    elif stem.endswith('_testdata'):
        words, tail = stem[:-9].split('_') + ['testdata'], ''
    else:
        return path
    camel = ''.join(TEST_WORDS.get(w, w[:1].upper() + w[1:]) for w in words)
    return os.path.join(d, camel + tail + ext)


def plan_moves(files):
    moves = {}
    for f in files:
        if not (f.startswith(('core/', 'ui/', 'app/', 'tests/'))):
            continue
        new = f
        stem_path, ext = os.path.splitext(f)
        if stem_path in FILE_FOLDERS:
            new = FILE_FOLDERS[stem_path] + '/' + os.path.basename(f)
        else:
            for old, nieuw in FOLDERS.items():
                if f.startswith(old + '/'):
                    new = nieuw + f[len(old):]
                    break
        d, b = os.path.split(new)
        stem, ext = os.path.splitext(b)
        if ext in ('.cpp', '.h'):
            base = stem[:-5] if stem.endswith('_test') else stem
            if TYPE_RE.fullmatch(base) or base in TYPES and base not in BARE_ONLY_SUFFIXED:
                stem = new_type(base) + (stem[len(base):])
            new = os.path.join(d, stem + ext)
            if new.startswith('tests/') and '/bench/' not in new and '/fuzz/' not in new \
                    and '/crash/' not in new:
                new = TEST_SPECIAL.get(f, camel_test(new))
        if new != f:
            moves[f] = new
    targets = list(moves.values())
    assert len(targets) == len(set(targets)), 'two files to one name'
    for t in targets:
        assert t not in files or t in moves, 'would overwrite ' + t
    return moves


TOKEN = re.compile(r'R"([^(\s]*)\((?:.|\n)*?\)\1"'
                   r'|"(?:\\.|[^"\\\n])*"'
                   r"|(?<![A-Za-z0-9_])'(?:\\.|[^'\\\n])'"
                   r'|//[^\n]*|/\*(?:.|\n)*?\*/')


def rename_code(text):
    out, pos = [], 0
    for m in TOKEN.finditer(text):
        out.append(TYPE_RE.sub(lambda t: new_type(t.group(1)), text[pos:m.start()]))
        tok = m.group(0)
        if tok.startswith(('//', '/*')):
            tok = TYPE_RE.sub(lambda t: new_type(t.group(1)), tok)
        elif tok.startswith('"') and tok[1:-1] in TYPES and tok[1:-1] not in BARE_ONLY_SUFFIXED:
            tok = '"' + TYPES[tok[1:-1]] + '"'
        out.append(tok)
        pos = m.end()
    out.append(TYPE_RE.sub(lambda t: new_type(t.group(1)), text[pos:]))
    return ''.join(out)


INCLUDE = re.compile(r'^(\s*#\s*include\s+)"([^"]+)"', re.M)


def rewrite_includes(path, text, files, moves):
    here = os.path.dirname(path)

    def resolve(m):
        inc = m.group(2)
        cands = []
        for layer in ('core', 'ui'):
            if f'{layer}/{inc}' in files:
                cands.append(f'{layer}/{inc}')
        local = os.path.normpath(os.path.join(here, inc))
        if local in files and local not in cands:
            cands.append(local)
        if not cands:
            return m.group(0)
        if len(cands) > 1:
            sys.exit(f'{path}: include "{inc}" is ambiguous: {cands}')
        target = moves.get(cands[0], cands[0])
        if target.startswith(('core/', 'ui/')):
            return f'{m.group(1)}"{target}"'
        rel = os.path.relpath(target, os.path.dirname(moves.get(path, path)))
        return f'{m.group(1)}"{rel}"'

    return INCLUDE.sub(resolve, text)


def rename_paths(text, moves):
    # Longest first, so a file's path wins over its folder's.
    pairs = sorted(list(moves.items()) + list(FOLDERS.items()) +
                   [('ui/deadlines', 'ui/fase')], key=lambda p: -len(p[0]))
    pat = re.compile(r'(?<![A-Za-z0-9_/])(' + '|'.join(re.escape(a) for a, _ in pairs) +
                     r')(?![A-Za-z0-9_])')
    table = dict(pairs)
    return pat.sub(lambda m: table[m.group(1)], text)


def main():
    if subprocess.check_output(['git', 'status', '--porcelain'], text=True).strip():
        sys.exit('the tree is not clean')
    files = set(git_files())
    moves = plan_moves(sorted(files))
    if '--dry' in sys.argv:
        for old, new in sorted(moves.items()):
            print(old, '->', new)
        return
    if not moves:
        print('nothing to do')
        return
    changed = {}
    for f in sorted(files):
        ext = os.path.splitext(f)[1]
        if f.startswith('build') or f == 'docs/naming/rename-2026-12.py':
            continue
        if ext not in ('.cpp', '.h', '.md', '.txt', '.sh', '.ts', '.cmake') and \
                not f.endswith('.ci/run'):
            continue
        with open(f, encoding='utf-8') as fh:
            text = fh.read()
        new = text
        if ext in ('.cpp', '.h'):
            new = rewrite_includes(f, new, files, moves)
            new = rename_code(new)
        elif ext == '.ts':
            new = re.sub(r'<name>((?:rd::)?)(\w+)</name>',
                         lambda m: '<name>' + m.group(1) + TYPES.get(m.group(2), m.group(2)) +
                         '</name>' if m.group(2) not in BARE_ONLY_SUFFIXED else m.group(0), new)
        else:
            new = rename_paths(new, moves)
            new = TYPE_RE.sub(lambda t: new_type(t.group(1)), new)
        if new != text:
            changed[f] = new
    for f, text in changed.items():
        with open(f, 'w', encoding='utf-8') as fh:
            fh.write(text)
    for old, new in sorted(moves.items()):
        os.makedirs(os.path.dirname(new), exist_ok=True)
        subprocess.check_call(['git', 'mv', old, new])
    print(f'{len(moves)} files moved, {len(changed)} files edited')


if __name__ == '__main__':
    main()
