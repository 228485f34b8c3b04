#pragma once

#include "catalog.h"

#include <QLatin1StringView>
#include <QList>
#include <QString>

#include <optional>

namespace flowlog::cli {

// The commands of flowlog-cli, each with one table of options: the parser registers them from it and the help
// prints it, so an option cannot exist without its line of help.
enum class Verb
{
    List,
    Discover,
    Coverage,
    Create,
    Activate,
    Deactivate,
    Modify,
    Delete,
    ProfileAdd,
    ProfileList,
    ProfileRemove,
    ProfileImport
};

struct OptionSpec
{
    QLatin1StringView name;      // without the leading --
    QLatin1StringView valueName; // empty for a switch
    const char *help;            // one line
    QLatin1StringView field;     // create: the draft field the option fills (fields::...), else empty
    bool repeatable = false;
};

[[nodiscard]] const QList<OptionSpec> &optionsOf(Verb verb);

// The command a command line's first words name ("list", "profile add"); the help prints the same words.
[[nodiscard]] std::optional<Verb> verbOf(const QString &word, const QString &sub);

// "vpc|cen|ecr|er", from the service catalogue.
[[nodiscard]] QString serviceChoices(QLatin1StringView separator = QLatin1StringView("|"));

[[nodiscard]] QString usage();                // flowlog-cli --help
[[nodiscard]] QString commandHelp(Verb verb); // flowlog-cli COMMAND --help: every option, one line each

} // namespace flowlog::cli
