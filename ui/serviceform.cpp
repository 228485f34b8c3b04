#include "serviceform.h"

#include "cenform.h"
#include "ecrform.h"
#include "erform.h"
#include "validation.h"
#include "vpcform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace flowlog {

ServiceForm::ServiceForm(QWidget *parent)
    : QWidget(parent)
{}

ServiceForm::~ServiceForm() = default;

void ServiceForm::setAccount(const Profile *, const QString &) {}

void ServiceForm::setDefaultsFrom(const FlowLog &) {}

void ServiceForm::offerChoices(const ChoiceNeed &, const QList<Resource> &) {}

void ServiceForm::readExtra(FlowLogDraft &) const {}

void ServiceForm::writeExtra(const FlowLogDraft &) {}

void ServiceForm::readDraft(FlowLogDraft &draft) const
{
    m_bindings.read(draft);
    readExtra(draft);
}

void ServiceForm::writeDraft(const FlowLogDraft &draft)
{
    m_bindings.write(draft);
    writeExtra(draft);
}

QWidget *ServiceForm::inputFor(QStringView field) const
{
    return m_bindings.inputFor(field);
}

QFormLayout *ServiceForm::formLayout() const
{
    return qobject_cast<QFormLayout *>(layout());
}

void ServiceForm::watchInputs()
{
    for (QLineEdit *edit : findChildren<QLineEdit *>()) {
        if (qobject_cast<QComboBox *>(edit->parentWidget()))
            continue;
        connect(edit, &QLineEdit::textChanged, this, &ServiceForm::changed);
        connect(edit, &QLineEdit::textEdited, this, [this, edit] { Q_EMIT edited(edit); });
    }
    for (QComboBox *combo : findChildren<QComboBox *>()) {
        connect(combo, &QComboBox::currentIndexChanged, this, &ServiceForm::changed);
        connect(combo, &QComboBox::activated, this, [this, combo] { Q_EMIT edited(combo); });
        if (combo->isEditable()) {
            connect(combo, &QComboBox::editTextChanged, this, &ServiceForm::changed);
            connect(combo->lineEdit(), &QLineEdit::textEdited, this, [this, combo] { Q_EMIT edited(combo); });
        }
    }
}

void ServiceForm::watchCheckBox(QCheckBox *check, QWidget *input)
{
    connect(check, &QCheckBox::toggled, this, [this, input] { Q_EMIT edited(input); });
}

void ServiceForm::selectText(QComboBox *combo, const QString &text)
{
    if (combo->isEditable())
        combo->setEditText(text);
    else
        combo->setCurrentIndex(combo->findText(text));
}

FlowLog ServiceForm::createdRecord(const FlowLogDraft &d, const SourceSpec &target, const CreateResult &r) const
{
    FlowLog f = r.hasFlowLog ? r.flowLog : FlowLog{};
    f.account = target.profileName;
    f.profileId = target.profileId;
    f.provider = providerOf(d.service);
    f.service = d.service;
    f.region = target.region;
    if (f.id.isEmpty())
        f.id = r.flowLogId;
    if (r.hasFlowLog)
        return f;
    f.name = d.name;
    f.description = d.description;
    f.status = QStringLiteral("Creating");
    f.storageProject = d.projectName;
    f.storageStore = d.logStoreName;
    f.intervalSeconds = d.intervalSeconds > 0 ? d.intervalSeconds : defaultIntervalSeconds(d.service);
    f.created = QDateTime::currentDateTimeUtc();
    f.tags = d.tags;
    describeCreated(d, f);
    return f;
}

ServiceForm *makeServiceForm(Service service, QWidget *parent)
{
    switch (service) {
    case Service::Vpc:
        return new VpcForm(parent);
    case Service::Cen:
        return new CenForm(parent);
    case Service::Ecr:
        return new EcrForm(parent);
    case Service::Er:
        return new ErForm(parent);
    }
    return nullptr;
}

} // namespace flowlog
