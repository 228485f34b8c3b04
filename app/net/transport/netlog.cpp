#include "netlog.h"

Q_LOGGING_CATEGORY(lcNet, "flowlog.net", QtWarningMsg)
