#include "slsstoragebox.h"

#include "flowlogtablemodel.h"
#include "ui_slsstoragebox.h"
#include "validation.h"

namespace flowlog {

SlsStorageBox::SlsStorageBox(QWidget *parent)
    : QGroupBox(parent)
    , m_ui(new Ui::SlsStorageBox)
{
    m_ui->setupUi(this);
    m_bindings.bind(fields::ProjectName, m_ui->projectNameEdit, &FlowLogDraft::projectName);
    m_bindings.bind(fields::LogStoreName, m_ui->logStoreNameEdit, &FlowLogDraft::logStoreName);
    m_bindings.bindInput(fields::Interval, m_ui->intervalCombo);
    for (QLineEdit *edit : {m_ui->projectNameEdit, m_ui->logStoreNameEdit}) {
        connect(edit, &QLineEdit::textChanged, this, &SlsStorageBox::changed);
        connect(edit, &QLineEdit::textEdited, this, [this, edit] { Q_EMIT edited(edit); });
    }
    connect(m_ui->intervalCombo, &QComboBox::currentIndexChanged, this, &SlsStorageBox::changed);
    connect(m_ui->intervalCombo, &QComboBox::activated, this, [this] { Q_EMIT edited(m_ui->intervalCombo); });
}

SlsStorageBox::~SlsStorageBox()
{
    delete m_ui;
}

QFormLayout *SlsStorageBox::formLayout() const
{
    return m_ui->storageForm;
}

void SlsStorageBox::setService(Service service)
{
    QComboBox *combo = m_ui->intervalCombo;
    const int previous = combo->currentData().toInt();
    {
        const QSignalBlocker block(combo);
        combo->clear();
        for (const int seconds : allowedIntervalsSeconds(service))
            combo->addItem(FlowLogTableModel::intervalText(seconds), seconds); // as the table shows it
        int index = combo->findData(previous);
        if (index < 0)
            index = combo->findData(defaultIntervalSeconds(service));
        combo->setCurrentIndex(index);
    }
    Q_EMIT changed();
}

void SlsStorageBox::readDraft(FlowLogDraft &d) const
{
    m_bindings.read(d);
    d.intervalSeconds = m_ui->intervalCombo->currentData().toInt();
}

void SlsStorageBox::writeDraft(const FlowLogDraft &d)
{
    m_bindings.write(d);
    const int interval = d.intervalSeconds > 0 ? d.intervalSeconds : defaultIntervalSeconds(d.service);
    m_ui->intervalCombo->setCurrentIndex(m_ui->intervalCombo->findData(interval));
}

void SlsStorageBox::setDefaultsFrom(const FlowLog &row)
{
    m_ui->projectNameEdit->setText(row.storageProject);
    m_ui->logStoreNameEdit->setText(row.storageStore);
    if (row.intervalSeconds > 0 && isAllowedInterval(row.service, row.intervalSeconds))
        m_ui->intervalCombo->setCurrentIndex(m_ui->intervalCombo->findData(row.intervalSeconds));
}

QWidget *SlsStorageBox::inputFor(QStringView field) const
{
    return m_bindings.inputFor(field);
}

} // namespace flowlog
