// flowlog-cli create.
#include "clirunner.h"

namespace flowlog::cli {

void CliRunner::runCreate()
{
    printError(tr("create is not available yet."));
    finish(2);
}

} // namespace flowlog::cli
