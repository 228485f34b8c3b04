#!/usr/bin/env bash
# Translation gate (CI and ctest label l10n) and the helper for the catalogue pass.
#
#   scripts/check-translations.sh           fail (exit 1) when a user-visible string in ui/ or app/main.cpp is not
#                                            marked for translation, or when translations/flowlog-console_zh_CN.ts,
#                                            refreshed by lupdate from the current sources, is < 95 % finished
#   scripts/check-translations.sh --list    print every unfinished zh_CN message as CONTEXT<TAB>SOURCE (exit 0)
#   scripts/check-translations.sh --apply F refresh both .ts files with lupdate, then fill zh_CN from F: lines
#                                            CONTEXT<TAB>SOURCE<TAB>TRANSLATION (the --list output plus a column;
#                                            \n for newlines; one form for %n messages, zh_CN has no plural)
#
# lupdate writes into temporary copies of the .ts files, so the tree is never modified. To refresh the real
# catalogues, run `ninja -C build update_translations`, then translate in Qt Linguist (`linguist
# translations/flowlog-console_zh_CN.ts`) or by editing the .ts (remove type="unfinished" when done).
#
# Unmarked-string heuristic: a QStringLiteral / QLatin1String / QString::fromUtf8 literal containing a word, on
# the same line as a call that shows text (setText, setWindowTitle, setToolTip, setPlaceholderText, QMessageBox::*,
# addAction, ...). Technical strings (icon names, object names, units) end the line with `// notr`.
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${1:-check}"
threshold="${FLOWLOG_TR_THRESHOLD:-95}"
LUPDATE="${LUPDATE:-}"
if [ -z "$LUPDATE" ]; then
  for c in /usr/lib/qt6/bin/lupdate "$(command -v lupdate6 || true)" "$(command -v lupdate || true)"; do
    if [ -n "$c" ] && [ -x "$c" ]; then LUPDATE="$c"; break; fi
  done
fi
[ -n "$LUPDATE" ] || { echo "check-translations: lupdate not found (package qt6-l10n-tools)" >&2; exit 2; }

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# The same set translations/CMakeLists.txt gives lupdate: app/ and ui/ without the English-only cli and sandbox.
find app ui \( -name '*.cpp' -o -name '*.h' -o -name '*.ui' \) -not -path 'app/cli/*' -not -path 'app/sandbox/*' \
  | LC_ALL=C sort > "$tmp/sources.lst"
cp translations/flowlog-console_en.ts translations/flowlog-console_zh_CN.ts "$tmp/"
"$LUPDATE" -silent -no-obsolete -locations none "@$tmp/sources.lst" \
  -ts "$tmp/flowlog-console_en.ts" "$tmp/flowlog-console_zh_CN.ts"

# Prints "CONTEXT<TAB>SOURCE" for every unfinished message, then "#total N finished M" last.
ts_report() {
  perl -0777 -ne '
    my ($total, $done) = (0, 0);
    while (/<context>\s*<name>(.*?)<\/name>(.*?)<\/context>/sg) {
      my ($ctx, $body) = ($1, $2);
      while ($body =~ /<message\b[^>]*>(.*?)<\/message>/sg) {
        my $m = $1;
        next if $m =~ /<translation[^>]*type="(?:vanished|obsolete)"/;
        $total++;
        my ($src) = $m =~ /<source>(.*?)<\/source>/s;
        my ($tr) = $m =~ /<translation([^>]*)>(.*?)<\/translation>/s ? ($2) : ("");
        my $attrs = $m =~ /<translation([^>]*)>/ ? $1 : "";
        (my $text = $tr) =~ s/<\/?numerusform[^>]*>//g;
        if ($attrs !~ /type="unfinished"/ && $text =~ /\S/) { $done++; next; }
        for ($src) { s/&lt;/</g; s/&gt;/>/g; s/&quot;/"/g; s/&apos;/\x27/g; s/&amp;/&/g; s/\n/\\n/g; }
        print "$ctx\t$src\n";
      }
    }
    print "#total $total finished $done\n";
  ' "$1"
}

if [ "$mode" = "--apply" ]; then
  tsv="${2:?usage: scripts/check-translations.sh --apply FILE.tsv}"
  "$LUPDATE" -silent -no-obsolete -locations none "@$tmp/sources.lst" \
    -ts translations/flowlog-console_en.ts translations/flowlog-console_zh_CN.ts
  TSV="$tsv" perl -0777 -i -pe '
    BEGIN {
      local $/ = "\n"; open(my $fh, "<", $ENV{TSV}) or die "cannot read $ENV{TSV}\n";
      while (<$fh>) { chomp; next if /^\s*(#|$)/; my ($c, $s, $t) = split /\t/, $_, 3; $tr{"$c\t$s"} = $t if defined $t && $t ne ""; }
    }
    sub unesc { my $x = shift; for ($x) { s/&lt;/</g; s/&gt;/>/g; s/&quot;/"/g; s/&apos;/\x27/g; s/&amp;/&/g; s/\n/\\n/g; } $x }
    sub esc { my $x = shift; for ($x) { s/\\n/\n/g; s/&/&amp;/g; s/</&lt;/g; s/>/&gt;/g; } $x }
    s{(<context>\s*<name>(.*?)</name>)(.*?)(</context>)}{
      my ($head, $ctx, $body, $tail) = ($1, $2, $3, $4);
      $body =~ s{(<message\b[^>]*>)(.*?)(</message>)}{
        my ($mo, $m, $mc) = ($1, $2, $3);
        my ($src) = $m =~ /<source>(.*?)<\/source>/s;
        my $t = $tr{$ctx . "\t" . unesc($src)};
        if (defined $t && $m =~ /<translation type="unfinished">/) {
          my $x = esc($t);
          if ($mo =~ /numerus="yes"/) { $m =~ s{<translation type="unfinished">.*?</translation>}{<translation><numerusform>$x</numerusform></translation>}s; }
          else { $m =~ s{<translation type="unfinished">.*?</translation>}{<translation>$x</translation>}s; }
        }
        "$mo$m$mc";
      }sge;
      "$head$body$tail";
    }sge;
  ' translations/flowlog-console_zh_CN.ts
  echo "check-translations: applied $tsv; remaining:"
  ts_report translations/flowlog-console_zh_CN.ts | tail -1
  exit 0
fi
if [ "$mode" = "--list" ]; then
  ts_report "$tmp/flowlog-console_zh_CN.ts" | grep -v '^#total'
  exit 0
fi
if [ "$mode" != "check" ]; then
  echo "usage: scripts/check-translations.sh [--list]" >&2
  exit 2
fi

status=0

# 1. Unmarked user-visible strings.
unmarked="$(find ui app/main.cpp \( -name '*.cpp' -o -name '*.h' \) -print0 | LC_ALL=C sort -z | xargs -0 perl -ne '
  next if m{//\s*notr\b};
  my $line = $_;
  $line =~ s/QIcon(?:::fromTheme)?\(\s*(?:QStringLiteral|QLatin1String(?:View)?)\("[^"]*"\)//g;  # icon names
  $line =~ s/setObjectName\([^)]*\)//g;
  if ($line =~ /\b(?:setText|setWindowTitle|setToolTip|setStatusTip|setWhatsThis|setPlaceholderText|setTitle|setLabelText|setHeaderLabels|setTabText|addTab|showMessage|setButtonText|setInformativeText|setDetailedText|setSuffix|setPrefix|setSpecialValueText|addAction|addMenu|QMessageBox::(?:information|warning|critical|question|about))\s*\(.*?\b(?:QStringLiteral|QLatin1String(?:View)?|QString::fromUtf8|QString::fromLatin1)\(\s*"[^"]*[A-Za-z]{2}/) {
    print "$ARGV:$.: $_";
  }
  close ARGV if eof;
')"
if [ -n "$unmarked" ]; then
  echo "check-translations: user-visible strings not marked for translation (wrap them in tr(), or end the line with // notr):"
  echo "$unmarked"
  status=1
fi

# 2. The zh_CN catalogue against the current sources.
report="$(ts_report "$tmp/flowlog-console_zh_CN.ts")"
read -r total done < <(echo "$report" | sed -n 's/^#total \([0-9]*\) finished \([0-9]*\)$/\1 \2/p')
if [ "$total" -eq 0 ]; then
  percent=100
else
  percent=$(( done * 100 / total ))
fi
unfinished="$(echo "$report" | grep -v '^#total' || true)"
echo "check-translations: zh_CN ${done}/${total} messages translated (${percent} %, threshold ${threshold} %)"
if [ -n "$unfinished" ]; then
  echo "unfinished or missing zh_CN messages (context, source):"
  echo "$unfinished" | sed 's/^/  /'
fi
if [ "$percent" -lt "$threshold" ]; then
  echo "check-translations: FAIL: zh_CN is below ${threshold} % (run 'ninja -C build update_translations' and translate)"
  status=1
fi
exit "$status"
