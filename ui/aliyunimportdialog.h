#pragma once

#include "aliyunconfigimporter.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace flowlog {

class ProfileStore;

// Chooses what to import from an aliyun CLI config (issue 20, item 11): the file (typed, or picked with a file
// dialog), then its profiles, each with its reason when it is not ticked (an account of that name exists) or cannot
// be imported (skipped: unsupported mode, missing key...). Sized to its content.
class AliyunImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AliyunImportDialog)

public:
    AliyunImportDialog(const ProfileStore *profiles, const QString &path, QWidget *parent = nullptr);
    ~AliyunImportDialog() override;

    [[nodiscard]] QString path() const;
    [[nodiscard]] QList<AliyunConfigCandidate> chosen() const;
    [[nodiscard]] bool removeSecrets() const;
    // One line for every profile of the file that will not be imported, and why (for the accounts log).
    [[nodiscard]] QStringList notChosen() const;

private:
    void load(const QString &path);
    void choosePath();
    void fitToContent();

    const ProfileStore *m_profiles;
    QLineEdit *m_pathEdit;
    QLabel *m_summary;
    QListWidget *m_list;
    QCheckBox *m_removeSecrets;
    QDialogButtonBox *m_buttons;
    AliyunConfigParseResult m_parsed;
    QString m_parsedPath; // the file m_parsed was read from
};

} // namespace flowlog
