#pragma once

#include <QString>

class QCoreApplication;

namespace flowlog::i18n {

// Installs the console's own catalogue (embedded as :/i18n/flowlog-console_<lang>.qm) and Qt's qtbase catalogue
// (standard dialogs and buttons, from Qt's translations directory) for language, or for the system locale when
// language is empty ("zh_CN", "zh-CN", "en" ...). The translators are children of app. Returns whether the
// console's own catalogue was found for that language.
bool installTranslators(QCoreApplication *app, const QString &language);

// Where Qt's own catalogues (qtbase_*.qm) are read from: Debian's qt6-translations-l10n installs them in
// /usr/share/qt6/translations, which is QLibraryInfo's TranslationsPath.
[[nodiscard]] QString qtTranslationsDir();

} // namespace flowlog::i18n
